#!/usr/bin/env python3
"""Writes the blind corpus next to this script: NNN-msg.eml + NNN-msg.json, and README.md."""
import base64, json, os, quopri, random
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(175)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "haruka.mori.k@gmail.com"
ME_C = "h.mori@kitanami-sys.co.jp"
ME_NAME = "Haruka Mori"
ME_NAME_JA = "森 遥"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "174174118200417"   # account merge company -> personal (APN hold, wrong-address reply)
B = "174175630200952"   # duplicate form for the same merge
H = "174243217700158"   # exam accommodation request (closing notice, reopened)
C = "17446021935"       # console case: 50% voucher missing after merge
D = "174407093100286"   # Japanese-language case: recert exam not on record
E = "8716043352"        # 2021 case about certificate name, reopened in 2025
G = "174529351800733"   # third account created via Partner Central SSO (Japanese)

CID_CO = "AWS02918374"   # old company certification account
CID_ME = "AWS11873305"   # personal certification account
CID_SSO = "AWS30647718"  # stray SSO account

TCSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}

def mid(domain):
    return "<%s.%d@%s>" % ("".join(random.choice("0123456789abcdef") for _ in range(24)), random.randint(10**6, 10**7), domain)

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject")

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

_PH = {}
def part(text, sub="plain", cs="utf-8", cte="qp"):
    p = MIMENonMultipart("text", sub, charset=cs)
    if cs.lower() == "iso-2022-jp":
        p.set_payload(text.encode("iso-2022-jp").decode("ascii"))
        cte = "7bit"
    elif cte == "b64":
        p.set_payload(base64.encodebytes(text.encode(cs)).decode("ascii"))
        cte = "base64"
    elif cte == "qp":
        p.set_payload(quopri.encodestring(text.encode(cs)).decode("ascii"))
        cte = "quoted-printable"
    elif cte == "8bit":
        key = "@@BODY%d@@" % len(_PH)
        _PH[key] = text.encode(cs)
        p.set_payload(key)
    else:
        text.encode("ascii")
        p.set_payload(text)
    p["Content-Transfer-Encoding"] = cte
    return p

def auth_gmail(dom, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    return ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=%s header.b=Xq8%s;\r\n"
            "       spf=%s (google.com: domain of bounces@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=bounces@%s;\r\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s") % (
        dkim, dom, sel, random.randint(1000, 9999), spf, dom, random.randint(1, 250), random.randint(1, 250), dom,
        dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom)

def auth_m365(dom, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;"
            "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s") % (
        spf, random.randint(1, 250), random.randint(1, 250), dom, dkim, dom, dmarc,
        "none" if dmarc == "pass" else "quarantine", dom, "pass" if dmarc == "pass" else "fail",
        "100" if dmarc == "pass" else "000")

def add(kind, reply, case, cands, note, *, key=None, frm, to, subj, when, tz=UTC, text=None, html=None,
        cs="utf-8", cte="qp", hcs=None, cc=None, parent=None, auth="auto", crlf=False, extra=None,
        outgoing=False):
    if text is not None and html is not None:
        msg = MIMEMultipart("alternative")
        msg.attach(part(text, "plain", cs, cte))
        msg.attach(part(html, "html", cs, cte))
    elif html is not None:
        msg = part(html, "html", cs, cte)
    else:
        msg = part(text, "plain", cs, cte)
    hcs = hcs or cs
    if hcs.lower() == "shift_jis":
        hcs = "utf-8"
    fname, faddr = frm
    fdom = faddr.split("@")[1]
    h = OrderedDict()
    tod = to[1] if isinstance(to, tuple) else to
    if not outgoing:
        h["Delivered-To"] = tod
        h["Received"] = "from %s (%s [54.240.%d.%d]) by %s with ESMTPS id %s; %s" % (
            "a%d-%d.smtp-out.%s" % (random.randint(1, 99), random.randint(1, 999), fdom) if "amazon" in fdom or "aws" in fdom else "mail." + fdom,
            "mail." + fdom, random.randint(1, 250), random.randint(1, 250),
            "mx.google.com" if tod.endswith("gmail.com") else "TY3PR01MB1034.jpnprd01.prod.outlook.com",
            "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16)),
            format_datetime(when.astimezone(UTC) if tz is UTC else when))
        if auth == "auto":
            auth = ("pass", "pass", "pass")
        if auth:
            real = fdom if fdom not in ("credly.com",) else fdom
            if tod.endswith("gmail.com"):
                h["Authentication-Results"] = auth_gmail(real, *auth)
            else:
                h["Authentication-Results"] = auth_m365(real, *auth)
    h["Date"] = format_datetime(when.astimezone(tz))
    h["From"] = addr(fname, faddr, hcs)
    h["To"] = addr(*to, hcs) if isinstance(to, tuple) else to
    if cc:
        h["Cc"] = cc
    h["Subject"] = hdr(subj, hcs)
    m_id = mid(fdom if not outgoing else ("mail.gmail.com" if faddr.endswith("gmail.com") else "TY3PR01MB1034.jpnprd01.prod.outlook.com"))
    h["Message-ID"] = m_id
    if parent:
        pm = MIDS[parent]
        h["In-Reply-To"] = pm
        h["References"] = pm
    for k, v in (extra or {}).items():
        h[k] = v
    if key:
        MIDS[key] = m_id
    for k in list(msg.keys()):
        if k in ("MIME-Version",):
            del msg[k]
    # rebuild header order: ours first, then MIME
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in h.items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in mime:
        msg[k] = v
    MSGS.append(dict(msg=msg, crlf=crlf, label=dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands),
                     note=note, subj=subj))

