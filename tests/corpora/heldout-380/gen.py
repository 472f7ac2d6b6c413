#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and Certification
support cases (plus the unrelated mail around them).  Standard library only.
Run:  python3 gen.py   (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
"""
import base64
import datetime as _dt
import json
import os
import quopri
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "d.morimoto.dev@gmail.com"            # personal (Gmail)
ME_C = "daichi.morimoto@kestrel-sys.co.jp"   # company (Microsoft 365), closes 2025-06-30
ME_NAME = "Daichi Morimoto"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
C21 = "8593027164"          # 2021 voucher case (10 digits), only seen in a forward
C23 = "13918402751"         # 2023 duplicate-account / Credly case (11 digits)
CA = "174891469204417"      # 2025 job-change merge (form)
CB = "174891550701129"      # 2025 duplicate form submission
CC = "175030995000863"      # 2025 console case, missing exam benefit
CE = "175150356502274"      # 2025 name romanisation (Japanese agent)
CED = "175202761100518"     # AWS Educate form case (other program)

# candidate IDs
ID_MAIN = "AWS02297461"     # personal certification account (kept)
ID_DUP = "AWS11830572"      # 2023 accidental duplicate, same e-mail
ID_CO = "AWS07745120"       # company / APN-linked account (merged away in 2025)
ID_FAKE = "AWS05518203"     # appears only in phishing

MSGS = []


def dt(s, tz="+0000"):
    """'2025-06-03 01:38:40' + '+0900' -> RFC 5322 date string with the right weekday."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = _dt.datetime.fromisoformat(s).replace(tzinfo=_dt.timezone(off))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second, tz)


def eh(s, charset="utf-8"):
    """Encode a header value only if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def ad(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.:;()<>@[]"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def _body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "8bit":
        return raw.decode(charset)
    return raw.decode("ascii")  # 7bit (ASCII or ISO-2022-JP)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt=None):
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, charset)
    if fmt:
        ct += "; format=" + fmt
    return ([ct, "Content-Transfer-Encoding: " + cte], _body(text, charset, cte))


def multi(subtype, parts, boundary, extra_ct=""):
    hdr = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct)]
    out = []
    for ph, pb in parts:
        out.append("--%s\n%s\n\n%s\n" % (boundary, "\n".join(ph), pb.rstrip("\n")))
    out.append("--%s--\n" % boundary)
    return (hdr, "".join(out))


def raw_part(ctype, body, extra=None):
    h = ["Content-Type: " + ctype]
    if extra:
        h += extra
    return (h, body)


def alt(text, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", charset, cte),
                                 leaf(html, "html", charset, cte)], boundary)


def add(kind, reply, case, cids, headers, part, crlf=False, what="", hard=""):
    lines = list(headers) + ["MIME-Version: 1.0"] + part[0]
    msg = "\n".join(lines) + "\n\n" + part[1]
    if not msg.endswith("\n"):
        msg += "\n"
    if crlf:
        msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=list(cids),
                     raw=msg, what=what, hard=hard))


# ---- header snippets -------------------------------------------------------

def ses_id(tag):
    """Amazon SES style Message-ID, deterministic from a tag."""
    h = "%016x%016x%08x" % (hash_str(tag), hash_str(tag + "x"), hash_str(tag + "y") & 0xffffffff)
    return "<01000197%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:8], h[8:16], h[16:20], h[20:24], h[24:36])


def hash_str(s):
    v = 1469598103934665603
    for ch in s.encode("utf-8"):
        v = ((v ^ ch) * 1099511628211) % (1 << 64)
    return v


def gm_id(tag):
    h = "%016x" % hash_str(tag)
    return "<CAH%sq%sZ=%s@mail.gmail.com>" % (h[:10].upper(), h[10:], h[3:9])


def ol_id(tag):
    h = "%016x" % hash_str(tag)
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        h[:4].upper(), h[4:12].upper(), h[12:16].upper())


def ar_gmail(dom, ok=True, mailfrom=None, sel="224i4yjtyw3i3kbjrnpsluyzpwz6nuvtl"):
    mf = mailfrom or ("bounces+" + dom)
    if ok:
        return ("Authentication-Results: mx.google.com;\n"
                "       dkim=pass header.i=@%s header.s=%s header.b=Qm3x9LkA;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.27.18 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, sel, mf, mf, dom))
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=fail header.i=@%s header.s=%s header.b=Zt0pW2Qe;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.212.44.90 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, sel, mf, mf, dom))


def ar_m365(dom, mf="amazonses.com"):
    return ("Authentication-Results: spf=pass (sender IP is 54.240.27.56)\n"
            " smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n"
            " reason=100" % (mf, dom, dom))


def rcv_gmail(host="a27-56.smtp-out.us-west-2.amazonses.com", ip="54.240.27.56", date=""):
    return ("Received: from %s (%s [%s])\n"
            "        by mx.google.com with ESMTPS id 6a1803df08f44-6fb0a1c2e3dsi41188246d6.233.2025\n"
            "        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            "        %s" % (host, host, ip, ME_P, date))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def hdrs(frm, to, subj, date, mid, cc=None, irt=None, refs=None, auth=None, rp=None,
         recv=None, extra=(), charset="utf-8", xmailer=None):
    h = []
    if rp:
        h.append("Return-Path: <%s>" % rp)
    if recv:
        h.append(recv)
    if auth:
        h.append(auth)
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + eh(subj, charset))
    h.append("Date: " + date)
    h.append("Message-ID: " + mid)
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + refs)
    if xmailer:
        h.append(xmailer)
    h.extend(extra)
    return h


def aws_in(date, to=ME_P, frm_addr=TC_FORM, frm_name="AWS Training and Certification",
           m365=False):
    """Return-Path/Received/Authentication-Results for genuine Amazon SES mail."""
    rp = "0100019%s@us-west-2.amazonses.com" % ("%012x" % (hash_str(date + to) & 0xffffffffffff))
    if m365:
        recv = ("Received: from a27-56.smtp-out.us-west-2.amazonses.com (54.240.27.56) by\n"
                " TYCPR01MB11232.jpnprd01.prod.outlook.com (2603:1096:400:3c4::9) with\n"
                " Microsoft SMTP Server (version=TLS1_2,\n"
                " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; " + date)
        return dict(rp=rp, recv=recv, auth=ar_m365(frm_addr.split("@")[1]))
    return dict(rp=rp, recv=rcv_gmail(date=date),
                auth=ar_gmail(frm_addr.split("@")[1], True, mailfrom=rp))


TC_FROM = ad("AWS Training and Certification", TC_FORM)
SIG_CS = "\n\nBest regards,\n\n%s\nAWS Training and Certification Customer Service\n"

# =========================================================================
# 2023: duplicate certification account with the same e-mail, Credly badges
# =========================================================================
SUBJ23 = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C23

# 001 certification: exam result ------------------------------------------
t = """Hello Daichi Morimoto,

Congratulations! You have successfully completed the requirements to become
AWS Certified Solutions Architect - Professional.

Candidate ID: %s
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date achieved: November 2, 2023
Valid through: November 2, 2026

Your certificate, transcript and digital badge will be available in your AWS
Certification Account within five business days. To view them, sign in at
https://www.aws.training/Certification and choose Certifications.

Want to put your new credential to work? Share your badge on LinkedIn and
explore the benefits that come with being AWS Certified, including a 50%%
discount voucher for your next certification exam.

Thank you,
AWS Training and Certification

This message was sent by Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109. You are receiving this e-mail because you hold an AWS
Certification account.
""" % ID_MAIN
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daichi Morimoto,</p>
<p><b>Congratulations!</b> You have successfully completed the requirements to become
<b>AWS Certified Solutions Architect - Professional</b>.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Exam</td><td>AWS Certified Solutions Architect - Professional (SAP-C02)</td></tr>
<tr><td>Date achieved</td><td>November 2, 2023</td></tr>
<tr><td>Valid through</td><td>November 2, 2026</td></tr></table>
<p>Your certificate, transcript and digital badge will be available in your
<a href="https://www.aws.training/Certification">AWS Certification Account</a> within five business days.</p>
<p>Want to put your new credential to work? Share your badge on LinkedIn and explore the
benefits that come with being AWS Certified, including a 50%% discount voucher for your next
certification exam.</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">This message was sent by Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109. You are receiving this e-mail because you hold an AWS Certification account.</p>
</body></html>""" % ID_MAIN
d = dt("2023-11-03 17:02:11")
add("certification", False, None, [ID_MAIN],
    hdrs(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations! You are now AWS Certified", d,
         "<20231103170211.8c1f7e2a94b1@certmetrics.com>",
         rp="bounce-7731@mail.certmetrics.com", recv=rcv_gmail("mail.certmetrics.com", "198.2.180.14", d),
         auth=ar_gmail("certmetrics.com", True, "bounce-7731@mail.certmetrics.com")),
    alt(t, html, "==cm_b1_8c1f7e2a"),
    what="CertMetrics exam-pass notice with candidate ID",
    hard="program mail, mentions a voucher benefit; candidate ID in a table")

# 002 unrelated: GitHub merged -------------------------------------------------
t = """@kenta-o merged commit 4e1b9c2 into main.

    Merge branch 'fix/account-merge-script'

    Consolidates the two cert-lab accounts into one Terraform workspace.

--
Reply to this email directly, view it on GitHub:
https://github.com/d-morimoto/terraform-aws-cert-lab/pull/14#event-10871223311
You are receiving this because you authored the thread.

Message ID: <d-morimoto/terraform-aws-cert-lab/pull/14/issue_event/10871223311@github.com>
"""
d = dt("2023-11-06 04:41:09")
add("unrelated", False, None, [],
    hdrs(ad("kenta-o", "notifications@github.com"), ad("d-morimoto/terraform-aws-cert-lab", "terraform-aws-cert-lab@noreply.github.com"),
         "Re: [d-morimoto/terraform-aws-cert-lab] Merge accounts into one workspace (PR #14)", d,
         "<d-morimoto/terraform-aws-cert-lab/pull/14/issue_event/10871223311@github.com>",
         cc="Author <author@noreply.github.com>",
         irt="<d-morimoto/terraform-aws-cert-lab/pull/14@github.com>",
         refs="<d-morimoto/terraform-aws-cert-lab/pull/14@github.com>",
         rp="noreply@github.com", recv=rcv_gmail("out-21.smtp.github.com", "192.30.252.204", d),
         auth=ar_gmail("github.com", True, "noreply@github.com"),
         extra=["List-ID: d-morimoto/terraform-aws-cert-lab <terraform-aws-cert-lab.d-morimoto.github.com>",
                "X-GitHub-Reason: author", "Precedence: list"]),
    leaf(t, cte="7bit"),
    what="GitHub: PR merged",
    hard="'merged' + 'accounts' in subject, Re: prefix")

# 003 acknowledgement 2023 ---------------------------------------------------------
MID3 = ses_id("ack23")
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. This note is to let
you know that your request arrived safely and that case %s has been created for it.

Here is what you sent us:

  Inquiry type: Certification
  Additional details: Account Merge
  Subject: Two certification accounts under one e-mail address
  Description: My new Professional certification does not appear in Credly. I think
  I accidentally created a second certification account with the same e-mail address
  (d.morimoto.dev@gmail.com) when I switched to Builder ID sign-in. Could you merge
  them into my original account?

A member of our team generally answers within one business day, though some requests
take longer to research. Opening a new case for the same question will not speed things
up; it usually slows them down, so keep everything on this case.

Sincerely,
AWS Training and Certification Customer Service

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % C23
d = dt("2023-11-07 12:15:33")
add("acknowledgement", False, C23, [],
    hdrs(TC_FROM, ME_P, SUBJ23, d, MID3, **aws_in(d)),
    leaf(t, fmt="flowed"),
    what="2023 case opened (11-digit), echo of form text",
    hard="echoed form text contains the user's own question 'Could you merge them'")


def sf_quote(frm, sent, to, subj, body):
    return ("\n\n--------------- Original Message ---------------\nFrom: %s\nSent: %s\nTo: %s\n"
            "Subject: %s\n\n%s" % (frm, sent, to, subj, body.strip("\n")))


def gmail_attr(date_txt, who):
    return "On %s %s wrote:" % (date_txt, who)


# 004 info_request 2023: candidate IDs -------------------------------------------------
MID4 = ses_id("req23")
B4 = """Hello Daichi,

My name is Priya and I'll be looking after your case.

What you describe is a pattern we see fairly often since the move to AWS Builder ID:
signing in with a new Builder ID that isn't connected to your existing certification
profile creates a fresh, empty certification account, even when the e-mail address is
the same. Credly then keeps talking to whichever record it was linked with first, so
newly earned credentials can end up on the "other" record and never reach your badge
wallet.

Both records can be combined, but first we have to be certain which two records are
involved. Searching by e-mail alone isn't reliable here because both share the same
address. What we need from you is the candidate ID of each account: sign in to each one
at https://www.aws.training/Certification and look at the top-right corner of the page,
where an ID starting with "AWS" followed by eight digits is displayed.

Once we have both IDs, we'll lay out exactly what will be merged into what and check
it with you before making any change.

Kind regards,

Priya S.
AWS Training and Certification Customer Service
"""
d = dt("2023-11-08 09:47:02")
add("info_request", True, C23, [],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJ23, d, MID4, irt=MID3, refs=MID3, **aws_in(d)),
    leaf(B4),
    what="agent asks for both candidate IDs",
    hard="request buried after a long explanation; phrased 'What we need from you is', no 'please'")

