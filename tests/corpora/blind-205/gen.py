#!/usr/bin/env python3
"""Blind corpus blind-205: mailbox of Aoi Senda (personal + Kurobe Systems address).

Writes NNN-msg.eml / NNN-msg.json / README.md next to this script.  Standard library only.
"""
import os, json, email.utils, hashlib, datetime, collections
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email import charset as _cs

OUT = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Aoi Senda"
ME_JA = "千田 葵"
ME_P = "senda.aoi.dev@gmail.com"          # personal
ME_C = "a.senda@kurobe-systems.co.jp"     # company (Kurobe Systems, an APN partner), closes 31 Mar

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174099684600218"   # merge company -> personal (T&C form), long thread
CASE_B = "174104531200947"   # duplicate form sent from the company address
CASE_C = "174286819900355"   # Support Center console case: 50% voucher missing after merge
CASE_D = "12960337418"       # 2023 case (11 digits) reopened: recertification date wrong
CASE_E = "174417616700681"   # Japanese case: romanised name on certificate
CASE_F = "174476449100147"   # third account created by Partner Central SSO

CID_OLD = "AWS03318462"   # company certification account
CID_NEW = "AWS09127735"   # personal certification account
CID_SSO = "AWS07745120"   # stray SSO account

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


def _mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def _hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset=cs)


def _part(text, subtype="plain", charset="utf-8", cte=None):
    if charset == "utf-8":
        c = _cs.Charset("utf-8")
        if cte == "qp":
            c.body_encoding = _cs.QP
        elif cte == "8bit":
            c.body_encoding = None
        else:
            c.body_encoding = _cs.BASE64
        return MIMEText(text, subtype, c)
    if charset == "us-ascii":
        return MIMEText(text, subtype, "us-ascii")
    return MIMEText(text, subtype, charset)  # iso-2022-jp (7bit) / shift_jis (base64)


def auth(host, domain, ok=True, mailfrom=None, dkim=True):
    mailfrom = mailfrom or ("bounces." + domain if ok else domain)
    if ok:
        return ("%s;\n       dkim=pass header.i=@%s header.s=s2025a header.b=Qk3mT9xa;\n"
                "       spf=pass (%s: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (host, domain, host.split(".", 1)[-1], mailfrom, len(domain) + 20, mailfrom, domain))
    return ("%s;\n       dkim=%s header.i=@%s;\n"
            "       spf=fail (%s: domain of %s does not designate 185.222.58.17 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=%s"
            % (host, "fail" if dkim else "none", domain, host.split(".", 1)[-1], mailfrom, mailfrom, domain))


def mk(kind, reply, case, cands, note, *, date, frm, to, subj, text=None, html=None,
       charset="utf-8", cte=None, html_charset=None, reply_to=None, auth_res=None, cc=None,
       extra=(), crlf=False, mid_domain=None, name_cs="utf-8", subj_cs="utf-8", tag=None):
    """date: 'YYYY-MM-DD HH:MM:SS +ZZZZ'. frm/to: (name, addr). reply_to: previous message id."""
    n = len(MSGS) + 1
    dt = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(_part(text, "plain", charset, cte))
        body.attach(_part(html, "html", html_charset or charset, cte))
    elif html is not None:
        body = _part(html, "html", html_charset or charset, cte)
    else:
        body = _part(text, "plain", charset, cte)
    raw = body.as_bytes()
    mhead, mbody = raw.split(b"\n\n", 1)
    if b"MIME-Version" not in mhead:
        mhead = b"MIME-Version: 1.0\n" + mhead
    fdom = frm[1].split("@")[1]
    mid = _mid("blind205-%d-%s" % (n, tag or subj), mid_domain or
               ("email.amazonses.com" if fdom.endswith("amazon.com") else
                "mail.gmail.com" if fdom == "gmail.com" else fdom))
    H = []
    to_addr = to[1] if isinstance(to, tuple) else to
    if auth_res:
        H.append("Return-Path: <%s>" % (extra_rp(extra) or ("010f0195" + hashlib.md5(mid.encode()).hexdigest()[:20] + "@" +
                                          ("amazonses.com" if fdom.endswith("amazon.com") else fdom))))
        H.append("Received: from %s (%s)\n        by %s with ESMTPS id %s\n        for <%s>; %s" % (
            "a8-33.smtp-out.amazonses.com" if fdom.endswith("amazon.com") else "mail." + fdom,
            "54.240.8.33" if fdom.endswith("amazon.com") else "203.0.113.%d" % (n % 200 + 20),
            "mx.google.com" if to_addr.endswith("gmail.com") else "mx1.kurobe-systems.co.jp",
            hashlib.md5(mid.encode()).hexdigest()[:18], to_addr, email.utils.format_datetime(dt)))
        H.append("Authentication-Results: " + auth_res)
    H.append("Date: " + email.utils.format_datetime(dt))
    H.append("From: " + _addr(frm[0], frm[1], name_cs))
    if isinstance(to, tuple):
        H.append("To: " + _addr(to[0], to[1]))
    else:
        H.append("To: " + to)
    if cc:
        H.append("Cc: " + cc)
    if subj_cs != "utf-8":
        H.append("Subject: " + Header(subj, subj_cs).encode())
    else:
        H.append("Subject: " + _hdr(subj))
    H.append("Message-ID: " + mid)
    if reply_to:
        prev = [m for m in MSGS if m["mid"] == reply_to]
        refs = (prev[0]["refs"] + [reply_to]) if prev else [reply_to]
        H.append("In-Reply-To: " + reply_to)
        H.append("References: " + "\n ".join(refs))
    else:
        refs = []
    for k, v in extra:
        if k != "Return-Path":
            H.append("%s: %s" % (k, v))
    data = ("\n".join(H)).encode("ascii") + b"\n" + mhead + b"\n\n" + mbody
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, kind=kind, reply=reply, case=case, cands=list(cands), note=note,
                     data=data, mid=mid, refs=refs if reply_to else []))
    return mid


def extra_rp(extra):
    for k, v in extra:
        if k == "Return-Path":
            return v
    return None


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


AWS = ("Amazon Web Services", TC)
MEP = (ME_NAME, ME_P)
MEC = (ME_NAME, ME_C)
GA = lambda d: auth("mx.google.com", d)
KA = lambda d: auth("mx1.kurobe-systems.co.jp", d)

TC_FOOTER = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Training and Certification survey link that follows the close of your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""


# ----------------------------------------------------------------------------------------------
# March 2025: the merge (case A), its duplicate (case B), noise around it
# ----------------------------------------------------------------------------------------------

