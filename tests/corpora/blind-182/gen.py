#!/usr/bin/env python3
"""Generate the blind-182 mailbox: .eml + .json label per message, and README.md.
Standard library only. Run: python3 gen.py (writes next to this script)."""
import base64, hashlib, io, json, os, quopri, re, collections
from email.message import Message
from email.generator import BytesGenerator
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-7))

ME_NAME = "Haruka Ishida"
ME_P = "haruka.ishida.mk@gmail.com"
ME_C = "h-ishida@kairo-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("Amazon Web Services Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))

CASE_A = "176104722900318"   # main merge, English, APN hold
CASE_B = "176105130400927"   # duplicate of A, opened from the company address
CASE_C = "13207718452"       # Japanese case: Partner Central SSO account, APN hold
CASE_D = "8841207733"        # Support Center (console) case: missing voucher after merge
CASE_E = "176180342400611"   # name correction on certificate, closing notice

SUBJ_A = f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_E = f"[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification"

ID_CO = "AWS04418273"    # company certification account
ID_PE = "AWS07730154"    # personal certification account
ID_SSO = "AWS02196538"   # account created through Partner Central SSO

MSGS = []
MIDS = {}


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def leaf(body, subtype, cs, cte):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{cs}"'
    m["Content-Transfer-Encoding"] = cte
    raw = body.encode(cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def auth_gmail(domain, ok=True, dmarc_ok=None, selector="s1"):
    if dmarc_ok is None:
        dmarc_ok = ok
    d = "pass" if ok else "fail"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qx7pLm2a;\n"
            "       spf=%s (google.com: domain of bounces@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (d, domain, selector, "pass" if ok else "softfail", domain, 20 + len(domain), domain,
               "pass" if dmarc_ok else "fail", "NONE" if dmarc_ok else "QUARANTINE", domain))


def auth_corp(domain, ok=True):
    d = "pass" if ok else "fail"
    return (f"mx1.kairo-sys.co.jp; spf={d} smtp.mailfrom={domain}; dkim={d} header.d={domain}; "
            f"dmarc={d} header.from={domain}")


def add(key, kind, needs, case, cands, *, frm, to, subject, date, text=None, html=None,
        cs="utf-8", cte="quoted-printable", hcs=None, irt=None, cc=None, auth=None, crlf=False,
        extra=None, note="", html_cte=None, reply_to=None):
    n = len(MSGS) + 1
    if text is not None and html is not None:
        m = Message()
        m["Content-Type"] = 'multipart/alternative; boundary="----=_Part_%s"' % hashlib.md5(key.encode()).hexdigest()[:18]
        m.attach(leaf(text, "plain", cs, cte))
        m.attach(leaf(html, "html", cs, html_cte or cte))
    elif html is not None:
        m = leaf(html, "html", cs, html_cte or cte)
    else:
        m = leaf(text, "plain", cs, cte)
    top = Message()
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    tag = hashlib.sha1(("blind182/" + key).encode()).hexdigest()
    mid = "<%s.%s@%s>" % (tag[:16].upper() if "amazon" in dom else tag[:20], date.strftime("%Y%m%d%H%M%S"),
                                "mail.gmail.com" if dom == "gmail.com" else dom)
    MIDS[key] = mid
    if auth:
        top["Received"] = ("from %s (%s) by %s with ESMTPS id %s; %s" % (
            "a8-31.smtp-out.amazonses.com" if "amazon" in dom else "mail." + dom,
            "54.240.8.31" if "amazon" in dom else "203.0.113.%d" % (n + 10),
            "mx.google.com" if auth.startswith("mx.google") else "mx1.kairo-sys.co.jp",
            "x%05d" % (n * 7919 % 99991), format_datetime(date.astimezone(UTC))))
        top["Authentication-Results"] = auth
    top["Message-ID"] = mid
    top["Date"] = format_datetime(date)
    top["From"] = frm
    if reply_to:
        top["Reply-To"] = reply_to
    top["To"] = to
    if cc:
        top["Cc"] = cc
    top["Subject"] = hdr(subject, hcs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"))
    if irt:
        chain = [MIDS[k] for k in irt]
        top["In-Reply-To"] = chain[-1]
        top["References"] = " ".join(chain)
    for k, v in (extra or []):
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in m.items():
        top[k] = v
    if m.is_multipart():
        top.set_payload(m.get_payload())
    else:
        top.set_payload(m.get_payload())
    MSGS.append(dict(n=n, key=key, msg=top, crlf=crlf,
                     label={"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands},
                     note=note, subject=subject))
    # sanity: every candidate id must occur in the message text
    body = (text or "") + (html or "")
    for c in cands:
        assert c in body, (n, c)


def d(y, mo, da, h, mi, tz=JST):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


# ---------------------------------------------------------------- signatures / boilerplate
TC_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the links below.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOT = """
To see all of the details of this case or to add a correspondence, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.*

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""

ME_SIG = "\n--\nHaruka Ishida\n"
ME_SIG_JA = "\n--\n石田 遥\n"

# =============================================================== messages (arrival order)

add("gh1", "unrelated", False, None, [],
    frm=addr("Tomas Vidal", "notifications@github.com"), to=formataddr(("", ME_P)),
    subject="Re: [hishida/tf-landing-zone] Split account factory module (PR #41)",
    date=d(2025, 10, 20, 8, 12), cte="7bit",
    auth=auth_gmail("github.com"),
    extra=[("List-ID", "hishida/tf-landing-zone <tf-landing-zone.hishida.github.com>"),
           ("X-GitHub-Reason", "author")],
    text="""Merged #41 into main.

Nice cleanup, the per-OU variables are much easier to read now. I'll cut v0.9.0 tonight.

--
Reply to this email directly, view it on GitHub:
https://github.com/hishida/tf-landing-zone/pull/41#event-15520331
You are receiving this because you authored the thread.
""",
    note="GitHub 'merged' notification; the word merge in a non-AWS context.")

add("farewell", "unrelated", False, None, [],
    frm=addr("中川 真由", "m-nakagawa@kairo-sys.co.jp"), to=addr("石田 遥", ME_C),
    cc="infra-team@kairo-sys.co.jp",
    subject="石田さん送別ランチの件", date=d(2025, 10, 20, 10, 3), cs="iso-2022-jp", cte="7bit",
    auth=auth_corp("kairo-sys.co.jp"),
    text="""石田さん

お疲れさまです、中川です。
今月末でご退職と伺いましたので、チームで送別ランチを企画しています。
10/29(水)か10/30(木)のどちらかで調整中です。ご都合を教えてください。

中川
""",
    note="Former-employer colleague, Japanese ISO-2022-JP; mentions the owner's last day of work but is not support.")

add("note_self", "user_reply", False, None, [ID_CO, ID_PE],
    frm=addr("Haruka Ishida", ME_C), to=formataddr(("", ME_P)),
    subject="memo: cert account before leaving", date=d(2025, 10, 20, 18, 40), cte="7bit",
    text=f"""Note to self before I lose this mailbox.

Company cert account: {ID_CO}  (login = this address, shared with Kairo Partner Central)
Personal cert account: {ID_PE}  (Builder ID, gmail)

Active certs: SAA-C03 (exp 2027-03), DVA-C02 (exp 2026-11), ANS-C01 (exp 2027-06)
Benefits: 50% exam voucher (unused), SME program invite
Certificates downloaded to Drive > career > aws.

Plan: file the merge form tomorrow from gmail, keep personal account.
""",
    note="Owner's own memo forwarded to herself; candidate IDs in her own text, no case yet.")

add("builderid", "unrelated", False, None, [],
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", date=d(2025, 10, 21, 9, 2), cte="quoted-printable",
    auth=auth_gmail("signin.aws"),
    text="""Hello,

To finish verifying your email address for AWS Builder ID, enter this code:

    482915

The code expires in 10 minutes. If you did not try to create or sign in to an AWS Builder ID, you can ignore this message.

Thanks,
AWS Builder ID
""",
    note="One-time code (6 digits) that must not be read as a case number.")

ACK_A_TEXT = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_A} to address your inquiry.

The details of your case are as follows:

Case ID: {CASE_A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Inquiry type: Certification
Additional details: Account Merge

Use case: I am leaving Kairo Systems at the end of this month and want to keep my certifications on my personal account.
All email addresses used: h-ishida@kairo-sys.co.jp, haruka.ishida.mk@gmail.com
Email address to keep: haruka.ishida.mk@gmail.com
Candidate IDs: {ID_CO} (company), {ID_PE} (personal)

We aim to respond within 24 hours, although some requests take longer to research. To avoid delays, please don't create a new case for the same request; you can update this one by replying to this message.

Best regards,
Amazon Web Services
"""
add("ack_a", "acknowledgement", False, CASE_A, [ID_CO, ID_PE],
    frm=TC_FROM, to=ME_P, subject=SUBJ_A, date=d(2025, 10, 21, 9, 31), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), text=ACK_A_TEXT,
    note="Acknowledgement echoing the form; candidate IDs are in the echoed form text, which is the message's own text (not '>' quoted).")

add("ack_b", "acknowledgement", False, CASE_B, [],
    frm=TC_FROM, to=ME_C, subject=SUBJ_B, date=d(2025, 10, 21, 10, 44), cte="base64",
    auth=auth_corp("amazon.com"),
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. We have opened case <b>{CASE_B}</b> for your request.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Case ID</td><td>{CASE_B}</td></tr>
<tr><td>Inquiry type</td><td>Certification / Account Merge</td></tr>
<tr><td>Contact email</td><td>h-ishida@kairo-sys.co.jp</td></tr>
</table>
<p>Our team normally replies within one business day. Opening more than one case for the same issue can slow things down, so please keep all correspondence on this case.</p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>""",
    note="HTML-only base64 ack of a second (duplicate) form the owner submitted from her company address.")

add("billing", "unrelated", False, None, [],
    frm=addr("Amazon Web Services", "aws-billing@email.amazon.com"), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 318840276612]",
    date=d(2025, 10, 21, 16, 5), cte="7bit", auth=auth_gmail("email.amazon.com"),
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6612, is available on the AWS web site. Your account will be charged the following:

Total: $4.18

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""",
    note="Real AWS mail but billing; 12-digit account ID is not a case.")

INFO_A = f"""Hi Haruka,

Thanks for your patience. I'm Rohan from AWS Training and Certification and I'll be looking after this request.

I had a look at both certification accounts. The company account ({ID_CO}) was created through Kairo Systems' AWS Partner Network membership, so it carries the partner's association. That is expected and does not block anything on its own, but our merge process for partner-linked accounts needs one detail from you first.

What is (or will be) your final day of employment at Kairo Systems? A date is enough, for example "31 October 2025". If you have already left, the date you left works too.

As soon as I have that, I'll continue with the merge review.

Kind regards,
Rohan P.
AWS Training and Certification Customer Service
"""
add("info_a", "info_request", True, CASE_A, [ID_CO],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 10, 22, 8, 17), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_a"], text=INFO_A + TC_FOOT,
    note="Employment-date request that mentions APN but is NOT a hold: nothing is paused for a third party, support waits for the owner.")

