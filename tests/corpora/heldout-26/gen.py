#!/usr/bin/env python3
"""Generate the blind-26 held-out corpus (standard library only).

Writes NNN-mail.eml / NNN-mail.json pairs and README.md into the directory
this script lives in.  One mailbox owner (personal + old company address).
"""
import base64
import datetime as _dt
import hashlib
import html
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.morioka.dev@gmail.com"
ME_C = "k.morioka@hoshizora-tech.co.jp"
ME_NAME = "Kenta Morioka"
ME_NAME_JA = "森岡 健太"

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

C10 = "7412093385"        # 2021, exam voucher (company mailbox)
C11 = "13508842716"       # 2023, two accounts under the company address
CA = "174953318204417"    # 2025, the merge
CB = "174960204511032"    # 2025, duplicate form submission
CC = "174970112308745"    # 2025, AWS Support Center (console) case
CD = "175247138409921"    # 2025, name on certificate

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

ACCT = "480937216554"     # 12-digit AWS account id, never a case number
CAND_OLD = "AWS03318245"  # retired in 2023
CAND_CO = "AWS07720931"   # company certification account
CAND_P = "AWS11843207"    # new personal certification account

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))

MESSAGES = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def h(seed, n=40):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_ses(seed, when):
    x = h(seed)
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, x[:8], x[8:12], x[12:16], x[16:20], x[20:32])


def mid_gmail(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    raw = "".join(c for c in raw if c.isalnum())
    return "<CAH%s+%s@mail.gmail.com>" % (raw[:22], raw[22:40])


def mid_outlook(seed):
    x = h(seed, 32).upper()
    box = "TYCPR01MB%s" % (int(x[:4], 16) % 9000 + 1000)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, x[4:], box)


def mid_other(seed, domain):
    return "<%s.%s@%s>" % (h(seed, 16), h(seed + "x", 10), domain)


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def q(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out) + "\n"


def p_html(text):
    """Plain text -> simple HTML paragraphs."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def page(body, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n</head>\n<body style=\"%s\">\n%s\n</body>\n</html>\n"
            % (style, body))


def gmail_html(new_text, attribution, quoted_text):
    new = "<div dir=\"ltr\">" + "<br>".join(html.escape(l) if l else "" for l in new_text.strip("\n").split("\n")) + "</div>"
    quoted = "<br>".join(html.escape(l) for l in quoted_text.strip("\n").split("\n"))
    return (new + "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + html.escape(attribution) +
            "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            "rgb(204,204,204);padding-left:1ex\">" + quoted + "</blockquote></div>\n")


def leaf(text, subtype="plain", charset="utf-8", cte=None):
    data = text.encode(charset)
    if cte is None:
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    return (hdrs, payload)


def raw_part(ctype, payload, extra=()):
    if isinstance(payload, str):
        payload = payload.encode("ascii")
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return ([("Content-Type", ctype)] + list(extra), payload)


def multi(subtype, parts, seed, params=""):
    boundary = "----=_Part_%s_%s" % (int(h(seed, 6), 16), h(seed + "b", 12))
    if subtype == "alternative" and "gmail" in seed:
        boundary = "000000000000" + h(seed, 16)
    out = b""
    for ph, pp in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n" + pp
    out += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], out)


def alt(text, htm, seed, charset="utf-8", tcte=None, hcte=None, hcharset=None):
    return multi("alternative", [leaf(text, "plain", charset, tcte),
                                 leaf(htm, "html", hcharset or charset, hcte)], seed)


# --------------------------------------------------- authentication results
def ar_gmail(from_dom, dkim=None, spf="pass", mailfrom=None, ip="54.240.8.21", dmarc="pass",
             policy="p=QUARANTINE sp=QUARANTINE dis=NONE", seed="x"):
    mailfrom = mailfrom or ("bounce@" + from_dom)
    dkim = dkim if dkim is not None else [(from_dom, "pass")]
    lines = ["mx.google.com;"]
    for dom, res in dkim:
        extra = " (body hash did not verify)" if res == "fail" else ""
        lines.append("dkim=%s%s header.i=@%s header.s=%s header.b=%s;" % (
            res, extra, dom, h(seed + dom, 10), base64.b64encode(bytes.fromhex(h(seed + dom + "b", 12))).decode()[:8]))
    mdom = mailfrom.split("@")[1]
    if spf == "pass":
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        lines.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    else:
        lines.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    lines.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    return ("Authentication-Results", "\n       ".join(lines))


def ar_m365(from_dom, mailfrom_dom=None, ip="54.240.8.21", spf="pass", dkim=None, dmarc="pass", compauth="pass reason=100"):
    mailfrom_dom = mailfrom_dom or from_dom
    dkim = dkim if dkim is not None else [(from_dom, "pass")]
    parts = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (spf, ip, mailfrom_dom)]
    for dom, res in dkim:
        if res == "pass":
            parts.append(" dkim=pass (signature was verified)\n header.d=%s;" % dom)
        elif res == "none":
            parts.append(" dkim=none (message not signed)\n header.d=none;")
        else:
            parts.append(" dkim=fail (body hash did not verify)\n header.d=%s;" % dom)
    act = "none" if dmarc in ("pass", "none", "bestguesspass") else "quarantine"
    parts.append("dmarc=%s action=%s\n header.from=%s;compauth=%s" % (dmarc, act, from_dom, compauth))
    return ("Authentication-Results", "".join(parts))


def recv_gmail(host, ip, when, seed):
    return ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, h(seed, 16), ME_P, format_datetime(when.astimezone(PDT))))


def recv_m365(host, ip, when, seed):
    return ("Received", "from %s (%s) by\n OS3PEPF0000%s.mail.protection.outlook.com (10.167.240.%d) with Microsoft SMTP\n"
            " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8857.18 via Frontend\n Transport; %s"
            % (host, ip, h(seed, 4).upper(), int(h(seed, 2), 16) % 250,
               when.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")))


SES_HOST = ("a8-21.smtp-out.amazonses.com", "54.240.8.21")


def ses_auth(box, when, seed, from_dom="amazon.com"):
    """Received + Authentication-Results for genuine Amazon SES mail."""
    mailfrom = "0100%012x-%s-000000@amazonses.com" % (int(when.timestamp() * 1000), h(seed, 8))
    if box == "p":
        return [recv_gmail(SES_HOST[0], SES_HOST[1], when, seed),
                ar_gmail(from_dom, [(from_dom, "pass"), ("amazonses.com", "pass")], mailfrom=mailfrom, seed=seed)]
    return [recv_m365(SES_HOST[0], SES_HOST[1], when, seed),
            ar_m365(from_dom, "amazonses.com", dkim=[(from_dom, "pass"), ("amazonses.com", "pass")])]


def generic_auth(box, when, seed, from_dom, host, ip, mailfrom=None, dmarc="pass", dkim=None, spf="pass",
                 policy="p=REJECT sp=REJECT dis=NONE", compauth="pass reason=100"):
    if box == "p":
        return [recv_gmail(host, ip, when, seed),
                ar_gmail(from_dom, dkim, spf=spf, mailfrom=mailfrom, ip=ip, dmarc=dmarc, policy=policy, seed=seed)]
    mdom = (mailfrom or ("x@" + from_dom)).split("@")[1]
    return [recv_m365(host, ip, when, seed),
            ar_m365(from_dom, mdom, ip=ip, spf=spf, dkim=dkim, dmarc=dmarc, compauth=compauth)]


# ----------------------------------------------------------------- writer
def add(key, *, frm, to, subject, when, mid, part, kind, needs=False, case=None, cands=(),
        cc=None, irt=None, refs=None, pre=(), extra=(), charset="utf-8", crlf=False, note=""):
    hdrs = list(pre)
    hdrs.append(("From", frm))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc(subject, charset)))
    hdrs.append(("Date", format_datetime(when)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", "\n ".join(refs)))
    hdrs.extend(extra)
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(part[0])
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
    raw = head.encode("ascii") + b"\n" + part[1]
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MIDS[key] = mid
    MESSAGES.append(dict(key=key, raw=raw, label={
        "kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)},
        note=note, subject=subject, crlf=crlf))


FOOT_AWS = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def console_footer(case):
    return ("""We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

%s
""" % (case, FOOT_AWS))


# =================================================================== 2021
w = dt("2021-09-08 06:41:12")
T_001 = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s to address your inquiry.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - exam-assistance
Inquiry type: Exam
Additional details: Voucher / Discount

How can we help you?
I passed the AWS Certified Solutions Architect - Associate exam on August 27, 2021, but the 50%% discount voucher for my next exam does not appear on the Benefits page of my certification account.

A member of our team will review your case and respond, usually within one business day. If you think of anything else that would help us, simply reply to this email; your reply will be added to the case automatically.

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training
""" % (C10, C10)
add("001", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("001", w),
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-assistance" % C10,
    pre=ses_auth("c", w, "001"), part=leaf(T_001), kind="acknowledgement", case=C10,
    note="2021 acknowledgement, 10-digit case, old template; 'simply reply to this email' is only an invitation")

w = dt("2021-09-08 18:12:40")
T_002 = """Hi Kenta,

Thanks for your patience while I looked into this.

I checked your certification account and found that the benefit had been generated after your exam but was never published to your profile because of a delay in one of our sync jobs. I've republished it, and the 50%% discount voucher now shows on the Benefits page of your certification account. It can be used for any AWS Certification exam until the expiry date shown next to it.

This case is resolved and no further action is required on your part.

Best,
Carlos
AWS Training and Certification

--
How would you rate my reply?
Excellent | Good | Fair | Poor | Very poor
https://aws.training/support/feedback?case=%s&r=%s
""" % (C10, h("002", 12))
add("002", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("002", w),
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-assistance" % C10,
    irt=MIDS["001"], refs=[MIDS["001"]],
    pre=ses_auth("c", w, "002"), part=leaf(T_002, cte="quoted-printable"), crlf=True,
    kind="resolved", case=C10,
    note="resolution with a rating footer ('How would you rate my reply?'); QP, CRLF")

# =================================================================== 2023 (Japanese case)
w = dt("2023-05-22 02:15:33")
T_003 = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせの件について、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
お問い合わせタイプ: 認定
その他の詳細: Account Merge

お問い合わせ内容:
同じメールアドレス(%s)で AWS 認定アカウントが2つできてしまい、Credly に最新の認定が反映されません。1つに統合していただけますでしょうか。

ケースへの回答は通常24時間以内にお送りしておりますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

ご不明な点やご不便な点がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (C11, C11, TC_SUBJ, ME_C)
add("003", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("003", w),
    subject="RE:[CASE %s] %s" % (C11, TC_SUBJ), pre=ses_auth("c", w, "003"),
    part=leaf(T_003, charset="ISO-2022-JP", cte="7bit"), kind="acknowledgement", case=C11,
    note="Japanese acknowledgement (ISO-2022-JP), 11-digit case; echoes the user's own keigo request and ends with a ~がございましたら invitation")

w = dt("2023-05-24 07:48:02")
T_004 = """森岡様

AWS トレーニングと認定サポートの山本でございます。
このたびはアカウント統合に関するお問い合わせをいただき、誠にありがとうございます。また、ご回答までにお時間を頂戴しておりますこと、お詫び申し上げます。

ご連絡いただいたメールアドレスで検索いたしましたところ、以下の2つの認定アカウントが見つかりました。

アカウント1
  AWS 候補 ID: %s
  ログイン メールアドレス: %s
  作成日: 2019年4月
  取得済み認定: AWS Certified Cloud Practitioner(失効)

アカウント2
  AWS 候補 ID: %s
  ログイン メールアドレス: %s
  作成日: 2021年8月
  取得済み認定: AWS Certified Solutions Architect - Associate / AWS Certified Developer - Associate

最新の認定をお持ちのアカウント2を残し、アカウント1の試験履歴をアカウント2へ統合する形でよろしいでしょうか。なお、統合後はアカウント1をご利用いただけなくなります。

恐れ入りますが、統合先のアカウントをご確認のうえ、本メールにご返信いただけますと幸いです。

何卒よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
""" % (CAND_OLD, ME_C, CAND_CO, ME_C)
add("004", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("004", w),
    subject="RE:[CASE %s] %s" % (C11, TC_SUBJ), irt=MIDS["003"], refs=[MIDS["003"]],
    pre=ses_auth("c", w, "004"), part=leaf(T_004, charset="Shift_JIS", cte="8bit"), crlf=True,
    kind="confirmation_request", needs=True, case=C11, cands=[CAND_OLD, CAND_CO],
    note="Japanese confirmation request in Shift_JIS 8bit, CRLF; アカウント1/アカウント2 instead of Account #1/#2; ask is ~いただけますと幸いです (no ください)")

