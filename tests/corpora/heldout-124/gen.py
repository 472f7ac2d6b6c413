#!/usr/bin/env python3
"""Writes the blind mail corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import os, json, base64, quopri, hashlib, glob
from collections import Counter
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_P = "takumi.kurosawa.92@gmail.com"
ME_C = "kurosawa.t@seiran-solutions.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

M = "174060128900871"   # main merge case (company -> personal, APN partner)
D = "174061002200344"   # duplicate form submitted from the company address
V = "14682093571"       # Support Center (console) case: benefit voucher
B = "174189775200219"   # second merge: two accounts on one address (Credly)
R = "8810254637"        # old 2021 case, reopened by reply

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- encoding helpers
def enc_word(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if cs.lower() in ("iso-2022-jp",):
        data = s.encode("iso-2022-jp")
        return "=?ISO-2022-JP?B?" + base64.b64encode(data).decode() + "?="
    if cs.lower() in ("shift_jis",):
        return "=?Shift_JIS?B?" + base64.b64encode(s.encode("shift_jis")).decode() + "?="
    # utf-8: split into chunks so encoded words stay short
    out, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode()) > 36:
            out.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        out.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode()).decode() + "?=" for c in out)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name, cs), a)


def part(text, ctype="text/plain", cs="utf-8", cte="qp"):
    data = text.encode(cs)
    if cte == "b64":
        body = base64.encodebytes(data).decode()
        ctename = "base64"
    elif cte == "qp":
        body = quopri.encodestring(data).decode()
        ctename = "quoted-printable"
    elif cte == "7bit":
        body = data.decode("ascii")
        ctename = "7bit"
    else:  # 8bit utf-8
        body = text
        ctename = "8bit"
    heads = [("Content-Type", '%s; charset="%s"' % (ctype, cs if cs != "utf-8" else "UTF-8")),
             ("Content-Transfer-Encoding", ctename)]
    return heads, body


def multi(subtype, parts, boundary):
    heads = [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))]
    lines = []
    for ph, pb in parts:
        lines.append("--" + boundary)
        for k, v in ph:
            lines.append("%s: %s" % (k, v))
        lines.append("")
        lines.append(pb.rstrip("\n"))
    lines.append("--" + boundary + "--")
    return heads, "\n".join(lines) + "\n"


def attachment(name, data, ctype):
    b = base64.encodebytes(data).decode()
    return ([("Content-Type", '%s; name="%s"' % (ctype, name)),
             ("Content-Disposition", 'attachment; filename="%s"' % name),
             ("Content-Transfer-Encoding", "base64")], b)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ses_id(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:40])


def auth_gmail(domain, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, domain, sel, hx(domain + dkim, 8), spf, domain, 17 + len(domain), domain,
               dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", domain))


def auth_corp(domain, dkim="pass", spf="pass", dmarc="pass"):
    return ("mx01.seiran-solutions.co.jp;\n spf=%s smtp.mailfrom=%s;\n dkim=%s header.d=%s;\n"
            " dmarc=%s action=none header.from=%s" % (spf, domain, dkim, domain, dmarc, domain))


MSGS = []


def add(label, frm, to, subject, date, mid, body, cc=None, irt=None, refs=None,
        auth=None, extra=(), scs="utf-8", crlf=False, received=None):
    h = []
    if received:
        h.append(("Received", received))
    if auth:
        h.append(("Authentication-Results", auth))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", enc_word(subject, scs)))
    h.append(("Date", format_datetime(date)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    bh, bb = body
    h += bh
    text = "".join("%s: %s\n" % kv for kv in h) + "\n" + bb
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    lab = {"kind": label[0], "needs_reply": label[1], "case": label[2],
           "candidate_ids": list(label[3]) if len(label) > 3 else []}
    MSGS.append((text, lab))


def d(y, mo, da, hh, mm, tz=UTC):
    return datetime(y, mo, da, hh, mm, (hh * 7 + mm) % 60, tzinfo=tz)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


TC_FOOT = """
Best regards,

{agent}
AWS Training and Certification Customer Service
https://aws.amazon.com/training/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ================================================================= messages
# 001 billing
add(("unrelated", False, None),
    addr("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [Account: 4207-3318-9962]",
    d(2025, 2, 20, 3, 12), ses_id("001"),
    multi("alternative", [
        part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 9962, is available on the AWS web site. Your account will be charged the following:

Total: $ 38.41

You can see a complete break down of all charges on the Billing and Cost Management page located at the following URL:
https://console.aws.amazon.com/billing/home#/bill

[AWS ID 420733189962]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cte="7bit"),
        part("""<html><body style="font-family:Arial,sans-serif"><p>Greetings from Amazon Web Services,</p>
<p>Your latest billing statement for the account ending in <b>9962</b> is available.</p>
<table border="1" cellpadding="4"><tr><td>Total</td><td>$ 38.41</td></tr></table>
<p><a href="https://console.aws.amazon.com/billing/home#/bill">View your bill</a></p>
<p style="color:#888">[AWS ID 420733189962]</p></body></html>""", "text/html", cte="qp")],
        "==b_" + hx("001", 20)),
    auth=auth_corp("amazon.com"))

# 002 certification expiry
add(("certification", False, None, ["AWS04417283"]),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certified Solutions Architect - Associate expires in 90 days",
    d(2025, 2, 20, 16, 40), "<%s.certmetrics@mail.certmetrics.com>" % hx("002", 24),
    part("""Hello Takumi Kurosawa,

Candidate ID: AWS04417283

Your AWS Certified Solutions Architect - Associate certification will expire on May 21, 2025.

To keep your certification active, pass the current version of the exam or a higher-level exam in the same path before that date. Recertifying keeps your digital badge active and lets you use your certification benefits.

Visit your AWS Certification Account to review your options and to find the 50% discount voucher from your last certification.

AWS Certification
Please do not reply to this message; this mailbox is not monitored.
""", cte="7bit"),
    auth=auth_corp("certmetrics.com"))

