#!/usr/bin/env python3
"""Generate the blind support-case mail corpus (standard library only).

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
"""
import base64
import datetime as _dt
import email.utils
import hashlib
import json
import os
import quopri
import random
from collections import Counter
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(324)

ME_NAME = "Kenta Morishita"
ME_NAME_JA = "森下 健太"
ME_P = "kenta.morishita.k@gmail.com"          # personal
ME_C = "k-morishita@sorabashi-tech.co.jp"     # company (APN partner, leaving end of May 2025)
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

MSGS = []        # (meta, raw bytes)
MID = {}         # name -> Message-ID


# ---------------------------------------------------------------- helpers
def dt(s, tz=0):
    """'2025-05-14 10:43:12' in the given UTC offset (hours)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=tz)))


def rfcdate(d):
    return email.utils.format_datetime(d)


def hx(n, seed=None):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ses_id():
    return "0100%s-%s-%s-%s-%s-000000" % (hx(12), hx(8), hx(4), hx(4), hx(12))


def mid(name, style="ses", domain=None):
    if style == "ses":
        v = "<%s@email.amazonses.com>" % ses_id()
    elif style == "gmail":
        tok = base64.urlsafe_b64encode(hashlib.sha256(name.encode()).digest()).decode()[:40].replace("-", "+").replace("_", "x")
        v = "<CA%s@mail.gmail.com>" % tok
    elif style == "outlook":
        v = "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (RNG.randint(1000, 9999), hx(16).upper(), RNG.randint(1000, 9999))
    else:
        v = "<%s.%s@%s>" % (hx(16), hx(8), domain or "mail.example.net")
    MID[name] = v
    return v


def enc(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


class Part:
    def __init__(self, text=None, subtype="plain", charset="utf-8", cte="quoted-printable",
                 parts=None, mtype="text", extra=None, disposition=None, raw=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.parts, self.mtype, self.extra, self.disposition, self.raw = parts, mtype, extra or [], disposition, raw


def T(text, **kw):
    return Part(text, "plain", **kw)


def H(html, **kw):
    return Part(html, "html", **kw)


def ALT(*parts):
    return Part(parts=list(parts), subtype="alternative", mtype="multipart")


def MIXED(*parts):
    return Part(parts=list(parts), subtype="mixed", mtype="multipart")


def RELATED(*parts):
    return Part(parts=list(parts), subtype="related", mtype="multipart")


def _bound():
    return "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999), RNG.randint(1000000000000, 1999999999999))


def render(p):
    """Return list of header lines and body string (LF newlines, may contain non-ASCII for 8bit)."""
    if p.mtype == "multipart":
        b = _bound()
        hdr = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (p.subtype, "".join(" " + e + ";" for e in p.extra), b)]
        body = []
        for sub in p.parts:
            h, bd = render(sub)
            body.append("--" + b + "\n" + "\n".join(h) + "\n\n" + bd.rstrip("\n") + "\n")
        return hdr, "\n".join(body) + "--" + b + "--\n"
    if p.raw is not None:                       # attachment-like (already bytes)
        data = p.raw
        hdr = ["Content-Type: %s/%s" % (p.mtype, p.subtype) + "".join("; " + e for e in p.extra)]
    else:
        text = p.text.replace("\r\n", "\n")
        data = text.encode(p.charset)
        hdr = ['Content-Type: text/%s; charset="%s"' % (p.subtype, p.charset)] if p.mtype == "text" else []
    if p.disposition:
        hdr.append("Content-Disposition: " + p.disposition)
    hdr.append("Content-Transfer-Encoding: " + p.cte)
    if p.cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif p.cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif p.cte == "7bit":
        body = data.decode("ascii")
    else:  # 8bit
        body = data.decode(p.charset)
    return hdr, body


def build(headers, part, crlf=False, body_charset_out="utf-8"):
    """headers: list of (name, value) in order. Returns bytes."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    h, body = render(part)
    lines.extend(h)
    text = "\n".join(lines) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def add(kind, reply, case, cids, what, hard, raw):
    MSGS.append(({"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cids)},
                 what, hard, raw))


# ---- trace headers as the receiving provider adds them
def trace_in(to, when, mailfrom, dkim_d, ip, host, spf="pass", dkim="pass", dmarc="pass",
             from_dom=None, p="QUARANTINE"):
    from_dom = from_dom or dkim_d
    rid = hx(6)
    if to == ME_P:
        return [
            ("Delivered-To", ME_P),
            ("Received", "by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
             % (hx(4), hx(3), hx(3), hx(4), hx(6), rfcdate(when.astimezone(_dt.timezone(_dt.timedelta(hours=-7)))) + " (PDT)")),
            ("Return-Path", "<%s>" % mailfrom),
            ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
             % (host, host, ip, hx(14), rid, ME_P, rfcdate(when))),
            ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
             % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
            ("Authentication-Results", "mx.google.com;\n       dkim=%s;\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
             % ((dkim + " header.i=@%s header.s=%s header.b=%s" % (dkim_d, hx(10), base64.b64encode(hx(6).encode()).decode()[:8])) if dkim == "pass" else dkim,
                spf, mailfrom,
                "designates" if spf == "pass" else "does not designate", ip, mailfrom.split("@")[-1],
                dmarc, p, p, "NONE" if dmarc == "pass" else p, from_dom)),
        ]
    return [
        ("Received", "from OS0P286MB%04d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s) by\n TYCPR01MB%04d.jpnprd01.prod.outlook.com with HTTPS; %s"
         % (RNG.randint(1000, 9999), hx(3), hx(2), RNG.randint(1000, 9999), rfcdate(when))),
        ("Received", "from %s (%s) by\n OS1PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s"
         % (host, ip, hx(4).upper(), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(7000, 8999), RNG.randint(10, 99), rfcdate(when))),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s"
         % (spf, ip, mailfrom.split("@")[-1], dkim, dkim_d, dmarc, "none" if dmarc == "pass" else "quarantine",
            from_dom, "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
         % ("Pass" if spf == "pass" else "Fail", mailfrom.split("@")[-1], "designates" if spf == "pass" else "does not designate", ip, ip, host)),
        ("Return-Path", "<%s>" % mailfrom),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def ses_in(to, when):
    """Trace headers for genuine amazon.com mail sent through SES."""
    n = RNG.randint(2, 250)
    return trace_in(to, when, ses_id() + "@email.amazonses.com", "amazon.com", "54.240.8.%d" % n,
                    "a8-%d.smtp-out.amazonses.com" % n, from_dom="amazon.com")


# ---- quoting styles
def gq(text, who, when, ja=False):
    d = when
    if ja:
        wd = "月火水木金土日"[d.weekday()]
        head = "%d年%d月%d日(%s) %d:%02d %s:" % (d.year, d.month, d.day, wd, d.hour, d.minute, who)
    else:
        h12 = d.hour % 12 or 12
        head = "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h12, d.minute, "AM" if d.hour < 12 else "PM", who)
    return head + "\n" + "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n")) + "\n"


def oq(text, frm, to, when, subject, ja=False):
    if ja:
        head = "-----Original Message-----\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n" % (
            frm, when.strftime("%Y年%m月%d日 %H:%M"), to, subject)
    else:
        head = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (
            frm, when.strftime("%A, %B %d, %Y %I:%M %p"), to, subject)
    return head + "\n" + text.strip("\n") + "\n"


def html_wrap(inner, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (title, inner))


def p2html(text):
    """Very small plain->html for Gmail-like alternative parts."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in para.split("\n")]
        out.append('<div dir="ltr">' + "<br>".join(lines) + "</div>")
    return "\n<div><br></div>\n".join(out)


def quote_html(text):
    esc = text.strip("\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    return '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + esc + "</blockquote>"


TC_FOOT = """
Sincerely,
%s
AWS Training and Certification Customer Support
"""


# =====================================================================================
# 2021 — case 8094417362 (name spelling on certificate), company address
# =====================================================================================
CASE_E = "8094417362"
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - name-change" % CASE_E

w = dt("2021-03-08 06:12:41")
body = """Hello,

Thank you for getting in touch with AWS Training and Certification. A support case has been
created for your request under case %s.

A member of our team normally replies within one business day. To keep things moving, add any
further details by replying on this thread instead of sending the form again: a second case for
the same question is queued separately and takes longer to answer.

Below is a copy of what you submitted:

  Name:                Kenta Morishita
  Email:               %s
  AWS candidate ID:    AWS03318827
  Inquiry type:        Certification
  Additional details:  Name change
  How can we help?     The name on my AWS Certified Developer - Associate certificate is
                       printed as "Kenta Morisita". The correct spelling is "Kenta Morishita"
                       (as on my passport). Could you correct it on the certificate and the
                       transcript?

Kind regards,
AWS Training and Certification
""" % (CASE_E, ME_C)
add("acknowledgement", False, CASE_E, ["AWS03318827"],
    "2021 form case opened (name spelling on certificate): automatic acknowledgement",
    "echo of the submitted form contains a question ('Could you correct it') written by the owner, not by support; 10-digit case id",
    build(ses_in(ME_C, w) + [
        ("From", TC_FORM), ("To", ME_C), ("Subject", SUBJ_E),
        ("Date", rfcdate(w)), ("Message-ID", mid("E1")),
    ], T(body, cte="7bit")))

w = dt("2021-03-10 01:55:09")
body = """Hi Kenta,

I've corrected the spelling of your family name on your certification profile. Your certificate
and transcript now read "Kenta Morishita"; a regenerated PDF is available in your Certification
Account under Certifications > Download.

Nothing else is needed from you. I'm marking this case as resolved.

Best regards,

Chris W.
AWS Training and Certification Customer Support
"""
add("resolved", False, CASE_E, [],
    "2021 case: name corrected on certificate",
    "short resolution with 'Nothing else is needed from you'; subject starts RE:[CASE (no space)",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", "RE:" + SUBJ_E), ("Date", rfcdate(w)), ("Message-ID", mid("E2")),
        ("In-Reply-To", MID["E1"]), ("References", MID["E1"]),
    ], T(body, cte="quoted-printable")))

w = dt("2021-03-15 16:30:00")
txt = """Hello Kenta,

You recently earned or renewed an AWS Certification, and we'd like to learn from your experience.
The AWS Certification team is running a short survey (about 10 minutes) on exam preparation,
scheduling and the exam day itself.

Take the survey: https://aws.certmetrics.com/amazon/survey/?s=cx2021q1&c=AWS03318827

Your answers are anonymous and help us improve future exams. The survey closes on March 31, 2021.

Thank you,
AWS Certification

This message was sent to you because you hold an AWS Certification. Manage your communication
preferences in your AWS Certification Account.
"""
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello Kenta,</p>
<p>You recently earned or renewed an AWS Certification, and we'd like to learn from your experience.
The AWS Certification team is running a short survey (about 10 minutes) on exam preparation, scheduling and the exam day itself.</p>
<p style="text-align:center"><a href="https://aws.certmetrics.com/amazon/survey/?s=cx2021q1&amp;c=AWS03318827"
 style="background:#ff9900;color:#111;padding:10px 22px;text-decoration:none;border-radius:3px">Take the survey</a></p>
<p>Your answers are anonymous and help us improve future exams. The survey closes on March 31, 2021.</p>
<p>Thank you,<br>AWS Certification</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">This message was sent to you because you hold an AWS Certification.
Manage your communication preferences in your AWS Certification Account.</td></tr></table>""", "AWS Certification")
add("certification", False, None, [],
    "CertMetrics invitation to a certification-program survey",
    "a survey, but about the certification program, not a support case -> certification; candidate id only inside a URL",
    build(trace_in(ME_C, w, "bounce-7781@certmetrics.com", "certmetrics.com", "198.21.6.44", "mta-44.certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "Help shape AWS Certification: 10-minute survey"), ("Date", rfcdate(w)),
        ("Message-ID", mid("cm2021", "other", domain="certmetrics.com")),
    ], ALT(T(txt), H(html))))


