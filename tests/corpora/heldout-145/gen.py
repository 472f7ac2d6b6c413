#!/usr/bin/env python3
"""Generate a blind held-out corpus of AWS Training and Certification support-case mail.

Standard library only. Run as `python3 gen.py` from any directory: every NNN-msg.eml,
NNN-msg.json and README.md is written next to this script.
"""
import base64
import collections
import hashlib
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

ME_P = "kenta.morishita.k@gmail.com"          # personal (Gmail)
ME_C = "k.morishita@hoshizora-sys.co.jp"      # company (Microsoft 365), closes 2025-06-30
ME_NAME = "Kenta Morishita"
ME_JA = "森下 健太"

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# cases
CASE_A = "174947116855190"   # main merge, personal address, English
CASE_B = "174908407702817"   # first form, sent from company address; duplicate
CASE_C = "175141099100943"   # Support Center (console) case: Credly badges
CASE_D = "13276409851"       # 2023 case (name on certificate), resolved long ago
CASE_E = "175249834061326"   # stray account with the same e-mail, Japanese support
CASE_F = "7209384156"        # 2020 case, only in a forward
CASE_X = "175193760500217"   # AWS billing console case (not T&C)
FAKE_1 = "174923280031175"   # number in a phishing mail
FAKE_2 = "175372200048820"   # number in a spoofed console mail

OLD = "AWS01938475"    # candidate ID of the company account
NEW = "AWS04416082"    # candidate ID of the personal account
STRAY = "AWS03995218"  # stray account created through Partner Central SSO

MESSAGES = []


# --------------------------------------------------------------------------- helpers
def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64fake(seed, n=172):
    raw = hashlib.sha512(seed.encode()).digest() * 4
    return base64.b64encode(raw).decode()[:n]


def dt(y, mo, d, hh, mm, ss=0, tz=JST):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def D(t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    return format_datetime(t)


def codec(charset):
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
            "us-ascii": "ascii", "windows-1252": "cp1252"}[charset.lower()]


def eh(s, charset="utf-8"):
    """Encode a header value (RFC 2047) if it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, charset).encode(), a)


def single(text, subtype="plain", charset="utf-8", cte=None, extra=""):
    """A leaf MIME part: returns (header lines, body bytes)."""
    raw = text.encode(codec(charset))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    cs = charset if charset.lower() != "shift_jis" else "Shift_JIS"
    hl = ['Content-Type: text/%s; charset="%s"%s' % (subtype, cs, extra),
          "Content-Transfer-Encoding: %s" % cte]
    return hl, body


def multi(subtype, parts, boundary):
    out = [b"This is a multi-part message in MIME format.\n"] if subtype == "mixed" else []
    for hl, body in parts:
        out.append(("--%s\n" % boundary).encode())
        out.append(("\n".join(hl) + "\n\n").encode())
        out.append(body)
        if not body.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode())
    return ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)], b"".join(out)


def attachment(filename, data, ctype="application/pdf"):
    body = base64.encodebytes(data)
    hl = ['Content-Type: %s; name="%s"' % (ctype, filename),
          'Content-Disposition: attachment; filename="%s"' % filename,
          "Content-Transfer-Encoding: base64"]
    return hl, body


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"><title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,"
            "sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n" % (title, inner))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# ---- trace headers ---------------------------------------------------------------
def ses_ip(seed):
    n = int(h(seed, 4), 16)
    return "23.251.%d.%d" % (232 + n % 4, 10 + n % 240)


def gmail_in(t, mailfrom, from_dom, ip, helo, spf="pass", dkim="pass", dmarc="pass",
             dkim_d=None, to=ME_P, dmarc_policy="QUARANTINE"):
    """Headers Gmail adds on delivery to the personal mailbox."""
    dkim_d = dkim_d or from_dom
    t0 = t - timedelta(seconds=2 + int(h(mailfrom + str(t), 2), 16) % 20)
    rx = D(t0, UTC).replace("+0000", "-0700 (PDT)")
    rx = D(t0.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"
    mdom = mailfrom.split("@")[1]
    ar = ["mx.google.com;"]
    ar.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
        dkim, dkim_d, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if "amazon" in dkim_d else "s1",
        b64fake(dkim_d + str(t), 8)))
    spf_txt = {"pass": "domain of %s designates %s as permitted sender" % (mailfrom, ip),
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
               "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip),
               "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (ip, mailfrom)}[spf]
    ar.append("       spf=%s (google.com: %s) smtp.mailfrom=%s;" % (spf, spf_txt, mailfrom))
    ar.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, dmarc_policy, dmarc_policy, "NONE" if dmarc == "pass" else dmarc_policy, from_dom))
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7300:%s:b0:1e1:%s:%s with SMTP id %s;\n        %s" % (
            h(str(t), 4), h(str(t) + "a", 3), h(str(t) + "b", 4), h(str(t) + "c", 12), rx)),
        ("X-Google-Smtp-Source", "AGHT+I" + b64fake("xg" + str(t), 60)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                     "        %s" % (helo, helo, ip, h(helo + str(t), 16), int(h(str(t), 3), 16) % 900 + 100,
                                     t0.strftime("%m.%d"), to, rx)),
        ("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (spf, spf_txt, ip)),
        ("Authentication-Results", "\n".join(ar)),
    ]


def m365_in(t, mailfrom, from_dom, ip, helo, spf="pass", dkim="pass", dmarc="pass", to=ME_C):
    """Headers Exchange Online adds on delivery to the company mailbox."""
    t0 = t - timedelta(seconds=3)
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return [
        ("Received", "from TYWPR01MB%s.jpnprd01.prod.outlook.com (2603:1096:400:%s::12)\n by "
                     "OS3PR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s" % (
                         int(h(str(t), 3), 16) % 9000 + 1000, h(str(t) + "x", 3),
                         int(h(str(t) + "y", 3), 16) % 9000 + 1000, D(t0, UTC))),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
                                   " header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s" % (
                                       spf, ip, mailfrom.split("@")[1], dkim, from_dom, dmarc, from_dom, comp)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n"
                         " receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C" % (
                             spf.capitalize(), mailfrom.split("@")[1], ip, ip, helo)),
        ("Received", "from %s (%s) by\n TY2PEPF0000AB83.mail.protection.outlook.com (10.167.243.%d) with Microsoft\n"
                     " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.18 via\n"
                     " Frontend Transport; %s" % (helo, ip, int(h(str(t), 2), 16) % 200 + 10, D(t0, UTC))),
        ("X-MS-Exchange-Organization-AuthSource", "TY2PEPF0000AB83.jpnprd01.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]


def ses_dkim(t, seed, dom="amazon.com"):
    return [
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
                           "\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh=%s=;\n\tb=%s" % (
                               "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if dom == "amazon.com" else "sel1",
                               dom, int(t.timestamp()), b64fake("bh" + seed, 43),
                               "\n\t".join(re.findall(".{1,64}", b64fake(seed, 172))))),
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; "
                           "d=amazonses.com; t=%d;\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:"
                           "Feedback-ID;\n\tbh=%s=;\n\tb=%s" % (
                               int(t.timestamp()), b64fake("bh" + seed, 43),
                               "\n\t".join(re.findall(".{1,64}", b64fake(seed + "ses", 172))))),
    ]


def ses_mid(t, seed, region="us-west-2"):
    ms = int(t.timestamp() * 1000)
    return "<%s%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        "010101", format(ms, "x")[-10:], h(seed, 8), h(seed + "1", 4), h(seed + "2", 4),
        h(seed + "3", 12), region)


def ses_bounce(t, seed):
    return "<010101%s-%s-000000@%s.amazonses.com>" % (format(int(t.timestamp() * 1000), "x")[-10:], h(seed, 8),
                                                      "us-west-2")


def gmail_mid(seed):
    return "<CAK%s%s@mail.gmail.com>" % (b64fake(seed, 28).replace("/", "_").replace("+", "-"),
                                        b64fake(seed + "x", 12).replace("/", "_").replace("+", "-"))


def outlook_mid(seed):
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        int(h(seed, 3), 16) % 9000 + 1000, h(seed, 8).upper(), int(h(seed, 3), 16) % 9000 + 1000)


def tc_headers(t, seed, to, subject, region="us-west-2", extra=()):
    """Common headers of a mail sent by the T&C customer-service case system (through SES)."""
    return ses_dkim(t, seed) + [
        ("From", addr("AWS Training and Certification", TC)),
        ("Reply-To", TC),
        ("To", to),
        ("Subject", subject),
        ("Date", D(t, UTC)),
        ("Message-ID", ses_mid(t, seed, region)),
    ] + list(extra) + [
        ("X-SES-Outgoing", t.astimezone(UTC).strftime("%Y.%m.%d-") + ses_ip(seed)),
        ("Feedback-ID", "::1.us-west-2.%s=:AmazonSES" % b64fake("fb" + seed, 43)),
    ]


def inbound_tc(t, seed, to=ME_P):
    mailfrom = "%s@us-west-2.amazonses.com" % ("010101" + h(seed + "rp", 30))
    if to == ME_C:
        return m365_in(t, mailfrom, "amazon.com", ses_ip(seed), "a%s.smtp-out.us-west-2.amazonses.com" % (
            ses_ip(seed).replace(".", "-")))
    return gmail_in(t, mailfrom, "amazon.com", ses_ip(seed), "a%s.smtp-out.us-west-2.amazonses.com" % (
        ses_ip(seed).replace(".", "-")))


def add(t, headers, body, kind, reply, case, ids, what, hard, crlf=False):
    """headers: list of (name, value); body: (content header lines, bytes)."""
    MESSAGES.append(dict(t=t, headers=headers, body=body, kind=kind, reply=reply,
                         case=case, ids=list(ids), what=what, hard=hard, crlf=crlf))


def tc_subject(case, re_="RE:", tail="[AWS Training and Certification Form Submission] - account-assistance"):
    return ("%s[CASE %s] %s" % (re_, case, tail)) if re_ else "[CASE %s] %s" % (case, tail)


def tc_footer(case):
    return ("\n\nCase ID: %s\n\nAWS Training and Certification Customer Support\n"
            "https://aws.amazon.com/training/\n") % case


# ==================================================================== THE MESSAGES
# Each block: one message, in arrival order.


def write_all():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    rows = []
    last = None
    for i, m in enumerate(MESSAGES, 1):
        if last is not None and m["t"] < last:
            raise SystemExit("message %03d is out of arrival order" % i)
        last = m["t"]
        lines = []
        for k, v in m["headers"]:
            if any(ord(c) > 127 for c in v):
                raise SystemExit("non-ASCII header %s in message %03d" % (k, i))
            lines.append("%s: %s" % (k, v))
        lines.append("MIME-Version: 1.0")
        ch, body = m["body"]
        lines += ch
        raw = ("\n".join(lines) + "\n\n").encode("ascii") + body
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        ids = []
        for x in m["ids"]:
            if x not in ids:
                ids.append(x)
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": ids}
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["reply"] else "no",
                                                     m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("me: %s %s\n" % (ME_P, ME_C))
        fh.write(README_TEXT)
        fh.write("\n## Messages\n\n| # | kind | reply? | what it is | what makes it hard |\n|---|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
        fh.write("\nCount per kind: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())) +
                 " (total %d)\n" % sum(counts.values()))
    print(", ".join("%s=%d" % kv for kv in sorted(counts.items())), "total=%d" % sum(counts.values()))



# ---- 001 newsletter (unrelated) -------------------------------------------------
t = dt(2025, 6, 2, 7, 30, 12)
txt = """DevTech Weekly  2025年6月2日号
============================

今週よく読まれた記事

1. 転職時にAWS認定アカウントを個人アドレスへ統合する手順まとめ
   https://devtech-news.jp/r/8812a
2. Amazon Bedrock のガードレールを Terraform で管理する
   https://devtech-news.jp/r/8812b
3. GitHub Actions の OIDC で AWS アカウントを跨いだデプロイ
   https://devtech-news.jp/r/8812c

イベント
- 6/19 (木) JAWS-UG 東京 #62 「認定資格の取り方・活かし方」

配信停止: https://devtech-news.jp/unsubscribe?u=7f31c2
"""
html = html_wrap("""<h2 style="color:#0b5cab">DevTech Weekly 2025年6月2日号</h2>
<p>今週よく読まれた記事</p>
<ol>
<li><a href="https://devtech-news.jp/r/8812a">転職時にAWS認定アカウントを個人アドレスへ統合する手順まとめ</a></li>
<li><a href="https://devtech-news.jp/r/8812b">Amazon Bedrock のガードレールを Terraform で管理する</a></li>
<li><a href="https://devtech-news.jp/r/8812c">GitHub Actions の OIDC で AWS アカウントを跨いだデプロイ</a></li>
</ol>
<p>イベント: 6/19 (木) JAWS-UG 東京 #62 「認定資格の取り方・活かし方」</p>
<p style="font-size:11px;color:#888"><a href="https://devtech-news.jp/unsubscribe?u=7f31c2">配信停止</a></p>""")
add(t, gmail_in(t, "bounce-7f31c2@mail.devtech-news.jp", "devtech-news.jp", "198.2.140.17", "mail.devtech-news.jp") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=devtech-news.jp; s=s1;\n\th=from:to:subject:date;\n\tb=" + b64fake("001")),
    ("From", addr("DevTech Weekly", "weekly@devtech-news.jp")),
    ("To", ME_P),
    ("Subject", eh("【DevTech Weekly】AWS認定アカウント統合の手順ほか 6/2号")),
    ("Date", D(t)),
    ("Message-ID", "<20250602073012.7f31c2.8812@mail.devtech-news.jp>"),
    ("List-Unsubscribe", "<https://devtech-news.jp/unsubscribe?u=7f31c2>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
], multi("alternative", [single(txt, cte="base64"), single(html, "html", cte="base64")], "----=_NextPart_8812_0001"),
    "unrelated", False, None, [],
    "Japanese tech newsletter", "headline is about merging AWS certification accounts")

# ---- 002 certification expiry notice -------------------------------------------
t = dt(2025, 6, 3, 1, 15, 44, UTC)
txt = """Hello Kenta Morishita,

Your AWS Certified Developer - Associate certification expires on September 14, 2025 (90 days from now).

Candidate ID: %s

