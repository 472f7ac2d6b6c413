#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-<slug>.eml and NNN-<slug>.json next to this script.
One mailbox owner: personal gmail + old company address (Exchange Online).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME = "mizuki.arakawa.0412@gmail.com"
CO = "m-arakawa@kumonoito-tech.co.jp"
ME_NAME = "Mizuki Arakawa"
ME_JA = "荒川 美月"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

C10 = "8163402957"
C11A = "12873460915"          # console case, 2023
C11B = "13350871246"          # form case, 2024
CMAIN = "174105392800417"     # main merge case, 2025
CDUP = "174105611500262"      # duplicate form submission, 2025
CNAME = "174752086100158"     # name-on-certificate case, 2025

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

rnd = random.Random(58)
MSGS = []
MID = {}
CSL = {"utf-8": "UTF-8", "iso2022_jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
       "us-ascii": "us-ascii"}


def D(y, mo, d, h, mi, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, rnd.randint(0, 59), tzinfo=tz)


def A(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def H(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def make_mid(frm_addr):
    dom = frm_addr.split("@")[1].lower()
    if dom == "amazon.com" or dom.endswith("aws") or dom == "aws.training":
        return f"<0100{hexs(12)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@email.amazonses.com>"
    if dom == "gmail.com":
        return f"<CA{alnum(40)}@mail.gmail.com>"
    if dom == "kumonoito-tech.co.jp":
        box = f"TYCPR01MB{rnd.randint(1000, 9999)}"
        return f"<{box}{alnum(12).upper()}@{box}.jpnprd01.prod.outlook.com>"
    return f"<{hexs(16)}.{rnd.randint(100000, 999999)}@{dom}>"


def auth_results(to, frm_dom, dkim="pass", spf="pass", dmarc="pass", dkim_d=None):
    dkim_d = dkim_d or frm_dom
    if to.lower().endswith("kumonoito-tech.co.jp"):
        act = "none" if dmarc == "pass" else "quarantine"
        return (f"spf={spf} (sender IP is 54.240.{rnd.randint(1, 60)}.{rnd.randint(1, 250)}) "
                f"smtp.mailfrom={frm_dom}; dkim={dkim} (signature was verified) "
                f"header.d={dkim_d};dmarc={dmarc} action={act} header.from={frm_dom};"
                f"compauth={'pass' if dmarc == 'pass' else 'fail'} reason={'100' if dmarc == 'pass' else '000'}")
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dkim_d} header.s={alnum(8).lower()} header.b={alnum(8)};\n"
            f"       spf={spf} (google.com: domain of bounces@{frm_dom} {'designates' if spf == 'pass' else 'does not designate'} {'54.240' if spf == 'pass' else '185.222'}.{rnd.randint(1, 60)}.{rnd.randint(1, 250)} as permitted sender) "
            f"smtp.mailfrom=bounces@{frm_dom};\n"
            f"       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={frm_dom}")


def enc_part(ctype, text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    head = f'Content-Type: {ctype}; charset="{CSL[cs]}"\nContent-Transfer-Encoding: {cte}\n'.encode()
    return head, body


def M(key, date, frm, to, subject, label, note, text=None, html=None, cs="utf-8",
      cte="quoted-printable", html_cs=None, html_cte=None, reply=None, refs=None,
      cc=None, crlf=False, auth=None, subj_cs="utf-8", extra=None, sent=False):
    """frm/to: (name, addr). label: (kind, needs_reply, case, candidate_ids)."""
    frm_name, frm_addr = frm
    to_addr = to[1] if isinstance(to, tuple) else to
    mid = make_mid(frm_addr)
    MID[key] = mid
    hl = []
    if not sent:
        by = ("mx.google.com" if "gmail" in to_addr else
              f"OS{rnd.randint(0, 9)}PEPF0000{rnd.randint(1000, 9999)}.jpnprd01.prod.outlook.com")
        fd = frm_addr.split('@')[1]
        relay = (f"a{rnd.randint(8, 48)}-{rnd.randint(10, 250)}.smtp-out.amazonses.com"
                 if fd.endswith(("amazon.com", "aws", "aws.training", "amazonaws.com", "certmetrics.com"))
                 and (auth or {}).get("dmarc", "pass") == "pass" else f"mail.{(auth or {}).get('dkim_d', fd)}")
        hl.append(("Received", f"from {relay} ({relay} [54.240.{rnd.randint(1, 60)}.{rnd.randint(1, 250)}])"
                   f"\n        by {by} with ESMTPS id {alnum(14)};\n        "
                   + format_datetime(date.astimezone(UTC))))
        frm_dom = frm_addr.split("@")[1]
        a = auth or {}
        hl.append(("Authentication-Results", auth_results(to_addr, frm_dom, **a)))
    hl.append(("Date", format_datetime(date)))
    hl.append(("From", A(frm_name, frm_addr)))
    hl.append(("To", A(to[0], to[1]) if isinstance(to, tuple) else to))
    if cc:
        hl.append(("Cc", cc))
    hl.append(("Subject", H(subject, subj_cs)))
    hl.append(("Message-ID", mid))
    if reply:
        hl.append(("In-Reply-To", MID[reply]))
        chain = [MID[r] for r in (refs or [])] + ([MID[reply]] if MID[reply] not in [MID[r] for r in (refs or [])] else [])
        hl.append(("References", "\n ".join(chain)))
    for k, v in (extra or []):
        hl.append((k, v))
    hl.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hl).encode()
    if text is not None and html is not None:
        b = "----=_Part_" + str(rnd.randint(10 ** 6, 10 ** 7)) + "_" + str(rnd.randint(10 ** 8, 10 ** 9))
        p1h, p1b = enc_part("text/plain", text, cs, cte)
        p2h, p2b = enc_part("text/html", html, html_cs or cs, html_cte or cte)
        body = (f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
                f"--{b}\n").encode() + p1h + b"\n" + p1b + (f"\n--{b}\n").encode() + p2h + b"\n" + p2b + (f"\n--{b}--\n").encode()
    elif html is not None:
        ph, pb = enc_part("text/html", html, html_cs or cs, html_cte or cte)
        body = ph + b"\n" + pb
    else:
        ph, pb = enc_part("text/plain", text, cs, cte)
        body = ph + b"\n" + pb
    raw = head + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, nr, case, cands = label
    MSGS.append(dict(raw=raw, kind=kind, needs_reply=nr, case=case, cands=cands,
                     note=note, subject=subject, frm=frm_addr, date=date))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_q(date, who, text):
    return f"On {date.strftime('%a, %b %-d, %Y at %-I:%M %p')} {who} wrote:\n{q(text)}\n"


def gmail_q_ja(date, who, text):
    wd = "月火水木金土日"[date.weekday()]
    return f"{date.year}年{date.month}月{date.day}日({wd}) {date.strftime('%H:%M')} {who}:\n{q(text)}\n"


def outlook_q(date, frm, to, subj, text):
    return ("\n-----Original Message-----\n"
            f"From: {frm}\nSent: {date.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\nSubject: {subj}\n\n{text.strip()}\n")


def outlook_q_ja(date, frm, to, subj, text):
    return ("\n________________________________\n"
            f"差出人: {frm}\n送信日時: {date.year}年{date.month}月{date.day}日 {date.strftime('%H:%M')}\n宛先: {to}\n件名: {subj}\n\n{text.strip()}\n")


def tc_subj(case, re="RE:"):
    return f"{re}[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"


TCF = ("Amazon Web Services", TC)
ME_T = (ME_NAME, ME)
CO_T = (ME_NAME, CO)
CO_TJ = (ME_JA, CO)
AWS_CON = ("Amazon Web Services", CONSOLE)

CONSOLE_FOOTER = (
    "\n\nTo see the full details of your case, or to reply to it, please visit the Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
    "Note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
    "We value your feedback. Please share your experience by rating this correspondence using the AWS "
    "Support Center link at the end of this correspondence. Each correspondence can also be rated by "
    "selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
    "Best regards,\nAmazon Web Services\n\n"
    "====================================================================\n"
    "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n"
)

# =====================================================================
# 2021 — still employed; company mailbox
# =====================================================================
M("pvue21", D(2021, 6, 1, 4, 12), ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), CO_T,
  "Confirmation of your exam appointment - AWS Certified Solutions Architect - Associate",
  ("unrelated", False, None, []),
  "exam vendor mail with a 9-digit registration ID and 'please arrive 30 minutes early' instructions; not a case",
  text="""Dear Mizuki Arakawa,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Registration ID: 412907338
Appointment: Monday, June 14, 2021 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo, Japan

Please arrive at least 30 minutes before your appointment to complete check-in.
You must present two valid forms of identification.

If you need to reschedule or cancel, please do so at least 24 hours before your appointment at
https://home.pearsonvue.com/aws

Sincerely,
Pearson VUE
""", cte="7bit", cs="us-ascii")

