#!/usr/bin/env python3
"""Generate the blind-158 held-out corpus (standard library only).

Run:  python3 gen.py      (from any directory; files are written next to this script)

Writes NNN-msg.eml / NNN-msg.json for every message in mailbox arrival order and README.md,
then prints the number of messages per kind.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Haruka Nishimoto"
ME_NAME_JA = "西本 遥"
ME_P = "haruka.nishimoto.jp@gmail.com"      # personal (Gmail)
ME_C = "h.nishimoto@kairos-sys.co.jp"       # company (Microsoft 365), closed 2025-05-30

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

CASE_A = "174830211500347"   # main merge case (form), 2025
CASE_B = "174830274900512"   # duplicate form, 2025
CASE_C = "175003118200981"   # console case, voucher lost after merge, 2025 (Japanese)
CASE_D = "13019847265"       # name correction, 2023 (Japanese)
CASE_E = "175251093700864"   # Credly badge not received, 2025

CAND_OLD = "AWS02716584"     # company certification account
CAND_NEW = "AWS11930472"     # personal certification account (kept)
CAND_HOT = "AWS00862315"     # forgotten 2020 account (hotmail)
CAND_OTHER = "AWS00870291"   # a stranger's account with a similar name

PYCS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8",
        "us-ascii": "ascii"}

MSGS = []      # (n, raw bytes, label, note)
MIDS = {}      # n -> Message-ID
_bcount = [0]


# ----------------------------------------------------------------------------- helpers
def hx(*parts, k=16):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:k]


def b64x(*parts, k=44):
    return base64.b64encode(hashlib.sha512("|".join(map(str, parts)).encode()).digest()).decode()[:k]


def enc(s, cs="utf-8"):
    """Encode a header value as RFC 2047 if it is not ASCII."""
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
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def dt(s):
    return format_datetime(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def leaf(sub, text, cs="utf-8", cte="quoted-printable", label=None, extra=None):
    raw = text.encode(PYCS[cs.lower()])
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [("Content-Type", f'text/{sub}; charset="{label or cs}"'),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return hdrs, body


def raw_part(ctype, body_text, extra=None):
    hdrs = [("Content-Type", ctype)] + (extra or [])
    b = body_text.encode("utf-8")
    if not b.endswith(b"\n"):
        b += b"\n"
    return hdrs, b


def multi(sub, parts, params="", preamble=True):
    _bcount[0] += 1
    b = f"----=_Part_{_bcount[0]}_{hx('b', _bcount[0], k=12)}"
    out = []
    if preamble:
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for ph, pb in parts:
        out.append(f"--{b}\n".encode())
        for k_, v in ph:
            out.append(f"{k_}: {v}\n".encode())
        out.append(b"\n")
        out.append(pb)
    out.append(f"--{b}--\n".encode())
    return [("Content-Type", f'multipart/{sub}; boundary="{b}"{params}')], b"".join(out)


def alt(text, html_text, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("plain", text, cs, cte), leaf("html", html_text, cs, cte)])


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return (f'<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="{style}">\n{body}</body>\n</html>\n')


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_reply(new, attribution, quoted, cs="utf-8", cte="quoted-printable"):
    text = new.rstrip("\n") + "\n\n" + attribution + "\n" + quote(quoted) + "\n"
    new_html = "".join("<div>" + (html.escape(l) if l.strip() else "<br>") + "</div>"
                       for l in new.strip("\n").split("\n"))
    q_html = html.escape(quoted.strip("\n")).replace("\n", "<br>\n")
    h = (f'<div dir="ltr">{new_html}</div><br><div class="gmail_quote"><div dir="ltr" '
         f'class="gmail_attr">{html.escape(attribution)}<br></div><blockquote class="gmail_quote" '
         f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
         f'{q_html}</blockquote></div>\n')
    return alt(text, h, cs, cte)


def ses_mid(n, region="us-west-2"):
    return (f"<0101{hx('ses', n, k=12)}-{hx('a', n, k=8)}-{hx('b', n, k=4)}-{hx('c', n, k=4)}-"
            f"{hx('d', n, k=4)}-{hx('e', n, k=12)}-000000@{region}.amazonses.com>")


def gmail_mid(n):
    return f"<CAK{b64x('g', n, k=30).replace('/', 'x').replace('+', 'Q')}@mail.gmail.com>"


def outlook_mid(n):
    return f"<TYCPR01MB{hx('o', n, k=5).upper()}{hx('p', n, k=14).upper()}@TYCPR01MB{hx('q', n, k=4).upper()}.jpnprd01.prod.outlook.com>"


def ar_google(header_from, mailfrom, dkim_d, ip, spf="pass", dkim="pass", dmarc="pass", policy="QUARANTINE"):
    s = "mx.google.com;\n"
    if dkim == "pass":
        s += f"       dkim=pass header.i=@{dkim_d} header.s=s{hx('s', dkim_d, k=6)} header.b={b64x('dk', dkim_d, k=8)};\n"
    else:
        s += f"       dkim={dkim}{' (no signature)' if dkim == 'none' else ''};\n"
    if spf == "pass":
        s += (f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) "
              f"smtp.mailfrom={mailfrom};\n")
    else:
        s += (f"       spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) "
              f"smtp.mailfrom={mailfrom};\n")
    dom = header_from.split("@")[-1]
    s += f"       dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else policy}) header.from={dom}"
    return s


def ar_m365(header_from, mailfrom_dom, ip, dkim_d=None):
    dom = header_from.split("@")[-1]
    return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=pass (signature was verified)\n"
            f" header.d={dkim_d or dom};dmarc=pass action=none header.from={dom};compauth=pass\n reason=100")


def incoming(n, frm, to, subject, date, *, cc=None, irt=None, refs=None, auth=None, ip="54.240.27.18",
             host="a27-18.smtp-out.us-west-2.amazonses.com", rcpt=ME_P, mailfrom=None, mid=None, extra=None,
             dkim_d=None, subj_cs="utf-8"):
    """Headers for a message received by Gmail (rcpt=ME_P) or Microsoft 365 (rcpt=ME_C)."""
    from_addr = frm[1]
    mailfrom = mailfrom or from_addr
    mid = mid or ses_mid(n)
    d = dt(date)
    hs = []
    if rcpt == ME_P:
        hs.append(("Delivered-To", ME_P))
        hs.append(("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
                               f"{hx('r', n, k=12)}.{n}.2025.{hx('t', n, k=6)}\n        for <{ME_P}>\n"
                               f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d}"))
        if auth is None:
            auth = ar_google(from_addr, mailfrom, dkim_d or from_addr.split("@")[-1], ip)
        if auth:
            hs.append(("Authentication-Results", auth))
    else:
        hs.append(("Received", f"from {host} ({ip}) by\n TY4PR01MB{hx('m', n, k=5).upper()}.mail.protection.outlook.com "
                               f"({ip}) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
                               f" id\n 15.20.8769.21; {d}"))
        if auth is None:
            auth = ar_m365(from_addr, mailfrom.split("@")[-1], ip, dkim_d)
        if auth:
            hs.append(("Authentication-Results", auth))
    if dkim_d is not False:
        dd = dkim_d or from_addr.split("@")[-1]
        hs.append(("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={hx('sel', dd, k=16)}; "
                                     f"d={dd}; t={int(datetime.datetime.strptime(date, '%Y-%m-%d %H:%M:%S %z').timestamp())};\n\th=Subject:From:To:Date:"
                                     f"MIME-Version:Content-Type:Message-ID;\n\tbh={b64x('bh', n)};\n\tb={b64x('bb', n, k=64)}"))
    hs += [("Date", d), ("From", addr(frm[0], frm[1], subj_cs)), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc(subject, subj_cs)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", MIDS[irt]))
        hs.append(("References", " ".join(MIDS[r] for r in (refs or [irt]))))
    if extra:
        hs += extra
    return hs


def outgoing(n, frm, to, subject, date, *, cc=None, irt=None, refs=None, mid=None, extra=None, subj_cs="utf-8",
             agent="gmail"):
    mid = mid or (gmail_mid(n) if agent == "gmail" else outlook_mid(n))
    hs = [("Date", dt(date)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc(subject, subj_cs)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", MIDS[irt]))
        hs.append(("References", " ".join(MIDS[r] for r in (refs or [irt]))))
    if agent == "outlook":
        hs += [("Thread-Topic", enc(subject.split(":", 1)[-1].strip() if subject.lower().startswith(("re", "fw")) else subject, subj_cs)),
               ("Thread-Index", "AQH" + b64x("ti", n, k=25)),
               ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if extra:
        hs += extra
    return hs


def add(kind, needs_reply, case, cands, headers, body, note, crlf=False):
    n = len(MSGS) + 1
    mid = [v for k_, v in headers if k_ == "Message-ID"][0]
    MIDS[n] = mid
    bh, bb = body
    lines = []
    for k_, v in headers + [("MIME-Version", "1.0")] + bh:
        lines.append(f"{k_}: {v}" if v != "" else f"{k_}:")
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": cands}
    MSGS.append((n, raw, label, note))
    return n


def nxt():
    return len(MSGS) + 1


def subj_tc(case, tail="account-assistance", sp=""):
    return f"RE:{sp}[CASE {case}] [AWS Training and Certification Form Submission] - {tail}"


TC_FOOT = ("Amazon Web Services, Inc. and its affiliates. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n"
           "Amazon.com is a registered trademark of Amazon.com, Inc.")

# ============================================================================ messages
# ---------------------------------------------------------------- 2023: case D (name correction, Japanese)

t001 = f"""Hello Haruka Nishimoto,

Congratulations on passing the AWS Certified Solutions Architect - Associate exam. The result is now part of your AWS Certification Account.

AWS Candidate ID: {CAND_OLD}
Certification: AWS Certified Solutions Architect - Associate
Validation number: 8QK2HCL1JN4EQ5S3
Date achieved: March 31, 2023
Valid through: March 31, 2026

What to do next
- Download your digital certificate from the Certifications tab.
- Look out for an email from Credly inviting you to accept your digital badge.
- Open Benefits to find your 50% discount for a future exam.

Sign in: https://www.aws.training/Certification

AWS Training and Certification
This mailbox is not monitored.
"""
n = nxt()
add("certification", False, None, [CAND_OLD],
    incoming(n, ("AWS Certification", CERTM), addr("Haruka Nishimoto", ME_C), "Congratulations! You are now AWS Certified",
             "2023-04-03 02:12:44 -0700", rcpt=ME_C, ip="198.37.152.31", host="o1.ptr4412.certmetrics.com",
             mailfrom="bounces+1184231@em.certmetrics.com", mid=f"<{hx('cm', n, k=22)}@certmetrics.com>"),
    alt(t001, to_html(t001)),
    "CertMetrics exam result to the company address; candidate ID in own text; program mail, not a case.")

h002 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:normal">Haruka, you have a new badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5c1f0e7a-2b9d-4c61-a3e8-91d07f4b2c55" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:12px;color:#777">Badge ID: 5c1f0e7a-2b9d-4c61-a3e8-91d07f4b2c55</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, 13601 Preston Road, Suite 500 West, Dallas, TX 75240<br>
You received this email because an issuer awarded you a badge. <a href="https://www.credly.com/notifications">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""
n = nxt()
add("badge", False, None, [],
    incoming(n, ("Credly", CREDLY), ME_C, "Haruka, you have a new badge from Amazon Web Services Training and Certification",
             "2023-04-03 09:40:05 +0000", rcpt=ME_C, ip="149.72.181.26", host="o7.email.credly.com",
             mailfrom="bounces+2210091@email.credly.com", mid=f"<{hx('cr', n, k=22)}.{n}@credly.com>"),
    leaf("html", h002, "utf-8", "base64"),
    "Credly HTML-only, base64; a badge UUID that is not a case number.")

t003 = """Merged #212 into main.