add("dup_b", "case_update", False, CASE_B, [],
    frm=TC_FROM, to=ME_C, subject="RE:" + SUBJ_B, date=d(2025, 10, 22, 9, 2), cte="7bit",
    auth=auth_corp("amazon.com"), irt=["ack_b"],
    text=f"""Hello,

We noticed this request is the same as case {CASE_A}, which is already being handled for you. To keep everything in one place, we have closed this case and linked it to {CASE_A}. Your request is still being worked on there.

Regards,
Emma L.
AWS Training and Certification
""",
    note="Duplicate case closed and linked; 'closed' wording but the request is not done, and no reply is needed.")

REPLY_A1 = """Hi Rohan,

My last working day at Kairo Systems is 31 October 2025. After that the h-ishida@kairo-sys.co.jp mailbox will be switched off, so please use this gmail address.

Thanks,
Haruka
"""
add("rep_a1", "user_reply", False, CASE_A, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE:" + SUBJ_A, date=d(2025, 10, 22, 12, 48), cte="quoted-printable",
    irt=["ack_a", "info_a"],
    text=REPLY_A1 + "\nOn Wed, Oct 22, 2025 at 8:17 AM Amazon Web Services Training and Certification <" + TC + "> wrote:\n" + q(INFO_A),
    note="Owner answers the employment-date question, Gmail quoting under the answer.")

add("pvue", "unrelated", False, None, [],
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
    subject="Appointment reminder: AWS Certified Security - Specialty", date=d(2025, 10, 22, 19, 30),
    cte="quoted-printable", auth=auth_gmail("pearson.com"),
    text="""Dear Haruka Ishida,

This is a reminder of your upcoming exam.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 482207731
Date: Saturday, November 15, 2025, 10:00 JST
Delivery: OnVUE online proctored

Please run the system test before exam day. If you need to reschedule, do so at least 24 hours before your appointment.

Pearson VUE
""",
    note="Exam vendor reminder; 9-digit registration ID is not a case number.")

ACK_C = f"""石田 遥 様

アマゾン ウェブ サービスへお問い合わせいただきありがとうございます。
お問い合わせを受け付け、ケース {CASE_C} を作成いたしました。

ケース詳細:
ケース ID: {CASE_C}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

お問い合わせ内容:
パートナーセントラルの SSO 経由で作成された認定アカウント({ID_SSO})があり、個人アカウント({ID_PE})へ統合したいです。

担当者より通常 24 時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。同じ内容で別のケースを作成されますと対応が遅れる原因となりますので、ご遠慮ください。

アマゾン ウェブ サービス
"""
add("ack_c", "acknowledgement", False, CASE_C, [ID_SSO, ID_PE],
    frm=TC_FROM, to=ME_P, subject=SUBJ_C, date=d(2025, 10, 23, 11, 20), cs="utf-8", cte="base64",
    auth=auth_gmail("amazon.com"), text=ACK_C,
    note="Japanese acknowledgement (UTF-8 base64) for a second, separate merge request about the SSO-created account.")

add("mkt", "unrelated", False, None, [],
    frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Your re:Invent 2025 agenda: reserve sessions now", date=d(2025, 10, 23, 14, 0),
    cte="quoted-printable", auth=auth_gmail("amazon.com"),
    text="Reserved seating is open",
    html="""<html><body><h2>Reserved seating is open</h2>
<p>Build your re:Invent agenda before popular sessions fill up. Certified attendees can also visit the AWS Certification Lounge.</p>
<p><a href="https://reinvent.awsevents.com/">Reserve now</a></p>
<p style="font-size:10px">Please do not reply to this email. To unsubscribe, click here.</p></body></html>""",
    note="AWS marketing mentioning certification; not a case.")

HOLD_A1_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Haruka,</p>
<p>Thank you for confirming your last day. I wanted to give you a quick status update.</p>
<p>Because the account registered to <b>h-ishida@kairo-sys.co.jp</b> is associated with an AWS Partner Network organization (Kairo Systems K.K.), we're required to notify that partner's administrator before the certification records can move to another account. We have sent that notification, and your case is on hold until the partner responds or the standard notice period passes.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr style="background:#f2f3f3"><th align="left">Item</th><th align="left">Status</th></tr>
<tr><td>Partner notification</td><td>Sent 24 Oct 2025</td></tr>
<tr><td>Merge</td><td>On hold</td></tr>
</table>
<p>One small thing while we wait: would you happen to know whether you still hold the Partner Central administrator role at Kairo yourself? If you do, that changes who we need to hear from, so a one-line answer would help.</p>
<p>Best,<br>Marisol T.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">We value your feedback. Please share your experience by rating this correspondence.</p>
</body></html>"""
add("hold_a1", "on_hold", True, CASE_A, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 10, 24, 7, 55), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_a", "info_a", "rep_a1"], html=HOLD_A1_HTML,
    note="HTML-only APN hold whose only question ('would you happen to know…') sits after the status table; hold + soft question => reply needed.")

add("it_notice", "unrelated", False, None, [],
    frm=addr("Kairo IT Helpdesk", "it-helpdesk@kairo-sys.co.jp"), to=ME_C,
    subject="[Action required] Offboarding: mailbox and SSO deactivation on 31 Oct", date=d(2025, 10, 24, 9, 30),
    cte="quoted-printable", auth=auth_corp("kairo-sys.co.jp"),
    text="""Dear Haruka Ishida,

As part of your offboarding, your mailbox, VPN and SSO access (including AWS Partner Central) will be deactivated at 23:59 JST on 31 October 2025.

Please return your laptop and badge to the IT desk by your final day, and reply to this email with your preferred pickup slot if you are working remotely.

Kairo IT Helpdesk
""",
    note="Former employer's IT with an explicit request and 'Action required' in the subject; not support, so no needs_reply.")

INFO_C = """石田様

AWS トレーニングと認定カスタマーサービスの佐藤です。お問い合わせありがとうございます。

統合元のアカウントは、パートナー企業のパートナーセントラルからシングルサインオンで作成されたものと確認しました。統合手続きを進めるにあたり、当該企業での在籍期間を確認させてください。

・入社日
・退職日(退職予定の場合は予定日)

上記2点を本メールにご返信ください。確認でき次第、手続きを進めます。

佐藤
AWS トレーニングと認定
"""
add("info_c", "info_request", True, CASE_C, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 10, 24, 13, 10), cs="iso-2022-jp", cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_c"], text=INFO_C,
    note="Japanese employment-dates request in plain ください form (ISO-2022-JP); a request, not a hold.")

REPLY_A2 = """Hi Marisol,

No, I'm not a Partner Central admin. The alliance lead at Kairo is Kenji Morita (k-morita@kairo-sys.co.jp); he manages the partner users.

Haruka
"""
add("rep_a2", "user_reply", False, CASE_A, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE:" + SUBJ_A, date=d(2025, 10, 25, 8, 2), cte="7bit",
    irt=["ack_a", "info_a", "rep_a1", "hold_a1"],
    text=REPLY_A2 + "\nOn Fri, Oct 24, 2025 at 7:55 AM Amazon Web Services Training and Certification <" + TC + "> wrote:\n"
    + q("Hello Haruka,\n\nThank you for confirming your last day. I wanted to give you a quick status update.\n\n[...]\n\nOne small thing while we wait: would you happen to know whether you still hold the Partner Central administrator role at Kairo yourself?"),
    note="Owner answers the soft question in the hold.")

REPLY_C1 = """佐藤様

お世話になっております。石田です。
在籍期間は以下のとおりです。

・入社日: 2019年4月1日
・退職日: 2025年10月31日(予定)

よろしくお願いいたします。
"""
add("rep_c1", "user_reply", False, CASE_C, [],
    frm=addr("石田 遥", ME_P), to=TC, subject="Re: RE: " + SUBJ_C, date=d(2025, 10, 25, 9, 15), cte="base64",
    irt=["ack_c", "info_c"],
    text=REPLY_C1 + ME_SIG_JA + "\n2025年10月24日(金) 13:10 Amazon Web Services Training and Certification <" + TC + ">:\n" + q(INFO_C),
    note="Owner's Japanese reply with dates; Gmail Japanese quote header.")

add("sb_receipt", "unrelated", False, None, [],
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder subscription receipt", date=d(2025, 10, 25, 10, 41), cte="quoted-printable",
    auth=auth_gmail("aws.training"),
    text="""Thanks for subscribing to AWS Skill Builder Individual.