M("cert21", D(2021, 6, 15, 1, 40), ("AWS Certification", "do-not-reply@certmetrics.com"), CO_T,
  "Congratulations! You are now AWS Certified",
  ("certification", False, None, ["AWS02961473"]),
  "certmetrics congratulations; carries a candidate ID in its own text; 'log in to claim' is not a reply request",
  text="""Hello Mizuki,

Congratulations on earning the AWS Certified Solutions Architect - Associate certification!

Your AWS Certification Account
Candidate ID: AWS02961473
Validation number: Z4QK1MBC3EV1Q7S9

Log in to your AWS Certification Account to download your certificate, view your benefits (including a
50% discount on your next exam) and access the AWS Certified store.

https://www.aws.training/Certification

Thank you,
AWS Certification
""", html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Mizuki,</p>
<p>Congratulations on earning the <b>AWS Certified Solutions Architect - Associate</b> certification!</p>
<table border="0" cellpadding="4"><tr><td>Candidate ID</td><td><b>AWS02961473</b></td></tr>
<tr><td>Validation number</td><td>Z4QK1MBC3EV1Q7S9</td></tr></table>
<p>Log in to your AWS Certification Account to download your certificate, view your benefits (including a 50% discount on your next exam) and access the AWS Certified store.</p>
<p><a href="https://www.aws.training/Certification">Go to my account</a></p>
<p>Thank you,<br>AWS Certification</p></body></html>""")

M("badge21", D(2021, 6, 16, 9, 5), ("Credly", "admin@youracclaim.com"), CO_T,
  "Mizuki, you've earned a badge from Amazon Web Services Training and Certification",
  ("badge", False, None, []),
  "older Acclaim sender; 'Accept your badge' button looks like an action request",
  html="""<html><body>
<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial">
<h2>Congratulations, Mizuki!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept your badge to share your achievement on LinkedIn, Twitter and your email signature.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/7f3a29c4-1b2e-4d75-9d21-52c4c6a1e0b8"
style="background:#0073b7;color:#fff;padding:10px 18px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because Amazon Web Services Training and
Certification issued you a badge via Acclaim. Acclaim, 2021.</p>
</div></body></html>""", cte="quoted-printable")

M("ack21", D(2021, 9, 2, 7, 31), TCF, CO_T,
  f"RE: [CASE {C10}] [AWS Training and Certification Form Submission] - benefits",
  ("acknowledgement", False, C10, []),
  "10-digit case in an old-style ack; 'reply to this email with additional information' is conditional",
  text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C10} to address your issue.

The details of your case are as follows:

Case ID: {C10}
Subject: [AWS Training and Certification Form Submission] - benefits
Severity: Normal

We will get back to you as soon as possible. If you have additional information to help us resolve this
issue, simply reply to this email.

Sincerely,
Amazon Web Services
""", cte="7bit", cs="us-ascii", crlf=True)

M("res21", D(2021, 9, 3, 18, 2), TCF, CO_T,
  f"RE: [CASE {C10}] [AWS Training and Certification Form Submission] - benefits",
  ("resolved", False, C10, []),
  "short resolution; 'just reply and the case will reopen' invitation; quoted original form text",
  reply="ack21",
  text=f"""Hi Mizuki,

Good news - the 50% exam discount voucher from your Solutions Architect - Associate certification is now
showing under Benefits in your certification account. It looks like a sync delay on our side; sorry about that.

I'm marking this case as resolved. If anything still looks off, just reply here and the case will reopen.

Cheers,
Daniel
AWS Training and Certification Customer Support

---- Original request ----
> Contact reason: Benefits
> I passed SAA-C02 on June 14 but I do not see the exam discount voucher in my account.
> Could you please check?
""", cte="7bit", cs="us-ascii", crlf=True)

M("surv21", D(2021, 9, 4, 2, 15), ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), CO_T,
  f"How did we do? Your recent AWS Training and Certification case {C10}",
  ("survey", False, C10, []),
  "survey naming a case number; 'please take a minute' reads like a request",
  text=f"""Hello,

You recently contacted AWS Training and Certification Customer Support (case {C10}).
Please take a minute to tell us how we did - the survey has three questions.

  Start the survey: https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcCS?c={C10}

Your feedback helps us improve.

AWS Training and Certification
""", cte="7bit", cs="us-ascii")

M("itpw21", D(2021, 11, 10, 0, 30, JST), ("情報システム部", "it-helpdesk@kumonoito-tech.co.jp"), CO_TJ,
  "【情報システム部】パスワード有効期限のお知らせ",
  ("unrelated", False, None, []),
  "ISO-2022-JP internal IT notice with an imperative (変更してください); not support mail",
  text="""荒川 美月 様

情報システム部です。
ご利用中のアカウントのパスワード有効期限が 2021年11月17日 に切れます。
期限までに社内ポータルからパスワードを変更してください。

変更方法が分からない場合は、ヘルプデスク（内線 2210）までお問い合わせください。
本メールは送信専用です。返信いただいてもお答えできません。

株式会社くものいテクノロジーズ 情報システム部
""", cs="iso2022_jp", cte="7bit", subj_cs="iso-2022-jp",
  auth=dict(dkim="pass", spf="pass", dmarc="pass"))

# =====================================================================
# 2023 — console case about Credly (personal AWS account)
# =====================================================================
M("certexp23", D(2023, 4, 3, 16, 0), ("AWS Certification", "do-not-reply@certmetrics.com"), CO_T,
  "Your AWS Certification expires in 60 days",
  ("certification", False, None, ["AWS02961473"]),
  "expiry warning: 'recertify now' is an action but not a reply to support; candidate ID present",
  text="""Hello Mizuki Arakawa (Candidate ID: AWS02961473),

Your AWS Certified Solutions Architect - Associate certification will expire on June 14, 2023.

To maintain your certification, pass the current version of the exam (or a higher-level exam)
before the expiration date. Remember that you can use your 50% exam discount benefit.

Manage your certifications: https://www.aws.training/Certification

AWS Certification
This is an automated message. Please do not reply.
""", cte="7bit", cs="us-ascii")

M("bill23", D(2023, 5, 3, 9, 44), ("Amazon Web Services", "aws-billing@amazon.com"), ME_T,
  "Amazon Web Services Billing Statement Available [Account: 408816215733]",
  ("unrelated", False, None, []),
  "genuine AWS mail with a 12-digit account ID in the subject (not a case number)",
  text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5733, is available on
the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cte="7bit", cs="us-ascii")

ack23_text = f"""Hello,

We have received your request. Your case ID is {C11A}. You can view and respond to your case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C11A}&language=en

Case details:
Subject: Credly badges not appearing after recertification
Case ID: {C11A}
Severity: General guidance
Account: [AWS ID 408816215733]

Correspondence:
I recertified SAA in May but Credly still shows the old badge as expired. My certification email is
my company address.

Sincerely,
Amazon Web Services

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
M("ack23", D(2023, 5, 10, 3, 20), AWS_CON, ME_T,
  f"Amazon Web Services: New Support case: {C11A}",
  ("acknowledgement", False, C11A, []),
  "console 'New Support case' with 11-digit case and a 12-digit AWS ID next to it",
  text=ack23_text, cte="7bit", cs="us-ascii")

info23_text = f"""Hello,

Thank you for reaching out to AWS Support. My name is Hiroshi and I'll be working with you on this case.

I understand that after recertifying the AWS Certified Solutions Architect - Associate in May, the badge in
Credly still shows as expired. In most cases this happens when the email address on the Credly profile
does not match the certification notification address of the AWS Certification Account, or when more than
one AWS Certification Account exists. Badges are issued to the address on the certification account at the
moment the certification is awarded, so a badge may have gone to an address that is not linked to your
Credly profile. I have checked the public badge URL you included and it is tied to a different Credly user
record than the one I see for your account.

To continue the investigation I will need two details from you: the email address(es) registered on your
Credly profile, and the Candidate ID shown at the top right of the AWS Certification Account page (the one
that starts with "AWS" followed by eight digits). Kindly add them to the case through the Support Center.

Best regards,
Hiroshi K.
Amazon Web Services"""
M("info23", D(2023, 5, 11, 5, 48), AWS_CON, ME_T,
  f"RE:[CASE {C11A}] Credly badges not appearing after recertification",
  ("info_request", True, C11A, []),
  "console request buried after a long explanation, 'Kindly add them' via Support Center; rating footer below",
  text=info23_text + CONSOLE_FOOTER.format(case=C11A), cte="quoted-printable")

M("bid23", D(2023, 5, 11, 6, 2), ("AWS", "no-reply@signin.aws"), ME_T,
  "Verify your AWS Builder ID email address",
  ("unrelated", False, None, []),
  "Builder ID one-time 6-digit code, asks the reader to enter it",
  text="""Hello,

Thank you for creating an AWS Builder ID. Please confirm your email address by entering the
verification code below:

Verification code: 483920

This code expires in 30 minutes. If you did not request this, you can ignore this email.

Amazon Web Services
""", html="""<html><body><p>Hello,</p><p>Thank you for creating an AWS Builder ID. Please confirm your email
address by entering the verification code below:</p><p style="font-size:28px;letter-spacing:4px"><b>483920</b></p>
<p>This code expires in 30 minutes. If you did not request this, you can ignore this email.</p>
<p>Amazon Web Services</p></body></html>""", auth=dict(dkim_d="signin.aws"))

M("close23", D(2023, 5, 15, 6, 1), AWS_CON, ME_T,
  f"RE:[CASE {C11A}] Credly badges not appearing after recertification",
  ("closing_notice", True, C11A, []),
  "console auto-resolve warning, reply must go through Support Center; no 'please' before the ask",
  text=f"""Hello,