—
Reply to this email directly, view it on GitHub: https://github.com/kairos-sys/terraform-modules/pull/212#event-8861203345
You are receiving this because you were mentioned.
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Kenta Mori", "notifications@github.com"),
             "kairos-sys/terraform-modules <terraform-modules@noreply.github.com>",
             "Re: [kairos-sys/terraform-modules] Merge account-baseline stacks into one module (PR #212)",
             "2023-04-04 01:55:31 -0700", rcpt=ME_C, ip="192.30.252.206", host="out-23.smtp.github.com",
             cc=f"Haruka Nishimoto <{ME_C}>, Mention <mention@noreply.github.com>",
             mid="<kairos-sys/terraform-modules/pull/212/issue_event/8861203345@github.com>",
             extra=[("List-ID", "kairos-sys/terraform-modules <terraform-modules.kairos-sys.github.com>"),
                    ("X-GitHub-Reason", "mention")]),
    alt(t003, '<p><b>Merged</b> <a href="https://github.com/kairos-sys/terraform-modules/pull/212">#212</a> into main.</p>\n'
              '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, view it on GitHub.</p>\n'),
    "GitHub 'Merged' notification about 'account' stacks; no support case.")

t004 = f"""西本 遥 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
お問い合わせを受け付けました。ケース番号は {CASE_D} です。

担当者から原則1営業日以内にご連絡いたします。調査内容によってはもう少しお時間を頂戴する場合がございます。
同じご用件で改めてフォームを送信されますと、かえって対応が遅れることがございます。追加の情報は、このメールへのご返信でお知らせください。

----- お問い合わせ内容 -----
お名前: Haruka Nishimoto
メールアドレス: {ME_C}
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: {CAND_OLD}
内容:
認定証に印字されている氏名のつづりが「Haruka Nishimolo」となっています。正しくは「Haruka Nishimoto」です。修正をお願いします。
---------------------------

AWS トレーニングと認定 カスタマーサポート
"""
n = nxt()
add("acknowledgement", False, CASE_D, [CAND_OLD],
    incoming(n, (TC_NAME, TC), addr(ME_NAME_JA, ME_C, "iso-2022-jp"), subj_tc(CASE_D, "certification"),
             "2023-04-05 02:13:09 +0000", rcpt=ME_C, subj_cs="iso-2022-jp"),
    leaf("plain", t004, "iso-2022-jp", "7bit", label="ISO-2022-JP"),
    "Japanese acknowledgement in ISO-2022-JP; the form echo contains a request-like sentence written by the user.",
    crlf=True)
N_D_ACK = n

t005 = """西本 遥 さん

JAWS-UG 東京「AWS 認定 合格者 LT 大会 #7」への参加登録が完了しました。

日時: 2023/04/20 (木) 19:00 〜 21:00
会場: オンライン (YouTube Live)
受付番号: 2841177

参加をキャンセルする場合は、イベントページからお手続きください。
https://jawsug-tokyo.connpass.com/event/281150/

connpass
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("connpass", "no-reply@connpass.com"), ME_C,
             "【connpass】JAWS-UG 東京「AWS 認定 合格者 LT 大会 #7」への参加登録が完了しました",
             "2023-04-05 14:31:40 +0900", rcpt=ME_C, ip="52.69.12.8", host="mail.connpass.com",
             mid=f"<{hx('cp', n, k=20)}@connpass.com>"),
    alt(t005, to_html(t005), "utf-8", "base64"),
    "Event registration mentioning 'AWS 認定' and a number; base64 UTF-8.")

t006 = f"""西本 遥 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

認定証の氏名修正のご依頼につきまして、お客様の認定アカウントに登録されている氏名を確認いたしました。現在の登録は「Haruka Nishimolo」となっております。

氏名の変更にあたっては、試験当日にご提示いただいた本人確認書類の表記と一致している必要がございます。そのため、恐れ入りますが次の2点についてお知らせいただけますでしょうか。

1. 本人確認書類 (パスポート等) に記載されているローマ字の氏名 (姓と名がわかるようにご記入ください)
2. 直近で受験された試験の受験日

書類の画像を添付していただく必要はございません。

お手数をおかけいたしますが、本メールへのご返信にてご回答くださいますよう、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
n = nxt()
add("info_request", True, CASE_D, [],
    incoming(n, (TC_NAME, TC), addr(ME_NAME_JA, ME_C, "iso-2022-jp"), subj_tc(CASE_D, "certification"),
             "2023-04-06 05:02:17 +0000", rcpt=ME_C, irt=N_D_ACK),
    leaf("plain", t006, "shift_jis", "base64", label="Shift_JIS"),
    "Japanese keigo request (〜いただけますでしょうか) in Shift_JIS base64; numbered questions.")
N_D_REQ = n

t007_new = f"""佐々木様

ご連絡ありがとうございます。西本です。

1. パスポート記載の氏名: 姓 NISHIMOTO / 名 HARUKA
2. 直近の受験日: 2023年3月31日 (SAA-C03)

念のため、候補IDは {CAND_OLD} です。
どうぞよろしくお願いいたします。

西本 遥
株式会社カイロスシステムズ クラウド基盤部
"""
t007 = t007_new + f"""
________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2023年4月6日 14:02
宛先: 西本 遥 <{ME_C}>
件名: {subj_tc(CASE_D, "certification")}

""" + t006
n = nxt()
add("user_reply", False, CASE_D, [CAND_OLD],
    outgoing(n, addr(ME_NAME_JA, ME_C, "iso-2022-jp"), TC, "RE: " + subj_tc(CASE_D, "certification"),
             "2023-04-06 16:45:52 +0900", irt=N_D_REQ, refs=[N_D_ACK, N_D_REQ], agent="outlook", subj_cs="iso-2022-jp"),
    leaf("plain", t007, "iso-2022-jp", "7bit", label="iso-2022-jp"),
    "Owner's Outlook reply (差出人/送信日時 header block) in ISO-2022-JP; the full request is quoted below.",
    crlf=True)
N_D_USER = n

t008 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $1,284.55

Account ID: 310574829164
Invoice ID: 1298874321
Billing period: March 1 - March 31, 2023

You can see a complete break down of all charges on the Billing & Cost Management page located at:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Amazon Web Services", "aws-receivables-support@email.amazon.com"), ME_C,
             "Amazon Web Services Invoice Available [Account: 310574829164] [Invoice ID: 1298874321]",
             "2023-04-07 04:21:10 +0000", rcpt=ME_C, dkim_d="amazon.com"),
    leaf("plain", t008, "us-ascii", "7bit"),
    "AWS billing: 12-digit account ID and a 10-digit invoice ID that are not case numbers.")

t009_new = f"""西本 遥 様

お待たせいたしました。AWS トレーニングと認定サポートの佐々木です。

お知らせいただいた内容に基づき、認定アカウントの氏名を「Haruka Nishimoto」に修正いたしました。取得済み認定の証明書も新しい氏名で再発行済みで、認定アカウントの「認定」ページからダウンロードしていただけます。Credly のバッジへの反映には、最大で48時間ほどかかることがございます。

本件につきましては、これにて対応を完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信いただければ担当者が確認いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
t009 = t009_new + "\n2023/04/06 16:45、西本 遥 <" + ME_C + "> のメッセージ:\n" + quote(
    t007_new + "\n" + quote(t006, "> "))
n = nxt()
add("resolved", False, CASE_D, [],
    incoming(n, (TC_NAME, TC), addr(ME_NAME_JA, ME_C), subj_tc(CASE_D, "certification"),
             "2023-04-10 01:48:33 +0000", rcpt=ME_C, irt=N_D_USER, refs=[N_D_ACK, N_D_REQ, N_D_USER]),
    alt(t009, to_html(t009)),
    "Japanese resolution with a 〜がございましたら conditional; the old numbered questions and the user's candidate ID appear only in nested quotes.")
N_D_RES = n

h010 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about case <b>{CASE_D}</b>.
Would you spare two minutes to tell us how we did? Your answers help us improve the support we provide.</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?r=1">Very dissatisfied</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?r=3">Neutral</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?r=5">Very satisfied</a></td>
</tr></table>
<p>Taking part is optional. This address does not accept replies.</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
"""
n = nxt()
add("survey", False, CASE_D, [],
    incoming(n, ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_C,
             f"Your opinion about case {CASE_D}", "2023-04-11 18:02:51 +0000", rcpt=ME_C, dkim_d="amazon.com"),
    leaf("html", h010, "utf-8", "quoted-printable"),
    "Survey, HTML only; asks for feedback but nobody waits for a reply.")

t011 = f"""Hello Haruka Nishimoto,

The name shown on your AWS Certification profile has been updated. Digital certificates issued after today show the new name.

AWS Candidate ID: {CAND_OLD}

Review your profile: https://www.aws.training/Certification

If you did not request this change, contact AWS Training and Certification.

AWS Training and Certification
"""
n = nxt()
add("certification", False, None, [CAND_OLD],
    incoming(n, ("AWS Certification", CERTM), ME_C, "Your AWS Certification profile was updated",
             "2023-04-12 07:15:02 -0700", rcpt=ME_C, ip="198.37.152.31", host="o1.ptr4412.certmetrics.com",
             mailfrom="bounces+1184231@em.certmetrics.com", mid=f"<{hx('cm', n, k=22)}@certmetrics.com>"),
    leaf("plain", t011, "us-ascii", "7bit"),
    "Profile-changed notice that follows the case but comes from CertMetrics; 'contact us if you did not' is not a request.")

# ---------------------------------------------------------------- 2025
t012 = """西本 遥 さん

人事部の小島です。退職に伴う手続きについてご案内します。

・最終出社日: 2025年5月30日(金)
・社用メールアカウント、VPN、各種SaaSアカウントは最終出社日の18:00に停止されます。
・業務外の個人データ(資格の証明書など)は、停止前に各自で退避してください。
・添付の「退職届」「秘密保持誓約書」に記入のうえ、5月23日(金)までに人事部へご返送ください。

ご不明点は人事部までお問い合わせください。

人事部 小島
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("人事部 小島", "jinji@kairos-sys.co.jp"), addr(ME_NAME_JA, ME_C), "【人事部】退職手続きのご案内",
             "2025-05-09 10:04:12 +0900", rcpt=ME_C, ip="10.20.4.11", host="TYCPR01MB9921.jpnprd01.prod.outlook.com",
             mid=outlook_mid(n), auth="", dkim_d=False),
    leaf("plain", t012, "iso-2022-jp", "7bit", label="ISO-2022-JP"),
    "Internal HR mail that asks for forms back: a request, but not from support.")

t013 = f"""Hello Haruka Nishimoto,

This is a reminder that one of your AWS Certification benefits is about to expire.

Benefit: 50% discount on your next AWS Certification exam
Expires: August 31, 2025
AWS Candidate ID: {CAND_OLD}

To use it, sign in to your AWS Certification Account, open Benefits and copy the code before you schedule your exam.

AWS Training and Certification
"""
n = nxt()
add("certification", False, None, [CAND_OLD],
    incoming(n, ("AWS Certification", CERTM), ME_C, "Reminder: an AWS Certification benefit expires soon",
             "2025-05-12 08:30:11 -0600", rcpt=ME_C, ip="198.37.152.32", host="o2.ptr4412.certmetrics.com",
             mailfrom="bounces+1184231@em.certmetrics.com", mid=f"<{hx('cm', n, k=22)}@certmetrics.com>"),
    alt(t013, to_html(t013)),
    "Benefit expiry reminder from CertMetrics.")

t014 = f"""Dear AWS customer,

We've opened case {'174719820300215'} for AWS account 310574829164.

Subject: Service limit increase: EC2 On-Demand Standard instances (ap-northeast-1)
Severity: General guidance

An AWS Support engineer will respond within the response time of your support plan.

To view or add to the case, open the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174719820300215&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that can't accept incoming email. Please use the link above to reply.
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_C, "Amazon Web Services: New Support case: 174719820300215",
             "2025-05-14 04:50:22 +0000", rcpt=ME_C, dkim_d="amazon.com"),
    alt(t014, to_html(t014)),
    "A genuine AWS Support console case, but about an EC2 quota for the employer: not a Training and Certification case (labelled unrelated, case null).")
N_Q_ACK = n

t015 = """Hello,

Thank you for contacting AWS Support. I'm Sanjay and I'll be handling your service quota request.

Before I forward the request to the EC2 team, could you describe the workload you plan to run and confirm which instance families need the additional vCPUs? Requests with this information are usually approved faster.

Please reply through the Support Center; emails sent to this address are not received.

Best regards,
Sanjay R.
Amazon Web Services

Case link: https://console.aws.amazon.com/support/home#/case/?displayId=174719820300215&language=en
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_C,
             "RE:[CASE 174719820300215] Service limit increase: EC2 On-Demand Standard instances (ap-northeast-1)",
             "2025-05-15 01:12:40 +0000", rcpt=ME_C, dkim_d="amazon.com", irt=N_Q_ACK),
    leaf("plain", t015, "us-ascii", "7bit"),
    "Real AWS Support question in the console format, but on a quota case for the company: not T&C, no reply counted.")

t016 = """CLOUD WEEKLY DIGEST  #318

