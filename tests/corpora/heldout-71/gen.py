#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml / NNN-slug.json (and README.md) into the directory this script lives in.
One mailbox owner: Kenta Moriyama, personal Gmail + old company (Microsoft 365) address.
"""
import base64
import hashlib
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME = "kenta.moriyama.k@gmail.com"
CO = "k.moriyama@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

A = "176109352400281"   # main T&C merge case (15 digits)
B = "176109418700517"   # duplicate form submission (15 digits)
C = "17623094815"       # console (Support Center) case (11 digits)
D = "8574129903"        # 2021 case, reopened by a reply (10 digits)
E = "176318204500762"   # second merge (same-email duplicate profile) (15 digits)

OLD = "AWS04417720"     # company certification account
NEW = "AWS11953086"     # personal certification account
THIRD = "AWS20774519"   # duplicate profile created via partner sign-in

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
CONSOLE_SUBJ = "Certifications not showing in Credly after account merge"

MSGS = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def when(s, tz=0):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))
    return dt


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, charset="utf-8", cte="8bit"):
    if not text.endswith("\n"):
        text += "\n"
    label = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(charset, charset)
    h = f'Content-Type: {ctype}; charset="{label}"\nContent-Transfer-Encoding: {cte}\n'
    return (h, enc_body(text, charset, cte))


def multi(sub, parts, boundary, extra_ct=""):
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n" + h.encode() + b"\n" + b
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return (f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra_ct}\n', body)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def q(text, p="> "):
    return "\n".join((p + l).rstrip() if l.strip() else p.rstrip() for l in text.strip("\n").split("\n"))


def rnd(n):
    return random.Random(n * 7919)


def mid_ses(n):
    r = rnd(n)
    h = lambda k: "".join(r.choice("0123456789abcdef") for _ in range(k))
    return f"<0100019a{h(8)}-{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}-000000@email.amazonses.com>"


def mid_gmail(n):
    r = rnd(n)
    s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(40))
    return f"<CAH{s}@mail.gmail.com>"


def mid_outlook(n):
    r = rnd(n)
    s = "".join(r.choice("0123456789ABCDEF") for _ in range(28))
    return f"<TYWPR01MB{r.randint(1000, 9999)}{s}@TYWPR01MB{r.randint(1000, 9999)}.jpnprd01.prod.outlook.com>"


def mid_other(n, dom):
    r = rnd(n)
    s = "".join(r.choice("0123456789abcdef") for _ in range(24))
    return f"<{s}.{r.randint(10000, 99999)}@{dom}>"


def gauth(from_dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.11", dkim_dom=None):
    dkim_dom = dkim_dom or from_dom
    spf_txt = (f"google.com: domain of {mailfrom} designates {ip} as permitted sender" if spf == "pass"
               else f"google.com: domain of {mailfrom} does not designate {ip} as permitted sender")
    pol = "p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dkim_dom} header.s=a1b2c3d4 header.b=Vx9kQ2Lp;\n"
            f"       spf={spf} ({spf_txt}) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} ({pol}) header.from={from_dom}")


def mauth(from_dom, mailfrom_dom, ip="54.240.48.91"):
    return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=pass (signature was verified)\n"
            f" header.d={from_dom};dmarc=pass action=none header.from={from_dom};compauth=pass\n reason=100")


SES_FROM = "0100019a2c7e41b3-ses@email.amazonses.com"


def add(n, kind, nr, case, cands, *, frm, to, subj, dt, body, mid, irt=None, refs=None, auth=None,
        cc=None, extra=None, crlf=False, hcs="utf-8", note=""):
    assert n == len(MSGS) + 1, n
    MIDS[n] = mid
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hdr(subj, hcs)))
    h.append(("Date", format_datetime(dt)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", MIDS[irt] if isinstance(irt, int) else irt))
    if refs:
        h.append(("References", "\n ".join(MIDS[r] if isinstance(r, int) else r for r in refs)))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    ph, pb = body
    raw = ("\n".join(f"{k}: {v}" for k, v in h) + "\n" + ph + "\n").encode("ascii") + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    slug = "item-" + hashlib.sha1(f"{n}{mid}".encode()).hexdigest()[:6]
    label = {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}
    MSGS.append(dict(n=n, slug=slug, raw=raw, label=label, dt=dt, subj=subj, note=note))


# ---------------------------------------------------------------- signatures / footers
CONSOLE_FOOTER = f"""
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update this case, please use the link above to log in and then click the "Reply" button.
======================================================
"""

# ====================================================================== messages
n = 0

# 001 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=CO,
    subj="Amazon Web Services Billing Statement Available [Account: 483920175566]",
    dt=when("2025-10-20 02:11:45"), mid=mid_ses(n),
    auth=mauth("amazon.com", "email.amazonses.com"),
    body=leaf("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $184.27

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 483920175566
Statement period: September 1 - September 30, 2025

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit"),
    note="AWS billing to the company address; 12-digit account ID that is not a case number.")

# 002 ------------------------------------------------------------------
T_2021 = f"""Hello Kenta,

Thank you for contacting AWS Training and Certification.

Could you please confirm the email address you would like to use for AWS Partner Central, so that we can share your certifications with your organization's partner account?

Once we receive your confirmation, we will update your profile.

Kind regards,
Ravi
AWS Training and Certification"""
n += 1
add(n, "user_reply", False, D, [OLD],
    frm=addr("森山 健太", CO, "iso-2022-jp"), to=TC,
    subj=f"RE: RE:[CASE {D}] {SUBJ_TC}",
    dt=when("2025-10-21 16:02:10", 9), mid=mid_outlook(n),
    irt="<0100017a1f22c4d0-9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d-000000@email.amazonses.com>",
    refs=["<0100017a1f22c4d0-9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d-000000@email.amazonses.com>"],
    crlf=True, hcs="iso-2022-jp",
    extra=[("X-MS-Has-Attach", "no"), ("Thread-Topic", f"RE:[CASE {D}] {SUBJ_TC}")],
    body=leaf("text/plain", f"""Hello,

I found this old case in my mailbox, so I am writing here.

I am leaving Hoshizora Technologies at the end of this month. I would like to move my certifications from this company account (candidate ID {OLD}) to my personal account, {ME}.
Is it possible to do this on this case, or should I send a new request from the web form?

Best regards,
Kenta Moriyama

----------------------------------------
株式会社ほしぞらテクノロジー
クラウドインテグレーション部
森山 健太
----------------------------------------

From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 8, 2021 4:12 AM
To: 森山 健太 <{CO}>
Subject: RE:[CASE {D}] {SUBJ_TC}

{T_2021}
""", "iso-2022-jp", "7bit"),
    note="Own reply from the company address on a 2021 case (10-digit ID); Outlook quote holds an old 'Could you please confirm' request.")

# 003 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME,
    subj="Verify your AWS Builder ID email address",
    dt=when("2025-10-21 08:31:02"), mid=mid_ses(n),
    auth=gauth("signin.aws", "bounce@signin.aws"),
    body=leaf("text/plain", """Hello,

Thank you for creating an AWS Builder ID. To finish, enter the following verification code:

Verification code: 804215

This code expires in 30 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
""", cte="7bit"),
    note="Builder ID one-time code (6 digits), not case mail.")

# 004 ------------------------------------------------------------------
n += 1
add(n, "case_update", False, D, [],
    frm=addr("AWS Training and Certification", TC), to=CO,
    subj=f"RE:[CASE {D}] {SUBJ_TC}",
    dt=when("2025-10-21 23:40:18"), mid=mid_ses(n), irt=2, refs=[2],
    auth=mauth("amazon.com", "email.amazonses.com"),
    body=leaf("text/plain", f"""Hello Kenta,

Your message reopened case {D}. That case is from 2021 and was about linking your certification profile to AWS Partner Central, so I've handed it to the colleagues who take care of account merges; they'll pick it up from here.

Nothing more is needed from you on this one for now.

Regards,
Hannah
AWS Training and Certification Customer Support

---- Original Message ----
From: {CO}
Sent: 2025-10-21 07:02 UTC
Subject: RE: RE:[CASE {D}] {SUBJ_TC}

I am leaving Hoshizora Technologies at the end of this month. I would like to move my certifications from this company account to my personal account, {ME}.
Is it possible to do this on this case, or should I send a new request from the web form?
""", cte="7bit"),
    note="Reopened 10-digit case: progress news, explicitly nothing needed; quoted user question.")

# 005 ------------------------------------------------------------------
n += 1
add(n, "acknowledgement", False, A, [OLD],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-22 00:38:47"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM, dkim_dom="amazon.com"),
    body=leaf("text/plain", f"""Hello,

Thank you for contacting Amazon Web Services Training and Certification. We have opened case {A} to address your request.

The details of your case are as follows:

Case ID: {A}
Subject: {SUBJ_TC}
Inquiry type: Certification
Additional details: Account Merge
Correspondence: Use Case: I will no longer be an employee of Hoshizora Technologies K.K. after October 31 and would like to merge my accounts.
All email addresses you may have used in our system: {CO}, {ME}
The email address you would like to keep on file: {ME}
AWS Candidate ID: {OLD}