We haven't heard back from you regarding this case. We're still waiting on the Credly profile email and
your Candidate ID that we asked for on May 11.

If we don't receive a response, this case will be resolved automatically in 3 days. To keep it open, add a
reply to the case in the Support Center.

Thank you,
Amazon Web Services""" + CONSOLE_FOOTER.format(case=C11A), cte="7bit", cs="us-ascii")

M("upd23", D(2023, 5, 16, 2, 37), AWS_CON, ME_T,
  f"RE:[CASE {C11A}] Credly badges not appearing after recertification",
  ("case_update", False, C11A, []),
  "progress note (forwarded to Credly team, 3-5 business days); footer still talks about replying and rating",
  text=f"""Hello,

Thank you for adding the details in the Support Center.

I've confirmed that the certification account AWS02961473 is linked to a Credly user whose email is your
company address, while the badge you were looking at belongs to a second profile. I've passed this to the
team that manages the Credly integration so they can re-issue the badge to the right profile. This usually
takes 3-5 business days; I'll update the case once it's done.

Best regards,
Hiroshi K.
Amazon Web Services""" + CONSOLE_FOOTER.format(case=C11A), cte="quoted-printable")

M("zd23", D(2023, 5, 18, 11, 9), ("Datadog Support", "support@datadoghq.com"), ME_T,
  "[Datadog Support] Re: Agent not reporting on t4g instance - Ticket #1382254 closed",
  ("unrelated", False, None, []),
  "another vendor's Zendesk 'case closed / reply to reopen' wording",
  text="""##- Please type your reply above this line -##

Your request (1382254) has been closed.

Since we haven't heard back from you in a few days, we're closing this ticket. If the issue comes back,
just reply to this email and your ticket will be reopened automatically.

Hana (Datadog)
May 18, 2023, 20:09 JST

Thanks for the details. Could you run `datadog-agent status` and send us the output?

This email is a service from Datadog.
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="datadoghq.com"))

M("res23", D(2023, 5, 22, 1, 14), AWS_CON, ME_T,
  f"RE:[CASE {C11A}] Credly badges not appearing after recertification",
  ("resolved", False, C11A, []),
  "console resolution with 'reopen within 14 days' and a rating footer",
  text=f"""Hello,

The Credly team has re-issued your AWS Certified Solutions Architect - Associate badge to the profile
associated with your certification account. You should receive an email from Credly shortly, and the
expired badge on the other profile has been removed.

Since the issue is fixed I'm marking this case as resolved. Should you need anything else, you can reopen
it from the Support Center within 14 days.

Best regards,
Hiroshi K.
Amazon Web Services""" + CONSOLE_FOOTER.format(case=C11A), cte="quoted-printable")

M("badge23", D(2023, 5, 22, 4, 50), ("Credly", "admin@credly.com"), CO_T,
  "Amazon Web Services Training and Certification sent you a badge",
  ("badge", False, None, []),
  "Credly badge mail with a UUID (not a case ID)",
  text="""Hi Mizuki,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

View and share your badge:
https://www.credly.com/badges/0e5c1f8d-93a4-4c21-8b0f-2f6d74e9a1c3

Credly, Inc. - 13 East 37th Street, New York, NY 10016
""", html="""<html><body><table width="600" align="center"><tr><td>
<h2>Hi Mizuki,</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/0e5c1f8d-93a4-4c21-8b0f-2f6d74e9a1c3">View and share your badge</a></p>
</td></tr></table></body></html>""", auth=dict(dkim_d="credly.com"))

