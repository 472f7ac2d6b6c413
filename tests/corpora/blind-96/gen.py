#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-msg.eml / NNN-msg.json (and README.md) into the directory of this script.
One mailbox owner: Ren Takeda, personal ren.takeda.dev@gmail.com, old company
ren.takeda@hoshizora-tech.co.jp.
"""
import base64
import datetime
import email.utils
import html
import json
import os
import quopri
import random
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(96)

ME_P = "ren.takeda.dev@gmail.com"
ME_C = "ren.takeda@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

K1 = "8612093745"          # 2021, 10 digits
K2 = "16839201457"         # 2023, 11 digits (reopened 2025)
K3 = "174156564500431"     # main merge case, 15 digits
K4 = "174156694100878"     # duplicate form submission
K5 = "174192860900052"     # console (Support Center) case
K6 = "174295201200319"     # voucher after merge, Japanese agents
K7 = "174548445300764"     # third account merge

CASES = {
    K1: "2021 form case: Credly badge not visible (company address)",
    K2: "2023 form case, Japanese agent: name correction; reopened in April 2025 after the merge",
    K3: "main merge case: ack -> APN hold -> wrong-address reply -> hold -> confirm x2 -> closing notice -> reply (no case no. in subject) -> merged -> survey -> later update",
    K4: "duplicate form submission 20 minutes after 174156564500431 (Japanese ack), linked to it",
    K5: "AWS Support Center (console) billing case about Skill Builder: must be answered in the console",
    K6: "voucher missing after merge, Japanese agents: ack -> info -> hold -> info -> closing notice -> reply -> resolved",
    K7: "third (Partner Central SSO) account merged: ack -> Japanese confirmation -> reply -> resolved",
}

MSGS = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def dt(s, tz=0):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def fmt_date(d):
    return email.utils.format_datetime(d)


def ses_mid(d):
    ms = int(d.timestamp() * 1000)
    u = "%08x-%04x-%04x-%04x-%012x" % (random.getrandbits(32), random.getrandbits(16),
                                        random.getrandbits(16), random.getrandbits(16),
                                        random.getrandbits(48))
    return "<%013x-%s-000000@email.amazonses.com>" % (ms, u)


def gen_mid(domain):
    return "<%s@%s>" % ("".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                for _ in range(24)), domain)


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
        if any(c in name for c in ',;()<>@"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def t2h(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + "\n".join(out) + "\n</body></html>"


PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}


def part(body, sub="plain", cs="utf-8", cte="8bit"):
    return {"sub": sub, "cs": cs, "cte": cte, "body": body}


def render_part(p):
    if "multi" in p:
        return render_multi(p)
    if p.get("raw_type"):
        return ("Content-Type: %s\n\n" % p["raw_type"]).encode() + p["body"].encode("utf-8")
    raw = p["body"].encode(PYCS[p["cs"]])
    if p["cte"] == "base64":
        payload = base64.encodebytes(raw)
    elif p["cte"] == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (p["sub"], p["cs"], p["cte"])
    return h.encode() + payload


def multi(sub, parts, extra=""):
    return {"multi": sub, "parts": parts, "extra": extra}


def render_multi(p):
    b = "----=_Part_%d_%d" % (random.randint(100000, 999999), random.randint(1000000000, 9999999999))
    out = ('Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (p["multi"], p["extra"], b)).encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for sp in p["parts"]:
        out += ("--%s\n" % b).encode() + render_part(sp) + b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def auth_gmail(fromdom, ok=True, mailfrom=None, dkimdom=None, ip="54.240.8.35"):
    mailfrom = mailfrom or ("bounces@" + fromdom)
    dkimdom = dkimdom or fromdom
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s%d header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkimdom, random.randint(1, 9), base64.b64encode(random.randbytes(6)).decode(), mailfrom, ip, mailfrom, fromdom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=%s;\n"
            "       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dkimdom, base64.b64encode(random.randbytes(6)).decode(), mailfrom, ip, mailfrom, fromdom))


def auth_m365(fromdom, mailfrom_dom="amazonses.com", ip="54.240.8.35"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100"
            % (ip, mailfrom_dom, fromdom, fromdom))


def add(kind, needs, case, cands, note, *, frm, to, subject, date, body, cc=None,
        reply_to=None, mid=None, irt=None, refs=None, auth=None, eol="\n",
        subj_cs="utf-8", extra_headers=()):
    n = len(MSGS) + 1
    if mid is None:
        dom = frm.split("@")[-1].rstrip(">")
        mid = ses_mid(date) if dom.endswith("amazon.com") else gen_mid(dom)
    MIDS[n] = mid
    hs = []
    if auth:
        recv_host = "mx.google.com" if auth.startswith("mx.google.com") else "TYCP286MB2011.JPNP286.PROD.OUTLOOK.COM"
        hs.append("Received: from mail-relay (mail-relay [%s])\n        by %s with ESMTPS id %s;\n        %s"
                  % ("54.240.8.35", recv_host, "".join(random.choice("abcdef0123456789") for _ in range(12)), fmt_date(date)))
        hs.append("Authentication-Results: " + auth)
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc:
        hs.append("Cc: " + cc)
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs.append("Subject: " + enc_hdr(subject, subj_cs))
    hs.append("Date: " + fmt_date(date))
    hs.append("Message-ID: " + mid)
    if irt:
        hs.append("In-Reply-To: " + MIDS[irt])
    if refs:
        hs.append("References: " + " ".join(MIDS[r] for r in refs))
    for h in extra_headers:
        hs.append(h)
    hs.append("MIME-Version: 1.0")
    raw = ("\n".join(hs) + "\n").encode() + render_part(body)
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-msg" % n
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw)
    lab = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(lab, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((n, lab, note, subject))
    return n


TCF = addr("AWS Training and Certification", TC)
AWSF = addr("Amazon Web Services", TC)
CONF = addr("Amazon Web Services", CONSOLE)
ME_PF = addr("Ren Takeda", ME_P)
ME_CF = addr("Takeda Ren", ME_C)
ME_PJ = addr("武田 蓮", ME_P)


def tcsubj(case, tail="account-assistance", re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (re, case, tail)


CONSOLE_FOOT = """
====================================================================
To contact us again about this case, return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Note: this message was sent from an unmonitored address. Replies sent to it are
discarded and will not reach your case; use the link above instead.
====================================================================
How are we doing? You can rate each of our replies in the Support Center by
clicking the stars in the top right corner of the correspondence. Your ratings
help us improve.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ======================================================================= 2021
# 001
b = """Congratulations, Ren!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Cloud Practitioner

Accept your badge to share it on LinkedIn, add it to your email signature or
embed it on your website:
https://www.youracclaim.com/badges/3f0c2a1e-8b7d-4e7a-9c11-5d2e8f6a9b40/accept

Not sure what to do next? Visit our help center at https://support.youracclaim.com

Acclaim | Powered by Credly
"""
add("badge", False, None, [], "Acclaim-era Credly badge (old sender domain youracclaim.com), badge UUID in URL; 'accept your badge' sounds like a request",
    frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C,
    subject="Ren, you've earned a badge from Amazon Web Services Training and Certification",
    date=dt("2021-06-14 15:02:11"), auth=auth_m365("youracclaim.com", "youracclaim.com", "198.2.180.12"),
    body=multi("alternative", [part(b, cte="quoted-printable"), part(t2h(b), "html", cte="quoted-printable")]))

# 002
b = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request has
been logged under case %s.

A member of our team will look at it and get back to you, normally within one
business day. Additional cases about the same question are queued behind this
one, so we ask that you keep all correspondence on this case.

Case ID: %s
Subject: Credly badge not visible
Submitted by: %s

Your message:
My SAA-C02 certification from August 2021 is not showing on Credly. Older badges
are there. Could you check?

Should you have anything further to share, reply to this email and it will be
added to your case.

Sincerely,
AWS Training and Certification
""" % (K1, K1, ME_C)
a002 = add("acknowledgement", False, K1, [], "10-digit case; echoes the user's own 'Could you check?' and ends with a conditional 'reply to this email'",
           frm=AWSF, to=ME_C, subject=tcsubj(K1, "certification", ""), date=dt("2021-09-02 06:40:19"),
           auth=auth_m365("amazon.com"), body=part(b, cs="us-ascii", cte="7bit"))

# 003
b3 = """Hi Ren,

I can see the SAA result on your certification record, but the badge was sent to
an email address that doesn't match any Credly profile.

Which email address is your Credly account registered under? And what is the
candidate ID shown at the top right of your certification account page?

Thanks,
Tomás
AWS Training and Certification
"""
a003 = add("info_request", True, K1, [], "short agent mail; the ask is two bare questions with no 'please'",
           frm=TCF, to=ME_C, subject=tcsubj(K1, "certification"), date=dt("2021-09-03 02:11:45"),
           irt=a002, refs=[a002], auth=auth_m365("amazon.com"), body=part(b3, cte="quoted-printable"))

# 004
b4 = """Hi Tomás,

My Credly profile uses ren.takeda@hoshizora-tech.co.jp as the primary address and
ren.takeda.dev@gmail.com as a secondary one.
Candidate ID: AWS01938462

Best regards,
Ren Takeda
Hoshizora Tech Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, September 3, 2021 11:11 AM
To: %s
Subject: %s