Order number: SB-20251025-77310
Plan: Individual, monthly
Amount: USD 29.00
Next renewal: 25 November 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""",
    note="Skill Builder receipt from aws.training, signed 'AWS Training and Certification'; not a case.")

HOLD_C1 = """石田 遥 様

いつもお世話になっております。AWS トレーニングと認定の佐藤でございます。
在籍期間のご連絡をいただき、誠にありがとうございました。

ご登録の統合元アカウントは、AWS パートナーネットワーク(APN)参加企業である株式会社カイロシステムズ様の組織に紐づいております。そのため、弊社よりパートナー企業の管理者様へ確認のご連絡を差し上げており、管理者様からのご回答をいただくまで、本件は一時保留とさせていただいております。

なお、手続きの参考とさせていただきたく、差し支えなければ、現在も同社のパートナーセントラルへサインインできる状態かどうか、ご教示いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("hold_c1", "on_hold", True, CASE_C, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 10, 27, 10, 5), cs="iso-2022-jp", cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_c", "info_c", "rep_c1"], text=HOLD_C1,
    note="Japanese keigo APN hold with a softened question (差し支えなければ…ご教示いただけますでしょうか); needs a reply.")

add("newsletter", "unrelated", False, None, [],
    frm=addr("Cloud Native Weekly", "newsletter@cloudnativeweekly.dev"), to=ME_P,
    subject="CNW #212: Karpenter 1.8, EKS auto mode costs, and a merge queue story", date=d(2025, 10, 27, 12, 0),
    cte="quoted-printable", auth=auth_gmail("cloudnativeweekly.dev"),
    extra=[("List-Unsubscribe", "<https://cloudnativeweekly.dev/unsub?u=ab12>")],
    text="This week: Karpenter 1.8 ...",
    html="""<html><body><h1>Cloud Native Weekly #212</h1><ul>
<li>Karpenter 1.8 consolidation changes</li><li>What EKS auto mode really costs</li>
<li>How we moved 400 repos to a merge queue</li><li>Study notes: passing the AWS Security Specialty</li></ul>
<p><a href="https://cloudnativeweekly.dev/unsub?u=ab12">Unsubscribe</a></p></body></html>""",
    note="Newsletter with 'merge' and AWS certification topics.")

FWD_A = """Kenji-san,

FYI, AWS support is waiting on Kairo's Partner Central admin before they can move my certs to my personal account. Could you approve it when their mail reaches you? Thanks!

Haruka

---------- Forwarded message ---------
From: Amazon Web Services Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, Oct 24, 2025 at 7:55 AM
Subject: RE:""" + SUBJ_A + """
To: <haruka.ishida.mk@gmail.com>

Hello Haruka,

Thank you for confirming your last day. I wanted to give you a quick status update.

Because the account registered to h-ishida@kairo-sys.co.jp is associated with an AWS Partner Network organization (Kairo Systems K.K.), we're required to notify that partner's administrator before the certification records can move to another account. We have sent that notification, and your case is on hold until the partner responds or the standard notice period passes.

One small thing while we wait: would you happen to know whether you still hold the Partner Central administrator role at Kairo yourself?

Best,
Marisol T.
AWS Training and Certification
"""
add("fwd_a", "user_reply", False, CASE_A, [],
    frm=addr(ME_NAME, ME_P), to=addr("Kenji Morita", "k-morita@kairo-sys.co.jp"),
    subject="Fwd: RE:" + SUBJ_A, date=d(2025, 10, 27, 13, 22), cte="quoted-printable",
    irt=["hold_a1"], text=FWD_A,
    note="Owner forwards the hold (with its question) to the partner admin; it is her own mail.")

add("ooo_kenji", "unrelated", False, None, [],
    frm=addr("Kenji Morita", "k-morita@kairo-sys.co.jp"), to=addr(ME_NAME, ME_P),
    subject="Automatic reply: Fwd: RE:" + SUBJ_A, date=d(2025, 10, 27, 13, 23), cte="quoted-printable",
    auth=auth_gmail("kairo-sys.co.jp"), irt=["fwd_a"],
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""I am out of the office until 28 October with limited access to email. For partner program matters please contact apn@kairo-sys.co.jp.

10月28日まで不在にしております。パートナー関連のお問い合わせは apn@kairo-sys.co.jp までお願いいたします。
""",
    note="Out-of-office auto-reply carrying the case subject; not support.")

add("phish1", "suspicious", False, None, [],
    frm=addr("AWS Certification Support", "support@aws-certsupport.com"), to=ME_P,
    subject="Action needed: your certification account merge is suspended", date=d(2025, 10, 28, 2, 14),
    cte="base64", auth=auth_gmail("aws-certsupport.com"),
    html="""<html><body><p>Dear Candidate,</p>
<p>Your AWS Certification account merge has been <b>suspended</b> because the partner organisation did not verify your identity.</p>
<p>To avoid losing your certifications and exam benefits, verify your account within 48 hours:</p>
<p><a href="https://aws-certsupport.com/verify?session=8f3a">Verify my certification account</a></p>
<p>Reply to this email with your Builder ID password if the link does not work.</p>
<p>AWS Training &amp; Certification</p></body></html>""",
    note="Lookalike-domain phishing that imitates an APN hold and demands a reply.")

REPLY_C2 = """佐藤様

ご連絡ありがとうございます。
現在もパートナーセントラルにはサインインできますが、管理者権限はありません。10月31日をもってサインインできなくなる予定です。

引き続きよろしくお願いいたします。
石田
"""
add("rep_c2", "user_reply", False, CASE_C, [],
    frm=addr("石田 遥", ME_P), to=TC, subject="Re: RE: " + SUBJ_C, date=d(2025, 10, 28, 8, 50), cs="iso-2022-jp", cte="7bit",
    irt=["ack_c", "info_c", "rep_c1", "hold_c1"],
    text=REPLY_C2 + "\n2025年10月27日(月) 10:05 Amazon Web Services Training and Certification <" + TC + ">:\n" + q(HOLD_C1),
    note="Owner answers the keigo hold question, quoting the hold in full.")

HOLD_A2 = """Hello Haruka,

Quick update on your case: we're still waiting on the AWS Partner Network administrator for Kairo Systems to respond to our notification. There's nothing you need to do at the moment. Your case stays open and we will write again once we hear back or once the notice period ends, whichever comes first.

Thanks for bearing with us,
Dmitri K.
AWS Training and Certification
"""
add("hold_a2", "on_hold", False, CASE_A, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 10, 28, 16, 40), cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_a", "info_a", "rep_a1", "hold_a1", "rep_a2"],
    text=HOLD_A2 + "\n\n-----Original Message-----\nFrom: Haruka Ishida\nSent: Saturday, October 25, 2025 8:02 AM\n\n" + REPLY_A2
    + "\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: Wednesday, October 22, 2025\n\n" + INFO_A,
    note="Hold update asking nothing, over Outlook-style history that still contains the old employment-date question.")

ADMIN_A = f"""Hi Haruka,

Back in the office. I got the AWS notice about your certification account (they quoted support case {CASE_A}). Before I approve the release in Partner Central, can you confirm the personal address you want it moved to? I just want to be sure I'm not releasing it to the wrong place.

Also, congrats on the new job!

Kenji Morita
Alliance Manager, Kairo Systems K.K.
"""
add("admin_a", "unrelated", False, CASE_A, [],
    frm=addr("Kenji Morita", "k-morita@kairo-sys.co.jp"), to=addr(ME_NAME, ME_P),
    subject="Re: Fwd: RE:" + SUBJ_A, date=d(2025, 10, 29, 9, 12), cte="quoted-printable",
    auth=auth_gmail("kairo-sys.co.jp"), irt=["fwd_a"],
    text=ADMIN_A + "\n\nFrom: Haruka Ishida <haruka.ishida.mk@gmail.com>\nSent: Monday, October 27, 2025 1:22 PM\nTo: Kenji Morita\nSubject: Fwd: RE:" + SUBJ_A + "\n\n" + FWD_A,
    note="The partner administrator writes to the owner directly with a question and the case number in the subject; not support, so needs_reply false.")

add("rep_admin", "user_reply", False, CASE_A, [],
    frm=addr(ME_NAME, ME_P), to=addr("Kenji Morita", "k-morita@kairo-sys.co.jp"),
    subject="Re: Fwd: RE:" + SUBJ_A, date=d(2025, 10, 29, 9, 40), cte="7bit", irt=["fwd_a", "admin_a"],
    text="""Thanks Kenji! Yes, haruka.ishida.mk@gmail.com is the one. Much appreciated.

Haruka

On Wed, Oct 29, 2025 at 9:12 AM Kenji Morita <k-morita@kairo-sys.co.jp> wrote:
""" + q(ADMIN_A),
    note="Owner's reply to the partner admin.")

HOLD_C2 = """石田 遥 様

お世話になっております。AWS トレーニングと認定の佐藤でございます。

パートナーセントラルのご利用状況についてご回答いただき、ありがとうございました。
パートナー企業の管理者様には、本日あらためて確認のご連絡を差し上げました。現在も管理者様からのご回答をお待ちしている状況のため、本件は引き続き保留とさせていただいております。

進捗がございましたら、こちらから改めてご連絡いたします。
その間にご不明な点がございましたら、本メールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("hold_c2", "on_hold", False, CASE_C, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 10, 29, 11, 30), cs="shift_jis", cte="base64",
    auth=auth_gmail("amazon.com"), irt=["ack_c", "info_c", "rep_c1", "hold_c1", "rep_c2"], text=HOLD_C2,
    note="Japanese hold update in Shift_JIS; only a conditional invitation (ご不明な点がございましたら), so no reply needed.")