# 003 github merged
add(("unrelated", False, None),
    addr("Aiko Fujimura", "notifications@github.com"), "seiran/infra-tools <infra-tools@noreply.github.com>",
    "Re: [seiran/infra-tools] Merge account mapping tables for IAM Identity Center (PR #412)",
    d(2025, 2, 21, 2, 5), "<seiran/infra-tools/pull/412/issue_event/16298347102@github.com>",
    part("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/seiran/infra-tools/pull/412#event-16298347102
You are receiving this because you were mentioned.

Message ID: <seiran/infra-tools/pull/412/issue_event/16298347102@github.com>
""", cte="7bit"),
    cc="Takumi Kurosawa <%s>, Mention <mention@noreply.github.com>" % ME_C,
    irt="<seiran/infra-tools/pull/412@github.com>", refs="<seiran/infra-tools/pull/412@github.com>",
    auth=auth_corp("github.com"),
    extra=[("List-ID", "seiran/infra-tools <infra-tools.seiran.github.com>"), ("X-GitHub-Reason", "mention")])

# 004 colleague, ISO-2022-JP
add(("unrelated", False, None),
    addr("藤村 愛子", "fujimura.a@seiran-solutions.co.jp", "iso-2022-jp"), ME_C,
    "【ご案内】黒澤さん送別会の日程について",
    d(2025, 2, 21, 18, 22, JST), "<%s@seiran-solutions.co.jp>" % hx("004", 20),
    part("""黒澤さん

お疲れさまです。藤村です。

送別会ですが、2月27日(木) 19:00から、品川駅近くのお店で予約が取れました。
出欠は不要です(主役なので)。何か苦手な食べ物があれば教えてください。

引き継ぎのほうもあと少しですね。最後までよろしくお願いします。

藤村
""", cs="iso-2022-jp", cte="7bit"),
    auth=auth_corp("seiran-solutions.co.jp"), scs="iso-2022-jp")

# 005 owner's own memo, company -> personal
add(("user_reply", False, None, ["AWS04417283", "AWS10293847"]),
    addr("Kurosawa Takumi", ME_C), ME_P,
    "memo: 認定アカウント移行用",
    d(2025, 2, 22, 9, 3, JST), "<TYCP286MB2%s@TYCP286MB2.JPNP286.PROD.OUTLOOK.COM>" % hx("005", 10).upper(),
    part("""自分用メモ (退職前に控え)

旧 (会社) 認定アカウント: AWS04417283  / kurosawa.t@seiran-solutions.co.jp
新 (個人) 認定アカウント: AWS10293847  / takumi.kurosawa.92@gmail.com  (Builder IDで昨日作成)

保有: SAA (5/21失効予定), DVA, SCS
特典: 50%割引バウチャー 1枚 (未使用)
会社はAPNパートナーなので統合時に何か言われるかも。

最終出社日 2/28
""", cte="b64"), crlf=True,
    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")])

# 006 builder id code
add(("unrelated", False, None),
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    d(2025, 2, 22, 1, 44), ses_id("006"),
    multi("alternative", [
        part("""Verify your email address

Hello Takumi,

Use the following code to finish creating your AWS Builder ID:

Verification code: 583104

This code expires 10 minutes after it was sent. If you did not request it, you can ignore this message.

Amazon Web Services
""", cte="7bit"),
        part("""<html><body><h2>Verify your email address</h2><p>Hello Takumi,</p><p>Use the following code to finish creating your AWS Builder ID:</p><p style="font-size:28px;letter-spacing:4px"><b>583104</b></p><p>This code expires 10 minutes after it was sent.</p></body></html>""", "text/html", cte="qp")],
        "----=_Part_%s" % hx("006", 12)),
    auth=auth_gmail("signin.aws"))

# 007 ack, main case M (echo of form text with a candidate id)
M_ACK_ID = ses_id("007")
M_SUBJ = "RE:[CASE %s] %s" % (M, SUBJ_TC)
add(("acknowledgement", False, M, ["AWS04417283"]),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 2, 26, 4, 31), M_ACK_ID,
    part("""Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case %s for your request and a member of our team will reply, in most cases within 24 hours. Some requests take a little longer to investigate; we appreciate your patience.

To help us serve you faster, please keep all correspondence on this case in this email thread rather than submitting the form again.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Subject: account-assistance

Description:
Use case: I am leaving my employer (Seiran Solutions) at the end of this month and want to move my certifications to my personal account.
Email addresses used: kurosawa.t@seiran-solutions.co.jp, takumi.kurosawa.92@gmail.com
Email address to keep: takumi.kurosawa.92@gmail.com
Candidate ID (old account): AWS04417283

Sincerely,
AWS Training and Certification Customer Service
""" % (M, M), cte="7bit"),
    auth=auth_gmail("amazon.com"))

# 008 ack, duplicate case D, Japanese, to company address
D_ACK_ID = ses_id("008")
D_SUBJ = "RE: [CASE %s] %s" % (D, SUBJ_TC)
add(("acknowledgement", False, D),
    addr("AWS Training and Certification", TC), ME_C,
    D_SUBJ, d(2025, 2, 26, 6, 2), D_ACK_ID,
    part("""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース %s を作成しました。担当者より通常24時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。

同じ内容のお問い合わせで既にケースをお持ちの場合は、新たにフォームを送信せず、既存のケースのメールにご返信ください。

ケースの詳細:
ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

AWS トレーニングと認定 カスタマーサービス
""" % (D, D), cs="iso-2022-jp", cte="7bit"),
    auth=auth_corp("amazon.com"))

# 009 owner writes on D asking to close it
D_USER_ID = "<TYCP286MB2%s@TYCP286MB2.JPNP286.PROD.OUTLOOK.COM>" % hx("009", 10).upper()
add(("user_reply", False, D),
    addr("Kurosawa Takumi", ME_C), TC,
    D_SUBJ, d(2025, 2, 26, 16, 10, JST), D_USER_ID,
    part("""Hello,

I am sorry, I sent the merge request form twice. The first request is case %s (submitted from my personal address). Please close this case and continue on that one.

Regards,
Takumi Kurosawa

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, February 26, 2025 3:02 PM
To: Kurosawa Takumi <%s>
Subject: RE: [CASE %s] %s

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成しました。
""" % (M, TC, ME_C, D, SUBJ_TC, D), cte="qp"),
    irt=D_ACK_ID, refs=D_ACK_ID, crlf=True)

# 010 D closed as duplicate
add(("case_update", False, D),
    addr("AWS Training and Certification", TC), ME_C,
    D_SUBJ, d(2025, 2, 27, 0, 48), ses_id("010"),
    part("""Hello Takumi,

Thanks for letting us know. I have linked this case to %s and closed it as a duplicate, so your merge request will be handled on the other case only. You do not need to do anything on this one.

Kind regards,

Bongani
AWS Training and Certification Customer Service

-----Original Message-----
From: kurosawa.t@seiran-solutions.co.jp
Subject: RE: [CASE %s]

I am sorry, I sent the merge request form twice. The first request is case %s (submitted from my personal address). Please close this case and continue on that one.
""" % (M, D, M), cte="7bit"),
    irt=D_USER_ID, refs="%s %s" % (D_ACK_ID, D_USER_ID), auth=auth_corp("amazon.com"))

# 011 skill builder receipt
add(("unrelated", False, None),
    addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder receipt - Order 7730418826",
    d(2025, 2, 27, 2, 19), ses_id("011"),
    part("""<html><body style="font-family:'Amazon Ember',Arial"><h1>Thanks for your purchase</h1>
<p>Hi Takumi,</p><p>Your AWS Skill Builder Individual subscription is active. Here is your receipt.</p>
<table cellpadding="6" style="border-collapse:collapse" border="1">
<tr><th align="left">Order</th><td>7730418826</td></tr>
<tr><th align="left">Plan</th><td>Individual, monthly</td></tr>
<tr><th align="left">Amount</th><td>USD 29.00</td></tr>
<tr><th align="left">Next charge</th><td>March 27, 2025</td></tr></table>
<p>You can manage or cancel your subscription any time from <a href="https://skillbuilder.aws/account">your account</a>.</p>
<p style="font-size:11px;color:#777">Questions about your order? Visit our help pages. This mailbox is not monitored.</p></body></html>""",
         "text/html", cte="qp"),
    auth=auth_gmail("skillbuilder.aws"))

# 012 partner hold with a buried question
M_HOLD1 = ses_id("012")
add(("on_hold", True, M),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 2, 27, 5, 55), M_HOLD1,
    part("""Hello Takumi,

My name is Ines and I will be working on your merge request.

When I reviewed the two certification accounts I found that the one registered with kurosawa.t@seiran-solutions.co.jp is linked to an AWS Partner Network organization (Seiran Solutions K.K.). Accounts that count toward a partner's certified headcount are not merged while the individual is still listed as an employee, so I have placed the case on hold and sent a release request to the partner's alliance contact. Releases of this kind usually come back within a few business days; there is nothing you need to arrange with them yourself.

While we wait, one detail would help me on my side: what is your final working day at Seiran Solutions, and will the company mailbox still receive mail after that date?

I will write again as soon as the partner responds.
""" + TC_FOOT.format(agent="Ines R."), cte="qp"),
    irt=M_ACK_ID, refs=M_ACK_ID, auth=auth_gmail("amazon.com"))

# 013 owner answers
M_U1 = "<CAH%s@mail.gmail.com>" % hx("013", 28)
add(("user_reply", False, M),
    addr("Takumi Kurosawa", ME_P), TC,
    M_SUBJ, d(2025, 2, 27, 18, 2, JST), M_U1,
    multi("alternative", [
        part("""Hi Ines,

My last working day is February 28. The company mailbox (kurosawa.t@seiran-solutions.co.jp) will be disabled that evening, so please use this Gmail address from now on.

Thank you,
Takumi

On Thu, Feb 27, 2025 at 14:55 AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("""Hello Takumi,

My name is Ines and I will be working on your merge request.

When I reviewed the two certification accounts I found that the one registered with
kurosawa.t@seiran-solutions.co.jp is linked to an AWS Partner Network organization
(Seiran Solutions K.K.). ...

While we wait, one detail would help me on my side: what is your final working day at
Seiran Solutions, and will the company mailbox still receive mail after that date?""")), cte="qp"),
        part("""<div dir="ltr">Hi Ines,<div><br></div><div>My last working day is February 28. The company mailbox (kurosawa.t@seiran-solutions.co.jp) will be disabled that evening, so please use this Gmail address from now on.</div><div><br></div><div>Thank you,</div><div>Takumi</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Feb 27, 2025 at 14:55 AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Takumi,<br><br>While we wait, one detail would help me on my side: what is your final working day at Seiran Solutions, and will the company mailbox still receive mail after that date?</blockquote></div>""" % TC,
             "text/html", cte="qp")], "000000000000%s" % hx("013b", 16)),
    irt=M_HOLD1, refs="%s %s" % (M_ACK_ID, M_HOLD1))

