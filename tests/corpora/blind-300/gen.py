#!/usr/bin/env python3
"""Generate the blind-300 corpus: a mailbox around AWS Training and Certification
support cases, with a stress theme on closing / reopening mail.

Standard library only. Writes NNN-msg.eml and NNN-msg.json next to this script.
Deterministic: the same files are produced on every run.
"""
import base64
import collections
import datetime as dtm
import email.header
import email.utils
import json
import os
import quopri
import random

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(300)

JST = dtm.timezone(dtm.timedelta(hours=9), "JST")
UTC = dtm.timezone.utc

ME_P = "kenta.morishita.mk@gmail.com"
ME_C = "k-morishita@hoshizora-tech.co.jp"
ME = "Kenta Morishita"
ME_JA = "森下 健太"

TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# ---- cases -------------------------------------------------------------------
A = "176221515300418"    # merge company -> personal (form, EN)
B = "176221645000937"    # duplicate of A, filed from the company address
F = "176360071200265"    # name on certificate (form, JA agent)
F2 = "176360170000512"   # duplicate of F
Q = "176413608201173"    # console case, Lambda quota (NOT T&C)
E = "176422383100294"    # AWS Educate form case (NOT T&C)
C = "176455565500846"    # console case, T&C benefit missing after merge
G = "176515446900731"    # ESL+30 question, closed at owner's request
D = "13958830371"        # old 2023 badge case (11 digits)
H = "176533576400152"    # Credly badges after merge
FAKE = "176549321000608" # case number in a spoofed mail
OLD10 = "7391046652"     # 2020 case mentioned in the form text

SUBJ_ACC = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_REC = "[AWS Training and Certification Form Submission] - certification-records"
SUBJ_BADGE = "[AWS Training and Certification Form Submission] - digital-badges"
SUBJ_ESL = "[AWS Training and Certification Form Submission] - exam-accommodations"

CANDP = "AWS05518230"  # personal (kept) account
CANDC = "AWS02917764"  # company account

# ---- small helpers -------------------------------------------------------------

def J(month, day, hh, mm, ss=0):
    return dtm.datetime(2025, month, day, hh, mm, ss, tzinfo=JST)


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ses_id():
    return "<0100019a%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexs(8), hexs(8), hexs(4), hexs(4), hexs(12))


def gmail_id():
    return "<CAK%s@mail.gmail.com>" % alnum(52)


def fmt_date(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    return email.utils.format_datetime(dt)


def pacific(dt):
    u = dt.astimezone(UTC)
    if u < dtm.datetime(2025, 11, 2, 9, 0, tzinfo=UTC):
        return dt.astimezone(dtm.timezone(dtm.timedelta(hours=-7), "PDT"))
    return dt.astimezone(dtm.timezone(dtm.timedelta(hours=-8), "PST"))


def rcv_date(dt):
    p = pacific(dt)
    return email.utils.format_datetime(p) + " (%s)" % p.tzname()


def enc_h(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), a)


CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii", "windows-1252": "cp1252"}


def leaf(text, subtype="plain", charset="utf-8", cte="7bit", label=None, extra=None):
    data = text.encode(CODEC[charset.lower()])
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = "text/%s; charset=%s" % (subtype, label or ('"%s"' % charset))
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return hdrs, body


def raw_part(ctype, body_bytes, extra=None):
    hdrs = [("Content-Type", ctype)] + (extra or [])
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return hdrs, body_bytes


def hdr_bytes(hdrs):
    out = b""
    for k, v in hdrs:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    return out


def multi(subtype, parts, boundary=None, extra_ct=""):
    boundary = boundary or ("%s" % hexs(28))
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct)
    body = b""
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n" + hdr_bytes(h) + b"\n" + b
    body += b"--" + boundary.encode() + b"--\n"
    return [("Content-Type", ct)], body


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n</head>\n<body style="font-family:Arial,'
            'Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body>\n</html>\n') % (lang, inner)


def paras_html(text):
    """Plain text (blank-line separated paragraphs) -> simple HTML paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join("<li>%s</li>" % esc(l[2:]) for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(esc(l) for l in lines) + "</p>")
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- trace headers -------------------------------------------------------------

def trace_gmail(dt, rcpt, host, ip, mailfrom, from_dom, dkim=None, spf="pass",
                dmarc="pass", policy="QUARANTINE", dis="NONE"):
    arrive = dt + dtm.timedelta(seconds=RNG.randint(1, 9))
    dkim = dkim if dkim is not None else [(from_dom, "pass")]
    ar = ["mx.google.com;"]
    for d, res in dkim:
        extra = " (signature did not verify)" if res == "fail" else ""
        ar.append("dkim=%s%s header.i=@%s header.s=%s header.b=%s;" % (
            res, extra, d, alnum(10).lower(), alnum(8)))
    mdom = mailfrom.split("@")[1]
    if spf == "pass":
        ar.append("spf=pass (google.com: domain of %s designates %s as permitted sender) "
                  "smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    else:
        ar.append("spf=%s (google.com: domain of %s does not designate %s as permitted "
                  "sender) smtp.mailfrom=%s;" % (spf, mailfrom, ip, mailfrom))
    ar.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, dis, from_dom))
    return [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s"
         % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(3).lower(), RNG.randint(100000, 999999),
            rcv_date(arrive))),
        ("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s.%d;\n        %s"
         % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(20).lower(), RNG.randint(1760000000000, 1769999999999),
            rcv_date(arrive))),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n"
         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (host, host, ip, alnum(16).lower(), RNG.randint(10, 99), pacific(arrive).month, pacific(arrive).day,
            pacific(arrive).hour, pacific(arrive).minute, pacific(arrive).second, rcpt, rcv_date(arrive))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", "\n       ".join(ar)),
    ]


def trace_m365(dt, rcpt, host, ip, mailfrom, from_dom, dkim="pass", dmarc="pass"):
    arrive = dt + dtm.timedelta(seconds=RNG.randint(1, 9))
    t = fmt_date(arrive, UTC)
    return [
        ("Received", "from TYWPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s)\n"
         " by OS3PR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s"
         % (RNG.randint(1000, 9999), hexs(3), hexs(2), RNG.randint(1000, 9999), t)),
        ("Received", "from %s (%s) by\n TY2PEPF0000%s.mail.protection.outlook.com (10.167.241.%d) with\n"
         " Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.9320.8 via Frontend Transport; %s"
         % (host, ip, alnum(5).upper(), RNG.randint(2, 250), t)),
        ("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
         " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n reason=100"
         % (ip, mailfrom.split("@")[1], dkim, from_dom, dmarc, from_dom)),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
         % (mailfrom.split("@")[1], ip, ip, host)),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("Return-Path", mailfrom),
    ]


def trace_internal(dt):
    t = fmt_date(dt + dtm.timedelta(seconds=2), UTC)
    return [
        ("Received", "from OS0PR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n"
         " OS0PR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s%%7]) with mapi id\n 15.20.9320.007; %s"
         % (RNG.randint(1000, 9999), hexs(4), hexs(4), hexs(4), hexs(4), RNG.randint(1000, 9999),
            hexs(4), hexs(4), hexs(4), hexs(4), t)),
        ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshizora-tech.co.jp;"),
        ("X-MS-Exchange-Organization-AuthSource", "OS0PR01MB%d.jpnprd01.prod.outlook.com" % RNG.randint(1000, 9999)),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ]


def ses_ip():
    return "54.240.%d.%d" % (RNG.choice([8, 9, 27, 48]), RNG.randint(10, 250))


def ses_mailfrom():
    return "0100019a%s-%s-%s-%s-%s-000000@email.amazonses.com" % (
        hexs(8), hexs(8), hexs(4), hexs(4), hexs(12))


def aws_trace(dt, rcpt, from_dom="amazon.com"):
    ip = ses_ip()
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    mf = ses_mailfrom()
    if rcpt == ME_C:
        return trace_m365(dt, rcpt, host, ip, mf, from_dom)
    return trace_gmail(dt, rcpt, host, ip, mf, from_dom,
                       dkim=[(from_dom, "pass"), ("amazonses.com", "pass")])


# ---- message assembly ----------------------------------------------------------

MSGS = []
IDS = {}


def add(key, label, top, part, eol="\n", trace=None, mid=None):
    """top: list of (name, value) for the top-level headers (Date/From/To/...)."""
    mid = mid or ses_id()
    IDS[key] = mid
    hdrs = list(trace or [])
    hdrs += top
    hdrs.append(("Message-ID", mid))
    hdrs.append(("MIME-Version", "1.0"))
    ph, pb = part
    hdrs += ph
    raw = hdr_bytes(hdrs) + b"\n" + pb
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, reply, case, cands = label
    cands = list(dict.fromkeys(cands))  # distinct, in order of first appearance
    MSGS.append((raw, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}))
    return mid


def refs(*keys):
    ids = [IDS[k] for k in keys]
    return [("In-Reply-To", ids[-1]), ("References", "\n ".join(ids))]


def aws_top(dt, frm, to, subject, tz=UTC, cs="utf-8"):
    return [("Date", fmt_date(dt, tz)), ("From", frm), ("To", to), ("Subject", enc_h(subject, cs))]


TC_FROM = addr("Amazon Web Services", TC)
TC_FROM2 = addr("AWS Training and Certification", TC)
CONSOLE_FROM = addr("Amazon Web Services", NOREPLY)
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"

# =============================================================================
# Messages, in arrival order
# =============================================================================

# 001 -- AWS billing statement (unrelated) ------------------------------------
dt = J(10, 27, 8, 2, 14)
txt = """Hello,

Your Amazon Web Services statement for October 2025 is now available for the AWS account
ending in 6715 [AWS ID 482190336715].

Amount due: USD 3.84
Charged to: Visa ending in 0442 on or after November 2, 2025

Review the itemized charges in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Questions about this bill can be raised with AWS Billing support from the console.

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent from an
unmonitored mailbox.
"""
add("bill", ("unrelated", False, None, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "Amazon Web Services Billing Statement Available [Account: 482190336715]"),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 002 -- certification expiry in 90 days (certification) ----------------------
dt = J(10, 28, 1, 15, 3)
txt = """Hi Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on January 25, 2026,
90 days from today.

To keep it active, pass the current version of the exam, or a higher-level exam in the same
path, before the expiry date. Your 50% discount benefit can be applied to a recertification
exam; find it under Benefits in your AWS Certification Account.

Candidate ID: AWS02917764
Validation number: Q7W2ZK1LBFE11F3X