We typically respond within 24 hours, but some requests need more time to research. If you have already opened a case for this issue, please do not open another case for the same request, as duplicate cases can delay our response.

If you have any additional information to add to this case, simply reply to this email and it will be added to your case automatically.

Sincerely,
Amazon Web Services Training and Certification
""", cte="7bit"),
    note="English acknowledgement; 'please do not open another case' and conditional 'simply reply' are not asks.")

# 006 ------------------------------------------------------------------
n += 1
add(n, "acknowledgement", False, B, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {B}] {SUBJ_TC}",
    dt=when("2025-10-22 00:49:55"), mid=mid_ses(n), hcs="iso-2022-jp",
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""お客様

アマゾン ウェブ サービス トレーニングと認定にお問い合わせいただき、ありがとうございます。お客様のリクエストに対応するため、ケース {B} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {B}
件名: {SUBJ_TC}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人のアカウントへ統合したいです。
会社: {CO}
個人: {ME}

通常24時間以内にご回答いたしますが、最適な解決策を見つけるためにさらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について追加の情報がございましたら、このメールにご返信ください。

アマゾン ウェブ サービス
""", "iso-2022-jp", "7bit"),
    note="Duplicate form submission, Japanese ISO-2022-JP acknowledgement; 〜がございましたら…ご返信ください is conditional.")

# 007 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Daisuke Ono", "notifications@github.com"), to="kmoriyama/dotfiles <dotfiles@noreply.github.com>",
    cc=f"Kenta Moriyama <{ME}>, Author <author@noreply.github.com>",
    subj="Re: [kmoriyama/dotfiles] Add zsh completion for aws cli v2 (PR #41)",
    dt=when("2025-10-22 03:14:09"), mid="<kmoriyama/dotfiles/pull/41/issue_event/14982310457@github.com>",
    irt="<kmoriyama/dotfiles/pull/41@github.com>", refs=["<kmoriyama/dotfiles/pull/41@github.com>"],
    auth=gauth("github.com", "noreply@github.com", ip="192.30.252.201"),
    body=leaf("text/plain", """Merged #41 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kmoriyama/dotfiles/pull/41#event-14982310457
You are receiving this because you authored the thread.

Message ID: <kmoriyama/dotfiles/pull/41/issue_event/14982310457@github.com>
""", cte="quoted-printable"),
    note="GitHub 'Merged' notification with 'Reply to this email'.")

# 008 ------------------------------------------------------------------
n += 1
add(n, "resolved", False, B, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {B}] {SUBJ_TC}",
    dt=when("2025-10-22 09:05:31"), mid=mid_ses(n), irt=6, refs=[6],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hi Kenta,

It looks like your request reached us twice: once as case {A} and once as this case ({B}). To keep everything in one place I have closed {B} as a duplicate. Your merge will be handled under case {A}, and all updates will come on that thread.

No further action is required on this case.

Thanks,
Jun
AWS Training & Certification Support
""", cte="quoted-printable"),
    note="Duplicate closed; mentions two case IDs in the body (subject case is the duplicate).")

# 009 ------------------------------------------------------------------
T9 = f"""Hello Kenta,

Thank you for reaching out to AWS Training and Certification, and for including your candidate ID in the form.

While reviewing the two accounts, I found that the certification account registered to {CO} ({OLD}) is associated with an AWS Partner Network (APN) organization, Hoshizora Technologies K.K. Certifications earned under a partner-linked account count toward that partner's requirements, so we are not able to move them to another account while the holder is still employed by the partner. For that reason your merge request has been placed on hold for the moment.

The hold can be lifted on our side without involving your employer, but we need you to confirm two things by replying to this email:

  1. That you are leaving (or have already left) Hoshizora Technologies K.K.
  2. The last day of your employment there.

As soon as we have your confirmation we will continue with the merge.

Best regards,
Priya S.
AWS Training and Certification"""
H9 = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
    f"<p>{p.replace(chr(10), '<br>')}</p>" for p in T9.split("\n\n")) + "</body></html>"
n += 1
add(n, "on_hold", True, A, [OLD],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-22 14:30:12"), mid=mid_ses(n), irt=5, refs=[5],
    auth=gauth("amazon.com", SES_FROM),
    body=multi("alternative", [leaf("text/plain", T9, cte="quoted-printable"),
                               leaf("text/html", H9, cte="quoted-printable")], "----=_Part_5521_1186043.1761143412"),
    note="APN partner hold that asks the person to confirm leaving + last day (numbered list after long explanation).")

# 010 ------------------------------------------------------------------
n += 1
add(n, "suspicious", False, None, [],
    frm=addr("AWS Training & Certification", "no-reply@aws-training-certification.com"), to=ME,
    subj="Action required: verify your certification account before merge",
    dt=when("2025-10-22 18:22:40"), mid=mid_other(n, "aws-training-certification.com"),
    auth=gauth("aws-training-certification.com", "bounce@aws-training-certification.com", ip="185.212.44.19"),
    body=leaf("text/html", """<html><body>
<table width="600" style="font-family:Arial"><tr><td style="background:#232f3e;color:#fff;padding:12px"><b>aws</b> training and certification</td></tr>
<tr><td style="padding:16px">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts. To prevent the loss of your active certifications and digital badges, your identity must be verified within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="http://aws-training-certification.com/verify?u=kenta.moriyama.k" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify my account</a></p>
<p>If you do not complete verification, the merge will be cancelled and your certifications may be suspended.</p>
<p>AWS Training and Certification Team</p>
</td></tr></table></body></html>""", cte="quoted-printable"),
    note="Phishing from a lookalike domain (auth passes for the lookalike).")

# 011 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Pearson VUE", "pearsonvuereply@pearson.com"), to=ME,
    subj="Pearson VUE Confirmation of Booking",
    dt=when("2025-10-23 00:05:33"), mid=mid_other(n, "pearson.com"),
    auth=gauth("pearson.com", "bounce@pearson.com", ip="52.4.11.92"),
    body=leaf("text/plain", """Dear Kenta Moriyama,

Thank you for scheduling your exam. Please keep this confirmation for your records.

Registration ID: 512874039
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, November 22, 2025 at 10:00 AM JST
Delivery: OnVUE online proctored

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Please do not reply to this email; this mailbox is not monitored.

Pearson VUE
""", cte="7bit"),
    note="Exam-vendor booking with a 9-digit registration ID (not a case).")

# 012 ------------------------------------------------------------------
n += 1
add(n, "user_reply", False, A, [],
    frm=addr("森山 健太", CO, "iso-2022-jp"), to=TC,
    subj=f"RE: RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-23 10:15:48", 9), mid=mid_outlook(n), irt=9, refs=[5, 9],
    crlf=True, hcs="iso-2022-jp",
    body=leaf("text/plain", f"""Hello Priya,

Thank you for checking.
I confirm that I am leaving Hoshizora Technologies K.K. My last working day is October 31, 2025, and this company mailbox will be closed on that day.

Please continue with the merge into my personal account ({ME}).

Best regards,
Kenta Moriyama

差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年10月22日 23:30
宛先: {ME}
件名: RE:[CASE {A}] {SUBJ_TC}

{T9}
""", "iso-2022-jp", "7bit"),
    note="Own reply sent from the company address (wrong address); Japanese Outlook header block quotes the hold request.")

# 013 ------------------------------------------------------------------
T13 = f"""Hi Kenta,

Thanks for the quick answer about your employment.

One problem, though: this reply came from {CO}, which is the address on the account that is going to be merged away and closed. To protect the account that stays, we can only accept the go-ahead from the address that will remain on file. Send us the same confirmation from {ME} - replying to this thread from that mailbox is fine, as long as the case number stays in the subject.

Marco
AWS Training and Certification | Customer Support"""
n += 1
add(n, "info_request", True, A, [],
    frm=addr("AWS Training and Certification", TC), to=CO,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-23 02:40:05"), mid=mid_ses(n), irt=12, refs=[5, 9, 12], crlf=True,
    auth=mauth("amazon.com", "email.amazonses.com"),
    body=leaf("text/plain", T13 + f"""

-----Original Message-----
From: {CO}
Sent: Thursday, October 23, 2025 1:15 AM
To: {TC}
Subject: RE: RE:[CASE {A}] {SUBJ_TC}

I confirm that I am leaving Hoshizora Technologies K.K. My last working day is October 31, 2025.
Please continue with the merge into my personal account ({ME}).
""", cte="7bit"),
    note="Asks to write again from the personal address, no 'please', imperative 'Send us'; sent to company address.")

# 014 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("田中 美穂", "m.tanaka@hoshizora-tech.co.jp", "iso-2022-jp"), to=addr("森山 健太", CO, "iso-2022-jp"),
    subj="自動応答: AWS認定資格の会社紐付け解除について",
    dt=when("2025-10-23 11:52:44", 9), mid=mid_outlook(n), hcs="iso-2022-jp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=leaf("text/plain", """お疲れさまです。田中です。

10月23日(木)から10月27日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合はパートナーアライアンス担当(alliance@hoshizora-tech.co.jp)までご連絡ください。