# 014 hold continues, nothing asked
M_HOLD2 = ses_id("014")
add(("on_hold", False, M),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 2, 28, 1, 20), M_HOLD2,
    part("""Hi Takumi,

Thank you, that is noted on the case.

The release request is still with the partner's alliance team, so the case remains on hold until they remove your profile from their organization. This step is on their side; no action is needed from you for now. I will update you once I hear back.
""" + TC_FOOT.format(agent="Ines R."), cte="7bit"),
    irt=M_U1, refs="%s %s %s" % (M_ACK_ID, M_HOLD1, M_U1), auth=auth_gmail("amazon.com"))

# 015 colleague out-of-office auto-reply
add(("unrelated", False, None),
    addr("Yoshida Ren", "yoshida.r@seiran-solutions.co.jp"), ME_C,
    "自動応答: 引き継ぎ資料 (AWS 請求アカウント管理)",
    d(2025, 2, 28, 10, 31, JST), "<TYWP286MB%s@TYWP286MB.JPNP286.PROD.OUTLOOK.COM>" % hx("015", 12).upper(),
    part("""お疲れさまです。吉田です。

3月3日(月)まで休暇をいただいております。期間中のメールは確認できませんので、
お急ぎの場合はインフラチーム (infra@seiran-solutions.co.jp) までご連絡ください。

I am out of the office until March 3 with no access to email.
""", cte="b64"),
    auth=auth_corp("seiran-solutions.co.jp"), crlf=True,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 016 phishing lookalike pretending to be case M
add(("suspicious", False, None, ["AWS77120934"]),
    addr("AWS Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
    "RE:[CASE %s] Action required: verify account ownership to complete merge" % M,
    d(2025, 3, 1, 7, 14), "<%s@aws-certification-helpdesk.com>" % hx("016", 22),
    part("""<html><body style="font-family:Arial"><img src="https://aws-certification-helpdesk.com/img/aws-logo.png" alt="aws"><p>Dear Candidate,</p>
<p>Your merge request for candidate <b>AWS77120934</b> cannot be completed until you verify ownership of both accounts. Accounts that are not verified within <b>24 hours</b> will be permanently deactivated and all certifications revoked.</p>
<p style="text-align:center"><a href="https://aws-certification-helpdesk.com/verify?c=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my accounts</a></p>
<p>Alternatively, reply to this email with your Builder ID password and the one-time code we sent to your phone.</p>
<p>AWS Training &amp; Certification Security Team</p></body></html>""" % M, "text/html", cte="qp"),
    auth=auth_gmail("aws-certification-helpdesk.com", dkim="none", spf="softfail", dmarc="none"))

# 017 Pearson VUE appointment
add(("unrelated", False, None),
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
    d(2025, 3, 1, 9, 2), "<%s.JavaMail.pvue@pearson.com>" % hx("017", 18),
    part("""Dear Takumi Kurosawa,

Thank you for scheduling with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID: 482613907
Date and time: Saturday, April 5, 2025 at 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored

Check in up to 30 minutes before your appointment. To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
""", cte="7bit"),
    auth=auth_gmail("pearson.com"))

# 018 certification program "wants to hear from you"
add(("certification", False, None),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you",
    d(2025, 3, 2, 14, 30), "<%s.certmetrics@mail.certmetrics.com>" % hx("018", 24),
    multi("alternative", [
        part("""Hello,

We are shaping the next versions of several AWS Certification exams and would like input from certified professionals. The survey takes about 10 minutes and your answers stay anonymous.

Take the survey: https://www.certmetrics.com/amazon/survey/?s=2025Q1

Thank you for helping improve AWS Certification.

AWS Certification
""", cte="7bit"),
        part("""<html><body><p>Hello,</p><p>We are shaping the next versions of several AWS Certification exams and would like input from certified professionals. The survey takes about 10 minutes and your answers stay anonymous.</p><p><a href="https://www.certmetrics.com/amazon/survey/?s=2025Q1">Take the survey</a></p></body></html>""", "text/html", cte="qp")],
        "b1_%s" % hx("018", 24)),
    auth=auth_gmail("certmetrics.com"))

# 019 newsletter
add(("unrelated", False, None),
    addr("Cloud Digest", "newsletter@clouddigest.dev"), ME_P,
    "Cloud Digest #211: S3 conditional writes, a Lambda cold-start deep dive, and more",
    d(2025, 3, 3, 13, 0), "<%s@mail.clouddigest.dev>" % hx("019", 20),
    part("""CLOUD DIGEST #211

1. Conditional writes in S3, one year on: what teams actually use them for
2. Measuring Lambda cold starts without fooling yourself
3. "We merged our three AWS Organizations into one" - a migration story
4. Ask the editor: Should I renew my associate certification or go straight to professional?

Read online: https://clouddigest.dev/211
Unsubscribe: https://clouddigest.dev/u/%s
""" % hx("019u", 10), cte="7bit"),
    auth=auth_gmail("clouddigest.dev"), extra=[("List-Unsubscribe", "<https://clouddigest.dev/u/%s>" % hx("019u", 10))])

# 020 hold lifted, HTML only
M_LIFT = ses_id("020")
add(("case_update", False, M),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 3, 4, 3, 41), M_LIFT,
    part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Takumi,</p>
<p>Good news: Seiran Solutions K.K. has released your certification profile from its partner organization, so the hold on this case has been lifted.</p>
<p>I have handed the case to our account specialists, who will prepare the merge of your two certification accounts. There is nothing further required from you at the moment; they will be in touch through this thread.</p>
<p>Best regards,<br>Ines R.<br>AWS Training and Certification Customer Service</p>
</div></body></html>""", "text/html", cte="qp"),
    irt=M_HOLD2, refs="%s %s %s %s" % (M_ACK_ID, M_HOLD1, M_U1, M_HOLD2), auth=auth_gmail("amazon.com"))

# 021 confirmation request with account table (multipart/alternative, qp), cc company
M_CONF = ses_id("021")
CONF_TXT = """Hello Takumi,

I am Kenji from the account specialist team and I will complete your merge.

I located the following certification accounts:

Account #1
Candidate ID: AWS10293847
Login email: takumi.kurosawa.92@gmail.com
Training notification email: takumi.kurosawa.92@gmail.com
Certification notification email: takumi.kurosawa.92@gmail.com

Account #2
Candidate ID: AWS04417283
Login email: kurosawa.t@seiran-solutions.co.jp
Training notification email: kurosawa.t@seiran-solutions.co.jp
Certification notification email: kurosawa.t@seiran-solutions.co.jp

After a merge, the exam history, certifications and benefits of Account #2 move to Account #1 and Account #2 can no longer be used. This cannot be undone.

Would you confirm that both accounts are yours and that Account #1 is the one to keep? As soon as I have your go-ahead I will run the merge.
"""
add(("confirmation_request", True, M, ["AWS10293847", "AWS04417283"]),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 3, 5, 2, 8), M_CONF,
    multi("alternative", [
        part(CONF_TXT + TC_FOOT.format(agent="Kenji M."), cte="qp"),
        part("""<html><body style="font-family:Arial;font-size:13px"><p>Hello Takumi,</p><p>I am Kenji from the account specialist team and I will complete your merge.</p><p>I located the following certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS10293847</td><td>AWS04417283</td></tr>
<tr><td>Login email</td><td>takumi.kurosawa.92@gmail.com</td><td>kurosawa.t@seiran-solutions.co.jp</td></tr>
<tr><td>Training notification email</td><td>takumi.kurosawa.92@gmail.com</td><td>kurosawa.t@seiran-solutions.co.jp</td></tr>
<tr><td>Certification notification email</td><td>takumi.kurosawa.92@gmail.com</td><td>kurosawa.t@seiran-solutions.co.jp</td></tr>
</table>
<p>After a merge, the exam history, certifications and benefits of Account #2 move to Account #1 and Account #2 can no longer be used. This cannot be undone.</p>
<p>Would you confirm that both accounts are yours and that Account #1 is the one to keep? As soon as I have your go-ahead I will run the merge.</p>
<p>Best regards,<br><br>Kenji M.<br>AWS Training and Certification Customer Service</p></body></html>""", "text/html", cte="qp")],
        "----=_Part_%s" % hx("021", 14)),
    cc=ME_C, irt=M_LIFT, refs="%s %s %s" % (M_ACK_ID, M_HOLD1, M_LIFT), auth=auth_gmail("amazon.com"))

# 022 owner replies from the company address (wrong address), Outlook style
M_U2 = "<TYCP286MB2%s@TYCP286MB2.JPNP286.PROD.OUTLOOK.COM>" % hx("022", 10).upper()
add(("user_reply", False, M),
    addr("Kurosawa Takumi", ME_C), TC,
    M_SUBJ, d(2025, 3, 5, 11, 26, JST), M_U2,
    part("""Hello Kenji,

Yes, both are mine. Please keep Account #1 and merge Account #2 into it.

Takumi

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, March 5, 2025 11:08 AM
To: takumi.kurosawa.92@gmail.com
Cc: Kurosawa Takumi <%s>
Subject: %s

%s""" % (TC, ME_C, M_SUBJ, CONF_TXT), cte="qp"),
    irt=M_CONF, refs="%s %s %s" % (M_ACK_ID, M_LIFT, M_CONF), crlf=True)

# 023 write from the other address
M_ADDR = ses_id("023")
add(("info_request", True, M),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 3, 5, 4, 50), M_ADDR,
    part("""Hello Takumi,

Thank you for the quick answer. Your confirmation reached us from kurosawa.t@seiran-solutions.co.jp, which is the account being merged away. For the protection of your records we only act on a merge confirmation sent from the address registered on the account that will be kept.

We need you to send the same confirmation again from takumi.kurosawa.92@gmail.com - replying to this email from that mailbox is enough. The merge will go ahead once it arrives.
""" + TC_FOOT.format(agent="Kenji M."), cte="7bit"),
    cc=ME_C, irt=M_U2, refs="%s %s %s" % (M_ACK_ID, M_CONF, M_U2), auth=auth_gmail("amazon.com"))

# 024 AWS marketing (Japanese)
add(("unrelated", False, None),
    addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025 事前登録受付中 - 今すぐお申し込みください",
    d(2025, 3, 6, 0, 15), ses_id("024"),
    part("""<html><body style="font-family:'Hiragino Sans',Meiryo"><h1>AWS Summit Japan 2025</h1>
<p>日本最大の AWS を学ぶイベントが今年も幕張メッセで開催されます。150 を超えるセッション、ハンズオン、認定者ラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p style="font-size:10px;color:#666">このメールは送信専用アドレスから配信されています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社</p></body></html>""",
         "text/html", cte="b64"),
    auth=auth_gmail("amazon.com"), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])

# 025 Microsoft support case closed (other vendor)
add(("unrelated", False, None),
    addr("Microsoft Support", "supportmail@microsoft.com"), ME_P,
    "Case #2503040010002811 has been closed - Microsoft Entra sign-in issue",
    d(2025, 3, 7, 8, 3), "<%s@microsoft.com>" % hx("025", 26),
    part("""Hello Takumi,

Your support request 2503040010002811 has been closed because we did not receive a response within the agreed time. If the issue continues, reply to this email within 14 days and the case will be reopened.

Thank you for contacting Microsoft Support.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", cte="qp"),
    auth=auth_gmail("microsoft.com"))

# 026 closing notice on M (no reply from the right address yet)
M_CLOSE = ses_id("026")
add(("closing_notice", True, M),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 3, 8, 1, 5), M_CLOSE,
    part("""Hello,

We are following up on case %s. We have not yet received the merge confirmation from the address on file for the account you want to keep.

If we do not hear from you within 3 business days, this case will be closed automatically. Replying to this message keeps it open; if it has already closed, a reply will reopen it.

Sincerely,
AWS Training and Certification Customer Service
""" % M, cte="7bit"),
    irt=M_ADDR, refs="%s %s %s" % (M_ACK_ID, M_CONF, M_ADDR), auth=auth_gmail("amazon.com"))

