#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml + NNN-slug.json beside this script.
One mailbox owner: Mio Fujisawa, personal fujisawa.mio.0412@gmail.com,
company (APN partner, leaving on 2025-03-31) mio.fujisawa@tsubame-ds.co.jp.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME = "fujisawa.mio.0412@gmail.com"
CO = "mio.fujisawa@tsubame-ds.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174124563800231"   # main merge case (15 digits)
CASE_B = "174124601900518"   # duplicate form submission (15 digits)
CASE_C = "13760091423"       # console case (11 digits)
CASE_D = "7294518830"        # old 2021 case, revived (10 digits)
CASE_E = "23019874456"       # third account / Credly (11 digits)

CID_NEW = "AWS03317562"   # personal account
CID_OLD = "AWS01198437"   # company account
CID_SSO = "AWS02766015"   # account created through Partner Central SSO

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE:[CASE {CASE_C}] Certification account merge - badges missing"
SUBJ_D = f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification"
SUBJ_E = f"RE: [CASE {CASE_E}] [AWS Training and Certification Form Submission] - digital-badges"

MIDS = {}


def mid(key, domain="email.amazonses.com"):
    if key not in MIDS:
        h = hashlib.sha1(key.encode()).hexdigest()
        if domain == "email.amazonses.com":
            MIDS[key] = f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
        elif domain == "mail.gmail.com":
            MIDS[key] = f"<CAK{h[:20]}+{h[20:32]}@mail.gmail.com>"
        elif domain == "outlook":
            MIDS[key] = f"<TYCP286MB{h[:4].upper()}{h[4:12].upper()}@TYCP286MB{h[12:16].upper()}.JPNP286.PROD.OUTLOOK.COM>"
        else:
            MIDS[key] = f"<{h[:24]}@{domain}>"
    return MIDS[key]


def dt(s, tz="+0000"):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(d.replace(tzinfo=_dt.timezone(off)))


def hv(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs, maxlinelen=76).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return Header(name, cs).encode() + f" <{a}>"


# ---------------------------------------------------------------- MIME parts
class T:
    def __init__(self, text, sub="plain", cs="utf-8", cte="8bit", fmt=None):
        self.text, self.sub, self.cs, self.cte, self.fmt = text, sub, cs, cte, fmt

    def render(self, bnd):
        raw = self.text.encode("cp932" if self.cs.lower() == "shift_jis" else self.cs)
        if self.cte == "base64":
            body = base64.encodebytes(raw)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        ct = f'Content-Type: text/{self.sub}; charset="{self.cs}"'
        if self.fmt:
            ct += f"; format={self.fmt}"
        hdr = f"{ct}\nContent-Transfer-Encoding: {self.cte}\n"
        if not body.endswith(b"\n"):
            body += b"\n"
        return hdr.encode(), body


class M:
    def __init__(self, sub, *parts):
        self.sub, self.parts = sub, parts

    def render(self, bnd):
        b = f"----=_Part_{bnd}_{len(self.parts)}{self.sub[:3]}"
        hdr = f'Content-Type: multipart/{self.sub};\n\tboundary="{b}"\n'.encode()
        out = b""
        for i, p in enumerate(self.parts):
            ph, pb = p.render(f"{bnd}{i}")
            out += f"\n--{b}\n".encode() + ph + b"\n" + pb
        out += f"\n--{b}--\n".encode()
        return hdr, out


def ALT(*p):
    return M("alternative", *p)


def MIX(*p):
    return M("mixed", *p)


# ---------------------------------------------------------------- headers
def ar_g(dom, ok=True, spf_ok=True):
    if ok:
        return (f"mx.google.com;\n       dkim=pass header.i=@{dom} header.s=s1 header.b=Qm3xK9aZ;\n"
                f"       spf=pass (google.com: domain of bounce@{dom} designates 54.240.8.41 as permitted sender) smtp.mailfrom=bounce@{dom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return (f"mx.google.com;\n       dkim=fail header.i=@{dom} header.s=s1 header.b=Zr7pLw2c;\n"
            f"       spf={'pass' if spf_ok else 'softfail'} (google.com: domain of postmaster@mailer-9x.net designates 185.212.44.17 as permitted sender) smtp.mailfrom=postmaster@mailer-9x.net;\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}")


