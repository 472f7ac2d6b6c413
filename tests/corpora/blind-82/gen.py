#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-mail.eml and NNN-mail.json beside this script.
One mailbox owner: Haruka Ishida
  personal: haruka.ishida.dev@gmail.com
  company : h.ishida@kitamura-sol.co.jp
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME = "haruka.ishida.dev@gmail.com"
CO = "h.ishida@kitamura-sol.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

C10 = "8840213657"
C11 = "13204857716"
M15 = "173932292200417"   # main 2025 form case (submitted 2025-02-12 01:15:22 UTC)
D15 = "173932686500233"   # duplicate form submission an hour later
K15 = "174157933100086"   # console (Support Center) case
E15 = "174356520000519"   # third-account form case

OLD = "AWS01938475"   # company profile
DUP = "AWS01940012"   # 2021 duplicate profile
NEW = "AWS06120394"   # personal profile
SSO = "AWS07733518"   # partner-SSO profile

PYCODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
           "us-ascii": "ascii"}

MSGS = []
MID = {}


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, (da * 7 + mi) % 60, tzinfo=tz)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=998)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def mkid(n, style):
    h = hashlib.sha1(("blind82-%s" % n).encode()).hexdigest()
    if style == "ses":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:24])
    if style == "gmail":
        return "<CAH%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:16].upper(), h[16:20].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


def leaf(text, subtype="plain", cs="utf-8", cte="8bit"):
    data = text.encode(PYCODEC[cs])
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    label = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(cs, cs)
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, label, cte)
    return h, body


def alt(parts, n, subtype="alternative"):
    b = "----=_Part_%s" % hashlib.md5(("b%s" % n).encode()).hexdigest()[:20]
    out = b"This is a multi-part message in MIME format.\n\n"
    for h, body in parts:
        out += b"--" + b.encode() + b"\n" + h.encode() + b"\n" + body
    out += b"--" + b.encode() + b"--\n"
    return 'Content-Type: multipart/%s; boundary="%s"\n' % (subtype, b), out


def auth_gmail(domain, ok=True, mailfrom=None):
    mf = mailfrom or domain
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s2048 header.b=Qm3xT0aZ;\n"
                "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (domain, mf, mf, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s2048 header.b=Zx81pQ0c;\n"
            "       spf=fail (google.com: domain of %s does not designate 185.212.44.9 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (domain, mf, mf, domain))


def auth_o365(domain, mailfrom=None):
    mf = mailfrom or domain
    return ("spf=pass (sender IP is 54.240.27.185) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (mf, domain, domain))


def M(key, date, frm, to, subject, body, label, cc=None, irt=None, refs=None, idstyle="ses",
      auth=None, crlf=False, hcs="utf-8", extra=None, note=""):
    """body: (content-header-string, bytes)"""
    n = len(MSGS) + 1
    mid = mkid(n, idstyle)
    MID[key] = mid
    H = []
    recv_to = ME if ME in (to + (cc or "")) else CO
    if CO in to and ME not in to:
        recv_to = CO
    if recv_to == ME:
        H.append("Received: by 2002:a05:7300:5b0c:b0:1a2:%x:0 with SMTP id x%d;\n        %s" % (
            n * 977, n, format_datetime(date.astimezone(UTC) + timedelta(seconds=3))))
    else:
        H.append("Received: from TYCPR01MB%04d.jpnprd01.prod.outlook.com (2603:1096:400:1c1::%x)\n by OS3PR01MB%04d.jpnprd01.prod.outlook.com"
                 " with HTTPS; %s" % (n * 13, n, n * 7, format_datetime(date.astimezone(UTC) + timedelta(seconds=2))))
    if auth:
        H.append("Authentication-Results: " + auth)
    H.append("Date: " + format_datetime(date))
    H.append("From: " + frm)
    H.append("To: " + to)
    if cc:
        H.append("Cc: " + cc)
    H.append("Subject: " + hdr(subject, hcs))
    H.append("Message-ID: " + mid)
    if irt:
        H.append("In-Reply-To: " + MID[irt])
    if refs:
        H.append("References: " + " ".join(MID[r] for r in refs))
    for e in (extra or []):
        H.append(e)
    H.append("MIME-Version: 1.0")
    ch, payload = body
    raw = ("\n".join(H) + "\n" + ch + "\n").encode("ascii") + payload
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((n, raw, label, note, subject))


def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def q(text, p="> "):
    return "\n".join((p + l).rstrip() if l else p.rstrip() for l in text.strip("\n").split("\n"))


def subj(case, space=False):
    return "RE:%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (
        " " if space else "", case)


TCF = addr("AWS Training and Certification", TC)
TCF_BARE = TC
AWSF = addr("Amazon Web Services", NOREPLY)
ME_F = addr("Haruka Ishida", ME)
CO_F = addr("石田 遥", CO)
AG = auth_gmail("amazon.com", mailfrom="amazonses.com")
AO = auth_o365("amazon.com", mailfrom="amazonses.com")

# ----------------------------------------------------------------------------------------------
# 2021: duplicate profiles under the company address (10-digit case)
# ----------------------------------------------------------------------------------------------
T001 = """Hello,

Thank you for getting in touch with AWS Training and Certification. Your request has been logged
as case 8840213657 and a member of our team will look into it shortly. Most requests receive a
first response within one business day.

Here is a copy of what you submitted:

  Inquiry type: Certification
  Additional details: Account Merge
  Name: Haruka Ishida
  Email: h.ishida@kitamura-sol.co.jp
  Description: I seem to have two certification profiles under the same email address. My
  badges stopped updating after my last exam. Could you combine them?

Opening another case about the same request will not speed it up and may delay the answer, so
we'd ask you to keep all correspondence on this one.

Should you think of anything else we ought to know, just reply to this message and it will be
added to the case.

Regards,
AWS Training and Certification Customer Service
"""
M("a001", d(2021, 6, 8, 2, 14), TCF_BARE, CO, subj(C10), leaf(T001), L("acknowledgement", False, C10),
  auth=AO, note="ack; quoted form text contains 'Could you combine them?' and a conditional 'reply to this message'")

T002 = """Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: AWS Certified Developer - Associate (DVA-C01)
Registration ID: 398102774
Date and time: Saturday, June 19, 2021, 10:00 AM JST
Delivery: OnVUE online proctored

Before exam day, run the system test from the same computer and network you will use. Check-in
opens 30 minutes before your appointment.

If you need to reschedule or cancel, please do so at least 24 hours before your appointment
through your Pearson VUE account. Do not reply to this email.

Sincerely,
Pearson VUE
"""
M("a002", d(2021, 6, 8, 9, 3), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), CO,
  "Confirmation of your AWS Certified Developer - Associate exam appointment", leaf(T002, cte="7bit"),
  L("unrelated"), auth=auth_o365("pearson.com"), idstyle="pearson.com",
  note="exam vendor; 9-digit registration ID is not a case number")

T003 = """Hi Haruka,

My name is Devon and I'm picking up case 8840213657.

I was able to locate two certification profiles associated with h.ishida@kitamura-sol.co.jp.
Before anything is combined, there is one discrepancy to clear up: the legal name on the first
profile is "Haruka Ishida", while the second one lists "Ishida Haruka" (family name first).

The name that survives is the one printed on your certificates and passed to the test delivery
provider, so it has to match the ID you show at the test centre.

Which spelling and order should we keep?

Best,
Devon M.
AWS Training and Certification
"""
M("a003", d(2021, 6, 9, 14, 2), TCF, CO, subj(C10), leaf(T003), L("info_request", True, C10),
  irt="a001", refs=["a001"], auth=AO, crlf=True,
  note="ask is a bare question after explanation; not about merge choice (name spelling)")

T004 = """Hi Devon,

Thanks for checking. Please use "Haruka Ishida" (given name first) - that matches my passport.

Best regards,
Haruka Ishida
Kitamura Solutions Co., Ltd.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 9, 2021 11:02 PM
To: 石田 遥 <h.ishida@kitamura-sol.co.jp>
Subject: RE:[CASE 8840213657] [AWS Training and Certification Form Submission] - account-assistance

""" + T003
M("a004", d(2021, 6, 10, 0, 31, JST), CO_F, TC, subj(C10), leaf(T004, cte="quoted-printable"),
  L("user_reply", False, C10), irt="a003", refs=["a001", "a003"], idstyle="outlook", crlf=True,
  note="user reply, Outlook quoting of a question below")

