#!/usr/bin/env python3
"""Generate the blind-393 test mailbox (standard library only).

Run as `python3 gen.py` from anywhere; files are written next to this script.
"""
import base64
import datetime as _dt
import html as _html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(393393)

ME_P = "haruka.ishida.dev@gmail.com"
ME_C = "h-ishida@kuroshio-sys.co.jp"
ME_NAME = "Haruka Ishida"
ME_JA = "石田 遥"
TC = "aws-cs-trainingcertification-form@amazon.com"
NR = "no-reply-aws@amazon.com"

CASE_A = "176044146701952"   # main merge case (form, 15 digits)
CASE_B = "176048221302317"   # duplicate form submission
CASE_C = "176153472004488"   # Support Center (console) case, missing benefit
CASE_D = "176067852009115"   # name correction, Japanese
CASE_E = "13927460581"       # 2023 case (11 digits) reopened
CASE_F = "176221830006620"   # AWS Events form case (not T&C)
CASE_G = "176291260001187"   # billing console case (not T&C)
OLD_2021 = "9125536870"      # a 2021 case only mentioned in text
CID_NEW = "AWS17730519"
CID_OLD = "AWS04418862"
CID_TYPO = "AWS09925374"
ACCT = "482177306615"
FORM_AA = "[AWS Training and Certification Form Submission] - account-assistance"

TZH = {"JST": 9, "UTC": 0, "PDT": -7, "PST": -8, "EDT": -4, "EST": -5, "CET": 1, "IST": 5.5}


def _jst(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return _dt.datetime.strptime(s, fmt).replace(tzinfo=_dt.timezone(_dt.timedelta(hours=9)))


def when(s, tz="UTC"):
    """s = JST wall clock; returns an RFC 5322 date in the sender's zone."""
    t = _jst(s).astimezone(_dt.timezone(_dt.timedelta(hours=TZH[tz])))
    return format_datetime(t)


def gtime(s):
    """Google's Received timestamps are in Pacific time."""
    t = _jst(s)
    pst = t >= _jst("2025-11-02 18:00")
    z = _dt.timezone(_dt.timedelta(hours=-8 if pst else -7))
    return format_datetime(t.astimezone(z)) + (" (PST)" if pst else " (PDT)")


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def an(n, extra=""):
    pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + extra
    return "".join(R.choice(pool) for _ in range(n))


def mid_ses():
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))


def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (R.choice("BDFGJKMNP"), an(R.choice([44, 50, 56]), "+_-="))


def mid_outlook():
    box = "TYCPR01MB%d" % R.randint(1000, 9999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, hx(12).upper(), box)


def mid_generic(domain):
    return "<%s.%s@%s>" % (hx(16), R.randint(10 ** 8, 10 ** 9), domain)


# ---------------------------------------------------------------- MIME parts
def hdrbytes(hs):
    out = ""
    for k, v in hs:
        out += "%s: %s\n" % (k, v)
    return out.encode("ascii")


def _body(text, cs, cte):
    data = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def part(text, sub="plain", cs="utf-8", cte="quoted-printable", quoted_cs=True, extra=()):
    ct = 'text/%s; charset="%s"' % (sub, cs) if quoted_cs else "text/%s; charset=%s" % (sub, cs)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    b = _body(text, cs, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return (hs, b)


def multi(sub, parts, boundary=None, preamble=None, extra_ct=""):
    bnd = boundary or ("000000000000" + hx(16))
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for hs, b in parts:
        out += b"--" + bnd.encode() + b"\n" + hdrbytes(hs) + b"\n" + b
    out += b"--" + bnd.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, bnd, extra_ct))], out)


def alt(text, html_text, cs="utf-8", cte="quoted-printable", boundary=None):
    return multi("alternative", [part(text, "plain", cs, cte), part(html_text, "html", cs, cte)],
                 boundary=boundary)


def ad(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs) if name else a


def sj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def h(t):
    """plain text -> simple html fragment"""
    paras = t.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % _html.escape(p).replace("\n", "<br>\n") for p in paras)


def page(inner, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><title>%s</title></head>\n<body style="font-family:Arial,Helvetica,'
            'sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (_html.escape(title), inner))


def q(text, prefix="> "):
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in lines)


def gmail_attr(s, name, a, tz="JST"):
    t = _jst(s).astimezone(_dt.timezone(_dt.timedelta(hours=TZH[tz])))
    hh = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d\u202f%s %s <%s> wrote:" % (
        t.strftime("%a"), t.strftime("%b"), t.day, t.year, hh, t.minute, ampm, name, a)


def gmail_html(new, attr, quoted_html):
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '%s</blockquote></div>\n' % (h(new).replace("<p>", "<div>").replace("</p>", "<br></div>"),
                                          _html.escape(attr), quoted_html))


# ------------------------------------------------------------ inbound traces
def via_gmail(arr, host, ip, mailfrom, dkim=(("amazon.com", "pass"),), spf="pass",
              dmarc=("amazon.com", "pass", "QUARANTINE"), to=ME_P):
    t = gtime(arr)
    dk = ";\n       ".join("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, an(R.choice([6, 8])).lower(), an(8, "+/"))
                            for d, res in dkim)
    mf_dom = mailfrom.split("@")[1]
    if spf == "pass":
        sp = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    else:
        sp = "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)
    ar = "mx.google.com;\n       " + (dk + ";\n       " if dk else "") + sp
    if dmarc:
        dom, res, pol = dmarc
        dis = "NONE" if res == "pass" else pol
        ar += ";\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, pol, pol, dis, dom)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hx(4), hx(3), hx(3), hx(4), an(10).lower(), t)),
        ("X-Google-Smtp-Source", an(60, "+/") + "=="),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(_jst(arr).timestamp()), an(64, "+/"))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n"
         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (host, host, ip, an(12).lower(), R.randint(100, 999), _jst(arr).month, _jst(arr).day,
            R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), to, t)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]


def via_m365(arr, ip, mailfrom_dom, dkim_dom, from_dom, ok=True, to=ME_C):
    box = "TYCPR01MB%d" % R.randint(1000, 9999)
    ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s"
          % ("pass" if ok else "fail", ip, mailfrom_dom,
             "pass (signature was verified)" if ok else "fail (body hash did not verify)",
             dkim_dom, "pass" if ok else "fail", "none" if ok else "quarantine", from_dom,
             "pass" if ok else "fail", "100" if ok else "000"))
    return [
        ("Received", "from %s (2603:1096:%s::%s) by\n %s.jpnprd01.prod.outlook.com (2603:1096:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % ("OS3P286CA00%d.JPNP286.PROD.OUTLOOK.COM" % R.randint(10, 99), hx(3), hx(2), box, hx(3), hx(2),
            R.randint(8000, 9300), R.randint(10, 40), when(arr, "UTC"))),
        ("Authentication-Results", ar),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;"
         % ("Pass" if ok else "Fail", mailfrom_dom, ip, ip, "a%d-%d.smtp-out.amazonses.com" % (R.randint(8, 9), R.randint(10, 99)))),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1" if ok else "5"),
    ]


def ses_host():
    n = R.randint(10, 250)
    return "a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n


# ------------------------------------------------------------------ registry
MSGS = []
MID = {}


def add(kind, needs, case, cands, what, hard, hs, body, crlf=False, key=None):
    phs, b = body
    raw = hdrbytes(hs + [("MIME-Version", "1.0")] + phs) + b"\n" + b
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if key:
        MID[key] = dict(hs)["Message-ID"]
    MSGS.append({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands),
                 "what": what, "hard": hard, "raw": raw})


def support_headers(arr, to, subj, mid, frm=None, irt=None, refs=None, tz="UTC", via="gmail",
                    sender=TC, display="AWS Training and Certification"):
    host, ip = ses_host()
    mf = "0100%s-%s-000000@amazonses.com" % (hx(12), hx(8))
    if via == "gmail":
        hs = via_gmail(arr, host, ip, mf, dkim=(("amazon.com", "pass"), ("amazonses.com", "pass")), to=to)
    else:
        hs = via_m365(arr, ip, "amazonses.com", "amazon.com", "amazon.com", to=to)
    hs += [("From", frm or ad(display, sender)), ("To", to), ("Subject", sj(subj)),
           ("Date", when(arr, tz)), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % an(43, "+/")))
    hs.append(("X-SES-Outgoing", "2025.%02d.%02d-%s" % (_jst(arr).month, _jst(arr).day, ip)))
    return hs


# =================================================================== messages
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, FORM_AA)
SUBJ_B = "RE:[CASE %s] %s" % (CASE_B, FORM_AA)

