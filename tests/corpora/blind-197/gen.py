#!/usr/bin/env python3
"""Blind corpus generator (blind-197). Standard library only. Writes NNN-msg.eml/.json next to this file."""
import json, os, random, datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email import charset as ecs, encoders
from email.utils import format_datetime, formataddr
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(197)

ME_P = "kenta.ishida.dev@gmail.com"
ME_C = "k.ishida@norimaki-systems.co.jp"
ME_NAME = "Kenta Ishida"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "177104956000731"   # form case, account merge (APN hold)
CASE_D = "177105006500218"   # duplicate form case
CASE_X = "177131952001047"   # console, billing
CASE_B = "177215779100412"   # console, T&C, voucher benefit missing
CASE_S = "177241020000965"   # console, account security (opened by AWS)
CASE_C = "177311700000388"   # console, T&C, exam result not shown (auto-resolved, reopened)
CASE_E = "177268500000154"   # form case (Japanese), name on certificate
CASE_L = "177327120000521"   # console, service limit
CASE_ED = "177148000000677"  # AWS Educate form case (other program)
CASE_OLD = "13274850191"     # 2023 console case, forwarded for reference
CAND_OLD = "AWS04417720"     # company account
CAND_NEW = "AWS11930586"     # personal account
CAND_DUP = "AWS09002318"     # stray account

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))

def T(s, tz=UTC):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)

def qp(cs):
    c = ecs.Charset(cs); c.body_encoding = ecs.QP; c.header_encoding = ecs.BASE64 if cs != "utf-8" else ecs.QP
    return c

def textpart(body, subtype="plain", cs="utf-8", enc="qp"):
    if cs == "iso-2022-jp":
        p = MIMEText(body, subtype, "iso-2022-jp")
    elif enc == "qp":
        p = MIMEText(body, subtype, qp(cs))
    elif enc == "b64":
        p = MIMEText(body, subtype, cs)  # utf-8 / shift_jis -> base64
        if p["Content-Transfer-Encoding"] != "base64":
            raw = body.encode(cs)
            p = MIMEBase("text", subtype, charset=cs); p.set_payload(raw); encoders.encode_base64(p)
    elif enc == "8bit":
        p = MIMEBase("text", subtype, charset=cs)
        p.set_payload(body.encode(cs).decode(cs))
        p["Content-Transfer-Encoding"] = "8bit"
    else:  # 7bit, or 8bit utf-8 when the text is not ASCII
        if all(ord(c) < 128 for c in body):
            p = MIMEText(body, subtype, "us-ascii")
        else:
            p = MIMEText(body, subtype, qp("utf-8"))
            del p["Content-Transfer-Encoding"]
            p.set_payload(body)
            p["Content-Transfer-Encoding"] = "8bit"
    return p