T005 = """Hello again,

Thanks for confirming the name.

Account #1
Candidate ID: AWS01938475
Login email: h.ishida@kitamura-sol.co.jp
Name on profile: Haruka Ishida
Certifications: AWS Certified Solutions Architect - Associate

Account #2
Candidate ID: AWS01940012
Login email: h.ishida@kitamura-sol.co.jp
Name on profile: Ishida Haruka
Certifications: none (one exam registration)

Merge #2 into #1?

Devon M.
"""
M("a005", d(2021, 6, 10, 3, 47), TCF, CO, subj(C10), leaf(T005, cte="7bit"),
  L("confirmation_request", True, C10, [OLD, DUP]), irt="a004", refs=["a001", "a003", "a004"], auth=AO,
  note="very terse confirmation: 4-word question, no 'please', no 'confirm'")

T006 = """Yes - merge AWS01940012 into AWS01938475, thank you.

Haruka

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 10, 2021 12:47 PM
To: 石田 遥 <h.ishida@kitamura-sol.co.jp>
Subject: RE:[CASE 8840213657] [AWS Training and Certification Form Submission] - account-assistance

""" + T005
M("a006", d(2021, 6, 10, 13, 5, JST), CO_F, TC, subj(C10), leaf(T006),
  L("user_reply", False, C10, [DUP, OLD]), irt="a005", refs=["a001", "a003", "a004", "a005"],
  idstyle="outlook", crlf=True, note="user reply, candidate IDs in own text, old-style Original Message quote")

T007 = """Hi Haruka,

Done. AWS01940012 has been merged into AWS01938475, and the name on the profile now reads
Haruka Ishida. Your Credly badges should resync within 24-48 hours.

Thanks for your patience,
Devon M.
AWS Training and Certification

-----Original Message-----
From: h.ishida@kitamura-sol.co.jp
Sent: 2021-06-10 04:05 UTC
Subject: RE:[CASE 8840213657] [AWS Training and Certification Form Submission] - account-assistance

""" + q(T006.split("-----Original Message-----")[0]) + "\n>\n" + q(T005, ">> ") + "\n"
M("a007", d(2021, 6, 11, 1, 12), TCF, CO, subj(C10), leaf(T007), L("resolved", False, C10, [DUP, OLD]),
  irt="a006", refs=["a001", "a003", "a004", "a005", "a006"], auth=AO,
  note="resolution that quotes the old 'Merge #2 into #1?' request")

T008 = """Hello,

Your recent case with AWS Training and Certification (case 8840213657) has been closed, and we'd
like to know how it went.

The survey has three questions and takes about a minute:
https://survey.aws-training.amazon.com/s/ab12c?case=8840213657

Your answers go directly to the team that handled the case and help us improve.

This is an automated message. Replies to this address are not monitored.
AWS Training and Certification
"""
M("a008", d(2021, 6, 12, 6, 0), addr("AWS Training and Certification", "aws-training-survey@amazon.com"), CO,
  "How did we do? Case 8840213657", leaf(T008, cte="7bit"), L("survey", False, C10), auth=AO,
  note="survey with case number; says case closed")

# ----------------------------------------------------------------------------------------------
# 2023: first attempt, APN hold, closed (11-digit case)
# ----------------------------------------------------------------------------------------------
T009 = """Dear Haruka Ishida,

Congratulations on recertifying your AWS Certification!

Certification: AWS Certified Solutions Architect - Associate
Candidate ID: AWS01938475
Recertification date: March 13, 2023
Expiration date: March 13, 2026
Validation number: 7QW2M1K2E1F4QK3T

Your updated certificate and digital badge are available in your AWS Certification Account.
Sign in at https://www.aws.training/Certification to download them.

Thank you for continuing to validate your AWS expertise.

AWS Training and Certification
"""
M("a009", d(2023, 3, 14, 17, 22), addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
  "Congratulations on recertifying your AWS Certification!", leaf(T009, cte="7bit"),
  L("certification", False, None, [OLD]), auth=auth_o365("certmetrics.com"), idstyle="certmetrics.com",
  note="certmetrics recertification notice; candidate ID present")

T010 = """石田 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース番号 13204857716 として受け付けました。

担当者より順次ご連絡いたします。おおむね1営業日以内のご回答を目安としておりますが、
内容によってはさらにお時間を頂戴する場合がございます。

同じ内容で新たにお問い合わせを送信されますと対応が重複し、かえって回答が遅れる原因と
なります。恐れ入りますが、以後のやり取りは本ケースへのご返信にてお願いいたします。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 近いうちに退職する予定のため、会社のメールアドレスで登録している認定アカウントを
個人のアカウントへ移したいと考えています。手順を教えてください。

補足事項がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
M("a010", d(2023, 9, 20, 5, 41), TCF, CO, subj(C11), leaf(T010, cs="iso-2022-jp", cte="7bit"),
  L("acknowledgement", False, C11), auth=AO, hcs="iso-2022-jp", crlf=True,
  note="Japanese ack in ISO-2022-JP; conditional 〜がございましたら…ご返信ください; quoted form asks 教えてください")

T011 = """Hello Haruka,

Thank you for your patience while I reviewed case 13204857716.

The certification account registered to h.ishida@kitamura-sol.co.jp is linked to the AWS Partner
Network profile of Kitamura Solutions Co., Ltd. Certifications held on partner-linked accounts
count toward that partner's program requirements, so we don't move or merge them while the
holder is still working for the partner. I have placed your request on hold for that reason.

Your form mentions that you expect to leave the company soon. If so, we can go ahead once you are
no longer employed there. Can you tell us your last working day at Kitamura Solutions, and
whether you'd like us to proceed after that date?

Kind regards,
Priyanka S.
AWS Training and Certification
"""
M("a011", d(2023, 9, 21, 8, 15), TCF, CO, subj(C11, True), leaf(T011), L("on_hold", True, C11),
  irt="a010", refs=["a010"], auth=AO, note="APN hold that asks a question at the end (no 'please')")

T012 = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamura-sol/infra-modules/pull/212#event-10429911873
You are receiving this because you were mentioned.

Message ID: <kitamura-sol/infra-modules/pull/212/issue_event/10429911873@github.com>
"""
M("a012", d(2023, 9, 21, 10, 2), addr("Sato Ren", "notifications@github.com"), ME,
  "Re: [kitamura-sol/infra-modules] Merge account baseline module into main (PR #212)", leaf(T012, cte="7bit"),
  L("unrelated"), auth=auth_gmail("github.com"), idstyle="github.com",
  extra=["List-ID: kitamura-sol/infra-modules <infra-modules.kitamura-sol.github.com>"],
  note="GitHub 'merged' with 'Reply to this email'")

T013 = """Hi Haruka,

I'm checking in on case 13204857716. We still need to know your last working day (see my
previous message) before anything can move forward.

As we haven't heard back, the case will close automatically on Friday, September 29. Replying
to this email any time before then keeps it open.

Priyanka S.
AWS Training and Certification
"""
M("a013", d(2023, 9, 26, 7, 30), TCF, CO, subj(C11, True), leaf(T013, cte="7bit"),
  L("closing_notice", True, C11), irt="a011", refs=["a010", "a011"], auth=AO,
  note="closing warning mixed with restated info ask")

T014 = """石田様

ケース 13204857716 につきまして、前回のご連絡以降ご返信を確認できなかったため、
本日付けでクローズいたしました。

退職日が決まりましたら、このメールにご返信ください。ケースが再度オープンされ、
担当者が引き続き対応いたします。

AWS トレーニングと認定 サポートチーム
"""
M("a014", d(2023, 9, 29, 9, 0), TCF, CO, subj(C11, True), leaf(T014, cs="shift_jis", cte="8bit"),
  L("closing_notice", True, C11), irt="a013", refs=["a010", "a011", "a013"], auth=AO, hcs="iso-2022-jp",
  crlf=True, note="Shift_JIS 8bit; 'has been closed, reply reopens' worded conditionally")

# ----------------------------------------------------------------------------------------------
# 2025: leaving the company
# ----------------------------------------------------------------------------------------------
T015 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7712, is
available on the AWS web site. Your account will be charged the following:

Total: $3.41

You can see a complete break down of all charges on the Billing & Cost Management page located
at https://console.aws.amazon.com/billing/home#/bill

[AWS ID 482910337712]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
"""
M("a015", d(2025, 2, 3, 2, 11), AWSF, ME, "Amazon Web Services Billing Statement Available [Account: 482910337712]",
  leaf(T015, cte="7bit"), L("unrelated"), auth=AG,
  note="same sender as console cases; 12-digit account ID")

T016 = """石田 遥 さん

退職に伴う手続きについてご案内します。

・最終出社日: 2025年2月28日(金)
・社用メールアカウントは最終出社日の翌営業日に停止されます。必要なメールは事前に各自で
  整理してください。
・貸与PC・入館証は最終出社日に総務へ返却してください。

返却の時間帯について、2月21日までにこのメールへ返信してください。

人事部 鈴木
"""
M("a016", d(2025, 2, 5, 10, 2, JST), addr("人事部", "jinji@kitamura-sol.co.jp"), CO,
  "【ご案内】退職手続きについて", leaf(T016, cs="shift_jis", cte="base64"), L("unrelated"),
  auth="spf=pass (sender IP is 40.107.74.51) smtp.mailfrom=kitamura-sol.co.jp; dkim=pass (signature was verified)\n"
       " header.d=kitamura-sol.co.jp;dmarc=pass action=none header.from=kitamura-sol.co.jp;compauth=pass reason=100",
  idstyle="outlook", hcs="iso-2022-jp", crlf=True,
  note="internal HR mail asking for a reply (not to support); Shift_JIS base64")

T017 = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

583021

The code expires in 30 minutes. If you didn't request it, you can ignore this message.

Amazon Web Services
"""
M("a017", d(2025, 2, 10, 11, 24), addr("AWS", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address",
  leaf(T017, cte="7bit"), L("unrelated"), auth=auth_gmail("signin.aws"), note="6-digit code")

T018 = """Hi Haruka,

Welcome to AWS Skill Builder! Your profile is ready.

Start with the free digital courses, or explore the learning plans for your role. You can
change your language and notification settings at any time under My profile.

Happy learning,
The AWS Training and Certification team
"""
M("a018", d(2025, 2, 10, 11, 41), addr("AWS Training and Certification", "no-reply@aws.training"), ME,
  "Welcome to AWS Skill Builder", leaf(T018, cte="7bit"), L("unrelated"), auth=auth_gmail("aws.training"),
  note="training platform welcome")

T019_TXT = """Hello,

We've received your message and opened case 173932292200417 for it.

Case ID: 173932292200417
Subject: account-assistance
Submitted by: h.ishida@kitamura-sol.co.jp

What happens next
- Someone from the Training and Certification team will review the details below. We aim to
  send a first reply within 24 hours, though more involved requests can take longer.
- There is no need to submit the form again for this request: each new submission creates a
  separate case, and duplicates are handled more slowly.

Details you provided:
Use case: I'm leaving Kitamura Solutions at the end of February and would like to combine my
company certification account with my personal one.
Email addresses I have used: h.ishida@kitamura-sol.co.jp, haruka.ishida.dev@gmail.com
Email address to keep: haruka.ishida.dev@gmail.com

If you'd like to add something, you can reply to this email.

Thank you,
AWS Training and Certification
"""
T019_HTML = "<html><body style=\"font-family:Arial\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in T019_TXT.strip().split("\n\n")) + "</body></html>"
M("a019", d(2025, 2, 12, 1, 15), TCF, CO, subj(M15),
  alt([leaf(T019_TXT, cte="quoted-printable"), leaf(T019_HTML, "html", cte="quoted-printable")], 19),
  L("acknowledgement", False, M15), auth=AO, crlf=True,
  note="multipart QP ack with 'no need to submit again' and 'you can reply' (no ask)")

T020 = """Haruka Ishida 様

お問い合わせありがとうございます。ケース 173932686500233 を作成いたしました。

ご回答までは通常24時間ほどお時間をいただいております。状況によってはさらにお待たせする
ことがございますので、あらかじめご了承ください。

なお、同じ内容のお問い合わせを重ねて送信されますと、別々のケースとして登録され、
対応に時間がかかる場合がございます。

お問い合わせ内容:
Account merge. I sent this form about an hour ago from my work address but did not get
anything at my personal address. Please merge my company certification account into the one
registered with haruka.ishida.dev@gmail.com.

追加の情報がございましたら、このメールへのご返信でお知らせください。

AWS トレーニングと認定
"""
M("a020", d(2025, 2, 12, 2, 21), TCF, ME, subj(D15), leaf(T020, cte="base64"),
  L("acknowledgement", False, D15), auth=AG,
  note="duplicate form submission; Japanese ack in UTF-8 base64; quoted form 'Please merge'")

T021 = """Hi,

Sorry - I just found the confirmation for my first submission (case 173932292200417) in my work
inbox. This one is a duplicate; feel free to close it.

Haruka

On Wed, Feb 12, 2025 at 11:21 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(T020) + "\n"
M("a021", d(2025, 2, 12, 11, 48, JST), ME_F, TC, "Re: " + subj(D15), leaf(T021), L("user_reply", False, D15),
  irt="a020", refs=["a020"], idstyle="gmail", note="user reply on the duplicate mentioning the other case number")

T022 = """Dear Customer,

Our records show that two certification profiles are about to be merged under case #1739341187.
Before the merge can be completed we must verify that you own both profiles.

Sign in within 24 hours using the secure link below, otherwise your certifications may be
suspended:

  https://aws-certsupport-verify.com/merge/confirm?id=1739341187

AWS Certification Support Team
"""
M("a022", d(2025, 2, 12, 13, 2), addr("AWS Certification Support", "cases@amazon-certsupport.com"), ME,
  "[CASE 1739341187] Action required: verify ownership before your accounts are merged", leaf(T022, cte="7bit"),
  L("suspicious"), auth=auth_gmail("amazon-certsupport.com"), idstyle="amazon-certsupport.com",
  note="lookalike domain, authentication passes for the lookalike; fake 10-digit case")

T023 = """Hi Haruka,

Thanks for letting us know. I've linked this request to case 173932292200417, which is already
with one of my colleagues, and closed case 173932686500233 as a duplicate. There is nothing
further you need to do on this one; all updates will come through 173932292200417.

Best regards,
Sofia
AWS Training and Certification
"""
M("a023", d(2025, 2, 13, 0, 30), TCF, ME, subj(D15), leaf(T023, cte="7bit"), L("resolved", False, D15),
  irt="a021", refs=["a020", "a021"], auth=AG,
  note="duplicate case closed as resolved; body names the other case")

T024 = """Hello Haruka,

Thank you for reaching out to AWS Training and Certification. My name is Marisol and I'll be
handling case 173932292200417.

I've looked at both profiles. The one under h.ishida@kitamura-sol.co.jp holds your exam history
(four exams since 2019) and an unused 50% exam discount benefit; the one under
haruka.ishida.dev@gmail.com was created this week and has no history yet. Merging them is
possible, and the history, certifications and benefits will all move to the account you keep.

For security reasons a merge has to be authorised from the email address of the account that
will remain. Your request reached us from your company address, which is the account that would
be closed. We need you to write to us from haruka.ishida.dev@gmail.com - replying to this case
from that mailbox is enough - and to include the candidate ID shown at the top right of that
profile, so we can tie the two together.

Once we have that, I'll prepare the merge.

Warm regards,
Marisol R.
AWS Training and Certification
"""
M("a024", d(2025, 2, 13, 2, 47), TCF, CO, subj(M15), leaf(T024), L("info_request", True, M15),
  irt="a019", refs=["a019"], auth=AO, crlf=True,
  note="long explanation; 'We need you to write to us from' the personal address")

T025 = """個人アドレスから返信が必要とのことなので、自分宛に転送。

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 13, 2025 11:47 AM
To: 石田 遥 <h.ishida@kitamura-sol.co.jp>
Subject: RE:[CASE 173932292200417] [AWS Training and Certification Form Submission] - account-assistance

""" + T024
M("a025", d(2025, 2, 13, 12, 5, JST), CO_F, ME, "FW: " + subj(M15), leaf(T025, cte="base64"),
  L("user_reply", False, M15), irt="a024", refs=["a019", "a024"], idstyle="outlook", crlf=True,
  note="owner forwards the info request to herself; contains the request text but she wrote it, asks nothing of her")

T026 = """Hello Marisol,

I'm writing from my personal address as you asked. The candidate ID shown on this profile is
AWS06120394. For reference, the company account's ID is AWS01938475.

I'd like everything moved to the personal account. (Cc: my manager, for visibility.)

Thank you,
Haruka Ishida

On Thu, Feb 13, 2025 at 12:05 PM 石田 遥 <h.ishida@kitamura-sol.co.jp> wrote:

""" + q(T025) + "\n"
M("a026", d(2025, 2, 13, 12, 20, JST), ME_F, TC, "Re: FW: " + subj(M15), leaf(T026),
  L("user_reply", False, M15, [NEW, OLD]), cc=addr("田中 健一", "tanaka.k@kitamura-sol.co.jp"),
  irt="a025", refs=["a019", "a024", "a025"], idstyle="gmail",
  note="reply from the other address over a forward; two candidate IDs")

T027 = """お疲れさまです。田中です。

2月13日(木)〜2月17日(月)は出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は佐藤(sato.r@kitamura-sol.co.jp)までご連絡ください。
"""
M("a027", d(2025, 2, 13, 12, 20, JST), addr("田中 健一", "tanaka.k@kitamura-sol.co.jp"), ME,
  "自動応答: Re: FW: " + subj(M15), leaf(T027, cs="iso-2022-jp", cte="7bit"), L("unrelated"),
  auth=auth_gmail("kitamura-sol.co.jp"), idstyle="outlook", hcs="iso-2022-jp",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  note="out-of-office whose subject carries the case number")

T028 = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>Thanks for writing in from your personal address &mdash; that is exactly what we needed, and I've
matched <b>AWS06120394</b> to this case.</p>
<p>While preparing the merge I found that the company profile (AWS01938475) is still associated with
the AWS Partner Network account of Kitamura Solutions Co., Ltd. A partner-linked profile can only be
detached after our partner operations team signs off. I've sent them the details, and the case stays
on hold until they respond, which usually takes two to three business days.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Case</th><td>173932292200417</td></tr>
<tr><th align="left">Status</th><td>On hold &ndash; pending partner review</td></tr>
<tr><th align="left">Expected update</th><td>by February 19, 2025</td></tr>
</table>
<p>You don't need to do anything at the moment. I'll write again as soon as I hear back.</p>
<p>Kenji T.<br>AWS Training and Certification</p>
</body></html>
"""
M("a028", d(2025, 2, 14, 4, 10), TCF, ME, subj(M15), leaf(T028, "html", cte="quoted-printable"),
  L("on_hold", False, M15, [NEW, OLD]), irt="a026", refs=["a019", "a024", "a026"], auth=AG,
  note="HTML-only APN hold with table, explicitly asks nothing")

T029 = """Tanaka Kenichi assigned INFRA-882 to Haruka Ishida

INFRA-882: Merge IAM account baseline into the shared module

Please review the attached plan and reply with comments by Friday. Once approved we'll merge the
change and close the ticket.

View issue: https://kitamura-sol.atlassian.net/browse/INFRA-882
"""
M("a029", d(2025, 2, 14, 1, 2), addr("Tanaka Kenichi (Jira)", "jira@kitamura-sol.atlassian.net"), CO,
  "[JIRA] (INFRA-882) Merge IAM account baseline into the shared module", leaf(T029, cte="7bit"),
  L("unrelated"), auth=auth_o365("atlassian.net"), idstyle="atlassian.net",
  note="Jira 'merge' + 'reply with comments'")

T030 = """━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドニュース 2025年2月第3週号
━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
1. 転職前にやっておきたい AWS 認定アカウントの統合手順
2. Builder ID への移行でつまずいたポイントまとめ
3. Credly バッジが反映されないときの確認事項

■ イベント
・JAWS-UG 東京 2月勉強会(オンライン)

配信停止をご希望の場合は、このメールに「停止」とご返信ください。
"""
M("a030", d(2025, 2, 15, 8, 0, JST), addr("週刊クラウドニュース", "news@cloudweekly.jp"), ME,
  "週刊クラウドニュース 2月第3週号: AWS認定アカウントの統合手順ほか", leaf(T030, cte="quoted-printable"),
  L("unrelated"), auth=auth_gmail("cloudweekly.jp"), idstyle="cloudweekly.jp",
  note="newsletter about the same topic; 'reply to unsubscribe'")

T031_TXT = """Hi Haruka,

Good news: partner operations has approved detaching your company profile from the Kitamura
Solutions partner account, so the hold is lifted.

These are the two profiles I'll be combining:

Account #1
  Candidate ID: AWS06120394
  Login email: haruka.ishida.dev@gmail.com
  Training notification email: haruka.ishida.dev@gmail.com
  Certification notification email: haruka.ishida.dev@gmail.com

Account #2
  Candidate ID: AWS01938475
  Login email: h.ishida@kitamura-sol.co.jp
  Training notification email: h.ishida@kitamura-sol.co.jp
  Certification notification email: h.ishida@kitamura-sol.co.jp

The profile you keep will carry all exam history, certifications and benefits; the other one is
deactivated and can't be restored afterwards. Could you let me know whether Account #1 is the
one that should stay?

Kenji T.
AWS Training and Certification
"""
T031_HTML = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Haruka,</p>
<p>Good news: partner operations has approved detaching your company profile from the Kitamura
Solutions partner account, so the hold is lifted.</p>
<p>These are the two profiles I'll be combining:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS06120394</td><td>AWS01938475</td></tr>
<tr><td>Login email</td><td>haruka.ishida.dev@gmail.com</td><td>h.ishida@kitamura-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.ishida.dev@gmail.com</td><td>h.ishida@kitamura-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.ishida.dev@gmail.com</td><td>h.ishida@kitamura-sol.co.jp</td></tr>
</table>
<p>The profile you keep will carry all exam history, certifications and benefits; the other one is
deactivated and can't be restored afterwards. Could you let me know whether Account #1 is the
one that should stay?</p>
<p>Kenji T.<br>AWS Training and Certification</p>
</body></html>
"""
M("a031", d(2025, 2, 18, 6, 2), TCF, ME, subj(M15),
  alt([leaf(T031_TXT, cte="7bit"), leaf(T031_HTML, "html", cte="quoted-printable")], 31),
  L("confirmation_request", True, M15, [NEW, OLD]), cc=CO, irt="a028", refs=["a019", "a024", "a026", "a028"],
  auth=AG, note="news (hold lifted) + ask; account table in HTML part; 'Could you let me know'")

T032 = """AWS トレーニングと認定をご利用いただきありがとうございます。

ケース 173978224100512 のアカウント統合は最終確認待ちとなっております。
48時間以内に下記リンクからサインインし、本人確認を完了してください。期限を過ぎますと
保有されている認定が一時停止される場合がございます。

https://aws-training-verify.com/ja/merge?case=173978224100512

AWS トレーニングと認定 サポートチーム
"""
M("a032", d(2025, 2, 18, 9, 55), TCF, ME, "RE:[CASE 173978224100512] 【重要】アカウント統合の最終確認",
  leaf(T032, cte="base64"), L("suspicious"),
  auth=auth_gmail("amazon.com", ok=False, mailfrom="mailer.aws-training-verify.com"),
  idstyle="mailer.aws-training-verify.com", note="genuine From address and case-like subject, but dkim/dmarc fail")

T033 = """石田 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認をお知らせします。

注文番号: 250-4418207-3390615
お届け予定: 2025/02/21(金)
商品: USB-C ハブ 7-in-1 ×1
ご請求額: 3,980円

ご注文内容の確認・変更は「注文履歴」から行えます。このメールは送信専用のため、返信いただいても
回答できません。

Amazon.co.jp
"""
M("a033", d(2025, 2, 19, 21, 4, JST), addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME,
  "Amazon.co.jp ご注文の確認", leaf(T033, cs="iso-2022-jp", cte="7bit"), L("unrelated"),
  auth=auth_gmail("amazon.co.jp"), idstyle="amazon.co.jp", hcs="iso-2022-jp", note="Amazon retail, not AWS")

T034 = """Hi Haruka,

Following up on Kenji's note below - we're still waiting to hear which profile should remain.
Cases with no activity for five days are closed by our system, and this one reaches that point
on Monday, February 24. A reply before then keeps it open; if it does close, replying afterwards
will reopen it.

Tomasz W.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, February 18, 2025 6:02 AM
To: haruka.ishida.dev@gmail.com
Cc: h.ishida@kitamura-sol.co.jp
Subject: RE:[CASE 173932292200417] [AWS Training and Certification Form Submission] - account-assistance

""" + T031_TXT
M("a034", d(2025, 2, 21, 10, 40), TCF, ME, subj(M15), leaf(T034, cte="quoted-printable"),
  L("closing_notice", True, M15), irt="a031", refs=["a019", "a024", "a026", "a028", "a031"], auth=AG,
  note="top-posted closing warning over the quoted confirmation request (IDs only in quote)")

T035 = """Hi Tomasz,

Sorry for the slow reply. Confirmed - please merge everything into Account #1 (AWS06120394,
haruka.ishida.dev@gmail.com).

