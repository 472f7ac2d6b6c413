#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-mail.eml + NNN-mail.json (and README.md) into the directory this script lives in.
One mailbox owner: Kenta Morishima, personal + old company address.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import email.utils
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

ME_P = "kenta.morishima.dev@gmail.com"
ME_C = "k-morishima@tsubame-solutions.co.jp"
ME_NAME = "Kenta Morishima"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

CASE_E = "20581736642"        # 11 digits, Credly badge case (company address)
CASE_D = "8839104527"         # 10 digits, Japanese voucher question
CASE_A = "175282914400417"    # 15 digits, main merge case
CASE_B = "175283034200925"    # 15 digits, duplicate form submission
CASE_C = "21947730618"        # 11 digits, console (Support Center) case
CASE_F = "175506931100631"    # 15 digits, second merge (Partner Central SSO account)
ACCT = "418273650912"         # 12-digit AWS account ID (NOT a case)

CAND_OLD = "AWS02938471"      # company certification account
CAND_NEW = "AWS10583926"      # personal certification account
CAND_SSO = "AWS11870342"      # account created via Partner Central SSO

def subj(case, tail="account-assistance", space=False):
    pre = "RE: [CASE" if space else "RE:[CASE"
    return f"{pre} {case}] [AWS Training and Certification Form Submission] - {tail}"


MESSAGES = []   # list of dicts
IDS = {}        # num -> message-id
REFS = {}       # num -> list of references (including own id)


def h_enc(s, cs="utf-8"):
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
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{a}>"


def mkid(num, style):
    h = hashlib.sha1(f"blind86-{num}-{style}".encode()).hexdigest()
    if style == "ses":
        return f"<0106019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@us-west-2.amazonses.com>"
    if style == "gmail":
        return f"<CAJ{h[:6]}+{h[6:20].upper()}=Yq{h[20:30]}@mail.gmail.com>"
    if style == "outlook":
        return f"<TYWPR01MB{h[:5].upper()}{h[5:16].upper()}@TYWPR01MB{h[16:21].upper()}.jpnprd01.prod.outlook.com>"
    return f"<{h[:24]}@{style}>"