This week
1. Consolidating AWS accounts after an acquisition: a migration checklist
2. Why your IAM Identity Center sessions expire early
3. Study notes: passing the Solutions Architect Professional in 6 weeks
4. Credly badges in LinkedIn: does anyone look at them?

Sponsored: Try Hanko Observability free for 30 days.

You're receiving this because you subscribed at cloudweekly.dev.
Unsubscribe: https://cloudweekly.dev/u/8f1c22
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Cloud Weekly Digest", "hello@cloudweekly.dev"), ME_P, "Cloud Weekly #318: merging AWS accounts, exam notes",
             "2025-05-20 07:00:03 +0000", ip="198.2.140.77", host="mail140-77.suw41.mandrillapp.com",
             mailfrom="bounce-md_31188020.682c2a13.v1-9d@mandrillapp.com", dkim_d="cloudweekly.dev",
             mid=f"<{hx('nl', n, k=20)}@mandrillapp.com>",
             extra=[("List-Unsubscribe", "<https://cloudweekly.dev/u/8f1c22>")]),
    alt(t016, to_html(t016)),
    "Newsletter mentioning account merges, certification and Credly.")

t017 = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

483920

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
             "2025-05-26 14:02:18 +0000", ip="54.240.8.12", host="a8-12.smtp-out.amazonses.com", dkim_d="signin.aws"),
    alt(t017, to_html(t017)),
    "Builder ID one-time code (6 digits), not case mail.")

t018 = """Welcome to AWS Skill Builder, Haruka!

Your AWS Builder ID is now connected to AWS Skill Builder. Explore more than 600 free digital courses, learning plans and exam preparation.

Get started: https://skillbuilder.aws/

Already certified? Link your AWS Certification Account from your profile to see your certifications in one place.

AWS Training and Certification
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, (TC_NAME, "no-reply@aws.training"), ME_P, "Welcome to AWS Skill Builder",
             "2025-05-26 14:20:45 +0000", ip="54.240.8.41", host="a8-41.smtp-out.amazonses.com", dkim_d="aws.training"),
    alt(t018, to_html(t018)),
    "Training platform welcome; same display name as the support sender.")

t019 = f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case {CASE_A}.

Our team usually replies within one business day, although some requests need more research. To avoid delays, please don't send another form for the same issue; if you want to add something, just reply to this email.

Summary of your request
---------------------------------------------
Name: Haruka Nishimoto
Email: {ME_P}
Inquiry type: Certification
Additional details: Account Merge
AWS Candidate ID: {CAND_NEW}
How can we help you?
I am leaving my employer (Kairos Systems) at the end of May and would like to move my certifications to my personal certification account.
Old account email: {ME_C} ({CAND_OLD})
Email to keep: {ME_P} ({CAND_NEW})
I wrote to you once before, in case {CASE_D} (name correction, 2023), in case that helps.
---------------------------------------------

Kind regards,
AWS Training and Certification Customer Support

{TC_FOOT}
"""
n = nxt()
add("acknowledgement", False, CASE_A, [CAND_NEW, CAND_OLD],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-05-26 23:29:02 +0000"),
    leaf("plain", t019, "us-ascii", "7bit"),
    "Acknowledgement whose form echo contains a second, older case number in a 'case N' context and the user's own 'would like to' request.",
    crlf=True)
N_A_ACK = n

h020 = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>We have received your request and created the case below. An agent will contact you at this address, normally within 24 hours.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><td style="background:#f2f3f3"><b>Case ID</b></td><td>{CASE_B}</td></tr>
<tr><td style="background:#f2f3f3"><b>Status</b></td><td>Open</td></tr>
<tr><td style="background:#f2f3f3"><b>Category</b></td><td>Certification / Account Merge</td></tr>
<tr><td style="background:#f2f3f3"><b>Description</b></td><td>Please merge my company certification account ({ME_C}, {CAND_OLD}) into my personal one. I leave the company on May 30.</td></tr>
</table>
<p>Opening several cases for the same question slows down our response. If this request duplicates an existing case, reply to this email and let us know.</p>
<p>AWS Training and Certification Customer Support</p>
</body></html>
"""
n = nxt()
add("acknowledgement", False, CASE_B, [CAND_OLD],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_B, sp=" "), "2025-05-26 23:40:16 +0000"),
    leaf("html", h020, "utf-8", "quoted-printable"),
    "Second (duplicate) form's acknowledgement: HTML-only table, 'RE: [CASE' spacing, conditional 'if this duplicates… reply'.")
N_B_ACK = n

t020_as_text = f"""Hello Haruka,

We have received your request and created the case below. An agent will contact you at this address, normally within 24 hours.

Case ID: {CASE_B}
Status: Open
Category: Certification / Account Merge
Description: Please merge my company certification account ({ME_C}, {CAND_OLD}) into my personal one. I leave the company on May 30.

Opening several cases for the same question slows down our response. If this request duplicates an existing case, reply to this email and let us know.

AWS Training and Certification Customer Support"""
t021 = f"""Hello,

I'm afraid I submitted the form twice by mistake. This is the same request as case {CASE_A}, so please close this one and keep working on the other.

Sorry for the extra work.

Haruka Nishimoto
"""
n = nxt()
add("user_reply", False, CASE_B, [],
    outgoing(n, addr(ME_NAME, ME_P), TC, "Re: " + subj_tc(CASE_B, sp=" "), "2025-05-27 08:52:37 +0900", irt=N_B_ACK),
    gmail_reply(t021, f"On Tue, May 27, 2025 at 8:40 AM {TC_NAME} <{TC}> wrote:", t020_as_text),
    "Owner asks to close the duplicate; names the other case number; candidate ID only in the quote.")
N_B_USER = n

h022 = """<html><body style="margin:0;font-family:'Hiragino Sans','Meiryo',sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.7">
<p>西本 遥 様</p>
<p>日本最大級の AWS を学ぶイベント「AWS Summit Japan 2025」を、6月25日(水)・26日(木) に幕張メッセで開催します。150 を超えるセッション、AWS 認定者限定ラウンジ、ハンズオンをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2025_reg" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ無料登録</a></p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで記念品をお受け取りいただけます。</p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#666">このメールは送信専用です。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table></body></html>
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
             "【ご案内】AWS Summit Japan 2025 登録受付中 ― AWS 認定者ラウンジも", "2025-05-27 01:15:00 +0000",
             ip="199.255.192.110", host="mail192-110.mktomail.com", mailfrom="382-EOI-140.0.99120.0.0.3311.9.9102271@mktomail.com",
             dkim_d="amazon.com", mid=f"<{hx('mk', n, k=8)}.{n}.1748308500000.JavaMail.root@mktomail.com>",
             extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")]),
    leaf("html", h022, "utf-8", "base64"),
    "AWS marketing in Japanese, HTML-only, mentions certification.")

t023_new = f"""Hello Haruka,

Thanks for letting us know. I've closed this case as a duplicate and linked it to case {CASE_A}, where your merge request is already being reviewed. There's nothing else to do on this one: all further updates will come through the original case.

Regards,
Joel R.
AWS Training and Certification Customer Support
"""
t023 = t023_new + f"""
-----Original Message-----
From: {ME_NAME} <{ME_P}>
Sent: Monday, May 26, 2025 11:52 PM (UTC)
To: {TC}
Subject: Re: {subj_tc(CASE_B, sp=' ')}

""" + t021
n = nxt()
add("case_update", False, CASE_B, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_B, sp=" "), "2025-05-27 09:03:47 +0000", irt=N_B_USER,
             refs=[N_B_ACK, N_B_USER]),
    alt(t023, to_html(t023)),
    "Duplicate case closed and linked; the word 'closed' without a closing-for-no-reply meaning.")

h024_body = f"""Hello Haruka,

Thank you for your patience while I looked into your request.

When I reviewed the two accounts, I found that the one registered to {ME_C} ({CAND_OLD}) is connected to the AWS Partner Network profile of Kairos Systems Co., Ltd. Certifications on a partner-linked account count toward that company's partner tier, so we are not able to move them while the link exists. For that reason your case is on hold for now.

Usually one of two things unblocks this:
 - the company's partner administrator removes you from their organization in AWS Partner Central, or
 - you confirm to us that you are leaving the company, and our partner operations team releases the link on our side.

Your form says you are leaving at the end of May. If you'd like us to take the second route, I'll need a short written confirmation that you are leaving Kairos Systems, together with the date of your last working day.

As soon as the link is removed I'll continue with the merge.

Best regards,
Marisol D.
AWS Training and Certification Customer Support

{TC_FOOT}
"""
n = nxt()
add("on_hold", True, CASE_A, [CAND_OLD],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-05-28 02:20:31 +0000", irt=N_A_ACK),
    alt(h024_body, to_html(h024_body)),
    "APN partner hold; the actual ask ('I'll need a short written confirmation… and the date') is conditional-looking and buried mid-mail.")
N_A_HOLD = n

t025 = """[KAIROS-INFRA] 課題の担当者が変更されました

KAIROS-INFRA-418 本番アカウントの CloudTrail 集約設定の見直し
担当者: 西本 遥 → 田中 健一
期限日: 2025/06/13

https://kairos-sys.backlog.jp/view/KAIROS-INFRA-418

※このメールは送信専用アドレスから送信されています。
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Backlog", "no-reply@backlog.jp"), ME_C, "[KAIROS-INFRA] 課題 KAIROS-INFRA-418 の担当者が変更されました",
             "2025-05-28 12:05:09 +0900", rcpt=ME_C, ip="133.242.1.90", host="mail-out.backlog.jp",
             mid=f"<{hx('bl', n, k=18)}@backlog.jp>"),
    leaf("plain", t025, "utf-8", "base64"),
    "Project tracker notification, Japanese.")

t026 = f"""Hello Marisol,

Thank you for explaining. I confirm that I am leaving Kairos Systems Co., Ltd. My last working day is Friday, May 30, 2025, and my company mailbox will be switched off that evening, so I would be grateful if the link could be released before then.

Best regards,
Haruka Nishimoto
"""
n = nxt()
add("user_reply", False, CASE_A, [],
    outgoing(n, addr(ME_NAME, ME_P), TC, "Re: " + subj_tc(CASE_A), "2025-05-28 13:40:05 +0900", irt=N_A_HOLD,
             refs=[N_A_ACK, N_A_HOLD]),
    gmail_reply(t026, f"On Wed, May 28, 2025 at 11:20 AM {TC_NAME} <{TC}> wrote:", h024_body),
    "Owner's answer to the hold (Gmail quoting).")
N_A_U1 = n

t027 = """西本さん

引き継ぎ資料ありがとうございます。確認しました。

AWS認定アカウントの件、パートナー管理者の高橋さんに伝えておきました。Partner Central から西本さんを外す作業は今週中にやってもらえるそうです。

木曜の引き継ぎMTGまでに、残っている課題の一覧を返信で送ってもらえますか。

田中
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("田中 健一", "k.tanaka@kairos-sys.co.jp"), addr(ME_NAME_JA, ME_C), "Re: 引き継ぎ資料 (クラウド基盤)",
             "2025-05-28 14:10:44 +0900", rcpt=ME_C, ip="10.20.4.12", host="TYCPR01MB7712.jpnprd01.prod.outlook.com",
             mid=outlook_mid(n), auth="", dkim_d=False),
    leaf("plain", t027, "iso-2022-jp", "7bit", label="ISO-2022-JP"),
    "Manager mentions the AWS certification account and Partner Central and asks for a reply: colleague mail, not support.",
    crlf=True)

