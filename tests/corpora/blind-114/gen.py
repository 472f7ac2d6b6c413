#!/usr/bin/env python3
"""Generate the blind held-out corpus (stdlib only). Writes NNN-mail.eml / NNN-mail.json
beside this script, and README.md."""
import base64, json, os, quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.mori.dev@gmail.com"
ME_C = "haruka.mori@tsubame-sol.co.jp"
ME_NAME = "Haruka Mori"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

A = "174830112400317"   # main merge case (15 digits)
B = "174830149800522"   # duplicate form submission (15 digits)
C = "4829105736"        # console case (10 digits)
E = "12094857631"       # reopened badge case (11 digits)
G = "16938472051"       # Japanese benefits case (11 digits)
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"

N = [0]
MIDS = {}
ROWS = []


def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def auth(to, frm_dom, ok=True, dkim_dom=None, mailfrom=None):
    dk = dkim_dom or frm_dom
    mf = mailfrom or ("amazonses.com" if frm_dom == "amazon.com" else frm_dom)
    res = "pass" if ok else "fail"
    if to == ME_C:
        return ("spf=pass (sender IP is 54.240.8.%d) smtp.mailfrom=%s; dkim=%s (%s) header.d=%s;"
                "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s" % (
                    20 + N[0] % 60, mf, res,
                    "signature was verified" if ok else "body hash did not verify",
                    dk, res, "none" if ok else "quarantine", frm_dom,
                    "pass" if ok else "fail", "100" if ok else "001"))
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s%d header.b=Qx%04dab;\n"
            "       spf=pass (google.com: domain of bounce@%s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                res, dk, 2023 + N[0] % 3, N[0] * 37 % 10000, mf, 10 + N[0] % 90, mf, res,
                "QUARANTINE" if frm_dom.endswith("amazon.com") else "NONE",
                "QUARANTINE" if frm_dom.endswith("amazon.com") else "NONE",
                "NONE" if ok else "QUARANTINE", frm_dom))


def part(body, ctype="text/plain", cs="utf-8", cte="8bit"):
    """Return (header lines, body str) for one leaf part."""
    if cs == "iso-2022-jp":
        raw = body.encode("iso-2022-jp")
        cte = "7bit"
    else:
        raw = body.encode(cs)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw).decode("ascii")
    else:
        b = raw.decode("latin-1")  # keep bytes 1:1 for 8bit
    h = ["Content-Type: %s; charset=\"%s\"" % (ctype, cs), "Content-Transfer-Encoding: %s" % cte]
    return h, b


def alt(parts, boundary):
    h = ["Content-Type: multipart/alternative; boundary=\"%s\"" % boundary]
    chunks = []
    for ph, pb in parts:
        chunks.append("--%s\n%s\n\n%s" % (boundary, "\n".join(ph), pb.rstrip("\n")))
    return h, "This is a multi-part message in MIME format.\n\n" + "\n".join(chunks) + "\n--%s--\n" % boundary


def msg(kind, needs, case, cands, note, *, frm, to, subj, date, body, cc=None, irt=None, refs=None,
        authres=None, subj_cs="utf-8", crlf=False, extra=(), mid_dom="email.amazonses.com"):
    N[0] += 1
    n = N[0]
    mid = "<%s.%04d%s@%s>" % ("0100019" + format(n * 7919, "x"), n, "a1b2" if n % 2 else "c3d4", mid_dom)
    MIDS[n] = mid
    hs = []
    if authres:
        hs.append("Authentication-Results: " + authres)
    hs += ["From: " + frm, "To: " + to]
    if cc:
        hs.append("Cc: " + cc)
    hs += ["Subject: " + enc_hdr(subj, subj_cs), "Date: " + date, "Message-ID: " + mid]
    if irt:
        hs.append("In-Reply-To: " + MIDS[irt])
        hs.append("References: " + " ".join(MIDS[r] for r in (refs or [irt])))
    hs += list(extra)
    hs.append("MIME-Version: 1.0")
    bh, bb = body
    text = "\n".join(hs + bh) + "\n\n" + bb
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    name = "%03d-mail" % n
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(text.encode("latin-1"))
    lab = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(lab, f, ensure_ascii=False)
        f.write("\n")
    ROWS.append((name, kind, needs, case, note))
    return n


def q(text, pfx="> "):
    return "\n".join((pfx + l).rstrip() for l in text.strip("\n").split("\n"))


def tc_auth(to, ok=True):
    return auth(to, "amazon.com", ok)


# ---------------------------------------------------------------------------------------------
# texts reused for quoting
T_E_RES = """Hi Haruka,

Thanks for your patience. I have re-sent the Credly invitation for your AWS Certified
Solutions Architect - Associate badge to the notification address on your certification
account. The invitation link is valid for 30 days.

I'm setting this case to resolved. Should something still look off, simply reply to this
email and the case will reopen automatically.

Kind regards,
Tomasz
AWS Training and Certification
"""

T_A_APN = """Hello Haruka,

Thank you for reaching out regarding case %s.

While reviewing the accounts listed in your request I noticed that the certification account
registered with haruka.mori@tsubame-sol.co.jp is linked to an AWS Partner Network (APN)
organization, Tsubame Solutions K.K. Certifications earned on an APN-linked profile count
toward the partner's tier requirements, so the partner has a legitimate interest in them and
we normally do not move them to another account while the employee is still with that
partner.

That said, we can proceed when the employment is ending. Can you confirm that you are leaving
Tsubame Solutions, and tell me your last working day? Once I have that I will coordinate the
next steps with our partner team.

Best regards,
Priya S.
AWS Training and Certification Customer Support
""" % A

T_A_CONF_TXT = """Hello,

I've located two certification accounts that match the information in your request:

Account #1
Login email: haruka.mori.dev@gmail.com
Training notification email: haruka.mori.dev@gmail.com
Certification notification email: haruka.mori.dev@gmail.com
Candidate ID: AWS05520931

Account #2
Login email: haruka.mori@tsubame-sol.co.jp
Training notification email: haruka.mori@tsubame-sol.co.jp
Certification notification email: haruka.mori@tsubame-sol.co.jp
Candidate ID: AWS00938412

Reply to this message with the account you want to keep. After the merge, the other
account is closed and cannot be restored.

Regards,
Daniel
AWS Training and Certification
"""