# =====================================================================================
# 2023 — exam, badge, Japanese case 14019285637 (badge sent to old address)
# =====================================================================================
w = dt("2023-11-02 11:04:33", 0)
txt = """Thank you for scheduling your exam with Pearson VUE.

Candidate: Kenta Morishita
Candidate ID: AWS03318827
Registration ID: 468203517

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Appointment: Saturday, November 18, 2023 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers - Tokyo Shinjuku
          Shinjuku-ku, Tokyo, Japan

Please arrive 15 minutes before your appointment and bring two forms of identification. If you
need to reschedule or cancel, do so at least 24 hours before the appointment at
https://home.pearsonvue.com/aws

Pearson VUE
"""
add("unrelated", False, None, ["AWS03318827"],
    "Pearson VUE booking confirmation for the SAP-C02 exam",
    "exam vendor mail carrying a candidate id and a 9-digit registration id (not a case id); asks for nothing from support",
    build(trace_in(ME_C, w, "bounces@pearsonvue.com", "pearson.com", "148.163.152.7", "mx0b-0030c501.pphosted.com") + [
        ("From", addr("Pearson VUE", "noreply@pearson.com")), ("To", ME_C),
        ("Subject", "Pearson VUE Confirmation of Booking - Registration 468203517"), ("Date", rfcdate(w)),
        ("Message-ID", mid("pv1", "other", domain="pearson.com")),
    ], ALT(T(txt), H(html_wrap(p2html(txt))))))

w = dt("2023-11-19 02:41:10")
html = html_wrap("""<div style="max-width:620px;margin:auto">
<img src="https://d1.awsstatic.com/training-and-certification/certification-badges/logo-aws-cert.png" alt="AWS Certified" width="140">
<h2 style="color:#232f3e">Congratulations, Kenta!</h2>
<p>You passed the <b>AWS Certified Solutions Architect - Professional</b> exam and are now AWS Certified.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td style="color:#555">Candidate ID</td><td>AWS03318827</td></tr>
<tr><td style="color:#555">Certification date</td><td>November 18, 2023</td></tr>
<tr><td style="color:#555">Expiration</td><td>November 18, 2026</td></tr>
<tr><td style="color:#555">Validation number</td><td>7QK2M1E1CJR41XSL</td></tr>
</table>
<p>Your digital badge will arrive from Credly shortly. Your certificate, score report and
certification benefits are available in your <a href="https://www.aws.training/Certification">AWS Certification Account</a>.</p>
<p>Welcome to the community,<br>AWS Training and Certification</p>
</div>""", "You are AWS Certified")
add("certification", False, None, ["AWS03318827"],
    "exam pass notification (HTML only)",
    "HTML-only; 16-char validation number and candidate id in a table",
    build(trace_in(ME_C, w, "bounce-1123@certmetrics.com", "certmetrics.com", "198.21.6.45", "mta-45.certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "Congratulations - you are now AWS Certified!"), ("Date", rfcdate(w)),
        ("Message-ID", mid("cm2023", "other", domain="certmetrics.com")),
    ], H(html, cte="base64")))

OLD_ALIAS = "k.morishita@sorabashi.jp"
w = dt("2023-11-20 08:15:51")
txt = """Kenta, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Professional" badge.

Accept your badge to share it on LinkedIn, add it to your email signature or
download a verifiable copy:
https://www.credly.com/earner/earned/badge/3f6e2c1a-8d4b-4e07-9a51-0c7be2d95f18

Accepting is optional. If you don't have a Credly account yet, you'll be asked to create one
with this email address.

Credly, Inc. | 1250 Broadway, New York, NY 10001
"""
html = html_wrap("""<table width="560" align="center"><tr><td style="padding:20px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/2d84e428-c6d1-4a3b-b8f2-3a1b6f0b7b1a/image.png" width="170" alt="badge">
<h2>Kenta, you've been awarded a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the<br><b>AWS Certified Solutions Architect - Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f6e2c1a-8d4b-4e07-9a51-0c7be2d95f18" style="background:#0072ce;color:#fff;padding:12px 26px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">Accepting is optional. If you don't have a Credly account yet, you'll be asked to create one with this email address.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 1250 Broadway, New York, NY 10001</p></td></tr></table>""")
add("badge", False, None, [],
    "Credly badge award, delivered to the owner's old company alias",
    "To: is an older alias, not one of the owner's listed addresses; badge UUIDs in links",
    build(trace_in(ME_C, w, "bounces+2219@em.credly.com", "credly.com", "167.89.50.12", "o1.em.credly.com") + [
        ("From", addr("Credly", "admin@credly.com")), ("To", OLD_ALIAS),
        ("Subject", "Kenta, you've been awarded a badge from Amazon Web Services Training and Certification"),
        ("Date", rfcdate(w)), ("Message-ID", mid("cr2023", "other", domain="credly.com")),
    ], ALT(T(txt), H(html))))

CASE_D = "14019285637"
SUBJ_D_JA = "[CASE %s] AWS トレーニングと認定 フォームからのお問い合わせ - デジタルバッジ" % CASE_D
w = dt("2023-11-21 03:02:17")
ack_d = """森下 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s として受け付けました。

担当者が内容を確認し、原則として1営業日以内にご連絡いたします。内容によっては、
調査のためにお時間をいただく場合もございます。

同じ内容でフォームを再送信されますと別のケースとして扱われ、かえって回答が遅れる
原因となります。追加でお伝えいただきたい情報は、本メールへの返信でお送りください。

―――― お問い合わせ内容 ――――
お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
AWS 候補 ID: AWS03318827
内容:
11月18日に合格した Solutions Architect - Professional のバッジ通知が、以前の
アドレス(%s)宛てに届いています。現在のアドレス %s で
受け取れるように変更できますでしょうか。
――――――――――――――――

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, OLD_ALIAS, ME_C)
add("acknowledgement", False, CASE_D, ["AWS03318827"],
    "Japanese acknowledgement (ISO-2022-JP) of the badge-address case",
    "ISO-2022-JP body and encoded subject; the echoed form text ends in the owner's own question; 11-digit case id",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")), ("To", ME_C),
        ("Subject", enc(SUBJ_D_JA, "iso-2022-jp")), ("Date", rfcdate(w)), ("Message-ID", mid("D1")),
    ], T(ack_d, charset="iso-2022-jp", cte="7bit")))

w = dt("2023-11-22 05:47:30")
req_d = """森下 様

お世話になっております。AWS トレーニングと認定サポートの佐藤でございます。

お問い合わせの件、確認いたしました。Credly のデジタルバッジは、認定アカウントに登録されて
いる「認定通知用メールアドレス」宛てに発行される仕組みとなっております。現在、森下様の
認定アカウントでは、この通知用アドレスが旧ドメインのままとなっておりました。

通知用アドレスの変更とバッジの再発行を行うにあたり、次の2点をご教示いただけますでしょうか。

 1. 今後バッジの受け取りにお使いになるメールアドレス
 2. 旧アドレスで Credly のアカウントを既に作成済みかどうか

ご回答をいただき次第、手続きを進めさせていただきます。
何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
body = req_d + "\n" + gq(ack_d, TC_FORM, dt("2023-11-21 12:02", 9), ja=True)
add("info_request", True, CASE_D, [],
    "Japanese request (Shift_JIS, base64) for the address to use and whether a Credly account exists",
    "keigo request (〜ご教示いただけますでしょうか) after an explanation; quoted acknowledgement below carries the candidate id",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", enc("RE: " + SUBJ_D_JA, "shift_jis")), ("Date", rfcdate(w)), ("Message-ID", mid("D2")),
        ("In-Reply-To", MID["D1"]), ("References", MID["D1"]),
    ], T(body, charset="shift_jis", cte="base64")))

w = dt("2023-11-22 18:20:44", 9)
reply_d = """佐藤様

ご連絡ありがとうございます。森下です。
ご質問の件、以下のとおり回答いたします。

1. 今後は %s で受け取りたいと考えております。
2. 旧アドレスで Credly のアカウントは作成しておりません(現在のアドレスで作成済みです)。

念のため、候補IDは AWS03318827 です。
お手数をおかけしますが、よろしくお願いいたします。

----
森下 健太
株式会社そらばしテクノロジー クラウド基盤部
""" % ME_C
body = reply_d + "\n" + oq(req_d, addr("AWS Training and Certification", TC_FORM), ME_C,
                          dt("2023-11-22 14:47", 9), "RE: " + SUBJ_D_JA, ja=True)
add("user_reply", False, CASE_D, ["AWS03318827"],
    "owner answers support's two questions (Outlook, Japanese, ISO-2022-JP)",
    "owner's own mail with numbered answers that mirror support's numbered questions; Outlook '-----Original Message-----' quote",
    build([
        ("From", addr(ME_NAME_JA, ME_C, "iso-2022-jp")), ("To", TC_FORM),
        ("Subject", enc("RE: " + SUBJ_D_JA, "iso-2022-jp")), ("Thread-Topic", enc("RE: " + SUBJ_D_JA, "iso-2022-jp")),
        ("Thread-Index", "AdodHk2" + hx(20)), ("Date", rfcdate(w)), ("Message-ID", mid("D3", "outlook")),
        ("In-Reply-To", MID["D2"]), ("References", MID["D1"] + "\n " + MID["D2"]),
        ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], T(body, charset="iso-2022-jp", cte="7bit")))

w = dt("2023-11-24 07:11:02")
res_d = """森下 様

AWS トレーニングと認定サポートの佐藤でございます。
ご回答いただき、ありがとうございました。

認定通知用メールアドレスを %s に変更し、Solutions Architect - Professional の
デジタルバッジを再発行いたしました。Credly から新しい通知メールが届きますので、そちらから
バッジを受け取っていただけます。旧アドレス宛ての通知は無効となっております。

本件はこれにて解決とさせていただきます。
その他ご不明な点がございましたら、本メールにご返信いただくか、新たにお問い合わせください。

佐藤
AWS トレーニングと認定 カスタマーサポート
""" % ME_C
body = res_d + "\n" + gq(reply_d, ME_NAME_JA + " <%s>" % ME_C, dt("2023-11-22 18:20", 9), ja=True) + ">\n" + "\n".join(">> " + l if l.strip() else ">>" for l in req_d.strip().split("\n")) + "\n"
html = html_wrap("<div>" + p2html(res_d) + "</div><br>" + quote_html(reply_d) + quote_html(req_d))
add("resolved", False, CASE_D, [],
    "Japanese resolution: badge address changed and badge reissued",
    "conditional invitation (〜がございましたら…ご返信) and the old numbered questions quoted below (two levels); multipart, both parts base64",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", enc("RE: " + SUBJ_D_JA)), ("Date", rfcdate(w)), ("Message-ID", mid("D4")),
        ("In-Reply-To", MID["D3"]), ("References", " ".join([MID["D1"], MID["D2"], MID["D3"]])),
    ], ALT(T(body, cte="base64"), H(html, cte="base64"))))

w = dt("2023-11-24 07:40:19")
txt = """Kenta, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Professional" badge.

Accept it here:
https://www.credly.com/earner/earned/badge/a7c1d0e2-55f3-4b8e-8e6a-9d2f4c1e7b30

Credly, Inc. | 1250 Broadway, New York, NY 10001
"""
add("badge", False, None, [],
    "Credly badge re-issued to the company address after the fix",
    "plain-text-only Credly mail right after a resolved case",
    build(trace_in(ME_C, w, "bounces+2219@em.credly.com", "credly.com", "167.89.50.14", "o2.em.credly.com") + [
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_C),
        ("Subject", "Kenta, you've been awarded a badge from Amazon Web Services Training and Certification"),
        ("Date", rfcdate(w)), ("Message-ID", mid("cr2023b", "other", domain="credly.com")),
    ], T(txt, cte="7bit")))

w = dt("2023-11-26 01:00:05")
html = html_wrap("""<p>森下 健太 様</p>
<p>先日はケース %s にて AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>今後のサービス向上のため、担当者の対応について簡単なアンケートにご協力をお願いしております(所要時間は1分程度です)。</p>
<table cellpadding="8"><tr><td>今回のサポートにどの程度満足されましたか?</td></tr>
<tr><td>
<a href="https://survey.aws.amazon.com/r/tc?case=%s&amp;s=5">とても満足</a> |
<a href="https://survey.aws.amazon.com/r/tc?case=%s&amp;s=4">満足</a> |
<a href="https://survey.aws.amazon.com/r/tc?case=%s&amp;s=3">どちらでもない</a> |
<a href="https://survey.aws.amazon.com/r/tc?case=%s&amp;s=2">不満</a> |
<a href="https://survey.aws.amazon.com/r/tc?case=%s&amp;s=1">とても不満</a></td></tr></table>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
""" % ((CASE_D,) * 6), "アンケート")
add("survey", False, CASE_D, [],
    "Japanese satisfaction survey for the badge case (HTML only)",
    "'ご協力をお願い' is a request, but a survey; send-only footer",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS トレーニングと認定", "tc-survey-noreply@amazon.com")), ("To", ME_C),
        ("Subject", enc("ケース %s のサポートに関するアンケートのお願い" % CASE_D)),
        ("Date", rfcdate(w)), ("Message-ID", mid("D5")),
    ], H(html, cte="base64")))