def part1():
    mk("unrelated", False, None, [], "GitHub: PR merged notification; the word 'merged' and a 'Reply to this email' footer",
       date="2025-03-01 22:10:44 +0000", frm=("Kenta Ishiguro", "notifications@github.com"), to=MEP,
       subj="Re: [aoisenda/tf-aws-landing] Split IAM module into account-baseline (PR #41)",
       auth_res=GA("github.com"), mid_domain="github.com",
       extra=(("List-ID", "aoisenda/tf-aws-landing <tf-aws-landing.aoisenda.github.com>"),
              ("X-GitHub-Reason", "author")),
       text="""Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aoisenda/tf-aws-landing/pull/41#event-16602231187
You are receiving this because you authored the thread.
""")

    mk("certification", False, None, [CID_OLD],
       "CertMetrics expiry reminder to the company address; program mail, not a case; contains the candidate ID",
       date="2025-03-02 14:00:07 +0000", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=MEC,
       subj="Your AWS Certification expires in 90 days",
       auth_res=KA("certmetrics.com"), cte="qp",
       text="""Hello Aoi Senda,

Candidate ID: %s

Your AWS Certified Developer - Associate certification expires on 31 May 2025. To keep it active,
pass the current version of the exam, or a higher-level exam in the same path, before that date.

Recertifying through a Professional exam renews the Associate certification in the same path as well.

Go to your AWS Certification Account to schedule an exam and to find the benefits available to you.

Regards,
AWS Training and Certification

This mailbox is not monitored. For help, visit https://aws.amazon.com/certification/contact-us/
""" % CID_OLD)

    mk("unrelated", False, None, [], "Builder ID one-time code (6 digits), not case mail",
       date="2025-03-03 10:02:51 +0000", frm=("AWS Builder ID", "no-reply@signin.aws"), to=MEP,
       subj="Verify your AWS Builder ID email address", auth_res=GA("signin.aws"),
       html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p><p>Use the following code to verify your email address for your AWS Builder ID.</p>
<p style="font-size:28px;letter-spacing:4px"><b>471 093</b></p>
<p>This code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this email.</p>
<p style="color:#777">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p></body></html>""")

    global A1
    A1 = mk("acknowledgement", False, CASE_A, [],
            "Standard acknowledgement; 'do not open another case' sounds like an instruction but asks nothing",
            date="2025-03-03 10:14:06 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"),
            subj="[CASE %s] %s" % (CASE_A, SUBJ_TC), cte="qp",
            text="""Hello,

Thank you for reaching out to AWS Training and Certification. This note confirms we have received your request and opened case %s for it.

Case details
  Case ID: %s
  Inquiry type: Certification
  Additional details: Account Merge
  Contact email: %s

A member of our team normally responds within 24 hours; some requests need longer so we can get them right. To keep things moving, please don't submit the same request again in a new case - any reply to this email is added to the existing case.

Best regards,
AWS Training and Certification Customer Service
%s""" % (CASE_A, CASE_A, ME_P, TC_FOOTER))

    global B1
    B1 = mk("acknowledgement", False, CASE_B, [],
            "Japanese acknowledgement (ISO-2022-JP) of the accidental duplicate opened from the company address",
            date="2025-03-03 23:41:52 +0000", frm=("Amazon Web Services", TC), to=MEC, auth_res=KA("amazon.com"),
            subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
            charset="iso-2022-jp",
            text="""千田 葵 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。
すでに同じ内容でケースを作成されている場合は、重複を避けるため新たなケースの作成はお控えください。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

今後ともよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
""" % (CASE_B, CASE_B))

    global K1
    K1 = mk("unrelated", False, None, [],
            "Colleague asking about handover (questions, but a colleague, not support)",
            date="2025-03-04 09:12:30 +0900", frm=("石黒 健太", "k.ishiguro@kurobe-systems.co.jp"), to=MEC,
            subj="引き継ぎ資料の件", auth_res=KA("kurobe-systems.co.jp"), charset="iso-2022-jp",
            subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
            text="""千田さん

お疲れさまです。石黒です。
月末の退職に向けて、引き継ぎ資料のドラフトはいつ頃いただけそうでしょうか。
特に Terraform の state 移行手順と、顧客 A 社の Control Tower 周りを厚めにお願いしたいです。

金曜の定例で一度目線合わせできればと思います。

石黒
""")

    global A2
    A2 = mk("info_request", True, CASE_A, [],
            "First real request: three numbered questions, no 'please', ends with a plain question list",
            date="2025-03-04 02:47:19 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A1,
            subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hello Aoi,

My name is Priya and I will be looking after your merge request. Before I can locate both records, I need a few details:

1. The candidate ID (format AWS followed by 8 digits) of each certification account. It is shown at the top right after you sign in.
2. Are you currently employed by Kurobe Systems? Some company accounts are linked to the AWS Partner Network and need extra steps.
3. Which email address should remain the login for the merged account?

Once I have these, I can check the records.

Kind regards,
Priya S.
AWS Training and Certification
%s""" % TC_FOOTER)

    global A3
    A3 = mk("user_reply", False, CASE_A, [CID_OLD, CID_NEW],
            "Owner answers numbered questions inline under '>' lines and asks her own questions",
            date="2025-03-04 21:05:33 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=A2,
            subj="Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hi Priya,

Thank you. Answers inline.

On Tue, 4 Mar 2025 at 11:47, Amazon Web Services <%s> wrote:
> 1. The candidate ID (format AWS followed by 8 digits) of each certification account. It is shown at the top right after you sign in.

Company account (a.senda@kurobe-systems.co.jp): %s
Personal account (this address): %s

> 2. Are you currently employed by Kurobe Systems? Some company accounts are linked to the AWS Partner Network and need extra steps.

Yes, until 31 March. Kurobe Systems is an AWS partner, so the company account is probably linked.

> 3. Which email address should remain the login for the merged account?

%s please.

Two questions from my side:
- Will the 50%% exam discount voucher on the company account move to the personal account?
- Do my Credly badges follow automatically, or do I need to claim them again?

Best regards,
Aoi Senda
""" % (TC, CID_OLD, CID_NEW, ME_P))

    mk("unrelated", False, None, [],
       "AWS billing statement from no-reply-aws@amazon.com (the console-case sender), 12-digit account ID",
       date="2025-03-05 01:31:02 +0000", frm=("Amazon Web Services", CONSOLE), to=MEP, auth_res=GA("amazon.com"),
       subj="Amazon Web Services Billing Statement Available [Account: 408817265530]",
       text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5530, is available on the AWS web site. Your account will be charged the following:

Total: $3.41

You can see a complete breakdown of all charges on the Bills page located at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""")

    global A4
    A4 = mk("info_request", True, CASE_A, [],
            "Outlook 'see answers below' with [AWS] markers between the owner's quoted lines; the one new question (last working day) sits after quoted item 2; the answers to her own questions ask nothing",
            date="2025-03-05 06:22:40 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A3,
            subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), cte="qp",
            text="""Hi Aoi,

Thanks for the quick reply. Please see my answers below, marked [AWS].

Priya S.
AWS Training and Certification

-----Original Message-----
From: Aoi Senda <%s>
Sent: Tuesday, March 4, 2025 12:05 PM
To: Amazon Web Services <%s>
Subject: Re: RE:[CASE %s] %s

Company account (a.senda@kurobe-systems.co.jp): %s
Personal account (this address): %s

[AWS] Thank you, I found both records.

> 2. Are you currently employed by Kurobe Systems?
Yes, until 31 March. Kurobe Systems is an AWS partner, so the company account is probably linked.

[AWS] It is linked to the Kurobe Systems partner organisation. To raise this with our partner team, I need the date of your last working day written in your reply - is 31 March 2025 final, or could it still move?

- Will the 50%% exam discount voucher on the company account move to the personal account?

[AWS] Yes. Unused benefits, including exam discount vouchers, move with the exam history.

- Do my Credly badges follow automatically, or do I need to claim them again?

[AWS] They follow automatically. Credly will e-mail you at the kept address after the merge.
%s""" % (ME_P, TC, CASE_A, SUBJ_TC, CID_OLD, CID_NEW, TC_FOOTER))

    mk("case_update", False, CASE_B, [],
       "Duplicate closed and linked to case A; says no action is needed; quotes the Japanese ack",
       date="2025-03-05 07:03:11 +0000", frm=AWS, to=MEC, auth_res=KA("amazon.com"), reply_to=B1,
       subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
       text="""Hello,

This request is the same as case %s, which a colleague is already working on with you at your personal address. To avoid crossed messages I have linked the two and closed this one. You don't need to do anything here; all further correspondence will happen on case %s.

Regards,
Marco
AWS Training and Certification

----- 元のメッセージ -----
> 千田 葵 様
>
> AWS トレーニングと認定にお問い合わせいただきありがとうございます。
> ケース %s を作成いたしました。
""" % (CASE_A, CASE_A, CASE_B))

    global A5
    A5 = mk("user_reply", False, CASE_A, [],
            "Owner's short inline answer in Gmail style with nested '>>' history",
            date="2025-03-05 19:40:02 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=A4,
            subj="Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hi Priya,

On Wed, Mar 5, 2025 at 3:22 PM Amazon Web Services <%s> wrote:
> [AWS] It is linked to the Kurobe Systems partner organisation. To raise this
> with our partner team, I need the date of your last working day written in
> your reply - is 31 March 2025 final, or could it still move?

It is final: my last working day at Kurobe Systems is 31 March 2025.

Thanks for the answers about the voucher and Credly.

Aoi

> >> 2. Are you currently employed by Kurobe Systems?
> >> Yes, until 31 March.
""" % TC)

    mk("unrelated", False, None, [], "Pearson VUE appointment confirmation (exam vendor, 9-digit registration ID)",
       date="2025-03-06 03:15:27 +0000", frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=MEP,
       subj="Pearson VUE Confirmation of Exam Appointment", auth_res=GA("pearson.com"),
       html="""<html><body><table width="600" style="font-family:Verdana;font-size:12px">
<tr><td><h2>Thank you for scheduling with Pearson VUE!</h2></td></tr>
<tr><td>Registration ID: <b>512207384</b><br>Exam: SAP-C02: AWS Certified Solutions Architect - Professional<br>
Appointment: Saturday, April 12, 2025, 10:00 AM JST<br>Delivery: OnVUE online proctored</td></tr>
<tr><td><p>Please run the system test before exam day. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.</p>
<p>Questions? Contact Pearson VUE customer service. Do not reply to this email.</p></td></tr></table></body></html>""")

    global A6
    A6 = mk("on_hold", False, CASE_A, [],
            "Partner hold; inline reply under the owner's quoted answer; 'nothing needed from you' - no reply required",
            date="2025-03-06 08:51:09 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A5,
            subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hello Aoi,

> It is final: my last working day at Kurobe Systems is 31 March 2025.

Thank you. Because the company record belongs to an AWS Partner Network organisation, the merge cannot go ahead until our partner operations team releases it from the Kurobe Systems roster. I have opened that request with them and placed your case on hold while they work on it; this usually takes three to five business days.

Nothing is needed from you at the moment. I will update this case as soon as I hear back.

Best,
Priya S.
AWS Training and Certification
%s""" % TC_FOOTER)

    mk("suspicious", False, None, [],
       "Lookalike domain, credential link, urgent 'confirm your merge' wording with a fake case number",
       date="2025-03-07 01:12:45 +0000",
       frm=("AWS Training and Certification", "case-update@aws-trainingcert-support.com"), to=MEP,
       subj="RE:[CASE 174102998800412] Action required: confirm your certification account merge",
       auth_res=auth("mx.google.com", "aws-trainingcert-support.com", ok=True),
       html="""<html><body style="font-family:Arial">
<img src="https://aws-trainingcert-support.com/static/aws-logo.png" alt="aws"><br>
<p>Dear Candidate,</p>
<p>Your certification account merge is pending. Partner verification failed and your certifications will be <b>revoked within 24 hours</b> unless you confirm ownership.</p>
<p>Please sign in with your AWS Builder ID and password to confirm:</p>
<p><a href="https://aws-trainingcert-support.com/verify?c=174102998800412">Confirm account merge</a></p>
<p>Alternatively reply to this email with your Builder ID password and candidate ID.</p>
<p>AWS Training and Certification Support</p></body></html>""")

    global K2
    K2 = mk("unrelated", False, None, [],
            "Manager answers the owner's handover questions inline (Outlook '<<' markers) and asks one back; a colleague, not support",
            date="2025-03-07 11:48:00 +0900", frm=("Daisuke Mori", "d.mori@kurobe-systems.co.jp"), to=MEC,
            subj="RE: Handover plan / questions", auth_res=KA("kurobe-systems.co.jp"),
            text="""Aoi,

See answers inline below, marked <<DM>>.

Daisuke

From: Aoi Senda <a.senda@kurobe-systems.co.jp>
Sent: Thursday, March 6, 2025 6:02 PM
To: Daisuke Mori <d.mori@kurobe-systems.co.jp>
Subject: Handover plan / questions

1. Can Kenta take over the Tsubame Logistics account from 17 March?
<<DM>> Yes, I have told him.
2. Should I return the laptop to IT or to you?
<<DM>> To IT, on the 31st. Can you book a slot with them this week and send me the time?
3. Is the company going to keep paying for my Skill Builder subscription until the end of the month?
<<DM>> Yes, it renews on the 8th and we won't cancel it early.
""")

    mk("unrelated", False, None, [], "Skill Builder subscription receipt from no-reply@aws.training",
       date="2025-03-08 00:04:18 +0000", frm=("AWS Skill Builder", "no-reply@aws.training"), to=MEC,
       subj="Your AWS Skill Builder receipt", auth_res=KA("aws.training"), cte="qp",
       html="""<html><body style="font-family:Arial">
<h3>Thanks for your purchase</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Period</th><th>Amount</th></tr>
<tr><td>AWS Skill Builder Individual subscription</td><td>8 Mar 2025 &ndash; 7 Apr 2025</td><td>USD 29.00</td></tr>
</table>
<p>Order number: SB-4471-88231-0943</p>
<p>Manage your subscription in AWS Skill Builder. This is an automated message; replies are not monitored.</p>
</body></html>""")

    global A7
    A7 = mk("on_hold", True, CASE_A, [],
            "Still on hold, but the partner team needs a written statement: the request sits in the middle of a status paragraph, inline under quoted text",
            date="2025-03-10 05:36:58 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A6,
            subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hi Aoi,

A short update on the hold, inline below.

> I have opened that request with them and placed your case on hold while they work on it

The partner operations team has picked this up and the case stays on hold with them. They have one requirement before they release the record: a statement from you, in a reply to this case, that you are leaving Kurobe Systems on 31 March 2025 and agree that your certifications will no longer count toward the Kurobe Systems partner roster. One sentence covering both points is enough. After that it normally takes them one or two business days.

> Nothing is needed from you at the moment.

That has changed only because of the statement above; otherwise the hold is unchanged.

Priya S.
AWS Training and Certification
%s""" % TC_FOOTER)

    global A8
    A8 = mk("user_reply", False, CASE_A, [],
            "Owner replies from the COMPANY address by mistake (sent copy in the mailbox)",
            date="2025-03-10 18:22:15 +0900", frm=MEC, to=("Amazon Web Services", TC), reply_to=A7,
            subj="RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hello Priya,

I confirm that I am leaving Kurobe Systems on 31 March 2025 and I agree that my certifications will no longer count toward the Kurobe Systems partner roster.

Best regards,
Aoi Senda
Cloud Engineer, Kurobe Systems Co., Ltd.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, March 10, 2025 2:36 PM
To: senda.aoi.dev@gmail.com
Subject: RE:[CASE %s] %s

Hi Aoi,

A short update on the hold, inline below.
""" % (TC, CASE_A, SUBJ_TC))

    global A9
    A9 = mk("info_request", True, CASE_A, [],
            "Wrong-address reply: support asks her to send the same statement again from the personal address",
            date="2025-03-11 00:19:44 +0000", frm=AWS, to=MEP, cc=ME_C, auth_res=GA("amazon.com"), reply_to=A8,
            subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
            text="""Hello Aoi,

Thank you for the statement. It reached us from a.senda@kurobe-systems.co.jp, though, and the partner team can only accept it from the contact address on this case, %s. Would you send the same sentence again from that address? Replying to this message from your personal mailbox is the easiest way.

Sorry for the extra step.

Priya S.
AWS Training and Certification
%s""" % (ME_P, TC_FOOTER))

    global A10
    A10 = mk("user_reply", False, CASE_A, [],
             "Owner resends from the personal address: her statement on top of a forwarded copy of her own company-address mail",
             date="2025-03-11 09:58:31 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=A9,
             subj="Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
             text="""Hello Priya,

Sending again from my personal address:

I confirm that I am leaving Kurobe Systems on 31 March 2025 and I agree that my certifications will no longer count toward the Kurobe Systems partner roster.

Aoi Senda

---------- Forwarded message ---------
From: Aoi Senda <a.senda@kurobe-systems.co.jp>
Date: Mon, Mar 10, 2025 at 6:22 PM
Subject: RE: RE:[CASE %s] %s
To: Amazon Web Services <%s>

I confirm that I am leaving Kurobe Systems on 31 March 2025 and I agree that my certifications will no longer count toward the Kurobe Systems partner roster.
""" % (CASE_A, SUBJ_TC, TC))

    mk("unrelated", False, None, [], "Community newsletter (JAWS-UG style), Japanese, Shift_JIS",
       date="2025-03-12 03:00:00 +0000", frm=("JAWS-UG 東京支部", "info@jawsug-tokyo.example.org"), to=MEP,
       subj="【JAWS-UG 東京】3月勉強会のお知らせ", auth_res=GA("jawsug-tokyo.example.org"),
       charset="shift_jis", subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
       text="""JAWS-UG 東京支部 メールマガジン 2025年3月号

■ 3月勉強会「認定資格 全冠への道」
日時: 3月27日(木) 19:00〜
会場: オンライン
参加登録はconnpassからお願いします。

■ LT 募集中
5分LTの登壇者を募集しています。ご興味のある方はフォームからご応募ください。

配信停止はこちら: https://jawsug-tokyo.example.org/unsubscribe
""")