def build():
    # 001 billing
    msg("unrelated", False, None, [], "AWS invoice mail with a 12-digit account ID in brackets; from amazon.com but not a case",
        frm="Amazon Web Services <aws-billing@amazon.com>", to=ME_P,
        subj="Amazon Web Services Billing Statement Available [Account: 210987654321]",
        date="Mon, 19 May 2025 07:41:12 +0000", authres=auth(ME_P, "amazon.com"),
        body=part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.42

[AWS ID 210987654321]

You can see a complete break down of all charges on the Billing & Cost Management page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210
"""))

    # 002 certmetrics recert-window notice to company address
    msg("certification", False, None, ["AWS00938412"], "certmetrics notice with 'take action' wording and a candidate ID in the footer (not a case mail, no reply)",
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
        subj="Your AWS Certification is eligible for recertification",
        date="Tue, 20 May 2025 15:02:44 +0000", authres=auth(ME_C, "certmetrics.com"),
        body=part("""Hello Haruka Mori,

Your AWS Certified Developer - Associate certification will expire on 14 September 2025.
You can recertify now by passing the current version of the exam or a higher-level exam.

To keep your certification active, take action before the expiration date. Log in to your
AWS Certification Account to schedule an exam and review your available benefits.

Candidate ID: AWS00938412

Please do not reply to this email; this mailbox is not monitored.

AWS Training and Certification
""", cte="quoted-printable"))

    # 003 GitHub merged
    msg("unrelated", False, None, [], "GitHub 'Merged' notification about a PR titled 'merge accounts'; word 'merged' but nothing to do with the case",
        frm="Kenji Arai <notifications@github.com>", to=ME_C,
        subj="Re: [tsubame-sol/infra-modules] Merge IAM account module into shared stack (PR #412)",
        date="Tue, 20 May 2025 09:15:03 +0000", authres=auth(ME_C, "github.com"),
        extra=["List-ID: tsubame-sol/infra-modules <infra-modules.tsubame-sol.github.com>",
               "X-GitHub-Reason: author"],
        mid_dom="github.com",
        body=part("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sol/infra-modules/pull/412#event-17730211
You are receiving this because you authored the thread.
"""))

    # 004 E resolved (earlier case)
    msg("resolved", False, E, [], "resolution whose last paragraph invites a reply if something is off (conditional, not a request)",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % E,
        date="Wed, 21 May 2025 03:02:17 +0000", authres=tc_auth(ME_P),
        body=part(T_E_RES))
    e_res = N[0]

    # 005 Builder ID code
    msg("unrelated", False, None, [], "Builder ID verification code (6 digits) from signin.aws",
        frm="AWS Builder ID <no-reply@signin.aws>", to=ME_P, subj="Verify your AWS Builder ID email address",
        date="Wed, 21 May 2025 11:20:55 +0000", authres=auth(ME_P, "signin.aws"),
        body=alt([part("""Verify your AWS Builder ID email address

Verification code: 583920

This code expires 10 minutes after it was sent. If you did not request it, you can ignore
this message.
"""), part("""<html><body><h2>Verify your AWS Builder ID email address</h2>
<p>Verification code:</p><p style="font-size:28px"><b>583920</b></p>
<p>This code expires 10 minutes after it was sent. If you did not request it, you can ignore this message.</p>
</body></html>""", "text/html")], "==b1_builder_005"))

    # 006 user reply on E (reopens)
    msg("user_reply", False, E, [], "owner replies to a resolved case (reopening it); Gmail quote of the resolution below",
        frm=addr(ME_NAME, ME_P), to=TC, subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % E,
        date="Fri, 23 May 2025 08:44:10 +0900", irt=e_res, authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""Hi Tomasz,

Thanks, but the invitation never arrived and the badge still isn't visible on my Credly
profile. I checked the spam folder as well. Could you take another look?

Haruka

On Wed, May 21, 2025 at 12:02 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, q(T_E_RES))))
    e_u1 = N[0]

    # 007 E on_hold (no ask)
    msg("on_hold", False, E, [], "case paused waiting on the Credly team; explicitly asks nothing",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % E,
        date="Fri, 23 May 2025 06:31:40 +0000", irt=e_u1, refs=[e_res, e_u1], authres=tc_auth(ME_P),
        body=part("""Hello Haruka,

I've reopened your case and raised it with our Credly integration partner, since badge
delivery is handled on their side. Their team usually answers within 3-5 business days and
there is nothing we can change on our end until they do.

You don't need to do anything in the meantime; I'll write again as soon as I hear from them.

Tomasz
AWS Training and Certification
"""))

    # 008 Pearson VUE
    msg("unrelated", False, None, [], "exam-vendor confirmation with a 9-digit registration ID and 'please review' wording",
        frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=ME_P,
        subj="Confirmation of your AWS Certified Solutions Architect - Professional exam",
        date="Sat, 24 May 2025 02:12:09 +0000", authres=auth(ME_P, "pearson.com"), mid_dom="pearson.com",
        body=alt([part("""Dear Haruka Mori,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 482917365
Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, 21 June 2025, 10:00 JST
Delivery: OnVUE online proctored

Please review the ID requirements and run the system test before exam day. If you need to
reschedule, do so at least 24 hours before your appointment.

Pearson VUE
"""), part("""<html><body><p>Dear Haruka Mori,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>
<table border="1" cellpadding="4"><tr><td>Registration ID</td><td>482917365</td></tr>
<tr><td>Exam</td><td>SAP-C02 AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date</td><td>Saturday, 21 June 2025, 10:00 JST</td></tr><tr><td>Delivery</td><td>OnVUE online proctored</td></tr></table>
<p>Please review the ID requirements and run the system test before exam day.</p></body></html>""", "text/html", cte="quoted-printable")],
            "----=_Part_8812_vue"))

    # 009 AWS JP marketing newsletter (Japanese, base64)
    msg("unrelated", False, None, [], "Japanese AWS marketing mail from amazon.com with 'ご登録ください' calls to action",
        frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P,
        subj="【AWS】今月のウェビナーとトレーニングのご案内", date="Mon, 26 May 2025 01:00:00 +0000",
        authres=auth(ME_P, "amazon.com"),
        body=part("""森 遥 様

いつも AWS をご利用いただきありがとうございます。
今月開催予定の無料ウェビナーをご案内します。

・6月5日(木) 生成 AI 入門 — Amazon Bedrock ハンズオン
・6月12日(木) AWS 認定 ソリューションアーキテクト 試験対策講座

お申し込みは下記ページからご登録ください。
https://aws.amazon.com/jp/events/

配信停止をご希望の場合は、こちらから手続きできます。
アマゾン ウェブ サービス ジャパン合同会社
""", cte="base64"))

    # 010 A acknowledgement
    msg("acknowledgement", False, A, [], "standard ack with 15-digit case ID; 'reply to this email' only for additional info, plus 'do not open another case'",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Mon, 26 May 2025 23:12:31 +0000", authres=tc_auth(ME_P),
        body=part("""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for
your request. You can expect a reply from our team within 24 hours; more complex
requests may take longer.

Your request:
Inquiry type: Certification
Additional details: Account Merge
Description: I am no longer going to be an employee of Tsubame Solutions and would like to
merge my certification accounts. Emails used: haruka.mori@tsubame-sol.co.jp,
haruka.mori.dev@gmail.com. Email to keep: haruka.mori.dev@gmail.com

To add information to this request, reply to this email. Opening another case for the same
issue will delay our response.

Sincerely,
AWS Training and Certification
""" % A, cte="quoted-printable"))
    a_ack = N[0]

    # 011 B acknowledgement, Japanese ISO-2022-JP, to company address
    msg("acknowledgement", False, B, [], "duplicate form submission acknowledged in Japanese (ISO-2022-JP) at the company address; 〜がございましたら…ご返信ください is conditional",
        frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_C,
        subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
        date="Mon, 26 May 2025 23:18:22 +0000", authres=tc_auth(ME_C), subj_cs="iso-2022-jp",
        body=part("""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s としてお問い合わせを承りました。

担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、ご注意ください。

補足事項がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % B, cs="iso-2022-jp"))
    b_ack = N[0]

    # 012 phishing lookalike
    msg("suspicious", False, None, [], "phishing from lookalike domain aws-certification-help.com; passes its own DKIM; urgent 'confirm your merge' link",
        frm="AWS Certification Support <support@aws-certification-help.com>", to=ME_P,
        subj="Action required: confirm your AWS Certification account merge",
        date="Tue, 27 May 2025 00:47:19 +0000", authres=auth(ME_P, "aws-certification-help.com"),
        mid_dom="aws-certification-help.com",
        body=alt([part("""Dear Candidate,

We received a request to merge your AWS Certification accounts. To avoid losing your
certifications, confirm the merge within 24 hours by signing in below:

https://aws-certification-help.com/merge/confirm?token=7f3a9c

If you do not confirm, both accounts will be suspended.

AWS Certification Security Team
"""), part("""<html><body><p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts.
To avoid losing your certifications, <b>confirm the merge within 24 hours</b>:</p>
<p><a href="https://aws-certification-help.com/merge/confirm?token=7f3a9c">Confirm merge</a></p>
<p>If you do not confirm, both accounts will be suspended.</p><p>AWS Certification Security Team</p></body></html>""", "text/html")],
            "_000_phish012"))

    # 013 A on_hold asking (APN)
    msg("on_hold", True, A, [], "APN partner hold: long explanation, the ask ('Can you confirm...') is buried in the last paragraph, no 'please'",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Tue, 27 May 2025 05:30:02 +0000", irt=a_ack, authres=tc_auth(ME_P),
        body=part(T_A_APN))
    a_apn = N[0]

    # 014 user reply (cc manager)
    msg("user_reply", False, A, [], "owner's answer to the hold; Gmail quoting of the hold request with its question",
        frm=addr(ME_NAME, ME_P), to=TC, cc=addr("Yuji Takeda", "y.takeda@tsubame-sol.co.jp"),
        subj="Re: RE:[CASE %s] %s" % (A, SUBJ_A), date="Tue, 27 May 2025 15:02:48 +0900",
        irt=a_apn, refs=[a_ack, a_apn], authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""Hello Priya,

Yes, I am leaving Tsubame Solutions. My last working day is June 13, 2025, and the
company mailbox will be shut down after that. I've copied my manager, Yuji Takeda, for
reference.

Best regards,
Haruka Mori

On Tue, May 27, 2025 at 2:30 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(T_A_APN))))
    a_u1 = N[0]

    # 015 manager auto-reply (Japanese) with case subject
    msg("unrelated", False, None, [], "out-of-office auto-reply from the CC'd manager; subject carries the case token but it is not support mail",
        frm=addr("武田 裕二", "y.takeda@tsubame-sol.co.jp"), to=ME_P,
        subj="自動応答: Re: RE:[CASE %s] %s" % (A, SUBJ_A), date="Tue, 27 May 2025 06:02:51 +0000",
        irt=a_u1, authres=auth(ME_P, "tsubame-sol.co.jp"), mid_dom="tsubame-sol.co.jp",
        extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: y.takeda@tsubame-sol.co.jp"],
        body=part("""お疲れ様です。武田です。

5月26日(月)～5月30日(金)は出張のため不在にしております。
メールは確認次第ご返信いたします。お急ぎの場合は 03-XXXX-XXXX までご連絡ください。

I am out of the office until May 30 with limited access to email.
""", cs="utf-8", cte="base64"))

    # 016 A on_hold, no ask
    msg("on_hold", False, A, [], "hold continues while the partner team is contacted; 'nothing for you to do' after a quoted earlier question",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Wed, 28 May 2025 01:10:45 +0000", irt=a_u1, refs=[a_ack, a_apn, a_u1], authres=tc_auth(ME_P),
        body=part("""Hi Haruka,

Thanks for confirming the date. I've passed your case to our partner team, who will let
Tsubame Solutions' partner administrator know that the link between your certification
profile and their APN account is being removed. We have to wait for that step to finish
before the merge can go ahead; it usually takes a few business days.

Nothing is needed from you at this stage.

Priya S.
AWS Training and Certification Customer Support

-----Original Message-----
From: Haruka Mori <haruka.mori.dev@gmail.com>
Sent: Tuesday, May 27, 2025 6:02 AM
Subject: Re: RE:[CASE %s] %s

Yes, I am leaving Tsubame Solutions. My last working day is June 13, 2025.

> Can you confirm that you are leaving Tsubame Solutions, and tell me your last working day?
""" % (A, SUBJ_A)))
    a_hold2 = N[0]

    # 017 B closed as duplicate (Japanese, Shift_JIS)
    msg("resolved", False, B, [], "duplicate case closed in Japanese (Shift_JIS); mentions the other 15-digit case number; states no action needed",
        frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_C,
        subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % B,
        date="Wed, 28 May 2025 02:25:13 +0000", irt=b_ack, authres=tc_auth(ME_C), subj_cs="iso-2022-jp",
        body=part("""森様

お問い合わせいただきありがとうございます。担当の佐々木でございます。

本ケースと同じ内容のお問い合わせを、ケース %s にて既に承っております。
お手続きは引き続きそちらのケースで進めてまいりますので、本ケース（%s）はクローズとさせていただきます。

こちらのケースについて、お客様にご対応いただく必要はございません。

今後ともよろしくお願いいたします。
AWS トレーニングと認定 佐々木
""" % (A, B), cs="shift_jis", cte="8bit"))

    # 018 other vendor ticket solved (Japanese)
    msg("unrelated", False, None, [], "another vendor's support ticket marked solved, Japanese, with 'reply to reopen'",
        frm=addr("Backlog サポート", "support@nulab.com"), to=ME_C,
        subj="[Nulab Support] リクエスト #58213 は解決済みになりました", date="Wed, 28 May 2025 04:40:00 +0000",
        authres=auth(ME_C, "nulab.com"), mid_dom="nulab.zendesk.com",
        body=part("""森 様

お問い合わせ #58213「プロジェクトの統合について」を解決済みにいたしました。
ご不明点が残っている場合は、このメールに返信いただくとリクエストが再度オープンされます。

Nulab サポートチーム
""", cte="quoted-printable"))

    # 019 C console new case
    msg("acknowledgement", False, C, [], "console 'New Support case' mail; also contains a 12-digit account ID; footer says mailbox cannot receive mail",
        frm=CONSOLE, to=ME_P, subj="Amazon Web Services: New Support case: %s" % C,
        date="Thu, 29 May 2025 00:05:33 +0000", authres=auth(ME_P, "amazon.com"),
        body=part("""Dear AWS customer,

We have received your request and opened case %s. You can view it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: Merge certification accounts before leaving employer
Severity: General guidance
Account: [AWS ID 210987654321]

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This e-mail was sent from a
notification-only address that cannot accept incoming e-mails. Please do not reply to this
message.
""" % (C, C, C)))
    c_ack = N[0]

    # 020 marketing summit
    msg("unrelated", False, None, [], "AWS marketing (Summit) with 'Register now' and 'confirm your seat'",
        frm="AWS Events <aws-marketing-email-replies@amazon.com>", to=ME_P,
        subj="Confirm your seat: AWS Summit Japan 2025", date="Thu, 29 May 2025 08:00:00 +0000",
        authres=auth(ME_P, "amazon.com"),
        body=alt([part("""AWS Summit Japan 2025 - June 25-26, Makuhari Messe

Seats for the keynote are limited. Confirm your seat today and build your agenda.
Register now: https://aws.amazon.com/jp/summits/japan/

You are receiving this email because you subscribed to AWS event updates.
"""), part("""<html><body><table width="600"><tr><td><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td>Seats for the keynote are limited. <a href="https://aws.amazon.com/jp/summits/japan/">Confirm your seat today</a>.</td></tr>
<tr><td style="font-size:10px">You are receiving this email because you subscribed to AWS event updates.</td></tr></table></body></html>""", "text/html", cte="quoted-printable")],
            "=_summit_020"))

    # 021 C console info request
    msg("info_request", True, C, ["AWS00938412"], "console case: bare questions, must answer in Support Center, feedback footer with 'Please share' below; candidate ID quoted from the form",
        frm=CONSOLE, to=ME_P, subj="RE:[CASE %s] Merge certification accounts before leaving employer" % C,
        date="Fri, 30 May 2025 03:17:29 +0000", irt=c_ack, authres=auth(ME_P, "amazon.com"),
        body=part("""Hello,

My name is Marcus and I'm with AWS Account and Billing support. Certification accounts are
managed by a separate team (AWS Training and Certification), and they are the only ones
who can merge certification profiles. I can't make the change from here, but I can point
you in the right direction.

Two things would help me route this. Have you already filed the Training and Certification
contact form for this merge? And is AWS00938412 the candidate ID of the account you want to
close?

Reply on the case in the Support Center so I receive your answer; email replies to this
address aren't delivered.

Best regards,
Marcus G.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting the
stars in the top right corner of the correspondence.

To see all the correspondence for this case, go to:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % C, cte="quoted-printable"))
    c_req = N[0]

    # 022 A case update
    msg("case_update", False, A, [], "progress news (partner link removed, merge being prepared); no ask; 'no need to reply'",
        frm=TC_FROM, to=ME_P, subj="RE: [CASE %s] %s" % (A, SUBJ_A),
        date="Fri, 30 May 2025 07:55:01 +0000", irt=a_hold2, authres=tc_auth(ME_P),
        body=part("""Hi Haruka,

Quick update: the partner team confirmed that your profile has been detached from the
Tsubame Solutions APN account. I'm now preparing the merge request and a colleague will get
in touch shortly with the account details. There's no need to reply to this message.

Priya
"""))

    # 023 Amazon.co.jp order (Japanese)
    msg("unrelated", False, None, [], "Amazon.co.jp order confirmation (amazon domain, Japanese), order number looks like an ID",
        frm=addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME_P,
        subj="Amazon.co.jp ご注文の確認「AWS認定 ソリューションアーキテクト プロフェッショナル 教科書」",
        date="Sat, 31 May 2025 10:12:45 +0900", authres=auth(ME_P, "amazon.co.jp"), mid_dom="amazon.co.jp",
        body=part("""森 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文内容を確認しました。商品の発送準備が整い次第、メールでお知らせします。

注文番号: 250-8831204-5567712
お届け予定: 6月2日(月)

ご注文内容の変更はアカウントサービスから行ってください。
""", cte="base64"))

    # 024 A confirmation request, HTML only with table
    conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Hello,</p>