w = dt("2023-05-29 01:03:55")
T_005 = """森岡様

AWS トレーニングと認定サポートでございます。

2023年5月24日にお送りした、統合先アカウントのご確認について、現時点でご返信を確認できておりません。

ご返信のない状態が続いているため、本ケースは2023年6月1日をもってクローズさせていただく予定です。統合をご希望の場合は、それまでに本メールへご返信ください。ご返信をいただいた時点で、ケースは引き続きオープンとなります。

よろしくお願いいたします。
AWS トレーニングと認定
"""
H_005 = page(p_html(T_005), "font-family:'Meiryo',sans-serif;font-size:14px")
add("005", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("005", w),
    subject="RE:[CASE %s] %s" % (C11, TC_SUBJ), irt=MIDS["004"], refs=[MIDS["003"], MIDS["004"]],
    pre=ses_auth("c", w, "005"),
    part=alt(T_005, H_005, "005", charset="ISO-2022-JP", tcte="7bit", hcharset="utf-8", hcte="quoted-printable"),
    kind="closing_notice", needs=True, case=C11,
    note="Japanese closing notice; text part ISO-2022-JP, HTML part UTF-8 QP; 'クローズさせていただく予定' + plain ください")

w = dt("2023-05-29 10:27:00", JST)
T_006 = """AWS トレーニングと認定サポート
山本様

お世話になっております。森岡です。
ご返信が遅くなり申し訳ございません。

ご提案のとおり、アカウント2(%s)を残す形で統合をお願いいたします。

よろしくお願いいたします。

森岡 健太
株式会社ホシゾラテクノロジーズ クラウド推進部

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2023年5月24日 16:48
宛先: 森岡 健太 <%s>
件名: RE:[CASE %s] %s

""" % (CAND_CO, TC, ME_C, C11, TC_SUBJ) + T_004
add("006", frm=addr(ME_NAME_JA, ME_C, "iso-2022-jp"), to=addr(TC_NAME, TC), when=w, mid=mid_outlook("006"),
    subject="RE: RE:[CASE %s] %s" % (C11, TC_SUBJ), irt=MIDS["004"], refs=[MIDS["003"], MIDS["004"]],
    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
    part=leaf(T_006, charset="ISO-2022-JP", cte="7bit"), crlf=True,
    kind="user_reply", case=C11, cands=[CAND_CO],
    note="user's reply from the company Outlook (Japanese 差出人/送信日時 header, no '>' quoting); the quoted request holds a second candidate ID that must not count")

w = dt("2023-05-30 04:55:18")
T_007 = """森岡様

AWS トレーニングと認定サポートの山本でございます。
ご確認いただき、ありがとうございました。

アカウント1(%s)の試験履歴を、アカウント2(%s)へ統合いたしました。今後は %s でサインインいただくと、統合後のアカウントをご利用いただけます。Credly のデジタルバッジにつきましては、最新の認定が反映されるまで最大で24時間ほどかかる場合がございます。

以上をもちまして、本ケースはクローズとさせていただきます。
その他ご不明な点がございましたら、お気軽にこのメールにご返信ください。

山本
AWS トレーニングと認定

--- 元のメッセージ ---
差出人: 森岡 健太
件名: RE: RE:[CASE %s] %s

ご提案のとおり、アカウント2を残す形で統合をお願いいたします。
""" % (CAND_OLD, CAND_CO, ME_C, C11, TC_SUBJ)
add("007", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("007", w),
    subject="RE:[CASE %s] %s" % (C11, TC_SUBJ), irt=MIDS["006"], refs=[MIDS["003"], MIDS["004"], MIDS["006"]],
    pre=ses_auth("c", w, "007"),
    part=alt(T_007, page(p_html(T_007)), "007", tcte="base64", hcte="base64"),
    kind="resolved", case=C11, cands=[CAND_OLD, CAND_CO],
    note="Japanese completion, base64 multipart/alternative; says クローズ (not a closing notice), ~がございましたら invitation, quotes the user's お願いいたします")

w = dt("2023-05-30 05:02:41")
T_008 = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, and let employers verify your achievement in one click.

Accept your badge: https://www.credly.com/earner/earned/badge/3f1c9d2e-7a41-4b8e-9d0c-5e62a1f7b384

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Park Ave, New York, NY 10016
You are receiving this email because Amazon Web Services Training and Certification issued you a badge.
"""
H_008 = page("""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
<img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt="badge" width="110">
<h2>Hi Kenta,</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9d2e-7a41-4b8e-9d0c-5e62a1f7b384" style="background:#f46f25;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 2 Park Ave, New York, NY 10016</p>
</td></tr></table>""")
add("008", frm=addr("Credly", "admin@credly.com"), to=ME_C, when=w, mid=mid_other("008", "credly.com"),
    subject="Amazon Web Services Training and Certification issued you a new badge",
    pre=generic_auth("c", w, "008", "credly.com", "o1.ptr2613.credly.com", "149.72.34.181",
                     mailfrom="bounces+18210@em.credly.com"),
    part=alt(T_008, H_008, "008", tcte="quoted-printable", hcte="quoted-printable"),
    kind="badge",
    note="Credly badge after the 2023 merge; 'Accept your badge' call to action is not a support request; badge UUID is not a case")

w = dt("2023-06-01 15:20:00")
H_009 = page("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification Support has been closed. We would like to hear how it went &mdash; it takes less than a minute.</p>
<p><b>Overall, how satisfied were you with the support you received?</b></p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/s/%s?score=1">1</a></td><td><a href="https://survey.aws.training/s/%s?score=2">2</a></td>
<td><a href="https://survey.aws.training/s/%s?score=3">3</a></td><td><a href="https://survey.aws.training/s/%s?score=4">4</a></td>
<td><a href="https://survey.aws.training/s/%s?score=5">5</a></td></tr>
<tr><td colspan="5" style="font-size:11px;color:#687078">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>Your answers are anonymous and are used only to improve our service. Please do not reply to this email; replies are not monitored.</p>
</td></tr></table>""" % ((C11,) + (h("009", 10),) * 5))
add("009", frm=addr(TC_NAME, "aws-tc-feedback@amazon.com"), to=ME_C, when=w, mid=mid_ses("009", w),
    subject="How did we do? Your feedback on case %s" % C11, pre=ses_auth("c", w, "009"),
    part=leaf(H_009, "html", cte="quoted-printable"), crlf=True,
    kind="survey", case=C11,
    note="HTML-only satisfaction survey naming the case; says 'case ... has been closed' (not a closing notice)")

# =================================================================== 2025, before the merge
w = dt("2025-05-12 16:05:00")
T_010 = """Hello Kenta Morioka,

As an AWS Certified individual, your perspective matters to us.

We are inviting a small group of certification holders to take a 15-minute survey about the AWS Certified Developer - Associate exam and about your experience with the AWS Certification program. Your answers will help us shape future exams and benefits.

Take the survey: https://aws.certmetrics.com/amazon/survey/%s

The survey closes on May 30, 2025.

Thank you,
AWS Certification

This email was sent to %s because you hold an active AWS Certification. To change your communication preferences, sign in to your AWS Certification account.
""" % (h("010", 12), ME_C)
add("010", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, when=w,
    mid=mid_other("010", "certmetrics.com"), subject="AWS Certification wants to hear from you",
    pre=generic_auth("c", w, "010", "certmetrics.com", "mail-b.certmetrics.com", "52.44.12.99",
                     mailfrom="bounce@mail.certmetrics.com"),
    part=alt(T_010, page(p_html(T_010)), "010"),
    kind="certification",
    note="certmetrics feedback invitation: looks like a survey but is a certification-program notice")

w = dt("2025-05-20 03:31:07")
T_011 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in %s, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % ACCT[-4:]
add("011", frm=addr("Amazon Web Services", CONSOLE), to=ME_C, when=w, mid=mid_ses("011", w),
    subject="Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
    pre=ses_auth("c", w, "011"), part=leaf(T_011), kind="unrelated",
    note="AWS billing mail from the same sender as console cases; 12-digit account ID in the subject is not a case number")

w = dt("2025-05-28 09:12:00", JST)
T_012 = """森岡 健太 様

お疲れさまです。人事部の小林です。
6月30日付でのご退職にあたり、以下の手続きについてご案内いたします。

1. 退職届の提出(提出済みの場合は不要です)
2. 健康保険証の返却(最終出社日に総務までお持ちください)
3. 貸与PC・社員証の返却(6月30日 17時までに情報システム部へ)
4. 源泉徴収票の送付先住所のご確認

4.につきましては、送付先のご住所を6月20日までにこのメールへの返信でお知らせください。

ご不明な点は人事部までお問い合わせください。
よろしくお願いいたします。

人事部 小林 彩
"""
add("012", frm=addr("人事部 小林", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), to=addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
    when=w, mid=mid_outlook("012"), subject="【人事部】退職手続きのご案内(森岡 健太 様)", charset="iso-2022-jp",
    part=leaf(T_012, charset="ISO-2022-JP", cte="7bit"), crlf=True, kind="unrelated",
    note="internal HR mail in ISO-2022-JP asking for a reply: a request, but not from support")

w = dt("2025-06-02 14:00:31")
H_013 = page("""<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:18px"><img src="https://d1.awsstatic.com/training-and-certification/certification-badges/aws-cert-logo.png" alt="AWS Certified" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> certification expires on <b>August 14, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam, or a higher-level exam that recertifies it, before that date. As a reminder, you can use the 50%% discount benefit in your AWS Certification account toward your next exam.</p>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification account</a></p>
<p>Thank you for being AWS Certified.<br>AWS Certification</p>
<p style="font-size:11px;color:#687078">This is a service message sent to %s. Please do not reply.</p>
</td></tr></table>""" % ME_C)
add("013", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C, when=w,
    mid=mid_other("013", "certmetrics.com"), subject="Your AWS Certification expires soon",
    pre=generic_auth("c", w, "013", "certmetrics.com", "mail-b.certmetrics.com", "52.44.12.99",
                     mailfrom="bounce@mail.certmetrics.com"),
    part=leaf(H_013, "html", cte="base64"), kind="certification",
    note="expiry reminder, HTML-only base64; tells the reader to act (recertify) but not to reply to support")

w = dt("2025-06-09 12:30:44")
T_014 = """Hello,

Thanks for creating an AWS Builder ID. To verify your email address, enter the following code on the verification page:

Verification code: 604918

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can safely ignore this email.

Thank you,
Amazon Web Services
"""
add("014", frm=addr("AWS", "no-reply@signin.aws"), to=ME_P, when=w, mid=mid_ses("014", w),
    subject="Verify your AWS Builder ID email address", pre=ses_auth("p", w, "014", "signin.aws"),
    part=alt(T_014, page(p_html(T_014)), "014"), kind="unrelated",
    note="Builder ID one-time code (6 digits, not a case number)")

w = dt("2025-06-09 12:41:02")
H_015 = page("""<div style="max-width:600px;margin:auto">
<h1 style="color:#232f3e">Welcome to AWS Training and Certification</h1>
<p>Hi Kenta,</p>
<p>Your profile is all set. Here are a few ways to get started:</p>
<ul>
<li>Explore 600+ free digital courses on AWS Skill Builder</li>
<li>Prepare for an AWS Certification exam with official practice question sets</li>
<li>Link your certification account to see your exam history and benefits in one place</li>
</ul>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p>Happy learning!<br>The AWS Training and Certification team</p>
<p style="font-size:11px;color:#888">You're receiving this because you created a profile on aws.training with %s.</p>
</div>""" % ME_P)
add("015", frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P, when=w,
    mid=mid_ses("015", w), subject="Welcome to AWS Training and Certification",
    pre=ses_auth("p", w, "015", "aws.training"), part=leaf(H_015, "html", cte="quoted-printable"),
    kind="unrelated", note="training platform welcome mail (same brand as the support team, not a case)")


TOK = dict(CA=CA, CB=CB, CC=CC, CD=CD, C10=C10, C11=C11, ACCT=ACCT, CAND_P=CAND_P, CAND_CO=CAND_CO,
           CAND_OLD=CAND_OLD, ME_P=ME_P, ME_C=ME_C, TC=TC, TC_SUBJ=TC_SUBJ, CONSOLE=CONSOLE)


def F(s, **kw):
    d = dict(TOK)
    d.update(kw)
    for k, v in d.items():
        s = s.replace("<<%s>>" % k, v)
    assert "<<" not in s or "<<<" in s, s[:200]
    return s


SUBJ_A = F("RE:[CASE <<CA>>] <<TC_SUBJ>>")