def d(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def gmail_q(when, who, text):
    return "On %s, %s wrote:\n%s\n" % (when.strftime("%a, %b %-d, %Y at %-I:%M %p"), who, q(text))

def gmail_q_ja(when, who, text):
    wd = "月火水木金土日"[when.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s:\n%s\n" % (when.year, when.month, when.day, wd, when.hour, when.minute, who, q(text))

def outlook_q(when, frm, to, subj, text):
    return ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n") % (
        frm, when.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subj, text.strip("\n"))

TCF = ("Amazon Web Services", TC)
SIG_ACK_EN = "\nBest regards,\nAmazon Web Services\n"

# ---------------------------------------------------------------------------------------------
# 001-
add("unrelated", False, None, [], "GitHub PR notification: 'Merged' and 'account' wording, not support",
    frm=("Kenta Ishikawa", "notifications@github.com"), to=("kitanami/infra-tools", ME_C),
    subj="Re: [kitanami/infra-tools] Merge service-account cleanup into main (PR #412)", when=d("2025-03-10 09:14"), tz=UTC,
    text="Merged #412 into main.\n\nThe stale service accounts are now removed from both accounts' IAM config; nothing else to do on your side.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitanami/infra-tools/pull/412#event-16823991\nYou are receiving this because you were mentioned.\n",
    cte="7bit", extra={"List-ID": "kitanami/infra-tools <infra-tools.kitanami.github.com>", "X-GitHub-Reason": "mention"})

add("certification", False, None, [CID_CO], "CertMetrics expiry reminder to company address; mentions candidate ID, not a case",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subj="Your AWS Certified Solutions Architect - Associate expires in 60 days", when=d("2025-03-10 11:02"), tz=PDT,
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification (Candidate ID: AWS02918374) is set to expire on <b>May 9, 2025</b>.</p>
<p>To keep your credential active, pass the current version of the exam or a higher-level exam in the same path before the expiration date. Your 50% discount benefit can be applied when you schedule.</p>
<table cellpadding="6" style="border:1px solid #ccc"><tr><td>Certification</td><td>Solutions Architect - Associate</td></tr>
<tr><td>Validation number</td><td>Q7R2LMXK1BE4Q3SW</td></tr><tr><td>Expires</td><td>2025-05-09</td></tr></table>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#777">This message was sent by AWS Certification. Please do not reply to this message.</p>
</body></html>""", cte="qp")

add("unrelated", False, None, [], "Colleague in Japanese about last working day; mentions handing over accounts, asks for reply (not support)",
    frm=("佐々木 美咲", "m.sasaki@kitanami-sys.co.jp"), to=(ME_NAME_JA, ME_C),
    subj="最終出社日までのアカウント整理について", when=d("2025-03-10 15:40"),
    text="""森さん

お疲れさまです、総務の佐々木です。
3/31の最終出社日に向けて、社用メールとPCの返却手順をお送りします。

・社用メールアドレスは3/31 23:59で停止します
・個人で利用している外部サービスに社用アドレスを登録している場合は、
　それまでに個人アドレスへの切り替えをお願いします（AWS認定なども対象です）
・PCは3/31の夕方に情シスへ返却してください

返却日時の希望があれば今週中に返信ください。

佐々木
""", cs="iso-2022-jp", auth=("pass", "pass", "pass"))

add("user_reply", False, None, [CID_CO, CID_ME], "Owner's note to self from company to personal address; lists both candidate IDs in own text",
    frm=(ME_NAME, ME_C), to=(ME_NAME, ME_P), outgoing=True,
    subj="メモ: AWS認定アカウント（移行用）", when=d("2025-03-11 12:25"),
    text="""自分用メモ。退職前に統合を申請する。

会社アカウント: h.mori@kitanami-sys.co.jp / 候補ID AWS02918374
個人アカウント: haruka.mori.k@gmail.com / 候補ID AWS11873305 （Builder IDで作成済み）

保有: SAA（5/9失効）, SAP, DVA
特典: 50%割引バウチャー1枚（未使用）, Practice exam
証明書PDFは全部ダウンロード済み。
""", cte="b64")

add("unrelated", False, None, [], "Builder ID one-time code (6 digits); AWS sender, not a case",
    frm=("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subj="Verify your AWS Builder ID email address", when=d("2025-03-11 21:03"),
    text="""Hello,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 604213

This code expires 30 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
""", html="""<html><body><p>Hello,</p><p>Use the verification code below to finish creating your AWS Builder ID.</p>
<p style="font-size:24px;font-weight:bold">604213</p><p>This code expires 30 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this email.</p><p>Amazon Web Services</p></body></html>""",
    cte="qp")

add("acknowledgement", False, A, [CID_CO, CID_ME],
    "Japanese auto-acknowledgement (ISO-2022-JP) for case A; echoes the form text incl. candidate IDs; 'reply with more info' is conditional",
    key="A-ack", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-12 10:01"), tz=UTC,
    text="""Amazon Web Services へのお問い合わせありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。

同じ内容で既にケースをお持ちの場合は、新たにケースを作成なさらないようお願いいたします。重複したケースは対応の遅れにつながります。

追加でお伝えいただきたい情報がございましたら、このメールにご返信ください。

お問い合わせ内容は次のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS02918374
本文:
Use case: I am leaving Kitanami Systems at the end of March and would like to merge my company certification account into my personal one.
Email addresses used: h.mori@kitanami-sys.co.jp (AWS02918374), haruka.mori.k@gmail.com (AWS11873305)
Email address to keep: haruka.mori.k@gmail.com

よろしくお願いいたします。
Amazon Web Services
""" % A, cs="iso-2022-jp")

add("unrelated", False, None, [], "AWS billing invoice with 12-digit account ID in brackets (not a case number)",
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
    subj="Amazon Web Services Invoice Available [AWS ID 381492006573]", when=d("2025-03-12 11:47"), tz=UTC,
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.41

Account number: 381492006573
Invoice number: 2098765431

You can see a complete break down of all charges on the Billing & Cost Management Dashboard.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit", crlf=True)

add("acknowledgement", False, B, [],
    "Second (duplicate) form filed from the company address; English ack with 'do not open duplicate cases' boilerplate",
    key="B-ack", frm=TCF, to=ME_C, subj="RE:[CASE %s] %s" % (B, TCSUBJ), when=d("2025-03-12 14:12"), tz=UTC,
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description: Please merge my certification account h.mori@kitanami-sys.co.jp into my personal account. My last day at the company is March 31.

We will respond as soon as possible, typically within 24 hours. If you have already opened a case about this issue, please do not open another one for the same request.

Best regards,
Amazon Web Services
""" % B, cte="7bit", crlf=True)

add("unrelated", False, None, [], "Pearson VUE exam booking with 9-digit registration ID; exam vendor",
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subj="Confirmation of your AWS Certification exam appointment", when=d("2025-03-13 08:30"), tz=UTC,
    html="""<html><body><p>Dear Haruka Mori,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>
<table border="1" cellpadding="4"><tr><th>Exam</th><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><th>Registration ID</th><td>418203377</td></tr><tr><th>Date</th><td>Wednesday, April 2, 2025 10:00 JST</td></tr>
<tr><th>Location</th><td>Online (OnVUE)</td></tr></table>
<p>Please run the system test on the computer you will use before exam day. To reschedule, sign in at least 24 hours before your appointment.</p>
<p>Pearson VUE</p></body></html>""", cte="b64")

add("on_hold", True, A,
    [],
    "APN hold on case A with the question (are you leaving, last day?) buried in the middle of the explanation; no 'please'",
    key="A-hold", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-13 11:20"), tz=UTC,
    text="""Hello Haruka,

Thank you for reaching out to AWS Training and Certification. My name is Derek and I will be handling your case.

When I reviewed the two accounts, I found that the account registered with h.mori@kitanami-sys.co.jp is linked to an AWS Partner Network organization (Kitanami Systems Co., Ltd.). Certifications earned under a partner organization count towards that partner's tier, so we are not able to move them into another account while the link is in place. I have placed the merge on hold for now.

Before I ask our partner team to remove the association, I'd like to understand your situation a bit better. Are you leaving Kitanami Systems, and if so, what is your last working day? Once I have that I can get the disassociation started on our side; the partner administrator may also be notified.

Regards,
Derek M.
AWS Training and Certification Support
""", cte="qp")

add("unrelated", False, None, [], "Japanese tech newsletter with an article about merging AWS certification accounts (topic match, not support)",
    frm=("クラウド週報", "news@cloud-weekly.jp"), to=ME_P,
    subj="【クラウド週報】転職前にやっておきたいAWS認定アカウントの統合 ほか", when=d("2025-03-13 18:00"),
    html="""<html><body><h2>クラウド週報 第212号</h2>
<h3>1. 転職前にやっておきたいAWS認定アカウントの統合</h3>
<p>会社のメールアドレスで作った認定アカウントは、退職前に個人アカウントへ統合しておくのがおすすめです。サポートから「どちらのアカウントを残しますか？」と確認のメールが届いたら、内容を確認して返信しましょう。</p>
<h3>2. re:Invent 2024 振り返り</h3><p>…</p>
<p style="font-size:11px">配信停止は<a href="https://cloud-weekly.jp/unsub">こちら</a></p></body></html>""",
    cte="b64")

add("user_reply", False, A, [], "Owner answers the hold question (Gmail, quoted history)",
    key="A-r1", frm=(ME_NAME, ME_P), to=TC, outgoing=True, parent="A-hold",
    subj="Re: RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-13 21:42"),
    text="""Hi Derek,

Yes, I am leaving Kitanami Systems. My last working day is March 31, 2025, and the company mailbox will be shut down that night, so I would like the merge to be finished before then if possible.

Thank you,
Haruka Mori

""" + gmail_q(d("2025-03-13 20:20"), "Amazon Web Services <%s>" % TC,
        "Hello Haruka,\n\nThank you for reaching out to AWS Training and Certification. My name is Derek and I will be handling your case.\n\n... Are you leaving Kitanami Systems, and if so, what is your last working day? ...\n\nRegards,\nDerek M."),
    cte="qp")

add("case_update", False, B, [],
    "Duplicate case B closed and linked to case A; mentions the other case ID; 'no action needed'",
    frm=TCF, to=ME_C, subj="RE:[CASE %s] %s" % (B, TCSUBJ), when=d("2025-03-14 09:05"), tz=UTC, parent="B-ack",
    text="""Hello,

This request is already being worked on under case %s, which you opened from your personal address a few hours earlier. To keep everything in one place I am closing this case (%s) as a duplicate and have added a note to the original case.

No action is needed from you on this one. Updates will continue on case %s.

Kind regards,
Priya
AWS Training and Certification
""" % (A, B, A), cte="7bit")

