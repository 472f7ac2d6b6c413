#!/usr/bin/env python3
"""Blind corpus generator: numbers-and-identifiers stress set.

Writes NNN-msg.eml + NNN-msg.json next to this script. Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "sano.haruka.mail@gmail.com"
ME_W = "haruka.sano@kaigan-soft.co.jp"
ME_NAME = "Haruka Sano"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# case numbers used in this set
C1 = "13981574620"        # 2023, 11 digits: certificate name correction
C2 = "174210938204711"    # 2025, 15 digits: account merge (main thread)
C3 = "174219655100382"    # duplicate form submission of C2
C4 = "174417220500638"    # Support Center (console) case: missing 50% benefit
C5 = "174682039105127"    # Japanese-language case: Credly badges
OLD = "8471029364"        # 2021 case only mentioned in text

CID_W = "AWS02817465"     # company certification account
CID_P = "AWS05530198"     # personal certification account (kept)
CID_X = "AWS09114352"     # third profile found during the merge
CID_T = "AWS07736120"     # colleague Tamura

MSGS = []


def D(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def A(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def _hex(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid(style, seed):
    x = _hex(seed, 40)
    if style == "ses":
        return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:9], x[9:17], x[17:21], x[21:25], x[25:37])
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
        b = b.replace("/", "_").replace("+", "-").rstrip("=")
        return "<CAK%s@mail.gmail.com>" % b[:40]
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            x[:4].upper(), x[4:20].upper(), x[20:25].upper())
    if style == "sf":
        return "<%s.%s@sfdc.net>" % (x[:20], x[20:32])
    return "<%s.%s@%s>" % (x[:16], x[16:28], style)


def auth_g(dom, sel="224i4yxa5dv7c2xz3womw6peuasteono", ok=True, mailfrom=None):
    mf = mailfrom or ("amazonses.com" if dom == "amazon.com" else dom)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm9g%s;\n"
                "       spf=pass (google.com: domain of bounce@%s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dom, sel, _hex(dom + sel, 4), mf, len(dom) + 11, mf, dom))
    return ("mx.google.com;\n       dkim=none;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.219.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (mf, len(dom) * 3, len(sel) + 90, mf, dom))


def auth_m(dom, mailfrom=None):
    mf = mailfrom or ("amazonses.com" if dom == "amazon.com" else dom)
    return ("spf=pass (sender IP is 54.240.8.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
            % (len(dom) + 30, mf, dom, dom))


# ---- body nodes -----------------------------------------------------------
def T(text, cs="utf-8", cte="quoted-printable", sub="plain", flowed=False):
    return ("leaf", "text/" + sub, text, cs, cte, flowed)


def H(html, cs="utf-8", cte="quoted-printable"):
    return ("leaf", "text/html", html, cs, cte, False)


def MP(sub, *parts):
    return ("multi", sub, parts)


def ALT(text, html, cs="utf-8", cte="quoted-printable"):
    return MP("alternative", T(text, cs, cte), H(html, cs, cte))


def _render(node, seed):
    """Return (header lines, body str) with '\n' line endings."""
    if node[0] == "leaf":
        _, ctype, text, cs, cte, flowed = node
        raw = text.replace("\r\n", "\n").encode(cs or "ascii")
        if cte == "base64":
            body = base64.encodebytes(raw).decode("ascii")
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw).decode("ascii")
        elif cte == "7bit":
            body = raw.decode("ascii")
        else:  # 8bit utf-8
            body = text
        if not body.endswith("\n"):
            body += "\n"
        if cs is None:
            return ["Content-Type: " + ctype], body
        ct = '%s; charset="%s"' % (ctype, cs.upper() if cs != "utf-8" else "UTF-8")
        if flowed:
            ct += "; format=flowed"
        return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body
    _, sub, parts = node
    bnd = "----=_Part_%s" % _hex(seed + sub, 18)
    out = []
    for i, p in enumerate(parts):
        ph, pb = _render(p, seed + str(i))
        out.append("--" + bnd + "\n" + "\n".join(ph) + "\n\n" + pb)
    body = "".join(out) + "--" + bnd + "--\n"
    return ['Content-Type: multipart/%s;\n boundary="%s"' % (sub, bnd)], body


def add(kind, reply, case, cids, date, frm, to, subject, body, cc=None,
        irt=None, refs=None, auth=None, style="ses", crlf=True, extra=None,
        scs="utf-8", preamble_headers=None, to_p=False):
    n = len(MSGS) + 1
    seed = "blind391-%03d" % n
    msgid = mid(style, seed)
    hs = []
    if to_p:
        hs.append("Delivered-To: " + ME_P)
    if preamble_headers:
        hs += preamble_headers
    if auth:
        hs.append("Authentication-Results: " + auth)
    hs.append("Date: " + D(date))
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc:
        hs.append("Cc: " + cc)
    hs.append("Subject: " + h(subject, scs))
    hs.append("Message-ID: " + msgid)
    if irt is not None:
        hs.append("In-Reply-To: " + MSGS[irt - 1]["mid"])
        chain = refs if refs is not None else [irt]
        hs.append("References: " + "\n ".join(MSGS[r - 1]["mid"] for r in chain))
    if extra:
        hs += extra
    hs.append("MIME-Version: 1.0")
    bh, bb = _render(body, seed)
    text = "\n".join(hs + bh) + "\n\n" + bb
    if crlf:
        text = text.replace("\n", "\r\n")
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cids)}
    MSGS.append({"mid": msgid, "data": text.encode("utf-8"), "label": label})
    return n


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def owner_sig_en():
    return "Best regards,\nHaruka Sano"


def owner_sig_w():
    return ("--\nHaruka Sano | Cloud Integration Group\nKaigan Soft Co., Ltd.\n"
            "Tel: 045-210-7731 (ext. 318)  Mobile: 080-4471-2095\n")


def RAW(ctype, text):
    return ("leaf", ctype, text, None, "7bit", False)


def gm_attr(date_en, who):
    return "On %s %s wrote:" % (date_en, who)


# =========================================================================
# 2023: first certification and a name-correction case (C1, 11 digits)
# =========================================================================
FROM_CERTM = A("AWS Certification", CERTM)
W_NAME = A("Sano Haruka", ME_W)
P_NAME = A(ME_NAME, ME_P)
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

t001 = """Hello Haruka,

Well done! Your result for AWS Certified Solutions Architect - Associate
has been scored and your certification is now active.

  Candidate ID ........ AWS02817465
  Exam ................ SAA-C03
  Exam date ........... 2023-11-04
  Registration number . 381904275
  Validation number ... 7QXJ2LK1N2E1Q9S5
  Valid through ....... 2026-11-04

Credly will e-mail you about your digital badge within a few business
days. Your certificate, transcript and benefits (including a 50% discount
on one future exam) are waiting in your AWS Certification account.

AWS Training and Certification
Please do not reply; this mailbox is not monitored.
"""
h001 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p><b>Well done!</b> Your result for <b>AWS Certified Solutions Architect - Associate</b> has been scored and your certification is now active.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>AWS02817465</td></tr>
<tr><td>Exam</td><td>SAA-C03</td></tr>
<tr><td>Exam date</td><td>2023-11-04</td></tr>
<tr><td>Registration number</td><td>381904275</td></tr>
<tr><td>Validation number</td><td>7QXJ2LK1N2E1Q9S5</td></tr>
<tr><td>Valid through</td><td>2026-11-04</td></tr>
</table>
<p>Credly will e-mail you about your digital badge within a few business days. Your certificate, transcript and benefits (including a 50% discount on one future exam) are waiting in your <a href="https://www.aws.training/Certification">AWS Certification account</a>.</p>
<p style="color:#777">AWS Training and Certification<br>Please do not reply; this mailbox is not monitored.</p>
</body></html>"""
add("certification", False, None, [CID_W], "2023-11-06 03:12:40 +0000", FROM_CERTM, W_NAME,
    "Congratulations - you are now AWS Certified!", ALT(t001, h001),
    auth=auth_m("certmetrics.com"), style="certmetrics.com")