add("cm_expiry", "certification", False, None, [ID_CO],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certified Developer - Associate expires in 12 months", date=d(2025, 10, 29, 18, 0),
    cte="quoted-printable", auth=auth_corp("certmetrics.com"),
    text=f"""Hello Haruka Ishida,

Candidate ID: {ID_CO}

Your AWS Certified Developer - Associate certification will expire on 2026-11-03. To keep your certification active, pass the current version of the exam or a higher-level exam before that date.

Your 50% discount voucher can be found under Benefits in your AWS Certification Account.

AWS Training and Certification
""",
    note="Certification expiry notice to the company address, with a candidate ID; not case mail.")

add("apn_notice", "unrelated", False, None, [],
    frm=addr("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), to=ME_C,
    subject="AWS Partner Central: user role change for Kairo Systems K.K.", date=d(2025, 10, 30, 8, 45),
    cte="quoted-printable", auth=auth_corp("partnercentral.awspartner.com"),
    text="""Hello,

An alliance lead for Kairo Systems K.K. changed your AWS Partner Central user status to "Pending removal". Your certifications will no longer count toward the partner's totals once the removal completes.

No action is needed from you. Questions about this change should go to your organization's Partner Central administrator.

AWS Partner Network
""",
    note="Partner Central system mail about the same APN link, not a support case.")

add("spoof_dmarc", "suspicious", False, None, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 10, 30, 3, 7), cte="quoted-printable",
    auth=auth_gmail("amazon.com", ok=False, dmarc_ok=False),
    reply_to="aws-partner-release@tc-casecenter.net",
    text=f"""Hello,

The AWS Partner Network administrator has released your account. To finish the merge for case {CASE_A} we must re-verify the owner.

Please reply within 24 hours with your AWS Builder ID password and the 6-digit code that will be sent to your phone. Cases without verification are closed automatically.

AWS Training and Certification
""",
    note="Uses the real case subject and number, but DKIM/DMARC fail for amazon.com and Reply-To is foreign: phishing, never a request. Case left null because the mail is not part of the case.")

ACK_E = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_E} for your request.

The details of your case are as follows:
Case ID: {CASE_E}
Inquiry type: Certification
Additional details: Certificate / name correction
Description: My name shows as "Haruka Ishid" on the SAA-C03 certificate. Candidate ID {ID_PE}.

You'll usually hear back from us within 24 hours.

Best regards,
Amazon Web Services
"""
add("ack_e", "acknowledgement", False, CASE_E, [ID_PE],
    frm=TC_FROM, to=ME_P, subject=SUBJ_E, date=d(2025, 10, 30, 21, 3), cte="quoted-printable", crlf=True,
    auth=auth_gmail("amazon.com"), text=ACK_E,
    note="Acknowledgement for a separate certificate-name case; CRLF line endings.")

add("hr_direct", "unrelated", False, None, [],
    frm=addr("Kairo Systems 人事部", "hr@kairo-sys.co.jp"), to=addr("石田 遥", ME_P),
    subject="退職手続き書類の送付および AWS 認定に関するご連絡", date=d(2025, 10, 31, 10, 0), cte="base64",
    auth=auth_gmail("kairo-sys.co.jp"),
    text="""石田 遥 様

人事部の小西です。退職手続きの書類(源泉徴収票・離職票)は11月中旬に郵送いたします。

また、AWS 様より貴殿の認定アカウントについて在籍確認の依頼がございましたので、10月31日付で退職となる旨を当社から回答済みです。こちらについて石田様にご対応いただくことはございません。

長い間お疲れさまでした。

株式会社カイロシステムズ 人事部 小西
""",
    note="Former employer (HR) writes directly about AWS's employment check; informative, no support reply needed.")

HOLD_A3 = """Hi Haruka,

Dmitri again. A short note: the partner side has acknowledged our notification but hasn't completed the release yet, so your case remains paused on their end. We've nudged them today.

If anything on your side changes in the meantime (for example your last day moves), you're welcome to reply here; otherwise you don't need to do anything.

Best,
Dmitri K.
AWS Training and Certification
"""
add("hold_a3", "on_hold", False, CASE_A, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 10, 31, 15, 20), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_a", "info_a", "rep_a1", "hold_a1", "rep_a2", "hold_a2"],
    text=HOLD_A3 + TC_FOOT,
    note="Hold update with a conditional invitation only; no reply needed.")

INFO_E = """Hello Haruka,

Thanks for flagging the typo. Name changes on certification records have to match a government-issued ID, so we need the following before we can correct it:

- your full legal name exactly as it is printed on your ID (Latin characters), and
- the type of ID (passport, driver's license, My Number card...)

Please don't send an image of the ID itself; just type the details into your reply.

Kevin A.
AWS Training and Certification
"""
add("info_e", "info_request", True, CASE_E, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_E, date=d(2025, 10, 31, 22, 41), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_e"], text=INFO_E,
    note="Information request with the ask as a bullet list after 'we need'; no 'please' on the main ask.")

add("newjob", "unrelated", False, None, [],
    frm=addr("Leo Fischer", "leo.fischer@nordpeak.io"), to=addr(ME_NAME, ME_P),
    subject="Welcome aboard + day one logistics", date=d(2025, 11, 1, 10, 15), cte="7bit",
    auth=auth_gmail("nordpeak.io"),
    text="""Hi Haruka,

Looking forward to Monday! Your laptop ships on the 4th; until then please use your personal email for anything urgent. Could you send me your GitHub handle so I can add you to the org?

Also, if you have your AWS certs handy, we'd love to add them to our partner profile once you're set up.

Leo
""",
    note="New employer asks for things (incl. AWS certs); not support.")

add("zendesk", "unrelated", False, None, [],
    frm=addr("Notion Support", "team@makenotion.zendesk.com"), to=ME_P,
    subject="[Notion] Re: Workspace merge request #48213 - Solved", date=d(2025, 11, 1, 14, 2),
    cte="quoted-printable", auth=auth_gmail("makenotion.zendesk.com"),
    text="""Hi Haruka,

Your two workspaces have been merged and the request has been marked as solved. If this case was closed too early, reply within 7 days and it will reopen automatically.

How would you rate the support you received? Good / Bad

Notion Support
""",
    note="Other vendor's merge case solved with survey and reopen wording.")

CONF_A_TEXT = f"""Hello Haruka,

Good news: the AWS Partner Network administrator for Kairo Systems has released the company account, so the hold on your case is lifted and we can go ahead.

Before I merge, please review the two accounts below and reply to confirm which one should remain as your primary account. Everything from the other account (exam history, certifications, benefits) will be moved into it.

Account #1
Login email: haruka.ishida.mk@gmail.com
Training notification email: haruka.ishida.mk@gmail.com
Certification notification email: haruka.ishida.mk@gmail.com
Candidate ID: {ID_PE}

Account #2
Login email: h-ishida@kairo-sys.co.jp
Training notification email: h-ishida@kairo-sys.co.jp
Certification notification email: h-ishida@kairo-sys.co.jp
Candidate ID: {ID_CO}

Can you confirm both accounts belong to you and that we should merge into Account #1?

Thanks,
Rohan P.
AWS Training and Certification
"""
CONF_A_HTML = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in CONF_A_TEXT.strip().split("\n\n")) + "</body></html>"
add("conf_a", "confirmation_request", True, CASE_A, [ID_PE, ID_CO],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 11, 3, 9, 5), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_a", "info_a", "rep_a1", "hold_a1", "rep_a2", "hold_a2", "hold_a3"],
    text=CONF_A_TEXT + TC_FOOT, html=CONF_A_HTML,
    note="Hold lifted in the first sentence, then a merge confirmation; the request decides the kind.")

LIFT_C = """石田 遥 様

お世話になっております。AWS トレーニングと認定の佐藤でございます。

パートナー企業の管理者様より承認のご回答をいただきましたので、本件の保留を解除いたしました。
現在、統合担当チームにて作業を進めております。完了いたしましたら、あらためてご連絡申し上げます。

今しばらくお待ちくださいますよう、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("lift_c", "case_update", False, CASE_C, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 11, 3, 11, 0), cs="iso-2022-jp", cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_c", "info_c", "rep_c1", "hold_c1", "rep_c2", "hold_c2"], text=LIFT_C,
    note="Japanese hold lifted with no new request; 'お待ちください' is a courtesy, not an ask.")

add("rep_a3", "user_reply", False, CASE_A, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE:" + SUBJ_A, date=d(2025, 11, 3, 12, 30), cte="quoted-printable",
    irt=["ack_a", "info_a", "rep_a1", "hold_a1", "rep_a2", "hold_a2", "hold_a3", "conf_a"],
    text="Confirmed, both are mine. Please merge into Account #1 (haruka.ishida.mk@gmail.com).\n\nThanks,\nHaruka\n\n"
    "On Mon, Nov 3, 2025 at 9:05 AM Amazon Web Services Training and Certification <" + TC + "> wrote:\n" + q(CONF_A_TEXT),
    note="Owner confirms; quoted request below.")

add("gh2", "unrelated", False, None, [],
    frm=addr("dependabot[bot]", "notifications@github.com"), to=ME_P,
    subject="Re: [hishida/tf-landing-zone] Bump hashicorp/aws from 5.80.0 to 6.2.0 (PR #44)",
    date=d(2025, 11, 3, 15, 12), cte="7bit", auth=auth_gmail("github.com"),
    text="""Looks like hashicorp/aws is up-to-date now, so this is no longer needed.

You can trigger a rebase of this PR by commenting @dependabot rebase.

Reply to this email directly or view it on GitHub.
""",
    note="GitHub bot mail with a 'you can…' suggestion.")

