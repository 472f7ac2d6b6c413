#!/usr/bin/env python3
"""Generate a blind test mailbox: NNN-msg.eml + NNN-msg.json next to this script."""
import os, json, base64, quopri, hashlib, html as _html
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.morishima.92@gmail.com"
ME_C = "k.morishima@aozora-tech.co.jp"
ME = "Kenta Morishima"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
TCS = "[AWS Training and Certification Form Submission] - account-assistance"

CASE_A = "174882528041317"   # merge company -> personal (APN hold), form
CASE_B = "174891330008826"   # duplicate of A, form, closed as duplicate
CASE_C = "9840271653"        # console case: exam discount benefit missing
CASE_D = "13386402915"       # name correction, Japanese, form
CASE_E = "175031400073540"   # two accounts on one address, Credly, form

OLD = "AWS03581926"   # company certification account
NEW = "AWS11470385"   # personal certification account (keep)
DUP = "AWS20958813"   # stray account created later with the personal address
TNK = "AWS07734120"   # a colleague's candidate ID

MESSAGES = []
MIDS, REFS = {}, {}
_ctr = [0]


def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def D(s):
    return format_datetime(T(s))


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def A(name, email, cs="utf-8"):
    if not name:
        return email
    if _ascii(name):
        if any(c in name for c in ',.()<>@;:[]'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    return Header(name, cs).encode() + " <%s>" % email


def S(s, cs="utf-8"):
    if _ascii(s):
        return s
    return Header(s, cs, header_name="Subject").encode()


def _codec(cs):
    return {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp",
            "shift_jis": "shift_jis", "us-ascii": "ascii"}[cs.lower()]


def leaf(text, sub="plain", cs="UTF-8", cte="quoted-printable", quote_cs=True, extra=""):
    data = text.encode(_codec(cs))
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    c = '"%s"' % cs if quote_cs else cs
    return (["Content-Type: text/%s; charset=%s%s" % (sub, c, extra),
             "Content-Transfer-Encoding: %s" % cte], body)


def raw_part(headers, body):
    if isinstance(body, str):
        body = body.encode("ascii")
    if not body.endswith(b"\n"):
        body += b"\n"
    return (list(headers), body)


def multi(sub, *parts, boundary=None, preamble=b""):
    _ctr[0] += 1
    b = boundary or ("----=_Part_%d_%s" % (_ctr[0] * 7919,
                     hashlib.sha1(b"x%d" % _ctr[0]).hexdigest()[:12]))
    body = preamble
    for h, bd in parts:
        body += b"--" + b.encode() + b"\n" + "\n".join(h).encode("ascii") + b"\n\n" + bd
        if not bd.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return (['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)], body)


def gb():
    """A Gmail-looking boundary."""
    _ctr[0] += 1
    return "000000000000" + hashlib.md5(b"g%d" % _ctr[0]).hexdigest()[:16]


def t2h(text, font="Arial, sans-serif"):
    """Plain text to a simple HTML body (paragraphs and <br>)."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s\n</body></html>\n' % (font, "\n".join(out)))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- transport headers
SND = {
    "amazon": ("a27-31.smtp-out.us-west-2.amazonses.com", "54.240.27.31", "us-west-2.amazonses.com",
               [("amazon.com", "taykmj4xjmhvgqjkd5xtd6b6bpsozpgm"), ("amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv")],
               "amazon.com", "QUARANTINE"),
    "amazon2": ("a8-81.smtp-out.amazonses.com", "54.240.8.81", "amazonses.com",
                [("amazon.com", "rjtq3kq6ndb2xkbo57oawwgiuexpdgcy"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                "amazon.com", "QUARANTINE"),
    "certmetrics": ("mail-out3.certmetrics.com", "52.27.194.63", "bounce.certmetrics.com",
                    [("certmetrics.com", "s1")], "certmetrics.com", "NONE"),
    "credly": ("o3.ptr4521.credly.com", "149.72.183.40", "em7213.credly.com",
               [("credly.com", "s1"), ("sendgrid.info", "smtpapi")], "credly.com", "REJECT"),
    "github": ("out-21.smtp.github.com", "192.30.252.204", "github.com",
               [("github.com", "pf2023")], "github.com", "REJECT"),
    "pearson": ("mta-196-76.pearsonvue.com", "159.182.76.196", "pearson.com",
                [("pearson.com", "pv2024")], "pearson.com", "REJECT"),
    "awstraining": ("a48-119.smtp-out.amazonses.com", "54.240.48.119", "amazonses.com",
                    [("aws.training", "k7hcb2tvy6ihwa4iuswcsnzq6yfzm53g"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                    "aws.training", "QUARANTINE"),
    "signin": ("a8-30.smtp-out.amazonses.com", "54.240.8.30", "amazonses.com",
               [("signin.aws", "wd3szxjmpgzrnwpsgzx6tf2ctsrtxbcq"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
               "signin.aws", "REJECT"),
    "connpass": ("mail.connpass.com", "52.69.204.17", "connpass.com",
                 [("connpass.com", "google")], "connpass.com", "NONE"),
    "phish1": ("mail.amazon-certsupport.com", "185.234.72.19", "amazon-certsupport.com",
               [("amazon-certsupport.com", "default")], "amazon-certsupport.com", "NONE"),
    "phish3": ("smtp.credly-badges.net", "45.146.165.88", "credly-badges.net",
               [("credly-badges.net", "mail")], "credly-badges.net", "NONE"),
    "generic": ("mail.example.net", "203.0.113.25", "example.net", [("example.net", "s1")], "example.net", "NONE"),
}


def gin(when, key, to=ME_P, dmarc="pass", spf="pass", dkim="pass", mfrom=None, override=None):
    """Inbound headers as Gmail adds them."""
    host, ip, mfdom, dk, fdom, pol = SND[key] if override is None else override
    dt = T(when) + timedelta(seconds=2)
    pdt = dt.astimezone(timezone(timedelta(hours=-7)))
    mf = mfrom or ("0101%s-%s-000000@%s" % (hx(when + key, 12), hx(key + when, 8), mfdom)
                   if "amazonses" in mfdom else "bounces+%s@%s" % (hx(when, 8), mfdom))
    gid = "%s-%ssi%d%s.%d.%s" % (hx(when, 13), hx(when + "g", 11), int(hx(when, 6), 16) % 900000 + 100000,
                                 hx(when + "s", 3), int(hx(when, 3), 16) % 400 + 100, dt.astimezone(timezone.utc).strftime("%Y.%m.%d.%H.%M.%S"))
    lines = ["Delivered-To: %s" % to,
             "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
             "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (PDT)"
             % (host, host, ip, gid, to, format_datetime(pdt)),
             "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
             % (spf, mf, "designates" if spf == "pass" else "does not designate", ip, ip)]
    ar = ["Authentication-Results: mx.google.com;"]
    for d, s in dk:
        res = dkim if d == fdom else "pass"
        ar.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (res, d, s, hx(d + when, 8)))
    ar.append("       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;"
              % (spf, mf, "designates" if spf == "pass" else "does not designate", ip, mf.split("@")[1]))
    ar.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
              % (dmarc, pol, pol, "NONE" if dmarc == "pass" else pol, fdom))
    lines.append("\n".join(ar))
    lines.append("Return-Path: <%s>" % mf)
    return lines


def min_(when, key, to=ME_C, dmarc="pass"):
    """Inbound headers as Microsoft 365 (company mailbox) adds them."""
    host, ip, mfdom, dk, fdom, pol = SND[key]
    dt = T(when).astimezone(timezone.utc) + timedelta(seconds=3)
    d = format_datetime(dt)
    return [
        "Received: from TYCP286MB2873.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2b8::9) by\n"
        " TYWPR01MB8123.jpnprd01.prod.outlook.com with HTTPS; %s" % d,
        "Received: from %s (%s) by\n TY2PEPF0000AB83.mail.protection.outlook.com (10.167.243.12) with Microsoft\n"
        " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.13\n via Frontend Transport; %s"
        % (host, ip, d),
        "Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
        " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
        % (ip, mfdom, dk[0][0], dmarc, fdom),
        "Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
        " client-ip=%s; helo=%s; pr=C" % (mfdom, ip, ip, host),
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "Return-Path: bounce@%s" % mfdom,
    ]


def outlook_sent(topic):
    return ["Thread-Topic: %s" % topic,
            "Thread-Index: AQHb%s==" % base64.b64encode(hashlib.md5(topic.encode()).digest()).decode()[:22],
            "Accept-Language: ja-JP, en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:"]


def add(key, label, frm, to, subject, when, body, cc=None, irt=None, mid=None, pre=(), post=(),
        crlf=True, refs=True, extra_to=None):
    kind, nr, case, cands = label
    n = len(MESSAGES) + 1
    if mid is None:
        dom = frm.rsplit("@", 1)[1].rstrip(">")
        if dom == "amazon.com":
            dom = "email.amazonses.com"
        mid = "<%s@%s>" % (hx("mid%d%s" % (n, when), 24), dom)
    h = list(pre)
    h.append("From: %s" % frm)
    h.append("To: %s" % to)
    if cc:
        h.append("Cc: %s" % cc)
    h.append("Subject: %s" % subject)
    h.append("Date: %s" % D(when))
    h.append("Message-ID: %s" % mid)
    if irt:
        parent = MIDS[irt]
        chain = REFS.get(irt, []) + [parent]
        h.append("In-Reply-To: %s" % parent)
        if refs:
            h.append("References: %s" % "\n ".join(chain))
        REFS[key] = chain
    h.extend(post)
    h.append("MIME-Version: 1.0")
    h.extend(body[0])
    head = "\n".join(h)
    head.encode("ascii")
    raw = head.encode("ascii") + b"\n\n" + body[1]
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    if key:
        MIDS[key] = mid
    MESSAGES.append((n, raw, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cands)}))


def write_all():
    counts = {}
    for n, raw, lab in MESSAGES:
        with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % n), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write("\n")
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply", sum(1 for _, _, l in MESSAGES if l["needs_reply"])))


SIG_TC = "\n\nAWS Training and Certification Customer Service"
AMZ_FOOT = ("\n\n--\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, "
            "Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

# ============================================================== messages
def alt(text, htmltext=None, cs="UTF-8", cte="quoted-printable", boundary=None, hcte=None):
    return multi("alternative", leaf(text, "plain", cs, cte),
                 leaf(htmltext or t2h(text), "html", cs, hcte or cte), boundary=boundary)


def gsent_id(when):
    return "<CAK%s+%s@mail.gmail.com>" % (hx("g" + when, 10), hx("m" + when, 22))


def outlook_id(when):
    return "<TYWPR01MB8123%s@TYWPR01MB8123.jpnprd01.prod.outlook.com>" % hx("o" + when, 16).upper()


# 001 -- AWS billing invoice (trap: no-reply-aws sender, 10-digit invoice id)
w = "2025-05-28 07:12:40 +0000"
txt = """Greetings from Amazon Web Services,

Your invoice for the billing period May 1 - May 31, 2025 is now available in the Billing and
Cost Management console.

Account ID: 402118375566
Invoice ID: 2138846710
Amount due: USD 3.87
Payment method: Visa ending in 4417

The amount due will be charged to the payment method on file within the next few days. You can
view or download the invoice PDF at https://console.aws.amazon.com/billing/home#/bills

This message was sent from an e-mail address that does not accept incoming messages."""
add("bill1", ("unrelated", False, None, []), A("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services Invoice Available [Account: 402118375566] [Invoice ID: 2138846710]", w,
    alt(txt + AMZ_FOOT), pre=gin(w, "amazon"))

# 002 -- CertMetrics research invitation (certification, not a case survey)
w = "2025-05-29 16:03:11 +0000"
txt = """Hello Kenta,

AWS Certification is gathering input from certified professionals to shape future exams and
programs. We would value about ten minutes of your time in a short online questionnaire.

Your answers are confidential and are not linked to your exam results.

Take the questionnaire: https://www.certmetrics.com/amazon/candidate/survey.aspx?ref=cx25q2
Candidate ID: AWS03581926

The questionnaire will close on June 20, 2025.

Thank you for being part of the AWS Certification community.

AWS Certification
Please do not reply to this email; the mailbox is not monitored."""
add("cm1", ("certification", False, None, [OLD]), A("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Share your perspective with AWS Certification", w, alt(txt, cte="7bit"), pre=min_(w, "certmetrics"))

# 003 -- GitHub PR merged (trap: "merged", company address)
w = "2025-05-30 05:41:09 +0000"
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aozora-tech/infra-modules/pull/412#event-17720458812
You are receiving this because you authored the thread.

Message ID: <aozora-tech/infra-modules/pull/412/issue_event/17720458812@github.com>"""
hh = """<p>Merged <a href="https://github.com/aozora-tech/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/aozora-tech/infra-modules/pull/412#event-17720458812">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
add("gh1", ("unrelated", False, None, []), A("Shota Ueda", "notifications@github.com"), A("aozora-tech/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [aozora-tech/infra-modules] Merge account-baseline module into main (PR #412)", w,
    alt(txt, hh, cte="7bit"), cc=A(ME, ME_C) + ", Author <author@noreply.github.com>",
    mid="<aozora-tech/infra-modules/pull/412/issue_event/17720458812@github.com>", pre=min_(w, "github"),
    post=["List-ID: aozora-tech/infra-modules <infra-modules.aozora-tech.github.com>",
          "X-GitHub-Reason: author", "Precedence: list"])

# 004 -- owner's note to self before the merge (Japanese, QP)
w = "2025-05-31 22:18:05 +0900"
txt = """退職前にやること(AWS認定)

旧アカウント(会社アドレス k.morishima@aozora-tech.co.jp)
候補ID: AWS03581926
APN: Aozora Tech のパートナーアカウントと共有済み

取得済み
- Solutions Architect - Professional(2022/09、期限 2025/09)
- Developer - Associate(2023/08)
- Security - Specialty(2024/02)

特典
- 次回試験 50% 割引(期限 2026/02)→ 統合後に残っているか必ず確認

証明書PDFは3つともダウンロード済み(Drive の certs フォルダ)。
Builder ID は個人アドレスで作る → 新しい認定アカウントもそっちで。
フォームは1回だけ送ること。"""
add("note1", ("user_reply", False, None, [OLD]), A(ME, ME_P), A(ME, ME_P), S("メモ: AWS認定 引き継ぎ前の控え"), w,
    multi("alternative", leaf(txt, "plain", "UTF-8", "quoted-printable"),
          leaf(t2h(txt), "html", "UTF-8", "quoted-printable"), boundary=gb()),
    mid=gsent_id(w))

# 005 -- Builder ID verification code
w = "2025-06-01 04:55:31 +0000"
txt = """Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 730164

The code expires in 10 minutes. If you did not start this request, you can ignore this email.

Thanks,
AWS Builder ID"""
add("bid1", ("unrelated", False, None, []), A("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", w, alt(txt, cte="7bit"), pre=gin(w, "signin"))

# 006 -- new certification account created (certification)
w = "2025-06-01 05:20:47 +0000"
txt = """Welcome to AWS Certification, Kenta Morishima.

Your AWS Certification account is ready. Keep the details below for your records.

AWS Certification Candidate ID: AWS11470385
Account email: kenta.morishima.92@gmail.com

From your account you can schedule exams, view your exam history, download certificates, and
manage the benefits that come with each certification.

Sign in: https://www.aws.training/Certification

AWS Certification
This mailbox is not monitored."""
add("cm2", ("certification", False, None, [NEW]), A("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification account has been created", w, alt(txt, cte="quoted-printable"), pre=gin(w, "certmetrics"))

# 007 -- Case A acknowledgement, Japanese, base64, text only
w = "2025-06-02 00:49:12 +0000"
txt = """森島 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お送りいただいた内容を受け付け、ケース番号 174882528041317 として登録いたしました。

担当者より、原則として1営業日以内にご連絡いたします。内容によっては調査にお時間を
いただく場合がございますので、あらかじめご了承ください。
同じ内容のフォームを重ねて送信されますと、別のケースとして扱われ回答が遅れる原因となります。
補足がございましたら、新しいフォームではなく本メールへの返信でお知らせください。

--- 受付内容 ---
お問い合わせタイプ: AWS トレーニングと認定
問題の種類: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS03581926
お問い合わせ内容:
Use case: I am leaving Aozora Tech at the end of June and want my certifications on my personal account.
Addresses I have used: k.morishima@aozora-tech.co.jp, kenta.morishima.92@gmail.com
Address to keep: kenta.morishima.92@gmail.com (candidate ID AWS11470385)
----------------

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス"""
add("a_ack", ("acknowledgement", False, CASE_A, [OLD, NEW]), A(TCN, TC), ME_P,
    "[CASE %s] %s" % (CASE_A, TCS), w, leaf(txt, "plain", "UTF-8", "base64"), pre=gin(w, "amazon"))

# 008 -- AWS marketing, HTML only
w = "2025-06-02 09:30:00 +0000"
hh = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#232f3e;color:#ffffff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td>
<p style="font-size:16px">Seats for the two-day event at Makuhari Messe are almost gone.</p>
<p>Visit the <b>Certification Lounge</b>: certified attendees can pick up an exclusive pin and relax
between sessions. Not certified yet? Book an exam on site and take 50% off with the Summit code.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?sc_channel=em&amp;sc_campaign=summit25" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register now</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">You are receiving this message because you opted in to AWS event communications.
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a> | Amazon Web Services Japan G.K., 1-1 Kamiosaki 3-chome, Shinagawa-ku, Tokyo</td></tr>
</table></td></tr></table>
</body></html>
"""
add("mkt1", ("unrelated", False, None, []), A("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Last call: your seat at AWS Summit Japan", w, leaf(hh, "html", "UTF-8", "quoted-printable"),
    pre=gin(w, "amazon2"), post=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>",
                                 "Precedence: bulk"])

# 009 -- Case B acknowledgement (duplicate form, sent from the company address)
w = "2025-06-03 01:15:54 +0000"
txt = """Hello,

We have received your message and logged it as case 174891330008826.

A member of the AWS Training and Certification team normally answers within one business day.
Some requests need more research, and we appreciate your patience while we look into them.

Please do not submit the form again for the same issue: every submission starts a new case and
spreads the conversation across several threads.

Summary of your request
Contact email: k.morishima@aozora-tech.co.jp
Inquiry type: Certification
Additional details: Account Merge
Description: Sending this again in case my earlier form did not go through. Please merge my company
certification account into the account that uses kenta.morishima.92@gmail.com.

Regards,
Amazon Web Services"""
add("b_ack", ("acknowledgement", False, CASE_B, []), A(TCN, TC), ME_C,
    "[CASE %s] %s" % (CASE_B, TCS), w, alt(txt), pre=min_(w, "amazon"))

# 010 -- Case A on hold (APN), question buried mid-mail
w = "2025-06-03 06:12:30 +0000"
txt = """Hello Kenta,

Thank you for getting in touch about combining your AWS Certification accounts.

While reviewing your request I found that the certification account registered to
k.morishima@aozora-tech.co.jp (AWS03581926) is linked to an AWS Partner Network organization,
Aozora Tech Co., Ltd. Certifications in a partner-linked account count toward that organization's
standing in the program, so they cannot be moved out while the link is in place. I have put your
case on hold for now.

The link is normally released once the person has left the partner organization. Are you still
employed at Aozora Tech, and if so, what is your last working day? With that information I can ask
our partner operations colleagues to start the release.

Your personal account (AWS11470385) is not affected and stays exactly as it is in the meantime.

Best regards,
Priya S.""" + SIG_TC
add("a_hold1", ("on_hold", True, CASE_A, [OLD, NEW]), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt), cc=ME_C, pre=gin(w, "amazon"), irt="a_ack", refs=False)

# 011 -- Case B closed as duplicate of A (case_update), plain 7bit, LF
w = "2025-06-03 07:02:18 +0000"
txt = """Hello,

This request is the same as case 174882528041317, which one of my colleagues is already working on.
To keep the conversation in one place I have closed case 174891330008826 and linked it to the
original case. Updates will come to you on 174882528041317.

Kind regards,
Daniel K.
AWS Training and Certification Customer Service"""
add("b_dup", ("case_update", False, CASE_B, []), A(TCN, TC), ME_C,
    "RE: [CASE %s] %s" % (CASE_B, TCS), w, leaf(txt, "plain", "us-ascii", "7bit", quote_cs=False),
    pre=min_(w, "amazon"), irt="b_ack", crlf=False)

# 012 -- owner answers the hold from the company address (Outlook style)
w = "2025-06-03 17:40:02 +0900"
prev = txt_hold = """Hello Kenta,

Thank you for getting in touch about combining your AWS Certification accounts.

While reviewing your request I found that the certification account registered to
k.morishima@aozora-tech.co.jp (AWS03581926) is linked to an AWS Partner Network organization,
Aozora Tech Co., Ltd. [...]

Are you still employed at Aozora Tech, and if so, what is your last working day? [...]

Best regards,
Priya S.
AWS Training and Certification Customer Service"""
txt = """Hi Priya,

Yes, I am still at Aozora Tech until June 30, 2025, which is my last working day. This company
mailbox will be shut down right after that, so please use my personal address for anything after
the merge.

Thank you,
Kenta Morishima

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 3, 2025 3:12 PM
To: kenta.morishima.92@gmail.com
Cc: Morishima Kenta <k.morishima@aozora-tech.co.jp>
Subject: RE:[CASE 174882528041317] [AWS Training and Certification Form Submission] - account-assistance

""" + prev
add("a_r1", ("user_reply", False, CASE_A, []), A("Morishima Kenta", ME_C), A(TCN, TC),
    "RE: [CASE %s] %s" % (CASE_A, TCS), w, alt(txt, cs="us-ascii", cte="7bit"), irt="a_hold1",
    mid=outlook_id(w), post=outlook_sent("[CASE %s] %s" % (CASE_A, TCS)))

# 013 -- Case A info_request: write from the destination (personal) address
w = "2025-06-04 02:25:41 +0000"
txt = """Hello,

Thanks for the quick answer about your last day at Aozora Tech.

Your reply reached us from k.morishima@aozora-tech.co.jp. For security reasons we only act on
instructions that come from the email address of the account the certifications will be moved
to. We need the same confirmation sent from kenta.morishima.92@gmail.com: reply to this message
from that mailbox and include your last working day again.

Once it arrives I will pass the case to our partner operations team.

Regards,
Hiroshi T.
AWS Training and Certification Customer Service"""
add("a_info1", ("info_request", True, CASE_A, []), A(TCN, TC), ME_C,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt), pre=min_(w, "amazon"), irt="a_r1")

# 014 -- colleague asks for something (Japanese, ISO-2022-JP)
w = "2025-06-04 11:52:37 +0900"
txt = """森島さん

お疲れさまです。佐藤です。
先日共有いただいた監視基盤の引き継ぎ資料、ひととおり読みました。
2点だけ確認させてください。

1. アラートの通知先(SNS トピック)は、退職後どなた宛てに切り替える予定でしょうか。
2. 手順書の Step 4 で使っている IAM ロール名が、本番環境のものと違うようです。

金曜までにコメントをもらえると助かります。
よろしくお願いします。

佐藤 美咲
株式会社あおぞらテック クラウド基盤グループ"""
add("col1", ("unrelated", False, None, []), A("佐藤 美咲", "m.sato@aozora-tech.co.jp", "iso-2022-jp"), A("森島 健太", ME_C, "iso-2022-jp"),
    S("引き継ぎ資料の確認のお願い", "iso-2022-jp"), w, leaf(txt, "plain", "ISO-2022-JP", "7bit"),
    mid=outlook_id(w).replace("TYWPR01MB8123", "OS3PR01MB6610"),
    post=["Thread-Topic: " + S("引き継ぎ資料の確認のお願い", "iso-2022-jp"), "Content-Language: ja-JP"])

# 015 -- owner writes again, this time from the personal address (Gmail quoting)
w = "2025-06-04 12:31:50 +0900"
q010 = """Hello Kenta,

Thank you for getting in touch about combining your AWS Certification accounts.

While reviewing your request I found that the certification account registered to
k.morishima@aozora-tech.co.jp (AWS03581926) is linked to an AWS Partner Network organization,
Aozora Tech Co., Ltd. Certifications in a partner-linked account count toward that organization's
standing in the program, so they cannot be moved out while the link is in place. I have put your
case on hold for now.

The link is normally released once the person has left the partner organization. Are you still
employed at Aozora Tech, and if so, what is your last working day? With that information I can ask
our partner operations colleagues to start the release.

Your personal account (AWS11470385) is not affected and stays exactly as it is in the meantime.

Best regards,
Priya S.
AWS Training and Certification Customer Service"""
txt = """Hello,

I am writing from my personal address as you asked. I am still employed at Aozora Tech; my last
working day is June 30, 2025. Please go ahead with releasing the partner link and merging the
company account into the account that uses this address.

Best regards,
Kenta Morishima

On Tue, Jun 3, 2025 at 3:12 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(q010)
add("a_r2", ("user_reply", False, CASE_A, []), A(ME, ME_P), A(TCN, TC),
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt, boundary=gb()), irt="a_hold1", mid=gsent_id(w))

# 016 -- Case A passed to partner operations (case_update), HTML only with blockquote
w = "2025-06-05 03:48:22 +0000"
hh = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>Your confirmation arrived from the right address, thank you.</p>
<p>I have handed the case to our partner operations team and asked them to release the certification
account <b>AWS03581926</b> from the Aozora Tech partner organization. This step usually takes three to
five business days. I will write to you again as soon as they report back.</p>
<p>Regards,<br>Hiroshi T.<br>AWS Training and Certification Customer Service</p>
<hr>
<blockquote style="border-left:2px solid #ccc;margin:0;padding-left:8px;color:#555">
<p>I am writing from my personal address as you asked. I am still employed at Aozora Tech; my last
working day is June 30, 2025. Please go ahead with releasing the partner link and merging the
company account into the account that uses this address.</p>
</blockquote>
</div></body></html>
"""
add("a_upd1", ("case_update", False, CASE_A, [OLD]), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, leaf(hh, "html", "UTF-8", "quoted-printable"),
    pre=gin(w, "amazon"), irt="a_r2")

# 017 -- phishing from a lookalike domain
w = "2025-06-05 14:07:55 +0000"
txt = """Dear Certified Professional,

We received a request to merge the AWS Certification accounts registered to your email address.
To protect your credentials, the merge is paused until you verify ownership of both accounts.

Case ID: 8830175264
Status: Pending verification (expires in 24 hours)

Verify now: http://amazon-certsupport.com/tc/verify?session=8830175264&u=kmorishima

If you do not complete verification, both accounts and all earned certifications will be
permanently deactivated. You may also reply to this email with your Builder ID email and password
and our team will verify on your behalf.

AWS Training & Certification Support Team"""
add("ph1", ("suspicious", False, None, []), A("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
    "Action required: verify ownership to complete your certification account merge", w,
    alt(txt, cte="7bit"), pre=gin(w, "phish1"))

# 018 -- Credly badge expiry notice (badge)
w = "2025-06-06 01:14:09 +0000"
hh = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" cellpadding="16" style="border:1px solid #e3e3e3">
<tr><td><img src="https://images.credly.com/size/110x110/images/2d84e428-9078-49b6-a804-13c15f6c4ff2/image.png" alt="badge" width="110"></td>
<td><p>Hi Kenta,</p>
<p>Your badge <b>AWS Certified Solutions Architect &ndash; Professional</b>, issued by
Amazon Web Services Training and Certification, expires on <b>September 4, 2025</b>.</p>
<p>Once it expires, the badge will show as expired on your Credly profile. To keep it current, follow
the issuer's renewal steps.</p>
<p><a href="https://www.credly.com/badges/6f0c7b1e-91d4-4a0e-9b55-2f3e8d7c1a90">View badge</a></p></td></tr>
<tr><td colspan="2" style="font-size:11px;color:#888">Credly, Inc. &middot; 180 Greenwich St, New York, NY &middot;
<a href="https://www.credly.com/notifications">Notification settings</a></td></tr>
</table></body></html>
"""
add("cr1", ("badge", False, None, []), A("Credly", "admin@credly.com"), ME_C,
    "Your AWS Certified Solutions Architect - Professional badge is expiring", w,
    multi("alternative", leaf("Hi Kenta,\n\nYour badge AWS Certified Solutions Architect - Professional, issued by Amazon Web Services\nTraining and Certification, expires on September 4, 2025.\n\nView badge: https://www.credly.com/badges/6f0c7b1e-91d4-4a0e-9b55-2f3e8d7c1a90\n", "plain", "UTF-8", "7bit"),
          leaf(hh, "html", "UTF-8", "quoted-printable")), pre=min_(w, "credly"))

# 019 -- Case A on hold, nothing asked
w = "2025-06-06 08:20:13 +0000"
txt = """Hello Kenta,

A short update on your case. Our partner operations team has contacted the partner administrator
at Aozora Tech and asked them to approve releasing your certification account from their
organization. Until the administrator responds, we have to keep the merge on hold.

Nothing is needed from you at this stage. If the administrator has questions, they will be
handled between the partner team and your company.

Regards,
Hiroshi T.""" + SIG_TC
add("a_hold2", ("on_hold", False, CASE_A, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, leaf(txt, "plain", "UTF-8", "quoted-printable"), pre=gin(w, "amazon"))

# 020 -- Pearson VUE appointment confirmation (exam vendor, candidate ID, 9-digit registration)
w = "2025-06-07 03:26:40 +0000"
txt = """Thank you for scheduling your exam with Pearson VUE.

Candidate: Kenta Morishima
Candidate ID: AWS03581926
Registration ID: 482915730

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, June 28, 2025, 10:00 AM JST
Delivery: Pearson VUE Test Center - Tokyo Shinjuku
Language: Japanese

Please arrive 30 minutes early and bring two valid forms of identification. To reschedule or
cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
This is an automated message. Replies are not monitored."""
add("pv1", ("unrelated", False, None, [OLD]), A("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_C,
    "Exam appointment confirmation - AWS Certification", w, alt(txt, cte="quoted-printable"), pre=min_(w, "pearson"))

# 021 -- connpass event registration (Japanese, base64)
w = "2025-06-08 10:44:02 +0900"
txt = """森島 健太 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 認定資格を活かすキャリアの話
日時: 2025/06/21(土) 13:00〜17:00
会場: 目黒セントラルスクエア(東京都品川区)
参加枠: 一般(先着順)

キャンセルする場合はイベントページから手続きしてください。
https://jawsug.connpass.com/event/358812/

connpass"""
add("cp1", ("unrelated", False, None, []), A("connpass", "no-reply@connpass.com"), ME_P,
    S("JAWS-UG 東京 #58 への参加登録が完了しました"), w, leaf(txt, "plain", "UTF-8", "base64"),
    pre=gin(w, "connpass"))

# 022 -- out-of-office auto reply from a colleague (Japanese + English)
w = "2025-06-09 09:01:15 +0900"
txt = """森島さん

自動応答です。6/9(月)〜6/11(水)は出張のため、メールの確認が遅れます。
お急ぎの場合はクラウド基盤グループの共有アドレス cloud-infra@aozora-tech.co.jp までご連絡ください。

I am travelling from June 9 to June 11 with limited access to email.

山本 拓也"""
add("ooo1", ("unrelated", False, None, []), A("山本 拓也", "t.yamamoto@aozora-tech.co.jp"), A("森島 健太", ME_C),
    S("自動応答: 引き継ぎ資料の確認のお願い"), w, leaf(txt, "plain", "UTF-8", "base64"),
    mid=outlook_id(w).replace("TYWPR01MB8123", "TYCPR01MB9012"),
    post=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Content-Language: ja-JP"])

# 023 -- Case A hold lifted (case_update)
w = "2025-06-10 02:05:51 +0000"
txt = """Hello Kenta,

Good news: the partner administrator at Aozora Tech approved the release, and your company
certification account is no longer tied to their partner organization. The hold on your case
has been lifted.

I am passing the case back to the team that performs account merges. A colleague will be in touch
with the details of the two accounts shortly.

Regards,
Hiroshi T.""" + SIG_TC
add("a_upd2", ("case_update", False, CASE_A, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt), pre=gin(w, "amazon"))

# 024 -- Case A confirmation request, HTML only with a table
w = "2025-06-10 07:33:04 +0000"
rows = [("Candidate ID", NEW, OLD),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Active certifications", "None", "3")]
tr = "\n".join('<tr><td style="border:1px solid #999;padding:4px 8px"><b>%s</b></td>'
               '<td style="border:1px solid #999;padding:4px 8px">%s</td>'
               '<td style="border:1px solid #999;padding:4px 8px">%s</td></tr>' % r for r in rows)
hh = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>I am picking up your case now that the partner hold has been removed. These are the certification
accounts we found under your name:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #999;padding:4px 8px">Account #1</th><th style="border:1px solid #999;padding:4px 8px">Account #2</th></tr>
%s
</table>
<p>Merging moves exam history, certifications and benefits into a single account. Afterwards the other
account is deactivated, and the merge cannot be undone.</p>
<p>Before I go ahead, can you confirm that both accounts are yours and that Account #1 is the one you
would like to keep?</p>
<p>Regards,<br>Mateo R.<br>AWS Training and Certification Customer Service</p>
</body></html>
""" % tr
add("a_conf", ("confirmation_request", True, CASE_A, [NEW, OLD]), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, leaf(hh, "html", "UTF-8", "quoted-printable"), pre=gin(w, "amazon"))

# 025 -- Skill Builder receipt
w = "2025-06-11 00:02:19 +0000"
txt = """Thank you for your purchase.

Order number: SB-J-2025061100417
Plan: AWS Skill Builder Individual subscription (monthly)
Amount charged: USD 29.00
Billing period: June 11, 2025 - July 10, 2025
Payment method: Mastercard ending in 2284

You can manage your subscription at any time from Settings > Subscription.
Questions about billing? Visit https://skillbuilder.aws/support

AWS Skill Builder"""
add("sb1", ("unrelated", False, None, []), A("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt", w, alt(txt, cte="7bit"), pre=gin(w, "awstraining"))

# 026 -- another vendor's case asking for information (Shift_JIS, 8bit)
w = "2025-06-11 15:22:48 +0900"
txt = """あおぞらテック
森島 健太 様

いつもお世話になっております。ネクストリンク サポートセンターの井上でございます。

お問い合わせいただいたライセンスキーの再発行につきまして、ご契約者様の確認が必要となります。
恐れ入りますが、ご契約番号とご登録の会社名を本メールにご返信いただけますでしょうか。

確認が取れ次第、新しいライセンスキーを発行いたします。
何卒よろしくお願い申し上げます。

ネクストリンク株式会社 サポートセンター
井上 理恵
受付時間: 平日 9:00〜18:00"""
add("nl1", ("unrelated", False, None, []), A("ネクストリンク サポートセンター", "support@nextlink-soft.jp", "shift_jis"), ME_C,
    S("RE:[CASE 00481923] ライセンスキーの再発行について", "iso-2022-jp"), w, leaf(txt, "plain", "Shift_JIS", "8bit"),
    pre=min_(w, "generic"))

# 027 -- spoofed AWS sender, DMARC fails
w = "2025-06-12 11:48:30 +0000"
spoof = ("vps-4471.hostkey-srv.net", "91.92.241.18", "amazon.com",
         [("amazon.com", "taykmj4xjmhvgqjkd5xtd6b6bpsozpgm")], "amazon.com", "QUARANTINE")
hh = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your AWS Certification account merge request is incomplete. To prevent the loss of your exam
history, sign in and confirm the merge within <b>12 hours</b>.</p>
<p><a href="https://aws-training-merge.com/signin?case=1748811220">Confirm merge</a></p>
<p>If no action is taken the request will be cancelled and your certifications may be revoked.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
add("ph2", ("suspicious", False, None, []), A(TCN, TC), ME_P,
    "RE:[CASE 1748811220] Final notice: your certification merge will be cancelled", w,
    leaf(hh, "html", "UTF-8", "quoted-printable"), mid="<20250612114830.8F2C14A61B@vps-4471.hostkey-srv.net>",
    pre=gin(w, None, dmarc="fail", spf="softfail", dkim="fail", mfrom=TC, override=spoof))

# 028 -- Case A closing notice, quoting the confirmation request (Outlook style)
w = "2025-06-13 02:10:37 +0000"
txt = """Hello Kenta,

I am following up on my message of June 10 about merging your certification accounts, as we have
not received your confirmation yet.

If we do not hear from you within three business days, I will close this case. You can reply to
this email at any time, even after that, and the case will be reopened where we left off.

Regards,
Mateo R.
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 10, 2025 7:33 AM
To: kenta.morishima.92@gmail.com
Subject: RE:[CASE 174882528041317] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

I am picking up your case now that the partner hold has been removed. These are the certification
accounts we found under your name:

Account #1
Candidate ID: AWS11470385
Login email: kenta.morishima.92@gmail.com
Training notification email: kenta.morishima.92@gmail.com
Certification notification email: kenta.morishima.92@gmail.com

Account #2
Candidate ID: AWS03581926
Login email: k.morishima@aozora-tech.co.jp
Training notification email: k.morishima@aozora-tech.co.jp
Certification notification email: k.morishima@aozora-tech.co.jp

Merging moves exam history, certifications and benefits into a single account. Afterwards the other
account is deactivated, and the merge cannot be undone.

Before I go ahead, can you confirm that both accounts are yours and that Account #1 is the one you
would like to keep?"""
add("a_close", ("closing_notice", True, CASE_A, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, leaf(txt, "plain", "UTF-8", "quoted-printable"),
    pre=gin(w, "amazon"), irt="a_conf")
q028 = txt

# 029 -- owner confirms (Gmail, top-posted over the long history)
w = "2025-06-13 12:05:19 +0900"
txt = """Hi Mateo,

Sorry for the slow reply. Confirmed: both accounts are mine. Please merge Account #2 into Account #1
(AWS11470385) and keep kenta.morishima.92@gmail.com as the login.

Thanks,
Kenta

On Fri, Jun 13, 2025 at 11:10 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(q028)
add("a_r3", ("user_reply", False, CASE_A, [NEW]), A(ME, ME_P), A(TCN, TC),
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt, boundary=gb()), irt="a_close", mid=gsent_id(w))
q029 = txt

# 030 -- Case A resolved; quotes the confirmation request beneath
w = "2025-06-13 05:40:08 +0000"
txt = """Hello Kenta,

Thanks for confirming. I have merged your certification accounts: the exam history and the three
certifications from the company account now sit on AWS11470385, and you sign in with
kenta.morishima.92@gmail.com as before.

Credly badges can take up to a day to show up again under the account you kept. With that, your
case is resolved. Should anything look wrong when you check, just reply here and we will take
another look.

Regards,
Mateo R.
AWS Training and Certification Customer Service

On Jun 13, 2025, at 03:05, Kenta Morishima <kenta.morishima.92@gmail.com> wrote:

""" + q(q029)
add("a_done", ("resolved", False, CASE_A, [NEW]), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt), pre=gin(w, "amazon"), irt="a_r3")
q030 = txt

# 031 -- Credly: new badge after the merge
w = "2025-06-13 05:52:44 +0000"
plain = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Security - Specialty

Accept it to add it to your Credly profile and share it:
https://www.credly.com/earner/earned/badge/0b7d3e52-4a1f-4c35-8f0e-6a2c91d5e7b3

Credly"""
hh = t2h(plain).replace("https://www.credly.com/earner/earned/badge/0b7d3e52-4a1f-4c35-8f0e-6a2c91d5e7b3",
                        '<a href="https://www.credly.com/earner/earned/badge/0b7d3e52-4a1f-4c35-8f0e-6a2c91d5e7b3">Accept badge</a>')
add("cr2", ("badge", False, None, []), A("Credly", "admin@credly.com"), ME_P,
    "Kenta, you have a new badge from Amazon Web Services Training and Certification", w,
    alt(plain, hh, cte="7bit", hcte="quoted-printable"), pre=gin(w, "credly"))

# 032 -- Case A satisfaction survey
w = "2025-06-13 22:05:12 +0000"
hh = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your case <b>174882528041317</b> with AWS Training and Certification was recently resolved.
How satisfied were you with the help you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/cs?c=174882528041317&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/cs?c=174882528041317&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/cs?c=174882528041317&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/cs?c=174882528041317&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/cs?c=174882528041317&amp;r=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:12px;color:#666">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>The survey takes under two minutes and is entirely optional.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>
"""
add("a_svy", ("survey", False, CASE_A, []), A(TCN, TC), ME_P,
    "Tell us about your support experience [CASE %s]" % CASE_A, w,
    leaf(hh, "html", "UTF-8", "7bit"), pre=gin(w, "amazon"))

# 033 -- owner forwards the result to his manager (user_reply)
w = "2025-06-14 10:16:33 +0900"
txt = """中村さん

お疲れさまです。森島です。
AWS認定アカウントの統合が完了しましたので共有します。
今後の候補IDは AWS11470385 です。APN 側の認定者数から私の分が外れるはずですので、
パートナー管理の画面でご確認いただければと思います。

森島

---------- Forwarded message ---------
送信者: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年6月13日(金) 14:40
Subject: RE:[CASE 174882528041317] [AWS Training and Certification Form Submission] - account-assistance
To: <kenta.morishima.92@gmail.com>


""" + q030
add("a_fwd", ("user_reply", False, CASE_A, [NEW]), A(ME, ME_P), A("中村 浩二", "k.nakamura@aozora-tech.co.jp"),
    "Fwd: RE:[CASE %s] %s" % (CASE_A, TCS), w, alt(txt, boundary=gb()), mid=gsent_id(w))

# 034 -- AWS Educate form case asking to confirm deletion (other program -> unrelated)
w = "2025-06-14 04:48:02 +0000"
txt = """Hello Kenta,

We are following up on your request to close the AWS Educate account you registered while at
university (kenta.morishima.92@gmail.com).

Closing the account permanently removes your AWS Educate learning records and any badges earned
through AWS Educate. This cannot be undone. Please confirm that you would like us to proceed by
replying to this email with "Yes, please close it".

Best regards,
Ana L.
AWS Educate Support"""
add("edu1", ("unrelated", False, None, []), A("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174979008000468] [AWS Educate Form Submission] - account-assistance", w, alt(txt),
    pre=gin(w, "amazon"))

# 035 -- Case C: console case opened (acknowledgement)
w = "2025-06-16 01:31:27 +0000"
txt = """Hello,

Support case 9840271653 has been created for you.

Case ID: 9840271653
Subject: 50% exam discount missing after certification account merge
Service: AWS Training and Certification
Category: Certification benefits
Severity: General guidance
Correspondence: After my certification accounts were merged on June 13 (form case 174882528041317),
the 50% exam discount from my old account no longer appears under Benefits. Kept account:
AWS11470385.

View or add to this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=9840271653&language=en

Thank you for using Amazon Web Services.

Amazon Web Services

This address cannot accept incoming email. Please do not reply; use the Support Center link above
to correspond on this case."""
add("c_ack", ("acknowledgement", False, CASE_C, [NEW]), A("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_C, w, alt(txt + AMZ_FOOT), pre=gin(w, "amazon"))

# 036 -- certification expiry reminder (Japanese, certmetrics)
w = "2025-06-16 09:00:05 +0000"
txt = """森島 健太 様

お持ちの AWS 認定の有効期限が近づいています。

認定: AWS Certified Solutions Architect - Professional
有効期限: 2025年9月4日
候補 ID: AWS11470385

認定を維持するには、有効期限までに最新バージョンの試験に合格してください。
再認定に合格すると、有効期限が3年間延長されます。
詳しくは AWS 認定アカウントの「認定」ページをご覧ください。

AWS 認定
このメールアドレスは送信専用です。"""
add("cm3", ("certification", False, None, [NEW]), A("AWS 認定", "do-not-reply@certmetrics.com"), ME_P,
    S("AWS 認定の有効期限が近づいています"), w, alt(txt), pre=gin(w, "certmetrics"))

# 037 -- Case C info request (console: answer in Support Center)
w = "2025-06-17 04:12:56 +0000"
txt = """Hello Kenta,

My name is Sofia and I am looking into the missing exam discount.

I checked AWS11470385: the exam history from your former account arrived there, but the benefit
record did not come across with it. To restore it I will need the name and date of the exam that
earned the discount, and whether the discount was already used or reserved for an appointment.

Please add these details to the case in the Support Center. Replies to this email are not received.
https://console.aws.amazon.com/support/home#/case/?displayId=9840271653&language=en

Best regards,
Sofia M.
Amazon Web Services

Was this response helpful? Rate it here:
https://console.aws.amazon.com/support/feedback?displayId=9840271653&r=1 (yes)
https://console.aws.amazon.com/support/feedback?displayId=9840271653&r=0 (no)

This address cannot accept incoming email. To respond, use the Support Center link above."""
add("c_info", ("info_request", True, CASE_C, [NEW]), A("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, w,
    alt(txt + AMZ_FOOT), pre=gin(w, "amazon"))

SND["microsoft"] = ("mail-tycjpn01on2090.outbound.protection.outlook.com", "40.107.114.90", "mail.support.microsoft.com",
                    [("microsoft.com", "selector2")], "microsoft.com", "REJECT")
SND["awsapps"] = ("a8-64.smtp-out.amazonses.com", "54.240.8.64", "amazonses.com",
                  [("login.awsapps.com", "pqzv3fl6xhyzzjpxahhymfdguwbxklxm"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                  "login.awsapps.com", "QUARANTINE")
SND["zendesk"] = ("outbyoip12.pod19.use1.zdsys.com", "192.161.148.12", "zendesk.com",
                  [("backlog.com", "zendesk1"), ("zendesk.com", "zendesk1")], "backlog.com", "NONE")

# 038 -- owner answers Case C by e-mail to the no-reply address (wrong channel)
w = "2025-06-17 19:44:10 +0900"
txt = """Hi Sofia,

Thanks for checking. The discount came from passing AWS Certified Security - Specialty on
February 17, 2024. I have not used it, and it is not attached to any appointment (my exam on
June 28 was booked without it).

Regards,
Kenta

On Tue, Jun 17, 2025 at 1:12 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:

> Hello Kenta,
>
> My name is Sofia and I am looking into the missing exam discount.
> [...]
> Please add these details to the case in the Support Center. Replies to this email are not received."""
c_r1_id = gsent_id(w)
add("c_r1", ("user_reply", False, CASE_C, []), A(ME, ME_P), NOREPLY,
    "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, w,
    alt(txt, boundary=gb()), irt="c_info", mid=c_r1_id)

# 039 -- bounce for that reply (unrelated; belongs to case C's thread)
w = "2025-06-17 10:44:16 +0000"
txt = """** Message not delivered **

Your message to no-reply-aws@amazon.com could not be delivered. The receiving server says this
address does not accept incoming mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept messages
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Jun 2025 03:44:11 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept messages
Last-Attempt-Date: Tue, 17 Jun 2025 03:44:15 -0700 (PDT)
""" % c_r1_id
oh = """From: Kenta Morishima <kenta.morishima.92@gmail.com>
Date: Tue, 17 Jun 2025 19:44:10 +0900
Message-ID: %s
Subject: Re: RE:[CASE 9840271653] 50%% exam discount missing after certification account merge
To: no-reply-aws@amazon.com
""" % c_r1_id
add("c_bounce", ("unrelated", False, CASE_C, []), A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", w,
    multi("report", leaf(txt, "plain", "UTF-8", "quoted-printable"),
          raw_part(["Content-Type: message/delivery-status"], ds),
          raw_part(["Content-Type: text/rfc822-headers"], oh), boundary=gb()),
    pre=["Delivered-To: %s" % ME_P], irt="c_r1", refs=False)
# make the report type explicit
n_, raw_, lab_ = MESSAGES[-1]
MESSAGES[-1] = (n_, raw_.replace(b"Content-Type: multipart/report;", b"Content-Type: multipart/report; report-type=delivery-status;", 1), lab_)

# 040 -- Case D acknowledgement (Japanese, Shift_JIS, base64)
w = "2025-06-18 02:14:50 +0000"
txt = """森島 健太 様

AWS トレーニングと認定へのお問い合わせを承りました。
ケース番号: 13386402915

内容を確認のうえ、担当者よりご連絡いたします。通常は1営業日以内にご返信しておりますが、
混雑状況によりお時間をいただく場合がございます。
同じ内容のお問い合わせを複数お送りいただくと、ご案内が遅れる原因となりますのでご注意ください。

お問い合わせ内容(控え):
認定証に印字される氏名のローマ字が誤っています(MORISIMA → MORISHIMA)。
アカウント統合(ケース 174882528041317)のあと、旧アカウントの表記が残ったようです。
修正をお願いいたします。

Amazon Web Services
AWS トレーニングと認定"""
add("d_ack", ("acknowledgement", False, CASE_D, []), A(TCN, TC), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification-support" % CASE_D, w,
    leaf(txt, "plain", "Shift_JIS", "base64"), pre=gin(w, "amazon"))

# 041 -- another vendor: case closed, reply to reopen (unrelated)
w = "2025-06-18 08:30:22 +0000"
txt = """Hello Kenta,

Your Microsoft support case 2506160040003728 (Microsoft 365 license assignment) has been closed,
as the licences now show correctly in the admin center.

If the problem returns, reply to this email within 14 days and the case will be reopened with the
same engineer.

Thank you,
Haruto Ishii
Microsoft 365 Support"""
add("ms1", ("unrelated", False, None, []), A("Microsoft Support", "supportmail@mail.support.microsoft.com"), ME_C,
    "Case 2506160040003728 has been closed", w, alt(txt, cte="quoted-printable"), pre=min_(w, "microsoft"))

# 042 -- Case E acknowledgement
w = "2025-06-19 06:20:41 +0000"
txt = """Hello,

Thank you for writing to AWS Training and Certification. Your request is now case 175031400073540,
and we aim to reply within one business day.

Summary
Inquiry type: Certification
Additional details: Digital badges
Description: Since my accounts were merged, Credly shows only one of my three AWS badges. I think a
second certification account (AWS20958813) was created with my personal address when I signed in
through a different option. My main account is AWS11470385.

Please keep all correspondence about this request on this case.

Amazon Web Services"""
add("e_ack", ("acknowledgement", False, CASE_E, [DUP, NEW]), A(TCN, TC), ME_P,
    "[CASE %s] %s" % (CASE_E, TCS), w, alt(txt), pre=gin(w, "amazon"))

# 043 -- Case C closing notice (console; answer in Support Center)
w = "2025-06-20 04:15:03 +0000"
txt = """Hello,

We have not received a response on case 9840271653 since our last message.

If we do not hear from you within 3 days, the case will be resolved automatically. To keep it open,
add your reply in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=9840271653&language=en

A resolved case can still be reopened from the Support Center for a limited time.

Amazon Web Services

This address cannot accept incoming email."""
add("c_close", ("closing_notice", True, CASE_C, []), A("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, w,
    alt(txt + AMZ_FOOT), pre=gin(w, "amazon"))

# 044 -- Case D info request (Japanese keigo, ISO-2022-JP)
w = "2025-06-20 07:02:39 +0000"
txt = """森島 健太 様

AWS トレーニングと認定 カスタマーサービスの中島でございます。
認定証の氏名表記についてお問い合わせいただき、ありがとうございます。

氏名の修正は、試験当日にご提示いただく本人確認書類と同じ表記で行う必要がございます。
お手数をおかけいたしますが、以下の2点を本メールへのご返信にてお知らせいただけますでしょうか。

・本人確認書類(パスポート等)に記載されているローマ字の氏名(姓・名の順)
・修正をご希望の AWS 候補 ID

ご返信を確認次第、速やかに修正の手続きを進めさせていただきます。
何卒よろしくお願いいたします。

中島 亜衣
AWS トレーニングと認定 カスタマーサービス"""
add("d_info", ("info_request", True, CASE_D, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-support" % CASE_D, w,
    leaf(txt, "plain", "ISO-2022-JP", "7bit"), pre=gin(w, "amazon"), irt="d_ack")

# 045 -- AWS access portal one-time code (unrelated)
w = "2025-06-20 23:58:12 +0000"
txt = """Verification code: 518340

Someone is signing in to the AWS access portal with your user name. Enter this code to continue.
The code is valid for 10 minutes.

If this was not you, contact your administrator."""
add("otp2", ("unrelated", False, None, []), A("AWS", "no-reply@login.awsapps.com"), ME_P,
    "Your AWS verification code", w, alt(txt, cte="7bit"), pre=gin(w, "awsapps"))

# 046 -- Case E confirmation request (each ID written once)
w = "2025-06-21 03:37:26 +0000"
txt = """Hi Kenta,

Thanks for the details. You are right, there are two certification accounts registered to
kenta.morishima.92@gmail.com:

- AWS11470385, created June 1, 2025, which holds the exam history and certifications merged on
  June 13
- AWS20958813, created June 17, 2025 through a partner sign-in, with no exams or certifications

Credly issues badges to the account it is linked to, and at the moment that is the empty one,
which is why two badges are missing. The fix is to merge the second account into the first.

Just let me know that both accounts are yours and that the first one is the one to keep, and I
will take care of the rest.

Olivia
AWS Training and Certification"""
add("e_conf", ("confirmation_request", True, CASE_E, [NEW, DUP]), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_E, TCS), w, leaf(txt, "plain", "UTF-8", "quoted-printable"),
    pre=gin(w, "amazon"), irt="e_ack")

SND["zendesk"] = ("outbyoip12.pod19.use1.zdsys.com", "192.161.148.12", "zendesk.com",
                  [("tesseracloud.io", "zendesk1"), ("zendesk.com", "zendesk2")], "tesseracloud.io", "NONE")
SND["digest"] = ("mail177-12.suw41.mandrillapp.com", "198.2.177.12", "mandrillapp.com",
                 [("clouddigest.io", "mte1"), ("mandrillapp.com", "mandrill")], "clouddigest.io", "NONE")

# 047 -- newsletter with merge/case wording (unrelated)
w = "2025-06-21 13:00:00 +0000"
txt = """THE CLOUD DIGEST - Issue #214

1. Case study: how one retailer merged 40 AWS accounts into a single Organization in a weekend
2. New in the console: cost anomaly alerts per linked account
3. Certification corner: what changed in the SAP-C02 exam guide this quarter
4. Opinion: stop opening duplicate support cases

Read the full issue: https://clouddigest.io/issues/214

You are receiving this because you subscribed at clouddigest.io.
Unsubscribe: https://clouddigest.io/unsubscribe?u=8f21c0"""
add("nws1", ("unrelated", False, None, []), A("The Cloud Digest", "hello@clouddigest.io"), ME_P,
    "Issue #214: merging 40 accounts in a weekend", w, alt(txt, cte="7bit", hcte="quoted-printable"),
    pre=gin(w, "digest"), post=["List-Unsubscribe: <https://clouddigest.io/unsubscribe?u=8f21c0>", "Precedence: bulk"])

# 048 -- Case C resolved (console), rating footer
w = "2025-06-23 02:48:55 +0000"
txt = """Hello Kenta,

Thank you for the details you added in the Support Center.

The 50% exam discount has been restored to AWS11470385. It now appears under Benefits, valid until
February 17, 2026, and can be applied when you schedule your next exam.

I am marking this case as resolved. If you need more help on the same topic, you can reopen it from
the Support Center.

Best regards,
Sofia M.
Amazon Web Services

Was this response helpful? Rate it here:
https://console.aws.amazon.com/support/feedback?displayId=9840271653&r=1 (yes)
https://console.aws.amazon.com/support/feedback?displayId=9840271653&r=0 (no)

This address cannot accept incoming email. To respond, use the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=9840271653&language=en"""
add("c_done", ("resolved", False, CASE_C, [NEW]), A("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_C, w,
    alt(txt + AMZ_FOOT), pre=gin(w, "amazon"))

# 049 -- Case C survey, HTML only
w = "2025-06-23 15:10:40 +0000"
hh = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<h2 style="font-size:18px">How was your support experience?</h2>
<p>You recently worked with AWS Support on case <b>9840271653</b>
(&ldquo;50% exam discount missing after certification account merge&rdquo;).</p>
<p>Answering three short questions helps us improve. It takes about a minute.</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kP?caseId=9840271653" style="background:#0972d3;color:#fff;padding:8px 16px;text-decoration:none;border-radius:16px">Start the survey</a></p>
<p style="font-size:11px;color:#5f6b7a">This address cannot accept incoming email.<br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
add("c_svy", ("survey", False, CASE_C, []), A("Amazon Web Services", NOREPLY), ME_P,
    "Your feedback on AWS Support case %s" % CASE_C, w, leaf(hh, "html", "UTF-8", "base64"),
    pre=gin(w, "amazon2"))

# 050 -- Case D closing notice (Japanese, UTF-8 base64, multipart) with the old request below
w = "2025-06-24 00:15:27 +0000"
txt = """森島 健太 様

AWS トレーニングと認定 カスタマーサービスの中島でございます。

6月20日にお送りしたご案内について、まだご返信を確認できておりません。
6月27日(金)までにご返信がない場合、本ケースはいったんクローズさせていただきます。
クローズ後であっても、本メールにご返信いただければケースを再開いたします。

ご返信をお待ちしております。

中島 亜衣
AWS トレーニングと認定 カスタマーサービス

---- 2025/06/20 送信のメッセージ ----
氏名の修正は、試験当日にご提示いただく本人確認書類と同じ表記で行う必要がございます。
お手数をおかけいたしますが、以下の2点を本メールへのご返信にてお知らせいただけますでしょうか。
・本人確認書類(パスポート等)に記載されているローマ字の氏名(姓・名の順)
・修正をご希望の AWS 候補 ID"""
add("d_close", ("closing_notice", True, CASE_D, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-support" % CASE_D, w,
    alt(txt, cte="base64"), pre=gin(w, "amazon"), irt="d_info")
q050 = txt

# 051 -- owner answers Case D (Japanese, ISO-2022-JP, Thunderbird)
w = "2025-06-24 21:07:45 +0900"
txt = """中島様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
ご依頼の2点をお送りします。

・パスポート記載の氏名: MORISHIMA KENTA
・AWS 候補 ID: AWS11470385

お手数ですが、よろしくお願いいたします。
森島 健太

On 2025/06/24 9:15, AWS Training and Certification wrote:
""" + q(q050)
add("d_r1", ("user_reply", False, CASE_D, [NEW]), A("森島 健太", ME_P, "iso-2022-jp"), A(TCN, TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-support" % CASE_D, w,
    leaf(txt, "plain", "ISO-2022-JP", "7bit", extra="; format=flowed; delsp=yes"), irt="d_close",
    mid="<3f9c1a2e-7b44-4d0e-9a61-%s@gmail.com>" % hx(w, 12),
    post=["User-Agent: Mozilla Thunderbird", "Content-Language: ja"])
q051 = txt

# 052 -- other vendor helpdesk "solved" (unrelated)
w = "2025-06-25 01:20:09 +0000"
txt = """##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen it, reply to this email.

Aya (Tessera Cloud Support)
Jun 25, 2025, 10:19 JST

Hi Kenta, the old API key for your workspace has been revoked and the new one is active. Let us
know if the webhook still fails after you update it.

----
This email is a service from Tessera Cloud Support."""
add("zd1", ("unrelated", False, None, []), A("Tessera Cloud Support", "support@tesseracloud.io"), ME_P,
    "[Tessera Cloud] Re: Webhook signature errors after key rotation", w, alt(txt, cte="quoted-printable"),
    pre=gin(w, "zendesk"), post=["X-Mailer: Zendesk Mailer"])

# 053 -- Case D resolved (Japanese, conditional invitation, quotes the owner's reply)
w = "2025-06-25 05:30:14 +0000"
txt = """森島 健太 様

中島でございます。ご返信いただき、ありがとうございました。

AWS 候補 ID AWS11470385 の氏名表記を「MORISHIMA KENTA」に修正いたしました。
認定証およびデジタルバッジには、24時間以内に新しい表記が反映されます。
本件はこれにて完了とさせていただきます。

ほかにご不明な点がございましたら、本メールへご返信いただけましたら幸いです。

中島 亜衣
AWS トレーニングと認定 カスタマーサービス

2025/06/24 21:07、森島 健太 <kenta.morishima.92@gmail.com> のメッセージ:
""" + q(q051)
add("d_done", ("resolved", False, CASE_D, [NEW]), A(TCN, TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-support" % CASE_D, w,
    alt(txt), pre=gin(w, "amazon"), irt="d_r1")

# 054 -- Case D survey (Japanese, ISO-2022-JP)
w = "2025-06-26 06:00:31 +0000"
txt = """森島 健太 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
今回のサポート対応について、簡単なアンケートにご協力をお願いできれば幸いです(所要時間は約1分です)。

ケース番号: 13386402915
アンケート: https://survey.aws.training/cs?c=13386402915&lang=ja

ご回答は任意です。いただいたご意見は、サービス向上のために活用させていただきます。

AWS トレーニングと認定 カスタマーサービス"""
add("d_svy", ("survey", False, CASE_D, []), A(TCN, TC), ME_P,
    S("[CASE 13386402915] サポートに関するアンケートのお願い", "iso-2022-jp"), w,
    leaf(txt, "plain", "ISO-2022-JP", "7bit"), pre=gin(w, "amazon"))

# 055 -- Credly lookalike phishing
w = "2025-06-26 19:22:07 +0000"
hh = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-badges.net/static/logo.png" alt="Credly" width="120"></p>
<p>Hello,</p>
<p>Because your AWS Certification accounts were recently changed, the badges issued by
<b>Amazon Web Services Training and Certification</b> to your profile are scheduled to be revoked
in <b>48 hours</b>.</p>
<p>To keep them, sign in with your AWS Builder ID and re-claim each badge:</p>
<p><a href="https://credly-badges.net/reclaim?src=aws&amp;t=9c2e71" style="background:#ff6b00;color:#fff;padding:8px 14px;text-decoration:none">Re-claim my badges</a></p>
<p>Credly Support</p>
</body></html>
"""
add("ph3", ("suspicious", False, None, []), A("Credly", "noreply@credly-badges.net"), ME_P,
    "Your AWS badges will be revoked in 48 hours", w, leaf(hh, "html", "UTF-8", "quoted-printable"),
    pre=gin(w, "phish3"))

# 056 -- HR asks for leaving paperwork (unrelated, a request but not support)
w = "2025-06-27 10:00:12 +0900"
txt = """森島さん

人事部の小林です。退職手続きについてご連絡します。

以下を6月30日(月)17時までにご対応ください。
1. 貸与PC・入館証の返却(総務カウンター)
2. 退職届の原本提出
3. 健康保険証の返却

メールアカウントは6月30日の終業後に停止されます。必要なデータは事前に移行をお願いします。

人事部 小林 真理子"""
add("hr1", ("unrelated", False, None, []), A("人事部 小林", "m.kobayashi@aozora-tech.co.jp"), A("森島 健太", ME_C),
    S("【要対応】退職手続きについて"), w, leaf(txt, "plain", "UTF-8", "base64"),
    mid=outlook_id(w).replace("TYWPR01MB8123", "TYAPR01MB5527"), post=["Importance: high", "Content-Language: ja-JP"])

# 057 -- Case E closed for lack of answer (closing_notice)
w = "2025-06-27 08:00:44 +0000"
txt = """Hello Kenta,

As we did not hear back after our message of June 21, case 175031400073540 has now been closed.

If you still want the two certification accounts merged, reply to this email and the case will
reopen automatically. There is no need to fill in a new form.

Regards,
Olivia
AWS Training and Certification"""
add("e_close", ("closing_notice", True, CASE_E, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_E, TCS), w, alt(txt), pre=gin(w, "amazon"), irt="e_conf")
q057 = txt

# 058 -- colleague forwards HIS OWN AWS case and asks for advice (unrelated, not the owner's case)
w = "2025-06-27 17:31:02 +0900"
txt = """森島さん

田中です。急にすみません。
僕も認定アカウントを個人アドレスに移そうとしていて、AWS から下のメールが来ました。
Account #1 を残す、で返信して大丈夫でしょうか? 森島さんのときはどう返しましたか?

田中

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 27, 2025 2:05 PM
To: Tanaka Sho <s.tanaka@aozora-tech.co.jp>
Subject: RE:[CASE 174998765400213] [AWS Training and Certification Form Submission] - account-assistance

Hello Sho,

We located these accounts:

Account #1
Candidate ID: AWS07734120
Login email: sho.tanaka.aws@gmail.com

Account #2
Login email: s.tanaka@aozora-tech.co.jp

Please confirm that both belong to you and that Account #1 is the one to keep.

Thanks,
Mateo R.
AWS Training and Certification Customer Service"""
add("tnk1", ("unrelated", False, None, []), A("田中 翔", "s.tanaka@aozora-tech.co.jp"), A("森島 健太", ME_C),
    S("FW: RE:[CASE 174998765400213] [AWS Training and Certification Form Submission] - account-assistance"), w,
    alt(txt, cte="base64"), mid=outlook_id(w).replace("TYWPR01MB8123", "OSZPR01MB7043"),
    post=outlook_sent("FW: RE:[CASE 174998765400213]")[:2] + ["Content-Language: ja-JP"])

# 059 -- recertification result (certification)
w = "2025-06-29 02:03:19 +0000"
txt = """Congratulations, Kenta!

You have recertified as an AWS Certified Solutions Architect - Professional.

Candidate ID: AWS11470385
Validation number: 7XQ2LBK1FJ4E1WSG
New expiration date: June 28, 2028

Your updated certificate is available in your AWS Certification account. Verify any certification
at https://aws.amazon.com/verification

AWS Certification"""
add("cm4", ("certification", False, None, [NEW]), A("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "You have recertified your AWS Certification", w, alt(txt, cte="7bit"), pre=gin(w, "certmetrics"))

# 060 -- Credly renewed badge
w = "2025-06-29 02:24:51 +0000"
txt = """Hi Kenta,

Your badge has been renewed.

AWS Certified Solutions Architect - Professional
Issued by Amazon Web Services Training and Certification
Expires: June 28, 2028

Share it: https://www.credly.com/badges/c41e9a07-55b2-4f0e-a8d3-91e7b2f06c18/public_url

Credly"""
add("cr3", ("badge", False, None, []), A("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Solutions Architect - Professional badge has been renewed", w,
    alt(txt, cte="quoted-printable"), pre=gin(w, "credly"))

# 061 -- owner answers Case E after it was closed (reopens it)
w = "2025-06-30 09:12:40 +0900"
txt = """Hi Olivia,

Sorry, I missed your earlier message while I was busy with my exam. Yes, both accounts are mine.
Please keep AWS11470385 and merge the other one into it.

Thanks,
Kenta

On Fri, Jun 27, 2025 at 5:00 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(q057)
add("e_r1", ("user_reply", False, CASE_E, [NEW]), A(ME, ME_P), A(TCN, TC),
    "RE:[CASE %s] %s" % (CASE_E, TCS), w, alt(txt, boundary=gb()), irt="e_close", mid=gsent_id(w))
q061 = txt

# 062 -- AWS billing console case asking a question (not T&C -> unrelated, no reply flag)
w = "2025-06-30 05:02:33 +0000"
txt = """Hello,

Thank you for contacting AWS Support about the charge for public IPv4 addresses on your June bill.

To find the resource behind it, could you tell us which Region the EC2 instance ran in, and whether
an Elastic IP was attached after you stopped it? Please add the details to the case in the Support
Center:
https://console.aws.amazon.com/support/home#/case/?displayId=9852207718&language=en

Best regards,
Nadia F.
Amazon Web Services - Billing and Accounts

This address cannot accept incoming email. To respond, use the Support Center link above.
[AWS ID 402118375566]"""
add("bill2", ("unrelated", False, None, []), A("Amazon Web Services", NOREPLY), ME_P,
    "RE:[CASE 9852207718] Unexpected charge for public IPv4 addresses", w, alt(txt + AMZ_FOOT),
    pre=gin(w, "amazon"))

# 063 -- Case E reopened and handed to the merge team (case_update)
w = "2025-07-01 01:30:18 +0000"
txt = """Hello Kenta,

Thank you, that is all I needed. I have reopened your case and handed the merge to the team that
carries it out. They usually finish within two business days, and you will hear from us when it is
done.

Regards,
Olivia
AWS Training and Certification"""
add("e_upd", ("case_update", False, CASE_E, []), A(TCN, TC), ME_P,
    "RE:[CASE %s] %s" % (CASE_E, TCS), w, leaf(txt, "plain", "UTF-8", "7bit", quote_cs=False),
    pre=gin(w, "amazon"), irt="e_r1", crlf=False)

# 064 -- undeliverable: the old company mailbox is gone (unrelated)
w = "2025-07-01 03:05:50 +0000"
hh = """<html><body style="font-family:Segoe UI,sans-serif;font-size:14px">
<p><b>Your message to k.morishima@aozora-tech.co.jp couldn't be delivered.</b></p>
<p>k.morishima wasn't found at aozora-tech.co.jp.</p>
<table cellpadding="4"><tr><td>kenta.morishima.92</td><td>Office 365</td><td>k.morishima</td></tr>
<tr><td>Sender</td><td></td><td><span style="color:#c00">Action Required</span> Recipient</td></tr></table>
<p>Unknown To address. The address may be misspelled or may not exist.</p>
<p style="font-size:12px;color:#666">Diagnostic information for administrators:<br>
Generating server: TYWPR01MB8123.jpnprd01.prod.outlook.com<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
"""
add("ndr2", ("unrelated", False, None, []), A("Microsoft Outlook", "postmaster@aozora-tech.co.jp"), ME_P,
    "Undeliverable: Fwd: certificates backup", w, leaf(hh, "html", "UTF-8", "quoted-printable"),
    pre=gin(w, "microsoft"), post=["Auto-Submitted: auto-replied"])

# 065 -- June invoice (unrelated)
w = "2025-07-02 07:10:05 +0000"
txt = """Greetings from Amazon Web Services,

Your invoice for the billing period June 1 - June 30, 2025 is now available.

Account ID: 402118375566
Invoice ID: 2157093318
Amount due: USD 7.52

The amount will be charged to your default payment method. View the invoice in the Billing and Cost
Management console: https://console.aws.amazon.com/billing/home#/bills

This message was sent from an e-mail address that does not accept incoming messages."""
add("bill3", ("unrelated", False, None, []), A("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services Invoice Available [Account: 402118375566] [Invoice ID: 2157093318]", w,
    alt(txt + AMZ_FOOT), pre=gin(w, "amazon"))

# 066 -- Case E resolved, "no further action", quotes history
w = "2025-07-03 04:00:27 +0000"
txt = """Hello Kenta,

The two certification accounts registered to your address are now one: everything lives on
AWS11470385, and your Credly profile is linked to it. Your missing badges should appear within
24 hours.

No further action is required on your part, and the case is now closed.

Best regards,
Rahul P.
AWS Training and Certification Customer Service

On Mon, Jun 30, 2025 at 00:12 UTC, Kenta Morishima <kenta.morishima.92@gmail.com> wrote:
""" + q(q061)
add("e_done", ("resolved", False, CASE_E, [NEW]), A(TCN, TC), ME_P,
    "RE: [CASE %s] %s" % (CASE_E, TCS), w, alt(txt), pre=gin(w, "amazon"), irt="e_r1")

# 067 -- Credly: badges back
w = "2025-07-03 04:26:13 +0000"
txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you 2 badges:

- AWS Certified Solutions Architect - Professional
- AWS Certified Developer - Associate

Accept them from your Credly dashboard: https://www.credly.com/earner/earned

Credly"""
add("cr4", ("badge", False, None, []), A("Credly", "admin@credly.com"), ME_P,
    "You have 2 new badges from Amazon Web Services Training and Certification", w,
    alt(txt, cte="7bit", hcte="quoted-printable"), pre=gin(w, "credly"))


if __name__ == "__main__":
    write_all()