# =====================================================================
# 2024 — form case, two certification accounts on the company address (Japanese agent)
# =====================================================================
M("ack24", D(2024, 1, 15, 8, 3), TCF, CO_T,
  tc_subj(C11B, "RE: "),
  ("acknowledgement", False, C11B, []),
  "form ack with 11-digit case, 'do not open another case' and a conditional reply invitation",
  text=f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {C11B} for your request.

Case ID: {C11B}
Subject: [AWS Training and Certification Form Submission] - account-assistance

A member of our team will respond, usually within 24 hours. If you have already opened a case, please do
not open another case for the same request, as this may delay our response. If there is anything you
would like to add, you can reply to this email.

Regards,
AWS Training and Certification Customer Support
""", html=f"""<html><body><p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. We have opened case <b>{C11B}</b> for your request.</p>
<p>Case ID: {C11B}<br>Subject: [AWS Training and Certification Form Submission] - account-assistance</p>
<p>A member of our team will respond, usually within 24 hours. If you have already opened a case, please do not open
another case for the same request, as this may delay our response. If there is anything you would like to add, you
can reply to this email.</p><p>Regards,<br>AWS Training and Certification Customer Support</p></body></html>""")

conf24_text = f"""荒川様

AWS トレーニングと認定カスタマーサポートの佐藤でございます。
お問い合わせいただきありがとうございます。

お客様のメールアドレスで検索いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

アカウント 1
  候補 ID: AWS02961473
  ログインメール: {CO}
  認定通知メール: {CO}
  取得済み認定: AWS Certified Solutions Architect - Associate

アカウント 2
  候補 ID: AWS06610358
  ログインメール: {CO}（AWS Partner Central 経由のサインイン）
  認定通知メール: {CO}
  取得済み認定: なし

アカウント 2 の情報をアカウント 1 に統合し、アカウント 1 を残す形でよろしいでしょうか。
統合後はアカウント 2 にはサインインできなくなります。
お手数ですが、ご確認のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
d_conf24 = D(2024, 1, 16, 1, 22)
M("conf24", d_conf24, ("AWS Training and Certification", TC), CO_T,
  tc_subj(C11B, "RE: "),
  ("confirmation_request", True, C11B, ["AWS02961473", "AWS06610358"]),
  "Japanese keigo confirmation in Shift_JIS, base64; アカウント 1/2 instead of Account #1/#2",
  text=conf24_text, cs="shift_jis", cte="base64")

conf24b_text = """Hi Mizuki-san,

Adding a short English version of my colleague's note below, in case that's easier to work with.

We found two certification accounts under the same login address. The older one (AWS02961473) holds your
Solutions Architect certification; the newer one (AWS06610358) was created through Partner Central and is
empty. Our plan is to fold AWS06610358 into AWS02961473. Is that what you want, or is there a reason to keep
the newer one?

Mei
AWS Training and Certification Customer Support

""" + q(conf24_text)
M("conf24b", D(2024, 1, 16, 2, 10), ("AWS Training and Certification", TC), CO_T,
  tc_subj(C11B, "RE: "),
  ("confirmation_request", True, C11B, ["AWS02961473", "AWS06610358"]),
  "second agent top-posts an English recap above the quoted Japanese request; ends in a bare either/or question",
  text=conf24b_text, cte="quoted-printable", reply="conf24", refs=["ack24"])

rep24_text = f"""佐藤様

ご確認ありがとうございます。
アカウント1（AWS02961473）を残す形で統合をお願いいたします。

荒川
""" + outlook_q_ja(d_conf24.astimezone(JST), f"AWS Training and Certification <{TC}>", CO,
                    tc_subj(C11B, "RE: "), conf24_text)
M("rep24", D(2024, 1, 16, 3, 5), CO_TJ, ("AWS Training and Certification", TC),
  "RE: " + tc_subj(C11B, "RE: "),
  ("user_reply", False, C11B, ["AWS02961473"]),
  "owner's Japanese Outlook reply (差出人/送信日時 header block) quoting the request with two IDs",
  text=rep24_text, cs="utf-8", cte="base64", reply="conf24", refs=["ack24"], sent=True)

res24_text = f"""荒川様

佐藤でございます。
ご返信ありがとうございました。

アカウント 2（AWS06610358）をアカウント 1（AWS02961473）に統合いたしました。
今後は通常どおりアカウント 1 にサインインしてご利用いただけます。

ほかにご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート
""" + outlook_q_ja(d_conf24.astimezone(JST), f"AWS Training and Certification <{TC}>", CO,
                    tc_subj(C11B, "RE: "), conf24_text)
M("res24", D(2024, 1, 16, 7, 40), ("AWS Training and Certification", TC), CO_T,
  tc_subj(C11B, "RE: "),
  ("resolved", False, C11B, ["AWS06610358", "AWS02961473"]),
  "Japanese completion in ISO-2022-JP; conditional ご返信ください and the whole old request quoted below",
  text=res24_text, cs="iso2022_jp", cte="7bit", reply="rep24", refs=["ack24", "conf24"])

M("surv24", D(2024, 1, 17, 23, 0), ("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), CO_T,
  f"AWS トレーニングと認定サポートに関するアンケートのお願い（ケース {C11B}）",
  ("survey", False, C11B, []),
  "Japanese survey with お願い in the subject and ご協力ください",
  text=f"""このたびは AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。

ケース番号: {C11B}

サービス向上のため、1 分程度のアンケートへのご協力をお願いいたします。
https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcCSja?c={C11B}

※本メールは送信専用のアドレスからお送りしています。
""", cte="quoted-printable", subj_cs="utf-8")

M("amzn24", D(2024, 6, 3, 11, 2, JST), ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_T,
  "Amazon.co.jp ご注文の商品を発送しました",
  ("unrelated", False, None, []),
  "Shift_JIS shopping mail from an amazon domain with an order number",
  text="""荒川 美月 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を本日発送いたしました。

注文番号: 250-4412907-3381520
お届け予定: 6月5日 水曜日

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp カスタマーサービス
""", cs="shift_jis", cte="base64", subj_cs="shift_jis", auth=dict(dkim_d="amazon.co.jp"))

# =====================================================================
# 2025 — leaving the company; main merge case + duplicate
# =====================================================================
M("hr25", D(2025, 2, 21, 1, 15), ("人事部 労務グループ", "jinji@kumonoito-tech.co.jp"), CO_TJ,
  "【人事部】退職手続きのご案内（3/14 最終出社）",
  ("unrelated", False, None, []),
  "internal HR mail in ISO-2022-JP that asks for a reply (ご返信ください) — but not to AWS support",
  text="""荒川 美月 さん

人事部 労務グループです。
3月14日付の退職にあたり、以下の手続きをお願いします。

1. 貸与 PC・入館証の返却（最終出社日 17:00 まで）
2. 健康保険証の返却
3. 離職票の送付先住所の確認

3. について、送付先住所を 2月28日 までに本メールへご返信ください。
なお、会社のメールアカウントは最終出社日の 18:00 に停止されます。

人事部 労務グループ
""", cs="iso2022_jp", cte="7bit", subj_cs="iso-2022-jp")

M("mkt25", D(2025, 3, 3, 3, 0), ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_T,
  "AWS Summit Japan 2025 登録受付開始のお知らせ",
  ("unrelated", False, None, []),
  "AWS marketing in Japanese with a 'register now' call to action",
  text="""AWS Summit Japan 2025 の登録受付を開始しました。

日程: 2025年6月25日（水）・26日（木）
会場: 幕張メッセ

今すぐ登録して、200 以上のセッションから興味のあるものを選択してください。
https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから設定を変更してください。
Amazon Web Services Japan G.K.
""", html="""<html><body><h1>AWS Summit Japan 2025</h1><p>登録受付を開始しました。</p>
<table><tr><td>日程</td><td>2025年6月25日（水）・26日（木）</td></tr><tr><td>会場</td><td>幕張メッセ</td></tr></table>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">配信停止をご希望の場合は、こちらから設定を変更してください。</p></body></html>""")

ackmain_text = f"""お問い合わせいただきありがとうございます。

ケース {CMAIN} を開始しました。

ケースの詳細は以下のとおりです。
ケース ID: {CMAIN}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より通常 24 時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。
追加の情報がございましたら、このメールにご返信ください。

Amazon Web Services
"""
M("ackmain", D(2025, 3, 4, 2, 5), TCF, ME_T, tc_subj(CMAIN),
  ("acknowledgement", False, CMAIN, []),
  "Japanese form ack, UTF-8 base64, 15-digit case; 追加の情報がございましたら…ご返信ください is conditional",
  text=ackmain_text, cte="base64")

M("ackdup", D(2025, 3, 4, 2, 42), TCF, CO_T, tc_subj(CDUP, "RE: "),
  ("acknowledgement", False, CDUP, []),
  "second ack for the same request (duplicate form submission from the company address); CRLF",
  text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CDUP} to address your issue.

The details of your case are as follows:

Case ID: {CDUP}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge

We'll respond as soon as possible, usually within 24 hours. Please do not open a new case for the same
request; duplicate cases slow down our response. If you want to add details, reply to this email.

Sincerely,
Amazon Web Services
""", crlf=True)

M("gh25", D(2025, 3, 4, 9, 17), ("Ryo Tanabe", "notifications@github.com"), ME_T,
  "Re: [mizuki-a/terraform-aws-basics] Bump hashicorp/aws to 5.89 (PR #412)",
  ("unrelated", False, None, []),
  "GitHub 'Merged #412 into main' — the word merged outside any case",
  text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mizuki-a/terraform-aws-basics/pull/412#event-16532970112
You are receiving this because you authored the thread.

Message ID: <mizuki-a/terraform-aws-basics/pull/412/issue_event/16532970112@github.com>
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="github.com"))

dupinfo_text = f"""Hi,

Thanks for your request to merge certification accounts.

This case came in from {CO}, which is the address on the account you asked us to retire. For security
reasons we can only act on a merge when the request comes from the address of the account that will be
kept. We need you to write to us from {ME} - replying to this email from that mailbox is fine.

Tomasz
AWS T&C Support"""
d_dupinfo = D(2025, 3, 5, 0, 12)
M("dupinfo", d_dupinfo, TCF, CO_T, tc_subj(CDUP, "RE: "),
  ("info_request", True, CDUP, []),
  "terse 'we need you to write from the other address' — an ask without please, sent to the old address",
  text=dupinfo_text, cte="7bit", cs="us-ascii", reply="ackdup")

holdask_text = f"""Hello Mizuki,

Thank you for contacting AWS Training and Certification, my name is Lucía and I'm following up on your
request to merge your certification accounts.

While reviewing the accounts I found that the certification account registered under
{CO} (AWS02961473) is associated with an AWS Partner Network (APN) organization,
Kumonoito Technologies Inc. Certifications on partner-linked accounts count toward the partner's tier
requirements, so we don't merge them into a personal account while the person is still employed there
without checking first. I have placed the merge on hold for now.

Could you confirm whether you are leaving Kumonoito Technologies, and if so, what your last working day
is? Once I have that I can ask our Partner team to release the association.

Kind regards,
Lucía
AWS Training and Certification Customer Support"""
holdask_html = "<html><body>" + "".join(
    f"<p>{p.replace(chr(10), '<br>')}</p>" for p in holdask_text.split("\n\n")) + "</body></html>"
d_holdask = D(2025, 3, 5, 1, 30)
M("holdask", d_holdask, TCF, ME_T, tc_subj(CMAIN),
  ("on_hold", True, CMAIN, ["AWS02961473"]),
  "APN hold that asks a question (leaving? last day?); multipart; the ask follows an explanation",
  text=holdask_text, html=holdask_html, reply="ackmain")

M("fwddup", D(2025, 3, 5, 1, 45), CO_TJ, (ME_NAME, ME),
  "FW: " + tc_subj(CDUP, "RE: "),
  ("user_reply", False, CDUP, []),
  "owner forwards the support request from the old address to himself/herself — quoted ask, nothing to do",
  text="""自分用メモ：会社アドレスではなく個人アドレスから返信すること。もう一つのケースと重複しているかも。

""" + "\n________________________________\n差出人: Amazon Web Services <" + TC + ">\n"
  f"送信日時: 2025年3月5日 9:12\n宛先: {CO}\n件名: {tc_subj(CDUP, 'RE: ')}\n\n" + dupinfo_text + "\n",
  cte="quoted-printable", reply="dupinfo", sent=True)

rep_hold_text = """Hi Lucía,

Yes, I'm leaving. My last working day at Kumonoito Technologies is March 14, 2025, and my company
mailbox will be shut down that evening. I'd like everything to end up on my personal account.

Thanks,
Mizuki

""" + gmail_q(d_holdask.astimezone(JST), f"Amazon Web Services <{TC}>", holdask_text)
M("rephold", D(2025, 3, 5, 3, 58), ME_T, ("Amazon Web Services", TC), tc_subj(CMAIN, "Re: RE:"),
  ("user_reply", False, CMAIN, []),
  "owner's Gmail reply confirming departure; quoted hold mail contains the question and an ID",
  text=rep_hold_text, cte="quoted-printable", reply="holdask", refs=["ackmain"], sent=True)

M("repdup", D(2025, 3, 5, 4, 10), CO_T, ("Amazon Web Services", TC), "RE: " + tc_subj(CDUP, "RE: "),
  ("user_reply", False, CDUP, []),
  "wrong-address reply from the old mailbox mentioning the OTHER case number in its text",
  text=f"""Hello Tomasz,

Sorry, I submitted the form twice by mistake. The same request is already open as case {CMAIN},
which I opened from {ME}. Please close this one and continue there.

Best regards,
Mizuki Arakawa
""" + outlook_q(d_dupinfo.astimezone(JST), f"Amazon Web Services <{TC}>", CO, tc_subj(CDUP, "RE: "),
                dupinfo_text), cte="quoted-printable", reply="dupinfo", refs=["ackdup"], sent=True)

M("dupclosed", D(2025, 3, 5, 22, 3), TCF, CO_T, tc_subj(CDUP, "RE: "),
  ("resolved", False, CDUP, []),
  "duplicate closed at the owner's request; names the other case; 'nothing else needed'",
  text=f"""Hi Mizuki,

No problem - I've closed this case as a duplicate. Your merge request continues under case {CMAIN},
where my colleague is already working with you. There's nothing else needed on this one.

Tomasz
AWS T&C Support
""", cte="7bit", cs="us-ascii", reply="repdup")

holdwait_text = f"""Hi Mizuki,

Thanks for confirming, and congratulations on the next step!

I've sent a request to our Partner team to remove the association between {CO} and the
Kumonoito Technologies partner profile. They usually take 2-3 business days. The merge stays on hold until
they're done; I'll write again as soon as I hear back.

Kind regards,
Lucía"""
M("holdwait", D(2025, 3, 6, 0, 45), TCF, ME_T, tc_subj(CMAIN),
  ("on_hold", False, CMAIN, []),
  "hold that asks nothing (waiting on the Partner team)",
  text=holdwait_text, html="<html><body>" + "".join(
      f"<p>{p.replace(chr(10), '<br>')}</p>" for p in holdwait_text.split("\n\n")) + "</body></html>",
  reply="rephold", refs=["ackmain", "holdask"])

hold2_text = f"""Hello again Mizuki,

A quick follow-up from the Partner team: because Kumonoito Technologies has an active partner
administrator, they'd like the admin to acknowledge the change before the association is removed. The
merge remains on hold until that happens.

Who is the partner administrator on your side? A name and email address is enough - we'll contact them
directly. If you already know they're unavailable, mention that too and we'll look for another route.

Kind regards,
Lucía"""
d_hold2 = D(2025, 3, 6, 23, 40)
M("hold2", d_hold2, TCF, ME_T, tc_subj(CMAIN),
  ("on_hold", True, CMAIN, []),
  "second hold: waiting on the partner admin, ask phrased as a bare question ('Who is…?')",
  text=hold2_text, cte="quoted-printable", reply="holdwait", refs=["ackmain", "holdask", "rephold"])

M("phish1", D(2025, 3, 7, 6, 33), ("AWS Training & Certification", "support@aws-certsupport-center.com"), ME_T,
  "Action required: confirm your certification account merge within 24 hours",
  ("suspicious", False, None, []),
  "lookalike domain; perfect DKIM for its own domain; urgent confirmation ask with a link",
  text="""Dear AWS Certified Professional,

We received a request to merge your AWS Certification accounts. To avoid losing your certifications,
exam history and benefits, you must confirm the merge within 24 hours:

https://aws-certsupport-center.com/merge/confirm?id=AWS7718&session=3b1f

If you do not confirm, your certification account will be suspended.

AWS Training and Certification Support Team
""", html="""<html><body><p>Dear AWS Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts. To avoid losing your certifications, exam
history and benefits, <b>you must confirm the merge within 24 hours</b>:</p>
<p><a href="https://aws-certsupport-center.com/merge/confirm?id=AWS7718&session=3b1f">Confirm merge</a></p>
<p>If you do not confirm, your certification account will be suspended.</p>
<p>AWS Training and Certification Support Team</p></body></html>""",
  auth=dict(dkim_d="aws-certsupport-center.com"))

M("ooo25", D(2025, 3, 7, 7, 2), ("高橋 健司", "k-takahashi@kumonoito-tech.co.jp"), CO_TJ,
  "自動応答: APNパートナープロフィールの件",
  ("unrelated", False, None, []),
  "Japanese out-of-office auto-reply from a colleague (the partner admin)",
  text="""【自動応答】
3月7日（金）～3月11日（火）は休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は partner-admin@kumonoito-tech.co.jp までご連絡ください。
3月12日以降、順次ご返信いたします。

高橋
""", cte="base64", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("rephold2", D(2025, 3, 7, 8, 15), ME_T, ("Amazon Web Services", TC), tc_subj(CMAIN, "Re: RE:"),
  ("user_reply", False, CMAIN, []),
  "owner names the partner admin and mentions the auto-reply; contains another person's address",
  text="""Hi Lucía,

The partner admin is Kenji Takahashi (k-takahashi@kumonoito-tech.co.jp). I emailed him this morning but
got an out-of-office reply until March 11; his backup is partner-admin@kumonoito-tech.co.jp.

Mizuki

""" + gmail_q(d_hold2.astimezone(JST), f"Amazon Web Services <{TC}>", hold2_text),
  cte="quoted-printable", reply="hold2", refs=["ackmain", "holdask", "holdwait"], sent=True)

M("repost25", D(2025, 3, 8, 2, 0), ("AWS re:Post", "no-reply@repost.aws"), ME_T,
  "Your question received an answer: Certification account merge after leaving an APN partner",
  ("unrelated", False, None, []),
  "AWS community notification about the same topic, 'accept the answer' call to action",
  text="""Hi Mizuki,

Your question "Certification account merge after leaving an APN partner" received a new answer:

  "Support needs the partner association removed first. Ask your partner admin to remove you from the
   partner profile in Partner Central, then reply on your case." - EXPERT

If this answer solved your problem, accept it so others can find it:
https://repost.aws/questions/QU8f2xPq7mR1-certification-account-merge

AWS re:Post
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="repost.aws"))

