#!/usr/bin/env python3
"""Blind corpus generator (set 166): AWS Training and Certification support-case mail
plus the unrelated mail around it, for one mailbox owner.  Standard library only.
Run:  python3 gen.py   (writes NNN-msg.eml / NNN-msg.json next to this script)."""
import json
import os
import glob
import hashlib
from collections import Counter
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Kenta Sakuraba"
ME_JA = "桜庭 健太"
ME_P = "kenta.sakuraba.89@gmail.com"          # personal
ME_C = "k.sakuraba@hoshizora-tech.co.jp"      # company (APN partner, closes 2025-04-15)

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))
CERTM = formataddr(("AWS Certification", "do-not-reply@certmetrics.com"))
CREDLY = formataddr(("Credly", "admin@credly.com"))

# case numbers
D = "13274590381"          # 2023, name correction
OLD = "7051938462"         # 2020, previous employer, only in a forward
A = "174358291200417"      # 2025 merge company -> personal
B = "174359052300982"      # duplicate of A
H = "174435612000156"      # benefit reissue, linked to A
E = "174611250300061"      # Support Center console case, voucher rejected
F = "174731804200733"      # JA: two accounts same e-mail, Credly
G = "174913600100288"      # missing exam history, reopened
J = "175133455100914"      # notification e-mail change
EDU = "171076540200412"    # AWS Educate form case (other program)

CAND_OLD = "AWS02716483"
CAND_NEW = "AWS05531907"
CAND_DUP = "AWS05892214"

JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

_msgids = {}


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:20], h[20:32], domain)


