#!/usr/bin/env python3
"""Generate the blind-178 corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script."""
import os, json, hashlib, collections
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "ren.okabe.home@gmail.com"
ME_C = "r.okabe@minatosoft.co.jp"
ME_NAME = "Ren Okabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174047226900417"   # merge, company -> personal, APN hold (form case)
CASE_B = "174047321800871"   # duplicate form from company address
CASE_C = "17591230486"       # console case: voucher missing after merge
CASE_D = "174298010500318"   # name correction on certificate (Japanese)
CASE_E = "8031945720"        # old 2021 case reopened: badge / stray account
CASE_BILL = "17591288810"    # console billing case (not T&C)

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE: [CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification"
SUBJ_E = f"RE: [CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}

def dt(s, tz="+0000"):
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(off)))

def part(body, subtype="plain", charset="utf-8", cte="qp"):
    if charset == "shift_jis":
        import base64
        from email.mime.nonmultipart import MIMENonMultipart
        m = MIMENonMultipart("text", subtype, charset="Shift_JIS")
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
        return m
    if charset in ("iso-2022-jp", "us-ascii"):
        return MIMEText(body, subtype, charset)
    cs = Charset("utf-8")
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)

def auth_line(domain, ok=True, dkim_dom=None, by="mx.google.com"):
    d = dkim_dom or domain
    if ok:
        return (f"Authentication-Results: {by};\n       dkim=pass header.i=@{d} header.s=sel1 header.b=Qk3xZ9p1;\n"
                f"       spf=pass (google.com: domain of bounce@{domain} designates 54.240.8.21 as permitted sender) smtp.mailfrom={domain};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}")
    return (f"Authentication-Results: {by};\n       dkim=fail (body hash did not verify) header.i=@{d} header.s=sel1 header.b=Zq8Lw0aa;\n"
            f"       spf=softfail (google.com: domain of transitioning {domain} does not designate 185.220.14.77 as permitted sender) smtp.mailfrom={domain};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={domain}")

def add(key, kind, needs, case, cands, note, *, frm, to, subject, date, text=None, html=None,
        charset="utf-8", cte="qp", reply_to=None, cc=None, irt=None, auth=True, crlf=False,
        extra=(), subj_charset=None, mid_domain=None, hdr_charset="utf-8"):
    n = len(MSGS) + 1
    frm_name, frm_addr = frm
    dom = frm_addr.split("@")[1]
    mid_dom = mid_domain or dom
    h = hashlib.sha1(f"{key}{n}".encode()).hexdigest()
    mid = f"<{h[:16]}.{h[16:24]}@{mid_dom}>"
    MIDS[key] = mid
    if text is not None and html is not None:
        msg = MIMEMultipart("alternative")
        msg.attach(part(text, "plain", charset, cte))
        msg.attach(part(html, "html", charset, cte))
    elif html is not None:
        msg = part(html, "html", charset, cte)
    else:
        msg = part(text, "plain", charset, cte)
    msg["From"] = formataddr((frm_name, frm_addr), charset=hdr_charset) if frm_name else frm_addr
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    try:
        subject.encode("ascii"); msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, subj_charset or "utf-8").encode()
    msg["Date"] = date
    msg["Message-ID"] = mid
    if irt:
        chain = irt if isinstance(irt, (list, tuple)) else [irt]
        msg["In-Reply-To"] = MIDS[chain[-1]]
        msg["References"] = " ".join(MIDS[k] for k in chain)
    for k, v in extra:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    body = msg.as_bytes()
    pre = []
    rcpt = to.split(",")[0].strip().strip("<>").split("<")[-1].strip(">")
    by = "mx.google.com" if rcpt.endswith("gmail.com") else "mx1.minatosoft.co.jp"
    if frm_addr not in (ME_P, ME_C):
        pre.append(f"Received: from {mid_dom} ({mid_dom} [54.240.8.{n % 200 + 10}])\n        by {by} with ESMTPS id x{h[:10]}\n        for <{rcpt}>; {date}")
        if auth is True:
            pre.append(auth_line(dom, True, by=by))
        elif auth is False:
            pre.append(auth_line(dom, False, by=by))
        elif isinstance(auth, str):
            pre.append(auth)
    else:
        pre.append(f"Received: by 2002:a05:6a10:{n:x}:b0:{h[:4]} with SMTP id {h[4:14]};\n        {date}")
    raw = ("\n".join(pre) + "\n").encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, raw=raw, label={"kind": kind, "needs_reply": needs, "case": case,
                                          "candidate_ids": cands}, note=note))

def me_p(): return (ME_NAME, ME_P)
def me_c(): return (ME_NAME, ME_C)
TCF = ("Amazon Web Services", TC)
AWSCON = ("Amazon Web Services", CONSOLE)

CONSOLE_FOOTER = f"""
To see all the correspondence for this case, or to add a reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={{cid}}%26language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above instead of replying to this message.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ---------------------------------------------------------------- messages
add("gh1", "unrelated", False, None, [], "GitHub 'merged' notification; the word merged is a trap",
    frm=("Sora Takeda", "notifications@github.com"), to=ME_P,
    subject="Re: [okabe-lab/tf-modules] Add S3 lifecycle rule module (PR #212)",
    date=dt("2025-02-24 09:12:44"), mid_domain="github.com",
    text="""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okabe-lab/tf-modules/pull/212#event-16672201
You are receiving this because you authored the thread.
""", cte="8bit", extra=[("List-ID", "okabe-lab/tf-modules <tf-modules.okabe-lab.github.com>"),
                        ("X-GitHub-Reason", "author")])

add("note", "user_reply", False, None, ["AWS04417729", "AWS07723140"],
    "owner's note-to-self before filing; two candidate IDs in own text",
    frm=me_p(), to=ME_P, subject="memo: cert account merge before I leave",
    date=dt("2025-02-24 18:40:02", "+0900"), mid_domain="mail.gmail.com",
    text="""Things to do before 3/31:

- old (company) cert account: AWS04417729  -> SAA, DVA, SCS. 50% voucher in Benefits, expires Aug.
- new (personal) cert account: AWS07723140  -> empty, created with Builder ID today
- certificates downloaded to Drive/certs/
- form: Certification > Account Merge, keep the gmail address

Minato Soft is an APN partner, so expect an extra round trip.
""", cte="8bit")

add("bid1", "unrelated", False, None, [], "Builder ID one-time code (6 digits, not a case number)",
    frm=("AWS Builder ID", "no-reply@signin.aws"), to=ME_P, subject="Verify your AWS Builder ID email address",
    date=dt("2025-02-25 08:03:10"),
    text="""Hello,

To finish signing in with AWS Builder ID, enter this verification code:

    482913

The code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.

Amazon Web Services
""", charset="us-ascii")

add("A-ack", "acknowledgement", False, CASE_A, [],
    "ack with an FAQ block whose questions are not asked of the reader",
    frm=TCF, to=ME_P, subject=f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance",
    date=dt("2025-02-25 08:31:19"),
    text=f"""Hello Ren,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case {CASE_A}.

The details of your case are as follows:
  Case ID: {CASE_A}
  Inquiry type: Certification
  Additional details: Account Merge
  Contact email: {ME_P}

Someone from our team normally gets back to you within 24 hours. Some requests take longer while we look into them.

Frequently asked questions
- How long does an account merge take?  Most merges are finished within a few business days of our first reply.
- Should I submit the form again if I have not heard back?  No. A second request for the same issue opens a separate case and delays both.
- Where can I find my candidate ID?  Sign in to your certification account; it is shown in the top right corner as AWS followed by eight digits.
- Will I lose my exam history?  No, history, certifications and benefits move with the merge.

Warm regards,
AWS Training and Certification Customer Service
""")

add("B-ack", "acknowledgement", False, CASE_B, [],
    "Japanese ack for the duplicate request sent from the company address; ISO-2022-JP",
    frm=("Amazon Web Services", TC), to=ME_C,
    subject=f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance",
    date=dt("2025-02-25 08:47:55"), charset="iso-2022-jp", auth=f"Authentication-Results: mx1.minatosoft.co.jp; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com",
    text=f"""岡部 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース {CASE_B} として受け付けました。