def auth(to_addr, from_dom, ok=True, dkim_dom=None, mailfrom=None):
    dkim_dom = dkim_dom or from_dom
    mailfrom = mailfrom or f"bounces@{from_dom}"
    if to_addr.endswith("@gmail.com"):
        if ok:
            return (f"mx.google.com;\n       dkim=pass header.i=@{dkim_dom} header.s=s1 header.b=Qx7mLp2a;\n"
                    f"       spf=pass (google.com: domain of {mailfrom} designates 54.240.27.11 as permitted sender) smtp.mailfrom={mailfrom};\n"
                    f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={from_dom}")
        return (f"mx.google.com;\n       dkim=fail header.i=@{dkim_dom} header.s=s1 header.b=Zr0dP9wq (body hash did not verify);\n"
                f"       spf=softfail (google.com: domain of transitioning {mailfrom} does not designate 185.231.154.77 as permitted sender) smtp.mailfrom={mailfrom};\n"
                f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={from_dom}")
    if ok:
        return (f"spf=pass (sender IP is 54.240.27.11)\n smtp.mailfrom={mailfrom.split('@')[1]}; dkim=pass (signature was verified)\n"
                f" header.d={dkim_dom};dmarc=pass action=none header.from={from_dom};compauth=pass reason=100")
    return (f"spf=fail (sender IP is 185.231.154.77)\n smtp.mailfrom={mailfrom.split('@')[1]}; dkim=none (message not signed)\n"
            f" header.d=none;dmarc=fail action=quarantine header.from={from_dom};compauth=fail reason=000")


def encode_part(subtype, text, charset="utf-8", cte="quoted-printable"):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    raw = text.encode(codec)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    head = (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n").encode()
    return head, body


def add(num, *, date, frm, to, subject, parts, label, note, cc=None, parent=None,
        idstyle="ses", auth_res=None, crlf=False, extra=(), subj_cs="utf-8", raw_body=None,
        from_cs="utf-8", received=True):
    """parts: list of (subtype, text, charset, cte). 1 part -> single; 2 -> multipart/alternative."""
    mid = mkid(num, idstyle)
    IDS[num] = mid
    lines = []
    to_first = to if isinstance(to, str) else to[0]
    to_first = to_first.split("<")[-1].rstrip(">")
    if received:
        host = "mx.google.com" if to_first.endswith("gmail.com") else "TYCP286CA0123.mail.protection.outlook.com"
        lines.append(f"Received: from mail-sender.example by {host} with ESMTPS id {hashlib.md5(mid.encode()).hexdigest()[:12]};\n"
                     f"        {email.utils.format_datetime(date)}")
    if auth_res:
        lines.append(f"Authentication-Results: {auth_res}")
    for k, v in extra:
        lines.append(f"{k}: {v}")
    lines.append(f"From: {frm}")
    lines.append(f"To: {to if isinstance(to, str) else ', '.join(to)}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {h_enc(subject, subj_cs)}")
    lines.append(f"Date: {email.utils.format_datetime(date)}")
    lines.append(f"Message-ID: {mid}")
    refs = []
    if parent is not None:
        pid = IDS[parent]
        refs = REFS[parent][-7:]
        assert refs[-1] == pid
        lines.append(f"In-Reply-To: {pid}")
        lines.append("References: " + "\n ".join(refs))
    REFS[num] = refs + [mid]
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode()
    if raw_body is not None:
        ctype, body = raw_body
        msg = head + f"Content-Type: {ctype}\n\n".encode() + body
    elif len(parts) == 1:
        ph, pb = encode_part(*parts[0])
        msg = head + ph + b"\n" + pb
    else:
        bnd = "----=_Part_" + hashlib.md5(mid.encode()).hexdigest()[:16]
        body = b""
        for p in parts:
            ph, pb = encode_part(*p)
            body += f"--{bnd}\n".encode() + ph + b"\n" + pb
        body += f"--{bnd}--\n".encode()
        msg = head + f'Content-Type: multipart/alternative;\n\tboundary="{bnd}"\n\n'.encode() + body
    if crlf:
        msg = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append(dict(num=num, bytes=msg, label=label, note=note))


def L(kind, case=None, needs=False, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.splitlines())


def d(mo, day, h, mi, tz=JST):
    return dt.datetime(2025, mo, day, h, mi, tzinfo=tz)


def gdate(x):
    """Gmail-style English quote date."""
    return x.strftime("%a, %b %-d, %Y at %-I:%M %p")


WD_JA = "月火水木金土日"


def jdate(x):
    return f"{x.year}年{x.month}月{x.day}日({WD_JA[x.weekday()]}) {x.hour}:{x.minute:02d}"


TCF = addr(TC_NAME, TC)
ME_PF = addr(ME_NAME, ME_P)
ME_CF = addr("Morishima Kenta", ME_C)
CONSF = addr("Amazon Web Services", CONSOLE)



# ---------------------------------------------------------------- 001-015
t = f"""Greetings from Amazon Web Services,

Your billing statement for the period June 1 - June 30, 2025 is now available
in the AWS Billing and Cost Management console.

Account ID: {ACCT}
Amount due: USD 3.41

The charge will be applied to the payment method on file. For a line-by-line
breakdown, open the Bills page in the console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
h = t.replace("\n\n", "</p><p>").replace("\n", " ")
add(1, date=d(7, 1, 9, 2, UTC), frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
    subject=f"Amazon Web Services Billing Statement Available [Account: {ACCT}]",
    parts=[("plain", t, "utf-8", "quoted-printable"), ("html", f"<html><body><p>{h}</p></body></html>", "utf-8", "quoted-printable")],
    auth_res=auth(ME_P, "amazon.com"), label=L("unrelated"),
    note="AWS billing mail; 12-digit account ID in subject/body is not a case number")

t = """Hello Kenta,

As someone who holds an active AWS Certification, you know first-hand what the
exams ask of candidates. We would like to hear what worked for you and what did not.

The questionnaire takes about 10 minutes and closes on July 15, 2025. Answers are
anonymous and are used only to improve the AWS Certification program.

Start the questionnaire: https://survey.certmetrics.com/s/aws-cert-voice-2025q3

You are receiving this message because you opted in to "Lend Your Voice to AWS
Certification" in your AWS Certification Account profile. You can change this
preference at any time from your profile page.

AWS Certification
"""
add(2, date=d(7, 1, 23, 40, UTC), frm=addr("AWS Certification", CERTM), to=ME_C,
    subject="AWS Certification wants to hear from you",
    parts=[("plain", t, "utf-8", "7bit"), ("html", "<html><body>" + "".join(f"<p>{p}</p>" for p in t.split("\n\n")) + "</body></html>", "utf-8", "quoted-printable")],
    auth_res=auth(ME_C, "certmetrics.com"), label=L("certification"),
    note="certmetrics feedback invitation: a survey-looking ask that is a certification notice, not support")

t = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-solutions/billing-api/pull/482#event-17300218842
You are receiving this because you were mentioned.
"""
add(3, date=d(7, 2, 10, 15), frm=addr("Haruto Saeki", "notifications@github.com"), to=ME_C,
    subject="Re: [tsubame-solutions/billing-api] Merge account-merge service into main (PR #482)",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="github.com",
    auth_res=auth(ME_C, "github.com"), label=L("unrelated"),
    note="GitHub 'Merged' notification with 'Reply to this email directly' footer")

ACK_E = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request is now
case {CASE_E} and someone from our team will get back to you, in most cases
within 24 hours.

Please don't open a new case for the same question; that only adds to the wait.
If there is something you forgot to mention, you can add it by replying to this
message.

Summary of your request
Case ID: {CASE_E}
Category: Certification / Digital badges
Description: My AWS Certified Solutions Architect - Associate (passed June 2025)
does not appear in Credly, although my older badges are there. Could you check?

Kind regards,
AWS Training and Certification Customer Service
"""
add(4, date=d(7, 2, 1, 31, UTC), frm=TCF, to=ME_C, subject=subj(CASE_E, "digital-badges"),
    parts=[("plain", ACK_E, "utf-8", "7bit")], auth_res=auth(ME_C, "amazon.com"),
    label=L("acknowledgement", CASE_E),
    note="11-digit case ack on company address; contains the user's own question 'Could you check?' and a conditional 'reply to add' invitation")

t = """Your AWS Builder ID verification code

Verification code: 731950

This code expires 30 minutes after it was sent. If you did not try to sign in or
create an AWS Builder ID, you can ignore this email.

Amazon Web Services will never ask you to share this code.
"""
add(5, date=d(7, 3, 0, 12, UTC), frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", parts=[("plain", t, "utf-8", "7bit")],
    auth_res=auth(ME_P, "signin.aws"), label=L("unrelated"),
    note="Builder ID one-time code (6 digits), not case mail")

REQ_E = f"""Hi Kenta,

Thanks for your patience while I looked into this.

Credly badges are created for the email address registered on the certification
account at the moment a certification is awarded. If the Credly profile you sign in
to uses another address, the badge is generated but waits unclaimed under that
other address, so it never shows up in your wallet. This is by far the most common
reason a single badge goes missing while older ones are still visible.

I also see signs that more than one certification record may exist with similar
personal details, which is something we would want to tidy up separately.

The badge can be re-sent to the right place once I know where that is. What I am
missing is the email address your Credly profile is registered under, and the
candidate ID shown in the upper right corner of your AWS Certification Account
page. With both I can usually get the badge re-issued within a day.

Marisol
AWS Training and Certification
"""
html = "<html><body style=\"font-family:Arial\">" + "".join(
    f"<p>{p.replace(chr(10), ' ')}</p>" for p in REQ_E.split("\n\n")) + "</body></html>"
add(6, date=d(7, 3, 5, 48, UTC), frm=TCF, to=ME_C, subject=subj(CASE_E, "digital-badges"),
    parts=[("html", html, "utf-8", "quoted-printable")], auth_res=auth(ME_C, "amazon.com"),
    label=L("info_request", CASE_E, True),
    note="HTML-only; ask has no 'please' and no question mark ('What I am missing is...'), buried after three paragraphs of explanation")

t = """Dear Certified Professional,

Our records show duplicate AWS Certification accounts associated with your email
address. Duplicate accounts are scheduled for automatic removal, which may result
in the loss of your certification history.

To keep your credentials, confirm the account you wish to retain within 24 hours:

    https://aws-certification-services.com/account/verify?ref=8812-2291

If we do not receive your confirmation, the affected account will be suspended.

AWS Training & Certification Support Team
"""
add(7, date=d(7, 4, 3, 5, UTC), frm=addr("AWS Training & Certification", "support@aws-certification-services.com"), to=ME_C,
    subject="Action Required: Certification account verification [Ref 8812-2291]",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="aws-certification-services.com",
    auth_res=auth(ME_C, "aws-certification-services.com"), label=L("suspicious"),
    note="lookalike domain (passes its own DKIM/DMARC); urgent 'confirm which account to keep' bait")

t = f"""Dear Kenta Morishima,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your
records.

Exam: AWS Certified Developer - Associate (DVA-C02)
Registration ID: 472958316
Candidate ID: {CAND_OLD}
Date and time: Saturday, August 2, 2025 10:00 AM JST
Delivery: Test center - Tokyo Shinjuku

Please arrive 15 minutes before your appointment and bring two forms of valid
identification. To reschedule or cancel, sign in to your AWS Certification Account at
least 24 hours before the appointment.

Pearson VUE
"""
add(8, date=d(7, 5, 11, 20), frm=addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), to=ME_C,
    subject="Confirmation of your AWS Certified Developer - Associate exam appointment",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="pearson.com",
    auth_res=auth(ME_C, "pearson.com"), label=L("unrelated", cands=[CAND_OLD]),
    note="exam-vendor mail; 9-digit registration ID (not a case) and a candidate ID in unrelated mail")

CLOSE_E = f"""Hello Kenta,

I'm following up on case {CASE_E}. We're still waiting on the Credly email address
and the candidate ID my colleague asked about in her last message.

If nothing comes in within 3 business days, the case will be closed on our side.
A reply to this email before then keeps it open; if it does get closed, writing back
later will reopen it.

Best,
Tomasz
AWS Training and Certification
"""
add(9, date=d(7, 7, 1, 12, UTC), frm=TCF, to=ME_C, subject=subj(CASE_E, "digital-badges", space=True),
    parts=[("plain", CLOSE_E, "utf-8", "7bit")], auth_res=auth(ME_C, "amazon.com"), crlf=True,
    parent=6, label=L("closing_notice", CASE_E, True),
    note="closing notice, 'RE: [CASE' spacing variant, CRLF; no 'please'")

t = f"""Hi Tomasz,

Sorry for the delay, I was traveling last week.

Credly account email: {ME_P}
Candidate ID: {CAND_OLD}

Thanks,
Kenta Morishima
Tsubame Solutions Inc.

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Monday, July 7, 2025 10:12 AM
To: Morishima Kenta <{ME_C}>
Subject: {subj(CASE_E, "digital-badges", space=True)}

{CLOSE_E}"""
add(10, date=d(7, 7, 18, 3), frm=ME_CF, to=TCF, subject=subj(CASE_E, "digital-badges", space=True),
    parts=[("plain", t, "utf-8", "quoted-printable")], idstyle="outlook", received=False, crlf=True,
    parent=9, label=L("user_reply", CASE_E, False, [CAND_OLD]),
    note="user's Outlook reply from company address ('-----Original Message-----' quoting, no '>'), CRLF")

RES_E = f"""Hi Kenta,

Thanks for sending those over. I've re-issued your AWS Certified Solutions Architect -
Associate badge to {ME_P}, and it should now be in your Credly wallet (Credly
will also send you a separate email about it).

That takes care of the request, so no further action is required from your side.
I'm marking case {CASE_E} as resolved.

Marisol
AWS Training and Certification
"""
t = RES_E + f"""
On Mon, Jul 7, 2025 at 6:03 PM, Morishima Kenta <{ME_C}> wrote:
{q(t)}

On Thu, Jul 3, 2025 at 2:48 PM, AWS Training and Certification <{TC}> wrote:
{q(REQ_E)}
"""
add(11, date=d(7, 8, 2, 25, UTC), frm=TCF, to=ME_C, subject=subj(CASE_E, "digital-badges"),
    parts=[("plain", t, "utf-8", "quoted-printable")], auth_res=auth(ME_C, "amazon.com"),
    parent=10, label=L("resolved", CASE_E),
    note="resolution that quotes the earlier info request and the user's candidate ID below it (quoted ID must not count)")

t = f"""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it with your network.

Accept badge: https://www.credly.com/earner/earned/badge/7f3c9a12-5e4b-4d0e-9a61-2b8e0c4f1d93

Questions? Visit our support center at https://support.credly.com

Credly, Inc.
"""
add(12, date=d(7, 8, 2, 41, UTC), frm=addr("Credly", CREDLY), to=ME_P,
    subject="You've earned a badge from Amazon Web Services Training and Certification",
    parts=[("plain", t, "utf-8", "7bit"), ("html", "<html><body>" + "".join(f"<p>{p}</p>" for p in t.split("\n\n")) + "</body></html>", "utf-8", "quoted-printable")],
    idstyle="credly.com", auth_res=auth(ME_P, "credly.com"), label=L("badge"),
    note="Credly badge mail with an 'Accept badge' call to action; badge UUID in link")

t = f"""Hello,

Your case {CASE_E} with AWS Training and Certification was recently resolved.
Would you spend two minutes telling us how it went?

How satisfied were you with the support you received?
  1 - Very dissatisfied: https://survey.aws-training.amazon.com/r?c={CASE_E}&s=1
  3 - Neutral:           https://survey.aws-training.amazon.com/r?c={CASE_E}&s=3
  5 - Very satisfied:    https://survey.aws-training.amazon.com/r?c={CASE_E}&s=5

The survey link stays active for 14 days.

AWS Training and Certification
"""
add(13, date=d(7, 9, 3, 0, UTC), frm=TCF, to=ME_C, subject=f"How did we do? Your feedback on case {CASE_E}",
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_C, "amazon.com"),
    label=L("survey", CASE_E), note="support satisfaction survey from the case sender, case number in subject")

t = """森島 健太 様

いつも AWS をご利用いただき、ありがとうございます。

先日開催いたしました AWS Summit Japan の基調講演およびブレイクアウトセッションの
オンデマンド配信を開始いたしました。当日ご参加いただけなかったセッションも、
下記ページよりご視聴いただけます。

  https://aws.amazon.com/jp/summits/japan/on-demand/

また、セッション資料(PDF)もあわせて公開しております。ぜひご活用ください。

本メールは送信専用アドレスからお送りしております。配信停止をご希望の方は、
メール設定ページよりお手続きください。

アマゾン ウェブ サービス ジャパン合同会社
"""
add(14, date=d(7, 10, 12, 0), frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), to=ME_P,
    subject="【AWS Summit Japan】オンデマンド配信を開始しました", subj_cs="iso-2022-jp",
    parts=[("plain", t, "ISO-2022-JP", "7bit")], auth_res=auth(ME_P, "amazon.com"),
    label=L("unrelated"), note="Japanese AWS marketing, ISO-2022-JP; genuine amazon.com sender but not case mail")

t = """Aiko Tanaka changed the status of INFRA-1182 to Resolved.

INFRA-1182: Close out vendor support case for SSO account merge
Resolution: Done
Assignee: Kenta Morishima

Comment from Aiko Tanaka:
The vendor confirmed the merge on their side, so I'm closing this one.
Kenta, nothing more needed from you here.

View issue: https://tsubame-solutions.atlassian.net/browse/INFRA-1182

This message was sent by Atlassian Jira.
"""
add(15, date=d(7, 11, 16, 44), frm=addr("Aiko Tanaka (Jira)", "jira@tsubame-solutions.atlassian.net"), to=ME_C,
    subject="[JIRA] (INFRA-1182) Close out vendor support case for SSO account merge",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="Atlassian.JIRA",
    auth_res=auth(ME_C, "tsubame-solutions.atlassian.net"), label=L("unrelated"),
    note="Jira 'resolved / merge / support case' vocabulary in an internal ticket")


# ---------------------------------------------------------------- 016-030
Q_D = """来月末で退職する予定です。会社のメールアドレスで作成した認定アカウントに
50%割引のバウチャーが残っています。個人のアカウントに統合した場合、
このバウチャーも引き継がれるのでしょうか。"""
t = f"""森島 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース {CASE_D} として受け付けました。担当者より通常24時間以内に
ご連絡いたしますが、内容によってはお時間をいただく場合もございます。

同じご質問で新しいケースを作成されますと、回答が遅れる原因となりますので
ご注意ください。補足事項などがございましたら、本メールにご返信ください。

■ お問い合わせ内容
ケースID: {CASE_D}
種別: 認定 / 特典
内容:
{Q_D}

AWS トレーニングと認定 カスタマーサービス
"""
add(16, date=d(7, 14, 11, 5), frm=TCF, to=ME_P, subject=subj(CASE_D, "certification-benefits"),
    parts=[("plain", t, "utf-8", "base64")], auth_res=auth(ME_P, "amazon.com"),
    label=L("acknowledgement", CASE_D),
    note="10-digit case; Japanese ack, UTF-8 base64; '〜がございましたら…ご返信ください' conditional is not an ask")

UPD_D = """森島様

AWS トレーニングと認定の中村です。

お問い合わせいただいた割引バウチャーの取り扱いについて、現在、認定特典の担当
チームに確認を依頼しております。回答が届き次第あらためてご連絡いたしますので、
今しばらくお待ちくださいませ。

なお、その間にお気づきの点などがございましたら、このメールにそのままご返信
いただければ担当者に共有いたします。

中村
AWS トレーニングと認定
"""
add(17, date=d(7, 15, 10, 31), frm=TCF, to=ME_P, subject=subj(CASE_D, "certification-benefits"),
    parts=[("plain", UPD_D, "Shift_JIS", "8bit")], auth_res=auth(ME_P, "amazon.com"), parent=16,
    label=L("case_update", CASE_D),
    note="Shift_JIS 8bit progress note; 'お待ちくださいませ' and a conditional reply invitation, but no ask")

t = f"""森島様

お待たせいたしました。中村です。

特典担当チームに確認しましたところ、認定アカウントを統合した場合、統合元の
アカウントにある未使用の割引バウチャーは統合先のアカウントへ移行されます。
有効期限も変わりません。

お問い合わせの件は以上で解決となりますので、本ケースはクローズとさせて
いただきます。なお、統合そのものは、お問い合わせフォームで「アカウントの統合」を
選んでお申し込みいただけます。

中村
AWS トレーニングと認定

> {Q_D.splitlines()[0]}
> {Q_D.splitlines()[1]}
> {Q_D.splitlines()[2]}
"""
add(18, date=d(7, 16, 15, 12), frm=TCF, to=ME_P, subject=subj(CASE_D, "certification-benefits"),
    parts=[("plain", t, "ISO-2022-JP", "7bit")], auth_res=auth(ME_P, "amazon.com"), parent=17,
    label=L("resolved", CASE_D),
    note="Japanese answer + 'クローズ', ISO-2022-JP; the user's question quoted below")

t = """お疲れ様です。田中です。

7月17日(木)から7月22日(火)まで夏季休暇のため不在にしております。
期間中はメールを確認できませんので、ご返信が遅れます。
お急ぎの場合は ops@tsubame-solutions.co.jp までご連絡ください。

田中 愛子
"""
add(19, date=d(7, 17, 9, 30), frm=addr("田中 愛子", "a-tanaka@tsubame-solutions.co.jp"), to=ME_C,
    subject="自動応答: 【確認依頼】7月度 作業報告書のご確認をお願いします",
    parts=[("plain", t, "utf-8", "quoted-printable")], idstyle="outlook",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "a-tanaka@tsubame-solutions.co.jp")],
    auth_res=auth(ME_C, "tsubame-solutions.co.jp"), label=L("unrelated"),
    note="Japanese out-of-office auto-reply with 確認依頼 in its subject")

ACK_A = f"""Hello Kenta Morishima,

We've received your message and created case {CASE_A}. Our customer service team
aims to answer within one business day, though some requests need more time.

Submitting the form again for the same issue puts your request back at the end of
the queue, so please avoid opening a second case. If you think of anything to add,
just reply to this email and it will be attached to your case.

-- Your request --
Inquiry type: Certification
Additional details: Account Merge
Use case: I'm leaving Tsubame Solutions at the end of July and would like to merge
my company certification account into my personal one.
Email addresses used: {ME_C}, {ME_P}
Email to keep: {ME_P}

Thank you,
AWS Training and Certification
"""
add(20, date=d(7, 18, 9, 2, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", ACK_A, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"),
    label=L("acknowledgement", CASE_A),
    note="15-digit case ack; 'please avoid opening a second case' and 'just reply' are not asks")

t = f"""お問い合わせいただきありがとうございます。

ケース番号 {CASE_B} にてお問い合わせを承りました。
回答までは通常1営業日ほどお時間をいただいております。

すでに同じ内容のケースをお持ちの場合は、新しいケースを作成せず、既存のケースの
メールへご返信いただく形でご連絡をお願いいたします。

ご依頼内容:
退職に伴い、会社のメールアドレスの認定アカウントを個人アカウントへ統合したい。

AWS トレーニングと認定
"""
add(21, date=d(7, 18, 9, 23, UTC), frm=TCF, to=ME_P, subject=subj(CASE_B),
    parts=[("plain", t, "utf-8", "quoted-printable")], auth_res=auth(ME_P, "amazon.com"),
    label=L("acknowledgement", CASE_B),
    note="duplicate form submission 20 min later -> second case; Japanese QP ack with 'ご連絡をお願いいたします' boilerplate")

t = f"""Hello,

To continue with your certification account merge we need to verify that you own
both accounts. Sign in through the secure page below within 48 hours and confirm
the account you want to keep:

https://aws-training-verify.support-portal.io/merge?case=175283512000118

If we do not receive confirmation, your certification history may not be
transferred.

Best regards,
AWS Training and Certification
"""
add(22, date=d(7, 18, 14, 51, UTC), frm=TCF, to=ME_P, subject=subj("175283512000118"),
    parts=[("plain", t, "utf-8", "7bit")], idstyle="mail.support-portal.io",
    auth_res=auth(ME_P, "amazon.com", ok=False, mailfrom=TC), label=L("suspicious"),
    note="genuine From address and case-style subject, but DKIM fail / DMARC fail in Authentication-Results")

t = f"""Hi Kenta,

This request was submitted twice, and the same details are already being handled
under case {CASE_A}. So that two agents don't work on the same thing, I've linked
this case to the original, and every further update will come through case
{CASE_A}.

There's nothing you need to do on this case.

Priya S.
AWS Training and Certification
"""
add(23, date=d(7, 19, 0, 40, UTC), frm=TCF, to=ME_P, subject=subj(CASE_B),
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"), parent=21,
    label=L("case_update", CASE_B),
    note="duplicate case linked to the original; mentions the other case number in body, asks nothing")

HOLD_A = f"""Hello Kenta,

Thank you for reaching out about merging your certification accounts.

While reviewing your request I found that the account registered to
{ME_C} is associated with an AWS Partner Network (APN)
organization, Tsubame Solutions Inc. Certifications on partner-linked accounts count
toward that partner's program requirements, so we don't move them while the holder
is still employed by the partner. I have therefore put the merge on hold for now.

We need you to confirm that you are leaving Tsubame Solutions, together with your
last working day. Once we have that, I can take the request forward.

Regards,
Daniel
AWS Training and Certification
"""
add(24, date=d(7, 19, 2, 5, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", HOLD_A, "utf-8", "quoted-printable"),
           ("html", "<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in HOLD_A.split("\n\n")) + "</body></html>", "utf-8", "quoted-printable")],
    auth_res=auth(ME_P, "amazon.com"), parent=20, label=L("on_hold", CASE_A, True),
    note="APN hold that asks ('We need you to confirm...'), multipart/alternative quoted-printable")

t = """Thanks for your AWS Skill Builder purchase.

Order number: 113048276
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: Jul 19, 2025 - Aug 18, 2025

You can manage or cancel your subscription at any time from the Subscriptions page.
For questions, visit the AWS Skill Builder help center.

AWS Training and Certification
"""
add(25, date=d(7, 19, 6, 14, UTC), frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder receipt", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="aws.training", auth_res=auth(ME_P, "aws.training"), label=L("unrelated"),
    note="Skill Builder receipt from aws.training; 9-digit order number")

R26 = f"""Hi Daniel,

Yes, I confirm I'm leaving Tsubame Solutions. My last working day is July 31, 2025,
and the company mailbox will be shut down after that, so I'd like everything moved
to my personal address.

Best regards,
Kenta Morishima
"""
t = R26 + f"""
On {gdate(d(7, 19, 11, 5))} AWS Training and Certification <{TC}> wrote:

{q(HOLD_A)}
"""
add(26, date=d(7, 20, 8, 47), frm=ME_PF, to=TCF, subject="Re: " + subj(CASE_A),
    parts=[("plain", t, "utf-8", "quoted-printable")], idstyle="gmail", received=False, parent=24,
    label=L("user_reply", CASE_A), note="user's Gmail reply confirming departure; quoted APN request below")

HOLD2_A = f"""Hi Kenta,

Thanks for confirming. Because Tsubame Solutions still has the account on its partner
roster, I've sent a release request to our APN team. Your case will stay on hold
until they respond, which usually takes two to four business days.

You don't have to do anything in the meantime; I'll be back in touch as soon as I
hear from them.

Daniel
AWS Training and Certification
"""
add(27, date=d(7, 21, 1, 18, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", HOLD2_A + f"\nOn {gdate(d(7, 20, 8, 47))}, {ME_NAME} <{ME_P}> wrote:\n{q(R26)}\n", "utf-8", "7bit")],
    auth_res=auth(ME_P, "amazon.com"), parent=26, label=L("on_hold", CASE_A),
    note="on hold waiting on APN team, explicitly asks nothing")

t = """森島 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文いただいた商品を発送いたしました。

注文番号: 250-3318274-5520916
お届け予定: 7月23日(水)

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
add(28, date=d(7, 22, 19, 2), frm=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P,
    subject="Amazon.co.jp ご注文の商品を発送しました", parts=[("plain", t, "utf-8", "base64")],
    idstyle="amazon.co.jp", auth_res=auth(ME_P, "amazon.co.jp"), label=L("unrelated"),
    note="Amazon retail shipping notice in Japanese (amazon domain, not AWS support)")

t = f"""Hi Kenta,

Your AWS Certified Developer - Associate certification expires on October 21, 2025.

To keep it active, pass the current version of the exam, or a higher-level exam that
recertifies it, before that date. Remember that as a certification holder you may
have a 50% discount benefit available in your AWS Certification Account.

Candidate ID: {CAND_OLD}

AWS Certification
"""
add(29, date=d(7, 23, 4, 0, UTC), frm=addr("AWS Certification", CERTM), to=ME_C,
    subject="Your AWS Certified Developer - Associate expires in 90 days",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="certmetrics.com",
    auth_res=auth(ME_C, "certmetrics.com"), label=L("certification", cands=[CAND_OLD]),
    note="certmetrics expiry notice with candidate ID; call to action that is not a support reply")

CONF_A_TXT = f"""Hello Kenta,

Good news: our APN team has released the partner-linked account, so I can move ahead
with the merge. I found these two certification accounts:

Account #1
  Candidate ID: {CAND_NEW}
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}

Account #2
  Candidate ID: {CAND_OLD}
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}

After the merge, Account #2 is closed and its exam history, certifications and
benefits live on Account #1. This can't be undone.

Is Account #1 the one you'd like to keep?

Best,
Daniel
AWS Training and Certification
"""
rows = [("Candidate ID", CAND_NEW, CAND_OLD), ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C)]
CONF_A_HTML = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
               "<p>Hello Kenta,</p><p>Good news: our APN team has released the partner-linked account, so I can move ahead "
               "with the merge. I found these two certification accounts:</p>"
               "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
               "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
               + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) +
               "</table><p>After the merge, Account #2 is closed and its exam history, certifications and benefits live "
               "on Account #1. This can&#39;t be undone.</p><p>Is Account #1 the one you&#39;d like to keep?</p>"
               "<p>Best,<br>Daniel<br>AWS Training and Certification</p></body></html>")
