#!/usr/bin/env python3
"""Blind corpus blind-332: writes NNN-msg.eml and NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py          (writes files, prints counts)
                                python3 gen.py --table  (prints the README table)
"""
import base64
import hashlib
import html as _html
import json
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenta.arakawa.mail@gmail.com"
ME_C = "k.arakawa@nishikaze-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
KINDS = ["acknowledgement", "confirmation_request", "info_request", "on_hold",
         "closing_notice", "resolved", "survey", "badge", "certification",
         "user_reply", "case_update", "suspicious", "unrelated"]
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii"}
MSGS = []
THREADS = {}


# ---------------------------------------------------------------- small helpers
def h(seed, n=16):
    return hashlib.sha256(("blind332:" + str(seed)).encode()).hexdigest()[:n]


def b64s(seed, n):
    raw = hashlib.sha512(("b:" + str(seed)).encode()).digest()
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha512(raw).digest()
    return base64.b64encode(raw).decode()[:n]


def alnum(seed, n):
    return "".join(c for c in b64s(seed, n * 2) if c.isalnum())[:n]


def D(s, tz="+0000"):
    sign = -1 if tz[0] == "-" else 1
    off = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(off))


def fmt(d):
    return format_datetime(d)


def enc_word(s, cs="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)
    if any(c in name for c in ',.;:()<>@[]"'):
        return '"%s" <%s>' % (name.replace('"', ""), email)
    return "%s <%s>" % (name, email)


def esc(s):
    return _html.escape(s, quote=False)


def paras_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def quote_txt(text, prefix="> "):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append((prefix + l).rstrip() if l else prefix.rstrip())
    return "\n".join(out) + "\n"


def gmail_attr(d, who):
    return "On %s, %s wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)


def gmail_alt(seed, new, attr, quoted, cs="utf-8", cte_plain=None, cte_html=None):
    """Gmail-style reply: plain with '>' quoting plus HTML with gmail_quote."""
    plain = new.rstrip("\n") + "\n\n" + attr + "\n\n" + quote_txt(quoted)
    divs = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new.rstrip("\n").split("\n"))
    qhtml = "<br>\n".join(esc(l) for l in quoted.rstrip("\n").split("\n"))
    htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container">'
           '<div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
           'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           '%s</blockquote></div>\n' % (divs, esc(attr), qhtml))
    return M("alternative", T(plain, cs=cs, cte=cte_plain), T(htm, "html", cs=cs, cte=cte_html),
             b="000000000000" + h(seed, 12))


# ---------------------------------------------------------------- MIME parts
def T(body, sub="plain", cs="utf-8", cte=None, params=""):
    return dict(t="leaf", ctype="text/" + sub, cs=cs, cte=cte, body=body, params=params)


def M(sub, *parts, b=None, params="", preamble=None):
    return dict(t="multi", ctype="multipart/" + sub, parts=parts, b=b, params=params,
                preamble=preamble)


def ATT(ctype, data, filename):
    return dict(t="att", ctype=ctype, data=data, filename=filename)


def RAWP(ctype, data, extra=""):
    return dict(t="raw", ctype=ctype, data=data, extra=extra)


def render(p, key):
    """Return (header text, body bytes) with LF line ends."""
    if p["t"] == "leaf":
        cs = p["cs"]
        raw = p["body"].encode(CODEC[cs])
        if not raw.endswith(b"\n"):
            raw += b"\n"
        cte = p["cte"] or ("7bit" if all(c < 128 for c in raw) else "8bit")
        if cte in ("7bit", "8bit"):
            payload = raw
        elif cte == "quoted-printable":
            payload = quopri.encodestring(raw)
        elif cte == "base64":
            payload = base64.encodebytes(raw)
        else:
            raise ValueError(cte)
        hd = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (
            p["ctype"], cs, p["params"], cte)
        return hd, payload
    if p["t"] == "multi":
        b = p["b"] or "----=_Part_%s_%s" % (int(h(key, 6), 16), int(h(key + "x", 8), 16))
        hd = 'Content-Type: %s; boundary="%s"%s\n' % (p["ctype"], b, p["params"])
        body = b""
        if p["preamble"]:
            body += p["preamble"].encode() + b"\n\n"
        for i, sp in enumerate(p["parts"]):
            shd, sbody = render(sp, key + "." + str(i))
            body += b"--" + b.encode() + b"\n" + shd.encode() + b"\n" + sbody
            if not body.endswith(b"\n"):
                body += b"\n"
        body += b"--" + b.encode() + b"--\n"
        return hd, body
    if p["t"] == "att":
        hd = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
              'Content-Transfer-Encoding: base64\n' % (p["ctype"], p["filename"], p["filename"]))
        return hd, base64.encodebytes(p["data"])
    if p["t"] == "raw":
        data = p["data"] if isinstance(p["data"], bytes) else p["data"].encode("ascii")
        return "Content-Type: %s\n%s" % (p["ctype"], p["extra"]), data
    raise ValueError(p["t"])


def build(headers, body, key):
    hd, bb = render(body, key)
    lines = "".join("%s: %s\n" % (k, v) for k, v in headers)
    return lines.encode("ascii") + b"MIME-Version: 1.0\n" + hd.encode() + b"\n" + bb


def mid_for(n, style, dom):
    x = h("mid%d" % n, 40)
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:12], x[12:20], x[20:24], x[24:28], x[28:40])
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum("g%d" % n, 46)
    if style == "outlook":
        k = x[:4].upper()
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (k, x[4:28].upper(), k)
    return "<%s.%s@%s>" % (x[:20], x[20:32], dom)


def add(kind, reply, case, cands, note, *, date, frm, to, subject, body, cc=None,
        pre=(), extra=(), thread=None, link=True, mid_style="ses", mid_dom=None,
        crlf=False, subj_cs="utf-8"):
    assert kind in KINDS, kind
    n = len(MSGS) + 1
    if MSGS:
        assert date >= MSGS[-1]["date"], "arrival order broken at %d" % n
    mid = mid_for(n, mid_style, mid_dom)
    hdrs = list(pre(date) if callable(pre) else pre)
    hdrs += [("Date", fmt(date)), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_word(subject, subj_cs)))
    hdrs.append(("Message-ID", mid))
    if thread:
        prev = THREADS.setdefault(thread, [])
        if link and prev:
            hdrs.append(("In-Reply-To", prev[-1]))
            hdrs.append(("References", "\n ".join(prev[-6:])))
        prev.append(mid)
    hdrs += list(extra)
    raw = build(hdrs, body, "m%d" % n)
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, kind=kind, reply=reply, case=case, cands=list(cands), note=note,
                     raw=raw, date=date))
    return mid


# ---------------------------------------------------------------- trace headers
def dkim(dom, sel, d, seed):
    return ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s\n\t %s"
            % (sel, dom, int(d.timestamp()), b64s(seed + "bh", 43), b64s(seed + "b1", 70),
               b64s(seed + "b2", 64)))