def part2():
    global A11
    A11 = mk("case_update", False, CASE_A, [],
             "Hold lifted; quotes support's own earlier request with the owner's answer interleaved - the new text asks nothing",
             date="2025-03-13 04:10:27 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A10,
             subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
             text="""Hi Aoi,

> They have one requirement before they release the record: a statement from you, in a reply to this case, that you are leaving Kurobe Systems on 31 March 2025 and agree that your certifications will no longer count toward the Kurobe Systems partner roster.

>> I confirm that I am leaving Kurobe Systems on 31 March 2025 and I agree that my certifications will no longer count toward the Kurobe Systems partner roster.

That was all they needed. The partner operations team released the company record this morning, so the hold on your case is lifted. A colleague on the merge team will write to you with the account details shortly.

Priya S.
AWS Training and Certification
""")

    confirm_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Aoi,</p>
<p>I'm Kenji from the account merge team. I located two certification accounts for you:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certifications</td><td>none</td><td>Solutions Architect &ndash; Associate, Developer &ndash; Associate</td></tr>
</table>
<p>Merging combines the exam history, certifications and benefits into one account; the other one is closed and cannot be restored.</p>
<p><b>Please reply to confirm that both accounts are yours and that Account #1 is the one to keep.</b></p>
<p>Thank you,<br>Kenji T.<br>AWS Training and Certification</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>""" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
    global A12
    A12 = mk("confirmation_request", True, CASE_A, [],
             "HTML-only Account #1 / Account #2 table from a second agent; the ask is one bold line under the table",
             date="2025-03-14 01:55:36 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A11,
             subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), html=confirm_html, cte="qp")

    mk("user_reply", False, CASE_B, [],
       "Owner forwards the duplicate-case closure from the company address to herself before the mailbox closes",
       date="2025-03-14 18:30:12 +0900", frm=MEC, to=MEP,
       subj="Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
       text="""自分用に転送（会社アドレスは月末で止まるので）

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Wednesday, March 5, 2025 4:03 PM
To: a.senda@kurobe-systems.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

This request is the same as case %s, which a colleague is already working on with you at your personal address. To avoid crossed messages I have linked the two and closed this one. You don't need to do anything here; all further correspondence will happen on case %s.

Regards,
Marco
AWS Training and Certification
""" % (TC, CASE_B, CASE_A, CASE_A))

    global A13
    A13 = mk("closing_notice", True, CASE_A, [],
             "Reminder: the case closes in 3 business days without an answer; the earlier table is quoted below",
             date="2025-03-17 02:30:00 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A12,
             subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
             text="""Hello Aoi,