add("suspicious", False, None, [], "Credly lookalike domain (credly-badges.net) asking to log in to claim badge",
    frm=("Credly", "notify@credly-badges.net"), to=ME_P,
    subj="Action needed: your AWS badge will be revoked in 48 hours", when=d("2025-03-14 13:31"), tz=UTC,
    auth=("none", "pass", "none"),
    html="""<html><body><p>Hi Haruka,</p><p>We noticed your <b>AWS Certified Solutions Architect - Professional</b> badge has not been verified after your account change.</p>
<p>To avoid revocation, sign in and confirm your identity within 48 hours:</p>
<p><a href="https://credly-badges.net/verify?u=hmori">Verify my badge</a></p><p>Reply to this message if you have trouble signing in.</p><p>The Credly Team</p></body></html>""",
    cte="qp")

add("case_update", False, A, [], "Case A passed to the partner team; explicitly no action needed; still working",
    key="A-upd1", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-14 16:48"), tz=UTC, parent="A-r1",
    text="""Hi Haruka,

Thanks for confirming your last day. I've asked our partner operations team to remove the link between your company certification account and the Kitanami Systems partner profile. This usually takes two to three business days.

There is nothing you need to do in the meantime. I'll write again once the link is removed and the merge can go ahead.

Regards,
Derek M.
AWS Training and Certification Support
""", cte="qp")

add("unrelated", False, None, [], "AWS Skill Builder subscription receipt (AWS training mail, not a case)",
    frm=("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subj="Your AWS Skill Builder Individual subscription receipt", when=d("2025-03-15 10:10"), tz=UTC,
    html="""<html><body><h3>Thank you for your purchase</h3><table cellpadding="4"><tr><td>Plan</td><td>Individual (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-2025-0315-88213</td></tr></table>
<p>You can manage your subscription from your account settings at any time.</p></body></html>""", cte="qp")

add("unrelated", False, None, [], "Former company APN admin (colleague) says AWS asked them to remove her from Partner Central; about case A but not support",
    frm=("田村 浩二", "k.tamura@kitanami-sys.co.jp"), to=(ME_NAME_JA, ME_C),
    subj="Re: AWSパートナー登録の解除について", when=d("2025-03-17 10:22"),
    text="""森さん

AWSのパートナー運用チームから連絡があり、Partner Central上の森さんの認定情報の紐付けを解除しました。
これで認定アカウントの統合は進められるはずです。何かあれば言ってください。

田村
""", cs="iso-2022-jp")

add("unrelated", False, None, [], "AWS Partner Central system notice (AWS, partner program, not the T&C case)",
    frm=("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), to=ME_C,
    subj="Your AWS Partner Central user association has been updated", when=d("2025-03-17 10:40"), tz=UTC,
    text="""Hello,

An administrator of Kitanami Systems Co., Ltd. has removed your certification association from their AWS Partner Central account. Your certifications will no longer be counted toward this partner's program requirements.

If you believe this was done in error, contact your alliance lead.

AWS Partner Network
""", cte="7bit")

add("case_update", False, A, [], "Hold lifted on case A; says a confirmation request will follow (future tense, not a request yet)",
    key="A-upd2", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-18 09:30"), tz=UTC, parent="A-upd1",
    text="""Hi Haruka,

Good news: the partner link on your company certification account has been removed, so the hold is lifted. Next I'll pull together the details of both accounts and send them over for you to check before anything is merged. You don't need to reply to this message.

Regards,
Derek M.
""", cte="qp")

CONF_A_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>I've located the following certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11873305</td><td>AWS02918374</td></tr>
<tr><td>Login email</td><td>haruka.mori.k@gmail.com</td><td>h.mori@kitanami-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.mori.k@gmail.com</td><td>h.mori@kitanami-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.mori.k@gmail.com</td><td>h.mori@kitanami-sys.co.jp</td></tr>
</table>
<p>After a merge, all exam history, certifications and benefits will sit in the account you keep and the other account will be deactivated. This cannot be undone.</p>
<p>Are both of these accounts yours, and should everything be merged into <b>Account #1</b>? A short reply to this email is enough.</p>
<p>Regards,<br>Derek M.<br>AWS Training and Certification Support</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""
add("confirmation_request", True, A, [CID_ME, CID_CO],
    "HTML-only confirmation with Account #1/#2 table, question form ('Are both... should everything be merged...?'); CC to company address",
    key="A-conf", frm=TCF, to=ME_P, cc=ME_C, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-18 15:02"), tz=UTC,
    parent="A-upd2", html=CONF_A_HTML, cte="qp")

add("unrelated", False, None, [], "Amazon.co.jp shipping notice in Japanese (Amazon, not AWS)",
    frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P,
    subj="Amazon.co.jp ご注文の商品を発送しました", when=d("2025-03-18 19:12"),
    text="""森 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。配送状況は「注文履歴」から確認できます。

注文番号: 250-4417823-6619422
お届け予定: 3月20日(木)

Amazon.co.jp
""", cte="b64")

add("user_reply", False, A, [],
    "Owner confirms from the COMPANY address (Outlook quoting, HTML-to-text history below) — wrong address",
    key="A-r2", frm=(ME_NAME, ME_C), to=TC, outgoing=True, parent="A-conf",
    subj="RE: RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-19 09:05"),
    text="""Hello Derek,

Yes, both accounts are mine. Confirmed - please merge everything into Account #1 (haruka.mori.k@gmail.com).

Best regards,
Haruka Mori
""" + outlook_q(d("2025-03-19 00:02"), "Amazon Web Services <%s>" % TC, "haruka.mori.k@gmail.com", "RE:[CASE %s] %s" % (A, TCSUBJ),
        "Hello Haruka,\n\nI've located the following certification accounts:\n\n Account #1 Account #2\nCandidate ID AWS11873305 AWS02918374\nLogin email haruka.mori.k@gmail.com h.mori@kitanami-sys.co.jp\n\nAre both of these accounts yours, and should everything be merged into Account #1? A short reply to this email is enough.\n\nRegards,\nDerek M."),
    cte="qp", crlf=True)

add("acknowledgement", False, H, [],
    "Ack for accommodation case H; 'if you have more details, reply' conditional; Gmail-received, multipart",
    key="H-ack", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % H,
    when=d("2025-03-19 09:57"), tz=UTC,
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for you.

Subject: ESL +30 minutes accommodation
Description: English is not my first language. I would like to request the ESL +30 accommodation for my upcoming SAA-C03 exam.

An agent will get back to you, usually within 24 hours. If there is anything else you would like us to know, you can reply to this email.

Please do not open a new case for the same request.

Amazon Web Services
""" % H, html="""<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case %s for you.</p>
<p><b>Subject:</b> ESL +30 minutes accommodation<br><b>Description:</b> English is not my first language. I would like to request the ESL +30 accommodation for my upcoming SAA-C03 exam.</p>
<p>An agent will get back to you, usually within 24 hours. If there is anything else you would like us to know, you can reply to this email.</p>
<p>Please do not open a new case for the same request.</p><p>Amazon Web Services</p></body></html>""" % H, cte="qp")

add("info_request", True, A, [],
    "Support asks her to send the confirmation again from the address being kept; top-posted over the company-address reply; request phrased as 'we can only accept...'",
    key="A-ask", frm=TCF, to=ME_C, cc=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-19 14:40"), tz=UTC, parent="A-r2",
    text="""Hi Haruka,

Thanks for the quick answer. For security reasons we can only accept a merge confirmation that comes from the email address of the account being kept. Your reply arrived from h.mori@kitanami-sys.co.jp, so I need the same confirmation sent from haruka.mori.k@gmail.com - replying to this message from that mailbox is fine, as long as the [CASE] tag stays in the subject.

I'll complete the merge as soon as it arrives.

Regards,
Derek M.
AWS Training and Certification Support

-----Original Message-----
From: Haruka Mori <h.mori@kitanami-sys.co.jp>
Sent: Wednesday, March 19, 2025 12:05 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:[CASE %s] %s

Hello Derek,

Yes, both accounts are mine. Confirmed - please merge everything into Account #1 (haruka.mori.k@gmail.com).

Best regards,
Haruka Mori
""" % (A, TCSUBJ), cte="qp", crlf=True)

add("user_reply", False, A, [], "Owner re-confirms from personal address (Gmail quote of the request)",
    key="A-r3", frm=(ME_NAME, ME_P), to=TC, outgoing=True, parent="A-ask",
    subj="Re: RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-19 23:58"),
    text="""Confirmed. Please merge to Account #1.
Sending this from haruka.mori.k@gmail.com as requested.

Haruka

""" + gmail_q(d("2025-03-19 23:40"), "Amazon Web Services <%s>" % TC,
        "Hi Haruka,\n\nThanks for the quick answer. For security reasons we can only accept a merge confirmation that comes from the email address of the account being kept. ...\n\nRegards,\nDerek M."),
    cte="8bit")

add("resolved", False, A, [CID_ME],
    "Merge done; quotes the earlier confirmation request (Account #1/#2 + question) under Outlook separator; 'if you have anything to add' conditional",
    key="A-done", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-20 10:15"), tz=UTC, parent="A-r3",
    text="""Hi Haruka,

Thank you for confirming from your personal address. I have merged your accounts: exam history, all three certifications and your remaining benefits are now in the account registered with haruka.mori.k@gmail.com (AWS11873305). The company account has been deactivated.

Your Credly badges will be re-issued to the personal address over the next day or so, and the partner profile change can take up to a week to show.

If you have anything to add, just reply to this email; otherwise this case will be closed.

Regards,
Derek M.
AWS Training and Certification Support
""" + outlook_q(d("2025-03-19 00:02"), "Amazon Web Services <%s>" % TC, "haruka.mori.k@gmail.com", "RE:[CASE %s] %s" % (A, TCSUBJ),
        "Hello Haruka,\n\nI've located the following certification accounts:\n\nAccount #1\nCandidate ID: AWS11873305\nLogin email: haruka.mori.k@gmail.com\nTraining notification email: haruka.mori.k@gmail.com\nCertification notification email: haruka.mori.k@gmail.com\n\nAccount #2\nCandidate ID: AWS02918374\nLogin email: h.mori@kitanami-sys.co.jp\nTraining notification email: h.mori@kitanami-sys.co.jp\nCertification notification email: h.mori@kitanami-sys.co.jp\n\nAre both of these accounts yours, and should everything be merged into Account #1? A short reply to this email is enough.\n\nRegards,\nDerek M."),
    cte="qp")

add("badge", False, None, [], "Credly badge issued after merge (admin@credly.com)",
    frm=("Credly", "admin@credly.com"), to=ME_P,
    subj="Amazon Web Services Training and Certification has issued you a new badge", when=d("2025-03-20 11:02"), tz=UTC,
    html="""<html><body><p>Hi Haruka,</p><p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Solutions Architect – Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/3f1c2a7e-88b1-4b7e-9d1a-6c0f4e2b9a11/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know what you've achieved.</p><p>— Credly</p></body></html>""",
    cte="qp")

add("survey", False, A, [], "Post-case satisfaction survey for case A; has a button-like 'reply' link but nothing is required",
    frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subj="How did we do? Your feedback on case %s" % A, when=d("2025-03-21 02:00"), tz=UTC,
    text="""Hello Haruka,

Your recent case %s with AWS Training and Certification was closed. We would like to hear about your experience - the survey takes about two minutes.

How satisfied were you with the support you received?
https://survey.aws-tc.amazon.com/s/%s

Your answers help us improve. Thank you!
AWS Training and Certification
""" % (A, A), cte="7bit")

add("user_reply", False, A, [], "Owner forwards the completion mail to a former colleague (forwarded copy contains the merge text)",
    frm=(ME_NAME, ME_P), to=("Kenta Ishikawa", "kenta.ishikawa.dev@gmail.com"), outgoing=True,
    subj="Fwd: RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-21 08:30"),
    text="""石川さん

例の認定アカウントの件、こんな感じで無事統合できました。APN連携していると一度保留になるので、
退職予定があるなら早めに申請したほうがいいです。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Thu, Mar 20, 2025 at 7:15 PM
Subject: RE:[CASE %s] %s
To: <haruka.mori.k@gmail.com>


Hi Haruka,

Thank you for confirming from your personal address. I have merged your accounts: exam history, all three certifications and your remaining benefits are now in the account registered with haruka.mori.k@gmail.com (AWS11873305). The company account has been deactivated.

If you have anything to add, just reply to this email; otherwise this case will be closed.

Regards,
Derek M.
""" % (TC, A, TCSUBJ), cte="b64")