<p>I&#39;ve located two certification accounts that match the information in your request:</p>
<table border="1" cellspacing="0" cellpadding="6">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>haruka.mori.dev@gmail.com</td><td>haruka.mori@tsubame-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.mori.dev@gmail.com</td><td>haruka.mori@tsubame-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.mori.dev@gmail.com</td><td>haruka.mori@tsubame-sol.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS05520931</td><td>AWS00938412</td></tr>
</table>
<p>Reply to this message with the account you want to keep. After the merge, the other account is closed and cannot be restored.</p>
<p>Regards,<br>Daniel<br>AWS Training and Certification</p>
</body></html>"""
    msg("confirmation_request", True, A, ["AWS05520931", "AWS00938412"], "HTML-only, Account #1/#2 in a table; ask is an imperative without 'please' ('Reply ... with the account you want to keep')",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Mon, 02 Jun 2025 02:03:11 +0000", irt=a_ack, authres=tc_auth(ME_P),
        body=part(conf_html, "text/html", cte="quoted-printable"))
    a_conf = N[0]

    # 025 Skill Builder receipt
    msg("unrelated", False, None, [], "Skill Builder subscription receipt from aws.training; 'no further action is required'",
        frm="AWS Skill Builder <no-reply@aws.training>", to=ME_P, subj="Your AWS Skill Builder receipt",
        date="Mon, 02 Jun 2025 09:30:00 +0000", authres=auth(ME_P, "aws.training"), mid_dom="aws.training",
        body=part("""Thank you for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Receipt number: SB-20250602-771045