I'm following up on my message of 14 March about merging your certification accounts. We haven't received your confirmation yet. If we don't hear from you within three business days, this case will be closed automatically; a reply at any time before then keeps it open, and a reply after it closes will reopen it.

Kenji T.
AWS Training and Certification

________________________________
From: Amazon Web Services
Sent: Friday, March 14, 2025 1:55 AM
Subject: RE:[CASE %s] %s

> Account #1  Login email: %s
> Account #2  Login email: %s
> Please reply to confirm that both accounts are yours and that Account #1 is the one to keep.
""" % (CASE_A, SUBJ_TC, ME_P, ME_C))

    global A14
    A14 = mk("user_reply", False, CASE_A, [],
             "Owner's confirmation written inline between the quoted table lines",
             date="2025-03-17 20:14:48 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=A13,
             subj="Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
             text="""Hello Kenji,

Sorry for the delay, I was travelling.

> Account #1  Login email: %s

Keep this one.

> Account #2  Login email: %s

Also mine (the company account). Please merge it into Account #1.

> Please reply to confirm that both accounts are yours and that Account #1 is the one to keep.

Confirmed.

Aoi Senda
""" % (ME_P, ME_C))

    global A15
    A15 = mk("resolved", False, CASE_A, [],
             "Merge done; quotes the old confirmation request (table + 'Please reply to confirm') under the news",
             date="2025-03-18 03:41:05 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=A14,
             subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), cte="qp",
             text="""Hello Aoi,

Thank you for confirming. I have merged Account #2 into Account #1; your exam history, both Associate certifications and the 50%% exam discount benefit are now on %s. It can take up to 24 hours for everything to show in the certification portal and for Credly to send your badges.

This case is now resolved.

Kenji T.
AWS Training and Certification

On Mon, Mar 17, 2025 at 11:14 AM, Aoi Senda wrote:
> Confirmed.
>
> On Fri, Mar 14, 2025 at 1:55 AM, Amazon Web Services wrote:
>> | | Account #1 | Account #2 |
>> | Login email | %s | %s |
>> | Training notification email | %s | %s |
>> | Certification notification email | %s | %s |
>>
>> Please reply to confirm that both accounts are yours and that Account #1 is the one to keep.
%s""" % (ME_P, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, TC_FOOTER))

    mk("badge", False, None, [], "Credly badge issued after the merge",
       date="2025-03-18 04:02:50 +0000", frm=("Credly", "admin@credly.com"), to=MEP,
       subj="Amazon Web Services Training and Certification sent you a new badge", auth_res=GA("credly.com"),
       text="""Hi Aoi,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.credly.com/badges/8c1f0d52-3b7e-4a61-9f0e-2d7c5a11e4b9

Share it on LinkedIn and let people know what you've achieved.

Credly, a Pearson company
""",
       html="""<html><body style="font-family:Helvetica"><p>Hi Aoi,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/8c1f0d52-3b7e-4a61-9f0e-2d7c5a11e4b9">Accept your badge</a></p>
<p style="color:#888">Credly, a Pearson company</p></body></html>""")

    mk("survey", False, CASE_A, [],
       "Post-case survey; 'tell us how we did' and a question mark but no case reply wanted",
       date="2025-03-18 22:41:10 +0000", frm=("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=MEP,
       subj="How did we do? Your AWS Training and Certification case %s" % CASE_A, auth_res=GA("amazon.com"),
       html="""<html><body style="font-family:Arial">
<p>Hello,</p><p>Your recent case <b>%s</b> was resolved. How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws.example/tc?c=%s&r=5">Very satisfied</a> | <a href="https://survey.aws.example/tc?c=%s&r=3">Neutral</a> | <a href="https://survey.aws.example/tc?c=%s&r=1">Not satisfied</a></p>
<p>The survey takes about two minutes. Replies to this email are not monitored.</p></body></html>""" % (CASE_A, CASE_A, CASE_A, CASE_A))

    global A16
    A16 = mk("user_reply", False, CASE_A, [],
             "Owner forwards the resolution to her manager (FYI), top note over forwarded support text",
             date="2025-03-19 10:05:00 +0900", frm=MEC, to=("Daisuke Mori", "d.mori@kurobe-systems.co.jp"),
             subj="FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
             text="""Daisuke,

FYI - AWS has moved my certifications to my personal account and removed them from the Kurobe partner roster, as agreed. You may see the partner scorecard drop by two Associate certifications next week.

Aoi

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, March 18, 2025 12:41 PM
Subject: RE:[CASE %s] %s

Thank you for confirming. I have merged Account #2 into Account #1 ...
This case is now resolved.
""" % (TC, CASE_A, SUBJ_TC))

    mk("unrelated", False, None, [], "Colleague's out-of-office auto-reply to the owner's forward",
       date="2025-03-19 10:05:09 +0900", frm=("Daisuke Mori", "d.mori@kurobe-systems.co.jp"), to=MEC,
       subj="自動応答: FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), auth_res=KA("kurobe-systems.co.jp"),
       extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_C)),
       text="""3月21日まで出張のため不在にしております。急ぎの件は石黒 (k.ishiguro@kurobe-systems.co.jp) までご連絡ください。
I am travelling until 21 March with limited access to e-mail.
""")

    mk("certification", False, None, [],
       "CertMetrics 'wants to hear from you' program survey: feedback request, but not about a case",
       date="2025-03-21 16:00:00 +0000", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=MEP,
       subj="AWS Certification wants to hear from you", auth_res=GA("certmetrics.com"),
       html="""<html><body><p>Hello Aoi,</p>
<p>As an AWS Certified individual, your opinion shapes our program. Would you take 10 minutes to tell us how you use your certification at work?</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q1">Start the survey</a></p>
<p>Thank you,<br>AWS Certification</p></body></html>""")

    mk("suspicious", False, None, [],
       "Spoofed From: the real T&C form address and real-looking subject, but spf/dkim/dmarc fail; asks for a reply with login details",
       date="2025-03-24 07:48:22 +0000", frm=AWS, to=MEP,
       subj="RE:[CASE 174277011900208] %s" % SUBJ_TC,
       auth_res=auth("mx.google.com", "amazon.com", ok=False, mailfrom="bounce@mail-relay-secure.top", dkim=False),
       extra=(("Return-Path", "<bounce@mail-relay-secure.top>"), ("Reply-To", "tc-casedesk@mail-relay-secure.top")),
       mid_domain="mail-relay-secure.top",
       text="""Hello,

Following the recent merge of your certification accounts, a verification step is outstanding. Your AWS Certified Solutions Architect - Associate will be suspended on 26 March unless you verify.

Please reply to this email with:
1. your AWS Builder ID email and password
2. the one-time code you will receive shortly

AWS Training and Certification
""")

    global C1
    C1 = mk("acknowledgement", False, CASE_C, [],
            "Console case opened: sender can't take e-mail; says reply in the Support Center but asks nothing yet",
            date="2025-03-25 02:03:19 +0000", frm=("Amazon Web Services", CONSOLE), to=MEP, auth_res=GA("amazon.com"),
            subj="Amazon Web Services: New Support case: %s" % CASE_C,
            text="""Dear AWS customer,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: Exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s) the 50%% discount benefit is not listed under Benefits. Can you check?

You can view or reply to this case here: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, use the link above.
""" % (CASE_C, CASE_C, CASE_A, CASE_C))

    global C2
    C2 = mk("info_request", True, CASE_C, [],
            "Console correspondence answering her case text inline ('>' lines); the screenshot request sits between quoted lines and must be answered in the console",
            date="2025-03-26 05:17:40 +0000", frm=("Amazon Web Services", CONSOLE), to=MEP, auth_res=GA("amazon.com"),
            reply_to=C1, subj="RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_C, cte="qp",
            text="""Hello,

Thank you for contacting AWS. I have read your description; my comments are between your lines.

> After my certification accounts were merged (case %s)

I can see the merge on 18 March and the exam history on your current account looks complete.

> the 50%% discount benefit is not listed under Benefits.

Benefits are copied in a separate job. Before I ask that team to re-run it, would you add a screenshot of your Benefits page to this case, together with the time you took it? Any page showing "No benefits available" is fine.

> Can you check?

Yes - I will as soon as the screenshot is on the case.

