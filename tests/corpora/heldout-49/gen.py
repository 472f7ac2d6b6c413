#!/usr/bin/env python3
"""Generate a blind held-out corpus: one mailbox owner (Kenji Morimoto),
personal address + old company address. Standard library only.
Writes NNN-<slug>.eml and NNN-<slug>.json beside this script."""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))

ME = "kenji.morimoto.jp@gmail.com"
CO = "k.morimoto@sorahane-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CASE_A = "174887164300512"
CASE_B = "174887301900877"
CASE_C = "17489215630"
CASE_D = "6038129475"
CASE_E = "175230154200719"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
SUBJ_C = "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_C
SUBJ_D = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
SUBJ_E = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E

OLD, NEW, THIRD, DUP = "AWS03817264", "AWS11920475", "AWS20573148", "AWS58201736"
CONSOLE = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C


def h(n, salt=""):
    return hashlib.sha1(("blind49-%d-%s" % (n, salt)).encode()).hexdigest()


def slug(n):
    return "%03d-m%s" % (n, h(n, "slug")[:6])


def dt(mo, d, hh, mm, tz=JST):
    return format_datetime(datetime(2025, mo, d, hh, mm, int(h(mo * 100 + d, str(hh))[:2], 16) % 60, tzinfo=tz))


def mid(n):
    kind = MIDKIND.get(n, "ses")
    x = h(n, "mid")
    if kind == "gmail":
        return "<CAH%s+%s@mail.gmail.com>" % (x[:22].upper(), x[22:30])
    if kind == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4].upper(), x[4:20].upper(), x[20:24].upper())
    if kind == "console":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (x[:9], x[9:17], x[17:21])
    if kind == "other":
        return "<%s.%s@%s>" % (x[:16], x[16:24], "mail.example-sender.net")
    return "<010101973%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (x[:7], x[7:15], x[15:19], x[19:23])


MIDKIND = {}


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=998).encode()


def addr(name, email, cs="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()&"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable"):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    head = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, cs, cte)
    return head, body


def multi(sub, parts, n, extra=""):
    b = "----=_Part_%s" % h(n, "b" + sub)[:20]
    out = b""
    for ph, pb in parts:
        if not pb.endswith(b"\n"):
            pb += b"\n"
        out += b"--" + b.encode() + b"\n" + ph.encode() + b"\n" + pb
    out += b"--" + b.encode() + b"--\n"
    return 'Content-Type: multipart/%s; boundary="%s"%s\n' % (sub, b, extra), out


def raw_part(ctype, body):
    return "Content-Type: %s\n" % ctype, body.encode()


def auth_gmail(domain, ok=True, mailfrom=None, extra=""):
    mf = mailfrom or ("bounces+%s@%s" % (h(len(domain))[:8], domain))
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (domain, h(len(domain), "s")[:10], h(len(domain), "b")[:8], mf, len(domain) % 40, len(domain) * 3, mf, domain)) + extra
    return extra


def auth_m365(domain):
    return ("spf=pass (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
            % (len(domain) + 11, domain, domain, domain))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


BODIES = {}  # plain text of support mails, for quoting later
ITEMS = []


def emit(n, label, headers, part, crlf=False):
    MIDKIND.setdefault(n, "ses")
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    if not any(k == "Message-ID" for k, _ in headers):
        lines.append("Message-ID: %s" % mid(n))
    lines.append("MIME-Version: 1.0")
    ph, pb = part
    data = ("\n".join(lines) + "\n" + ph + "\n").encode() + pb
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = slug(n)
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(data)
    kind, nr, case, cids = label
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f, ensure_ascii=False)
        f.write("\n")
    ITEMS.append((n, name, kind, nr, case))


def support_headers(n, date, to, subject, auth_to="gmail", frm=TC_FROM, cc=None, irt=None, refs=None, domain="amazon.com"):
    a = auth_gmail(domain) if auth_to == "gmail" else auth_m365(domain)
    return [
        ("Return-Path", "<%s@%s>" % ("0101019" + h(n, "rp")[:12], "us-west-2.amazonses.com")),
        ("Authentication-Results", a),
        ("Date", date),
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Subject", hdr(subject)),
        ("Message-ID", mid(n)),
        ("In-Reply-To", irt),
        ("References", refs),
    ]


def user_headers(n, date, frm, to, subject, irt=None, refs=None, cc=None, kind="gmail"):
    MIDKIND[n] = kind
    return [
        ("Date", date),
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Subject", hdr(subject)),
        ("Message-ID", mid(n)),
        ("In-Reply-To", irt),
        ("References", refs),
    ]


MEF = "Kenji Morimoto <%s>" % ME
COF = "Morimoto Kenji <%s>" % CO
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services
==============================================================
To see all the correspondence on this case, or to reply, please follow the link below:
""" + CONSOLE + """

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact AWS Support about this matter, please use the link above to update your case.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def build():
    # ---------------- 001 Builder ID code
    n = 1
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("signin.aws")),
        ("Date", dt(6, 2, 21, 58)), ("From", "AWS <no-reply@signin.aws>"), ("To", ME),
        ("Subject", "Verify your AWS Builder ID email address")],
        leaf("""Hello,

Thank you for creating an AWS Builder ID. Use the following code to verify your email address:

Verification code: 483920

This code expires in 30 minutes. If you did not request this code, you can ignore this message; no action is needed.

Amazon Web Services
"""))

    # ---------------- 002 aws.training welcome (HTML)
    n = 2
    MIDKIND[n] = "other"
    html = """<html><body style="font-family:Arial">
<h2>Welcome to AWS Training and Certification</h2>
<p>Hi Kenji,</p>
<p>Your profile is ready. Explore more than 600 free digital courses, build your skills with AWS Skill Builder, and schedule your certification exam whenever you are ready.</p>
<p><a href="https://www.aws.training/Certification">Go to your Certification account</a></p>
<p style="font-size:11px;color:#777">You received this email because you signed in to AWS Training and Certification. Please do not reply to this message.</p>
</body></html>"""
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("aws.training")),
        ("Date", dt(6, 2, 22, 5)), ("From", "AWS Training and Certification <no-reply@aws.training>"), ("To", ME),
        ("Subject", "Welcome to AWS Training and Certification")],
        multi("alternative", [leaf("Hi Kenji,\n\nYour profile is ready. Explore more than 600 free digital courses and schedule your certification exam whenever you are ready.\n\nGo to your Certification account: https://www.aws.training/Certification\n"),
                              leaf(html, "html")], n))

    # ---------------- 003 ack A
    n = 3
    t = """Hello,

Thank you for contacting Amazon Web Services Training and Certification. We have opened case %s to address your inquiry.

We usually respond within 24 hours. To help us serve you faster, please do not open another case for the same request; if a case already exists, any further details can simply be added by replying to this message.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: General
Inquiry type: Certification
Additional details: Account Merge
Correspondence: I am leaving Sorahane Systems on June 13 and I would like to merge my certification account registered with %s (candidate ID %s) into my personal account %s (%s). Email addresses I used: %s, %s. Please keep the personal one.

If you have anything to add, reply to this email.

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_A, CASE_A, CO, OLD, ME, NEW, CO, ME)
    BODIES[n] = t
    emit(n, ("acknowledgement", False, CASE_A, [OLD, NEW]),
         support_headers(n, dt(6, 2, 22, 40), ME, SUBJ_A), leaf(t, cte="7bit"))

    # ---------------- 004 ack B (Japanese, base64, alternative)
    n = 4
    t = """森本 健司 様

Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせ内容を承り、ケース %s を作成いたしました。

担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人のアカウント(%s)に統合したいです。

補足事項がございましたら、このメールにそのままご返信ください。