To keep your certification active, pass the current version of the exam, or pass a
higher-level exam that covers it, before the expiration date. You can schedule an exam
and see the benefits available to you in your AWS Certification account.

If you have already recertified, you can disregard this notice.

AWS Certification
This is an automated message. Please do not reply.
""" % OLD
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><span style="color:#fff;font-size:18px">AWS Certification</span></td></tr>
<tr><td style="padding:20px">
<p>Hello Kenta Morishita,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>September 14, 2025</b> (90 days from now).</p>
<p>Candidate ID: %s</p>
<p>To keep your certification active, pass the current version of the exam, or pass a higher-level exam that covers it, before the expiration date. You can schedule an exam and see the benefits available to you in your AWS Certification account.</p>
<p>If you have already recertified, you can disregard this notice.</p>
<p style="color:#687078;font-size:12px">This is an automated message. Please do not reply.</p>
</td></tr></table>""" % OLD)
add(t, m365_in(t, "bounces@certmetrics.com", "certmetrics.com", "167.89.18.204", "o4.ptr4521.certmetrics.com") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=certmetrics.com; s=s1;\n\th=from:to:subject:mime-version;\n\tb=" + b64fake("002")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_C),
    ("Subject", "Your AWS Certified Developer - Associate certification expires in 90 days"),
    ("Date", D(t)),
    ("Message-ID", "<hD3k2Pq9Rm6vWQ8x1Z0aTg@geopod-ismtpd-12>"),
], multi("alternative", [single(txt, cte="quoted-printable"), single(html, "html", cte="quoted-printable")],
         "cm_%s" % h("002", 24)),
    "certification", False, None, [OLD],
    "CertMetrics expiry reminder for DVA, to the company address", "program mail with a candidate ID and 'do not reply'; not a case")

# ---- 003 HR notice (unrelated, ISO-2022-JP) ------------------------------------
t = dt(2025, 6, 4, 10, 2, 31)
txt = """森下さん

総務部の大西です。お疲れさまです。
6月30日付のご退職にあたり、以下の手続きをお願いいたします。

1. 貸与PC・入館証の返却 (6/27(金)まで、総務部へ直接お持ちください)
2. 退職届・秘密保持誓約書の提出 (6/20(金)まで)
3. 社用メールアカウントは6/30 23:59で停止します。
   社用アドレスで登録している外部サービスがあれば、停止前に変更をお済ませください。

ご不明点はこのメールに返信してください。

総務部 大西 真由美
株式会社ホシゾラシステムズ
"""
add(t, [
    ("Received", "from OS3PR01MB6021.jpnprd01.prod.outlook.com (2603:1096:604:3a::9) by\n OS3PR01MB8874.jpnprd01.prod.outlook.com with HTTPS; " + D(t, UTC)),
    ("X-MS-Exchange-Organization-AuthSource", "OS3PR01MB6021.jpnprd01.prod.outlook.com"),
    ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ("From", addr("大西 真由美", "m.onishi@hoshizora-sys.co.jp", "iso-2022-jp")),
    ("To", addr("森下 健太", ME_C, "iso-2022-jp")),
    ("Subject", eh("【ご案内】退職に伴う手続きについて", "iso-2022-jp")),
    ("Thread-Topic", eh("【ご案内】退職に伴う手続きについて", "iso-2022-jp")),
    ("Date", D(t)),
    ("Message-ID", outlook_mid("003")),
    ("Content-Language", "ja-JP"),
], single(txt, charset="iso-2022-jp", cte="7bit"),
    "unrelated", False, None, [],
    "HR leaving-procedure mail at the company address (ISO-2022-JP)", "asks the owner to act and mentions changing registered addresses, but is internal")

# ---- 004 note to self (user_reply) ----------------------------------------------
t = dt(2025, 6, 4, 12, 48, 5)
txt = """自分用メモ（退職前に控え）

■ AWS認定アカウント
旧（会社）: %s  k.morishita@hoshizora-sys.co.jp  ※APN連携あり
新（個人）: %s  kenta.morishita.k@gmail.com  ※Builder ID 作成済み、履歴は空

■ 取得済み
- Solutions Architect - Associate  2025/06 再認定予定
- Developer - Associate  2025/09/14 失効
- Solutions Architect - Professional  2023/02 取得

■ 特典
- 50%%割引バウチャー 1枚（2026/02/28まで）
- 証明書PDFは Dropbox/cert/ に保存済み

統合依頼は明日（6/5）フォームから「アカウントの統合」で出す予定。
""" % (OLD, NEW)
mid004 = outlook_mid("004")
add(t, gmail_in(t, ME_C, "hoshizora-sys.co.jp", "40.107.74.102", "JPN01-OS0-obe.outbound.protection.outlook.com",
                dkim_d="hoshizora-sys.co.jp", dmarc_policy="NONE") + [
    ("From", addr("森下 健太", ME_C)),
    ("To", addr("", ME_P)),
    ("Subject", eh("メモ: AWS認定 統合前の控え")),
    ("Thread-Topic", eh("メモ: AWS認定 統合前の控え")),
    ("Date", D(t)),
    ("Message-ID", mid004),
    ("Content-Language", "ja-JP"),
], single(txt, cte="base64"),
    "user_reply", False, None, [OLD, NEW],
    "owner's note to self listing both candidate IDs and benefits", "written by the owner from the company address; mentions the pending merge request")

# ---- 005 Builder ID verification (unrelated) -------------------------------------
t = dt(2025, 6, 5, 9, 22, 3)
html = html_wrap("""<div style="max-width:560px;margin:auto">
<img src="https://d1.awsstatic.com/logos/aws-logo.png" alt="AWS" width="60">
<h2>Verify your AWS Builder ID email address</h2>
<p>Use the code below to finish creating your AWS Builder ID. The code expires in 10 minutes.</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">583920</p>
<p>If you didn't try to create an AWS Builder ID, you can ignore this message.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</div>""")
add(t, gmail_in(t, "0100019741a2b3c4-bounce@signin.aws", "signin.aws", "54.240.8.91", "a8-91.smtp-out.amazonses.com",
                dkim_d="signin.aws") + [
    ("From", addr("AWS", "no-reply@signin.aws")),
    ("To", ME_P),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "005", "us-east-1")),
], single(html, "html", cte="quoted-printable"),
    "unrelated", False, None, [],
    "Builder ID one-time code (HTML only)", "AWS sender, 6-digit code, 'verify' wording")

# ---- 006 case B acknowledgement, Japanese, ISO-2022-JP, company address ----------
t = dt(2025, 6, 5, 0, 41, 52, UTC)
txt = """森下 健太 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
いただいた内容はケース番号 %s として登録いたしました。

担当者より通常 1 営業日以内にご連絡いたします。内容によっては確認にお時間を
頂戴する場合がございますので、あらかじめご了承ください。

同じご用件で新しくお問い合わせを送信されますと、ケースが重複し、かえって
回答が遅くなることがございます。追加の情報がある場合は、このメールにそのまま
ご返信ください。

--- お問い合わせ内容 ---
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
メールアドレス: %s
内容:
I will leave Hoshizora Systems on June 30. Please merge my certification account
(k.morishita@hoshizora-sys.co.jp) into my personal one (kenta.morishita.k@gmail.com).
------------------------

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, ME_C)
add(t, inbound_tc(t, "006", ME_C) + tc_headers(t, "006", addr("森下 健太", ME_C, "iso-2022-jp"),
                                               tc_subject(CASE_B, None), extra=[("Content-Language", "ja")]),
    single(txt, charset="iso-2022-jp", cte="7bit"),
    "acknowledgement", False, CASE_B, [],
    "case B opened (form sent from the company address), Japanese template", "ISO-2022-JP; duplicate-case warning phrased as advice; echoes the form text")

# ---- 007 AWS billing statement (unrelated) -------------------------------------
t = dt(2025, 6, 5, 13, 4, 40, UTC)
txt = """Greetings from Amazon Web Services,

Your billing statement for the period May 1 - May 31, 2025 is now available for the
AWS account 482193746015.

Total due: USD 3.27
Payment method: Visa ending in 4417 (charged automatically)

To see the charges by service, open the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109. Replies to this address are not read.
"""
add(t, inbound_tc(t, "007") + ses_dkim(t, "007") + [
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 482193746015]"),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "007", "us-east-1")),
], single(txt),
    "unrelated", False, None, [],
    "AWS billing statement for a personal AWS account", "same sender as Support Center cases; 12-digit account number in brackets")

# ---- 008 case B: write from the personal address (info_request) -----------------
t = dt(2025, 6, 6, 9, 12, 27, UTC)
mid008 = ses_mid(t, "008")
txt008 = """Hello Kenta,

Thank you for your patience while we looked into your request.

I found two certification accounts that match the details in your form. Before we
move certification history from one account to another, we check that the request
comes from the owner of the account that will be kept. Your request reached us from
k.morishita@hoshizora-sys.co.jp, which belongs to the account that would be merged
away and closed.

For that reason we need a short message from kenta.morishita.k@gmail.com itself. Adding
the personal address in CC on a reply from your company mailbox is not sufficient: the
e-mail has to be sent from the personal mailbox. As soon as it arrives I will continue
with the merge.

Kind regards,
Daniel R.
AWS Training and Certification Customer Support
""" + tc_footer(CASE_B)
add(t, inbound_tc(t, "008", ME_C) + ses_dkim(t, "008") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_B, "RE:")),
        ("Date", D(t, UTC)),
        ("Message-ID", mid008),
    ], single(txt008, cte="quoted-printable"),
    "info_request", True, CASE_B, [],
    "case B: support asks the owner to write from the personal address", "the ask is 'we need a message from X', after a long explanation; no question mark")

# ---- 009 owner forwards 008 to the personal mailbox (user_reply) -----------------
t = dt(2025, 6, 6, 18, 40, 9)
fwd = """個人アドレスから連絡しないといけないらしい。帰ったらGmailから送る。

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年6月6日 18:12
宛先: %s <%s>
件名: %s

%s""" % (TC, ME_JA, ME_C, tc_subject(CASE_B, "RE:"), txt008)
add(t, gmail_in(t, ME_C, "hoshizora-sys.co.jp", "40.107.74.88", "JPN01-TYC-obe.outbound.protection.outlook.com",
                dmarc_policy="NONE") + [
    ("From", addr("森下 健太", ME_C)),
    ("To", ME_P),
    ("Subject", "FW: " + tc_subject(CASE_B, "RE:")),
    ("Thread-Topic", tc_subject(CASE_B, "RE:")),
    ("Thread-Index", "AQHb1m" + b64fake("009", 20)),
    ("Date", D(t)),
    ("Message-ID", outlook_mid("009")),
    ("In-Reply-To", mid008),
    ("References", mid008),
    ("Content-Language", "ja-JP"),
], single(fwd, cte="base64"),
    "user_reply", False, CASE_B, [],
    "owner forwards support's request (008) from the company mailbox to himself", "the forwarded text contains a live request; Outlook Japanese forward header")

# ---- 010 phishing from a lookalike domain ---------------------------------------
t = dt(2025, 6, 7, 3, 5, 18)
html = html_wrap("""<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#232f3e;padding:14px">
<span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training and Certification</span></td></tr>
<tr><td style="padding:22px">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case ID: %s).</p>
<p>For your security, the merge must be <b>verified within 24 hours</b>. If it is not verified, both accounts will be locked and your certification history may be <b>permanently lost</b>.</p>
<p style="text-align:center"><a href="https://aws-certsupport.com/merge/verify?c=%s&amp;t=9a7f" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:3px">Verify and confirm merge</a></p>
<p>You will be asked to sign in with your AWS Builder ID and confirm your payment details for the re-issuing fee of your certificates.</p>
<p>Thank you,<br>AWS Certification Support Team</p>
</td></tr></table>""" % (FAKE_1, FAKE_1))
add(t, gmail_in(t, "support@aws-certsupport.com", "aws-certsupport.com", "185.117.90.44", "mail.aws-certsupport.com",
                dmarc_policy="NONE") + [
    ("From", addr("AWS Certification Support", "support@aws-certsupport.com")),
    ("To", ME_P),
    ("Subject", "[Case ID: %s] Action required: verify your certification account merge" % FAKE_1),
    ("Date", D(t)),
    ("Message-ID", "<%s@aws-certsupport.com>" % h("010", 20)),
    ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
], single(html, "html", cte="base64"),
    "suspicious", False, None, [],
    "phishing about a certification merge from aws-certsupport.com", "authentication passes for its own lookalike domain; 15-digit 'case' number; deadline and payment lure")

# ---- 011 GitHub "merged" (unrelated) --------------------------------------------
t = dt(2025, 6, 8, 14, 21, 7)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-sys/platform-iac/pull/412#event-17723310982
You are receiving this because you were mentioned.

Message ID: <hoshizora-sys/platform-iac/pull/412/issue_event/17723310982@github.com>
"""
html = html_wrap("""<p>Merged <a href="https://github.com/hoshizora-sys/platform-iac/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-sys/platform-iac/pull/412#event-17723310982">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")
gh_mid = "<hoshizora-sys/platform-iac/pull/412/issue_event/17723310982@github.com>"
add(t, gmail_in(t, "noreply@github.com", "github.com", "192.30.252.207", "out-24.smtp.github.com", dmarc_policy="REJECT") + [
    ("From", addr("Yuki Tanabe", "notifications@github.com")),
    ("Reply-To", "hoshizora-sys/platform-iac <reply+ACXK2Q5R7@reply.github.com>"),
    ("To", "hoshizora-sys/platform-iac <platform-iac@noreply.github.com>"),
    ("Cc", "Kenta Morishita <%s>, Mention <mention@noreply.github.com>" % ME_P),
    ("Subject", "Re: [hoshizora-sys/platform-iac] Merge the per-account baselines into one module (PR #412)"),
    ("Date", D(t)),
    ("Message-ID", gh_mid),
    ("In-Reply-To", "<hoshizora-sys/platform-iac/pull/412@github.com>"),
    ("References", "<hoshizora-sys/platform-iac/pull/412@github.com>"),
    ("List-ID", "hoshizora-sys/platform-iac <platform-iac.hoshizora-sys.github.com>"),
    ("List-Archive", "https://github.com/hoshizora-sys/platform-iac"),
    ("X-GitHub-Reason", "mention"),
    ("X-GitHub-Sender", "ytanabe"),
], multi("alternative", [single(txt), single(html, "html")], "--==_mimepart_6845%s" % h("011", 10)),
    "unrelated", False, None, [],
    "GitHub: pull request merged", "'merge' and 'account' in subject; Re: prefix")

# ---- 012 case A acknowledgement (English, personal address) ---------------------
t = dt(2025, 6, 9, 12, 13, 30, UTC)
mid012 = ses_mid(t, "012")
txt = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request has been
logged as case %s, and a member of our team will reply to you, in most
cases within one business day. Some requests need more research; if yours does, we
appreciate your patience.

Opening another case about the same issue sends it to the back of the queue, so
please add any new details by replying to this e-mail.

Summary of your request
-----------------------
Name: Kenta Morishita
E-mail: %s
Inquiry type: Certification
Additional details: Account Merge
AWS Candidate ID: %s
Description:
Use case: I am leaving my employer (Hoshizora Systems) on June 30 and want to keep my
certifications on my personal account.
Addresses used in your system: k.morishita@hoshizora-sys.co.jp (old account, candidate
ID %s) and kenta.morishita.k@gmail.com (new account)
Address to keep: kenta.morishita.k@gmail.com

AWS Training and Certification
""" % (CASE_A, ME_P, NEW, OLD)
add(t, inbound_tc(t, "012") + ses_dkim(t, "012") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, None)),
    ("Date", D(t, UTC)),
    ("Message-ID", mid012),
], single(txt),
    "acknowledgement", False, CASE_A, [NEW, OLD],
    "case A opened from the personal address (a duplicate of B)", "echoes the form including both candidate IDs; 'please add details by replying' is not an ask")