# 001 HR notice (company, ISO-2022-JP)
t = """石田 さん

お疲れさまです。人事部の村上です。
10月31日(金)付のご退職に向けて、社内手続きをご案内します。

1. 貸与PC・社員証・入館カードは最終出社日に情報システム部へ返却してください。
2. 社用メールアカウント(h-ishida@kuroshio-sys.co.jp)は 10月31日 18:00 に停止します。
   社外サービスに会社のアドレスを登録している場合は、それまでに連絡先を変更してください。
   停止後は転送設定もできませんのでご注意ください。
3. 健康保険証は最終出社日以降、郵送で返却いただいても構いません。
4. 源泉徴収票は 11月中旬に、ご登録の住所へ郵送します。

ご不明点があれば人事部(内線 2104)までどうぞ。

--
株式会社クロシオシステムズ 人事部
村上 真理子
"""
add("unrelated", False, None, [], "HR: leaving procedures, company mailbox stops Oct 31",
    "Japanese ISO-2022-JP; contains instructions (please change addresses) but is not support mail",
    [("Received", "from TYCPR01MB7731.jpnprd01.prod.outlook.com ([fe80::4c1d:9a2e:77f0:1b3c]) by\n TYCPR01MB7731.jpnprd01.prod.outlook.com ([fe80::4c1d:9a2e:77f0:1b3c%6]) with\n mapi id 15.20.9203.014; " + when("2025-10-14 10:02", "UTC")),
     ("From", ad("人事部 村上", "jinji@kuroshio-sys.co.jp", "iso-2022-jp")),
     ("To", ad("石田 遥", ME_C, "iso-2022-jp")),
     ("Subject", sj("【人事】退職手続きについてのご案内", "iso-2022-jp")),
     ("Thread-Topic", sj("【人事】退職手続きについてのご案内", "iso-2022-jp")),
     ("Date", when("2025-10-14 10:02", "JST")), ("Message-ID", mid_outlook()),
     ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
     ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    part(t, cs="iso-2022-jp", cte="7bit"))

# 002 Builder ID verification code
t = """Hello,

Someone (hopefully you) started creating an AWS Builder ID with this email address.
Enter the code below on the sign-up page to verify it:

Verification code: 604218

The code expires in 30 minutes. If you did not start this, you can ignore this message;
no Builder ID will be created.

Amazon Web Services
"""
hs = via_gmail("2025-10-14 19:40", "a48-11.smtp-out.amazonses.com", "54.240.48.11",
               "0101%s-%s-000000@us-west-2.amazonses.com" % (hx(12), hx(8)),
               dkim=(("signin.aws", "pass"), ("amazonses.com", "pass")), dmarc=("signin.aws", "pass", "REJECT"))
hs += [("From", ad("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P),
       ("Subject", "Verify your AWS Builder ID email address"),
       ("Date", when("2025-10-14 19:40", "UTC")), ("Message-ID", mid_ses())]
add("unrelated", False, None, [], "Builder ID one-time verification code",
    "AWS sender and a 6-digit code; no case", hs,
    alt(t, page(h(t).replace("604218", "<b style=\"font-size:22px\">604218</b>"))), crlf=True)

# 003 CertMetrics welcome with the new candidate ID
t = """<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#ffffff;padding:16px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi Haruka,</p>
<p>Your AWS Certification account is set up and linked to the AWS Builder ID
haruka.ishida.dev@gmail.com.</p>
<table cellpadding="4"><tr><td><b>Candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Name on record</b></td><td>Ishida Haruka</td></tr></table>
<p>Use this candidate ID when you schedule an exam or contact us. From your account you can
schedule exams, see your exam history, download certificates and claim certification benefits.</p>
<p>Good luck on your certification journey!</p>
<p>&mdash; AWS Certification</p>
<p style="font-size:11px;color:#687078">This is an automated message; replies to this address are not read.</p>
</td></tr></table>""" % CID_NEW
hs = via_gmail("2025-10-14 20:05", "mail181-4.suw21.mandrillapp.com", "198.2.181.4",
               "bounce-md_3100%s@mandrillapp.com" % R.randint(1000, 9999),
               dkim=(("certmetrics.com", "pass"), ("mandrillapp.com", "pass")), dmarc=("certmetrics.com", "pass", "NONE"))
hs += [("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
       ("Subject", sj("Welcome to AWS Certification \u2013 your account is ready")),
       ("Date", when("2025-10-14 20:05", "UTC")), ("Message-ID", mid_generic("mandrillapp.com"))]
add("certification", False, None, [CID_NEW], "CertMetrics welcome mail for the new personal account",
    "HTML-only; carries the new candidate ID in a table; automated, no case", hs,
    part(page(t), "html"))

# 004 acknowledgement A (to company address, via M365)
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now logged
as case %s.

Someone from our team normally gets back to you within one business day, though some requests
need a little longer while we research them. To keep things moving, reply to this email
instead of sending the form again - a second case for the same issue ends up at the back of
the queue.

Here is what you submitted:

Inquiry type: Certification
Additional detail: Account Merge
Candidate ID: %s
Description:
Use case: I am leaving Kuroshio Systems at the end of October and want my certifications on my
personal certification account.
Email addresses I have used: h-ishida@kuroshio-sys.co.jp, haruka.ishida.dev@gmail.com
Email address to keep: haruka.ishida.dev@gmail.com
Note: In 2021 I had case %s about a duplicate profile, in case it is relevant.

Sincerely,
AWS Training and Certification Customer Support
""" % (CASE_A, CID_OLD, OLD_2021)
mid = mid_ses()
add("acknowledgement", False, CASE_A, [CID_OLD], "Form acknowledgement for the merge case, sent to the company address",
    "echoes the form text, which names an older 2021 case number; 'reply to this email instead' is advice, not a request",
    support_headers("2025-10-14 20:31", ME_C, SUBJ_A, mid, via="m365"),
    alt(t, page(h(t))), crlf=True, key="A_ack")

# 005 acknowledgement B (duplicate form, Japanese template, base64)
t = """お客様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s にてご依頼を承りました。

担当者より、原則として 24 時間以内にご連絡いたします。内容によっては調査のためお時間を
いただく場合がございます。

同じ内容で新しいケースを作成されますと、かえって対応が遅れる原因となります。
既にケースをお持ちの場合は、そのケースのメールにそのままご返信ください。

ご依頼内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文: 会社のアカウント(h-ishida@kuroshio-sys.co.jp)を個人のアカウント(haruka.ishida.dev@gmail.com)に
統合したいです。昨日もフォームを送信しましたが、確認メールが会社のアドレスに届いたので念のため再送します。

AWS トレーニングと認定 サポートチーム
""" % CASE_B
mid = mid_ses()
add("acknowledgement", False, CASE_B, [], "Japanese acknowledgement of a second (duplicate) form submission",
    "Japanese template in base64; opens a duplicate case; the anti-duplicate advice is not a request",
    support_headers("2025-10-15 07:52", ME_P, SUBJ_B, mid), part(t, cte="base64"), key="B_ack")

# 006 GitHub merged
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kuroshio-oss/tf-modules/pull/412#event-20391847561
You are receiving this because you authored the thread.
"""
hs = via_gmail("2025-10-15 08:10", "out-21.smtp.github.com", "192.30.252.204",
               "noreply@github.com", dkim=(("github.com", "pass"),), dmarc=("github.com", "pass", "REJECT"))
hs += [("From", ad("Kenji Watanabe", "notifications@github.com")),
       ("Reply-To", "kuroshio-oss/tf-modules <reply+ABCK%s@reply.github.com>" % an(40).upper()),
       ("To", "kuroshio-oss/tf-modules <tf-modules@noreply.github.com>"),
       ("Cc", "Haruka Ishida <%s>, Author <author@noreply.github.com>" % ME_P),
       ("Subject", "Re: [kuroshio-oss/tf-modules] Merge account-baseline module into main (PR #412)"),
       ("Date", when("2025-10-15 08:10", "UTC")),
       ("Message-ID", "<kuroshio-oss/tf-modules/pull/412/issue_event/20391847561@github.com>"),
       ("In-Reply-To", "<kuroshio-oss/tf-modules/pull/412@github.com>"),
       ("References", "<kuroshio-oss/tf-modules/pull/412@github.com>"),
       ("List-ID", "kuroshio-oss/tf-modules <tf-modules.kuroshio-oss.github.com>"),
       ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/%s>" % an(30)),
       ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "kwatanabe-ks")]
add("unrelated", False, None, [], "GitHub: pull request merged",
    "says 'Merged' and 'account' but is GitHub", hs,
    alt(t, '<p>Merged <a href="https://github.com/kuroshio-oss/tf-modules/pull/412">#412</a> into main.</p>\n'
           '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
           '<a href="https://github.com/kuroshio-oss/tf-modules/pull/412#event-20391847561">view it on GitHub</a>.</p>',
        cs="us-ascii", cte="7bit"))

# 007 colleague, handover (company)
t = """石田さん

お疲れさまです、田中です。
引き継ぎ資料ありがとうございました。ざっと目を通しました。

Terraform の state 移行の手順だけ少し不安なので、金曜までに15分ほど時間をもらえますか?
候補をいくつか送ってもらえると助かります。

あと、AWS 認定の会社アカウントの件は人事ではなくパートナー担当の山田さんに聞くのが
早いそうです。念のため。

田中
"""
add("unrelated", False, None, [], "Colleague asks for a handover meeting",
    "a real request, but from a colleague; mentions AWS certification", 
    [("Received", "from TYCPR01MB5520.jpnprd01.prod.outlook.com by TYCPR01MB7731.jpnprd01.prod.outlook.com\n with mapi; " + when("2025-10-15 09:30", "UTC")),
     ("From", ad("田中 悠", "y-tanaka@kuroshio-sys.co.jp")), ("To", ad("石田 遥", ME_C)),
     ("Subject", sj("RE: 引き継ぎ資料の件")), ("Date", when("2025-10-15 09:30", "JST")),
     ("Message-ID", mid_outlook()), ("Content-Language", "ja-JP")],
    part(t, cte="base64"))

# 008 info request on the duplicate case B
t = """Hello Haruka,

Thank you for reaching out about combining your certification accounts.

Before I can look up the right records I need a little more from you. Could you let me know
every email address you have ever used to sign in to AWS Certification, and which one should
remain as your login afterwards? If you have the candidate IDs (they begin with "AWS" followed
by eight digits), include those too.

Kind regards,
Daniel K.
AWS Training and Certification
"""
mid = mid_ses()
add("info_request", True, CASE_B, [], "Agent on the duplicate case asks for addresses and IDs",
    "'AWS' + 'eight digits' described, no real ID; request on a case that will soon be closed as duplicate",
    support_headers("2025-10-15 10:10", ME_P, SUBJ_B, mid, irt=MID["B_ack"], refs=MID["B_ack"]),
    part(t, cs="us-ascii", cte="7bit"), crlf=True, key="B_req")

# 009 info request A: write from the destination address
T9 = """Hello Haruka,

Thank you for your patience while we looked into this.

I can see two certification accounts that appear to be yours. For security reasons we only
change the account that will remain after a merge when the request comes from that account's
registered email address. Your request reached us from h-ishida@kuroshio-sys.co.jp, while the
address you would like to keep is haruka.ishida.dev@gmail.com.

To move ahead, we need you to reply to this message from haruka.ishida.dev@gmail.com. In that
reply, also include the candidate ID shown at the top right of the certification account you
created with that address \u2014 the only one we have from your form is %s.

Once we have that, I will continue with the next steps.

Best regards,
Priya S.
AWS Training & Certification Customer Service
""" % CID_OLD
mid = mid_ses()
add("info_request", True, CASE_A, [CID_OLD], "Support asks the user to write from the personal (destination) address and send the new candidate ID",
    "request sits after an explanation; asks to write from another address; sent to the company mailbox",
    support_headers("2025-10-15 11:47", ME_C, SUBJ_A, mid, irt=MID["A_ack"], refs=MID["A_ack"], via="m365"),
    part(T9), crlf=True, key="A_req1")

# 010 user reply A from the personal address (Gmail)
new = """Hello Priya,

I'm writing from my personal address as you asked.

Keep (personal): haruka.ishida.dev@gmail.com - candidate ID %s
Merge from (company): h-ishida@kuroshio-sys.co.jp - candidate ID %s

Also, I sent the form a second time this morning by mistake (case %s). Feel free to close that one.

Thank you,
Haruka Ishida""" % (CID_NEW, CID_OLD, CASE_B)
attr = gmail_attr("2025-10-15 11:47", "AWS Training and Certification", TC)
t = new + "\n\n" + attr + "\n\n" + q(T9) + "\n"
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("AWS Training and Certification", TC)),
      ("Cc", ME_C), ("Subject", SUBJ_A), ("Date", when("2025-10-15 12:20", "JST")),
      ("Message-ID", mid_gmail()), ("In-Reply-To", MID["A_req1"]),
      ("References", "%s %s" % (MID["A_ack"], MID["A_req1"]))]
add("user_reply", False, CASE_A, [CID_NEW, CID_OLD], "Owner answers from the personal address with both candidate IDs",
    "owner's own mail; quotes the request (and an ID) below; mentions the duplicate case number", hs,
    alt(t, gmail_html(new, attr, h(T9))), key="A_u1")

# 011 automatic receipt of the reply
t = """This is an automated message.

We've added your reply to case %s. There's nothing else you need to do right now - the
person handling your case will respond in this thread.

AWS Training and Certification
""" % CASE_A
mid = mid_ses()
add("acknowledgement", False, CASE_A, [], "Automatic receipt: the owner's reply was added to the case",
    "short auto-reply in the case thread; 'nothing else you need to do'",
    support_headers("2025-10-15 12:21", ME_P, SUBJ_A, mid, irt=MID["A_u1"],
                    refs="%s %s %s" % (MID["A_ack"], MID["A_req1"], MID["A_u1"])) +
    [("Auto-Submitted", "auto-replied")],
    part(t, cs="us-ascii", cte="7bit"))

# 012 duplicate case B closed, pointing at A (quotes the earlier question Outlook-style)
T8q = MSGS[7]["raw"].decode("ascii").split("\r\n\r\n", 1)[1].replace("\r\n", "\n").strip()
t = """Hi Haruka,

Following up on my message from this morning: I see that a colleague is already working on the
same merge request under case %s, and that you have replied there. To avoid two people working
on the same accounts, I've closed this case (%s) as a duplicate.

You can disregard my earlier question - everything will continue in the other case, and you
do not need to reply here.

Kind regards,
Daniel K.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, October 15, 2025 1:10 AM
To: %s
Subject: %s

%s
""" % (CASE_A, CASE_B, TC, ME_P, SUBJ_B, T8q)
mid = mid_ses()
add("case_update", False, CASE_B, [], "Duplicate case closed and linked to the main case",
    "closure that is NOT a closing notice; quotes the earlier question in Outlook style; names both case numbers",
    support_headers("2025-10-15 15:03", ME_P, "RE: [CASE %s] %s" % (CASE_B, FORM_AA), mid,
                    irt=MID["B_req"], refs="%s %s" % (MID["B_ack"], MID["B_req"])),
    part(t))

# 013 marketing, HTML only, base64
t = """<table width="100%%" style="background:#f2f3f3"><tr><td align="center">
<table width="600" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:24px">
<p>Hi Haruka,</p>
<p>Reserved seating is now open. Build your agenda before popular sessions fill up &ndash; from
generative AI workshops to deep dives on account governance and multi-account strategy.</p>
<p><a href="https://reinvent.awsevents.com/planner/?trk=em_%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Reserve your seats</a></p>
<p>Can't travel to Las Vegas? Register for the free virtual pass and watch the keynotes live.</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#687078">
You are receiving this because you registered for AWS events with %s.
<a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a> |
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
</td></tr></table></td></tr></table>""" % (an(10), ME_P)
hs = via_gmail("2025-10-15 18:00", "mail-a.mkto-g0047.com", "199.15.214.47",
               "%s@mkto-g0047.com" % an(12).lower(), dkim=(("amazon.com", "pass"), ("mktdns.com", "pass")))
hs += [("From", ad("AWS Events", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
       ("Subject", "Haruka, reserve your re:Invent seats now"),
       ("Date", when("2025-10-15 18:00", "CET")), ("Message-ID", mid_generic("mkto-g0047.com")),
       ("List-Unsubscribe", "<mailto:unsub-%s@mkto-g0047.com>" % an(10).lower()),
       ("Precedence", "bulk")]
add("unrelated", False, None, [], "AWS event marketing (re:Invent)",
    "real AWS domain, HTML-only base64, mentions 'account governance'", hs,
    part(page(t), "html", cte="base64"))

# 014 on hold (APN partner) with a buried question
T14 = """Hi Haruka,

Thanks for the details - both accounts are verified on our side now.

While preparing the merge I found that the account registered to h-ishida@kuroshio-sys.co.jp
(%s) is associated with an AWS Partner Network organization, Kuroshio Systems K.K.
Certifications on a partner-linked account count toward that partner's program tier, so we
can't move them to another account while the association is active and you are still employed
there. I've put your case on hold until this is settled with the partner side.

One thing would help me here: what will be your last day of employment at Kuroshio Systems?
With that date I can ask the Partner team to release the association once you have left, or
sooner if your company's partner administrator agrees to it.

Regards,
Marco D.
AWS Training and Certification | Customer Support
""" % CID_OLD
mid = mid_ses()
refs_a = "%s %s %s" % (MID["A_ack"], MID["A_req1"], MID["A_u1"])
add("on_hold", True, CASE_A, [CID_OLD], "Case put on hold for the APN partner link, with a question about the last working day",
    "hold notice whose only question is buried in the second half ('One thing would help me')",
    support_headers("2025-10-16 02:14", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_u1"], refs=refs_a),
    alt(T14, page(h(T14))), key="A_hold1")

# 015 phishing from a lookalike domain
t = """Dear Certification Holder,

Your AWS Certification account merge request has been PAUSED pending identity verification.

To avoid permanent loss of your certifications and benefits, you must verify your identity within
24 hours:

    https://aws-trainingcertification-support.com/verify?case=17604410022&u=%s

If you cannot open the link, reply to this email with your AWS Builder ID password and date of
birth so our team can verify you manually.

AWS Training & Certification Security Team
Case reference: 17604410022
""" % an(16)
hs = via_gmail("2025-10-16 09:05", "mail.aws-trainingcertification-support.com", "45.137.21.88",
               "bounce@aws-trainingcertification-support.com",
               dkim=(("aws-trainingcertification-support.com", "pass"),),
               dmarc=("aws-trainingcertification-support.com", "pass", "NONE"))
hs += [("From", ad("AWS Training & Certification", "case-update@aws-trainingcertification-support.com")),
       ("To", ME_P),
       ("Subject", "RE:[CASE 17604410022] Action required: verify identity to continue account merge"),
       ("Date", when("2025-10-16 09:05", "UTC")),
       ("Message-ID", mid_generic("aws-trainingcertification-support.com")),
       ("X-Priority", "1 (Highest)")]
add("suspicious", False, None, [], "Lookalike-domain phishing imitating a merge case",
    "case-style subject with a number, demands a reply with a password; DKIM passes for the lookalike domain only",
    hs, alt(t, page(h(t))))

# 016 owner answers the hold question (Outlook mobile quoting)
new = """Hi Marco,

My last day at Kuroshio Systems is October 31, 2025, and my company mailbox will be switched off
that evening. I've also asked our partner administrator (Yamada-san, our alliance lead) to remove
the association from the partner side.

Best regards,
Haruka"""
t = new + """

Get Outlook for iOS
________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, October 16, 2025 2:14:08 AM
To: %s <%s>
Subject: RE: [CASE %s] %s

%s
""" % (TC, ME_NAME, ME_P, CASE_A, FORM_AA, T14)
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("AWS Training and Certification", TC)),
      ("Subject", "RE: [CASE %s] %s" % (CASE_A, FORM_AA)), ("Thread-Topic", "[CASE %s] %s" % (CASE_A, FORM_AA)),
      ("Date", when("2025-10-16 09:40", "JST")), ("Message-ID", mid_gmail()),
      ("In-Reply-To", MID["A_hold1"]), ("References", refs_a + " " + MID["A_hold1"]),
      ("X-Mailer", "Outlook for iOS")]
add("user_reply", False, CASE_A, [], "Owner gives the last working day",
    "Outlook-style quoted history below an underscore line; quoted hold contains the question and an ID",
    hs, part(t, cte="quoted-printable"), crlf=True, key="A_u2")

# 017 Amazon.co.jp shipping notice
t = """Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

お届け予定日: 10月17日(金)
注文番号: 250-4418273-6619042

商品: USB-C ドッキングステーション 1点
配送業者: ヤマト運輸  お問い合わせ伝票番号: 4862-1937-0551

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
hs = via_gmail("2025-10-16 12:00", "a27-48.smtp-out.us-west-2.amazonses.com", "54.240.27.48",
               "20251016030012%s@bounces.amazon.co.jp" % hx(8),
               dkim=(("amazon.co.jp", "pass"), ("amazonses.com", "pass")), dmarc=("amazon.co.jp", "pass", "QUARANTINE"))
hs += [("From", ad("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME_P),
       ("Subject", sj("Amazon.co.jp ご注文の商品を発送しました")),
       ("Date", when("2025-10-16 12:00", "UTC")), ("Message-ID", mid_ses())]
add("unrelated", False, None, [], "Amazon.co.jp shipping notice",
    "Amazon sender with SES trace, Japanese, order numbers", hs, alt(t, page(h(t)), cte="base64"))

# 018 on hold, nothing needed from the owner
t = """Hello Haruka,

Thank you for confirming your last day.

I have contacted the administrator of your company's AWS Partner Network account through our
Partner team and asked them to release the association on %s. Until they do, this case stays on
hold on our side. There is nothing you need to do in the meantime; I will write again as soon as
I hear back from them.

Regards,
Marco D.
AWS Training and Certification
""" % CID_OLD
mid = mid_ses()
refs_a2 = refs_a + " " + MID["A_hold1"] + " " + MID["A_u2"]
add("on_hold", False, CASE_A, [CID_OLD], "Case remains on hold while the APN partner acts",
    "pure hold: explicitly nothing to do; follows the owner's reply",
    support_headers("2025-10-17 01:30", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_u2"], refs=refs_a2), part(t), key="A_hold2")

# 019 AWS billing statement (same no-reply sender as console cases)
t = """Greetings from Amazon Web Services,

Your billing statement for the AWS account ending in %s for the period September 1 -
September 30, 2025 is now available in the Billing and Cost Management console.

Total for the period: USD 38.62

To view your statement, sign in at https://console.aws.amazon.com/billing/home#/bills

Please do not reply to this email; this mailbox is not monitored.

Sincerely,
Amazon Web Services

[AWS ID %s]
""" % (ACCT[-4:], ACCT)
hs = via_gmail("2025-10-17 10:00", *ses_host(), "0100%s-%s-000000@amazonses.com" % (hx(12), hx(8)),
               dkim=(("amazon.com", "pass"), ("amazonses.com", "pass")))
hs += [("From", ad("Amazon Web Services", NR)), ("To", ME_P),
       ("Subject", "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT),
       ("Date", when("2025-10-17 10:00", "UTC")), ("Message-ID", mid_ses())]
add("unrelated", False, None, [], "AWS billing statement",
    "same no-reply-aws sender as console cases; 12-digit account ID is not a case number", hs,
    part(t, cs="us-ascii", cte="7bit"))

# 020 acknowledgement D (Japanese, ISO-2022-JP)
t = """石田 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース ID: %s として登録されました。

担当者が内容を確認のうえ、通常1営業日以内にご連絡差し上げます。
なお、同じ内容でケースを重ねて作成されますと確認に時間を要しますので、ご遠慮ください。

--- お問い合わせ内容 ---
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: プロフィールの更新
本文: 新しく作成した認定アカウント(%s)で、姓と名が逆に登録されています。
認定証の表記を「Haruka Ishida」に直していただけますか。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CID_NEW)
SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
mid = mid_ses()
add("acknowledgement", False, CASE_D, [CID_NEW], "Japanese acknowledgement for a name-correction case",
    "ISO-2022-JP; echoed form text contains a question from the owner ('直していただけますか')",
    support_headers("2025-10-17 14:22", ME_P, SUBJ_D, mid),
    part(t, cs="iso-2022-jp", cte="7bit"), key="D_ack")

# 021 newsletter
t = """CLOUD OPS WEEKLY - Issue 221

1. Merging AWS Organizations after an acquisition: a checklist
   Moving member accounts between organizations without breaking SCPs.

2. Your certification is expiring? What recertification really requires in 2025

3. Case study: cutting NAT Gateway costs by 60%%

You are receiving this because you subscribed at cloudopsweekly.io.
Unsubscribe: https://cloudopsweekly.io/u/%s
""" % an(12)
hs = via_gmail("2025-10-17 20:00", "mail-108.sendgrid.net", "149.72.123.108",
               "bounces+4419@em.cloudopsweekly.io", dkim=(("cloudopsweekly.io", "pass"),),
               dmarc=("cloudopsweekly.io", "pass", "NONE"))
hs += [("From", ad("Cloud Ops Weekly", "digest@cloudopsweekly.io")), ("To", ME_P),
       ("Subject", "#221: merging AWS Organizations, recertification myths, NAT costs"),
       ("Date", when("2025-10-17 20:00", "EDT")), ("Message-ID", mid_generic("cloudopsweekly.io")),
       ("List-Unsubscribe", "<https://cloudopsweekly.io/u/%s>" % an(12)), ("Precedence", "list")]
add("unrelated", False, None, [], "Third-party newsletter",
    "mentions merging AWS accounts and recertification", hs, part(t, cs="us-ascii", cte="7bit"))

# 022 CertMetrics "wants to hear from you" (program feedback, not a case survey)
t = """<p>Hello Haruka,</p>
<p>AWS Certification wants to hear from you. As an AWS Certified individual, your perspective
helps us shape future exams, study resources and benefits.</p>
<p>The questionnaire takes about five minutes and closes on November 7, 2025.</p>
<p><a href="https://survey.certmetrics.com/aws/%s">Share your feedback</a></p>
<p>Thank you for being part of the AWS Certified community.<br>AWS Certification</p>
<p style="font-size:11px;color:#777">Candidate ID: %s. You received this message because you opted in to
&ldquo;Lend your voice to AWS Certification&rdquo;.</p>""" % (an(12), CID_OLD)
hs = via_gmail("2025-10-18 09:12", "mail181-9.suw21.mandrillapp.com", "198.2.181.9",
               "bounce-md_3100%s@mandrillapp.com" % R.randint(1000, 9999),
               dkim=(("certmetrics.com", "pass"), ("mandrillapp.com", "pass")), dmarc=("certmetrics.com", "pass", "NONE"))
hs += [("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
       ("Subject", "AWS Certification wants to hear from you"),
       ("Date", when("2025-10-18 09:12", "UTC")), ("Message-ID", mid_generic("mandrillapp.com"))]
add("certification", False, None, [CID_OLD], "Certification program feedback invitation",
    "a feedback request, but about the certification program, not a support case", hs,
    part(page(t), "html"))

# 023 connpass reminder (Japanese)
t = """JAWS-UG 東京 #58「マルチアカウント運用の現場から」は明日開催です。

日時: 2025/10/20(月) 19:00〜21:00
会場: 東京都品川区(詳細はイベントページをご確認ください)

参加をキャンセルされる場合は、イベントページからお手続きをお願いします。

connpass
"""
hs = via_gmail("2025-10-19 11:00", "o1.ptr2714.connpass.com", "167.89.64.12",
               "bounces+1993@connpass.com", dkim=(("connpass.com", "pass"),), dmarc=("connpass.com", "pass", "NONE"))
hs += [("From", ad("connpass", "no-reply@connpass.com")), ("To", ME_P),
       ("Subject", sj("【リマインド】JAWS-UG 東京 #58 は明日開催です")),
       ("Date", when("2025-10-19 11:00", "JST")), ("Message-ID", mid_generic("connpass.com"))]
add("unrelated", False, None, [], "Community event reminder (Japanese)",
    "AWS user-group event; polite request to cancel via page", hs, part(t, cte="base64"))

# 024 info request D, Japanese keigo, Shift_JIS 8bit
T24 = """石田 様

AWS トレーニングと認定カスタマーサービスの鈴木でございます。
このたびは氏名表記の修正についてお問い合わせいただき、誠にありがとうございます。

認定証に記載される氏名は、試験当日にご提示いただく本人確認書類の表記と一致している必要がございます。
つきましては、お手元のパスポート(または運転免許証)に記載されているローマ字表記のお名前を、
姓と名を区別したうえで、本メールへご返信いただけますでしょうか。

確認が取れ次第、修正の手続きを進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
鈴木
"""
mid = mid_ses()
add("info_request", True, CASE_D, [], "Japanese request for the passport spelling of the name",
    "keigo request (〜いただけますでしょうか) in Shift_JIS 8bit",
    support_headers("2025-10-20 03:40", ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
                    mid, irt=MID["D_ack"], refs=MID["D_ack"]),
    part(T24, cs="shift_jis", cte="8bit", quoted_cs=False), key="D_req")

# 025 Pearson VUE booking confirmation
t = """Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date and time: Saturday, November 8, 2025 at 10:00 AM JST
Test center: Pearson VUE Test Center Tokyo Shinagawa
Registration ID: 412839076
AWS candidate ID: %s

Please arrive 30 minutes early and bring a valid, government-issued ID whose name matches your
profile exactly. To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours
before your appointment.

Pearson VUE
""" % CID_NEW
hs = via_gmail("2025-10-20 09:00", "mx-out-12.pearson.com", "159.182.5.12",
               "pearsonvuecustomerservice@pearson.com", dkim=(("pearson.com", "pass"),),
               dmarc=("pearson.com", "pass", "REJECT"))
hs += [("From", ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_P),
       ("Subject", "Pearson VUE Confirmation of Booking"),
       ("Date", when("2025-10-20 09:00", "EDT")), ("Message-ID", mid_generic("pearson.com"))]
add("unrelated", False, None, [CID_NEW], "Exam booking confirmation from Pearson VUE",
    "exam vendor; 9-digit registration ID is not a case; contains a candidate ID", hs,
    alt(t, page(h(t))))

# 026 other vendor: request solved
t = """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email.

Emma (Nimbus Notes Support)
Oct 21, 2025, 10:00 JST

Hi Haruka, the export of the "Kuroshio Infra" workspace finished on our side and the archive is
now available under Settings > Export. I'll mark this ticket as solved; just reply if anything is
missing.

This email is a service from Nimbus Notes Support.
[%s-%s]
""" % (an(6).upper(), an(5).upper())
hs = via_gmail("2025-10-21 10:00", "outbyoip12.pod18.use1.zdsys.com", "216.198.0.12",
               "support+id48213@nimbusnotes.zendesk.com", dkim=(("nimbusnotes.zendesk.com", "pass"),),
               dmarc=("nimbusnotes.zendesk.com", "pass", "NONE"))
hs += [("From", ad("Emma (Nimbus Notes Support)", "support@nimbusnotes.zendesk.com")), ("To", ME_P),
       ("Subject", "[Nimbus Notes] Re: Workspace export stuck at 90%"),
       ("Date", when("2025-10-21 10:00", "UTC")),
       ("Message-ID", "<%s_%s@nimbusnotes.zendesk.com>" % (an(10).upper(), R.randint(100000, 999999))),
       ("X-Mailer", "Zendesk Mailer")]
add("unrelated", False, None, [], "Another vendor's ticket solved",
    "'solved' and 'reply to reopen' wording from a non-AWS helpdesk", hs, part(t))

# 027 hold lifted
t = """Hi Haruka,

Good news: your company's partner administrator has released the AWS Partner Network association
on your former work account, so I've taken your case off hold.

I'm handing it to a colleague who specialises in account merges; they will get in touch with a
final check before anything is changed. If you have anything to add in the meantime, just reply
to this email.

Regards,
Marco D.
AWS Training and Certification
"""
mid = mid_ses()
refs_a3 = refs_a2 + " " + MID["A_hold2"]
add("case_update", False, CASE_A, [], "Hold lifted; handed to a merge specialist",
    "news only; ends with a conditional invitation ('if you have anything to add')",
    support_headers("2025-10-22 02:05", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_hold2"], refs=refs_a3), part(t, cs="us-ascii", cte="7bit"), crlf=True, key="A_lift")

# 028 confirmation request, HTML only with a table
rows = [("Login email", ME_P, ME_C), ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C), ("Candidate ID", CID_NEW, CID_OLD)]
tbl = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#aab7b8">\n'
       '<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>\n' +
       "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>\n" % r for r in rows) + "</table>")
H28 = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Haruka,</p>
<p>My name is Sofia and I'll be completing the merge of your certification accounts. Before I
change anything, please look over the two accounts we found:</p>
%s
<p>When the accounts are merged, the exam history, certifications and benefits of Account #2
move to Account #1, and Account #2 is closed. A merge cannot be undone.</p>
<p>Please reply to this email to confirm that both accounts belong to you and that
<b>Account #1</b> is the one to keep. If you would rather keep Account #2, say so in your reply.</p>
<p>Thanks,<br>Sofia R.<br>AWS Training and Certification Customer Support</p>
<p style="color:#879596;font-size:9pt">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
This message was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</div>""" % tbl
T28 = """Hello Haruka,

My name is Sofia and I'll be completing the merge of your certification accounts. Before I
change anything, please look over the two accounts we found:

Account #1
Login email: {p}
Training notification email: {p}
Certification notification email: {p}
Candidate ID: {n}

Account #2
Login email: {c}
Training notification email: {c}
Certification notification email: {c}
Candidate ID: {o}

When the accounts are merged, the exam history, certifications and benefits of Account #2
move to Account #1, and Account #2 is closed. A merge cannot be undone.

Please reply to this email to confirm that both accounts belong to you and that Account #1 is
the one to keep. If you would rather keep Account #2, say so in your reply.

Thanks,
Sofia R.
AWS Training and Certification Customer Support""".format(p=ME_P, c=ME_C, n=CID_NEW, o=CID_OLD)
mid = mid_ses()
refs_a4 = refs_a3 + " " + MID["A_lift"]
add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], "Merge confirmation request with an Account #1 / #2 table",
    "HTML-only; the accounts are in table columns rather than the usual listing",
    support_headers("2025-10-22 05:48", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_lift"], refs=refs_a4),
    part(page(H28), "html"), key="A_conf1")

# 029 owner forwards the request to the team lead (Gmail forward)
new = """佐々木さん

お疲れさまです。石田です。
AWS 認定アカウントの件、パートナー側での紐付け解除ありがとうございました。
AWS から統合前の最終確認が来ましたので、記録のため共有します(返信は私の方でします)。

石田"""
fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Wed, Oct 22, 2025 at 5:48\u202fAM
Subject: RE: [CASE %s] %s
To: <%s>

""" % (TC, CASE_A, FORM_AA, ME_P)
t = new + "\n\n" + fwd + T28 + "\n"
hh = ('<div dir="ltr">%s<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
      '%s</div><br><br>%s</div></div>\n' % (h(new), _html.escape(fwd).replace("\n", "<br>"), H28))
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("佐々木 健", "t-sasaki@kuroshio-sys.co.jp")),
      ("Subject", "Fwd: RE: [CASE %s] %s" % (CASE_A, FORM_AA)), ("Date", when("2025-10-22 12:15", "JST")),
      ("Message-ID", mid_gmail()), ("In-Reply-To", MID["A_conf1"]), ("References", refs_a4 + " " + MID["A_conf1"])]