戻り次第、順次ご返信いたします。
""", "shift_jis", "base64"),
    note="Colleague's Japanese out-of-office auto-reply (Shift_JIS, base64); mentions certifications.")

# 015 ------------------------------------------------------------------
n += 1
add(n, "user_reply", False, A, [OLD, NEW],
    frm=addr("Kenta Moriyama", ME), to=TC,
    subj="Re: merge confirmation from my personal address",
    dt=when("2025-10-23 21:03:27", 9), mid=mid_gmail(n), irt=9, refs=[5, 9],
    body=leaf("text/plain", f"""Hello,

As requested, I am sending this from my personal address.

I confirm that I am leaving Hoshizora Technologies K.K.; my last day is October 31, 2025.
Please merge my company certification account ({OLD}) into my personal account ({NEW}, {ME}).

Thank you,
Kenta Moriyama

On Wed, Oct 22, 2025 at 11:30 PM AWS Training and Certification <{TC}> wrote:
{q(T9)}
""", cte="quoted-printable"),
    note="Own reply with an edited subject (no case number): belongs to the case only via In-Reply-To/References.")

# 016 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME,
    subj="Kenta, your AWS re:Invent 2025 agenda is waiting",
    dt=when("2025-10-24 01:00:00"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/html", """<html><body>
<table width="640" cellpadding="0" cellspacing="0"><tr><td>
<h2>Build your re:Invent agenda</h2>
<p>Hi Kenta, reserved seating for AWS re:Invent 2025 is open. Sessions fill up quickly - reserve your seat for the breakouts, workshops and certification lounge events you care about.</p>
<p><a href="https://reinvent.awsevents.com/agenda">Reserve your seats</a></p>
<p>AWS Certified? Show your digital badge at the Certification Lounge for exclusive swag.</p>
<p style="font-size:11px;color:#666">Questions? Reply to this email and a member of the events team will get back to you.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""", cte="quoted-printable"),
    note="AWS marketing, genuine amazon.com sender, 'reply to this email' and 'reserve' calls to action.")

# 017 ------------------------------------------------------------------
n += 1
add(n, "certification", False, None, [OLD],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=CO,
    subj="AWS Certification wants to hear from you",
    dt=when("2025-10-24 04:15:20"), mid=mid_other(n, "certmetrics.com"),
    auth=mauth("certmetrics.com", "certmetrics.com", ip="198.2.180.41"),
    body=leaf("text/plain", f"""Dear Kenta Moriyama,

As an AWS Certified individual, your experience matters to us. We are inviting a small group of certification holders to share feedback about the AWS Certification program.

The survey takes about 10 minutes. Please complete it by November 7, 2025:
https://www.certmetrics.com/amazon/survey/?id=8f3e21

Candidate ID: {OLD}

Thank you for helping us improve AWS Certification.

AWS Certification
Please do not reply to this message.
""", cte="7bit"),
    note="Certmetrics feedback invitation ('Please complete it') with a candidate ID; not a case.")

# 018 ------------------------------------------------------------------
H18 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>Thank you for confirming from your personal address. The partner hold on your company account has been released, so the merge can go ahead.</p>
<p>Before we merge anything, this is what we found in our system:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{NEW}</td><td>{OLD}</td></tr>
<tr><td>Login email</td><td>{ME}</td><td>{CO}</td></tr>
<tr><td>Training notification email</td><td>{ME}</td><td>{CO}</td></tr>
<tr><td>Certification notification email</td><td>{ME}</td><td>{CO}</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
</table>
<p>A merge cannot be undone. Everything on the account that is merged away (exam history, certifications, benefits) moves to the account that is kept, and the other account is deactivated.</p>
<p>Which of the two should remain as your primary account? From your form we expect Account #1, so a short reply to this email confirming that is all we need to proceed.</p>
<p>Kind regards,<br>Sofia R.<br>AWS Training and Certification</p>
</body></html>"""
T18_PLAIN = f"""Hello Kenta,

Thank you for confirming from your personal address. The partner hold on your company account has been released, so the merge can go ahead.

Before we merge anything, this is what we found in our system:

Account #1
Candidate ID: {NEW}
Login email: {ME}
Training notification email: {ME}
Certification notification email: {ME}

Account #2
Candidate ID: {OLD}
Login email: {CO}
Training notification email: {CO}
Certification notification email: {CO}

A merge cannot be undone. Everything on the account that is merged away moves to the account that is kept, and the other account is deactivated.

Which of the two should remain as your primary account? From your form we expect Account #1, so a short reply to this email confirming that is all we need to proceed.

Kind regards,
Sofia R."""
n += 1
add(n, "confirmation_request", True, A, [NEW, OLD],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-24 08:55:40"), mid=mid_ses(n), irt=15, refs=[5, 9, 15],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/html", H18, cte="base64"),
    note="HTML-only (base64) table of Account #1/#2; the ask is a question after the table, no 'please confirm'.")

# 019 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Miho Tanaka (Jira)", "jira@hoshizora.atlassian.net"), to=CO,
    subj="[JIRA] (HSZ-1182) 引き継ぎ: AWS検証環境の権限移譲",
    dt=when("2025-10-25 00:12:51"), mid=mid_other(n, "Atlassian.JIRA"),
    auth=mauth("hoshizora.atlassian.net", "bounce.atlassian.net", ip="104.192.142.18"),
    body=leaf("text/plain", """Miho Tanaka changed the status to Done

HSZ-1182: 引き継ぎ: AWS検証環境の権限移譲
Change By: Miho Tanaka
Status: In Review -> Done
Resolution: Fixed

森山さんの IAM Identity Center ユーザーは 10/31 18:00 に無効化予定です。
検証アカウント (203984551027) の管理者権限は小林さんに移譲済み。

View issue: https://hoshizora.atlassian.net/browse/HSZ-1182
Add comment by replying to this email.
""", cte="base64"),
    note="Jira resolution notice (mixed Japanese), 12-digit account ID, 'Add comment by replying'.")

# 020 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Tsumiki Cloud Support", "support@tsumikicloud.zendesk.com"), to=ME,
    subj="[Tsumiki Cloud] Re: Change of invoice address (#48213)",
    dt=when("2025-10-26 05:40:02"), mid=mid_other(n, "zendesk.com"),
    auth=gauth("tsumikicloud.zendesk.com", "support@tsumikicloud.zendesk.com", ip="192.161.144.33"),
    body=leaf("text/plain", """##- Please type your reply above this line -##

Your request (48213) has been solved. If you feel the issue is not resolved, reply to this email within 7 days to reopen it. After that the request will be closed automatically.

Aiko (Tsumiki Cloud Support)
Oct 26, 2025, 14:40 JST

Hi Kenta, we've updated the billing address on your account to your new home address. The next invoice will use it.

This email is a service from Tsumiki Cloud Support.
""", cte="7bit"),
    note="Another vendor's solved/auto-close notice with reply-to-reopen wording.")

# 021 ------------------------------------------------------------------
T21 = f"""Hello,

We are following up on the message below, in which we asked you to confirm which account you would like to keep. We have not received a response yet.

If we do not hear back within 72 hours, this case will be closed. A reply to this email will keep it open, and you can also reply after it closes to reopen it.

Regards,
Daniel
AWS Training and Certification Support"""
n += 1
add(n, "closing_notice", True, A, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-27 01:02:11"), mid=mid_ses(n), irt=18, refs=[5, 9, 15, 18],
    auth=gauth("amazon.com", SES_FROM), crlf=True,
    body=leaf("text/plain", T21 + f"""

-----Original Message-----
From: {TC}
Sent: 2025-10-24 08:55 UTC
To: {ME}
Subject: RE:[CASE {A}] {SUBJ_TC}

{T18_PLAIN}
""", cte="7bit"),
    note="Closing notice (72h) over an Outlook-style unprefixed quote; candidate IDs only in the quote.")

# 022 ------------------------------------------------------------------
T22 = """Sorry for the late reply, I was busy with the handover at work.
Yes, please go ahead with the merge.

Kenta"""
n += 1
add(n, "user_reply", False, A, [],
    frm=addr("Kenta Moriyama", ME), to=TC,
    subj=f"Re: RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-27 18:47:30", 9), mid=mid_gmail(n), irt=21, refs=[5, 9, 15, 18, 21],
    body=leaf("text/plain", T22 + f"""

On Mon, Oct 27, 2025 at 10:02 AM AWS Training and Certification <{TC}> wrote:
{q(T21 + chr(10) + chr(10) + "-----Original Message-----" + chr(10) + T18_PLAIN)}
""", cte="quoted-printable"),
    note="Short top-posted own reply over long quoted history including the Account #1/#2 request.")

# 023 ------------------------------------------------------------------
T23 = f"""Hi Kenta,

No problem at all. Just so I merge in the right direction: you want Account #1 ({ME}) kept, and Account #2 ({CO}) merged into it and closed - correct?

Sofia"""
n += 1
add(n, "confirmation_request", True, A, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-27 10:01:55"), mid=mid_ses(n), irt=22, refs=[5, 9, 15, 18, 21, 22],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", T23 + f"""

On Mon, Oct 27, 2025 at 9:47 AM, Kenta Moriyama <{ME}> wrote:
{q(T22)}
""", cte="quoted-printable"),
    note="Bare tag question ('- correct?') as the only ask; no 'please' or 'confirm'.")