Best,
Haruka

2025年2月21日(金) 19:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

""" + q(T034) + "\n"
M("a035", d(2025, 2, 22, 9, 12, JST), ME_F, TC, subj(M15), leaf(T035, cte="quoted-printable"),
  L("user_reply", False, M15, [NEW]), irt="a034", refs=["a019", "a031", "a034"], idstyle="gmail",
  note="confirmation reply with Japanese Gmail attribution line")

T036 = """Kenji-san,

Sending the same confirmation from my company address as well, in case it's needed from both
sides: Account #1 (personal) is the one to keep. Note that this mailbox will be shut down after
February 28.

Haruka Ishida

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年2月18日 15:02
宛先: haruka.ishida.dev@gmail.com
CC: 石田 遥 <h.ishida@kitamura-sol.co.jp>
件名: RE:[CASE 173932292200417] [AWS Training and Certification Form Submission] - account-assistance

""" + T031_TXT
M("a036", d(2025, 2, 22, 9, 30, JST), CO_F, TC, "RE: 統合先アカウントの確認", leaf(T036, cte="base64"),
  L("user_reply", False, M15), irt="a031", refs=["a019", "a031"], idstyle="outlook", crlf=True,
  hcs="iso-2022-jp",
  note="reply from the company address; subject has no case number: threaded only by In-Reply-To/References")

T037 = """Hello Haruka,