# 005 unrelated: AWS billing statement --------------------------------------------------
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web
site. Your account will be charged the following:

Total: $4.87

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Your account number is 418273650912.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
Avenue North, Seattle, WA 98109-5210.
"""
d = dt("2023-11-10 02:31:54")
add("unrelated", False, None, [],
    hdrs(ad("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
         "Amazon Web Services Billing Statement Available [Account: 418273650912]", d,
         ses_id("bill23"), **aws_in(d, frm_addr="aws-billing@amazon.com")),
    leaf(t, cte="7bit"),
    what="AWS billing statement",
    hard="genuine amazon.com sender, 12-digit account number in brackets")

# 006 closing_notice 2023 -------------------------------------------------------------
MID6 = ses_id("close23")
t = """Hello Daichi,

I'm following up on the message I sent on November 8, which is copied below. As we
haven't received the candidate IDs yet, this case will be set to closed at the end of
the week.

Nothing is lost if that happens: responding to this e-mail with the two IDs, even after
the case has closed, reopens it automatically and brings it back to me.

Kind regards,

Priya S.
AWS Training and Certification Customer Service""" + sf_quote(
    "AWS Training and Certification", "11/8/2023 9:47 AM", ME_P, "RE:" + SUBJ23, B4)
d = dt("2023-11-13 08:05:40")
add("closing_notice", True, C23, [],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJ23, d, MID6, irt=MID4, refs=MID3 + " " + MID4, **aws_in(d)),
    leaf(t),
    what="no answer yet: case will close at end of week, reply reopens it",
    hard="quotes the earlier request; the ask itself is implicit ('responding ... reopens it')")

# 007 user_reply 2023 ---------------------------------------------------------------------
MID7 = gm_id("u23a")
own = """Hi Priya,

Sorry, I missed your first mail. Here are the two records:

- %s : the account I've used since 2019, the one connected to Credly
- %s : the one created by mistake last month after the Builder ID switch

Both are registered to d.morimoto.dev@gmail.com.

Thanks,
Daichi""" % (ID_MAIN, ID_DUP)
t = own + "\n\n" + gmail_attr("Mon, Nov 13, 2023 at 5:05 PM", "AWS Training and Certification <%s>" % TC_FORM) + "\n\n" + quote(t) + "\n"
d = dt("2023-11-13 19:22:08", "+0900")
add("user_reply", False, C23, [ID_MAIN, ID_DUP],
    hdrs(ad(ME_NAME, ME_P), TC_FROM, "Re: RE:" + SUBJ23, d, MID7, irt=MID6,
         refs=" ".join([MID3, MID4, MID6])),
    leaf(t),
    what="owner sends both candidate IDs",
    hard="own text has IDs, quoted history repeats the request and closing notice")

# 008 case_update 2023 -------------------------------------------------------------------
MID8 = ses_id("upd23")
t = """Hi Daichi,

Marco here, I'm taking over from Priya. Thanks for sending the IDs; your case is open
again.

Merges between two records that share an e-mail address are carried out by our
certification records team, so I've passed the request to them together with both IDs.
They are working through a larger backlog than usual at the moment and it may be
several business days before they get to it. I'll write again as soon as I hear back.

Regards,
Marco R.
AWS Training and Certification Customer Service""" + sf_quote(
    ME_NAME, "11/13/2023 10:22 AM", TC_FORM, "Re: RE:" + SUBJ23, own)
d = dt("2023-11-14 16:40:19")
add("case_update", False, C23, [],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJ23, d, MID8, irt=MID7,
         refs=" ".join([MID3, MID4, MID6, MID7]), **aws_in(d)),
    leaf(t),
    what="reopened, routed to records team, backlog",
    hard="candidate IDs only in the quoted user text; 'I'll write again' is not a request")

# 009 confirmation_request 2023 (Japanese agent) -----------------------------------------
MID9 = ses_id("conf23")
B9 = """森本 大地 様

AWS トレーニングと認定 カスタマーサービスの木下と申します。
Marco より本件を引き継ぎました。

認定記録チームにて準備が整いましたので、統合の前に内容の最終確認をさせてください。

  残すアカウント : %s （ログインメール: d.morimoto.dev@gmail.com）
  統合元アカウント: %s （ログインメール: d.morimoto.dev@gmail.com）

%s の試験履歴・認定・特典をすべて %s に移し、移行後に %s は無効化いたします。
この内容で統合を進めてよろしいでしょうか。問題なければ、その旨を本メールにご返信ください。

木下 彩
AWS Training and Certification Customer Service
""" % (ID_MAIN, ID_DUP, ID_DUP, ID_MAIN, ID_DUP)
d = dt("2023-11-16 06:12:44")
add("confirmation_request", True, C23, [ID_MAIN, ID_DUP],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJ23, d, MID9, irt=MID8,
         refs=" ".join([MID3, MID4, MID6, MID7, MID8]), **aws_in(d)),
    leaf(B9, cte="base64"),
    what="Japanese agent lists keep/merge accounts and asks for go-ahead",
    hard="Japanese, base64; IDs repeated several times in own text (labelled once each, first appearance)")

# 010 user_reply 2023 (Japanese) -----------------------------------------------------------
MID10 = gm_id("u23b")
own10 = """木下様

ご確認ありがとうございます。
記載の内容で問題ありません。%s を残す形で統合をお願いいたします。

森本""" % ID_MAIN
t = own10 + "\n\n2023年11月16日(木) 15:12 AWS Training and Certification <%s>:\n\n" % TC_FORM + quote(B9) + "\n"
html = ('<div dir="ltr">' + own10.replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">2023年11月16日(木) 15:12 AWS Training and Certification &lt;'
        + TC_FORM + '&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + B9.replace("\n", "<br>")
        + '</blockquote></div>')
d = dt("2023-11-16 21:03:51", "+0900")
add("user_reply", False, C23, [ID_MAIN],
    hdrs(ad(ME_NAME, ME_P), TC_FROM, "Re: RE:" + SUBJ23, d, MID10, irt=MID9,
         refs=" ".join([MID3, MID4, MID6, MID7, MID8, MID9])),
    alt(t, html, "000000000000a4c1f80609b2d7e1", cte="base64"),
    what="owner confirms in Japanese",
    hard="Gmail Japanese attribution line; quoted confirmation request below")

# 011 unrelated: connpass newsletter ------------------------------------------------------
t = """森本 大地 さん

connpass から新着イベントのお知らせです。あなたがメンバーになっているグループで
新しいイベントが公開されました。

■ JAWS-UG 東京 第31回勉強会 〜 re:Invent 直前スペシャル
  日時: 2023/11/24(金) 19:00〜21:30
  会場: 目黒セントラルスクエア（オンライン配信あり）
  参加枠: 現地 80 名 / オンライン 300 名
  https://jawsug.connpass.com/event/301122/

■ JAWS-UG 初心者支部 #52 AWS 認定の勉強法を語る会
  日時: 2023/12/05(火) 19:30〜21:00
  会場: オンライン
  https://jawsug-bgnr.connpass.com/event/301560/

参加登録はイベントページから行えます。
このメールは送信専用です。配信停止は設定ページから変更できます。
https://connpass.com/settings/

connpass
"""
d = dt("2023-11-18 10:00:27", "+0900")
add("unrelated", False, None, [],
    hdrs(ad("connpass", "no-reply@connpass.com"), ME_P,
         "【connpass】新着イベントのお知らせ（JAWS-UG 東京 ほか 2 件）", d,
         "<20231118010027.4412.76213@connpass.com>",
         rp="bounce@mail.connpass.com", recv=rcv_gmail("mail.connpass.com", "52.68.122.9", d),
         auth=ar_gmail("connpass.com", True, "bounce@mail.connpass.com"),
         charset="iso-2022-jp", extra=["List-Unsubscribe: <https://connpass.com/settings/>"]),
    leaf(t, charset="iso-2022-jp", cte="7bit"),
    what="connpass event newsletter (ISO-2022-JP)",
    hard="mentions AWS 認定; ISO-2022-JP 7bit")

# 012 resolved 2023 ----------------------------------------------------------------------
MID12 = ses_id("done23")
t = """Hello Daichi,

Good news: the records team has finished. Everything that was on %s (exam
history, certifications, benefits) has been moved across to %s, and the
duplicate record has been closed. Apologies that this took longer than our usual
turnaround; the team has been handling an unusually high volume of requests.

Credly usually catches up within a day or two, after which your Professional badge
should be waiting for you. Should any badge still be missing after that, you're welcome
to reply here and mention which one.

Regards,
Marco R.
AWS Training and Certification Customer Service""" % (ID_DUP, ID_MAIN) + sf_quote(
    "AWS Training and Certification", "11/16/2023 6:12 AM", ME_P, "RE:" + SUBJ23, B9)
d = dt("2023-11-21 23:58:07")
add("resolved", False, C23, [ID_DUP, ID_MAIN],
    hdrs(TC_FROM, ME_P, "RE: " + SUBJ23, d, MID12, irt=MID10,
         refs=" ".join([MID3, MID4, MID6, MID7, MID8, MID9, MID10]), **aws_in(d)),
    leaf(t),
    what="merge done after 8 days",
    hard="quotes the Japanese go-ahead request (この内容で…よろしいでしょうか); conditional 'you're welcome to reply'; 'RE: [CASE' spacing")

# 013 badge 2023 --------------------------------------------------------------------------
t = """Daichi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Professional".

Accept your badge to share it with your network and let employers verify it:
https://www.credly.com/earner/earned/badge/5d0c2f7e-93a1-4b8e-bc61-0f2a9e47d318

Why accept? Accepted badges appear on your public profile, and you control who sees them.

Credly, Inc. | 1005 Congress Ave, Suite 400, Austin, TX 78701
Manage notification settings: https://www.credly.com/earner/settings/notifications
"""
html = """<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><h1 style="font-size:22px">Daichi, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5d0c2f7e-93a1-4b8e-bc61-0f2a9e47d318"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">Accepted badges appear on your public profile, and you control who sees them.</p>
</td></tr></table></td></tr></table>
<p style="font-size:11px;color:#999;text-align:center">Credly, Inc. | 1005 Congress Ave, Suite 400, Austin, TX 78701</p>
</body></html>"""
d = dt("2023-11-22 00:41:15")
add("badge", False, None, [],
    hdrs(ad("Credly", "admin@credly.com"), ME_P,
         "Amazon Web Services Training and Certification issued you a new badge", d,
         "<655d4f0b9c1e2_3a7f2b1c8d4e@credly-mailer-7f9c.mail>",
         rp="bounces+81233@em.credly.com", recv=rcv_gmail("o1.em.credly.com", "167.89.33.11", d),
         auth=ar_gmail("credly.com", True, "bounces+81233@em.credly.com")),
    alt(t, html, "--==_mimepart_655d4f0b9a2c_3a7f2b1c"),
    what="Credly badge issued right after the merge",
    hard="badge UUID in URL; arrives minutes after a resolution")

# 014 survey 2023 -------------------------------------------------------------------------
t = """Hello,

You recently contacted AWS Training and Certification Customer Service about case
%s. We'd appreciate two minutes of your time to tell us how it went.

