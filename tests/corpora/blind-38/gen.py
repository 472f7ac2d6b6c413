#!/usr/bin/env python3
"""Generate the blind-38 held-out corpus (standard library only).

Writes NNN-slug.eml + NNN-slug.json (and README.md) into the directory this
script lives in.  One mailbox owner (Sayaka Nomura) with a personal Gmail
address and an old company address (closed after 2025-03-31).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "nomura.sayaka.0712@gmail.com"
ME_C = "s.nomura@kirameki-tech.co.jp"
ME_NAME = "Sayaka Nomura"
FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_FROM = ("AWS Training and Certification", FORM)
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")

CASE_A = "174152883900417"   # main merge (15 digits), filed from company address
CASE_B = "174153218400652"   # duplicate form submission (15 digits)
CASE_C = "17441203577"       # console case: voucher after merge (11 digits)
CASE_E = "17450388214"       # name on certificate (11 digits)
CASE_D = "8349102756"        # Partner Central SSO account merge, Japanese (10 digits)

SUBJ_A = f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_E = f"[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification"
SUBJ_D = f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = "50% exam voucher missing after certification account merge"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

MESSAGES = []   # (slug, raw_bytes, label, note)
MSGID = {}      # key -> message-id
REFS = {}       # key -> list of message-ids (references chain incl. itself)
TXT = {}        # key -> plain text (for quoting)


def d(y, mo, da, h, mi, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, (da * 7 + mi) % 60, tzinfo=tz)


def mkid(key, dom):
    h = hashlib.sha1(("blind38" + key).encode()).hexdigest()
    if dom == "amazonses":
        return f"<01000195{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-000000@email.amazonses.com>"
    if dom == "gmail":
        return f"<CA+{h[:10]}{h[10:20].upper()}_{h[20:30]}@mail.gmail.com>"
    if dom == "outlook":
        return f"<TYCP286MB{h[:4].upper()}{h[4:12].upper()}{h[12:20].upper()}@TYCP286MB{h[20:24].upper()}.JPNP286.PROD.OUTLOOK.COM>"
    return f"<{h[:16]}.{h[16:28]}@{dom}>"


def auth(rcpt, hdr_dom, mail_from, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.181"):
    if rcpt.endswith("gmail.com"):
        pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
        dk = f"dkim={dkim} header.i=@{hdr_dom} header.s=sel{len(hdr_dom)} header.b=Xq{hdr_dom[:3]}9Zk"
        if dkim == "fail":
            dk = f"dkim=fail (body hash did not verify) header.i=@{hdr_dom} header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Rk3vQm1p"
        sp = (f"spf={spf} (google.com: domain of {mail_from} designates {ip} as permitted sender) smtp.mailfrom={mail_from}"
              if spf == "pass" else
              f"spf={spf} (google.com: domain of transitioning {mail_from} does not designate {ip} as permitted sender) smtp.mailfrom={mail_from}")
        return f"mx.google.com;\n       {dk};\n       {sp};\n       dmarc={dmarc} {pol} header.from={hdr_dom}"
    mfd = mail_from.split("@")[-1]
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfd}; dkim={dkim} (signature was verified)\n"
            f" header.d={hdr_dom};dmarc={dmarc} action=none header.from={hdr_dom};compauth=pass reason=100")


def enc_header(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(x, cs="utf-8"):
    if isinstance(x, tuple):
        name, a = x
        try:
            name.encode("ascii")
            return formataddr((name, a))
        except UnicodeEncodeError:
            return f"{Header(name, cs).encode()} <{a}>"
    return x


CODEC = {"iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}


def leaf(ctype, text, cs="utf-8", cte="quoted-printable"):
    raw = text.encode(CODEC[cs])
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode(CODEC[cs]) if cs != "shift_jis" and cs != "iso-2022-jp" else raw
    hdr = f"Content-Type: {ctype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n"
    return hdr, body


def binleaf(ctype, name, data):
    hdr = (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
           f"Content-Transfer-Encoding: base64\n")
    return hdr, base64.encodebytes(data).decode("ascii")


def to_bytes(x, cs):
    if isinstance(x, bytes):
        return x
    return x.encode("utf-8")


def add(slug, kind, needs, case, cands, note, *, key, frm, to, subj, date, parts, cc=None,
        reply_to_key=None, msgdom="amazonses", ar=None, crlf=False, subj_cs="utf-8", name_cs="utf-8",
        extra=None, multi="alternative"):
    mid = mkid(key, msgdom)
    MSGID[key] = mid
    refs = list(REFS.get(reply_to_key, [])) if reply_to_key else []
    REFS[key] = refs + [mid]
    lines = []
    rcpt = to if isinstance(to, str) else to[1]
    if isinstance(rcpt, str) and "," in rcpt:
        rcpt = rcpt.split(",")[0].strip()
    lines.append(f"Delivered-To: {rcpt}")
    lines.append(f"Received: from mail-relay.example.net (unknown [{'10.%d.%d.%d' % (len(slug), len(key), len(subj) % 250)}])\n"
                 f"        by {'mx.google.com' if rcpt.endswith('gmail.com') else 'TY2PR01MB4123.jpnprd01.prod.outlook.com'}"
                 f" with ESMTPS; {format_datetime(date)}")
    if ar:
        lines.append("Authentication-Results: " + ar)
    lines.append(f"From: {addr(frm, name_cs)}")
    lines.append(f"To: {addr(to, name_cs) if isinstance(to, tuple) else to}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {enc_header(subj, subj_cs)}")
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"Message-ID: {mid}")
    if reply_to_key:
        lines.append(f"In-Reply-To: {MSGID[reply_to_key]}")
        lines.append("References: " + "\n ".join(refs))
    for h in (extra or []):
        lines.append(h)
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"
    if len(parts) == 1:
        ph, pb = parts[0]
        raw = head.encode("ascii") + ph.encode("ascii") + b"\n" + to_bytes(pb, None)
    else:
        bnd = "----=_Part_" + hashlib.md5(key.encode()).hexdigest()[:20]
        out = head.encode("ascii") + f"Content-Type: multipart/{multi}; boundary=\"{bnd}\"\n\n".encode("ascii")
        out += b"This is a multi-part message in MIME format.\n\n"
        for ph, pb in parts:
            out += f"--{bnd}\n".encode("ascii") + ph.encode("ascii") + b"\n" + to_bytes(pb, None)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"--{bnd}--\n".encode("ascii")
        raw = out
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    n = len(MESSAGES) + 1
    name = f"{n:03d}-{slug}"
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    MESSAGES.append((name, raw, label, note))
    return mid


def q_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").splitlines())


def gmail_q(when, who, text):
    return f"On {when} {who} wrote:\n" + q_gt(text)


def outlook_q(frm, sent, to, subj, text):
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n" + text.rstrip("\n"))


def jp_q(when, who, text):
    return f"{when} {who}:\n" + q_gt(text)


def txt(key, text):
    TXT[key] = text
    return text


FOOT_AWS = ("\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
            "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
            "410 Terry Ave. North, Seattle, WA 98109-5210.\n")

CONSOLE_FOOT = (
    "\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS "
    "Support Center. You can rate a correspondence by selecting the stars in the top right corner of the "
    "correspondence.\n\nBest regards,\nAmazon Web Services\n\n"
    "======================================================\n"
    "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To contact us about this case, please use the URL above.\n"
    "======================================================\n" + FOOT_AWS)


def html_wrap(inner):
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n" + inner + "\n</body></html>\n")


def plain_to_html(t):
    import html
    paras = t.strip("\n").split("\n\n")
    return "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)


# ---------------------------------------------------------------------------------------------
# 001 Builder ID code
t = txt("m001", """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 482913

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this message. Someone may have typed your email address by mistake.

Thanks,
Amazon Web Services
""")
add("builder-id-code", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits, not a case); from signin.aws",
    key="m001", frm=("AWS", "no-reply@signin.aws"), to=ME_P,
    subj="Verify your AWS Builder ID email address", date=d(2025, 3, 8, 11, 4),
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "signin.aws", "0100019574f1@send.signin.aws"))

# 002 GitHub merged
t = txt("m002", """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirameki-tech/infra-modules/pull/412#event-16650012345
You are receiving this because you authored the thread.
""")
add("github-pr-merged", "unrelated", False, None, [],
    "GitHub 'Merged #412' notification - the word merged, company mailbox",
    key="m002", frm=("Takuya Kaneko", "notifications@github.com"), to=ME_C,
    subj="Re: [kirameki-tech/infra-modules] Merge account baseline module into shared stack (PR #412)",
    date=d(2025, 3, 9, 2, 15), msgdom="github.com",
    parts=[leaf("text/plain", t, "utf-8", "7bit")],
    ar=auth(ME_C, "github.com", "noreply@github.com", ip="192.30.252.201"))

# 003 ack A (company address)
t = txt("m003", f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your request. The details of your case are as follows:

Case ID: {CASE_A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Normal
Correspondence: Inquiry type: Certification
Additional details: Account Merge
How can we help you?: Use Case: I will no longer be an employee of Kirameki Technologies after March 31 and would like to merge my accounts. Please merge the certification account of {ME_C} into the one registered to {ME_P}.
All email addresses you may have used in our system: {ME_C}, {ME_P}
The email address you would like to keep on file: {ME_P}

We usually respond within 24 hours. To help us respond quickly, please do not open a new case for the same request if you already have one in progress.

If you have additional information to add to this case, you can reply to this email.

Sincerely,
Amazon Web Services
""" + FOOT_AWS)
add("tc-form-ack-company", "acknowledgement", False, CASE_A, [],
    "Ack with the user's own 'Please merge' form text echoed back and a conditional 'you can reply' line",
    key="m003", frm=FORM_FROM, to=ME_C, subj=SUBJ_A, date=d(2025, 3, 9, 13, 40),
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_C, "amazon.com", "0100019574aa@amazonses.com"))