add("user_reply", False, CASE_A, [], "Owner forwards the confirmation request to the team lead (Japanese note)",
    "contains the full request text and IDs, but only inside the forwarded block; owner's own mail",
    hs, alt(t, hh), key="A_fwd")

# 030 out-of-office reply to the forward
t = """(自動応答)

お疲れさまです。佐々木です。
10月22日(水)から10月24日(金)まで休暇のため不在にしております。
10月27日(月)以降、順次確認いたします。

お急ぎの場合は山田(yamada@kuroshio-sys.co.jp)までご連絡ください。
"""
hs = via_gmail("2025-10-22 12:16", "mail-os0jpn01on2090.outbound.protection.outlook.com", "40.107.113.90",
               "t-sasaki@kuroshio-sys.co.jp", dkim=(("kuroshio-sys.co.jp", "pass"),),
               dmarc=("kuroshio-sys.co.jp", "pass", "NONE"))
hs += [("From", ad("佐々木 健", "t-sasaki@kuroshio-sys.co.jp")), ("To", ad(ME_NAME, ME_P)),
       ("Subject", sj("自動応答: Fwd: RE: [CASE %s] %s" % (CASE_A, FORM_AA))),
       ("Date", when("2025-10-22 12:16", "JST")), ("Message-ID", mid_outlook()),
       ("In-Reply-To", MID["A_fwd"]), ("References", MID["A_fwd"]),
       ("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "t-sasaki@kuroshio-sys.co.jp"),
       ("X-Auto-Response-Suppress", "All")]
add("unrelated", False, CASE_A, [], "Colleague's out-of-office reply to the forward",
    "subject carries the [CASE] token (Japanese prefix, so the whole subject is in encoded-words and the number is split across two of them) and threads into the case, but it is an autoreply from a colleague",
    hs, part(t, cte="base64"))

# 031 spoofed AWS sender, DKIM/SPF/DMARC fail
t = """Hello,

To finalize the merge of your AWS Certification accounts, we must confirm your identity.

Please sign in on our secure merge portal within 48 hours and confirm the account you want to
keep. If we do not receive your confirmation, your case will be closed and the certifications
on the secondary account will be permanently removed.

Confirm now: https://aws-certification-merge.com/confirm?ref=%s

Thank you,
AWS Training and Certification Customer Support
""" % an(20)
hs = via_gmail("2025-10-23 09:00", "vps-4471.hostnova.net", "185.213.26.71", TC,
               dkim=(("amazon.com", "fail"),), spf="fail", dmarc=("amazon.com", "fail", "QUARANTINE"))
hs += [("From", ad("AWS Training and Certification", TC)), ("To", ME_P),
       ("Subject", "RE:[CASE 176071003400981] %s" % FORM_AA),
       ("Date", when("2025-10-23 09:00", "UTC")), ("Message-ID", mid_generic("hostnova.net"))]
add("suspicious", False, None, [], "Spoofed case mail from the real T&C address with failing DKIM/SPF/DMARC",
    "From, subject format and tone match a genuine request; only the Authentication-Results show it",
    hs, alt(t, page(h(t).replace("https://aws-certification-merge.com/confirm", '<a href="https://aws-certification-merge.com/confirm">Confirm my accounts</a> https://aws-certification-merge.com/confirm'))))

# 032 Dependabot PR
t = """Bumps hashicorp/aws from 5.72.0 to 6.17.0.

Release notes
- resource/aws_organizations_account: support close_on_deletion for merged accounts
- provider: require Terraform 1.5+

You can trigger a rebase of this PR by commenting @dependabot rebase.

--
Reply to this email directly, view it on GitHub:
https://github.com/kuroshio-oss/tf-modules/pull/415
You are receiving this because you are subscribed to this thread.
"""
hs = via_gmail("2025-10-23 10:00", "out-25.smtp.github.com", "192.30.252.208",
               "noreply@github.com", dkim=(("github.com", "pass"),), dmarc=("github.com", "pass", "REJECT"))
hs += [("From", ad("dependabot[bot]", "notifications@github.com")), ("To", "kuroshio-oss/tf-modules <tf-modules@noreply.github.com>"),
       ("Cc", "Subscribed <subscribed@noreply.github.com>"),
       ("Subject", "[kuroshio-oss/tf-modules] Bump hashicorp/aws from 5.72.0 to 6.17.0 in /modules/account-baseline (PR #415)"),
       ("Date", when("2025-10-23 10:00", "UTC")),
       ("Message-ID", "<kuroshio-oss/tf-modules/pull/415@github.com>"),
       ("List-ID", "kuroshio-oss/tf-modules <tf-modules.kuroshio-oss.github.com>"),
       ("X-GitHub-Reason", "subscribed")]
add("unrelated", False, None, [], "Dependabot pull request", "GitHub noise mentioning merged accounts", hs,
    part(t, cs="us-ascii", cte="7bit"))

# 033 closing notice D (Japanese, UTF-8 QP)
T33 = """石田 様

AWS トレーニングと認定カスタマーサービスの鈴木です。

10月20日にお送りしたご案内について、現時点でご返信を確認できておりません。
本メールの送信から3営業日以内にご連絡がない場合、本ケースはいったんクローズとさせていただきます。
なお、クローズ後であっても、このメールにご返信いただければケースは再開されますのでご安心ください。

お手数ですが、パスポートに記載のローマ字表記(姓・名)をお知らせください。

AWS トレーニングと認定 カスタマーサービス
鈴木
"""
mid = mid_ses()
add("closing_notice", True, CASE_D, [], "Japanese reminder: case closes in 3 business days without a reply",
    "closing notice in Japanese; also repeats the request (ください form)",
    support_headers("2025-10-24 03:00", ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
                    mid, irt=MID["D_req"], refs=MID["D_ack"] + " " + MID["D_req"]),
    part(T33), key="D_close")

# 034 owner answers D (Thunderbird, ISO-2022-JP)
new = """鈴木様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は以下のとおりです。

  姓: ISHIDA
  名: HARUKA

認定アカウントの候補IDは %s です。
よろしくお願いいたします。

石田 遥""" % CID_NEW
t = new + "\n\n2025/10/24 3:00 AWS Training and Certification より:\n" + q(T33) + "\n"
hs = [("From", ad(ME_JA, ME_P, "iso-2022-jp")), ("To", ad("AWS Training and Certification", TC)),
      ("Subject", "Re: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D),
      ("Date", when("2025-10-24 21:00", "JST")), ("Message-ID", "<%s-%s@gmail.com>" % (hx(8), hx(4))),
      ("In-Reply-To", MID["D_close"]), ("References", MID["D_ack"] + " " + MID["D_req"] + " " + MID["D_close"]),
      ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")]
add("user_reply", False, CASE_D, [CID_NEW], "Owner sends the passport spelling (Japanese)",
    "ISO-2022-JP; Japanese 'より:' attribution; quoted closing notice below", hs,
    part(t, cs="iso-2022-jp", cte="7bit", quoted_cs=False), key="D_u1")

# 035 closing notice A
T35 = """Hello Haruka,

I'm following up on the message my colleague Sofia sent on October 21 (Pacific time) about the
merge of your certification accounts. We haven't received your reply yet.

If we don't hear from you within 72 hours, this case will be closed automatically. Replying to
this email at any time - even after the case has been closed - reopens it, so you won't need to
fill in the form again.

For reference, these are the accounts we would merge (Account #2 into Account #1):

Account #1
Login email: {p}
Training notification email: {p}
Certification notification email: {p}

Account #2
Login email: {c}
Training notification email: {c}
Certification notification email: {c}

Best regards,
Tom\u00e1s L.
AWS Training and Certification""".format(p=ME_P, c=ME_C)
mid = mid_ses()
add("closing_notice", True, CASE_A, [], "Reminder: case closes in 72 hours without the confirmation",
    "no explicit question; the reply is implied by the closure warning; repeats the account listing",
    support_headers("2025-10-25 03:10", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_conf1"], refs=refs_a4 + " " + MID["A_conf1"]),
    alt(T35, page(h(T35))), crlf=True, key="A_close")

# 036 owner: vague go-ahead
new = """Hi Tom\u00e1s,

Sorry for the slow reply - this week was my last week of handovers. Yes, please go ahead.

Haruka"""
attr = gmail_attr("2025-10-25 03:10", "AWS Training and Certification", TC)
t = new + "\n\n" + attr + "\n\n" + q(T35) + "\n"
refs_a5 = refs_a4 + " " + MID["A_conf1"] + " " + MID["A_close"]
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("AWS Training and Certification", TC)),
      ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, FORM_AA)), ("Date", when("2025-10-25 08:30", "JST")),
      ("Message-ID", mid_gmail()), ("In-Reply-To", MID["A_close"]), ("References", refs_a5)]