How satisfied were you with the support you received?
https://survey.aws-training.amazon.com/s/tcsupport?case=%s

Your answers are anonymous and help us improve. This survey will be open for 14 days.

Thank you,
AWS Training and Certification Customer Service
""" % (C23, C23)
d = dt("2023-11-23 05:00:02")
add("survey", False, C23, [],
    hdrs(ad("AWS Training and Certification", "tc-support-survey@amazon.com"), ME_P,
         "How did we do? Your feedback on case %s" % C23, d, ses_id("surv23"),
         **aws_in(d, frm_addr="tc-support-survey@amazon.com")),
    leaf(t, cte="7bit"),
    what="satisfaction survey for the 2023 case",
    hard="asks a question ('How satisfied were you') with the case number")

# =========================================================================
# 2025: job change, merge company account into personal one
# =========================================================================
SUBJA = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA
SUBJB = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB


def m365_recv(frm_host, ip, date):
    return ("Received: from %s (%s) by TYCPR01MB11232.jpnprd01.prod.outlook.com\n"
            " (2603:1096:400:3c4::9) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; %s" % (frm_host, ip, date))


# 015 certification: expiry reminder (company address) ------------------------------------
t = """Hello Daichi,

Your AWS Certified Developer - Associate certification expires on August 22, 2025.

Candidate ID: %s

To keep your certification active, pass the current version of the exam (DVA-C02)
before the expiration date. Recertifying also extends the expiration of any
lower-level certification you hold.

Remember that you can use the 50%% discount benefit in your AWS Certification Account
when you schedule your exam.

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Training and Certification
""" % ID_CO
d = dt("2025-05-27 15:30:44")
add("certification", False, None, [ID_CO],
    hdrs(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
         "Your AWS Certification expires in 90 days", d,
         "<20250527153044.51aa90c3d2@certmetrics.com>",
         rp="bounce-7731@mail.certmetrics.com", recv=m365_recv("mail.certmetrics.com", "198.2.180.14", d),
         auth=ar_m365("certmetrics.com", "mail.certmetrics.com")),
    leaf(t, cte="7bit"), crlf=True,
    what="90-day expiry reminder to company address",
    hard="'remember that you can use…' advice, not a support case; CRLF")

# 016 unrelated: manager (ISO-2022-JP) -----------------------------------------------------
t = """森本さん

お疲れさまです。佐藤です。
先日の面談の件、人事とも調整がつきましたので共有します。

・最終出社日: 6/27(金)
・退職日: 6/30(月)
・会社アカウント（メール・Slack・M365）は 6/30 18:00 に停止予定

AWS 認定の件ですが、会社はパートナー登録をしている関係で、
認定アカウントが APN に紐付いているはずです。
個人に移す場合は、先に山本さん（パートナー管理担当）に一声かけておいてください。

引き継ぎ資料は 6/20 までに共有フォルダへお願いします。

佐藤
"""
d = dt("2025-05-30 18:12:09", "+0900")
add("unrelated", False, None, [],
    hdrs(ad("佐藤 優子", "yuko.sato@kestrel-sys.co.jp", "iso-2022-jp"), ad("森本 大地", ME_C, "iso-2022-jp"),
         "退職日と引き継ぎについて", d, ol_id("sato1"), charset="iso-2022-jp",
         extra=["Thread-Topic: " + eh("退職日と引き継ぎについて", "iso-2022-jp"),
                "Content-Language: ja-JP", "X-MS-Has-Attach:"]),
    leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    what="manager: last day, mailbox shutdown, APN hint",
    hard="colleague asks the owner to act (talk to partner admin); mentions AWS 認定 and APN")

# 017 user_reply: forward of 2021 case to personal address -------------------------------
own = """自分用メモ（個人アドレスに保存）

2021年の受験バウチャーの件のやり取り。会社の認定アカウント %s 側の話。
会社メールが 6/30 で止まるので転送しておく。

森本""" % ID_CO
fwd = """________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, September 16, 2021 11:04 PM
To: Daichi Morimoto <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher

Hello Daichi,

Thanks for confirming your candidate ID. The voucher from your Kestrel Systems order
has now been applied to your certification account, and it will be shown on the
Benefits page within 24 hours. This case is resolved.

Best regards,
Kaitlyn
AWS Training and Certification Customer Service

--------------- Original Message ---------------
From: AWS Training and Certification
Sent: 9/15/2021 3:18 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher

Could you confirm the candidate ID of the certification account where the voucher
should be applied? It begins with AWS and is followed by eight digits.
""" % (TC_FORM, ME_C, C21, C21)
t = own + "\n\n" + fwd
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Meiryo UI,sans-serif;font-size:11pt">' + own.replace("\n", "<br>\n")
        + '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
        + fwd.split("\n", 1)[1].replace("\n", "<br>\n") + '</div></body></html>')
d = dt("2025-06-02 12:40:17", "+0900")
add("user_reply", False, C21, [ID_CO],
    hdrs(ad("森本 大地", ME_C), ME_P,
         "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % C21, d,
         ol_id("fwd21"), extra=["Thread-Topic: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % C21,
                               "Content-Language: ja-JP", "X-MS-Exchange-Organization-AuthAs: Internal"]),
    alt(t, html, "_000_TYCPR01MB1123244F0A9_", cte="quoted-printable"), crlf=True,
    what="owner forwards a 2021 (10-digit) case mail to himself",
    hard="forwarded body holds an old request ('Could you confirm the candidate ID'); Outlook FW: style")

# 018 unrelated: Builder ID verification code -------------------------------------------
t = """AWS Builder ID

Verify your identity

A sign-in attempt requires further verification because we did not recognise your
device. To complete the sign-in, enter the verification code on the unrecognised device.

Verification code: 418903

This code expires 30 minutes after it was sent.

If you did not attempt to sign in, change your password at https://profile.aws.amazon.com.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
d = dt("2025-06-03 01:21:36")
add("unrelated", False, None, [],
    hdrs(ad("AWS Builder ID", "no-reply@signin.aws"), ME_P, "AWS Builder ID: verification code for sign-in", d,
         ses_id("bid25"), **aws_in(d, frm_addr="no-reply@signin.aws")),
    leaf(t, cte="7bit"),
    what="Builder ID one-time code",
    hard="6-digit code, AWS sender, 'enter … code' instruction")

# 019 acknowledgement CA ---------------------------------------------------------------------
MIDA1 = ses_id("ackA")
FORM_A = """I am leaving Kestrel Systems K.K. at the end of June and would like to merge my
certification account registered with my work e-mail into my personal one.
All e-mail addresses I may have used: daichi.morimoto@kestrel-sys.co.jp,
d.morimoto.dev@gmail.com
Address to keep on file: d.morimoto.dev@gmail.com"""
t = """Hello Daichi Morimoto,

We have received your message and opened case %s. The information you submitted is
shown below.

Case ID: %s
Inquiry type: AWS Training and Certification
Issue type: Certification
Additional details: Account Merge
Description:
%s

You can expect a reply within 24 hours in most cases; complex requests may need a
little longer. If a case about this request already exists, there's no need to submit
the form again. Additional information can be sent by replying to this message.

Regards,
AWS Training and Certification Customer Service
""" % (CA, CA, FORM_A)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Daichi Morimoto,</p>
<p>We have received your message and opened case <b>%s</b>. The information you submitted is shown below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><th align="left">Case ID</th><td>%s</td></tr>
<tr><th align="left">Inquiry type</th><td>AWS Training and Certification</td></tr>
<tr><th align="left">Issue type</th><td>Certification</td></tr>
<tr><th align="left">Additional details</th><td>Account Merge</td></tr>
<tr><th align="left">Description</th><td>%s</td></tr></table>
<p>You can expect a reply within 24 hours in most cases; complex requests may need a little longer.
If a case about this request already exists, there's no need to submit the form again.
Additional information can be sent by replying to this message.</p>
<p>Regards,<br>AWS Training and Certification Customer Service</p></body></html>""" % (
    CA, CA, FORM_A.replace("\n", "<br>"))
d = dt("2025-06-03 01:38:40")
add("acknowledgement", False, CA, [],
    hdrs(TC_FROM, ME_P, SUBJA, d, MIDA1, **aws_in(d)),
    alt(t, html, "----=_Part_1188204_1390476510.1748914720331"),
    what="2025 merge case opened (15-digit ID), echoes the form",
    hard="echoed form text 'would like to merge'; 'Additional information can be sent by replying' is optional")

# 020 acknowledgement CB (duplicate, Japanese, company address) --------------------------
MIDB1 = ses_id("ackB")
t = """森本 大地 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
調査に時間を要する場合は、これより遅くなることがございますので、あらかじめご了承ください。

なお、同じご用件ですでにケースをお持ちの場合、新しいケースを重ねて作成されますと
かえってご回答が遅れる原因となります。追加のご連絡は本メールへの返信にてお願いいたします。

AWS トレーニングと認定 カスタマーサービス
""" % CB
d = dt("2025-06-03 01:52:30")
add("acknowledgement", False, CB, [],
    hdrs(ad("AWS Training and Certification", TC_FORM), ME_C, SUBJB, d, MIDB1,
         **aws_in(d, to=ME_C, m365=True), charset="iso-2022-jp"),
    leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    what="second (duplicate) form submission from the company address, Japanese ack",
    hard="ISO-2022-JP; 'お願いいたします' about how to add info is not a request; second case for same request")

# 021 unrelated: AWS marketing (HTML only, Japanese) ---------------------------------------
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;padding:0;background:#232f3e">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="padding:32px 32px 8px"><img src="https://d1.awsstatic.com/email/summit-jp-2025-hero.png" width="536" alt="AWS Summit Japan 2025"></td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:1.7">
<p>森本 大地 様</p>
<p>今年も AWS Summit Japan の季節がやってきました。6 月 25 日・26 日の 2 日間、幕張メッセで 150 以上のセッションをお届けします。</p>
<p>AWS 認定を保有されている方向けの <b>認定者ラウンジ</b> もご用意しています。会場で認定バッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja_%s" style="background:#ff9900;color:#16191f;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ無料登録</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#687078">このメールは aws-marketing-email-replies@amazon.com から送信されています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>""" % "8f21c"
d = dt("2025-06-03 04:05:00")
add("unrelated", False, None, [],
    hdrs(ad("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
         "【6/25-26 幕張】AWS Summit Japan 2025 参加登録受付中", d, ses_id("mkt25"),
         **aws_in(d, frm_addr="aws-marketing-email-replies@amazon.com"),
         extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>"]),
    leaf(html, "html", cte="base64"),
    what="AWS marketing, HTML only",
    hard="genuine amazon.com, mentions AWS 認定 and a call to action")

# 022 case_update CB: duplicate closed --------------------------------------------------
t = """Hello,

Thank you for contacting AWS Training and Certification.

This case (%s) repeats a request you submitted a few minutes earlier, which is
being handled under case %s. To avoid two agents working on the same thing,
I have closed %s and linked it to the original.

Everything will continue on case %s, and replies will go to the e-mail address
entered on that form (d.morimoto.dev@gmail.com). You don't need to do anything
on this case.

Best regards,

Rahul
AWS Training and Certification Customer Service
""" % (CB, CA, CB, CA)
d = dt("2025-06-04 00:21:13")
add("case_update", False, CB, [],
    hdrs(TC_FROM, ME_C, "RE:" + SUBJB, d, ses_id("dupB"), irt=MIDB1, refs=MIDB1,
         **aws_in(d, to=ME_C, m365=True)),
    leaf(t, cte="7bit"), crlf=True,
    what="duplicate case closed and linked to the main case",
    hard="two case numbers in the body; 'closed' but not a closing notice; belongs to the duplicate case")

# 023 on_hold CA: APN partner link, question buried --------------------------------------
MIDA2 = ses_id("holdA")
BA2 = """Hello Daichi,

Thank you for your patience. I'm Hannah, and I'll be working on your merge request.

While reviewing the two accounts I found that the certification account registered to
daichi.morimoto@kestrel-sys.co.jp (candidate ID %s) is associated with an AWS
Partner Network organization, Kestrel Systems K.K. Certifications on a partner-linked
account count towards that partner's standing, so we are not able to merge the account
into a personal one while the association is in place. It has to be released by the
partner's administrator in AWS Partner Central, or it ends on its own once your
employment with the partner is recorded as finished.

I have placed your case on hold until the association is removed. You don't need to
contact AWS Partner Central yourself.

In the meantime, it would help me plan the next steps to know your last working day at
Kestrel Systems, and whether the company mailbox will keep receiving mail until then?

Kind regards,

Hannah K.
AWS Training and Certification Customer Service
""" % ID_CO
html = "<html><body><div style=\"font-family:Arial;font-size:10pt\">" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in BA2.strip().split("\n\n")) + "</div></body></html>"
d = dt("2025-06-04 07:44:51")
add("on_hold", True, CA, [ID_CO],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJA, d, MIDA2, irt=MIDA1, refs=MIDA1, **aws_in(d)),
    alt(BA2, html, "----=_Part_1201933_88317702.1748997891540"),
    what="case on hold: company account tied to an APN partner; asks last working day",
    hard="hold + question buried at the end ('it would help me … to know'), 'You don't need to contact' negation")