# 027 owner confirms from personal address, top-posting over long history
M_U3 = "<CAH%s@mail.gmail.com>" % hx("027", 28)
add(("user_reply", False, M, ["AWS10293847"]),
    addr("Takumi Kurosawa", ME_P), TC,
    M_SUBJ, d(2025, 3, 8, 19, 40, JST), M_U3,
    part("""Hello,

Sorry for the delay. Confirmed from my personal address: both accounts belong to me. Please merge Account #2 into Account #1 (AWS10293847) and keep takumi.kurosawa.92@gmail.com.

Best regards,
Takumi Kurosawa

On Sat, Mar 8, 2025 at 10:05 AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("""Hello,

We are following up on case %s. We have not yet received the merge confirmation from the address on file for the account you want to keep.

If we do not hear from you within 3 business days, this case will be closed automatically. Replying to this message keeps it open; if it has already closed, a reply will reopen it.

Sincerely,
AWS Training and Certification Customer Service

On Wed, Mar 5, 2025 at 13:50 AWS Training and Certification <%s> wrote:
%s""" % (M, TC, quote("""Hello Takumi,

Thank you for the quick answer. Your confirmation reached us from kurosawa.t@seiran-solutions.co.jp, which is the account being merged away.

We need you to send the same confirmation again from takumi.kurosawa.92@gmail.com - replying to this email from that mailbox is enough.

On Wed, Mar 5, 2025 at 11:08 AWS Training and Certification <%s> wrote:
%s""" % (TC, quote(CONF_TXT)))))), cte="qp"),
    irt=M_CLOSE, refs="%s %s %s %s" % (M_ACK_ID, M_CONF, M_ADDR, M_CLOSE))

# 028 resolved, quoting the old confirmation request
add(("resolved", False, M),
    addr("AWS Training and Certification", TC), ME_P,
    M_SUBJ, d(2025, 3, 8, 12, 52), ses_id("028"),
    part("""Hello Takumi,

Thank you for confirming. I have successfully merged all accounts: the exam history, certifications and benefits from Account #2 now appear under Account #1, and you can sign in with takumi.kurosawa.92@gmail.com to review them. Your digital badges will be re-issued to the same address shortly. The profile on the partner side can take up to a week to reflect the change.

If anything looks wrong after you sign in, just reply to this email.

Best regards,

Kenji M.
AWS Training and Certification Customer Service

---- Previous message ----
%s""" % quote(CONF_TXT), cte="qp"),
    irt=M_U3, refs="%s %s %s" % (M_ACK_ID, M_CONF, M_U3), auth=auth_gmail("amazon.com"))

# 029 Credly badge (multipart)
add(("badge", False, None),
    addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge",
    d(2025, 3, 8, 13, 20), "<%s@credly.com>" % hx("029", 24),
    multi("alternative", [
        part("""Congratulations, Takumi!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Security - Specialty

Accept your badge to share it on LinkedIn and elsewhere:
https://www.credly.com/badges/6f1c2d3a-88b1-4e0c-9d25-0f7a9b3e4c11/accept

You are receiving this because an issuer awarded you a badge. Manage notifications in your Credly settings.
""", cte="7bit"),
        part("""<html><body><table width="600" align="center"><tr><td><h2>Congratulations, Takumi!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p><p><b>AWS Certified Security - Specialty</b></p><p><a href="https://www.credly.com/badges/6f1c2d3a-88b1-4e0c-9d25-0f7a9b3e4c11/accept">Accept badge</a></p></td></tr></table></body></html>""", "text/html", cte="qp")],
        "_----------=_%s" % hx("029", 18)),
    auth=auth_gmail("credly.com"))

# 030 second Credly badge, HTML only base64
add(("badge", False, None),
    addr("Credly", "admin@credly.com"), ME_P,
    "You've earned the AWS Certified Developer - Associate badge",
    d(2025, 3, 8, 13, 21), "<%s@credly.com>" % hx("030", 24),
    part("""<html><body style="font-family:Helvetica"><h2>Your badge is waiting</h2><p>Hi Takumi,</p><p>Amazon Web Services Training and Certification issued you <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/badges/a0c94e17-51e2-4b7a-b6ef-3d2e81f0c6a2/accept">Accept your badge</a> to show it on your profile.</p><p style="color:#999;font-size:11px">Credly, Inc. &middot; Unsubscribe from issuer emails</p></body></html>""",
         "text/html", cte="b64"),
    auth=auth_gmail("credly.com"))