add("info_request", True, H, [],
    "Accommodation case H: 'Kindly' request for a document and confirmation of the exam date; long explanation first",
    key="H-ask", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % H,
    when=d("2025-03-21 13:25"), tz=UTC, parent="H-ack",
    text="""Dear Haruka,

Greetings from AWS Training and Certification.

The ESL +30 accommodation is available to candidates taking an exam in a language that is not their native language. Once approved, it applies to all future exams booked through your certification account, and it must be in place before you schedule; appointments already booked need to be rescheduled after approval for the extra time to appear.

Kindly confirm whether your SAA-C03 appointment on April 2 was booked in English, and let us know if you are willing to reschedule it after the accommodation is approved.

Thank you for your patience.

Warm regards,
Ananya R.
AWS Certification Support
""", cte="qp")

add("acknowledgement", False, C, [],
    "Support Center console: New Support case (11 digits) for the missing 50% voucher; footer says this address cannot accept e-mail",
    key="C-ack", frm=("Amazon Web Services", CONSOLE), to=ME_P,
    subj="Amazon Web Services: New Support case: %s" % C, when=d("2025-03-24 10:44"), tz=UTC,
    text="""Dear AWS Customer,

We have opened case %s on your behalf.

Subject: Certification benefit (50%% exam discount) missing after account merge
Severity: General guidance
Service: Training and Certification

You can view the case and add correspondence from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

This e-mail address cannot accept incoming e-mails. Please do not reply to this message.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % (C, C), cte="7bit", crlf=True)

add("unrelated", False, None, [], "Other vendor's Zendesk ticket solved, 'reply to reopen' (not AWS)",
    frm=("Backlog Support", "support@nulab-help.zendesk.com"), to=ME_P,
    subj="[Backlog Support] Re: Cannot change notification email (Request #48213)", when=d("2025-03-24 16:20"), tz=UTC,
    text="""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Yuki (Backlog Support)
Mar 24, 2025, 16:20 JST

Hello Haruka,

We've updated the notification address on your space to your new email. If anything still looks wrong, let us know and we'll take another look.

Best,
Yuki
""", cte="qp")

add("info_request", True, C, [],
    "Console correspondence: asks for candidate ID and a screenshot, to be added in the Support Center (email replies not accepted)",
    key="C-ask", frm=("Amazon Web Services", CONSOLE), to=ME_P,
    subj="Amazon Web Services: Correspondence on case %s" % C, when=d("2025-03-25 04:12"), tz=UTC,
    text="""Hello,

We have updated your case %s. The latest correspondence is below.

-----
Hi Haruka,

I'm looking into the discount benefit. Merges normally carry unused benefits across, but yours does not appear in either record on my side. So that I can trace it, I need two things: the candidate ID of the account where you last saw the benefit, and a screenshot of the Benefits page of your current account. Please add both to this case in the Support Center - attachments can't be taken by email.

Best regards,
Tomás
Amazon Web Services
-----

To see the case or reply, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail address cannot accept incoming e-mails. Please do not reply to this message.
""" % (C, C), cte="qp")

add("user_reply", False, C, [CID_CO], "Owner replies to the console no-reply address by e-mail (will bounce)",
    key="C-r1", frm=(ME_NAME, ME_P), to=CONSOLE, outgoing=True, parent="C-ask",
    subj="Re: Amazon Web Services: Correspondence on case %s" % C, when=d("2025-03-25 08:10"),
    text="""Hello Tomás,

The benefit was on my old company account, AWS02918374. Screenshot of the Benefits page attached.

Haruka

""" + gmail_q(d("2025-03-25 13:12"), "Amazon Web Services <%s>" % CONSOLE,
        "Hi Haruka,\n\nI'm looking into the discount benefit. ... Please add both to this case in the Support Center - attachments can't be taken by email."),
    cte="qp")

add("unrelated", False, C, [], "Bounce of the owner's e-mail to the no-reply console address; system mail about case C, support still waiting (counted on the earlier request)",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subj="Delivery Status Notification (Failure)", when=d("2025-03-25 08:11"), auth=None,
    text="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox cannot accept incoming e-mails

----- Original message -----
Subject: Re: Amazon Web Services: Correspondence on case %s
""" % C, cte="7bit")

