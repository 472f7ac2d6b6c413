#!/usr/bin/env python3
"""Write the blind-146 mailbox: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only. Run: python3 gen.py
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "saki.tomioka.cloud@gmail.com"          # personal
ME_C = "s-tomioka@hanamizuki-tech.co.jp"       # company (APN partner)
ME_NAME = "Saki Tomioka"
ME_NAME_JA = "富岡 咲"

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = "no-reply-aws@amazon.com"

# cases
H = "8603317442"          # 2021, 10 digits
E = "13968241507"         # 2023, 11 digits
A = "174156727300518"     # 2025 main merge
D = "174156856701377"     # 2025 duplicate of A
F = "174296628900942"     # 2025 voucher
C = "174367966000215"     # 2025 console case (badge)
B = "174468299500761"     # 2025 partner-central SSO account merge

OLD = "AWS04417725"       # company certification account
NEW = "AWS11930482"       # personal certification account
SSO = "AWS20586134"       # account made via Partner Central SSO

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

RNG = random.Random(146)
MESSAGES = []
MSGIDS = {}


def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ses_id(when):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))


def gmail_id():
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CAH%s@mail.gmail.com>" % "".join(RNG.choice(alph) for _ in range(52))


def outlook_id():
    s = "".join(RNG.choice("0123456789ABCDEF") for _ in range(28))
    return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (
        RNG.randint(1000, 9999), s, RNG.randint(1000, 9999))


def generic_id(domain):
    return "<%s.%s@%s>" % (hx(12), hx(10), domain)


# ---------------------------------------------------------------- encoding
PYCODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
           "us-ascii": "ascii", "windows-1252": "cp1252"}


def enc_body(text, charset="utf-8", cte="quoted-printable"):
    """Return (cte, bytes) of the encoded body."""
    raw = text.encode(PYCODEC[charset.lower()])
    if cte == "quoted-printable":
        return cte, quopri.encodestring(raw)
    if cte == "base64":
        return cte, base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        return cte, raw
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    cte, body = enc_body(text, charset, cte)
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if subtype == "plain" and extra and extra.get("format_flowed"):
        ct += "; format=flowed"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return {"headers": hdrs, "body": body}


def attach(data, ctype, filename):
    body = base64.encodebytes(data)
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Disposition", 'attachment; filename="%s"' % filename),
            ("Content-Transfer-Encoding", "base64")]
    return {"headers": hdrs, "body": body}


def multi(subtype, parts):
    boundary = "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999),
                                       RNG.randint(1000000000000, 9999999999999))
    if RNG.random() < 0.5:
        boundary = "000000000000%s" % hx(16)
    return {"headers": [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))],
            "boundary": boundary, "parts": parts}


def hdr(value, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def serialize(node, nl):
    out = []
    for k, v in node["headers"]:
        out.append(("%s: %s" % (k, v)).encode("ascii"))
    head = nl.encode().join(out)
    if "parts" in node:
        b = node["boundary"]
        chunks = [head, b"", b"This is a multi-part message in MIME format.", b""]
        body = b""
        for p in node["parts"]:
            body += ("--%s" % b).encode() + nl.encode() + serialize(p, nl) + nl.encode()
        body += ("--%s--" % b).encode() + nl.encode()
        return nl.encode().join(chunks) + nl.encode() + body
    body = node["body"].replace(b"\r\n", b"\n")
    if nl == "\r\n":
        body = body.replace(b"\n", b"\r\n")
    return head + nl.encode() + nl.encode() + body


# ---------------------------------------------------------------- auth headers
def auth_gmail(from_domain, ok=True, mailfrom=None, ip="54.240.8.31", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"):
    mailfrom = mailfrom or ("%s@email.amazonses.com" % hx(16))
    if ok:
        return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\r\n"
                "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\r\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (
                    from_domain, sel, hx(8), hx(8), mailfrom, ip, mailfrom, from_domain)
    return ("mx.google.com;\r\n       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\r\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s") % (
                mailfrom, ip, mailfrom, from_domain)


def auth_m365(from_domain, ok=True, mailfrom="email.amazonses.com", ip="54.240.8.31"):
    if ok:
        return ("spf=pass (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=pass (signature was verified)\r\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\r\n reason=100") % (
                    ip, mailfrom, from_domain, from_domain)
    return ("spf=fail (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=none (message not signed)\r\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail\r\n reason=000") % (
                ip, mailfrom, from_domain)


AUTH_INTERNAL = ("dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none\r\n"
                 " header.from=hanamizuki-tech.co.jp;")


def received_google(to, when, host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31"):
    return ("from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s.%d.2025.%d\r\n"
            "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n"
            "        %s") % (host, host, ip, hx(20), RNG.randint(10, 99), RNG.randint(10000, 99999),
                             to, format_datetime(when.astimezone(PDT)))


def received_m365(when, host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31"):
    return ("from %s (%s) by\r\n TY2PEPF0000AB8%d.mail.protection.outlook.com (10.167.248.%d) with Microsoft SMTP\r\n"
            " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.%d via Frontend\r\n"
            " Transport; %s") % (host, ip, RNG.randint(1, 9), RNG.randint(10, 250), RNG.randint(10, 99),
                                 format_datetime(when.astimezone(UTC)))


# ---------------------------------------------------------------- message builder
def add(key, kind, needs, case, cands, *, frm, to, subject, when, body, cc=None,
        reply_to=None, in_reply_to=None, refs=None, msgid=None, extra=None, auth=None,
        received=None, nl="\r\n", subject_charset="utf-8", note=""):
    """Register one message.  `body` is a MIME node from leaf()/multi()."""
    if msgid is None:
        msgid = generic_id("example.invalid")
    MSGIDS[key] = msgid
    headers = []
    if received:
        for r in received:
            headers.append(("Received", r))
    if auth:
        headers.append(("Authentication-Results", auth))
    for k, v in (extra or []):
        headers.append((k, v))
    headers.append(("From", frm))
    headers.append(("To", to))
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("Subject", hdr(subject, subject_charset)))
    headers.append(("Date", format_datetime(when)))
    headers.append(("Message-ID", msgid))
    for r in [in_reply_to] + list(refs or []):
        if r and not r.startswith("<") and r not in MSGIDS:
            raise KeyError("unknown message key %r" % r)
    if in_reply_to:
        irt = MSGIDS.get(in_reply_to, in_reply_to)
        headers.append(("In-Reply-To", irt))
        chain = [MSGIDS.get(r, r) for r in (refs or [in_reply_to])]
        headers.append(("References", "\r\n ".join(chain) if nl == "\r\n" else "\n ".join(chain)))
    headers.append(("MIME-Version", "1.0"))
    node = {"headers": headers + body["headers"]}
    if "parts" in body:
        node["boundary"] = body["boundary"]
        node["parts"] = body["parts"]
    else:
        node["body"] = body["body"]
    # header values were written with CRLF folds; adapt to the chosen newline
    fixed = []
    for k, v in node["headers"]:
        fixed.append((k, v.replace("\r\n", nl)))
    node["headers"] = fixed
    raw = serialize(node, nl)
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}
    MESSAGES.append((when, raw, label, note))
    return msgid


def quote_gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n") % (title, inner)


def tc_headers(when, ip="54.240.8.31"):
    return [("X-SES-Outgoing", "%s-%s" % (when.astimezone(UTC).strftime("%Y.%m.%d"), ip)),
            ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % hx(24))]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_body(new, attribution, quoted):
    """Gmail-style multipart/alternative reply: new text, then '>' quote / blockquote."""
    txt = new.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote_gt(quoted) + "\n"
    new_h = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new.rstrip("\n").split("\n"))
    q_h = "<br>".join(esc(l) for l in quoted.strip("\n").split("\n"))
    html = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (
                new_h, esc(attribution), q_h)
    return multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")])


SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

# ======================================================================
# messages (in arrival order; the list is sorted by date at the end)
# ======================================================================

# ---------------------------------------------------------------- 2021: case H (10 digits)
t = dt.datetime(2021, 11, 8, 10, 12, 41, tzinfo=JST)
body_h_ack = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request is
now case 8603317442 and has been routed to our Certification team.

You can expect to hear from us within one business day. Sending another form
about the same issue creates a second case and does not make things faster,
so keep all correspondence on this thread.

Submitted details:
  Name: Saki Tomioka
  Email: s-tomioka@hanamizuki-tech.co.jp
  AWS Candidate ID: AWS04417725
  Inquiry type: Certification
  Additional details: Exam Voucher
  Description: I finished the AWS Certified Challenge on 22 October but the
  50% exam voucher never appeared under Benefits. Can you check what happened?

Best regards,
AWS Training and Certification
"""
add("h_ack", "acknowledgement", False, H, [OLD],
    frm=TC_FROM, to=ME_C, when=t,
    subject="[CASE %s] [AWS Training and Certification Form Submission] - certification" % H,
    body=leaf(body_h_ack, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), nl="\n",
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="2021 ack, 10-digit case id; the user's own question is repeated inside the form details")

t = dt.datetime(2021, 11, 10, 2, 55, 3, tzinfo=UTC)
body_h_res = """Hi Saki,

I looked into the Challenge records for your account. Your completion was
logged on 22 October, but the voucher job failed to run for a batch of
participants that week, yours included.

I have generated the voucher by hand. It now sits under Benefits in your
certification account and is valid until 10 May 2022. Nothing else is needed
from you; I'm marking this request as complete.

Kind regards,
Tomasz W.
AWS Training and Certification

Was this response helpful? Yes: https://aws-tc-feedback.amazon.com/r?c=8603317442&v=1
                           No:  https://aws-tc-feedback.amazon.com/r?c=8603317442&v=0

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, November 8, 2021 1:12 AM
To: s-tomioka@hanamizuki-tech.co.jp
Subject: [CASE 8603317442] [AWS Training and Certification Form Submission] - certification

Hello,

Thank you for reaching out to AWS Training and Certification. Your request is
now case 8603317442 and has been routed to our Certification team.
[...]
  Description: I finished the AWS Certified Challenge on 22 October but the
  50% exam voucher never appeared under Benefits. Can you check what happened?
"""
add("h_res", "resolved", False, H, [],
    frm=TC_FROM, to=ME_C, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % H,
    body=leaf(body_h_res, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), nl="\n", in_reply_to="h_ack",
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="resolution with yes/no helpfulness footer; the user's question survives in the quoted ack")

t = dt.datetime(2021, 11, 15, 23, 30, 0, tzinfo=UTC)
mk_txt = """AWS re:Invent 2021 | Las Vegas and online | Nov 29 - Dec 3

Saki, your virtual pass is free.

Keynotes, leadership sessions and 1,500+ breakout sessions are streaming live.
Register now to build your agenda: https://reinvent.awsevents.com/register/?trk=em_1115

You are receiving this message because you registered for an AWS event.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
"""
mk_html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:24px">
<h1 style="margin:0">AWS re:Invent 2021</h1><p>Las Vegas and online &middot; Nov 29 &ndash; Dec 3</p></td></tr>
<tr><td style="padding:24px"><p>Saki, your virtual pass is free.</p>
<p>Keynotes, leadership sessions and 1,500+ breakout sessions are streaming live.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_1115" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#687078">You are receiving this message because you registered for an AWS event.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109</p></td></tr></table>""")
add("mk21", "unrelated", False, None, [],
    frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_C, when=t,
    subject="Saki, join re:Invent 2021 virtually - free",
    body=multi("alternative", [leaf(mk_txt), leaf(mk_html, "html")]),
    msgid=generic_id("pages.awscloud.com"), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
    auth=auth_m365("amazon.com", mailfrom="bounce.pages.awscloud.com"), received=[received_m365(t, "mail.pages.awscloud.com", "192.28.147.12")],
    note="AWS marketing")

# ---------------------------------------------------------------- 2023: exam result, badge, case E (11 digits, Japanese)
t = dt.datetime(2023, 9, 12, 8, 3, 11, tzinfo=UTC)
cm_txt = """Dear Saki Tomioka,

Congratulations! You have passed the AWS Certified Solutions Architect - Associate
(SAA-C03) exam and are now AWS Certified.

  Candidate ID:        AWS04417725
  Certification:       AWS Certified Solutions Architect - Associate
  Date achieved:       September 11, 2023
  Expiration date:     September 11, 2026
  Validation number:   7QK2N1X3D1E4Q5S9