I have successfully merged all accounts. Your profile AWS06120394 (haruka.ishida.dev@gmail.com)
now shows your full exam history and active certifications, and the old company profile has
been deactivated.

Credly will reissue your digital badges to the personal address, usually within a day. If
anything looks off when you sign in, you're welcome to reply to this email.

Best regards,
Aylin K.
AWS Training and Certification

---- On Sat, 22 Feb 2025 00:12:09 +0000 haruka.ishida.dev@gmail.com wrote ----
""" + q(T035.split("2025年2月21日")[0].rstrip()) + "\n>\n" + q(T031_TXT, ">> ") + "\n"
M("a037", d(2025, 2, 24, 1, 5), TCF, ME, subj(M15), leaf(T037), L("resolved", False, M15, [NEW]),
  cc=CO, irt="a035", refs=["a019", "a031", "a034", "a035"], auth=AG,
  note="merged; quotes the old 'Could you let me know…' and conditional reply invitation")

T038_TXT = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Professional".

Accept your badge to share it on LinkedIn, add it to your email signature, or download it:
https://www.credly.com/badges/5e1f3c7a-92b4-4e0d-a1a7-0c3b6f7d2e11/accept

Badge ID: 5e1f3c7a-92b4-4e0d-a1a7-0c3b6f7d2e11

Credly, Inc.
"""
M("a038", d(2025, 2, 24, 1, 40), addr("Credly", "admin@credly.com"), ME,
  "Haruka, you've earned a badge from Amazon Web Services Training and Certification",
  alt([leaf(T038_TXT, cte="7bit"),
       leaf("<html><body><h2>Haruka, you've earned a badge!</h2><p>" + T038_TXT.split("\n\n", 1)[1].replace("\n", "<br>")
            + "</p><p><a href=\"https://www.credly.com/badges/5e1f3c7a-92b4-4e0d-a1a7-0c3b6f7d2e11/accept\">Accept badge</a></p></body></html>",
            "html", cte="quoted-printable")], 38),
  L("badge"), auth=auth_gmail("credly.com"), idstyle="credly.com", note="Credly 'Accept your badge' call to action")

T039 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2>Your new badge is ready to claim</h2>
<p>Amazon Web Services Training and Certification issued <b>AWS Certified Developer - Associate</b>
to haruka.ishida.dev@gmail.com.</p>
<p><a href="https://www.credly.com/earner/earned/badge/b83a0e54-11cd-4f55-9c20-3e7f09a1d6c8">Claim badge</a></p>
<p style="color:#888;font-size:11px">You are receiving this email because a badge was issued to you on Credly.
Manage notification settings in your Credly account.</p>
</td></tr></table></body></html>
"""
M("a039", d(2025, 2, 24, 1, 41), addr("Credly", "admin@credly.com"), ME, "Your new badge is ready to claim",
  leaf(T039, "html", cte="quoted-printable"), L("badge"), auth=auth_gmail("credly.com"), idstyle="credly.com",
  note="HTML-only Credly mail")

T040 = """石田 遥 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

ケース 173932292200417 の対応について、よろしければ簡単なアンケートにご協力ください。
以下のリンクから、5段階で評価を選択してください(所要時間1分程度)。

https://survey.aws-training.amazon.com/s/ja?case=173932292200417

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんので
ご了承ください。

AWS トレーニングと認定
"""
M("a040", d(2025, 2, 25, 3, 0), addr("AWS トレーニングと認定", "aws-training-survey@amazon.com"), ME,
  "ケース 173932292200417 に関するアンケートのお願い", leaf(T040, cte="quoted-printable"),
  L("survey", False, M15), auth=AG, note="Japanese survey, 〜してください wording")

T041 = """This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     h.ishida@kitamura-sol.co.jp

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain
kitamura-sol.co.jp by kitamurasol-co-jp.mail.protection.outlook.com. [52.101.228.3].

The error that the other server returned was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h.ishida@kitamura-sol.co.jp not found by SMTP address lookup

----- Original message -----

From: Haruka Ishida <haruka.ishida.dev@gmail.com>
To: h.ishida@kitamura-sol.co.jp
Subject: Fwd: RE:[CASE 173932292200417] [AWS Training and Certification Form Submission] - account-assistance
Date: Sat, 1 Mar 2025 10:02:44 +0900
"""
M("a041", d(2025, 3, 1, 1, 2), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
  "Delivery Status Notification (Failure)", leaf(T041, cte="7bit"), L("unrelated"),
  auth=auth_gmail("googlemail.com"), idstyle="mx.google.com", extra=["Auto-Submitted: auto-replied"],
  note="bounce quoting a case subject")

T042 = """Dear Haruka Ishida,

AWS Certification wants to hear from you.

We're inviting a small group of certified individuals to help shape future exams. If you're
interested, please take our 10-minute survey about the skills you use in your job:

https://www.certmetrics.com/amazon/survey/2025-q1?cid=AWS06120394

Your candidate ID (AWS06120394) is used only to confirm your certification status.

Thank you,
AWS Certification
"""
M("a042", d(2025, 3, 3, 16, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
  "AWS Certification wants to hear from you", leaf(T042, cte="7bit"), L("certification", False, None, [NEW]),
  auth=auth_gmail("certmetrics.com"), idstyle="certmetrics.com",
  note="certification-program feedback invitation ('please take our survey'), not a support survey")

T043 = """Hi Aylin,

Sorry to come back to this. The 50% exam discount I had on the old account (AWS01938475)
doesn't appear under Benefits on AWS06120394. Exam history and certifications all look fine.
Can you take a look?

Thanks,
Haruka

On Mon, Feb 24, 2025 at 10:05 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(T037.split("---- On Sat")[0]) + "\n"
M("a043", d(2025, 3, 4, 9, 30, JST), ME_F, TC, "Re: " + subj(M15), leaf(T043), L("user_reply", False, M15, [OLD, NEW]),
  irt="a037", refs=["a019", "a031", "a035", "a037"], idstyle="gmail",
  note="owner reopens a resolved case with a question to support")