# 024 ------------------------------------------------------------------
n += 1
add(n, "user_reply", False, A, [],
    frm=addr("Kenta Moriyama", ME), to=TC,
    subj=f"Re: RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-27 19:12:03", 9), mid=mid_gmail(n), irt=23, refs=[5, 9, 15, 18, 21, 22, 23],
    body=leaf("text/plain", f"""Confirmed. Please merge to Account #1.

Kenta Moriyama

2025年10月27日(月) 19:02 AWS Training and Certification <{TC}>:
{q(T23)}
""", cte="quoted-printable"),
    note="The classic own confirmation; Japanese Gmail quote header.")

# 025 ------------------------------------------------------------------
T25 = f"""Hi Kenta,

I have successfully merged all accounts. Your exam history, your three active certifications and your certification benefits from {OLD} are now on {NEW}, which you sign in to with {ME}. The company account has been deactivated.

Credly badges are issued again automatically to the address on file; they can take up to a day to arrive.

If anything looks off when you sign in, just reply here.

Best,
Sofia R.
AWS Training and Certification"""
n += 1
add(n, "resolved", False, A, [OLD, NEW],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-27 10:38:20"), mid=mid_ses(n), irt=24, refs=[5, 9, 15, 18, 21, 22, 23, 24],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", T25 + f"""

On Mon, Oct 27, 2025 at 10:12 AM, Kenta Moriyama <{ME}> wrote:
> Confirmed. Please merge to Account #1.
>
> 2025年10月27日(月) 19:02 AWS Training and Certification <{TC}>:
{q(T23, '>> ')}
""", cte="quoted-printable"),
    note="'successfully merged' over quoted confirmation request and quoted 'Please merge'; conditional 'just reply here'.")

# 026 ------------------------------------------------------------------
T26 = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.

Accept badge: https://www.credly.com/earner/earned/badge/5c1e8a3f-2b7d-4f60-9a1e-7d3c2b9f4e81

Credly, Inc. | 13 East 37th Street, New York, NY 10016"""
n += 1
add(n, "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME,
    subj="Amazon Web Services Training and Certification has issued you a badge",
    dt=when("2025-10-27 11:05:44"), mid=mid_other(n, "credly.com"),
    auth=gauth("credly.com", "bounces@mail.credly.com", ip="168.245.99.10", dkim_dom="credly.com"),
    body=multi("alternative", [leaf("text/plain", T26, cte="quoted-printable"),
                               leaf("text/html", "<html><body>" + "".join(f"<p>{p}</p>" for p in T26.split("\n\n")) + "</body></html>", cte="quoted-printable")],
               "b1_9a7e2c04f3b6d18e"),
    note="Credly badge; 'Accept badge' call to action; badge UUID.")

# 027 ------------------------------------------------------------------
n += 1
add(n, "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME,
    subj="Your AWS Certified Developer - Associate badge is ready to share",
    dt=when("2025-10-27 11:06:02"), mid=mid_other(n, "credly.com"),
    auth=gauth("credly.com", "bounces@mail.credly.com", ip="168.245.99.10"),
    body=leaf("text/html", """<html><body><table width="600" align="center" style="font-family:Helvetica,Arial">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="badge"></td></tr>
<tr><td><h3>Congratulations, Kenta!</h3>
<p>Your badge <b>AWS Certified Developer - Associate</b> issued by Amazon Web Services Training and Certification is waiting for you.</p>
<p><a href="https://www.credly.com/earner/earned/badge/a0c4d5e2-7f19-4b2e-8c11-3e5f6a7b8c90">View and share your badge</a></p>
<p style="color:#888;font-size:11px">You are receiving this email because a badge was issued to kenta.moriyama.k@gmail.com.</p>
</td></tr></table></body></html>""", cte="base64"),
    note="HTML-only Credly badge mail.")

# 028 ------------------------------------------------------------------
n += 1
add(n, "survey", False, A, [],
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME,
    subj=f"How did we do? Your case {A}",
    dt=when("2025-10-28 06:00:13"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=multi("alternative", [
        leaf("text/plain", f"""Hello,

Your AWS Training and Certification case {A} was recently resolved. We'd like to hear how it went.

How satisfied were you with the support you received?
Very dissatisfied 1 - 2 - 3 - 4 - 5 Very satisfied
https://survey.aws.training/s/cs?case={A}

The survey takes less than a minute. This message was sent from an unmonitored address.

AWS Training and Certification
""", cte="7bit"),
        leaf("text/html", f"""<html><body><p>Hello,</p><p>Your AWS Training and Certification case {A} was recently resolved. We'd like to hear how it went.</p>
<table><tr>{''.join(f'<td><a href="https://survey.aws.training/s/cs?case={A}&r={i}">{i}</a></td>' for i in range(1, 6))}</tr></table>
<p>The survey takes less than a minute.</p></body></html>""", cte="quoted-printable")],
        "=_survey_8812"),
    note="Satisfaction survey for the main case.")

# 029 ------------------------------------------------------------------
n += 1
add(n, "resolved", False, D, [],
    frm=addr("AWS Training and Certification", TC), to=CO,
    subj=f"RE:[CASE {D}] {SUBJ_TC}",
    dt=when("2025-10-28 07:44:51"), mid=mid_ses(n), irt=4, refs=[2, 4],
    auth=mauth("amazon.com", "email.amazonses.com"),
    body=leaf("text/plain", f"""Hello Kenta,

A quick note on case {D}, which your message reopened last week. Your certification accounts were merged under case {A} on October 27, so there is nothing left to do here and I am resolving this case.

Thank you,
Hannah
AWS Training and Certification Customer Support

How would you rate this response? https://survey.aws.training/s/cs?case={D}
""", cte="7bit"),
    note="Old reopened case resolved, refers to the other case by number; rating footer.")

# 030 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("田中 美穂", "m.tanaka@hoshizora-tech.co.jp"), to=addr("森山 健太", CO),
    subj="FW: [AWS Partner Central] Certification record no longer associated with your organization",
    dt=when("2025-10-28 17:20:09", 9), mid=mid_outlook(n),
    auth=mauth("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", ip="40.107.74.51"),
    body=leaf("text/plain", """森山さん

お疲れさまです。休暇明けで確認しました。
パートナーセントラル側に以下の通知が来ていたので共有します。特に対応は不要とのことです。
最終日までよろしくお願いします。

田中

From: AWS Partner Central <no-reply@partnercentral.awspartner.com>
Sent: Monday, October 27, 2025 8:40 PM
To: alliance@hoshizora-tech.co.jp
Subject: [AWS Partner Central] Certification record no longer associated with your organization

Hello,

A certification holder's record (3 active AWS Certifications) is no longer associated with Hoshizora Technologies K.K. Your partner profile will reflect this change within 5 business days.

No action is required. If you believe this change is an error, please contact AWS Partner Support.

AWS Partner Network
""", cte="base64"),
    note="Colleague's forward (Japanese note) of an AWS Partner Central notice; no case.")

# 031 ------------------------------------------------------------------
T31 = f"""Hi Sofia,

Thanks for the quick merge! Exam history and certifications are all there.

One thing: the 50% exam discount voucher I had on the old account doesn't appear under Benefits on the merged account. Before the merge it was listed with an expiry date of March 14, 2026. Could you check?

Kenta"""
n += 1
add(n, "user_reply", False, A, [],
    frm=addr("Kenta Moriyama", ME), to=TC,
    subj=f"Re: RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-29 08:31:16", 9), mid=mid_gmail(n), irt=25, refs=[5, 9, 15, 18, 21, 22, 23, 24, 25],
    body=leaf("text/plain", T31 + f"""

On Mon, Oct 27, 2025 at 7:38 PM AWS Training and Certification <{TC}> wrote:
{q(T25)}
""", cte="quoted-printable"),
    note="Own reply on a resolved case (asks support something) - reopens it.")

# 032 ------------------------------------------------------------------
n += 1
add(n, "case_update", False, A, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-29 04:10:37"), mid=mid_ses(n), irt=31, refs=[5, 25, 31],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hi Kenta,

Thanks for letting me know - I've reopened your case.

I can see the voucher was issued to the old account on March 14, 2025 and was not carried across by the merge. This occasionally happens with benefits that were issued through the partner program. I've started the process of moving it over and will update you as soon as I have news.

Sofia R.
AWS Training and Certification

> Could you check?
""", cte="7bit"),
    note="Reopened: progress news, asks nothing; the only question is quoted.")