add("user_reply", False, CASE_A, [], "Owner's short go-ahead (does not say which account)",
    "'Re: RE:' subject; quoted history holds the closure warning and the account listing",
    hs, alt(t, gmail_html(new, attr, h(T35))), key="A_u3")

# 037 second confirmation request
T37 = """Thanks, Haruka, and good luck with the move.

Before I run the merge I want to be certain there's no mix-up, since it can't be reversed: you'd
like Account #1 (%s, %s) to stay as your active account, with everything from Account #2
(%s, %s) moved into it?

A one-line "yes, keep Account #1" is all I need.

Sofia R.
AWS Training and Certification Customer Support""" % (ME_P, CID_NEW, ME_C, CID_OLD)
t = T37 + """

--------------- Original Message ---------------
From: Haruka Ishida [%s]
Sent: 10/24/2025 4:30 PM
To: %s
Subject: Re: RE: [CASE %s] %s

%s
""" % (ME_P, TC, CASE_A, FORM_AA, new)
mid = mid_ses()
refs_a6 = refs_a5 + " " + MID["A_u3"]
add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], "Agent double-checks which account to keep",
    "a question without 'please'; opens with thanks and good wishes; Salesforce-style quote of the owner's 'go ahead'",
    support_headers("2025-10-25 10:05", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_u3"], refs=refs_a6), part(t), key="A_conf2")

# 038 owner confirms, top-posted over the long history
new = """Yes - confirmed. Please merge into Account #1 and keep haruka.ishida.dev@gmail.com as my login.

Thank you!
Haruka"""
attr = gmail_attr("2025-10-25 10:05", "AWS Training and Certification", TC)
hist = t
t38 = new + "\n\n" + attr + "\n\n" + q(hist) + "\n"
refs_a7 = refs_a6 + " " + MID["A_conf2"]
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("AWS Training and Certification", TC)),
      ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, FORM_AA)), ("Date", when("2025-10-25 10:20", "JST")),
      ("Message-ID", mid_gmail()), ("In-Reply-To", MID["A_conf2"]), ("References", refs_a7)]
