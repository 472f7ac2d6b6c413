#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-mail.eml and NNN-mail.json next to this script."""
import base64, hashlib, json, os, quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

ME_P = "haruka.nishimura82@gmail.com"
ME_C = "h-nishimura@kazane-tech.co.jp"
ME_NAME = "Haruka Nishimura"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_E = "8251937460"        # 10 digits, 2021
CASE_D = "20837465129"       # 11 digits, 2023, reopened in 2025
CASE_A = "174045218300274"   # 15 digits, main merge
CASE_B = "174045301700519"   # 15 digits, duplicate submission
CASE_C = "174159780100663"   # 15 digits, console case
CASE_F = "174383412200158"   # 15 digits, partner association

MAIN_ID = "AWS30918274"
DUP23_ID = "AWS77105236"
SSO_ID = "AWS52290318"
ACCT12 = "384920174653"

MSGS = []
MIDS = {}


def tc_subj(case, style=0):
    return [f"RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance",
            f"RE: [CASE {case}] [AWS Training and Certification Form Submission] - account-assistance",
            f"Re: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance",
            f"RE: RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"][style]


def hval(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return formataddr((name, a), cs if not name.isascii() else "utf-8")


def mid(n, domain):
    h = hashlib.sha1(f"blind108-{n}".encode()).hexdigest()
    if domain == "mail.gmail.com":
        return f"<CAK{h[:20]}{h[20:32].upper()}@mail.gmail.com>"
    if domain == "outlook":
        return f"<TYCP286MB{h[:4].upper()}{h[4:20].upper()}@TYCP286MB{h[20:24].upper()}.JPNP286.PROD.OUTLOOK.COM>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def auth_gmail(from_dom, dkim="pass", dmarc="pass", spf="pass", mailfrom=None):
    mailfrom = mailfrom or f"bounce@{from_dom}"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Xk3pQ9aZ;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, from_dom, spf, mailfrom, 11 + len(from_dom), mailfrom, dmarc,
               "NONE" if dmarc == "pass" else "QUARANTINE", from_dom))


def auth_m365(from_dom, dkim="pass", dmarc="pass"):
    return ("spf=pass (sender IP is 54.240.8.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s"
            % (20 + len(from_dom), from_dom, dkim, from_dom, dmarc, from_dom,
               "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs) if cs.lower() in ("utf-8",) else raw.decode("latin-1")


def leaf(text, sub="plain", cs="utf-8", cte="8bit"):
    hdr = f"Content-Type: text/{sub}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n"
    return hdr, enc_body(text, cs, cte)


def add(n_label, frm, to, subj, date, body, *, cc=None, reply_to=None, in_reply=None, refs=None,
        auth=None, mid_domain="amazon.com", crlf=False, hcs="utf-8", extra=None, key=None):
    """body: ('plain'|'html', text, cs, cte) or ('alt', text, html, cs, cte)"""
    n = len(MSGS) + 1
    m_id = mid(n, mid_domain)
    if key:
        MIDS[key] = m_id
    lines = []
    if auth:
        lines.append(f"Authentication-Results: {auth}")
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"From: {frm}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"Subject: {hval(subj, hcs)}")
    lines.append(f"Message-ID: {m_id}")
    if in_reply:
        lines.append(f"In-Reply-To: {MIDS[in_reply]}")
        rs = [MIDS[k] for k in (refs or [in_reply])]
        lines.append("References: " + "\n ".join(rs))
    for e in extra or []:
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    kind = body[0]
    if kind in ("plain", "html"):
        _, text, cs, cte = body
        h, b = leaf(text, kind, cs, cte)
        msg = "\n".join(lines) + "\n" + h + "\n" + b
    else:
        _, text, html, cs, cte = body
        bnd = "----=_Part_%d_%s" % (n * 7919, hashlib.md5(str(n).encode()).hexdigest()[:12])
        h1, b1 = leaf(text, "plain", cs, cte)
        h2, b2 = leaf(html, "html", cs, cte)
        msg = ("\n".join(lines) + f"\nContent-Type: multipart/alternative; boundary=\"{bnd}\"\n\n"
               f"--{bnd}\n{h1}\n{b1}\n--{bnd}\n{h2}\n{b2}\n--{bnd}--\n")
    if not msg.endswith("\n"):
        msg += "\n"
    cs = body[2] if kind in ("plain", "html") else body[3]
    data = msg.encode("utf-8") if cs.lower() == "utf-8" else msg.encode("latin-1")
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((data, n_label))
    return n


def L(kind, needs=False, case=None, ids=None):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": ids or []}


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_q(dt, name, a, text):
    return (f"On {dt.strftime('%a, %b %-d, %Y at %-I:%M %p')} {name} <{a}> wrote:\n" + quote(text))


def gmail_q_ja(dt, name, a, text):
    wd = "月火水木金土日"[dt.weekday()]
    return (f"{dt.year}年{dt.month}月{dt.day}日({wd}) {dt.hour}:{dt.minute:02d} {name} <{a}>:\n" + quote(text))


def outlook_q(dt, name, a, to, subj, text, ja=False):
    if ja:
        return ("-----Original Message-----\n" f"差出人: {name} <{a}>\n"
                f"送信日時: {dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}\n"
                f"宛先: {to}\n件名: {subj}\n\n" + text.strip("\n"))
    return ("________________________________\n" f"From: {name} <{a}>\n"
            f"Sent: {dt.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {to}\nSubject: {subj}\n\n" + text.strip("\n"))


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


TCF = addr(TC_NAME, TC)
CON = addr("Amazon Web Services", CONSOLE)
MEP = addr(ME_NAME, ME_P)
MEC = addr(ME_NAME, ME_C)

CONSOLE_FOOT = ("\n\nTo see all correspondence for this case, or to add a reply, please sign in to the Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To update your case, use the link above.\n\n"
                "We value your feedback. Please share your experience by rating this and other correspondences "
                "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
                "corner of the correspondence.\n\nAmazon Web Services, Inc. and its affiliates")

# =========================== 2021: case E (10 digits, company address) ===========================
t = d(2021, 6, 8, 2, 14)
E1 = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_E} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_E}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General
Correspondence: Hi, my employer Kazane Tech joined the APN this year. I would like my existing
certifications to show up on the company's partner account. My certification login is
{ME_C}.

We will respond within 24 hours. If you have additional details that would help us, reply to
this email and they will be attached to the case.

To avoid delays, please do not open a new case for this same request.

Best regards,
Amazon Web Services
"""
add("", TCF, MEC, tc_subj(CASE_E), t, ("plain", E1, "utf-8", "7bit"), auth=auth_m365("amazon.com"),
    key="E1", crlf=True)
MSGS[-1] = (MSGS[-1][0], L("acknowledgement", False, CASE_E))

t = d(2021, 6, 9, 23, 40)
E2t = f"""Hi Haruka,

My name is Priyanka and I'm looking after your case.

Linking a certification profile to a partner organization has to be approved on the partner side.
I have sent the request to the alliance lead who administers Kazane Tech's Partner Central account,
and your case is parked until they accept it. These approvals usually come back within a week.

There is nothing you need to do for now; I'll write again as soon as I hear from them.

Regards,
Priyanka S.
AWS Training and Certification Customer Support
"""
E2h = ("<html><body><p>Hi Haruka,</p><p>My name is Priyanka and I'm looking after your case.</p>"
       "<p>Linking a certification profile to a partner organization has to be approved on the partner side. "
       "I have sent the request to the alliance lead who administers Kazane Tech's Partner Central account, "
       "and your case is parked until they accept it. These approvals usually come back within a week.</p>"
       "<p>There is nothing you need to do for now; I'll write again as soon as I hear from them.</p>"
       "<p>Regards,<br>Priyanka S.<br>AWS Training and Certification Customer Support</p></body></html>")
add("", TCF, MEC, tc_subj(CASE_E, 1), t, ("alt", E2t, E2h, "utf-8", "quoted-printable"),
    auth=auth_m365("amazon.com"), in_reply="E1", key="E2")
MSGS[-1] = (MSGS[-1][0], L("on_hold", False, CASE_E))

t = d(2021, 6, 16, 5, 2)
E3 = f"""Hello Haruka,