Amazon Web Services
""" % (CASE_B, CASE_B, NEW)
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.split("\n\n")) + "</body></html>"
    emit(n, ("acknowledgement", False, CASE_B, [NEW]),
         support_headers(n, dt(6, 2, 23, 3), ME, "RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % CASE_B),
         multi("alternative", [leaf(t, cte="base64"), leaf(html, "html", cte="base64")], n))

    # ---------------- 005 GitHub merged
    n = 5
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_m365("github.com")),
        ("Date", dt(6, 3, 8, 12)), ("From", "Yuki Ono <notifications@github.com>"), ("To", "sorahane/infra-terraform <infra-terraform@noreply.github.com>"),
        ("Cc", "Morimoto Kenji <%s>, Review requested <review_requested@noreply.github.com>" % CO),
        ("Subject", "Re: [sorahane/infra-terraform] Add runbook for certification account merge on offboarding (PR #412)"),
        ("List-ID", "sorahane/infra-terraform <infra-terraform.sorahane.github.com>")],
        leaf("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorahane/infra-terraform/pull/412#event-17720193
You are receiving this because your review was requested.
""", cte="7bit"))

    # ---------------- 006 info_request B (which case to keep)
    n = 6
    t = """Hi Kenji,

This is Nadia from AWS Training and Certification. I see two submissions from you a few minutes apart: this one (%s) and %s, both asking to merge your Sorahane Systems certification account into your personal one.

Working both in parallel would only slow things down, so we'd like to keep just one of them open. Which case should we continue on? The one you don't pick will be closed; your request itself won't be affected.

Best,
Nadia
AWS Training and Certification
""" % (CASE_B, CASE_A)
    BODIES[n] = t
    emit(n, ("info_request", True, CASE_B, []),
         support_headers(n, dt(6, 3, 10, 41), ME, SUBJ_B, irt=mid(4), refs=mid(4)), leaf(t))

    # ---------------- 007 user reply B
    n = 7
    t = """Hi Nadia,

Sorry, I pushed the submit button two times because the page was not moving. Please continue %s, this one can be closed.

Thank you,
Kenji Morimoto

On Tue, Jun 3, 2025 at 10:41 AM AWS Training and Certification <%s> wrote:

%s
""" % (CASE_A, TC, q(BODIES[6]))
    BODIES[n] = t
    emit(n, ("user_reply", False, CASE_B, []),
         user_headers(n, dt(6, 3, 11, 20), MEF, TC_FROM, "Re: " + SUBJ_B, irt=mid(6), refs=mid(4) + " " + mid(6)),
         leaf(t))

    # ---------------- 008 resolved B (duplicate closed)
    n = 8
    t = """Thanks Kenji, no problem at all.

I've closed case %s as a duplicate. Your merge request continues under case %s and a colleague will contact you there, so nothing more is needed on this one.

Nadia
""" % (CASE_B, CASE_A)
    emit(n, ("resolved", False, CASE_B, []),
         support_headers(n, dt(6, 3, 12, 2), ME, SUBJ_B, irt=mid(7), refs=" ".join(mid(i) for i in (4, 6, 7))),
         leaf(t + "\n" + "On 6/3/2025 2:20 AM, Kenji Morimoto wrote:\n" + q(BODIES[7].split("On Tue")[0]) + "\n"))

    # ---------------- 009 on_hold A (APN) with ask, to company, multipart QP
    n = 9
    t = """Hello Kenji,

Thank you for your patience while we reviewed your request.

While reviewing the two certification accounts you listed, I found that the account registered to %s (candidate ID %s) is associated with an AWS Partner Network (APN) organization, Sorahane Systems Co., Ltd. (linked AWS account [AWS ID 402918375561]). Certifications held in a partner-linked account count toward the partner's program tier, so we do not merge or move such an account while the holder is still employed by the partner without a clear record that they are leaving.

For that reason I have placed the merge on hold for now. To move forward, we need you to confirm in writing that you are leaving Sorahane Systems, and to tell us your last working day. Once we have that, I will ask our partner team to release the account.

Kind regards,
Marcus T.
AWS Training and Certification Customer Service
""" % (CO, OLD)
    BODIES[n] = t
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Amazon Ember,Arial;font-size:14px">
<p>Hello Kenji,</p>
<p>Thank you for your patience while we reviewed your request.</p>
<p>While reviewing the two certification accounts you listed, I found that the account registered to <a href="mailto:%s">%s</a> (candidate ID <b>%s</b>) is associated with an <b>AWS Partner Network (APN)</b> organization, Sorahane Systems Co., Ltd. (linked AWS account [AWS ID 402918375561]). Certifications held in a partner&#8209;linked account count toward the partner&#8217;s program tier, so we do not merge or move such an account while the holder is still employed by the partner without a clear record that they are leaving.</p>
<p>For that reason I have placed the merge on hold for now. To move forward, we need you to confirm in writing that you are leaving Sorahane Systems, and to tell us your last working day. Once we have that, I will ask our partner team to release the account.</p>
<p>Kind regards,<br>Marcus T.<br>AWS Training and Certification Customer Service</p>
</body></html>""" % (CO, CO, OLD)
    emit(n, ("on_hold", True, CASE_A, [OLD]),
         support_headers(n, dt(6, 3, 15, 20), CO, SUBJ_A, auth_to="m365"),
         multi("alternative", [leaf(t), leaf(html, "html")], n))

    # ---------------- 010 Japanese out-of-office, ISO-2022-JP
    n = 10
    MIDKIND[n] = "outlook"
    emit(n, ("unrelated", False, None, []), [
        ("Date", dt(6, 3, 15, 25)), ("From", addr("高橋 直樹", "n.takahashi@sorahane-sys.co.jp", "iso-2022-jp")), ("To", CO),
        ("Subject", hdr("自動応答: 6/5 インフラ定例のアジェンダ", "iso-2022-jp")), ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All")],
        leaf("""お疲れさまです。高橋です。

6月3日(火)から6月6日(金)まで出張のため不在にしております。
いただいたメールは確認でき次第、順次対応いたします。
お急ぎの場合は、インフラグループ共有アドレス infra@sorahane-sys.co.jp までご連絡ください。

よろしくお願いいたします。
""", cs="iso-2022-jp", cte="7bit"))

    # ---------------- 011 user reply A from company address, Outlook, CRLF
    n = 11
    t = """Hello Marcus,

Thank you for checking. I confirm that I am leaving Sorahane Systems Co., Ltd. My last working day is June 13, 2025, and after that this mailbox will be deleted.
Please proceed the merge into my personal account (%s).

Best regards,
Kenji Morimoto
Sorahane Systems Co., Ltd. | Infrastructure Group
TEL 03-5555-0142

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, June 3, 2025 3:20 PM
To: %s
Subject: %s

%s""" % (ME, TC, CO, SUBJ_A, BODIES[9])
    emit(n, ("user_reply", False, CASE_A, []),
         user_headers(n, dt(6, 3, 17, 48), COF, TC_FROM, "RE: " + SUBJ_A, irt=mid(9), refs=mid(9), kind="outlook")
         + [("X-MS-Has-Attach", ""), ("Thread-Topic", SUBJ_A)],
         leaf(t, cs="utf-8", cte="quoted-printable"), crlf=True)

    # ---------------- 012 Jira resolved
    n = 12
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_m365("sorahane.atlassian.net")),
        ("Date", dt(6, 4, 9, 10)), ("From", '"Yuki Ono (Jira)" <jira@sorahane.atlassian.net>'), ("To", CO),
        ("Subject", "[JIRA] (INFRA-2291) ACM certificate renewal for staging ALB")],
        multi("alternative", [leaf("""Yuki Ono resolved INFRA-2291 as Done

INFRA-2291 ACM certificate renewal for staging ALB
Status: In Review -> Done
Resolution: Done
Assignee: Kenji Morimoto

Add Comment: reply to this email to add a comment.
This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100283)
"""), leaf("<html><body><p><b>Yuki Ono</b> resolved <a href='https://sorahane.atlassian.net/browse/INFRA-2291'>INFRA-2291</a> as <b>Done</b></p><table><tr><td>Status:</td><td>In Review &rarr; Done</td></tr><tr><td>Resolution:</td><td>Done</td></tr></table><p style='color:#888'>Add Comment: reply to this email to add a comment.</p></body></html>", "html")], n))

    # ---------------- 013 on_hold A, no ask
    n = 13
    t = """Hi Kenji,

Thanks for confirming, I've noted that your last day is 13 June.

I've passed the release request to the AWS Partner Network team. The merge stays on hold until they detach %s from the Sorahane Systems partner profile, which usually takes one to three business days. There is nothing you need to do in the meantime; I'll write again as soon as I hear back from them.

Marcus
""" % OLD
    emit(n, ("on_hold", False, CASE_A, [OLD]),
         support_headers(n, dt(6, 4, 10, 30), CO, SUBJ_A, auth_to="m365", irt=mid(11), refs=mid(9) + " " + mid(11)),
         leaf(t + "\n-----Original Message-----\nFrom: Morimoto Kenji <%s>\nSent: Tuesday, June 3, 2025 8:48 AM\n\nHello Marcus,\nThank you for checking. I confirm that I am leaving Sorahane Systems Co., Ltd. ...\n" % CO))

    # ---------------- 014 certmetrics feedback invitation
    n = 14
    MIDKIND[n] = "other"
    emit(n, ("certification", False, None, []), [
        ("Authentication-Results", auth_m365("certmetrics.com")),
        ("Date", dt(6, 4, 12, 0)), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", CO),
        ("Subject", "AWS Certification wants to hear from you")],
        multi("alternative", [leaf("""Hello Kenji,