add("suspicious", False, None, [],
    "Looks like a real case-A mail from the form address with the [CASE] subject, but DKIM/DMARC fail; asks to sign in to 'finish' the merge",
    frm=("Amazon Web Services", TC), to=ME_P, subj="RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-03-26 07:55"), tz=UTC,
    auth=("fail", "softfail", "fail"),
    html="""<html><body><p>Hello,</p><p>Your account merge could not be finalised because your identity verification expired.</p>
<p>Please reply to this email with your AWS Builder ID password, or sign in below within 24 hours to keep your certifications:</p>
<p><a href="http://aws-training-verify.help/merge?case=%s">Complete verification</a></p><p>AWS Training and Certification</p></body></html>""" % A,
    cte="b64")

add("closing_notice", True, H,
    [], "Case H closed for no answer; replying reopens it (closed, past tense)",
    key="H-close", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % H,
    when=d("2025-03-27 10:30"), tz=UTC, parent="H-ask",
    text="""Dear Haruka,

We wrote to you on March 21 about your ESL +30 request and have not heard back. As we have not received a response, this case has now been closed.

Your exam is still a few days away, so if you want the accommodation, reply to this message with the details requested below and the case will be reopened automatically.

Warm regards,
Ananya R.
AWS Certification Support

> Kindly confirm whether your SAA-C03 appointment on April 2 was booked in English, and let us know if you are willing to reschedule it after the accommodation is approved.
""", cte="qp")

add("certification", False, None, [], "CertMetrics 'AWS Certification wants to hear from you' program survey (not a case survey)",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="AWS Certification wants to hear from you", when=d("2025-03-28 01:00"), tz=PDT,
    html="""<html><body><p>Hello Haruka,</p><p>As an AWS Certified individual, your opinion shapes the future of our program. Tell us how your certification has helped your career in a 5-minute survey.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q1">Take the survey</a></p><p>Thank you,<br>AWS Certification</p></body></html>""", cte="qp")

add("closing_notice", True, C, [],
    "Console case will auto-resolve in 3 days without an answer in the Support Center; email reply explicitly not possible",
    key="C-close", frm=("Amazon Web Services", CONSOLE), to=ME_P,
    subj="Amazon Web Services: Correspondence on case %s" % C, when=d("2025-03-28 04:15"), tz=UTC,
    text="""Hello,

We have updated your case %s.

-----
Hi Haruka,

I haven't seen the candidate ID or the screenshot on this case yet. If nothing is added within the next 3 days the case will be resolved automatically. If that happens you can still reopen it from the Support Center, but only for 14 days.

Tomás
-----

To see the case or reply, please use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail address cannot accept incoming e-mails. Please do not reply to this message.
""" % (C, C), cte="qp")

add("user_reply", False, H, [], "Owner answers the closed case H, reopening it (Japanese-English owner, short)",
    key="H-r1", frm=(ME_NAME, ME_P), to=TCF[1], outgoing=True, parent="H-close",
    subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % H, when=d("2025-03-29 10:02"),
    text="""Hello Ananya,

Sorry for the late reply. Yes, the April 2 appointment is in English, and I am fine with rescheduling it once the accommodation is approved.

Best regards,
Haruka Mori

""" + gmail_q(d("2025-03-27 19:30"), "Amazon Web Services <%s>" % TC,
        "Dear Haruka,\n\nWe wrote to you on March 21 about your ESL +30 request and have not heard back. As we have not received a response, this case has now been closed.\n..."),
    cte="qp")

add("resolved", False, C, [CID_CO],
    "Console case resolved: voucher re-issued; 'We value your feedback' survey footer and 'reopen' conditional",
    frm=("Amazon Web Services", CONSOLE), to=ME_P,
    subj="Amazon Web Services: Correspondence on case %s" % C, when=d("2025-03-31 03:05"), tz=UTC,
    text="""Hello,

We have updated your case %s.

-----
Hi Haruka,

Thanks for adding the details. The unused 50%% discount from AWS02918374 had been left behind during the merge; I've restored it to your current account and it now shows on the Benefits page. It is valid until 2026-03-19.

I'm marking this case as resolved. If something still isn't right you can reopen it from the Support Center.

Tomás
-----

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail address cannot accept incoming e-mails. Please do not reply to this message.
""" % (C, C), cte="qp")