Good news: Kazane Tech's partner administrator approved the request, and your three
certifications are now shared with the partner account. It can take a few days before they
appear in the partner scorecard.

I'm marking this case as resolved. Should the certifications still be missing after a week,
just reply here within 14 days and the case will reopen automatically.

Thank you for being an AWS Certified professional!

Priyanka S.
AWS Training and Certification Customer Support
"""
add("", TCF, MEC, tc_subj(CASE_E, 1), t, ("plain", E3, "utf-8", "7bit"), auth=auth_m365("amazon.com"),
    in_reply="E2", refs=["E1", "E2"], key="E3", crlf=True)
MSGS[-1] = (MSGS[-1][0], L("resolved", False, CASE_E))

# =========================== 2023: case D (11 digits, personal) ===========================
t = d(2023, 5, 11, 1, 33)
D1 = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース {CASE_D} を作成いたしました。
担当者より通常24時間以内にご連絡いたします。

ケース ID: {CASE_D}
件名: [AWS Training and Certification Form Submission] - account-assistance
内容: 同じメールアドレスで認定アカウントが2つできてしまい、Credly にバッジが表示されません。統合をお願いします。

すでに同じ内容でケースを作成されている場合は、重複して新しいケースを作成なさらないようお願いいたします。
追加でお伝えいただきたい情報がございましたら、このメールにそのままご返信ください。

Amazon Web Services
"""
add("", TCF, MEP, tc_subj(CASE_D), t, ("plain", D1, "utf-8", "base64"), auth=auth_gmail("amazon.com"),
    key="D1")
MSGS[-1] = (MSGS[-1][0], L("acknowledgement", False, CASE_D))

t = d(2023, 5, 12, 4, 5)
D2 = f"""Hi,

Thanks for reaching out. I'm Carlos and I'll be handling this.

Both profiles use {ME_P}, so I can't tell from the email alone which one holds your
exam history. Please send me the candidate ID (AWS followed by eight digits, shown at the top
right of the CertMetrics page) for each of the two accounts.

Kind regards,
Carlos M.
AWS Training & Certification Support
"""
add("", TCF, MEP, tc_subj(CASE_D), t, ("plain", D2, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="D1", key="D2")
MSGS[-1] = (MSGS[-1][0], L("info_request", True, CASE_D))

t = d(2023, 5, 12, 11, 47)
D3 = f"""Hi Carlos,

Here they are:
- {MAIN_ID} (the one with my certifications and the Credly link)
- {DUP23_ID} (created by mistake, empty)

Thanks,
Haruka

""" + gmail_q(d(2023, 5, 12, 13, 5, JST), "AWS Training and Certification", TC, D2)
add("", MEP, TCF, tc_subj(CASE_D, 1), t, ("plain", D3, "utf-8", "7bit"), in_reply="D2", refs=["D1", "D2"],
    mid_domain="mail.gmail.com", key="D3")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_D, [MAIN_ID, DUP23_ID]))

t = d(2023, 5, 19, 6, 20)
D4 = f"""Hello Haruka,

Apologies for the wait. {DUP23_ID} has been merged into {MAIN_ID}; the empty profile no longer
exists and your badges should sync to Credly within 24 hours.

This case is now resolved.

Carlos M.
AWS Training & Certification Support

""" + gmail_q(d(2023, 5, 12, 20, 47, JST), ME_NAME, ME_P, D3)
add("", TCF, MEP, tc_subj(CASE_D, 3), t, ("plain", D4, "utf-8", "quoted-printable"),
    auth=auth_gmail("amazon.com"), in_reply="D3", refs=["D1", "D2", "D3"], key="D4")
MSGS[-1] = (MSGS[-1][0], L("resolved", False, CASE_D, [DUP23_ID, MAIN_ID]))

t = d(2023, 5, 19, 9, 2)
B8t = """Haruka, your AWS badge is waiting

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect – Associate

Accept your badge to add it to your Credly profile and share it with your network.
https://www.credly.com/earner/earned/badge/3f1c9a2e-77d4-4b61-9a0e-2c8d51e0b7aa

You are receiving this email because an organization issued you a badge on Credly.
Credly, 1005 Congress Ave, Austin, TX
"""
B8h = ("<html><body><h2>Haruka, your AWS badge is waiting</h2><p>Amazon Web Services Training and Certification "
       "has issued you a badge:</p><p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>"
       "<p><a href='https://www.credly.com/earner/earned/badge/3f1c9a2e-77d4-4b61-9a0e-2c8d51e0b7aa'>Accept badge</a></p>"
       "<p style='font-size:11px'>You are receiving this email because an organization issued you a badge on Credly.</p>"
       "</body></html>")
add("", addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a badge",
    t, ("alt", B8t, B8h, "utf-8", "quoted-printable"), auth=auth_gmail("credly.com"), mid_domain="credly.com")
MSGS[-1] = (MSGS[-1][0], L("badge"))

# =========================== 2025 ===========================
t = d(2025, 2, 20, 15, 0)
C9 = f"""Congratulations on recertifying your AWS Certification!

Dear Haruka Nishimura,

You have successfully recertified AWS Certified Solutions Architect - Associate. Your new
expiration date is February 19, 2028.

Candidate ID: {MAIN_ID}
Validation number: 7QX2M1L4KB1E1PS9

Your updated certificate and digital badge are available in your AWS Certification Account.

AWS Certification
This message was sent from an unmonitored mailbox.
"""
add("", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", t, ("plain", C9, "utf-8", "7bit"),
    auth=auth_gmail("certmetrics.com"), mid_domain="certmetrics.com")
MSGS[-1] = (MSGS[-1][0], L("certification", False, None, [MAIN_ID]))

t = d(2025, 2, 24, 1, 10)
H10 = """西村 遥 様

人事部の山口です。3月14日(金)付でのご退職に伴い、以下の手続きをお願いします。

1. 貸与PC・スマートフォン・社員証は最終出社日の17時までに総務へご返却ください。
2. 社内システム(Microsoft 365 含む)のアカウントは 3月14日 23:59 に停止します。
   会社メールアドレスで登録している外部サービスがあれば、それまでに変更を済ませてください。
3. 退職届の原本を2月28日までに提出してください。

ご不明点があれば人事部(内線 2210)までご連絡ください。

株式会社カザネテック 人事部 山口
"""
add("", addr("山口 美咲", "m-yamaguchi@kazane-tech.co.jp"), MEC, "【人事部】退職手続きのご案内", t,
    ("plain", H10, "shift_jis", "8bit"), auth=auth_m365("kazane-tech.co.jp"), mid_domain="outlook", crlf=True)
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 2, 25, 0, 41)
V11 = """Verify your AWS Builder ID email address

Hello,

Thanks for creating an AWS Builder ID. To confirm this email address, enter the following
verification code in the browser window where you started:

Verification code: 482913

The code expires in 30 minutes. If you did not try to create an AWS Builder ID you can
safely ignore this email.

Amazon Web Services
"""
add("", addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", t,
    ("plain", V11, "utf-8", "7bit"), auth=auth_gmail("signin.aws"), mid_domain="signin.aws")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 2, 25, 0, 58)
T12 = """Welcome to AWS Training and Certification

Hi Haruka,

Your profile is set up. From your dashboard you can enrol in digital courses, register for
classroom training, and manage your AWS Certification account.

Need help? Visit the FAQ or contact us through the support form.

AWS Training and Certification
"""
add("", addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Welcome to AWS Training and Certification", t, ("plain", T12, "utf-8", "7bit"),
    auth=auth_gmail("aws.training"), mid_domain="aws.training")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 2, 25, 1, 17)
A1 = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence: Inquiry type: Certification / Account Merge
Use case: I am leaving Kazane Tech on March 14 and would like to merge my company certification
account into my personal one.
All email addresses used: {ME_C}, {ME_P}
Email address to keep: {ME_P}

