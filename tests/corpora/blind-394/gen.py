#!/usr/bin/env python3
"""Generate a blind corpus of support-case mail (standard library only).

Run:  python3 gen.py   (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
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

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
IST = timezone(timedelta(hours=5, minutes=30))

ME_P = "sora.ktmr@gmail.com"            # personal address
ME_C = "s.kitamura@aozora-cw.co.jp"     # company address (closes 2025-04-30)
ME_NAME = "Sora Kitamura"
ME_JA = "北村 空"

TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174458952004117"   # T&C form, account merge (15 digits)
CASE_D = "174467178000352"   # duplicate form submission (15 digits)
CASE_B = "174615093201866"   # Support Center console case (15 digits)
CASE_F = "14729305118"       # Japanese T&C form case, name fix (11 digits)
CASE_E = "9051736284"        # AWS Educate form case (10 digits, other program)

CID_CO = "AWS03857261"   # company certification account
CID_ME = "AWS11840392"   # personal certification account
CID_X = "AWS11840577"    # stray third account (same gmail)

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []


def h(s, cs="utf-8"):
    """Encode a header value only when it is not ASCII."""
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
        if any(c in name for c in ',.()<>@:;"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{email}>"


def dt(y, mo, d, hh, mm, ss=0, tz=JST):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def fmt(t):
    return format_datetime(t)


def _hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ses_id(seed):
    x = hashlib.sha256(seed.encode()).hexdigest()
    return (f"<01000196{x[:8]}-{x[8:16]}-{x[16:20]}-{x[20:24]}-{x[24:28]}-"
            f"{x[28:40]}-000000@email.amazonses.com>")


def gmail_id(seed):
    x = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    x = x.replace("/", "_").replace("=", "")[:38]
    return f"<CAH{x}@mail.gmail.com>"


def outlook_id(seed):
    x = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<TYWPR01MB{x[:5]}{x[5:10]}7A0{x[10:16]}@TYWPR01MB{x[16:21]}.jpnprd01.prod.outlook.com>"


def generic_id(seed, dom):
    return f"<{_hx(seed, 16)}.{_hx(seed + 'x', 8)}@{dom}>"


# ---------------------------------------------------------------- received / auth headers

def rx_gmail(t, hdr_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass",
             sel="s1", to=ME_P, host=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    host = host or f"a{ip.replace('.', '-')}.smtp-out.example.net"
    mdom = mailfrom.split("@")[1]
    spf_txt = {
        "pass": f"(google.com: domain of {mailfrom} designates {ip} as permitted sender)",
        "fail": f"(google.com: domain of {mailfrom} does not designate {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)",
    }[spf]
    dk = f"dkim={dkim} header.i=@{hdr_dom} header.s={sel} header.b={_hx(mailfrom + str(t), 8)}"
    if dkim != "pass":
        dk = f"dkim={dkim} (body hash did not verify) header.i=@{hdr_dom} header.s={sel} header.b={_hx(mailfrom, 8)}"
    if dkim == "none":
        dk = "dkim=none"
    dm = f"dmarc={dmarc} ({policy}) header.from={hdr_dom}"
    rt = (t + timedelta(seconds=2 + int(_hx(mailfrom, 2), 16) % 5)).astimezone(timezone(timedelta(hours=-8 if t.month < 3 else -7)))
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:7300:{_hx(str(t), 4)}:b0:{_hx(mailfrom, 3)}:{_hx(ip, 4)} with SMTP id "
                     f"{_hx(str(t) + 'id', 10)}csp{_hx(ip + 'n', 6)};\n        {fmt(rt)}"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
                     f"d9443c01a7336-{_hx(str(t) + ip, 9)}si{int(_hx(ip, 5), 16)}ad.{int(_hx(ip, 2), 16)}.{t.year}.{t.month:02d}.{t.day:02d}\n        for <{to}>\n"
                     f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fmt(rt)}"),
        ("Received-SPF", f"{spf} {spf_txt} client-ip={ip};"),
        ("Authentication-Results", f"mx.google.com;\n       {dk};\n       spf={spf} {spf_txt} "
                                   f"smtp.mailfrom={mailfrom};\n       {dm}"),
        ("Return-Path", f"<{mailfrom}>"),
    ]


def rx_m365(t, hdr_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", to=ME_C):
    mdom = mailfrom.split("@")[1]
    dk = "dkim=pass (signature was verified)" if dkim == "pass" else "dkim=fail (body hash did not verify)"
    act = "none" if dmarc == "pass" else "quarantine"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return [
        ("Received", f"from OS3P286CA0{_hx(str(t), 3)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{_hx(ip, 2)}::{_hx(ip, 2)})\n"
                     f" by TYWPR01MB{_hx(ip, 5).upper()}.jpnprd01.prod.outlook.com (2603:1096:400:{_hx(str(t), 3)}::{_hx(ip, 1)})\n"
                     f" with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.31;\n"
                     f" {fmt(t.astimezone(UTC))}"),
        ("Authentication-Results", f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mdom}; {dk}\n header.d={hdr_dom};"
                                   f"dmarc={dmarc} action={act} header.from={hdr_dom};compauth={comp}"),
        ("Received-SPF", f"{'Pass' if spf == 'pass' else 'Fail'} ({'protection.outlook.com: domain of ' + mdom + ' designates ' + ip + ' as permitted sender' if spf == 'pass' else 'protection.outlook.com: domain of ' + mdom + ' does not designate ' + ip + ' as permitted sender'})\n"
                         f" receiver=protection.outlook.com; client-ip={ip}; helo={mdom};"),
        ("Return-Path", f"<{mailfrom}>"),
    ]


def ses_bounce(seed):
    x = hashlib.sha256(("b" + seed).encode()).hexdigest()
    return f"01000196{x[:8]}-{x[8:16]}-{x[16:20]}-{x[20:24]}-{x[24:28]}-{x[28:40]}-000000@amazonses.com"


# ---------------------------------------------------------------- MIME building

def T(text, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False):
    """A single text part: returns (headers, body-string)."""
    data = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        body = data.decode("ascii")
    elif cte == "8bit":
        body = text
    else:
        raise ValueError(cte)
    if cs == "iso-2022-jp":
        ct = f"text/{sub}; charset=ISO-2022-JP"
    elif cs == "utf-8" and cte == "8bit":
        ct = f"text/{sub}; charset=UTF-8"
    else:
        ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct += "; format=flowed"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def MP(sub, *parts, seed="b", extra=""):
    b = f"----=_Part_{int(_hx(seed, 7), 16)}_{int(_hx(seed + 'q', 8), 16)}.{int(_hx(seed + 'z', 9), 16)}"
    out = []
    for ph, pb in parts:
        out.append("--" + b)
        out.extend(f"{k}: {v}" for k, v in ph)
        out.append("")
        out.append(pb.rstrip("\n"))
    out.append("--" + b + "--")
    return ([("Content-Type", f'multipart/{sub}; boundary="{b}"{extra}')], "\n".join(out) + "\n")


def add(kind, reply, case, cands, note, headers, body, crlf=False, preamble=None):
    ph, pb = body
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    lines.extend(f"{k}: {v}" for k, v in ph)
    s = "\n".join(lines) + "\n\n"
    if preamble:
        s += preamble + "\n"
    s += pb
    if not s.endswith("\n"):
        s += "\n"
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    MESSAGES.append({
        "raw": s.encode("utf-8"),
        "label": {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)},
        "note": note,
    })


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def html_doc(inner, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"</head>\n<body style=\"{style}\">\n{inner}\n</body></html>\n")


# =====================================================================================
# Messages, in mailbox arrival order
# =====================================================================================

def build():
    # ---------------------------------------------------------------- 001 billing statement
    t = dt(2025, 4, 7, 1, 2, 44, UTC)
    add("unrelated", False, None, [],
        "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID in brackets is not a case.",
        rx_gmail(t, "amazon.com", ses_bounce("bill1"), "54.240.8.112", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", "Amazon Web Services Billing Statement Available [Account: 318204775962]"),
            ("Message-ID", ses_id("bill1")),
        ],
        T("""Greetings from Amazon Web Services,

Your statement for the March 2025 billing period is now ready. The
balance below will be charged to the payment method on file for
account 318204775962.

  Total charges:   USD 4.87
  Period:          March 1 - March 31, 2025

View the itemised bill in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Nothing needs to be done if the payment method is current.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109. Reproduction or distribution
is prohibited without the written consent of Amazon Web Services, Inc.
Please do not reply to this address; it is not monitored.
"""))

    # ---------------------------------------------------------------- 002 colleague (ISO-2022-JP)
    t = dt(2025, 4, 8, 9, 15, 2)
    add("unrelated", False, None, [],
        "Colleague mail in ISO-2022-JP about a farewell party and handover; asks questions but is not support.",
        [
            ("Received", f"from TYCP286MB2271.JPNP286.PROD.OUTLOOK.COM ([fe80::4c1a:9b2e:77d0:1a3f])\n"
                         f" by TYCP286MB2271.JPNP286.PROD.OUTLOOK.COM ([fe80::4c1a:9b2e:77d0:1a3f%7]) with mapi id 15.20.8632.030;\n {fmt(t)}"),
            ("Date", fmt(t)),
            ("From", addr("佐藤 健太", "k.sato@aozora-cw.co.jp", "iso-2022-jp")),
            ("To", addr("北村 空", ME_C, "iso-2022-jp")),
            ("Subject", h("送別会と引き継ぎスケジュールについて", "iso-2022-jp")),
            ("Thread-Topic", h("送別会と引き継ぎスケジュールについて", "iso-2022-jp")),
            ("Thread-Index", "AdurB1x9dQm3Kx5WQkeBd0h7N2Cg+w=="),
            ("Message-ID", outlook_id("sato1")),
            ("Content-Language", "ja-JP"),
        ],
        T("""北村さん

お疲れさまです。佐藤です。

月末でのご退職、改めて寂しくなりますね。
送別会ですが、4/25(金)19時から新橋のいつものお店で仮押さえしました。
ご都合はいかがでしょうか？　NGの場合は早めに教えてください。

あと、引き継ぎの件で以下を確認させてください。
・Terraform の state バケットの管理者を誰に移すか
・パートナーセントラルの担当者登録の変更(APN 側)
来週どこかで30分ほど時間をいただけると助かります。

よろしくお願いします。

--
株式会社あおぞらクラウドワークス
クラウド推進部　佐藤 健太
""", cs="iso-2022-jp", cte="7bit"), crlf=True)

    # ---------------------------------------------------------------- 003 certmetrics survey-ish
    t = dt(2025, 4, 8, 13, 40, 11, UTC)
    add("certification", False, None, [],
        "CertMetrics 'wants to hear from you' program survey: certification-program mail that looks like a survey but is not about a support case.",
        rx_m365(t, "certmetrics.com", "bounce-7716@mail.certmetrics.com", "198.2.131.18") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
            ("To", ME_C),
            ("Subject", "AWS Certification wants to hear from you"),
            ("Message-ID", generic_id("cm1", "certmetrics.com")),
        ],
        MP("alternative",
           T("""Hello Sora,

You earned an AWS Certification in the past year, and we'd like to learn
how it has shaped your work. The questionnaire takes about eight minutes
and your answers stay anonymous.

Start the questionnaire: https://survey.certmetrics.com/aws/r/8kQ2mZ

Responses close on April 30, 2025.

Thank you,
AWS Certification

You are receiving this because you opted in to research invitations in
your AWS Certification profile. Manage preferences in your account.
"""),
           T(html_doc("""<p>Hello Sora,</p>