add(30, date=d(7, 24, 3, 36, UTC), frm=TCF, to=ME_C, subject=subj(CASE_A),
    parts=[("html", CONF_A_HTML, "utf-8", "quoted-printable")], auth_res=auth(ME_C, "amazon.com"), parent=27,
    label=L("confirmation_request", CASE_A, True, [CAND_NEW, CAND_OLD]),
    note="HTML-only table Account #1/#2 with candidate IDs; bare question, no 'please'; sent to the company address")


# ---------------------------------------------------------------- 031-055
t = f"""会社のメールボックスが月末で閉じるので、個人アドレスに転送しておきます。

________________________________
From: AWS Training and Certification <{TC}>
Sent: Thursday, July 24, 2025 12:36 PM
To: Morishima Kenta <{ME_C}>
Subject: {subj(CASE_A)}

{CONF_A_TXT}"""
add(31, date=d(7, 24, 12, 58), frm=ME_CF, to=ME_PF, subject="FW: " + subj(CASE_A),
    parts=[("plain", t, "utf-8", "quoted-printable")], idstyle="outlook", received=True,
    auth_res=auth(ME_P, "tsubame-solutions.co.jp", dkim_dom="tsubameSolutions.onmicrosoft.com"), crlf=True, parent=30,
    label=L("user_reply", CASE_A),
    note="owner forwards the confirmation request from company to personal address (Outlook 'FW:'); forwarded ask is not a new ask, forwarded candidate IDs are history")