ケースの詳細:
  ケース ID: {CASE_B}
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じご依頼について既にケースをお持ちの場合、新たなケースの作成はお控えください。

AWS トレーニングと認定 カスタマーサービス
""")

add("party", "unrelated", False, None, [], "colleague asks owner a question (not support): needs_reply false",
    frm=("佐藤 美咲", "m.sato@minatosoft.co.jp"), to=ME_C, subject="岡部さん送別会の件",
    date=dt("2025-02-25 10:15:30", "+0900"), charset="iso-2022-jp", subj_charset="iso-2022-jp",
    hdr_charset="iso-2022-jp", auth="Authentication-Results: mx1.minatosoft.co.jp; dkim=pass header.d=minatosoft.co.jp",
    text="""岡部さん

お疲れさまです。佐藤です。
送別会を3/27(木)か3/28(金)で考えています。
ご都合の悪い日があれば金曜までに教えてください。
お店は品川あたりで探しています。

佐藤
""")

add("party-re", "user_reply", False, None, [], "owner answers a colleague; not case mail",
    frm=me_c(), to="m.sato@minatosoft.co.jp", subject="Re: 岡部さん送別会の件",
    date=dt("2025-02-25 12:40:11", "+0900"), irt="party", charset="iso-2022-jp", subj_charset="iso-2022-jp",
    text="""佐藤さん

ありがとうございます。どちらの日でも大丈夫です。
品川だと助かります。

岡部

> 送別会を3/27(木)か3/28(金)で考えています。
> ご都合の悪い日があれば金曜までに教えてください。
""")

add("bill", "unrelated", False, None, [], "AWS billing mail with a 12-digit account ID",
    frm=("Amazon Web Services", "aws-billing-no-reply@amazon.com"), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 418230557791]",
    date=dt("2025-02-25 12:00:07"),
    html="""<html><body style="font-family:Arial">
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement, for the account ending in <b>7791</b>, is available on the AWS web site. Your account will be charged the following:</p>
<table border="1" cellpadding="4"><tr><td>Total</td><td>USD 3.84</td></tr><tr><td>Billing period</td><td>February 1 - February 28, 2025</td></tr></table>
<p>You can see a complete break-down of all charges on the Billing &amp; Cost Management page. Have a question about this bill? Visit the Billing FAQ.</p>
<p>Thank you for using Amazon Web Services.</p></body></html>""")

add("B-dup", "case_update", False, CASE_B, [],
    "duplicate case closed and linked to the main case; cites the OTHER case number in the body",
    frm=("Amazon Web Services", TC), to=ME_C, subject=SUBJ_B, date=dt("2025-02-26 07:55:40"), irt="B-ack",
    auth="Authentication-Results: mx1.minatosoft.co.jp; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com",
    text=f"""Hello,

It looks like the same account merge request reached us twice: once from {ME_P} (case {CASE_A}) and once from this address (case {CASE_B}).

To keep everything in one place, I've linked the two and closed case {CASE_B}. Your request is not lost: the work continues on case {CASE_A}, and all further messages will come from that case.

Nothing needs to be done from your side for this one.

Thanks,
Tomas
AWS Training and Certification
""")

add("A-info1", "info_request", True, CASE_A, ["AWS07723410"],
    "long explanatory update; the actual ask (correct candidate ID) is a statement buried mid-way, no 'please'",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-02-26 09:30:12"), irt="A-ack",
    text=f"""Hi Ren,

My name is Priyanka and I'll be handling your request to bring your certification records together under your personal address. Let me walk you through how this normally goes, since there are a couple of moving parts.

When two certification accounts are merged, one of them becomes the surviving account. Everything attached to the other one - exam history, active and expired certifications, benefits such as discount vouchers, and any pending exam registrations - is moved onto the surviving account, and the other account is then deactivated. The login you use afterwards is the one tied to the surviving account, so it matters that we pick the right one.

I looked up the address {ME_C} and found one certification account, which holds three active certifications. For {ME_P} I found a recently created account with no history, which matches what you described.

The candidate ID you typed into the form for the personal account, AWS07723410, doesn't match any profile on our side, so before I can line the two accounts up I'll need the ID exactly as it appears at the top right of the certification portal when you are signed in with your Builder ID.

After that, our next step will be to check whether either account is connected to an AWS Partner Network organization; if it is, there is a short extra step, and I'll explain it if it applies to you. Pending exam appointments are not affected by a merge, and your Credly badges will follow the certifications automatically once everything is moved.

If you have questions about any of this in the meantime, feel free to reply here.

Kind regards,
Priyanka S.
AWS Training and Certification Customer Service
""")

add("A-re1", "user_reply", False, CASE_A, ["AWS07723140"],
    "owner's reply with the corrected candidate ID above Gmail quote",
    frm=me_p(), to=TC, subject=SUBJ_A, date=dt("2025-02-26 21:14:58", "+0900"), irt=["A-ack", "A-info1"],
    text=f"""Hi Priyanka,

Sorry, I swapped two digits. The personal account is AWS07723140 (just checked it in the portal).

Thanks,
Ren Okabe

On Wed, Feb 26, 2025 at 6:30 PM Amazon Web Services <{TC}> wrote:
> Hi Ren,
>
> My name is Priyanka and I'll be handling your request to bring your
> certification records together under your personal address.
> ...
> The candidate ID you typed into the form for the personal account,
> AWS07723410, doesn't match any profile on our side, so before I can line
> the two accounts up I'll need the ID exactly as it appears at the top
> right of the certification portal when you are signed in with your
> Builder ID.
""", cte="8bit")

add("mkt1", "unrelated", False, None, [], "AWS marketing full of rhetorical questions and calls to action",
    frm=("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Ready to build what's next? Registration for AWS re:Inforce 2025 is open",
    date=dt("2025-02-27 06:00:00"),
    text="""Ready to go deeper on cloud security?

Join us in Philadelphia, June 16-18. Why wait? Early-bird pricing ends April 30.

Register now: https://reinforce.awsevents.com/

Not interested in event emails? Update your preferences or unsubscribe.
Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
""", html="""<html><body><h2>Ready to go deeper on cloud security?</h2>
<p>Join us in Philadelphia, June 16&ndash;18. Why wait? Early-bird pricing ends April 30.</p>
<p><a href="https://reinforce.awsevents.com/">Register now</a></p>
<p style="font-size:10px">Not interested in event emails? <a href="#">Update your preferences</a> or unsubscribe.</p></body></html>""")

add("pv1", "unrelated", False, None, [], "exam vendor appointment confirmation; 9-digit registration ID",
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    date=dt("2025-02-27 11:20:31"),
    html="""<html><body><p>Dear Ren Okabe,</p>
<p>Thank you for scheduling your exam. Please keep this e-mail for your records.</p>
<table border="1" cellpadding="3"><tr><th>Exam</th><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><th>Registration ID</th><td>438120557</td></tr><tr><th>Date</th><td>Saturday, April 19, 2025 10:00 JST</td></tr>
<tr><th>Location</th><td>OnVUE online proctored</td></tr></table>
<p>Please run the system test on the computer you will test with before exam day. Arrive (check in) 30 minutes early.</p>
<p>Pearson VUE</p></body></html>""")

add("A-hold1", "on_hold", True, CASE_A, [],
    "APN partner hold (paused outside the owner) but a question about the last working day is buried inside",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-02-28 15:02:47"), irt=["A-ack", "A-info1", "A-re1"],
    text=f"""Hello Ren,

Thanks for the corrected ID, that one matched straight away.

While reviewing the company account I found that it is associated with an AWS Partner Network organization (Minato Soft Co., Ltd.). Why does that matter? Partners count certified individuals towards their program tiers, so we can't move certifications away from a partner-linked account while the partner still lists the person as active staff.

I have contacted the partner administrator on file and asked them to review the request. Until they respond, your case is on hold; this is on their side, not yours.

It would help our conversation with them to know your last working day at Minato Soft - what date should I give them?