A member of our team will usually reply within 24 hours. If you have more to add, you can reply
to this email. Please don't open another case for the same request; duplicates are handled in
order and can slow things down.

Sincerely,
Amazon Web Services
"""
add("", TCF, MEP, tc_subj(CASE_A), t, ("plain", A1, "utf-8", "7bit"), auth=auth_gmail("amazon.com"), key="A1")
MSGS[-1] = (MSGS[-1][0], L("acknowledgement", False, CASE_A))

t = d(2025, 2, 25, 1, 29)
B1 = f"""AWS へのお問い合わせありがとうございます。

以下の内容でケース {CASE_B} を受け付けました。

ケース ID: {CASE_B}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定 / アカウントの統合
内容: 退職のため、会社用の認定アカウント({ME_C})を個人用アカウントに統合したいです。

通常、24時間以内に担当者から回答いたします。
なお、すでに同じ内容のケースを提起されている場合は、別のケースを提起しないでください。
補足事項がございましたら、本メールへのご返信でお知らせください。

アマゾン ウェブ サービス
"""
add("", TCF, MEC, tc_subj(CASE_B), t, ("plain", B1, "iso-2022-jp", "7bit"), auth=auth_m365("amazon.com"),
    key="B1", hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("acknowledgement", False, CASE_B))

t = d(2025, 2, 25, 2, 3)
O15 = """本メールは自動応答です。

2月25日(火)〜2月28日(金)は出張のため不在にしております。
期間中のメールは確認が遅れますので、お急ぎの場合は 佐藤(sato@kazane-tech.co.jp)までご連絡ください。

引き継ぎ資料の件は3月3日に確認いたします。

株式会社カザネテック インフラ部 木村
"""
add("", addr("木村 拓也", "t-kimura@kazane-tech.co.jp"), MEC, "自動応答: 引き継ぎ資料(インフラ監視)について",
    t, ("plain", O15, "utf-8", "base64"), auth=auth_m365("kazane-tech.co.jp"), mid_domain="outlook",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 2, 25, 22, 12)
B2 = f"""Hello Haruka,

It looks like the same merge request reached us twice: once as case {CASE_A} (sent with
{ME_P}) and once as this case, {CASE_B}.

To keep everything in one place, we will carry on with your request under case {CASE_A}; my
colleague there already has the details. You'll hear from us on that case, so no action is
required on this one.

Thanks for your patience,
Yuki T.
AWS Training and Certification
"""
add("", TCF, MEC, tc_subj(CASE_B, 1), t, ("plain", B2, "utf-8", "7bit"), auth=auth_m365("amazon.com"),
    in_reply="B1", key="B2")
MSGS[-1] = (MSGS[-1][0], L("case_update", False, CASE_B))

t = d(2025, 2, 26, 3, 48)
A2 = f"""Hello Haruka,

Thank you for your patience while I looked into this request.

I located two certification accounts, one registered under {ME_P} and one under
{ME_C}. The second one is linked to an AWS Partner Network organization
(Kazane Tech). Certifications held in a partner-linked account count toward that partner's
tier and programme requirements, so our policy is not to move them out while the holder is
still employed by the partner, unless the holder confirms they are leaving.

For that reason I have put the merge on hold for the time being. Nothing has been changed on
either account, and your exam history, certifications and benefits remain intact.

To release the hold I need to hear back from you: are you leaving Kazane Tech, and if so, what is
your last day of employment? Once I have that, I can prepare the merge.

Best regards,
Rohan K.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_A, 1), t, ("plain", A2, "utf-8", "quoted-printable"), cc=MEC,
    auth=auth_gmail("amazon.com"), in_reply="A1", key="A2")
MSGS[-1] = (MSGS[-1][0], L("on_hold", True, CASE_A))

t = d(2025, 2, 26, 4, 30)
F18 = f"""自分用メモ：最終出社日(3/14)より前に返信すること。会社アドレスが止まる前に。

-----Original Message-----
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年2月26日 12:48
宛先: {ME_P}
CC: {ME_C}
件名: {tc_subj(CASE_A, 1)}

""" + A2
add("", MEC, MEP, "FW: " + tc_subj(CASE_A, 1), t, ("plain", F18, "iso-2022-jp", "7bit"),
    auth=auth_gmail("kazane-tech.co.jp"), mid_domain="outlook", crlf=True, key="A2f", hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_A))

t = d(2025, 2, 26, 9, 5)
P19 = f"""<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Training &amp; Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Candidate,</p>
<p>Your account merge request ({CASE_A}) could not be completed because your identity
could not be verified. To avoid losing your certifications, verify your account within
<b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://aws-certsupport-verify.com/merge/confirm?id=8812" style="background:#ff9900;padding:10px 20px;color:#000">Verify my account</a></p>
<p>If you do not verify, both accounts will be permanently deactivated.</p>
<p>AWS Certification Support Team</p>
</td></tr></table></body></html>"""
add("", addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
    "Action required: identity verification for your certification account merge", t,
    ("html", P19, "utf-8", "quoted-printable"), auth=auth_gmail("amazon-certsupport.com"),
    mid_domain="amazon-certsupport.com")
MSGS[-1] = (MSGS[-1][0], L("suspicious"))

t = d(2025, 2, 26, 10, 22)
R20 = f"""Hello Rohan,

Thank you for checking. Yes, I am leaving Kazane Tech. My last working day is Friday,
March 14, 2025, and this company mailbox will be shut down the same evening.
Please go ahead with the merge into my personal account.

Best regards,
Haruka Nishimura
Kazane Tech Co., Ltd. / Infrastructure Dept.

""" + outlook_q(d(2025, 2, 26, 12, 48, JST), "AWS Training and Certification", TC,
                f"{ME_P}", tc_subj(CASE_A, 1), A2, ja=True)
add("", MEC, TCF, tc_subj(CASE_A, 3), t, ("plain", R20, "utf-8", "quoted-printable"), cc=MEP,
    in_reply="A2", refs=["A1", "A2"], mid_domain="outlook", crlf=True, key="A3")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_A))

t = d(2025, 2, 27, 2, 55)
A4 = f"""Hi Haruka,

Thank you for the quick answer, and congratulations on the new chapter.

One thing before I can move forward. Your message came from {ME_C}, which is the
address of the account that would be merged away and closed. For the protection of your records,
the go-ahead for a merge has to come from the mailbox of the account that will be kept.

We need you to send the same confirmation (that you are leaving and want the merge) from
{ME_P}. A reply to this email from that address is enough.

Regards,
Rohan K.
AWS Training and Certification Customer Support
"""
add("", TCF, f"{MEC}, {MEP}", tc_subj(CASE_A, 1), t, ("plain", A4, "utf-8", "7bit"),
    auth=auth_gmail("amazon.com"), in_reply="A3", refs=["A1", "A2", "A3"], key="A4")
MSGS[-1] = (MSGS[-1][0], L("info_request", True, CASE_A))

t = d(2025, 2, 27, 4, 0)
M22t = """AWS Summit Japan 2025 参加登録受付中

西村 遥 様

今年も AWS Summit Japan を開催します。基調講演、150 以上のセッション、認定者ラウンジをご用意しています。
AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます(当日は認定証をご提示ください)。

今すぐご登録ください: https://aws.amazon.com/jp/summits/japan/

このメールは配信専用です。配信停止をご希望の方はこちら: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
"""
M22h = ("<html><body><h1>AWS Summit Japan 2025 参加登録受付中</h1><p>西村 遥 様</p>"
        "<p>今年も AWS Summit Japan を開催します。基調講演、150 以上のセッション、認定者ラウンジをご用意しています。</p>"
        "<p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p>"
        "<p style='font-size:10px'>このメールは配信専用です。</p></body></html>")