# 033 ------------------------------------------------------------------
n += 1
add(n, "info_request", True, A, [OLD],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-10-30 02:25:09"), mid=mid_ses(n), irt=32, refs=[5, 25, 31, 32],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""森山 健太 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
本件は Sofia より引き継ぎました。

旧アカウント({OLD})で付与されていた 50% 割引バウチャーにつきまして、現在、特典担当チームにて再発行の準備を進めております。再発行にあたり、元のバウチャーを特定する必要がございます。

つきましては、旧アカウントの「特典」画面に表示されていたバウチャーコード、および有効期限をご返信いただけますでしょうか。統合前に画面を保存されていた場合は、その内容をお知らせいただく形でも差し支えございません。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
""", "shift_jis", "8bit"),
    note="Japanese keigo info request (〜いただけますでしょうか) in Shift_JIS 8bit after progress news.")

# 034 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("情報システム部 ヘルプデスク", "it-helpdesk@hoshizora-tech.co.jp"), to=CO,
    subj="【情報システム部】退職に伴うアカウント停止のご案内",
    dt=when("2025-10-30 12:00:00", 9), mid=mid_outlook(n),
    auth=mauth("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", ip="40.107.74.51"),
    body=leaf("text/plain", """森山 健太 さん

退職に伴い、以下の日時で各種アカウントを停止いたします。

・メールボックス: 10月31日(金) 18:00 停止(転送設定は行いません)
・Microsoft 365 / VPN: 同日 18:00 停止

必要なメールやファイルは事前に退避してください。
ご不明な点はヘルプデスクまでご返信ください。

情報システム部 ヘルプデスク
""", cte="base64"),
    note="Company IT notice (Japanese) with imperatives and 'ご返信ください'; not support.")

# 035 ------------------------------------------------------------------
T35 = """森山 様

10月30日にお送りしたバウチャーコードの確認について、まだご返信をいただいていないようでしたので、ご連絡いたしました。

11月6日(木)までにご返信がない場合、本ケースはいったんクローズとなります。引き続き対応をご希望の場合は、このメールにそのままご返信ください。クローズ後にご返信いただいた場合も、ケースは再開されます。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
n += 1
add(n, "closing_notice", True, A, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-11-03 01:05:22"), mid=mid_ses(n), irt=33, refs=[5, 25, 31, 32, 33],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", T35, cte="base64"),
    note="Japanese closing notice (UTF-8 base64), plain 〜ください, deadline date.")

# 036 ------------------------------------------------------------------
T36 = f"""佐々木様

ご連絡が遅くなり申し訳ありません。
旧アカウント({OLD})の特典画面に表示されていた内容は以下のとおりです。

バウチャーコード: HSZ50-7QK2-MX4R
割引率: 50%
有効期限: 2026年3月14日

統合前に画面を保存していましたので、必要でしたらスクリーンショットもお送りします。
よろしくお願いいたします。

森山 健太"""
n += 1
add(n, "user_reply", False, A, [OLD],
    frm=addr("森山 健太", ME), to=TC,
    subj=f"Re: RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-11-03 21:44:50", 9), mid=mid_gmail(n), irt=35, refs=[5, 25, 31, 32, 33, 35],
    body=leaf("text/plain", T36 + f"""

2025年11月3日(月) 10:05 AWS Training and Certification <{TC}>:
{q(T35)}
""", "utf-8", "8bit"),
    note="Own Japanese reply, UTF-8 8bit, gives voucher code; offers screenshot.")

# 037 ------------------------------------------------------------------
n += 1
add(n, "on_hold", False, A, [NEW],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-11-04 03:12:40"), mid=mid_ses(n), irt=36, refs=[5, 25, 31, 32, 33, 35, 36],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello Kenta,

Thanks, that's exactly what we needed. Your case is now on hold while our Benefits team reissues the voucher to your current account. They process these in batches, so it can take up to five business days.

You don't need to do anything in the meantime; we'll write again once the voucher shows up on {NEW}.

Tomás
AWS Training and Certification
""", cte="quoted-printable"),
    note="On hold waiting on another team, asks nothing.")

# 038 ------------------------------------------------------------------
n += 1
add(n, "suspicious", False, None, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-11-04 11:52:07"), mid="<20251104115207.4F2A19C0@mail-vx32.ru>",
    auth=gauth("amazon.com", "bounce@mail-vx32.ru", dkim="fail", spf="fail", dmarc="fail", ip="91.215.85.140"),
    body=leaf("text/plain", f"""Hello Kenta,

To finish reissuing your 50% exam voucher, our Benefits team needs to verify the payment card linked to your certification account. We need you to sign in and confirm the card details within 48 hours, otherwise the voucher will be forfeited:

https://aws-training.account-verify.co/benefits/confirm?case={A}

Kind regards,
AWS Training and Certification
""", cte="7bit"),
    note="Spoofed From amazon.com with the real case subject; dkim/spf/dmarc fail.")

# 039 ------------------------------------------------------------------
T39 = f"""Subject: {CONSOLE_SUBJ}
Severity: General guidance
Correspondence: After my two certification accounts were merged (Training and Certification case {A}), only two of my three AWS Certification badges appear in Credly. AWS Certified Cloud Practitioner is missing."""
n += 1
add(n, "acknowledgement", False, C, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"Amazon Web Services: New Support case: {C}",
    dt=when("2025-11-05 00:20:31"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Dear Customer,

Thank you for contacting Amazon Web Services.

We have opened case {C} to address your request. The details of your case are as follows:

Case ID: {C}
{T39}

We will get back to you as soon as possible. To see all of your cases or to add correspondence, visit the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update this case, please use the link above to log in and then click the "Reply" button.

Amazon Web Services
""", cte="7bit"),
    note="Console 'New Support case' (11 digits); body also names the other case number.")

# 040 ------------------------------------------------------------------
n += 1
add(n, "info_request", True, C, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"RE:[CASE {C}] {CONSOLE_SUBJ}",
    dt=when("2025-11-05 06:48:12"), mid=mid_ses(n), crlf=True,
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello,

Thank you for contacting AWS Support. My name is Nikhil and I'll be assisting you today.

Badges are issued to Credly from the certification record, so I first need to look at the record that now holds your certifications, and then check which Credly account the missing badge should go to. For that I need two things:

1) the candidate ID shown at the top right of your AWS Certification account page
2) the email address you sign in to Credly with

Kindly add both as a reply on this case in the Support Center (link below); responses sent to this e-mail address do not reach us.

Best regards,
Nikhil R.
Amazon Web Services
{CONSOLE_FOOTER}""", cte="7bit"),
    note="Console case info request ('Kindly add ... in the Support Center') above the feedback/'cannot accept' footer.")

# 041 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME,
    subj="Delivery Status Notification (Failure)",
    dt=when("2025-11-05 07:30:44"), mid=mid_gmail(n),
    extra=[("Auto-Submitted", "auto-replied")],
    body=multi("report", [
        leaf("text/plain", f"""
** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
""", cte="7bit"),
        (f'Content-Type: text/rfc822-headers; charset="us-ascii"\nContent-Transfer-Encoding: 7bit\n',
         f"""From: Kenta Moriyama <{ME}>
Date: Wed, 5 Nov 2025 16:29:58 +0900
Message-ID: {mid_gmail(9041)}
Subject: Re: RE:[CASE {C}] {CONSOLE_SUBJ}
To: Amazon Web Services <{NOREPLY}>
""".encode())],
        "000000000000e1f2a30642c1d7b9", extra_ct='; report-type=delivery-status'),
    note="Bounce of an own e-mail reply to the console no-reply address; case subject only in returned headers.")

# 042 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("connpass", "no-reply@connpass.com"), to=ME,
    subj="【connpass】JAWS-UG 東京 #58 への参加登録が完了しました",
    dt=when("2025-11-06 03:10:00"), mid=mid_other(n, "connpass.com"),
    auth=gauth("connpass.com", "bounce@connpass.com", ip="52.69.186.44"),
    body=leaf("text/plain", """森山 健太 さん

JAWS-UG 東京 #58「AWS 認定 全冠への道」への参加登録が完了しました。

受付番号: 7364019
日時: 2025/11/20(木) 19:00 〜 21:30
会場: 東京都品川区(詳細はイベントページをご確認ください)

参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
""", cte="quoted-printable"),
    note="Japanese event registration about AWS certification; 7-digit reference number.")

# 043 ------------------------------------------------------------------
n += 1
add(n, "resolved", False, A, [NEW],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {A}] {SUBJ_TC}",
    dt=when("2025-11-06 05:33:18"), mid=mid_ses(n), irt=37, refs=[5, 25, 31, 32, 33, 35, 36, 37],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello Kenta,

Good news: the Benefits team has reissued your 50% exam discount voucher. It now appears under Benefits on {NEW} with the original expiry date (March 14, 2026). Nothing else is required from you, and this case is resolved.

Thank you for your patience while we sorted this out.

Tomás
AWS Training and Certification

----- earlier in this case -----
> 森山 健太 様
> 旧アカウントの「特典」画面に表示されていたバウチャーコード、および有効期限をご返信いただけますでしょうか。
> お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。
""", cte="quoted-printable"),
    note="Resolution of the reopened case; quotes the earlier Japanese keigo request.")