Best regards,
Fatima
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Reply or view the case here: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_A, CASE_C))

    global C3
    C3 = mk("user_reply", False, CASE_C, [],
            "Owner answers by e-mail to the no-reply console address (will bounce)",
            date="2025-03-26 21:33:02 +0900", frm=MEP, to=("Amazon Web Services", CONSOLE), reply_to=C2,
            subj="Re: RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_C,
            text="""Hello Fatima,

> would you add a screenshot of your Benefits page to this case, together with the time you took it?

Screenshot taken 26 March 21:30 JST - the page says "No benefits available". I'm attaching it here.

Aoi
""")

    mk("unrelated", False, None, [],
       "Bounce for the mail sent to no-reply-aws@amazon.com; it quotes her message and the case number",
       date="2025-03-26 12:33:09 +0000", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=MEP,
       subj="Delivery Status Notification (Failure)", auth_res=None, mid_domain="mx.google.com",
       text="""** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com because the remote server is misconfigured or the address does not accept mail. See technical details below.

The response was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming e-mail

----- Original message -----
Subject: Re: RE:[CASE %s] Exam discount benefit missing after account merge
> would you add a screenshot of your Benefits page to this case, together with the time you took it?
""" % CASE_C)

    mk("unrelated", False, None, [], "Company IT notice: mailbox deactivation on 31 March",
       date="2025-03-27 01:00:00 +0000", frm=("Kurobe IT Helpdesk", "it-helpdesk@kurobe-systems.co.jp"), to=MEC,
       subj="[IT] Account deactivation scheduled: a.senda", auth_res=KA("kurobe-systems.co.jp"),
       text="""This is an automated notice.

Your Kurobe Systems account (a.senda) and mailbox will be deactivated on 31 March 2025 at 23:59 JST.
Forwarding will not be configured. Please move any personal data before that date.

Ticket: IT-24-11873
""")

    global C4
    C4 = mk("closing_notice", True, CASE_C, [],
            "Console auto-resolve warning; the answer must go through the Support Center, not e-mail",
            date="2025-03-28 05:20:00 +0000", frm=("Amazon Web Services", CONSOLE), to=MEP, auth_res=GA("amazon.com"),
            reply_to=C2, subj="RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_C,
            text="""Hello,

We haven't received a response on case %s. If we don't hear back, the case will be resolved automatically in 3 days. If you still need help, add a reply in the Support Center before then; resolved cases can be reopened for 14 days.

Reply or view the case here: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_C, CASE_C))

    mk("suspicious", False, None, [], "Credly lookalike domain, 'badge expires' pressure, login link",
       date="2025-03-29 11:06:31 +0000", frm=("Credly", "admin@credly-badgecenter.net"), to=MEP,
       subj="Action needed: your AWS badge will be removed", auth_res=auth("mx.google.com", "credly-badgecenter.net"),
       html="""<html><body><p>Hi,</p><p>Your badge <b>AWS Certified Solutions Architect - Associate</b> was transferred from another account and must be re-accepted within 48 hours or it will be removed.</p>
<p><a href="https://credly-badgecenter.net/login?next=accept">Sign in to accept</a></p><p>Credly Support</p></body></html>""")

    global C5
    C5 = mk("resolved", False, CASE_C, [],
            "Console case resolved; console rating footer and a 'reopen within 14 days' sentence",
            date="2025-03-31 06:44:12 +0000", frm=("Amazon Web Services", CONSOLE), to=MEP, auth_res=GA("amazon.com"),
            reply_to=C4, subj="RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_C,
            text="""Hello,

Thank you for the screenshot you added in the Support Center. The benefits job has been re-run for your account and the 50%% exam discount now appears under Benefits, valid until 18 September 2025.

I am marking this case as resolved. If anything is still missing you can reopen it from the Support Center within 14 days.

Best regards,
Fatima
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Reply or view the case here: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_C)

    mk("unrelated", False, None, [], "AWS marketing mail (Summit registration)",
       date="2025-04-01 01:00:00 +0000", frm=("AWS Events", "aws-marketing-email-replies@amazon.com"), to=MEP,
       subj="Registration is open: AWS Summit Japan 2025", auth_res=GA("amazon.com"),
       html="""<html><body><h2>AWS Summit Japan 2025</h2><p>Join us in Chiba on 25-26 June. Register now and reserve your seat for Certification Lounge sessions.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register</a></p><p><small>To unsubscribe, reply with UNSUBSCRIBE or use the preference center.</small></p></body></html>""")


SUBJ_D = "[AWS Training and Certification Form Submission] - certification-records"
SUBJ_E = "[AWS Training and Certification Form Submission] - certification"