# 024 user_reply CA -------------------------------------------------------------------
MIDA3 = gm_id("uA1")
own = """Hi Hannah,

Thanks for looking into this. My last working day at Kestrel Systems is June 30;
the company mailbox is switched off that evening, so please keep using my personal
address. I've also asked our partner admin to remove the link in Partner Central.

Best regards,
Daichi Morimoto"""
t = own + "\n\n" + gmail_attr("Wed, Jun 4, 2025 at 4:44 PM", "AWS Training and Certification <%s>" % TC_FORM) + "\n\n" + quote(BA2) + "\n"
html = ('<div dir="ltr">' + own.replace("\n", "<br>") + '</div><br><div class="gmail_quote gmail_quote_container">'
        '<div dir="ltr" class="gmail_attr">On Wed, Jun 4, 2025 at 4:44 PM AWS Training and Certification &lt;'
        + TC_FORM + '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + BA2.replace("\n", "<br>") + '</blockquote></div>')
d = dt("2025-06-04 18:02:26", "+0900")
add("user_reply", False, CA, [],
    hdrs(ad(ME_NAME, ME_P), TC_FROM, "Re: RE:" + SUBJA, d, MIDA3, irt=MIDA2, refs=MIDA1 + " " + MIDA2),
    alt(t, html, "000000000000f1e2b30636ab7c20"),
    what="owner gives last working day",
    hard="'please keep using' is the owner's request to support; quoted hold below")

# 025 unrelated: Pearson VUE booking ---------------------------------------------------
t = """Dear Daichi Morimoto,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for
your records.

Exam: DVA-C02: AWS Certified Developer - Associate
Delivery: OnVUE online proctored
Appointment: Saturday, July 19, 2025 10:00 JST
Registration ID: 512847396
Candidate ID: %s

Please check in 30 minutes before your appointment and run the system test on the
computer you will use. Rescheduling or cancellation is possible up to 24 hours before
the appointment through your AWS Certification Account.

Sincerely,
Pearson VUE

Pearson VUE | 5601 Green Valley Drive, Bloomington, MN 55437
""" % ID_MAIN
d = dt("2025-06-05 11:17:38")
add("unrelated", False, None, [ID_MAIN],
    hdrs(ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
         "Pearson VUE Confirmation of Booking", d, "<1749122258.512847396.pvue@pearson.com>",
         rp="bounce@notify.pearson.com", recv=rcv_gmail("mx2.notify.pearson.com", "159.182.1.47", d),
         auth=ar_gmail("pearson.com", True, "bounce@notify.pearson.com")),
    leaf(t, cte="7bit"),
    what="exam vendor booking confirmation",
    hard="9-digit registration ID (not a case), candidate ID, AWS exam name")

# 026 unrelated: partner admin colleague (ISO-2022-JP) ------------------------------------
t = """森本さん

山本です。お疲れさまです。

AWS Partner Central で、森本さんの認定アカウントと当社パートナーアカウントの
関連付けを解除しました。AWS 側に反映されるまで数日かかるそうです。

あと、会社の認定アカウントにある認定証の PDF は、念のため退職日までに
ダウンロードしておいてください。

山本
--
山本 健 / Kestrel Systems K.K. パートナーアライアンス室
"""
d = dt("2025-06-06 14:30:02", "+0900")
add("unrelated", False, None, [],
    hdrs(ad("山本 健", "ken.yamamoto@kestrel-sys.co.jp", "iso-2022-jp"), ad("森本 大地", ME_C, "iso-2022-jp"),
         "RE: AWS認定アカウントのパートナー紐付けについて", d, ol_id("yama1"),
         irt=ol_id("yama0"), refs=ol_id("yama0"), charset="iso-2022-jp",
         extra=["Content-Language: ja-JP"]),
    leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    what="colleague (partner admin) removed the APN link",
    hard="colleague asks the owner to download PDFs; about the case but not from support")

# 027 case_update CA: hold lifted --------------------------------------------------------
MIDA4 = ses_id("liftA")
t = """Hi Daichi,

Quick update on your case: the partner association on %s has now been released,
so the hold is lifted. I've handed the merge over to our certification operations team,
who will prepare both accounts and send you the details for your review shortly.

Kind regards,
Hannah K.
AWS Training and Certification Customer Service
""" % ID_CO
d = dt("2025-06-09 03:10:06")
add("case_update", False, CA, [ID_CO],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJA, d, MIDA4, irt=MIDA3, refs=" ".join([MIDA1, MIDA2, MIDA3]), **aws_in(d)),
    leaf(t, cte="7bit"),
    what="hold lifted, passed to operations",
    hard="announces a future review request without asking anything yet")

# 028 confirmation_request CA (HTML only, to the company address) ------------------------
MIDA5 = ses_id("confA")
rows = lambda n, e, cid: (
    '<tr><td colspan="2" style="background:#eaeded;padding:6px"><b>Account #%d</b></td></tr>'
    '<tr><td style="padding:4px 12px">Login email</td><td>%s</td></tr>'
    '<tr><td style="padding:4px 12px">Training notification email</td><td>%s</td></tr>'
    '<tr><td style="padding:4px 12px">Certification notification email</td><td>%s</td></tr>'
    '<tr><td style="padding:4px 12px">Candidate ID</td><td>%s</td></tr>' % (n, e, e, e, cid))
HA5 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Daichi,</p>
<p>My name is Tom&aacute;s and I'm with the certification operations team. Both of your
certification accounts are ready to be combined. Here is what we found:</p>
<table style="border:1px solid #aab7b8;border-collapse:collapse;font-size:10.5pt">
%s
%s
</table>
<p>Once merged, the exam history, certifications and benefits of Account #2 will live
under Account #1, and Account #2 will be closed. Look over the two accounts above and, if
both are yours, reply to this e-mail to confirm that Account #2 should be merged into
Account #1.</p>
<p>Best regards,<br>Tom&aacute;s G.<br>AWS Training and Certification &ndash; Certification Operations</p>
</div></body></html>""" % (rows(1, ME_P, ID_MAIN), rows(2, ME_C, ID_CO))
d = dt("2025-06-10 01:26:37")
add("confirmation_request", True, CA, [ID_MAIN, ID_CO],
    hdrs(TC_FROM, ME_C, "RE:" + SUBJA, d, MIDA5, irt=MIDA4, refs=" ".join([MIDA1, MIDA2, MIDA3, MIDA4]),
         **aws_in(d, to=ME_C, m365=True)),
    leaf(HA5, "html"), crlf=True,
    what="Account #1 / Account #2 table, asks to confirm the merge direction",
    hard="HTML only with a table; sent to the company address; imperative 'Look over … reply' without please")

# 029 user_reply CA from the company address (Outlook) ----------------------------------
MIDA6 = ol_id("uA2")
own = """Hello Tomás,

Confirmed. Both accounts are mine - please merge Account #2 into Account #1.

Regards,
Daichi Morimoto
Kestrel Systems K.K."""
plain5 = ("Hello Daichi,\n\nMy name is Tomás and I'm with the certification operations team. Both of your\n"
          "certification accounts are ready to be combined. Here is what we found:\n\n"
          "Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n\n"
          "Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n\n"
          "Once merged, the exam history, certifications and benefits of Account #2 will live\n"
          "under Account #1, and Account #2 will be closed. Look over the two accounts above and, if\n"
          "both are yours, reply to this e-mail to confirm that Account #2 should be merged into\n"
          "Account #1.\n\nBest regards,\nTomás G.\nAWS Training and Certification - Certification Operations"
          % (ME_P, ME_P, ME_P, ID_MAIN, ME_C, ME_C, ME_C, ID_CO))
hdr_q = """________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, June 10, 2025 10:26
To: 森本 大地 <%s>
Subject: RE:%s
""" % (TC_FORM, ME_C, SUBJA)
t = own + "\n\n" + hdr_q + "\n" + plain5 + "\n"
html = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + own.replace("\n", "<br>")
        + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        + hdr_q.split("\n", 1)[1].replace("\n", "<br>") + '</font></div>' + HA5.split("<body>", 1)[1])
d = dt("2025-06-10 10:58:12", "+0900")
add("user_reply", False, CA, [],
    hdrs(ad("森本 大地", ME_C), TC_FROM, "RE: RE:" + SUBJA, d, MIDA6, irt=MIDA5,
         refs=" ".join([MIDA1, MIDA2, MIDA3, MIDA4, MIDA5]),
         extra=["Thread-Topic: RE:" + SUBJA, "Thread-Index: AQHb2c1pK8r0n3cM0UOk7s2a0m1J2w==",
                "Content-Language: en-US", "X-MS-Has-Attach:"]),
    alt(t, html, "_000_TYCPR01MB1123277AA0D5_"), crlf=True,
    what="owner confirms, but from the company address",
    hard="Outlook quoting without '>'; the quoted Account table contains candidate IDs (not own text)")

# 030 info_request CA: write from the address being kept ---------------------------------
MIDA7 = ses_id("addrA")
t = """Hello Daichi,

Thank you for the quick answer.

One more step before we go ahead. Your confirmation reached us from
daichi.morimoto@kestrel-sys.co.jp, which is the login of Account #2, the account that is
going away. For your security, the go-ahead for a merge has to come from the address of
the account that will remain, d.morimoto.dev@gmail.com.

Kindly send your confirmation again from that address. The simplest way is to forward
this thread to your personal mailbox and reply from there, keeping the case number in
the subject line.

Best regards,
Tomás G.
AWS Training and Certification - Certification Operations"""
B30 = t
t = t + sf_quote("Daichi Morimoto", "6/10/2025 1:58 AM", TC_FORM, "RE: RE:" + SUBJA, own)
d = dt("2025-06-11 02:40:59")
add("info_request", True, CA, [],
    hdrs(TC_FROM, ME_C, "RE:" + SUBJA, d, MIDA7, irt=MIDA6,
         refs=" ".join([MIDA1, MIDA2, MIDA3, MIDA4, MIDA5, MIDA6]), **aws_in(d, to=ME_C, m365=True)),
    leaf(t), crlf=True,
    what="support needs the confirmation from the personal address",
    hard="'Kindly send … again from that address': a request to write from another address; quotes the owner's 'Confirmed'")

# 031 unrelated: GitHub merged at work ----------------------------------------------------
t = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-sys/platform-infra/pull/482#event-17934210558
You are receiving this because you were mentioned.
"""
html = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/kestrel-sys/platform-infra/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kestrel-sys/platform-infra/pull/482#event-17934210558">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>"""
d = dt("2025-06-11 06:02:44")
add("unrelated", False, None, [],
    hdrs(ad("Aoi Nakamura", "notifications@github.com"), ad("kestrel-sys/platform-infra", "platform-infra@noreply.github.com"),
         "Re: [kestrel-sys/platform-infra] Merge legacy AWS accounts into the landing zone module (PR #482)", d,
         "<kestrel-sys/platform-infra/pull/482/issue_event/17934210558@github.com>",
         cc=ad("Daichi Morimoto", "mention@noreply.github.com"),
         irt="<kestrel-sys/platform-infra/pull/482@github.com>", refs="<kestrel-sys/platform-infra/pull/482@github.com>",
         rp="noreply@github.com", recv=m365_recv("out-25.smtp.github.com", "192.30.252.208", d),
         auth=ar_m365("github.com", "github.com"),
         extra=["X-GitHub-Reason: mention", "List-ID: kestrel-sys/platform-infra <platform-infra.kestrel-sys.github.com>"]),
    alt(t, html, "--==_mimepart_6849199450e3f_8a2d10c4196a"), crlf=True,
    what="GitHub PR merged (work)",
    hard="'Merged … accounts' wording, arrives between case mails")