t = """Your verification code

Verification code: 604118

Enter this code in the browser window where you started signing in. The code is
valid for 10 minutes.

If you did not request this code, no action is needed.
"""
add(32, date=d(7, 25, 7, 9), frm=addr("AWS", "no-reply@login.awsapps.com"), to=ME_P,
    subject="AWS verification code", parts=[("plain", t, "utf-8", "7bit")], idstyle="login.awsapps.com",
    auth_res=auth(ME_P, "login.awsapps.com"), label=L("unrelated"),
    note="one-time code from login.awsapps.com (6 digits)")

t = """週刊クラウド通信 2025年7月第4週号

━━━━━━━━━━━━━━━━━━━━
■ 今週の注目記事
━━━━━━━━━━━━━━━━━━━━
1. 転職時に AWS 認定アカウントを統合する手順まとめ
   フォームから申請すると、サポートから統合先を確認するメールが届きます。
   内容を確認して返信すれば、通常は数時間で統合が完了するとのこと。

2. Amazon Bedrock の新モデル対応状況

3. GitHub Actions で OIDC を使った AWS 認証

━━━━━━━━━━━━━━━━━━━━
ご意見・ご感想はこのメールにご返信ください。
配信停止: https://cloudweekly.jp/unsubscribe
"""
add(33, date=d(7, 26, 7, 0), frm=addr("週刊クラウド通信", "news@cloudweekly.jp", "shift_jis"), to=ME_P,
    subject="【週刊クラウド通信】AWS認定アカウントの統合手順まとめ ほか", subj_cs="shift_jis",
    parts=[("plain", t, "Shift_JIS", "base64")], idstyle="cloudweekly.jp",
    auth_res=auth(ME_P, "cloudweekly.jp"), label=L("unrelated"),
    note="Shift_JIS base64 newsletter describing the merge process and 'ご返信ください' for feedback")

CLOSE_A = f"""Hello,

We're writing about case {CASE_A}. A few days ago we asked you to confirm which
certification account should be kept, and we haven't seen an answer yet.

Cases with no activity are closed automatically after 48 hours. If you still want the
accounts merged, answer this email and the case will stay open.

Lena
AWS Training and Certification
"""
t = CLOSE_A + f"""
---- Original message ----
{q(CONF_A_TXT)}
"""
add(34, date=d(7, 28, 2, 10, UTC), frm=TCF, to=ME_C, subject=subj(CASE_A),
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_C, "amazon.com"), crlf=True, parent=30,
    label=L("closing_notice", CASE_A, True),
    note="closing notice top-posted above the quoted confirmation table (quoted candidate IDs don't count); CRLF")

R35 = f"""Confirmed, please merge everything into Account #1 ({ME_P}) and close Account #2.

Kenta Morishima
"""
t = R35 + f"""
-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Monday, July 28, 2025 11:10 AM
To: Morishima Kenta <{ME_C}>
Subject: {subj(CASE_A)}

{CLOSE_A}"""
add(35, date=d(7, 28, 13, 22), frm=ME_CF, to=TCF, subject="RE: " + subj(CASE_A),
    parts=[("plain", t, "utf-8", "quoted-printable")], idstyle="outlook", received=False, crlf=True, parent=34,
    label=L("user_reply", CASE_A), note="user confirms from the company (wrong) address, Outlook style")