def part3():
    # ---- case D: 2023 case reopened by replying to the old thread ----
    global D1
    D1 = mk("user_reply", False, CASE_D, [],
            "Owner reopens a 2023 case (11-digit number) by replying on the old thread with numbered questions over the old resolution",
            date="2025-04-02 22:18:40 +0900", frm=MEP, to=("Amazon Web Services", TC),
            subj="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
            extra=(("In-Reply-To", "<0100018a2c9f3e11-5d2b.000000@email.amazonses.com>"),),
            text="""Hello,

I'm replying to this old case because the same problem is back after my accounts were merged last month (case %s).

1. My Developer - Associate now shows an expiry date of 31 May 2025 again, although you corrected it to 19 August 2026 in this case in 2023. Why did it revert?
2. Can it be fixed before 31 May so the certification does not lapse?
3. Should I open a new case instead of continuing here?

Thanks,
Aoi Senda

On Thu, Aug 31, 2023 at 9:02 AM Amazon Web Services <%s> wrote:
> Hello Aoi,
>
> The recertification has now been applied. Your AWS Certified Developer - Associate
> is valid until 19 August 2026. Is there anything else we can help with?
>
> Best regards,
> Hana
""" % (CASE_A, TC))

    global D2
    D2 = mk("case_update", False, CASE_D, [],
            "'We have reopened case N' and passed to another team; answers her question 3 in passing, asks nothing",
            date="2025-04-03 03:27:14 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=D1,
            subj="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
            text="""Hello Aoi,

We have reopened case %s for you - no need to open a new one. I have passed your questions to our certification records team together with the history of this case, and I'll get back to you with their findings.

Regards,
Sophie
AWS Training and Certification
""" % CASE_D)

    global D3
    D3 = mk("info_request", True, CASE_D, [],
            "Numbered answers to her numbered questions with no quoting; items 1-3 inform, item 4 is the request",
            date="2025-04-04 06:02:55 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=D2,
            subj="RE:[CASE %s] %s" % (CASE_D, SUBJ_D), cte="qp",
            text="""Hello Aoi,

The records team has looked at your account. Taking your points in order:

1) When two accounts are merged, each certification keeps the record from the account where it was earned. Your 2023 recertification was attached to a duplicate exam record, and that link was lost in the merge.
2) Yes. Once the record is re-linked the expiry goes back to 19 August 2026, well ahead of 31 May.
3) Continuing here was the right choice; this case has all the background.
4) To re-link it, the team needs the date you sat the recertification exam in 2023 and, if you still have it, the Pearson VUE registration number from the confirmation e-mail. The account currently shows two attempts that month and they must pick the right one.

Regards,
Sophie
AWS Training and Certification
""")

    global D4
    D4 = mk("user_reply", False, CASE_D, [CID_OLD],
            "Owner answers item 4 with date, a 9-digit Pearson VUE number (not a case ID) and her old candidate ID",
            date="2025-04-04 19:47:03 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=D3,
            subj="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
            text="""Hi Sophie,

4) I took it on 19 August 2023 (the earlier attempt that month was a no-show because of a network problem). Pearson VUE registration number: 487330912. At the time my candidate ID was %s.

Thank you,
Aoi

On Fri, Apr 4, 2025 at 3:02 PM Amazon Web Services <%s> wrote:
> 4) To re-link it, the team needs the date you sat the recertification exam in 2023 and,
> if you still have it, the Pearson VUE registration number from the confirmation e-mail.
""" % (CID_OLD, TC))

    global D5
    D5 = mk("case_update", False, CASE_D, [],
            "Inline answers under her quoted questions (which end in '?'); closing 'Does that cover everything?' is explicitly no-reply-needed",
            date="2025-04-07 04:40:31 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=D4,
            subj="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
            text="""Hi Aoi,

Thanks, that was exactly what the team needed. To close the loop on your original questions:

> 1. ... Why did it revert?

Explained in my last message: the recertification sat on a duplicate exam record that the merge did not carry over.

> 2. Can it be fixed before 31 May so the certification does not lapse?

Yes. The team has the attempt from 19 August 2023 and is re-linking it now; they quote five to seven business days.

> 3. Should I open a new case instead of continuing here?

No, please keep using this one.

Does that cover everything? If so, there is nothing more you need to send - I'll write again when the expiry date is corrected.

Sophie
AWS Training and Certification
""")

    mk("unrelated", False, None, [],
       "Another vendor's support (Zendesk) answering inline and asking questions back: not an AWS T&C case",
       date="2025-04-08 02:14:09 +0000", frm=("Terrastack Support", "support@terrastack.zendesk.com"), to=MEP,
       subj="[Terrastack] Re: State lock not released after failed apply (Request #88213)",
       auth_res=GA("terrastack.zendesk.com"), cte="qp",
       text="""##- Please type your reply above this line -##

Your request (88213) has been updated. To add additional comments, reply to this email.

Marta (Terrastack Support)

Hi Aoi, answers inline:

> Is there a way to force-unlock from the CLI without admin rights?

Not without the workspace admin role, unfortunately.

> Could this be related to the 1.9 upgrade?

Possibly. Could you send us the run ID of the failed apply and the output of `terrastack version`? That will tell us which agent handled it.

Thanks!

This email is a service from Terrastack. [R4V9Q2-K7L1]
""")

    mk("unrelated", False, None, [],
       "AWS customer-service form case of a different program (events) asking her to confirm details: AWS sender, [CASE] token, a real question, but not Training and Certification",
       date="2025-04-08 08:55:00 +0000", frm=("Amazon Web Services", "aws-cs-events-form@amazon.com"), to=MEP,
       subj="RE:[CASE 174409991200733] [AWS Events Form Submission] - registration-change",
       auth_res=GA("amazon.com"),
       text="""Hello Aoi,

Thanks for writing about your AWS Summit Japan registration.

> I changed jobs; can you update the company on my badge?

Certainly. Could you reply with the exact company name as it should be printed, and confirm that your registration e-mail stays %s?

Best,
AWS Events Customer Service
""" % ME_P)

    # ---- case E: Japanese support case about the romanised name ----
    global E1
    E1 = mk("acknowledgement", False, CASE_E, [],
            "Japanese acknowledgement, Shift_JIS/base64 body, ISO-2022-JP subject; 'please don't open another case' phrasing",
            date="2025-04-09 05:22:47 +0000", frm=("アマゾン ウェブ サービス", TC), to=MEP, auth_res=GA("amazon.com"),
            subj="[CASE %s] %s" % (CASE_E, SUBJ_E), charset="shift_jis", name_cs="iso-2022-jp", crlf=True,
            text="""この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。
ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定証の氏名

通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_E, CASE_E))

    global E2
    E2 = mk("info_request", True, CASE_E, [],
            "Japanese inline answers marked 【回答】 under quoted questions; the keigo request (いただけますでしょうか) is inside the first answer, the others only inform",
            date="2025-04-10 01:36:18 +0000", frm=("AWS トレーニングと認定", TC), to=MEP, auth_res=GA("amazon.com"),
            reply_to=E1, subj="RE:[CASE %s] %s" % (CASE_E, SUBJ_E), charset="iso-2022-jp", name_cs="iso-2022-jp",
            text="""千田 葵 様

AWS トレーニングと認定の渡辺でございます。
いただいたご質問に、以下のとおり【回答】としてインラインでお答えいたします。

> 1. 認定証の氏名が「SENDA AOI」と姓・名の順で表示されています。パスポートと同じ「AOI SENDA」に修正できますか。

【回答】修正可能でございます。認定アカウントの氏名は、試験会場で提示される身分証明書と一致している必要がございますため、お手数ですが、パスポートに記載されているローマ字表記を名・姓の順で、本メールへのご返信にてお知らせいただけますでしょうか。

> 2. 修正後、Credly のバッジ名も変わりますか。

【回答】はい、認定アカウントの修正後、数日以内に自動で反映されます。

> 3. 手数料はかかりますか。

【回答】費用は一切かかりません。

何卒よろしくお願いいたします。

渡辺
AWS トレーニングと認定 カスタマーサービス
""")

    global E3
    E3 = mk("user_reply", False, CASE_E, [],
            "Owner's Japanese inline reply under the quoted 【回答】",
            date="2025-04-10 12:08:55 +0900", frm=(ME_JA, ME_P), to=("AWS トレーニングと認定", TC), reply_to=E2,
            subj="Re: RE:[CASE %s] %s" % (CASE_E, SUBJ_E), charset="iso-2022-jp", name_cs="iso-2022-jp",
            text="""渡辺様

ご回答ありがとうございます。

2025年4月10日(木) 10:36 AWS トレーニングと認定 <%s>:
> 【回答】修正可能でございます。(中略)パスポートに記載されているローマ字表記を
> 名・姓の順で、本メールへのご返信にてお知らせいただけますでしょうか。

パスポートの表記は「AOI SENDA」です(名: AOI、姓: SENDA)。

よろしくお願いいたします。
千田 葵
""" % TC)

    global E4
    E4 = mk("resolved", False, CASE_E, [],
            "Japanese HTML-only resolution in Q./A. form with her questions restated (unquoted, with ？); ends with 〜がございましたら conditional",
            date="2025-04-11 02:50:41 +0000", frm=("AWS トレーニングと認定", TC), to=MEP, auth_res=GA("amazon.com"),
            reply_to=E3, subj="RE:[CASE %s] %s" % (CASE_E, SUBJ_E), name_cs="iso-2022-jp",
            html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif">
<p>千田 葵 様</p>
<p>お世話になっております。AWS トレーニングと認定の渡辺でございます。</p>
<p>ご連絡いただいた表記に基づき、認定アカウントの氏名を「AOI SENDA」に修正いたしました。念のため、ご質問への回答を再掲いたします。</p>
<p><b>Q. 修正後、Credly のバッジ名も変わりますか？</b><br>A. 数日以内に自動で反映されます。お客様での操作は不要です。</p>
<p><b>Q. 手数料はかかりますか？</b><br>A. かかりません。</p>
<p>認定証 PDF は認定アカウントの「認定」ページから再ダウンロードいただけます。本ケースはこれにてクローズとさせていただきます。</p>
<p>その他ご不明な点がございましたら、本メールにご返信ください。</p>
<p>渡辺<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>""")

    mk("certification", False, None, [CID_NEW],
       "Exam result notice from CertMetrics with the (new) candidate ID; not a case",
       date="2025-04-12 09:31:00 +0000", frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=MEP,
       subj="Your AWS Certification exam results are available", auth_res=GA("certmetrics.com"),
       text="""Hello Aoi Senda (%s),

Congratulations! You passed the AWS Certified Solutions Architect - Professional (SAP-C02) exam on 12 April 2025.

Passing this exam also recertifies your AWS Certified Solutions Architect - Associate. Your score report and certificate are in your AWS Certification Account; a digital badge will be sent by Credly within 5 business days.

AWS Training and Certification
""" % CID_NEW)

    mk("badge", False, None, [], "Credly badge mail (professional cert), HTML+text",
       date="2025-04-13 02:10:22 +0000", frm=("Credly", "admin@credly.com"), to=MEP,
       subj="Congratulations, Aoi! You've earned a badge from Amazon Web Services Training and Certification",
       auth_res=GA("credly.com"),
       text="""Congratulations, Aoi!

You've earned the AWS Certified Solutions Architect - Professional badge issued by Amazon Web Services Training and Certification.

Claim it here: https://www.credly.com/earner/earned/badge/0b9a17c4-6e22-4f53-8d1e-a9f3c2e07b6d
""",
       html="""<html><body><h3>Congratulations, Aoi!</h3><p>You've earned the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge issued by Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b9a17c4-6e22-4f53-8d1e-a9f3c2e07b6d">Claim your badge</a></p></body></html>""")

    global D6
    D6 = mk("resolved", False, CASE_D, [],
            "Record fixed; top-posted over the whole thread, whose quoted parts contain the old request (item 4)",
            date="2025-04-14 23:58:16 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=D5,
            subj="RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
            text="""Hello Aoi,

Good news: the records team has re-linked your August 2023 recertification. Your AWS Certified Developer - Associate is valid until 19 August 2026 again, and the certificate in your account shows the new date. No further action is required on your side, and this case is now resolved.

Regards,
Sophie
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services
Sent: Friday, April 4, 2025 6:02 AM
Subject: RE:[CASE %s] %s

4) To re-link it, the team needs the date you sat the recertification exam in 2023 and, if you still have it, the Pearson VUE registration number from the confirmation e-mail. The account currently shows two attempts that month and they must pick the right one.
%s""" % (CASE_D, SUBJ_D, TC_FOOTER))

    mk("survey", False, CASE_D, [],
       "Survey for case D, Japanese, ISO-2022-JP; feedback request phrased as a question",
       date="2025-04-16 00:01:00 +0000", frm=("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), to=MEP,
       subj="ケース %s のサポートはいかがでしたか？" % CASE_D, auth_res=GA("amazon.com"),
       charset="iso-2022-jp", name_cs="iso-2022-jp", subj_cs="iso-2022-jp",
       text="""いつも AWS トレーニングと認定をご利用いただきありがとうございます。

先日解決したケース %s について、サポートの品質向上のため簡単なアンケートにご協力いただけますでしょうか。
所要時間は2分程度です。

https://survey.aws.example/tc?c=%s&lang=ja

※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。
""" % (CASE_D, CASE_D))


def part4():
    global F1
    F1 = mk("acknowledgement", False, CASE_F, [],
            "Acknowledgement as multipart/alternative (text+HTML table), English",
            date="2025-04-16 00:48:11 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"),
            subj="[CASE %s] %s" % (CASE_F, SUBJ_TC),
            text="""Hello,

We have opened case %s for your request. The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge

Most requests receive an answer within 24 hours. Replies to this e-mail are added to the case, so there is no need to submit the form again.

AWS Training and Certification Customer Service
""" % (CASE_F, CASE_F),
            html="""<html><body style="font-family:Arial"><p>Hello,</p><p>We have opened case <b>%s</b> for your request. The details of your case are as follows:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Account Merge</td></tr></table>
<p>Most requests receive an answer within 24 hours. Replies to this e-mail are added to the case, so there is no need to submit the form again.</p>
<p>AWS Training and Certification Customer Service</p></body></html>""" % (CASE_F, CASE_F))

    blue = 'style="color:#0070C0"'
    f2 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