infomain_text = f"""Hi Mizuki,

Good news - the Partner team has removed the link between your old certification account and the
Kumonoito Technologies partner profile, so the hold is lifted and I can prepare the merge.

One thing I couldn't find: the certification account you created with {ME}. The Builder ID exists,
but I see two profiles that could match and I don't want to guess. Send me the Candidate ID shown at the
top right of the certification portal when you're signed in with your personal Builder ID, and I'll get the
merge lined up.

Kind regards,
Lucía"""
d_infomain = D(2025, 3, 10, 1, 5)
M("infomain", d_infomain, TCF, ME_T, tc_subj(CMAIN),
  ("info_request", True, CMAIN, []),
  "mixed mail: progress news first, then an imperative ask ('Send me the Candidate ID') with no please",
  text=infomain_text, cte="quoted-printable", reply="rephold2", refs=["ackmain", "holdask", "holdwait", "hold2"])

M("repinfo", D(2025, 3, 10, 2, 31), ME_T, ("Amazon Web Services", TC), tc_subj(CMAIN, "Re: RE:"),
  ("user_reply", False, CMAIN, ["AWS05128846", "AWS02961473"]),
  "owner gives two candidate IDs in the new text above a quoted ask",
  text="""Hi Lucía,

It's AWS05128846 (signed in with the personal Builder ID just now).
The old company one is AWS02961473, in case you need it.

Mizuki

""" + gmail_q(d_infomain.astimezone(JST), f"Amazon Web Services <{TC}>", infomain_text),
  cte="quoted-printable", reply="infomain", refs=["ackmain", "holdask", "holdwait"], sent=True)

confmain_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Mizuki,</p>
<p>My name is Ken and I'm taking over your request from my colleague Lucía. Thank you for sending the Candidate ID.</p>
<p>Before we run an account merge we always lay out the accounts involved, because the merge is permanent: exam history,
certifications, digital badges and benefits from the secondary account are moved into the primary one, and the
secondary account is deactivated. It can't be reversed afterwards.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05128846</td><td>AWS02961473</td></tr>
<tr><td>Login email</td><td>{ME}</td><td>{CO}</td></tr>
<tr><td>Training notification email</td><td>{ME}</td><td>{CO}</td></tr>
<tr><td>Certification notification email</td><td>{ME}</td><td>{CO}</td></tr>
<tr><td>Active certifications</td><td>&mdash;</td><td>Solutions Architect &ndash; Associate, Developer &ndash; Associate</td></tr>
</table>
<p>Based on your request, Account #1 would remain as the primary account and Account #2 would be merged into it.
Kindly reply confirming this is correct, or tell me if you'd rather keep Account #2.</p>
<p>Best regards,<br>Ken<br>AWS Training and Certification Customer Support</p>
</body></html>"""
confmain_plain_for_quote = f"""Hello Mizuki,

My name is Ken and I'm taking over your request from my colleague Lucía. Thank you for sending the Candidate ID.

Before we run an account merge we always lay out the accounts involved, because the merge is permanent: exam history, certifications, digital badges and benefits from the secondary account are moved into the primary one, and the secondary account is deactivated. It can't be reversed afterwards.

Account #1
Candidate ID: AWS05128846
Login email: {ME}
Training notification email: {ME}
Certification notification email: {ME}

Account #2
Candidate ID: AWS02961473
Login email: {CO}
Training notification email: {CO}
Certification notification email: {CO}

Based on your request, Account #1 would remain as the primary account and Account #2 would be merged into it. Kindly reply confirming this is correct, or tell me if you'd rather keep Account #2.

Best regards,
Ken
AWS Training and Certification Customer Support"""
d_confmain = D(2025, 3, 11, 6, 20)
M("confmain", d_confmain, TCF, ME_T, tc_subj(CMAIN),
  ("confirmation_request", True, CMAIN, ["AWS05128846", "AWS02961473"]),
  "HTML-only mail; Account #1/#2 in a table; the ask ('Kindly reply confirming') comes after a long preamble",
  html=confmain_html, cte="quoted-printable", reply="repinfo",
  refs=["ackmain", "holdask", "holdwait", "infomain"])

M("zenn25", D(2025, 3, 11, 12, 0), ("Zenn", "noreply@zenn.dev"), ME_T,
  "今週のトレンド記事: AWS 認定アカウントを統合する手順まとめ ほか",
  ("unrelated", False, None, []),
  "Japanese newsletter whose headline is about merging certification accounts",
  text="""今週 Zenn で読まれている記事