t028_new = f"""Hello Haruka,

Thank you for confirming. I've asked our partner operations team to release {CAND_OLD} from the Kairos Systems partner organization. This normally takes one or two business days.

There's nothing you need to do right now; I'll write again as soon as they are done. Should any questions come up in the meantime, feel free to reply here.

Best regards,
Marisol D.
AWS Training and Certification Customer Support
"""
t028 = t028_new + f"\nOn Wed, May 28, 2025 at 04:40 UTC, {ME_NAME} <{ME_P}> wrote:\n" + quote(t026)
n = nxt()
add("case_update", False, CASE_A, [CAND_OLD],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-05-29 00:02:13 +0000", irt=N_A_U1,
             refs=[N_A_ACK, N_A_HOLD, N_A_U1]),
    leaf("plain", t028, "utf-8", "quoted-printable"),
    "Passed to another team; 'feel free to reply' invitation; says nothing is needed.")

h029 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:12px;color:#ff9900;font-weight:bold">aws training &amp; certification</div>
<p>Dear Certification holder,</p>
<p>Your certification account merge is <b>on hold</b> because we could not verify ownership of the account that is being merged.</p>
<p>To avoid losing your certifications and exam history, confirm your identity within <b>24 hours</b>:</p>
<p><a href="https://aws-certification-support.com/merge/verify?ref=TC-884120">Confirm my account</a></p>
<p>You will be asked to sign in with your AWS Builder ID email address and password.
If the link does not work, reply to this message with your Builder ID password and we will complete the verification for you.</p>
<p>AWS Certification Support Team<br>Reference: TC-884120</p>
</body></html>
"""
n = nxt()
add("suspicious", False, None, [],
    incoming(n, ("AWS Training & Certification", "cases@aws-certification-support.com"), ME_P,
             "[Action Required] Your certification account merge is on hold", "2025-05-29 02:30:58 +0000",
             ip="45.137.21.88", host="mail.aws-certification-support.com", dkim_d="aws-certification-support.com",
             mid=f"<{hx('ph', n, k=24)}@aws-certification-support.com>"),
    leaf("html", h029, "utf-8", "quoted-printable"),
    "Lookalike domain that passes its own SPF/DKIM/DMARC; uses the real situation (merge on hold) and demands a reply with a password.")

t030 = f"""Hi Haruka,

I'm picking up your case from Marisol. Good news: the partner operations team has removed the link between {ME_C} and the Kairos Systems partner profile, so the hold is lifted and I can start preparing the merge.

I'll send you the account details to review in a separate email shortly.

Tomasz K.
AWS Training and Certification Customer Support
"""
n = nxt()
add("case_update", False, CASE_A, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-05-29 07:45:19 +0000", irt=N_A_HOLD,
             refs=[N_A_ACK, N_A_HOLD]),
    leaf("plain", t030, "us-ascii", "7bit"),
    "Hold lifted, a request announced for later; asks nothing now.")
N_A_LIFT = n

t031_text = f"""Hi Haruka,

I found the following certification accounts connected to your request:

Account #1
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}
Candidate ID: {CAND_NEW}
Created: May 26, 2025

Account #2
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}
Candidate ID: {CAND_OLD}
Created: March 2, 2021

When the merge runs, the exam history, certifications, benefits and badges of Account #2 move to Account #1 and Account #2 is closed. This cannot be reversed.

Before I go ahead I need two things from you: that both accounts belong to you, and that Account #1 is the one you want to keep.

Thanks,
Tomasz K.
AWS Training and Certification Customer Support"""


def acct_row(label, email, cand, created):
    return (f'<tr><td rowspan="5" style="background:#f2f3f3;vertical-align:top"><b>{label}</b></td>'
            f'<td>Login email</td><td>{email}</td></tr>\n'
            f'<tr><td>Training notification email</td><td>{email}</td></tr>\n'
            f'<tr><td>Certification notification email</td><td>{email}</td></tr>\n'
            f'<tr><td>Candidate ID</td><td>{cand}</td></tr>\n'
            f'<tr><td>Created</td><td>{created}</td></tr>\n')


h031 = f"""<html><head><meta charset="utf-8"><style>td{{padding:5px 9px;border:1px solid #d5dbdb}}</style></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>I found the following certification accounts connected to your request:</p>
<table style="border-collapse:collapse">
{acct_row('Account #1', ME_P, CAND_NEW, 'May 26, 2025')}{acct_row('Account #2', ME_C, CAND_OLD, 'March 2, 2021')}</table>
<p>When the merge runs, the exam history, certifications, benefits and badges of Account #2 move to Account #1 and Account #2 is closed. This cannot be reversed.</p>
<p>Before I go ahead I need two things from you: that both accounts belong to you, and that Account #1 is the one you want to keep.</p>
<p>Thanks,<br>Tomasz K.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#888">{TC_FOOT.replace(chr(10), '<br>')}</p>
</body></html>
"""
n = nxt()
add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-05-29 08:20:44 +0000", cc=addr(ME_NAME, ME_C),
             irt=N_A_LIFT, refs=[N_A_ACK, N_A_HOLD, N_A_LIFT]),
    leaf("html", h031, "utf-8", "quoted-printable"),
    "Confirmation request, HTML-only with a rowspan table; the ask is a declarative 'I need two things from you', no question mark.")
N_A_CONF = n

t032_new = """Hi Tomasz,

Confirmed. Both accounts are mine; please keep Account #1 and merge Account #2 into it.

Thanks,
Haruka
"""
t032 = t032_new + f"""
-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, May 29, 2025 5:20 PM
To: {ME_P}
Cc: Haruka Nishimoto <{ME_C}>
Subject: {subj_tc(CASE_A)}

""" + t031_text
n = nxt()
add("user_reply", False, CASE_A, [],
    outgoing(n, addr(ME_NAME, ME_C), TC, "RE: " + subj_tc(CASE_A), "2025-05-29 17:55:12 +0900", irt=N_A_CONF,
             refs=[N_A_ACK, N_A_HOLD, N_A_LIFT, N_A_CONF], agent="outlook"),
    alt(t032, to_html(t032, "font-family:Calibri,sans-serif;font-size:11pt")),
    "Owner confirms from the company address (Outlook '-----Original Message-----'); IDs only in the quote.")
N_A_U2 = n

t033 = """各位

情報システム部です。

退職者のメールアカウント停止について、以下のとおりお知らせします。

対象: 西本 遥 (h.nishimoto@kairos-sys.co.jp)
停止日時: 2025年5月30日(金) 18:00
停止後は送受信ともにできなくなります。転送設定も同時に解除されます。

外部サービスに社用アドレスを登録している場合は、停止前に変更をお済ませください。

情報システム部 ヘルプデスク
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("情報システム部 ヘルプデスク", "it-helpdesk@kairos-sys.co.jp"), addr(ME_NAME_JA, ME_C),
             "【情報システム部】メールアカウント停止のお知らせ", "2025-05-29 19:10:30 +0900", rcpt=ME_C, ip="10.20.4.19",
             host="TYCPR01MB3301.jpnprd01.prod.outlook.com", mid=outlook_mid(n), auth="", dkim_d=False),
    alt(t033, to_html(t033), "utf-8", "base64"),
    "Company IT notice that the company mailbox closes; urges action, but not support.")

t034_new = f"""Hello Haruka,

My name is Priya and I'm looking after your case today.

We received your confirmation from {ME_C}. For security reasons a merge can only be approved from the email address of the account that remains afterwards, which in your case is {ME_P}. Because the company address belongs to the account that will be closed, I can't act on that message.

Would you send your confirmation again, this time from {ME_P}? Replying to this email from that mailbox is enough; just keep the case number in the subject line.

Thank you,
Priya S.
AWS Training and Certification Customer Support
"""
t034 = t034_new + f"\n> From: {ME_NAME} <{ME_C}>\n> Sent: 29 May 2025 08:55 UTC\n>\n" + quote(t032_new)
n = nxt()
add("info_request", True, CASE_A, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-05-29 23:15:02 +0000", cc=addr(ME_NAME, ME_C),
             irt=N_A_U2, refs=[N_A_ACK, N_A_HOLD, N_A_LIFT, N_A_CONF, N_A_U2]),
    alt(t034, to_html(t034)),
    "Wrong-address reply: support asks to re-send from the personal address ('Would you send…'); labelled info_request, not confirmation_request.")
N_A_WRONG = n

t035_new = "自分用に転送 (会社アドレス停止前の控え)。統合の確認依頼。\n"
t035 = t035_new + f"""
________________________________
From: AWS Training and Certification <{TC}>
Sent: Thursday, May 29, 2025 5:20 PM
To: {ME_P}
Cc: Haruka Nishimoto <{ME_C}>
Subject: {subj_tc(CASE_A)}

""" + t031_text
n = nxt()
add("user_reply", False, CASE_A, [],
    outgoing(n, addr(ME_NAME, ME_C), ME_P, "FW: " + subj_tc(CASE_A), "2025-05-30 09:00:41 +0900",
             irt=N_A_CONF, refs=[N_A_ACK, N_A_CONF], agent="outlook"),
    alt(t035, to_html(t035), "utf-8", "base64"),
    "Owner forwards the confirmation request to herself: the whole request (with IDs) is forwarded text, not a new ask.")

t036 = """西本さん

自動応答メッセージです。
佐藤は 5/29(木)〜6/2(月) まで休暇をいただいております。期間中のメールは確認できませんので、お急ぎの場合は cloud-infra@kairos-sys.co.jp までご連絡ください。

I am out of the office until June 2 with no access to email.
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("佐藤 美咲", "m.sato@kairos-sys.co.jp"), addr(ME_NAME_JA, ME_C), "自動応答: 退職のご挨拶 (西本)",
             "2025-05-30 12:30:07 +0900", rcpt=ME_C, ip="10.20.4.12", host="TYCPR01MB7712.jpnprd01.prod.outlook.com",
             mid=outlook_mid(n), auth="", dkim_d=False,
             extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.sato@kairos-sys.co.jp")]),
    leaf("plain", t036, "iso-2022-jp", "7bit", label="ISO-2022-JP"),
    "Out-of-office auto-reply from a colleague.", crlf=True)

t037 = """西本さん

お疲れさまでした!いろいろ助けてもらってありがとうございました。

そういえば、Partner Central のメンバー一覧から西本さんを外しておきました。AWS 側での反映は少し時間がかかるかもしれません。

新しい職場でもがんばってください。

高橋
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("高橋 亮", "r.takahashi@kairos-sys.co.jp"), addr(ME_NAME_JA, ME_C), "Re: 退職のご挨拶",
             "2025-05-30 17:05:55 +0900", rcpt=ME_C, ip="10.20.4.12", host="TYCPR01MB7712.jpnprd01.prod.outlook.com",
             mid=outlook_mid(n), auth="", dkim_d=False),
    alt(t037, to_html(t037), "utf-8", "base64"),
    "Colleague (partner admin) says the APN link was removed: sounds like a case update but is not from support.")

t038 = """西本 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 503-4417720-1938422
お届け予定: 6月1日(日)
配送業者: ヤマト運輸  お問い合わせ伝票番号: 4821-3307-6619

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

Amazon.co.jp
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の商品を発送しました",
             "2025-05-31 09:44:13 +0900", ip="52.95.48.11", host="smtp-fw-80011.amazon.com", dkim_d="amazon.co.jp"),
    alt(t038, to_html(t038), "utf-8", "base64"),
    "Amazon retail shipping notice with long numbers.")

t039 = """CLOUD WEEKLY DIGEST  #320

This week
1. A week with Amazon Q Developer in a legacy Java codebase
2. Postmortem: the day our support case auto-closed
3. Terraform 1.12: what changed
4. Poll results: which AWS certification helped your career most?

Unsubscribe: https://cloudweekly.dev/u/8f1c22
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Cloud Weekly Digest", "hello@cloudweekly.dev"), ME_P, "Cloud Weekly #320: when support cases auto-close",
             "2025-06-01 07:00:02 +0000", ip="198.2.140.77", host="mail140-77.suw41.mandrillapp.com",
             mailfrom="bounce-md_31188020.683bfc22.v1-71@mandrillapp.com", dkim_d="cloudweekly.dev",
             mid=f"<{hx('nl', n, k=20)}@mandrillapp.com>",
             extra=[("List-Unsubscribe", "<https://cloudweekly.dev/u/8f1c22>")]),
    leaf("plain", t039, "us-ascii", "7bit"),
    "Newsletter headline about support cases auto-closing.")