<div class="WordSection1">
<p class="MsoNormal" %(b)s>Hi Aoi,</p>
<p class="MsoNormal" %(b)s>Thanks for writing in again. I've answered your points below in blue.</p>
<p class="MsoNormal" %(b)s>Daniel R.<br>AWS Training and Certification</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Aoi Senda &lt;%(me)s&gt;<br><b>Sent:</b> Wednesday, April 16, 2025 12:47 AM<br>
<b>To:</b> AWS Training and Certification<br><b>Subject:</b> Account Merge</p></div>
<p class="MsoNormal">After my accounts were merged in March (case %(a)s), I found a third certification account. I think it was created when I once signed in through AWS Partner Central. It has no certifications.</p>
<p class="MsoNormal" %(b)s>I can see the March merge on your profile, thanks for the reference.</p>
<p class="MsoNormal">1. Can this third account be merged as well?</p>
<p class="MsoNormal" %(b)s>Yes, it can be merged into your main account in the same way.</p>
<p class="MsoNormal">2. Will this affect my Credly badges?</p>
<p class="MsoNormal" %(b)s>No, badges are tied to the certifications, and this account has none.</p>
<p class="MsoNormal">3. I don't know its candidate ID &ndash; is that a problem?</p>
<p class="MsoNormal" %(b)s>I do need a way to find it. Sign in to it once more through Partner Central and let me know the candidate ID shown at the top right of the page. If you can no longer sign in, the e-mail address it was created with will do.</p>
<p class="MsoNormal">Thank you,<br>Aoi Senda</p>
</div></body></html>""" % {"b": blue, "me": ME_P, "a": CASE_A}
    global F2
    F2 = mk("info_request", True, CASE_F, [],
            "HTML-only Outlook 'answers in blue' between her original lines; the only request is the blue answer to her question 3, no '?' in it",
            date="2025-04-17 07:12:30 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=F1,
            subj="RE:[CASE %s] %s" % (CASE_F, SUBJ_TC), html=f2, cte="qp")

    mk("unrelated", False, None, [], "Skill Builder: new course notification (AWS training platform, not a case)",
       date="2025-04-18 00:30:00 +0000", frm=("AWS Skill Builder", "no-reply@aws.training"), to=MEP,
       subj="New on AWS Skill Builder: Exam Prep Plan for Security - Specialty", auth_res=GA("aws.training"),
       html="""<html><body><p>Hi Aoi,</p><p>Based on your certifications, you may like the new <b>Exam Prep Plan: AWS Certified Security &ndash; Specialty</b>.</p>
<p><a href="https://skillbuilder.aws/learning-plan/security-specialty">Start learning</a></p><p><small>Manage e-mail preferences in your profile.</small></p></body></html>""")

    global F3
    F3 = mk("closing_notice", True, CASE_F, [],
            "Closing notice written as a reply that quotes the one unanswered inline question",
            date="2025-04-21 01:05:44 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=F2,
            subj="RE:[CASE %s] %s" % (CASE_F, SUBJ_TC),
            text="""Hi Aoi,

Just checking in - I'm still missing the detail below. If I don't hear from you by 24 April I'll close this case as inactive; a reply will reopen it whenever you're ready.

> 3. I don't know its candidate ID - is that a problem?
> I do need a way to find it. Sign in to it once more through Partner Central and let me know the candidate ID shown at the top right of the page. If you can no longer sign in, the e-mail address it was created with will do.

Daniel R.
AWS Training and Certification
""")

    global F4
    F4 = mk("user_reply", False, CASE_F, [CID_SSO],
            "Owner answers inline with the candidate ID and asks two follow-up questions",
            date="2025-04-21 19:26:10 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=F3,
            subj="Re: RE:[CASE %s] %s" % (CASE_F, SUBJ_TC),
            text="""Hi Daniel,

Sorry, it took me a while to get into Partner Central.

> Sign in to it once more through Partner Central and let me know the candidate ID shown at the top right of the page.

It is %s.

Two more things I'm wondering about:
a) Why was a separate account created at all?
b) Will anything change on the Partner Central side once it is merged?

Aoi
""" % CID_SSO)

    global F5
    F5 = mk("case_update", False, CASE_F, [],
            "Q:/A. answers with her questions restated unquoted (one is a 'Why' question); mentions a confirmation that will be asked LATER - nothing asked now",
            date="2025-04-22 03:18:27 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=F4,
            subj="RE:[CASE %s] %s" % (CASE_F, SUBJ_TC), cte="8bit",
            text="""Hi Aoi,

Thanks for the candidate ID - found it.

Q: Why was a separate account created at all?
A: Partner Central sign-in creates a certification account when it can't match the e-mail address to an existing one. Yours was created on 2 February 2024, while your main record was still under the company address.

Q: Will anything change on the Partner Central side once it is merged?
A: No. You have left Kurobe Systems, so nothing is shared with that partner any more.

I've asked the records team to check that the account really is empty. Once they have, I'll send you the account details to confirm before anything is merged.

Daniel R.
AWS Training and Certification
""")

    mk("unrelated", False, None, [], "New employer onboarding mail to the personal address",
       date="2025-04-22 23:30:00 +0000", frm=("Hoshizora Labs People Team", "people@hoshizora-labs.jp"), to=MEP,
       subj="Welcome to Hoshizora Labs - your first day on 1 May", auth_res=GA("hoshizora-labs.jp"),
       text="""Hi Aoi,

We're excited to have you join on 1 May! Could you fill in the onboarding form by 25 April and let us know your preferred laptop (Mac or Windows)?

If you hold any AWS certifications, you can add them to your profile later - we're an AWS partner too.

People Team, Hoshizora Labs
""")

    global F6
    F6 = mk("confirmation_request", True, CASE_F, [CID_SSO, CID_NEW],
            "Numbered list: items 1-2 are statements answering earlier points, item 3 is the merge confirmation",
            date="2025-04-23 05:44:09 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=F5,
            subj="RE:[CASE %s] %s" % (CASE_F, SUBJ_TC),
            text="""Hi Aoi,

The records team is done. Summary before I submit the merge:

1. %s (login through Partner Central, e-mail %s) has no exams, certifications or benefits.
2. Your main account %s (login %s) keeps everything it has today.
3. On your go-ahead I will merge the first into the second and close the Partner Central one. Reply "confirm" if both are yours and the main account is the one to keep; I won't start before then.

Daniel R.
AWS Training and Certification
""" % (CID_SSO, ME_C, CID_NEW, ME_P))

    global F7
    F7 = mk("user_reply", False, CASE_F, [],
            "Owner confirms with a one-word answer on top and interleaved ticks under the numbered points",
            date="2025-04-23 21:02:37 +0900", frm=MEP, to=("Amazon Web Services", TC), reply_to=F6,
            subj="Re: RE:[CASE %s] %s" % (CASE_F, SUBJ_TC),
            text="""confirm

> 1. %s (login through Partner Central, e-mail %s) has no exams, certifications or benefits.
OK, that matches what I saw.
> 2. Your main account %s (login %s) keeps everything it has today.
Yes, keep this one.

Aoi
""" % (CID_SSO, ME_C, CID_NEW, ME_P))

    global F8
    F8 = mk("case_update", False, CASE_F, [],
            "Merge submitted but not done; 'if there's anything you'd like to add, reply' conditional only",
            date="2025-04-24 02:12:50 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=F7,
            subj="RE:[CASE %s] %s" % (CASE_F, SUBJ_TC),
            text="""Hi Aoi,

> confirm

Thank you. The merge request is with our back-end team; these usually finish within two business days and I'll write once it is through. If there's anything you'd like to add in the meantime, just reply to this e-mail.

Daniel R.
AWS Training and Certification
""")

    mk("suspicious", False, None, [],
       "Lookalike of the Pearson VUE/AWS exam vendor ('pearsonvue-support.co'), asks to 're-verify' ID with a form",
       date="2025-04-24 10:40:00 +0000", frm=("Pearson VUE", "noreply@pearsonvue-support.co"), to=MEP,
       subj="Exam result on hold - identity verification required", auth_res=auth("mx.google.com", "pearsonvue-support.co"),
       text="""Dear candidate,

Your SAP-C02 result is on hold because the name on your account was recently changed. Upload a photo of your passport and the card used for payment within 48 hours:

https://pearsonvue-support.co/verify-identity

Pearson VUE Candidate Services
""")

    global F9
    F9 = mk("resolved", False, CASE_F, [CID_NEW],
            "Merge finished; quotes the earlier numbered confirmation request (item 3 'Reply confirm') below the news",
            date="2025-04-25 06:31:14 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), reply_to=F8,
            subj="RE:[CASE %s] %s" % (CASE_F, SUBJ_TC), cte="qp",
            text="""Hi Aoi,

All done: the Partner Central account has been merged into %s and closed. Signing in through Partner Central now takes you to your main certification account.

I'm resolving this case. Thanks for your patience.

Daniel R.
AWS Training and Certification

> 3. On your go-ahead I will merge the first into the second and close the Partner Central one.
> Reply "confirm" if both are yours and the main account is the one to keep; I won't start before then.
%s""" % (CID_NEW, TC_FOOTER))

    mk("survey", False, CASE_F, [],
       "Survey as multipart with a star-rating question; 'Reply to this email' absent, question marks present",
       date="2025-04-26 06:31:20 +0000", frm=("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=MEP,
       subj="Tell us about your recent case %s" % CASE_F, auth_res=GA("amazon.com"),
       text="""How likely are you to recommend AWS Training and Certification support to a colleague?