# ------------------------------------------------------------- the merge case opens
w = dt("2025-06-10 05:26:41")
T_016 = F("""Hello,

Thank you for contacting Amazon Web Services. We have opened case <<CA>> to address your inquiry.

The details of your case are as follows:

Case ID: <<CA>>
Subject: <<TC_SUBJ>>
Severity: General guidance
Inquiry type: Certification
Additional details: Account Merge

Correspondence:
Use Case: I am leaving Hoshizora Technologies K.K. at the end of June and would like to merge my company certification account into my personal certification account.
All email addresses you may have used in our system: <<ME_C>>, <<ME_P>>
The email address you would like to keep on file: <<ME_P>>

We aim to respond within 24 hours, although some requests need more time while we find the best solution. If you have already opened a case for this issue, please do not open another case for the same request; duplicate cases can delay our response.

If you have anything to add, reply to this email and your message will be attached to the case.

Sincerely,
Amazon Web Services
""")
H_016 = page(F("""<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b><<CA>></b> to address your inquiry.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Case ID</b></td><td><<CA>></td></tr>
<tr><td><b>Subject</b></td><td><<TC_SUBJ>></td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>
<tr><td valign="top"><b>Correspondence</b></td><td>Use Case: I am leaving Hoshizora Technologies K.K. at the end of June and would like to merge my company certification account into my personal certification account.<br>
All email addresses you may have used in our system: <<ME_C>>, <<ME_P>><br>
The email address you would like to keep on file: <<ME_P>></td></tr>
</table>
<p>We aim to respond within 24 hours, although some requests need more time while we find the best solution. If you have already opened a case for this issue, please do not open another case for the same request; duplicate cases can delay our response.</p>
<p>If you have anything to add, reply to this email and your message will be attached to the case.</p>
<p>Sincerely,<br>Amazon Web Services</p>"""))
add("016", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("016", w), subject=SUBJ_A,
    pre=ses_auth("p", w, "016"),
    part=alt(T_016, H_016, "016", tcte="quoted-printable", hcte="quoted-printable"), crlf=True,
    kind="acknowledgement", case=CA,
    note="acknowledgement of the main case (15 digits), multipart QP CRLF; 'please do not open another case' and 'If you have anything to add, reply' are not asks")

w = dt("2025-06-10 08:02:19")
T_017 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/terraform-modules/pull/412#event-17720984153
You are receiving this because you authored the thread.

Message ID: <hoshizora-tech/terraform-modules/pull/412/issue_event/17720984153@github.com>
"""
H_017 = page("""<p><b>Merged</b> #412 into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-tech/terraform-modules/pull/412#event-17720984153">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
add("017", frm=addr("Ryo Yamada", "notifications@github.com"),
    to="hoshizora-tech/terraform-modules <terraform-modules@noreply.github.com>",
    cc=addr(ME_NAME, ME_C) + ", Author <author@noreply.github.com>", when=w,
    mid="<hoshizora-tech/terraform-modules/pull/412/issue_event/17720984153@github.com>",
    irt="<hoshizora-tech/terraform-modules/pull/412@github.com>",
    refs=["<hoshizora-tech/terraform-modules/pull/412@github.com>"],
    subject="Re: [hoshizora-tech/terraform-modules] Hand over cert-tracker Lambda to platform team (PR #412)",
    pre=generic_auth("c", w, "017", "github.com", "out-21.smtp.github.com", "192.30.252.204",
                     mailfrom="noreply@github.com"),
    extra=[("List-ID", "hoshizora-tech/terraform-modules <terraform-modules.hoshizora-tech.github.com>"),
           ("X-GitHub-Reason", "author")],
    part=alt(T_017, H_017, "017-gmail"), kind="unrelated",
    note="GitHub 'Merged' notification (the word merged, a Re: subject and a #number)")

w = dt("2025-06-11 00:34:19")
T_018 = F("""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせの件について、ケース <<CB>> を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: <<CB>>
件名: <<TC_SUBJ>>
重要度: 一般的なガイダンス
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

本日はどのようなサポートをお求めですか?:
退職に伴い、会社のメールアドレス(<<ME_C>>)で作成した認定アカウントを、個人のアカウント(<<ME_P>>)へ統合したいです。昨日も同じ内容で送信しましたが、確認メールが見当たらないため念のため再送します。

ケースへの回答は通常24時間以内にお送りしておりますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""")
add("018", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("018", w), subject=F("RE:[CASE <<CB>>] <<TC_SUBJ>>"),
    pre=ses_auth("c", w, "018"), part=leaf(T_018, cte="8bit"),
    kind="acknowledgement", case=CB,
    note="duplicate form submission: a second case, Japanese acknowledgement in UTF-8 8bit to the company address")

w = dt("2025-06-11 03:12:50")
T_019 = F("""Hello Kenta,

Thank you for reaching out to AWS Training and Certification, and congratulations on your next step.

I've read through your request. Some background on how a merge works on our side, because it explains what I'm missing: every certification account lives in our credentialing system (CertMetrics) as its own candidate record. The email you sign in with, the address we send training notifications to and the address we send certification notifications to can all be different, which is why a search by email alone sometimes finds more records, or fewer, than a customer expects. When we merge, we move exam history, active certifications, digital badges and any unused benefits such as exam discount vouchers from the source record to the destination record, and the source record is then deactivated. A merge cannot be undone, so we always make sure we are looking at exactly the right two records before we touch anything.

Searching for the two addresses in your request, I find a record for <<ME_P>> that was created on June 9 and has no exam history. I find nothing with <<ME_C>> as its login email. That usually means the company account signs in through the AWS Partner Network, or was created under a different address.

What would unblock this is the candidate ID of each of the two accounts. It begins with "AWS" followed by eight digits and is shown in the top-right corner after you sign in at https://www.aws.training/certification/ (you can also find it under Account, next to CERTMETRICS). Note that this is not the 12-digit AWS account ID you see in the AWS Management Console.

Once I have both, things can move quickly.

Kind regards,
Priya S.
AWS Training and Certification Support
""")
add("019", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("019", w), subject=SUBJ_A,
    irt=MIDS["016"], refs=[MIDS["016"]], pre=ses_auth("p", w, "019"),
    part=leaf(T_019, cte="quoted-printable"),
    kind="info_request", needs=True, case=CA,
    note="candidate-ID request buried after a long explanation, worded 'What would unblock this is...' with no please/could; the only 'Note that' is not the ask")

w = dt("2025-06-11 06:40:03")
T_020 = F("""Hello,

Thank you for contacting AWS Training and Certification.

This request is the same as case <<CA>>, which was opened yesterday from <<ME_P>> and which one of my colleagues is already working on. To keep everything in one place, all further updates about your account merge will be sent on that case.

I've marked this case (<<CB>>) as resolved. There is nothing you need to do on it.

Best regards,
Fatima
AWS Training and Certification
""")
add("020", frm=addr(TC_NAME, TC), to=ME_C, when=w, mid=mid_ses("020", w), subject=F("RE:[CASE <<CB>>] <<TC_SUBJ>>"),
    irt=MIDS["018"], refs=[MIDS["018"]], pre=ses_auth("c", w, "020"),
    part=leaf(T_020), crlf=True, kind="resolved", case=CB,
    note="duplicate case resolved; the body names the other case number first, the subject holds this one")

# ------------------------------------------------------------- console case
SUBJ_C = F("RE:[CASE <<CC>>] Change root user email address for account <<ACCT>>")
w = dt("2025-06-12 04:05:40")
T_021 = F("""Hello,

We have received your case <<CC>> and will respond as soon as possible. The details of your case are as follows:

Case ID: <<CC>>
Subject: Change root user email address for account <<ACCT>>
Severity: General guidance
Correspondence: My personal AWS account (<<ACCT>>) uses my company address <<ME_C>> as the root user email. That mailbox will be closed on June 30. The MFA device for the root user is my company smartphone, which I have to return, so I cannot sign in as root to change the address myself. I would like to change the root email to <<ME_P>>.

To view or update your case, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=<<CC>>&language=en

Thank you for contacting Amazon Web Services.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update your case, please use the link above.

""") + FOOT_AWS + "\n"
add("021", frm=addr("Amazon Web Services", CONSOLE), to=ME_C, when=w, mid=mid_ses("021", w),
    subject=F("Amazon Web Services: New Support case: <<CC>>"), pre=ses_auth("c", w, "021"),
    part=leaf(T_021), kind="acknowledgement", case=CC,
    note="Support Center 'New Support case' acknowledgement; contains a 12-digit account ID and 'To update your case, please use the link above' (not an ask)")

w = dt("2025-06-12 15:20:11", JST)
T_022 = """Kobayashi Aya updated ITOPS-2291
---------------------------------

退職者アカウント整理: 森岡 健太 (6/30)

Change By: Kobayashi Aya
Status: To Do -> In Progress
Assignee: Kenta Morioka

チェックリスト:
- [ ] IAM Identity Center ユーザーの無効化
- [ ] GitHub Organization から削除
- [ ] AWS Partner Central のユーザー削除(本人の認定アカウント移行が済んでから)
- [ ] Backlog / Slack のアカウント停止

移行が終わったらこのチケットにコメントしてください。

---------------------------------
View it: https://hoshizora-tech.atlassian.net/browse/ITOPS-2291
This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100286)
"""
add("022", frm=addr("Kobayashi Aya (Jira)", "jira@hoshizora-tech.atlassian.net"), to=ME_C, when=w,
    mid=mid_other("022", "Atlassian.JIRA"), subject="[JIRA] (ITOPS-2291) 退職者アカウント整理: 森岡 健太 (6/30)",
    pre=generic_auth("c", w, "022", "hoshizora-tech.atlassian.net", "mail-b.us-east-2.prod.atl-paas.net", "18.217.135.220",
                     mailfrom="bounce@e.atlassian.net"),
    part=leaf(T_022, cte="quoted-printable"), kind="unrelated",
    note="Jira notification (mixed Japanese/English, QP) about the same departure, with an instruction to comment")

w = dt("2025-06-13 01:14:27")
T_023 = F("""Hello,

Thank you for contacting AWS Support. My name is Tomas and I'll be helping you with this case.

For security reasons, we can only make changes to the root user of an account once the request has been verified as coming from the account owner. I can see that you opened this case while signed in as the IAM user "admin-kenta" in account <<ACCT>>. That is fine for opening a case, but it is not enough on its own for a root email change.

Normally the simplest route is to sign in as the root user and update the email under Account settings. Since your MFA device is not available, we will verify you through this case instead. For that we need you to confirm the following in your reply:

- the full billing address on the account
- the last four digits of the payment method on file
- the new email address you want to use for the root user

Once verified, I'll route the request to the team that can make the update.

""") + console_footer(CC).replace("======================================================\nTo contact us", "Best regards,\nTomas G.\nAmazon Web Services\n\n======================================================\nTo contact us", 1)
H_023 = page(p_html(T_023))
add("023", frm=addr("Amazon Web Services", CONSOLE), to=ME_C, when=w, mid=mid_ses("023", w), subject=SUBJ_C,
    pre=ses_auth("c", w, "023"),
    part=alt(T_023, H_023, "023", hcte="quoted-printable"), crlf=True,
    kind="info_request", needs=True, case=CC,
    note="console case asking for verification data, to be answered in the Support Center; the ask ('we need you to confirm') sits above a feedback footer and a 'cannot accept incoming e-mails' note")

w = dt("2025-06-13 10:52:08", JST)
T_024 = F("""Hello Tomas,

Thanks for the quick reply. I can't sign in as root because the MFA device is the company phone.

Billing address: 3-14-2 Kamiuma, Setagaya-ku, Tokyo 154-0011, Japan
Last four digits of the card: 4417
New root email: <<ME_P>>

Regards,
Kenta Morioka

________________________________
From: Amazon Web Services <<<CONSOLE>>>
Sent: Friday, June 13, 2025 10:14 AM
To: <<ME_C>>
Subject: <<SC>>

""", SC=SUBJ_C) + T_023
add("024", frm=addr(ME_NAME, ME_C), to=addr("Amazon Web Services", CONSOLE), when=w, mid=mid_outlook("024"),
    subject="RE: " + SUBJ_C, irt=MIDS["023"], refs=[MIDS["021"], MIDS["023"]],
    extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "")],
    part=alt(T_024, page(p_html(T_024), "font-family:Aptos,Calibri,sans-serif;font-size:12pt"), "024",
             tcte="quoted-printable", hcte="quoted-printable"), crlf=True,
    kind="user_reply", case=CC,
    note="wrong-address reply: the user answers the console case by email (Outlook quoting the request); it will bounce")

w = dt("2025-06-13 01:52:31")
T_025 = F("""Your message to <<CONSOLE>> couldn't be delivered.

no-reply-aws wasn't found at amazon.com.

k.morioka        Office 365        amazon.com
Action Required                     Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient is a mailbox that does not accept incoming mail, contact the recipient by other means.

More Info for Email Admins
Status code: 550 5.1.1

Remote server returned '550 5.1.1 <<<CONSOLE>>>: Recipient address rejected: This mailbox does not accept incoming mail'
""")
DS_025 = F("""Reporting-MTA: dns;TYCPR01MB8123.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYCPR01MB8123.jpnprd01.prod.outlook.com
Arrival-Date: Fri, 13 Jun 2025 01:52:08 +0000

Final-Recipient: rfc822;<<CONSOLE>>
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <<<CONSOLE>>>: Recipient address rejected: This mailbox does not accept incoming mail
Remote-MTA: dns;inbound-smtp.us-east-1.amazonaws.com
""")
HDR_025 = F("""From: Kenta Morioka <<<ME_C>>>
To: Amazon Web Services <<<CONSOLE>>>
Subject: RE: <<SC>>
Date: Fri, 13 Jun 2025 01:52:08 +0000
Message-ID: <<MID>>
""", SC=SUBJ_C, MID=MIDS["024"])
part_025 = multi("report", [leaf(T_025), raw_part("message/delivery-status", DS_025),
                            raw_part("text/rfc822-headers", HDR_025)], "025", params='; report-type=delivery-status')