%s""" % (TC, ME_C, tcsubj(K1, "certification"), b3)
a004 = add("user_reply", False, K1, ["AWS01938462"], "user's own Outlook reply from the company address; the quoted history below contains support's questions",
           frm=ME_CF, to=TCF, subject=tcsubj(K1, "certification"), date=dt("2021-09-03 13:25:02", 9),
           irt=a003, refs=[a002, a003], body=part(b4, cte="quoted-printable"), eol="\r\n")

# 005
b = """Hello Ren,

Thank you for the details. I re-issued the badge for candidate AWS01938462 to the
primary email on your Credly profile. You should receive an acceptance email from
Acclaim shortly; once accepted it will appear next to your other badges.

I'm marking this case as resolved since nothing else is needed on our side. If
the badge still hasn't appeared after 48 hours, you can reply to this message and
the case will reopen.

Kind regards,
Tomás
AWS Training and Certification

-----Original Message-----
From: Takeda Ren <%s>
Sent: Friday, September 3, 2021 4:25 AM
To: AWS Training and Certification <%s>
Subject: %s

%s""" % (ME_C, TC, tcsubj(K1, "certification"), b4)
a005 = add("resolved", False, K1, ["AWS01938462"], "resolution with a conditional reopen invitation, and the old questions still quoted (nested Original Message blocks)",
           frm=TCF, to=ME_C, subject=tcsubj(K1, "certification"), date=dt("2021-09-06 01:03:55"),
           irt=a004, refs=[a002, a003, a004], auth=auth_m365("amazon.com"), body=part(b, cte="quoted-printable"))

# 006
b = """Hi Ren,

You have a badge waiting: AWS Certified Solutions Architect - Associate,
issued by Amazon Web Services Training and Certification.

Accept it before it expires: https://www.youracclaim.com/badges/9a77be01-52c4-4b0d-8e3a-06f1c2d4b7e9/accept

Questions? Reply to this email or visit https://support.youracclaim.com
"""
add("badge", False, None, [], "Credly/Acclaim reminder that arrives right after the resolution; 'Reply to this email' in a non-support mail",
    frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C,
    subject="Reminder: accept your AWS Certified Solutions Architect - Associate badge",
    date=dt("2021-09-06 01:20:40"), auth=auth_m365("youracclaim.com", "youracclaim.com", "198.2.180.12"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# ======================================================================= 2023
# 007
b = """Hello Ren Takeda,

Your AWS Certified Cloud Practitioner certification has been renewed.

New expiration date: July 15, 2025
Validation number: 4X8QK2M1BJE11ZC9

You can download your updated certificate and digital badge from your AWS
Certification Account at any time.

This is an automated message. Do not reply.
AWS Certification
"""
add("certification", False, None, [], "certmetrics renewal notice to the company address; validation number is not a case or candidate ID",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certification has been renewed",
    date=dt("2023-04-20 18:30:00"), auth=auth_m365("certmetrics.com", "certmetrics.com", "40.107.1.9"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="base64")]))

# 008
b = """武田 蓮 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s として承りました。

担当者が内容を確認のうえ、1 営業日程度でご連絡いたします。
同じ内容のお問い合わせを別途お送りいただくと、回答までにお時間をいただく場合がございます。

■ お問い合わせ内容
種別: 認定
詳細: 認定証の氏名の訂正
本文: 認定アカウントの氏名が「Ren Takada」になっています。正しくは「Ren Takeda」です。修正をお願いします。

補足事項がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % K2
a008 = add("acknowledgement", False, K2, [], "Japanese ack, base64 UTF-8, 11-digit case; ends with a conditional ご返信ください and echoes the user's own お願いします",
           frm=addr("AWS トレーニングと認定", TC), to=ME_P, subject=tcsubj(K2, "certification", "RE: "),
           date=dt("2023-05-08 03:12:44"), auth=auth_gmail("amazon.com", mailfrom="0100018800@email.amazonses.com", dkimdom="amazon.com"),
           body=part(b, cte="base64"))

# 009
b9 = """武田様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの中村でございます。

認定アカウントに登録されている氏名の訂正につきまして、ご本人様確認のため、以下の2点をお知らせいただけますでしょうか。

1. 訂正の対象となる認定アカウントの候補 ID(AWS から始まる番号)
2. 公的な身分証明書に記載されているとおりのローマ字氏名

なお、身分証明書の画像を添付していただく必要はございません。

ご対応のほど、よろしくお願いいたします。

中村
AWS トレーニングと認定
"""
a009 = add("info_request", True, K2, [], "Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP; numbered list; no candidate ID of its own",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K2, "certification", "RE: "),
           date=dt("2023-05-09 02:42:10"), irt=a008, refs=[a008],
           auth=auth_gmail("amazon.com", mailfrom="0100018801@email.amazonses.com"),
           body=part(b9, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp")

# 010
b10 = """中村様

ご連絡ありがとうございます。

1. 候補ID: AWS01938462
2. 氏名: TAKEDA REN(パスポートの表記どおりです)

よろしくお願いいたします。
武田

2023年5月9日(火) 11:42 AWS Training and Certification <%s>:
%s
""" % (TC, q(b9))
a010 = add("user_reply", False, K2, ["AWS01938462"], "Japanese user reply with Gmail Japanese quote header and > quoted keigo request",
           frm=ME_PJ, to=TCF, subject="Re: " + tcsubj(K2, "certification", "RE: "), date=dt("2023-05-09 13:05:31", 9),
           irt=a009, refs=[a008, a009], body=part(b10, cte="quoted-printable"))

# 011
b = """武田様

お待たせいたしました。中村でございます。

候補 ID AWS01938462 の認定アカウントにつきまして、氏名を「Ren Takeda」に訂正いたしました。今後発行される認定証およびデジタルバッジには、訂正後の氏名が反映されます。
なお、既にダウンロード済みの認定証 PDF は、認定アカウントから再度ダウンロードしていただくと新しい氏名で出力されます。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、お気軽にこのメールへご返信ください。

中村
AWS トレーニングと認定

-----Original Message-----
From: 武田 蓮 <%s>
Sent: Tuesday, May 9, 2023 4:05 AM
To: AWS Training and Certification <%s>
Subject: Re: %s

%s""" % (ME_P, TC, tcsubj(K2, "certification", "RE: "), b10)
a011 = add("resolved", False, K2, ["AWS01938462"], "Shift_JIS base64 Japanese resolution; conditional お気軽にご返信ください; old keigo request quoted twice below",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K2, "certification", "RE: "),
           date=dt("2023-05-11 06:20:02"), irt=a010, refs=[a008, a009, a010],
           auth=auth_gmail("amazon.com", mailfrom="0100018802@email.amazonses.com"),
           body=part(b, cs="shift_jis", cte="base64"), subj_cs="shift_jis")

# 012
b = """武田 蓮 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

ケース %s の対応について、5 段階でご評価いただけますと幸いです(所要時間 1 分程度)。
https://survey.aws-training-feedback.amazon.com/s/7QX2?case=%s

いただいたご意見は、サポート品質の向上に活用させていただきます。

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
""" % (K2, K2)
add("survey", False, K2, [], "Japanese survey with keigo 〜いただけますと幸いです (a request, but only to rate); case number in body",
    frm=addr("AWS カスタマーエクスペリエンス", "cx-survey@amazon.com"), to=ME_P,
    subject="ケース %s に関するアンケートのお願い" % K2, date=dt("2023-05-12 00:05:00"),
    auth=auth_gmail("amazon.com", mailfrom="survey@email.amazonses.com"),
    body=multi("alternative", [part(b, cte="base64"), part(t2h(b), "html", cte="base64")]))