# 031 survey for M
add(("survey", False, M),
    addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "How did we do? Your feedback on case %s" % M,
    d(2025, 3, 9, 6, 0), ses_id("031"),
    multi("alternative", [
        part("""Hello,

Your recent case with AWS Training and Certification (Case ID: %s) has been resolved. Would you take one minute to tell us how we did?

Rate your experience: https://amazonmr.au1.qualtrics.com/jfe/form/SV_tc?case=%s

This survey is optional and your answers help us improve our service.

AWS Training and Certification
""" % (M, M), cte="7bit"),
        part("""<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (Case ID: %s) has been resolved. Would you take one minute to tell us how we did?</p><p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_tc?case=%s">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a></p></body></html>""" % (M, M), "text/html", cte="qp")],
        "=_srv_%s" % hx("031", 16)),
    auth=auth_gmail("amazon.com"))

# 032 Japanese event newsletter, Shift_JIS
add(("unrelated", False, None),
    addr("connpass", "no-reply@connpass.com"), ME_P,
    "【JAWS-UG】3月のイベント情報をお届けします",
    d(2025, 3, 9, 20, 0, JST), "<%s@connpass.com>" % hx("032", 22),
    part("""黒澤 拓海 さん

あなたがメンバーになっているグループの新着イベントです。

■ JAWS-UG 東京 #58 「認定資格なんでも相談会」
  日時: 2025/03/22(土) 13:00〜17:00
  会場: 目黒 (オンライン併催)

■ JAWS-UG 横浜 #31 コンテナ回
  日時: 2025/03/27(木) 19:00〜21:00

このメールは送信専用です。配信設定はマイページから変更できます。
""", cs="shift_jis", cte="b64"),
    auth=auth_gmail("connpass.com"), scs="shift_jis")

# 033 recertification congratulations
add(("certification", False, None, ["AWS10293847"]),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    d(2025, 3, 10, 9, 12), "<%s.certmetrics@mail.certmetrics.com>" % hx("033", 24),
    part("""Hello Takumi,

Well done - you have recertified AWS Certified Solutions Architect - Associate. Your new expiration date is March 9, 2028.

Candidate ID: AWS10293847

Your digital certificate and your new benefits, including a 50% discount on a future exam, will be available in your AWS Certification Account within five business days.

AWS Certification
""", cte="qp"),
    auth=auth_gmail("certmetrics.com"))

# 034 console case opened (acknowledgement)
CONSOLE_FOOT = """
To see all correspondence on this case, or to reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
V_SUBJ = "RE:[CASE %s] Recertification benefit voucher not showing" % V
V_ACK = ses_id("034")
add(("acknowledgement", False, V),
    addr("Amazon Web Services", NOREPLY), ME_P,
    "Amazon Web Services: New Support case: %s" % V,
    d(2025, 3, 11, 4, 2), V_ACK,
    part("""Hello,

We have received your request and opened case %s. Please find the details below.

Case ID: %s
Subject: Recertification benefit voucher not showing
Severity: General question
Service: Certification
Correspondence: I recertified SAA on March 9 but the 50 percent discount voucher does not appear under Benefits in my certification account.

A member of our team will review it shortly.

Best regards,
Amazon Web Services
""" % (V, V) + CONSOLE_FOOT % V, cte="7bit"),
    auth=auth_gmail("amazon.com"))

# 035 AWS Educate form case (other program)
add(("unrelated", False, None),
    addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174164812000093] [AWS Educate Form Submission] - account-access",
    d(2025, 3, 11, 7, 33), ses_id("035"),
    part("""Hello,

Thank you for contacting AWS Educate. To look into the sign-in problem you reported for your mentor account, could you tell us the email address you used when you first joined AWS Educate and the approximate date you last signed in?

Once we have these details we will continue our review.

Regards,
AWS Educate Support
""", cte="7bit"),
    auth=auth_gmail("amazon.com"))

# 036 console info request: reply in Support Center
V_REQ = ses_id("036")
add(("info_request", True, V),
    addr("Amazon Web Services", NOREPLY), ME_P, V_SUBJ,
    d(2025, 3, 12, 1, 17), V_REQ,
    part("""Hello,

Thank you for your patience.

Benefits from a recertification are normally created automatically, but in a few cases they are held back when the exam record is still being linked to a recently merged account, which may be what happened here.

So that I can locate the right record, kindly add the following to this case in the Support Center:
- the date and the exam code of the recertification exam
- a screenshot of the Benefits page as you see it now

We look forward to your response.

Best regards,
Sofia G.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""" + CONSOLE_FOOT % V, cte="qp"),
    auth=auth_gmail("amazon.com"))

# 037 Credly lookalike phishing
add(("suspicious", False, None),
    addr("Credly Badges", "notify@credly-badgecenter.net"), ME_P,
    "Your AWS badges will be revoked - confirm your identity",
    d(2025, 3, 12, 22, 48), "<%s@credly-badgecenter.net>" % hx("037", 20),
    part("""<html><body><p>Hello Takumi,</p><p>Because your AWS Certification accounts were recently merged, all badges linked to the old account are scheduled for revocation. To keep them, confirm your identity within 48 hours.</p><p><a href="http://credly-badgecenter.net/login?next=/claim">Sign in to Credly</a></p><p>Credly Support</p></body></html>""", "text/html", cte="qp"),
    auth=auth_gmail("credly-badgecenter.net", dkim="pass", spf="pass", dmarc="none"))

# 038 acknowledgement of case B, Japanese, Shift_JIS, echo with candidate ids
B_SUBJ = "RE:[CASE %s] %s" % (B, SUBJ_TC)
B_ACK = ses_id("038")
add(("acknowledgement", False, B, ["AWS10293847", "AWS20581736"]),
    addr("AWS Training and Certification", TC), ME_P,
    B_SUBJ, d(2025, 3, 13, 3, 9), B_ACK,
    part("""AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

ケース %s としてお問い合わせを承りました。通常24時間以内に担当者よりご連絡差し上げますが、最適な解決策をご提案するためにお時間を頂戴する場合もございます。

なお、同一のご依頼について重複してケースを作成されますと対応が遅れる原因となりますので、追加のご連絡は本メールへのご返信にてお願いいたします。

お問い合わせ内容:
同じメールアドレス (takumi.kurosawa.92@gmail.com) で認定アカウントが2つあり、Credly にバッジが表示されません。
AWS10293847 (メインで使用)
AWS20581736 (誤って作成)
AWS10293847 への統合をお願いします。

AWS トレーニングと認定 カスタマーサービス
""" % B, cs="shift_jis", cte="b64"),
    auth=auth_gmail("amazon.com"))

# 039 JetBrains zendesk solved
add(("unrelated", False, None),
    addr("JetBrains Sales Support", "sales@jetbrains.com"), ME_P,
    "[JetBrains] Re: License transfer to personal account",
    d(2025, 3, 13, 10, 55), "<%s_sprut@zendesk.com>" % hx("039", 14).upper(),
    part("""##- Please type your reply above this line -##

Your request (#5128841) has been solved. To reopen this request, reply to this email.

Dmitry (JetBrains)
Mar 13, 2025, 11:54 CET

Hi Takumi,

The personal license has been moved to takumi.kurosawa.92@gmail.com. The company seat was released back to your former employer's pool.

Have a great day!
""", cte="qp"),
    auth=auth_gmail("jetbrains.com"))

# 040 console closing notice (auto-resolve)
V_CLOSE = ses_id("040")
add(("closing_notice", True, V),
    addr("Amazon Web Services", NOREPLY), ME_P, V_SUBJ,
    d(2025, 3, 14, 2, 0), V_CLOSE,
    part("""Hello,

We haven't heard back from you regarding this case and will need your response to continue. If we don't hear from you, this case will be resolved automatically in 3 days. Add your response through the Support Center to keep the case open.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT % V, cte="7bit"),
    auth=auth_gmail("amazon.com"))

# 041 owner replies to the console case by email (wrong channel)
add(("user_reply", False, V),
    addr("Takumi Kurosawa", ME_P), NOREPLY, V_SUBJ,
    d(2025, 3, 14, 12, 3, JST), "<CAH%s@mail.gmail.com>" % hx("041", 28),
    part("""Hi Sofia,

The recertification exam was SAA-C03 on March 9, 2025 (online). Screenshot attached.

Takumi
""", cte="7bit"),
    irt=V_CLOSE, refs="%s %s %s" % (V_ACK, V_REQ, V_CLOSE))