T044 = """石田 遥 様

AWS トレーニングと認定の佐々木でございます。
ご連絡いただいた特典(50% 割引バウチャー)の件につきまして、ケース 173932292200417 を再開いたしました。

現在、特典を管理しているチームに移行状況の確認を依頼しております。確認が取れ次第、改めて
ご連絡いたします。

そのほかご不明な点がございましたら、本メールにご返信ください。

よろしくお願いいたします。

佐々木
AWS トレーニングと認定
"""
M("a044", d(2025, 3, 4, 6, 12), TCF, ME, subj(M15, True), leaf(T044, cs="shift_jis", cte="base64"),
  L("case_update", False, M15), irt="a043", refs=["a019", "a037", "a043"], auth=AG, hcs="iso-2022-jp",
  note="reopened notice in Shift_JIS; conditional ご返信ください")

T045 = """石田 遥 様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。

特典管理チームより回答がありましたのでご報告いたします。旧アカウントの特典は、統合の時点で
有効期限内のものに限り新しいアカウントへ移行される仕組みとなっております。記録上、該当の
バウチャーは「発行済み・未使用」となっておりますが、発行のもととなった試験が紐づいていないため、
自動では移行されなかったようです。

手動で付け替えるには、もととなった試験を特定する必要がございます。お手数をおかけしますが、
旧アカウントで最後に合格された試験の名称と受験日を、本メールにてお知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

佐々木
AWS トレーニングと認定
"""
M("a045", d(2025, 3, 5, 6, 12), TCF, ME, subj(M15, True), leaf(T045, cs="iso-2022-jp", cte="7bit"),
  L("info_request", True, M15), irt="a044", refs=["a019", "a043", "a044"], auth=AG, hcs="iso-2022-jp",
  crlf=True, note="keigo request buried after long explanation (〜いただけますでしょうか)")

T046 = """佐々木様

ご連絡ありがとうございます。
最後に合格した試験は以下のとおりです。

試験名: AWS Certified Solutions Architect - Professional
受験日: 2024年11月9日
Pearson VUE 登録ID: 417730926

どうぞよろしくお願いいたします。
石田

2025年3月5日(水) 15:12 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

""" + q(T045) + "\n"
M("a046", d(2025, 3, 5, 18, 40, JST), ME_F, TC, "Re: " + subj(M15, True), leaf(T046),
  L("user_reply", False, M15), irt="a045", refs=["a019", "a044", "a045"], idstyle="gmail",
  note="Japanese user reply, UTF-8 8bit, 9-digit registration ID")

T047_TXT = """Hi Haruka,

Sasaki-san asked me to follow up. The 50% exam discount voucher has been reissued on
AWS06120394 and now appears under Benefits, valid until November 9, 2025.

No further action is required on your part, and this case is now resolved.

Regards,
Daniel O.
AWS Training and Certification

--
How did we do? Rate this response:
Excellent https://survey.aws-training.amazon.com/r?c=173932292200417&s=5
Good      https://survey.aws-training.amazon.com/r?c=173932292200417&s=3
Poor      https://survey.aws-training.amazon.com/r?c=173932292200417&s=1
"""
M("a047", d(2025, 3, 6, 2, 33), TCF, ME, subj(M15),
  alt([leaf(T047_TXT, cte="7bit"),
       leaf("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in T047_TXT.split("\n\n"))
            + "</body></html>", "html", cte="quoted-printable")], 47),
  L("resolved", False, M15, [NEW]), irt="a046", refs=["a019", "a045", "a046"], auth=AG,
  note="'no further action is required' + rating footer")

T048 = """石田 遥 様

このたびは Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Security - Specialty (SCS-C02)
登録ID: 418820377
日時: 2025年4月12日(土) 13:00
会場: 東京テストセンター(新宿)

予約の変更・キャンセルは、試験日の24時間前までにマイアカウントから行ってください。
本メールへのご返信は受け付けておりません。

Pearson VUE
"""
M("a048", d(2025, 3, 7, 11, 15, JST), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME,
  "試験予約の確認: AWS Certified Security - Specialty", leaf(T048, cte="base64"), L("unrelated"),
  auth=auth_gmail("pearson.com"), idstyle="pearson.com", note="Japanese exam-vendor mail with 9-digit ID")

T049 = """Dear Haruka Ishida,

Your AWS Certified Developer - Associate certification will expire in 60 days, on May 7, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before that date.
Remember that you can use the 50% discount benefit in your AWS Certification Account.

Candidate ID: AWS06120394

AWS Certification
"""
M("a049", d(2025, 3, 8, 15, 30), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
  "Your AWS Certification expires in 60 days", leaf(T049, cte="7bit"), L("certification", False, None, [NEW]),
  auth=auth_gmail("certmetrics.com"), idstyle="certmetrics.com", note="expiry notice")

# ---- console (Support Center) case ----
T050 = """Dear AWS customer,

We have opened case 174157933100086 for the issue you reported.

Subject: Credly badge not linked after certification account merge
Severity: General guidance
Account: 482910337712

You can view the case, add correspondence, or upload attachments here:
https://console.aws.amazon.com/support/home#/case/?displayId=174157933100086&language=en

Best regards,
Amazon Web Services

==============================================================
This mailbox does not receive incoming e-mail; please don't reply to this message.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
M("a050", d(2025, 3, 10, 4, 2), AWSF, ME, "Amazon Web Services: New Support case: " + K15, leaf(T050, cte="7bit"),
  L("acknowledgement", False, K15), auth=AG, note="console New Support case; 12-digit account ID beside case ID")

T051 = """Hello,

Thank you for contacting AWS Support. I'm Rahul and I'll be working on this case.

I reviewed the certification profile linked to your request. After the merge on February 24 the
badges were reissued, but Credly's records show them going to an address that doesn't match
any login on the Credly profile you mentioned, which is why they aren't showing up.

To move them, I need the email address your Credly account is registered with, and confirmation
that you still have access to it. Please add both to the case in the Support Center - answers
sent to this email address don't reach us.

https://console.aws.amazon.com/support/home#/case/?displayId=174157933100086&language=en

Best regards,
Rahul P.
Amazon Web Services

==============================================================
Your feedback matters to us. You can rate this reply, and any other, with the stars shown next
to it in the AWS Support Center.

This mailbox does not receive incoming e-mail; please don't reply to this message.
"""
M("a051", d(2025, 3, 11, 7, 45), AWSF, ME, "RE:[CASE %s] Credly badge not linked after certification account merge" % K15,
  leaf(T051, cte="quoted-printable"), L("info_request", True, K15), irt="a050", refs=["a050"], auth=AG,
  note="console info request, must answer in Support Center, with rating footer")

T052 = """AWS Summit Japan 2025

今年も幕張メッセで開催します。
基調講演、150以上のセッション、認定者ラウンジ(AWS 認定保有者限定)をご用意しています。

▼ 事前登録はこちら
https://aws.amazon.com/jp/events/summits/japan/

認定者ラウンジのご利用には、当日 AWS 認定アカウントの画面をご提示ください。

本メールは送信専用です。配信停止はこちら: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
"""
M("a052", d(2025, 3, 11, 9, 0), addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME,
  "【事前登録受付中】AWS Summit Japan 2025", leaf(T052, cte="quoted-printable"), L("unrelated"),
  auth=AG, note="AWS marketing in Japanese mentioning certification accounts")

T053 = """Hello,

We haven't had a response on this case for a few days. If we still don't hear from you, the case
will be marked resolved automatically after three more days. If you still need help, reply
through the Support Center before then.

https://console.aws.amazon.com/support/home#/case/?displayId=174157933100086&language=en

Best regards,
Amazon Web Services

==============================================================
This mailbox does not receive incoming e-mail; please don't reply to this message.
"""
M("a053", d(2025, 3, 14, 7, 50), AWSF, ME, "RE:[CASE %s] Credly badge not linked after certification account merge" % K15,
  leaf(T053, cte="7bit"), L("closing_notice", True, K15), irt="a051", refs=["a050", "a051"], auth=AG,
  note="console auto-resolve warning")

T054 = """Hello,