def ar_ms(dom, ok=True):
    if ok:
        return (f"spf=pass (sender IP is 54.240.27.18)\n smtp.mailfrom={dom}; dkim=pass (signature was verified)\n"
                f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass\n reason=100")
    return (f"spf=fail (sender IP is 185.212.44.17)\n smtp.mailfrom={dom}; dkim=none (message not signed)\n"
            f" header.d=none;dmarc=fail action=quarantine header.from={dom};compauth=fail\n reason=000")


def ar(rcpt, dom, ok=True):
    return ar_g(dom, ok) if rcpt == "g" else ar_ms(dom, ok)


ENTRIES = []


def add(slug, label, frm, to, subj, date, msgid, body, cc=None, irt=None, refs=None,
        auth=None, extra=(), scs="utf-8", crlf=False):
    kind, nr, case, cids = label
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hv(subj, scs)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    ENTRIES.append((slug, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, h, body, crlf))


def write_all():
    for n, (slug, label, h, body, crlf) in enumerate(ENTRIES, 1):
        name = f"{n:03d}-{slug}"
        ph, pb = body.render(f"{n:03d}{hashlib.md5(slug.encode()).hexdigest()[:8]}")
        head = "".join(f"{k}: {v}\n" for k, v in h).encode()
        data = head + ph + b"\n" + pb
        if crlf:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def L(kind, nr=False, case=None, cids=()):
    return (kind, nr, case, list(cids))


# ====================================================================== bodies
TC_FOOT = """
Amazon Web Services, Inc. and its affiliates are an Amazon.com company.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

ACK_A = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge

Use Case: I am no longer going to be an employee of Tsubame Data Systems (last day 2025-03-31) and would like to merge my accounts.
All email addresses you may have used in our system: {CO}, {ME}
The email address you would like to keep on file: {ME}
Candidate IDs: {CID_OLD} (company), {CID_NEW} (personal)

We will respond to your inquiry as soon as possible, usually within 24 hours.
If a case has already been raised, please do not raise another case for the same request; duplicate cases delay our response.

If you have additional information about this case, you can reply to this email.

Sincerely,
Amazon Web Services
{TC_FOOT}
"""

ACK_B_JA = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせに対応するため、ケース {CASE_B} を作成いたしました。

ケースの詳細は次のとおりです。

ケース ID: {CASE_B}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

お問い合わせ内容:
退職予定のため、会社アドレスの認定アカウント（{CID_OLD}）を個人アドレス {ME} のアカウントに統合してください。

通常24時間以内にご返答いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

このケースに追加情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""

ACK_B_JA_HTML = "<html><body style=\"font-family:'Meiryo',sans-serif\">" + "".join(
    f"<p>{l}</p>" if l else "" for l in ACK_B_JA.split("\n")) + "</body></html>"

ONHOLD_A = f"""Hello Mio,

Thank you for reaching out to AWS Training and Certification, and for the detailed request - having both email addresses and candidate IDs up front saves a lot of back and forth.

I had a look at both certification profiles. The one registered under {CO} is currently associated with an AWS Partner Network (APN) organization, Tsubame Data Systems. Certifications held on partner-associated profiles count toward the partner's tier and competency requirements, so we are not able to move them into a personal profile while the association is active. This is a standard safeguard and nothing is wrong with either account.

For that reason I have placed your case on hold for the moment. In most situations where someone is leaving the partner company we can go ahead once the person confirms the departure, and the partner association is removed as part of the merge.

What will be your last working day at Tsubame Data Systems, and are you able to confirm that you are leaving the company?

As soon as I have that I will prepare the merge details for you to review.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
{TC_FOOT}
"""

REPLY_A_CO = """Hello Priya,

Thank you for checking. I confirm that I am leaving Tsubame Data Systems. My last working day is March 31, 2025, and this mailbox will be closed after that date.

I have copied my manager, Mr. Saeki, for visibility.

Best regards,
Mio Fujisawa
Tsubame Data Systems Co., Ltd. | Cloud Integration Division
"""

INFO_A_ADDR = f"""Hi Mio,

Thanks for the quick reply.

For security reasons we can only act on a confirmation that comes from the email address that submitted the request, which in this case is {ME}. We need you to send the same confirmation again from that address - a reply to this email from the Gmail account is fine.

Your case {CASE_A} stays on hold until then.

Marcus
AWS Training and Certification
"""

INFO_B = f"""Hello,

Thank you for contacting AWS Training and Certification.

While reviewing this request I noticed that an identical merge request is already open under case {CASE_A}, submitted from {ME} a few minutes before this one. Working both in parallel would only slow things down.

Could you let us know whether we may close case {CASE_B} and continue with your request under {CASE_A}?

Best regards,
Ana M.
AWS Training and Certification Support
"""

REPLY_A_ME = f"""Hello,

As requested I'm writing from my personal address ({ME}).

I confirm that I am leaving Tsubame Data Systems and my last working day is March 31, 2025. Please go ahead with the merge into my personal certification account {CID_NEW}.

Thank you,
Mio Fujisawa
"""

RESOLVED_B = f"""Hello,

Thank you for confirming. As requested, I have closed case {CASE_B} as a duplicate. Your account merge request will continue under case {CASE_A}, and the agent handling that case will contact you there.

No further action is required on this case.

Best regards,
Ana M.
AWS Training and Certification Support
"""

CONF_A_TEXT = f"""Hello Mio,

Thank you for confirming your departure date. I have located the following certification accounts:

Account #1
Login email: {ME}
Training notification email: {ME}
Certification notification email: {ME}
Candidate ID: {CID_NEW}

Account #2
Login email: {CO}
Training notification email: {CO}
Certification notification email: {CO}
Candidate ID: {CID_OLD}

Please review the details above and reply to confirm that all accounts should be merged into Account #1. After the merge, Account #2 will no longer be accessible and its exam history, certifications and benefits will appear under Account #1.

Best regards,
Hyun-woo Lee
AWS Training and Certification
"""

CONF_A_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mio,</p>
<p>Thank you for confirming your departure date. I have located the following certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#232f3e;color:#ffffff"><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td><b>Login email</b></td><td>{ME}</td><td>{CO}</td></tr>
<tr><td><b>Training notification email</b></td><td>{ME}</td><td>{CO}</td></tr>
<tr><td><b>Certification notification email</b></td><td>{ME}</td><td>{CO}</td></tr>
<tr><td><b>Candidate ID</b></td><td>{CID_NEW}</td><td>{CID_OLD}</td></tr>
</table>
<p>Please review the details above and reply to confirm that all accounts should be merged into <b>Account&nbsp;#1</b>.
After the merge, Account&nbsp;#2 will no longer be accessible and its exam history, certifications and benefits will appear under Account&nbsp;#1.</p>
<p>Best regards,<br>Hyun-woo Lee<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. and its affiliates are an Amazon.com company.</p>
</body></html>
"""

CLOSING_A = f"""Hi Mio,

Following up on my message from March 8 (copied below). We still need your confirmation before the accounts can be merged.

If we do not hear from you within the next 72 hours we will close this case. You can reply to this email at any time, even after that, and the case will be reopened.

Best regards,
Hyun-woo Lee
AWS Training and Certification

-----Original Message-----
From: {TC}
Sent: Saturday, March 8, 2025 4:47 AM
To: {ME}
Cc: {CO}
Subject: {SUBJ_A}

{CONF_A_TEXT}"""

CLOSING_A_HTML = "<html><body><div style=\"font-family:Arial\">" + CLOSING_A.split("-----Original Message-----")[0].replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + \
    "<hr><div style=\"color:#555\"><b>From:</b> " + TC + "<br><b>Sent:</b> Saturday, March 8, 2025 4:47 AM<br><b>Subject:</b> " + SUBJ_A + "</div>" + \
    CONF_A_HTML.split("<body", 1)[1].split(">", 1)[1].replace("</body></html>", "") + "</div></body></html>"

CONFIRM_A = "Confirmed. Please merge to Account #1.\n\nSorry for the late reply, I was travelling.\n\nMio\n"

GMAIL_HDR_CLOSING = f"On Tue, Mar 11, 2025 at 2:10 PM <{TC}> wrote:"

PROGRESS_A = f"""Thanks, Mio.

I've passed the merge of Account #2 into Account #1 to our back-end team. It usually completes within one business day and I'll write again once it's done. Nothing else is needed from you in the meantime.

Hyun-woo
"""

RESOLVED_A = f"""Hello Mio,

I have successfully merged all accounts. You can now sign in with {ME} and you will find your exam history, certifications and benefits from the former account under Account #1 ({CID_NEW}).

Please allow up to 48 hours for Credly to re-issue any digital badges to the new email address. No further action is required on your side.

Thank you for contacting AWS Training and Certification, and all the best in your new role.

Best regards,
Hyun-woo Lee
AWS Training and Certification

-----Original Message-----
From: {ME}
Sent: Tuesday, March 11, 2025 8:45 AM
To: {TC}
Subject: Re: {SUBJ_A}

Confirmed. Please merge to Account #1.

-----Original Message-----
From: {TC}
Sent: Saturday, March 8, 2025 4:47 AM
To: {ME}
Subject: {SUBJ_A}

Please review the details above and reply to confirm that all accounts should be merged into Account #1.
"""


# ====================================================================== messages
# 001 company IT notice (ja, ISO-2022-JP)
add("it-mailbox-notice", L("unrelated"),
    addr("情報システム部", "it-helpdesk@tsubame-ds.co.jp", "iso-2022-jp"), CO,
    "【情報システム部】退職に伴うアカウント停止のお知らせ", dt("2025-03-03 09:10:00", "+0900"),
    mid("001", "tsubame-ds.co.jp"), scs="iso-2022-jp", auth=ar_ms("tsubame-ds.co.jp"),
    body=T("""藤沢 美緒 様

情報システム部です。
退職日（2025年3月31日）に伴い、以下のアカウントを停止いたします。

・メールアカウント（mio.fujisawa@tsubame-ds.co.jp）: 3月31日 18:00 停止
・VPN / 社内Wiki / 勤怠システム: 3月31日 18:00 停止
・AWS 検証アカウント（IAM ユーザー）: 3月28日 停止

停止後はメールを受信できません。外部サービスに会社のメールアドレスを登録されている場合は、
退職日までに変更手続きを済ませてください。

貸与 PC の返却方法についてご不明な点がございましたら、本メールにご返信ください。

情報システム部 ヘルプデスク
内線 2210
""", cs="iso-2022-jp", cte="7bit"))

# 002 Builder ID code
add("builder-id-code", L("unrelated"),
    addr("AWS Builder ID", "no-reply@signin.aws"), ME,
    "Verify your AWS Builder ID email address", dt("2025-03-05 22:41:07"), mid("002"),
    auth=ar_g("signin.aws"),
    body=T("""Hello,

Thank you for creating an AWS Builder ID. Use the verification code below to confirm your email address.

Verification code: 735120

This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
""", cte="7bit"))

# 003 certmetrics expiry (company)
add("cert-expiry-90days", L("certification", cids=[CID_OLD]),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "Your AWS Certification expires in 90 days", dt("2025-03-05 23:02:44"), mid("003", "certmetrics.com"),
    auth=ar_ms("certmetrics.com"),
    body=ALT(T(f"""Dear Mio Fujisawa,

Candidate ID: {CID_OLD}

Your AWS Certified Developer - Associate certification will expire on June 4, 2025.

To maintain your certification, pass the current version of the exam or a higher-level exam before the expiration date. Recertification exams can be scheduled from your AWS Certification Account.

Remember that your 50% discount benefit can be applied to your next exam.

Thank you,
AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored.
""", cte="quoted-printable"),
        T(f"""<html><body><table width="600" align="center"><tr><td>
<h2 style="color:#ec7211">Your certification expires soon</h2>
<p>Dear Mio Fujisawa,</p><p>Candidate ID: {CID_OLD}</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification will expire on <b>June 4, 2025</b>.</p>
<p>To maintain your certification, pass the current version of the exam or a higher-level exam before the expiration date.</p>
<p><a href="https://www.aws.training/certification">Go to AWS Certification Account</a></p>
<p style="font-size:11px">Please do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table></body></html>""", sub="html", cte="quoted-printable")))

# 004 ack A (CRLF, QP)
add("form-ack-personal", L("acknowledgement", case=CASE_A, cids=[CID_OLD, CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-06 07:20:41"), mid("A-ack"),
    auth=ar_g("amazon.com"), crlf=True,
    body=T(ACK_A, cte="quoted-printable"))

# 005 ack B ja (company, Shift_JIS base64, alternative)
add("form-ack-duplicate-ja", L("acknowledgement", case=CASE_B, cids=[CID_OLD]),
    addr("Amazon Web Services", TC), CO, SUBJ_B, dt("2025-03-06 07:27:03"), mid("B-ack"),
    auth=ar_ms("amazon.com"),
    body=ALT(T(ACK_B_JA, cs="shift_jis", cte="base64"),
             T(ACK_B_JA_HTML, sub="html", cs="shift_jis", cte="base64")))

# 006 user forwards B ack to herself (Outlook ja forward)
add("self-forward-duplicate", L("user_reply", case=CASE_B),
    addr("藤沢 美緒", CO, "iso-2022-jp"), ME,
    "FW: " + SUBJ_B, dt("2025-03-06 16:31:12", "+0900"), mid("006", "outlook"),
    auth=ar_g("tsubame-ds.co.jp"), scs="iso-2022-jp",
    extra=[("Thread-Index", "AQHbjmV3kQ2x1m0uE0y8aGm3w1sAOg=="), ("X-MS-Has-Attach", "")],
    body=T(f"""自分用メモ：
会社アドレスからもフォームを送ってしまったので重複ケースになった。
こちらのケースは閉じてもらって、{CASE_A} のほうで進める。

________________________________
差出人: Amazon Web Services <{TC}>
送信日時: 2025年3月6日 16:27
宛先: 藤沢 美緒 <{CO}>
件名: {SUBJ_B}

{ACK_B_JA}""", cs="iso-2022-jp", cte="7bit"))

# 007 AWS marketing
add("aws-marketing-cert", L("unrelated"),
    addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME,
    "New in 2025: AWS Certification exams and a free practice set", dt("2025-03-06 08:02:15"), mid("007"),
    auth=ar_g("amazon.com"),
    body=T("""<html><body><table width="640" align="center" style="font-family:Arial">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Training and Certification</b></td></tr>
<tr><td style="padding:16px">
<h1>Validate your skills in 2025</h1>
<p>Three new certifications launched this quarter. Prepare with free official practice question sets on AWS Skill Builder.</p>
<p><a href="https://aws.amazon.com/certification/">Explore certifications</a></p>
<p>Already certified? Claim your badge on Credly and share it with your network.</p>
<p style="font-size:11px;color:#777">You are receiving this email because you opted in to marketing communications.
To unsubscribe, <a href="https://pages.awscloud.com/unsubscribe">click here</a>. Please do not reply to this email.
Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109</p>
</td></tr></table></body></html>""", sub="html", cte="quoted-printable"))

# 008 on_hold A (asks)
add("partner-hold-question", L("on_hold", True, CASE_A),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-06 23:40:19"), mid("A-hold"),
    cc=CO, irt=mid("A-ack"), refs=mid("A-ack"), auth=ar_g("amazon.com"),
    body=T(ONHOLD_A, cte="quoted-printable"))

# 009 user reply from company address (Outlook, en)
add("reply-from-company", L("user_reply", case=CASE_A),
    addr("Fujisawa Mio", CO), TC, "RE: " + SUBJ_A, dt("2025-03-07 10:12:33", "+0900"),
    mid("009", "outlook"), cc=f"{ME}, {addr('Saeki Takuya', 't.saeki@tsubame-ds.co.jp')}",
    irt=mid("A-hold"), refs=f"{mid('A-ack')} {mid('A-hold')}", auth=ar_g("tsubame-ds.co.jp"),
    body=T(REPLY_A_CO + f"""
-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Friday, March 7, 2025 8:40 AM
To: {ME}
Cc: Fujisawa Mio <{CO}>
Subject: {SUBJ_A}

""" + ONHOLD_A, cte="quoted-printable"))

# 010 manager out-of-office (bilingual)
add("manager-autoreply", L("unrelated"),
    addr("佐伯 拓也", "t.saeki@tsubame-ds.co.jp", "iso-2022-jp"), CO,
    "自動応答: RE: " + SUBJ_A, dt("2025-03-07 10:12:40", "+0900"), mid("010", "outlook"),
    irt=mid("009", "outlook"), auth=ar_ms("tsubame-ds.co.jp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=T("""お疲れさまです。佐伯です。
3月7日(金)から3月10日(月)まで出張のため不在にしております。
急ぎのご用件は cloud-div@tsubame-ds.co.jp までご連絡ください。

I am out of the office until Monday, March 10 with limited access to email.
For urgent matters, please contact cloud-div@tsubame-ds.co.jp.
""", cs="utf-8", cte="base64"))

# 011 info_request A: write from the right address
add("write-from-submitting-address", L("info_request", True, CASE_A),
    addr("Amazon Web Services", TC), CO, SUBJ_A, dt("2025-03-07 03:55:02"), mid("A-info-addr"),
    cc=ME, irt=mid("009", "outlook"), refs=f"{mid('A-ack')} {mid('A-hold')} {mid('009', 'outlook')}",
    auth=ar_ms("amazon.com"),
    body=T(INFO_A_ADDR + f"""
-----Original Message-----
From: Fujisawa Mio <{CO}>
Sent: Friday, March 7, 2025 1:12 AM
To: {TC}
Subject: RE: {SUBJ_A}

{REPLY_A_CO}""", cte="7bit"))

# 012 GitHub merged
add("github-pr-merged", L("unrelated"),
    addr("Kenji Oda", "notifications@github.com"), CO,
    "Re: [tsubame-ds/infra-accounts] Merge sandbox account into shared org (PR #412)",
    dt("2025-03-07 05:14:51"), "<tsubame-ds/infra-accounts/pull/412/issue_event/16620933128@github.com>",
    cc=addr("Mio Fujisawa", "author@noreply.github.com"),
    auth=ar_ms("github.com"),
    extra=[("List-ID", "tsubame-ds/infra-accounts <infra-accounts.tsubame-ds.github.com>"),
           ("X-GitHub-Reason", "author")],
    body=ALT(T("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-ds/infra-accounts/pull/412#event-16620933128
You are receiving this because you authored the thread.
""", cte="7bit"),
        T("""<p>Merged <a href="https://github.com/tsubame-ds/infra-accounts/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsubame-ds/infra-accounts/pull/412#event-16620933128">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""",
          sub="html", cte="7bit")))

