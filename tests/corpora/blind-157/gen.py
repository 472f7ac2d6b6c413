#!/usr/bin/env python3
"""Writes the blind corpus blind-157 next to this script.

Standard library only.  Run: python3 gen.py
For every message NNN (arrival order) it writes NNN-msg.eml and NNN-msg.json,
then README.md, and prints the number of messages per kind.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import struct
import zlib
from collections import Counter
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
ME_P = "ryota.nakagawa.jp@gmail.com"      # personal (Gmail)
ME_C = "r.nakagawa@tsubame-dx.co.jp"      # company (Microsoft 365), closed after 2025-02-28
ME = "Ryota Nakagawa"
ME_JA = "中川 亮太"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"


def case_id(utc, suffix):
    dt = datetime.strptime(utc, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    return "%d%s" % (int(dt.timestamp()), suffix)


C1 = "13874092651"                                   # 2023, 11 digits, form
C2 = case_id("2025-02-10 00:41:07", "00213")         # 2025 main merge, form
C3 = case_id("2025-02-10 00:47:21", "00872")         # duplicate form
C5 = case_id("2025-03-06 01:12:40", "00064")         # Japanese, missing exam
C4 = case_id("2025-03-07 03:05:52", "01337")         # console case, voucher
C6 = case_id("2025-04-01 06:30:15", "00519")         # old retail-login profile
FAKE1 = case_id("2025-02-15 11:20:00", "04431")
FAKE2 = case_id("2025-04-02 08:03:00", "00190")
EDU = case_id("2025-04-10 02:11:09", "00457")
OLD2020 = "7254310986"

ID_MAIN = "AWS03318462"   # personal, since 2019, survives everything
ID_DUP = "AWS05620971"    # personal duplicate made by Builder ID sign-in (2023)
ID_CO = "AWS04418270"     # company / APN partner account
ID_SSO = "AWS07731904"    # stray account made by partner SSO (Feb 2025 exam)
ID_OLD = "AWS02290475"    # pre-Builder-ID retail-login profile (2018)

SF = "[AWS Training and Certification Form Submission] - account-assistance"


def form_subj(case, re="RE:[CASE {c}] "):
    return re.format(c=case) + SF


# ---------------------------------------------------------------- MIME helpers
PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
        "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def T(text, sub="plain", cs="utf-8", cte="qp", label=None, extra=None):
    return {"t": "text", "sub": sub, "cs": cs, "cte": cte, "text": text,
            "label": label, "extra": extra or []}


def ALT(*parts):
    return {"t": "multi", "sub": "alternative", "parts": list(parts), "params": ""}


def MIX(*parts):
    return {"t": "multi", "sub": "mixed", "parts": list(parts), "params": ""}


def REPORT(*parts):
    return {"t": "multi", "sub": "report", "parts": list(parts),
            "params": "; report-type=delivery-status"}


def ATT(name, ctype, data):
    return {"t": "att", "name": name, "ctype": ctype, "data": data}


def RAW(ctype, body):
    return {"t": "raw", "ctype": ctype, "body": body}


_bcount = [0]


def boundary(seed):
    _bcount[0] += 1
    h = hashlib.sha1(("%s-%d" % (seed, _bcount[0])).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:8], h[8:20])


def render(p, seed):
    """returns (list of header lines, body bytes)"""
    if p["t"] == "text":
        raw = p["text"].encode(PYCS[p["cs"]])
        cte = p["cte"]
        if cte == "qp":
            body, name = quopri.encodestring(raw), "quoted-printable"
        elif cte == "b64":
            body, name = base64.encodebytes(raw), "base64"
        elif cte == "7bit":
            assert all(b < 128 for b in raw), p["text"][:60]
            body, name = raw, "7bit"
        else:
            body, name = raw, "8bit"
        if not body.endswith(b"\n"):
            body += b"\n"
        lab = p["label"] or ('"%s"' % p["cs"])
        hdr = ["Content-Type: text/%s; charset=%s" % (p["sub"], lab),
               "Content-Transfer-Encoding: " + name] + p["extra"]
        return hdr, body
    if p["t"] == "att":
        body = base64.encodebytes(p["data"])
        hdr = ['Content-Type: %s; name="%s"' % (p["ctype"], p["name"]),
               'Content-Disposition: attachment; filename="%s"' % p["name"],
               "Content-Transfer-Encoding: base64"]
        return hdr, body
    if p["t"] == "raw":
        return ["Content-Type: " + p["ctype"]], p["body"]
    b = boundary(seed)
    out = b""
    for sp in p["parts"]:
        h, bd = render(sp, seed)
        out += ("--%s\n" % b).encode() + "\n".join(h).encode() + b"\n\n" + bd
        if not out.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    hdr = ['Content-Type: multipart/%s%s; boundary="%s"' % (p["sub"], p["params"], b)]
    return hdr, out


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


def subj(s, cs="utf-8", fold=False):
    try:
        s.encode("ascii")
    except UnicodeEncodeError:
        return Header(s, cs).encode()
    if fold and len(s) > 66:
        cut = s.rfind(" ", 0, 66)
        if cut > 0:
            return s[:cut] + "\n" + s[cut:]
    return s


def fmt_date(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64s(seed, n):
    return base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()[:n]


def make_mid(key, style):
    h = hx(key, 40)
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    if style == "ses-us":
        return "<%s.%s@us-west-2.amazonses.com>" % (h[:24], h[24:36])
    if style == "gmail":
        return "<CAH%s@mail.gmail.com>" % b64s(key, 40).replace("/", "_").replace("+", "-")
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:26], style)


# ---------------------------------------------------------------- provider headers
def ses_ip(key):
    n = int(hx(key, 4), 16)
    return "54.240.%d.%d" % (8 + n % 6, 10 + n % 200)


def inb_gmail(key, date, helo, ip, mailfrom, dkim_d=None, dkim="pass", spf="pass",
              dmarc="pass", from_dom=None, pol="QUARANTINE", to=ME_P):
    from_dom = from_dom or (dkim_d or mailfrom.split("@")[1])
    rd = fmt_date(date)
    ar = ["mx.google.com;"]
    if dkim_d:
        ar.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            dkim, dkim_d, hx(key + "s", 12), b64s(key + "b", 8)))
    else:
        ar.append("       dkim=none;" if dkim == "none" else "       dkim=%s;" % dkim)
    if spf == "pass":
        ar.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    else:
        ar.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (spf, mailfrom, ip, mailfrom))
    if dmarc == "pass":
        ar.append("       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (pol, pol, from_dom))
    elif dmarc == "fail":
        ar.append("       dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (pol, pol, pol, from_dom))
    else:
        ar.append("       dmarc=%s header.from=%s" % (dmarc, from_dom))
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:6a10:%s with SMTP id %s;\n        %s" % (hx(key, 4), hx(key + "x", 12), rd)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            helo, helo, ip, hx(key + "y", 16), int(hx(key, 3), 16) % 900 + 100, date[:4], to, rd)),
        ("Authentication-Results", "\n".join(ar)),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def inb_ms(key, date, helo, ip, mailfrom_dom, dkim_d, dkim="pass", dmarc="pass"):
    return [
        ("Received", "from %s (%s) by TYCPR01MB%s.jpnprd01.prod.outlook.com\n with Microsoft SMTP Server (version=TLS1_2) id 15.20.%s; %s" % (
            helo, ip, hx(key, 4).upper(), "8398.%d" % (int(hx(key, 3), 16) % 40), fmt_date(date))),
        ("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n reason=100" % (
            ip, mailfrom_dom, dkim, dkim_d, dmarc, dkim_d)),
    ]


def dkim_sig(key, d, s, date="2023-01-01 00:00:00 +0000"):
    return ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=From:To:Subject:Message-ID:Date:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (
        s, d, int(datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z").timestamp()) - 1, b64s(key + "bh", 43), b64s(key + "b2", 76)))


def aws_in(key, date, to=ME_P, ms=False):
    ip = ses_ip(key)
    helo = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    mf = "0100%s-%s-000000@amazonses.com" % (hx(key, 12), hx(key + "m", 8))
    if ms:
        h = inb_ms(key, date, helo, ip, "amazonses.com", "amazon.com")
    else:
        h = inb_gmail(key, date, helo, ip, mf, dkim_d="amazon.com", from_dom="amazon.com", to=to)
    return h + [dkim_sig(key, "amazon.com", "szqgv33erturdv5cvz4vtb5qcy724jlm", date)]


# ---------------------------------------------------------------- text helpers
def q(text, mark="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((mark + line) if line else mark.rstrip())
    return "\n".join(out)


def gmail_q(when, who, text):
    return "On %s %s wrote:\n%s" % (when, who, q(text))


def gmail_q_ja(when, who, text):
    return "%s %s:\n\n%s" % (when, who, q(text))


def outlook_q(frm, sent, to, subject, text, cc=None, style="line"):
    head = "________________________________" if style == "line" else "-----Original Message-----"
    s = "%s\nFrom: %s\nSent: %s\nTo: %s\n" % (head, frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subject, text.rstrip("\n"))
    return s


def to_html(text, font="Arial, Helvetica, sans-serif", size="14px"):
    lines = text.rstrip("\n").split("\n")
    out, quote = [], []

    def flush():
        if quote:
            inner = to_html_inner([ql[1:].lstrip(" ") if ql.startswith(">") else ql for ql in quote])
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    buf = []
    for ln in lines:
        if ln.startswith(">"):
            if buf:
                out.append(to_html_inner(buf))
                buf = []
            quote.append(ln)
        else:
            flush()
            buf.append(ln)
    flush()
    if buf:
        out.append(to_html_inner(buf))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:%s">%s</div></body></html>\n' % (font, size, "".join(out)))


def to_html_inner(lines):
    paras, cur = [], []
    for ln in lines:
        if ln.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(html.escape(ln))
    if cur:
        paras.append(cur)
    return "".join("<p>%s</p>" % "<br>\n".join(p) for p in paras)


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 420] /Contents 4 0 R >>"]
    stream = ("BT /F1 18 Tf 60 300 Td (%s) Tj ET" % title).encode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


# ---------------------------------------------------------------- message list
MSGS = []
IDS = {}


def add(key, date, frm, to, subject, body, kind, reply, case, cids, note,
        cc=None, irt=None, pre=None, extra=None, mid="", eol="lf", fold=False,
        subj_cs="utf-8", reply_to=None):
    MSGS.append(dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body,
                     label={"kind": kind, "needs_reply": reply, "case": case,
                            "candidate_ids": cids},
                     note=note, cc=cc, irt=irt, pre=pre or [], extra=extra or [],
                     mid=mid, eol=eol, fold=fold, subj_cs=subj_cs, reply_to=reply_to))


SIG_FORM = "AWS Training and Certification Customer Support"
F_TC = addr("AWS Training and Certification", FORM)
F_AWS = addr("Amazon Web Services", CONSOLE)
F_ME = addr(ME, ME_P)
F_MEC = addr("Nakagawa Ryota", ME_C)

# ================================================================ 2023: case C1
add("gh412", "2023-09-04 11:02:37 +0000", addr("Kenji Arai", "notifications@github.com"),
    addr("ryota-n/tfmodules", "tfmodules@noreply.github.com"),
    "Re: [ryota-n/tfmodules] Fix subnet tagging for shared VPCs (PR #412)",
    ALT(T("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/ryota-n/tfmodules/pull/412#event-10281934\nYou are receiving this because you authored the thread.\n\nMessage ID: <ryota-n/tfmodules/pull/412/issue_event/10281934@github.com>\n", cte="7bit"),
        T('<p>Merged <a href="https://github.com/ryota-n/tfmodules/pull/412">#412</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/ryota-n/tfmodules/pull/412#event-10281934">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n', sub="html", cte="7bit")),
    "unrelated", False, None, [],
    "GitHub notification whose whole body is 'Merged #412 into main' - the word merged with no AWS context.",
    cc=addr(ME, ME_P) + ", " + addr("Author", "author@noreply.github.com"),
    pre=inb_gmail("gh412", "2023-09-04 11:02:38 +0000", "out-21.smtp.github.com", "192.30.252.204",
                  "noreply@github.com", dkim_d="github.com"),
    extra=[("List-ID", "ryota-n/tfmodules <tfmodules.ryota-n.github.com>"),
           ("X-GitHub-Reason", "author"), ("Precedence", "list")],
    mid="github.com")

T002 = """Dear Ryota Nakagawa,

Congratulations! You have earned the AWS Certified Solutions Architect - Associate certification.

  Certification:        AWS Certified Solutions Architect - Associate
  Exam:                 SAA-C03
  Achieved on:          August 29, 2023
  Expires on:           August 29, 2026
  Validation number:    7QK2M1PLNCE41ZS9
  Candidate ID:         AWS05620971

Your digital badge is issued through Credly. If you have already connected your AWS Certification Account to Credly, you will receive an e-mail from Credly with instructions for accepting it.

You can download your certificate and view your benefits at any time from your AWS Certification Account.