# ---- 013 case B closed as a duplicate (case_update) ------------------------------
t = dt(2025, 6, 10, 2, 55, 3, UTC)
txt = """Hello Kenta,

We have since received the same request from kenta.morishita.k@gmail.com, which was
opened as case %s. Because that case comes from the address you want
to keep, we will handle the merge there.

I am closing this case (%s) as a duplicate. No further action is needed
on it and you do not have to reply to this message; all updates will come on case
%s.

Regards,
Hana
AWS Training and Certification Customer Support

-------- Original Message --------
From: AWS Training and Certification <%s>
Sent: 6/6/2025 9:12 AM
To: %s
Subject: %s

%s""" % (CASE_A, CASE_B, CASE_A, TC, ME_C, tc_subject(CASE_B, "RE:"), txt008)
add(t, inbound_tc(t, "013", ME_C) + ses_dkim(t, "013") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_C),
    ("Subject", tc_subject(CASE_B, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "013")),
    ("In-Reply-To", mid008),
    ("References", mid008),
], single(txt, cte="quoted-printable"),
    "case_update", False, CASE_B, [],
    "case B closed as duplicate of case A", "names two case numbers; quotes the earlier 'write from your personal address' request in full")

# ---- 014 case A on hold for the APN partner, with a buried question --------------
t = dt(2025, 6, 10, 7, 2, 45, UTC)
mid014 = ses_mid(t, "014")
txt014 = """Hi Kenta,

Thank you for reaching out to us.

While reviewing your request I found that the certification account registered to
k.morishita@hoshizora-sys.co.jp is linked to Hoshizora Systems' profile in the AWS
Partner Network. Certifications held by partner employees count toward the partner's
standing, so an account with an active partner association cannot be merged into
another account until that association has been released. I have placed your case on
hold and contacted our partner team, who will coordinate with your company's Partner
Central administrator. This normally takes three to five business days.

One thing that will help the partner team: are you still employed at Hoshizora
Systems, and if so, what will your last working day be?

I will update you as soon as I hear back from them.

Best regards,
Priya S.
AWS Training and Certification Customer Support

Case ID: %s
""" % CASE_A
html014 = html_wrap("""<p>Hi Kenta,</p>
<p>Thank you for reaching out to us.</p>
<p>While reviewing your request I found that the certification account registered to k.morishita@hoshizora-sys.co.jp is linked to Hoshizora Systems' profile in the AWS Partner Network. Certifications held by partner employees count toward the partner's standing, so an account with an active partner association cannot be merged into another account until that association has been released. I have placed your case on hold and contacted our partner team, who will coordinate with your company's Partner Central administrator. This normally takes three to five business days.</p>
<p>One thing that will help the partner team: are you still employed at Hoshizora Systems, and if so, what will your last working day be?</p>
<p>I will update you as soon as I hear back from them.</p>
<p>Best regards,<br>Priya S.<br>AWS Training and Certification Customer Support</p>
<p style="color:#687078;font-size:12px">Case ID: %s</p>""" % CASE_A)
add(t, inbound_tc(t, "014") + ses_dkim(t, "014") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE: ")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid014),
], multi("alternative", [single(txt014, cte="quoted-printable"), single(html014, "html", cte="quoted-printable")],
         "----=_Part_%d_%d.%d" % (int(h("014", 5), 16), int(h("014b", 5), 16), int(t.timestamp() * 1000))),
    "on_hold", True, CASE_A, [],
    "case A on hold: old account is tied to the APN partner; asks last working day",
    "the only ask is a question in the middle of a hold notice, phrased 'One thing that will help'")

# ---- 015 owner answers the hold question (user_reply) ---------------------------
t = dt(2025, 6, 10, 21, 36, 2)
mid015 = gmail_mid("015")
new015 = """Hi Priya,

Thank you for looking into this. Yes, I'm still at Hoshizora Systems. My last working
day is June 30, 2025, and the company mailbox (k.morishita@hoshizora-sys.co.jp) will be
shut down that evening. I have let our Partner Central administrator know that your
team may contact them.

Best regards,
Kenta Morishita
"""
txt = new015 + "\nOn Tue, Jun 10, 2025 at 4:02 PM AWS Training and Certification <%s> wrote:\n\n%s\n" % (
    TC, quote(txt014))
html = ("<div dir=\"ltr\">" + new015.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") +
        "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Tue, Jun 10, 2025 at 4:02 PM "
        "AWS Training and Certification &lt;<a href=\"mailto:%s\">%s</a>&gt; wrote:<br></div>"
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
        "padding-left:1ex\">%s</blockquote></div>\n" % (TC, TC, html014.split("<body")[1].split(">", 1)[1].split("</body>")[0]))
add(t, [
    ("From", addr(ME_NAME, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid015),
    ("Subject", tc_subject(CASE_A, "RE: ")),
    ("To", addr("AWS Training and Certification", TC)),
    ("In-Reply-To", mid014),
    ("References", "%s\n %s" % (mid012, mid014)),
], multi("alternative", [single(txt, cte="quoted-printable"), single(html, "html", cte="quoted-printable")],
         "000000000000%s" % h("015", 16)),
    "user_reply", False, CASE_A, [],
    "owner answers: last day June 30", "Gmail reply with the hold notice quoted under 'On ... wrote:'")

# ---- 016 other vendor's ticket closed (unrelated) --------------------------------
t = dt(2025, 6, 11, 1, 20, 55, UTC)
txt = """##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen this request, reply to this email.

Sanjay (Kumo Monitor Support)
Jun 11, 2025, 01:20 UTC

Hi Kenta,

The delayed webhook deliveries in ap-northeast-1 were caused by a queue backlog on our
side, which has been cleared. Since we have not heard back from you for 7 days, we are
marking this request as solved. If the delays come back, just reply here and the
request will reopen automatically.

Thanks,
Sanjay

How would you rate the support you received?
Good, I'm satisfied  https://kumomonitor.zendesk.com/requests/58213/satisfaction/good
Bad, I'm unsatisfied https://kumomonitor.zendesk.com/requests/58213/satisfaction/bad

This email is a service from Kumo Monitor Support. Delivered by Zendesk
[8M2KQ7-W1X9]
"""
add(t, m365_in(t, "support@kumomonitor.zendesk.com", "kumomonitor.zendesk.com", "192.161.151.20", "outbyip20.pod17.usw2.zdsys.com") + [
    ("From", addr("Sanjay (Kumo Monitor Support)", "support@kumomonitor.zendesk.com")),
    ("Reply-To", "Kumo Monitor Support <support+id58213@kumomonitor.zendesk.com>"),
    ("To", addr("Kenta Morishita", ME_C)),
    ("Subject", "[Kumo Monitor] Re: Alert webhooks delayed for ap-northeast-1"),
    ("Date", D(t)),
    ("Message-ID", "<8M2KQ7W1X9_6848d8a7c1f0e_1c8f3a_sprut@zendesk.com>"),
    ("In-Reply-To", "<8M2KQ7W1X9@zendesk.com>"),
    ("X-Zendesk-From-Account-Id", "1c8f3a"),
], single(txt),
    "unrelated", False, None, [],
    "another vendor's ticket marked solved for lack of reply", "looks like a closing notice with 'reply to reopen' and a rating survey, but not AWS")

# ---- 017 case A still on hold, nothing to do (on_hold) ---------------------------
t = dt(2025, 6, 11, 5, 47, 12, UTC)
mid017 = ses_mid(t, "017")
txt = """Hi Kenta,

Thanks for confirming your last working day. I've passed it on to the partner team.

Your case remains on hold until the Partner Network association on your old account is
removed. That step is with Hoshizora Systems' Partner Central administrator and with our
partner team, so there is nothing you need to do at the moment. I'll write again as soon
as the association is gone.

Best regards,
Priya S.
AWS Training and Certification Customer Support

Case ID: %s

> Hi Priya,
>
> Thank you for looking into this. Yes, I'm still at Hoshizora Systems. My last working
> day is June 30, 2025, and the company mailbox (k.morishita@hoshizora-sys.co.jp) will be
> shut down that evening.
""" % CASE_A
add(t, inbound_tc(t, "017") + ses_dkim(t, "017") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid017),
    ("In-Reply-To", mid015),
    ("References", "%s %s" % (mid014, mid015)),
], single(txt),
    "on_hold", False, CASE_A, [],
    "case A: hold continues, partner must act, nothing for the owner to do", "hold notice with explicit 'nothing you need to do'")

# ---- 018 AWS marketing, Japanese, HTML only (unrelated) --------------------------
t = dt(2025, 6, 12, 2, 0, 9, UTC)
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:18px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" width="60" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px">AWS Summit Japan 2025 オンデマンド配信を開始しました</h1>
<p>森下 健太 様</p>
<p>AWS Summit Japan にご登録いただき、ありがとうございました。基調講演と 150 以上のセッションを、7 月 11 日までオンデマンドでご覧いただけます。</p>
<p>AWS 認定をお持ちの方向けの「認定者ラウンジ」セッションも公開中です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit_od" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ視聴する</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">このメールは AWS からのお知らせを受け取る設定をされた方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table>""")
add(t, gmail_in(t, "bounces+mkt@mkto.amazon.com", "amazon.com", "199.15.213.141", "mail141.mkto-a.com") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=amazon.com; s=m1;\n\th=From:To:Subject:Date;\n\tb=" + b64fake("018")),
    ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_P),
    ("Subject", eh("【AWS Summit Japan】基調講演とセッションのオンデマンド配信を開始しました")),
    ("Date", D(t)),
    ("Message-ID", "<1190284753.31415926.1749693609@mkto.amazon.com>"),
    ("List-Unsubscribe", "<mailto:unsubscribe@mkto.amazon.com?subject=Unsubscribe>"),
], single(html, "html", cte="base64"),
    "unrelated", False, None, [],
    "AWS marketing mail in Japanese, HTML only", "genuine amazon.com sender, mentions AWS certification holders")

# ---- 019 recertification congratulations (certification) -------------------------
t = dt(2025, 6, 12, 6, 31, 40, UTC)
txt = """Hi Kenta,

Congratulations! You have recertified as an AWS Certified Solutions Architect - Associate.

Your certification is now valid through June 12, 2028. Your updated digital badge will be
issued through Credly, and you can download your certificate from your AWS Certification
account at any time.

Validation number: 7QRK2MV1FJEE1S3X

Thank you for keeping your skills current.

AWS Certification
"""
add(t, m365_in(t, "bounces@certmetrics.com", "certmetrics.com", "167.89.18.204", "o4.ptr4521.certmetrics.com") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=certmetrics.com; s=s1;\n\th=from:to:subject;\n\tb=" + b64fake("019")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_C),
    ("Subject", "You have recertified: AWS Certified Solutions Architect - Associate"),
    ("Date", D(t)),
    ("Message-ID", "<9xQ2Lm4WQaKxN0r7dT1bYg@geopod-ismtpd-7>"),
], single(txt),
    "certification", False, None, [],
    "recertification notice (SAA) to the company address", "congratulatory program mail while the merge case is open")

# ---- 020 AWS Partner Central: user unlinked (unrelated) ---------------------------
t = dt(2025, 6, 16, 8, 12, 0, UTC)
txt = """Hello Kenta Morishita,

An administrator of Hoshizora Systems K.K. has removed your user from the company's AWS
Partner Central account.

- Your training and certification records are no longer shared with Hoshizora Systems K.K.
- Any Partner Central roles you held have been revoked.

If you believe this was done in error, contact your Partner Central administrator.

AWS Partner Network
This is a system-generated message. Please do not reply.
"""
add(t, m365_in(t, "0100019778-partner@amazonses.com", "amazon.com", "54.240.27.18", "a27-18.smtp-out.us-west-2.amazonses.com") + ses_dkim(t, "020") + [
    ("From", addr("AWS Partner Network", "apn-no-reply@amazon.com")),
    ("To", ME_C),
    ("Subject", "AWS Partner Central: your user has been removed from Hoshizora Systems K.K."),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "020")),
], single(txt),
    "unrelated", False, None, [],
    "APN Partner Central: user unlinked from the company", "it is what case A waits for, but it is not case mail and carries no case number")

# ---- 021 case A: hold lifted (case_update) ---------------------------------------
t = dt(2025, 6, 17, 3, 18, 51, UTC)
mid021 = ses_mid(t, "021")
txt = """Hello Kenta,

Good news: our partner team tells me that the AWS Partner Network association has been
removed from your old certification account, so your case is no longer on hold.

I'm now preparing the merge. A colleague on the certification team will check both
accounts and write to you shortly with the details.