# 042 info request on B, Japanese keigo, ISO-2022-JP
B_REQ = ses_id("042")
add(("info_request", True, B),
    addr("AWS Training and Certification", TC), ME_P,
    B_SUBJ, d(2025, 3, 15, 0, 40), B_REQ,
    part("""黒澤 拓海 様

AWS トレーニングと認定 カスタマーサービスの佐々木と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた2つの認定アカウントについて確認いたしましたところ、いずれも同じメールアドレスで登録されておりますが、サインインに使用されている AWS Builder ID が異なっております。Credly のバッジは試験履歴を保持しているアカウントに紐付くため、統合先を誤るとバッジが再発行されない場合がございます。

つきましては、各アカウントにサインインいただき、画面右上に表示される候補 ID と、「試験履歴」に記録がある方がどちらかをご確認のうえ、本メールにご返信いただけますでしょうか。

お手数をおかけいたしますが、ご対応のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit"),
    irt=B_ACK, refs=B_ACK, auth=auth_gmail("amazon.com"))

# 043 console resolved with survey footer
add(("resolved", False, V),
    addr("Amazon Web Services", NOREPLY), ME_P, V_SUBJ,
    d(2025, 3, 15, 5, 26), ses_id("043"),
    part("""Hello,

Thank you for the details you added in the Support Center. The exam record from March 9 was attached to the account that was merged on March 8, which stopped the benefit from being created. I have moved it to your current account and issued the 50% discount voucher; it is now listed under Benefits.

I have marked this case as resolved. If you have anything to add, you can reopen it from the Support Center within 14 days.

Best regards,
Sofia G.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CONSOLE_FOOT % V, cte="qp"),
    auth=auth_gmail("amazon.com"))

# 044 Skill Builder renewal notice
add(("unrelated", False, None),
    addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Reminder: your subscription renews on March 27",
    d(2025, 3, 16, 3, 0), ses_id("044"),
    part("""Hi Takumi,

Your AWS Skill Builder Individual subscription renews on March 27, 2025 for USD 29.00. No action is needed to continue; to change plans, visit your account settings.

AWS Skill Builder
""", cte="7bit"),
    auth=auth_gmail("skillbuilder.aws"))

# 045 certification benefit notice
add(("certification", False, None),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A new AWS Certification benefit is available in your account",
    d(2025, 3, 17, 8, 45), "<%s.certmetrics@mail.certmetrics.com>" % hx("045", 24),
    part("""<html><body><p>Hello Takumi,</p><p>A 50% discount voucher for your next AWS Certification exam has been added to your AWS Certification Account. Vouchers are valid for one exam and expire with the certification they were earned from.</p><p><a href="https://www.aws.training/certification">Go to Benefits</a></p><p>AWS Certification</p></body></html>""", "text/html", cte="qp"),
    auth=auth_gmail("certmetrics.com"))