# 013 info_request B: may we close the duplicate?
add("duplicate-close-question", L("info_request", True, CASE_B),
    addr("Amazon Web Services", TC), CO, SUBJ_B, dt("2025-03-07 06:03:38"), mid("B-info"),
    irt=mid("B-ack"), refs=mid("B-ack"), auth=ar_ms("amazon.com"),
    body=T(INFO_B, cte="quoted-printable"))

# 014 user reply A from personal (Gmail)
add("reply-from-personal", L("user_reply", case=CASE_A, cids=[CID_NEW]),
    addr("Mio Fujisawa", ME), TC, "Re: " + SUBJ_A, dt("2025-03-07 15:20:11", "+0900"),
    mid("014", "mail.gmail.com"), cc=CO, irt=mid("A-info-addr"),
    refs=f"{mid('A-ack')} {mid('A-hold')} {mid('A-info-addr')}", auth=ar_ms("gmail.com"),
    body=ALT(T(REPLY_A_ME + f"\nOn Fri, Mar 7, 2025 at 12:55 PM Amazon Web Services <{TC}> wrote:\n\n" + q(INFO_A_ADDR) + "\n", cte="quoted-printable"),
             T("<div dir=\"ltr\">" + REPLY_A_ME.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Fri, Mar 7, 2025 at 12:55 PM Amazon Web Services &lt;" + TC + "&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + INFO_A_ADDR.replace("\n", "<br>") + "</blockquote></div>", sub="html", cte="quoted-printable")))

# 015 user reply B (one line)
add("duplicate-close-ok", L("user_reply", case=CASE_B),
    addr("Fujisawa Mio", CO), TC, "RE: " + SUBJ_B, dt("2025-03-07 15:31:48", "+0900"), mid("015", "outlook"),
    irt=mid("B-info"), refs=f"{mid('B-ack')} {mid('B-info')}", auth=ar_g("tsubame-ds.co.jp"),
    body=T(f"""yes please close it, sorry for the duplicate.

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Friday, March 7, 2025 3:03 PM
To: Fujisawa Mio <{CO}>
Subject: {SUBJ_B}

""" + INFO_B, cte="7bit"))

# 016 resolved B (closed as duplicate)
add("duplicate-closed", L("resolved", case=CASE_B),
    addr("Amazon Web Services", TC), CO, SUBJ_B, dt("2025-03-07 09:02:27"), mid("B-res"),
    irt=mid("015", "outlook"), refs=f"{mid('B-ack')} {mid('B-info')} {mid('015', 'outlook')}",
    auth=ar_ms("amazon.com"), body=T(RESOLVED_B, cte="7bit"))

# 017 connpass (ja)
add("community-event-ja", L("unrelated"),
    addr("connpass", "no-reply@connpass.com"), ME,
    "【JAWS-UG 東京】参加登録が完了しました", dt("2025-03-07 19:40:00", "+0900"), mid("017", "connpass.com"),
    auth=ar_g("connpass.com"),
    body=T("""藤沢 美緒 さん

以下のイベントへの参加登録が完了しました。

イベント名: JAWS-UG 東京 #57 認定資格 LT 大会
日時: 2025/03/27(木) 19:00 - 21:30
会場: 目黒 セントラルスクエア
受付番号: 4410392

キャンセルする場合はイベントページから手続きしてください。
※このメールには返信できません。

connpass
""", cte="8bit"))

# 018 Pearson VUE confirmation (9-digit registration)
add("exam-appointment", L("unrelated"),
    addr("Pearson VUE", "noreply@pearsonvue.com"), ME,
    "Confirmation of your AWS Certified Security - Specialty exam appointment", dt("2025-03-08 01:14:29"),
    mid("018", "pearsonvue.com"), auth=ar_g("pearsonvue.com"),
    body=T("""Dear Mio Fujisawa,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 571039284
Exam: SCS-C02: AWS Certified Security - Specialty
Appointment: Saturday, April 12, 2025, 10:00 AM JST
Delivery: OnVUE online proctored

Please run the system test before your exam day. If you need to reschedule or cancel, do so at least 24 hours before your appointment.

Pearson VUE
""", cte="7bit"))

# 019 confirmation_request A (HTML-only, table, QP)
add("accounts-table-confirm", L("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-08 04:47:16"), mid("A-conf"),
    cc=CO, irt=mid("014", "mail.gmail.com"), refs=f"{mid('A-ack')} {mid('A-hold')} {mid('014', 'mail.gmail.com')}",
    auth=ar_g("amazon.com"), body=T(CONF_A_HTML, sub="html", cte="quoted-printable"))