add("", addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan】参加登録のご案内", t, ("alt", M22t, M22h, "utf-8", "8bit"),
    auth=auth_gmail("amazon.com"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>"])
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 2, 27, 9, 31)
R23 = f"""Hi Rohan,

Sending this from my personal address as requested: I'm leaving Kazane Tech (last day
March 14) and I'd like the company certification account merged into this one.

Thanks!
Haruka

""" + gmail_q(d(2025, 2, 27, 11, 55, JST), "AWS Training and Certification", TC, A4)
add("", MEP, TCF, "Confirmation from my personal address", t, ("plain", R23, "utf-8", "8bit"),
    in_reply="A4", refs=["A1", "A2", "A3", "A4"], mid_domain="mail.gmail.com", key="A5")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_A))

t = d(2025, 2, 28, 8, 15)
BL24 = f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.87

Account ID: {ACCT12}
Billing period: February 1 - February 28, 2025

You can see a complete break down of all charges on the Billing and Cost Management page.
[AWS ID {ACCT12}]

This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("", addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    f"Amazon Web Services Billing Statement Available [Account: {ACCT12}]", t, ("plain", BL24, "utf-8", "7bit"),
    auth=auth_gmail("amazon.com"))
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 2, 28, 23, 52)
A6t = f"""Hello Haruka,

My name is Mateo and I'm taking over your case from Rohan. Thanks for confirming from your
personal address; the partner hold has been lifted.

Here is what I found in our system:

Account #1
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

Can you confirm that Account #2 should be merged into Account #1, keeping {ME_P} as the
login? After the merge Account #2 can no longer be used to sign in, and its exam history,
certifications and benefits will live under Account #1.

Thank you,
Mateo R.
AWS Training and Certification Customer Support
"""
A6h = (f"<html><body><p>Hello Haruka,</p><p>My name is Mateo and I'm taking over your case from Rohan. Thanks for "
       f"confirming from your personal address; the partner hold has been lifted.</p><p>Here is what I found in our system:</p>"
       f"<p><b>Account #1</b><br>Login email: {ME_P}<br>Training notification email: {ME_P}<br>"
       f"Certification notification email: {ME_P}</p><p><b>Account #2</b><br>Login email: {ME_C}<br>"
       f"Training notification email: {ME_C}<br>Certification notification email: {ME_C}</p>"
       f"<p>Can you confirm that Account #2 should be merged into Account #1, keeping {ME_P} as the login? "
       f"After the merge Account #2 can no longer be used to sign in, and its exam history, certifications and "
       f"benefits will live under Account #1.</p><p>Thank you,<br>Mateo R.<br>AWS Training and Certification "
       f"Customer Support</p></body></html>")
add("", TCF, MEP, tc_subj(CASE_A, 1), t, ("alt", A6t, A6h, "utf-8", "quoted-printable"),
    auth=auth_gmail("amazon.com"), in_reply="A5", refs=["A1", "A4", "A5"], key="A6", crlf=True)
MSGS[-1] = (MSGS[-1][0], L("confirmation_request", True, CASE_A))

t = d(2025, 3, 1, 6, 3)
G26 = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kazane-tech/infra-tools/pull/412#event-16523310987
You are receiving this because you authored the thread.
"""
add("", addr("Kenji Ota", "notifications@github.com"), addr("kazane-tech/infra-tools", "infra-tools@noreply.github.com"),
    "Re: [kazane-tech/infra-tools] Move alert routing to new on-call rotation (PR #412)", t,
    ("plain", G26, "utf-8", "8bit"), cc=addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>",
    auth=auth_gmail("github.com"), mid_domain="github.com",
    extra=["List-ID: kazane-tech/infra-tools <infra-tools.kazane-tech.github.com>", "X-GitHub-Reason: author"])
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 2, 0, 0)
N27 = """週刊インフラ通信 #218

今週のトピック
・Terraform 1.11 の新機能まとめ
・AWS 認定、転職時のアカウント引き継ぎで気をつけたいこと(読者投稿)
・Kubernetes のリソース制限を見直す

読者アンケートにご協力ください。回答いただいた方の中から抽選で10名様にギフトカードをお送りします。
https://infra-tsushin.example.jp/survey

配信停止: https://infra-tsushin.example.jp/unsubscribe
"""
add("", addr("週刊インフラ通信", "newsletter@infra-tsushin.example.jp"), ME_P, "週刊インフラ通信 #218 転職時の認定アカウント引き継ぎ",
    t, ("plain", N27, "utf-8", "8bit"), auth=auth_gmail("infra-tsushin.example.jp"),
    mid_domain="infra-tsushin.example.jp", extra=["List-Unsubscribe: <https://infra-tsushin.example.jp/unsubscribe>"])
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 3, 11, 40)
S28 = f"""Hello Haruka,

We attempted to merge your accounts but the request requires a final security check.
Sign in with your current password at the link below within 24 hours to confirm the merge,
otherwise the case will be closed and your certifications may be lost:

https://aws-training-merge.support/confirm?case={CASE_A}

Mateo R.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_A, 1), t, ("plain", S28, "utf-8", "7bit"),
    auth=auth_gmail("amazon.com", dkim="fail", dmarc="fail", spf="softfail", mailfrom="mailer@mx3.hostbox-mail.net"),
    mid_domain="hostbox-mail.net")
MSGS[-1] = (MSGS[-1][0], L("suspicious"))

t = d(2025, 3, 4, 1, 9)
A7 = f"""Hi Haruka,

Just following up on my note from February 28, where I asked you to confirm the merge of your
two certification accounts. I haven't seen an answer yet.

We keep cases open for a limited time while waiting on the customer. Unless we hear from you,
this case will be closed on Friday, March 7. A reply to this message, even a short one, is all it
takes to keep it active.

Kind regards,
Mateo R.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_A, 1), t, ("plain", A7, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="A6", refs=["A1", "A5", "A6"], key="A7")
MSGS[-1] = (MSGS[-1][0], L("closing_notice", True, CASE_A))

t = d(2025, 3, 4, 3, 30)
PV30 = """Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Security - Specialty (SCS-C02)
Registration ID: 472918305
Date: Saturday, April 12, 2025  10:00 JST
Test centre: Pearson Professional Centers-Tokyo Shinjuku

Please arrive 15 minutes before your appointment and bring a valid government-issued ID.
To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
"""
add("", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Exam Appointment", t, ("plain", PV30, "utf-8", "7bit"),
    auth=auth_gmail("pearson.com"), mid_domain="pearson.com")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 4, 9, 12)
hist = (gmail_q(d(2025, 3, 4, 10, 9, JST), "AWS Training and Certification", TC, A7 + "\n\n" +
        gmail_q(d(2025, 3, 1, 8, 52, JST), "AWS Training and Certification", TC, A6t + "\n\n" +
                gmail_q(d(2025, 2, 27, 18, 31, JST), ME_NAME, ME_P, R23))))
R31 = f"""Hi Mateo,

Sorry for the slow reply, it has been a busy week. Confirmed: please merge Account #2
({ME_C}) into Account #1 ({ME_P}).

Best,
Haruka

""" + hist
add("", MEP, TCF, tc_subj(CASE_A, 3), t, ("plain", R31, "utf-8", "quoted-printable"), in_reply="A7",
    refs=["A1", "A5", "A6", "A7"], mid_domain="mail.gmail.com", key="A8")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_A))

t = d(2025, 3, 4, 10, 0)
J32 = """Kenji Ota changed the status to Resolved on INFRA-2291

INFRA-2291: Hand over monitoring dashboards before Haruka's last day
Resolution: Done

Comment: All dashboards transferred. Thanks Haruka, nothing else needed from you.

View issue: https://kazane-tech.atlassian.net/browse/INFRA-2291
"""
add("", addr("Kenji Ota (Jira)", "jira@kazane-tech.atlassian.net"), MEC,
    "[JIRA] (INFRA-2291) Hand over monitoring dashboards before Haruka's last day", t,
    ("plain", J32, "utf-8", "7bit"), auth=auth_m365("kazane-tech.atlassian.net"), mid_domain="Atlassian.JIRA")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 5, 0, 27)
A9t = f"""Hello Haruka,