Your subscription renews automatically. No further action is required.
"""))

    # 026 C closing notice (console)
    msg("closing_notice", True, C, [], "console auto-resolve warning; answer must go through the Support Center; survey footer",
        frm=CONSOLE, to=ME_P, subj="RE:[CASE %s] Merge certification accounts before leaving employer" % C,
        date="Tue, 03 Jun 2025 03:20:00 +0000", irt=c_req, authres=auth(ME_P, "amazon.com"),
        body=part("""Hello,

We haven't received a reply to our last correspondence on this case. If we don't hear from
you, the case will be resolved automatically in 3 days. Adding a reply in the Support
Center keeps it open.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % C))

    # 027 dmarc fail spoof
    msg("suspicious", False, None, [], "looks exactly like the real case mail (same sender, subject, case number) but dkim=fail and dmarc=fail for amazon.com",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Wed, 04 Jun 2025 13:48:20 +0000", authres=auth(ME_P, "amazon.com", ok=False, mailfrom="mail-relay7.ru"),
        mid_dom="mail-relay7.ru",
        body=part("""Hello,

To complete the merge of your certification accounts we must verify your identity.
Sign in with your AWS Builder ID at the link below and re-enter your payment details.

https://aws-training.account-verify.net/login

Regards,
AWS Training and Certification
"""))

    # 028 certmetrics feedback invite
    msg("certification", False, None, [], "certmetrics feedback invitation ('wants to hear from you', 'take the survey'), not a support survey",
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subj="AWS Certification wants to hear from you", date="Thu, 05 Jun 2025 16:00:00 +0000",
        authres=auth(ME_P, "certmetrics.com"),
        body=alt([part("""Hello Haruka,

As an AWS Certified individual, your opinion helps shape the program. Please take 10
minutes to answer our annual certification survey:
https://survey.certmetrics.com/aws/2025

Thank you,
AWS Certification
"""), part("""<html><body><p>Hello Haruka,</p><p>As an AWS Certified individual, your opinion helps shape the program.
Please take 10 minutes to answer our <a href="https://survey.certmetrics.com/aws/2025">annual certification survey</a>.</p>
<p>Thank you,<br>AWS Certification</p></body></html>""", "text/html")], "b1_cm028"))

    # 029 budgets alert
    msg("unrelated", False, None, [], "AWS Budgets alert with account ID; 'review your spend'",
        frm="AWS Budgets <no-reply@budgets.amazonaws.com>", to=ME_P,
        subj="AWS Budgets: Monthly-cap has exceeded your alert threshold",
        date="Thu, 05 Jun 2025 21:14:02 +0000", authres=auth(ME_P, "budgets.amazonaws.com"),
        body=part("""AWS Budget Notification June 05, 2025
AWS Account 210987654321

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Monthly-cap budget
is greater than 80.00% of USD 5.00. The ACTUAL Cost is USD 4.12.

Go to the AWS Budgets dashboard to review your spend.
"""))

    # 030 A closing notice, top-posted over quoted confirmation request
    msg("closing_notice", True, A, [], "closing notice in own wording ('will close it ... unless we hear back'), top-posted above the quoted confirmation request; QP",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Fri, 06 Jun 2025 01:00:47 +0000", irt=a_conf, refs=[a_ack, a_conf], authres=tc_auth(ME_P),
        body=part("""Hi there,

Following up on the message below from June 2. We haven't received your choice of account
yet, so this case will be closed on June 9 unless we hear back from you. A reply before
then keeps it open; after that, replying will reopen it.

Thanks,
Aiko
AWS Training and Certification

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, June 2, 2025 2:03 AM
To: haruka.mori.dev@gmail.com
Subject: RE:[CASE %s] %s

%s
""" % (TC, A, SUBJ_A, T_A_CONF_TXT), cte="quoted-printable"))
    a_close = N[0]

    # 031 C resolved (mentions A's case number)
    msg("resolved", False, C, [], "console case resolved; body names the other (T&C) case number; survey footer; conditional reopen",
        frm=CONSOLE, to=ME_P, subj="RE:[CASE %s] Merge certification accounts before leaving employer" % C,
        date="Fri, 06 Jun 2025 02:40:10 +0000", irt=c_req, authres=auth(ME_P, "amazon.com"),
        body=part("""Hello Haruka,

Thank you for letting us know in the Support Center that the Training and Certification
team is already working on case %s. Since that team owns the merge, I'm resolving this
case so that you only have one thread to follow. If you need anything else from Account
and Billing, you can reopen this case within 14 days.

Best regards,
Marcus G.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % A))

    # 032 user reply from the company address (Outlook, CRLF)
    msg("user_reply", False, A, [], "owner confirms from the OLD company address (Outlook top-post over the quoted request, CRLF); wrong address for the confirmation",
        frm=addr("森 遥", ME_C), to=TC, subj="RE: RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Fri, 06 Jun 2025 11:20:33 +0900", irt=a_close, refs=[a_ack, a_conf, a_close],
        authres=auth(ME_C, "tsubame-sol.co.jp"), crlf=True, mid_dom="TYCPR01MB8821.jpnprd01.prod.outlook.com",
        extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: RE:[CASE %s] %s" % (A, SUBJ_A)],
        body=part("""Confirmed. Please merge into Account #1 (haruka.mori.dev@gmail.com).

Sorry for the late reply.
Haruka Mori

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, June 6, 2025 10:01 AM
To: haruka.mori.dev@gmail.com
Subject: RE:[CASE %s] %s

Hi there,

Following up on the message below from June 2. We haven't received your choice of account
yet, so this case will be closed on June 9 unless we hear back from you.

%s
""" % (TC, A, SUBJ_A, T_A_CONF_TXT)))
    a_u2 = N[0]

    # 033 A info request: write from the personal address (to company, cc personal)
    msg("info_request", True, A, [], "asks the owner to send the confirmation again from the destination address ('Kindly'); mentions progress first",
        frm=TC_FROM, to=ME_C, cc=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Sat, 07 Jun 2025 00:15:27 +0000", irt=a_u2, authres=tc_auth(ME_C),
        body=part("""Hello Haruka,

Thank you for your reply. I see it was sent from haruka.mori@tsubame-sol.co.jp, which is the
account that will be closed. For the security of your records we can only act on a merge
confirmation that comes from the address of the account being kept.

Kindly send the same confirmation from haruka.mori.dev@gmail.com, and I will complete the
merge as soon as it arrives.

Regards,
Daniel
AWS Training and Certification
"""))
    a_req2 = N[0]

    # 034 forward to self (company -> personal)
    msg("user_reply", False, A, [], "owner forwards support's request from the company mailbox to the personal one (Fwd, quoted ask); nothing to support, no reply needed",
        frm=addr("森 遥", ME_C), to=ME_P, subj="FW: RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Sat, 07 Jun 2025 09:31:02 +0900", authres=auth(ME_P, "tsubame-sol.co.jp"),
        mid_dom="TYCPR01MB8821.jpnprd01.prod.outlook.com",
        body=part("""自分用転送

________________________________
From: AWS Training and Certification <%s>
Sent: Saturday, June 7, 2025 9:15 AM
To: haruka.mori@tsubame-sol.co.jp
Cc: haruka.mori.dev@gmail.com
Subject: RE:[CASE %s] %s

Hello Haruka,

Thank you for your reply. I see it was sent from haruka.mori@tsubame-sol.co.jp, which is the
account that will be closed.

Kindly send the same confirmation from haruka.mori.dev@gmail.com, and I will complete the
merge as soon as it arrives.
""" % (TC, A, SUBJ_A), cte="base64"))

    # 035 user reply threaded only by headers
    msg("user_reply", False, A, [], "owner confirms from the personal address; subject has no case token and the body no case number; only In-Reply-To/References link it",
        frm=addr(ME_NAME, ME_P), to=TC, subj="Merge confirmation",
        date="Sat, 07 Jun 2025 10:02:19 +0900", irt=a_req2, refs=[a_ack, a_conf, a_close, a_u2, a_req2],
        authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""Hello Daniel,

Sending this from my personal address as requested: I confirm the merge. Please keep
Account #1 and merge Account #2 into it.

Thank you,
Haruka Mori
"""))
    a_u3 = N[0]

    # 036 company IT notice (Japanese)
    msg("unrelated", False, None, [], "company IT notice (Japanese) asking to reply with a form; a request, but not from support",
        frm=addr("情報システム部", "it-helpdesk@tsubame-sol.co.jp"), to=ME_C,
        subj="【重要】退職に伴うメールアカウント停止のお知らせ", date="Mon, 09 Jun 2025 09:00:00 +0900",
        authres=auth(ME_C, "tsubame-sol.co.jp"), mid_dom="tsubame-sol.co.jp",
        body=part("""森 遥 さん

退職日（6月13日）の18:00をもって、以下のアカウントを停止します。
・メール: haruka.mori@tsubame-sol.co.jp
・社内チャット、VPN

業務メールの引き継ぎ先を記入のうえ、添付の申請書を6月11日までに本メールへ返信してください。

情報システム部
""", cs="iso-2022-jp"))

    # 037 A resolved, multipart, quoting the old request
    res_txt = """Hello Haruka,

Thanks for confirming from your personal address. I have successfully merged your
accounts: your exam history, certifications and benefits from the Tsubame Solutions account
are now on Account #1 (haruka.mori.dev@gmail.com). Your candidate ID going forward is
AWS05520931.

No further action is required on your side. It can take up to 24 hours for Credly to show
the badges under the new account.

Regards,
Daniel
AWS Training and Certification

On Sat, Jun 7, 2025 at 00:15 UTC, AWS Training and Certification wrote:
> Kindly send the same confirmation from haruka.mori.dev@gmail.com, and I will complete the
> merge as soon as it arrives.
>
> Account #2
> Login email: haruka.mori@tsubame-sol.co.jp
> Candidate ID: AWS00938412
"""
    res_html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in res_txt.split("\n\n")[:5]) + \
        "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">Kindly send the same confirmation from haruka.mori.dev@gmail.com, and I will complete the merge as soon as it arrives.<br>Account #2<br>Login email: haruka.mori@tsubame-sol.co.jp<br>Candidate ID: AWS00938412</blockquote></body></html>"
    msg("resolved", False, A, ["AWS05520931"], "'successfully merged' plus 'No further action is required', with the old request quoted below (quoted candidate ID must not count)",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] %s" % (A, SUBJ_A),
        date="Mon, 09 Jun 2025 03:44:51 +0000", irt=a_u3, refs=[a_ack, a_req2, a_u3], authres=tc_auth(ME_P),
        body=alt([part(res_txt, cte="quoted-printable"), part(res_html, "text/html", cte="base64")], "--==_mimepart_037"))
    a_res = N[0]

    # 038, 039 Credly badges
    for i, (cert, when) in enumerate([("AWS Certified Solutions Architect - Associate", "Mon, 09 Jun 2025 04:02:11 +0000"),
                                      ("AWS Certified Developer - Associate", "Mon, 09 Jun 2025 04:02:39 +0000")]):
        msg("badge", False, None, [], "Credly badge mail right after the merge ('Accept your badge' call to action)",
            frm="Credly <admin@credly.com>", to=ME_P,
            subj="Amazon Web Services Training and Certification sent you a new badge" if i == 0 else "Accept your %s badge" % cert,
            date=when, authres=auth(ME_P, "credly.com"), mid_dom="credly.com",
            body=alt([part("""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you the badge "%s".

Accept your badge to share it on LinkedIn and other networks:
https://www.credly.com/badges/3f1c2a9e-77b0-4d1e-9a61-%012d/accept

Credly, Inc.
""" % (cert, 51820 + i)), part("""<html><body><table width="560" align="center"><tr><td>
<h2>Congratulations, Haruka!</h2><p>Amazon Web Services Training and Certification has issued you the badge <b>%s</b>.</p>
<p><a href="https://www.credly.com/badges/3f1c2a9e-77b0-4d1e-9a61-%012d/accept">Accept your badge</a></p></td></tr></table></body></html>""" % (cert, 51820 + i), "text/html", cte="quoted-printable")],
                "credly_%d" % i))

    # 040 survey A
    msg("survey", False, A, [], "satisfaction survey for the merge case ('How did we do?' with rating links)",
        frm="AWS Training and Certification <aws-cs-survey@amazon.com>", to=ME_P,
        subj="How did we do? Your recent case %s" % A, date="Tue, 10 Jun 2025 05:00:00 +0000",
        authres=tc_auth(ME_P),
        body=alt([part("""Hello,

Your case %s with AWS Training and Certification was recently resolved. Tell us how we
did - the survey has three questions and takes about a minute.

How satisfied were you with the support you received?
1 (very dissatisfied) - 5 (very satisfied): https://survey.aws.training/case/%s

Thank you for helping us improve.
""" % (A, A)), part("""<html><body><p>Your case %s with AWS Training and Certification was recently resolved. Tell us how we did.</p>
<table><tr>%s</tr></table></body></html>""" % (A, "".join('<td><a href="https://survey.aws.training/case/%s?r=%d">%d</a></td>' % (A, k, k) for k in range(1, 6))), "text/html")],
            "survey040"))

    # 041 Builder ID code again (login.awsapps.com)
    msg("unrelated", False, None, [], "one-time sign-in code (6 digits) from login.awsapps.com after changing devices",
        frm="AWS <no-reply@login.awsapps.com>", to=ME_P, subj="AWS Builder ID sign-in verification code",
        date="Tue, 10 Jun 2025 12:31:07 +0000", authres=auth(ME_P, "login.awsapps.com"),
        body=part("""Your verification code is 190447.

Enter this code on the sign-in page to continue. It expires in 10 minutes.
If you didn't try to sign in, change your password.
"""))

    # 042 Credly lookalike
    msg("suspicious", False, None, [], "lookalike Credly domain threatening badge revocation after the merge",
        frm="Credly Badges <badges@credly-verify.net>", to=ME_P,
        subj="Your AWS badges will be revoked - re-claim required after account merge",
        date="Wed, 11 Jun 2025 02:15:00 +0000", authres=auth(ME_P, "credly-verify.net"), mid_dom="credly-verify.net",
        body=part("""<html><body><p>Hello,</p><p>Because your AWS Certification accounts were merged, your badges
will be revoked in 48 hours unless you re-claim them.</p>
<p><a href="http://credly-verify.net/reclaim">Re-claim my badges</a></p><p>Credly Support</p></body></html>""", "text/html"))

    # 043 certmetrics expiry (personal)
    msg("certification", False, None, [], "certification expiry reminder now arriving at the personal address after the merge",
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subj="Reminder: your AWS Certified Developer - Associate expires in 90 days",
        date="Wed, 11 Jun 2025 15:00:00 +0000", authres=auth(ME_P, "certmetrics.com"),
        body=part("""Hello Haruka Mori,

This is a reminder that your AWS Certified Developer - Associate certification expires on
14 September 2025. Sign in to your AWS Certification Account to view recertification
options and your 50%% exam discount benefit.

Please do not reply to this message.
""" .replace("%%", "%"), cte="quoted-printable"))

    # 044 E info request (mixed: news + ask)
    e_req_txt = """Hello Haruka,

Good news first: Credly got back to us. Your badge was created, but it was attached to a
Credly profile registered under haruka.mori@tsubame-sol.co.jp, which is why it never showed
on the profile you use. Now that your certification accounts have been merged, we can move
it.

Which email address do you use to sign in to Credly? Once I have it, I'll ask them to
transfer the badge.

Tomasz
AWS Training and Certification
"""
    msg("info_request", True, E, [], "mixed mail: good news first, then a bare question ('Which email address...?') - the ask decides",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % E,
        date="Thu, 12 Jun 2025 01:22:10 +0000", irt=e_u1, authres=tc_auth(ME_P),
        body=part(e_req_txt))
    e_req = N[0]

    # 045 user reply E with candidate ID
    msg("user_reply", False, E, ["AWS05520931"], "owner answers with an email and a candidate ID in her own text; Gmail quoting",
        frm=addr(ME_NAME, ME_P), to=TC,
        subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % E,
        date="Thu, 12 Jun 2025 12:40:05 +0900", irt=e_req, authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""Hi Tomasz,

I sign in to Credly with haruka.mori.dev@gmail.com. My candidate ID after the merge is
AWS05520931, in case that helps.

Thanks!
Haruka

On Thu, Jun 12, 2025 at 10:22 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(e_req_txt))))
    e_u2 = N[0]

    # 046 bounce
    msg("unrelated", False, None, [], "delivery failure (bounce) of a mail the owner sent to a mistyped support address; quotes case subject",
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=ME_P,
        subj="Delivery Status Notification (Failure)", date="Thu, 12 Jun 2025 03:45:12 +0000",
        authres=auth(ME_P, "googlemail.com"), mid_dom="mx.google.com",
        extra=["Auto-Submitted: auto-replied"],
        body=part("""** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification-from@amazon.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification-from@amazon.com>: Recipient address rejected

----- Original message -----
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges
From: Haruka Mori <haruka.mori.dev@gmail.com>

Hi Tomasz, I sign in to Credly with haruka.mori.dev@gmail.com.
""" % E))

    # 047 E resolved
    msg("resolved", False, E, [], "badge moved, case resolved; conditional 'if they don't appear, reply' line",
        frm=TC_FROM, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % E,
        date="Fri, 13 Jun 2025 02:10:44 +0000", irt=e_u2, authres=tc_auth(ME_P),
        body=part("""Hi Haruka,

Credly has moved the badge to your haruka.mori.dev@gmail.com profile. You should see it
within the next day. I'm marking this case resolved; if the badge doesn't appear by Monday,
just reply here and I'll pick it up again.

All the best,
Tomasz
""", cte="quoted-printable"))

    # 048 survey E
    msg("survey", False, E, [], "short survey request for the badge case, written with a question and 'please'",
        frm="AWS Training and Certification <aws-cs-survey@amazon.com>", to=ME_P,
        subj="Would you take a minute to rate case %s?" % E, date="Sat, 14 Jun 2025 05:00:00 +0000",
        authres=tc_auth(ME_P),
        body=part("""Hello,

Would you recommend AWS Training and Certification support to a colleague? Please rate your
experience with case %s:
https://survey.aws.training/case/%s

This survey is optional and your answers are anonymous.
""" % (E, E)))

    # 049 connpass (Japanese)
    msg("unrelated", False, None, [], "community meetup notice in Japanese (connpass); asks to confirm attendance",
        frm=addr("connpass", "no-reply@connpass.com"), to=ME_P,
        subj="【JAWS-UG 東京】参加登録が完了しました / 出欠確認のお願い", date="Sun, 15 Jun 2025 10:00:00 +0900",
        authres=auth(ME_P, "connpass.com"), mid_dom="connpass.com",
        body=part("""森 遥 さん

JAWS-UG 東京 第48回勉強会「AWS 認定を活かすキャリア」への参加登録が完了しました。
都合が悪くなった場合は、前日までにキャンセル手続きをお願いします。

会場: 目黒 / 日時: 6月27日(金) 19:00〜
""", cte="base64"))

    # 050 G ack (Japanese, ISO-2022-JP)
    msg("acknowledgement", False, G, [], "Japanese ack (ISO-2022-JP) for a new 11-digit case about a missing benefit after the merge",
        frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Mon, 16 Jun 2025 00:31:58 +0000", authres=tc_auth(ME_P), subj_cs="iso-2022-jp",
        body=part("""このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

以下の内容でケース %s を作成いたしました。
・お問い合わせタイプ: AWS トレーニングと認定
・問題タイプ: 特典
・内容: アカウント統合後、旧アカウントにあった50%%割引特典が表示されない

通常、24時間以内に担当者よりご連絡いたしますが、状況によりお時間を頂戴する場合がございます。
すでに同じ内容でケースをお持ちの場合、新しいケースの作成はお控えください。

AWS トレーニングと認定 カスタマーサポート
""" % G, cs="iso-2022-jp"))
    g_ack = N[0]

    # 051 free tier
    msg("unrelated", False, None, [], "AWS Free Tier usage alert (amazon.com); 'take action' wording, account ID",
        frm="Amazon Web Services <freetier@costalerts.amazonaws.com>", to=ME_P,
        subj="AWS Free Tier limit alert", date="Mon, 16 Jun 2025 08:12:00 +0000",
        authres=auth(ME_P, "costalerts.amazonaws.com"),
        body=part("""Your AWS account 210987654321 has exceeded 85%% of the usage limit for one or more
AWS Free Tier-eligible services for the month of June.

To avoid charges, review your usage in the Billing console and take action if needed.
""".replace("%%", "%")))

    # 052 G info request (keigo, buried)
    g_req_txt = """森様

AWS トレーニングと認定サポートの山口でございます。
お問い合わせいただきありがとうございます。

アカウント統合の際、特典（試験割引バウチャー等）は統合元アカウントの取得状況をもとに再計算されます。
お客様の場合、統合後のアカウントでは対象となる認定が確認できているものの、割引特典の付与履歴が旧アカウント側にしか残っていない可能性がございます。

つきましては、特典が表示されていた旧アカウントの候補ID（AWS から始まる番号）と、最後に特典をご確認された日付をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山口
AWS トレーニングと認定
"""
    msg("info_request", True, G, [], "Japanese keigo request (〜お知らせいただけますでしょうか) after a long explanation; UTF-8 base64",
        frm=addr("AWS トレーニングと認定", TC), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Tue, 17 Jun 2025 00:41:20 +0000", irt=g_ack, authres=tc_auth(ME_P),
        body=part(g_req_txt, cte="base64"))
    g_req = N[0]

    # 053 user reply G (Japanese)
    msg("user_reply", False, G, ["AWS00938412"], "Japanese reply with a candidate ID, Japanese Gmail header (…:) over quoted keigo request",
        frm=addr("森 遥", ME_P), to=TC,
        subj="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Tue, 17 Jun 2025 12:05:44 +0900", irt=g_req, authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""山口様

ご連絡ありがとうございます。
旧アカウントの候補IDは AWS00938412 です。
特典を最後に確認したのは5月20日で、その時点では50%%割引が1枚表示されていました。

よろしくお願いいたします。
森

2025年6月17日(火) 9:41 AWS トレーニングと認定 <%s>:
%s
""" % (TC, q(g_req_txt)), cte="quoted-printable"))
    g_u1 = N[0]

    # 054 G info request: bare question, plain style
    msg("info_request", True, G, [], "one-line bare question in plain Japanese (no 〜ください, no keigo request form)",
        frm=addr("AWS トレーニングと認定", TC), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Tue, 17 Jun 2025 05:12:09 +0000", irt=g_u1, authres=tc_auth(ME_P),
        body=part("""森様

ありがとうございます。一点だけ確認です。
旧アカウントで申込中（未受験）の試験はありますか？

山口
""", cs="shift_jis", cte="base64"))
    g_req2 = N[0]

    # 055 user reply to 054
    msg("user_reply", False, G, [], "short Japanese answer ('ありません'), Gmail quote",
        frm=addr("森 遥", ME_P), to=TC,
        subj="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Tue, 17 Jun 2025 14:30:00 +0900", irt=g_req2, refs=[g_ack, g_req, g_u1, g_req2],
        authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""山口様

申込中の試験はありません（SAP-C02 は新しいアカウントで予約済みです）。

森

> 旧アカウントで申込中（未受験）の試験はありますか？
"""))
    g_u2 = N[0]

    # 056 G case update (Japanese)
    msg("case_update", False, G, [], "Japanese progress news; ends with a conditional 〜がございましたら…ご返信ください (not a request)",
        frm=addr("AWS トレーニングと認定", TC), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Wed, 18 Jun 2025 02:00:31 +0000", irt=g_u2, authres=tc_auth(ME_P),
        body=part("""森様

ご回答ありがとうございます。
現在、特典管理チームにて付与履歴を調査しております。進捗がございましたら改めてご連絡いたします。

なお、追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定
""", cs="iso-2022-jp"))
    g_upd = N[0]

    # 057 Japanese phishing
    msg("suspicious", False, None, [], "Japanese phishing from lookalike domain aws-nintei-support.jp demanding confirmation by reply",
        frm=addr("AWS認定サポート", "info@aws-nintei-support.jp"), to=ME_P,
        subj="【AWS認定】アカウント統合の最終確認（本日中にご対応ください）", date="Wed, 18 Jun 2025 04:10:00 +0000",
        authres=auth(ME_P, "aws-nintei-support.jp"), mid_dom="aws-nintei-support.jp",
        body=part("""お客様

AWS認定アカウントの統合手続きが保留となっております。
本日中に下記URLよりログインし、本人確認を完了してください。完了されない場合、認定資格が失効します。

https://aws-nintei-support.jp/verify

AWS認定サポートセンター
""", cs="shift_jis", cte="8bit"))

    # 058 Pearson result
    msg("unrelated", False, None, [], "exam vendor 'results available' mail with a 9-digit registration ID",
        frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=ME_P,
        subj="Your exam results are available", date="Thu, 19 Jun 2025 06:00:00 +0000",
        authres=auth(ME_P, "pearson.com"), mid_dom="pearson.com",
        body=part("""Dear Haruka Mori,

Your score report for registration 482917366 is now available in your Pearson VUE account.
Results are also sent to the exam sponsor.

Pearson VUE
"""))

    # 059 G confirmation request, HTML + text, Shift_JIS
    g_conf_txt = """森様

お待たせいたしました。山口でございます。

調査の結果、割引特典は、以前 AWS パートナーセントラル経由のシングルサインオンで作成された3つ目の認定アカウントに付与されていたことがわかりました。
特典を現在のアカウントへ移すには、このアカウントも統合する必要がございます。

アカウント #1
ログインメール: haruka.mori.dev@gmail.com
候補ID: AWS05520931

アカウント #2
ログインメール: haruka.mori@tsubame-sol.co.jp（パートナーセントラル SSO）
候補ID: AWS07713045

アカウント #2 をアカウント #1 に統合してよろしいでしょうか。
問題なければ、その旨ご返信のほどよろしくお願いいたします。

山口
AWS トレーニングと認定
"""
    g_conf_html = """<html><body><p>森様</p><p>お待たせいたしました。山口でございます。</p>
<p>調査の結果、割引特典は、以前 AWS パートナーセントラル経由のシングルサインオンで作成された3つ目の認定アカウントに付与されていたことがわかりました。特典を現在のアカウントへ移すには、このアカウントも統合する必要がございます。</p>
<table border="1" cellpadding="5"><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>ログインメール</td><td>haruka.mori.dev@gmail.com</td><td>haruka.mori@tsubame-sol.co.jp（パートナーセントラル SSO）</td></tr>
<tr><td>候補ID</td><td>AWS05520931</td><td>AWS07713045</td></tr></table>
<p>アカウント #2 をアカウント #1 に統合してよろしいでしょうか。<br>問題なければ、その旨ご返信のほどよろしくお願いいたします。</p><p>山口<br>AWS トレーニングと認定</p></body></html>"""
    msg("confirmation_request", True, G, ["AWS05520931", "AWS07713045"], "Japanese merge confirmation (third account found) with table, keigo 〜のほどよろしくお願いいたします; Shift_JIS multipart",
        frm=addr("AWS トレーニングと認定", TC), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Fri, 20 Jun 2025 03:33:03 +0000", irt=g_upd, authres=tc_auth(ME_P),
        body=alt([part(g_conf_txt, cs="shift_jis", cte="quoted-printable"),
                  part(g_conf_html, "text/html", cs="shift_jis", cte="base64")], "----=_NextPart_059"))
    g_conf = N[0]

    # 060 Jira
    msg("unrelated", False, None, [], "Jira notification (personal side project) with 'Resolved' and 'please confirm'",
        frm="Jira <jira@haruka-dev.atlassian.net>", to=ME_P,
        subj="[JIRA] (HD-31) Migrate blog to new domain - status changed to Resolved",
        date="Sat, 21 Jun 2025 11:11:11 +0000", authres=auth(ME_P, "atlassian.net"), mid_dom="Atlassian.JIRA",
        body=part("""Kenta Ono changed the status of HD-31 to Resolved.

Comment: DNS records updated. Please confirm the redirect works on your side.

View issue: https://haruka-dev.atlassian.net/browse/HD-31
"""))

    # 061 certmetrics recert congrats
    msg("certification", False, None, [], "certmetrics 'Congratulations on recertifying' mail",
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subj="Congratulations on recertifying your AWS Certification!", date="Mon, 23 Jun 2025 07:30:00 +0000",
        authres=auth(ME_P, "certmetrics.com"),
        body=part("""Congratulations, Haruka!

You have successfully recertified AWS Certified Solutions Architect - Professional. Your
digital badge will be issued by Credly within a few business days.

AWS Training and Certification
"""))

    # 062 G closing notice (Japanese keigo, CRLF)
    msg("closing_notice", True, G, [], "Japanese closing notice: case will be closed without a reply; reply keeps it open; keigo; CRLF",
        frm=addr("AWS トレーニングと認定", TC), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Wed, 25 Jun 2025 01:15:40 +0000", irt=g_conf, authres=tc_auth(ME_P), crlf=True,
        body=part("""森様

6月20日にお送りしたアカウント統合のご確認について、まだご返信を確認できておりません。
恐れ入りますが、6月28日までにご返信がない場合は、本ケースをクローズさせていただきます。
ご返信いただければ、引き続き対応いたします。

山口
AWS トレーニングと認定
""", cs="iso-2022-jp"))
    g_close = N[0]

    # 063 user reply G confirm (Japanese, Gmail quoting)
    msg("user_reply", False, G, [], "Japanese confirmation ('統合してください') quoting the closing notice",
        frm=addr("森 遥", ME_P), to=TC,
        subj="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Wed, 25 Jun 2025 19:48:12 +0900", irt=g_close, refs=[g_ack, g_conf, g_close],
        authres=auth(ME_P, "gmail.com"), mid_dom="mail.gmail.com",
        body=part("""山口様

返信が遅くなり申し訳ありません。
内容を確認しました。アカウント #2 をアカウント #1 に統合してください。

森

2025年6月25日(水) 10:15 AWS トレーニングと認定 <%s>:
> 6月20日にお送りしたアカウント統合のご確認について、まだご返信を確認できておりません。
> 恐れ入りますが、6月28日までにご返信がない場合は、本ケースをクローズさせていただきます。
""" % TC, cte="base64"))
    g_u3 = N[0]

    # 064 G resolved (Japanese) quoting the confirmation ask
    msg("resolved", False, G, [], "Japanese completion (統合が完了いたしました) with 〜ございましたら conditional and the earlier ask quoted below",
        frm=addr("AWS トレーニングと認定", TC), to=ME_P,
        subj="RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Thu, 26 Jun 2025 00:20:19 +0000", irt=g_u3, authres=tc_auth(ME_P),
        body=part("""森様

ご確認ありがとうございました。
アカウント #2 のアカウント #1 への統合が完了いたしました。50%%割引特典も現在のアカウントの「特典」ページに表示されております。
本件につきまして、お客様にご対応いただくことはございません。

ご不明な点がございましたら、お気軽に本メールへご返信ください。

山口
AWS トレーニングと認定

-----Original Message-----
> アカウント #2 をアカウント #1 に統合してよろしいでしょうか。
> 問題なければ、その旨ご返信のほどよろしくお願いいたします。
""".replace("%%", "%"), cs="iso-2022-jp"))

    # 065 badge
    msg("badge", False, None, [], "Credly badge for the recertified professional exam (HTML only)",
        frm="Credly <admin@credly.com>", to=ME_P,
        subj="You've earned the AWS Certified Solutions Architect - Professional badge",
        date="Thu, 26 Jun 2025 06:40:00 +0000", authres=auth(ME_P, "credly.com"), mid_dom="credly.com",
        body=part("""<html><body><table width="560"><tr><td><h2>Haruka, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9e0b61d2-1c55-4a37-b8e0-6f52a9c30d71">Accept badge</a></p></td></tr></table></body></html>""", "text/html", cte="quoted-printable"))

    # 066 survey G (Japanese)
    msg("survey", False, G, [], "Japanese support survey (アンケートにご協力ください) for the benefits case",
        frm=addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), to=ME_P,
        subj="サポートに関するアンケートのお願い（ケース %s）" % G, date="Fri, 27 Jun 2025 05:00:00 +0000",
        authres=tc_auth(ME_P),
        body=part("""このたびはお問い合わせいただきありがとうございました。
ケース %s における担当者の対応について、簡単なアンケートにご協力ください（所要時間1分）。

https://survey.aws.training/case/%s?lang=ja

いただいたご意見はサービス向上のために活用させていただきます。
""" % (G, G), cte="base64"))

    # 067 other vendor case closed (English)
    msg("unrelated", False, None, [], "another vendor's 'case closed' mail with a case number and 'reply to reopen'",
        frm="HashiCorp Support <support@hashicorp.com>", to=ME_P,
        subj="[Case #00938471] Your case has been closed", date="Fri, 27 Jun 2025 18:02:00 +0000",
        authres=auth(ME_P, "hashicorp.com"), mid_dom="hashicorp.com",
        body=part("""Hello Haruka,

We haven't heard back from you, so we have closed case #00938471 ("Terraform Cloud
workspace migration"). If you still need help, reply to this email within 7 days to reopen
the case.

HashiCorp Support
"""))

    # 068 spoof billing dmarc fail
    msg("suspicious", False, None, [], "'payment failed' mail claiming amazon.com but dmarc=fail (not certification-related)",
        frm="Amazon Web Services <aws-billing@amazon.com>", to=ME_P,
        subj="Action needed: your AWS payment was declined", date="Sat, 28 Jun 2025 03:03:03 +0000",
        authres=auth(ME_P, "amazon.com", ok=False, mailfrom="bulk-sender.top"), mid_dom="bulk-sender.top",
        body=part("""Dear customer,

Your payment for account 210987654321 was declined. Update your card within 24 hours to avoid
suspension of your services:
http://aws-billing-update.top/pay

Amazon Web Services
"""))

    # 069 AWS Japan invoice (Japanese)
    msg("unrelated", False, None, [], "Japanese AWS invoice mail from amazon.com, account ID",
        frm=addr("アマゾン ウェブ サービス", "aws-billing@amazon.com"), to=ME_P,
        subj="アマゾン ウェブ サービス 請求書のお知らせ [アカウント: 210987654321]",
        date="Tue, 01 Jul 2025 07:40:00 +0000", authres=auth(ME_P, "amazon.com"),
        body=part("""アマゾン ウェブ サービスをご利用いただきありがとうございます。

2025年6月分の請求書が発行されました。請求額: USD 4.88
[AWS ID 210987654321]

詳細は請求とコスト管理コンソールでご確認いただけます。
""", cs="iso-2022-jp"))

    # 070 certmetrics benefit notice
    msg("certification", False, None, [], "certmetrics notice that an exam benefit is available ('redeem before ...')",
        frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
        subj="A new AWS Certification benefit is available in your account", date="Wed, 02 Jul 2025 14:00:00 +0000",
        authres=auth(ME_P, "certmetrics.com"),
        body=part("""Hello Haruka,

A 50% discount voucher for your next AWS Certification exam is now available in the
Benefits section of your AWS Certification Account. Redeem it before 2 January 2026.

AWS Certification
""", cte="quoted-printable"))

    # 071 marketing re:Invent
    msg("unrelated", False, None, [], "re:Invent marketing; 'Reply to this email with questions' (marketing mailbox)",
        frm="AWS re:Invent <aws-marketing-email-replies@amazon.com>", to=ME_P,
        subj="Registration is open: AWS re:Invent 2025", date="Thu, 03 Jul 2025 16:00:00 +0000",
        authres=auth(ME_P, "amazon.com"),
        body=alt([part("""Registration for AWS re:Invent 2025 (Dec 1-5, Las Vegas) is open.
Save USD 300 with early pricing. Questions? Reply to this email and our events team will help.
"""), part("""<html><body><h1>AWS re:Invent 2025</h1><p>Registration is open. Save USD 300 with early pricing.</p>
<p>Questions? Reply to this email and our events team will help.</p></body></html>""", "text/html")], "rei071"))

    # 072 out-of-office reply in English to the owner's earlier mail (unrelated)
    msg("unrelated", False, None, [], "English auto-reply from a recruiter; 'Automatic reply' with 'please contact' wording",
        frm="Sarah Lin <sarah.lin@northbridge-talent.com>", to=ME_P,
        subj="Automatic reply: Start date and onboarding documents", date="Fri, 04 Jul 2025 01:20:00 +0000",
        authres=auth(ME_P, "northbridge-talent.com"), mid_dom="northbridge-talent.com",
        extra=["Auto-Submitted: auto-replied"],
        body=part("""Thank you for your email. I am out of the office until July 7 with no access to email.
For urgent matters please contact recruiting@northbridge-talent.com.
"""))

    # 073 E: genuine-looking T&C mail but lookalike sender domain
    msg("suspicious", False, None, [], "copies the real subject and case number but the sender is amazon-certsupport.com (lookalike)",
        frm="AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certsupport.com>", to=ME_P,
        subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % G,
        date="Sat, 05 Jul 2025 09:09:09 +0000", authres=auth(ME_P, "amazon-certsupport.com"),
        mid_dom="amazon-certsupport.com",
        body=part("""Hello,

Your benefit transfer could not be completed. Please confirm your candidate ID and card
details at https://amazon-certsupport.com/case so we can finish the process.

AWS Training and Certification
"""))

    # 074 Builder ID profile change
    msg("unrelated", False, None, [], "Builder ID profile-updated notice ('If this wasn't you, ...')",
        frm="AWS Builder ID <no-reply@signin.aws>", to=ME_P, subj="Your AWS Builder ID profile was updated",
        date="Mon, 07 Jul 2025 02:00:00 +0000", authres=auth(ME_P, "signin.aws"),
        body=part("""The name on your AWS Builder ID profile was changed on July 7, 2025.
If you didn't make this change, reset your password immediately.
"""))

    # 075 training newsletter Japanese
    msg("unrelated", False, None, [], "Japanese AWS Skill Builder newsletter from aws.training",
        frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
        subj="【AWS Skill Builder】7月の新着コース", date="Tue, 08 Jul 2025 01:00:00 +0000",
        authres=auth(ME_P, "aws.training"), mid_dom="aws.training",
        body=part("""森 遥 様

7月の新着コースをお知らせします。
・AWS Certified AI Practitioner 試験対策
・Amazon Q Developer 入門

ご不明な点がございましたら、ヘルプページをご覧ください。
""", cs="iso-2022-jp"))