# 032 unrelated: newsletter -----------------------------------------------------------------
t = """THE CLOUD COST DIGEST - Issue #212

This week:

1. Savings Plans vs. Reserved Instances in 2025: what changed
2. Why your NAT gateway bill doubled (and how to read the CUR to prove it)
3. Reader question: "Should I merge all our AWS accounts into one Organization?"
   Short answer: you almost certainly already should. Long answer inside.

Read online: https://cloudcostdigest.example.net/212

You're receiving this because you subscribed at cloudcostdigest.example.net.
Unsubscribe: https://cloudcostdigest.example.net/u/9f2c1
"""
d = dt("2025-06-12 13:00:00")
add("unrelated", False, None, [],
    hdrs(ad("Cloud Cost Digest", "hello@cloudcostdigest.example.net"), ME_P,
         "Issue #212: merging accounts, NAT gateways, and a Savings Plans refresher", d,
         "<20250612130000.212.bd1e@cloudcostdigest.example.net>",
         rp="bounce-212@mg.cloudcostdigest.example.net",
         recv=rcv_gmail("m42-9.mailgun.net", "159.135.228.9", d),
         auth=ar_gmail("cloudcostdigest.example.net", True, "bounce-212@mg.cloudcostdigest.example.net"),
         extra=["List-Unsubscribe: <https://cloudcostdigest.example.net/u/9f2c1>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]),
    leaf(t, cte="7bit"),
    what="third-party AWS cost newsletter",
    hard="'merge all our AWS accounts' question in the body")

# 033 closing_notice CA ------------------------------------------------------------------------
MIDA8 = ses_id("closeA")
t = """Hello Daichi,

We are still waiting for the merge confirmation from d.morimoto.dev@gmail.com, as
described in my e-mail of June 11. Without it we can't go ahead.

If we have no response by June 16, this case will be closed. A reply from your personal
address will keep it open, and we can complete the merge the same day.

Best regards,
Tomás G.
AWS Training and Certification - Certification Operations
"""
d = dt("2025-06-13 00:15:28")
add("closing_notice", True, CA, [],
    hdrs(TC_FROM, ME_C, "RE:" + SUBJA, d, MIDA8, cc=ME_P, irt=MIDA7,
         refs=" ".join([MIDA1, MIDA2, MIDA3, MIDA4, MIDA5, MIDA6, MIDA7]), **aws_in(d)),
    leaf(t, cte="8bit"),
    what="will close on June 16 without the confirmation",
    hard="no explicit question; the deadline is the ask; To company, Cc personal")

# 034 user_reply CA from personal, top-post over long history -------------------------------
MIDA9 = gm_id("uA3")
own = """Hi Tomás,

Confirmed from my personal address: please merge Account #2 (%s) into
Account #1 (%s). Account #1 is the one to keep.

Sorry for the delay - the first mail went to my company mailbox.

Daichi""" % (ID_CO, ID_MAIN)
hist = (gmail_attr("Fri, Jun 13, 2025 at 9:15 AM", "AWS Training and Certification <%s>" % TC_FORM) + "\n\n"
        + quote(t + "\n" + sf_quote("AWS Training and Certification", "6/11/2025 2:40 AM", ME_C, "RE:" + SUBJA,
                                    B30)
                + sf_quote("AWS Training and Certification", "6/10/2025 1:26 AM", ME_C, "RE:" + SUBJA, plain5)))
t = own + "\n\n" + hist + "\n"
d = dt("2025-06-13 12:31:40", "+0900")
add("user_reply", False, CA, [ID_CO, ID_MAIN],
    hdrs(ad(ME_NAME, ME_P), TC_FROM, "Re: RE:" + SUBJA, d, MIDA9, irt=MIDA8,
         refs=" ".join([MIDA1, MIDA2, MIDA3, MIDA4, MIDA5, MIDA6, MIDA7, MIDA8])),
    leaf(t),
    what="owner confirms again from the personal address",
    hard="short top-post over three nested quoted support mails incl. the Account table")

# 035 resolved CA -------------------------------------------------------------------------------
MIDA10 = ses_id("doneA")
t = """Hello Daichi,

Thank you for confirming. I have successfully merged your accounts: the exam history,
certifications and benefits that were on Account #2 are now under Account #1
(d.morimoto.dev@gmail.com), and Account #2 has been deactivated. No further action is
required from you.

Please allow up to seven days for the change to show in AWS Partner Central. Your Credly
badges will follow automatically.

If anything looks wrong when you sign in, reply to this e-mail and we'll take a look.

Best regards,
Tomás G.
AWS Training and Certification - Certification Operations""" + sf_quote(
    "AWS Training and Certification", "6/10/2025 1:26 AM", ME_C, "RE:" + SUBJA, plain5)
d = dt("2025-06-13 04:02:17")
add("resolved", False, CA, [],
    hdrs(TC_FROM, ME_P, "RE: " + SUBJA, d, MIDA10, irt=MIDA9,
         refs=" ".join([MIDA1, MIDA2, MIDA3, MIDA4, MIDA5, MIDA6, MIDA7, MIDA8, MIDA9]), **aws_in(d)),
    leaf(t),
    what="merge completed",
    hard="quotes the whole confirmation request (Account table, 'reply to this e-mail to confirm'); 'Please allow' and conditional 'If anything looks wrong'")

# 036 badge 2025 -----------------------------------------------------------------------------
t = """Hi Daichi,

A badge issued by Amazon Web Services Training and Certification has been added to
your Credly account:

  AWS Certified Developer - Associate

View and share it: https://www.credly.com/badges/0b7d6a51-2c4e-4f0a-9e8e-6a7f3d21c9b4

Tip: turn on auto-accept so that future badges from this issuer land on your profile
without an extra click.

The Credly Team
"""
d = dt("2025-06-13 04:19:50")
add("badge", False, None, [],
    hdrs(ad("Credly", "admin@credly.com"), ME_P,
         "A new badge has been added to your Credly account", d,
         "<684ba4a6e8c1b_2f1a5b3c40212@credly-mailer-2b.mail>",
         rp="bounces+81233@em.credly.com", recv=rcv_gmail("o1.em.credly.com", "167.89.33.11", d),
         auth=ar_gmail("credly.com", True, "bounces+81233@em.credly.com")),
    leaf(t, cte="7bit"),
    what="Credly badge after the merge",
    hard="arrives 17 minutes after the resolution")

# 037 survey CA (HTML only) ----------------------------------------------------------------
stars = "".join('<a href="https://survey.aws-training.amazon.com/s/tcsupport?case=%s&amp;r=%d" '
                'style="display:inline-block;width:40px;padding:8px 0;margin:2px;background:#0972d3;color:#fff;'
                'text-align:center;text-decoration:none">%d</a>' % (CA, i, i) for i in range(1, 6))
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>Hello Daichi,</p>
<p>Your recent case with AWS Training and Certification Customer Service has been closed.</p>
<table cellpadding="4" style="background:#f2f3f3;width:100%%"><tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Subject</td><td>account-assistance</td></tr></table>
<p><b>On a scale of 1 to 5, how likely are you to recommend our support to a colleague?</b></p>
<p>%s</p>
<p>It takes less than a minute. Your answers go to the team that trains our agents.</p>
<p style="font-size:11px;color:#687078">You are receiving this one-time survey because you contacted us. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</p>
</td></tr></table></body></html>""" % (CA, stars)
d = dt("2025-06-14 05:00:11")
add("survey", False, CA, [],
    hdrs(ad("AWS Training and Certification", "tc-support-survey@amazon.com"), ME_P,
         "Tell us about your recent support experience", d, ses_id("survA"),
         **aws_in(d, frm_addr="tc-support-survey@amazon.com")),
    leaf(html, "html"),
    what="survey after the merge case, HTML only",
    hard="says the case 'has been closed' and asks a question; no case number in subject")

# 038 suspicious: dmarc=fail on a real AWS address -------------------------------------------
FAKECASE = "174902118800731"
t = """Hello,

We were unable to finalize the account merge for your AWS Certification profile because
the identity of the account holder could not be verified.

To prevent your certifications from being removed, verify your identity within 48 hours:

https://aws-training-verify.com/merge/confirm?case=%s

You will need to sign in with your AWS Builder ID and confirm your payment card on file.

Regards,
AWS Training and Certification Customer Service
""" % FAKECASE
html = """<html><body style="font-family:Arial;font-size:13px"><p>Hello,</p>
<p>We were unable to finalize the account merge for your AWS Certification profile because the identity of the account holder could not be verified.</p>
<p>To prevent your certifications from being removed, verify your identity within <b>48 hours</b>:</p>
<p><a href="https://aws-training-verify.com/merge/confirm?case=%s">https://www.aws.training/Certification/verify</a></p>
<p>You will need to sign in with your AWS Builder ID and confirm your payment card on file.</p>
<p>Regards,<br>AWS Training and Certification Customer Service</p></body></html>""" % FAKECASE
d = dt("2025-06-14 22:47:03")
add("suspicious", False, None, [],
    hdrs(TC_FROM, ME_P,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKECASE, d,
         "<20250614224703.6E1F2A0331@vps-44-90.hostkeeper.example>",
         rp="www-data@vps-44-90.hostkeeper.example",
         recv=rcv_gmail("vps-44-90.hostkeeper.example", "185.212.44.90", d),
         auth=ar_gmail("amazon.com", False, "www-data@vps-44-90.hostkeeper.example")),
    alt(t, html, "b1_7d3c0aa1e1e04f7b9a0c4b0c2a1d6f00"),
    what="spoofed T&C form mail, DKIM/DMARC fail, link to lookalike domain",
    hard="exact sender address and subject format of real case mail; only Authentication-Results and link reveal it")

# 039 suspicious: lookalike domain, auth passes for its own domain ----------------------------
t = """Dear AWS Certified Professional,

Our records show that a request to merge your AWS Certification account was started
but could not be completed.

  Candidate ID: %s
  Status: MERGE FAILED - verification pending

To complete the process, reply to this message with:
  1. your AWS Builder ID e-mail and password
  2. your date of birth
  3. the last four digits of the card used for your last exam

If we do not receive this information within 24 hours your certifications and badges
will be permanently suspended.

AWS Certification Support Team
""" % ID_FAKE
d = dt("2025-06-16 09:12:55")
add("suspicious", False, None, [ID_FAKE],
    hdrs(ad("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
         "Action required: AWS Certification account merge failed", d,
         "<a81f0c2b9e4d.1750065175@amazon-certsupport.com>",
         rp="support@amazon-certsupport.com",
         recv=rcv_gmail("mail.amazon-certsupport.com", "45.134.26.77", d),
         auth=ar_gmail("amazon-certsupport.com", True, "support@amazon-certsupport.com"),
         extra=["Reply-To: verify@amazon-certsupport.com", "X-Priority: 1 (Highest)"]),
    leaf(t, cte="7bit"),
    what="credential phishing from a lookalike domain",
    hard="DKIM/DMARC pass for its own domain; demands a reply; contains a candidate ID")

# 040 unrelated: AWS Free Tier alert ---------------------------------------------------------
t = """Dear AWS Customer,

Your AWS account 418273650912 has exceeded 85% of the usage limit for one or more AWS
Free Tier-eligible services for the month of June.

Product     AWS Free Tier Usage Limit                         Usage (June)
AmazonS3    2,000 Put, Copy, Post or List Requests of S3      1,742

To learn more about your AWS Free Tier usage, see the Billing and Cost Management
console. If you'd like to stop receiving these alerts, update your Billing preferences.

Sincerely,
Amazon Web Services
"""
d = dt("2025-06-17 08:33:12")
add("unrelated", False, None, [],
    hdrs(ad("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
         "AWS Free Tier limit alert", d, ses_id("ft25"),
         **aws_in(d, frm_addr="freetier@costalerts.amazonaws.com")),
    leaf(t, cte="7bit"),
    what="AWS Free Tier usage alert",
    hard="genuine AWS mail with a 12-digit account ID")

# 041 unrelated: Skill Builder receipt ---------------------------------------------------
t = """Thank you for your order.

Order number: SB-4471-29930-0618
Date: June 18, 2025
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00 (tax included)
Billed to: Visa ending in 0423

Your subscription renews automatically each month. Manage it any time from
https://skillbuilder.aws/account/subscriptions

AWS Skill Builder
Amazon Web Services, Inc.
"""
d = dt("2025-06-18 03:55:41")
add("unrelated", False, None, [],
    hdrs(ad("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
         "Your AWS Skill Builder receipt", d, ses_id("sb25"),
         **aws_in(d, frm_addr="no-reply@skillbuilder.aws")),
    leaf(t, cte="7bit"),
    what="Skill Builder subscription receipt",
    hard="training-related AWS mail that is not a case")

# 042 user_reply: note to self after the merge --------------------------------------------
t = """merge case %s - after check (6/19)

- sign-in with personal Builder ID OK, candidate ID shown: %s
- exam history: all 7 exams there (incl. DVA 2022 from company account)
- certifications: SAP, DVA, CLF active
- Credly: DVA badge arrived 6/13
- BENEFITS: the 50%% discount from the company account is NOT there

-> opened a case from the Support Center (console) about the missing benefit.
""" % (CA, ID_MAIN)
d = dt("2025-06-19 14:08:33", "+0900")
add("user_reply", False, CA, [ID_MAIN],
    hdrs(ad(ME_NAME, ME_P), ad(ME_NAME, ME_P), "memo: AWS cert merge - post-merge check", d, gm_id("note1")),
    leaf(t, cte="7bit"),
    what="owner's note to self after the merge",
    hard="note to self mentioning the case number and a problem; nobody is asked anything")

# ===== console case CC ===================================================================
SUBJC = "Certification benefit missing after account merge"
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CC
CONSOLE_FOOT = """
To see the case or add a reply, go to the AWS Support Center:
%s

If you sign in through federation, sign in first and then open the link above.

*Note: this message comes from an address that does not receive e-mail. Replies sent to it
are not added to your case; use the Support Center link above.

Amazon Web Services, Inc. and its affiliates. All rights reserved. 410 Terry Avenue North,
Seattle, WA 98109-5210.
""" % CONSOLE_URL
CONSOLE_FROM = ad("Amazon Web Services", CONSOLE)

# 043 acknowledgement CC (console) -------------------------------------------------------
MIDC1 = ses_id("ackC")
t = """Hello,

Thank you for reaching out to Amazon Web Services. Case %s has been opened for you.

Case ID: %s
Subject: %s
Severity: General question
Service: AWS Training and Certification
Category: Certification benefits
Correspondence: After my certification accounts were merged (case %s), the 50%%
discount benefit that was on my old account no longer appears on the Benefits page.

You will receive an e-mail when there is an update on your case.
""" % (CC, CC, SUBJC, CA) + CONSOLE_FOOT
d = dt("2025-06-19 05:12:58")
add("acknowledgement", False, CC, [],
    hdrs(CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: %s" % CC, d, MIDC1,
         **aws_in(d, frm_addr=CONSOLE)),
    leaf(t, cte="7bit"),
    what="console case opened (15-digit displayId)",
    hard="correspondence echo mentions the other case number; no-reply footer")

# 044 info_request CC (console) ------------------------------------------------------------
MIDC2 = ses_id("reqC")
BC2 = """Hello Daichi,

I'm Kenji from AWS Training and Certification. I can see that the merge on case
%s was completed on June 13.

To trace the missing benefit I'd like to confirm two details:

1. Which exam earned the discount (exam name and date passed)?
2. Had the discount been used, even partially, or had an exam been scheduled with it
   before the merge?

You can add your answer to this case in the Support Center. Once I have it, I'll work
with our benefits team on restoring it.

Your opinion helps us improve: rate this reply with the stars shown next to it in the
Support Center, or through the link at the bottom of this message.

Best regards,
Kenji M.
Amazon Web Services
""" % CA
d = dt("2025-06-20 01:47:19")
add("info_request", True, CC, [],
    hdrs(CONSOLE_FROM, ME_P, "RE:[CASE %s] %s" % (CC, SUBJC), d, MIDC2, irt=MIDC1, refs=MIDC1,
         **aws_in(d, frm_addr=CONSOLE)),
    leaf(BC2 + CONSOLE_FOOT),
    what="console case asks two questions, answer only via Support Center",
    hard="numbered questions without 'please'; rating footer 'Please share your experience' is not the ask; mentions another case number")

# 045 user_reply CC by e-mail to the no-reply address (mistake) ------------------------------
own = """Hi Kenji,

1. The discount came from passing DVA-C02 on 22 August 2022, on my former company
   account (%s).
2. It was never used and no exam was scheduled with it.

Thanks,
Daichi""" % ID_CO
t = own + "\n\n" + gmail_attr("Fri, Jun 20, 2025 at 10:47 AM", "Amazon Web Services <%s>" % CONSOLE) + "\n\n" + quote(BC2) + "\n"
d = dt("2025-06-20 12:10:05", "+0900")
add("user_reply", False, CC, [ID_CO],
    hdrs(ad(ME_NAME, ME_P), CONSOLE_FROM, "Re: RE:[CASE %s] %s" % (CC, SUBJC), d, gm_id("uC1"),
         irt=MIDC2, refs=MIDC1 + " " + MIDC2),
    leaf(t),
    what="owner answers by e-mail to the no-reply console address",
    hard="answer goes nowhere: support is still waiting although the owner 'replied'")

# 046 unrelated: colleague out-of-office ---------------------------------------------------
t = """[自動返信] 6/21(土)〜6/24(火) は休暇のため不在にしております。
6/25(水) より順次対応いたします。お急ぎの場合は platform-team@kestrel-sys.co.jp まで
ご連絡ください。

I am out of the office from June 21 to June 24 with no access to e-mail.
For urgent matters, contact platform-team@kestrel-sys.co.jp.

中村 葵 / Aoi Nakamura
"""
d = dt("2025-06-21 09:02:11", "+0900")
add("unrelated", False, None, [],
    hdrs(ad("中村 葵", "aoi.nakamura@kestrel-sys.co.jp"), ad("森本 大地", ME_C),
         "自動応答: 引き継ぎ資料（AWS アカウント / 認定関連）", d, ol_id("ooo1"),
         irt=ol_id("handover1"), refs=ol_id("handover1"),
         extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                "Content-Language: ja-JP"]),
    leaf(t, cte="base64"), crlf=True,
    what="colleague out-of-office auto-reply",
    hard="subject mentions 認定; 'ご連絡ください' in an auto-reply; base64")

# 047 closing_notice CC (console auto-resolve warning) -------------------------------------
t = """Hello,

We haven't received a reply to the latest correspondence on case %s
("%s").

If there is no response within the next 3 days, the case will be resolved
automatically. To keep it open, add a reply in the Support Center.
""" % (CC, SUBJC) + CONSOLE_FOOT
d = dt("2025-06-23 01:50:02")
add("closing_notice", True, CC, [],
    hdrs(CONSOLE_FROM, ME_P, "Amazon Web Services: Support case %s is awaiting your reply" % CC, d,
         ses_id("closeC"), irt=MIDC2, refs=MIDC1 + " " + MIDC2, **aws_in(d, frm_addr=CONSOLE)),
    leaf(t, cte="7bit"),
    what="console case will auto-resolve without a reply in the Support Center",
    hard="arrives after the owner 'answered' by e-mail; answer must go through the console")

RATE = """
How was this reply? Rate it with the stars beside the correspondence in the Support
Center; every rating is read by the team.
"""

# 048 case_update CC -----------------------------------------------------------------------
MIDC3 = ses_id("updC")
t = """Hello Daichi,

Thank you for the details you added in the Support Center.

I've confirmed that the 50%% discount was issued on your former account and was not
carried over during the merge. I've asked our benefits team to issue it again on your
active certification account. This usually takes 2 to 3 business days, and I'll update
this case as soon as it's done.

Best regards,
Kenji M.
Amazon Web Services
""" % () + RATE + CONSOLE_FOOT
d = dt("2025-06-24 02:31:45")
add("case_update", False, CC, [],
    hdrs(CONSOLE_FROM, ME_P, "RE:[CASE %s] %s" % (CC, SUBJC), d, MIDC3, irt=MIDC2,
         refs=MIDC1 + " " + MIDC2, **aws_in(d, frm_addr=CONSOLE)),
    leaf(t, cte="7bit"),
    what="console case: benefits team asked to re-issue",
    hard="rating footer phrased as a question ('How was this reply?')")

# 049 unrelated: other vendor's ticket solved (Zendesk) -------------------------------------
t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Miguel (Tessera Cloud Support)
Jun 25, 2025, 09:14 UTC

Hi Daichi,

Good news: the 403 on git push was caused by an expired deploy key on our side. We
rotated it and your pushes should work again. I'm marking this ticket as solved.

Cheers,
Miguel

Daichi Morimoto
Jun 24, 2025, 14:02 UTC

Since yesterday every git push to our repository returns 403. Could you check?

[R8ZQ2X-7LK4P]
"""
d = dt("2025-06-25 09:14:37")
add("unrelated", False, None, [],
    hdrs(ad("Miguel (Tessera Cloud Support)", "support@tesseracloud.zendesk.com"), ME_P,
         "[Tessera Cloud] Re: git push fails with 403", d,
         "<R8ZQ2X7LK4P_685bbd55a1c2e_5ab22a1e14e9c_sprut@zendesk.com>",
         rp="support+id48213@tesseracloud.zendesk.com",
         recv=rcv_gmail("outbyip7.zendesk.com", "192.161.151.7", d),
         auth=ar_gmail("tesseracloud.zendesk.com", True, "support+id48213@tesseracloud.zendesk.com"),
         extra=["Reply-To: Tessera Cloud Support <support+id48213@tesseracloud.zendesk.com>"]),
    leaf(t),
    what="another vendor's ticket solved",
    hard="'solved', 'reply to reopen', quoted question from the owner")

# 050 unrelated: other vendor's closing notice ------------------------------------------------
t = """Hello Daichi,

We haven't heard back from you regarding Case 00781234 ("Agent not reporting metrics
from ap-northeast-1").

Could you let us know whether the issue is still happening? If we don't receive a
response within 48 hours, this case will be closed automatically. You can reopen it by
replying to this email.

Thanks,
Priyanka
Polarline Technical Support
ref:_00D5f0Pqx._5007R01XyZb:ref
"""
d = dt("2025-06-26 16:20:08")
add("unrelated", False, None, [],
    hdrs(ad("Polarline Support", "support@polarline.io"), ME_C,
         "Case 00781234: We haven't heard from you", d,
         "<Xk4pR000000000000000000000000000000000000000000000SYQ2KC00lLq8mJqTTdCp1Qy8dV2jWg@sfdc.net>",
         rp="support=polarline.io__1a2b3c@sfdc.net", recv=m365_recv("smtp06-ia4-sp3.mta.salesforce.com", "13.110.74.206", d),
         auth=ar_m365("polarline.io", "sfdc.net")),
    leaf(t, cte="7bit"), crlf=True,
    what="another vendor's 'will close if no reply' notice",
    hard="looks exactly like a closing notice with a question and case number, but not AWS")

# 051 resolved CC ---------------------------------------------------------------------------
t = """Hello Daichi,

Our benefits team has issued a new 50% exam discount on your active certification
account. You'll find it under Benefits when you sign in at https://www.aws.training/Certification;
the expiration date has been set to June 13, 2026.

As the request is complete, I'm resolving this case. If something about this benefit
still isn't right, you can reopen the case from the Support Center within 14 days.

Best regards,
Kenji M.
Amazon Web Services
""" + RATE + CONSOLE_FOOT
d = dt("2025-06-27 00:58:10")
add("resolved", False, CC, [],
    hdrs(CONSOLE_FROM, ME_P, "RE:[CASE %s] %s" % (CC, SUBJC), d, ses_id("doneC"), irt=MIDC3,
         refs=" ".join([MIDC1, MIDC2, MIDC3]), **aws_in(d, frm_addr=CONSOLE)),
    leaf(t),
    what="console case: benefit re-issued, case resolved",
    hard="conditional reopen offer; rating footer; no-reply footer")

# 052 certification: benefit available ----------------------------------------------------
t = """Hello Daichi,

A new benefit is available in your AWS Certification Account.

Benefit: 50%% discount on your next AWS Certification exam
Candidate ID: %s
Expires: June 13, 2026

To use it, sign in to your AWS Certification Account, choose Benefits and apply the
discount when you schedule your exam.

AWS Training and Certification
""" % ID_MAIN
d = dt("2025-06-27 01:12:40")
add("certification", False, None, [ID_MAIN],
    hdrs(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "A new AWS Certification benefit is available", d,
         "<20250627011240.7fd21ca044@certmetrics.com>",
         rp="bounce-7731@mail.certmetrics.com", recv=rcv_gmail("mail.certmetrics.com", "198.2.180.14", d),
         auth=ar_gmail("certmetrics.com", True, "bounce-7731@mail.certmetrics.com")),
    leaf(t, cte="7bit"),
    what="CertMetrics benefit notice triggered by the console case",
    hard="system mail caused by a case, but not case correspondence")

# 053 survey CC --------------------------------------------------------------------------------
t = """Hello,

Your AWS Support case %s ("%s") was recently resolved.
Would you spend a minute telling us how we did?

Take the survey: https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you for helping us improve AWS Support.
""" % (CC, SUBJC, CC)
d = dt("2025-06-28 06:00:31")
add("survey", False, CC, [],
    hdrs(CONSOLE_FROM, ME_P, "How did we do? Share feedback on AWS Support case %s" % CC, d,
         ses_id("survC"), **aws_in(d, frm_addr=CONSOLE)),
    leaf(t, cte="7bit"),
    what="console case survey",
    hard="question form ('Would you spend a minute…')")

# 054 user_reply: farewell from the company address (ISO-2022-JP) -------------------------
t = """各位

お疲れさまです。プラットフォームチームの森本です。
私事で恐縮ですが、本日 6 月 30 日をもちまして退職することとなりました。
在職中は大変お世話になり、ありがとうございました。

本アドレスは本日 18 時で利用できなくなります。
今後のご連絡は下記の個人アドレスまでお願いいたします。

  d.morimoto.dev@gmail.com

皆さまのますますのご活躍をお祈りしております。

森本 大地
"""
d = dt("2025-06-30 16:45:00", "+0900")
add("user_reply", False, None, [],
    hdrs(ad("森本 大地", ME_C, "iso-2022-jp"), ad("Kestrel 全社", "all@kestrel-sys.co.jp", "iso-2022-jp"),
         "退職のご挨拶（森本）", d, ol_id("bye1"), cc=ME_P, charset="iso-2022-jp",
         extra=["Content-Language: ja-JP"]),
    leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    what="owner's farewell mail to the company",
    hard="written by the owner but not about any case; ends with a request to colleagues")

# 055 unrelated: bounce of a forward to the closed company mailbox ------------------------
orig = """From: Daichi Morimoto <%s>
Date: Tue, 1 Jul 2025 09:20:44 +0900
Message-ID: %s
Subject: Fwd: RE: %s
To: %s
Content-Type: text/plain; charset="UTF-8"

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Fri, Jun 13, 2025 at 1:02 PM
Subject: RE: %s
To: <%s>

Hello Daichi,

Thank you for confirming. I have successfully merged your accounts. (...)

--------------- Original Message ---------------
Look over the two accounts above and, if both are yours, reply to this e-mail to
confirm that Account #2 should be merged into Account #1.
""" % (ME_P, gm_id("fwdbounce"), SUBJA, ME_C, TC_FORM, SUBJA, ME_P)
notice = """** Address not found **

Your message wasn't delivered to daichi.morimoto@kestrel-sys.co.jp because the address
couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/answer/6596

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient daichi.morimoto@kestrel-sys.co.jp not found by SMTP address lookup
"""
status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Jul 2025 09:20:45 +0900

Final-Recipient: rfc822; daichi.morimoto@kestrel-sys.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kestrelsys-co-jp.mail.protection.outlook.com. (52.101.0.12)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Tue, 01 Jul 2025 09:20:46 +0900
"""
part = multi("report", [leaf(notice, cte="7bit"),
                        raw_part("message/delivery-status", status),
                        raw_part("message/rfc822", orig)],
             "000000000000d03a2e0638d3f1aa", extra_ct="; report-type=delivery-status")
d = dt("2025-07-01 09:20:46", "+0900")
add("unrelated", False, CA, [],
    hdrs(ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
         "Delivery Status Notification (Failure)", d, gm_id("dsn1"),
         auth="Authentication-Results: mx.google.com; dkim=pass header.i=@googlemail.com",
         extra=["X-Failed-Recipients: daichi.morimoto@kestrel-sys.co.jp", "Auto-Submitted: auto-replied"]),
    part,
    what="bounce: owner forwarded the merge mail to the closed company address",
    hard="attached original carries '[CASE …]', 'successfully merged' and a quoted confirm request")

# =========================================================================
# 2025-07: name romanisation on the certification record (Japanese agent)
# =========================================================================
SUBJE = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CE

# 056 acknowledgement CE (Shift_JIS, base64) ------------------------------------------------
MIDE1 = ses_id("ackE")
t = """森本 大地 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 %s にて承りました。

  お問い合わせタイプ : 認定
  その他の詳細       : 認定記録の修正
  お問い合わせ内容   : 認定証に記載されている氏名の綴りが誤っています（Morimato → Morimoto）。

担当者より、原則として 24 時間以内にご連絡を差し上げます。
内容によっては確認にお時間をいただく場合がございますので、ご了承ください。

同じ内容で新たにお問い合わせいただくと、重複したケースが作成され、かえってご案内が
遅れる原因となります。補足事項がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % CE
d = dt("2025-07-03 00:46:31")
add("acknowledgement", False, CE, [],
    hdrs(TC_FROM, ME_P, SUBJE, d, MIDE1, **aws_in(d), charset="shift_jis"),
    leaf(t, charset="shift_jis", cte="base64"),
    what="Japanese acknowledgement for the name-correction case",
    hard="Shift_JIS + base64; '補足事項がございましたら…ご返信ください' is conditional")

# 057 info_request CE (Japanese keigo, multipart, base64) ---------------------------------
MIDE2 = ses_id("reqE")
BE2 = """森本 大地 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
お問い合わせいただきました認定記録の氏名修正の件につきまして、ご連絡いたします。

現在、認定記録上のお名前は「Daichi Morimato」として登録されております。
6 月のアカウント統合の際、統合元アカウントの登録内容が引き継がれたものと思われます。

修正を行うにあたり、パスポートなどの公的な身分証明書に記載されているローマ字表記を、
姓・名の順でお知らせいただけますでしょうか。身分証明書の画像をお送りいただく必要は
ございません。

あわせて、修正対象のアカウントが候補 ID %s で相違ないか、ご確認のほど
よろしくお願いいたします。

佐々木 真理
AWS トレーニングと認定 カスタマーサービス
""" % ID_MAIN
html = ('<html><body><div style="font-family:\'Meiryo\',sans-serif;font-size:14px">'
        + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in BE2.strip().split("\n\n")) + "</div></body></html>")
d = dt("2025-07-04 05:33:02")
add("info_request", True, CE, [ID_MAIN],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJE, d, MIDE2, irt=MIDE1, refs=MIDE1, **aws_in(d)),
    alt(BE2, html, "----=_Part_2290117_6647391.1751607182004", cte="base64"),
    what="Japanese agent asks for the passport spelling and to check the candidate ID",
    hard="keigo requests (〜いただけますでしょうか, ご確認のほどよろしくお願いいたします); negated 'no need to send images'")