1. AWS 認定アカウントを統合する手順まとめ（転職前にやること）
2. Terraform 1.11 の新機能を試す
3. Bedrock Agents で社内 FAQ ボットを作る

記事を読む: https://zenn.dev/trending

配信設定の変更: https://zenn.dev/settings/email
""", cte="8bit", auth=dict(dkim_d="zenn.dev"))

M("phish2", D(2025, 3, 12, 5, 14), TCF, ME_T, tc_subj(CMAIN),
  ("suspicious", False, None, []),
  "From and subject copy the real case (even the case number) but Authentication-Results show dkim=fail, dmarc=fail",
  text=f"""Hello Mizuki,

To complete the merge of your certification accounts we must verify your identity. Please sign in with
your Builder ID at the secure link below and re-enter your password and MFA code:

https://aws-training-verify.support-login.net/case/{CMAIN}

Requests not verified within 48 hours will be cancelled.

AWS Training and Certification Customer Support
""", cte="7bit", cs="us-ascii",
  auth=dict(dkim="fail", spf="softfail", dmarc="fail", dkim_d="support-login.net"))

M("sb25", D(2025, 3, 13, 0, 10), ("AWS Skill Builder", "no-reply@aws.training"), ME_T,
  "Your AWS Skill Builder subscription receipt",
  ("unrelated", False, None, []),
  "AWS training platform receipt with an order number; not case mail",
  text="""Thank you for your purchase.

Order number: 7734-2209-1184
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: Mar 13, 2025 - Apr 12, 2025

Manage your subscription at https://skillbuilder.aws/account

AWS Training and Certification
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="aws.training"))

closemain_text = f"""Hi Mizuki,

Following up on Ken's message from Tuesday about the account merge. I still need your go-ahead on which
account to keep before anything can be moved.

If we don't hear from you by March 17, we'll assume the request is no longer needed and close the case.
A reply to this email at any time will keep it open or reopen it.

Thanks,
Aaron
AWS Training and Certification Customer Support"""
d_closemain = D(2025, 3, 13, 23, 50)
M("closemain", d_closemain, TCF, ME_T, tc_subj(CMAIN),
  ("closing_notice", True, CMAIN, []),
  "closing notice in new wording ('assume the request is no longer needed'), third agent, no 'please'",
  text=closemain_text, cte="7bit", cs="us-ascii", reply="confmain",
  refs=["ackmain", "holdask", "holdwait", "infomain", "repinfo"])

confirm_text = """Confirmed. Please merge into Account #1 (mizuki.arakawa.0412@gmail.com) and keep it as the primary.
Sorry for the slow answer, today is my last day at the office.

Mizuki

""" + gmail_q(d_closemain.astimezone(JST), f"Amazon Web Services <{TC}>", closemain_text) + "\n" + \
    q(gmail_q(d_confmain.astimezone(JST), f"Amazon Web Services <{TC}>", confmain_plain_for_quote)) + "\n"
d_confirm = D(2025, 3, 14, 0, 35)
M("confirm", d_confirm, ME_T, ("Amazon Web Services", TC), tc_subj(CMAIN, "Re: RE:"),
  ("user_reply", False, CMAIN, []),
  "top-posted 'Confirmed' over two levels of quoted history (closing notice + table request with IDs)",
  text=confirm_text, cte="quoted-printable", reply="closemain",
  refs=["ackmain", "holdask", "infomain", "confmain"], sent=True)

resmain_text = """Hello Mizuki,

I have successfully merged all accounts. Your exam history, certifications and benefits are now on
Account #1 (AWS05128846) and Account #2 has been deactivated. Please allow up to 24 hours for Credly to
reissue your digital badges under your personal email address. No further action is required from you.

Best of luck with the new role!

Ken
AWS Training and Certification Customer Support

How did we do? You may receive a short survey about this case.
""" + outlook_q(d_confmain.astimezone(dt.timezone(dt.timedelta(hours=-7))),
                f"Amazon Web Services <{TC}>", ME, tc_subj(CMAIN), confmain_plain_for_quote)
d_resmain = D(2025, 3, 14, 2, 2)
M("resmain", d_resmain, TCF, ME_T, tc_subj(CMAIN),
  ("resolved", False, CMAIN, ["AWS05128846"]),
  "'successfully merged' with the full earlier confirmation request (Kindly reply confirming…) quoted Outlook-style",
  text=resmain_text, cte="quoted-printable", reply="confirm",
  refs=["ackmain", "holdask", "infomain", "confmain", "closemain"], crlf=True)

M("survmain", D(2025, 3, 14, 2, 50), ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_T,
  f"Tell us about your recent support experience (Case {CMAIN})",
  ("survey", False, CMAIN, []),
  "survey; multipart with rating buttons",
  text=f"""Hi Mizuki,

You recently worked with AWS Training and Certification Customer Support on case {CMAIN}.
How satisfied were you with the support you received?

Rate your experience: https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcCS?c={CMAIN}

It takes less than a minute.
""", html=f"""<html><body><p>Hi Mizuki,</p><p>You recently worked with AWS Training and Certification Customer Support on case {CMAIN}.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>{''.join(f'<td><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcCS?c={CMAIN}&r={i}">{i}</a></td>' for i in range(1, 6))}</tr></table>
<p>It takes less than a minute.</p></body></html>""")

M("badge25a", D(2025, 3, 14, 3, 12), ("Credly", "admin@credly.com"), ME_T,
  "You've been issued a new badge: AWS Certified Solutions Architect - Associate",
  ("badge", False, None, []),
  "Credly reissue right after the merge, 'Claim your badge' call to action",
  html="""<html><body><div style="max-width:600px;margin:auto">
<img src="https://images.credly.com/logo.png" alt="Credly">
<h2>Congratulations, Mizuki Arakawa!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Solutions Architect - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f9d6e21-7a54-4b08-b1c2-9e0c4d7f5a16">Claim your badge</a></p>
<p style="color:#888;font-size:11px">Credly, a Pearson company. You are receiving this email because an issuer awarded you a badge.</p>
</div></body></html>""", auth=dict(dkim_d="credly.com"))

M("badge25b", D(2025, 3, 14, 3, 13), ("Credly", "admin@credly.com"), ME_T,
  "You've been issued a new badge: AWS Certified Developer - Associate",
  ("badge", False, None, []),
  "second Credly badge a minute later, base64 html",
  html="""<html><body><div style="max-width:600px;margin:auto">
<h2>Congratulations, Mizuki Arakawa!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/b61e0a3d-55c9-4e7f-8d1a-0c2b7f94e3d8">Claim your badge</a></p>
</div></body></html>""", cte="base64", auth=dict(dkim_d="credly.com"))