README_HEAD = """me: %s %s

# Blind held-out corpus (blind-114)

Written only from the domain notes, the five seed write-ups and the blind-corpus guide; the
classifier's rules and fixtures were never seen. Regenerate with `python3 gen.py` (stdlib
only); it rewrites every `NNN-mail.eml`, `NNN-mail.json` and this README.

Mailbox owner: Haruka Mori (森 遥). Personal address %s (Gmail; receiving
Authentication-Results from mx.google.com); old company address %s (Microsoft 365
style Authentication-Results). She leaves Tsubame Solutions K.K. (an APN partner) on 2025-06-13.
Her candidate IDs: AWS05520931 (personal account), AWS00938412 (company account),
AWS07713045 (a third account from Partner Central SSO, found later).

## Cases
| case | digits | channel | story |
|---|---|---|---|
| %s | 15 | T&C form | main merge: ack -> APN hold asking if she is leaving -> reply (+ manager's auto-reply) -> hold (no ask) -> progress -> HTML confirmation request -> closing notice -> confirmation from the OLD address (wrong) -> request to re-send from personal address -> her forward to herself -> confirmation threaded only by In-Reply-To/References -> merged -> Credly badges -> survey |
| %s | 15 | T&C form | duplicate form submission (Japanese, company address): ack, then closed as a duplicate of the main case (labelled resolved) |
| %s | 10 | AWS Support Center (console) | new-case mail -> request to answer in Support Center (feedback footer) -> auto-resolve warning -> resolved (body names the main case number, which must not be taken as this mail's case) |
| %s | 11 | T&C form | badge case resolved earlier, reopened by her reply -> hold waiting on Credly -> mixed news + question -> reply -> resolved -> survey |
| %s | 11 | T&C form (Japanese agent) | missing 50%% benefit after the merge: ack -> keigo info request -> reply with candidate ID -> bare-question follow-up -> reply -> progress -> second merge confirmation (third account) -> closing notice -> confirmation -> resolved -> survey |

Not case numbers (traps): 12-digit AWS account ID 210987654321, Pearson VUE registration IDs
482917365 / 482917366, one-time codes 583920 / 190447, Amazon.co.jp order number, vendor case #00938471.

Judgement calls worth knowing when scoring: 017 (duplicate closed) is labelled `resolved`;
034 (her own forward of a support request to herself) is `user_reply` with needs_reply false;
056 (internal team investigating) is `case_update`, not `on_hold`; 007/016 are `on_hold`
without an ask (needs_reply false); 027/073 copy real subjects and case numbers but are
`suspicious` with case null; 015 is an auto-reply carrying the case token (unrelated, null).

## Messages
| file | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    from collections import Counter
    c = Counter(r[1] for r in ROWS)
    lines = [README_HEAD % (ME_P, ME_C, ME_P, ME_C, A, B, C, E, G)]
    for r in ROWS:
        lines.append("| %s | %s | %s | %s | %s |\n" % (r[0], r[1], str(r[2]).lower(), r[3] or "null", r[4].replace("|", "/")))
    lines.append("\nTotals: %d messages; needs_reply true: %d; per kind: %s\n" % (
        len(ROWS), sum(1 for r in ROWS if r[2]), ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(OUT, f))
    build()
    write_readme()
    print("wrote", len(ROWS), "messages")