# 058 unrelated: Google Cloud certification renewal --------------------------------------
t = """Hi Daichi,

Your Google Cloud Professional Cloud Architect certification expires on September 5, 2025.

You can take the renewal exam starting 60 days before your expiration date. Renewal
exams are shorter and cost less than the original exam.

Schedule your renewal: https://cloud.google.com/learn/certification/renew

Please do not reply to this email; this mailbox is not monitored.

Google Cloud Certification
"""
d = dt("2025-07-07 16:02:19")
add("unrelated", False, None, [],
    hdrs(ad("Google Cloud Certification", "cloud-certification-noreply@google.com"), ME_P,
         "Your Google Cloud certification is eligible for renewal", d,
         "<000000000000b7e41c0639584aa1@google.com>",
         rp="3u_drZwgTCkwQbdpn-ceo.Sbg@scoutcamp.bounces.google.com",
         recv=rcv_gmail("mail-sor-f69.google.com", "209.85.220.69", d),
         auth=ar_gmail("google.com", True, "3u_drZwgTCkwQbdpn-ceo.Sbg@scoutcamp.bounces.google.com")),
    leaf(t, cte="7bit"),
    what="other vendor's certification renewal",
    hard="certification expiry wording like AWS's, but Google")

# 059 closing_notice CE (ISO-2022-JP) ------------------------------------------------------
MIDE3 = ses_id("closeE")
t = """森本 大地 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐々木です。

7 月 4 日にお送りしたご確認事項について、現時点でご返信を確認できておりません。
恐れ入りますが、7 月 11 日（金）までにご連絡をいただけない場合、本ケースは
いったんクローズとさせていただきます。

クローズ後であっても、本メールにご返信いただければケースを再開し、引き続き
対応いたします。

佐々木 真理
AWS トレーニングと認定 カスタマーサービス

""" + quote(BE2)
d = dt("2025-07-08 00:40:55")
add("closing_notice", True, CE, [],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJE, d, MIDE3, irt=MIDE2, refs=MIDE1 + " " + MIDE2,
         **aws_in(d), charset="iso-2022-jp"),
    leaf(t, charset="iso-2022-jp", cte="7bit"),
    what="Japanese notice: case closes on 7/11 without an answer",
    hard="ISO-2022-JP; quoted earlier request with candidate ID under '>'")