Sincerely,
AWS Certification
"""
add("cert-saa", "2023-09-05 02:14:55 +0000", addr("AWS Certification", CERTM), addr(ME, ME_P),
    "Congratulations! You are now AWS Certified",
    ALT(T(T002, cte="qp"), T(to_html(T002, font="Verdana"), sub="html", cte="qp")),
    "certification", False, None, [ID_DUP],
    "Certification result mail (program mail, no case). The candidate ID in it is the duplicate account that causes case 1.",
    pre=inb_gmail("cert-saa", "2023-09-05 02:14:57 +0000", "mail-out3.certmetrics.com", "198.51.100.23",
                  "bounce@certmetrics.com", dkim_d="certmetrics.com"),
    mid="certmetrics.com", eol="crlf")

T003 = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  週刊クラウドエンジニア　第 212 号　2023/09/06
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のピックアップ

1. 転職・退職時に AWS 認定アカウントを統合する手順まとめ
   会社のアドレスで作った認定アカウントを個人アカウントへ統合する流れを、
   申請フォームの書き方からサポートとのやり取りまで解説しています。
   https://cloud-weekly.jp/r/212-1

2. Terraform 1.5 の import ブロックを実運用で試す
   https://cloud-weekly.jp/r/212-2

3. 生成 AI 時代のログ基盤設計
   https://cloud-weekly.jp/r/212-3

■ イベント

・9/21（木）クラウド設計勉強会 #48（オンライン）
・9/30（土）IaC もくもく会 in 渋谷

──────────────────────────────
配信停止はこちら: https://cloud-weekly.jp/unsubscribe?u=8f31a2
"""
add("news212", "2023-09-06 08:00:03 +0900", addr("週刊クラウドエンジニア", "news@cloud-weekly.jp", "iso-2022-jp"),
    addr(None, ME_P), "【週刊クラウドエンジニア】第212号: 認定アカウント統合の手順ほか",
    T(T003, cs="iso-2022-jp", cte="7bit", label='"ISO-2022-JP"'),
    "unrelated", False, None, [],
    "Japanese newsletter (ISO-2022-JP) whose lead article is about merging certification accounts.",
    pre=inb_gmail("news212", "2023-09-05 23:00:05 +0000", "mta7.cloud-weekly.jp", "203.0.113.71",
                  "bounce@mta7.cloud-weekly.jp", dkim_d="cloud-weekly.jp"),
    extra=[("List-Unsubscribe", "<https://cloud-weekly.jp/unsubscribe?u=8f31a2>")],
    mid="cloud-weekly.jp", subj_cs="iso-2022-jp")

T004 = """森さん

お疲れさまです。中川です。
先月受けた SAA、無事に受かりました！

ただ、Credly にバッジが出てこなくて、調べてみたら認定アカウントが 2 つできてしまっているようです。
Builder ID でサインインしたときに新しいアカウントが作られたっぽいです。

これからサポートに統合をお願いしてみます。
森さんも前に似たようなことありましたよね？

中川
"""
add("mori1", "2023-09-07 21:12:40 +0900", F_ME, addr("森 大輝", "d.mori@tsubame-dx.co.jp"),
    "SAA受かりました",
    ALT(T(T004, cte="b64", label="UTF-8"), T(to_html(T004), sub="html", cte="b64", label="UTF-8")),
    "user_reply", False, None, [],
    "Owner's own mail to a colleague (Japanese, base64) about the duplicate account, before any case exists.",
    mid="gmail")

T005 = """Hello,

Thank you for getting in touch with AWS Training and Certification. We have received your inquiry, and a support case has been created for it.

Case ID: 13874092651
Inquiry type: Certification
Additional details: Account Merge

A member of our team will review your request and reply by email, in most cases within 24 hours. Requests that need research with another team can take longer.

Submitting the same request again creates a second case and slows down our response. If you need to add something, reply to this email and keep the case number in the subject line.

Best regards,
AWS Training and Certification
"""
add("c1-ack", "2023-09-07 12:31:18 +0000", F_TC, addr(None, ME_P), form_subj(C1, "[CASE {c}] "),
    T(T005, cte="7bit", label="UTF-8"),
    "acknowledgement", False, C1, [],
    "Plain acknowledgement of case 1 (11-digit id, 2023).",
    pre=aws_in("c1-ack", "2023-09-07 12:31:19 +0000"), mid="ses", eol="crlf", fold=True)

T006 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 9012, is available on the AWS web site. Your account will be charged the following:

Total: $3.47

You can see a complete break down of all charges on the Billing & Cost Management Dashboard located at the link below.
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("bill-2308", "2023-09-07 18:44:02 +0000", F_AWS, addr(None, ME_P),
    "Amazon Web Services Billing Statement Available [Account: 210987659012]",
    T(T006, cte="7bit", label="UTF-8"),
    "unrelated", False, None, [],
    "AWS billing mail from no-reply-aws@amazon.com, the same sender as console cases; 12-digit account id in the subject.",
    pre=aws_in("bill-2308", "2023-09-07 18:44:03 +0000"), mid="ses", eol="crlf")

T007 = """Hello Ryota,

Thank you for your patience while I looked into this.

What you describe is a pattern we see quite often since sign-in moved to AWS Builder ID. When someone signs in with a Builder ID that is not yet linked to their existing certification profile, the system quietly creates a brand-new certification account for the same e-mail address. The next exam then lands on the new account, and Credly - which is fed from the account you originally connected - never hears about it.

Combining the two profiles fixes this. The exam history, certifications and any benefits are moved onto one account, the other account is retired so it can no longer be used to sign in, and Credly picks up the result from the account that remains.

I searched by your e-mail address and I can see more than one record, but the search result does not tell me reliably which record is connected to Credly, and I would rather not move anything on a guess.

So that I can pin down the right records, I'll need the candidate ID of each account. It is the code that starts with "AWS" followed by eight digits, shown in the upper right corner after you sign in to the certification account, and again under Account > Linked accounts. A screenshot of that corner for each of the two accounts would be ideal, but simply typing both IDs in your reply works too.

Once I have them I will come back to you with a summary of both accounts before anything is changed.

Kind regards,

Mariela R.
""" + SIG_FORM + "\n"
add("c1-info", "2023-09-08 09:40:11 +0000", addr("Mariela R. - AWS Training and Certification", FORM),
    addr(None, ME_P), form_subj(C1),
    ALT(T(T007, cte="qp"), T(to_html(T007), sub="html", cte="qp")),
    "info_request", True, C1, [],
    "Long explanation of why duplicates happen and how a merge works; the actual ask is the two candidate IDs / screenshots, not a merge confirmation. Request comes after four paragraphs.",
    irt="c1-ack", pre=aws_in("c1-info", "2023-09-08 09:40:12 +0000"), mid="ses", eol="crlf")

T008 = """Pearson VUE Confirmation Number: 0-291-774-35

Dear Ryota Nakagawa,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam:                 DVA-C02: AWS Certified Developer - Associate
Appointment:          Thursday, October 19, 2023 at 10:00 AM Japan Standard Time
Duration:             150 minutes
Registration ID:      428517093
AWS Candidate ID:     AWS03318462
Test center:          Pearson Professional Centers - Tokyo Shinjuku
                      Shinjuku i-Land Tower 11F, 6-5-1 Nishi-Shinjuku, Tokyo

Please arrive 15 minutes before your appointment and bring two forms of valid identification. The name on your ID must match the name in your candidate profile exactly.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
"""
add("pv-dva", "2023-09-08 13:05:44 +0000", addr("Pearson VUE", "noreply@pearsonvue.com"), addr(ME, ME_P),
    "Pearson VUE Confirmation: AWS Certified Developer - Associate",
    ALT(T(T008, cte="qp", label="iso-8859-1", cs="iso-8859-1"), T(to_html(T008, font="Georgia"), sub="html", cte="qp", cs="iso-8859-1", label="iso-8859-1")),
    "unrelated", False, None, [ID_MAIN],
    "Exam vendor appointment mail: 9-digit registration id and a candidate id, but no case.",
    pre=inb_gmail("pv-dva", "2023-09-08 13:05:46 +0000", "mail2.pearsonvue.com", "198.51.100.90",
                  "noreply@pearsonvue.com", dkim_d="pearsonvue.com"),
    mid="pearsonvue.com")

T009 = """Hi Mariela,

Thanks for the explanation - that is exactly what happened, I signed in with a new Builder ID in August.

The two IDs are:
- AWS03318462 - the original account from 2019, the one connected to Credly
- AWS05620971 - created last month; the SAA-C03 result is on this one

Screenshots of both are attached.

(For what it's worth, I had a different issue back in 2020 that was handled under case 7254310986 - that was a name correction, probably not relevant here.)

Best,
Ryota

""" + gmail_q("Fri, Sep 8, 2023 at 6:40 PM", "Mariela R. - AWS Training and Certification <%s>" % FORM, T007)
add("c1-u1", "2023-09-09 10:22:05 +0900", F_ME, addr("Mariela R. - AWS Training and Certification", FORM),
    "Re: " + form_subj(C1),
    MIX(ALT(T(T009, cte="qp", label="UTF-8"), T(to_html(T009), sub="html", cte="qp", label="UTF-8")),
        ATT("account1.png", "image/png", png(48, 20, (235, 240, 250))),
        ATT("account2.png", "image/png", png(48, 20, (250, 240, 235)))),
    "user_reply", False, C1, [ID_MAIN, ID_DUP],
    "Owner's answer with two candidate IDs and screenshots; also mentions an old 10-digit case number that is not this case.",
    irt="c1-info", mid="gmail")

T010 = """Hi Ryota,

Thanks for sending both IDs and the screenshots - they match what I see on our side.

I have handed the request to our certification operations team, who carry out account merges. They are working through a larger queue than usual at the moment, so it may be several business days before the next step. I'll write to you again as soon as they pick it up; there is nothing you need to do in the meantime.

Best regards,
Tomasz K.
AWS Training & Certification Support

""" + gmail_q("Sat, Sep 9, 2023 at 1:22 AM", "Ryota Nakagawa <%s>" % ME_P, T009.split("\n\nOn Fri")[0])
add("c1-upd", "2023-09-11 15:03:29 +0000", addr("Tomasz K.", FORM), addr(None, ME_P), form_subj(C1, "RE: [CASE {c}] "),
    T(T010, cte="qp"),
    "case_update", False, C1, [],
    "Handed to operations team, nothing to do; the candidate IDs appear only in the quoted reply below.",
    irt="c1-u1", pre=aws_in("c1-upd", "2023-09-11 15:03:30 +0000"), mid="ses", eol="crlf")

T011 = """AWS Skill Builder

Thank you for your purchase.

Order number:      SB-2309-55810274
Date:              September 12, 2023
Plan:              AWS Skill Builder Individual subscription (monthly)
Amount:            USD 29.00
Payment method:    Visa ending in 4417

Your subscription renews automatically on October 12, 2023. You can cancel at any time from My account > Subscriptions.

This is an automated message. Please do not reply.
"""
add("sb-rcpt", "2023-09-12 04:10:51 +0000", addr("AWS Skill Builder", "no-reply@aws.training"), addr(None, ME_P),
    "Your AWS Skill Builder receipt",
    ALT(T(T011, cte="7bit", label="UTF-8"), T(to_html(T011, font="Amazon Ember, Arial"), sub="html", cte="qp")),
    "unrelated", False, None, [],
    "Skill Builder subscription receipt from the training platform domain.",
    pre=aws_in("sb-rcpt", "2023-09-12 04:10:52 +0000"), mid="ses-us")

T012 = """Hello Ryota,

Our operations team has reviewed both records and is ready to combine them. This is what each one holds today:

  AWS03318462
    Login email:     ryota.nakagawa.jp@gmail.com
    Created:         2019-06-02
    Certifications:  AWS Certified Cloud Practitioner (expired),
                     AWS Certified Developer - Associate (in progress: exam booked 2023-10-19)
    Credly:          connected

  AWS05620971
    Login email:     ryota.nakagawa.jp@gmail.com
    Created:         2023-08-21
    Certifications:  AWS Certified Solutions Architect - Associate
    Credly:          not connected

Only one of them can survive the merge. Everything on the other one is moved across and that ID stops working. Which of the two do you want to keep? From your earlier message I expect it is AWS03318462, but the team needs to hear it from you before they go ahead.

Thanks,
Nnamdi O.
Customer Support | AWS Training and Certification
"""
add("c1-conf", "2023-09-14 08:17:40 +0000", addr("Nnamdi O.", FORM), addr(None, ME_P), form_subj(C1),
    T(T012, cte="7bit", label="us-ascii", cs="us-ascii"),
    "confirmation_request", True, C1, [ID_MAIN, ID_DUP],
    "Confirmation asked as a plain question ('Which of the two do you want to keep?'), no 'please', no Account #1/#2 labels.",
    irt="c1-upd", pre=aws_in("c1-conf", "2023-09-14 08:17:41 +0000"), mid="ses", eol="lf")