If the certification expires, you will need to take the exam again to earn it back.

AWS Certification
https://www.aws.training/certification

You are receiving this message because you hold an active AWS Certification.
"""
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi Kenta,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification expires on
<b>January 25, 2026</b>, 90 days from today.</p>
<p>To keep it active, pass the current version of the exam, or a higher-level exam in the same path,
before the expiry date. Your 50% discount benefit can be applied to a recertification exam; find it
under <i>Benefits</i> in your AWS Certification Account.</p>
<table cellpadding="4" style="font-size:13px"><tr><td>Candidate ID</td><td>AWS02917764</td></tr>
<tr><td>Validation number</td><td>Q7W2ZK1LBFE11F3X</td></tr></table>
<p>If the certification expires, you will need to take the exam again to earn it back.</p>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#687078">You are receiving this message because you hold an active AWS Certification.</td></tr>
</table>""")
ip = "168.245.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
add("expiry", ("certification", False, None, ["AWS02917764"]),
    aws_top(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "Your AWS Certified Solutions Architect - Associate expires in 90 days", tz=UTC),
    multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")]),
    trace=trace_m365(dt, ME_C, "o%d.ptr%d.certmetrics.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)), ip,
                     "bounces+%d@em.certmetrics.com" % RNG.randint(100000, 999999), "certmetrics.com"),
    mid="<%s@certmetrics.com>" % hexs(32))