# 044 ------------------------------------------------------------------
n += 1
add(n, "certification", False, None, [NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subj="Action required: Your AWS Certified Cloud Practitioner certification expires in 90 days",
    dt=when("2025-11-07 00:00:05"), mid=mid_other(n, "certmetrics.com"),
    auth=gauth("certmetrics.com", "bounce@certmetrics.com", ip="198.2.180.41"),
    body=leaf("text/plain", f"""Dear Kenta Moriyama,

Your AWS Certified Cloud Practitioner certification will expire on February 5, 2026.

Candidate ID: {NEW}
Validation Number: 4XQ7PLM2KBE1Q0S3

To keep your certification active, pass the current version of the exam, or a higher-level exam, before the expiration date. Sign in to your AWS Certification account to schedule an exam and to find your 50% discount benefit.

AWS Certification
This is an automated message. Please do not reply.
""", cte="7bit"),
    note="Certification expiry reminder titled 'Action required', with candidate ID.")

# 045 ------------------------------------------------------------------
n += 1
add(n, "closing_notice", True, C, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"RE:[CASE {C}] {CONSOLE_SUBJ}",
    dt=when("2025-11-08 06:50:40"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello,

We haven't heard back from you regarding this case, so we're following up to check whether you still need assistance.

If we don't receive a reply, this case will be automatically resolved in 3 days. To keep it open, respond through the Support Center using the link below.

Best regards,
Amazon Web Services
{CONSOLE_FOOTER}""", cte="7bit"),
    note="Console auto-resolve warning; reply must go through Support Center.")

# 046 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME,
    subj="AWS Builder ID の検証コード",
    dt=when("2025-11-08 12:44:19"), mid=mid_ses(n),
    auth=gauth("signin.aws", "bounce@signin.aws"),
    body=leaf("text/plain", """こんにちは

AWS Builder ID へのサインインを完了するには、次の検証コードを入力してください。

検証コード: 317926

このコードは 10 分後に有効期限が切れます。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", cte="base64"),
    note="Japanese Builder ID code (6 digits).")

# 047 ------------------------------------------------------------------
n += 1
add(n, "closing_notice", True, C, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"RE:[CASE {C}] {CONSOLE_SUBJ}",
    dt=when("2025-11-11 07:02:55"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello,

Because we did not receive a response, case {C} has been resolved.

If you still need help, you can reopen the case from the Support Center within 14 days: open the case, choose "Reopen case" and add your reply. After 14 days the case can no longer be reopened and you will need to create a new one.

https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""", cte="7bit"),
    note="Console case already resolved for no reply; reopen in Support Center (the word 'resolved' is a trap).")

# 048 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME,
    subj="Amazon.co.jp ご注文の確認",
    dt=when("2025-11-11 10:15:37"), mid=mid_ses(n),
    auth=gauth("amazon.co.jp", "bounce@amazon.co.jp", ip="52.95.48.20"),
    body=leaf("text/plain", """森山 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認をお知らせします。

注文番号: 250-4419827-3301846
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 問題集
お届け予定: 11月13日(木)

ご注文内容の確認・変更は「注文履歴」から行えます。

Amazon.co.jp
""", cte="quoted-printable"),
    note="Amazon retail order (Japanese); Amazon sender, certification book, order number.")

# 049 ------------------------------------------------------------------
n += 1
add(n, "case_update", False, C, [NEW],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"RE:[CASE {C}] {CONSOLE_SUBJ}",
    dt=when("2025-11-12 02:18:06"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello Kenta,

Thank you for reopening the case and for the details.

I re-triggered badge issuance for AWS Certified Cloud Practitioner on {NEW}. Credly usually processes this within 24-48 hours, and the badge will go to the email address you gave. I'll keep the case open for a couple of days to make sure it arrives.

Best regards,
Nikhil R.
Amazon Web Services
{CONSOLE_FOOTER}""", cte="7bit"),
    note="Console progress update with feedback footer ('Please share your experience') and reply-link boilerplate; asks nothing.")

# 050 ------------------------------------------------------------------
n += 1
add(n, "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME,
    subj="Claim your AWS Certified Cloud Practitioner badge",
    dt=when("2025-11-12 20:41:10"), mid=mid_other(n, "credly.com"),
    auth=gauth("credly.com", "bounces@mail.credly.com", ip="168.245.99.10"),
    body=leaf("text/plain", """Kenta,

Amazon Web Services Training and Certification issued you the AWS Certified Cloud Practitioner badge. Accept it so you can share your achievement.

Accept your badge: https://www.credly.com/earner/earned/badge/e7d1b3a2-94c6-4f0e-b5a8-1c2d3e4f5a6b

If you don't accept the badge within 30 days, we'll send you a reminder.

Credly
""", cte="7bit"),
    note="Credly 'claim/accept' call to action.")

# 051 ------------------------------------------------------------------
n += 1
add(n, "resolved", False, C, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"RE:[CASE {C}] {CONSOLE_SUBJ}",
    dt=when("2025-11-14 03:30:21"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""Hello Kenta,

I can see the Cloud Practitioner badge was accepted on Credly on November 13, so all three of your certifications are now showing. I'm marking this case as resolved.

If something else comes up with this, you can reopen the case from the Support Center within 14 days.

Best regards,
Nikhil R.
Amazon Web Services
{CONSOLE_FOOTER}""", cte="7bit"),
    note="Console resolution with feedback footer and reopen option.")

# 052 ------------------------------------------------------------------
n += 1
add(n, "survey", False, C, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj=f"Tell us about your recent AWS Support experience (Case {C})",
    dt=when("2025-11-15 02:00:00"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/html", f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Support case <b>{C}</b> was recently resolved. Please take a moment to tell us how we did.</p>
<table cellpadding="8"><tr><td>How likely are you to recommend AWS Support?</td></tr>
<tr><td>{' '.join(f'<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_aws?c={C}&s={i}">{i}</a>' for i in range(11))}</td></tr></table>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""", cte="quoted-printable"),
    note="Console survey, HTML-only.")

# 053 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Amazon Web Services", NOREPLY), to=ME,
    subj="AWS Notification - Scheduled maintenance for Amazon RDS [AWS Account: 483920175566]",
    dt=when("2025-11-15 06:22:49"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", """Hello,

We have scheduled maintenance for one or more of your Amazon RDS DB instances in the AP-NORTHEAST-1 Region between December 1, 2025 and December 14, 2025.

Affected resources are listed in the "Affected resources" tab of your AWS Health Dashboard.

If you have questions, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", cte="7bit"),
    note="AWS Health mail from the same no-reply-aws sender as console cases; 12-digit account ID.")

# 054 ------------------------------------------------------------------
T54 = f"""森山 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケース {E} を受け付けました。

ケース ID: {E}
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
同じメールアドレス({ME})で、もう一つ認定アカウントが作成されているようです。現在使用しているアカウント {NEW} への統合をお願いします。

担当者より、通常24時間以内にご連絡いたします。同じ内容で別のケースを作成されますと、対応が遅れる場合がございますのでご注意ください。

補足事項がございましたら、本メールへのご返信にてお知らせください。

AWS トレーニングと認定"""
n += 1
add(n, "acknowledgement", False, E, [NEW],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-15 07:01:03"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=multi("alternative", [leaf("text/plain", T54, cte="quoted-printable"),
                               leaf("text/html", "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in T54.split("\n\n")) + "</body></html>", cte="quoted-printable")],
               "----=_Part_90112_77310.1763182863"),
    note="Japanese acknowledgement of a second merge case, multipart QP; 〜にてお知らせください is conditional.")

# 055 ------------------------------------------------------------------
T55 = f"""Hello Kenta,

Thank you for your patience.

I looked up {ME} and found two certification profiles: {NEW}, the one your company account was merged into last month, and a second profile created on November 9 through the "Sign in with AWS Partner Network" option. The second profile has no exam history, but because it shares your email address our badge and notification systems sometimes pick it instead of the main one, which is most likely why the Cloud Practitioner badge went missing earlier this month.

Profiles that share an email address are harder to tell apart in our tools - the login, training notification and certification notification emails are identical on both sides - so I want to be certain we touch the right record. What I need from you is the candidate ID of the second profile: sign in through the Partner Network option and it's shown at the top right of the certification page ("AWS" followed by eight digits). Also let me know whether you still use that Partner Network sign-in, as it will stop working after the merge.

Thanks,
Grace
AWS Training and Certification"""
n += 1
add(n, "info_request", True, E, [NEW],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-16 09:26:44"), mid=mid_ses(n), irt=54, refs=[54],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", T55, cte="quoted-printable"),
    note="Long explanation; the ask ('What I need from you is...', 'let me know') is buried in the last paragraph.")

# 056 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Publickey", "newsletter@publickey1.jp"), to=ME,
    subj="Publickey 週刊ニュースレター 2025年11月第3週",
    dt=when("2025-11-17 00:30:00"), mid=mid_other(n, "publickey1.jp"),
    auth=gauth("publickey1.jp", "bounce@publickey1.jp", ip="153.127.33.8"),
    body=leaf("text/html", """<html><body>
<h3>今週の主なニュース</h3>
<ul>
<li>AWS、認定試験の受験体験を刷新。オンライン受験の待ち時間を短縮</li>
<li>GitHub、Pull Request のマージキューを全プランで提供開始</li>
<li>国内クラウド事業者のサポート窓口、問い合わせ対応に生成AIを導入</li>
</ul>
<p>配信停止はこちらから。このメールへのご返信にはお答えできません。</p>
</body></html>""", "utf-8", "base64"),
    note="Japanese tech newsletter (HTML, base64) mentioning AWS certification.")