REQ_A2 = f"""Hi Kenta,

Thank you. One snag: your confirmation reached us from {ME_C}, which
is the login of the account that is going to be closed. For account security, the
go-ahead has to come from the address of the account you are keeping.

Kindly send a short reply from {ME_P} confirming Account #1. I've
copied that address on this email so you can answer from there.

Lena
AWS Training and Certification
"""
add(36, date=d(7, 29, 0, 55, UTC), frm=TCF, to=ME_C, cc=ME_P, subject=subj(CASE_A),
    parts=[("plain", REQ_A2 + f"\n-----Original Message-----\n{R35}", "utf-8", "7bit")],
    auth_res=auth(ME_C, "amazon.com"), parent=35, label=L("info_request", CASE_A, True),
    note="wrong-address reply: support asks for the confirmation again from the personal address ('Kindly send...'), Cc to personal")

R37 = f"""Hi Lena,

Writing from my personal address as requested: I confirm that Account #1
({ME_P}) should be kept and Account #2 merged into it.

Thanks,
Kenta
"""
add(37, date=d(7, 29, 10, 4), frm=ME_PF, to=TCF, subject="merge confirmation",
    parts=[("plain", R37 + f"\nOn {gdate(d(7, 29, 9, 55))} AWS Training and Certification <{TC}> wrote:\n\n{q(REQ_A2)}\n", "utf-8", "quoted-printable")],
    idstyle="gmail", received=False, parent=36, label=L("user_reply", CASE_A),
    note="reply threaded only by In-Reply-To/References: subject has no case number")

RES_A = f"""Hello Kenta,

The merge is complete. Account #1 ({ME_P}) now holds the exam
history, certifications and benefits from both accounts, and Account #2 has been
deactivated. Credly may re-send your badges over the next day.

Nothing else is needed from you, and this case is now resolved.

Was this response helpful? Let us know: https://aws.amazon.com/survey/tc?case={CASE_A}

Arjun
AWS Training and Certification
"""
t = RES_A + f"""
On {gdate(d(7, 29, 10, 4))}, Kenta Morishima <{ME_P}> wrote:
{q(R37)}

On {gdate(d(7, 24, 12, 36))}, AWS Training and Certification <{TC}> wrote:
{q(CONF_A_TXT)}
"""
add(38, date=d(7, 29, 4, 31, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", t, "utf-8", "quoted-printable"),
           ("html", "<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in RES_A.split("\n\n")) +
            "<blockquote>" + R37.replace("\n", "<br>") + "</blockquote><blockquote>" + CONF_A_HTML.split("<body")[1].split(">", 1)[1].split("</body>")[0] + "</blockquote></body></html>", "utf-8", "quoted-printable")],
    auth_res=auth(ME_P, "amazon.com"), parent=37, label=L("resolved", CASE_A),
    note="resolution quoting the old confirmation question and table (with candidate IDs); feedback footer")

t = f"""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

This badge was issued to {ME_P}.

Accept your badge: https://www.credly.com/earner/earned/badge/0b91d4e7-2c35-4f8a-b6e0-9d7a51c3e288

Credly, Inc.
"""
add(39, date=d(7, 29, 5, 2, UTC), frm=addr("Credly", CREDLY), to=ME_P,
    subject="Amazon Web Services Training and Certification issued you a new badge",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="credly.com", auth_res=auth(ME_P, "credly.com"),
    label=L("badge"), note="Credly badge right after the merge")

html = """<html><body><table width="600" align="center"><tr><td>
<h2>Kenta, your badge is waiting</h2>
<p>Amazon Web Services Training and Certification sent you the
<b>AWS Certified Developer - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5d2e9f70-81a3-4c6b-a0f4-3e7c12b9d845">Claim your badge</a></p>
<p style="font-size:11px;color:#777">You received this email because a badge was issued to this address.
Credly, Inc., 3560 Olive Street, Denver CO</p>
</td></tr></table></body></html>
"""
add(40, date=d(7, 30, 1, 15, UTC), frm=addr("Credly", CREDLY), to=ME_P,
    subject="Kenta, claim your AWS Certified Developer - Associate badge",
    parts=[("html", html, "utf-8", "base64")], idstyle="credly.com", auth_res=auth(ME_P, "credly.com"),
    label=L("badge"), note="HTML-only base64 Credly mail with 'Claim your badge' imperative")

t = f"""Dear customer,

Thank you for contacting AWS Training and Certification about case {CASE_A}.
Please take a moment to tell us about your experience. Your answers help us
improve the service we provide.

How would you rate the support you received?  (1 = poor, 5 = excellent)
https://aws-training.qualtrics.com/jfe/form/SV_tc?case={CASE_A}

This survey takes about one minute.

AWS Customer Experience
"""
add(41, date=d(7, 30, 6, 0, UTC), frm=addr("AWS Customer Experience", "aws-survey@amazon.com"), to=ME_P,
    subject=f"Tell us about your recent experience (Case {CASE_A})",
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"),
    label=L("survey", CASE_A), note="survey with 'Please take a moment' imperative")

t = """Hello Kenta,

Your request #88213 "Unable to merge two workspaces into one account" has been
closed.

If the issue isn't resolved, reply to this email within 7 days to reopen it.
After that, please open a new request.

Kumo Monitoring Support
"""
add(42, date=d(7, 31, 2, 0, UTC), frm=addr("Kumo Monitoring Support", "support@kumomon.zendesk.com"), to=ME_P,
    subject="[Kumo Monitoring] Request #88213 has been closed", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="zendesk.com", auth_res=auth(ME_P, "kumomon.zendesk.com"), label=L("unrelated"),
    note="another vendor's 'case closed, reply to reopen' about merging accounts")

report = f"""Your message wasn't delivered to {ME_C} because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
bnd = "000000000000bounce86043"
raw = (f"--{bnd}\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{report}\n"
       f"--{bnd}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\n"
       f"Final-Recipient: rfc822; {ME_C}\nAction: failed\nStatus: 5.1.10\n\n"
       f"--{bnd}\nContent-Type: text/rfc822-headers\n\nFrom: {ME_PF}\nTo: {ME_C}\nSubject: test - account merge\n"
       f"Date: Fri, 1 Aug 2025 09:12:00 +0900\n\n--{bnd}--\n").encode()
add(43, date=d(8, 1, 9, 12), frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", parts=None, idstyle="mx.google.com",
    raw_body=(f'multipart/report; report-type=delivery-status; boundary="{bnd}"', raw),
    auth_res=None, label=L("unrelated"), note="bounce: company mailbox closed (multipart/report)")

t = f"""Hello Kenta,

Following a recent change to your AWS Certification Account, your certification
record has been updated. Your active certifications, exam history and benefits are
now listed under this account.

Candidate ID: {CAND_NEW}

No action is needed. You can review your record at any time by signing in to your
AWS Certification Account.

AWS Certification
"""
add(44, date=d(8, 2, 3, 30, UTC), frm=addr("AWS Certification", CERTM), to=ME_P,
    subject="Your AWS Certification record has been updated", parts=[("plain", t, "utf-8", "quoted-printable")],
    idstyle="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"), label=L("certification", cands=[CAND_NEW]),
    note="certmetrics record-updated notice after a merge; 'No action is needed'")

R45 = """Hi Arjun,

Thanks for the merge. Everything came across except the 50% exam discount voucher that
was on my old account. It doesn't show under Benefits on Account #1. Could you take a
look?

Kenta
"""
add(45, date=d(8, 4, 21, 16), frm=ME_PF, to=TCF, subject="Re: " + subj(CASE_A),
    parts=[("plain", R45 + f"\nOn {gdate(d(7, 29, 13, 31))} AWS Training and Certification <{TC}> wrote:\n\n{q(RES_A)}\n", "utf-8", "quoted-printable")],
    idstyle="gmail", received=False, parent=38, label=L("user_reply", CASE_A),
    note="user reopens a resolved case by replying (asks support a question)")

UPD_A = f"""Hi Kenta,

I've reopened case {CASE_A} and passed the missing voucher to our certification
benefits team, who handle discount vouchers separately from the merge itself. They
normally come back within 3-5 business days, and I'll update you here when they do.

If anything else turns out to be missing in the meantime, feel free to add it to this
thread.

Arjun
AWS Training and Certification
"""
add(46, date=d(8, 5, 1, 3, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", UPD_A + f"\nOn {gdate(d(8, 4, 21, 16))}, Kenta Morishima <{ME_P}> wrote:\n{q(R45)}\n", "utf-8", "7bit")],
    auth_res=auth(ME_P, "amazon.com"), parent=45, label=L("case_update", CASE_A),
    note="reopened-case progress note; quoted user question ends with '?'; 'feel free to add' is optional")

CONSOLE_FOOT = f"""
To see the case or reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

This e-mail address cannot receive replies. Please use the link above to respond.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc.
"""
t = f"""Hello,

Thank you for contacting AWS Support. We have opened case {CASE_C} for you.

Case ID: {CASE_C}
Account: [AWS ID {ACCT}]
Subject: Practice exam benefit not visible after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged, the free practice exam
benefit no longer appears. Is this expected?

We'll respond by email through the Support Center as soon as we can.
{CONSOLE_FOOT}"""
add(47, date=d(8, 6, 0, 20, UTC), frm=CONSF, to=ME_P, subject=f"Amazon Web Services: New Support case: {CASE_C}",
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"),
    label=L("acknowledgement", CASE_C),
    note="console 'New Support case' ack; 12-digit AWS ID next to the case ID; user's question quoted in it")

CREQ = f"""Hello,

Thanks for reaching out. Practice exam benefits belong to the certification account
rather than to your AWS account, so I'll need to check them against the right record.
Could you let us know the candidate ID of the certification account you now sign in
to, and the Builder ID email you use for it?

You can add the details as a reply on the case in the Support Center.

Best regards,
Mei L.
Amazon Web Services