Best regards,
Priya S.
AWS Training and Certification Customer Support
""" + tc_footer(CASE_A)
add(t, inbound_tc(t, "021") + ses_dkim(t, "021") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid021),
], single(txt),
    "case_update", False, CASE_A, [],
    "case A: hold lifted, merge being prepared", "announces that someone 'will write shortly' — nothing to answer yet")

# ---- 022 spoofed T&C mail, DMARC fails (suspicious) ------------------------------
t = dt(2025, 6, 17, 19, 44, 20)
html = html_wrap("""<p>Hello,</p>
<p>Your AWS Training and Certification case requires verification before the account merge can be completed.</p>
<p>Our records show a mismatch between the name on your certification profile and your AWS Builder ID. To avoid the cancellation of your certifications, sign in and re-confirm your identity and billing address:</p>
<p><a href="http://aws-training-verify.support-portal.click/builderid/login?session=ab81f">https://www.aws.training/Certification/Verify</a></p>
<p>This link is valid for 12 hours.</p>
<p>Best regards,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px">Case ID: %s</p>""" % FAKE_1)
add(t, gmail_in(t, "info@mx-relay.support-portal.click", "amazon.com", "91.92.243.17", "mx-relay.support-portal.click",
                spf="fail", dkim="fail", dmarc="fail", dkim_d="amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("Reply-To", "aws-certification-verify@outlook.com"),
    ("To", ME_P),
    ("Subject", tc_subject(FAKE_1, "RE:")),
    ("Date", D(t)),
    ("Message-ID", "<%s@mx-relay.support-portal.click>" % h("022", 24)),
], single(html, "html", cte="quoted-printable"),
    "suspicious", False, None, [],
    "spoof of the real T&C sender; SPF, DKIM and DMARC fail",
    "From and subject format are exactly those of real case mail; only the Authentication-Results and link betray it")

# ---- 023 case A: confirmation request, HTML only with a table --------------------
t = dt(2025, 6, 18, 1, 7, 33, UTC)
mid023 = ses_mid(t, "023")
rows = [("Candidate ID", NEW, OLD),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Active certifications", "None", "SAA, DVA, SAP")]
table = "\n".join("<tr><td style=\"border:1px solid #aab7b8;padding:6px;background:#f2f3f3\"><b>%s</b></td>"
                  "<td style=\"border:1px solid #aab7b8;padding:6px\">%s</td>"
                  "<td style=\"border:1px solid #aab7b8;padding:6px\">%s</td></tr>" % r for r in rows)
html023 = html_wrap("""<p>Hello Kenta,</p>
<p>My name is Marco and I am taking over case %s now that the partner hold has been lifted.</p>
<p>I found the following two certification accounts:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><th style="border:1px solid #aab7b8;padding:6px"></th><th style="border:1px solid #aab7b8;padding:6px">Account #1</th><th style="border:1px solid #aab7b8;padding:6px">Account #2</th></tr>
%s
</table>
<p>When the accounts are merged, the exam history, certifications and benefits of Account #2 are moved to Account #1, and Account #2 is deactivated. A merge cannot be reversed.</p>
<p>Please reply to this email to confirm that both accounts belong to you and that we may merge them into <b>Account #1</b>. If you would prefer to keep Account #2 instead, just tell me and I will merge in the other direction.</p>
<p>Thank you,<br>Marco<br>AWS Training and Certification Customer Support</p>
<p style="color:#687078;font-size:11px">Case ID: %s</p>""" % (CASE_A, table, CASE_A))
add(t, inbound_tc(t, "023") + ses_dkim(t, "023") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid023),
], single(html023, "html", cte="base64"),
    "confirmation_request", True, CASE_A, [NEW, OLD],
    "case A: Account #1 / Account #2 table, asks to confirm the merge into #1",
    "HTML only, base64; the account details are in table cells; offers the other direction too")

# ---- 024 connpass reminder (unrelated) --------------------------------------------
t = dt(2025, 6, 18, 18, 0, 4)
txt = """森下 健太 さん

明日開催のイベントのリマインドです。

JAWS-UG 東京 #62 「認定資格の取り方・活かし方」
日時: 2025/06/19(木) 19:00〜21:00
会場: 目黒セントラルスクエア 21F
受付番号: 0412

参加できなくなった場合は、イベントページからキャンセルをお願いします。
https://jawsug.connpass.com/event/358120/

connpass
"""
add(t, gmail_in(t, "bounce@connpass.com", "connpass.com", "52.196.77.30", "mail.connpass.com") + [
    ("From", addr("connpass", "no-reply@connpass.com")),
    ("To", ME_P),
    ("Subject", eh("【リマインド】JAWS-UG 東京 #62 「認定資格の取り方・活かし方」は明日開催です")),
    ("Date", D(t)),
    ("Message-ID", "<20250618090004.%s@connpass.com>" % h("024", 12)),
], single(txt, cte="quoted-printable"),
    "unrelated", False, None, [],
    "community event reminder (Japanese)", "mentions certification and asks to cancel if not attending")

# ---- 025 colleague asks for a review (unrelated) ----------------------------------
t = dt(2025, 6, 19, 11, 5, 50)
mid025 = outlook_mid("025")
txt = """森下さん

田辺です。引き継ぎ資料 v1 ありがとうございます。
以下2点だけ確認させてください。

1. 本番アカウントのルートユーザーのMFAデバイスは誰が保管していますか？
2. 監視の Kumo Monitor の契約更新はいつでしょうか？

金曜中に回答いただけると助かります。

田辺
"""
add(t, [
    ("Received", "from OS3PR01MB5530.jpnprd01.prod.outlook.com (2603:1096:604:b1::5) by\n OS3PR01MB8874.jpnprd01.prod.outlook.com with HTTPS; " + D(t, UTC)),
    ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ("From", addr("田辺 優希", "y.tanabe@hoshizora-sys.co.jp", "iso-2022-jp")),
    ("To", addr("森下 健太", ME_C, "iso-2022-jp")),
    ("Subject", eh("RE: 引き継ぎ資料 v1", "iso-2022-jp")),
    ("Thread-Topic", eh("引き継ぎ資料 v1", "iso-2022-jp")),
    ("Date", D(t)),
    ("Message-ID", mid025),
    ("Content-Language", "ja-JP"),
], single(txt, charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "colleague's questions about the handover document", "direct questions with a deadline, but not support")

# ---- 026 case A: reminder to confirm (confirmation_request) ----------------------
t = dt(2025, 6, 21, 0, 40, 2, UTC)
mid026 = ses_mid(t, "026")
txt = """Hi Kenta,

Just checking in, as I haven't seen an answer to my message of June 18. Is Account #1
(kenta.morishita.k@gmail.com) the one you'd like to keep? As soon as I have your go-ahead
I'll run the merge.

Thanks,
Marco
AWS Training and Certification Customer Support

Case ID: %s

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, June 18, 2025 1:07 AM
To: %s
Subject: %s

Hello Kenta,

My name is Marco and I am taking over case %s now that the partner hold
has been lifted. I found the following two certification accounts:

Account #1
  Candidate ID: %s
  Login email: %s
Account #2
  Candidate ID: %s
  Login email: %s

Please reply to this email to confirm that both accounts belong to you and that we may
merge them into Account #1.
""" % (CASE_A, ME_P, tc_subject(CASE_A, "RE:"), CASE_A, NEW, ME_P, OLD, ME_C)
add(t, inbound_tc(t, "026") + ses_dkim(t, "026") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid026),
    ("In-Reply-To", mid023),
    ("References", mid023),
], single(txt),
    "confirmation_request", True, CASE_A, [],
    "case A: short reminder asking which account to keep", "the new text is a bare question ('Is Account #1 the one…?'); IDs only in the quoted original")

# ---- 027 case A: closed for no reply (closing_notice) ----------------------------
t = dt(2025, 6, 24, 1, 0, 17, UTC)
mid027 = ses_mid(t, "027")
txt = """Hello,

We have not received a reply to our last message, so case %s has been closed.

If you still need help with this request, reply to this email within 14 days and the case
will be reopened with your message. After that, please submit a new request through the
contact form.

AWS Training and Certification Customer Support
""" % CASE_A
html = html_wrap("""<p>Hello,</p>
<p>We have not received a reply to our last message, so case <b>%s</b> has been closed.</p>
<p>If you still need help with this request, reply to this email within 14 days and the case will be reopened with your message. After that, please submit a new request through the contact form.</p>
<p>AWS Training and Certification Customer Support</p>""" % CASE_A)
add(t, inbound_tc(t, "027") + ses_dkim(t, "027") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid027),
], multi("alternative", [single(txt), single(html, "html", cte="quoted-printable")],
         "=_%s" % h("027", 28)),
    "closing_notice", True, CASE_A, [],
    "case A closed for lack of reply; reply within 14 days reopens it",
    "past tense 'has been closed'; the ask is conditional in form but the owner still wants the merge")

# ---- 028 owner confirms (user_reply), plain text top-posted ----------------------
t = dt(2025, 6, 24, 22, 14, 38)
mid028 = gmail_mid("028")
txt = """Hello Marco,

Sorry for the slow reply, it was my last full week at work. Confirmed: both accounts are
mine. Please merge Account #2 (%s, %s) into Account #1 (%s, %s).

Thank you,
Kenta Morishita

On Tue, Jun 24, 2025 at 10:00 AM AWS Training and Certification <%s> wrote:
> Hello,
>
> We have not received a reply to our last message, so case %s has been closed.
>
> If you still need help with this request, reply to this email within 14 days and the case
> will be reopened with your message. After that, please submit a new request through the
> contact form.
>
> AWS Training and Certification Customer Support
>
> On Sat, Jun 21, 2025 at 9:40 AM AWS Training and Certification <%s> wrote:
>> Hi Kenta,
>>
>> Just checking in, as I haven't seen an answer to my message of June 18. Is Account #1
>> (kenta.morishita.k@gmail.com) the one you'd like to keep? As soon as I have your go-ahead
>> I'll run the merge.
>>
>> Thanks,
>> Marco
>>
>> -----Original Message-----
>> Account #1
>>   Candidate ID: %s
>>   Login email: %s
>> Account #2
>>   Candidate ID: %s
>>   Login email: %s
>>
>> Please reply to this email to confirm that both accounts belong to you and that we may
>> merge them into Account #1.
""" % (ME_C, OLD, ME_P, NEW, TC, CASE_A, TC, NEW, ME_P, OLD, ME_C)
add(t, [
    ("From", addr(ME_NAME, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid028),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("To", TC),
    ("In-Reply-To", mid027),
    ("References", "%s %s %s" % (mid023, mid026, mid027)),
], single(txt, charset="utf-8", cte="7bit", extra="; format=flowed"),
    "user_reply", False, CASE_A, [OLD, NEW],
    "owner confirms the merge into Account #1", "top-posted over two levels of quoted requests; candidate IDs in both new and quoted text")

# ---- 029 case A: reply received (acknowledgement) ---------------------------------
t = dt(2025, 6, 24, 13, 16, 2, UTC)
txt = """Thank you for your reply.

Your message has been received and added to case %s. A member of our team
will review it and respond, usually within one business day. There is no need to send it
again.

AWS Training and Certification Customer Support
""" % CASE_A
add(t, inbound_tc(t, "029") + ses_dkim(t, "029") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "029")),
    ("In-Reply-To", mid028),
    ("References", mid028),
    ("Auto-Submitted", "auto-replied"),
], single(txt),
    "acknowledgement", False, CASE_A, [],
    "case A: automatic receipt of the owner's reply", "auto-reply inside an ongoing case; 'no need to send it again'")

# ---- 030 colleague's out-of-office (unrelated) ------------------------------------
t = dt(2025, 6, 25, 9, 2, 11)
txt = """お疲れさまです。田辺です。
6/25(水)〜6/26(木)は休暇のため不在にしております。
6/27(金)以降に順次返信いたします。
お急ぎの場合は インフラチーム (infra@hoshizora-sys.co.jp) までご連絡ください。
"""
add(t, [
    ("Received", "from OS3PR01MB5530.jpnprd01.prod.outlook.com (2603:1096:604:b1::5) by\n OS3PR01MB8874.jpnprd01.prod.outlook.com with HTTPS; " + D(t, UTC)),
    ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ("From", addr("田辺 優希", "y.tanabe@hoshizora-sys.co.jp", "iso-2022-jp")),
    ("To", addr("森下 健太", ME_C, "iso-2022-jp")),
    ("Subject", eh("自動応答: 引き継ぎ資料 v2（最終版）", "iso-2022-jp")),
    ("Thread-Topic", eh("引き継ぎ資料 v2（最終版）", "iso-2022-jp")),
    ("Date", D(t)),
    ("Message-ID", outlook_mid("030")),
    ("Auto-Submitted", "auto-replied"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "y.tanabe@hoshizora-sys.co.jp"),
    ("Content-Language", "ja-JP"),
], single(txt, charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "colleague's out-of-office auto-reply (Japanese)", "auto-reply, like support's receipt mail, but internal")

# ---- 031 case A: merged (resolved) with quoted history ----------------------------
t = dt(2025, 6, 25, 4, 27, 40, UTC)
mid031 = ses_mid(t, "031")
txt031 = """Hello Kenta,

Thank you for confirming. The merge is complete: the exam history, certifications and
benefits that were on Account #2 are now on Account #1, and Account #2 has been
deactivated. You can see everything by signing in with the AWS Builder ID for
kenta.morishita.k@gmail.com.

Your Credly badges will follow within about 48 hours.

If you notice anything missing, you are welcome to reply to this email within the next
seven days.

Best regards,
Marco
AWS Training and Certification Customer Support

Case ID: %s

-----Original Message-----
From: Kenta Morishita <%s>
Sent: Tuesday, June 24, 2025 1:14 PM
To: %s
Subject: %s

Hello Marco,

Sorry for the slow reply, it was my last full week at work. Confirmed: both accounts are
mine. Please merge Account #2 (%s, %s) into Account #1 (%s, %s).

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, June 18, 2025 1:07 AM
Subject: %s

Please reply to this email to confirm that both accounts belong to you and that we may
merge them into Account #1. If you would prefer to keep Account #2 instead, just tell me
and I will merge in the other direction.
""" % (CASE_A, ME_P, TC, tc_subject(CASE_A, "RE:"), ME_C, OLD, ME_P, NEW, tc_subject(CASE_A, "RE:"))
add(t, inbound_tc(t, "031") + ses_dkim(t, "031") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid031),
    ("In-Reply-To", mid028),
    ("References", "%s %s" % (mid023, mid028)),
], single(txt031, cte="quoted-printable"),
    "resolved", False, CASE_A, [],
    "case A: merge done", "conditional 'you are welcome to reply within seven days'; the old confirmation request is quoted below")