T013 = """中川さん

おめでとうございます！

バッジの件、僕も去年同じことがありました。
サポートに連絡したら 1 週間くらいで直りましたよ。

あと、会社アカウントのほうは APN と紐づいているので、
将来個人アカウントにまとめるときは手続きが少し面倒になるらしいです。
今回は個人アカウント同士なので問題ないと思います。

来週の勉強会の資料、よろしくお願いします。

森

-----Original Message-----
From: 中川 亮太 <ryota.nakagawa.jp@gmail.com>
Sent: Thursday, September 7, 2023 9:12 PM
To: 森 大輝 <d.mori@tsubame-dx.co.jp>
Subject: SAA受かりました

""" + T004
add("mori2", "2023-09-15 12:40:09 +0900", addr("森 大輝", "d.mori@tsubame-dx.co.jp"), addr(ME_JA, ME_P),
    "RE: SAA受かりました",
    T(T013, cs="shift_jis", cte="b64", label='"Shift_JIS"'),
    "unrelated", False, None, [],
    "Colleague's reply in Shift_JIS/base64 that talks about APN-linked accounts and merging; not support.",
    irt="mori1",
    pre=inb_gmail("mori2", "2023-09-15 03:40:11 +0000", "mail-tycjpn01on2101.outbound.protection.outlook.com",
                  "40.107.114.101", "d.mori@tsubame-dx.co.jp", dkim_d="tsubame-dx.co.jp"),
    extra=[("Thread-Topic", Header("SAA受かりました", "utf-8").encode()),
           ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    mid="outlook")

T014 = """Hello,

We are following up on case 13874092651. On September 14 we asked you a question that we need answered before we can continue, and we have not received your reply yet.

If we do not hear from you within 3 days, this case will be closed. A reply to this email with the case number kept in the subject line keeps it open, and if the case has already been closed by the time you write, your reply will reopen it.

Regards,
AWS Training and Certification
"""
add("c1-close", "2023-09-19 00:05:12 +0000", F_TC, addr(None, ME_P), form_subj(C1),
    T(T014, cte="7bit", label="UTF-8"),
    "closing_notice", True, C1, [],
    "Templated no-reply warning; case closes in 3 days unless answered.",
    irt="c1-conf", pre=aws_in("c1-close", "2023-09-19 00:05:13 +0000"), mid="ses", eol="crlf", fold=True)

T015 = """Apologies, I was travelling last week.

Please keep AWS03318462 and move everything from AWS05620971 into it.

Thanks,
Ryota

""" + gmail_q("Tue, Sep 19, 2023 at 9:05 AM", "AWS Training and Certification <%s>" % FORM, T014) + "\n" + q(
    "\n" + gmail_q("Thu, Sep 14, 2023 at 5:17 PM", "Nnamdi O. <%s>" % FORM, T012))
add("c1-u2", "2023-09-19 19:48:31 +0900", F_ME, addr("AWS Training and Certification", FORM),
    "Re: " + form_subj(C1),
    ALT(T(T015, cte="qp", label="UTF-8"), T(to_html(T015), sub="html", cte="qp", label="UTF-8")),
    "user_reply", False, C1, [ID_MAIN, ID_DUP],
    "Owner's confirmation, top-posted over a closing notice and the original question (double quoting).",
    irt="c1-close", mid="gmail")

T016 = """Hi Ryota,

Thanks for confirming.

A quick status while the work is underway: the operations team has combined the training side of the two profiles, so your course transcript and Skill Builder history now live under AWS03318462. The certification transcript - exams, certifications and the Credly connection - is moved by a separate job, and that job has not finished yet.

I'll confirm with you once that part has gone through as well.

Nnamdi
"""
add("c1-partial", "2023-09-20 06:52:03 +0000", addr("Nnamdi O.", FORM), addr(None, ME_P), form_subj(C1),
    T(T016, cte="qp"),
    "case_update", False, C1, [ID_MAIN],
    "Partial completion: training side combined, certification side still running -> not done yet.",
    irt="c1-u2", pre=aws_in("c1-partial", "2023-09-20 06:52:04 +0000"), mid="ses", eol="lf")

T017 = """Hello Ryota,

The second job has now gone through as well. AWS03318462 carries everything that used to sit on AWS05620971, including the SAA-C03 result from August, and AWS05620971 has been retired.

Because Credly reads from AWS03318462, the Solutions Architect - Associate badge should reach you within about a day, as a normal badge e-mail from Credly. If something is missing when you next sign in, reply to this e-mail and we will take another look.

Best regards,
Nnamdi O.
Customer Support | AWS Training and Certification

""" + outlook_q("Nnamdi O. <%s>" % FORM, "Thursday, September 14, 2023 8:17 AM", ME_P, form_subj(C1), T012, style="orig")
add("c1-done", "2023-09-21 03:30:48 +0000", addr("Nnamdi O.", FORM), addr(None, ME_P), form_subj(C1),
    ALT(T(T017, cte="qp"), T(to_html(T017), sub="html", cte="b64")),
    "resolved", False, C1, [ID_MAIN, ID_DUP],
    "Completion without the word 'merged' ('carries everything that used to sit on...', 'has been retired'), with the original keep-which question quoted below in Outlook style.",
    irt="c1-partial", pre=aws_in("c1-done", "2023-09-21 03:30:49 +0000"), mid="ses", eol="crlf")

H018 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f5f5f5">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td><h1 style="font-size:22px">Congratulations, Ryota!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><strong>AWS Certified Solutions Architect &ndash; Associate</strong></p>
<p><a href="https://www.credly.com/badges/0d3b7a1e-52c4-4a86-9f1e-6b2f0e91c7a4/accept" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Accept the badge to share it on LinkedIn, add it to your e-mail signature or download it.</p></td></tr>
<tr><td style="font-size:11px;color:#888">Credly, 100 Broadway, New York, NY 10005. You received this e-mail because an issuer awarded you a badge.
<a href="https://www.credly.com/notification_settings">Manage notifications</a></td></tr>
</table></td></tr></table></body></html>
"""
add("credly-saa", "2023-09-21 11:02:15 +0000", addr("Credly", CREDLY), addr(None, ME_P),
    "Ryota, you've been issued a badge by Amazon Web Services Training and Certification",
    T(H018, sub="html", cte="qp"),
    "badge", False, None, [],
    "HTML-only Credly badge mail right after the merge.",
    pre=inb_gmail("credly-saa", "2023-09-21 11:02:17 +0000", "o1.ptr3306.credly.com", "167.89.101.19",
                  "bounces+1882211-ab12@em.credly.com", dkim_d="credly.com"),
    mid="credly.com")

T019 = """Hello Ryota,

We recently worked with you on case 13874092651 (account-assistance) and would like to know how it went.

How satisfied were you with the support you received?

  Very dissatisfied  1  2  3  4  5  Very satisfied
  https://survey.aws-training-feedback.amazon.com/s/13874092651?r=

It takes about one minute. The survey closes in 14 days.

This mailbox is not monitored, so replies to this message will not be read.

AWS Training and Certification
"""
add("c1-survey", "2023-09-22 17:20:00 +0000", addr("AWS Training and Certification", "tc-survey-noreply@amazon.com"),
    addr(None, ME_P), "How did we do? Your feedback on case 13874092651",
    ALT(T(T019, cte="7bit", label="UTF-8"), T(to_html(T019), sub="html", cte="qp")),
    "survey", False, C1, [],
    "Satisfaction survey for case 1 ('How satisfied were you...?' is a question but not to be answered by mail).",
    pre=aws_in("c1-survey", "2023-09-22 17:20:02 +0000"), mid="ses")

H020 = """<html><body style="font-family:Arial,sans-serif">
<p><img src="https://credly-badgewallet.com/assets/logo.png" alt="Credly"></p>
<p>Dear badge earner,</p>
<p>Our system detected <b>two accounts</b> holding badges issued by <b>Amazon Web Services Training and Certification</b> under your e-mail address. To protect your credentials, duplicated badges are removed automatically after 48 hours.</p>
<p>To keep your AWS badges, verify your identity now by signing in with your Credly and AWS Builder ID credentials:</p>
<p><a href="https://credly-badgewallet.com/secure/verify?id=rn8812" style="background:#ff6b00;color:#fff;padding:10px 16px">Verify my badges</a></p>
<p>If you do not verify, your badges and certification history may be permanently lost.</p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""
add("phish-credly", "2023-09-25 06:41:33 +0000", addr("Credly Badges", "notify@credly-badgewallet.com"),
    addr(None, ME_P), "Action required: your AWS badges will be removed in 48 hours",
    T(H020, sub="html", cte="b64"),
    "suspicious", False, None, [],
    "Lookalike Credly domain, credential phishing that knows about duplicate accounts.",
    pre=inb_gmail("phish-credly", "2023-09-25 06:41:35 +0000", "mail.credly-badgewallet.com", "185.244.30.17",
                  "notify@credly-badgewallet.com", dkim_d="credly-badgewallet.com", dmarc="none"),
    mid="credly-badgewallet.com")

T021 = """Hello Ryota,

Your case #C-208817 "Object storage bucket stuck in deleting state" has been resolved and is now closed.

Resolution: the stuck bucket was removed by our storage team on September 29. Billing for the bucket stopped on the same day.

If the problem comes back, reply to this email within 7 days and the case will reopen automatically. After that, please open a new case from the console.

Thank you for using Zentrix Cloud.

Zentrix Cloud Support
"""
add("zentrix", "2023-10-02 01:15:40 +0000", addr("Zentrix Cloud Support", "support@zentrixcloud.com"), addr(None, ME_P),
    "[Zentrix Support] Case #C-208817 has been closed",
    ALT(T(T021, cte="7bit", label="UTF-8"), T(to_html(T021), sub="html", cte="qp")),
    "unrelated", False, None, [],
    "Another vendor's 'case resolved and closed' mail with a reopen-by-reply offer.",
    pre=inb_gmail("zentrix", "2023-10-02 01:15:42 +0000", "smtp.zentrixcloud.com", "203.0.113.140",
                  "support@zentrixcloud.com", dkim_d="zentrixcloud.com"),
    mid="zentrixcloud.com")

# ================================================================ 2025
T022 = """中川 亮太 様

株式会社ハルニレ 人事部の石井です。
このたびは内定をご承諾いただき、誠にありがとうございます。

3 月 3 日（月）のご入社に向けて、下記の書類を 2 月 21 日（金）までにご提出ください。

・雇用契約書（署名済み）
・扶養控除等申告書
・給与振込先口座のご登録（入社手続きシステムから入力）

入社日に業務用メールアドレスと PC をお渡しします。
ご不明な点がございましたら、本メールにご返信ください。

株式会社ハルニレ 人事部
石井 真奈
"""
add("hr-onb", "2025-02-03 10:30:12 +0900", addr("株式会社ハルニレ 人事部", "jinji@harunire.co.jp"), addr(ME_JA, ME_P),
    "【ハルニレ】入社手続きのご案内",
    T(T022, cte="qp", label="UTF-8"),
    "unrelated", False, None, [],
    "New employer's HR asks for documents - a request, but not AWS.",
    pre=inb_gmail("hr-onb", "2025-02-03 01:30:14 +0000", "mail-sor-f41.google.com", "209.85.220.41",
                  "jinji@harunire.co.jp", dkim_d="harunire.co.jp"),
    mid="gmail")

T023 = """Dear Ryota Nakagawa,

This is a reminder that one of your AWS Certification benefits will expire soon.

  Benefit:       50% discount on your next AWS Certification exam
  Earned with:   AWS Certified Solutions Architect - Professional
  Expires on:    April 30, 2025
  Candidate ID:  AWS04418270

To use the benefit, sign in to your AWS Certification Account, open Benefits, and generate the discount code before scheduling your exam.

Regards,
AWS Certification
"""
add("cert-benefit", "2025-02-04 00:12:31 +0000", addr("AWS Certification", CERTM), addr("Nakagawa Ryota", ME_C),
    "Reminder: your AWS Certification benefit expires soon",
    ALT(T(T023, cte="qp"), T(to_html(T023, font="Verdana"), sub="html", cte="qp")),
    "certification", False, None, [ID_CO],
    "Program mail to the company address about the 50% voucher on the company account.",
    pre=inb_ms("cert-benefit", "2025-02-04 00:12:33 +0000", "mail-out3.certmetrics.com", "198.51.100.23",
               "certmetrics.com", "certmetrics.com"),
    mid="certmetrics.com", eol="crlf")

T024 = """AWS Builder ID

Verify your identity

Use the following code to complete your sign-in:

    583021

This code expires in 10 minutes. If you did not try to sign in, you can ignore this e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("bid-code", "2025-02-05 12:03:50 +0000", addr("AWS Builder ID", "no-reply@signin.aws"), addr(None, ME_P),
    "Your AWS Builder ID verification code",
    ALT(T(T024, cte="7bit", label="UTF-8"), T(to_html(T024), sub="html", cte="qp")),
    "unrelated", False, None, [],
    "Builder ID one-time code (6 digits).",
    pre=inb_gmail("bid-code", "2025-02-05 12:03:51 +0000", "a48-108.smtp-out.amazonses.com", "54.240.48.108",
                  "0100019xx@signin.aws", dkim_d="signin.aws"),
    mid="ses-us")

T025_FWD = """Dear Ryota Nakagawa,

Congratulations! You have earned the AWS Certified Solutions Architect - Professional certification.

  Certification:        AWS Certified Solutions Architect - Professional
  Exam:                 SAP-C02
  Achieved on:          June 10, 2024
  Expires on:           June 10, 2027
  Validation number:    K8F1WQ03HBD2EXL7
  Candidate ID:         AWS04418270

As an AWS Certified individual you now have access to a 50% discount on your next exam. You can find it under Benefits in your AWS Certification Account.

Sincerely,
AWS Certification"""
T025 = """自分用に転送。退職前に控えを残しておく。

""" + outlook_q("AWS Certification <%s>" % CERTM, "Tuesday, June 11, 2024 10:02 AM",
                "Nakagawa Ryota <%s>" % ME_C, "Congratulations! You are now AWS Certified", T025_FWD)
add("fwd-sap", "2025-02-06 18:20:44 +0900", F_MEC, addr(ME, ME_P), "FW: Congratulations! You are now AWS Certified",
    ALT(T(T025, cs="utf-8", cte="b64", label='"utf-8"'), T(to_html(T025, font="Yu Gothic, Meiryo"), sub="html", cte="b64", label='"utf-8"')),
    "user_reply", False, None, [],
    "Owner forwards an old certification mail from the company mailbox to himself; the candidate id is only in the forwarded part.",
    extra=[("Thread-Topic", "Congratulations! You are now AWS Certified"), ("Content-Language", "ja-JP")],
    mid="outlook", eol="crlf")

T026 = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and a case has been opened.

Case ID: %s

Summary of your submission
--------------------------
Inquiry type:        Certification
Additional details:  Account Merge
Description:
  I will leave my employer (Tsubame DX Co., Ltd.) at the end of February. I would
  like to merge my certification account registered with r.nakagawa@tsubame-dx.co.jp
  into my personal account. Email addresses used: r.nakagawa@tsubame-dx.co.jp,
  ryota.nakagawa.jp@gmail.com. Address to keep: ryota.nakagawa.jp@gmail.com

Our team will reply to this address, usually within one business day. Some requests take longer because we need to check with other teams.

Opening another case about the same request will not speed things up and may delay it. To add information, reply to this email without changing the subject line.

AWS Training and Certification
""" % C2
add("c2-ack", "2025-02-10 00:41:09 +0000", F_TC, addr(None, ME_P), form_subj(C2, "[CASE {c}] "),
    T(T026, cte="7bit", label="UTF-8"),
    "acknowledgement", False, C2, [],
    "Acknowledgement for the main 2025 case (15-digit id) echoing the form text.",
    pre=aws_in("c2-ack", "2025-02-10 00:41:10 +0000"), mid="ses", eol="crlf", fold=True)

T027 = """お問い合わせいただきありがとうございます。

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号: %s

担当者より、原則として 1 営業日以内にメールでご連絡いたします。内容によっては、関係部署への確認のためにお時間をいただく場合がございます。

同じ内容で新たにお問い合わせいただくと、ケースが重複し、かえってご回答が遅れる原因となります。追加でお伝えいただきたいことがございましたら、件名を変えずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % C3
add("c3-ack", "2025-02-10 00:47:23 +0000", F_TC, addr(None, ME_P), form_subj(C3, "[CASE {c}] "),
    T(T027, cs="iso-2022-jp", cte="7bit", label='"ISO-2022-JP"'),
    "acknowledgement", False, C3, [],
    "Second acknowledgement six minutes later (duplicate form submission), Japanese template in ISO-2022-JP.",
    pre=aws_in("c3-ack", "2025-02-10 00:47:24 +0000"), mid="ses", eol="crlf", fold=True)

T028 = """Hello,

I submitted the form twice by mistake this morning. The other case is %s.
Please close this one and continue on the other. Sorry for the trouble.

Ryota Nakagawa

""" % C2 + gmail_q_ja("2025年2月10日(月) 9:47", "AWS Training and Certification <%s>" % FORM, T027)
add("c3-u1", "2025-02-10 10:05:30 +0900", F_ME, addr("AWS Training and Certification", FORM),
    "Re: " + form_subj(C3, "[CASE {c}] "),
    ALT(T(T028, cte="b64", label="UTF-8"), T(to_html(T028), sub="html", cte="b64", label="UTF-8")),
    "user_reply", False, C3, [],
    "Owner asks to close the duplicate; mentions the other case number in the body, Japanese Gmail quote header.",
    irt="c3-ack", mid="gmail")

T029 = """Hello Ryota,

As you asked, I have closed this case as a duplicate. Your merge request will be handled under case %s, and all further updates will come from that case.

No further action is needed on this one.

Sipho M.
AWS Training and Certification Customer Support
""" % C2
add("c3-dup", "2025-02-11 02:12:07 +0000", addr("Sipho M.", FORM), addr(None, ME_P), form_subj(C3),
    T(T029, cte="7bit", label="UTF-8"),
    "case_update", False, C3, [],
    "Duplicate case closed and pointed to the main case. Not a resolution of the request; labelled with the duplicate's own number.",
    irt="c3-u1", pre=aws_in("c3-dup", "2025-02-11 02:12:08 +0000"), mid="ses", eol="crlf")

H030 = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#232f3e">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="28" style="background:#ffffff;font-family:'Hiragino Sans','Meiryo',sans-serif">
<tr><td><h1 style="color:#232f3e;font-size:24px">AWS Summit Japan 2025 登録受付開始</h1>
<p>6 月 25 日・26 日、幕張メッセで開催される AWS Summit Japan の参加登録を開始しました。</p>
<ul><li>150 以上のセッション</li><li>AWS 認定者ラウンジ（認定をお持ちの方限定）</li><li>ハンズオンワークショップ</li></ul>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2502" style="background:#ff9900;color:#000;padding:12px 22px;text-decoration:none">今すぐ登録</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#666">このメールは配信専用です。配信停止は <a href="https://pages.awscloud.com/unsub">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</td></tr>
</table></td></tr></table></body></html>
"""
add("mkt-summit", "2025-02-11 03:00:00 +0000", addr("AWS Japan", "aws-marketing-email-replies@amazon.com"),
    addr(None, ME_P), "【AWS Summit Japan 2025】参加登録を開始しました",
    T(H030, sub="html", cte="b64", label="UTF-8"),
    "unrelated", False, None, [],
    "Japanese AWS marketing, HTML-only base64, mentions certification lounge.",
    pre=aws_in("mkt-summit", "2025-02-11 03:00:02 +0000"), mid="ses-us")

T031 = """Hello Ryota,

Thank you for the details in your request.

While preparing the merge I found that the account that signs in with r.nakagawa@tsubame-dx.co.jp (candidate ID AWS04418270) is associated with an AWS Partner Network organization, Tsubame DX Co., Ltd. Certifications held on a partner-associated account count toward that partner's program requirements, so we are not able to move them out while the association is active. The association has to be removed first - either by the partner's alliance lead in Partner Central, or by our partner team once the employment has ended.

I have asked our partner team to check the status of the association, and this case is on hold until they come back to me. That usually takes three to five business days.

One thing would help in the meantime: are you leaving Tsubame DX, and if so, what is your last working day there? The partner team asks for this before they release an account.

Best regards,
Camille D.
""" + SIG_FORM + "\n"
add("c2-hold", "2025-02-12 01:48:55 +0000", addr("Camille D.", FORM), addr(None, ME_P), form_subj(C2),
    ALT(T(T031, cte="qp"), T(to_html(T031, font="Calibri, Arial"), sub="html", cte="qp")),
    "on_hold", True, C2, [ID_CO],
    "APN partner hold; the question about the last working day is buried in the last paragraph -> on_hold that needs a reply.",
    cc=addr(None, ME_C), irt="c2-ack", pre=aws_in("c2-hold", "2025-02-12 01:48:56 +0000"), mid="ses", eol="crlf")

T032 = """中川 亮太 様

情報システム部です。
退職に伴うアカウント停止についてご案内します。

■ 停止日時
　2025年2月28日（金）18:00

■ 停止対象
　・メールボックス（r.nakagawa@tsubame-dx.co.jp）
　・社内 VPN、各種 SaaS アカウント
　・AWS パートナーポータル（Partner Central）のユーザー

■ お願い
　・業務データは2月26日までに共有ドライブへ移動してください。
　・貸与 PC は最終出社日に情報システム部へ返却してください。

停止後はメールの受信もできなくなります。個人宛の連絡先変更はお早めにお済ませください。

情報システム部 ヘルプデスク（内線 4410）
"""
add("it-offb", "2025-02-12 14:02:18 +0900", addr("情報システム部", "it-helpdesk@tsubame-dx.co.jp", "iso-2022-jp"),
    addr(None, ME_C), "【要対応】退職に伴うアカウント停止のご案内",
    T(T032, cs="shift_jis", cte="8bit", label="Shift_JIS"),
    "unrelated", False, None, [],
    "Company IT offboarding notice, raw 8-bit Shift_JIS, to the company address; '要対応' but not AWS.",
    pre=inb_ms("it-offb", "2025-02-12 05:02:19 +0000", "TYCPR01MB7720.jpnprd01.prod.outlook.com", "10.12.4.20",
               "tsubame-dx.co.jp", "tsubame-dx.co.jp"),
    extra=[("Content-Language", "ja-JP")], mid="outlook", eol="crlf", subj_cs="iso-2022-jp")

T033 = """Hello Camille,

Thank you for checking. Yes, I am leaving Tsubame DX. My last working day is February 28, 2025. This mailbox will be closed after that, so please continue on ryota.nakagawa.jp@gmail.com.

Regards,
Ryota Nakagawa

""" + outlook_q("Camille D. <%s>" % FORM, "Wednesday, February 12, 2025 10:48 AM", ME_P, form_subj(C2), T031, cc=ME_C)
add("c2-u1", "2025-02-12 17:31:02 +0900", F_MEC, addr("Camille D.", FORM), "RE: " + form_subj(C2),
    ALT(T(T033, cs="iso-2022-jp", cte="7bit", label='"iso-2022-jp"'),
        T(to_html(T033, font="Meiryo UI, sans-serif"), sub="html", cte="qp", label='"iso-2022-jp"', cs="iso-2022-jp")),
    "user_reply", False, C2, [],
    "Owner answers the hold question - from the company address (the one being retired), Outlook quoting.",
    cc=addr(None, ME_P), irt="c2-hold",
    extra=[("Thread-Topic", form_subj(C2)), ("Content-Language", "en-US")], mid="outlook", eol="crlf")

T034 = """Hello Ryota,

Thank you for letting me know about your last day.

Before I pass this to the partner team I have to raise one point. Your message came from r.nakagawa@tsubame-dx.co.jp, the address of the account that will be closed once the merge is done, while the case itself was opened from ryota.nakagawa.jp@gmail.com, the account that will keep everything. We only take instructions about a merge from the owner of the account that survives it. That protects you: a former employer, who controls the company mailbox, should not be able to move certifications on your behalf.

Could you send the same statement - that you are leaving Tsubame DX and the date of your last working day - from ryota.nakagawa.jp@gmail.com? Replying to this message from that address is fine; just keep the case number in the subject.

The partner hold is not affected by this, and I will keep following it up.

Best regards,
Camille D.
""" + SIG_FORM + "\n"
add("c2-info-addr", "2025-02-13 02:26:40 +0000", addr("Camille D.", FORM), addr(None, ME_C), form_subj(C2),
    ALT(T(T034, cte="qp"), T(to_html(T034, font="Calibri, Arial"), sub="html", cte="qp")),
    "info_request", True, C2, [],
    "Talks at length about which account survives the merge, but the ask is to write again from the other (personal) address. Sent to the company address.",
    irt="c2-u1", pre=aws_in("c2-info-addr", "2025-02-13 02:26:41 +0000", ms=True), mid="ses", eol="crlf")

T035 = """Hello Camille,

Writing from my personal address as requested.

I am leaving Tsubame DX Co., Ltd.; my last working day is February 28, 2025. I would like the certifications on the company account (AWS04418270) to be merged into my personal account (AWS03318462).

Thanks,
Ryota Nakagawa

""" + gmail_q("Thu, Feb 13, 2025 at 11:26 AM", "Camille D. <%s>" % FORM, T034)
add("c2-u2", "2025-02-13 20:14:09 +0900", F_ME, addr("Camille D.", FORM), "Re: " + form_subj(C2),
    ALT(T(T035, cte="qp", label="UTF-8"), T(to_html(T035), sub="html", cte="qp", label="UTF-8")),
    "user_reply", False, C2, [ID_CO, ID_MAIN],
    "Owner restates the departure from the personal address.",
    irt="c2-info-addr", mid="gmail")

T036 = """@yuki-kobayashi requested your review on: ryota-n/tfmodules#431 Support merging duplicate account aliases.

This PR lets the `account_aliases` module merge duplicate aliases instead of failing. Could you take a look when you have time? I'd like to get it into the next release.

--
Reply to this email directly, view it on GitHub:
https://github.com/ryota-n/tfmodules/pull/431
You are receiving this because your review was requested.
"""
add("gh431", "2025-02-14 09:31:27 +0000", addr("Yuki Kobayashi", "notifications@github.com"),
    addr("ryota-n/tfmodules", "tfmodules@noreply.github.com"),
    "[ryota-n/tfmodules] Support merging duplicate account aliases (PR #431)",
    ALT(T(T036, cte="7bit"), T(to_html(T036), sub="html", cte="qp")),
    "unrelated", False, None, [],
    "GitHub review request about 'merging duplicate account' aliases, with a polite request.",
    cc=addr(ME, ME_P) + ", " + addr("Review requested", "review_requested@noreply.github.com"),
    pre=inb_gmail("gh431", "2025-02-14 09:31:29 +0000", "out-25.smtp.github.com", "192.30.252.208",
                  "noreply@github.com", dkim_d="github.com"),
    extra=[("List-ID", "ryota-n/tfmodules <tfmodules.ryota-n.github.com>"), ("X-GitHub-Reason", "review_requested")],
    mid="github.com")

T037 = """Hello Ryota,

Thank you for writing from your personal address - that is everything I needed from you.

Our partner team has contacted the alliance lead at Tsubame DX and asked them to remove the association on AWS04418270. Until that happens, or until your end date has passed, the case remains on hold. You don't need to do anything; I will update you as soon as it moves.

Best regards,
Camille D.
""" + SIG_FORM + "\n"
add("c2-hold2", "2025-02-17 07:55:19 +0000", addr("Camille D.", FORM), addr(None, ME_P), form_subj(C2),
    T(T037, cte="qp"),
    "on_hold", False, C2, [ID_CO],
    "Still on hold, explicitly nothing needed from the owner.",
    irt="c2-u2", pre=aws_in("c2-hold2", "2025-02-17 07:55:20 +0000"), mid="ses", eol="crlf")

H038 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are processing the account merge you requested. Before the merge can be completed, we must verify that you own <b>both</b> certification accounts.</p>
<p>Please sign in to each account through the secure verification page below within 24 hours. If verification is not completed, your request will be cancelled and certifications on the retired account may be lost.</p>
<p><a href="https://aws-training-verify.com/merge/verify?case=%s">Verify my accounts</a></p>
<p>Case ID: %s</p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>
""" % (FAKE1, FAKE1)
add("phish-dmarc", "2025-02-18 11:20:41 +0000", F_TC, addr(None, ME_P),
    "RE:[CASE %s] Account merge - verification required" % FAKE1,
    T(H038, sub="html", cte="qp", label="UTF-8"),
    "suspicious", False, None, [],
    "Uses the real form sender address and a case-style subject, but Authentication-Results show dkim/spf/dmarc fail for amazon.com; links to a lookalike domain.",
    pre=inb_gmail("phish-dmarc", "2025-02-18 11:20:43 +0000", "vps-4417.hostlane.net", "91.215.85.33",
                  "bounce@hostlane.net", dkim="none", spf="softfail", dmarc="fail", from_dom="amazon.com"),
    reply_to="support@aws-training-verify.com", mid="hostlane.net")

T039 = """Dear Ryota Nakagawa,

Congratulations! You have earned the AWS Certified Security - Specialty certification.

  Certification:        AWS Certified Security - Specialty
  Exam:                 SCS-C02
  Achieved on:          February 20, 2025
  Expires on:           February 20, 2028
  Validation number:    D4N7XC2QJR81MW0T
  Candidate ID:         AWS07731904

Your digital badge is issued through Credly. You can download your certificate from your AWS Certification Account.

Sincerely,
AWS Certification
"""
add("cert-scs", "2025-02-20 09:48:02 +0000", addr("AWS Certification", CERTM), addr("Nakagawa Ryota", ME_C),
    "Congratulations! You are now AWS Certified",
    ALT(T(T039, cte="qp"), T(to_html(T039, font="Verdana"), sub="html", cte="qp")),
    "certification", False, None, [ID_SSO],
    "Exam result on yet another candidate id (the stray partner-SSO account that becomes case 5).",
    pre=inb_ms("cert-scs", "2025-02-20 09:48:04 +0000", "mail-out3.certmetrics.com", "198.51.100.23",
               "certmetrics.com", "certmetrics.com"),
    mid="certmetrics.com", eol="crlf")

T040 = """Hello Ryota,

Good news: the partner association on AWS04418270 was removed on February 21 by the alliance lead at Tsubame DX, so the hold on your case has been lifted and it is back in our merge queue.

A colleague will write to you shortly with the account details for your review.

Best regards,
Camille D.
""" + SIG_FORM + "\n"
add("c2-unhold", "2025-02-24 04:11:36 +0000", addr("Camille D.", FORM), addr(None, ME_P), form_subj(C2),
    T(T040, cte="qp"),
    "case_update", False, C2, [ID_CO],
    "Hold lifted; announces that a review/confirmation will come later (future), asks nothing now.",
    irt="c2-hold2", pre=aws_in("c2-unhold", "2025-02-24 04:11:37 +0000"), mid="ses", eol="crlf")

T041 = """Hello Ryota,

I have taken over your case from Camille and have been preparing the merge. These are the two accounts involved:

Account #1
  Login email: ryota.nakagawa.jp@gmail.com
  Training notification email: ryota.nakagawa.jp@gmail.com
  Certification notification email: ryota.nakagawa.jp@gmail.com
  Candidate ID: AWS03318462

Account #2
  Login email: r.nakagawa@tsubame-dx.co.jp
  Training notification email: r.nakagawa@tsubame-dx.co.jp
  Certification notification email: r.nakagawa@tsubame-dx.co.jp
  Candidate ID: AWS04418270

Our tooling shows an exam registration on Account #1 with the status "pending", created on February 19. A pending or scheduled exam on either account blocks the merge, because the exam provider keeps its own copy of the registration, which would be left pointing at nothing. It may simply be left over from a checkout that was never finished.

Before I go any further: can you sign in to Account #1, open Exam Registration, and tell me what is listed there (exam name, date and status)? A screenshot is fine. If nothing is listed on your side, just say so and I will have the stale entry removed.

I am not asking you to confirm the merge yet; I will send the final summary for that once this is cleared.

Regards,
Hiroshi T.
""" + SIG_FORM + "\n"
add("c2-info-check", "2025-02-25 01:30:22 +0000", addr("Hiroshi T.", FORM), addr(None, ME_P), form_subj(C2),
    ALT(T(T041, cte="qp"), T(to_html(T041, font="Consolas, monospace", size="13px"), sub="html", cte="qp")),
    "info_request", True, C2, [ID_MAIN, ID_CO],
    "Has the full Account #1 / Account #2 listing that usually precedes a confirmation, but asks for a check reported back (Exam Registration) and says it is not the confirmation yet.",
    irt="c2-unhold", pre=aws_in("c2-info-check", "2025-02-25 01:30:23 +0000"), mid="ses", eol="crlf")

T042 = """Hi Hiroshi,

Exam Registration on Account #1 lists nothing - screenshot attached.
I did start booking the Security Specialty exam from this account on Feb 19 but gave up half-way and booked it through the company login instead.

Ryota

""" + gmail_q("Tue, Feb 25, 2025 at 10:30 AM", "Hiroshi T. <%s>" % FORM, T041)
add("c2-u3", "2025-02-25 12:02:47 +0900", F_ME, addr("Hiroshi T.", FORM), "Re: " + form_subj(C2),
    MIX(ALT(T(T042, cte="qp", label="UTF-8"), T(to_html(T042), sub="html", cte="qp", label="UTF-8")),
        ATT("exam-registration.png", "image/png", png(64, 32, (255, 255, 255)))),
    "user_reply", False, C2, [],
    "Owner reports the check with a screenshot; the account listing is only in the quote.",
    irt="c2-info-check", mid="gmail")

T043 = """Hello Ryota,

Thanks - the stale registration has been removed.

One more item before I send the summary. The legal name differs between the two accounts: Account #1 has "Ryouta Nakagawa" and Account #2 has "Ryota Nakagawa". The merged account keeps the name from Account #1, and that name is what is printed on your certificates and what has to match your ID at future exams.

Which spelling is on your government-issued ID? If it is "Ryota", you can correct it yourself under Profile > Legal name, or tell me and I will change it for you.

Regards,
Hiroshi T.
""" + SIG_FORM + "\n"
add("c2-info-name", "2025-02-26 00:45:10 +0000", addr("Hiroshi T.", FORM), addr(None, ME_P), form_subj(C2),
    T(T043, cte="qp"),
    "info_request", True, C2, [],
    "About the merged account's name; the question is a fact (which spelling is on your ID), not which account to keep.",
    irt="c2-u3", pre=aws_in("c2-info-name", "2025-02-26 00:45:11 +0000"), mid="ses", eol="crlf")

T044 = """It's Ryota (no u). I corrected it under Profile just now.

Ryota

""" + gmail_q("Wed, Feb 26, 2025 at 9:45 AM", "Hiroshi T. <%s>" % FORM, T043)
add("c2-u4", "2025-02-26 10:20:33 +0900", F_ME, addr("Hiroshi T.", FORM), "Re: " + form_subj(C2),
    T(T044, cte="qp", label="UTF-8"),
    "user_reply", False, C2, [],
    "Short owner answer (plain text only).",
    irt="c2-info-name", mid="gmail")

H045 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Hello Ryota,</p>
<p>Thank you - I can see the corrected name now, and everything is in place.</p>
<p>Please review the two accounts below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>ryota.nakagawa.jp@gmail.com</td><td>r.nakagawa@tsubame-dx.co.jp</td></tr>
<tr><td>Training notification email</td><td>ryota.nakagawa.jp@gmail.com</td><td>r.nakagawa@tsubame-dx.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ryota.nakagawa.jp@gmail.com</td><td>r.nakagawa@tsubame-dx.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS03318462</td><td>AWS04418270</td></tr>
<tr><td>Legal name</td><td>Ryota Nakagawa</td><td>Ryota Nakagawa</td></tr>
<tr><td>Certifications</td><td>SAA, DVA</td><td>SAP</td></tr>
</table>
<p>After the merge, Account #1 will hold the exam history, certifications and benefits of both, and Account #2 will be closed.</p>
<p>If these details are correct and both accounts belong to you, reply with &quot;Confirmed, merge into Account #1&quot;. If you would rather keep Account #2 as the destination, tell me and I will prepare it the other way round.</p>
<p>Regards,<br>Hiroshi T.<br>AWS Training and Certification Customer Support</p>
</div></body></html>
"""
add("c2-conf", "2025-02-27 01:05:58 +0000", addr("Hiroshi T.", FORM), addr(None, ME_P), form_subj(C2),
    T(H045, sub="html", cte="qp"),
    "confirmation_request", True, C2, [ID_MAIN, ID_CO],
    "HTML-only confirmation with an Account #1/#2 table and a reply phrase to send.",
    irt="c2-u4", pre=aws_in("c2-conf", "2025-02-27 01:05:59 +0000"), mid="ses", eol="crlf")

T046 = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Aoi (Naviq Support)
Feb 27, 2025, 11:40 JST

Hi Ryota, the billing address on your Naviq workspace has been changed to your personal address. The next invoice will be issued to it.

This email is a service from Naviq Support.
[8RKD2L-5QMN]
"""
add("naviq", "2025-02-27 02:41:10 +0000", addr("Naviq Support", "support@naviq.zendesk.com"), addr(ME, ME_P),
    "[Naviq] Re: Change of invoice address",
    ALT(T(T046, cte="qp"), T(to_html(T046, font="Helvetica"), sub="html", cte="qp")),
    "unrelated", False, None, [],
    "Zendesk-style 'request solved' from another vendor, reopen-by-reply offer.",
    pre=inb_gmail("naviq", "2025-02-27 02:41:12 +0000", "outbyoip12.pod18.use1.zdsys.com", "192.161.151.12",
                  "support@naviq.zendesk.com", dkim_d="zendesk.com", from_dom="naviq.zendesk.com"),
    mid="zendesk.com")

T047 = """Confirmed. Please merge Account #2 into Account #1.

Thank you,
Ryota
"""
P047 = T047 + "\n" + gmail_q("Thu, Feb 27, 2025 at 10:05 AM", "Hiroshi T. <%s>" % FORM,
                             "Hello Ryota,\n\nThank you - I can see the corrected name now, and everything is in place.\n\nPlease review the two accounts below.\n\n[table]\n\nAfter the merge, Account #1 will hold the exam history, certifications and benefits of both, and Account #2 will be closed.\n\nIf these details are correct and both accounts belong to you, reply with \"Confirmed, merge into Account #1\". ...")
add("c2-u5", "2025-02-27 12:48:19 +0900", F_ME, addr("Hiroshi T.", FORM), "Re: " + form_subj(C2),
    ALT(T(P047, cte="qp", label="UTF-8"),
        T('<div dir="ltr">Confirmed. Please merge Account #2 into Account #1.<br><br>Thank you,<br>Ryota</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Feb 27, 2025 at 10:05 AM Hiroshi T. &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (FORM, H045.split("<body>")[1].split("</body>")[0]), sub="html", cte="qp", label="UTF-8")),
    "user_reply", False, C2, [],
    "Owner's merge confirmation; Gmail blockquote carries the whole HTML confirmation request.",
    irt="c2-conf", mid="gmail")

T048 = """Hello Ryota,

Thank you for confirming. I have submitted the merge.

It runs as a batch job and normally completes within two business days. Until it finishes you may still be able to sign in with the company login and see your certifications there; that is expected. Once the job is done you should see all of your certifications and exam history under the personal login, and I will write to you when that is the case.

Regards,
Hiroshi T.
""" + SIG_FORM + "\n"
add("c2-prog", "2025-02-28 00:58:44 +0000", addr("Hiroshi T.", FORM), addr(None, ME_P), form_subj(C2),
    T(T048, cte="qp"),
    "case_update", False, C2, [],
    "Progress only: merge submitted, 'once the job is done you should see...' is future - not a completion.",
    irt="c2-u5", pre=aws_in("c2-prog", "2025-02-28 00:58:45 +0000"), mid="ses", eol="crlf")

T049 = """Hello Ryota,

The job finished overnight.

Your records now point to the account that signs in with ryota.nakagawa.jp@gmail.com (AWS03318462): the exam history and the certifications from both accounts are listed there. The login r.nakagawa@tsubame-dx.co.jp no longer opens a certification profile, and AWS04418270 will not be used again.

Credly should pick up the change within a day or two. If something you expected is not on the account, reply here and I will look into it.

Regards,
Hiroshi T.
""" + SIG_FORM + "\n\n" + outlook_q("Hiroshi T. <%s>" % FORM, "Thursday, February 27, 2025 1:05 AM", ME_P, form_subj(C2),
    "Hello Ryota,\n\nThank you - I can see the corrected name now, and everything is in place.\n\nPlease review the two accounts below.\n\n"
    "               Account #1                      Account #2\nLogin email    ryota.nakagawa.jp@gmail.com     r.nakagawa@tsubame-dx.co.jp\nCandidate ID   AWS03318462                     AWS04418270\n\n"
    "After the merge, Account #1 will hold the exam history, certifications and benefits of both, and Account #2 will be closed.\n\n"
    "If these details are correct and both accounts belong to you, reply with \"Confirmed, merge into Account #1\".", style="orig")
add("c2-done", "2025-03-03 00:10:05 +0000", addr("Hiroshi T.", FORM), addr(None, ME_P), form_subj(C2),
    ALT(T(T049, cte="qp"), T(to_html(T049, font="Calibri, Arial"), sub="html", cte="qp")),
    "resolved", False, C2, [ID_MAIN, ID_CO],
    "Completion in roundabout wording ('your records now point to...', 'no longer opens a certification profile') with the confirmation request quoted underneath.",
    irt="c2-prog", pre=aws_in("c2-done", "2025-03-03 00:10:06 +0000"), mid="ses", eol="crlf")

DSN_TXT = """Delivery has failed to these recipients or groups:

r.nakagawa@tsubame-dx.co.jp
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: TYCPR01MB7720.jpnprd01.prod.outlook.com

r.nakagawa@tsubame-dx.co.jp
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
DSN_STATUS = b"""Reporting-MTA: dns;TYCPR01MB7720.jpnprd01.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Mon, 3 Mar 2025 03:12:40 +0000

Final-Recipient: rfc822;r.nakagawa@tsubame-dx.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
DSN_HDRS = ("From: Ryota Nakagawa <%s>\nTo: %s\nSubject: =?UTF-8?B?%s?=\nDate: Mon, 3 Mar 2025 12:12:35 +0900\nMessage-ID: <CAH0test3mar@mail.gmail.com>\n" % (
    ME_P, ME_C, base64.b64encode("転送テスト".encode()).decode())).encode()
add("dsn-co", "2025-03-03 03:12:42 +0000",
    addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tsubame-dx.co.jp"), addr(None, ME_P),
    "Undeliverable: 転送テスト",
    REPORT(T(DSN_TXT, cte="qp", label="us-ascii", cs="us-ascii"), RAW("message/delivery-status", DSN_STATUS),
           RAW("text/rfc822-headers", DSN_HDRS)),
    "unrelated", False, None, [],
    "Bounce from the closed company mailbox (multipart/report).",
    pre=inb_gmail("dsn-co", "2025-03-03 03:12:43 +0000", "mail-tycjpn01on2101.outbound.protection.outlook.com",
                  "40.107.114.101", "postmaster@tsubame-dx.co.jp", dkim_d="tsubame-dx.co.jp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], mid="outlook")

H050 = """<html><body style="margin:0;background:#f5f5f5"><table width="100%%"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td><h2>Your badge is ready, Ryota</h2>
<p>Amazon Web Services Training and Certification issued you a new badge:</p>
<p><strong>AWS Certified Solutions Architect &ndash; Professional</strong></p>
<p><a href="https://www.credly.com/badges/9a61f2c0-7e33-4b8e-8d0a-2c5b7e44e1aa/accept">Accept badge</a></p>
<p style="font-size:12px;color:#777">Issued to %s</p></td></tr></table></td></tr></table></body></html>
""" % ME_P
add("credly-sap", "2025-03-04 06:40:27 +0000", addr("Credly", CREDLY), addr(None, ME_P),
    "Your badge from Amazon Web Services Training and Certification is ready",
    ALT(T("Your badge is ready, Ryota\n\nAmazon Web Services Training and Certification issued you a new badge:\nAWS Certified Solutions Architect - Professional\n\nAccept badge: https://www.credly.com/badges/9a61f2c0-7e33-4b8e-8d0a-2c5b7e44e1aa/accept\n", cte="7bit", label="UTF-8"),
        T(H050, sub="html", cte="qp")),
    "badge", False, None, [],
    "Credly badge after the 2025 merge (badge UUID in link).",
    pre=inb_gmail("credly-sap", "2025-03-04 06:40:29 +0000", "o1.ptr3306.credly.com", "167.89.101.19",
                  "bounces+1882211-ab12@em.credly.com", dkim_d="credly.com"),
    mid="credly.com")

T051 = """石井様

お世話になっております。中川です。

AWS 認定の登録先を前職の会社アドレスから個人アドレスに移しました。保有資格（SAA / DVA / SAP）はこのアカウントで確認できます。
資格手当の申請に必要でしたら、認定証の PDF もお送りします。

中川

---------- Forwarded message ---------
From: Hiroshi T. <%s>
Date: 2025年3月3日(月) 9:10
Subject: %s
To: <%s>

""" % (FORM, form_subj(C2), ME_P) + T049.split("\n\n________________")[0].split("\n\n-----Original")[0]
add("fwd-hr", "2025-03-04 18:15:00 +0900", F_ME, addr("石井 真奈", "jinji@harunire.co.jp"),
    "Fwd: " + form_subj(C2),
    ALT(T(T051, cte="b64", label="UTF-8"), T(to_html(T051), sub="html", cte="b64", label="UTF-8")),
    "user_reply", False, C2, [],
    "Owner forwards the completion mail to the new employer's HR; the forwarded part contains completion wording and candidate ids.",
    mid="gmail")

H052 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" cellpadding="20" style="border:1px solid #d5dbdb"><tr><td>
<p>Hello Ryota,</p>
<p>Your case <b>%s</b> was recently resolved by <b>Hiroshi T.</b> We'd like to hear about your experience.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;a=y">Yes</a> &nbsp; | &nbsp; <a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;a=n">No</a></p>
<p><b>How would you rate the agent who helped you?</b></p>
<p><a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;r=1">1</a> <a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;r=2">2</a> <a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;r=3">3</a> <a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;r=4">4</a> <a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;r=5">5</a></p>
<p style="font-size:11px;color:#687078">Your answers are anonymous and used only to improve our service.</p>
</td></tr></table></body></html>
""" % ((C2,) * 8)
add("c2-survey", "2025-03-04 15:00:09 +0000", addr("AWS Training and Certification", "tc-survey-noreply@amazon.com"),
    addr(None, ME_P), "We'd love your feedback on case %s" % C2,
    T(H052, sub="html", cte="qp"),
    "survey", False, C2, [],
    "HTML-only survey with questions ('Was your issue resolved?').",
    pre=aws_in("c2-survey", "2025-03-04 15:00:10 +0000"), mid="ses")

T053 = """Hello Ryota,

Thank you for being part of the AWS Certified community. AWS Certification wants to hear from you.

We are reviewing the exam experience and the benefits we offer to AWS Certified individuals, and your answers will help shape what comes next. The survey takes about 10 minutes.

  Take the survey: https://certmetrics.com/amazon/survey/2025q1?u=ryn

Thank you,
AWS Certification
"""
add("cert-survey", "2025-03-05 16:30:00 +0000", addr("AWS Certification", CERTM), addr(None, ME_P),
    "AWS Certification wants to hear from you",
    ALT(T(T053, cte="7bit", label="UTF-8"), T(to_html(T053, font="Verdana"), sub="html", cte="qp")),
    "certification", False, None, [],
    "Certification-program survey, not tied to a support case -> certification, not survey.",
    pre=inb_gmail("cert-survey", "2025-03-05 16:30:02 +0000", "mail-out3.certmetrics.com", "198.51.100.23",
                  "bounce@certmetrics.com", dkim_d="certmetrics.com"),
    mid="certmetrics.com")

# ------------------------------------------------ case 5 (Japanese) and case 4 (console), interleaved
T054 = """Hello,

Thank you for contacting AWS Training and Certification. We have received your inquiry.

Case ID: %s

One of our specialists will reply to you by email, usually within 24 hours. If your inquiry needs help from another team, it may take a little longer.

Please do not submit another request about the same matter; reply to this email instead and keep the case number in the subject.

AWS Training and Certification
""" % C5
H054 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px;color:#fff;font-size:16px">AWS Training and Certification</td></tr>
<tr><td style="padding:16px"><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. We have received your inquiry.</p>
<table cellpadding="4" style="border:1px solid #ccc"><tr><td><b>Case ID</b></td><td>%s</td></tr></table>
<p>One of our specialists will reply to you by email, usually within 24 hours. If your inquiry needs help from another team, it may take a little longer.</p>
<p>Please do not submit another request about the same matter; reply to this email instead and keep the case number in the subject.</p>
</td></tr></table></body></html>
""" % C5
add("c5-ack", "2025-03-06 01:12:43 +0000", F_TC, addr(None, ME_P), form_subj(C5, "[CASE {c}] "),
    ALT(T(T054, cte="7bit", label="UTF-8"), T(H054, sub="html", cte="qp")),
    "acknowledgement", False, C5, [],
    "Acknowledgement of case 5 (multipart, HTML table).",
    pre=aws_in("c5-ack", "2025-03-06 01:12:44 +0000"), mid="ses", eol="crlf", fold=True)

T055 = """中川 様

AWS トレーニングと認定 カスタマーサポートの佐藤です。

2 月 20 日に受験された AWS Certified Security - Specialty の結果が、統合後のアカウントに表示されていない件について承りました。
試験結果の記録を管理しているチームに調査を依頼しております。

調査には数営業日ほどかかる見込みです。結果が分かり次第、こちらからご連絡いたします。

なお、その間に追加でお伝えいただきたいことがございましたら、本メールにご返信ください。

よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("c5-upd", "2025-03-07 02:40:19 +0000", addr("佐藤 - AWS Training and Certification", FORM), addr(None, ME_P),
    form_subj(C5),
    T(T055, cte="b64", label="UTF-8"),
    "case_update", False, C5, [],
    "Japanese: investigation passed to another team; ends with a conditional invitation (〜がございましたら).",
    irt="c5-ack", pre=aws_in("c5-upd", "2025-03-07 02:40:20 +0000"), mid="ses", eol="crlf")

T056 = """Dear AWS customer,

We have received your case. A support agent will respond soon.

Case ID: %s
Subject: Certification benefit (50%% exam discount) missing after account merge
Severity: General guidance
AWS Account: 210987659012
Correspondence: After my two certification accounts were merged under case %s, the 50%% exam discount from my former company account is not listed on my personal account. Could you check whether it can be transferred?

You can view and update your case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (C4, C2, C4)
add("c4-ack", "2025-03-07 03:05:55 +0000", F_AWS, addr(None, ME_P),
    "Amazon Web Services: New Support case: %s" % C4,
    T(T056, cte="qp", label="UTF-8"),
    "acknowledgement", False, C4, [],
    "Console case acknowledgement from no-reply-aws@amazon.com; the echoed correspondence contains a question and another case number; 12-digit AWS account id.",
    pre=aws_in("c4-ack", "2025-03-07 03:05:56 +0000"), mid="ses", eol="crlf")

T057 = """Hello,

Thank you for contacting AWS Support. My name is Lucia and I will be working on your case.

I have reviewed the merge that was completed under your earlier case. When certification accounts are combined, exam history and certifications are carried over automatically, but discount benefits are tied to the certification that earned them and are reissued separately. A voucher that was generated while the account was associated with a partner organization is sometimes left behind on the retired account, and that appears to be what happened here: the retired account (AWS04418270) still shows one 50%% voucher, in a state I cannot read from my side.

To ask the certification team for a reissue, I need to show them what the surviving account displays today. Please add to this case a screenshot of the Benefits page of AWS03318462 (sign in, then Benefits > Certification benefits), together with the approximate date on which the original voucher was earned.

To reply, please use the Support Center link below; answers sent to this e-mail address are not received.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,

Lucia G.
Amazon Web Services

To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" % C4
add("c4-info", "2025-03-08 06:22:31 +0000", F_AWS, addr(None, ME_P),
    "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C4,
    ALT(T(T057, cte="qp", label="UTF-8"), T(to_html(T057), sub="html", cte="qp", label="UTF-8")),
    "info_request", True, C4, [ID_CO, ID_MAIN],
    "Console case: long merge/benefit explanation, asks for a screenshot and a date to be added in the Support Center (not by e-mail); survey footer and 'cannot accept incoming e-mails' boilerplate.",
    irt="c4-ack", pre=aws_in("c4-info", "2025-03-08 06:22:32 +0000"), mid="ses", eol="crlf")

T058 = """【クラウド設計勉強会 #61】開催のお知らせ

日時：2025年3月19日（水）19:30〜21:00
会場：オンライン
テーマ：マルチアカウント運用のアンチパターン

参加登録はこちら：https://benkyokai.jp/event/61
※キャンセルの際は必ずイベントページから手続きをお願いします。

このメールはイベント参加者向けに自動送信されています。
"""
add("event61", "2025-03-08 10:00:12 +0000", addr("勉強会ポータル", "no-reply@benkyokai.jp"), addr(None, ME_P),
    "【クラウド設計勉強会 #61】開催のお知らせ",
    T(T058, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"),
    "unrelated", False, None, [],
    "Japanese event notice about multi-account operations (ISO-2022-JP).",
    pre=inb_gmail("event61", "2025-03-08 10:00:14 +0000", "smtp3.benkyokai.jp", "203.0.113.55",
                  "no-reply@benkyokai.jp", dkim_d="benkyokai.jp"),
    mid="benkyokai.jp", subj_cs="iso-2022-jp")

T059 = """中川 様

お待たせしております。佐藤です。

調査チームによりますと、先日の統合（ケース %s）は、個人アドレスのアカウント（AWS03318462）と会社アドレスのアカウント（AWS04418270）の 2 つを対象としたもので、こちらは正常に完了しております。
一方、2 月 20 日の試験は、そのどちらにも紐づいていない別の記録として登録されている可能性があります。パートナー企業のポータルから SSO でサインインした際に、認定アカウントが自動的にもう 1 つ作成されることがあり、今回もそのような状況ではないかと考えております。

該当する記録を特定するため、以下の 3 点をお知らせいただけますでしょうか。

1. 受験日時（日本時間）
2. Pearson VUE の登録番号（予約確認メールに記載されている 9 桁の番号）
3. 受験予約の際にサインインした方法（会社ポータルからの SSO、Builder ID など）

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""" % C2
add("c5-info", "2025-03-10 02:20:37 +0000", addr("佐藤 - AWS Training and Certification", FORM), addr(None, ME_P),
    form_subj(C5),
    T(T059, cs="iso-2022-jp", cte="7bit", label='"ISO-2022-JP"'),
    "info_request", True, C5, [ID_MAIN, ID_CO],
    "Japanese keigo (〜いただけますでしょうか) after a long account explanation; asks exam date, registration number and sign-in method. Body cites the earlier case number.",
    irt="c5-upd", pre=aws_in("c5-info", "2025-03-10 02:20:38 +0000"), mid="ses", eol="crlf")

T060 = """佐藤様

ご連絡ありがとうございます。以下の通りです。

1. 2025年2月20日 14:00（テストセンター：東京・新宿）
2. 登録番号：431907265
3. 前職の会社のパートナーポータルから SSO でサインインして予約しました

合格メールには候補 ID として AWS07731904 が記載されていました。

よろしくお願いいたします。
中川

""" + gmail_q_ja("2025年3月10日(月) 11:20", "佐藤 - AWS Training and Certification <%s>" % FORM, T059)
add("c5-u1", "2025-03-10 13:05:48 +0900", addr(ME_JA, ME_P), addr("佐藤 - AWS Training and Certification", FORM),
    "Re: " + form_subj(C5),
    ALT(T(T060, cte="b64", label="UTF-8"), T(to_html(T060), sub="html", cte="b64", label="UTF-8")),
    "user_reply", False, C5, [ID_SSO],
    "Owner's Japanese answer with a 9-digit registration number and the stray candidate id.",
    irt="c5-info", mid="gmail")

T061 = """Hi Lucia,

Screenshot of the Benefits page attached. The voucher was earned with the Solutions Architect - Professional exam in June 2024.

Ryota

""" + gmail_q("Sat, Mar 8, 2025 at 3:22 PM", "Amazon Web Services <%s>" % CONSOLE, T057)
add("c4-u1", "2025-03-10 21:40:02 +0900", F_ME, addr("Amazon Web Services", CONSOLE),
    "Re: RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C4,
    MIX(T(T061, cte="qp", label="UTF-8"), ATT("benefits.png", "image/png", png(60, 30, (240, 248, 255)))),
    "user_reply", False, C4, [],
    "Owner answers the console case by e-mail although the mail said replies are not received.",
    irt="c4-info", mid="gmail")

DSN2_TXT = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
DSN2_STATUS = b"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 10 Mar 2025 05:40:03 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
DSN2_HDRS = ("From: Ryota Nakagawa <%s>\nTo: Amazon Web Services <%s>\nSubject: Re: RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge\nDate: Mon, 10 Mar 2025 21:40:02 +0900\n" % (ME_P, CONSOLE, C4)).encode()
add("dsn-aws", "2025-03-10 12:40:09 +0000", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), addr(None, ME_P),
    "Delivery Status Notification (Failure)",
    REPORT(T(DSN2_TXT, cte="7bit", label="UTF-8"), RAW("message/delivery-status", DSN2_STATUS),
           RAW("text/rfc822-headers", DSN2_HDRS)),
    "unrelated", False, C4, [],
    "Bounce of the owner's e-mail answer to the console case; labelled unrelated (not support writing) but with the case it concerns. The pending request is the earlier info_request.",
    extra=[("Auto-Submitted", "auto-replied")], mid="mx.google.com")

T062 = """中川 亮太 様

Pearson VUE をご利用いただきありがとうございます。

お客様のウェブアカウントのパスワードが変更されました。

変更日時：2025年3月11日 08:12（日本時間）

この変更にお心当たりがない場合は、Pearson VUE カスタマーサービスまでご連絡ください。

Pearson VUE
"""
add("pv-pw", "2025-03-10 23:12:50 +0000", addr("Pearson VUE", "noreply@pearsonvue.com"), addr(ME_JA, ME_P),
    "Pearson VUE: パスワード変更のお知らせ",
    T(T062, cs="shift_jis", cte="qp", label="Shift_JIS"),
    "unrelated", False, None, [],
    "Exam vendor account notice in Japanese (Shift_JIS, quoted-printable).",
    pre=inb_gmail("pv-pw", "2025-03-10 23:12:52 +0000", "mail2.pearsonvue.com", "198.51.100.90",
                  "noreply@pearsonvue.com", dkim_d="pearsonvue.com"),
    mid="pearsonvue.com")

T063 = """中川 様

佐藤です。情報をお送りいただき、ありがとうございました。

お知らせいただいた登録番号から、2 月 20 日の試験結果は候補 ID AWS07731904 のアカウントに記録されていることが確認できました。このアカウントは、パートナーポータルからの SSO サインインの際に作成されたもので、ログインメールアドレスは r.nakagawa@tsubame-dx.co.jp となっております。

このアカウントを、現在お使いの AWS03318462 に統合することで、試験結果と認定が個人アカウント側に表示されるようになります。統合後、AWS07731904 はご利用いただけなくなります。

上記の内容で統合を進めてよろしいでしょうか。問題がなければ、その旨を本メールにご返信いただけますと幸いです。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("c5-conf", "2025-03-12 01:55:03 +0000", addr("佐藤 - AWS Training and Certification", FORM), addr(None, ME_P),
    form_subj(C5),
    ALT(T(T063, cs="iso-2022-jp", cte="7bit", label="ISO-2022-JP"),
        T(to_html(T063, font="'MS PGothic', sans-serif"), sub="html", cs="utf-8", cte="b64", label="UTF-8")),
    "confirmation_request", True, C5, [ID_SSO, ID_MAIN],
    "Japanese merge confirmation (統合を進めてよろしいでしょうか / ご返信いただけますと幸いです), plain part ISO-2022-JP, HTML part UTF-8.",
    irt="c5-u1", pre=aws_in("c5-conf", "2025-03-12 01:55:04 +0000"), mid="ses", eol="crlf")

T064 = """Hello,

We haven't heard back from you regarding your case %s. We'll leave it open for a little longer, but if we don't receive an update, the case will be resolved automatically in 3 days.

If your issue has already been addressed, no action is needed. Otherwise, please update the case in the Support Center using the link below.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" % (C4, C4)
add("c4-close", "2025-03-12 06:30:10 +0000", F_AWS, addr(None, ME_P),
    "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C4,
    T(T064, cte="7bit", label="UTF-8"),
    "closing_notice", True, C4, [],
    "Console auto-resolve warning; contains 'no action is needed' (conditional) but the issue is not solved and the answer never arrived -> reply needed in the Support Center.",
    irt="c4-info", pre=aws_in("c4-close", "2025-03-12 06:30:11 +0000"), mid="ses", eol="crlf")

T065 = """佐藤様

はい、その内容で統合をお願いします。

中川

""" + gmail_q_ja("2025年3月12日(水) 10:55", "佐藤 - AWS Training and Certification <%s>" % FORM, T063)
add("c5-u2", "2025-03-12 19:02:11 +0900", addr(ME_JA, ME_P), addr("佐藤 - AWS Training and Certification", FORM),
    "Re: " + form_subj(C5),
    T(T065, cte="b64", label="UTF-8"),
    "user_reply", False, C5, [],
    "Owner's short Japanese go-ahead.",
    irt="c5-conf", mid="gmail")

T066 = """中川 様

佐藤です。

AWS07731904 の記録を AWS03318462 へ移しました。サインイン後の「試験履歴」に 2 月 20 日の Security - Specialty の結果が、「認定」に同資格が表示されるようになっております。
Credly のバッジは 48 時間以内に発行される予定です。

ご不明な点がございましたら、お気軽に本メールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 中川 亮太 <%s>
Sent: Wednesday, March 12, 2025 10:02 AM
Subject: Re: %s

はい、その内容で統合をお願いします。
""" % (ME_P, form_subj(C5))
add("c5-done", "2025-03-13 03:14:27 +0000", addr("佐藤 - AWS Training and Certification", FORM), addr(None, ME_P),
    form_subj(C5),
    T(T066, cte="b64", label="UTF-8"),
    "resolved", False, C5, [ID_SSO, ID_MAIN],
    "Japanese completion without 統合しました: 'records moved', '表示されるようになっております'; conditional invitation; quotes the go-ahead.",
    irt="c5-u2", pre=aws_in("c5-done", "2025-03-13 03:14:28 +0000"), mid="ses", eol="crlf")

T067 = """Dear AWS Customer,

You requested that we alert you when the actual cost associated with your "monthly-cap" budget exceeds 80%% of USD 20.00 for the current month.

AWS Account: 210987659012
Budget Name: monthly-cap
Budgeted Amount: $20.00
Alert Threshold: > $16.00
ACTUAL Amount: $16.42

Go to the AWS Budgets dashboard to view more details:
https://console.aws.amazon.com/billing/home#/budgets
"""
add("budget", "2025-03-14 08:02:00 +0000", addr("AWS Budgets", "no-reply@budgets.amazonaws.com"), addr(None, ME_P),
    "AWS Budgets: monthly-cap has exceeded your alert threshold",
    T(T067 % (), cte="7bit", label="UTF-8"),
    "unrelated", False, None, [],
    "AWS budget alert with a 12-digit account id.",
    pre=aws_in("budget", "2025-03-14 08:02:01 +0000"), mid="ses-us")

T068 = """Hello,

Thank you for adding the screenshot and the date in the Support Center.

The certification team has reissued the benefit. A new 50%% exam discount voucher is now attached to AWS03318462, and you will find it under Benefits > Certification benefits, valid until April 30, 2025 - the same expiry as the original. The old voucher on the retired account has been voided, so only the new code will work.

I'm marking this case as resolved. If the voucher does not appear, you can reopen the case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,

Lucia G.
Amazon Web Services

To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" % C4
add("c4-done", "2025-03-15 02:48:50 +0000", F_AWS, addr(None, ME_P),
    "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C4,
    T(T068, cte="qp", label="UTF-8"),
    "resolved", False, C4, [ID_MAIN],
    "Console resolution: voucher reissued ('you will find it under Benefits'), survey footer, reopen offer.",
    irt="c4-close", pre=aws_in("c4-done", "2025-03-15 02:48:51 +0000"), mid="ses", eol="crlf")

# ------------------------------------------------ case 6 (April)
T069 = """Hello,

Thanks for reaching out to AWS Training and Certification. We have received your message and created a case for it.

  Case ID: %s

A member of our team will get back to you by email, normally within 24 hours.

If you already have an open case for this request, please continue on that case rather than submitting the form again.

AWS Training and Certification
""" % C6
add("c6-ack", "2025-04-01 06:30:18 +0000", F_TC, addr(None, ME_P), form_subj(C6, "[CASE {c}] "),
    T(T069, cte="7bit", label="us-ascii", cs="us-ascii"),
    "acknowledgement", False, C6, [],
    "Acknowledgement of case 6 (LF line endings, us-ascii).",
    pre=aws_in("c6-ack", "2025-04-01 06:30:19 +0000"), mid="ses", eol="lf", fold=True)

T070 = """Hi Ryota,

Thank you for writing in again.

I have found the profile you mention. It is one of the accounts created before AWS Builder ID existed, when certification accounts were reached through an Amazon.com or Amazon.co.jp shopping login: candidate ID AWS02290475, holding AWS Certified Cloud Practitioner from March 2018 (now expired). Older profiles like this one were not migrated automatically, which is why it never came up in your earlier merges. It can be combined into AWS03318462 in the same way as before.

The difficulty is that the login e-mail on that profile is at a domain that no longer exists (r.nakagawa@kumo-lab.jp), so I cannot verify it through the usual e-mail check. In this situation we ask for a document that ties you to the profile: the certificate PDF or the score report e-mail for the 2018 Cloud Practitioner exam, showing the candidate ID and your name. Please attach one of those in a reply to this e-mail.

Once I have it, I will send you a short summary to confirm before anything is moved.

Best,
Ana P.
AWS T&C Customer Support
"""
add("c6-info", "2025-04-02 03:17:45 +0000", addr("Ana P.", FORM), addr(None, ME_P), form_subj(C6, "RE: [CASE {c}] "),
    ALT(T(T070, cte="qp"), T(to_html(T070, font="Georgia, serif"), sub="html", cte="qp")),
    "info_request", True, C6, [ID_OLD, ID_MAIN],
    "Explains the old profile and that it can be merged, then asks for a document (certificate PDF / score report); the confirmation is announced for later.",
    irt="c6-ack", pre=aws_in("c6-info", "2025-04-02 03:17:46 +0000"), mid="ses", eol="crlf")

T071 = """Hi Ana,

Attached is the certificate PDF for the 2018 Cloud Practitioner exam. The kumo-lab.jp address was from my first job; that company was dissolved in 2020.

Ryota

""" + gmail_q("Wed, Apr 2, 2025 at 12:17 PM", "Ana P. <%s>" % FORM, T070)
add("c6-u1", "2025-04-02 21:33:16 +0900", F_ME, addr("Ana P.", FORM), "Re: " + form_subj(C6, "RE: [CASE {c}] "),
    MIX(ALT(T(T071, cte="qp", label="UTF-8"), T(to_html(T071), sub="html", cte="qp", label="UTF-8")),
        ATT("AWS_Certified_Cloud_Practitioner_Certificate.pdf", "application/pdf", tiny_pdf("AWS Certified Cloud Practitioner"))),
    "user_reply", False, C6, [],
    "Owner sends the requested document (PDF attachment).",
    irt="c6-info", mid="gmail")

T072 = """Hi Ryota,

Thanks, the certificate matches the profile.

So, to be sure we're on the same page: AWS02290475 (the old shopping-login profile with Cloud Practitioner 2018) gets folded into AWS03318462, which stays as your only certification account. The old profile and its login go away afterwards.

Good to go?

Ana
"""
add("c6-conf", "2025-04-03 01:09:30 +0000", addr("Ana P.", FORM), addr(None, ME_P), form_subj(C6, "RE: [CASE {c}] "),
    T(T072, cte="7bit", label="us-ascii", cs="us-ascii"),
    "confirmation_request", True, C6, [ID_OLD, ID_MAIN],
    "Very short informal confirmation ('Good to go?'), no please, no 'confirm' word.",
    irt="c6-u1", pre=aws_in("c6-conf", "2025-04-03 01:09:31 +0000"), mid="ses", eol="lf")

H073 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws"></p>
<p>Dear Customer,</p>
<p>Your certification account merge is ready. To confirm the merge, our security policy requires that you sign in with your AWS Builder ID credentials and re-enter your candidate ID.</p>
<p><a href="https://amazon-certsupport.com/merge/confirm?c=%s">Confirm merge</a></p>
<p>If you do not confirm within 12 hours, the request will be rejected and your certifications will be suspended.</p>
<p>AWS Certification Support<br>Case ID: %s</p>
</body></html>
""" % (FAKE2, FAKE2)
add("phish-look", "2025-04-03 08:03:52 +0000", addr("AWS Certification Support", "case-update@amazon-certsupport.com"),
    addr(None, ME_P), "RE:[CASE %s] Merge confirmation needed" % FAKE2,
    T(H073, sub="html", cte="b64", label="UTF-8"),
    "suspicious", False, None, [],
    "Lookalike domain imitating a merge confirmation request with a case-style subject, right after a real one; DKIM passes only for the lookalike domain.",
    pre=inb_gmail("phish-look", "2025-04-03 08:03:54 +0000", "mx1.amazon-certsupport.com", "45.142.212.61",
                  "case-update@amazon-certsupport.com", dkim_d="amazon-certsupport.com", dmarc="none"),
    mid="amazon-certsupport.com")

T074 = """Hi Ryota - just bumping this in case it got buried. I still need your go-ahead on the question below before I can combine the two profiles.

Ana

""" + gmail_q("Thu, Apr 3, 2025 at 10:09 AM", "Ana P. <%s>" % FORM, T072)
add("c6-conf2", "2025-04-07 00:35:02 +0000", addr("Ana P.", FORM), addr(None, ME_P), form_subj(C6, "RE: [CASE {c}] "),
    ALT(T(T074, cte="qp"), T(to_html(T074), sub="html", cte="qp")),
    "confirmation_request", True, C6, [],
    "Top-posted reminder; the actual question is only in the quote, the new text asks for the go-ahead. Not a closing notice (no closure threatened).",
    irt="c6-conf", pre=aws_in("c6-conf2", "2025-04-07 00:35:03 +0000"), mid="ses", eol="crlf")

T075 = """Sorry Ana, yes - please go ahead.

Ryota

""" + gmail_q("Mon, Apr 7, 2025 at 9:35 AM", "Ana P. <%s>" % FORM, T074)
add("c6-u2", "2025-04-07 12:10:44 +0900", F_ME, addr("Ana P.", FORM), "Re: " + form_subj(C6, "RE: [CASE {c}] "),
    T(T075, cte="qp", label="UTF-8"),
    "user_reply", False, C6, [],
    "Owner's go-ahead.",
    irt="c6-conf2", mid="gmail")

T076 = """Hi Ryota,

Thanks - I've started it. The training-side records came across right away; the certification transcript is moved by a separate overnight job. There's nothing for you to do, and I'll confirm tomorrow once it has run.

Ana
"""
add("c6-prog", "2025-04-08 02:01:12 +0000", addr("Ana P.", FORM), addr(None, ME_P), form_subj(C6, "RE: [CASE {c}] "),
    T(T076, cte="7bit", label="us-ascii", cs="us-ascii"),
    "case_update", False, C6, [],
    "Progress with partial completion ('came across right away') but the certification part is pending.",
    irt="c6-u2", pre=aws_in("c6-prog", "2025-04-08 02:01:13 +0000"), mid="ses", eol="lf")

T077 = """Hi Ryota,

The overnight job ran. If you sign in with the Amazon.co.jp shopping login now, you should get a message that no certification account is linked to it - that is expected. Your Builder ID sign-in shows the 2018 Cloud Practitioner in your exam history alongside everything else.

Ana
AWS T&C Customer Support
"""
add("c6-done", "2025-04-09 01:44:39 +0000", addr("Ana P.", FORM), addr(None, ME_P), form_subj(C6, "RE: [CASE {c}] "),
    ALT(T(T077, cte="qp"), T(to_html(T077, font="Georgia, serif"), sub="html", cte="qp")),
    "resolved", False, C6, [],
    "Completion stated only through what the owner 'should get' and 'shows' now - no merged/complete/resolved word.",
    irt="c6-prog", pre=aws_in("c6-done", "2025-04-09 01:44:40 +0000"), mid="ses", eol="crlf")

H078 = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>中川 様</p>
<p>先日はお問い合わせ（ケース番号：%s）をいただき、ありがとうございました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は 1 分程度です。</p>
<p><a href="https://feedback.support.aws.amazon.com/tc?c=%s&amp;l=ja">アンケートに回答する</a></p>
<p>本メールは送信専用のため、ご返信いただいてもお答えできません。</p>
<p>AWS トレーニングと認定</p>
</body></html>
""" % (C6, C6)
add("c6-survey", "2025-04-10 01:00:05 +0000", addr("AWS トレーニングと認定", "tc-survey-noreply@amazon.com"),
    addr(None, ME_P), "アンケートご協力のお願い（ケース番号: %s）" % C6,
    T(H078, sub="html", cte="b64", label="UTF-8"),
    "survey", False, C6, [],
    "Japanese HTML-only survey (ご協力をお願い - a polite request that is not a case request).",
    pre=aws_in("c6-survey", "2025-04-10 01:00:06 +0000"), mid="ses")

T079 = """Hello Ryota,

Thank you for your interest in AWS Educate for educators.

To finish reviewing your educator application, could you tell us the name of the institution where you teach, and send your reply from your institutional email address? We are unable to approve educator access for personal email domains.

Best regards,
AWS Educate Support
"""
add("edu", "2025-04-11 04:26:33 +0000", addr("AWS Educate", "aws-cs-educate-form@amazon.com"), addr(None, ME_P),
    "RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % EDU,
    T(T079, cte="7bit", label="UTF-8"),
    "unrelated", False, None, [],
    "Another AWS program's form case (Educate) asking a question and to write from another address - looks exactly like an info_request but is not a Training and Certification case.",
    pre=aws_in("edu", "2025-04-11 04:26:34 +0000"), mid="ses", eol="crlf")

H080 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Ryota,</p>
<p>You have a badge waiting for you from <b>Amazon Web Services Training and Certification</b>:</p>
<p><b>AWS Certified Security &ndash; Specialty</b></p>
<p>Badges that are not accepted within 30 days are still stored in your account, but you won't be able to share them until you accept.</p>
<p><a href="https://www.credly.com/badges/5cf0d2b8-13a9-4e71-b6f4-8e0c9d11f3e2/accept">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly &middot; Manage your notification settings</p>
</body></html>
"""
add("credly-scs", "2025-04-14 13:10:00 +0000", addr("Credly", CREDLY), addr(None, ME_P),
    "Reminder: accept your badge from Amazon Web Services Training and Certification",
    T(H080, sub="html", cte="qp"),
    "badge", False, None, [],
    "Credly reminder to accept a badge (a call to action that is not a reply).",
    pre=inb_gmail("credly-scs", "2025-04-14 13:10:02 +0000", "o1.ptr3306.credly.com", "167.89.101.19",
                  "bounces+1882211-ab12@em.credly.com", dkim_d="credly.com"),
    mid="credly.com")

T081 = """Thank you for your message. I am out of the office from April 14 to April 21 with limited access to e-mail. I will reply after I return.

4月14日から4月21日まで不在にしております。戻り次第ご返信いたします。

Takuya Imai
"""
add("ooo", "2025-04-15 00:02:09 +0000", addr("Takuya Imai", "t.imai@kitakaze-soft.jp"), addr(ME, ME_P),
    "Automatic reply: 勉強会の資料",
    T(T081, cte="b64", label="UTF-8"),
    "unrelated", False, None, [],
    "Out-of-office auto-reply from a friend (bilingual).",
    pre=inb_gmail("ooo", "2025-04-15 00:02:11 +0000", "mail-tyzapc01on2110.outbound.protection.outlook.com",
                  "40.107.71.110", "t.imai@kitakaze-soft.jp", dkim_d="kitakaze-soft.jp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], mid="outlook")


# ---------------------------------------------------------------- writer
def build(m, ids):
    mid = make_mid(m["key"], m["mid"])
    ids[m["key"]] = mid
    refs = []
    irt = None
    if m["irt"]:
        irt = ids[m["irt"]]
        parent = next(x for x in MSGS if x["key"] == m["irt"])
        refs = parent.get("_refs", []) + [irt]
    m["_refs"] = refs
    H = []
    for k, v in m["pre"]:
        H.append("%s: %s" % (k, v))
    H.append("Date: " + fmt_date(m["date"]))
    H.append("From: " + m["frm"])
    H.append("To: " + m["to"])
    if m["cc"]:
        H.append("Cc: " + m["cc"])
    if m["reply_to"]:
        H.append("Reply-To: " + m["reply_to"])
    H.append("Subject: " + subj(m["subject"], m["subj_cs"], m["fold"]))
    H.append("Message-ID: " + mid)
    if irt:
        H.append("In-Reply-To: " + irt)
        H.append("References: " + "\n ".join(refs[-6:]))
    for k, v in m["extra"]:
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    ph, body = render(m["body"], m["key"])
    data = "\n".join(H + ph).encode("ascii") + b"\n\n" + body
    data = data.replace(b"\r\n", b"\n")
    if m["eol"] == "crlf":
        data = data.replace(b"\n", b"\r\n")
    return data


def readme(counts):
    rows = []
    for i, m in enumerate(MSGS, 1):
        lab = m["label"]
        rows.append("| %03d | %s | %s | %s | %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-", m["note"].replace("|", "/")))
    text = """me: %s %s

# blind-157

A mailbox of Ryota Nakagawa (personal Gmail and, until 2025-02-28, a company Microsoft 365 address at an
AWS Partner Network company) over two periods: September-October 2023 and February-April 2025.
%d messages; emphasis on support mail that discusses the merge at length but asks for something else
(facts, a screenshot, a document, a check reported back, writing from the other address) placed next to
real merge-confirmation requests in different wordings, and on completion mail in roundabout wording next
to progress-only updates.

Generated by `python3 gen.py` (standard library only). Files: `NNN-msg.eml` + `NNN-msg.json`.

## Cases

| case | channel | story | outcome |
|---|---|---|---|
| %s (11 digits, 2023) | T&C form | two certification accounts on the same personal address (Builder ID created a duplicate), Credly badge missing | ack -> info (candidate IDs/screenshots) -> update -> confirmation (which to keep) -> closing notice -> reply -> partial update -> resolved |
| %s (15 digits) | T&C form | leaving the APN partner company, company account -> personal | ack -> APN hold with buried question -> owner answers from company address -> info (write from personal address) -> hold -> hold lifted -> info (check exam registrations, Account #1/#2 listed) -> info (legal name) -> HTML confirmation -> reply -> progress -> resolved |
| %s (15 digits) | T&C form | duplicate form submission six minutes after the one above | ack (Japanese) -> owner asks to close -> closed as duplicate (case_update) |
| %s (15 digits) | T&C form, support writes Japanese | exam taken on a third (partner-SSO) account is missing after the merge | ack -> update -> info (date, registration number, sign-in method) -> Japanese confirmation -> reply -> resolved |
| %s (15 digits) | AWS Support Center (console) | 50%% voucher left behind on the retired account | ack -> info (screenshot via Support Center) -> owner mails no-reply (bounce) -> auto-resolve warning -> resolved |
| %s (15 digits) | T&C form | pre-Builder-ID shopping-login profile from 2018 | ack -> info (certificate PDF) -> reply -> confirmation ('Good to go?') -> phishing look-alike -> reminder -> reply -> progress -> resolved -> survey |

Distractor numbers: a 10-digit 2020 case (%s) mentioned by the owner, fake 15-digit case numbers in two
phishing mails, an AWS Educate form case (%s), 12-digit AWS account ids, 9-digit Pearson VUE
registration ids, a 6-digit code, Credly badge UUIDs.

Candidate IDs: %s (personal, survives), %s (2023 duplicate), %s (company/APN), %s (partner-SSO
stray), %s (2018 shopping-login profile).

## Labelling decisions

- **Asks something other than the merge confirmation -> info_request**, even when the mail lists the
  Account #1 / Account #2 details or explains the merge at length (#c2-info-check# lists both accounts but
  asks for a check reported back and says it is not the confirmation yet; #c2-info-name# asks which
  spelling of the name is on the ID; #c2-info-addr# asks to write again from the personal address;
  #c1-info# asks for candidate IDs / screenshots; #c6-info# asks for a document; #c5-info# asks facts in
  Japanese; #c4-info# asks for a screenshot through the Support Center).
- **confirmation_request** covers every way of asking for the go-ahead or which account survives: a
  plain question (#c1-conf#), an HTML table with a reply phrase (#c2-conf#), Japanese keigo (#c5-conf#),
  'Good to go?' (#c6-conf#), and a top-posted reminder whose new text only asks for 'your go-ahead on the
  question below' (#c6-conf2#; no closure is threatened, so not a closing notice).
- **Partial completion** (training side moved, certification side still running) is case_update, not
  resolved (#c1-partial#, #c6-prog#). A mail that says what the owner 'should see once the job is done'
  is progress (#c2-prog#); 'your records now point to ...' (#c2-done#), 'carries everything that used to
  sit on ...' (#c1-done#), 'you should get ... now' (#c6-done#), '表示されるようになっております'
  (#c5-done#) after the work ran are resolved.
- **on_hold with a buried question** (#c2-hold#) needs a reply; the later hold (#c2-hold2#) says nothing
  is needed.
- **Hold lifted** (#c2-unhold#) is case_update: it announces a future review but asks nothing now.
- **Duplicate case closed** (#c3-dup#) is case_update with the duplicate's own case number, although
  the body names the main case.
- **Console case**: the info request (#c4-info#) and the auto-resolve warning (#c4-close#) need a reply
  (through the Support Center). The owner's e-mail answer (#c4-u1#) bounces (#dsn-aws#): the bounce is
  labelled unrelated, needs_reply false, but carries the case number it concerns; the pending request
  is the earlier one. The console acknowledgement (#c4-ack#) echoes the owner's own question: still an
  acknowledgement.
- **Closing notice with 'if your issue has already been addressed, no action is needed'**
  (#c4-close#) still needs a reply: the issue is not addressed.
- **Resolved mail quoting an earlier request** (#c1-done#, #c2-done#) stays resolved; survey footers in
  console mail (#c4-info#, #c4-done#) do not make them surveys.
- **'AWS Certification wants to hear from you'** (#cert-survey#) is a program survey, not about a
  support case -> certification.
- **Other AWS program form case** (AWS Educate, #edu#) -> unrelated, needs_reply false, case null,
  although it asks a question exactly like an info_request: it is not a Training and Certification case.
- **Phishing** (#phish-credly#, #phish-dmarc#, #phish-look#): case null even when the subject carries a
  case-style number; the dmarc=fail mail uses the real form sender address.
- **user_reply case**: the case of the thread the owner writes in (#c3-u1# names the other case in the
  body but answers the duplicate's thread). Forwards by the owner are user_reply; the forward of the
  completion to HR (#fwd-hr#) carries case %s, the forward of an old certification mail (#fwd-sap#) has
  no case. The owner's mail to a colleague before any case (#mori1#) is user_reply with no case.
- **candidate_ids**: IDs in the message's own new text only, de-duplicated, in order of first
  appearance; IDs that occur only in quoted or forwarded parts are not listed. Certification/vendor mail
  lists the IDs it contains.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
%s

## Counts

%s
""" % (ME_P, ME_C, len(MSGS), C1, C2, C3, C5, C4, C6, OLD2020, EDU, ID_MAIN, ID_DUP, ID_CO, ID_SSO, ID_OLD,
       C2, "\n".join(rows), "\n".join("- %s: %d" % (k, v) for k, v in sorted(counts.items())))
    for i, m in enumerate(MSGS, 1):
        text = text.replace("#%s#" % m["key"], "%03d" % i)
    assert "#c" not in text.split("## Messages")[0].split("## Labelling")[1], "unresolved key"
    return text


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    ids = {}
    counts = Counter()
    for i, m in enumerate(MSGS, 1):
        data = build(m, ids)
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(counts))
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("needs_reply true: %d" % sum(1 for m in MSGS if m["label"]["needs_reply"]))


if __name__ == "__main__":
    main()