I'll update you as soon as I hear back.

Regards,
Priyanka S.
AWS Training and Certification
""")

add("gcp", "unrelated", False, None, [], "other vendor's 'case closed' with a reply-to-reopen invitation",
    frm=("Google Cloud Support", "cloud-support-noreply@google.com"), to=ME_P,
    subject="[Case 52840195] Your support case has been closed",
    date=dt("2025-02-28 15:30:00"),
    text="""Hello Ren,

Your support case 52840195 "Cloud Run service returns 503 after deploy" has been closed because the issue was marked as resolved.

If the problem comes back, reply to this email within 14 days and the case will be reopened.

How did we do? Take our two-question survey: https://support.google.com/cloud/survey?case=52840195

Google Cloud Support
""")

add("A-re2", "user_reply", False, CASE_A, [], "owner answers the buried hold question",
    frm=me_p(), to=TC, subject=SUBJ_A, date=dt("2025-03-01 10:05:20", "+0900"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1"],
    text=f"""Hello Priyanka,

My last working day at Minato Soft is March 31, 2025. The company mailbox ({ME_C}) will be shut down the same day.

Best regards,
Ren

On Fri, Feb 28, 2025 at 15:02, Amazon Web Services <{TC}> wrote:
> It would help our conversation with them to know your last working day at
> Minato Soft - what date should I give them?
""")

add("A-autoack", "acknowledgement", False, CASE_A, [],
    "system receipt of the owner's reply; 'no need to reply' and a reminder about duplicates",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-01 01:05:49"), irt="A-re2",
    text=f"""This is an automated message.

We have received your reply and added it to case {CASE_A}. There is no need to respond to this message; an agent will review your update.

Please do not open a new case for this request.

AWS Training and Certification
""", charset="us-ascii")

add("ooo", "unrelated", False, None, [], "colleague auto-reply out of office",
    frm=("Hiroshi Ueda", "h.ueda@minatosoft.co.jp"), to=ME_C,
    subject="自動応答: 3月の案件引き継ぎについて", date=dt("2025-03-03 09:00:12", "+0900"),
    auth="Authentication-Results: mx1.minatosoft.co.jp; dkim=pass header.d=minatosoft.co.jp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""3月3日から3月7日まで休暇のため不在にしております。
お急ぎの場合は佐藤(m.sato@minatosoft.co.jp)までご連絡ください。

I am out of the office until March 7 with no access to mail.
""")

add("A-hold2", "on_hold", False, CASE_A, [],
    "hold status update with a rhetorical question; explicitly nothing needed",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-04 13:45:03"), irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2"],
    html=f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Ren,</p>
<p>A quick status note: I passed your last working day (March 31) to the partner administrator, and we are still waiting on their review. Wondering why it is taking a while? Partner reviews usually need three to five business days because the administrator has to check their own records first.</p>
<p>Your case stays on hold until they respond. <b>You don't need to do anything right now</b> - I'll write again the moment there is news.</p>
<p>Best,<br>Priyanka S.<br>AWS Training and Certification</p>
</body></html>""")

add("sb", "unrelated", False, None, [], "Skill Builder subscription receipt (AWS training, not a case)",
    frm=("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder Individual subscription receipt",
    date=dt("2025-03-05 03:10:44"),
    text="""Thank you for your purchase.

Order number: SB-20250305-771092
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Next renewal: April 5, 2025

Manage your subscription at https://skillbuilder.aws/account

AWS Training and Certification
""")

add("phish1", "suspicious", False, None, [],
    "real AWS sender address and real case number, but dmarc=fail and a credential link",
    frm=TCF, to=ME_P, subject=f"RE:[CASE {CASE_A}] Action required: verify identity to release partner hold",
    date=dt("2025-03-06 17:22:09"), auth=False,
    reply_to="support-desk@aws-case-review.com",
    html=f"""<html><body><p>Dear customer,</p>
<p>Your merge request is held pending identity verification. To release the hold please sign in with your AWS Builder ID through the secure link below within 24 hours, otherwise all certifications on both accounts will be suspended.</p>
<p><a href="https://aws-case-review.com/signin?case={CASE_A}">Verify my identity</a></p>
<p>AWS Training and Certification Security</p></body></html>""")

add("A-info2", "info_request", True, CASE_A, [],
    "request relayed from a third party (former employer's partner admin), phrased as a condition for the next step",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-07 08:40:30"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2"],
    text=f"""Hello Ren,

Good news of sorts: the partner administrator at Minato Soft, Mr. Kenji Mori, has replied. He has no objection to the merge, but he asked us to obtain from you a short written statement, in this thread, that you are leaving the company on March 31 and that you want your certifications moved to your personal account.

The partner team can only release the hold once that statement is on the case. A couple of sentences is enough; it doesn't need to be formal.

Thanks for your patience with the extra step.

Priyanka S.
AWS Training and Certification
""")

add("it", "unrelated", False, None, [], "company IT directive about mailbox shutdown (instructions, not support)",
    frm=("情報システム部", "it-helpdesk@minatosoft.co.jp"), to=ME_C,
    subject="[IT] 退職に伴うアカウント停止のお知らせ / Account deactivation notice",
    date=dt("2025-03-07 09:02:00", "+0900"), charset="utf-8", cte="b64",
    auth="Authentication-Results: mx1.minatosoft.co.jp; dkim=pass header.d=minatosoft.co.jp",
    text="""岡部 蓮 様

退職日(2025/03/31)の18:00をもって、以下のアカウントを停止します。
 - メール (r.okabe@minatosoft.co.jp)
 - VPN / SSO

個人宛のメールがある場合は、停止前に転送設定ではなく個別に移行してください。
PCは最終出社日に情報システム部へ返却してください。

Your mailbox and SSO account will be disabled at 18:00 on March 31.

情報システム部
""")

add("A-re3", "user_reply", False, CASE_A, [], "owner's written statement, top-posted",
    frm=me_p(), to=TC, subject=SUBJ_A, date=dt("2025-03-07 20:11:36", "+0900"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2"],
    text=f"""Hello Priyanka,

I confirm that I am leaving Minato Soft Co., Ltd. on March 31, 2025, and I ask that all of my AWS certifications, exam history and benefits be moved from the account registered to {ME_C} to my personal account ({ME_P}).

Regards,
Ren Okabe

On Fri, Mar 7, 2025 at 5:40 PM Amazon Web Services <{TC}> wrote:
> Good news of sorts: the partner administrator at Minato Soft, Mr. Kenji
> Mori, has replied. He has no objection to the merge, but he asked us to
> obtain from you a short written statement, in this thread, ...
""")

add("A-lift", "case_update", False, CASE_A, [],
    "hold lifted and handed to another team; conditional invitation only",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-10 10:00:58"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3"],
    text=f"""Hi Ren,

Thank you for the statement. The partner team has released the hold on the company account, and I've handed your case to our account operations team, who carry out the merge itself. They'll write to you on this same case with a summary of both accounts before anything is changed.

If you have anything to add in the meantime, just reply to this email and it will reach them.

All the best,
Priyanka S.
AWS Training and Certification
""")

add("nl-jp", "unrelated", False, None, [], "Japanese tech newsletter in Shift_JIS with questions to readers",
    frm=("クラウド週報", "news@cloud-weekly.jp"), to=ME_P, subject="【クラウド週報】第312号 生成AIとFinOps",
    date=dt("2025-03-10 12:30:00", "+0900"), charset="shift_jis", subj_charset="shift_jis", hdr_charset="shift_jis",
    text="""クラウド週報 第312号

■ 今週のトピック
・FinOps の始め方: タグ付けから始めよう
・生成AIの社内活用、どこまで進んでいますか?

■ 読者アンケート
皆さんの職場ではクラウド費用の見える化は進んでいますか?
ご意見はWebフォームからお寄せください(任意)。