add("user_reply", False, CASE_A, [], "Owner confirms: merge into Account #1",
    "short top-post over a long quoted history that contains both requests", hs,
    alt(t38, gmail_html(new, attr, h(hist))), crlf=True, key="A_u4")

# 039 farewell party (company)
t = """各位

お疲れさまです。インフラ部の小林です。
10月末でご退職される石田さんの送別会を下記のとおり開催します。

日時: 10月30日(木) 19:00〜
場所: 品川駅港南口 「炉端 しおさい」
会費: 5,000円(石田さんは無料)

出欠を 10月27日(月) までにこのメールへの返信でお知らせください。
寄せ書きも回していますので、ご協力お願いします。

小林
"""
add("unrelated", False, None, [], "Farewell party invitation from a colleague",
    "asks for an RSVP by reply, but it is internal mail",
    [("Received", "from TYCPR01MB6602.jpnprd01.prod.outlook.com by TYCPR01MB7731.jpnprd01.prod.outlook.com\n with mapi; " + when("2025-10-25 11:00", "UTC")),
     ("From", ad("小林 翔太", "s-kobayashi@kuroshio-sys.co.jp")), ("To", "infra-all@kuroshio-sys.co.jp"),
     ("Cc", ad("石田 遥", ME_C)), ("Subject", sj("【ご案内】石田さん送別会のお知らせ")),
     ("Date", when("2025-10-25 11:00", "JST")), ("Message-ID", mid_outlook()), ("Content-Language", "ja-JP")],
    part(t))