# 020 HR paperwork (ja, company)
add("hr-exit-paperwork-ja", L("unrelated"),
    addr("人事部 労務グループ", "jinji@tsubame-ds.co.jp"), CO,
    "【ご確認ください】退職手続き書類の返送について", dt("2025-03-08 18:30:00", "+0900"), mid("020", "tsubame-ds.co.jp"),
    auth=ar_ms("tsubame-ds.co.jp"),
    body=T("""藤沢さん

人事部の岡田です。
退職手続きに必要な書類を本日郵送しました。

1. 退職届（原本）
2. 秘密保持に関する誓約書
3. 健康保険証の返却（3月31日以降）

1と2は署名のうえ、3月21日(金)までに同封の封筒でご返送ください。
源泉徴収票は4月中旬に自宅宛てに郵送します。

よろしくお願いします。
""", cte="8bit"))

# 021 phishing lookalike with case subject
add("lookalike-merge-urgent", L("suspicious"),
    addr("AWS Certification Support", "support@amazon-certsupport.com"), ME,
    f"RE:[CASE {CASE_A}] Action required: verify your certification account within 24 hours",
    dt("2025-03-08 11:02:55"), mid("021", "amazon-certsupport.com"), auth=ar_g("amazon-certsupport.com"),
    body=T(f"""<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Your account merge request (case {CASE_A}) could not be completed because we were unable to verify your identity.</p>
<p>To avoid losing your certifications and exam vouchers, please sign in and confirm your account details within <b>24 hours</b>:</p>
<p><a href="https://amazon-certsupport.com/verify?case={CASE_A}" style="background:#ff9900;padding:8px 16px;color:#000">Verify my account</a></p>
<p>If you do not verify, your certifications will be permanently removed.</p>
<p>AWS Training &amp; Certification Team</p>
</body></html>""", sub="html", cte="quoted-printable"))

# 022 Amazon.co.jp order (ja)
add("shop-order-ja", L("unrelated"),
    addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME,
    "Amazon.co.jp ご注文の確認 「AWS認定セキュリティ-専門知識 試験対策本...」", dt("2025-03-09 13:21:04", "+0900"),
    mid("022", "amazon.co.jp"), auth=ar_g("amazon.co.jp"),
    body=T("""Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文内容
注文番号: 249-5518273-9920641
AWS認定セキュリティ-専門知識 試験対策本 第2版
数量: 1
お届け予定: 3月11日(火)

ご注文の変更やキャンセルは「注文履歴」から行えます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
""", cte="quoted-printable"))

# 023 Jira asking to confirm a merge (company)
add("jira-confirm-target", L("unrelated"),
    addr("Kenji Oda (Jira)", "jira@tsubame-ds.atlassian.net"), CO,
    "[JIRA] (INFRA-2291) Merge staging IAM accounts - please confirm the target account",
    dt("2025-03-10 14:00:12"), mid("023", "Atlassian.JIRA"), auth=ar_ms("tsubame-ds.atlassian.net"),
    body=T("""Kenji Oda commented on INFRA-2291

Mio-san, before you leave: can you confirm which account we keep? I'd merge 4815-1623-4200 into the shared org account and decommission the other one. Please confirm in the ticket, not by mail.

View issue: https://tsubame-ds.atlassian.net/browse/INFRA-2291
This message was sent by Atlassian Jira.
""", cte="7bit"))

# 024 closing notice A, top-posted over the request
add("no-response-72h", L("closing_notice", True, CASE_A),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-11 05:10:47"), mid("A-close"),
    cc=CO, irt=mid("A-conf"), refs=f"{mid('A-ack')} {mid('A-hold')} {mid('A-conf')}",
    auth=ar_g("amazon.com"),
    body=ALT(T(CLOSING_A, cte="quoted-printable"), T(CLOSING_A_HTML, sub="html", cte="quoted-printable")))

# 025 dmarc=fail lookalike of the real sender
add("dmarc-fail-case-mail", L("suspicious"),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-11 06:30:09"),
    "<20250311063009.4471.1@mailer-9x.net>", auth=ar_g("amazon.com", ok=False, spf_ok=False),
    body=T(f"""Hello,

We were unable to complete the merge on case {CASE_A} because the identity check for Account #2 failed.

Please confirm your identity by signing in with your company credentials at the secure page below. Your accounts will be merged automatically once this is done.

https://aws-training-verify.co/merge/confirm?c={CASE_A}

Sincerely,
Amazon Web Services
""", cte="7bit"))

# 026 user confirms (Gmail, long quoted history)
add("confirmed-merge", L("user_reply", case=CASE_A),
    addr("Mio Fujisawa", ME), TC, "Re: " + SUBJ_A, dt("2025-03-11 17:45:30", "+0900"),
    mid("026", "mail.gmail.com"), cc=CO, irt=mid("A-close"),
    refs=f"{mid('A-ack')} {mid('A-hold')} {mid('A-conf')} {mid('A-close')}", auth=ar_ms("gmail.com"),
    body=ALT(T(CONFIRM_A + "\n" + GMAIL_HDR_CLOSING + "\n\n" + q(CLOSING_A) + "\n", cte="quoted-printable"),
             T("<div dir=\"ltr\">" + CONFIRM_A.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">" + GMAIL_HDR_CLOSING.replace("<", "&lt;").replace(">", "&gt;") + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + CLOSING_A_HTML + "</blockquote></div>", sub="html", cte="quoted-printable")))

# 027 case_update A (in progress)
add("merge-in-progress", L("case_update", case=CASE_A),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-11 09:20:58"), mid("A-prog"),
    irt=mid("026", "mail.gmail.com"), refs=f"{mid('A-conf')} {mid('A-close')} {mid('026', 'mail.gmail.com')}",
    auth=ar_g("amazon.com"), body=T(PROGRESS_A, cte="7bit"))

# 028 other vendor case closed
add("vendor-case-closed", L("unrelated"),
    addr("Datadog Support", "support@datadoghq.com"), CO,
    "[Datadog Support] Case #1820394 has been closed", dt("2025-03-11 11:48:36"), mid("028", "datadoghq.com"),
    auth=ar_ms("datadoghq.com"),
    body=T("""Hi Mio,

We haven't heard back from you, so we have closed case #1820394 ("AWS integration missing metrics for ap-northeast-1").

If the issue persists, simply reply to this email within 7 days and the case will be reopened automatically.

How would you rate the support you received? Good / Bad

Datadog Support
""", cte="7bit"))