add("025", frm=addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoshizora-tech.co.jp"),
    to=ME_C, when=w, mid=mid_outlook("025"), subject="Undeliverable: RE: " + SUBJ_C,
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    part=part_025, crlf=True, kind="unrelated",
    note="bounce (multipart/report) of the user's email to the console no-reply address; carries the case number in its subject but is not case mail")

w = dt("2025-06-13 07:18:45")
H_026 = page("""<table width="600" align="center" style="border:1px solid #e3e3e3"><tr><td style="background:#232f3e;padding:14px;color:#ff9900;font-size:20px;font-weight:bold">aws training &amp; certification</td></tr>
<tr><td style="padding:20px">
<p>Dear Certified Professional,</p>
<p>We received a request to merge the AWS Certification accounts registered to this email address. Before the merge can be processed, we must confirm that you are the owner of both accounts.</p>
<p><b>Please confirm ownership within 24 hours.</b> If we cannot verify you, your certifications and exam history may be suspended for security reasons.</p>
<p style="text-align:center"><a href="https://aws-certsupport.com/merge/verify?ref=00982713" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">Verify my accounts</a></p>
<p>Reference: Case #00982713</p>
<p>Regards,<br>AWS Training &amp; Certification Support Team</p>
</td></tr></table>""")
add("026", frm=addr("AWS Training & Certification", "support@aws-certsupport.com"), to=ME_P, when=w,
    mid=mid_other("026", "aws-certsupport.com"), subject="Action required: confirm ownership before your account merge",
    pre=generic_auth("p", w, "026", "aws-certsupport.com", "mail.aws-certsupport.com", "185.225.69.23",
                     mailfrom="support@aws-certsupport.com", policy="p=NONE sp=NONE dis=NONE"),
    part=leaf(H_026, "html", cte="quoted-printable"), kind="suspicious",
    note="lookalike domain aws-certsupport.com (passes its own DMARC) asking to confirm the merge; timing matches the real case")

w = dt("2025-06-14 03:00:12")
H_027 = page(F("""<p>Hello,</p>
<p>We are following up on your case. On June 11 we asked for some additional information so that we can continue with your request, but we have not received a response yet.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #d5dbdb;margin:12px 0">
<tr style="background:#f2f3f3"><th align="left">Case ID</th><th align="left">Status</th><th align="left">Last update</th></tr>
<tr><td><<CA>></td><td>Pending customer action</td><td>June 11, 2025</td></tr>
</table>
<p>If we don't hear from you within 3 business days, this case will be closed automatically. To keep it open, simply reply to this email with the requested details.</p>
<p>Thank you,<br>AWS Training and Certification</p>"""))
add("027", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("027", w), subject=SUBJ_A,
    irt=MIDS["019"], refs=[MIDS["016"], MIDS["019"]], pre=ses_auth("p", w, "027"),
    part=leaf(H_027, "html", cte="quoted-printable"),
    kind="closing_notice", needs=True, case=CA,
    note="HTML-only closing warning with a status table ('Pending customer action')")

w = dt("2025-06-16 01:30:55")
T_028 = F("""お客様

AWS サポートをご利用いただきありがとうございます。

2025年6月13日にお願いした本人確認のための情報について、サポートセンターでのご返信をまだ確認できておりません。

3日以内にご返信がない場合、本ケースは自動的に解決済みとなります。引き続きサポートが必要な場合は、下記のリンクから AWS サポートセンターにアクセスし、ケースにご返信ください。

よろしくお願いいたします。
Amazon Web Services

======================================================
このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=<<CC>>&language=ja

*このメールは送信専用のアドレスから送信されています。ご返信いただいても受信できません。ケースへの回答は上記リンクからサポートセンターで行ってください。
======================================================
""")
add("028", frm=addr("Amazon Web Services", CONSOLE), to=ME_C, when=w, mid=mid_ses("028", w), subject=SUBJ_C,
    irt=MIDS["023"], refs=[MIDS["021"], MIDS["023"]], pre=ses_auth("c", w, "028"),
    part=leaf(T_028, cte="base64"), crlf=True,
    kind="closing_notice", needs=True, case=CC,
    note="console closing notice in Japanese (base64): case will be auto-resolved; the reply must go through the Support Center, not email")

w = dt("2025-06-16 10:00:00")
H_029 = page("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Summit Japan 2025 オンデマンド配信のご案内</td></tr>
<tr><td style="padding:24px;font-size:14px">
<p>森岡 健太 様</p>
<p>先日の AWS Summit Japan 2025 にご登録いただき、誠にありがとうございました。</p>
<p>基調講演および 150 以上のセッションのオンデマンド配信を 7 月 11 日まで公開しております。見逃したセッションや、もう一度ご覧になりたいセッションをぜひご視聴ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none">オンデマンド配信を見る</a></p>
<p>アンケートにご回答いただいた方には、セッション資料の一括ダウンロードをご案内いたします。</p>
<p style="font-size:11px;color:#687078">本メールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>から設定してください。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""")
add("029", frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), to=ME_P, when=w,
    mid=mid_ses("029", w), subject="【AWS Summit Japan 2025】オンデマンド配信のご案内", pre=ses_auth("p", w, "029"),
    part=leaf(H_029, "html", cte="base64"), kind="unrelated",
    note="AWS marketing in Japanese (HTML-only base64) from an amazon.com sender; mentions a questionnaire")

w = dt("2025-06-17 00:02:33")
T_030 = F("""Hello,

Since we haven't received the information requested in our earlier message, your case <<CA>> has now been closed.

The case can still be reopened: reply to this email within the next 14 days with the candidate IDs of both certification accounts and we will pick up where we left off. After that, a new request will need to be submitted through the contact form.

Regards,
AWS Training and Certification
""")
add("030", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("030", w), subject=SUBJ_A,
    irt=MIDS["027"], refs=[MIDS["016"], MIDS["019"], MIDS["027"]], pre=ses_auth("p", w, "030"),
    part=leaf(T_030), kind="closing_notice", needs=True, case=CA,
    note="case has just been closed; a reply within 14 days reopens it (past tense, no 'will be closed')")

w = dt("2025-06-17 21:47:10", JST)
ATTR_030 = "On Tue, Jun 17, 2025 at 9:02 AM AWS Training and Certification <%s> wrote:" % TC
N_031 = F("""Hello,

Sorry for the slow reply, your earlier email went to a folder I don't check often.

Here are the candidate IDs:
- Personal account (<<ME_P>>): <<CAND_P>>
- Company account (<<ME_C>>): <<CAND_CO>>

The company account was originally set up through our AWS Partner Network login, which is probably why it didn't show up under my email address.

Please keep the personal account.

Best regards,
Kenta Morioka
""")
add("031", frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC), when=w, mid=mid_gmail("031"),
    subject="Re: " + SUBJ_A, irt=MIDS["030"], refs=[MIDS["016"], MIDS["019"], MIDS["027"], MIDS["030"]],
    part=alt(N_031 + "\n" + ATTR_030 + "\n" + q(T_030), gmail_html(N_031, ATTR_030, T_030), "031-gmail",
             tcte="quoted-printable", hcte="quoted-printable"),
    kind="user_reply", case=CA, cands=[CAND_P, CAND_CO],
    note="user's Gmail reply with both candidate IDs, above a quoted closing notice")

w = dt("2025-06-17 14:10:26")
T_032 = F("""Hello Kenta,

Thanks for getting back to us. I've reopened case <<CA>> and added both candidate IDs to it: <<CAND_P>> (personal) and <<CAND_CO>> (company).

Our certification operations team will now review the two records. This usually takes one to two business days, and we'll write to you as soon as they're done. No action is needed from you in the meantime.

Best,
Priya S.
AWS Training and Certification Support
""")
add("032", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("032", w), subject=SUBJ_A,
    irt=MIDS["031"], refs=[MIDS["016"], MIDS["030"], MIDS["031"]], pre=ses_auth("p", w, "032"),
    part=leaf(T_032), crlf=True, kind="case_update", case=CA, cands=[CAND_P, CAND_CO],
    note="case reopened and handed to another team; 'No action is needed'")

w = dt("2025-06-17 16:02:40")
T_033 = F("""Hello,

Thank you for providing the verification details in the Support Center.

The billing address and new email address have been added to the case, and I've passed your request to our account verification team, who handle root user changes. They have started working on it and will update this case directly; this normally takes up to two business days.

""") + console_footer(CC).replace("======================================================\nTo contact us", "Best regards,\nTomas G.\nAmazon Web Services\n\n======================================================\nTo contact us", 1)
add("033", frm=addr("Amazon Web Services", CONSOLE), to=ME_C, when=w, mid=mid_ses("033", w), subject=SUBJ_C,
    irt=MIDS["028"], refs=[MIDS["021"], MIDS["023"], MIDS["028"]], pre=ses_auth("c", w, "033"),
    part=leaf(T_033), crlf=True, kind="case_update", case=CC,
    note="console progress note with the feedback footer and 'please follow the link above to respond' boilerplate; asks nothing")

w = dt("2025-06-18 00:15:09")
T_034 = """Dear Kenta Morioka,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, July 5, 2025, 10:00 AM Japan Standard Time
Delivery: Online proctored (OnVUE)
Registration ID: 418203957
Language: English
Order total: USD 300.00

Before exam day, run the system test on the computer you will use, and check in up to 30 minutes before your appointment time. You will need a valid, unexpired government-issued ID that matches the name on your profile.

To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
add("034", frm=addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=ME_P, when=w,
    mid=mid_other("034", "pearson.com"), subject="Pearson VUE Confirmation of Exam Appointment",
    pre=generic_auth("p", w, "034", "pearson.com", "mx0b-0016b501.pphosted.com", "148.163.150.140",
                     mailfrom="PearsonVUEConfirmation@pearson.com"),
    part=alt(T_034, page(p_html(T_034)), "034"), kind="unrelated",
    note="exam-vendor confirmation; the 9-digit registration ID is not a case number")

w = dt("2025-06-18 02:40:16")
T_035 = F("""Hi Kenta,

I'm Marco from the certification operations team, and I've picked up your case from Priya.

I've looked at both records. Your personal account (<<CAND_P>>) is straightforward. Your company account (<<CAND_CO>>), however, is linked to an AWS Partner Network organization: Hoshizora Technologies K.K. Certifications held on a partner-linked account count toward that partner's program requirements, so we don't move them away from the partner without first making sure the person has left the organization, or is about to.

For that reason I've put the merge on hold for now.

Are you still employed by Hoshizora Technologies, and if you are leaving, what is your last working day? With that, I can ask the partner team to release the account.

Thanks,
Marco R.
AWS Training and Certification | Certification Operations
""")
add("035", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("035", w), subject=SUBJ_A,
    irt=MIDS["032"], refs=[MIDS["016"], MIDS["031"], MIDS["032"]], pre=ses_auth("p", w, "035"),
    part=leaf(T_035), kind="on_hold", needs=True, case=CA, cands=[CAND_P, CAND_CO],
    note="APN partner hold that asks a bare question about employment and last working day")

w = dt("2025-06-18 12:58:03", JST)
ATTR_035 = "On Wed, Jun 18, 2025 at 11:40 AM AWS Training and Certification <%s> wrote:" % TC
N_036 = F("""Hi Marco,

Yes, I'm still with Hoshizora Technologies until June 30, 2025, which is my last working day. My company address (<<ME_C>>) will be deactivated that evening, so I'd like to finish the merge before then if at all possible.

I've copied Sato-san, our AWS partner alliance lead, in case the partner team needs confirmation from the company side.

Thanks,
Kenta
""")
add("036", frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC), cc=addr("Sato Megumi", "sato.m@hoshizora-tech.co.jp"),
    when=w, mid=mid_gmail("036"), subject="Re: " + SUBJ_A, irt=MIDS["035"],
    refs=[MIDS["016"], MIDS["031"], MIDS["032"], MIDS["035"]],
    part=alt(N_036 + "\n" + ATTR_035 + "\n" + q(T_035), gmail_html(N_036, ATTR_035, T_035), "036-gmail"),
    kind="user_reply", case=CA,
    note="user answers the hold, cc a colleague; candidate IDs appear only in the quoted history")