add("unrelated", False, None, [], "AWS marketing in Japanese (AWS Summit), has 'ご登録ください' call to action",
    frm=("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subj="【AWS Summit Japan 2025】参加登録受付中 – 認定者ラウンジのご案内", when=d("2025-03-31 12:00"),
    html="""<html><body><h2>AWS Summit Japan 2025</h2><p>今年も AWS 認定保有者向けラウンジをご用意しています。認定をお持ちの方は、会場で Credly のデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ参加登録</a></p><p style="font-size:10px">配信停止をご希望の場合はこちらから設定を変更してください。</p></body></html>""", cte="b64")

add("resolved", False, H, [], "Accommodation approved on case H; tells what to do next (reschedule) but nothing to send back; 'no further action is needed from you on this case'",
    frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation" % H,
    when=d("2025-04-01 09:10"), tz=UTC, parent="H-r1",
    text="""Dear Haruka,

Thank you for the update. The ESL +30 accommodation has been approved and added to your certification account.

Please reschedule your April 2 appointment from your certification account so the extra 30 minutes are included. No further action is needed from you on this case, and it will now be closed.

Good luck on the exam!

Ananya R.
AWS Certification Support
""", cte="qp")

add("unrelated", False, None, [], "Colleague out-of-office autoreply (Japanese/English), unrelated",
    frm=("Kenta Ishikawa", "kenta.ishikawa.dev@gmail.com"), to=ME_P,
    subj="自動応答: Fwd: RE:[CASE %s] %s" % (A, TCSUBJ), when=d("2025-04-01 09:15"),
    text="""4/1〜4/4は不在にしております。戻り次第ご連絡いたします。
I am out of office until April 4 and will reply when I return.
""", cte="b64", extra={"Auto-Submitted": "auto-replied"})

add("certification", False, None, [CID_ME], "Exam result notice from CertMetrics ('Congratulations'); not a case",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="Your AWS Certification exam results are available", when=d("2025-04-03 06:30"), tz=PDT,
    text="""Hello Haruka Mori,

Your results for AWS Certified Solutions Architect - Associate (SAA-C03), taken on April 2, 2025, are now available in your AWS Certification Account (AWS11873305).

Sign in at https://www.aws.training/certification to view your score report.

AWS Certification
""", cte="7bit")

ACK_D = """Amazon Web Services にお問い合わせいただき、誠にありがとうございます。

ケースID: %s

お問い合わせの内容は以下のとおりです。

お問い合わせタイプ: 認定
その他の詳細: 試験結果・認定ステータス
内容: 4月2日に SAA-C03 を再受験し合格しましたが、認定ステータスが更新されず、失効予定のままになっています。

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。調査の内容によっては、さらにお時間を頂戴する場合がございます。

すでに同じ内容のケースを提起されている場合は、別のケースを提起しないでください。

Amazon Web Services
""" % D
add("acknowledgement", False, D, [], "Japanese ack with 'ケースID:' in body, UTF-8 base64, generic subject",
    key="D-ack", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    when=d("2025-04-08 09:03"), tz=UTC, text=ACK_D, cte="b64")

add("unrelated", False, None, [], "New employer colleague asking for confirmation by Friday (request, but not support)",
    frm=("Daniel Park", "daniel.park@sorano-cloud.jp"), to=ME_P,
    subj="Onboarding: please confirm your AWS certification list", when=d("2025-04-08 14:21"),
    text="""Hi Haruka,

Welcome aboard! For our partner profile, could you confirm which AWS certifications you currently hold and send me your Credly profile link by Friday? We'll use it to link your certifications to Sorano's APN account.

Thanks,
Daniel
""", cte="7bit")

INFO_D = """森 遥 様

AWS トレーニングと認定サポートの山下でございます。
この度はお問い合わせいただき、ありがとうございます。

認定ステータスの件、確認いたしました。お客様の認定アカウント（AWS11873305）には 4 月 2 日の試験記録が見当たらず、別のアカウントに記録された可能性がございます。

つきましては、お手数ではございますが、以下の情報をご返信いただけますでしょうか。

1. 試験を予約された際の Pearson VUE の登録番号
2. 予約時にご使用のメールアドレス
3. 受験時に提示された本人確認書類のお名前（ローマ字表記）

ご確認のほど、よろしくお願いいたします。

山下
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, D, [CID_ME], "Japanese keigo request (〜いただけますでしょうか, numbered list), Shift_JIS base64",
    key="D-ask", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    when=d("2025-04-09 11:20"), tz=UTC, parent="D-ack", text=INFO_D, cs="shift_jis", cte="b64")

OLD_E = """Hello Haruka,

I have updated the name on your certification account to "Haruka Mori" as requested. New certificates will show the corrected name; certificates you already downloaded will not change.

Regards,
Marcus
AWS Certification Support"""
add("user_reply", False, E, [CID_ME],
    "Owner revives a 2021 thread (10-digit case) by replying on top of it; 2021 quoted history",
    key="E-r0", frm=(ME_NAME, ME_P), to=TC, outgoing=True,
    subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, when=d("2025-04-10 07:45"),
    text="""Hello,

Reopening this old thread because the problem is back: after my accounts were merged last month (personal account AWS11873305), the certificates show "MORI HARUKA" again instead of "Haruka Mori". Could you correct it once more?

Thank you,
Haruka Mori

""" + gmail_q(datetime(2021, 8, 17, 16, 2, tzinfo=JST), "Amazon Web Services <%s>" % TC, OLD_E), cte="qp")

add("case_update", False, E, [], "Automated notice that the 2021 case was reopened by her reply; 'an agent will follow up'",
    key="E-reopen", frm=TCF, to=ME_P, parent="E-r0",
    subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, when=d("2025-04-10 07:46"), tz=UTC,
    text="""Hello,

Your reply has reopened case %s. An agent will review your message and follow up. You don't need to open a new case.

Amazon Web Services
""" % E, cte="7bit")

add("unrelated", False, None, [],
    "AWS Educate form case (aws-cs-educate-form) asking a question: AWS customer-service, but not Training and Certification",
    frm=("Amazon Web Services", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subj="RE:[CASE 174462910400871] [AWS Educate Form Submission] - account-access", when=d("2025-04-11 10:00"), tz=UTC,
    text="""Hello,

Thanks for writing to AWS Educate. To look up your learner profile we need the email address you registered with and the name of the institution you selected at sign-up. Could you send those over?

Best,
AWS Educate Support
""", cte="7bit")

add("unrelated", False, None, [], "GitHub issue closed notification ('closed as completed')",
    frm=("github-actions[bot]", "notifications@github.com"), to=ME_P,
    subj="Re: [hmori/cert-tracker] Add expiry reminders (Issue #7)", when=d("2025-04-11 19:40"), tz=UTC,
    text="""Closed #7 as completed via #9.

--
Reply to this email directly, view it on GitHub:
https://github.com/hmori/cert-tracker/issues/7#event-17002211
""", cte="7bit")

add("closing_notice", True, D, [],
    "Japanese reminder: will close in 3 business days without a reply (ISO-2022-JP); quoted original request in 「…より:」 style",
    key="D-close", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    when=d("2025-04-14 10:00"), tz=UTC, parent="D-ask", cs="iso-2022-jp",
    text="""森 遥 様

いつもお世話になっております。AWS トレーニングと認定サポートの山下でございます。

4 月 9 日にお送りしたご依頼について、まだご返信をいただけていないようでしたので、念のためご連絡いたしました。
3 営業日以内にご返信が確認できない場合、本ケースはクローズさせていただきます。ご返信をいただければ、引き続き調査を進めてまいります。

何卒よろしくお願いいたします。

山下

2025年4月9日(水) 20:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 1. 試験を予約された際の Pearson VUE の登録番号
> 2. 予約時にご使用のメールアドレス
> 3. 受験時に提示された本人確認書類のお名前（ローマ字表記）
""")

INFO_E = """Hello Haruka,

Thanks for coming back to us on this. When two accounts are merged, the profile of the surviving account is kept, and yours was created with the family name first, which is why the older spelling came back. I can change it again, but the name on the certification account has to match the identification you present at the test centre, otherwise you could be turned away on exam day.

Which exact spelling, in which order, is printed on the ID you use for exams?

Marcus
AWS Certification Support
"""
add("info_request", True, E, [],
    "Terse request with no 'please': a single question at the end after a long explanation",
    key="E-ask", frm=TCF, to=ME_P, parent="E-r0",
    subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, when=d("2025-04-14 12:31"), tz=UTC,
    text=INFO_E, html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in INFO_E.strip().split("\n\n")) + "</body></html>",
    cte="qp")

add("user_reply", False, D, [CID_CO],
    "Owner's Japanese reply with the 9-digit Pearson VUE ID and an old candidate ID in her own text; quoted request",
    key="D-r1", frm=(ME_NAME_JA, ME_P), to=TC, outgoing=True, parent="D-close",
    subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D, when=d("2025-04-14 21:15"),
    text="""山下様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

1. Pearson VUE 登録番号: 418203377
2. 予約時のメールアドレス: h.mori@kitanami-sys.co.jp（旧会社アカウント AWS02918374 から予約していました）
3. 本人確認書類の氏名: HARUKA MORI

よろしくお願いいたします。
森

""" + gmail_q_ja(d("2025-04-14 19:00"), "Amazon Web Services <%s>" % TC,
        "森 遥 様\n\n4 月 9 日にお送りしたご依頼について、まだご返信をいただけていないようでしたので、念のためご連絡いたしました。\n3 営業日以内にご返信が確認できない場合、本ケースはクローズさせていただきます。"),
    cte="b64")

add("case_update", False, D, [],
    "Japanese: escalated to the certification records team, no action needed, still working",
    key="D-upd", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    when=d("2025-04-15 08:40"), tz=UTC, parent="D-r1",
    text="""森 遥 様

ご回答いただき、誠にありがとうございます。
頂戴した情報をもとに、試験記録の移行を担当チームへ依頼いたしました。反映までに 2〜3 営業日ほどお時間をいただく見込みです。

現時点でお客様にご対応いただくことはございません。進捗がございましたら改めてご連絡いたします。

山下
AWS トレーニングと認定 カスタマーサポート
""", cte="qp")

add("user_reply", False, E, [], "Owner answers the name-spelling question (short, Gmail quote)",
    key="E-r1", frm=(ME_NAME, ME_P), to=TC, outgoing=True, parent="E-ask",
    subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, when=d("2025-04-15 09:02"),
    text="""Hi Marcus,

My passport says MORI HARUKA (surname first), but on the certificates I'd prefer Haruka Mori. Given name: Haruka, family name: Mori. If the order must match exactly, keep the passport order.

Haruka

""" + gmail_q(d("2025-04-14 21:31"), "Amazon Web Services <%s>" % TC, INFO_E), cte="qp")

add("unrelated", False, None, [],
    "AWS Support Center billing case (console sender, 'New Support case', question inside) - AWS, but not Training and Certification",
    frm=("Amazon Web Services", CONSOLE), to=ME_P,
    subj="Amazon Web Services: New Support case: 17452290118", when=d("2025-04-15 13:05"), tz=UTC,
    text="""Dear AWS Customer,

We have opened case 17452290118 on your behalf.

Subject: Unexpected NAT Gateway charges in March
Service: Billing
Account: 381492006573

To help us investigate, can you tell us which region the NAT Gateway ran in? Please reply in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=17452290118&language=en

This e-mail address cannot accept incoming e-mails. Please do not reply to this message.
""", cte="7bit")

add("resolved", False, D, [],
    "Japanese completion (ISO-2022-JP): record fixed; 〜がございましたら conditional; quotes the earlier numbered request below",
    key="D-done", frm=TCF, to=ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % D,
    when=d("2025-04-17 02:30"), tz=UTC, parent="D-upd", cs="iso-2022-jp",
    text="""森 遥 様

お待たせいたしました。4 月 2 日の SAA-C03 の試験記録を現在のアカウントへ移行し、認定ステータスが「有効」に更新されたことを確認いたしました。新しい有効期限は 2028 年 4 月 2 日です。

その他ご不明な点がございましたら、本メールにご返信くださいませ。
本ケースはこれにてクローズとさせていただきます。

山下
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services
Sent: Wednesday, April 9, 2025 11:20 AM
Subject: RE:[CASE %s]

つきましては、お手数ではございますが、以下の情報をご返信いただけますでしょうか。
1. 試験を予約された際の Pearson VUE の登録番号
2. 予約時にご使用のメールアドレス
3. 受験時に提示された本人確認書類のお名前（ローマ字表記）
""" % D)

add("survey", False, D, [], "Japanese case survey (UTF-8 QP HTML)",
    frm=("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), to=ME_P,
    subj="サポートのご満足度に関するアンケートのお願い（ケース %s）" % D, when=d("2025-04-17 12:00"),
    html="""<html><body><p>森 遥 様</p><p>先日はケース %s にてお問い合わせいただき、ありがとうございました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 約 2 分）。</p>
<p><a href="https://survey.aws-tc.amazon.com/s/%s?lang=ja">アンケートに回答する</a></p><p>AWS トレーニングと認定</p></body></html>""" % (D, D),
    cte="qp")

add("certification", False, None, [], "CertMetrics recertification congratulations",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subj="Congratulations on recertifying your AWS Certification!", when=d("2025-04-17 14:05"), tz=PDT,
    html="""<html><body><p>Hello Haruka,</p><p>Congratulations! You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>. Your certification is now valid through April 2, 2028.</p>
<p>Your digital badge will be updated in Credly within a few days.</p><p>AWS Certification</p></body></html>""", cte="qp")

add("badge", False, None, [], "Credly badge (older youracclaim sender) for the recertified SAA",
    frm=("Credly", "admin@youracclaim.com"), to=ME_P,
    subj="Your AWS Certified Solutions Architect – Associate badge has been renewed", when=d("2025-04-18 01:20"), tz=UTC,
    text="""Hi Haruka,

Amazon Web Services Training and Certification has renewed your badge:
AWS Certified Solutions Architect – Associate

View and share it: https://www.credly.com/badges/a91e0c55-0e2b-43c8-b0f1-2d83e6a77c40

Credly
""", cte="qp")

add("resolved", False, E, [], "Name fixed on case E; 'no further action is required'; explains passport rule (quoted question below)",
    frm=TCF, to=ME_P, parent="E-r1",
    subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, when=d("2025-04-18 06:10"), tz=UTC,
    text="""Hello Haruka,

Done - the profile now lists given name Haruka and family name Mori, which matches your passport (the order on the ID is not compared, only the names). Certificates generated from today will read "Haruka Mori". No further action is required on your side.

Marcus
AWS Certification Support

On Mon, Apr 14, 2025 at 12:31 PM, Amazon Web Services wrote:
> Which exact spelling, in which order, is printed on the ID you use for exams?
""", cte="qp")

add("suspicious", False, None, [], "CertMetrics lookalike (certmetrics-account.com) expiry phish with Japanese text, asks for sign-in",
    frm=("AWS Certification", "do-not-reply@certmetrics-account.com"), to=ME_P,
    subj="【重要】AWS認定の有効期限が本日切れます", when=d("2025-04-18 22:14"), auth=("none", "neutral", "none"),
    html="""<html><body><p>AWS認定保有者様</p><p>お客様の認定は本日失効します。更新手続きのため、下記リンクより24時間以内にサインインし、お支払い情報をご確認ください。</p>
<p><a href="https://certmetrics-account.com/aws/renew">今すぐ更新する</a></p><p>AWS Certification</p></body></html>""", cte="b64")

add("acknowledgement", False, G, [CID_ME, CID_SSO],
    "English ack for case G echoing a Japanese form body with two candidate IDs (same-email duplicate accounts)",
    key="G-ack", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (G, TCSUBJ), when=d("2025-04-22 11:30"), tz=UTC,
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description:
以下の2つの認定アカウントは、どちらも haruka.mori.k@gmail.com で登録されています。
(1) AWS11873305 （メインで使用）
(2) AWS30647718 （Partner Central のSSOで誤って作成されたもの）
(2)を(1)へ統合してください。Credly にバッジが表示されなくなっています。

We will get back to you as soon as possible, typically within 24 hours, although some requests take longer to investigate. Please avoid opening multiple cases for the same issue.

Best regards,
Amazon Web Services
""" % G, cte="8bit")