# =====================================================================================
# 2024 — misc, console case 17316620581 (exam benefit voucher missing)
# =====================================================================================
w = dt("2024-02-03 09:27:44")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4416, is
available on the AWS web site. Your account will be charged the following:

Total: $3.42

Account ID: 5108 3927 4416

You can see a complete break down of all charges on the Billing & Cost Management page located
at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
"""
add("unrelated", False, None, [],
    "AWS billing statement (personal AWS account)",
    "same sender as console cases (no-reply-aws@amazon.com); 12-digit account id split into groups",
    build(ses_in(ME_P, w) + [
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 510839274416]"),
        ("Date", rfcdate(w)), ("Message-ID", mid("bill", "ses")),
    ], T(txt, cte="7bit")))

w = dt("2024-03-02 04:18:26")
html = html_wrap("""<div style="max-width:600px;margin:auto;border-top:6px solid #ff9900;padding:20px">
<h2>Congratulations on renewing your certification</h2>
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification has been renewed through March 1, 2027.
Your existing badge and certificate remain valid; an updated certificate is available for download.</p>
<p>Candidate ID: AWS03318827</p>
<p>As a recertified AWS Certified individual you keep access to your certification benefits, including a
50% discount on your next exam, available under <i>Benefits</i> in your AWS Certification Account.</p>
<p>Keep building,<br>AWS Certification</p></div>""")
add("certification", False, None, ["AWS03318827"],
    "recertification notice with benefits reminder",
    "mentions a voucher and 'Benefits' like the later console case; HTML only, quoted-printable",
    build(trace_in(ME_C, w, "bounce-2044@certmetrics.com", "certmetrics.com", "198.21.6.44", "mta-44.certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "You've renewed your AWS Certified Developer - Associate certification"),
        ("Date", rfcdate(w)), ("Message-ID", mid("cm2024", "other", domain="certmetrics.com")),
    ], H(html)))

w = dt("2024-04-18 05:02:37")
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorabashi/infra-modules/pull/482#event-12498811034
You are receiving this because you authored the thread.
"""
html = html_wrap("""<p>Merged <a href="https://github.com/sorabashi/infra-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/sorabashi/infra-modules/pull/482#event-12498811034">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
add("unrelated", False, None, [],
    "GitHub notification: pull request merged",
    "'Merged … into main' and 'Reply to this email directly'",
    build(trace_in(ME_P, w, "noreply@github.com", "github.com", "192.30.252.201", "out-18.smtp.github.com", p="REJECT") + [
        ("From", addr("Yuto Hayashi", "notifications@github.com")), ("Reply-To", addr("sorabashi/infra-modules", "reply+ACX3LZ7Q4NH@reply.github.com")),
        ("To", addr("sorabashi/infra-modules", "infra-modules@noreply.github.com")), ("Cc", "Kenta Morishita <kenta.morishita.k@gmail.com>, Author <author@noreply.github.com>"),
        ("Subject", "Re: [sorabashi/infra-modules] Merge account-baseline VPC module into main (PR #482)"),
        ("Date", rfcdate(w)), ("Message-ID", "<sorabashi/infra-modules/pull/482/issue_event/12498811034@github.com>"),
        ("In-Reply-To", "<sorabashi/infra-modules/pull/482@github.com>"), ("References", "<sorabashi/infra-modules/pull/482@github.com>"),
        ("List-ID", "sorabashi/infra-modules <infra-modules.sorabashi.github.com>"),
        ("X-GitHub-Reason", "author"),
    ], ALT(T(txt, cte="7bit"), H(html, cte="7bit"))))

w = dt("2024-06-05 12:44:03")
txt = """AWS Skill Builder

Thank you for your purchase!

Order number: SB-2024-06-0931187
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00 (tax included)
Billing period: June 5, 2024 - July 4, 2024
Payment method: Visa ending in 0452

Your subscription renews automatically each month. You can cancel at any time from
Account > Subscription on https://skillbuilder.aws

Questions about your order? Contact us through https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
add("unrelated", False, None, [],
    "Skill Builder subscription receipt",
    "from AWS Training and Certification, links to the T&C contact form, but only a receipt",
    build(trace_in(ME_P, w, "bounce@aws.training", "aws.training", "54.240.11.80", "a11-80.smtp-out.amazonses.com") + [
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
        ("Subject", "Your AWS Skill Builder receipt (Order SB-2024-06-0931187)"),
        ("Date", rfcdate(w)), ("Message-ID", mid("sb", "ses")),
    ], T(txt)))

w = dt("2024-08-20 15:30:12")
txt = """Hello Kenta,

We're following up on your support case #00412987 "Agent drops metrics after upgrade to 7.52".

We haven't heard back from you since our last message on August 13. As we assume the issue has
been resolved, this case has now been closed. If the problem persists, simply reply to this
email within 14 days and the case will be reopened automatically.

Best,
Nimbus Monitoring Support
https://help.nimbusmon.io

ref:_00D5g0XkLd._5004Q2mR9Tz:ref
"""
add("unrelated", False, None, [],
    "another vendor's support case closed for no reply",
    "closing-notice wording ('haven't heard back', 'reply to reopen') from a non-AWS vendor; Salesforce ref token",
    build(trace_in(ME_C, w, "support=nimbusmon.io@sfdc.net", "nimbusmon.io", "13.110.74.208", "smtp14-ia4-sp3.mta.salesforce.com") + [
        ("From", addr("Nimbus Monitoring Support", "support@nimbusmon.io")), ("To", ME_C),
        ("Subject", "[Case #00412987] Your case has been closed"), ("Date", rfcdate(w)),
        ("Message-ID", mid("nimbus", "other", domain="sfdc.net")),
    ], T(txt, cte="7bit")))

CASE_C = "17316620581"
SUBJ_C = "Exam benefit voucher missing after recertification"
CONSOLE = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
CFOOT = """
To see the details of this case or to add a reply, sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.
""" % CONSOLE

w = dt("2024-11-15 09:14:31")
ack_c = """Dear Amazon Web Services customer,

Thank you for contacting AWS Support. A case has been created for you. The details are below.

Case ID: %s
Subject: %s
Severity: General guidance
Account: [AWS ID 510839274416]
Correspondence: After renewing AWS Certified Developer - Associate in March 2024, the 50%% exam
discount that used to be on my Benefits page disappeared. I would like to use it before the end
of the year.

We will get back to you as soon as possible. You can follow the case or add information in the
Support Center.
%s""" % (CASE_C, SUBJ_C, CFOOT)
add("acknowledgement", False, CASE_C, [],
    "console case opened (benefit voucher missing)",
    "no-reply console sender; 12-digit account id next to the case id; footer tells you how to add information",
    build(ses_in(ME_P, w) + [
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: " + CASE_C), ("Date", rfcdate(w)),
        ("Message-ID", mid("C1")),
    ], T(ack_c, cte="7bit")))

w = dt("2024-11-15 22:06:50")
req_c = """Hello,

My name is Stefan and I'll be assisting with your case today.

Certification benefits are attached to the certification account (CertMetrics profile) on which
the exam was taken, not to the AWS account this case was opened from. That is why I can't see
your vouchers from here.

To look into this I will need the candidate ID of the certification account (it starts with AWS
followed by eight digits) and the email address registered on it. A screenshot of your Benefits
page would also help.

Please add these details to the case through the Support Center link below; replies sent to
this email address are not received by our team.

Best regards,

Stefan P.
Amazon Web Services

Your opinion matters to us. Tell us how we did by rating this reply with the stars at the top
right of each correspondence in the AWS Support Center.
"""
add("info_request", True, CASE_C, [],
    "console case: support asks for candidate id, registered address and a screenshot, via the Support Center",
    "request must be answered in the console, not by e-mail; rating footer; 'I will need' rather than a question",
    build(ses_in(ME_P, w) + [
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, SUBJ_C)), ("Date", rfcdate(w)),
        ("Message-ID", mid("C2")),
    ], T(req_c + CFOOT, cte="quoted-printable")))

w = dt("2024-11-16 08:41:15", 9)
rep_c = """Hi Stefan,

Thanks for looking into this. The candidate ID is AWS03318827 and the registered email is
%s (my work address). I'll attach the screenshot as soon as I can.

Kenta
""" % ME_C
body = rep_c + "\n" + gq(req_c + CFOOT, "Amazon Web Services <no-reply-aws@amazon.com>", dt("2024-11-16 07:06", 9))
add("user_reply", False, CASE_C, ["AWS03318827"],
    "owner answers the console case by e-mail (to the no-reply address)",
    "owner's answer goes to an address that cannot receive mail; Gmail multipart with quote",
    build([
        ("From", addr(ME_NAME, ME_P)), ("To", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_C, SUBJ_C)), ("Date", rfcdate(w)),
        ("Message-ID", mid("C3", "gmail")), ("In-Reply-To", MID["C2"]), ("References", MID["C2"]),
    ], ALT(T(body, cte="quoted-printable"), H('<div dir="ltr">' + p2html(rep_c) + "</div><br>" + quote_html(req_c)))))

w = dt("2024-11-15 23:41:19")
human = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found,
or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept
incoming mail
"""
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (rfcdate(w), rfcdate(w))
orig_h = """Return-Path: <%s>
From: %s
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
Date: %s
Message-ID: %s
In-Reply-To: %s
MIME-Version: 1.0
""" % (ME_P, addr(ME_NAME, ME_P), CASE_C, SUBJ_C, rfcdate(dt("2024-11-16 08:41:15", 9)), MID["C3"], MID["C2"])
add("unrelated", False, CASE_C, [],
    "bounce of the owner's e-mail answer to the console case",
    "delivery failure quoting the case subject; the owner does still owe support an answer (through the console), but the bounce itself asks nothing",
    build([
        ("Delivered-To", ME_P),
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
        ("Subject", "Delivery Status Notification (Failure)"), ("Date", rfcdate(w)),
        ("Message-ID", mid("C3b", "other", domain="mx.google.com")),
        ("References", MID["C3"]), ("In-Reply-To", MID["C3"]),
        ("X-Failed-Recipients", "no-reply-aws@amazon.com"), ("Auto-Submitted", "auto-replied"),
    ], Part(mtype="multipart", subtype="report", extra=["report-type=delivery-status"], parts=[
        T(human, cte="7bit"),
        Part(raw=dsn.encode(), mtype="message", subtype="delivery-status", cte="7bit"),
        Part(raw=orig_h.encode(), mtype="text", subtype="rfc822-headers", cte="7bit"),
    ])))

w = dt("2024-11-19 10:02:44", 9)
txt = """森下さん

お疲れさまです。田中です。
先日の勉強会ではありがとうございました。

ひとつ教えてほしいのですが、認定の再認定をしたあとの「50%割引」の特典って、
認定アカウントのどの画面で確認できるんでしたっけ?
森下さんが最近サポートに問い合わせていたと聞いたので、分かれば教えてもらえると助かります。

急ぎではないので、時間があるときで大丈夫です。
よろしくお願いします。

田中 美咲
"""
add("unrelated", False, None, [],
    "colleague asks the owner where to find the 50% voucher",
    "a real question to the owner about certification benefits and support, but not from support",
    build(trace_in(ME_C, w, "m-tanaka@sorabashi-tech.co.jp", "sorabashi-tech.co.jp", "52.101.229.12", "TY3P286CU002.outbound.protection.outlook.com") + [
        ("From", addr("田中 美咲", "m-tanaka@sorabashi-tech.co.jp")), ("To", addr(ME_NAME_JA, ME_C)),
        ("Subject", enc("認定の特典について教えてください")), ("Date", rfcdate(w)),
        ("Message-ID", mid("tanaka1", "outlook")), ("Content-Language", "ja-JP"),
    ], T(txt, cte="base64")))

w = dt("2024-11-19 22:15:08")
txt = """Hello,