Your score report and certificate are in your AWS Certification Account.
Within a few days you will receive an email from Credly inviting you to accept
your digital badge.

AWS Certification
This mailbox is not monitored.
"""
add("cm23", "certification", False, None, [OLD],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, when=t,
    subject="Congratulations, you are now AWS Certified!",
    body=leaf(cm_txt, charset="us-ascii", cte="7bit"),
    msgid=generic_id("certmetrics.com"),
    auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com", ip="167.89.33.10"),
    received=[received_m365(t, "o1.ptr4410.certmetrics.com", "167.89.33.10")],
    note="exam result with candidate id")

t = dt.datetime(2023, 9, 13, 17, 44, 2, tzinfo=UTC)
cr_html = html_wrap("""<table width="600" align="center"><tr><td style="padding:20px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge">
<h2>Saki, you earned a badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/3c1d9e27-5a0b-4f7e-9d1f-6b2a8c44e0f1/accept" style="background:#0d7bd6;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Share it on LinkedIn, add it to your email signature, and let employers verify it in one click.</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 1 Lincoln Center, Portland, OR &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p></td></tr></table>""")
add("cr23", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_C, when=t,
    subject="Saki, you've earned a badge from Amazon Web Services Training and Certification",
    body=leaf(cr_html, "html", cte="quoted-printable"),
    msgid=generic_id("credly.com"),
    auth=auth_m365("credly.com", mailfrom="mail.credly.com", ip="149.72.120.3"),
    received=[received_m365(t, "o7.mail.credly.com", "149.72.120.3")],
    note="Credly badge, HTML only")