# ---- 032 owner: voucher missing (user_reply) -------------------------------------
t = dt(2025, 6, 25, 21, 3, 55)
mid032 = gmail_mid("032")
new = """Hi Marco,

Thanks a lot, the certifications and the exam history all show up on the new account now.

One thing is missing, though: the 50%% exam discount voucher from the old account doesn't
appear under Benefits on Account #1 (%s). On the old account it was listed as valid
until February 28, 2026.

Best regards,
Kenta
""" % NEW
txt = new + "\nOn Wed, Jun 25, 2025 at 1:27 PM AWS Training and Certification <%s> wrote:\n%s\n" % (
    TC, quote(txt031.split("-----Original Message-----")[0].rstrip()))
html = "<div dir=\"ltr\">%s</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Wed, Jun 25, 2025 at 1:27 PM AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>\n" % (
    new.replace("\n", "<br>\n"), TC, txt031.split("-----Original Message-----")[0].replace("\n", "<br>\n"))
add(t, [
    ("From", addr(ME_NAME, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid032),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("To", addr("AWS Training and Certification", TC)),
    ("In-Reply-To", mid031),
    ("References", "%s %s %s" % (mid023, mid028, mid031)),
], multi("alternative", [single(txt, cte="quoted-printable"), single(html, "html", cte="quoted-printable")],
         "000000000000%s" % h("032", 16)),
    "user_reply", False, CASE_A, [NEW],
    "owner reports the exam voucher missing after the merge", "owner's own message that states a problem; quotes the resolution")

# ---- 033 case A reopened, passed to benefits team (case_update) ------------------
t = dt(2025, 6, 26, 0, 52, 9, UTC)
txt = """Hi Kenta,

Thanks for letting me know. I've reopened your case and handed the voucher question to
our Certification Benefits team, who manage exam vouchers. They are looking into it now
and one of them will write to you on this thread.

Best regards,
Marco
AWS Training and Certification Customer Support

Case ID: %s
""" % CASE_A
add(t, inbound_tc(t, "033") + ses_dkim(t, "033") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "033")),
    ("In-Reply-To", mid032),
    ("References", "%s %s" % (mid031, mid032)),
], single(txt),
    "case_update", False, CASE_A, [],
    "case A reopened and passed to the benefits team", "hand-off news; 'will write to you' is not an ask")

# ---- 034 case A: benefits team asks questions (info_request) ---------------------
t = dt(2025, 6, 26, 6, 30, 44, UTC)
mid034 = ses_mid(t, "034")
txt034 = """Hello Kenta,

I'm Lena from the AWS Certification Benefits team, and I've picked up the voucher part of
your case.

Exam vouchers are tied to the account they were issued on, and a merge does not always
carry them across: if a voucher was already attached to an exam registration, it stays
with that registration. To work out which situation applies here, two details from you:

- the voucher code that was shown on the old account's Benefits page, and
- whether you had already used it to book an exam with Pearson VUE.

A screenshot of the old Benefits page works just as well, if you saved one before the
merge.

Regards,
Lena K.
AWS Certification Benefits
"""
html034 = html_wrap("""<p>Hello Kenta,</p>
<p>I'm Lena from the AWS Certification Benefits team, and I've picked up the voucher part of your case.</p>
<p>Exam vouchers are tied to the account they were issued on, and a merge does not always carry them across: if a voucher was already attached to an exam registration, it stays with that registration. To work out which situation applies here, two details from you:</p>
<ul><li>the voucher code that was shown on the old account's Benefits page, and</li>
<li>whether you had already used it to book an exam with Pearson VUE.</li></ul>
<p>A screenshot of the old Benefits page works just as well, if you saved one before the merge.</p>
<p>Regards,<br>Lena K.<br>AWS Certification Benefits</p>
<hr><p style="font-size:11px;color:#687078">Case ID: %s</p>""" % CASE_A)
add(t, inbound_tc(t, "034") + ses_dkim(t, "034") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE: ")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid034),
], multi("alternative", [single(txt034 + "\nCase ID: %s\n" % CASE_A, cte="quoted-printable"),
                         single(html034, "html", cte="base64")], "_000_%s_" % h("034", 20)),
    "info_request", True, CASE_A, [],
    "case A: benefits team needs the voucher code and whether it was used",
    "no 'please' and no question mark: 'two details from you' followed by a list")

# ---- 035 owner answers with a screenshot (user_reply), multipart/mixed -----------
t = dt(2025, 6, 26, 19, 48, 12)
mid035 = gmail_mid("035")
txt = """Hi Lena,

The code on the old account was CERT50-7KQD-M2XH-91PA, valid until 2026-02-28. I had not
booked any exam with it. A screenshot of the old Benefits page I took on June 4 is attached.

Best regards,
Kenta Morishita

On Thu, Jun 26, 2025 at 3:30 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(txt034))
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
add(t, [
    ("From", addr(ME_NAME, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid035),
    ("Subject", tc_subject(CASE_A, "RE: ")),
    ("To", addr("AWS Training and Certification", TC)),
    ("In-Reply-To", mid034),
    ("References", "%s %s %s" % (mid031, mid032, mid034)),
], multi("mixed", [single(txt, cte="quoted-printable"),
                   attachment("benefits-2025-06-04.png", png, "image/png")], "000000000000%s" % h("035", 16)),
    "user_reply", False, CASE_A, [],
    "owner answers with the voucher code and a screenshot", "multipart/mixed with an image; voucher code looks like an identifier")

# ---- 036 case A: voucher reissued (resolved), quotes the earlier questions -------
t = dt(2025, 6, 27, 2, 15, 0, UTC)
mid036 = ses_mid(t, "036")
txt = """Hello Kenta,

Thank you for the code and the screenshot. The old voucher had not been used, so I have
deactivated it and issued a replacement 50%% discount voucher on Account #1. It now shows
on your Benefits page and is valid through February 28, 2026, the same date as before.

With that, everything you asked for has been taken care of and this case is now resolved.

Regards,
Lena K.
AWS Certification Benefits

Case ID: %s

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, June 26, 2025 6:30 AM
To: %s
Subject: %s

%s""" % (CASE_A, TC, ME_P, tc_subject(CASE_A, "RE: "), txt034)
add(t, inbound_tc(t, "036") + ses_dkim(t, "036") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_A, "RE: ")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid036),
    ("In-Reply-To", mid035),
    ("References", "%s %s" % (mid034, mid035)),
], single(txt, cte="quoted-printable"),
    "resolved", False, CASE_A, [],
    "case A: replacement voucher issued, case resolved",
    "the benefits team's earlier request ('two details from you') is quoted in full under the resolution")

# ---- 037 Credly badge issued (badge) -------------------------------------------
t = dt(2025, 6, 27, 3, 2, 41, UTC)
txt = """Kenta, you have a new badge from Amazon Web Services Training and Certification

AWS Certified Solutions Architect - Professional

Accept your badge to add it to your Credly profile and share it:
https://www.credly.com/badges/8f3a1c52-6d0e-4b7e-9a51-2f0c93d7e4aa/accept

Credly by Pearson
You received this email because an organization issued you a badge through Credly.
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<h2>Kenta, you have a new badge from Amazon Web Services Training and Certification</h2>
<img src="https://images.credly.com/size/340x340/images/aws-sap.png" width="160" alt="badge">
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/badges/8f3a1c52-6d0e-4b7e-9a51-2f0c93d7e4aa/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly by Pearson. You received this email because an organization issued you a badge through Credly.</p>
</div>""")
add(t, gmail_in(t, "bounce@mail.credly.com", "credly.com", "149.72.163.19", "o5.mail.credly.com", dmarc_policy="REJECT") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com; s=s1;\n\th=from:to:subject;\n\tb=" + b64fake("037")),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_P),
    ("Subject", "Kenta, you have a new badge from Amazon Web Services Training and Certification"),
    ("Date", D(t)),
    ("Message-ID", "<%s@geopod-ismtpd-3>" % b64fake("037m", 22)),
], multi("alternative", [single(txt), single(html, "html", cte="quoted-printable")], "%s" % h("037", 32)),
    "badge", False, None, [],
    "Credly: badge to accept after the merge", "'accept your badge' call to action; arrives right after the resolution")

# ---- 038 case A satisfaction survey (survey) --------------------------------------
t = dt(2025, 6, 28, 1, 0, 3, UTC)
html = html_wrap("""<p>Hello Kenta,</p>
<p>Your recent request to AWS Training and Certification (case %s) was resolved. Would you take a minute to tell us how we did?</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws-training-support.amazon.com/s/8Q2Z?case=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/8Q2Z?case=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/8Q2Z?case=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/8Q2Z?case=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/8Q2Z?case=%s&amp;r=5">5</a></td>
</tr><tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>Your answers go to the team that handled your case and help us improve.</p>
<p style="font-size:11px;color:#687078">This survey link expires in 14 days. Please do not reply to this email.</p>""" % ((CASE_A,) * 6))
add(t, gmail_in(t, "0101019785-survey@amazonses.com", "amazon.com", "54.240.27.55", "a27-55.smtp-out.us-west-2.amazonses.com") + ses_dkim(t, "038") + [
    ("From", addr("AWS Training and Certification", "aws-tc-survey@amazon.com")),
    ("To", ME_P),
    ("Subject", "How did we do? Case %s" % CASE_A),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "038")),
], single(html, "html", cte="quoted-printable"),
    "survey", False, CASE_A, [],
    "satisfaction survey for case A", "'Would you take a minute…' is a question but only a survey")

# ---- 039 Skill Builder receipt (unrelated) ---------------------------------------
t = dt(2025, 6, 28, 4, 11, 26, UTC)
txt = """Thank you for your purchase.

AWS Skill Builder Individual subscription - monthly
Order number: SB-2025-0628-77310452
Billing period: Jun 28, 2025 - Jul 27, 2025
Amount: USD 29.00 (tax included)
Payment: Visa ending in 4417

Manage your subscription: https://skillbuilder.aws/subscriptions

This is a receipt for your records. No action is needed.
AWS Training and Certification
"""
add(t, gmail_in(t, "0101019786-receipts@amazonses.com", "aws.training", "54.240.27.60", "a27-60.smtp-out.us-west-2.amazonses.com",
                dkim_d="aws.training") + [
    ("From", addr("AWS Training and Certification", "no-reply@aws.training")),
    ("To", ME_P),
    ("Subject", "Your AWS Skill Builder receipt (SB-2025-0628-77310452)"),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "039")),
], single(txt),
    "unrelated", False, None, [],
    "Skill Builder subscription receipt", "display name 'AWS Training and Certification'; order number")

# ---- 040 Credly lookalike (suspicious) -------------------------------------------
t = dt(2025, 6, 29, 16, 22, 9)
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p><b>Credly</b></p>
<p>Dear Earner,</p>
<p>We detected that your AWS certification badges are linked to more than one account. Following the recent merge of your AWS Certification accounts, your badges will be <b>revoked on July 1</b> unless you re-verify your Credly profile.</p>
<p><a href="https://credly-badge-verify.com/earner/verify?id=8f3a1c52">Re-verify my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</div>""")
add(t, gmail_in(t, "noreply@credly-badge-verify.com", "credly-badge-verify.com", "45.137.21.9", "vps21-9.hostwindsdns.net",
                spf="neutral", dkim="none", dmarc="none", dmarc_policy="NONE") + [
    ("From", addr("Credly Notifications", "noreply@credly-badge-verify.com")),
    ("To", ME_P),
    ("Subject", "Action needed: your AWS badges will be revoked on July 1"),
    ("Date", D(t)),
    ("Message-ID", "<%s@credly-badge-verify.com>" % h("040", 20)),
], single(html, "html", cte="base64"),
    "suspicious", False, None, [],
    "phishing imitating Credly, refers to the merge", "plausible story (merge just happened), lookalike domain, no DKIM")

# ---- 041 new employer onboarding (unrelated) ---------------------------------------
t = dt(2025, 7, 1, 9, 30, 0)
txt = """森下 健太 様

本日よりよろしくお願いいたします。株式会社ミライクラウドワークス 人事部の川口です。

入社手続きの一環として、以下を 7 月 4 日（金）までにご提出ください。
- 保有資格の証明書の写し（AWS 認定をお持ちの場合は認定証明書の PDF、または Credly のバッジ URL）
- 通勤経路申請

ご提出は社内ポータルの「入社手続き」からお願いいたします。

人事部 川口
"""
add(t, gmail_in(t, "hr@miraicloud.co.jp", "miraicloud.co.jp", "40.107.114.55", "JPN01-OS2-obe.outbound.protection.outlook.com",
                dmarc_policy="NONE") + [
    ("From", addr("川口 彩", "hr@miraicloud.co.jp")),
    ("To", addr("森下 健太", ME_P)),
    ("Subject", eh("【入社手続き】ご提出書類のお願い（7/4締切）")),
    ("Date", D(t)),
    ("Message-ID", outlook_mid("041x")),
], single(txt, cte="quoted-printable"),
    "unrelated", False, None, [],
    "new employer asks for certification proof", "explicit request with a deadline about AWS certificates, not support")