# 046 dmarc fail on amazon.com, pretending to be case B
add(("suspicious", False, None),
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] Final step: re-verify identity" % B,
    d(2025, 3, 18, 14, 7), "<%s@mail-relay-77.biz>" % hx("046", 20),
    part("""<html><body><p>Hello,</p><p>To finish your account merge we must re-verify your identity. Please sign in through the secure portal below with your AWS Builder ID and enter the verification code you receive by SMS.</p><p><a href="https://signin-aws-training.support-portal.top/merge">Secure verification portal</a></p><p>Cases that are not verified within 12 hours are cancelled.</p><p>AWS Training and Certification Customer Service</p></body></html>""", "text/html", cte="b64"),
    received="from mail-relay-77.biz (mail-relay-77.biz. [185.220.47.13])\n        by mx.google.com with ESMTP id k9si%s; Tue, 18 Mar 2025 07:07:41 -0700 (PDT)" % hx("046r", 8),
    auth=("mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=%s;\n       spf=fail (google.com: domain of bounce@amazon.com does not designate 185.220.47.13 as permitted sender) smtp.mailfrom=amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % "224i4yxa5dv7c2xz3womw6peuasteono"))

# 047 closing notice on B, Japanese, utf-8 base64
B_CLOSE = ses_id("047")
add(("closing_notice", True, B),
    addr("AWS Training and Certification", TC), ME_P,
    B_SUBJ, d(2025, 3, 19, 0, 30), B_CLOSE,
    part("""黒澤 様

先日お送りしたご確認のお願いについて、まだご返信をいただけておりません。

本メールの送信から72時間以内にご連絡がない場合、本ケースはクローズさせていただきます。本メールにご返信いただければ、ケースは引き続きオープンのまま対応いたします。クローズ後にご返信いただいた場合も、ケースは再開されます。

佐々木
AWS トレーニングと認定 カスタマーサービス
""", cte="b64"),
    irt=B_REQ, refs="%s %s" % (B_ACK, B_REQ), auth=auth_gmail("amazon.com"))

# 048 owner answers B in Japanese, quoting with 「より:」
B_U1 = "<CAH%s@mail.gmail.com>" % hx("048", 28)
add(("user_reply", False, B, ["AWS10293847", "AWS20581736"]),
    addr("黒澤 拓海", ME_P), TC,
    B_SUBJ, d(2025, 3, 19, 21, 15, JST), B_U1,
    part("""佐々木様

ご連絡が遅くなり申し訳ありません。確認しました。

・AWS10293847: 試験履歴あり (SAA, DVA, SCS ほか)。こちらをメインとして残したいです。
・AWS20581736: 試験履歴なし。誤って作成したものです。

よろしくお願いいたします。
黒澤

2025年3月19日(水) 9:30 AWS Training and Certification <%s>:
%s
""" % (TC, quote("""黒澤 様

先日お送りしたご確認のお願いについて、まだご返信をいただけておりません。

本メールの送信から72時間以内にご連絡がない場合、本ケースはクローズさせていただきます。""")), cte="b64"),
    irt=B_CLOSE, refs="%s %s %s" % (B_ACK, B_REQ, B_CLOSE))

# 049 B passed to another team
B_UPD = ses_id("049")
add(("case_update", False, B),
    addr("AWS Training and Certification", TC), ME_P,
    B_SUBJ, d(2025, 3, 20, 6, 12), B_UPD,
    part("""Hello Takumi,

Thank you for checking both accounts. Sasaki-san is out this week, so I am taking over your case.

Accounts that share one email address need to be merged by our certification operations team, and I have passed your case and the details you confirmed to them. They usually complete their part within 3 to 5 business days and will write to you in this thread.

If you have anything to add in the meantime, feel free to reply.
""" + TC_FOOT.format(agent="Marisol V."), cte="7bit"),
    irt=B_U1, refs="%s %s %s" % (B_ACK, B_CLOSE, B_U1), auth=auth_gmail("amazon.com"))

# 050 new employer onboarding
add(("unrelated", False, None),
    addr("Hana Oyama", "h.oyama@kumo-works.jp"), ME_P,
    "Welcome aboard / 入社手続きのご案内",
    d(2025, 3, 21, 10, 2, JST), "<%s@kumo-works.jp>" % hx("050", 20),
    part("""黒澤さん

クモワークス人事の大山です。4月1日の入社に向けて、以下をご準備ください。

1. 雇用契約書への署名 (電子契約のメールが別途届きます)
2. 保有資格の一覧 (AWS認定は Credly のリンクで構いません)
3. 通勤経路の申請

不明点があればお気軽にどうぞ。

大山
""", cte="qp"),
    auth=auth_gmail("kumo-works.jp"))

# 051 newsletter HTML
add(("unrelated", False, None),
    addr("Cloud Digest", "newsletter@clouddigest.dev"), ME_P,
    "Cloud Digest #214: your certification account is not your AWS account",
    d(2025, 3, 22, 13, 0), "<%s@mail.clouddigest.dev>" % hx("051", 20),
    part("""<html><body><h1>Cloud Digest #214</h1><ul><li>Your certification account is not your AWS account: a short explainer on Builder ID, CertMetrics and Credly</li><li>Why we finally closed our last support case with a vendor</li><li>Reader question: "Please confirm your request" - how to spot fake AWS mail</li></ul><p><a href="https://clouddigest.dev/214">Read online</a></p></body></html>""", "text/html", cte="qp"),
    auth=auth_gmail("clouddigest.dev"))

# 052 confirmation request on B
B_CONF = ses_id("052")
B_CONF_TXT = """Hello Takumi,

Our certification operations team has prepared the merge of your duplicate accounts:

  Account #1  AWS10293847  login: takumi.kurosawa.92@gmail.com  exam history: yes
  Account #2  AWS20581736  login: takumi.kurosawa.92@gmail.com  exam history: none

Before we proceed, please reply to confirm that both accounts are yours and that Account #1 should be kept. Account #2 will be closed once the merge is done.
"""
add(("confirmation_request", True, B, ["AWS10293847", "AWS20581736"]),
    addr("AWS Training and Certification", TC), ME_P,
    B_SUBJ, d(2025, 3, 24, 4, 18), B_CONF,
    part(B_CONF_TXT + TC_FOOT.format(agent="Marisol V."), cte="7bit"),
    irt=B_UPD, refs="%s %s %s" % (B_ACK, B_U1, B_UPD), auth=auth_gmail("amazon.com"))

# 053 owner confirms B (short)
B_U2 = "<CAH%s@mail.gmail.com>" % hx("053", 28)
add(("user_reply", False, B),
    addr("Takumi Kurosawa", ME_P), TC,
    B_SUBJ, d(2025, 3, 24, 14, 1, JST), B_U2,
    part("""Confirmed - both are mine, please keep Account #1.
確認しました。よろしくお願いします。

Sent from my iPhone

> On Mar 24, 2025, at 13:18, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC, quote(B_CONF_TXT)), cte="qp"),
    irt=B_CONF, refs="%s %s %s" % (B_ACK, B_UPD, B_CONF))

# 054 B resolved, Japanese, conditional invitation, quoting request
add(("resolved", False, B, ["AWS10293847"]),
    addr("AWS Training and Certification", TC), ME_P,
    B_SUBJ, d(2025, 3, 26, 1, 55), ses_id("054"),
    part("""黒澤 様

お待たせいたしました。ご確認いただいた内容に基づき、重複していた認定アカウントの統合が完了いたしました。今後は AWS10293847 のアカウントのみをご利用ください。Credly のバッジは数時間以内に再発行されます。

本件についてご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
佐々木

-----Original Message-----
%s""" % B_CONF_TXT, cte="b64"),
    irt=B_U2, refs="%s %s %s" % (B_ACK, B_CONF, B_U2), auth=auth_gmail("amazon.com"))

# 055 Credly: claim reminder
add(("badge", False, None),
    addr("Credly", "admin@credly.com"), ME_P,
    "Reminder: accept your AWS Certified Solutions Architect - Associate badge",
    d(2025, 3, 26, 9, 30), "<%s@credly.com>" % hx("055", 24),
    part("""Hi Takumi,

You have a badge from Amazon Web Services Training and Certification that you haven't accepted yet: AWS Certified Solutions Architect - Associate.

Accept it here: https://www.credly.com/badges/9d7e4b20-3f61-4c55-a8e2-7b1c0e5d9f34/accept

Credly
""", cte="7bit"),
    auth=auth_gmail("credly.com"))

# 056 Japanese survey for B
add(("survey", False, B),
    addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い (ケース %s)" % B,
    d(2025, 3, 27, 2, 0), ses_id("056"),
    part("""<html><body><p>黒澤 様</p><p>先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。ケース ID: %s に関する対応について、1分ほどの簡単なアンケートにご協力いただけますと幸いです。</p><p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_tc?case=%s&amp;lang=ja">アンケートに回答する</a></p><p>本メールは送信専用です。</p></body></html>""" % (B, B), "text/html", cte="b64"),
    auth=auth_gmail("amazon.com"))

# 057 Pearson VUE lookalike phishing
add(("suspicious", False, None),
    addr("Pearson VUE", "billing@pearsonvue-exams.net"), ME_P,
    "Your AWS exam appointment was cancelled - payment failed",
    d(2025, 3, 27, 19, 40), "<%s@pearsonvue-exams.net>" % hx("057", 20),
    part("""Dear Candidate,

We could not process the payment for your upcoming AWS exam and your appointment has been cancelled. To restore your slot, update your card details within 24 hours:

http://pearsonvue-exams.net/restore?reg=482613907

If you believe this is an error, reply with your full card number and expiry date.

Pearson VUE Billing
""", cte="7bit"),
    auth=auth_gmail("pearsonvue-exams.net", dkim="none", spf="neutral", dmarc="none"))

# 058 Microsoft survey (other vendor)
add(("unrelated", False, None),
    addr("Microsoft Support", "supportmail@microsoft.com"), ME_P,
    "Tell us about your recent support experience",
    d(2025, 3, 28, 8, 10), "<%s@microsoft.com>" % hx("058", 26),
    part("""<html><body><p>Hello Takumi,</p><p>Your support request 2503040010002811 was recently closed. How satisfied were you with the support you received?</p><p><a href="https://aka.ms/supportsurvey">Take the survey</a></p></body></html>""", "text/html", cte="qp"),
    auth=auth_gmail("microsoft.com"))

# 059 owner reopens old 10-digit case by replying to the 2021 thread
R_OLD = ses_id("R-2021")
R_SUBJ = "RE: [CASE %s] %s" % (R, SUBJ_TC)
R_U1 = "<CAH%s@mail.gmail.com>" % hx("059", 28)
add(("user_reply", False, R, ["AWS04417283"]),
    addr("Takumi Kurosawa", ME_P), TC,
    R_SUBJ, d(2025, 3, 29, 22, 5, JST), R_U1,
    part("""Hello,

I am writing on this old case because the problem it covered seems to have come back. In 2021 you moved my beta exam result (AWS Certified Security - Specialty beta) into my account AWS04417283. That account has since been merged into my personal one, and the beta result is no longer in my exam history.

Could you take a look?

Takumi Kurosawa

On Tue, Aug 17, 2021 at 18:40 AWS Training and Certification <%s> wrote:
> Hello Takumi,
>
> I have moved the beta exam record to candidate AWS04417283. The case is now resolved.
>
> Best regards,
> Priya
""" % TC, cte="qp"),
    irt=R_OLD, refs=R_OLD)

# 060 reopened, passed on
R_UPD1 = ses_id("060")
add(("case_update", False, R),
    addr("AWS Training and Certification", TC), ME_P,
    R_SUBJ, d(2025, 3, 31, 2, 37), R_UPD1,
    part("""Hello Takumi,

Your reply has reopened case %s. Because the exam record is older than our standard transcript window, I have sent the request to the exam records team for a manual restore. I will let you know what they find.
""" % R + TC_FOOT.format(agent="Tomasz K."), cte="7bit"),
    irt=R_U1, refs="%s %s" % (R_OLD, R_U1), auth=auth_gmail("amazon.com"))

# 061 AWS marketing (Japanese, multipart)
add(("unrelated", False, None),
    addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), ME_P,
    "新しい認定試験の受験予約が始まりました",
    d(2025, 4, 1, 0, 5), ses_id("061"),
    multi("alternative", [
        part("""新しい AWS 認定試験の受験予約が始まりました。
早期に合格された方には限定の Credly バッジをお送りします。

詳細: https://aws.amazon.com/jp/certification/

配信停止: https://pages.awscloud.com/unsubscribe
""", cte="b64"),
        part("""<html><body><p>新しい AWS 認定試験の受験予約が始まりました。</p><p>早期に合格された方には限定の Credly バッジをお送りします。</p><p><a href="https://aws.amazon.com/jp/certification/">詳細を見る</a></p></body></html>""", "text/html", cte="b64")],
        "=_mkt_%s" % hx("061", 16)),
    auth=auth_gmail("amazon.com"))

# 062 info request on R (question, no "please")
R_REQ = ses_id("062")
add(("info_request", True, R),
    addr("AWS Training and Certification", TC), ME_P,
    R_SUBJ, d(2025, 4, 2, 5, 3), R_REQ,
    part("""Hi Takumi,

The exam records team came back with a question. Beta results from 2020-2021 are stored by test date rather than by candidate, and they found two possible sessions under your name.

Which month did you sit the beta, and was it at a test center or online?
""" + TC_FOOT.format(agent="Tomasz K."), cte="qp"),
    irt=R_UPD1, refs="%s %s %s" % (R_OLD, R_U1, R_UPD1), auth=auth_gmail("amazon.com"))

# 063 owner answers R
R_U2 = "<CAH%s@mail.gmail.com>" % hx("063", 28)
add(("user_reply", False, R),
    addr("Takumi Kurosawa", ME_P), TC,
    R_SUBJ, d(2025, 4, 2, 19, 20, JST), R_U2,
    part("""Hi Tomasz,

It was January 2021, at the test center in Shinagawa (not online).

Thanks,
Takumi

On Wed, Apr 2, 2025 at 14:03 AWS Training and Certification <%s> wrote:
> Which month did you sit the beta, and was it at a test center or online?
""" % TC, cte="7bit"),
    irt=R_REQ, refs="%s %s %s" % (R_OLD, R_UPD1, R_REQ))