SES_N = [0]
def mid(domain="email.amazonses.com"):
    SES_N[0] += 1
    if domain == "gmail":
        return "<CA%s%d@mail.gmail.com>" % ("".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+_-") for _ in range(40)), SES_N[0])
    if domain == "email.amazonses.com":
        return "<0100019%x-%08x-%04x-%04x-%04x-%012x-000000@email.amazonses.com>" % (rnd.randrange(16**8), rnd.randrange(16**8), rnd.randrange(16**4), rnd.randrange(16**4), rnd.randrange(16**4), rnd.randrange(16**12))
    return "<%x.%d.%x@%s>" % (rnd.randrange(16**12), SES_N[0], rnd.randrange(16**6), domain)

def auth_gmail(frm_dom, ok=True, dkim_dom=None, spf_ip="54.240.8.%d"):
    d = dkim_dom or frm_dom
    ip = spf_ip % rnd.randrange(2, 250)
    if ok:
        return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=sel%d header.b=Xq%04x;\r\n       spf=pass (google.com: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=%s;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (d, rnd.randrange(9), rnd.randrange(65535), d, ip, d, frm_dom))
    return ("mx.google.com;\r\n       dkim=fail header.i=@%s header.s=s1 header.b=Zz%04x;\r\n       spf=softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender) smtp.mailfrom=%s;\r\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (frm_dom, rnd.randrange(65535), frm_dom, ip, frm_dom, frm_dom))

def auth_corp(frm_dom, ok=True):
    r = "pass" if ok else "fail"
    return "mx01.norimaki-systems.co.jp; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s action=none header.from=%s" % (r, frm_dom, "pass" if ok else "softfail", frm_dom, r, frm_dom)

MSGS = []

def add(label, frm, to, subj, date, text=None, html=None, cc=None, irt=None, refs=None, msgid=None,
        cs="utf-8", enc="qp", hcs=None, auth="auto", extra=None, crlf=False, reply_to=None, raw_parts=None):
    kind, nr, case, cands = label
    if raw_parts is not None:
        m = raw_parts
    elif text is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(textpart(text, "plain", cs, enc)); m.attach(textpart(html, "html", cs, enc))
    elif html is not None:
        m = textpart(html, "html", cs, enc)
    else:
        m = textpart(text, "plain", cs, enc)
    msg = MIMEMultipart("mixed") if False else m
    hdrs = []
    fname, faddr = frm
    fdom = faddr.split("@")[1]
    to_addr = to if isinstance(to, str) else to[1]
    if auth == "auto":
        if fdom in ("gmail.com",) or faddr in (ME_P, ME_C):
            auth = None
        elif to_addr == ME_P:
            auth = auth_gmail(fdom)
        else:
            auth = auth_corp(fdom)
    if auth:
        hdrs.append(("Authentication-Results", auth))
    if not faddr in (ME_P, ME_C):
        hdrs.append(("Return-Path", "<%s>" % ("bounce-%x@%s" % (rnd.randrange(16**8), fdom) if "amazon" in fdom else faddr)))
    def hv(s):
        if hcs and any(ord(ch) > 127 for ch in s):
            return Header(s, hcs).encode()
        if any(ord(ch) > 127 for ch in s):
            return Header(s, "utf-8").encode()
        return s
    fn = fname
    hdrs.append(("From", formataddr((str(Header(fn, hcs or "utf-8")) if any(ord(c) > 127 for c in fn) else fn, faddr)) if fn else faddr))
    if isinstance(to, str):
        hdrs.append(("To", to))
    else:
        hdrs.append(("To", formataddr((to[0], to[1]))))
    if cc: hdrs.append(("Cc", cc))
    if reply_to: hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", hv(subj)))
    hdrs.append(("Date", format_datetime(date)))
    if msgid is None:
        if faddr == ME_P: msgid = mid("gmail")
        elif faddr == ME_C: msgid = mid("norimaki-systems.co.jp")
        elif fdom == "amazon.com": msgid = mid()
        else: msgid = mid(fdom)
    hdrs.append(("Message-ID", msgid))
    if irt: hdrs.append(("In-Reply-To", irt))
    if refs: hdrs.append(("References", refs))
    for k, v in (extra or []):
        hdrs.append((k, v))
    for k, v in hdrs:
        m[k] = v
    # Re-order: put our headers first
    items = m._headers
    ours = [h for h in items if h[0] not in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding")]
    mime = [h for h in items if h[0] in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")]
    m._headers = ours + mime
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d.%d" % (rnd.randrange(10**6), rnd.randrange(10**9), 1771000000000 + rnd.randrange(10**9)))
    data = m.as_bytes(policy=None) if False else m.as_string().encode("utf-8", "surrogateescape")
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    MSGS.append((label, data))
    return msgid

def L(kind, nr=False, case=None, cands=()):
    return (kind, nr, case, list(cands))

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

# ---------------------------------------------------------------- common footers
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact AWS again about this same issue.

======================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

def console_foot(case, rating=True):
    f = CONSOLE_FOOT.format(case=case)
    if not rating:
        f = f.split("\n", 3)[3]
        f = "\nBest regards,\nAmazon Web Services\n" + f.split("Amazon Web Services\n", 1)[1]
    return f

AWS_NR = ("Amazon Web Services", NOREPLY)
FORM_FROM = ("Amazon Web Services", FORM)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E

# ================================================================ messages in arrival order
# 1 GitHub merged
add(L("unrelated"), ("Haruto Sakai", "notifications@github.com"), ME_P,
    "Re: [norimaki/infra-terraform] Move certification docs bucket to new account (PR #412)",
    T("2026-02-09T10:02:11"), text="""Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/norimaki/infra-terraform/pull/412#event-15510293
You are receiving this because you authored the thread.

Message ID: <norimaki/infra-terraform/pull/412/issue_event/15510293@github.com>
""", enc="7bit", extra=[("List-ID", "norimaki/infra-terraform <infra-terraform.norimaki.github.com>"), ("X-GitHub-Reason", "author")])

# 2 certification: expiry reminder
add(L("certification"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certification expires in 90 days",
    T("2026-02-09T15:40:00"), html="""<html><body style="font-family:Arial">
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification will expire on <b>May 10, 2026</b>.</p>
<p>To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. Your 50%% discount benefit can be used toward your recertification exam.</p>
<table border="0" cellpadding="4"><tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Validation number</td><td>Q7WZ1P3KL2E4Q9SV</td></tr></table>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:10px">This message was sent from a notification-only address. Please do not reply.</p>
</body></html>""" % CAND_OLD)
MSGS[-1] = (L("certification", cands=[CAND_OLD]), MSGS[-1][1])

# 3 HR notice Japanese ISO-2022-JP
add(L("unrelated"), ("人事部 田村", "hr-tamura@norimaki-systems.co.jp"), ME_C,
    "【ご案内】退職手続きと最終出社日について", T("2026-02-10T09:15:00", JST), text="""石田さん

お疲れさまです。人事部の田村です。
退職に伴う手続きについてご案内いたします。

・最終出社日：2026年3月13日（金）
・社用メールアカウントは最終出社日の18時に停止されます。
・業務で取得した資格情報の移行が必要な場合は、それまでに各自で手続きを済ませてください。
・PC返却は総務部までお願いします。

ご不明点があれば田村までご連絡ください。

人事部 田村
""", cs="iso-2022-jp", hcs="iso-2022-jp")

# 4 Builder ID code
add(L("unrelated"), ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", T("2026-02-13T13:05:22"), text="""Hello,

Your verification code is: 804611

This code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""", html="""<html><body><p>Hello,</p><p>Your verification code is:</p><p style="font-size:28px;letter-spacing:4px"><b>804611</b></p><p>This code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.</p><p>Amazon Web Services</p></body></html>""")

# 5 user note-to-self forwarding 2023 case (11 digits)
old_case_body = """Hello,

Your exam appointment has been moved as requested. The new date is shown in your AWS Certification Account.

Best regards,
Tomasz W.
Amazon Web Services"""
add(L("user_reply", case=CASE_OLD, cands=[CAND_OLD]), (ME_NAME, ME_C), ME_P,
    "Fwd: RE:[CASE %s] Exam reschedule request" % CASE_OLD, T("2026-02-13T18:22:41", JST),
    text="""Note to self before the company mailbox goes away: my company certification account is %s. Old 2023 case below for reference.

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Tue, Jun 13, 2023 at 4:18 AM
Subject: RE:[CASE %s] Exam reschedule request
To: <%s>

%s
""" % (CAND_OLD, NOREPLY, CASE_OLD, ME_C, old_case_body))

# 6 ack case A (form)
ack_a_text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Contact email: %s

How can we help you?
Use case: I am leaving my employer (Norimaki Systems) in March and would like my certification history moved to my personal account.
All email addresses I may have used: %s, %s
Email address to keep: %s
Candidate IDs: %s (company), %s (personal)

We normally respond within 24 hours, although some inquiries take longer while we look for the best solution. If a case is already open for this request, please do not create another one; duplicate cases delay our response.

Sincerely,
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A, ME_P, ME_C, ME_P, ME_P, CAND_OLD, CAND_NEW)
ACK_A = add(L("acknowledgement", case=CASE_A, cands=[CAND_OLD, CAND_NEW]), FORM_FROM, ME_P, SUBJ_A,
            T("2026-02-14T06:13:02"), text=ack_a_text,
            html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ack_a_text.split("\n\n")) + "</body></html>")

# 7 ack case D, duplicate (Japanese template)
ACK_D = add(L("acknowledgement", case=CASE_D, cands=[CAND_OLD]), FORM_FROM, ME_P,
    "RE: " + SUBJ_D, T("2026-02-14T06:21:30"), text="""お客様

アマゾン ウェブ サービスへお問い合わせいただきありがとうございます。ケース %s を作成しました。

ケースID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職のため、会社アドレスの認定アカウント（%s）を個人アドレスのアカウントへ統合したいです。

担当者より通常24時間以内にご連絡いたします。内容によってはお時間を頂戴する場合がございます。
同じ内容のケースが既にある場合は、新たなケースの作成はお控えください。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, CASE_D, CAND_OLD), enc="b64")

# 8 Amazon.co.jp shipping
add(L("unrelated"), ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました", T("2026-02-14T11:48:00", JST), html="""<html><body>
<p>石田 健太 様</p><p>ご注文いただいた商品を発送しました。お届け予定日：2月16日（月）</p>
<table><tr><td>注文番号</td><td>250-4471829-3390112</td></tr><tr><td>商品</td><td>USB-C ドッキングステーション</td></tr></table>
<p>Amazon.co.jp</p></body></html>""", cs="shift_jis", enc="b64", hcs="iso-2022-jp")

# 9 user reply to D: please close duplicate
D_user = add(L("user_reply", case=CASE_D), (ME_NAME, ME_P), FORM, "Re: RE: " + SUBJ_D,
    T("2026-02-14T21:40:10", JST), irt=ACK_D, refs=ACK_D, text="""Hello,

I submitted the form twice by mistake. Please close this case; the same request is already open as case %s.

Thank you,
Kenta Ishida
""" % CASE_A)

# 10 D closed as duplicate
add(L("case_update", case=CASE_D), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_D,
    T("2026-02-15T02:31:44"), irt=D_user, refs=ACK_D + " " + D_user, text="""Hi Kenta,

Thanks for letting us know. I've closed case %s as a duplicate and linked it to case %s, where your merge request will be handled. No further action is required on this one.

Regards,
Priya
AWS Training and Certification
""" % (CASE_D, CASE_A))

# 11 on_hold A with buried question (APN)
HOLD_A = add(L("on_hold", True, CASE_A, [CAND_OLD]), ("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
    T("2026-02-15T08:05:19"), irt=ACK_A, refs=ACK_A, html="""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>While reviewing your request I found that the certification account %s is associated with an AWS Partner Network (APN) organization, Norimaki Systems. Accounts linked to a partner organization are managed under the partner's agreement, so I have placed the merge on hold for now.</p>
<p>Before we can go further we need to know whether you are still employed by the partner company. Are you leaving Norimaki Systems, and if so, what is your last working day?</p>
<p>Once we have that, I will coordinate the next steps with our partner team.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification Customer Support</p>
</body></html>""" % CAND_OLD)

# 12 billing console case ack (unrelated)
add(L("unrelated", case=CASE_X), AWS_NR, ME_P, "Amazon Web Services: New Support case: %s" % CASE_X,
    T("2026-02-17T09:12:31"), text="""Hello,

We have received your support request. A case has been created for you.

Case ID: %s
Subject: Unexpected NAT Gateway charges on account 402918337615
Severity: General guidance
Service: Billing
Category: Charge inquiry
Correspondence: I see charges of about $41 for NAT Gateway in ap-northeast-1 but I deleted the VPC in January. Please explain.

We will respond as soon as possible. To add information to this case, please use the AWS Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (CASE_X, CASE_X))

# 13 user reply to hold
U_HOLD = add(L("user_reply", case=CASE_A), (ME_NAME, ME_P), FORM, "Re: RE:" + SUBJ_A,
    T("2026-02-17T22:14:55", JST), irt=HOLD_A, refs=ACK_A + " " + HOLD_A, text="""Hi Daniel,

Yes, I am leaving. My last working day at Norimaki Systems is March 13, 2026, and my company mailbox will be closed that evening, so I would like everything moved to %s.

Thanks,
Kenta

On Sun, Feb 15, 2026 at 5:05 PM Amazon Web Services <%s> wrote:
> Hello Kenta,
>
> Thank you for reaching out to AWS Training and Certification.
>
> While reviewing your request I found that the certification account %s is
> associated with an AWS Partner Network (APN) organization, Norimaki Systems.
> ...
> Are you leaving Norimaki Systems, and if so, what is your last working day?
""" % (ME_P, FORM, CAND_OLD))

# 14 on_hold (no question): waiting for partner
HOLD2_A = add(L("on_hold", case=CASE_A), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-02-18T04:47:02"), irt=U_HOLD, refs=" ".join([ACK_A, HOLD_A, U_HOLD]), text="""Hello Kenta,

Thank you for confirming. I've contacted our partner operations team so that the association between your certification account and the Norimaki Systems partner profile can be removed. This usually takes a few business days and depends on the partner's administrator, so the case will stay on hold until I hear back from them.

You don't need to do anything in the meantime; I'll write again as soon as the association is released.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""")

# 15 AWS Educate form case (other program) asking info
add(L("unrelated", case=CASE_ED), ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_ED, T("2026-02-19T03:10:40"), text="""Hello,

Thank you for contacting AWS Educate. To locate your learner account, could you tell us the email address you used when you registered and the approximate date you joined?

Please reply to this email with those details.

Regards,
AWS Educate Support
""")

# 16 phishing lookalike: confirm merge
add(L("suspicious"), ("AWS Certification Support", "support@aws-certsupport-team.com"), ME_P,
    "[CASE 17710582] Action required: confirm your certification account merge", T("2026-02-19T07:58:13"),
    auth=auth_gmail("aws-certsupport-team.com"), html="""<html><body>
<p>Dear Candidate,</p>
<p>Your account merge request is waiting for confirmation. To avoid losing your certification history, confirm the accounts within <b>24 hours</b> by signing in with your AWS credentials:</p>
<p><a href="https://aws-certsupport-team.com/signin?case=17710582">Confirm merge now</a></p>
<p>If you do not confirm, all certifications on the old account will be permanently deleted.</p>
<p>AWS Training &amp; Certification</p></body></html>""")

# 17 billing console update asking info (unrelated)
BX1 = add(L("unrelated", case=CASE_X), AWS_NR, ME_P, "RE:[CASE %s] Unexpected NAT Gateway charges on account 402918337615" % CASE_X,
    T("2026-02-19T18:30:02"), text="""Hello,

Thank you for contacting AWS Billing. I checked account 402918337615 and the NAT Gateway charges come from a gateway (nat-0c1f2e…) that still exists in ap-northeast-1 under a different VPC.

Could you confirm whether you want to keep this gateway? If not, please delete it and reply in the Support Center so that I can review a possible one-time credit.

""" + console_foot(CASE_X) + "\nMiguel S.\nAWS Billing and Accounts\n")

# 18 hold lifted -> case_update
LIFT_A = add(L("case_update", case=CASE_A), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-02-20T05:20:00"), irt=HOLD2_A, refs=" ".join([ACK_A, HOLD_A, U_HOLD, HOLD2_A]), text="""Hello Kenta,

Good news: the partner team has released the link between %s and the Norimaki Systems partner profile, so the hold on your case has been removed. I'm now preparing the merge and will send you the account details shortly.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""" % CAND_OLD)
MSGS[-1] = (L("case_update", case=CASE_A, cands=[CAND_OLD]), MSGS[-1][1])

# 19 skill builder receipt
add(L("unrelated"), ("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder subscription receipt", T("2026-02-20T12:00:31"), html="""<html><body>
<h2>Thanks for subscribing</h2>
<table border="1" cellspacing="0" cellpadding="6"><tr><th>Plan</th><th>Period</th><th>Amount</th></tr>
<tr><td>Individual (monthly)</td><td>Feb 20 &ndash; Mar 19, 2026</td><td>USD 29.00</td></tr></table>
<p>Order number: SB-88120-44731</p><p>Questions? Visit Skill Builder Help.</p></body></html>""")

# 20 confirmation request A (HTML table)
CONF_A_HTML = """<html><head><style>td{border:1px solid #999;padding:4px 8px}</style></head><body style="font-family:Calibri,Arial">
<p>Hi Kenta,</p>
<p>I've located the following certification accounts:</p>
<p><b>Account #1</b> (%s)</p>
<table><tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr></table>
<p><b>Account #2</b> (%s)</p>
<table><tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr></table>
<p>Once merged, Account #2 will be closed and its exam history, certifications and benefits will appear on Account #1. This cannot be undone.</p>
<p>Kindly reply to this email confirming that both accounts belong to you and that we should merge everything into Account #1.</p>
<p>Thanks,<br>Aiko M.<br>AWS Training and Certification Customer Support</p>
</body></html>""" % (CAND_NEW, ME_P, ME_P, ME_P, CAND_OLD, ME_C, ME_C, ME_C)
CONF_A = add(L("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD]), ("Amazon Web Services", FORM), ME_P,
    "RE:" + SUBJ_A, T("2026-02-21T01:44:09"), irt=LIFT_A, refs=" ".join([ACK_A, HOLD_A, U_HOLD, HOLD2_A, LIFT_A]), html=CONF_A_HTML)

# 21 colleague
add(L("unrelated"), ("Haruto Sakai", "h.sakai@norimaki-systems.co.jp"), ME_C,
    "引き継ぎ資料のレビュー", T("2026-02-21T10:30:00", JST), text="""石田さん

引き継ぎ資料ありがとうございます。Terraform の state 移行の手順だけ、もう少し詳しく書いてもらえますか？
来週月曜の午後に30分ほど時間ください。

坂井
""", cs="iso-2022-jp", hcs="iso-2022-jp")

# 22 billing console auto-resolve warning (unrelated)
add(L("unrelated", case=CASE_X), AWS_NR, ME_P, "RE:[CASE %s] Unexpected NAT Gateway charges on account 402918337615" % CASE_X,
    T("2026-02-22T18:31:00"), text="""Hello,

We haven't heard back from you regarding this case. If we don't receive a reply within the next 3 days, the case will be resolved automatically. You can reply in the Support Center at any time before then to keep it open.

""" + console_foot(CASE_X, rating=False))

# 23 closing notice A
CLOSE_A = add(L("closing_notice", True, CASE_A), ("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
    T("2026-02-23T02:10:00"), irt=CONF_A, refs=" ".join([ACK_A, CONF_A]), text="""Hello Kenta,

I'm following up on my previous message. We still haven't received your confirmation about merging into Account #1. If we don't hear from you within 3 business days, this case will be closed. Replying to this email will keep it open.

Thanks,
Aiko M.
AWS Training and Certification Customer Support
""")

# 24 user reply from company address (Outlook style)
U_WRONG = add(L("user_reply", case=CASE_A), (ME_NAME, ME_C), FORM, "RE: " + SUBJ_A,
    T("2026-02-23T13:02:00", JST), irt=CLOSE_A, refs=" ".join([ACK_A, CONF_A, CLOSE_A]), crlf=True, text="""Confirmed. Please merge to Account #1.

Kenta Ishida
Norimaki Systems Co., Ltd. | Cloud Infrastructure

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, February 23, 2026 11:10 AM
To: %s
Subject: RE:%s

Hello Kenta,

I'm following up on my previous message. We still haven't received your confirmation about merging into Account #1. If we don't hear from you within 3 business days, this case will be closed. Replying to this email will keep it open.
""" % (FORM, ME_P, SUBJ_A))

# 25 info request: write from personal address
INFO_A = add(L("info_request", True, CASE_A), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-02-24T00:15:30"), irt=U_WRONG, refs=" ".join([ACK_A, CONF_A, CLOSE_A, U_WRONG]), text="""Hello Kenta,

Thank you for the reply. It came from %s, which is the login address of Account #2, the account that will be closed. For security reasons the go-ahead has to come from the address of the account that will be kept.

We need you to send the same confirmation from %s. As soon as it arrives I'll complete the merge.

Regards,
Aiko M.
AWS Training and Certification Customer Support
""" % (ME_C, ME_P))

# 26 user reply personal
U_OK = add(L("user_reply", case=CASE_A), (ME_NAME, ME_P), FORM, "Re: RE: " + SUBJ_A,
    T("2026-02-24T09:41:12", JST), irt=INFO_A, refs=" ".join([ACK_A, CONF_A, CLOSE_A, U_WRONG, INFO_A]), text="""Hi Aiko,

Sending from my personal address as requested: both accounts are mine. Confirmed, please merge everything into Account #1 (%s).

Best,
Kenta

2026年2月24日(火) 9:15 Amazon Web Services <%s>:
> Hello Kenta,
>
> Thank you for the reply. It came from %s, which is the login address of
> Account #2, the account that will be closed. For security reasons the
> go-ahead has to come from the address of the account that will be kept.
>
> We need you to send the same confirmation from %s. As soon as it arrives
> I'll complete the merge.
""" % (CAND_NEW, FORM, ME_C, ME_P))
MSGS[-1] = (L("user_reply", case=CASE_A, cands=[CAND_NEW]), MSGS[-1][1])

# 27 Pearson VUE confirmation
add(L("unrelated"), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", T("2026-02-24T05:30:00"), html="""<html><body>
<p>Dear Kenta Ishida,</p><p>Thank you for scheduling with Pearson VUE.</p>
<table><tr><td>Exam</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>Registration ID</td><td>482019377</td></tr><tr><td>Date</td><td>Monday, March 2, 2026 10:00 JST</td></tr>
<tr><td>Location</td><td>Online (OnVUE)</td></tr></table>
<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.</p></body></html>""")

# 28 resolved A, top-posted over confirmation request
RES_A = add(L("resolved", case=CASE_A, cands=[CAND_NEW]), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-02-25T03:02:44"), irt=U_OK, refs=" ".join([ACK_A, CONF_A, CLOSE_A, U_WRONG, INFO_A, U_OK]), html="""<html><body style="font-family:Calibri,Arial">
<p>Hi Kenta,</p>
<p>I have successfully merged all accounts. Everything is now under Account #1 (%s); you can sign in with %s and check Exam History, Certifications and Benefits. Your Credly badges will be re-issued to the same address shortly.</p>
<p>Thanks,<br>Aiko M.<br>AWS Training and Certification Customer Support</p>
<hr>
<p><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Saturday, February 21, 2026 1:44 AM<br><b>Subject:</b> RE:%s</p>
<div style="border-left:2px solid #ccc;padding-left:8px">%s</div>
</body></html>""" % (CAND_NEW, ME_P, FORM, SUBJ_A, CONF_A_HTML.split("<body style=\"font-family:Calibri,Arial\">")[1].split("</body>")[0]))

# 29 Credly badge
add(L("badge"), ("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge", T("2026-02-25T03:20:10"), html="""<html><body>
<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/6f1d2c9a-4b7e-4e0f-9a61-2d33b8f0c1e7/accept">Accept your badge</a></p>
<p>Badge ID: 6f1d2c9a-4b7e-4e0f-9a61-2d33b8f0c1e7</p><p>The Credly Team</p></body></html>""")

# 30 billing resolved with rating footer (unrelated)
add(L("unrelated", case=CASE_X), AWS_NR, ME_P, "RE:[CASE %s] Unexpected NAT Gateway charges on account 402918337615" % CASE_X,
    T("2026-02-25T20:05:00"), text="""Hello,

I've applied a one-time credit of USD 41.20 to account 402918337615; it will appear on your March invoice. As the gateway has now been deleted, no further charges are expected. I'm resolving this case; you can reopen it from the Support Center within 14 days if you have questions.

Miguel S.
AWS Billing and Accounts
""" + console_foot(CASE_X))

# 31 survey A
add(L("survey", case=CASE_A), ("AWS Training and Certification", "tc-feedback@amazon.com"), ME_P,
    "How did we do? Case %s" % CASE_A, T("2026-02-26T03:02:00"), html="""<html><body>
<p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification Customer Support was marked as resolved. Would you take one minute to tell us about your experience?</p>
<p><a href="https://survey.aws.training/s/tc-cs?case=%s&amp;score=5">5 &ndash; Very satisfied</a> | <a href="https://survey.aws.training/s/tc-cs?case=%s&amp;score=1">1 &ndash; Very dissatisfied</a></p>
<p>Your feedback helps us improve.</p></body></html>""" % (CASE_A, CASE_A, CASE_A))

# 32 survey billing case (hard call: survey kind)
add(L("survey", case=CASE_X), ("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "Tell us about your AWS Support experience (Case %s)" % CASE_X, T("2026-02-26T21:00:00"), text="""Hello,

Thank you for contacting AWS Support. Please rate the support you received on case %s (Billing). The survey takes less than two minutes:

https://aws.amazon.com/support/survey?caseId=%s

This is an automated message.
""" % (CASE_X, CASE_X))

# 33 ack B console T&C
ACK_B = add(L("acknowledgement", case=CASE_B), AWS_NR, ME_P, "Amazon Web Services: New Support case: %s" % CASE_B,
    T("2026-02-27T02:03:40"), text="""Hello,

We have received your support request. A case has been created for you.

Case ID: %s
Subject: 50%% exam discount missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: My accounts were merged under case %s but the 50%% discount voucher from my old account does not appear in Benefits on the merged account.

We will respond as soon as possible. To add information to this case, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (CASE_B, CASE_A, CASE_B))

# 34 newsletter
add(L("unrelated"), ("Cloud Native Weekly", "newsletter@cloudnativeweekly.jp"), ME_P,
    "Cloud Native Weekly #214: Karpenter 1.3, 新しい認定試験の噂", T("2026-02-27T22:00:00"), html="""<html><body>
<h1>Cloud Native Weekly #214</h1><ul><li>Karpenter 1.3 リリースノートまとめ</li><li>AWS 認定、2026年に新試験が追加されるとの噂</li><li>Case study: マルチアカウント請求の落とし穴</li></ul>
<p>配信停止は<a href="https://cloudnativeweekly.jp/unsub">こちら</a></p></body></html>""", enc="b64",
    extra=[("List-Unsubscribe", "<https://cloudnativeweekly.jp/unsub>")])

# 35 info_request B console, HTML-only
INFO_B = add(L("info_request", True, CASE_B, [CAND_OLD]), AWS_NR, ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-02-28T06:48:20"), html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. I'm sorry the discount didn't follow your merged account.</p>
<p>Benefits are moved separately from exam history, so I need to find the voucher on the closed account. Please add the following in the Support Center:</p>
<ol><li>the date of the exam that earned the benefit, and</li><li>a screenshot of the Benefits page of the merged account.</li></ol>
<p>I can see the old candidate ID %s on the merge record, so you don't need to send it again. Replies to this e-mail are not received; please answer on the case page.</p>
<p>Regards,<br>Sofia L.<br>AWS Training and Certification</p>
<p style="color:#555">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.</p>
<p style="color:#555">To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""" % (CAND_OLD, CASE_B, CASE_B))

# 36 user emails answer to no-reply
U_B1 = add(L("user_reply", case=CASE_B, cands=[CAND_OLD]), (ME_NAME, ME_P), AWS_NR[1],
    "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-02-28T21:05:00", JST),
    irt=INFO_B, refs=ACK_B + " " + INFO_B, text="""Hi Sofia,

The voucher came from my SAA-C03 exam on May 10, 2023, on the old account %s. Screenshot of the Benefits page attached (it only shows "No benefits available").

Kenta

On Sat, Feb 28, 2026 at 3:48 PM Amazon Web Services <%s> wrote:
> Benefits are moved separately from exam history, so I need to find the
> voucher on the closed account. Please add the following in the Support
> Center:
""" % (CAND_OLD, NOREPLY))

# 37 DSN bounce (hard call)
dsn = MIMEMultipart("report", report_type="delivery-status")
dsn.attach(MIMEText("""This is the mail system at host mail-sor-f41.google.com.

Your message could not be delivered to one or more recipients.

      no-reply-aws@amazon.com
      host amazon-smtp.amazon.com said: 550 5.1.1 <no-reply-aws@amazon.com>:
      Recipient address rejected: this mailbox does not accept incoming mail
""", "plain", "us-ascii"))
import email as _email
st = _email.message_from_string('Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n')
dsn.attach(st)
orig = MIMEText("Hi Sofia,\n\nThe voucher came from my SAA-C03 exam on May 10, 2023, on the old account %s.\n\nKenta\n" % CAND_OLD, "plain", "utf-8")
orig["From"] = formataddr((ME_NAME, ME_P)); orig["To"] = NOREPLY
orig["Subject"] = "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B
hdr = MIMEBase("text", "rfc822-headers"); hdr.set_payload("From: Kenta Ishida <%s>\nTo: %s\nSubject: %s\nMessage-ID: %s\n" % (ME_P, NOREPLY, orig["Subject"], U_B1))
dsn.attach(hdr)
add(L("unrelated", case=CASE_B), ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", T("2026-02-28T12:05:09"), raw_parts=dsn, auth=None,
    irt=U_B1, refs=U_B1, msgid=mid("mx.google.com"))

# 38 Billing statement
add(L("unrelated"), ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 402918337615]", T("2026-03-02T09:14:00"), text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7615, is available on the AWS web site. Your account will be charged the following:

Total: $12.84

You can see a complete break down of all charges on the Billing & Cost Management page located here: https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""", enc="7bit")

# 39 security console case opened by AWS (unrelated)
S1 = add(L("unrelated", case=CASE_S), AWS_NR, ME_P, "Amazon Web Services: New Support case: %s" % CASE_S,
    T("2026-03-02T00:10:30"), text="""Hello,

We have opened case %s on your behalf regarding AWS account 402918337615.

Subject: [Action Required] Your AWS Access Key ID AKIA4XXXXXXXXQ7P is exposed
Service: Account Security

We detected that the access key above was published in a public GitHub repository. To protect your account, rotate the key, review CloudTrail for unauthorized activity, and then respond on the case in the Support Center to confirm the steps you completed. Until we hear from you, your account may be subject to usage restrictions.

""" % CASE_S + console_foot(CASE_S, rating=False), crlf=True)

# 40 Pearson reminder
add(L("unrelated"), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Reminder: your AWS exam is tomorrow", T("2026-03-01T01:00:00"), text="""Dear Kenta Ishida,

This is a reminder of your upcoming exam.
Exam: DVA-C02
Registration ID: 482019377
Date: March 2, 2026, 10:00 JST

Run the system test before check-in. Check-in opens 30 minutes before your appointment.

Pearson VUE
""", enc="7bit")

# 41 closing notice B (auto-resolve warning)
CLOSE_B = add(L("closing_notice", True, CASE_B), AWS_NR, ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-03-03T06:50:00"), text="""Hello,

We haven't received the information requested on this case. If we don't hear from you in the Support Center within the next 3 days, the case will be resolved automatically. Once a case has been resolved for 14 days it can no longer be reopened.

""" + console_foot(CASE_B, rating=False))

# 42 user second attempt by e-mail (Japanese)
U_B2 = add(L("user_reply", case=CASE_B), (ME_NAME, ME_P), AWS_NR[1],
    "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-03-03T19:20:00", JST),
    irt=CLOSE_B, refs=" ".join([ACK_B, INFO_B, CLOSE_B]), text="""Hello,

I already answered on Feb 28: the exam date was May 10, 2023. Please keep this case open.

石田

2026年3月3日(火) 15:50 Amazon Web Services <no-reply-aws@amazon.com>:
> We haven't received the information requested on this case. If we don't
> hear from you in the Support Center within the next 3 days, the case will
> be resolved automatically.
""")

# 43 AWS no-reply auto-answer -> info_request (hard call)
add(L("info_request", True, CASE_B), AWS_NR, ME_P,
    "Undeliverable: Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-03-03T10:20:31"),
    irt=U_B2, refs=U_B2, extra=[("Auto-Submitted", "auto-replied")], text="""Your message was not added to your support case.

This address does not accept incoming e-mail, so your reply to case %s has not been delivered to AWS Support. To answer the agent, sign in and add your reply on the case page:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services
""" % (CASE_B, CASE_B))

# 44 ack E Japanese form case
ACK_E = add(L("acknowledgement", case=CASE_E, cands=[CAND_NEW]), ("アマゾン ウェブ サービス", FORM), ME_P, SUBJ_E,
    T("2026-03-05T04:30:25"), hcs="iso-2022-jp", cs="iso-2022-jp", text="""お客様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でケース %s を承りました。

ケース ID：%s
お問い合わせタイプ：認定
その他の詳細：氏名の変更
AWS 候補 ID：%s
お問い合わせ内容：認定証の氏名が「Kenta Ishda」と誤って表示されています。「Kenta Ishida」に修正をお願いします。

通常、24時間以内に担当者よりご連絡いたします。
なお、同じ内容で複数のケースを作成されますと回答が遅れる場合がございますので、ご了承ください。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_E, CASE_E, CAND_NEW))

# 45 case_update B (after user answered in console)
add(L("case_update", case=CASE_B), AWS_NR, ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-03-05T08:12:00"), text="""Hello Kenta,

Thank you for adding the exam date and the screenshot on the case. I found the voucher on the closed account and have sent a request to our benefits team to move it. They normally need 3 to 5 business days; I'll keep the case open and update you when it's done.

Sofia L.
AWS Training and Certification
""" + console_foot(CASE_B))

# 46 info_request E (Japanese keigo)
INFO_E = add(L("info_request", True, CASE_E), ("アマゾン ウェブ サービス", FORM), ME_P, "RE: " + SUBJ_E,
    T("2026-03-05T23:40:00"), irt=ACK_E, refs=ACK_E, hcs="iso-2022-jp", cs="iso-2022-jp", text="""石田 健太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただきました認定証の氏名表記の件につきまして、ご連絡いたします。

氏名の修正にあたり、ご本人確認のため、認定アカウントにご登録の生年月日と、
認定証に記載を希望される氏名のローマ字表記（姓・名の順序を含む）を、
本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
""")

# 47 user reply E (Japanese)
U_E = add(L("user_reply", case=CASE_E, cands=[CAND_NEW]), (ME_NAME, ME_P), FORM, "Re: RE: " + SUBJ_E,
    T("2026-03-06T12:15:00", JST), irt=INFO_E, refs=ACK_E + " " + INFO_E, hcs="iso-2022-jp", cs="iso-2022-jp", text="""小林様

ご連絡ありがとうございます。
候補ID：%s
生年月日：1990年7月14日
希望表記：Kenta Ishida（名・姓の順）

よろしくお願いいたします。
石田

2026年3月6日(金) 8:40 アマゾン ウェブ サービス <%s>:
> 石田 健太 様
>
> 氏名の修正にあたり、ご本人確認のため、認定アカウントにご登録の生年月日と、
> 認定証に記載を希望される氏名のローマ字表記（姓・名の順序を含む）を、
> 本メールへのご返信にてお知らせいただけますでしょうか。
""" % (CAND_NEW, FORM))

# 48 Credly lookalike phishing
add(L("suspicious"), ("Credly Badges", "badges@credly-verify.net"), ME_P,
    "Your AWS badge will be revoked - verify within 48h", T("2026-03-06T14:02:00"), auth=auth_gmail("credly-verify.net"), html="""<html><body>
<p>Hello,</p><p>We could not verify the ownership of your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge after your account merge.</p>
<p>Sign in with your AWS Builder ID within 48 hours to keep it: <a href="https://credly-verify.net/login">Verify badge</a></p>
<p>Credly Trust Team</p></body></html>""")

# 49 resolved E (Japanese, conditional)
add(L("resolved", case=CASE_E), ("アマゾン ウェブ サービス", FORM), ME_P, "RE: " + SUBJ_E,
    T("2026-03-07T02:05:00"), irt=U_E, refs=" ".join([ACK_E, INFO_E, U_E]), hcs="iso-2022-jp", enc="qp", html="""<html><body>
<p>石田 健太 様</p>
<p>ご返信いただきありがとうございます。</p>
<p>認定アカウントの氏名を「Kenta Ishida」に修正いたしました。新しい認定証はアカウントの「認定」ページから再ダウンロードいただけます。Credly のバッジにも数日以内に反映されます。</p>
<p>ほかにご不明な点がございましたら、本メールにご返信ください。</p>
<p>小林<br>AWS トレーニングと認定 カスタマーサポート</p>
<blockquote style="border-left:1px solid #ccc;padding-left:6px">石田様<br>認定アカウントにご登録の生年月日と、ご希望の氏名のローマ字表記を、本メールへのご返信にてお知らせいただけますでしょうか。</blockquote>
</body></html>""")

# 50 certmetrics program survey -> certification
add(L("certification"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", T("2026-03-07T16:00:00"), text="""Hello Kenta,

As an AWS Certified individual, your opinion shapes future exams. Would you share your thoughts in our 10-minute annual certification survey? Participation is optional.

https://www.certmetrics.com/amazon/survey/2026

AWS Certification
""")

# 51 resolved B with rating footer and reopen window
RES_B = add(L("resolved", case=CASE_B), AWS_NR, ME_P,
    "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_B, T("2026-03-08T07:30:00"), text="""Hello Kenta,

The benefits team has moved your 50% exam discount to the merged account; it is listed under Benefits and is valid until May 10, 2026. I'm marking this case as resolved.

If anything is still missing, you can reopen the case from the Support Center within 14 days.

Sofia L.
AWS Training and Certification
""" + console_foot(CASE_B), enc="b64")

# 52 certification: benefit available
add(L("certification"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A new benefit is available in your AWS Certification Account", T("2026-03-08T07:45:00"), text="""Hello Kenta,

A 50% discount voucher is now available in your AWS Certification Account under Benefits. Use it when you schedule your next exam.

AWS Certification
""", enc="7bit")

# 53 survey B
add(L("survey", case=CASE_B), ("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "Tell us about your AWS Support experience (Case %s)" % CASE_B, T("2026-03-09T07:30:00"), html="""<html><body>
<p>Hello,</p><p>How satisfied were you with the resolution of case %s (Training and Certification)?</p>
<p><a href="https://aws.amazon.com/support/survey?caseId=%s">Take the 2-minute survey</a></p>
<p>This is an automated message; replies are not monitored.</p></body></html>""" % (CASE_B, CASE_B))

# 54 ack C console T&C (Japanese body)
ACK_C = add(L("acknowledgement", case=CASE_C), AWS_NR, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C,
    T("2026-03-10T04:30:40"), text="""お客様

サポートリクエストを受け付けました。以下のケースが作成されました。

ケース ID: %s
件名: DVA-C02 の試験結果が表示されない
重要度: 一般的なガイダンス
サービス: トレーニングと認定
カテゴリ: 試験結果
内容: 3月2日に OnVUE で受験しましたが、6営業日たっても結果が表示されません。

このケースに情報を追加するには、サポートセンターをご利用ください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても受信できません。
""" % (CASE_C, CASE_C), enc="b64")

# 55 farewell party
add(L("unrelated"), ("総務 中野", "nakano@norimaki-systems.co.jp"), ME_C,
    "送別会のご案内（3/12）", T("2026-03-10T12:00:00", JST), text="""各位

3月12日（木）19時より、石田さんの送別会を行います。
出欠を3月11日までに中野までご返信ください。

中野
""", cs="shift_jis", enc="b64", hcs="iso-2022-jp")

# 56 info_request C (Japanese keigo, console)
INFO_C = add(L("info_request", True, CASE_C), AWS_NR, ME_P,
    "RE:[CASE %s] DVA-C02 の試験結果が表示されない" % CASE_C, T("2026-03-10T09:05:00"), html="""<html><body>
<p>石田様</p>
<p>AWS トレーニングと認定サポートの佐藤です。お問い合わせありがとうございます。</p>
<p>試験の配信記録を確認いたしますので、Pearson VUE の登録番号（9桁）と受験された時刻を、サポートセンターのケース画面よりご返信いただけますでしょうか。</p>
<p>なお、本メールは送信専用のため、ご返信いただいても担当者には届きません。</p>
<p>よろしくお願いいたします。<br>佐藤</p>
<p>ご意見をお聞かせください。サポートセンターで各返信の右上にある星を選択して、評価をお願いいたします。</p>
<p>このケースについて再度お問い合わせいただく場合は、以下の URL からサポートセンターにアクセスしてください:<br>
https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja</p>
</body></html>""" % CASE_C, enc="b64", hcs="utf-8")

# 57 dmarc fail phishing from real-looking AWS
add(L("suspicious"), AWS_NR, ME_P, "RE:[CASE 177240311800207] Your support case will be closed - account verification required",
    T("2026-03-11T03:33:00"), auth=auth_gmail("amazon.com", ok=False), text="""Hello,

Your support case is about to be closed because the account could not be verified. To keep the case open and avoid suspension of your AWS account, verify your identity and payment method at:

https://support-center-aws.help/verify?case=177240311800207

Amazon Web Services
""")

# 58 limit ack
add(L("unrelated", case=CASE_L), AWS_NR, ME_P, "Amazon Web Services: New Support case: %s" % CASE_L,
    T("2026-03-11T23:20:30"), text="""Hello,

We have received your support request. A case has been created for you.

Case ID: %s
Subject: Limit Increase: Lambda concurrent executions
Service: Service limit increase
Region: Asia Pacific (Tokyo)
New limit value: 3000

We will respond as soon as possible. To add information to this case, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_L, CASE_L))

# 59 user forwards resolved A to colleague
add(L("user_reply", case=CASE_A, cands=[CAND_NEW]), (ME_NAME, ME_P), ("Haruto Sakai", "h.sakai@norimaki-systems.co.jp"),
    "Fwd: RE: " + SUBJ_A, T("2026-03-12T08:40:00", JST), text="""坂井さん

参考までに。会社アドレスの認定アカウントは個人アカウント（%s）に統合済みなので、
パートナー側の資格者数から私の分が外れると思います。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2026年2月25日(水) 12:02
Subject: RE: %s
To: <%s>

Hi Kenta,

I have successfully merged all accounts. Everything is now under Account #1.
""" % (CAND_NEW, FORM, SUBJ_A, ME_P))

# 60 limit approved
add(L("unrelated", case=CASE_L), AWS_NR, ME_P, "RE:[CASE %s] Limit Increase: Lambda concurrent executions" % CASE_L,
    T("2026-03-12T14:10:00"), text="""Hello,

We have approved and processed your quota increase request. It can sometimes take up to 30 minutes for this to propagate and become available for use.

""" + console_foot(CASE_L))

# 61 security case follow-up (unrelated)
add(L("unrelated", case=CASE_S), AWS_NR, ME_P, "RE:[CASE %s] [Action Required] Your AWS Access Key ID AKIA4XXXXXXXXQ7P is exposed" % CASE_S,
    T("2026-03-12T20:00:00"), irt=S1, refs=S1, text="""Hello,

We have not yet received confirmation that the exposed key was rotated. Please reply in the Support Center and tell us which of the following you completed: key deleted, CloudTrail reviewed, unauthorized resources removed. If we don't hear from you in 5 days, the case will be resolved, but restrictions on the account may remain.

""" + console_foot(CASE_S, rating=False))

# 62 closing notice C (auto-resolved, can reopen)
CLOSE_C = add(L("closing_notice", True, CASE_C), AWS_NR, ME_P,
    "RE:[CASE %s] DVA-C02 の試験結果が表示されない" % CASE_C, T("2026-03-13T09:10:00"), text="""Hello,

This case has been resolved automatically because we did not receive a response to our last correspondence. If you still need help, reopen it from the Support Center within 14 days and add the requested details.

""" + console_foot(CASE_C, rating=False))

# 63 colleague out-of-office
add(L("unrelated", case=CASE_A), ("Haruto Sakai", "h.sakai@norimaki-systems.co.jp"), ME_P,
    "自動応答: Fwd: RE: " + SUBJ_A, T("2026-03-12T08:40:20", JST), extra=[("Auto-Submitted", "auto-replied")], text="""3月16日まで不在です。急ぎの件は infra-team@norimaki-systems.co.jp までご連絡ください。
I am out of the office until March 16.
""")

# 64 user reply e-mail to no-reply for C
U_C = add(L("user_reply", case=CASE_C), (ME_NAME, ME_P), NOREPLY, "Re: RE:[CASE %s] DVA-C02 の試験結果が表示されない" % CASE_C,
    T("2026-03-13T19:02:00", JST), irt=CLOSE_C, refs=" ".join([ACK_C, INFO_C, CLOSE_C]), text="""佐藤様

登録番号は 482019377、受験は 3月2日 10:00 JST 開始です。
サポートセンターからもケースを再オープンします。

石田
""")

# 65 case_update C reopened
add(L("case_update", case=CASE_C), AWS_NR, ME_P, "RE:[CASE %s] DVA-C02 の試験結果が表示されない" % CASE_C,
    T("2026-03-13T11:00:00"), text="""Hello,

Your case %s has been reopened. An agent will review your latest correspondence and respond as soon as possible.

""" % CASE_C + console_foot(CASE_C, rating=False))

# 66 GitHub merged (personal repo)
add(L("unrelated"), ("dependabot[bot]", "notifications@github.com"), ME_P,
    "Re: [kishida/aws-notes] Bump boto3 from 1.36.2 to 1.37.0 (PR #9)", T("2026-03-14T02:11:00"), text="""Merged #9 into main.

--
Reply to this email directly or view it on GitHub:
https://github.com/kishida/aws-notes/pull/9#event-16002177
""", enc="7bit")

# 67 other vendor: request solved
add(L("unrelated"), ("JetBrains Support", "support@jetbrains.com"), ME_P,
    "[JetBrains] Re: Transfer license to personal account (Request #4881203)", T("2026-03-14T09:40:00"), text="""Hello Kenta,

Your license has been moved to your personal JetBrains Account. Your request #4881203 is now marked as solved and will close automatically in 7 days. If something is still wrong, simply reply to this email.

Best regards,
Marta
JetBrains Sales Support
""")

# 68 case_update C escalated
add(L("case_update", case=CASE_C), AWS_NR, ME_P, "RE:[CASE %s] DVA-C02 の試験結果が表示されない" % CASE_C,
    T("2026-03-15T05:25:00"), html="""<html><body><p>石田様</p>
<p>ご回答ありがとうございます。登録番号 482019377 の受験記録を確認し、結果の反映が遅れている件を試験配信チームへエスカレーションいたしました。反映まで今しばらくお待ちください。</p>
<p>佐藤</p>
<p>このケースについて再度お問い合わせいただく場合は、サポートセンターをご利用ください: https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja<br>
※このメールは送信専用アドレスから送信されています。</p></body></html>""" % CASE_C)

# 69 certification exam result
add(L("certification", cands=[CAND_NEW]), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations! You are now AWS Certified", T("2026-03-16T01:10:00"), html="""<html><body>
<p>Congratulations, Kenta!</p><p>You have earned the <b>AWS Certified Developer &ndash; Associate</b> certification.</p>
<p>Candidate ID: %s<br>Your score report and digital certificate are available in your AWS Certification Account.</p>
<p>AWS Training and Certification</p></body></html>""" % CAND_NEW)

# 70 resolved C
add(L("resolved", case=CASE_C), AWS_NR, ME_P, "RE:[CASE %s] DVA-C02 の試験結果が表示されない" % CASE_C,
    T("2026-03-16T02:00:00"), text="""石田様

試験結果がアカウントに反映されたことを確認いたしました。スコアレポートは「試験履歴」からご覧いただけます。本ケースは解決済みとさせていただきます。
引き続き問題がある場合は、14日以内であればサポートセンターからケースを再オープンいただけます。

佐藤
AWS トレーニングと認定
""" + console_foot(CASE_C), enc="b64")

# 71 Credly new badge
add(L("badge"), ("Credly", "admin@credly.com"), ME_P,
    "Congratulations, Kenta! You've earned a badge", T("2026-03-16T01:30:00"), text="""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer – Associate.

Accept your badge: https://www.credly.com/badges/0a9c77e2-5d14-4c3b-8f1e-77a2b0c4d6f9/accept

The Credly Team
""")

# 72 security case resolved (unrelated)
add(L("unrelated", case=CASE_S), AWS_NR, ME_P, "RE:[CASE %s] [Action Required] Your AWS Access Key ID AKIA4XXXXXXXXQ7P is exposed" % CASE_S,
    T("2026-03-16T18:00:00"), text="""Hello,

Thank you for rotating the key and confirming your review. We have lifted the restrictions on account 402918337615 and resolved this case.

""" + console_foot(CASE_S))

# 73 marketing
add(L("unrelated"), ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2026 登録受付開始", T("2026-03-17T01:00:00"), html="""<html><body>
<h2>AWS Summit Japan 2026</h2><p>6月25日・26日 幕張メッセにて開催。登録は無料です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p>配信停止をご希望の方はこちら</p></body></html>""", enc="b64", hcs="utf-8")

# 74 user reopens A by e-mail (exam history missing)
U_A2 = add(L("user_reply", case=CASE_A), (ME_NAME, ME_P), FORM, "Re: RE: " + SUBJ_A,
    T("2026-03-17T21:10:00", JST), irt=RES_A, refs=" ".join([ACK_A, CONF_A, U_OK, RES_A]), text="""Hi Aiko,

One more thing after the merge: my 2021 Cloud Practitioner exam doesn't appear in Exam History on the merged account (the certificate is there). Could you check?

Kenta
""")

# 75 case_update A reopened
REOPEN_A = add(L("case_update", case=CASE_A), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-03-18T01:22:00"), irt=U_A2, refs=" ".join([ACK_A, RES_A, U_A2]), text="""Hello Kenta,

I've reopened your case so we can look at the missing exam record. I'm checking the records of the closed account now and will get back to you.

Best regards,
Aiko M.
AWS Training and Certification Customer Support
""")

# 76 info_request A (buried after explanation, no please)
INFO_A2 = add(L("info_request", True, CASE_A, [CAND_DUP]), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-03-18T06:40:00"), irt=REOPEN_A, refs=" ".join([ACK_A, RES_A, U_A2, REOPEN_A]), text="""Hello Kenta,

I looked into this. The 2021 Cloud Practitioner exam is not on either of the merged accounts; it sits on a third certification record, %s, which was created with a different address at the time. That record was not part of the merge request, so I can't move it without your go-ahead and a bit more information.

Which email address did you use when you booked that exam in 2021, and do you remember roughly when you took it?

Best regards,
Aiko M.
AWS Training and Certification Customer Support

> Hi Aiko,
> One more thing after the merge: my 2021 Cloud Practitioner exam doesn't
> appear in Exam History on the merged account (the certificate is there).
""" % CAND_DUP)

# 77 Partner Central unrelated
add(L("unrelated"), ("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), ME_C,
    "Your AWS Partner Central user access will be removed", T("2026-03-13T00:30:00"), text="""Hello Kenta,

An administrator of Norimaki Systems has removed your user from the company's AWS Partner Central account, effective March 13, 2026. Your AWS Certification records are not affected.

AWS Partner Network
""")

# 78 survey-like footer but C feedback -> survey
add(L("survey", case=CASE_C), ("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "Tell us about your AWS Support experience (Case %s)" % CASE_C, T("2026-03-19T02:00:00"), text="""こんにちは

ケース %s（トレーニングと認定）のサポートについて、満足度アンケートにご協力ください（所要時間 約2分）。

https://aws.amazon.com/support/survey?caseId=%s&language=ja

このメールは自動送信されています。
""" % (CASE_C, CASE_C), enc="b64")

# 79 Credly accept reminder
add(L("badge"), ("Credly", "admin@credly.com"), ME_P,
    "Reminder: accept your AWS Certified Developer – Associate badge", T("2026-03-20T01:30:00"), html="""<html><body>
<p>Hi Kenta, you still have a badge waiting to be accepted.</p><p><a href="https://www.credly.com/earner/earned">View badge</a></p></body></html>""")

# 80 closing notice A after unanswered info request
add(L("closing_notice", True, CASE_A), ("Amazon Web Services", FORM), ME_P, "RE: " + SUBJ_A,
    T("2026-03-21T06:40:00"), irt=INFO_A2, refs=" ".join([ACK_A, RES_A, U_A2, REOPEN_A, INFO_A2]), html="""<html><body>
<p>Hello Kenta,</p>
<p>Just checking in: I haven't heard back about the email address used for the 2021 exam. Unless we hear from you by March 25, I'll close the case again. A reply to this message is all it takes to keep it open.</p>
<p>Aiko M.<br>AWS Training and Certification Customer Support</p>
<p>We value your feedback. If you would like to share your experience, you can answer a short survey after the case is closed.</p>
</body></html>""")

# ---------------------------------------------------------------- write out (sorted by arrival)
order = sorted(range(len(MSGS)), key=lambda i: __import__("email").utils.parsedate_to_datetime(
    __import__("email").message_from_bytes(MSGS[i][1])["Date"]))
for f in os.listdir(OUT):
    if f.endswith("-msg.eml") or f.endswith("-msg.json"):
        os.remove(os.path.join(OUT, f))
cnt = Counter(); nr = 0
for n, i in enumerate(order, 1):
    (kind, needs, case, cands), data = MSGS[i]
    with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as fh:
        fh.write(data)
    with open(os.path.join(OUT, "%03d-msg.json" % n), "w") as fh:
        json.dump({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}, fh, ensure_ascii=False)
        fh.write("\n")
    cnt[kind] += 1; nr += needs
for k in sorted(cnt):
    print("%-22s %d" % (k, cnt[k]))
print("total %d, needs_reply %d" % (len(MSGS), nr))