# ======================================================================= 2025
# 013
b = """Hello Ren Takeda,

Our records show that the following certification expires soon:

  AWS Certified Solutions Architect - Associate
  Expiration date: May 21, 2025
  Candidate ID: AWS01938462

To keep it active, pass the current version of this exam (or a higher-level
exam in the same path) before the expiration date. Once it expires, the
certification and its benefits can no longer be used.

Recertify now: https://www.aws.training/certification/recertification

AWS Certification
Please do not reply to this automated message.
"""
add("certification", False, None, ["AWS01938462"], "expiry notice with 'Action needed' subject to the company address; candidate ID but no case",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Action needed: your AWS Certified Solutions Architect - Associate expires on May 21, 2025",
    date=dt("2025-02-20 17:00:03"), auth=auth_m365("certmetrics.com", "certmetrics.com", "40.107.1.9"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 014
b = """武田さん

人事部の山口です。3月31日付のご退職に伴うお手続きについてご案内します。

・貸与PC、入館証の返却(3月28日まで)
・健康保険証の返却(最終出社日)
・会社のメールアドレス(ren.takeda@hoshizora-tech.co.jp)は3月31日 23:59 に停止します。
  業務外のサービス(資格、学習サイト等)に会社アドレスを登録している場合は、事前に変更しておいてください。

内容をご確認いただいたら、受領確認として本メールにご返信ください。

人事部 山口
"""
add("unrelated", False, None, [], "internal HR mail in ISO-2022-JP asking for a reply (but not to AWS support); mentions certifications",
    frm=addr("人事部 山口", "hr-yamaguchi@hoshizora-tech.co.jp", "iso-2022-jp"), to=ME_C,
    subject="【ご案内】退職に伴うお手続きについて", date=dt("2025-03-03 10:15:00", 9),
    body=part(b, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp")

# 015
b = """Hello,

Use the code below to verify your email address for your AWS Builder ID.

Verification code: 318406

This code expires 30 minutes after it was sent. If you didn't try to create an
AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
add("unrelated", False, None, [], "Builder ID verification code: 6-digit number that is not a case number",
    frm=addr("AWS", "no-reply@signin.aws"), to=ME_P, subject="Verify your AWS Builder ID email address",
    date=dt("2025-03-07 13:48:20"), auth=auth_gmail("signin.aws", mailfrom="no-reply@signin.aws"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 016
b16 = """Hello,

We've received your message and created case %s for it.

Our Training and Certification support team usually answers within 24 hours.
To avoid delays, don't submit another request for the same issue while this
case is open.

Here is a copy of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Contact email: %s

Use case: I am leaving Hoshizora Tech Co., Ltd. on March 31, 2025. Please merge
my company certification account into my personal certification account.
Email addresses used: %s (company), %s (personal)
Address to keep: %s
Candidate IDs: AWS01938462 (company), AWS05577120 (personal)

If you want to add information, reply to this email; your reply will be attached
to the case automatically.

Best regards,
Amazon Web Services
""" % (K3, ME_P, ME_C, ME_P, ME_P)
a016 = add("acknowledgement", False, K3, ["AWS01938462", "AWS05577120"], "15-digit case ack, CRLF + QP; echoed form text holds 'Please merge' and candidate IDs; conditional reply line",
           frm=AWSF, to=ME_P, subject=tcsubj(K3), date=dt("2025-03-10 00:14:09"),
           auth=auth_gmail("amazon.com", mailfrom="01000195@email.amazonses.com"),
           body=part(b16, cte="quoted-printable"), eol="\r\n")

# 017
b = """お問い合わせありがとうございます。

ケース %s を作成いたしました。通常、24 時間以内に担当者よりメールでご連絡いたします。
すでに同じ内容でケースを作成されている場合は、新たなケースの作成はお控えください。対応が重複し、ご回答が遅れる原因となります。

お問い合わせの詳細:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文: 退職のため、会社アドレス(%s)の認定アカウントを個人アドレス(%s)のアカウントに統合してください。残すアドレスは %s です。

内容の追加や修正がございましたら、このメールにご返信ください。

Amazon Web Services
""" % (K4, ME_C, ME_P, ME_P)
a017 = add("acknowledgement", False, K4, [], "duplicate form submission 20 min after K3, Japanese ack in UTF-8 8bit; echoed user text says 統合してください",
           frm=AWSF, to=ME_P, subject=tcsubj(K4), date=dt("2025-03-10 00:35:45"),
           auth=auth_gmail("amazon.com", mailfrom="01000196@email.amazonses.com"),
           body=part(b, cte="8bit"))

# 018
b = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-16722019384
You are receiving this because you were mentioned.
"""
add("unrelated", False, None, [], "GitHub 'Merged' notification whose subject mentions account-merge; 'Reply to this email'",
    frm=addr("Kenji Ota", "notifications@github.com"), to=ME_P,
    subject="Re: [hoshizora-tech/infra-modules] Refactor account-merge module (PR #412)",
    date=dt("2025-03-10 05:31:12"), auth=auth_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.201"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="7bit", cs="us-ascii")]),
    extra_headers=["List-ID: hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"])

# 019
b19 = """Hello Ren,

Thank you for contacting AWS Training and Certification. My name is Marisol and
I'll be looking after your merge request.

While reviewing the two accounts, I found that the certification account
registered to %s is associated with Hoshizora Tech's AWS Partner
Network (APN) organization. Certifications held on partner-linked accounts count
toward the partner's tier requirements, so we don't move them away from the
partner while the holder is still employed there.

For this reason your request is on hold for the moment. To take it further, we
need you to confirm that you are leaving Hoshizora Tech and tell us the date your
employment ends. Once we have that, I'll contact the partner team on your behalf.

Best regards,
Marisol
AWS Training and Certification
""" % ME_C
a019 = add("on_hold", True, K3, [], "APN partner hold that also asks ('we need you to confirm ... and tell us the date'), ask after a long explanation; multipart QP, CRLF",
           frm=TCF, to=ME_P, cc=ME_C, subject=tcsubj(K3), date=dt("2025-03-11 00:31:02"),
           irt=a016, refs=[a016], auth=auth_gmail("amazon.com", mailfrom="01000197@email.amazonses.com"),
           body=multi("alternative", [part(b19, cte="quoted-printable"), part(t2h(b19), "html", cte="quoted-printable")]),
           eol="\r\n")

# 020
b = """Hi Ren,

This case looks like a duplicate of case %s, which you submitted about twenty
minutes before this one and which my colleague is already handling. To keep
everything in one place I've linked the two, and all further work on the merge
will happen on case %s.

You don't have to do anything on this case.

Cheers,
Jonas
AWS Training and Certification
""" % (K3, K3)
add("case_update", False, K4, [], "duplicate notice on K4 that names the other case K3 twice in its body; subject carries K4",
    frm=TCF, to=ME_P, subject=tcsubj(K4), date=dt("2025-03-11 00:50:29"), irt=a017, refs=[a017],
    auth=auth_gmail("amazon.com", mailfrom="01000198@email.amazonses.com"), body=part(b, cs="us-ascii", cte="7bit"))

# 021
b21 = """Hello Marisol,

Thank you for checking. I confirm that I am leaving Hoshizora Tech. My last
working day is March 31, 2025, and this company address will be deactivated on
that day.

Best regards,
Ren Takeda

差出人: AWS Training and Certification <%s>
送信日時: 2025年3月11日 9:31
宛先: %s
CC: %s
件名: %s

%s""" % (TC, ME_P, ME_C, tcsubj(K3), b19)
a021 = add("user_reply", False, K3, [], "user answers the hold from the OLD company address (Outlook with Japanese reply headers 差出人/送信日時)",
           frm=ME_CF, to=TCF, subject=tcsubj(K3), date=dt("2025-03-11 10:02:40", 9), irt=a019, refs=[a016, a019],
           body=part(b21, cte="base64"), eol="\r\n")

# 022
b22 = """Hi Ren,

Thanks for your reply. One problem: it came from %s, which
is the account being merged away, not the address you asked us to keep. For
security reasons, changes to an account can only be approved from the address
that will remain on file.

Send the same confirmation again from %s, and I'll forward it
to the partner team right away.

Daniel
AWS Training and Certification

%s
""" % (ME_C, ME_P, q(b21.split("差出人")[0]))
a022 = add("info_request", True, K3, [], "wrong-address reply: asks (imperative 'Send ...', no please) to write again from the personal address; arrives at the company mailbox",
           frm=TCF, to=ME_C, subject=tcsubj(K3), date=dt("2025-03-11 09:40:13"), irt=a021, refs=[a016, a019, a021],
           auth=auth_m365("amazon.com"), body=part(b22, cte="quoted-printable"))

# 023
b23 = """Hello Daniel,

Resending from my personal address as requested: I am leaving Hoshizora Tech, and
my last working day is March 31, 2025. Please go ahead with the merge.

Regards,
Ren

On Tue, Mar 11, 2025 at 6:40 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(b22))
a023 = add("user_reply", False, K3, [], "same confirmation resent from the personal address, Gmail English quoting with nested >",
           frm=ME_PF, to=TCF, subject=tcsubj(K3), date=dt("2025-03-11 19:02:55", 9), irt=a022, refs=[a016, a019, a021, a022],
           body=part(b23, cs="us-ascii", cte="7bit"))

# 024
b = """Hello Ren,

Quick update: I've passed your confirmation to the AWS Partner team that manages
Hoshizora Tech's partner account. Merges that involve a partner-linked account
need their sign-off, and that step usually takes two to three business days.

Your case stays on hold until they respond. There is nothing you need to do right
now; I'll write to you as soon as I hear back.

Marisol
AWS Training and Certification
"""
a024 = add("on_hold", False, K3, [], "hold waiting on the APN partner team that asks nothing ('nothing you need to do')",
           frm=TCF, to=ME_P, subject=tcsubj(K3), date=dt("2025-03-12 01:15:47"), irt=a023, refs=[a016, a019, a021, a022, a023],
           auth=auth_gmail("amazon.com", mailfrom="01000199@email.amazonses.com"), body=part(b, cs="us-ascii", cte="7bit"))

# 025
b = """Dear Ren Takeda,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Developer - Associate (DVA-C02)
Registration ID: 481930275
Candidate ID: AWS05577120
Appointment: Saturday, April 19, 2025, 10:00 AM JST
Location: Online (OnVUE)

To reschedule or cancel, sign in to your account at least 24 hours before the
appointment. Please do not reply to this email; this mailbox is not monitored.

Pearson VUE
"""
add("unrelated", False, None, ["AWS05577120"], "exam-vendor mail with a 9-digit registration ID (not a case) and a candidate ID",
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Confirmation of Your Exam Appointment - AWS Certified Developer - Associate",
    date=dt("2025-03-12 08:22:10"), auth=auth_gmail("pearson.com", mailfrom="bounce@pearson.com", ip="159.182.1.20"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 026
h = """<html><body style="font-family:Arial">
<img src="https://aws-certification-services.com/img/aws-logo.png" alt="AWS">
<p>Dear candidate,</p>
<p>Your account merge request <b>cannot be completed</b> until you verify your identity.
Sign in within <b>48 hours</b> or your certifications will be permanently removed from both accounts.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/verify?u=ren.takeda.dev" style="background:#ff9900;color:#000;padding:10px 20px">Verify my account</a></p>
<p>If the button does not work, reply to this email with your AWS Builder ID email and password and our team will verify it for you.</p>
<p>AWS Certification Support Team<br>Case reference: 5519203847</p>
</body></html>"""
add("suspicious", False, None, [], "phishing from lookalike domain aws-certification-services.com (its own DKIM/DMARC pass), fake [CASE] subject, urgent ask to reply",
    frm=addr("AWS Certification Support", "case-update@aws-certification-services.com"), to=ME_P,
    subject="RE:[CASE 5519203847] Account merge pending - identity verification required",
    date=dt("2025-03-13 11:47:03"),
    auth=auth_gmail("aws-certification-services.com", mailfrom="mail@aws-certification-services.com", ip="185.234.72.14"),
    body=part(h, "html", cte="quoted-printable"))

# 027
b = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending
in 7591, is available on the AWS web site. Your account will be charged the
following:

Total: $58.00

You can see a complete break down of all charges on the Billing and Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Account number: 804213377591
Invoice number: 2024573916

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
"""
add("unrelated", False, None, [], "billing from the same sender as console cases (no-reply-aws@amazon.com); 12-digit account ID and 10-digit invoice number are not cases",
    frm=CONF, to=ME_P, subject="Amazon Web Services Invoice Available [Account: 804213377591]",
    date=dt("2025-03-14 02:10:31"), auth=auth_gmail("amazon.com", mailfrom="0100019a@email.amazonses.com"),
    body=part(b, cs="us-ascii", cte="7bit"))

# 028
b = """Dear Customer,

A new support case has been created for your AWS account [AWS ID 804213377591].

Case ID: %s
Subject: Skill Builder subscription billed twice
Severity: General guidance
Correspondence: My March invoice shows two AWS Skill Builder charges. Please refund
the duplicate one.

You can view and update this case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox is not monitored and replies to it are not delivered. Use the link
above to add information to your case.

Amazon Web Services
""" % (K5, K5)
a028 = add("acknowledgement", False, K5, [], "console 'New Support case' mail; 12-digit AWS ID near the case ID; user's own 'Please refund' echoed",
           frm=CONF, to=ME_P, subject="Amazon Web Services: New Support case: %s" % K5, date=dt("2025-03-14 05:03:33"),
           auth=auth_gmail("amazon.com", mailfrom="0100019b@email.amazonses.com"), body=part(b, cs="us-ascii", cte="7bit"))

# 029
b = """Hello,

Thank you for contacting AWS Support.

I checked the billing records for account 804213377591. There are indeed two
AWS Skill Builder charges in March, but one belongs to an individual
subscription and the other to a Team subscription, so they may not be
duplicates after all.

Could you let us know which of the two subscriptions you meant to keep, and
whether anyone else in your organization uses this account to manage Skill
Builder seats?

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT.format(c=K5)
a029 = add("info_request", True, K5, [], "console case ask ('Could you let us know'), to be answered in the Support Center; rating footer and 'replies are discarded' boilerplate; CRLF",
           frm=CONF, to=ME_P, subject="RE:[CASE %s] Skill Builder subscription billed twice" % K5,
           date=dt("2025-03-15 07:44:02"), auth=auth_gmail("amazon.com", mailfrom="0100019c@email.amazonses.com"),
           body=part(b, cs="us-ascii", cte="7bit"), eol="\r\n")

# 030
h30 = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Ren,</p>
<p>Good news: the AWS Partner team has signed off, so the merge can go ahead.</p>
<p>These are the two certification accounts I found for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05577120</td><td>AWS01938462</td></tr>
<tr><td>Login email</td><td>ren.takeda.dev@gmail.com</td><td>ren.takeda@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>ren.takeda.dev@gmail.com</td><td>ren.takeda@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ren.takeda.dev@gmail.com</td><td>ren.takeda@hoshizora-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>CLF-C02, SAA-C03</td></tr>
</table>
<p>My plan is to move everything from Account #2 into Account #1, keep ren.takeda.dev@gmail.com as your login, and deactivate Account #2. A merge can't be undone afterwards.</p>
<p>Is Account #1 the one you want to keep?</p>
<p>Priya<br>AWS Training and Certification</p>
</body></html>"""
a030 = add("confirmation_request", True, K3, ["AWS05577120", "AWS01938462"], "HTML-only, base64, Account #1/#2 in a table; the ask is one bare question at the end after good news",
           frm=TCF, to=ME_P, subject=tcsubj(K3), date=dt("2025-03-17 04:18:26"), irt=a024, refs=[a016, a019, a024],
           auth=auth_gmail("amazon.com", mailfrom="0100019d@email.amazonses.com"), body=part(h30, "html", cte="base64"))

# 031
t30 = """Hi Ren,

Good news: the AWS Partner team has signed off, so the merge can go ahead.

These are the two certification accounts I found for you:
[table: Account #1 AWS05577120 ren.takeda.dev@gmail.com / Account #2 AWS01938462 ren.takeda@hoshizora-tech.co.jp]

My plan is to move everything from Account #2 into Account #1, keep ren.takeda.dev@gmail.com as your login, and deactivate Account #2. A merge can't be undone afterwards.

Is Account #1 the one you want to keep?

Priya
AWS Training and Certification"""
b31 = """Hi Priya,

Thanks. Before I confirm: will the 50%% exam discount voucher on Account #2 move
over to Account #1 as well? I'd like to use it for the Professional exam later
this year.

Ren

On Mon, Mar 17, 2025 at 1:18 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(t30))
a031 = add("user_reply", False, K3, [], "user's reply is itself a question and does NOT confirm; quoted request with candidate IDs below",
           frm=ME_PF, to=TCF, subject=tcsubj(K3), date=dt("2025-03-17 21:40:12", 9), irt=a030, refs=[a016, a024, a030],
           body=part(b31, cte="quoted-printable"))

# 032
b32 = """Hi Ren,

Good question. Benefits such as exam discount vouchers are tied to the
certification rather than to the login, so they move with the merge. Any unused
voucher on Account #2 will show under Benefits on Account #1 once the merge is
finished. Expiry dates stay the same; the voucher doesn't get a fresh validity
period.

Your exam appointment on April 19 is already booked under Account #1, so it won't
be affected either.

With that cleared up, I still need your go-ahead before I touch anything: reply
with the number of the account you'd like to keep (Account #1,
ren.takeda.dev@gmail.com, or Account #2, ren.takeda@hoshizora-tech.co.jp).

Best,
Priya

On Mon, Mar 17, 2025, Ren Takeda <%s> wrote:
%s
""" % (ME_P, q(b31.split("\nOn Mon")[0]))
a032 = add("confirmation_request", True, K3, [], "mixed mail: long answer about vouchers, then the merge confirmation buried in paragraph 3 ('I still need your go-ahead ... reply with the number')",
           frm=TCF, to=ME_P, subject=tcsubj(K3), date=dt("2025-03-18 07:22:51"), irt=a031, refs=[a016, a030, a031],
           auth=auth_gmail("amazon.com", mailfrom="0100019e@email.amazonses.com"),
           body=multi("alternative", [part(b32, cte="quoted-printable"), part(t2h(b32), "html", cte="quoted-printable")]))

# 033
b = """Cloud Weekly JP 第212号 (2025/03/18)

今週のピックアップ
1. 転職前にやっておきたい AWS 認定アカウントの統合手順
2. Amazon Bedrock の新しいモデル評価機能を試してみた
3. 「RE:[CASE ...]」で始まるサポートメールの読み方

イベント情報
・JAWS-UG 東京 #62(4月10日)

ご意見・ご感想は、このメールに返信してお寄せください。
配信停止: https://cloudweekly.jp/unsubscribe
"""
add("unrelated", False, None, [], "Japanese newsletter mentioning account merge and '[CASE' support mails; asks for replies (feedback)",
    frm=addr("Cloud Weekly JP", "news@cloudweekly.jp"), to=ME_P, subject="【Cloud Weekly】第212号: AWS 認定アカウントの統合手順ほか",
    date=dt("2025-03-18 18:00:00", 9), auth=auth_gmail("cloudweekly.jp", mailfrom="bounce@mail.cloudweekly.jp", ip="203.0.113.55"),
    body=part(b, cte="8bit"), extra_headers=["List-Unsubscribe: <https://cloudweekly.jp/unsubscribe>"])

# 034
b = """Hello,

We haven't received a response to our previous correspondence on this case.

If we don't hear from you, the case will be resolved automatically after 3 days.
If you still need help with the Skill Builder charges, respond through the Support
Center link below so we can continue working on it.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(c=K5)
a034 = add("closing_notice", True, K5, [], "console auto-resolve warning; reply must go through the Support Center (email reply discarded)",
           frm=CONF, to=ME_P, subject="RE:[CASE %s] Skill Builder subscription billed twice" % K5,
           date=dt("2025-03-19 07:50:11"), auth=auth_gmail("amazon.com", mailfrom="0100019f@email.amazonses.com"),
           body=part(b, cs="us-ascii", cte="quoted-printable"), eol="\r\n")

# 035
b = """AWS Summit Japan 2025 - registration is now open

Join thousands of builders on June 25-26 at Makuhari Messe. Over 150 sessions,
hands-on labs and a Certification Lounge for AWS Certified attendees.

Register now: https://aws.amazon.com/jp/summits/japan/

Questions about the event? Reply to this email and our events team will get back
to you.

Amazon Web Services Japan G.K.
To unsubscribe, visit https://pages.awscloud.com/unsubscribe
"""
add("unrelated", False, None, [], "AWS marketing from aws-marketing-email-replies@amazon.com; mentions Certification; conditional reply invitation",
    frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="AWS Summit Japan 2025: registration now open", date=dt("2025-03-19 10:00:00"),
    auth=auth_gmail("amazon.com", mailfrom="bounce@mkt.awscloud.com"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="base64")]))

# 036
b = """Hello,

Thank you for confirming in the Support Center that the individual subscription is
the one you want to keep. I cancelled the Team subscription and requested a refund
of USD 29.00 for the March charge. The credit will appear on your next invoice,
usually within 5-7 business days.

As nothing else is pending, I'm marking this case as resolved.

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT.format(c=K5)
a036 = add("resolved", False, K5, [], "console resolution with the same Support-Center/rating footer as the console ask (footer is not a request)",
           frm=CONF, to=ME_P, subject="RE:[CASE %s] Skill Builder subscription billed twice" % K5,
           date=dt("2025-03-20 02:33:48"), auth=auth_gmail("amazon.com", mailfrom="010001a0@email.amazonses.com"),
           body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]),
           eol="\r\n")

# 037
b37 = """Hello Ren,

I'm following up on the message below. We haven't heard from you since March 18,
and we can't merge the accounts without your confirmation.

If we don't get a reply within the next 3 business days, this case will be
closed. Replying to this email - even with just "Account #1" - keeps it open and
lets us finish the merge.

Regards,
Samira
AWS Training and Certification

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 18, 2025 7:22 AM
To: %s
Subject: %s

%s""" % (TC, ME_P, tcsubj(K3), b32)
a037 = add("closing_notice", True, K3, [], "closing notice top-posted over the whole Outlook-quoted history (which itself contains a confirmation request)",
           frm=TCF, to=ME_P, subject=tcsubj(K3), date=dt("2025-03-21 02:00:37"), irt=a032, refs=[a016, a030, a031, a032],
           auth=auth_gmail("amazon.com", mailfrom="010001a1@email.amazonses.com"), body=part(b37, cte="quoted-printable"))

# 038
b = """※このメールは自動応答です。

誠に恐れ入りますが、3月24日(月)まで休暇のため不在にしております。
いただいたメールは復帰後に順次確認し、ご返信いたします。
お急ぎの場合は、design-info@nagare-design.co.jp までご連絡ください。

ナガレデザイン株式会社 鈴木 拓也
"""
add("unrelated", False, None, [], "Japanese out-of-office auto-reply (ISO-2022-JP) from an outside contact",
    frm=addr("鈴木 拓也", "t.suzuki@nagare-design.co.jp", "iso-2022-jp"), to=ME_C,
    subject="自動応答: 送別会の日程について", date=dt("2025-03-21 11:05:00", 9),
    auth=auth_m365("nagare-design.co.jp", "nagare-design.co.jp", "40.107.74.50"),
    body=part(b, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# 039
b39 = """Hi Samira,

Sorry for the slow reply, I was travelling. Confirmed: please merge Account #2
into Account #1 and keep ren.takeda.dev@gmail.com.

Thanks,
Ren

On Fri, Mar 21, 2025 at 11:00 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(b37))
a039 = add("user_reply", False, K3, [], "confirmation whose subject has NO case number (threads only via In-Reply-To/References); long quoted history",
           frm=ME_PF, to=TCF, subject="Confirmed - keep Account #1", date=dt("2025-03-21 12:10:05", 9),
           irt=a037, refs=[a016, a030, a031, a032, a037], body=part(b39, cte="quoted-printable"))

# 040
b = """Hello Ren,

Thank you for confirming. The merge is complete: Account #2 (AWS01938462) has been
merged into Account #1 (AWS05577120), and you can sign in with
ren.takeda.dev@gmail.com to see your full exam history, certifications and
benefits.

Credly will re-issue your digital badges to the same address over the next few
hours. Changes to the partner profile can take several days to show.

No further action is required from you, and I've set this case to resolved. If
something looks wrong, you're welcome to reply here.

Regards,
Samira
AWS Training and Certification

-----Original Message-----
From: Ren Takeda <%s>
Sent: Friday, March 21, 2025 3:10 AM
To: AWS Training and Certification <%s>
Subject: Confirmed - keep Account #1

%s""" % (ME_P, TC, b39)
a040 = add("resolved", False, K3, ["AWS01938462", "AWS05577120"], "merge done; quotes the closing notice and confirmation request below; conditional reply line; CRLF multipart",
           frm=TCF, to=ME_P, subject=tcsubj(K3), date=dt("2025-03-21 05:30:18"), irt=a039, refs=[a016, a037, a039],
           auth=auth_gmail("amazon.com", mailfrom="010001a2@email.amazonses.com"),
           body=multi("alternative", [part(b, cte="quoted-printable"), part(t2h(b), "html", cte="quoted-printable")]),
           eol="\r\n")

# 041
b = """Hi Ren,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Claim it within 30 days to add it to your Credly profile:
https://www.credly.com/badges/c51e9d07-6f3a-4a59-b0f2-8d3e7c1a2b64/accept

Credly
"""
add("badge", False, None, [], "Credly badge re-issued right after the merge (same minute range); badge UUID",
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification sent you a new badge",
    date=dt("2025-03-21 06:12:44"), auth=auth_gmail("credly.com", mailfrom="bounce@credly.com", ip="198.2.180.12"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 042
b = """Hello,

Your recent case %s with AWS Training and Certification has been resolved.
We'd like to hear how it went.

Please take a moment to answer two short questions:
https://survey.aws-training-feedback.amazon.com/s/9KQ1?case=%s

On a scale of 1 to 5, how satisfied were you with the support you received?

Thank you,
AWS Training and Certification
""" % (K3, K3)
add("survey", False, K3, [], "survey from the same form sender, with 'Please take a moment'; mentions the case was resolved",
    frm=TCF, to=ME_P, subject="How did we do? Your feedback on case %s" % K3, date=dt("2025-03-22 05:31:00"),
    auth=auth_gmail("amazon.com", mailfrom="010001a3@email.amazonses.com"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 043
b = """武田さん

お疲れさまです。森です。
私も先週アカウント統合を申請したら、以下のメールが来ました。
これって "Confirmed" と返すだけでいいんでしょうか?武田さんの時はどうでしたか?

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月21日(金) 14:02
Subject: RE:[CASE 174253332000642] [AWS Training and Certification Form Submission] - account-assistance
To: <yuki.mori.personal@gmail.com>

Hello Yuki,

Please review the two accounts below and confirm which one should be kept.

Account #1
Login email: yuki.mori.personal@gmail.com
Candidate ID: AWS06620417

Account #2
Login email: yuki.mori@hoshizora-tech.co.jp
Candidate ID: AWS03391178

Reply to this email with the account you want to keep.

Thanks,
Priya
""" % TC
add("unrelated", False, None, [], "colleague forwards HER OWN confirmation request (other case number, Account #1/#2, candidate IDs in forwarded part) and asks Ren a question",
    frm=addr("森 由紀", "yuki.mori@hoshizora-tech.co.jp"), to=ME_C,
    subject="Fwd: RE:[CASE 174253332000642] [AWS Training and Certification Form Submission] - account-assistance",
    date=dt("2025-03-24 09:12:30", 9), body=part(b, cte="base64"))

# 044
b = """Hello Ren,

As an AWS Certified individual, you're invited to take part in a short survey
about the AWS Certification program: exam content, the testing experience and
the benefits you use.

The survey takes about 10 minutes and is open until April 30, 2025.
Take the survey: https://certmetrics.com/amazon/survey/7f3c1d

This invitation is personal to you; please don't forward it.

AWS Certification
"""
add("certification", False, None, [], "certmetrics feedback invitation about the certification program: a 'survey' word but kind certification, not a support survey",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS Certification wants your opinion", date=dt("2025-03-24 16:00:00"),
    auth=auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="40.107.1.9"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 045
b = """Thanks for your order.

Order number: 112-5839201-4470193
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: ren.takeda.dev@gmail.com

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Skill Builder
"""
add("unrelated", False, None, [], "Skill Builder receipt from aws.training domain",
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P, subject="Your AWS Skill Builder receipt",
    date=dt("2025-03-25 00:04:19"), auth=auth_gmail("aws.training", mailfrom="bounce@aws.training"),
    body=part(b, cs="us-ascii", cte="7bit"))

# 046
b = """##- Please type your reply above this line -##

Hello Ren,

Your license has been moved to your personal JetBrains Account
(ren.takeda.dev@gmail.com). We're marking this request as solved.

If the problem comes back, simply reply to this email to reopen the request.

Best regards,
Marta
JetBrains Support

Request #4821937 - License transfer to personal account
"""
add("unrelated", False, None, [], "another vendor's 'request solved' mail with reopen-by-reply wording and a 7-digit request number",
    frm=addr("JetBrains Support", "support@jetbrains.com"), to=ME_P,
    subject="[JetBrains] Re: License transfer to personal account (Request #4821937)",
    date=dt("2025-03-25 09:40:02"), auth=auth_gmail("jetbrains.com", mailfrom="support@jetbrains.com", ip="104.130.96.10"),
    body=part(b, cs="us-ascii", cte="quoted-printable"))

# 047
b47 = """このメールは、AWS トレーニングと認定へのお問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定特典

お問い合わせ内容:
アカウント統合(ケース %s)後、統合元アカウントにあった 50%% 割引バウチャーが特典ページに表示されません。確認をお願いします。候補ID: AWS05577120

ご回答までに通常 1 営業日ほどお時間をいただいております。既にお問い合わせいただいている内容について、重複してケースを作成されませんようお願い申し上げます。

お伝えいただきたい事項が追加でございましたら、本メールにご返信いただければケースに記録されます。

AWS トレーニングと認定
""" % (K6, K3)
a047 = add("acknowledgement", False, K6, ["AWS05577120"], "Japanese ISO-2022-JP ack that mentions another case number (K3) in the echoed text; keigo 〜お願い申し上げます that is not an ask",
           frm=AWSF, to=ME_P, subject=tcsubj(K6, "certification-benefits"), date=dt("2025-03-26 01:20:16"),
           auth=auth_gmail("amazon.com", mailfrom="010001a4@email.amazonses.com"),
           body=part(b47, cs="iso-2022-jp", cte="7bit"))

# 048
b48 = """武田 蓮 様

AWS トレーニングと認定サポートの佐藤と申します。お問い合わせいただき、ありがとうございます。

ケース %s の記録を拝見しました。3月21日にアカウント統合が完了しており、統合元アカウント(AWS01938462)の認定履歴はすべて AWS05577120 へ移行されていることを確認いたしました。

一方で、認定特典のバウチャーは、統合時点で有効期限内かつ未使用のものに限り移行される仕様となっております。統合元アカウントのバウチャーについては、弊社システム上で発行日と使用状況を確認できなかったため、現時点では移行の対象かどうか判断ができない状況です。

つきましては、統合元アカウントで最後にバウチャーをご覧になった時期と、画面に表示されていた有効期限(お控えがあれば)をお知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定
""" % K3
a048 = add("info_request", True, K6, ["AWS01938462", "AWS05577120"], "Shift_JIS QP; request buried in paragraph 4 after two paragraphs of explanation, phrased 〜いただけますと幸いです",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K6, "certification-benefits"),
           date=dt("2025-03-27 07:05:40"), irt=a047, refs=[a047],
           auth=auth_gmail("amazon.com", mailfrom="010001a5@email.amazonses.com"),
           body=part(b48, cs="shift_jis", cte="quoted-printable"))

# 049
b = """Kenji Ota commented on INFRA-2291:

@Ren Takeda please reply with the handover status of the AWS accounts before
Friday. Account 390615228104 (prod) is in scope; the sandbox accounts are not.

Reply above this line to comment on the issue.
View issue: https://hoshizora-tech.atlassian.net/browse/INFRA-2291
"""
add("unrelated", False, None, [], "Jira comment asking Ren to reply (not to AWS support); 12-digit AWS account ID",
    frm=addr("Kenji Ota (Jira)", "jira@hoshizora-tech.atlassian.net"), to=ME_C,
    subject="[JIRA] (INFRA-2291) 退職者アカウント引き継ぎ: 武田", date=dt("2025-03-27 08:30:00"),
    auth=auth_m365("hoshizora-tech.atlassian.net", "bounce.atlassian.net", "18.234.32.1"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 050
b = """Hello,

We were unable to verify the ownership of the accounts listed in your merge request.

Please confirm the merge by signing in with your AWS Builder ID at the secure link
below within 24 hours. Otherwise your certifications may be revoked.

https://aws-training-verify.com/login?case=174312787000219

We appreciate your prompt attention to this matter.

Best regards,
AWS Training and Certification
"""
add("suspicious", False, None, [], "genuine-looking: real form sender address and subject format, but dkim/spf/dmarc=fail for amazon.com; link to foreign domain",
    frm=TCF, to=ME_P, subject=tcsubj("174312787000219"), date=dt("2025-03-28 02:11:14"),
    auth=auth_gmail("amazon.com", ok=False, mailfrom="bounce@mail-relay-7.top", ip="45.137.21.9"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 051
b51 = """佐藤様

ご確認ありがとうございます。

最後にバウチャーを見たのは 3 月上旬(統合を申請する直前)です。
有効期限は 2025年9月30日 と表示されていたと記憶しています。

よろしくお願いいたします。
武田

2025年3月27日(木) 16:05 AWS Training and Certification <%s>:
%s
""" % (TC, q(b48))
a051 = add("user_reply", False, K6, [], "Japanese reply, UTF-8 8bit, Gmail Japanese quote header; quoted part has candidate IDs (not counted)",
           frm=ME_PJ, to=TCF, subject=tcsubj(K6, "certification-benefits"), date=dt("2025-03-28 12:30:00", 9),
           irt=a048, refs=[a047, a048], body=part(b51, cte="8bit"))

# 052
b52 = """武田様

ご回答ありがとうございます。いただいた情報をもとに、認定特典を管理する担当チームへ確認を依頼いたしました。

バウチャーの再発行の可否は同チームの判断となるため、本ケースは先方からの回答待ちとさせていただきます。回答がありしだい改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

佐藤
AWS トレーニングと認定
"""
a052 = add("on_hold", False, K6, [], "Japanese hold waiting on another team; お待ちくださいますようお願い申し上げます is not a reply request",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K6, "certification-benefits"),
           date=dt("2025-03-31 02:44:09"), irt=a051, refs=[a047, a048, a051],
           auth=auth_gmail("amazon.com", mailfrom="010001a6@email.amazonses.com"), body=part(b52, cte="quoted-printable"))

# 053
b = """武田 蓮 様

情報システム部です。
本日 23:59 をもって、本メールアドレス(ren.takeda@hoshizora-tech.co.jp)は停止されます。
停止後に届いたメールは送信元へ返送されます。転送設定は行えませんのでご注意ください。

ご不明な点はヘルプデスク(内線 4410)までお問い合わせください。
長い間お疲れさまでした。
"""
add("unrelated", False, None, [], "internal notice that the company mailbox closes today (base64 UTF-8)",
    frm=addr("情報システム部", "it-helpdesk@hoshizora-tech.co.jp"), to=ME_C,
    subject="【重要】メールアカウント停止のお知らせ(本日 23:59)", date=dt("2025-03-31 18:00:00", 9),
    body=part(b, cte="base64"))

# 054
h = """<html><body>
<p>AWS 認定 デジタルバッジ ご利用者様</p>
<p>お客様が保有する AWS 認定のデジタルバッジが <b>48 時間以内に失効</b>します。</p>
<p>バッジを維持するには、以下のリンクから AWS アカウントでログインし、本人確認を完了してください。</p>
<p><a href="https://credly-badge-support.com/aws/verify">本人確認を行う</a></p>
<p>本メールにご返信いただいても対応できません。</p>
<p>Credly サポートチーム</p>
</body></html>"""
add("suspicious", False, None, [], "Japanese phishing from Credly lookalike credly-badge-support.com (auth passes for the lookalike)",
    frm=addr("Credly", "noreply@credly-badge-support.com"), to=ME_P, subject="【重要】お客様のデジタルバッジが失効します",
    date=dt("2025-04-01 03:22:51"), auth=auth_gmail("credly-badge-support.com", mailfrom="mail@credly-badge-support.com", ip="91.92.120.33"),
    body=part(h, "html", cte="base64"))

# 055
b55 = """佐藤様

追加の情報です。旧アカウントの特典ページのスクリーンショットが手元に残っていました。
バウチャーの発行日は 2024年10月1日、有効期限は 2025年9月30日 です。

よろしくお願いいたします。
武田

2025年3月31日(月) 11:44 AWS Training and Certification <%s>:
%s
""" % (TC, q(b52))
a055 = add("user_reply", False, K6, [], "unprompted follow-up by the user while the case is on hold; Cc to the closed company address",
           frm=ME_PJ, to=TCF, cc=ME_C, subject=tcsubj(K6, "certification-benefits"), date=dt("2025-04-02 09:30:10", 9),
           irt=a052, refs=[a047, a048, a051, a052], body=part(b55, cte="quoted-printable"))

# 056
rep = """** Address not found **

Your message wasn't delivered to ren.takeda@hoshizora-tech.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
hdrs = """From: %s
To: %s
Cc: %s
Subject: %s
Date: Wed, 02 Apr 2025 09:30:10 +0900
Message-ID: %s
""" % (ME_PJ, TC, ME_C, tcsubj(K6, "certification-benefits"), MIDS[a055])
add("unrelated", False, None, [], "bounce (multipart/report) of the user's Cc to the closed company address; returned headers carry the case subject",
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=dt("2025-04-02 00:30:14"),
    auth=auth_gmail("googlemail.com", mailfrom="", ip="209.85.220.41"),
    body=multi("report", [part(rep, cs="us-ascii", cte="7bit"),
                          {"raw_type": "message/delivery-status", "body": "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\n" % ME_C},
                          {"raw_type": "text/rfc822-headers", "body": hdrs}], " report-type=delivery-status;"))

# 057
b57 = """武田さま

林です。佐藤に代わり、本ケースを担当いたします。

特典の担当チームから回答がありました。統合元アカウントのバウチャーは有効期限内かつ未使用であることが確認できたため、新しいアカウントで再発行できることになりました。

再発行にあたり、バウチャーを利用する予定の試験名を教えてください。試験によって発行するバウチャーの種類が異なります。

林
AWS トレーニングと認定
"""
a057 = add("info_request", True, K6, [], "mixed mail: good news first, then a plain 〜教えてください ask; ISO-2022-JP; agent hand-over",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K6, "certification-benefits"),
           date=dt("2025-04-04 05:10:33"), irt=a055, refs=[a047, a048, a051, a052, a055],
           auth=auth_gmail("amazon.com", mailfrom="010001a7@email.amazonses.com"),
           body=part(b57, cs="iso-2022-jp", cte="7bit"))

# 058
b = """武田 蓮 さん

「JAWS-UG 東京 #62」の補欠から参加者に繰り上がりました。

日時: 2025/04/10(木) 19:00〜21:00
会場: 目黒セントラルスクエア

参加できなくなった場合は、イベントページからキャンセルをお願いします。

connpass
"""
add("unrelated", False, None, [], "Japanese event-platform notice with an ask-like キャンセルをお願いします",
    frm=addr("connpass", "no-reply@connpass.com"), to=ME_P, subject="「JAWS-UG 東京 #62」の補欠から参加者になりました",
    date=dt("2025-04-04 20:02:00", 9), auth=auth_gmail("connpass.com", mailfrom="bounce@connpass.com", ip="54.238.1.1"),
    body=part(b, cte="base64"))

# 059
b59 = """武田さま

林です。4月4日にお送りしたご質問について、まだご返信を確認できておりません。

このままご連絡がない場合、4月12日(土)をもって本ケースをクローズいたします。クローズ後は、バウチャーの再発行手続きも停止となりますのでご注意ください。
ケースを継続される場合は、このメールにご返信いただくだけで結構です。

林
AWS トレーニングと認定

2025年4月4日(金) 14:10 AWS Training and Certification <%s>:
%s
""" % (TC, q(b57))
a059 = add("closing_notice", True, K6, [], "Japanese closing notice: deadline + 'ご返信いただくだけで結構です' (no ください); quotes the earlier ask",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K6, "certification-benefits"),
           date=dt("2025-04-09 01:00:09"), irt=a057, refs=[a047, a057],
           auth=auth_gmail("amazon.com", mailfrom="010001a8@email.amazonses.com"), body=part(b59, cte="quoted-printable"))

# 060
b60 = """林様

ご連絡が遅くなり申し訳ありません。
AWS Certified Solutions Architect - Professional(SAP-C02)で利用する予定です。
新しいアカウントの候補 ID は AWS05577120 です。

よろしくお願いいたします。
武田

2025年4月9日(水) 10:00 AWS Training and Certification <%s>:
%s
""" % (TC, q(b59))
a060 = add("user_reply", False, K6, ["AWS05577120"], "Japanese answer to the closing notice, with candidate ID in new text",
           frm=ME_PJ, to=TCF, subject=tcsubj(K6, "certification-benefits"), date=dt("2025-04-09 20:15:42", 9),
           irt=a059, refs=[a047, a057, a059], body=part(b60, cte="8bit"))

# 061
h = """<html><head><meta charset="utf-8"></head><body>
<p>武田さま</p>
<p>林です。SAP-C02 で利用できる 50% 割引バウチャーを、候補 ID AWS05577120 のアカウントに発行いたしました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>種別</td><td>50% 割引バウチャー</td></tr>
<tr><td>対象試験</td><td>AWS Certified Solutions Architect - Professional (SAP-C02)</td></tr>
<tr><td>有効期限</td><td>2025年9月30日</td></tr>
</table>
<p>認定アカウントの「特典」ページでご確認ください。</p>
<p>本件は以上で解決とさせていただきます。追加のお手続きは必要ございません。</p>
<p>林<br>AWS トレーニングと認定</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p>2025年4月9日(水) 20:15 武田 蓮 &lt;ren.takeda.dev@gmail.com&gt;:</p>
<p>林様<br>ご連絡が遅くなり申し訳ありません。</p>
<blockquote><p>再発行にあたり、バウチャーを利用する予定の試験名を教えてください。</p></blockquote>
</blockquote>
</body></html>"""
a061 = add("resolved", False, K6, ["AWS05577120"], "HTML-only Japanese resolution with table; 'ご確認ください' means check the website; old ask quoted in blockquote",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K6, "certification-benefits"),
           date=dt("2025-04-10 02:20:00"), irt=a060, refs=[a047, a057, a059, a060],
           auth=auth_gmail("amazon.com", mailfrom="010001a9@email.amazonses.com"), body=part(h, "html", cte="base64"))

# 062
b = """Hi Ren,

Just a reminder: your AWS Certified Cloud Practitioner badge from Amazon Web
Services Training and Certification is still waiting for you.

Accept it here: https://www.credly.com/badges/0b7d2f4e-1c8a-4f6e-9d35-72a1e6c0f918/accept

Credly
"""
add("badge", False, None, [], "Credly claim reminder to the personal address after the merge",
    frm=addr("Credly", "admin@credly.com"), to=ME_P, subject="Reminder: your badge is waiting",
    date=dt("2025-04-10 06:00:00"), auth=auth_gmail("credly.com", mailfrom="bounce@credly.com", ip="198.2.180.12"),
    body=part(b, cs="us-ascii", cte="7bit"))

# 063
b = """Hello,

Your AWS Support case %s ("Skill Builder subscription billed twice") was
recently resolved. Would you take two minutes to tell us how we did?

Rate your experience: https://console.aws.amazon.com/support/feedback?caseId=%s

Amazon Web Services
""" % (K5, K5)
add("survey", False, K5, [], "console-case satisfaction survey from no-reply-aws@amazon.com phrased as a question",
    frm=CONF, to=ME_P, subject="Tell us about your AWS Support experience (Case %s)" % K5, date=dt("2025-04-11 03:00:00"),
    auth=auth_gmail("amazon.com", mailfrom="010001aa@email.amazonses.com"),
    body=multi("alternative", [part(b, cs="us-ascii", cte="7bit"), part(t2h(b), "html", cte="quoted-printable")]))

# 064
b64 = """ご担当者様

2023年にこちらのケースで氏名の表記を訂正していただいた武田です。
先月アカウント統合(ケース %s)を行ったところ、統合後のアカウントで氏名が再び「Ren Takada」と表示されるようになりました。
お手数ですが、再度ご確認いただけますでしょうか。

候補 ID: AWS05577120

武田 蓮

2023年5月11日(木) 15:20 AWS Training and Certification <%s>:
> 武田様
>
> お待たせいたしました。中村でございます。
>
> 候補 ID AWS01938462 の認定アカウントにつきまして、氏名を「Ren Takeda」に訂正いたしました。
> 本件はこれにて完了とさせていただきます。
""" % (K3, TC)
a064 = add("user_reply", False, K2, ["AWS05577120"], "user reopens the 2023 case by replying to its old resolution; body mentions K3 too; quoted candidate ID not counted",
           frm=ME_PJ, to=TCF, subject="Re: " + tcsubj(K2, "certification", "RE: "), date=dt("2025-04-14 08:40:00", 9),
           irt=a011, refs=[a008, a009, a010, a011], body=part(b64, cte="base64"))

# 065
b = """Hello,

Your case %s has been reopened because we received a new reply from you.
It is back in the AWS Training and Certification queue, and an agent will follow up.

This is an automated message.

AWS Training and Certification
""" % K2
a065 = add("case_update", False, K2, [], "automated 'case reopened' notice (not a first acknowledgement)",
           frm=TCF, to=ME_P, subject=tcsubj(K2, "certification"), date=dt("2025-04-13 23:41:10"), irt=a064, refs=[a011, a064],
           auth=auth_gmail("amazon.com", mailfrom="010001ab@email.amazonses.com"), body=part(b, cs="us-ascii", cte="7bit"))

# 066
b66 = """Hello Ren,

I've looked at the merged account. The name was taken from an older profile
record during the merge, which is why the earlier spelling came back.

Before I change it: your 2023 case recorded the passport spelling as "TAKEDA REN",
while the profile you created last month says "Ren Takeda". Which form should
appear on your certificates - given name first or family name first?

Grace
AWS Training and Certification
"""
a066 = add("info_request", True, K2, [], "asks to confirm something other than the merge (name order), as a bare question after an explanation",
           frm=TCF, to=ME_P, subject=tcsubj(K2, "certification"), date=dt("2025-04-15 01:12:39"), irt=a064, refs=[a011, a064],
           auth=auth_gmail("amazon.com", mailfrom="010001ac@email.amazonses.com"), body=part(b66, cs="us-ascii", cte="7bit"),
           eol="\r\n")

# 067
b67 = """Hi Grace,

Given name first, please: Ren Takeda.

Thanks,
Ren

On Tue, Apr 15, 2025 at 10:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(b66))
a067 = add("user_reply", False, K2, [], "very short English user reply on the reopened case",
           frm=ME_PF, to=TCF, subject=tcsubj(K2, "certification"), date=dt("2025-04-15 12:01:00", 9),
           irt=a066, refs=[a064, a066], body=part(b67, cs="us-ascii", cte="7bit"))

# 068
h = """<html><body style="font-family:Arial;font-size:14px">
<div>Hello Ren,</div><br>
<div>Done &mdash; the name on candidate ID <b>AWS05577120</b> now reads <b>Ren Takeda</b>. Newly downloaded certificate PDFs use the new name, and Credly will pick up the change within 24 hours.</div><br>
<div>I'm closing this case as resolved. Thanks for your patience!</div><br>
<div>Grace<br>AWS Training and Certification</div>
<hr>
<div style="color:#555"><b>From:</b> Ren Takeda &lt;ren.takeda.dev@gmail.com&gt;<br><b>Sent:</b> Tuesday, April 15, 2025 3:01 AM<br><b>Subject:</b> RE:[CASE %s]</div>
<div style="color:#555">Given name first, please: Ren Takeda.</div>
<blockquote>Before I change it: your 2023 case recorded the passport spelling as "TAKEDA REN", while the profile you created last month says "Ren Takeda". Which form should appear on your certificates - given name first or family name first?</blockquote>
</body></html>""" % K2
add("resolved", False, K2, ["AWS05577120"], "HTML-only resolution of the reopened case; the old question is quoted in a blockquote",
    frm=TCF, to=ME_P, subject=tcsubj(K2, "certification"), date=dt("2025-04-16 04:33:02"), irt=a067, refs=[a064, a066, a067],
    auth=auth_gmail("amazon.com", mailfrom="010001ad@email.amazonses.com"), body=part(h, "html", cte="quoted-printable"))

# 069
b = """武田 蓮 様

お持ちの AWS 認定の有効期限が近づいています。

認定: AWS Certified Cloud Practitioner
有効期限: 2025年7月15日
候補 ID: AWS05577120

期限までに再認定を行うと、認定を継続できます。詳しくは AWS 認定アカウントをご確認ください。

AWS 認定
このメールは送信専用です。
"""
add("certification", False, None, ["AWS05577120"], "Japanese certmetrics expiry notice (ご確認ください is not a reply ask)",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P, subject="AWS 認定の有効期限が近づいています",
    date=dt("2025-04-18 16:00:00"), auth=auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="40.107.1.9"),
    body=multi("alternative", [part(b, cte="quoted-printable"), part(t2h(b), "html", cte="base64")]))

# 070
b = """Your one-time code is 905172.

Enter this code to finish signing in to your AWS Builder ID. It expires in 10
minutes. If you didn't request it, change your password.
"""
add("unrelated", False, None, [], "Builder ID sign-in code from login.awsapps.com (6-digit code)",
    frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), to=ME_P, subject="AWS Builder ID one-time code",
    date=dt("2025-04-20 10:15:00"), auth=auth_gmail("login.awsapps.com", mailfrom="no-reply@login.awsapps.com"),
    body=part(b, cs="us-ascii", cte="7bit"))

# 071
b = """Hello Ren,

A short follow-up on your merged accounts: the AWS Partner team has now removed
your certifications from Hoshizora Tech's partner profile, and the change is
visible in Partner Central.

I'm passing this on for your information only; your case remains resolved.

Samira
AWS Training and Certification
"""
add("case_update", False, K3, [], "news on the already-resolved K3 case that asks nothing (not a new resolution)",
    frm=TCF, to=ME_P, subject=tcsubj(K3), date=dt("2025-04-22 03:05:00"), irt=a040, refs=[a016, a040],
    auth=auth_gmail("amazon.com", mailfrom="010001ae@email.amazonses.com"), body=part(b, cs="us-ascii", cte="quoted-printable"))

# 072
b = """You have been invited to the following event.

AWS 認定勉強会
When: Wed Apr 30, 2025 7pm - 9pm (JST)
Organizer: kenji.ota.home@gmail.com

Going? Yes - Maybe - No
Invitation from Google Calendar
"""
add("unrelated", False, None, [], "calendar invitation (RSVP wording)",
    frm=addr("Google Calendar", "calendar-notification@google.com"), to=ME_P,
    subject="Invitation: AWS 認定勉強会 @ Wed Apr 30, 2025 7pm - 9pm (JST)", date=dt("2025-04-23 12:00:00"),
    auth=auth_gmail("google.com", mailfrom="calendar-notification@google.com", ip="209.85.220.69"),
    body=multi("alternative", [part(b, cte="8bit"), part(t2h(b), "html", cte="base64")]))

# 073
b = """Hello Ren Takeda,

We have your request. Reference: case %s.

Response time: within 24 hours on business days. Opening another case for the
same request will not speed things up.

Request summary (Account Merge):
"I found a third certification account that was created through Partner Central
sign-in (AWS07741203). Please merge it into AWS05577120."

Amazon Web Services
""" % K7
a073 = add("acknowledgement", False, K7, ["AWS07741203", "AWS05577120"], "terse ack without 'RE:' prefix; case given as 'Reference: case N'; echoed 'Please merge'",
           frm=AWSF, to=ME_P, subject=tcsubj(K7, re=""), date=dt("2025-04-24 08:47:36"),
           auth=auth_gmail("amazon.com", mailfrom="010001af@email.amazonses.com"), body=part(b, cs="us-ascii", cte="7bit"))

# 074
b74 = """武田 蓮 様

いつもお世話になっております。AWS トレーニングと認定の小林でございます。

お問い合わせの件につきまして、該当するアカウントを以下のとおり確認いたしました。

アカウント A
  候補 ID: AWS05577120
  ログイン メール: ren.takeda.dev@gmail.com
  認定通知メール: ren.takeda.dev@gmail.com

アカウント B
  候補 ID: AWS07741203
  ログイン メール: ren.takeda@hoshizora-tech.co.jp(Partner Central 経由)
  認定通知メール: ren.takeda@hoshizora-tech.co.jp

アカウント B には認定の履歴はございませんが、2024年に受講されたトレーニングの記録が残っております。
アカウント B をアカウント A に統合し、アカウント A を残す形でよろしいか、ご確認のうえご返信くださいますようお願い申し上げます。

小林
AWS トレーニングと認定
"""
a074 = add("confirmation_request", True, K7, ["AWS05577120", "AWS07741203"], "Japanese keigo confirmation with 'アカウント A/B' instead of Account #1/#2; CRLF QP",
           frm=addr("AWS Training and Certification", TC), to=ME_P, subject=tcsubj(K7), date=dt("2025-04-25 01:30:00"),
           irt=a073, refs=[a073], auth=auth_gmail("amazon.com", mailfrom="010001b0@email.amazonses.com"),
           body=part(b74, cte="quoted-printable"), eol="\r\n")

# 075
b75 = """小林様

ご確認ありがとうございます。
はい、アカウント A(ren.takeda.dev@gmail.com)を残す形で統合をお願いいたします。

武田

2025年4月25日(金) 10:30 AWS Training and Certification <%s>:
%s
""" % (TC, q(b74))
a075 = add("user_reply", False, K7, [], "Japanese confirmation by the user; quoted part holds candidate IDs and the keigo request",
           frm=ME_PJ, to=TCF, subject=tcsubj(K7), date=dt("2025-04-25 12:45:00", 9), irt=a074, refs=[a073, a074],
           body=part(b75, cte="quoted-printable"))

# 076
b = """Hi Ren,

Merged - the training records from Account B now appear on Account A
(ren.takeda.dev@gmail.com). Nothing else is needed from you.

Thanks,
Aiko Kobayashi
AWS Training and Certification

How did we do? Rate your experience in one click:
https://survey.aws-training-feedback.amazon.com/s/2BZ8?case=%s

On Fri, Apr 25, 2025, 武田 蓮 <%s> wrote:
%s
""" % (K7, ME_P, q(b75))
add("resolved", False, K7, [], "short resolution with a survey link footer (still resolved) and a quoted Japanese confirmation request",
    frm=TCF, to=ME_P, subject=tcsubj(K7), date=dt("2025-04-26 00:10:00"), irt=a075, refs=[a073, a074, a075],
    auth=auth_gmail("amazon.com", mailfrom="010001b1@email.amazonses.com"), body=part(b, cte="8bit"))


# ---------------------------------------------------------------- README
def write_readme():
    from collections import Counter
    kinds = Counter(m[1]["kind"] for m in MSGS)
    nr = sum(1 for m in MSGS if m[1]["needs_reply"])
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# Blind held-out corpus (blind-96)", "",
             "Mailbox owner: Ren Takeda (武田 蓮), leaving Hoshizora Tech (an APN partner) on 2025-03-31.",
             "Personal address %s, old company address %s (closed 2025-03-31 23:59 JST)." % (ME_P, ME_C), "",
             "Generated by `python3 gen.py` (standard library only); messages are in arrival order.", "",
             "## Cases", ""]
    for i, (c, d) in enumerate(CASES.items(), 1):
        lines.append("- K%d = `%s` (%d digits): %s" % (i, c, len(c), d))
    lines += ["", "Numbers that are NOT cases: AWS account IDs 804213377591 / 390615228104, invoice 2024573916,",
              "Pearson VUE registration 481930275, codes 318406 / 905172, JetBrains request 4821937, phishing",
              "'case' numbers 5519203847 / 174312787000219, a colleague's case 174253332000642.", "",
              "## Counts", "", "%d messages; needs_reply true: %d" % (len(MSGS), nr), ""]
    for k, v in sorted(kinds.items()):
        lines.append("- %s: %d" % (k, v))
    lines += ["", "## Messages", "", "| file | kind | reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for n, lab, note, subj in MSGS:
        lines.append("| %03d-msg | %s | %s | %s | %s |" % (n, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                           lab["case"] or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


write_readme()
print("wrote %d messages" % len(MSGS))