t = dt.datetime(2023, 9, 20, 11, 48, 30, tzinfo=JST)
e_ack = """富岡 咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ご依頼はケース番号 13968241507 として登録されました。

担当者より原則として24時間以内にご連絡いたしますが、内容によっては
お時間を頂戴する場合がございます。
同じご依頼でフォームを再送信されますと別のケースとして扱われ、対応が
遅れる原因となります。追加の情報は本メールへの返信でお送りください。

■ お問い合わせ内容
お名前: 富岡 咲
メールアドレス: s-tomioka@hanamizuki-tech.co.jp
AWS 候補 ID: AWS04417725
お問い合わせタイプ: 認定
その他の詳細: 認定証
内容:
認定証に記載されている氏名のローマ字表記が「Saki Tomioak」となっております。
正しくは「Saki Tomioka」です。修正していただけますでしょうか。

AWS トレーニングと認定 カスタマーサービス
"""
add("e_ack", "acknowledgement", False, E, [OLD],
    frm=TC_FROM, to=ME_C, when=t,
    subject="[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    body=leaf(e_ack, charset="iso-2022-jp", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="Japanese ack in ISO-2022-JP; the user's keigo request is repeated in the form details")

t = dt.datetime(2023, 9, 21, 14, 2, 5, tzinfo=JST)
e_req = """富岡様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定の小西でございます。

認定証の氏名は、試験を予約された時点で認定アカウントのプロフィールに
登録されていた氏名をもとに発行されております。そのため、現在の
プロフィールを修正していただいても、すでに発行済みの認定証の表記は
自動では更新されず、弊社側で再発行の手続きを行う必要がございます。

再発行にあたりましては、試験当日にご提示いただいた身分証明書の氏名と
一致していることを確認させていただいております。つきましては、身分
証明書に記載されているとおりのローマ字氏名(ミドルネームがある場合は
それも含めて)を、本メールへのご返信にてお知らせいただけますでしょうか。

確認が取れ次第、候補 ID AWS04417725 の認定証を再発行いたします。

引き続きよろしくお願いいたします。

小西
AWS トレーニングと認定

――――――――――――――――――――
今回の対応について、2問だけのアンケートにご協力いただけますと幸いです。
https://aws-tc-feedback.amazon.com/s/ja?case=13968241507
"""
add("e_req", "info_request", True, E, [OLD],
    frm=TC_FROM, to=ME_C, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    body=leaf(e_req, charset="shift_jis", cte="base64"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="e_ack",
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="keigo request (お知らせいただけますでしょうか) buried in the middle after an explanation, then a survey footer; Shift_JIS base64")

t = dt.datetime(2023, 9, 21, 15, 37, 44, tzinfo=JST)
e_rep = """小西様

ご連絡ありがとうございます。富岡です。

身分証明書(運転免許証)の表記は「SAKI TOMIOKA」です。
ミドルネームはございません。

お手数をおかけしますが、再発行をよろしくお願いいたします。

富岡 咲
株式会社ハナミズキテクノロジーズ クラウド事業部

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年9月21日 14:02
宛先: s-tomioka@hanamizuki-tech.co.jp <s-tomioka@hanamizuki-tech.co.jp>
件名: RE:[CASE 13968241507] [AWS Training and Certification Form Submission] - certification

富岡様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定の小西でございます。
(略)
証明書に記載されているとおりのローマ字氏名(ミドルネームがある場合は
それも含めて)を、本メールへのご返信にてお知らせいただけますでしょうか。
"""
add("e_rep", "user_reply", False, E, [],
    frm=addr(ME_NAME_JA, ME_C), to=TC_FROM, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    body=leaf(e_rep, charset="utf-8", cte="base64"),
    msgid=outlook_id(), in_reply_to="e_req", refs=["e_ack", "e_req"],
    extra=[("Thread-Topic", "[CASE 13968241507] [AWS Training and Certification Form Submission] - certification"),
           ("Thread-Index", "AQHa7Ld3" + hx(12)), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    note="owner's reply from Outlook (company), Japanese, Outlook header-block quoting")

t = dt.datetime(2023, 9, 22, 10, 20, 51, tzinfo=JST)
e_res_t = """富岡様

ご返信ありがとうございました。小西でございます。

身分証明書の表記を確認のうえ、認定証を「Saki Tomioka」の表記で再発行
いたしました。認定アカウントの[認定]ページから、新しい PDF を
ダウンロードいただけます。Credly のデジタルバッジにも数日以内に反映
される見込みです。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

小西
AWS トレーニングと認定

――――――――――――――――――――
対応品質向上のため、アンケートへのご協力をお願いいたします。
https://aws-tc-feedback.amazon.com/s/ja?case=13968241507

2023年9月21日(木) 15:37 富岡 咲 <s-tomioka@hanamizuki-tech.co.jp>:
> 小西様
>
> ご連絡ありがとうございます。富岡です。
>
> 身分証明書(運転免許証)の表記は「SAKI TOMIOKA」です。
> ミドルネームはございません。
>
>> 証明書に記載されているとおりのローマ字氏名(ミドルネームがある場合は
>> それも含めて)を、本メールへのご返信にてお知らせいただけますでしょうか。
"""
e_res_h = html_wrap("""<div>富岡様</div><br>
<div>ご返信ありがとうございました。小西でございます。</div><br>
<div>身分証明書の表記を確認のうえ、認定証を「Saki Tomioka」の表記で再発行いたしました。認定アカウントの[認定]ページから、新しい PDF をダウンロードいただけます。Credly のデジタルバッジにも数日以内に反映される見込みです。</div><br>
<div>本件はこれにて完了とさせていただきます。<br>ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。</div><br>
<div>小西<br>AWS トレーニングと認定</div>
<hr><div style="font-size:12px">対応品質向上のため、<a href="https://aws-tc-feedback.amazon.com/s/ja?case=13968241507">アンケート</a>へのご協力をお願いいたします。</div>
<div class="gmail_quote">2023年9月21日(木) 15:37 富岡 咲 &lt;s-tomioka@hanamizuki-tech.co.jp&gt;:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">小西様<br><br>ご連絡ありがとうございます。富岡です。<br><br>身分証明書(運転免許証)の表記は「SAKI TOMIOKA」です。<br>ミドルネームはございません。<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">証明書に記載されているとおりのローマ字氏名(ミドルネームがある場合はそれも含めて)を、本メールへのご返信にてお知らせいただけますでしょうか。</blockquote></blockquote></div>""")
add("e_res", "resolved", False, E, [],
    frm=TC_FROM, to=ME_C, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    body=multi("alternative", [leaf(e_res_t), leaf(e_res_h, "html")]),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="e_rep", refs=["e_ack", "e_req", "e_rep"],
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="Japanese resolution: conditional invitation (ございましたら), survey request footer, quoted old keigo request")

t = dt.datetime(2023, 9, 26, 9, 0, 14, tzinfo=JST)
e_sv = """富岡 咲 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。

ケース番号: 13968241507

今後のサポート品質向上のため、今回の対応についてのご感想をお聞かせ
ください。所要時間は2分程度です。

アンケートに回答する:
https://aws-tc-feedback.amazon.com/s/ja?case=13968241507&src=mail

※ このメールは送信専用アドレスからお送りしています。
※ アンケートへのご回答は任意です。
"""
add("e_sv", "survey", False, E, [],
    frm=addr("AWS トレーニングと認定", "tc-feedback@amazon.com"), to=ME_C, when=t,
    subject="お問い合わせ(ケース 13968241507)に関するアンケートのお願い",
    body=leaf(e_sv, cte="base64"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="stand-alone Japanese survey with the case number in the subject; お聞かせください is a survey ask, not a case ask")

t = dt.datetime(2023, 10, 4, 6, 41, 19, tzinfo=UTC)
gh = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hanamizuki/terraform-aws-landing-zone/pull/88#event-10554120391
You are receiving this because you were mentioned.

Message ID: <hanamizuki/terraform-aws-landing-zone/pull/88/issue_event/10554120391@github.com>
"""
add("gh23", "unrelated", False, None, [],
    frm=addr("Kenji Ota", "notifications@github.com"), to=addr("hanamizuki/terraform-aws-landing-zone", "terraform-aws-landing-zone@noreply.github.com"),
    cc=addr("Saki Tomioka", ME_C) + ", Mention <mention@noreply.github.com>", when=t,
    subject="Re: [hanamizuki/terraform-aws-landing-zone] Merge the audit and log-archive accounts into one OU (PR #88)",
    body=leaf(gh, charset="UTF-8".lower(), cte="7bit"),
    msgid="<hanamizuki/terraform-aws-landing-zone/pull/88/issue_event/10554120391@github.com>",
    in_reply_to="<hanamizuki/terraform-aws-landing-zone/pull/88@github.com>",
    extra=[("List-ID", "hanamizuki/terraform-aws-landing-zone <terraform-aws-landing-zone.hanamizuki.github.com>"),
           ("X-GitHub-Reason", "mention")],
    auth=auth_m365("github.com", mailfrom="github.com", ip="192.30.252.206"),
    received=[received_m365(t, "out-23.smtp.github.com", "192.30.252.206")], nl="\n",
    note="GitHub 'merged' about accounts, not the certification merge")

# ---------------------------------------------------------------- 2024: other programs / vendors
t = dt.datetime(2024, 6, 18, 4, 51, 2, tzinfo=UTC)
ed = """Hello Saki,

Thanks for writing to AWS Educate. Before we can switch your profile to an
educator account we need to verify your affiliation. Could you tell us the
name of the school where you teach and attach a page from its website that
lists you as faculty or staff?

Best,
Priya
AWS Educate Support

Case ID: 171868204500331
"""
add("edu24", "unrelated", False, None, [],
    frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P, when=t,
    subject="RE:[CASE 171868204500331] [AWS Educate Form Submission] - educator-account",
    body=leaf(ed, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="an AWS form case with a real question, but for AWS Educate, not Training and Certification")

t = dt.datetime(2024, 11, 2, 3, 15, 40, tzinfo=UTC)
ms_h = html_wrap("""<p>Hello Saki,</p>
<p>Your support request <b>2411010040007318</b> &mdash; <i>Entra ID: B2B guest cannot accept invitation</i> &mdash; has been closed.</p>
<p>If the issue comes back, you can reopen the request within 7 days from the Azure portal.</p>
<table style="border:1px solid #ddd;padding:12px"><tr><td><b>How satisfied were you with this support experience?</b><br>
<a href="https://aka.ms/azsupportsurvey?r=2411010040007318&s=1">1</a> &middot; <a href="https://aka.ms/azsupportsurvey?r=2411010040007318&s=2">2</a> &middot;
<a href="https://aka.ms/azsupportsurvey?r=2411010040007318&s=3">3</a> &middot; <a href="https://aka.ms/azsupportsurvey?r=2411010040007318&s=4">4</a> &middot;
<a href="https://aka.ms/azsupportsurvey?r=2411010040007318&s=5">5</a></td></tr></table>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>""")
add("ms24", "unrelated", False, None, [],
    frm=addr("Microsoft Azure Support", "support@mail.support.microsoft.com"), to=ME_C, when=t,
    subject="Case 2411010040007318 closed - tell us how we did",
    body=leaf(ms_h, "html", cte="base64"),
    msgid=generic_id("mail.support.microsoft.com"),
    auth=auth_m365("mail.support.microsoft.com", mailfrom="mail.support.microsoft.com", ip="40.92.20.55"),
    received=[received_m365(t, "mail-ty2jpn01on2055.outbound.protection.outlook.com", "40.92.20.55")],
    note="another vendor's case closure with a satisfaction survey")

# ---------------------------------------------------------------- 2025 Jan-Mar: program mail before the move
t = dt.datetime(2025, 1, 14, 7, 12, 55, tzinfo=UTC)
exp_t = """Hello Saki,

Your AWS Certified Cloud Practitioner certification expires on April 18, 2025.

Candidate ID: AWS04417725

You can recertify by passing the current version of the Cloud Practitioner
exam, or by earning any Associate or Professional level AWS Certification
before the expiration date. As a recertification benefit, a 50% discount
is available in the Benefits section of your AWS Certification Account.

If you have already recertified, you can disregard this reminder.

AWS Certification
"""
exp_h = html_wrap("""<p>Hello Saki,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> certification expires on <b>April 18, 2025</b>.</p>
<p>Candidate ID: AWS04417725</p>
<p>You can recertify by passing the current version of the Cloud Practitioner exam, or by earning any Associate or Professional level AWS Certification before the expiration date. As a recertification benefit, a 50% discount is available in the Benefits section of your AWS Certification Account.</p>
<p style="color:#687078">If you have already recertified, you can disregard this reminder.</p><p>AWS Certification</p>""")
add("exp25", "certification", False, None, [OLD],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, when=t,
    subject="Your AWS Certification expires in 90 days",
    body=multi("alternative", [leaf(exp_t, cte="7bit", charset="us-ascii"), leaf(exp_h, "html")]),
    msgid=generic_id("certmetrics.com"),
    auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com", ip="167.89.33.10"),
    received=[received_m365(t, "o1.ptr4410.certmetrics.com", "167.89.33.10")],
    note="certification expiry reminder; a conditional 'disregard'")

t = dt.datetime(2025, 2, 3, 1, 4, 37, tzinfo=UTC)
bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 5926, is available on the AWS web site. Your account will be
charged the following:

Total: $3.41

Invoice number: 2047718390
Billing period: January 1 - January 31, 2025

You can see a complete break down of all charges on the Billing & Cost
Management page located here:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("bill", "unrelated", False, None, [],
    frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P, when=t,
    subject="Amazon Web Services Billing Statement Available [AWS ID 480312775926]",
    body=leaf(bill, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="same sender as console cases, 12-digit AWS account id in the subject, billing")

t = dt.datetime(2025, 2, 18, 5, 30, 2, tzinfo=UTC)
pv_h = html_wrap("""<p>Dear Saki Tomioka,</p>
<p>Thank you for scheduling your exam with Pearson VUE. This is your confirmation.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Exam</b></td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td><b>Date and time</b></td><td>Wednesday, February 26, 2025 at 19:00 JST</td></tr>
<tr><td><b>Delivery</b></td><td>Online (OnVUE)</td></tr>
<tr><td><b>Registration ID</b></td><td>482917305</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS04417725</td></tr>
<tr><td><b>Price</b></td><td>USD 150.00 (50% certification benefit applied)</td></tr></table>
<p>Run the system test on the computer you will use and check in 30 minutes before your appointment.
Your ID must match the name on this confirmation exactly.</p>
<p>Pearson VUE<br>Do not reply to this message.</p>""")
add("pv", "unrelated", False, None, [OLD],
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_C, when=t,
    subject="Confirmation of your AWS Certified Developer - Associate exam appointment",
    body=leaf(pv_h, "html", cte="base64"),
    msgid=generic_id("pearson.com"),
    auth=auth_m365("pearson.com", mailfrom="pearson.com", ip="158.228.130.19"),
    received=[received_m365(t, "smtp-out3.pearson.com", "158.228.130.19")],
    note="exam vendor: 9-digit registration id and a candidate id, instructions to the candidate")

t = dt.datetime(2025, 2, 27, 2, 18, 40, tzinfo=UTC)
rc = """Dear Saki Tomioka,

Congratulations! You passed the AWS Certified Developer - Associate exam.

Because an Associate-level certification also renews your foundational
certification, your AWS Certified Cloud Practitioner is now valid until
February 26, 2028.

  Candidate ID: AWS04417725
  New certification: AWS Certified Developer - Associate (valid until February 26, 2028)
  Renewed: AWS Certified Cloud Practitioner (valid until February 26, 2028)

Your certificates and a new 50% exam discount are waiting in your AWS
Certification Account.

AWS Certification
"""
add("rc25", "certification", False, None, [OLD],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, when=t,
    subject="You passed - and your AWS Certified Cloud Practitioner has been renewed",
    body=leaf(rc, cte="quoted-printable"),
    msgid=generic_id("certmetrics.com"),
    auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com", ip="167.89.33.10"),
    received=[received_m365(t, "o1.ptr4410.certmetrics.com", "167.89.33.10")],
    note="exam pass plus recertification")

t = dt.datetime(2025, 2, 28, 14, 2, 9, tzinfo=UTC)
cr2_t = """Amazon Web Services Training and Certification sent you a new badge

AWS Certified Developer - Associate

Claim it here: https://www.credly.com/badges/91fe0a4c-2b7d-4f83-a1c5-5d0e8e3b7a26/accept

Credly | Notification settings: https://www.credly.com/notifications
"""
cr2_h = html_wrap("""<div style="text-align:center"><p>Amazon Web Services Training and Certification sent you a new badge</p>
<h2>AWS Certified Developer &ndash; Associate</h2>
<a href="https://www.credly.com/badges/91fe0a4c-2b7d-4f83-a1c5-5d0e8e3b7a26/accept">Claim it here</a>
<p style="font-size:11px">Credly &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p></div>""")
add("cr25", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_C, when=t,
    subject="Saki, claim your AWS Certified Developer - Associate badge",
    body=multi("alternative", [leaf(cr2_t, charset="us-ascii", cte="7bit"), leaf(cr2_h, "html")]),
    msgid=generic_id("credly.com"),
    auth=auth_m365("credly.com", mailfrom="mail.credly.com", ip="149.72.120.3"),
    received=[received_m365(t, "o7.mail.credly.com", "149.72.120.3")],
    note="Credly badge")

t = dt.datetime(2025, 3, 3, 18, 22, 0, tzinfo=JST)
so = """クラウド事業部の皆さま

お疲れさまです。田村です。

3月末でご退職される富岡さんの送別会を、下記のとおり開催します。

日時: 3月27日(木) 19:00〜
場所: 神田「炉端 かじか」(神田駅西口 徒歩3分)
会費: 5,000円(富岡さんは無料です)

ご都合がつく方は、3月14日(金)までにこのメールに返信してください。
富岡さんへの寄せ書きは別途回覧します。

田村
"""
add("soubetsu", "unrelated", False, None, [],
    frm=addr("田村 航", "w-tamura@hanamizuki-tech.co.jp"), to="cloud-div@hanamizuki-tech.co.jp", when=t,
    subject="【ご案内】富岡さん送別会(3/27)",
    body=leaf(so, charset="iso-2022-jp", cte="7bit"), subject_charset="iso-2022-jp",
    msgid=outlook_id(),
    extra=[("Thread-Topic", hdr("【ご案内】富岡さん送別会(3/27)", "iso-2022-jp")),
           ("Content-Language", "ja-JP")],
    auth=AUTH_INTERNAL,
    note="colleague mail in ISO-2022-JP with a reply-by request addressed to others")

t = dt.datetime(2025, 3, 5, 1, 0, 0, tzinfo=UTC)
sm = html_wrap("""<table width="640" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:24px"><h1>AWS Summit Japan 2025</h1><p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr>
<tr><td style="padding:20px"><p>富岡 様</p><p>AWS Summit Japan 2025 の事前登録を開始しました。150 を超えるセッション、ハンズオン、AWS 認定者ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0305" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#687078">配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>""")
add("summit", "unrelated", False, None, [],
    frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), to=ME_P, when=t,
    subject="AWS Summit Japan 2025 事前登録受付中",
    body=leaf(sm, "html", cte="base64"),
    msgid=generic_id("pages.awscloud.com"), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
    auth=auth_gmail("amazon.com", mailfrom="bounce@pages.awscloud.com", ip="192.28.147.12"),
    received=[received_google(ME_P, t, "mail.pages.awscloud.com", "192.28.147.12")],
    note="AWS marketing, Japanese, HTML only, mentions certification")

# ---------------------------------------------------------------- case A starts (and duplicate D)
t = dt.datetime(2025, 3, 10, 9, 4, 31, tzinfo=JST)
memo = """自分用メモ(会社アカウントが消える前に)

AWS認定アカウント(会社): s-tomioka@hanamizuki-tech.co.jp / AWS04417725
  - SAA-C03  2023-09-11 取得 / 2026-09-11 まで
  - DVA-C02  2025-02-26 取得 / 2028-02-26 まで
  - CLF      2025-02-26 更新 / 2028-02-26 まで
  - 特典: 50% 割引 (2026-02-26 まで)、SME プログラム招待
  - 証明書 PDF 3 つ → Google Drive /certs に保存済み
  - APN 連携あり(Partner Central)

TODO
  1. 個人 gmail で Builder ID を作る
  2. 新しい認定アカウントを作る
  3. Contact AWS Training and Certification → 認定 → Account Merge
  4. 最終日 3/31 18:00 にメールボックス停止。それまでに完了させる
"""
add("memo", "user_reply", False, None, [OLD],
    frm=addr("富岡 咲", ME_C), to=ME_P, when=t,
    subject="memo: AWS認定アカウント移行",
    body=leaf(memo, cte="base64"),
    msgid=outlook_id(), extra=[("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    auth=("mx.google.com;\r\n       dkim=pass header.i=@hanamizukitech.onmicrosoft.com;\r\n"
          "       spf=pass smtp.mailfrom=s-tomioka@hanamizuki-tech.co.jp;\r\n"
          "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=hanamizuki-tech.co.jp"),
    note="owner's note to self from the company address; candidate id; mentions Account Merge")

t = dt.datetime(2025, 3, 10, 9, 22, 48, tzinfo=JST)
bid = """AWS Builder ID

Verify your email address

Hello,

Use the following code to verify your email address for AWS Builder ID:

    Verification code: 480263

This code expires in 10 minutes. If you did not try to create an AWS
Builder ID, you can ignore this message.

Amazon Web Services
"""
add("bid", "unrelated", False, None, [],
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P, when=t,
    subject="Verify your AWS Builder ID email address",
    body=leaf(bid, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("signin.aws", mailfrom="%s@us-west-2.amazonses.com" % hx(16)),
    received=[received_google(ME_P, t)],
    note="Builder ID one-time code")

t = dt.datetime(2025, 3, 10, 0, 41, 13, tzinfo=UTC).astimezone(JST)
a_ack_t = """Hello Saki,

We received your message to AWS Training and Certification and created
case 174156727300518 for it.

Someone from our team normally gets back to you within 24 hours. Requests
that need records checked with other teams can take longer.

One case per request keeps things moving: if another case is opened for the
same matter, it will be closed in favour of this one.

Here is what you sent us:

  Contact email:   saki.tomioka.cloud@gmail.com
  Inquiry type:    Certification
  Additional details: Account Merge
  How can we help you?:
    Use case: I am leaving Hanamizuki Technologies at the end of March and
    want my certifications moved to my personal account.
    Email addresses I have used: s-tomioka@hanamizuki-tech.co.jp
    (candidate ID AWS04417725) and saki.tomioka.cloud@gmail.com
    (candidate ID AWS11930482).
    Address to keep: saki.tomioka.cloud@gmail.com
    Could you merge the company account into the personal one?

Thank you,
AWS Training and Certification
"""
a_ack_h = html_wrap("""<p>Hello Saki,</p>
<p>We received your message to AWS Training and Certification and created case <b>174156727300518</b> for it.</p>
<p>Someone from our team normally gets back to you within 24 hours. Requests that need records checked with other teams can take longer.</p>
<p>One case per request keeps things moving: if another case is opened for the same matter, it will be closed in favour of this one.</p>
<p>Here is what you sent us:</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td>Contact email</td><td>saki.tomioka.cloud@gmail.com</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Account Merge</td></tr>
<tr><td>How can we help you?</td><td>Use case: I am leaving Hanamizuki Technologies at the end of March and want my certifications moved to my personal account.<br>
Email addresses I have used: s-tomioka@hanamizuki-tech.co.jp (candidate ID AWS04417725) and saki.tomioka.cloud@gmail.com (candidate ID AWS11930482).<br>
Address to keep: saki.tomioka.cloud@gmail.com<br>Could you merge the company account into the personal one?</td></tr></table>
<p>Thank you,<br>AWS Training and Certification</p>""")
add("a_ack", "acknowledgement", False, A, [OLD, NEW],
    frm=TC_FROM, to=ME_P, when=t,
    subject="[CASE %s] %s" % (A, SUBJ_TC),
    body=multi("alternative", [leaf(a_ack_t), leaf(a_ack_h, "html")]),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="main case ack (15-digit id); the user's own question sits in the echoed form")

t = dt.datetime(2025, 3, 10, 1, 2, 47, tzinfo=UTC).astimezone(JST)
d_ack = """富岡 咲 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース 174156856701377 を作成いたしました。

通常は24時間以内に担当者よりご連絡いたします。
同一のご依頼について複数のケースを作成されますと、お返事が遅くなる場合が
ございます。すでにケースをお持ちの場合は、そちらのメールにご返信ください。

お問い合わせ内容:
  メールアドレス: s-tomioka@hanamizuki-tech.co.jp
  お問い合わせタイプ: AWS トレーニングと認定 / 認定
  その他の詳細: アカウントの統合
  内容: 退職に伴い、会社のアカウント(AWS04417725)を個人のアカウント
  (AWS11930482)へ統合したいです。先ほど送信したフォームが届いているか
  分からなかったため、再送します。

AWS トレーニングと認定
"""
add("d_ack", "acknowledgement", False, D, [OLD, NEW],
    frm=TC_FROM, to=ME_C, when=t,
    subject="[CASE %s] %s" % (D, SUBJ_TC),
    body=leaf(d_ack, cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="second (duplicate) form, Japanese template, arrives at the company address")

t = dt.datetime(2025, 3, 10, 15, 31, 6, tzinfo=JST)
d_up = """Hello Saki,

This is Rahul from AWS Training and Certification.

This case asks for the same merge as case 174156727300518, which my
colleague already has in hand. So that two of us are not working on the
same accounts, I have closed this one and left a note on the other case
pointing back here.

Nothing further is needed on this case. If you want to add something to
your request, reply on 174156727300518 instead.

Regards,
Rahul
AWS Training and Certification
"""
add("d_up", "case_update", False, D, [],
    frm=TC_FROM, to=ME_C, when=t,
    subject="RE:[CASE %s] %s" % (D, SUBJ_TC),
    body=leaf(d_up, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="d_ack",
    auth=auth_m365("amazon.com"), received=[received_m365(t)], nl="\n",
    note="duplicate closed and linked; names the other case number in the body; conditional 'if you want to add'")

t = dt.datetime(2025, 3, 11, 11, 10, 27, tzinfo=JST)
a_hold = """Hello Saki,

Thank you for the detailed request; having both candidate IDs saved us a
step.

While preparing the merge I found that the account registered to
s-tomioka@hanamizuki-tech.co.jp (AWS04417725) is linked to an AWS Partner
Network organization, Hanamizuki Technologies K.K. Certifications held on a
partner-linked account count toward that organization's partner standing,
so we don't move them out while the link is active. I have put the merge on
hold and raised it with our partner operations team, who take care of
removing such associations. Depending on what you tell me below, they may
also need to reach the partner's alliance lead, which adds a few days.

The usual way this clears quickly is that the person is leaving the
organization; partner operations can then release the account without
waiting on the company. Your form mentions the end of March. Is that your
final working day at Hanamizuki, and do you keep access to the company
mailbox until then?

Best regards,
Marisol R.
AWS Training and Certification

--
How would you rate this reply?
Great https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=2&v=5
OK    https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=2&v=3
Poor  https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=2&v=1
"""
add("a_hold", "on_hold", True, A, [OLD],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_hold, cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_ack",
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="APN partner hold; two questions buried at the end of a long explanation; rating footer")

t = dt.datetime(2025, 3, 11, 12, 34, 50, tzinfo=JST)
a_r1 = """Hi Marisol,

Yes, 31 March 2025 is my last day at Hanamizuki. The company mailbox will be
switched off that evening, so it would help a lot if the merge could be
finished before then.

Best regards,
Saki Tomioka

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 11:10 AM
To: saki.tomioka.cloud@gmail.com
Subject: RE:[CASE 174156727300518] [AWS Training and Certification Form Submission] - account-assistance

Hello Saki,

Thank you for the detailed request; having both candidate IDs saved us a
step.
[...]
organization; partner operations can then release the account without
waiting on the company. Your form mentions the end of March. Is that your
final working day at Hanamizuki, and do you keep access to the company
mailbox until then?
"""
add("a_r1", "user_reply", False, A, [],
    frm=addr(ME_NAME, ME_C), to=TC_FROM, when=t,
    subject="RE: [CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_r1, cte="quoted-printable"),
    msgid=outlook_id(), in_reply_to="a_hold", refs=["a_ack", "a_hold"],
    extra=[("Thread-Topic", "[CASE %s] %s" % (A, SUBJ_TC)), ("Thread-Index", "AQHbkk" + hx(14)),
           ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")],
    note="owner answers from the company address (the wrong one for this case), Outlook quoting")

t = dt.datetime(2025, 3, 11, 16, 5, 18, tzinfo=JST)
a_addr = """Hi Saki,

Thanks for the quick answer.

There is one snag. Your reply came from s-tomioka@hanamizuki-tech.co.jp,
which is the address on the account we would be releasing from the partner.
For a partner release we can only take the employee's statement from the
address on the account that stays, which in your case is the Gmail one.

We'll need the same two facts, your last day and that both accounts are
yours, sent as a reply on this case from saki.tomioka.cloud@gmail.com. As
soon as that arrives I'll pass it to partner operations.

Marisol R.
AWS Training and Certification
"""
add("a_addr", "info_request", True, A, [],
    frm=TC_FROM, to=ME_C, cc=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_addr, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_r1", refs=["a_ack", "a_hold", "a_r1"],
    auth=auth_m365("amazon.com"), received=[received_m365(t)],
    note="'write from the other address' request stated as 'We'll need', no please, no question mark")

t = dt.datetime(2025, 3, 11, 19, 48, 3, tzinfo=JST)
a_r2_new = """Hi Marisol,

Writing from my personal address now. I confirm that my last working day at
Hanamizuki Technologies is 31 March 2025, and that both accounts,
AWS04417725 (company) and AWS11930482 (personal), belong to me.

Thanks,
Saki"""
a_r2 = gmail_body(a_r2_new,
                  "On Tue, Mar 11, 2025 at 4:05\u202fPM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:",
                  a_addr)
add("a_r2", "user_reply", False, A, [OLD, NEW],
    frm=addr(ME_NAME, ME_P), to=TC_FROM, when=t,
    subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=a_r2, msgid=gmail_id(), in_reply_to="a_addr", refs=["a_ack", "a_hold", "a_r1", "a_addr"],
    note="owner's Gmail reply with candidate ids; the quoted request sits below")

t = dt.datetime(2025, 3, 12, 10, 17, 44, tzinfo=JST)
a_up1 = """Hi Saki,

That's everything we need from you, thank you. I have handed the release
request to our partner operations team; they normally finish within three to
five business days, after which I can carry out the merge.

There is nothing for you to do in the meantime. Should your last day move,
just let us know on this thread.

Marisol R.
AWS Training and Certification
"""
add("a_up1", "case_update", False, A, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_up1, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_r2", refs=["a_ack", "a_hold", "a_r1", "a_addr", "a_r2"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)], nl="\n",
    note="handed to another team; conditional 'should your last day move, let us know'")

t = dt.datetime(2025, 3, 12, 21, 3, 11, tzinfo=JST)
sb_h = html_wrap("""<h2>Thanks for your order</h2>
<p>Hi Saki,</p><p>Your AWS Skill Builder subscription is active.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Order number</td><td>SB-250312-884170</td></tr>
<tr><td>Plan</td><td>Individual, monthly</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>April 12, 2025</td></tr></table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/account/subscription">skillbuilder.aws</a>.</p>
<p style="font-size:11px;color:#687078">Questions about your order? Contact us through the AWS Training and Certification help page.</p>""")
add("sb", "unrelated", False, None, [],
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P, when=t,
    subject="Your AWS Skill Builder receipt",
    body=leaf(sb_h, "html"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("aws.training", mailfrom="%s@us-west-2.amazonses.com" % hx(16)),
    received=[received_google(ME_P, t)],
    note="Skill Builder receipt from the training platform")

t = dt.datetime(2025, 3, 13, 2, 41, 9, tzinfo=UTC)
ph1_t = """Dear Candidate,

We received a request to merge your AWS Certification account
(Candidate ID: AWS73310948) into another account.

To protect your certifications, the owner must verify the request within
24 hours. If we do not hear from you, all certifications on the account
will be suspended pending review.

Verify ownership now:
https://aws-certification-merge.com/verify?token=9c1e77a0b5

AWS Certification Support Team
"""
ph1_h = html_wrap("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://aws-certification-merge.com/static/aws-logo.png" alt="aws" width="80">
<p>Dear Candidate,</p><p>We received a request to merge your AWS Certification account (Candidate ID: AWS73310948) into another account.</p>
<p>To protect your certifications, the owner must verify the request within <b>24 hours</b>. If we do not hear from you, all certifications on the account will be suspended pending review.</p>
<p><a href="https://aws-certification-merge.com/verify?token=9c1e77a0b5" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify ownership now</a></p>
<p>AWS Certification Support Team</p></div>""")
add("ph1", "suspicious", False, None, ["AWS73310948"],
    frm=addr("AWS Certification Support", "support@aws-certification-merge.com"), to=ME_P, when=t,
    subject="Action required: verify ownership to complete your certification account merge",
    body=multi("alternative", [leaf(ph1_t, charset="us-ascii", cte="7bit"), leaf(ph1_h, "html")]),
    msgid=generic_id("aws-certification-merge.com"),
    auth=("mx.google.com;\r\n       dkim=pass header.i=@aws-certification-merge.com header.s=default header.b=%s;\r\n"
          "       spf=pass (google.com: domain of support@aws-certification-merge.com designates 185.234.72.18 as permitted sender) smtp.mailfrom=support@aws-certification-merge.com;\r\n"
          "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-merge.com") % hx(8),
    received=[received_google(ME_P, t, "mail.aws-certification-merge.com", "185.234.72.18")],
    note="lookalike domain, passes its own DKIM, threatens suspension, asks to verify at a link")

t = dt.datetime(2025, 3, 14, 6, 20, 33, tzinfo=UTC)
atl = """Hi Saki,

Your request JST-48213 "Confluence Cloud: space export stops at 87%" has been
resolved.

Resolution: the export job hit the attachment size limit; we raised the
limit for your site and the export completed.

If the problem comes back, reply to this email within 10 days and the
request will reopen automatically.

Cheers,
Dao
Atlassian Support

---
View request: https://support.atlassian.com/requests/JST-48213
"""
add("atl", "unrelated", False, None, [],
    frm=addr("Atlassian Support", "jira@support.atlassian.com"), to=ME_C, when=t,
    subject="[JIRA] (JST-48213) Confluence Cloud: space export stops at 87% - Resolved",
    body=leaf(atl, charset="us-ascii", cte="7bit"),
    msgid=generic_id("Atlassian.JIRA"),
    auth=auth_m365("support.atlassian.com", mailfrom="support.atlassian.com", ip="13.52.5.14"),
    received=[received_m365(t, "mail-usw1.atlassian.net", "13.52.5.14")], nl="\n",
    note="another vendor's resolved request with a reply-to-reopen invitation")


# ---------------------------------------------------------------- case A: hold lifted, confirmation, closing notice, merge
t = dt.datetime(2025, 3, 14, 17, 52, 30, tzinfo=JST)
a_up2 = """Hi Saki,

Quick update before the weekend: partner operations has confirmed that
AWS04417725 is no longer tied to the Hanamizuki Technologies partner
organization, so the hold on your case is lifted.

A colleague who handles the merge queue will pick it up from here and will
write to you early next week with the account details to check.

Have a good weekend,
Marisol R.
AWS Training and Certification
"""
add("a_up2", "case_update", False, A, [OLD],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_up2, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_up1",
    refs=["a_ack", "a_hold", "a_r1", "a_addr", "a_r2", "a_up1"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="hold lifted; announces a future request ('will write with details to check') but asks nothing now")

t = dt.datetime(2025, 3, 17, 9, 26, 14, tzinfo=JST)
conf_html = html_wrap("""<div>Hi Saki,</div><br>
<div>I'm Jun from the AWS Training and Certification merge team, taking over from Marisol.</div><br>
<div>A merge can't be undone, and the account that survives keeps its own login and notification addresses while the other one is retired. This is how your two accounts look on our side:</div><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#aab7b8;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11930482</td><td>AWS04417725</td></tr>
<tr><td>Login email</td><td>saki.tomioka.cloud@gmail.com</td><td>s-tomioka@hanamizuki-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>saki.tomioka.cloud@gmail.com</td><td>s-tomioka@hanamizuki-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>saki.tomioka.cloud@gmail.com</td><td>s-tomioka@hanamizuki-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAA, DVA, CLF</td></tr>
<tr><td>Benefits</td><td>none</td><td>50% exam discount</td></tr></table><br>
<div>The plan is to fold Account #2 into Account #1, so the exam history, the three certifications and the discount all end up under your Gmail login. Before I run it I would like to hear it from you: is Account #1 the one to keep?</div><br>
<div>Thanks,<br>Jun<br>AWS Training and Certification</div>
<br><hr style="border:0;border-top:1px solid #d5dbdb">
<div style="font-size:12px;color:#687078">We'd love your feedback on this message. <a href="https://aws-tc-feedback.amazon.com/r?c=174156727300518&amp;m=5">Rate it in one click</a>. Your answer goes to our quality team and not to the agent.</div>""")
add("a_conf", "confirmation_request", True, A, [NEW, OLD],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(conf_html, "html", cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_up2",
    refs=["a_ack", "a_hold", "a_r2", "a_up1", "a_up2"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="HTML-only table Account #1/#2; the question is one sentence after the plan; feedback footer below")

t = dt.datetime(2025, 3, 18, 10, 2, 40, tzinfo=JST)
ooo = """石田は3月18日(火)〜3月21日(金)まで海外出張のため、メールの確認が遅れます。
お急ぎの件は、クラウド事業部 代表アドレス cloud-div@hanamizuki-tech.co.jp までご連絡ください。

I am travelling from 18 to 21 March with limited access to email.
For anything urgent, write to cloud-div@hanamizuki-tech.co.jp.

石田 健一 / Kenichi Ishida
"""
add("ooo", "unrelated", False, None, [],
    frm=addr("石田 健一", "k-ishida@hanamizuki-tech.co.jp"), to=addr("富岡 咲", ME_C), when=t,
    subject="自動応答: 3月 稼働報告(富岡)",
    body=leaf(ooo, cte="base64"),
    msgid=outlook_id(), in_reply_to=outlook_id(),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "k-ishida@hanamizuki-tech.co.jp"),
           ("Content-Language", "ja-JP")],
    auth=AUTH_INTERNAL,
    note="colleague's out-of-office with 'write to ... for urgent matters'")

t = dt.datetime(2025, 3, 19, 3, 14, 8, tzinfo=UTC)
ph2 = """Hello,

We attempted to complete the merge on your AWS Certification account but
could not verify that the request came from the account owner.

  Account #1  Login email: (your current login)
  Account #2  Login email: (account to be retired)

To keep your certifications from being removed, sign in and approve the
merge within 48 hours:

https://aws-training.support-case-center.com/merge/approve?id=174177310200144

If you cannot sign in, reply to this message with your Builder ID email
and password and we will approve it for you.

AWS Training and Certification
Case ID: 174177310200144
"""
add("ph2", "suspicious", False, None, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE 174177310200144] %s" % SUBJ_TC,
    body=leaf(ph2, charset="us-ascii", cte="7bit"),
    msgid=generic_id("support-case-center.com"),
    auth=auth_gmail("amazon.com", ok=False, mailfrom="bounce@support-case-center.com", ip="91.210.107.44"),
    received=[received_google(ME_P, t, "vps-7731.support-case-center.com", "91.210.107.44")],
    note="spoofs the real T&C sender and subject format, Account #1/#2 layout, but SPF/DMARC fail; asks for password")

t = dt.datetime(2025, 3, 20, 10, 5, 29, tzinfo=JST)
cn_new = """Hi Saki,

Following up on my message of 17 March about which account to keep.

Without your answer I can't run the merge, and this case will close on its
own on 23 March. A reply to this email, even a single line, keeps it open.

Jun
AWS Training and Certification"""
cn_quoted = """Hi Saki,

I'm Jun from the AWS Training and Certification merge team, taking over from Marisol.
[...]
The plan is to fold Account #2 into Account #1, so the exam history, the three
certifications and the discount all end up under your Gmail login. Before I run it
I would like to hear it from you: is Account #1 the one to keep?"""
cn_txt = cn_new + "\n\n--\nRate this message: https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=6\n\n" + \
    "---- On Mon, 17 Mar 2025 00:26:14 +0000 AWS Training and Certification wrote ----\n\n" + quote_gt(cn_quoted) + "\n"
add("a_close", "closing_notice", True, A, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(cn_txt, cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_conf",
    refs=["a_ack", "a_hold", "a_up2", "a_conf"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="closing notice with a date, 'a reply keeps it open', rating footer, quoted confirmation request")

t = dt.datetime(2025, 3, 20, 12, 41, 2, tzinfo=JST)
a_r3_new = """Hi Jun,

Sorry for the slow answer, I was travelling.

Confirmed: Account #1 (saki.tomioka.cloud@gmail.com) is the one to keep.
Go ahead and merge Account #2 into it; both accounts are mine.

Saki"""
add("a_r3", "user_reply", False, A, [],
    frm=addr(ME_NAME, ME_P), to=TC_FROM, when=t,
    subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=gmail_body(a_r3_new,
                    "On Thu, Mar 20, 2025 at 10:05\u202fAM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:",
                    cn_txt),
    msgid=gmail_id(), in_reply_to="a_close", refs=["a_ack", "a_conf", "a_close"],
    note="owner's confirmation; quotes the closing notice and the request")

t = dt.datetime(2025, 3, 20, 12, 41, 58, tzinfo=JST)
a_auto = """Hello,

Your reply on case 174156727300518 has reached AWS Training and Certification
and has been added to the case. The person working on it has been notified.

There is no need to send your message again.

AWS Training and Certification
(automated message)
"""
add("a_auto", "acknowledgement", False, A, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_auto, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t) + [("Auto-Submitted", "auto-generated")], in_reply_to="a_r3",
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)], nl="\n",
    note="automatic receipt of the owner's reply (treated as acknowledgement)")

t = dt.datetime(2025, 3, 21, 8, 13, 37, tzinfo=JST)
res_new = """Hi Saki,

Done: I merged Account #2 into Account #1. Sign in with your Gmail Builder
ID and you will find your exam history, the three certifications and the
50% discount under AWS11930482.

Credly will re-issue your badges to the Gmail address over the next day or
so. Partner Central can take up to a week to drop you from Hanamizuki's
list; that happens on its own.

If anything looks off, reply here within 14 days and the case reopens.

Thanks,
Jun
AWS Training and Certification

--
How did we do? Rate this case: https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=8"""
a_res = gmail_body(res_new,
                   "On Thu, Mar 20, 2025 at 12:41\u202fPM Saki Tomioka <saki.tomioka.cloud@gmail.com> wrote:",
                   a_r3_new + "\n\n> " + "\n> ".join(cn_new.split("\n")) + "\n>\n> " + "\n> ".join(cn_quoted.split("\n")))
add("a_res", "resolved", False, A, [NEW],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=a_res,
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_r3", refs=["a_ack", "a_conf", "a_close", "a_r3"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="merge done; conditional reopen invitation; rating footer; quoted history holds the closing notice and the question")

t = dt.datetime(2025, 3, 21, 12, 30, 5, tzinfo=UTC)
cr3_h = html_wrap("""<div style="text-align:center"><h2>Your badges have a new home</h2>
<p>Saki, <b>Amazon Web Services Training and Certification</b> has issued 3 badges to <b>saki.tomioka.cloud@gmail.com</b>:</p>
<ul style="display:inline-block;text-align:left"><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#0d7bd6;color:#fff;padding:12px 22px;text-decoration:none">View your badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p></div>""")
add("cr3", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P, when=t,
    subject="Amazon Web Services Training and Certification issued you 3 badges",
    body=leaf(cr3_h, "html", cte="base64"),
    msgid=generic_id("credly.com"),
    auth=auth_gmail("credly.com", mailfrom="bounces@mail.credly.com", ip="149.72.120.3"),
    received=[received_google(ME_P, t, "o7.mail.credly.com", "149.72.120.3")],
    note="Credly badges after the merge")

t = dt.datetime(2025, 3, 23, 9, 0, 2, tzinfo=JST)
sv_a_t = """Hi Saki,

Your recent case with AWS Training and Certification (case 174156727300518)
was resolved. Would you take a minute to tell us how it went?

How satisfied are you with the support you received?
  1 - Very dissatisfied  https://aws-tc-feedback.amazon.com/s?c=174156727300518&v=1
  2                      https://aws-tc-feedback.amazon.com/s?c=174156727300518&v=2
  3                      https://aws-tc-feedback.amazon.com/s?c=174156727300518&v=3
  4                      https://aws-tc-feedback.amazon.com/s?c=174156727300518&v=4
  5 - Very satisfied     https://aws-tc-feedback.amazon.com/s?c=174156727300518&v=5

Replies to this message are not read.
"""
sv_a_h = html_wrap("""<p>Hi Saki,</p><p>Your recent case with AWS Training and Certification (case 174156727300518) was resolved. Would you take a minute to tell us how it went?</p>
<p><b>How satisfied are you with the support you received?</b></p>
<p>""" + " ".join('<a href="https://aws-tc-feedback.amazon.com/s?c=174156727300518&amp;v=%d" style="display:inline-block;width:32px;padding:6px;border:1px solid #879596;text-align:center">%d</a>' % (i, i) for i in range(1, 6)) + """</p>
<p style="font-size:11px;color:#687078">Replies to this message are not read.</p>""")
add("sv_a", "survey", False, A, [],
    frm=addr("AWS Training and Certification", "tc-feedback@amazon.com"), to=ME_P, when=t,
    subject="How did we do? Your AWS Training and Certification case",
    body=multi("alternative", [leaf(sv_a_t, charset="us-ascii", cte="7bit"), leaf(sv_a_h, "html")]),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="survey; case number only in the body")

t = dt.datetime(2025, 3, 24, 2, 10, 0, tzinfo=UTC)
pvs = html_wrap("""<p>Dear Saki,</p>
<p>You recently took an exam delivered by Pearson VUE (registration 482917305). Tell us about your testing experience &mdash; the survey takes about three minutes.</p>
<p><a href="https://survey.pearsonvue.com/s/482917305">Start the survey</a></p>
<p style="font-size:11px">Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437</p>""")
add("pvs", "unrelated", False, None, [],
    frm=addr("Pearson VUE", "pearsonvue@email.pearson.com"), to=ME_C, when=t,
    subject="Tell us about your testing experience",
    body=leaf(pvs, "html"),
    msgid=generic_id("email.pearson.com"),
    auth=auth_m365("email.pearson.com", mailfrom="email.pearson.com", ip="13.111.12.81"),
    received=[received_m365(t, "mta.email.pearson.com", "13.111.12.81")],
    note="exam vendor survey, not a support-case survey")

# ---------------------------------------------------------------- case F (benefit after merge) - Japanese agent
t = dt.datetime(2025, 3, 26, 5, 18, 9, tzinfo=UTC).astimezone(JST)
f_ack = """富岡 咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース 174296628900942 として受け付けました。

担当者より、通常24時間以内にご連絡いたします。
なお、同じ内容で別のケースを作成されますと、回答までにお時間がかかる
場合がございます。

【お問い合わせ内容】
メールアドレス: saki.tomioka.cloud@gmail.com
お問い合わせタイプ: 認定
その他の詳細: 特典 / バウチャー
内容:
先週アカウント統合が完了しました(ケース 174156727300518)。統合後、
特典ページに 50% 割引が表示されません。統合前は AWS04417725 の
アカウントにあり、統合先は AWS11930482 です。確認をお願いします。

AWS トレーニングと認定
"""
add("f_ack", "acknowledgement", False, F, [OLD, NEW],
    frm=TC_FROM, to=ME_P, when=t,
    subject="[CASE %s] [AWS Training and Certification Form Submission] - benefits" % F,
    body=leaf(f_ack, cte="base64"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="Japanese ack for a new case that mentions the earlier case number in the echoed form")

t = dt.datetime(2025, 3, 27, 11, 40, 52, tzinfo=JST)
f_req = """富岡様

AWS トレーニングと認定の森田でございます。
アカウント統合後の特典の表示について、お問い合わせいただきありがとう
ございます。

統合の際、試験の割引特典は統合元のアカウントで発行された時点の状態の
まま移行されます。未使用の特典であれば、通常は統合先の[特典]ページに
そのまま表示されますが、統合処理の中で有効期限が再計算され、期限切れと
判定されてしまう事象が一部で確認されております。また、統合前に特典
コードを使って試験を予約し、その後キャンセルされた場合には、コードが
「使用済み」のまま残ることもございます。

どちらに該当するかによって対応する部署が異なりますため、恐れ入りますが、
統合先アカウントの[特典]ページを開いた際に、50% 割引の欄に「使用済み」
「期限切れ」のいずれかが表示されているか、あるいは欄そのものが表示されて
いないかをご確認のうえ、画面のスクリーンショットを添えてご返信いただけ
ますと幸いです。

あわせて、統合前に当該コードで試験を予約されたことがあるかどうかも
お知らせいただけましたら、調査がスムーズに進みます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森田
AWS トレーニングと認定

────────────────────
本メールの対応について、簡単なアンケートにご協力をお願いいたします。
https://aws-tc-feedback.amazon.com/r/ja?c=174296628900942&m=1
"""
add("f_req", "info_request", True, F, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % F,
    body=leaf(f_req, cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="f_ack",
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="keigo (ご返信いただけますと幸いです) deep inside a long paragraph, then お知らせいただけましたら, then a survey ask")

t = dt.datetime(2025, 3, 31, 9, 0, 0, tzinfo=JST)
it = """クラウド事業部 富岡 咲 様

情報システム部です。

退職手続きに伴い、本日 3月31日(月) 18:00 をもって以下を停止いたします。

  - メールアカウント s-tomioka@hanamizuki-tech.co.jp
  - Microsoft 365 / Slack / VPN
  - AWS Partner Central の社内ユーザー

停止後のメール転送は行いません。必要なデータは 17:00 までに
退避してください。

情報システム部 ヘルプデスク (内線 2200)
"""
add("it", "unrelated", False, None, [],
    frm=addr("情報システム部", "it-help@hanamizuki-tech.co.jp"), to=ME_C, when=t,
    subject="【重要】アカウント停止のお知らせ(3/31 18:00)",
    body=leaf(it, charset="iso-2022-jp", cte="7bit"), subject_charset="iso-2022-jp",
    msgid=outlook_id(), extra=[("Content-Language", "ja-JP")],
    auth=AUTH_INTERNAL,
    note="company IT: mailbox shut-down notice with an instruction")

t = dt.datetime(2025, 3, 31, 10, 15, 21, tzinfo=JST)
f_close = """富岡様

いつもお世話になっております。AWS トレーニングと認定の森田でございます。

3月27日にご案内いたしました特典の表示に関する件につきまして、その後
いかがでしょうか。

ご返信が確認できない場合、誠に恐縮ではございますが、4月3日をもちまして
本ケースをクローズさせていただきます。本メールにご返信いただければ、
ケースは引き続きオープンのままとなります。なお、クローズ後にご返信
いただいた場合にも、ケースは再開されます。

どうぞよろしくお願いいたします。

森田
AWS トレーニングと認定
"""
add("f_close", "closing_notice", True, F, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % F,
    body=leaf(f_close, charset="iso-2022-jp", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="f_req", refs=["f_ack", "f_req"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="Japanese closing notice in ISO-2022-JP; the only question is 'その後いかがでしょうか'")

t = dt.datetime(2025, 3, 31, 21, 7, 45, tzinfo=JST)
f_rep_new = """森田様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

統合先アカウントの[特典]ページには、50% 割引の欄そのものが表示されて
いません。スクリーンショットを添付します。

統合前に、このコードで試験を予約したことはありません(2月の DVA の予約
には、その前にもらっていた別の割引を使いました)。

よろしくお願いいたします。
富岡"""
f_rep_alt = gmail_body(f_rep_new,
                       "2025年3月31日(月) 10:15 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:",
                       f_close)
png = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAKklEQVR4nGP8//8/AymAiSTVoxpGNQwpDSwMDAz/"
    "//8nXgMjqcl7NDkOcg0AGE0HGX1b8PYAAAAASUVORK5CYII=")
add("f_rep", "user_reply", False, F, [],
    frm=addr(ME_NAME_JA, ME_P), to=TC_FROM, when=t,
    subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % F,
    body=multi("mixed", [f_rep_alt, attach(png, "image/png", "benefits-page.png")]),
    msgid=gmail_id(), in_reply_to="f_close", refs=["f_ack", "f_req", "f_close"],
    note="owner's Japanese reply with a screenshot attachment (multipart/mixed)")

t = dt.datetime(2025, 4, 1, 3, 22, 10, tzinfo=UTC)
f_up = """Hello Saki,

I'm Gareth from the AWS Certification benefits team; Morita-san passed your
case to me. Thank you for the screenshot.

It matches the first situation Morita-san described: the discount was
dropped when its expiry date was recalculated during the merge. I have asked
our certification systems team to issue a replacement, which usually takes
two to three business days.

There is nothing you need to send us right now. If you happen to still have
the original voucher code, you are welcome to include it, though we can
trace it without.

Best regards,
Gareth
AWS Certification Benefits
"""
add("f_up", "case_update", False, F, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % F,
    body=leaf(f_up, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="f_rep", refs=["f_ack", "f_req", "f_close", "f_rep"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="passed to another team; optional 'if you happen to have... welcome to include' is not a request")

t = dt.datetime(2025, 4, 2, 16, 48, 3, tzinfo=JST)
f_res_h = html_wrap("""<p>Hello Saki,</p>
<p>A replacement 50% exam discount has been issued to your certification account <b>AWS11930482</b>. It is valid until <b>26 February 2026</b> and shows under <i>Benefits</i> already.</p>
<p>With that in place I am resolving this case. Should any questions come up, don&rsquo;t hesitate to reply.</p>
<p>Best regards,<br>Gareth<br>AWS Certification Benefits</p>
<table style="margin-top:18px;border-top:1px solid #d5dbdb;width:100%"><tr><td style="font-size:12px;color:#545b64;padding-top:10px">
<b>Please tell us how we did.</b> Was your issue resolved today?
<a href="https://aws-tc-feedback.amazon.com/r?c=174296628900942&amp;m=4&amp;v=y">Yes</a> /
<a href="https://aws-tc-feedback.amazon.com/r?c=174296628900942&amp;m=4&amp;v=n">No</a></td></tr></table>
<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px;color:#555">
<p>There is nothing you need to send us right now. If you happen to still have the original voucher code, you are welcome to include it, though we can trace it without.</p></blockquote>""")
add("f_res", "resolved", False, F, [NEW],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % F,
    body=leaf(f_res_h, "html", cte="base64"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="f_up", refs=["f_ack", "f_req", "f_rep", "f_up"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="HTML-only resolution; 'Please tell us how we did' footer; conditional invitation; quoted optional ask")

t = dt.datetime(2025, 4, 2, 8, 1, 30, tzinfo=UTC)
nb = """Hello Saki,

A new benefit has been added to your AWS Certification Account
(AWS11930482):

  50% discount on your next AWS Certification exam
  Valid through February 26, 2026

Sign in to your AWS Certification Account and open Benefits to use it.

AWS Certification
"""
add("nb", "certification", False, None, [NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, when=t,
    subject="A new benefit is available in your AWS Certification Account",
    body=leaf(nb, charset="us-ascii", cte="7bit"),
    msgid=generic_id("certmetrics.com"),
    auth=auth_gmail("certmetrics.com", mailfrom="bounces@certmetrics.com", ip="167.89.33.10"),
    received=[received_google(ME_P, t, "o1.ptr4410.certmetrics.com", "167.89.33.10")],
    note="program mail about the reissued benefit, not case mail")


# ---------------------------------------------------------------- case C: console case (Support Center), badge
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)
C_SUBJ = "Credly badge for Solutions Architect - Associate missing after account merge"
C_LINK = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C

t = dt.datetime(2025, 4, 3, 11, 27, 40, tzinfo=UTC).astimezone(JST)
c_ack = """Dear Amazon Web Services customer,

Thank you for getting in touch with Amazon Web Services. We have opened a
support case for your request.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, my two AWS Certification accounts were merged on 21
March. Since then my Credly profile (saki.tomioka.cloud@gmail.com) lists the
Developer and Cloud Practitioner badges, but the Solutions Architect -
Associate badge is missing. How can I get it back?

To view or add to this case, go to:
%s

This message was sent from an address that does not accept incoming e-mail.
Add your replies through the link above.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
""" % (C, C_SUBJ, C_LINK)
add("c_ack", "acknowledgement", False, C, [],
    frm=CONSOLE_FROM, to=ME_P, when=t,
    subject="Amazon Web Services: New Support case: %s" % C,
    body=leaf(c_ack, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="console case opened; the user's question is echoed; 'cannot accept e-mail' footer")

t = dt.datetime(2025, 4, 4, 2, 56, 11, tzinfo=UTC)
c_req = """Hello,

Thank you for contacting AWS Support.

Credly badges are issued to the email address the certification account
uses at the moment the badge is awarded. Your Solutions Architect -
Associate badge was awarded in September 2023, when the account used your
company address, and it was accepted into a Credly profile under that
address. The merge moved the certification itself but not that older Credly
profile, which is why the badge is not in your current one. Credly can
either attach the old profile's badges to your current profile or we can
have the badge re-issued; which route applies depends on your access.

We need two things from you to pick the route: the email address you sign
in to Credly with today, and whether you can still sign in to the Credly
profile under s-tomioka@hanamizuki-tech.co.jp.

We value your feedback. Rate this correspondence with the stars at the top
right of each message in the Support Center, or use the link at the end of
this message.

Best regards,
Priscilla M.
Amazon Web Services

To see the case history and reply, visit the Support Center:
%s

*This address does not accept incoming e-mail. Replies must be made in the
Support Center.*
""" % C_LINK
add("c_req", "info_request", True, C, [],
    frm=CONSOLE_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (C, C_SUBJ),
    body=leaf(c_req, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="c_ack",
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="console request ('We need two things from you'), answer only in the Support Center; feedback footer")

t = dt.datetime(2025, 4, 4, 13, 10, 40, tzinfo=JST)
c_rep_new = """Hi Priscilla,

I sign in to Credly with saki.tomioka.cloud@gmail.com. The company address
was shut down on 31 March, so I can't sign in to the old Credly profile any
more.

Saki"""
add("c_rep", "user_reply", False, C, [],
    frm=addr(ME_NAME, ME_P), to=CONSOLE_FROM, when=t,
    subject="Re: RE:[CASE %s] %s" % (C, C_SUBJ),
    body=gmail_body(c_rep_new,
                    "On Fri, Apr 4, 2025 at 11:56\u202fAM Amazon Web Services <no-reply-aws@amazon.com> wrote:",
                    c_req),
    msgid=gmail_id(), in_reply_to="c_req", refs=["c_ack", "c_req"],
    note="owner answers a console case by e-mail (will bounce)")

t = dt.datetime(2025, 4, 4, 13, 10, 52, tzinfo=JST)
dsn_human = """
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.
"""
dsn_status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.154, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: %s
""" % (format_datetime(t - dt.timedelta(seconds=12)), format_datetime(t))
dsn_hdrs = """From: Saki Tomioka <saki.tomioka.cloud@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
Date: %s
Message-ID: %s
""" % (C, C_SUBJ, format_datetime(t - dt.timedelta(seconds=12)), MSGIDS["c_rep"])
dsn_boundary = "000000000000%s" % hx(16)
dsn = {"headers": [("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % dsn_boundary)],
       "boundary": dsn_boundary,
       "parts": [leaf(dsn_human, charset="us-ascii", cte="7bit"),
                 {"headers": [("Content-Type", "message/delivery-status")], "body": dsn_status.encode()},
                 {"headers": [("Content-Type", "text/rfc822-headers")], "body": dsn_hdrs.encode()}]}
add("dsn", "unrelated", False, C, [],
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P, when=t,
    subject="Delivery Status Notification (Failure)",
    body=dsn, msgid=generic_id("mx.google.com"), in_reply_to="c_rep",
    extra=[("Auto-Submitted", "auto-replied")],
    auth="mx.google.com;\r\n       dkim=pass header.i=@googlemail.com header.s=20230601",
    note="bounce of the owner's e-mail reply to the console case; labelled with the case it concerns")

t = dt.datetime(2025, 4, 7, 3, 5, 0, tzinfo=UTC)
c_close = """Hello,

We haven't heard back from you about the information we asked for on
April 4. If there is still no reply in the Support Center within the next 3
days, this case will be resolved automatically.

To keep the case open, add your answer here:
%s

Once resolved, a case can be reopened from the Support Center for up to 14
days.

We value your feedback. Rate this correspondence with the stars in the
Support Center.

Best regards,
Amazon Web Services

*This address does not accept incoming e-mail.*
""" % C_LINK
add("c_close", "closing_notice", True, C, [],
    frm=CONSOLE_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (C, C_SUBJ),
    body=leaf(c_close, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="c_req", refs=["c_ack", "c_req"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="console auto-resolve warning; the e-mail answer never arrived, so support is still waiting")

t = dt.datetime(2025, 4, 8, 6, 44, 19, tzinfo=UTC)
c_res = """Hello,

Thanks for answering in the Support Center.

Since the old address can no longer be reached, I asked Credly to move the
Solutions Architect - Associate badge to the profile under
saki.tomioka.cloud@gmail.com. Credly confirmed the move a few minutes ago;
the badge should appear in your profile after you sign in again.

We're marking this case as resolved. If something is still missing, you can
reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this
correspondence in the Support Center.

Best regards,
Priscilla M.
Amazon Web Services

%s
*This address does not accept incoming e-mail.*
""" % C_LINK
add("c_res", "resolved", False, C, [],
    frm=CONSOLE_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (C, C_SUBJ),
    body=leaf(c_res, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="c_close", refs=["c_ack", "c_req", "c_close"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="console resolution; 'please share your experience' survey footer; reopen invitation")

t = dt.datetime(2025, 4, 8, 7, 30, 2, tzinfo=UTC)
cr4 = """Hi Saki,

The badge below has been added to your Credly profile:

  AWS Certified Solutions Architect - Associate
  Issued by Amazon Web Services Training and Certification

View it: https://www.credly.com/badges/3c1d9e27-5a0b-4f7e-9d1f-6b2a8c44e0f1

Credly
"""
add("cr4", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P, when=t,
    subject="A badge was added to your Credly profile",
    body=leaf(cr4, charset="us-ascii", cte="7bit"),
    msgid=generic_id("credly.com"),
    auth=auth_gmail("credly.com", mailfrom="bounces@mail.credly.com", ip="149.72.120.3"),
    received=[received_google(ME_P, t, "o7.mail.credly.com", "149.72.120.3")], nl="\n",
    note="Credly badge moved")

# ---------------------------------------------------------------- case A reopened
t = dt.datetime(2025, 4, 9, 22, 14, 6, tzinfo=JST)
a_r4_new = """Hi Jun,

One thing looks off after all. The exam history on the merged account
doesn't show my SOA-C02 attempt from June 2022 (I didn't pass it, but it
was there on the company account). I'd like the history to be complete.

Saki"""
add("a_r4", "user_reply", False, A, [],
    frm=addr(ME_NAME, ME_P), to=TC_FROM, when=t,
    subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=gmail_body(a_r4_new,
                    "On Fri, Mar 21, 2025 at 8:13\u202fAM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:",
                    res_new),
    msgid=gmail_id(), in_reply_to="a_res", refs=["a_ack", "a_conf", "a_r3", "a_res"],
    note="owner reopens the resolved case by replying within 14 days")

t = dt.datetime(2025, 4, 9, 22, 15, 1, tzinfo=JST)
a_reo = """Hello,

Your message has been added to case 174156727300518, and the case has been
reopened. Someone from AWS Training and Certification will get back to you,
normally within 24 hours.

You don't need to open a new case for this.

AWS Training and Certification
(automated message)
"""
add("a_reo", "acknowledgement", False, A, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_reo, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t) + [("Auto-Submitted", "auto-generated")], in_reply_to="a_r4",
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="automatic 'case reopened' receipt")

t = dt.datetime(2025, 4, 10, 10, 32, 47, tzinfo=JST)
a_req2 = """Hi Saki,

Thanks for flagging it. Attempts that didn't result in a certification are
stored apart from passed exams, and now and then one is left behind in a
merge when it was booked through a separate testing profile. I can move it
by hand once I find the right record.

Let me know roughly when you sat SOA-C02 and whether it was online or at a
test centre; with those two details I can find it.

Jun
AWS Training and Certification

--
Rate this message: https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=11
"""
add("a_req2", "info_request", True, A, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_req2, charset="us-ascii", cte="base64"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_r4", refs=["a_ack", "a_res", "a_r4"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="bare imperative request ('Let me know...') without please or question mark; base64 ASCII; rating footer")

t = dt.datetime(2025, 4, 10, 12, 58, 20, tzinfo=JST)
a_r5_new = """Hi Jun,

It was 14 June 2022, at a test centre in Shinjuku (Pearson VUE). If it
helps, the Pearson VUE registration number was 418806273.

Saki"""
add("a_r5", "user_reply", False, A, [],
    frm=addr(ME_NAME, ME_P), to=TC_FROM, when=t,
    subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=gmail_body(a_r5_new,
                    "On Thu, Apr 10, 2025 at 10:32\u202fAM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:",
                    a_req2),
    msgid=gmail_id(), in_reply_to="a_req2", refs=["a_ack", "a_res", "a_r4", "a_req2"],
    note="owner's answer with a 9-digit Pearson VUE number (not a case id)")

t = dt.datetime(2025, 4, 11, 9, 2, 33, tzinfo=JST)
a_res2_t = """Hi Saki,

Found it: the June 2022 SOA-C02 attempt was sitting on a testing profile
that had been created for the Shinjuku booking. I've moved it across and it
now shows in the exam history of your merged account.

No further action is required on your part, and I'm resolving the case
again. If you notice anything else, you know where to find us.

Jun
AWS Training and Certification

--
How did we do? https://aws-tc-feedback.amazon.com/r?c=174156727300518&m=13

-----Original Message-----
From: Saki Tomioka <saki.tomioka.cloud@gmail.com>
Sent: Thursday, April 10, 2025 3:58 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 174156727300518] [AWS Training and Certification Form Submission] - account-assistance

Hi Jun,

It was 14 June 2022, at a test centre in Shinjuku (Pearson VUE). If it
helps, the Pearson VUE registration number was 418806273.

Saki

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 10, 2025 1:32 AM

Let me know roughly when you sat SOA-C02 and whether it was online or at a
test centre; with those two details I can find it.
"""
add("a_res2", "resolved", False, A, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(a_res2_t, charset="us-ascii", cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="a_r5", refs=["a_ack", "a_res", "a_r4", "a_req2", "a_r5"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)], nl="\n",
    note="second resolution: 'No further action is required', conditional line, survey footer, Outlook-quoted old request")

t = dt.datetime(2025, 4, 11, 20, 40, 9, tzinfo=JST)
fwd_new = """田村さん

先日はありがとうございました。送別会で聞かれた認定アカウントの移行、
サポートとのやり取りはこんな感じでした。パートナー連携があると一度
止められるので、退職前に早めに出しておくのがおすすめです。

富岡

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Mar 17, 2025 at 9:26\u202fAM
Subject: RE:[CASE 174156727300518] [AWS Training and Certification Form Submission] - account-assistance
To: <saki.tomioka.cloud@gmail.com>


Hi Saki,

I'm Jun from the AWS Training and Certification merge team, taking over from Marisol.

A merge can't be undone, and the account that survives keeps its own login and
notification addresses while the other one is retired. This is how your two
accounts look on our side:

                                   Account #1                      Account #2
Candidate ID                       AWS11930482                     AWS04417725
Login email                        saki.tomioka.cloud@gmail.com    s-tomioka@hanamizuki-tech.co.jp
Certification notification email   saki.tomioka.cloud@gmail.com    s-tomioka@hanamizuki-tech.co.jp

The plan is to fold Account #2 into Account #1, so the exam history, the three
certifications and the discount all end up under your Gmail login. Before I run
it I would like to hear it from you: is Account #1 the one to keep?

Thanks,
Jun
AWS Training and Certification
"""
add("fwd", "user_reply", False, A, [],
    frm=addr(ME_NAME_JA, ME_P), to=addr("田村 航", "wataru.tamura.89@gmail.com"), when=t,
    subject="Fwd: RE:[CASE %s] %s" % (A, SUBJ_TC),
    body=leaf(fwd_new, cte="quoted-printable", extra={"format_flowed": False}),
    msgid=gmail_id(), in_reply_to="a_conf",
    note="owner forwards the old confirmation request to a friend: the question is in a forwarded block, not addressed to her")

t = dt.datetime(2025, 4, 12, 1, 19, 50, tzinfo=UTC)
nat = """Hello,

Thank you for your patience while we reviewed the charges on your account
480312775926.

The increase comes from a NAT gateway in ap-northeast-1 (nat-0a4c91e2d7b3f5566)
that has been running since 2 March with about 38 GB of data processed.
Could you confirm whether you still need this NAT gateway? If not, deleting
it will stop further charges, and we can then look at a one-time courtesy
credit for March.

We value your feedback. Please share your experience by rating this
correspondence in the Support Center.

Best regards,
Kaito
Amazon Web Services

To see the case history and reply, visit the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174442009100318&language=en

*This address does not accept incoming e-mail.*
"""
add("nat", "unrelated", False, None, [],
    frm=CONSOLE_FROM, to=ME_P, when=t,
    subject="RE:[CASE 174442009100318] Unexpected charges in March",
    body=leaf(nat, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="a real AWS console case with a real question, but a billing case, not Training and Certification")

t = dt.datetime(2025, 4, 14, 9, 0, 11, tzinfo=JST)
sv_a2 = html_wrap("""<p>Hello Saki,</p>
<p>We recently helped you with case <b>174156727300518</b>. Your opinion helps us improve: one question, under a minute.</p>
<p><a href="https://aws-tc-feedback.amazon.com/s?c=174156727300518&amp;r=2" style="background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Share feedback</a></p>
<p style="font-size:11px;color:#687078">You received this because you contacted AWS Training and Certification. This mailbox is not monitored.</p>""")
add("sv_a2", "survey", False, A, [],
    frm=addr("AWS Training and Certification", "tc-feedback@amazon.com"), to=ME_P, when=t,
    subject="One question about your recent support case",
    body=leaf(sv_a2, "html", cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="second survey after the reopened case, HTML only, subject without a case number")

# ---------------------------------------------------------------- case B: same-address duplicate account
t = dt.datetime(2025, 4, 15, 2, 9, 55, tzinfo=UTC).astimezone(JST)
b_ack = html_wrap("""<p>Hello Saki,</p>
<p>Thanks for contacting AWS Training and Certification. Your case number is <b>174468299500761</b>.</p>
<p>We aim to reply within 24 hours. Opening more cases about the same request slows things down rather than speeding them up.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>Email</td><td>saki.tomioka.cloud@gmail.com</td></tr>
<tr><td>Inquiry type</td><td>Certification &ndash; Account Merge</td></tr>
<tr><td>Description</td><td>While testing Builder ID sign-in I accidentally created a second certification account with the same Gmail address (AWS20586134). My real account is AWS11930482. Can the empty one be merged into the real one?</td></tr></table>
<p>AWS Training and Certification</p>""")
add("b_ack", "acknowledgement", False, B, [SSO, NEW],
    frm=TC_FROM, to=ME_P, when=t,
    subject="[CASE %s] %s" % (B, SUBJ_TC),
    body=leaf(b_ack, "html", cte="base64"),
    msgid=ses_id(t), extra=tc_headers(t),
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="HTML-only ack with a table; the owner's question is inside it")

t = dt.datetime(2025, 4, 15, 16, 20, 4, tzinfo=JST)
b_hold = """Hello Saki,

Thanks for the clear description, the two candidate IDs are all we need.

Account merges are paused at the moment: the tool we use is being upgraded
and is expected back on 18 April. Your case is on hold until then and will
be first in line when the tool returns.

You don't have to do anything in the meantime.

Regards,
Oluwaseun
AWS Training and Certification
"""
add("b_hold", "on_hold", False, B, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (B, SUBJ_TC),
    body=leaf(b_hold, charset="us-ascii", cte="7bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="b_ack",
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)], nl="\n",
    note="hold for an internal reason with no question")

# ---------------------------------------------------------------- case B: tool back (conditional invitation only)
t = dt.datetime(2025, 4, 18, 9, 47, 12, tzinfo=JST)
b_up = """富岡様

AWS トレーニングと認定でございます。

統合ツールのメンテナンスが完了し、本日より順次統合作業を再開して
おります。富岡様のケースにつきましても担当者が確認を進めております
ので、いましばらくお待ちくださいませ。

なお、ご依頼内容に追加や変更がございましたら、本メールにご返信
いただければ担当者に引き継ぎます。

AWS トレーニングと認定
"""
add("b_up", "case_update", False, B, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (B, SUBJ_TC),
    body=leaf(b_up, charset="shift_jis", cte="quoted-printable"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="b_hold", refs=["b_ack", "b_hold"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="Japanese: hold lifted, 'お待ちくださいませ' and a conditional 'ございましたら…ご返信いただければ'; asks nothing")

t = dt.datetime(2025, 4, 18, 13, 31, 26, tzinfo=JST)
b_conf_t = """富岡様

AWS トレーニングと認定の佐々木でございます。
大変お待たせいたしました。

ご依頼の件につきまして、同一のメールアドレスで以下の 2 つの認定
アカウントが登録されていることを確認いたしました。

アカウント #1
  候補 ID: AWS11930482
  ログインメール: saki.tomioka.cloud@gmail.com
  認定: SAA / DVA / CLF
アカウント #2
  候補 ID: AWS20586134
  ログインメール: saki.tomioka.cloud@gmail.com
  認定: なし

統合後はアカウント #1 のみが残り、アカウント #2 のプロフィール情報は
削除されます。統合の取り消しはいたしかねます。

上記 2 つのアカウントがいずれも富岡様ご本人のものであること、ならびに
アカウント #1 を残す形で統合を進めてよいことにつきまして、ご確認の
ほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定

――――――――――――――――――――
サポート品質向上のためのアンケートにご協力ください。
https://aws-tc-feedback.amazon.com/r/ja?c=174468299500761&m=2
"""
b_conf_h = html_wrap("""<p>富岡様</p><p>AWS トレーニングと認定の佐々木でございます。<br>大変お待たせいたしました。</p>
<p>ご依頼の件につきまして、同一のメールアドレスで以下の 2 つの認定アカウントが登録されていることを確認いたしました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>候補 ID</td><td>AWS11930482</td><td>AWS20586134</td></tr>
<tr><td>ログインメール</td><td>saki.tomioka.cloud@gmail.com</td><td>saki.tomioka.cloud@gmail.com</td></tr>
<tr><td>認定</td><td>SAA / DVA / CLF</td><td>なし</td></tr></table>
<p>統合後はアカウント #1 のみが残り、アカウント #2 のプロフィール情報は削除されます。統合の取り消しはいたしかねます。</p>
<p>上記 2 つのアカウントがいずれも富岡様ご本人のものであること、ならびにアカウント #1 を残す形で統合を進めてよいことにつきまして、ご確認のほどよろしくお願いいたします。</p>
<p>佐々木<br>AWS トレーニングと認定</p><hr>
<p style="font-size:12px">サポート品質向上のための<a href="https://aws-tc-feedback.amazon.com/r/ja?c=174468299500761&amp;m=2">アンケート</a>にご協力ください。</p>""")
add("b_conf", "confirmation_request", True, B, [NEW, SSO],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (B, SUBJ_TC),
    body=multi("alternative", [leaf(b_conf_t, charset="iso-2022-jp", cte="7bit"), leaf(b_conf_h, "html", cte="base64")]),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="b_up", refs=["b_ack", "b_hold", "b_up"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)],
    note="Japanese keigo confirmation (ご確認のほどよろしくお願いいたします), no question mark; ISO-2022-JP text + HTML; survey footer")

t = dt.datetime(2025, 4, 18, 19, 5, 37, tzinfo=JST)
b_rep_new = """佐々木様

ご連絡ありがとうございます。
2 つのアカウントはどちらも私のものです。アカウント #1 を残す形で
統合をお願いいたします。

富岡"""
add("b_rep", "user_reply", False, B, [],
    frm=addr(ME_NAME_JA, ME_P), to=TC_FROM, when=t,
    subject="Re: RE:[CASE %s] %s" % (B, SUBJ_TC),
    body=gmail_body(b_rep_new,
                    "2025年4月18日(金) 13:31 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:",
                    b_conf_t),
    msgid=gmail_id(), in_reply_to="b_conf", refs=["b_ack", "b_hold", "b_conf"],
    note="owner's Japanese confirmation")

t = dt.datetime(2025, 4, 21, 10, 12, 8, tzinfo=JST)
b_res = """富岡様

佐々木でございます。ご確認いただきありがとうございました。

アカウント #2 をアカウント #1 へ統合いたしました。今後は
saki.tomioka.cloud@gmail.com でサインインいただくと、統合後の
アカウントが表示されます。

ご不明な点がございましたら、お気軽に本メールへご返信ください。

---
Hello Saki, the merge is complete: the empty account has been folded into
your main one. If you have any questions, feel free to reply.

佐々木 / Sasaki
AWS トレーニングと認定

――――――――――――――――――――
今回の対応はいかがでしたか?アンケートにご協力いただけますと幸いです。
https://aws-tc-feedback.amazon.com/r/ja?c=174468299500761&m=4

2025年4月18日(金) 19:05 富岡 咲 <saki.tomioka.cloud@gmail.com>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 2 つのアカウントはどちらも私のものです。アカウント #1 を残す形で
> 統合をお願いいたします。
>
> 2025年4月18日(金) 13:31 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
>> 上記 2 つのアカウントがいずれも富岡様ご本人のものであること、ならびに
>> アカウント #1 を残す形で統合を進めてよいことにつきまして、ご確認の
>> ほどよろしくお願いいたします。
"""
add("b_res", "resolved", False, B, [],
    frm=TC_FROM, to=ME_P, when=t,
    subject="RE:[CASE %s] %s" % (B, SUBJ_TC),
    body=leaf(b_res, charset="utf-8", cte="8bit"),
    msgid=ses_id(t), extra=tc_headers(t), in_reply_to="b_rep", refs=["b_ack", "b_hold", "b_conf", "b_rep"],
    auth=auth_gmail("amazon.com"), received=[received_google(ME_P, t)], nl="\n",
    note="bilingual resolution in 8bit UTF-8; ございましたら + survey question (いかがでしたか?) + quoted keigo request")

t = dt.datetime(2025, 4, 22, 4, 48, 0, tzinfo=UTC)
ph3 = html_wrap("""<div style="max-width:560px;margin:auto;font-family:Arial">
<img src="https://credly-badges.net/assets/credly-logo.png" width="90" alt="Credly">
<h3>Your AWS badges will be revoked</h3>
<p>Hi Saki,</p><p>We detected that your AWS Certification account was recently merged. Badges linked to the retired account will be <b>revoked in 72 hours</b> unless you re-confirm your Credly login.</p>
<p><a href="https://credly-badges.net/login?next=/aws/reconfirm&amp;u=saki.tomioka.cloud" style="background:#0d7bd6;color:#fff;padding:10px 20px;text-decoration:none">Re-confirm my badges</a></p>
<p style="font-size:11px;color:#888">Credly Trust &amp; Safety</p></div>""")
add("ph3", "suspicious", False, None, [],
    frm=addr("Credly", "no-reply@credly-badges.net"), to=ME_P, when=t,
    subject="Action needed: your AWS badges will be revoked in 72 hours",
    body=leaf(ph3, "html", cte="base64"),
    msgid=generic_id("credly-badges.net"),
    auth=("mx.google.com;\r\n       dkim=pass header.i=@credly-badges.net header.s=s1 header.b=%s;\r\n"
          "       spf=pass (google.com: domain of bounce@credly-badges.net designates 45.132.88.6 as permitted sender) smtp.mailfrom=bounce@credly-badges.net;\r\n"
          "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badges.net") % hx(8),
    received=[received_google(ME_P, t, "mx1.credly-badges.net", "45.132.88.6")],
    note="Credly lookalike domain, knows about the merge, credential link")

t = dt.datetime(2025, 4, 24, 6, 0, 0, tzinfo=UTC)
hear = html_wrap("""<p>Hello Saki,</p>
<p>As an AWS Certified individual, your experience shapes how we build our exams and benefits. We'd like to hear what you think about the AWS Certification program in a 10-minute survey.</p>
<p><a href="https://survey.certmetrics.com/aws/2025q2?t=7f3a0c91e2">Take the survey</a></p>
<p>Thank you for being part of AWS Certification.</p>
<p style="font-size:11px;color:#687078">AWS Certification &middot; You are receiving this because you opted in to Lend Your Voice to AWS Certification.</p>""")
add("hear", "certification", False, None, [],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, when=t,
    subject="AWS Certification wants to hear from you",
    body=leaf(hear, "html", cte="quoted-printable"),
    msgid=generic_id("certmetrics.com"),
    auth=auth_gmail("certmetrics.com", mailfrom="bounces@certmetrics.com", ip="167.89.33.10"),
    received=[received_google(ME_P, t, "o1.ptr4410.certmetrics.com", "167.89.33.10")],
    note="program survey about certification (not about a support case) -> certification")


# ====================================================================== WRITE
def main():
    MESSAGES.sort(key=lambda m: m[0])
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    for i, (when, raw, label, note) in enumerate(MESSAGES, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, n + "-msg.json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    if os.environ.get("GEN_NOTES"):
        for i, (when, raw, label, note) in enumerate(MESSAGES, 1):
            print("%03d\t%s\t%s\t%s\t%s" % (i, label["kind"], label["needs_reply"], label["case"], note))
    for k in sorted(counts):
        print("%s: %d" % (k, counts[k]))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