# 060 user_reply CE (Japanese) -----------------------------------------------------------
MIDE4 = gm_id("uE1")
own = """佐々木様

ご連絡が遅くなり、申し訳ございません。

パスポートの表記は以下のとおりです。
  姓: MORIMOTO
  名: DAICHI

対象アカウントは %s で間違いありません。
お手数をおかけしますが、よろしくお願いいたします。

森本 大地""" % ID_MAIN
t = own + "\n\n2025年7月8日(火) 9:40 AWS Training and Certification <%s>:\n\n" % TC_FORM + quote(t) + "\n"
d = dt("2025-07-08 21:14:09", "+0900")
add("user_reply", False, CE, [ID_MAIN],
    hdrs(ad("森本 大地", ME_P), TC_FROM, "Re: RE:" + SUBJE, d, MIDE4, irt=MIDE3,
         refs=" ".join([MIDE1, MIDE2, MIDE3])),
    leaf(t, cte="base64"),
    what="owner answers in Japanese",
    hard="double-quoted history ('> >'); polite closing 'よろしくお願いいたします' is the owner's")

# 061 on_hold CE ---------------------------------------------------------------------------
t = """森本 大地 様

ご回答いただき、ありがとうございます。

お名前の変更につきましては、認定記録チームによる審査が必要となるため、
審査が完了するまでの間、本ケースを保留とさせていただきます。
通常 3〜5 営業日ほどで完了いたします。

森本様に追加でご対応いただくことはございません。
結果が出次第、改めてご連絡いたします。

佐々木 真理
AWS トレーニングと認定 カスタマーサービス
"""
d = dt("2025-07-09 02:05:48")
add("on_hold", False, CE, [],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJE, d, ses_id("holdE"), irt=MIDE4,
         refs=" ".join([MIDE1, MIDE2, MIDE3, MIDE4]), **aws_in(d)),
    leaf(t, cte="quoted-printable"),
    what="case on hold pending records-team review, nothing to do",
    hard="hold without any question; Japanese QP")

