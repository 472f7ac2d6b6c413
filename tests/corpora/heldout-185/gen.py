#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml, NNN-msg.json, README.md."""
import os, json, base64, quopri, hashlib, collections
from email.header import Header
from email.utils import format_datetime
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.morimoto.dev@gmail.com"
ME_C = "h.morimoto@kitasora-sys.co.jp"
ME_NAME = "Haruka Morimoto"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

A = "174912660300518"   # T&C form, account merge company -> personal, APN hold
B = "174912712900093"   # duplicate form of A
C = "175001834200155"   # console case, certificate name, must answer in Support Center
D = "19384756102"       # T&C form, double exam charge -> refund
E = "7731904582"        # T&C form in Japanese, duplicate accounts same address, Credly
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

msgs = []
_ids = {}

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return f'"{name}" <{a}>' if any(c in name for c in ",.()&:") else f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{a}>"

def enc_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    return b.decode("ascii") if cs.lower() in ("us-ascii", "iso-2022-jp") else b.decode(cs)

def part(sub, text, cs, cte):
    return (f"Content-Type: text/{sub}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n\n"
            + enc_body(text, cs, cte))

def mid_for(tag, frm):
    dom = frm.split("@")[-1].rstrip(">")
    h = hashlib.sha1(tag.encode()).hexdigest()
    if dom == "amazon.com":
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    if dom == "gmail.com":
        return f"<CA+{h[:20]}{h[20:30].upper()}w@mail.gmail.com>"
    if dom == "kitasora-sys.co.jp":
        return f"<TY{h[:4].upper()}PR01MB{h[4:8]}{h[8:16].upper()}@TYCPR01MB{h[16:20]}.jpnprd01.prod.outlook.com>"
    return f"<{h[:24]}@{dom}>"

def auth_for(to, frm, override):
    if override == "none":
        return None
    fdom = frm.split("@")[-1].rstrip(">")
    if override:
        return override
    if ME_P in to:
        return (f"mx.google.com;\n       dkim=pass header.i=@{fdom} header.s=s1 header.b=Qx7;\n"
                f"       spf=pass (google.com: domain of bounce@{fdom} designates 54.240.8.21 as permitted sender) smtp.mailfrom={fdom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from={fdom}")
    return (f"spf=pass (sender IP is 54.240.27.11) smtp.mailfrom={fdom}; dkim=pass (signature was verified)\n"
            f" header.d={fdom};dmarc=pass action=none header.from={fdom};compauth=pass reason=100")