We're checking in on case %s, "%s".

On November 15 we asked for the candidate ID and registered e-mail address of your certification
account, and so far nothing has been added to the case. Without these details we are unable to
continue the investigation.

If we do not hear from you, this case will be resolved automatically in three days. Add your reply
in the Support Center before then to keep it open. After a case has been resolved for 14 days it
can no longer be reopened, and a new case would be needed.

Best regards,

Amazon Web Services
%s""" % (CASE_C, SUBJ_C, CFOOT)
add("closing_notice", True, CASE_C, [],
    "console case: will auto-resolve in three days without an answer",
    "the owner did answer, but by e-mail that bounced; the reply has to go through the console",
    build(ses_in(ME_P, w) + [
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, SUBJ_C)), ("Date", rfcdate(w)),
        ("Message-ID", mid("C4")),
    ], T(txt, cte="7bit")))

w = dt("2024-11-21 03:38:57")
txt = """Hello Kenta,

Thank you for adding the details and the screenshot in the Support Center.

I checked certification account AWS03318827. The 50%% discount from your March renewal had been
issued with an expiry date in the past because of an error during recertification. I have
re-issued it; it now shows under Benefits with an expiry date of November 20, 2025.

Since this resolves the issue you raised, I'm resolving the case. If something still does not look
right, you can reopen it from the Support Center within 14 days.

Best regards,

Stefan P.
Amazon Web Services

Your opinion matters to us. Tell us how we did by rating this reply with the stars at the top
right of each correspondence in the AWS Support Center.
%s""" % CFOOT
add("resolved", False, CASE_C, ["AWS03318827"],
    "console case: voucher re-issued, case resolved",
    "rating footer (looks like a survey) and 'you can reopen' (conditional)",
    build(ses_in(ME_P, w) + [
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, SUBJ_C)), ("Date", rfcdate(w)),
        ("Message-ID", mid("C5")),
    ], T(txt, cte="quoted-printable")))

w = dt("2024-11-22 16:05:40")
txt = """Hello,

Your recent AWS Support case has been resolved:

  Case ID: %s
  Subject: %s

How satisfied were you with the support you received? Answering takes less than a minute:
https://survey.aws.amazon.com/support/csat?displayId=%s

Thank you for helping us improve AWS Support.

Amazon Web Services
This survey link is personal. Please do not forward this e-mail.
""" % (CASE_C, SUBJ_C, CASE_C)
add("survey", False, CASE_C, [],
    "console case satisfaction survey",
    "says the case 'has been resolved' (resolved-like) but its purpose is the survey",
    build(ses_in(ME_P, w) + [
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", ME_P),
        ("Subject", "How did we do? AWS Support case %s" % CASE_C), ("Date", rfcdate(w)),
        ("Message-ID", mid("C6")),
    ], T(txt, cte="7bit")))

w = dt("2024-11-26 18:00:02")
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0f1b2d;padding:30px;color:#fff"><h1 style="margin:0">re:Invent 2024 is one week away</h1>
<p>Dec 2 &ndash; 6, Las Vegas &amp; online</p></td></tr>
<tr><td style="padding:24px">
<p>Hi Kenta,</p>
<p>Can't make it to Las Vegas? Watch the keynotes live and catch up on 2,000+ sessions on demand.
Certified attendees: don't miss the AWS Certification Lounge if you're on site.</p>
<p><a href="https://reinvent.awsevents.com/on-demand/?trk=em_2411_ri24" style="background:#ff9900;padding:10px 20px;color:#000;text-decoration:none">Register for the livestream</a></p>
<p>Questions? Reply to this email and our events team will get back to you.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109.
<a href="https://pages.awscloud.com/unsubscribe?e=kenta.morishita.k%40gmail.com">Unsubscribe</a></td></tr></table>""")
add("unrelated", False, None, [],
    "AWS marketing: re:Invent livestream",
    "AWS sender, 'Certification' mention, invitation to reply",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS Events", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
        ("Subject", "Kenta, re:Invent starts in a week - join from anywhere"), ("Date", rfcdate(w)),
        ("Message-ID", mid("mkt1")), ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=kenta.morishita.k%40gmail.com>"),
        ("Precedence", "bulk"),
    ], ALT(T("re:Invent 2024 is one week away. Register for the livestream: https://reinvent.awsevents.com/on-demand/\n\nQuestions? Reply to this email and our events team will get back to you.\n", cte="7bit"), H(html))))


# =====================================================================================
# 2025 — Educate case (other program), phishing, case 174153207700215 (missing exam result)
# =====================================================================================
CASE_EDU = "173690458100771"
w = dt("2025-01-15 07:52:13")
txt = """Hello Kenta,

Thank you for contacting AWS Educate. I'm sorry to hear that you are unable to sign in.

Your AWS Educate account was created in 2019 with a university address that is no longer
active. To move the account to a new address, we need to confirm that you are its owner. Could
you reply with the name of the institution, the approximate year you joined, and the new email
address you would like to use?

Once we have this, we'll update the account within 2 business days.

Regards,
Ana
AWS Educate Support
"""
add("unrelated", False, CASE_EDU, [],
    "AWS Educate form case asking questions",
    "same '[CASE n] [... Form Submission]' shape and a direct question, but a different AWS program (not Training and Certification)",
    build(ses_in(ME_P, w) + [
        ("From", "aws-cs-educate-form@amazon.com"), ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
        ("Date", rfcdate(w)), ("Message-ID", mid("edu")),
    ], T(txt, cte="7bit")))

w = dt("2025-02-10 13:26:51")
html = html_wrap("""<div style="max-width:560px;margin:auto;font-family:Helvetica">
<img src="https://credly-badges.net/static/credly-logo.png" width="110" alt="Credly">
<h2>Action required: verify your badge wallet</h2>
<p>Dear Earner,</p>
<p>Due to an update of the Amazon Web Services Training and Certification issuer policy, all AWS badges
must be re-verified by <b>February 14, 2025</b>. Unverified badges will be revoked and removed from your public profile.</p>
<p><a href="https://credly-badges.net/verify/login?u=k-morishita%40sorabashi-tech.co.jp" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Verify my badges</a></p>
<p>You will need to sign in with your AWS Builder ID e-mail and password.</p>
<p>The Credly Team</p></div>""")
add("suspicious", False, None, [],
    "badge-revocation phishing from a Credly lookalike domain",
    "credly-badges.net passes its own SPF/DKIM/DMARC; asks for Builder ID credentials; urgent deadline",
    build(trace_in(ME_C, w, "mailer@credly-badges.net", "credly-badges.net", "185.213.174.19", "mail.credly-badges.net", p="NONE") + [
        ("From", addr("Credly", "no-reply@credly-badges.net")), ("To", ME_C),
        ("Subject", "Action required: your AWS badges will be revoked"), ("Date", rfcdate(w)),
        ("Message-ID", mid("ph1", "other", domain="credly-badges.net")),
    ], H(html)))

CASE_F = "174153207700215"
SUBJ_F = "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_F
w = dt("2025-03-09 14:55:02")
ack_f_txt = """森下 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下のとおりケースを作成いたしました。

ケース ID: %s

通常24時間以内に担当者よりご連絡いたしますが、調査内容によっては追加でお時間を頂戴する場合がございます。
本件について新たなお問い合わせを作成する必要はございません。

お問い合わせの詳細:
  メールアドレス: %s
  お問い合わせタイプ: 認定
  その他の詳細: 試験結果
  内容: 3月1日に Pearson VUE で AWS Certified Security - Specialty を受験しましたが、
        5営業日を過ぎても認定アカウントに結果が表示されません。

AWS トレーニングと認定
""" % (CASE_F, ME_P)
ack_f_html = html_wrap("<p>" + ack_f_txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
add("acknowledgement", False, CASE_F, [],
    "Japanese acknowledgement (UTF-8 base64, multipart) of the missing-result case",
    "15-digit case id; '新たなお問い合わせを作成する必要はございません' is a negative instruction",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_F), ("Date", rfcdate(w)),
        ("Message-ID", mid("F1")),
    ], ALT(T(ack_f_txt, cte="base64"), H(ack_f_html, cte="base64")), crlf=True))

w = dt("2025-03-10 04:20:37")
req_f = """Hello Kenta,

Thanks for reaching out about your Security - Specialty result.

I looked up the certification profile linked to that exam appointment, and it is registered to
a different e-mail address than the one this case came from. For privacy reasons we can only
discuss exam records with the address that is on file for the certification account.

We'll need you to send your request from the e-mail address registered on that certification
account; once we hear from it, I can check the status of your result with our exam delivery team.

Kind regards,
Marisol
AWS Training and Certification Customer Support
"""
add("info_request", True, CASE_F, [],
    "support asks the owner to write again from the address on file",
    "no question mark and no 'please': 'We'll need you to send your request from…'",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", "RE: " + SUBJ_F), ("Date", rfcdate(w)),
        ("Message-ID", mid("F2")), ("In-Reply-To", MID["F1"]), ("References", MID["F1"]),
    ], T(req_f, cte="quoted-printable"), crlf=True))

w = dt("2025-03-10 14:12:40", 9)
rep_f = """Hello Marisol,

As requested, I'm writing from the address registered on my certification account.

Candidate ID: AWS03318827
Exam: AWS Certified Security - Specialty (SCS-C02)
Exam date: March 1, 2025, Pearson VUE test center (Tokyo)

The earlier message came from my personal address, %s, which is also mine.
Could you check why the result has not appeared yet?

Best regards,
Kenta Morishita
Sorabashi Technologies, Inc.
""" % ME_P
body = rep_f + "\n" + oq(req_f, TC_FORM, ME_P, dt("2025-03-10 13:20", 9), "RE: " + SUBJ_F)
add("user_reply", False, CASE_F, ["AWS03318827"],
    "owner writes from the company address as asked (Outlook)",
    "owner's own question ('Could you check…'); no In-Reply-To (the company mailbox never got the thread), subject token only",
    build([
        ("From", addr(ME_NAME, ME_C)), ("To", TC_FORM), ("Cc", ME_P),
        ("Subject", "RE: " + SUBJ_F), ("Thread-Topic", "RE: " + SUBJ_F[:60]),
        ("Date", rfcdate(w)), ("Message-ID", mid("F3", "outlook")),
        ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0"),
    ], ALT(T(body), H(html_wrap(p2html(rep_f) + "<hr>" + quote_html(req_f)))), crlf=True))

w = dt("2025-03-11 02:03:55")
txt = """Hi Kenta,

Thank you for confirming from the registered address.

I've checked with our exam delivery team: your SCS-C02 session on March 1 was received, but the
result is held in their review queue together with several other sessions from the same test
center that day. I've escalated your case to them, and they usually respond within 3 to 5
business days.

There's nothing you need to do at the moment. I'll write again as soon as I have news.

Kind regards,
Marisol
AWS Training and Certification Customer Support
"""
add("case_update", False, CASE_F, [],
    "escalated to the exam delivery team; no action needed",
    "'There's nothing you need to do'; progress without resolution",
    build(ses_in(ME_C, w) + [
        ("From", TC_FORM), ("To", ME_C), ("Cc", ME_P), ("Subject", "RE: " + SUBJ_F), ("Date", rfcdate(w)),
        ("Message-ID", mid("F4")), ("In-Reply-To", MID["F3"]), ("References", MID["F2"] + " " + MID["F3"]),
    ], T(txt, cte="7bit")))

w = dt("2025-03-12 06:44:12")
txt = """Dear Candidate,

Your recent AWS Certification exam result has been placed ON HOLD by our security team because
the identity documents presented at check-in could not be matched.

To release your score, upload a photo of your passport and confirm your Pearson VUE web account
password within 48 hours:

  https://pearsonvue-score.com/aws/release?ref=SCS-C02

If we do not receive your documents, your exam will be invalidated and the fee will not be
refunded.

Pearson VUE Candidate Services
"""
add("suspicious", False, None, [],
    "exam-result-on-hold phishing from a Pearson VUE lookalike",
    "arrives during the real missing-result case and matches its topic; SPF softfail, DMARC none",
    build(trace_in(ME_C, w, "noreply@pearsonvue-score.com", "pearsonvue-score.com", "45.147.229.31", "vps-31.hostsrv.example", spf="softfail", dkim="none", dmarc="none", p="NONE") + [
        ("From", addr("Pearson VUE Candidate Services", "candidate-services@pearsonvue-score.com")), ("To", ME_C),
        ("Subject", "Your AWS exam result is on hold - identity verification required"), ("Date", rfcdate(w)),
        ("Message-ID", mid("ph2", "other", domain="pearsonvue-score.com")),
    ], T(txt, cte="7bit")))