t002 = """佐野 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 503-8127746-3301829
ご注文日: 2023年11月8日
お届け予定: 2023年11月10日(金)

  USB-C ハブ 7in1 (HDMI 4K / PD 100W)    数量 1   ￥3,480
  配送料                                             ￥0
  ご請求額                                         ￥3,480

お支払い方法: クレジットカード(末尾 4417)

注文内容の確認・変更は「注文履歴」から行えます。
ご不明な点は、カスタマーサービス(0120-999-373)までお問い合わせください。

Amazon.co.jp
このメールは配信専用です。
"""
add("unrelated", False, None, [], "2023-11-08 11:05:19 +0000",
    A("Amazon.co.jp", "auto-confirm@amazon.co.jp"), P_NAME,
    "Amazon.co.jp ご注文の確認 「USB-C ハブ 7in1 (HDMI 4K / PD 100W)」",
    T(t002, cte="base64"), auth=auth_g("amazon.co.jp", "rjt5xr6ypcsn6enhmdfq3jkmhq5wpgk4"),
    style="amazon.co.jp", to_p=True)

t003 = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your
request has been logged as case 13981574620, and someone from our team
will usually answer within one business day. A few requests need more
research, so it can occasionally take a little longer.

Please don't submit the form again for this same issue: just reply to
this e-mail and your message is added to the case above.

What you sent us:
--------------------------------------------------
Inquiry type: Certification
Additional detail: Name Change
Candidate ID: AWS02817465
Description: My name on the certificate and in the certification
profile reads "Haruka Sanou". The correct spelling is "Haruka Sano".
Please correct it.
Contact e-mail: haruka.sano@kaigan-soft.co.jp
--------------------------------------------------

Sincerely,
AWS Training and Certification Customer Service
"""
m003 = add("acknowledgement", False, C1, [CID_W], "2023-11-09 01:12:07 +0000", TC_FROM, ME_W,
           "RE:[CASE %s] %s" % (C1, TC_SUBJ), T(t003, cte="7bit"), auth=auth_m("amazon.com"))

t004 = """Hi Haruka,

I've opened the certification profile for candidate AWS02817465 and I can
see the spelling you describe.

Before a legal name is changed it has to match your identification.
Please write back with your first and last name exactly as they are
printed on the government-issued ID you show at the test center (your
passport, for example). If the order or the romanization differs from
what you typed in the form, the ID wins.

As soon as I have that, I'll update the profile and re-issue your
certificate.

Thanks,
Priya R.
AWS Training and Certification
"""
m004 = add("info_request", True, C1, [CID_W], "2023-11-10 00:41:55 +0000", TC_FROM, ME_W,
           "RE:[CASE %s] %s" % (C1, TC_SUBJ), T(t004), irt=m003, auth=auth_m("amazon.com"))

t005 = """Hi Priya,

Thank you. My passport reads SANO HARUKA (surname SANO, given name
HARUKA), so the profile should say first name Haruka, last name Sano.

Best regards,
Haruka Sano
""" + owner_sig_w() + """
-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, November 10, 2023 9:41 AM
To: Sano Haruka <%s>
Subject: RE:[CASE %s] %s

""" % (TC, ME_W, C1, TC_SUBJ) + t004
m005 = add("user_reply", False, C1, [], "2023-11-10 10:26:03 +0900", W_NAME, TC_FROM,
           "RE: RE:[CASE %s] %s" % (C1, TC_SUBJ), T(t005), irt=m004, refs=[m003, m004],
           style="outlook",
           extra=["Thread-Topic: [CASE %s] %s" % (C1, TC_SUBJ), "Content-Language: en-US"])

t006 = """Hi Haruka,

Thanks for sending that. Your certification profile now shows Haruka Sano,
and a refreshed certificate with the corrected name can be downloaded from
the Certifications page of your account. Your transcript and Credly badge
pick up the new spelling within 48 hours.

I'm marking this request as resolved. If anything still looks wrong, just
reply here and the case comes straight back to me.

Kind regards,
Priya R.
AWS Training and Certification
"""
m006 = add("resolved", False, C1, [], "2023-11-13 05:03:31 +0000", TC_FROM, ME_W,
           "RE:[CASE %s] %s" % (C1, TC_SUBJ), T(t006, flowed=False), irt=m005,
           refs=[m003, m004, m005], auth=auth_m("amazon.com"))

t007 = """You recently contacted AWS Training and Certification (case %s).

Would you take two minutes to tell us how we did? Your answers go
straight to the team that handled your request.

How satisfied are you with the support you received?
  Very satisfied:     https://pulse.aws/survey/TCQ3V8?caseId=%s&score=5
  Satisfied:          https://pulse.aws/survey/TCQ3V8?caseId=%s&score=4
  Neutral:            https://pulse.aws/survey/TCQ3V8?caseId=%s&score=3
  Dissatisfied:       https://pulse.aws/survey/TCQ3V8?caseId=%s&score=2
  Very dissatisfied:  https://pulse.aws/survey/TCQ3V8?caseId=%s&score=1

The survey closes on 28 November 2023.
""" % ((C1,) * 6)
add("survey", False, C1, [], "2023-11-14 18:20:44 +0000",
    A("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_W,
    "How did we do? Case %s" % C1, T(t007, cte="7bit"), auth=auth_m("amazon.com"))

# =========================================================================
# March 2025: leaving the company; merge case C2, duplicate C3
# =========================================================================
t008 = """Hello Haruka,

One of your AWS Certifications is approaching its expiration date.

  Certification:      AWS Certified Developer - Associate
  Candidate ID:       AWS02817465
  Validation number:  L2QF9T7K3JE4Q1WM
  Expires:            May 20, 2025 (78 days from today)

To keep it active, pass the current version of the exam (DVA-C02) or a
qualifying higher-level exam before it expires. Holders of an active
certification can use the 50% exam discount listed under Benefits in the
AWS Certification account.

Your certification history stays in your account after expiry, but the
credential and its Credly badge are shown as expired.

AWS Certification
"""
add("certification", False, None, [CID_W], "2025-03-03 16:00:12 +0000", FROM_CERTM, W_NAME,
    "Your AWS Certified Developer - Associate certification expires soon",
    T(t008), auth=auth_m("certmetrics.com"), style="certmetrics.com")

t009 = """佐野さん

お疲れさまです、田村です。
3/28(金)に佐野さんの送別会を開くことになりました。

日時:3月28日(金) 19:00〜
場所:ビストロ波止場 関内店(TEL 045-663-2187)
会費:5,000円(当日集金)
予約番号:HT-0328-2219

それと情シスからの伝言です。PC 返却の申請チケット INC0048213 が
起票済みなので、最終出社日までに返却をお願いします、とのことでした。

田村
"""
add("unrelated", False, None, [], "2025-03-05 10:41:27 +0900",
    A("田村 直樹", "naoki.tamura@kaigan-soft.co.jp", "iso-2022-jp"), W_NAME,
    "送別会のご案内(3/28)", T(t009, cs="iso-2022-jp", cte="7bit"), scs="iso-2022-jp",
    style="outlook", auth=auth_m("kaigan-soft.co.jp"))

t010 = """Verify your AWS Builder ID email address

Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 482051

This code expires 10 minutes after it was sent. If you did not ask for
it, you can ignore this message; nobody can use your e-mail address
without the code.

Amazon Web Services
"""
add("unrelated", False, None, [], "2025-03-14 12:03:09 +0000",
    A("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    T(t010, cte="7bit"), auth=auth_g("signin.aws", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"), to_p=True)

t011 = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お客様のお問い合わせをケースとして登録いたしました。
ケース ID: %s

担当者より原則として 1 営業日以内にご連絡いたします。内容によっては
調査にお時間をいただく場合がございますので、あらかじめご了承ください。

同じ内容でフォームを再度送信されますと別のケースが作成され、対応が
遅れる原因となります。追加の情報がございましたら、このメールへの
返信でお知らせください。

ご送信いただいた内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
Use case: I am leaving Kaigan Soft at the end of March and would like my
company certification account merged into my personal one.
Email addresses used: haruka.sano@kaigan-soft.co.jp, sano.haruka.mail@gmail.com
Email address to keep: sano.haruka.mail@gmail.com
Candidate IDs: AWS02817465 (company account), AWS05530198 (personal account)
Note: my Amazon.com sign-in was already separated from the company
account in 2021 (case %s), so please do not use that old login.

AWS トレーニングと認定 カスタマーサービス
""" % (C2, OLD)
m011 = add("acknowledgement", False, C2, [CID_W, CID_P], "2025-03-16 07:16:49 +0000", TC_FROM,
           ME_P, "RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t011, cs="iso-2022-jp", cte="7bit"),
           auth=auth_g("amazon.com"), to_p=True, crlf=False)