# 057 ------------------------------------------------------------------
T57 = """Hi Kenta,

Circling back on my note from Sunday about the second certification profile - I haven't seen a reply yet, so I'll plan to close this case out on Friday, November 21. If you'd still like the profiles merged, any response before then keeps it active, and if it does close, writing back later will reopen it.

Grace"""
n += 1
add(n, "closing_notice", True, E, [],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-18 02:15:09"), mid=mid_ses(n), irt=55, refs=[54, 55],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", T57, cte="7bit"),
    note="Informal closing notice ('close this case out on Friday'), no 'please' or 'will be closed'.")

# 058 ------------------------------------------------------------------
n += 1
add(n, "user_reply", False, E, [THIRD, NEW],
    frm=addr("Kenta Moriyama", ME), to=TC,
    subj=f"Re: RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-18 22:05:31", 9), mid=mid_gmail(n), irt=57, refs=[54, 55, 57],
    body=leaf("text/plain", f"""Hi Grace,

Sorry for the delay. The second profile's candidate ID is {THIRD}.
I don't use the Partner Network sign-in anymore (I left the partner company at the end of October), so it's fine if it stops working. Please merge it into {NEW}.

Kenta

On Tue, Nov 18, 2025 at 11:15 AM AWS Training and Certification <{TC}> wrote:
{q(T57)}
""", cte="quoted-printable"),
    note="Own reply with two candidate IDs.")

# 059 ------------------------------------------------------------------
T59 = f"""森山 様

ご返信ありがとうございます。

確認いたしましたところ、{THIRD} のプロファイルは現在も APN パートナー「Hoshizora Technologies K.K.」に関連付けられた状態となっております。パートナー組織に関連付けられたプロファイルは、関連付けが解除されるまで統合を進めることができないため、本ケースはいったん保留とさせていただきます。

パートナー側の窓口には、こちらから関連付け解除の依頼をお送りしております。
解除手続きの確認に使用しますので、退職日を教えてください。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
n += 1
add(n, "on_hold", True, E, [THIRD],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-19 00:40:27"), mid=mid_ses(n), irt=58, refs=[54, 55, 57, 58], hcs="iso-2022-jp", crlf=True,
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", T59, "iso-2022-jp", "7bit"),
    note="Japanese partner hold (ISO-2022-JP) with a plain 〜てください ask at the end.")

# 060 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME,
    subj="Your AWS Skill Builder subscription receipt",
    dt=when("2025-11-19 03:00:12"), mid=mid_ses(n),
    auth=gauth("skillbuilder.aws", "bounce@skillbuilder.aws"),
    body=leaf("text/plain", """Hello Kenta,

Thank you for your purchase.

Order number: SB-2025-11-0048821
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: Nov 19, 2025 - Dec 18, 2025

You can manage your subscription at any time from your Skill Builder account settings.

AWS Skill Builder
""", cte="7bit"),
    note="Skill Builder receipt (AWS training, not a case).")

# 061 ------------------------------------------------------------------
n += 1
add(n, "user_reply", False, E, [],
    frm=addr("森山 健太", ME), to=TC,
    subj=f"Re: RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-19 12:22:14", 9), mid=mid_gmail(n), irt=59, refs=[54, 55, 57, 58, 59],
    body=leaf("text/plain", f"""佐々木様

ご確認ありがとうございます。
退職日は2025年10月31日です。

よろしくお願いいたします。
森山

2025年11月19日(水) 9:40 AWS Training and Certification <{TC}>:
{q(T59)}
""", "utf-8", "base64"),
    note="Own short Japanese reply (base64) over the quoted hold request.")

# 062 ------------------------------------------------------------------
T62 = f"""森山 様

お待たせいたしました。パートナー側での関連付け解除が完了しましたので、統合の準備が整いました。
現在、以下の 2 つのアカウントを確認しております。

アカウント #1
  候補 ID: {NEW}
  ログインメール: {ME}
  トレーニング通知メール: {ME}
  認定通知メール: {ME}

アカウント #2
  候補 ID: {THIRD}
  ログインメール: {ME}
  トレーニング通知メール: {ME}
  認定通知メール: {ME}

アカウント #2 をアカウント #1 に統合し、アカウント #2 を無効化する形でよろしいでしょうか。統合後は元に戻すことができませんので、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート"""
n += 1
add(n, "confirmation_request", True, E, [NEW, THIRD],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-20 01:10:40"), mid=mid_ses(n), irt=61, refs=[54, 55, 57, 58, 59, 61],
    auth=gauth("amazon.com", SES_FROM),
    body=multi("alternative", [leaf("text/plain", T62, cte="base64"),
                               leaf("text/html", "<html><body><pre style=\"font-family:sans-serif\">" + T62 + "</pre></body></html>", cte="base64")],
               "=_conf_ja_5520"),
    note="Japanese keigo Account #1/#2 confirmation (〜でよろしいでしょうか / ご確認のほど); identical emails on both accounts.")

# 063 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("くもホスティング サポートセンター", "support@kumo-hosting.jp"), to=ME,
    subj="【くもホスティング】お問い合わせ(受付番号 2025111900123)のクローズについて",
    dt=when("2025-11-20 02:00:00"), mid=mid_other(n, "kumo-hosting.jp"),
    auth=gauth("kumo-hosting.jp", "support@kumo-hosting.jp", ip="160.16.200.7"),
    body=leaf("text/plain", """森山 健太 様

いつもくもホスティングをご利用いただき、ありがとうございます。

お問い合わせ(受付番号 2025111900123)につきまして、最終のご連絡から 7 日間ご返信がなかったため、本お問い合わせはクローズいたしました。

引き続きご不明な点がございましたら、本メールにご返信ください。お問い合わせを再開いたします。

くもホスティング サポートセンター
""", "iso-2022-jp", "7bit"),
    note="Other vendor's Japanese 'closed for no reply, reply to reopen' with a 13-digit reference.")

# 064 ------------------------------------------------------------------
n += 1
add(n, "user_reply", False, E, [],
    frm=addr("森山 健太", ME), to=TC,
    subj=f"Re: RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-20 12:03:58", 9), mid=mid_gmail(n), irt=62, refs=[54, 55, 57, 58, 59, 61, 62],
    body=leaf("text/plain", f"""佐々木様

問題ございません。アカウント #1 への統合をお願いいたします。

森山 健太

2025年11月20日(木) 10:10 AWS Training and Certification <{TC}>:
{q(T62)}
""", "utf-8", "quoted-printable"),
    note="Own Japanese confirmation over quoted request.")

