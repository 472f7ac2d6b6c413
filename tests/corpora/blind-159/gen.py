#!/usr/bin/env python3
"""Blind held-out corpus: AWS Training and Certification support-case mail
and the unrelated mail around it.

Writes NNN-msg.eml / NNN-msg.json (arrival order) and README.md next to this
script.  Standard library only.  Deterministic: running it twice gives the
same bytes.
"""
import base64
import datetime
import glob
import hashlib
import html as htmlmod
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kaede.tsukamoto88@gmail.com"          # personal address
ME_C = "k.tsukamoto@hoshizora-tech.co.jp"      # company address (closes 16 May)
ME_NAME = "Kaede Tsukamoto"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174601938200517"   # merge, company -> personal, APN hold, reopened later
CASE_B = "174602117400288"   # duplicate of A, closed and linked
CASE_C = "17479020115"       # Support Center (console) case: discount benefit lost in merge
CASE_D = "17486172093"       # Japanese case: misspelt surname on the certification account
CASE_E = "8160337492"        # exam accommodation (ESL +30), must write from registered address
BILLING_CASE = "17479311840" # console case about an AWS bill (not T&C)

CID_OLD = "AWS01938475"      # company certification account
CID_NEW = "AWS04412230"      # personal certification account
CID_UNI = "AWS02277719"      # forgotten university-era account

SUBJ_FORM = "[AWS Training and Certification Form Submission]"


# ----------------------------------------------------------------- helpers
def _h(key, n=40):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def _alnum(key, n):
    raw = base64.b64encode(hashlib.sha512(key.encode()).digest()).decode()
    s = "".join(c for c in raw if c.isalnum())
    while len(s) < n:
        s += s
    return s[:n]


def MID(key):
    """Deterministic Message-ID; the prefix of the key picks the style."""
    style, _, name = key.partition(":")
    h = _h(key)
    if style == "s":   # Amazon SES
        return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:16], h[16:24], h[24:28], h[28:32], h[32:36], h[36:40] + _h(key + "x", 8))
    if style == "c":   # console case mail, also SES but another pool
        return "<0101%s-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
            h[:16], h[16:24], h[24:28], h[28:32], h[32:36], h[36:40] + _h(key + "y", 8))
    if style == "g":   # Gmail
        return "<CA%s@mail.gmail.com>" % _alnum(key, 44).replace("+", "")
    if style == "o":   # Outlook / Exchange Online
        a = _alnum(key, 6).upper()
        return "<TYCPR01MB%s%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            str(int(h[:6], 16) % 10000).zfill(4), a, _h(key + "o", 16).upper(),
            str(int(h[:6], 16) % 10000).zfill(4))
    dom = style
    return "<%s.%s@%s>" % (h[:20], h[20:32], dom)