h012 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Receipt</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><h2 style="color:#232f3e">Thanks for subscribing to AWS Skill Builder</h2>
<p>Hi Haruka, here is your receipt.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd;border-collapse:collapse">
<tr><td>Order number</td><td align="right"><b>AWS202503160045</b></td></tr>
<tr><td>Plan</td><td align="right">Individual subscription (monthly)</td></tr>
<tr><td>Billing period</td><td align="right">2025-03-16 &ndash; 2025-04-15</td></tr>
<tr><td>Amount (incl. tax)</td><td align="right">&yen;4,350</td></tr>
<tr><td>Payment method</td><td align="right">Visa ending in 4417</td></tr>
</table>
<p style="font-size:12px;color:#666">Your subscription renews automatically each month. You can cancel at any time from Account &gt; Subscription.
Questions about this charge? Visit <a href="https://skillbuilder.aws/support">skillbuilder.aws/support</a>.</p>
</td></tr></table></body></html>"""
add("unrelated", False, None, [], "2025-03-16 09:02:51 +0000",
    A("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
    H(h012), auth=auth_g("aws.training", "r4kq3x2bf5m7"), to_p=True)

t013 = """Hello Haruka Sano,

This is an automatic confirmation that your message reached AWS Training
and Certification Customer Service.

  Case ID:    %s
  Submitted:  17 March 2025, 07:29 UTC
  Topic:      Certification / Account Merge

Most requests get a first answer within 24 hours. If you already have a
case open about this same request, there's no need to open another one:
duplicate cases are answered more slowly.

Your description:
I'm leaving my employer on 31 March. Please merge the certification
account for haruka.sano@kaigan-soft.co.jp (AWS02817465) into my personal
account sano.haruka.mail@gmail.com.

Thank you,
AWS Training and Certification
""" % C3
m013 = add("acknowledgement", False, C3, [CID_W], "2025-03-17 07:29:20 +0000", TC_FROM, ME_W,
           "We've received your request - AWS Training and Certification", T(t013),
           auth=auth_m("amazon.com"))

t014 = """(自分用メモ)
会社の PC からフォームをもう一度送ってしまった。こっちのケース %s は重複。
本命は日曜に個人アドレスで出した %s なので、そちらで進める。

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, March 17, 2025 4:29 PM
To: Sano Haruka <%s>
Subject: We've received your request - AWS Training and Certification

""" % (C3, C2, TC, ME_W) + t013
add("user_reply", False, C3, [], "2025-03-17 16:45:02 +0900", W_NAME, P_NAME,
    "FW: We've received your request - AWS Training and Certification", T(t014, cte="base64"),
    style="outlook", auth=auth_g("kaigan-soft.co.jp", "selector1"), to_p=True,
    extra=["Content-Language: ja-JP"])

t015 = """Hello,

Thank you for your message. While reviewing this case I found that the same
merge request is already open under case %s, submitted from
sano.haruka.mail@gmail.com on 16 March.

To avoid two teams working on one request, I've closed case %s as a
duplicate. Nothing is lost: your request carries on in %s, and
all further correspondence will come from that case. You don't need to do
anything about this one.