RES_A = """Hello Haruka,

Thank you for confirming. I have merged all of your accounts into Account #1 (haruka.ishida.mk@gmail.com). Your exam history, active certifications and benefits, including the unused 50% voucher, now appear under that account. It can take a few days for your digital badges and the partner profile to reflect the change.

This completes your request, so I'll mark the case as resolved. No further action is required.

Kind regards,
Rohan P.
AWS Training and Certification
"""
add("res_a", "resolved", False, CASE_A, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_A, date=d(2025, 11, 4, 8, 20), cte="base64",
    auth=auth_gmail("amazon.com"), irt=["ack_a", "conf_a", "rep_a3"],
    text=RES_A + TC_FOOT + "\n----- Original message -----\n" + q(CONF_A_TEXT),
    note="Completion quoting the earlier confirmation request.")

add("credly_a", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification sent you a new badge", date=d(2025, 11, 4, 8, 52),
    cte="quoted-printable", auth=auth_gmail("credly.com"),
    text="You've earned the AWS Certified Advanced Networking - Specialty badge.",
    html="""<html><body><p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Advanced Networking - Specialty</b>.</p>
<p><a href="https://www.credly.com/badges/2f0c7a91-5e3d-4b8a-9c61-0d4e7a2b9f15/accept">Accept your badge</a></p>
<p>Credly, Inc.</p></body></html>""",
    note="Credly badge after the merge; badge UUID is not a case.")

add("closing_e", "closing_notice", True, CASE_E, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_E, date=d(2025, 11, 4, 22, 10), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_e", "info_e"],
    text=f"""Hello,

We haven't received the information requested on case {CASE_E}. If we don't hear from you within 3 business days, this case will be closed. Replying to this email at any time will keep it open.

Best regards,
AWS Training and Certification

> We need the following before we can correct it:
> - your full legal name exactly as it is printed on your ID (Latin characters)
""",
    note="Closing notice over a quoted earlier request.")

SURV_A = f"""Hello,

Your recent case {CASE_A} with AWS Training and Certification was resolved. We'd like to know how we did.

How satisfied were you with the support you received?
https://survey.aws.training/s/cs?case={CASE_A}&r=5  (Very satisfied)
https://survey.aws.training/s/cs?case={CASE_A}&r=1  (Very dissatisfied)

The survey takes about two minutes. Please do not reply to this message.
"""
add("surv_a", "survey", False, CASE_A, [],
    frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="How did we do? Case " + CASE_A, date=d(2025, 11, 5, 9, 0), cte="quoted-printable",
    auth=auth_gmail("aws.training"), text=SURV_A,
    note="Satisfaction survey for case A.")

REP_E = """Hi Kevin,

Sorry for the delay. My legal name as printed on my passport is ISHIDA HARUKA (given name Haruka, surname Ishida). ID type: passport.

Haruka
"""
add("rep_e", "user_reply", False, CASE_E, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="RE: RE: " + SUBJ_E, date=d(2025, 11, 5, 7, 30), cte="quoted-printable",
    irt=["ack_e", "info_e", "closing_e"],
    text=REP_E + "\n-----Original Message-----\nFrom: AWS Training and Certification <" + TC + ">\nSent: Tuesday, November 4, 2025 10:10 PM\nSubject: RE: " + SUBJ_E + "\n\nWe haven't received the information requested...",
    note="Owner answers after the closing notice (Outlook-style header).")

RES_C = f"""石田 遥 様

お世話になっております。AWS トレーニングと認定の佐藤でございます。

お待たせいたしました。統合元アカウント({ID_SSO})を、ご指定の個人アカウント({ID_PE})へ統合いたしました。試験履歴および認定は統合先アカウントでご確認いただけます。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、お気軽にお問い合わせください。

佐藤
AWS トレーニングと認定 カスタマーサービス

今回の対応についてご意見をお聞かせください。
"""
add("res_c", "resolved", False, CASE_C, [ID_SSO, ID_PE],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 11, 5, 14, 0), cs="shift_jis", cte="base64",
    auth=auth_gmail("amazon.com"), irt=["ack_c", "lift_c"], text=RES_C,
    note="Japanese completion in Shift_JIS with conditional invitation and feedback line.")

add("res_e", "resolved", False, CASE_E, [ID_PE],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_E, date=d(2025, 11, 5, 19, 44), cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_e", "info_e", "closing_e", "rep_e"],
    text=f"""Hi Haruka,

Thanks. I've updated the name on candidate record {ID_PE} to Haruka Ishida. New certificates with the corrected name can be downloaded from your AWS Certification Account now. Existing Credly badges will be reissued automatically within 48 hours.

Your case is now resolved.

Kevin A.
AWS Training and Certification
""",
    note="Record fixed; resolved.")

# ---- Case D: Support Center console case
ACK_D = f"""Hello,

We have opened case {CASE_D} on your behalf. The details of the case are as follows:

Case ID: {CASE_D}
Subject: 50% exam voucher missing after certification account merge
Severity: Low
Correspondence: After my certification accounts were merged, the 50% discount benefit that was on my old account does not appear under Benefits.

Thank you for contacting Amazon Web Services.
""" + CONSOLE_FOOT.format(cid=CASE_D)
add("ack_d", "acknowledgement", False, CASE_D, [],
    frm=CONSOLE, to=ME_P, subject="Amazon Web Services: New Support case: " + CASE_D,
    date=d(2025, 11, 6, 10, 12), cte="quoted-printable", auth=auth_gmail("amazon.com"), text=ACK_D,
    note="Support Center (console) case opened; footer says the address cannot accept mail.")

add("cm_jp", "certification", False, None, [ID_PE],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS 認定に関するご意見をお聞かせください", date=d(2025, 11, 6, 18, 0), cte="base64",
    auth=auth_gmail("certmetrics.com"),
    text=f"""石田 遥 様 (候補者 ID: {ID_PE})

AWS 認定プログラムの改善のため、認定取得者の皆様にアンケートへのご協力をお願いしております。所要時間は約 5 分です。

https://certmetrics.com/amazon/survey/2025q4

ご協力のほど、よろしくお願いいたします。
AWS Training and Certification
""",
    note="CertMetrics program survey in Japanese with keigo ask; certification, not a case survey.")

INFO_D = f"""Hello,

Thanks for reaching out. I'm sorry to hear that the voucher did not carry over.

To trace the benefit, I need the candidate ID of the account that originally held it (the company one) and, if you still have it, the voucher code as it appeared on that account. Please add these to the case through the Support Center link below. Replies to this e-mail are not received.

Best regards,
Jessa M.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_D)
add("info_d", "info_request", True, CASE_D, [],
    frm=CONSOLE, to=ME_P, subject=f"RE:[CASE {CASE_D}] 50% exam voucher missing after certification account merge",
    date=d(2025, 11, 7, 9, 40), cte="quoted-printable", auth=auth_gmail("amazon.com"), irt=["ack_d"], text=INFO_D,
    note="Console request that must be answered in Support Center, not by e-mail.")

add("jawsug", "unrelated", False, None, [],
    frm=addr("connpass", "no-reply@connpass.com"), to=ME_P,
    subject="【JAWS-UG 東京】AWS認定 合格者LT会 参加登録完了のお知らせ", date=d(2025, 11, 7, 20, 0), cte="base64",
    auth=auth_gmail("connpass.com"),
    text="""石田 遥 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 AWS認定 合格者LT会
日時: 2025/11/20(木) 19:00〜21:00
会場: 目黒セントラルスクエア

キャンセルの場合はイベントページから手続きしてください。
""",
    note="Japanese community event about AWS certification.")

REOPEN_NOTE = f"""佐藤様

統合ありがとうございました。確認したところ、旧アカウントで取得した ANS-C01 の試験履歴が統合先({ID_PE})に表示されていないようです。お手数ですがご確認いただけますでしょうか。

石田
"""
add("rep_c3", "user_reply", False, CASE_C, [ID_PE],
    frm=addr("石田 遥", ME_P), to=TC, subject="Re: RE: " + SUBJ_C, date=d(2025, 11, 8, 10, 2), cs="iso-2022-jp", cte="7bit",
    irt=["ack_c", "res_c"],
    text=REOPEN_NOTE + "\n2025年11月5日(水) 14:00 Amazon Web Services Training and Certification <" + TC + ">:\n" + q(RES_C),
    note="Owner's keigo request to support after resolution: owner's mail, so user_reply.")

REOPEN_C = """石田 遥 様

ご連絡いただきありがとうございます。佐藤でございます。

ご指摘の件を確認するため、本ケースを再オープンいたしました。ANS-C01 の試験履歴につきましては、試験配信会社側のデータ連携に数日を要する場合があり、現在担当部署にて調査しております。

結果が分かり次第ご連絡いたしますので、今しばらくお待ちください。

佐藤
"""
add("reopen_c", "case_update", False, CASE_C, [],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 11, 9, 13, 15), cs="utf-8", cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_c", "res_c", "rep_c3"],
    text=REOPEN_C + "\n\n-------- 元のメッセージ --------\n" + REOPEN_NOTE,
    note="Reopened case, still investigating; quotes the owner's own question underneath.")

CLOSE_D = f"""Hello,

We're following up on case {CASE_D}. We asked for some additional information on November 7 and haven't heard back yet.

If we don't receive a response, this case will be resolved automatically in 3 days. To keep it open, please reply through the Support Center using the link below.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_D)
add("close_d", "closing_notice", True, CASE_D, [],
    frm=CONSOLE, to=ME_P, subject=f"RE:[CASE {CASE_D}] 50% exam voucher missing after certification account merge",
    date=d(2025, 11, 10, 9, 41), cte="quoted-printable", auth=auth_gmail("amazon.com"), irt=["ack_d", "info_d"],
    text=CLOSE_D, note="Console auto-resolve warning.")