# 065 ------------------------------------------------------------------
n += 1
add(n, "resolved", False, E, [THIRD, NEW],
    frm=addr("AWS Training and Certification", TC), to=ME,
    subj=f"RE:[CASE {E}] {SUBJ_TC}",
    dt=when("2025-11-20 04:27:33"), mid=mid_ses(n), irt=64, refs=[54, 55, 57, 58, 59, 61, 62, 64],
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/html", f"""<html><body style="font-family:sans-serif">
<p>森山 様</p>
<p>アカウントの統合が完了いたしました。{THIRD} の情報は {NEW} に統合され、{THIRD} は無効化されております。今後は {ME} でサインインいただくと、すべての認定情報をご確認いただけます。</p>
<p>今後ご不明な点がございましたら、お気軽に本メールにご返信ください。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>2025年11月20日(木) 12:03 森山 健太 &lt;{ME}&gt;:</p>
<p>問題ございません。アカウント #1 への統合をお願いいたします。</p>
<p>アカウント #2 をアカウント #1 に統合し、アカウント #2 を無効化する形でよろしいでしょうか。統合後は元に戻すことができませんので、ご確認のほどよろしくお願いいたします。</p>
</blockquote>
</body></html>""", "utf-8", "base64"),
    note="Japanese HTML-only completion; quoted request in a <blockquote>; conditional ご不明な点がございましたら…ご返信ください.")

# 066 ------------------------------------------------------------------
n += 1
add(n, "survey", False, E, [],
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME,
    subj=f"アンケートご協力のお願い(ケース {E})",
    dt=when("2025-11-21 01:00:00"), mid=mid_ses(n),
    auth=gauth("amazon.com", SES_FROM),
    body=leaf("text/plain", f"""森山 健太 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース {E} の対応について、5 段階でご評価ください。所要時間は 1 分ほどです。

https://survey.aws.training/s/cs?case={E}&lang=ja

今後のサービス改善に活用させていただきます。
※本メールは送信専用アドレスからお送りしています。
""", "utf-8", "quoted-printable"),
    note="Japanese survey with plain 〜ください.")

# 067 ------------------------------------------------------------------
n += 1
add(n, "suspicious", False, None, [],
    frm=addr("AWS 認定", "info@aws-certmetrics-support.com"), to=ME,
    subj="【重要】AWS認定アカウント統合の最終確認",
    dt=when("2025-11-21 09:14:02"), mid=mid_other(n, "aws-certmetrics-support.com"),
    auth=gauth("aws-certmetrics-support.com", "info@aws-certmetrics-support.com", ip="45.134.26.77"),
    body=leaf("text/plain", """お客様

お客様の AWS 認定アカウントの統合手続きが保留されています。
24 時間以内に下記 URL から本人確認を完了してください。完了されない場合、保有している認定資格およびバウチャーが失効します。

https://aws-certmetrics-support.com/ja/verify

AWS 認定サポートチーム
""", "utf-8", "8bit"),
    note="Japanese phishing from a lookalike certmetrics domain.")

# 068 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Google Cloud Support", "cloud-support-noreply@google.com"), to=ME,
    subj="[Google Cloud Support] Case 58230194: Your case has been closed",
    dt=when("2025-11-21 23:30:18"), mid=mid_other(n, "google.com"),
    auth=gauth("google.com", "cloud-support-noreply@google.com", ip="209.85.220.69"),
    body=leaf("text/plain", """Hello Kenta,

Your support case 58230194 "Billing account transfer after leaving organization" has been closed because we did not hear back from you.

If you still need help, you can reopen this case within 30 days by replying to it in the Google Cloud console.

Google Cloud Support
""", cte="7bit"),
    note="Another cloud vendor's 'closed because we did not hear back' mail with a case number.")

# 069 ------------------------------------------------------------------
n += 1
add(n, "certification", False, None, [NEW],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subj="Congratulations! You are now AWS Certified",
    dt=when("2025-11-23 06:40:11"), mid=mid_other(n, "certmetrics.com"),
    auth=gauth("certmetrics.com", "bounce@certmetrics.com", ip="198.2.180.41"),
    body=leaf("text/html", f"""<html><body>
<p>Dear Kenta Moriyama,</p>
<p>Congratulations on earning the <b>AWS Certified Solutions Architect - Professional</b> certification!</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>{NEW}</td></tr>
<tr><td>Certification date</td><td>November 22, 2025</td></tr>
<tr><td>Expiration date</td><td>November 22, 2028</td></tr>
<tr><td>Validation number</td><td>9LT2WQ1KNB4E1PSV</td></tr>
</table>
<p>Your digital badge will be issued through Credly shortly. Sign in to your AWS Certification account to download your certificate and see your new benefits.</p>
<p>AWS Certification</p></body></html>""", cte="quoted-printable"),
    note="Certmetrics pass notice, HTML table with candidate ID.")

# 070 ------------------------------------------------------------------
n += 1
add(n, "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME,
    subj="Amazon Web Services Training and Certification has issued you a badge",
    dt=when("2025-11-23 06:52:30"), mid=mid_other(n, "credly.com"),
    auth=gauth("credly.com", "bounces@mail.credly.com", ip="168.245.99.10"),
    body=leaf("text/plain", """Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Professional

Accept badge: https://www.credly.com/earner/earned/badge/0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f

Credly, Inc.
""", cte="7bit"),
    note="Credly badge for the new certification.")

# 071 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("Kenji Sato", "notifications@github.com"), to="kmoriyama/aws-cert-notes <aws-cert-notes@noreply.github.com>",
    cc=f"Kenta Moriyama <{ME}>, Mention <mention@noreply.github.com>",
    subj="Re: [kmoriyama/aws-cert-notes] Please confirm the account merge steps are still accurate (Issue #12)",
    dt=when("2025-11-24 11:08:40"), mid="<kmoriyama/aws-cert-notes/issues/12/3560214788@github.com>",
    irt="<kmoriyama/aws-cert-notes/issues/12@github.com>", refs=["<kmoriyama/aws-cert-notes/issues/12@github.com>"],
    auth=gauth("github.com", "noreply@github.com", ip="192.30.252.201"),
    body=leaf("text/plain", """@kmoriyama could you confirm whether the account merge steps in README are still accurate? AWS seems to have changed the contact form (the "Account Merge" option moved under "Certification").

—
Reply to this email directly, view it on GitHub:
https://github.com/kmoriyama/aws-cert-notes/issues/12#issuecomment-3560214788
You are receiving this because you were mentioned.
""", cte="quoted-printable"),
    note="GitHub mention asking him to 'confirm the account merge' - a request, but not from support.")

# 072 ------------------------------------------------------------------
n += 1
add(n, "suspicious", False, None, [],
    frm=addr("AWS Support", "support@amazon-certsupport.com"), to=ME,
    subj=f"RE:[CASE {E}] Your merged account requires re-activation",
    dt=when("2025-11-25 04:40:55"), mid=mid_other(n, "amazon-certsupport.com"),
    auth=gauth("amazon-certsupport.com", "support@amazon-certsupport.com", ip="103.151.12.9"),
    body=leaf("text/plain", """Hello,

Following your recent account merge, your primary certification account has been temporarily locked for security reasons. Could you reply with your candidate ID and the one-time code we just sent to your phone so we can re-activate it?

Regards,
AWS Training and Certification Support
""", cte="7bit"),
    note="Lookalike-domain phish reusing a real case number in the subject and a polite 'Could you reply'.")

# 073 ------------------------------------------------------------------
n += 1
add(n, "certification", False, None, [],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subj="AWS 認定: 特典が更新されました",
    dt=when("2025-11-26 00:05:00"), mid=mid_other(n, "certmetrics.com"),
    auth=gauth("certmetrics.com", "bounce@certmetrics.com", ip="198.2.180.41"),
    body=leaf("text/plain", """森山 健太 様

AWS 認定の取得おめでとうございます。お客様の AWS 認定アカウントに新しい特典が追加されました。

・次回の認定試験に使用できる 50% 割引バウチャー
・AWS Certified Store へのアクセス

特典の詳細は、AWS 認定アカウントの「特典」ページからご確認ください。
※このメールは送信専用です。ご返信いただいてもお答えできません。

AWS 認定
""", "utf-8", "base64"),
    note="Japanese certmetrics benefits notice (no case, no ask).")

# 074 ------------------------------------------------------------------
n += 1
add(n, "unrelated", False, None, [],
    frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME,
    subj="Your AWS Training and Certification profile was updated",
    dt=when("2025-11-26 08:31:47"), mid=mid_ses(n),
    auth=gauth("aws.training", "bounce@aws.training"),
    body=leaf("text/plain", """Hello Kenta,

The email preferences on your AWS Training and Certification profile were changed on November 26, 2025.

If you made this change, no further action is required. If you didn't, please sign in and review your profile settings.

AWS Training and Certification
""", cte="7bit"),
    note="Training-platform notice; 'no further action is required' / conditional ask.")


# ====================================================================== write
def main():
    for f in os.listdir(HERE):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(HERE, f))
    prev = None
    for m in MSGS:
        if prev is not None:
            assert m["dt"] >= prev, (m["n"], m["dt"], prev)
        prev = m["dt"]
        base = f"{m['n']:03d}-{m['slug']}"
        with open(os.path.join(HERE, base + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(HERE, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()


def write_readme():
    lines = [f"me: {ME} {CO}", "",
             "# Blind held-out corpus (blind-71)", "",
             "Owner: Kenta Moriyama (森山 健太). Personal Gmail address and old company (Microsoft 365) address;",
             "the company mailbox closes on 2025-10-31, so company mail stops after that.", "",
             "Generated by `python3 gen.py` (standard library only). Labels are in `NNN-item-xxxxxx.json`.", "",
             "## Cases", "",
             f"- `{A}` (15 digits): main T&C form merge case. ack -> APN hold (asks) -> own reply from the company address -> "
             "'write from the address on file' -> own reply threaded only by In-Reply-To -> Account #1/#2 confirmation (HTML table) -> "
             "closing notice -> 'yes go ahead' -> bare confirmation question -> 'Confirmed' -> merged -> reopened for a missing voucher -> "
             "Japanese info request -> Japanese closing notice -> reply -> on hold -> resolved.",
             f"- `{B}` (15 digits): duplicate form submission, Japanese ack, closed as duplicate.",
             f"- `{D}` (10 digits): 2021 case reopened by an own reply on an old thread; update, then resolved.",
             f"- `{C}` (11 digits): AWS Support Center (console) case - must be answered in the Support Center; email reply bounces; "
             "auto-resolve warning, resolved-for-no-reply, reopened, update, resolved, survey.",
             f"- `{E}` (15 digits): second merge (a duplicate profile with the same email); Japanese ack, buried info request, "
             "informal closing notice, Japanese partner hold with ask, Japanese keigo confirmation, completion.",
             "", "Non-case numbers: AWS account IDs 483920175566 / 203984551027 (12 digits), Pearson VUE registration 512874039 (9), "
             "Builder ID codes 804215 / 317926 (6), vendor case/ticket numbers 48213, 58230194, 2025111900123, connpass 7364019.",
             "", "## Messages", "",
             "| # | kind | reply? | case | what it is / what makes it hard |",
             "|---|---|---|---|---|"]
    for m in MSGS:
        lb = m["label"]
        lines.append(f"| {m['n']:03d} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | "
                     f"{m['note'].replace('|', '/')} |")
    counts = {}
    for m in MSGS:
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    nr = sum(1 for m in MSGS if m["label"]["needs_reply"])
    lines += ["", "## Counts", "", f"{len(MSGS)} messages; needs_reply true: {nr}.", ""]
    lines += [f"- {k}: {v}" for k, v in sorted(counts.items())]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