# 004 ack B (duplicate form, personal, Japanese ISO-2022-JP)
t = txt("m004", f"""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のリクエストに対応するため、ケース {CASE_B} を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: {CASE_B}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人のアカウントへ統合したいです。統合をお願いします。

通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""")
add("tc-form-ack-duplicate-ja", "acknowledgement", False, CASE_B, [],
    "Second ack for the same request (duplicate); Japanese ISO-2022-JP, CRLF; ~がございましたら conditional",
    key="m004", frm=FORM_FROM, to=ME_P, subj=SUBJ_B, date=d(2025, 3, 9, 14, 56),
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit")], crlf=True,
    ar=auth(ME_P, "amazon.com", "0100019574bb@amazonses.com"))

# 005 company IT notice (Shift_JIS)
t = txt("m005", """野村 沙也加 さん

情報システム部です。
退職予定者のアカウント停止についてご案内します。

停止日時: 2025年3月31日(月) 23:59
対象: メールボックス、社内チャット、VPN

停止後はメールの受信ができなくなります。社外サービスの登録メールアドレス変更や、必要なメールの移行は停止日までに各自でお済ませください。

内容をご確認のうえ、3月28日までに本メールへ「確認済み」とご返信ください。

情報システム部 ヘルプデスク
内線 2100
""")
add("company-it-mailbox-shutdown-ja", "unrelated", False, None, [],
    "Internal IT mail explicitly asking for a reply (not to AWS support); Shift_JIS 8bit",
    key="m005", frm=("情報システム部", "it-helpdesk@kirameki-tech.co.jp"), to=ME_C,
    subj="【重要】退職予定者アカウント停止のご案内", subj_cs="iso-2022-jp", date=d(2025, 3, 10, 0, 30),
    msgdom="kirameki-tech.co.jp",
    parts=[leaf("text/plain", t, "shift_jis", "8bit")],
    ar=auth(ME_C, "kirameki-tech.co.jp", "it-helpdesk@kirameki-tech.co.jp", ip="40.107.74.61"))

# 006 certmetrics feedback invitation
t = txt("m006", """Dear Sayaka Nomura,

AWS Certification wants to hear from you.

As an AWS Certified individual, your perspective helps us shape future exams and benefits. We'd appreciate 15 minutes of your time to complete a short survey about your certification experience.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=7F3A22

The survey closes on March 24, 2025.

Thank you,
AWS Certification
""")
add("certmetrics-feedback-invite", "certification", False, None, [],
    "Certification program feedback invitation (asks for time, but not a support case)",
    key="m006", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subj="AWS Certification wants to hear from you", date=d(2025, 3, 10, 5, 2), msgdom="certmetrics.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_C, "certmetrics.com", "bounce@certmetrics.com", ip="198.21.6.77"))

# 007 on_hold A with buried ask
t = txt("m007", f"""Hello Sayaka,

Thanks for reaching out, and for listing the addresses so clearly; it makes this much easier.

I've located both certification profiles. Before anything else I should explain why I can't go straight to the merge: the profile registered to {ME_C} is associated with an AWS Partner Network organization (Kirameki Technologies K.K.). Certifications held on partner-linked profiles count toward that organization's partner standing, so merges involving those profiles are paused while the association is active. This isn't a problem with your request, and it doesn't affect your certifications in any way.

Our partner operations team can release the association once we know you are leaving the organization. Nothing formal is required: the date of your last working day, sent back on this thread, is what they go on.

Until then, the case stays on hold on our side.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support
""")
add("apn-hold-last-day", "on_hold", True, CASE_A, [],
    "APN hold; the ask is indirect ('the date of your last working day, sent back on this thread, is what they go on'), no please/question",
    key="m007", frm=FORM_FROM, to=ME_C, subj="RE:" + SUBJ_A, date=d(2025, 3, 10, 8, 12),
    reply_to_key="m003",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_C, "amazon.com", "0100019574cc@amazonses.com"))

# 008 user forwards 007 to herself
fw = ("自宅でも確認できるよう転送。退職日(3/31)を返信すること。\n\n"
      "________________________________\n"
      f"From: AWS Training and Certification <{FORM}>\n"
      "Sent: Monday, March 10, 2025 5:12 PM\n"
      f"To: 野村 沙也加 <{ME_C}>\n"
      f"Subject: RE:{SUBJ_A}\n\n" + TXT["m007"])
txt("m008", fw)
add("self-forward-of-hold", "user_reply", False, CASE_A, [],
    "The owner forwards the hold mail (with its ask) from the company address to Gmail with a to-do note; own mail, nothing to answer",
    key="m008", frm=("野村 沙也加", ME_C), to=ME_P, subj="FW: RE:" + SUBJ_A, date=d(2025, 3, 10, 9, 3),
    msgdom="outlook", reply_to_key="m007",
    parts=[leaf("text/plain", fw, "utf-8", "base64")],
    ar=auth(ME_P, "kirameki-tech.co.jp", ME_C, ip="40.107.74.88"))

# 009 colleague out-of-office (ISO-2022-JP)
t = txt("m009", """野村さん

金子です。3月10日(月)から3月14日(金)まで出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は、インフラチーム共有アドレス(infra@kirameki-tech.co.jp)までご連絡ください。

金子 拓也
""")
add("colleague-out-of-office-ja", "unrelated", False, None, [],
    "Colleague's automatic reply (out of office), Japanese ISO-2022-JP",
    key="m009", frm=("金子 拓也", "t.kaneko@kirameki-tech.co.jp"), to=ME_C,
    subj="自動応答: 4月リリース計画のレビュー", subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
    date=d(2025, 3, 10, 23, 41), msgdom="outlook",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit")],
    ar=auth(ME_C, "kirameki-tech.co.jp", "t.kaneko@kirameki-tech.co.jp", ip="40.107.74.90"))

# 010 user reply A (company, Outlook quote)
t = txt("m010", f"""Hi Marisol,

Thank you for the explanation. My last working day at Kirameki Technologies is March 31, 2025. After that this mailbox will be closed, so please send anything further to {ME_P}.

Best regards,
Sayaka Nomura

""" + outlook_q(f"AWS Training and Certification <{FORM}>", "Monday, March 10, 2025 5:12 PM", ME_C,
                "RE:" + SUBJ_A, TXT["m007"]))
add("reply-last-working-day", "user_reply", False, CASE_A, [],
    "Owner's answer from the company address, Outlook '-----Original Message-----' quoting the hold's ask; CRLF",
    key="m010", frm=(ME_NAME, ME_C), to=FORM, subj="RE: RE:" + SUBJ_A, date=d(2025, 3, 11, 1, 20),
    msgdom="outlook", reply_to_key="m007", crlf=True,
    parts=[leaf("text/plain", t)],
    ar=auth(ME_C, "kirameki-tech.co.jp", ME_C, ip="40.107.74.88"))

# 011 duplicate B closed (resolved)
t = txt("m011", f"""Hi there,

It looks like this request reached us twice: the same merge is already being handled under case {CASE_A}, which a colleague picked up earlier. To keep everything in one place I've closed this copy out.

You don't have to do anything on this one; all updates will arrive on the other case.

Thanks,
Devin
AWS Training & Certification
""")
add("duplicate-case-closed", "resolved", False, CASE_B, [],
    "Duplicate case closed by support; names the OTHER case number in the body; 'closed' but not a no-answer closing notice",
    key="m011", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_B, date=d(2025, 3, 11, 4, 5), reply_to_key="m004",
    parts=[leaf("text/plain", t, "utf-8", "8bit")],
    ar=auth(ME_P, "amazon.com", "0100019574dd@amazonses.com"))

# 012 on_hold A, no ask (waiting on partner ops)
t = txt("m012", f"""Hi Sayaka,

Thank you, that's everything I needed. I've passed the release request, together with your last working day, to our partner operations team. They usually turn these around in two to four business days, and until they do the case sits with them.

As soon as they confirm, I'll pick it back up and write to you at {ME_P}.

Marisol
""")
add("hold-with-partner-ops", "on_hold", False, CASE_A, [],
    "Hold waiting on a third party (partner operations); asks nothing",
    key="m012", frm=FORM_FROM, to=ME_C, cc=ME_P, subj="RE:" + SUBJ_A, date=d(2025, 3, 11, 22, 47),
    reply_to_key="m010",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_C, "amazon.com", "0100019574ee@amazonses.com"))