add("note_d", "user_reply", False, CASE_D, [ID_CO],
    frm=addr(ME_NAME, ME_P), to=ME_P, subject=f"note: replied in console to case {CASE_D}",
    date=d(2025, 11, 10, 12, 5), cte="7bit",
    text=f"""Replied in Support Center for case {CASE_D}:
old candidate ID {ID_CO}, voucher code was CERT-50-JQ7M2X (from my memo).
""",
    note="Owner's note to self after answering in the console.")

RES_C2 = f"""石田 遥 様

佐藤でございます。お待たせいたしました。

試験配信会社とのデータ連携が完了し、ANS-C01 の試験履歴が統合先アカウント({ID_PE})に反映されたことを確認いたしました。

本件は解決済みとしてクローズいたします。ほかにお手伝いできることがございましたら、お気軽にご連絡ください。

佐藤
AWS トレーニングと認定
"""
add("res_c2", "resolved", False, CASE_C, [ID_PE],
    frm=TC_FROM, to=ME_P, subject="RE: " + SUBJ_C, date=d(2025, 11, 11, 16, 30), cs="utf-8", cte="base64",
    auth=auth_gmail("amazon.com"), irt=["ack_c", "res_c", "rep_c3", "reopen_c"],
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in RES_C2.strip().split("\n\n")) + "</body></html>",
    note="Japanese HTML-only resolution of the reopened case.")

RES_D = f"""Hello,

Thank you for the details. I've restored the 50% exam discount benefit on your account. You'll find it under Benefits in your AWS Certification Account; it is valid until the original expiry date.

We're marking this case as resolved. If the benefit doesn't show within 24 hours, you can reopen the case from the Support Center within 14 days.

Best regards,
Jessa M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CONSOLE_FOOT.format(cid=CASE_D)
add("res_d", "resolved", False, CASE_D, [],
    frm=CONSOLE, to=ME_P, subject=f"RE:[CASE {CASE_D}] 50% exam voucher missing after certification account merge",
    date=d(2025, 11, 12, 8, 15), cte="quoted-printable", auth=auth_gmail("amazon.com"), irt=["ack_d", "info_d", "close_d"],
    text=RES_D, note="Console resolution with feedback footer and conditional reopen.")

# ==================================================================== second wave: Case F
# The owner's new employer is also an APN partner; her personal account still shows the old
# partner link, and she asks T&C to remove it.
CASE_F = "176312907700542"
SUBJ_F = f"[CASE {CASE_F}] [AWS Training and Certification Form Submission] - account-assistance"

add("ack_f", "acknowledgement", False, CASE_F, [ID_PE],
    frm=TC_FROM, to=ME_P, subject=SUBJ_F, date=d(2025, 11, 14, 11, 2), cte="base64",
    auth=auth_gmail("amazon.com"),
    html=f"""<html><body>
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {CASE_F} to address your inquiry.</p>
<p><b>The details of your case are as follows:</b><br>
Case ID: {CASE_F}<br>
Inquiry type: Certification<br>
Additional details: Partner association<br>
Description: My personal certification account ({ID_PE}) still shows Kairo Systems K.K. as the partner organization. I now work for Nordpeak GmbH and want the old association removed.</p>
<p>We usually respond within 24 hours. Please avoid opening a second case for this request.</p>
<p>Best regards,<br>Amazon Web Services</p></body></html>""",
    note="HTML-only acknowledgement of a new case about the partner association.")

add("pvue2", "unrelated", False, None, [],
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
    subject="Your exam results are available", date=d(2025, 11, 15, 13, 20), cte="quoted-printable",
    auth=auth_gmail("pearson.com"),
    text="""Dear Haruka Ishida,

Thank you for testing with Pearson VUE. Your score report for SCS-C02 will be available in your AWS Certification Account within 5 business days.

Registration ID: 482207731

Pearson VUE
""",
    note="Exam vendor mail; results are delivered via AWS, nothing to do.")

add("cert_pass", "certification", False, None, [ID_PE],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations! You are now AWS Certified Security - Specialty", date=d(2025, 11, 16, 6, 30),
    cte="quoted-printable", auth=auth_gmail("certmetrics.com"),
    text=f"Congratulations, Haruka. Candidate ID {ID_PE}.",
    html=f"""<html><body><h2>Congratulations, Haruka!</h2>
<p>You have successfully completed the AWS Certified Security - Specialty exam. Candidate ID: {ID_PE}.</p>
<p>Your digital badge will arrive from Credly shortly. Your certificate is available in your AWS Certification Account.</p>
</body></html>""",
    note="Certification pass notice.")

HOLD_F1 = f"""Hi Haruka,

Thank you for your patience. I'm Priya with the AWS Training and Certification team.

I checked account {ID_PE}. Partner associations are managed by the partner organizations themselves, so removing Kairo Systems K.K. requires action from their Partner Central administrator. I've sent them a removal request today. Until they act (or 10 business days pass), this case is on hold.

I also noticed that Nordpeak GmbH has an open invitation pending for your account. Just so I can line things up on our end, is accepting that Nordpeak association something you want us to leave for later, or should we treat it as part of this request?

Regards,
Priya S.
AWS Training and Certification
"""
add("hold_f1", "on_hold", True, CASE_F, [ID_PE],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_F, date=d(2025, 11, 17, 9, 33), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_f"], text=HOLD_F1 + TC_FOOT,
    note="APN hold with an either/or question at the end framed as 'just so I can line things up'; needs a reply.")

add("credly_sec", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Claim your AWS Certified Security - Specialty badge", date=d(2025, 11, 17, 14, 0),
    cte="quoted-printable", auth=auth_gmail("credly.com"),
    text="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Security - Specialty.

Accept your badge: https://www.credly.com/badges/9a1e4c70-3b2d-4f1e-8a55-6c0b9d2e7f31/accept

Share it on LinkedIn to let your network know.

Credly
""",
    note="Credly badge with a call to action.")

add("rep_f1", "user_reply", False, CASE_F, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE:" + SUBJ_F, date=d(2025, 11, 17, 20, 12), cte="quoted-printable",
    irt=["ack_f", "hold_f1"],
    text="""Hi Priya,

Please leave the Nordpeak invitation for later; I'll accept it myself once Kairo's link is gone. This case is only about removing Kairo.

Thanks,
Haruka

On Mon, Nov 17, 2025 at 9:33 AM Amazon Web Services Training and Certification <""" + TC + """> wrote:
""" + q(HOLD_F1),
    note="Owner answers the hold question.")

add("kairo_admin2", "unrelated", False, CASE_F, [],
    frm=addr("APN Desk (Kairo Systems)", "apn@kairo-sys.co.jp"), to=addr(ME_NAME, ME_P),
    subject=f"AWS からのパートナー紐付け解除依頼について(ケース {CASE_F})", date=d(2025, 11, 18, 10, 40),
    cs="iso-2022-jp", cte="7bit", auth=auth_gmail("kairo-sys.co.jp"),
    text=f"""石田さん

ご無沙汰しております。カイロシステムズ APN 窓口の森田です。
AWS からケース {CASE_F} について、石田さんの認定アカウントの紐付け解除依頼が届きました。
社内の承認フローがあるため、解除は11月21日(金)になる見込みです。AWS 側への回答も当方で行いますので、石田さん側での作業は不要です。

森田
""",
    note="Former employer's partner desk writes directly in Japanese, citing the case; explicitly nothing to do.")

HOLD_F2 = """Hi Haruka,

Thanks for clarifying; we'll leave the Nordpeak invitation alone.

The removal request is still with Kairo Systems' partner administrator. They have told us to expect it by 21 November. I'll check back then.

Regards,
Priya S.
AWS Training and Certification
"""
add("hold_f2", "on_hold", False, CASE_F, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_F, date=d(2025, 11, 18, 17, 5), cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_f", "hold_f1", "rep_f1"],
    text=HOLD_F2 + "\n\n________________________________\nFrom: Haruka Ishida <haruka.ishida.mk@gmail.com>\nSent: Monday, November 17, 2025 8:12 PM\nSubject: Re: RE:" + SUBJ_F + "\n\nPlease leave the Nordpeak invitation for later...\n\n> I also noticed that Nordpeak GmbH has an open invitation pending for your account. Just so I can line things up on our end, is accepting that Nordpeak association something you want us to leave for later, or should we treat it as part of this request?",
    note="Hold update acknowledging the answer, quoting the earlier question two levels deep; asks nothing.")

add("phish2", "suspicious", False, None, [],
    frm=addr("Credly Badges", "badges@credly-notify.com"), to=ME_P,
    subject="Your AWS badge will be revoked - confirm employment", date=d(2025, 11, 19, 4, 50), cte="base64",
    auth=auth_gmail("credly-notify.com"),
    html="""<html><body><p>Hello,</p><p>Your former employer has requested that your AWS Certified badges be revoked. To dispute this, confirm your current employment within 24 hours.</p>
<p><a href="http://credly-notify.com/dispute">Confirm employment</a></p><p>Credly Trust &amp; Safety</p></body></html>""",
    note="Credly lookalike phishing exploiting the employment/partner theme.")

add("educate", "unrelated", False, None, [],
    frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 176353001200174] [AWS Educate Form Submission] - account-access",
    date=d(2025, 11, 19, 10, 20), cte="quoted-printable", auth=auth_gmail("amazon.com"),
    text="""Hello,

Thank you for contacting AWS Educate. Could you tell us which email address you used when you registered as an educator? We can't find an account for this address.

Regards,
AWS Educate Support
""",
    note="Another AWS customer-service form case (AWS Educate) asking a question; not a Training and Certification case, so unrelated and no needs_reply (owner helps a university workshop).")