def M(tag, kind, reply, case, cands, frm, to, subj, date, parts, note, *, cc=None, irt=None,
      extra=None, crlf=False, auth=None, scs="utf-8", mixed=None):
    """parts: list of (subtype, text, charset, cte). irt: tag of the message replied to."""
    fromaddr = frm if "<" in frm else frm
    mid = mid_for(tag, fromaddr)
    _ids[tag] = mid
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    H = []
    sent_by_me = ME_P in frm or ME_C in frm
    a = None if sent_by_me else auth_for(to, frm, auth)
    if a:
        H.append(f"Authentication-Results: {a}")
    H.append(f"Date: {format_datetime(dt)}")
    H.append(f"From: {frm}")
    H.append(f"To: {to}")
    if cc:
        H.append(f"Cc: {cc}")
    H.append(f"Subject: {hdr(subj, scs)}")
    H.append(f"Message-ID: {mid}")
    if irt:
        chain = irt if isinstance(irt, list) else [irt]
        H.append(f"In-Reply-To: {_ids[chain[-1]]}")
        H.append("References: " + "\n ".join(_ids[t] for t in chain))
    for e in (extra or []):
        H.append(e)
    H.append("MIME-Version: 1.0")
    bnd = "----=_Part_" + hashlib.md5(tag.encode()).hexdigest()[:16]
    if len(parts) == 1 and not mixed:
        head, _, rest = part(*parts[0]).partition("\n\n")
        H.append(head)
        raw = "\n".join(H) + "\n\n" + rest
    else:
        if len(parts) == 1:
            inner = part(*parts[0])
        else:
            ib = bnd + "_alt"
            inner = f"Content-Type: multipart/alternative; boundary=\"{ib}\"\n\n" + "".join(
                f"--{ib}\n{part(*p)}\n" for p in parts) + f"--{ib}--\n"
        if mixed:
            fn, ctype, data = mixed
            att = (f"Content-Type: {ctype}; name=\"{fn}\"\nContent-Disposition: attachment; filename=\"{fn}\"\n"
                   f"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode())
            H.append(f"Content-Type: multipart/mixed; boundary=\"{bnd}\"")
            raw = "\n".join(H) + f"\n\nThis is a multi-part message in MIME format.\n\n--{bnd}\n{inner}\n--{bnd}\n{att}\n--{bnd}--\n"
        else:
            ib = bnd + "_alt"
            H.append(f"Content-Type: multipart/alternative; boundary=\"{ib}\"")
            raw = "\n".join(H) + "\n\n" + "".join(f"--{ib}\n{part(*p)}\n" for p in parts) + f"--{ib}--\n"
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    msgs.append(dict(dt=dt, raw=raw, label={"kind": kind, "needs_reply": reply, "case": case,
                                     "candidate_ids": cands}, note=note, subj=subj))
    return mid

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def html(body):
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n" + body + "\n</body></html>\n")

P = ME_P; CO = ME_C
TCFROM = addr("AWS Training and Certification", TC)
CONFROM = addr("Amazon Web Services", CON)
ME_FROM_P = addr(ME_NAME, ME_P)
ME_FROM_C = addr("森本 遥", ME_C)
U8, QP, B64, B7, B8 = "utf-8", "quoted-printable", "base64", "7bit", "8bit"

# ------------------------------------------------------------------ 001
M("bill1", "unrelated", False, None, [], addr("Amazon Web Services", "aws-billing@amazon.com"), P,
  "Amazon Web Services Billing Statement Available [Account: 518204773961]", "2025-06-02 03:12:44 +0000",
  [("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 4.17

Account ID: 518204773961
Billing period: May 1 - May 31, 2025

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", U8, B7)],
  "Monthly AWS bill for a personal sandbox; 12-digit account ID in subject in brackets, not a case.")

# ------------------------------------------------------------------ 002
M("coll1", "unrelated", False, None, [], addr("田村 健二", "k.tamura@kitasora-sys.co.jp"), CO,
  "引き継ぎ資料の件", "2025-06-02 18:40:09 +0900",
  [("plain", """森本さん

お疲れさまです。田村です。

退職前の引き継ぎ資料、共有フォルダに置いていただきありがとうございます。
監視アラートの一覧だけ最新版かどうか確認していただけますか?
金曜の定例で読み合わせしたいので、木曜中にご返信もらえると助かります。

あと、AWS認定の会社アカウントの扱いはどうなってますか。
パートナー管理の担当は小野さんなので、必要なら声をかけてください。

田村
""", "iso-2022-jp", B7)],
  "Colleague on the company address asks for a reply (a real request, but not support); mentions the certification account.",
  auth="none", scs="iso-2022-jp")

# ------------------------------------------------------------------ 003
M("cert1", "certification", False, None, ["AWS07264815"], addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
  "Your AWS Certified Solutions Architect - Associate expires in 90 days", "2025-06-03 09:02:11 +0000",
  [("plain", """Hello Haruka Morimoto,

Your AWS Certified Solutions Architect - Associate certification (Validation number
7QXK2M4L1B) will expire on September 1, 2025.

Candidate ID: AWS07264815

To keep your certification active, pass the current version of the exam or a higher-level
exam in the same path before the expiration date. Recertifying also gives you a 50% discount
voucher for your next exam.

Manage your certifications: https://www.aws.training/Certification

Thank you,
AWS Certification
""", U8, B7),
   ("html", html("""<p>Hello Haruka Morimoto,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification
(Validation number 7QXK2M4L1B) will expire on <b>September 1, 2025</b>.</p><p>Candidate ID: AWS07264815</p>
<p>To keep your certification active, pass the current version of the exam or a higher-level exam in the same path before the expiration date.
Recertifying also gives you a 50% discount voucher for your next exam.</p>
<p><a href="https://www.aws.training/Certification">Manage your certifications</a></p><p>Thank you,<br>AWS Certification</p>"""), U8, QP)],
  "Certification expiry notice to the company address with a candidate ID in the body; program mail, not a case.")

# ------------------------------------------------------------------ 004
M("otp1", "unrelated", False, None, [], addr("AWS Builder ID", "no-reply@signin.aws"), P,
  "Verify your AWS Builder ID email address", "2025-06-03 11:47:30 +0000",
  [("html", html("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560"><tr><td><h2>Verify your email address</h2>
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482917</b></p>
<p>This code expires in 30 minutes. If you did not request it, you can ignore this message.</p>
<p>Amazon Web Services</p></td></tr></table></td></tr></table>"""), U8, QP)],
  "Builder ID one-time code (6 digits); HTML only; part of the merge preparation but not case mail.")

# ------------------------------------------------------------------ 005
M("gh1", "unrelated", False, None, [], addr("Shun Aoyagi", "notifications@github.com"), P,
  "Re: [kitasora-oss/tfmodules] Merge account-level guardrails into main (PR #212)", "2025-06-04 07:15:52 +0000",
  [("plain", """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitasora-oss/tfmodules/pull/212#event-17719304412
You are receiving this because you authored the thread.
""", U8, B7)],
  "GitHub says 'Merged' with a long event number; a merge that is not the account merge.",
  extra=["List-ID: kitasora-oss/tfmodules <tfmodules.kitasora-oss.github.com>", "X-GitHub-Reason: author"])

# ------------------------------------------------------------------ 006  ack A
ackA_txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your request.
The details of your case are as follows:

Case ID: {A}
Subject: {SUBJ_TC}
Severity: General
Correspondence: Contact name: Haruka Morimoto
Email: {P}
Inquiry type: Certification
Additional details: Account Merge

Use case: I am leaving Kitasora Systems on June 13 and would like to merge my company
certification account into my personal one.
Email addresses used: {CO}, {P}
Address to keep: {P}
Candidate IDs: AWS07264815 (company), AWS11530926 (personal)

We usually respond within 24 hours. If we need more time to find the best solution, we
will let you know.

To add information to this case, reply to this email and keep the case number in the
subject line. If you already have a case open, please do not create another case for the
same issue; duplicate cases slow down our response.

Sincerely,
Amazon Web Services
"""
M("ackA", "acknowledgement", False, A, ["AWS07264815", "AWS11530926"], TCFROM, P,
  f"[CASE {A}] {SUBJ_TC}", "2025-06-05 12:31:07 +0000", [("plain", ackA_txt, U8, B7)],
  "Acknowledgement; echoes the form, including two candidate IDs; 'reply to this email to add information' is not a request.")

# ------------------------------------------------------------------ 007  ack B (duplicate, Japanese)
ackB_txt = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のリクエストに対応するため、ケース {B} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {B}
件名: AWS トレーニングと認定 - アカウントの統合
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

お問い合わせ内容:
退職に伴い、会社のメールアドレス({CO})の認定アカウントを
個人のアカウント({P})へ統合したいです。

通常24時間以内にご回答いたします。調査に時間を要する場合はその旨ご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
"""
M("ackB", "acknowledgement", False, B, [], TCFROM, P,
  f"[CASE {B}] AWS トレーニングと認定 フォーム送信 - account-assistance", "2025-06-05 12:52:40 +0000",
  [("plain", ackB_txt, U8, B64)],
  "Second acknowledgement 20 minutes later: the owner filed the same request again in the Japanese form (duplicate case). Base64 UTF-8.")

# ------------------------------------------------------------------ 008
M("sb1", "unrelated", False, None, [], addr("AWS Skill Builder", "no-reply@aws.training"), P,
  "Your AWS Skill Builder receipt", "2025-06-05 23:10:03 +0000",
  [("plain", """Thank you for your purchase.

Order number: SB-7742-0193-5521
Item: AWS Skill Builder Individual subscription (monthly)
Amount charged: USD 29.00
Billing date: June 5, 2025

Your subscription renews automatically each month. You can cancel at any time from
Subscription settings.

Questions about this order? Contact us through https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
""", U8, B7),
   ("html", html("""<h3>Thank you for your purchase.</h3><table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Order number</td><td>SB-7742-0193-5521</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount charged</td><td>USD 29.00</td></tr><tr><td>Billing date</td><td>June 5, 2025</td></tr></table>
<p>Your subscription renews automatically each month.</p><p>AWS Training and Certification</p>"""), U8, QP)],
  "Skill Builder receipt from the training platform; mentions the T&C contact form but is not a case.")

# ------------------------------------------------------------------ 009  case_update B (duplicate closed)
M("dupB", "case_update", False, B, [], TCFROM, P,
  f"RE:[CASE {B}] AWS トレーニングと認定 フォーム送信 - account-assistance", "2025-06-06 01:20:15 +0000",
  [("plain", f"""Hello Haruka,

Thanks for reaching out. I see this request is the same one you submitted a few minutes
earlier under case {A}. To keep everything in one place, I'm closing this case and my
colleagues will continue with you on case {A}.

There is nothing you need to do here - you'll receive updates on the other case.

Best regards,
Ines
AWS Training and Certification Customer Support
""", U8, B7)],
  "Duplicate case closed and pointed to the main case; mentions 'closing' but is not a no-answer closing notice; belongs to the duplicate case number.", irt="ackB")

# ------------------------------------------------------------------ 010  on_hold A with buried question
holdA_txt = f"""Hello Haruka,

Thank you for your patience while we looked into your request.

When I reviewed the two certification accounts, I found that the account registered to
{CO} is associated with an AWS Partner Network (APN) organization (Kitasora Systems
Co., Ltd.). Accounts that are linked to a partner organization count toward that partner's
certification totals, so we are not able to merge them away while the association is
active. The partner administrator has to remove the association in AWS Partner Central
first, or the association ends when your employment with the partner ends.

Until then, I have placed your case on hold.

One thing that would help me decide how to proceed: are you still employed by Kitasora
Systems, and if you are leaving, what is your last working day?

Kind regards,
Marisol V.
AWS Training and Certification Customer Support
"""
M("holdA", "on_hold", True, A, [], TCFROM, P, f"RE:[CASE {A}] {SUBJ_TC}", "2025-06-06 04:48:33 +0000",
  [("plain", holdA_txt, U8, QP),
   ("html", html(holdA_txt.replace("\n\n", "</p><p>").replace("\n", " ").join(["<p>", "</p>"])), U8, QP)],
  "Partner (APN) hold; the question about the last working day sits in the second-to-last paragraph with no 'please'. Hold + question = reply needed.",
  irt="ackA")

# ------------------------------------------------------------------ 011
M("nl1", "unrelated", False, None, [], addr("Cloud Native Weekly", "newsletter@cloudnativeweekly.dev"), P,
  "Cloud Native Weekly #318: case studies, merge queues and certification tips", "2025-06-06 06:00:00 +0000",
  [("plain", """CLOUD NATIVE WEEKLY - Issue 318

* Case study: how a payments team cut build times by 40%
* Merge queues explained: why your main branch stays green
* Passing the AWS Certified Developer exam in 30 days (reader story)
* Kubernetes 1.33 release notes, the short version

Reply to this email to tell us what you'd like to read next week!

Unsubscribe: https://cloudnativeweekly.dev/u/8e21f0
""", U8, B7)],
  "Newsletter with 'case study', 'merge', 'certification' and 'reply to this email'.",
  extra=["List-Unsubscribe: <https://cloudnativeweekly.dev/u/8e21f0>", "Precedence: bulk"])

# ------------------------------------------------------------------ 012  user reply A from company address
repA1 = f"""Hello Marisol,

Yes, I'm leaving. My last working day at Kitasora Systems is Friday, June 13, 2025, and
this company mailbox will be closed after that. I'd like everything on the company
account (AWS07264815) moved to my personal account.

Best regards,
Haruka Morimoto

________________________________
From: AWS Training and Certification <{TC}>
Sent: Friday, June 6, 2025 13:48
To: {P}
Subject: RE:[CASE {A}] {SUBJ_TC}

""" + holdA_txt
M("repA1", "user_reply", False, A, ["AWS07264815"], ME_FROM_C, TCFROM, f"RE: [CASE {A}] {SUBJ_TC}",
  "2025-06-06 14:05:51 +0900", [("plain", repA1, U8, QP)],
  "The owner answers the hold, but from the company address (Outlook, top-posted over the full quoted hold with its question).",
  irt=["ackA", "holdA"], crlf=True)

# ------------------------------------------------------------------ 013  OOO colleague
M("ooo1", "unrelated", False, None, [], addr("小野 真理", "m.ono@kitasora-sys.co.jp"), CO,
  "自動応答: 会社のAWS認定アカウントについて", "2025-06-06 14:20:02 +0900",
  [("plain", """お疲れさまです。小野です。

6月6日(金)から6月10日(火)まで休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの場合は田村までご連絡ください。

I am out of the office until June 10 with no access to email.
""", "iso-2022-jp", B7)],
  "Out-of-office auto-reply from the company's partner administrator (the owner had asked her about the APN link).",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], auth="none", scs="iso-2022-jp")

# ------------------------------------------------------------------ 014  info_request A: write from other address
wrongA = f"""Hi Haruka,

Thank you for the update about your last day.

Because this case was opened for {P}, I can only act on instructions that come from
that address. Your last message arrived from {CO}, which is the account we would be
merging away. For your security, please send your answer again from {P} by replying to
this email, and I will continue from there.

Regards,
Marisol V.
AWS Training and Certification Customer Support

-----Original Message-----
From: {CO}
Sent: 6/6/2025 5:05 AM
Subject: RE: [CASE {A}] {SUBJ_TC}

Yes, I'm leaving. My last working day at Kitasora Systems is Friday, June 13, 2025...
"""
M("wrongA", "info_request", True, A, [], TCFROM, f"{P}, {CO}", f"RE:[CASE {A}] {SUBJ_TC}",
  "2025-06-06 22:37:18 +0000", [("plain", wrongA, U8, B7)],
  "Wrong-address reply: support asks the owner to resend from the personal address. A request that is not a question and not a merge confirmation.",
  irt=["ackA", "holdA", "repA1"])

# ------------------------------------------------------------------ 015  user reply A from personal
M("repA2", "user_reply", False, A, [], ME_FROM_P, TCFROM, f"Re: RE:[CASE {A}] {SUBJ_TC}",
  "2025-06-07 08:12:40 +0900", [("plain", f"""Hi Marisol,

Sending this from my personal address as you asked. I confirm that I am leaving Kitasora
Systems; my last working day is June 13, 2025. Please merge the company certification
account into this one once the partner link allows it.

Thank you,
Haruka

On Sat, Jun 7, 2025 at 7:37 AM AWS Training and Certification <{TC}> wrote:

""" + q(wrongA), U8, QP)],
  "Owner's resend from the personal address; contains 'I confirm' and 'Please merge' but is the owner's own mail.",
  irt=["ackA", "holdA", "repA1", "wrongA"])

# ------------------------------------------------------------------ 016  suspicious lookalike
M("phish1", "suspicious", False, None, [], addr("AWS Training & Certification", "support@aws-certification-merge.com"), P,
  "Action required: confirm your certification account merge within 24 hours", "2025-06-07 19:03:55 +0000",
  [("html", html("""<p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts.
To avoid losing your certifications, you must <b>confirm the merge within 24 hours</b>.</p>
<p style="text-align:center"><a href="http://aws-certification-merge.com/verify?u=haruka" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm merge and sign in</a></p>
<p>If you do not confirm, both accounts and all earned badges will be permanently deleted.</p>
<p>AWS Training and Certification Team</p>"""), U8, B64)],
  "Lookalike domain asking to 'confirm the merge' with a sign-in button: phishing that mimics a confirmation request.",
  auth=f"mx.google.com;\n       dkim=pass header.i=@aws-certification-merge.com;\n       spf=pass smtp.mailfrom=aws-certification-merge.com;\n       dmarc=pass (p=NONE) header.from=aws-certification-merge.com")

# ------------------------------------------------------------------ 017  colleague, APN released
M("coll2", "unrelated", False, None, [], addr("小野 真理", "m.ono@kitasora-sys.co.jp"), CO,
  "Re: 会社のAWS認定アカウントについて", "2025-06-09 10:31:26 +0900",
  [("plain", """森本さん

お疲れさまです。小野です。休暇中で返信が遅くなりすみません。

パートナーセントラル上で、森本さんの認定アカウントの紐付けを解除しました。
AWSサポートから何か確認が来たら、この件は会社として問題ない旨伝えてもらって大丈夫です。

新天地でもがんばってください!

小野
""", U8, B64)],
  "Company's partner admin says she removed the APN link; about the case but from a colleague, no case number.", auth="none")

# ------------------------------------------------------------------ 018  case_update A: hold lifted
M("liftA", "case_update", False, A, [], TCFROM, P, f"RE:[CASE {A}] {SUBJ_TC}", "2025-06-09 05:44:10 +0000",
  [("plain", f"""Hello Haruka,

Good news: the partner association on the account registered to {CO} has been removed,
so your case is no longer on hold. I'm preparing the merge now and will write again
shortly with the account details for you to look over.

Thanks,
Marisol V.
AWS Training and Certification Customer Support
""", U8, B7)],
  "Hold lifted; says a confirmation is coming but asks nothing yet.", irt=["ackA", "repA2"])

# ------------------------------------------------------------------ 019  confirmation_request A (HTML only table)
confA_html = html(f"""<p>Hello Haruka,</p>
<p>I found the following certification accounts for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11530926</td><td>AWS07264815</td></tr>
<tr><td>Login email</td><td>{P}</td><td>{CO}</td></tr>
<tr><td>Training notification email</td><td>{P}</td><td>{CO}</td></tr>
<tr><td>Certification notification email</td><td>{P}</td><td>{CO}</td></tr>
<tr><td>Active certifications</td><td>none</td><td>Solutions Architect - Associate; Cloud Practitioner</td></tr>
</table>
<p>After the merge, Account #2 will be closed and its exam history, certifications and benefits
will appear under Account #1. This cannot be undone.</p>
<p>Before I go ahead, I need your confirmation that both accounts belong to you and that
Account #1 is the one you want to keep. A short reply to this email is enough.</p>
<p>Kind regards,<br>Marisol V.<br>AWS Training and Certification Customer Support</p>""")
M("confA", "confirmation_request", True, A, ["AWS11530926", "AWS07264815"], TCFROM, P, f"RE:[CASE {A}] {SUBJ_TC}",
  "2025-06-09 07:02:48 +0000", [("html", confA_html, U8, QP)],
  "Merge confirmation as an HTML-only table with candidate IDs; 'I need your confirmation' instead of a question.",
  irt=["ackA", "liftA"])

# ------------------------------------------------------------------ 020  marketing JP
M("mkt1", "unrelated", False, None, [], addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), P,
  "【AWS Summit Japan】ご登録内容のご確認とセッション予約のお願い", "2025-06-09 08:00:00 +0000",
  [("html", html("""<p>森本 遥 様</p><p>AWS Summit Japan へのご登録ありがとうございます。</p>
<p>ご登録内容をご確認のうえ、ご希望のセッションをお早めにご予約ください。人気のセッションは満席となる場合がございます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">セッションを予約する</a></p>
<p>認定者ラウンジのご利用には、AWS 認定の保有が確認できる画面をご提示ください。</p>
<p style="font-size:11px;color:#777">本メールは送信専用です。配信停止は<a href="https://pages.awscloud.com/unsub">こちら</a>。</p>"""), U8, B64)],
  "AWS marketing in Japanese asking to confirm a registration and book sessions; mentions certification.",
  extra=["List-Unsubscribe: <https://pages.awscloud.com/unsub>"])

# ------------------------------------------------------------------ 021  owner forwards to company address
M("fwdA", "user_reply", False, A, [], ME_FROM_P, addr("森本 遥", CO), f"Fwd: RE:[CASE {A}] {SUBJ_TC}",
  "2025-06-09 17:30:12 +0900", [("plain", f"""For the handover folder (APN admin asked for a copy).

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Mon, Jun 9, 2025 at 4:02 PM
Subject: RE:[CASE {A}] {SUBJ_TC}
To: <{P}>

Hello Haruka,

I found the following certification accounts for you:

Account #1 AWS11530926 / Login email: {P}
Account #2 AWS07264815 / Login email: {CO}

Before I go ahead, I need your confirmation that both accounts belong to you and that
Account #1 is the one you want to keep. A short reply to this email is enough.

Kind regards,
Marisol V.
""", U8, QP)],
  "Owner forwards the confirmation request to her own company address; the forwarded part holds the request and candidate IDs (not her own new text).",
  irt="confA")

# ------------------------------------------------------------------ 022  owner confirms
M("repA3", "user_reply", False, A, ["AWS11530926"], ME_FROM_P, TCFROM, f"Re: RE:[CASE {A}] {SUBJ_TC}",
  "2025-06-10 07:55:03 +0900", [("plain", f"""Confirmed. Both accounts are mine - please merge everything into Account #1
(AWS11530926, {P}).

Haruka

2025年6月9日(月) 16:02 AWS Training and Certification <{TC}>:
> Hello Haruka,
> I found the following certification accounts for you:
> Account #1 ... Account #2 ...
> Before I go ahead, I need your confirmation that both accounts belong to you and that
> Account #1 is the one you want to keep.
""", U8, B7),
   ("html", html(f"""<div>Confirmed. Both accounts are mine - please merge everything into Account #1 (AWS11530926, {P}).</div><div><br></div><div>Haruka</div>
<div class="gmail_quote"><div class="gmail_attr">2025年6月9日(月) 16:02 AWS Training and Certification &lt;{TC}&gt;:</div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{confA_html}</blockquote></div>"""), U8, QP)],
  "Owner's confirmation, Gmail with a Japanese-locale attribution line; quotes the HTML table.",
  irt=["ackA", "liftA", "confA"])

# ------------------------------------------------------------------ 023  resolved A quoting confirmation
resA = f"""Hello Haruka,

Thank you for confirming. I have merged your accounts: your exam history, certifications
and benefits from the company account are now under AWS11530926 ({P}), and the
account for {CO} has been closed.

It can take up to 24 hours for Credly and the AWS Partner Central profile to reflect the
change. If you have anything to add, you can reply to this email.

Kind regards,
Marisol V.
AWS Training and Certification Customer Support

-----Original Message-----
From: {P}
Sent: 6/9/2025 10:55 PM
To: {TC}
Subject: Re: RE:[CASE {A}] {SUBJ_TC}

Confirmed. Both accounts are mine - please merge everything into Account #1 (AWS11530926).

-----Original Message-----
From: {TC}
Sent: 6/9/2025 7:02 AM
Subject: RE:[CASE {A}] {SUBJ_TC}

Account #1 - Candidate ID AWS11530926 - Login email: {P}
Account #2 - Candidate ID AWS07264815 - Login email: {CO}
Before I go ahead, I need your confirmation that both accounts belong to you and that
Account #1 is the one you want to keep. A short reply to this email is enough.
"""
M("resA", "resolved", False, A, ["AWS11530926"], TCFROM, P, f"RE:[CASE {A}] {SUBJ_TC}", "2025-06-10 01:31:59 +0000",
  [("plain", resA, U8, QP)],
  "Merge done; quotes the earlier confirmation request below an Outlook separator; conditional 'if you have anything to add'.",
  irt=["ackA", "confA", "repA3"])

# ------------------------------------------------------------------ 024-025 Credly
def credly(tag, date, badge, uuid):
    M(tag, "badge", False, None, [], addr("Credly", "admin@credly.com"), P,
      f"Haruka, you've earned a badge from Amazon Web Services Training and Certification", date,
      [("plain", f"""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge:
{badge}

Accept your badge to share it on LinkedIn and elsewhere:
https://www.credly.com/badges/{uuid}/accept

Credly, a Pearson company
""", U8, B7),
       ("html", html(f"""<h2>Congratulations, Haruka!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>{badge}</b></p><p><a href="https://www.credly.com/badges/{uuid}/accept">Accept your badge</a></p><p>Credly, a Pearson company</p>"""), U8, QP)],
      "Credly badge mail right after the merge; badge UUID in link.")
credly("cr1", "2025-06-10 01:58:21 +0000", "AWS Certified Solutions Architect - Associate", "5d1e3f0a-8b2c-4e77-9a1d-2f6c0b8e4411")
credly("cr2", "2025-06-10 01:58:24 +0000", "AWS Certified Cloud Practitioner", "a90c12e4-71b3-4c0f-8d5e-3e2b91f7c6a0")

# ------------------------------------------------------------------ 026 survey A
M("survA", "survey", False, A, [], addr("AWS Customer Service", "aws-cs-survey@amazon.com"), P,
  f"How did we do? Your AWS Training and Certification case {A}", "2025-06-11 02:10:00 +0000",
  [("html", html(f"""<p>Hello,</p><p>You recently contacted AWS Training and Certification about case <b>{A}</b>.
Would you take two minutes to tell us how we did?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws.example-feedback.amazon.com/s/{A}?r=5">Very satisfied</a> |
<a href="https://survey.aws.example-feedback.amazon.com/s/{A}?r=3">Neutral</a> |
<a href="https://survey.aws.example-feedback.amazon.com/s/{A}?r=1">Very dissatisfied</a></p>
<p>Please do not reply to this email; responses to this address are not monitored.</p>"""), U8, B64)],
  "Case satisfaction survey with a direct question ('how satisfied...') and the case number.")

# ------------------------------------------------------------------ 027 certmetrics wants to hear from you
M("cert2", "certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), P,
  "AWS Certification wants to hear from you", "2025-06-11 15:00:00 +0000",
  [("plain", """Hello,

As an AWS Certified individual, your opinion shapes future exams. Please complete our
10-minute annual certification holder survey by June 30:

https://www.certmetrics.com/amazon/survey/2025

Thank you for being part of the AWS Certification community.

AWS Certification
""", U8, B7)],
  "Certification-program feedback request: looks like a survey but is not about a support case.")

# ------------------------------------------------------------------ 028 Pearson VUE
M("pvue1", "unrelated", False, None, [], addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), P,
  "Confirmation of your AWS Certified Developer - Associate exam appointment", "2025-06-12 03:21:40 +0000",
  [("html", html("""<p>Dear Haruka Morimoto,</p><p>Thank you for scheduling with Pearson VUE.</p>
<table border="0" cellpadding="4"><tr><td>Registration ID:</td><td>491837205</td></tr>
<tr><td>Exam:</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>Date:</td><td>Saturday, June 21, 2025 10:00 JST</td></tr>
<tr><td>Delivery:</td><td>OnVUE online proctored</td></tr></table>
<p>Please confirm your system meets the requirements by running the system test before exam day.</p>"""), U8, QP)],
  "Exam vendor appointment confirmation; 9-digit registration ID; 'please confirm' aimed at a system test.")

# ------------------------------------------------------------------ 029 suspicious dmarc fail with real case subject
M("phish2", "suspicious", False, None, [], TCFROM, P, f"RE:[CASE {A}] {SUBJ_TC}", "2025-06-12 09:47:02 +0000",
  [("plain", f"""Hello Haruka,

Your merge could not be completed because your identity was not verified. Please sign in
with your Builder ID at the link below and re-enter your payment card so that your
benefits can be transferred:

http://aws-training-verify.co/builderid/login

If you do not act within 48 hours, the merged certifications will be revoked.

AWS Training and Certification Customer Support
""", U8, B7)],
  "Uses the real sender and the real case subject, but DKIM and DMARC fail for amazon.com; asks for a sign-in and card.",
  auth=f"mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=s1 header.b=Zt0;\n       spf=fail (google.com: domain of {TC} does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=amazon.com;\n       dmarc=fail (p=QUARANTINE sp=NONE dis=QUARANTINE) header.from=amazon.com")

# ------------------------------------------------------------------ 030 owner reopens A
M("repA4", "user_reply", False, A, [], ME_FROM_P, TCFROM, f"Re: RE:[CASE {A}] {SUBJ_TC}",
  "2025-06-13 21:14:30 +0900", [("plain", f"""Hi Marisol,

Thanks again for the merge. Exam history and certifications look right, but under
Benefits I no longer see the 50% exam discount I had on the company account. Could
you check whether it was carried over?

Haruka

On Tue, Jun 10, 2025 at 10:31 AM AWS Training and Certification <{TC}> wrote:
""" + q(resA.split("-----Original")[0]), U8, QP)],
  "Owner writes back after the resolution about a missing benefit (reopens the case); she asks support a question.",
  irt=["ackA", "confA", "resA"])

# ------------------------------------------------------------------ 031 colleague farewell party ISO-2022-JP
M("coll3", "unrelated", False, None, [], addr("田村 健二", "k.tamura@kitasora-sys.co.jp"), f"{CO}, dev-team@kitasora-sys.co.jp",
  "【ご確認ください】森本さん送別会の出欠", "2025-06-13 12:02:18 +0900",
  [("plain", """開発チームの皆さん

お疲れさまです。田村です。
来週水曜の森本さんの送別会について、出欠を確認させてください。

日時: 6月18日(水) 19:00-
場所: 新橋の例のお店

金曜中にこのメールに返信いただけますでしょうか。よろしくお願いいたします。
""", "iso-2022-jp", B7)],
  "Colleague mail with Japanese keigo request to reply by Friday: a real request, but not from support.",
  auth="none", scs="iso-2022-jp")

# ------------------------------------------------------------------ 032 case_update A reopened
M("reopA", "case_update", False, A, [], addr("AWS Training and Certification", TC), P,
  f"RE:[CASE {A}] {SUBJ_TC}", "2025-06-14 00:40:51 +0000",
  [("plain", f"""Hello Haruka,

My name is Kwame and I'm picking up your case while Marisol is out. I've reopened it and
passed the missing discount benefit to our benefits team, who can restore vouchers that
did not carry over in a merge. They usually need two to three business days.

I'll update you as soon as I hear back.

Regards,
Kwame A.
AWS Training and Certification Customer Support
""", U8, B7)],
  "Case reopened and passed to another team; 'I'll update you' - nothing asked.", irt=["resA", "repA4"])

# ------------------------------------------------------------------ 033 console ack C
conAck = f"""Amazon Web Services has opened case {C} on your behalf.

The details of the case are as follows:

Case ID: {C}
Subject: Name on AWS Certification certificate does not match my ID
Severity: General guidance
Correspondence: The certificate for my Cloud Practitioner certification shows my name as
"Haruka Morimot" (last letter missing). Please correct it to "Haruka Morimoto" as on my
passport.

To contact us again about this case, please return to the AWS Support Center using the
following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.

Thank you for using Amazon Web Services.
"""
M("ackC", "acknowledgement", False, C, [], CONFROM, P, f"Amazon Web Services: New Support case: {C}",
  "2025-06-15 20:12:25 +0000", [("plain", conAck, U8, B7)],
  "Console case acknowledgement; the owner's own correspondence contains 'Please correct it', which is not support asking.")

# ------------------------------------------------------------------ 034 other vendor solved
M("zd1", "unrelated", False, None, [], addr("Nimbus DNS Support", "support@nimbusdns.zendesk.com"), P,
  "[Nimbus DNS] Re: Zone transfer failing for secondary - Request #48213 solved", "2025-06-16 02:33:10 +0000",
  [("html", html("""<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (48213) has been solved. To reopen this request, reply to this email.</p>
<hr><p><b>Elena (Nimbus DNS)</b></p><p>Hi Haruka, the AXFR ACL now includes your secondary's address, so transfers should work again.
I'm marking this as solved; if anything breaks, just reply and the ticket reopens.</p>
<p>How would you rate our support? <a href="https://nimbusdns.zendesk.com/requests/48213/satisfaction/new">Good</a> / <a href="#">Bad</a></p>"""), U8, QP)],
  "Another vendor's ticket solved with reopen-by-reply and a rating link: resolved+survey shape from a non-AWS sender.")

# ------------------------------------------------------------------ 035 console info_request C
conReq = f"""Hello,

Thank you for contacting AWS Training and Certification.

I'm sorry about the typo in your name. Name changes on certification records need to match
a government-issued ID exactly, so our records team asks for two things before they can
update it:

1. Your full name exactly as it is printed on your ID, including the order of given and
family name.
2. Confirmation of which ID you will present at future exam appointments (passport or
driver's license).

You can add this to the case through the Support Center link below; once it's there I will
pass it to the records team the same day.

Best regards,
Priya R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To see the case details or to reply, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
M("reqC", "info_request", True, C, [], CONFROM, P, f"RE:[CASE {C}] Name on AWS Certification certificate does not match my ID",
  "2025-06-16 09:20:44 +0000", [("plain", conReq, U8, QP)],
  "Console case asks for information that must be entered in the Support Center (mail cannot be answered); the rating footer is boilerplate.",
  irt="ackC")

# ------------------------------------------------------------------ 036 resolved A voucher restored
M("resA2", "resolved", False, A, [], TCFROM, P, f"RE:[CASE {A}] {SUBJ_TC}", "2025-06-16 06:05:37 +0000",
  [("plain", f"""Hi Haruka,

The benefits team has restored the 50% exam discount on your account. You'll find it
under Benefits on https://www.aws.training/Certification, valid until March 31, 2026.

No further action is required on your part, and I'm resolving this case now.

Regards,
Kwame A.
AWS Training and Certification Customer Support

> Could you check whether it was carried over?
""", U8, B7)],
  "Voucher restored after reopening; quotes the owner's question; explicit 'no further action is required'.",
  irt=["repA4", "reopA"])

# ------------------------------------------------------------------ 037 AWS Activate form case (other program)
ACT = "175010277400312"
M("act1", "unrelated", False, ACT, [], addr("AWS Activate", "aws-cs-activate-form@amazon.com"), P,
  f"RE:[CASE {ACT}] [AWS Activate Form Submission] - credits", "2025-06-16 13:48:09 +0000",
  [("plain", f"""Hello Haruka,

Thanks for your Activate application for "Morimoto Labs". Before we can review it, please
reply with your company's website URL and the AWS account ID (12 digits) the credits
should be applied to.

Case ID: {ACT}

Best,
AWS Activate Team
""", U8, B7)],
  "Another AWS program's form case (Activate) with a real request: same shape and domain, but not a Training and Certification case, so no reply flag.")

# ------------------------------------------------------------------ 038 owner replies by email to console (mistake)
repC = f"""Hello Priya,

1. HARUKA MORIMOTO (given name Haruka, family name Morimoto), as printed on my passport.
2. I will present my passport.

Thank you!
Haruka

On Mon, Jun 16, 2025 at 6:20 PM Amazon Web Services <{CON}> wrote:
""" + q(conReq)
M("repC", "user_reply", False, C, [], ME_FROM_P, CONFROM, f"Re: RE:[CASE {C}] Name on AWS Certification certificate does not match my ID",
  "2025-06-17 07:31:02 +0900", [("plain", repC, U8, QP)],
  "Owner answers the console case by e-mail to the no-reply address (it will bounce).",
  irt=["ackC", "reqC"])

# ------------------------------------------------------------------ 039 bounce
M("bnc1", "unrelated", False, C, [], addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), P,
  "Delivery Status Notification (Failure)", "2025-06-16 22:31:09 +0000",
  [("plain", f"""** Address not found **

Your message wasn't delivered to {CON} because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <{CON}>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE {C}] Name on AWS Certification certificate does not match my ID
From: {ME_NAME} <{P}>

1. HARUKA MORIMOTO (given name Haruka, family name Morimoto), as printed on my passport.
""", U8, B7)],
  "Bounce of the owner's e-mail answer; support is still waiting (the console request carries that), the bounce itself is not support.",
  irt="repC", auth="none", extra=["Auto-Submitted: auto-replied"])

# ------------------------------------------------------------------ 040 billing alert
M("bill2", "unrelated", False, None, [], addr("AWS Budgets", "budgets@costalerts.amazonaws.com"), P,
  "AWS Budgets: sandbox-monthly has exceeded your alert threshold", "2025-06-17 23:00:12 +0000",
  [("plain", """AWS Budget Notification June 17, 2025
AWS Account 518204773961

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your sandbox-monthly
budget is greater than $5.00 for the current month. The ACTUAL Cost associated with this
budget is $5.42.

Budget Name: sandbox-monthly
Budget Type: Cost
Budgeted Amount: $10.00
Alert Type: ACTUAL
Alert Threshold: > $5.00
""", U8, B7)],
  "AWS budget alert; account ID, amounts, no case.")

# ------------------------------------------------------------------ 041 ack D (11 digit, short)
SUBJ_D = "[AWS Training and Certification Form Submission] - exam-registration"
M("ackD", "acknowledgement", False, D, [], TCFROM, P, f"RE: [CASE {D}] {SUBJ_D}", "2025-06-18 04:16:00 +0000",
  [("plain", f"""Thank you for contacting Amazon Web Services. We have opened case {D} to address your request.

We usually respond within 24 hours. Please do not open another case for the same request.

Amazon Web Services
""", U8, B7)],
  "Very short acknowledgement with an 11-digit case number and 'RE: [CASE' spacing.")

# ------------------------------------------------------------------ 042 info_request D (buried, no please)
reqD = f"""Hello Haruka,

Thanks for writing in about being charged twice for your DVA-C02 appointment. I can see
one payment of USD 150.00 on June 12 on our side; the second authorization may have been
created when the appointment was rescheduled, which sometimes leaves a pending charge that
drops off by itself after 7-10 days. If it was actually captured, we refund it.

To trace the second charge I'll need the Pearson VUE registration number shown on your
confirmation e-mail and the date and amount of each charge as it appears on your card
statement, plus the candidate ID of the account you booked with.

Once I have those I can open the refund request with our payments team.

Thank you,
Tomasz K.
AWS Training and Certification Customer Support
"""
M("reqD", "info_request", True, D, [], TCFROM, P, f"RE: [CASE {D}] {SUBJ_D}", "2025-06-19 01:02:33 +0000",
  [("plain", reqD, U8, QP)],
  "Request buried in the middle after an explanation, phrased 'I'll need ...' with no 'please' and no question mark.",
  irt="ackD")

# ------------------------------------------------------------------ 043 closing_notice C (console)
M("closeC", "closing_notice", True, C, [], CONFROM, P, f"RE:[CASE {C}] Name on AWS Certification certificate does not match my ID",
  "2025-06-19 09:25:03 +0000", [("plain", f"""Hello,

We haven't received a response to our last message, so we're checking in. Your case will
be resolved automatically in 3 days if there's no reply from you. If you still need help,
reply to the case through the AWS Support Center and it will stay open.

To see the case details or to reply, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.

Thank you for using Amazon Web Services.
""", U8, B7)],
  "Console auto-close warning: the owner's e-mail answer bounced, so support has nothing; answer in the console keeps the case open.",
  irt=["ackC", "reqC"])

# ------------------------------------------------------------------ 044 exam result
M("cert3", "certification", False, None, ["AWS11530926"], addr("AWS Certification", "do-not-reply@certmetrics.com"), P,
  "Your AWS Certification exam results are now available", "2025-06-21 09:40:17 +0000",
  [("html", html("""<p>Hello Haruka Morimoto,</p><p>Congratulations! You passed <b>AWS Certified Developer - Associate (DVA-C02)</b>.</p>
<p>Candidate ID: AWS11530926<br>Score: 842</p>
<p>Your digital badge will arrive from Credly shortly. Sign in to your AWS Certification account to download your certificate.</p>
<p>AWS Certification</p>"""), U8, B64)],
  "Exam result (program mail) with the candidate ID in the body; HTML only, base64.")

# ------------------------------------------------------------------ 045 resolved C with survey footer
M("resC", "resolved", False, C, [], CONFROM, P, f"RE:[CASE {C}] Name on AWS Certification certificate does not match my ID",
  "2025-06-21 02:11:48 +0000", [("plain", f"""Hello Haruka,

Thank you for adding your details in the Support Center. The records team has corrected your
name to "Haruka Morimoto" on your certification profile, and a new certificate with the
correct spelling is available to download now.

I'm marking this case as resolved.

Best regards,
Priya R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To see the case details or to reply, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", U8, B7)],
  "Console resolution with the rating footer (resolution wins over the survey footer).",
  irt=["ackC", "reqC", "closeC"])

# ------------------------------------------------------------------ 046 badge DVA
credly("cr3", "2025-06-21 10:05:33 +0000", "AWS Certified Developer - Associate", "0c6b77d2-19ef-4d8a-b3a1-6e0f95d4c2b8")

# ------------------------------------------------------------------ 047 closing_notice D
closeD = f"""Hi Haruka,

I'm following up on my message from June 19 about the duplicate charge. I haven't received
the details yet, so this case will be closed in 72 hours. Just reply to this email before
then - or afterwards, and it will reopen - and I'll pick it up straight away.

Thank you,
Tomasz K.
AWS Training and Certification Customer Support
"""
M("closeD", "closing_notice", True, D, [], TCFROM, P, f"RE: [CASE {D}] {SUBJ_D}", "2025-06-22 01:10:07 +0000",
  [("plain", closeD, U8, B7)],
  "Closing notice for lack of an answer; the missing details are only referenced, not listed again.", irt=["ackD", "reqD"])

# ------------------------------------------------------------------ 048 owner replies D
M("repD", "user_reply", False, D, ["AWS11530926"], ME_FROM_P, TCFROM, f"RE: [CASE {D}] {SUBJ_D}",
  "2025-06-22 19:48:55 +0900", [("plain", f"""Hi Tomasz,

Sorry for the delay. Here are the details:

- Pearson VUE registration number: 491837205
- Charges on my card: June 12, USD 150.00 and June 12, USD 150.00 (both posted, not pending)
- Candidate ID: AWS11530926

Best,
Haruka

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Sunday, June 22, 2025 10:10 AM

""" + closeD, U8, QP)],
  "Owner's reply with a 9-digit Pearson number, dates and her candidate ID.", irt=["ackD", "reqD", "closeD"], crlf=True)

# ------------------------------------------------------------------ 049 survey C (console)
M("survC", "survey", False, C, [], addr("AWS Support", "aws-support-survey@amazon.com"), P,
  f"Tell us about your recent AWS Support experience (Case {C})", "2025-06-23 05:00:00 +0000",
  [("plain", f"""Hello,

Your support case {C} was recently resolved. We'd appreciate a moment of your time to tell
us about your experience. The survey has 3 questions.

Start the survey: https://console.aws.amazon.com/support/feedback?caseId={C}

Thank you,
AWS Support
""", U8, B7)],
  "Post-resolution survey for the console case.")

# ------------------------------------------------------------------ 050 GitHub issue closed
M("gh2", "unrelated", False, None, [], addr("github-actions[bot]", "notifications@github.com"), P,
  "Re: [kitasora-oss/tfmodules] Stale: waiting for reporter response (Issue #198)", "2025-06-23 07:01:12 +0000",
  [("plain", """This issue has been automatically closed because it has not had recent activity and we
are waiting on a response from the reporter. If you still need this, reply with the
requested information and we will reopen it.

--
Reply to this email directly or view it on GitHub:
https://github.com/kitasora-oss/tfmodules/issues/198#issuecomment-2996018377
""", U8, B7)],
  "GitHub stale-bot: the closing-notice pattern (closed for no response, reply reopens) from a non-AWS sender.",
  extra=["List-ID: kitasora-oss/tfmodules <tfmodules.kitasora-oss.github.com>"])

# ------------------------------------------------------------------ 051 case_update D passed to payments
M("updD", "case_update", False, D, [], TCFROM, P, f"RE: [CASE {D}] {SUBJ_D}", "2025-06-23 03:27:40 +0000",
  [("plain", """Hi Haruka,

Thanks, that's everything I needed. I've opened a refund request with our payments team
for the second USD 150.00 charge. They typically complete refunds in 5-7 business days;
I'll write to you when it's done.

Best,
Tomasz K.
AWS Training and Certification Customer Support
""", U8, B7)],
  "Passed to another team; 'that's everything I needed' - no ask.", irt=["reqD", "repD"])

# ------------------------------------------------------------------ 052 ack E (ISO-2022-JP)
SUBJ_E = "[AWS トレーニングと認定 フォーム送信] - デジタルバッジ"
M("ackE", "acknowledgement", False, E, [], addr("AWS トレーニングと認定", TC, "iso-2022-jp"), P,
  f"[CASE {E}] {SUBJ_E}", "2025-06-24 00:05:41 +0000",
  [("plain", f"""森本 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: {E}
お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ

お問い合わせ内容:
合格した認定のバッジが Credly に表示されません。同じメールアドレスで
認定アカウントが二つあるかもしれません。

通常24時間以内にご回答いたしますが、内容によってはお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定 カスタマーサポート
""", "iso-2022-jp", B7)],
  "Japanese acknowledgement in ISO-2022-JP with a 10-digit case number.", scs="iso-2022-jp")

# ------------------------------------------------------------------ 053 info_request E (Shift_JIS, keigo)
reqE = f"""森本 遥 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。
お問い合わせいただきありがとうございます。

Credly のバッジが表示されない件、ご不便をおかけしており申し訳ございません。
同一のメールアドレス({P})に紐づく認定アカウントが複数存在する場合、
バッジが正しく連携されないことがございます。

調査を進めるにあたり、お手数ですが以下の情報をお知らせいただけますでしょうか。

・お持ちの認定アカウントそれぞれの AWS 候補 ID(AWS から始まる 11 文字)
・各アカウントへのサインインにご利用の AWS Builder ID のメールアドレス

ご返信をお待ちしております。何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
M("reqE", "info_request", True, E, [], addr("AWS トレーニングと認定", TC, "iso-2022-jp"), P,
  f"RE:[CASE {E}] {SUBJ_E}", "2025-06-25 02:30:12 +0000", [("plain", reqE, "shift_jis", B64)],
  "Japanese keigo request (お知らせいただけますでしょうか) in Shift_JIS/base64; mentions the AWS + digits format without a real ID.",
  irt="ackE")

# ------------------------------------------------------------------ 054 other vendor info request
M("zd2", "unrelated", False, None, [], addr("Kumo Backup Support", "help@kumobackup.freshdesk.com"), P,
  "Ticket #90214: We need a little more information", "2025-06-25 08:14:29 +0000",
  [("plain", """Hi Haruka,

Thanks for contacting Kumo Backup. To look into the failed restore, could you please send
us the job ID and the time (with timezone) when the restore started?

If we don't hear back within 7 days, this ticket will close automatically.

Kind regards,
Dev, Kumo Backup Support
""", U8, B7)],
  "Another vendor asks for information and threatens auto-close: request + closing shapes, not AWS.")

# ------------------------------------------------------------------ 055 owner replies E in Japanese
M("repE1", "user_reply", False, E, ["AWS11530926", "AWS12087734"], ME_FROM_P, TCFROM, f"Re: RE:[CASE {E}] {SUBJ_E}",
  "2025-06-25 22:10:45 +0900", [("plain", f"""佐々木様

ご連絡ありがとうございます。森本です。
確認したところ、認定アカウントは以下の二つでした。

・AWS11530926(普段使っているアカウント、Builder ID: {P})
・AWS12087734(Builder ID でのサインイン時に誤って作成したと思われるもの、Builder ID: {P})

AWS11530926 のほうを残していただきたいです。
よろしくお願いいたします。

森本 遥

2025年6月25日(水) 11:30 AWS トレーニングと認定 <{TC}>:
""" + q(reqE), U8, B8)],
  "Owner's Japanese answer with two candidate IDs, 8bit UTF-8.", irt=["ackE", "reqE"])

# ------------------------------------------------------------------ 056 suspicious Credly
M("phish3", "suspicious", False, None, [], addr("Credly Badges", "admin@credly-notify.com"), P,
  "Your AWS badges will be revoked - action needed", "2025-06-26 11:22:08 +0000",
  [("html", html("""<p>Hi Haruka,</p><p>We detected multiple AWS Certification accounts linked to your email. To avoid revocation
of your badges, sign in and verify ownership within 24 hours.</p>
<p><a href="https://credly-notify.com/login?r=aws">Verify my badges</a></p><p>Credly Support</p>"""), U8, QP)],
  "Fake Credly on a lookalike domain, timed to the real duplicate-account issue.",
  auth="mx.google.com;\n       dkim=none;\n       spf=softfail smtp.mailfrom=credly-notify.com;\n       dmarc=none header.from=credly-notify.com")

# ------------------------------------------------------------------ 057 case_update E escalated (JP)
M("updE", "case_update", False, E, [], addr("AWS トレーニングと認定", TC, "iso-2022-jp"), P,
  f"RE:[CASE {E}] {SUBJ_E}", "2025-06-27 01:45:50 +0000",
  [("plain", """森本 遥 様

佐々木でございます。情報のご提供ありがとうございます。

いただいた候補 ID をもとに、アカウント統合を担当する部署へ調査を依頼いたしました。
現在お問い合わせが大変混み合っており、ご回答まで数日お時間を頂戴する見込みです。

現時点でお客様に追加でご対応いただくことはございません。進捗がございましたらご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
""", U8, QP),
   ("html", html("""<p>森本 遥 様</p><p>佐々木でございます。情報のご提供ありがとうございます。</p>
<p>いただいた候補 ID をもとに、アカウント統合を担当する部署へ調査を依頼いたしました。現在お問い合わせが大変混み合っており、ご回答まで数日お時間を頂戴する見込みです。</p>
<p>現時点でお客様に追加でご対応いただくことはございません。進捗がございましたらご連絡いたします。</p>"""), U8, QP)],
  "Japanese 'escalated, busy, nothing for you to do'.", irt=["reqE", "repE1"])

# ------------------------------------------------------------------ 058 on_hold D (Pearson)
M("holdD", "on_hold", False, D, [], TCFROM, P, f"RE: [CASE {D}] {SUBJ_D}", "2025-06-27 04:12:19 +0000",
  [("plain", """Hi Haruka,

A quick update: our payments team has asked Pearson VUE to confirm that the second
transaction was not used for another booking. The refund is on hold until Pearson VUE
answers; this usually takes a few business days. You don't need to do anything in the
meantime.

Best,
Tomasz K.
AWS Training and Certification Customer Support
""", U8, B7)],
  "Hold caused by a third party, with no question: on hold but no reply needed.", irt=["updD"])

# ------------------------------------------------------------------ 059 marketing EN
M("mkt2", "unrelated", False, None, [], addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), P,
  "Get certified this summer: 50% off your next exam with Exam Prep Plans", "2025-06-28 15:00:00 +0000",
  [("html", html("""<h2>Ready for your next AWS Certification?</h2><p>Start an Exam Prep Plan on AWS Skill Builder and get
50% off your next certification exam. Offer ends August 31.</p><p><a href="https://skillbuilder.aws/exam-prep">Start now</a></p>
<p style="font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. <a href="https://pages.awscloud.com/unsub">Unsubscribe</a></p>"""), U8, QP)],
  "T&C marketing with the same display name as support and a '50% voucher' offer.",
  extra=["List-Unsubscribe: <https://pages.awscloud.com/unsub>"])

# ------------------------------------------------------------------ 060 resolved D quoting request
M("resD", "resolved", False, D, [], TCFROM, P, f"RE: [CASE {D}] {SUBJ_D}", "2025-06-30 06:40:02 +0000",
  [("plain", f"""Hi Haruka,

Pearson VUE confirmed the second transaction was a duplicate, and our payments team has
refunded USD 150.00 to your card today. Depending on your bank it can take up to 10
business days to show on your statement.

No further action is required from you. I'm closing the case now.

Best,
Tomasz K.
AWS Training and Certification Customer Support

-----Original Message-----
From: {TC}
Sent: 6/19/2025 1:02 AM
To: {P}
Subject: RE: [CASE {D}] {SUBJ_D}

""" + reqD, U8, QP)],
  "Refund done; the earlier information request is quoted in full below ('I'll need the registration number...').",
  irt=["reqD", "repD", "holdD"])

# ------------------------------------------------------------------ 061 confirmation_request E (JP)
confE = f"""森本 遥 様

佐々木でございます。お待たせいたしました。

担当部署にて確認したところ、以下の二つの認定アカウントが存在しておりました。

アカウント 1
 候補 ID: AWS11530926
 ログインメール: {P}
 認定通知メール: {P}

アカウント 2
 候補 ID: AWS12087734
 ログインメール: {P}
 認定通知メール: {P}

アカウント 2 の情報をアカウント 1 に統合し、アカウント 2 は無効化いたします。
この内容で統合を進めてよろしいか、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
M("confE", "confirmation_request", True, E, ["AWS11530926", "AWS12087734"], addr("AWS トレーニングと認定", TC, "iso-2022-jp"), P,
  f"RE:[CASE {E}] {SUBJ_E}", "2025-07-01 09:02:27 +0000", [("plain", confE, "iso-2022-jp", B7)],
  "Japanese merge confirmation (アカウント 1/2 listing, ご確認のほどよろしくお願いいたします), ISO-2022-JP.",
  irt=["repE1", "updE"], scs="iso-2022-jp")

# ------------------------------------------------------------------ 062 aws.training class registration
M("sb2", "unrelated", False, None, [], addr("AWS Training", "no-reply@aws.training"), P,
  "Registration confirmed: AWS Cloud Quest - Serverless Developer", "2025-07-01 12:00:05 +0000",
  [("plain", """Hello Haruka,

You're registered for AWS Cloud Quest: Serverless Developer. Sign in to AWS Skill Builder
to start whenever you're ready.

Need help? Visit our FAQ or contact us through the AWS Training and Certification
contact form.

AWS Training and Certification
""", U8, B7)],
  "Training platform registration notice; 'contact us' wording.")

# ------------------------------------------------------------------ 063 closing_notice E (JP)
closeE = f"""森本 遥 様

佐々木でございます。

7月1日にお送りしたアカウント統合の確認について、まだご返信を確認できておりません。
3営業日以内にご返信がない場合、本ケースはいったんクローズさせていただきます。

クローズ後でも本メールにご返信いただければ、ケースを再開して対応いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
M("closeE", "closing_notice", True, E, [], addr("AWS トレーニングと認定", TC, "iso-2022-jp"), P,
  f"RE:[CASE {E}] {SUBJ_E}", "2025-07-03 00:30:40 +0000", [("plain", closeE, U8, B64)],
  "Japanese closing notice; no explicit imperative, only 'if no reply, we close; replying reopens'.",
  irt=["confE"])

# ------------------------------------------------------------------ 064 owner confirms E
M("repE2", "user_reply", False, E, [], ME_FROM_P, TCFROM, f"Re: RE:[CASE {E}] {SUBJ_E}",
  "2025-07-03 12:18:09 +0900", [("plain", f"""佐々木様

返信が遅くなり申し訳ありません。
ご提示の内容で問題ありません。アカウント 1 への統合をお願いいたします。

森本

2025年7月3日(木) 9:30 AWS トレーニングと認定 <{TC}>:
""" + q(closeE), "iso-2022-jp", B7)],
  "Owner's Japanese go-ahead, ISO-2022-JP, quoting the closing notice.", irt=["confE", "closeE"], scs="iso-2022-jp")

# ------------------------------------------------------------------ 065 survey D
M("survD", "survey", False, D, [], addr("AWS Customer Service", "aws-cs-survey@amazon.com"), P,
  f"We'd like your feedback on case {D}", "2025-07-04 02:00:00 +0000",
  [("plain", f"""Hello,

Your recent case with AWS Training and Certification ({D}) has been closed. Please tell us
how we did by answering one question:

Did we resolve your issue?  Yes: https://feedback.aws.amazon.com/r/{D}/y
                            No:  https://feedback.aws.amazon.com/r/{D}/n

This mailbox is not monitored.
""", U8, B7)],
  "Survey about the refund case, phrased as a question.")

# ------------------------------------------------------------------ 066 resolved E (JP, Shift_JIS)
resE = f"""森本 遥 様

佐々木でございます。ご確認いただきありがとうございました。

アカウント 2 をアカウント 1(AWS11530926)へ統合する作業が完了いたしました。
Credly へのバッジの反映には最大で 24 時間ほどかかる場合がございます。

本件について追加でご対応いただく必要はございません。
ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

----- 元のメッセージ -----
差出人: 森本 遥 <{P}>
件名: Re: RE:[CASE {E}] {SUBJ_E}

ご提示の内容で問題ありません。アカウント 1 への統合をお願いいたします。
"""
M("resE", "resolved", False, E, ["AWS11530926"], addr("AWS トレーニングと認定", TC, "iso-2022-jp"), P,
  f"RE:[CASE {E}] {SUBJ_E}", "2025-07-04 05:47:13 +0000",
  [("plain", resE, "shift_jis", B64),
   ("html", html(resE.replace("\n", "<br>\n")), U8, B64)],
  "Japanese completion with ご不明な点がございましたら (conditional) and the owner's go-ahead quoted.",
  irt=["confE", "closeE", "repE2"])

# ------------------------------------------------------------------ 067 Credly accept reminder
M("cr4", "badge", False, None, [], addr("Credly", "admin@credly.com"), P,
  "Reminder: accept your badges from Amazon Web Services Training and Certification", "2025-07-04 08:30:00 +0000",
  [("plain", """Hi Haruka,

You have 3 badges waiting to be accepted. Accepted badges can be shared with employers and
on social networks.

View your pending badges: https://www.credly.com/earner/earned

Credly
""", U8, B7)],
  "Credly reminder after the second merge.")

# ------------------------------------------------------------------ 068 recert congrats
M("cert4", "certification", False, None, [], addr("AWS Certification", "do-not-reply@certmetrics.com"), P,
  "Congratulations on recertifying your AWS Certification!", "2025-07-05 10:00:00 +0000",
  [("plain", """Hello Haruka Morimoto,

Because you earned AWS Certified Developer - Associate, your AWS Certified Cloud
Practitioner certification has been extended. Your new expiration date is June 21, 2028.

A new 50% discount voucher is available under Benefits in your AWS Certification account.

AWS Certification
""", U8, B7)],
  "Recertification notice with benefits wording like the voucher case.")

# ------------------------------------------------------------------ 069 ex-colleague personal
M("coll4", "unrelated", False, None, [], addr("Kenji Tamura", "kenji.tamura.jp@gmail.com"), P,
  "元気?", "2025-07-06 21:33:50 +0900",
  [("plain", """森本さん

新しい職場はどうですか。こっちは相変わらずです。
そういえば認定アカウントの統合、無事終わりました?
落ち着いたらご飯でも行きましょう。都合のいい日を教えてください。

田村
""", U8, B8)],
  "Former colleague on a personal address asks about the merge and for a date: not support.")

# ------------------------------------------------------------------ 070 suspicious with real case E number
M("phish4", "suspicious", False, None, [], addr("AWS Training and Certification", "support@amazon-certsupport.com"), P,
  f"RE:[CASE {E}] Account verification pending", "2025-07-07 03:12:44 +0000",
  [("plain", f"""Dear Customer,

Regarding case {E}: before the merged account can be activated we must verify the account
holder. Please reply to this email with your Builder ID password and the one-time code we
will send to your phone.

AWS Training and Certification Customer Support
""", U8, B7)],
  "Lookalike domain reusing the real case number in a [CASE] subject and demanding a reply with a password.",
  auth="mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com;\n       spf=pass smtp.mailfrom=amazon-certsupport.com;\n       dmarc=pass (p=NONE) header.from=amazon-certsupport.com")

# ------------------------------------------------------------------ 071 owner asks E follow-up? no: note to self
M("note1", "user_reply", False, None, ["AWS07264815"], ME_FROM_P, ME_FROM_P, "memo: 認定まわり残作業",
  "2025-07-07 22:05:00 +0900", [("plain", """- Credly のバッジ3つ承認する
- 50%バウチャー 2026/3/31 期限 → SAP を秋に受ける
- 会社アカウント AWS07264815 はもう使わない
""", U8, B8)],
  "Owner's note to herself; mentions an old candidate ID; no case.")

# ------------------------------------------------------------------ 072 billing July with PDF attachment
M("bill3", "unrelated", False, None, [], addr("Amazon Web Services", "aws-billing@amazon.com"), P,
  "Amazon Web Services Invoice Available [Account: 518204773961] [Invoice ID: 2184736651]", "2025-07-08 03:10:00 +0000",
  [("plain", """Greetings from Amazon Web Services,

Your invoice for the period June 1 - June 30, 2025 is attached.

Account ID: 518204773961
Invoice ID: 2184736651
Total: USD 6.08

Sincerely,
Amazon Web Services
""", U8, B7)],
  "Invoice with a 10-digit invoice ID in brackets (looks like a case number) and a PDF attachment.",
  mixed=("Invoice_2184736651.pdf", "application/pdf", b"%PDF-1.4\n% fake invoice for test corpus\n%%EOF\n"))

# ----- write everything
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    rows = []
    msgs.sort(key=lambda m: m["dt"])
    for i, m in enumerate(msgs, 1):
        n = f"{i:03d}"
        raw = m["raw"]
        with open(os.path.join(HERE, f"{n}-msg.eml"), "wb") as fh:
            fh.write(raw.encode("utf-8"))
        with open(os.path.join(HERE, f"{n}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False); fh.write("\n")
        counts[m["label"]["kind"]] += 1
        L = m["label"]
        rows.append(f"| {n} | {L['kind']} | {'yes' if L['needs_reply'] else 'no'} | {L['case'] or '-'} | {m['note']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n"
                 + "\n".join(rows) + "\n")
    for k, v in sorted(counts.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {sum(counts.values())}")

README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus 185: AWS Training and Certification case mail, June-July 2025

Mailbox owner: Haruka Morimoto, leaving Kitasora Systems (an APN partner) for a new job. Personal
address {ME_P}, company address {ME_C}. Mail to either address is in this one mailbox.
Candidate IDs: AWS07264815 (company certification account), AWS11530926 (personal), AWS12087734
(a duplicate created by mistake on the personal address).

Regenerate with `python3 gen.py` (standard library only; writes next to the script).

## Cases
| case | format | channel | topic | path and outcome |
|---|---|---|---|---|
| {A} | 15 digits | T&C form, English | merge company -> personal | ack, APN hold with a buried question, owner answers from the wrong address, support asks to resend from the personal one, hold lifted, HTML-table confirmation, confirmed, merged; reopened for a missing 50% voucher, passed to benefits, voucher restored |
| {B} | 15 digits | T&C form, Japanese ack | duplicate of {A} | ack, closed as duplicate and pointed at {A} |
| {C} | 15 digits | Support Center console | misspelt name on certificate | ack, info request (must be answered in the console), owner answers by e-mail and it bounces, auto-close warning, resolved with rating footer, survey |
| {D} | 11 digits | T&C form, English | charged twice for an exam | short ack, buried info request, closing notice, owner replies, passed to payments, on hold waiting for Pearson VUE (no question), refunded, survey |
| {E} | 10 digits | T&C form, Japanese | Credly badges missing, two accounts on one address | ack (ISO-2022-JP), keigo info request (Shift_JIS), owner's IDs, escalated, Japanese confirmation, closing notice, go-ahead, merged, Credly reminder |
| {ACT} | 15 digits | AWS Activate form | startup credits | other program: a real request from an aws-cs-*-form address, labelled unrelated |

Case-number digit counts do not follow the era rules in DOMAIN.md on purpose (all cases are 2025); this
exercises 10, 11 and 15-digit parsing.

## Labelling decisions (judgement calls)
- **Partner hold with a question** ({A}, message 010): kind `on_hold` (the pause is the news), but
  `needs_reply` true, because the agent asks for the last working day and is waiting on it.
  The Pearson VUE hold on {D} asks nothing: `on_hold`, no reply.
- **"Write from the other address"** (014): `info_request`, reply needed. It is sent to both
  addresses; the owner must answer from the personal one.
- **Console case**: the info request and the auto-close warning need a reply (in the Support
  Center, not by e-mail); `needs_reply` true anyway, since support is waiting on the owner.
- **Bounce of the owner's e-mail answer** (039): `unrelated`, no reply, but `case` = {C}
  because it is about that case and quotes its subject. The reply obligation stays with the
  request and the closing notice, which follow it.
- **Colleague mails about the merge** (017, 069) have no case number and are `unrelated` with
  `case` null. The out-of-office (012) too.
- **Owner's forward to herself** (021) and **note to self** (071): `user_reply`. candidate_ids
  only counts IDs in the owner's new text, so the forward has none (the IDs are in the forwarded
  block) and the note has AWS07264815.
- **Owner's question after resolution** (031) reopens the case but is still `user_reply`; the
  support answer (032) is a `case_update`.
- **Duplicate case closed** (009): `case_update`, `case` = the duplicate's number {B} (the thread it
  is on), even though it names {A}.
- **Resolutions quoting old requests** (023, 035, 060, 066): `resolved`, no reply; the candidate
  IDs listed are the ones in the agent's new text only (023 names AWS11530926 in new text, both IDs
  only in the quote).
- **Acknowledgements** echo the form text; 006 includes the owner's two candidate IDs in that echo
  and they are labelled, since they are the message's own text, not a quote of an earlier mail.
- **Suspicious** mails have `case` null even when their subject carries a real case number
  (029 with {A}, 070 with {E}): they do not belong to the case. 029 comes from the real sender
  address with dkim/spf/dmarc=fail.
- **Activate form case** (037): `unrelated`, no reply, `case` = its own number ({ACT}) because it
  is a support case, just not a T&C one. Another vendor's tickets (034, 054) have `case` null.
- **CertMetrics "wants to hear from you"** (027) is a certification-program survey, not a case
  survey: `certification`.
- Files are numbered in arrival order (sorted by the Date header, UTC).

## Messages
"""

if __name__ == "__main__":
    main()