Your feedback matters. Was this reply helpful? Rate it here:
https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=
"""
add(48, date=d(8, 6, 3, 41, UTC), frm=CONSF, to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Practice exam benefit not visible after certification account merge [AWS ID {ACCT}]",
    parts=[("plain", CREQ + CONSOLE_FOOT, "utf-8", "quoted-printable")], auth_res=auth(ME_P, "amazon.com"), parent=47,
    label=L("info_request", CASE_C, True),
    note="console case request, answer in Support Center (email cannot reply); feedback footer and 'please use the link' boilerplate")

t = f"""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    {CONSOLE}

Reason: 550 5.1.1 The address {CONSOLE} does not accept incoming email.
"""
add(49, date=d(8, 6, 13, 2), frm=addr("Mail Delivery System", "MAILER-DAEMON@amazonses.com"), to=ME_P,
    subject=f"Undeliverable: RE:[CASE {CASE_C}] Practice exam benefit not visible after certification account merge",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="amazonses.com", auth_res=auth(ME_P, "amazonses.com"),
    label=L("unrelated"), note="bounce of the user's email reply to the console no-reply address; case number in subject only")

REQ_A3 = f"""森島様

いつもお世話になっております。AWS トレーニングと認定の山本でございます。

割引バウチャーの件につきまして、特典担当チームより回答がございましたので
ご報告いたします。統合先のアカウント({CAND_NEW})を確認いたしましたところ、
旧アカウントで発行されていたバウチャーは、統合処理の時点で失効扱いとなって
いたため、移行の対象外となっておりました。

再発行の可否を判断するにあたり、旧アカウントでバウチャーが表示されていた際の
有効期限と、バウチャーの付与につながった試験名をお知らせいただけますで
しょうか。おわかりになる範囲で構いません。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山本
AWS トレーニングと認定
"""
add(50, date=d(8, 7, 17, 40), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", REQ_A3, "ISO-2022-JP", "7bit")], auth_res=auth(ME_P, "amazon.com"), parent=46,
    label=L("info_request", CASE_A, True, [CAND_NEW]),
    note="Japanese keigo, ISO-2022-JP; progress report first, ask (〜いただけますでしょうか) split across lines at the end")

t = f"""Hello,

We haven't received a response to our previous correspondence on this case. If we
don't hear from you, the case will be resolved automatically in 5 days. To keep it
open, sign in to the Support Center and add a reply.

Best regards,
Amazon Web Services
{CONSOLE_FOOT}"""
add(51, date=d(8, 7, 23, 0, UTC), frm=CONSF, to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Practice exam benefit not visible after certification account merge [AWS ID {ACCT}]",
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"), parent=48,
    label=L("closing_notice", CASE_C, True), note="console auto-resolve warning; reply must go through Support Center")

R52 = f"""山本様

ご連絡ありがとうございます。
バウチャーは旧アカウント({CAND_OLD})で、2025年3月に Developer - Associate に
合格した際に付与されたものです。有効期限は 2026年3月14日 と表示されていた
記憶があります。

よろしくお願いいたします。
森島
"""
add(52, date=d(8, 8, 8, 55), frm=addr("森島 健太", ME_P), to=TCF, subject="Re: " + subj(CASE_A),
    parts=[("plain", R52 + f"\n{jdate(d(8, 7, 17, 40))} AWS Training and Certification <{TC}>:\n\n{q(REQ_A3)}\n", "utf-8", "8bit")],
    idstyle="gmail", received=False, parent=50, label=L("user_reply", CASE_A, False, [CAND_OLD]),
    note="Japanese Gmail reply (UTF-8 8bit, 'YYYY年M月D日(曜) H:MM … :' header); quoted ID differs from own-text ID")

t = f"""Hello,

Thank you for the details you added in the Support Center. I've shared them with the
AWS Training and Certification team, who own practice exam benefits, and asked them
to restore the benefit on your certification account. I'll update this case when I
hear back.

Best regards,
Mei L.
Amazon Web Services

We value your opinion. Please rate this correspondence:
https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=
{CONSOLE_FOOT}"""
add(53, date=d(8, 9, 2, 14, UTC), frm=CONSF, to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Practice exam benefit not visible after certification account merge [AWS ID {ACCT}]",
    parts=[("plain", t, "utf-8", "quoted-printable")], auth_res=auth(ME_P, "amazon.com"), parent=51,
    label=L("case_update", CASE_C), note="console progress note with 'Please rate' footer and 'Please use the link' boilerplate")

t = f"""Hi Kenta,

Good news: the benefits team has re-issued your 50% exam discount voucher on
Account #1. You'll find it under Benefits with the original expiry date of
March 14, 2026.

That should take care of everything on this case, so I'm marking it resolved. If
anything else looks off later, a reply here will reach us.

Arjun
AWS Training and Certification

{jdate(d(8, 8, 8, 55))} 森島 健太 <{ME_P}>:
{q(R52)}
"""
add(54, date=d(8, 10, 5, 20, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A),
    parts=[("plain", t, "utf-8", "quoted-printable"),
           ("html", "<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in t.split("\n\n")[:4]) + "</body></html>", "utf-8", "quoted-printable")],
    auth_res=auth(ME_P, "amazon.com"), parent=52, label=L("resolved", CASE_A),
    note="second resolution of the reopened case; conditional 'a reply here will reach us'; quotes Japanese reply with candidate ID")

t = f"""Hello,

The AWS Training and Certification team has confirmed that the practice exam benefit
is visible again on your certification account, so we're resolving this case.

If you need more help with this issue, you can reopen the case from the Support
Center within 14 days.

Best regards,
Mei L.
Amazon Web Services
{CONSOLE_FOOT}"""
add(55, date=d(8, 11, 1, 30, UTC), frm=CONSF, to=ME_P,
    subject=f"RE:[CASE {CASE_C}] Practice exam benefit not visible after certification account merge [AWS ID {ACCT}]",
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"), parent=53,
    label=L("resolved", CASE_C), note="console resolution with optional 'reopen within 14 days'")


# ---------------------------------------------------------------- 056-078
html = f"""<html><body>
<p>Hello,</p>
<p>Your AWS Support case <b>{CASE_C}</b> was recently resolved. How would you rate your overall
experience with AWS Support on this case?</p>
<table><tr>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={CASE_C}&amp;score=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={CASE_C}&amp;score=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={CASE_C}&amp;score=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={CASE_C}&amp;score=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={CASE_C}&amp;score=5">5</a></td>
</tr></table>
<p>Thank you for helping us improve.<br>Amazon Web Services</p>
</body></html>
"""
add(56, date=d(8, 11, 6, 0, UTC), frm=addr("AWS Support", CONSOLE), to=ME_P,
    subject=f"How was your AWS Support experience? Case {CASE_C}",
    parts=[("html", html, "utf-8", "quoted-printable")], auth_res=auth(ME_P, "amazon.com"),
    label=L("survey", CASE_C), note="console survey, HTML-only rating table, displayId in links")

t = """AWS認定をご利用のお客様

お客様のAWS認定アカウントの統合手続きが保留中となっております。
72時間以内に下記URLよりログインし、本人確認を完了してください。
期限までに完了されない場合、取得済みの認定資格が失効いたします。

  https://aws-nintei-support.jp/login

※本メールは送信専用です。

AWS認定サポートセンター
"""
add(57, date=d(8, 12, 8, 13), frm=addr("AWS認定サポート", "info@aws-nintei-support.jp", "shift_jis"), to=ME_P,
    subject="【重要】AWS認定アカウント統合の最終確認のお願い", subj_cs="shift_jis",
    parts=[("plain", t, "Shift_JIS", "8bit")], idstyle="aws-nintei-support.jp",
    auth_res=auth(ME_P, "aws-nintei-support.jp"), label=L("suspicious"),
    note="Japanese phishing from a lookalike .jp domain, Shift_JIS 8bit, 'ください' urgency")

t = """Hi Kenta,

Registration for AWS re:Invent 2025 is filling up fast. Lock in your pass today and
build your agenda from more than 2,000 sessions.

Register now: https://reinvent.awsevents.com/register/

Questions about your registration? Reply to this email and our events team will get
back to you.

Amazon Web Services
To unsubscribe, visit your email preferences page.
"""
add(58, date=d(8, 12, 16, 0, UTC), frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Last chance: register for AWS re:Invent 2025",
    parts=[("plain", t, "utf-8", "7bit"), ("html", "<html><body>" + "".join(f"<p>{p}</p>" for p in t.split("\n\n")) + "</body></html>", "utf-8", "quoted-printable")],
    auth_res=auth(ME_P, "amazon.com"), label=L("unrelated"),
    note="AWS marketing with 'Reply to this email' and 'Register now'")

Q_F = f"""メールアドレス {ME_P} で、先日の統合後にもう1つ認定アカウントが
残っていることに気づきました。以前パートナーセントラル経由でサインインした際に
作成されたものと思われます。こちらも統合をお願いします。"""
t = f"""AWS トレーニングと認定へのお問い合わせを受け付けました。

ケースID: {CASE_F}

担当者が内容を確認のうえ、通常24時間以内にご返信いたします。
同じ内容で複数のケースを作成されますと回答が遅れる場合がございますので、
あらかじめご了承ください。

お問い合わせ内容:
{Q_F}

