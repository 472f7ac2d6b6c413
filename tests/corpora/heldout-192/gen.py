#!/usr/bin/env python3
"""Generate the blind-192 corpus: NNN-msg.eml + NNN-msg.json + README.md next to this script."""
import json, os, re, html as htmlmod
from collections import Counter, OrderedDict
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email.policy import compat32
import io

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "haruka.mizuno.dev@gmail.com"
ME_C = "h.mizuno@kitakaze-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "174096060700391"   # merge company -> personal, APN hold, wrong-address reply, reopened
C = "174097322200118"   # duplicate form of A, closed as duplicate
B = "174225616100264"   # Japanese: duplicate account same e-mail, Credly badges missing
D = "13997402618"       # console case: 50% voucher missing after merge
F = "174347013300571"   # three accounts, two-step confirmation, partner hold at new employer

ID_CO, ID_P, ID_DUP, ID_OLD = "AWS04821933", "AWS61730254", "AWS61730990", "AWS00983341"

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CAND_RE = re.compile(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)")

MESSAGES = []
MIDS = {}


def auth_gmail(domain, ok=True, selector="224i4yxa5dv7c2xz3womw6peuasteono"):
    if ok:
        return (f"mx.google.com;\r\n       dkim=pass header.i=@{domain} header.s={selector} header.b=Qx3f0aZ1;\r\n"
                f"       spf=pass (google.com: domain of bounces@{domain} designates 54.240.8.21 as permitted sender) smtp.mailfrom=bounces@{domain};\r\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}").replace("\r\n", "\n")
    return (f"mx.google.com;\n       dkim=fail header.i=@{domain} header.s={selector} header.b=Zz81kQ0p;\n"
            f"       spf=softfail (google.com: domain of transitioning bounce@{domain} does not designate 185.212.44.17 as permitted sender) smtp.mailfrom=bounce@{domain};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={domain}")


def auth_m365(domain, ok=True):
    if ok:
        return (f"spf=pass (sender IP is 54.240.27.11)\n smtp.mailfrom={domain}; dkim=pass (signature was verified)\n"
                f" header.d={domain};dmarc=pass action=none header.from={domain};compauth=pass reason=100")
    return (f"spf=fail (sender IP is 91.215.85.140)\n smtp.mailfrom={domain}; dkim=none (message not signed)\n"
            f" header.d=none;dmarc=fail action=quarantine header.from={domain};compauth=fail reason=000")