w = dt("2025-03-14 08:30:20")
req_f2 = """森下 様

いつもお世話になっております。AWS トレーニングと認定サポートの中村と申します。
Marisol より本件を引き継ぎました。

試験運営チームより、3月1日の受験について確認したい点があるとの連絡がございました。
同日の同会場では、一部の受験で試験中の記録データの送信が遅延していたとのことです。

つきましては、受験当日、試験中または試験終了後に、画面がフリーズした・試験監督から
再起動を案内されたなど、通常と異なる出来事がございましたでしょうか。
また、Pearson VUE の登録番号(9桁)がお手元にございましたら、あわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, CASE_F, [],
    "Japanese follow-up (ISO-2022-JP) asking what happened on exam day and for the registration number",
    "the ask is an indirect question (〜ございましたでしょうか) plus 〜お知らせいただけますと幸いです; agent hand-over",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", "RE: " + SUBJ_F), ("Date", rfcdate(w)), ("Message-ID", mid("F5")),
        ("In-Reply-To", MID["F4"]), ("References", " ".join([MID["F2"], MID["F3"], MID["F4"]])),
    ], T(req_f2, charset="iso-2022-jp", cte="7bit")))

w = dt("2025-03-19 05:10:48")
txt = """Hello Kenta,

I am following up on case %s.

On March 14 my colleague asked about your exam day and your Pearson VUE registration number. We
have not received a reply yet, and the exam delivery team cannot complete their review without it.

If we don't hear from you by March 22, we will close this case. A reply to this e-mail at any
time will keep it open (or reopen it, if it has already been closed).

Kind regards,
Owen
AWS Training and Certification Customer Support

""" % CASE_F
body = txt + gq(req_f2, addr("AWS Training and Certification", TC_FORM), dt("2025-03-14 17:30", 9), ja=True)
add("closing_notice", True, CASE_F, [],
    "case will be closed on March 22 without an answer (English over the quoted Japanese request)",
    "mixed-language body: English notice above a quoted Japanese request; UTF-8 quoted-printable",
    build(ses_in(ME_C, w) + [
        ("From", TC_FORM), ("To", ME_C), ("Subject", "RE: " + SUBJ_F), ("Date", rfcdate(w)),
        ("Message-ID", mid("F6")), ("In-Reply-To", MID["F5"]),
        ("References", " ".join([MID["F3"], MID["F4"], MID["F5"]])),
    ], T(body)))

w = dt("2025-03-19 19:48:03", 9)
rep_f2 = """中村様

ご連絡が遅くなり申し訳ございません。森下です。

当日の件ですが、試験の途中(残り40分ほどのところ)で画面が一度固まり、試験監督の方の
案内でPCを再起動してから再開しました。それ以外は特に問題ありませんでした。

Pearson VUE の登録番号は 471920385 です。

ご確認のほど、よろしくお願いいたします。

森下 健太
"""
body = rep_f2 + "\n" + gq(txt, "aws-cs-trainingcertification-form@amazon.com", dt("2025-03-19 14:10", 9), ja=True)
add("user_reply", False, CASE_F, [],
    "owner answers in Japanese after the closing notice",
    "owner's Japanese reply ending in ご確認のほどよろしくお願いいたします; 9-digit registration number",
    build([
        ("From", addr(ME_NAME_JA, ME_C)), ("To", TC_FORM),
        ("Subject", "RE: " + SUBJ_F), ("Date", rfcdate(w)), ("Message-ID", mid("F7", "outlook")),
        ("In-Reply-To", MID["F6"]), ("References", " ".join([MID["F4"], MID["F5"], MID["F6"]])),
        ("Content-Language", "ja-JP"), ("X-Mailer", "Microsoft Outlook 16.0"),
    ], T(body, cte="base64")))

w = dt("2025-03-21 02:27:31")
res_f = """Hello Kenta,

Good news: the exam delivery team recovered the full session log for your March 1 appointment
(registration 471920385) and your result has been scored. The AWS Certified Security - Specialty
result is now visible in your certification account, and the certificate and badge will follow
within a day.

Your case is resolved, and no further action is needed from you. Thank you for your patience
while the exam delivery team completed their review.

Kind regards,
Owen
AWS Training and Certification Customer Support
"""
html = html_wrap(p2html(res_f) + '<br><div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                 + p2html(rep_f2) + "<hr>" + p2html(req_f2) + "</div>")
add("resolved", False, CASE_F, [],
    "missing exam result recovered and posted",
    "HTML part quotes the Japanese request (questions) under the resolution",
    build(ses_in(ME_C, w) + [
        ("From", TC_FORM), ("To", ME_C), ("Subject", "RE: " + SUBJ_F), ("Date", rfcdate(w)),
        ("Message-ID", mid("F8")), ("In-Reply-To", MID["F7"]),
        ("References", " ".join([MID["F5"], MID["F6"], MID["F7"]])),
    ], ALT(T(res_f, cte="7bit"), H(html))))

w = dt("2025-03-21 09:02:16")
html = html_wrap("""<div style="max-width:600px;margin:auto">
<h2 style="color:#232f3e">Congratulations, Kenta - you're AWS Certified Security - Specialty!</h2>
<p>Your hard work paid off. Here are your details:</p>
<ul><li>Candidate ID: AWS03318827</li><li>Certification date: March 1, 2025</li><li>Valid through: March 1, 2028</li></ul>
<p>What's next? Download your certificate, check your 50% exam discount under Benefits, and
claim your Credly badge when it arrives.</p>
<p>AWS Training and Certification</p></div>""")
add("certification", False, None, ["AWS03318827"],
    "certification earned notice after the fixed result",
    "arrives the same day as the case resolution and talks about the same exam",
    build(trace_in(ME_C, w, "bounce-3302@certmetrics.com", "certmetrics.com", "198.21.6.46", "mta-46.certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "You are now AWS Certified Security - Specialty"), ("Date", rfcdate(w)),
        ("Message-ID", mid("cm2025", "other", domain="certmetrics.com")),
    ], H(html)))

w = dt("2025-04-07 08:00:00", 9)
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  週刊クラウド通信  2025年4月7日号  No.412
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週のトピック
・転職前にやっておきたい「AWS 認定アカウントの統合」チェックリスト
・Amazon Bedrock の新モデル提供開始(東京リージョン)
・re:Inforce 2025 の登録が始まりました

■読者アンケートのお願い
本メールマガジンの改善のため、アンケートへのご協力をお願いします。
回答はこちら → https://cloud-tsushin.jp/enquete/2025q2

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
配信停止: https://cloud-tsushin.jp/unsubscribe
発行: クラウド通信編集部
"""
add("unrelated", False, None, [],
    "Japanese tech newsletter (ISO-2022-JP) with an article on account merges and a reader survey",
    "merge vocabulary and a survey request in a newsletter",
    build(trace_in(ME_P, w, "mag@cloud-tsushin.jp", "cloud-tsushin.jp", "202.214.88.3", "mail.cloud-tsushin.jp", p="NONE") + [
        ("From", addr("週刊クラウド通信", "mag@cloud-tsushin.jp", "iso-2022-jp")), ("To", ME_P),
        ("Subject", enc("【週刊クラウド通信】転職前の認定アカウント統合チェックリスト ほか", "iso-2022-jp")),
        ("Date", rfcdate(w)), ("Message-ID", mid("mag", "other", domain="cloud-tsushin.jp")),
        ("List-Unsubscribe", "<https://cloud-tsushin.jp/unsubscribe>"),
    ], T(txt, charset="iso-2022-jp", cte="7bit")))

w = dt("2025-05-13 12:31:09")
txt = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    604271

This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore
this e-mail.

Amazon Web Services
"""
add("unrelated", False, None, [],
    "Builder ID one-time code",
    "six-digit code; 'enter this verification code' is an instruction but not a case",
    build(trace_in(ME_P, w, ses_id() + "@signin.aws", "signin.aws", "54.240.48.12", "a48-12.smtp-out.amazonses.com") + [
        ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"), ("Date", rfcdate(w)),
        ("Message-ID", mid("otp")),
    ], ALT(T(txt, cte="7bit"), H(html_wrap(p2html(txt)), cte="7bit"))))

w = dt("2025-05-13 21:55:37", 9)
txt = """自分用メモ(退職前に控え)

旧 認定アカウント(会社): AWS03318827  / %s
新 認定アカウント(個人): AWS10477265  / %s  ← 5/13 作成

保有資格:
- Solutions Architect - Professional (2023-11-18, 〜2026-11)
- Developer - Associate (再認定 2024-03, 〜2027-03)
- Security - Specialty (2025-03-01, 〜2028-03)
特典: 50%%割引バウチャー 1件(2025-11-20 まで)

TODO:
- フォームからマージ申請(マージ先=個人)
- 最終出社日 5/30 までに完了させる
- 証明書PDFはダウンロード済み
""" % (ME_C, ME_P)
add("user_reply", False, None, ["AWS03318827", "AWS10477265"],
    "owner's note to self, sent from the company address to the personal one",
    "two candidate ids and a TODO list, no case yet; the owner's own note",
    build([
        ("From", addr(ME_NAME_JA, ME_C)), ("To", ME_P),
        ("Subject", enc("メモ: 認定アカウント情報")), ("Date", rfcdate(w)),
        ("Message-ID", mid("note", "outlook")), ("Content-Language", "ja-JP"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], T(txt, cte="quoted-printable")))


# =====================================================================================
# 2025-05 — main merge case 174721935200318 (company -> personal, APN hold)
#           and duplicate case 174730118800842 filed from the company address
# =====================================================================================
CASE_A = "174721935200318"
CASE_B = "174730118800842"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
ACK_TMPL = """Hello,

Thank you for contacting Amazon Web Services Training and Certification. Your request has been
logged as case %s.

Our support team aims to respond within 24 hours. Some requests need extra research, and in that
case our reply may take a little longer.

Please do not submit another request for the same issue - duplicate cases are handled
separately and slow things down. To add information, reply to this e-mail.

Summary of your request:

Contact e-mail: %s
Inquiry type: Certification
Additional details: Account Merge
AWS candidate ID: %s
Message:
%s

Thank you,
AWS Training and Certification
"""
form_a = """Use case: I am leaving Sorabashi Technologies at the end of May and want to keep my
certifications on my personal account.
Addresses used: %s (candidate ID AWS03318827), %s (new account)
Address to keep: %s""" % (ME_C, ME_P, ME_P)
ack_a = ACK_TMPL % (CASE_A, ME_P, "AWS10477265", form_a)
w = dt("2025-05-14 10:42:50")
add("acknowledgement", False, CASE_A, ["AWS10477265", "AWS03318827"],
    "merge case opened from the personal address: acknowledgement (CRLF)",
    "imperatives ('Please do not submit…', 'reply to this e-mail') that ask nothing now; form echo with two candidate ids",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", rfcdate(w)), ("Message-ID", mid("A1")),
    ], T(ack_a, cte="7bit"), crlf=True))

form_b = """I would like to merge my company certification account (AWS03318827) into my personal
account %s. I already sent this request yesterday but did not get any e-mail at this
address, so I'm sending it again.""" % ME_P
ack_b = ACK_TMPL % (CASE_B, ME_C, "AWS03318827", form_b)
w = dt("2025-05-15 09:26:41")
add("acknowledgement", False, CASE_B, ["AWS03318827"],
    "duplicate merge case filed from the company address: acknowledgement",
    "same template as the first case but a second case number; the warning about duplicates is now relevant",
    build(ses_in(ME_C, w) + [
        ("From", TC_FORM), ("To", ME_C), ("Subject", SUBJ_B), ("Date", rfcdate(w)), ("Message-ID", mid("B1")),
    ], T(ack_b, cte="7bit")))