# ---- 042 Amazon.co.jp shipping (unrelated) ---------------------------------------
t = dt(2025, 7, 1, 11, 45, 12)
txt = """Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-8843126-5529914
お届け予定: 7月2日(水)
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 改訂版 ほか 1 点

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

Amazon.co.jp
"""
add(t, gmail_in(t, "2025070102451249a8e1@amazon.co.jp", "amazon.co.jp", "52.95.48.30", "smtp-out-1530.amazon.co.jp", dmarc_policy="QUARANTINE") + [
    ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
    ("To", ME_P),
    ("Subject", eh("Amazon.co.jp ご注文の商品を発送しました")),
    ("Date", D(t)),
    ("Message-ID", "<0100019%s@email.amazon.co.jp>" % h("042", 18)),
], single(txt, charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "Amazon.co.jp shipping notice for a certification book", "Amazon, not AWS; ISO-2022-JP")

# ---- console helpers ------------------------------------------------------------
def console_link(case):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % case


def console_footer(case):
    return ("\nTo see this case and add your reply, open the AWS Support Center:\n%s\n\n"
            "This message comes from an address that does not receive mail. Replies sent to it are\n"
            "not added to your case; please use the link above instead.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n") % console_link(case)


C_SUBJ = "Certification badges missing in Credly after account merge"


def console_mail(t, seed, subject, text, to=ME_P, html=None):
    hdr = inbound_tc(t, seed, to) + ses_dkim(t, seed) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", to),
        ("Subject", subject),
        ("Date", D(t, UTC)),
        ("Message-ID", ses_mid(t, seed, "us-east-1")),
    ]
    if html:
        return hdr, multi("alternative", [single(text, cte="quoted-printable"), single(html, "html", cte="quoted-printable")],
                          "----=_Part_%s" % h(seed, 18))
    return hdr, single(text, cte="quoted-printable")


# ---- 043 case C opened in the Support Center (acknowledgement) -------------------
t = dt(2025, 7, 1, 23, 3, 40, UTC)
txt = """Hello,

Your AWS Support case has been created.

Case ID: %s
Subject: %s
Severity: General guidance
Service: AWS Training and Certification
Correspondence: My two certification accounts were merged on June 25 (case
%s). Since then only the Solutions Architect - Professional badge has
arrived in Credly; the Solutions Architect - Associate and Developer - Associate badges are
missing. Please check the Credly link for my merged account.

An AWS Support representative will respond as soon as possible.
""" % (CASE_C, C_SUBJ, CASE_A) + console_footer(CASE_C)
hdr, body = console_mail(t, "043", "Amazon Web Services: New Support case: %s" % CASE_C, txt)
add(t, hdr, body, "acknowledgement", False, CASE_C, [],
    "case C (Support Center console) created", "console template; mentions case A's number in the user's own correspondence")

# ---- 044 case C: details needed, answer in the console (info_request) ------------
t = dt(2025, 7, 3, 2, 41, 15, UTC)
txt = """Hello Kenta,

Thank you for contacting AWS Support. I have reviewed your case together with the AWS
Training and Certification team.

To check the Credly side, we need two details: the e-mail address your Credly account is
registered with, and the candidate ID shown in the upper right corner of your AWS
Certification account. Kindly add both to this case through the Support Center; answers
sent by e-mail do not reach us.

Best regards,
Ravi G.
Amazon Web Services

Was this response helpful? Rate it in the Support Center using the link below.
""" + console_footer(CASE_C)
hdr, body = console_mail(t, "044", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), txt)
mid044 = hdr[[k for k, v in hdr].index("Message-ID")][1]
add(t, hdr, body, "info_request", True, CASE_C, [],
    "case C: asks for the Credly e-mail and candidate ID, to be entered in the Support Center",
    "the reply must go through the console, not e-mail; rating footer")

# ---- 045 owner replies by e-mail anyway (user_reply) ------------------------------
t = dt(2025, 7, 3, 12, 20, 31)
mid045 = gmail_mid("045")
txt045 = """Hi Ravi,

Credly account e-mail: kenta.morishita.k@gmail.com
Candidate ID: %s

Thanks,
Kenta Morishita

On Thu, Jul 3, 2025 at 11:41 AM Amazon Web Services <%s> wrote:
> Hello Kenta,
>
> Thank you for contacting AWS Support. I have reviewed your case together with the AWS
> Training and Certification team.
>
> To check the Credly side, we need two details: the e-mail address your Credly account is
> registered with, and the candidate ID shown in the upper right corner of your AWS
> Certification account. Kindly add both to this case through the Support Center; answers
> sent by e-mail do not reach us.
""" % (NEW, CONSOLE)
add(t, [
    ("From", addr(ME_NAME, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid045),
    ("Subject", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ)),
    ("To", addr("Amazon Web Services", CONSOLE)),
    ("In-Reply-To", mid044),
    ("References", mid044),
], single(txt045),
    "user_reply", False, CASE_C, [NEW],
    "owner answers case C by e-mail to the no-reply address", "the answer goes nowhere: support is still waiting (but this mail is the owner's own)")

# ---- 046 bounce of 045 (unrelated) -------------------------------------------------
t = dt(2025, 7, 3, 12, 20, 39)
report = """
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox unavailable
"""
html = html_wrap("<p><b>Address not found</b></p><p>Your message wasn't delivered to <b>no-reply-aws@amazon.com</b> because the address couldn't be found, or is unable to receive mail.</p><p>The response from the remote server was:</p><pre>550 5.1.1 &lt;no-reply-aws@amazon.com&gt;: Recipient address rejected: mailbox unavailable</pre>")
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kenta.morishita.k@gmail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox unavailable
Last-Attempt-Date: %s
""" % (D(t - timedelta(seconds=8)), D(t))
orig = ("From: Kenta Morishita <%s>\nDate: %s\nMessage-ID: %s\nSubject: RE:[CASE %s] %s\nTo: Amazon Web Services <%s>\n"
        "Content-Type: text/plain; charset=\"utf-8\"\n\n%s" % (ME_P, D(t - timedelta(seconds=8)), mid045, CASE_C, C_SUBJ,
                                                             CONSOLE, txt045))
parts = [multi("alternative", [single(report), single(html, "html")], "000000000000%s" % h("046a", 16)),
         (["Content-Type: message/delivery-status"], dsn.encode()),
         (["Content-Type: message/rfc822"], orig.encode())]
add(t, [
    ("Delivered-To", ME_P),
    ("Received", "by 2002:a05:7300:6d14:b0:1e1:4c2:91b0 with SMTP id 8f1e2d3c4b5a;\n        " + D(t.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"),
    ("Return-Path", "<>"),
    ("Received", "by 2002:a05:6870:8a0c:b0:2d4:1f3e:77a1 with SMTP id 6a0e4f3b9c2d;\n        " + D(t.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"),

    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", ME_P),
    ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", mid045),
    ("In-Reply-To", mid045),
    ("X-Failed-Recipients", CONSOLE),
    ("Date", D(t)),
    ("Message-ID", "<%s@mx.google.com>" % h("046", 24)),
], (lambda p: (['Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % "000000000000%s" % h("046", 16)],
               p[1]))(multi("report", parts, "000000000000%s" % h("046", 16))),
    "unrelated", False, CASE_C, [],
    "Gmail bounce of the owner's e-mail to no-reply-aws@amazon.com",
    "multipart/report with the original attached (case number and candidate ID inside); not written by support")

# ---- 047 case C: will auto-resolve without a reply (closing_notice) ---------------
t = dt(2025, 7, 6, 2, 5, 0, UTC)
txt = """Hello,

We haven't heard back from you on case %s. If we do not receive a response,
the case will be resolved automatically in 3 days.

To keep the case open, add a reply in the Support Center. A resolved case can still be
reopened for 14 days.

Best regards,
Amazon Web Services
""" % CASE_C + console_footer(CASE_C)
hdr, body = console_mail(t, "047", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), txt)
add(t, hdr, body, "closing_notice", True, CASE_C, [],
    "case C: reminder that the case auto-resolves in 3 days", "template text; the reply must go through the console")

# ---- 048 AWS Certification program survey (certification) -----------------------
t = dt(2025, 7, 7, 0, 30, 11, UTC)
html = html_wrap("""<p>Hello Kenta,</p>
<p>You recently recertified as an AWS Certified Solutions Architect - Associate. We'd like to hear about your experience with the exam and the recertification process.</p>
<p>The survey takes about 8 minutes and is anonymous.</p>
<p><a href="https://certmetrics.com/amazon/survey/start?sid=44721">Start the survey</a></p>
<p>Thank you for helping us improve AWS Certification.</p>
<p style="font-size:11px;color:#687078">AWS Certification &middot; This mailbox is not monitored.</p>""")
add(t, gmail_in(t, "bounces@certmetrics.com", "certmetrics.com", "167.89.18.204", "o4.ptr4521.certmetrics.com", dmarc_policy="NONE") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=certmetrics.com; s=s1;\n\th=from:to:subject;\n\tb=" + b64fake("048")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_P),
    ("Subject", "Share your recertification experience with AWS Certification"),
    ("Date", D(t)),
    ("Message-ID", "<%s@geopod-ismtpd-9>" % b64fake("048m", 22)),
], single(html, "html", cte="quoted-printable"),
    "certification", False, None, [],
    "AWS Certification program survey about the exam (not a case)",
    "a feedback request, but about the certification programme, not a support case; first mail to the personal address")

# ---- 049 case C: escalated to the Credly integration team (case_update) -----------
t = dt(2025, 7, 8, 1, 12, 7, UTC)
txt = """Hello Kenta,

Thank you for adding the details to the case. The candidate ID you gave matches the merged
account, but the Credly record still points to the old one. I have engaged the team that
runs our Credly integration so they can send the badge data again. This usually takes two
to three business days; I'll update the case when they are done.

Best regards,
Ravi G.
Amazon Web Services
""" + console_footer(CASE_C)
hdr, body = console_mail(t, "049", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), txt)
add(t, hdr, body, "case_update", False, CASE_C, [],
    "case C: details received, escalated to the Credly integration team",
    "news only; implies the owner answered in the console (not visible in the mailbox)")

# ---- 050 AWS billing console case asking for information (unrelated) -------------
t = dt(2025, 7, 8, 3, 44, 50, UTC)
txt = """Hello,

Thank you for contacting AWS Billing and Account support about the charge of USD 3.27 on
your May invoice for account 482193746015.

The charge comes from an Elastic IP address in the Tokyo Region (ap-northeast-1) that was
allocated but not attached to a running instance. Could you tell us whether you still need
this address? If not, release it and let us know, and we will review the charge for a
one-time credit.

Best regards,
Mei L.
Amazon Web Services
""" + console_footer(CASE_X)
hdr, body = console_mail(t, "050", "RE:[CASE %s] Unexpected charge on May invoice" % CASE_X, txt)
add(t, hdr, body, "unrelated", False, CASE_X, [],
    "AWS Billing support case (Support Center) asking a question",
    "same sender and subject shape as a T&C console case, and a real question; but it is a billing case")

# ---- 051 case C: check and report back (info_request) ----------------------------
t = dt(2025, 7, 9, 6, 2, 30, UTC)
txt = """Hello Kenta,

The Credly integration team has re-sent the badge data for your merged account. Kindly
confirm in the Support Center whether the Solutions Architect - Associate and Developer -
Associate badges now appear in your Credly wallet. We will keep the case open until we
hear from you.

Best regards,
Ravi G.
Amazon Web Services
""" + console_footer(CASE_C)
hdr, body = console_mail(t, "051", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), txt)
add(t, hdr, body, "info_request", True, CASE_C, [],
    "case C: asks the owner to check Credly and report back in the console",
    "'Kindly confirm' is not a merge confirmation; answer goes through the console")

# ---- 052 Credly: two badges to accept (badge) --------------------------------------
t = dt(2025, 7, 9, 7, 40, 2, UTC)
txt = """You have 2 new badges waiting

Amazon Web Services Training and Certification issued you:
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

Accept them here: https://www.credly.com/earner/earned/pending

Credly by Pearson
"""
add(t, gmail_in(t, "bounce@mail.credly.com", "credly.com", "149.72.163.19", "o5.mail.credly.com", dmarc_policy="REJECT") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com; s=s1;\n\th=from:to:subject;\n\tb=" + b64fake("052")),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_P),
    ("Subject", "You have 2 new badges waiting to be accepted"),
    ("Date", D(t)),
    ("Message-ID", "<%s@geopod-ismtpd-5>" % b64fake("052m", 22)),
], single(txt),
    "badge", False, None, [],
    "Credly: two badges pending acceptance", "'waiting' and a call to action")

# ---- 053 case C resolved, with rating footer (resolved) --------------------------
t = dt(2025, 7, 10, 0, 58, 44, UTC)
txt = """Hello Kenta,

Thank you for confirming that all three badges now show in your Credly wallet. As the
issue is fixed, I am marking this case as resolved. If something else comes up, you can
reopen it from the Support Center within the next 14 days.

Best regards,
Ravi G.
Amazon Web Services

We'd appreciate your feedback: please rate this response in the Support Center.
""" + console_footer(CASE_C)
hdr, body = console_mail(t, "053", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), txt)
add(t, hdr, body, "resolved", False, CASE_C, [],
    "case C resolved", "'Thank you for confirming'; conditional reopen; rating footer")

# ---- 054 case C survey (survey) --------------------------------------------------
t = dt(2025, 7, 11, 4, 0, 0, UTC)
txt = """Hello,

Your AWS Support case %s was recently resolved.

Please tell us about your experience by answering 3 short questions:
https://pulse.aws/survey/9QK2M1VX?caseId=%s

Your feedback is reviewed by our support leadership and helps us improve.

Thank you,
AWS Support
""" % (CASE_C, CASE_C) + console_footer(CASE_C)
hdr, body = console_mail(t, "054", "AWS Support: tell us about your experience with case %s" % CASE_C, txt)
add(t, hdr, body, "survey", False, CASE_C, [],
    "AWS Support survey for case C", "same sender as the case; contains the console footer")

# ---- 055 Credly: badge expiring (badge) --------------------------------------------
t = dt(2025, 7, 12, 9, 15, 30, UTC)
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p>Hi Kenta,</p>
<p>Your badge <b>AWS Certified Developer - Associate</b>, issued by Amazon Web Services Training and Certification, expires on <b>September 14, 2025</b>.</p>
<p>Check with the issuer for ways to renew it.</p>
<p><a href="https://www.credly.com/badges/2b7d3e90-11c4-4f6e-8c0a-7d2f4b9e1a05">View badge</a></p>
<p style="font-size:11px;color:#777">Credly by Pearson &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</div>""")
add(t, gmail_in(t, "bounce@mail.credly.com", "credly.com", "149.72.163.19", "o5.mail.credly.com", dmarc_policy="REJECT") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com; s=s1;\n\th=from:to:subject;\n\tb=" + b64fake("055")),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_P),
    ("Subject", "Your AWS Certified Developer - Associate badge expires soon"),
    ("Date", D(t)),
    ("Message-ID", "<%s@geopod-ismtpd-2>" % b64fake("055m", 22)),
], single(html, "html", cte="base64"),
    "badge", False, None, [],
    "Credly: badge expiry notice", "expiry like a certification mail, but from Credly")