I have successfully merged all accounts. Everything from the former company account is now
under {ME_P}: exam history, active certifications and your 50% exam discount benefit.
Your digital badges will be re-issued through Credly shortly.

There is nothing more you need to do. Sign in with your Builder ID at
https://www.aws.training/Certification to check everything looks right.

Best regards,
Mateo R.
AWS Training and Certification Customer Support

""" + gmail_q(d(2025, 3, 4, 18, 12, JST), ME_NAME, ME_P, R31.split("\n\nOn ")[0] + "\n\n" +
              gmail_q(d(2025, 3, 1, 8, 52, JST), "AWS Training and Certification", TC, A6t))
A9h = ("<html><body><p>Hello Haruka,</p><p>I have successfully merged all accounts. Everything from the former company "
       f"account is now under {ME_P}: exam history, active certifications and your 50% exam discount benefit. "
       "Your digital badges will be re-issued through Credly shortly.</p><p>There is nothing more you need to do. "
       "Sign in with your Builder ID at https://www.aws.training/Certification to check everything looks right.</p>"
       "<p>Best regards,<br>Mateo R.<br>AWS Training and Certification Customer Support</p>"
       "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>"
       + A6h.replace("<html><body>", "").replace("</body></html>", "") + "</blockquote></body></html>")
add("", TCF, MEP, tc_subj(CASE_A, 1), t, ("alt", A9t, A9h, "utf-8", "quoted-printable"),
    auth=auth_gmail("amazon.com"), in_reply="A8", refs=["A1", "A6", "A7", "A8"], key="A9")
MSGS[-1] = (MSGS[-1][0], L("resolved", False, CASE_A))

t = d(2025, 3, 5, 2, 0)
S34 = f"""Hello,

Your recent case with AWS Training and Certification has been closed.

Case ID: {CASE_A}

Tell us how we did. The survey has three questions and takes about a minute:
https://survey.aws.training/s/csat?case={CASE_A}

Your answers help us improve the support we offer to learners and certification holders.

AWS Training and Certification
"""
add("", addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "How was your support experience?", t, ("plain", S34, "utf-8", "7bit"),
    auth=auth_gmail("aws.training"), mid_domain="aws.training")
MSGS[-1] = (MSGS[-1][0], L("survey", False, CASE_A))

t = d(2025, 3, 5, 3, 11)
B35 = """Your badge has been updated

Hi Haruka,

Amazon Web Services Training and Certification re-issued the following badge to
haruka.nishimura82@gmail.com after an account change:

  AWS Certified SysOps Administrator – Associate

The badge keeps its original issue date. You can manage sharing settings on your Credly profile.

Credly
"""
add("", addr("Credly", "admin@credly.com"), ME_P, "Your badge from Amazon Web Services Training and Certification",
    t, ("plain", B35, "utf-8", "8bit"), auth=auth_gmail("credly.com"), mid_domain="credly.com")
MSGS[-1] = (MSGS[-1][0], L("badge"))

t = d(2025, 3, 5, 3, 12)
B36h = """<html><body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560"><tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><h2>Claim your badge</h2><p>Hi Haruka, you have a new badge from <b>Amazon Web Services Training and
Certification</b>: AWS Certified Developer – Associate.</p>
<p>Accept it within 90 days so it shows on your public profile.</p>
<p><a href="https://www.credly.com/badges/9d04e1b3-25aa-4ec0-8c2f-6f0f3e2c6a11/accept">Accept badge</a></p>
<p style="font-size:11px;color:#777">Questions? Reply to this email or visit support.credly.com</p></td></tr></table>
</td></tr></table></body></html>"""
add("", addr("Credly", "admin@credly.com"), ME_P, "Claim your AWS Certified Developer – Associate badge", t,
    ("html", B36h, "utf-8", "base64"), auth=auth_gmail("credly.com"), mid_domain="credly.com")
MSGS[-1] = (MSGS[-1][0], L("badge"))

t = d(2025, 3, 6, 6, 45)
Z37 = """##- Please type your reply above this line -##