Regards,
Tomasz K.
AWS Training and Certification Customer Service
""" % (C2, C3, C2)
add("case_update", False, C3, [], "2025-03-17 11:02:36 +0000", TC_FROM, ME_W,
    "RE:[CASE %s] %s" % (C3, TC_SUBJ), T(t015), irt=m013, auth=auth_m("amazon.com"))

t016 = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kaigan-soft/infra-modules/pull/482#event-16833024719
You are receiving this because you were mentioned.

Message ID: <kaigan-soft/infra-modules/pull/482/issue_event/16833024719@github.com>
"""
add("unrelated", False, None, [], "2025-03-17 08:15:44 +0000",
    A("Kenji Mori", "notifications@github.com"), A("kaigan-soft/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [kaigan-soft/infra-modules] Pin provider versions for prod VPC (PR #482)", T(t016, cte="7bit"),
    cc=A("Sano Haruka", ME_W) + ", Mention <mention@noreply.github.com>", style="github.com",
    auth=auth_m("github.com"),
    extra=["In-Reply-To: <kaigan-soft/infra-modules/pull/482@github.com>",
           "References: <kaigan-soft/infra-modules/pull/482@github.com>",
           "List-ID: kaigan-soft/infra-modules <infra-modules.kaigan-soft.github.com>",
           "X-GitHub-Reason: mention"])

t017 = """Hello Haruka,

Thank you for your patience while I looked into your merge request.

The certification account registered to haruka.sano@kaigan-soft.co.jp
(candidate ID AWS02817465) is shared with the AWS Partner Network profile
of Kaigan Soft Co., Ltd. Certifications held in a partner-linked account
count toward that partner's program requirements, so we can't move them
into a personal account without first notifying the partner's alliance
lead. I sent that notification today, and your case will stay on hold
until the partner responds or their review window (normally five business
days) has passed.

This doesn't affect the certifications themselves: they remain valid, and
your personal account AWS05530198 has not been touched.

One thing that would help on our side: what is your last working day at
Kaigan Soft? And if the company mailbox closes on that date, let us know,
so we don't send anything important there afterwards.

Kind regards,
Daniel O.
AWS Training and Certification
"""
m017 = add("on_hold", True, C2, [CID_W, CID_P], "2025-03-18 02:40:13 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t017), cc=ME_W, irt=m011,
           auth=auth_g("amazon.com"), to_p=True)

t018 = """AWS Summit Japan 2025 ご登録ありがとうございます
Thank you for registering for AWS Summit Japan 2025.

登録 ID / Registration ID: SJ25-0091834
参加者番号 / Attendee number: 40218
会期 / Dates: 2025年6月25日(水)・26日(木)
会場 / Venue: 幕張メッセ

当日は、マイページに表示される QR コードを受付でご提示ください。
セッションの事前予約は 6月2日 から受け付けます。

AWS Summit Japan 運営事務局
TEL: 0570-02-1125(平日 10:00-18:00)
このメールは送信専用アドレスから配信しています。
"""
add("unrelated", False, None, [], "2025-03-18 06:30:00 +0000",
    A("AWS Summit Japan", "aws-apac-events@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】ご登録完了のお知らせ / Registration confirmed",
    T(t018, cte="base64"), auth=auth_g("amazon.com"), to_p=True)

t019 = """Hello Daniel,

Thanks for the update. My last working day at Kaigan Soft is 31 March
2025, and this mailbox (haruka.sano@kaigan-soft.co.jp) closes on that day,
so please use my personal address from now on.

For the record, case #174210938204711 is the only one I need. I opened a
second one by mistake on Monday and it has already been closed.

The account I want to keep is AWS05530198.

Best regards,
Haruka Sano
""" + owner_sig_w() + """
From: AWS Training and Certification <%s>
Sent: Tuesday, March 18, 2025 11:40 AM
To: %s
Cc: Sano Haruka <%s>
Subject: RE:[CASE %s] %s

""" % (TC, ME_P, ME_W, C2, TC_SUBJ) + t017
m019 = add("user_reply", False, C2, [CID_P], "2025-03-18 13:05:48 +0900", W_NAME, TC_FROM,
           "RE: RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t019), irt=m017, refs=[m011, m017],
           style="outlook", extra=["Thread-Topic: [CASE %s] %s" % (C2, TC_SUBJ)])

t020 = """Hi Haruka,

Thanks, I've noted 31 March as your final day.

Because this reply came from haruka.sano@kaigan-soft.co.jp, I can't
accept it as authorization for the personal account: instructions that
change an account must come from the address on that account. Please send
the same confirmation from sano.haruka.mail@gmail.com (replying to this
thread from that mailbox is fine).

The partner review is still running in the background; I'll update you
as soon as it clears.

Daniel O.
AWS Training and Certification
"""
m020 = add("info_request", True, C2, [], "2025-03-19 01:20:27 +0000", TC_FROM, ME_W,
           "RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t020), cc=ME_P, irt=m019,
           refs=[m011, m017, m019], auth=auth_m("amazon.com"))

t021 = """Dear Haruka Sano,

Thank you for scheduling your exam with Pearson VUE. Please keep this
e-mail for your records.

Exam:             SAP-C02: AWS Certified Solutions Architect - Professional
Date and time:    Thursday, May 8, 2025, 10:00 AM JST
Test center:      Pearson VUE Test Center Yokohama Kannai
                  Tel. +81 45-226-5810
Registration ID:  519284736
Candidate ID:     AWS05530198
Order number:     0061-4429-1876
Amount paid:      JPY 45,000 (incl. tax)

Please arrive 15 minutes early and bring two forms of identification. To
reschedule or cancel, sign in to your account at least 24 hours before
the appointment.

Pearson VUE
"""
add("unrelated", False, None, [CID_P], "2025-03-19 05:10:37 +0000",
    A("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Appointment Confirmation - SAP-C02: AWS Certified Solutions Architect - Professional",
    T(t021), auth=auth_g("pearson.com", "s2048"), style="pearson.com", to_p=True)

t022 = """Hello Daniel,

Sending this from my personal address, as you asked.

I confirm that I am leaving Kaigan Soft Co., Ltd. on 31 March 2025, and I
authorize merging my company certification account into my personal one:
- keep:   AWS05530198 (sano.haruka.mail@gmail.com)
- retire: AWS02817465 (haruka.sano@kaigan-soft.co.jp)

Thank you,
Haruka

%s
%s
""" % (gm_attr("Wed, Mar 19, 2025 at 10:20 AM", "AWS Training and Certification <%s>" % TC), q(t020))
m022 = add("user_reply", False, C2, [CID_P, CID_W], "2025-03-19 21:14:06 +0900", P_NAME, TC_FROM,
           "Re: RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t022, flowed=True), irt=m020,
           refs=[m011, m017, m019, m020], style="gmail")

t023 = """佐野さん

田村です。ちょっと相談させてください。
佐野さんのアカウントがパートナーから外れると、うちの認定者数が1人減りますよね。
実は自分も去年 SAA を取ったのですが、パートナーポータルの一覧に出てこないんです。
候補IDは AWS07736120 です。
退職される前に、紐付けの確認方法だけ教えてもらえませんか。
(ポータルの画面には 0010h00001XyZ9aAAB みたいなパートナー ID が出ています)

内線 4420 にかけてもらっても大丈夫です。
田村
"""
add("unrelated", False, None, [CID_T], "2025-03-20 15:22:10 +0900",
    A("田村 直樹", "naoki.tamura@kaigan-soft.co.jp", "iso-2022-jp"), W_NAME,
    "認定アカウントの紐付けについて教えてください", T(t023, cs="iso-2022-jp", cte="7bit"),
    scs="iso-2022-jp", style="outlook", auth=auth_m("kaigan-soft.co.jp"))

h024 = """<html><body style="font-family:Verdana,sans-serif">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px">aws</span>
<span style="color:#fff"> Training &amp; Certification</span></div>
<p>Dear Candidate,</p>
<p>Our records show an <b>incomplete account merge request</b> (Ref. TC-2025-0318-4471).
To prevent cancellation and the permanent loss of your certification history, you must verify your identity within <b>24 hours</b>.</p>
<p>Candidate ID: AWS0553****<br>Request date: 18/03/2025</p>
<p><a href="http://aws-trainingcert-support.com/verify?ref=TC-2025-0318-4471&amp;u=c2Fub">VERIFY MY ACCOUNT</a></p>
<p>You will be asked to sign in with your AWS Builder ID and the payment card used for your last exam.</p>
<p>Customer Care: +1 (888) 410-2271</p>
<p style="font-size:10px">&copy; 2025 Amazon Web Services, Inc. All rights reserved.</p>
</body></html>"""
add("suspicious", False, None, [], "2025-03-21 03:48:19 +0000",
    A("AWS Training & Certification", "case-update@aws-trainingcert-support.com"), ME_P,
    "Action required: merge request TC-2025-0318-4471 will be cancelled", H(h024, cte="base64"),
    auth=auth_g("aws-trainingcert-support.com", "default"), style="aws-trainingcert-support.com",
    to_p=True)

t025 = """Ref: %s

Hi Haruka,

Good news: Kaigan Soft's partner team has acknowledged the change, so the
hold on your request has been lifted. Your written confirmation from the
personal address is on file as well.

I've handed the merge itself to our Certification Operations team, who
carry out account consolidations. One of them will write to you in this
thread, usually within two business days, to go over the accounts before
anything is changed.

Best,
Daniel O.
AWS Training and Certification
""" % C2
m025 = add("case_update", False, C2, [], "2025-03-21 06:30:58 +0000", TC_FROM, ME_P,
           "Update on your account merge request", T(t025), irt=m022,
           refs=[m011, m017, m019, m020, m022], auth=auth_g("amazon.com"), to_p=True)

t026 = """Amazon Web Services Billing Statement Available

Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on
the AWS web site.

  Account ID:      3187-4402-9165
  Invoice number:  2041773509
  Billing period:  February 1 - February 28, 2025
  Total amount:    USD 1,284.55

Your account will be charged the amount above within the next few days.
You can see the details in the Billing and Cost Management console.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("unrelated", False, None, [], "2025-03-22 04:17:03 +0000",
    A("Amazon Web Services", "aws-billing@amazon.com"), ME_W,
    "Amazon Web Services Billing Statement Available [Account: 318744029165]",
    T(t026, cte="7bit"), auth=auth_m("amazon.com"))

h027 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Haruka,</p>
<p>I'm with the Certification Operations team and I'll be carrying out the consolidation Daniel mentioned.
Before I change anything, please look over the two accounts I found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05530198</td><td>AWS02817465</td></tr>
<tr><td>Login email</td><td>sano.haruka.mail@gmail.com</td><td>haruka.sano@kaigan-soft.co.jp</td></tr>
<tr><td>Training notification email</td><td>sano.haruka.mail@gmail.com</td><td>haruka.sano@kaigan-soft.co.jp</td></tr>
<tr><td>Certification notification email</td><td>sano.haruka.mail@gmail.com</td><td>haruka.sano@kaigan-soft.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAA-C03, DVA-C02</td></tr>
<tr><td>Benefits</td><td>none</td><td>50% exam discount (1)</td></tr>
</table>
<p>My plan is to move everything from Account #2 into Account #1 and keep Account #1 as your only certification account.</p>
<p>Both accounts belong to you, and Account #1 is the one to keep &mdash; is that right? A short reply saying so is all I need to go ahead.</p>
<p>Thanks,<br>Mei L.<br>Certification Operations | AWS Training and Certification</p>
</body></html>"""
m027 = add("confirmation_request", True, C2, [CID_P, CID_W], "2025-03-24 03:55:41 +0000", TC_FROM,
           ME_P, "RE:[CASE %s] %s" % (C2, TC_SUBJ), H(h027), irt=m025,
           refs=[m011, m017, m019, m020, m022, m025], auth=auth_g("amazon.com"), to_p=True)

t028 = """佐野 遥 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 横浜 #68 「re:Invent 振り返り & 認定資格 LT 大会」
日時: 2025/04/12(土) 13:30 〜 17:00
会場: 横浜市中区某所(詳細は参加者への情報をご確認ください)
受付番号: 1482913
イベント ID: 348201

当日は受付番号またはこのメールの QR コードをご提示ください。
キャンセルはイベントページからお願いします。

connpass
https://jawsug-yokohama.connpass.com/event/348201/
"""
add("unrelated", False, None, [], "2025-03-25 12:00:31 +0000",
    A("connpass", "no-reply@connpass.com"), ME_P,
    "【connpass】JAWS-UG 横浜 #68 への参加登録が完了しました", T(t028), crlf=False,
    auth=auth_g("connpass.com", "k1"), style="connpass.com", to_p=True)

t027q = """Hello Haruka,

I'm with the Certification Operations team and I'll be carrying out the
consolidation Daniel mentioned. Before I change anything, please look over
the two accounts I found:

                        Account #1                   Account #2
Candidate ID            AWS05530198                  AWS02817465
Login email             sano.haruka.mail@gmail.com   haruka.sano@kaigan-soft.co.jp
Training notif. email   sano.haruka.mail@gmail.com   haruka.sano@kaigan-soft.co.jp
Cert. notif. email      sano.haruka.mail@gmail.com   haruka.sano@kaigan-soft.co.jp

Both accounts belong to you, and Account #1 is the one to keep - is that
right? A short reply saying so is all I need to go ahead.

Thanks,
Mei L."""
t029 = """Hello Haruka,

I'm following up on case %s. I haven't yet had a reply to my
message of 24 March asking you to confirm the two accounts before the
merge.

If I don't hear from you within 3 business days, the case will be closed
and nothing will be changed. A reply to this e-mail keeps it open, and if
it has already closed by then, replying will reopen it.

Mei L.
Certification Operations

-----Original Message-----
Sent: Monday, March 24, 2025 3:55 AM UTC
Subject: RE:[CASE %s] %s

%s
""" % (C2, C2, TC_SUBJ, t027q)
m029 = add("closing_notice", True, C2, [], "2025-03-27 04:10:09 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t029), irt=m027,
           refs=[m011, m017, m019, m020, m022, m025, m027], auth=auth_g("amazon.com"), to_p=True)

t030 = """Hi Mei,

Sorry for the slow reply. Yes, both accounts are mine.
Confirmed: please merge everything into Account #1 (AWS05530198).

Haruka

%s
%s
""" % (gm_attr("Thu, Mar 27, 2025 at 1:10 PM", "AWS Training and Certification <%s>" % TC), q(t029))
m030 = add("user_reply", False, C2, [CID_P], "2025-03-27 14:02:55 +0900", P_NAME, TC_FROM,
           "Re: RE:[CASE %s] %s" % (C2, TC_SUBJ),
           ALT(t030, "<div dir=\"ltr\">" + t030.split("\n\nOn ")[0].replace("\n", "<br>") +
               "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
               t029.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") +
               "</blockquote></div>"),
           irt=m029, refs=[m011, m017, m019, m020, m022, m025, m027, m029], style="gmail")

t031 = """Hi Haruka,

Thanks for confirming.

While preparing the merge I searched for your personal address and found a
third certification profile, AWS09114352, created on 2 February 2024
through a Partner Central sign-in. It holds no exams or certifications,
but it uses sano.haruka.mail@gmail.com for notifications, which is likely
to confuse the badge sync later on.

I'd suggest folding it into Account #1 as well. Is AWS09114352 yours, and
shall I include it in the same merge? I'm holding the merge until I hear
back, so that everything happens in one pass.

Mei L.
Certification Operations
"""
m031 = add("confirmation_request", True, C2, [CID_X], "2025-03-27 07:45:30 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t031, cte="base64"), irt=m030,
           refs=[m011, m027, m029, m030], auth=auth_g("amazon.com"), to_p=True)

t032 = """Yes, AWS09114352 is mine too. I must have created it when I signed in
to Partner Central last year. Please include it in the merge.

Thanks!
Haruka

%s
%s
""" % (gm_attr("Thu, Mar 27, 2025 at 4:45 PM", "AWS Training and Certification <%s>" % TC), q(t031))
m032 = add("user_reply", False, C2, [CID_X], "2025-03-27 17:20:14 +0900", P_NAME, TC_FROM,
           "Re: RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t032), irt=m031,
           refs=[m011, m027, m029, m030, m031], style="gmail")

t033 = """佐野 遥 様

人事部です。退職に伴う手続きについてご案内します。

社員番号: 204417
退職日: 2025年3月31日

1. 健康保険証は3月31日までに人事部へ返却してください(郵送可)。
2. 源泉徴収票は4月中旬にご自宅へ郵送します。
3. 離職票が必要な場合は、3月28日までにお知らせください。

ご不明点は人事部(045-210-7700 / 内線 2100)までお問い合わせください。

人事部 労務グループ
"""
add("unrelated", False, None, [], "2025-03-28 09:30:00 +0900",
    A("人事部", "jinji@kaigan-soft.co.jp", "iso-2022-jp"), W_NAME,
    "【人事】退職手続きに関するご案内", T(t033, cs="shift_jis", cte="base64"), scs="iso-2022-jp",
    style="outlook", auth=auth_m("kaigan-soft.co.jp"))

t034 = """Hello Haruka,

I have successfully merged your accounts. AWS05530198 now holds
everything: your exam history, both active certifications (Solutions
Architect - Associate and Developer - Associate) and the 50%% exam discount
benefit. AWS02817465 and AWS09114352 have been retired and can no longer
be used to sign in.

Your Credly badges will be re-issued to sano.haruka.mail@gmail.com within
the next day. If Kaigan Soft's partner profile still lists you, that
clears on their side within about a week.

That completes your request, so I'm resolving case %s. No
further action is needed from you.

Mei L.
Certification Operations

%s
%s
""" % (C2, "On 27/03/2025 18:20, Haruka Sano wrote:", q(t032))
m034 = add("resolved", False, C2, [CID_P, CID_W, CID_X], "2025-03-28 02:05:47 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C2, TC_SUBJ), T(t034), irt=m032,
           refs=[m011, m027, m029, m030, m031, m032], auth=auth_g("amazon.com"), to_p=True)

t035 = """Hi Haruka,

Amazon Web Services Training and Certification has issued you 2 badges:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate

Accept them to add them to your profile and share them:
https://www.credly.com/badges/5c1e8a92-3b7d-4f6e-9a20-71d4c8e0b3f1/accept
https://www.credly.com/badges/e07b44d3-91a2-4c68-8f5e-2b9d03c6a715/accept

The Credly Team
"""
h035 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Haruka,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you 2 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/badges/5c1e8a92-3b7d-4f6e-9a20-71d4c8e0b3f1/accept">Accept badge</a> &nbsp;
<a href="https://www.credly.com/badges/e07b44d3-91a2-4c68-8f5e-2b9d03c6a715/accept">Accept badge</a></p>
<p>The Credly Team</p></body></html>"""
add("badge", False, None, [], "2025-03-28 02:31:05 +0000", A("Credly", CREDLY), ME_P,
    "Haruka, you've been issued 2 new badges", ALT(t035, h035),
    auth=auth_g("credly.com", "s1"), style="credly.com", to_p=True)

h036 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>You recently worked with AWS Training and Certification Customer Service on an account merge.
How satisfied were you with the help you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://pulse.aws/survey/TC4R8YQZ?caseId=174210938204711&amp;lang=en&amp;r=5">Very satisfied</a></td>
<td><a href="https://pulse.aws/survey/TC4R8YQZ?caseId=174210938204711&amp;lang=en&amp;r=4">Satisfied</a></td>
<td><a href="https://pulse.aws/survey/TC4R8YQZ?caseId=174210938204711&amp;lang=en&amp;r=3">Neutral</a></td>
<td><a href="https://pulse.aws/survey/TC4R8YQZ?caseId=174210938204711&amp;lang=en&amp;r=2">Dissatisfied</a></td>
<td><a href="https://pulse.aws/survey/TC4R8YQZ?caseId=174210938204711&amp;lang=en&amp;r=1">Very dissatisfied</a></td>
</tr></table>
<p style="color:#687078;font-size:12px">The survey takes about a minute. Replies to this message are not monitored.</p>
</body></html>"""
add("survey", False, C2, [], "2025-03-29 10:12:00 +0000",
    A("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "We'd like your feedback", H(h036), auth=auth_g("amazon.com"), to_p=True)

t037 = """Hello Haruka,

AWS Certification wants to hear from you.

As an AWS Certified individual (Candidate ID: AWS05530198) you are invited
to our annual certification holder survey. It covers exam content, the
testing experience and the benefits you use, and takes about 10 minutes.

  Take the survey: https://www.certmetrics.com/amazon/survey/2025-holders

The survey closes on April 30, 2025. Your answers are anonymous and are
not linked to your certification record.

AWS Certification
"""
add("certification", False, None, [CID_P], "2025-03-31 15:00:44 +0000", FROM_CERTM, ME_P,
    "AWS Certification wants to hear from you", T(t037), auth=auth_g("certmetrics.com", "cm1"),
    style="certmetrics.com", to_p=True)

# =========================================================================
# April 2025: the discount benefit did not follow; console case C4
# =========================================================================
t038 = """Dear Haruka Sano,

Thank you for contacting Pearson VUE. Your case number is 08461937.

Summary:  Voucher code not accepted at checkout
Exam:     DVA-C02: AWS Certified Developer - Associate
Voucher:  AWS50-QK7X-2MPL-88RT
AWS candidate ID on file: AWS05530198

A customer service representative will reply within 2 business days.
Please keep the case number in the subject line if you write to us.

Pearson VUE Customer Service
Japan: 0120-355-583 (Mon-Fri 9:00-18:00 JST)

ref:_00D30bCaX._5005x0Yk7Q:ref
"""
m038 = add("unrelated", False, None, [CID_P], "2025-04-06 02:44:18 +0000",
           A("Pearson VUE Customer Service", "pvcustomerservice@pearson.com"), ME_P,
           "Case 08461937: Voucher code not accepted [ ref:_00D30bCaX._5005x0Yk7Q:ref ]",
           T(t038), auth=auth_g("pearson.com", "s2048"), style="sf", to_p=True)

t039 = """Dear Customer,

Thank you for contacting AWS Support. We've opened case 174400551200218
for you.

Case ID:   174400551200218
Subject:   Unexpected Elastic IP charge in ap-northeast-1
Severity:  General question
Account:   [AWS ID 492016837554]

Correspondence: I stopped all my instances on 2 April but I still see
USD 3.60 for an idle Elastic IP. Can the charge be waived?

To see or update this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174400551200218&language=en

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
To reply, use the link above.
"""
add("unrelated", False, None, [], "2025-04-07 05:58:40 +0000",
    A("Amazon Web Services", CONSOLE), ME_P,
    "Amazon Web Services: New Support case: 174400551200218", T(t039),
    auth=auth_g("amazon.com"), to_p=True)

t040 = """Dear Customer,

Thank you for contacting AWS Support. We've opened case %s
for your request, and an engineer will respond according to the
severity you selected.

Case ID:   %s
Subject:   50%% exam discount benefit missing after certification account merge
Severity:  General guidance

Correspondence: My certification accounts were merged on 28 March under
case %s. The merge note said the 50%% discount moved to
AWS05530198, but the Benefits page is empty and Pearson VUE rejected the
code (their case 08461937). Please check what happened to it.

To see or update this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
To reply, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (C4, C4, C2, C4)
m040 = add("acknowledgement", False, C4, [CID_P], "2025-04-09 04:16:52 +0000",
           A("Amazon Web Services", CONSOLE), ME_P,
           "Amazon Web Services: New Support case: %s" % C4, T(t040),
           auth=auth_g("amazon.com"), to_p=True)

C4_SUBJ = "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % C4
C4_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C4
C4_FOOT = """
This e-mail was sent from an address that cannot accept incoming e-mails.
To reply, use the link above or sign in to the AWS Support Center.
"""
t041 = """Hello,

Thank you for your patience. My name is Arjun and I'm with the AWS
Training and Certification support team.

I reviewed AWS05530198 and the retired profile AWS02817465. The discount
had been recorded against the retired profile on 14 March, before the
merge, with the status "redeemed", which is why it did not carry over.
That status normally means the code was applied to a booking.

To work out whether it was really used, we need the details of that
appointment: the Pearson VUE registration number of any exam you booked
between 10 and 20 March, and whether you paid the full price for it. Both
are in the confirmation e-mail from Pearson VUE.

Please add this information to the case in the Support Center; replies to
this e-mail do not reach us.

%s

Best regards,
Arjun S.
Amazon Web Services
%s""" % (C4_LINK, C4_FOOT)
m041 = add("info_request", True, C4, [CID_P, CID_W], "2025-04-10 01:33:26 +0000",
           A("Amazon Web Services", CONSOLE), ME_P, C4_SUBJ, T(t041),
           auth=auth_g("amazon.com"), to_p=True)

t042 = """Dear Haruka Sano,

We have looked into case 08461937.

The voucher you entered was issued by AWS Training and Certification as
a certification benefit, and Pearson VUE cannot reissue or reactivate it.
Please contact AWS Training and Certification about the voucher status;
once it is valid again you can apply it when you schedule.

This case is now closed. If you reply within 7 days, it will reopen
automatically.

Kind regards,
Mariko
Pearson VUE Customer Service

ref:_00D30bCaX._5005x0Yk7Q:ref
"""
add("unrelated", False, None, [], "2025-04-10 06:02:51 +0000",
    A("Pearson VUE Customer Service", "pvcustomerservice@pearson.com"), ME_P,
    "RE: Case 08461937: Voucher code not accepted [ ref:_00D30bCaX._5005x0Yk7Q:ref ]",
    T(t042), irt=m038, auth=auth_g("pearson.com", "s2048"), style="sf", to_p=True)

t043 = """コンソールのケース 1744 1722 0500 638 に書くこと
(メールでは返信できない。サポートセンターから返信する)

- 3/19 に Pearson VUE で SAP-C02 を予約。登録番号 519284736、45,000円を全額支払い(割引は未使用)
- 割引コードを使おうとしたのは 4/6 の DVA-C02 予約時。Pearson 側のケース 08461937 は「AWS に聞いて」でクローズ
- 候補IDは AWS05530198(統合後)
- 注文番号 0061-4429-1876 のスクショも添付
"""
add("user_reply", False, C4, [CID_P], "2025-04-11 23:10:37 +0900", P_NAME, P_NAME,
    "メモ: AWS サポートセンターに書く内容", T(t043, cte="8bit"), style="gmail", to_p=True)

t044 = """Hello,

We haven't received a reply to our last correspondence on this case. If
we don't hear from you, the case will be resolved automatically in 3
days. To keep it open, add a reply in the Support Center:

%s

Once a case has been resolved for 14 days it can no longer be reopened;
after that you would need to create a new case.

Amazon Web Services
%s""" % (C4_LINK, C4_FOOT)
add("closing_notice", True, C4, [], "2025-04-14 01:40:02 +0000",
    A("Amazon Web Services", CONSOLE), ME_P, C4_SUBJ, T(t044, cte="7bit"),
    auth=auth_g("amazon.com"), to_p=True)

t045 = """Hello,

Thank you for adding the registration number and the screenshot.

I confirmed with Pearson VUE's booking record that the SAP-C02 exam was
paid at full price, so the discount was never actually used. I've asked
the Certification benefits team to restore it to AWS05530198. They
usually need 3 to 5 business days; I'll write again here when it's done.

Best regards,
Arjun S.
Amazon Web Services

%s
%s""" % (C4_LINK, C4_FOOT)
add("case_update", False, C4, [CID_P], "2025-04-15 02:25:49 +0000",
    A("Amazon Web Services", CONSOLE), ME_P, C4_SUBJ, T(t045),
    auth=auth_g("amazon.com"), to_p=True)

t046 = """Dear Customer,

Your exam voucher refund of JPY 22,500 linked to Support case
174417220500639 is on hold because we could not verify your payment card.

Confirm your card within 48 hours to release the refund:
https://aws-support-refunds.com/case/174417220500639/verify

Reference: RFD-77310-JP

If we do not receive confirmation, the refund will be cancelled and the
case closed.

Sincerely,
Amazon Web Services
"""
add("suspicious", False, None, [], "2025-04-15 09:51:33 +0000",
    A("Amazon Web Services", CONSOLE), ME_P,
    "Amazon Web Services: Support case 174417220500639 - payment verification required",
    T(t046), auth=auth_g("amazon.com", ok=False, mailfrom="mail-relay7.aws-support-refunds.com"),
    style="mail-relay7.aws-support-refunds.com", to_p=True)

t047 = """Hello,

Good news: the Certification benefits team has restored the 50%% exam
discount to AWS05530198. You'll find it on the Benefits page of your
certification account, together with its code; it is valid until 18
October 2025.

We're resolving this case now. If the code is refused at checkout, you
can reopen the case from the Support Center within 14 days.

Best regards,
Arjun S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center. You can rate a
correspondence by selecting the stars in the top right corner of the
correspondence.

%s
%s""" % (C4_LINK, C4_FOOT)
add("resolved", False, C4, [CID_P], "2025-04-18 03:00:17 +0000",
    A("Amazon Web Services", CONSOLE), ME_P, C4_SUBJ, T(t047),
    auth=auth_g("amazon.com"), to_p=True)

t048 = """Hello Haruka,

A new benefit is available in your AWS Certification account.

  Benefit:       50% discount on one AWS Certification exam
  Voucher code:  RTQ4-9KZ2-HM7P-3XWA
  Valid until:   2025-10-18
  Candidate ID:  AWS05530198

Enter the code when you schedule your exam with Pearson VUE. It can be
used once and cannot be exchanged for cash.

AWS Certification
"""
add("certification", False, None, [CID_P], "2025-04-18 05:12:08 +0000", FROM_CERTM, ME_P,
    "A new benefit is available in your AWS Certification account", T(t048, cte="7bit"),
    auth=auth_g("certmetrics.com", "cm1"), style="certmetrics.com", to_p=True)

t049 = """Dear Haruka Sano,

Thank you for scheduling your exam with Pearson VUE.

Exam:             DVA-C02: AWS Certified Developer - Associate
Date and time:    Thursday, May 15, 2025, 2:00 PM JST
Test center:      Pearson VUE Test Center Yokohama Kannai
Registration ID:  520117384
Order number:     0061-5173-0042
Discount applied: RTQ4-****-****-3XWA (50%)
Amount paid:      JPY 11,250 (incl. tax)

Pearson VUE
"""
add("unrelated", False, None, [], "2025-04-19 00:37:45 +0000",
    A("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Appointment Confirmation - DVA-C02: AWS Certified Developer - Associate",
    T(t049), auth=auth_g("pearson.com", "s2048"), style="pearson.com", to_p=True)

t050 = """佐野 遥 様

さくっとレンタルサーバー サポートセンターです。
お問い合わせいただき、ありがとうございます。以下の内容で受け付けました。

チケット番号: 884213
お客様番号: K-2291-0447
ご契約 ID: 3390128
件名: 独自ドメインの SSL 証明書が更新されない

担当者より 3 営業日以内にご回答いたします。
追加の情報がございましたら、件名のチケット番号を変えずに
このメールへご返信ください。

さくっとレンタルサーバー サポートセンター
TEL 050-5536-2840(平日 10:00〜17:00)
"""
add("unrelated", False, None, [], "2025-04-22 02:05:11 +0000",
    A("さくっとレンタルサーバー サポート", "support@sakutto-rs.jp"), ME_P,
    "[チケット番号:884213] お問い合わせを受け付けました", T(t050, cs="iso-2022-jp", cte="7bit"),
    scs="iso-2022-jp", auth=auth_g("sakutto-rs.jp", "default"), style="sakutto-rs.jp",
    to_p=True, crlf=False)

t051 = """Hello,

Your AWS Support case was recently resolved. How did we do?

Tell us about your experience in a 2-question survey:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=en

Your feedback helps us improve AWS Support.

Amazon Web Services
%s""" % (C4, C4_FOOT)
add("survey", False, C4, [], "2025-04-25 03:00:40 +0000",
    A("Amazon Web Services", CONSOLE), ME_P,
    "How did we do? Tell us about your recent AWS Support experience", T(t051, cte="7bit"),
    auth=auth_g("amazon.com"), to_p=True)

# =========================================================================
# May 2025: exams, badges and a Japanese-language case C5
# =========================================================================
h052 = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="620" align="center"><tr><td>
<h1 style="font-size:22px;color:#232f3e">AWS Skill Builder に新しいラーニングプランが登場</h1>
<p>生成 AI、データ分析、セキュリティの 3 分野で、試験対策にも使える新しいラーニングプランを公開しました。</p>
<p style="background:#fff4e0;padding:12px">プロモーションコード <b>SBJP-SPRING-2025</b> で、個人サブスクリプションの初月が 20% オフ(2025年5月31日まで)。</p>
<p><a href="https://skillbuilder.aws/jp/learning-plans">ラーニングプランを見る</a></p>
<hr>
<p style="font-size:11px;color:#888">このメールは AWS からのお知らせの配信を希望されたお客様にお送りしています。
<a href="https://pages.awscloud.com/unsubscribe">配信停止</a><br>
アマゾン ウェブ サービス ジャパン合同会社 お問い合わせ: 0120-914-558</p>
</td></tr></table></body></html>"""
add("unrelated", False, None, [], "2025-05-02 01:00:05 +0000",
    A("AWS Skill Builder", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Skill Builder】新しいラーニングプランと期間限定プロモーションのお知らせ",
    H(h052, cte="base64"), auth=auth_g("amazon.com"), to_p=True)

t053 = """Hello Haruka,

Congratulations! You have earned AWS Certified Solutions Architect -
Professional.

  Candidate ID:        AWS05530198
  Exam:                SAP-C02 (May 8, 2025)
  Registration number: 519284736
  Validation number:   H8WZ1Q4NKBFE1K3C
  Valid through:       May 8, 2028

Passing this exam also recertified your AWS Certified Solutions Architect
- Associate; its new expiration date is May 8, 2028.

Your Credly badge will follow shortly.

AWS Certification
"""
h053 = "<html><body><pre style=\"font-family:Arial,sans-serif\">" + t053 + "</pre></body></html>"
add("certification", False, None, [CID_P], "2025-05-09 09:30:26 +0000", FROM_CERTM, ME_P,
    "Congratulations! You are now AWS Certified Solutions Architect - Professional",
    ALT(t053, h053), auth=auth_g("certmetrics.com", "cm1"), style="certmetrics.com", to_p=True)

t054 = """AWS トレーニングと認定 カスタマーサービスです。

お問い合わせを受け付けました。
お問い合わせ番号(Case ID):%s

通常は 24 時間以内に担当者よりご連絡いたします。
すでに同じ内容のケースをお持ちの場合は、新しいケースを作成せず、
そのケースのメールへご返信ください。

-- お問い合わせ内容 --
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: デジタルバッジ
内容:
3月にケース %s でアカウントを統合していただきました
(統合先 AWS05530198、旧 AWS02817465)。
2023 年に取得した Solutions Architect - Associate と Developer - Associate の
バッジが、旧メールアドレスの Credly アカウントに残ったままで、
新しい Credly アカウントに表示されません。
統合先の Credly アカウントに移していただけますでしょうか。
""" % (C5, C2)
m054 = add("acknowledgement", False, C5, [CID_P, CID_W], "2025-05-09 19:53:17 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t054, cs="shift_jis", cte="base64"),
           auth=auth_g("amazon.com"), to_p=True)

t055 = """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional

Accept your badge:
https://www.credly.com/badges/9a4f7c21-6d0e-4b83-b5f2-c18e07a39d64/accept

The Credly Team
"""
add("badge", False, None, [], "2025-05-10 03:44:12 +0000", A("Credly", CREDLY), ME_P,
    "Congratulations, Haruka! You've earned a new badge", T(t055, cte="7bit"),
    auth=auth_g("credly.com", "s1"), style="credly.com", to_p=True)

t056 = """佐野 遥 様

AWS トレーニングと認定 カスタマーサービスの山本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ケース番号:%s

候補ID AWS05530198 の認定情報を確認いたしましたところ、下記の認定は
いずれも正しく統合されております。

  認定名                                            検証番号            有効期限
  AWS Certified Solutions Architect - Associate     7QXJ2LK1N2E1Q9S5    2028-05-08
  AWS Certified Developer - Associate               L2QF9T7K3JE4Q1WM    2025-05-20
  AWS Certified Solutions Architect - Professional  H8WZ1Q4NKBFE1K3C    2028-05-08

Credly 上のバッジを移行するにあたり、以下の 2 点をご教示いただけますで
しょうか。

1. 旧バッジが残っている Credly アカウントのログインメールアドレス
2. 現在ご利用中の Credly アカウントのログインメールアドレス

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいます
よう、よろしくお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサービス
""" % C5
m056 = add("info_request", True, C5, [CID_P], "2025-05-12 02:15:03 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t056, cs="iso-2022-jp", cte="7bit"), irt=m054,
           auth=auth_g("amazon.com"), to_p=True)

t057 = """佐野さん

ご無沙汰してます、田村です。新しい職場はいかがですか?

例の件ですが、パートナーポータルで佐野さんが一覧から外れて、認定者数が
14 → 13 になっていました。代わりに僕の AWS07736120 が無事に紐付いたので、
人数はまた 14 に戻っています。教えてもらった手順のおかげです。

PS 送別会の写真は共有フォルダ(申請番号 FS-2025-0331)に置いてあります。

田村 直樹
Kaigan Soft / 090-2238-5106
"""
add("unrelated", False, None, [CID_T], "2025-05-12 18:40:22 +0900",
    A("田村 直樹", "naoki.tamura@kaigan-soft.co.jp"), P_NAME, "パートナーポータルの件",
    T(t057), auth=auth_g("kaigan-soft.co.jp", "selector1"), style="outlook", to_p=True)

t058 = """山本様

ご連絡ありがとうございます。チケット番号 %s の件、
以下のとおり回答いたします。

1. 旧バッジが残っている Credly アカウント:
   haruka.sano@kaigan-soft.co.jp(旧候補ID AWS02817465 に紐付いていたもの)
2. 現在利用している Credly アカウント:
   sano.haruka.mail@gmail.com

なお、旧アドレスは退職に伴いすでに使えなくなっております。
どうぞよろしくお願いいたします。

佐野 遥

2025年5月12日(月) 11:15 AWS Training and Certification <%s>:
%s
""" % (C5, TC, q(t056))
m058 = add("user_reply", False, C5, [CID_W], "2025-05-13 21:40:09 +0900", P_NAME, TC_FROM,
           "Re: RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t058, cte="base64"), cc=ME_W, irt=m056,
           refs=[m054, m056], style="gmail")

t059a = """** アドレスが見つかりません **

haruka.sano@kaigan-soft.co.jp にメールが配信されませんでした。このアドレスが
見つからないか、メールを受信できないためです。

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient haruka.sano@kaigan-soft.co.jp not found by SMTP address lookup
"""
t059b = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: Tue, 13 May 2025 05:40:11 -0700 (PDT)

Final-Recipient: rfc822; haruka.sano@kaigan-soft.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kaiganSoft-co-jp.mail.protection.outlook.com. (52.101.228.4)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
t059c = """From: Haruka Sano <%s>
Date: Tue, 13 May 2025 21:40:09 +0900
Subject: Re: RE:[CASE %s] %s
To: AWS Training and Certification <%s>
Cc: %s
Message-ID: %s
""" % (ME_P, C5, TC_SUBJ, TC, ME_W, MSGS[m058 - 1]["mid"])
add("unrelated", False, None, [], "2025-05-13 12:40:14 +0000",
    A("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    MP('report; report-type="delivery-status"', T(t059a, cte="base64"),
       RAW("message/delivery-status", t059b), T(t059c, cte="7bit", sub="rfc822-headers")),
    irt=m058, refs=[m058], style="mx.google.com", to_p=True)

t060 = """Hello Haruka,

I'm picking this case up from my colleague Aya Yamamoto. Thank you for
sending both addresses.

I've escalated the badge transfer to our Credly integration team with the
old and new addresses and your merged candidate profile. For reference I
have also linked this case to your earlier cases %s (account
merge) and %s (exam benefit), so the team can see the whole
history.

There is nothing you need to do right now. I'll update this case once the
Credly team has reviewed it.

Kevin B.
AWS Training and Certification
""" % (C2, C4)
m060 = add("case_update", False, C5, [], "2025-05-14 06:50:51 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t060), irt=m058, refs=[m054, m056, m058],
           auth=auth_g("amazon.com"), to_p=True)

h061 = """<html><body style="font-family:'MS PGothic',sans-serif">
<p>AWS 認定をご利用のお客様</p>
<p>お客様の Credly バッジ移行手続きが<b style="color:#c00">保留中</b>となっております。<br>
24 時間以内に下記 URL より、AWS アカウントのパスワードとワンタイムコードを入力し、本人確認を完了してください。</p>
<p>チケット番号: TC-88310472<br>受付日: 2025/05/14</p>
<p><a href="https://credly-badges-jp.com/aws/login?ticket=88310472">https://credly-badges-jp.com/aws/login?ticket=88310472</a></p>
<p>期限内にご対応いただけない場合、保有資格およびバッジはすべて失効いたします。</p>
<p>AWS 認定 事務局<br>お問い合わせ窓口: 050-3188-7024</p>
</body></html>"""
add("suspicious", False, None, [], "2025-05-15 00:12:40 +0000",
    A("AWS認定 事務局", "aws-certification@credly-badges-jp.com"), ME_P,
    "【重要】Credlyバッジ移行の最終確認(チケット番号: TC-88310472)", H(h061, cte="base64"),
    auth=auth_g("credly-badges-jp.com", "mail"), style="credly-badges-jp.com", to_p=True)

t062 = """Hello Haruka,

A short status note. Credly has to re-point the old badges away from the
retired address before they can appear under your personal profile, and
that step happens on their side, not ours. I've put your request on hold
while we wait for Credly to confirm; in my experience this takes up to 5
business days.

You don't need to reply or do anything. I'll write again as soon as
Credly gets back to us.

Kevin B.
AWS Training and Certification
"""
m062 = add("on_hold", False, C5, [], "2025-05-16 08:05:27 +0000", TC_FROM, ME_P,
           "Credly バッジ移行の状況について / Status of your badge transfer", T(t062),
           irt=m060, refs=[m054, m056, m058, m060], auth=auth_g("amazon.com"), to_p=True)

t063 = """佐野 遥 様

いつもお世話になっております。AWS トレーニングと認定の山本でございます。

Credly より、旧アカウントに残っていたバッジ 2 点(Solutions Architect -
Associate、Developer - Associate)を sano.haruka.mail@gmail.com の Credly
アカウントへ移行したとの連絡がございました。Credly にサインインのうえ、
表示をご確認くださいませ。

以上をもちまして、本件(ケース番号 %s)は完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただけましたら幸いです。

山本 彩
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
Sent: Monday, May 12, 2025 2:15 AM UTC
To: %s
Subject: RE:[CASE %s] %s

%s""" % (C5, ME_P, C5, TC_SUBJ, t056)
m063 = add("resolved", False, C5, [], "2025-05-20 03:30:44 +0000", TC_FROM, ME_P,
           "RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t063, cte="base64"), irt=m062,
           refs=[m054, m056, m058, m060, m062], auth=auth_g("amazon.com"), to_p=True)

t064 = """Hi Haruka,

Good news: 2 badges from Amazon Web Services Training and Certification
have been added to your Credly profile.

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate

View your profile: https://www.credly.com/users/haruka-sano.3f8a2c1e

The Credly Team
"""
add("badge", False, None, [], "2025-05-20 04:02:19 +0000", A("Credly", CREDLY), ME_P,
    "2 badges have been added to your Credly profile", T(t064, cte="7bit"),
    auth=auth_g("credly.com", "s1"), style="credly.com", to_p=True)

t065 = """佐野 遥 様

先日は AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、
ありがとうございました。対応品質向上のため、アンケートへのご協力を
お願いいたします(所要時間 1 分程度)。

アンケートに回答する:
https://pulse.aws/survey/JP7H2WQE?caseId=%s&lang=ja

※本メールは送信専用です。ご返信いただいても対応いたしかねます。

AWS トレーニングと認定
""" % C5
add("survey", False, C5, [], "2025-05-21 01:00:09 +0000",
    A("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
    "アンケートご協力のお願い(ケース %s)" % C5, T(t065),
    auth=auth_g("amazon.com"), to_p=True)

t066 = """Hello Haruka,

Congratulations on recertifying your AWS Certification!

  Certification:      AWS Certified Developer - Associate
  Candidate ID:       AWS05530198
  Exam:               DVA-C02 (May 15, 2025), registration 520117384
  Validation number:  Z3KD8P1QW7FE2M6N
  New expiration:     May 15, 2028

Your updated certificate is available in your AWS Certification account,
and Credly will refresh your badge.

AWS Certification
"""
add("certification", False, None, [CID_P], "2025-05-22 07:44:51 +0000", FROM_CERTM, ME_P,
    "Congratulations on recertifying your AWS Certification!", T(t066),
    auth=auth_g("certmetrics.com", "cm1"), style="certmetrics.com", to_p=True)

t067 = """Hello,

Your AWS account 492016837554 has exceeded 85% of the usage limit for
one or more AWS Free Tier offers this month.

  Service:       Amazon Elastic Compute Cloud
  Usage type:    750 Hrs per month of t2.micro / t3.micro
  Current usage: 640.2 Hrs

To avoid charges, stop or terminate resources you no longer need. Usage
above the limit is billed at standard rates.

Amazon Web Services
"""
add("unrelated", False, None, [], "2025-05-23 10:18:30 +0000",
    A("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
    "AWS Free Tier limit alert", T(t067, cte="7bit"),
    auth=auth_g("costalerts.amazonaws.com", "u5qjg"), to_p=True)

t068 = """田村さん

お疲れさまです。Credly のバッジも、ケース %s で無事に移してもらえました。
田村さんの AWS07736120 も、旧アドレスのアカウントが残っていたら同じ流れで
いけると思うので、参考までに転送します。

佐野

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年5月20日(火) 12:30
Subject: RE:[CASE %s] %s
To: <%s>


%s""" % (C5, TC, C5, TC_SUBJ, ME_P, t063)
m068 = add("user_reply", False, C5, [CID_T], "2025-05-26 09:12:40 +0900", P_NAME,
           A("田村 直樹", "naoki.tamura@kaigan-soft.co.jp"),
           "Fwd: RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t068), style="gmail")

t069 = """田村は 5/26(月)〜5/30(金)まで出張のため不在にしております。
期間中はメールを確認できない場合がございます。
お急ぎの場合は、代表 045-210-7731 までご連絡ください。
"""
add("unrelated", False, None, [], "2025-05-26 09:12:44 +0900",
    A("田村 直樹", "naoki.tamura@kaigan-soft.co.jp"), P_NAME,
    "自動応答: Fwd: RE:[CASE %s] %s" % (C5, TC_SUBJ), T(t069, cs="iso-2022-jp", cte="7bit"),
    scs="iso-2022-jp", irt=m068, auth=auth_g("kaigan-soft.co.jp", "selector1"),
    style="outlook", to_p=True, extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])


# =========================================================================
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["label"]["kind"] for m in MSGS)
    print("messages:", len(MSGS))
    for k in sorted(c):
        print("  %-22s %d" % (k, c[k]))
    print("needs_reply true:", sum(1 for m in MSGS if m["label"]["needs_reply"]))


if __name__ == "__main__":
    main()