def T(s, tz="+0000"):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=datetime.timezone(off))


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


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


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt_flowed=False):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    raw = text.encode(codec)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if fmt_flowed:
        ct = "text/%s; charset=\"%s\"; format=flowed; delsp=yes" % (subtype, charset)
    return (["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body)


def multi(subtype, parts, key, extra_ct=""):
    b = "----=_Part_%d_%d.%d" % (int(_h(key, 6), 16) % 900000, int(_h(key + "b", 8), 16),
                                 1700000000000 + int(_h(key + "c", 8), 16) % 99999999)
    if subtype == "alternative" and key.startswith("g:"):
        b = "000000000000" + _h(key + "gb", 16)
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for ph, pb in parts:
        out += ("--%s\n" % b).encode() + "\n".join(ph).encode() + b"\n\n" + pb
    out += ("--%s--\n" % b).encode()
    ct = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, extra_ct)
    return ([ct], out)


def t2h(text, wrap=True):
    """Plain text -> simple HTML body (paragraphs)."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    if not wrap:
        return body
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            + body + "\n</body></html>\n")


def alt(text, html_, key, charset="utf-8", cte_t="quoted-printable", cte_h="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", charset, cte_t),
                                 leaf(html_, "html", charset, cte_h)], key)


def gq(text):
    """Gmail-style '>' quoting."""
    return "\n".join((">" if l.startswith(">") else "> ") + l if l else ">"
                     for l in text.strip("\n").split("\n"))


def auth_headers(to, from_addr, result="pass", ip="54.240.8.30", mailfrom=None):
    dom = from_addr.split("@")[1]
    mf = mailfrom or from_addr
    mfdom = mf.split("@")[1]
    if result == "none":
        return []
    if to.endswith("@gmail.com"):
        if result == "pass":
            v = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                 "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                 "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                 % (dom, _alnum(dom + "sel", 12).lower(), _alnum(mf, 8), mf, ip, mf, dom))
            if dom in ("gmail.com", "github.com", "credly.com", "pearson.com", "google.com",
                       "connpass.com", "amazon.co.jp", "signin.aws", "certmetrics.com",
                       "skillbuilder.aws", "aws.training"):
                v = v.replace("p=QUARANTINE sp=QUARANTINE", "p=REJECT sp=REJECT") if dom in (
                    "gmail.com", "google.com", "github.com") else v
        elif result == "lookalike":
            v = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=default header.b=%s;\n"
                 "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                 "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s"
                 % (dom, _alnum(dom, 8), mf, ip, mf, dom))
        elif result == "fail":
            v = ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
                 "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
                 "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
                 % (dom, _alnum(dom + "sel", 12).lower(), _alnum(mf + "f", 8), mf, ip, mf, dom))
        else:
            raise ValueError(result)
        return [("Authentication-Results", v)]
    # company: Exchange Online
    if result in ("pass", "lookalike"):
        v = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
             " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
             % (ip, mfdom, dom, dom))
    else:
        v = ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
             " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000"
             % (ip, mfdom, dom, dom))
    return [("Authentication-Results", v)]


def received(to, t, ip, host):
    ts = format_datetime(t.astimezone(datetime.timezone.utc))
    if to.endswith("@gmail.com"):
        return [("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
                 "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                 "        %s" % (host, host, ip, _alnum(host + ts, 22).lower() + ".82.2025", to, ts))]
    return [("Received", "from %s (%s) by\n OS3P286MB1733.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1a3::9) with\n"
             " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8699.19; %s"
             % (host, ip, ts))]


MSGS = []


def add(key, t, kind, reply, case, cands, note, headers, part, crlf=False):
    """headers: list of (name, value); part: (ct-header-lines, body-bytes)."""
    lines = []
    for n, v in headers:
        lines.append("%s: %s" % (n, v))
    lines.append("MIME-Version: 1.0")
    lines.extend(part[0])
    data = "\n".join(lines).encode("ascii") + b"\n\n" + part[1]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(key=key, t=t, kind=kind, reply=reply, case=case,
                     cands=list(cands), note=note, data=data))


def inc(key, t, frm, to, subject, *, auth="pass", ip="54.240.8.30",
        host="a8-30.smtp-out.amazonses.com", mailfrom=None, irt=None, refs=None,
        cc=None, reply_to=None, extra=(), subj_cs="utf-8", date_tz=None):
    """Headers of an incoming message. frm = (name, address)."""
    name, fa = frm
    hs = []
    if to.endswith("@gmail.com"):
        hs.append(("Delivered-To", to))
    hs += received(to, t, ip, host)
    hs += auth_headers(to, fa, auth, ip, mailfrom)
    hs.append(("Return-Path", "<%s>" % (mailfrom or fa)))
    hs.append(("From", addr(name, fa, subj_cs)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", hdr(subject, subj_cs)))
    d = t if date_tz is None else t.astimezone(date_tz)
    hs.append(("Date", format_datetime(d)))
    hs.append(("Message-ID", MID(key)))
    if irt:
        hs.append(("In-Reply-To", MID(irt)))
    if refs:
        hs.append(("References", "\n ".join(MID(r) for r in refs)))
    hs += list(extra)
    return hs


def sent(key, t, frm, to, subject, *, irt=None, refs=None, cc=None, ua=None, subj_cs="utf-8"):
    name, fa = frm
    hs = [("From", addr(name, fa, subj_cs)), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", hdr(subject, subj_cs)))
    hs.append(("Date", format_datetime(t)))
    hs.append(("Message-ID", MID(key)))
    if irt:
        hs.append(("In-Reply-To", MID(irt)))
    if refs:
        hs.append(("References", "\n ".join(MID(r) for r in refs)))
    if ua:
        hs.append(("X-Mailer" if "Outlook" in ua else "User-Agent", ua))
    return hs


JST = datetime.timezone(datetime.timedelta(hours=9))


# =====================================================================
# April: exam accommodation case (E), recertification, leaving notice
# =====================================================================

# --- newsletter (ja, base64 html+text)
t = T("2025-04-02 07:05:00", "+0900")
txt = """クラウド実践ニュース 第214号（2025年4月2日）

■ 今週のピックアップ
・Amazon S3 のストレージクラス選定、2025年版チェックリスト
・Terraform 1.11 で変わった state の扱い
・「認定資格は何個取るべきか」読者アンケート結果

■ イベント
4月17日（木）19:00〜 オンライン勉強会「マルチアカウント運用の失敗談」

配信停止はこちら: https://cloudjissen.jp/unsubscribe?u=8f21c
"""
add("cloudjissen.jp:n1", t, "unrelated", False, None, [],
    "Japanese tech newsletter, base64 multipart; mentions certifications in passing.",
    inc("cloudjissen.jp:n1", t, ("クラウド実践ニュース", "news@cloudjissen.jp"), ME_P,
        "【クラウド実践ニュース】第214号：S3ストレージクラス選定ほか", ip="203.0.113.45",
        host="mail.cloudjissen.jp", date_tz=JST,
        extra=[("List-Unsubscribe", "<https://cloudjissen.jp/unsubscribe?u=8f21c>")]),
    alt(txt, t2h(txt), "cloudjissen.jp:n1", cte_t="base64", cte_h="base64"))

# --- certmetrics expiry reminder to the company address
t = T("2025-04-02 03:10:22")
txt = """Hello Kaede,

Your AWS Certified Solutions Architect - Professional certification will expire on July 1, 2025, which is 90 days from today.

To keep it active, pass the current version of the exam (SAP-C02) before the expiration date. Any recertification also extends the validity of the lower-level certifications in the same path.

Candidate ID: AWS01938475

You can review your certifications and schedule an exam from your AWS Certification Account.

AWS Training and Certification
This is an automated message; replies to this address are not monitored.
"""
add("certmetrics.com:exp", t, "certification", False, None, [CID_OLD],
    "Certification expiry reminder with a candidate ID; program mail, no case.",
    inc("certmetrics.com:exp", t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certification expires in 90 days", ip="198.2.131.54",
        host="mail131-54.certmetrics.com"),
    alt(txt, t2h(txt), "certmetrics.com:exp"), crlf=True)

# --- Pearson VUE booking (real vendor) with candidate ID and registration ID
t = T("2025-04-02 11:40:05")
txt = """Dear Kaede Tsukamoto,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Date and time: Friday, April 18, 2025 at 10:00 AM Japan Standard Time
Test center: Pearson Professional Centers - Tokyo Hamamatsucho
Registration ID: 482915736
Candidate ID: AWS01938475

Please arrive 30 minutes before your appointment with two valid forms of identification. The name on your identification must match the name in your profile.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
"""
add("pearson.com:book1", t, "unrelated", False, None, [CID_OLD],
    "Exam vendor booking: 9-digit registration ID plus candidate ID; not support mail.",
    inc("pearson.com:book1", t, ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
        "Pearson VUE Confirmation of Booking", ip="159.182.1.77", host="mx1.pearson.com"),
    alt(txt, t2h(txt), "pearson.com:book1"))

# --- E1 acknowledgement (plain text, personal address; form echo)
t = T("2025-04-03 01:22:51")
SUBJ_E = "RE:[CASE %s] %s - exam-accommodations" % (CASE_E, SUBJ_FORM)
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %s.

Most requests receive a first response within one business day. Some need research with other teams, and those can take longer.

To keep your request in one place, reply to this email if you want to add something. Opening a second request about the same topic moves it to the back of the queue.

Summary of your submission
--------------------------
Inquiry type: Certification
Additional details: Exam accommodations
Candidate ID: AWS01938475
Description: English is not my first language. I would like the ESL +30 minutes accommodation added before my SAP-C02 exam on April 18.

Sincerely,
AWS Training and Certification
""" % CASE_E
add("s:E1", t, "acknowledgement", False, CASE_E, [CID_OLD],
    "Form-case acknowledgement, plain text; echoes the submitted form (candidate ID counted as own text).",
    inc("s:E1", t, (TC_NAME, TC), ME_P, SUBJ_E),
    leaf(txt, cte="7bit"))

# --- AWS billing statement (no-reply-aws, 12-digit account id)
t = T("2025-04-03 06:02:13")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.62

Account ID: 3185 2274 9061

You can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
add("c:bill1", t, "unrelated", False, None, [],
    "AWS billing statement from the same sender as console cases; 12-digit account ID.",
    inc("c:bill1", t, ("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 318522749061]",
        host="a27-18.smtp-out.us-west-2.amazonses.com", ip="54.240.27.18"),
    leaf(txt, cte="7bit"), crlf=True)

# --- E2 info request: write from the registered address (buried, no "please")
t = T("2025-04-04 08:47:30")
txt = """Hi Kaede,

Thanks for getting in touch about an exam accommodation for your SAP-C02 appointment.

I found the certification account for candidate ID AWS01938475. The email address registered on it is different from the one this case was opened with, and for privacy reasons we only make changes to an account when the request comes from the address on file. This also protects you: nobody can alter your exam conditions just by knowing your candidate ID.

The ESL +30 accommodation itself is straightforward and normally takes less than a day once we can act on it. Keep in mind that it only applies to appointments booked after it has been added, so an existing booking may have to be moved afterwards.

What I need from you is a reply to this email, sent from the address registered on that account (it ends in @hoshizora-tech.co.jp). As soon as that arrives I will add the accommodation.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
add("s:E2", t, "info_request", True, CASE_E, [CID_OLD],
    "Request to write from another address, buried after an explanation; phrased 'What I need from you is', no please.",
    inc("s:E2", t, (TC_NAME, TC), ME_P, SUBJ_E, irt="s:E1", refs=["s:E1"]),
    alt(txt, t2h(txt), "s:E2"))

# --- colleague (ja, ISO-2022-JP) handover schedule
t = T("2025-04-04 18:30:00", "+0900")
txt = """塚本さん

お疲れさまです、佐々木です。
引き継ぎの件、以下の日程でいかがでしょうか。

4/10（木）14:00-15:00 ネットワーク構成まわり
4/15（火）10:00-11:30 監視・運用手順
4/22（火）16:00-17:00 顧客A社の案件状況

都合が悪い枠があれば教えてください。
会議室はこちらで押さえておきます。

佐々木
"""
add("hoshizora-tech.co.jp:s1", t, "unrelated", False, None, [],
    "Colleague mail in ISO-2022-JP asking a question; not support, so no reply flag.",
    inc("hoshizora-tech.co.jp:s1", t, ("佐々木 亮", "sasaki.r@hoshizora-tech.co.jp"), ME_C,
        "引き継ぎ日程のご相談", ip="10.20.3.14", host="TYCPR01MB8842.jpnprd01.prod.outlook.com",
        subj_cs="iso-2022-jp", date_tz=JST),
    leaf(txt, charset="iso-2022-jp", cte="7bit"))

# --- GitHub merged PR
t = T("2025-04-05 14:12:44")
txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-terraform/pull/212#event-17293054118
You are receiving this because you authored the thread.
"""
add("github.com:pr212", t, "unrelated", False, None, [],
    "GitHub 'Merged' notification; the word merged is a trap.",
    inc("github.com:pr212", t, ("Ryo Sasaki", "notifications@github.com"), ME_P,
        "Re: [hoshizora-tech/infra-terraform] Add WAF rate-based rules for staging (PR #212)",
        ip="192.30.252.201", host="out-18.smtp.github.com",
        irt="github.com:pr212-open", refs=["github.com:pr212-open"],
        extra=[("X-GitHub-Reason", "author"),
               ("List-ID", "hoshizora-tech/infra-terraform <infra-terraform.hoshizora-tech.github.com>")]),
    alt(txt, "<p><b>Merged</b> #212 into main.</p>\n<p style=\"font-size:small\">Reply to this email directly, "
        "<a href=\"https://github.com/hoshizora-tech/infra-terraform/pull/212\">view it on GitHub</a>.</p>\n",
        "github.com:pr212"))

# --- E3 closing notice (automated follow-up)
t = T("2025-04-08 02:05:09")
txt = """Hello,

We are following up on case %s.

We still need the reply described in our previous message before we can continue. If we do not hear from you within 3 business days, the case will be closed automatically.

Replying to this email keeps the case open. If it has already been closed by then, your reply reopens it.

Thank you,
AWS Training and Certification
""" % CASE_E
add("s:E3", t, "closing_notice", True, CASE_E, [],
    "Automated inactivity notice; the request itself is only referenced ('the reply described in our previous message').",
    inc("s:E3", t, (TC_NAME, TC), ME_P, SUBJ_E, irt="s:E2", refs=["s:E1", "s:E2"]),
    leaf(txt, cte="7bit"))

# --- E4 user reply from the company address (Outlook quoting)
t = T("2025-04-08 12:31:40", "+0900")
orig2 = txt
txt = """Hello,

I am writing from the address registered on my certification account (candidate ID AWS01938475), as requested.
Please add the ESL +30 accommodation. The exam is SAP-C02 on April 18.

Thank you,
Kaede Tsukamoto

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, April 8, 2025 11:05 AM
To: %s
Subject: %s

%s""" % (TC, ME_P, SUBJ_E, orig2)
add("o:E4", t, "user_reply", False, CASE_E, [CID_OLD],
    "Owner's reply from the company address (wrong-address fix); Outlook '-----Original Message-----' quote of the closing notice.",
    sent("o:E4", t, (ME_NAME, ME_C), TC, "RE: [CASE %s] %s - exam-accommodations" % (CASE_E, SUBJ_FORM),
         irt="s:E3", refs=["s:E1", "s:E2", "s:E3"], ua="Microsoft Outlook 16.0"),
    leaf(txt, cte="quoted-printable"), crlf=True)

# --- E5 owner forwards the thread to the personal address (note to self)
t = T("2025-04-08 12:35:02", "+0900")
txt = """自分用メモ：会社アドレスから返信済み（4/8）。結果はこっちにも転送しておく。

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, April 4, 2025 5:47 PM
To: %s
Subject: %s

Hi Kaede,

Thanks for getting in touch about an exam accommodation for your SAP-C02 appointment.

I found the certification account for candidate ID AWS01938475. The email address registered on it is different from the one this case was opened with, and for privacy reasons we only make changes to an account when the request comes from the address on file.
[...]
What I need from you is a reply to this email, sent from the address registered on that account (it ends in @hoshizora-tech.co.jp). As soon as that arrives I will add the accommodation.

Best regards,
Marisol G.
AWS Training and Certification Customer Support
""" % (TC, ME_P, SUBJ_E)
add("o:E5", t, "user_reply", False, CASE_E, [],
    "Owner forwards support's request to the personal address: contains an old request in forwarded text, but written by the owner.",
    sent("o:E5", t, (ME_NAME, ME_C), ME_P, "FW: RE:[CASE %s] %s - exam-accommodations" % (CASE_E, SUBJ_FORM),
         ua="Microsoft Outlook 16.0"),
    alt(txt, t2h(txt), "o:E5", cte_t="base64", cte_h="base64"), crlf=True)

# --- Builder ID verification code
t = T("2025-04-08 10:02:57")
txt = """Hello,

Use the following code to verify your email address for your AWS Builder ID:

Verification code: 604218

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
add("s:bid", t, "unrelated", False, None, [],
    "Builder ID one-time code (6 digits); AWS but not case mail.",
    inc("s:bid", t, ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", ip="54.240.48.92",
        host="a48-92.smtp-out.amazonses.com"),
    alt(txt, t2h(txt), "s:bid"))

# --- E6 resolved (to company address), instruction that is not a request
t = T("2025-04-09 05:18:26")
txt = """Hello Kaede,

Thank you for writing from the registered address.

The ESL +30 accommodation is now on your certification account (AWS01938475) and will be applied to every English-language exam you book from today on.

Your SAP-C02 appointment on April 18 was booked before the accommodation existed, so it still has the standard duration. To get the extra 30 minutes, cancel and rebook it from your certification account; moving an appointment more than 24 hours in advance costs nothing.

This case is now resolved and no reply is needed.

Best regards,
Marisol G.
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: 4/8/2025 3:31 AM
Subject: RE: [CASE %s] %s - exam-accommodations

Hello,
I am writing from the address registered on my certification account (candidate ID AWS01938475), as requested.
Please add the ESL +30 accommodation. The exam is SAP-C02 on April 18.
""" % (ME_C, CASE_E, SUBJ_FORM)
add("s:E6", t, "resolved", False, CASE_E, [CID_OLD],
    "Resolution with an action for the owner (rebook the exam) that is not a reply; 'no reply is needed'; quotes the owner's mail.",
    inc("s:E6", t, (TC_NAME, TC), ME_C, SUBJ_E, irt="o:E4", refs=["s:E1", "s:E2", "s:E3", "o:E4"]),
    alt(txt, t2h(txt), "s:E6"), crlf=True)

# --- E7 survey (HTML only)
t = T("2025-04-10 07:00:41")
h = """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your case <b>%s</b> was recently resolved. How satisfied were you with the support you received?</p>
<p>
<a href="https://survey.aws-feedback.amazon.com/r/tc?c=%s&amp;s=1">1</a> &nbsp;
<a href="https://survey.aws-feedback.amazon.com/r/tc?c=%s&amp;s=2">2</a> &nbsp;
<a href="https://survey.aws-feedback.amazon.com/r/tc?c=%s&amp;s=3">3</a> &nbsp;
<a href="https://survey.aws-feedback.amazon.com/r/tc?c=%s&amp;s=4">4</a> &nbsp;
<a href="https://survey.aws-feedback.amazon.com/r/tc?c=%s&amp;s=5">5</a></p>
<p style="color:#555">1 = very dissatisfied, 5 = very satisfied. The survey takes about two minutes.</p>
<p>Thank you for helping us improve.</p>
</td></tr></table></body></html>
""" % ((CASE_E,) * 6)
add("s:E7", t, "survey", False, CASE_E, [],
    "HTML-only satisfaction survey for the accommodation case.",
    inc("s:E7", t, ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_C,
        "How did we do? Case %s" % CASE_E),
    leaf(h, "html", cte="quoted-printable"))

# --- connpass registration (ja)
t = T("2025-04-11 18:00:12", "+0900")
txt = """塚本 楓 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #62「認定資格と現場のあいだ」
日時：2025/04/24（木）19:00〜21:00
会場：オンライン（参加URLは前日にお送りします）
受付番号：0493

キャンセルする場合はイベントページから手続きしてください。

connpass
"""
add("connpass.com:reg", t, "unrelated", False, None, [],
    "Community event registration (Japanese) about certifications; not AWS support.",
    inc("connpass.com:reg", t, ("connpass", "no-reply@connpass.com"), ME_P,
        "【connpass】JAWS-UG 東京 #62 への参加登録が完了しました", ip="52.69.14.201",
        host="mail.connpass.com", date_tz=JST),
    leaf(txt, cte="base64"))

# --- recertification congrats (certmetrics)
t = T("2025-04-19 00:15:08")
txt = """Congratulations, Kaede!

You have successfully recertified your AWS Certified Solutions Architect - Professional credential. Your certification is now valid through April 18, 2028.

Your digital badge will be issued through Credly, and your certificate is available to download from your AWS Certification Account under Certifications.

As a certified individual you also have access to new benefits, including a 50% discount on your next AWS Certification exam.

Validation number: 9QW1LKZ2B1EQ1HCS

AWS Training and Certification
"""
add("certmetrics.com:recert", t, "certification", False, None, [],
    "Recertification congratulations; mentions the 50% benefit (later lost in the merge).",
    inc("certmetrics.com:recert", t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Congratulations on recertifying your AWS Certification!", ip="198.2.131.54",
        host="mail131-54.certmetrics.com"),
    alt(txt, t2h(txt), "certmetrics.com:recert"), crlf=True)

# --- Credly badge (company address)
t = T("2025-04-19 00:41:37")
txt = """Kaede, you earned a new badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept your badge to share it on LinkedIn and add it to your email signature:
https://www.credly.com/badges/5f0c2a91-7d3e-4b62-9a1f-3c8e0d4b7a21/accept

Credly, by Pearson
"""
add("credly.com:b1", t, "badge", False, None, [],
    "Credly badge issued (badge UUID in the link).",
    inc("credly.com:b1", t, ("Credly", "admin@credly.com"), ME_C,
        "Kaede, you've earned a badge from Amazon Web Services Training and Certification",
        ip="167.89.45.21", host="o3.email.credly.com"),
    alt(txt, t2h(txt), "credly.com:b1"), crlf=True)

# --- HR leaving checklist (ja, quoted-printable, asks for a reply)
t = T("2025-04-22 10:30:00", "+0900")
txt = """塚本さん

人事部の北村です。退職手続きについてご案内します。

・最終出社日：5月16日（金）
・社用メールアカウント：5月16日 23:59 に停止します
・返却物：PC、社員証、セキュリティキー

資格関連の注意：
AWS 認定アカウントなど、会社のメールアドレスで登録している資格アカウントがある場合は、最終日までに個人アドレスへの移行を済ませてください。
当社の AWS パートナー（APN）登録からの紐づけ解除は人事部で対応します。

返却物一覧の内容をご確認のうえ、5月9日までにこのメールへご返信ください。

北村
"""
add("hoshizora-tech.co.jp:hr", t, "unrelated", False, None, [],
    "HR mail that talks about moving the AWS certification account and asks for a reply; not support.",
    inc("hoshizora-tech.co.jp:hr", t, ("人事部 北村", "hr-kitamura@hoshizora-tech.co.jp"), ME_C,
        "【人事】退職手続きのご案内", ip="10.20.3.14", host="TYCPR01MB7311.jpnprd01.prod.outlook.com",
        date_tz=JST),
    leaf(txt, cte="quoted-printable"), crlf=True)

# --- new employer onboarding (ja)
t = T("2025-04-24 19:00:00", "+0900")
txt = """塚本 楓 様

株式会社ミライクラウドワークス 人事担当の大西です。
5月19日のご入社に向けて、以下の書類のご提出をお願いいたします。

1. 雇用契約書（署名済み）
2. 年金手帳または基礎年金番号通知書の写し
3. 給与振込口座の届出書

提出期限：5月9日（金）
提出先：本メールへの返信（PDF添付）

ご不明点があればお気軽にお問い合わせください。
"""
add("mirai-cloudworks.jp:hr", t, "unrelated", False, None, [],
    "New employer asks for documents; a real request but not from AWS support.",
    inc("mirai-cloudworks.jp:hr", t, ("大西 真理", "hr@mirai-cloudworks.jp"), ME_P,
        "【入社手続き】ご提出書類のお願い", ip="209.85.220.41", host="mail-sor-f41.google.com",
        date_tz=JST),
    leaf(txt, cte="base64"))

# --- phishing: Credly lookalike
t = T("2025-04-25 16:44:10")
h = """<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">
<img src="https://credly-badgecenter.com/assets/logo.png" alt="Credly" width="120">
<h2>Action required: confirm your badge ownership</h2>
<p>Dear Badge Earner,</p>
<p>We detected that your <b>AWS Certified Solutions Architect - Professional</b> badge is linked to more than one account.
Under our updated issuer policy the badge will be <b>revoked in 48 hours</b> unless ownership is confirmed.</p>
<p style="text-align:center"><a href="https://credly-badgecenter.com/verify?id=kts8841" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Confirm ownership</a></p>
<p>You will be asked to sign in with your Credly password and the password of your AWS Builder ID.</p>
<p>Credly Trust &amp; Safety</p>
</div></body></html>
"""
add("credly-badgecenter.com:ph", t, "suspicious", False, None, [],
    "Credly lookalike domain (passes its own DKIM/DMARC); threatens revocation, asks for passwords.",
    inc("credly-badgecenter.com:ph", t, ("Credly", "no-reply@credly-badgecenter.com"), ME_C,
        "Action required: your badge will be revoked in 48 hours", auth="lookalike",
        ip="45.146.164.77", host="vps-4137.hostkey.example"),
    leaf(h, "html", cte="quoted-printable"))

# --- Amazon.co.jp shipping notice (ja)
t = T("2025-04-27 12:00:33", "+0900")
txt = """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文の商品を発送しました。
注文番号：249-6630172-1188450
お届け予定：4月28日（月）

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。

Amazon.co.jp
"""
add("amazon.co.jp:ship", t, "unrelated", False, None, [],
    "Amazon retail shipping notice (amazon.co.jp), not AWS.",
    inc("amazon.co.jp:ship", t, ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
        "Amazon.co.jp ご注文の商品を発送しました", ip="52.95.48.101", host="a48-101.smtp-out.amazon.co.jp",
        date_tz=JST),
    leaf(txt, cte="quoted-printable"))

# =====================================================================
# Late April - May: the merge case (A), its duplicate (B), APN hold
# =====================================================================
SUBJ_A = "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_FORM)
SUBJ_B = "RE:[CASE %s] %s - account-assistance" % (CASE_B, SUBJ_FORM)

# --- A1 acknowledgement (multipart, form echo with two candidate IDs)
t = T("2025-04-30 13:23:40")
txt = """Hello,

Thank you for contacting AWS Training and Certification.

Case ID: %s

A member of our team will review your request and get back to you, usually within 24 hours. Complex requests can take a little longer.

If you need to add information, reply to this email and keep the case ID in the subject line. Submitting the form again for the same request creates a separate case and can delay the answer.

What you submitted:
Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving Hoshizora Technologies on May 16 and want my certification history in my personal account.
Email addresses used: k.tsukamoto@hoshizora-tech.co.jp, kaede.tsukamoto88@gmail.com
Email address to keep: kaede.tsukamoto88@gmail.com
Candidate IDs: AWS01938475 (company), AWS04412230 (personal)

Regards,
AWS Training and Certification
""" % CASE_A
add("s:A1", t, "acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
    "Acknowledgement of the merge case with the submitted form echoed (two candidate IDs, counted).",
    inc("s:A1", t, (TC_NAME, TC), ME_P, SUBJ_A),
    alt(txt, t2h(txt), "s:A1"))

# --- B1 acknowledgement of a duplicate submission (company address)
t = T("2025-04-30 13:52:18")
txt = """Hello,

Thank you for contacting AWS Training and Certification.

Case ID: %s

A member of our team will review your request and get back to you, usually within 24 hours. Complex requests can take a little longer.

If you need to add information, reply to this email and keep the case ID in the subject line. Submitting the form again for the same request creates a separate case and can delay the answer.

What you submitted:
Inquiry type: Certification
Additional details: Account Merge
Use case: Merge request. Same as what I sent a few minutes ago, I did not get a confirmation screen so sending again.

Regards,
AWS Training and Certification
""" % CASE_B
add("s:B1", t, "acknowledgement", False, CASE_B, [],
    "Acknowledgement of a duplicate form (same request, second case number) to the company address.",
    inc("s:B1", t, (TC_NAME, TC), ME_C, SUBJ_B),
    alt(txt, t2h(txt), "s:B1"), crlf=True)

# --- B2 duplicate closed and linked (case_update)
t = T("2025-05-01 02:10:55")
txt = """Hi Kaede,

Case %s asks for the same account merge as case %s, which a colleague of mine is already working on.

So that you don't receive two sets of instructions, I've closed this case and linked it to %s. All further updates will come on that case, to the personal address you gave there. There's nothing you need to send on this one.

Thanks,
Aidan F.
AWS Training and Certification
""" % (CASE_B, CASE_A, CASE_A)
add("s:B2", t, "case_update", False, CASE_B, [],
    "Duplicate closed and linked; mentions both case numbers; says nothing needed. Belongs to B (subject).",
    inc("s:B2", t, (TC_NAME, TC), ME_C, SUBJ_B, irt="s:B1", refs=["s:B1"]),
    leaf(txt, cte="quoted-printable"), crlf=True)

# --- A2 on hold (APN) with a question inside
t = T("2025-05-01 05:45:02")
txt = """Hello Kaede,

Thank you for your patience while I reviewed your merge request.

The certification account registered to k.tsukamoto@hoshizora-tech.co.jp (candidate ID AWS01938475) is associated with an AWS Partner Network organization, Hoshizora Technologies K.K. Certifications held on a partner-associated account count toward that organization's partner standing, so we cannot detach the account on our own while you are still listed as one of their employees. The partner's administrator has to release it first.

For that reason I have placed this case on hold.

To approach the partner team correctly I need to know whether you are leaving Hoshizora Technologies, and if so, what your last working day will be.

Kind regards,
Devika R.
AWS Training and Certification | Customer Support
"""
add("s:A2", t, "on_hold", True, CASE_A, [CID_OLD],
    "Partner (APN) hold with a question buried in it ('I need to know whether you are leaving'); on_hold but needs a reply.",
    inc("s:A2", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="s:A1", refs=["s:A1"]),
    alt(txt, t2h(txt), "s:A2"))

# --- Google security alert (ja)
t = T("2025-05-01 17:20:41", "+0900")
txt = """新しいデバイスからのログインがありました

kaede.tsukamoto88@gmail.com

Windows デバイスでの新しいログインがありました。心当たりがある場合は、何もする必要はありません。心当たりがない場合は、アカウントの保護をお手伝いします。

アクティビティを確認
https://myaccount.google.com/notifications

このメールは、Google アカウントとサービスの重要な変更についてお知らせするために送信されました。
"""
add("google.com:sec", t, "unrelated", False, None, [],
    "Google security alert with 'nothing to do if it was you'.",
    inc("google.com:sec", t, ("Google", "no-reply@accounts.google.com"), ME_P,
        "セキュリティ通知", ip="209.85.220.73", host="mail-sor-f73.google.com", date_tz=JST),
    alt(txt, t2h(txt), "google.com:sec", cte_t="base64", cte_h="base64"))

# --- A3 owner's reply (Gmail style)
t = T("2025-05-01 19:02:13", "+0900")
txt = """Hi Devika,

Yes, I'm leaving Hoshizora Technologies. My last working day is Friday, May 16, and the company mailbox will be shut down that evening, which is why I asked you to keep the personal address.

If the merge can be finished before then that would be great, but I understand it depends on the partner side.

Best regards,
Kaede Tsukamoto

On Thu, May 1, 2025 at 2:45 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, gq("""Hello Kaede,

Thank you for your patience while I reviewed your merge request.

The certification account registered to k.tsukamoto@hoshizora-tech.co.jp (candidate ID AWS01938475) is associated with an AWS Partner Network organization, Hoshizora Technologies K.K. [...]

For that reason I have placed this case on hold.

To approach the partner team correctly I need to know whether you are leaving Hoshizora Technologies, and if so, what your last working day will be.

Kind regards,
Devika R.
AWS Training and Certification | Customer Support"""))
add("g:A3", t, "user_reply", False, CASE_A, [],
    "Owner answers the hold question; Gmail 'On ... wrote:' quoting with the candidate ID only in the quote.",
    sent("g:A3", t, (ME_NAME, ME_P), TC, SUBJ_A, irt="s:A2", refs=["s:A1", "s:A2"]),
    alt(txt, t2h(txt), "g:A3"))

# --- A4 on hold, nothing needed
t = T("2025-05-02 03:30:19")
txt = """Hello Kaede,

Thanks for letting me know.

I've asked our partner team to contact the administrator of the Hoshizora Technologies partner account and request that your certification account be released. They have to approve that on their side in AWS Partner Central, and until they do, your case stays on hold.

You don't need to do anything at this point. I'll write to you as soon as there is movement. If the release only happens after your last day, that's fine: this case is tied to your personal address, so we can finish the merge without the company mailbox.

Kind regards,
Devika R.
AWS Training and Certification | Customer Support
"""
add("s:A4", t, "on_hold", False, CASE_A, [],
    "Hold waiting on the partner; explicitly nothing to do.",
    inc("s:A4", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="g:A3", refs=["s:A1", "s:A2", "g:A3"]),
    alt(txt, t2h(txt), "s:A4"))

# --- AWS marketing, HTML only (ja)
t = T("2025-05-02 09:00:00")
h = """<html lang="ja"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="padding:24px;background:#232f3e;color:#ffffff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.7">
<p>6月25日・26日、幕張メッセで開催します。</p>
<p>基調講演、150 以上のセッション、認定資格保有者専用ラウンジをご用意しています。AWS 認定をお持ちの方は、受付で認定ステータスをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_8821" style="color:#ec7211">今すぐ登録する</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#777">このメールは配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</td></tr>
</table></td></tr></table></body></html>
"""
add("s:mkt1", t, "unrelated", False, None, [],
    "AWS marketing, HTML only, Japanese, mentions certification.",
    inc("s:mkt1", t, ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
        "AWS Summit Japan 2025 登録受付中", ip="199.127.232.18", host="mail18.awscloud.com",
        mailfrom="bounce-18-8821@mail.awscloud.com"),
    leaf(h, "html", cte="base64"))

# --- phishing: lookalike T&C domain with a case-looking subject
t = T("2025-05-03 11:37:48")
txt = """Dear Candidate,

Your account merge request is on hold pending identity verification.

Our records show two certification profiles registered in your name. To prevent fraudulent transfers of certification history, we must verify the account owner within 24 hours. Otherwise both profiles will be suspended and your certifications forfeited.

Verify now: https://aws-trainingcertification.com/verify/merge?case=174633120900871

You will need your AWS Builder ID password and the card used to pay your last exam fee.

Reply to this email with your candidate ID if the link does not work.

AWS Training & Certification Security Team
"""
add("aws-trainingcertification.com:ph", t, "suspicious", False, None, [],
    "Lookalike domain copying the case subject format and the 'on hold' story; demands a reply and passwords.",
    inc("aws-trainingcertification.com:ph", t, (TC_NAME, "support@aws-trainingcertification.com"), ME_P,
        "RE:[CASE 174633120900871] Account merge on hold - identity verification required",
        auth="lookalike", ip="91.215.85.147", host="mail.aws-trainingcertification.com"),
    alt(txt, t2h(txt), "aws-trainingcertification.com:ph"))

# --- AWS Events form case (another AWS program): asks a question, not T&C
t = T("2025-05-04 04:15:30")
txt = """Hello Kaede,

Thank you for contacting AWS Events.

You asked for a receipt issued to your new employer for your AWS Summit Japan pass. Could you confirm the company name and billing address exactly as they should appear on the receipt? Once we have those details we will reissue it within two business days.

Best,
Haruto
AWS Events Customer Support
"""
add("s:EV1", t, "unrelated", False, None, [],
    "Another AWS program's form case (Events) asking a question; same shape as T&C mail but not a T&C case.",
    inc("s:EV1", t, ("AWS Events", "aws-cs-events-form@amazon.com"), ME_P,
        "RE:[CASE 174633901500241] [AWS Events Form Submission] - registration"),
    alt(txt, t2h(txt), "s:EV1"))

# --- other vendor closing notice
t = T("2025-05-05 18:20:00")
txt = """Hi Kaede,

We haven't heard back from you on ticket #1938201 ("Log ingestion delayed in ap-northeast-1") for 7 days.

If we don't hear from you in the next 48 hours, this ticket will be closed automatically. Simply reply to this email to keep it open.

Loglane Support
"""
add("loglane.io:close", t, "unrelated", False, None, [],
    "Other vendor's closing notice (same wording pattern as AWS); not an AWS case.",
    inc("loglane.io:close", t, ("Loglane Support", "support@loglane.io"), ME_C,
        "[Loglane] Ticket #1938201 will be closed soon", ip="198.61.254.31",
        host="mail31.loglane.io"),
    alt(txt, t2h(txt), "loglane.io:close"), crlf=True)

# --- colleague out-of-office (ja)
t = T("2025-05-06 09:30:02", "+0900")
txt = """お疲れさまです。田中です。
5月6日（火）から5月9日（金）まで休暇のため不在にしております。
急ぎのご用件は佐々木（sasaki.r@hoshizora-tech.co.jp）までご連絡ください。
"""
add("hoshizora-tech.co.jp:ooo", t, "unrelated", False, None, [],
    "Colleague's automatic out-of-office reply.",
    inc("hoshizora-tech.co.jp:ooo", t, ("田中 美咲", "tanaka.m@hoshizora-tech.co.jp"), ME_C,
        "自動応答: 5/7 社内勉強会の資料", ip="10.20.3.14",
        host="TYCPR01MB8842.jpnprd01.prod.outlook.com", date_tz=JST,
        irt="o:study", refs=["o:study"],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    leaf(txt, charset="iso-2022-jp", cte="7bit"), crlf=True)

# --- certmetrics program feedback request (not a support survey)
t = T("2025-05-07 15:00:44")
txt = """Hello Kaede,

AWS Certification wants to hear from you.

You recently recertified as an AWS Certified Solutions Architect - Professional. We'd like to know how you prepared, how the exam reflected your day-to-day work, and what would make the program more valuable to you.

The questionnaire takes about 10 minutes: https://survey.certmetrics.com/aws/q/77421

Thank you,
AWS Certification
"""
add("certmetrics.com:fb", t, "certification", False, None, [],
    "Certification program questionnaire about the exam (not about a support case) -> certification, not survey.",
    inc("certmetrics.com:fb", t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "AWS Certification wants to hear from you", ip="198.2.131.54",
        host="mail131-54.certmetrics.com"),
    alt(txt, t2h(txt), "certmetrics.com:fb"), crlf=True)

# --- A5 hold lifted (case_update)
t = T("2025-05-08 04:12:37")
txt = """Hello Kaede,

Quick update on your merge request: the administrator of the Hoshizora Technologies partner account has released your certification account, so the hold is lifted.

I've passed the case to our accounts team, who carry out the merge. One of them will write to you shortly with the account details to check.

Kind regards,
Devika R.
AWS Training and Certification | Customer Support
"""
add("s:A5", t, "case_update", False, CASE_A, [],
    "Hold lifted, handed to another team; announces a future request but asks nothing now.",
    inc("s:A5", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="s:A4", refs=["s:A1", "s:A2", "g:A3", "s:A4"]),
    alt(txt, t2h(txt), "s:A5"))

# --- Skill Builder receipt
t = T("2025-05-08 12:00:09")
txt = """Thank you for your purchase.

AWS Skill Builder Individual subscription (monthly)
Order number: SB-20250508-771093
Amount: USD 29.00
Billing period: May 8, 2025 - June 7, 2025

You can manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
add("skillbuilder.aws:rcpt", t, "unrelated", False, None, [],
    "Skill Builder receipt signed 'AWS Training and Certification'.",
    inc("skillbuilder.aws:rcpt", t, ("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
        "Your AWS Skill Builder receipt", ip="54.240.48.11", host="a48-11.smtp-out.amazonses.com"),
    alt(txt, t2h(txt), "skillbuilder.aws:rcpt"))

# --- A6 confirmation request, HTML only with a table
t = T("2025-05-09 06:25:51")
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kaede,</p>
<p>I'm Tomasz from the accounts team and I'll be completing your merge. These are the two certification accounts I located for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04412230</td><td>AWS01938475</td></tr>
<tr><td>Login email</td><td>kaede.tsukamoto88@gmail.com</td><td>k.tsukamoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kaede.tsukamoto88@gmail.com</td><td>k.tsukamoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kaede.tsukamoto88@gmail.com</td><td>k.tsukamoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAP-C02, SAA-C03, DVA-C02</td></tr>
</table>
<p>After a merge, only one account remains. Its login and notification addresses stay as they are, and the other account's exam history, certifications and benefits move into it. A merge cannot be undone.</p>
<p>Are both accounts yours, and is Account #1 the one you want to keep? A one-line answer is enough.</p>
<p>Best,<br>Tomasz K.<br>AWS Training and Certification &ndash; Account Services</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</body></html>
"""
add("s:A6", t, "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
    "HTML-only Account #1/#2 table; the ask is a question ('Are both accounts yours, and is Account #1 the one you want to keep?').",
    inc("s:A6", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="s:A5", refs=["s:A1", "s:A2", "g:A3", "s:A4", "s:A5"]),
    leaf(h, "html", cte="quoted-printable"))

# --- GitHub issue comment
t = T("2025-05-10 01:00:27")
txt = """@kaede-t the fix works on my side too. Can you cut a release when you have a moment?

--
Reply to this email directly, view it on GitHub:
https://github.com/kaede-t/cfn-lint-ja/issues/41#issuecomment-2864019377
You are receiving this because you were mentioned.
"""
add("github.com:iss41", t, "unrelated", False, None, [],
    "GitHub mention with a request; not support.",
    inc("github.com:iss41", t, ("Yuto Mori", "notifications@github.com"), ME_P,
        "Re: [kaede-t/cfn-lint-ja] Japanese message for E3012 is truncated (Issue #41)",
        ip="192.30.252.205", host="out-22.smtp.github.com",
        irt="github.com:iss41-open", refs=["github.com:iss41-open"],
        extra=[("X-GitHub-Reason", "mention")]),
    alt(txt, t2h(txt), "github.com:iss41"))

# --- other vendor "solved"
t = T("2025-05-11 07:30:00")
txt = """##- Please type your reply above this line -##

Your request #58213 "Cannot invite guest users to board" has been solved.

If you feel the request was not resolved, reply to this email within 4 days and it will be reopened. After that, it will close automatically.

Tasklane Help Center
"""
add("tasklane.zendesk.com:solved", t, "unrelated", False, None, [],
    "Zendesk-style 'request solved' from another vendor.",
    inc("tasklane.zendesk.com:solved", t, ("Tasklane Help Center", "support@tasklane.zendesk.com"), ME_C,
        "[Tasklane] Re: Cannot invite guest users to board", ip="192.161.147.1",
        host="out147-1.mail.zendesk.com"),
    alt(txt, t2h(txt), "tasklane.zendesk.com:solved"), crlf=True)

# --- A7 closing notice that restates the confirmation
t = T("2025-05-13 02:00:14")
txt = """Hello Kaede,

I'm following up on my message of May 9, where I asked you to confirm the accounts for your merge. I haven't received an answer yet.

For reference:
  Account #1 - AWS04412230 - kaede.tsukamoto88@gmail.com (to keep)
  Account #2 - AWS01938475 - k.tsukamoto@hoshizora-tech.co.jp (to merge into #1)

If I don't hear from you by May 16, I will close this case for inactivity. You can still answer after that; a reply to this message reopens the case.

Best,
Tomasz K.
AWS Training and Certification - Account Services
"""
add("s:A7", t, "closing_notice", True, CASE_A, [CID_NEW, CID_OLD],
    "Closing notice that restates the account listing (looks like a confirmation request).",
    inc("s:A7", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="s:A6",
        refs=["s:A1", "s:A2", "g:A3", "s:A4", "s:A5", "s:A6"]),
    leaf(txt, cte="7bit"))

# --- A8 owner confirms (top-posted over long quote)
t = T("2025-05-13 12:10:30", "+0900")
hist = """Hello Kaede,

I'm following up on my message of May 9, where I asked you to confirm the accounts for your merge. I haven't received an answer yet.

For reference:
  Account #1 - AWS04412230 - kaede.tsukamoto88@gmail.com (to keep)
  Account #2 - AWS01938475 - k.tsukamoto@hoshizora-tech.co.jp (to merge into #1)

If I don't hear from you by May 16, I will close this case for inactivity. You can still answer after that; a reply to this message reopens the case.

Best,
Tomasz K.
AWS Training and Certification - Account Services"""
txt = """Hi Tomasz,

Confirmed. Both accounts are mine. Please keep Account #1 (AWS04412230, kaede.tsukamoto88@gmail.com) and merge Account #2 (AWS01938475) into it.

Sorry for the slow answer, your May 9 mail ended up in a tab I don't check often.

Kaede

On Tue, May 13, 2025 at 11:00 AM AWS Training and Certification <%s> wrote:

%s
""" % (TC, gq(hist))
add("g:A8", t, "user_reply", False, CASE_A, [CID_NEW, CID_OLD],
    "Owner's confirmation, top-posted over the closing notice; candidate IDs in both new and quoted text.",
    sent("g:A8", t, (ME_NAME, ME_P), TC, SUBJ_A, irt="s:A7",
         refs=["s:A1", "s:A2", "g:A3", "s:A4", "s:A5", "s:A6", "s:A7"]),
    alt(txt, t2h(txt), "g:A8"))

# --- A9 second confirmation: a third account
t = T("2025-05-13 07:48:03")
txt = """Hi Kaede,

Thanks for confirming.

While preparing the merge I came across a third certification account with your name and date of birth:

Account #3
Candidate ID: AWS02277719
Login email: kaede.t@mail.seiran-u.ac.jp
Created: October 2019
Certifications: AWS Certified Cloud Practitioner (expired 2022)

Should this one go into Account #1 as well? If it isn't yours, say so and I'll leave it untouched. I'm holding the merge until I hear back so that everything is done in one step.

Best,
Tomasz K.
AWS Training and Certification - Account Services
"""
add("s:A9", t, "confirmation_request", True, CASE_A, [CID_UNI],
    "Second confirmation after the owner already confirmed: a third account found; question form, no please.",
    inc("s:A9", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="g:A8",
        refs=["s:A1", "s:A5", "s:A6", "s:A7", "g:A8"]),
    alt(txt, t2h(txt), "s:A9"))

# --- new employer IT (ja)
t = T("2025-05-13 18:05:00", "+0900")
txt = """塚本さん

情報システム部の石井です。
5/19 入社に向けて、社用アカウントを発行しました。

メールアドレス：k.tsukamoto@mirai-cloudworks.jp
初回パスワードは入社日に手渡しします。

AWS 認定をお持ちの場合、当社は AWS パートナーのため、入社後に Partner Central で認定の紐づけをお願いすることになります（手順は別途ご案内します）。

石井
"""
add("mirai-cloudworks.jp:it", t, "unrelated", False, None, [],
    "New employer IT mail mentioning AWS Partner Central and certifications.",
    inc("mirai-cloudworks.jp:it", t, ("石井 拓海", "it-support@mirai-cloudworks.jp"), ME_P,
        "社用アカウント発行のお知らせ", ip="209.85.220.41", host="mail-sor-f41.google.com",
        date_tz=JST),
    leaf(txt, cte="quoted-printable"))

# --- A10 owner confirms the third account
t = T("2025-05-13 20:40:11", "+0900")
txt = """Hi Tomasz,

Yes, Account #3 (AWS02277719) is mine too, it's from my university days. Please merge it into Account #1 as well.

Thanks,
Kaede

On Tue, May 13, 2025 at 4:48 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, gq("""Hi Kaede,

Thanks for confirming.

While preparing the merge I came across a third certification account with your name and date of birth:

Account #3
Candidate ID: AWS02277719
Login email: kaede.t@mail.seiran-u.ac.jp
Created: October 2019
Certifications: AWS Certified Cloud Practitioner (expired 2022)

Should this one go into Account #1 as well? If it isn't yours, say so and I'll leave it untouched. I'm holding the merge until I hear back so that everything is done in one step.

Best,
Tomasz K."""))
add("g:A10", t, "user_reply", False, CASE_A, [CID_UNI],
    "Owner's second confirmation.",
    sent("g:A10", t, (ME_NAME, ME_P), TC, SUBJ_A, irt="s:A9",
         refs=["s:A1", "s:A6", "s:A7", "g:A8", "s:A9"]),
    alt(txt, t2h(txt), "g:A10"))

# --- A11 resolved, quoting the earlier requests
t = T("2025-05-14 01:15:47")
txt = """Hi Kaede,

I've merged Accounts #2 and #3 into Account #1. When you sign in with kaede.tsukamoto88@gmail.com (candidate ID AWS04412230) you should now see the combined exam history, your certifications and any benefits that were on the other accounts. The two old accounts are deactivated.

Credly badges are reissued to the address of the remaining account; that usually happens within a day.

If something looks wrong once you've had a look, reply here and I'll check.

Best,
Tomasz K.
AWS Training and Certification - Account Services

---------- Original message ----------
From: Kaede Tsukamoto <%s>
Date: 5/13/2025 11:40 AM
Subject: %s

Yes, Account #3 (AWS02277719) is mine too, it's from my university days. Please merge it into Account #1 as well.

---------- Original message ----------
From: AWS Training and Certification <%s>
Date: 5/13/2025 7:48 AM

Should this one go into Account #1 as well? If it isn't yours, say so and I'll leave it untouched. I'm holding the merge until I hear back so that everything is done in one step.

---------- Original message ----------
From: AWS Training and Certification <%s>
Date: 5/9/2025 6:25 AM

Are both accounts yours, and is Account #1 the one you want to keep? A one-line answer is enough.
""" % (ME_P, SUBJ_A, TC, TC)
add("s:A11", t, "resolved", False, CASE_A, [CID_NEW],
    "Merge done; quotes both earlier confirmation questions below; conditional 'if something looks wrong, reply'.",
    inc("s:A11", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="g:A10",
        refs=["s:A1", "s:A6", "s:A7", "g:A8", "s:A9", "g:A10"]),
    alt(txt, t2h(txt), "s:A11"))

# --- Credly: several badges reissued
t = T("2025-05-14 02:03:19")
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table width="560" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" width="110" alt="Credly"></td></tr>
<tr><td style="font-size:20px;padding-top:16px">Kaede, you have 3 new badges waiting</td></tr>
<tr><td style="padding-top:12px;font-size:14px;line-height:1.6">
Amazon Web Services Training and Certification issued you:<br>
&bull; AWS Certified Solutions Architect &ndash; Professional<br>
&bull; AWS Certified Solutions Architect &ndash; Associate<br>
&bull; AWS Certified Developer &ndash; Associate</td></tr>
<tr><td style="padding-top:18px"><a href="https://www.credly.com/earner/earned?src=email" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badges</a></td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#888">Credly, Inc. &middot; You received this because an issuer awarded you a badge.</td></tr>
</table></body></html>
"""
add("credly.com:b2", t, "badge", False, None, [],
    "Credly HTML-only: badges reissued to the personal address right after the merge.",
    inc("credly.com:b2", t, ("Credly", "admin@credly.com"), ME_P,
        "Kaede, you have 3 new badges from Amazon Web Services Training and Certification",
        ip="167.89.45.21", host="o3.email.credly.com"),
    leaf(h, "html", cte="quoted-printable"))

# --- A12 survey
t = T("2025-05-14 18:02:55")
txt = """Hello,

Thank you for contacting AWS Training and Certification about case %s.

We'd appreciate a minute of your time to tell us how we did. Your answers go straight to the team that handled your request.

Take the survey: https://survey.aws-feedback.amazon.com/r/tc?c=%s

Please do not reply to this email; replies are not read.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add("s:A12", t, "survey", False, CASE_A, [],
    "Post-resolution survey for the merge case; 'do not reply'.",
    inc("s:A12", t, ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
        "Tell us about your recent support experience (Case %s)" % CASE_A),
    alt(txt, t2h(txt), "s:A12"))

# --- owner's note to self (ja)
t = T("2025-05-15 09:30:12", "+0900")
txt = """マージ後チェック（ケース 174601938200517 は解決済み）

新アカウント AWS04412230 でサインインして確認：
- 試験履歴：OK（SAP-C02 4/18 も反映）
- 認定：OK（SAP / SAA / DVA）
- 特典：50%割引バウチャーが見当たらない → 別途問い合わせる
- Credly：3件受け取り済み
"""
add("g:note1", t, "user_reply", False, CASE_A, [CID_NEW],
    "Owner's note to self (personal to personal) naming the case in the body ('ケース N'), no subject token.",
    sent("g:note1", t, (ME_NAME, ME_P), ME_P, "マージ後チェックメモ"),
    leaf(txt, cte="base64"))

# --- farewell (ja)
t = T("2025-05-16 13:00:00", "+0900")
txt = """塚本さん

本日で最終日ですね。本当にお疲れさまでした！
チーム一同からの寄せ書きを共有フォルダに置いておきました。

新しい職場でもご活躍を。JAWS-UG でまた会いましょう。

佐々木
"""
add("hoshizora-tech.co.jp:bye", t, "unrelated", False, None, [],
    "Colleague's farewell on the last day.",
    inc("hoshizora-tech.co.jp:bye", t, ("佐々木 亮", "sasaki.r@hoshizora-tech.co.jp"), ME_C,
        "最終日", ip="10.20.3.14", host="TYCPR01MB8842.jpnprd01.prod.outlook.com", date_tz=JST),
    leaf(txt, charset="iso-2022-jp", cte="7bit"), crlf=True)

# --- Credly reminder to accept
t = T("2025-05-19 22:10:40")
txt = """Hi Kaede,

You still have 2 badges from Amazon Web Services Training and Certification that you haven't accepted yet.

Accepted badges can be shared on LinkedIn and verified by employers at any time.

View your badges: https://www.credly.com/earner/earned

Credly
"""
add("credly.com:rem", t, "badge", False, None, [],
    "Credly reminder to accept badges.",
    inc("credly.com:rem", t, ("Credly", "admin@credly.com"), ME_P,
        "Reminder: accept your badges from Amazon Web Services Training and Certification",
        ip="167.89.45.22", host="o4.email.credly.com"),
    alt(txt, t2h(txt), "credly.com:rem"))

# --- bounce: owner wrote to the closed company address
t = T("2025-05-20 02:31:09")
report = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 20 May 2025 11:31:05 +0900

Final-Recipient: rfc822; k.tsukamoto@hoshizora-tech.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
body_txt = """** Address not found **

Your message wasn't delivered to k.tsukamoto@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig = """From: Kaede Tsukamoto <kaede.tsukamoto88@gmail.com>
To: k.tsukamoto@hoshizora-tech.co.jp
Subject: test
Date: Tue, 20 May 2025 11:31:02 +0900
Message-ID: %s

test
""" % MID("g:test")
parts = [leaf(body_txt, cte="7bit"),
         (["Content-Type: message/delivery-status"], report.encode()),
         (["Content-Type: text/rfc822-headers"], orig.encode())]
mp = multi("report", parts, "googlemail.com:bounce", extra_ct="; report-type=delivery-status")
add("googlemail.com:bounce", t, "unrelated", False, None, [],
    "Bounce for the closed company mailbox (multipart/report).",
    inc("googlemail.com:bounce", t, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", auth="none", ip="209.85.220.69",
        host="mail-sor-f69.google.com", irt="g:test", refs=["g:test"],
        extra=[("Auto-Submitted", "auto-replied")]),
    mp)

# --- certmetrics benefits (personal)
t = T("2025-05-21 00:10:31")
txt = """Hello Kaede,

Thank you for being AWS Certified. Here is a reminder of what your certification gives you:

- Discounts on future AWS Certification exams (see Benefits in your certification account)
- Access to the AWS Certified Global Community
- Certified lounges at AWS Summits and re:Invent
- Digital badges through Credly

Sign in to your AWS Certification Account to see which benefits are available to you.

AWS Training and Certification
"""
add("certmetrics.com:ben", t, "certification", False, None, [],
    "Certification benefits reminder, generic.",
    inc("certmetrics.com:ben", t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Your AWS Certification benefits", ip="198.2.131.54", host="mail131-54.certmetrics.com"),
    alt(txt, t2h(txt), "certmetrics.com:ben"))

# =====================================================================
# Late May - June: console case (C), name correction (D), reopen of A
# =====================================================================
URL_C = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
CONSOLE_FOOT = """
To see this case or add a reply, open the AWS Support Center:
%s
(If you sign in through federation, sign in first and then open the link.)

This message was sent from an address that does not receive mail. Replies by email are not delivered to the support team; use the Support Center link above instead.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""

# --- C1 console acknowledgement
t = T("2025-05-22 04:33:12")
txt = """Hello,

We have received your request and created case %s in the AWS Support Center.

Case ID: %s
Subject: 50%% exam discount benefit missing after certification account merge
Severity: General guidance
Service: AWS Training and Certification

A support engineer will contact you through the Support Center. Response times depend on the severity you chose.
""" % (CASE_C, CASE_C) + CONSOLE_FOOT % URL_C
add("c:C1", t, "acknowledgement", False, CASE_C, [],
    "Support Center (console) case opened; the footer says email replies are not read.",
    inc("c:C1", t, ("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services: New Support case: %s" % CASE_C,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31"),
    leaf(txt, cte="7bit"), crlf=True)

# --- billing console case (not T&C)
t = T("2025-05-22 07:10:40")
URL_BILL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % BILLING_CASE
txt = """Hello,

We have received your request and created case %s in the AWS Support Center.

Case ID: %s
Subject: Unexpected NAT Gateway charges in April
Severity: General guidance
Service: Billing
Account: 318522749061

A support engineer will contact you through the Support Center. Response times depend on the severity you chose.
""" % (BILLING_CASE, BILLING_CASE) + CONSOLE_FOOT % URL_BILL
add("c:BILL1", t, "unrelated", False, None, [],
    "Console case about an AWS bill: same template as the T&C console case, different service.",
    inc("c:BILL1", t, ("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services: New Support case: %s" % BILLING_CASE,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31"),
    leaf(txt, cte="7bit"), crlf=True)

# --- C2 console info request: answer in Support Center
t = T("2025-05-23 03:50:26")
txt = """Hello,

Thank you for your patience.

I checked certification account AWS04412230. The exam history and certifications from your merged accounts are all there, but the 50% exam discount you earned when you recertified in April did not carry over.

To trace it I need two things from you:
1. the candidate ID of the account the discount was issued on, and
2. whether you had already started an exam registration with that discount before the merge.

Add your answer to the case in the Support Center (link below). Our system does not pick up email replies.

Best regards,
Priyanka S.
Amazon Web Services

We value your feedback. Rate this reply in the Support Center by selecting the stars at the top right of the correspondence.
""" + CONSOLE_FOOT % URL_C
add("c:C2", t, "info_request", True, CASE_C, [CID_NEW],
    "Console info request (numbered list) that must be answered in the Support Center; rating footer.",
    inc("c:C2", t, ("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31",
        irt="c:C1", refs=["c:C1"]),
    leaf(txt, cte="quoted-printable"), crlf=True)

# --- C3 owner replies by email anyway (wrong channel)
t = T("2025-05-23 13:20:44", "+0900")
txt = """Hello Priyanka,

1. The discount was on my old account, AWS01938475.
2. No, I had not started any registration with it.

Kaede Tsukamoto

2025年5月23日(金) 12:50 Amazon Web Services <no-reply-aws@amazon.com>:

> Hello,
>
> Thank you for your patience.
>
> I checked certification account AWS04412230. The exam history and certifications from your merged accounts are all there, but the 50%% exam discount you earned when you recertified in April did not carry over.
>
> To trace it I need two things from you:
> 1. the candidate ID of the account the discount was issued on, and
> 2. whether you had already started an exam registration with that discount before the merge.
>
> Add your answer to the case in the Support Center (link below). Our system does not pick up email replies.
"""
txt = txt.replace("%%", "%")
add("g:C3", t, "user_reply", False, CASE_C, [CID_OLD],
    "Owner answers the console case by email (will not reach support); Japanese Gmail quote header.",
    sent("g:C3", t, (ME_NAME, ME_P), CONSOLE,
         "Re: RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
         irt="c:C2", refs=["c:C1", "c:C2"]),
    leaf(txt, cte="quoted-printable"))

# --- billing case update (not T&C)
t = T("2025-05-24 06:00:18")
txt = """Hello,

Thank you for waiting while I reviewed your April bill.

The NAT Gateway charges came from a gateway in ap-northeast-1 that stayed in place after the related VPC resources were removed. As a one-time courtesy I have applied a credit of USD 9.80 to account 318522749061; it will show on your May invoice.

I'll mark this case as resolved. If you have other questions about billing, you can reopen it from the Support Center.

Best regards,
Daniel O.
Amazon Web Services
""" + CONSOLE_FOOT % URL_BILL
add("c:BILL2", t, "unrelated", False, None, [],
    "Billing console case resolved: looks like a resolution but is not a T&C case.",
    inc("c:BILL2", t, ("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] Unexpected NAT Gateway charges in April" % BILLING_CASE,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31",
        irt="c:BILL1", refs=["c:BILL1"]),
    leaf(txt, cte="quoted-printable"), crlf=True)

# --- English newsletter
t = T("2025-05-25 10:00:00")
txt = """THE CLOUD LEDGER - issue 88

* Five things we learned migrating 40 accounts to IAM Identity Center
* Is the Associate tier still worth it? A hiring manager's view
* Cost Explorer tricks for NAT Gateway surprises

Read online: https://cloudledger.news/88
Unsubscribe: https://cloudledger.news/u/kts88
"""
add("cloudledger.news:88", t, "unrelated", False, None, [],
    "English newsletter.",
    inc("cloudledger.news:88", t, ("The Cloud Ledger", "hello@cloudledger.news"), ME_P,
        "The Cloud Ledger #88: 40 accounts, one Identity Center", ip="198.2.180.14",
        host="mail180-14.suw31.mcsv.net"),
    alt(txt, t2h(txt), "cloudledger.news:88"))

# --- C4 console closing notice
t = T("2025-05-27 04:00:50")
txt = """Hello,

We haven't received a response on this case since our last message on May 23.

If we don't hear from you, the case will be resolved automatically in a few days. If you still need help, add a reply in the Support Center - email replies do not reach us. A resolved case can be reopened from the Support Center for 14 days.

Amazon Web Services
""" + CONSOLE_FOOT % URL_C
add("c:C4", t, "closing_notice", True, CASE_C, [],
    "Console auto-resolve warning, although the owner did answer (by email, which never arrived).",
    inc("c:C4", t, ("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31",
        irt="c:C2", refs=["c:C1", "c:C2"]),
    leaf(txt, cte="7bit"), crlf=True)

# --- Pearson VUE booking on the new account
t = T("2025-05-27 23:30:02")
txt = """Dear Kaede Tsukamato,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Language: English (ESL +30 accommodation applied)
Date and time: Thursday, June 12, 2025 at 1:30 PM Japan Standard Time
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 507338214
Candidate ID: AWS04412230

The name on your identification must match the name shown above.

Pearson VUE
"""
add("pearson.com:book2", t, "unrelated", False, None, [CID_NEW],
    "Exam booking on the new account; shows the misspelt surname that starts case D.",
    inc("pearson.com:book2", t, ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
        "Pearson VUE Confirmation of Booking", ip="159.182.1.77", host="mx1.pearson.com"),
    alt(txt, t2h(txt), "pearson.com:book2"))

# --- C5 case update after the owner answered in the console
t = T("2025-05-28 02:15:33")
txt = """Hello,

Thanks for the details you added in the Support Center.

I've passed them to the certification benefits team, who are the only ones able to reissue a discount that was on AWS01938475. They usually need three to five business days. I'll keep this case open in the meantime and let you know when it's done.

Best regards,
Priyanka S.
Amazon Web Services
""" + CONSOLE_FOOT % URL_C
add("c:C5", t, "case_update", False, CASE_C, [CID_OLD],
    "Passed to another team; the console footer still says 'add a reply' but nothing is asked.",
    inc("c:C5", t, ("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31",
        irt="c:C4", refs=["c:C1", "c:C2", "c:C4"]),
    leaf(txt, cte="quoted-printable"), crlf=True)

SUBJ_D = "RE:[CASE %s] %s - certification" % (CASE_D, SUBJ_FORM)

# --- D1 acknowledgement in Japanese (ISO-2022-JP)
t = T("2025-05-29 01:10:27")
txt = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせをケース %s として受け付けました。

担当者より通常 1 営業日以内にご連絡いたします。内容によっては、調査のためお時間をいただく場合がございます。

同じ内容で新しくお問い合わせをいただきますと、別のケースとして扱われ回答が遅れることがございます。追加の情報は、件名を変えずに本メールへご返信ください。

■ お問い合わせ内容
お問い合わせタイプ：認定
その他の詳細：アカウント情報の変更
AWS 候補 ID：AWS04412230
内容：認定アカウントの姓が「Tsukamato」と誤って登録されています。6月12日の試験までに「Tsukamoto」へ修正をお願いします。

AWS トレーニングと認定
""" % CASE_D
add("s:D1", t, "acknowledgement", False, CASE_D, [CID_NEW],
    "Japanese acknowledgement in ISO-2022-JP with the form echoed.",
    inc("s:D1", t, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, subj_cs="iso-2022-jp"),
    leaf(txt, charset="iso-2022-jp", cte="7bit"))

# --- D2 info request in Japanese keigo (Shift_JIS, 8bit)
t = T("2025-05-30 06:40:12")
txt = """塚本 楓 様

AWS トレーニングと認定カスタマーサポートの佐伯でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントの氏名変更につきましては、ご本人様確認のうえで対応させていただいております。
お手数ではございますが、以下の 2 点をご返信いただけますでしょうか。

1. 試験当日にご提示予定の本人確認書類に記載されているローマ字氏名
2. 認定アカウントにご登録の生年月日

なお、本人確認書類の画像をお送りいただく必要はございません。

ご確認のほど、よろしくお願いいたします。

佐伯 遥
AWS トレーニングと認定 カスタマーサポート
"""
add("s:D2", t, "info_request", True, CASE_D, [],
    "Japanese keigo request (ご返信いただけますでしょうか) in Shift_JIS 8bit; 'no need to send an image' is a non-request.",
    inc("s:D2", t, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, irt="s:D1", refs=["s:D1"],
        subj_cs="iso-2022-jp"),
    leaf(txt, charset="shift_jis", cte="8bit"))

# --- D3 owner's reply in Japanese
t = T("2025-05-30 21:15:03", "+0900")
txt = """佐伯様

ご連絡ありがとうございます。塚本です。

1. TSUKAMOTO KAEDE（パスポートの表記です）
2. 1990年8月21日

候補IDは AWS04412230 です。
よろしくお願いいたします。

塚本 楓

2025年5月30日(金) 15:40 AWS トレーニングと認定 <%s>:
%s
""" % (TC, gq("""塚本 楓 様

AWS トレーニングと認定カスタマーサポートの佐伯でございます。
(中略)
お手数ではございますが、以下の 2 点をご返信いただけますでしょうか。

1. 試験当日にご提示予定の本人確認書類に記載されているローマ字氏名
2. 認定アカウントにご登録の生年月日"""))
add("g:D3", t, "user_reply", False, CASE_D, [CID_NEW],
    "Owner's Japanese reply with Gmail 'YYYY年M月D日 ... <addr>:' quote header.",
    sent("g:D3", t, ("塚本 楓", ME_P), TC, SUBJ_D, irt="s:D2", refs=["s:D1", "s:D2"]),
    leaf(txt, cte="quoted-printable"))

# --- C6 resolved (console) with rating footer
t = T("2025-06-02 03:20:44")
txt = """Hello,

Good news: the certification benefits team has reissued your 50%% exam discount to certification account AWS04412230. You'll find it under Benefits the next time you sign in, valid until April 18, 2026.

I've marked this case as resolved. Nothing else is needed from you.

Best regards,
Priyanka S.
Amazon Web Services

We value your feedback. Rate this reply in the Support Center by selecting the stars at the top right of the correspondence.
""" + CONSOLE_FOOT % URL_C
add("c:C6", t, "resolved", False, CASE_C, [CID_NEW],
    "Console resolution with rating footer and 'add a reply' boilerplate.",
    inc("c:C6", t, ("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31",
        irt="c:C5", refs=["c:C1", "c:C2", "c:C4", "c:C5"]),
    leaf(txt.replace("%%", "%"), cte="quoted-printable"), crlf=True)

# --- D4 case update (Japanese, HTML only, base64)
t = T("2025-06-02 05:00:19")
h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>塚本 楓 様</p>
<p>ご返信いただき、ありがとうございます。</p>
<p>お知らせいただいた内容を確認し、氏名の変更を担当する認定運用チームへ対応を依頼いたしました。<br>
処理が完了しましたら、あらためてご連絡いたします。</p>
<p>現時点で塚本様に追加でご対応いただくことはございません。</p>
<p>佐伯 遥<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
"""
add("s:D4", t, "case_update", False, CASE_D, [],
    "Japanese HTML-only update: handed to operations team, explicitly nothing to do.",
    inc("s:D4", t, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, irt="g:D3", refs=["s:D1", "s:D2", "g:D3"],
        subj_cs="iso-2022-jp"),
    leaf(h, "html", cte="base64"))

# --- C7 console survey
t = T("2025-06-03 01:00:07")
txt = """Hello,

Your AWS Support case %s was recently resolved.

How would you rate your experience? Choose a rating from 1 to 5:
https://console.aws.amazon.com/support/feedback?displayId=%s

Your feedback helps us improve AWS Support.

Amazon Web Services
""" % (CASE_C, CASE_C)
add("c:C7", t, "survey", False, CASE_C, [],
    "Console case survey.",
    inc("c:C7", t, ("Amazon Web Services", CONSOLE), ME_P,
        "How was your experience with AWS Support? Case %s" % CASE_C,
        host="a27-31.smtp-out.us-west-2.amazonses.com", ip="54.240.27.31"),
    alt(txt, t2h(txt), "c:C7"), crlf=True)

# --- phishing: real From address, DMARC fail
t = T("2025-06-03 14:22:35")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We were unable to complete the merge of your certification accounts because the identity verification fee of <b>USD 4.99</b> could not be charged.</p>
<p>To avoid cancellation of the merge and the loss of your exam history, update your payment details within 24 hours:</p>
<p><a href="https://aws-certification-billing.support/pay?ref=174652209900318">https://aws.training/certification/merge/payment</a></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Case ID</td><td>174652209900318</td></tr><tr><td>Status</td><td>Payment required</td></tr></table>
<p>Best regards,<br>AWS Training and Certification</p>
</body></html>
"""
add("s:PH2", t, "suspicious", False, None, [],
    "Uses the genuine T&C From address and case subject but DKIM/SPF/DMARC fail; link text hides another domain.",
    inc("s:PH2", t, (TC_NAME, TC), ME_P,
        "RE:[CASE 174652209900318] %s - account-assistance" % SUBJ_FORM, auth="fail",
        ip="185.234.72.19", host="static-185-234-72-19.clients.example"),
    leaf(h, "html", cte="quoted-printable"))

# --- new colleague (ja)
t = T("2025-06-04 08:40:00", "+0900")
txt = """塚本さん

おはようございます、ミライクラウドワークスの岡です。
来週の社内勉強会で「AWS 認定アカウントの引っ越し」について10分ほど話してもらえませんか？
最近転職してきた人が何人か同じことで困っているので、経験談があると助かります。

岡
"""
add("mirai-cloudworks.jp:oka", t, "unrelated", False, None, [],
    "New colleague asks the owner to talk about moving the certification account; a request, but not support.",
    inc("mirai-cloudworks.jp:oka", t, ("岡 航平", "oka.k@mirai-cloudworks.jp"), "k.tsukamoto@mirai-cloudworks.jp",
        "勉強会のお願い（AWS認定アカウントの引っ越し）", ip="209.85.220.41",
        host="mail-sor-f41.google.com", date_tz=JST,
        extra=[("X-Forwarded-To", ME_P), ("X-Forwarded-For", "k.tsukamoto@mirai-cloudworks.jp " + ME_P)]),
    leaf(txt, cte="quoted-printable"))

# --- D5 info request in English from another agent (question only)
t = T("2025-06-04 02:05:41")
txt = """Hi Kaede,

I'm Rhea from the certification operations team; Haruka passed your name correction to me.

Your passport shows TSUKAMOTO KAEDE, family name first. On certificates and on Pearson VUE records we print first name, then last name, so after the fix your name would read "Kaede Tsukamoto". Pearson VUE compares the first and last name fields separately, so the order on the printout does not affect check-in.

Is "Kaede Tsukamoto" how you want it to appear, or do you prefer the family name first?

Thanks,
Rhea M.
AWS Certification Operations

> 1. TSUKAMOTO KAEDE (passport)
> 2. 1990-08-21
"""
add("s:D5", t, "info_request", True, CASE_D, [],
    "English follow-up on a Japanese case by a second agent; the request is a bare either/or question.",
    inc("s:D5", t, ("AWS Certification Operations", TC), ME_P, SUBJ_D, irt="s:D4",
        refs=["s:D1", "s:D2", "g:D3", "s:D4"]),
    alt(txt, t2h(txt), "s:D5"))

# --- D6 owner's short English reply
t = T("2025-06-04 12:02:19", "+0900")
txt = """Hi Rhea,

"Kaede Tsukamoto" is fine. The only real problem is the spelling of the surname (Tsukamato -> Tsukamoto).

Thanks,
Kaede

On Wed, Jun 4, 2025 at 11:05 AM AWS Certification Operations <%s> wrote:
> Is "Kaede Tsukamoto" how you want it to appear, or do you prefer the family name first?
""" % TC
add("g:D6", t, "user_reply", False, CASE_D, [],
    "Owner's short answer with a one-line quote.",
    sent("g:D6", t, (ME_NAME, ME_P), TC, SUBJ_D, irt="s:D5", refs=["s:D1", "s:D2", "g:D3", "s:D4", "s:D5"]),
    leaf(txt, cte="7bit"))

# --- D7 resolved (Japanese, multipart ISO-2022-JP)
t = T("2025-06-05 06:30:58")
txt = """塚本 楓 様

お待たせいたしました。認定アカウントのご登録氏名を「Kaede Tsukamoto」に修正いたしました。次回サインイン時から反映されます。

6月12日にご予約済みの試験につきましても、Pearson VUE 側の登録情報に24時間以内に反映されますので、予約を取り直していただく必要はございません。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

佐伯 遥
AWS トレーニングと認定 カスタマーサポート
"""
add("s:D7", t, "resolved", False, CASE_D, [],
    "Japanese resolution; conditional invitation (ご不明な点がございましたら).",
    inc("s:D7", t, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, irt="g:D6",
        refs=["s:D1", "s:D2", "g:D3", "s:D4", "s:D5", "g:D6"], subj_cs="iso-2022-jp"),
    alt(txt, t2h(txt).replace("utf-8", "iso-2022-jp"), "s:D7", charset="iso-2022-jp",
        cte_t="7bit", cte_h="7bit"))

# --- Pearson VUE reminder
t = T("2025-06-06 00:00:31")
txt = """Dear Kaede Tsukamoto,

This is a reminder of your upcoming exam.

Exam: SCS-C02: AWS Certified Security - Specialty
Date and time: Thursday, June 12, 2025 at 1:30 PM Japan Standard Time
Registration ID: 507338214

Please arrive 30 minutes early and bring two forms of valid identification.

Pearson VUE
"""
add("pearson.com:rem", t, "unrelated", False, None, [],
    "Exam vendor reminder, name now corrected.",
    inc("pearson.com:rem", t, ("Pearson VUE", "pearsonvuereminder@pearson.com"), ME_P,
        "Reminder: your upcoming Pearson VUE exam", ip="159.182.1.78", host="mx2.pearson.com"),
    alt(txt, t2h(txt), "pearson.com:rem"))

# --- D8 survey (Japanese)
t = T("2025-06-06 08:00:12")
txt = """このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。

ケース %s の対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間：約1分）。

アンケートに回答する：https://survey.aws-feedback.amazon.com/r/tc?c=%s&lang=ja

※本メールは送信専用アドレスからお送りしています。
AWS トレーニングと認定
""" % (CASE_D, CASE_D)
add("s:D8", t, "survey", False, CASE_D, [],
    "Japanese survey (アンケートにご協力いただけますと幸いです) - polite request form, but a survey.",
    inc("s:D8", t, ("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
        "サポート対応に関するアンケートのお願い（ケース %s）" % CASE_D),
    leaf(txt, cte="base64"))

# --- phishing: Pearson VUE lookalike
t = T("2025-06-07 20:11:45")
txt = """Dear Candidate,

Your exam appointment SCS-C02 on June 12 has been CANCELLED because the name on your candidate profile does not match your identification.

To reinstate the appointment, reply to this email within 12 hours with a scan of your passport and pay the reinstatement fee of USD 35 at:
https://pearsonvue-candidates.com/reinstate

Failure to respond will forfeit your exam fee.

Pearson VUE Candidate Services
"""
add("pearsonvue-candidates.com:ph", t, "suspicious", False, None, [],
    "Exam-vendor lookalike exploiting the name problem; demands a reply and a passport scan.",
    inc("pearsonvue-candidates.com:ph", t, ("Pearson VUE", "candidate-services@pearsonvue-candidates.com"),
        ME_P, "URGENT: Your exam appointment has been cancelled", auth="lookalike",
        ip="103.153.79.12", host="srv12.pearsonvue-candidates.com"),
    leaf(txt, cte="7bit"))

# --- exam result (certmetrics)
t = T("2025-06-13 09:20:16")
txt = """Congratulations, Kaede!

You have passed the AWS Certified Security - Specialty exam and are now AWS Certified.

Your certificate and score report are available in your AWS Certification Account. A digital badge will be issued by Credly shortly.

AWS Training and Certification
"""
add("certmetrics.com:pass", t, "certification", False, None, [],
    "Exam pass notification.",
    inc("certmetrics.com:pass", t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations! You are now AWS Certified", ip="198.2.131.54", host="mail131-54.certmetrics.com"),
    alt(txt, t2h(txt), "certmetrics.com:pass"))

# --- Credly badge Security Specialty
t = T("2025-06-13 10:02:44")
txt = """Kaede, you earned a new badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Security - Specialty badge.

Accept your badge: https://www.credly.com/badges/b8e41d07-2c6a-4f95-8d30-61a7e9c2f154/accept

Credly, by Pearson
"""
add("credly.com:b3", t, "badge", False, None, [],
    "Credly badge issued.",
    inc("credly.com:b3", t, ("Credly", "admin@credly.com"), ME_P,
        "Kaede, you've earned a badge from Amazon Web Services Training and Certification",
        ip="167.89.45.21", host="o3.email.credly.com"),
    alt(txt, t2h(txt), "credly.com:b3"))

# --- AWS marketing (English)
t = T("2025-06-14 01:00:03")
txt = """Upcoming AWS webinars

June 19 - Building a landing zone with AWS Control Tower
June 24 - Preparing for the AWS Certified Security - Specialty exam
June 26 - Generative AI on AWS for builders

Register: https://aws.amazon.com/events/online-tech-talks/?trk=em_9913

You are receiving this email because you subscribed to AWS event updates. Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
add("s:mkt2", t, "unrelated", False, None, [],
    "AWS marketing webinars mentioning a certification exam.",
    inc("s:mkt2", t, ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
        "Upcoming AWS webinars: Control Tower, Security Specialty prep and more",
        ip="199.127.232.19", host="mail19.awscloud.com", mailfrom="bounce-19-9913@mail.awscloud.com"),
    alt(txt, t2h(txt), "s:mkt2"))

# --- A13 owner reopens the merge case (subject without token spacing variant)
t = T("2025-06-16 09:40:27", "+0900")
txt = """Hi Tomasz,

Sorry to come back to this. Looking at the exam history on AWS04412230, I can't find my DVA-C01 exam from 2021 (I passed it; the certification expired and I later took DVA-C02). It was listed on the old company account before the merge.

Could you check whether it was carried over?

Thanks,
Kaede

On Wed, May 14, 2025 at 10:15 AM AWS Training and Certification <%s> wrote:
> Hi Kaede,
>
> I've merged Accounts #2 and #3 into Account #1. When you sign in with kaede.tsukamoto88@gmail.com (candidate ID AWS04412230) you should now see the combined exam history, your certifications and any benefits that were on the other accounts. The two old accounts are deactivated.
>
> If something looks wrong once you've had a look, reply here and I'll check.
""" % TC
add("g:A13", t, "user_reply", False, CASE_A, [CID_NEW],
    "Owner reopens the resolved merge case weeks later; 'RE: [CASE' with a space.",
    sent("g:A13", t, (ME_NAME, ME_P), TC,
         "RE: [CASE %s] %s - account-assistance" % (CASE_A, SUBJ_FORM),
         irt="s:A11", refs=["s:A1", "s:A9", "g:A10", "s:A11"]),
    leaf(txt, cte="quoted-printable"))

# --- A14 reopened acknowledgement (automated)
t = T("2025-06-16 01:05:13")
txt = """Hello,

Your reply has been added to case %s and the case has been reopened.

A member of our team will review it and respond, usually within 24 hours. There is no need to open a new case.

AWS Training and Certification
""" % CASE_A
add("s:A14", t, "acknowledgement", False, CASE_A, [],
    "Automated 'case reopened' receipt; asks nothing.",
    inc("s:A14", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="g:A13", refs=["s:A1", "s:A11", "g:A13"]),
    leaf(txt, cte="7bit"))

# --- A15 info request: a check to report back
t = T("2025-06-17 04:45:20")
txt = """Hello Kaede,

Thanks for getting back to us. I looked at the merged record and all exams from the old account were moved, including one from 2021.

Expired exams are hidden in Exam History by default. Before I escalate this to the records team, would you sign in, open Exam History, change the status filter from "Active" to "All", and tell me whether the DVA-C01 entry appears?

Kind regards,
Devika R.
AWS Training and Certification | Customer Support
"""
add("s:A15", t, "info_request", True, CASE_A, [],
    "Asks the owner to perform a check and report back ('would you ... and tell me whether').",
    inc("s:A15", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="s:A14", refs=["s:A1", "s:A11", "g:A13", "s:A14"]),
    alt(txt, t2h(txt), "s:A15"))

# --- A16 owner reports back
t = T("2025-06-17 18:12:09", "+0900")
txt = """Hi Devika,

You were right, with "All" selected the DVA-C01 exam is there. Sorry for the trouble - the case can be closed.

Kaede

On Tue, Jun 17, 2025 at 1:45 PM AWS Training and Certification <%s> wrote:
> Before I escalate this to the records team, would you sign in, open Exam History, change the status filter from "Active" to "All", and tell me whether the DVA-C01 entry appears?
""" % TC
add("g:A16", t, "user_reply", False, CASE_A, [],
    "Owner reports the check result and asks to close.",
    sent("g:A16", t, (ME_NAME, ME_P), TC, SUBJ_A, irt="s:A15",
         refs=["s:A1", "s:A11", "g:A13", "s:A14", "s:A15"]),
    alt(txt, t2h(txt), "g:A16"))

# --- A17 resolved again
t = T("2025-06-18 02:00:38")
txt = """Hello Kaede,

Glad that cleared it up, and no trouble at all. I'm marking the case as resolved; no further action is required on your side.

You may receive a short survey about this case. Answering it is optional.

Kind regards,
Devika R.
AWS Training and Certification | Customer Support
"""
add("s:A17", t, "resolved", False, CASE_A, [],
    "Second resolution after reopen; mentions an optional survey.",
    inc("s:A17", t, (TC_NAME, TC), ME_P, SUBJ_A, irt="g:A16",
        refs=["s:A1", "s:A11", "g:A13", "s:A14", "s:A15", "g:A16"]),
    alt(txt, t2h(txt), "s:A17"))

# --- GitHub PR merged (personal repo)
t = T("2025-06-18 10:30:51")
txt = """Merged #43 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kaede-t/cfn-lint-ja/pull/43#event-18220466120
You are receiving this because you are subscribed to this thread.
"""
add("github.com:pr43", t, "unrelated", False, None, [],
    "GitHub merged PR.",
    inc("github.com:pr43", t, ("Yuto Mori", "notifications@github.com"), ME_P,
        "Re: [kaede-t/cfn-lint-ja] Fix truncated Japanese message for E3012 (PR #43)",
        ip="192.30.252.205", host="out-22.smtp.github.com",
        irt="github.com:pr43-open", refs=["github.com:pr43-open"],
        extra=[("X-GitHub-Reason", "subscribed")]),
    alt(txt, t2h(txt), "github.com:pr43"))


# =====================================================================
# write everything
# =====================================================================
README_HEAD = """me: %s %s

# Blind held-out corpus 159

Mailbox of Kaede Tsukamoto, who leaves Hoshizora Technologies (an AWS Partner) on 16 May 2025 and
moves the AWS Certification account from the company address to the personal Gmail address. The
mailbox holds mail to both addresses (the company mailbox is gone after 16 May) and the owner's own
sent mail. Messages run from 1 April to 18 June 2025, in arrival order. `python3 gen.py`
regenerates every file (deterministic) and prints the count per kind.

## Cases

| case | format | channel | topic | path |
|---|---|---|---|---|
| %s | 10 digits | T&C form mail | ESL +30 exam accommodation | ack to personal -> request to write from the registered (company) address -> closing notice -> owner replies from company address (+ forwards to self) -> resolved -> survey |
| %s | 15 digits | T&C form mail | account merge company -> personal | ack -> APN partner hold with a buried question -> reply -> hold (nothing to do) -> hold lifted -> confirmation request (HTML table) -> closing notice restating the listing -> confirmation -> second confirmation (third, university account) -> confirmation -> merged -> survey; reopened a month later: owner reply -> reopen receipt -> check-and-report request -> reply -> resolved |
| %s | 15 digits | T&C form mail | duplicate form for the same merge | ack to company address -> closed as duplicate and linked to %s |
| %s | 11 digits | Support Center (console) | 50%% discount benefit lost in the merge | ack -> request that must be answered in the console -> owner answers by email (never arrives) -> auto-resolve warning -> passed to benefits team -> resolved -> survey |
| %s | 11 digits | T&C form mail, Japanese | misspelt surname before an exam | Japanese ack (ISO-2022-JP) -> keigo request (Shift_JIS) -> Japanese reply -> update -> English question from a second agent -> reply -> Japanese resolution -> Japanese survey |

Not T&C cases (labelled `unrelated`, `case: null`): console billing case %s, AWS Events form case
174633901500241, Loglane ticket #1938201, Tasklane request #58213. Phishing case numbers
(174633120900871, 174652209900318) are labelled `case: null`.

Candidate IDs: %s (company account), %s (personal account, kept), %s (university account found
during the merge).

## Labelling decisions

- `case` is set only for the five AWS Training and Certification cases above. Other support cases
  (AWS billing console case, AWS Events form case, other vendors) get `null`: they are not what the
  mailbox owner tracks, even where the subject carries `[CASE n]`.
- Phishing that quotes a case-like number gets `case: null` and `needs_reply: false`.
- The duplicate-closed notice (case_update) mentions both %s and %s; it belongs to %s
  (its subject token and thread).
- An acknowledgement that echoes the submitted form ("What you submitted", "Summary of your
  submission", お問い合わせ内容) is support's own text, not quoted history, so candidate IDs in that
  echo are listed. IDs that appear only after `>`, "On ... wrote:", "-----Original Message-----",
  "---------- Original message ----------" or a forwarded header block are not listed.
- The first APN hold asks, inside the hold, whether the owner is leaving and the last working day:
  `on_hold` with `needs_reply: true`. The second hold says there is nothing to do: `false`.
- The closing notice of %s repeats the Account #1/#2 listing; it is labelled `closing_notice`
  (the reason it was sent is the missing answer) and needs a reply.
- The second confirmation request (third account found) comes after the owner already confirmed;
  it is still a `confirmation_request` that needs a reply.
- Console case %s: the owner answered by email, which the footer says is not received; the
  following auto-resolve warning is a `closing_notice` with `needs_reply: true` because support is
  still waiting (the owner must answer in the Support Center). The owner's email itself is a
  `user_reply`.
- Resolutions that ask the owner to do something that is not writing back (rebook the exam) or
  invite a reply only conditionally ("if something looks wrong, reply", ご不明な点がございましたら)
  are `resolved`, `needs_reply: false`. Console resolutions with the rating footer are `resolved`,
  not `survey`.
- "Your case has been reopened" receipt: `acknowledgement`.
- "AWS Certification wants to hear from you" (certmetrics questionnaire about the exam) is about the
  certification program, not a support case: `certification`, not `survey`.
- The owner's forward of support's request to the personal address, and a note-to-self that names
  case %s in its body, are `user_reply` with `needs_reply: false`; the note gets the case number.
- A mail that carries the real T&C sender address but fails DKIM, SPF and DMARC is `suspicious`.
  Lookalike domains pass their own DMARC and are still `suspicious`.
- Colleagues, HR and the new employer asking things are `unrelated`, `needs_reply: false`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["t"].astimezone(datetime.timezone.utc), i))
    counts = {}
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        base = os.path.join(OUT, "%03d-msg" % n)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                 "candidate_ids": m["cands"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append("| %03d | %s | %s | %s | %s |" % (
            n, m["kind"], "yes" if m["reply"] else "no", m["case"] or "-", m["note"].replace("|", "/")))
    head = README_HEAD % (ME_P, ME_C, CASE_E, CASE_A, CASE_B, CASE_A, CASE_C, CASE_D, BILLING_CASE,
                          CID_OLD, CID_NEW, CID_UNI, CASE_B, CASE_A, CASE_B, CASE_A, CASE_C, CASE_A)
    tail = "\n\n## Counts\n\n" + "\n".join("- %s: %d" % (k, v) for k, v in sorted(counts.items())) + \
        "\n- total: %d\n- needs_reply true: %d\n" % (len(MSGS), sum(1 for m in MSGS if m["reply"]))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + tail)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))


if __name__ == "__main__":
    main()