Thanks for the details you added to the case. Credly has now moved both badges to the profile
registered with haruka.ishida.dev@gmail.com, and they show as accepted.

I'm marking this case resolved. A resolved case can be reopened from the Support Center for 14
days; after that, you'd open a new one.

Best regards,
Rahul P.
Amazon Web Services

==============================================================
Your feedback matters to us. You can rate this reply, and any other, with the stars shown next
to it in the AWS Support Center.

This mailbox does not receive incoming e-mail; please don't reply to this message.
"""
M("a054", d(2025, 3, 17, 2, 20), AWSF, ME, "RE:[CASE %s] Credly badge not linked after certification account merge" % K15,
  leaf(T054, cte="7bit"), L("resolved", False, K15), irt="a053", refs=["a050", "a051", "a053"], auth=AG,
  note="console resolved with rating footer and reopen info")

T055 = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Support case <b>174157933100086</b> was recently resolved. How satisfied were you with the
support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://console.aws.amazon.com/support/survey?c=174157933100086&r=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c=174157933100086&r=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c=174157933100086&r=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c=174157933100086&r=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?c=174157933100086&r=5">5</a></td>
</tr></table>
<p>Amazon Web Services</p>
</body></html>
"""
M("a055", d(2025, 3, 18, 2, 20), AWSF, ME, "How was your AWS Support experience?", leaf(T055, "html", cte="base64"),
  L("survey", False, K15), auth=AG, note="HTML-only base64 console survey; case only in body")

T056 = """石田 遥 様

TaskBoard サポートチームです。

お問い合わせ #48213「ライセンスの移行について」は解決済みとしてクローズいたしました。
追加のご質問がある場合は、このメールにご返信いただくとリクエストが再オープンされます。

今回の対応はいかがでしたか? 下記より評価をお願いします。
https://support.taskboard.jp/requests/48213/satisfaction

TaskBoard サポート
"""
M("a056", d(2025, 3, 20, 14, 0, JST), addr("TaskBoard サポート", "support@taskboard.jp"), ME,
  "[TaskBoard] リクエスト #48213 は解決済みになりました", leaf(T056, cte="quoted-printable"), L("unrelated"),
  auth=auth_gmail("taskboard.jp"), idstyle="taskboard.jp",
  note="another vendor's 'case closed, reply reopens' + rating request")

# ---- third account (partner SSO), form case E15 ----
T057 = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif">
<p>石田 遥 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。以下の内容でケースを作成いたしました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>ケース ID</td><td>174356520000519</td></tr>
<tr><td>お問い合わせタイプ</td><td>認定</td></tr>
<tr><td>その他の詳細</td><td>Account Merge</td></tr>
<tr><td>お問い合わせ内容</td><td>パートナーのサインインを選ぶと、統合したはずのアカウントとは別の認定アカウントが開きます。
これも個人アカウントにまとめてください。</td></tr>
</table>
<p>担当者より通常24時間以内にご連絡いたします。同じ内容で再度フォームを送信されますと、対応が遅れる場合がございます。</p>
<p>補足がございましたら、本メールへご返信いただければケースに追加されます。</p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
M("a057", d(2025, 4, 2, 3, 40), TCF, ME, subj(E15, True), leaf(T057, "html", cte="quoted-printable"),
  L("acknowledgement", False, E15), auth=AG, note="HTML-only Japanese ack with table; quoted form text ends in 〜ください")

T058 = """Hello,

We're currently receiving a much higher number of requests than usual, and replies are taking
longer than our normal 24 hours. Your case 174356520000519 is in the queue and will be answered
in the order it was received.

There's no need to resubmit the form or reply to this message; doing so won't move the case
forward any faster.

We appreciate your patience.
AWS Training and Certification
"""
M("a058", d(2025, 4, 3, 5, 0), TCF, ME, subj(E15, True), leaf(T058, cte="7bit"), L("case_update", False, E15),
  irt="a057", refs=["a057"], auth=AG, note="backlog notice that explicitly says no reply needed")

T059 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>I'm Chlo&eacute; and I've picked up your case. Here is what I can find from the details in your form:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Sign-in</th><th>Email on file</th><th>Candidate ID</th></tr>
<tr><td>AWS Builder ID</td><td>haruka.ishida.dev@gmail.com</td><td>AWS06120394</td></tr>
<tr><td>AWS Partner Network</td><td>(none)</td><td>&mdash;</td></tr>
</table>
<p>The second profile has no email address attached, so I can't look it up the usual way. Its
candidate ID would let me locate it; it's displayed in the top right corner after you sign in
through the Partner Network option. What is it?</p>
<p>Thanks,<br>Chlo&eacute; D.<br>AWS Training and Certification</p>
</body></html>
"""
M("a059", d(2025, 4, 7, 1, 15), TCF, ME, subj(E15, True), leaf(T059, "html", cte="quoted-printable"),
  L("info_request", True, E15, [NEW]), irt="a058", refs=["a057", "a058"], auth=AG,
  note="HTML-only with table; bare question 'What is it?' after explanation")

T060 = """Hi Chloé,

Here it is: AWS07733518. I reach it through "Sign in with AWS Partner Network".

Haruka

On Mon, Apr 7, 2025 at 10:15 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Haruka,
> I'm Chloé and I've picked up your case. Here is what I can find from the details in your form:
> [table]
> The second profile has no email address attached, so I can't look it up the usual way. Its
> candidate ID would let me locate it; it's displayed in the top right corner after you sign in
> through the Partner Network option. What is it?
"""
M("a060", d(2025, 4, 7, 12, 2, JST), ME_F, TC, "Re: " + subj(E15, True), leaf(T060, cte="quoted-printable"),
  L("user_reply", False, E15, [SSO]), irt="a059", refs=["a057", "a059"], idstyle="gmail", note="short reply with ID")

T061_TXT = """石田 遥 様

AWS トレーニングと認定の山本と申します。Chloé より本件を引き継ぎました。

お知らせいただいた AWS07733518 を確認いたしましたところ、本アカウントは現在も
Kitamura Solutions 株式会社の AWS パートナーネットワーク(APN)アカウントに紐づいた状態と
なっております。APN に紐づくアカウントは、パートナー企業側の登録を解除するまで統合を進める
ことができないため、本ケースはいったん保留とさせていただきます。

解除の手続きにあたっては、同社をすでに退職されていることの確認が必要でございます。
退職日をご記載のうえ、退職済みである旨を本メールへのご返信にてお知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

山本
AWS トレーニングと認定
"""
M("a061", d(2025, 4, 8, 2, 30), TCF, ME, subj(E15, True),
  alt([leaf(T061_TXT, cte="base64"),
       leaf("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "") for p in T061_TXT.split("\n\n"))
            + "</body></html>", "html", cte="base64")], 61),
  L("on_hold", True, E15, [SSO]), irt="a060", refs=["a057", "a059", "a060"], auth=AG, hcs="iso-2022-jp",
  note="Japanese APN hold (base64 multipart) that asks for confirmation of leaving")

T062 = """山本様

ご連絡ありがとうございます。
Kitamura Solutions 株式会社は 2025年2月28日付で退職しております。
APN との紐づけ解除を進めていただいて問題ありません。

石田 遥

2025年4月8日(火) 11:30 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + q(T061_TXT) + "\n"
M("a062", d(2025, 4, 8, 13, 10, JST), ME_F, TC, "Re: " + subj(E15, True), leaf(T062),
  L("user_reply", False, E15, []), irt="a061", refs=["a057", "a061"], idstyle="gmail",
  note="Japanese reply; candidate ID only in quote")

T063 = """Merged #7 into main.

@renovate[bot] merged commit 3f2a9c1 into haruka-dev:main.

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-dev/cert-tracker/pull/7#event-17200339112
You are receiving this because you authored the thread.
"""
M("a063", d(2025, 4, 9, 3, 11), addr("renovate[bot]", "notifications@github.com"), ME,
  "Re: [haruka-dev/cert-tracker] Merge duplicate certification records (PR #7)", leaf(T063, cte="7bit"),
  L("unrelated"), auth=auth_gmail("github.com"), idstyle="github.com", note="GitHub merged, 'merge duplicate' words")

