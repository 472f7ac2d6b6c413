#!/usr/bin/env python3
"""Blind corpus generator: support-case mail around an AWS Training and Certification
account merge (and the mail around it). Standard library only.
Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
"""
import base64
import datetime as _dt
import hashlib
import html
import json
import os
import quopri
import random
import struct
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people / ids
ME_P = "mariko.endo.cloud@gmail.com"
ME_C = "m-endo@tsubame-dx.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
SASAKI = "k-sasaki@tsubame-dx.co.jp"

CID_NEW = "AWS04915027"   # personal profile (kept)
CID_OLD = "AWS02748163"   # work profile (merged away)
CID_2021 = "AWS01372954"  # profile merged in 2021
CID_STRAY = "AWS05120388"  # stray profile created in April

CASE_A = "174131829400419"   # main merge (15 digits, 2025)
CASE_B = "174131858100733"   # duplicate form
CASE_C = "13270418895"       # console case, voucher
CASE_D = "174312444901286"   # name on certificate (Japanese)
CASE_E = "13301974462"       # exam result missing
CASE_F = "174461074400057"   # stray profile merge
CASE_OLD = "8234519076"      # 2021 case (10 digits)
CASE_EDU = "174296046200164"  # AWS Educate form case (other program)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


# ---------------------------------------------------------------- helpers
def dt(s, tz="+0000"):
    """'2025-03-07 12:31:34', '+0900' -> aware datetime"""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone(off))


def fmt_date(d):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def rnd(n, seed):
    r = random.Random(hashlib.sha256(str(seed).encode()).digest())
    return r


def hexid(seed, n=16):
    return hashlib.sha256(("x" + str(seed)).encode()).hexdigest()[:n]


def mid_ses(seed):
    h = hashlib.sha256(str(seed).encode()).hexdigest()
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:40])


def mid_gmail(seed):
    r = rnd(0, seed)
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "<CA%s@mail.gmail.com>" % "".join(r.choice(al) for _ in range(46))


def mid_outlook(seed):
    r = rnd(0, seed)
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    box = "TYCPR01MB%04d" % r.randint(1000, 9999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (
        box, "".join(r.choice(al) for _ in range(20)), box)


def mid_generic(seed, domain):
    return "<%s.%s@%s>" % (hexid(seed, 12), hexid(str(seed) + "b", 8), domain)


def enc(s, charset="utf-8"):
    """header value: ascii as-is, otherwise RFC 2047 encoded words"""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"&'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc(name, charset), email)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct="",
         disposition=None):
    raw = text.encode(charset) if isinstance(text, str) else text
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    if subtype in ("plain", "html") and charset.lower() == "iso-2022-jp":
        ct = "text/%s; charset=ISO-2022-JP" % subtype
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return (hdrs, body)


def binpart(ctype, data, filename):
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", 'attachment; filename="%s"' % filename),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def rawpart(ctype, text):
    return ([("Content-Type", ctype)], text.encode("utf-8"))


def multi(subtype, parts, seed, extra=""):
    b = "----=_Part_%s_%s" % (hexid(seed, 6), hexid(str(seed) + "q", 10))
    if subtype == "alternative" and seed % 3 == 0:
        b = "0000000000%s" % hexid(seed, 18)
    out = b""
    for h, body in parts:
        out += b"--" + b.encode() + b"\n"
        for k, v in h:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, extra, b))], out)


def alt(text, html_text, seed, charset="utf-8", cte="quoted-printable", html_cte=None):
    return multi("alternative", [leaf(text, "plain", charset, cte),
                                 leaf(html_text, "html", charset, html_cte or cte)], seed)


def to_html(text, style="font-family:Arial,sans-serif;font-size:14px"):
    """plain text -> simple html; '> ' lines become blockquote"""
    out, quote, para = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = to_html("\n".join(q[1:].lstrip(" ") if q.startswith(">") else q for q in quote),
                            style="")
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    body = "\n".join(out)
    if style:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body><div style="%s">\n%s\n</div></body></html>\n' % (style, body))
    return body


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def gmail_quote(text, when, who):
    return "On %s %s wrote:\n%s\n" % (when, who, q(text))


def jp_quote(text, when, who):
    return "%s %s:\n\n%s\n" % (when, who, q(text))


def outlook_quote(text, frm, sent, to, subject, rule=True):
    head = "________________________________\n" if rule else "-----Original Message-----\n"
    return "%sFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (head, frm, sent, to, subject, text)


# authentication headers -----------------------------------------------------
def auth_gmail(dom, ok=True, mailfrom=None, sel="224i4yxa5dv7c2xz3womw6peuasteono", spf=None,
               dkim=None, dmarc=None, policy="QUARANTINE"):
    mailfrom = mailfrom or ("bounces+%s@%s" % (hexid(dom, 10), dom))
    mf_dom = mailfrom.split("@")[1]
    spf = spf or ("pass" if ok else "fail")
    dkim = dkim or ("pass" if ok else "fail")
    dmarc = dmarc or ("pass" if ok else "fail")
    dis = "NONE" if dmarc == "pass" else policy
    if dkim == "none":
        return ("mx.google.com;\n       spf=%s (google.com: domain of %s does not designate 185.220.101.%d "
                "as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                % (spf, mailfrom, len(dom), mailfrom, dmarc, policy, policy, dis, dom))
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of %s %s 54.240.%d.%d as permitted sender) "
            "smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
            % (dkim, dom, sel, hexid(dom + sel, 8), spf, mailfrom,
               "designates" if spf == "pass" else "does not designate",
               len(dom) % 50, len(sel) * 3 % 250, mailfrom, dmarc, policy, policy, dis,
               dom)) if mf_dom else ""