Rate case %s: https://survey.aws.example/tc?c=%s
""" % (CASE_F, CASE_F),
       html="""<html><body><p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<p>Rate case <b>%s</b>: <a href="https://survey.aws.example/tc?c=%s">0 &ndash; 10</a></p></body></html>""" % (CASE_F, CASE_F))


CASE_G = "174580323300524"   # Japanese voucher question, plain 〜ください request inline


def part5():
    global G1
    G1 = mk("acknowledgement", False, CASE_G, [],
            "Short English acknowledgement for a question filed in Japanese; CRLF line endings",
            date="2025-04-28 01:20:33 +0000", frm=AWS, to=MEP, auth_res=GA("amazon.com"), crlf=True,
            subj="[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_G, charset="us-ascii",
            text="""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s.
A team member will reply, usually within 24 hours.

AWS Training and Certification Customer Service
""" % CASE_G)

    global G2
    G2 = mk("info_request", True, CASE_G, [],
            "Japanese inline '→' answers under '>' lines; plain 〜ください request inside the answer to the 2nd question, the 1st and 3rd only inform",
            date="2025-04-28 08:47:02 +0000", frm=("AWS トレーニングと認定", TC), to=MEP, auth_res=GA("amazon.com"),
            reply_to=G1, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_G,
            name_cs="iso-2022-jp", cte="8bit",
            text="""千田様

AWS トレーニングと認定の佐々木です。お問い合わせの各項目に → で回答します。

> ① SAP 合格で付与された 50% 割引は Security - Specialty にも使えますか？
→ 使えます。認定試験であれば種類を問いません。

> ② 3月のアカウント統合で移った割引と、今回の割引の 2 つが表示されています。両方使えますか？
→ 通常は同時に 2 つ表示されることはないため、重複付与の可能性があります。確認しますので、「特典」ページに表示されている 2 つの割引コードの末尾 4 桁と有効期限を、このメールに返信して教えてください。

> ③ 有効期限の延長はできますか？
→ 延長はできません。

佐々木
AWS トレーニングと認定
""")

    global G3
    G3 = mk("user_reply", False, CASE_G, [],
            "Owner's Japanese reply quoting only the request line",
            date="2025-04-28 22:15:40 +0900", frm=(ME_JA, ME_P), to=("AWS トレーニングと認定", TC), reply_to=G2,
            subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_G,
            charset="iso-2022-jp", name_cs="iso-2022-jp",
            text="""佐々木様

ご回答ありがとうございます。

> 2 つの割引コードの末尾 4 桁と有効期限を、このメールに返信して教えてください。

・末尾 7Q2K、有効期限 2025年9月18日
・末尾 M4XD、有効期限 2026年4月12日

よろしくお願いいたします。
千田
""")

    mk("resolved", False, CASE_G, [],
       "Japanese resolution: duplicate voucher explained, both kept; quotes the earlier request; ends with a conditional offer",
       date="2025-04-30 04:03:19 +0000", frm=("AWS トレーニングと認定", TC), to=MEP, auth_res=GA("amazon.com"),
       reply_to=G3, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_G,
       charset="iso-2022-jp", name_cs="iso-2022-jp",
       text="""千田様

確認が完了しました。7Q2K は 3 月の統合で移った割引、M4XD は今回の SAP 合格による割引で、どちらも正しく付与されたものです。両方ともご利用いただけます。

本件はこれで解決とさせていただきます。追加のご質問がありましたら、このメールにご返信いただければ対応いたします。

佐々木
AWS トレーニングと認定

> 確認しますので、「特典」ページに表示されている 2 つの割引コードの末尾 4 桁と有効期限を、
> このメールに返信して教えてください。
""")


# ----------------------------------------------------------------------------------------------

def write_all():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    for m in MSGS:
        base = os.path.join(OUT, "%03d-msg" % m["n"])
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                       "candidate_ids": m["cands"]}, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
    rows = ["| %03d | %s | %s | %s |" % (m["n"], m["kind"], "yes" if m["reply"] else "no",
                                          m["note"].replace("|", "/")) for m in MSGS]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n## Messages\n\n| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n"
                 + "\n".join(rows) + "\n")
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["reply"])))




README_HEAD = ("me: %s %s\n" % (ME_P, ME_C)) + """
# blind-205: Aoi Senda's mailbox, March-April 2025

Mailbox owner: Aoi Senda (千田 葵), cloud engineer who leaves Kurobe Systems Co., Ltd. (an AWS partner)
on 31 March 2025 and joins Hoshizora Labs on 1 May. Personal address `senda.aoi.dev@gmail.com`,
company address `a.senda@kurobe-systems.co.jp` (mail to both lands in this set; she sends from both).
Candidate IDs: company account AWS03318462, personal account AWS09127735, stray Partner Central
SSO account AWS07745120.

Emphasis of this set: support answering **inline** - `>` interleaving, Outlook "see answers below"
with `[AWS]` markers or blue text, numbered answers to numbered questions, Q:/A. restatements,
Japanese 【回答】 and → markers - where support's own question back sits among the quoted ones
(needs reply) versus inline answers that ask nothing (no reply).

Regenerate: `python3 gen.py` (standard library only; writes next to the script).

## Cases

| case | channel | topic | outcome |
|---|---|---|---|
| 174099684600218 (A) | T&C form, 15 digits | merge company account into personal; APN partner hold; wrong-address reply; closing reminder | merged 18 Mar |
| 174104531200947 (B) | T&C form, Japanese ack, company address | accidental duplicate of A | closed as duplicate, linked to A |
| 174286819900355 (C) | Support Center console (no-reply-aws@) | 50% voucher missing after merge; owner answers by e-mail and bounces | resolved in console |
| 12960337418 (D) | T&C form, 11 digits (2023) | reopened by replying to the 2023 thread: recertification expiry reverted after merge | record fixed |
| 174417616700681 (E) | T&C form, Japanese support | romanised name order on certificate | fixed |
| 174476449100147 (F) | T&C form, Outlook HTML | third account created through Partner Central SSO | merged after confirmation |
| 174580323300524 (G) | T&C form, Japanese support | two discount vouchers showing | explained, resolved |

Not cases: 174102998800412 and 174277011900208 appear only in phishing (case = null);
174409991200733 is an AWS *Events* form case (unrelated, no reply counted).

## Labelling decisions (judgement calls)

- **Inline answers with a question back** (#010, #036, #046 item 4, #052, #060, #073) are `info_request` with
  needs_reply true even though most of the new text answers the owner and the quoted lines around
  the ask contain the owner's own `?` questions. Only support's new lines count.
- **Inline answers that ask nothing** are not requests, even when every quoted line ends in `?`
  (#048, #064). #048 ends with "Does that cover everything? If so, there is nothing more you need to
  send" - a rhetorical check explicitly releasing her, so needs_reply false. #064 restates her "Why..?"
  questions unquoted (Q:/A.) and promises a confirmation *later*: `case_update`, no reply.
- **Hold with a buried ask** (#018): the case is still on hold with the partner team, but support needs
  a written statement from her to release it. Kind stays `on_hold` (the pause is the news), needs_reply
  true. #014 (hold, "nothing is needed from you") is false.
- **Wrong-address reply** (#020): she did answer, but from the company address; support asks her to send
  it again from the personal one -> `info_request`, true.
- **Hold lifted** (#023) quotes support's own earlier request and her answer: `case_update`, false.
- **Resolutions quoting old requests** (#028, #057, #070, #075) are `resolved`, false.
- **Closing notices** (#026, #040, #062) are true; #040 is a console case, so the reply belongs in the Support
  Center - still a reply she owes. #036 likewise (console answer required); her e-mail to no-reply-aws
  bounced, so the request stays open.
- **Numbered confirmation** (#066): items 1-2 inform, item 3 asks for "confirm" -> `confirmation_request`.
- **AWS Events form case** with a real question and `[CASE n]` subject: `unrelated`, false, case null
  (not Training and Certification). Other vendor's inline Q&A (Terrastack) and the manager's inline
  answers with a question back (Kurobe) are `unrelated`, false.
- **Spoofed T&C sender with dmarc=fail** asking for a reply with the password: `suspicious`, false,
  case null.
- CertMetrics "wants to hear from you" is `certification` (program mail), not `survey` (not about a case).
  Support surveys are `survey` with the case number.
- Owner's forwards (B's closure forwarded to herself; A's resolution forwarded to her manager) are
  `user_reply` with that case's number; the manager's auto-reply to it is `unrelated`, case null.
- candidate_ids: only IDs in the message's own new text. The CertMetrics expiry and result mails carry
  the candidate ID in their body, so they are listed. #010 (Outlook "-----Original Message-----" with
  [AWS] answers) repeats her two IDs only inside the quoted original -> []. #066 and #070 write IDs in
  support's own text -> listed; #067 has them only in `>` lines -> [].
- #047's 9-digit Pearson VUE number and the 12-digit account number in the billing mail are not case IDs.
"""

if __name__ == "__main__":
    part1()
    part2()
    part3()
    part4()
    part5()
    write_all()