# 013 billing statement (HTML only)
h = html_wrap("""<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">AWS Account</th><td>493827165034</td></tr>
<tr><th align="left">Billing period</th><td>February 1 - February 28, 2025</td></tr>
<tr><th align="left">Total</th><td>USD 3.42</td></tr>
</table>
<p>You can see a complete break down of all charges on the Billing &amp; Cost Management console:<br>
<a href="https://console.aws.amazon.com/billing/home#/bills">https://console.aws.amazon.com/billing/home#/bills</a></p>
<p>Thank you for using Amazon Web Services.</p>
<p>Sincerely,<br>Amazon Web Services</p>""")
TXT["m013"] = h
add("billing-statement-html", "unrelated", False, None, [],
    "AWS billing mail from the same no-reply-aws@amazon.com sender as console cases; 12-digit account ID; HTML only with table",
    key="m013", frm=CONSOLE, to=ME_P, subj="Amazon Web Services Billing Statement Available [Account: 493827165034]",
    date=d(2025, 3, 12, 9, 30),
    parts=[leaf("text/html", h, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "amazon.com", "0100019575aa@amazonses.com"))

# 014 phishing lookalike
t = txt("m014", """Dear Certification Holder,

We received a request to merge certification accounts associated with your email address (Case ID: 17415299004).

To protect your credentials, you must verify both accounts within 24 hours. Unverified accounts will be suspended and the certifications attached to them revoked.

Verify now: https://aws-certification-merge.com/verify?c=17415299004

AWS Training and Certification
Security Team
""")
add("lookalike-merge-verify", "suspicious", False, None, [],
    "Phishing from lookalike domain aws-certification-merge.com with a fake 11-digit case ID and urgent ask (auth passes for its own domain)",
    key="m014", frm=("AWS Training and Certification", "support@aws-certification-merge.com"), to=ME_P,
    subj="Action required: verify your accounts before merge (Case ID: 17415299004)",
    date=d(2025, 3, 13, 3, 11), msgdom="aws-certification-merge.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "aws-certification-merge.com", "bounce@aws-certification-merge.com", ip="185.225.17.40"))

# 015 Pearson VUE confirmation
t = txt("m015", """Dear Sayaka Nomura,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 418273659
Exam: AWS Certified Security - Specialty (SCS-C02)
Date and time: Saturday, April 12, 2025 at 10:00 AM JST
Test center: Pearson VUE Tokyo Shinjuku

Please arrive at least 30 minutes before your appointment and bring two forms of valid identification. If you need to reschedule, do so at least 24 hours in advance.

Sincerely,
Pearson VUE
""")
add("pearson-exam-confirmation", "unrelated", False, None, [],
    "Exam-vendor booking confirmation with a 9-digit registration ID and polite instructions",
    key="m015", frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
    subj="Pearson VUE Confirmation of Exam Appointment", date=d(2025, 3, 14, 6, 22), msgdom="pearson.com",
    parts=[leaf("text/plain", t, "us-ascii", "7bit")],
    ar=auth(ME_P, "pearson.com", "pearsonvueconfirmation@pearson.com", ip="159.182.1.31"))

# 016 case update A (no ask)
t = txt("m016", """Hi Sayaka,

Good news from the partner side: operations released the association on the Kirameki profile this morning, so the case is back with me.

I'm pulling together the details of both profiles now. You'll get a summary to look over before I change anything, most likely later today or tomorrow.

Marisol
""")
add("partner-release-progress", "case_update", False, CASE_A, [],
    "Progress update that announces a future request but asks nothing now",
    key="m016", frm=FORM_FROM, to=ME_C, cc=ME_P, subj="RE:" + SUBJ_A, date=d(2025, 3, 17, 16, 5),
    reply_to_key="m012",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_C, "amazon.com", "0100019575bb@amazonses.com"))

# 017 confirmation request A (HTML only, base64, table, bare question)
h = html_wrap(f"""<p>Hi Sayaka,</p>
<p>Here are the two certification profiles I found for you. The plan is to fold everything on Account #2 (exam history, certifications, benefits) into Account #1, and then close Account #2.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Active certifications</td><td>0</td><td>4</td></tr>
</table>
<p>Is Account #1 the one you'd like to keep?</p>
<p>Marisol R.<br>AWS Training and Certification Customer Support</p>""")
TXT["m017"] = (f"Here are the two certification profiles I found for you... Account #1 Login email: {ME_P} ... "
               f"Account #2 Login email: {ME_C} ... Is Account #1 the one you'd like to keep?")
add("which-profile-to-keep-html", "confirmation_request", True, CASE_A, [],
    "HTML-only (base64) table of Account #1/#2; the ask is a single bare question, no please/confirm",
    key="m017", frm=FORM_FROM, to=ME_C, cc=ME_P, subj="RE:" + SUBJ_A, date=d(2025, 3, 18, 2, 48),
    reply_to_key="m016",
    parts=[leaf("text/html", h, "utf-8", "base64")],
    ar=auth(ME_C, "amazon.com", "0100019575cc@amazonses.com"))

# 018 AWS Summit marketing (Japanese)
t = txt("m018", """AWS Summit Japan 2025 ご登録受付中

いつも AWS をご利用いただきありがとうございます。

日本最大の AWS を学ぶイベント「AWS Summit Japan」を 6 月に開催します。150 以上のセッション、AWS 認定者限定ラウンジもご用意しています。

▼ 今すぐ登録(無料)
https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、イベント事務局までお問い合わせください。

配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
""")
add("summit-marketing-ja", "unrelated", False, None, [],
    "AWS marketing (Japanese, UTF-8 base64) with imperative 'register now'",
    key="m018", frm=("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subj="【ご登録受付中】AWS Summit Japan 2025", date=d(2025, 3, 19, 1, 0),
    parts=[leaf("text/plain", t, "utf-8", "base64"), leaf("text/html", html_wrap(plain_to_html(t)), "utf-8", "base64")],
    ar=auth(ME_P, "amazon.com", "bounce@marketing.aws.com", ip="199.255.192.44"))

# 019 farewell party (Shift_JIS)
t = txt("m019", """各位

3月末でご退職される野村さんの送別会を下記のとおり開催します。

日時: 3月28日(金) 19:00〜
場所: 新橋 いろは屋

出欠を3月21日までに本メールへご返信ください。

幹事 金子
""")
add("farewell-party-ja", "unrelated", False, None, [],
    "Internal invitation with an explicit reply request; Shift_JIS",
    key="m019", frm=("金子 拓也", "t.kaneko@kirameki-tech.co.jp"), to="all-infra@kirameki-tech.co.jp",
    subj="【ご案内】野村さん送別会", subj_cs="iso-2022-jp", name_cs="iso-2022-jp", date=d(2025, 3, 19, 4, 12),
    msgdom="outlook",
    parts=[leaf("text/plain", t, "shift_jis", "8bit")], crlf=True,
    ar=auth(ME_C, "kirameki-tech.co.jp", "t.kaneko@kirameki-tech.co.jp", ip="40.107.74.90"))

# 020 closing notice A (Priya)
t = txt("m020", """Hello,

I'm following up on the account summary my colleague Marisol sent you on March 18. We still need your go-ahead before the two profiles can be combined.

If we haven't heard from you by April 4, 2025, this case will be closed automatically. A reply to this message, even a short one, keeps it open.

Regards,
Priya S.
AWS Training and Certification
""")
add("followup-close-by-apr4", "closing_notice", True, CASE_A, [],
    "Closing notice by a different agent; 'RE: [CASE' spacing variant; sent to both addresses",
    key="m020", frm=FORM_FROM, to=ME_C, cc=ME_P, subj="RE: " + SUBJ_A, date=d(2025, 3, 27, 18, 30),
    reply_to_key="m017",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_C, "amazon.com", "0100019576aa@amazonses.com"))

# 021 user reply A from company (top-post over long history)
hist = (outlook_q(f"AWS Training and Certification <{FORM}>", "Friday, March 28, 2025 3:30 AM", ME_C,
                  "RE: " + SUBJ_A, TXT["m020"]) + "\n\n" +
        outlook_q(f"AWS Training and Certification <{FORM}>", "Tuesday, March 18, 2025 11:48 AM", ME_C,
                  "RE:" + SUBJ_A, TXT["m017"]) + "\n\n" +
        outlook_q(f"AWS Training and Certification <{FORM}>", "Tuesday, March 11, 2025 7:47 AM", ME_C,
                  "RE:" + SUBJ_A, TXT["m012"]) + "\n\n" +
        outlook_q(f"AWS Training and Certification <{FORM}>", "Monday, March 10, 2025 5:12 PM", ME_C,
                  "RE:" + SUBJ_A, TXT["m007"]))
t = txt("m021", f"""Confirmed. Please merge to Account #1 ({ME_P}).
Sorry for the late reply - today is my last day here.

Sayaka Nomura

""" + hist)
add("confirm-from-company-address", "user_reply", False, CASE_A, [],
    "Owner confirms from the company (wrong) address, top-posted over four quoted support mails incl. requests; CRLF QP",
    key="m021", frm=(ME_NAME, ME_C), to=FORM, subj="RE: RE: " + SUBJ_A, date=d(2025, 3, 31, 8, 55),
    msgdom="outlook", reply_to_key="m020", crlf=True,
    parts=[leaf("text/plain", t)],
    ar=auth(ME_C, "kirameki-tech.co.jp", ME_C, ip="40.107.74.88"))

# 022 Jira resolved
t = txt("m022", """Sayaka Nomura resolved INFRA-882 as Done.

INFRA-882: Merge legacy IAM account module into baseline
Resolution: Done
Assignee: Sayaka Nomura

View this issue: https://kirameki.atlassian.net/browse/INFRA-882

This message was sent by Atlassian Jira.
""")
add("jira-issue-resolved", "unrelated", False, None, [],
    "Jira 'resolved ... Merge' notification (words resolved + merge)",
    key="m022", frm=("Sayaka Nomura (Jira)", "jira@kirameki.atlassian.net"), to=ME_C,
    subj="[JIRA] (INFRA-882) Merge legacy IAM account module into baseline", date=d(2025, 3, 31, 9, 40),
    msgdom="atlassian.net",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_C, "kirameki.atlassian.net", "jira@kirameki.atlassian.net", ip="18.234.32.150"))