# 003 -- GitHub stale bot (unrelated) ------------------------------------------
dt = J(10, 29, 3, 0, 41)
txt = """This issue has been automatically marked as stale because it has not had recent activity. It will be closed in 7 days if no further activity occurs. Thank you for your contributions.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/issues/87#issuecomment-3451298870
You are receiving this because you authored the thread.

Message ID: <hoshizora-tech/infra-modules/issues/87/3451298870@github.com>
"""
html = html_wrap("""<p></p>
<p dir="auto">This issue has been automatically marked as stale because it has not had recent activity. It will be closed in 7 days if no further activity occurs. Thank you for your contributions.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/issues/87#issuecomment-3451298870">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
add("stale", ("unrelated", False, None, []),
    [("Date", fmt_date(dt, UTC)), ("From", "stale[bot] <notifications@github.com>"),
     ("Reply-To", "hoshizora-tech/infra-modules <reply+ABCX7R3%s@reply.github.com>" % alnum(40)),
     ("To", "hoshizora-tech/infra-modules <infra-modules@noreply.github.com>"),
     ("Cc", "%s <%s>, Author <author@noreply.github.com>" % (ME, ME_C)),
     ("Subject", "Re: [hoshizora-tech/infra-modules] terraform plan fails when the tags map is empty (Issue #87)"),
     ("In-Reply-To", "<hoshizora-tech/infra-modules/issues/87@github.com>"),
     ("References", "<hoshizora-tech/infra-modules/issues/87@github.com>"),
     ("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"),
     ("List-Archive", "https://github.com/hoshizora-tech/infra-modules"),
     ("List-Unsubscribe", "<mailto:unsub+ABCX7R3@reply.github.com>"),
     ("X-GitHub-Sender", "stale[bot]"), ("X-GitHub-Recipient", "kmorishita-hz"),
     ("X-GitHub-Reason", "author"), ("Precedence", "list"), ("X-Auto-Response-Suppress", "All")],
    multi("alternative", [leaf(txt), leaf(html, "html")], boundary="--==_mimepart_6901%s_5b" % hexs(6)),
    trace=trace_m365(dt, ME_C, "out-25.smtp.github.com", "192.30.252.208",
                     "noreply@github.com", "github.com"),
    mid="<hoshizora-tech/infra-modules/issues/87/3451298870@github.com>")

# 004 -- company IT: mailbox closes on last day, reply if forwarding (unrelated)
dt = J(10, 30, 10, 12, 0)
txt = """森下 健太 様

お疲れさまです。情報システム部 ヘルプデスクです。
人事部より退職のご連絡をいただきましたので、アカウント停止の予定をご案内します。

■停止予定
　メールボックス（k-morishita@hoshizora-tech.co.jp）：11月28日（金）18:00
　社内ポータル・VPN・GitHub Organization：同日 18:00

■ご対応のお願い
　停止後の自動転送（最長30日）をご希望の場合は、11月21日（金）までに
　本メールへ転送先アドレスを記載してご返信ください。
　ご返信がない場合は、転送なしで停止いたします。

　外部サービス（AWS、Credly など）に会社アドレスで登録している場合は、
　停止前に登録アドレスの変更をお済ませください。
　停止後は確認メールを受信できなくなります。

ご不明点は内線 2210 までお問い合わせください。

情報システム部 ヘルプデスク
"""
add("it1", ("unrelated", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("情報システム部 ヘルプデスク", "it-helpdesk@hoshizora-tech.co.jp", "iso-2022-jp")),
     ("To", addr(ME_JA, ME_C, "iso-2022-jp")),
     ("Subject", enc_h("【情報システム部】退職に伴うメールアカウント停止のご案内", "iso-2022-jp")),
     ("Thread-Topic", enc_h("【情報システム部】退職に伴うメールアカウント停止のご案内", "iso-2022-jp")),
     ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP"), ("X-Priority", "3")],
    leaf(txt, charset="iso-2022-jp", cte="7bit", label="iso-2022-jp"),
    trace=trace_internal(dt),
    mid="<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (RNG.randint(1000, 9999), alnum(20).upper(), RNG.randint(1000, 9999)))

# 005 -- Case A acknowledgement (EN, echoes the form with candidate IDs) --------
dt = J(11, 4, 9, 12, 41)
TXT_A_ACK = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as
case %s, and a member of our team will get back to you, typically within one
business day. Some requests need more research and can take longer.

Keep this case number handy. To add details, reply to this message and leave the case number in
the subject line. Sending the form again for the same request creates a second case and slows
down our answer.

Case summary
------------
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Submitted by: Kenta Morishita (kenta.morishita.mk@gmail.com)

Description:
Use case: I am leaving my employer at the end of November and want to keep my certifications on my personal account.
Email addresses I have used: k-morishita@hoshizora-tech.co.jp, kenta.morishita.mk@gmail.com
Email address to keep: kenta.morishita.mk@gmail.com
Candidate IDs: AWS02917764 (company account), AWS05518230 (personal account)
Note: in 2020 I had case %s about the spelling of my name, in case that is linked to the company account.

Kind regards,
AWS Training and Certification Customer Support
""" % (A, A, OLD10)
add("a_ack", ("acknowledgement", False, A, ["AWS02917764", "AWS05518230"]),
    aws_top(dt, TC_FROM, ME_P, "[CASE %s] %s" % (A, SUBJ_ACC)),
    leaf(TXT_A_ACK), trace=aws_trace(dt, ME_P))

# 006 -- Case B acknowledgement (JA, duplicate filed from the company address)
dt = J(11, 4, 9, 34, 22)
txt = """お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s としてお問い合わせを承りました。担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。

同じ内容のお問い合わせをすでにお送りいただいている場合は、別のケースを作成しないようお願いいたします。重複したケースは、確認のうえ統合またはクローズさせていただくことがございます。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
会社のアドレス（k-morishita@hoshizora-tech.co.jp）の認定アカウントを、個人アドレスの認定アカウントへ統合したいです。退職予定のため、11月中に完了できると助かります。

AWS トレーニングと認定 カスタマーサポート
""" % (B, B)
html = html_wrap(paras_html(txt), "ja")
add("b_ack", ("acknowledgement", False, B, []),
    aws_top(dt, TC_FROM, ME_C, "[CASE %s] %s" % (B, SUBJ_ACC)),
    multi("alternative", [leaf(txt, cte="base64", label="UTF-8"), leaf(html, "html", cte="base64", label="UTF-8")]),
    trace=aws_trace(dt, ME_C))

# 007 -- Builder ID verification code (unrelated) -------------------------------
dt = J(11, 4, 12, 30, 5)
txt = """AWS Builder ID

Verify your email address

Enter this code to finish signing in:

482913

The code expires in 10 minutes. If you did not try to sign in, you can ignore this message.
AWS will never ask you to share this code.
"""
add("otp", ("unrelated", False, None, []),
    aws_top(dt, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Your AWS Builder ID verification code"),
    leaf(txt), trace=aws_trace(dt, ME_P, "signin.aws"))

# 008 -- Case B closed as duplicate; A goes on (case_update), HTML-only --------
dt = J(11, 4, 18, 5, 30)
html = html_wrap("""<p>Hello Kenta,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>This request is the same as case <b>%s</b>, which you sent about twenty minutes earlier
from your personal address. To keep everything in one place I have closed this case (%s) as a
duplicate.</p>
<p>Your account merge request is not affected: my colleagues are working on it under case %s and
all updates will be sent there. There is nothing you need to do on this case, and replying to it
will not speed up the merge.</p>
<p>Best regards,<br>Luis G.<br>AWS Training and Certification</p>""" % (A, B, A))
add("b_dup", ("case_update", False, B, []),
    aws_top(dt, TC_FROM, ME_C, "RE:[CASE %s] %s" % (B, SUBJ_ACC)),
    leaf(html, "html", cte="7bit", label="UTF-8"), trace=aws_trace(dt, ME_C))

# 009 -- Case A confirmation request (Account #1/#2), footer about auto-close --
dt = J(11, 5, 10, 40, 12)
TXT_A_CONF = """Hello Kenta,

Thank you for your patience while we reviewed your request.

I found two AWS Certification accounts that match the details you gave us:

Account #1
Candidate ID: AWS05518230
Login email: kenta.morishita.mk@gmail.com
Training notification email: kenta.morishita.mk@gmail.com
Certification notification email: kenta.morishita.mk@gmail.com

Account #2
Candidate ID: AWS02917764
Login email: k-morishita@hoshizora-tech.co.jp
Training notification email: k-morishita@hoshizora-tech.co.jp
Certification notification email: k-morishita@hoshizora-tech.co.jp

When two accounts are merged, the exam history, certifications and benefits of the secondary
account move to the primary one, and the secondary account can no longer be used to sign in.
This cannot be undone.

Before I go ahead, could you confirm that both accounts are yours and that Account #1 is the one
we should keep?

Regards,
Priya R.
AWS Training and Certification Customer Support

Note: cases waiting on a customer reply are closed automatically after 5 business days without a response."""
rows = ""
for n, cid, em in (("1", CANDP, ME_P), ("2", CANDC, ME_C)):
    rows += ('<tr><th colspan="2" style="text-align:left;background:#f2f3f3;padding:6px">Account #%s</th></tr>'
             '<tr><td style="padding:4px 8px">Candidate ID</td><td>%s</td></tr>'
             '<tr><td style="padding:4px 8px">Login email</td><td>%s</td></tr>'
             '<tr><td style="padding:4px 8px">Training notification email</td><td>%s</td></tr>'
             '<tr><td style="padding:4px 8px">Certification notification email</td><td>%s</td></tr>\n'
             % (n, cid, em, em, em))
html = html_wrap("""<p>Hello Kenta,</p>
<p>Thank you for your patience while we reviewed your request.</p>
<p>I found two AWS Certification accounts that match the details you gave us:</p>
<table style="border-collapse:collapse;border:1px solid #aab7b8;font-size:13px">
%s</table>
<p>When two accounts are merged, the exam history, certifications and benefits of the secondary account
move to the primary one, and the secondary account can no longer be used to sign in. This cannot be undone.</p>
<p>Before I go ahead, could you confirm that both accounts are yours and that Account #1 is the one we should keep?</p>
<p>Regards,<br>Priya R.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Note: cases waiting on a customer reply are closed automatically after 5 business days without a response.</p>""" % rows)
add("a_conf", ("confirmation_request", True, A, ["AWS05518230", "AWS02917764"]),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (A, SUBJ_ACC)),
    multi("alternative", [leaf(TXT_A_CONF, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")],
          boundary="----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10**8, 10**9), 1762306812000)),
    eol="\r\n", trace=aws_trace(dt, ME_P))

# 010 -- colleague, Shift_JIS 8bit (unrelated) ---------------------------------
dt = J(11, 5, 13, 2, 47)
txt = """森下さん

お疲れさまです。中村です。

監視基盤の引き継ぎ資料、ドラフトを共有フォルダに置きました。
本番アカウント（310982274551）の IAM ロール一覧が合っているか、
金曜までに見てもらえますか？

あと、統合した CloudWatch ダッシュボードの件も追記しています。
不要なアラームは私の方でクローズしておきます。

中村
"""
add("coll1", ("unrelated", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("中村 亮", "r-nakamura@hoshizora-tech.co.jp", "shift_jis")),
     ("To", addr(ME_JA, ME_C, "shift_jis")),
     ("Subject", enc_h("引き継ぎ資料の確認お願いします", "shift_jis")),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")],
    leaf(txt, charset="shift_jis", cte="8bit", label="Shift_JIS"),
    trace=trace_internal(dt),
    mid="<000001dc4e1f$%s$%s@hoshizora-tech.co.jp>" % (hexs(8), hexs(8)))

# 011 -- other vendor's ticket solved, auto-close in 4 days (unrelated) --------
dt = J(11, 6, 14, 12, 9)
txt = """##- Please type your reply above this line -##

Your request (88213) has been solved. To reopen it, reply to this email.

Ana (Tessera Cloud)
Nov 6, 2025, 14:12 GMT+9

Hi Kenta,

The signing key rotation has finished on our side, and webhook signatures from your workspace
now verify with the new key (kid 2025-11). I'm marking this ticket as solved.

If we don't hear from you, the ticket will close automatically in 4 days. After that, a reply
will open a new follow-up ticket.

Best,
Ana
Tessera Cloud Support

--------------------------------
Kenta Morishita
Nov 5, 2025, 18:40 GMT+9

Webhook signatures have been failing since the key rotation yesterday. Can you check?

[7QX2MV-LK4R]
"""
html = html_wrap(paras_html(txt))
add("zd", ("unrelated", False, None, []),
    [("Date", fmt_date(dt, UTC)), ("From", addr("Ana (Tessera Cloud)", "support@tesseracloud.zendesk.com")),
     ("Reply-To", "Tessera Cloud <support+id88213@tesseracloud.zendesk.com>"),
     ("To", addr(ME, ME_C)),
     ("Subject", "[Tessera Cloud] Re: Webhook signatures failing after key rotation"),
     ("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")],
    multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")]),
    trace=trace_m365(dt, ME_C, "outbyip%d.pod27.usw2.zdsys.com" % RNG.randint(1, 20), "192.161.147.%d" % RNG.randint(1, 250),
                     "support@tesseracloud.zendesk.com", "tesseracloud.zendesk.com"),
    mid="<%s_6912%s_sprut@zendesk.com>" % (alnum(12).upper(), hexs(6)))

# 012 -- Case A closing warning with a date (closing_notice), Outlook quote ----
dt = J(11, 7, 11, 20, 3)
TXT_A_WARN = """Hi Kenta,

I'm following up on my colleague Priya's message from November 5. We still need your
confirmation before the merge can go ahead.

If we don't hear back from you by Monday, November 10, 2025, this case will be closed. You can
simply reply to this email with your confirmation.

Thanks,
Marco
AWS Training and Certification"""
txt = TXT_A_WARN + """

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Wednesday, November 5, 2025 1:40 AM
To: kenta.morishita.mk@gmail.com
Subject: RE:[CASE %s] %s

%s
""" % (A, SUBJ_ACC, TXT_A_CONF)
add("a_warn", ("closing_notice", True, A, []),
    aws_top(dt, TC_FROM2, ME_P, "RE: [CASE %s] %s" % (A, SUBJ_ACC)),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 013 -- owner forwards the warning to his work address as a reminder -------
dt = J(11, 7, 21, 4, 55)
new = """週末中に返信すること。残すのは Account #1（個人）。
パートナー連携の件は念のため中村さんに確認。"""
fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, Nov 7, 2025 at 11:20 AM
Subject: RE: [CASE %s] %s
To: <kenta.morishita.mk@gmail.com>


%s
""" % (A, SUBJ_ACC, TXT_A_WARN)
txt = new + "\n\n" + fwd
html = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>%s</div></div>' % (
    "<br>".join(esc(l) for l in new.split("\n")),
    "<br>".join(esc(l) for l in fwd.split("\n")[:5]),
    paras_html(TXT_A_WARN))
add("a_fwd", ("user_reply", False, A, []),
    [("Date", fmt_date(dt)), ("From", addr(ME, ME_P)), ("To", ME_C),
     ("Subject", "Fwd: RE: [CASE %s] %s" % (A, SUBJ_ACC))] + refs("a_warn"),
    multi("alternative", [leaf(txt, cte="quoted-printable", label='"UTF-8"'),
                          leaf(html, "html", cte="quoted-printable", label='"UTF-8"')],
          boundary="000000000000%s" % hexs(16)),
    mid=gmail_id())

# 014 -- AWS marketing: registration closes in 3 days (unrelated), HTML-only --
dt = J(11, 8, 2, 0, 0)
html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:24px">
<p style="font-size:18px"><b>Last chance: registration closes in 3 days</b></p>
<p>Hi Kenta,</p>
<p>Virtual registration for re:Invent keynotes and the on-demand session library closes on
Tuesday, November 11. Register now to keep access to 400+ sessions after the event.</p>
<p><a href="https://aws.amazon.com/reinvent/?trk=em_11082025" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register now</a></p>
<p>Don't need a reminder? Just ignore this message; we won't ask again.</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a> | <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table>""")
add("mkt", ("unrelated", False, None, []),
    aws_top(dt, addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
            "Last chance: re:Invent registration closes in 3 days") +
    [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=%s>" % alnum(24)),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    leaf(html, "html", cte="quoted-printable"), trace=aws_trace(dt, ME_P),
    mid="<%s@mkto.amazonaws.com>" % alnum(30))

# 015 -- phishing from lookalike domain: account closed in 24 h (suspicious) -
dt = J(11, 8, 19, 47, 31)
html = html_wrap("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><img src="https://aws-certification-notice.com/static/aws-logo.png" alt="aws" height="28"></div>
<div style="padding:20px">
<h2 style="color:#d13212">Action required within 24 hours</h2>
<p>Dear Certified Professional,</p>
<p>Our systems found two certification profiles registered to your identity. To protect your
credentials, duplicate profiles are <b>permanently closed</b> unless the owner verifies them.</p>
<p>Your AWS Certification account and all earned certifications will be closed in <b>24 hours</b>.
To keep your certifications, sign in and verify your account now:</p>
<p style="text-align:center"><a href="https://aws-certification-notice.com/verify?session=8f2c1a9e" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>If you do not complete verification, your exam history cannot be recovered.</p>
<p>AWS Training and Certification<br>Account Security Team</p>
</div></div>""")
add("phish1", ("suspicious", False, None, []),
    [("Date", "Sat, 8 Nov 2025 10:47:31 +0000"),
     ("From", addr("AWS Certification Support", "support@aws-certification-notice.com")),
     ("To", ME_P), ("Subject", "Action required: your AWS Certification account will be closed in 24 hours"),
     ("X-Mailer", "PHPMailer 6.8.1")],
    leaf(html, "html", cte="base64"),
    trace=trace_gmail(dt, ME_P, "mail.aws-certification-notice.com", "185.224.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "bounce@aws-certification-notice.com", "aws-certification-notice.com",
                      dkim=[("aws-certification-notice.com", "pass")], policy="NONE"),
    mid="<%s@aws-certification-notice.com>" % hexs(24))

# 016 -- GitHub PR merged (unrelated) ------------------------------------------
dt = J(11, 10, 16, 3, 20)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-20573119844
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/infra-modules/pull/412/issue_event/20573119844@github.com>
"""
html = html_wrap('<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/412">#412</a> into main.</p>'
                 '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                 '<a href="https://github.com/hoshizora-tech/infra-modules/pull/412#event-20573119844">view it on GitHub</a>.</p>')
add("gh_merge", ("unrelated", False, None, []),
    [("Date", fmt_date(dt, UTC)), ("From", "Yuki Tanabe <notifications@github.com>"),
     ("Reply-To", "hoshizora-tech/infra-modules <reply+ABCX7R3%s@reply.github.com>" % alnum(40)),
     ("To", "hoshizora-tech/infra-modules <infra-modules@noreply.github.com>"),
     ("Cc", "%s <%s>, Mention <mention@noreply.github.com>" % (ME, ME_C)),
     ("Subject", "Re: [hoshizora-tech/infra-modules] Merge account tagging modules into one (PR #412)"),
     ("In-Reply-To", "<hoshizora-tech/infra-modules/pull/412@github.com>"),
     ("References", "<hoshizora-tech/infra-modules/pull/412@github.com>"),
     ("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"),
     ("X-GitHub-Reason", "mention"), ("Precedence", "list")],
    multi("alternative", [leaf(txt), leaf(html, "html")], boundary="--==_mimepart_6911%s_5c" % hexs(6)),
    trace=trace_m365(dt, ME_C, "out-26.smtp.github.com", "192.30.252.209", "noreply@github.com", "github.com"),
    mid="<hoshizora-tech/infra-modules/pull/412/issue_event/20573119844@github.com>")

# 017 -- Case A closed for no response, reply within 14 days reopens (HTML-only)
dt = J(11, 11, 9, 0, 2)
TXT_A_CLOSED = """Hello,

We're writing about case %s.

Because we did not receive a reply to our last message, this case has now been closed.

Still need help? Reply to this email within 14 days and the case will reopen automatically with
your message attached. After 14 days, please submit a new request through the contact form
instead.

Thank you,
AWS Training and Certification Customer Support""" % A
html = html_wrap("""<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>Hello,</p>
<p>We're writing about case <b>%s</b>.</p>
<p>Because we did not receive a reply to our last message, this case has now been <b>closed</b>.</p>
<table style="background:#f1faff;border-left:4px solid #0073bb;padding:10px;margin:12px 0"><tr><td>
<b>Still need help?</b> Reply to this email within 14 days and the case will reopen automatically
with your message attached. After 14 days, please submit a new request through the
<a href="https://support.aws.amazon.com/#/contacts/aws-training">contact form</a> instead.</td></tr></table>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</td></tr></table>""" % A)
add("a_closed", ("closing_notice", True, A, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (A, SUBJ_ACC)),
    leaf(html, "html", cte="quoted-printable", label="UTF-8"), trace=aws_trace(dt, ME_P))

# 018 -- owner's reply that reopens case A (user_reply), Gmail quote -------------
dt = J(11, 11, 21, 30, 18)
new = """Hello,

Sorry for the late reply, I was travelling last week.

Confirmed: both accounts belong to me. Please merge into Account #1 (AWS05518230,
kenta.morishita.mk@gmail.com) and keep it as the primary account.

Best regards,
Kenta Morishita"""
TXT_A_REOPEN_USER = new
txt = new + "\n\nOn Tue, Nov 11, 2025 at 9:00 AM Amazon Web Services <%s> wrote:\n\n%s\n" % (TC, quote(TXT_A_CLOSED))
html = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        'On Tue, Nov 11, 2025 at 9:00 AM Amazon Web Services &lt;%s&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
        % (paras_html(new), TC, paras_html(TXT_A_CLOSED)))
add("a_user", ("user_reply", False, A, ["AWS05518230"]),
    [("Date", fmt_date(dt)), ("From", addr(ME, ME_P)), ("To", TC_FROM),
     ("Subject", "Re: RE:[CASE %s] %s" % (A, SUBJ_ACC))] + refs("a_warn", "a_closed"),
    multi("alternative", [leaf(txt, cte="quoted-printable", label='"UTF-8"'),
                          leaf(html, "html", cte="quoted-printable", label='"UTF-8"')],
          boundary="000000000000%s" % hexs(16)),
    mid=gmail_id())

# 019 -- automatic: reply received, case reopened (acknowledgement) --------------
dt = J(11, 11, 21, 31, 2)
txt = """We received your reply to case %s.

The case has been reopened and returned to our queue. A support specialist will answer here,
usually within 24 hours. There is no need to send your message again.

--
This is an automated notification from AWS Training and Certification Customer Support.
""" % A
add("a_reopen", ("acknowledgement", False, A, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (A, SUBJ_ACC)) + [("Auto-Submitted", "auto-replied")] + refs("a_user"),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 020 -- Case A on hold for APN partner, with a 30-day closing clause -----------
dt = J(11, 12, 15, 0, 44)
new = """Hi Kenta,

Thank you for confirming, and welcome back to the case.

While preparing the merge I found that Account #2 (k-morishita@hoshizora-tech.co.jp) is linked to
an AWS Partner Network organization, Hoshizora Technologies K.K. Certifications on partner-linked
accounts count toward that organization's partner tier, so we cannot move them until the
organization's partner administrator releases the account. I sent the release request to the
administrator on record today.

Your case stays open in the meantime and you do not need to do anything. I will write again as
soon as the partner team responds. If the release has not come through within 30 days, we will
close this case, and you are welcome to open a new one at that point.

Kind regards,
Hannah K.
AWS Training and Certification"""
txt = new + "\n\nOn Tue, Nov 11, 2025 at 12:30 PM, Kenta Morishita <%s> wrote:\n%s\n" % (ME_P, quote(TXT_A_REOPEN_USER))
html = html_wrap(paras_html(new) + '<hr><p>On Tue, Nov 11, 2025 at 12:30 PM, Kenta Morishita &lt;%s&gt; wrote:</p><blockquote style="border-left:2px solid #ccc;padding-left:8px">%s</blockquote>'
                 % (ME_P, paras_html(TXT_A_REOPEN_USER)))
add("a_hold", ("on_hold", False, A, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (A, SUBJ_ACC)),
    multi("alternative", [leaf(txt, cte="8bit", label="utf-8"), leaf(html, "html", cte="base64", label="utf-8")]),
    trace=aws_trace(dt, ME_P))

# 021 -- Pearson VUE appointment (unrelated; candidate ID present) --------------
dt = J(11, 14, 8, 31, 0)
txt = """Dear Kenta Morishita,

Thank you for scheduling your exam. Please keep this email for your records.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Language: Japanese
Date and time: Saturday, December 13, 2025, 10:00 JST
Test center: Pearson Professional Centers-Tokyo Shinjuku, Japan
Registration ID: 412009876
Candidate ID: AWS05518230

Arrive 30 minutes before your appointment with two forms of valid identification. The name on
your identification must match the name on your exam registration.

You can reschedule or cancel your appointment up to 24 hours before the start time. Changes made
later than that, or a missed appointment, forfeit the exam fee.

Pearson VUE
This mailbox is not monitored.
"""
add("pvue", ("unrelated", False, None, ["AWS05518230"]),
    [("Date", fmt_date(dt, UTC)), ("From", addr("Pearson VUE", "donotreply@pearson.com")), ("To", ME_P),
     ("Subject", "Appointment Confirmation - AWS Certified Solutions Architect - Associate (SAA-C03)")],
    leaf(txt, charset="windows-1252", cte="quoted-printable", label="windows-1252"),
    trace=trace_gmail(dt, ME_P, "mail-%d.pearson.com" % RNG.randint(10, 99), "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "donotreply@pearson.com", "pearson.com"),
    mid="<%s.JavaMail.vue@pearsonvue.com>" % RNG.randint(10**9, 10**10))

# 022 -- Case A hold lifted, merge in progress (case_update), CRLF -------------
dt = J(11, 17, 16, 22, 5)
txt = """Hi Kenta,

Good news: the partner administrator approved the release this morning, so the hold on your case
has been lifted.

I've passed the merge to our accounts team. It normally completes within one to two business
days, and I'll confirm here once it's done.

Kind regards,
Hannah K.
AWS Training and Certification
"""
add("a_unhold", ("case_update", False, A, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (A, SUBJ_ACC)),
    leaf(txt, cte="quoted-printable"), eol="\r\n", trace=aws_trace(dt, ME_P))

# 023 -- Case A resolved; quotes the warning and the confirmation request -----
dt = J(11, 18, 10, 15, 37)
new = """Hi Kenta,

Good news: I have successfully merged your accounts. Everything from Account #2 now sits under
Account #1 (AWS05518230, kenta.morishita.mk@gmail.com):

- exam history (5 exams)
- AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate and AWS Certified Cloud Practitioner
- one 50% exam discount benefit

Account #2 has been deactivated. Sign out and back in to see the changes. Digital badges are
reissued automatically and can take up to 48 hours to appear.

With that, I'm closing this case. If anything looks wrong, reply to this email within 14 days
and it will reopen.

Best,
Hannah K.
AWS Training and Certification"""
hist = """________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, November 7, 2025 2:20 AM
To: kenta.morishita.mk@gmail.com
Subject: RE: [CASE %s] %s

%s

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, November 5, 2025 1:40 AM
To: kenta.morishita.mk@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (A, SUBJ_ACC, TXT_A_WARN, A, SUBJ_ACC, TXT_A_CONF)
txt = new + "\n\n" + hist + "\n"
html = html_wrap(paras_html(new) + '<div style="border-top:1px solid #e1e1e1;margin-top:16px;padding-top:8px;color:#555">'
                 + paras_html(hist.replace("________________________________\n", "")) + "</div>")
add("a_done", ("resolved", False, A, ["AWS05518230"]),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (A, SUBJ_ACC)),
    multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="base64")]),
    trace=aws_trace(dt, ME_P))

# 024 -- Credly badge (badge) -----------------------------------------------------
dt = J(11, 18, 11, 2, 50)
BADGE1 = "5b1f0c7e-9d42-4c1a-8f63-2e7a91d0b3c4"
txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions
Architect - Associate.

Accept your badge to add it to your Credly profile and share it:
https://www.credly.com/badges/%s/accept

Badges you don't accept stay pending; you can accept them at any time.

Credly, a Pearson company
""" % BADGE1
html = html_wrap("""<table width="600" align="center"><tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/aws-saa.png" width="120" alt="badge">
<h2>You've been issued a badge</h2>
<p>Amazon Web Services Training and Certification has issued you<br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Badges you don't accept stay pending; you can accept them at any time.</p>
</td></tr></table>""" % BADGE1)
add("credly1", ("badge", False, None, []),
    [("Date", fmt_date(dt, UTC)), ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
     ("Subject", "Amazon Web Services Training and Certification has issued you a badge")],
    multi("alternative", [leaf(txt), leaf(html, "html", cte="quoted-printable")]),
    trace=trace_gmail(dt, ME_P, "o%d.ptr%d.credly.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                      "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "bounces+%d-ab12@em.credly.com" % RNG.randint(1000000, 9999999), "credly.com"),
    mid="<%s@geopod-ismtpd-%d>" % (alnum(22), RNG.randint(1, 40)))

# 025 -- certmetrics: old account closed after merge (certification) ----------
dt = J(11, 18, 11, 40, 8)
txt = """Hello,

The AWS Certification account AWS02917764, registered to k-morishita@hoshizora-tech.co.jp, was
closed on November 18, 2025 after its records were merged into account AWS05518230.

You can no longer sign in with this account. Your certifications, exam history and benefits are
available in account AWS05518230. No action is needed.

If you did not expect this change, contact AWS Training and Certification.

AWS Certification
"""
add("deact", ("certification", False, None, ["AWS02917764", "AWS05518230"]),
    aws_top(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "Your AWS Certification account has been closed"),
    leaf(txt),
    trace=trace_m365(dt, ME_C, "o%d.ptr%d.certmetrics.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                     "168.245.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                     "bounces+%d@em.certmetrics.com" % RNG.randint(100000, 999999), "certmetrics.com"),
    mid="<%s@certmetrics.com>" % hexs(32))

# 026 -- survey after Case A closed (survey), HTML-only ------------------------
dt = J(11, 19, 9, 5, 0)
stars = "".join('<td style="padding:4px"><a href="https://survey.aws-support.amazon.com/r?c=%s&s=%d" style="display:inline-block;width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #0073bb;color:#0073bb;text-decoration:none">%d</a></td>' % (A, i, i) for i in range(1, 6))
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>Hello Kenta,</p>
<p>Your case <b>%s</b> was closed on November 18, 2025. How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p style="font-size:12px;color:#687078">1 = very dissatisfied, 5 = very satisfied. The survey takes under two minutes and is optional.</p>
<p>If your issue has not been resolved, reply to this email and we'll reopen your case.</p>
<p>AWS Training and Certification Customer Support</p>
</td></tr></table>""" % (A, stars))
add("a_survey", ("survey", False, A, []),
    aws_top(dt, TC_FROM2, ME_P, "How did we do? Case %s" % A),
    leaf(html, "html", cte="quoted-printable"), trace=aws_trace(dt, ME_P))

# 027 -- certmetrics "wants to hear from you" (certification, not a case survey)
dt = J(11, 19, 23, 30, 12)
txt = """Hi Kenta,

AWS Certification wants to hear from you.

We're inviting a small group of certified individuals to help shape future exams. The survey
asks which AWS services you use in your job and takes about 10 minutes. It closes on
November 30, 2025.

Take the survey: https://pages.certmetrics.com/aws/survey/2025-q4?c=%s

Your answers are anonymous and do not affect your certification status.

AWS Certification
""" % hexs(12)
add("cm_survey", ("certification", False, None, []),
    aws_top(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "AWS Certification wants to hear from you"),
    leaf(txt),
    trace=trace_gmail(dt, ME_P, "o%d.ptr%d.certmetrics.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                      "168.245.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "bounces+%d@em.certmetrics.com" % RNG.randint(100000, 999999), "certmetrics.com"),
    mid="<%s@certmetrics.com>" % hexs(32))

# 028 -- Case F acknowledgement (JA, ISO-2022-JP) ------------------------------
dt = J(11, 20, 10, 5, 20)
txt = """森下 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID：%s
お問い合わせタイプ：認定
その他の詳細：認定記録の修正
お問い合わせ内容：
統合後の認定アカウントで、認定証の氏名が「Kenta Morisita」と表示されています。
正しくは「Kenta Morishita」です。修正をお願いします。（候補ID：AWS05518230）

担当者より通常24時間以内にご連絡いたします。
同じ内容で別のケースを作成されますと、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
""" % F
add("f_ack", ("acknowledgement", False, F, ["AWS05518230"]),
    aws_top(dt, TC_FROM, ME_P, "[CASE %s] %s" % (F, SUBJ_REC)),
    leaf(txt, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP"), trace=aws_trace(dt, ME_P))

# 029 -- Case F2 acknowledgement (EN, owner filed again) ------------------------
dt = J(11, 20, 10, 21, 44)
txt = """Thank you for contacting AWS Training and Certification.

We have opened case %s for your request. Our team usually responds within 24 hours.

Case ID: %s
Inquiry type: Certification
Additional details: Certification record update
Description: The name on my certificate is misspelled (Morisita instead of Morishita). Sending
this again because I could not find a confirmation email for my first request.

Please do not open additional cases for the same request.

AWS Training and Certification Customer Support
""" % (F2, F2)
add("f2_ack", ("acknowledgement", False, F2, []),
    aws_top(dt, TC_FROM, ME_P, "[CASE %s] %s" % (F2, SUBJ_REC)),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 030 -- Skill Builder receipt with auto-renew (unrelated) ---------------------
dt = J(11, 20, 19, 48, 33)
txt = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-11-7718204
Plan: Individual subscription (monthly)
Amount: JPY 4,350 (tax included)
Billing period: November 20, 2025 - December 19, 2025

Your subscription renews automatically on December 20, 2025. You can cancel at any time before
then from Subscription settings; access continues until the end of the paid period.

This is an automated message. Please do not reply.
"""
add("sb", ("unrelated", False, None, []),
    aws_top(dt, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt"),
    leaf(txt), trace=aws_trace(dt, ME_P, "aws.training"))

# 031 -- Case F2 closed as duplicate of F (JA, case_update) ---------------------
dt = J(11, 21, 9, 0, 10)
txt = """森下様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の佐々木です。

本ケース（%s）は、先にお送りいただいたケース %s と同じ内容のため、重複としてクローズいたしました。
お名前の修正につきましては、ケース %s にて引き続き私が対応いたします。本ケースへのご返信は不要です。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
""" % (F2, F, F)
add("f2_dup", ("case_update", False, F2, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (F2, SUBJ_REC)),
    leaf(txt, cte="quoted-printable", label="UTF-8"), trace=aws_trace(dt, ME_P))

# 032 -- company IT reminder, today is the deadline (unrelated) ----------------
dt = J(11, 21, 9, 30, 0)
txt = """森下さん

情報システム部です。
メール転送のご希望について、本日 11月21日（金）が締切です。

転送をご希望の場合は、転送先アドレスを本メールにご返信ください。
不要の場合はご返信いただかなくて構いません。

情報システム部 ヘルプデスク
"""
add("it2", ("unrelated", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("情報システム部 ヘルプデスク", "it-helpdesk@hoshizora-tech.co.jp")),
     ("To", addr(ME_JA, ME_C)),
     ("Subject", enc_h("【リマインド】本日締切：メール転送のご希望について")),
     ("Content-Language", "ja-JP")],
    leaf(txt, cte="quoted-printable", label='"utf-8"'),
    trace=trace_internal(dt),
    mid="<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (RNG.randint(1000, 9999), alnum(20).upper(), RNG.randint(1000, 9999)))

# 033 -- Case F information request (JA keigo, Shift_JIS base64) --------------
dt = J(11, 21, 14, 0, 28)
TXT_F_REQ = """森下 健太 様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。

認定記録のお名前の修正について承りました。
認定証に記載される氏名は、試験当日にご提示いただく本人確認書類の表記と一致している必要がございます。

つきましては、試験で使用される本人確認書類（パスポート等）に記載のローマ字表記を、本メールへのご返信にてお知らせいただけますでしょうか。
書類の画像を添付いただく必要はございません。

ご返信を確認次第、修正の手続きを進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
add("f_req", ("info_request", True, F, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (F, SUBJ_REC)),
    leaf(TXT_F_REQ, charset="shift_jis", cte="base64", label="Shift_JIS"), trace=aws_trace(dt, ME_P))

# 034 -- Case F closing warning in Japanese, HTML-only base64 --------------------
dt = J(11, 25, 10, 0, 6)
TXT_F_WARN = """森下 健太 様

AWS トレーニングと認定の佐々木でございます。

11月21日にお送りしたご案内につきまして、その後ご返信を確認できておりませんので、ご連絡いたしました。

11月28日（金）までにご返信をいただけない場合は、お問い合わせは不要になったものと判断させていただき、本ケースをクローズいたします。

お名前の修正をご希望の場合は、本人確認書類に記載のローマ字表記を本メールへのご返信にてお知らせください。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
html = html_wrap('<div style="font-family:Meiryo,sans-serif">%s</div>' % paras_html(TXT_F_WARN), "ja")
add("f_warn", ("closing_notice", True, F, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (F, SUBJ_REC)),
    leaf(html, "html", cte="base64", label="UTF-8"), trace=aws_trace(dt, ME_P))

# 035 -- owner replies in Japanese (user_reply), JA Gmail quote ---------------
dt = J(11, 25, 22, 10, 41)
new = """佐々木様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

パスポート記載のローマ字表記は「MORISHITA KENTA」です。
認定証には「Kenta Morishita」と表示されるよう修正をお願いいたします。

森下 健太"""
TXT_F_USER = new
txt = new + "\n\n2025年11月25日(火) 10:00 AWS Training and Certification <%s>:\n\n%s\n" % (TC, quote(TXT_F_WARN))
html = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年11月25日(火) 10:00 '
        'AWS Training and Certification &lt;%s&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (paras_html(new), TC, paras_html(TXT_F_WARN)))
add("f_user", ("user_reply", False, F, []),
    [("Date", fmt_date(dt)), ("From", addr(ME_JA, ME_P)), ("To", TC),
     ("Subject", "Re: RE:[CASE %s] %s" % (F, SUBJ_REC))] + refs("f_req", "f_warn"),
    multi("alternative", [leaf(txt, cte="base64", label='"UTF-8"'), leaf(html, "html", cte="base64", label='"UTF-8"')],
          boundary="000000000000%s" % hexs(16)),
    mid=gmail_id())

# 036 -- console case on another topic (Lambda quota): opened (unrelated) ----
dt = J(11, 26, 14, 48, 5)
txt = """Dear AWS customer,

Thank you for contacting AWS Support. We have opened case %s for your request.

Case ID: %s
Subject: Lambda concurrent executions quota increase (ap-northeast-1)
Severity: General guidance
Account: [AWS ID 482190336715]
Correspondence: Please raise the concurrent executions quota for ap-northeast-1 from 10 to 1000
for a personal project.

To view the case or add correspondence, go to:
%s

Sincerely,
Amazon Web Services

This e-mail was sent from an address that does not accept incoming mail. Use the link above to
update your case.
""" % (Q, Q, CONSOLE_URL % Q)
add("q_ack", ("unrelated", False, Q, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: %s" % Q),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 037 -- Case F resolved (JA, quoted-printable, ">" quote) ----------------------
dt = J(11, 27, 11, 30, 0)
txt = """森下 健太 様

AWS トレーニングと認定の佐々木でございます。
ご返信いただきありがとうございました。

認定アカウント（AWS05518230）のお名前を「Kenta Morishita」に修正いたしました。
認定証 PDF およびデジタルバッジにも、24時間以内に新しい表記が反映される予定です。

以上をもちまして、本ケースはクローズとさせていただきます。
ご不明な点がございましたら、本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

----- 元のメッセージ -----
%s
""" % quote(TXT_F_USER)
add("f_done", ("resolved", False, F, ["AWS05518230"]),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (F, SUBJ_REC)),
    leaf(txt, cte="quoted-printable", label="UTF-8"), eol="\r\n", trace=aws_trace(dt, ME_P))

# 038 -- Case F survey (JA) -----------------------------------------------------
dt = J(11, 27, 18, 0, 0)
txt = """森下 健太 様

先日クローズいたしましたケース %s について、サポートの品質向上のため、簡単なアンケートにご協力いただけますと幸いです。
所要時間は1分程度です。

アンケートに回答する：
https://survey.aws-support.amazon.com/ja/r?c=%s

本アンケートへのご回答は任意です。このメールへの返信はアンケートの回答として扱われません。

AWS トレーニングと認定 カスタマーサポート
""" % (F, F)
html = html_wrap("""<p>森下 健太 様</p>
<p>先日クローズいたしましたケース <b>%s</b> について、サポートの品質向上のため、簡単なアンケートにご協力いただけますと幸いです。所要時間は1分程度です。</p>
<table><tr><td style="padding:6px"><a href="https://survey.aws-support.amazon.com/ja/r?c=%s&s=5">とても満足</a></td>
<td style="padding:6px"><a href="https://survey.aws-support.amazon.com/ja/r?c=%s&s=3">ふつう</a></td>
<td style="padding:6px"><a href="https://survey.aws-support.amazon.com/ja/r?c=%s&s=1">不満</a></td></tr></table>
<p style="font-size:12px;color:#687078">本アンケートへのご回答は任意です。このメールへの返信はアンケートの回答として扱われません。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>""" % (F, F, F, F), "ja")
add("f_survey", ("survey", False, F, []),
    aws_top(dt, TC_FROM2, ME_P, "アンケートのお願い：ケース %s のサポートはいかがでしたか？" % F),
    multi("alternative", [leaf(txt, cte="base64"), leaf(html, "html", cte="base64")]),
    trace=aws_trace(dt, ME_P))

# 039 -- colleague's out-of-office auto reply (unrelated) ----------------------
dt = J(11, 28, 12, 14, 7)
txt = """森下さん

自動応答です。11月28日（金）から12月1日（月）まで不在にしております。
12月2日（火）以降、順次ご返信いたします。
お急ぎの場合は infra-team@hoshizora-tech.co.jp までご連絡ください。

I am out of the office until December 1 and will reply when I return.

中村 亮
"""
add("ooo", ("unrelated", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("中村 亮", "r-nakamura@hoshizora-tech.co.jp")),
     ("To", addr(ME_JA, ME_C)), ("Subject", enc_h("自動応答: 最終出社日のご挨拶")),
     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "r-nakamura@hoshizora-tech.co.jp")],
    leaf(txt, cte="base64", label='"utf-8"'), trace=trace_internal(dt),
    mid="<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (RNG.randint(1000, 9999), alnum(20).upper(), RNG.randint(1000, 9999)))

# 040 -- console case C (T&C benefit) opened (acknowledgement) ------------------
dt = J(12, 1, 11, 20, 58)
txt = """Dear AWS customer,

Thank you for contacting AWS Support. We have opened case %s for your request.

Case ID: %s
Subject: Certification benefit (50%% exam discount) missing after account merge
Severity: General guidance
Service: Training and Certification
Correspondence: My certification accounts were merged under case %s on November 18.
The 50%% exam discount benefit now shows as "used", but I never used it. Can you restore it?

To view the case or add correspondence, go to:
%s

Sincerely,
Amazon Web Services

This e-mail was sent from an address that does not accept incoming mail. Use the link above to
update your case.
""" % (C, C, A, CONSOLE_URL % C)
add("c_ack", ("acknowledgement", False, C, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: %s" % C),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 041 -- console case C: information request, answer in the Support Center ---
dt = J(12, 1, 18, 40, 19)
TXT_C_REQ = """Hello Kenta,

Thank you for reaching out, and I'm sorry the discount benefit isn't showing correctly after the
merge.

Benefits are tied to the exam that earned them, so I need two details to trace this one:

1. Which exam earned the benefit, and on what date did you pass it?
2. Did you try to use the benefit, or start a registration with it, before November 18?

Once I have these I can check the benefit history with our certification team.

Respond through the Support Center using the link below; replies sent to this e-mail address do
not reach us.

Best regards,
Nikhil S.
Amazon Web Services"""
foot = """
Your feedback helps us improve. You can rate this reply from the case page in the AWS Support
Center.

To see all correspondence for this case or to reply, go to:
%s

This e-mail was sent from an address that does not accept incoming mail.""" % (CONSOLE_URL % C)
txt = TXT_C_REQ + "\n" + foot + "\n"
html = html_wrap(paras_html(TXT_C_REQ) + '<hr><p style="font-size:12px;color:#687078">Your feedback helps us improve. '
                 'You can rate this reply from the case page in the AWS Support Center.<br>To see all correspondence for this case or to reply, go to: '
                 '<a href="%s">%s</a><br>This e-mail was sent from an address that does not accept incoming mail.</p>' % (CONSOLE_URL % C, CONSOLE_URL % C))
add("c_req", ("info_request", True, C, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C),
    multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")]),
    trace=aws_trace(dt, ME_P))

# 042 -- Japanese tech newsletter full of case vocabulary (unrelated) ----------
dt = J(12, 2, 7, 0, 0)
txt = """Cloud Weekly JP #212（2025年12月2日）

━━━━━━━━━━━━━━━━━━━━
■今週の記事
━━━━━━━━━━━━━━━━━━━━

1. サポートケースを早くクローズする5つのコツ
　「ご返信がない場合は自動的にクローズされます」というメールが届いたら、まずは何を書けばよいのか。
　問い合わせの書き方から、ケースの再開方法までをまとめました。

2. 転職前にやっておきたい AWS 認定アカウントの統合
　会社アドレスの認定アカウントを個人アドレスへ移す手順と、サポートとのやり取りの実例。

3. re:Invent 2025 の発表まとめ（速報）

━━━━━━━━━━━━━━━━━━━━
配信停止はこちら：https://cloudweekly.jp/unsubscribe?u=8821
本メールは送信専用です。ご返信いただいてもお答えできません。
"""
add("news", ("unrelated", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("Cloud Weekly JP", "newsletter@cloudweekly.jp")), ("To", ME_P),
     ("Subject", enc_h("Cloud Weekly #212：サポートケースを早くクローズする5つのコツ ほか")),
     ("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=8821>, <mailto:unsubscribe@cloudweekly.jp>"),
     ("List-Id", "Cloud Weekly JP <weekly.cloudweekly.jp>"), ("Precedence", "bulk")],
    leaf(txt, cte="8bit", label="UTF-8"),
    trace=trace_gmail(dt, ME_P, "mail%d.cloudweekly.jp" % RNG.randint(1, 9), "160.16.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "bounce@cloudweekly.jp", "cloudweekly.jp", policy="NONE"),
    mid="<%s.%d@cloudweekly.jp>" % (hexs(16), RNG.randint(1000, 9999)))

# 043 -- AWS Educate form case: closing warning (unrelated: other program) ----
dt = J(12, 3, 16, 12, 40)
txt = """Hello Kenta,

We're following up on our message of November 28, in which we asked for the syllabus of the
cloud course you teach so we can verify your educator application.

If we don't receive it within 3 business days, we will close this case and your application
will be withdrawn. You can send the syllabus as an attachment in a reply to this email.

Best regards,
Daniela
AWS Educate Support
"""
add("edu", ("unrelated", False, E, []),
    aws_top(dt, addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
            "RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % E),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 044 -- console case C: auto-resolve warning (closing_notice) -----------------
dt = J(12, 4, 10, 0, 3)
txt = """Hello,

We haven't heard back from you on case %s. We are still waiting for the details requested
in our last correspondence.

If we don't receive a response, this case will be automatically resolved in 3 days.

To reply, sign in to the AWS Support Center:
%s

Amazon Web Services

This e-mail was sent from an address that does not accept incoming mail.
""" % (C, CONSOLE_URL % C)
TXT_C_WARN = txt
add("c_warn", ("closing_notice", True, C, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 045 -- the same template for the Lambda quota console case (unrelated) ------
dt = J(12, 4, 10, 2, 48)
txt = """Hello,

We haven't heard back from you on case %s. We are still waiting for the details requested
in our last correspondence.

If we don't receive a response, this case will be automatically resolved in 3 days.

To reply, sign in to the AWS Support Center:
%s

Amazon Web Services
Account: [AWS ID 482190336715]

This e-mail was sent from an address that does not accept incoming mail.
""" % (Q, CONSOLE_URL % Q)
add("q_warn", ("unrelated", False, Q, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "RE:[CASE %s] Lambda concurrent executions quota increase (ap-northeast-1)" % Q),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 046 -- owner answers case C by e-mail to the no-reply address (user_reply) --
dt = J(12, 4, 21, 15, 2)
new = """Hi Nikhil,

1. The benefit came from passing AWS Certified Developer - Associate on June 14, 2024.
2. No, I never used it and never started a registration with it.

My candidate ID is AWS05518230.

Thanks,
Kenta"""
TXT_C_USER = new
txt = new + "\n\nOn Thu, Dec 4, 2025 at 10:00 AM Amazon Web Services <%s> wrote:\n\n%s\n" % (NOREPLY, quote(TXT_C_WARN.rstrip()))
add("c_user", ("user_reply", False, C, ["AWS05518230"]),
    [("Date", fmt_date(dt)), ("From", addr(ME, ME_P)), ("To", CONSOLE_FROM),
     ("Subject", "Re: RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C)] + refs("c_warn"),
    leaf(txt, cte="quoted-printable", label='"UTF-8"'), mid=gmail_id())

# 047 -- bounce of that reply (unrelated, belongs to case C) ------------------
dt = J(12, 4, 21, 15, 44)
orig = MSGS[-1][0]
report = """
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kenta.morishita.mk@gmail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (rcv_date(dt), rcv_date(dt))
add("c_bounce", ("unrelated", False, C, []),
    [("Date", rcv_date(dt).split(" (")[0]), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
     ("To", ME_P), ("Subject", "Delivery Status Notification (Failure)"),
     ("Auto-Submitted", "auto-replied")] + refs("c_user"),
    multi("report", [leaf(report, label='"UTF-8"'),
                     raw_part("message/delivery-status", dsn.encode()),
                     raw_part("message/rfc822", orig.replace(b"\r\n", b"\n"))],
          boundary="000000000000%s" % hexs(16), extra_ct="; report-type=delivery-status"),
    trace=[("Delivered-To", ME_P)], mid=gmail_id())

# 048 -- console case C: resolved because no response, reopen within 14 days --
dt = J(12, 7, 10, 0, 9)
txt = """Hello,

Your case %s has been resolved because we did not receive a response to our last
correspondence.

If you still need assistance, you can reopen the case from the AWS Support Center within 14 days.
After that, the case can no longer be reopened and you will need to create a new one.

Reopen or view this case:
%s

Tell us how we did: you can rate this case from the case page in the Support Center.

Amazon Web Services

This e-mail was sent from an address that does not accept incoming mail.
""" % (C, CONSOLE_URL % C)
html = html_wrap(paras_html(txt))
add("c_closed", ("closing_notice", True, C, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C),
    multi("alternative", [leaf(txt), leaf(html, "html", cte="quoted-printable")]),
    trace=aws_trace(dt, ME_P))

# 049 -- AWS account closed, reopen within 90 days (unrelated) ----------------
dt = J(12, 7, 15, 31, 27)
txt = """Hello,

Your AWS account 731602288415 has been closed, as you requested.

For the next 90 days you can still sign in to view past bills and reopen the account by
contacting AWS Support. After 90 days, the account and its content are permanently closed and
cannot be reopened.

If you did not close this account, contact AWS Support right away.

Amazon Web Services
"""
add("acct_closed", ("unrelated", False, None, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "Your AWS account 731602288415 has been closed"),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 050 -- console case C reopened by the owner in the Support Center (ack) -----
dt = J(12, 8, 8, 55, 14)
txt = """Hello,

Case %s has been reopened and your new correspondence has been added.

Kenta Morishita wrote:
The benefit came from the Developer - Associate exam on June 14, 2024 and I never used it.
Sorry for the delay, I first answered by e-mail and it bounced.

An engineer will review your update. You can follow the case in the AWS Support Center:
%s

Amazon Web Services

This e-mail was sent from an address that does not accept incoming mail.
""" % (C, CONSOLE_URL % C)
add("c_reopen", ("acknowledgement", False, C, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 051 -- Case G acknowledgement (ESL +30), HTML-only -----------------------------
dt = J(12, 8, 9, 41, 30)
html = html_wrap("""<p>Thank you for contacting AWS Training and Certification.</p>
<p>We have opened case <b>%s</b> for your request. A member of our team will respond within one to two business days.</p>
<table style="font-size:13px;border-collapse:collapse" cellpadding="4">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Exam accommodations</td></tr>
<tr><td>Description</td><td>How do I request the ESL +30 minutes accommodation on my merged account? My next exam is on December 13.</td></tr>
</table>
<p>AWS Training and Certification Customer Support</p>""" % (G, G))
add("g_ack", ("acknowledgement", False, G, []),
    aws_top(dt, TC_FROM, ME_P, "[CASE %s] %s" % (G, SUBJ_ESL)),
    leaf(html, "html", cte="base64"), trace=aws_trace(dt, ME_P))

# 052 -- owner asks to close case G (user_reply) ---------------------------------
dt = J(12, 9, 8, 30, 51)
new = """Hello,

Please disregard my question: I found the ESL +30 request under Exam Accommodations in my
certification account, and it has already been approved.

You can close this case. Thank you!

Kenta Morishita"""
TXT_G_USER = new
txt = new + "\n"
html = '<div dir="ltr">%s</div>' % paras_html(new)
add("g_user", ("user_reply", False, G, []),
    [("Date", fmt_date(dt)), ("From", addr(ME, ME_P)), ("To", TC),
     ("Subject", "Re: [CASE %s] %s" % (G, SUBJ_ESL))] + refs("g_ack"),
    multi("alternative", [leaf(txt, label='"UTF-8"'), leaf(html, "html", label='"UTF-8"')],
          boundary="000000000000%s" % hexs(16)),
    mid=gmail_id())

# 053 -- console case C resolved (benefit restored) ---------------------------
dt = J(12, 9, 11, 0, 37)
new = """Hello Kenta,

Thanks for the details, and sorry about the bounce: the address our notifications come from does
not accept replies.

Our certification team confirmed that the benefit was marked as used by mistake during the
merge. It has been restored: you will find a 50% exam discount benefit under Benefits in your
certification account, valid until June 14, 2027.

As this resolves the issue, I'm marking the case as resolved. If something is still off, you can
reopen it from the Support Center.

Best regards,
Nikhil S.
Amazon Web Services"""
txt = new + "\n" + foot + "\n"
html = html_wrap(paras_html(new) + '<hr><p style="font-size:12px;color:#687078">Your feedback helps us improve. '
                 'You can rate this reply from the case page in the AWS Support Center.<br>'
                 '<a href="%s">%s</a></p>' % (CONSOLE_URL % C, CONSOLE_URL % C))
add("c_done", ("resolved", False, C, []),
    aws_top(dt, CONSOLE_FROM, ME_P, "RE:[CASE %s] Certification benefit (50%% exam discount) missing after account merge" % C),
    multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")]),
    trace=aws_trace(dt, ME_P))

# 054 -- Case G closed at the owner's request (resolved) -----------------------
dt = J(12, 9, 15, 20, 3)
txt = """Hi Kenta,

Thanks for letting us know. As you asked, I've closed this case; there's nothing else you need
to do. Good luck with your exam on the 13th!

Aisha
AWS Training and Certification

> Please disregard my question: I found the ESL +30 request under Exam Accommodations in my
> certification account, and it has already been approved.
>
> You can close this case. Thank you!
"""
add("g_done", ("resolved", False, G, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (G, SUBJ_ESL)),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 055 -- owner replies on an old 2023 case (user_reply, Outlook quote) ---------
dt = J(12, 10, 8, 0, 12)
new = """Hello,

I'm writing on this old case because the topic is the same. Since my accounts were merged on
November 18 (case %s), my Credly badges for Solutions Architect - Associate and
Developer - Associate no longer appear on my Credly profile. Could you take a look?

Kenta Morishita""" % A
old = """________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, August 22, 2023 3:12 AM
To: k-morishita@hoshizora-tech.co.jp
Subject: RE: [CASE %s] %s

Hello,

Your Credly badge for AWS Certified Cloud Practitioner has been reissued to
k-morishita@hoshizora-tech.co.jp. Please check your inbox to accept it.

We are resolving this case. Thank you for contacting AWS Training and Certification.

Regards,
Jae
AWS Training and Certification""" % (D, SUBJ_BADGE)
txt = new + "\n\n" + old + "\n"
add("d_user", ("user_reply", False, D, []),
    [("Date", fmt_date(dt)), ("From", addr(ME, ME_P)), ("To", TC),
     ("Subject", "RE: [CASE %s] %s" % (D, SUBJ_BADGE)), ("Thread-Topic", "[CASE %s] %s" % (D, SUBJ_BADGE)),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    leaf(txt, cte="quoted-printable", label='"us-ascii"'),
    mid="<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>" % (RNG.randint(1000, 9999), alnum(20).upper(), RNG.randint(1000, 9999)))

# 056 -- automatic: old case cannot be reopened (case_update) ------------------
dt = J(12, 10, 8, 1, 5)
txt = """Hello,

Thank you for your message. Case %s was resolved on August 22, 2023 and can no longer be
reopened, so your reply has not been added to it and will not be seen by our team.

If you still need help, please submit a new request at
https://support.aws.amazon.com/#/contacts/aws-training and include the details from your
message.

This is an automated message; replies to it are not monitored.
""" % D
add("d_auto", ("case_update", False, D, []),
    aws_top(dt, TC_FROM, ME_P, "RE: [CASE %s] %s" % (D, SUBJ_BADGE)) + [("Auto-Submitted", "auto-replied")] + refs("d_user"),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 057 -- Case H acknowledgement (badges), CRLF ------------------------------------
dt = J(12, 10, 12, 2, 50)
txt = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s.
We typically respond within 24 hours.

Case ID: %s
Inquiry type: Certification
Additional details: Digital badges
Description: Credly badges for SAA and DVA disappeared after my accounts were merged (merge case
%s). I tried replying on my old badge case %s but it could not be reopened.

To add information, reply to this email and keep the case number in the subject.

AWS Training and Certification Customer Support
""" % (H, H, A, D)
add("h_ack", ("acknowledgement", False, H, []),
    aws_top(dt, TC_FROM, ME_P, "[CASE %s] %s" % (H, SUBJ_BADGE)),
    leaf(txt), eol="\r\n", trace=aws_trace(dt, ME_P))

# 058 -- Case H information request (buried question, no "please") -------------
dt = J(12, 11, 17, 45, 26)
TXT_H_REQ = """Hi Kenta,

I looked into the badges. Both certifications are active on your merged account and the badges
were reissued on November 18, but Credly shows them as waiting to be accepted by an address that
is not on your certification account. Credly matches badges by e-mail, and it looks like your
Credly profile was created with another address, maybe your former work address.

Which e-mail address do you use to sign in to Credly? With that I can have the badges sent to
the right profile.

Tomasz W.
AWS Training and Certification"""
add("h_req", ("info_request", True, H, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (H, SUBJ_BADGE)),
    leaf(TXT_H_REQ + "\n"), trace=aws_trace(dt, ME_P))

# 059 -- other vendor (JA) auto-close in 7 days (unrelated), ISO-2022-JP -------
dt = J(12, 12, 13, 20, 0)
txt = """森下 健太 様

いつも Kumoba をご利用いただきありがとうございます。
Kumoba サポートセンターでございます。

お問い合わせ番号 2025121100417 につきまして、先日ご案内した手順で
DNS レコードの反映が完了したかどうか、ご確認いただけましたでしょうか。

7日以内にご返信がない場合、本お問い合わせは解決済みとして自動的にクローズされます。
クローズ後に再度ご質問がある場合は、お手数ですが新しくお問い合わせください。

Kumoba サポートセンター
https://kumoba.jp/support
"""
add("kumoba", ("unrelated", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("Kumoba サポートセンター", "support@kumoba.jp", "iso-2022-jp")),
     ("To", addr(ME_JA, ME_P, "iso-2022-jp")),
     ("Subject", enc_h("【Kumoba】お問い合わせ番号 2025121100417 について", "iso-2022-jp"))],
    leaf(txt, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP"),
    trace=trace_gmail(dt, ME_P, "smtp%d.kumoba.jp" % RNG.randint(1, 5), "203.0.113.%d" % RNG.randint(1, 250),
                      "support@kumoba.jp", "kumoba.jp", policy="NONE"),
    mid="<20251212042000.%s@kumoba.jp>" % hexs(10))

# 060 -- Case H: "we'll assume this is no longer needed" (closing_notice) ------
dt = J(12, 15, 10, 0, 40)
new = """Hi Kenta,

Just checking in on the badges. I haven't seen a reply yet, so if I don't hear from you I'll
assume this is no longer needed and close the case at the end of the week.

Tomasz"""
txt = new + "\n\nOn Thu, Dec 11, 2025 at 08:45 UTC, AWS Training and Certification wrote:\n" + quote(TXT_H_REQ) + "\n"
add("h_warn", ("closing_notice", True, H, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (H, SUBJ_BADGE)),
    leaf(txt), trace=aws_trace(dt, ME_P))

# 061 -- spoofed T&C mail with dmarc=fail (suspicious) -------------------------
dt = J(12, 15, 20, 40, 12)
html = html_wrap("""<p>Hello,</p>
<p>This is the final notice for case %s.</p>
<p>Your merged certification records are pending identity verification. If verification is not
completed within 24 hours, this case will be closed and the merged records will be removed.</p>
<p>To keep your certifications, confirm your AWS Builder ID credentials here:
<a href="https://aws-training-verify.com/case/%s">https://support.aws.amazon.com/case/%s</a></p>
<p>AWS Training and Certification Customer Support</p>""" % (FAKE, FAKE, FAKE))
ip = "45.148.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250))
add("spoof", ("suspicious", False, None, []),
    [("Date", fmt_date(dt, UTC)), ("From", TC_FROM), ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s" % (FAKE, SUBJ_ACC))],
    leaf(html, "html", cte="quoted-printable"),
    trace=trace_gmail(dt, ME_P, "vps-%d.hostcloud.example" % RNG.randint(100, 999), ip, "notice@amazon.com", "amazon.com",
                      dkim=[("amazon.com", "fail")], spf="softfail", dmarc="fail", dis="QUARANTINE"),
    mid="<%s@amazon.com>" % hexs(20))

# 062 -- Japanese lookalike phishing asking for a reply with the password -----
dt = J(12, 16, 9, 12, 0)
html = html_wrap("""<div style="font-family:Meiryo,sans-serif;max-width:600px">
<p>AWS 認定をご利用のお客様</p>
<p>お客様の AWS 認定アカウントは、アカウント統合手続きが完了していないため、<b>48時間後に閉鎖</b>される予定です。</p>
<p>閉鎖を回避するには、本メールにご返信のうえ、AWS Builder ID のメールアドレスとパスワードをお知らせください。確認が取れ次第、閉鎖を取り消します。</p>
<p>ご返信がない場合、保有資格および試験履歴はすべて失効いたします。</p>
<p>AWS トレーニングと認定 サポート窓口</p>
</div>""", "ja")
add("phish2", ("suspicious", False, None, []),
    [("Date", fmt_date(dt)), ("From", addr("AWS トレーニングと認定", "no-reply@aws-training-jp.com")),
     ("Reply-To", "aws-cert-desk@proton-mailbox.example"), ("To", ME_P),
     ("Subject", enc_h("【重要】AWS認定アカウント閉鎖予定のお知らせ"))],
    leaf(html, "html", cte="base64"),
    trace=trace_gmail(dt, ME_P, "mx1.aws-training-jp.com", "103.27.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "info@aws-training-jp.com", "aws-training-jp.com",
                      dkim=[("aws-training-jp.com", "pass")], policy="NONE"),
    mid="<%s@aws-training-jp.com>" % hexs(20))

# 063 -- recertification congratulations (certification) -------------------------
dt = J(12, 16, 14, 3, 0)
txt = """Hi Kenta,

Congratulations! You have recertified AWS Certified Solutions Architect - Associate.

New expiration date: December 13, 2028
Candidate ID: AWS05518230

Your updated certificate is available in your AWS Certification Account, and Credly will send
you a new badge shortly.

AWS Certification
"""
add("recert", ("certification", False, None, ["AWS05518230"]),
    aws_top(dt, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "You've recertified: AWS Certified Solutions Architect - Associate"),
    leaf(txt),
    trace=trace_gmail(dt, ME_P, "o%d.ptr%d.certmetrics.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                      "168.245.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "bounces+%d@em.certmetrics.com" % RNG.randint(100000, 999999), "certmetrics.com"),
    mid="<%s@certmetrics.com>" % hexs(32))

# 064 -- Case H closed for no response, in Japanese, reopen within 14 days ----
dt = J(12, 19, 10, 0, 15)
TXT_H_CLOSED = """森下 健太 様

AWS トレーニングと認定の山本と申します。担当の Tomasz より引き継ぎました。

12月11日にお伺いした Credly アカウントのメールアドレスについて、ご返信を確認できなかったため、本ケースをクローズいたしました。

引き続きバッジの件でサポートが必要な場合は、クローズから14日以内に本メールへご返信いただければ、ケースが自動的に再開されます。
その際、Credly へのサインインに使用されているメールアドレスをお知らせいただけますと幸いです。

山本
AWS トレーニングと認定 カスタマーサポート"""
html = html_wrap(paras_html(TXT_H_CLOSED), "ja")
add("h_closed", ("closing_notice", True, H, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (H, SUBJ_BADGE)),
    multi("alternative", [leaf(TXT_H_CLOSED + "\n", cte="quoted-printable", label="UTF-8"),
                          leaf(html, "html", cte="quoted-printable", label="UTF-8")]),
    trace=aws_trace(dt, ME_P))

# 065 -- owner's reply reopening case H (top-posted over JA Outlook quote) -----
dt = J(12, 19, 20, 2, 33)
new = """山本様

ご連絡ありがとうございます。対応が遅れて失礼いたしました。
Credly には個人アドレス kenta.morishita.mk@gmail.com でサインインしています。
（以前は会社アドレスで作成していましたが、11月に個人アドレスへ変更しました。）

引き続きよろしくお願いいたします。
森下"""
txt = new + """

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年12月19日 10:00
宛先: kenta.morishita.mk@gmail.com
件名: RE:[CASE %s] %s

%s
""" % (H, SUBJ_BADGE, TXT_H_CLOSED)
add("h_user", ("user_reply", False, H, []),
    [("Date", fmt_date(dt)), ("From", addr(ME_JA, ME_P)), ("To", TC),
     ("Subject", "RE: RE:[CASE %s] %s" % (H, SUBJ_BADGE))] + refs("h_req", "h_closed"),
    leaf(txt, cte="base64", label='"utf-8"'), mid=gmail_id())

# 066 -- Case H reopened by the agent, work continues (case_update) ------------
dt = J(12, 20, 11, 0, 2)
txt = """森下様

ご返信ありがとうございます。山本です。ケースを再開いたしました。

いただいたアドレス宛てにバッジを再発行するよう、バッジ担当チームに依頼しております。
完了しましたら、改めてご連絡いたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
add("h_reopen", ("case_update", False, H, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (H, SUBJ_BADGE)) + refs("h_user"),
    leaf(txt, cte="base64", label="UTF-8"), trace=aws_trace(dt, ME_P))

# 067 -- Case H resolved, HTML-only ---------------------------------------------
dt = J(12, 22, 10, 0, 51)
html = html_wrap("""<p>Hi Kenta,</p>
<p>Tomasz here again; Yamamoto-san passed your answer on to me. The badging team reissued both badges to
<b>kenta.morishita.mk@gmail.com</b> this morning, so you should receive two e-mails from Credly shortly.
Once you accept them they will show on your profile.</p>
<p>That was the last open item, so I'm closing this case. No reply is needed.</p>
<p>Tomasz W.<br>AWS Training and Certification</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555;margin-top:16px">
<p>山本様</p><p>ご連絡ありがとうございます。対応が遅れて失礼いたしました。<br>
Credly には個人アドレス kenta.morishita.mk@gmail.com でサインインしています。</p></div>""")
add("h_done", ("resolved", False, H, []),
    aws_top(dt, TC_FROM, ME_P, "RE:[CASE %s] %s" % (H, SUBJ_BADGE)),
    leaf(html, "html", cte="base64"), trace=aws_trace(dt, ME_P))

# 068 -- Credly badge (badge) -----------------------------------------------------
dt = J(12, 22, 10, 31, 9)
BADGE2 = "c03e8a1d-4f6b-4b2e-a7d9-61f0e2b85a17"
txt = """Hi Kenta,

You've earned a badge: AWS Certified Developer - Associate, issued by Amazon Web Services
Training and Certification.

Claim it here: https://www.credly.com/badges/%s/accept

Credly, a Pearson company
""" % BADGE2
add("credly2", ("badge", False, None, []),
    [("Date", fmt_date(dt, UTC)), ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
     ("Subject", "Claim your AWS Certified Developer - Associate badge")],
    leaf(txt),
    trace=trace_gmail(dt, ME_P, "o%d.ptr%d.credly.com" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                      "149.72.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)),
                      "bounces+%d-ab12@em.credly.com" % RNG.randint(1000000, 9999999), "credly.com"),
    mid="<%s@geopod-ismtpd-%d>" % (alnum(22), RNG.randint(1, 40)))

# 069 -- Case H survey that asks for a reply with a number (survey) ------------
dt = J(12, 23, 9, 30, 0)
txt = """Hello Kenta,

One quick question about case %s, which we closed on December 22:

How likely are you to recommend AWS Training and Certification support to a colleague?

Reply to this e-mail with a number from 0 (not at all likely) to 10 (extremely likely). You can
add a comment on the next line if you like. Answering is optional.

Thank you,
AWS Training and Certification Customer Experience
""" % H
add("h_survey", ("survey", False, H, []),
    aws_top(dt, addr("AWS Training and Certification Feedback", TC), ME_P,
            "One question about your recent support case (%s)" % H),
    leaf(txt), trace=aws_trace(dt, ME_P))


# =============================================================================

def main():
    for name in os.listdir(OUT):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(OUT, name))
    counts = collections.Counter()
    replies = 0
    for i, (raw, label) in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        replies += label["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