w = dt("2025-05-15 11:52:07")
html = html_wrap("""<p>Hello Kenta,</p>
<p>Thank you for your request. I found the following certification accounts for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS10477265</td><td>AWS03318827</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
</table>
<p>Please confirm both accounts are yours and that you would like Account #2 merged into Account #1.</p>
<p>Regards,<br>Jun<br>AWS Training and Certification Customer Support</p>""" % (ME_P, ME_C, ME_P, ME_C))
add("confirmation_request", True, CASE_B, ["AWS10477265", "AWS03318827"],
    "on the duplicate case, another agent asks the owner to confirm the merge (HTML only)",
    "a genuine confirmation request on a case that is about to be closed as a duplicate; at arrival the owner must answer",
    build(ses_in(ME_C, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", SUBJ_B), ("Date", rfcdate(w)), ("Message-ID", mid("B2")),
        ("In-Reply-To", MID["B1"]), ("References", MID["B1"]),
    ], H(html)))

w = dt("2025-05-15 13:05:44")
hold_a = """Hello Kenta,

Thank you for contacting AWS Training and Certification.

I reviewed the two profiles in your request. The certification account registered to
%s is associated with Sorabashi Technologies, Inc., an AWS Partner Network (APN)
member. Certifications held by partner-associated individuals count toward the partner's
program requirements, so we are not able to move them to another account while the association
is active without the partner's agreement.

I have therefore put your case on hold and asked our partner team to contact the partner's
alliance lead. While they do so, it would help to know whether you are still employed by
Sorabashi Technologies and, if you are leaving, what your last working day will be.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
""" % ME_C
html = html_wrap('<div style="font-family:Calibri,Arial;font-size:11pt">' + p2html(hold_a).replace(
    "I have therefore put your case on hold", "<b>I have therefore put your case on hold</b>") + "</div>")
add("on_hold", True, CASE_A, [],
    "case on hold: the old account belongs to an APN partner; question about employment buried at the end (HTML only)",
    "hold for an outside party, with the ask phrased as 'it would help to know whether…' in the last paragraph",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A2")), ("In-Reply-To", MID["A1"]), ("References", MID["A1"]),
    ], H(html, cte="base64")))

w = dt("2025-05-15 13:31:26")
txt = """Hello Kenta,

Your request in case %s is the same as the one you already opened under case
%s from your personal address. To avoid two teams working on the same merge, I have closed
this case and linked it to case %s, where my colleague will continue.

You don't need to reply to the earlier message on this case; any confirmation will be requested
on case %s.

Regards,
Jun
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_A, CASE_A, CASE_A)
add("case_update", False, CASE_B, [],
    "duplicate case closed and linked to the main case",
    "mentions the other case number three times; withdraws the earlier confirmation request ('You don't need to reply')",
    build(ses_in(ME_C, w) + [
        ("From", TC_FORM), ("To", ME_C), ("Subject", SUBJ_B), ("Date", rfcdate(w)),
        ("Message-ID", mid("B3")), ("In-Reply-To", MID["B2"]), ("References", MID["B1"] + " " + MID["B2"]),
    ], T(txt, cte="quoted-printable")))

w = dt("2025-05-15 22:40:12", 9)
rep_a = """Hi Rahul,

Thanks for explaining. Yes, I'm still employed at Sorabashi Technologies, but my last working
day is May 30, and my company mailbox will be switched off after that. I'd appreciate it if the
merge could be done before then.

Also, sorry: I opened a second case (%s) from my work address by mistake. Please
treat this one as the main one.

Best,
Kenta
""" % CASE_B
body = rep_a + "\n" + gq(hold_a, TC_FORM, dt("2025-05-15 22:05", 9))
add("user_reply", False, CASE_A, [],
    "owner answers the hold question: leaving on May 30 (Gmail, top-posted)",
    "owner writes 'Please treat this one…' and 'I'd appreciate it…' (requests by the owner, not to the owner)",
    build([
        ("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", "Re: " + SUBJ_A),
        ("Date", rfcdate(w)), ("Message-ID", mid("A3", "gmail")),
        ("In-Reply-To", MID["A2"]), ("References", MID["A1"] + " " + MID["A2"]),
    ], ALT(T(body), H('<div dir="ltr">' + p2html(rep_a) + '</div><br><div class="gmail_quote">' + quote_html(hold_a) + "</div>"))))

w = dt("2025-05-16 10:30:55", 9)
txt = """森下さん

お疲れさまです。小林です。

退職の件、手続きありがとうございます。最終日までに1点確認させてください。
森下さんの AWS 認定は会社の APN パートナーアカウントに紐づいていて、パートナーの
認定保有者数の集計に入っています。個人アカウントへ移す予定であれば、その内容と時期を
今週中に共有してもらえますか?アライアンス担当の高橋さんにも伝えておきます。

よろしくお願いします。

小林 誠
クラウド基盤部 部長
"""
add("unrelated", False, None, [],
    "manager asks about moving the APN-linked certifications before the last day",
    "same topic as the hold (APN, transfer) and a direct request, but from a colleague, not support",
    build(trace_in(ME_C, w, "m-kobayashi@sorabashi-tech.co.jp", "sorabashi-tech.co.jp", "52.101.229.14", "TY3P286CU002.outbound.protection.outlook.com") + [
        ("From", addr("小林 誠", "m-kobayashi@sorabashi-tech.co.jp")), ("To", addr(ME_NAME_JA, ME_C)),
        ("Cc", "y-takahashi@sorabashi-tech.co.jp"),
        ("Subject", enc("AWS認定の移行について(確認)")), ("Date", rfcdate(w)),
        ("Message-ID", mid("kob", "outlook")), ("Content-Language", "ja-JP"),
    ], T(txt, cte="quoted-printable")))

w = dt("2025-05-16 02:15:30")
hold2 = """Hi Kenta,

Thanks for the quick answer, and no problem about the second case - my colleague has already
closed it and linked it to this one.

I've passed your last working day on to our partner team so they can work with Sorabashi
Technologies on releasing the association. The case stays on hold until the partner has acted;
there is nothing more you need to send us in the meantime. I'll update you as soon as the hold
can be lifted.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
"""
add("on_hold", False, CASE_A, [],
    "case stays on hold until the partner acts; nothing needed from the owner",
    "pure hold with 'there is nothing more you need to send us'",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A4")), ("In-Reply-To", MID["A3"]),
        ("References", " ".join([MID["A1"], MID["A2"], MID["A3"]])),
    ], T(hold2 + "\n" + gq(rep_a, addr(ME_NAME, ME_P), dt("2025-05-15 22:40", 9)), cte="quoted-printable")))

w = dt("2025-05-19 06:02:18")
txt = """Dear Kenta Morishita,

We are processing the merge of your AWS Certification accounts. Before we can complete it, you
must confirm that you are the owner of both accounts.

Please sign in with your AWS Builder ID below within 24 hours. If you do not confirm, the merge
request will be cancelled and your certifications on the old account may be lost.

  Confirm merge: https://aws-certification-merge.com/confirm?case=174764211900963

Thank you,
AWS Training and Certification Customer Support
"""
html = html_wrap("""<p>Dear Kenta Morishita,</p>
<p>We are processing the merge of your AWS Certification accounts. Before we can complete it, you must
confirm that you are the owner of both accounts.</p>
<p>Please sign in with your AWS Builder ID below within <b>24 hours</b>. If you do not confirm, the merge request
will be cancelled and your certifications on the old account may be lost.</p>
<p><a href="https://aws-certification-merge.com/confirm?case=174764211900963" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Confirm merge</a></p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>""")
add("suspicious", False, None, [],
    "merge-confirmation phishing from a lookalike domain with a case-like subject",
    "looks exactly like a confirmation request (case tag, 'confirm', deadline); sender aws-certification-merge.com passes its own DMARC",
    build(trace_in(ME_P, w, "bounce@aws-certification-merge.com", "aws-certification-merge.com", "91.92.243.77", "mail.aws-certification-merge.com", p="NONE") + [
        ("From", addr("AWS Training and Certification", "support@aws-certification-merge.com")), ("To", ME_P),
        ("Subject", "RE:[CASE 174764211900963] Action needed: confirm your account merge"),
        ("Date", rfcdate(w)), ("Message-ID", mid("ph3", "other", domain="aws-certification-merge.com")),
    ], ALT(T(txt, cte="7bit"), H(html))))

w = dt("2025-05-19 23:50:04")
txt = """Hello Kenta,

Quick update on your case: because the old profile is associated with an AWS Partner Network
member, I have transferred the case to our Partner Certification Operations team. They handle
partner-linked certification profiles and are already in touch with Sorabashi Technologies.

A member of that team will write to you directly from this case once the partner has responded.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
"""
add("case_update", False, CASE_A, [],
    "case transferred to the Partner Certification Operations team",
    "hand-over to another team; no question, no completion",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A5")), ("In-Reply-To", MID["A4"]),
        ("References", " ".join([MID["A1"], MID["A2"], MID["A3"], MID["A4"]])),
    ], T(txt, cte="7bit")))

w = dt("2025-05-20 09:00:00", 9)
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:28px"><h1 style="margin:0">AWS Summit Japan 2025</h1>
<p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr>
<tr><td style="padding:24px">
<p>森下 健太 様</p>
<p>AWS Summit Japan 2025 まであと約1か月となりました。今年は AWS 認定保有者限定の「認定者ラウンジ」を設置いたします。
ご来場の際は、AWS 認定アカウントのデジタルバッジをご提示ください。</p>
<p>セッションの事前登録はお済みでしょうか?人気セッションは満席が予想されますので、お早めのご登録をおすすめします。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2505" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">セッションを登録する</a></p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888">アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
<br><a href="https://pages.awscloud.com/unsubscribe">配信停止</a></td></tr></table>""", "AWS Summit Japan 2025")
add("unrelated", False, None, [],
    "AWS Summit Japan marketing in Japanese (HTML only)",
    "AWS sender, certification badge mention, a question ('お済みでしょうか?') and a conditional reply invitation",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS Summit Japan", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
        ("Subject", enc("【AWS Summit Japan 2025】認定者ラウンジのご案内とセッション事前登録のお願い")),
        ("Date", rfcdate(w)), ("Message-ID", mid("mkt2")), ("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>"),
    ], H(html)))

w = dt("2025-05-22 01:10:33")
txt = """Hello Kenta,

This is Hana from Partner Certification Operations.

Sorabashi Technologies' partner administrator has confirmed your departure date and removed
the association between your certification profile and their partner account, effective today.
The hold on your case has been lifted, and I'm handing it back to the Training and Certification
support team to carry out the merge.

Kind regards,
Hana L.
Partner Certification Operations, AWS Training and Certification
"""
add("case_update", False, CASE_A, [],
    "partner released the association; hold lifted",
    "news that unblocks the case but asks nothing; new agent from another team",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A6")), ("In-Reply-To", MID["A5"]),
        ("References", " ".join([MID["A1"], MID["A3"], MID["A5"]])),
    ], T(txt, cte="7bit")))

w = dt("2025-05-22 03:31:47")
conf_txt = """Hello Kenta,

My name is Tomas and I'll be completing the merge on your case. Now that the partner association
has been released, these are the two certification profiles we found for you:

Account #1
  Candidate ID: AWS10477265
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
  Certifications: none

Account #2
  Candidate ID: AWS03318827
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
  Certifications: Solutions Architect - Professional, Developer - Associate,
                  Security - Specialty

Kindly look over both profiles. Is Account #1 the one you'd like to keep, with the
certifications, exam history and benefits of Account #2 moved into it? After the merge, you will
no longer be able to sign in to Account #2.

Once we have your go-ahead, the merge is usually finished the same day.

Thanks,
Tomas R.
AWS Training and Certification Customer Support
""" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C)
conf_html = html_wrap("""<p>Hello Kenta,</p>
<p>My name is Tom&aacute;s and I'll be completing the merge on your case. Now that the partner association has been
released, these are the two certification profiles we found for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS10477265</td><td>AWS03318827</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certifications</td><td>none</td><td>Solutions Architect &ndash; Professional, Developer &ndash; Associate, Security &ndash; Specialty</td></tr>
</table>
<p>Kindly look over both profiles. Is Account #1 the one you'd like to keep, with the certifications, exam history
and benefits of Account #2 moved into it? After the merge, you will no longer be able to sign in to Account #2.</p>
<p>Once we have your go-ahead, the merge is usually finished the same day.</p>
<p>Thanks,<br>Tom&aacute;s R.<br>AWS Training and Certification Customer Support</p>""" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C))
add("confirmation_request", True, CASE_A, ["AWS10477265", "AWS03318827"],
    "support lists Account #1 / Account #2 and asks whether to keep Account #1 (multipart, table)",
    "'Kindly look over…' + question in the middle; sent to the personal address with the company address in Cc",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P), ("Cc", ME_C),
        ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A7")), ("In-Reply-To", MID["A6"]),
        ("References", " ".join([MID["A1"], MID["A3"], MID["A5"], MID["A6"]])),
    ], ALT(T(conf_txt), H(conf_html))))