# 040 resolved A, quoting the whole thread
T40 = """Hello Haruka,

Thank you for confirming.

I have successfully merged your certification accounts. Everything that was on Account #2 -
exam history, active certifications and benefits - now sits under haruka.ishida.dev@gmail.com,
and that address is the only login for your certification account from now on.

Credly may re-issue your digital badges over the next day or so, and the AWS Partner Network
can take up to five business days to reflect the change. No further action is required on your
part.

If something doesn't look right after you sign in, reply to this email within the next 14 days
and we'll take another look.

Best,
Sofia R.
AWS Training and Certification Customer Support"""
attr = gmail_attr("2025-10-25 10:20", ME_NAME, ME_P, tz="PDT")
t = T40 + "\n\n" + attr + "\n" + q(t38) + "\n"
mid = mid_ses()
refs_a8 = refs_a7 + " " + MID["A_u4"]
add("resolved", False, CASE_A, [], "Merge completed",
    "quotes both confirmation requests (with 'please reply to confirm') and the owner's replies; 'reply within 14 days' is conditional",
    support_headers("2025-10-25 12:40", ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_AA), mid,
                    irt=MID["A_u4"], refs=refs_a8),
    alt(t, page(h(T40) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">' + h(t38) + "</blockquote>")),
    key="A_done")


def credly(arr, badge, subj, uuid):
    t = """Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:

%s

Accept your badge to add it to your profile and share it with your network:
https://www.credly.com/badges/%s/accept

Questions about what it took to earn this badge? Contact the issuer directly.

The Credly Team
Credly, Inc., a Pearson company
""" % (badge, uuid)
    hh = ('<table width="560" align="center" style="font-family:Helvetica,Arial;border:1px solid #e0e0e0">'
          '<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/110x110/images/%s/image.png" alt="">'
          '<h2 style="color:#333">%s</h2><p>Issued by <b>Amazon Web Services Training and Certification</b></p>'
          '<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;'
          'text-decoration:none;border-radius:4px">Accept badge</a></p></td></tr></table>' % (hx(8), _html.escape(badge), uuid))
    hs = via_gmail(arr, "o8.email.credly.com", "167.89.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                   "bounces+%d@email.credly.com" % R.randint(100000, 999999),
                   dkim=(("credly.com", "pass"), ("sendgrid.info", "pass")), dmarc=("credly.com", "pass", "REJECT"))
    hs += [("From", ad("Credly", "admin@credly.com")), ("To", ME_P), ("Subject", sj(subj)),
           ("Date", when(arr, "UTC")), ("Message-ID", mid_generic("credly.com"))]
    return hs, alt(t, page(hh))


def uuid():
    return "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))


# 041 / 042 Credly badges after the merge
hs, b = credly("2025-10-25 12:45", "AWS Certified Solutions Architect \u2013 Associate",
               "Haruka, you've earned a badge from Amazon Web Services Training and Certification", uuid())
add("badge", False, None, [], "Credly badge re-issued after the merge",
    "arrives minutes after the resolution; badge UUID is not a case number", hs, b)
hs, b = credly("2025-10-25 12:46", "AWS Certified Cloud Practitioner",
               "Claim your AWS Certified Cloud Practitioner badge", uuid())
add("badge", False, None, [], "Second Credly badge", "same template, different subject", hs, b)

# 043 note to self
t = """case %s → 10/25 統合完了 (Sofia R.)

確認:
- 試験履歴 OK
- 認定: SAA / CLF OK、DVA (2023) が見当たらない → 2023年のケース %s を確認する
- 特典: 50%%割引が出てこない → サポートセンターで聞く?
- 候補ID: %s だけになった
- Credly バッジ 2件届いた
""" % (CASE_A, CASE_E, CID_NEW)
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad(ME_NAME, ME_P)),
      ("Subject", sj("memo: AWS認定 統合後チェック")), ("Date", when("2025-10-25 13:00", "JST")),
      ("Message-ID", mid_gmail())]
add("user_reply", False, CASE_A, [CID_NEW], "Owner's note to self after the merge",
    "written by the owner to themselves; names two case numbers, 8bit UTF-8", hs,
    part(t, cte="8bit"))

# 044 D passed to the records team (Japanese)
new = """石田 様

ご返信いただきありがとうございます。
いただいた表記(姓: ISHIDA / 名: HARUKA)にて、氏名の修正を担当チームへ依頼いたしました。
反映までは通常2〜3営業日ほどお時間をいただいております。完了しましたら改めてご連絡いたします。

AWS トレーニングと認定 カスタマーサービス
鈴木"""
t = new + "\n\n-----Original Message-----\n" + q("姓: ISHIDA\n名: HARUKA\n認定アカウントの候補IDは %s です。" % CID_NEW) + "\n"
mid = mid_ses()
add("case_update", False, CASE_D, [], "Japanese update: correction passed to the records team",
    "news only; the quoted fragment carries a candidate ID",
    support_headers("2025-10-25 15:00", ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
                    mid, irt=MID["D_u1"], refs=MID["D_ack"] + " " + MID["D_req"] + " " + MID["D_close"] + " " + MID["D_u1"]),
    alt(t, page(h(t)), cte="base64"), key="D_upd")

# 045 survey A
t = """<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case %s) has been resolved.
Would you take a minute to tell us how we did?</p>
<p>How satisfied were you with the support you received?</p>
<p>%s</p>
<p>The survey is optional and anonymous. Replies to this message are not monitored.</p>
<p>AWS Training and Certification</p>""" % (CASE_A, " ".join(
    '<a href="https://aws-tc.qualtrics.com/jfe/form/SV_%s?case=%s&score=%d">%d</a>' % ("8dlQ2mXw", CASE_A, i, i) for i in range(1, 6)))
mid = mid_ses()
add("survey", False, CASE_A, [], "Satisfaction survey for the merge case",
    "HTML-only; a question to the reader that does not need a reply",
    support_headers("2025-10-26 04:00", ME_P, "How did we do? Your AWS Training and Certification case %s" % CASE_A, mid),
    part(page(t), "html"))

# 046 resolved D (Japanese), mentions closing
T46 = """石田 様

お待たせいたしました。
認定アカウント(%s)の氏名表記を「Haruka Ishida」に修正いたしました。
認定証(PDF)およびデジタルバッジも新しい表記で再発行されております。

本ケースはこれにてクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
鈴木""" % CID_NEW
mid = mid_ses()
add("resolved", False, CASE_D, [CID_NEW], "Japanese: name corrected, case closed",
    "says the case is being closed (クローズ) but because it is done; conditional 'ご不明な点がございましたら'",
    support_headers("2025-10-27 09:30", ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
                    mid, irt=MID["D_upd"], refs=MID["D_ack"] + " " + MID["D_u1"] + " " + MID["D_upd"]),
    alt(T46, page(h(T46)), cte="base64"), key="D_done")

# 047 console case acknowledgement
T47 = """Hello,

Thanks for reaching out to AWS Support. Case %s has been created for your request.

Summary of your case:

Case ID: %s
Subject: 50%% exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged in case %s, the 50%%
exam discount I earned in June 2024 is no longer listed under Benefits. My candidate ID is
now %s.

To add information or check the status of this case, open it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox can't receive replies. Please use the link above.

Amazon Web Services
""" % (CASE_C, CASE_C, CASE_A, CID_NEW, CASE_C)
mid = mid_ses()
add("acknowledgement", False, CASE_C, [CID_NEW], "Support Center (console) case opened",
    "console template; echoed text names the earlier merge case number too",
    support_headers("2025-10-27 12:12", ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, mid,
                    sender=NR, display="Amazon Web Services"),
    part(T47, cs="us-ascii", cte="7bit"), key="C_ack")

# 048 Skill Builder receipt
t = """Thank you for your purchase.

Order ID: SB-2025-10-8817342
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4417
Next renewal: November 27, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Skill Builder
"""
hs = via_gmail("2025-10-27 18:00", *ses_host(), "0101%s-%s-000000@us-west-2.amazonses.com" % (hx(12), hx(8)),
               dkim=(("aws.training", "pass"), ("amazonses.com", "pass")), dmarc=("aws.training", "pass", "NONE"))
hs += [("From", ad("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
       ("Subject", "Your AWS Skill Builder receipt"), ("Date", when("2025-10-27 18:00", "UTC")),
       ("Message-ID", mid_ses())]
add("unrelated", False, None, [], "Skill Builder subscription receipt",
    "training platform sender, order ID", hs, alt(t, page(h(t))))

# 049 survey D (Japanese, HTML only)
t = """<p>石田 様</p>
<p>先日は AWS トレーニングと認定へお問い合わせいただき、ありがとうございました
(ケース ID: %s)。</p>
<p>サービス向上のため、簡単なアンケートにご協力いただけますと幸いです。所要時間は1分程度です。</p>
<p><a href="https://aws-tc.qualtrics.com/jfe/form/SV_3jPq7Lk?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>※本メールは送信専用です。ご返信いただいてもお答えできません。</p>""" % (CASE_D, CASE_D)
mid = mid_ses()
add("survey", False, CASE_D, [], "Japanese satisfaction survey for the name case",
    "Japanese HTML-only base64; polite request (ご協力いただけますと幸いです) that is not a reply request",
    support_headers("2025-10-28 03:20", ME_P, "AWS トレーニングと認定 サポートに関するアンケートのお願い", mid),
    part(page(t), "html", cte="base64"))

# 050 console info request
T50 = """Hello Haruka,

Thank you for your patience. My name is Nikhil and I'm working on your case.

Exam discount benefits belong to the certification that earned them and normally follow it
during a merge. In your case the benefit record still points to the closed profile, so I'll
move it by hand. We need you to tell us which exam earned the benefit (exam name and date) and
whether you tried to use the discount code before the merge.

Share these details by replying to the case in the Support Center; this email address doesn't
accept replies.

Best regards,
Nikhil S.
Amazon Web Services

Your feedback matters to us: rate this reply with the stars next to it in the Support Center.

===========================
To contact us again about this case, open it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Note: this address cannot receive email. Reply through the Support Center instead.""" % CASE_C
SUBJ_C = "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C
mid = mid_ses()
add("info_request", True, CASE_C, [], "Console case: support needs exam name/date; answer in the Support Center",
    "the answer must go through the console, not e-mail; rating footer looks like a survey",
    support_headers("2025-10-28 05:10", ME_P, SUBJ_C, mid, irt=MID["C_ack"], refs=MID["C_ack"],
                    sender=NR, display="Amazon Web Services"),
    alt(T50, page(h(T50))), key="C_req")

# 051 owner answers the console case by e-mail (wrong channel)
new = """Hi Nikhil,

The benefit came from AWS Certified Solutions Architect - Associate (SAA-C03), which I passed on
June 12, 2024. I never used the discount code. My old candidate ID was %s.

Thanks,
Haruka""" % CID_OLD
attr = gmail_attr("2025-10-28 05:10", "Amazon Web Services", NR)
t = new + "\n\n" + attr + "\n\n" + q(T50) + "\n"
u51 = mid_gmail()
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("Amazon Web Services", NR)),
      ("Subject", "Re: " + SUBJ_C), ("Date", when("2025-10-28 08:00", "JST")),
      ("Message-ID", u51), ("In-Reply-To", MID["C_req"]), ("References", MID["C_ack"] + " " + MID["C_req"])]
add("user_reply", False, CASE_C, [CID_OLD], "Owner answers the console case by e-mail to the no-reply address",
    "owner's own mail sent to an address that cannot receive it; quoted text says to use the console",
    hs, alt(t, gmail_html(new, attr, h(T50))), key="C_u1")