As an AWS Certified individual, your perspective helps shape the future of the AWS Certification program.

Please take about 10 minutes to complete our annual AWS Certification survey before June 30, 2025:
https://survey.certmetrics.com/aws/2025?c=8f1e2a

Your answers are anonymous. Please do not reply to this email; this mailbox is not monitored.

AWS Training and Certification
"""), leaf("<html><body><p>Hello Kenji,</p><p>As an AWS Certified individual, your perspective helps shape the future of the AWS Certification program.</p><p><a href='https://survey.certmetrics.com/aws/2025?c=8f1e2a'>Take the survey</a> (about 10 minutes, closes June 30, 2025)</p><p style='font-size:10px'>Please do not reply to this email; this mailbox is not monitored.</p></body></html>", "html")], n))

    # ---------------- 015 phishing from lookalike domain, uses real case number
    n = 15
    MIDKIND[n] = "other"
    html = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:10px"><b>aws</b> training and certification</td></tr>
<tr><td style="padding:16px">
<p>Dear Customer,</p>
<p>Your account merge request <b>%s</b> is waiting for identity verification. To protect your certifications, we must verify ownership of both accounts before the merge can be completed.</p>
<p><a href="https://aws-trainingcert-support.com/verify?case=%s" style="background:#ff9900;padding:8px 16px;color:#000">Verify my accounts</a></p>
<p>If verification is not completed within <b>24 hours</b>, both certification accounts will be permanently deactivated.</p>
<p>If the link does not work, reply to this email with your AWS Builder ID and password and our team will verify you manually.</p>
<p>AWS Training &amp; Certification Support</p>
</td></tr></table></body></html>""" % (CASE_A, CASE_A)
    emit(n, ("suspicious", False, None, []), [
        ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-trainingcert-support.com header.s=k1 header.b=Qz8fLw2a;\n       spf=pass (google.com: domain of case-notify@aws-trainingcert-support.com designates 45.134.26.18 as permitted sender) smtp.mailfrom=case-notify@aws-trainingcert-support.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-trainingcert-support.com"),
        ("Date", dt(6, 4, 19, 22)), ("From", '"AWS Training & Certification" <case-notify@aws-trainingcert-support.com>'), ("To", ME),
        ("Subject", "RE:[CASE %s] Action required: verify account ownership before merge" % CASE_A)],
        leaf(html, "html", cte="quoted-printable"))

    # ---------------- 016 AWS billing statement
    n = 16
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("amazon.com")),
        ("Date", dt(6, 5, 9, 30)), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 601539827711]")],
        leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7711, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management Dashboard located at:
https://console.aws.amazon.com/billing/home#/bill