w = dt("2025-05-22 17:05:12", 9)
txt = """森下さん

メールありがとうございます。田中です。
誠に恐れ入りますが、5月21日〜5月23日は休暇をいただいております。
5月26日(月)以降、順次ご返信いたします。

お急ぎの場合は、クラウド基盤部 代表アドレス cloud-infra@sorabashi-tech.co.jp までご連絡ください。

田中 美咲
"""
add("unrelated", False, None, [],
    "colleague's out-of-office auto-reply to the owner's farewell mail (ISO-2022-JP)",
    "auto-reply with 'ご返信いたします' and a contact instruction; Auto-Submitted header",
    build(trace_in(ME_C, w, "m-tanaka@sorabashi-tech.co.jp", "sorabashi-tech.co.jp", "52.101.229.12", "TY3P286CU002.outbound.protection.outlook.com") + [
        ("From", addr("田中 美咲", "m-tanaka@sorabashi-tech.co.jp", "iso-2022-jp")), ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
        ("Subject", enc("自動応答: 退職のご挨拶", "iso-2022-jp")), ("Date", rfcdate(w)),
        ("Message-ID", mid("ooo", "outlook")), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ja-JP"),
    ], T(txt, charset="iso-2022-jp", cte="7bit")))

w = dt("2025-05-26 00:20:09")
close_a = """Hello Kenta,

We're following up on the message my colleague sent on May 22 about merging your certification
accounts. We haven't received your confirmation yet, and we can't go ahead with the merge
without it.

If we don't hear back from you within 72 hours, this case will be closed automatically. You can
still reply after that; your reply will reopen the case.

Regards,
Priya S.
AWS Training and Certification Customer Support
"""
body = close_a + "\n" + oq(conf_txt, addr("AWS Training and Certification", TC_FORM), ME_P + "; Cc: " + ME_C,
                           dt("2025-05-22 03:31", 0), SUBJ_A)
add("closing_notice", True, CASE_A, [],
    "no answer to the confirmation request: case will close in 72 hours",
    "candidate ids and the Account #1/#2 question only in the quoted Outlook-style block; the notice itself has no question",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Cc", ME_C), ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A8")), ("In-Reply-To", MID["A7"]),
        ("References", " ".join([MID["A1"], MID["A5"], MID["A6"], MID["A7"]])),
    ], T(body, cte="quoted-printable")))

w = dt("2025-05-26 09:48:40", 9)
rep_a2 = """Hello Priya,

Sorry for the late reply. Confirmed - Account #1 is the one to keep. Please move everything from
Account #2 into it.

Kenta Morishita
"""
body = rep_a2 + "\n" + oq(close_a, TC_FORM, ME_P + "; " + ME_C, dt("2025-05-26 09:20", 9), SUBJ_A)
add("user_reply", False, CASE_A, [],
    "owner confirms the merge, but from the company address (Outlook)",
    "owner's 'Please move everything…' is addressed to support; sent from the address support will not accept",
    build([
        ("From", addr(ME_NAME, ME_C)), ("To", TC_FORM), ("Cc", ME_P),
        ("Subject", "RE: " + SUBJ_A), ("Thread-Topic", SUBJ_A[:70]), ("Date", rfcdate(w)),
        ("Message-ID", mid("A9", "outlook")), ("In-Reply-To", MID["A8"]),
        ("References", " ".join([MID["A6"], MID["A7"], MID["A8"]])),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US"),
    ], T(body), crlf=True))

w = dt("2025-05-26 02:35:58")
ask_a = """Hi Kenta,

Thanks for getting back to us so quickly.

Your confirmation arrived from %s, which is the login of Account #2 - the profile that
will be merged away and that was, until last week, associated with your employer's partner
account. For that reason we can only accept the go-ahead from the address this case was
opened with.

Would you send the same confirmation from %s? As soon as it arrives I'll carry out the
merge.

Regards,
Priya S.
AWS Training and Certification Customer Support
""" % (ME_C, ME_P)
body = ask_a + "\n" + gq(rep_a2, addr(ME_NAME, ME_C), dt("2025-05-26 09:48", 9))
add("info_request", True, CASE_A, [],
    "support will not accept the confirmation from the company address and asks for it from the personal one",
    "asks for a confirmation again, but the thing to do is write from another address (judgement: info_request); quoted 'Confirmed' below",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Cc", ME_C), ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A10")), ("In-Reply-To", MID["A9"]),
        ("References", " ".join([MID["A7"], MID["A8"], MID["A9"]])),
    ], T(body, cte="7bit")))

w = dt("2025-05-26 12:02:25", 9)
rep_a3 = """Hi Priya,

Here it is from my personal address: I confirm that Account #1 (AWS10477265,
%s) should be kept and Account #2 merged into it.

Thanks,
Kenta
""" % ME_P
body = rep_a3 + "\n" + gq(ask_a, TC_FORM, dt("2025-05-26 11:35", 9))
add("user_reply", False, CASE_A, ["AWS10477265"],
    "owner repeats the confirmation from the personal address (Gmail)",
    "owner's own text contains 'I confirm' and the Account #1/#2 wording",
    build([
        ("From", addr(ME_NAME, ME_P)), ("To", TC_FORM),
        ("Subject", "Re: " + SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A11", "gmail")), ("In-Reply-To", MID["A10"]),
        ("References", " ".join([MID["A7"], MID["A8"], MID["A9"], MID["A10"]])),
    ], ALT(T(body), H('<div dir="ltr">' + p2html(rep_a3) + '</div><br><div class="gmail_quote">' + quote_html(ask_a) + "</div>"))))

w = dt("2025-05-26 05:40:19")
done_a = """Hello Kenta,

All done. I've combined your two certification profiles: everything from Account #2
(AWS03318827) is now under Account #1, AWS10477265 (%s). That includes your exam
history, your three active certifications and the 50%% exam discount. Account #2 has been
deactivated.

Credly will re-send your badges to %s, usually within 24 hours; you may need to accept
them again. Your partner profile at Sorabashi Technologies will no longer list these
certifications.

If anything looks wrong when you sign in, just reply to this e-mail and we'll take another look.

Best regards,
Daniel M.
AWS Training and Certification Customer Support
""" % (ME_P, ME_P)
body = done_a + "\n" + gq(rep_a3, addr(ME_NAME, ME_P), dt("2025-05-26 12:02", 9)) + ">\n" + \
    "\n".join(">> " + l if l.strip() else ">>" for l in conf_txt.strip().split("\n")) + "\n"
html = html_wrap(p2html(done_a) + "<br>" + quote_html(rep_a3) + quote_html(conf_txt))
add("resolved", False, CASE_A, ["AWS03318827", "AWS10477265"],
    "merge completed",
    "quotes the confirmation question two levels down; conditional 'If anything looks wrong… reply'",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A), ("Date", rfcdate(w)),
        ("Message-ID", mid("A12")), ("In-Reply-To", MID["A11"]),
        ("References", " ".join([MID["A7"], MID["A10"], MID["A11"]])),
    ], ALT(T(body), H(html))))

w = dt("2025-05-26 06:12:45")
txt = """Kenta, you've been awarded 3 badges!

Amazon Web Services Training and Certification has issued you:
  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate
  - AWS Certified Security - Specialty

Accept your badges: https://www.credly.com/earner/earned?src=issued_email

Credly, Inc. | 1250 Broadway, New York, NY 10001
"""
html = html_wrap("""<div style="text-align:center;max-width:560px;margin:auto">
<h2>Kenta, you've been awarded 3 badges!</h2>
<p>Amazon Web Services Training and Certification has issued you:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b><br><b>AWS Certified Developer &ndash; Associate</b><br><b>AWS Certified Security &ndash; Specialty</b></p>
<p><a href="https://www.credly.com/earner/earned?src=issued_email" style="background:#0072ce;color:#fff;padding:12px 26px;text-decoration:none">Accept badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 1250 Broadway, New York, NY 10001</p></div>""")
add("badge", False, None, [],
    "Credly badges re-issued to the personal address after the merge",
    "arrives half an hour after the merge, same subject family as earlier badge mail",
    build(trace_in(ME_P, w, "bounces+2219@em.credly.com", "credly.com", "167.89.50.12", "o1.em.credly.com", p="REJECT") + [
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Kenta, you've been awarded 3 badges from Amazon Web Services Training and Certification"),
        ("Date", rfcdate(w)), ("Message-ID", mid("cr2025", "other", domain="credly.com")),
    ], ALT(T(txt, cte="7bit"), H(html))))

w = dt("2025-05-27 05:00:41")
txt = """Hello,

Your case %s with AWS Training and Certification was recently resolved.
Would you take a minute to tell us how we did?

  Rate your experience: https://survey.aws.amazon.com/r/tc?case=%s

If you prefer, you can simply reply to this e-mail with your comments.

Thank you,
AWS Training and Certification
""" % (CASE_A, CASE_A)
add("survey", False, CASE_A, [],
    "satisfaction survey for the merge case",
    "a question ('Would you take a minute…') and an optional reply invitation",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS Training and Certification", "tc-survey-noreply@amazon.com")), ("To", ME_P),
        ("Subject", "Tell us about your recent support experience (case %s)" % CASE_A),
        ("Date", rfcdate(w)), ("Message-ID", mid("A13")),
    ], T(txt, cte="7bit")))

w = dt("2025-05-28 01:33:08")
html = html_wrap("""<div style="max-width:600px;margin:auto">
<h3>Your AWS Certification benefits</h3>
<p>Hello Kenta,</p>
<p>Here's a summary of the benefits currently available in your AWS Certification Account (AWS10477265):</p>
<ul><li>50% discount on your next certification exam &ndash; expires November 20, 2025</li>
<li>Free practice exam voucher via AWS Skill Builder</li>
<li>Access to the AWS Certified Global Community</li></ul>
<p>Sign in at <a href="https://www.aws.training/Certification">aws.training/Certification</a> and open <i>Benefits</i> to use them.</p>
<p>AWS Certification</p></div>""")
add("certification", False, None, ["AWS10477265"],
    "benefits summary now showing on the merged personal account",
    "certification-program mail that confirms the merge's effect without being case mail",
    build(trace_in(ME_P, w, "bounce-4410@certmetrics.com", "certmetrics.com", "198.21.6.44", "mta-44.certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", "Your AWS Certification benefits"), ("Date", rfcdate(w)),
        ("Message-ID", mid("cm2025b", "other", domain="certmetrics.com")),
    ], H(html)))

w = dt("2025-06-02 14:19:51")
txt = """Hello Kenta,

Following the recent merge of your AWS Certification accounts, our system flagged your profile
for a routine ownership check. To keep your certifications active, confirm your identity by
replying to this message with your AWS Builder ID email and password, or sign in here:

  https://aws-training-verify.com/certification/ownership

Profiles that are not verified within 48 hours will be suspended.

Regards,
AWS Training and Certification Customer Support
"""
add("suspicious", False, None, [],
    "spoofed mail from the real form address, failing DKIM/SPF/DMARC, asking for the password",
    "From is the genuine aws-cs-trainingcertification-form@amazon.com and it follows the real merge; only Authentication-Results gives it away; demands a reply",
    build(trace_in(ME_P, w, "info@mx-relay-47.net", "mx-relay-47.net", "103.145.13.210", "mx-relay-47.net", spf="fail", dkim="none", dmarc="fail", from_dom="amazon.com") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("Reply-To", "aws-tc-verification@outlook.com"),
        ("To", ME_P), ("Subject", "Ownership check required for your merged AWS Certification account"),
        ("Date", rfcdate(w)), ("Message-ID", mid("ph4", "other", domain="mx-relay-47.net")),
    ], T(txt, cte="7bit")))