w = dt("2025-06-18 12:58:41", JST)
T_037 = """お疲れさまです。佐藤です。

6月18日(水)から6月20日(金)まで出張のため不在にしております。
期間中はメールを確認できる範囲で対応いたしますが、ご返信が遅れる場合がございます。
お急ぎの場合は、アライアンス推進室(alliance@hoshizora-tech.co.jp)までご連絡ください。

佐藤 恵
株式会社ホシゾラテクノロジーズ アライアンス推進室
"""
add("037", frm=addr("佐藤 恵", "sato.m@hoshizora-tech.co.jp", "iso-2022-jp"), to=addr(ME_NAME, ME_P), when=w,
    mid=mid_outlook("037"), subject="自動応答: Re: " + SUBJ_A, charset="iso-2022-jp",
    irt=MIDS["036"], refs=[MIDS["036"]],
    pre=generic_auth("p", w, "037", "hoshizora-tech.co.jp", "mail-tycjpn01on2101.outbound.protection.outlook.com",
                     "40.107.114.101", mailfrom="sato.m@hoshizora-tech.co.jp", policy="p=NONE sp=NONE dis=NONE"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    part=leaf(T_037, charset="ISO-2022-JP", cte="7bit"), crlf=True, kind="unrelated",
    note="Japanese out-of-office auto-reply whose subject carries the case tag and threads to the user's mail")

w = dt("2025-06-18 06:10:37")
T_038 = F("""Hello,

This is Hye-jin from the AWS account verification team, following up on the information you provided in the Support Center.

The billing address matches our records. The last four digits you gave (4417), however, don't match any payment method on account <<ACCT>>. It's possible the card was replaced, or that the account is billed to a different card than you expected.

Can you check the card currently listed under Payment preferences and send us its last four digits? If that's not possible, the amount and date of the most recent charge on the account will work as well.

Remember that replies to this case have to be made in the Support Center; email replies are not received.

""") + console_footer(CC).replace("======================================================\nTo contact us", "Kind regards,\nHye-jin K.\nAmazon Web Services\n\n======================================================\nTo contact us", 1)
add("038", frm=addr("Amazon Web Services", CONSOLE), to=ME_C, when=w, mid=mid_ses("038", w), subject=SUBJ_C,
    irt=MIDS["033"], refs=[MIDS["021"], MIDS["023"], MIDS["033"]], pre=ses_auth("c", w, "038"),
    part=alt(T_038, page(p_html(T_038)), "038", hcte="quoted-printable"),
    kind="info_request", needs=True, case=CC,
    note="second console ask from a different team after a progress mail; question form 'Can you check...', reply in the Support Center")

w = dt("2025-06-19 01:05:52")
T_039 = F("""Hi Kenta,

Thank you, that's exactly what I needed.

I've sent a release request to the AWS Partner Network team for <<CAND_CO>>, together with your last working day (June 30). They will check with the partner administrators at Hoshizora Technologies and let us know. Until they answer, the case stays on hold; this normally takes three to five business days.

There's nothing you need to send us in the meantime. I'll write again as soon as the partner team comes back to me.

Thanks,
Marco R.
AWS Training and Certification | Certification Operations
""")
H_039 = page(F("""<div>Hi Kenta,</div><div><br></div>
<div>Thank you, that's exactly what I needed.</div><div><br></div>
<div>I've sent a release request to the AWS Partner Network team for <b><<CAND_CO>></b>, together with your last working day (June 30). They will check with the partner administrators at Hoshizora Technologies and let us know. Until they answer, the case stays <b>on hold</b>; this normally takes three to five business days.</div><div><br></div>
<div>There's nothing you need to send us in the meantime. I'll write again as soon as the partner team comes back to me.</div><div><br></div>
<div>Thanks,<br>Marco R.<br><span style="color:#687078">AWS Training and Certification | Certification Operations</span></div>"""))
add("039", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("039", w), subject=SUBJ_A,
    irt=MIDS["036"], refs=[MIDS["016"], MIDS["035"], MIDS["036"]], pre=ses_auth("p", w, "039"),
    part=alt(T_039, H_039, "039", hcte="base64"),
    kind="on_hold", case=CA, cands=[CAND_CO],
    note="hold that asks nothing ('nothing you need to send us'); HTML part base64")

w = dt("2025-06-19 04:31:18")
T_040 = F("""Hello,

Good news: the root user email address for account <<ACCT>> has been changed to <<ME_P>>.

You can now sign in as the root user with the new address and your existing password. Because the old MFA device is no longer available to you, we have removed it; we strongly recommend registering a new MFA device right after you sign in.

As the request is complete, I'm marking this case as resolved. If anything else comes up, you can reopen it from the Support Center within 14 days.

""") + console_footer(CC).replace("======================================================\nTo contact us", "Best regards,\nHye-jin K.\nAmazon Web Services\n\n======================================================\nTo contact us", 1)
add("040", frm=addr("Amazon Web Services", CONSOLE), to=ME_P, when=w, mid=mid_ses("040", w), subject=SUBJ_C,
    irt=MIDS["038"], refs=[MIDS["021"], MIDS["023"], MIDS["038"]], pre=ses_auth("p", w, "040"),
    part=leaf(T_040), kind="resolved", case=CC,
    note="console case resolved, now delivered to the personal address; a recommendation to act plus feedback footer and 'respond from your AWS Support Center' boilerplate")

w = dt("2025-06-19 08:00:44")
T_041 = """Hello Kenta,

Your case 00981234 "Credits not applied after contract renewal" has been closed because we haven't received a response in the last 7 days.

If you still need help with this issue, reply to this email and the case will be reopened automatically. Otherwise, no further action is needed.

How did we do? Rate your support experience: https://community.snowflake.com/s/case-survey?c=00981234

Thank you,
Snowflake Support
"""
add("041", frm=addr("Snowflake Support", "support@snowflake.com"), to=ME_C, when=w,
    mid=mid_other("041", "snowflake.com"), subject="[Snowflake] Case 00981234: Case Closed",
    pre=generic_auth("c", w, "041", "snowflake.com", "mail-sor-f69.salesforce.com", "136.147.176.69",
                     mailfrom="support@snowflake.com"),
    part=leaf(T_041), kind="unrelated",
    note="another vendor's 'case closed, reply to reopen' mail: same shape as an AWS closing notice")

w = dt("2025-06-20 04:30:09")
H_042 = page(F("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="padding:16px;background:#232f3e"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" height="28" alt="AWS"></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your AWS Support case <b><<CC>></b> (Change root user email address for account <<ACCT>>) was recently resolved.</p>
<p>How would you rate your overall experience with AWS Support on this case?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?caseId=<<CC>>&rating=5">Very satisfied</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?caseId=<<CC>>&rating=4">Satisfied</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?caseId=<<CC>>&rating=3">Neutral</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?caseId=<<CC>>&rating=2">Dissatisfied</a> &middot;
<a href="https://console.aws.amazon.com/support/feedback?caseId=<<CC>>&rating=1">Very dissatisfied</a></p>
<p>Your feedback helps us improve. Thank you for choosing AWS.</p>
<p style="font-size:11px;color:#687078">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</td></tr></table>"""))
add("042", frm=addr("Amazon Web Services", CONSOLE), to=ME_P, when=w, mid=mid_ses("042", w),
    subject="How was your experience with AWS Support?", pre=ses_auth("p", w, "042"),
    part=leaf(H_042, "html", cte="quoted-printable"), kind="survey", case=CC,
    note="console satisfaction survey; case number only in the body")

w = dt("2025-06-20 17:30:00", JST)
T_043 = """森岡さん

情報システム部の中村です。
ご退職に伴うアカウント停止の予定をお知らせします。

・メールボックス(k.morioka@hoshizora-tech.co.jp): 6月30日(月) 18:00 停止
・SSO / IAM Identity Center: 6月30日(月) 18:00 無効化
・退職後のメール転送は行いません

外部サービス(AWS 認定、Credly、各種 SaaS など)に会社のアドレスを登録している場合は、停止日までに各自で変更を済ませてください。停止後に届いたメールは、送信者へエラーとして返送されます。

ご不明な点がございましたら、本メールにご返信ください。

情報システム部 中村
"""
add("043", frm=addr("情報システム部 中村", "it-support@hoshizora-tech.co.jp"), to=addr(ME_NAME_JA, ME_C),
    when=w, mid=mid_outlook("043"), subject="【情報システム部】退職に伴うアカウント停止日のご案内",
    part=leaf(T_043, cte="quoted-printable"), crlf=True, kind="unrelated",
    note="internal IT notice (UTF-8 QP, CRLF) about the company mailbox closing; instructions plus a conditional reply invitation")

w = dt("2025-06-20 11:05:27")
T_044 = """Hello,

We are about to complete the merge of your AWS Certification accounts.

To protect your certification records, we need to verify your identity one last time before the merge is finalised. Please sign in through the secure link below within 24 hours:

https://aws-training-verify.co/signin?case=174961877300215

If we do not receive your verification, the source account and its exam history will be permanently deleted.

Sincerely,
AWS Training and Certification
"""
add("044", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid="<%s@mail-relay.aws-training-verify.co>" % h("044", 20),
    subject="RE:[CASE 174961877300215] " + TC_SUBJ,
    pre=[recv_gmail("vps-2291.hostkey.net", "185.234.72.19", w, "044"),
         ar_gmail("amazon.com", [("amazon.com", "fail")], spf="fail", mailfrom=TC, ip="185.234.72.19",
                  dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", seed="044")],
    part=alt(T_044, page(p_html(T_044)), "044"), kind="suspicious",
    note="exact genuine From address and subject format but DKIM, SPF and DMARC fail; a 15-digit 'case' that does not exist; asks to act within 24 hours")

w = dt("2025-06-23 02:00:31")
N_045 = F("""Hi Kenta,

A quick note so you aren't left wondering: the partner team hasn't come back to me yet. I nudged them again this morning and flagged your June 30 date. The case stays on hold until they answer. Nothing is needed from your side.

Marco
""")
T_045 = N_045 + F("""
-----Original Message-----
From: AWS Training and Certification <<<TC>>>
Sent: Thursday, June 19, 2025 1:05 AM
To: <<ME_P>>
Subject: <<SA>>

""", SA=SUBJ_A) + T_039 + F("""
-----Original Message-----
From: Kenta Morioka <<<ME_P>>>
Sent: Wednesday, June 18, 2025 3:58 AM
To: AWS Training and Certification <<<TC>>>
Cc: Sato Megumi <sato.m@hoshizora-tech.co.jp>
Subject: Re: <<SA>>

""", SA=SUBJ_A) + N_036 + F("""
-----Original Message-----
From: AWS Training and Certification <<<TC>>>
Sent: Wednesday, June 18, 2025 2:40 AM
To: <<ME_P>>
Subject: <<SA>>

""", SA=SUBJ_A) + T_035
add("045", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("045", w), subject=SUBJ_A,
    irt=MIDS["039"], refs=[MIDS["016"], MIDS["035"], MIDS["036"], MIDS["039"]], pre=ses_auth("p", w, "045"),
    part=leaf(T_045, cte="quoted-printable"), kind="on_hold", case=CA,
    note="short top-posted 'still on hold' note over a long '-----Original Message-----' history that contains the earlier question")

w = dt("2025-06-23 05:12:40")
H_046 = page("""<div style="max-width:600px;margin:auto">
<h2>Thanks for your purchase</h2>
<p>Hi Kenta,</p>
<p>This is your receipt for AWS Skill Builder.</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%">
<tr style="border-bottom:1px solid #ddd"><td>Individual subscription (monthly)</td><td align="right">USD 29.00</td></tr>
<tr style="border-bottom:1px solid #ddd"><td>Tax</td><td align="right">USD 2.90</td></tr>
<tr><td><b>Total charged</b></td><td align="right"><b>USD 31.90</b></td></tr>
</table>
<p>Order number: SB-8817-2250<br>Billing date: June 23, 2025<br>Payment: Visa ending 8021</p>
<p>Your subscription renews automatically every month. You can cancel any time from <a href="https://skillbuilder.aws/subscription">your subscription settings</a>.</p>
<p>Questions about your order? Contact us through the AWS Skill Builder help page.</p>
</div>""")
add("046", frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P, when=w, mid=mid_ses("046", w),
    subject="Your AWS Skill Builder receipt", pre=ses_auth("p", w, "046", "aws.training"),
    part=leaf(H_046, "html", cte="quoted-printable"), kind="unrelated",
    note="Skill Builder receipt with an HTML table (training platform, not a case)")

w = dt("2025-06-23 09:00:18")
T_047 = """森岡 健太 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウントについて、アカウント統合のお申し込みを受け付けました。統合を完了するためには、ご本人様確認が必要です。

下記のリンクより 48 時間以内にサインインし、登録情報をご確認ください。期限内にご確認いただけない場合、保有されている認定資格は失効となります。

https://aws-training-jp.com/certification/verify?id=2025062300817

※本メールは送信専用アドレスから送信しております。

AWS トレーニングと認定 事務局
"""
add("047", frm=addr("AWS トレーニングと認定", "no-reply@aws-training-jp.com"), to=addr(ME_NAME_JA, ME_C), when=w,
    mid=mid_other("047", "aws-training-jp.com"), subject="【重要】AWS 認定アカウント統合に関するご本人様確認のお願い",
    pre=generic_auth("c", w, "047", "aws-training-jp.com", "smtp.aws-training-jp.com", "45.137.21.88",
                     mailfrom="no-reply@aws-training-jp.com", dkim=[("none", "none")], dmarc="none",
                     compauth="softpass reason=201"),
    part=leaf(T_047, charset="Shift_JIS", cte="base64"), crlf=True, kind="suspicious",
    note="Japanese phishing from lookalike aws-training-jp.com (Shift_JIS base64), keigo request with a deadline")

w = dt("2025-06-24 01:10:05")
T_048 = F("""Hello Kenta,

I'm Wesley, and I'll be taking your case through to the end.

The AWS Partner Network team has confirmed that Hoshizora Technologies K.K. has released your certification account (<<CAND_CO>>), so the hold on your case is lifted.

I'm preparing the merge now and will send you a summary of both accounts shortly, so that you can confirm the direction before anything is moved.

Best regards,
Wesley
AWS Training and Certification
""")
add("048", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("048", w), subject=SUBJ_A,
    irt=MIDS["045"], refs=[MIDS["016"], MIDS["039"], MIDS["045"]], pre=ses_auth("p", w, "048"),
    part=leaf(T_048), kind="case_update", case=CA, cands=[CAND_CO],
    note="hold lifted; announces a future confirmation request ('so that you can confirm') without asking now")

w = dt("2025-06-24 05:30:47")
H_049 = page(F("""<p>Hello Kenta,</p>
<p>As promised, here is what I found. Please look through both columns carefully.</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td><b>Candidate ID</b></td><td><<CAND_P>></td><td><<CAND_CO>></td></tr>
<tr><td><b>Login email</b></td><td><<ME_P>></td><td><<ME_C>></td></tr>
<tr><td><b>Training notification email</b></td><td><<ME_P>></td><td><<ME_C>></td></tr>
<tr><td><b>Certification notification email</b></td><td><<ME_P>></td><td><<ME_C>></td></tr>
<tr><td><b>Active certifications</b></td><td>none</td><td>AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate</td></tr>
<tr><td><b>Benefits</b></td><td>none</td><td>50% exam discount voucher</td></tr>
<tr><td><b>Partner link</b></td><td>none</td><td>released (Hoshizora Technologies K.K.)</td></tr>
</table>
<p>My plan is to merge Account #2 into Account #1, so that everything ends up under your personal address and Account #2 is closed.</p>
<p>Is that right, or would you rather keep Account #2?</p>
<p>As soon as I have your answer I'll complete the merge.</p>
<p>Best regards,<br>Wesley<br>AWS Training and Certification</p>"""))
add("049", frm=addr(TC_NAME, TC), to=ME_P, cc=ME_C, when=w, mid=mid_ses("049", w), subject=SUBJ_A,
    irt=MIDS["048"], refs=[MIDS["016"], MIDS["045"], MIDS["048"]], pre=ses_auth("c", w, "049"),
    part=leaf(H_049, "html", cte="quoted-printable"), crlf=True,
    kind="confirmation_request", needs=True, case=CA, cands=[CAND_P, CAND_CO],
    note="HTML-only confirmation request with an Account #1/#2 table, copy received in the company mailbox (Cc); the ask is a bare question 'Is that right...?'")

w = dt("2025-06-25 10:15:00", JST)
T_050 = """森岡さん

お疲れさまです。山田です。

森岡さんの送別会ですが、候補日を以下の2つで考えています。

・6月26日(木) 19:00〜 新橋
・6月27日(金) 19:00〜 浜松町

ご都合のよい日を今日中に教えてもらえますか。お店の予約をしておきます。
苦手な食べ物などあれば、あわせて返信ください。

山田
"""
add("050", frm=addr("山田 亮", "yamada.r@hoshizora-tech.co.jp", "iso-2022-jp"), to=addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
    when=w, mid=mid_outlook("050"), subject="送別会の日程について", charset="iso-2022-jp",
    part=leaf(T_050, charset="Shift_JIS", cte="8bit"), crlf=True, kind="unrelated",
    note="colleague's Japanese mail in Shift_JIS 8bit with a direct question and 返信ください; not support")

T_049_TXT = F("""Hello Kenta,

As promised, here is what I found. Please look through both columns carefully.

                                   Account #1                 Account #2
Candidate ID                       <<CAND_P>>                <<CAND_CO>>
Login email                        <<ME_P>>    <<ME_C>>
Training notification email        <<ME_P>>    <<ME_C>>
Certification notification email   <<ME_P>>    <<ME_C>>
Active certifications              none                       SAA, DVA
Benefits                           none                       50% exam discount voucher

My plan is to merge Account #2 into Account #1, so that everything ends up under your personal address and Account #2 is closed.

Is that right, or would you rather keep Account #2?

As soon as I have your answer I'll complete the merge.

Best regards,
Wesley
AWS Training and Certification
""")

w = dt("2025-06-26 00:15:22")
N_051 = """Hi Kenta,

Just bumping this up in case it got buried. Wesley is out today and I'm covering his queue. Everything is ready on our side; the only thing we're still waiting for is your OK on the direction below (Account #2 into Account #1).

Thanks,
Nadia
AWS Training and Certification
"""
ATTR_049 = "On Tue, Jun 24, 2025 at 5:30 AM, AWS Training and Certification <%s> wrote:" % TC
T_051 = N_051 + "\n" + ATTR_049 + "\n" + q(T_049_TXT)
add("051", frm=addr(TC_NAME, TC), to=ME_P, cc=ME_C, when=w, mid=mid_ses("051", w), subject=SUBJ_A,
    irt=MIDS["049"], refs=[MIDS["016"], MIDS["048"], MIDS["049"]], pre=ses_auth("p", w, "051"),
    part=alt(T_051, page(p_html(N_051) + "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" +
                         p_html(T_049_TXT) + "</blockquote>"), "051", hcte="quoted-printable"),
    kind="confirmation_request", needs=True, case=CA,
    note="follow-up by a covering agent, top-posted over the quoted table; the ask is 'the only thing we're still waiting for is your OK'; IDs only in the quote")

w = dt("2025-06-26 10:03:44", JST)
N_052 = F("""Hi Nadia,

Yes, that's right. Please merge Account #2 into Account #1 (<<ME_P>>).

Regards,
Kenta Morioka
Cloud Promotion Dept., Hoshizora Technologies K.K.
""")
T_052 = N_052 + F("""
________________________________
From: AWS Training and Certification <<<TC>>>
Sent: Thursday, June 26, 2025 9:15 AM
To: <<ME_P>>
Cc: <<ME_C>>
Subject: <<SA>>

""", SA=SUBJ_A) + T_051
add("052", frm=addr(ME_NAME, ME_C), to=addr(TC_NAME, TC), when=w, mid=mid_outlook("052"),
    subject=F("RE: [CASE <<CA>>] <<TC_SUBJ>>"), irt=MIDS["051"], refs=[MIDS["016"], MIDS["049"], MIDS["051"]],
    extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "")],
    part=alt(T_052, page(p_html(T_052), "font-family:Aptos,Calibri,sans-serif;font-size:12pt"), "052",
             tcte="quoted-printable", hcte="quoted-printable"), crlf=True,
    kind="user_reply", case=CA,
    note="user confirms from the OLD company address via Outlook ('RE: [CASE' with a space); the support wants it from the other address")

w = dt("2025-06-26 02:20:05")
T_053 = F("""Hello Kenta,

Thank you for the quick answer. One snag: it came from <<ME_C>>, which is the login of the account that will be closed by the merge. To protect your records we only accept the go-ahead from the email address of the account that is being kept.

We need the same confirmation sent from <<ME_P>>. Replying to this message from that mailbox is enough, and the merge will go through as soon as it arrives.

Regards,
Jorge M.
AWS Training and Certification
""")
add("053", frm=addr(TC_NAME, TC), to=ME_C, cc=ME_P, when=w, mid=mid_ses("053", w), subject=SUBJ_A,
    irt=MIDS["052"], refs=[MIDS["016"], MIDS["051"], MIDS["052"]], pre=ses_auth("p", w, "053"),
    part=leaf(T_053), kind="info_request", needs=True, case=CA,
    note="wrong-address reply: write again from the destination address; 'We need ... sent from', no please")

w = dt("2025-06-26 12:31:19", JST)
N_054 = """Confirmed. Please merge to Account #1.

Kenta Morioka
"""
ATTR_053 = "On Thu, Jun 26, 2025 at 11:20 AM AWS Training and Certification <%s> wrote:" % TC
add("054", frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC), when=w, mid=mid_gmail("054"), subject="Re: " + SUBJ_A,
    irt=MIDS["053"], refs=[MIDS["016"], MIDS["051"], MIDS["052"], MIDS["053"]],
    part=alt(N_054 + "\n" + ATTR_053 + "\n" + q(T_053), gmail_html(N_054, ATTR_053, T_053), "054-gmail"),
    kind="user_reply", case=CA,
    note="the classic 'Confirmed. Please merge to Account #1' from the personal address (contains 'Please' but is the user)")

w = dt("2025-06-26 04:05:48")
T_055 = F("""Hello Kenta,

I have successfully merged all accounts. Everything from your former company account is now under Account #1 (<<CAND_P>>, <<ME_P>>): exam history, both active certifications and the 50% exam discount voucher.

It can take up to 24 hours for your badges to show up on Credly, and a few days for partner profiles to update.

No further action is required.

Best regards,
Wesley
AWS Training and Certification

--- Original message ---
""") + q(T_049_TXT)
add("055", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("055", w),
    subject="Your AWS Certification accounts have been merged",
    irt=MIDS["054"], refs=[MIDS["016"], MIDS["049"], MIDS["053"], MIDS["054"]], pre=ses_auth("p", w, "055"),
    part=leaf(T_055), kind="resolved", case=CA, cands=[CAND_P],
    note="completion with NO case number in subject or body (threads only by In-Reply-To/References); quotes the old 'Is that right...?' request")


def credly(key, when, badge, uuid, b64=False, box="p"):
    t = """Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you a new badge:

%s

Accept your badge to share it on LinkedIn, add it to your email signature, and let employers verify your achievement in one click.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Park Ave, New York, NY 10016
You are receiving this email because an organization issued you a badge on Credly.
""" % (badge, uuid)
    hh = page("""<table width="600" align="center"><tr><td style="padding:24px;text-align:center">
<h2>Congratulations, Kenta!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>%s</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#f46f25;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 2 Park Ave, New York, NY 10016</p></td></tr></table>""" % (html.escape(badge), uuid))
    cte = "base64" if b64 else "quoted-printable"
    add(key, frm=addr("Credly", "admin@credly.com"), to=ME_P, when=when, mid=mid_other(key, "credly.com"),
        subject="You've earned a new badge from Amazon Web Services Training and Certification",
        pre=generic_auth(box, when, key, "credly.com", "o1.ptr2613.credly.com", "149.72.34.181",
                         mailfrom="bounces+18210@em.credly.com"),
        part=alt(t, hh, key, tcte=cte, hcte=cte), kind="badge",
        note="Credly badge mail%s" % (" (base64)" if b64 else ""))


credly("056", dt("2025-06-26 04:20:11"), "AWS Certified Solutions Architect - Associate",
       "9b2d41e7-0c6a-4f83-a1d5-77e3c0b9f214")
credly("057", dt("2025-06-26 04:21:02"), "AWS Certified Developer - Associate",
       "c47a1f09-58e2-4b6d-9e3a-2f0d8b61c5a7", b64=True)
MESSAGES[-1]["note"] = "second Credly badge right after the merge, base64 multipart"

w = dt("2025-06-27 01:00:33")
H_058 = page(F("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi Kenta,</p>
<p>Thanks for contacting AWS Training and Certification Support about case <b><<CA>></b>. We'd love to hear how it went.</p>
<p><b>How likely are you to recommend our support to a colleague?</b></p>
<p>0 &middot; 1 &middot; 2 &middot; 3 &middot; 4 &middot; 5 &middot; 6 &middot; 7 &middot; 8 &middot; 9 &middot; 10</p>
<p><a href="https://survey.aws.training/s/<<H>>">Take the 2-minute survey</a></p>
<p>Please don't reply to this email. If you need more help with your case, reply to the last message you received from our team.</p>
</td></tr></table>""", H=h("058", 10)))
add("058", frm=addr(TC_NAME, "aws-tc-feedback@amazon.com"), to=ME_P, when=w, mid=mid_ses("058", w),
    subject="Kenta, how did we do?", pre=ses_auth("p", w, "058"),
    part=leaf(H_058, "html", cte="quoted-printable"), kind="survey", case=CA,
    note="NPS-style survey for the merge case; tells the reader how to get more help (conditional)")

w = dt("2025-06-27 17:45:10", JST)
N_059 = """自分用に転送(2021年の割引バウチャーの件)。会社のメールが来週で使えなくなるので念のため。

"""
T_059 = N_059 + F("""________________________________
差出人: AWS Training and Certification <<<TC>>>
送信日時: 2021年9月9日 3:12
宛先: <<ME_C>>
件名: RE:[CASE <<C10>>] [AWS Training and Certification Form Submission] - exam-assistance

""") + T_002
add("059", frm=addr(ME_NAME_JA, ME_C), to=ME_P, when=w, mid=mid_outlook("059"),
    subject=F("FW: RE:[CASE <<C10>>] [AWS Training and Certification Form Submission] - exam-assistance"),
    pre=generic_auth("p", w, "059", "hoshizora-tech.co.jp", "mail-tycjpn01on2101.outbound.protection.outlook.com",
                     "40.107.114.101", mailfrom=ME_C, policy="p=NONE sp=NONE dis=NONE"),
    extra=[("Content-Language", "ja-JP")],
    part=alt(T_059, page(p_html(T_059)), "059", tcte="base64", hcte="base64"), crlf=True,
    kind="user_reply", case=C10,
    note="the user forwards an old (2021, 10-digit) resolved mail from the company mailbox to the personal one; Japanese Outlook forward header, base64")

w = dt("2025-06-28 03:14:55")
T_060 = """Merged #7 into main.

@kmorioka thanks for switching the commit identity, merged.

--
Reply to this email directly, view it on GitHub:
https://github.com/kmorioka/dotfiles/pull/7#event-17804412938
You are receiving this because you authored the thread.
"""
add("060", frm=addr("tkhr", "notifications@github.com"), to="kmorioka/dotfiles <dotfiles@noreply.github.com>",
    cc=addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>", when=w,
    mid="<kmorioka/dotfiles/pull/7/issue_event/17804412938@github.com>",
    irt="<kmorioka/dotfiles/pull/7@github.com>", refs=["<kmorioka/dotfiles/pull/7@github.com>"],
    subject="Re: [kmorioka/dotfiles] Use personal email for git commits (PR #7)",
    pre=generic_auth("p", w, "060", "github.com", "out-26.smtp.github.com", "192.30.252.209", mailfrom="noreply@github.com"),
    part=alt(T_060, page(p_html(T_060)), "060-gmail"), kind="unrelated",
    note="GitHub PR 'merged' notification to the personal address")

w = dt("2025-06-28 09:40:02")
H_061 = page("""<table width="600" align="center" style="font-family:Arial"><tr><td style="padding:24px">
<img src="https://credly-badges.net/assets/logo.png" alt="Credly" height="32">
<h2>Your AWS badges are waiting</h2>
<p>Hi there,</p>
<p>Amazon Web Services Training and Certification issued you 3 badges that have not been claimed. Unclaimed badges expire after 30 days and cannot be reissued.</p>
<p><a href="https://credly-badges.net/claim?u=k.morioka" style="background:#f46f25;color:#fff;padding:12px 24px;text-decoration:none">Claim my badges</a></p>
<p>Sign in with your AWS Builder ID to continue.</p>
</td></tr></table>""")
add("061", frm=addr("Credly", "admin@credly-badges.net"), to=ME_P, when=w, mid=mid_other("061", "credly-badges.net"),
    subject="Action needed: claim your AWS badges before they expire",
    pre=generic_auth("p", w, "061", "credly-badges.net", "mta3.credly-badges.net", "91.92.241.17",
                     mailfrom="admin@credly-badges.net", dkim=[], dmarc="none", spf="pass",
                     policy="p=NONE sp=NONE dis=NONE"),
    part=leaf(H_061, "html"), kind="suspicious",
    note="Credly lookalike domain credly-badges.net right after real badge mails; asks for the Builder ID sign-in")

w = dt("2025-06-30 10:00:00", JST)
T_062 = """森岡 健太 様

株式会社クモワークス 人事部の石井です。
7月1日のご入社を社員一同お待ちしております。

初日の集合場所と時間は以下のとおりです。
・日時: 7月1日(火) 9:30
・場所: 本社 8階 受付(東京都千代田区神田錦町 2-2-1)

あわせて、以下の書類を初日にお持ちください。
・年金手帳(または基礎年金番号通知書)のコピー
・給与振込口座の情報
・保有資格の証明書(AWS 認定資格をお持ちの場合は認定証の PDF)

ご不明な点がありましたら、このメールにご返信ください。

株式会社クモワークス 人事部 石井
"""
add("062", frm=addr("クモワークス 人事部", "hr@kumo-works.jp"), to=addr(ME_NAME_JA, ME_P), when=w,
    mid=mid_other("062", "kumo-works.jp"), subject="【入社のご案内】7月1日のご入社にあたって",
    pre=generic_auth("p", w, "062", "kumo-works.jp", "mail-sor-f41.google.com", "209.85.220.41",
                     mailfrom="hr@kumo-works.jp", policy="p=NONE sp=NONE dis=NONE"),
    part=alt(T_062, page(p_html(T_062)), "062", tcte="quoted-printable", hcte="quoted-printable"),
    kind="unrelated",
    note="new employer's Japanese onboarding mail (UTF-8 QP) that mentions AWS certificates and asks for documents")

w = dt("2025-07-01 02:12:30")
T_063 = """森岡 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文いただいた商品を発送しました。

注文番号: 250-4918273-1170642
お届け予定: 7月2日(水)
配送業者: ヤマト運輸
お問い合わせ伝票番号: 4820-1177-3093

発送した商品:
  AWS認定ソリューションアーキテクト-プロフェッショナル 問題集(第3版)

配送状況の確認や注文内容の変更は、アカウントサービスの「注文履歴」から行えます。

Amazon.co.jp
"""
add("063", frm=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P, when=w, mid=mid_ses("063", w),
    subject="Amazon.co.jp ご注文の商品を発送しました", charset="iso-2022-jp",
    pre=ses_auth("p", w, "063", "amazon.co.jp"),
    part=alt(T_063, page(p_html(T_063)), "063", charset="ISO-2022-JP", tcte="7bit", hcharset="utf-8",
             hcte="quoted-printable"),
    kind="unrelated",
    note="Amazon.co.jp shipping notice (genuine Amazon domain, ISO-2022-JP text part); order and tracking numbers are not cases")

# ------------------------------------------------------------- reopened: missing voucher
w = dt("2025-07-02 08:40:12", JST)
N_064 = """Hi Wesley,

Thanks again for the merge. I checked the new account today: the exam history and both certifications are there, but I can't find the 50% exam discount voucher under Benefits. It was definitely on the company account in May.

Could you take a look?

Kenta
"""
ATTR_055 = "On Thu, Jun 26, 2025 at 1:05 PM AWS Training and Certification <%s> wrote:" % TC
add("064", frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC), when=w, mid=mid_gmail("064"),
    subject="Re: Your AWS Certification accounts have been merged", irt=MIDS["055"],
    refs=[MIDS["016"], MIDS["053"], MIDS["054"], MIDS["055"]],
    part=alt(N_064 + "\n" + ATTR_055 + "\n" + q(T_055), gmail_html(N_064, ATTR_055, T_055), "064-gmail",
             tcte="quoted-printable", hcte="quoted-printable"),
    kind="user_reply", case=CA,
    note="user reopens the case by replying to the completion mail; no case number anywhere, only In-Reply-To/References")

w = dt("2025-07-01 23:41:30")
T_065 = F("""Hello,

We've received your reply and reopened case <<CA>>. A member of our team will get back to you, usually within 24 hours.

AWS Training and Certification
""")
add("065", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("065", w), subject=SUBJ_A,
    irt=MIDS["064"], refs=[MIDS["055"], MIDS["064"]], pre=ses_auth("p", w, "065"),
    part=leaf(T_065), kind="case_update", case=CA,
    note="automatic 'case reopened' notice; resembles an acknowledgement but is not the first mail")

w = dt("2025-07-03 02:20:48")
T_066 = F("""森岡 健太 様

AWS トレーニングと認定サポートの田中と申します。特典の件でご連絡いただき、ありがとうございます。

統合後のアカウント(<<CAND_P>>)を確認いたしましたところ、試験履歴および認定資格は正しく移行されておりました。一方、50% 割引バウチャーにつきましては、統合元のアカウントで発行された特典が統合時に自動では引き継がれない場合がございます。有効期限内のバウチャーであれば、こちらで再発行の手続きが可能です。

再発行にあたり、統合元のアカウントで確認されたバウチャーコードの末尾4桁と、おおよその取得時期(年月で結構です)を、本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

田中
AWS トレーニングと認定
""")
add("066", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("066", w), subject=SUBJ_A,
    irt=MIDS["065"], refs=[MIDS["055"], MIDS["064"], MIDS["065"]], pre=ses_auth("p", w, "066"),
    part=leaf(T_066, charset="ISO-2022-JP", cte="7bit"),
    kind="info_request", needs=True, case=CA, cands=[CAND_P],
    note="Japanese keigo info request (ISO-2022-JP) after an explanation: ~お知らせいただけますでしょうか / ~のほどよろしくお願いいたします")

w = dt("2025-07-03 13:05:33", JST)
N_067 = """田中様

ご確認ありがとうございます。
バウチャーコードの末尾4桁は「8Q2K」です。取得したのは2024年11月頃だったと記憶しています。

よろしくお願いいたします。
森岡
"""
ATTR_066 = "2025年7月3日(木) 11:20 AWS Training and Certification <%s>:" % TC
add("067", frm=addr(ME_NAME_JA, ME_P), to=addr(TC_NAME, TC), when=w, mid=mid_gmail("067"), subject="Re: " + SUBJ_A,
    irt=MIDS["066"], refs=[MIDS["055"], MIDS["064"], MIDS["065"], MIDS["066"]],
    part=alt(N_067 + "\n" + ATTR_066 + "\n\n" + q(T_066), gmail_html(N_067, ATTR_066, T_066), "067-gmail",
             tcte="base64", hcte="base64"),
    kind="user_reply", case=CA,
    note="user's Japanese Gmail reply (UTF-8 base64) under a Japanese attribution line; the quoted request holds a candidate ID")

w = dt("2025-07-04 01:30:27")
T_068 = F("""森岡 様

AWS トレーニングと認定サポートの田中です。
情報をお送りいただき、ありがとうございました。

50% 割引バウチャーを再発行いたしました。AWS 認定アカウントの「特典」(Benefits)画面からご確認いただけます。有効期限は 2025年12月31日 です。

本件はこれにて解決とさせていただきます。その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

田中
AWS トレーニングと認定

(English) Your 50% exam discount voucher has been reissued and is now visible under Benefits. This case is resolved.

""") + q(N_067 + "\n" + ATTR_066 + "\n\n" + q(T_066))
add("068", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("068", w), subject=SUBJ_A,
    irt=MIDS["067"], refs=[MIDS["064"], MIDS["066"], MIDS["067"]], pre=ses_auth("p", w, "068"),
    part=leaf(T_068, charset="Shift_JIS", cte="8bit"), crlf=True,
    kind="resolved", case=CA,
    note="bilingual resolution in Shift_JIS 8bit with ~がございましたら…ご返信ください, quoting the Japanese request two levels deep")

w = dt("2025-07-05 10:00:00", JST)
H_069 = """<html><head><meta charset="utf-8"></head><body>
<div style="max-width:640px;margin:auto;font-family:sans-serif">
<h2>JAWS-UG 東京 #58「AWS 認定 合格体験記 LT 大会」開催のお知らせ</h2>
<p>JAWS-UG 東京 のメンバーの皆さま</p>
<p>7月24日(木)19:00 から、AWS 認定の合格体験記をテーマにした LT 大会を開催します。転職時の認定アカウントの引き継ぎなど、ちょっとしたノウハウの共有も歓迎です。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>日時</th><td>2025年7月24日(木) 19:00〜21:00</td></tr>
<tr><th>会場</th><td>目黒セントラルスクエア + オンライン配信</td></tr>
<tr><th>参加費</th><td>無料</td></tr>
</table>
<p>参加をご希望の方は connpass のイベントページから申し込んでください。LT 枠で登壇いただける方も募集中です。</p>
<p><a href="https://jawsug.connpass.com/event/358812/">イベントページを見る</a></p>
<hr><p style="font-size:11px;color:#888">このメールは connpass のグループ「JAWS-UG 東京」のメンバーに送信されています。配信停止は connpass の設定画面から行えます。</p>
</div></body></html>
"""
add("069", frm=addr("connpass", "no-reply@connpass.com"), to=ME_P, when=w, mid=mid_other("069", "connpass.com"),
    subject="JAWS-UG 東京 #58「AWS 認定 合格体験記 LT 大会」開催のお知らせ",
    pre=generic_auth("p", w, "069", "connpass.com", "mail.connpass.com", "52.69.186.44", mailfrom="bounce@mail.connpass.com",
                     policy="p=NONE sp=NONE dis=NONE"),
    part=leaf(H_069, "html", cte="8bit"), kind="unrelated",
    note="community newsletter in Japanese (HTML-only, UTF-8 8bit) that talks about certification account hand-over")

w = dt("2025-07-07 06:02:15")
T_070 = """Hello Kenta,

Congratulations! You passed the AWS Certified Solutions Architect - Professional exam (SAP-C02) that you took on July 5, 2025.

Your score report is available in your AWS Certification account under Exam History. Your digital badge will be issued through Credly within five business days.

Because you achieved a Professional-level certification, your AWS Certified Solutions Architect - Associate certification has also been recertified.

Well done,
AWS Certification
"""
add("070", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, when=w,
    mid=mid_other("070", "certmetrics.com"), subject="Your AWS Certification exam results are available",
    pre=generic_auth("p", w, "070", "certmetrics.com", "mail-b.certmetrics.com", "52.44.12.99",
                     mailfrom="bounce@mail.certmetrics.com"),
    part=alt(T_070, page(p_html(T_070)), "070"), kind="certification",
    note="certmetrics exam result notice, now delivered to the personal address after the merge")

w = dt("2025-07-08 13:44:09")
T_071 = """Dear AWS Certified individual,

Our records show that your AWS Certification account was recently merged with another account. Because the merge could not be verified, your AWS Certified Solutions Architect - Professional certification will be revoked in 72 hours.

To keep your certification, confirm your account details here:
https://certmetrics-verify.net/aws/keep?token=4f1e9a77c2

Failure to confirm will result in the loss of all certifications linked to this account.

AWS Certification Program
"""
add("071", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, when=w,
    mid="<%s@certmetrics-verify.net>" % h("071", 18), subject="Action required: your AWS Certification will be revoked",
    pre=[recv_gmail("srv1.bulkmail-eu.top", "194.87.31.140", w, "071"),
         ar_gmail("certmetrics.com", [("certmetrics.com", "fail")], spf="softfail", mailfrom="info@bulkmail-eu.top",
                  ip="194.87.31.140", dmarc="fail", policy="p=REJECT sp=REJECT dis=QUARANTINE", seed="071")],
    part=alt(T_071, page(p_html(T_071)), "071"), kind="suspicious",
    note="genuine certmetrics.com From with DKIM fail and dmarc=fail; plausible after a real merge")

w = dt("2025-07-09 00:31:52")
T_072 = """AWS Budget Notification July 09, 2025
AWS Account %s

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $8.00 for the current month. The ACTUAL Cost associated with this budget is $8.37. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $10.00
Alert Type: ACTUAL
Alert Threshold: > $8.00
ACTUAL Amount: $8.37

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
""" % ACCT
add("072", frm=addr("AWS Budgets", "no-reply@budgets.amazonaws.com"), to=ME_P, when=w, mid=mid_ses("072", w),
    subject="AWS Budgets: monthly-cap has exceeded your alert threshold",
    pre=ses_auth("p", w, "072", "budgets.amazonaws.com"), part=leaf(T_072), kind="unrelated",
    note="AWS Budgets alert with the 12-digit account ID in the body")

w = dt("2025-07-10 00:10:03")
T_073 = """Hello,

Someone is trying to sign in to AWS Builder ID with your email address. To continue, enter this verification code:

271904

This code expires in 10 minutes. If you didn't try to sign in, you can ignore this message; your account is still secure.

Amazon Web Services
"""
add("073", frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), to=ME_P, when=w, mid=mid_ses("073", w),
    subject="AWS Builder ID sign-in verification code", pre=ses_auth("p", w, "073", "login.awsapps.com"),
    part=alt(T_073, page(p_html(T_073)), "073"), kind="unrelated",
    note="sign-in one-time code (6 digits)")

w = dt("2025-07-10 02:00:40")
H_074 = page("""<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello Kenta,</p>
<p><b>Congratulations on recertifying your AWS Certification!</b></p>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr><th align="left">Certification</th><th align="left">New expiration date</th></tr>
<tr><td>AWS Certified Solutions Architect &ndash; Associate</td><td>July 5, 2028</td></tr>
</table>
<p>Your updated certificate is available to download from your AWS Certification account, and your Credly badge has been updated with the new expiration date.</p>
<p>Thank you for continuing to validate your AWS expertise.<br>AWS Certification</p>
</td></tr></table>""")
add("074", frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, when=w,
    mid=mid_other("074", "certmetrics.com"), subject="Congratulations on recertifying your AWS Certification!",
    pre=generic_auth("p", w, "074", "certmetrics.com", "mail-b.certmetrics.com", "52.44.12.99",
                     mailfrom="bounce@mail.certmetrics.com"),
    part=leaf(H_074, "html", cte="quoted-printable"), kind="certification",
    note="recertification notice, HTML-only with a table")

credly("075", dt("2025-07-10 02:05:17"), "AWS Certified Solutions Architect - Professional",
       "e81b3c22-94f0-4d7a-b6c1-0a5f2e9d7713")
MESSAGES[-1]["note"] = "Credly badge for the new exam (no case involved)"

# ------------------------------------------------------------- name-change case
SUBJ_D = F("RE:[CASE <<CD>>] [AWS Training and Certification Form Submission] - certification-assistance")
w = dt("2025-07-14 05:36:40")
T_076 = F("""Hello,

We've received your request and created case <<CD>>.

Summary of your request
Inquiry type: Certification
Additional details: Name change
Description: The name on my certificates is printed family name first (MORIOKA KENTA). My new employer asks for certificates with the name written as Kenta Morioka. Could you update the name on my certification account?

Our team typically replies within 24 hours. There is no need to open a separate case for this request; any reply to this email is added to the same case.

Thank you,
AWS Training and Certification
""")
add("076", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("076", w), subject=SUBJ_D,
    pre=ses_auth("p", w, "076"), part=leaf(T_076), crlf=True, kind="acknowledgement", case=CD,
    note="acknowledgement in a shorter template ('created case'); echoes the user's own 'Could you update...?' question")

w = dt("2025-07-15 08:12:09")
H_077 = page(F("""<p>Hello Kenta,</p>
<p>Thanks for your patience. The name on a certification record has to match the identification you present at exam appointments, so before changing it we need a few details from you. Kindly complete the right-hand column of the table below and send it back by replying to this email.</p>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c9c9c9">
<tr style="background:#eef1f4"><th align="left">Field</th><th align="left">Current record</th><th align="left">Requested</th></tr>
<tr><td>Candidate ID</td><td><<CAND_P>></td><td>(no change)</td></tr>
<tr><td>Given name (as on your ID)</td><td>KENTA</td><td>&nbsp;</td></tr>
<tr><td>Family name (as on your ID)</td><td>MORIOKA</td><td>&nbsp;</td></tr>
<tr><td>Name order on certificates</td><td>Family name first</td><td>&nbsp;</td></tr>
</table>
<p>You don't need to attach a copy of your ID; the information above is all we need.</p>
<p>Best,<br>Sofia<br>AWS Training and Certification</p>"""))
add("077", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("077", w), subject=SUBJ_D,
    irt=MIDS["076"], refs=[MIDS["076"]], pre=ses_auth("p", w, "077"),
    part=leaf(H_077, "html", cte="quoted-printable"),
    kind="info_request", needs=True, case=CD, cands=[CAND_P],
    note="HTML-only info request: 'Kindly complete ... table ... and send it back'; the ask is in the second paragraph, the table is the form")

w = dt("2025-07-18 06:45:00")
T_078 = """Hi Kenta,

We're still missing the details we asked for on July 15 for your name change. We'll go ahead and close this case on July 22 unless we hear back from you; any reply keeps it open.

If you no longer need the change, you can simply ignore this message.

Sofia
AWS Training and Certification
"""
add("078", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("078", w), subject=SUBJ_D,
    irt=MIDS["077"], refs=[MIDS["076"], MIDS["077"]], pre=ses_auth("p", w, "078"),
    part=leaf(T_078), kind="closing_notice", needs=True, case=CD,
    note="closing notice worded 'We'll go ahead and close ... unless we hear back', with an 'you can simply ignore' escape clause")

w = dt("2025-07-19 09:22:41", JST)
N_079 = F("""Hi Sofia,

Sorry for the delay. Here are the details:

Candidate ID: <<CAND_P>> (no change)
Given name: Kenta
Family name: Morioka
Name order on certificates: given name first (Kenta Morioka)

Thank you,
Kenta
""")
ATTR_078 = "On Fri, Jul 18, 2025 at 3:45 PM AWS Training and Certification <%s> wrote:" % TC
add("079", frm=addr(ME_NAME, ME_P), to=addr(TC_NAME, TC), when=w, mid=mid_gmail("079"), subject="Re: " + SUBJ_D,
    irt=MIDS["078"], refs=[MIDS["076"], MIDS["077"], MIDS["078"]],
    part=alt(N_079 + "\n" + ATTR_078 + "\n" + q(T_078), gmail_html(N_079, ATTR_078, T_078), "079-gmail"),
    kind="user_reply", case=CD, cands=[CAND_P],
    note="user answers the name-change request with their candidate ID")

w = dt("2025-07-22 01:15:36")
T_080 = F("""Hello Kenta,

The name on your certification record (<<CAND_P>>) has been updated to Kenta Morioka, given name first. New certificates with the updated name can be downloaded from your AWS Certification account, and your Credly badges will show the new name within 24 hours.

No further action is required.

Best,
Sofia
AWS Training and Certification

--
Was this reply helpful? Let us know: https://survey.aws.training/r/<<H>>
""", H=h("080", 10))
add("080", frm=addr(TC_NAME, TC), to=ME_P, when=w, mid=mid_ses("080", w), subject=SUBJ_D,
    irt=MIDS["079"], refs=[MIDS["076"], MIDS["077"], MIDS["078"], MIDS["079"]], pre=ses_auth("p", w, "080"),
    part=alt(T_080, page(p_html(T_080)), "080", tcte="quoted-printable", hcte="quoted-printable"), crlf=True,
    kind="resolved", case=CD, cands=[CAND_P],
    note="name change done; feedback footer under the resolution")

w = dt("2025-07-23 16:00:00")
H_081 = page("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:24px;color:#fff;font-size:24px">AWS re:Invent 2025 registration is open</td></tr>
<tr><td style="padding:24px">
<p>Hi Kenta,</p>
<p>Join us in Las Vegas, December 1&ndash;5, for AWS re:Invent 2025. Register now and reserve your seat for more than 2,000 sessions, hands-on labs and certification exam onsite testing.</p>
<p><b>AWS Certified? Reply to this email with your candidate ID to receive access to the AWS Certification Lounge.</b> <span style="font-size:11px">(Just kidding: the lounge is included automatically with your registration.)</span></p>
<p style="text-align:center"><a href="https://reinvent.awsevents.com/register/" style="background:#ff9900;color:#000;padding:14px 32px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p>
</td></tr></table>""")
add("081", frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P, when=w, mid=mid_ses("081", w),
    subject="Registration is open: AWS re:Invent 2025", pre=ses_auth("p", w, "081"),
    part=leaf(H_081, "html", cte="quoted-printable"), kind="unrelated",
    note="AWS marketing that even says 'Reply to this email with your candidate ID' (a joke); not a case")


# ================================================================== output
CASES = [
    (C10, "10 digits, 2021", "exam voucher not shown (company address); resolved; later forwarded by the user"),
    (C11, "11 digits, 2023", "two certification accounts under the company address, Japanese support: ack, confirmation, closing notice, reply, merged, badge, survey"),
    (CA, "15 digits, 2025", "the merge: ack, candidate-ID request, closing notice, 'closed' notice, reply, reopened, APN hold (with a question), reply + OOO, hold, still-on-hold, released, Account #1/#2 confirmation (HTML), follow-up, reply from the wrong (company) address, 'send it from the personal address', 'Confirmed', merged (no case number, threaded by headers), badges, survey; reopened in July for a missing voucher (Japanese info request), resolved"),
    (CB, "15 digits, 2025", "duplicate form submission from the company address (Japanese ack), resolved as duplicate of %s" % CA),
    (CC, "15 digits, 2025", "AWS Support Center (console) case: root e-mail change of account %s; must be answered in the Support Center; email reply bounces" % ACCT),
    (CD, "15 digits, 2025", "name order on the certificate: ack, HTML table info request, closing notice, reply, resolved"),
]


def main():
    for name in os.listdir(HERE):
        if name.endswith((".eml", ".json")) and name[:3].isdigit():
            os.remove(os.path.join(HERE, name))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        assert m["key"] == "%03d" % i, (m["key"], i)
        base = "%03d-mail" % i
        with open(os.path.join(HERE, base + ".eml"), "wb") as f:
            f.write(m["raw"])
        with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        lab = m["label"]
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            base, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            ", ".join(lab["candidate_ids"]) or "-", m["note"].replace("|", "/")))
    counts = {}
    for m in MESSAGES:
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    needs = sum(1 for m in MESSAGES if m["label"]["needs_reply"])
    readme = ["me: %s %s" % (ME_P, ME_C), "",
              "# blind-26: held-out corpus (written blind)", "",
              "Mailbox owner: %s (%s). Personal address %s (Gmail); old company address %s "
              "(Hoshizora Technologies K.K., an AWS Partner Network company, Microsoft 365; closed on 2025-06-30)."
              % (ME_NAME, ME_NAME_JA, ME_P, ME_C), "",
              "Regenerate with `python3 gen.py` (standard library only). Files are numbered in arrival order;"
              " process them as one run in file-name order.", "",
              "## Cases", "", "| case | length | story |", "|---|---|---|"]
    for c, l, s in CASES:
        readme.append("| %s | %s | %s |" % (c, l, s))
    readme += ["", "Numbers that are NOT cases: AWS account ID %s (12 digits), Pearson VUE registration 418203957 "
               "(9 digits), one-time codes 604918 / 271904 (6 digits), Snowflake case 00981234, phishing 'Case #00982713' "
               "and the fake 'CASE 174961877300215' (dmarc=fail mail)." % ACCT,
               "Candidate IDs: %s (personal, 2025), %s (company), %s (retired in 2023)." % (CAND_P, CAND_CO, CAND_OLD), "",
               "## Totals", "", "%d messages; needs_reply true: %d." % (len(MESSAGES), needs), "",
               "| kind | count |", "|---|---|"]
    for k in sorted(counts):
        readme.append("| %s | %d |" % (k, counts[k]))
    readme += ["", "## Messages", "", "| file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |",
               "|---|---|---|---|---|---|"] + rows
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("%d messages written to %s" % (len(MESSAGES), HERE))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    print("  needs_reply true: %d" % needs)


if __name__ == "__main__":
    main()