[AWS ID 601539827711]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit"))

    # ---------------- 017 case_update A (APN released)
    n = 17
    t = """Hello Kenji,

A quick update on your case: the AWS Partner Network team released your certification account from the Sorahane Systems partner profile this morning, so the hold has been lifted.

A colleague from our account team will now prepare the merge itself and contact you at %s with the final details. You don't need to do anything until then.

Regards,
Hana K.
AWS Training and Certification
""" % ME
    emit(n, ("case_update", False, CASE_A, []),
         support_headers(n, dt(6, 5, 11, 45), CO, SUBJ_A, auth_to="m365", cc=ME, irt=mid(13), refs=" ".join(mid(i) for i in (9, 11, 13))),
         leaf(t, cte="8bit"))

    # ---------------- 018 confirmation_request A, HTML only with table
    n = 18
    rows = [("Candidate ID", OLD, NEW), ("Login email", CO, ME), ("Training notification email", CO, ME),
            ("Certification notification email", CO, ME), ("Active certifications", "AWS Certified Solutions Architect - Associate; AWS Certified Developer - Associate", "(none)")]
    table = "<table border='1' cellpadding='6' style='border-collapse:collapse;font-size:13px'><tr><th></th><th>Account #1</th><th>Account #2</th></tr>" + \
        "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>"
    html = """<html><body style="font-family:Arial;font-size:14px">
<div>Hello Kenji,</div><br>
<div>My name is Daniel and I'll be taking care of the merge from here. These are the two certification accounts I found for you:</div><br>
%s<br>
<div>After the merge, every exam, certification and benefit from the account that is merged away shows up under the account that is kept, and the other sign-in stops working. This can't be undone.</div><br>
<div>Is Account #2 the one you want to keep? A one-line reply is enough.</div><br>
<div>Thanks,<br>Daniel R.<br>AWS Training and Certification</div>
</body></html>""" % table
    BODIES[n] = """Hello Kenji,

My name is Daniel and I'll be taking care of the merge from here. These are the two certification accounts I found for you:

Account #1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
Account #2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

After the merge, every exam, certification and benefit from the account that is merged away shows up under the account that is kept, and the other sign-in stops working. This can't be undone.

Is Account #2 the one you want to keep? A one-line reply is enough.

Thanks,
Daniel R.
AWS Training and Certification
""" % (OLD, CO, CO, CO, NEW, ME, ME, ME)
    emit(n, ("confirmation_request", True, CASE_A, [OLD, NEW]),
         support_headers(n, dt(6, 5, 14, 55), ME, SUBJ_A, cc=CO, irt=mid(17), refs=" ".join(mid(i) for i in (9, 11, 13, 17))),
         leaf(html, "html", cte="quoted-printable"))

    # ---------------- 019 user reply A from the company address (wrong address), Outlook new style
    n = 19
    t = """Yes, Account #2. Please merge.

Kenji

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, June 5, 2025 14:55
To: %s <%s>
Cc: Morimoto Kenji <%s>
Subject: %s

%s""" % (TC, ME, ME, CO, SUBJ_A, BODIES[18])
    emit(n, ("user_reply", False, CASE_A, []),
         user_headers(n, dt(6, 5, 15, 20), COF, TC_FROM, "RE: " + SUBJ_A, irt=mid(18), refs=mid(17) + " " + mid(18), kind="outlook"),
         leaf(t, cte="base64"), crlf=True)

    # ---------------- 020 info_request A: write from the address on the kept account
    n = 20
    t = """Hi Kenji,

Thanks for the quick answer. One snag: your confirmation came from %s, which is the login of the account being merged away. For security reasons, a merge can only be approved from the email address of the account that will remain, in this case Account #2 (%s).

We need you to send the same confirmation again from %s. Replying to this email from that mailbox is fine.

Daniel
""" % (CO, NEW, ME)
    BODIES[n] = t
    emit(n, ("info_request", True, CASE_A, [NEW]),
         support_headers(n, dt(6, 5, 18, 3), CO, SUBJ_A, auth_to="m365", cc=ME, irt=mid(19), refs=" ".join(mid(i) for i in (17, 18, 19))),
         leaf(t))

    # ---------------- 021 Pearson VUE appointment
    n = 21
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("pearson.com")),
        ("Date", dt(6, 6, 7, 0)), ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"), ("To", ME),
        ("Subject", "Confirmation of your AWS Certified Security - Specialty exam appointment")],
        multi("alternative", [leaf("""Dear Kenji Morimoto,

Thank you for scheduling with Pearson VUE, the leading provider of global, computer-based testing.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 382915047
Date: Saturday, July 26, 2025  Time: 10:00 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 15 minutes early and bring valid, unexpired identification. If you need to reschedule or cancel, please do so at least 24 hours before your appointment.

Pearson VUE
"""), leaf("<html><body><p>Dear Kenji Morimoto,</p><p>Thank you for scheduling with Pearson VUE.</p><table><tr><td>Exam</td><td>SCS-C02</td></tr><tr><td>Registration ID</td><td>382915047</td></tr><tr><td>Date</td><td>July 26, 2025 10:00 AM JST</td></tr></table><p>Please bring valid identification.</p></body></html>", "html")], n))

    # ---------------- 022 AWS Summit Japan marketing (Japanese)
    n = 22
    t = """森本 健司 様

AWS Summit Japan 2025 にご登録いただき、誠にありがとうございます。
当日は、以下の登録番号が記載された来場者バッジをご持参ください。

登録番号: 25061184
会期: 2025年6月25日(水)〜26日(木)
会場: 幕張メッセ

ご不明な点がございましたら、AWS Summit Japan 事務局までお問い合わせください。
※本メールは送信専用アドレスから配信しています。

アマゾン ウェブ サービス ジャパン合同会社
"""
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("amazon.com")),
        ("Date", dt(6, 6, 8, 0)), ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")), ("To", ME),
        ("Subject", hdr("【AWS Summit Japan 2025】ご登録ありがとうございます - 来場者バッジのご案内")),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=77193>")],
        multi("alternative", [leaf(t), leaf("<html><body>" + t.replace("\n", "<br>") + "</body></html>", "html")], n))

    # ---------------- 023 forwarded copy company -> personal, Japanese note
    n = 23
    t = """自分用メモ。6/13 までに個人アドレス(gmail)から返信すること。

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, June 5, 2025 18:03
To: Morimoto Kenji <%s>
Cc: %s
Subject: %s

%s""" % (TC, CO, ME, SUBJ_A, BODIES[20])
    emit(n, ("user_reply", False, CASE_A, []),
         user_headers(n, dt(6, 6, 9, 12), COF, ME, "FW: " + SUBJ_A, kind="outlook"),
         leaf(t, cte="base64"))

    # ---------------- 024 newsletter
    n = 24
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("cloudweekly.dev")),
        ("Date", dt(6, 9, 6, 0)), ("From", "Cloud Weekly <newsletter@cloudweekly.dev>"), ("To", ME),
        ("Subject", "Cloud Weekly #212: merged accounts, new regions and a pricing surprise"),
        ("List-Unsubscribe", "<mailto:unsubscribe@cloudweekly.dev>")],
        leaf("""Cloud Weekly #212

1. AWS Organizations: merged billing views are now generally available.
2. New region in Taipei is open for everyone.
3. Why your NAT gateway bill doubled (and how to fix it).

Reply to this email and tell us what you want to read next week!

Unsubscribe: https://cloudweekly.dev/u/9981
""", cte="8bit"))

    # ---------------- 025 closing_notice A, top-posted over history
    n = 25
    t = """Hello Kenji,

I'm following up on the message below. We still haven't received the confirmation from %s, so the merge hasn't started yet.

Unless we hear from you by June 13, this case will be closed automatically. A reply to this email from your personal address keeps it open, and it's all we need to go ahead.

Daniel
AWS Training and Certification

----- Original Message -----
From: AWS Training and Certification
Sent: 2025-06-05 09:03 UTC
Subject: %s

%s
----- Original Message -----
From: AWS Training and Certification
Sent: 2025-06-05 05:55 UTC

%s""" % (ME, SUBJ_A, BODIES[20], BODIES[18])
    BODIES[n] = t
    emit(n, ("closing_notice", True, CASE_A, []),
         support_headers(n, dt(6, 10, 9, 5), ME, SUBJ_A, irt=mid(20), refs=" ".join(mid(i) for i in (18, 19, 20))),
         leaf(t))

    # ---------------- 026 user reply A confirming, Gmail
    n = 26
    t = """Hi Daniel,

Sorry for the late reply, I was moving house last week. I confirm from my personal address: please merge Account #1 (%s) into Account #2 (%s) and keep Account #2.

Kenji

On Tue, Jun 10, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:

%s
""" % (OLD, NEW, TC, q(BODIES[25]))
    BODIES[n] = t
    emit(n, ("user_reply", False, CASE_A, [OLD, NEW]),
         user_headers(n, dt(6, 10, 21, 30), MEF, TC_FROM, "Re: " + SUBJ_A, irt=mid(25), refs=" ".join(mid(i) for i in (18, 20, 25))),
         leaf(t))

    # ---------------- 027 resolved A, quoting history
    n = 27
    t = """Hello Kenji,

Thank you for confirming. I have successfully merged all accounts: the exam history, certifications and benefits from Account #1 are now under Account #2 (%s), and you can keep signing in with %s as usual. Digital badges can take up to 48 hours to appear in Credly.

If there's anything else we can help with, feel free to reply to this email.

Best regards,
Daniel R.
AWS Training and Certification

On Tue, Jun 10, 2025 at 12:30 PM, Kenji Morimoto <%s> wrote:
%s
""" % (NEW, ME, ME, q(BODIES[26]))
    BODIES[n] = t
    html = "<html><body><div>" + t.split("On Tue")[0].replace("\n\n", "</div><br><div>").replace("\n", "<br>") + "</div><blockquote style='border-left:1px solid #ccc;padding-left:8px'>" + BODIES[26].replace("\n", "<br>") + "</blockquote></body></html>"
    emit(n, ("resolved", False, CASE_A, [NEW]),
         support_headers(n, dt(6, 11, 1, 15), ME, SUBJ_A, irt=mid(26), refs=" ".join(mid(i) for i in (18, 20, 25, 26))),
         multi("alternative", [leaf(t), leaf(html, "html", cte="base64")], n))

    # ---------------- 028 Credly badge
    n = 28
    MIDKIND[n] = "other"
    html = """<html><body style="font-family:Helvetica">
<p>Hi Kenji,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/5c1e9d0a-4b7f-4c2e-9a61-2f8d3e7b0c44/accept" style="background:#2d6ff2;color:#fff;padding:10px 18px">Accept your badge</a></p>
<p>Share it on LinkedIn and let employers verify your skills in one click.</p>
<p style="font-size:11px;color:#888">Credly, 3000 Lakeside Dr, Santa Clara, CA. You are receiving this email because a badge was issued to you.</p>
</body></html>"""
    emit(n, ("badge", False, None, []), [
        ("Authentication-Results", auth_gmail("credly.com")),
        ("Date", dt(6, 11, 1, 40)), ("From", "Credly <admin@credly.com>"), ("To", ME),
        ("Subject", "Kenji, you earned a badge from Amazon Web Services Training and Certification")],
        leaf(html, "html"))

    # ---------------- 029 survey A
    n = 29
    emit(n, ("survey", False, CASE_A, []),
         support_headers(n, dt(6, 11, 2, 15), ME, "Tell us about your recent support experience (Case %s)" % CASE_A,
                         frm="Amazon Web Services Customer Service <aws-cs-trainingcertification-form@amazon.com>"),
         multi("alternative", [leaf("""Hello,

Your case %s was recently resolved. How satisfied were you with the support you received?

Very satisfied  https://survey.aws/cs?c=%s&r=5
Satisfied       https://survey.aws/cs?c=%s&r=4
Neutral         https://survey.aws/cs?c=%s&r=3
Dissatisfied    https://survey.aws/cs?c=%s&r=2

The survey takes less than two minutes. Replies to this message are not monitored.
""" % ((CASE_A,) * 5)), leaf("<html><body><p>Your case %s was recently resolved. How satisfied were you?</p><table><tr><td><a href='https://survey.aws/cs?c=%s&r=5'>&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr><tr><td><a href='https://survey.aws/cs?c=%s&r=1'>&#9733;</a></td></tr></table><p>Replies to this message are not monitored.</p></body></html>" % ((CASE_A,) * 3), "html")], n))

    # ---------------- 030 certmetrics expiry reminder
    n = 30
    MIDKIND[n] = "other"
    emit(n, ("certification", False, None, []), [
        ("Authentication-Results", auth_gmail("certmetrics.com")),
        ("Date", dt(6, 11, 10, 0)), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME),
        ("Subject", "Action needed: your AWS Certified Developer - Associate expires in 90 days")],
        leaf("""Hello Kenji Morimoto,

Your AWS Certified Developer - Associate certification expires on September 14, 2025.

To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. Your 50% discount benefit can be used for recertification.

Manage your certification: https://www.aws.training/Certification

This is an automated message; please do not reply.
AWS Training and Certification
""", cte="7bit"))

    # ---------------- 031 user reply A: something missing (reopen)
    n = 31
    t = """Hi Daniel,

Thank you for merging. I checked the new account and most is OK. But one exam is missing: AWS Certified Solutions Architect - Professional (SAP-C02), I passed it on 2023-03-18 at Pearson VUE, registration ID 271845903. It is not in Exam history and not in Certifications.
Can you check please?

Kenji

On Wed, Jun 11, 2025 at 1:15 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(BODIES[27]))
    emit(n, ("user_reply", False, CASE_A, []),
         user_headers(n, dt(6, 11, 19, 20), MEF, TC_FROM, "Re: " + SUBJ_A, irt=mid(27), refs=" ".join(mid(i) for i in (25, 26, 27))),
         leaf(t))

    # ---------------- 032 case_update A (reopened)
    n = 32
    t = """Hi Kenji,

I'm Sofia and I'm picking this up from Daniel. I've reopened case %s so we can look into the missing SAP-C02 result, and I've sent the details, including the Pearson VUE registration you mentioned, to our Certification Operations team.

Their checks normally take 3 to 5 business days. I'll keep the case open and post any news here.