HOLD_F3_JA = f"""Haruka Ishida 様

AWS トレーニングと認定の山本でございます。担当の Priya に代わりご連絡いたします。

Kairo Systems K.K. 様のパートナー管理者様より、紐付け解除は社内承認の関係で 11 月 26 日頃になる旨のご連絡をいただきました。恐れ入りますが、それまで本件は保留のままとさせていただきます。

つきましては、念のため確認させていただきたく存じます。解除完了までの間に Nordpeak GmbH 様の招待の有効期限(11 月 24 日)が切れてしまう可能性がございますが、期限切れとなった場合は再招待をご依頼いただく形でよろしいでしょうか。ご確認のほどよろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサービス
"""
add("hold_f3", "on_hold", True, CASE_F, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_F, date=d(2025, 11, 21, 15, 10), cte="base64",
    auth=auth_gmail("amazon.com"), irt=["ack_f", "hold_f1", "rep_f1", "hold_f2"],
    text=HOLD_F3_JA,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in HOLD_F3_JA.strip().split("\n\n")) + "</body></html>",
    note="Hold extended, written in Japanese keigo by a second agent on an English case; ends with …でよろしいでしょうか。ご確認のほどよろしくお願いいたします — a real question.")

add("rep_f2", "user_reply", False, CASE_F, [],
    frm=addr("石田 遥", ME_P), to=TC, subject="Re: RE:" + SUBJ_F, date=d(2025, 11, 21, 21, 0), cte="base64",
    irt=["ack_f", "hold_f1", "rep_f1", "hold_f2", "hold_f3"],
    text="""山本様

ご連絡ありがとうございます。はい、期限切れの場合は Nordpeak 側に再招待を依頼しますので問題ありません。

石田

2025年11月21日(金) 15:10 Amazon Web Services Training and Certification <""" + TC + """>:
""" + q(HOLD_F3_JA),
    note="Owner answers in Japanese.")

LIFT_F = f"""Hi Haruka,

Kairo Systems' partner administrator has removed the association, so the hold on case {CASE_F} is lifted. Your account {ID_PE} no longer shows any partner organization.

One last step on your side before I close this out: please sign in to your AWS Certification Account and check that the "Partner organization" field under Account settings is now empty, then reply to let me know what you see. If the Nordpeak invitation has expired by then, just say so in the same reply and I'll ask them to resend it.

Regards,
Priya S.
AWS Training and Certification
"""
add("lift_f", "info_request", True, CASE_F, [ID_PE],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_F, date=d(2025, 11, 26, 10, 22), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_f", "hold_f1", "rep_f1", "hold_f2", "hold_f3", "rep_f2"],
    text=LIFT_F + TC_FOOT,
    note="Hold lifted together with a new request to check and report back: info_request, needs reply.")

add("colleague_new", "unrelated", False, None, [],
    frm=addr("Leo Fischer", "leo.fischer@nordpeak.io"), to=addr(ME_NAME, ME_P),
    subject="Partner Central invite", date=d(2025, 11, 26, 11, 0), cte="7bit", auth=auth_gmail("nordpeak.io"),
    text="""Hi Haruka, I re-sent the Partner Central invitation to your personal address. Let me know once you've accepted so our cert count updates. Leo
""",
    note="New employer's partner admin asks her to act; not support.")

add("rep_f3", "user_reply", False, CASE_F, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE:" + SUBJ_F, date=d(2025, 11, 26, 19, 45), cte="quoted-printable",
    irt=["ack_f", "lift_f"],
    text="""Hi Priya,

Checked: the Partner organization field is empty now. Nordpeak re-sent their invitation today, so no need to chase them.

Thanks for all the help,
Haruka

On Wed, Nov 26, 2025 at 10:22 AM Amazon Web Services Training and Certification <""" + TC + """> wrote:
""" + q(LIFT_F),
    note="Owner reports the check.")

add("res_f", "resolved", False, CASE_F, [],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_F, date=d(2025, 11, 27, 9, 0), cte="7bit",
    auth=auth_gmail("amazon.com"), irt=["ack_f", "lift_f", "rep_f3"],
    text="""Hi Haruka,

Great, that confirms the old partner association is gone. I'm closing this case as resolved. If you have anything to add, feel free to reply to this email.

Regards,
Priya S.
AWS Training and Certification
""" + TC_FOOT,
    note="Resolution with conditional invitation.")

add("surv_d", "survey", False, CASE_D, [],
    frm=addr("AWS Support", "aws-support-survey@amazon.com"), to=ME_P,
    subject="Tell us about your recent AWS Support experience", date=d(2025, 11, 27, 12, 0), cte="quoted-printable",
    auth=auth_gmail("amazon.com"),
    text=f"""Hello,

You recently worked with AWS Support on case {CASE_D}. Would you take a moment to tell us how it went?

Start the survey: https://pulse.aws/survey/CASE{CASE_D}

Thank you,
AWS Support
""",
    note="Survey for the console case, phrased as a question.")

# ==================================================================== Case G: a hold that comes back
# An account from her job before Kairo (2016-2019), at a company that is also an APN partner.
CASE_G = "17640032115"
SUBJ_G = f"[CASE {CASE_G}] [AWS Training and Certification Form Submission] - account-assistance"
ID_OLD = "AWS01155902"

add("ack_g", "acknowledgement", False, CASE_G, [ID_OLD],
    frm=TC_FROM, to=ME_P, subject=SUBJ_G, date=d(2025, 11, 28, 9, 12), cte="quoted-printable",
    auth=auth_gmail("amazon.com"),
    text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_G}.

Case ID: {CASE_G}
Inquiry type: Certification / Account Merge
Description: I found a third certification account ({ID_OLD}) from my previous employer Tsubame Digital (2016-2019). Please merge it into my personal account too.

Expect a reply within 24 hours. Please don't open additional cases for the same request.

Amazon Web Services
""",
    note="Acknowledgement for one more merge (an even older employer's account).")

INFO_G = f"""Hi Haruka,

Thanks for the extra request. Account {ID_OLD} was created in 2017 under Tsubame Digital. Before we merge, could you confirm the dates you worked at Tsubame Digital? Start and end month are fine. We ask this for every account that was set up by an employer, so nothing is wrong here, it's just part of the check.

Best,
Rohan P.
AWS Training and Certification
"""
add("info_g", "info_request", True, CASE_G, [ID_OLD],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_G, date=d(2025, 11, 29, 8, 44), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_g"], text=INFO_G,
    note="Employment-dates question phrased 'could you confirm…'; routine check, not a hold and not a merge confirmation.")

add("rep_g1", "user_reply", False, CASE_G, [],
    frm=addr(ME_NAME, ME_P), to=TC, subject="Re: RE:" + SUBJ_G, date=d(2025, 11, 29, 10, 5), cte="7bit",
    irt=["ack_g", "info_g"],
    text="""Hi Rohan, April 2016 to March 2019. Haruka

On Sat, Nov 29, 2025 at 8:44 AM Amazon Web Services Training and Certification <""" + TC + """> wrote:
""" + q(INFO_G),
    note="Short owner reply.")

HOLD_G = f"""Hello Haruka,

Thanks for the dates. Tsubame Digital is still an active AWS Partner Network member and account {ID_OLD} remains linked to their organization, so we've asked their partner administrator to release it. Your case is paused until they do. These requests usually take 5 to 10 business days. You'll hear from us as soon as something changes.

Best,
Rohan P.
AWS Training and Certification
"""
add("hold_g", "on_hold", False, CASE_G, [ID_OLD],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_G, date=d(2025, 12, 1, 9, 30), cte="base64",
    auth=auth_gmail("amazon.com"), irt=["ack_g", "info_g", "rep_g1"],
    text=HOLD_G + TC_FOOT, html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in HOLD_G.strip().split("\n\n")) + "<p style='color:#888'>We value your feedback.</p></body></html>",
    note="Plain hold, multipart base64, asks nothing.")

add("tsubame", "unrelated", False, CASE_G, [ID_OLD],
    frm=addr("Yuki Arai", "y.arai@tsubame-digital.jp"), to=addr(ME_NAME, ME_P),
    subject=f"Re: AWS case {CASE_G} - certification account release", date=d(2025, 12, 2, 16, 12),
    cte="quoted-printable", auth=auth_gmail("tsubame-digital.jp"),
    text=f"""Hello Ishida-san,

Long time no see! AWS contacted us about releasing {ID_OLD}. I can't find you in our partner user list anymore, so I've told AWS we have no objection and they can proceed.

Do you still have the old Tsubame laptop sticker collection? Just kidding.

Best regards,
Yuki Arai
Partner Program Manager, Tsubame Digital
""",
    note="Another former employer's partner manager writes directly; informative and chatty, not support.")

add("cm_recert", "certification", False, None, [],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!", date=d(2025, 12, 3, 7, 0),
    cte="quoted-printable", auth=auth_gmail("certmetrics.com"),
    text="""Hello Haruka,

Because you earned AWS Certified Security - Specialty, your AWS Certified Solutions Architect - Associate certification has been recertified and is now valid through 2028-11-15.

No action is required.

AWS Training and Certification
""",
    note="Recertification notice.")

CONF_G = f"""Hello Haruka,

Tsubame Digital's partner administrator has signed off, so your case is no longer on hold.

Here's what I'm planning to merge; please take a look:

Account #1 (keep)
  Login email: haruka.ishida.mk@gmail.com
  Candidate ID: {ID_PE}

Account #2 (merge into #1)
  Login email: h.ishida@tsubame-digital.jp
  Candidate ID: {ID_OLD}

If this matches what you expect, a quick "yes, go ahead" is all I need.