T064 = """石田様

パートナーチームにて APN との紐づけ解除が完了しました。

統合の内容は次のとおりです。

Account #1(残すアカウント)
  候補ID: AWS06120394
  ログインメール: haruka.ishida.dev@gmail.com
Account #2(統合後に無効化)
  候補ID: AWS07733518
  ログイン方法: APN 経由のサインイン(メールアドレス登録なし)

この内容で進めてよいか、返信で知らせてください。

山本
"""
M("a064", d(2025, 4, 10, 4, 0), TCF, ME, subj(E15, True), leaf(T064, cte="quoted-printable"),
  L("confirmation_request", True, E15, [NEW, SSO]), irt="a062", refs=["a057", "a061", "a062"], auth=AG,
  note="Japanese plain 〜ください confirmation after progress news")

T065 = """Hi Haruka,

Join our live session "Passing the AWS Certified Security - Specialty exam" on April 24 at
12:00 JST. Seats are limited to 200.

Reply YES to this email to reserve your seat, or register online:
https://pages.awscloud.com/security-specialty-prep.html

AWS Training and Certification
"""
M("a065", d(2025, 4, 11, 1, 0), addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME,
  "Reserve your seat: Security Specialty exam prep webinar", leaf(T065, cte="7bit"), L("unrelated"), auth=AG,
  note="AWS marketing asking for a reply")

T066 = """Hi Haruka,

Just a heads-up: case 174356520000519 is due to close on Friday, April 18, because we're still
waiting on your go-ahead for the merge described in Yamamoto-san's message of April 10. Any reply
before then holds it open.

Best,
Chloé D.
AWS Training and Certification
"""
M("a066", d(2025, 4, 15, 2, 0), TCF, ME, subj(E15), leaf(T066), L("closing_notice", True, E15),
  irt="a064", refs=["a057", "a064"], auth=AG, note="casual closing notice without 'please'")

T067 = """Hi Haruka,

Your AWS Certified Solutions Architect - Professional badge is scheduled to be revoked because the
issuing organization could not verify your account after a recent merge.

Keep your badge: https://credly-notify.com/verify?u=haruka.ishida.dev

If you take no action within 12 hours, this badge will be permanently removed.

Credly Support
"""
M("a067", d(2025, 4, 15, 9, 30), addr("Credly", "badges@credly-notify.com"), ME,
  "Action needed: your AWS badge will be revoked", leaf(T067, cte="7bit"), L("suspicious"),
  auth=auth_gmail("credly-notify.com"), idstyle="credly-notify.com", note="Credly lookalike domain")

T068 = """山本様、Chloe様

返信が遅くなり申し訳ありません。
はい、この内容で問題ありません。Account #1 への統合をお願いします。

石田

2025年4月10日(木) 13:00 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + q(T064) + "\n"
M("a068", d(2025, 4, 16, 8, 45, JST), ME_F, TC, "Re: " + subj(E15), leaf(T068, cs="iso-2022-jp", cte="7bit"),
  L("user_reply", False, E15), irt="a066", refs=["a057", "a064", "a066"], idstyle="gmail", hcs="iso-2022-jp",
  note="ISO-2022-JP user confirmation; IDs only in quote")

T069 = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Haruka,</p>
<p>All done &mdash; <b>AWS07733518</b> has been folded into <b>AWS06120394</b>. Signing in through the
Partner Network option will no longer open a separate profile.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Kept</td><td>AWS06120394 (haruka.ishida.dev@gmail.com)</td></tr>
<tr><td>Merged &amp; closed</td><td>AWS07733518</td></tr>
</table>
<p>If you still land on the wrong profile, reply here and we'll take another look.</p>
<p>Yamamoto<br>AWS Training and Certification</p>
</body></html>
"""
M("a069", d(2025, 4, 16, 6, 20), TCF, ME, subj(E15), leaf(T069, "html", cte="quoted-printable"),
  L("resolved", False, E15, [SSO, NEW]), irt="a068", refs=["a057", "a064", "a068"], auth=AG,
  note="HTML-only resolution with table and conditional reply invitation")

T070 = """Hello,

Quick question about your recent case 174356520000519 with AWS Training and Certification:

On a scale of 1 (very dissatisfied) to 5 (very satisfied), how satisfied were you with the
resolution? Click a number:

  1  2  3  4  5
  https://survey.aws-training.amazon.com/q?case=174356520000519

Thank you for helping us improve.
"""
M("a070", d(2025, 4, 17, 6, 20), addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME,
  "Quick question about case 174356520000519", leaf(T070, cte="7bit"), L("survey", False, E15), auth=AG,
  note="survey phrased as a question")

T071 = """Reminder: you have a badge waiting

Amazon Web Services Training and Certification issued you "AWS Certified Developer - Associate"
on February 24, 2025. You haven't accepted it yet.

Accept it now: https://www.credly.com/earner/earned/badge/b83a0e54-11cd-4f55-9c20-3e7f09a1d6c8

Credly, Inc.
"""
M("a071", d(2025, 4, 17, 15, 0), addr("Credly", "admin@credly.com"), ME, "Reminder: your badge from Amazon Web Services Training and Certification",
  leaf(T071, cte="7bit"), L("badge"), auth=auth_gmail("credly.com"), idstyle="credly.com", note="Credly reminder")

T072 = """Dear Haruka Ishida,

A new benefit has been added to your AWS Certification Account.

Benefit: 50% discount on your next AWS Certification exam
Valid until: November 9, 2025
Candidate ID: AWS06120394

Sign in to your AWS Certification Account and open Benefits to view the voucher code.

AWS Certification
"""
M("a072", d(2025, 4, 18, 16, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
  "New benefit available in your AWS Certification Account", leaf(T072, cte="7bit"),
  L("certification", False, None, [NEW]), auth=auth_gmail("certmetrics.com"), idstyle="certmetrics.com",
  note="certmetrics benefit notice")

T073 = """Hi Haruka,

Thanks for your order.

Order number: 114-8820-3391
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: April 21, 2025 - May 20, 2025

You can manage your subscription under My account > Subscriptions.

AWS Training and Certification
"""
M("a073", d(2025, 4, 21, 0, 10), addr("AWS Training and Certification", "no-reply@aws.training"), ME,
  "Your AWS Skill Builder subscription receipt", leaf(T073, cte="7bit"), L("unrelated"),
  auth=auth_gmail("aws.training"), note="Skill Builder receipt")

T074 = """石田 遥 さん

connpass からのお知らせです。参加登録しているイベントが近づいています。

イベント: JAWS-UG 認定者の集い #12
日時: 2025/04/24(木) 19:00〜21:00
会場: オンライン(Zoom)

参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
"""
M("a074", d(2025, 4, 22, 9, 0, JST), addr("connpass", "no-reply@connpass.com"), ME,
  "[connpass] イベント開催のお知らせ: JAWS-UG 認定者の集い #12", leaf(T074, cte="8bit"), L("unrelated"),
  auth=auth_gmail("connpass.com"), idstyle="connpass.com", note="Japanese event reminder")

T075 = """Hi Haruka,

We noticed a new sign-in to your AWS Builder ID.

When: April 23, 2025, 08:14 UTC
Browser: Chrome on macOS
Location: Tokyo, Japan

If this was you, no action is needed. If not, reset your password right away.

Amazon Web Services
"""
M("a075", d(2025, 4, 23, 8, 15), addr("AWS", "no-reply@login.awsapps.com"), ME, "New sign-in to your AWS Builder ID",
  leaf(T075, cte="7bit"), L("unrelated"), auth=auth_gmail("login.awsapps.com"), note="Builder ID security notice")

T076 = """Dear Customer,

We were unable to validate the certification profile connected to your recent support case. To
avoid losing your exam history, kindly reply to this message with your Builder ID email and
password so an agent can complete verification.

Case ID: 174356520000519

AWS Training and Certification
"""
M("a076", d(2025, 4, 24, 3, 5), addr("AWS Training and Certification", "support@aws-trainingcert.net"), ME,
  "RE:[CASE 174356520000519] Verification pending", leaf(T076, cte="7bit"), L("suspicious"),
  auth=auth_gmail("aws-trainingcert.net"), idstyle="aws-trainingcert.net",
  note="lookalike domain reusing a real case number; 'kindly reply'")


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for n, raw, label, note, subject in MSGS:
        base = "%03d-mail" % n
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