# 052 bounce of that reply
bnd = "000000000000" + hx(16)
t1 = """
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept
incoming mail
"""
t2 = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (44.198.124.19, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (when("2025-10-28 08:00", "PDT"), when("2025-10-28 08:01", "PDT"))
t3 = """From: Haruka Ishida <%s>
To: Amazon Web Services <%s>
Subject: Re: %s
Date: %s
Message-ID: %s
In-Reply-To: %s
""" % (ME_P, NR, SUBJ_C, when("2025-10-28 08:00", "JST"), u51, MID["C_req"])
body = multi("report", [part(t1, cs="UTF-8", cte="quoted-printable"),
                        ([("Content-Type", "message/delivery-status")], t2.encode("ascii")),
                        ([("Content-Type", "text/rfc822-headers")], t3.encode("ascii"))],
             boundary=bnd, extra_ct="; report-type=delivery-status")
hs = [("Delivered-To", ME_P),
      ("Received", "by 2002:a05:7010:%s with SMTP id %s;\n        %s" % (hx(4), an(10).lower(), gtime("2025-10-28 08:01"))),
      ("Return-Path", "<>"),
      ("From", ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
      ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
      ("References", u51), ("In-Reply-To", u51), ("X-Failed-Recipients", NR),
      ("Date", when("2025-10-28 08:01", "PDT")), ("Message-ID", mid_gmail())]
add("unrelated", False, None, [], "Bounce: the e-mail reply to the console case was not delivered",
    "multipart/report; the case token is only in the attached original headers",
    hs, body)

# 053 Credly lookalike
t = """Hi Haruka,

Because your AWS Certification accounts were recently merged, all of your AWS badges must be
re-verified. Badges that are not verified within 24 hours will be revoked and removed from your
public profile.

Verify your badges: https://credly-badgecenter.com/login?next=verify&id=%s

You will need to sign in with your Credly email and password.

The Credly Team
""" % an(18)
hs = via_gmail("2025-10-30 07:40", "mta2.credly-badgecenter.com", "91.92.247.18",
               "bounce@credly-badgecenter.com", dkim=(("credly-badgecenter.com", "pass"),),
               dmarc=("credly-badgecenter.com", "pass", "NONE"))
hs += [("From", ad("Credly", "no-reply@credly-badgecenter.com")), ("To", ME_P),
       ("Subject", "Action needed: your AWS Certified badges will be revoked"),
       ("Date", when("2025-10-30 07:40", "UTC")), ("Message-ID", mid_generic("credly-badgecenter.com"))]
add("suspicious", False, None, [], "Credly lookalike asking for the password",
    "knows about the merge, passes auth for its own lookalike domain", hs,
    alt(t, page(h(t))))

# 054 IT: mailbox stops today (company)
t = """石田 遥 様

情報システム部です。
本日 10月31日 18:00 をもって、以下のアカウントを停止いたします。

  メール: h-ishida@kuroshio-sys.co.jp
  Microsoft 365 / VPN / AWS IAM Identity Center

停止後は、このアドレス宛のメールは送信者へ不達として返送されます。
必要なデータの移行がお済みでない場合は、17:00 までにヘルプデスクへご連絡ください。

情報システム部 ヘルプデスク
"""
add("unrelated", False, None, [], "IT: company mailbox and accounts stop today",
    "Japanese ISO-2022-JP in base64; mentions AWS IAM Identity Center",
    [("Received", "from TYCPR01MB2290.jpnprd01.prod.outlook.com by TYCPR01MB7731.jpnprd01.prod.outlook.com\n with mapi; " + when("2025-10-31 09:00", "UTC")),
     ("From", ad("情報システム部 ヘルプデスク", "it-helpdesk@kuroshio-sys.co.jp", "iso-2022-jp")),
     ("To", ad("石田 遥", ME_C, "iso-2022-jp")),
     ("Subject", sj("【情報システム部】本日18時 アカウント停止のお知らせ", "iso-2022-jp")),
     ("Date", when("2025-10-31 09:00", "JST")), ("Message-ID", mid_outlook()), ("Content-Language", "ja-JP")],
    part(t, cs="iso-2022-jp", cte="base64"))

# 055 console closing notice
T55 = """Hello,

We haven't received a response to our last correspondence on case %s.

If we don't hear from you, this case will be resolved automatically in 3 days. After a case has
been resolved for 14 days it can no longer be reopened, and you would need to create a new one.

To respond, open the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*Note: this address cannot receive email. Reply through the Support Center instead.""" % (CASE_C, CASE_C)
mid = mid_ses()
add("closing_notice", True, CASE_C, [], "Console case will auto-resolve in 3 days without a response",
    "owner already 'answered' by e-mail (bounced); the real answer must go through the console",
    support_headers("2025-10-31 16:30", ME_P, SUBJ_C, mid, irt=MID["C_req"],
                    refs=MID["C_ack"] + " " + MID["C_req"], sender=NR, display="Amazon Web Services"),
    part(T55, cs="us-ascii", cte="7bit"), crlf=True, key="C_close")

# 056 console case resolved
T56 = """Hello Haruka,

Thank you for adding the exam details in the Support Center.

I've re-attached the 50%% exam discount to your active certification account (%s). It is listed
under Benefits again and stays valid until June 12, 2026.

I'm marking this case as resolved. If you need more help with the same issue, you can reopen it
from the Support Center within the next 14 days.

Best regards,
Nikhil S.
Amazon Web Services

Your feedback matters to us: rate this reply with the stars next to it in the Support Center.

===========================
To contact us again about this case, open it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en""" % (CID_NEW, CASE_C)
mid = mid_ses()
add("resolved", False, CASE_C, [CID_NEW], "Console case resolved: discount restored",
    "rating footer and 'reopen within 14 days' are not requests",
    support_headers("2025-11-03 10:15", ME_P, SUBJ_C, mid, irt=MID["C_close"],
                    refs=MID["C_ack"] + " " + MID["C_req"] + " " + MID["C_close"],
                    sender=NR, display="Amazon Web Services", tz="PST"),
    alt(T56, page(h(T56))))

# 057 AWS Events form case (another program) asking a question
t = """Hello Haruka,

Thank you for contacting AWS Events.

We can move your re:Invent 2025 virtual registration to a different email address. Could you
reply with the registration confirmation code from your registration email, and the new address
you would like us to use?

Once we have these, the change usually takes one business day.

Warm regards,
Jamie
AWS Events Customer Support
"""
mid = mid_ses()
add("unrelated", False, CASE_F, [], "AWS Events form case asks a question",
    "same form-case shape and a direct question, but another AWS program (not Training and Certification)",
    support_headers("2025-11-04 10:05", ME_P, "RE:[CASE %s] [AWS Events Form Submission] - registration" % CASE_F, mid,
                    sender="aws-cs-events-form@amazon.com", display="AWS Events", tz="PST"),
    part(t, cs="us-ascii", cte="7bit"))

# 058 owner replies to a 2023 case thread
OLD23 = """Hello Haruka,

I'm pleased to let you know that your AWS Certified Developer - Associate result from
March 2, 2023 is now recorded on your certification account. You should see it under Exam
History and Certifications.

Best regards,
Grace T.
AWS Training and Certification"""
new = """Hello,

I'm replying to this old case because it may be related. After my certification accounts were
merged last month (case %s), the Developer - Associate certification from this 2023 case no
longer shows on my account %s. The Solutions Architect and Cloud Practitioner certifications
came across fine.

Could you check where it went?

Thank you,
Haruka Ishida""" % (CASE_A, CID_NEW)
attr = gmail_attr("2023-03-15 02:02", "AWS Training and Certification", TC)
hist = OLD23 + "\n\nCandidate ID on file: %s" % CID_OLD
t = new + "\n\n" + attr + "\n\n" + q(hist) + "\n"
old_mid = mid_ses()
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("AWS Training and Certification", TC)),
      ("Subject", "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E),
      ("Date", when("2025-11-05 21:10", "JST")), ("Message-ID", mid_gmail()),
      ("In-Reply-To", old_mid), ("References", old_mid)]
add("user_reply", False, CASE_E, [CID_NEW], "Owner revives a 2023 case thread about a missing certification",
    "11-digit case; quotes a 2023 message (with the old candidate ID); names the 15-digit merge case too",
    hs, alt(t, gmail_html(new, attr, h(hist))), key="E_u1")

# 059 2023 case reopened
t = """Hello Haruka,

Thank you for getting back to us on this case.

I've reopened case %s and passed your question to our Certification Operations team, who look
after exam records. They usually respond within three to five business days. You don't need to
do anything for now - we'll write to you here as soon as we know more.

Best regards,
Grace T.
AWS Training and Certification""" % CASE_E
mid = mid_ses()
SUBJ_E = "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_E
add("case_update", False, CASE_E, [], "Old case reopened and passed to Certification Operations",
    "reopening is news, not a request; 'you don't need to do anything'",
    support_headers("2025-11-06 04:20", ME_P, SUBJ_E, mid, irt=MID["E_u1"], refs=MID["E_u1"], tz="PST"),
    part(t, cs="us-ascii", cte="7bit"), key="E_reopen")

# 060 AWS Japan newsletter (Japanese, HTML only)
t = """<table width="600" align="center"><tr><td style="padding:20px">
<h2 style="color:#232f3e">AWS 今月のアップデート</h2>
<ul>
<li>AWS Summit Japan 2026 の開催日程が決定しました</li>
<li>新しい認定試験の日本語版が提供開始されました</li>
<li>AWS Skill Builder に生成 AI の学習プランを追加しました</li>
</ul>
<p><a href="https://aws.amazon.com/jp/?trk=%s">詳しくはこちら</a></p>
<p style="font-size:11px;color:#687078">このメールは配信を希望されたお客様にお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から。</p>
</td></tr></table>""" % an(10)
hs = via_gmail("2025-11-06 17:00", "mail-a.mkto-g0047.com", "199.15.214.47",
               "%s@mkto-g0047.com" % an(12).lower(), dkim=(("amazon.com", "pass"), ("mktdns.com", "pass")))
hs += [("From", ad("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
       ("Subject", sj("【AWS】今月のアップデート情報をお届けします")),
       ("Date", when("2025-11-06 17:00", "JST")), ("Message-ID", mid_generic("mkto-g0047.com")),
       ("Precedence", "bulk")]
add("unrelated", False, None, [], "AWS Japan marketing newsletter",
    "Japanese, HTML-only, real AWS domain, mentions certification exams", hs,
    part(page(t), "html", cs="utf-8", cte="quoted-printable"))

# 061 exam passed
t = """Hello Haruka,

Congratulations! You have passed the AWS Certified Solutions Architect - Professional exam and
are now AWS Certified.

Candidate ID: %s
Certification: AWS Certified Solutions Architect - Professional
Validation number: 8K2QW1M4C1E4Q7S3
Expiration date: November 8, 2028

Your digital badge will arrive from Credly shortly, and your certificate is available in your
AWS Certification account.

Because this certification is at the Professional level, your AWS Certified Solutions
Architect - Associate certification is now renewed until November 8, 2028.

AWS Certification
""" % CID_NEW
hs = via_gmail("2025-11-09 08:30", "mail181-4.suw21.mandrillapp.com", "198.2.181.4",
               "bounce-md_3100%s@mandrillapp.com" % R.randint(1000, 9999),
               dkim=(("certmetrics.com", "pass"), ("mandrillapp.com", "pass")), dmarc=("certmetrics.com", "pass", "NONE"))
hs += [("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
       ("Subject", "Congratulations, you're AWS Certified!"),
       ("Date", when("2025-11-09 08:30", "UTC")), ("Message-ID", mid_generic("mandrillapp.com"))]
add("certification", False, None, [CID_NEW], "Exam passed: Solutions Architect - Professional",
    "validation number and candidate ID; mentions renewal", hs, alt(t, page(h(t))))

# 062 Credly badge for the new certification
hs, b = credly("2025-11-09 09:10", "AWS Certified Solutions Architect \u2013 Professional",
               "Your new badge from Amazon Web Services Training and Certification is ready", uuid())
add("badge", False, None, [], "Credly badge for the new certification", "ordinary badge mail", hs, b)

# 063 confirmation request on the reopened 2023 case
T63 = """Hi Haruka,

This is Lena from AWS Certification Operations; Grace passed your case to me.

The Developer - Associate result was never on either of the accounts merged in October. It is
recorded on a third certification account, %s, created on March 2, 2023 at the test center
with the login email haruka.ishida.dev@gmial.com (note the spelling). In 2023 it was linked to
your profile for display only, which is why it disappeared when that profile was closed.

Is %s your account, and may we merge it into %s? As soon as you confirm, the certification
and its exam history will appear on your account within 24 hours.

Lena W.
AWS Certification Operations""" % (CID_TYPO, CID_TYPO, CID_NEW)
mid = mid_ses()
add("confirmation_request", True, CASE_E, [CID_TYPO, CID_NEW], "Ops found a third account and asks whether it is the owner's and may be merged",
    "long explanation first; the confirmation is a bare question with no 'please'",
    support_headers("2025-11-10 07:45", ME_P, SUBJ_E, mid, irt=MID["E_reopen"],
                    refs=MID["E_u1"] + " " + MID["E_reopen"], tz="PST"),
    alt(T63, page(h(T63))), crlf=True, key="E_conf")

# 064 owner confirms the third account
new = """Hi Lena,

Yes, %s is mine - "gmial" was a typo I made at the test center in 2023. Please merge it
into %s.

Thanks a lot,
Haruka""" % (CID_TYPO, CID_NEW)
attr = gmail_attr("2025-11-10 07:45", "AWS Training and Certification", TC)
t64 = new + "\n\n" + attr + "\n\n" + q(T63) + "\n"
hs = [("From", ad(ME_NAME, ME_P)), ("To", ad("AWS Training and Certification", TC)),
      ("Subject", SUBJ_E), ("Date", when("2025-11-10 12:05", "JST")), ("Message-ID", mid_gmail()),
      ("In-Reply-To", MID["E_conf"]), ("References", MID["E_u1"] + " " + MID["E_reopen"] + " " + MID["E_conf"])]
add("user_reply", False, CASE_E, [CID_TYPO, CID_NEW], "Owner confirms the third account",
    "owner's reply; quoted request below", hs, alt(t64, gmail_html(new, attr, h(T63))), key="E_u2")

# 065 resolved E
T65 = """Hi Haruka,

Done - I've merged %s into your certification account. AWS Certified Developer - Associate
(valid through March 2, 2026) is now listed, along with the exam record from March 2023.

No further action is required. Thank you for your help in tracking this down.

Lena W.
AWS Certification Operations""" % CID_TYPO
t = T65 + "\n\n" + "-----Original Message-----\nFrom: Haruka Ishida <%s>\nSent: Sunday, November 9, 2025 7:05 PM\nTo: %s\nSubject: %s\n\n%s\n" % (ME_P, TC, SUBJ_E, t64)
mid = mid_ses()
add("resolved", False, CASE_E, [CID_TYPO], "Third account merged; missing certification restored",
    "quotes the owner's reply, which itself quotes the confirmation question",
    support_headers("2025-11-12 02:30", ME_P, SUBJ_E, mid, irt=MID["E_u2"],
                    refs=MID["E_u1"] + " " + MID["E_reopen"] + " " + MID["E_conf"] + " " + MID["E_u2"], tz="PST"),
    part(t), key="E_done")

# 066 Pearson VUE lookalike
t = """Dear Candidate,

Your result for the exam taken on 08 November 2025 is ON HOLD because the payment for your
appointment could not be verified.

To release your score report, confirm your card details within 48 hours:
https://pearsonvue-candidates.com/score-release/%s

If no action is taken, your result will be cancelled and you will have to retake the exam.

Pearson VUE Candidate Services
""" % an(14)
hs = via_gmail("2025-11-12 10:20", "smtp.pearsonvue-candidates.com", "103.151.42.9",
               "results@pearsonvue-candidates.com", dkim=(), spf="softfail", dmarc=None)
hs += [("From", ad("Pearson VUE", "results@pearsonvue-candidates.com")), ("To", ME_P),
       ("Subject", sj("Your exam result is on hold \u2013 payment verification required")),
       ("Date", when("2025-11-12 10:20", "UTC")), ("Message-ID", mid_generic("pearsonvue-candidates.com"))]
add("suspicious", False, None, [], "Pearson VUE lookalike: result 'on hold', card details",
    "uses 'on hold' wording and the real exam date; unsigned, SPF softfail", hs, alt(t, page(h(t))))

# 067 survey E
t = """Hello Haruka,

Your AWS Training and Certification case %s was recently resolved.

Tell us about your experience - it takes less than a minute:
https://aws-tc.qualtrics.com/jfe/form/SV_8dlQ2mXw?case=%s

Thank you for helping us improve.
AWS Training and Certification

You are receiving this one-time survey because you contacted AWS Training and Certification.
""" % (CASE_E, CASE_E)
mid = mid_ses()
add("survey", False, CASE_E, [], "Survey for the reopened 2023 case", "plain-text survey with a link",
    support_headers("2025-11-13 06:00", ME_P, "Tell us about your recent support experience (case %s)" % CASE_E, mid, tz="PST"),
    alt(t, page(h(t))))

# 068 certification renewed (CertMetrics)
t = """<p>Hello Haruka,</p>
<p>Good news: your <b>AWS Certified Cloud Practitioner</b> certification has been renewed because you
earned a higher-level AWS Certification.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>New expiration date</td><td>November 8, 2028</td></tr></table>
<p>Your updated certificate is available in your AWS Certification account, and Credly will update
your badge automatically.</p>
<p>AWS Certification</p>""" % CID_NEW
hs = via_gmail("2025-11-14 08:00", "mail181-9.suw21.mandrillapp.com", "198.2.181.9",
               "bounce-md_3100%s@mandrillapp.com" % R.randint(1000, 9999),
               dkim=(("certmetrics.com", "pass"), ("mandrillapp.com", "pass")), dmarc=("certmetrics.com", "pass", "NONE"))
hs += [("From", ad("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
       ("Subject", "Your AWS Certified Cloud Practitioner certification has been renewed"),
       ("Date", when("2025-11-14 08:00", "UTC")), ("Message-ID", mid_generic("mandrillapp.com"))]
add("certification", False, None, [CID_NEW], "Certification renewal notice", "HTML-only; automatic renewal", hs,
    part(page(t), "html"))

# 069 billing console case resolved (not T&C)
t = """Hello,

Thank you for your patience while I reviewed the NAT Gateway charges on account %s.

The charges came from a NAT Gateway in ap-northeast-1 that stayed in place after a test stack was
deleted. As a one-time courtesy I've applied a credit of USD 42.18, which will appear on your
November invoice. I'm marking this case as resolved; if you have more questions about it, reopen
it from the Support Center.

Best regards,
Kavya R.
Amazon Web Services

Your feedback matters to us: rate this reply with the stars next to it in the Support Center.

===========================
To contact us again about this case, open it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Note: this address cannot receive email. Reply through the Support Center instead.""" % (ACCT, CASE_G)
mid = mid_ses()
add("unrelated", False, CASE_G, [], "Billing console case resolved with a credit",
    "same sender and template as the T&C console case, but about billing; 12-digit account ID",
    support_headers("2025-11-15 09:40", ME_P, "RE:[CASE %s] Unexpected NAT Gateway charges in ap-northeast-1" % CASE_G, mid,
                    sender=NR, display="Amazon Web Services", tz="PST"),
    part(t, cs="us-ascii", cte="7bit"))


# ==================================================================== output
README_HEAD = """me: %(p)s %(c)s

# blind-393: a mailbox around AWS Training and Certification support cases

Mailbox owner: Haruka Ishida (石田 遥), leaving Kuroshio Systems K.K. (an AWS Partner Network
company) on 2025-10-31. The mailbox shows both of her addresses: the personal Gmail address
and the company Microsoft 365 address (switched off on 2025-10-31). Messages run from
2025-10-14 to 2025-11-15 in arrival order (`NNN-msg.eml` + `NNN-msg.json`). Regenerate with
`python3 gen.py` (standard library only, deterministic).

## Cases in the set

| case | format | channel | topic | course |
|---|---|---|---|---|
| %(A)s | 15 digits | T&C form, e-mail | merge company account into personal account | ack (to company address) -> write from the personal address -> on hold for APN partner (with a question) -> hold -> hold lifted -> confirmation request (HTML table) -> closing notice -> vague "go ahead" -> second confirmation request -> confirmed -> merged -> survey |
| %(B)s | 15 digits | T&C form, e-mail | duplicate of %(A)s (form sent twice) | Japanese ack -> info request -> closed as duplicate, linked to %(A)s |
| %(D)s | 15 digits | T&C form, e-mail (Japanese) | name order on the certificate | ack -> request for passport spelling (Shift_JIS) -> closing notice -> reply -> passed to team -> corrected and closed -> survey |
| %(C)s | 15 digits | Support Center (console), no-reply-aws | 50%% discount benefit lost in the merge | ack -> info request (answer in console) -> owner answers by e-mail, bounces -> auto-resolve warning -> resolved |
| %(E)s | 11 digits (2023) | T&C form, e-mail | Developer-Associate missing; old 2023 thread revived | owner replies to the 2023 thread -> reopened -> third account found, confirmation request -> confirmed -> merged -> survey |
| %(F)s | 15 digits | AWS Events form | re:Invent registration e-mail change | one message; another AWS program |
| %(G)s | 15 digits | console, billing | NAT Gateway charges | one message; not T&C |

Other numbers that are not case IDs: %(old)s (a 2021 case only mentioned in form text), 17604410022
and 176071003400981 (invented by phishing mails), the 12-digit AWS account ID, a 9-digit Pearson VUE
registration ID, a 6-digit Builder ID code, Credly badge UUIDs, a Zendesk ticket #48213.
Candidate IDs: %(n)s (new personal account), %(o)s (old company account), %(t)s (a third account
created with a typo'd address in 2023).

## Labelling decisions (judgement calls)

- `needs_reply` asks "must I write back to support now on a real T&C case?". It is true for the
  info requests, confirmation requests, closing notices and the hold message that contains a
  question (014). It is true even when the answer must go through the Support Center console
  (050, 055), because support is waiting for the owner.
- 008 (info request on the duplicate case) is labelled as it reads on arrival: support asks, so
  `needs_reply` is true, although the case is closed as a duplicate a few hours later (012).
- 012 closes a duplicate and points to the main case: `case_update`, not `closing_notice` (no
  answer is wanted; it says not to reply). Its `case` is the duplicate's number.
- 014 is `on_hold` (partner hold) with `needs_reply` true because of the buried question about the
  last working day; 018 is the same hold with "nothing you need to do": false.
- 027 (hold lifted, "if you have anything to add ... reply") is a `case_update`; conditional
  invitations never set `needs_reply`.
- 035 (A) warns of closure without a fresh question; it is a `closing_notice`, reply needed.
- 037 re-asks which account to keep after the owner's vague "go ahead": `confirmation_request`.
- 040, 046, 056, 065: completions that quote earlier requests, offer "reply within 14 days",
  "ご不明な点がございましたら", or say the case is closed (046 クローズ) because it is done: `resolved`,
  false.
- 022 (CertMetrics "wants to hear from you") is program feedback, not about a support case:
  `certification`, not `survey`.
- Owner-written mail (replies, the forward to the team lead 029, the note to self 043, the e-mail
  answer to the no-reply console address 051) is `user_reply` with `needs_reply` false. Its `case`
  is the thread's case (043 names A first and E later; labelled A).
- 030 (colleague's out-of-office reply) is `unrelated`, but its subject carries `[CASE %(A)s]` and
  it threads into that case, so `case` = %(A)s. 052 (bounce) is `unrelated` with `case` null: the
  token only appears inside the attached original headers.
- 057 (AWS Events form) and 069 (billing console case) are `unrelated` and never need a reply here,
  even though 057 asks a direct question; `case` holds their own case numbers because they are
  support cases, just not T&C ones.
- Phishing (015, 031, 053, 066) is `suspicious`, `needs_reply` false, `case` null even when the
  subject carries a `[CASE …]` token (the numbers are invented). 031 uses the real T&C sender
  address; only its Authentication-Results (dkim/spf/dmarc=fail) give it away.
- `candidate_ids` only count the message's own new text: IDs inside quoted history (`>` lines,
  Outlook/Salesforce "Original Message" blocks) or inside a forwarded message (029) are left out;
  IDs echoed by support in a form summary (004, 020, 047) are the message's own text and are
  counted. IDs in non-case mail (Pearson VUE 025, CertMetrics) are counted as well. Each ID is
  listed once, in order of first appearance (063 names AWS09925374 twice; it is listed once).

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
               "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    head = README_HEAD % {"p": ME_P, "c": ME_C, "A": CASE_A, "B": CASE_B, "C": CASE_C, "D": CASE_D,
                          "E": CASE_E, "F": CASE_F, "G": CASE_G, "old": OLD_2021,
                          "n": CID_NEW, "o": CID_OLD, "t": CID_TYPO}
    summary = "\n\n## Counts\n\n" + "\n".join("- %s: %d" % (k, counts[k]) for k in sorted(counts)) + \
        "\n- total: %d, needs_reply true: %d\n" % (len(MSGS), sum(m["needs_reply"] for m in MSGS))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + "\n" + summary)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(m["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