t040 = """Hello,

Your account merge request requires an additional identity check before certifications can be transferred to the destination account.

Complete the verification form within 48 hours:
http://aws-training-verify.co/merge/confirm?case=174876602100193

The form asks for your AWS Builder ID password and a card for the one-time processing fee of USD 4.99. If verification is not received, the merge request will be cancelled and the source account suspended.

AWS Training and Certification Customer Support
"""
n = nxt()
add("suspicious", False, None, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc("174876602100193"), "2025-06-02 01:10:27 +0000",
             ip="185.212.47.19", host="vps-47-19.hostlinkeu.net",
             auth=ar_google(TC, TC, "amazon.com", "185.212.47.19", spf="fail", dkim="none", dmarc="fail"),
             dkim_d=False, mid=f"<{hx('sp', n, k=20)}@vps-47-19.hostlinkeu.net>"),
    leaf("plain", t040, "us-ascii", "7bit"),
    "Spoof of the exact support sender and subject format with a made-up case number; SPF fail, no DKIM, dmarc=fail.")

t041_new = f"""Hello Haruka,

I'm following up on case {CASE_A}. We still need your confirmation sent from {ME_P} before we can merge your certification accounts.

If we don't hear from you within 3 business days, this case will be closed. A reply before then keeps it open, and even after it closes you can reply to this thread to reopen it.

Best,
Priya S.
AWS Training and Certification Customer Support
"""
t041 = t041_new + "\n---- Previous message ----\n" + t034_new
n = nxt()
add("closing_notice", True, CASE_A, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-06-03 00:10:36 +0000", cc=addr(ME_NAME, ME_C),
             irt=N_A_WRONG, refs=[N_A_ACK, N_A_HOLD, N_A_LIFT, N_A_CONF, N_A_U2, N_A_WRONG]),
    leaf("plain", t041, "utf-8", "quoted-printable"),
    "Closing notice; previous request pasted below without '>' markers.", crlf=True)
N_A_CLOSE = n

t042_new = f"""Hi Priya,

Sorry for the slow reply, last week was my final week at Kairos and things got busy.

Writing from my personal address now: I confirm that both accounts are mine and that Account #1 ({CAND_NEW}, {ME_P}) is the one to keep. Please merge Account #2 into it.

Thank you,
Haruka Nishimoto
"""
q042 = (t041_new + "\n" + f"On Fri, May 30, 2025 at 8:15 AM {TC_NAME} <{TC}> wrote:\n" + quote(t034_new) + "\n\n"
        + f"On Thu, May 29, 2025 at 5:20 PM {TC_NAME} <{TC}> wrote:\n" + quote(t031_text))
n = nxt()
add("user_reply", False, CASE_A, [CAND_NEW],
    outgoing(n, addr(ME_NAME, ME_P), TC, "Re: " + subj_tc(CASE_A), "2025-06-03 21:48:20 +0900", irt=N_A_CLOSE,
             refs=[N_A_ACK, N_A_CONF, N_A_WRONG, N_A_CLOSE]),
    gmail_reply(t042_new, f"On Tue, Jun 3, 2025 at 9:10 AM {TC_NAME} <{TC}> wrote:", q042),
    "Top-posted confirmation over three levels of quoted history.")
N_A_U3 = n

t043_new = f"""Hello Haruka,

Thanks for confirming. The merge is complete: the exam history, certifications and benefits from Account #2 ({CAND_OLD}) are now on Account #1 ({CAND_NEW}), and Account #2 has been deactivated. Sign in with your AWS Builder ID to check that everything is where you expect it. Credly badges are reissued to your personal address automatically, usually within a day.

If anything looks wrong, reply to this email and we'll take another look.

Best,
Priya S.
AWS Training and Certification Customer Support
"""
t043 = t043_new + f"\nOn Thu, May 29, 2025 at 08:20 UTC, {TC_NAME} wrote:\n" + quote(t031_text)
n = nxt()
add("resolved", False, CASE_A, [CAND_OLD, CAND_NEW],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-06-04 01:05:49 +0000", irt=N_A_U3,
             refs=[N_A_ACK, N_A_CONF, N_A_WRONG, N_A_CLOSE, N_A_U3]),
    alt(t043, to_html(t043)),
    "Merge done; quotes the full Account #1/#2 confirmation request underneath; conditional 'if anything looks wrong, reply'.")
N_A_RES = n

t044 = """Haruka, your badge is ready

Amazon Web Services Training and Certification has issued you the badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/0a9e4471-63d2-4c0f-9b1e-7be2d83f1a60

Once accepted, you can share it on LinkedIn or add it to your email signature.

Credly
"""
n = nxt()
add("badge", False, None, [],
    incoming(n, ("Credly", CREDLY), ME_P, "Haruka, accept your AWS Certified Solutions Architect - Associate badge",
             "2025-06-04 01:30:12 +0000", ip="149.72.181.26", host="o7.email.credly.com",
             mailfrom="bounces+2210091@email.credly.com", dkim_d="credly.com", mid=f"<{hx('cr', n, k=22)}.{n}@credly.com>"),
    alt(t044, to_html(t044)),
    "Credly badge right after the merge.")

h045 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Haruka,</p>
<p>Your case <b>{CASE_A}</b> with AWS Training and Certification was recently resolved.
How satisfied were you with the support you received?</p>
<p>
<a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?score=1">&#9733;</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?score=2">&#9733;&#9733;</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?score=3">&#9733;&#9733;&#9733;</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?score=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/{hx('sv', n, k=10)}?score=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
</p>
<p>Please let us know within 7 days. The survey takes less than a minute.</p>
<p style="font-size:11px;color:#888">Replies to this message are not monitored.</p>
</body></html>
"""
n = nxt()
add("survey", False, CASE_A, [],
    incoming(n, ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P, f"How did we do? Case {CASE_A}",
             "2025-06-04 03:00:00 +0000", dkim_d="amazon.com"),
    leaf("html", h045, "utf-8", "quoted-printable"),
    "Satisfaction survey with a 'Please let us know within 7 days' imperative.")

t046 = """西本 遥 様

株式会社ソラノテック 人事部の松井です。
このたびはご入社いただけるとのこと、心より歓迎いたします。

入社日: 2025年6月16日(月)
初日の集合: 9:30 本社7階 受付

以下の書類を6月10日(火)までにご提出ください。
・雇用契約書 (署名済み)
・給与振込先届
・年金手帳の写し

ご不明な点がございましたら、本メールへご返信ください。

株式会社ソラノテック 人事部 松井
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("松井 彩 (ソラノテック)", "a.matsui@sorano-tech.co.jp"), ME_P, "【ソラノテック】入社手続きのご案内",
             "2025-06-05 11:20:40 +0900", ip="40.107.74.93", host="mail-os0jpn01on2093.outbound.protection.outlook.com",
             dkim_d="sorano-tech.co.jp", mid=outlook_mid(n)),
    leaf("plain", t046, "iso-2022-jp", "7bit", label="ISO-2022-JP"),
    "New employer's onboarding mail with requests and a conditional invitation.")

t047 = """Reminder: you have a badge waiting

Amazon Web Services Training and Certification issued you the badge "AWS Certified Cloud Practitioner" 2 days ago, and it hasn't been accepted yet.

Accept badge: https://www.credly.com/earner/earned/badge/d3b7a0c2-55e1-4b2a-8f09-1c6e2a77f310

Credly
"""
n = nxt()
add("badge", False, None, [],
    incoming(n, ("Credly", CREDLY), ME_P, "Reminder: accept your AWS Certified Cloud Practitioner badge",
             "2025-06-06 15:02:33 +0000", ip="149.72.181.26", host="o7.email.credly.com",
             mailfrom="bounces+2210091@email.credly.com", dkim_d="credly.com", mid=f"<{hx('cr', n, k=22)}.{n}@credly.com>"),
    leaf("plain", t047, "us-ascii", "7bit"),
    "Credly reminder, text-only.")

t048 = """Thank you for your purchase.

AWS Skill Builder Individual subscription (monthly)
Order number: SB-20250609-88412
Amount: USD 29.00
Billing period: June 9, 2025 - July 8, 2025
Payment: Visa ending in 4021

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, (TC_NAME, "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
             "2025-06-09 03:12:55 +0000", ip="54.240.8.41", host="a8-41.smtp-out.amazonses.com", dkim_d="aws.training"),
    alt(t048, to_html(t048)),
    "Skill Builder receipt from the training platform.")

t049 = f"""Hi Priya,

Thanks again for the merge. Going through my exam history I noticed one thing missing: I passed AWS Certified SysOps Administrator - Associate in late 2020, and it doesn't show on my account (it wasn't on the old Kairos account either, I checked my notes).

I think I took that exam on a third account I created with the old "Sign in with Amazon" login, using a Hotmail address. The candidate ID on my 2020 score report is {CAND_HOT}.

Could you check whether that account can be merged into {CAND_NEW} as well?

Haruka
"""
n = nxt()
add("user_reply", False, CASE_A, [CAND_HOT, CAND_NEW],
    outgoing(n, addr(ME_NAME, ME_P), TC, "Re: " + subj_tc(CASE_A), "2025-06-10 22:30:08 +0900", irt=N_A_RES,
             refs=[N_A_ACK, N_A_CONF, N_A_U3, N_A_RES]),
    gmail_reply(t049, f"On Wed, Jun 4, 2025 at 10:05 AM {TC_NAME} <{TC}> wrote:", t043),
    "Owner reopens the resolved case by replying; new candidate IDs in her own text, older ones in the quote.")
N_A_U4 = n

t050 = f"""This is an automated message.

We have received your reply on case {CASE_A} and reopened the case. A member of our team will get back to you, usually within 24 hours.

There is no need to open a new case for this request.

AWS Training and Certification Customer Support
"""
n = nxt()
add("acknowledgement", False, CASE_A, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-06-10 13:31:02 +0000", irt=N_A_U4,
             extra=[("Auto-Submitted", "auto-generated")]),
    leaf("plain", t050, "us-ascii", "7bit"),
    "Automatic reopen acknowledgement on the old case number.")
N_A_REOPEN = n

t051 = f"""Hi Haruka,

I'm Daniel and I've taken over your reopened case.

I searched for SysOps Administrator exam records from 2020 under your name and found two certification profiles:

  {CAND_HOT} - registered with a hotmail.co.jp address, one exam record (November 2020)
  {CAND_OTHER} - registered with an outlook.jp address, no exam records

Which email address did you use when you registered for that 2020 exam? And is {CAND_OTHER} also yours, or does it belong to someone with a similar name? Once I know, I can tell you which of them can be merged.

Daniel M.
AWS Training and Certification Customer Support
"""
n = nxt()
add("info_request", True, CASE_A, [CAND_HOT, CAND_OTHER],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-06-11 04:40:18 +0000", irt=N_A_U4,
             refs=[N_A_ACK, N_A_RES, N_A_U4]),
    leaf("plain", t051, "utf-8", "7bit"),
    "Information request made only of direct questions, no 'please'.", crlf=True)
N_A_Q2 = n

t052 = """西本 遥 様

ミドリクラウド サポートセンターです。

お問い合わせ [#250604-000123]「オブジェクトストレージの請求額について」につきまして、最後のご案内から7日間ご返信がなかったため、本チケットをクローズいたしました。

引き続きご質問がございましたら、本メールにご返信ください。チケットが再開されます。

ミドリクラウド サポートセンター
https://support.midori-cloud.jp/
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("ミドリクラウド サポート", "support@midori-cloud.jp"), ME_P,
             "[#250604-000123] お問い合わせクローズのお知らせ", "2025-06-11 16:00:05 +0900",
             ip="153.127.40.22", host="mx-out2.midori-cloud.jp", dkim_d="midori-cloud.jp",
             mid=f"<ticket-250604-000123-{hx('zd', n, k=8)}@support.midori-cloud.jp>"),
    alt(t052, to_html(t052), "utf-8", "base64"),
    "Another vendor's 'closed for no reply, reply to reopen' ticket in Japanese.")