Your request (#58213) has been closed.

Hi Haruka,

We haven't heard back from you for 7 days, so we've closed this request about the licence
transfer for your IntelliJ IDEA subscription. If you still need help, just reply to this email
and the request will reopen.

JetBrains Sales Support
"""
add("", addr("JetBrains Sales Support", "sales@jetbrains.com"), ME_P, "[JetBrains] Re: Transfer licence to personal account",
    t, ("plain", Z37, "utf-8", "7bit"), auth=auth_gmail("jetbrains.com"), mid_domain="jetbrains.zendesk.com")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 7, 15, 0)
C38 = f"""Your AWS Certification expires in 90 days

Dear Haruka Nishimura,

Your AWS Certified Cloud Practitioner certification will expire on June 5, 2025.
Candidate ID: {MAIN_ID}

To keep it active, pass the current version of the exam or earn a higher-level certification
before the expiration date. You do not need to reply to this message.

AWS Certification
"""
add("", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification is expiring soon", t, ("plain", C38, "utf-8", "7bit"),
    auth=auth_gmail("certmetrics.com"), mid_domain="certmetrics.com")
MSGS[-1] = (MSGS[-1][0], L("certification", False, None, [MAIN_ID]))

t = d(2025, 3, 8, 2, 20)
R39 = """Thank you for your purchase

AWS Skill Builder Individual subscription (monthly)
Order number: SB-2025-0308-771920
Amount: USD 29.00
Next billing date: April 8, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
add("", addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt", t,
    ("plain", R39, "utf-8", "7bit"), auth=auth_gmail("aws.training"), mid_domain="aws.training")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

# ---------- console case C ----------
t = d(2025, 3, 10, 4, 33)
C1 = f"""Dear Customer,

You recently opened a support case with AWS. Your case details are below:

Case ID: {CASE_C}
Subject: 50% exam discount not visible after certification account merge
Severity: General guidance
Correspondence: After my company certification account was merged into my personal one
(case {CASE_A}), the 50% exam discount benefit no longer appears under Benefits.

[AWS ID {ACCT12}]""" + CONSOLE_FOOT.format(case=CASE_C)
add("", CON, ME_P, f"Amazon Web Services: New Support case: {CASE_C}", t, ("plain", C1, "utf-8", "7bit"),
    auth=auth_gmail("amazon.com"), key="C1")
MSGS[-1] = (MSGS[-1][0], L("acknowledgement", False, CASE_C))

t = d(2025, 3, 11, 1, 2)
C2t = f"""Hello,

Thank you for contacting AWS Support about your certification benefits. My name is Leila.

I reviewed the merged profile ({MAIN_ID}). The exam history and the certifications from the
former account came across correctly. Discount vouchers are handled a little differently: each
one is tied to the certification that earned it, and if that certification was about to expire
or the voucher was already reserved for an exam registration at the time of the merge, the
voucher is not carried over automatically and has to be re-issued by hand.

So I can request the right voucher, which certification earned the discount, and had you already
used it to book an exam before March 5? You can add the answer to this case in the Support Center.

Best regards,

Leila A.
Amazon Web Services""" + CONSOLE_FOOT.format(case=CASE_C)
C2h = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in C2t.split("\n\n")) + "</body></html>"
add("", CON, ME_P, f"RE:[CASE {CASE_C}] 50% exam discount not visible after certification account merge", t,
    ("alt", C2t, C2h, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"), crlf=True, key="C2")
MSGS[-1] = (MSGS[-1][0], L("info_request", True, CASE_C, [MAIN_ID]))

t = d(2025, 3, 11, 1, 15)
V42 = """Your verification code

Use this code to finish signing in with AWS Builder ID:

  730561

If you didn't request this code, you can ignore this message. Never share this code with anyone.
"""
add("", addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID verification code", t,
    ("plain", V42, "utf-8", "7bit"), auth=auth_gmail("login.awsapps.com"), mid_domain="login.awsapps.com")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 12, 8, 44)
P43 = f"""西村 遥 様

AWS トレーニングと認定サポートです。
お客様の認定アカウント統合(ケース {CASE_A})の最終処理で本人確認が必要となっております。
24時間以内に下記URLよりログインし、本人確認を完了してください。完了されない場合、認定資格が失効いたします。

https://aws-training-jp.net/verify/merge

AWS トレーニングと認定 カスタマーサポート
"""
add("", addr("AWS トレーニングと認定", "support@aws-training-jp.net"), ME_P, "【重要】認定アカウント統合の本人確認のお願い", t,
    ("plain", P43, "utf-8", "quoted-printable"), auth=auth_gmail("aws-training-jp.net"), mid_domain="aws-training-jp.net")
MSGS[-1] = (MSGS[-1][0], L("suspicious"))

t = d(2025, 3, 14, 1, 2)
C4 = f"""Hello,

We have not received a response to our last correspondence on this case. If we don't hear back
within the next 3 days, the case will be automatically resolved.

If your question is still open, add a reply to the case in the Support Center to keep it active.
Resolved cases can be reopened for up to 14 days.

Thank you for using Amazon Web Services.

Leila A.
Amazon Web Services""" + CONSOLE_FOOT.format(case=CASE_C)
add("", CON, ME_P, f"RE:[CASE {CASE_C}] 50% exam discount not visible after certification account merge", t,
    ("plain", C4, "utf-8", "7bit"), auth=auth_gmail("amazon.com"), crlf=True, key="C4")
MSGS[-1] = (MSGS[-1][0], L("closing_notice", True, CASE_C))

t = d(2025, 3, 14, 8, 30)
W45 = """インフラ部の皆さま

本日をもちまして退職いたします。6年間大変お世話になりました。
本アドレスは本日23:59で停止しますので、今後のご連絡は個人アドレスまでお願いいたします。
haruka.nishimura82@gmail.com

皆さまのご健康とご活躍をお祈りしております。

西村 遥
"""
add("", MEC, "infra-all@kazane-tech.co.jp", "退職のご挨拶", t, ("plain", W45, "iso-2022-jp", "7bit"),
    cc=MEP, auth=auth_gmail("kazane-tech.co.jp"), mid_domain="outlook", hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 15, 3, 10)
C5 = f"""Hello,

Thanks for the details you added on March 14. The discount came from the AWS Certified Solutions
Architect - Associate recertification, and it had been reserved for an exam slot that you later
cancelled, which explains why it did not move with the merge.

I've passed this to the certification benefits team with everything they need. They usually
re-issue vouchers within 3 to 5 business days, and I'll update the case as soon as they are done.

Best regards,

Leila A.
Amazon Web Services""" + CONSOLE_FOOT.format(case=CASE_C)
add("", CON, ME_P, f"RE:[CASE {CASE_C}] 50% exam discount not visible after certification account merge", t,
    ("plain", C5, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"), crlf=True, key="C5")
MSGS[-1] = (MSGS[-1][0], L("case_update", False, CASE_C))

t = d(2025, 3, 17, 2, 5)
BN47 = f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable
to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

From: {ME_NAME} <{ME_P}>
To: {ME_C}
Subject: Fwd: {tc_subj(CASE_A, 1)}

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>

{A6t}
"""
add("", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", t,
    ("plain", BN47, "utf-8", "7bit"), auth=auth_gmail("googlemail.com"), mid_domain="mx.google.com",
    extra=["Auto-Submitted: auto-replied"])
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 18, 6, 40)
C6 = f"""Hello,

The certification benefits team has re-issued your 50% exam discount. It now shows under
Benefits in your AWS Certification Account and is valid until February 19, 2026.

As the issue is fixed, I'm setting this case to resolved. If anything else comes up about it, you
can reopen the case from the Support Center within the next 14 days.

Best regards,

Leila A.
Amazon Web Services""" + CONSOLE_FOOT.format(case=CASE_C)
add("", CON, ME_P, f"RE:[CASE {CASE_C}] 50% exam discount not visible after certification account merge", t,
    ("plain", C6, "utf-8", "7bit"), auth=auth_gmail("amazon.com"), key="C6")
MSGS[-1] = (MSGS[-1][0], L("resolved", False, CASE_C))

t = d(2025, 3, 18, 7, 0)
S49h = f"""<html><body><table width="600" style="font-family:Arial"><tr><td>
<h3>How did we do?</h3>
<p>Your support case <b>{CASE_C}</b> was recently resolved. Would you take a moment to rate your experience?</p>
<table><tr>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&amp;r=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&amp;r=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&amp;r=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&amp;r=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&amp;r=5">5</a></td>
</tr></table>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</td></tr></table></body></html>"""
add("", CON, ME_P, f"Tell us about your AWS Support experience - case {CASE_C}", t,
    ("html", S49h, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"))
MSGS[-1] = (MSGS[-1][0], L("survey", False, CASE_C))

# ---------- case D reopened ----------
t = d(2025, 3, 20, 0, 50)
R50 = f"""Hello,

I'm writing back on this old case because the problem seems to have come back. My main
profile is {MAIN_ID}. Two of my badges in Credly show as expired even though the
certifications are active, and the Security Specialty exam I'm booking won't be linked.
I suspect there is another certification account that was created when I signed in through
Partner Central at my former employer.

Could you take a look?

Haruka Nishimura

""" + gmail_q(d(2023, 5, 19, 15, 20, JST), "AWS Training and Certification", TC, D4)
add("", MEP, TCF, tc_subj(CASE_D, 1), t, ("plain", R50, "utf-8", "8bit"), in_reply="D4",
    refs=["D1", "D2", "D3", "D4"], mid_domain="mail.gmail.com", key="D5")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_D, [MAIN_ID]))

t = d(2025, 3, 21, 2, 30)
D6 = f"""Hello,

Your case {CASE_D} has been reopened and assigned to a certification specialist, who will follow up
within 1-2 business days.

If you have screenshots or other details that might help, you can reply to this message.

AWS Training and Certification
"""
add("", TCF, MEP, tc_subj(CASE_D, 1), t, ("plain", D6, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="D5", refs=["D4", "D5"], key="D6")
MSGS[-1] = (MSGS[-1][0], L("case_update", False, CASE_D))

t = d(2025, 3, 21, 16, 0)
M52 = """Get certified for less this spring

Book any AWS Certification exam before April 30 and get a free retake if you need one.
Check your eligibility and find a test centre: https://aws.amazon.com/certification/

Questions about the offer? Reply to this email and our team will get back to you.

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
add("", addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Free retake on your next AWS Certification exam", t, ("plain", M52, "utf-8", "7bit"),
    auth=auth_gmail("amazon.com"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>"])
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 24, 7, 5)
D7 = f"""西村様

AWS トレーニングと認定サポートの田中でございます。ご連絡いただき誠にありがとうございます。

お調べしたところ、{MAIN_ID} のほかに、パートナーセントラル経由のシングルサインオンで作成された
認定アカウントが1件見つかりました。このアカウントにも SysOps Administrator の認定が紐づいており、
Credly 上で失効と表示されている原因はこちらと考えられます。

ただし、当該アカウントのログイン用メールアドレスが旧勤務先のドメインではなく、別のアドレスで
登録されております。お手数ですが、パートナーセントラルにサインインする際にお使いだったメールアドレスと、
お分かりになる場合はそのアカウントの AWS 候補 ID をお知らせいただけますでしょうか。

何卒よろしくお願いいたします。

田中
AWS トレーニングと認定 カスタマーサポート
"""
add("", TCF, MEP, tc_subj(CASE_D, 1), t, ("plain", D7, "utf-8", "base64"), auth=auth_gmail("amazon.com"),
    in_reply="D6", refs=["D4", "D5", "D6"], key="D7")
MSGS[-1] = (MSGS[-1][0], L("info_request", True, CASE_D, [MAIN_ID]))

t = d(2025, 3, 24, 9, 0)
E54 = """西村 遥 さん

「クラウドインフラ勉強会 #37」へのお申し込みありがとうございます。参加が確定しました。

日時: 2025年4月3日(木) 19:00〜21:00
会場: オンライン(URL は前日にお送りします)

キャンセルされる場合は、イベントページから参加登録を取り消してください。

connpass
"""
add("", addr("connpass", "no-reply@connpass.com"), ME_P, "【connpass】クラウドインフラ勉強会 #37 参加登録完了のお知らせ", t,
    ("plain", E54, "utf-8", "8bit"), auth=auth_gmail("connpass.com"), mid_domain="connpass.com")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 25, 12, 18)
R55 = f"""田中様

ご確認ありがとうございます。
パートナーセントラルには haruka.n.work@outlook.jp でサインインしていました。
そのアカウントにサインインしてみたところ、候補 ID は {SSO_ID} と表示されました。

よろしくお願いいたします。
西村

""" + gmail_q_ja(d(2025, 3, 24, 16, 5, JST), "AWS Training and Certification", TC, D7)
add("", MEP, TCF, tc_subj(CASE_D, 3), t, ("plain", R55, "iso-2022-jp", "7bit"), in_reply="D7",
    refs=["D5", "D6", "D7"], mid_domain="mail.gmail.com", key="D8", hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_D, [SSO_ID]))

t = d(2025, 3, 26, 1, 40)
D9h = f"""<html><head><style>td,th{{border:1px solid #999;padding:4px 8px}}</style></head><body>
<p>Hello Haruka,</p>
<p>Thanks to the address you sent we found the second profile. Here is how the two look today:</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Candidate ID</th><th>Login email</th><th>Certification notification email</th><th>Active certifications</th></tr>
<tr><td>A</td><td>{MAIN_ID}</td><td>{ME_P}</td><td>{ME_P}</td><td>5</td></tr>
<tr><td>B</td><td>{SSO_ID}</td><td>haruka.n.work@outlook.jp</td><td>haruka.n.work@outlook.jp</td><td>1</td></tr>
</table>
<p>Only one of them can stay after the merge, and the other will be retired together with its login.
Which one should remain active, A or B?</p>
<p>Regards,<br>Sven J.<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add("", TCF, MEP, tc_subj(CASE_D, 1), t, ("html", D9h, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"),
    in_reply="D8", refs=["D5", "D7", "D8"], crlf=True, key="D9")
MSGS[-1] = (MSGS[-1][0], L("confirmation_request", True, CASE_D, [MAIN_ID, SSO_ID]))

t = d(2025, 3, 26, 5, 12)
P57 = f"""AWS Certification Notice

Dear Certified Professional,

Following a recent account consolidation, your certification record ({MAIN_ID}) is
incomplete. Certifications on incomplete records are revoked after 48 hours.

Restore your record: https://certmetrics-verify.com/aws/restore

AWS Certification Program
"""
add("", addr("AWS Certification", "do-not-reply@certmetrics-verify.com"), ME_P,
    "Your AWS Certification record will be revoked", t, ("plain", P57, "utf-8", "7bit"),
    auth=auth_gmail("certmetrics-verify.com", dkim="none", dmarc="none"), mid_domain="certmetrics-verify.com")
MSGS[-1] = (MSGS[-1][0], L("suspicious"))

t = d(2025, 3, 27, 11, 3)
F58 = """遥へ

送別会ありがとう!写真まとめてアップしたのでリンク送るね。
https://photos.example.com/share/kazane-farewell

新しい職場でも頑張ってね。落ち着いたらまたご飯行こう。
返信はいつでもいいよ〜

さくら
"""
add("", addr("佐藤 さくら", "sakura.sato.0715@gmail.com"), ME_P, "送別会の写真", t, ("plain", F58, "shift_jis", "8bit"),
    auth=auth_gmail("gmail.com"), mid_domain="mail.gmail.com", crlf=True, hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 3, 28, 2, 0)
D10 = f"""西村様

AWS トレーニングと認定サポートでございます。

3月26日にお送りした、統合後に残すアカウントの確認について、まだご返信をいただけておりません。
恐れ入りますが、本日より5営業日以内にご返信がない場合、本ケースはクローズとさせていただきます。
引き続き対応をご希望の場合は、本メールにご返信くださいますようお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
"""
add("", TCF, MEP, tc_subj(CASE_D, 1), t, ("plain", D10, "shift_jis", "8bit"), auth=auth_gmail("amazon.com"),
    in_reply="D9", refs=["D5", "D8", "D9"], key="D10", hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("closing_notice", True, CASE_D))

t = d(2025, 3, 29, 0, 14)
R60 = f"""Sorry for the delay! Keep A ({MAIN_ID}) and fold B into it.

Sent from my iPhone

> On Mar 26, 2025, at 10:40, AWS Training and Certification <{TC}> wrote:
>
> Hello Haruka,
> Thanks to the address you sent we found the second profile. Here is how the two look today:
> A  {MAIN_ID}  {ME_P}
> B  {SSO_ID}  haruka.n.work@outlook.jp
> Only one of them can stay after the merge, and the other will be retired together with its login.
> Which one should remain active, A or B?
"""
add("", MEP, TCF, tc_subj(CASE_D, 3), t, ("plain", R60, "utf-8", "7bit"), in_reply="D9",
    refs=["D5", "D8", "D9"], mid_domain="mail.gmail.com", key="D11")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_D, [MAIN_ID]))

t = d(2025, 3, 31, 4, 25)
D12 = f"""Hi Haruka,

Thanks, noted. I've submitted the merge of B into A. It runs as a batch job on the certification
system and can take up to 48 hours; the badge sync with Credly happens after that. I'll confirm
here once the job has finished.

Sven J.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_D, 1), t, ("plain", D12, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="D11", refs=["D9", "D10", "D11"], key="D12")
MSGS[-1] = (MSGS[-1][0], L("case_update", False, CASE_D))

t = d(2025, 4, 2, 3, 0)
D13 = f"""西村様

お待たせいたしました。{SSO_ID} を {MAIN_ID} へ統合する処理が完了いたしました。
Credly のバッジも最新の状態に更新されておりますので、お客様側での追加のご対応は必要ございません。

ご不明な点がございましたら、本メールにご返信ください。

Sven J. / 田中
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, March 26, 2025 1:40 AM
Subject: {tc_subj(CASE_D, 1)}

Only one of them can stay after the merge, and the other will be retired together with its login.
Which one should remain active, A or B?
"""
add("", TCF, MEP, tc_subj(CASE_D, 1), t, ("plain", D13, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"),
    in_reply="D12", refs=["D9", "D11", "D12"], key="D13")
MSGS[-1] = (MSGS[-1][0], L("resolved", False, CASE_D, [SSO_ID, MAIN_ID]))

t = d(2025, 4, 2, 9, 30)
B63 = """Congratulations, Haruka!

Your badge AWS Certified SysOps Administrator – Associate is now active again on Credly.
Issued by Amazon Web Services Training and Certification.

View and share it: https://www.credly.com/badges/51b7c0e2-8a3e-4cb4-b6f1-0d24f0b9e8c3

Credly, by Pearson
"""
add("", addr("Credly", "admin@credly.com"), ME_P, "Your badge is active again", t, ("plain", B63, "utf-8", "8bit"),
    auth=auth_gmail("credly.com"), mid_domain="credly.com")
MSGS[-1] = (MSGS[-1][0], L("badge"))

t = d(2025, 4, 3, 1, 0)
S64 = f"""西村 遥 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

ケース ID: {CASE_D}

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間 約1分)。
https://survey.aws.training/s/csat?case={CASE_D}&lang=ja

※本メールは送信専用アドレスからお送りしています。
AWS トレーニングと認定
"""
add("", addr("AWS トレーニングと認定", "no-reply@aws.training"), ME_P, "サポートに関するアンケートのお願い", t,
    ("plain", S64, "utf-8", "base64"), auth=auth_gmail("aws.training"), mid_domain="aws.training")
MSGS[-1] = (MSGS[-1][0], L("survey", False, CASE_D))

t = d(2025, 4, 3, 15, 0)
C65 = f"""AWS Certification wants to hear from you

Hello Haruka,

As an AWS Certified individual, you are invited to share your views on the AWS Certification
program. The questionnaire covers exam content, the test experience and the benefits you use,
and takes about 15 minutes.

Start the questionnaire: https://certmetrics.com/amazon/survey/2025Q2
Candidate ID: {MAIN_ID}

Participation is optional.
AWS Certification
"""
add("", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you", t,
    ("plain", C65, "utf-8", "7bit"), auth=auth_gmail("certmetrics.com"), mid_domain="certmetrics.com")
MSGS[-1] = (MSGS[-1][0], L("certification", False, None, [MAIN_ID]))

# ---------- case F: partner association ----------
t = d(2025, 4, 4, 6, 15)
F1h = f"""<html><body><table style="font-family:Arial;font-size:13px" width="640"><tr><td>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>{CASE_F}</b> to address your inquiry.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Case ID</td><td>{CASE_F}</td></tr>
<tr><td>Subject</td><td>[AWS Training and Certification Form Submission] - account-assistance</td></tr>
<tr><td>Correspondence</td><td>My certifications still appear in my former employer's Partner Central
(Kazane Tech). I left on March 14. Please remove the association.</td></tr>
</table>
<p>We typically respond within 24 hours. Please don't open another case for this request.</p>
<p>Amazon Web Services</p></td></tr></table></body></html>"""
add("", TCF, MEP, tc_subj(CASE_F), t, ("html", F1h, "utf-8", "7bit"), auth=auth_gmail("amazon.com"), key="F1")
MSGS[-1] = (MSGS[-1][0], L("acknowledgement", False, CASE_F))

t = d(2025, 4, 7, 2, 10)
F2 = f"""Hi Haruka,

This is Aiko from the certification team.

Removing a person from a partner's roster is done by the partner's alliance administrator, so we
have contacted Kazane Tech's administrator and the case is waiting on their action. Partners
normally respond within 5 business days.

In the meantime, one thing from your side: kindly let us know whether you still want your former
employer to keep seeing the certifications you earned while you were working there, or whether
all of them should be removed from their view.

Aiko W.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_F, 1), t, ("plain", F2, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="F1", key="F2", crlf=True)
MSGS[-1] = (MSGS[-1][0], L("on_hold", True, CASE_F))

t = d(2025, 4, 11, 2, 0)
F3 = f"""Hello Haruka,

We sent you a question on April 7 and have not had a response. Since the case cannot move
forward without it, it is scheduled to close 72 hours from now. If you still need our help,
respond to this message before then.

Aiko W.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_F, 1), t, ("plain", F3, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="F2", refs=["F1", "F2"], key="F3")
MSGS[-1] = (MSGS[-1][0], L("closing_notice", True, CASE_F))

t = d(2025, 4, 11, 3, 45)
F4 = f"""Hi Aiko,

Apologies, I missed your earlier mail. Please remove all of them from Kazane Tech's view.

Regards,
Haruka Nishimura

""" + gmail_q(d(2025, 4, 11, 11, 0, JST), "AWS Training and Certification", TC, F3 + "\n\n" +
              gmail_q(d(2025, 4, 7, 11, 10, JST), "AWS Training and Certification", TC, F2))
add("", MEP, TCF, tc_subj(CASE_F, 3), t, ("plain", F4, "utf-8", "8bit"), in_reply="F3",
    refs=["F1", "F2", "F3"], mid_domain="mail.gmail.com", key="F4")
MSGS[-1] = (MSGS[-1][0], L("user_reply", False, CASE_F))

t = d(2025, 4, 14, 5, 30)
F5 = f"""Hi Haruka,

Thank you. I've passed your choice on. The partner administrator at Kazane Tech has not completed
the removal yet, so your case remains on hold until they do. You don't have to do anything; we will
write again when they have finished.

Aiko W.
AWS Training and Certification Customer Support
"""
add("", TCF, MEP, tc_subj(CASE_F, 1), t, ("plain", F5, "utf-8", "7bit"), auth=auth_gmail("amazon.com"),
    in_reply="F4", refs=["F1", "F3", "F4"], key="F5")
MSGS[-1] = (MSGS[-1][0], L("on_hold", False, CASE_F))

t = d(2025, 4, 16, 0, 50)
A72 = """AWS 無料利用枠の使用状況に関するお知らせ

お客様の AWS アカウント 384920174653 において、Amazon EC2 の無料利用枠の 85% を使用しました。
無料利用枠を超えた分は通常料金で請求されます。

使用状況は請求ダッシュボードでご確認いただけます。
このメールに返信されても対応できません。

アマゾン ウェブ サービス
"""
add("", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P, "AWS 無料利用枠の使用制限に近づいています", t,
    ("plain", A72, "utf-8", "8bit"), auth=auth_gmail("costalerts.amazonaws.com"), mid_domain="costalerts.amazonaws.com")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 4, 17, 7, 5)