Sofia M.
AWS Training and Certification
""" % CASE_A
    emit(n, ("case_update", False, CASE_A, []),
         support_headers(n, dt(6, 12, 8, 40), ME, SUBJ_A, irt=mid(31), refs=" ".join(mid(i) for i in (26, 27, 31))),
         leaf(t, cte="8bit"))

    # ---------------- 033 other vendor "solved"
    n = 33
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_m365("datadoghq.com")),
        ("Date", dt(6, 12, 13, 0)), ("From", "Datadog Support <support@datadoghq.com>"), ("To", CO),
        ("Subject", "[Datadog Support] Re: Missing metrics from ap-northeast-1 (Request #1873340)")],
        leaf("""##- Please type your reply above this line -##

Your request (#1873340) has been solved. If you feel this wasn't resolved, simply reply to this email to reopen the request. Otherwise it will be closed automatically in 4 days.

Luca (Datadog Support)
Jun 12, 2025, 04:00 UTC
The delayed metrics were caused by a misconfigured agent proxy. After your change they are flowing again.

This email is a service from Datadog.
"""))

    # ---------------- 034 Credly (older domain) badge reminder
    n = 34
    MIDKIND[n] = "other"
    emit(n, ("badge", False, None, []), [
        ("Authentication-Results", auth_gmail("youracclaim.com")),
        ("Date", dt(6, 12, 16, 0)), ("From", "Credly <admin@youracclaim.com>"), ("To", ME),
        ("Subject", "Reminder: your AWS Certified Developer - Associate badge is waiting")],
        leaf("""Hi Kenji,

Amazon Web Services Training and Certification issued you the AWS Certified Developer - Associate badge 1 day ago, but you haven't accepted it yet.

Accept your badge: https://www.youracclaim.com/badges/a9b03d6e-71c2-4f55-bd0e-3e6c91d2a7f0/accept

Credly
""", cte="7bit"))

    # ---------------- 035 company IT notice, ISO-2022-JP
    n = 35
    MIDKIND[n] = "outlook"
    emit(n, ("unrelated", False, None, []), [
        ("Date", dt(6, 12, 17, 30)), ("From", addr("情報システム部", "it-helpdesk@sorahane-sys.co.jp", "iso-2022-jp")), ("To", CO),
        ("Subject", hdr("【情報システム部】退職に伴うメールアカウント停止のお知らせ", "iso-2022-jp"))],
        leaf("""森本 健司 様

情報システム部です。
ご退職に伴い、6月13日(金) 18:00 をもって以下のアカウントを停止いたします。

・メールアドレス: k.morimoto@sorahane-sys.co.jp
・Microsoft 365 / VPN / 社内 Wiki

停止後の転送設定は行いません。必要なデータは事前にバックアップをお願いいたします。
ご不明点がございましたら、情報システム部までご連絡ください。
""", cs="iso-2022-jp", cte="7bit"))

    # ---------------- 036 info_request A, buried after news
    n = 36
    t = """Hi Kenji,

Update from Certification Operations: they found the SAP-C02 result. It was never attached to %s or to your current account. It sits on a third candidate record, %s, which was created on 2023-02-27 when someone signed in to AWS Training and Certification through AWS Partner Central single sign-on. That record has no login email of its own, only a notification address at sorahane-sys.co.jp, which is why it didn't show up when we searched for your accounts and why the merge didn't pick it up.

Before the team can attach it to your current account, we have to be sure the record is yours and not a colleague's with a similar name. Does %s belong to you, and which email address did you use to sign in to Partner Central at the time?

As soon as we have that, the transfer usually takes about a day.

Thanks,
Sofia M.
""" % (OLD, THIRD, THIRD)
    BODIES[n] = t
    emit(n, ("info_request", True, CASE_A, [OLD, THIRD]),
         support_headers(n, dt(6, 16, 10, 5), ME, SUBJ_A, irt=mid(32), refs=" ".join(mid(i) for i in (27, 31, 32))),
         multi("alternative", [leaf(t), leaf("<html><body>" + "".join("<p>%s</p>" % p for p in t.split("\n\n")) + "</body></html>", "html")], n))

    # ---------------- 037 user reply A
    n = 37
    t = """Hi Sofia,

Yes, %s is mine. In 2023 I signed in to Partner Central with %s (company SSO). Please move it to %s.

Kenji

On Mon, Jun 16, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:
%s
""" % (THIRD, CO, NEW, TC, q(BODIES[36]))
    emit(n, ("user_reply", False, CASE_A, [THIRD, NEW]),
         user_headers(n, dt(6, 16, 12, 30), MEF, TC_FROM, "Re: " + SUBJ_A, cc=CO, irt=mid(36), refs=" ".join(mid(i) for i in (31, 32, 36))),
         leaf(t))

    # ---------------- 038 bounce for the CC to the closed company mailbox
    n = 38
    MIDKIND[n] = "other"
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; sorahane-sys-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (dt(6, 16, 12, 30), CO)
    orig = """Date: %s
From: %s
To: %s
Cc: %s
Subject: Re: %s
Message-ID: %s
""" % (dt(6, 16, 12, 30), MEF, TC_FROM, CO, SUBJ_A, mid(37))
    emit(n, ("unrelated", False, None, []), [
        ("Date", dt(6, 16, 12, 31)), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"), ("Auto-Submitted", "auto-replied")],
        multi("report", [leaf("""** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
""" % (CO, CO), cte="7bit"), raw_part("message/delivery-status", dsn), raw_part("text/rfc822-headers", orig)], n, extra='; report-type=delivery-status'))

    # ---------------- 039 resolved A with survey footer and quoted request
    n = 39
    t = """Hello Kenji,

Good news: the SAP-C02 exam result and the certification from %s are now on your account %s, and the empty record has been deactivated. Your exam history should list all six exams now.

No further action is required on your part, and this case is now resolved.

Sofia M.
AWS Training and Certification

--
We value your feedback. Please share your experience by rating this correspondence:
https://survey.aws/cs?c=%s&a=sofia

On Mon, Jun 16, 2025 at 3:30 AM, Kenji Morimoto <%s> wrote:
> Yes, %s is mine. In 2023 I signed in to Partner Central with %s (company SSO). Please move it to %s.
>
> On Mon, Jun 16, 2025 at 10:05 AM AWS Training and Certification wrote:
%s
""" % (THIRD, NEW, CASE_A, ME, THIRD, CO, NEW, q(BODIES[36], ">> "))
    emit(n, ("resolved", False, CASE_A, [THIRD, NEW]),
         support_headers(n, dt(6, 17, 9, 50), ME, SUBJ_A, irt=mid(37), refs=" ".join(mid(i) for i in (32, 36, 37))),
         leaf(t))

    # ---------------- 040 genuine-looking but DKIM/DMARC fail
    n = 40
    MIDKIND[n] = "other"
    emit(n, ("suspicious", False, None, []), [
        ("Authentication-Results", "mx.google.com;\n       dkim=fail (bad signature) header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Xp0aWq3c;\n       spf=softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
        ("Date", dt(6, 18, 3, 12)), ("From", TC_FROM), ("To", ME),
        ("Subject", SUBJ_A)],
        leaf("""Hello Kenji,

Following the merge of your accounts, one of your benefits could not be carried over: the 50%% exam discount voucher is currently suspended.

To reissue it, please confirm your identity and billing details at https://aws-training-benefits.com/reissue?case=%s within 48 hours. After that the voucher expires permanently.

Best regards,
Daniel R.
AWS Training and Certification
""" % CASE_A))

    # ---------------- 041 Builder ID code (awsapps)
    n = 41
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("login.awsapps.com")),
        ("Date", dt(6, 19, 20, 10)), ("From", "AWS <no-reply@login.awsapps.com>"), ("To", ME),
        ("Subject", "AWS Builder ID sign-in verification code")],
        leaf("""Hi,

Someone is trying to sign in to your AWS Builder ID. Your verification code is:

719204

If this wasn't you, we recommend you reset your password. This code will expire in 10 minutes.
""", cte="7bit"))

    # ---------------- 042 ack C (console)
    n = 42
    MIDKIND[n] = "console"
    emit(n, ("acknowledgement", False, CASE_C, []),
         support_headers(n, dt(6, 19, 20, 14), ME, "Amazon Web Services: New Support case: %s" % CASE_C, frm="Amazon Web Services <no-reply-aws@amazon.com>"),
         leaf("""Dear AWS customer,

We have received your support case %s for AWS account [AWS ID 745201836694]. A member of our team will respond as soon as possible.

Case details:
Subject: 50%% exam discount voucher missing after certification account merge
Severity: General guidance
Category: Account and billing > Training and Certification

You can view and update your case at any time in the AWS Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact AWS Support about this matter, please use the link above to update your case.

Amazon Web Services
""" % (CASE_C, CONSOLE)))

    # ---------------- 043 info_request C (console)
    n = 43
    MIDKIND[n] = "console"
    emit(n, ("info_request", True, CASE_C, []),
         support_headers(n, dt(6, 20, 11, 30), ME, SUBJ_C + " [AWS ID 745201836694]", frm="Amazon Web Services <no-reply-aws@amazon.com>"),
         leaf("""Hello,

Thank you for contacting AWS Support. I understand that the 50% discount voucher you earned with your last certification no longer appears under Benefits since your certification accounts were merged.

Vouchers are tied to the candidate record they were issued to. To trace yours, could you let us know the candidate ID of the account where you originally saw the voucher, and roughly when you passed the exam that earned it? Please add these details to the case in the Support Center using the link below.
""" + CONSOLE_FOOT % "Rahul S."))

    # ---------------- 044 Skill Builder receipt (Japanese)
    n = 44
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("skillbuilder.aws")),
        ("Date", dt(6, 20, 20, 0)), ("From", "AWS Skill Builder <no-reply@skillbuilder.aws>"), ("To", ME),
        ("Subject", hdr("ご購入ありがとうございます - AWS Skill Builder 個人サブスクリプション"))],
        leaf("""森本 健司 様

AWS Skill Builder 個人サブスクリプション(月額)をご購入いただき、ありがとうございます。

注文番号: SB-4471-0093-2218
金額: USD 29.00
次回更新日: 2025年7月20日

サブスクリプションはいつでもアカウント設定から解約できます。
ご不明な点がございましたら、サポートページからお問い合わせください。
"""))

    # ---------------- 045 closing_notice C (console)
    n = 45
    MIDKIND[n] = "console"
    emit(n, ("closing_notice", True, CASE_C, []),
         support_headers(n, dt(6, 23, 11, 31), ME, SUBJ_C, frm="Amazon Web Services <no-reply-aws@amazon.com>"),
         leaf("""Hello,

We haven't heard back from you about case %s. If we don't receive a reply within 3 days, the case will be moved to Resolved automatically, and after 14 days in that state it can no longer be reopened.

If you still need help with the voucher, respond to the case in the Support Center.
""" % CASE_C + CONSOLE_FOOT % "AWS Support"))

    # ---------------- 046 info_request C, mixed news + ask (console)
    n = 46
    MIDKIND[n] = "console"
    emit(n, ("info_request", True, CASE_C, [OLD, NEW]),
         support_headers(n, dt(6, 24, 16, 20), ME, SUBJ_C, frm="Amazon Web Services <no-reply-aws@amazon.com>"),
         leaf("""Hello,

Thank you for the details you added to the case.

I checked with the certification benefits team. The voucher (code ending 4F2K) was issued to candidate %s on 2025-04-02, and because that record was merged into %s on June 11, the voucher was marked inactive instead of being carried over. This happens when a benefit is issued shortly before a merge, and we can issue a replacement with the same expiry date.

The replacement goes to the account that holds your certifications. Before I submit it: is %s still the account you'll use for booking exams, or are you planning any further merge? Reply in the Support Center and I'll take care of the rest.
""" % (OLD, NEW, NEW) + CONSOLE_FOOT % "Mei L."))

    # ---------------- 047 resolved C (console)
    n = 47
    MIDKIND[n] = "console"
    emit(n, ("resolved", False, CASE_C, [NEW]),
         support_headers(n, dt(6, 25, 15, 2), ME, SUBJ_C, frm="Amazon Web Services <no-reply-aws@amazon.com>"),
         leaf("""Hello,

Thanks for confirming. The replacement 50%% discount voucher is now visible under Benefits on %s and expires on 2026-04-02. I'm marking this case as resolved. If something else comes up, you can reopen it from the Support Center within 14 days.
""" % NEW + CONSOLE_FOOT % "Mei L."))

    # ---------------- 048 survey C (console)
    n = 48
    MIDKIND[n] = "console"
    emit(n, ("survey", False, CASE_C, []),
         support_headers(n, dt(6, 25, 15, 30), ME, "AWS Support: How did we do on case %s?" % CASE_C, frm="Amazon Web Services <no-reply-aws@amazon.com>"),
         multi("alternative", [leaf("""Hello,

Your AWS Support case %s was recently resolved. Please take a moment to rate your overall support experience:

%s&survey=1

Your feedback helps us improve. This message was sent from an address that cannot accept incoming e-mails.
""" % (CASE_C, CONSOLE)), leaf("<html><body><p>Your AWS Support case <b>%s</b> was recently resolved.</p><p>How would you rate your overall experience?</p><table><tr>%s</tr></table></body></html>" % (CASE_C, "".join("<td><a href='%s&survey=1&r=%d'>%d</a></td>" % (CONSOLE, i, i) for i in range(1, 6))), "html")], n))

    # ---------------- 049 certmetrics recertification
    n = 49
    MIDKIND[n] = "other"
    emit(n, ("certification", False, None, [NEW]), [
        ("Authentication-Results", auth_gmail("certmetrics.com")),
        ("Date", dt(6, 26, 9, 0)), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME),
        ("Subject", "Congratulations on recertifying your AWS Certification!")],
        multi("alternative", [leaf("""Hello Kenji Morimoto,

Congratulations! You have recertified AWS Certified Developer - Associate.

Candidate ID: %s
Validation number: 8XK2M1QJDBE41T5W
New expiration date: June 26, 2028

Your digital badge will be issued by Credly within 3 business days. Your benefits, including a 50%% discount on your next exam, are available in your AWS Certification account.

AWS Training and Certification
""" % NEW), leaf("<html><body><h3>Congratulations!</h3><p>You have recertified <b>AWS Certified Developer - Associate</b>.</p><table><tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Validation number</td><td>8XK2M1QJDBE41T5W</td></tr></table></body></html>" % NEW, "html")], n))

    # ---------------- 050 re:Invent marketing
    n = 50
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("amazon.com")),
        ("Date", dt(6, 27, 2, 0)), ("From", "AWS Events <aws-marketing-email-replies@amazon.com>"), ("To", ME),
        ("Subject", "Registration is open: AWS re:Invent 2025, Dec 1-5, Las Vegas")],
        leaf("""Hi Kenji,

Registration for AWS re:Invent 2025 is now open. Secure your spot early and reserve sessions as soon as the catalog goes live.

Register now: https://reinvent.awsevents.com/register

Have questions? Reply to this email and our events team will get back to you.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe
"""))

    # ---------------- 051 ack D (Japanese, ISO-2022-JP)
    n = 51
    emit(n, ("acknowledgement", False, CASE_D, []),
         support_headers(n, dt(6, 30, 10, 15), ME, SUBJ_D),
         leaf("""森本 健司 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 新しく取得した認定のバッジが Credly に表示されません。同じメールアドレスで AWS 認定アカウントが2つあるようです。

追加のご連絡事項がございましたら、本メールにご返信ください。

Amazon Web Services
""" % CASE_D, cs="iso-2022-jp", cte="7bit"))

    # ---------------- 052 connpass reminder (Japanese, 8bit)
    n = 52
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("connpass.com")),
        ("Date", dt(6, 30, 18, 0)), ("From", "connpass <no-reply@connpass.com>"), ("To", ME),
        ("Subject", hdr("【リマインド】JAWS-UG 東京 #62 は明日開催です"))],
        leaf("""森本 健司 さん

参加登録いただいている以下のイベントは明日開催です。

イベント: JAWS-UG 東京 #62 認定資格 LT 大会
日時: 2025/07/01(火) 19:00〜21:00
受付番号: 3381204

キャンセルされる場合は、イベントページから参加登録を取り消してください。
このメールに返信いただいても、主催者には届きません。
""", cte="8bit"))

    # ---------------- 053 info_request D, keigo, Shift_JIS
    n = 53
    t = """森本 健司 様

AWS トレーニングと認定サポートの佐藤でございます。
この度はお問い合わせいただき、誠にありがとうございます。

Credly のデジタルバッジが表示されない件につきまして、お調べいたしました。ご登録のメールアドレス kenji.morimoto.jp@gmail.com に紐づく AWS 認定アカウントが複数存在しており、Credly との連携が本来とは異なるアカウントに対して行われている可能性がございます。

統合の対象となるアカウントを特定するため、お手数ではございますが、お手元で確認できる候補 ID(「AWS」に続く8桁の番号)と、各アカウントで最後に受験された試験名をご教示いただけますでしょうか。

何卒よろしくお願いいたします。

佐藤 美咲
AWS トレーニングと認定 カスタマーサービス
"""
    BODIES[n] = t
    emit(n, ("info_request", True, CASE_D, []),
         support_headers(n, dt(7, 1, 11, 40), ME, SUBJ_D, irt=mid(51), refs=mid(51)),
         leaf(t, cs="shift_jis", cte="base64"))

    # ---------------- 054 user reply D (Japanese, Gmail JP header)
    n = 54
    t = """佐藤様

ご連絡ありがとうございます。森本です。
確認できた候補IDは以下の2つです。

・%s(6月に会社のアカウントを統合したアカウント。最後の受験は DVA-C02 の再認定)
・%s(2022年に誤って作成したと思われるもの。受験履歴はないようです)

よろしくお願いいたします。
森本 健司

2025年7月1日(火) 11:40 AWS Training and Certification <%s>:

%s
""" % (NEW, DUP, TC, q(BODIES[53]))
    BODIES[n] = t
    emit(n, ("user_reply", False, CASE_D, [NEW, DUP]),
         user_headers(n, dt(7, 1, 14, 20), addr("森本 健司", ME), TC_FROM, "Re: " + SUBJ_D, irt=mid(53), refs=mid(51) + " " + mid(53)),
         leaf(t, cte="base64"))

    # ---------------- 055 info_request D: bare questions, plain style
    n = 55
    emit(n, ("info_request", True, CASE_D, [DUP]),
         support_headers(n, dt(7, 2, 9, 55), ME, SUBJ_D, irt=mid(54), refs=" ".join(mid(i) for i in (51, 53, 54))),
         leaf("""森本様

ご返信ありがとうございます。担当を引き継ぎました中村です。

%s で、過去に Credly のバッジを受け取ったことはありますか?
また、このアカウントへのサインインには Amazon.co.jp のアカウントを使っていましたか?

中村
AWS トレーニングと認定
""" % DUP))

    # ---------------- 056 user reply D short (Shift_JIS, QP)
    n = 56
    emit(n, ("user_reply", False, CASE_D, []),
         user_headers(n, dt(7, 2, 12, 10), addr("森本 健司", ME), TC_FROM, "Re: " + SUBJ_D, irt=mid(55), refs=" ".join(mid(i) for i in (51, 53, 54, 55))),
         leaf("""中村様

バッジは一度受け取ったことがあります(2022年のクラウドプラクティショナー)。
サインインは Amazon.co.jp のアカウントだったと思います。

森本
""", cs="shift_jis", cte="quoted-printable"))

    # ---------------- 057 on_hold D (no ask)
    n = 57
    emit(n, ("on_hold", False, CASE_D, [DUP]),
         support_headers(n, dt(7, 3, 10, 30), ME, SUBJ_D, irt=mid(56), refs=" ".join(mid(i) for i in (51, 53, 55, 56))),
         multi("alternative", [leaf("""森本 健司 様

いつもお世話になっております。AWS トレーニングと認定サポートの中村でございます。

ご回答いただきありがとうございました。%s に紐づく Credly のバッジ情報につきまして、現在 Credly 社に確認を依頼しております。先方からの回答があるまで、本ケースは保留とさせていただきます。

回答が届き次第、改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。なお、現時点でお客様にご対応いただく事項はございません。

中村 亮
AWS トレーニングと認定 カスタマーサービス
""" % DUP, cte="base64"), leaf("<html><body><p>森本 健司 様</p><p>ご回答いただきありがとうございました。%s に紐づく Credly のバッジ情報につきまして、現在 Credly 社に確認を依頼しております。先方からの回答があるまで、本ケースは<b>保留</b>とさせていただきます。</p><p>回答が届き次第、改めてご連絡いたします。なお、現時点でお客様にご対応いただく事項はございません。</p><p>中村 亮</p></body></html>" % DUP, "html", cte="base64")], n))

    # ---------------- 058 phishing, Japanese, lookalike Credly domain
    n = 58
    MIDKIND[n] = "other"
    emit(n, ("suspicious", False, None, []), [
        ("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of noreply@credly-badge-notice.com designates 103.251.44.9 as permitted sender) smtp.mailfrom=noreply@credly-badge-notice.com;\n       dmarc=none header.from=credly-badge-notice.com"),
        ("Date", dt(7, 3, 22, 45)), ("From", addr("AWS 認定 / Credly サポート", "noreply@credly-badge-notice.com")), ("To", ME),
        ("Subject", hdr("【重要】AWS 認定デジタルバッジの有効期限について(ご対応のお願い)"))],
        leaf("""<html><body>
<p>森本 健司 様</p>
<p>AWS トレーニングと認定のアカウント統合に伴い、お客様の AWS 認定デジタルバッジは <b>72時間以内に失効</b>いたします。</p>
<p>バッジを保持するには、以下のリンクから本人確認を行ってください。<br>
<a href="https://credly-badge-notice.com/aws/verify">本人確認はこちら</a></p>
<p>リンクが開けない場合は、本メールに氏名・生年月日・AWS Builder ID のパスワードを記載のうえご返信ください。</p>
<p>Amazon Web Services Training and Certification</p>
</body></html>""", "html", cte="base64"))

    # ---------------- 059 confirmation_request D, plain 〜ください
    n = 59
    t = """森本様

Credly 社から回答がありました。%s のバッジ(AWS Certified Cloud Practitioner, 2022年)は現在も %s に紐づいているため、同じメールアドレスの別アカウント側で新しいバッジが正しく表示されない状態になっています。

以下の2つのアカウントを統合すると解消できます。

アカウント #1
  候補 ID: %s
  ログインメール: %s (AWS Builder ID)
  トレーニング通知メール: %s
  認定通知メール: %s
アカウント #2
  候補 ID: %s
  ログインメール: %s (Amazon.co.jp)
  トレーニング通知メール: %s
  認定通知メール: %s

アカウント #1 を残し、#2 をそちらに統合してよいか確認してください。問題なければ、このメールにそのまま返信してください。

中村
AWS トレーニングと認定
""" % (DUP, DUP, NEW, ME, ME, ME, DUP, ME, ME, ME)
    BODIES[n] = t
    emit(n, ("confirmation_request", True, CASE_D, [DUP, NEW]),
         support_headers(n, dt(7, 4, 10, 12), ME, SUBJ_D, irt=mid(57), refs=" ".join(mid(i) for i in (51, 53, 56, 57))),
         multi("alternative", [leaf(t), leaf("<html><body><pre style='font-family:sans-serif'>" + t + "</pre></body></html>", "html")], n))

    # ---------------- 060 friend, Japanese, 8bit
    n = 60
    MIDKIND[n] = "gmail"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("gmail.com")),
        ("Date", dt(7, 5, 13, 0)), ("From", addr("高橋 涼", "ryo.takahashi.88@gmail.com")), ("To", ME),
        ("Subject", hdr("送別会の写真"))],
        leaf("""森本さん

先日はお疲れさまでした!送別会の写真を共有フォルダに入れておきました。
https://photos.app.goo.gl/x8Qm2Lr5

新しい職場でも頑張ってください。返信は不要です笑

高橋
""", cte="8bit"))

    # ---------------- 061 closing_notice D, keigo, ISO-2022-JP
    n = 61
    t = """森本 健司 様

AWS トレーニングと認定でございます。

先日お送りいたしましたアカウント統合のご確認につきまして、まだご返信を確認できておりません。

7月11日までにご返信をいただけない場合、本ケースはクローズさせていただきます。引き続き対応をご希望の場合は、本メールにご返信いただけますと幸いです。
なお、クローズ後にご返信いただいた場合も、ケースは再開されます。

何卒よろしくお願いいたします。
"""
    BODIES[n] = t
    emit(n, ("closing_notice", True, CASE_D, []),
         support_headers(n, dt(7, 9, 9, 0), ME, SUBJ_D, irt=mid(59), refs=" ".join(mid(i) for i in (51, 53, 57, 59))),
         leaf(t, cs="iso-2022-jp", cte="7bit"))

    # ---------------- 062 user reply D, new subject: threaded only by headers
    n = 62
    t = """中村様

返信が遅くなり申し訳ありません。
アカウント #1(%s)を残して、#2(%s)を統合してください。

よろしくお願いいたします。
森本

2025年7月9日(水) 9:00 AWS Training and Certification <%s>:

%s
""" % (NEW, DUP, TC, q(BODIES[61]))
    emit(n, ("user_reply", False, CASE_D, [NEW, DUP]),
         user_headers(n, dt(7, 9, 21, 10), addr("森本 健司", ME), TC_FROM, "統合の件、確認しました", irt=mid(61), refs=" ".join(mid(i) for i in (51, 53, 59, 61))),
         leaf(t, cte="base64"))

    # ---------------- 063 resolved D, quoting the confirmation request
    n = 63
    t = """森本 健司 様

ご確認いただきありがとうございます。
アカウント #2(%s)をアカウント #1(%s)に統合いたしました。Credly のバッジは最大48時間ほどで反映される見込みです。

本件についてご不明な点がございましたら、本メールにご返信ください。

中村 亮
AWS トレーニングと認定 カスタマーサービス

---- 2025/07/04 10:12, AWS Training and Certification より: ----
%s
""" % (DUP, NEW, q(BODIES[59]))
    emit(n, ("resolved", False, CASE_D, [DUP, NEW]),
         support_headers(n, dt(7, 10, 10, 40), ME, SUBJ_D, irt=mid(62), refs=" ".join(mid(i) for i in (51, 59, 61, 62))),
         leaf(t, cs="utf-8", cte="quoted-printable"), crlf=True)

    # ---------------- 064 survey D (Japanese)
    n = 64
    emit(n, ("survey", False, CASE_D, []),
         support_headers(n, dt(7, 10, 11, 10), ME, "【アンケートのお願い】ケース %s のサポート対応について" % CASE_D,
                         frm=addr("AWS カスタマーサービス", TC)),
         leaf("""森本 健司 様

先日はケース %s にてお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、今回のサポート対応について5段階で評価をお願いいたします(所要時間1分程度)。

https://survey.aws/cs?c=%s&lang=ja

※本メールは送信専用です。ご返信いただいても対応いたしかねます。
""" % (CASE_D, CASE_D), cte="base64"))

    # ---------------- 065 Credly badge ready
    n = 65
    MIDKIND[n] = "other"
    emit(n, ("badge", False, None, []), [
        ("Authentication-Results", auth_gmail("credly.com")),
        ("Date", dt(7, 10, 18, 30)), ("From", "Credly <admin@credly.com>"), ("To", ME),
        ("Subject", "Your AWS Certified Cloud Practitioner badge is ready to share")],
        multi("alternative", [leaf("""Hi Kenji,

Your badge from Amazon Web Services Training and Certification has moved to your Credly profile and is ready to share.

View badge: https://www.credly.com/badges/0e7d5b21-93aa-4c6f-8d1e-b45c2f90a1d3

Credly
"""), leaf("<html><body><p>Hi Kenji,</p><p>Your badge from <b>Amazon Web Services Training and Certification</b> has moved to your Credly profile and is ready to share.</p><p><a href='https://www.credly.com/badges/0e7d5b21-93aa-4c6f-8d1e-b45c2f90a1d3'>View badge</a></p></body></html>", "html")], n))

    # ---------------- 066 ack E (short template)
    n = 66
    emit(n, ("acknowledgement", False, CASE_E, []),
         support_headers(n, dt(7, 12, 15, 25), ME, SUBJ_E),
         leaf("""Hello,

Thanks for reaching out to AWS Training and Certification. Your case ID is %s.

Our team will review your request and get back to you within 24 hours (business days). Please keep this case ID for reference; there's no need to submit the form again.

Request summary
Inquiry type: Certification
Additional details: Profile update
Message: Please change the name printed on my certificates. After the account merge it shows "KENJI MORIMOTO" in capital letters.

AWS Training and Certification
""" % CASE_E))

    # ---------------- 067 info_request E ("Kindly revert")
    n = 67
    t = """Dear Kenji,

Greetings from AWS Training and Certification!

We have received your request for change of name on certificates. As per our policy, the name in the certification profile must match exactly to the government-issued identification which is presented at the test center.

Kindly revert back with the name exactly as printed in your ID (including the order of given name and family name) so that we can proceed further in this regard.

Thanks & Regards,
Arjun P.
AWS Training and Certification Support
"""
    BODIES[n] = t
    emit(n, ("info_request", True, CASE_E, []),
         support_headers(n, dt(7, 14, 12, 20), ME, SUBJ_E, irt=mid(66), refs=mid(66)),
         leaf(t))

    # ---------------- 068 other vendor: case closed
    n = 68
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("support.microsoft.com")),
        ("Date", dt(7, 14, 16, 0)), ("From", "Microsoft Support <support@mail.support.microsoft.com>"), ("To", ME),
        ("Subject", "Case 2507100040012345: Your support request has been closed")],
        leaf("""Hello Kenji,

We haven't heard from you, so we've closed your support request 2507100040012345 (Microsoft 365 Family - cannot add family member).

If you still need help, reply to this email within 7 days and the request will be reopened automatically.

Microsoft Support
"""))

    # ---------------- 069 closing_notice E (already closed, reply reopens), Outlook quote
    n = 69
    t = """Dear Kenji,

We have not received any response on the below request, hence we are closing this case for now. In case you still need assistance, you may reply to this email and the case will get reopened automatically.

Thanks & Regards,
Arjun P.
AWS Training and Certification Support

From: AWS Training and Certification <%s>
Sent: Monday, July 14, 2025 3:20 AM
To: %s
Subject: %s

%s""" % (TC, ME, SUBJ_E, BODIES[67])
    BODIES[n] = t
    emit(n, ("closing_notice", True, CASE_E, []),
         support_headers(n, dt(7, 18, 12, 25), ME, SUBJ_E, irt=mid(67), refs=mid(66) + " " + mid(67)),
         leaf(t), crlf=True)

    # ---------------- 070 user reply E
    n = 70
    t = """Hi Arjun,

Sorry, I was on business trip. On my passport it is written "MORIMOTO KENJI" (family name first). For certificate please use "Kenji Morimoto", given name first, only normal capital letters. If this is not allowed, please keep it as it is now.

Regards,
Kenji

On Fri, Jul 18, 2025 at 12:25 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(BODIES[69]))
    emit(n, ("user_reply", False, CASE_E, []),
         user_headers(n, dt(7, 18, 20, 40), MEF, TC_FROM, "Re: " + SUBJ_E, irt=mid(69), refs=" ".join(mid(i) for i in (66, 67, 69))),
         leaf(t))

    # ---------------- 071 case_update E
    n = 71
    emit(n, ("case_update", False, CASE_E, []),
         support_headers(n, dt(7, 19, 11, 0), ME, SUBJ_E, irt=mid(70), refs=" ".join(mid(i) for i in (67, 69, 70))),
         leaf("""Dear Kenji,

Thank you for your response. Your case has been reopened and your request is forwarded to the concerned team for the name update. We will update you once the same is completed.

Thanks & Regards,
Arjun P.
"""))

    # ---------------- 072 recruiter out-of-office
    n = 72
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("talentbridge-asia.com")),
        ("Date", dt(7, 20, 9, 0)), ("From", "Emily Chen <emily.chen@talentbridge-asia.com>"), ("To", ME),
        ("Subject", "Automatic reply: Re: Interview schedule - Cloud Architect role"), ("Auto-Submitted", "auto-replied")],
        leaf("""Thank you for your email. I am out of the office until July 28 with limited access to email.

For urgent matters please contact my colleague Jason Wong (jason.wong@talentbridge-asia.com). Otherwise I will reply to your message when I return.

Best regards,
Emily
"""))

    # ---------------- 073 resolved E with "Kindly" rating footer
    n = 73
    emit(n, ("resolved", False, CASE_E, []),
         support_headers(n, dt(7, 22, 14, 10), ME, SUBJ_E, irt=mid(71), refs=" ".join(mid(i) for i in (67, 69, 70, 71))),
         leaf("""Dear Kenji,

We are pleased to inform you that the name on your certification profile has been updated to "Kenji Morimoto". The new certificates can be downloaded from the Certification status page. We consider this case resolved.

Thanks & Regards,
Arjun P.
AWS Training and Certification Support

Kindly take a moment to rate your experience with us: https://survey.aws/cs?c=%s
""" % CASE_E))

    # ---------------- 074 Free Tier alert
    n = 74
    MIDKIND[n] = "other"
    emit(n, ("unrelated", False, None, []), [
        ("Authentication-Results", auth_gmail("costalerts.amazonaws.com")),
        ("Date", dt(7, 23, 8, 0)), ("From", "AWS Free Tier <freetier@costalerts.amazonaws.com>"), ("To", ME),
        ("Subject", "AWS Free Tier limit alert")],
        leaf("""Hello,

Your AWS account 601539827711 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of July.

Product: Amazon Elastic Compute Cloud  Usage: 637 of 750 Hrs

To learn more about your Free Tier usage, please visit the Billing and Cost Management Dashboard. Please note that this email address cannot receive replies.

Amazon Web Services
""", cte="7bit"))


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(HERE, f))
    build()
    print("wrote %d messages" % len(ITEMS))