# 064 Builder ID sign-in code
add(("unrelated", False, None),
    addr("AWS Builder ID", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID sign-in verification code",
    d(2025, 4, 3, 0, 11), ses_id("064"),
    part("""Hello,

Someone is signing in to your AWS Builder ID. Your verification code is: 731928

If this wasn't you, change your password right away.

Amazon Web Services
""", cte="7bit"),
    auth=auth_gmail("login.awsapps.com"))

# 065 R still in progress
R_UPD2 = ses_id("065")
add(("case_update", False, R),
    addr("AWS Training and Certification", TC), ME_P,
    R_SUBJ, d(2025, 4, 4, 3, 30), R_UPD2,
    multi("alternative", [
        part("""Hello Takumi,

Thank you - the January 2021 test center session matches one of the two records. The records team is restoring it now; this usually takes a couple of days. No further action is required from you.

Kind regards,
Tomasz K.
AWS Training and Certification Customer Service
""", cte="7bit"),
        part("""<html><body><p>Hello Takumi,</p><p>Thank you - the January 2021 test center session matches one of the two records. The records team is restoring it now; this usually takes a couple of days. No further action is required from you.</p><p>Kind regards,<br>Tomasz K.<br>AWS Training and Certification Customer Service</p></body></html>""", "text/html", cte="qp")],
        "----=_Part_%s" % hx("065", 14)),
    irt=R_U2, refs="%s %s %s" % (R_OLD, R_REQ, R_U2), auth=auth_gmail("amazon.com"))

# 066 exam result
add(("certification", False, None),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification exam results are available",
    d(2025, 4, 5, 7, 30), "<%s.certmetrics@mail.certmetrics.com>" % hx("066", 24),
    part("""Hello Takumi Kurosawa,

Your results for AWS Certified Solutions Architect - Professional are now available in your AWS Certification Account. Sign in to view your score report.

AWS Certification
""", cte="7bit"),
    auth=auth_gmail("certmetrics.com"))

# 067 R resolved
add(("resolved", False, R),
    addr("AWS Training and Certification", TC), ME_P,
    R_SUBJ, d(2025, 4, 6, 1, 2), ses_id("067"),
    part("""Hello Takumi,

The beta exam result from January 2021 has been restored and now shows in the exam history of your current account. I am setting this case to resolved.

Should something still look off, a reply to this email will reach me.
""" + TC_FOOT.format(agent="Tomasz K.") + """
> Which month did you sit the beta, and was it at a test center or online?
""", cte="qp"),
    irt=R_UPD2, refs="%s %s %s" % (R_OLD, R_U2, R_UPD2), auth=auth_gmail("amazon.com"))

# 068 legacy Acclaim badge expiry
add(("badge", False, None),
    addr("Acclaim", "admin@youracclaim.com"), ME_C,
    "Your badge AWS Certified Developer - Associate expires soon",
    d(2025, 4, 6, 9, 0), "<%s@youracclaim.com>" % hx("068", 24),
    part("""Hello Takumi,

The badge "AWS Certified Developer - Associate" issued by Amazon Web Services Training and Certification expires on May 2, 2025. Visit the issuer's site to learn how to renew it.

Acclaim by Credly
""", cte="7bit"),
    auth=auth_corp("youracclaim.com"))

# 069 survey for R
add(("survey", False, R),
    addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "We'd love your feedback on case %s" % R,
    d(2025, 4, 7, 6, 0), ses_id("069"),
    part("""Hello,

Please rate your recent experience with AWS Training and Certification Customer Service on case %s. The survey has three questions.

https://amazonmr.au1.qualtrics.com/jfe/form/SV_tc?case=%s

Thank you for helping us improve.
""" % (R, R), cte="7bit"),
    auth=auth_gmail("amazon.com"))

# 070 GitHub security alert
add(("unrelated", False, None),
    addr("GitHub", "noreply@github.com"), ME_P,
    "[GitHub] A new SSH key was added to your account",
    d(2025, 4, 7, 11, 14), "<%s@github.com>" % hx("070", 20),
    part("""Hey tkurosawa92!

A new public key was added to your account:

  Title: kumo-works laptop

If you did not add this key, remove it and review your security settings right away.

Thanks,
The GitHub Team
""", cte="7bit"),
    auth=auth_gmail("github.com"))

# 071 former colleague, Japanese
add(("unrelated", False, None),
    addr("藤村 愛子", "aiko.fujimura.w@gmail.com"), ME_P,
    "Re: 先日はありがとうございました",
    d(2025, 4, 8, 20, 44, JST), "<CAF%s@mail.gmail.com>" % hx("071", 28),
    part("""黒澤さん

新しい職場はいかがですか？
認定アカウントの統合、私も来月やる予定なので、サポートとのやり取りがどんな感じだったか今度教えてください。
「確認してください」ってメールが来たらすぐ返すのがいいんですよね？

藤村
""", cte="b64"),
    auth=auth_gmail("gmail.com"))

# 072 digital certificate
add(("certification", False, None, ["AWS10293847"]),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Solutions Architect - Professional certificate is ready",
    d(2025, 4, 9, 4, 20), "<%s.certmetrics@mail.certmetrics.com>" % hx("072", 24),
    multi("mixed", [
        part("""Hello Takumi Kurosawa (AWS10293847),

Congratulations on earning AWS Certified Solutions Architect - Professional. Your digital certificate is attached and is also available in your AWS Certification Account. A Credly badge will follow separately.

Validation number: 7QKX2B9L1MQ4Q5GJ

AWS Certification
""", cte="qp"),
        attachment("certificate.pdf", b"%PDF-1.4\n% placeholder certificate\n%%EOF\n", "application/pdf")],
        "mix_%s" % hx("072", 20)),
    auth=auth_gmail("certmetrics.com"))

# 073 owner forwards the merge result to new employer HR
add(("user_reply", False, M, ["AWS10293847"]),
    addr("Takumi Kurosawa", ME_P), "Hana Oyama <h.oyama@kumo-works.jp>",
    "Fwd: " + M_SUBJ, d(2025, 4, 9, 19, 12, JST), "<CAH%s@mail.gmail.com>" % hx("073", 28),
    part("""大山さん

資格一覧の件、AWS 認定は個人アカウント (候補 ID AWS10293847) に統合済みです。参考までにサポートからの完了メールを転送します。

黒澤

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Sat, Mar 8, 2025 at 21:52
Subject: %s
To: <%s>

Hello Takumi,

Thank you for confirming. I have successfully merged all accounts: the exam history, certifications and benefits from Account #2 now appear under Account #1.

If anything looks wrong after you sign in, just reply to this email.

Kenji M.
AWS Training and Certification Customer Service
""" % (TC, M_SUBJ, ME_P), cte="b64"))

# 074 Japanese phishing, lookalike domain
add(("suspicious", False, None),
    addr("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_P,
    "【重要】AWS認定アカウント統合の最終確認のお願い",
    d(2025, 4, 10, 1, 35), "<%s@aws-training-jp.com>" % hx("074", 20),
    part("""<html><body><p>お客様</p><p>認定アカウント統合の最終確認が完了していないため、保有資格が一時停止されています。下記のリンクより Builder ID とパスワードを入力し、24時間以内に本人確認を完了してください。</p><p><a href="http://aws-training-jp.com/verify">本人確認を行う</a></p><p>期限を過ぎた場合、すべての認定が失効いたします。</p><p>AWS トレーニングと認定 サポートセンター</p></body></html>""", "text/html", cte="b64"),
    auth=auth_gmail("aws-training-jp.com", dkim="none", spf="pass", dmarc="none"))

# 075 AWS billing again (free tier alert)
add(("unrelated", False, None),
    addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
    "AWS Free Tier limit alert",
    d(2025, 4, 10, 9, 0), ses_id("075"),
    part("""Hello,

Your AWS account 918273645501 has exceeded 85% of the usage limit for one or more AWS Free Tier offers this month.

Service: Amazon Elastic Compute Cloud, 750 Hrs for free for 12 months (Usage: 642 Hrs)

To learn more, visit the Billing and Cost Management console.

Amazon Web Services
""", cte="7bit"),
    auth=auth_gmail("costalerts.amazonaws.com"))


# ================================================================= write
def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = Counter()
    replies = 0
    for i, (text, lab) in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        counts[lab["kind"]] += 1
        replies += lab["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", replies))


if __name__ == "__main__":
    main()