def charset(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    elif enc == "8bit":
        c.body_encoding = None
    return c


def auth_gmail(domain, ok=True, dkim_domain=None, spf_ok=None):
    dkim_domain = dkim_domain or domain
    if spf_ok is None:
        spf_ok = ok
    if ok:
        return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=selector1 header.b=Qx3kPz0a;\r\n"
                "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.12 as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dkim_domain, domain, domain, domain))
    return ("mx.google.com;\r\n       dkim=fail header.i=@%s header.s=selector1 header.b=Zr7Lm1Qe;\r\n"
            "       spf=%s (google.com: domain of bounce@mail-relay.example-host.net does not designate 185.212.44.9 as permitted sender) smtp.mailfrom=mail-relay.example-host.net;\r\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (domain, "pass" if spf_ok else "softfail", domain))


def auth_corp(domain, ok=True):
    res = "pass" if ok else "fail"
    return ("mx01.hoshizora-tech.co.jp;\r\n\tdkim=%s header.d=%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\tdmarc=%s action=none header.from=%s"
            % (res, domain, res, domain, res, domain))


MESSAGES = []


def add(label, frm, to, subject, dt, *, text=None, html=None, cs="utf-8", enc=None,
        subj_cs=None, reply_to=None, thread=None, auth=None, crlf=False,
        extra=None, cc=None, key=None, ctype_text="plain", msgid_domain=None):
    """label = (kind, needs_reply, case, candidate_ids)"""
    n = len(MESSAGES) + 1
    key = key or "m%03d" % n
    if text is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(MIMEText(text, "plain", charset(cs, enc)))
        m.attach(MIMEText(html, "html", charset(cs, enc)))
    elif html is not None:
        m = MIMEText(html, "html", charset(cs, enc))
    else:
        m = MIMEText(text, ctype_text, charset(cs, enc))
    frm_addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    dom = msgid_domain or frm_addr.split("@")[-1]
    if auth:
        m["Authentication-Results"] = auth
    hdrs = []
    hdrs.append(("Received", "from %s (%s) by %s with ESMTPS id %s; %s" % (
        "a8-31.smtp-out.amazonses.com" if "amazon" in dom else "mail." + dom,
        "54.240.8.31" if "amazon" in dom else "203.0.113.%d" % (n % 200 + 10),
        "mx.google.com" if (to == ME_P or ME_P in to) else "mx01.hoshizora-tech.co.jp",
        hashlib.md5(key.encode()).hexdigest()[:16], format_datetime(dt))))
    for k, v in hdrs:
        m[k] = v
    m["Message-ID"] = mid(key, dom)
    _msgids[key] = m["Message-ID"]
    m["Date"] = format_datetime(dt)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if subj_cs:
        m["Subject"] = Header(subject, subj_cs)
    else:
        m["Subject"] = subject
    if thread:
        refs = [_msgids[k] for k in thread if k in _msgids]
        if refs:
            m["In-Reply-To"] = refs[-1]
            m["References"] = " ".join(refs)
    if extra:
        for k, v in extra:
            m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    # header order as a mailbox stores it: trace headers first, MIME headers last;
    # the owner's own (sent) copies carry no trace headers.
    own = ME_P in frm or ME_C in frm
    trace = [h for h in m._headers if h[0] in ("Received", "Authentication-Results")]
    mime = [h for h in m._headers if h[0] in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding")]
    rest = [h for h in m._headers if h not in trace and h not in mime]
    trace.sort(key=lambda h: h[0] != "Received")
    m._headers = ([] if own else trace) + rest + [h for h in mime if h[0] == "MIME-Version"] + \
        [h for h in mime if h[0] != "MIME-Version"]
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    data = m.as_bytes(policy=pol)
    kind, needs, case, cands = label
    MESSAGES.append((n, data, {"kind": kind, "needs_reply": needs, "case": case,
                               "candidate_ids": list(cands)}))
    return key


def d(y, mo, da, h, mi, tz=JST):
    return datetime(y, mo, da, h, mi, (y + mo + da + h + mi) % 60, tzinfo=tz)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.splitlines())


CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the URL above.
======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ------------------------------------------------------------------ 2023
add(("certification", False, None, [CAND_OLD]), CERTM, ME_C,
    "Your AWS Certification exam results are available", d(2023, 6, 9, 21, 4, PDT),
    auth=auth_corp("certmetrics.com"),
    html="""<html><body style="font-family:Arial">
<p>Hello Kenta Sakuraba,</p>
<p>Your results for <b>AWS Certified Solutions Architect - Associate (SAA-C03)</b> are now available in your AWS Certification Account.</p>
<table border="0" cellpadding="4"><tr><td>Candidate ID</td><td>AWS02716483</td></tr>
<tr><td>Exam date</td><td>2023-06-08</td></tr><tr><td>Result</td><td>PASS</td></tr></table>
<p>Sign in at <a href="https://www.aws.training/Certification">aws.training/Certification</a> to view your score report and download your certificate.</p>
<p>AWS Training and Certification</p>
<p style="font-size:10px;color:#777">This message was sent from a notification-only address. Replies are not monitored.</p>
</body></html>""", enc="qp")

add(("unrelated", False, None, []), formataddr(("Cloud Weekly", "newsletter@cloudweekly.dev")), ME_C,
    "Cloud Weekly #212: certification study plans, CDK v3 preview, and a case-closed postmortem",
    d(2023, 6, 10, 8, 0, UTC), auth=auth_corp("cloudweekly.dev"),
    text="""CLOUD WEEKLY - issue 212

1. How our team passed five AWS Certification exams in a quarter
   A study plan that worked, and the one that didn't. Tip: merge your
   notes into one place and confirm your exam slot two weeks ahead.

2. CDK v3 preview: what changes for constructs

3. Postmortem: "case closed" too early - how a support ticket got lost
   between two queues at a SaaS vendor.

You are receiving this because you subscribed at cloudweekly.dev.
Unsubscribe: https://cloudweekly.dev/u/8f2a1c
""")

D_ACK = add(("acknowledgement", False, D, [CAND_OLD]), TC_FROM, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    d(2023, 6, 14, 10, 22), cs="iso-2022-jp", subj_cs=None, auth=auth_corp("amazon.com"),
    text="""桜庭 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

お問い合わせの内容は以下のとおりです。
----------------------------------------
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: AWS02716483
お問い合わせ内容: 認定証の氏名が「SAKURADA」と表示されています。正しくは「SAKURABA」です。
----------------------------------------

担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、追加の情報はこのメールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサービス
""" % D)

D_REQ = add(("info_request", True, D, []), formataddr(("Daniel R. (AWS Training and Certification)", TC)), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    d(2023, 6, 15, 16, 40, PDT), thread=[D_ACK], enc="qp", auth=auth_corp("amazon.com"),
    text="""Hello Kenta,

Thanks for writing in about the spelling on your certificate. Name corrections go through our certification records team, and they will only change a record when it matches the identification that was checked at the test center.

So that I can send this over, we need two things from you: your name exactly as it is printed on the government-issued ID you presented (in Latin characters, including any middle name), and the date of the exam where the misspelling first appeared.

Once I have those I can take it from there.

Kind regards,
Daniel R.
AWS Training and Certification Customer Service
""",
    html="""<div style="font-family:Calibri,sans-serif">Hello Kenta,<br><br>
Thanks for writing in about the spelling on your certificate. Name corrections go through our certification records team, and they will only change a record when it matches the identification that was checked at the test center.<br><br>
So that I can send this over, we need two things from you: your name exactly as it is printed on the government-issued ID you presented (in Latin characters, including any middle name), and the date of the exam where the misspelling first appeared.<br><br>
Once I have those I can take it from there.<br><br>
Kind regards,<br>Daniel R.<br><span style="color:#555">AWS Training and Certification Customer Service</span></div>""")

add(("unrelated", False, None, []), formataddr(("Amazon Web Services", "aws-billing@amazon.com")), ME_C,
    "Your AWS invoice is available: [AWS ID 481516234200]", d(2023, 6, 16, 2, 11, UTC),
    auth=auth_corp("amazon.com"),
    text="""Greetings from Amazon Web Services,

Your invoice for account 481516234200 for the billing period May 1 - May 31, 2023 is now available.
Amount due: USD 18.42

You can view and download the invoice in the Billing and Cost Management console.
This is an automated message; no reply is needed.

Amazon Web Services
""")

D_CLOSE = add(("closing_notice", True, D, []), formataddr(("Daniel R. (AWS Training and Certification)", TC)), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    d(2023, 6, 20, 9, 5, PDT), thread=[D_ACK, D_REQ], crlf=True, auth=auth_corp("amazon.com"),
    text="""Hi Kenta,

I'm following up on the name correction. I haven't received the ID name and exam date I mentioned last week, and without them the records team can't act.

Unless we hear from you in the next 3 business days, this case will be closed automatically. Replying to this e-mail at any point keeps it open (or reopens it).

Regards,
Daniel R.
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 15, 2023 4:40 PM
To: k.sakuraba@hoshizora-tech.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

Hello Kenta,

Thanks for writing in about the spelling on your certificate. [...] we need two things from you: your name exactly as it is printed on the government-issued ID you presented, and the date of the exam where the misspelling first appeared.
""" % D)

D_REP = add(("user_reply", False, D, [CAND_OLD]), formataddr((ME_NAME, ME_C)), TC,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    d(2023, 6, 21, 8, 30), thread=[D_ACK, D_REQ, D_CLOSE], crlf=True,
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hello Daniel,

Sorry for the slow reply, I was travelling.

Name on my passport: KENTA SAKURABA (no middle name)
Exam: SAA-C03 on 2023-06-08 - that is the first and only certificate with the wrong spelling.
Candidate ID: AWS02716483

Thank you,
Kenta Sakuraba
Hoshizora Tech Co., Ltd.

-----Original Message-----
From: Daniel R. (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 20, 2023 6:05 PM
To: k.sakuraba@hoshizora-tech.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

Hi Kenta,

I'm following up on the name correction. I haven't received the ID name and exam date I mentioned last week, and without them the records team can't act.
""" % D)

D_UPD = add(("case_update", False, D, []), formataddr(("Daniel R. (AWS Training and Certification)", TC)), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    d(2023, 6, 21, 11, 12, PDT), thread=[D_ACK, D_REQ, D_CLOSE, D_REP], auth=auth_corp("amazon.com"),
    text="""Hi Kenta,

Got it, thank you. I've handed your details to the certification records team, who make name changes on exam records. They usually need three to five business days. I'll keep this case open and write to you again once they confirm the change.

Regards,
Daniel R.
AWS Training and Certification Customer Service

> Name on my passport: KENTA SAKURABA (no middle name)
> Exam: SAA-C03 on 2023-06-08
> Candidate ID: AWS02716483
""")

D_RES = add(("resolved", False, D, []), formataddr(("Daniel R. (AWS Training and Certification)", TC)), ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    d(2023, 6, 27, 8, 51, PDT), thread=[D_ACK, D_REQ, D_CLOSE, D_REP, D_UPD], enc="qp",
    auth=auth_corp("amazon.com"),
    text="""Hi Kenta,

Good news from the records team: your exam record and certificate now read KENTA SAKURABA. A freshly generated PDF is waiting under Certifications in your account, and your Credly badge will pick up the new spelling at its next refresh.

Best,
Daniel R.
AWS Training and Certification Customer Service

---- Earlier in this case ----
Hello Kenta,
So that I can send this over, we need two things from you: your name exactly as it is printed on the government-issued ID you presented, and the date of the exam where the misspelling first appeared.
""",
    html="""<html><body><p>Hi Kenta,</p>
<p>Good news from the records team: your exam record and certificate now read <b>KENTA SAKURABA</b>. A freshly generated PDF is waiting under <i>Certifications</i> in your account, and your Credly badge will pick up the new spelling at its next refresh.</p>
<p>Best,<br>Daniel R.<br>AWS Training and Certification Customer Service</p>
<hr><p style="color:#666">---- Earlier in this case ----<br>Hello Kenta,<br>So that I can send this over, we need two things from you: your name exactly as it is printed on the government-issued ID you presented, and the date of the exam where the misspelling first appeared.</p>
</body></html>""")

add(("survey", False, D, []), formataddr(("AWS Training and Certification", "tc-feedback@amazon.com")), ME_C,
    "How did we do? Your recent AWS Training and Certification case %s" % D, d(2023, 6, 28, 3, 0, UTC),
    auth=auth_corp("amazon.com"),
    html="""<html><body style="font-family:Arial,sans-serif">
<h3>Tell us about your support experience</h3>
<p>You recently contacted AWS Training and Certification Customer Service (case %s). Could you take two minutes to answer five questions about it?</p>
<p><a href="https://survey.amazon.com/s/tc?c=%s">Start the survey</a></p>
<p>Your answers help us improve. The survey closes in 14 days.</p>
<p style="font-size:11px;color:#888">Please do not reply to this message.</p></body></html>""" % (D, D))

add(("unrelated", False, None, []), formataddr(("Pearson VUE", "noreply@pearsonvue.com")), ME_C,
    "Confirmation of your exam appointment - Registration 487201553", d(2023, 11, 2, 5, 31, UTC),
    auth=auth_corp("pearsonvue.com"),
    text="""Dear Kenta Sakuraba,

Thank you for scheduling with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 487201553
Date/time: Monday, November 20, 2023 10:00 JST
Location: OnVUE online proctored

To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
""")

add(("certification", False, None, []), CERTM, ME_C,
    "Congratulations! You are now AWS Certified", d(2023, 11, 20, 15, 2, PST),
    auth=auth_corp("certmetrics.com"),
    text="""Congratulations, Kenta!

You have earned AWS Certified Developer - Associate.
Validation number: 9QW2LK1D3BE41ZX5
Valid through: November 20, 2026

Your digital badge will arrive from Credly in a separate e-mail. Certification benefits are
available in your AWS Certification Account under Benefits.

AWS Training and Certification
""")

add(("badge", False, None, []), CREDLY, ME_C,
    "Kenta, you earned a badge from Amazon Web Services Training and Certification",
    d(2023, 11, 21, 1, 12, UTC), auth=auth_corp("credly.com"),
    html="""<html><body><table width="600" style="font-family:Helvetica"><tr><td>
<h2>Congratulations, Kenta!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/7e0c8a34-2b1f-4c0e-9a77-4d1b5e2f9c10/accept">Accept your badge</a></p>
<p>Share it on LinkedIn or add it to your e-mail signature.</p>
<p style="font-size:11px">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY</p></td></tr></table></body></html>""")

add(("suspicious", False, None, []), formataddr(("AWS Certification Security", "security@aws-certmetrics-verify.com")), ME_C,
    "Action Required: your AWS Certification will be revoked in 48 hours", d(2024, 3, 4, 13, 9, UTC),
    auth=auth_corp("aws-certmetrics-verify.com"),
    text="""Dear Certified Professional,

During a routine audit we detected duplicate certification accounts registered to your name.
To avoid revocation of all your AWS Certifications you must confirm ownership within 48 hours.

Reply to this message with:
  - your Candidate ID
  - the password of your AWS Certification Account
or verify online: https://aws-certmetrics-verify.com/secure/confirm

Failure to respond will result in permanent removal of your exam history.

AWS Certification Compliance Team
""")

add(("unrelated", False, None, []), formataddr(("AWS Educate", "aws-cs-educate-form@amazon.com")), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU, d(2024, 3, 19, 9, 44, PDT),
    auth=auth_gmail("amazon.com"),
    text="""Hello,

Thank you for contacting AWS Educate. The learner account for kenta.sakuraba.89@gmail.com has been re-enabled and you can sign in again with the same address. I've resolved this case.

If you need anything else regarding AWS Educate, you can reach us by replying to this message.

Best regards,
Sam
AWS Educate Support
""")

add(("certification", False, None, []), CERTM, ME_C,
    "Your AWS Certification expires in 90 days", d(2024, 9, 10, 17, 0, PDT),
    auth=auth_corp("certmetrics.com"),
    text="""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on December 8, 2024.
To keep it active, pass the current version of the exam (or a higher-level exam in the same path)
before that date. Your 50% discount benefit can be used for the recertification exam.

Sign in to your AWS Certification Account to schedule.

AWS Training and Certification
""")

add(("certification", False, None, []), CERTM, ME_C,
    "Congratulations on recertifying your AWS Certification!", d(2024, 12, 2, 18, 20, PST),
    auth=auth_corp("certmetrics.com"), enc="qp",
    text="""Hi Kenta,

Well done - you've recertified AWS Certified Solutions Architect – Associate. Your new expiration date is December 2, 2027.

Your updated certificate is available in your AWS Certification Account.

AWS Training and Certification
""")

add(("badge", False, None, []), formataddr(("Credly", "admin@youracclaim.com")), ME_C,
    "Your AWS Certified Solutions Architect – Associate badge has been renewed",
    d(2024, 12, 3, 2, 41, UTC), auth=auth_corp("youracclaim.com"), enc="qp",
    text="""Hi Kenta,

Amazon Web Services Training and Certification renewed your badge "AWS Certified Solutions Architect – Associate". The new expiry date is shown on your badge page:
https://www.credly.com/badges/0b5d1f4e-55a2-4a8f-8b1e-3c2d77a10e6f

Credly
""")

# ------------------------------------------------------------------ 2025: leaving the company
add(("unrelated", False, None, []), formataddr(("山口 美咲", "m.yamaguchi@hoshizora-tech.co.jp")), ME_C,
    "送別会の日程について", d(2025, 3, 5, 12, 18), cs="iso-2022-jp", subj_cs="iso-2022-jp",
    auth=auth_corp("hoshizora-tech.co.jp"),
    text="""桜庭さん

お疲れさまです。山口です。
4月11日(金)19時から、新橋の店で送別会を予定しています。
ご都合いかがでしょうか。難しければ別日も調整しますので、気軽に教えてください。

山口
""")

add(("user_reply", False, None, [CAND_OLD]), formataddr((ME_NAME, ME_C)), ME_P,
    "memo: AWS cert account before I leave", d(2025, 3, 28, 19, 2),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Note to self (sent from work before the mailbox goes away):

Cert account on the company address
 - Candidate ID: AWS02716483
 - SAA (recert 2024-12-02, valid to 2027-12-02)
 - DVA (2023-11-20)
 - SOA (2022-08-19)  <- check this one is still listed!
 - Benefit: 50% exam discount, unused

Plan: create Builder ID with gmail, make a new cert account, then ask support to merge.
Last day at Hoshizora: 2025-04-15.
""")

add(("user_reply", False, OLD, []), formataddr((ME_NAME, ME_P)), ME_P,
    "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % OLD,
    d(2025, 3, 28, 21, 15), enc="qp",
    text="""For reference: this is how the merge went when I left my previous job in 2020.
Keep the wording of my request the same this time.

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Sep 15, 2020 at 2:03 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <kenta.sakuraba.89@gmail.com>


Hello Kenta,

I have successfully merged all accounts. Your exam history and certifications are now available under kenta.sakuraba.89@gmail.com.

Please let us know if you need anything else.

Regards,
Ines
AWS Training and Certification Customer Service
""" % OLD)

add(("unrelated", False, None, []), formataddr(("AWS", "no-reply@signin.aws")), ME_P,
    "Verify your AWS Builder ID email address", d(2025, 4, 2, 8, 2, UTC),
    auth=auth_gmail("signin.aws"),
    text="""Hello,

Use the following code to verify your email address for your AWS Builder ID:

    604219

This code expires in 10 minutes. If you did not request it, you can ignore this e-mail.

Amazon Web Services
""")

A_ACK = add(("acknowledgement", False, A, [CAND_OLD]), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 2, 8, 35, UTC),
    auth=auth_gmail("amazon.com"), enc="8bit",
    text="""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have logged your inquiry as case %s.

Here is a copy of what you submitted:
---
Inquiry type: Certification
Additional details: Account Merge
Candidate ID (account to retire): AWS02716483
Description: I will leave Hoshizora Tech on April 15 and want my certification history on my personal account. Addresses I have used: k.sakuraba@hoshizora-tech.co.jp, kenta.sakuraba.89@gmail.com. Address to keep: kenta.sakuraba.89@gmail.com
---

A member of our team normally responds within one business day; complex requests can take longer. Opening a second case for the same issue will delay our answer, so please keep everything on this case by replying to this e-mail.

Regards,
AWS Training and Certification Customer Service
""" % A)

B_ACK = add(("acknowledgement", False, B, []), TC_FROM, ME_C,
    "RE:[CASE %s] %s" % (B, TC_SUBJ), d(2025, 4, 2, 10, 42, UTC),
    auth=auth_corp("amazon.com"), enc="b64",
    text="""AWS トレーニングと認定へのお問い合わせありがとうございます。

お問い合わせを受け付け、ケース ID %s を発行しました。
ケースの詳細は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 会社のアドレス (k.sakuraba@hoshizora-tech.co.jp) の認定アカウントを、個人のアドレスのアカウントへ統合したいです。

通常 24 時間以内に担当者よりご連絡いたしますが、最適な解決策をご案内するためにさらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定
""" % B)

B_REP = add(("user_reply", False, B, []), formataddr((ME_NAME, ME_C)), TC,
    "RE:[CASE %s] %s" % (B, TC_SUBJ), d(2025, 4, 2, 20, 3), thread=[B_ACK], crlf=True,
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hello,

I sent the form twice by mistake (once from my personal address, once from this company one). This is the same request as case %s - please close this one and continue there.

Kenta Sakuraba

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 2, 2025 7:42 PM
To: k.sakuraba@hoshizora-tech.co.jp
Subject: RE:[CASE %s] %s

AWS トレーニングと認定へのお問い合わせありがとうございます。
お問い合わせを受け付け、ケース ID %s を発行しました。
""" % (A, B, TC_SUBJ, B))

add(("unrelated", False, None, []), formataddr(("AWS Japan", "aws-marketing-email-replies@amazon.com")), ME_P,
    "【AWS Summit Japan 2025】登録受付を開始しました", d(2025, 4, 3, 1, 0, UTC),
    subj_cs="utf-8", auth=auth_gmail("amazon.com"),
    html="""<html><body><table width="640" style="font-family:'Hiragino Sans',Meiryo,sans-serif"><tr><td>
<h2>AWS Summit Japan 2025 登録受付中</h2>
<p>6月25日・26日、幕張メッセで開催します。AWS 認定資格をお持ちの方向けの認定者ラウンジもご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:11px;color:#888">配信停止をご希望の場合はこちらから手続きしてください。アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>""")

add(("case_update", False, B, []), formataddr(("Kwame A. (AWS Training and Certification)", TC)), ME_C,
    "RE:[CASE %s] %s" % (B, TC_SUBJ), d(2025, 4, 3, 0, 55, UTC), thread=[B_ACK, B_REP],
    auth=auth_corp("amazon.com"),
    text="""Hello Kenta,

Thanks for letting us know. I've closed this case as a duplicate and added a note to case %s, where a colleague is already handling your merge request. Everything will continue on that case, so you'll only hear from us there from now on.

Regards,
Kwame A.
AWS Training and Certification Customer Service
""" % A)

A_HOLD = add(("on_hold", True, A, []), formataddr(("Marco (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 3, 2, 18, UTC), thread=[A_ACK],
    auth=auth_gmail("amazon.com"), enc="qp",
    text="""Hello Kenta,

Thanks for the detailed request. Before anything can be moved there's one complication: the certification account under k.sakuraba@hoshizora-tech.co.jp is associated with Hoshizora Tech's AWS Partner Network profile. Certifications held on a partner-linked account count toward the partner's standing, so we can't merge it away while the partner association is active.

Two things can unblock it: the partner's alliance lead releases the account, or your employment there ends. I've already written to the partner's alliance contact, and the case is on hold while we wait for them.

Meanwhile, what is your last working day at Hoshizora Tech? That lets us plan the merge for the right date.

Regards,
Marco
AWS Training and Certification Customer Service
""")

A_R1 = add(("user_reply", False, A, []), formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 3, 12, 40), thread=[A_ACK, A_HOLD],
    text="""Hi Marco,

My last working day is April 15, 2025. The company mailbox will be shut down the following day, so please keep writing to this Gmail address.

Thanks,
Kenta

On Thu, Apr 3, 2025 at 11:18 AM Marco (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % quote("""Hello Kenta,

Thanks for the detailed request. Before anything can be moved there's one complication: the certification account under k.sakuraba@hoshizora-tech.co.jp is associated with Hoshizora Tech's AWS Partner Network profile.

Meanwhile, what is your last working day at Hoshizora Tech? That lets us plan the merge for the right date.

Regards,
Marco"""))

A_AUTO = add(("acknowledgement", False, A, []), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 3, 3, 41, UTC), thread=[A_ACK, A_HOLD, A_R1],
    auth=auth_gmail("amazon.com"),
    text="""This is an automated message.

We have received your e-mail about case %s and added it to the case. The agent working on it will review your message; there is no need to send it again or to open a new case.

AWS Training and Certification Customer Service
""" % A)

add(("unrelated", False, None, []), formataddr(("Yuki Tanabe", "notifications@github.com")), ME_C,
    "Re: [hoshizora/infra-modules] Merge account module refactor (PR #412)", d(2025, 4, 4, 6, 12, UTC),
    auth=auth_corp("github.com"),
    extra=[("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>")],
    text="""Merged #412 into main.

@ksakuraba thanks for finishing this before you leave - the accounts module is now merged and the old one removed. Nothing else needed from your side; I'll close the tracking issue.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-1739201
You are receiving this because you authored the thread.
""")

add(("on_hold", False, A, []), formataddr(("Marco (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 7, 17, 5, UTC), thread=[A_ACK, A_HOLD, A_R1],
    auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

A short status note: we're still waiting to hear from the partner's alliance lead about releasing the company account. Your case stays on hold until they answer or until your last day (April 15) has passed, whichever comes first. You don't need to do anything in the meantime.

Marco
AWS Training and Certification Customer Service
""")

add(("unrelated", False, None, []), formataddr(("佐藤 拓也", "t.sato@hoshizora-tech.co.jp")), ME_C,
    "自動返信: Re: 引き継ぎ資料の件", d(2025, 4, 8, 9, 1), subj_cs="utf-8", enc="b64",
    auth=auth_corp("hoshizora-tech.co.jp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""お疲れさまです。佐藤です。
4月8日〜4月10日は出張のため不在にしております。メールの確認が遅れますので、
お急ぎの場合は山口 (m.yamaguchi@hoshizora-tech.co.jp) までご連絡ください。

I am out of office until April 10 with limited access to e-mail.
""")

A_LIFT = add(("case_update", False, A, []), formataddr(("Marco (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 10, 1, 30, UTC), thread=[A_ACK, A_HOLD, A_R1],
    auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

Hoshizora Tech's alliance lead has released the company account from their partner profile, so the hold on your case is lifted. I'm preparing the merge now and will send the account details for you to check shortly.

Marco
AWS Training and Certification Customer Service
""")

add(("certification", False, None, []), CERTM, ME_P,
    "AWS Certification wants to hear from you", d(2025, 4, 10, 16, 0, PDT),
    auth=auth_gmail("certmetrics.com"),
    html="""<html><body><p>Hello,</p>
<p>AWS Certification is looking for certified individuals to share feedback on upcoming exam content. Would you like to take part? The questionnaire takes about ten minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/sme">Share your feedback</a></p>
<p>Thank you for being part of the AWS Certification community.</p>
<p style="font-size:10px">Please do not reply. This mailbox is not monitored.</p></body></html>""")

A_CONF = add(("confirmation_request", True, A, [CAND_NEW, CAND_OLD]),
    formataddr(("Marco (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 10, 6, 2, UTC), thread=[A_ACK, A_HOLD, A_R1, A_LIFT],
    auth=auth_gmail("amazon.com"), enc="b64",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>I located two certification accounts that belong to you:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05531907</td><td>AWS02716483</td></tr>
<tr><td>Login email</td><td>kenta.sakuraba.89@gmail.com</td><td>k.sakuraba@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.sakuraba.89@gmail.com</td><td>k.sakuraba@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.sakuraba.89@gmail.com</td><td>k.sakuraba@hoshizora-tech.co.jp</td></tr>
<tr><td>Certifications</td><td>none</td><td>SAA, DVA, SOA</td></tr>
</table>
<p>The plan is to move everything from Account #2 into Account #1 and retire Account #2. Merges can't be undone, so before I run it, reply and tell me that both accounts are yours and that Account #1 is the one to keep.</p>
<p>Thanks,<br>Marco<br>AWS Training and Certification Customer Service</p>
</body></html>""")

A_R2 = add(("user_reply", False, A, []), formataddr((ME_NAME, ME_C)), TC,
    "RE: RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 10, 16, 12), thread=[A_ACK, A_HOLD, A_R1, A_LIFT, A_CONF],
    extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True,
    text="""Hi Marco,

Confirmed: both accounts are mine. Please merge into Account #1.

Best regards,
Kenta Sakuraba
Hoshizora Tech Co., Ltd. | Cloud Infrastructure Group

From: Marco (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 10, 2025 3:02 PM
To: kenta.sakuraba.89@gmail.com
Subject: RE:[CASE %s] %s

Hi Kenta,
I located two certification accounts that belong to you: [...]
The plan is to move everything from Account #2 into Account #1 and retire Account #2. Merges can't be undone, so before I run it, reply and tell me that both accounts are yours and that Account #1 is the one to keep.
""" % (A, TC_SUBJ))

A_WRONG = add(("info_request", True, A, []), formataddr(("Marco (AWS Training and Certification)", TC)), ME_C,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 10, 8, 20, UTC), thread=[A_ACK, A_CONF, A_R2],
    auth=auth_corp("amazon.com"),
    text="""Hi Kenta,

Thanks for the quick answer. Your confirmation reached us from k.sakuraba@hoshizora-tech.co.jp, which is the address on the account we're about to retire. For a merge we can only accept the go-ahead from the address that will remain on file, so I'll need to see the same confirmation come in from kenta.sakuraba.89@gmail.com before I go ahead.

Marco
AWS Training and Certification Customer Service
""")

A_R3 = add(("user_reply", False, A, []), formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 10, 18, 47), thread=[A_ACK, A_CONF, A_R2, A_WRONG],
    text="""Hi Marco,

Sending this from my Gmail as requested: I confirm both accounts are mine. Please merge Account #2 (AWS02716483) into Account #1 (AWS05531907) and keep kenta.sakuraba.89@gmail.com.

Kenta

2025年4月10日(木) 17:20 Marco (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote("""Hi Kenta,

Thanks for the quick answer. Your confirmation reached us from k.sakuraba@hoshizora-tech.co.jp, which is the address on the account we're about to retire. For a merge we can only accept the go-ahead from the address that will remain on file, so I'll need to see the same confirmation come in from kenta.sakuraba.89@gmail.com before I go ahead.""", ">"))
# fix label of A_R3: candidate IDs in own text
MESSAGES[-1][2]["candidate_ids"] = [CAND_OLD, CAND_NEW]

A_PART = add(("case_update", False, A, [CAND_NEW]), formataddr(("Marco (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (A, TC_SUBJ), d(2025, 4, 11, 2, 5, UTC), thread=[A_ACK, A_CONF, A_R2, A_WRONG, A_R3],
    auth=auth_gmail("amazon.com"), enc="qp",
    text="""Hi Kenta,

Your two accounts are now one: everything sits under AWS05531907 with kenta.sakuraba.89@gmail.com. The exam history and all three certifications came across.

One piece did not: the unused 50% exam discount on the old account. Benefits can't be moved by the merge tool, so I've passed that part to our Benefits team. They will open their own case for it and contact you directly; there's nothing you need to send them.

Marco
AWS Training and Certification Customer Service

On Thu, Apr 10, 2025 at 3:02 PM Marco wrote:
> I located two certification accounts that belong to you:
> Account #1  Login email: kenta.sakuraba.89@gmail.com
> Account #2  Login email: k.sakuraba@hoshizora-tech.co.jp
> The plan is to move everything from Account #2 into Account #1 and retire
> Account #2. Merges can't be undone, so before I run it, reply and tell me
> that both accounts are yours and that Account #1 is the one to keep.
""")

add(("badge", False, None, []), CREDLY, ME_P,
    "You have 3 badges waiting from Amazon Web Services Training and Certification",
    d(2025, 4, 11, 2, 40, UTC), auth=auth_gmail("credly.com"),
    text="""Hi Kenta,

Amazon Web Services Training and Certification has issued 3 badges to kenta.sakuraba.89@gmail.com:
 - AWS Certified Solutions Architect – Associate
 - AWS Certified Developer – Associate
 - AWS Certified SysOps Administrator – Associate

Accept them here: https://www.credly.com/earner/earned

Credly
""", enc="qp")

H_ACK = add(("acknowledgement", False, H, []), formataddr(("AWS Training and Certification - Benefits", TC)), ME_P,
    "RE:[CASE %s] [AWS Training and Certification] - exam benefit reissue" % H, d(2025, 4, 11, 7, 22, UTC),
    auth=auth_gmail("amazon.com"),
    text="""Hello Kenta,

We have opened case %s to reissue the exam benefit that stayed behind on your retired certification account. It is linked to your merge case %s.

What happens next: a Benefits specialist will check the unused discount on the old account and create an equivalent one on your current account. This normally takes three to five business days, and the new code will be sent to this address. You don't need to reply or provide anything.

AWS Training and Certification - Benefits
""" % (H, A))

add(("unrelated", False, None, []), formataddr(("AWS Skill Builder", "no-reply@aws.training")), ME_P,
    "Your AWS Skill Builder receipt", d(2025, 4, 12, 4, 3, UTC), auth=auth_gmail("aws.training"),
    html="""<html><body style="font-family:Arial"><h3>Thanks for your purchase</h3>
<table cellpadding="4"><tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-55-2093-118</td></tr>
<tr><td>Status</td><td>Completed</td></tr></table>
<p>Your subscription renews on May 12, 2025. Manage it in your Skill Builder account settings.</p></body></html>""")

H_UPD = add(("case_update", False, H, []), formataddr(("Liam O. (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] [AWS Training and Certification] - exam benefit reissue" % H, d(2025, 4, 14, 22, 10, UTC),
    thread=[H_ACK], auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

Work on your benefit has started. I found the unused 50% exam discount on the retired account (issued December 2, 2024) and I'm generating a replacement on your current one. You should have it within three business days.

Liam O.
AWS Training and Certification - Benefits
""")

add(("suspicious", False, None, []), formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE:[CASE %s] %s - ACTION NEEDED" % (A, TC_SUBJ), d(2025, 4, 15, 3, 12, UTC),
    auth=auth_gmail("amazon.com", ok=False),
    extra=[("Reply-To", "merge-desk@amazon-certsupport.com")],
    html="""<html><body><p>Dear Customer,</p>
<p>Your account merge could not be finalized because your identity verification expired.
Sign in within 24 hours to confirm the merge, otherwise both certification accounts will be locked.</p>
<p><a href="https://amazon-certsupport.com/tc/verify?case=%s">Confirm merge now</a></p>
<p>AWS Training and Certification</p></body></html>""" % A)

H_RES = add(("resolved", False, H, []), formataddr(("Liam O. (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] [AWS Training and Certification] - exam benefit reissue" % H, d(2025, 4, 16, 0, 35, UTC),
    thread=[H_ACK, H_UPD], auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

Your replacement 50% exam discount is on your account now - you'll see it under Benefits, valid until April 10, 2026. With that, nothing from your old account is outstanding on our side.

If something looks off when you go to use it, reply here and we'll take another look.

Liam O.
AWS Training and Certification - Benefits

On Mon, Apr 14, 2025 at 3:10 PM Liam O. wrote:
> Work on your benefit has started. I found the unused 50% exam discount on
> the retired account and I'm generating a replacement on your current one.
""")

add(("survey", False, A, []), formataddr(("AWS Training and Certification", "tc-feedback@amazon.com")), ME_P,
    "Tell us about case %s" % A, d(2025, 4, 17, 3, 0, UTC), auth=auth_gmail("amazon.com"),
    text="""Hello,

Your recent case with AWS Training and Certification (%s) has been marked as complete. We'd like to know how it went.

How satisfied were you with the help you received?
  https://survey.amazon.com/s/tc?c=%s&r=5  Very satisfied
  https://survey.amazon.com/s/tc?c=%s&r=1  Very dissatisfied

This survey is optional. Replies to this e-mail are not read.
""" % (A, A, A))

add(("user_reply", False, None, []), formataddr((ME_NAME, ME_P)), formataddr(("山口 美咲", "m.yamaguchi@hoshizora-tech.co.jp")),
    "Re: 送別会の日程について", d(2025, 4, 12, 9, 20), subj_cs="utf-8", enc="b64",
    text="""山口さん

昨日は送別会をありがとうございました。皆さんからの寄せ書き、大切にします。
今後はこちらの個人アドレスに連絡ください。

桜庭
""")

add(("unrelated", False, None, []), formataddr(("Nimbus CRM Support", "support@nimbuscrm.io")), ME_P,
    "[Nimbus CRM] Request #58213 has been solved", d(2025, 4, 22, 14, 2, UTC),
    auth=auth_gmail("nimbuscrm.io"),
    text="""##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Hana (Nimbus CRM Support)
Apr 22, 2025, 23:01 JST

Hi Kenta, the export job finished and the CSV now includes custom fields. I'm marking this solved; reply within 7 days if you need more help and the ticket will reopen.
""")

# ------------------------------------------------------------------ console case E
E_ACK = add(("acknowledgement", False, E, []), CONSOLE, ME_P,
    "Amazon Web Services: New Support case: %s" % E, d(2025, 5, 1, 15, 16, UTC),
    auth=auth_gmail("amazon.com"),
    text=("""Dear AWS customer,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: Exam voucher rejected at checkout
Severity: General guidance
Correspondence: The 50%% exam discount on my certification account is rejected with "code not valid for this account" when I schedule SAP-C02.

We'll respond as soon as possible.
""" % (E, E)) + CONSOLE_FOOTER.replace("{case}", E).split("We value your feedback", 1)[0] +
    CONSOLE_FOOTER.replace("{case}", E).split("Best regards,", 1)[1])

E_REQ = add(("info_request", True, E, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher rejected at checkout" % E, d(2025, 5, 2, 4, 50, UTC), thread=[E_ACK],
    auth=auth_gmail("amazon.com"),
    text="""Hello,

Thank you for contacting AWS Support. My name is Sofia and I'll be helping with this case.

Discount codes are validated against the certification account they were issued to, so the first thing to establish is which account the checkout is running under. Please reply in the Support Center with a screenshot of the error including the URL bar, the exact time you saw it, and the candidate ID shown at the top right of the scheduling page.
""" + CONSOLE_FOOTER.replace("{case}", E))

E_R = add(("user_reply", False, E, []), formataddr((ME_NAME, ME_P)), "no-reply-aws@amazon.com",
    "Re: RE:[CASE %s] Exam voucher rejected at checkout" % E, d(2025, 5, 2, 20, 5), thread=[E_ACK, E_REQ],
    text="""Hi Sofia,

The error appeared at 2025-05-02 19:40 JST. The candidate ID at the top right says AWS05531907. Screenshot attached separately.

Kenta

On Fri, May 2, 2025 at 1:50 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello,
>
> Thank you for contacting AWS Support. My name is Sofia and I'll be helping with this case.
> [...] Please reply in the Support Center with a screenshot of the error including the URL bar,
> the exact time you saw it, and the candidate ID shown at the top right of the scheduling page.
""")
MESSAGES[-1][2]["candidate_ids"] = [CAND_NEW]

add(("unrelated", False, None, []), formataddr(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ME_P,
    "Delivery Status Notification (Failure)", d(2025, 5, 2, 20, 6), auth=None,
    extra=[("Auto-Submitted", "auto-replied")],
    text="""** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com because the remote server is not accepting mail for this address.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this address cannot accept incoming e-mails

----- Original message -----
Subject: Re: RE:[CASE %s] Exam voucher rejected at checkout
From: Kenta Sakuraba <kenta.sakuraba.89@gmail.com>
""" % E)

E_CLOSE = add(("closing_notice", True, E, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher rejected at checkout" % E, d(2025, 5, 5, 19, 0, UTC), thread=[E_ACK, E_REQ],
    auth=auth_gmail("amazon.com"),
    text="""Hello,

We haven't received a response to our last correspondence, so this case has been resolved automatically. If you still need help, you can reopen the case from the AWS Support Center within 14 days by adding a reply with the requested details; after that it can no longer be reopened.
""" + CONSOLE_FOOTER.replace("{case}", E))

add(("unrelated", False, None, []), formataddr(("AWS Free Tier", "no-reply@costalerts.amazonaws.com")), ME_P,
    "AWS Free Tier limit alert", d(2025, 5, 6, 0, 12, UTC), auth=auth_gmail("amazonaws.com"),
    text="""Your AWS account 702194553817 has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product: Amazon EC2   Usage: 637 hrs of 750 hrs

To avoid charges, review your usage in the Billing console.
""".replace("%%", "%"))

E_UPD = add(("case_update", False, E, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher rejected at checkout" % E, d(2025, 5, 7, 3, 30, UTC), thread=[E_ACK, E_REQ, E_CLOSE],
    auth=auth_gmail("amazon.com"),
    text="""Hello Kenta,

Thanks for reopening the case and for the screenshot. The code was created before your account merge, so I've engaged the team that manages exam scheduling discounts to check how it is attached. I'll update this case once they respond.

Sofia
""" + CONSOLE_FOOTER.replace("{case}", E))

add(("resolved", False, E, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher rejected at checkout" % E, d(2025, 5, 9, 1, 45, UTC), thread=[E_ACK, E_REQ, E_CLOSE, E_UPD],
    auth=auth_gmail("amazon.com"), enc="qp",
    text="""Hello Kenta,

The scheduling team found the cause: the discount was still attached to the retired certification account. They've re-attached it to your current one, and I checked the SAP-C02 checkout with it this morning - the 50% reduction now applies.

Sofia
""" + CONSOLE_FOOTER.replace("{case}", E))

add(("suspicious", False, None, []), formataddr(("Credly", "badges@credly-notify.net")), ME_P,
    "Your AWS badge has been suspended", d(2025, 5, 10, 11, 3, UTC),
    auth=auth_gmail("credly-notify.net"),
    html="""<html><body><p>Hi,</p><p>Your badge <b>AWS Certified Solutions Architect - Associate</b> was suspended after an account merge.
To restore it, sign in with your AWS Builder ID and password within 72 hours.</p>
<p><a href="https://credly-notify.net/restore?u=kenta">Restore my badge</a></p><p>The Credly Team</p></body></html>""")

# ------------------------------------------------------------------ JA case F (Shift_JIS / ISO-2022-JP)
F_ACK = add(("acknowledgement", False, F, [CAND_NEW, CAND_DUP]), TC_FROM, ME_P,
    "RE: [CASE %s] %s" % (F, TC_SUBJ), d(2025, 5, 15, 14, 7, UTC), cs="shift_jis",
    auth=auth_gmail("amazon.com"),
    text="""お問い合わせいただきありがとうございます。

ケース %s として受け付けました。内容は以下のとおりです。

お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
AWS 候補 ID: AWS05531907 / AWS05892214
お問い合わせ内容: 同じメールアドレスで認定アカウントが2つあるようで、新しく合格した試験のバッジが Credly に表示されません。

ケースへの回答は原則 24 時間以内にお送りしますが、最善の解決策を見つけるためにさらにお時間を頂戴することもございます。
重複したケースを作成されると対応が遅れる場合がございますので、ご注意ください。

AWS トレーニングと認定 カスタマーサービス
""" % F)

add(("unrelated", False, None, []), formataddr(("ピアソンVUE", "noreply@pearsonvue.com")), ME_P,
    "【ピアソンVUE】試験予約のリマインダー", d(2025, 5, 16, 0, 30, UTC), cs="iso-2022-jp", subj_cs="iso-2022-jp",
    auth=auth_gmail("pearsonvue.com"),
    text="""桜庭 健太 様

ご予約の試験が近づいてまいりました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年5月23日(金) 14:00
会場: オンライン (OnVUE)
登録番号: 511093276

受験前日までにシステムテストを完了してください。

ピアソンVUE
""")

F_UPD = add(("case_update", False, F, []), formataddr(("AWS トレーニングと認定", TC)), ME_P,
    "RE: [CASE %s] %s" % (F, TC_SUBJ), d(2025, 5, 16, 6, 44, UTC), thread=[F_ACK], cs="iso-2022-jp",
    auth=auth_gmail("amazon.com"),
    text="""桜庭 様

お世話になっております。AWS トレーニングと認定の中村でございます。

本件は Credly との連携を担当するチームへ引き継ぎました。現在、2つのアカウントの状態を調査しております。
進捗がございましたら、改めてこちらからご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサービス
""")

F_CONF = add(("confirmation_request", True, F, [CAND_NEW, CAND_DUP]), formataddr(("AWS トレーニングと認定", TC)), ME_P,
    "RE: [CASE %s] %s" % (F, TC_SUBJ), d(2025, 5, 19, 5, 2, UTC), thread=[F_ACK, F_UPD], cs="iso-2022-jp",
    auth=auth_gmail("amazon.com"), crlf=True,
    text="""桜庭 様

お世話になっております。中村でございます。

担当チームの調査の結果、同一のメールアドレス (kenta.sakuraba.89@gmail.com) に紐づく認定アカウントが2つ確認できました。

 アカウント1: AWS05531907 (試験履歴・認定 4件)
 アカウント2: AWS05892214 (5月に作成、試験履歴なし)

バッジを正しく表示するには、これらを1つに統合する必要がございます。
AWS05531907 を残し、AWS05892214 を統合する形で進めてよろしいでしょうか。
お手数をおかけいたしますが、ご確認いただけますでしょうか。

中村
AWS トレーニングと認定 カスタマーサービス
""")

F_R = add(("user_reply", False, F, [CAND_NEW]), formataddr((ME_JA, ME_P)), TC,
    "Re: RE: [CASE %s] %s" % (F, TC_SUBJ), d(2025, 5, 19, 15, 30), thread=[F_ACK, F_UPD, F_CONF],
    cs="iso-2022-jp", subj_cs=None,
    text="""中村様

ご連絡ありがとうございます。
はい、AWS05531907 を残す形で統合をお願いいたします。

桜庭

2025年5月19日(月) 14:02 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 桜庭 様
>
> 担当チームの調査の結果、同一のメールアドレスに紐づく認定アカウントが2つ確認できました。
> AWS05531907 を残し、AWS05892214 を統合する形で進めてよろしいでしょうか。
> お手数をおかけいたしますが、ご確認いただけますでしょうか。
""")

add(("resolved", False, F, [CAND_NEW]), formataddr(("AWS トレーニングと認定", TC)), ME_P,
    "RE: [CASE %s] %s" % (F, TC_SUBJ), d(2025, 5, 20, 1, 15, UTC), thread=[F_ACK, F_UPD, F_CONF, F_R],
    cs="utf-8", enc="b64", auth=auth_gmail("amazon.com"),
    html="""<html><body style="font-family:Meiryo,sans-serif">
<p>桜庭 様</p>
<p>お世話になっております。中村でございます。</p>
<p>ご依頼のとおり、2つの認定アカウントを AWS05531907 に一本化いたしました。</p>
<p>Credly へのバッジの反映は自動で行われますが、最大で 72 時間ほどかかる場合がございます。お客様に追加でご対応いただく必要はございません。<br>
72 時間を過ぎても表示されない場合は、このメールにご返信ください。</p>
<p>中村<br>AWS トレーニングと認定 カスタマーサービス</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#666">
桜庭 様<br>AWS05531907 を残し、AWS05892214 を統合する形で進めてよろしいでしょうか。<br>お手数をおかけいたしますが、ご確認いただけますでしょうか。</blockquote>
</body></html>""")

add(("badge", False, None, []), CREDLY, ME_P,
    "Kenta, you earned a badge: AWS Certified Solutions Architect – Professional",
    d(2025, 5, 21, 9, 2, UTC), auth=auth_gmail("credly.com"), enc="qp",
    text="""Congratulations, Kenta!

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Solutions Architect – Professional

Accept it: https://www.credly.com/badges/c4a1e2b7-0d55-4f0f-b0f3-6a2e9d8c4b21/accept

Credly
""")

add(("unrelated", False, None, []), formataddr(("Qiita", "noreply@qiita.com")), ME_P,
    "今週の Qiita トレンド: AWS認定アカウントを統合してみた ほか", d(2025, 5, 22, 23, 0, UTC), subj_cs="utf-8",
    auth=auth_gmail("qiita.com"),
    text="""今週よく読まれた記事

・転職したので AWS 認定アカウントを個人アドレスへ統合してみた
・GitHub Actions で OIDC を使って AWS にデプロイする
・Terraform 1.11 の新機能まとめ

配信設定の変更: https://qiita.com/settings/notifications
""", enc="qp")

# ------------------------------------------------------------------ case G (missing exam, reopened)
G_ACK = add(("acknowledgement", False, G, []), TC_FROM, ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 5, 15, 7, UTC), auth=auth_gmail("amazon.com"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your inquiry has been received and assigned case number <b>%s</b>.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Exam history</td></tr>
<tr><td>Your message</td><td>My SysOps Administrator exam from August 2022 is missing from my exam history after the April merge.</td></tr></table>
<p>Next, an agent will compare the exam records on your current and former accounts and get back to you, usually within 24 hours. If the record needs to be restored by another team, we will tell you on this case.</p>
<p>AWS Training and Certification Customer Service</p></body></html>""" % G)

G_REQ = add(("info_request", True, G, []), formataddr(("Ayaka T. (AWS Training and Certification)", TC)), ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 6, 2, 31, UTC), thread=[G_ACK], auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

I've looked at both accounts. Neither shows a SysOps exam in August 2022, which usually means it was delivered under a third profile.

Which e-mail address did you register that exam with, and do you remember the test center or whether it was online? A Pearson VUE registration number would make the search much faster if you still have the confirmation.

Ayaka T.
AWS Training and Certification Customer Service
""")

G_R = add(("user_reply", False, G, []), formataddr((ME_NAME, ME_P)), TC,
    "Re: RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 6, 21, 14), thread=[G_ACK, G_REQ],
    text="""Hi Ayaka,

I took it online (OnVUE) on 2022-08-19. I think I registered with my old address from my previous employer, ksakuraba@tachibana-soft.jp. The Pearson VUE registration number was 402771935.

Thanks,
Kenta

On Fri, Jun 6, 2025 at 11:31 AM Ayaka T. (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com> wrote:
> Which e-mail address did you register that exam with, and do you remember the test
> center or whether it was online? A Pearson VUE registration number would make the
> search much faster if you still have the confirmation.
""")

G_PART = add(("case_update", False, G, []), formataddr(("Ayaka T. (AWS Training and Certification)", TC)), ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 9, 5, 50, UTC), thread=[G_ACK, G_REQ, G_R],
    auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

All set on the exam history: SOA-C02 (2022-08-19, online) now shows on your account - the registration number led us straight to it.

The certification itself and its Credly badge are a separate step run by our certification operations team. I've asked them to reissue it against your current account and will confirm here when they have.

Ayaka T.
AWS Training and Certification Customer Service
""")

add(("unrelated", False, None, []), formataddr(("AWS Events", "aws-marketing-email-replies@amazon.com")), ME_P,
    "Registration is open: AWS re:Invent 2025", d(2025, 6, 10, 16, 0, UTC), auth=auth_gmail("amazon.com"),
    html="""<html><body><h2>re:Invent 2025 - Las Vegas, Dec 1-5</h2>
<p>Certified? Unlock the AWS Certified lounge and reserve seats for certification exams on site at 50% off.</p>
<p><a href="https://reinvent.awsevents.com/">Register now</a></p>
<p style="font-size:10px">You received this e-mail because you opted in to AWS event communications. Unsubscribe.</p></body></html>""")

G_RES = add(("resolved", False, G, []), formataddr(("Ayaka T. (AWS Training and Certification)", TC)), ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 12, 4, 2, UTC), thread=[G_ACK, G_REQ, G_R, G_PART],
    auth=auth_gmail("amazon.com"), enc="qp",
    text="""Hi Kenta,

Certification operations came back to me: AWS Certified SysOps Administrator – Associate is on your transcript again with its original validation number, and Credly lists it under your profile. That covers everything you asked about, so this case will now be closed.

Ayaka T.
AWS Training and Certification Customer Service

-----Original Message-----
From: Kenta Sakuraba <kenta.sakuraba.89@gmail.com>
Sent: Friday, June 6, 2025 9:14 PM
Subject: Re: RE: [CASE %s] %s

I took it online (OnVUE) on 2022-08-19. I think I registered with my old address from my previous employer.
""" % (G, TC_SUBJ))

add(("survey", False, G, []), formataddr(("AWS トレーニングと認定", "tc-feedback@amazon.com")), ME_P,
    "サポートのご対応に関するアンケートのお願い (ケース %s)" % G, d(2025, 6, 13, 3, 0, UTC), subj_cs="utf-8",
    auth=auth_gmail("amazon.com"), enc="b64",
    html="""<html><body style="font-family:Meiryo"><p>桜庭 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただきありがとうございました (ケース %s)。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 2 分ほどです。</p>
<p><a href="https://survey.amazon.com/s/tc?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用です。ご返信いただいてもお答えできません。</p></body></html>""" % (G, G))

add(("certification", False, None, []), CERTM, ME_P,
    "Reminder: your AWS Certification benefit expires in 30 days", d(2025, 6, 20, 17, 0, PDT),
    auth=auth_gmail("certmetrics.com"),
    text="""Hello Kenta,

You have an unused benefit in your AWS Certification Account:
  50% discount on your next AWS Certification exam - expires July 20, 2025

Sign in to your AWS Certification Account to use it when you schedule.

AWS Training and Certification
""")

G_R2 = add(("user_reply", False, G, []), formataddr((ME_NAME, ME_P)), TC,
    "Re: RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 26, 22, 40), thread=[G_ACK, G_REQ, G_R, G_PART, G_RES],
    text="""Hi Ayaka,

Sorry to come back on this one. The SysOps certification shows fine, but when I click the download icon for its PDF certificate I get "Something went wrong (500)". The other certificates download normally.

Kenta

On Thu, Jun 12, 2025 at 1:02 PM Ayaka T. wrote:
> Certification operations came back to me: AWS Certified SysOps Administrator –
> Associate is on your transcript again with its original validation number, and
> Credly lists it under your profile. That covers everything you asked about, so
> this case will now be closed.
""")

G_REOPEN = add(("case_update", False, G, []), formataddr(("Ayaka T. (AWS Training and Certification)", TC)), ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 6, 27, 6, 5, UTC), thread=[G_ACK, G_RES, G_R2],
    auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

I've reopened your case. I can reproduce the error on the SysOps certificate download, so I've raised it with the team that runs the certification website and attached the details they need. I'll write again when there's a fix.

Ayaka T.
AWS Training and Certification Customer Service
""")

# ------------------------------------------------------------------ case J (notification e-mail), JA/EN
J_ACK = add(("acknowledgement", False, J, []), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (J, TC_SUBJ), d(2025, 7, 1, 1, 49, UTC), cs="utf-8", enc="qp",
    auth=auth_gmail("amazon.com"),
    text="""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース %s を作成いたしました。
お問い合わせタイプ: 認定 / その他の詳細: 通知先メールアドレスの変更

担当者より通常 24 時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定
""" % J)

G_FIXING = add(("case_update", False, G, []), formataddr(("Ayaka T. (AWS Training and Certification)", TC)), ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 7, 2, 23, 30, UTC), thread=[G_ACK, G_RES, G_R2, G_REOPEN],
    auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

The website team has deployed their fix for the certificate download. Your SysOps certificate is being regenerated now; I'll check tomorrow that the download works before I close this out.

Ayaka T.
AWS Training and Certification Customer Service
""")

J_REQ = add(("info_request", True, J, []), formataddr(("Hiroshi (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (J, TC_SUBJ), d(2025, 7, 2, 4, 12, UTC), thread=[J_ACK], auth=auth_gmail("amazon.com"),
    text="""Hello Kenta,

I can change where your notifications go. There are two separate settings - training notifications and certification notifications - and the form didn't say which one(s) you want moved, or to which address. Kindly let me know both, along with the candidate ID of the account concerned.

Hiroshi
AWS Training and Certification Customer Service
""")

add(("resolved", False, G, []), formataddr(("Ayaka T. (AWS Training and Certification)", TC)), ME_P,
    "RE: [CASE %s] %s" % (G, TC_SUBJ), d(2025, 7, 4, 0, 20, UTC), thread=[G_ACK, G_R2, G_REOPEN, G_FIXING],
    auth=auth_gmail("amazon.com"),
    text="""Hi Kenta,

Checked this morning: the SysOps PDF downloads fine from your account now, and so do the other four certificates. Thanks for your patience with this one.

Ayaka T.
AWS Training and Certification Customer Service
""")

add(("suspicious", False, None, []), formataddr(("AWSトレーニングと認定", "support@amazon-certsupport.jp")), ME_P,
    "【AWS認定】アカウント統合の最終確認のお願い", d(2025, 7, 8, 2, 0, UTC), subj_cs="utf-8", enc="b64",
    auth=auth_gmail("amazon-certsupport.jp"),
    html="""<html><body style="font-family:Meiryo"><p>お客様各位</p>
<p>AWS 認定アカウントの統合処理が保留になっております。下記リンクより AWS Builder ID でサインインし、本人確認を完了してください。</p>
<p>本日中にご対応いただけない場合、すべての認定資格が失効いたします。</p>
<p><a href="https://amazon-certsupport.jp/verify">本人確認はこちら</a></p>
<p>AWSトレーニングと認定 サポートチーム</p></body></html>""")

J_CLOSE = add(("closing_notice", True, J, []), formataddr(("Hiroshi (AWS Training and Certification)", TC)), ME_P,
    "RE:[CASE %s] %s" % (J, TC_SUBJ), d(2025, 7, 10, 3, 0, UTC), thread=[J_ACK, J_REQ], auth=auth_gmail("amazon.com"),
    text="""Hello Kenta,

As we didn't hear back about which notification settings to change, we have closed case %s. If you still want the change, reply to this e-mail within 14 days with the details from my last message and the case will reopen automatically.

Hiroshi
AWS Training and Certification Customer Service

> There are two separate settings - training notifications and certification
> notifications - and the form didn't say which one(s) you want moved, or to
> which address. Kindly let me know both, along with the candidate ID.
""" % J)

J_R = add(("user_reply", False, J, [CAND_NEW]), formataddr((ME_NAME, ME_P)), TC,
    "Re: RE:[CASE %s] %s" % (J, TC_SUBJ), d(2025, 7, 10, 20, 22), thread=[J_ACK, J_REQ, J_CLOSE],
    text="""Hi Hiroshi,

Sorry, I missed your earlier mail. Please move BOTH training and certification notifications to kenta.sakuraba.89+aws@gmail.com. Candidate ID: AWS05531907.

Kenta

On Thu, Jul 10, 2025 at 12:00 PM Hiroshi <aws-cs-trainingcertification-form@amazon.com> wrote:
> As we didn't hear back about which notification settings to change, we have closed
> case %s. If you still want the change, reply to this e-mail within 14 days.
""" % J)

J_PART = add(("case_update", False, J, []), formataddr(("AWS トレーニングと認定", TC)), ME_P,
    "RE:[CASE %s] %s" % (J, TC_SUBJ), d(2025, 7, 11, 2, 40, UTC), thread=[J_ACK, J_REQ, J_CLOSE, J_R],
    cs="utf-8", enc="8bit", auth=auth_gmail("amazon.com"),
    text="""桜庭 様

ケースを再開し、対応を進めております。

1点目のトレーニング通知先につきましては、kenta.sakuraba.89+aws@gmail.com への変更が完了いたしました。
2点目の認定通知先につきましては、別システムでの設定となるため、担当チームにて引き続き作業中でございます。
作業が終わり次第、あらためてご連絡いたします。

AWS トレーニングと認定 カスタマーサービス
""")

add(("unrelated", False, None, []), formataddr(("Tomoko Hayashi", "t.hayashi@kawasemi-labs.jp")), ME_P,
    "Re: 入社手続きについて / onboarding documents", d(2025, 7, 11, 10, 15), cs="utf-8", enc="qp", subj_cs="utf-8",
    auth=auth_gmail("kawasemi-labs.jp"),
    text="""桜庭さん

入社書類を受け取りました。ありがとうございます。
社内アカウントは 7/15 に発行します。AWS 認定のアカウントは個人のものをそのままお使いいただいて問題ありません。

林
Kawasemi Labs 人事
""")

add(("resolved", False, J, []), formataddr(("AWS トレーニングと認定", TC)), ME_P,
    "RE:[CASE %s] %s" % (J, TC_SUBJ), d(2025, 7, 14, 5, 5, UTC), thread=[J_ACK, J_R, J_PART],
    cs="iso-2022-jp", auth=auth_gmail("amazon.com"),
    text="""桜庭 様

お待たせいたしました。
認定に関する通知につきましても、今後は kenta.sakuraba.89+aws@gmail.com 宛てにお届けするよう設定いたしました。
これでご依頼いただいた2点とも反映済みでございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
> 2点目の認定通知先につきましては、別システムでの設定となるため、担当チームにて引き続き作業中でございます。
""")

add(("survey", False, J, []), CONSOLE.replace("Amazon Web Services", "AWS Training and Certification").replace("no-reply-aws", "tc-feedback"),
    ME_P, "We'd love your feedback on case %s" % J, d(2025, 7, 15, 3, 0, UTC), auth=auth_gmail("amazon.com"),
    text="""Hello,

We recently worked with you on case %s. On a scale of 1 to 5, how easy was it to get your issue handled?
Answer here: https://survey.amazon.com/s/tc?c=%s

Your feedback is anonymous and optional.
AWS Training and Certification
""" % (J, J))

add(("unrelated", False, None, []), formataddr(("GitHub", "noreply@github.com")), ME_P,
    "[GitHub] A third-party OAuth application has been added to your account", d(2025, 7, 16, 8, 0, UTC),
    auth=auth_gmail("github.com"),
    text="""Hey ksakuraba!

A third-party OAuth application (Kawasemi Labs CI) with read:org scope was recently authorized to access your account.
Visit https://github.com/settings/connections/applications for more information.

To see this and other security events for your account, visit https://github.com/settings/security-log
If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
""")

add(("unrelated", False, None, []), formataddr(("Docomo", "info@docomo.ne.jp")), ME_P,
    "【ドコモ】ご利用料金確定のお知らせ", d(2025, 7, 18, 1, 0, UTC), cs="shift_jis", subj_cs="iso-2022-jp",
    auth=auth_gmail("docomo.ne.jp"),
    text="""いつもドコモをご利用いただきありがとうございます。
2025年6月ご利用分の料金が確定しました。
ご請求金額: 4,378円
詳細は My docomo でご確認ください。
""")


# ------------------------------------------------------------------ write out (stable order by Date)
def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    # arrival order: sort by the Date header (stable for ties)
    from email.utils import parsedate_to_datetime
    import email
    def when(item):
        msg = email.message_from_bytes(item[1])
        return parsedate_to_datetime(msg["Date"])
    ordered = sorted(MESSAGES, key=when)
    cnt = Counter()
    for i, (_, data, label) in enumerate(ordered, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        cnt[label["kind"]] += 1
    for k in sorted(cnt):
        print("%-22s %d" % (k, cnt[k]))
    print("%-22s %d" % ("total", sum(cnt.values())))


if __name__ == "__main__":
    main()