Best,
Rohan P.
AWS Training and Certification
"""
add("conf_g", "confirmation_request", True, CASE_G, [ID_PE, ID_OLD],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_G, date=d(2025, 12, 4, 10, 10), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_g", "info_g", "rep_g1", "hold_g"], text=CONF_G,
    note="Hold lifted plus a merge go-ahead request worded as 'a quick yes is all I need' (no question mark, no please).")

add("phish3", "suspicious", False, None, [],
    frm=addr("AWS Training and Certification", "no-reply@aws-training-certification.support"), to=ME_P,
    subject=f"RE:[CASE {CASE_G}] Merge confirmation required", date=d(2025, 12, 4, 12, 40), cte="quoted-printable",
    auth=auth_gmail("aws-training-certification.support"),
    text="""Hello,

To complete the merge, sign in below with your AWS Builder ID and confirm Account #1.

https://aws-training-certification.support/confirm

AWS Training and Certification
""",
    note="Lookalike domain reusing the real case token right after the real confirmation request.")

add("rep_g2", "user_reply", False, CASE_G, [],
    frm=addr(ME_NAME, ME_P), to=TC, cc=ME_C, subject="Re: RE:" + SUBJ_G, date=d(2025, 12, 4, 18, 2), cte="7bit",
    irt=["ack_g", "conf_g"],
    text="""Yes, go ahead. Thanks Rohan!

On Thu, Dec 4, 2025 at 10:10 AM Amazon Web Services Training and Certification <""" + TC + """> wrote:
""" + q(CONF_G),
    note="Owner's go-ahead.")

add("bounce", "unrelated", False, None, [],
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=d(2025, 12, 4, 18, 3), cte="7bit",
    auth=auth_gmail("googlemail.com"),
    text=f"""** Address not found **

Your message wasn't delivered to h-ishida@kairo-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <h-ishida@kairo-sys.co.jp>: Recipient address rejected: User unknown

----- Original message -----
Subject: Re: RE:{SUBJ_G}
""",
    note="Bounce from the disabled company mailbox (owner had it in Cc); carries the case subject.")

add("res_g", "resolved", False, CASE_G, [ID_OLD, ID_PE],
    frm=TC_FROM, to=ME_P, subject="RE:" + SUBJ_G, date=d(2025, 12, 5, 9, 15), cte="quoted-printable",
    auth=auth_gmail("amazon.com"), irt=["ack_g", "conf_g", "rep_g2"],
    text=f"""Hello Haruka,

Done: {ID_OLD} has been merged into {ID_PE}. The exam history from 2017 to 2019 now sits on your personal account.

This case is resolved.

Rohan P.
AWS Training and Certification

On Thu, Dec 4, 2025, Rohan P. wrote:
> If this matches what you expect, a quick "yes, go ahead" is all I need.
""" + TC_FOOT,
    note="Completion quoting the go-ahead request.")

add("surv_g", "survey", False, CASE_G, [],
    frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="We'd love your feedback on case " + CASE_G, date=d(2025, 12, 6, 9, 0), cte="base64",
    auth=auth_gmail("aws.training"),
    html=f"""<html><body><p>Hello,</p><p>Case {CASE_G} was recently resolved. Could you rate your experience?</p>
<table><tr><td><a href="https://survey.aws.training/s/cs?case={CASE_G}&r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td>
<td><a href="https://survey.aws.training/s/cs?case={CASE_G}&r=1">&#9733;</a></td></tr></table></body></html>""",
    note="HTML-only survey asking a question.")

add("cm_benefit", "certification", False, None, [ID_PE],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS 認定特典: 次回試験 50% 割引バウチャーのご案内", date=d(2025, 12, 8, 9, 0), cs="iso-2022-jp", cte="7bit",
    auth=auth_gmail("certmetrics.com"),
    text=f"""石田 遥 様 (候補者 ID: {ID_PE})

AWS 認定を取得された方への特典として、次回受験時に利用できる 50% 割引バウチャーを発行いたしました。
認定アカウントの「特典」ページからご確認ください。有効期限は 2026年12月7日です。

AWS トレーニングと認定
""",
    note="Japanese benefit notice (ISO-2022-JP); the voucher topic overlaps case D but this is program mail.")


# ================================================================== write everything
def write():
    from email.utils import parsedate_to_datetime
    MSGS.sort(key=lambda m: parsedate_to_datetime(m["msg"]["Date"]))
    seen = set()
    for i, m in enumerate(MSGS, 1):
        m["n"] = i
        irt = m["msg"]["In-Reply-To"]
        assert irt is None or irt in seen, (i, m["key"])
        seen.add(m["msg"]["Message-ID"])
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        buf = io.BytesIO()
        pol = policy.compat32.clone(linesep="\r\n" if m["crlf"] else "\n", max_line_length=998)
        BytesGenerator(buf, policy=pol, mangle_from_=False).flatten(m["msg"])
        with open(os.path.join(OUT, "%03d-msg.eml" % m["n"]), "wb") as fh:
            fh.write(buf.getvalue())
        with open(os.path.join(OUT, "%03d-msg.json" % m["n"]), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    counts = collections.Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", sum(m["label"]["needs_reply"] for m in MSGS)))
    write_readme(counts)


def write_readme(counts):
    rows = []
    for m in MSGS:
        L = m["label"]
        rows.append("| %03d | %s | %s | %s | %s |" % (
            m["n"], L["kind"], "yes" if L["needs_reply"] else "no", L["case"] or "-",
            m["note"].replace("|", "/")))
    text = README_HEAD + "\n## Counts\n\n" + "\n".join("- %s: %d" % (k, counts[k]) for k in sorted(counts)) + \
        "\n- total: %d\n\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n" % len(MSGS) + \
        "\n".join(rows) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


README_HEAD = f"""me: {ME_P} {ME_C}

# blind-182: AWS Partner Network holds

Mailbox of Haruka Ishida, who leaves Kairo Systems K.K. (an APN partner) on 31 October 2025 and moves
her AWS certifications to her personal account. Mail to the old company address ({ME_C}) and to
the personal Gmail address ({ME_P}) both land in this mailbox until the company mailbox is disabled.
Messages the owner wrote (replies, forwards, notes to self) are labelled `user_reply`.

## Cases

| case | format | channel / language | story |
|---|---|---|---|
| {CASE_A} | 15 digits | T&C form, English | company account -> personal: ack, employment-date request (mentions APN, not a hold), APN hold with a soft question, two hold updates that ask nothing, partner admin writes directly, hold lifted + Account #1/#2 confirmation, merged, survey |
| {CASE_B} | 15 digits | T&C form, English, company address | duplicate form; closed and linked to {CASE_A} (case_update) |
| {CASE_C} | 11 digits | T&C form, Japanese (ISO-2022-JP / Shift_JIS / UTF-8) | Partner-Central-SSO account: ack, employment dates (plain ください), keigo hold with question, hold update with ございましたら only, hold lifted (case_update), merged, reopened by the owner, resolved again |
| {CASE_D} | 10 digits | AWS Support Center console | missing 50% voucher after the merge: ack, request to answer in the console, auto-resolve warning, resolved, survey |
| {CASE_E} | 15 digits | T&C form, English, CRLF ack | name typo on certificate: ack, info request, closing notice, reply, resolved |
| {CASE_F} | 15 digits | T&C form, English + one Japanese keigo mail | remove the old APN association: hold with an either/or question, hold update, former employer's APN desk writes directly, hold extended in keigo with a question, hold lifted + check-and-report request, resolved |
| {CASE_G} | 11 digits | T&C form, English | account from an even older employer: employment-dates request, plain hold, that employer's partner manager writes directly, hold lifted + go-ahead request, phishing with the same case token, bounce, resolved, survey |

Unrelated case numbers: AWS Educate form case 176353001200174 (different program, labelled unrelated, case null).

## Labelling decisions

- **Hold plus a question = on_hold with needs_reply true.** When the case is paused for the partner but the
  agent also asks the owner something (however softly: "would you happen to know", "just so I can line things up…",
  差し支えなければ…ご教示いただけますでしょうか, …でよろしいでしょうか), the kind stays `on_hold` (the news of the
  mail is the pause) and `needs_reply` is true, because support is now waiting for her answer.
- **Hold lifted together with a new ask takes the kind of the ask** (`confirmation_request` for an Account #1/#2
  merge go-ahead, `info_request` for "check the field and report back"). A lift with no ask is `case_update`.
- **Employment-date questions are info_request, not on_hold**, even when the mail mentions the Partner Network:
  nothing is paused for a third party; support is waiting only for the owner.
- **Conditional invitations** ("if anything changes… you're welcome to reply", ご不明な点がございましたら) and
  courtesy phrases (今しばらくお待ちください) do not make a reply necessary.
- **Partner administrators and former employers writing to the owner directly** are `unrelated` with
  `needs_reply` false, even when they ask her something: they are not AWS support. Where such a mail names the
  case number in its own text or subject it carries that `case`, since it is about that case; the owner's own
  mails carry the case they belong to.
- **Auto-replies and bounces** that only carry a case subject (the partner admin's out-of-office, the bounce
  from the disabled company mailbox) are `unrelated` with `case` null: nobody wrote them about the case.
- **Phishing** (lookalike domains, and the dmarc=fail mail that copies the real case subject of {CASE_A}) gets
  `case` null: it is not part of the case even though it names it.
- **Candidate IDs** are taken from the message's own text, including the form text that an acknowledgement
  echoes back (it is not '>'-quoted history) and tables in confirmation requests; IDs only in '>'-quoted or
  forwarded history are not listed.
- The AWS Educate form case asks a question but is a different AWS program, so `unrelated`, no reply flag.
- The console case (D) request is `info_request` with needs_reply true even though the answer must go through the
  Support Center, not e-mail.
- CertMetrics program surveys (certification feedback) are `certification`; `survey` is reserved for feedback
  about a support case.
"""

if __name__ == "__main__":
    write()