M("bounce25", D(2025, 3, 17, 1, 4), ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_T,
  "Delivery Status Notification (Failure)",
  ("unrelated", False, None, []),
  "bounce of a forward to the closed company mailbox; quotes the case subject and 'successfully merged'",
  text=f"""** Address not found **

Your message wasn't delivered to {CO} because the address couldn't be found, or is unable to
receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {CO} not found by SMTP address lookup

----- Original message -----

From: {ME_NAME} <{ME}>
To: {CO}
Subject: Fwd: {tc_subj(CMAIN)}

---------- Forwarded message ---------
From: Amazon Web Services <{TC}>
Subject: {tc_subj(CMAIN)}

Hello Mizuki,

I have successfully merged all accounts. Your exam history, certifications and benefits are now on
Account #1 (AWS05128846) and Account #2 has been deactivated.
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="googlemail.com"))

reopen_text = """Hi Ken,

Sorry to come back to this. I checked the merged account today: the Developer - Associate exam from
2023 is there, but the Solutions Architect exam I took on June 14, 2021 is missing from the exam history,
and the 50% discount benefit has disappeared as well. Everything else looks fine.

Mizuki

""" + gmail_q(d_resmain.astimezone(JST), f"Amazon Web Services <{TC}>", resmain_text.split("\n-----Original")[0])
M("reopen", D(2025, 3, 18, 10, 26), ME_T, ("Amazon Web Services", TC), tc_subj(CMAIN, "Re: RE:"),
  ("user_reply", False, CMAIN, []),
  "owner replies to the resolved mail (reopens the case); reports a problem but asks support, not the reverse",
  text=reopen_text, cte="quoted-printable", reply="resmain", refs=["ackmain", "confmain", "confirm"], sent=True)

upd25_text = """荒川様

AWS トレーニングと認定カスタマーサポートの森と申します。
ご連絡いただきありがとうございます。

ご指摘の件につきまして、本ケースを再オープンし、認定チームに試験履歴の調査を依頼いたしました。
調査結果が分かり次第、改めてご連絡いたします。

なお、追加の情報がございましたら、本メールにご返信ください。

森
AWS トレーニングと認定 カスタマーサポート
"""
M("upd25", D(2025, 3, 19, 0, 40), ("AWS Training and Certification", TC), ME_T, tc_subj(CMAIN),
  ("case_update", False, CMAIN, []),
  "Japanese progress note (reopened, escalated) in ISO-2022-JP with a conditional ご返信ください",
  text=upd25_text, cs="iso2022_jp", cte="7bit", reply="reopen", refs=["ackmain", "resmain"])

infoja_text = """荒川様

森でございます。
認定チームより、2021年6月の試験記録は旧アカウントとも別の受験者レコードに登録されている可能性があると
回答がありました。記録を特定するため、以下の 2 点をお知らせいただけますでしょうか。

・受験時の Pearson VUE 登録 ID（9 桁の番号）
・受験日および受験会場

確認メールがお手元に残っていない場合は、その旨をお知らせいただければ、別の方法で調査いたします。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

森
AWS トレーニングと認定 カスタマーサポート
"""
d_infoja = D(2025, 3, 20, 2, 15)
M("infoja", d_infoja, ("AWS Training and Certification", TC), ME_T, tc_subj(CMAIN),
  ("info_request", True, CMAIN, []),
  "Japanese keigo ask (お知らせいただけますでしょうか) after news from the certification team; mentions 9-digit ID only abstractly",
  text=infoja_text, html="<html><body>" + "".join(
      f"<p>{p.replace(chr(10), '<br>')}</p>" for p in infoja_text.split("\n\n")) + "</body></html>",
  cte="quoted-printable", reply="reopen", refs=["ackmain", "resmain", "upd25"])

M("mslearn25", D(2025, 3, 21, 16, 30), ("Microsoft Learn", "learn-noreply@microsoft.com"), ME_T,
  "Action required: Your Microsoft certification is ready for renewal",
  ("unrelated", False, None, []),
  "another vendor's certification renewal, 'Action required' subject",
  text="""Hi Mizuki,

Your Microsoft Certified: Azure Administrator Associate certification expires on September 20, 2025.
You can renew it for free by passing an online assessment on Microsoft Learn.

Renew now: https://learn.microsoft.com/credentials/renew

Microsoft Learn
One Microsoft Way, Redmond, WA 98052
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="microsoft.com"))

closeja_text = """荒川様

森でございます。
3月20日にお送りしたご依頼（受験時の登録 ID と受験日のご確認）につきまして、まだご返信をいただけておりません。

3 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されますのでご安心ください。

森
AWS トレーニングと認定 カスタマーサポート
"""
d_closeja = D(2025, 3, 25, 1, 0)
M("closeja", d_closeja, ("AWS Training and Certification", TC), ME_T, tc_subj(CMAIN),
  ("closing_notice", True, CMAIN, []),
  "Japanese closing notice, Shift_JIS quoted-printable; reminder + 3営業日 deadline + reopen note",
  text=closeja_text, cs="shift_jis", cte="quoted-printable", reply="infoja",
  refs=["ackmain", "resmain", "upd25"])

M("repja", D(2025, 3, 25, 11, 48), (ME_JA, ME), ("AWS Training and Certification", TC),
  "Re: 2021年の試験履歴について",
  ("user_reply", False, CMAIN, ["AWS02961473"]),
  "owner changed the subject (no case number): thread only via In-Reply-To/References; 9-digit registration ID",
  text="""森様

ご連絡が遅くなり申し訳ありません。
Pearson VUE の確認メールが残っていました。

登録 ID: 412907338
受験日: 2021年6月14日 10:00
会場: Pearson Professional Centers-Tokyo

当時の候補 ID は AWS02961473 です。
よろしくお願いいたします。

荒川

""" + gmail_q_ja(d_closeja.astimezone(JST), f"AWS Training and Certification <{TC}>", closeja_text),
  cte="base64", reply="closeja", refs=["ackmain", "resmain", "upd25", "infoja"], sent=True)

resja_text = """荒川様

森でございます。
ご提供いただいた情報をもとに、2021年6月14日の AWS Certified Solutions Architect - Associate の
試験記録をアカウント（AWS05128846）へ移行いたしました。あわせて、50% 割引の特典も再発行しております。

本件に関してお客様にご対応いただくことはございません。
このたびはご不便をおかけし、申し訳ございませんでした。

森
AWS トレーニングと認定 カスタマーサポート

> 荒川様
> 調査のため、以下の 2 点をお知らせいただけますでしょうか。
> ・受験時の Pearson VUE 登録 ID（9 桁の番号）
> ・受験日および受験会場
"""
M("resja", D(2025, 3, 27, 5, 30), ("AWS Training and Certification", TC), ME_T, tc_subj(CMAIN),
  ("resolved", False, CMAIN, ["AWS05128846"]),
  "Japanese completion (対応いただくことはございません) with the old keigo ask quoted below",
  text=resja_text, cte="8bit", reply="repja", refs=["ackmain", "resmain", "infoja", "closeja"])

M("certfb25", D(2025, 3, 28, 15, 0), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_T,
  "AWS Certification wants to hear from you",
  ("certification", False, None, []),
  "certmetrics feedback invitation: 'we want to hear from you', 'share your thoughts'",
  text="""Hello Mizuki,

AWS Certification wants to hear from you! We're inviting a small group of AWS Certified individuals to
share their thoughts on the certification program and exam experience.

The survey takes about 10 minutes. Share your thoughts by April 11:
https://www.certmetrics.com/amazon/survey/2025Q1

Thank you for being part of the AWS Certified community.
AWS Certification
""", html="""<html><body><p>Hello Mizuki,</p><p><b>AWS Certification wants to hear from you!</b> We're inviting a small group of AWS
Certified individuals to share their thoughts on the certification program and exam experience.</p>
<p>The survey takes about 10 minutes. <a href="https://www.certmetrics.com/amazon/survey/2025Q1">Share your thoughts</a> by April 11.</p>
<p>Thank you for being part of the AWS Certified community.<br>AWS Certification</p></body></html>""",
  auth=dict(dkim_d="certmetrics.com"))

M("signin25", D(2025, 4, 2, 8, 11), ("AWS", "no-reply@login.awsapps.com"), ME_T,
  "Your AWS Builder ID sign-in verification code",
  ("unrelated", False, None, []),
  "6-digit sign-in code mail from an AWS domain",
  text="""Hello,

Someone is trying to sign in to your AWS Builder ID from a new device.

Verification code: 905146

If this was you, enter the code to finish signing in. If not, change your password right away.

Amazon Web Services
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="login.awsapps.com"))

M("phish3", D(2025, 4, 10, 3, 21), ("AWS認定 事務局", "info@aws-nintei-jp.com"), ME_T,
  "【重要】AWS認定資格の失効に関するお知らせ",
  ("suspicious", False, None, []),
  "Japanese phishing from a lookalike domain, urges ログインして確認してください within 72 hours",
  text="""AWS認定資格をお持ちのお客様

アカウント統合の処理に不備があったため、お客様の認定資格が一時的に無効となっております。
72時間以内に下記URLよりログインし、本人確認を完了してください。
完了いただけない場合、認定資格は失効となります。

https://aws-nintei-jp.com/verify?uid=58114

AWS トレーニングと認定 事務局
""", cte="base64", auth=dict(dkim_d="aws-nintei-jp.com"))

M("recert25", D(2025, 4, 15, 18, 5), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_T,
  "Congratulations on recertifying your AWS Certification!",
  ("certification", False, None, ["AWS05128846"]),
  "recertification notice arriving on the merged personal account; candidate ID",
  text="""Hello Mizuki,

Congratulations on recertifying your AWS Certified Developer - Associate certification!
Your new expiration date is April 15, 2028.

Candidate ID: AWS05128846

Your updated digital badge will be issued through Credly. You can also download your certificate from your
AWS Certification Account.

AWS Certification
""", cte="quoted-printable", auth=dict(dkim_d="certmetrics.com"))

M("billalert25", D(2025, 4, 20, 7, 55), ("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_T,
  "AWS Free Tier limit alert",
  ("unrelated", False, None, []),
  "AWS usage alert with a 12-digit account ID and 'please review'",
  text="""Hello,

Your AWS account 408816215733 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of April.

Product: Amazon EC2  Usage: 637 hrs  Limit: 750 hrs

Please review your usage at https://console.aws.amazon.com/billing/home#/freetier

Amazon Web Services
""", cte="7bit", cs="us-ascii", auth=dict(dkim_d="costalerts.amazonaws.com"))

M("phish4", D(2025, 4, 29, 13, 40), ("Credly Badges", "notify@credly-badge-center.com"), ME_T,
  "Your AWS badge will be revoked - verify ownership",
  ("suspicious", False, None, []),
  "Credly lookalike with dmarc=none on a fake domain; asks to verify",
  text="""Hi,

Due to a recent AWS certification account merge, the ownership of your badge "AWS Certified Solutions
Architect - Associate" could not be verified. Reply with your Builder ID email and password or verify here:

https://credly-badge-center.com/verify

Credly Support
""", cte="7bit", cs="us-ascii", auth=dict(dkim="none", spf="pass", dmarc="none", dkim_d="credly-badge-center.com"))

# =====================================================================
# 2025-05 — name on certificate case
# =====================================================================
M("ackname", D(2025, 5, 17, 22, 28), TCF, ME_T, f"RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("acknowledgement", False, CNAME, []),
  "plain-text ack for a different inquiry (name on certificate), different subject tail",
  text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CNAME} to address your issue.

The details of your case are as follows:
Case ID: {CNAME}
Subject: [AWS Training and Certification Form Submission] - certification

You can expect a response within 24 hours. Please don't submit another request for the same issue.

Sincerely,
Amazon Web Services
""", cte="7bit", cs="us-ascii")