配信停止はこちら: https://cloud-weekly.jp/unsubscribe
""")

add("gh2", "unrelated", False, None, [], "GitHub issue comment that asks the owner to confirm something (not support)",
    frm=("kmatsuda", "notifications@github.com"), to=ME_P,
    subject="Re: [okabe-lab/tf-modules] lifecycle module ignores noncurrent versions (Issue #215)",
    date=dt("2025-03-11 09:15:22"), mid_domain="github.com",
    text="""@renokabe I pushed a fix on branch fix/noncurrent. Could you confirm it works with your bucket before I open the PR?

--
Reply to this email directly, view it on GitHub:
https://github.com/okabe-lab/tf-modules/issues/215#issuecomment-2714409921
You are receiving this because you were mentioned.
""", cte="8bit")

CONF_TABLE_HTML = f"""<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07723140</td><td>AWS04417729</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
<tr><td>Partner link</td><td>none</td><td>released</td></tr>
<tr><td><b>Your reply</b></td><td colspan="2">Reply with the number of the account that should remain (#1 or #2) and that both accounts above belong to you. We will not change anything until we have your answer.</td></tr>
</table>"""

add("A-conf", "confirmation_request", True, CASE_A, ["AWS07723140", "AWS04417729"],
    "HTML-only; the prose only says 'summary below' - the actual ask sits in the last table cell",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-12 08:20:16"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3", "A-lift"], cte="b64",
    html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Hello Ren,</p>
<p>I'm Daniel from the account operations team and I've picked up your case from Priyanka. Here is a summary of what we found for your two certification accounts:</p>
{CONF_TABLE_HTML}
<p>Once the merge runs, Account #2 will be deactivated and its records will appear under the remaining account within a few hours.</p>
<p>Regards,<br>Daniel R.<br>AWS Training and Certification &ndash; Account Operations</p>
</body></html>""")