# 029 resolved A with quoted old request (CRLF)
add("merged-done", L("resolved", case=CASE_A, cids=[CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-12 02:05:13"), mid("A-res"),
    irt=mid("026", "mail.gmail.com"), refs=f"{mid('A-conf')} {mid('A-close')} {mid('026', 'mail.gmail.com')} {mid('A-prog')}",
    auth=ar_g("amazon.com"), crlf=True, body=T(RESOLVED_A, cte="8bit"))

# 030 Credly badge
add("credly-badge-issued", L("badge"),
    addr("Credly", "admin@credly.com"), ME,
    "Mio, your AWS Certified Solutions Architect - Associate badge is waiting", dt("2025-03-12 02:06:40"),
    mid("030", "credly.com"), auth=ar_g("credly.com"),
    body=ALT(T("""Congratulations, Mio!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Accept your badge:
https://www.credly.com/badges/6f1c2d9e-4b7a-4e1f-9a53-0c2b8e7d4f11/accept

Share it on LinkedIn to let your network know.

Credly, Inc.
""", cte="7bit"),
        T("""<html><body><table width="600" align="center"><tr><td style="text-align:center">
<h2>Congratulations, Mio!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge.</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/6f1c2d9e-4b7a-4e1f-9a53-0c2b8e7d4f11/accept" style="background:#ff6b00;color:#fff;padding:10px 20px">Accept badge</a></p>
</td></tr></table></body></html>""", sub="html", cte="quoted-printable")))

# 031 survey A
add("support-survey", L("survey", case=CASE_A),
    addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME,
    f"How did we do? Your feedback on case {CASE_A}", dt("2025-03-12 02:40:00"), mid("A-survey"),
    auth=ar_g("amazon.com"),
    body=T(f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification ({CASE_A}) was resolved. We'd love to hear how it went.</p>
<table><tr><td>How satisfied were you with the support you received?</td></tr>
<tr><td>
<a href="https://survey.aws/tc?c={CASE_A}&r=1">1</a> <a href="https://survey.aws/tc?c={CASE_A}&r=2">2</a>
<a href="https://survey.aws/tc?c={CASE_A}&r=3">3</a> <a href="https://survey.aws/tc?c={CASE_A}&r=4">4</a>
<a href="https://survey.aws/tc?c={CASE_A}&r=5">5</a></td></tr></table>
<p>The survey takes less than two minutes. Please do not reply to this email.</p>
</body></html>""", sub="html", cte="quoted-printable"))

# 032 certmetrics feedback invitation (certification, looks like survey)
add("cert-program-feedback", L("certification"),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "AWS Certification wants to hear from you", dt("2025-03-12 15:00:00"), mid("032", "certmetrics.com"),
    auth=ar_g("certmetrics.com"),
    body=T("""Hello Mio,

As an AWS Certified individual, your opinion shapes the future of the AWS Certification program. Would you take 10 minutes to tell us about your experience with your exams, benefits and the certification account?

Take the survey: https://certmetrics.com/amazon/survey/2025Q1

Thank you,
AWS Certification

This is an automated message. Replies are not monitored.
""", cte="7bit"))

# 033 AWS billing (same sender as console cases, 12-digit account)
add("billing-statement", L("unrelated"),
    addr("Amazon Web Services", NOREPLY), ME,
    "Amazon Web Services Billing Statement Available [Account: 481516234200]", dt("2025-03-12 22:13:51"),
    mid("033"), auth=ar_g("amazon.com"),
    body=T("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.27

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit"))

# 034 colleague handover (ja, company)
add("handover-request-ja", L("unrelated"),
    addr("小田 健司", "k.oda@tsubame-ds.co.jp", "iso-2022-jp"), CO,
    "引き継ぎ資料のレビューお願いします", dt("2025-03-13 09:05:00", "+0900"), mid("034", "outlook"),
    auth=ar_ms("tsubame-ds.co.jp"), scs="iso-2022-jp",
    body=T("""藤沢さん

小田です。
例の AWS アカウント統合まわりの引き継ぎ資料、ドラフトを共有フォルダに置きました。
今週中に一度見てもらえますか？ 特に Organizations の SCP のところが不安です。

よろしくお願いします。
""", cs="iso-2022-jp", cte="7bit"))

CONSOLE_FOOT = f"""
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

=================================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

FEEDBACK_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
"""

# 035 console ack
add("console-new-case", L("acknowledgement", case=CASE_C),
    addr("Amazon Web Services", NOREPLY), ME,
    f"Amazon Web Services: New Support case: {CASE_C}", dt("2025-03-13 01:10:22"), mid("C-ack"),
    auth=ar_g("amazon.com"),
    body=T(f"""Dear Customer,

Thank you for contacting Amazon Web Services. A new support case has been created. We will respond within the time frame that applies to your support plan.

Case ID: {CASE_C}
Subject: Certification account merge - badges missing
Severity: General guidance
Account: [AWS ID 481516234200]
Correspondence: After merging my certification accounts, some Credly badges are missing. I may have a third certification account created from Partner Central.
{CONSOLE_FOOT}""", cte="7bit"))

# 036 Credly lookalike
add("badge-lookalike", L("suspicious"),
    addr("Credly Badges", "admin@credly-badges.net"), ME,
    "Action needed: re-claim your AWS badges after account merge", dt("2025-03-13 02:00:41"),
    mid("036", "credly-badges.net"), auth=ar_g("credly-badges.net"),
    body=T("""<html><body>
<p>Hi Mio,</p>
<p>Because your AWS Certification accounts were merged, your badges have been <b>suspended</b>.
Reply to this email with your Credly password or re-claim them within 48 hours here:</p>
<p><a href="http://credly-badges.net/reclaim">Re-claim my badges</a></p>
<p>Credly Team</p></body></html>""", sub="html", cte="7bit"))

# 037 console info_request (answer in Support Center, feedback footer)
CONSOLE_INFO = f"""Hello,

Thank you for contacting AWS Support.

I understand that some of your Credly badges did not appear after your certification accounts were merged. AWS Support in the console does not have access to certification profiles, but I can pass this to the AWS Training and Certification team on your behalf.

To do that I need the candidate IDs (format AWS followed by 8 digits) of every certification account you believe you have, including the one you think was created through Partner Central, and the email address used to sign in to each.

Reply with those details in the Support Center and I will route the request. Account ID 481516234200 itself does not need any changes.

Best regards,
Daniel R.
Amazon Web Services
{FEEDBACK_FOOT}{CONSOLE_FOOT}"""
add("console-needs-ids", L("info_request", True, CASE_C),
    addr("Amazon Web Services", NOREPLY), ME, SUBJ_C, dt("2025-03-13 06:44:18"), mid("C-info"),
    auth=ar_g("amazon.com"), body=T(CONSOLE_INFO, cte="quoted-printable"))

# 038 bounce after replying by email to console address
add("bounce-console-reply", L("unrelated"),
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    "Delivery Status Notification (Failure)", dt("2025-03-13 16:02:37", "+0900"), mid("038", "mx.google.com"),
    auth=ar_g("googlemail.com"),
    body=MIX(T(f"""** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 Requested action not taken: mailbox unavailable

----- Original message -----
Subject: Re: {SUBJ_C}
Date: Thu, 13 Mar 2025 16:02:30 +0900

My candidate IDs are {CID_NEW} ({ME}) and {CID_SSO} (probably {CO}).

> Reply with those details in the Support Center and I will route the request.
""", cte="7bit"),
        T(f"Reporting-MTA: dns; googlemail.com\nFinal-Recipient: rfc822; {NOREPLY}\nAction: failed\nStatus: 5.1.1\n", sub="plain", cte="7bit")))

# 039 ack E (multipart, base64 html)
ACK_E = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_E} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_E}
Subject: [AWS Training and Certification Form Submission] - digital-badges
Inquiry type: Certification
Additional details: Digital Badges

After my accounts were merged under case {CASE_A}, Credly shows only one of my three badges. I think a third certification account was created when I signed in through Partner Central. My current candidate ID is {CID_NEW}.

We will respond to your inquiry as soon as possible, usually within 24 hours. Please do not open a new case for this request.

If you have anything to add, simply reply to this email.

Sincerely,
Amazon Web Services
"""
add("badges-form-ack", L("acknowledgement", case=CASE_E, cids=[CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_E, dt("2025-03-13 07:30:05"), mid("E-ack"),
    auth=ar_g("amazon.com"),
    body=ALT(T(ACK_E, cte="base64"),
             T("<html><body>" + ACK_E.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + "</body></html>", sub="html", cte="base64")))

# 040 newsletter (ja)
add("newsletter-ja", L("unrelated"),
    addr("クラウド技術週報", "weekly@cloud-digest.jp", "iso-2022-jp"), ME,
    "【週報】AWS認定アカウントの統合手順まとめ / 新サービス情報ほか", dt("2025-03-14 07:00:00", "+0900"),
    mid("040", "cloud-digest.jp"), auth=ar_g("cloud-digest.jp"),
    body=T("""クラウド技術週報 2025年3月14日号

■ 今週の注目記事
・転職時に AWS 認定アカウントを統合する手順まとめ
  「Confirmed. Please merge to Account #1」と返信するまでの流れを解説
・Credly のバッジが表示されないときのチェックリスト

■ 新サービス
・Amazon Q Developer の新機能 ほか

配信停止はこちら: https://cloud-digest.jp/unsubscribe
""", cte="quoted-printable"))

# 041 confirmation_request E (bare question after explanation)
CONF_E = f"""Hi Mio,

Thanks for your patience while I looked into this.

You were right: besides {CID_NEW} there is a third certification profile, {CID_SSO}. It was created on 2023-09-14 when you signed in through AWS Partner Central, and its login is the Partner Central identity for {CO}. Two of your badges (Developer - Associate and Cloud Practitioner) were issued to that profile, which is why Credly only shows one badge on your merged account. The exam history on {CID_SSO} is empty; only the badges were attached to it.

Merging it works the same way as your earlier request. {CID_NEW} stays as the account you sign in with, {CID_SSO} would be closed, and Credly re-issues the two badges to {ME}.

Do you want {CID_SSO} merged into {CID_NEW}?

Tomasz K.
AWS Training and Certification Support
"""
add("third-account-question", L("confirmation_request", True, CASE_E, [CID_NEW, CID_SSO]),
    addr("Amazon Web Services", TC), ME, SUBJ_E, dt("2025-03-14 03:12:40"), mid("E-conf"),
    irt=mid("E-ack"), refs=mid("E-ack"), auth=ar_g("amazon.com"),
    body=ALT(T(CONF_E, cte="quoted-printable"),
             T("<html><body><div>" + CONF_E.replace("\n\n", "</div><br><div>").replace("\n", "<br>") + "</div></body></html>", sub="html", cte="quoted-printable")))

# 042 Skill Builder receipt
add("skillbuilder-receipt", L("unrelated"),
    addr("AWS Skill Builder", "no-reply@aws.training"), ME,
    "Your AWS Skill Builder subscription receipt", dt("2025-03-14 10:22:17"), mid("042", "aws.training"),
    auth=ar_g("aws.training"),
    body=T("""Thank you for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-0314-88213
Plan: Individual (monthly)
Amount: USD 29.00
Next billing date: April 14, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
""", cte="7bit"))

# 043 console closing notice
add("console-auto-resolve-warning", L("closing_notice", True, CASE_C),
    addr("Amazon Web Services", NOREPLY), ME, SUBJ_C, dt("2025-03-16 01:00:33"), mid("C-close"),
    auth=ar_g("amazon.com"),
    body=T(f"""Hello,

We haven't received a response on this case since our last correspondence. Kindly note that if we don't hear back from you, the case will be automatically resolved in 3 days.

If you still need help, add a reply to the case in the Support Center - the candidate IDs requested earlier are all we need to move forward.

Best regards,
Amazon Web Services
{FEEDBACK_FOOT}{CONSOLE_FOOT}""", cte="quoted-printable"))

# 044 confirmation_request E nudge (top-posted)
NUDGE_E = f"""Hi Mio, just checking in on the question below - shall we go ahead and fold {CID_SSO} into {CID_NEW}? Nothing happens until we hear from you.

Tomasz
"""
add("third-account-nudge", L("confirmation_request", True, CASE_E, [CID_SSO, CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_E, dt("2025-03-16 05:20:09"), mid("E-nudge"),
    irt=mid("E-conf"), refs=f"{mid('E-ack')} {mid('E-conf')}", auth=ar_g("amazon.com"),
    body=T(NUDGE_E + f"""
________________________________________
From: Amazon Web Services <{TC}>
Sent: Friday, March 14, 2025 03:12 UTC
Subject: {SUBJ_E}

{CONF_E}""", cte="quoted-printable"))

# 045 user reply E, threaded only by In-Reply-To (no case number in subject)
REPLY_E = f"""Hi Tomasz,

Yes, that's right. Please merge {CID_SSO} into {CID_NEW} and keep {ME} as the login.

Thanks a lot,
Mio
"""
add("partner-central-account-yes", L("user_reply", case=CASE_E, cids=[CID_SSO, CID_NEW]),
    addr("Mio Fujisawa", ME), TC, "Merging my Partner Central certification account",
    dt("2025-03-16 21:15:52", "+0900"), mid("045", "mail.gmail.com"),
    irt=mid("E-nudge"), refs=f"{mid('E-ack')} {mid('E-conf')} {mid('E-nudge')}", auth=ar_ms("gmail.com"),
    body=T(REPLY_E + f"\nOn Sun, Mar 16, 2025 at 2:20 PM Amazon Web Services <{TC}> wrote:\n" + q(NUDGE_E) + "\n", cte="7bit"))

# 046 on_hold E (no ask)
add("partner-release-pending", L("on_hold", False, CASE_E),
    addr("Amazon Web Services", TC), ME, SUBJ_E, dt("2025-03-17 02:30:44"), mid("E-hold"),
    irt=mid("045", "mail.gmail.com"), refs=f"{mid('E-conf')} {mid('E-nudge')} {mid('045', 'mail.gmail.com')}",
    auth=ar_g("amazon.com"),
    body=T(f"""Hi Mio,

Thanks for confirming.

One snag: {CID_SSO} is still linked to the partner organization Tsubame Data Systems in AWS Partner Central, and we can't close a partner-linked profile until the partner releases it. I've contacted the partner's alliance lead and asked them to remove the link. This is on hold until they do; it usually takes 3-5 business days.

You don't need to do anything in the meantime. I'll write again as soon as the partner has responded.

Tomasz K.
AWS Training and Certification Support
""", cte="8bit"))

# 047 Partner Central notice (company)
add("partner-central-access", L("unrelated"),
    addr("AWS Partner Network", "apn-no-reply@amazon.com"), CO,
    "Your AWS Partner Central user access is scheduled for removal", dt("2025-03-17 08:00:00"), mid("047"),
    auth=ar_ms("amazon.com"),
    body=T("""Hello Mio Fujisawa,

An alliance lead at Tsubame Data Systems has requested that your AWS Partner Central user be deactivated on 2025-03-31.

After deactivation you will no longer be able to access Partner Central, and training completions will stop counting toward the partner's tier. If you believe this is a mistake, contact your alliance lead.

AWS Partner Network
""", cte="7bit"))

# 048 console resolved (other case numbers in body, survey footer)
add("console-resolved", L("resolved", case=CASE_C),
    addr("Amazon Web Services", NOREPLY), ME, SUBJ_C, dt("2025-03-18 04:12:50"), mid("C-res"),
    auth=ar_g("amazon.com"),
    body=T(f"""Hello,

I checked with the AWS Training and Certification team: your badge issue is already being handled under their case {CASE_E}, which follows your earlier merge case {CASE_A}. To avoid duplicate work I am resolving this console case; there is nothing further you need to do here.

Best regards,
Daniel R.
Amazon Web Services
{FEEDBACK_FOOT}{CONSOLE_FOOT}""", cte="quoted-printable"))

# 049 re:Post
add("repost-answer", L("unrelated"),
    addr("AWS re:Post", "no-reply@repost.aws"), ME,
    "Your question has an accepted answer: Credly badge missing after certification account merge",
    dt("2025-03-18 09:41:03"), mid("049", "repost.aws"), auth=ar_g("repost.aws"),
    body=T("""Hi mio-f,

An answer to your question was accepted and the question is now marked as resolved.

"If you had more than one certification account, contact Training and Certification with all candidate IDs so they can merge them..."

View the question: https://repost.aws/questions/QUx8n2kT4aRk6r1-credly-badge-missing
""", cte="7bit"))

# 050 Japanese phishing
add("phish-ja-final-confirm", L("suspicious"),
    addr("AWS トレーニングと認定", "support@aws-training-jp.com", "iso-2022-jp"), CO,
    "【重要】AWS認定アカウント統合の最終確認のお願い", dt("2025-03-19 08:11:29", "+0900"),
    mid("050", "aws-training-jp.com"), auth=ar_ms("aws-training-jp.com"), scs="iso-2022-jp",
    body=T("""AWS 認定をご利用のお客様

アカウント統合のお手続きが完了しておりません。
48時間以内に下記より会社アカウントでサインインし、統合内容をご確認ください。
ご確認いただけない場合、保有資格がすべて失効いたします。

https://aws-training-jp.com/merge/login

AWS トレーニングと認定 サポートチーム
""", cs="iso-2022-jp", cte="7bit"))

# 051 user revives old 2021 case D (ja, Gmail ja quote)
OLD_D = f"""藤沢 美緒 様

AWS トレーニングと認定 カスタマーサポートの松本でございます。
ご依頼いただいた認定証の氏名表記を「FUJISAWA MIO」に変更いたしました。
新しい認定証は認定アカウントからダウンロードいただけます。

ほかにご不明な点がございましたら、本メールにご返信ください。

松本
AWS トレーニングと認定
"""
USER_D1 = f"""松本様

ご無沙汰しております。藤沢です。
2021年にこちらのケースで認定証の氏名表記を修正していただきました。

先日、会社の認定アカウント（{CID_OLD}）を個人アカウント（{CID_NEW}）へ統合していただいたのですが、
統合後の認定証の氏名が旧表記「Mio Fujisawa (Tsubame)」に戻ってしまっています。
再度修正をお願いできますでしょうか。

藤沢 美緒
"""
add("old-case-name-again-ja", L("user_reply", case=CASE_D, cids=[CID_OLD, CID_NEW]),
    addr("藤沢美緒", ME), TC, "Re: " + SUBJ_D, dt("2025-03-19 12:30:41", "+0900"),
    mid("051", "mail.gmail.com"), irt=mid("D-old-2021"), refs=mid("D-old-2021"), auth=ar_ms("gmail.com"),
    body=T(USER_D1 + f"\n2021年6月14日(月) 10:02 Amazon Web Services <{TC}>:\n" + q(OLD_D) + "\n", cte="base64"))

# 052 case_update D (reopened, ja)
UPD_D = f"""藤沢 美緒 様

お問い合わせいただきありがとうございます。
ケース {CASE_D} を再開いたしました。

統合後の氏名表記につきまして、現在担当チームにて確認を進めております。進捗がございましたら、改めてご連絡いたします。

その他に追加の情報がございましたら、本メールにご返信ください。

松本
AWS トレーニングと認定 カスタマーサポート
"""
add("old-case-reopened-ja", L("case_update", case=CASE_D),
    addr("Amazon Web Services", TC), ME, SUBJ_D, dt("2025-03-19 06:02:15"), mid("D-reopen"),
    irt=mid("051", "mail.gmail.com"), refs=f"{mid('D-old-2021')} {mid('051', 'mail.gmail.com')}",
    auth=ar_g("amazon.com"), body=T(UPD_D, cs="iso-2022-jp", cte="7bit"))

# 053 resolved E (HTML-only; quotes the earlier question)
add("third-account-merged", L("resolved", case=CASE_E, cids=[CID_SSO, CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_E, dt("2025-03-20 01:18:27"), mid("E-res"),
    irt=mid("E-hold"), refs=f"{mid('E-conf')} {mid('045', 'mail.gmail.com')} {mid('E-hold')}", auth=ar_g("amazon.com"),
    body=T(f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Mio,</p>
<p>Good news: the partner released {CID_SSO} yesterday and the merge into {CID_NEW} is now complete.
Credly will re-issue the Developer - Associate and Cloud Practitioner badges to {ME} within 24-48 hours.</p>
<p>I'm marking this case as resolved.</p>
<p>Tomasz K.<br>AWS Training and Certification Support</p>
<hr>
<div style="color:#666"><b>From:</b> Amazon Web Services &lt;{TC}&gt;<br><b>Sent:</b> Friday, March 14, 2025<br>
<blockquote>Do you want {CID_SSO} merged into {CID_NEW}?</blockquote></div>
</body></html>""", sub="html", cte="quoted-printable"))

# 054 Credly badges re-issued
add("credly-two-badges", L("badge"),
    addr("Credly", "admin@credly.com"), ME,
    "You have 2 new badges from Amazon Web Services Training and Certification", dt("2025-03-20 14:05:58"),
    mid("054", "credly.com"), auth=ar_g("credly.com"),
    body=T("""Hi Mio,

Amazon Web Services Training and Certification has issued you 2 badges:

- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

Accept them here: https://www.credly.com/earner/earned

Badges you don't accept within 30 days will still be available in your Credly wallet.
""", cte="7bit"))

# 055 survey E
add("survey-badges-case", L("survey", case=CASE_E),
    addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME,
    "Rate your experience with AWS Training and Certification Support", dt("2025-03-20 15:00:00"), mid("E-survey"),
    auth=ar_g("amazon.com"),
    body=ALT(T(f"""Case {CASE_E} was recently resolved.

Did we solve your problem? Yes: https://survey.aws/tc?c={CASE_E}&y=1  No: https://survey.aws/tc?c={CASE_E}&y=0

Your answers are anonymous and help us improve.
""", cte="7bit"),
        T(f"""<html><body><p>Case {CASE_E} was recently resolved.</p><p>Did we solve your problem?
<a href="https://survey.aws/tc?c={CASE_E}&y=1">Yes</a> | <a href="https://survey.aws/tc?c={CASE_E}&y=0">No</a></p></body></html>""",
          sub="html", cte="7bit")))

# 056 info_request D (ja keigo, Shift_JIS QP, buried)
INFO_D = f"""藤沢 美緒 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの松本でございます。

ケース {CASE_D} につきまして、担当チームより回答がございましたのでご案内いたします。

アカウントの統合を行った際、統合元アカウントに登録されていた氏名情報が統合先アカウントへ引き継がれる仕様となっており、今回はその影響で 2021 年の修正以前の表記が反映されたものと考えられます。大変ご不便をおかけしており、申し訳ございません。

なお、認定証に記載される氏名は、試験当日にご提示いただいた本人確認書類の氏名と一致している必要がございます。そのため、弊社にてローマ字表記を推測で修正することはいたしかねます。

つきましては、本人確認書類に記載されているとおりのローマ字氏名（姓・名）を、本メールへのご返信にてお知らせいただけますでしょうか。

確認が取れ次第、修正を進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

松本
AWS トレーニングと認定 カスタマーサポート
"""
add("name-spelling-request-ja", L("info_request", True, CASE_D),
    addr("Amazon Web Services", TC), ME, SUBJ_D, dt("2025-03-21 02:44:09"), mid("D-info"),
    irt=mid("D-reopen"), refs=f"{mid('D-old-2021')} {mid('051', 'mail.gmail.com')} {mid('D-reopen')}",
    auth=ar_g("amazon.com"), body=T(INFO_D, cs="shift_jis", cte="quoted-printable"))

# 057 Pearson VUE reminder (ja)
add("exam-reminder-ja", L("unrelated"),
    addr("Pearson VUE", "noreply@pearsonvue.com"), ME,
    "試験予約のリマインダー: AWS Certified Security - Specialty", dt("2025-03-21 09:00:00"),
    mid("057", "pearsonvue.com"), auth=ar_g("pearsonvue.com"),
    body=T("""藤沢 美緒 様

ご予約いただいている試験のリマインダーです。

登録 ID: 571039284
試験: SCS-C02 AWS Certified Security - Specialty
日時: 2025年4月12日(土) 10:00 JST

予約の変更・キャンセルは試験開始の24時間前までに行ってください。
ご不明な点がございましたら、Pearson VUE カスタマーサービスまでお問い合わせください。
""", cs="shift_jis", cte="base64"))

# 058 IAM Identity Center code
add("identity-center-code", L("unrelated"),
    addr("AWS", "no-reply@login.awsapps.com"), CO,
    "AWS verification code", dt("2025-03-22 00:31:40"), mid("058", "login.awsapps.com"),
    auth=ar_ms("login.awsapps.com"),
    body=T("""Your verification code is: 408117

This code will expire in 10 minutes. If you didn't request it, you can safely ignore this email.
""", cte="7bit"))

# 059 user reopens A (voucher missing)
REOPEN_A = f"""Hello,

Sorry to come back to this case. The merge itself looks fine - exam history and certifications are all there - but the 50% exam discount voucher that I had on the old account does not appear under Benefits on {CID_NEW}. I'd like to use it for my Security Specialty exam on April 12.

Could you take a look?

Thanks,
Mio Fujisawa
"""
add("voucher-missing-after-merge", L("user_reply", case=CASE_A, cids=[CID_NEW]),
    addr("Mio Fujisawa", ME), TC, "Re: " + SUBJ_A, dt("2025-03-24 09:12:02", "+0900"),
    mid("059", "mail.gmail.com"), irt=mid("A-res"), refs=f"{mid('A-conf')} {mid('A-res')}", auth=ar_ms("gmail.com"),
    body=T(REOPEN_A + f"\nOn Wed, Mar 12, 2025 at 11:05 AM Amazon Web Services <{TC}> wrote:\n" + q(RESOLVED_A) + "\n", cte="quoted-printable"))

# 060 certmetrics recertification congratulations
add("recertified", L("certification", cids=[CID_NEW]),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Congratulations on recertifying your AWS Certification!", dt("2025-03-24 01:20:00"), mid("060", "certmetrics.com"),
    auth=ar_g("certmetrics.com"),
    body=T(f"""Dear Mio Fujisawa,

Candidate ID: {CID_NEW}

Congratulations! Your AWS Certified Developer - Associate certification has been renewed through your higher-level certification. Your new expiration date is March 24, 2028.

You can download your updated certificate from your AWS Certification Account.

AWS Training and Certification
""", cte="7bit"))

# 061 case_update A (reopened)
add("case-reopened-benefits", L("case_update", case=CASE_A),
    addr("Amazon Web Services", TC), ME, "RE: [CASE " + CASE_A + "] [AWS Training and Certification Form Submission] - account-assistance",
    dt("2025-03-24 03:40:31"), mid("A-reopen"),
    irt=mid("059", "mail.gmail.com"), refs=f"{mid('A-res')} {mid('059', 'mail.gmail.com')}", auth=ar_g("amazon.com"),
    body=T(f"""Hello Mio,

No need to apologise - I've reopened case {CASE_A} and handed the voucher question to our benefits team, since vouchers are managed separately from the account records.

I'll update this thread as soon as they come back to me. If you think of anything else in the meantime, just reply here.

Kind regards,
Priya S.
AWS Training and Certification Customer Support
""", cte="7bit"))

# 062 closing notice D (ja, plain style)
CLOSE_D = f"""藤沢様

AWS トレーニングと認定サポートの佐藤です。

3月21日にお送りしたご連絡（下記）について、まだご返信をいただいておりません。
7日以内にご返信がない場合、本ケースはクローズとなります。
クローズ後でも、このメールに返信すればケースは再開されます。

佐藤
"""
add("name-case-will-close-ja", L("closing_notice", True, CASE_D),
    addr("Amazon Web Services", TC), ME, SUBJ_D, dt("2025-03-25 00:15:47"), mid("D-close"),
    irt=mid("D-info"), refs=f"{mid('D-reopen')} {mid('D-info')}", auth=ar_g("amazon.com"),
    body=T(CLOSE_D + "\n-----Original Message-----\n" + INFO_D, cs="iso-2022-jp", cte="7bit"), crlf=True)

# 063 user reply D (ja)
REPLY_D = """佐藤様、松本様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は以下のとおりです。

姓: FUJISAWA
名: MIO

よろしくお願いいたします。
藤沢 美緒
"""
add("name-spelling-reply-ja", L("user_reply", case=CASE_D),
    addr("藤沢美緒", ME, "iso-2022-jp"), TC, "Re: " + SUBJ_D, dt("2025-03-25 12:03:19", "+0900"),
    mid("063", "mail.gmail.com"), irt=mid("D-close"), refs=f"{mid('D-info')} {mid('D-close')}", auth=ar_ms("gmail.com"),
    body=T(REPLY_D + f"\n2025年3月25日(火) 9:15 Amazon Web Services <{TC}>:\n" + q(CLOSE_D) + "\n", cs="iso-2022-jp", cte="7bit"))

# 064 info_request A in Japanese: news + ask (ISO-2022-JP)
INFO_A_JA = f"""藤沢 美緒 様

AWS トレーニングと認定 カスタマーサポートの山口と申します。
Priya より本件を引き継ぎましたので、日本語にてご連絡いたします。

特典チームにて確認いたしましたところ、50% 割引バウチャーは統合元のアカウント（{CID_OLD}）に対して発行されており、
アカウント統合の処理では移行されない仕様であることがわかりました。
再発行は可能でございますが、同一の特典の重複発行を防ぐため、旧アカウントで表示されていたバウチャーコード
（「CERT」から始まる英数字）を確認させていただく必要がございます。

お手数ではございますが、お控えのバウチャーコードを本メールにご返信いただけますでしょうか。
コードがお手元にない場合は、その旨をお知らせいただければ別の方法をご案内いたします。

何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
add("voucher-code-request-ja", L("info_request", True, CASE_A, [CID_OLD]),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-25 05:30:12"), mid("A-info-ja"),
    irt=mid("A-reopen"), refs=f"{mid('A-res')} {mid('059', 'mail.gmail.com')} {mid('A-reopen')}", auth=ar_g("amazon.com"),
    body=T(INFO_A_JA, cs="iso-2022-jp", cte="7bit"))

# 065 SNS subscription confirmation (asks to confirm, unrelated)
add("sns-subscription-confirm", L("unrelated"),
    addr("AWS Notifications", "no-reply@sns.amazonaws.com"), ME,
    "AWS Notification - Subscription Confirmation", dt("2025-03-25 08:47:22"), mid("065", "sns.amazonaws.com"),
    auth=ar_g("sns.amazonaws.com"),
    body=T("""You have chosen to subscribe to the topic:
arn:aws:sns:ap-northeast-1:481516234200:budget-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
""", cte="7bit"))

# 066 user reply A with voucher code (ja)
REPLY_A_JA = f"""山口様

ご連絡ありがとうございます。
旧アカウント（{CID_OLD}）で表示されていたバウチャーコードは以下です。

CERT-JP50-7QX2-M4KD

以上、よろしくお願いいたします。
藤沢
"""
add("voucher-code-reply-ja", L("user_reply", case=CASE_A, cids=[CID_OLD]),
    addr("藤沢美緒", ME), TC, "Re: " + SUBJ_A, dt("2025-03-25 22:10:05", "+0900"),
    mid("066", "mail.gmail.com"), irt=mid("A-info-ja"), refs=f"{mid('A-reopen')} {mid('A-info-ja')}", auth=ar_ms("gmail.com"),
    body=T(REPLY_A_JA + f"\n2025年3月25日(火) 14:30 Amazon Web Services <{TC}>:\n" + q(INFO_A_JA) + "\n", cte="8bit"))

# 067 resolved D (ja; quotes the old question; conditional invitation)
RES_D = f"""藤沢 美緒 様

ご返信いただきありがとうございます。
認定アカウント {CID_NEW} の氏名表記を「FUJISAWA MIO」に修正いたしました。
更新後の認定証は、認定アカウントの「取得済み認定」からダウンロードいただけます。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

松本
AWS トレーニングと認定 カスタマーサポート
"""
add("name-fixed-ja", L("resolved", case=CASE_D, cids=[CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_D, dt("2025-03-26 01:55:30"), mid("D-res"),
    irt=mid("063", "mail.gmail.com"), refs=f"{mid('D-info')} {mid('D-close')} {mid('063', 'mail.gmail.com')}",
    auth=ar_g("amazon.com"),
    body=ALT(T(RES_D + "\n-----Original Message-----\n" + q(INFO_D, "> "), cs="iso-2022-jp", cte="7bit"),
             T("<html><body>" + RES_D.replace("\n", "<br>") + "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + INFO_D.replace("\n", "<br>") + "</blockquote></body></html>", sub="html", cte="base64")))

# 068 resolved A (voucher reissued)
add("voucher-reissued", L("resolved", case=CASE_A, cids=[CID_NEW]),
    addr("Amazon Web Services", TC), ME, SUBJ_A, dt("2025-03-27 03:08:44"), mid("A-res2"),
    irt=mid("066", "mail.gmail.com"), refs=f"{mid('A-info-ja')} {mid('066', 'mail.gmail.com')}", auth=ar_g("amazon.com"),
    body=T(f"""Hello Mio,

The benefits team has reissued the 50% discount voucher on {CID_NEW}. It shows under Benefits now and can be applied when you schedule or reschedule your exam. The old code has been retired.

This completes your request and the case is resolved. Good luck on April 12!

Priya S.
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Tuesday, March 25, 2025 5:30 AM
Subject: {SUBJ_A}

お手数ではございますが、お控えのバウチャーコードを本メールにご返信いただけますでしょうか。
""", cte="quoted-printable"))

# 069 survey D (ja)
add("survey-ja", L("survey", case=CASE_D),
    addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com", "iso-2022-jp"), ME,
    "サポートに関するアンケートご協力のお願い", dt("2025-03-27 06:00:00"), mid("D-survey"),
    auth=ar_g("amazon.com"), scs="iso-2022-jp",
    body=T(f"""藤沢 美緒 様

先日はケース {CASE_D} にてお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 約2分）。

https://survey.aws/tc?c={CASE_D}&lang=ja

※本メールは送信専用のため、ご返信いただいてもお答えできません。
""", cs="iso-2022-jp", cte="7bit"))

# 070 recruiter
add("recruiter-note", L("unrelated"),
    addr("Haruto Kimura", "h.kimura@talentbridge.jp"), ME,
    "Re: Cloud architect role - quick question", dt("2025-03-27 19:15:22", "+0900"), mid("070", "talentbridge.jp"),
    auth=ar_g("talentbridge.jp"),
    body=T("""Hi Mio,

Thanks again for your time last week. The hiring manager asked whether your AWS certifications are current - could you send me your Credly profile link when you get a chance? Also, would Thursday or Friday suit you for the final interview?

Best,
Haruto
""", cte="7bit"))

# 072 Credly reminder (badge)
add("credly-accept-reminder", L("badge"),
    addr("Credly", "admin@credly.com"), ME,
    "Reminder: you have a badge waiting to be accepted", dt("2025-03-28 02:00:11"), mid("072", "credly.com"),
    auth=ar_g("credly.com"),
    body=T("""Hi Mio,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification hasn't been accepted yet.

Accept badge: https://www.credly.com/badges/0b7d3e52-91c4-4c8e-b5b0-2f6a9c1e7d33/accept

You're receiving this reminder because a badge was issued to fujisawa.mio.0412@gmail.com.
""", cte="7bit"))

# 073 newsletter EN
add("weekly-digest", L("unrelated"),
    addr("Last Week in Cloud", "newsletter@lastweekincloud.example.com"), ME,
    "Issue #212: merged, resolved, and other things nobody reads", dt("2025-03-28 13:00:00"), mid("073", "lastweekincloud.example.com"),
    auth=ar_g("lastweekincloud.example.com"),
    body=T("""This week: AWS merged two console menus, a long-standing CloudFront bug was finally resolved, and we look at how to move your certifications when you change jobs (spoiler: open a case, confirm Account #1, wait).

Reply to this email and tell us what you'd like covered next week!

Unsubscribe: https://lastweekincloud.example.com/u
""", cte="7bit"))

# 074 Slack digest (company)
add("chat-digest", L("unrelated"),
    addr("Slack", "feedback@slack.com"), CO,
    "[Slack] Notifications from the Tsubame Data Systems workspace", dt("2025-03-28 23:30:00"), mid("074", "slack.com"),
    auth=ar_ms("slack.com"),
    body=T("""You have 3 new messages in #cloud-div.

Kenji Oda: @mio can you confirm you've handed over the AWS account IDs before you go?
Kenji Oda: (4815-1623-4200 and the staging one)
Aya Mori: farewell lunch is at 12:00 on Monday!

Reply in Slack: https://tsubame-ds.slack.com/archives/C03CLOUD
""", cte="7bit"))

# 075 Zenn newsletter (ja)
add("tech-blog-digest-ja", L("unrelated"),
    addr("Zenn", "noreply@zenn.dev"), ME,
    "今週のトレンド記事: AWS認定を転職先に引き継ぐ方法 ほか", dt("2025-03-29 09:00:00", "+0900"), mid("075", "zenn.dev"),
    auth=ar_g("zenn.dev"),
    body=T("""今週のトレンド記事

・転職等で AWS 認定を次の職場に引き継ぐ方法
  サポートから「Account #1 に統合してよいですか？」と確認が来たら返信するだけ
・Credly のバッジをまとめて受け取る手順
・Terraform で AWS Organizations のアカウントを統合する

このメールへの返信はできません。配信設定: https://zenn.dev/settings/email
""", cte="base64"))


# 071 final IT notice (ja, Shift_JIS)
add("it-final-day-ja", L("unrelated"),
    addr("情報システム部", "it-helpdesk@tsubame-ds.co.jp", "iso-2022-jp"), CO,
    "【最終案内】本日18:00にメールアカウントを停止します", dt("2025-03-31 09:00:00", "+0900"),
    mid("071", "tsubame-ds.co.jp"), auth=ar_ms("tsubame-ds.co.jp"), scs="iso-2022-jp",
    body=T("""藤沢 美緒 様

本日18:00をもってメールアカウントを停止いたします。
停止後は当アドレス宛のメールは差出人に返送されます。

外部サービス（AWS、Credly 等）の登録アドレス変更がお済みでない場合は、本日中にご対応ください。
すでにご対応済みの場合、本メールへの返信は不要です。

長い間お疲れさまでした。
情報システム部
""", cs="shift_jis", cte="8bit"), crlf=True)


if __name__ == "__main__":
    for f in os.listdir(HERE):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(HERE, f))
    write_all()
    print(len(ENTRIES), "messages written")