# 023 info request A: write from personal address
t = txt("m023", f"""Hi Sayaka,

Thanks for getting back to us, and congratulations on wrapping up at Kirameki.

One snag before I can go ahead. Your confirmation came from {ME_C}, the login on Account #2, which is the profile that goes away. Because the merge hands everything to the account registered to {ME_P}, our policy is that the go-ahead comes from that address. The same one-line answer, sent from your Gmail, is enough; I'll run the merge as soon as it arrives.

Marisol
""")
add("go-ahead-from-personal-address", "info_request", True, CASE_A, [],
    "Wrong-address request: asks for the same answer from the destination address, phrased as policy, no please/question",
    key="m023", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_A, date=d(2025, 4, 1, 0, 2), reply_to_key="m021",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "amazon.com", "0100019577aa@amazonses.com"))

# 024 bounce (Gmail -> closed company address)
t = txt("m024", f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup

----- Original message -----

From: {ME_P}
To: {ME_C}
Subject: Fwd: RE:{SUBJ_A}
Date: Tue, 1 Apr 2025 09:20:11 +0900
""")
add("bounce-old-company-address", "unrelated", False, None, [],
    "Gmail bounce for a forward to the closed company mailbox; the case number appears only inside the bounced headers",
    key="m024", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subj="Delivery Status Notification (Failure)", date=d(2025, 4, 1, 0, 20), msgdom="mx.google.com",
    extra=["Auto-Submitted: auto-replied"],
    parts=[leaf("text/plain", t, "us-ascii", "7bit")],
    ar=auth(ME_P, "googlemail.com", "mailer-daemon@googlemail.com", ip="209.85.220.69"))

# 025 user reply A from personal, no case token, threaded by In-Reply-To only
t = txt("m025", f"""Hello Marisol,

Sending this from my personal address as you asked: I confirm that Account #2 ({ME_C}) can be merged into Account #1 (this address).

In case it helps, the candidate IDs are AWS04728813 (Account #1) and AWS11930264 (Account #2).

Thank you,
Sayaka

""" + gmail_q("Tue, Apr 1, 2025 at 9:02 AM", f"AWS Training and Certification <{FORM}>", TXT["m023"]))
add("confirm-from-gmail-no-subject-token", "user_reply", False, CASE_A, ["AWS04728813", "AWS11930264"],
    "Owner's reply with a fresh subject (no [CASE] token): only In-Reply-To/References tie it to the case; candidate IDs",
    key="m025", frm=(ME_NAME, ME_P), to=FORM, subj="Merge confirmation from my personal address",
    date=d(2025, 4, 1, 0, 31), msgdom="gmail", reply_to_key="m023",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable"), leaf("text/html", html_wrap(plain_to_html(t)), "utf-8", "quoted-printable")],
    ar=auth(ME_P, "gmail.com", ME_P, ip="209.85.220.41"))

# 026 resolved A (no 'merged' / 'resolved'), quotes old request, rating footer
t = txt("m026", f"""Hi Sayaka,

All done. Your exam history, the four active certifications and the 50% exam voucher that sat under AWS11930264 now appear on AWS04728813, and the old profile has been retired. From now on you only need to sign in with the Builder ID tied to your Gmail address.

Credly usually catches up within a day; the badges will be reissued to the Gmail address.

Take care,
Marisol R.
AWS Training and Certification Customer Support

How did we do? Rate this reply: https://aws.amazon.com/survey/tc?case={CASE_A}

---- Original Message ----
From: {ME_P}
Sent: 2025-04-01 00:31 UTC
Subject: Merge confirmation from my personal address

{TXT["m025"].split("On Tue")[0].strip()}

---- Original Message ----
From: AWS Training and Certification
Sent: 2025-04-01 00:02 UTC

{TXT["m023"]}""")
add("all-done-voucher-moved", "resolved", False, CASE_A, ["AWS11930264", "AWS04728813"],
    "Completion without 'merged'/'resolved' ('All done', 'retired'); quotes the earlier info request with its ask; rating link",
    key="m026", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_A, date=d(2025, 4, 1, 3, 17), reply_to_key="m025",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019577bb@amazonses.com"))

# 027 Credly badge
t = txt("m027", """Sayaka, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge AWS Certified Solutions Architect - Associate.

Accept your badge to share it on LinkedIn and add it to your email signature:
https://www.credly.com/badges/6c1e2f0a-93b4-4d5e-9f7e-0b7a5c1d2e3f

Credly, a Pearson company
""")
add("credly-badge-issued", "badge", False, None, [],
    "Credly badge with 'Accept your badge' call to action",
    key="m027", frm=("Credly", "admin@credly.com"), to=ME_P,
    subj="Amazon Web Services Training and Certification has issued you a badge", date=d(2025, 4, 1, 4, 2),
    msgdom="credly.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "credly.com", "bounces@credly.com", ip="168.245.12.9"))

# 028 survey A
t = txt("m028", f"""Hello,

Your recent case {CASE_A} with AWS Training and Certification was marked resolved.

Could you spare two minutes to tell us how we did? Your answers go straight to the team that handled your request.

How satisfied were you with the support you received?
[1] [2] [3] [4] [5]

https://aws.amazon.com/survey/tc?case={CASE_A}&src=email

Thank you,
AWS Training and Certification
""")
add("survey-after-merge", "survey", False, CASE_A, [],
    "Survey that says 'marked resolved' and 'Could you spare two minutes'",
    key="m028", frm=("AWS Customer Feedback", "aws-cs-survey@amazon.com"), to=ME_P,
    subj=f"How did we do? Your case {CASE_A}", date=d(2025, 4, 2, 7, 0),
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019578aa@amazonses.com"))

# 029 Credly badge (Japanese)
t = txt("m029", """野村 沙也加 さん

Amazon Web Services Training and Certification から「AWS Certified DevOps Engineer - Professional」のバッジが発行されました。

バッジを受け取る:
https://www.credly.com/badges/0b9d7a41-5f2c-4c1e-8a77-3d2e1f0c9b8a

受け取ったバッジは LinkedIn などで共有できます。

Credly
""")
add("credly-badge-ja", "badge", False, None, [],
    "Credly badge in Japanese (UTF-8 QP)",
    key="m029", frm=("Credly", "admin@credly.com"), to=ME_P,
    subj="Amazon Web Services Training and Certification からバッジが発行されました", date=d(2025, 4, 2, 8, 15),
    msgdom="credly.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "credly.com", "bounces@credly.com", ip="168.245.12.9"))

# 030 GitHub review requested
t = txt("m030", """@tkaneko requested your review on: kirameki-oss/cfn-lint-rules#57 Add rule for merged nested stacks.

Could you take a look when you have a moment? The rule fires on stacks that were merged from two templates.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirameki-oss/cfn-lint-rules/pull/57
You are receiving this because your review was requested.
""")
add("github-review-requested", "unrelated", False, None, [],
    "GitHub review request with 'Could you take a look' and the word merged",
    key="m030", frm=("Takuya Kaneko", "notifications@github.com"), to=ME_P,
    subj="[kirameki-oss/cfn-lint-rules] Add rule for merged nested stacks (PR #57)", date=d(2025, 4, 3, 2, 44),
    msgdom="github.com",
    parts=[leaf("text/plain", t, "utf-8", "7bit")],
    ar=auth(ME_P, "github.com", "noreply@github.com", ip="192.30.252.201"))

# 031 console ack C
t = txt("m031", f"""Hello,

We've received your request for support. The details of your case are as follows:

Case ID: {CASE_C}
Subject: {SUBJ_C}
Severity: General guidance
Account: 493827165034
Correspondence: After my two certification accounts were combined (case {CASE_A}), the 50% exam discount voucher from the old account no longer appears under Benefits. Can you check what happened to it?

An AWS Support associate will respond as soon as possible. You can view or update your case here:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the URL above.

Amazon Web Services
""" + FOOT_AWS)
add("console-new-support-case", "acknowledgement", False, CASE_C, [],
    "Console 'New Support case' ack; body also holds the earlier case number and a 12-digit account ID; user's own question echoed",
    key="m031", frm=CONSOLE, to=ME_P, subj=f"Amazon Web Services: New Support case: {CASE_C}",
    date=d(2025, 4, 8, 5, 26),
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")], crlf=True,
    ar=auth(ME_P, "amazon.com", "0100019579aa@amazonses.com"))

# 032 info request C (answer in Support Center)
t = txt("m032", f"""Hello Sayaka,

I checked the benefits ledger for both of your profiles. The voucher was issued on 8 November 2024 to the profile that has since been retired, and it did not carry across during the merge. This occasionally happens when a voucher has been added to a cart but never used.

To get it reissued I'll need the voucher code from the original benefit email, or, if that email is gone, the exam you were planning to use it for. Whichever you have can be added to the case in the Support Center; replies to this email address do not reach us.

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C))
add("console-voucher-code-needed", "info_request", True, CASE_C, [],
    "Console-case request buried after findings, answer goes to the Support Center; star-rating feedback footer",
    key="m032", frm=CONSOLE, to=ME_P, subj=f"RE:[CASE {CASE_C}] {SUBJ_C}", date=d(2025, 4, 9, 1, 13),
    reply_to_key="m031",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019579bb@amazonses.com"))

# 033 Skill Builder receipt
t = txt("m033", """Thank you for your purchase.

Order number: 4402918375
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: Sayaka Nomura

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""")
add("skill-builder-receipt", "unrelated", False, None, [],
    "Skill Builder receipt from aws.training with a 10-digit order number (not a case ID)",
    key="m033", frm=("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subj="Your AWS Skill Builder receipt", date=d(2025, 4, 9, 6, 30), msgdom="aws.training",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "aws.training", "no-reply@aws.training", ip="54.240.48.12"))

# 034 on_hold C, no ask
t = txt("m034", """Hello Sayaka,

Thanks for adding the voucher code.

Reissuing a benefit isn't something I can do directly: it goes through our certification benefits team, and I've handed them everything they need. Their current turnaround is three to five business days, and the case will show as "Pending Amazon Action" in the meantime.

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C))
add("console-pending-benefits-team", "on_hold", False, CASE_C, [],
    "Console case paused on another team; asks nothing, but carries the console 'please share / contact us' footer",
    key="m034", frm=CONSOLE, to=ME_P, subj=f"RE:[CASE {CASE_C}] {SUBJ_C}", date=d(2025, 4, 10, 2, 40),
    reply_to_key="m032",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "amazon.com", "0100019579cc@amazonses.com"))

# 035 dmarc-fail spoof of console mail
t = txt("m035", """Hello,

We've opened a support case on your behalf.

Case ID: 17441209911
Subject: Account suspension pending - payment verification
Account: 493827165034

Your AWS account has been flagged for unusual billing activity. To avoid suspension of all services, verify your payment method within 48 hours:
https://console-aws-amazon.support-case.net/verify?displayId=17441209911

Amazon Web Services
""")
add("spoofed-console-case-dmarc-fail", "suspicious", False, None, [],
    "Looks exactly like a console 'New Support case' mail from no-reply-aws@amazon.com, but dkim=fail / dmarc=fail",
    key="m035", frm=CONSOLE, to=ME_P, subj="Amazon Web Services: New Support case: 17441209911",
    date=d(2025, 4, 11, 19, 2), msgdom="mail-srv.support-case.net",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "no-reply-aws@amazon.com", dkim="fail", spf="softfail", dmarc="fail",
            ip="91.215.85.140"))

# 036 info request C mixed: news + choice
t = txt("m036", """Hello Sayaka,

An update from the benefits team: they can restore your voucher, but there is a choice to make first.

Option A - restore the original voucher. It keeps its original expiry date, 31 May 2025.
Option B - issue a replacement valid for 12 months from the day it is created. The original is voided.

They won't do either until they know which you prefer, so let us know in the case.

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C))
add("console-voucher-option-choice", "info_request", True, CASE_C, [],
    "Mixed mail: progress news first, then a choice the person must make in the Support Center",
    key="m036", frm=CONSOLE, to=ME_P, subj=f"RE:[CASE {CASE_C}] {SUBJ_C}", date=d(2025, 4, 14, 3, 55),
    reply_to_key="m034",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019580aa@amazonses.com"))

# 037 resolved C
t = txt("m037", """Hello Sayaka,

The replacement voucher (valid until 15 April 2026) now shows under Benefits in your certification account.

I'm setting this case to resolved. If anything looks off, you can reopen it from the Support Center within 14 days.

Best regards,
Hiroshi K.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C))
add("console-replacement-voucher-done", "resolved", False, CASE_C, [],
    "Console completion with a conditional reopen invitation and feedback footer",
    key="m037", frm=CONSOLE, to=ME_P, subj=f"RE:[CASE {CASE_C}] {SUBJ_C}", date=d(2025, 4, 16, 0, 22),
    reply_to_key="m036",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "amazon.com", "0100019580bb@amazonses.com"))

# 038 survey C
t = txt("m038", f"""Hello,

Your AWS Support case {CASE_C} was recently resolved. We'd like to know how it went.

Please take a moment to rate your experience:
https://console.aws.amazon.com/support/feedback?caseId={CASE_C}

This survey takes less than a minute.

Amazon Web Services
""")
add("console-case-survey", "survey", False, CASE_C, [],
    "Console survey from no-reply-aws@amazon.com with 'Please take a moment'",
    key="m038", frm=CONSOLE, to=ME_P, subj=f"How was your AWS Support experience? (Case {CASE_C})",
    date=d(2025, 4, 17, 4, 0),
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019580cc@amazonses.com"))

# 039 ack E (terse, unusual wording)
t = txt("m039", f"""Hi,

Got it. Your message is now case {CASE_E} in our queue, and someone from the certification team will pick it up, normally within a day.

One case per request, please: opening another one for the same thing sends it to the back of the line.

What you sent us:
  Inquiry type: Certification
  Additional details: Certificate name change
  Message: The name on my certificates is printed as "Sayaka Nomra". Could you correct it to "Sayaka Nomura"?

AWS Training and Certification
""")
add("case-in-queue-terse-ack", "acknowledgement", False, CASE_E, [],
    "Ack in unusual casual wording ('Got it', 'in our queue', no 'opened'); echoes the user's 'Could you correct it' question",
    key="m039", frm=FORM_FROM, to=ME_P, subj=SUBJ_E, date=d(2025, 4, 19, 2, 9),
    parts=[leaf("text/plain", t, "utf-8", "8bit")],
    ar=auth(ME_P, "amazon.com", "0100019581aa@amazonses.com"))

# 040 AWS Organizations invitation
t = txt("m040", """Hello,

The AWS account 210987654321 has invited your AWS account 493827165034 to join its organization.

To accept or decline this invitation, sign in to the AWS Organizations console:
https://console.aws.amazon.com/organizations/v2/home/invitations

The invitation expires in 15 days.

Amazon Web Services
""")
add("organizations-invitation", "unrelated", False, None, [],
    "Other AWS mail asking the person to act (accept/decline), two 12-digit account IDs",
    key="m040", frm=CONSOLE, to=ME_P, subj="AWS Organizations invitation for account 493827165034",
    date=d(2025, 4, 20, 9, 1),
    parts=[leaf("text/plain", t, "us-ascii", "7bit")],
    ar=auth(ME_P, "amazon.com", "0100019581bb@amazonses.com"))

# 041 info request E (buried, HTML+text)
t = txt("m041", """Hello Sayaka,

Thank you for writing in about the spelling of your name.

The name printed on a certificate comes from the certification profile, and the profile name has to match the government-issued ID you present at the test center; that's how we keep exam results tied to the right person. For that reason we don't change names from a written request alone, even for a single-letter typo like this one, and we can't take the name from a Builder ID or an employer record either.

Once the profile is corrected, every certificate PDF and the Credly badges pick up the new spelling automatically; there's nothing to re-download or re-claim on your side.

What we'd need from you is a photo or scan of that ID showing the name as it should appear. Feel free to cover the document number; we only look at the name.

Best,
Tomasz W.
AWS Training and Certification Customer Support
""")
add("name-change-needs-id-photo", "info_request", True, CASE_E, [],
    "Request buried in the last paragraph after long policy explanation ('What we'd need from you is...'); a 'nothing to do' sentence before it",
    key="m041", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_E, date=d(2025, 4, 21, 17, 48), reply_to_key="m039",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019582aa@amazonses.com"))

# 042 other vendor case solved
t = txt("m042", """Your request (4471029) has been solved.

Hi Sayaka,

We've applied the license transfer to your new email address, so this ticket is now closed. If this didn't fix the problem, simply reply to this email and the request will reopen.

JetBrains Sales Support

----------------------------------------------
Request #4471029: Move license to a new email address
""")
add("vendor-ticket-solved", "unrelated", False, None, [],
    "Another vendor's 'request solved / reply to reopen' mail",
    key="m042", frm=("JetBrains Support", "support@jetbrains.com"), to=ME_P,
    subj="[JetBrains] Re: Move license to a new email address", date=d(2025, 4, 22, 10, 0), msgdom="jetbrains.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "jetbrains.com", "support@jetbrains.zendesk.com", ip="192.161.148.10"))

# 043 closing notice E (warning)
t = txt("m043", """Hello again,

Just checking in on the ID image from my previous message; we can't change the name on your certificates without it.

If nothing comes in within the next 72 hours, the case will close automatically. Anything you send before then keeps it open.

Tomasz W.
AWS Training and Certification
""")
add("name-change-72h-warning", "closing_notice", True, CASE_E, [],
    "Closing warning in informal wording ('Just checking in', 'Anything you send before then keeps it open')",
    key="m043", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_E, date=d(2025, 4, 24, 18, 3), reply_to_key="m041",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "amazon.com", "0100019582bb@amazonses.com"))

# 044 certmetrics recert congratulations
t = txt("m044", """Congratulations on recertifying your AWS Certification!

Dear Sayaka Nomura,

You have successfully recertified:
  AWS Certified Developer - Associate
  Validation number: 8F2KQ1XL3B4E1W5P
  Expiration date: April 24, 2028

Candidate ID: AWS04728813

Your digital badge will be updated on Credly within 24 hours.

AWS Certification
""")
add("recertified-congrats", "certification", False, None, ["AWS04728813"],
    "certmetrics recertification notice with candidate ID (no case)",
    key="m044", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="Congratulations on recertifying your AWS Certification!", date=d(2025, 4, 25, 1, 30),
    msgdom="certmetrics.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "certmetrics.com", "bounce@certmetrics.com", ip="198.21.6.77"))

# 045 closing notice E (closed, reply reopens)
t = txt("m045", f"""Hello,

Case {CASE_E} has been closed because we did not receive the information requested on April 21.

If you still need the name on your certificates corrected, reply to this email within 14 days and the case will reopen automatically with its history intact.

AWS Training and Certification
""")
add("name-change-closed-no-answer", "closing_notice", True, CASE_E, [],
    "Case already closed for lack of answer; reply reopens it",
    key="m045", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_E, date=d(2025, 4, 28, 0, 0), reply_to_key="m043",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))], crlf=True,
    ar=auth(ME_P, "amazon.com", "0100019583aa@amazonses.com"))

# 046 user reply E with attachment
t = txt("m046", """Hi Tomasz,

Sorry for the silence, I was travelling. Attached is a photo of my passport's data page (number covered). The name should read Sayaka Nomura.

Regards,
Sayaka

""" + gmail_q("Mon, Apr 28, 2025 at 9:00 AM", f"AWS Training and Certification <{FORM}>", TXT["m045"]))
fake_jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9"
add("passport-photo-reply", "user_reply", False, CASE_E, [],
    "Owner's reply with a JPEG attachment (multipart/mixed), quoting the closed-case notice",
    key="m046", frm=(ME_NAME, ME_P), to=FORM, subj="Re: RE:" + SUBJ_E, date=d(2025, 4, 29, 1, 12),
    msgdom="gmail", reply_to_key="m045", multi="mixed",
    parts=[leaf("text/plain", t), binleaf("image/jpeg", "passport.jpg", fake_jpg)],
    ar=auth(ME_P, "gmail.com", ME_P, ip="209.85.220.41"))

# 047 case update E
t = txt("m047", """Thanks, Sayaka; that's exactly what was needed, and the case is open again.

I've corrected the name on your certification profile. The certificate PDFs regenerate overnight, so new copies should be ready to download tomorrow. I'll look in then before wrapping up.

Tomasz W.
AWS Training and Certification
""")
add("name-fixed-pdfs-overnight", "case_update", False, CASE_E, [],
    "Progress update after reopening; nothing asked, not yet finished",
    key="m047", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_E, date=d(2025, 4, 29, 16, 40), reply_to_key="m046",
    parts=[leaf("text/plain", t, "utf-8", "8bit")],
    ar=auth(ME_P, "amazon.com", "0100019583bb@amazonses.com"))

# 048 resolved E (Japanese, no 'resolved')
t = txt("m048", """野村 様

お世話になっております。AWS トレーニングと認定サポートの山下です。
担当の Tomasz より引き継ぎました。

本日、各証明書が新しいお名前(Sayaka Nomura)で再発行されていることを確認いたしました。認定アカウントの「認定」ページから最新の PDF をダウンロードいただけます。

本件のご対応は以上となります。
その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

山下
AWS トレーニングと認定 カスタマーサポート
""")
add("name-change-done-ja", "resolved", False, CASE_E, [],
    "Completion in Japanese by a new agent (以上となります), with ~がございましたら…ご返信ください footer; UTF-8 8bit",
    key="m048", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_E, date=d(2025, 4, 30, 2, 5), reply_to_key="m047",
    parts=[leaf("text/plain", t, "utf-8", "8bit")],
    ar=auth(ME_P, "amazon.com", "0100019584aa@amazonses.com"))

# 049 ack D (Japanese, varied)
t = txt("m049", f"""お問い合わせを受け付けました。

受付番号(ケース ID): {CASE_D}

担当者より、通常24時間以内にご連絡いたします。同じ内容で新たにケースを作成されますと、回答までにお時間をいただく場合がございますので、ご了承ください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: Account Merge
AWS 候補 ID: AWS04728813
内容: Credly に最新の認定が反映されません。以前 Partner Central 経由でサインインした際に作成された別の認定アカウントがあるようです。統合していただけますでしょうか。

AWS トレーニングと認定
""")
add("form-received-ja", "acknowledgement", False, CASE_D, ["AWS04728813"],
    "Japanese ack in different wording (受け付けました / 受付番号), echoes the user's own keigo request; base64",
    key="m049", frm=FORM_FROM, to=ME_P, subj=SUBJ_D, date=d(2025, 5, 2, 3, 10),
    parts=[leaf("text/plain", t, "utf-8", "base64")],
    ar=auth(ME_P, "amazon.com", "0100019585aa@amazonses.com"))

# 050 Amazon.co.jp shipment
t = txt("m050", """Amazon.co.jp ご利用ありがとうございます。

ご注文の商品を発送しました。
注文番号: 250-4829173-6650412
お届け予定: 5月5日(月)

配送状況は「注文履歴」からご確認いただけます。
""")
add("amazon-jp-shipped", "unrelated", False, None, [],
    "Amazon.co.jp shipping notice (Amazon but not AWS)",
    key="m050", frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P,
    subj="Amazon.co.jp ご注文の商品を発送しました", date=d(2025, 5, 3, 1, 0), msgdom="amazon.co.jp",
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit")], subj_cs="iso-2022-jp",
    ar=auth(ME_P, "amazon.co.jp", "shipment-tracking@amazon.co.jp", ip="54.240.51.10"))

# 051 info request D (Shift_JIS, keigo, buried)
t = txt("m051", """野村 沙也加 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お客様のご連絡先メールアドレスで確認いたしましたところ、認定アカウントが 2 件見つかりました。うち 1 件は、AWS Partner Central からのシングルサインオン時に自動で作成されたものと思われ、ログインに使用されるメールアドレスがご登録のものと異なっております。

このようなアカウントは、メールアドレスのみでは同一のお客様のものと判断できないため、統合の前に各アカウントの AWS 候補 ID を照合させていただいております。AWS 候補 ID は、認定アカウントにサインイン後、画面右上に「AWS」から始まる番号として表示されます。

お手数をおかけいたしますが、統合をご希望のアカウントそれぞれの AWS 候補 ID をお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
""")
add("candidate-ids-keigo-sjis", "info_request", True, CASE_D, [],
    "Japanese keigo request (お知らせいただけますでしょうか) after three explanatory paragraphs; Shift_JIS, CRLF",
    key="m051", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 4, 23, 30), reply_to_key="m049",
    parts=[leaf("text/plain", t, "shift_jis", "8bit")], crlf=True,
    ar=auth(ME_P, "amazon.com", "0100019585bb@amazonses.com"))

# 052 closing notice D (ISO-2022-JP)
t = txt("m052", """野村様

先日お送りしたご案内(AWS 候補 ID のご確認)について、まだご返信を確認できておりません。

5 営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。引き続き対応をご希望の場合は、このメールにそのままご返信ください。

佐々木
""")
add("candidate-ids-reminder-ja", "closing_notice", True, CASE_D, [],
    "Japanese closing notice, plain ください form; ISO-2022-JP",
    key="m052", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 9, 1, 21), reply_to_key="m051",
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit")],
    ar=auth(ME_P, "amazon.com", "0100019586aa@amazonses.com"))

# 053 user reply D (Japanese, Gmail JP header)
t = txt("m053", """佐々木様

ご連絡が遅くなり申し訳ございません。
候補 ID は以下のとおりです。

・普段使っているアカウント: AWS04728813
・Partner Central 経由で作成されたアカウント: AWS30175529

よろしくお願いいたします。
野村

""" + jp_q("2025年5月9日(金) 10:21 AWS Training and Certification", f"<{FORM}>", TXT["m052"]))
add("candidate-ids-reply-ja", "user_reply", False, CASE_D, ["AWS04728813", "AWS30175529"],
    "Owner's Japanese reply with Japanese Gmail quote header (…<addr>:) and candidate IDs",
    key="m053", frm=("野村 沙也加", ME_P), to=FORM, subj="Re: RE:" + SUBJ_D, date=d(2025, 5, 12, 0, 14),
    msgdom="gmail", reply_to_key="m052",
    parts=[leaf("text/plain", t, "utf-8", "base64")],
    ar=auth(ME_P, "gmail.com", ME_P, ip="209.85.220.41"))

# 054 on_hold D with ask (APN, Japanese)
t = txt("m054", """野村 様

候補 ID のご連絡ありがとうございます。照合の結果、いずれもお客様のアカウントであることを確認いたしました。

ただ、AWS30175529 のアカウントは、AWS パートナーネットワーク(APN)に参加している企業(Kirameki Technologies 株式会社)に関連付けられております。APN 企業に関連付けられたアカウントは、当該企業にご在籍の間は統合できない決まりとなっているため、現在、本ケースは保留とさせていただいております。

関連付けの解除をパートナー運用チームへ依頼するにあたり、同社をご退職されていることの確認が必要となります。ご退職日とあわせて、その旨をご教示いただけますと幸いです。

佐々木
""")
add("apn-hold-ja-asks-leaving-date", "on_hold", True, CASE_D, ["AWS30175529"],
    "Japanese APN hold whose ask is a soft ~いただけますと幸いです",
    key="m054", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 12, 6, 2), reply_to_key="m053",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019586bb@amazonses.com"))

# 055 user reply D (ISO-2022-JP), mentions old case number
t = txt("m055", f"""佐々木様

Kirameki Technologies 株式会社は 2025年3月31日付で退職しております。
以前のケース({CASE_A})でも同じ内容をお伝えしております。

野村
""")
add("left-company-reply-ja", "user_reply", False, CASE_D, [],
    "Owner's Japanese reply that cites the OTHER (15-digit) case number in its body; ISO-2022-JP",
    key="m055", frm=("野村 沙也加", ME_P), to=FORM, subj="Re: RE:" + SUBJ_D, date=d(2025, 5, 12, 9, 48),
    msgdom="gmail", reply_to_key="m054", name_cs="iso-2022-jp", subj_cs="iso-2022-jp",
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit")],
    ar=auth(ME_P, "gmail.com", ME_P, ip="209.85.220.41"))

# 056 newsletter (Japanese)
t = txt("m056", """週刊クラウド通信 第212号

■ 今週の注目記事
・転職時に AWS 認定アカウントを統合する手順まとめ
・Credly のバッジが反映されないときに確認すること
・AWS Summit Japan 2025 の見どころ

記事の感想は、このメールにご返信ください。次号で紹介させていただく場合があります。

配信停止: https://cloud-tsushin.jp/unsubscribe
""")
add("cloud-newsletter-ja", "unrelated", False, None, [],
    "Japanese tech newsletter about merging certification accounts; invites replies",
    key="m056", frm=("週刊クラウド通信", "news@cloud-tsushin.jp"), to=ME_P,
    subj="週刊クラウド通信 第212号: AWS 認定アカウント統合の手順", date=d(2025, 5, 14, 22, 0),
    msgdom="cloud-tsushin.jp",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "cloud-tsushin.jp", "bounce@cloud-tsushin.jp", ip="203.0.113.77"))

# 057 confirmation request D (Japanese, text ISO-2022-JP + HTML table)
t = txt("m057", f"""野村 様

パートナー運用チームにて関連付けの解除が完了いたしましたので、統合の手続きに進ませていただきます。

統合の対象となるアカウントは以下のとおりです。

アカウント #1
  AWS 候補 ID: AWS04728813
  ログインメール: {ME_P}
  トレーニング通知メール: {ME_P}
  認定通知メール: {ME_P}

アカウント #2
  AWS 候補 ID: AWS30175529
  ログイン: AWS Partner Central (シングルサインオン)
  トレーニング通知メール: {ME_C}
  認定通知メール: {ME_C}

アカウント #2 の認定履歴およびバッジをアカウント #1 に統合し、アカウント #2 は無効化いたします。
上記の内容でお間違いがないか、ご確認のほどよろしくお願いいたします。

佐々木
""")
h = html_wrap(f"""<p>野村 様</p>
<p>パートナー運用チームにて関連付けの解除が完了いたしましたので、統合の手続きに進ませていただきます。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>AWS 候補 ID</td><td>AWS04728813</td><td>AWS30175529</td></tr>
<tr><td>ログイン</td><td>{ME_P}</td><td>AWS Partner Central (シングルサインオン)</td></tr>
<tr><td>トレーニング通知メール</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>認定通知メール</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>アカウント #2 の認定履歴およびバッジをアカウント #1 に統合し、アカウント #2 は無効化いたします。<br>
上記の内容でお間違いがないか、ご確認のほどよろしくお願いいたします。</p>
<p>佐々木</p>""")
add("merge-confirm-table-ja", "confirmation_request", True, CASE_D, ["AWS04728813", "AWS30175529"],
    "Japanese confirmation request (ご確認のほどよろしくお願いいたします) with progress news first; text ISO-2022-JP + HTML table; CRLF",
    key="m057", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 15, 1, 35), reply_to_key="m055",
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit"), leaf("text/html", h, "utf-8", "quoted-printable")],
    crlf=True,
    ar=auth(ME_P, "amazon.com", "0100019587aa@amazonses.com"))

# 058 Japanese phishing lookalike
t = txt("m058", """AWS 認定をご利用のお客様

アカウント統合の最終確認が完了しておりません。
24 時間以内に下記より本人確認を行っていただけない場合、保有されている認定はすべて失効いたします。

https://aws-certification-jp.net/merge/confirm

AWS 認定サポート
""")
add("lookalike-merge-final-check-ja", "suspicious", False, None, [],
    "Japanese phishing from lookalike domain aws-certification-jp.net, same topic as the live case; ISO-2022-JP",
    key="m058", frm=("AWS 認定サポート", "support@aws-certification-jp.net"), to=ME_P,
    subj="【AWS認定】アカウント統合の最終確認のお願い", subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
    date=d(2025, 5, 15, 4, 48), msgdom="aws-certification-jp.net",
    parts=[leaf("text/plain", t, "iso-2022-jp", "7bit")],
    ar=auth(ME_P, "aws-certification-jp.net", "info@aws-certification-jp.net", ip="45.144.29.12"))

# 059 user reply D confirm
t = txt("m059", """佐々木様

内容を確認いたしました。問題ありません。
アカウント #1 への統合をお願いいたします。

野村

""" + jp_q("2025年5月15日(木) 10:35 AWS Training and Certification", f"<{FORM}>", TXT["m057"]))
add("confirm-merge-ja", "user_reply", False, CASE_D, [],
    "Owner's Japanese confirmation, quoting the request (with candidate IDs only in the quote); UTF-8 8bit",
    key="m059", frm=("野村 沙也加", ME_P), to=FORM, subj="Re: RE:" + SUBJ_D, date=d(2025, 5, 15, 5, 2),
    msgdom="gmail", reply_to_key="m057",
    parts=[leaf("text/plain", t, "utf-8", "8bit")],
    ar=auth(ME_P, "gmail.com", ME_P, ip="209.85.220.41"))

# 060 resolved D (Japanese), quoting the confirmation request
t = txt("m060", """野村 様

ご確認いただきありがとうございます。
アカウント #2(AWS30175529)の認定履歴およびバッジを、アカウント #1(AWS04728813)へ移行する作業が完了いたしました。アカウント #2 は本日付で無効となっております。

なお、Credly への反映には最大で 48 時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

佐々木

----- 元のメッセージ -----
""" + TXT["m057"])
add("migration-complete-ja", "resolved", False, CASE_D, ["AWS30175529", "AWS04728813"],
    "Japanese completion (移行する作業が完了いたしました), quoting the full confirmation request with its ask below",
    key="m060", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 16, 0, 50), reply_to_key="m059",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019587bb@amazonses.com"))

# 061 IAM Identity Center code
t = txt("m061", """Your verification code

Use this code to complete sign-in: 731552

This code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.

AWS IAM Identity Center
""")
add("awsapps-signin-code", "unrelated", False, None, [],
    "One-time sign-in code (6 digits) from login.awsapps.com",
    key="m061", frm=("AWS", "no-reply@login.awsapps.com"), to=ME_P,
    subj="AWS sign-in verification code", date=d(2025, 5, 17, 8, 3), msgdom="login.awsapps.com",
    parts=[leaf("text/plain", t, "us-ascii", "7bit")],
    ar=auth(ME_P, "login.awsapps.com", "no-reply@login.awsapps.com", ip="54.240.3.9"))

# 062 user reopens D
t = txt("m062", """佐々木様

統合のご対応ありがとうございました。
ただ、5 日ほど経ちましたが、Credly では以前のバッジが「期限切れ」のまま表示されており、4 月に取得した認定のバッジも出てきません。

お手数ですが、ご確認いただけないでしょうか。

野村
""")
add("credly-still-expired-ja", "user_reply", False, CASE_D, [],
    "Owner writes again on a finished case (reopen); contains a question directed at support, not at her",
    key="m062", frm=("野村 沙也加", ME_P), to=FORM, subj="Re: RE:" + SUBJ_D, date=d(2025, 5, 21, 0, 10),
    msgdom="gmail", reply_to_key="m060",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "gmail.com", ME_P, ip="209.85.220.41"))

# 063 case update D (English, reopened)
t = txt("m063", f"""Hi Sayaka,

Sasaki-san is out this week, so I've picked up case {CASE_D} and reopened it.

I can see why the badges didn't move: the nightly job that pushes certification data to Credly skipped the retired profile. I've queued a manual sync for AWS04728813 and will check the result tomorrow morning, Pacific time.

Aaron
AWS Training and Certification
""")
add("reopened-manual-sync", "case_update", False, CASE_D, ["AWS04728813"],
    "English progress update on the reopened Japanese case ('reopened' could be read as an ack); asks nothing",
    key="m063", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 21, 16, 25, PDT),
    reply_to_key="m062",
    parts=[leaf("text/plain", t, "utf-8", "7bit")], crlf=True,
    ar=auth(ME_P, "amazon.com", "0100019588aa@amazonses.com"))

# 064 on_hold D (waiting on Credly, no ask)
t = txt("m064", """Hi Sayaka,

The sync ran, but the old badges are still attached to the Credly wallet that belonged to the retired profile, and only Credly can move them. I've opened a request with their issuer support team and sent everything they need.

We're waiting on them now; it usually takes a few business days. Nothing needed from you in the meantime, and I'll update you when they come back.

Aaron
""")
add("waiting-on-credly", "on_hold", False, CASE_D, [],
    "Hold waiting on an external party (Credly); explicitly asks nothing",
    key="m064", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 22, 15, 50, PDT),
    reply_to_key="m063",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "amazon.com", "0100019588bb@amazonses.com"))

# 065 Credly badges (Japanese)
t = txt("m065", """野村 沙也加 さん

Amazon Web Services Training and Certification から 4 件のバッジが発行されました。

・AWS Certified Solutions Architect - Professional
・AWS Certified Security - Specialty
・AWS Certified Developer - Associate
・AWS Certified Cloud Practitioner

Credly でバッジを確認する:
https://www.credly.com/users/sayaka-nomura/badges

Credly
""")
add("credly-four-badges-ja", "badge", False, None, [],
    "Credly Japanese multi-badge mail (arrives before support reports completion)",
    key="m065", frm=("Credly", "admin@credly.com"), to=ME_P,
    subj="4 件の新しいバッジが発行されました", date=d(2025, 5, 26, 2, 30), msgdom="credly.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "credly.com", "bounces@credly.com", ip="168.245.12.9"))

# 066 resolved D (English, 'close this out')
t = txt("m066", """Hi Sayaka,

Credly finished on their end: all four badges, including the new Security - Specialty one, are on your profile and show as active.

I'll close the case out now. No further action is required on your part.

Aaron
AWS Training and Certification
""")
add("credly-fixed-closing-out", "resolved", False, CASE_D, [],
    "Completion phrased as 'I'll close the case out now' (looks like a closing notice) + 'No further action is required'",
    key="m066", frm=FORM_FROM, to=ME_P, subj="RE:" + SUBJ_D, date=d(2025, 5, 26, 17, 12), reply_to_key="m064",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "amazon.com", "0100019589aa@amazonses.com"))

# 067 survey D (Japanese)
t = txt("m067", f"""野村 様

先日はお問い合わせ(ケース {CASE_D})をいただき、ありがとうございました。

今後のサービス向上のため、今回のサポートについて 5 段階でご評価いただけますでしょうか。所要時間は 1 分程度です。

アンケートに回答する:
https://aws.amazon.com/survey/tc?case={CASE_D}&lang=ja

AWS トレーニングと認定
""")
add("survey-ja-keigo", "survey", False, CASE_D, [],
    "Japanese survey with keigo ask (ご評価いただけますでしょうか)",
    key="m067", frm=("AWS Customer Feedback", "aws-cs-survey@amazon.com"), to=ME_P,
    subj=f"【アンケートのお願い】ケース {CASE_D} のサポートについて", date=d(2025, 5, 27, 23, 0),
    parts=[leaf("text/plain", t, "utf-8", "base64"), leaf("text/html", html_wrap(plain_to_html(t)), "utf-8", "base64")],
    ar=auth(ME_P, "amazon.com", "0100019589bb@amazonses.com"))

# 068 free tier alert
t = txt("m068", """Hello,

Your AWS account 493827165034 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product: Amazon Simple Storage Service
Usage: 4.3 GB of 5 GB

To review your usage, visit the Billing and Cost Management console. You can turn off these alerts in Billing preferences.

Amazon Web Services
""")
add("free-tier-alert", "unrelated", False, None, [],
    "AWS Free Tier usage alert with 12-digit account ID",
    key="m068", frm=CONSOLE, to=ME_P, subj="AWS Free Tier limit alert", date=d(2025, 5, 28, 12, 0),
    parts=[leaf("text/plain", t, "us-ascii", "7bit")],
    ar=auth(ME_P, "amazon.com", "0100019590aa@amazonses.com"))

# 069 certmetrics lookalike
t = txt("m069", """Dear Candidate,

Your AWS Certification expires in 7 days. Because your certification account was recently merged, you must re-validate your profile to keep your credentials active.

Re-validate now: https://certmetrics-aws.com/revalidate

AWS Certification
""")
add("lookalike-certmetrics-expiry", "suspicious", False, None, [],
    "Lookalike of certmetrics (certmetrics-aws.com) referencing the recent merge",
    key="m069", frm=("AWS Certification", "do-not-reply@certmetrics-aws.com"), to=ME_P,
    subj="Action needed: your AWS Certification expires in 7 days", date=d(2025, 5, 29, 7, 45),
    msgdom="certmetrics-aws.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "certmetrics-aws.com", "bounce@certmetrics-aws.com", ip="185.100.87.30"))

# 070 certmetrics expiry notice (legit)
t = txt("m070", """Dear Sayaka Nomura,

Your AWS Certified Cloud Practitioner certification will expire on August 30, 2025.

To keep your certification active, pass the current version of the exam, or a higher-level certification that recertifies it, before the expiration date.

Candidate ID: AWS04728813

AWS Certification
""")
add("certification-expiry-90d", "certification", False, None, ["AWS04728813"],
    "Genuine certmetrics expiry notice (instructions, candidate ID)",
    key="m070", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="Your AWS Certification is expiring soon", date=d(2025, 6, 2, 1, 0), msgdom="certmetrics.com",
    parts=[leaf("text/plain", t, "utf-8", "quoted-printable")],
    ar=auth(ME_P, "certmetrics.com", "bounce@certmetrics.com", ip="198.21.6.77"))

# 071 OnVUE reminder
t = txt("m071", """Hello Sayaka,

Your online exam is coming up in 3 days.

Registration ID: 418297733
Exam: AWS Certified Cloud Practitioner (CLF-C02)
Appointment: June 6, 2025, 20:00 JST

Please run the system test on the computer you will use for the exam before your appointment.

Pearson VUE
""")
add("onvue-reminder", "unrelated", False, None, [],
    "Exam-vendor reminder with 9-digit registration ID and a please",
    key="m071", frm=("Pearson VUE", "pearsonvue@pearson.com"), to=ME_P,
    subj="Reminder: your OnVUE exam is in 3 days", date=d(2025, 6, 3, 3, 0), msgdom="pearson.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "pearson.com", "pearsonvue@pearson.com", ip="159.182.1.31"))

# 072 other vendor info request
t = txt("m072", """Hi Sayaka,

Thanks for the details. To continue investigating the SSO login loop we need two things from you:

1. The name of your Terraform Cloud organization
2. A HAR file captured while reproducing the problem

Please reply to this email with both, and we'll pick it back up.

HashiCorp Support
Request #58214
""")
add("vendor-needs-har-file", "unrelated", False, None, [],
    "Another vendor's support asking for information by reply (not AWS, so no reply needed for casewatch)",
    key="m072", frm=("HashiCorp Support", "support@hashicorp.com"), to=ME_P,
    subj="[HashiCorp Support] Re: Request #58214 - SSO login loop", date=d(2025, 6, 4, 16, 20),
    msgdom="hashicorp.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "hashicorp.com", "support@hashicorp.zendesk.com", ip="192.161.148.12"))

# 073 re:Post answer
t = txt("m073", """Your question has a new answer.

Question: How do I merge two AWS Certification accounts after leaving my employer?

Answer (from an AWS Expert): Open a case through the Contact AWS Training and Certification form, choose Certification > Account Merge, and list every email address you used. Support will confirm the accounts with you before merging.

If this answer helped, please accept it.

AWS re:Post
""")
add("repost-answer-merge", "unrelated", False, None, [],
    "re:Post notification whose content describes the merge process and support's confirmation step",
    key="m073", frm=("AWS re:Post", "no-reply@repost.aws"), to=ME_P,
    subj="New answer to your question on AWS re:Post", date=d(2025, 6, 5, 11, 0), msgdom="repost.aws",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "repost.aws", "no-reply@repost.aws", ip="54.240.9.30"))

# 074 certmetrics benefit notice
t = txt("m074", """Dear Sayaka Nomura,

A new benefit is available in your AWS Certification account: 50% discount on your next exam.

Sign in to your AWS Certification account and open Benefits to view the voucher code.

Candidate ID: AWS04728813

AWS Certification
""")
add("certification-benefit-available", "certification", False, None, ["AWS04728813"],
    "Certification benefit notice (voucher, candidate ID) after the earlier voucher case",
    key="m074", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="A new AWS Certification benefit is available", date=d(2025, 6, 6, 0, 30), msgdom="certmetrics.com",
    parts=[leaf("text/plain", t), leaf("text/html", html_wrap(plain_to_html(t)))],
    ar=auth(ME_P, "certmetrics.com", "bounce@certmetrics.com", ip="198.21.6.77"))


# ---------------------------------------------------------------------------------------------
def write_all():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    for name, raw, label, note in MESSAGES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    # README
    from collections import Counter
    kinds = Counter(m[2]["kind"] for m in MESSAGES)
    nr = sum(1 for m in MESSAGES if m[2]["needs_reply"])
    lines = [f"me: {ME_P} {ME_C}", "",
             "# blind-38: held-out corpus (one mailbox, Sayaka Nomura)", "",
             f"Personal address `{ME_P}`; old company address `{ME_C}` (Kirameki Technologies, an APN partner; "
             "mailbox closed after 2025-03-31). Generated by `gen.py` (standard library only): "
             "`python3 gen.py` rewrites every NNN-slug.eml / .json and this README.", "",
             "## Cases", "",
             f"- `{CASE_A}` (15 digits), T&C form, filed from the company address: ack, APN hold that asks for the last day, "
             "hold waiting on partner ops, progress, HTML confirmation request, closing notice, confirmation from the wrong "
             "(company) address, request to write again from the Gmail address, reply threaded only by In-Reply-To, "
             "completion without the word merged, survey.",
             f"- `{CASE_B}` (15 digits), duplicate form submission from Gmail: Japanese ack, then closed as duplicate of the first case.",
             f"- `{CASE_C}` (11 digits), AWS Support Center (console) case about the 50% voucher: must be answered in the "
             "Support Center; ack, request, hold on the benefits team, choice request, resolved, survey.",
             f"- `{CASE_E}` (11 digits), T&C form, certificate name typo: terse ack, buried ID-photo request, 72 h warning, "
             "closed-for-no-answer notice, reply with attachment (reopens), progress, Japanese completion.",
             f"- `{CASE_D}` (10 digits), T&C form in Japanese: Partner Central SSO account: ack, keigo request for candidate IDs "
             "(Shift_JIS), closing notice, reply, APN hold with a soft ask, reply, confirmation request, completion, "
             "owner reopens, English progress update, hold waiting on Credly, completion worded as 'close the case out', survey.",
             "", "Not case numbers: 12-digit AWS account IDs (493827165034, 210987654321), 9-digit Pearson VUE registration "
             "IDs, 6-digit codes, a 10-digit Skill Builder order number, Amazon.co.jp order number, fake case IDs in phishing.",
             "", "## Counts", "",
             f"{len(MESSAGES)} messages; needs_reply true: {nr}.", "",
             "| kind | n |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        lines.append(f"| {k} | {kinds.get(k, 0)} |")
    lines += ["", "## Messages", "", "| file | kind | reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for name, raw, label, note in MESSAGES:
        lines.append(f"| {name} | {label['kind']} | {'yes' if label['needs_reply'] else 'no'} | "
                     f"{label['case'] or '-'} | {note} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_all()
    print(f"wrote {len(MESSAGES)} messages to {OUT}")