add("A-re4", "user_reply", False, CASE_A, [],
    "owner confirms from the company address in Outlook style (-----Original Message-----)",
    frm=me_c(), to=TC, subject=SUBJ_A, date=dt("2025-03-12 19:48:03", "+0900"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3", "A-lift", "A-conf"], crlf=True,
    text=f"""Hi Daniel,

Confirmed, both accounts are mine. Please keep Account #1.

Ren

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Wednesday, March 12, 2025 5:20 PM
To: {ME_P}
Subject: {SUBJ_A}

Hello Ren,

I'm Daniel from the account operations team and I've picked up your case from Priyanka. Here is a summary of what we found for your two certification accounts:
[table]
""", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdqUe7m1x9cFpZ2ZQmW2kqfR0v3r7w==")])

add("A-info3", "info_request", True, CASE_A, [],
    "asks the owner to write again from the destination address (answer came from the account being retired)",
    frm=TCF, to=ME_C, cc=ME_P, subject=SUBJ_A, date=dt("2025-03-13 07:30:45"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3", "A-lift", "A-conf", "A-re4"],
    auth="Authentication-Results: mx1.minatosoft.co.jp; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com",
    text=f"""Hi Ren,

Thanks for the quick answer. Your reply reached us from {ME_C}, which is the login of the account that will be deactivated. For security we can only act on a confirmation sent from the address of the account that stays, {ME_P}.

Send the same confirmation from your personal mailbox and I'll start the merge right away.

Daniel R.
Account Operations
""")

add("educate", "unrelated", False, None, [],
    "another AWS program's form case (Educate) asking for information - not a T&C case",
    frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 174182115600934] [AWS Educate Form Submission] - educator-verification",
    date=dt("2025-03-13 11:00:33"),
    text="""Hello,

Thank you for applying to be an AWS Educate educator. To verify your affiliation, please reply with a link to your instructor profile at the institution where you teach.

Best regards,
AWS Educate Support
""")

add("connpass", "unrelated", False, None, [], "community event reminder with instructions for later",
    frm=("connpass", "no-reply@connpass.com"), to=ME_P, subject="【リマインド】JAWS-UG 東京 #58 は明日開催です",
    date=dt("2025-03-14 09:00:00", "+0900"),
    text="""岡部 蓮 さん

明日開催のイベントのリマインドです。

JAWS-UG 東京 #58 AWS認定 合格体験記LT大会
日時: 2025/03/15(土) 13:00〜
会場: 目黒

当日は受付で受付票(QRコード)を提示してください。
参加できなくなった場合は、イベントページからキャンセルをお願いします。

connpass
""", cte="8bit")

add("A-close", "closing_notice", True, CASE_A, [],
    "closing warning; quotes the earlier table; a reply keeps it open",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-17 08:10:00"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3", "A-lift", "A-conf", "A-re4", "A-info3"],
    text=f"""Hello Ren,

We still haven't received the confirmation from {ME_P} that we need before merging the accounts listed below. If nothing arrives within the next three business days, this case will be closed automatically. A reply from your personal address keeps it open, and you can also reply after closure to have it reopened.

Daniel R.
Account Operations

On Wed, Mar 12, 2025 at 08:20 UTC, AWS Training and Certification <{TC}> wrote:
> Account #1  AWS07723140  login {ME_P}
> Account #2  AWS04417729  login {ME_C}
> Reply with the number of the account that should remain (#1 or #2) and
> that both accounts above belong to you.
""")

add("A-re5", "user_reply", False, CASE_A, [], "owner confirms from the personal address",
    frm=me_p(), to=TC, subject=SUBJ_A, date=dt("2025-03-17 12:25:41", "+0900"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3", "A-lift", "A-conf", "A-re4", "A-info3", "A-close"],
    text=f"""Hi Daniel,

Sorry for the delay. Both accounts belong to me. Please merge into Account #1 ({ME_P}).

Ren Okabe

On Mon, Mar 17, 2025 at 5:10 PM Amazon Web Services <{TC}> wrote:
> We still haven't received the confirmation from {ME_P} that we need
> before merging the accounts listed below.
""")

add("A-done", "resolved", False, CASE_A, ["AWS07723140"],
    "merge done; rhetorical question, later-check instructions, and the old confirmation request quoted below",
    frm=TCF, to=ME_P, subject=SUBJ_A, date=dt("2025-03-17 16:02:29"),
    irt=["A-ack", "A-info1", "A-re1", "A-hold1", "A-re2", "A-info2", "A-re3", "A-lift", "A-conf", "A-re4", "A-info3", "A-close", "A-re5"],
    text=f"""Hi Ren,

Thank you for confirming. I have merged both accounts; everything now lives under candidate ID AWS07723140, and the old account has been deactivated.

Wondering where your badges are? Credly picks up the change on its own, usually within a day.

Next time you sign in, take a minute to look over Exam History, Certifications and Benefits. Should anything be missing, you can reply to this email within 14 days.

This case is now resolved.

Daniel R.
AWS Training and Certification - Account Operations

> Reply with the number of the account that should remain (#1 or #2) and
> that both accounts above belong to you. We will not change anything
> until we have your answer.
""")

add("badge1", "badge", False, None, [], "Credly badge mail following the merge (UUID, not a case)",
    frm=("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification sent you a badge",
    date=dt("2025-03-17 16:40:02"),
    html="""<html><body><p>Hi Ren,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Security &ndash; Specialty</b> badge.</p>
<p><a href="https://www.credly.com/badges/3f9c1d2e-8a47-4b6e-9f20-5c7d1e0a9b31/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know. Questions? Visit the Credly help center.</p>
<p>The Credly Team</p></body></html>""")

add("A-survey", "survey", False, CASE_A, [], "satisfaction survey about the case",
    frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject=f"How did we do? Your feedback on case {CASE_A}",
    date=dt("2025-03-18 09:00:00"),
    html=f"""<html><body><p>Hello Ren,</p>
<p>Your recent case ({CASE_A}) with AWS Training and Certification Customer Service has been resolved. Would you take two minutes to tell us about your experience?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws/tc?c={CASE_A}&r=5">Very satisfied</a> | <a href="#">Satisfied</a> | <a href="#">Neutral</a> | <a href="#">Dissatisfied</a></p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>""")

add("phish2", "suspicious", False, None, [], "lookalike domain demanding a reply/sign-in to 'confirm the merge'",
    frm=("AWS Certification Support", "cases@aws-certsupport-team.com"), to=ME_P,
    subject=f"FINAL NOTICE: confirm account merge or certifications will be revoked",
    date=dt("2025-03-18 10:30:12"), auth="Authentication-Results: mx.google.com;\n       spf=pass smtp.mailfrom=aws-certsupport-team.com;\n       dkim=pass header.i=@aws-certsupport-team.com;\n       dmarc=pass header.from=aws-certsupport-team.com",
    text="""Dear Certification Holder,

Our system shows your account merge is incomplete. Reply to this email with your AWS Builder ID password, or sign in at the link below within 12 hours, or all certifications will be revoked.

https://aws-certsupport-team.com/merge/confirm

AWS Certification Support Team
""")

add("A-fwd", "user_reply", False, CASE_A, [], "owner forwards the resolution to his former manager",
    frm=me_p(), to="Kenji Mori <k.mori@minatosoft.co.jp>", subject=f"Fwd: {SUBJ_A}",
    date=dt("2025-03-18 22:10:05", "+0900"), irt="A-done",
    text=f"""Mori-san,

FYI - thanks for releasing the partner hold, the merge is done.

Ren

---------- Forwarded message ---------
From: Amazon Web Services <{TC}>
Date: Mon, Mar 17, 2025 at 4:02 PM
Subject: {SUBJ_A}
To: <{ME_P}>

Hi Ren,

Thank you for confirming. I have merged both accounts; everything now lives under candidate ID AWS07723140, and the old account has been deactivated.
...
""")

add("bid2", "unrelated", False, None, [], "Builder ID sign-in code",
    frm=("AWS Builder ID", "no-reply@signin.aws"), to=ME_P, subject="Your AWS Builder ID verification code",
    date=dt("2025-03-19 08:00:41"), charset="us-ascii",
    text="""Your verification code is: 306174

This code is valid for 10 minutes. Never share it with anyone - AWS will never ask you for it.
""")

add("C-ack", "acknowledgement", False, CASE_C, [],
    "Support Center (console) new-case mail; footer says this address cannot take replies",
    frm=AWSCON, to=ME_P, subject=f"Amazon Web Services: New Support case: {CASE_C}",
    date=dt("2025-03-20 09:41:18"),
    text=f"""Dear AWS customer,

We have opened case {CASE_C} to address your request:

Subject: 50% exam discount voucher missing after account merge
Severity: General guidance
Category: Training and Certification

We will respond to you as soon as possible.
""" + CONSOLE_FOOTER.format(cid=CASE_C))

add("summit", "unrelated", False, None, [], "Japanese AWS marketing with a conditional invitation",
    frm=("AWS Summit Japan", "aws-apac-marketing@amazon.com"), to=ME_P, subject="AWS Summit Japan 2025 登録受付中",
    date=dt("2025-03-20 10:10:00", "+0900"), cte="b64",
    html="""<html><body><p>AWS Summit Japan 2025 を 6月25日・26日に幕張メッセで開催します。</p>
<p>ご参加いただける場合は、下記より事前登録をお願いいたします。基調講演の座席には限りがございます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p>今後このようなメールの受信を希望されない場合は配信停止の手続きを行ってください。</p></body></html>""")

add("bill-case", "unrelated", False, None, [],
    "console support case about billing (not Training and Certification) - asks nothing of T&C",
    frm=AWSCON, to=ME_P, subject=f"Amazon Web Services: New Support case: {CASE_BILL}",
    date=dt("2025-03-20 13:30:07"),
    text=f"""Dear AWS customer,

We have opened case {CASE_BILL} to address your request:

Subject: Duplicate charge for Route 53 domain renewal [AWS ID 418230557791]
Severity: General guidance
Category: Account and billing

We will respond to you as soon as possible.
""" + CONSOLE_FOOTER.format(cid=CASE_BILL))

add("C-info", "info_request", True, CASE_C, [],
    "console case asks for exam details; must answer in the Support Center, not by email; survey footer present",
    frm=AWSCON, to=ME_P, subject=f"RE:[CASE {CASE_C}] 50% exam discount voucher missing after account merge",
    date=dt("2025-03-21 08:55:50"), irt="C-ack",
    text=f"""Hello,

Thank you for contacting AWS Training and Certification. I'm Aiko and I'll be looking into the voucher.

Benefits are tied to the exam that earned them, and the merge log for your accounts doesn't show which exam that was. Could you tell us the name of the exam you passed and the date you took it? With that we can find the voucher and reattach it.

If you have any other questions, we're happy to help.

Best regards,
Aiko M.
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=CASE_C))

add("C-re-mail", "user_reply", False, CASE_C, [], "owner mistakenly answers the console case by e-mail",
    frm=me_p(), to=CONSOLE, subject=f"Re: RE:[CASE {CASE_C}] 50% exam discount voucher missing after account merge",
    date=dt("2025-03-21 18:30:02", "+0900"), irt=["C-ack", "C-info"],
    text=f"""Hello Aiko,

It was the AWS Certified Security - Specialty exam, taken on 2024-08-09.

Ren

On Fri, Mar 21, 2025 at 5:55 PM Amazon Web Services <{CONSOLE}> wrote:
> Could you tell us the name of the exam you passed and the date you took
> it? With that we can find the voucher and reattach it.
""")

add("bounce", "unrelated", False, None, [],
    "bounce of the owner's e-mail to the no-reply address; quotes the case request",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=dt("2025-03-21 09:30:44"), auth=None,
    extra=[("Auto-Submitted", "auto-replied")],
    text=f"""** Address not found **

Your message wasn't delivered to {CONSOLE} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 This mailbox does not accept incoming e-mail.

----- Original message -----
Subject: Re: RE:[CASE {CASE_C}] 50% exam discount voucher missing after account merge

It was the AWS Certified Security - Specialty exam, taken on 2024-08-09.
""")

add("friend", "unrelated", False, None, [], "friend's personal mail with questions",
    frm=("Yuto Hayashi", "yuto.hayashi88@gmail.com"), to=ME_P, subject="新しい職場どう?",
    date=dt("2025-03-22 10:00:19", "+0900"), cte="8bit",
    text="""蓮へ

転職おめでとう。4月から新しい会社だよね?
落ち着いたら飲みに行こう。来週の土曜とか空いてる?

悠斗
""")

add("C-close", "closing_notice", True, CASE_C, [],
    "console auto-resolve warning: answer needed in the Support Center; e-mail reply won't work",
    frm=AWSCON, to=ME_P, subject=f"RE:[CASE {CASE_C}] 50% exam discount voucher missing after account merge",
    date=dt("2025-03-24 07:00:03"), irt=["C-ack", "C-info"],
    text=f"""Hello,

We haven't received a response to our last message. Unless we hear from you in the Support Center, this case will be resolved automatically in 3 days. Adding a reply there before then keeps it open.

Regards,
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=CASE_C))

add("pv2", "unrelated", False, None, [], "exam vendor reminder with instructions for later",
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Reminder: your AWS exam is in 4 weeks", date=dt("2025-03-24 07:30:00"),
    text="""Dear Ren Okabe,

This is a reminder of your upcoming exam, registration ID 438120557, on April 19, 2025.

Before exam day:
 - run the OnVUE system test on your testing computer
 - have your government-issued ID ready
 - clear your desk

To reschedule, sign in to your Pearson VUE account at least 24 hours before the appointment.

Pearson VUE
""")

add("C-done", "resolved", False, CASE_C, [],
    "console resolution with survey footer and reopen-within-14-days condition",
    frm=AWSCON, to=ME_P, subject=f"RE:[CASE {CASE_C}] 50% exam discount voucher missing after account merge",
    date=dt("2025-03-25 14:15:27"), irt=["C-ack", "C-info", "C-close"],
    text=f"""Hello Ren,

Thanks for the exam details you added in the Support Center. I found the voucher from your Security - Specialty exam and it is back in Benefits on your account, valid until August 9, 2025.

I've set this case to resolved. If something still looks wrong, you can reopen it from the Support Center within 14 days.

Best regards,
Aiko M.
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=CASE_C))

add("expiry", "certification", False, None, ["AWS07723140"],
    "certmetrics expiry reminder, rhetorical 'Ready to recertify?', candidate ID in body",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certification expires in 90 days", date=dt("2025-03-26 09:00:00"),
    html="""<html><body><p>Hello Ren Okabe,</p>
<p>Candidate ID: AWS07723140</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification expires on <b>June 24, 2025</b>.</p>
<p>Ready to recertify? Passing the current version of the exam, or a higher-level exam in the same path, renews it for another three years.</p>
<p>Remember that you can use the 50% discount in your Benefits tab.</p>
<p>AWS Certification</p></body></html>""")

add("D-ack", "acknowledgement", False, CASE_D, [],
    "Japanese ack with a conditional invitation (ございましたら)",
    frm=TCF, to=ME_P, subject=f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification",
    date=dt("2025-03-26 11:40:05"), cte="b64",
    text=f"""岡部 蓮 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
ケース {CASE_D} を作成いたしました。

ケースの詳細は以下のとおりです:
  ケース ID: {CASE_D}
  お問い合わせタイプ: 認定
  その他の詳細: 認定証の氏名変更

通常24時間以内に担当者よりご連絡いたします。
同様のご依頼で別のケースを作成されますと対応が遅れる場合がございますので、ご注意ください。
追加の情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""")

add("D-info1", "info_request", True, CASE_D, [],
    "indirect Japanese keigo request (いただけますと幸いに存じます) after a long apology; multipart base64",
    frm=TCF, to=ME_P, subject=SUBJ_D, date=dt("2025-03-27 09:20:40"), irt="D-ack", cte="b64",
    text=f"""岡部 蓮 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。
このたびは認定証のお名前の表記につきまして、ご不便をおかけしており誠に申し訳ございません。

お客様の認定アカウントでは、姓名が「OKABE RENN」と登録されておりました。アカウント統合の際に、旧アカウントの登録内容がそのまま引き継がれたものと思われます。

認定証に印字される氏名は、試験当日に提示される身分証明書の記載と一致している必要がございます。
つきましては、お手数ではございますが、パスポート等に記載されているとおりのローマ字表記のお名前を、本メールへのご返信にてお知らせいただけますと幸いに存じます。

頂戴した内容をもとに、記録担当チームにて修正手続きを進めてまいります。

何卒よろしくお願い申し上げます。

中村 由香
AWS トレーニングと認定 カスタマーサービス
""", html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>岡部 蓮 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの中村でございます。<br>このたびは認定証のお名前の表記につきまして、ご不便をおかけしており誠に申し訳ございません。</p>
<p>お客様の認定アカウントでは、姓名が「OKABE RENN」と登録されておりました。アカウント統合の際に、旧アカウントの登録内容がそのまま引き継がれたものと思われます。</p>
<p>認定証に印字される氏名は、試験当日に提示される身分証明書の記載と一致している必要がございます。<br>つきましては、お手数ではございますが、パスポート等に記載されているとおりのローマ字表記のお名前を、本メールへのご返信にてお知らせいただけますと幸いに存じます。</p>
<p>頂戴した内容をもとに、記録担当チームにて修正手続きを進めてまいります。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>中村 由香<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""")

add("gha", "unrelated", False, None, [], "GitHub Actions failure notification",
    frm=("GitHub", "notifications@github.com"), to=ME_P,
    subject="[okabe-lab/tf-modules] Run failed: terraform-validate - main (a91c3e2)",
    date=dt("2025-03-27 12:00:44"), mid_domain="github.com",
    text="""terraform-validate: All jobs have failed

View workflow run: https://github.com/okabe-lab/tf-modules/actions/runs/13957210447

-- You are receiving this because you are subscribed to this thread.
""", cte="8bit")

add("nl-en", "unrelated", False, None, [], "newsletter with an FAQ section (questions answered inline)",
    frm=("Last Week in Cloud", "newsletter@lastweekincloud.dev"), to=ME_P,
    subject="Issue #98: S3 gets conditional writes everywhere",
    date=dt("2025-03-28 08:00:00"),
    text="""This week

- S3 conditional writes now in every region
- Lambda adds new runtime

Reader FAQ
Q: Can I forward this newsletter?  A: Please do.
Q: Do you take sponsorships?  A: Yes, reply to this email for the media kit.

See you next week.
""")

add("D-close", "closing_notice", True, CASE_D, [],
    "Japanese closing warning; reply keeps case open; Shift_JIS",
    frm=TCF, to=ME_P, subject=SUBJ_D, date=dt("2025-03-31 09:10:26"), irt=["D-ack", "D-info1"], charset="shift_jis",
    text=f"""岡部 蓮 様

AWS トレーニングと認定の中村でございます。

先日お送りしたご案内について、現時点でご返信を確認できておりません。
5営業日以内にご連絡をいただけない場合、本ケースはクローズとさせていただきます。
本メールにご返信いただければ、ケースは引き続きオープンのまま対応いたします。

中村 由香
AWS トレーニングと認定 カスタマーサービス
""")

add("D-re1", "user_reply", False, CASE_D, ["AWS07723140"],
    "owner's Japanese reply (ISO-2022-JP) with 「…より:」 quote and candidate ID",
    frm=me_p(), to=TC, subject=SUBJ_D, date=dt("2025-03-31 20:30:18", "+0900"),
    irt=["D-ack", "D-info1", "D-close"], charset="iso-2022-jp",
    text=f"""中村様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
パスポートの表記は「OKABE REN」です(RENN ではなく REN)。
候補IDは AWS07723140 です。

よろしくお願いいたします。
岡部 蓮

2025年3月31日(月) 18:10 Amazon Web Services <{TC}>より:
> 先日お送りしたご案内について、現時点でご返信を確認できておりません。
""")

add("D-upd", "case_update", False, CASE_D, [],
    "Japanese: passed to records team, explicitly nothing needed",
    frm=TCF, to=ME_P, subject=SUBJ_D, date=dt("2025-04-01 10:00:09"),
    irt=["D-ack", "D-info1", "D-close", "D-re1"], cte="b64",
    text=f"""岡部 蓮 様

ご返信ありがとうございます。
いただいた氏名表記「OKABE REN」にて、記録担当チームへ修正を依頼いたしました。
通常3〜5営業日ほどで反映されます。現時点でお客様にご対応いただく事項はございません。

進捗がございましたら改めてご連絡いたします。

中村 由香
AWS トレーニングと認定 カスタマーサービス
""")

add("cm-survey", "certification", False, None, [],
    "'AWS Certification wants to hear from you' program survey - not about a support case",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS Certification wants to hear from you", date=dt("2025-04-02 09:00:00"),
    text="""Hello Ren,

As an AWS Certified individual, your view helps shape future exams. Would you take a 10-minute survey about the skills you use in your current role?

Take the survey: https://www.certmetrics.com/amazon/survey/2025-skills

Participation is optional and your answers are confidential.

AWS Certification
""")

add("D-info2", "info_request", True, CASE_D, [],
    "English follow-up from the records team: the next step is conditional on the owner's answer ('can only continue when')",
    frm=TCF, to=ME_P, subject=SUBJ_D, date=dt("2025-04-02 16:45:31"),
    irt=["D-ack", "D-info1", "D-close", "D-re1", "D-upd"],
    text=f"""Hello Ren,

I'm Marcus from the certification records team, following up on your name correction after Yuka's handover.

Your certificates can carry the name in Latin letters only, or in Latin letters followed by the name in Japanese script (岡部 蓮). The records team can only continue once we know which of the two you would like printed; until then the correction stays queued.

Everything else is ready on our side.

Marcus T.
AWS Certification Records
""")

add("D-re2", "user_reply", False, CASE_D, [], "owner answers the records team",
    frm=me_p(), to=TC, subject=SUBJ_D, date=dt("2025-04-02 22:05:50", "+0900"),
    irt=["D-ack", "D-info1", "D-close", "D-re1", "D-upd", "D-info2"],
    text=f"""Hi Marcus,

Latin letters only, please: OKABE REN.

Thank you,
Ren

> The records team can only continue once we know which of the two you
> would like printed; until then the correction stays queued.
""")

add("amzn", "unrelated", False, None, [], "Amazon.co.jp retail shipping notice (Amazon, but not AWS)",
    frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P, subject="Amazon.co.jp ご注文の商品を発送しました",
    date=dt("2025-04-03 11:00:00", "+0900"), cte="b64",
    text="""岡部 蓮 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文番号 250-4418027-5530211 の商品を発送しました。

お届け予定: 4月4日(金)
配送状況はアカウントサービスの「注文履歴」からご確認いただけます。

Amazon.co.jp
""")

add("D-done", "resolved", False, CASE_D, [],
    "Japanese resolution with instructions for later and a conditional invitation",
    frm=TCF, to=ME_P, subject=SUBJ_D, date=dt("2025-04-04 10:30:15"),
    irt=["D-ack", "D-info1", "D-close", "D-re1", "D-upd", "D-info2", "D-re2"], charset="iso-2022-jp",
    text=f"""岡部 蓮 様

お待たせいたしました。認定アカウントの氏名を「OKABE REN」に修正いたしました。
修正後の認定証は、認定アカウントの「認定」ページから再度ダウンロードいただけます。

次回ログインされた際に、認定証の表記をご確認ください。
今後ご不明な点がございましたら、お気軽にお問い合わせください。

本ケースはこれにて解決とさせていただきます。

中村 由香
AWS トレーニングと認定 カスタマーサービス
""")

add("cert-new", "certification", False, None, [],
    "program notice that an updated certificate is available (follows the case but is not case mail)",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your updated AWS Certification certificate is available", date=dt("2025-04-04 10:32:40"),
    text="""Hello OKABE REN,

An updated certificate for each of your active AWS Certifications is now available. Sign in to your AWS Certification Account and open the Certifications page to download it.

AWS Certification
""")

add("D-survey", "survey", False, CASE_D, [], "Japanese case survey",
    frm=("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), to=ME_P,
    subject=f"ケース {CASE_D} のサポートについてご意見をお聞かせください",
    date=dt("2025-04-05 09:00:00"), cte="b64",
    html=f"""<html><body><p>岡部 蓮 様</p>
<p>先日解決したケース({CASE_D})について、サポートの満足度をお聞かせいただけますでしょうか。所要時間は1分程度です。</p>
<p><a href="https://survey.aws/tc?c={CASE_D}&lang=ja">アンケートに回答する</a></p>
<p>AWS トレーニングと認定</p></body></html>""")

OLD_2021 = f"""On Tue, Jun 8, 2021 at 3:12 AM Amazon Web Services <{TC}> wrote:
> Hello Ren,
>
> I have merged the two certification accounts registered with
> {ME_P}. Case ID: {CASE_E}.
> Please check your badges in Credly in the next 48 hours.
>
> Thank you,
> AWS Training and Certification"""

add("E-re0", "user_reply", False, CASE_E, [],
    "owner writes on a four-year-old resolved thread (10-digit case)",
    frm=me_p(), to=TC, subject=SUBJ_E, date=dt("2025-04-07 08:15:30", "+0900"),
    text=f"""Hello,

After the merge on case {CASE_A} last month, my AWS Certified Developer - Associate badge from 2021 no longer shows in Credly. It was fixed under this case back in 2021, so I'm writing here.

Ren Okabe

{OLD_2021}
""")

add("E-reopen", "case_update", False, CASE_E, [],
    "old case reopened and being investigated; asks nothing; mentions the other case number",
    frm=TCF, to=ME_P, subject=SUBJ_E, date=dt("2025-04-07 14:00:42"), irt="E-re0",
    text=f"""Hello Ren,

We've reopened case {CASE_E} and are looking into the missing badge together with the Credly team. The merge on case {CASE_A} doesn't need to be touched.

There's nothing you need to do right now; I'll come back to you with an update.

Sofia
AWS Training and Certification
""")

add("mori", "unrelated", False, None, [], "former manager's personal mail; mentions AWS and asks for the laptop - a third party, not support",
    frm=("Kenji Mori", "k.mori@minatosoft.co.jp"), to=ME_P, subject="Re: お疲れさまでした",
    date=dt("2025-04-08 09:00:11", "+0900"), cte="8bit",
    auth="Authentication-Results: mx.google.com; dkim=pass header.i=@minatosoft.co.jp; spf=pass smtp.mailfrom=minatosoft.co.jp; dmarc=pass header.from=minatosoft.co.jp",
    text="""岡部さん

新しい職場はいかがですか。AWSのパートナー側の処理もこちらで完了しています。
ひとつだけ、貸与していた検証用のYubiKeyが返却リストに残っています。
お手元にあれば着払いで送ってもらえますか。

森
""")

add("E-conf", "confirmation_request", True, CASE_E, ["AWS02290481", "AWS07723140"],
    "stray second account found; the confirmation is phrased conditionally ('if #1 is the one... a one-line reply is all we need')",
    frm=TCF, to=ME_P, subject=SUBJ_E, date=dt("2025-04-08 18:20:05"), irt=["E-re0", "E-reopen"],
    text=f"""Hello Ren,

Here's where things stand. The Developer badge isn't missing because of last month's merge: it belongs to a third certification account, created in 2021 through a partner sign-in, that our 2021 merge never touched.

Account #1
  Candidate ID: AWS07723140
  Login email: {ME_P}
  Certification notification email: {ME_P}

Account #2
  Candidate ID: AWS02290481
  Login email: {ME_P} (partner SSO)
  Certification notification email: {ME_P}

If Account #1 is the one you want to end up with, a one-line reply saying so, and that Account #2 is also yours, is all we need to fold them together.

P.S. I checked and your exam appointment for April 19 is on Account #1, so it won't be affected.

Sofia
AWS Training and Certification
""")

add("E-re1", "user_reply", False, CASE_E, [], "owner confirms",
    frm=me_p(), to=TC, subject=SUBJ_E, date=dt("2025-04-09 07:45:00", "+0900"),
    irt=["E-re0", "E-reopen", "E-conf"],
    text=f"""Hi Sofia,

Yes, Account #2 is mine too. Keep Account #1.

Ren

On Tue, Apr 8, 2025, Amazon Web Services <{TC}> wrote:
> If Account #1 is the one you want to end up with, a one-line reply saying
> so, and that Account #2 is also yours, is all we need to fold them together.
""")

add("credly-pw", "badge", False, None, [], "Credly account mail (password reset) - Credly, not a case",
    frm=("Credly", "admin@credly.com"), to=ME_P, subject="Reset your Credly password",
    date=dt("2025-04-09 10:00:22"),
    text="""Hi Ren,

Someone asked to reset the password for your Credly account. If that was you, use the link below within 2 hours:

https://www.credly.com/users/password/edit?reset_password_token=Gx7qPz2LmV

If you didn't ask for this, you can ignore this email.

The Credly Team
""")

add("E-info", "info_request", True, CASE_E, [],
    "mostly a progress report; the only ask is in a P.S. (Credly login address), stated as a precondition",
    frm=TCF, to=ME_P, subject=SUBJ_E, date=dt("2025-04-09 16:20:48"),
    irt=["E-re0", "E-reopen", "E-conf", "E-re1"],
    text=f"""Hello Ren,

Thanks for confirming. The two accounts are now folded together and the 2021 Developer - Associate record sits on AWS07723140 with the rest of your history. Credly still shows the badge as belonging to the old profile, so I've asked the Credly team to move it across.

They expect to finish within two business days.

Sofia
AWS Training and Certification

P.S. Credly's team says they can't move the badge until they know which e-mail address you sign in to Credly with - it may not be the gmail one. Which address is it?
""")

add("E-re2", "user_reply", False, CASE_E, [], "owner answers the P.S.",
    frm=me_p(), to=TC, subject=SUBJ_E, date=dt("2025-04-09 23:02:10", "+0900"),
    irt=["E-re0", "E-reopen", "E-conf", "E-re1", "E-info"],
    text=f"""Hi Sofia,

Good catch - Credly is under {ME_C}, which no longer works. I've just added {ME_P} to the Credly profile as well, so either should match now.

Ren
""")

add("E-done", "resolved", False, CASE_E, [],
    "resolved; 'no further action required' and a rhetorical question",
    frm=TCF, to=ME_P, subject=SUBJ_E, date=dt("2025-04-10 15:30:33"),
    irt=["E-re0", "E-reopen", "E-conf", "E-re1", "E-info", "E-re2"],
    html=f"""<html><body><p>Hello Ren,</p>
<p>The Credly team has moved the <b>AWS Certified Developer &ndash; Associate</b> badge to your profile at {ME_P}. Curious why it took two teams? Badges live in Credly's system, so they have to make the change on their side.</p>
<p>No further action is required from you. I'm marking case {CASE_E} as resolved.</p>
<p>Sofia<br>AWS Training and Certification</p></body></html>""")

add("badge2", "badge", False, None, [], "Credly badge issued",
    frm=("Credly", "admin@credly.com"), to=ME_P,
    subject="Your AWS Certified Developer - Associate badge is ready to accept",
    date=dt("2025-04-10 15:40:00"),
    text="""Hi Ren,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/badges/9b2e7c41-0d3a-4f58-a6e1-2f8c3b7d5a90/accept

The Credly Team
""")

add("E-survey", "survey", False, CASE_E, [], "survey with a question form, plain text",
    frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject=f"Tell us about your support experience (case {CASE_E})",
    date=dt("2025-04-11 09:00:00"),
    text=f"""Hello Ren,

How likely are you to recommend AWS Training and Certification Customer Service to a colleague? Rate us from 0 to 10:

https://survey.aws/tc?c={CASE_E}

Your answer helps us improve. This survey closes in 7 days.
""")

add("phish3", "suspicious", False, None, [], "Credly lookalike asking to 're-verify' badges",
    frm=("Credly Badges", "admin@credly-badges.net"), to=ME_P,
    subject="Action needed: your AWS badges will be removed", date=dt("2025-04-11 12:00:15"),
    auth="Authentication-Results: mx.google.com;\n       spf=neutral smtp.mailfrom=credly-badges.net;\n       dkim=none;\n       dmarc=none header.from=credly-badges.net",
    html="""<html><body><p>Hello,</p><p>Because of a recent account merge your AWS badges failed verification and will be removed in 48 hours.</p>
<p><a href="http://credly-badges.net/verify">Sign in to keep your badges</a></p><p>Credly Support</p></body></html>""")

add("sb-mkt", "unrelated", False, None, [], "Skill Builder marketing with a trial offer",
    frm=("AWS Skill Builder", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="New: AWS Jam challenges in your Skill Builder subscription", date=dt("2025-04-14 08:00:00"),
    html="""<html><body><h3>Practice with real scenarios</h3><p>What would you do if a production bucket went public? Find out in AWS Jam, now part of your subscription.</p>
<p><a href="https://skillbuilder.aws/jam">Start a challenge</a></p></body></html>""")

add("result", "certification", False, None, ["AWS07723140"],
    "exam result notice from the certification program",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS Certification: your exam results are available", date=dt("2025-04-21 02:10:00"),
    text="""Hello Ren Okabe (AWS07723140),

Congratulations! You have passed the AWS Certified Solutions Architect - Professional exam. Your score report and certificate are available in your AWS Certification Account.

AWS Certification
""")

# ---------------------------------------------------------------- output
CASES_MD = f"""## Cases in the set
| case | format | channel | topic | outcome |
|---|---|---|---|---|
| {CASE_A} | 15 digits | T&C form, e-mail | merge company account into personal; APN partner hold lifted after a written statement; reply from wrong address; closing warning | merged (resolved), survey, Credly badge |
| {CASE_B} | 15 digits | T&C form, e-mail (company mailbox, Japanese ack) | duplicate of {CASE_A} sent from the company address | closed as duplicate and linked (case_update) |
| {CASE_C} | 11 digits | Support Center console (no-reply-aws, cannot take e-mail) | 50% voucher missing after merge | owner mistakenly replies by e-mail (bounce), then answers in console; resolved |
| {CASE_D} | 15 digits | T&C form, Japanese agent then English records team | romanised name on certificate | two requests (keigo, then conditional), closing warning, resolved, Japanese survey |
| {CASE_E} | 10 digits | old 2021 form case reopened by the owner | badge lost; stray third account | reopened, confirmation request, P.S. request, resolved, badge |

Other numbers that are **not** tracked cases: {CASE_BILL} (console billing case), 174182115600934 (AWS Educate form case), 52840195 (Google Cloud case), 438120557 (Pearson VUE registration), 418230557791 (AWS account ID), one-time codes.
"""

DECISIONS = """## Labelling decisions
- `case` is set only for AWS Training and Certification cases (form or console). Other AWS programs' cases (Educate form, console billing case), other vendors' cases, bounces and phishing that quote a real case number get `null`.
- The bounce of the owner's mistaken e-mail to `no-reply-aws@amazon.com` is `unrelated`/`null`: it is a mail-system notice, not case mail, even though it quotes case 17591230486.
- The hold message that also asks for the last working day is `on_hold` with `needs_reply: true` (the case is paused on the partner's side, but support asked a question now). The later message relaying the partner admin's demand for a written statement is `info_request`: the hold can be lifted only by the owner's answer.
- `A-info3` (write again from the personal address) is `info_request`, not `confirmation_request`: what is asked is a resend from another address.
- The confirmation request in case 8031945720 is phrased as a condition ("If Account #1 is the one…, a one-line reply… is all we need"). The accounts are listed and nothing moves without the reply, so it is a real request: `confirmation_request`, needs reply.
- The P.S.-only question in case 8031945720 makes that whole message `info_request` with needs reply, although the body reads as a progress report.
- Console case mails keep `needs_reply: true` when support waits, although the answer must go through the Support Center rather than by e-mail.
- "AWS Certification wants to hear from you" is a program survey, not a case survey: `certification`. The certificate-available mail after the name fix is `certification` too (program mail, not from the case).
- A Credly password-reset mail is `badge` (Credly mail), not `unrelated`.
- The phishing mail from the real T&C sender address with the real case number but `dmarc=fail` is `suspicious`, case `null`.
- A resolution that quotes the earlier confirmation request is `resolved`, not a request.
- Candidate IDs are listed only from the message's own new text: the closing notice for case 174047226900417 quotes the earlier table (`>` lines), so its IDs are not listed; the forward to the former manager lists none (forwarded history). The wrong ID AWS07723410 that support repeats in its own sentence is listed; in the owner's reply the quoted wrong ID is not.
- The owner's own notes, forwards and replies to colleagues are `user_reply` (case set only when they belong to a case thread).
"""

def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for m in MSGS:
        base = os.path.join(OUT, f"{m['n']:03d}-msg")
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        L = m["label"]
        rows.append(f"| {m['n']:03d} | {L['kind']} | {'yes' if L['needs_reply'] else 'no'} | {L['case'] or '-'} | {m['note']} |")
    cnt = collections.Counter(m["label"]["kind"] for m in MSGS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(f"me: {ME_P} {ME_C}\n\n# blind-178: held-out support-case mail\n\n")
        fh.write(f"Mailbox owner: Ren Okabe, leaving Minato Soft (APN partner) on 2025-03-31. {len(MSGS)} messages, Feb-Apr 2025, in arrival order. Regenerate with `python3 gen.py`.\n\n")
        fh.write(CASES_MD + "\n" + DECISIONS + "\n## Counts\n")
        for k, v in sorted(cnt.items()):
            fh.write(f"- {k}: {v}\n")
        fh.write(f"- needs_reply true: {sum(m['label']['needs_reply'] for m in MSGS)}\n\n")
        fh.write("## Messages\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    for k, v in sorted(cnt.items()):
        print(f"{k}: {v}")
    print(f"total: {len(MSGS)}")

if __name__ == "__main__":
    main()