# ---- 056 owner writes on the 2023 case (user_reply) -------------------------------
t = dt(2025, 7, 14, 21, 58, 3)
mid056 = gmail_mid("056")
old_mid_d = "<0101018a1f5c3e20-5b1d2e77-9f0a-4c1e-8d2b-3a6f0e9c7d11-000000@us-west-2.amazonses.com>"
txt = """Hello,

I'm writing on this old case because it concerns the same person. While checking Credly I
found a third certification account registered with kenta.morishita.k@gmail.com, candidate
ID %s. I think it was created when I once signed in through Partner Central.
My main account is %s (merged last month under case %s).

Could you merge %s into %s?

Best regards,
Kenta Morishita

On Mon, Aug 21, 2023 at 6:02 PM AWS Training and Certification <%s> wrote:
> Hello Kenta,
>
> I have updated the name on your certification profile (%s) to
> KENTA MORISHITA. New certificates downloaded from your account will show the
> corrected name.
>
> This case is now resolved. Thank you for contacting AWS Training and Certification.
>
> Kind regards,
> Sofia
> AWS Training and Certification Customer Support
""" % (STRAY, NEW, CASE_A, STRAY, NEW, TC, OLD)
add(t, [
    ("From", addr(ME_NAME, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid056),
    ("Subject", tc_subject(CASE_D, "RE:")),
    ("To", addr("AWS Training and Certification", TC)),
    ("In-Reply-To", old_mid_d),
    ("References", old_mid_d),
], single(txt, cte="quoted-printable"),
    "user_reply", False, CASE_D, [STRAY, NEW, STRAY, NEW],
    "owner asks on a 2023 case (11-digit ID) to merge a stray third account",
    "reply to a two-year-old thread; new text names case A and repeats IDs; quoted 2023 text has another ID")

# ---- 057 case E created from the reply to the closed 2023 case (acknowledgement) ---
t = dt(2025, 7, 14, 13, 5, 40, UTC)
mid057 = ses_mid(t, "057")
txt = """Hello,

Thank you for your message. Case %s was closed in August 2023 and can no longer
be reopened, so your message has been filed as a new case: %s.

A member of our team will get back to you, usually within one business day. Please keep
the new case number in the subject line if you write to us again about this request.

AWS Training and Certification Customer Support
""" % (CASE_D, CASE_E)
add(t, inbound_tc(t, "057") + ses_dkim(t, "057") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_E, None)),
    ("Date", D(t, UTC)),
    ("Message-ID", mid057),
    ("In-Reply-To", mid056),
    ("References", "%s %s" % (old_mid_d, mid056)),
], single(txt),
    "acknowledgement", False, CASE_E, [],
    "new case E opened because case D cannot be reopened",
    "two case numbers; In-Reply-To points at a mail of case D; label is the new case")

# ---- 058 Japanese phishing (suspicious) -------------------------------------------
t = dt(2025, 7, 15, 8, 31, 55)
txt = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントで、複数アカウントの統合手続きが保留となっております。
本日中に以下のページから本人確認を完了されない場合、保有されている認定資格はすべて失効いたします。

▼本人確認ページ
https://aws-nintei-support.jp-login.com/verify?id=88213

※本人確認には、AWS Builder ID のパスワードとクレジットカード情報が必要です。

AWS トレーニングと認定 サポートセンター
"""
add(t, gmail_in(t, "info@jp-login.com", "jp-login.com", "103.151.118.62", "mail.jp-login.com",
                spf="pass", dkim="none", dmarc="none", dmarc_policy="NONE") + [
    ("From", addr("AWS認定サポート", "support@aws-nintei-support.jp-login.com")),
    ("To", ME_P),
    ("Subject", eh("【重要】AWS認定アカウント統合手続きの本人確認のお願い（本日期限）")),
    ("Date", D(t)),
    ("Message-ID", "<%s@jp-login.com>" % h("058", 18)),
    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
], single(txt, charset="shift_jis", cte="base64"),
    "suspicious", False, None, [],
    "Japanese phishing about a pending account merge", "Shift_JIS base64; polite Japanese; asks for password and card; lookalike subdomain")

# ---- 059 case E: Japanese info request, plain ください (info_request) --------------
t = dt(2025, 7, 15, 1, 12, 9, UTC)
mid059 = ses_mid(t, "059")
txt059 = """森下 健太 様

AWS トレーニングと認定 カスタマーサポートの佐藤です。
お問い合わせの件を確認しました。ご指摘のとおり、kenta.morishita.k@gmail.com で
登録された認定アカウントが 2 件あります。

統合の前に、次の 2 点を確認して、このメールに返信してください。

1. %s のアカウントに、予約済みの試験がないか
2. Credly にサインインしたときに、どちらの候補 ID のバッジが表示されるか

よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % (STRAY, CASE_E)
add(t, inbound_tc(t, "059") + ses_dkim(t, "059") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", addr("森下 健太", ME_P, "iso-2022-jp")),
    ("Subject", tc_subject(CASE_E, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid059),
    ("Content-Language", "ja"),
], single(txt059, charset="iso-2022-jp"),
    "info_request", True, CASE_E, [STRAY],
    "case E (Japanese): check two things and report back",
    "Japanese support mail, ISO-2022-JP; plain 〜してください; numbered checks")

# ---- 060 newsletter (unrelated) ----------------------------------------------------
t = dt(2025, 7, 15, 22, 0, 0)
txt = """Last Week in Cloud Ops - Issue 212

- Why your Savings Plans are not saving you anything
- A field guide to AWS account merges after acquisitions
- CDK vs. Terraform, again

Reply to this email to tell us what you'd like to read next week.

Unsubscribe: https://cloudops-weekly.dev/u/7f31c2
"""
add(t, gmail_in(t, "newsletter@cloudops-weekly.dev", "cloudops-weekly.dev", "198.2.179.44", "mail179-44.suw41.mandrillapp.com", dmarc_policy="NONE") + [
    ("From", addr("Last Week in Cloud Ops", "newsletter@cloudops-weekly.dev")),
    ("To", ME_P),
    ("Subject", "Issue 212: account merges, Savings Plans, CDK vs. Terraform"),
    ("Date", D(t)),
    ("Message-ID", "<%s@cloudops-weekly.dev>" % h("060", 20)),
    ("List-Unsubscribe", "<https://cloudops-weekly.dev/u/7f31c2>"),
], single(txt),
    "unrelated", False, None, [],
    "English newsletter", "'account merges' in subject; 'Reply to this email' invitation")

# ---- 061 owner answers in Japanese, 「…より:」 quoting (user_reply) ------------------
t = dt(2025, 7, 16, 7, 45, 20)
mid061 = gmail_mid("061")
txt = """佐藤様

ご確認ありがとうございます。

1. %s のアカウントには、予約済みの試験はありません。
2. Credly では %s のバッジが表示されています。

統合先は %s でお願いします。

森下 健太

2025年7月15日(火) 10:12 AWS Training and Certification <%s>:

%s
""" % (STRAY, NEW, NEW, TC, quote(txt059))
add(t, [
    ("From", addr(ME_JA, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid061),
    ("Subject", tc_subject(CASE_E, "RE:")),
    ("To", addr("AWS Training and Certification", TC)),
    ("In-Reply-To", mid059),
    ("References", "%s %s" % (mid057, mid059)),
], single(txt, cte="base64"),
    "user_reply", False, CASE_E, [STRAY, NEW, NEW],
    "owner answers case E's checks in Japanese", "Gmail Japanese attribution line; base64 body")

# ---- 062 case E: confirmation request in keigo, Shift_JIS (confirmation_request) --
t = dt(2025, 7, 17, 2, 33, 18, UTC)
mid062 = ses_mid(t, "062")
txt062 = """森下 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご回答いただき、誠にありがとうございます。
以下の 2 件のアカウントについて、統合の準備が整いました。

【アカウント 1（統合先）】
　候補 ID: %s
　ログイン用メールアドレス: %s
　トレーニング通知用メールアドレス: %s
　認定通知用メールアドレス: %s

【アカウント 2（統合元）】
　候補 ID: %s
　ログイン用メールアドレス: %s
　トレーニング通知用メールアドレス: %s
　認定通知用メールアドレス: （未設定）

統合後、アカウント 2 はご利用いただけなくなります。
お手数ではございますが、いずれのアカウントもお客様ご本人のものであることをご確認のうえ、
アカウント 1 へ統合してよろしいか、本メールにご返信いただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % (NEW, ME_P, ME_P, ME_P, STRAY, ME_P, ME_P, CASE_E)
add(t, inbound_tc(t, "062") + ses_dkim(t, "062") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", addr("森下 健太", ME_P, "iso-2022-jp")),
    ("Subject", tc_subject(CASE_E, "RE: ")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid062),
    ("In-Reply-To", mid061),
    ("References", "%s %s" % (mid059, mid061)),
    ("Content-Language", "ja"),
], single(txt062, charset="shift_jis", cte="quoted-printable"),
    "confirmation_request", True, CASE_E, [NEW, STRAY],
    "case E: account 1 / account 2 listing in Japanese, asks go-ahead (keigo)",
    "Shift_JIS quoted-printable; request in keigo 〜いただけますでしょうか; both accounts share one e-mail")

# ---- 063 Pearson VUE appointment (unrelated) ---------------------------------------
t = dt(2025, 7, 18, 10, 20, 0, UTC)
txt = """Dear Kenta Morishita,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Saturday, July 26, 2025  10:00 AM JST
Delivery: OnVUE online proctored
Registration ID: 481926307
Candidate ID: %s
Price: USD 75.00 (after a 50%% voucher)

To reschedule or cancel, sign in at https://home.pearsonvue.com/aws at least 24 hours
before your appointment.

Pearson VUE
""" % NEW
add(t, gmail_in(t, "pearsonvue@pearson.com", "pearson.com", "159.182.1.24", "mail.pearsonvue.com", dmarc_policy="REJECT") + [
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
    ("To", ME_P),
    ("Subject", "Confirmation of your AWS Certification exam appointment"),
    ("Date", D(t)),
    ("Message-ID", "<%s@pearson.com>" % h("063", 20)),
], single(txt, charset="windows-1252"),
    "unrelated", False, None, [NEW],
    "Pearson VUE exam booking confirmation", "exam vendor; 9-digit registration ID next to a candidate ID; 'AWS Certification' in subject")

# ---- 064 case E: Japanese closing notice (closing_notice) --------------------------
t = dt(2025, 7, 22, 1, 0, 40, UTC)
mid064 = ses_mid(t, "064")
txt = """森下 健太 様

AWS トレーニングと認定 カスタマーサポートでございます。

7 月 17 日にお送りしたご連絡について、まだご返信を確認できておりません。
7 月 25 日までにご返信をいただけない場合は、本ケースをクローズさせていただきます。
なお、クローズ後であっても、本メールにご返信いただければケースは再開されます。

何卒よろしくお願いいたします。

ケース ID: %s
""" % CASE_E
html = html_wrap("<p>森下 健太 様</p><p>AWS トレーニングと認定 カスタマーサポートでございます。</p>"
                 "<p>7 月 17 日にお送りしたご連絡について、まだご返信を確認できておりません。<br>"
                 "7 月 25 日までにご返信をいただけない場合は、本ケースをクローズさせていただきます。<br>"
                 "なお、クローズ後であっても、本メールにご返信いただければケースは再開されます。</p>"
                 "<p>何卒よろしくお願いいたします。</p><p style=\"font-size:11px\">ケース ID: %s</p>" % CASE_E)
add(t, inbound_tc(t, "064") + ses_dkim(t, "064") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_E, "RE:")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid064),
    ("Content-Language", "ja"),
], multi("alternative", [single(txt, charset="iso-2022-jp"), single(html, "html", cte="base64")],
         "=_%s" % h("064", 24)),
    "closing_notice", True, CASE_E, [],
    "case E: will be closed on July 25 without a reply", "Japanese; no explicit question; conditional wording (〜いただけない場合は)")

# ---- 065 owner confirms in Japanese (user_reply) ----------------------------------
t = dt(2025, 7, 22, 12, 30, 5)
mid065 = gmail_mid("065")
txt = """佐藤様

ご連絡が遅くなり申し訳ありません。
両方とも私のアカウントで間違いありません。アカウント 1（%s）への統合をお願いいたします。

森下 健太

2025年7月17日(木) 11:33 AWS Training and Certification <%s>:

%s
""" % (NEW, TC, quote(txt062))
add(t, [
    ("From", addr(ME_JA, ME_P)),
    ("Date", D(t)),
    ("Message-ID", mid065),
    ("Subject", tc_subject(CASE_E, "RE: ")),
    ("To", addr("AWS Training and Certification", TC)),
    ("In-Reply-To", mid062),
    ("References", "%s %s %s" % (mid059, mid061, mid062)),
], single(txt, cte="base64"),
    "user_reply", False, CASE_E, [NEW],
    "owner confirms case E's merge in Japanese", "replies to the confirmation, not to the closing notice; quotes the keigo request")

# ---- 066 case E on hold for maintenance (on_hold) ---------------------------------
t = dt(2025, 7, 23, 0, 40, 0, UTC)
txt = """森下 健太 様

ご確認いただき、ありがとうございます。

現在、認定アカウントのシステムメンテナンスを実施しており、統合作業を一時的に保留しております。
メンテナンスは 7 月 24 日に終了する予定で、終了後すぐに統合を行います。
お客様にご対応いただくことはございませんので、完了のご連絡まで今しばらくお待ちください。

佐藤
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % CASE_E
add(t, inbound_tc(t, "066") + ses_dkim(t, "066") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_E, "RE: ")),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "066")),
    ("In-Reply-To", mid065),
    ("References", mid065),
], single(txt, charset="utf-8", cte="quoted-printable"),
    "on_hold", False, CASE_E, [],
    "case E paused for system maintenance", "Japanese hold with 'nothing for you to do'; 'お待ちください' is not a request to reply")