def auth_m365(dom, ok=True, mailfrom_dom=None):
    mailfrom_dom = mailfrom_dom or dom
    if ok:
        return ("spf=pass (sender IP is 54.240.11.%d)\n smtp.mailfrom=%s; dkim=pass (signature was"
                " verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (len(dom) * 7 % 250, mailfrom_dom, dom, dom))
    return ("spf=fail (sender IP is 185.220.%d.4)\n smtp.mailfrom=%s; dkim=none (message not signed)"
            "\n header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (len(dom), mailfrom_dom, dom))


def add(frm, to, subject, date, tree, label, what, hard, msgid, irt=None, refs=None, cc=None,
        extra=(), auth=None, crlf=False, subj_cs="utf-8", received=None):
    n = len(MSGS) + 1
    h = []
    if received:
        h.append(("Received", received))
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("Date", fmt_date(date)))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", enc(subject, subj_cs)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    h.append(("MIME-Version", "1.0"))
    h.extend(extra)
    th, body = tree
    h = h[:]
    # mime headers of the root go after MIME-Version
    idx = [k for k, _ in h].index("MIME-Version") + 1
    h[idx:idx] = th
    MSGS.append(dict(n=n, headers=h, body=body, label=label, what=what, hard=hard,
                     crlf=crlf, date=date, msgid=msgid))
    return msgid


def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def png_bytes():
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


FOOT_CONSOLE = """To add information to this case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you sign in through federation, sign in first and then open the link.)

This message was sent from an address that cannot accept incoming e-mails. Replies to it are
not delivered to AWS Support; use the link above instead.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

RATE = """Was this answer useful? Rate it with the stars shown at the top right of the
correspondence in the Support Center; your rating goes straight to the team that handled it.
"""


# ---------------------------------------------------------------- writer
def render(m):
    out = b""
    for k, v in m["headers"]:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n" + m["body"]
    if m["crlf"]:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def main():
    prev = None
    for m in MSGS:
        if prev is not None:
            assert m["date"] >= prev, "arrival order broken at %d" % m["n"]
        prev = m["date"]
    for name in os.listdir(HERE):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(HERE, name))
    counts = {}
    for m in MSGS:
        base = os.path.join(HERE, "%03d-msg" % m["n"])
        data = render(m)
        assert len(data) < 15000, "message %d too big (%d)" % (m["n"], len(data))
        with open(base + ".eml", "wb") as f:
            f.write(data)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    write_readme()
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["label"]["needs_reply"])))


# ======================================================================= messages
def build():
    G_TC = auth_gmail("amazon.com", mailfrom="0100019571%s@email.amazonses.com" % hexid("tc", 8))
    M_TC = auth_m365("amazon.com", mailfrom_dom="email.amazonses.com")
    G_CON = auth_gmail("amazon.com", mailfrom="0100019%s@us-west-2.amazonses.com" % hexid("con", 9))

    # 001 AWS billing ---------------------------------------------------------
    t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.42

Billing period: February 1 - February 28, 2025
AWS account ID: 486219307745

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Please do not reply to this message; this mailbox is not monitored.
"""
    add(addr("Amazon Web Services, Inc.", "aws-receivables-support@email.amazon.com"), ME_P,
        "Amazon Web Services Invoice Available [Account: 486219307745]",
        dt("2025-03-03 01:12:44"), alt(t, to_html(t), 1),
        L("unrelated"), "AWS billing statement for the personal AWS account",
        "real amazon.com sender, 12-digit AWS account ID that is not a case number",
        mid_ses(1), auth=auth_gmail("email.amazon.com"))

    # 002 certmetrics expiry (work address) ---------------------------------
    t = """Hello Mariko,

Candidate ID: %s

Your AWS Certified Developer - Associate certification is set to expire on June 2, 2025.

To keep it active, you can pass the current version of the exam, or earn a higher-level
certification that recertifies it automatically (for example AWS Certified DevOps Engineer -
Professional). Don't forget the 50%% discount benefit in your AWS Certification account, which
you can apply to your next exam.

Review your options: https://www.certmetrics.com/amazon/candidate/benefits.aspx

Thank you,
AWS Certification
""" % CID_OLD
    add(addr("AWS Certification", CERTM), ME_C,
        "Reminder: your AWS Certification expires in 90 days",
        dt("2025-03-04 16:02:10"), alt(t, to_html(t), 2, cte="7bit"),
        L("certification", ids=[CID_OLD]), "CertMetrics expiry reminder to the work address",
        "program mail with a candidate ID and a benefit mention; no case, nothing to answer",
        mid_generic(2, "certmetrics.com"), auth=auth_m365("certmetrics.com"))

    # 003 colleague, ISO-2022-JP --------------------------------------------
    t3 = """遠藤さん

お疲れさまです。佐々木です。
3月末のご退職に向けて、引き継ぎ項目を以下にまとめました。

1. 検証用AWSアカウント(3つ)の管理者権限の移譲
2. パートナーセントラル上のユーザー登録の整理
3. 顧客向け設計書の最新版の共有

AWS認定のアカウントを個人のアドレスへ移すと伺っています。
パートナーセントラル側で当社との紐づけを外す必要があれば私が対応しますので、
手続きを始めたら一声かけてください。

来週どこかで30分ほど時間をいただけると助かります。

佐々木
"""
    m003 = add(addr("佐々木 健太", SASAKI, "iso-2022-jp"), ME_C, "退職に伴う引き継ぎについて",
               dt("2025-03-05 18:21:07", "+0900"), leaf(t3, charset="iso-2022-jp", cte="7bit"),
               L("unrelated"), "colleague lists hand-over items (ISO-2022-JP)",
               "mentions AWS certification account and partner link, asks for a meeting; a colleague, not support",
               mid_outlook(3), subj_cs="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 004 Builder ID code ----------------------------------------------------
    t = """Hello,

To finish creating your AWS Builder ID, enter the verification code below on the page where
you started.

Verification code: 583019

This code expires in 30 minutes. If you didn't try to create an AWS Builder ID, you can
ignore this e-mail.

Amazon Web Services
"""
    add(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", dt("2025-03-06 11:48:33"),
        alt(t, to_html(t), 4), L("unrelated"), "Builder ID one-time code",
        "part of the merge preparation but not case mail; 6-digit code", mid_ses(4),
        auth=auth_gmail("signin.aws"))

    # 005 ack A ------------------------------------------------------------------
    t5 = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as
case %s, and a member of our team will review it.

We aim to respond within one business day. Some requests need extra research, so it can
occasionally take a little longer.

To avoid delays, keep all correspondence about this request on this case rather than
submitting the form again. A second case for the same issue sends both to the back of the
queue.

Summary of your submission:
Name: Mariko Endo
Email: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
I'm leaving my employer at the end of March and want to move my certification history from my
work profile to my personal profile.
Addresses used: %s (work), %s (personal)
Address to keep: %s

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_A, ME_P, ME_C, ME_P, ME_P)
    S_A = "[CASE %s] %s" % (CASE_A, SUBJ_TC)
    m005 = add(TC, ME_P, S_A, dt("2025-03-07 03:31:58"), leaf(t5, cte="7bit", charset="us-ascii"),
               L("acknowledgement", case=CASE_A), "case A opened: acknowledgement with form summary",
               "echoes the form text; 'keep all correspondence on this case' is not a request",
               mid_ses(5), auth=G_TC)

    # 006 ack B (Japanese, work address) --------------------------------------
    t6 = """遠藤 真理子 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 %s にてお問い合わせを受け付けました。

担当者より通常 24 時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。

同じ内容のお問い合わせをすでにお送りいただいている場合は、新たなケースの作成をお控えください。
ケースが重複すると、回答までにお時間がかかる原因となります。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文:
退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。
統合元: %s
統合先: %s

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_B, ME_C, ME_P)
    S_B = "[CASE %s] %s" % (CASE_B, SUBJ_TC)
    m006 = add(TC, ME_C, S_B, dt("2025-03-07 03:36:49"), leaf(t6, cte="base64"),
               L("acknowledgement", case=CASE_B),
               "case B opened: duplicate form sent from the work address (Japanese, base64)",
               "second case for the same request, minutes after A; Japanese template",
               mid_ses(6), auth=M_TC)

    # 007 GitHub -----------------------------------------------------------------
    t = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-dx/infra-modules/pull/482#event-16601294412
You are receiving this because your review was requested.

Message ID: <tsubame-dx/infra-modules/pull/482/issue_event/16601294412@github.com>
"""
    h = ('<p>Merged <a href="https://github.com/tsubame-dx/infra-modules/pull/482">#482</a> into main.</p>'
         '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
         '<a href="https://github.com/tsubame-dx/infra-modules/pull/482#event-16601294412">view it on GitHub</a>.'
         '<br>You are receiving this because your review was requested.</p>')
    add(addr("Yuto Kimura", "notifications@github.com"),
        "tsubame-dx/infra-modules <infra-modules@noreply.github.com>",
        "Re: [tsubame-dx/infra-modules] Merge org account baseline into shared module (PR #482)",
        dt("2025-03-07 05:02:19"), alt(t, h, 7, cte="7bit"), L("unrelated"),
        "GitHub: pull request merged", "'Merged', 'account', reply-to-this-email footer",
        "<tsubame-dx/infra-modules/pull/482/issue_event/16601294412@github.com>",
        irt="<tsubame-dx/infra-modules/pull/482@github.com>",
        refs=["<tsubame-dx/infra-modules/pull/482@github.com>"],
        cc="Mariko Endo <%s>, Review requested <review_requested@noreply.github.com>" % ME_C,
        auth=auth_m365("github.com"))

    # 008 case B closed as duplicate ----------------------------------------
    t = """Hello Mariko,

I noticed this request matches case %s, which you submitted a few minutes earlier from your
personal address. To keep everything in one place I have closed this case as a duplicate and
linked it to the original one. The merge will be handled there, and replies will go to
%s.

Nothing further is needed on this case.

Best regards,
Daniel K.
AWS Training and Certification Customer Service
""" % (CASE_A, ME_P)
    add(TC, ME_C, "RE:[CASE %s] %s" % (CASE_B, SUBJ_TC), dt("2025-03-07 06:14:27"),
        alt(t, to_html(t), 8), L("case_update", case=CASE_B),
        "case B closed as a duplicate and linked to case A",
        "names two case numbers; subject case is B; 'closed' but not for lack of answer",
        mid_ses(8), irt=m006, refs=[m006], auth=M_TC)

    # 009 info request A ---------------------------------------------------------
    t9 = """Hello Mariko,

Thank you for contacting AWS Training and Certification. My name is Priya and I'll be looking
after your request.

I located a certification profile under %s. I also see a newer profile
for %s, created this week, and before anything is combined I want
to be certain I'm looking at the right records.

Could you let us know the candidate ID of each profile? It is the code that begins with "AWS"
followed by eight digits, shown at the top right of the page after you sign in to your AWS
Certification account. For the personal profile, sign in with your AWS Builder ID to see it.

Once I have both numbers I'll prepare the merge.

Regards,
Priya S.
AWS Training and Certification Customer Service
""" % (ME_C, ME_P)
    m009 = add(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), dt("2025-03-08 07:42:05"),
               alt(t9, to_html(t9), 9), L("info_request", True, CASE_A),
               "case A: agent asks for both candidate IDs",
               "request phrased 'Could you let us know', the ID format described but no actual ID",
               mid_ses(9), irt=m005, refs=[m005], auth=G_TC)

    # 010 Pearson VUE appointment ------------------------------------------
    t = """Dear Mariko Endo,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 428716093
Candidate ID: %s
Appointment: Saturday, April 12, 2025 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo, Shinjuku

Arrive 30 minutes before your appointment and bring a valid, unexpired government-issued ID
whose name matches your exam registration.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before
your appointment.

Pearson VUE
""" % CID_OLD
    add(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
        "Your exam appointment confirmation - AWS Certified Solutions Architect - Professional",
        dt("2025-03-08 10:11:52"), alt(t, to_html(t), 10), L("unrelated", ids=[CID_OLD]),
        "exam vendor: appointment booked under the old work profile",
        "9-digit registration ID; candidate ID of the work profile (sets up case E)",
        mid_generic(10, "pearson.com"), auth=auth_gmail("pearson.com"))

    # 011 user reply A ------------------------------------------------------------
    t11 = """Hi Priya,

Thanks for the quick reply. Here are the two profiles:

- Work profile (%s): %s
- Personal profile (%s, created on March 6 with my Builder ID): %s

I'd like to keep the personal one. My work mailbox stays active until March 31, so I can still
receive mail there if needed.

Best,
Mariko

""" % (ME_C, CID_OLD, ME_P, CID_NEW)
    t11 += gmail_quote(t9, "Sat, Mar 8, 2025 at 4:42 PM", "<%s>" % TC)
    m011 = add(addr("Mariko Endo", ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
               dt("2025-03-08 21:03:40", "+0900"), alt(t11, to_html(t11), 11),
               L("user_reply", case=CASE_A, ids=[CID_OLD, CID_NEW]),
               "case A: owner sends both candidate IDs (Gmail)",
               "the quoted request is still below; Re: RE: subject", mid_gmail(11),
               irt=m009, refs=[m005, m009])

    # 012 phishing, lookalike domain ---------------------------------------
    h = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Training &amp; Certification</b></td></tr><tr><td style="padding:16px">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To prevent unauthorised
transfers of certifications, you must verify ownership of both accounts within <b>24 hours</b>.</p>
<p>Sign in with the e-mail and password of your AWS account below. If verification is not
completed, the merge request will be cancelled and your active certifications may be suspended.</p>
<p style="text-align:center"><a href="http://amazon-certsupport.com/verify?c=8f02d1"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify now</a></p>
<p>Alternatively, reply to this message with your candidate ID, date of birth and the last four
digits of the card on file.</p>
<p>AWS Training and Certification Support Team</p></td></tr></table></body></html>
"""
    add(addr("AWS Training & Certification", "case-update@amazon-certsupport.com"), ME_P,
        "[Action Required] Verify ownership to continue your certification account merge",
        dt("2025-03-09 02:27:15"), leaf(h, "html", cte="quoted-printable"),
        L("suspicious"), "phishing from a lookalike domain about the merge",
        "perfect topic timing, passes SPF/DKIM/DMARC for its own lookalike domain, demands a reply",
        mid_generic(12, "amazon-certsupport.com"),
        auth=auth_gmail("amazon-certsupport.com", policy="NONE"))

    # 013 on hold A (partner) with a buried question --------------------
    t13 = """Hello Mariko,

Thank you for sending the candidate IDs.

While reviewing %s I found that it is associated with an AWS Partner Network organization
(Tsubame DX Inc.). Certifications held by a partner's employees count toward that partner's
tier and programs, so we don't move a profile out of a partner organization while the holder is
still employed there unless the partner releases it. I have therefore put your request on hold
for now.

There are two ways forward: the partner administrator can remove your user from their Partner
Central account, or the hold can be lifted once your employment ends. If you are in fact
leaving Tsubame DX, could you confirm your last working day? With that we can continue after
that date, or sooner if the partner releases the profile.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Service
""" % CID_OLD
    m013 = add(TC, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), dt("2025-03-10 02:15:31"),
               alt(t13, to_html(t13), 13, cte="base64"), L("on_hold", True, CASE_A, [CID_OLD]),
               "case A put on hold: work profile belongs to an APN partner",
               "a hold (outside the person) that still carries a question about the last working day",
               mid_ses(13), irt=m011, refs=[m005, m009, m011], auth=G_TC)

    # 014 marketing (Japanese, HTML only) --------------------------------------
    h = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3"><table align="center" width="640" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="background:#fff;padding:24px;font-size:14px;line-height:1.7">
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>日本最大級の AWS を学ぶイベント「AWS Summit Japan 2025」を、6 月 25 日(水)・26 日(木)に幕張メッセで開催します。
生成 AI、モダナイゼーション、セキュリティなど 150 以上のセッションに加え、AWS 認定保有者向けラウンジもご用意しています。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none">今すぐ登録(無料)</a></p>
<p>ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
</td></tr><tr><td style="padding:16px;font-size:11px;color:#666">
このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</td></tr></table></body></html>
"""
    add(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【ご招待】AWS Summit Japan 2025 事前登録受付中", dt("2025-03-10 03:00:12"),
        leaf(h, "html", cte="quoted-printable"), L("unrelated"),
        "AWS marketing invitation (Japanese, HTML only)",
        "amazon.com sender, mentions AWS 認定, conditional お問い合わせください",
        mid_ses(14), auth=auth_gmail("amazon.com"))

    # 015 user reply A (Outlook style) -------------------------------------
    t15 = """Hello Tomasz,

Yes, I confirm that I am leaving Tsubame DX Inc. My last working day is March 31, 2025, and my
work address will be deactivated soon after. I have also asked our partner administrator to
remove my user from our Partner Central account this week.

Please go ahead as soon as it's possible.

Thanks,
Mariko Endo

"""
    t15 += outlook_quote(t13, "%s <%s>" % (TC, TC), "Monday, March 10, 2025 11:15",
                         "%s <%s>" % ("Mariko Endo", ME_P), "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC))
    m015 = add(addr("Mariko Endo", ME_P), TC, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
               dt("2025-03-10 12:48:09", "+0900"), alt(t15, to_html(t15), 15, cte="quoted-printable"),
               L("user_reply", case=CASE_A), "case A: owner confirms she is leaving (Outlook, top-posted)",
               "Outlook header block instead of '>' quoting; quoted question stays in the body",
               mid_outlook(15), irt=m013, refs=[m005, m009, m011, m013],
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbkS" + hexid(15, 20))])

    # 016 colleague reply (ISO-2022-JP) -----------------------------------------
    t = """遠藤さん

パートナーセントラルから遠藤さんのユーザーを削除しました。
AWS側への反映には少し時間がかかるかもしれません。

認定アカウントの統合が済んだら、念のため教えてもらえると助かります。

佐々木

""" + q(t3)
    add(addr("佐々木 健太", SASAKI, "iso-2022-jp"), ME_C, "RE: 退職に伴う引き継ぎについて",
        dt("2025-03-11 15:30:44", "+0900"), leaf(t, charset="iso-2022-jp", cte="7bit"),
        L("unrelated"), "colleague: partner removal done, asks to be told when merged",
        "partner/merge vocabulary and a request, but from a colleague, not support",
        mid_outlook(16), irt=m003, refs=[m003], subj_cs="iso-2022-jp")

    # 017 case update A, threaded only by In-Reply-To ------------------------
    t = """Hi Mariko,

Thanks for confirming your departure date. The partner has since removed your profile from its
organization, so the hold on your request has been lifted.

I've handed the merge over to our certification operations team. They will check both profiles
and write to you before anything is combined.

Tomasz W.
AWS Training and Certification Customer Service
"""
    add(TC, ME_P, "Your AWS Certification account merge request", dt("2025-03-12 01:20:51"),
        alt(t, to_html(t), 17), L("case_update", case=CASE_A),
        "case A: hold lifted, passed to operations (subject without case token)",
        "case number only through In-Reply-To/References; 'will write to you' is no request",
        mid_ses(17), irt=m015, refs=[m005, m009, m011, m013, m015], auth=G_TC)

    return dict(m005=m005, m009=m009, m011=m011, m013=m013, m015=m015, S_A=S_A,
                G_TC=G_TC, M_TC=M_TC, G_CON=G_CON)


def build2(c):
    S_A, G_TC, M_TC, G_CON = c["S_A"], c["G_TC"], c["M_TC"], c["G_CON"]
    RE_A = "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)
    refsA = [c["m005"], c["m009"], c["m011"], c["m013"], c["m015"]]

    # 018 Skill Builder receipt (HTML only) ----------------------------------
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2 style="color:#232f3e">Thanks for your order</h2>
<p>Hello Mariko,</p>
<p>Your AWS Skill Builder Individual subscription has been renewed.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td>Order number</td><td>SB-20250312-88317</td></tr>
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>April 12, 2025</td></tr></table>
<p>You can manage or cancel your subscription at any time from your Skill Builder profile.</p>
<p>AWS Skill Builder</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</body></html>
"""
    add(addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P, "Your AWS Skill Builder receipt",
        dt("2025-03-12 04:05:39"), leaf(h, "html", cte="7bit"), L("unrelated"),
        "Skill Builder subscription receipt (HTML only)",
        "AWS training-branded, transactional, order number", mid_ses(18),
        auth=auth_gmail("skillbuilder.aws"))

    # 019 confirmation request A (HTML only, base64, CRLF) -------------------
    rows = [("Login email", ME_P, ME_C), ("Training notification email", ME_P, ME_C),
            ("Certification notification email", ME_P, ME_C), ("Candidate ID", CID_NEW, CID_OLD),
            ("Created", "2025-03-06", "2019-11-21")]
    tr = "\r\n".join('<tr><td style="padding:4px 10px;border:1px solid #bbb">%s</td>'
                     '<td style="padding:4px 10px;border:1px solid #bbb">%s</td>'
                     '<td style="padding:4px 10px;border:1px solid #bbb">%s</td></tr>' % r for r in rows)
    h19 = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Mariko,</p>
<p>I'm with the certification operations team and have picked up your merge request. These are the
two profiles I found:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="padding:4px 10px;border:1px solid #bbb">Account #1</th><th style="padding:4px 10px;border:1px solid #bbb">Account #2</th></tr>
%s
</table>
<p>Account #1 will be kept. The exam history, certifications and benefits of Account #2 will be
moved into it, and Account #2 will then be deactivated. A merge cannot be reversed.</p>
<p>Please reply to confirm that both profiles belong to you and that we should merge them into
Account #1.</p>
<p>Best regards,<br>Ayesha R.<br>AWS Certification Operations</p>
</div></body></html>
""" % tr
    t19 = """Hello Mariko,

I'm with the certification operations team and have picked up your merge request. These are
the two profiles I found:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #1 will be kept. The exam history, certifications and benefits of Account #2 will be
moved into it, and Account #2 will then be deactivated. A merge cannot be reversed.

Please reply to confirm that both profiles belong to you and that we should merge them into
Account #1.

Best regards,
Ayesha R.
AWS Certification Operations
""" % (ME_P, ME_P, ME_P, CID_NEW, ME_C, ME_C, ME_C, CID_OLD)
    m019 = add(TC, ME_P, RE_A, dt("2025-03-13 09:20:16"), leaf(h19, "html", cte="base64"),
               L("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
               "case A: Account #1 / Account #2 table, asks to confirm the merge",
               "HTML only (base64), table layout, CRLF line ends, 'RE: [CASE' with a space",
               mid_ses(19), irt=None, refs=refsA, auth=G_TC, crlf=True)

    # 020 colleague out-of-office ---------------------------------------------
    t = """お疲れさまです。田中です。

3月13日(木)〜3月17日(月)は休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は佐々木(k-sasaki@tsubame-dx.co.jp)までご連絡ください。

I am out of the office from March 13 to March 17 with no access to e-mail.
For urgent matters please contact k-sasaki@tsubame-dx.co.jp.
"""
    add(addr("田中 美咲", "m-tanaka@tsubame-dx.co.jp"), ME_C, "自動応答: 3月度 社内勉強会の資料について",
        dt("2025-03-13 18:40:02", "+0900"), leaf(t, cte="base64"), L("unrelated"),
        "colleague's out-of-office auto-reply", "auto-reply with 'contact …' instruction",
        mid_outlook(20), irt=mid_outlook("owner-study"), refs=[mid_outlook("owner-study")],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    # 021 certmetrics feedback invitation ----------------------------------------
    t = """Hello,

AWS Certification is inviting a small group of certified individuals to tell us about their
exam and certification experience. The survey takes about ten minutes, and your answers help
shape future exams.

Take the survey: https://www.certmetrics.com/amazon/survey/?s=cx2025q1

Participation is optional and your responses stay anonymous.

Thank you,
AWS Certification
"""
    add(addr("AWS Certification", CERTM), ME_C, "AWS Certification would like your feedback",
        dt("2025-03-14 15:30:00"), alt(t, to_html(t), 21), L("certification"),
        "CertMetrics program feedback invitation", "survey wording but not about a support case",
        mid_generic(21, "certmetrics.com"), auth=auth_m365("certmetrics.com"))

    # 022 closing notice A (quotes the confirmation request) ---------------
    t22 = """Hello Mariko,

I'm following up on my message of March 13 about merging your certification profiles, as I
haven't seen a reply yet.

If we don't hear from you within 3 business days, this case will be closed automatically.
A reply at any point before then keeps it open, and replying after it closes will reopen it.

Best regards,
Ayesha R.
AWS Certification Operations

-----Original Message-----
From: %s
Sent: 3/13/2025 9:20 AM
To: %s
Subject: %s

%s""" % (TC, ME_P, RE_A, t19)
    m022 = add(TC, ME_P, RE_A, dt("2025-03-16 10:05:44"), leaf(t22, cte="quoted-printable"),
               L("closing_notice", True, CASE_A),
               "case A: reminder that the case closes in 3 business days",
               "the original confirmation request (with IDs) is quoted below; the new text only warns",
               mid_ses(22), irt=m019, refs=refsA + [m019], auth=G_TC)

    # 023 user reply from the WORK address -------------------------------------
    t23 = """Hello Ayesha,

Sorry for the late reply, I was traveling.
Confirmed: both profiles are mine. Please merge everything into Account #1
(%s).

Mariko Endo
Tsubame DX Inc. | Cloud Integration Dept.

""" % ME_P
    t23 += outlook_quote(t22.split("-----Original Message-----")[0].rstrip() + "\n",
                         TC, "Sunday, March 16, 2025 7:05 PM", ME_P, RE_A, rule=False)
    m023 = add(addr("Endo Mariko", ME_C), TC, "RE: " + RE_A, dt("2025-03-17 09:12:26", "+0900"),
               leaf(t23, cte="quoted-printable"), L("user_reply", case=CASE_A),
               "case A: owner confirms, but from the work address",
               "sent from the company address; quoting style '-----Original Message-----'",
               mid_outlook(23), irt=m022, refs=refsA + [m019, m022], crlf=True,
               extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])

    # 024 info request: write from the other address ---------------------------
    t24 = """Hi Mariko,

Thanks for getting back to me. Your confirmation arrived from %s,
which is the login of the profile that will be closed. For the account holder's protection the
go-ahead has to come from the address of the profile we are keeping.

Would you send the same confirmation from %s? Replying to my
earlier message in that mailbox is fine.

Ayesha R.
AWS Certification Operations
""" % (ME_C, ME_P)
    m024 = add(TC, ME_C, RE_A, dt("2025-03-17 02:40:18"), alt(t24, to_html(t24), 24),
               L("info_request", True, CASE_A),
               "case A: support wants the confirmation from the personal address",
               "asks to write from another address (info_request, not a merge confirmation); sent to the work address",
               mid_ses(24), irt=m023, refs=refsA + [m019, m022, m023], auth=M_TC)

    # 025 phishing on amazon.com with dmarc=fail -----------------------------
    h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Certification account merge is pending a final verification step. To avoid losing
your certification history, confirm the merge within 24 hours:</p>
<p><a href="https://aws-training-verify.com/merge/confirm?id=5571029384">Confirm account merge</a></p>
<p>You will be asked to sign in with your AWS Builder ID and the one-time code we send to your phone.</p>
<p>Thank you,<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
    add(TC, ME_P, "RE:[CASE 5571029384] Account merge pending - final confirmation",
        dt("2025-03-17 03:02:55"), leaf(h, "html", cte="base64"), L("suspicious"),
        "spoofed mail from the real T&C form address, DMARC fails",
        "real From address and a [CASE] token (with an unrelated number); only the auth header gives it away",
        "<%s@srv-notify24.xyz>" % hexid(25, 24),
        auth=auth_gmail("amazon.com", ok=False, mailfrom="mailer@srv-notify24.xyz", dkim="none"))

    # 026 user reply from the personal address --------------------------------
    t26 = """Hi Ayesha,

Sending this from my personal address as requested.

Confirmed: Account #1 (%s, %s) and Account #2
(%s, %s) both belong to me. Please merge them into Account #1.

Thank you,
Mariko

""" % (ME_P, CID_NEW, ME_C, CID_OLD)
    t26 += gmail_quote(t19, "Thu, Mar 13, 2025 at 6:20 PM", "<%s>" % TC)
    m026 = add(addr("Mariko Endo", ME_P), TC, "Re: " + RE_A, dt("2025-03-17 12:03:37", "+0900"),
               alt(t26, to_html(t26), 26), L("user_reply", case=CASE_A, ids=[CID_NEW, CID_OLD]),
               "case A: owner confirms again from the personal address",
               "replies to the older confirmation request, not to the latest message",
               mid_gmail(26), irt=m019, refs=refsA + [m019])

    # 027 resolved A (quotes the request) ----------------------------------------
    t27 = """Hello Mariko,

Thank you for confirming. The two profiles have now been combined: the exam history,
certifications and benefits that were on Account #2 (%s) are
available under Account #1, and you can keep signing in with %s.
Account #2 has been deactivated.

Your digital badges will be re-issued to the personal address within a day or so, and it may
take a few days before the change shows up in partner tools.

If something looks wrong when you check your profile, reply to this email and I'll take another
look.

Best regards,
Ayesha R.
AWS Certification Operations

""" % (ME_C, ME_P)
    t27 += q(t26)
    m027 = add(TC, ME_P, RE_A, dt("2025-03-17 07:55:03"), alt(t27, to_html(t27), 27, cte="base64"),
               L("resolved", case=CASE_A), "case A: merge completed",
               "quoted history still contains 'Please reply to confirm' and the IDs; conditional 'reply if…'",
               mid_ses(27), irt=m026, refs=refsA + [m019, m026], auth=G_TC)

    # 028 Credly badge --------------------------------------------------------------
    h = """<html><body style="font-family:Helvetica,Arial;background:#f6f6f6">
<table align="center" width="600" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px">Mariko, you've earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p>Accept it to share your achievement on LinkedIn and other networks.</p>
<p><a href="https://www.credly.com/badges/3f1c9a2e-7b4d-4e61-9a0c-2d5e8b71f406/accept" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 1 Pennsylvania Plaza, New York, NY</p>
</td></tr></table></body></html>
"""
    t = """Mariko, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer -
Associate badge. Accept it to share your achievement:
https://www.credly.com/badges/3f1c9a2e-7b4d-4e61-9a0c-2d5e8b71f406/accept
"""
    add(addr("Credly", "admin@credly.com"), ME_P,
        "Amazon Web Services Training and Certification has issued you a new badge",
        dt("2025-03-17 08:31:10"), alt(t, h, 28), L("badge"),
        "Credly badge issued right after the merge", "arrives minutes after the resolution; badge UUID",
        mid_generic(28, "credly.com"), auth=auth_gmail("credly.com"))

    # 029 survey A -------------------------------------------------------------------
    t = """Hello,

Your recent request to AWS Training and Certification has been closed. We'd appreciate two
minutes of your time to tell us how we did.

Case ID: %s

How satisfied were you with the support you received?
https://survey.aws-tc.amazon.com/s/tcsat?case=%s

This survey is optional. Thank you for helping us improve.

AWS Training and Certification Customer Service
""" % (CASE_A, CASE_A)
    add(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
        "How did we do? Your AWS Training and Certification case", dt("2025-03-18 01:00:27"),
        alt(t, to_html(t), 29), L("survey", case=CASE_A),
        "case A: satisfaction survey", "case number only in the body ('Case ID:')",
        mid_ses(29), auth=G_TC)

    # 030 owner forwards the result to the colleague ----------------------
    t27own = t27.split("\n> ")[0].rstrip() + "\n"
    t = """佐々木さん

お疲れさまです。遠藤です。
AWS認定アカウントの統合が完了しました(下記転送します)。
今後の候補IDは %s です。
パートナーセントラル側で何か確認が必要でしたら、31日までにお知らせください。

遠藤

-----Original Message-----
From: %s <%s>
Sent: Monday, March 17, 2025 4:55 PM
To: %s
Subject: %s

%s""" % (CID_NEW, TC, TC, ME_P, RE_A, t27own)
    add(addr("遠藤 真理子", ME_C, "iso-2022-jp"), addr("佐々木 健太", SASAKI, "iso-2022-jp"),
        "FW: " + RE_A, dt("2025-03-18 10:20:14", "+0900"),
        leaf(t, charset="iso-2022-jp", cte="7bit"), L("user_reply", case=CASE_A, ids=[CID_NEW]),
        "case A: owner forwards the completion to her colleague (Japanese, ISO-2022-JP)",
        "forward to a colleague, not to support; forwarded text is a resolution",
        mid_outlook(30), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 031 newsletter -------------------------------------------------------------------
    t = """Cloud Native Weekly Japan #212
=============================

This week
- EKS Auto Mode in practice: what changed for node upgrades
- Terraform 1.11 adds write-only attributes; a look at the merge of provider schemas
- Why your certification study plan should include hands-on labs
- Case study: closing 300 stale support tickets with a single bot

Events
- JAWS-UG Tokyo, March 27 (online)

You are receiving this because you subscribed at cloudnative-weekly.jp.
Unsubscribe: https://cloudnative-weekly.jp/u/8e31f0
"""
    add(addr("Cloud Native Weekly Japan", "newsletter@cloudnative-weekly.jp"), ME_P,
        "Cloud Native Weekly #212: EKS Auto Mode, Terraform 1.11, certification tips",
        dt("2025-03-19 22:00:00"), leaf(t, cte="7bit", charset="us-ascii"), L("unrelated"),
        "tech newsletter", "words merge, certification, support tickets, closing",
        mid_generic(31, "cloudnative-weekly.jp"), auth=auth_gmail("cloudnative-weekly.jp", policy="NONE"),
        extra=[("List-Unsubscribe", "<https://cloudnative-weekly.jp/u/8e31f0>")])

    # 032 owner forwards a 2021 case to herself -----------------------------------
    old = """Hello,

Thank you for your patience. Your duplicate profile %s has been merged into
%s, and all exam history is now listed on the remaining profile.

Please let us know if there is anything else we can help you with.

Best regards,
Kenji
AWS Training and Certification Customer Service
""" % (CID_2021, CID_OLD)
    t = """Keeping a copy of this 2021 case in my personal mailbox before the work account is shut
down. The profile that was merged away back then was %s.

________________________________
From: %s <%s>
Sent: Thursday, June 17, 2021 12:04 PM
To: Endo Mariko <%s>
Subject: RE:[CASE %s] %s

%s""" % (CID_2021, TC, TC, ME_C, CASE_OLD, SUBJ_TC, old)
    add(addr("Endo Mariko", ME_C), ME_P, "FW: RE:[CASE %s] %s" % (CASE_OLD, SUBJ_TC),
        dt("2025-03-20 19:44:51", "+0900"), alt(t, to_html(t), 32),
        L("user_reply", case=CASE_OLD, ids=[CID_2021]),
        "owner forwards an old 2021 case (10-digit number) to her personal address",
        "forwarded support text says 'Please let us know…'; 10-digit case; own note repeats one ID",
        mid_outlook(32), auth=auth_gmail("tsubame-dx.co.jp", mailfrom="m-endo@tsubame-dx.co.jp",
                                          sel="selector1"))

    # 033 console case C opened ------------------------------------------------------
    t33 = """Dear AWS customer,

Thank you for contacting AWS Support. We have opened case %s for your request.

Case ID: %s
Subject: Certification benefit (50%% exam voucher) missing after account merge
Severity: General guidance
Correspondence: Hello, my two AWS Certification profiles were merged on March 17 (case
%s). The 50%% exam discount benefit that was on the old profile does not appear under
Benefits on the remaining profile. Could you check?

[AWS ID 486219307745]

""" % (CASE_C, CASE_C, CASE_A)
    t33 += FOOT_CONSOLE.format(cid=CASE_C)
    m033 = add(addr("Amazon Web Services", CONSOLE), ME_P,
               "Amazon Web Services: New Support case: %s" % CASE_C, dt("2025-03-21 05:12:40"),
               leaf(t33, cte="quoted-printable"), L("acknowledgement", case=CASE_C),
               "case C (Support Center) opened about the missing voucher",
               "console template; body also names case A; 12-digit AWS account ID; the owner's own question is echoed",
               mid_ses(33), auth=G_CON)

    # 034 console info request C ------------------------------------------------------
    t34 = """Hello,

Thank you for your patience. I'm Marcus from AWS Support, working with the Training and
Certification team on this case.

Benefits are normally carried over during a merge, but a voucher that was generated on the old
profile and not yet used sometimes stays attached to it. To track this one down I need two
things from you:

1. The voucher code, if you copied it before the merge, or the date you earned the benefit.
2. A screenshot of the Benefits page of your current profile.

Add them to the case through the Support Center link below; answers sent by e-mail do not
reach us.

Best regards,
Marcus G.
Amazon Web Services

""" + RATE + "\n" + FOOT_CONSOLE.format(cid=CASE_C)
    S_C = "RE:[CASE %s] Certification benefit (50%% exam voucher) missing after account merge" % CASE_C
    m034 = add(addr("Amazon Web Services", CONSOLE), ME_P, S_C, dt("2025-03-22 00:48:09"),
               alt(t34, to_html(t34), 34), L("info_request", True, CASE_C),
               "case C: agent needs voucher details, answer only in the Support Center",
               "reply must go through the console, footer says the address cannot receive mail; rating footer",
               mid_ses(34), irt=m033, refs=[m033], auth=G_CON)

    # 035 owner replies by e-mail anyway (with screenshot) ----------------------------
    t35 = """Hi Marcus,

I didn't copy the code, sorry. I earned the benefit when I passed the Developer - Associate exam
in June 2022. My current candidate ID is %s. Screenshot of the Benefits page attached.

Mariko

""" % CID_NEW
    t35 += gmail_quote(t34.split(RATE)[0].rstrip() + "\n", "Sat, Mar 22, 2025 at 9:48 AM",
                       "Amazon Web Services <%s>" % CONSOLE)
    m035 = add(addr("Mariko Endo", ME_P), CONSOLE, "Re: " + S_C, dt("2025-03-22 10:30:02", "+0900"),
               multi("mixed", [alt(t35, to_html(t35), 35),
                               binpart("image/png", png_bytes(), "benefits.png")], 350),
               L("user_reply", case=CASE_C, ids=[CID_NEW]),
               "case C: owner answers by e-mail to the no-reply address (attachment)",
               "goes to an address that cannot receive mail; multipart/mixed with a PNG",
               mid_gmail(35), irt=m034, refs=[m033, m034])

    return dict(m019=m019, m022=m022, m024=m024, m026=m026, m027=m027, m033=m033, m034=m034,
                m035=m035, S_C=S_C, t19=t19, t35=t35)


def build3(c):
    G_TC, M_TC, G_CON, S_C = c["G_TC"], c["M_TC"], c["G_CON"], c["S_C"]

    # 036 bounce of the e-mail reply ---------------------------------------------
    t = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or
is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: mailbox does not accept incoming mail
""" % (CONSOLE, CONSOLE)
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 21 Mar 2025 18:30:02 -0700 (PDT)

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.94.236.248, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: mailbox does not accept incoming mail
Last-Attempt-Date: Fri, 21 Mar 2025 18:30:05 -0700 (PDT)
""" % (CONSOLE, CONSOLE)
    hd = """From: Mariko Endo <%s>
Date: Sat, 22 Mar 2025 10:30:02 +0900
Message-ID: %s
Subject: Re: %s
To: %s
""" % (ME_P, c["m035"], S_C, CONSOLE)
    add(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", dt("2025-03-22 01:30:05"),
        multi("report", [leaf(t, cte="7bit", charset="us-ascii"),
                         rawpart("message/delivery-status", ds),
                         rawpart("text/rfc822-headers", hd)], 36,
              extra=" report-type=delivery-status;"),
        L("unrelated", case=CASE_C), "bounce of the owner's e-mail reply on case C",
        "case token only inside the returned headers; looks like support mail, needs no reply to support",
        mid_gmail(36), irt=c["m035"], refs=[c["m035"]])

    # 037 console closing notice -------------------------------------------------------
    t = """Hello,

We haven't received a response to our last correspondence on this case. We would still like
to help you find the missing voucher, but we can't continue without the details we asked for.

If we don't hear back from you within 3 days, this case will be resolved automatically. A
resolved case can be reopened from the Support Center for 14 days.

Best regards,
Amazon Web Services

""" + FOOT_CONSOLE.format(cid=CASE_C)
    add(addr("Amazon Web Services", CONSOLE), ME_P, S_C, dt("2025-03-24 22:10:33"),
        leaf(t, cte="quoted-printable"), L("closing_notice", True, CASE_C),
        "case C: auto-resolve warning (e-mail reply never arrived)",
        "the owner did write, but by e-mail; support still waits; answer only in console",
        mid_ses(37), irt=c["m034"], refs=[c["m033"], c["m034"]], auth=G_CON)

    # 038 console case update -----------------------------------------------------------
    t = """Hello,

Thank you for the screenshot and the exam date you added in the Support Center. I've passed the
details to the Certification benefits team, who can re-issue benefits that stayed behind on a
deactivated profile. This usually takes 3 to 5 business days, and I'll update the case as soon
as I hear back. There's nothing else you need to do for now.

Best regards,
Marcus G.
Amazon Web Services

""" + RATE + "\n" + FOOT_CONSOLE.format(cid=CASE_C)
    m038 = add(addr("Amazon Web Services", CONSOLE), ME_P, S_C, dt("2025-03-25 06:00:48"),
               alt(t, to_html(t), 38), L("case_update", case=CASE_C),
               "case C: escalated to the benefits team",
               "footer says how to contact again and asks for a rating; no request",
               mid_ses(38), irt=c["m034"], refs=[c["m033"], c["m034"]], auth=G_CON)

    # 039 AWS Educate case (other program) ---------------------------------------------
    t = """Hello Mariko,

Thanks for contacting AWS Educate.

To restore educator access for the workshop you are running at Keio SFC, please reply with the
name of your institution as it appears on your AWS Educate profile and the e-mail address you
originally registered with.

Regards,
Sofia
AWS Educate Support
"""
    add("aws-cs-educate-form@amazon.com", ME_P,
        "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU,
        dt("2025-03-26 07:12:19"), alt(t, to_html(t), 39), L("unrelated", case=CASE_EDU),
        "AWS Educate form case asking for details",
        "same shape and domain as the T&C form, a real request, but another program",
        mid_ses(39), auth=auth_gmail("amazon.com"))

    # 040 console resolved ------------------------------------------------------------
    t = """Hello,

Good news: the Certification benefits team has restored the 50% exam discount to your current
profile. It now shows under Benefits and can be used for any exam you book before the expiry
date listed there.

As the issue is fixed, I'm setting this case to resolved. If you notice anything else related
to this request, you can reopen the case from the Support Center.

Best regards,
Marcus G.
Amazon Web Services

""" + RATE + "\n" + FOOT_CONSOLE.format(cid=CASE_C)
    add(addr("Amazon Web Services", CONSOLE), ME_P, S_C, dt("2025-03-27 23:30:12"),
        alt(t, to_html(t), 40, cte="base64"), L("resolved", case=CASE_C),
        "case C: voucher restored, case resolved",
        "reopen instructions and rating request in the footer", mid_ses(40), irt=m038,
        refs=[c["m033"], c["m034"], m038], auth=G_CON)

    # 041 other vendor: request solved ------------------------------------------------
    t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this email.

Hiroshi (Kumo Monitoring)
Mar 28, 2025, 09:41 JST

Hi Mariko, the webhook integration was failing because the signing secret had been rotated.
We regenerated it on our side and test alerts are flowing again. We'll close the request now.

This email is a service from Kumo Monitoring. [7QXR2-LM41]
"""
    add(addr("Kumo Monitoring Support", "support@kumo-monitor.io"), ME_C,
        "[Kumo Monitoring] Re: Alert webhook not firing", dt("2025-03-28 00:41:20"),
        alt(t, to_html(t), 41), L("unrelated"),
        "other vendor's helpdesk: request solved", "'solved', 'reply to reopen', request number",
        mid_generic(41, "kumo-monitor.io"), auth=auth_m365("kumo-monitor.io"))

    # 042 ack D (Japanese, ISO-2022-JP) --------------------------------------------------
    t42 = """遠藤 真理子 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でケース %s を受け付けました。

担当者から通常 24 時間以内にご連絡いたします。調査の内容によってはお時間を頂戴する場合がございますので、あらかじめご了承ください。
なお、同じご依頼で新しいケースを作成されますと、対応が遅れる原因となります。

--- お問い合わせ内容 ---
AWS 候補 ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
内容:
アカウント統合後、認定証に表示される氏名が「Mariko Endou」になっています。
パスポートと同じ「MARIKO ENDO」への修正をお願いします。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CID_NEW)
    S_D = "[CASE %s] AWS トレーニングと認定 お問い合わせフォーム - 認定" % CASE_D
    m042 = add(TC, ME_P, S_D, dt("2025-03-28 01:14:40"),
               leaf(t42, charset="iso-2022-jp", cte="7bit"), L("acknowledgement", case=CASE_D, ids=[CID_NEW]),
               "case D opened: name on the certificate (Japanese, ISO-2022-JP)",
               "Japanese template; candidate ID echoed from the form; subject in ISO-2022-JP",
               mid_ses(42), auth=G_TC, subj_cs="iso-2022-jp")

    # 043 Credly phishing ----------------------------------------------------------------
    h = """<html><body style="font-family:Arial">
<p><img src="https://credly-badges.net/img/logo.png" alt="Credly"></p>
<p>Hi Mariko,</p>
<p>After a recent change to your AWS Certification account we found a mismatch between your
profile and <b>4 badges</b> issued by Amazon Web Services Training and Certification.
These badges will be <b>revoked in 48 hours</b> unless you re-verify.</p>
<p><a href="https://credly-badges.net/verify/aws?u=m.endo">Re-verify with your AWS credentials</a></p>
<p>The Credly Team</p></body></html>
"""
    add(addr("Credly", "no-reply@credly-badges.net"), ME_P,
        "Action needed: your AWS badges will be revoked", dt("2025-03-29 13:55:02"),
        leaf(h, "html", cte="quoted-printable"), L("suspicious"),
        "fake Credly mail from a lookalike domain", "badge wording, references the merge; lookalike domain",
        mid_generic(43, "credly-badges.net"), auth=auth_gmail("credly-badges.net", policy="NONE"))

    # 044 info request D (Japanese keigo, Shift_JIS base64) -------------------------------
    t44 = """遠藤 真理子 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定記録上のお名前は、試験当日にご提示いただく身分証明書の表記と一致している必要がございます。
そのため、修正にあたり以下の点を確認させていただいております。

・ご希望のお名前の表記(姓・名をそれぞれローマ字でご記入ください)
・直近で受験された試験の名称と受験日

お手数ではございますが、上記 2 点を本メールへのご返信にてお知らせいただけますでしょうか。
ご確認のほど、よろしくお願いいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

山口
AWS トレーニングと認定 カスタマーサービス
"""
    S_DR = "RE: " + S_D
    m044 = add(TC, ME_P, S_DR, dt("2025-03-31 01:02:37"), leaf(t44, charset="shift_jis", cte="base64"),
               L("info_request", True, CASE_D),
               "case D: agent asks for the name spelling and the latest exam (keigo)",
               "Shift_JIS + base64; request in 〜いただけますでしょうか after an explanation; conditional closing line",
               mid_ses(44), irt=m042, refs=[m042], auth=G_TC, subj_cs="shift_jis")

    # 045 owner's reply D (Japanese, gmail) -------------------------------------------------
    t45 = """山口様

ご連絡ありがとうございます。遠藤です。
ご依頼の件、以下のとおりです。

・姓: ENDO / 名: MARIKO
・直近の受験: AWS Certified Developer - Associate (DVA-C02)、2022年6月14日

よろしくお願いいたします。
遠藤 真理子

""" + jp_quote(t44, "2025年3月31日(月) 10:02", "<%s>" % TC)
    m045 = add(addr("遠藤 真理子", ME_P), TC, "Re: " + S_DR, dt("2025-04-01 09:15:22", "+0900"),
               alt(t45, to_html(t45), 45), L("user_reply", case=CASE_D),
               "case D: owner answers in Japanese", "Japanese quote header 「…:」 with > lines",
               mid_gmail(45), irt=m044, refs=[m042, m044])

    # 046 IT notice --------------------------------------------------------------------------
    t = """遠藤 真理子 様

情報システム部です。
ご退職に伴い、下記アカウントのメールボックスを 4 月 7 日(月)に停止いたします。

対象: m-endo@tsubame-dx.co.jp
停止日: 2025年4月7日(月)

停止日までは受信したメールを個人アドレスへ転送する設定を有効にしています。
必要なデータがあれば、4 月 4 日(金)までにエクスポートしてください。

本メールに関するお問い合わせは、情報システム部(内線 2100)までお願いします。
"""
    add(addr("情報システム部", "it-helpdesk@tsubame-dx.co.jp", "iso-2022-jp"), ME_C,
        "【情報システム部】メールボックス停止のお知らせ", dt("2025-04-01 10:00:00", "+0900"),
        leaf(t, charset="iso-2022-jp", cte="7bit"), L("unrelated"),
        "company IT: the work mailbox will be shut down",
        "deadline and instruction, but internal IT, not support", mid_outlook(46),
        subj_cs="iso-2022-jp")

    # 047 case update D threaded only (subject changed) -----------------------------------
    t = """遠藤 真理子 様

山口です。ご返信いただきありがとうございます。

いただいた内容をもとに、認定記録のお名前を「MARIKO ENDO」へ変更するよう担当チームに依頼いたしました。
反映が完了しましたら、あらためてご連絡いたします。
現時点でお客様にご対応いただくことはございません。

山口
AWS トレーニングと認定 カスタマーサービス
"""
    m047 = add(TC, ME_P, "Re: 認定証の氏名表記について", dt("2025-04-02 02:30:11"),
               alt(t, to_html(t), 47, cte="base64"), L("case_update", case=CASE_D),
               "case D: handed to the records team (subject has no case token)",
               "case only via In-Reply-To/References; explicit 'nothing for you to do'",
               mid_ses(47), irt=m045, refs=[m042, m044, m045], auth=G_TC)

    # 048 certmetrics profile updated --------------------------------------------------------
    t = """遠藤 真理子 様

AWS 認定アカウント(候補 ID: %s)のプロフィール情報が更新されました。

更新された項目: 氏名

お心当たりがない場合は、AWS トレーニングと認定までお問い合わせください。

AWS 認定
""" % CID_NEW
    add(addr("AWS Certification", CERTM), ME_P, "AWS 認定アカウントのプロフィールが更新されました",
        dt("2025-04-03 08:12:45"), alt(t, to_html(t), 48), L("certification", ids=[CID_NEW]),
        "CertMetrics notice: profile name changed",
        "the visible effect of case D, but an automated program notice, not the case's resolution",
        mid_generic(48, "certmetrics.com"), auth=auth_gmail("certmetrics.com"))

    # 049 resolved D (ISO-2022-JP, quotes the request) ----------------------------------------
    t49 = """遠藤 真理子 様

山口でございます。
お待たせいたしました。認定記録上のお名前を「MARIKO ENDO」に変更いたしました。
認定証および Credly のバッジにも、順次新しい表記が反映されます。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信いただければ対応いたします。

山口
AWS トレーニングと認定 カスタマーサービス

----- 2025/03/31 10:02 AWS トレーニングと認定 からのメッセージ -----
""" + t44
    m049 = add(TC, ME_P, S_DR, dt("2025-04-04 01:20:09"), leaf(t49, charset="iso-2022-jp", cte="7bit"),
               L("resolved", case=CASE_D), "case D: name corrected, case completed (Japanese)",
               "the earlier keigo request is quoted in full below the answer; conditional 〜ございましたら; CRLF",
               mid_ses(49), irt=m047, refs=[m042, m044, m045, m047], auth=G_TC,
               subj_cs="iso-2022-jp", crlf=True)

    # 050 survey D (Japanese, HTML only) --------------------------------------------------------
    h = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>先日お問い合わせいただいたケース(ケース ID: %s)について、サポートの対応はいかがでしたか。
今後のサービス向上のため、1 分ほどで終わるアンケートへのご協力をお願いいたします。</p>
<p><a href="https://survey.aws-tc.amazon.com/s/tcsat?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>本メールは送信専用のアドレスからお送りしています。</p>
<p>AWS トレーニングと認定</p></body></html>
""" % (CASE_D, CASE_D)
    add(addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
        "サポート対応に関するアンケートのお願い", dt("2025-04-04 02:00:31"),
        leaf(h, "html", cte="quoted-printable"), L("survey", case=CASE_D),
        "case D: satisfaction survey (Japanese, HTML only)", "polite 〜お願いいたします request that is only a survey",
        mid_ses(50), auth=G_TC)

    return dict(m042=m042, m044=m044, m045=m045, m047=m047, m049=m049, S_DR=S_DR, t49=t49,
                t45=t45, t44=t44)


def build4(c):
    G_TC, M_TC = c["G_TC"], c["M_TC"]
    S_DR = c["S_DR"]
    refsD = [c["m042"], c["m044"], c["m045"], c["m047"], c["m049"]]

    # 051 owner reopens D ------------------------------------------------------------------
    t49own = c["t49"].split("----- 2025/03/31")[0].rstrip() + "\n"
    t51 = """山口様

ご対応ありがとうございました。
プロフィールの氏名は更新されていましたが、ダウンロードした認定証のPDFは「Mariko Endou」のままでした。
(Developer - Associate の認定証で確認しました。)
お手数ですが、ご確認いただけますでしょうか。

遠藤

""" + jp_quote(t49own, "2025年4月4日(金) 10:20", "<%s>" % TC)
    m051 = add(addr("遠藤 真理子", ME_P), TC, "Re: " + S_DR, dt("2025-04-05 11:40:18", "+0900"),
               alt(t51, to_html(t51), 51), L("user_reply", case=CASE_D),
               "case D: owner reports the PDF still shows the old name (reopens the case)",
               "the owner's own keigo question; resolved text quoted below", mid_gmail(51),
               irt=c["m049"], refs=refsD)

    # 052 case update D: reopened (English) ------------------------------------------------
    t52 = """Hello Mariko,

I'm picking up this case from my colleague. Thank you for letting us know that the certificate
still shows the old spelling.

I've reopened the case and asked our certification team to regenerate your certificate files
with the updated name. I'll follow up once they confirm the job has run.

Best regards,
Hannah L.
AWS Training and Certification Customer Service

""" + gmail_quote(t51.split("2025年4月4日")[0].rstrip() + "\n", "Sat, Apr 5, 2025 at 2:40 AM",
                  "Mariko Endo <%s>" % ME_P)
    m052 = add(TC, ME_P, "RE: [CASE %s] AWS Training and Certification - certification" % CASE_D,
               dt("2025-04-07 03:10:55"), alt(t52, to_html(t52), 52), L("case_update", case=CASE_D),
               "case D: reopened and passed on (English agent on a Japanese case)",
               "subject switches to English; quoted Japanese question from the owner",
               mid_ses(52), irt=m051, refs=refsD + [m051], auth=G_TC)

    # 053 info request D: check and report back, top-posted over long history ---------------
    t53 = """Hello Mariko,

The certificates have been regenerated. Your browser may still hold the old file, so sign out of
your AWS Certification account, sign back in and download the Developer - Associate certificate
again.

Does the name on the new PDF read MARIKO ENDO? Let me know either way, so I can close this out
or dig further.

Best regards,
Hannah L.
AWS Training and Certification Customer Service

""" + q(t52)
    m053 = add(TC, ME_P, "RE: [CASE %s] AWS Training and Certification - certification" % CASE_D,
               dt("2025-04-08 05:25:40"), alt(t53, to_html(t53), 53), L("info_request", True, CASE_D),
               "case D: asks the owner to re-download and report what she sees",
               "a check to perform and report; question form; 'Let me know either way'; long quoted history",
               mid_ses(53), irt=m052, refs=refsD + [m051, m052], auth=G_TC)

    # 054 owner reply D ----------------------------------------------------------------------
    t54 = """Hi Hannah,

Yes, after signing in again the new PDF shows MARIKO ENDO. Thank you!

Mariko

""" + gmail_quote(t53.split("\n> ")[0].rstrip() + "\n", "Tue, Apr 8, 2025 at 2:25 PM",
                  "<%s>" % TC)
    m054 = add(addr("Mariko Endo", ME_P), TC,
               "Re: RE: [CASE %s] AWS Training and Certification - certification" % CASE_D,
               dt("2025-04-08 21:02:33", "+0900"), alt(t54, to_html(t54), 54),
               L("user_reply", case=CASE_D), "case D: owner confirms the fix", "short top-post",
               mid_gmail(54), irt=m053, refs=refsD + [m051, m052, m053])

    # 055 resolved D ---------------------------------------------------------------------------
    t = """Hi Mariko,

Great to hear it. I've closed the case; no further action is required on your side.

Hannah L.
AWS Training and Certification Customer Service
"""
    add(TC, ME_P, "RE: [CASE %s] AWS Training and Certification - certification" % CASE_D,
        dt("2025-04-09 00:40:07"), leaf(t, cte="7bit", charset="us-ascii"), L("resolved", case=CASE_D),
        "case D: closed after the owner's confirmation", "very short; 'closed' without a missed answer",
        mid_ses(55), irt=m054, refs=refsD + [m051, m052, m053, m054], auth=G_TC)

    # 056 Pearson VUE post-exam survey -------------------------------------------------------
    t = """Dear Mariko,

Thank you for testing with Pearson VUE today. We'd like to hear about your experience at the
test center: check-in, staff and the testing room.

Share your feedback (about 3 minutes):
https://pearsonvue.az1.qualtrics.com/jfe/form/SV_5b0?reg=428716093

Your exam results will be provided by the exam sponsor, not by Pearson VUE.

Pearson VUE
"""
    add(addr("Pearson VUE", "pearsonvue@email.pearson.com"), ME_P,
        "How was your testing experience today?", dt("2025-04-12 06:30:14"),
        alt(t, to_html(t), 56), L("unrelated"), "exam vendor's post-exam survey",
        "survey wording, but about a test center, not a support case; 9-digit registration ID",
        mid_generic(56, "email.pearson.com"), auth=auth_gmail("email.pearson.com"))

    # 057 ack F (HTML only, table) ------------------------------------------------------------
    S_F = "[CASE %s] %s" % (CASE_F, SUBJ_TC)
    h57 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Thank you for contacting AWS Training and Certification.</p>
<p>Case <b>%s</b> has been created. An agent will review your request and reply to this
address, usually within 24 hours. If you have more information to add, you can reply to this
e-mail; please don't submit the form again for the same request.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="background:#f2f3f3">Inquiry type</td><td>Certification</td></tr>
<tr><td style="background:#f2f3f3">Additional details</td><td>Account Merge</td></tr>
<tr><td style="background:#f2f3f3">Description</td><td>After signing in with my Builder ID I ended up with a
second certification profile under the same e-mail address, and my badges no longer sync to
Credly. Please merge %s into %s.</td></tr></table>
<p>AWS Training and Certification Customer Service</p></body></html>
""" % (CASE_F, CID_STRAY, CID_NEW)
    m057 = add(TC, ME_P, S_F, dt("2025-04-14 06:06:20"), leaf(h57, "html", cte="quoted-printable"),
               L("acknowledgement", case=CASE_F, ids=[CID_STRAY, CID_NEW]),
               "case F opened: stray second profile under the same address (HTML only)",
               "conditional 'you can reply to this e-mail'; IDs echoed in a table", mid_ses(57), auth=G_TC)

    # 058 confirmation request F (Japanese keigo) -----------------------------------------------
    t58 = """遠藤 真理子 様

AWS トレーニングと認定 カスタマーサービスの佐藤と申します。
お問い合わせの件について、同一のメールアドレスで登録されている認定アカウントを 2 件確認いたしました。

Account #1
  ログインメールアドレス: %s
  トレーニング通知用メールアドレス: %s
  認定通知用メールアドレス: %s
  候補 ID: %s

Account #2
  ログインメールアドレス: %s
  トレーニング通知用メールアドレス: (未設定)
  認定通知用メールアドレス: %s
  候補 ID: %s

いずれもお客様ご本人のアカウントであること、また Account #1 を残して統合することについて、ご確認のうえご返信いただけますでしょうか。
ご確認いただけ次第、統合作業を進めさせていただきます。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""" % (ME_P, ME_P, ME_P, CID_NEW, ME_P, ME_P, CID_STRAY)
    RE_F = "RE:[CASE %s] %s" % (CASE_F, SUBJ_TC)
    m058 = add(TC, ME_P, RE_F, dt("2025-04-15 00:30:42"), alt(t58, to_html(t58), 58),
               L("confirmation_request", True, CASE_F, [CID_NEW, CID_STRAY]),
               "case F: Japanese Account #1/#2 listing, asks to confirm ownership and target",
               "keigo 〜いただけますでしょうか; both accounts share one login address; CRLF",
               mid_ses(58), irt=m057, refs=[m057], auth=G_TC, crlf=True)

    # 059 owner confirms F (Japanese) ----------------------------------------------------------
    t59 = """佐藤様

ご連絡ありがとうございます。
2件ともわたしのアカウントです。Account #1 (%s) に統合してください。

よろしくお願いいたします。
遠藤

""" % CID_NEW + jp_quote(t58, "2025年4月15日(火) 9:30", "<%s>" % TC)
    m059 = add(addr("遠藤 真理子", ME_P), TC, "Re: " + RE_F, dt("2025-04-15 10:15:09", "+0900"),
               alt(t59, to_html(t59), 59, cte="base64"), L("user_reply", case=CASE_F, ids=[CID_NEW]),
               "case F: owner confirms (Japanese)", "imperative 〜してください from the owner, not from support",
               mid_gmail(59), irt=m058, refs=[m057, m058])

    # 060 resolved F (HTML with blockquote of the request) ---------------------------------------
    h60 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Mariko,</p>
<p>Done: %s has been merged into %s and is no longer active. Your Credly badges should
sync again within 24 hours.</p>
<p>Thanks,<br>Sato<br>AWS Training and Certification Customer Service</p>
<div style="color:#555">
<p>2025年4月15日(火) 10:15 遠藤 真理子 &lt;%s&gt;:</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>
</div></body></html>
""" % (CID_STRAY, CID_NEW, ME_P, to_html(t59, style=""))
    m060 = add(TC, ME_P, RE_F, dt("2025-04-15 05:40:27"), leaf(h60, "html", cte="base64"),
               L("resolved", case=CASE_F, ids=[CID_STRAY, CID_NEW]),
               "case F: stray profile merged (HTML only)",
               "blockquote holds the Japanese confirmation request and the owner's reply", mid_ses(60),
               irt=m059, refs=[m057, m058, m059], auth=G_TC)

    # 061 old-style Acclaim badge reminder --------------------------------------------------------
    t = """Hi Mariko,

Just a reminder: you have a badge from Amazon Web Services Training and Certification waiting to
be accepted.

AWS Certified Developer - Associate
Accept your badge: https://www.youracclaim.com/badges/3f1c9a2e-7b4d-4e61-9a0c-2d5e8b71f406/accept

Badges you don't accept stay private.

The Credly Team
"""
    add(addr("Credly", "admin@youracclaim.com"), ME_P,
        "Reminder: accept your badge from Amazon Web Services Training and Certification",
        dt("2025-04-16 14:03:51"), alt(t, to_html(t), 61), L("badge"),
        "badge acceptance reminder from the older Acclaim address",
        "'Just a reminder' + accept call to action; legacy sender domain",
        mid_generic(61, "youracclaim.com"), auth=auth_gmail("youracclaim.com"))

    # 062 ack E (short, plain, LF) -----------------------------------------------------------------
    S_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E
    t = """Hello,

We have received your request and opened case %s. Our team normally answers within 24 hours.

Please don't submit another request for the same issue; if you need to add something, simply
reply to this message.

AWS Training and Certification
""" % CASE_E
    m062 = add(TC, ME_P, S_E, dt("2025-04-22 02:20:36"), leaf(t, cte="7bit", charset="us-ascii"),
               L("acknowledgement", case=CASE_E), "case E opened: exam result missing",
               "ack that already carries 'RE:'; 11-digit case; 'Please don't…' and 'reply if…'",
               mid_ses(62), auth=G_TC)

    # 063 info request E (request buried, no please) ------------------------------------------------
    t63 = """Hi Mariko,

Thanks for reaching out about your AWS Certified Solutions Architect - Professional result.

Scores are usually released within five business days of the exam, and the notification goes to
the certification notification address of the profile the exam was booked under. When profiles
are merged after an exam has been scheduled, the appointment can stay tied to the old candidate
record, and the result is then held until it's matched by hand. I checked %s and
don't see an exam on April 12, which fits that pattern.

To match the result we will need the Pearson VUE registration number from your appointment
confirmation and the time of your appointment.

Kind regards,
Olivia M.
AWS Training and Certification Customer Service
""" % CID_NEW
    m063 = add(TC, ME_P, S_E, dt("2025-04-23 06:45:29"), alt(t63, to_html(t63), 63, cte="base64"),
               L("info_request", True, CASE_E, [CID_NEW]),
               "case E: needs the registration number and appointment time",
               "request stated as 'we will need …' after a long explanation, no question mark, no please",
               mid_ses(63), irt=m062, refs=[m062], auth=G_TC)

    # 064 closing notice E (already closed) ----------------------------------------------------------
    t = """Hello Mariko,

We asked for some details on April 23 and haven't received them, so this case has now been
closed.

If you still need help with your exam result, reply to this e-mail with the Pearson VUE
registration number and appointment time, and the case will reopen automatically.

Regards,
AWS Training and Certification Customer Service
"""
    m064 = add(TC, ME_P, S_E, dt("2025-04-28 07:00:02"), leaf(t, cte="quoted-printable"),
               L("closing_notice", True, CASE_E),
               "case E: closed for lack of answer, reply reopens",
               "past tense 'has been closed' reads like a resolution; conditional 'If you still need help'",
               mid_ses(64), irt=m063, refs=[m062, m063], auth=G_TC, crlf=True)

    # 065 owner reply E ----------------------------------------------------------------------------------
    t65 = """Hello Olivia,

Sorry for the delay, I was traveling. The exam was booked before my profiles were merged, so it
is probably under %s.

Pearson VUE registration number: 428716093
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Appointment: April 12, 2025, 10:00 JST, test center in Shinjuku

Could you please reopen the case and check?

Thanks,
Mariko

""" % CID_OLD + gmail_quote(t63, "Wed, Apr 23, 2025 at 3:45 PM", "<%s>" % TC)
    m065 = add(addr("Mariko Endo", ME_P), TC, "Re: " + S_E, dt("2025-04-29 14:20:48", "+0900"),
               alt(t65, to_html(t65), 65), L("user_reply", case=CASE_E, ids=[CID_OLD]),
               "case E: owner sends the registration number", "the owner asks a question; 9-digit number",
               mid_gmail(65), irt=m064, refs=[m062, m063, m064])

    # 066 on hold E (exam vendor) ---------------------------------------------------------------------
    t = """Hi Mariko,

Thank you, that's exactly what I needed, and the case is open again.

I can see the appointment under the old candidate record, but the score report hasn't reached us
yet. I've asked our exam delivery partner to resend the results file for registration 428716093,
and this case is on hold until they do. That usually takes a few business days; there is nothing
you need to do in the meantime.

Olivia M.
AWS Training and Certification Customer Service
"""
    m066 = add(TC, ME_P, S_E, dt("2025-04-30 03:15:14"), alt(t, to_html(t), 66),
               L("on_hold", case=CASE_E), "case E: on hold waiting for the exam vendor",
               "hold with no question; 'the case is open again' next to a hold", mid_ses(66),
               irt=m065, refs=[m062, m063, m064, m065], auth=G_TC)

    # 067 phishing, exam vendor lookalike -----------------------------------------------------------
    h = """<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Your recent AWS exam score has been placed <b>on hold</b> because we could not verify your
identity at check-in.</p>
<p>To release your result, upload a photo of your passport and sign in with your AWS
Certification account within 72 hours:</p>
<p><a href="https://pearsonvue-scores.com/release?r=428716093">Release my score</a></p>
<p>Pearson VUE Candidate Services</p></body></html>
"""
    add(addr("Pearson VUE", "results@pearsonvue-scores.com"), ME_P,
        "Your AWS exam score is on hold - verify your identity", dt("2025-05-02 09:41:37"),
        leaf(h, "html", cte="quoted-printable"), L("suspicious"),
        "phishing posing as the exam vendor", "'on hold' wording, timed with the real hold; lookalike domain",
        mid_generic(67, "pearsonvue-scores.com"),
        auth=auth_gmail("pearsonvue-scores.com", policy="NONE"))

    # 068 case update E: hold released ------------------------------------------------------------
    t68 = """Hi Mariko,

Quick update: Pearson VUE has resent the results file and the hold is released. Our team is now
attaching the score to your current profile, and I'll confirm as soon as it's visible.

Olivia M.
AWS Training and Certification Customer Service
"""
    m068 = add(TC, ME_P, S_E, dt("2025-05-07 01:30:50"), leaf(t68, cte="7bit", charset="us-ascii"),
               L("case_update", case=CASE_E), "case E: hold lifted, work in progress",
               "short, no request, not yet done", mid_ses(68), irt=m066,
               refs=[m062, m063, m064, m065, m066], auth=G_TC)

    # 069 certmetrics exam result -----------------------------------------------------------------
    t = """Congratulations, Mariko!

You have passed the AWS Certified Solutions Architect - Professional exam and earned the
certification.

Candidate ID: %s
Exam date: April 12, 2025

Your score report and certificate are available in your AWS Certification account. A digital
badge will be sent to you by Credly.

AWS Certification
""" % CID_NEW
    add(addr("AWS Certification", CERTM), ME_P,
        "Congratulations! You are now AWS Certified Solutions Architect - Professional",
        dt("2025-05-08 04:00:06"), alt(t, to_html(t), 69), L("certification", ids=[CID_NEW]),
        "CertMetrics exam result", "arrives just before the case E resolution and looks like it",
        mid_generic(69, "certmetrics.com"), auth=auth_gmail("certmetrics.com"))

    # 070 resolved E (quotes the owner's question) -----------------------------------------------
    t = """Hello Mariko,

The score report for your April 12 exam is now in Exam History on %s, and the
certification shows under Certifications. Congratulations on passing!

If you have any questions about this, feel free to reply.

Olivia M.
AWS Training and Certification Customer Service

""" % CID_NEW + q(t65.split("\nOn Wed, Apr 23")[0].rstrip() + "\n")
    add(TC, ME_P, S_E, dt("2025-05-08 05:10:22"), alt(t, to_html(t), 70, cte="base64"),
        L("resolved", case=CASE_E, ids=[CID_NEW]), "case E: result attached, done",
        "quotes the owner's 'Could you please reopen…?' and the old candidate ID; 'feel free to reply'",
        mid_ses(70), irt=m065, refs=[m062, m063, m064, m065, m066, m068], auth=G_TC)


# ---------------------------------------------------------------- README
README_HEAD = """me: %s %s

# Blind corpus: AWS Training and Certification support mail (blind-323)

Mailbox of Mariko Endo (遠藤 真理子), who leaves Tsubame DX Inc. (an AWS Partner Network
company) at the end of March 2025 and moves her certification history to her personal
profile. Mail for the work address is forwarded into the same mailbox until it is shut down,
so both addresses appear as recipients and as senders. 70 messages, March-May 2025, in
arrival order. Generated by `python3 gen.py` (standard library only).

## Cases in the set

| case | format | channel | topic | path |
|---|---|---|---|---|
| %s (A) | 15 digits | T&C form | merge work profile into personal profile | ack -> info request (candidate IDs) -> reply -> on hold (APN partner, with a question) -> reply -> hold lifted (threaded only) -> confirmation request -> closing notice -> reply from the WORK address -> request to write from the personal address -> reply -> resolved -> survey -> owner forwards to a colleague |
| %s (B) | 15 digits | T&C form | duplicate of A, sent from the work address | ack (Japanese) -> closed as duplicate (case_update) |
| %s (C) | 11 digits | Support Center console | 50%% voucher missing after merge | ack -> info request (answer in console) -> owner answers by e-mail -> bounce -> auto-resolve warning -> update -> resolved |
| %s (D) | 15 digits | T&C form, Japanese | wrong name spelling on the certificate | ack (ISO-2022-JP) -> info request (Shift_JIS keigo) -> reply -> update (threaded only) -> resolved -> survey -> owner reopens -> update (reopened, English) -> info request (check and report) -> reply -> resolved |
| %s (E) | 11 digits | T&C form | exam result missing (exam booked under the merged-away profile) | ack -> info request -> closed for no answer -> reply -> on hold (exam vendor) -> hold lifted -> resolved |
| %s (F) | 15 digits | T&C form | stray second profile under the same address | ack (HTML) -> confirmation request (Japanese) -> reply -> resolved |
| %s | 10 digits | T&C form (2021) | old merge, only as a forward by the owner | user_reply |
| %s | 15 digits | AWS Educate form | other program, asks for details | unrelated |

Candidate IDs: %s personal (kept), %s work (merged in A), %s stray (merged in F),
%s merged in 2021.

## Labelling decisions (judgement calls)

- **Candidate IDs echoed from the form** (acks 042 and 057): the acknowledgement reprints the
  submitted form as part of its own body (not as a `>` or "Original Message" quote), so the IDs
  there are counted. IDs inside any quoted or forwarded history are never counted (022, 027,
  030, 032's forwarded part, 053, 060's blockquote part, 070's quote).
- **024** (write again from the personal address) is `info_request`, not
  `confirmation_request`: the owner already confirmed; what support needs is the same answer
  from another address.
- **013** is `on_hold` with `needs_reply: true`: the hold depends on the partner, but the agent
  asks for the last working day, and the owner would want to answer at once.
- **064** says the case *has been* closed for lack of answer and that a reply reopens it:
  `closing_notice`, reply needed (the owner still wants the result).
- **037** (console auto-resolve warning) needs a reply although the owner already wrote: her
  answer went by e-mail to an address that does not accept mail (035, bounced in 036), so support
  is still waiting; the answer must go through the Support Center.
- **036** (bounce) is `unrelated`, but carries case C, because the returned headers belong to
  the owner's reply on that case; no reply to support is implied by the bounce itself.
- **039** (AWS Educate form case) asks a real question but is another program:
  `unrelated`, `needs_reply: false`; its case number is still given because the message does
  belong to that (Educate) case.
- **025** spoofs the real T&C form address with a `[CASE …]` token of its own; DMARC fails,
  so it is `suspicious` with `case: null` (the number belongs to no real case).
- **017** and **047** have no case token in the subject; the case comes from In-Reply-To /
  References only. They are still labelled with their case.
- **048** (CertMetrics "profile updated") and **069** (exam result) show the visible effect of a
  case but are automated program mail: `certification`, `case: null`.
- **030** and **032** are forwards by the owner (to a colleague / to herself): `user_reply`
  with the case of the forwarded thread; only IDs in the owner's own note count.
- Surveys inside a console footer (034, 038, 040) do not make the message a `survey`.
- Resolutions that quote an earlier request (027, 049, 060, 070) are `resolved`,
  `needs_reply: false`; the conditional "reply if…" lines are invitations, not requests.
- Out-of-office (020) and bounce (036) are `unrelated`.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    head = README_HEAD % (ME_P, ME_C, CASE_A, CASE_B, CASE_C, CASE_D, CASE_E, CASE_F, CASE_OLD,
                          CASE_EDU, CID_NEW, CID_OLD, CID_STRAY, CID_2021)
    rows = []
    for m in MSGS:
        lab = m["label"]
        what = m["what"]
        if lab["case"]:
            what += " [case %s]" % lab["case"]
        rows.append("| %03d | %s | %s | %s | %s |" % (m["n"], lab["kind"],
                                                      "yes" if lab["needs_reply"] else "no",
                                                      what.replace("|", "/"), m["hard"].replace("|", "/")))
    counts = {}
    for m in MSGS:
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    tail = "\n\n## Counts\n\n" + "\n".join("- %s: %d" % (k, counts[k]) for k in sorted(counts))
    tail += "\n- needs_reply true: %d of %d\n" % (sum(1 for m in MSGS if m["label"]["needs_reply"]),
                                                  len(MSGS))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + tail)


if __name__ == "__main__":
    ctx = build()
    ctx.update(build2(ctx))
    ctx.update(build3(ctx))
    build4(ctx)
    main()