# =====================================================================================
# 2025-06 — case 174911264300557: duplicate personal profile with the same address (Japanese)
# =====================================================================================
CASE_H = "174911264300557"
SUBJ_H = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H
w = dt("2025-06-05 08:37:40")
ack_h = """森下 健太 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
ケース %s として承りました。

内容を確認のうえ、通常24時間以内に担当者よりご連絡いたします。
恐れ入りますが、同じ内容で重ねてお問い合わせいただきますと、対応に時間を要する
場合がございますので、追加情報は本メールへのご返信にてお知らせください。

■お問い合わせ内容
連絡先メールアドレス: %s
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS10477265
内容: 統合後に Credly のバッジが一部表示されません。同じメールアドレスで
AWS09921354 という認定アカウントも存在するようです(2022年に誤って作成)。
AWS10477265 に統合していただけますか。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_H, ME_P)
add("acknowledgement", False, CASE_H, ["AWS10477265", "AWS09921354"],
    "Japanese acknowledgement (ISO-2022-JP, CRLF) of a second merge: duplicate profile with the same address",
    "'お知らせください' (conditional, for extra info) and the echoed owner question 'いただけますか'; second merge case after the first was resolved",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")), ("To", ME_P),
        ("Subject", SUBJ_H.replace("RE: ", "")), ("Date", rfcdate(w)), ("Message-ID", mid("H1")),
    ], T(ack_h, charset="iso-2022-jp", cte="7bit"), crlf=True))

w = dt("2025-06-06 02:10:26")
conf_h = """森下 様

AWS トレーニングと認定サポートの山本でございます。
お問い合わせいただいた件について確認いたしましたところ、同一のメールアドレスで
登録された認定アカウントが2件ございました。

【アカウント1】
  候補 ID: AWS10477265
  ログイン用メールアドレス: %s
  トレーニング通知用メールアドレス: %s
  認定通知用メールアドレス: %s
  保有認定: 3件

【アカウント2】
  候補 ID: AWS09921354
  ログイン用メールアドレス: %s(Amazon アカウントでのサインイン)
  トレーニング通知用メールアドレス: %s
  認定通知用メールアドレス: %s
  保有認定: なし

アカウント2の情報をアカウント1へ統合し、今後はアカウント1をご利用いただく形で
よろしいでしょうか。相違がなければ、その旨を本メールへご返信ください。

ご確認のほど、よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
""" % ((ME_P,) * 6)
conf_h_html = html_wrap('<div style="font-family:\'Meiryo\',sans-serif">' + p2html(conf_h) + "</div>")
add("confirmation_request", True, CASE_H, ["AWS10477265", "AWS09921354"],
    "Japanese confirmation request listing アカウント1 / アカウント2 (UTF-8 base64, multipart)",
    "keigo question 〜でよろしいでしょうか followed by 〜ご返信ください and ご確認のほどよろしくお願いいたします",
    build(ses_in(ME_P, w) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_H), ("Date", rfcdate(w)), ("Message-ID", mid("H2")),
        ("In-Reply-To", MID["H1"]), ("References", MID["H1"]),
    ], ALT(T(conf_h, cte="base64"), H(conf_h_html, cte="base64"))))

w = dt("2025-06-06 12:30:02", 9)
rep_h = """山本様

ご確認いただきありがとうございます。
記載の内容で相違ございません。アカウント1(AWS10477265)への統合をお願いいたします。

森下
"""
body = rep_h + "\n" + gq(conf_h, "AWS Training and Certification <%s>" % TC_FORM, dt("2025-06-06 11:10", 9), ja=True)
add("user_reply", False, CASE_H, ["AWS10477265"],
    "owner confirms in Japanese (Gmail, ISO-2022-JP)",
    "owner's confirmation with お願いいたします; the quoted request below still contains the question",
    build([
        ("From", addr(ME_NAME_JA, ME_P, "iso-2022-jp")), ("To", TC_FORM),
        ("Subject", enc("Re: " + SUBJ_H)), ("Date", rfcdate(w)), ("Message-ID", mid("H3", "gmail")),
        ("In-Reply-To", MID["H2"]), ("References", MID["H1"] + " " + MID["H2"]),
    ], T(body, charset="iso-2022-jp", cte="7bit")))

w = dt("2025-06-07 01:15:37")
done_h = """Hello Kenta,

Thank you for confirming. The duplicate profile AWS09921354 has been merged into AWS10477265 and
closed. Your badges should appear in Credly again within a day.

No further action is required from your side.

Best regards,
Yuki T.
AWS Training and Certification Customer Support
"""
body = done_h + "\n" + gq(rep_h, "%s <%s>" % (ME_NAME_JA, ME_P), dt("2025-06-06 12:30", 9))
add("resolved", False, CASE_H, ["AWS09921354", "AWS10477265"],
    "second merge done (English reply to a Japanese thread)",
    "English answer over a quoted Japanese reply; 'No further action is required'",
    build(ses_in(ME_P, w) + [
        ("From", TC_FORM), ("To", ME_P), ("Subject", SUBJ_H), ("Date", rfcdate(w)),
        ("Message-ID", mid("H4")), ("In-Reply-To", MID["H3"]), ("References", " ".join([MID["H1"], MID["H2"], MID["H3"]])),
    ], T(body, cte="quoted-printable")))

w = dt("2025-06-07 02:02:19")
txt = """Your badges are up to date

Hi Kenta,

Amazon Web Services Training and Certification updated the badges in your Credly wallet. You now
have 3 active badges. Your public profile has been refreshed:
https://www.credly.com/users/kenta-morishita.4c1e9b2d

Manage which badges are visible in Settings > Privacy.

Credly, Inc. | 1250 Broadway, New York, NY 10001
"""
add("badge", False, None, [],
    "Credly wallet updated after the second merge",
    "plain Credly notice without an accept link",
    build(trace_in(ME_P, w, "bounces+2219@em.credly.com", "credly.com", "167.89.50.14", "o2.em.credly.com", p="REJECT") + [
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Your Credly badges have been updated"), ("Date", rfcdate(w)),
        ("Message-ID", mid("cr2025b", "other", domain="credly.com")),
    ], T(txt, cte="7bit")))


# =====================================================================================
# output
# =====================================================================================
README_HEAD = """me: %s %s

# Blind corpus 324: AWS Training and Certification support-case mail

Mailbox of Kenta Morishita (森下 健太), who keeps a personal Gmail address and, until his last working
day (2025-05-30), a company address at Sorabashi Technologies, an AWS Partner Network member. Both
addresses arrive in the one mailbox (the company mail was imported/forwarded), and mail he sends from
either is in it too. 69 messages from 2021-03 to 2025-06, in arrival order. `python3 gen.py` writes
them (standard library only; the random parts of Message-IDs and trace headers come from a seeded
generator, so every run writes the same bytes).

## Cases in the set

| case | id format | channel | topic | outcome |
|---|---|---|---|---|
| 8094417362 | 10 digits (2021) | T&C form, company address | misspelt name on certificate | ack -> resolved |
| 14019285637 | 11 digits (2023) | T&C form, Japanese | Credly badge sent to an old alias | ack -> info request (Shift_JIS) -> owner reply -> resolved -> survey |
| 17316620581 | 11 digits (2024) | Support Center console case (no-reply-aws@amazon.com) | 50%% voucher missing after recertification | ack -> info request (answer in console) -> owner e-mails the no-reply address -> bounce -> closing notice -> resolved -> survey |
| 173690458100771 | 15 digits | AWS Educate form (other program) | Educate sign-in | one question from Educate support (unrelated) |
| 174153207700215 | 15 digits | T&C form, started from the personal address | exam result missing | ack -> "write from the registered address" -> owner writes from company -> escalated -> Japanese question -> closing notice -> owner reply -> resolved |
| 174721935200318 | 15 digits | T&C form, personal address | merge company account (APN-linked) into personal | ack -> on hold with buried question -> owner reply -> hold -> transferred -> hold lifted -> confirmation request -> closing notice -> owner confirms from the WRONG address -> "write from the personal address" -> owner confirms -> merged -> badges, survey |
| 174730118800842 | 15 digits | T&C form, company address | duplicate of the merge case | ack -> confirmation request by another agent -> closed as duplicate and linked |
| 174911264300557 | 15 digits | T&C form, Japanese | second merge: duplicate profile with the same address | ack -> Japanese confirmation request -> owner confirms -> merged -> badge |

Candidate IDs: AWS03318827 (old company profile), AWS10477265 (new personal profile), AWS09921354
(accidental duplicate). Numbers that are *not* case ids appear on purpose: 12-digit AWS account id,
9-digit Pearson VUE registration ids, a 6-digit Builder ID code, Credly UUIDs, a Salesforce ref token,
a vendor case "#00412987", and a made-up case number in a phishing subject.

## Labelling decisions (judgement calls)

- **needs_reply** is decided as the owner would at the moment the message arrives ("must I write back
  to support now?"). Later messages do not change an earlier label: the confirmation request on the
  duplicate case (044) is `true` even though support withdraws it two hours later.
- **Hold with a question** (045): kind `on_hold` (the pause is caused by the partner), `needs_reply`
  true because the last paragraph asks whether he still works there and his last day. The later pure
  hold (049, "nothing more you need to send us") is `on_hold`, false.
- **"Send it again from the other address"** (058): support asks for the merge go-ahead again, but the
  action is writing from another address, which the brief lists under `info_request`; labelled
  `info_request`, true. Same for the early request to write from the registered address (030).
- **Console case**: the info request and closing notice are `needs_reply` true although the answer
  must go through the Support Center, not e-mail. The owner's e-mail answer to no-reply-aws is
  `user_reply`; the bounce of that answer is `unrelated`/false but carries the case number (it is about
  that case).
- **Survey-like footers** inside real case messages (console rating stars) do not make them surveys;
  the kind follows the main content. A survey that says "the case has been resolved" is still
  `survey`. The CertMetrics invitation to a program survey (2021) is `certification`, not `survey`
  (it is not about a support case).
- **case field**: the AWS support case the message belongs to, whatever its kind; so the AWS Educate
  case message (other program, `unrelated`) and the console bounce carry their case numbers.
  `null` for other vendors' tickets and for phishing, including the one with a case tag in its
  subject (it belongs to no real case). Duplicate-case mail carries the duplicate's own number even
  when the body names the main case.
- **candidate_ids**: IDs in the message's own text, including the echo of the submitted form in
  acknowledgements (it is part of the message, not quoted history) and IDs in HTML tables; each ID
  once, in order of first appearance; IDs only inside `>` quotes or an "-----Original Message-----"
  block are left out, as are IDs only inside a URL (the 2021 survey link).
- **Owner's mail** of any sort (replies, the note to self) is `user_reply`/false, even when it
  contains questions or "please" addressed to support.
- **Colleague mail** with requests (manager, colleague question, out-of-office) is `unrelated`/false.
- **Phishing** that demands a reply or a click is `suspicious`/false. The 2025-06-02 mail (064) uses the real
  form sender address; only `spf=fail`, `dkim=none`, `dmarc=fail` in Authentication-Results (and a
  foreign Reply-To) show it is forged. Lookalike domains pass their own DMARC.
- The resolved mails (002, 010, 024, 037, 060, 068) are all false. 010, 037, 060 and 068 quote earlier
  requests (questions included) below the resolution; 010, 024 and 060 invite a reply only conditionally
  ("if anything looks wrong…", 〜がございましたら, "you can reopen").

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
""" % (ME_P, ME_C)


def finish():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (meta, what, hard, raw) in enumerate(MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            n, meta["kind"], "yes" if meta["needs_reply"] else "no", meta["case"] or "-",
            what.replace("|", "/"), hard.replace("|", "/")))
    cnt = Counter(m["kind"] for m, *_ in MSGS)
    nr = sum(1 for m, *_ in MSGS if m["needs_reply"])
    summary = "\n## Counts\n\n" + "\n".join("- %s: %d" % (k, cnt[k]) for k in sorted(cnt)) + \
        "\n- total: %d, needs_reply true: %d\n" % (len(MSGS), nr)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n" + summary)
    for k in sorted(cnt):
        print("%-22s %d" % (k, cnt[k]))
    print("%-22s %d (needs_reply: %d)" % ("total", len(MSGS), nr))


if __name__ == "__main__":
    finish()