# ---- 067 case E merged (resolved) -------------------------------------------------
t = dt(2025, 7, 25, 2, 10, 33, UTC)
mid067 = ses_mid(t, "067")
txt = """森下 健太 様

お待たせいたしました。
アカウント 2（%s）をアカウント 1（%s）へ統合いたしました。
試験履歴、認定、特典はすべてアカウント 1 でご確認いただけます。

ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % (STRAY, NEW, CASE_E)
html = html_wrap(txt.replace("\n", "<br>\n"))
add(t, inbound_tc(t, "067") + ses_dkim(t, "067") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_P),
    ("Subject", tc_subject(CASE_E, "RE: ")),
    ("Date", D(t, UTC)),
    ("Message-ID", mid067),
    ("Content-Language", "ja"),
], multi("alternative", [single(txt, cte="base64"), single(html, "html", cte="base64")], "=_%s" % h("067", 24)),
    "resolved", False, CASE_E, [STRAY, NEW],
    "case E: stray account merged (Japanese)", "conditional invitation 〜がございましたら…ご返信ください")

# ---- 068 case E survey (survey, Japanese) -----------------------------------------
t = dt(2025, 7, 26, 1, 0, 0, UTC)
html = html_wrap("""<p>森下 健太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました（ケース ID: %s）。</p>
<p>サービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 1 分程度です。</p>
<p><a href="https://survey.aws-training-support.amazon.com/s/8Q2Z?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用です。ご返信いただいてもお答えできません。</p>""" % (CASE_E, CASE_E))
add(t, gmail_in(t, "0101019845-survey@amazonses.com", "amazon.com", "54.240.27.55", "a27-55.smtp-out.us-west-2.amazonses.com") + ses_dkim(t, "068") + [
    ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com")),
    ("To", ME_P),
    ("Subject", eh("アンケートご協力のお願い（ケース ID: %s）" % CASE_E)),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "068")),
], single(html, "html", cte="base64"),
    "survey", False, CASE_E, [],
    "Japanese satisfaction survey for case E", "polite お願い wording reads like a request")

# ---- 069 owner forwards a 2020 case to a colleague (user_reply) --------------------
t = dt(2025, 7, 27, 16, 2, 44)
fwd_old = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Fri, Oct 16, 2020 at 3:47 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <%s>


Hello Kenta,

I have changed the e-mail address on your certification account %s from
kenta.m@old-univ.ac.jp to k.morishita@hoshizora-sys.co.jp. Please sign in with the new
address from now on. Let us know if you have any questions.

Best regards,
Tomasz
AWS Training and Certification Customer Support
""" % (TC, CASE_F, ME_C, OLD)
txt = """佐藤さん

お疲れさまです。森下です。
退職前に AWS 認定アカウントを個人アドレスへ統合しておくのがおすすめです。
参考までに、私が 2020 年にアドレス変更を頼んだときのやりとりを転送します。
今回の統合も同じフォームから依頼して、1 か月弱で終わりました。

森下

%s""" % fwd_old
add(t, [
    ("From", addr(ME_JA, ME_P)),
    ("Date", D(t)),
    ("Message-ID", gmail_mid("069")),
    ("Subject", "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F),
    ("To", addr("佐藤 亮", "ryo.sato.dev@gmail.com")),
], multi("alternative", [single(txt, cte="quoted-printable"),
                         single(html_wrap(txt.replace("\n", "<br>\n")), "html", cte="quoted-printable")],
         "000000000000%s" % h("069", 16)),
    "user_reply", False, CASE_F, [],
    "owner forwards a 2020 case (10-digit ID) to a former colleague",
    "Gmail forward; the forwarded support text has an ID and 'Let us know if you have any questions'")

# ---- 070 exam result (certification) -----------------------------------------------
t = dt(2025, 7, 28, 3, 5, 10, UTC)
txt = """Hello Kenta,

Your result for the AWS Certified Developer - Associate (DVA-C02) exam you took on July 26,
2025 is now available.

Result: PASS
Candidate ID: %s

Your certification is valid through July 26, 2028. A digital badge will be issued through
Credly in the next few days. You can view your score report in your AWS Certification
account under Exam History.

AWS Certification
""" % NEW
add(t, gmail_in(t, "bounces@certmetrics.com", "certmetrics.com", "167.89.18.204", "o4.ptr4521.certmetrics.com", dmarc_policy="NONE") + [
    ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=certmetrics.com; s=s1;\n\th=from:to:subject;\n\tb=" + b64fake("070")),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_P),
    ("Subject", "Your AWS Certification exam result is available"),
    ("Date", D(t)),
    ("Message-ID", "<%s@geopod-ismtpd-11>" % b64fake("070m", 22)),
], single(txt, cte="quoted-printable"),
    "certification", False, None, [NEW],
    "exam result (pass) for DVA", "candidate ID in own text; arrives on the merged account")

# ---- 071 spoofed console mail (suspicious) -----------------------------------------
t = dt(2025, 7, 29, 11, 40, 2)
txt = """Hello,

Your AWS Support case has been created.

Case ID: %s
Subject: Unusual activity detected on your AWS Certification account
Severity: Urgent

We detected sign-ins to your merged certification account from an unrecognised device.
Your certifications and exam vouchers are suspended until you verify ownership:

https://console-aws-amazon.support-verify.net/support/home#/case/?displayId=%s

If you do not verify within 24 hours, your account will be closed.

Amazon Web Services
""" % (FAKE_2, FAKE_2)
add(t, gmail_in(t, "bounce@support-verify.net", "amazon.com", "5.253.86.140", "srv86-140.support-verify.net",
                spf="softfail", dkim="none", dmarc="fail", dkim_d="support-verify.net", dmarc_policy="QUARANTINE") + [
    ("From", addr("Amazon Web Services", CONSOLE)),
    ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: %s" % FAKE_2),
    ("Date", D(t)),
    ("Message-ID", "<%s@support-verify.net>" % h("071", 22)),
], single(txt),
    "suspicious", False, None, [],
    "spoof of a Support Center case mail; DMARC fails", "exact console subject and sender; only authentication and link domain reveal it")

# ---- 072 other vendor asks for information (unrelated) ----------------------------
t = dt(2025, 7, 30, 5, 22, 18, UTC)
txt = """Hi Kenta,

Thanks for reaching out. So we can look into the failed CSV import, could you send us:

1. the workspace ID (Settings > Workspace), and
2. the CSV file, or a few lines of it with personal data removed?

Just reply to this email with the details.

Best,
Aoi
Tsumiki CRM Support

ref:_00D5g0Ab1c._5005g01XyZ:ref
"""
add(t, gmail_in(t, "support@tsumiki-crm.com", "tsumiki-crm.com", "13.111.4.20", "mta-4-20.sfmc-mail.net", dmarc_policy="NONE") + [
    ("From", addr("Tsumiki CRM Support", "support@tsumiki-crm.com")),
    ("To", ME_P),
    ("Subject", "Case 04877123: We need a bit more information [ ref:_00D5g0Ab1c._5005g01XyZ:ref ]"),
    ("Date", D(t)),
    ("Message-ID", "<%s@sfdc.net>" % h("072", 22)),
], single(txt),
    "unrelated", False, None, [],
    "another vendor's support case asking for information", "Salesforce-style case mail with a real request and ref token; not AWS")

# ---- 073 Skill Builder learning reminder (unrelated) ------------------------------
t = dt(2025, 7, 31, 9, 0, 5, UTC)
html = html_wrap("""<p>Hi Kenta,</p>
<p>You're 60% of the way through <b>Exam Prep Standard Course: AWS Certified Solutions Architect - Professional (SAP-C02)</b>.</p>
<p>Pick up where you left off:</p>
<p><a href="https://skillbuilder.aws/learn/exam-prep-sap-c02">Continue learning</a></p>
<p style="font-size:11px;color:#687078">You are receiving this because you enrolled in this course on AWS Skill Builder. <a href="https://skillbuilder.aws/settings/notifications">Manage notifications</a></p>""")
add(t, gmail_in(t, "0101019861-learn@amazonses.com", "aws.training", "54.240.27.61", "a27-61.smtp-out.us-west-2.amazonses.com",
                dkim_d="aws.training") + [
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
    ("To", ME_P),
    ("Subject", "Keep going: you're 60% through your SAP-C02 exam prep"),
    ("Date", D(t, UTC)),
    ("Message-ID", ses_mid(t, "073")),
], multi("alternative", [single("Hi Kenta,\n\nYou're 60% of the way through Exam Prep Standard Course: AWS Certified "
                                "Solutions Architect - Professional (SAP-C02).\n\nContinue learning: "
                                "https://skillbuilder.aws/learn/exam-prep-sap-c02\n"),
                         single(html, "html", cte="quoted-printable")], "=_%s" % h("073", 24)),
    "unrelated", False, None, [],
    "Skill Builder course reminder", "training platform, certification exam prep wording, crlf line endings", crlf=True)

# ---- line endings: some messages are stored with CRLF ---------------------------
for _n in (3, 16, 25, 30, 44, 50, 63):
    MESSAGES[_n - 1]["crlf"] = True

README_TEXT = """
# Blind held-out corpus: AWS Training and Certification support mail (blind-145)

The mailbox belongs to Kenta Morishita (森下 健太). Until June 30, 2025 he works at Hoshizora
Systems (an AWS Partner Network company) with the address above; his personal Gmail address is
the one he keeps. The set is his combined view of both mailboxes (company mail carries Exchange
Online trace headers, personal mail Gmail ones) plus the messages he sent, in arrival order,
2025-06-02 to 2025-07-31. `python3 gen.py` rewrites every file (standard library only).

Candidate IDs: AWS01938475 = old company account, AWS04416082 = personal account (kept),
AWS03995218 = stray account with the personal address (made through Partner Central sign-in).

## Cases

| case | format | channel | story | outcome |
|---|---|---|---|---|
| 174908407702817 (B) | 15 digits | T&C form, company address | first merge request; Japanese acknowledgement; support asks him to write from the personal address; he files a new form instead | closed as duplicate of A (013) |
| 174947116855190 (A) | 15 digits | T&C form, personal address | main merge: APN hold with a buried question, hold lifted, HTML table confirmation, reminder, closed for no reply, confirmed, merged, voucher missing, benefits team questions, voucher reissued, survey | resolved (031, 036) |
| 175141099100943 (C) | 15 digits | Support Center console (no-reply-aws@amazon.com) | Credly badges missing after the merge; requests must be answered in the console; owner e-mails the no-reply address and gets a bounce; auto-resolve warning; escalation; check-and-report | resolved (053) |
| 13276409851 (D) | 11 digits (2023) | T&C form | old name-correction case; owner replies to it in 2025 | cannot be reopened, new case E opened |
| 175249834061326 (E) | 15 digits | T&C form, support writes Japanese | merge the stray account (same e-mail on both): check request (ください), keigo confirmation (Shift_JIS), Japanese closing notice, maintenance hold | resolved (067), survey |
| 7209384156 (F) | 10 digits (2020) | T&C form | only inside the owner's forward to a colleague | - |
| 175193760500217 (X) | 15 digits | Support Center, AWS Billing | Elastic IP charge question | not a T&C case: `unrelated` |

Numbers in phishing/spoofs (174923280031175, 175372200048820) are not cases: `case` is null.

## Labelling decisions (judgement calls)

- **needs_reply** is true only on support's own mail of a Training and Certification case (form or
  Support Center) that leaves support waiting for the owner: every `info_request`,
  `confirmation_request` and `closing_notice`, plus the APN hold 014, whose question about the last
  working day is buried in the hold notice (kind stays `on_hold`, reply is true). The other hold
  notices (017, 066) say there is nothing to do: false. Console requests (044, 051) and the
  console auto-resolve warning (047) are true although the answer must go through the Support
  Center, not e-mail.
- The owner's e-mail answer to the console no-reply address (045) is `user_reply`; the Gmail bounce
  it causes (046) is `unrelated`, reply false, `case` = C (it belongs to that thread), no candidate
  IDs (the ID is only inside the attached original).
- **case** is set for every message that belongs to an AWS support case thread, including the
  owner's own replies and forwards (009, 069) and the AWS Billing console case (050, labelled
  `unrelated`, reply false: not a T&C case). It is null for other vendors' tickets (016, 072),
  program mail (CertMetrics, Credly, Partner Central, Pearson VUE) and phishing, even when they
  print a case-like number.
- A message that names two cases gets the case it is written on: 013 (case B closed, points at A)
  is B; 057 (reply to closed case D turned into new case E, threaded under D) is E, because the
  subject and everything that follows use E.
- **candidate_ids**: IDs in the message's own text, first-appearance order, each once. Quoted
  history (`>` lines, "-----Original Message-----", Outlook/Gmail headers, 「…より:」-style
  attribution), forwarded blocks and attached originals do not count. The acknowledgement 012
  echoes the submitted form in its own body (not quoted): those IDs count.
- 026 (short reminder: "Is Account #1 the one you'd like to keep?") is a `confirmation_request`.
  051 ("Kindly confirm … whether the badges now appear") is an `info_request`: it asks for a check
  reported back, not for permission to merge.
- 027 says the case *has been* closed and a reply within 14 days reopens it: `closing_notice`,
  reply true (the owner still wants the merge). 064 (Japanese, "will be closed on July 25") the
  same.
- Resolutions that quote earlier requests (031 quotes the confirmation request, 036 quotes the
  benefits questions) are `resolved`, reply false; their "you are welcome to reply within seven
  days" / 「ご不明な点がございましたら」 invitations are conditional.
- 033 (case reopened and passed to the benefits team) and 021 (hold lifted, "a colleague will
  write shortly") are `case_update`. 029 (automatic "your reply has been received") is an
  `acknowledgement`.
- 048 (CertMetrics asking for feedback on the recertification exam) is `certification`, not
  `survey`: `survey` is kept for feedback about a support case (038, 054, 068). The other
  vendor's rating links in 016 make it no survey either: `unrelated`.
- 020 (Partner Central: user removed from the partner) is what case A waited for, but it is
  program mail, not case mail: `unrelated`.
- 022 and 071 use the genuine sender addresses and subject formats; the receiving server's
  Authentication-Results (SPF/DKIM/DMARC fail) and the link domains make them `suspicious`.
  010, 040 and 058 pass authentication for their own lookalike domains.
- 063 (Pearson VUE booking) is an exam vendor's mail: `unrelated`, but its own text carries the
  candidate ID, so it is listed.
"""

# === END OF MESSAGES ===
if __name__ == "__main__":
    write_all()