<p>You earned an AWS Certification in the past year, and we'd like to learn how it has shaped your work.
The questionnaire takes about eight minutes and your answers stay anonymous.</p>
<p><a href="https://survey.certmetrics.com/aws/r/8kQ2mZ" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">Start the questionnaire</a></p>
<p>Responses close on April 30, 2025.</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#687078">You are receiving this because you opted in to research invitations in your AWS Certification profile.</p>"""), sub="html"),
           seed="cm1"))

    # ---------------------------------------------------------------- 004 GitHub merged
    t = dt(2025, 4, 9, 7, 31, 5, UTC)
    add("unrelated", False, None, [],
        "GitHub notification: a pull request about an 'account' module was merged; 'merged' and 'account' are not a certification merge.",
        rx_m365(t, "github.com", "bounces+1485733-1f0c-s.kitamura=aozora-cw.co.jp@sgmail.github.com", "192.254.112.98") + [
            ("Date", fmt(t)),
            ("From", addr("Daichi Mori", "notifications@github.com")),
            ("Reply-To", "aozora-cw/tf-modules <reply+AAKX4TQ7C2Q3M5BXD@reply.github.com>"),
            ("To", "aozora-cw/tf-modules <tf-modules@noreply.github.com>"),
            ("Cc", addr("Sora Kitamura", ME_C) + ", Review requested <review_requested@noreply.github.com>"),
            ("Subject", "Re: [aozora-cw/tf-modules] Merge account baseline module into landing zone (PR #214)"),
            ("Message-ID", "<aozora-cw/tf-modules/pull/214/issue_event/17291466038@github.com>"),
            ("In-Reply-To", "<aozora-cw/tf-modules/pull/214@github.com>"),
            ("References", "<aozora-cw/tf-modules/pull/214@github.com>"),
            ("List-ID", "aozora-cw/tf-modules <tf-modules.aozora-cw.github.com>"),
            ("X-GitHub-Reason", "review_requested"),
        ],
        MP("alternative",
           T("""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aozora-cw/tf-modules/pull/214#event-17291466038
You are receiving this because your review was requested.

Message ID: <aozora-cw/tf-modules/pull/214/issue_event/17291466038@github.com>
""", cte="7bit", cs="us-ascii"),
           T("""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/aozora-cw/tf-modules/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/aozora-cw/tf-modules/pull/214#event-17291466038">view it on GitHub</a>.<br />You are receiving this because your review was requested.</p>
""", sub="html", cte="7bit", cs="us-ascii"),
           seed="gh1"))

    # ---------------------------------------------------------------- 005 benefits reminder
    t = dt(2025, 4, 10, 0, 0, 31, UTC)
    add("certification", False, None, [CID_CO],
        "Certification benefit (50% voucher) reminder to the company address; shows a candidate ID; 'use it before it expires' is not a support request.",
        rx_m365(t, "certmetrics.com", "bounce-7716@mail.certmetrics.com", "198.2.131.22") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
            ("To", ME_C),
            ("Subject", "Reminder: your AWS Certification exam benefit expires soon"),
            ("Message-ID", generic_id("cm2", "certmetrics.com")),
        ],
        T(html_doc(f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff;padding:14px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:18px">
<p>Hi Sora Kitamura,</p>
<p>A reminder about a benefit in your AWS Certification Account:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Candidate ID</b></td><td>{CID_CO}</td></tr>
<tr><td><b>Benefit</b></td><td>50% discount on your next certification exam</td></tr>
<tr><td><b>Valid until</b></td><td>June 12, 2025</td></tr>
</table>
<p>To apply it, open <i>Benefits</i> in your Certification Account, generate the code, and enter it at checkout when you schedule.</p>
<p>Regards,<br>AWS Certification</p>
</td></tr></table>"""), sub="html", cte="base64"))

    # ---------------------------------------------------------------- 006 IT notice (Shift_JIS)
    t = dt(2025, 4, 11, 12, 5, 40)
    add("unrelated", False, None, [],
        "Company IT notice in Shift_JIS/base64: the company mailbox closes on the last working day; an instruction, not support.",
        [
            ("Date", fmt(t)),
            ("From", addr("情報システム部", "it-helpdesk@aozora-cw.co.jp", "shift_jis")),
            ("To", ME_C),
            ("Subject", h("【重要】退職に伴うアカウント停止のご案内", "shift_jis")),
            ("Message-ID", generic_id("it1", "aozora-cw.co.jp")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        T("""北村 空 様

情報システム部です。
退職手続きに伴い、以下の日時で各種アカウントを停止いたします。

　対象：メール(s.kitamura@aozora-cw.co.jp)、VPN、社内ポータル
　停止日時：2025年4月30日(水) 18:00

停止後はメールの送受信ができなくなります。
外部サービスに会社のメールアドレスを登録している場合は、
停止日までに登録先の変更を済ませてください。
(会社契約のサービスは変更不要です)

貸与PCの返却は最終出社日に総務までお願いします。

情報システム部 ヘルプデスク(内線 2100)
""", cs="shift_jis", cte="base64"))

    # ---------------------------------------------------------------- 007 note to self
    t = dt(2025, 4, 13, 21, 10, 8)
    add("user_reply", False, None, [CID_CO, CID_ME],
        "Owner's own note from the company address to the personal one, listing candidate IDs before filing; written by the owner, so user_reply though no case yet.",
        [
            ("Received", f"from TYWPR01MB10382.jpnprd01.prod.outlook.com ([fe80::2d5:7a11:c0e:93b1]) by\n"
                         f" TYWPR01MB10382.jpnprd01.prod.outlook.com ([fe80::2d5:7a11:c0e:93b1%4]) with mapi id\n 15.20.8632.030; {fmt(t)}"),
            ("Date", fmt(t)),
            ("From", addr(ME_JA, ME_C, "iso-2022-jp")),
            ("To", ME_P),
            ("Subject", h("memo: AWS認定アカウント 移行前の控え", "iso-2022-jp")),
            ("Thread-Topic", h("memo: AWS認定アカウント 移行前の控え", "iso-2022-jp")),
            ("Thread-Index", "AduskP3QkQ1r0c7aQ4C5z3s1wq2xOQ=="),
            ("Message-ID", outlook_id("memo1")),
            ("Content-Language", "ja-JP"),
        ],
        T(f"""自分用メモ(退職前に控え)

会社アカウント(旧)
  login: s.kitamura@aozora-cw.co.jp
  候補ID: {CID_CO}
  - SAA-C03 2024/02 合格
  - DVA-C02 2022/11 合格
  - 特典: 50%割引 (6/12まで)
  - APN(Partner Central)と共有あり

個人アカウント(新)
  login: sora.ktmr@gmail.com
  候補ID: {CID_ME}
  試験履歴なし

TODO
  - フォームから Account Merge 申請(保持するのは個人のほう)
  - 証明書PDFはDLして Google Drive に退避済み
  - 5/10 SAP 受験予約の名義確認
""", cs="utf-8", cte="base64"))

    # ---------------------------------------------------------------- 008 Builder ID code
    t = dt(2025, 4, 14, 0, 11, 27, UTC)
    add("unrelated", False, None, [],
        "AWS Builder ID one-time verification code (6 digits) from no-reply@signin.aws; not case mail.",
        rx_gmail(t, "signin.aws", ses_bounce("bid1").replace("amazonses.com", "signin.aws"), "54.240.48.17", sel="mz5g6dyqdbs7nvpq6mt3ozk4ulpe5ryv") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
            ("To", ME_P),
            ("Subject", "Verify your AWS Builder ID email address"),
            ("Message-ID", ses_id("bid1")),
        ],
        MP("alternative",
           T("""AWS Builder ID

Verify your email address

Use this code to finish signing in:

    428913

It expires in 10 minutes. If you didn't try to sign in, you can ignore
this message; your account is unchanged.
"""),
           T(html_doc("""<h2 style="font-weight:normal">Verify your email address</h2>
<p>Use this code to finish signing in:</p>
<p style="font-size:28px;letter-spacing:6px"><b>428913</b></p>
<p>It expires in 10 minutes. If you didn't try to sign in, you can ignore this message; your account is unchanged.</p>"""), sub="html"),
           seed="bid1"))

    # ---------------------------------------------------------------- 009 ack case A
    t = dt(2025, 4, 14, 0, 24, 3, UTC)
    ID_ACK_A = ses_id("ackA")
    ack_a_text = f"""Hello,

Thank you for reaching out to AWS Training and Certification. Your
request has been logged as case {CASE_A} and is now in our queue.

Most requests get a first answer within one business day; some take
longer when we need to research them. Please keep this case number and
reply to this email if you want to add anything. Submitting the form
again opens a separate case and can slow things down.

What you sent us:

  Inquiry type:      Certification
  Additional detail: Account Merge
  Contact email:     {ME_P}
  Candidate ID:      {CID_ME}
  Description:
    I am leaving Aozora Cloudworks on April 30 and would like to move my
    certifications to my personal account. Addresses I have used:
    {ME_C} (candidate ID {CID_CO}) and {ME_P}.
    Please keep {ME_P}.

Kind regards,
AWS Training and Certification Customer Support
"""
    add("acknowledgement", False, CASE_A, [CID_ME, CID_CO],
        "Form acknowledgement for case A; echoes the submitted form (candidate IDs appear in the system's own text). 'reply to this email if you want to add anything' is conditional.",
        rx_gmail(t, "amazon.com", ses_bounce("ackA"), "54.240.8.60", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Message-ID", ID_ACK_A),
        ],
        T(ack_a_text, cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 010 marketing, HTML only, Japanese
    t = dt(2025, 4, 14, 3, 30, 0, UTC)
    add("unrelated", False, None, [],
        "AWS marketing (aws-marketing-email-replies@amazon.com), HTML-only Japanese with imperative calls to action.",
        rx_gmail(t, "amazon.com", ses_bounce("mkt1"), "54.240.1.202", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("AWS ジャパン", "aws-marketing-email-replies@amazon.com")),
            ("To", ME_P),
            ("Subject", h("【AWS Summit Japan 2025】参加登録を受け付けています")),
            ("Message-ID", ses_id("mkt1")),
            ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=JP-mkt-8831>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ],
        T(html_doc("""<div style="max-width:600px;margin:0 auto">
<div style="background:#0f1b2a;color:#fff;padding:24px;font-size:22px">AWS Summit Japan 2025</div>
<div style="padding:20px">
<p>北村 様</p>
<p>今年も AWS Summit Japan を開催します。基調講演、150 を超えるセッション、ハンズオン、認定者ラウンジをご用意しています。</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="background:#f2f3f3">会期</td><td>2025年6月25日(水)・26日(木)</td></tr>
<tr><td style="background:#f2f3f3">会場</td><td>幕張メッセ ／ オンライン同時配信</td></tr>
</table>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。当日は Credly のバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;border-radius:3px">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスから配信しています。配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</div></div>""", style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px"), sub="html", cte="quoted-printable"))

    # ---------------------------------------------------------------- 011 ack case D (Japanese template)
    t = dt(2025, 4, 14, 23, 7, 19, UTC)
    ID_ACK_D = ses_id("ackD")
    ack_d_text = f"""北村 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お問い合わせはケース {CASE_D} として受け付けました。

担当者より通常24時間以内にご連絡いたします。調査が必要な内容の場合は、
回答までにお時間をいただくことがございます。

すでに同じ内容でケースをお持ちの場合は、新しいケースを作成せず、
そのケースのメールにご返信ください。重複したケースは対応の遅れにつながります。

ケースの詳細は以下のとおりです。

  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合
  メールアドレス: {ME_C}
  内容: 退職のため、会社アドレスで作成した認定アカウントを
        個人アドレス(sora.ktmr@gmail.com)のアカウントに統合したいです。

今後ともよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート
"""
    add("acknowledgement", False, CASE_D, [],
        "Second (duplicate) form case D, Japanese acknowledgement template, sent to the company address; asks not to open duplicates but needs no reply.",
        rx_m365(t, "amazon.com", ses_bounce("ackD"), "54.240.8.71") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_C),
            ("Subject", f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Message-ID", ID_ACK_D),
        ],
        T(ack_d_text, cte="base64"), crlf=True)

    # ---------------------------------------------------------------- 012 owner on case D (Outlook)
    t = dt(2025, 4, 15, 8, 40, 51)
    ID_U_D = outlook_id("userD")
    add("user_reply", False, CASE_D, [],
        "Owner asks to close duplicate case D from the company address (Outlook, Japanese header block over the quote); mentions the other case number.",
        [
            ("Received", f"from TYWPR01MB10382.jpnprd01.prod.outlook.com ([fe80::2d5:7a11:c0e:93b1]) by\n"
                         f" TYWPR01MB10382.jpnprd01.prod.outlook.com ([fe80::2d5:7a11:c0e:93b1%4]) with mapi id\n 15.20.8632.030; {fmt(t)}"),
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_C)),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", f"RE: [CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Thread-Topic", f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Thread-Index", "AQHbrX2m8c1QeI0kS0W3s6o4QZ5f2rNmH1cw"),
            ("Message-ID", ID_U_D),
            ("In-Reply-To", ID_ACK_D),
            ("References", ID_ACK_D),
            ("Content-Language", "en-US"),
        ],
        T(f"""Hello,

Apologies, I sent the form twice. This is the same request as case
{CASE_A}, which I opened yesterday from my personal address.
Please close this one and keep everything on the original case.

Thank you,
Sora Kitamura

________________________________
差出人: Amazon Web Services <{TC}>
送信日時: 2025年4月15日 8:07
宛先: {ME_C} <{ME_C}>
件名: [CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance

{ack_d_text}""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 013 APN hold with a question (case A)
    t = dt(2025, 4, 15, 4, 52, 37, UTC)
    ID_HOLD1 = ses_id("hold1")
    hold1_text = f"""Hello Sora,

Thank you for your patience while I looked into your merge request.

The certification account registered to {ME_C} is linked to an
AWS Partner Network organization (Aozora Cloudworks). Certifications
held in a partner-linked account count toward that organization's
partner standing, so we do not move them out while the link is active.
I have therefore put your case on hold for the moment.

There are two ways forward. If you are leaving the company, we can ask
the partner's alliance lead to release the account, and the merge can
proceed after that. If you are staying, the link has to remain, and we
can share your certifications with the partner profile instead of
merging.

Before I contact the partner I need to know which of these applies:
are you leaving Aozora Cloudworks, and if so, what is your last
working day?

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
    add("on_hold", True, CASE_A, [],
        "APN partner hold on case A; the one question (are you leaving, last day?) comes after three paragraphs of explanation, no 'please'.",
        rx_gmail(t, "amazon.com", ses_bounce("hold1"), "54.240.8.60", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_HOLD1),
            ("In-Reply-To", ID_ACK_A),
            ("References", ID_ACK_A),
        ],
        T(hold1_text, cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 014 duplicate closed (case D)
    t = dt(2025, 4, 15, 6, 5, 12, UTC)
    add("case_update", False, CASE_D, [],
        "Case D closed as a duplicate and linked to case A; mentions both case numbers; explicitly nothing to do.",
        rx_m365(t, "amazon.com", ses_bounce("dupD"), "54.240.8.71") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_C),
            ("Subject", f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Message-ID", ses_id("dupD")),
            ("In-Reply-To", ID_U_D),
            ("References", f"{ID_ACK_D} {ID_U_D}"),
        ],
        T(f"""Hello,

Thanks for the heads-up. I have closed case {CASE_D} as a
duplicate and added a note to case {CASE_A} so that the full
history sits in one place. Your merge request carries on there, and
updates will go to the address on that case ({ME_P}).

There is nothing further for you to do on this case.

Regards,
Colm
AWS Training and Certification

---- Original Message ----
From: {ME_C}
Sent: 4/14/2025 11:40 PM
Subject: RE: [CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance

Apologies, I sent the form twice. This is the same request as case
{CASE_A}, which I opened yesterday from my personal address.
Please close this one and keep everything on the original case.
""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 015 owner answers the hold (Gmail)
    t = dt(2025, 4, 15, 19, 48, 20)
    ID_U_A1 = gmail_id("uA1")
    u_a1 = """Hi Marisol,

Thanks for checking. Yes, I am leaving Aozora Cloudworks. My last working
day is April 30, 2025, and my company mailbox will be shut down that
evening. Please go ahead and ask the partner to release the account so it
can be merged into my personal one.

Best,
Sora
"""
    hdr_q = f"On Tue, Apr 15, 2025 at 1:52\u202fPM Amazon Web Services <{TC}> wrote:"
    add("user_reply", False, CASE_A, [],
        "Owner's Gmail reply to the hold (answers the question); quotes the hold's question with '>'.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_P)),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_U_A1),
            ("In-Reply-To", ID_HOLD1),
            ("References", f"{ID_ACK_A} {ID_HOLD1}"),
        ],
        MP("alternative",
           T(u_a1 + "\n" + hdr_q + "\n\n" + quote(hold1_text) + "\n", cte="quoted-printable"),
           T('<div dir="ltr">' + u_a1.strip().replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", " ")
             + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             + hdr_q.replace("<", "&lt;").replace(">", "&gt;")
             + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + hold1_text.replace("\n\n", "<br><br>").replace("\n", " ") + "</blockquote></div>\n", sub="html"),
           seed="uA1"))

    # ---------------------------------------------------------------- 016 Pearson VUE confirmation
    t = dt(2025, 4, 15, 22, 30, 9, UTC)
    add("unrelated", False, None, [CID_ME],
        "Exam vendor appointment confirmation: 9-digit registration number, candidate ID, many instructions ('bring ID', 'arrive early') that are not a support request.",
        rx_gmail(t, "pearson.com", "bounce@pearsonvue.com", "159.182.1.34", sel="pvue2024", policy="p=REJECT sp=REJECT dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
            ("To", ME_P),
            ("Subject", "Pearson VUE Confirmation of Exam Appointment"),
            ("Message-ID", generic_id("pv1", "pearson.com")),
        ],
        MP("alternative",
           T(f"""Dear Sora Kitamura,

Your exam appointment is booked.

  Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
  Date and time:        Saturday, May 10, 2025, 1:00 PM Japan Standard Time
  Location:             Pearson Professional Centers - Tokyo Shinjuku
  Registration number:  512938470
  Candidate ID:         {CID_ME}

On exam day, arrive 30 minutes before your appointment and bring one
valid, unexpired government-issued ID with a photo and signature. The
name on the ID must exactly match the name on this appointment.

To reschedule or cancel, sign in to your AWS Certification Account at
least 24 hours before the appointment.

Pearson VUE
"""),
           T(html_doc(f"""<p>Dear Sora Kitamura,</p><p>Your exam appointment is booked.</p>
<table cellpadding="4" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date and time</td><td>Saturday, May 10, 2025, 1:00 PM Japan Standard Time</td></tr>
<tr><td>Location</td><td>Pearson Professional Centers - Tokyo Shinjuku</td></tr>
<tr><td>Registration number</td><td>512938470</td></tr>
<tr><td>Candidate ID</td><td>{CID_ME}</td></tr></table>
<p>On exam day, arrive 30 minutes before your appointment and bring one valid, unexpired government-issued ID with a photo and signature. The name on the ID must exactly match the name on this appointment.</p>
<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.</p><p>Pearson VUE</p>"""), sub="html"),
           seed="pv1"))

    # ---------------------------------------------------------------- 017 lookalike-domain phishing
    t = dt(2025, 4, 16, 2, 2, 48, UTC)
    add("suspicious", False, None, [],
        "Credential phishing from a lookalike domain (aws-certmerge-help.com) that knows a merge is under way; passes SPF/DKIM for its own domain; demands a reply.",
        rx_gmail(t, "aws-certmerge-help.com", "bounce@mail.aws-certmerge-help.com", "45.137.21.88", sel="default",
                 policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Certification Support", "case-team@aws-certmerge-help.com")),
            ("Reply-To", "verify@aws-certmerge-help.com"),
            ("To", ME_P),
            ("Subject", "Action Required: verify your identity to complete your certification account merge"),
            ("Message-ID", generic_id("ph1", "aws-certmerge-help.com")),
        ],
        T(html_doc("""<p>Dear Candidate,</p>
<p>We received a request to merge AWS Certification accounts registered to your email address.
Because one of the accounts is linked to an AWS Partner organization, an additional identity check is mandatory.</p>
<p><b>Reply to this email within 24 hours</b> with your AWS Builder ID password and the verification code you receive,
or complete the check online:</p>
<p><a href="http://aws-certmerge-help.com/verify?u=sora.ktmr">https://www.aws.training/certification/verify</a></p>
<p>If we do not hear from you, your certifications and exam benefits will be permanently forfeited.</p>
<p>AWS Training &amp; Certification Security Team</p>"""), sub="html", cte="quoted-printable"))

    # ---------------------------------------------------------------- 018 hold, nothing needed (case A)
    t = dt(2025, 4, 17, 1, 15, 33, UTC)
    ID_HOLD2 = ses_id("hold2")
    hold2 = """Hello Sora,

Thank you for confirming your departure date.

I have sent a release request to the alliance lead on record for Aozora
Cloudworks. Partners usually answer within three to five business days,
and your case will stay on hold until they do. You don't need to do
anything in the meantime; I will write again as soon as the partner
responds, or if the window passes without an answer.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
    add("on_hold", False, CASE_A, [],
        "Case A stays on hold waiting for the partner; says plainly nothing is needed; quotes the owner's earlier answer.",
        rx_gmail(t, "amazon.com", ses_bounce("hold2"), "54.240.8.33", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_HOLD2),
            ("In-Reply-To", ID_U_A1),
            ("References", f"{ID_ACK_A} {ID_HOLD1} {ID_U_A1}"),
        ],
        MP("alternative",
           T(hold2 + f"\n\nOn 4/15/2025 10:48 AM GMT, {ME_P} wrote:\n" + quote(u_a1) + "\n"),
           T(html_doc("<p>" + hold2.strip().replace("\n\n", "</p><p>").replace("\n", " ") + "</p>"
                      + f"<hr><p style='color:#555'>On 4/15/2025 10:48 AM GMT, {ME_P} wrote:</p><blockquote>"
                      + u_a1.replace("\n", "<br>") + "</blockquote>"), sub="html"),
           seed="hold2"))

    # ---------------------------------------------------------------- 019 other vendor, solved for inactivity
    t = dt(2025, 4, 17, 9, 20, 0, UTC)
    add("unrelated", False, None, [],
        "Another vendor's Zendesk ticket closed for inactivity, 'reply to reopen': same shape as a closing notice but not AWS.",
        rx_m365(t, "kumomonitor.zendesk.com", "support+id48213@kumomonitor.zendesk.com", "192.161.151.9") + [
            ("Date", fmt(t)),
            ("From", addr("Kumo Monitor Support", "support@kumomonitor.zendesk.com")),
            ("Reply-To", "Kumo Monitor Support <support+id48213@kumomonitor.zendesk.com>"),
            ("To", ME_C),
            ("Subject", "[Kumo Monitor] Re: Agent stops reporting after kernel update"),
            ("Message-ID", "<Z4R9KQ2V1J_6800c3b0d2a1f_7a3f1c8e9b4_sprut@zendesk.com>"),
        ],
        T("""##- Please type your reply above this line -##

Your request (48213) has been solved.

Hi Sora,

We haven't heard back from you for seven days, so we have marked this
ticket as solved. If the agent stops reporting again, reply to this
email within 20 days and the ticket will reopen automatically.

Hana Okubo
Kumo Monitor Support

This email is a service from Kumo Monitor Support.
[Q7ZKXN-5RY0W]
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 020 newsletter (ISO-2022-JP)
    t = dt(2025, 4, 17, 22, 0, 4, UTC)
    add("unrelated", False, None, [],
        "Japanese tech newsletter (ISO-2022-JP) with an article about merging certification accounts and 'reply before the case closes' advice.",
        rx_gmail(t, "cloud-tsushin.jp", "bounce@mail.cloud-tsushin.jp", "203.0.113.45", sel="mta1", policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("週刊クラウド通信", "news@cloud-tsushin.jp", "iso-2022-jp")),
            ("To", ME_P),
            ("Subject", h("週刊クラウド通信 第212号:認定アカウントの統合、サポートとのやりとり", "iso-2022-jp")),
            ("Message-ID", generic_id("nl1", "cloud-tsushin.jp")),
            ("List-Unsubscribe", "<mailto:unsubscribe@cloud-tsushin.jp?subject=212>"),
        ],
        T("""━━━━━━━━━━━━━━━━━━━━━━━━━━
　週刊クラウド通信　第212号　2025/04/18
━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週の特集
　転職シーズン到来：AWS 認定アカウントの統合を振り返る

　会社のメールアドレスで作った認定アカウントは、退職前に
　個人アカウントへ統合しておくのが安心です。フォームから
　申請すると確認メールが届き、サポートから「どちらを残すか」
　を聞かれます。返信しないとケースがクローズされてしまうので、
　メールはこまめに確認しましょう。

■ニュースヘッドライン
　・新しいリージョンの一般提供開始
　・Amazon Bedrock の料金改定
　・認定試験の一部で新しい試験ガイドが公開

■読者アンケート実施中
　ご意見をお聞かせください → https://cloud-tsushin.jp/q/212

配信停止はこちら: https://cloud-tsushin.jp/unsubscribe
""", cs="iso-2022-jp", cte="7bit"))

    # ---------------------------------------------------------------- 021 hold lifted (case A)
    t = dt(2025, 4, 21, 7, 40, 2, UTC)
    ID_LIFT = ses_id("lift")
    add("case_update", False, CASE_A, [],
        "Hold lifted and case handed to merge specialists; 'no further action is required at this point'; different agent.",
        rx_gmail(t, "amazon.com", ses_bounce("lift"), "54.240.8.60", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_LIFT),
            ("In-Reply-To", ID_HOLD2),
            ("References", f"{ID_ACK_A} {ID_HOLD1} {ID_U_A1} {ID_HOLD2}"),
        ],
        T(f"""Hi Sora,

Good news on case {CASE_A}: the partner administrator for Aozora
Cloudworks has released your certification account, so the hold is
lifted.

I have passed the case to our account specialists, who carry out the
merges. They will write to you next with the details of both accounts.
No further action is required from you at this point.

Thanks,
Devendra
AWS Training and Certification Customer Support
"""), crlf=True)

    # ---------------------------------------------------------------- 022 confirmation request, HTML only table
    t = dt(2025, 4, 22, 1, 3, 15, UTC)
    ID_CONF1 = ses_id("conf1")
    rows = [
        ("Candidate ID", CID_ME, CID_CO),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Exam history", "None", "2 exams (DVA-C02, SAA-C03)"),
        ("Partner link", "None", "Released 04/21/2025"),
    ]
    trs = "\n".join(f'<tr><td style="border:1px solid #aab7b8;padding:6px;background:#f2f3f3"><b>{a}</b></td>'
                    f'<td style="border:1px solid #aab7b8;padding:6px">{b}</td>'
                    f'<td style="border:1px solid #aab7b8;padding:6px">{c}</td></tr>' for a, b, c in rows)
    conf1_html = f"""<p>Hello Sora,</p>
<p>My name is Priyanka and I'm on the account specialist team; I'll be completing your merge.
I located the following certification accounts:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><th style="border:1px solid #aab7b8;padding:6px"></th><th style="border:1px solid #aab7b8;padding:6px">Account #1</th><th style="border:1px solid #aab7b8;padding:6px">Account #2</th></tr>
{trs}
</table>
<p>Everything in Account #2 (exam history, certifications, benefits and digital badges) will be moved into Account #1,
and Account #2 will then be closed. A merge cannot be reversed.</p>
<p>Kindly confirm that both accounts belong to you and that Account #1 is the one to keep. Once I have your confirmation
I will run the merge, normally the same day.</p>
<p>Warm regards,<br>Priyanka S.<br>Account Specialist, AWS Training and Certification</p>"""
    conf1_plain_q = f"""Hello Sora,

My name is Priyanka and I'm on the account specialist team; I'll be
completing your merge. I located the following certification accounts:

Account #1
Candidate ID: {CID_ME}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {CID_CO}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

Everything in Account #2 will be moved into Account #1, and Account #2
will then be closed. A merge cannot be reversed.

Kindly confirm that both accounts belong to you and that Account #1 is
the one to keep.
"""
    add("confirmation_request", True, CASE_A, [CID_ME, CID_CO],
        "HTML-only confirmation request with an Account #1 / Account #2 table (candidate IDs in table cells); 'Kindly confirm' after the table.",
        rx_gmail(t, "amazon.com", ses_bounce("conf1"), "54.240.8.47", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_CONF1),
            ("In-Reply-To", ID_LIFT),
            ("References", f"{ID_ACK_A} {ID_HOLD1} {ID_U_A1} {ID_HOLD2} {ID_LIFT}"),
        ],
        T(html_doc(conf1_html), sub="html", cte="base64"))

    # ---------------------------------------------------------------- 023 Skill Builder receipt
    t = dt(2025, 4, 22, 4, 15, 30, UTC)
    add("unrelated", False, None, [],
        "Skill Builder subscription receipt from no-reply@aws.training: AWS Training mail, but a purchase receipt, not a case.",
        rx_gmail(t, "aws.training", ses_bounce("sb1"), "54.240.27.5", sel="awstraining") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
            ("To", ME_P),
            ("Subject", "Your AWS Skill Builder subscription receipt"),
            ("Message-ID", ses_id("sb1")),
        ],
        MP("alternative",
           T("""Thanks for subscribing to AWS Skill Builder.

Receipt
  Order number:   SB-7Q41-00928713
  Plan:           Individual, monthly
  Amount:         USD 29.00 (tax included where applicable)
  Next renewal:   May 22, 2025

You can manage or cancel the subscription under Account > Subscription
at https://skillbuilder.aws/.

AWS Training and Certification
"""),
           T(html_doc("""<h3>Thanks for subscribing to AWS Skill Builder.</h3>
<table cellpadding="4"><tr><td>Order number</td><td>SB-7Q41-00928713</td></tr>
<tr><td>Plan</td><td>Individual, monthly</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>May 22, 2025</td></tr></table>
<p>You can manage or cancel the subscription under Account &gt; Subscription.</p><p>AWS Training and Certification</p>"""), sub="html"),
           seed="sb1"))

    # ---------------------------------------------------------------- 024 colleague handover (English)
    t = dt(2025, 4, 23, 11, 2, 41)
    ID_MEI = outlook_id("mei1")
    add("unrelated", False, None, [],
        "Colleague asks for handover actions and mentions approving AWS's release of the certification account; a request, but not from support.",
        [
            ("Date", fmt(t)),
            ("From", addr("Mei Lin", "m.lin@aozora-cw.co.jp")),
            ("To", addr(ME_NAME, ME_C)),
            ("Cc", addr("佐藤 健太", "k.sato@aozora-cw.co.jp", "iso-2022-jp")),
            ("Subject", "Handover: Partner Central contacts + certification count"),
            ("Message-ID", ID_MEI),
            ("Content-Language", "en-US"),
        ],
        T("""Hi Sora,

Quick handover items before you go:

1. I approved the release request AWS sent us for your certification
   account on Monday, so that side is done.
2. Could you move the Partner Central technical contact to me before
   the 30th?
3. How many certified people will we have left after you leave? I need
   the number for the partner tier review.

Thanks!
Mei
""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 025 reminder: still need confirmation
    t = dt(2025, 4, 24, 1, 10, 5, UTC)
    ID_REM = ses_id("rem1")
    add("confirmation_request", True, CASE_A, [],
        "Short follow-up asking which account to keep (a question, no 'please'); the account table is only in the quoted history, so no candidate IDs of its own.",
        rx_gmail(t, "amazon.com", ses_bounce("rem1"), "54.240.8.47", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_REM),
            ("In-Reply-To", ID_CONF1),
            ("References", f"{ID_ACK_A} {ID_HOLD1} {ID_U_A1} {ID_HOLD2} {ID_LIFT} {ID_CONF1}"),
        ],
        T(f"""Hi Sora,

Just checking in. The merge is ready to go on our side; all that's
missing is your go-ahead. Which account would you like us to keep,
Account #1 or Account #2?

Priyanka S.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Tuesday, April 22, 2025 1:03 AM
To: {ME_P}
Subject: {SUBJ_A}

{conf1_plain_q}""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 026 closing notice (case A)
    t = dt(2025, 4, 25, 0, 30, 44, UTC)
    ID_CLOSE_A = ses_id("closeA")
    close_a = f"""Hello,

We have not received a reply to our last message about case
{CASE_A}. To keep our queue current, this case will be closed if we
don't hear from you within 3 business days.

A reply to this email keeps the case open. If the case has already been
closed by then, your reply reopens it, so there is no need to submit a
new request.

Sincerely,
AWS Training and Certification Customer Support
"""
    add("closing_notice", True, CASE_A, [],
        "Templated closing notice: case closes in 3 business days unless the owner replies; no question mark, no 'please'.",
        rx_gmail(t, "amazon.com", ses_bounce("closeA"), "54.240.8.33", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_CLOSE_A),
            ("In-Reply-To", ID_REM),
            ("References", f"{ID_ACK_A} {ID_CONF1} {ID_REM}"),
        ],
        MP("alternative",
           T(close_a),
           T(html_doc("<p>" + close_a.strip().replace("\n\n", "</p><p>").replace("\n", " ") + "</p>"), sub="html"),
           seed="closeA"))

    # ---------------------------------------------------------------- 027 spoof: real AWS From, dmarc=fail
    t = dt(2025, 4, 25, 3, 14, 9, UTC)
    add("suspicious", False, None, [],
        "Looks exactly like a T&C case mail (real From address, [CASE] subject, Account #1 wording) but SPF/DKIM/DMARC fail for amazon.com; link goes elsewhere. Case number is made up, so case=null.",
        rx_gmail(t, "amazon.com", "support@mx3.trainvaultmail.ru", "185.225.74.19", dkim="fail", spf="softfail", dmarc="fail",
                 sel="224i4yxa5dv7c2xz3womw6peuasteono", host="mx3.trainvaultmail.ru") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Training and Certification", TC)),
            ("To", ME_P),
            ("Subject", "RE:[CASE 174458830117702] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Message-ID", "<20250425031409.7F2A11C0093@mx3.trainvaultmail.ru>"),
        ],
        MP("alternative",
           T("""Hello,

Your certification account merge is pending final verification.

To confirm that Account #1 and Account #2 belong to you, sign in with
your AWS Builder ID through the secure verification page below within
24 hours:

https://aws-training-verify.co/merge/confirm?case=174458830117702

Unverified requests are cancelled and the accounts are locked.

AWS Training and Certification Customer Support
"""),
           T(html_doc("""<p>Hello,</p><p>Your certification account merge is pending final verification.</p>
<p>To confirm that Account #1 and Account #2 belong to you, sign in with your AWS Builder ID through the secure verification page below within 24 hours:</p>
<p><a href="https://aws-training-verify.co/merge/confirm?case=174458830117702">https://www.aws.training/SignIn</a></p>
<p>Unverified requests are cancelled and the accounts are locked.</p><p>AWS Training and Certification Customer Support</p>"""), sub="html"),
           seed="spoof1"))

    # ---------------------------------------------------------------- 028 owner confirms from the WRONG address
    t = dt(2025, 4, 25, 12, 50, 2)
    ID_U_WRONG = outlook_id("uWrong")
    u_wrong = f"""Hello Priyanka,

Confirmed. Please merge into Account #1 ({CID_ME}).

Sorry for the late reply.

Sora Kitamura
Aozora Cloudworks / Cloud Promotion Dept.
"""
    add("user_reply", False, CASE_A, [CID_ME],
        "Owner confirms from the company address in a fresh Outlook message with the case subject typed in (no In-Reply-To, no quote).",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_C)),
            ("To", TC),
            ("Subject", f"RE: [CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Thread-Topic", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
            ("Thread-Index", "Adu1qv0ZkS2Q3mL0T6uYbq0lQ1w9Yg=="),
            ("Message-ID", ID_U_WRONG),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
        ],
        MP("alternative",
           T(u_wrong, cs="us-ascii", cte="7bit"),
           T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
             '<div class="WordSection1"><p class="MsoNormal">' + u_wrong.strip().replace("\n\n", '</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">').replace("\n", "<br>")
             + "</p></div></body></html>\n", sub="html", cs="us-ascii", cte="quoted-printable"),
           seed="uWrong"), crlf=True)

    # ---------------------------------------------------------------- 029 write from the personal address
    t = dt(2025, 4, 25, 7, 20, 31, UTC)
    ID_ADDR = ses_id("addr1")
    info_addr = f"""Hi Sora,

Thank you for the reply. It reached us from {ME_C}, which is the
login of the account being retired (Account #2). For your security we
can only act on a merge approval sent from the address that opened the
case, because that account is the one that will hold your
certifications afterwards.

We need the same confirmation again from {ME_P}. Replying to this
email from that mailbox is enough. As soon as it arrives I will run the
merge.

Priyanka S.
Account Specialist, AWS Training and Certification
"""
    add("info_request", True, CASE_A, [],
        "Support asks the owner to send the confirmation again from the personal address ('We need ... from ...'); cc to the company address; quotes the owner's confirmation.",
        rx_gmail(t, "amazon.com", ses_bounce("addr1"), "54.240.8.47", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Cc", ME_C),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_ADDR),
            ("In-Reply-To", ID_U_WRONG),
            ("References", f"{ID_ACK_A} {ID_CONF1} {ID_REM} {ID_CLOSE_A} {ID_U_WRONG}"),
        ],
        T(info_addr + f"\n\nOn Fri, 25 Apr 2025 at 03:50, {ME_C} wrote:\n" + quote(u_wrong) + "\n"))

    # ---------------------------------------------------------------- 030 owner confirms from personal (Gmail)
    t = dt(2025, 4, 25, 21, 5, 16)
    ID_U_OK = gmail_id("uOK")
    u_ok = f"""Hi Priyanka,

Confirmed: both accounts are mine. Please merge Account #2 into Account #1
({CID_ME}) and keep {ME_P} as the address on file.

Thanks,
Sora
"""
    add("user_reply", False, CASE_A, [CID_ME],
        "Owner's confirmation from the personal address, Gmail plain text with '>' quote of the request.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_P)),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_U_OK),
            ("In-Reply-To", ID_ADDR),
            ("References", f"{ID_ACK_A} {ID_CONF1} {ID_REM} {ID_CLOSE_A} {ID_U_WRONG} {ID_ADDR}"),
        ],
        T(u_ok + f"\nOn Fri, Apr 25, 2025 at 4:20\u202fPM Amazon Web Services <{TC}> wrote:\n\n" + quote(info_addr) + "\n",
          cte="quoted-printable", flowed=False))

    # ---------------------------------------------------------------- 031 out-of-office auto reply
    t = dt(2025, 4, 26, 9, 0, 12)
    add("unrelated", False, None, [],
        "Colleague's out-of-office auto-reply (Japanese/English) to a handover thread; Auto-Submitted header.",
        [
            ("Date", fmt(t)),
            ("From", addr("佐藤 健太", "k.sato@aozora-cw.co.jp")),
            ("To", addr(ME_NAME, ME_C)),
            ("Subject", h("自動応答: RE: Handover: Partner Central contacts + certification count")),
            ("Message-ID", outlook_id("oof1")),
            ("In-Reply-To", ID_MEI),
            ("References", ID_MEI),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "k.sato@aozora-cw.co.jp"),
        ],
        T("""お疲れさまです。佐藤です。
4/26(土)～4/28(月)は休暇のため不在にしております。
4/30(水)より順次確認いたします。
お急ぎの場合は m.lin@aozora-cw.co.jp までご連絡ください。

I am out of the office until April 29 with limited access to email.
For urgent matters, please contact m.lin@aozora-cw.co.jp.
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 032 resolved (case A) top-posted over quotes
    t = dt(2025, 4, 26, 18, 14, 55, UTC)
    ID_RES_A = ses_id("resA")
    res_a = f"""Hello Sora,

I have successfully merged your accounts. Your exam history, both
certifications, the 50% exam benefit and your digital badges are now in
Account #1, which you sign in to with {ME_P}. Account #2 has been
closed.

Credly may send badge notifications over the next day. If anything looks
wrong when you sign in, reply to this email within 14 days and we will
take another look.

Warm regards,
Priyanka S.
Account Specialist, AWS Training and Certification
"""
    res_a_plain = (res_a + f"\n\nOn Fri, Apr 25, 2025 at 12:05 PM, Sora Kitamura <{ME_P}> wrote:\n" + quote(u_ok)
                   + f"\n>\n> On Tue, Apr 22, 2025 at 1:03 AM, Amazon Web Services wrote:\n" + quote(quote(conf1_plain_q)) + "\n")
    add("resolved", False, CASE_A, [],
        "Merge done; top-posted over the owner's confirmation and the original 'Kindly confirm' request (candidate IDs only in the quote); 'reply within 14 days if wrong' is conditional.",
        rx_gmail(t, "amazon.com", ses_bounce("resA"), "54.240.8.47", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_RES_A),
            ("In-Reply-To", ID_U_OK),
            ("References", f"{ID_ACK_A} {ID_CONF1} {ID_ADDR} {ID_U_OK}"),
        ],
        MP("alternative",
           T(res_a_plain),
           T(html_doc("<p>" + res_a.strip().replace("\n\n", "</p><p>").replace("\n", " ") + "</p><hr>"
                      + f"<p>On Fri, Apr 25, 2025 at 12:05 PM, Sora Kitamura &lt;{ME_P}&gt; wrote:</p>"
                      + '<blockquote style="border-left:2px solid #999;padding-left:8px">' + u_ok.replace("\n", "<br>")
                      + "<p>On Tue, Apr 22, 2025 at 1:03 AM, Amazon Web Services wrote:</p><blockquote>" + conf1_html
                      + "</blockquote></blockquote>"), sub="html"),
           seed="resA"))

    # ---------------------------------------------------------------- 033 Credly badge (multipart)
    t = dt(2025, 4, 26, 18, 40, 12, UTC)
    add("badge", False, None, [],
        "Credly badge issued after the merge; 'Accept your badge' call to action is not a support request.",
        rx_gmail(t, "credly.com", "bounces+2218814-9a1e-sora.ktmr=gmail.com@em.credly.com", "167.89.14.201", sel="s1",
                 policy="p=REJECT sp=REJECT dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Credly", "admin@credly.com")),
            ("To", ME_P),
            ("Subject", "Amazon Web Services Training and Certification has issued you a badge"),
            ("Message-ID", generic_id("cr1", "credly.com")),
        ],
        MP("alternative",
           T("""Hi Sora,

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Associate".

Accept your badge to add it to your profile and share it:
https://www.credly.com/badges/4b7f0c1e-2d9a-4a61-8f3e-9c05d2b7e611/accept

Questions? Visit support.credly.com.

Credly, a Pearson company
"""),
           T(html_doc("""<div style="text-align:center"><img src="https://images.credly.com/size/110x110/images/aws-saa.png" alt="badge" width="110">
<h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge<br><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/4b7f0c1e-2d9a-4a61-8f3e-9c05d2b7e611/accept" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, a Pearson company</p></div>"""), sub="html"),
           seed="cr1"))

    # ---------------------------------------------------------------- 034 Credly badge, HTML only
    t = dt(2025, 4, 26, 18, 41, 3, UTC)
    add("badge", False, None, [],
        "Second Credly badge mail, HTML-only, base64.",
        rx_gmail(t, "credly.com", "bounces+2218814-9a1f-sora.ktmr=gmail.com@em.credly.com", "167.89.14.201", sel="s1",
                 policy="p=REJECT sp=REJECT dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Credly", "admin@credly.com")),
            ("To", ME_P),
            ("Subject", "Your new badge: AWS Certified Developer - Associate"),
            ("Message-ID", generic_id("cr2", "credly.com")),
        ],
        T(html_doc("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="border:1px solid #e5e5e5"><tr><td style="padding:24px;text-align:center">
<p style="font-size:20px">Congratulations, Sora!</p>
<p>Your badge <b>AWS Certified Developer - Associate</b> from Amazon Web Services Training and Certification is waiting for you.</p>
<p><a href="https://www.credly.com/badges/7ce2a9d4-51b0-4f0e-b3a2-1d8e6f4c9a07/accept">Claim it now</a> and let your network know.</p>
</td></tr></table></td></tr></table>"""), sub="html", cte="base64"))

    # ---------------------------------------------------------------- 035 survey (case A)
    t = dt(2025, 4, 28, 1, 0, 7, UTC)
    add("survey", False, CASE_A, [],
        "Satisfaction survey for case A; imperative 'rate' links and a question, but optional.",
        rx_gmail(t, "amazon.com", ses_bounce("surA"), "54.240.8.12", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Customer Service Survey", "cs-survey@amazon.com")),
            ("To", ME_P),
            ("Subject", f"How did we do? Your feedback on case {CASE_A}"),
            ("Message-ID", ses_id("surA")),
        ],
        MP("alternative",
           T(f"""Hello,

Your AWS Training and Certification case {CASE_A} was recently
resolved. How satisfied were you with the help you received?

  Very satisfied      https://survey.aws.amazon.com/s/tc?c={CASE_A}&r=5
  Satisfied           https://survey.aws.amazon.com/s/tc?c={CASE_A}&r=4
  Neutral             https://survey.aws.amazon.com/s/tc?c={CASE_A}&r=3
  Dissatisfied        https://survey.aws.amazon.com/s/tc?c={CASE_A}&r=2
  Very dissatisfied   https://survey.aws.amazon.com/s/tc?c={CASE_A}&r=1

The survey takes about two minutes. Thank you for helping us improve.

AWS Training and Certification
"""),
           T(html_doc(f"""<p>Hello,</p><p>Your AWS Training and Certification case {CASE_A} was recently resolved. How satisfied were you with the help you received?</p>
<p>""" + " ".join(f'<a href="https://survey.aws.amazon.com/s/tc?c={CASE_A}&amp;r={i}" style="padding:6px 10px;border:1px solid #999;text-decoration:none">{i}</a>' for i in range(1, 6))
                      + """</p><p>The survey takes about two minutes. Thank you for helping us improve.</p><p>AWS Training and Certification</p>"""), sub="html"),
           seed="surA"))

    # ---------------------------------------------------------------- 036 Credly lookalike phishing
    t = dt(2025, 4, 28, 5, 22, 40, UTC)
    add("suspicious", False, None, [],
        "Credly lookalike domain (credly-badgecenter.com) threatening badge revocation and asking for a login.",
        rx_gmail(t, "credly-badgecenter.com", "mail@credly-badgecenter.com", "91.92.246.17", sel="k1",
                 policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Credly", "notifications@credly-badgecenter.com")),
            ("To", ME_P),
            ("Subject", "Important: your AWS badges will be revoked in 48 hours"),
            ("Message-ID", generic_id("ph2", "credly-badgecenter.com")),
        ],
        T("""Hello Sora,

Because your AWS Certification accounts were merged, the badges issued
to your previous account are no longer verified. They will be revoked
in 48 hours unless you re-confirm your identity.

Re-verify now: https://credly-badgecenter.com/reverify?id=sora.ktmr

You will need your Credly password and the email address used at the
time the badges were issued.

The Credly Team
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 037 owner forwards resolution to manager (Japanese)
    t = dt(2025, 4, 30, 17, 45, 30)
    add("user_reply", False, CASE_A, [CID_ME],
        "Owner forwards the merge-complete mail to his manager with a Japanese note; his own text carries one candidate ID, the forwarded part none.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_JA, ME_P)),
            ("To", addr("石田 陽子", "y.ishida@aozora-cw.co.jp")),
            ("Cc", ME_C),
            ("Subject", "Fwd: " + SUBJ_A),
            ("Message-ID", gmail_id("fwdA")),
            ("References", f"{ID_U_OK} {ID_RES_A}"),
            ("In-Reply-To", ID_RES_A),
        ],
        T(f"""石田さん

お世話になっております。北村です。
AWS認定資格は個人の認定アカウント(候補ID {CID_ME})へ統合が完了しました。
これに伴い、パートナーセントラル上の認定者数から私の分が外れます。
念のため、AWSからの完了メールを転送いたします。

短い間でしたが大変お世話になりました。

---------- Forwarded message ---------
From: Amazon Web Services <{TC}>
Date: 2025年4月27日(日) 3:14
Subject: {SUBJ_A}
To: <{ME_P}>


{res_a}""", cte="base64"))

    # ---------------------------------------------------------------- 038 connpass event (unrelated)
    t = dt(2025, 5, 1, 0, 12, 9, UTC)
    add("unrelated", False, None, [],
        "Community event registration (Japanese), mentions AWS certifications; not AWS and not a case.",
        rx_gmail(t, "connpass.com", "bounce@mail.connpass.com", "52.68.101.33", sel="cp2023", policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("connpass", "no-reply@connpass.com")),
            ("To", ME_P),
            ("Subject", h("【connpass】「JAWS-UG 東京 #61 認定資格LT大会」への参加登録が完了しました")),
            ("Message-ID", generic_id("cp1", "connpass.com")),
        ],
        T("""北村 空 さん

以下のイベントへの参加登録が完了しました。

イベント名：JAWS-UG 東京 #61 認定資格LT大会
日時：2025/05/21(水) 19:00～21:00
会場：目黒セントラルスクエア 21F

当日は受付で connpass の受付票をご提示ください。
参加をキャンセルする場合は、イベントページからお手続きください。

connpass
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 039 certification expiry notice
    t = dt(2025, 5, 1, 11, 10, 44, UTC)
    add("certification", False, None, [CID_ME],
        "Certification expiry reminder to the merged personal account (candidate ID shown); recommends action but is program mail.",
        rx_gmail(t, "certmetrics.com", "bounce-7716@mail.certmetrics.com", "198.2.131.18", sel="k2", policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
            ("To", ME_P),
            ("Subject", "Your AWS Certified Developer - Associate certification expires in 201 days"),
            ("Message-ID", generic_id("cm3", "certmetrics.com")),
        ],
        T(f"""Hello Sora Kitamura (Candidate ID: {CID_ME}),

Your AWS Certified Developer - Associate certification expires on
November 18, 2025.

You can keep it current by passing the same exam again or by earning
a higher-level certification that recertifies it. Exam benefits in
your Certification Account can be applied when you schedule.

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Certification
""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 040 console case B opened
    t = dt(2025, 5, 2, 1, 55, 40, UTC)
    ID_ACK_B = ses_id("ackB")
    console_foot = f"""To see or update this case, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en

(Signing in through federation? Sign in first, then open the link.)

*This message comes from an address that cannot accept incoming e-mails.
Any answer must be entered in the AWS Support Center through the link
above.*

Amazon Web Services, Inc. and its affiliates are located at 410 Terry
Avenue North, Seattle, WA 98109-5210."""
    add("acknowledgement", False, CASE_B, [],
        "Support Center (console) case B opened; from no-reply-aws@amazon.com; echoes the owner's text, which cites case A's number.",
        rx_gmail(t, "amazon.com", ses_bounce("ackB"), "54.240.8.90", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", f"Amazon Web Services: New Support case: {CASE_B}"),
            ("Message-ID", ID_ACK_B),
        ],
        T(f"""Dear AWS customer,

We have opened case {CASE_B} for you.

Case details:

Case ID: {CASE_B}
Subject: 50% exam discount missing after certification account merge
Severity: General guidance
Correspondence: My certification accounts were merged on April 27 (case
{CASE_A}). The 50% exam discount from the old account does not
appear under Benefits in the merged account.

An engineer will respond as soon as possible.

{console_foot}
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 041 AWS Educate form case (other program)
    t = dt(2025, 5, 2, 6, 2, 15, UTC)
    add("unrelated", False, CASE_E, [],
        "AWS Educate form case (10-digit ID, aws-cs-educate-form@amazon.com) asking for information: same shape as a T&C request but another program, so not counted as needing a reply.",
        rx_gmail(t, "amazon.com", ses_bounce("edu1"), "54.240.8.14", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", "aws-cs-educate-form@amazon.com")),
            ("To", ME_P),
            ("Subject", f"RE:[CASE {CASE_E}] [AWS Educate Form Submission] - educator-verification"),
            ("Message-ID", ses_id("edu1")),
        ],
        T("""Hello Sora,

Thank you for applying to AWS Educate as an educator for your community
study group. To complete the verification, could you send us a link to
the group's public page and the name of any school or organization it
is affiliated with?

Best,
Lucia
AWS Educate Support
""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 042 console info request (case B)
    t = dt(2025, 5, 3, 2, 20, 5, UTC)
    ID_INFO_B = ses_id("infoB")
    info_b = f"""Hello,

Thank you for contacting AWS Support. My name is Takeshi and I will be
helping you with this case.

I can see that case {CASE_A} merged two certification accounts on
April 27. Exam discounts are generated per passed exam, so to trace
the one that is missing I need two details: which exam earned it (name
and approximate date), and whether a code had already been generated
from it before the merge.

Best regards,
Takeshi K.
Amazon Web Services
"""
    add("info_request", True, CASE_B, [],
        "Console correspondence asking for two details ('I need two details'); the answer must go through the Support Center, the footer says email is not accepted.",
        rx_gmail(t, "amazon.com", ses_bounce("infoB"), "54.240.8.90", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", f"RE:[CASE {CASE_B}] 50% exam discount missing after certification account merge"),
            ("Message-ID", ID_INFO_B),
            ("In-Reply-To", ID_ACK_B),
            ("References", ID_ACK_B),
        ],
        T(info_b + """
Your opinion helps us: you can rate this reply with the stars shown
next to it in the Support Center.

""" + console_foot + "\n"))

    # ---------------------------------------------------------------- 043 owner answers by email anyway
    t = dt(2025, 5, 3, 12, 2, 26)
    ID_U_B = gmail_id("uB")
    add("user_reply", False, CASE_B, [CID_CO],
        "Owner answers the console case by email (to no-reply-aws), which cannot work; Gmail quote.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_P)),
            ("To", addr("Amazon Web Services", NOREPLY)),
            ("Subject", f"Re: [CASE {CASE_B}] 50% exam discount missing after certification account merge"),
            ("Message-ID", ID_U_B),
            ("In-Reply-To", ID_INFO_B),
            ("References", f"{ID_ACK_B} {ID_INFO_B}"),
        ],
        T(f"""Hi Takeshi,

It came from the SAA-C03 exam I passed in February 2024 on my old
account ({CID_CO}). I never generated a code from it.

Sora

On Sat, May 3, 2025 at 11:20\u202fAM Amazon Web Services <{NOREPLY}> wrote:

""" + quote(info_b) + "\n"))

    # ---------------------------------------------------------------- 044 bounce of the email reply (case B)
    t = dt(2025, 5, 3, 3, 2, 31, UTC)
    bnd = "000000000000b1c7e80634213a55"
    bounce_body = "\n".join([
        f"--{bnd}",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 7bit",
        "",
        "** Message not delivered **",
        "",
        f"Your message to {NOREPLY} could not be delivered. The receiving",
        "server does not accept mail for this address.",
        "",
        "The response from the remote server was:",
        f"550 5.1.1 <{NOREPLY}>: Recipient address rejected: mailbox does not accept incoming mail",
        "",
        f"--{bnd}",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; googlemail.com",
        "Arrival-Date: " + fmt(dt(2025, 5, 3, 12, 2, 26)),
        "",
        f"Final-Recipient: rfc822; {NOREPLY}",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)",
        f"Diagnostic-Code: smtp; 550 5.1.1 <{NOREPLY}>: Recipient address rejected: mailbox does not accept incoming mail",
        "Last-Attempt-Date: " + fmt(t),
        "",
        f"--{bnd}",
        "Content-Type: text/rfc822-headers; charset=UTF-8",
        "",
        f"From: {ME_NAME} <{ME_P}>",
        f"To: Amazon Web Services <{NOREPLY}>",
        f"Subject: Re: [CASE {CASE_B}] 50% exam discount missing after certification account merge",
        f"Message-ID: {ID_U_B}",
        f"In-Reply-To: {ID_INFO_B}",
        "Date: " + fmt(dt(2025, 5, 3, 12, 2, 26)),
        "",
        f"--{bnd}--",
        ""])
    add("unrelated", False, CASE_B, [],
        "Gmail bounce (multipart/report) of the owner's email answer to console case B: not from support, but tells the owner the answer did not arrive; labelled with case B.",
        [
            ("Delivered-To", ME_P),
            ("Date", fmt(t)),
            ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
            ("To", ME_P),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("Message-ID", f"<6815887f.{_hx('bnc', 6)}.{_hx('bnc2', 4)}.GMR@mx.google.com>"),
            ("In-Reply-To", ID_U_B),
            ("References", ID_U_B),
            ("Auto-Submitted", "auto-replied"),
        ],
        ([("Content-Type", f'multipart/report; boundary="{bnd}"; report-type=delivery-status')], bounce_body))

    # ---------------------------------------------------------------- 045 console auto-resolve warning (case B)
    t = dt(2025, 5, 5, 9, 0, 3, UTC)
    close_b = f"""Hello,

We haven't heard back from you on case {CASE_B} since our last
correspondence. If no response is added in the Support Center, the case
will be resolved automatically in 3 days.

Messages sent by email to this address are not delivered to us, so if
you already replied that way, the engineer has not seen it. A resolved
case can still be reopened from the Support Center for 14 days.

Best regards,
Amazon Web Services
"""
    add("closing_notice", True, CASE_B, [],
        "Console auto-resolve warning for case B; the way to keep it open is the Support Center, not email; no question and no 'please'.",
        rx_gmail(t, "amazon.com", ses_bounce("closeB"), "54.240.8.90", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", f"RE:[CASE {CASE_B}] 50% exam discount missing after certification account merge"),
            ("Message-ID", ses_id("closeB")),
            ("In-Reply-To", ID_INFO_B),
            ("References", f"{ID_ACK_B} {ID_INFO_B}"),
        ],
        T(close_b + "\n" + console_foot + "\n", cs="us-ascii", cte="7bit"), crlf=True)

    # ---------------------------------------------------------------- 046 Builder ID password changed
    t = dt(2025, 5, 5, 23, 30, 18, UTC)
    add("unrelated", False, None, [],
        "Builder ID security notice ('if this wasn't you, reset'): conditional, not a case.",
        rx_gmail(t, "signin.aws", ses_bounce("bid2").replace("amazonses.com", "signin.aws"), "54.240.48.17",
                 sel="mz5g6dyqdbs7nvpq6mt3ozk4ulpe5ryv") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
            ("To", ME_P),
            ("Subject", "Your AWS Builder ID password was changed"),
            ("Message-ID", ses_id("bid2")),
        ],
        T("""The password for the AWS Builder ID registered to this address was
changed on May 5, 2025 at 23:30 UTC.

If you made this change, there is nothing else to do. If you didn't,
reset your password right away at https://profile.aws.amazon.com/ and
review your recent sign-in activity.

AWS Builder ID
"""))

    # ---------------------------------------------------------------- 047 console case resolved with rating footer (case B)
    t = dt(2025, 5, 6, 5, 40, 27, UTC)
    ID_RES_B = ses_id("resB")
    add("resolved", False, CASE_B, [CID_ME],
        "Console case B resolved (voucher reissued); rating footer and 'reopen within 14 days if needed' are not requests.",
        rx_gmail(t, "amazon.com", ses_bounce("resB"), "54.240.8.90", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", f"RE:[CASE {CASE_B}] 50% exam discount missing after certification account merge"),
            ("Message-ID", ID_RES_B),
            ("In-Reply-To", ID_INFO_B),
            ("References", f"{ID_ACK_B} {ID_INFO_B}"),
        ],
        T(f"""Hello Sora,

Thanks for adding the exam details in the Support Center.

The discount earned with your SAA-C03 pass had not been carried over
during the merge. I have reissued it to your merged account
{CID_ME}; it now appears under Benefits and is valid until June 12,
2025, the same date as the original.

I'm marking this case as resolved. Should anything else come up on
this topic, you can reopen it from the Support Center within 14 days.

Best regards,
Takeshi K.
Amazon Web Services

Your opinion helps us: you can rate this reply with the stars shown
next to it in the Support Center.

{console_foot}
"""))

    # ---------------------------------------------------------------- 048 Pearson VUE reminder
    t = dt(2025, 5, 7, 1, 0, 0, UTC)
    add("unrelated", False, None, [],
        "Exam vendor reminder (registration number, checklist of things to do before the exam).",
        rx_gmail(t, "pearson.com", "bounce@pearsonvue.com", "159.182.1.34", sel="pvue2024", policy="p=REJECT sp=REJECT dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Pearson VUE", "pearsonvuereminder@pearson.com")),
            ("To", ME_P),
            ("Subject", "Reminder: your AWS Certification exam is in 3 days"),
            ("Message-ID", generic_id("pv2", "pearson.com")),
        ],
        T("""Dear Sora Kitamura,

This is a reminder of your upcoming exam.

  Exam:                 SAP-C02
  Date:                 May 10, 2025, 1:00 PM JST
  Registration number:  512938470

Before you go:
  - Check that the name on your ID matches your appointment.
  - Plan to arrive 30 minutes early.
  - Personal items stay in a locker during the exam.

Good luck!
Pearson VUE
""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 049 owner reopens case A
    t = dt(2025, 5, 8, 13, 30, 41)
    ID_U_REOPEN = gmail_id("uReopen")
    u_reopen = f"""Hi Priyanka,

Thanks again for the merge. Two things I noticed after signing in:

1. My DVA-C02 exam from November 2022 is missing from Exam history,
   although the certification itself is listed.
2. There seems to be a third certification account, {CID_X}, also
   under {ME_P}. I think I created it by accident with Builder ID
   last year.

Could you take a look at both?

Sora
"""
    add("user_reply", False, CASE_A, [CID_X],
        "Owner replies to the resolved case A, reopening it with two new problems and a third candidate ID; Gmail quote of the resolution.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_P)),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_U_REOPEN),
            ("In-Reply-To", ID_RES_A),
            ("References", f"{ID_ACK_A} {ID_U_OK} {ID_RES_A}"),
        ],
        MP("alternative",
           T(u_reopen + f"\nOn Sun, Apr 27, 2025 at 3:14\u202fAM Amazon Web Services <{TC}> wrote:\n\n" + quote(res_a) + "\n"),
           T('<div dir="ltr">' + u_reopen.replace("\n", "<br>") + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             + f"On Sun, Apr 27, 2025 at 3:14\u202fAM Amazon Web Services &lt;{TC}&gt; wrote:<br></div>"
             + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + res_a.replace("\n", "<br>") + "</blockquote></div>\n", sub="html"),
           seed="uReopen"))

    # ---------------------------------------------------------------- 050 case reopened (case A)
    t = dt(2025, 5, 8, 11, 12, 9, UTC)
    ID_REOPENED = ses_id("reopened")
    add("case_update", False, CASE_A, [],
        "Case A reopened and passed to the records team; 'I'll let you know' — news only, nothing asked.",
        rx_gmail(t, "amazon.com", ses_bounce("reopened"), "54.240.8.60", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_REOPENED),
            ("In-Reply-To", ID_U_REOPEN),
            ("References", f"{ID_ACK_A} {ID_RES_A} {ID_U_REOPEN}"),
        ],
        T(f"""Hi Sora,

Thanks for flagging these. I have reopened case {CASE_A} and asked
our records team to trace the missing DVA-C02 result; they can see the
exam on the certification side, so it should be recoverable. I'll also
look at the third profile you mentioned while they work on it.

You'll hear from us once the records team reports back.

Ahmed R.
AWS Training and Certification Customer Support
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 051 exam passed (name typo)
    t = dt(2025, 5, 10, 7, 5, 50, UTC)
    add("certification", False, None, [CID_ME],
        "Exam result: passed SAP-C02; the certificate name shows a typo (sets up case F); 'check your details' is advice, not a case request.",
        rx_gmail(t, "certmetrics.com", "bounce-7716@mail.certmetrics.com", "198.2.131.22", sel="k2", policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
            ("To", ME_P),
            ("Subject", "Congratulations! You are now AWS Certified Solutions Architect - Professional"),
            ("Message-ID", generic_id("cm4", "certmetrics.com")),
        ],
        MP("alternative",
           T(f"""Congratulations, Sora Kitamra!

You passed the AWS Certified Solutions Architect - Professional exam on
May 10, 2025.

  Candidate ID:        {CID_ME}
  Validation number:   7QK2M1VZ4LB1Q9S3
  Valid through:       May 10, 2028

Your digital certificate is available in your Certification Account,
and a Credly badge invitation will follow. Make sure the name on your
certificate reads the way you want it shown.

AWS Certification
"""),
           T(html_doc(f"""<h2 style="color:#232f3e">Congratulations, Sora Kitamra!</h2>
<p>You passed the <b>AWS Certified Solutions Architect - Professional</b> exam on May 10, 2025.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>{CID_ME}</td></tr>
<tr><td>Validation number</td><td>7QK2M1VZ4LB1Q9S3</td></tr><tr><td>Valid through</td><td>May 10, 2028</td></tr></table>
<p>Your digital certificate is available in your Certification Account, and a Credly badge invitation will follow.
Make sure the name on your certificate reads the way you want it shown.</p><p>AWS Certification</p>"""), sub="html"),
           seed="cm4"))

    # ---------------------------------------------------------------- 052 recertified
    t = dt(2025, 5, 10, 23, 0, 12, UTC)
    add("certification", False, None, [],
        "Recertification notice (the Professional pass renewed the Associate); program mail.",
        rx_gmail(t, "certmetrics.com", "bounce-7716@mail.certmetrics.com", "198.2.131.18", sel="k2", policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
            ("To", ME_P),
            ("Subject", "Your AWS Certified Solutions Architect - Associate has been renewed"),
            ("Message-ID", generic_id("cm5", "certmetrics.com")),
        ],
        T("""Hello Sora,

Because you passed AWS Certified Solutions Architect - Professional,
your AWS Certified Solutions Architect - Associate certification has
been renewed. Its new expiration date is May 10, 2028.

Nothing else is needed on your part. The updated certificate is in
your Certification Account.

AWS Certification
""", cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 053 confirmation for the third account (case A)
    t = dt(2025, 5, 11, 0, 40, 36, UTC)
    ID_CONF2 = ses_id("conf2")
    conf2 = f"""Hi Sora,

Our records team has restored your DVA-C02 result (November 18, 2022);
it now shows under Exam history.

While checking, I also found the profile you mentioned: {CID_X},
created on June 3, 2024 and registered to {ME_P}, with no exams
or benefits attached. It can be folded into your main account
{CID_ME} the same way as before.

Is {CID_X} yours, and shall we merge it into {CID_ME}?

Yuki T.
AWS Training and Certification Customer Support
"""
    add("confirmation_request", True, CASE_A, [CID_X, CID_ME],
        "Second merge confirmation on the reopened case, after good news: a bare question, no account table, no 'please'. Candidate IDs repeat (listed once each).",
        rx_gmail(t, "amazon.com", ses_bounce("conf2"), "54.240.8.33", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_CONF2),
            ("In-Reply-To", ID_REOPENED),
            ("References", f"{ID_ACK_A} {ID_RES_A} {ID_U_REOPEN} {ID_REOPENED}"),
        ],
        T(conf2, cs="us-ascii", cte="7bit"))

    # ---------------------------------------------------------------- 054 Credly badge, plain
    t = dt(2025, 5, 11, 1, 30, 0, UTC)
    add("badge", False, None, [],
        "Credly badge for the new Professional certification, plain text only, older youracclaim sender.",
        rx_gmail(t, "youracclaim.com", "bounces+2218814-9b00-sora.ktmr=gmail.com@em.youracclaim.com", "167.89.14.202", sel="s1",
                 policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Credly", "admin@youracclaim.com")),
            ("To", ME_P),
            ("Subject", "You've earned a new badge from Amazon Web Services Training and Certification"),
            ("Message-ID", generic_id("cr3", "youracclaim.com")),
        ],
        T("""Sora, you've earned a new badge!

Badge:   AWS Certified Solutions Architect - Professional
Issuer:  Amazon Web Services Training and Certification

View and share it: https://www.credly.com/badges/e91a3f20-6c4d-4b88-a1d7-0f2b5c63e9d4

To stop receiving these emails, change your notification settings on
Credly.
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 055 owner confirms third account
    t = dt(2025, 5, 11, 12, 0, 3)
    ID_U_CONF2 = gmail_id("uConf2")
    u_conf2 = f"""Yuki-san,

Yes, {CID_X} is mine. Please go ahead and merge it into {CID_ME}.
And thank you for restoring the exam!

Sora
"""
    add("user_reply", False, CASE_A, [CID_X, CID_ME],
        "Owner confirms the third account; top-posted short reply with '>' quote.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_NAME, ME_P)),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", SUBJ_A),
            ("Message-ID", ID_U_CONF2),
            ("In-Reply-To", ID_CONF2),
            ("References", f"{ID_ACK_A} {ID_RES_A} {ID_U_REOPEN} {ID_REOPENED} {ID_CONF2}"),
        ],
        T(u_conf2 + f"\nOn Sun, May 11, 2025 at 9:40\u202fAM Amazon Web Services <{TC}> wrote:\n\n" + quote(conf2) + "\n"))

    # ---------------------------------------------------------------- 056 ack case F (Japanese, ISO-2022-JP)
    t = dt(2025, 5, 12, 0, 10, 22, UTC)
    ID_ACK_F = ses_id("ackF")
    SUBJ_F = f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification"
    add("acknowledgement", False, CASE_F, [],
        "Japanese acknowledgement for name-correction case F (11-digit ID), ISO-2022-JP; polite お願いいたします about not opening duplicates is not a request to reply.",
        rx_gmail(t, "amazon.com", ses_bounce("ackF"), "54.240.8.71", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", f"[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification"),
            ("Message-ID", ID_ACK_F),
        ],
        T(f"""北村 空 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
ご依頼はケース番号 {CASE_F} にて承りました。

担当者より通常24時間以内にご連絡を差し上げます。
なお、すでに同じご用件でケースを作成されている場合は、
重複してケースを作成なさらないようお願いいたします。

■お問い合わせ内容
お問い合わせタイプ：認定
その他の詳細：氏名の変更
内容：5/10 に合格した SAP の認定証で、姓が Kitamra と表示されています。
　　　正しくは Kitamura です。修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""", cs="iso-2022-jp", cte="7bit"))

    # ---------------------------------------------------------------- 057 third account merged (case A)
    t = dt(2025, 5, 12, 5, 0, 48, UTC)
    add("resolved", False, CASE_A, [CID_X, CID_ME],
        "Reopened case A done (third account merged); 'nothing else needed'; quotes the owner's reply.",
        rx_gmail(t, "amazon.com", ses_bounce("resA2"), "54.240.8.33", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_A),
            ("Message-ID", ses_id("resA2")),
            ("In-Reply-To", ID_U_CONF2),
            ("References", f"{ID_ACK_A} {ID_RES_A} {ID_U_REOPEN} {ID_REOPENED} {ID_CONF2} {ID_U_CONF2}"),
        ],
        MP("alternative",
           T(f"""Hi Sora,

All set: {CID_X} has been merged into {CID_ME}, and with the
DVA-C02 result restored your exam history is complete. Nothing else is
needed from you, and this case is closed again.

Yuki T.
AWS Training and Certification Customer Support

-----Original Message-----
From: {ME_P}
Sent: 5/11/2025 3:00 AM
Subject: {SUBJ_A}

{u_conf2}"""),
           T(html_doc(f"""<p>Hi Sora,</p><p>All set: {CID_X} has been merged into {CID_ME}, and with the DVA-C02 result restored your exam history is complete.
Nothing else is needed from you, and this case is closed again.</p><p>Yuki T.<br>AWS Training and Certification Customer Support</p>
<div style="border-top:1px solid #ccc;color:#555"><p>-----Original Message-----<br>From: {ME_P}<br>Sent: 5/11/2025 3:00 AM<br>Subject: {SUBJ_A}</p>
<p>{u_conf2.replace(chr(10), '<br>')}</p></div>"""), sub="html"),
           seed="resA2"))

    # ---------------------------------------------------------------- 058 info request case F (Japanese keigo)
    t = dt(2025, 5, 13, 1, 20, 17, UTC)
    ID_INFO_F = ses_id("infoF")
    info_f = f"""北村 空 様

AWS トレーニングと認定 カスタマーサポートの森田でございます。
このたびは認定証のお名前に誤りがあり、ご不便をおかけしております。

お名前の修正にあたっては、試験当日にご提示いただいた本人確認書類の
表記と照合する必要がございます。
つきましては、以下の2点をご返信いただけますでしょうか。

1. 本人確認書類に記載のとおりのお名前(ローマ字、姓・名の順)
2. 修正対象となる認定アカウントの候補ID(AWS から始まるもの)

書類の画像をお送りいただく必要はございません。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

森田
AWS トレーニングと認定 カスタマーサポート
"""
    add("info_request", True, CASE_F, [],
        "Japanese keigo request (〜いただけますでしょうか, numbered list) for the ID name and candidate ID; 'AWS から始まるもの' mentions the format without an ID.",
        rx_gmail(t, "amazon.com", ses_bounce("infoF"), "54.240.8.71", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_F),
            ("Message-ID", ID_INFO_F),
            ("In-Reply-To", ID_ACK_F),
            ("References", ID_ACK_F),
        ],
        MP("alternative",
           T(info_f, cs="iso-2022-jp", cte="7bit"),
           T(html_doc("<p>" + info_f.strip().replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
                      style="font-family:Meiryo,sans-serif;font-size:14px"), sub="html", cte="base64"),
           seed="infoF"))

    # ---------------------------------------------------------------- 059 owner answers case F (Japanese)
    t = dt(2025, 5, 13, 22, 15, 9)
    ID_U_F = gmail_id("uF")
    u_f = f"""森田様

ご連絡ありがとうございます。北村です。

1. パスポートの表記は KITAMURA SORA です(姓 KITAMURA、名 SORA)。
2. 候補IDは {CID_ME} です。

どうぞよろしくお願いいたします。
北村 空
"""
    add("user_reply", False, CASE_F, [CID_ME],
        "Owner's Japanese answer, Gmail's Japanese quote header ('2025年5月13日(火) 10:20 … :'), base64 UTF-8.",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_JA, ME_P)),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", SUBJ_F),
            ("Message-ID", ID_U_F),
            ("In-Reply-To", ID_INFO_F),
            ("References", f"{ID_ACK_F} {ID_INFO_F}"),
        ],
        T(u_f + f"\n2025年5月13日(火) 10:20 Amazon Web Services <{TC}>:\n\n" + quote(info_f) + "\n", cte="base64"))

    # ---------------------------------------------------------------- 060 new employer HR (unrelated)
    t = dt(2025, 5, 14, 11, 3, 0)
    add("unrelated", False, None, [],
        "New employer's HR asks for onboarding documents, including a copy of AWS certifications; a real request, but not support.",
        rx_gmail(t, "hoshizora-tech.co.jp", "hr@hoshizora-tech.co.jp", "40.107.74.63", sel="selector1",
                 policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("ほしぞらテック 人事部", "hr@hoshizora-tech.co.jp")),
            ("To", ME_P),
            ("Subject", h("【ほしぞらテック】入社手続き書類ご提出のお願い")),
            ("Message-ID", outlook_id("hr1")),
        ],
        T("""北村 空 様

このたびはご入社をご承諾いただき、ありがとうございます。
人事部の高橋です。

6月2日のご入社に向けて、下記の書類を5月23日(金)までに
ご提出いただけますでしょうか。

・雇用契約書(署名済み)
・年金手帳または基礎年金番号通知書の写し
・保有資格の証明書の写し(AWS 認定の場合は認定証PDFで結構です)

提出はマイページからお願いいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

株式会社ほしぞらテック 人事部 高橋
""", cte="quoted-printable"))

    # ---------------------------------------------------------------- 061 case F handed to another team (Shift_JIS)
    t = dt(2025, 5, 14, 8, 30, 55, UTC)
    add("case_update", False, CASE_F, [],
        "Japanese update (Shift_JIS, base64): passed to the name-change team, 3-5 business days, ご対応いただくことはございません.",
        rx_gmail(t, "amazon.com", ses_bounce("updF"), "54.240.8.71", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_F),
            ("Message-ID", ses_id("updF")),
            ("In-Reply-To", ID_U_F),
            ("References", f"{ID_ACK_F} {ID_INFO_F} {ID_U_F}"),
        ],
        T(f"""北村 空 様

お世話になっております。森田でございます。
ご回答いただき、ありがとうございます。

いただいた情報をもとに、氏名変更を担当する部署へ修正を依頼いたしました。
完了までには3〜5営業日ほどかかる見込みです。

現時点で北村様にご対応いただくことはございません。
進捗があり次第、本ケース({CASE_F})にてご連絡いたします。

森田
AWS トレーニングと認定 カスタマーサポート
""", cs="shift_jis", cte="base64"))

    # ---------------------------------------------------------------- 062 console survey (case B)
    t = dt(2025, 5, 15, 0, 0, 30, UTC)
    add("survey", False, CASE_B, [],
        "Survey about console case B from no-reply-aws@amazon.com (same sender as the case itself); asks a question, optional.",
        rx_gmail(t, "amazon.com", ses_bounce("surB"), "54.240.8.90", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", f"Tell us about your AWS Support experience - case {CASE_B}"),
            ("Message-ID", ses_id("surB")),
        ],
        T(html_doc(f"""<p>Hello,</p>
<p>You recently worked with AWS Support on case <b>{CASE_B}</b> (50% exam discount missing after certification account merge).</p>
<p>How likely are you to recommend AWS Support to a colleague?</p>
<table><tr>""" + "".join(f'<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9Nsup?c={CASE_B}&amp;s={i}" style="display:block;padding:6px 9px;border:1px solid #879596;text-decoration:none">{i}</a></td>' for i in range(11))
                   + """</tr></table>
<p style="font-size:12px;color:#687078">This survey is sent from an unmonitored address.</p>"""), sub="html", cte="quoted-printable"))

    # ---------------------------------------------------------------- 063 Pearson lookalike phishing
    t = dt(2025, 5, 15, 6, 45, 2, UTC)
    add("suspicious", False, None, [],
        "Exam-vendor lookalike (pearsonvue-exams.net) claiming the score is withheld and asking for a card payment via reply or link.",
        rx_gmail(t, "pearsonvue-exams.net", "noreply@pearsonvue-exams.net", "103.75.190.12", sel="mail",
                 policy="p=NONE sp=NONE dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("Pearson VUE", "noreply@pearsonvue-exams.net")),
            ("To", ME_P),
            ("Subject", "Your AWS exam result is on hold - action required"),
            ("Message-ID", generic_id("ph3", "pearsonvue-exams.net")),
        ],
        MP("alternative",
           T("""Dear Candidate,

Your recent AWS Certification exam result is on hold because the
identity check at the test center was incomplete.

To release your score, pay the USD 35 re-verification fee within
72 hours: http://pearsonvue-exams.net/release

Alternatively, reply to this message with your registration number and
card details and our team will process it for you.

Pearson VUE Candidate Services
"""),
           T(html_doc("""<p>Dear Candidate,</p><p>Your recent AWS Certification exam result is on hold because the identity check at the test center was incomplete.</p>
<p>To release your score, pay the USD 35 re-verification fee within 72 hours: <a href="http://pearsonvue-exams.net/release">home.pearsonvue.com/aws</a></p>
<p>Alternatively, reply to this message with your registration number and card details and our team will process it for you.</p><p>Pearson VUE Candidate Services</p>"""), sub="html"),
           seed="ph3"))

    # ---------------------------------------------------------------- 064 case F resolved (Japanese, quotes the request)
    t = dt(2025, 5, 16, 1, 5, 40, UTC)
    ID_RES_F = ses_id("resF")
    res_f = """北村 空 様

お世話になっております。森田でございます。

認定アカウントのお名前を「Sora Kitamura」に修正いたしました。
認定証は修正後のお名前で再発行済みで、認定アカウントの
「認定」ページからダウンロードいただけます。
Credly のバッジにも数日以内に反映されます。

ほかにご不明な点がございましたら、本メールにご返信ください。

森田
AWS トレーニングと認定 カスタマーサポート
"""
    add("resolved", False, CASE_F, [],
        "Japanese resolution for case F; the conditional 〜がございましたら closing line is no request; the original keigo request and the owner's answer (with candidate ID) are only in the quote.",
        rx_gmail(t, "amazon.com", ses_bounce("resF"), "54.240.8.71", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", TC)),
            ("To", ME_P),
            ("Subject", SUBJ_F),
            ("Message-ID", ID_RES_F),
            ("In-Reply-To", ID_U_F),
            ("References", f"{ID_ACK_F} {ID_INFO_F} {ID_U_F}"),
        ],
        T(res_f + f"\n-----Original Message-----\nFrom: {ME_P}\nSent: 2025/05/13 13:15\nSubject: {SUBJ_F}\n\n"
          + quote(u_f) + "\n>\n" + quote(quote(info_f)) + "\n", cs="iso-2022-jp", cte="7bit"))

    # ---------------------------------------------------------------- 065 survey case F (Japanese)
    t = dt(2025, 5, 17, 2, 0, 0, UTC)
    add("survey", False, CASE_F, [],
        "Japanese satisfaction survey for case F with ご協力いただけますと幸いです (a soft ask, but a survey).",
        rx_gmail(t, "amazon.com", ses_bounce("surF"), "54.240.8.12", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("AWS カスタマーサービス アンケート", "cs-survey@amazon.com")),
            ("To", ME_P),
            ("Subject", h(f"サポート対応に関するアンケートのお願い(ケース {CASE_F})")),
            ("Message-ID", ses_id("surF")),
        ],
        MP("alternative",
           T(f"""北村 空 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、
ありがとうございました(ケース {CASE_F})。

今後のサービス向上のため、対応についての簡単なアンケートに
ご協力いただけますと幸いです。所要時間は2分ほどです。

アンケートに回答する: https://survey.aws.amazon.com/s/tc-ja?c={CASE_F}

本メールは送信専用アドレスからお送りしています。
""", cte="base64"),
           T(html_doc(f"""<p>北村 空 様</p><p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました(ケース {CASE_F})。</p>
<p>今後のサービス向上のため、対応についての簡単なアンケートにご協力いただけますと幸いです。所要時間は2分ほどです。</p>
<p><a href="https://survey.aws.amazon.com/s/tc-ja?c={CASE_F}">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスからお送りしています。</p>""", style="font-family:Meiryo,sans-serif"), sub="html", cte="base64"),
           seed="surF"))

    # ---------------------------------------------------------------- 066 other vendor asks for info (Japanese)
    t = dt(2025, 5, 18, 10, 12, 33)
    add("unrelated", False, None, [],
        "Another vendor's support ticket (Japanese VPS host) asking for details with keigo; same shape as an info request, not AWS.",
        rx_gmail(t, "sakura.ad.jp", "support@sakura.ad.jp", "153.127.11.4", sel="sakura2023", policy="p=REJECT sp=REJECT dis=NONE") + [
            ("Date", fmt(t)),
            ("From", addr("さくらインターネット サポートセンター", "support@sakura.ad.jp")),
            ("To", ME_P),
            ("Subject", h("【さくらのサポート】お問い合わせ #204881 について")),
            ("Message-ID", generic_id("sk1", "sakura.ad.jp")),
        ],
        T("""北村 空 様

さくらインターネット サポートセンターです。
VPS の起動が遅いとのお問い合わせをいただき、ありがとうございます。

調査のため、対象サーバーのサーバー名(例: ik1-xxx-xxxxx)と、
事象が発生した日時をお知らせいただけますでしょうか。

本メールにご返信いただく形で問題ございません。

さくらインターネット株式会社 サポートセンター
""", cs="iso-2022-jp", cte="7bit"))

    # ---------------------------------------------------------------- 067 owner thanks on case F (Thunderbird, ISO-2022-JP)
    t = dt(2025, 5, 19, 8, 22, 45)
    add("user_reply", False, CASE_F, [],
        "Owner's closing thanks on case F from Thunderbird (ISO-2022-JP, 'On 2025/05/16 10:05, … wrote:' quote header over a Japanese resolution).",
        [
            ("Date", fmt(t)),
            ("From", addr(ME_JA, ME_P, "iso-2022-jp")),
            ("To", addr("Amazon Web Services", TC)),
            ("Subject", SUBJ_F),
            ("Message-ID", f"<{_hx('tb1', 8)}-{_hx('tb2', 4)}-{_hx('tb3', 4)}-{_hx('tb4', 4)}-{_hx('tb5', 12)}@gmail.com>"),
            ("In-Reply-To", ID_RES_F),
            ("References", f"{ID_ACK_F} {ID_INFO_F} {ID_U_F} {ID_RES_F}"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "ja"),
        ],
        T("""森田様

修正後の認定証を確認できました。
迅速にご対応いただき、ありがとうございました。

北村

On 2025/05/16 10:05, Amazon Web Services wrote:
""" + quote(res_f) + "\n", cs="iso-2022-jp", cte="7bit", flowed=False))

    # ---------------------------------------------------------------- 068 invoice (unrelated)
    t = dt(2025, 5, 20, 1, 1, 50, UTC)
    add("unrelated", False, None, [],
        "AWS invoice mail with account and invoice numbers; no-reply-aws sender again.",
        rx_gmail(t, "amazon.com", ses_bounce("bill2"), "54.240.8.112", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
            ("Date", fmt(t)),
            ("From", addr("Amazon Web Services", NOREPLY)),
            ("To", ME_P),
            ("Subject", "Amazon Web Services Invoice Available [Account: 318204775962] [Invoice ID: 2184417306]"),
            ("Message-ID", ses_id("bill2")),
        ],
        T("""Greetings from Amazon Web Services,

An invoice for April 2025 is available for AWS account 318204775962.

  Invoice ID:  2184417306
  Amount due:  USD 5.12
  Due date:    May 31, 2025

Download the invoice from the Bills page in the Billing and Cost
Management console.

Amazon Web Services
""", cs="us-ascii", cte="7bit"))


README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus blind-394: an ordinary mailbox around AWS Training and Certification cases

Mailbox owner: Sora Kitamura (北村 空). Personal address `{ME_P}`; company address
`{ME_C}` (Aozora Cloudworks, an AWS Partner; the company mailbox closes on 2025-04-30).
Both addresses' mail is in this one set, from 2025-04-07 to 2025-05-20, in arrival order.
Candidate IDs: company account `{CID_CO}`, personal account `{CID_ME}`, stray third account `{CID_X}`.
Regenerate with `python3 gen.py` (standard library only; it rewrites every file, this README included).

## Cases in the set

| case | digits | channel | topic | course |
|---|---|---|---|---|
| A | `{CASE_A}` | T&C form, `{TC}` | merge company account into personal | ack → APN partner hold with a buried question → owner answers → hold, nothing needed → hold lifted → HTML confirmation request → reminder → closing notice → owner confirms from the company address → support asks for the confirmation from the personal address → owner confirms → merged → survey → owner reopens (missing exam, third account) → reopened → second confirmation request → owner confirms → merged again |
| D | `{CASE_D}` | T&C form (Japanese template) | the same merge submitted twice from the company address | ack → owner asks to close it → closed as duplicate of A |
| B | `{CASE_B}` | Support Center console, `{NOREPLY}` | 50% exam discount lost in the merge | opened → request answered only in the console → owner e-mails no-reply anyway → bounce → auto-resolve warning → resolved (voucher reissued) → survey |
| F | `{CASE_F}` | T&C form, Japanese support | typo in the family name on the new certificate | Japanese ack → keigo info request → owner answers → passed to the name-change team → fixed → survey → owner thanks |
| E | `{CASE_E}` | AWS Educate form, `aws-cs-educate-form@amazon.com` | educator verification (another program) | one message asking for information |

Case-number formats: 15 digits (A, D, B), 11 digits (F), 10 digits (E). Numbers that are not cases
appear too: a 12-digit AWS account ID, a 10-digit invoice ID, a 9-digit Pearson VUE registration
number, a 6-digit one-time code, Credly badge UUIDs, a made-up case number inside a spoofed mail.

## Labelling decisions (judgement calls)

- **APN hold with a question (013)**: kind `on_hold`, `needs_reply` true: the case is paused for the
  partner, but support cannot move until the owner says whether and when he leaves.
  The later hold (018) says nothing is needed, so `needs_reply` false.
- **Reminder "Which account would you like us to keep?" (025)**: `confirmation_request`, not
  `closing_notice`: it threatens nothing, it asks for the merge go-ahead again.
- **"Send the confirmation again from the personal address" (029)**: `info_request` (writing from
  another address), although its subject matter is the merge confirmation.
- **Replies from the owner** are `user_reply` with `needs_reply` false wherever they sit, including
  the note-to-self (007, case null), the forward to his manager (037, case A), the e-mail answer to
  the console case that bounced (043), and the thank-you (067).
- **Bounce (044)**: `unrelated` (a mail system wrote it, not support) but `case` = B, because it
  bounces the owner's answer on case B and that is what the owner needs to tie it to.
- **Other AWS programs**: the AWS Educate form case (041) asks a question but is not a Training and
  Certification case: `unrelated`, `needs_reply` false, `case` = its own digits (it is an AWS support
  case number in the usual context). Other vendors' tickets (019, 066) get `case` null.
- **Spoofed case mail (027)**: real AWS From address and a `[CASE …]` subject, but dkim/spf/dmarc fail
  for amazon.com: `suspicious`, `case` null (its number belongs to no real case; it is not A).
  Lookalike-domain phishing (017, 036, 063) is `suspicious` with `needs_reply` false although it demands a reply.
- **Surveys**: the CertMetrics "wants to hear from you" research invitation (003) is `certification`,
  not `survey`: it is about the certification, not about a support case. Survey mails about cases
  (035, 062, 065) carry the case number. Rating footers inside console correspondence (042, 047) do
  not change those messages' kinds.
- **Conditional invitations** ("reply within 14 days if anything looks wrong", "reopen from the
  Support Center", 〜がございましたら) leave resolutions at `needs_reply` false.
- **Console closing notice (045)**: `needs_reply` true even though the answer must be given in the
  Support Center and not by e-mail; the owner must act now.
- **candidate_ids**: IDs in the message's own text (including tables, a system echo of the submitted
  form in the acknowledgement 009, and the text of a forward above the forwarded part), in order of first
  appearance, each listed once. IDs that occur only in quoted or forwarded history are left out.
  The owner's own mails list the IDs he wrote.
- **Certification program mail that shows a candidate ID** (005, 039, 051) lists it; so does the
  Pearson VUE confirmation (016, `unrelated`).

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def main():
    build()
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    cnt = Counter()
    for i, m in enumerate(MESSAGES, 1):
        stem = os.path.join(HERE, f"{i:03d}-msg")
        with open(stem + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(stem + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        cnt[lab["kind"]] += 1
        rows.append(f"| {i:03d} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | "
                    f"{lab['case'] or '-'} | {m['note'].replace('|', '/')} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n\n")
        fh.write(f"{len(MESSAGES)} messages; needs_reply true in "
                 f"{sum(m['label']['needs_reply'] for m in MESSAGES)}.\n\n| kind | count |\n|---|---|\n")
        fh.write("\n".join(f"| {k} | {v} |" for k, v in sorted(cnt.items())) + "\n")
    print(f"{len(MESSAGES)} messages written to {HERE}")
    for k, v in sorted(cnt.items()):
        print(f"  {k:22s} {v}")
    print(f"  needs_reply true: {sum(m['label']['needs_reply'] for m in MESSAGES)}")


if __name__ == "__main__":
    main()
