#!/usr/bin/env python3
"""Generate the blind-401 mailbox: NNN-msg.eml + NNN-msg.json, in arrival order.

Standard library only. Run from any directory: files are written next to this script.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME_P = "haruka.mizuno.k@gmail.com"       # personal (Gmail)
ME_C = "h.mizuno@kitanami-sys.co.jp"     # company (Microsoft 365)
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CE = "13894027751"        # 2023, name order on certificate (Japanese thread)
CA = "174652381700571"    # 2025, account merge, partner hold, reopened
CB = "174660233200418"    # 2025, duplicate form of CA
CC = "174791245500318"    # 2025, console case, voucher
CD = "174838071900944"    # 2025, Credly badges, wrong address, second merge
OLD = "8563320914"        # 2021 case, only its survey is in the box

SUBJ_E = "[AWS Training and Certification Form Submission] - certification-record"
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "[AWS Training and Certification Form Submission] - digital-badges"
SUBJ_C = "50% exam discount voucher missing after account merge"

MID = {}     # n -> Message-ID
REFS = {}    # n -> list of Message-IDs (References of that message, incl. itself last)
LABELS = {}


def h(n, salt=""):
    return hashlib.sha1(f"blind401-{n}-{salt}".encode()).hexdigest()


def dt(y, mo, d, hh, mi, ss=0, tz=UTC):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def enc(s, cs="utf-8"):
    """Header value: ASCII stays, anything else becomes encoded-words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def ad(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{enc(name, cs)} <{addr}>"
    if any(c in name for c in '.,()<>@:;[]"'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def make_mid(n, style):
    x = h(n, "mid")
    if style == "ses":
        return (f"<01010196{x[:8]}-{x[8:16]}-{x[16:20]}-{x[20:24]}-{x[24:36]}-000000"
                f"@us-west-2.amazonses.com>")
    if style == "ses-jp":
        return f"<0106019{x[:9]}-{x[9:17]}-{x[17:21]}-{x[21:33]}-000000@ap-northeast-1.amazonses.com>"
    if style == "gmail":
        b = base64.urlsafe_b64encode(bytes.fromhex(x + x[:8])).decode().rstrip("=")
        return f"<CA+{b[:38]}@mail.gmail.com>"
    if style == "outlook":
        u = x.upper()
        return f"<TYCPR01MB{u[:5]}{u[5:13]}{u[13:17]}@TYCPR01MB{u[17:22]}.jpnprd01.prod.outlook.com>"
    if style == "sfdc":
        return f"<{x[:10]}.{x[10:20]}.JavaMail.sfdc@sfdc-{x[20:24]}.{x[24:28]}.amazon.com>"
    return f"<{x[:16]}.{x[16:24]}@{style}>"


# ---------------------------------------------------------------- MIME nodes
def leaf(text, ctype="text/plain", cs="utf-8", cte="quoted-printable", csname=None,
         fmt_flowed=False, extra=None):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    ct = f'{ctype}; charset="{csname or cs}"'
    if fmt_flowed:
        ct += "; format=flowed"
    hd = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if extra:
        hd += extra
    return (hd, body)


def multi(sub, parts, n, tag="a", preamble=None, params=""):
    b = f"{'=_' if tag == 'o' else '000000000000'}{h(n, 'b' + tag)[:20]}"
    if tag == "o":
        b = f"_000_{h(n, 'b')[:24].upper()}_"
    hd = [f'Content-Type: multipart/{sub};{params}\n\tboundary="{b}"']
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for phd, pbody in parts:
        out += f"--{b}\n".encode() + ("\n".join(phd) + "\n\n").encode("ascii") + pbody
        if not pbody.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{b}--\n".encode()
    return (hd, out)


def raw_part(headers, body_text):
    return (headers, body_text.encode("ascii"))


# ---------------------------------------------------------------- transport headers
def ses_received(n, d, rcpt):
    ip = f"54.240.{27 + n % 5}.{10 + n % 200}"
    host = f"a27-{n % 60 + 1}.smtp-out.us-west-2.amazonses.com"
    if rcpt == "gmail":
        return [("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
                 f"{h(n, 'r')[:16]}.{n}.2025\n        for <{ME_P}>\n        (version=TLS1_3 "
                 f"cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(d)}")], ip
    return [("Received", f"from {host} ({ip}) by\n TY4PR01MB{h(n, 'x')[:5].upper()}.mail.protection."
             f"outlook.com (10.167.241.{n % 250}) with Microsoft SMTP Server\n (version=TLS1_3, "
             f"cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.{n} via Frontend\n Transport; "
             f"{format_datetime(d)}")], ip


def auth_gmail(n, dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", p="QUARANTINE"):
    s = (f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s={h(n, 's')[:8]} "
         f"header.b={h(n, 'hb')[:8]};\n       spf={spf} (google.com: domain of {mailfrom} "
         f"{'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) "
         f"smtp.mailfrom={mailfrom};\n       dmarc={dmarc} (p={p} sp={p} dis="
         f"{'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={dom}")
    return [("Authentication-Results", s)]


def auth_m365(n, dom, mfdom, ip, dkim="pass", spf="pass", dmarc="pass"):
    s = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}; dkim={dkim} (signature was verified)\n"
         f" header.d={dom};dmarc={dmarc} action=none header.from={dom};compauth="
         f"{'pass reason=100' if dmarc == 'pass' else 'fail reason=000'}")
    return [("Authentication-Results", s),
            ("Received-SPF", f"{'Pass' if spf == 'pass' else 'Fail'} ({'protection.outlook.com: domain of ' + mfdom})")]


def ses_headers(n, d, rcpt, dom="amazon.com", jp=False):
    rcv, ip = ses_received(n, d, rcpt)
    mf = f"01010196{h(n, 'rp')[:8]}-{h(n, 'rp2')[:8]}-000000@us-west-2.amazonses.com"
    out = [("Delivered-To", ME_P)] if rcpt == "gmail" else []
    out += [("Return-Path", f"<{mf}>")] + rcv
    if rcpt == "gmail":
        out += auth_gmail(n, dom, mf, ip)
    else:
        out += auth_m365(n, dom, "us-west-2.amazonses.com", ip)
    out += [("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=ug7nbtf4gccmlpwj322ax3p6ow6yfsug; "
             f"d={dom}; t={int(d.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\t"
             f"bh={base64.b64encode(bytes.fromhex(h(n, 'bh') + h(n, 'bh')[:24])).decode()};\n\t"
             f"b={base64.b64encode(bytes.fromhex(h(n, 'b1') * 3)).decode()}")]
    return out


# ---------------------------------------------------------------- emit
def msg(n, label, d, frm, to, subject, node, transport=(), mid="ses", irt=None, cc=None,
        extra=(), crlf=False, subj_cs="utf-8", refs_extra=()):
    kind, reply, case, cands = label
    assert n not in MID and n == len(MID) + 1, n
    m = make_mid(n, mid) if mid.startswith(("ses", "gmail", "outlook", "sfdc")) or "." in mid else mid
    MID[n] = m
    refs = []
    if irt:
        refs = list(REFS.get(irt, [MID[irt]]))
    refs = list(refs_extra) + refs
    REFS[n] = refs + [m]
    hd = list(transport)
    hd += [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", enc(subject, subj_cs)), ("Date", format_datetime(d)), ("Message-ID", m)]
    if irt:
        hd.append(("In-Reply-To", MID[irt]))
    if refs:
        hd.append(("References", "\n ".join(refs)))
    hd.append(("MIME-Version", "1.0"))
    hd += list(extra)
    nh, body = node
    lines = [f"{k}: {v}" for k, v in hd] + nh
    head = "\n".join(lines) + "\n\n"
    raw = head.encode("ascii") + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    base = os.path.join(HERE, f"{n:03d}-msg")
    with open(base + ".eml", "wb") as f:
        f.write(raw)
    lab = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}
    LABELS[n] = lab
    with open(base + ".json", "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")


def L(kind, reply=False, case=None, cands=()):
    return (kind, reply, case, list(cands))


def q(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


AWS_FOOT = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by\n"
            "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")

P = ad("Haruka Mizuno", ME_P)
C_JA = ad("水野 遥", ME_C)
TC = ad("AWS Training and Certification", FORM)
AWSN = ad("Amazon Web Services", NOREPLY)


# ================================================================ 2021 / 2023
def part_2023():
    # 1 survey for an old (2021) T&C case, to the company mailbox
    d = dt(2021, 8, 19, 2, 14, 9)
    txt = f"""Hello,

Earlier this month you were in touch with AWS Training and Certification about
case {OLD} ("Exam voucher code not accepted at checkout").

We read every response, and your rating helps us coach our team. The survey has
three questions and takes about a minute:

https://survey.aws-tc.example.amazon.com/s/{h(1)[:12]}?case={OLD}

How satisfied were you with the resolution of your case?
  Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied

The link stays active for 14 days. Replies to this message are not read.

AWS Training and Certification
"""
    html = txt.replace("\n\n", "</p><p>").replace("\n", " ")
    html = f"<html><body><p>{html}</p></body></html>"
    node = multi("alternative", [leaf(txt), leaf(html, "text/html")], 1)
    msg(1, L("survey", False, OLD), d, ad("AWS Training and Certification Feedback", "aws-tc-feedback@amazon.com"),
        ME_C, f"Tell us about your recent AWS Training and Certification case ({OLD})", node,
        ses_headers(1, d, "m365"))

    # 2 exam result (certification program mail)
    d = dt(2023, 9, 26, 6, 3, 44)
    txt = """Dear Haruka Mizuno,

Congratulations! You have passed the AWS Certified Solutions Architect - Professional
exam (SAP-C02) that you took on September 25, 2023.

Candidate ID: AWS03417726
Validation number: 6B2QK1XJ9FE41TSP
Certification valid through: September 25, 2026

Your digital badge will be issued through Credly within five business days. You can
download your certificate from the Certifications page of your AWS Certification
account. A 50% discount on your next exam has been added to your Benefits.

Thank you for your commitment to AWS Certification.

AWS Certification

This is an automated message. Please do not reply to this email.
"""
    msg(2, L("certification", cands=["AWS03417726"]), d, ad("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_C, "Congratulations! You are now AWS Certified", leaf(txt, cte="7bit", cs="us-ascii"),
        [("Return-Path", "<bounces+381920-9f1e-h.mizuno=kitanami-sys.co.jp@em.certmetrics.com>")] +
        auth_m365(2, "certmetrics.com", "em.certmetrics.com", "149.72.140.21"), mid="certmetrics.com")

    # 3 Credly badge
    d = dt(2023, 9, 28, 0, 41, 2)
    url = f"https://www.credly.com/badges/{h(3)[:8]}-{h(3)[8:12]}-{h(3)[12:16]}-{h(3)[16:20]}-{h(3)[20:32]}"
    txt = f"""Haruka, your new badge is here

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Professional".

Accept your badge: {url}/accept

Once accepted you can share it on LinkedIn, add it to your email signature or
download it for your resume.

Credly, Inc. | 1 Penn Plaza, New York, NY
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
    html = (f"<html><body style=\"font-family:Arial\"><h2>Haruka, your new badge is here</h2>"
            f"<p><b>Amazon Web Services Training and Certification</b> has issued you the badge "
            f"<i>AWS Certified Solutions Architect &#8211; Professional</i>.</p>"
            f"<p><a href=\"{url}/accept\" style=\"background:#ff6b00;color:#fff;padding:8px\">Accept badge</a></p>"
            f"<p style=\"font-size:11px\">Credly, Inc. | <a href=\"https://www.credly.com/notifications\">"
            f"Unsubscribe</a></p></body></html>")
    node = multi("alternative", [leaf(txt), leaf(html, "text/html")], 3)
    msg(3, L("badge"), d, ad("Credly", "admin@credly.com"), ME_C,
        "Haruka, you have a new badge from Amazon Web Services Training and Certification", node,
        auth_m365(3, "credly.com", "mail.credly.com", "167.89.12.90"), mid="credly.com")

    # 4 GitHub merged PR
    d = dt(2023, 9, 29, 8, 12, 30)
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitanami/infra-modules/pull/412#event-10498822
You are receiving this because you were mentioned.
"""
    msg(4, L("unrelated"), d, ad("Kenta Ono", "notifications@github.com"), ad("kitanami/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [kitanami/infra-modules] Merge account baseline module into main (PR #412)",
        leaf(txt, cte="7bit", cs="UTF-8"),
        auth_m365(4, "github.com", "github.com", "192.30.252.201"),
        mid="<kitanami/infra-modules/pull/412/issue_event/10498822@github.com>", cc=ad("Haruka Mizuno", ME_C),
        extra=[("List-ID", "kitanami/infra-modules <infra-modules.kitanami.github.com>"),
               ("X-GitHub-Reason", "mention")])

    # 5 acknowledgement, Japanese, ISO-2022-JP
    d = dt(2023, 10, 2, 1, 47, 15)
    ack_e = f"""水野 遥 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
お問い合わせはケース番号 {CE} で管理させていただきます。

担当者が内容を拝見し、原則として 24 時間以内にご連絡差し上げます。
調査が必要な内容の場合は、もう少しお時間をいただくことがございます。

同じご用件でフォームを再度送信されますと、ケースが分かれて対応が遅れる原因と
なります。補足がございましたら、このメールへの返信でお知らせください。

―――― お問い合わせ内容 ――――
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: AWS03417726
内容:
認定証に表示される氏名が Mizuno Haruka の順になっていますが、Haruka Mizuno が
正しい表記です。パスポートの表記に合わせて修正をお願いします。
――――――――――――――――

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
    msg(5, L("acknowledgement", False, CE, ["AWS03417726"]), d, TC, ME_C, f"[CASE {CE}] {SUBJ_E}",
        leaf(ack_e, cs="iso-2022-jp", csname="ISO-2022-JP", cte="7bit"), ses_headers(5, d, "m365"),
        mid="ses-jp", extra=[("Content-Language", "ja")])
    return ack_e


def part_2023b(ack_e):
    # 6 info request in Japanese keigo, Shift_JIS, multipart/alternative
    d = dt(2023, 10, 3, 5, 20, 11)
    req_e = """水野 遥 様

いつも AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの高橋と申します。

候補 ID AWS03417726 のご登録内容を拝見いたしました。現在、名 (First name) の欄に
「Mizuno」、姓 (Last name) の欄に「Haruka」が登録されており、認定証にはこの順序の
まま印字されております。

登録内容を修正するにあたり、ご本人様確認のため、以下の 2 点について
ご教示いただけますでしょうか。

  1. パスポートなど公的な身分証明書に記載されているローマ字の氏名 (姓と名を分けて)
  2. これまでに別のメールアドレスで AWS 認定アカウントを作成されたことがあるか

身分証明書の画像をお送りいただく必要はございません。
ご回答を確認でき次第、修正の手続きを進めてまいります。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>"
            "<body><div style=\"font-family:'MS PGothic',sans-serif\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in req_e.strip().split("\n\n"))
            + "</div></body></html>")
    node = multi("alternative", [leaf(req_e, cs="shift_jis", csname="Shift_JIS", cte="base64"),
                                 leaf(html, "text/html", cs="shift_jis", csname="Shift_JIS", cte="base64")], 6)
    msg(6, L("info_request", True, CE, ["AWS03417726"]), d, TC, ME_C, f"RE:[CASE {CE}] {SUBJ_E}", node,
        ses_headers(6, d, "m365"), mid="sfdc", irt=5)

    # 7 Pearson VUE booking (exam vendor, unrelated)
    d = dt(2023, 10, 4, 10, 30, 0)
    txt = """Pearson VUE

Dear Haruka Mizuno,

Thank you for scheduling with Pearson VUE. Please keep this confirmation.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Thursday, November 16, 2023, 10:00 JST
Delivery: Test center - Tokyo Shinjuku Test Center
Registration ID: 412809376
AWS candidate ID: AWS03417726
Price: USD 150.00

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours
before your appointment. Bring one valid, government-issued ID with a photo and
signature.

This mailbox is not monitored.
Pearson VUE
"""
    msg(7, L("unrelated", cands=["AWS03417726"]), d, ad("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
        "Pearson VUE Confirmation of Booking", leaf(txt, cte="quoted-printable"),
        auth_m365(7, "pearson.com", "pearson.com", "159.182.1.77"), mid="pearson.com")

    # 8 closing notice (English) on the Japanese case, LF, short
    d = dt(2023, 10, 9, 3, 0, 52)
    close_e = """Hello Haruka,

I'm following up on the message my colleague Takahashi sent on October 3 about the
name on your certification record. We still need the two details requested there
before the correction can be made.

As we haven't heard from you, this case is scheduled to close automatically in three
business days. Any reply to this email keeps it open, and a reply after it closes
will reopen it.

Regards,
Daniel
AWS Training and Certification
"""
    msg(8, L("closing_notice", True, CE), d, TC, ME_C, f"RE:[CASE {CE}] {SUBJ_E}",
        leaf(close_e, cte="7bit", cs="us-ascii"), ses_headers(8, d, "m365"), mid="sfdc")

    # 9 owner's reply from Outlook (company), quoting Outlook-style
    d = dt(2023, 10, 9, 17, 41, 5, JST)
    rep = f"""高橋様、Daniel様

返信が遅くなり申し訳ありません。お問い合わせの件、以下のとおり回答します。

1. パスポート記載の氏名: 姓 MIZUNO / 名 HARUKA
2. ほかのメールアドレスで認定アカウントを作ったことはありません。
   使っている候補 ID は AWS03417726 だけです。

Sorry for the delay. In short: family name MIZUNO, given name HARUKA, and I have
only one certification account.

よろしくお願いいたします。

水野 遥
北波システムズ株式会社 クラウド推進部

________________________________
差出人: AWS Training and Certification <{FORM}>
送信日時: 2023年10月9日 12:00
宛先: 水野 遥 <{ME_C}>
件名: RE:[CASE {CE}] {SUBJ_E}

{close_e}
________________________________
差出人: AWS Training and Certification <{FORM}>
送信日時: 2023年10月3日 14:20
宛先: 水野 遥 <{ME_C}>
件名: RE:[CASE {CE}] {SUBJ_E}

{req_e}"""
    msg(9, L("user_reply", False, CE, ["AWS03417726"]), d, C_JA, ad("AWS Training and Certification", FORM),
        f"RE: [CASE {CE}] {SUBJ_E}", leaf(rep), mid="outlook", irt=8,
        extra=[("Thread-Topic", enc(f"[CASE {CE}] {SUBJ_E}")), ("Thread-Index", "AdnyZ" + h(9)[:22]),
               ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
        crlf=True)

    # 10 resolved, English on top, quoted history below ("-----Original Message-----")
    d = dt(2023, 10, 10, 2, 15, 37)
    res = f"""Hello Haruka-san,

Thank you for the details. I have swapped the first and last name on your
certification profile, so it now reads HARUKA MIZUNO. Any certificate you download
from now on shows the corrected order, and Credly will pick up the change within a
day or two.

No further action is needed from you. Should something still look wrong, you can
reply here and the case will reopen.

Kind regards,
Takahashi
AWS Training and Certification Customer Support

-----Original Message-----
From: 水野 遥 <{ME_C}>
Sent: 10/9/2023 8:41 AM
To: {FORM}
Subject: RE: [CASE {CE}] {SUBJ_E}

{rep.split('________________________________')[0].rstrip()}
"""
    msg(10, L("resolved", False, CE), d, TC, ME_C, f"RE:[CASE {CE}] {SUBJ_E}", leaf(res),
        ses_headers(10, d, "m365"), mid="sfdc", irt=9)

    # 11 survey, Japanese, HTML only
    d = dt(2023, 10, 11, 4, 0, 3)
    html = f"""<html><body style="font-family:sans-serif">
<p>水野 遥 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただきありがとうございました。</p>
<p>ケース {CE} の対応について、よろしければ簡単なアンケートにご協力ください (所要時間 1 分)。</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-tc.example.amazon.com/r/{h(11)[:10]}?s=5">とても満足</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r/{h(11)[:10]}?s=4">満足</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r/{h(11)[:10]}?s=3">どちらとも言えない</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r/{h(11)[:10]}?s=2">不満</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r/{h(11)[:10]}?s=1">とても不満</a></td>
</tr></table>
<p style="color:#777;font-size:11px">このメールは送信専用アドレスから送信されています。</p>
</body></html>"""
    msg(11, L("survey", False, CE), d, ad("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_C,
        f"AWS トレーニングと認定サポートに関するアンケート (ケース {CE})",
        leaf(html, "text/html", cte="base64"), ses_headers(11, d, "m365"), mid="ses-jp")

    # 12 certification program research invite (not a support survey)
    d = dt(2023, 11, 14, 16, 0, 0)
    txt = """Hi Haruka,

As an AWS Certified professional, your experience shapes how we build our exams.
We're recruiting certified individuals for short online workshops where subject
matter experts review and write exam items. Sessions run in December and January,
and participants earn a 50% exam benefit.

Interested? Sign up in your AWS Certification account under Benefits > Subject
Matter Expert Program before November 30.

Thanks,
AWS Certification

You are receiving this because you opted in to "Lend your voice to AWS Certification".
Manage preferences in your AWS Certification account.
"""
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in txt.strip().split("\n\n")) + "</body></html>"
    msg(12, L("certification"), d, ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Help shape AWS Certification exams: item-writing workshops",
        multi("alternative", [leaf(txt, cte="7bit", cs="us-ascii"), leaf(html, "text/html")], 12),
        auth_m365(12, "certmetrics.com", "em.certmetrics.com", "149.72.140.21"), mid="certmetrics.com")


# ================================================================ 2025: before and around case A
def part_2025a():
    # 13 billing (same sender address as console cases)
    d = dt(2025, 4, 3, 11, 20, 14)
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
0155, is available on the AWS web site. Your account will be charged the following:

Total: USD 4.87

Invoice number: 2091457738
Billing period: March 1 - March 31, 2025

You can see a complete break down of all charges on the Billing and Cost Management
dashboard: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + AWS_FOOT
    msg(13, L("unrelated"), d, AWSN, ME_P, "Amazon Web Services Billing Statement Available [AWS ID 481926370155]",
        leaf(txt, cte="7bit", cs="UTF-8"), ses_headers(13, d, "gmail"), crlf=True)

    # 14 certification expiry
    d = dt(2025, 4, 15, 15, 0, 31)
    txt = """Hello Haruka,

Your AWS Certified Security - Specialty certification (candidate ID AWS03417726)
expires on July 12, 2025.

To keep it active, pass the current version of the exam (SCS-C02) before the expiry
date. Once it expires, the certification and its digital badge are no longer valid,
and you will need to take the exam again as a new candidate.

Remember that the 50% discount benefit in your account can be used toward any exam.

AWS Certification
Please do not reply; this inbox is not monitored.
"""
    msg(14, L("certification", cands=["AWS03417726"]), d, ad("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_C, "Your AWS Certification is expiring in 90 days", leaf(txt, fmt_flowed=False),
        auth_m365(14, "certmetrics.com", "em.certmetrics.com", "149.72.140.22"), mid="certmetrics.com")

    # 15 colleague, handover request (ISO-2022-JP)
    d = dt(2025, 4, 28, 11, 10, 0, JST)
    txt = """水野さん

お疲れさまです。佐々木です。

退職前の引き継ぎの件、以下を 5/23 (金) までに共有フォルダに置いてもらえますか。
・検証環境の AWS アカウント一覧と IAM Identity Center の権限セット
・Partner Central の担当者変更手順
・請求アラートの送信先リスト

不明点があれば来週の定例で確認させてください。
よろしくお願いします。

佐々木 拓海
北波システムズ株式会社 クラウド推進部
"""
    msg(15, L("unrelated"), d, ad("佐々木 拓海", "t.sasaki@kitanami-sys.co.jp", "iso-2022-jp"), C_JA,
        "引き継ぎ資料の件", leaf(txt, cs="iso-2022-jp", csname="ISO-2022-JP", cte="7bit"), mid="outlook",
        subj_cs="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")])

    # 16 Builder ID code
    d = dt(2025, 5, 6, 9, 5, 2)
    txt = """Verify your AWS Builder ID email address

Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 582017

The code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
"""
    rcv, ip = ses_received(16, d, "gmail")
    msg(16, L("unrelated"), d, ad("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
        leaf(txt, cte="7bit", cs="UTF-8"), [("Delivered-To", ME_P)] + rcv +
        auth_gmail(16, "signin.aws", "bounce@signin.aws", ip, p="REJECT"), mid="signin.aws")

    # 17 owner's note to self, company -> personal
    d = dt(2025, 5, 6, 18, 12, 40, JST)
    txt = """退職前の控え (会社アカウント側)

候補ID (会社): AWS03417726
候補ID (個人・今日作成): AWS11082953

取得済み:
- SCS-C01 2022/07/12 取得 (2025/07/12 失効 → 再認定する)
- SAP-C02 2023/09/25 取得
特典: 次回試験 50% 割引 1 枚 (2025/09/30 まで)
証明書 PDF はダウンロード済み。

このあとフォームで統合依頼を出す。残すのは gmail の方。
"""
    msg(17, L("user_reply", cands=["AWS03417726", "AWS11082953"]), d, C_JA, ad("Haruka Mizuno", ME_P),
        "メモ: 認定アカウントの情報", leaf(txt, cte="base64"), mid="outlook",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 18 acknowledgement case A, multipart
    d = dt(2025, 5, 6, 9, 30, 41)
    ack_a = f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been
logged as case {CA}.

Someone from our team will review it and get back to you, usually within one
business day. Requests that need more research can take longer.

To avoid delays, please don't submit another form for the same request. If you need
to add something, just reply to this email.

Summary of your request
-----------------------
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS03417726
Description:
I am leaving Kitanami Systems at the end of May and would like to move my
certifications to my personal account.
Email addresses used: {ME_C}, {ME_P}
Address to keep: {ME_P} (candidate ID AWS11082953)

Sincerely,
Amazon Web Services
AWS Training and Certification
"""
    html = ("<html><body><table width=\"600\" style=\"font-family:Arial;font-size:14px\"><tr><td>"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in ack_a.strip().split("\n\n"))
            + "</td></tr></table></body></html>")
    msg(18, L("acknowledgement", False, CA, ["AWS03417726", "AWS11082953"]), d, TC, P, f"[CASE {CA}] {SUBJ_A}",
        multi("alternative", [leaf(ack_a), leaf(html, "text/html")], 18), ses_headers(18, d, "gmail"))

    # 19 marketing, HTML only
    d = dt(2025, 5, 6, 11, 0, 0)
    html = """<html><body style="margin:0;background:#f2f3f3"><table width="640" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>水野 様</p>
<p>6 月 25 日・26 日に幕張メッセで開催する AWS Summit Japan の参加登録を受け付けています。
150 を超えるセッション、認定者向けラウンジ、AWS Jam をご用意しました。</p>
<p>認定をお持ちの方は、会場の AWS Certified Lounge をご利用いただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">今すぐ登録する</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:20px">このメールは AWS からのお知らせの配信を希望された方にお送りしています。
<a href="https://pages.awscloud.com/unsubscribe">配信停止</a> | アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</td></tr>
</table></body></html>"""
    msg(19, L("unrelated"), d, ad("AWS Events", "aws-marketing-email-replies@amazon.com"), P,
        "【参加登録受付中】AWS Summit Japan 2025 - 6/25-26 幕張メッセ", leaf(html, "text/html"),
        ses_headers(19, d, "gmail"), mid="mktomail.com",
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?mkt_tok=" + h(19)[:24] + ">"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

    # 20 duplicate acknowledgement (case B), Japanese, base64, to company
    d = dt(2025, 5, 7, 7, 19, 30)
    ack_b = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース番号: {CB}

ご依頼の内容を確認し、通常 24 時間以内にご返信いたします。ただし、内容によっては
さらにお時間をいただく場合がございます。

すでに同じ内容でお問い合わせいただいている場合は、新しいケースを作成せず、
既存のケースのメールにご返信ください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容: 退職するため、会社のアドレスで作った認定アカウントを個人のアカウントに統合
したいです。昨日フォームを送ったか分からなくなったので、念のため再送します。

AWS トレーニングと認定
"""
    msg(20, L("acknowledgement", False, CB), d, TC, ME_C, f"[CASE {CB}] {SUBJ_A}",
        leaf(ack_b, cte="base64"), ses_headers(20, d, "m365"), mid="ses-jp")
    return ack_a, ack_b


def part_2025b(ack_a, ack_b):
    # 21 owner forwards the duplicate ack to the personal address (Outlook forward)
    d = dt(2025, 5, 7, 16, 40, 12, JST)
    txt = f"""あ、二重に出してしまったかも。昨日のケースは {CA}。
こっちはとりあえず放置で様子見。

________________________________
差出人: AWS Training and Certification <{FORM}>
送信日時: 2025年5月7日 16:19
宛先: 水野 遥 <{ME_C}>
件名: [CASE {CB}] {SUBJ_A}

{ack_b}"""
    msg(21, L("user_reply", False, CB), d, C_JA, ad("Haruka Mizuno", ME_P), f"FW: [CASE {CB}] {SUBJ_A}",
        leaf(txt), mid="outlook", irt=20, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 22 partner hold with a question buried in it
    d = dt(2025, 5, 7, 9, 15, 8)
    hold = """Hello Haruka,

Thank you for your patience while I looked into your merge request.

When I reviewed the two certification accounts, I found that the one registered to
your company address (AWS03417726) is associated with an AWS Partner Network
organization, Kitanami Systems Co., Ltd. Certifications on a partner-linked account
count toward that partner's tier, so we are not able to move them until the partner
organization releases the association on their side. I have contacted the partner's
alliance lead and put your case on hold while we wait for them. This usually takes a
few business days, and you don't need to chase the partner yourself.

It would help me when the partner answers to know whether you are still employed at
Kitanami Systems today, and if so, what your last working day will be; their team
nearly always asks us for this.

Best regards,
Rahul
AWS Training and Certification Customer Support
"""
    msg(22, L("on_hold", True, CA, ["AWS03417726"]), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}",
        leaf(hold, cte="7bit", cs="us-ascii"), ses_headers(22, d, "gmail"), mid="sfdc", irt=18)

    # 23 duplicate closed and linked (case B), to company
    d = dt(2025, 5, 7, 10, 5, 47)
    txt = f"""Hello,

This request is the same as case {CA}, which was submitted from {ME_P} on May 6
and is already with one of our agents. To keep the history in one place we have linked
the two and closed this case ({CB}).

Nothing is needed from you. All further updates will come on case {CA}.

Thank you,
Kenji
AWS Training and Certification
"""
    msg(23, L("case_update", False, CB), d, TC, ME_C, f"RE:[CASE {CB}] {SUBJ_A}", leaf(txt),
        ses_headers(23, d, "m365"), mid="sfdc", irt=20)

    # 24 another vendor's "solved" notice
    d = dt(2025, 5, 7, 23, 30, 5)
    txt = """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email
within 7 days.

Aiko (Cloudmint Support)
May 8, 2025, 08:29 JST

Hi Haruka, we raised the API rate limit for the staging workspace to 600
requests/minute. I'm closing this ticket as solved; thanks for your patience!

Haruka Mizuno
May 6, 2025, 21:02 JST

Our staging workspace keeps hitting HTTP 429 after the last release. Can you raise
the limit?

--------------------------------
[J7PK2D-R8EXW]
"""
    msg(24, L("unrelated"), d, ad("Cloudmint Support", "support@cloudmint.io"), P,
        "[Cloudmint] Re: API rate limit on staging", leaf(txt, cte="quoted-printable"),
        [("Delivered-To", ME_P)] + auth_gmail(24, "cloudmint.io", "support@cloudmint.io", "192.161.144.44",
                                              p="NONE"),
        mid="cloudmint.zendesk.com", extra=[("X-Mailer", "Zendesk Mailer")])

    # 25 owner answers Rahul from Gmail
    d = dt(2025, 5, 8, 9, 15, 33, JST)
    txt = f"""Hi Rahul,

Yes, I'm still at Kitanami Systems for now. My last working day is May 30, 2025,
and the company mailbox will be shut down that evening, so please keep using this
Gmail address.

Thanks,
Haruka Mizuno

On Wed, May 7, 2025 at 6:15 PM AWS Training and Certification <
{FORM}> wrote:

{q(hold)}
"""
    msg(25, L("user_reply", False, CA), d, P, TC, f"RE:[CASE {CA}] {SUBJ_A}",
        multi("alternative", [leaf(txt), leaf("<div dir=\"ltr\">" + txt.split("\nOn Wed")[0].replace("\n", "<br>")
                                                + "</div><br><div class=\"gmail_quote\"><blockquote "
                                                  "class=\"gmail_quote\">" + hold.replace("\n", "<br>")
                                                + "</blockquote></div>", "text/html")], 25),
        mid="gmail", irt=22)

    # 26 still on hold, no question
    d = dt(2025, 5, 8, 6, 40, 19)
    txt = """Hi Haruka,

Thanks for letting me know. I've passed your last working day to the partner's
alliance team. The case stays on hold until they release the association; I'll
write again as soon as that happens.

Rahul
AWS Training and Certification Customer Support
"""
    msg(26, L("on_hold", False, CA), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}", leaf(txt, cte="7bit", cs="us-ascii"),
        ses_headers(26, d, "gmail"), mid="sfdc", irt=25)

    # 27 colleague (partner admin) says the link was removed
    d = dt(2025, 5, 9, 10, 20, 0, JST)
    txt = """水野さん

お疲れさまです。アライアンス担当の山口です。

AWS のパートナーチームから連絡があったので、水野さんの認定 (AWS03417726) を
Partner Central の紐付けから外しました。会社としての認定者数からは抜けますが、
問題ありません。

退職後は個人のアカウントで管理してくださいね。

山口 美咲
北波システムズ株式会社 アライアンス推進室
"""
    msg(27, L("unrelated", cands=["AWS03417726"]), d, ad("山口 美咲", "m.yamaguchi@kitanami-sys.co.jp"), C_JA,
        "Partner Central の認定の紐付けについて", leaf(txt, cte="quoted-printable"), mid="outlook",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 28 colleague's out-of-office auto-reply
    d = dt(2025, 5, 9, 10, 25, 4, JST)
    txt = """5/9 (金) - 5/12 (月) は休暇のため不在にしております。
5/13 (火) 以降、順次対応いたします。
お急ぎの場合はクラウド推進部 (cloud-team@kitanami-sys.co.jp) までご連絡ください。

I am out of the office until May 13 with limited access to e-mail.

佐々木 拓海
"""
    msg(28, L("unrelated"), d, ad("佐々木 拓海", "t.sasaki@kitanami-sys.co.jp"), C_JA,
        "自動応答: Re: 引き継ぎ資料の件", leaf(txt, cte="base64"), mid="outlook",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "t.sasaki@kitanami-sys.co.jp")])

    # 29 hold lifted
    d = dt(2025, 5, 12, 2, 40, 55)
    txt = """Hi Haruka,

Good news: the partner organization has released your certification account, so the
hold on your case has been lifted. I've taken the case over from Rahul and am
getting the merge ready now. You'll hear from me again shortly with the account
details.

In the meantime, if any questions come up, feel free to reply to this thread.

Mei L.
AWS Training and Certification | Customer Support
"""
    msg(29, L("case_update", False, CA), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}", leaf(txt),
        ses_headers(29, d, "gmail"), mid="sfdc")


CONF_TXT = f"""Hi Haruka,

Before I go ahead, please look over the two accounts I found for you.

Account #1 (the account we would keep)
  Candidate ID: AWS11082953
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}

Account #2 (would be merged into Account #1 and closed)
  Candidate ID: AWS03417726
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}

After the merge, the exam history, certifications and benefits of Account #2 will
show under Account #1. This can't be reversed.

I need your go-ahead before making the change: please reply confirming that both
accounts belong to you and that Account #1 is the one to keep. If you would rather
keep Account #2, tell me that instead.

Mei L.
AWS Training and Certification | Customer Support
"""


def part_2025c():
    # 30 confirmation request, HTML only with a table
    d = dt(2025, 5, 12, 3, 5, 11)
    row = lambda k, v: f"<tr><td style=\"border:1px solid #ccc;padding:4px 8px\">{k}</td><td style=\"border:1px solid #ccc;padding:4px 8px\">{v}</td></tr>"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Haruka,</p>
<p>Before I go ahead, please look over the two accounts I found for you.</p>
<table style="border-collapse:collapse">
<tr><th colspan="2" style="background:#eaeded;padding:4px 8px;text-align:left">Account #1 (the account we would keep)</th></tr>
{row('Candidate ID', 'AWS11082953')}{row('Login email', ME_P)}{row('Training notification email', ME_P)}{row('Certification notification email', ME_P)}
<tr><th colspan="2" style="background:#eaeded;padding:4px 8px;text-align:left">Account #2 (would be merged into Account #1 and closed)</th></tr>
{row('Candidate ID', 'AWS03417726')}{row('Login email', ME_C)}{row('Training notification email', ME_C)}{row('Certification notification email', ME_C)}
</table>
<p>After the merge, the exam history, certifications and benefits of Account&nbsp;#2 will show under Account&nbsp;#1. This can&#8217;t be reversed.</p>
<p>I need your go-ahead before making the change: please reply confirming that both accounts belong to you and that Account&nbsp;#1 is the one to keep. If you would rather keep Account&nbsp;#2, tell me that instead.</p>
<p>Mei L.<br>AWS Training and Certification | Customer Support</p>
</body></html>"""
    msg(30, L("confirmation_request", True, CA, ["AWS11082953", "AWS03417726"]), d, TC, P,
        f"RE:[CASE {CA}] {SUBJ_A}", leaf(html, "text/html"), ses_headers(30, d, "gmail"), mid="sfdc")

    # 31 Skill Builder receipt
    d = dt(2025, 5, 13, 0, 30, 22)
    txt = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-20250513-88412
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Next renewal: June 13, 2025
Payment method: Visa ending 4471

Your subscription includes AWS Builder Labs, AWS Cloud Quest, AWS Jam Journey and
official exam prep for every AWS Certification.

Manage your subscription: https://skillbuilder.aws/subscriptions
Questions? Visit https://support.aws.amazon.com/#/contacts/aws-training

Amazon Web Services, Inc.
"""
    rcv, ip = ses_received(31, d, "gmail")
    msg(31, L("unrelated"), d, ad("AWS Skill Builder", "no-reply@aws.training"), ME_P,
        "Your AWS Skill Builder receipt (SB-20250513-88412)", leaf(txt, cte="7bit", cs="us-ascii"),
        [("Delivered-To", ME_P)] + rcv + auth_gmail(31, "aws.training", "bounce@aws.training", ip), mid="aws.training")

    # 32 phishing from a lookalike domain (passes its own DKIM)
    d = dt(2025, 5, 13, 14, 22, 48)
    html = f"""<html><body style="font-family:Arial">
<div style="background:#232f3e;padding:12px"><img src="https://aws-certsupport-center.com/img/aws-logo.png" alt="aws" height="30"></div>
<p>Dear Certified Professional,</p>
<p>Your account merge request <b>[CASE 174661904417720]</b> is pending identity verification. Due to recent security
changes, all certification accounts must be re-validated before records can be transferred.</p>
<p><b>If you do not verify within 24 hours, your certifications will be suspended</b> and the merge cancelled.</p>
<p style="text-align:center"><a href="https://aws-certsupport-center.com/verify/login?c={h(32)[:16]}" style="background:#ff9900;color:#000;padding:10px 20px">Verify with AWS Builder ID</a></p>
<p>You may also reply to this message with your Builder ID password and the 6-digit code sent to your phone
and our team will complete the verification for you.</p>
<p>AWS Training and Certification Security Team</p>
</body></html>"""
    msg(32, L("suspicious"), d, ad("AWS Certification Support", "support@aws-certsupport-center.com"), P,
        "[CASE 174661904417720] Action needed: verify identity to complete your account merge",
        leaf(html, "text/html"), [("Delivered-To", ME_P),
                                  ("Received", f"from mail.aws-certsupport-center.com (mail.aws-certsupport-center.com. "
                                   f"[45.137.21.9])\n        by mx.google.com with ESMTPS id {h(32)[:14]};\n        "
                                   f"{format_datetime(d)}")] +
        auth_gmail(32, "aws-certsupport-center.com", "bounce@aws-certsupport-center.com", "45.137.21.9", p="NONE"),
        mid="aws-certsupport-center.com")

    # 33 newsletter
    d = dt(2025, 5, 14, 22, 0, 0)
    txt = """クラウド週報 第 312 号 (2025/05/15)

■ 今週のトピック
・Amazon Bedrock に新しいモデルが追加
・AWS 認定の試験ガイドが一部改訂 (SCS-C02)
・JAWS-UG 各支部の 6 月イベントまとめ

■ コラム: 転職時に AWS 認定アカウントをどう引き継ぐか
会社のメールアドレスで作った認定アカウントは、退職前に個人アカウントへ統合して
おくと安心です。読者アンケートでは、統合の依頼から完了まで 1 日以内という回答が
多数でした。

配信停止: https://cloudweekly.jp/unsubscribe?u=hm4471
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</body></html>"
    msg(33, L("unrelated"), d, ad("クラウド週報", "news@cloudweekly.jp"), P, "クラウド週報 第312号: 認定試験ガイド改訂ほか",
        multi("alternative", [leaf(txt, cte="base64"), leaf(html, "text/html", cte="base64")], 33),
        [("Delivered-To", ME_P)] + auth_gmail(33, "cloudweekly.jp", "bounce@mail.cloudweekly.jp", "198.2.180.7", p="NONE"),
        mid="mail.cloudweekly.jp", extra=[("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=hm4471>"),
                                          ("Precedence", "bulk")])

    # 34 closing notice on case A, quoting the confirmation request
    d = dt(2025, 5, 15, 1, 10, 27)
    close_a = f"""Hi Haruka,

Just checking in on my message from May 12. I haven't had your confirmation yet,
so the merge is still waiting.

Our system will close this case on May 19 if there's no reply by then. Replying to
this email at any time keeps it open (or reopens it), so a quick "confirmed" is
enough.

Mei L.
AWS Training and Certification | Customer Support

---- On Mon, 12 May 2025 03:05:11 +0000 Mei L. <{FORM}> wrote ----

{q(CONF_TXT)}
"""
    msg(34, L("closing_notice", True, CA), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}", leaf(close_a),
        ses_headers(34, d, "gmail"), mid="sfdc", irt=30)

    # 35 owner confirms from Gmail
    d = dt(2025, 5, 15, 10, 32, 6, JST)
    conf = f"""Hi Mei,

Confirmed - both accounts are mine. Please keep Account #1 ({ME_P},
AWS11082953) and merge Account #2 into it.

Sorry for the slow reply, it's been a busy week.

Haruka
"""
    txt = conf + f"""
On Thu, May 15, 2025 at 10:10 AM AWS Training and Certification <{FORM}> wrote:

{q(close_a)}
"""
    msg(35, L("user_reply", False, CA, ["AWS11082953"]), d, P, TC, f"RE:[CASE {CA}] {SUBJ_A}",
        leaf(txt, fmt_flowed=False), mid="gmail", irt=34)
    return close_a, conf


def part_2025d(close_a, conf):
    # 36 resolved, top-posted over the whole thread (which still contains the request)
    d = dt(2025, 5, 15, 4, 48, 50)
    txt = f"""Hello Haruka,

I have successfully completed the merge. The exam history, certifications and
benefits from your former account now sit on the account for {ME_P}. The former
account can no longer be signed in to.

Please allow up to 48 hours for Credly and AWS Partner Central to reflect the
change.

We're glad we could help. This case is now resolved.

Andrés
AWS Training and Certification

________________________________________
From: Haruka Mizuno <{ME_P}>
Sent: Thursday, May 15, 2025 1:32 AM
To: AWS Training and Certification
Subject: RE:[CASE {CA}] {SUBJ_A}

{conf}
On Thu, May 15, 2025 at 10:10 AM AWS Training and Certification <{FORM}> wrote:

{q(close_a)}
"""
    msg(36, L("resolved", False, CA), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}", leaf(txt),
        ses_headers(36, d, "gmail"), mid="sfdc", irt=35)

    # 37 Credly
    d = dt(2025, 5, 15, 5, 30, 9)
    url = f"https://www.credly.com/earner/earned/badge/{h(37)[:8]}-{h(37)[8:12]}-{h(37)[12:16]}-{h(37)[16:20]}-{h(37)[20:32]}"
    txt = f"""Congratulations, Haruka!

You've earned a new badge from Amazon Web Services Training and Certification:
AWS Certified Security - Specialty

View and accept it here: {url}

Badges help you show verified skills wherever you work. Accepting takes one click.

Credly
"""
    html = (f"<html><body style=\"font-family:Helvetica\"><h1 style=\"font-size:20px\">Congratulations, Haruka!</h1>"
            f"<p>You've earned a new badge from <b>Amazon Web Services Training and Certification</b>:</p>"
            f"<p style=\"font-size:16px\">AWS Certified Security &#8211; Specialty</p>"
            f"<p><a href=\"{url}\">View and accept</a></p><p style=\"color:#888\">Credly</p></body></html>")
    msg(37, L("badge"), d, ad("Credly", "admin@credly.com"), ME_P,
        "You've earned a badge from Amazon Web Services Training and Certification",
        multi("alternative", [leaf(txt), leaf(html, "text/html")], 37),
        [("Delivered-To", ME_P)] + auth_gmail(37, "credly.com", "bounces@mail.credly.com", "167.89.12.91"),
        mid="credly.com")

    # 38 survey for case A, with a "reply with comments" line
    d = dt(2025, 5, 16, 3, 0, 41)
    txt = f"""Hello Haruka,

Your recent case with AWS Training and Certification ({CA}) has been marked as
resolved. How did we do?

  Rate your experience (1 = poor, 5 = excellent):
  https://survey.aws-tc.example.amazon.com/s/{h(38)[:12]}

Have more to say? You're welcome to reply to this email with comments - they go
straight to our quality team and don't reopen the case.

Thank you for helping us improve,
AWS Training and Certification
"""
    msg(38, L("survey", False, CA), d, ad("AWS Training and Certification Feedback", "aws-tc-feedback@amazon.com"),
        ME_P, f"How did we do? Case {CA}", leaf(txt, cte="7bit", cs="us-ascii"), ses_headers(38, d, "gmail"))

    # 39 real AWS address in From, but DKIM/SPF/DMARC fail
    d = dt(2025, 5, 16, 22, 3, 17)
    txt = f"""Hello,

We were unable to finish the merge of your AWS Certification accounts because the AWS
Builder ID linked to your profile must be re-verified after the merge.

Please sign in within 48 hours at the secure page below, otherwise your exam
history and benefits may be lost:

https://aws-training-verify.co/builder-id/reverify?session={h(39)[:20]}

After signing in, reply to this email with the 6-digit code you receive so we can
close the verification.

AWS Training and Certification Customer Support
"""
    fake = [("Delivered-To", ME_P),
            ("Received", f"from vps-2291.hostnode.example (vps-2291.hostnode.example. [185.213.26.41])\n"
                         f"        by mx.google.com with ESMTP id {h(39)[:14]};\n        {format_datetime(d)}")]
    fake += auth_gmail(39, "amazon.com", FORM, "185.213.26.41", dkim="fail", spf="fail", dmarc="fail")
    fake += [("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazon.com; s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug;\n"
              f"\th=From:To:Subject:Date; bh={base64.b64encode(bytes.fromhex(h(39, 'x'))).decode()};\n\tb=AAAAB3Nza" + h(39, 'y'))]
    msg(39, L("suspicious"), d, TC, ME_P, f"RE:[CASE 174671770900135] {SUBJ_A}", leaf(txt), fake,
        mid="<20250516220317.3F1A2C0104@vps-2291.hostnode.example>")

    # 40 owner writes again on the resolved case (missing certification)
    d = dt(2025, 5, 17, 11, 20, 2, JST)
    txt = f"""Hello,

Thank you for merging my accounts. When I checked the new account today, my AWS
Certified Solutions Architect - Professional (SAP-C02, passed 25 September 2023) is
missing from both Certifications and Exam history. It was on the old account,
AWS03417726. The Security - Specialty certification came across fine.

Could you take a look?

Best regards,
Haruka Mizuno
"""
    msg(40, L("user_reply", False, CA, ["AWS03417726"]), d, P, TC, f"RE:[CASE {CA}] {SUBJ_A}",
        leaf(txt, cte="7bit", cs="UTF-8"), mid="gmail", irt=36)

    # 41 system: case reopened
    d = dt(2025, 5, 17, 2, 21, 15)
    txt = f"""Hello,

We've received your reply and reopened case {CA}. It is back in our queue and an
agent will pick it up; you don't need to submit a new request.

AWS Training and Certification
"""
    msg(41, L("acknowledgement", False, CA), d, TC, P, f"[CASE {CA}] Your case has been reopened",
        leaf(txt, cte="7bit", cs="us-ascii"), ses_headers(41, d, "gmail"), irt=40)

    # 42 company IT notice
    d = dt(2025, 5, 19, 9, 30, 0, JST)
    txt = """水野 遥 様

情報システム部です。退職に伴い、下記のとおりアカウントを停止します。

停止日時: 2025 年 5 月 30 日 (金) 18:00
対象: メール (h.mizuno@kitanami-sys.co.jp)、Microsoft 365、VPN、社内 AWS IAM Identity Center

停止後は転送設定も無効になります。外部サービスに会社のメールアドレスを登録して
いる場合は、停止日までに変更をお願いします。

ご不明な点はヘルプデスク (内線 2100) までお問い合わせください。

情報システム部
"""
    msg(42, L("unrelated"), d, ad("情報システム部", "it-helpdesk@kitanami-sys.co.jp"), C_JA,
        "【重要】退職に伴うアカウント停止のお知らせ", leaf(txt, cs="iso-2022-jp", csname="ISO-2022-JP", cte="7bit"),
        mid="outlook", subj_cs="iso-2022-jp", extra=[("Importance", "high"), ("X-Priority", "1")])

    # 43 passed to another team
    d = dt(2025, 5, 19, 6, 30, 48)
    txt = """Hi Haruka,

Thanks for flagging the missing Professional certification. I can see the SAP-C02
exam on the original record, but it did not come across in the merge. I've sent this
to our certification records team so they can move it by hand.

That team usually needs 3-5 business days. You don't have to do anything in the
meantime; I'll write again once it's done.

Best,
Priya
AWS Training and Certification
"""
    msg(43, L("case_update", False, CA), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}", leaf(txt, fmt_flowed=False),
        ses_headers(43, d, "gmail"), mid="sfdc", irt=40)

    # 44 other AWS program form case asking for information (not T&C)
    d = dt(2025, 5, 20, 4, 10, 33)
    txt = """Hello Haruka,

Thank you for contacting AWS Events.

To change the email address on your AWS Summit Japan 2025 registration from your
company address to your personal one, we need the registration confirmation number
(it starts with "SJ25-") and the full name used when you registered. Could you reply
with both? Once we have them the change takes about one business day.

Best regards,
Naoki
AWS Events Customer Service
"""
    msg(44, L("unrelated"), d, ad("AWS Events Customer Service", "aws-cs-events-form@amazon.com"), P,
        "RE:[CASE 174771028400612] [AWS Events Form Submission] - registration-change",
        leaf(txt), ses_headers(44, d, "gmail"), mid="sfdc")

    # 45 resolved again (quotes the owner's message)
    d = dt(2025, 5, 22, 8, 5, 14)
    txt = f"""Hi Haruka,

The records team has finished: AWS Certified Solutions Architect - Professional now
shows on AWS11082953 with its original pass date (25 September 2023), and it is
included in your exam history. The Credly badge should follow within 24 hours.

I'm marking the case as resolved. If anything else looks off, a reply to this
thread will bring it back to us.

Best,
Priya
AWS Training and Certification

On Sat, May 17, 2025 at 02:20 AM, Haruka Mizuno <{ME_P}> wrote:
{q(txt_40())}
"""
    msg(45, L("resolved", False, CA, ["AWS11082953"]), d, TC, P, f"RE:[CASE {CA}] {SUBJ_A}", leaf(txt),
        ses_headers(45, d, "gmail"), mid="sfdc", irt=43)


def txt_40():
    return """Thank you for merging my accounts. When I checked the new account today, my AWS
Certified Solutions Architect - Professional (SAP-C02, passed 25 September 2023) is
missing from both Certifications and Exam history. It was on the old account,
AWS03417726. The Security - Specialty certification came across fine."""


CON_FOOT = f"""To see the case or add correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en
(Sign-in required.)

Note: this mailbox only sends messages; anything sent to it is not received.

""" + AWS_FOOT


def part_2025e():
    # 46 console case opened
    d = dt(2025, 5, 22, 11, 14, 40)
    txt = f"""Hello,

Amazon Web Services has opened case {CC} for you.

Case details
------------
Case ID: {CC}
Subject: {SUBJ_C}
Severity: General guidance
Category: Account and billing, Training and certification
Correspondence: Since my certification accounts were merged (case {CA}), the 50%
exam discount I had on the old account does not appear under Benefits. My candidate
ID is AWS11082953.

Thank you for using Amazon Web Services.

{CON_FOOT}
"""
    msg(46, L("acknowledgement", False, CC, ["AWS11082953"]), d, AWSN, ME_P,
        f"Amazon Web Services: New Support case: {CC}", leaf(txt, cte="7bit", cs="UTF-8"),
        ses_headers(46, d, "gmail"), crlf=True)

    # 47 console info request: question, no "please"
    d = dt(2025, 5, 23, 1, 50, 3)
    req_c = f"""Hello,

Thanks for your patience. I checked the benefits on AWS11082953 and on the merged
record. Exam discounts are tied to the certification that earned them, and the link
between yours and its source exam was lost in the merge.

Which exam did you pass to receive the 50% discount, and on about what date? If you
still have the discount code from the old account, add that too. With those details I
can ask our benefits team to restore it.

Answers need to go through the Support Center case page linked below; email replies
do not reach us.

We value your feedback. Rate this reply:
https://console.aws.amazon.com/support/feedback?eventId={h(47)[:10]}&rating=5 (Excellent)
https://console.aws.amazon.com/support/feedback?eventId={h(47)[:10]}&rating=1 (Poor)

Best regards,
Sofia R.
Amazon Web Services
"""
    msg(47, L("info_request", True, CC, ["AWS11082953"]), d, AWSN, ME_P, f"RE:[CASE {CC}] {SUBJ_C}",
        leaf(req_c + "\n" + CON_FOOT), ses_headers(47, d, "gmail"))

    # 48 owner answers by email anyway
    d = dt(2025, 5, 23, 11, 5, 12, JST)
    txt = f"""Hi Sofia,

It came from passing SAP-C02 on 25 September 2023. I don't have the code any more,
sorry.

Haruka

On Fri, May 23, 2025 at 10:50 AM Amazon Web Services <{NOREPLY}> wrote:
{q(req_c)}
"""
    msg(48, L("user_reply", False, CC), d, P, ad("Amazon Web Services", NOREPLY), f"Re: RE:[CASE {CC}] {SUBJ_C}",
        leaf(txt), mid="gmail", irt=47)

    # 49 bounce for message 48
    d = dt(2025, 5, 23, 2, 5, 41)
    human = f"""** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{NOREPLY}>: Recipient address rejected: this address does not accept mail
"""
    dsn = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: {format_datetime(dt(2025, 5, 23, 2, 5, 12))}
X-Original-Message-ID: {MID[48]}

Final-Recipient: rfc822; {NOREPLY}
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{NOREPLY}>: Recipient address rejected: this address does not accept mail
Last-Attempt-Date: {format_datetime(d)}
"""
    orig = f"""From: Haruka Mizuno <{ME_P}>
Date: {format_datetime(dt(2025, 5, 23, 11, 5, 12, JST))}
Message-ID: {MID[48]}
Subject: Re: RE:[CASE {CC}] {SUBJ_C}
To: Amazon Web Services <{NOREPLY}>
"""
    node = multi("report", [leaf(human, cte="7bit", cs="UTF-8"),
                            raw_part(["Content-Type: message/delivery-status"], dsn),
                            raw_part(["Content-Type: text/rfc822-headers"], orig)], 49,
                 params=" report-type=delivery-status;")
    msg(49, L("unrelated", False, CC), d, ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", node, [("Delivered-To", ME_P)], mid="mail.gmail.com",
        irt=48, extra=[("Auto-Submitted", "auto-replied")])

    # 50 GitHub issue comment
    d = dt(2025, 5, 24, 13, 0, 9)
    txt = """@haruka-m could you please check whether this still happens on v0.9.2? I think the
merge of #31 fixed it, but I can't reproduce on macOS.

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-m/dotfiles/issues/29#issuecomment-2901774310
You are receiving this because you authored the thread.
"""
    msg(50, L("unrelated"), d, ad("yusuke-t", "notifications@github.com"), ad("haruka-m/dotfiles", "dotfiles@noreply.github.com"),
        "Re: [haruka-m/dotfiles] zsh prompt breaks in tmux (Issue #29)", leaf(txt, cte="7bit", cs="UTF-8"),
        [("Delivered-To", ME_P)] + auth_gmail(50, "github.com", "noreply@github.com", "192.30.252.206", p="REJECT"),
        mid="<haruka-m/dotfiles/issues/29/2901774310@github.com>", cc=ad("Haruka Mizuno", ME_P),
        extra=[("X-GitHub-Reason", "author")])

    # 51 console auto-resolve warning
    d = dt(2025, 5, 26, 2, 0, 17)
    txt = f"""Hello,

We haven't heard from you on this case since our last correspondence. We'll keep it
open a little longer, but if there is no response in the Support Center within 3
business days, the case will be resolved automatically.

If you still need help, sign in and add your reply to the case at the link below. A
case that has been resolved for 14 days can't be reopened.

Best regards,
Amazon Web Services

{CON_FOOT}
"""
    msg(51, L("closing_notice", True, CC), d, AWSN, ME_P, f"RE:[CASE {CC}] {SUBJ_C}", leaf(txt),
        ses_headers(51, d, "gmail"))

    # 52 farewell party (colleague), with a conditional "reply if"
    d = dt(2025, 5, 26, 14, 0, 0, JST)
    txt = """クラウド推進部の皆さま

5/29 (木) の水野さん送別会ですが、会場が変更になりました。
新しい会場: 居酒屋 かもめ 新橋店 (19:00 〜)

ご欠席に変更のある方のみ、明日中にこのメールへ返信してください。

幹事 佐々木
"""
    msg(52, L("unrelated"), d, ad("佐々木 拓海", "t.sasaki@kitanami-sys.co.jp"), ad("クラウド推進部", "cloud-team@kitanami-sys.co.jp"),
        "【会場変更】5/29 送別会のご案内", leaf(txt), mid="outlook", cc=C_JA,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 53 console case resolved, with feedback footer and a conditional
    d = dt(2025, 5, 27, 5, 30, 44)
    txt = f"""Hello,

Thank you for the details you added in the Support Center. Our benefits team has
reissued your 50% exam discount to candidate ID AWS11082953. It now appears under
Benefits and can be used until September 30, 2025.

With that, I'm resolving this case. If anything else comes up, you can reopen it from
the Support Center within the next 14 days.

We value your feedback. Rate this reply:
https://console.aws.amazon.com/support/feedback?eventId={h(53)[:10]}&rating=5 (Excellent)
https://console.aws.amazon.com/support/feedback?eventId={h(53)[:10]}&rating=1 (Poor)

Best regards,
Tomás
Amazon Web Services

{CON_FOOT}
"""
    msg(53, L("resolved", False, CC, ["AWS11082953"]), d, AWSN, ME_P, f"RE:[CASE {CC}] {SUBJ_C}",
        leaf(txt), ses_headers(53, d, "gmail"))


def part_2025f():
    # 54 case D acknowledgement, to the company address
    d = dt(2025, 5, 27, 21, 19, 10)
    txt = f"""Hello,

We have received your request and opened case {CD}. Our team aims to reply within
24 hours.

Please reply to this message rather than submitting a new form if you have more
information to add.

Case details:
Inquiry type: Certification / Digital badges
Candidate ID: AWS11082953
Description: After my certification accounts were merged, none of my badges show up
in Credly under my personal address.

AWS Training and Certification
"""
    msg(54, L("acknowledgement", False, CD, ["AWS11082953"]), d, TC, ME_C, f"[CASE {CD}] {SUBJ_D}",
        leaf(txt, cte="7bit", cs="us-ascii"), ses_headers(54, d, "m365"))

    # 55 wrong address: write from the registered address (Japanese, plain ください), CRLF 8bit
    d = dt(2025, 5, 28, 3, 40, 29)
    req_d = f"""水野様

AWS トレーニングと認定サポートの佐藤です。

本件は候補 ID AWS11082953 のアカウントについてのお問い合わせですが、お問い合わせ
いただいたメールアドレス ({ME_C}) は、このアカウントに登録されている
アドレスではありません。アカウント保護のため、登録済みのメールアドレスから
いただいたご依頼のみお受けしています。

AWS11082953 に登録されているメールアドレスから、このメールに返信する形で
改めてご連絡ください。件名のケース番号は変えずにお送りください。

確認が取れ次第、Credly との連携を調査します。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    msg(55, L("info_request", True, CD, ["AWS11082953"]), d, TC, ME_C, f"RE:[CASE {CD}] {SUBJ_D}",
        leaf(req_d, cte="8bit"), ses_headers(55, d, "m365"), mid="sfdc", irt=54, crlf=True)

    # 56 owner writes from the personal address
    d = dt(2025, 5, 28, 13, 2, 51, JST)
    rep = """佐藤様

ご連絡ありがとうございます。AWS11082953 に登録している個人のアドレスから
改めてご連絡します。会社のアドレスから送ってしまい失礼しました。

Credly のバッジの件、引き続きよろしくお願いいたします。

水野 遥
"""
    txt = rep + f"""
2025年5月28日(水) 12:40 AWS Training and Certification <{FORM}>:

{q(req_d)}
"""
    msg(56, L("user_reply", False, CD, ["AWS11082953"]), d, P, TC, f"RE:[CASE {CD}] {SUBJ_D}",
        multi("alternative", [leaf(txt, cte="base64"),
                              leaf("<div dir=\"ltr\">" + rep.replace("\n", "<br>") + "</div><div class=\"gmail_quote\">"
                                   "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                                   "padding-left:1ex\">" + req_d.replace("\n", "<br>") + "</blockquote></div>",
                                   "text/html", cte="base64")], 56), mid="gmail", irt=55)

    # 57 passed to another team
    d = dt(2025, 5, 29, 7, 15, 2)
    txt = """Hello Haruka,

Thank you for writing from your registered address. I've handed the badge issue to
our digital credentials team, who work with Credly directly. It can take up to five
business days; I'll update you as soon as I hear back.

Kind regards,
Olivia
AWS Training and Certification
"""
    msg(57, L("case_update", False, CD), d, TC, P, f"RE:[CASE {CD}] {SUBJ_D}", leaf(txt),
        ses_headers(57, d, "gmail"), mid="sfdc", irt=56)

    # 58 Credly lookalike phishing
    d = dt(2025, 5, 30, 1, 0, 26)
    html = f"""<html><body style="font-family:Helvetica">
<p><b>Credly</b></p>
<p>Hi Haruka,</p>
<p>We detected a change to the account that issued your <b>AWS Certified</b> badges. To keep them from being revoked on
<b>June 1</b>, confirm your identity:</p>
<p><a href="https://credly-badges-notify.com/claim?id={h(58)[:18]}">Keep my badges</a></p>
<p>If the button does not work, reply with your Credly password and we will restore them manually.</p>
<p style="color:#999">Credly Trust &amp; Safety</p></body></html>"""
    msg(58, L("suspicious"), d, ad("Credly", "noreply@credly-badges-notify.com"), ME_P,
        "Action required: your AWS badges will be revoked", leaf(html, "text/html", cte="base64"),
        [("Delivered-To", ME_P)] + auth_gmail(58, "credly-badges-notify.com", "noreply@credly-badges-notify.com",
                                              "91.215.85.140", p="NONE"), mid="credly-badges-notify.com")

    # 59 survey for the console case
    d = dt(2025, 5, 30, 9, 0, 6)
    txt = f"""Hello,

Case {CC} was resolved recently. Would you take a moment to tell us about your
experience with AWS Support?

https://console.aws.amazon.com/support/survey?caseId={CC}&t={h(59)[:12]}

The survey takes about two minutes. Your answers are anonymous.

{AWS_FOOT}
"""
    msg(59, L("survey", False, CC), d, AWSN, ME_P, f"Amazon Web Services: How was your support experience? Case {CC}",
        leaf(txt, cte="7bit", cs="UTF-8"), ses_headers(59, d, "gmail"))

    # 60 second merge confirmation, Japanese keigo, multipart
    d = dt(2025, 6, 2, 6, 20, 38)
    conf_d = f"""水野 遥 様

AWS トレーニングと認定サポートの佐藤でございます。
Credly の件でお待たせしており、申し訳ございません。

担当チームで調査したところ、{ME_P} で作成された認定アカウントが
もう 1 つ (候補 ID AWS11090412、2025 年 5 月 6 日作成) 見つかりました。Credly は
こちらのアカウントと連携されているため、AWS11082953 の認定がバッジとして表示されて
おりません。

つきましては、AWS11090412 を AWS11082953 に統合し、Credly の連携先を AWS11082953 に
変更したいと考えております。
  ・両方のアカウントがお客様ご本人のものであること
  ・統合先 (残すアカウント) を AWS11082953 とすること
の 2 点について、ご確認のうえご返信いただけますでしょうか。

ご確認いただけ次第、統合の手続きを進めさせていただきます。
何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    html = ("<html><body><div style=\"font-family:Meiryo,sans-serif;font-size:10.5pt\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in conf_d.strip().split("\n\n"))
            + "</div></body></html>")
    msg(60, L("confirmation_request", True, CD, ["AWS11090412", "AWS11082953"]), d, TC, P,
        f"RE:[CASE {CD}] {SUBJ_D}", multi("alternative", [leaf(conf_d), leaf(html, "text/html")], 60),
        ses_headers(60, d, "gmail"), mid="sfdc")

    # 61 owner: yes
    d = dt(2025, 6, 2, 21, 48, 3, JST)
    txt = f"""佐藤様

ご調査ありがとうございます。
どちらも私のアカウントです。AWS11082953 を残して、AWS11090412 を統合してください。
(5/6 に Builder ID を作り直した際にできてしまったものだと思います)

水野

2025年6月2日(月) 15:20 AWS Training and Certification <{FORM}>:
{q(conf_d)}
"""
    msg(61, L("user_reply", False, CD, ["AWS11082953", "AWS11090412"]), d, P, TC, f"RE:[CASE {CD}] {SUBJ_D}",
        leaf(txt), mid="gmail", irt=60)

    # 62 resolved, Japanese, with conditional invitation and a Credly instruction
    d = dt(2025, 6, 3, 2, 10, 55)
    txt = """水野 遥 様

佐藤でございます。ご確認ありがとうございました。

AWS11090412 を AWS11082953 に統合し、Credly の連携先も AWS11082953 に変更いたしました。
保有されている認定のバッジは、Credly から届く受け取りのメールから承認してください。
これにて本件の対応は完了となります。

ほかにご不明な点がございましたら、本メールにご返信いただければ対応いたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    html = ("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n"))
            + "</body></html>")
    msg(62, L("resolved", False, CD, ["AWS11090412", "AWS11082953"]), d, TC, P, f"RE:[CASE {CD}] {SUBJ_D}",
        multi("alternative", [leaf(txt), leaf(html, "text/html")], 62), ses_headers(62, d, "gmail"),
        mid="sfdc", irt=61)

    # 63 Credly claim mail
    d = dt(2025, 6, 3, 2, 40, 31)
    txt = """Haruka, claim your badges

Amazon Web Services Training and Certification has issued 2 badges to you:
  - AWS Certified Solutions Architect - Professional
  - AWS Certified Security - Specialty

Claim them at https://www.credly.com/users/haruka-mizuno/badges

Credly
"""
    msg(63, L("badge"), d, ad("Credly", "admin@credly.com"), ME_P, "Haruka, claim your badges from Amazon Web Services Training and Certification",
        leaf(txt), [("Delivered-To", ME_P)] + auth_gmail(63, "credly.com", "bounces@mail.credly.com", "167.89.12.91"),
        mid="credly.com")


def part_2025g():
    # 64 survey for case D, Japanese, multipart, ISO-2022-JP plain + UTF-8 html
    d = dt(2025, 6, 4, 3, 0, 12)
    txt = f"""水野 遥 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとう
ございました。ケース {CD} の対応品質について、5 段階でご評価いただけますと幸いです。

https://survey.aws-tc.example.amazon.com/ja/s/{h(64)[:12]}

アンケートへのご回答は任意です。本メールは送信専用のため、返信いただいても
お答えできません。

AWS トレーニングと認定
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</body></html>"
    msg(64, L("survey", False, CD), d, ad("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", "iso-2022-jp"), ME_P,
        f"サポートの対応はいかがでしたか? (ケース {CD})",
        multi("alternative", [leaf(txt, cs="iso-2022-jp", csname="ISO-2022-JP", cte="7bit"),
                              leaf(html, "text/html")], 64), ses_headers(64, d, "gmail"), mid="ses-jp",
        subj_cs="iso-2022-jp")

    # 65 owner forwards the case A result to the new manager (Gmail forward)
    d = dt(2025, 6, 4, 19, 2, 45, JST)
    fwd = f"""Hi Hayashi-san,

FYI, my AWS Certification records are now all on my personal account. Please use
candidate ID AWS11082953 if you need it for the partner registration at Sorafune.

Haruka

---------- Forwarded message ---------
From: AWS Training and Certification <{FORM}>
Date: Thu, May 22, 2025 at 5:05 PM
Subject: RE:[CASE {CA}] {SUBJ_A}
To: <{ME_P}>


Hi Haruka,

The records team has finished: AWS Certified Solutions Architect - Professional now
shows on AWS11082953 with its original pass date (25 September 2023), and it is
included in your exam history. The Credly badge should follow within 24 hours.

I'm marking the case as resolved. If anything else looks off, a reply to this
thread will bring it back to us.

Best,
Priya
AWS Training and Certification
"""
    msg(65, L("user_reply", False, CA, ["AWS11082953"]), d, P, ad("Kazuki Hayashi", "k.hayashi@sorafune.tech"),
        f"Fwd: RE:[CASE {CA}] {SUBJ_A}", leaf(fwd), mid="gmail", irt=45)

    # 66 Pearson VUE booking (recertification exam), 9-digit registration ID
    d = dt(2025, 6, 5, 8, 0, 55)
    txt = """Dear Haruka Mizuno,

Your exam is booked.

Exam: SCS-C02: AWS Certified Security - Specialty
Appointment: Thursday, June 19, 2025, 13:30 JST
Delivery: OnVUE online proctored
Registration ID: 523907114
Price: USD 300.00 - AWS exam benefit 50% - Amount charged: USD 150.00

Run the system test on the computer you will use before exam day, and start check-in
up to 30 minutes before your appointment time.

Pearson VUE
This mailbox is not monitored.
"""
    msg(66, L("unrelated"), d, ad("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
        "Pearson VUE Confirmation of Booking", leaf(txt),
        [("Delivered-To", ME_P)] + auth_gmail(66, "pearson.com", "bounce@pearson.com", "159.182.1.78", p="REJECT"),
        mid="pearson.com")

    # 67 Pearson VUE lookalike phishing
    d = dt(2025, 6, 10, 23, 40, 8)
    html = f"""<html><body style="font-family:Arial">
<p><img src="https://pearsonvue-exam-notice.com/logo.png" alt="Pearson VUE"></p>
<p>Dear candidate,</p>
<p>Your appointment for <b>SCS-C02</b> on June 19, 2025 has been <b style="color:#c00">cancelled</b> because the payment
could not be verified.</p>
<p>To keep your exam slot, re-enter your card details within 12 hours:
<a href="https://pearsonvue-exam-notice.com/pay/{h(67)[:14]}">Restore my appointment</a></p>
<p>Pearson VUE Candidate Services</p></body></html>"""
    msg(67, L("suspicious"), d, ad("Pearson VUE", "noreply@pearsonvue-exam-notice.com"), ME_P,
        "URGENT: your AWS exam appointment was cancelled", leaf(html, "text/html"),
        [("Delivered-To", ME_P)] + auth_gmail(67, "pearsonvue-exam-notice.com", "noreply@pearsonvue-exam-notice.com",
                                              "5.181.80.12", dkim="none", p="NONE"), mid="pearsonvue-exam-notice.com")

    # 68 recertified
    d = dt(2025, 6, 20, 12, 0, 37)
    txt = """Hello Haruka,

Congratulations - you've recertified AWS Certified Security - Specialty.

Candidate ID: AWS11082953
Exam: SCS-C02, taken June 19, 2025
New expiration date: June 19, 2028

Your updated certificate is available in your AWS Certification account, and Credly
will update your badge shortly. A new 50% exam discount has been added to Benefits.

AWS Certification
This is an automated message; replies are not monitored.
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n")) + "</body></html>"
    msg(68, L("certification", cands=["AWS11082953"]), d, ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "You've recertified your AWS Certification",
        multi("alternative", [leaf(txt), leaf(html, "text/html")], 68),
        [("Delivered-To", ME_P)] + auth_gmail(68, "certmetrics.com", "bounces@em.certmetrics.com", "149.72.140.23",
                                              p="NONE"), mid="certmetrics.com")


def main():
    for f in os.listdir(HERE):
        if f.endswith(("-msg.eml", "-msg.json")):
            os.remove(os.path.join(HERE, f))
    ack_e = part_2023()
    part_2023b(ack_e)
    ack_a, ack_b = part_2025a()
    part_2025b(ack_a, ack_b)
    close_a, conf = part_2025c()
    part_2025d(close_a, conf)
    part_2025e()
    part_2025f()
    part_2025g()
    cnt = Counter(l["kind"] for l in LABELS.values())
    for k, v in sorted(cnt.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(LABELS)}")
    print(f"{'needs_reply true':22s} {sum(l['needs_reply'] for l in LABELS.values())}")


if __name__ == "__main__":
    main()