F6 = f"""Hello Haruka,

Kazane Tech's administrator has removed you from their partner roster, and your certifications
are no longer visible to them. Your own certification account is unchanged.

This resolves your request, so I'm closing the case.

Aiko W.
AWS Training and Certification Customer Support

---
How did we do? Rate this reply: https://survey.aws.training/s/csat?case={CASE_F}
"""
add("", TCF, MEP, tc_subj(CASE_F, 1), t, ("plain", F6, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"),
    in_reply="F5", refs=["F1", "F4", "F5"], key="F6")
MSGS[-1] = (MSGS[-1][0], L("resolved", False, CASE_F))

t = d(2025, 4, 17, 12, 0)
P74h = """<html><body><div style="font-family:Arial"><img src="https://aws-billing-center.com/logo.png">
<p>Dear AWS customer,</p><p>Your payment for invoice <b>EUINJP25-1148822</b> was declined. Your account and
certifications will be suspended unless payment details are updated.</p>
<table border="1"><tr><td>Amount due</td><td>USD 214.60</td></tr><tr><td>Due</td><td>Today</td></tr></table>
<p><a href="https://aws-billing-center.com/update">Update payment method</a></p>
<p>Amazon Web Services Billing</p></div></body></html>"""
add("", addr("Amazon Web Services", "billing@aws-billing-center.com"), ME_P, "Payment declined - update required", t,
    ("html", P74h, "utf-8", "base64"), auth=auth_gmail("aws-billing-center.com"), mid_domain="aws-billing-center.com")
MSGS[-1] = (MSGS[-1][0], L("suspicious"))

t = d(2025, 4, 18, 1, 20)
AM75 = """西村 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 249-5513270-8841026
お届け予定: 4月19日(土)

配送状況は注文履歴からご確認いただけます。
"""
add("", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の商品を発送しました", t,
    ("plain", AM75, "iso-2022-jp", "7bit"), auth=auth_gmail("amazon.co.jp"), mid_domain="amazon.co.jp", hcs="iso-2022-jp")
MSGS[-1] = (MSGS[-1][0], L("unrelated"))

t = d(2025, 4, 18, 15, 0)
C76 = f"""Congratulations! You are now AWS Certified.

Dear Haruka Nishimura,

You have earned AWS Certified Security - Specialty. Your certificate and digital badge are
available in your AWS Certification Account, and your Credly badge invitation will arrive
separately.

Candidate ID: {MAIN_ID}
Certification date: April 12, 2025

AWS Certification
"""
add("", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Congratulations! You are now AWS Certified.", t,
    ("plain", C76, "utf-8", "7bit"), auth=auth_gmail("certmetrics.com"), mid_domain="certmetrics.com")
MSGS[-1] = (MSGS[-1][0], L("certification", False, None, [MAIN_ID]))


def main():
    for fn in os.listdir(OUT):
        if fn.endswith((".eml", ".json")) and fn[:3].isdigit():
            os.remove(os.path.join(OUT, fn))
    for i, (data, label) in enumerate(MSGS, 1):
        base = os.path.join(OUT, f"{i:03d}-mail")
        with open(base + ".eml", "wb") as f:
            f.write(data)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    print(f"wrote {len(MSGS)} messages")


if __name__ == "__main__":
    main()