AWS トレーニングと認定
"""
add(59, date=d(8, 13, 16, 15), frm=TCF, to=ME_P, subject=subj(CASE_F),
    parts=[("plain", t, "ISO-2022-JP", "7bit")], auth_res=auth(ME_P, "amazon.com"),
    label=L("acknowledgement", CASE_F),
    note="Japanese ack, ISO-2022-JP; echoes the user's own 'お願いします'")

REQ_F = """森島様

お問い合わせいただきありがとうございます。担当の小林です。

ご登録のメールアドレスで検索したところ、複数の認定アカウントが見つかったため、
統合の対象を特定する必要がございます。

統合したいアカウントそれぞれの候補ID(AWS で始まる番号)と、パートナーセントラルで
お使いのメールアドレスを、本メールへの返信でお知らせください。

小林
AWS トレーニングと認定
"""
add(60, date=d(8, 13, 19, 2), frm=TCF, to=ME_P, subject=subj(CASE_F),
    parts=[("plain", REQ_F, "utf-8", "quoted-printable")], auth_res=auth(ME_P, "amazon.com"), parent=59,
    label=L("info_request", CASE_F, True), note="Japanese plain 〜ください info request, UTF-8 QP")

t = """AWS Builder ID の確認コード

確認コード: 482913

このコードの有効期限は30分です。心当たりのない場合は、このメールを無視してください。
"""
add(61, date=d(8, 14, 7, 45), frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="AWS Builder ID の確認コード", parts=[("plain", t, "utf-8", "base64")],
    auth_res=auth(ME_P, "signin.aws"), label=L("unrelated"), note="Japanese Builder ID code (6 digits)")

R62 = f"""小林様

ご確認ありがとうございます。

・残したいアカウント: {CAND_NEW} ({ME_P})
・統合したいアカウント: {CAND_SSO}
  (パートナーセントラル経由で作成、メールアドレスは {ME_C})

よろしくお願いいたします。
森島
"""
add(62, date=d(8, 14, 12, 30), frm=addr("森島 健太", ME_P, "shift_jis"), to=TCF, subject="Re: " + subj(CASE_F),
    parts=[("plain", R62 + f"\n{jdate(d(8, 13, 19, 2))} AWS Training and Certification <{TC}>:\n{q(REQ_F)}\n", "Shift_JIS", "quoted-printable")],
    idstyle="gmail", received=False, parent=60, label=L("user_reply", CASE_F, False, [CAND_NEW, CAND_SSO]),
    note="Japanese user reply in Shift_JIS QP with two candidate IDs")

HOLD_F = f"""森島様

候補IDのご連絡ありがとうございました。

{CAND_SSO} のアカウントは AWS パートナーネットワーク(APN)のパートナー組織と
連携されているため、統合の前にパートナー担当チームで連携を解除する必要が
ございます。現在同チームに依頼を出しており、回答があるまで本ケースは保留と
させていただきます。

森島様側で追加のご対応は必要ございません。進展がございましたら、こちらから
ご連絡いたします。

小林
AWS トレーニングと認定
"""
add(63, date=d(8, 15, 10, 20), frm=TCF, to=ME_P, subject=subj(CASE_F),
    parts=[("plain", HOLD_F, "utf-8", "8bit")], auth_res=auth(ME_P, "amazon.com"), parent=62,
    label=L("on_hold", CASE_F, False, [CAND_SSO]),
    note="Japanese APN hold, UTF-8 8bit, says no action needed")

t = """Hello Kenta,

AWS Certification is looking for certified professionals to help write and review
exam questions as part of the Subject Matter Expert (SME) program.

If you are interested, complete the short interest form by August 31, 2025:
https://www.certmetrics.com/amazon/sme/interest

Participation is voluntary.

AWS Certification
"""
add(64, date=d(8, 16, 2, 0, UTC), frm=addr("AWS Certification", CERTM), to=ME_P,
    subject="Invitation: help shape AWS Certification exams", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"), label=L("certification"),
    note="certmetrics SME program invitation with a deadline")

t = f"""Your AWS account {ACCT} has exceeded 85% of the usage limit for one or more AWS
Free Tier-eligible services for the month of August.

Product: AmazonS3
Usage limit: 2,000 Put, Copy, Post or List Requests
Usage so far: 1,712

To see your Free Tier usage, open the Billing and Cost Management console.

Amazon Web Services
"""
add(65, date=d(8, 18, 3, 11, UTC), frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Free Tier limit alert", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="costalerts.amazonaws.com", auth_res=auth(ME_P, "costalerts.amazonaws.com"), label=L("unrelated"),
    note="AWS Free Tier alert with 12-digit account ID")

rows_f = [("候補ID", CAND_NEW, CAND_SSO), ("ログインメールアドレス", ME_P, ME_C),
          ("トレーニング通知先メールアドレス", ME_P, ME_P), ("認定通知先メールアドレス", ME_P, ME_C)]
CONF_F_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body>"
               "<p>森島様</p><p>お待たせいたしました。パートナー担当チームにて連携の解除が完了しましたので、"
               "統合のお手続きに進めるようになりました。</p><p>対象となるアカウントは以下のとおりです。</p>"
               "<table border=\"1\" cellpadding=\"4\"><tr><th></th><th>アカウント1</th><th>アカウント2</th></tr>"
               + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows_f) +
               "</table><p>統合後はアカウント2が無効となり、その認定履歴はアカウント1へ移行されます。</p>"
               "<p>アカウント1を残す形で統合を進めてよろしいか、ご確認のほどよろしくお願いいたします。</p>"
               "<p>小林<br>AWS トレーニングと認定</p></body></html>")
CONF_F_TXT = ("森島様\n\nお待たせいたしました。パートナー担当チームにて連携の解除が完了しましたので、\n"
              "統合のお手続きに進めるようになりました。\n\n"
              + "\n".join(f"{a}: アカウント1 {b} / アカウント2 {c}" for a, b, c in rows_f) +
              "\n\nアカウント1を残す形で統合を進めてよろしいか、ご確認のほどよろしくお願いいたします。\n\n小林\n")
add(66, date=d(8, 19, 10, 2), frm=TCF, to=ME_P, subject=subj(CASE_F),
    parts=[("html", CONF_F_HTML, "Shift_JIS", "base64")], auth_res=auth(ME_P, "amazon.com"), parent=63,
    label=L("confirmation_request", CASE_F, True, [CAND_NEW, CAND_SSO]),
    note="Japanese keigo confirmation, HTML-only Shift_JIS base64 table (アカウント1/2)")

t = """JAWS-UG 東京 勉強会 #58 の開催が明日に迫りました。

日時: 2025年8月21日(木) 19:00 - 21:00
会場: 目黒区某所(詳細はイベントページをご確認ください)

キャンセルされる場合は、イベントページから参加登録の取り消しをお願いします。

connpass
"""
add(67, date=d(8, 20, 12, 0), frm=addr("connpass", "no-reply@connpass.com"), to=ME_P,
    subject="【リマインド】JAWS-UG 東京 勉強会 #58 は明日開催です", parts=[("plain", t, "utf-8", "quoted-printable")],
    idstyle="connpass.com", auth_res=auth(ME_P, "connpass.com"), label=L("unrelated"),
    note="Japanese event reminder with an 'お願いします' instruction")

CLOSE_F = f"""Hi Kenta,

Just checking in on case {CASE_F}: we're still waiting to hear which account you'd
like to keep. We'll close the case on August 25 if there's no reply; writing back to
us before then keeps it open.

Thanks,
Kobayashi
AWS Training and Certification
"""
add(68, date=d(8, 22, 0, 14, UTC), frm=TCF, to=ME_P, subject=subj(CASE_F),
    parts=[("plain", CLOSE_F + f"\n> {CONF_F_TXT.splitlines()[-3]}\n", "utf-8", "7bit")],
    auth_res=auth(ME_P, "amazon.com"), parent=66, label=L("closing_notice", CASE_F, True),
    note="short English closing notice on a Japanese thread; no 'please', no question mark")

R69 = f"""小林様

ご連絡が遅くなり申し訳ありません。
アカウント1({CAND_NEW})を残す形で統合をお願いいたします。
Please go ahead and merge into Account 1.

森島
"""
t = R69 + f"""
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年8月22日 9:14
宛先: {ME_P}
件名: {subj(CASE_F)}

{CLOSE_F}
{CONF_F_TXT}"""
add(69, date=d(8, 22, 21, 40), frm=addr("森島 健太", ME_P), to=TCF, subject="RE: " + subj(CASE_F),
    parts=[("plain", t, "utf-8", "quoted-printable")], idstyle="outlook", received=False, crlf=True, parent=68,
    label=L("user_reply", CASE_F, False, [CAND_NEW]),
    note="top-posted Outlook reply with Japanese 差出人/送信日時 header over the quoted requests, CRLF")

t = f"""森島様

ご確認いただきありがとうございました。
アカウント2({CAND_SSO})をアカウント1へ統合する作業が完了いたしました。

本件につきまして、森島様にご対応いただくことはございません。
本ケースは解決済みとしてクローズいたします。

小林
AWS トレーニングと認定

{jdate(d(8, 19, 10, 2))} AWS Training and Certification <{TC}>:
{q(CONF_F_TXT)}
"""
add(70, date=d(8, 23, 11, 25), frm=TCF, to=ME_P, subject=subj(CASE_F),
    parts=[("plain", t, "utf-8", "base64")], auth_res=auth(ME_P, "amazon.com"), parent=69,
    label=L("resolved", CASE_F, False, [CAND_SSO]),
    note="Japanese resolution (base64) quoting the keigo confirmation request with both IDs")

t = """Hi Kenta,