# 062 unrelated: AWS Educate form case (other program) -----------------------------------
t = """Hello Daichi,

Thank you for reaching out to AWS Educate.

To restore access for the students in your study group we need to know which
institution they are enrolled with. Could you let us know the full name of the
university, and the e-mail domain the students use to sign in?

Best regards,
Samira
AWS Educate Support
"""
d = dt("2025-07-10 03:18:27")
add("unrelated", False, None, [],
    hdrs(ad("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
         "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CED, d, ses_id("edu1"),
         irt=ses_id("edu0"), refs=ses_id("edu0"), **aws_in(d, frm_addr="aws-cs-educate-form@amazon.com")),
    leaf(t, cte="7bit"),
    what="AWS Educate form case asking a question",
    hard="same shape as a T&C info request ([CASE n], Form Submission, 'Could you let us know'), but another AWS program")

# 063 resolved CE (HTML only, Japanese, quotes the earlier request) -----------------------
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Meiryo,sans-serif;font-size:14px">
<p>森本 大地 様</p>
<p>お待たせいたしました。認定記録チームでの審査が完了し、認定記録上のお名前を
「<b>Daichi Morimoto</b>」に修正いたしました。</p>
<p>認定証（PDF）も新しいお名前で再発行済みです。認定アカウントにサインインのうえ、
［認定］ページからダウンロードいただけます。Credly のデジタルバッジへの反映には、
最大で 48 時間ほどかかる場合がございます。</p>
<p>本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、
お気軽に本メールへご返信ください。</p>
<p>佐々木 真理<br>AWS トレーニングと認定 カスタマーサービス</p>
</div>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">
<p>--------------- Original Message ---------------<br>
From: AWS Training and Certification<br>Sent: 7/4/2025 5:33 AM<br>To: %s<br>Subject: RE:%s</p>
<blockquote style="margin-left:8px;border-left:2px solid #ccc;padding-left:8px">%s</blockquote>
</div></body></html>""" % (ME_P, SUBJE, BE2.replace("\n", "<br>\n"))
d = dt("2025-07-14 06:47:12")
add("resolved", False, CE, [],
    hdrs(TC_FROM, ME_P, "RE:" + SUBJE, d, ses_id("doneE"), irt=MIDE4,
         refs=" ".join([MIDE1, MIDE2, MIDE3, MIDE4]), **aws_in(d)),
    leaf(html, "html"),
    what="Japanese: name corrected, certificate re-issued",
    hard="HTML only; quoted keigo request with candidate ID below; 'ご不明な点がございましたら…ご返信ください' is conditional")

# 064 certification: program feedback request (not about a support case) -----------------
t = """Hello Daichi,

AWS Certification wants to hear from you.

You are invited to take part in a short study about how certified professionals use
their AWS skills at work. Your answers will shape future exams and learning resources.
The survey takes about 15 minutes and is open until July 31, 2025.

Start the survey: https://certmetrics.qualtrics.com/jfe/form/SV_4Zs1bV0aWc7xkqG

Thank you for being part of the AWS Certification community.

AWS Certification
"""
d = dt("2025-07-14 16:00:05")
add("certification", False, None, [],
    hdrs(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "AWS Certification wants to hear from you", d,
         "<20250714160005.3c90ab1e77@certmetrics.com>",
         rp="bounce-7731@mail.certmetrics.com", recv=rcv_gmail("mail.certmetrics.com", "198.2.180.14", d),
         auth=ar_gmail("certmetrics.com", True, "bounce-7731@mail.certmetrics.com")),
    leaf(t, cte="7bit"),
    what="certification program study invitation",
    hard="a survey, but about the program, not about a support case")

# 065 survey CE (Japanese) ------------------------------------------------------------------
t = """森本 大地 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました。

ケース番号: %s

今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。
所要時間は 1 分程度です。

アンケートに回答する:
https://survey.aws-training.amazon.com/s/tcsupport?case=%s&lang=ja

※本メールは送信専用アドレスから送信しております。

AWS トレーニングと認定 カスタマーサービス
""" % (CE, CE)
d = dt("2025-07-15 05:00:44")
add("survey", False, CE, [],
    hdrs(ad("AWS トレーニングと認定", "tc-support-survey@amazon.com"), ME_P,
         "サポートに関するアンケートのお願い（ケース %s）" % CE, d, ses_id("survE"),
         **aws_in(d, frm_addr="tc-support-survey@amazon.com")),
    leaf(t),
    what="Japanese satisfaction survey for the name-correction case",
    hard="'ご協力をお願いしております' sounds like a request")

# 066 badge: badge details updated -----------------------------------------------------------
t = """Hi Daichi,

Amazon Web Services Training and Certification has updated the details of badges you
hold. The name on the following badges now reads "Daichi Morimoto":

- AWS Certified Solutions Architect - Professional
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

No action is needed. View your badges: https://www.credly.com/users/daichi-morimoto/badges

The Credly Team
"""
d = dt("2025-07-15 08:21:30")
add("badge", False, None, [],
    hdrs(ad("Credly", "admin@credly.com"), ME_P, "Your badge details have been updated", d,
         "<6876104a2f31c_1d2a7f0e9b118@credly-mailer-5c.mail>",
         rp="bounces+81233@em.credly.com", recv=rcv_gmail("o1.em.credly.com", "167.89.33.11", d),
         auth=ar_gmail("credly.com", True, "bounces+81233@em.credly.com")),
    leaf(t, cte="7bit"),
    what="Credly: badge name updated",
    hard="follows the name-correction resolution")

# 067 suspicious: Credly lookalike -----------------------------------------------------------
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f5f7">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://credly-badgecenter.com/assets/credly-logo.png" alt="Credly" width="120">
<h2>Your AWS badges will be revoked</h2>
<p>Dear Earner,</p>
<p>Following a recent update to your AWS Certification record, your digital badges issued by
<b>Amazon Web Services Training and Certification</b> failed re-validation and are scheduled
for revocation on <b>July 25, 2025</b>.</p>
<p>To keep your badges, confirm your identity with the issuer:</p>
<p><a href="https://credly-badgecenter.com/reverify?u=d.morimoto.dev%40gmail.com" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Re-verify my badges</a></p>
<p style="font-size:12px;color:#666">Credly Trust &amp; Safety</p>
</td></tr></table></body></html>"""
d = dt("2025-07-18 11:44:09")
add("suspicious", False, None, [],
    hdrs(ad("Credly", "notifications@credly-badgecenter.com"), ME_P,
         "Action required: your AWS badges will be revoked on July 25", d,
         "<20250718114409.0f2e@credly-badgecenter.com>",
         rp="bounce@credly-badgecenter.com",
         recv=rcv_gmail("srv1.credly-badgecenter.com", "91.215.85.140", d),
         auth=("Authentication-Results: mx.google.com;\n"
               "       spf=pass (google.com: domain of bounce@credly-badgecenter.com designates 91.215.85.140 as permitted sender) smtp.mailfrom=bounce@credly-badgecenter.com;\n"
               "       dmarc=none header.from=credly-badgecenter.com")),
    leaf(html, "html"),
    what="Credly lookalike phishing, HTML only",
    hard="references the real name update that just happened; lookalike domain")

# 068 certification: recertified ---------------------------------------------------------
t = """Hello Daichi,

Congratulations on recertifying your AWS Certification!

You have renewed AWS Certified Developer - Associate by passing DVA-C02 on
July 19, 2025. Your certification is now valid through July 19, 2028.

Candidate ID: %s

Your updated certificate is in your AWS Certification Account, and your Credly badge
will be refreshed within a few days.

AWS Training and Certification
""" % ID_MAIN
d = dt("2025-07-21 18:30:22")
add("certification", False, None, [ID_MAIN],
    hdrs(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations on recertifying your AWS Certification!", d,
         "<20250721183022.e07b1d94a0@certmetrics.com>",
         rp="bounce-7731@mail.certmetrics.com", recv=rcv_gmail("mail.certmetrics.com", "198.2.180.14", d),
         auth=ar_gmail("certmetrics.com", True, "bounce-7731@mail.certmetrics.com")),
    leaf(t, cte="7bit"),
    what="recertification success",
    hard="program mail at the end of the mailbox")


# =========================================================================
# write everything
# =========================================================================
README_HEAD = """me: %s %s

# Blind corpus: AWS Training and Certification support mail (blind-380)

Mailbox of Daichi Morimoto, a Japanese engineer. The personal Gmail address is the
mailbox; the company Microsoft 365 address (Kestrel Systems K.K., an AWS partner) was
auto-forwarded into it until it was shut down on 2025-06-30, so mail to and from both
addresses appears. Mail sent by the owner (from either address) is part of the mailbox.
Messages are numbered in arrival order (Nov 2023 - Jul 2025). Generated by `python3 gen.py`.

## Cases in the set

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| %s | 10 digits (2021) | T&C form | exam voucher on the company account | resolved in 2021; seen only inside a forward (017) |
| %s | 11 digits (2023) | T&C form | duplicate certification account with the same e-mail, Credly badge missing | ack, request for candidate IDs, closing notice, reopened, Japanese confirmation, merged after 8 days, survey |
| %s | 15 digits (2025) | T&C form | job change: merge company (APN-linked) account into personal one | ack, APN hold with a buried question, hold lifted, Account #1/#2 confirmation sent to company address, owner answers from the wrong address, asked to write from personal address, closing notice, confirmed, merged, survey |
| %s | 15 digits (2025) | T&C form | duplicate of the above, submitted from the company address | Japanese ack, closed as duplicate and linked |
| %s | 15 digits (2025) | Support Center (console) | 50%% discount benefit lost in the merge | ack, questions answerable only in the console, owner wrongly replies by e-mail, auto-resolve warning, update, resolved, survey |
| %s | 15 digits (2025) | T&C form, Japanese agent | misspelt name on the certification record | Shift_JIS ack, keigo request, closing notice, answer, hold, resolved (HTML only), survey |
| %s | 15 digits | AWS Educate form | another AWS program | labelled unrelated, case null |

Candidate IDs: %s (personal account, kept), %s (2023 duplicate), %s (company account),
%s (appears only in phishing).

## Labelling decisions (judgement calls)

- `case` is set only for mail that belongs to a real AWS Training and Certification case
  thread (support mail, surveys for the case, and the owner's own mail about the case).
  Other programs' cases (AWS Educate), other vendors' tickets and phishing that shows a
  case number get `null`.
- 022 (duplicate closed) belongs to the duplicate case %s even though it names the
  main case too.
- 023 is `on_hold` (the hold reason is the APN partner link, outside the owner) but
  `needs_reply: true` because it ends with a question about the last working day.
- 030 asks the owner to send the confirmation again from the personal address: this is
  `info_request` (writing from another address), not `confirmation_request`.
- 033 closing notice is addressed to the company address with the personal one in Cc;
  still `needs_reply: true`.
- 045: the owner answered the console case by e-mail to the no-reply address. It is a
  `user_reply`; the following closing notice (047) is still `needs_reply: true` because the
  answer never reached the case.
- 055 bounce: `unrelated`, `needs_reply: false`, but `case` is %s because the bounced
  message is the owner's forward of that case's mail.
- 042 (note to self) and 017 (forward of a 2021 mail to himself) are `user_reply` with the
  case number they are about; 054 (farewell mail) is `user_reply` with `case: null`.
- 038 uses the exact T&C sender and subject format with a made-up case number, but DKIM
  and DMARC fail: `suspicious`, `case: null`. 039 passes DKIM/DMARC for its own lookalike
  domain: still `suspicious`.
- 052 (CertMetrics "new benefit available") is `certification` though it was triggered by
  the console case; 064 ("AWS Certification wants to hear from you") is `certification`,
  not `survey`, because it is about the program, not a support case.
- 062 AWS Educate case asks a question but is another program: `unrelated`, no reply flag.
- Resolutions that quote an earlier request (012, 035, 063) are `resolved`, no reply.
- `candidate_ids` counts only the message's own new text (quoted `>` lines, Outlook /
  Salesforce "Original Message" blocks and forwarded parts are history). An ID written
  several times in the new text is listed once, at its first appearance. IDs echoed by
  CertMetrics, Pearson VUE or phishing are listed too, since they are in the message's text.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def main():
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    counts = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"].encode("utf-8"))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    head = README_HEAD % (ME_P, ME_C, C21, C23, CA, CB, CC, CE, CED, ID_MAIN, ID_DUP, ID_CO,
                          ID_FAKE, CB, CA)
    summary = "\n\n## Counts\n\n%d messages; needs_reply true: %d.\n\n" % (
        len(MSGS), sum(1 for m in MSGS if m["needs_reply"]))
    summary += "\n".join("- %s: %d" % (k, v) for k, v in sorted(counts.items())) + "\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n" + summary)
    print("messages: %d" % len(MSGS))
    for k, v in sorted(counts.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply true: %d" % sum(1 for m in MSGS if m["needs_reply"]))


if __name__ == "__main__":
    main()