def cs(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    elif enc == "8bit":
        c.body_encoding = None
    if name.lower() == "shift_jis":
        c.output_charset = "shift_jis"
        c.output_codec = "shift_jis"
    return c


def strip_tags(h):
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", h))


def add(key, date, frm, to, subject, kind, needs, case, note,
        new="", quoted="", html_new=None, html_quoted="", charset="utf-8", enc="qp",
        html_only=False, cc=None, irt=None, refs=None, auth=None, crlf=False,
        headers=None, domain="amazon.com", hcharset=None, plain_override=None):
    """new/quoted: plain text; html_new/html_quoted: HTML (optional)."""
    text = new + quoted
    parts = []
    if html_new is not None:
        htmlbody = html_new + html_quoted
        hp = MIMEText(htmlbody, "html", cs(charset, enc))
        if html_only:
            m = hp
        else:
            tp = MIMEText(plain_override if plain_override is not None else text, "plain", cs(charset, enc))
            m = MIMEMultipart("alternative")
            m.attach(tp)
            m.attach(hp)
        cand_src = strip_tags(html_new) if html_only else (new if plain_override is None else strip_tags(html_new))
    else:
        m = MIMEText(text, "plain", cs(charset, enc))
        cand_src = new
    mid = f"<{key.replace('_','-')}-{len(MESSAGES)+1:03d}{date.strftime('%H%M%S')}@{domain}>"
    MIDS[key] = mid
    hdrs = OrderedDict()
    if auth:
        hdrs["Authentication-Results"] = re.sub(r"\s*\n\s*", " ", auth)
    hdrs["Message-ID"] = mid
    hdrs["Date"] = format_datetime(date)
    hdrs["From"] = frm
    hdrs["To"] = to
    if cc:
        hdrs["Cc"] = cc
    hc = hcharset or ("iso-2022-jp" if charset.lower() in ("iso-2022-jp",) else "utf-8")
    try:
        subject.encode("ascii")
        hdrs["Subject"] = subject
    except UnicodeEncodeError:
        hdrs["Subject"] = Header(subject, hc)
    if irt:
        hdrs["In-Reply-To"] = MIDS[irt]
        chain = [MIDS[r] for r in (refs or [])] + ([MIDS[irt]] if MIDS[irt] not in [MIDS[r] for r in (refs or [])] else [])
        hdrs["References"] = " ".join(chain)
    if headers:
        hdrs.update(headers)
    hdrs["MIME-Version"] = "1.0"
    # move MIME headers (already on m) to the end
    mime_h = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs.items():
        m[k] = v
    for k, v in mime_h:
        if k.lower() != "mime-version":
            m[k] = v
    if m.is_multipart():
        m.set_boundary(f"=_part_{len(MESSAGES)+1:03d}_{date.strftime('%Y%m%d%H%M%S')}")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n" if crlf else "\n")).flatten(m)
    cands = list(dict.fromkeys(CAND_RE.findall(cand_src)))
    MESSAGES.append(dict(key=key, date=date, raw=buf.getvalue(),
                         label={"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands},
                         note=note, subject=str(subject)))


def me_p(jp=False):
    return formataddr(("水野 遥" if jp else "Haruka Mizuno", ME_P), charset="utf-8")


def me_c():
    return formataddr(("Haruka Mizuno", ME_C))


TCFROM = formataddr(("Amazon Web Services", TC))
TCFROM2 = TC
CONS = formataddr(("Amazon Web Services", CONSOLE))


def d(mo, day, h, mi, tz=JST, s=0):
    return datetime(2025, mo, day, h, mi, s, tzinfo=tz)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n")) + "\n"


# ------------------------------------------------------------------ messages
add("bill", d(3, 1, 8, 2), CONS, ME_P, "Amazon Web Services Billing Statement Available [Account: 531907264418]",
    "unrelated", False, None,
    "AWS billing statement from the same no-reply-aws sender as console cases; 12-digit account ID, not a case.",
    new="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4418, is available on the AWS web site. Your account will be charged the following:

Total: $3.87

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
[AWS ID 531907264418]
""", auth=auth_gmail("amazon.com"))

add("farewell", d(3, 1, 19, 30), formataddr(("佐々木 大輔", "d.sasaki@kitakaze-sys.co.jp"), charset="iso-2022-jp"), ME_C,
    "送別会の日程について", "unrelated", False, None,
    "Colleague asks for a reply (ISO-2022-JP, keigo) - a real request but not from support.",
    new="""水野さん

お疲れさまです。佐々木です。
3月14日が最終出社日と伺いましたので、チームで送別会を企画しています。

候補日：3月11日(火) または 3月12日(水) 19時〜
場所：新橋の「炉端 かざぐるま」を予定

ご都合のよい日を今週中に返信いただけますでしょうか。
苦手な食べ物などあれば併せて教えてください。

よろしくお願いいたします。
佐々木
""", charset="iso-2022-jp", enc=None, auth=auth_m365("kitakaze-sys.co.jp"))

add("benefit", d(3, 2, 10, 15, UTC), formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_C,
    "Reminder: you have an unused AWS Certification benefit", "certification", False, None,
    "CertMetrics benefit reminder with candidate ID; program mail, not a case.",
    html_new="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka,</p>
<p>Our records show an exam benefit on your AWS Certification Account (Candidate ID: <b>AWS04821933</b>) that has not been used yet.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Benefit</th><th>Status</th><th>Valid until</th></tr>
<tr><td>50% discount on your next AWS Certification exam</td><td>Available</td><td>2025-11-30</td></tr>
</table>
<p>Sign in to your AWS Certification Account and open <i>Benefits</i> to generate the voucher code.</p>
<p>Regards,<br>AWS Training and Certification</p>
<p style="font-size:10px;color:#888">You are receiving this message because you hold an active AWS Certification. Do not reply to this message; this mailbox is not monitored.</p>
</body></html>""", html_only=True, charset="utf-8", enc="b64", domain="certmetrics.com",
    auth=auth_m365("certmetrics.com"))

add("otp", d(3, 3, 9, 3), formataddr(("AWS", "no-reply@signin.aws")), ME_P, "Verify your AWS Builder ID email address",
    "unrelated", False, None, "Builder ID one-time code (6 digits) arriving right before the form is filed.",
    new="""Hello,

Use the following code to verify your email address for your AWS Builder ID.

Verification code: 418072

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""", auth=auth_gmail("signin.aws"), domain="signin.aws")

add("ackA", d(3, 3, 0, 10, UTC, 41), TCFROM, ME_P, f"[CASE {A}] {TC_SUBJ}",
    "acknowledgement", False, A,
    "Form acknowledgement; echoes the submitted form (the owner's own use case and both candidate IDs) and a 'don't open duplicates' instruction.",
    new=f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case {A}.

A member of our team normally gets back to you within one business day, although some requests take longer to research. Please keep this case number for reference and avoid submitting the same request again, as additional cases for one issue can delay the answer.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Contact email: {ME_P}
Description:
Use case: I am leaving Kitakaze Systems on March 14 and would like to merge my company certification account into my personal one.
Email addresses I have used: {ME_C}, {ME_P}
Email address to keep: {ME_P}
Candidate IDs: AWS04821933 (company), AWS61730254 (personal)

Best regards,
AWS Training and Certification Customer Service
""", enc="8bit", auth=auth_gmail("amazon.com"))

add("gh", d(3, 3, 10, 2), formataddr(("Kenta Ono", "notifications@github.com")), ME_P,
    "Re: [hmizuno/dotfiles] Merge account config for new laptop (PR #214)", "unrelated", False, None,
    "GitHub notification saying 'merged' - merge vocabulary without any AWS case.",
    new="""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hmizuno/dotfiles/pull/214#event-16523390018
You are receiving this because you authored the thread.
""", domain="github.com", auth=auth_gmail("github.com"),
    headers={"List-ID": "hmizuno/dotfiles <dotfiles.hmizuno.github.com>", "X-GitHub-Reason": "author"})

add("ackC", d(3, 3, 3, 40, UTC, 22), formataddr(("Amazon Web Services", TC)), ME_C,
    f"[CASE {C}] [AWS Training and Certification Form Submission] - account-assistance",
    "acknowledgement", False, C,
    "Japanese acknowledgement of a second (duplicate) form sent from the company address; base64 UTF-8.",
    new=f"""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 {C} にてお問い合わせを承りました。

担当者より通常 24 時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。
同じ内容のお問い合わせで既にケースをお持ちの場合は、新たなケースを作成せずにお待ちください。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文: 退職に伴い、会社のアカウントを個人アカウントへ統合したいです。

AWS トレーニングと認定 カスタマーサービス
""", enc="b64", auth=auth_m365("amazon.com"))

add("replyC", d(3, 3, 13, 5), me_c(), TC, f"RE: [CASE {C}] [AWS Training and Certification Form Submission] - account-assistance",
    "user_reply", False, C,
    "Owner asks support to close the duplicate; quotes a Japanese ack with a Japanese attribution line.",
    new=f"""Hello,

I submitted the same request twice by mistake (the first one from my personal address is case {A}).
Please close this one and keep working on {A}.

Thank you,
Haruka Mizuno
""", quoted="\n2025年3月3日(月) 12:40 Amazon Web Services <" + TC + ">:\n" + q(f"""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 {C} にてお問い合わせを承りました。"""), irt="ackC", enc="8bit", domain="kitakaze-sys.co.jp")

add("holdA", d(3, 3, 6, 47, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "on_hold", True, A,
    "Partner hold; the only question (is she still employed / last day) is buried in the middle of a long explanation, phrased 'I need to know whether...' with no question mark and no 'please'.",
    new=f"""Hello Haruka,

My name is Priya and I'm looking after case {A}.

I've located both certification accounts listed in your request. The account registered with {ME_C} (AWS04821933) shares its certification data with an AWS Partner Network organization, Kitakaze Systems Co., Ltd. Accounts that are associated with a partner organization cannot be merged away from that organization while the person is still listed as one of its employees, because the partner's certification counts depend on it.

For that reason I have placed the merge on hold for now. Before I can contact the partner's administrator to release the account, I need to know whether you are still employed at Kitakaze Systems and, if so, what your last working day will be.

Once the partner side is cleared, I will come back to you with the final details to review before anything is merged. Your certifications, exam history and benefits stay intact in the meantime.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
""", html_new=f"""<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>My name is Priya and I'm looking after case {A}.</p>
<p>I've located both certification accounts listed in your request. The account registered with {ME_C} (AWS04821933) shares its certification data with an AWS Partner Network organization, Kitakaze Systems Co., Ltd. Accounts that are associated with a partner organization cannot be merged away from that organization while the person is still listed as one of its employees, because the partner's certification counts depend on it.</p>
<p>For that reason I have placed the merge on hold for now. Before I can contact the partner's administrator to release the account, I need to know whether you are still employed at Kitakaze Systems and, if so, what your last working day will be.</p>
<p>Once the partner side is cleared, I will come back to you with the final details to review before anything is merged. Your certifications, exam history and benefits stay intact in the meantime.</p>
<p>Kind regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p></div>""",
    irt="ackA", enc="qp", auth=auth_gmail("amazon.com"))

add("phish1", d(3, 3, 16, 20), formataddr(("AWS Training & Certification", "support@aws-certification-merge.com")), ME_P,
    "Action required: verify ownership before your certification accounts are merged", "suspicious", False, None,
    "Lookalike domain, timed right after the real hold, asks to sign in with AWS password (credential phishing).",
    html_new="""<html><body><table width="600" style="font-family:Arial"><tr><td style="background:#232f3e;color:#fff;padding:12px"><b>aws</b> training and certification</td></tr>
<tr><td style="padding:12px"><p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials, you must verify ownership of <b>both</b> accounts within 24 hours or the request will be cancelled and your certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/verify?c=8821" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify my accounts</a></p>
<p>You will be asked for your AWS Builder ID password and the one-time code we send you. Reply to this message if the link does not work.</p>
<p>AWS Certification Support Team</p></td></tr></table></body></html>""", html_only=True, enc="qp",
    domain="aws-certification-merge.com",
    auth="mx.google.com;\n       dkim=pass header.i=@aws-certification-merge.com header.s=default header.b=hR2kPq8s;\n       spf=pass (google.com: domain of support@aws-certification-merge.com designates 45.88.3.19 as permitted sender) smtp.mailfrom=support@aws-certification-merge.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-merge.com")

add("replyA1", d(3, 3, 21, 40), me_p(), TC, f"Re: RE:[CASE {A}] {TC_SUBJ}",
    "user_reply", False, A,
    "Owner answers the hold question, Gmail style quoting.",
    new="""Hi Priya,

Yes, I am still employed at Kitakaze Systems. My last working day is Friday, March 14, 2025, and my company mailbox will be shut down that evening. I have told my manager that I'm moving my certifications to my personal account.

Best regards,
Haruka Mizuno
""", quoted="\nOn Mon, Mar 3, 2025 at 3:47 PM Amazon Web Services <" + TC + "> wrote:\n" + q(f"""Hello Haruka,

My name is Priya and I'm looking after case {A}.

I've located both certification accounts listed in your request. ...
For that reason I have placed the merge on hold for now. Before I can contact the partner's administrator to release the account, I need to know whether you are still employed at Kitakaze Systems and, if so, what your last working day will be."""),
    irt="holdA", refs=["ackA"], enc="8bit", domain="mail.gmail.com")

add("dupC", d(3, 4, 0, 0, UTC, 12), TCFROM, ME_C, f"RE:[CASE {C}] {TC_SUBJ}",
    "case_update", False, C,
    "Duplicate closed and linked to the other case; mentions case A's number prominently but belongs to C; 'no need to reply'.",
    new=f"""Hello,

Thank you for letting us know. Case {C} duplicates case {A}, which a colleague is already working on, so I have closed this one and added a note to {A}.

All further updates will come through case {A}. There is nothing you need to do on this case.

Regards,
Tomasz
AWS Training and Certification
""", quoted="\n-----Original Message-----\nFrom: " + ME_C + "\nSent: 3/3/2025 4:05 AM\nTo: " + TC + f"\nSubject: RE: [CASE {C}] [AWS Training and Certification Form Submission] - account-assistance\n\nI submitted the same request twice by mistake (the first one from my personal address is case {A}).\nPlease close this one and keep working on {A}.\n",
    irt="replyC", refs=["ackC"], enc="qp", auth=auth_m365("amazon.com"))

add("infoA0", d(3, 4, 1, 30, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "info_request", True, A,
    "Short follow-up during the hold: asks, as a question with no 'please', which address the kept account should use for notifications.",
    new=f"""Hi Haruka,

Thanks for the quick answer, that helps. I've noted March 14 as your last day on the case.

One thing I couldn't work out from the form: after the merge, should certification notices still go to {ME_P}, or to a different address you'd like us to set as the certification notification email?

Priya
""", quoted="\n________________________________\nFrom: Haruka Mizuno <" + ME_P + ">\nSent: Monday, March 3, 2025 12:40 PM\n\nYes, I am still employed at Kitakaze Systems. My last working day is Friday, March 14, 2025 ...\n",
    irt="replyA1", refs=["ackA", "holdA"], enc="8bit", auth=auth_gmail("amazon.com"))

add("mkt", d(3, 4, 11, 11), formataddr(("AWS Events", "aws-marketing-email-replies@amazon.com")), ME_P,
    "AWS Summit Japan 2025 — registration is now open", "unrelated", False, None,
    "HTML-only AWS marketing with a 'Register now' call to action.",
    html_new="""<html><body><div style="max-width:600px;font-family:Arial">
<h1 style="color:#232f3e">AWS Summit Japan 2025</h1>
<p>Join builders from across Japan on June 25–26 at Makuhari Messe. More than 150 sessions, hands-on labs and the Certification Lounge for certified attendees.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a> — admission is free.</p>
<p>Certified? Show your digital badge at the Certification Lounge for exclusive swag.</p>
<p style="font-size:11px">To unsubscribe from AWS event mail, <a href="https://pages.awscloud.com/unsubscribe">click here</a>. Amazon Web Services Japan G.K., Meguro Central Square, Tokyo.</p>
</div></body></html>""", html_only=True, enc="qp", auth=auth_gmail("amazon.com"))

add("replyA0", d(3, 4, 12, 2), me_p(), TC, f"Re: RE:[CASE {A}] {TC_SUBJ}",
    "user_reply", False, A, "Short owner reply answering the notification-address question (top-posted, no quote header).",
    new=f"""Hi Priya, please keep {ME_P} for everything. Thanks!
Haruka
""", quoted="\n" + q(f"""One thing I couldn't work out from the form: after the merge, should certification notices still go to {ME_P}, or to a different address ..."""),
    irt="infoA0", refs=["ackA", "holdA", "replyA1"], enc="8bit", domain="mail.gmail.com")

add("holdA2", d(3, 4, 5, 30, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "on_hold", False, A,
    "Pure partner hold: waiting for the partner admin; explicitly no action; conditional 'if anything changes'.",
    new=f"""Hello Haruka,

Thank you. I've written to the AWS Partner Network administrator for Kitakaze Systems and asked them to release the certification account before your leaving date. Until they respond, case {A} stays on hold; partners usually answer within a few business days.

No action is needed from you at this point. If your last day changes, feel free to let us know on this thread.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
""", irt="replyA0", refs=["ackA", "holdA"], enc="qp", crlf=True, auth=auth_gmail("amazon.com"))

add("pvue", d(3, 4, 9, 5, UTC), formataddr(("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment", "unrelated", False, None,
    "Exam vendor appointment confirmation; 9-digit registration number, mentions AWS Certification heavily.",
    new="""Dear Haruka Mizuno,

Thank you for scheduling with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration Number: 482907316
Date and time: Saturday, April 19, 2025 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored

Please check in 30 minutes early and have a valid government-issued ID ready. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
""", enc="qp", domain="pearson.com", auth=auth_gmail("pearson.com"))

add("spoofA", d(3, 4, 23, 20, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "suspicious", False, None,
    "Spoofed real sender address AND real case number in the subject, but dkim/dmarc fail; demands a reply with card details.",
    new=f"""Hello,

Regarding case {A}: before the merge can be completed we must verify the identity of the account owner. Please reply to this email with the full name on your payment card, the card number and expiry date. No charge will be made.

If we do not receive this information within 12 hours, your certification accounts will be locked.

AWS Training and Certification Verification Team
""", enc="8bit", auth=auth_gmail("amazon.com", ok=False),
    headers={"Reply-To": "aws-verify-team@protonmail.com"}, domain="mail-relay-77.ru")

add("nl_jp", d(3, 5, 12, 0), formataddr(("クラウド技術通信", "news@cloudtech-tsushin.jp"), charset="utf-8"), ME_P,
    "【クラウド技術通信】AWS認定、転職時のアカウント移行はお早めに", "unrelated", False, None,
    "Japanese newsletter (Shift_JIS, base64) that talks about account merges and support cases.",
    new="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  クラウド技術通信  2025年3月5日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週の話題：転職前にAWS認定アカウントを個人アドレスへ
年度末は転職の季節。会社のメールアドレスで作った認定アカウントは、
退職前にサポートへ統合を依頼しておくのがおすすめです。
サポートから確認のメールが届いたら、早めに返信しましょう。

■セミナー情報
 3/21(金) 「はじめてのAWS CDK」オンライン

配信停止はこちら: https://cloudtech-tsushin.jp/unsubscribe
""", charset="shift_jis", enc="b64", hcharset="iso-2022-jp", domain="cloudtech-tsushin.jp",
    auth=auth_gmail("cloudtech-tsushin.jp"))

add("zendesk", d(3, 6, 0, 30, UTC), formataddr(("Tokaido Cloud Support", "support@tokaido-cloud.zendesk.com")), ME_P,
    "[Tokaido Cloud] Request #481223 has been solved: Cannot merge two workspaces", "unrelated", False, None,
    "Another vendor's support case solved (merge wording, request number), with a 'reply to reopen' line.",
    new="""##- Please type your reply above this line -##

Your request (#481223) has been solved. To reopen this request, reply to this email.

Aoi (Tokaido Cloud Support)
Mar 6, 2025, 9:30 JST

Hi Haruka,
Both workspaces are now merged into "mizuno-personal". Billing for the old workspace stops today.

This email is a service from Tokaido Cloud.
[K8P4V1-Z7Q2]
""", enc="qp", domain="tokaido-cloud.zendesk.com", auth=auth_gmail("tokaido-cloud.zendesk.com"))

add("liftA", d(3, 6, 8, 45, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "case_update", False, A,
    "Hold lifted, merge being prepared, promise of a later message to review; no question yet.",
    new=f"""Hi Haruka,

Good news: the partner administrator at Kitakaze Systems has released your certification account, so the hold on case {A} is lifted.

I'm now preparing the merge. You will get a separate message listing both accounts so that you can check the details before we go ahead.

Best,
Priya
""", enc="8bit", irt="holdA2", refs=["ackA", "holdA"], auth=auth_gmail("amazon.com"))

confA_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>I'm Mateo and I'll be completing the merge for case {A}. These are the two certification accounts we found:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Candidate ID</td><td>AWS61730254</td><td>AWS04821933</td></tr>
</table>
<p>Once merged, Account #2 will be closed and its exam history, certifications and benefits will appear under Account #1. This can't be reversed.</p>
<p>Are both accounts yours, and do you want everything merged into Account #1?</p>
<p>Thanks,<br>Mateo R.<br>AWS Training and Certification</p>
</body></html>"""
add("confA", d(3, 7, 1, 12, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "confirmation_request", True, A,
    "HTML-only confirmation with an Account #1/#2 table; the ask is a single question, no 'please confirm'.",
    html_new=confA_html, html_only=True, enc="b64", irt="liftA", refs=["ackA", "holdA"], auth=auth_gmail("amazon.com"))

add("ooo", d(3, 7, 10, 40), formataddr(("Daisuke Sasaki", "d.sasaki@kitakaze-sys.co.jp")), ME_C,
    "Automatic reply: Handover notes for the Sorano project", "unrelated", False, None,
    "Colleague's out-of-office auto-reply.",
    new="""I am out of the office until March 10 with limited access to e-mail.
For urgent matters please contact dev-team@kitakaze-sys.co.jp.

3月10日まで不在にしております。お急ぎの場合は dev-team@kitakaze-sys.co.jp までご連絡ください。
""", enc="b64", headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": ME_C},
    domain="kitakaze-sys.co.jp", auth=auth_m365("kitakaze-sys.co.jp"))

add("replyA2", d(3, 7, 12, 3), me_c(), TC, f"RE: RE:[CASE {A}] {TC_SUBJ}",
    "user_reply", False, A,
    "Owner confirms - but from the company address (Outlook, top-posted over a From/Sent block).",
    new="""Hello Mateo,

Confirmed. Both accounts are mine. Please merge everything into Account #1.

Best regards,
Haruka Mizuno
Kitakaze Systems Co., Ltd. | Cloud Engineering
""", quoted=f"""
From: Amazon Web Services <{TC}>
Sent: Friday, March 7, 2025 10:12 AM
To: {ME_P}
Subject: RE:[CASE {A}] {TC_SUBJ}

Hello Haruka,

I'm Mateo and I'll be completing the merge for case {A}. These are the two certification accounts we found:
Account #1  Login email {ME_P}  Candidate ID AWS61730254
Account #2  Login email {ME_C}  Candidate ID AWS04821933
Are both accounts yours, and do you want everything merged into Account #1?
""", irt="confA", refs=["ackA", "liftA"], enc="qp", crlf=True, domain="kitakaze-sys.co.jp",
    headers={"Thread-Topic": f"RE:[CASE {A}] {TC_SUBJ}", "X-Mailer": "Microsoft Outlook 16.0"})

add("wrongaddrA", d(3, 7, 11, 15, UTC), TCFROM, ME_C, f"RE:[CASE {A}] {TC_SUBJ}",
    "info_request", True, A,
    "Wrong-address reply: support needs the same confirmation sent from the personal address; long history quoted under a top-post.",
    new=f"""Hi Haruka,

Thanks for confirming. Because the merge closes the account that belongs to {ME_C}, we can only accept the go-ahead from the address on the account you are keeping. We need you to send the same confirmation from {ME_P}, simply replying to this thread from that mailbox is fine.

As soon as it arrives I'll run the merge.

Mateo R.
AWS Training and Certification
""", quoted=f"""
-----Original Message-----
From: {ME_C}
Sent: 2025-03-07 03:03 UTC
Subject: RE: RE:[CASE {A}] {TC_SUBJ}

Confirmed. Both accounts are mine. Please merge everything into Account #1.

-----Original Message-----
From: {TC}
Sent: 2025-03-07 01:12 UTC

Are both accounts yours, and do you want everything merged into Account #1?

-----Original Message-----
From: {TC}
Sent: 2025-03-06 08:45 UTC

Good news: the partner administrator at Kitakaze Systems has released your certification account, so the hold on case {A} is lifted.

-----Original Message-----
From: {TC}
Sent: 2025-03-04 05:30 UTC

No action is needed from you at this point. If your last day changes, feel free to let us know on this thread.

-----Original Message-----
From: {TC}
Sent: 2025-03-03 06:47 UTC

Before I can contact the partner's administrator to release the account, I need to know whether you are still employed at Kitakaze Systems and, if so, what your last working day will be.
""", irt="replyA2", refs=["ackA", "confA"], enc="qp", auth=auth_m365("amazon.com"))

add("sb", d(3, 8, 9, 0), formataddr(("AWS Skill Builder", "no-reply@aws.training")), ME_P,
    "Your AWS Skill Builder receipt", "unrelated", False, None,
    "Skill Builder subscription receipt from aws.training; order number, not a case.",
    new="""Hi Haruka,

Thanks for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-0308-77193
Plan: Individual (monthly)
Amount: USD 29.00
Next billing date: April 8, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", enc="8bit", domain="aws.training", auth=auth_gmail("aws.training"))

add("closeA", d(3, 10, 1, 0, UTC), formataddr(("AWS Training and Certification", TC)), ME_P + ", " + ME_C,
    f"RE:[CASE {A}] {TC_SUBJ}", "closing_notice", True, A,
    "Closing notice: no confirmation from the right address yet; case closes in 3 days unless she answers. Sent to both addresses.",
    new=f"""Hello Haruka,

We're following up on case {A}. We still haven't received your merge confirmation from {ME_P}.

If we don't hear from you within three business days, this case will be closed automatically. Replying to this message from {ME_P} keeps it open, and we'll complete the merge right away.

Regards,
AWS Training and Certification Customer Service
""", enc="qp", auth=auth_gmail("amazon.com"), irt="wrongaddrA", refs=["ackA", "confA"])

add("replyA3", d(3, 10, 12, 30), me_p(), TC, f"Re: RE:[CASE {A}] {TC_SUBJ}",
    "user_reply", False, A,
    "Owner's confirmation from the right address; carries the personal candidate ID in new text, old candidate ID only in quote.",
    new=f"""Hello,

Sorry for the delay. Confirmed from my personal address: both accounts are mine, please merge into Account #1 ({ME_P}, AWS61730254).

Haruka Mizuno
""", quoted=f"\nOn Mon, Mar 10, 2025 at 10:00 AM AWS Training and Certification <{TC}> wrote:\n" + q(f"""We're following up on case {A}. We still haven't received your merge confirmation from {ME_P}.

Account #2 (AWS04821933) will be closed after the merge."""),
    irt="closeA", refs=["ackA", "confA", "wrongaddrA"], enc="8bit", domain="mail.gmail.com")

add("autoackA", d(3, 10, 3, 31, UTC), TCFROM2, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "acknowledgement", False, A,
    "System auto-acknowledgement of a reply ('your correspondence was added'); sounds like a new ack.",
    new=f"""Thank you for your reply. It has been added to case {A} and the assigned agent has been notified.

You don't need to send it again.

AWS Training and Certification
(This is an automated message.)
""", enc="8bit", auth=auth_gmail("amazon.com"), irt="replyA3", refs=["ackA"])

add("resA", d(3, 10, 7, 44, UTC), TCFROM, ME_P, "Your AWS Certification accounts",
    "resolved", False, A,
    "Completion WITHOUT the [CASE] token in the subject (thread only via In-Reply-To) and quoting the earlier confirmation request; conditional invitation.",
    new="""Hi Haruka,

All done - I have successfully merged your accounts. Your exam history, certifications and the benefits from the Kitakaze account now show under the account you kept. It can take a few hours for Credly to refresh your badges.

If anything looks off when you sign in, just reply here and we'll take a look.

Mateo R.
AWS Training and Certification
""", quoted="\n\n---- On Fri, 07 Mar 2025 01:12:00 +0000 Amazon Web Services wrote ----\n" + q(f"""Account #1: Login email {ME_P} / Candidate ID AWS61730254
Account #2: Login email {ME_C} / Candidate ID AWS04821933
Are both accounts yours, and do you want everything merged into Account #1? Please confirm by replying to this email."""),
    irt="replyA3", refs=["ackA", "confA", "closeA"], enc="qp", auth=auth_gmail("amazon.com"))

CREDLY = formataddr(("Credly", "admin@credly.com"))
add("badge1", d(3, 10, 7, 50, UTC), CREDLY, ME_P,
    "Amazon Web Services Training and Certification sent you a badge", "badge", False, None,
    "Credly badge issued right after the merge.",
    new="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network:
https://www.credly.com/badges/3f8a21c4-7b90-4e3d-9a61-0c2b5e7d1a44/accept

Credly, a Pearson company
""", enc="qp", domain="credly.com", auth=auth_gmail("credly.com"))

add("badge2", d(3, 10, 7, 51, UTC), CREDLY, ME_P,
    "Congratulations! You earned a new badge", "badge", False, None,
    "HTML-only Credly mail for a second badge; includes badge UUID.",
    html_new="""<html><body><div style="font-family:Helvetica">
<p>Congratulations, Haruka!</p>
<p>You've earned the <b>AWS Certified Developer - Associate</b> badge from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/9c0d55e2-1a7f-4b83-b2e6-7f4a0d93c118">View and share your badge</a></p>
<p style="color:#777;font-size:11px">You received this email because an organization issued you a badge on Credly.</p></div></body></html>""",
    html_only=True, enc="b64", domain="credly.com", auth=auth_gmail("credly.com"))

add("survA", d(3, 11, 9, 0), formataddr(("AWS Customer Service", "aws-cs-survey@amazon.com")), ME_P,
    f"How did we do? Your feedback on case {A}", "survey", False, A,
    "Satisfaction survey about case A; 'Please let us know' and rating links look like an ask.",
    html_new=f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: {A}) was recently resolved. Please let us know how we did - it takes less than a minute.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.amazon.com/r?c={A}&s=5">Very satisfied</a> | <a href="https://survey.amazon.com/r?c={A}&s=3">Neutral</a> | <a href="https://survey.amazon.com/r?c={A}&s=1">Very dissatisfied</a></p>
<p>Thank you,<br>AWS Customer Service</p></body></html>""", enc="qp",
    plain_override=f"""Hello,

Your recent case with AWS Training and Certification (Case ID: {A}) was recently resolved. Please let us know how we did - it takes less than a minute.

How satisfied were you with the support you received?
Very satisfied: https://survey.amazon.com/r?c={A}&s=5
Neutral: https://survey.amazon.com/r?c={A}&s=3
Very dissatisfied: https://survey.amazon.com/r?c={A}&s=1
""", auth=auth_gmail("amazon.com"))

add("newjob", d(3, 11, 18, 20), formataddr(("Ryo Tanabe", "r.tanabe@sorabune.co.jp")), ME_P,
    "Welcome aboard + first-week schedule", "unrelated", False, None,
    "Future colleague asks questions (laptop preference) - needs an answer, but not support.",
    new="""Hi Haruka,

Looking forward to having you on the team from April 1! A few things before then:

- Which laptop would you prefer, MacBook Pro 14" or ThinkPad X1?
- Could you send me your preferred display name for Slack?

Also, Sorabune is an AWS partner, so once you have your company address you can link your certifications in Partner Central.

Cheers,
Ryo
""", enc="8bit", domain="sorabune.co.jp", auth=auth_gmail("sorabune.co.jp"))

add("noteA", d(3, 12, 8, 0), me_p(), ME_P, "memo: AWS cert merge checklist",
    "user_reply", False, A,
    "Owner's note to self about case A with candidate IDs and a to-do list (imperatives addressed to herself).",
    new=f"""Case {A} - merged on 3/10.
Check on the new account:
- exam history (SAA-C03 from 2022 seems missing?)
- certifications: SAA, DVA
- benefits: 50% voucher
Old: AWS04821933 -> New: AWS61730254
Ask support if the 2022 SAA exam doesn't show up.
""", enc="8bit", domain="mail.gmail.com")

add("reopenReq", d(3, 12, 21, 10), me_p(), TC, f"Re: Your AWS Certification accounts",
    "user_reply", False, A,
    "Owner replies to the token-less resolution to report a missing exam (reopen request).",
    new="""Hi Mateo,

Thanks for the merge. One thing is missing: my exam history on the kept account doesn't show the SAA-C03 exam I passed in October 2022 (it's listed under certifications, but not under exam history). Could you take a look?

Thanks,
Haruka
""", quoted="\nOn Mon, Mar 10, 2025 at 4:44 PM Amazon Web Services <" + TC + "> wrote:\n" + q("""All done - I have successfully merged your accounts. Your exam history, certifications and the benefits from the Kitakaze account now show under the account you kept.

If anything looks off when you sign in, just reply here and we'll take a look."""),
    irt="resA", refs=["ackA", "confA", "resA"], enc="8bit", domain="mail.gmail.com")

add("reopenA", d(3, 13, 0, 40, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "case_update", False, A,
    "Reopened case passed to the records team; 'we may reach out' is not an ask.",
    new=f"""Hello Haruka,

I've reopened case {A} and passed it to our certification records team, who can correct exam history entries. They will investigate and may reach out if they need anything else from you. Nothing is required from your side for now.

Kind regards,
Mateo R.
""", enc="qp", irt="reopenReq", refs=["ackA", "resA"], auth=auth_gmail("amazon.com"))

add("cmfeedback", d(3, 13, 5, 0, UTC), formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "AWS Certification wants to hear from you", "certification", False, None,
    "Program feedback survey from CertMetrics - looks like a survey but is not about a support case.",
    new="""Hello Haruka,

AWS Certification is looking for certified individuals to share their opinion about the exam experience. The questionnaire takes about 10 minutes and your answers help shape future exams.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/2025Q1

Thank you for being part of the AWS Certification community.

AWS Certification
""", enc="qp", domain="certmetrics.com", auth=auth_gmail("certmetrics.com"))

add("it", d(3, 14, 9, 0), formataddr(("情報システム部", "it-helpdesk@kitakaze-sys.co.jp"), charset="iso-2022-jp"), ME_C,
    "【ご連絡】メールアカウント停止のお知らせ", "unrelated", False, None,
    "Company IT notice that the company mailbox closes today (ISO-2022-JP).",
    new="""水野 遥 様

本日 3月14日(金) 18:00 をもって、お使いのメールアカウント
h.mizuno@kitakaze-sys.co.jp を停止いたします。
必要なメールは事前に退避してください。

情報システム部 ヘルプデスク
""", charset="iso-2022-jp", enc=None, domain="kitakaze-sys.co.jp", auth=auth_m365("kitakaze-sys.co.jp"))

add("recA", d(3, 14, 6, 20, UTC), formataddr(("AWS Training and Certification", TC)), ME_P, f"RE: [CASE {A}] {TC_SUBJ}",
    "info_request", True, A,
    "Records team request phrased as 'we need ...' after two paragraphs of explanation; asks for date, test centre and registration number.",
    new=f"""Hello Haruka,

I'm Lucía from the certification records team, following up on case {A}.

Your SAA-C03 certification is on the kept account, but the exam record behind it was created under a third, older profile that was never part of the merge. That is why it doesn't appear under Exam History. I can attach it manually, but first I have to match it to the right delivery.

We need the date you sat the exam, the test centre or whether it was online, and the Pearson VUE registration number if you still have the confirmation email.

Best regards,
Lucía M.
Certification Records | AWS Training and Certification
""", enc="b64", auth=auth_gmail("amazon.com"), irt="reopenA", refs=["ackA", "resA"])

add("replyA4", d(3, 15, 10, 20), me_p(), TC, f"Re: RE: [CASE {A}] {TC_SUBJ}",
    "user_reply", False, A,
    "Owner answers with a 9-digit registration number (not a case ID) and CCs her closed company address.",
    new=f"""Hi Lucía,

It was an online (OnVUE) exam on October 22, 2022. Registration number: 371045882.

Thanks,
Haruka
""", quoted=f"\nOn Fri, Mar 14, 2025 at 3:20 PM AWS Training and Certification <{TC}> wrote:\n" + q("""We need the date you sat the exam, the test centre or whether it was online, and the Pearson VUE registration number if you still have the confirmation email."""),
    cc=ME_C, irt="recA", refs=["ackA", "reopenA"], enc="8bit", domain="mail.gmail.com")

add("bounce", d(3, 15, 10, 21), formataddr(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ME_P,
    "Delivery Status Notification (Failure)", "unrelated", False, None,
    "Bounce of the owner's own reply (company mailbox closed); the bounced copy quotes the case subject.",
    new=f"""
** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

Subject: Re: RE: [CASE {A}] {TC_SUBJ}
From: Haruka Mizuno <{ME_P}>
To: {TC}
Cc: {ME_C}

It was an online (OnVUE) exam on October 22, 2022. Registration number: 371045882.
""", enc="8bit", domain="googlemail.com", headers={"Auto-Submitted": "auto-replied"})

add("fixA", d(3, 17, 2, 0, UTC), TCFROM, ME_P, f"RE:[CASE {A}] {TC_SUBJ}",
    "resolved", False, A,
    "Record fixed; 'no further action is required'; closes the reopened case.",
    new=f"""Hello Haruka,

Thank you for the details. I found the October 22, 2022 delivery and attached it to your account; it now shows under Exam History together with your other exams.

No further action is required, and case {A} is now resolved.

Best regards,
Lucía M.
Certification Records | AWS Training and Certification
""", enc="qp", crlf=True, auth=auth_gmail("amazon.com"), irt="replyA4", refs=["ackA", "recA"])

# ---------------- case B (Japanese) --------------------------------------------
add("ackB", d(3, 18, 0, 2, UTC, 41), TCFROM, ME_P,
    f"[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "acknowledgement", False, B,
    "Japanese ISO-2022-JP acknowledgement of a new case; echoes two candidate IDs.",
    new=f"""お問い合わせいただき、誠にありがとうございます。

ケース {B} を作成いたしました。
通常、24 時間以内に担当者よりご連絡いたします。調査内容によっては、さらにお時間を頂戴する場合がございます。
同じ内容で別のケースを作成されますと対応が遅れる可能性がございますので、ご注意ください。

■お問い合わせ内容
お問い合わせタイプ：認定
その他の詳細：Account Merge
AWS 候補 ID：{ID_P}
本文：
以下の2つのアカウントは同じメールアドレスで登録されています。
{ID_P}（メイン）
{ID_DUP}（誤って作成）
Credly にバッジが表示されないため、{ID_P} への統合をお願いいたします。

AWS トレーニングと認定 カスタマーサービス
""", charset="iso-2022-jp", enc=None, auth=auth_gmail("amazon.com"))

add("educate", d(3, 18, 0, 30, UTC), formataddr(("AWS Educate", "aws-cs-educate-form@amazon.com")), ME_P,
    "RE:[CASE 174225801900412] [AWS Educate Form Submission] - educator-verification", "unrelated", False, None,
    "Other AWS program form case with an explicit request (same shape as T&C mail) - not a T&C case, so no reply flag and no case label.",
    new="""Hello,

Thank you for contacting AWS Educate. To verify your educator status, please reply with a link to your faculty page or a letter from your institution confirming your teaching role.

We will review your application once we receive it.

Best regards,
AWS Educate Support
""", enc="qp", auth=auth_gmail("amazon.com"))

add("infoB", d(3, 18, 6, 10, UTC), TCFROM, ME_P,
    f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "info_request", True, B,
    "Japanese keigo request (〜いただけますでしょうか) after an explanation; candidate IDs in support's own text.",
    new=f"""水野 様

AWS トレーニングと認定カスタマーサービスの佐藤でございます。
ケース {B} につきまして、ご連絡いたします。

ご記載のメールアドレスで登録されている認定アカウントを確認したところ、{ID_P} と {ID_DUP} の 2 件が見つかりました。
Credly へのバッジ連携は、Credly 側に登録されているメールアドレスを基に行われております。

つきましては、Credly アカウントにご登録のメールアドレスと、{ID_DUP} で受験や特典のご利用があったかどうかを、本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", enc="b64", auth=auth_gmail("amazon.com"), irt="ackB")

add("expiry", d(3, 19, 4, 0, UTC), formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days", "certification", False, None,
    "Expiry reminder urging recertification ('take action'), candidate ID in body.",
    new=f"""Hello Haruka,

Your AWS Certified Developer - Associate certification (Candidate ID: {ID_P}) expires on June 17, 2025.

To keep your certification active, pass the current version of the exam, or a higher-level exam, before the expiration date. Your 50% discount benefit can be applied to the recertification exam.

Manage your certifications: https://www.aws.training/certification

AWS Certification
""", enc="qp", domain="certmetrics.com", auth=auth_gmail("certmetrics.com"))

add("pvuecase", d(3, 19, 8, 30, UTC), formataddr(("Pearson VUE Customer Service", "pearsonvuecustomerservice@pearson.com")), ME_P,
    "Your Pearson VUE case 07781234 has been closed", "unrelated", False, None,
    "Exam vendor's own support case closed, with survey link and 'reply to reopen' - not an AWS T&C case.",
    new="""Dear Haruka,

Your case 07781234 (reschedule of online exam) has been closed. If the issue is not resolved, reply to this email within 7 days to reopen it.

We'd love your feedback: https://pearsonvue.qualtrics.com/s/cs?case=07781234

Pearson VUE Customer Service
""", enc="qp", domain="pearson.com", auth=auth_gmail("pearson.com"))

CONS_FOOT = f"""
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={D}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

add("ackD", d(3, 20, 2, 14, UTC), CONS, ME_P, f"Amazon Web Services: New Support case: {D}",
    "acknowledgement", False, D,
    f"Console case opened (training & certification topic); its own text also cites the other case {A}; footer 'cannot accept incoming e-mails' with displayId.",
    new=f"""Dear Amazon Web Services customer,

We have opened case {D} to address your issue.

The details of your case are as follows:

Case ID: {D}
Subject: Exam benefit voucher not visible after account merge
Severity: General guidance
Correspondence: Since my two certification accounts were merged (case {A}), the 50% exam discount from my former account no longer appears under Benefits. Candidate ID {ID_P}.

Thank you for contacting Amazon Web Services.
""" + CONS_FOOT, enc="qp", auth=auth_gmail("amazon.com"))

add("nl_en", d(3, 20, 15, 0, UTC), formataddr(("Last Week in Cloud", "newsletter@lastweekincloud.example.net")), ME_P,
    "Last Week in Cloud #412: the merge that wasn't", "unrelated", False, None,
    "English newsletter joking about support cases, 'please confirm', 'case closed'.",
    new="""LAST WEEK IN CLOUD #412

* A reader's support case was closed for inactivity while she was on holiday. Reply within three days, they said. She replied in four.
* New: cross-account merges for a popular IaC tool - "please confirm" prompts everywhere.
* Certification corner: badges now show recertification dates.

Unsubscribe: https://lastweekincloud.example.net/u
""", enc="8bit", domain="lastweekincloud.example.net", auth=auth_gmail("lastweekincloud.example.net"))

add("infoD", d(3, 21, 1, 5, UTC), CONS, ME_P, f"RE:[CASE {D}] Exam benefit voucher not visible after account merge",
    "info_request", True, D,
    "Console case request: must be answered in the Support Center, not by e-mail; ask phrased 'Kindly ...'.",
    new=f"""Hello,

Thank you for reaching out. I'm Omar and I'll be helping with this case.

Benefits are tied to the certification that earned them. To restore the discount I have to know which certification it came from and whether you had already generated a voucher code before the merge. Kindly reply with both details through the Support Center link below; email replies to this address are not received.

Best regards,
Omar K.
Amazon Web Services
""" + CONS_FOOT + "\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n",
    enc="qp", auth=auth_gmail("amazon.com"))

add("phishCredly", d(3, 21, 11, 45), formataddr(("Credly", "no-reply@credly-badgeclaim.com")), ME_P,
    "Your AWS badge will be revoked in 48 hours", "suspicious", False, None,
    "Credly lookalike domain threatening badge revocation after the merge.",
    html_new="""<html><body><p>Hi Haruka,</p>
<p>We detected duplicate AWS Certification accounts linked to your badges. Unless you re-confirm your identity, <b>all AWS badges will be revoked in 48 hours</b>.</p>
<p><a href="https://credly-badgeclaim.com/login?next=aws">Sign in to keep your badges</a></p>
<p>Credly Trust &amp; Safety</p></body></html>""", html_only=True, enc="qp", domain="credly-badgeclaim.com",
    auth="mx.google.com;\n       spf=pass (google.com: domain of no-reply@credly-badgeclaim.com designates 193.42.33.8 as permitted sender) smtp.mailfrom=no-reply@credly-badgeclaim.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badgeclaim.com")

add("closeB", d(3, 22, 0, 15, UTC), TCFROM, ME_P,
    f"RE: [CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "closing_notice", True, B,
    "Japanese closing notice (ISO-2022-JP): closes in 3 days unless she answers; quotes the request.",
    new=f"""水野 様

ケース {B} につきまして、先日お送りしたご確認事項へのご返信をまだいただけておりません。

3 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
ご返信をいただければ、引き続き対応いたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", quoted="\n" + q("""Credly アカウントにご登録のメールアドレスと、AWS61730990 で受験や特典のご利用があったかどうかを、本メールへのご返信にてお知らせいただけますでしょうか。"""),
    charset="iso-2022-jp", enc=None, auth=auth_gmail("amazon.com"), irt="infoB", refs=["ackB"])

add("replyB", d(3, 22, 20, 5), me_p(jp=True), TC,
    f"Re: RE: [CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "user_reply", False, B,
    "Owner's Japanese reply with 「…より:」 quote header; candidate ID in new text.",
    new=f"""佐藤様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

・Credly の登録メールアドレス: {ME_P}
・{ID_DUP} では受験も特典の利用もしておりません。

{ID_P} への統合をお願いいたします。

水野 遥
""", quoted=f"\n2025年3月22日(土) 9:15 Amazon Web Services <{TC}>:\n" + q(f"""水野 様

ケース {B} につきまして、先日お送りしたご確認事項へのご返信をまだいただけておりません。"""),
    irt="closeB", refs=["ackB", "infoB"], enc="b64", domain="mail.gmail.com")

add("closeD", d(3, 23, 3, 0, UTC), CONS, ME_P, f"RE:[CASE {D}] Exam benefit voucher not visible after account merge",
    "closing_notice", True, D,
    "Console auto-resolution warning: resolves in 3 days without a reply in the Support Center; reopen within 14 days.",
    new=f"""Hello,

We haven't heard back from you regarding case {D}. We'll resolve this case automatically if we don't receive a response within the next 3 days.

If your issue is still open, add a reply in the Support Center so we can continue working on it. Resolved cases can be reopened from the Support Center for 14 days.

Amazon Web Services
""" + CONS_FOOT, enc="qp", auth=auth_gmail("amazon.com"))

add("updB", d(3, 24, 2, 0, UTC), TCFROM, ME_P,
    f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "case_update", False, B,
    "Japanese 'forwarded to the specialist team' update with a conditional 〜がございましたら line.",
    new=f"""水野 様

ご返信いただき、ありがとうございます。
いただいた情報をもとに、ケース {B} を認定アカウント担当チームへ引き継ぎました。
確認が取れ次第、改めてご連絡いたします。

ご不明な点がございましたら、お気軽に本メールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", enc="qp", auth=auth_gmail("amazon.com"), irt="replyB", refs=["ackB", "infoB", "closeB"])

add("azure", d(3, 24, 17, 30, UTC), formataddr(("Microsoft Support", "supportmail@microsoft.com")), ME_P,
    "Case 2503180040003921: we're closing your case due to no response", "unrelated", False, None,
    "Another vendor's closing-for-no-response notice ('reply to keep it open').",
    new="""Hello Haruka,

We have tried to reach you regarding support request 2503180040003921 (Azure subscription transfer) but have not received a response. We will archive this case in 24 hours. If you still need help, reply to this email and the case will remain open.

Thank you,
Microsoft Support
""", enc="qp", domain="microsoft.com", auth=auth_gmail("microsoft.com"))

add("resD", d(3, 25, 4, 10, UTC), CONS, ME_P, f"RE:[CASE {D}] Exam benefit voucher not visible after account merge",
    "resolved", False, D,
    "Console resolution: voucher restored; feedback footer and 'reopen via Support Center' - not asks.",
    new=f"""Hello,

Thanks for the details you added in the Support Center. I've restored the 50% exam discount from your AWS Certified Solutions Architect - Associate certification; it is now listed under Benefits on the account with Candidate ID {ID_P}, valid until November 30, 2025.

I've marked this case as resolved. Should you need anything else, you can reopen it from the Support Center.

Best regards,
Omar K.
Amazon Web Services
""" + CONS_FOOT + "\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n",
    enc="b64", auth=auth_gmail("amazon.com"))

add("survD", d(3, 25, 18, 0), CONS, ME_P, f"Amazon Web Services: Please rate your support experience (Case {D})",
    "survey", False, D,
    "Console survey mail, HTML-only with stars, same sender as the case.",
    html_new=f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your support case <b>{D}</b> has been resolved. How would you rate your overall experience?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={D}&r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={D}&r=1">&#9733;</a></p>
<p>Your feedback helps us improve AWS Support.</p>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""",
    html_only=True, enc="qp", auth=auth_gmail("amazon.com"))

confB_text = f"""Hello Haruka,

My name is Aisling, I'm taking over case {B} from my colleague Sato.

Both certification accounts below are registered with the same login email:

  Account #1 - Candidate ID {ID_P}
     Login email: {ME_P}
     Certifications: AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate
  Account #2 - Candidate ID {ID_DUP}
     Login email: {ME_P}
     Certifications: none

We would keep Account #1 and fold Account #2 into it. After that, Credly will receive your badges from Account #1 only.

Could you confirm that this is what you want? A short "confirmed" is enough.

Kind regards,
Aisling D.
AWS Training and Certification
"""
add("confB", d(3, 26, 1, 30, UTC), TCFROM, ME_P,
    f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "confirmation_request", True, B,
    "English confirmation on a case that was Japanese so far; new agent; both accounts share one login email.",
    new=confB_text, html_new="<html><body><pre style=\"font-family:Arial\">" + htmlmod.escape(confB_text) + "</pre></body></html>",
    enc="qp", crlf=True, auth=auth_gmail("amazon.com"), irt="updB", refs=["ackB", "infoB"])

add("replyB2", d(3, 26, 12, 15), me_p(), TC,
    f"Re: RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "user_reply", False, B,
    "Short mixed-language confirmation; quotes the listing (candidate IDs only in quote).",
    new="""Confirmed. Please keep Account #1.
よろしくお願いいたします。

Haruka
""", quoted=f"\nOn Wed, Mar 26, 2025 at 10:30 AM Amazon Web Services <{TC}> wrote:\n" + q(f"""  Account #1 - Candidate ID {ID_P}
  Account #2 - Candidate ID {ID_DUP}
Could you confirm that this is what you want? A short "confirmed" is enough."""),
    irt="confB", refs=["ackB", "updB"], enc="8bit", domain="mail.gmail.com")

add("resB", d(3, 27, 0, 45, UTC), TCFROM, ME_P,
    f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance", "resolved", False, B,
    "Japanese resolution (Shift_JIS) that quotes the English confirmation request underneath.",
    new=f"""水野 様

お待たせいたしました。{ID_DUP} を {ID_P} に統合いたしました。
Credly へのバッジ反映には最大で 24 時間ほどかかる場合がございます。

本件はこれにて解決とさせていただきます。
その他ご質問がございましたら、お気軽にお問い合わせください。

Aisling D.
AWS トレーニングと認定
""", quoted="\n-----Original Message-----\n" + f"""Both certification accounts below are registered with the same login email:
  Account #1 - Candidate ID {ID_P}
  Account #2 - Candidate ID {ID_DUP}
Could you confirm that this is what you want? A short "confirmed" is enough.
""", charset="shift_jis", enc="b64", hcharset="iso-2022-jp", auth=auth_gmail("amazon.com"), irt="replyB2", refs=["ackB", "confB"])

add("badge3", d(3, 27, 1, 10, UTC), formataddr(("Credly", "admin@youracclaim.com")), ME_P,
    "Your badge is waiting: AWS Certified Solutions Architect - Associate", "badge", False, None,
    "Badge mail from the older youracclaim.com sender; 'accept' call to action.",
    new="""Hello Haruka,

Amazon Web Services Training and Certification issued you a badge. Claim it now to showcase your achievement:

https://www.credly.com/earner/earned/badge/b2a7e0f4-55c1-4d2e-8e0a-91f3c6d7aa02

If you have questions about this badge, contact the issuer.
""", enc="qp", domain="youracclaim.com", auth=auth_gmail("youracclaim.com"))

add("survB", d(3, 28, 9, 0), formataddr(("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), charset="utf-8"), ME_P,
    f"サポートに関するアンケートのお願い（ケース {B}）", "survey", False, B,
    "Japanese survey with お願い in the subject (sounds like a request).",
    new=f"""このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。

ケース {B} の対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間 1 分）。
https://survey.amazon.com/jp?c={B}

今後のサービス向上に活用させていただきます。
""", enc="b64", auth=auth_gmail("amazon.com"))

add("certready", d(3, 28, 3, 0, UTC), formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Your updated AWS Certification transcript is available", "certification", False, None,
    "Certification program notice (transcript after account changes), two candidate IDs.",
    new=f"""Hello Haruka,

Following recent changes to your AWS Certification Account, your transcript has been regenerated. Your account ID is now {ID_P}; the former ID {ID_DUP} is no longer valid for verification.

Download your transcript and certificates from the Certifications page.

AWS Certification
""", enc="qp", domain="certmetrics.com", auth=auth_gmail("certmetrics.com"))

add("phishJP", d(3, 29, 8, 12), formataddr(("AWS認定サポート", "support@aws-training-jp.support-center.net"), charset="utf-8"), ME_P,
    "【重要】AWS認定アカウント統合の最終確認のお願い", "suspicious", False, None,
    "Japanese phishing mimicking a merge confirmation, with a case-like number and login link.",
    new="""水野 様

AWS 認定アカウントの統合手続き（受付番号 174390112200048）の最終確認が完了しておりません。
下記リンクよりサインインのうえ、ご本人確認を 24 時間以内に完了してください。
https://aws-training-jp.support-center.net/merge/confirm

期限内にご確認いただけない場合、保有資格が失効いたします。

AWS トレーニングと認定 サポートセンター
""", enc="b64", domain="support-center.net",
    auth="mx.google.com;\n       dkim=none;\n       spf=neutral (google.com: 103.151.44.9 is neither permitted nor denied by best guess record for domain of support@aws-training-jp.support-center.net) smtp.mailfrom=support@aws-training-jp.support-center.net")

add("freetier", d(3, 30, 6, 0, UTC), formataddr(("AWS Free Tier", "freetier@costalerts.amazonaws.com")), ME_P,
    "AWS Free Tier limit alert", "unrelated", False, None,
    "AWS usage alert with 'take action' language and a 12-digit account ID.",
    new="""Hello,

Your AWS account 531907264418 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Service: Amazon EC2, 750 Hrs, 85% used.

To avoid charges, review your usage in the Billing console.

Amazon Web Services
""", enc="qp", domain="costalerts.amazonaws.com", auth=auth_gmail("costalerts.amazonaws.com"))

# ---------------- case F ------------------------------------------------------------
add("ackF", d(4, 1, 1, 15, UTC, 33), TCFROM, ME_P, f"[CASE {F}] {TC_SUBJ}",
    "acknowledgement", False, F,
    "Third case: multipart ack with HTML; CRLF; new employer address in the form text.",
    new=f"""Hello,

We have received your request. Case ID: {F}

Our team aims to reply within 24 hours. Please don't create another case for the same question; replying to this e-mail adds information to the existing case.

Request summary
Inquiry type: Certification / Account Merge
Description: I joined Sorabune Inc. today and signed in to Partner Central with h.mizuno@sorabune.co.jp, which created a new certification account ({"AWS70022815"}). I'd like it merged into my personal account {ID_P}.

AWS Training and Certification
""", html_new=f"""<html><body><p>Hello,</p><p>We have received your request. <b>Case ID: {F}</b></p>
<p>Our team aims to reply within 24 hours. Please don't create another case for the same question; replying to this e-mail adds information to the existing case.</p>
<h4>Request summary</h4><p>Inquiry type: Certification / Account Merge<br>Description: I joined Sorabune Inc. today and signed in to Partner Central with h.mizuno@sorabune.co.jp, which created a new certification account (AWS70022815). I'd like it merged into my personal account {ID_P}.</p>
<p>AWS Training and Certification</p></body></html>""", enc="qp", crlf=True, auth=auth_gmail("amazon.com"))

add("recert", d(4, 1, 9, 0, UTC), formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Congratulations on recertifying your AWS Certification!", "certification", False, None,
    "Recertification congratulations.",
    new="""Congratulations, Haruka!

You have successfully recertified your AWS Certified Developer - Associate. Your certification is now valid through April 1, 2028.

Your updated digital badge will be issued through Credly shortly.

AWS Certification
""", enc="8bit", domain="certmetrics.com", auth=auth_gmail("certmetrics.com"))

confF = f"""Hi Haruka,

Thanks for your patience. While looking into case {F} I found three certification accounts connected to you, not two:

Account #1
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}
Candidate ID: {ID_P}

Account #2
Login email: h.mizuno@sorabune.co.jp
Training notification email: h.mizuno@sorabune.co.jp
Certification notification email: h.mizuno@sorabune.co.jp
Candidate ID: AWS70022815

Account #3
Login email: haruka.m@outlook.jp
Training notification email: haruka.m@outlook.jp
Certification notification email: (none)
Candidate ID: {ID_OLD}

Please tell us which account you want to keep, and confirm that all three belong to you.

Regards,
Tomasz W.
AWS Training and Certification
"""
add("confF", d(4, 2, 2, 0, UTC), TCFROM, ME_P, f"RE:[CASE {F}] {TC_SUBJ}",
    "confirmation_request", True, F,
    "Classic Account #1/#2/#3 listing; asks which to keep and to confirm ownership; support found an extra account.",
    new=confF, enc="qp", auth=auth_gmail("amazon.com"), irt="ackF")

add("replyF1", d(4, 2, 19, 40), me_p(), TC, f"Re: RE:[CASE {F}] {TC_SUBJ}",
    "user_reply", False, F,
    "Owner answers only half of the question (keep #1), silent on #3.",
    new="""Hi Tomasz,

Please keep Account #1 and merge the Sorabune one into it.

Thanks,
Haruka
""", quoted=f"\nOn Wed, Apr 2, 2025 at 11:00 AM Amazon Web Services <{TC}> wrote:\n" + q(confF),
    irt="confF", refs=["ackF"], enc="8bit", domain="mail.gmail.com")

add("conf2F", d(4, 3, 0, 30, UTC), TCFROM, ME_P, f"RE:[CASE {F}] {TC_SUBJ}",
    "confirmation_request", True, F,
    "Second, terse confirmation after a partial answer: only asks about Account #3; no 'please', irreversible-merge warning.",
    new=f"""Hi Haruka,

Noted: Account #1 stays. Before I go ahead - Account #3 (haruka.m@outlook.jp, {ID_OLD}) - is that one yours too, and should it be merged into #1 as well? A merge can't be undone afterwards.

Tomasz
""", enc="8bit", auth=auth_gmail("amazon.com"), irt="replyF1", refs=["ackF", "confF"])

add("dependabot", d(4, 3, 2, 0, UTC), formataddr(("dependabot[bot]", "notifications@github.com")), ME_P,
    "[hmizuno/dotfiles] Bump requests from 2.31.0 to 2.32.3 (PR #221)", "unrelated", False, None,
    "GitHub PR notification; 'merge' and 'please review' vocabulary.",
    new="""Bumps requests from 2.31.0 to 2.32.3.

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself. You can also trigger a rebase manually by commenting @dependabot rebase.

Please review and merge when ready.

--
You can view, comment on, or merge this pull request online at:
  https://github.com/hmizuno/dotfiles/pull/221
""", enc="qp", domain="github.com", auth=auth_gmail("github.com"))

add("replyF2", d(4, 3, 12, 5), me_p(), TC, f"RE: RE:[CASE {F}] {TC_SUBJ}",
    "user_reply", False, F,
    "Owner confirms #3; Outlook-style reply from the personal address with a long signature.",
    new=f"""Yes - Account #3 is mine as well (an old Amazon-login account from 2019, {ID_OLD}). Please merge both #2 and #3 into #1.

Haruka Mizuno
Cloud Engineer
--
Sent from Outlook for iOS
""", quoted=f"""
________________________________
From: Amazon Web Services <{TC}>
Sent: Thursday, April 3, 2025 9:30:12 AM
To: {ME_P} <{ME_P}>
Subject: RE:[CASE {F}] {TC_SUBJ}

Noted: Account #1 stays. Before I go ahead - Account #3 (haruka.m@outlook.jp, {ID_OLD}) - is that one yours too, and should it be merged into #1 as well? A merge can't be undone afterwards.
""", irt="conf2F", refs=["ackF", "confF", "replyF1"], enc="qp", crlf=True, domain="mail.gmail.com")

add("holdF", d(4, 4, 3, 0, UTC), TCFROM, ME_P, f"RE:[CASE {F}] {TC_SUBJ}",
    "on_hold", False, F,
    "Partner hold at the new employer; the partner admin must approve; nothing needed from her; conditional offer.",
    new=f"""Hello Haruka,

Thank you for confirming. Account #2 was created through Sorabune Inc.'s AWS Partner Network sign-in, so it is linked to their partner organization. I've sent an approval request to Sorabune's partner administrator and put case {F} on hold until they respond.

You don't need to do anything while we wait. Should you want to speed things up, you could mention the request to your partner administrator, but that is optional.

Regards,
Tomasz W.
""", enc="qp", auth=auth_gmail("amazon.com"), irt="replyF2", refs=["ackF", "confF"])

add("itnew", d(4, 5, 10, 0), formataddr(("Sorabune IT", "it@sorabune.co.jp")), ME_P,
    "Your Sorabune account is ready - action required", "unrelated", False, None,
    "New employer IT onboarding with 'action required' in the subject.",
    new="""Hi Haruka,

Your Sorabune Google Workspace account h.mizuno@sorabune.co.jp is ready. Action required: set up 2-step verification within 7 days.

Sorabune IT
""", enc="8bit", domain="sorabune.co.jp", auth=auth_gmail("sorabune.co.jp"))

add("liftF", d(4, 7, 1, 20, UTC), TCFROM, ME_P, f"RE:[CASE {F}] {TC_SUBJ}",
    "case_update", False, F,
    "Hold lifted, merge scheduled - ends with 'I'll confirm once it's complete' (future, not a question).",
    new=f"""Hi Haruka,

Sorabune's partner administrator approved the request this morning, so case {F} is off hold. I've queued the merge of Accounts #2 and #3 into Account #1 and will confirm once it's complete. Your certifications stay shared with Sorabune's partner profile.

Tomasz
""", enc="8bit", auth=auth_gmail("amazon.com"), irt="holdF", refs=["ackF", "confF"])

add("resF", d(4, 8, 2, 5, UTC), TCFROM, ME_P, f"RE:[CASE {F}] {TC_SUBJ}",
    "resolved", False, F,
    "Completion that quotes the original three-account confirmation request (including 'Please tell us which account...').",
    new=f"""Hello Haruka,

I have successfully merged all three accounts. Everything is now under Account #1 ({ID_P}); AWS70022815 and {ID_OLD} are closed. Sign in with {ME_P} to see the combined exam history.

This case is now resolved.

Tomasz W.
AWS Training and Certification
""", quoted=f"\n\nOn 2025-04-02 02:00 UTC, Amazon Web Services wrote:\n" + q(confF),
    enc="b64", auth=auth_gmail("amazon.com"), irt="liftF", refs=["ackF", "confF", "conf2F"])

add("badge4", d(4, 8, 4, 0, UTC), CREDLY, ME_P,
    "Your AWS Certified Developer - Associate badge has been updated", "badge", False, None,
    "Credly update after recertification; 'review' call to action.",
    html_new="""<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification updated your badge <b>AWS Certified Developer - Associate</b>. The new expiration date is April 1, 2028.</p>
<p><a href="https://www.credly.com/badges/7d31f0a8-0b4c-4f0e-b55d-3e1c9a2f6b90">Review your badge</a></p></body></html>""",
    enc="qp", domain="credly.com", auth=auth_gmail("credly.com"),
    plain_override="Hi Haruka,\n\nAmazon Web Services Training and Certification updated your badge AWS Certified Developer - Associate. The new expiration date is April 1, 2028.\n\nReview your badge: https://www.credly.com/badges/7d31f0a8-0b4c-4f0e-b55d-3e1c9a2f6b90\n")

add("survF", d(4, 9, 1, 0, UTC), formataddr(("AWS Training and Certification", "aws-cs-survey@amazon.com")), ME_P,
    f"RE:[CASE {F}] Tell us about your support experience", "survey", False, F,
    "Survey whose subject carries the [CASE] token like a case reply; free-text 'reply to this e-mail' feedback invitation.",
    new=f"""Hello,

We'd appreciate a moment of your time. On a scale of 1 to 5, how satisfied are you with how case {F} was handled?

https://survey.amazon.com/r?c={F}

You can also simply reply to this e-mail with any comments. This survey is optional.

AWS Training and Certification
""", enc="qp", auth=auth_gmail("amazon.com"))

add("phishPV", d(4, 10, 7, 30), formataddr(("Pearson VUE", "noreply@pearsonvue-candidates.com")), ME_P,
    "Action needed: pay reschedule fee for your AWS exam", "suspicious", False, None,
    "Exam-vendor lookalike (pearsonvue-candidates.com) with a payment link, references the real upcoming exam.",
    new="""Dear Candidate,

Your AWS Certified Solutions Architect - Professional exam on April 19 requires a reschedule fee of USD 45 due to a system migration. Pay within 24 hours to keep your appointment:

https://pearsonvue-candidates.com/pay?reg=482907316

Pearson VUE Candidate Services
""", enc="qp", domain="pearsonvue-candidates.com",
    auth="mx.google.com;\n       dkim=pass header.i=@pearsonvue-candidates.com header.s=s1 header.b=Tt9bLwq2;\n       spf=pass (google.com: domain of noreply@pearsonvue-candidates.com designates 80.66.88.21 as permitted sender) smtp.mailfrom=noreply@pearsonvue-candidates.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=pearsonvue-candidates.com")

add("sbrenew", d(4, 10, 9, 0), formataddr(("AWS Skill Builder", "no-reply@aws.training")), ME_P,
    "Your AWS Skill Builder subscription has renewed", "unrelated", False, None,
    "Skill Builder renewal notice (arrives late, mentions cancelling) - AWS training mail but not a case.",
    new="""Hi Haruka,

This is a reminder that your AWS Skill Builder Individual subscription renewed on April 8, 2025 for USD 29.00.

If you no longer want the subscription, you can cancel at any time from your account settings.

AWS Training and Certification
""", enc="qp", domain="aws.training", auth=auth_gmail("aws.training"))

add("fwdF", d(4, 11, 11, 0), me_p(), formataddr(("Ryo Tanabe", "r.tanabe@sorabune.co.jp")),
    f"Fwd: RE:[CASE {F}] {TC_SUBJ}", "user_reply", False, F,
    "Owner forwards the resolution to her colleague (partner admin) with a question to him; forwarded text contains case ID and candidate IDs.",
    new=f"""Ryo, FYI - the merge is done. Could you check whether my certifications now show up on Sorabune's Partner Central profile? My candidate ID is {ID_P}.

Haruka
""", quoted=f"""
---------- Forwarded message ---------
From: Amazon Web Services <{TC}>
Date: Tue, Apr 8, 2025 at 11:05 AM
Subject: RE:[CASE {F}] {TC_SUBJ}
To: <{ME_P}>

Hello Haruka,

I have successfully merged all three accounts. Everything is now under Account #1 ({ID_P}); AWS70022815 and {ID_OLD} are closed.

This case is now resolved.
""", enc="8bit", domain="mail.gmail.com")

add("examjp", d(4, 12, 1, 0, UTC), formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "AWS 認定: 試験結果のお知らせ", "certification", False, None,
    "Japanese certification mail (exam result available), ISO-2022-JP, candidate ID.",
    new=f"""水野 遥 様

AWS Certified Solutions Architect - Professional 試験の結果が AWS 認定アカウントに反映されました。
候補 ID: {ID_P}

結果の詳細は、AWS 認定アカウントの「試験履歴」からご確認ください。

AWS 認定
""", charset="iso-2022-jp", enc=None, domain="certmetrics.com", auth=auth_gmail("certmetrics.com"))


# ------------------------------------------------------------------ write
def main():
    prev = None
    for m in MESSAGES:
        if prev is not None and m["date"] < prev:
            raise SystemExit(f"arrival order broken at {m['key']}")
        prev = m["date"]
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MESSAGES, 1):
        with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    cnt = Counter(m["label"]["kind"] for m in MESSAGES)
    for k, v in sorted(cnt.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MESSAGES)}")
    print(f"{'needs_reply':22s} {sum(m['label']['needs_reply'] for m in MESSAGES)}")
    write_readme(cnt)


README_HEAD = f"""me: {ME_P} {ME_C}

# blind-192: a blind corpus of AWS Training and Certification support-case mail

Generated by `python3 gen.py` (standard library only). One mailbox that receives both the owner's
personal Gmail address and, until it is shut down on 2025-03-14, her company address
(Kitakaze Systems). Messages are numbered in arrival order (Date header order).

## Cases in the set
| case | format | topic | outcome |
|---|---|---|---|
| {A} | 15 digits, T&C form | merge company account (APN partner) into personal account | partner hold -> question -> hold lifted -> confirmation -> reply from the WRONG address -> request to reply from the right one -> closing notice -> confirmation -> merged (completion without [CASE] token) -> reopened for a missing exam -> info request -> record fixed |
| {C} | 15 digits, T&C form (Japanese ack) | duplicate form sent from the company address | owner asks to close it; support closes it as a duplicate of {A} |
| {B} | 15 digits, T&C form, Japanese | two certification accounts with the same e-mail, Credly badges missing | Japanese info request -> Japanese closing notice -> reply -> passed to team -> English confirmation -> Japanese resolution |
| {D} | 11 digits, AWS Support Center (console) case | 50% exam voucher missing after the merge | console info request (answer only in Support Center) -> auto-resolve warning -> voucher restored -> console survey |
| {F} | 15 digits, T&C form | account created by new employer's Partner Central SSO plus an old forgotten account | three-account confirmation -> partial answer -> second confirmation -> partner hold at new employer -> lifted -> merged |

Not AWS T&C cases (label `case: null`, kind `unrelated`): an AWS Educate form case 174225801900412,
a Pearson VUE case 07781234, a Microsoft support request, a Zendesk request #481223.

## Labelling decisions (judgement calls)
- `case` is set only for mail that belongs to a real AWS Training and Certification case (including the
  owner's own replies, notes and forwards about it, and the surveys about it). Other vendors' cases, the
  AWS Educate case, bounces and phishing get `case: null`, even when they print a case-like number
  or (the DMARC-failing spoof) the real case number of {A}.
- The acknowledgement's echo of the submitted form counts as the message's own text, so candidate IDs in
  that echo are listed. Candidate IDs that appear only in quoted history, or in a forwarded block, are
  not listed. Forwarded text under "---------- Forwarded message" counts as quoted. Each ID is listed
  once, at its first appearance (repeats are dropped).
- Messages that mention a second case number (the duplicate-closure on {C} names {A}; the console ack
  {D} cites {A}) are labelled with the case they belong to (subject / thread), not the one mentioned.
- The owner's reply to the token-less completion (no case number anywhere, only In-Reply-To) is still
  case {A}.
- Own mail (`user_reply`) never needs a reply, even the forward that asks a colleague a question, and
  the owner's note to herself.
- The hold that buries a question (is she still employed, last day) is kind `on_hold` with
  `needs_reply: true`; the later pure hold notices are `needs_reply: false`.
- The request to send the confirmation again from the personal address is `info_request` (writing from
  another address), not `confirmation_request`, even though the thing to send is a confirmation.
- Support asking which notification address to keep (during the hold) is `info_request`.
- The second, narrower question in case {F} ("is Account #3 yours too, merge it as well?") is a
  `confirmation_request`: it is about ownership/merge go-ahead.
- The console closing warning for {D} is `closing_notice` with `needs_reply: true` even though the
  reply must go through the Support Center and not by e-mail; likewise the console info request.
- The system's "your reply was added to the case" auto-message is `acknowledgement` (receipt, nothing
  asked).
- "Duplicate case closed and linked" is `case_update` on the duplicate case ({C}), not `resolved`:
  nothing was done for the request on that case.
- The records-fix mail after the reopened case ({A}) is `resolved`; the reopen itself is `case_update`.
- "AWS Certification wants to hear from you" (CertMetrics exam-experience questionnaire) is
  `certification`, not `survey`: it is not about a support case.
- The survey whose subject imitates a case reply (`RE:[CASE {F}] ...`) and says "you can also simply
  reply" stays `survey`, `needs_reply: false`.
- AWS billing, Free Tier alert, marketing, Skill Builder receipts/renewals, Builder ID codes: `unrelated`.
- The spoof from the genuine T&C sender address is `suspicious` because DKIM and DMARC fail in the
  receiving server's Authentication-Results (and it has a foreign Reply-To and asks for card data).
  The lookalike-domain mails pass their own DKIM/DMARC; they are suspicious because of the domain.

## Messages
| # | kind | reply? | what it is / what makes it hard |
|---|---|---|---|
"""


def write_readme(cnt):
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        lab = m["label"]
        rows.append(f"| {i:03d} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | "
                    f"{m['note'].replace('|', '/')} |")
    summary = "\n## Counts\n" + "\n".join(f"- {k}: {v}" for k, v in sorted(cnt.items())) + \
        f"\n- total: {len(MESSAGES)}; needs_reply true: {sum(m['label']['needs_reply'] for m in MESSAGES)}\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n" + summary)


if __name__ == "__main__":
    main()