add("unrelated", False, None, [], "English newsletter mentioning 'case closed' and 'merge' in headlines",
    frm=("Cloud Ops Digest", "digest@cloudopsdigest.io"), to=ME_P,
    subj="Cloud Ops Digest #188: case closed on the S3 outage, and merge queues done right", when=d("2025-04-23 07:00"),
    text="""This week:
- Case closed: the post-incident review of last month's S3 outage
- Merge queues done right: how three teams stopped breaking main
- Do you need to reply to every alert? A rota that says no

Read online: https://cloudopsdigest.io/188
Unsubscribe: https://cloudopsdigest.io/u
""", cte="7bit")

add("case_update", False, G, [], "Japanese apology for delay due to high volume; no action needed",
    key="G-upd", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (G, TCSUBJ), when=d("2025-04-24 03:00"), tz=UTC, parent="G-ack",
    text="""森 遥 様

お問い合わせいただき、ありがとうございます。
現在、窓口が大変混み合っており、ご回答までにお時間を頂戴しております。ご不便をおかけし申し訳ございません。

順番に対応しておりますので、今しばらくお待ちいただけますと幸いです。本メールへのご返信は不要です。

AWS トレーニングと認定 カスタマーサポート
""", cte="b64", crlf=True)

add("unrelated", False, None, [], "Skill Builder course completion ('Congratulations', AWS training, not certification or case)",
    frm=("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subj="Congratulations on completing AWS Cloud Quest: Solutions Architect", when=d("2025-04-25 10:00"), tz=UTC,
    html="""<html><body><p>Hi Haruka,</p><p>You've completed <b>AWS Cloud Quest: Solutions Architect</b> on AWS Skill Builder. Your completion badge is available in your Skill Builder profile.</p><p>Keep learning!</p></body></html>""", cte="qp")

CONF_G = """森 遥 様

大変お待たせいたしました。AWS トレーニングと認定サポートの佐藤でございます。

ご依頼の件、以下の 2 つのアカウントを確認いたしました。

アカウント 1
  候補 ID: AWS11873305
  ログインメールアドレス: haruka.mori.k@gmail.com
  作成方法: AWS Builder ID

アカウント 2
  候補 ID: AWS30647718
  ログインメールアドレス: haruka.mori.k@gmail.com
  作成方法: AWS Partner Central (SSO)

統合後はアカウント 1 のみが残り、アカウント 2 の記録はすべてアカウント 1 に移ります。アカウント 2 には戻せませんのでご注意ください。

上記の内容でアカウント 1 へ統合してよろしいか、ご確認のうえご返信いただけますと幸いです。

なお、今回の対応についてご意見がございましたら、ケースのクローズ後にお送りするアンケートにてお聞かせください。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("confirmation_request", True, G, [CID_ME, CID_SSO],
    "Japanese confirmation (アカウント 1/2 listing) with a survey mention at the end; multipart/alternative base64",
    key="G-conf", frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (G, TCSUBJ), when=d("2025-04-30 05:40"), tz=UTC, parent="G-upd",
    text=CONF_G, html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in CONF_G.strip().split("\n\n")) + "</body></html>",
    cte="b64")

add("unrelated", False, None, [], "New-job colleague follows up on Credly link (Japanese), mentions certification account",
    frm=("高橋 亮", "r.takahashi@sorano-cloud.jp"), to=(ME_NAME_JA, ME_P),
    subj="Re: 認定情報の登録", when=d("2025-05-01 09:30"),
    text="""森さん

Credly のリンクありがとうございました。SAP のバッジだけ表示されていないようなので、
統合が終わったらもう一度リンクを送ってもらえますか？

高橋
""", cte="qp")

add("user_reply", False, G, [CID_SSO, CID_ME], "Owner's Japanese confirmation with both IDs in her own text, quoting the request (「…より:」 style)",
    key="G-r1", frm=(ME_NAME_JA, ME_P), to=TC, outgoing=True, parent="G-conf",
    subj="Re: RE:[CASE %s] %s" % (G, TCSUBJ), when=d("2025-05-01 12:10"),
    text="""佐藤様

ご確認ありがとうございます。どちらも私のアカウントです。
上記の内容で問題ありません。AWS30647718 を AWS11873305（アカウント 1）へ統合してください。

よろしくお願いいたします。
森 遥

""" + gmail_q_ja(d("2025-04-30 14:40"), "Amazon Web Services <%s>" % TC, CONF_G), cte="8bit")

add("resolved", False, G, [CID_ME],
    "Mixed English/Japanese completion; says Credly will update; conditional 'if you notice anything' and survey promise",
    frm=TCF, to=ME_P, subj="RE:[CASE %s] %s" % (G, TCSUBJ), when=d("2025-05-02 01:15"), tz=UTC, parent="G-r1",
    text="""森 遥 様

ご確認いただきありがとうございます。アカウント 2 をアカウント 1（AWS11873305）へ統合いたしました。
I have successfully merged both accounts. Credly のバッジは 1〜2 日以内に反映される見込みです。

万一、試験履歴や特典に不足がございましたら、本メールへご返信ください。
後ほど、サポートに関するアンケートをお送りいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", cte="qp")

add("badge", False, None, [], "Credly: badges now claimable after merge (multiple badges)",
    frm=("Credly", "admin@credly.com"), to=ME_P,
    subj="You have 2 new badges waiting to be accepted", when=d("2025-05-02 09:45"), tz=UTC,
    html="""<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you 2 badges:</p><ul><li>AWS Certified Solutions Architect – Professional</li><li>AWS Certified Developer – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p><p>Credly</p></body></html>""", cte="qp")

add("survey", False, G, [], "English survey for case G, with 'reply' wording",
    frm=("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subj="Tell us about your recent support experience (Case %s)" % G, when=d("2025-05-03 02:00"), tz=UTC,
    text="""Hi Haruka,

We'd love to know how we did on case %s. Rate your experience with a single click:

Very satisfied   https://survey.aws-tc.amazon.com/r/%s/5
Satisfied        https://survey.aws-tc.amazon.com/r/%s/4
Not satisfied    https://survey.aws-tc.amazon.com/r/%s/2

Replies to this email are not monitored.
AWS Training and Certification
""" % (G, G, G, G), cte="7bit")

add("suspicious", False, None, [], "Console-lookalike phish (amazon-supportcenter.com) with a fake 'New Support case' and account-suspension threat",
    frm=("Amazon Web Services", "no-reply-aws@amazon-supportcenter.com"), to=ME_P,
    subj="Amazon Web Services: New Support case: 17462200931", when=d("2025-05-04 03:33"), tz=UTC,
    auth=("fail", "fail", "none"),
    text="""Dear AWS Customer,

We have opened case 17462200931 because your certification account has been flagged for duplicate registration. Your certifications will be suspended unless you verify your identity within 12 hours.

Verify now: https://amazon-supportcenter.com/case/verify?displayId=17462200931

Reply to this email with your candidate ID and date of birth if the link does not work.

Amazon Web Services
""", cte="7bit")

# ---------------------------------------------------------------------------------------------
README_HEAD = """me: %s %s

# Blind held-out corpus: blind-175

Mailbox of Haruka Mori (森 遥), a Japanese engineer who leaves Kitanami Systems (an APN partner) at the end of
March 2025 and moves her AWS Certification records to her personal Gmail. She writes in English and Japanese.
Both addresses are hers; the company mailbox stops on 2025-03-31. Arrival order covers 2025-03-10 to 2025-05-04.
Generated by `python3 gen.py` (standard library only, seeded, so output is reproducible).

## Cases
| case | format | topic | course |
|---|---|---|---|
| %s | 15 digits, `[CASE n]` subject | merge company -> personal account | ack (Japanese) -> APN hold with buried question -> reply -> passed to partner team -> hold lifted -> HTML confirmation -> confirmed from the WRONG (company) address -> asked to resend from personal -> confirmed -> merged -> survey |
| %s | 15 digits | duplicate form for the same merge, from the company address | ack -> closed as duplicate, linked to the first case |
| %s | 15 digits | ESL +30 exam accommodation | ack -> 'Kindly confirm' request -> closed for no answer -> reply reopens -> approved |
| %s | 11 digits, console (`displayId=`) | 50%% voucher lost in the merge | console ack -> request to answer in Support Center -> owner e-mails the no-reply address -> bounce -> auto-resolve warning -> resolved with feedback footer |
| %s | 15 digits, `ケースID:` in body, Japanese support | recert exam not on record | ack -> keigo request (Shift_JIS) -> Japanese closing reminder -> reply -> escalated -> fixed -> Japanese survey |
| %s | 10 digits (2021 case) | certificate name spelling | owner replies on a 2021 thread -> auto 'reopened' -> terse question -> reply -> fixed |
| %s | 15 digits, Japanese support | stray SSO account with same e-mail | ack (English frame, Japanese form text) -> delay notice -> Japanese confirmation -> reply -> merged -> survey |

## Labelling decisions (judgement calls)
- `case` is set for every message that belongs to one of the owner's Training and Certification cases, including her
  own replies, forwards of case mail and the bounce of her reply to the console address. It is null for mail about other
  AWS programs or other vendors even when they carry a case number (AWS Educate form case, Billing console case,
  Zendesk ticket) and for phishing that quotes a real case number (message 036 uses case %s's subject but fails DKIM/DMARC).
- The APN hold on case %s (010) is `on_hold` because the merge is paused for the partner link, but it also asks whether she
  is leaving and her last day, so `needs_reply` is true.
- 'Hold lifted, I will send you the details to check' (019) is `case_update`: it announces a future request but asks nothing now.
- The reply from the company address (022) is `user_reply`; support's answer asking her to write again from the kept
  address (024) is `info_request` (not `confirmation_request`): what is missing is the sender address, not the decision.
- The console closing warning (039) is `closing_notice` with `needs_reply` true even though the answer must go through the
  Support Center, not e-mail. The bounce of her e-mail (035) is `unrelated` with the case number and needs_reply false: it
  is not from support; support's earlier request is what is still open.
- Case %s's closing message (037) says the case *was* closed and that a reply reopens it: `closing_notice`, needs_reply true.
- Completion mails that quote the earlier request (026, 059) or end with 'if you have anything to add / 〜がございましたら'
  are `resolved`, needs_reply false. The accommodation approval (043) tells her to reschedule the exam herself, but nothing
  goes back to support: `resolved`, false.
- The confirmation on case %s (069) mentions a future survey; it is still `confirmation_request`, true.
- An acknowledgement that echoes the submitted form text (006, 065) counts that text as the message's own text, so its
  candidate IDs are listed. Candidate IDs inside quoted history (`>` lines, Outlook 'Original Message', forwarded blocks)
  are not listed. Owner's own messages list the IDs she typed.
  An ID that appears twice in the same text is listed once, at its first position (006).
- CertMetrics 'AWS Certification wants to hear from you' (038) is `certification`, not `survey`: it is about the
  program, not a support case. Skill Builder course completion and receipts are `unrelated`; Credly mail is `badge`
  whether from credly.com or youracclaim.com.
- The AWS Educate form case (051) and the Billing console case (058) ask questions from genuine AWS addresses; they are
  `unrelated` with needs_reply false because they are not Training and Certification cases.
- The colleague's out-of-office reply to her forward (044) is `unrelated` (it is not hers and not support's).

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
""" % (ME_P, ME_C, A, B, H, C, D, E, G, A, A, H, G)

def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        data = m["msg"].as_bytes()
        for k, v in _PH.items():
            data = data.replace(k.encode(), v)
        if m["crlf"]:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        else:
            data = data.replace(b"\r\n", b"\n")
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        L = m["label"]
        rows.append("| %s | %s | %s | %s | %s |" % (n, L["kind"], "yes" if L["needs_reply"] else "no", L["case"] or "-",
                                                   m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    cnt = Counter(m["label"]["kind"] for m in MSGS)
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))

main()