Just a reminder: your AWS Certified Cloud Practitioner badge from Amazon Web Services
Training and Certification is still waiting for you.

Accept it here: https://www.credly.com/earner/earned/badge/c4a8e2b1-7d63-49f0-8b15-6e2f0a9d3c71

Credly, Inc.
"""
add(71, date=d(8, 23, 15, 0, UTC), frm=addr("Credly", CREDLY), to=ME_P,
    subject="Reminder: your AWS Certified Cloud Practitioner badge is waiting",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="credly.com", auth_res=auth(ME_P, "credly.com"),
    label=L("badge"), note="Credly reminder after the second merge")

t = """Hi,

Your AWS Certified badge is scheduled for revocation because your certification
account could not be verified after a recent account change.

Confirm your identity within 24 hours to keep your badge:
https://credly-badges.net/verify-earner

Credly Support
"""
add(72, date=d(8, 24, 2, 30, UTC), frm=addr("Credly", "admin@credly-badges.net"), to=ME_P,
    subject="Action needed: your AWS badge will be revoked", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="credly-badges.net", auth_res=auth(ME_P, "credly-badges.net"), label=L("suspicious"),
    note="Credly lookalike domain phishing")

t = f"""森島様

このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。

ケース {CASE_F} のサポートについて、アンケートへのご協力をお願いいたします。
所要時間は1分ほどです。ご回答は任意です。

  https://aws-training.qualtrics.com/jfe/form/SV_tc_ja?case={CASE_F}

AWS トレーニングと認定
"""
add(73, date=d(8, 25, 10, 0), frm=addr("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"【アンケート】ケース {CASE_F} のサポートについてご意見をお聞かせください",
    parts=[("plain", t, "utf-8", "quoted-printable")], auth_res=auth(ME_P, "amazon.com"),
    label=L("survey", CASE_F), note="Japanese survey with 'ご協力をお願いいたします'")

t = f"""Hi Kenta,

A short follow-up on case {CASE_A}: our APN team let me know that Tsubame
Solutions' partner profile no longer lists your certifications, and your personal
certification account is no longer linked to any partner organization. The change
can take up to a week to appear everywhere.

This is just for your information.

Daniel
AWS Training and Certification
"""
add(74, date=d(8, 26, 1, 50, UTC), frm=TCF, to=ME_P, subject=subj(CASE_A, space=True),
    parts=[("plain", t, "utf-8", "7bit")], auth_res=auth(ME_P, "amazon.com"), parent=54,
    label=L("case_update", CASE_A), note="late FYI on an already resolved case; asks nothing")

t = """Hi Kenta,

Good news: your Microsoft Certified: Azure Administrator Associate certification is
eligible for renewal. Take the free online renewal assessment on Microsoft Learn
before the expiration date to extend it for another year.

Renew now: https://learn.microsoft.com/credentials/certifications/renew

Microsoft Learn
"""
add(75, date=d(8, 27, 9, 0, UTC), frm=addr("Microsoft Learn", "learn@email.microsoft.com"), to=ME_P,
    subject="Your certification is ready for renewal", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="email.microsoft.com", auth_res=auth(ME_P, "email.microsoft.com"), label=L("unrelated"),
    note="another vendor's certification renewal (not AWS/certmetrics)")

t = f"""Hello Kenta,

Congratulations! You have recertified AWS Certified Developer - Associate.

New expiration date: August 28, 2028
Candidate ID: {CAND_NEW}

Your digital badge will be updated on Credly within a few days.

AWS Certification
"""
add(76, date=d(8, 28, 5, 10, UTC), frm=addr("AWS Certification", CERTM), to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!",
    parts=[("plain", t, "utf-8", "7bit")], idstyle="certmetrics.com",
    auth_res=auth(ME_P, "certmetrics.com"), label=L("certification", cands=[CAND_NEW]),
    note="certmetrics recertification with candidate ID")

t = """Hello,

We were unable to verify your candidate profile after recent changes to your AWS
Certification Account. To avoid interruption to your certifications, sign in and
verify your details:

https://certmetrics-aws.profile-check.net/signin

AWS Certification
"""
add(77, date=d(8, 29, 1, 5, UTC), frm=addr("AWS Certification", CERTM), to=ME_P,
    subject="Important: verify your candidate profile", parts=[("plain", t, "utf-8", "7bit")],
    idstyle="profile-check.net", auth_res=auth(ME_P, "certmetrics.com", ok=False, mailfrom="bounce@profile-check.net"),
    label=L("suspicious"), note="spoofed certmetrics From with dkim=fail / dmarc=fail")

t = f"""AWS をご利用いただきありがとうございます。

2025年7月分の請求書が発行されました。

アカウントID: {ACCT}
請求金額: USD 4.02

お支払いは登録済みのお支払い方法に請求されます。詳細は請求とコスト管理
コンソールでご確認いただけます。

アマゾン ウェブ サービス
"""
add(78, date=d(8, 30, 9, 0), frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
    subject=f"AWS 請求書のお知らせ [アカウント: {ACCT}]", parts=[("plain", t, "utf-8", "base64")],
    auth_res=auth(ME_P, "amazon.com"), label=L("unrelated"), note="Japanese AWS billing (12-digit account ID)")


# ---------------------------------------------------------------- write
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind held-out corpus blind-86

Written blind (only PROMPT.md, shared/DOMAIN.md, shared/seeds/*.txt and shared/BLIND-CORPUS.md were read).
Regenerate with `python3 gen.py` (standard library only); it rewrites every `NNN-mail.eml`, `NNN-mail.json` and this README.

Mailbox owner: Kenta Morishima (森島 健太), leaving Tsubame Solutions Inc. (an APN partner) on 2025-07-31.
Personal address `{ME_P}`, old company address `{ME_C}` (the company mailbox closes at the end of July:
no company-addressed mail arrives after 036, and 043 is the bounce).

## Cases

| case | digits | channel | story | messages |
|---|---|---|---|---|
| {CASE_E} | 11 | T&C form, company address | Credly badge missing: ack -> info request -> closing notice -> reply -> resolved -> survey | 004 006 009 010 011 013 |
| {CASE_D} | 10 | T&C form, Japanese | asks whether the 50% voucher survives a merge: ack -> progress -> answered/closed | 016 017 018 |
| {CASE_A} | 15 | T&C form | main merge: ack -> APN hold with ask -> reply -> hold (no ask) -> confirmation (HTML table, to company address) -> self-forward -> closing notice -> confirmation from the wrong (company) address -> request to re-confirm from the personal address -> reply threaded only by In-Reply-To -> merged -> survey -> reopened by the user (voucher missing) -> progress -> Japanese info request -> reply -> resolved again -> late FYI | 020 024 026 027 030 031 034 035 036 037 038 041 045 046 050 052 054 074 |
| {CASE_B} | 15 | T&C form | duplicate form submission 20 minutes after {CASE_A}; linked to it | 021 023 |
| {CASE_C} | 11 | AWS Support Center (console) | practice-exam benefit: new case -> request (answer in Support Center) -> bounce of an email reply -> auto-resolve warning -> progress -> resolved -> survey | 047 048 (049) 051 053 055 056 |
| {CASE_F} | 15 | T&C form, mostly Japanese | third certification account created via Partner Central SSO: ack -> info request -> reply -> APN hold (no ask) -> Japanese confirmation (HTML table) -> English closing notice -> top-posted reply -> merged -> survey | 059 060 062 063 066 068 069 070 073 |

Not case numbers: AWS account ID {ACCT} (12 digits), Pearson VUE registration 472958316 and Skill Builder order 113048276 (9 digits),
one-time codes 731950 / 604118 / 482913 (6 digits), fake case 175283512000118 in the dmarc=fail mail 022 (labelled case null).
Candidate IDs: {CAND_OLD} (company account), {CAND_NEW} (personal, kept), {CAND_SSO} (SSO-created account).

Labelling decisions worth knowing:
- candidate_ids count only the author's own text; IDs inside quoted (`>`), `-----Original Message-----`, Outlook `差出人:` blocks
  and forwarded blocks (031) are excluded. IDs in non-case mail (008, 029, 044, 076) are listed.
- 031 (owner forwards support's confirmation request to himself) is `user_reply`, needs_reply false.
- 049 (bounce of a reply sent to the console no-reply address) and 043 are `unrelated`, case null.
- 023 (duplicate case linked to the original) is `case_update` on case {CASE_B}.
- 050 reports progress and then asks -> `info_request`.

## Messages

| file | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    rows = []
    for m in MESSAGES:
        lab = m["label"]
        rows.append(f"| {m['num']:03d}-mail | {lab['kind']} | {str(lab['needs_reply']).lower()} | {lab['case'] or '-'} | {m['note']} |")
    from collections import Counter
    c = Counter(m["label"]["kind"] for m in MESSAGES)
    nr = sum(m["label"]["needs_reply"] for m in MESSAGES)
    tail = "\n\n## Counts\n\n" + "\n".join(f"- {k}: {v}" for k, v in sorted(c.items())) + \
        f"\n- total: {len(MESSAGES)}; needs_reply true: {nr}\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + tail)


def main():
    for f in os.listdir(HERE):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(HERE, f))
    nums = [m["num"] for m in MESSAGES]
    assert nums == list(range(1, len(nums) + 1)), nums
    for m in MESSAGES:
        base = os.path.join(HERE, f"{m['num']:03d}-mail")
        with open(base + ".eml", "wb") as fh:
            fh.write(m["bytes"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()


if __name__ == "__main__":
    main()