def gmail_in(mailfrom, dom, ip, host, dkim_r="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono",
             policy="QUARANTINE", also=None, sign=True):
    def f(d):
        rd = fmt(d.astimezone(timezone(timedelta(hours=-7))) + timedelta(seconds=3)).replace("-0700", "-0700 (PDT)")
        seed = mailfrom + str(d)
        spf_txt = ("domain of %s designates %s as permitted sender" % (mailfrom, ip) if spf == "pass"
                   else "domain of %s does not designate %s as permitted sender" % (mailfrom, ip))
        auth = "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n" % (
            dkim_r, dom, sel, b64s(seed + "hb", 8))
        if also:
            auth += "       dkim=pass header.i=@%s header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw header.b=%s;\n" % (
                also, b64s(seed + "hb2", 8))
        auth += "       spf=%s (google.com: %s) smtp.mailfrom=%s;\n" % (spf, spf_txt, mailfrom)
        auth += "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, dom)
        out = [("Delivered-To", ME_P),
               ("Received", "by 2002:a05:7010:%s:b0:%s with SMTP id %s;\n        %s" % (
                   h(seed + "r1", 4), h(seed + "r2", 3), alnum(seed + "r3", 10), rd)),
               ("Return-Path", "<%s>" % mailfrom),
               ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
                "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                % (host, host, ip, alnum(seed + "r4", 14), ME_P, rd)),
               ("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (spf, spf_txt, ip)),
               ("Authentication-Results", auth)]
        if sign:
            out.append(dkim(dom, sel, d, seed))
        return out
    return f


def corp_in(mailfrom, dom, ip, host, dkim_r="pass", spf="pass", dmarc="pass", sel="s1", sign=True):
    def f(d):
        rd = fmt(d.astimezone(timezone.utc) + timedelta(seconds=4)).replace("+0000", "+0000")
        seed = mailfrom + str(d)
        k = h(seed, 4).upper()
        out = [("Received", "from OS3PR01MB%s.jpnprd01.prod.outlook.com (2603:1096:604:%s::9) by\n"
                " TYCPR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s" % (k, h(seed + "a", 2), k, rd)),
               ("Received", "from %s (%s) by\n TY2PEPF0000%s.mail.protection.outlook.com (10.167.241.%d) with\n"
                " Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n"
                " 15.20.8511.%d via Frontend Transport; %s"
                % (host, ip, h(seed + "b", 4).upper(), int(h(seed + "c", 2), 16) % 200 + 20,
                   int(h(seed + "d", 2), 16) % 40, rd)),
               ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
                " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s"
                % (spf, ip, mailfrom.split("@")[-1], dkim_r, dom, dmarc, dom,
                   "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
               ("Received-SPF", "%s (protection.outlook.com: domain of %s designates %s as\n permitted sender)"
                " receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                % ("Pass" if spf == "pass" else "Fail", mailfrom.split("@")[-1], ip, ip, host)),
               ("Return-Path", "<%s>" % mailfrom)]
        if sign:
            out.append(dkim(dom, sel, d, seed))
        return out
    return f


def corp_internal(d):
    return [("Received", "from TYCPR01MB%s.jpnprd01.prod.outlook.com ([fe80::%s]) by\n"
             " TYCPR01MB%s.jpnprd01.prod.outlook.com ([fe80::%s%%6]) with mapi id\n 15.20.8511.026; %s"
             % (h(str(d), 4).upper(), h(str(d) + "z", 4), h(str(d), 4).upper(), h(str(d) + "z", 4),
                fmt(d)))]


def amz_g(seed):
    """Inbound trace at Gmail for a genuine amazon.com mail sent through SES."""
    return gmail_in("01010195%s-%s-000000@us-west-2.amazonses.com" % (h(seed, 8), h(seed + "q", 12)),
                    "amazon.com", "54.240.27.%d" % (int(h(seed, 2), 16) % 90 + 10),
                    "a27-%d.smtp-out.us-west-2.amazonses.com" % (int(h(seed, 2), 16) % 90 + 10),
                    also="amazonses.com")


def amz_c(seed):
    """Inbound trace at the company tenant for a genuine amazon.com mail."""
    return corp_in("0101018b%s-%s-000000@us-west-2.amazonses.com" % (h(seed, 8), h(seed + "q", 12)),
                   "amazon.com", "54.240.8.%d" % (int(h(seed, 2), 16) % 90 + 10),
                   "a8-%d.smtp-out.amazonses.com" % (int(h(seed, 2), 16) % 90 + 10))


OUTLOOK_SENT = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP")]


def outlook_sent(topic, seed):
    return [("Thread-Topic", topic if all(ord(c) < 128 for c in topic) else enc_word(topic, name="Thread-Topic")),
            ("Thread-Index", "A" + b64s(seed, 31) + "==")] + OUTLOOK_SENT


# ================================================================ 2023: case C (11 digits)
CASE_C = "14109872336"
SUBJ_C = "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ)

# 001 exam vendor booking
pv_txt = """Dear Kenta Arakawa,

Thank you for booking your exam with Pearson VUE. Keep this message for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, October 21, 2023 at 10:00 AM Japan Standard Time
Delivery: Online (OnVUE)
Exam language: Japanese
Registration ID: 463829105
AWS Candidate ID: AWS05120386

Before exam day, run the system test on the computer you plan to use and have a valid
government-issued photo ID ready. Check-in opens 30 minutes before the appointment.

To reschedule or cancel, sign in to your AWS Certification account no later than 24 hours
before the appointment; changes made after that may forfeit the exam fee.

Pearson VUE
This is an automated message. Replies to this address are not monitored.
"""
pv_htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Kenta Arakawa,</p>
<p>Thank you for booking your exam with Pearson VUE. Keep this message for your records.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Exam</b></td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td><b>Appointment</b></td><td>Saturday, October 21, 2023 at 10:00 AM Japan Standard Time</td></tr>
<tr><td><b>Delivery</b></td><td>Online (OnVUE)</td></tr>
<tr><td><b>Exam language</b></td><td>Japanese</td></tr>
<tr><td><b>Registration ID</b></td><td>463829105</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>AWS05120386</td></tr>
</table>
<p>Before exam day, run the system test on the computer you plan to use and have a valid government-issued photo ID ready. Check-in opens 30 minutes before the appointment.</p>
<p>To reschedule or cancel, sign in to your AWS Certification account no later than 24 hours before the appointment; changes made after that may forfeit the exam fee.</p>
<p style="color:#666">Pearson VUE<br>This is an automated message. Replies to this address are not monitored.</p>
</body></html>
"""
add("unrelated", False, None, ["AWS05120386"],
    "Pearson VUE booking for the SAP exam; 9-digit registration ID next to a candidate ID; reschedule instructions are not a request",
    date=D("2023-10-02 03:15:22"), frm=addr("Pearson VUE", "pearsonvuedonotreply@pearson.com"), to=ME_C,
    subject="Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
    body=M("alternative", T(pv_txt), T(pv_htm, "html", cte="quoted-printable")),
    pre=corp_in("bounces@em.pearsonvue.com", "pearson.com", "168.245.12.77", "o7.em.pearsonvue.com"),
    mid_style="x", mid_dom="pearsonvue.com")

# 002 exam result
cert_txt = """Hello Kenta,

Well done: you passed the AWS Certified Solutions Architect \u2013 Professional exam, and the
certification is now active on your profile.

Candidate ID: AWS05120386
Certification: AWS Certified Solutions Architect \u2013 Professional
Date earned: October 21, 2023
Expires: October 21, 2026
Validation number: 7QK2MB31HJE41ZWP

Credly, our digital badge partner, will e-mail your badge separately within a few business days.
Your certificate (PDF) is available under Certifications in your AWS Certification account.

Certified individuals receive a 50% discount on a future AWS Certification exam. It has been
added to the Benefits page of your account.

AWS Training and Certification
"""
add("certification", False, None, ["AWS05120386"],
    "CertMetrics exam result (pass) with candidate ID and validation number; program mail, not a case",
    date=D("2023-10-23 08:41:07"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations! You are now AWS Certified Solutions Architect \u2013 Professional",
    body=M("alternative", T(cert_txt, cte="quoted-printable"),
           T("<html><body>" + paras_html(cert_txt) + "</body></html>\n", "html", cte="quoted-printable")),
    pre=corp_in("bounce@certmetrics.com", "certmetrics.com", "198.21.5.44", "mta-44.certmetrics.com"),
    mid_style="x", mid_dom="certmetrics.com")

# 003 GitHub "merged"
gh_txt = """Merged #214 into main.

\u2014
Reply to this email directly, view it on GitHub:
https://github.com/kenta-arakawa/infra-notes/pull/214#event-10748211936
You are receiving this because you authored the thread.

Message ID: <kenta-arakawa/infra-notes/pull/214/issue_event/10748211936@github.com>
"""
gh_htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kenta-arakawa/infra-notes/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kenta-arakawa/infra-notes/pull/214#event-10748211936">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
add("unrelated", False, None, [],
    "GitHub notification 'Merged #214' for a PR titled 'account migration checklist'; merge wording, not AWS",
    date=D("2023-10-24 05:17:44"), frm=addr("Mika Tanabe", "notifications@github.com"),
    to=addr("kenta-arakawa/infra-notes", "infra-notes@noreply.github.com"),
    cc="Kenta Arakawa <%s>, Author <author@noreply.github.com>" % ME_P,
    subject="Re: [kenta-arakawa/infra-notes] Add account migration checklist (PR #214)",
    body=M("alternative", T(gh_txt), T(gh_htm, "html"), b="--==_mimepart_65375ab8d1c2a_4f3c1d0c88117a"),
    pre=gmail_in("noreply@github.com", "github.com", "192.30.252.205", "out-22.smtp.github.com", sel="pf2023", policy="REJECT"),
    extra=[("List-ID", "kenta-arakawa/infra-notes <infra-notes.kenta-arakawa.github.com>"),
           ("List-Unsubscribe", "<mailto:unsub+AB3XKZ@reply.github.com>"),
           ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "mtanabe"), ("Precedence", "list")],
    mid_style="x", mid_dom="github.com")

# 004 Builder ID code
code_txt = """AWS Builder ID

Verification code: 581302

Enter this code on the sign-in page to verify k.arakawa@nishikaze-sys.co.jp. The code
expires 10 minutes after it was sent.

If you did not try to sign in, you can ignore this message. Never share this code with anyone,
including people who say they work for AWS.

Amazon Web Services
"""
add("unrelated", False, None, [],
    "Builder ID one-time code (6 digits) from signin.aws; not case mail",
    date=D("2023-11-02 12:40:05"), frm=addr("AWS", "no-reply@signin.aws"), to=ME_C,
    subject="Verify your AWS Builder ID email address",
    body=M("alternative", T(code_txt), T("<html><body>" + paras_html(code_txt) + "</body></html>", "html")),
    pre=corp_in("0101018b9e1c2f3a-signin@us-west-2.amazonses.com", "signin.aws", "54.240.27.55",
                "a27-55.smtp-out.us-west-2.amazonses.com"), mid_style="ses")

# 005 case C acknowledgement (Japanese, ISO-2022-JP, CRLF)
ack_c = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お送りいただいた内容を受け付け、ケース 14109872336 を作成いたしました。
受付内容は次のとおりです。

ケース ID: 14109872336
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
同じメールアドレスで認定アカウントが2つできてしまったようで、10月に合格した
認定が Credly に表示されません。1つのアカウントにまとめていただけますか。

担当者から原則1営業日以内にご連絡いたします。内容によっては調査にお時間を
いただく場合がございます。

同じ内容で新たにお問い合わせを作成されますと、回答が遅れる原因となります。
追加のご連絡は、このケースへの返信としてお送りください。

AWS トレーニングと認定 カスタマーサービス
"""
add("acknowledgement", False, CASE_C, [],
    "Japanese acknowledgement in ISO-2022-JP with CRLF; echoes the form text; 'send follow-ups as a reply' is guidance, not a request",
    date=D("2023-11-02 13:07:51"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject="[CASE %s] %s" % (CASE_C, FORM_SUBJ),
    body=T(ack_c, cs="iso-2022-jp", cte="7bit"), pre=amz_c("c-ack"), thread="C", crlf=True)

# 006 case C: information request, question buried at the end
req_c = """Hello Kenta,

Thank you for your patience while I looked into this.

When two certification profiles share one e-mail address, our badge platform can only
link to one of them, and it usually picks whichever profile was created most recently.
That is why the credential you earned on your original profile is not showing up in
Credly. The fix is to combine the two profiles so that every exam record and credential
sits under a single candidate record; after that, Credly picks up the credentials on its
own, normally within a day.

Before I raise the consolidation with our certification operations team I have to be
sure I am combining the right records, and I found more than one profile that could
match your name. Could you let me know the candidate ID shown on each of your two
accounts (it starts with "AWS" followed by eight digits and appears at the top right
after you sign in), and which of them holds your exam history?

Kind regards,

Priya R.
AWS Training and Certification Customer Service
"""
add("info_request", True, CASE_C, [],
    "long explanation, then 'Could you let me know the candidate ID ... and which holds your history?' in the last paragraph; mentions the AWS+8 format without an actual ID",
    date=D("2023-11-03 01:12:09"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject=SUBJ_C, body=T(req_c), pre=amz_c("c-req"), thread="C", link=False)

# 007 owner replies from Outlook (company), top-posted over original
rep_c1 = """Hi Priya,

Thank you for the explanation.

The two candidate IDs are:
- AWS05120386 : the account with all my exam history (SAA in 2021, SAP this October)
- AWS07733018 : created by mistake in September, no exams on it

Please keep AWS05120386.

Best regards,
Kenta Arakawa
Nishikaze Systems Co., Ltd. / Cloud Integration Dept.
"""
rep_c1_full = rep_c1 + """
-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, November 3, 2023 10:12 AM
To: Arakawa Kenta <k.arakawa@nishikaze-sys.co.jp>
Subject: RE:[CASE 14109872336] [AWS Training and Certification Form Submission] - account-assistance

""" + req_c
add("user_reply", False, CASE_C, ["AWS05120386", "AWS07733018"],
    "owner's Outlook reply from the company address, top-posted over the request; gives both candidate IDs",
    date=D("2023-11-03 10:31:40", "+0900"), frm=addr("Arakawa Kenta", ME_C), to=TC, subject=SUBJ_C,
    body=T(rep_c1_full, cte="quoted-printable"), thread="C", mid_style="outlook",
    extra=outlook_sent(SUBJ_C[3:], "c1"))

# 008 Japanese newsletter with "merge" vocabulary
nl_htm = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>週刊インフラ通信 第118号</title></head>
<body style="font-family:sans-serif">
<h2>週刊インフラ通信 第118号</h2>
<p>今週のピックアップ</p>
<ul>
<li>Git のマージ戦略を見直す: squash と rebase の使い分け</li>
<li>Terraform の state を統合するときの注意点</li>
<li>AWS 認定の勉強会レポート(SAP 合格者3名の体験談)</li>
</ul>
<p>読者アンケートを実施中です。ご意見をお寄せいただけると励みになります。</p>
<p style="font-size:12px;color:#888">配信停止は<a href="https://infra-tsushin.jp/unsubscribe?u=8f2c">こちら</a>から。本メールは送信専用アドレスから配信しています。</p>
</body></html>
"""
add("unrelated", False, None, [],
    "Japanese HTML-only newsletter (UTF-8 base64) mentioning merges, consolidation and AWS certification; reader survey",
    date=D("2023-11-06 22:00:13"), frm=addr("週刊インフラ通信", "news@infra-tsushin.jp"), to=ME_P,
    subject="週刊インフラ通信 第118号: マージ戦略と state 統合",
    body=T(nl_htm, "html", cte="base64"),
    pre=gmail_in("bounce-118@mail.infra-tsushin.jp", "infra-tsushin.jp", "210.152.9.31", "mail.infra-tsushin.jp", sel="default", policy="NONE"),
    extra=[("List-Unsubscribe", "<https://infra-tsushin.jp/unsubscribe?u=8f2c>"), ("Precedence", "bulk")],
    mid_style="x", mid_dom="mail.infra-tsushin.jp")

# 009 case C: confirmation request in Japanese keigo, quoted-printable, unprefixed history
conf_c = """荒川 様

AWS トレーニングと認定 カスタマーサービスの山本でございます。
候補 ID をお知らせいただき、ありがとうございます。

いただいた情報をもとに確認したところ、次の2つの認定アカウントが見つかりました。

アカウント1
  候補 ID: AWS05120386
  ログイン用メールアドレス: k.arakawa@nishikaze-sys.co.jp
  受験履歴: あり(2件)

アカウント2
  候補 ID: AWS07733018
  ログイン用メールアドレス: k.arakawa@nishikaze-sys.co.jp
  受験履歴: なし

アカウント1を残し、アカウント2の情報をアカウント1へ統合する形で進めてもよろしいでしょうか。
統合後はアカウント2へサインインできなくなりますので、上記の内容に誤りがないか、
ご確認のほどよろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサービス
"""
conf_c_full = conf_c + "\n----- 2023/11/03 10:31 k.arakawa@nishikaze-sys.co.jp からのメッセージ -----\n\n" + rep_c1
add("confirmation_request", True, CASE_C, ["AWS05120386", "AWS07733018"],
    "Japanese keigo confirmation (〜よろしいでしょうか / ご確認のほど) listing アカウント1/2 with candidate IDs; history below is not '>'-prefixed",
    date=D("2023-11-08 07:02:55"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject=SUBJ_C, body=T(conf_c_full, cte="quoted-printable"), pre=amz_c("c-conf"), thread="C")

# 010 Credly lookalike phishing
ph1 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-badgecenter.com/static/logo.png" alt="Credly"></p>
<p>Hello,</p>
<p>Amazon Web Services Training and Certification tried to issue you a badge, but delivery failed because your profile could not be verified.</p>
<p><b>You must claim the badge within 48 hours</b> or it will be withdrawn and the certification will be reported as unverified to your employer.</p>
<p><a href="https://credly-badgecenter.com/claim?aws=1&amp;u=k.arakawa">Sign in with your AWS Builder ID to claim your badge</a></p>
<p>Credly Support Team</p>
</body></html>
"""
add("suspicious", False, None, [],
    "Credly lookalike domain (credly-badgecenter.com) passing its own DKIM/DMARC; urgent 'claim within 48 hours' credential lure",
    date=D("2023-11-10 16:27:31"), frm=addr("Credly", "notifications@credly-badgecenter.com"), to=ME_C,
    subject="Action required: your AWS badge could not be delivered",
    body=T(ph1, "html", cte="quoted-printable"),
    pre=corp_in("mailer@credly-badgecenter.com", "credly-badgecenter.com", "45.89.126.14", "mx.credly-badgecenter.com"),
    mid_style="x", mid_dom="credly-badgecenter.com")

# 011 case C: closing notice, Japanese plain 〜ください, base64
close_c = """荒川 様

11月8日にお送りした、アカウント統合内容の確認について、まだご返信をいただいておりません。

このケースは、3営業日以内にご返信がない場合、自動的にクローズされます。
統合を進める場合は、このメールに返信して、内容に問題がないことをお知らせください。
クローズ後にご返信いただいた場合も、ケースは再開されます。

AWS トレーニングと認定 カスタマーサービス
"""
add("closing_notice", True, CASE_C, [],
    "Japanese closing warning (UTF-8 base64) with plain 〜ください; reply keeps or reopens the case",
    date=D("2023-11-13 00:05:18"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject=SUBJ_C, body=T(close_c, cte="base64"), pre=amz_c("c-close"), thread="C", link=False)

# 012 owner confirms in Japanese from Outlook (ISO-2022-JP), Outlook header-block quoting
rep_c2 = """山本様

ご連絡が遅くなり、申し訳ありません。
ご提示いただいた内容で問題ありません。アカウント1(AWS05120386)への統合をお願いいたします。

荒川 健太
"""
rep_c2_full = rep_c2 + """
________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年11月13日 9:05
宛先: 荒川 健太 <k.arakawa@nishikaze-sys.co.jp>
件名: RE:[CASE 14109872336] [AWS Training and Certification Form Submission] - account-assistance

""" + close_c + "\n" + conf_c
add("user_reply", False, CASE_C, ["AWS05120386"],
    "owner's Japanese confirmation from Outlook in ISO-2022-JP; quotes the closing notice and the confirmation request under an Outlook header block",
    date=D("2023-11-13 09:48:02", "+0900"), frm=addr("荒川 健太", ME_C, "iso-2022-jp"), to=TC,
    subject=SUBJ_C, body=T(rep_c2_full, cs="iso-2022-jp", cte="7bit"), thread="C", mid_style="outlook",
    extra=outlook_sent(SUBJ_C[3:], "c2"), subj_cs="iso-2022-jp")

# 013 case C: update, handed to operations
upd_c = """Hello Kenta,

Thanks for confirming. I have handed the consolidation to our certification operations
team, who carry out the actual merge of candidate records. With the current volume this
can take several business days.

There is nothing you need to do in the meantime. I will write again as soon as the work
is finished.

Regards,
Priya R.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_C, [],
    "progress note: passed to operations, 'nothing you need to do'; short, English, after a Japanese exchange",
    date=D("2023-11-15 03:20:46"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject=SUBJ_C, body=T(upd_c), pre=amz_c("c-upd"), thread="C")

# 014 case C: resolved, quotes the Japanese confirmation request underneath
res_c = """Hello Kenta,

Good news: the two certification profiles have been combined. AWS07733018 has been retired,
and your exam history, certifications and benefits are all on AWS05120386 now.

Your credentials should appear in Credly within 24 hours. If they are still missing after
that, reply to this message and we will take another look.

Kind regards,
Priya R.
AWS Training and Certification Customer Service
"""
res_c_txt = res_c + "\n\n" + "On 2023/11/08 16:02, AWS Training and Certification wrote:\n" + quote_txt(conf_c)
res_c_htm = ("<html><body><div>" + paras_html(res_c) + "</div><br><div>On 2023/11/08 16:02, AWS Training and Certification wrote:</div>"
             "<blockquote style=\"border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:8px\">" + paras_html(conf_c) + "</blockquote></body></html>\n")
add("resolved", False, CASE_C, ["AWS07733018", "AWS05120386"],
    "completion that quotes the Japanese confirmation request (with its question) below; 'if still missing, reply' is conditional",
    date=D("2023-11-20 06:44:12"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject=SUBJ_C, body=M("alternative", T(res_c_txt, cte="quoted-printable"), T(res_c_htm, "html", cte="quoted-printable")),
    pre=amz_c("c-res"), thread="C")

# 015 Credly badge
badge1_txt = """Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect \u2013 Professional

Accept your badge to manage it and share it on LinkedIn, in your e-mail signature or on your
resume:
https://www.credly.com/earner/earned/badge/3f6a2c1e-9b7d-4e21-a4c8-0d52be7719fa

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Pierrepont Plaza, Brooklyn, NY
"""
add("badge", False, None, [],
    "Credly badge issued right after the merge (to the company address); badge UUID in a URL",
    date=D("2023-11-20 09:12:40"), frm=addr("Credly", "admin@credly.com"), to=ME_C,
    subject="Amazon Web Services Training and Certification has issued you a new badge",
    body=M("alternative", T(badge1_txt, cte="quoted-printable"),
           T("<html><body>" + paras_html(badge1_txt) + "</body></html>", "html", cte="quoted-printable")),
    pre=corp_in("bounces+2290@em.credly.com", "credly.com", "167.89.22.140", "o1.em.credly.com"),
    mid_style="x", mid_dom="credly.com")

# 016 case C: survey (HTML-only)
surv_c = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case ID 14109872336) has been resolved. We would like to know how we did.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table><tr>
<td><a href="https://survey.aws.amazon.com/tc?case=14109872336&amp;r=1">1</a></td>
<td><a href="https://survey.aws.amazon.com/tc?case=14109872336&amp;r=2">2</a></td>
<td><a href="https://survey.aws.amazon.com/tc?case=14109872336&amp;r=3">3</a></td>
<td><a href="https://survey.aws.amazon.com/tc?case=14109872336&amp;r=4">4</a></td>
<td><a href="https://survey.aws.amazon.com/tc?case=14109872336&amp;r=5">5</a></td>
</tr></table>
<p>The survey takes about two minutes. Your answers go straight to the team; replies to this e-mail are not read.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
add("survey", False, CASE_C, [],
    "HTML-only satisfaction survey naming the case ID in the body, not the subject",
    date=D("2023-11-21 06:50:02"), frm=addr("AWS Training and Certification", TC), to=ME_C,
    subject="How did we do? Tell us about your recent support experience",
    body=T(surv_c, "html", cte="quoted-printable"), pre=amz_c("c-surv"))

# 017 AWS billing statement with 12-digit account ID and a PDF
bill_txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 4.87

Account ID: 384710293856
Billing period: November 1 - November 30, 2023

You can see a complete break-down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
"""
fake_pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
add("unrelated", False, None, [],
    "AWS billing statement from no-reply-aws@amazon.com with a 12-digit account ID and a PDF attachment; AWS but not T&C",
    date=D("2023-12-04 02:33:50"), frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 384710293856]",
    body=M("mixed", T(bill_txt), ATT("application/pdf", fake_pdf, "invoice-EUINJP23-1774102.pdf")),
    pre=amz_g("bill23"))


# ================================================================ writer
def main():
    if "--table" in sys.argv:
        print("| # | kind | reply? | case | candidate IDs | what it is / what makes it hard |")
        print("|---|---|---|---|---|---|")
        for m in MSGS:
            print("| %03d | %s | %s | %s | %s | %s |" % (
                m["n"], m["kind"], "yes" if m["reply"] else "no", m["case"] or "-",
                ", ".join(m["cands"]) or "-", m["note"]))
        return
    counts = {}
    for m in MSGS:
        base = os.path.join(OUT, "%03d-msg" % m["n"])
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump({"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                       "candidate_ids": m["cands"]}, f, ensure_ascii=False)
            f.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    for k in KINDS:
        print("%-22s %d" % (k, counts.get(k, 0)))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["reply"])))


# ================================================================ 2024: program mail
mk_htm = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f3f3">
<table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Summit Japan</b></td></tr>
<tr><td style="padding:16px">
<p>荒川 健太 様</p>
<p>今年も AWS Summit Japan を幕張メッセで開催します。基調講演、200 を超えるセッション、認定資格保有者向けラウンジなどをご用意しています。</p>
<p>事前登録は無料です。下のボタンからご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2405" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#777">このメールは配信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>
"""
add("unrelated", False, None, [],
    "AWS marketing in Japanese, HTML-only (UTF-8 base64) with a call to register; AWS sender but not a case",
    date=D("2024-05-20 01:00:09"), frm=addr("AWS", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan】今年も幕張で開催: 事前登録受付中",
    body=T(mk_htm, "html", cte="base64"), pre=amz_g("mkt24"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

exp_txt = """Hello Kenta,

Your AWS Certified Developer \u2013 Associate certification expires on August 27, 2024.

Candidate ID: AWS05120386

To keep it active, pass the current version of the exam before the expiration date.
Earning the AWS Certified DevOps Engineer \u2013 Professional certification would also renew it.
You can use the 50% discount from your Benefits page for the exam.

If the certification expires, it will be removed from your active credentials and your digital
badge will show as expired.

AWS Training and Certification
"""
add("certification", False, None, ["AWS05120386"],
    "expiry reminder from CertMetrics; 'pass the exam before...' is program advice, not a support request",
    date=D("2024-06-11 15:20:31"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certification expires in 77 days",
    body=T(exp_txt, cte="quoted-printable"),
    pre=corp_in("bounce@certmetrics.com", "certmetrics.com", "198.21.5.44", "mta-44.certmetrics.com"),
    mid_style="x", mid_dom="certmetrics.com")

sb_txt = """Thank you for your order

AWS Skill Builder Individual subscription (monthly)
Order number: SB-2407-558210
Billing date: July 30, 2024
Amount charged: USD 29.00
Payment method: Visa ending in 4410

Your subscription renews automatically every month. You can cancel at any time from
Subscription settings in AWS Skill Builder.

AWS Training and Certification
"""
add("unrelated", False, None, [],
    "Skill Builder subscription receipt from no-reply@aws.training; T&C brand but a store receipt",
    date=D("2024-07-30 04:11:27"), frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder receipt",
    body=M("alternative", T(sb_txt), T("<html><body>" + paras_html(sb_txt) + "</body></html>", "html")),
    pre=gmail_in("0101019104a2b7c1-rcpt@us-west-2.amazonses.com", "aws.training", "54.240.27.81",
                 "a27-81.smtp-out.us-west-2.amazonses.com"), mid_style="ses")

recert_txt = """Hello Kenta,

Congratulations! You have recertified your AWS Certified Developer \u2013 Associate
certification. Your new expiration date is August 19, 2027.

Candidate ID: AWS05120386

Your updated certificate is available in your AWS Certification account, and Credly will send
your renewed badge shortly.

Thank you for keeping your skills current.

AWS Training and Certification
"""
add("certification", False, None, ["AWS05120386"],
    "recertification notice from CertMetrics with candidate ID",
    date=D("2024-08-19 09:02:44"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations on renewing your AWS Certification",
    body=M("alternative", T(recert_txt, cte="quoted-printable"),
           T("<html><body>" + paras_html(recert_txt) + "</body></html>", "html", cte="quoted-printable")),
    pre=corp_in("bounce@certmetrics.com", "certmetrics.com", "198.21.5.45", "mta-45.certmetrics.com"),
    mid_style="x", mid_dom="certmetrics.com")

badge2_htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<h2 style="color:#ff6b00">Your badge is ready, Kenta</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/8d1e52f0-6c3b-44a9-9e07-b1c6a2f54d38">Accept badge</a></p>
<p>Share it with your network to show what you can do.</p>
<p style="font-size:11px;color:#999">You received this e-mail because an issuer awarded you a badge on Credly. <a href="https://www.credly.com/notifications">Notification settings</a></p>
</body></html>
"""
add("badge", False, None, [],
    "Credly badge mail, HTML-only",
    date=D("2024-08-19 11:47:03"), frm=addr("Credly", "admin@credly.com"), to=ME_C,
    subject="You've earned a badge from Amazon Web Services Training and Certification",
    body=T(badge2_htm, "html", cte="quoted-printable"),
    pre=corp_in("bounces+2290@em.credly.com", "credly.com", "167.89.22.141", "o1.em.credly.com"),
    mid_style="x", mid_dom="credly.com")

hz_txt = """荒川 様

いつもほしぞらクラウドをご利用いただき、ありがとうございます。
サポートセンターの小林です。

お問い合わせ番号 HC-240912(拠点間 VPN の接続断)につきまして、12月2日にご案内した
設定変更をお試しいただけましたでしょうか。

5営業日以内にご返信がない場合は、解決したものとしてお問い合わせをクローズいたします。
引き続きサポートが必要な場合は、このメールにご返信ください。

ほしぞらクラウド サポートセンター
"""
add("unrelated", False, None, [],
    "another vendor's Japanese closing warning (ISO-2022-JP) with a question and 'reply to keep it open'; not AWS",
    date=D("2024-12-09 02:30:00"), frm=addr("ほしぞらクラウド サポートセンター", "support@hoshizora-cloud.jp", "iso-2022-jp"),
    to=ME_C, subject="[ほしぞらクラウド] お問い合わせ HC-240912 のクローズについて",
    body=T(hz_txt, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
    pre=corp_in("support@hoshizora-cloud.jp", "hoshizora-cloud.jp", "203.0.113.48", "smtp.hoshizora-cloud.jp"),
    mid_style="x", mid_dom="hoshizora-cloud.jp", crlf=True)


# ================================================================ 2025: leaving the company
ho_txt = """荒川さん

お疲れさまです。井上です。
引き継ぎ資料ありがとうございました。いくつか確認させてください。

1. 顧客 A 社の AWS アカウント(210987654321)の請求アラートは、誰宛てに変更しますか?
2. パートナーセントラルの管理者権限は3月中に移しますか?

来週どこかで30分ほどお時間いただけますか。

井上
"""
add("unrelated", False, None, [],
    "colleague's Japanese handover questions (AWS account ID, Partner Central); a real request but not from support",
    date=D("2025-02-20 14:12:09", "+0900"), frm=addr("井上 真理", "m.inoue@nishikaze-sys.co.jp"), to=addr("荒川 健太", ME_C),
    subject="Re: 引き継ぎ資料の件",
    body=M("alternative", T(ho_txt, cte="base64"), T("<html><body>" + paras_html(ho_txt) + "</body></html>", "html", cte="base64")),
    pre=corp_internal, mid_style="outlook", extra=outlook_sent("引き継ぎ資料の件", "ho"))

hr_txt = """荒川 健太 さん

人事部です。退職に伴うお手続きについてご案内します。

最終出社日: 2025年3月31日(月)
メールアカウント停止: 3月31日 18:00
PC・入館証の返却: 最終出社日に総務窓口へ

次の書類を3月25日までに人事部へ提出してください。
・退職届(署名済み)
・健康保険証

ご不明な点は人事部までお問い合わせください。

人事部 jinji@nishikaze-sys.co.jp
"""
add("unrelated", False, None, [],
    "HR notice (ISO-2022-JP): last day and mailbox shutdown date; asks for documents but is internal mail",
    date=D("2025-03-03 10:00:00", "+0900"), frm=addr("人事部", "jinji@nishikaze-sys.co.jp", "iso-2022-jp"), to=ME_C,
    subject="【人事部】退職手続きのご案内", subj_cs="iso-2022-jp",
    body=T(hr_txt, cs="iso-2022-jp", cte="7bit"), pre=corp_internal, mid_style="outlook")

# 026 owner's note to self
note_txt = """統合前に控えておくこと(3/9)

旧アカウント(会社): k.arakawa@nishikaze-sys.co.jp / AWS05120386
新アカウント(個人): kenta.arakawa.mail@gmail.com / AWS09261174 (今日作成、履歴なし)

保有認定:
- Solutions Architect - Professional (2023/10/21 取得、2026/10/21 まで)
- Developer - Associate (2024/8 再認定)
特典: 次回試験 50% 割引
証明書 PDF は Drive の certs フォルダに保存済み。

フォームの連絡先は個人アドレスにする。会社は APN パートナーなので止められるかも。
"""
add("user_reply", False, None, ["AWS05120386", "AWS09261174"],
    "owner's note to self (personal to personal, UTF-8 8bit) listing both candidate IDs before filing; no case yet",
    date=D("2025-03-09 21:32:17", "+0900"), frm=addr("Kenta Arakawa", ME_P), to=addr("Kenta Arakawa", ME_P),
    subject="メモ: AWS認定アカウント統合の準備", body=T(note_txt, cte="8bit"), mid_style="gmail")

code2_txt = """AWS Builder ID

Verification code: 704918

Use this code to finish creating your AWS Builder ID for kenta.arakawa.mail@gmail.com.
It expires in 10 minutes.

If you did not request this code, you can safely ignore this e-mail.

Amazon Web Services
"""
add("unrelated", False, None, [],
    "Builder ID verification code for the personal address",
    date=D("2025-03-09 13:41:50"), frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address",
    body=M("alternative", T(code2_txt), T("<html><body>" + paras_html(code2_txt) + "</body></html>", "html")),
    pre=gmail_in("0101019578c2a1d0-signin@us-west-2.amazonses.com", "signin.aws", "54.240.27.56",
                 "a27-56.smtp-out.us-west-2.amazonses.com"), mid_style="ses")

# ---------------------------------------------------------------- case A (15 digits) and its duplicate B
CASE_A = "174152839200471"
CASE_B = "174152911700385"
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)
SUBJ_B = "RE: [CASE %s] %s" % (CASE_B, FORM_SUBJ)

ack_a = """Hello,

Thanks for reaching out to AWS Training and Certification. We have received your request
and logged it as case 174152839200471.

Summary of your request
------------------------------------------
Case ID: 174152839200471
Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving Nishikaze Systems at the end of March and would like my
certifications moved to my personal account.
E-mail addresses I have used: k.arakawa@nishikaze-sys.co.jp (company),
kenta.arakawa.mail@gmail.com (personal)
Address to keep: kenta.arakawa.mail@gmail.com
------------------------------------------

Someone from our team will usually get back to you within one business day, although some
requests need more research. Submitting another request about the same issue will not speed
things up and may slow us down, so if you need to add something, reply to this e-mail.

Regards,
AWS Training and Certification Customer Service
"""
add("acknowledgement", False, CASE_A, [],
    "English acknowledgement with the request echoed; 'if you need to add something, reply' is conditional",
    date=D("2025-03-09 13:53:40"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject="[CASE %s] %s" % (CASE_A, FORM_SUBJ), body=T(ack_a), pre=amz_g("a-ack"), thread="A")

ack_b = """Hello,

Thanks for reaching out to AWS Training and Certification. We have received your request
and logged it as case 174152911700385.

Summary of your request
------------------------------------------
Case ID: 174152911700385
Inquiry type: Certification
Additional details: Account Merge
Description:
Please merge my company certification account (k.arakawa@nishikaze-sys.co.jp) into my
personal one (kenta.arakawa.mail@gmail.com). I sent this a few minutes ago but the page
showed an error, so I am sending it again.
------------------------------------------

Someone from our team will usually get back to you within one business day, although some
requests need more research. Submitting another request about the same issue will not speed
things up and may slow us down, so if you need to add something, reply to this e-mail.

Regards,
AWS Training and Certification Customer Service
"""
add("acknowledgement", False, CASE_B, [],
    "second acknowledgement 12 minutes later for a duplicate form (new 15-digit case); same template, different number",
    date=D("2025-03-09 14:05:44"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject=SUBJ_B, body=T(ack_b), pre=amz_g("b-ack"), thread="B", crlf=True)

dup_b = """Hello Kenta,

This request is the same as case 174152839200471, which you submitted a few minutes before
this one. To keep everything in one place I have closed case 174152911700385, and our team
will continue with your account merge under 174152839200471.

You don't need to reply to this message.

Best,
Jun K.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_B, [],
    "duplicate case closed and pointed at the main case; mentions two case numbers, belongs to the duplicate; 'closed' but not for silence",
    date=D("2025-03-10 02:18:36"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject=SUBJ_B, body=T(dup_b), pre=amz_g("b-dup"), thread="B")

tl_txt = """Hi Kenta,

We've merged the two workspaces you asked about ("nishikaze-lab" into "arakawa-personal").
All boards, files and members have been moved, and the old workspace now redirects.

Your request #48213 has been set to Solved. If something isn't right, reply within 7 days
and the request will reopen automatically.

Cheers,
Ana from Tasklane Support
"""
add("unrelated", False, None, [],
    "another vendor's support ticket: 'merged the two workspaces', 'Solved', reply-to-reopen; not AWS",
    date=D("2025-03-10 07:44:12"), frm=addr("Tasklane Support", "support@tasklane.io"), to=ME_P,
    subject="[Tasklane Support] Re: Merge my two workspaces (#48213)",
    body=M("alternative", T(tl_txt), T("<html><body>" + paras_html(tl_txt) + "</body></html>", "html")),
    pre=gmail_in("support+id48213@tasklane.io", "tasklane.io", "192.161.148.9", "out.mail.zendesk.com", sel="zendesk1", policy="NONE"),
    mid_style="x", mid_dom="tasklane.zendesk.com")

# 032 case A: partner hold with a question inside it
hold_a = """Hello Kenta,

Thank you for the details in your request.

While reviewing the certification account that uses k.arakawa@nishikaze-sys.co.jp, I found that
it is associated with an organization enrolled in the AWS Partner Network (Nishikaze Systems
Co., Ltd.). Certifications linked to a partner organization count toward that organization's
partner standing, so we are not able to move them to another account while the link is active.

I have asked our partner operations team to review the association. Your case is on hold until
they respond; this usually takes a few business days.

So that they can act on it, it would help to know your situation: are you still employed by
Nishikaze Systems, and if you are leaving, what is your last working day?

Best regards,
Marcus T.
AWS Training and Certification Customer Service
"""
add("on_hold", True, CASE_A, [],
    "APN partner hold; the question about employment and last day is buried in the fourth paragraph after 'it would help to know'",
    date=D("2025-03-11 09:14:27"), frm=addr("AWS Training and Certification", TC), to=ME_P, cc=ME_C,
    subject=SUBJ_A, body=M("alternative", T(hold_a, cte="quoted-printable"),
                           T("<html><body style=\"font-family:Arial\">" + paras_html(hold_a) + "</body></html>", "html", cte="quoted-printable")),
    pre=amz_g("a-hold"), thread="A", link=False)

# 033 owner answers from the company mailbox (Outlook), wrong address for the case
rep_a1 = """Hi Marcus,

Yes, I am still employed by Nishikaze Systems, but I am leaving the company. My last working day
is March 31, 2025, and this mailbox will be shut down that evening.

Regards,
Kenta Arakawa
"""
rep_a1_full = rep_a1 + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 6:14 PM
To: kenta.arakawa.mail@gmail.com
Cc: Arakawa Kenta <k.arakawa@nishikaze-sys.co.jp>
Subject: RE:[CASE 174152839200471] [AWS Training and Certification Form Submission] - account-assistance

""" + hold_a
rep_a1_htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
              "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + paras_html(rep_a1) + "</div>"
              "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
              "<b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>"
              "<b>Sent:</b> Tuesday, March 11, 2025 6:14 PM<br><b>To:</b> kenta.arakawa.mail@gmail.com<br>"
              "<b>Cc:</b> Arakawa Kenta &lt;k.arakawa@nishikaze-sys.co.jp&gt;<br><b>Subject:</b> " + esc(SUBJ_A) +
              "</div><div>" + paras_html(hold_a) + "</div></body></html>\n")
add("user_reply", False, CASE_A, [],
    "owner's answer sent from the company address (Outlook, HTML+text, quoted hold below with its question)",
    date=D("2025-03-11 18:40:05", "+0900"), frm=addr("Arakawa Kenta", ME_C), to=TC, cc=ME_P, subject=SUBJ_A,
    body=M("alternative", T(rep_a1_full, cte="quoted-printable"), T(rep_a1_htm, "html", cte="quoted-printable")),
    thread="A", mid_style="outlook", extra=outlook_sent(SUBJ_A[3:], "a1"))

# 034 case A: write from the case's contact address
wrong_a = """Hello Kenta,

Thank you for the quick answer.

The contact address on this case is kenta.arakawa.mail@gmail.com, but your reply came from
k.arakawa@nishikaze-sys.co.jp. To protect your certification records we can only act on
instructions that come from the contact address on the case.

We need you to send your answer again from kenta.arakawa.mail@gmail.com. Replying to this
e-mail from that mailbox is enough; there is no need to open a new case.

Thanks,
Dana O.
AWS Training and Certification Customer Service
"""
wrong_a_full = wrong_a + "\n\nOn Tue, Mar 11, 2025 at 09:40 AM, Arakawa Kenta <k.arakawa@nishikaze-sys.co.jp> wrote:\n" + quote_txt(rep_a1)
add("info_request", True, CASE_A, [],
    "asks the owner to resend from the personal (case contact) address; 'We need you to' wording; addressed to the company mailbox with the personal one in Cc",
    date=D("2025-03-12 01:05:52"), frm=addr("AWS Training and Certification", TC), to=ME_C, cc=ME_P,
    subject=SUBJ_A, body=T(wrong_a_full), pre=amz_g("a-wrong"), thread="A")

# 035 owner resends from Gmail
rep_a2 = """Hi Dana,

Sending this from my personal address as requested.

I am employed by Nishikaze Systems until March 31, 2025, which is my last working day. The
company mailbox will be shut down that evening, so please use this address from now on.

Kind regards,
Kenta Arakawa
"""
add("user_reply", False, CASE_A, [],
    "owner's Gmail reply from the personal address (plain+HTML, '>' quoting and gmail_quote)",
    date=D("2025-03-12 10:20:31", "+0900"), frm=addr("Kenta Arakawa", ME_P), to=TC, subject=SUBJ_A,
    body=gmail_alt("a2", rep_a2, gmail_attr(D("2025-03-12 10:05:00"), "AWS Training and Certification <%s>" % TC), wrong_a),
    thread="A", mid_style="gmail")

# 036 colleague's out-of-office
ooo_txt = """森は3月17日(月)まで不在にしております。
戻り次第ご連絡いたします。お急ぎの場合は井上(m.inoue@nishikaze-sys.co.jp)までご連絡ください。

I am out of the office until Monday, March 17, and will reply when I return.
For urgent matters, please contact m.inoue@nishikaze-sys.co.jp.
"""
add("unrelated", False, None, [],
    "colleague's bilingual out-of-office auto-reply (Auto-Submitted header)",
    date=D("2025-03-12 11:02:44", "+0900"), frm=addr("森 拓也", "t.mori@nishikaze-sys.co.jp"), to=addr("荒川 健太", ME_C),
    subject="自動応答: 引き継ぎの日程について", body=T(ooo_txt, cte="base64"), pre=corp_internal, mid_style="outlook",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "t.mori@nishikaze-sys.co.jp")])

# 037 case A: still on hold, nothing to do (HTML-only)
hold2_a = """Hello Kenta,

Thank you for confirming your leaving date from your personal address.

I have passed the date on to our partner operations team. They need to coordinate with your
company's partner administrator before the certification account can be released from the
partner organization, and your case stays on hold until that is done.

There is nothing you need to do right now. I will update you as soon as I hear back from them.

Best regards,
Marcus T.
AWS Training and Certification Customer Service
"""
add("on_hold", False, CASE_A, [],
    "HTML-only hold update: still waiting for the partner, explicitly nothing to do",
    date=D("2025-03-13 06:30:19"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_A,
    body=T("<html><body style=\"font-family:Arial;font-size:14px\">" + paras_html(hold2_a) + "</body></html>\n", "html", cte="quoted-printable"),
    pre=amz_g("a-hold2"), thread="A", link=False)

# 038 AWS Educate form case (another program)
edu_txt = """Hello Kenta,

Thanks for contacting AWS Educate.

To close your learner account as requested, we first have to confirm that it belongs to you.
Please reply with the name of the school you registered with and the approximate year you
joined AWS Educate.

Best regards,
AWS Educate Support
"""
add("unrelated", False, "174193440800217", [],
    "AWS Educate form case (aws-cs-educate-form) asking for information: real AWS case, other program, so not tracked",
    date=D("2025-03-14 15:02:40"), frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 174193440800217] [AWS Educate Form Submission] - account-access",
    body=T(edu_txt), pre=amz_g("edu"), thread="EDU")

# 039 dmarc=fail mail pretending to be the T&C form
ph2_txt = """Dear Customer,

We are processing the merge of your AWS Certification accounts. Our security review flagged the
request, and your certifications will be suspended unless ownership is verified within 24 hours.

Verify your identity here: https://aws-training-verify.com/case/174161002300954/verify

Alternatively, reply to this e-mail with your AWS Builder ID password and the code sent to your
phone so that an agent can verify you manually.

AWS Training and Certification Customer Service
"""
add("suspicious", False, None, [],
    "From the real T&C form address with a case-style subject, but dkim=fail/dmarc=fail and a foreign Return-Path; demands a password by reply",
    date=D("2025-03-17 03:12:09"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject="RE:[CASE 174161002300954] %s" % FORM_SUBJ,
    body=M("alternative", T(ph2_txt), T("<html><body>" + paras_html(ph2_txt) + "</body></html>", "html")),
    pre=gmail_in("support@mailer-svc7.top", "amazon.com", "185.234.72.19", "mail.mailer-svc7.top",
                 dkim_r="fail", dmarc="fail", sel="amz2025"),
    mid_style="x", mid_dom="mailer-svc7.top")

# 040 case A: hold lifted
lift_a = """Hello Kenta,

Good news: our partner operations team has confirmed that your certification account has been
released from the Nishikaze Systems partner organization, so the hold on your case is lifted.

I am now preparing the merge and will send you the details of both accounts shortly.

Best regards,
Marcus T.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_A, [],
    "hold lifted, next step announced ('will send you the details shortly'); no question yet",
    date=D("2025-03-18 01:10:33"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_A,
    body=T(lift_a), pre=amz_g("a-lift"), thread="A", link=False)

# 041 case A: confirmation request, HTML-only with a table
rows = [("Candidate ID", "AWS09261174", "AWS05120386"),
        ("Login e-mail", ME_P, ME_C),
        ("Training notification e-mail", ME_P, ME_C),
        ("Certification notification e-mail", ME_P, ME_C),
        ("Active certifications", "none", "2")]
conf_a_htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n<p>Hello Kenta,</p>\n"
              "<p>Below are the two certification accounts I found for you. Please look them over carefully.</p>\n"
              "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
              "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>\n"
              + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows) +
              "</table>\n<p>After the merge, everything on Account #2 moves to Account #1, and the Account #2 "
              "login stops working. This cannot be undone.</p>\n"
              "<p>Can you confirm that both accounts belong to you and that Account #1 is the one to keep? "
              "As soon as I have your go-ahead I will start the merge.</p>\n"
              "<p>Best regards,<br>Marcus T.<br>AWS Training and Certification Customer Service</p>\n</body></html>\n")
conf_a_plain = ("Hello Kenta,\n\nBelow are the two certification accounts I found for you. Please look them over carefully.\n\n"
                "Account #1\n" + "".join("  %s: %s\n" % (r[0], r[1]) for r in rows) +
                "\nAccount #2\n" + "".join("  %s: %s\n" % (r[0], r[2]) for r in rows) +
                "\nAfter the merge, everything on Account #2 moves to Account #1, and the Account #2 login stops working. "
                "This cannot be undone.\n\nCan you confirm that both accounts belong to you and that Account #1 is the one "
                "to keep? As soon as I have your go-ahead I will start the merge.\n\nBest regards,\nMarcus T.\n")
add("confirmation_request", True, CASE_A, ["AWS09261174", "AWS05120386"],
    "HTML-only Account #1 / Account #2 table with candidate IDs and three e-mail rows; the ask is a question without 'please'",
    date=D("2025-03-18 01:46:02"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_A,
    body=T(conf_a_htm, "html", cte="quoted-printable"), pre=amz_g("a-conf"), thread="A", link=False)

# 042 farewell party (colleague, Japanese)
fw_txt = """荒川さん

お疲れさまです。井上です。
3月28日(金)19時から、荒川さんの送別会を会社近くの「炉端 うみかぜ」で行います。
ご都合が悪ければ、25日までに教えてください。

井上
"""
add("unrelated", False, None, [],
    "colleague's farewell-party invitation (Japanese) with a deadline; not support",
    date=D("2025-03-19 18:30:11", "+0900"), frm=addr("井上 真理", "m.inoue@nishikaze-sys.co.jp"), to=addr("荒川 健太", ME_C),
    subject="送別会のお知らせ(3/28)", body=T(fw_txt, cte="quoted-printable"), pre=corp_internal, mid_style="outlook")

# 043 AWS marketing, English HTML
mk2_htm = """<html><body style="font-family:Arial,sans-serif;background:#fff">
<table width="600" align="center"><tr><td>
<h1 style="font-size:22px">New hands-on labs in AWS Skill Builder</h1>
<p>Practice in a real AWS console without using your own account. This month we added 40 labs covering generative AI, networking and security.</p>
<p><a href="https://skillbuilder.aws/?trk=em_mar25">Start learning</a></p>
<p>Preparing for a certification? Our exam prep plans now include official practice exams.</p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because you subscribed to AWS Training and Certification news.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</p>
</td></tr></table></body></html>
"""
add("unrelated", False, None, [],
    "AWS Training and Certification marketing newsletter (HTML-only); T&C brand, certification words, no case",
    date=D("2025-03-19 16:00:04"), frm=addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="40 new hands-on labs are waiting for you",
    body=T(mk2_htm, "html", cte="quoted-printable"), pre=amz_g("mkt25"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

# 044 case A: closing notice, quotes the table request as text
close_a = """Hello Kenta,

On March 18 I sent you the details of your two certification accounts to review, and I have not
heard back yet.

If we don't receive a reply within three business days, this case will be closed automatically.
If you still want the merge, reply to this e-mail with your confirmation and the case will stay
open.

Best regards,
Marcus T.
AWS Training and Certification Customer Service
"""
close_a_full = close_a + "\n-------- Original message --------\nFrom: AWS Training and Certification\nDate: 3/18/2025 1:46 AM (GMT+00:00)\n\n" + quote_txt(conf_a_plain)
add("closing_notice", True, CASE_A, [],
    "3-day auto-close warning; the Account #1/#2 request and both candidate IDs appear only in '>' quoted history",
    date=D("2025-03-21 00:30:47"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_A,
    body=T(close_a_full), pre=amz_g("a-close"), thread="A")

# 045 owner confirms
rep_a3 = """Hi Marcus,

Sorry for the slow reply; it has been a busy last month at work.

Both accounts are mine. Confirmed: please merge everything into Account #1
(AWS09261174, kenta.arakawa.mail@gmail.com).

Thanks,
Kenta
"""
add("user_reply", False, CASE_A, ["AWS09261174"],
    "owner's confirmation from Gmail, quoting the closing notice (which itself quotes the table)",
    date=D("2025-03-21 17:12:26", "+0900"), frm=addr("Kenta Arakawa", ME_P), to=TC, subject=SUBJ_A,
    body=gmail_alt("a3", rep_a3, gmail_attr(D("2025-03-21 09:30:00"), "AWS Training and Certification <%s>" % TC),
                   close_a_full, cte_plain="quoted-printable", cte_html="quoted-printable"),
    thread="A", mid_style="gmail")

# 046 case A: merged, top-posted over the whole thread
res_a = """Hello Kenta,

Thanks for confirming. The merge has gone through: the exam history, certifications and benefits
from your Nishikaze Systems account now appear on Account #1, and the old login has been retired.

Credly and the AWS Partner Network portal can take up to 48 hours to show the change. Nothing
further is needed from you, but if something still looks wrong after that, feel free to reply here.

Best regards,
Marcus T.
AWS Training and Certification Customer Service
"""
hist_a = rep_a3 + "\n" + gmail_attr(D("2025-03-21 09:30:00"), "AWS Training and Certification <%s>" % TC) + "\n\n" + quote_txt(close_a_full)
res_a_txt = res_a + "\n\n---- On Fri, 21 Mar 2025 08:12:26 +0000 Kenta Arakawa <%s> wrote ----\n\n" % ME_P + quote_txt(hist_a)
res_a_htm = ("<html><body style=\"font-family:Arial;font-size:14px\">" + paras_html(res_a) +
             "<div style=\"color:#555\">---- On Fri, 21 Mar 2025 08:12:26 +0000 Kenta Arakawa &lt;%s&gt; wrote ----</div>" % ME_P +
             "<blockquote style=\"border-left:1px solid #ccc;padding-left:6px;margin-left:4px\">" + paras_html(rep_a3) +
             "<blockquote style=\"border-left:1px solid #ccc;padding-left:6px;margin-left:4px\">" + paras_html(close_a) +
             "<blockquote style=\"border-left:1px solid #ccc;padding-left:6px;margin-left:4px\">" + paras_html(conf_a_plain) +
             "</blockquote></blockquote></blockquote></body></html>\n")
add("resolved", False, CASE_A, [],
    "completion top-posted over the full thread (owner's confirmation, closing notice, the Account #1/#2 question); 'feel free to reply' is conditional",
    date=D("2025-03-21 11:40:58"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_A,
    body=M("alternative", T(res_a_txt, cte="quoted-printable"), T(res_a_htm, "html", cte="quoted-printable")),
    pre=amz_g("a-res"), thread="A")

badge3_txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect \u2013 Professional

Accept it to add it to your Credly profile:
https://www.credly.com/earner/earned/badge/b25e0a17-73c4-4f0d-8a3e-5d9c61e2a0b4

If you already hold this badge under another e-mail address, you can merge your Credly
profiles under Settings > Accounts.

Credly
"""
add("badge", False, None, [],
    "Credly badge to the personal address right after the merge; mentions merging Credly profiles",
    date=D("2025-03-21 12:05:14"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Accept your new badge from Amazon Web Services Training and Certification",
    body=M("alternative", T(badge3_txt, cte="quoted-printable"),
           T("<html><body>" + paras_html(badge3_txt) + "</body></html>", "html", cte="quoted-printable")),
    pre=gmail_in("bounces+2290-aa1@em.credly.com", "credly.com", "167.89.22.142", "o1.em.credly.com", sel="s1", policy="NONE"),
    mid_style="x", mid_dom="credly.com")

surv_a_txt = """Hello,

Case 174152839200471 with AWS Training and Certification has been resolved.

Please take a minute to tell us how we did. On a scale from 1 (very dissatisfied) to 5 (very
satisfied), how would you rate your experience?

https://survey.aws.amazon.com/tc?case=174152839200471

This survey is optional. Please do not reply to this e-mail; replies are not monitored.

AWS Training and Certification
"""
add("survey", False, CASE_A, [],
    "satisfaction survey with the case number in the body; 'please take a minute' is not a case request",
    date=D("2025-03-22 08:00:21"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject="Your feedback on case 174152839200471",
    body=M("alternative", T(surv_a_txt), T("<html><body>" + paras_html(surv_a_txt) + "</body></html>", "html")),
    pre=amz_g("a-surv"))

# ---------------------------------------------------------------- case D: Support Center (console) case
CASE_D = "174277310500612"
LINK_D = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
FOOT = """
This e-mail address cannot receive messages. To reply to this case, use the AWS Support Center
link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services,
Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
ack_d = """Hello,

We have opened support case %s for you.

Case ID: %s
Subject: 50%% exam voucher missing after account merge
Severity: General guidance
Service: AWS Training and Certification
Category: Certification benefits
Correspondence: My company certification account was merged into my personal one on March 21.
Since then the 50%% exam discount is no longer listed under Benefits.

To view the case or add information, sign in to the AWS Support Center:
%s
""" % (CASE_D, CASE_D, LINK_D) + FOOT
add("acknowledgement", False, CASE_D, [],
    "Support Center 'New Support case' acknowledgement; console link with displayId, no-incoming-mail footer",
    date=D("2025-03-23 23:38:50"), frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
    subject="Amazon Web Services: New Support case: %s" % CASE_D, body=T(ack_d), pre=amz_g("d-ack"), thread="D")

req_d = """Hello Kenta,

Thank you for contacting AWS. My name is Ravi, and I will be looking after your case.

I checked the merged certification record: your certifications are all there, but the discount
benefit was not carried over. These benefits are issued per certification, so to restore the
right one I need to know which certification it came from and, if you noted it, the discount
code or its expiry date.

Please add these details as a reply on the case in the Support Center; answers sent by e-mail
do not reach us.

%s

Best regards,
Ravi S.
Amazon Web Services
""" % LINK_D + FOOT
add("info_request", True, CASE_D, [],
    "console case asking for details that must be answered in the Support Center, not by e-mail; 'I need to know' phrasing",
    date=D("2025-03-24 05:12:36"), frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
    subject="RE:[CASE %s] 50%% exam voucher missing after account merge" % CASE_D,
    body=M("alternative", T(req_d), T("<html><body>" + paras_html(req_d) + "</body></html>", "html")),
    pre=amz_g("d-req"), thread="D", link=False)

# 051 billing console case (not T&C)
bill_case = "174280099100044"
LINK_BILL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % bill_case
bill_req = """Hello Kenta,

This is Sofia from AWS Billing and Accounts, following up on your question about the March
charge on account 384710293856.

The charge comes from an Elastic IP address in ap-northeast-1 that is not attached to a running
instance. Could you let me know whether you still need this address? If not, release it, and
I can request a one-time courtesy credit for this month.

You can reply on the case here:
%s

Best regards,
Sofia M.
AWS Billing and Accounts
""" % LINK_BILL + FOOT
add("unrelated", False, bill_case, [],
    "Support Center billing case with a real question; same console template as case D but Billing, not Training and Certification",
    date=D("2025-03-25 04:40:13"), frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
    subject="RE:[CASE %s] Unexpected charge on March invoice" % bill_case, body=T(bill_req),
    pre=amz_g("bill-case"), thread="BILL")

close_d = """Hello,

We have not heard from you on case %s since March 24.

If we do not receive a response, the case will be resolved automatically in 2 days. To keep it
open, add a reply on the case in the AWS Support Center:
%s

Once a case is resolved it can be reopened from the Support Center for 14 days.
""" % (CASE_D, LINK_D) + FOOT
add("closing_notice", True, CASE_D, [],
    "console auto-resolve warning; the reply must go through the Support Center, e-mail replies bounce",
    date=D("2025-03-27 05:15:40"), frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
    subject="RE:[CASE %s] 50%% exam voucher missing after account merge" % CASE_D, body=T(close_d),
    pre=amz_g("d-close"), thread="D", link=False)

res_d = """Hello Kenta,

Thank you for the details you added in the Support Center.

I have re-issued the 50%% exam discount to your current certification account. It is listed under
Benefits with its original expiry date of October 21, 2026. I am setting this case to resolved.
If you have more questions on this topic, you can reopen the case from the Support Center
within 14 days.

%s

Best regards,
Ravi S.
Amazon Web Services

We value your feedback. Please rate your experience with this case:
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
""" % (LINK_D, CASE_D) + FOOT
add("resolved", False, CASE_D, [],
    "console completion with a rating footer ('We value your feedback...') and 'you can reopen' wording",
    date=D("2025-03-28 02:03:11"), frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
    subject="RE:[CASE %s] 50%% exam voucher missing after account merge" % CASE_D, body=T(res_d, cte="quoted-printable"),
    pre=amz_g("d-res"), thread="D", link=False)

# 054 owner forwards an old 2021 case (10 digits) from the company mailbox to the personal one
CASE_F = "8745129036"
old_f = """Hello,

Thank you for contacting AWS Training and Certification.

I have corrected the name on candidate record AWS05120386 from "Kenta Arakwa" to "Kenta Arakawa".
Your certificate has been regenerated and can be downloaded from your account. Please let us know
if you need anything else.

Sincerely,
Hannah L.
AWS Training and Certification Customer Service
"""
fwd_f = """自分用に転送。2021年に旧アカウント(AWS05120386)の氏名を直してもらったときのケース。
個人アカウントでも同じ綴りミスがあるので、必要なら参照する。

荒川

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 9, 2021 11:52 AM
To: Arakawa Kenta <k.arakawa@nishikaze-sys.co.jp>
Subject: RE:[CASE 8745129036] [AWS Training and Certification Form Submission] - account-assistance

""" + old_f
add("user_reply", False, CASE_F, ["AWS05120386"],
    "owner forwards a 2021 case (10-digit number) to himself on his last day; forwarded 2021 support text (not new text) ends with a polite 'Please let us know if you need anything else'; the candidate ID counts because the owner wrote it in his own note",
    date=D("2025-03-31 16:48:20", "+0900"), frm=addr("荒川 健太", ME_C, "iso-2022-jp"), to=ME_P,
    subject="FW: RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), body=T(fwd_f, cs="iso-2022-jp", cte="7bit"),
    mid_style="outlook", extra=outlook_sent("RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), "f1"), crlf=True)

it_txt = """荒川 健太 様

情報システム部です。
本日 18:00 をもって、k.arakawa@nishikaze-sys.co.jp のメールボックスを停止します。
停止後に届いたメールは送信者へエラーとして返送されます。

社外の取引先などへのアドレス変更のご連絡がお済みでない場合は、停止前にお願いします。

情報システム部 ヘルプデスク
"""
add("unrelated", False, None, [],
    "IT helpdesk notice in Shift_JIS (base64): company mailbox shuts down today",
    date=D("2025-03-31 17:05:00", "+0900"), frm=addr("情報システム部", "it-helpdesk@nishikaze-sys.co.jp", "shift_jis"),
    to=ME_C, subject="【情報システム部】メールボックス停止のお知らせ", subj_cs="shift_jis",
    body=T(it_txt, cs="shift_jis", cte="base64"), pre=corp_internal, mid_style="outlook")

ph3_htm = """<html><body style="font-family:Arial,sans-serif">
<p><img src="https://aws-certification-support.net/img/aws-logo.png" alt="aws"></p>
<p>Dear AWS Certified Professional,</p>
<p>An error occurred while merging your certification accounts. To avoid losing your certifications and exam history, confirm your details within <b>24 hours</b>:</p>
<p><a href="https://aws-certification-support.net/merge/verify?id=KA2025">Confirm my certification account</a></p>
<p>You may also reply to this e-mail with your candidate ID and date of birth.</p>
<p>AWS Certification Support Team</p>
</body></html>
"""
add("suspicious", False, None, [],
    "lookalike domain aws-certification-support.net (its own DKIM/DMARC pass) claiming the merge failed; asks for details by link or reply",
    date=D("2025-04-01 03:44:58"), frm=addr("AWS Certification Support", "support@aws-certification-support.net"), to=ME_P,
    subject="Your certification account merge could not be completed",
    body=T(ph3_htm, "html", cte="base64"),
    pre=gmail_in("bounce@aws-certification-support.net", "aws-certification-support.net", "91.215.85.60",
                 "mail.aws-certification-support.net", sel="default", policy="NONE"),
    mid_style="x", mid_dom="aws-certification-support.net")

prog_txt = """Hello Kenta,

AWS Certification is looking for certified professionals to share their views on our exams and
programs. The survey takes about 10 minutes, and your answers help shape future exams.

Take the survey: https://certmetrics.com/amazon/survey/2025q2

Thank you for being part of the AWS Certified community.

AWS Certification
"""
add("certification", False, None, [],
    "CertMetrics program survey about exams (not about a support case), sent to the personal address after the merge",
    date=D("2025-04-02 14:00:33"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Help shape the future of AWS Certification",
    body=M("alternative", T(prog_txt), T("<html><body>" + paras_html(prog_txt) + "</body></html>", "html")),
    pre=gmail_in("bounce@certmetrics.com", "certmetrics.com", "198.21.5.44", "mta-44.certmetrics.com", sel="cm1", policy="NONE"),
    mid_style="x", mid_dom="certmetrics.com")

# ---------------------------------------------------------------- case E: name on the certificate (Japanese)
CASE_E = "174401237700158"
SUBJ_E = "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ)
ack_e = """AWS トレーニングと認定 カスタマーサービスです。

お問い合わせいただき、ありがとうございます。ケース番号 174401237700158 で受け付けました。

■ 受付内容
ケース ID: 174401237700158
お問い合わせタイプ: 認定
その他の詳細: 認定証・氏名の変更
お問い合わせ内容:
認定アカウントの姓のつづりが誤っています(Arakwa → Arakawa)。認定証の氏名を修正してください。

通常、24時間以内に担当者よりご連絡いたします。
すでに同じ内容のケースをお持ちの場合は、新しいケースを作成せず、既存のケースにご返信ください。

※本メールは受付確認のため自動で送信しています。
"""
add("acknowledgement", False, CASE_E, [],
    "Japanese acknowledgement (ISO-2022-JP) of a second 2025 case; duplicate-case warning phrased as 〜場合は〜ご返信ください",
    date=D("2025-04-07 07:53:20"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject="[CASE %s] %s" % (CASE_E, FORM_SUBJ), body=T(ack_e, cs="iso-2022-jp", cte="7bit"),
    pre=amz_g("e-ack"), thread="E")

req_e = """荒川 健太 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に記載される氏名の変更につきましては、ご本人確認のため、次の情報を確認させて
いただいております。

1. 公的な身分証明書に記載されているとおりの氏名(ローマ字表記)
2. 変更対象の認定アカウントの AWS 候補 ID

お手数ではございますが、上記2点を本メールへのご返信にてお知らせいただけますでしょうか。
なお、身分証明書の画像を添付していただく必要はございません。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("info_request", True, CASE_E, [],
    "Japanese keigo request (お知らせいただけますでしょうか) for ID-document name and candidate ID; UTF-8 base64",
    date=D("2025-04-08 01:21:47"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject=SUBJ_E, body=T(req_e, cte="base64"), pre=amz_g("e-req"), thread="E", link=False)

rep_e1 = """佐藤様

ご連絡ありがとうございます。ご依頼の情報をお送りします。

1. 身分証明書の氏名(ローマ字): KENTA ARAKAWA
2. AWS 候補 ID: AWS09261174

新しい認定アカウントを作成したときに、姓を Arakwa と誤って入力してしまいました。
お手数をおかけしますが、よろしくお願いいたします。

荒川 健太
"""
attr_e = "2025年4月8日(火) 10:21 AWS Training and Certification <%s>:" % TC
bad_to = "aws-cs-trainingcertifcation-form@amazon.com"
orig_hdrs = [("Date", fmt(D("2025-04-08 10:29:58", "+0900"))), ("From", addr("Kenta Arakawa", ME_P)),
             ("To", bad_to), ("Subject", SUBJ_E), ("Message-ID", mid_for(900, "gmail", None))]
orig_msg = build(orig_hdrs, gmail_alt("e0", rep_e1, attr_e, req_e, cte_plain="base64", cte_html="base64"), "orig-e")
bounce_txt = """
** Address not found **

Your message wasn't delivered to aws-cs-trainingcertifcation-form@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertifcation-form@amazon.com>: Recipient address rejected: User unknown
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 08 Apr 2025 01:29:59 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; aws-cs-trainingcertifcation-form@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.154, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <aws-cs-trainingcertifcation-form@amazon.com>: Recipient address rejected: User unknown
Last-Attempt-Date: Tue, 08 Apr 2025 01:30:01 -0700 (PDT)
""" % orig_hdrs[4][1]
add("unrelated", False, CASE_E, [],
    "Gmail bounce: the owner's answer went to a misspelt support address; the returned message (message/rfc822) carries the case subject and a candidate ID that is not new text",
    date=D("2025-04-08 01:30:02"), frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)",
    body=M("report", T(bounce_txt), RAWP("message/delivery-status", dsn), RAWP("message/rfc822", orig_msg),
           params="; report-type=delivery-status", b="000000000000" + h("bounce", 12)),
    pre=[("Delivered-To", ME_P), ("Received", "by 2002:a05:7010:8e1a:b0:3e9 with SMTP id x26csp118902;\n        Tue, 08 Apr 2025 01:30:02 -0700 (PDT)")],
    extra=[("Auto-Submitted", "auto-replied")], mid_style="x", mid_dom="mx.google.com")

add("user_reply", False, CASE_E, ["AWS09261174"],
    "owner's Japanese answer resent to the right address (Gmail, UTF-8 base64, Japanese attribution line)",
    date=D("2025-04-08 10:41:12", "+0900"), frm=addr("Kenta Arakawa", ME_P), to=TC, subject=SUBJ_E,
    body=gmail_alt("e1", rep_e1, attr_e, req_e, cte_plain="base64", cte_html="base64"), thread="E", mid_style="gmail")

upd_e = """荒川 健太 様

ご回答いただき、ありがとうございます。
氏名変更の処理を担当チームへ依頼いたしました。反映までに3〜5営業日ほどかかる見込みです。

現時点で、お客様に追加でご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("case_update", False, CASE_E, [],
    "Japanese progress note (UTF-8 8bit): handed to another team; 'ご不明な点がございましたら…ご返信ください' is conditional",
    date=D("2025-04-09 02:10:05"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject=SUBJ_E, body=T(upd_e, cte="8bit"), pre=amz_g("e-upd"), thread="E")

res_e = """荒川 健太 様

お待たせいたしました。
認定アカウントの氏名を「Kenta Arakawa」に更新いたしました。認定証(PDF)も新しい氏名で
再発行されておりますので、認定アカウントの「認定」ページからダウンロードいただけます。

本ケースはこれにてクローズとさせていただきます。
ほかにご不明な点がございましたら、お気軽にお問い合わせください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("resolved", False, CASE_E, [],
    "Japanese completion in Shift_JIS (base64); 'クローズ' here means done, not closed for silence",
    date=D("2025-04-14 05:33:29"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject=SUBJ_E, body=T(res_e, cs="shift_jis", cte="base64"), pre=amz_g("e-res"), thread="E", crlf=True)

rep_e2 = """佐藤様

ご対応ありがとうございます。認定証は正しい氏名になっていました。
ただ、Credly のバッジ3つは旧表記(Kenta Arakwa)のままです。こちらも修正いただけますでしょうか。

荒川 健太
"""
add("user_reply", False, CASE_E, [],
    "owner replies to a resolved case in Japanese asking for more work (his own question, not support's)",
    date=D("2025-04-15 09:10:44", "+0900"), frm=addr("Kenta Arakawa", ME_P), to=TC, subject=SUBJ_E,
    body=gmail_alt("e2", rep_e2, "2025年4月14日(月) 14:33 AWS Training and Certification <%s>:" % TC, res_e,
                   cte_plain="base64", cte_html="base64"), thread="E", mid_style="gmail")

reopen_e = """Hello Kenta,

I have reopened your case so that we can look at the badges.

Credly takes the recipient name from the certification profile at the moment a badge is issued,
so badges issued before the correction still carry the old spelling. I have asked our badge team
to issue them again under the corrected name. This usually takes one or two business days, and
I will get back to you once it is done.

Regards,
Tom\u00e1s G.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_E, [],
    "case reopened after the owner's follow-up; English agent after Japanese ones; explains and promises news, asks nothing",
    date=D("2025-04-15 06:30:52"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject=SUBJ_E, body=T(reopen_e, cte="quoted-printable"), pre=amz_g("e-reopen"), thread="E")

badge4_txt = """Hi Kenta,

Amazon Web Services Training and Certification has updated 3 of your badges:

- AWS Certified Solutions Architect \u2013 Professional
- AWS Certified Solutions Architect \u2013 Associate
- AWS Certified Developer \u2013 Associate

The badges now show the name Kenta Arakawa. No action is needed; the updated badges are already
on your profile: https://www.credly.com/users/kenta-arakawa

Credly
"""
add("badge", False, None, [],
    "Credly notice that three badges were re-issued with the corrected name ('No action is needed')",
    date=D("2025-04-17 02:00:40"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Your badges from Amazon Web Services Training and Certification were updated",
    body=M("alternative", T(badge4_txt, cte="quoted-printable"),
           T("<html><body>" + paras_html(badge4_txt) + "</body></html>", "html", cte="quoted-printable")),
    pre=gmail_in("bounces+2290-bb2@em.credly.com", "credly.com", "167.89.22.142", "o1.em.credly.com", sel="s1", policy="NONE"),
    mid_style="x", mid_dom="credly.com")

check_e = """Hello Kenta,

Our badge team has issued your three badges again under the name Kenta Arakawa, and Credly
should have e-mailed you about them.

Could you sign in to Credly and check whether all three now show the corrected name? If any of
them still shows the old spelling, tell me which one and I will follow up.

Regards,
Tom\u00e1s G.
AWS Training and Certification Customer Service
"""
check_e_txt = check_e + "\n\n" + gmail_attr(D("2025-04-15 00:10:44"), "Kenta Arakawa <%s>" % ME_P) + "\n" + quote_txt(rep_e2)
add("info_request", True, CASE_E, [],
    "asks the owner to check Credly and report back after the work is done (looks like a completion, but it is a request); quotes Japanese",
    date=D("2025-04-17 02:45:18"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_E,
    body=M("alternative", T(check_e_txt, cte="quoted-printable"),
           T("<html><body>" + paras_html(check_e) + "<blockquote>" + paras_html(rep_e2) + "</blockquote></body></html>", "html", cte="quoted-printable")),
    pre=amz_g("e-check"), thread="E")

rep_e3 = """Hi Tom\u00e1s,

I checked: all three badges on Credly now show Kenta Arakawa. Thank you for sorting this out.

Best,
Kenta
"""
add("user_reply", False, CASE_E, [],
    "owner's short English confirmation that the check passed",
    date=D("2025-04-17 20:05:39", "+0900"), frm=addr("Kenta Arakawa", ME_P), to=TC, subject=SUBJ_E,
    body=gmail_alt("e3", rep_e3, gmail_attr(D("2025-04-17 02:45:00"), "AWS Training and Certification <%s>" % TC), check_e,
                   cte_plain="quoted-printable", cte_html="quoted-printable"), thread="E", mid_style="gmail")

fin_e = """Hello Kenta,

Thanks for checking. I am glad everything shows correctly now. I am marking this case as resolved;
no further action is required on your side.

Regards,
Tom\u00e1s G.
AWS Training and Certification Customer Service
"""
add("resolved", False, CASE_E, [],
    "short completion after the owner's check; quotes the owner's mail, which quotes the earlier 'Could you ... check' request",
    date=D("2025-04-18 01:30:03"), frm=addr("AWS Training and Certification", TC), to=ME_P, subject=SUBJ_E,
    body=T(fin_e + "\n" + quote_txt(rep_e3 + "\n" + gmail_attr(D("2025-04-17 02:45:00"), "AWS Training and Certification <%s>" % TC) + "\n" + quote_txt(check_e)),
           cte="quoted-printable"), pre=amz_g("e-fin"), thread="E")

surv_e = """<html><body style="font-family:sans-serif">
<p>荒川 健太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました(ケース ID: 174401237700158)。</p>
<p>今後のサービス改善のため、簡単なアンケートへのご協力をお願いいたします。所要時間は2分程度です。</p>
<p><a href="https://survey.aws.amazon.com/tc?case=174401237700158&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:12px;color:#777">本メールは送信専用です。ご返信いただいても対応いたしかねますので、あらかじめご了承ください。</p>
</body></html>
"""
add("survey", False, CASE_E, [],
    "Japanese HTML-only survey with keigo request (ご協力をお願いいたします) that is not a case request",
    date=D("2025-04-19 03:00:12"), frm=addr("AWS Training and Certification", TC), to=ME_P,
    subject="サポートのご対応に関するアンケートのお願い", body=T(surv_e, "html", cte="quoted-printable"), pre=amz_g("e-surv"))


if __name__ == "__main__":
    main()