infoname_text = f"""Hi Mizuki,

I'm Nadia from the Certification team. I'm looking at your request to change the name printed on your
certificates from "Mizuki Arakawa" to "Mizuki Arakawa-Hoshino".

Name changes have to match the ID you would present at a test center. Could you let us know your name
exactly as it appears on your government-issued ID, including the order of given name and family name?
We don't need a copy of the ID itself.

Thanks,
Nadia
AWS Certification Support"""
d_infoname = D(2025, 5, 19, 16, 2)
M("infoname", d_infoname, TCF, ME_T, f"RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("info_request", True, CNAME, []),
  "'Could you let us know' ask plus an explicit 'we don't need a copy' (negative phrasing near the ask)",
  text=infoname_text, cte="quoted-printable", reply="ackname")

M("connpass", D(2025, 5, 19, 23, 0), ("connpass", "no-reply@connpass.com"), ME_T,
  "【connpass】JAWS-UG 東京 #62 への参加登録が完了しました",
  ("unrelated", False, None, []),
  "Japanese event registration with 受付番号 and 当日は…提示してください",
  text="""荒川 美月 さん

JAWS-UG 東京 #62 への参加登録が完了しました。

受付番号: 318804
日時: 2025/06/05(木) 19:00～21:00
会場: 目黒セントラルスクエア

当日は受付で受付番号を提示してください。
キャンセルする場合はイベントページから手続きしてください。

connpass
""", cte="base64", auth=dict(dkim_d="connpass.com"))

repname_text = """Hi Nadia,

It's ARAKAWA-HOSHINO MIZUKI on my passport (family name first). For the certificate I'd prefer
"Mizuki Arakawa-Hoshino". My candidate ID is AWS05128846.

Thanks!
Mizuki

""" + gmail_q(d_infoname.astimezone(JST), f"Amazon Web Services <{TC}>", infoname_text)
M("repname", D(2025, 5, 20, 1, 12), ME_T, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("user_reply", False, CNAME, ["AWS05128846"]),
  "owner answers with a candidate ID; quoted 'Could you let us know' below",
  text=repname_text, cte="quoted-printable", reply="infoname", refs=["ackname"], sent=True)

info2_text = f"""Hi Mizuki,

Thanks, that's clear.

Your profile still has the mailing address in Tokyo from 2021 (Kumonoito Technologies, Chiyoda-ku). Is that
still where you want any printed material to go, or should I update it? Certificates are PDFs, so this only
matters for the occasional physical welcome kit.

Nadia"""
d_info2 = D(2025, 5, 20, 17, 30)
M("info2", d_info2, TCF, ME_T,
  f"RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("info_request", True, CNAME, []),
  "bare question without please/could, softened by 'this only matters for…'; CRLF",
  text=info2_text, html="<html><body>" + "".join(
      f"<p>{p.replace(chr(10), '<br>')}</p>" for p in info2_text.split("\n\n")) + "</body></html>",
  cte="quoted-printable", reply="repname", refs=["ackname", "infoname"], crlf=True)

M("repaddr", D(2025, 5, 21, 0, 5), ME_T, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("user_reply", False, CNAME, []),
  "short owner answer with a new address",
  text="""Please update it - the company address is no longer valid. New one:
3-12-8 Kichijoji-Honcho, Musashino-shi, Tokyo 180-0004, Japan

Mizuki

""" + gmail_q(d_info2.astimezone(JST), f"Amazon Web Services <{TC}>", info2_text),
  cte="quoted-printable", reply="info2", refs=["ackname", "infoname", "repname"], sent=True)

M("updname", D(2025, 5, 21, 18, 44), TCF, ME_T,
  f"RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("case_update", False, CNAME, []),
  "progress: address changed, name change queued, 'no action needed while we wait'",
  text="""Hi Mizuki,

Quick update: I've changed the mailing address on your profile. The name change is queued with the team
that regenerates certificates; it normally takes up to 5 business days and there's nothing you need to do
in the meantime. I'll let you know when the new PDFs are available.

Nadia
""", cte="7bit", cs="us-ascii", reply="repaddr", refs=["ackname", "infoname", "repname", "info2"])

M("resname", D(2025, 5, 27, 20, 10), TCF, ME_T,
  f"RE:[CASE {CNAME}] [AWS Training and Certification Form Submission] - certification",
  ("resolved", False, CNAME, []),
  "resolution with a feedback footer that says 'please let us know'",
  text=f"""Hi Mizuki,

Your certificates now show "Mizuki Arakawa-Hoshino". You can download them from the Certifications page of
your AWS Certification Account. This case ({CNAME}) is now resolved.

Nadia
AWS Certification Support

--
Was this response helpful? Please let us know by rating it:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_tcCS?c={CNAME}&src=footer
""", cte="quoted-printable", reply="updname", refs=["ackname", "infoname", "info2"])

M("pvue25", D(2025, 6, 2, 6, 0), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_T,
  "AWS 認定試験のご予約確認",
  ("unrelated", False, None, []),
  "Japanese exam-vendor confirmation with 9-digit 登録 ID and instructions",
  text="""荒川 美月 様

Pearson VUE にて AWS 認定試験をご予約いただき、ありがとうございます。

試験: SAP-C02 AWS Certified Solutions Architect - Professional
登録 ID: 530118274
日時: 2025年6月28日 13:30
形式: OnVUE（オンライン監督試験）

試験開始 30 分前にはチェックインを開始してください。
予約の変更・キャンセルは 24 時間前までに行ってください。

Pearson VUE
""", cte="quoted-printable", auth=dict(dkim_d="pearson.com"))


# =====================================================================
def slug(i, m):
    h = hashlib.sha1((str(i) + m["subject"] + m["frm"]).encode()).hexdigest()[:7]
    return f"{i:03d}-m{h}"


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        s = slug(i, m)
        with open(os.path.join(HERE, s + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
               "candidate_ids": m["cands"]}
        with open(os.path.join(HERE, s + ".json"), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((s, m))
    return rows


README_HEAD = f"""me: {ME} {CO}

# Blind held-out corpus 58

Mailbox owner: Mizuki Arakawa (荒川 美月). Personal address `{ME}` (Gmail; receiving server
`mx.google.com`); old company address `{CO}` (Exchange Online; the mailbox is closed on
2025-03-14, the last working day). The owner's own sent mails carry no Authentication-Results.

Regenerate with `python3 gen.py` (standard library only). Files are numbered in arrival order.

## Cases

| case | digits | channel | story |
|---|---|---|---|
| {C10} | 10 | T&C form, company address, 2021 | missing exam voucher: ack -> resolved -> survey |
| {C11A} | 11 | AWS Support Center (console), personal, 2023 | Credly badge: New Support case -> request (answer in Support Center) -> auto-resolve warning -> update -> resolved |
| {C11B} | 11 | T&C form, company address, 2024 | two certification accounts on one address (Japanese agent): ack -> confirmation (JA, Shift_JIS) -> English recap top-posted -> owner reply -> merged -> survey |
| {CMAIN} | 15 | T&C form, personal, 2025 | the merge: JA ack -> APN hold with question -> reply -> hold (no ask) -> hold asking for partner admin -> reply -> info request (candidate ID) -> reply -> Account #1/#2 HTML table -> closing notice -> "Confirmed" -> merged -> survey/badges -> owner reopens -> update (JA) -> info request (JA) -> closing notice (JA) -> reply with changed subject -> resolved (JA) |
| {CDUP} | 15 | T&C form, company address, 2025 | duplicate submission of the same merge: ack -> "write from the address you keep" -> owner forwards to self -> wrong-address reply -> closed as duplicate |
| {CNAME} | 15 | T&C form, personal, 2025 | name on certificate: ack -> info request -> reply -> bare-question request -> reply -> update -> resolved |

Not case numbers: 12-digit AWS account ID 408816215733, Pearson VUE registration IDs 412907338 / 530118274,
6-digit codes 483920 / 905146 / 318804, Amazon order and Skill Builder order numbers, Credly badge UUIDs,
GitHub PR #412, Datadog ticket 1382254.

## Messages

| file | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


if __name__ == "__main__":
    rows = main()
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD)
        for s, m in rows:
            fh.write(f"| {s} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | {m['case'] or '-'} | "
                     f"{m['note'].replace('|', '/')} |\n")
        counts = {}
        for _, m in rows:
            counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        fh.write(f"\n{len(rows)} messages; needs_reply true: {sum(m['needs_reply'] for _, m in rows)}. Per kind: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ".\n")
    print(len(rows), "messages written")