t053 = f"""Hi Daniel,

I registered for the 2020 exam with haruka_n0312@hotmail.co.jp, so {CAND_HOT} is mine. {CAND_OTHER} isn't; I've never had an outlook.jp address, so please leave that one alone.

Thanks,
Haruka
"""
n = nxt()
add("user_reply", False, CASE_A, [CAND_HOT, CAND_OTHER],
    outgoing(n, addr(ME_NAME, ME_P), TC, "Re: " + subj_tc(CASE_A), "2025-06-11 20:05:44 +0900", irt=N_A_Q2,
             refs=[N_A_ACK, N_A_U4, N_A_Q2]),
    gmail_reply(t053, f"On Wed, Jun 11, 2025 at 1:40 PM {TC_NAME} <{TC}> wrote:", t051),
    "Owner's answer; contains 'please leave that one alone'.")
N_A_U5 = n

t054 = f"""Hi Haruka,

Thanks, that matches what I see on my side. Here is what I plan to do:

  Keep:   {CAND_NEW}  ({ME_P})
  Merge:  {CAND_HOT}  (haruka_n0312@hotmail.co.jp) - SysOps Administrator - Associate, November 2020, now expired

{CAND_OTHER} won't be touched.

Reply "yes" to this email if that's right and I'll run the merge. If you'd rather keep the Hotmail profile separate, tell me that instead.

Daniel M.
AWS Training and Certification Customer Support
"""
n = nxt()
add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_HOT, CAND_OTHER],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-06-12 02:10:09 +0000", irt=N_A_U5,
             refs=[N_A_ACK, N_A_Q2, N_A_U5]),
    leaf("plain", t054, "utf-8", "7bit"),
    "Second confirmation in the reopened case: Keep/Merge layout instead of Account #1/#2; 'Reply \"yes\"… If you'd rather…'.",
    crlf=True)
N_A_CONF2 = n

t055 = "Yes, that's right. Please go ahead.\n\nHaruka\n"
n = nxt()
add("user_reply", False, CASE_A, [],
    outgoing(n, addr(ME_NAME, ME_P), TC, "Re: " + subj_tc(CASE_A), "2025-06-12 12:40:31 +0900", irt=N_A_CONF2,
             refs=[N_A_ACK, N_A_Q2, N_A_CONF2]),
    gmail_reply(t055, f"On Thu, Jun 12, 2025 at 11:10 AM {TC_NAME} <{TC}> wrote:", t054),
    "Very short owner confirmation; IDs only in the quote.")
N_A_U6 = n

t056_new = f"""Hi Haruka,

Done. {CAND_HOT} has been merged into {CAND_NEW}. Your SysOps Administrator - Associate exam from November 2020 is now listed under Exam History; the certification itself shows as expired, since it lapsed in 2023.

I've marked the case as resolved. No further action is needed from you.

Daniel M.
AWS Training and Certification Customer Support
"""
t056 = t056_new + f"\n-----Original Message-----\nFrom: {ME_NAME} <{ME_P}>\nSent: Thursday, June 12, 2025 3:40 AM\n\n" + t055 + "\n" + quote(t054)
n = nxt()
add("resolved", False, CASE_A, [CAND_HOT, CAND_NEW],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_A), "2025-06-13 00:25:40 +0000", irt=N_A_U6,
             refs=[N_A_ACK, N_A_CONF2, N_A_U6]),
    alt(t056, to_html(t056)),
    "Second resolution; the quoted 'Reply \"yes\"' request sits under it.")
N_A_RES2 = n

# ---------------------------------------------------------------- case C: console case in Japanese
CONSOLE_LINK_JA = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja"
t057 = f"""AWS をご利用いただきありがとうございます。

ケース {CASE_C} を作成しました。詳細は以下のとおりです。

ケース ID: {CASE_C}
件名: アカウント統合後、50% 割引特典が表示されない
重要度: 一般的なガイダンス
アカウント: 482019374455
内容:
6月4日に認定アカウントの統合 ({CAND_OLD} → {CAND_NEW}) が完了しましたが、統合元にあった次回試験 50% 割引の特典が「特典」ページに表示されません。8月末が期限のため、7月の受験で使いたいと考えています。

ケースの確認や返信は、AWS サポートセンターから行ってください。
{CONSOLE_LINK_JA}

よろしくお願いいたします。
Amazon Web Services

このメールアドレスは送信専用のため、受信したメールには対応できません。
"""
n = nxt()
add("acknowledgement", False, CASE_C, [CAND_OLD, CAND_NEW],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_P, f"Amazon Web Services: New Support case: {CASE_C}",
             "2025-06-15 23:46:30 +0000", dkim_d="amazon.com"),
    alt(t057, to_html(t057), "utf-8", "base64"),
    "Console case acknowledgement in Japanese, base64; a 12-digit AWS account ID next to the case ID.")
N_C_ACK = n

t058 = """AWS Free Tier usage alert

Your AWS account 482019374455 has exceeded 85% of the usage limit for one or more AWS Free Tier services this month.

Service: Amazon Simple Storage Service
Usage type: Global-Requests-Tier1
Free Tier limit: 2,000 Requests
Current usage: 1,712 Requests

Review your usage: https://console.aws.amazon.com/billing/home#/freetier

Amazon Web Services
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
             "AWS Free Tier limit alert", "2025-06-16 02:00:41 +0000", dkim_d="amazonaws.com"),
    alt(t058, to_html(t058)),
    "Billing alert for the personal AWS account.")

t059 = f"""西本 様

AWS サポートの山内です。お問い合わせいただきありがとうございます。

統合後のアカウント {CAND_NEW} の特典履歴を確認しましたところ、統合元のアカウントで発行された割引特典が移行の対象から漏れている可能性がございます。認定チームへ調査を依頼するため、以下の情報をお知らせください。

・割引特典を獲得した試験の名称と合格日
・特典が表示されていた当時の画面のスクリーンショット (お手元にある場合のみ)

お手数ではございますが、サポートセンターのケース画面から上記をご返信いただけますでしょうか。なお、本メールへ直接ご返信いただいても担当者には届きませんので、ご注意ください。

どうぞよろしくお願いいたします。

山内
Amazon Web Services サポート

ケースへの返信: {CONSOLE_LINK_JA}
このメールアドレスは送信専用です。
"""
SUBJ_C = f"RE:[CASE {CASE_C}] アカウント統合後、50% 割引特典が表示されない"
n = nxt()
add("info_request", True, CASE_C, [CAND_NEW],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_P, SUBJ_C, "2025-06-16 06:30:12 +0000", dkim_d="amazon.com",
             irt=N_C_ACK),
    alt(t059, to_html(t059), "utf-8", "quoted-printable"),
    "Console information request in Japanese keigo; must be answered in the Support Center, not by email.")
N_C_REQ = n

t060_new = f"""山内様

ご連絡ありがとうございます。西本です。

特典を獲得した試験は AWS Certified Solutions Architect - Associate で、合格日は2023年3月31日です。統合元の候補IDは {CAND_OLD} です。
スクリーンショットは残っていません。

よろしくお願いいたします。
西本
"""
n = nxt()
add("user_reply", False, CASE_C, [CAND_OLD],
    outgoing(n, addr(ME_NAME, ME_P), NOREPLY, "Re: " + SUBJ_C, "2025-06-16 19:20:03 +0900", irt=N_C_REQ,
             refs=[N_C_ACK, N_C_REQ]),
    gmail_reply(t060_new, f"2025年6月16日(月) 15:30 Amazon Web Services <{NOREPLY}>:", t059),
    "Owner answers the console case by email to the no-reply address (Japanese Gmail attribution).")
N_C_U1 = n

t061 = f"""** アドレスが見つかりません **

{NOREPLY} にメールを配信できませんでした。アドレスが見つからないか、メールを受信できないアドレスです。

リモート サーバーから次の応答がありました:

550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
ds061 = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: {dt("2025-06-16 19:20:05 +0900")}

Final-Recipient: rfc822; {NOREPLY}
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: {dt("2025-06-16 19:20:07 +0900")}
"""
hdr061 = (f"Date: {dt('2025-06-16 19:20:03 +0900')}\nFrom: {ME_NAME} <{ME_P}>\nTo: {NOREPLY}\n"
          f"Subject: {enc('Re: ' + SUBJ_C)}\nMessage-ID: {MIDS[N_C_U1]}\nIn-Reply-To: {MIDS[N_C_REQ]}\n")
n = nxt()
add("unrelated", False, CASE_C, [],
    [("Delivered-To", ME_P),
     ("Received", f"by 2002:a05:6a10:{hx('x', n, k=4)}:b0:{hx('y', n, k=3)}:{hx('z', n, k=4)} with SMTP id x{hx('id', n, k=10)};\n"
                  f"        {dt('2025-06-16 19:20:07 +0900')}"),
     ("Return-Path", "<>"),
     ("Date", dt("2025-06-16 03:20:07 -0700")),
     ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
     ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"),
     ("Message-ID", f"<{hx('dsn', n, k=24)}.{n}@mx.google.com>"),
     ("In-Reply-To", MIDS[N_C_U1]), ("References", MIDS[N_C_U1]),
     ("Auto-Submitted", "auto-replied")],
    multi("report", [leaf("plain", t061, "utf-8", "quoted-printable"),
                     raw_part("message/delivery-status", ds061),
                     raw_part("text/rfc822-headers", hdr061)],
          params="; report-type=delivery-status", preamble=False),
    "Bounce of the owner's email answer to the console no-reply address; the case number is only in the returned headers.")

t062 = f"""西本 様

AWS サポートの山内です。

6月16日にお送りしたご質問について、サポートセンターでのご返信をまだ確認できておりません。

3日以内にご返信がない場合、本ケースは自動的に解決済みとなります。解決済みになってから14日を過ぎるとケースを再開できなくなりますので、サポートセンターのケース画面から返信してください。

山内
Amazon Web Services サポート

{CONSOLE_LINK_JA}
このメールアドレスは送信専用です。
"""
n = nxt()
add("closing_notice", True, CASE_C, [],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_P, SUBJ_C, "2025-06-19 06:00:51 +0000", dkim_d="amazon.com",
             irt=N_C_REQ, refs=[N_C_ACK, N_C_REQ]),
    leaf("plain", t062, "utf-8", "base64"),
    "Console auto-resolve warning in plain Japanese (〜してください); answer must go through the console.")
N_C_CLOSE = n

t063 = f"""サポートセンターのケース画面から返信した内容の控え:

試験: AWS Certified Solutions Architect - Associate (SAA-C03)
合格日: 2023-03-31
統合元 候補ID: {CAND_OLD}
統合先 候補ID: {CAND_NEW}
スクショなし

※ no-reply 宛にメールで返信しても届かない (バウンスした)。返信は必ずコンソールから。
"""
n = nxt()
add("user_reply", False, CASE_C, [CAND_OLD, CAND_NEW],
    outgoing(n, addr(ME_NAME, ME_P), ME_P, f"メモ: AWSケース {CASE_C} コンソールで返信済み", "2025-06-19 21:10:37 +0900"),
    leaf("plain", t063, "utf-8", "base64"),
    "Owner's note to self recording the console answer.")

t064 = f"""西本 様

AWS サポートの山内です。サポートセンターでのご返信ありがとうございました。

いただいた情報をもとに、認定チームへ特典の再発行を依頼いたしました。認定チームからの回答を受け取り次第、改めてご連絡いたします。現時点でお客様にご対応いただくことはございません。

山内
Amazon Web Services サポート

{CONSOLE_LINK_JA}
このメールアドレスは送信専用です。
"""
n = nxt()
add("case_update", False, CASE_C, [],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_P, SUBJ_C, "2025-06-20 05:10:44 +0000", dkim_d="amazon.com",
             irt=N_C_CLOSE, refs=[N_C_ACK, N_C_REQ, N_C_CLOSE]),
    alt(t064, to_html(t064), "utf-8", "quoted-printable"),
    "Japanese case update: passed to the certification team, nothing to do.")
N_C_UPD = n

h065 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p><img src="https://credly-badgecenter.com/img/credly.png" alt="Credly" width="90"></p>
<p>Hi,</p>
<p>We detected a problem with the issuer data of your <b>AWS Certified</b> badge. To keep your badge active, verify your Credly account within <b>48 hours</b>. Badges that are not verified will be revoked and removed from your public profile.</p>
<p><a href="https://credly-badgecenter.com/login?next=verify" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Verify my badge</a></p>
<p>Questions? Just reply to this email.</p>
<p>The Credly Team</p>
</body></html>
"""
n = nxt()
add("suspicious", False, None, [],
    incoming(n, ("Credly", "admin@credly-badgecenter.com"), ME_P, "Action needed: your AWS badge will be revoked in 48 hours",
             "2025-06-20 11:31:19 +0000", ip="91.92.242.14", host="srv14.credly-badgecenter.com",
             dkim_d="credly-badgecenter.com", mid=f"<{hx('cb', n, k=20)}@credly-badgecenter.com>"),
    leaf("html", h065, "utf-8", "base64"),
    "Fake Credly on a lookalike domain, 'just reply' invitation.")

t066 = f"""Hello,

Thank you for your patience. The Certification team has restored the 50% exam discount benefit that was originally earned on {CAND_OLD}. It is now listed under Benefits for {CAND_NEW}, with its original expiry date of August 31, 2025.

We are marking this case as resolved. If the benefit still does not appear after you sign out and back in, you can reopen the case from the Support Center within 14 days.

Was this reply helpful? Rate it from the case page; every rating is read by our team.

Best regards,
Arun P.
Amazon Web Services

To reply, use the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en
This address cannot receive incoming email.
"""
n = nxt()
add("resolved", False, CASE_C, [CAND_OLD, CAND_NEW],
    incoming(n, ("Amazon Web Services", NOREPLY), ME_P, SUBJ_C, "2025-06-23 02:45:03 +0000", dkim_d="amazon.com",
             irt=N_C_UPD, refs=[N_C_ACK, N_C_REQ, N_C_CLOSE, N_C_UPD]),
    alt(t066, to_html(t066)),
    "Console resolution in English on a Japanese-subject thread; rating footer; 'you can reopen' conditional.")
N_C_RES = n

h067 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>AWS サポートをご利用いただきありがとうございました。</p>
<p>ケース <b>{CASE_C}</b> での対応について、ご意見をお聞かせください。アンケートは1分ほどで終わります。</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&amp;src=email">アンケートに回答する</a></p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから送信されています。<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
"""
n = nxt()
add("survey", False, CASE_C, [],
    incoming(n, ("AWS Support", NOREPLY), ME_P, f"AWS サポートに関するアンケート (ケース {CASE_C})",
             "2025-06-24 00:05:00 +0000", dkim_d="amazon.com"),
    leaf("html", h067, "utf-8", "base64"),
    "Console survey in Japanese, HTML-only.")

t068 = """Hello,

Thank you for contacting AWS Educate. I'm looking into the sign-in problem you reported.

Could you please let us know the email address you used to register, and whether you joined as a learner or as an educator? With that information I can check your profile.

Best regards,
Lena
AWS Educate Support
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
             "RE:[CASE 175076640900133] [AWS Educate Form Submission] - account-access", "2025-06-24 12:00:27 +0000",
             dkim_d="amazon.com"),
    leaf("plain", t068, "us-ascii", "7bit"),
    "Another AWS program's form case (AWS Educate) with a genuine question: same template family, but not a T&C case.")

t069 = f"""Dear Haruka Nishimoto,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Delivery: OnVUE online proctored
Date and time: Saturday, July 5, 2025, 10:00 AM JST
Registration ID: 471203986
Candidate ID: {CAND_NEW}
Price: USD 150.00 (50% discount applied)

Run the system test on the computer you will use before exam day:
https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, do so at least 24 hours before your appointment.

Pearson VUE
"""
n = nxt()
add("unrelated", False, None, [CAND_NEW],
    incoming(n, ("Pearson VUE", "no-reply@pearson.com"), ME_P,
             "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
             "2025-06-26 04:18:50 +0000", ip="159.182.1.40", host="mx1.pearson.com", dkim_d="pearson.com"),
    alt(t069, to_html(t069)),
    "Exam vendor booking with a 9-digit registration ID and the candidate ID.")

h070 = """<html><body style="font-family:Arial,sans-serif">
<p>Dear candidate,</p>
<p>Your upcoming AWS exam appointment has been <b>cancelled</b> because the payment could not be processed.</p>
<p>To keep your slot, update your card details and pay the rescheduling fee (USD 25.00) before the end of today:</p>
<p><a href="https://pearsonvue-exams.net/aws/reschedule?id=471203986">Update payment</a></p>
<p>Pearson VUE Scheduling</p>
</body></html>
"""
n = nxt()
add("suspicious", False, None, [],
    incoming(n, ("Pearson VUE Scheduling", "scheduling@pearsonvue-exams.net"), ME_P,
             "Urgent: your AWS exam appointment was cancelled", "2025-06-28 22:47:03 +0000",
             ip="103.151.72.9", host="mail.pearsonvue-exams.net",
             auth=ar_google("scheduling@pearsonvue-exams.net", "scheduling@pearsonvue-exams.net",
                            "pearsonvue-exams.net", "103.151.72.9", spf="softfail", dkim="none", dmarc="none"),
             dkim_d=False, mid=f"<{hx('pv', n, k=20)}@pearsonvue-exams.net>"),
    leaf("html", h070, "utf-8", "7bit"),
    "Fake exam-vendor payment lure on a lookalike domain.")

t071 = """西本 遥 さん

「JAWS-UG 東京 #88 認定資格の更新戦略を語る会」の開催が近づいてきました。

日時: 2025/07/10 (木) 19:00 〜
会場: 目黒セントラルスクエア 21F + オンライン

参加枠の変更・キャンセルはイベントページから行ってください。

connpass
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("connpass", "no-reply@connpass.com"), ME_P, "【connpass】イベント開催のリマインド: JAWS-UG 東京 #88",
             "2025-07-02 12:00:33 +0900", ip="52.69.12.8", host="mail.connpass.com",
             dkim_d="connpass.com", mid=f"<{hx('cp', n, k=20)}@connpass.com>"),
    leaf("plain", t071, "utf-8", "base64"),
    "Event reminder (Japanese).")

t072 = """Merged #14 into main.

-- 
Reply to this email directly, view it on GitHub: https://github.com/haruka-n/cert-notes/pull/14#event-17720455112
You are receiving this because you authored the thread.
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("github-actions[bot]", "notifications@github.com"),
             "haruka-n/cert-notes <cert-notes@noreply.github.com>",
             "Re: [haruka-n/cert-notes] Add checklist: merging certification accounts (PR #14)",
             "2025-07-04 13:02:11 +0000", ip="192.30.252.206", host="out-23.smtp.github.com", dkim_d="github.com",
             cc=f"{ME_NAME} <{ME_P}>, Author <author@noreply.github.com>",
             mid="<haruka-n/cert-notes/pull/14/issue_event/17720455112@github.com>",
             extra=[("List-ID", "haruka-n/cert-notes <cert-notes.haruka-n.github.com>"),
                    ("X-GitHub-Reason", "author")]),
    leaf("plain", t072, "us-ascii", "7bit"),
    "GitHub 'merged' about a checklist for merging certification accounts.")

t073 = f"""Hello Haruka Nishimoto,

Congratulations! You have passed the AWS Certified Solutions Architect - Professional exam and earned the certification.

AWS Candidate ID: {CAND_NEW}
Exam: SAP-C02
Score: 812
Date achieved: July 5, 2025
Valid through: July 5, 2028

Your digital certificate is available in your AWS Certification Account. A 50% discount benefit for your next exam has been added to Benefits.

AWS Training and Certification
"""
n = nxt()
add("certification", False, None, [CAND_NEW],
    incoming(n, ("AWS Certification", CERTM), ME_P, "Congratulations! You are now AWS Certified",
             "2025-07-07 09:14:40 -0600", ip="198.37.152.31", host="o1.ptr4412.certmetrics.com",
             mailfrom="bounces+1184231@em.certmetrics.com", dkim_d="certmetrics.com",
             mid=f"<{hx('cm', n, k=22)}@certmetrics.com>"),
    alt(t073, to_html(t073)),
    "Exam pass notice.")

t074 = """Hello Haruka,

You recently took an AWS Certification exam. We'd like to hear about your experience, from registration to exam day.

The survey takes about 5 minutes: https://certmetrics.com/amazon/survey/exp-2025?c=SAP-C02

Your answers are anonymous and help us improve the program.

AWS Certification
"""
n = nxt()
add("certification", False, None, [],
    incoming(n, ("AWS Certification", CERTM), ME_P, "Tell us about your AWS Certification exam experience",
             "2025-07-08 10:02:27 -0600", ip="198.37.152.32", host="o2.ptr4412.certmetrics.com",
             mailfrom="bounces+1184231@em.certmetrics.com", dkim_d="certmetrics.com",
             mid=f"<{hx('cm', n, k=22)}@certmetrics.com>"),
    leaf("plain", t074, "us-ascii", "7bit"),
    "Certification-program feedback request: looks like a survey but is not about a support case.")

t075 = f"""Hello Haruka Nishimoto,

Congratulations on recertifying! Because you earned AWS Certified Solutions Architect - Professional, your AWS Certified Solutions Architect - Associate certification has been extended.

AWS Candidate ID: {CAND_NEW}
New expiration date: July 5, 2028

No action is required.

AWS Training and Certification
"""
n = nxt()
add("certification", False, None, [CAND_NEW],
    incoming(n, ("AWS Certification", CERTM), ME_P, "Congratulations on recertifying your AWS Certification!",
             "2025-07-08 10:40:55 -0600", ip="198.37.152.31", host="o1.ptr4412.certmetrics.com",
             mailfrom="bounces+1184231@em.certmetrics.com", dkim_d="certmetrics.com",
             mid=f"<{hx('cm', n, k=22)}@certmetrics.com>"),
    alt(t075, to_html(t075)),
    "Recertification notice.")

h076 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<h3 style="font-weight:normal">Your badges are getting noticed</h3>
<p>In June your badges were viewed <b>14 times</b>.</p>
<table cellpadding="6"><tr><td>AWS Certified Solutions Architect &ndash; Associate</td><td>11 views</td></tr>
<tr><td>AWS Certified Cloud Practitioner</td><td>3 views</td></tr></table>
<p><a href="https://www.credly.com/users/haruka-nishimoto/badges">See your profile</a></p>
<p style="font-size:11px;color:#999">Credly &middot; Manage notification settings in your account.</p>
</body></html>
"""
n = nxt()
add("badge", False, None, [],
    incoming(n, ("Credly", CREDLY), ME_P, "Your monthly badge activity", "2025-07-09 14:00:00 +0000",
             ip="149.72.181.26", host="o7.email.credly.com", mailfrom="bounces+2210091@email.credly.com",
             dkim_d="credly.com", mid=f"<{hx('cr', n, k=22)}.{n}@credly.com>"),
    leaf("html", h076, "utf-8", "quoted-printable"),
    "Credly activity digest (no new badge).")

t077_new = f"""松井さん

お疲れさまです。西本です。
認定資格の共有の件、前職の認定アカウントは下記のとおり個人アカウントへの統合が完了しています。
候補IDは {CAND_NEW} です。APN への共有設定をお願いできますでしょうか。

西本
"""
t077 = t077_new + f"""
---------- Forwarded message ---------
From: {TC_NAME} <{TC}>
Date: Wed, Jun 4, 2025 at 10:05 AM
Subject: {subj_tc(CASE_A)}
To: <{ME_P}>

""" + t043
n = nxt()
add("user_reply", False, CASE_A, [CAND_NEW],
    outgoing(n, addr(ME_NAME_JA, ME_P), addr("松井 彩", "a.matsui@sorano-tech.co.jp"), "Fwd: " + subj_tc(CASE_A),
             "2025-07-10 09:15:22 +0900", irt=N_A_RES),
    alt(t077, to_html(t077)),
    "Owner forwards the resolution to the new employer; her own Japanese request is to a colleague, not to support.")
N_FWD = n

t078 = f"""西本さん

ありがとうございます。候補ID {CAND_NEW} で APN Partner Central に登録しました。
パートナー側の表示に反映されるまで1週間ほどかかるそうです。

松井
"""
n = nxt()
add("unrelated", False, None, [CAND_NEW],
    incoming(n, ("松井 彩", "a.matsui@sorano-tech.co.jp"), addr(ME_NAME_JA, ME_P), "Re: Fwd: " + subj_tc(CASE_A),
             "2025-07-10 11:48:09 +0900", ip="40.107.74.93", host="mail-os0jpn01on2093.outbound.protection.outlook.com",
             dkim_d="sorano-tech.co.jp", mid=outlook_mid(n), irt=N_FWD),
    leaf("plain", t078, "iso-2022-jp", "7bit", label="ISO-2022-JP"),
    "Colleague reply that keeps the [CASE] subject token: looks like case mail, is not from support.",
    crlf=True)

h079 = """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="640" align="center"><tr><td style="background:#0f1b2d;color:#fff;padding:24px;font-size:24px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:20px;font-size:15px">
<p>Registration is open. Join us in Las Vegas, December 1-5, 2025.</p>
<p>AWS Certified? Get access to the Certification Lounge and exclusive swag. Certified attendees can also sit an exam on site at a 50% discount.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_reg">Register now</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#666">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></td></tr></table>
</body></html>
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P, "Registration is open for AWS re:Invent 2025",
             "2025-07-14 15:00:00 +0000", ip="199.255.192.110", host="mail192-110.mktomail.com",
             mailfrom="382-EOI-140.0.101337.0.0.3311.9.9188420@mktomail.com", dkim_d="amazon.com",
             mid=f"<{hx('mk', n, k=8)}.{n}.1752505200000.JavaMail.root@mktomail.com>",
             extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")]),
    leaf("html", h079, "utf-8", "quoted-printable"),
    "AWS event marketing.")

# ---------------------------------------------------------------- case E: Credly badge missing
t080 = f"""Hello,

Thank you for contacting AWS Training and Certification. We've opened case {CASE_E} for your request.

Our team normally answers within 24 hours. Please don't submit the form again for the same issue; reply to this email to add information.

The details of your request:
- Inquiry type: Certification
- Additional details: Digital Badges
- AWS Candidate ID: {CAND_NEW}
- Description: 7月5日に SAP-C02 に合格し、認定アカウント ({CAND_NEW}) には反映されていますが、Credly のバッジ発行メールが届きません。確認をお願いします。

AWS Training and Certification Customer Support
"""
n = nxt()
add("acknowledgement", False, CASE_E, [CAND_NEW],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_E, "digital-badges", sp=" "), "2025-07-14 16:36:10 +0000"),
    alt(t080, to_html(t080)),
    "English acknowledgement with the user's Japanese request (確認をお願いします) echoed inside.")
N_E_ACK = n

t081 = """Greetings from Amazon Web Services,

Your invoice for AWS account 482019374455 is now available.

Invoice number: EUINJP25-1840221
Billing period: June 1 - June 30, 2025
Amount due: USD 0.62

View and download your invoice: https://console.aws.amazon.com/billing/home#/bills

Amazon Web Services
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("AWS Billing", "no-reply@billing.aws"), ME_P, "Your AWS invoice is available [Account: 482019374455]",
             "2025-07-15 02:31:44 +0000", ip="54.240.8.77", host="a8-77.smtp-out.amazonses.com", dkim_d="billing.aws"),
    leaf("plain", t081, "us-ascii", "7bit"),
    "Billing notice for the personal account.")

t082 = f"""Hello Haruka,

I checked your badge record. Credly did issue the AWS Certified Solutions Architect - Professional badge on July 7, but it went to a Credly profile that is still registered with your former company address, {ME_C}, which is why you never saw the email.

Moving an issued badge between Credly profiles has to be done by Credly's support team. I've sent them the details and your case is on hold until they reply; this usually takes three to five business days. You don't need to do anything in the meantime, and I'll update you as soon as I hear back.

Kind regards,
Mei L.
AWS Training and Certification Customer Support
"""
n = nxt()
add("on_hold", False, CASE_E, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_E, "digital-badges", sp=" "), "2025-07-16 03:00:58 +0000",
             irt=N_E_ACK),
    alt(t082, to_html(t082)),
    "Hold waiting on a third party (Credly) that explicitly asks nothing.")
N_E_HOLD = n

h083 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>西本 遥 様</p>
<p>AWS トレーニングと認定サポートの Mei です。</p>
<p>Credly のサポートチームから回答がありました。旧アドレス {ME_C} で登録された Credly アカウントにバッジが発行されていることは確認できましたが、Credly 側ではご本人様からの操作がないとアカウントの統合ができないとのことです。</p>
<p>つきましては、お手数ですが以下をご確認のうえ、結果を本メールへのご返信でお知らせいただけますでしょうか。</p>
<ol>
<li>個人アドレス ({ME_P}) で Credly にサインインし、[Settings] &gt; [Emails] に {ME_C} が表示されているかどうか</li>
<li>表示されていない場合、旧アドレス宛の確認メールを受け取れる状態かどうか (受け取れない場合はその旨)</li>
</ol>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>Mei L.<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
n = nxt()
add("info_request", True, CASE_E, [],
    incoming(n, (TC_NAME, TC), ME_P, subj_tc(CASE_E, "digital-badges", sp=" "), "2025-07-18 02:00:14 +0000",
             irt=N_E_HOLD, refs=[N_E_ACK, N_E_HOLD]),
    leaf("html", h083, "utf-8", "quoted-printable"),
    "HTML-only Japanese request for a check reported back (確認のうえ…お知らせいただけますでしょうか); implicitly lifts the hold; last case mail in the set, still pending.")

t084 = """CLOUD WEEKLY DIGEST  #327

This week
1. Reading your AWS bill like an accountant
2. From company account to personal: keeping your certifications when you change jobs
3. Bedrock prompt caching benchmarks

Unsubscribe: https://cloudweekly.dev/u/8f1c22
"""
n = nxt()
add("unrelated", False, None, [],
    incoming(n, ("Cloud Weekly Digest", "hello@cloudweekly.dev"), ME_P, "Cloud Weekly #327: keep your certifications when you change jobs",
             "2025-07-20 07:00:04 +0000", ip="198.2.140.77", host="mail140-77.suw41.mandrillapp.com",
             mailfrom="bounce-md_31188020.687c9a04.v1-2e@mandrillapp.com", dkim_d="cloudweekly.dev",
             mid=f"<{hx('nl', n, k=20)}@mandrillapp.com>",
             extra=[("List-Unsubscribe", "<https://cloudweekly.dev/u/8f1c22>")]),
    leaf("plain", t084, "us-ascii", "7bit"),
    "Newsletter about moving certifications to a personal account.")

# ============================================================================ output
CASES_MD = f"""## Cases in the set

| case | type | topic | course |
|---|---|---|---|
| {CASE_D} (11 digits, 2023) | T&C form, Japanese | misspelt name on the certificate | ack (ISO-2022-JP) → info request (Shift_JIS keigo) → owner's Outlook reply → resolved → survey |
| {CASE_A} (15 digits, 2025) | T&C form, English | merge company account {CAND_OLD} into personal {CAND_NEW} | ack → APN partner hold with a buried question → reply → passed to partner team → hold lifted → Account #1/#2 confirmation → owner confirms from the **company** address → support asks to write from the personal address → closing notice → confirmation → merged → survey; **reopened** by the owner (missing 2020 exam on a third account {CAND_HOT}) → auto ack → questions → answer → second confirmation (Keep/Merge layout) → yes → resolved |
| {CASE_B} (15 digits, 2025) | T&C form | duplicate of {CASE_A} submitted 11 minutes later | ack (HTML) → owner asks to close it → closed as duplicate and linked |
| {CASE_C} (15 digits, 2025) | Support Center (console), Japanese | 50% voucher lost in the merge | ack → info request (answer in the console) → owner wrongly answers by email → bounce → auto-resolve warning → owner's note to self → passed to cert team → resolved (English) → survey |
| {CASE_E} (15 digits, 2025) | T&C form | SAP badge went to a Credly profile on the old company address | ack (Japanese form text echoed) → on hold waiting for Credly (nothing asked) → Japanese HTML request to check Credly settings and report back (**still open at the end**) |

Other case numbers that appear and are **not** labelled as cases: 174719820300215 (the employer's EC2 quota case in the
Support Center: real AWS Support, but not Training and Certification), 175076640900133 (AWS Educate form case),
174876602100193 (made up by a spoofer), #250604-000123 (another vendor's ticket).
"""

DECISIONS_MD = """## Labelling decisions (judgement calls)

- **Only Training and Certification cases count.** AWS Support console mail about the employer's EC2 quota
  (including an engineer's genuine question) and the AWS Educate form case are `unrelated`, `case: null`,
  `needs_reply: false`: the brief says other AWS programs are unrelated and `needs_reply` covers T&C cases only.
  The console case {C} *is* counted: it was opened about a certification benefit and handled with the certification team.
- **candidate_ids**: every `AWS` + 8 digits in the message's own text, de-duplicated, in order of first appearance.
  Acknowledgements echo the submitted form; that echo is the message's own text (not a quote of an earlier mail), so its
  IDs are listed. Quoted/forwarded history (`>` lines, `-----Original Message-----`, `________________________________`
  Outlook blocks, Gmail `---------- Forwarded message ---------`, a pasted "---- Previous message ----" block in a
  support mail) is excluded. IDs in non-case mail (CertMetrics, Pearson VUE, a colleague) are listed too.
- **on_hold with a question** ({A} msg 24): the APN hold states the pause *and* asks for written confirmation of leaving
  plus the last day. Kind stays `on_hold` (the pause is the news), `needs_reply: true` (support waits on the owner).
  The Credly hold in {E} asks nothing: `needs_reply: false`.
- **"Send it again from the other address"** ({A}): labelled `info_request` (the ask is to write from another address),
  even though the thing to re-send is a merge confirmation.
- **Closing notice that repeats the request**: `closing_notice`, `needs_reply: true`.
- **Resolutions that quote an old request** (Account #1/#2 table, "Reply yes…"): `resolved`, `needs_reply: false`.
- **Reopen**: the owner's reply on a resolved case is `user_reply`; the automatic "we reopened your case" is
  `acknowledgement` for the same case number.
- **Console case answered by email**: the owner's email to `no-reply-aws@amazon.com` is `user_reply`; the Gmail bounce
  is `unrelated` with `case` {C} (it belongs to that thread) and `needs_reply: false` (it is not support asking;
  the pending ask is carried by the earlier info request and the later auto-resolve warning).
- **Owner's note to self / forwards**: `user_reply` with the case the note or forward is about, `needs_reply: false`.
  A colleague's reply that keeps the `[CASE …]` subject is `unrelated`, case null.
- **Support-case survey vs certification feedback**: the T&C and console surveys are `survey`; CertMetrics' exam
  experience questionnaire is `certification`. Credly's monthly activity digest is `badge`.
- **Spoofs**: the mail with the exact support From address and subject format but `spf=fail`, no DKIM and `dmarc=fail`
  is `suspicious` with `case: null` (its case number is invented). Lookalike domains that pass their own DMARC are also
  `suspicious`.
- **Duplicate**: the duplicate's acknowledgement and the "closed as duplicate, linked to …" mail carry the duplicate's
  number ({B}); the latter is `case_update` (closed, but not for lack of an answer).
""".format(A=CASE_A, B=CASE_B, C=CASE_C, E=CASE_E)


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    kinds = Counter()
    rows = []
    for n, raw, label, note in MSGS:
        base = os.path.join(OUT, f"{n:03d}-msg")
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        kinds[label["kind"]] += 1
        rows.append(f"| {n:03d} | {label['kind']} | {'yes' if label['needs_reply'] else 'no'} | "
                    f"{label['case'] or '-'} | {note.replace('|', '/')} |")
    readme = [f"me: {ME_P} {ME_C}", "",
              "# blind-158: held-out support-case mailbox",
              "",
              f"Mailbox of {ME_NAME} ({ME_NAME_JA}), a cloud engineer who leaves Kairos Systems (an AWS Partner) on "
              "2025-05-30. The set merges her personal Gmail and her company Microsoft 365 mailbox in arrival order "
              "(2023-04 to 2025-07). Generated by `python3 gen.py`; every message is an RFC 5322 file `NNN-msg.eml` "
              "with its label in `NNN-msg.json`.",
              "", CASES_MD, DECISIONS_MD,
              "## Messages", "",
              "| # | kind | reply? | case | what it is / what makes it hard |",
              "|---|---|---|---|---|"] + rows + ["",
              "## Counts", ""] + [f"- {k}: {v}" for k, v in sorted(kinds.items())] + [f"- total: {len(MSGS)}", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme))
    for k, v in sorted(kinds.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}")


if __name__ == "__main__":
    main()
