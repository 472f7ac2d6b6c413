#!/usr/bin/env python3
"""Blind held-out corpus generator (stdlib only). Writes NNN-msg.eml / NNN-msg.json / README.md here."""
import base64, json, os, quopri
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.mizuno.dev@gmail.com"
ME_C = "h-mizuno@kitaura-sys.co.jp"
ME_NAME = "Haruka Mizuno"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"
A, B, C, D, E, F, G = ("174120338800412", "174120412900087", "17409923815",
                       "9034417265", "20231104557", "4417820935", "174520016300215")
TCSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
MSGS = []
MID = {}


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def leaf(sub, text, cs="utf-8", cte="8bit"):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(cs, cs)
    raw = text.encode(codec)
    if cte in ("8bit", "7bit"):
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = base64.encodebytes(raw)
    if not body.endswith(b"\n"):
        body += b"\n"
    h = f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n'
    return h.encode() + b"\n" + body


def attach(name, ctype, data):
    h = (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
         f"Content-Transfer-Encoding: base64\n\n")
    return h.encode() + base64.encodebytes(data)


def multi(kind, parts, n):
    bnd = f"----=_Part_{n}_{1000 + n * 7}.{170000 + n}"
    out = f'Content-Type: multipart/{kind}; boundary="{bnd}"\n\n'.encode()
    for p in parts:
        out += f"--{bnd}\n".encode() + p + b"\n"
    out += f"--{bnd}--\n".encode()
    return out


def auth_for(to, frm_dom, dkim="pass", spf="pass", dmarc="pass", dkim_dom=None):
    dkim_dom = dkim_dom or frm_dom
    if "gmail.com" in to:
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=sel1 header.b=Qx8f2LmA;\n"
                "       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (dkim, dkim_dom, spf, frm_dom, 17, frm_dom, dmarc,
                   "NONE" if dmarc == "pass" else "QUARANTINE", frm_dom))
    return ("spf=%s (sender IP is 54.240.11.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (spf, 40, frm_dom, dkim, dkim_dom, dmarc, "none" if dmarc == "pass" else "quarantine",
               frm_dom, "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))


def add(n, label, note, frm, to, subj, date, body, *, irt=None, crlf=False, auth="default",
        cc=None, extra=None, subj_cs="utf-8", mid_dom=None):
    """label = (kind, needs_reply, case, candidate_ids)."""
    kind, nr, case, cands = label
    fa = frm[1]
    dom = fa.split("@")[1]
    mid = "<%s.%04d.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), n * 37 + 11, "k" + str(n * 7919 % 100000),
                               mid_dom or ("email.amazonses.com" if dom.endswith("amazon.com") else dom))
    MID[n] = mid
    to_s = to if isinstance(to, str) else ", ".join(to)
    H = []
    if auth == "default":
        if fa in (ME_P, ME_C):
            auth = None
        else:
            auth = auth_for(to_s, dom)
    if auth:
        H.append("Authentication-Results: " + auth)
    H.append("Return-Path: <%s>" % (fa if fa in (ME_P, ME_C) else "bounce-%d@%s" % (n, dom)))
    H.append("From: " + addr(frm[0], fa, subj_cs))
    H.append("To: " + to_s)
    if cc:
        H.append("Cc: " + cc)
    H.append("Subject: " + hdr(subj, subj_cs))
    H.append("Date: " + format_datetime(date))
    H.append("Message-ID: " + mid)
    if irt:
        chain = irt if isinstance(irt, list) else [irt]
        H.append("In-Reply-To: " + MID[chain[-1]])
        H.append("References: " + " ".join(MID[x] for x in chain))
    for k, v in (extra or {}).items():
        H.append(f"{k}: {v}")
    H.append("MIME-Version: 1.0")
    raw = ("\n".join(H) + "\n").encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((n, raw, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, note,
                 subj))


def d(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def html(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + inner + "\n</body></html>\n")


def quote(text, style="gt"):
    if style == "gt":
        return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return text


TCF = ("Amazon Web Services", TC)
CONF = ("Amazon Web Services", CON)
MEP = (ME_NAME, ME_P)
MEC = (ME_NAME, ME_C)
CONSOLE_FOOT = ("\nTo see all the communications for this case or to reply, sign in to the Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, use the link above.\n\n"
                "We value your feedback. Please share your experience by rating this correspondence using the\n"
                "AWS Support Center link above.\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark\n"
                "of Amazon.com, Inc. or its affiliates.\n")

# ---------------------------------------------------------------- messages
add(1, ("unrelated", False, None, []),
    "GitHub PR 'merged' notification with 'account' words; not AWS",
    ("Kenta Oshiro", "notifications@github.com"), ME_P,
    "Re: [kitaura-sys/infra-tools] Merge duplicate IAM account cleanup script (PR #412)", d("2025-02-17 04:12"),
    leaf("plain", "Merged #412 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
         "https://github.com/kitaura-sys/infra-tools/pull/412#event-16230011\n"
         "You are receiving this because you were mentioned.\n"))

body2_txt = """Hello Haruka,

Thanks for getting in touch with AWS Training and Certification about your certification profile.

I took a look at the profile connected to h-mizuno@kitaura-sys.co.jp. It was created through AWS
Partner Central single sign-on in 2021 and currently holds two active certifications. I also found a
second profile that appears to belong to you, but the details in your request did not say which of
the two should survive once everything is combined, and we cannot guess on this since the choice
cannot be undone later.

We need you to tell us the email address of the account you would like to keep.

Best regards,
Aoife M.
AWS Training and Certification Customer Support
"""
body2_html = html("<p>Hello Haruka,</p><p>Thanks for getting in touch with AWS Training and Certification about your "
                  "certification profile.</p><p>I took a look at the profile connected to h-mizuno@kitaura-sys.co.jp. "
                  "It was created through AWS Partner Central single sign-on in 2021 and currently holds two active "
                  "certifications. I also found a second profile that appears to belong to you, but the details in "
                  "your request did not say which of the two should survive once everything is combined, and we "
                  "cannot guess on this since the choice cannot be undone later.</p><p><b>We need you to tell us the "
                  "email address of the account you would like to keep.</b></p><p>Best regards,<br>Aoife M.<br>AWS "
                  "Training and Certification Customer Support</p>")
add(2, ("info_request", True, F, []),
    "multipart/alternative; the ask is a 'we need you to' sentence after a long explanation; to company address",
    TCF, ME_C, f"RE:[CASE {F}] {TCSUBJ}", d("2025-02-18 09:41"),
    multi("alternative", [leaf("plain", body2_txt, cte="quoted-printable"),
                          leaf("html", body2_html, cte="quoted-printable")], 2))

add(3, ("unrelated", False, None, []),
    "Jira notification that asks for a response (internal ticket)",
    ("Jira", "jira@kitaura-sys.atlassian.net"), ME_C,
    "[JIRA] (OPS-2291) Please confirm handover of on-call rotation before your last day", d("2025-02-19 01:05"),
    leaf("plain", "Shun Ito mentioned you on OPS-2291:\n\n  @Haruka could you confirm who takes over the rotation?\n"
         "  Reply in the ticket please.\n\nView issue: https://kitaura-sys.atlassian.net/browse/OPS-2291\n"))

add(4, ("closing_notice", True, F, []),
    "closing notice in past tense ('has now been closed'); reply reopens; CRLF; no 'please'",
    TCF, ME_C, f"RE: [CASE {F}] {TCSUBJ}", d("2025-02-21 22:17"),
    leaf("plain", """Hello,

We wrote to you on February 18 asking which account you would like to keep and have not heard back.
Because of that, this case has now been closed on our side.

Nothing is lost: a reply to this message from you will reopen the case and bring it back to the team
with its full history.

Kind regards,
Marisol
AWS Training and Certification
"""), crlf=True, irt=2)

add(5, ("certification", False, None, ["AWS04819087"]),
    "certmetrics feedback invitation; full of 'please share' and 'reply' wording",
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you", d("2025-02-24 15:00"),
    leaf("plain", """Hello Haruka Mizuno,

As an AWS Certified individual, your opinion shapes the program. Please share your thoughts in a
10-minute questionnaire about your certification experience:
https://www.certmetrics.com/amazon/survey/start?c=AWS-FB-2025Q1

Candidate ID: AWS04819087

This mailbox is not monitored; please do not reply.
AWS Certification
"""))

add(6, ("unrelated", False, None, []),
    "Japanese tech newsletter in base64 UTF-8 mentioning AWS certification and 'ご返信ください'",
    ("クラウド週報", "news@cloud-weekly.jp"), ME_P, "【クラウド週報】AWS認定アカウント統合の手順まとめ ほか", d("2025-02-27 23:00"),
    leaf("plain", """今週のクラウド週報です。

■ 特集：転職時に AWS 認定アカウントを個人用へ統合する手順
■ 新着：Amazon Bedrock の料金改定
■ 読者アンケート：ご意見がございましたら、本メールにそのままご返信ください。

配信停止はこちら https://cloud-weekly.jp/unsubscribe
""", cte="base64"))

add(7, ("unrelated", False, None, []),
    "Builder ID one-time code (6-digit number that is not a case id)",
    ("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", d("2025-03-03 11:02"),
    leaf("plain", """Hello,

Use this code to verify your email address for AWS Builder ID:

    481907

This code expires in 10 minutes. If you did not request it, you can ignore this message.
"""))

add(8, ("unrelated", False, None, []),
    "training platform mail with imperative 'complete your profile'",
    ("AWS Training", "no-reply@aws.training"), ME_P, "Action needed: complete your AWS Training profile",
    d("2025-03-03 11:20"),
    leaf("plain", """Welcome to AWS Skill Builder!

Complete your learner profile so that we can recommend the right courses:
https://skillbuilder.aws/profile

Happy learning,
The AWS Training team
"""))

add(9, ("acknowledgement", False, A, ["AWS04819087"]),
    "15-digit case; ack with conditional 'if you have additional information, reply'",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-05 19:36"),
    leaf("plain", f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your inquiry.

The details of your case are as follows:

Case ID: {A}
Subject: account-assistance
Severity: General
Correspondence: I am no longer going to be an employee of Kitaura Systems and would like to merge my
certification account (h-mizuno@kitaura-sys.co.jp) into my personal one (haruka.mizuno.dev@gmail.com).
Candidate ID of the company account: AWS04819087

We usually reply within 24 hours. To avoid delays, please do not open another case for the same request.
If you have additional information for us, you can reply to this email.

Sincerely,
Amazon Web Services
"""))

ack_b_txt = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {B} to address your inquiry.

Case ID: {B}
Subject: account-assistance
Correspondence: Please merge my company certification account into my personal account.

Our team typically responds within 24 hours. If you already have a case open for the same request,
please do not open a second one.

Sincerely,
Amazon Web Services
"""
add(10, ("acknowledgement", False, B, []),
    "duplicate form submission 12 minutes after the first; multipart, QP",
    TCF, ME_P, f"RE:[CASE {B}] {TCSUBJ}", d("2025-03-05 19:48"),
    multi("alternative", [leaf("plain", ack_b_txt, cte="quoted-printable"),
                          leaf("html", html(ack_b_txt.replace("\n\n", "</p><p>").replace("\n", "<br>")),
                               cte="quoted-printable")], 10))

add(11, ("user_reply", False, F, []),
    "owner writes from company address (Outlook quoting); mentions another case number",
    MEC, TC, f"RE: [CASE {F}] {TCSUBJ}", d("2025-03-06 05:30", JST),
    leaf("plain", f"""Hello Marisol,

Sorry for not answering earlier. I have filed a new, more complete request (case {A}), so this
older case can stay closed.

Regards,
Haruka Mizuno
Kitaura Systems Co., Ltd.

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Saturday, February 22, 2025 7:17 AM
To: {ME_C}
Subject: RE: [CASE {F}] {TCSUBJ}

Hello,

We wrote to you on February 18 asking which account you would like to keep and have not heard back.
Because of that, this case has now been closed on our side.
"""), irt=[2, 4], crlf=True)

add(12, ("case_update", False, B, []),
    "duplicate case linked to the original; says no reply needed here but is not a resolution",
    TCF, ME_P, f"RE:[CASE {B}] {TCSUBJ}", d("2025-03-06 02:10"),
    leaf("plain", f"""Hi Haruka,

It looks like this request reached us twice. We have linked this case to case {A}, which holds the
same request, and all further work will happen there. There is no need to reply on this thread.

Thanks,
Daniel
AWS Training and Certification
"""), irt=10)

add(13, ("resolved", False, F, []),
    "resolution that quotes the owner's message; short",
    TCF, ME_C, f"RE: [CASE {F}] {TCSUBJ}", d("2025-03-06 03:02"),
    leaf("plain", f"""Hello Haruka,

Understood. We will leave case {F} closed and continue under the newer case. Nothing else is needed
on this one.

Marisol
AWS Training and Certification

> I have filed a new, more complete request (case {A}), so this
> older case can stay closed.
"""), irt=[2, 4, 11])

add(14, ("suspicious", False, None, []),
    "lookalike domain amazon-certsupport.com; mimics the case subject and asks to confirm via link",
    ("AWS Training and Certification", "support@amazon-certsupport.com"), ME_P,
    f"RE:[CASE {A}] Action required: verify accounts before merge", d("2025-03-06 06:44"),
    leaf("html", html(f"""<p>Dear Customer,</p><p>Your merge request (case {A}) is pending. To avoid losing your
certifications, verify both accounts within 24 hours:</p>
<p><a href="https://amazon-certsupport.com/verify?c={A}">Verify my accounts</a></p>
<p>AWS Training and Certification</p>"""), cte="quoted-printable"),
    auth=auth_for(ME_P, "amazon-certsupport.com"))

on_hold_a = f"""Hello Haruka,

Thank you for your patience while we looked into this request.

Your company certification account (h-mizuno@kitaura-sys.co.jp) is associated with an AWS Partner
Network organization, Kitaura Systems Co., Ltd. Accounts that belong to a partner organization count
toward that partner's certification totals, so we are not able to move them while the person is still
employed there. We have put the merge on hold for now and notified the partner team.

Once you have left, the hold can be lifted and we will continue with the merge to your personal
account. For our records, what will be your final day of employment with Kitaura Systems?

Best regards,
Ravi K.
AWS Training and Certification Customer Support
"""
add(15, ("on_hold", True, A, []),
    "APN hold; the only ask is a bare question at the end of a long explanation",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-06 08:15"), leaf("plain", on_hold_a), irt=9)

add(16, ("unrelated", False, None, []),
    "Pearson VUE appointment; 9-digit registration id; 'please confirm' wording",
    ("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P,
    "Confirming your AWS Certified Security - Specialty exam appointment", d("2025-03-06 12:00"),
    leaf("plain", """Dear Haruka Mizuno,

Thank you for scheduling with Pearson VUE.

Registration ID: 462918305
Exam: AWS Certified Security - Specialty (SCS-C02)
Appointment: Saturday, April 26, 2025 10:00 JST, OnVUE online proctored

Please review the details above and confirm your system test before the exam day.
"""))

add(17, ("user_reply", False, A, []),
    "reply from the company address (wrong address), Outlook 'Original Message' top-posting",
    MEC, TC, f"RE: [CASE {A}] {TCSUBJ}", d("2025-03-07 09:12", JST),
    leaf("plain", f"""Hello Ravi,

My last day at Kitaura Systems is March 14, 2025. After that this mailbox will be closed, so please
use my personal address for everything.

Thank you,
Haruka Mizuno

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: Thursday, March 6, 2025 5:15 PM
To: {ME_P}
Subject: RE:[CASE {A}] {TCSUBJ}

{on_hold_a}"""), irt=[9, 15], crlf=True)

add(18, ("unrelated", False, None, []),
    "Japanese out-of-office auto-reply, ISO-2022-JP, contains 'ご返信'",
    ("伊藤 駿", "s-ito@kitaura-sys.co.jp"), ME_C, "自動応答: 引き継ぎ資料の件", d("2025-03-07 00:20"),
    leaf("plain", """お疲れさまです。伊藤です。

誠に勝手ながら、3月7日から3月10日まで休暇をいただいております。
お急ぎの場合は運用チーム（ops@kitaura-sys.co.jp）までご連絡ください。
戻り次第、順次ご返信いたします。
""", cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", extra={"Auto-Submitted": "auto-replied"},
    auth=auth_for(ME_C, "kitaura-sys.co.jp"))

add(19, ("info_request", True, A, []),
    "asks the owner to resend from the destination address; no 'please'; sent to company address",
    TCF, ME_C, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-07 02:40"),
    leaf("plain", f"""Hi Haruka,

Thanks for the date. One snag: your note came from h-mizuno@kitaura-sys.co.jp, and for security we
can only take instructions about the destination account from the address registered on it.
We need you to send the same information again from {ME_P}, replying on this case.

Ravi K.
AWS Training and Certification
"""), irt=[9, 15, 17])

add(20, ("user_reply", False, A, []),
    "owner writes from personal address, Gmail 'On ... wrote:' quoting",
    MEP, TC, f"Re: [CASE {A}] {TCSUBJ}", d("2025-03-07 12:05", JST),
    leaf("plain", f"""Hi Ravi,

Writing from my personal address as requested. My last working day at Kitaura Systems is
March 14, 2025, and I would like everything merged into {ME_P}.

Best,
Haruka

On Fri, Mar 7, 2025 at 11:40 AM Amazon Web Services <{TC}> wrote:
> Hi Haruka,
>
> Thanks for the date. One snag: your note came from h-mizuno@kitaura-sys.co.jp, and for security we
> can only take instructions about the destination account from the address registered on it.
> We need you to send the same information again from {ME_P}, replying on this case.
"""), irt=[9, 15, 17, 19])

add(21, ("case_update", False, A, []),
    "progress news with a conditional 'if you have anything to add, reply' invitation",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-08 01:30"),
    leaf("plain", """Hello Haruka,

Thank you, that is all we needed for now. I have passed your leaving date to our partner team so that
the account can be released from the partner organization after March 14. I will write again as soon
as they confirm.

If you have anything to add in the meantime, just reply to this email.

Ravi K.
AWS Training and Certification
"""), irt=[9, 15, 17, 19, 20])

add(22, ("unrelated", False, None, []),
    "Japanese AWS marketing (ISO-2022-JP) with '登録内容をご確認ください'",
    ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025 ご登録内容のご確認", d("2025-03-08 03:00"),
    leaf("plain", """水野 様

AWS Summit Japan 2025 へのご登録ありがとうございます。
当日はマイページに表示される QR コードをご提示ください。
登録内容に誤りがある場合は、マイページから修正してください。

アマゾン ウェブ サービス ジャパン合同会社
""", cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp")

conf_rows = f"""<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Candidate ID</td><td>AWS11223344</td><td>AWS04819087</td></tr>
</table>"""
add(23, ("confirmation_request", True, A, ["AWS11223344", "AWS04819087"]),
    "HTML-only with Account #1/#2 table; 'Kindly confirm' after the table; QP",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-10 06:52"),
    leaf("html", html(f"""<p>Hello Haruka,</p>
<p>Good news: the partner team has released your company account, so the merge can go ahead. I found
these two certification accounts:</p>
{conf_rows}
<p>Kindly confirm that Account #2 should be merged into Account #1, leaving Account #1
({ME_P}) as the only account.</p>
<p>Regards,<br>Priya S.<br>AWS Training and Certification Customer Support</p>"""), cte="quoted-printable"),
    irt=[9, 15, 17, 19, 20, 21])

add(24, ("certification", False, None, ["AWS04819087"]),
    "certification expiry notice with 'recertify now' call to action",
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certification expires in 90 days", d("2025-03-11 15:00"),
    leaf("plain", """Hello Haruka Mizuno,

Your AWS Certified Developer - Associate certification expires on June 9, 2025.
Recertify before that date to keep your certification active: https://aws.amazon.com/certification/recertification/

Candidate ID: AWS04819087
"""))

closing_a = f"""Hi Haruka,

Just following up on my last note. We still need your go-ahead before we combine the two
certification accounts listed earlier on this case.

As we haven't heard from you, this case will be closed automatically in 48 hours. A reply from you
before then keeps it open, and replying afterwards will reopen it.

Best,
Priya S.
AWS Training and Certification
"""
add(25, ("closing_notice", True, A, []),
    "closing notice with 'still need your go-ahead' and no please; text/plain base64",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-13 07:10"),
    leaf("plain", closing_a, cte="base64"), irt=[9, 15, 17, 19, 20, 21, 23])

add(26, ("suspicious", False, None, []),
    "From the real T&C address with real case subject but DKIM/DMARC fail in Authentication-Results",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-13 08:02"),
    leaf("plain", f"""Hello Haruka,

To finish the merge of your certification accounts, please confirm your identity and the account to
keep using our secure form: https://aws-training-verify.support-portal.click/case/{A}

AWS Training and Certification
"""), auth=auth_for(ME_P, "amazon.com", dkim="fail", spf="softfail", dmarc="fail", dkim_dom="support-portal.click"),
    mid_dom="support-portal.click")

add(27, ("user_reply", False, A, []),
    "top-posted confirmation; subject has no case number (thread via In-Reply-To/References only); quotes the request",
    MEP, TC, "Re: Your certification account merge", d("2025-03-13 20:14", JST),
    leaf("plain", f"""Confirmed. Please merge to Account #1.

Sorry for the slow answer, I was busy with my handover.

Haruka

On Thu, Mar 13, 2025 at 4:10 PM Amazon Web Services <{TC}> wrote:
{quote(closing_a)}
>
> On Mon, Mar 10, 2025, Priya S. wrote:
> > Account #1: Login email {ME_P}
> > Account #2: Login email {ME_C}
> > Kindly confirm that Account #2 should be merged into Account #1.
""", cte="quoted-printable"), irt=[9, 23, 25])

add(28, ("resolved", False, A, []),
    "'successfully merged' above the quoted confirmation request (quoted request must not count)",
    TCF, ME_P, f"RE:[CASE {A}] {TCSUBJ}", d("2025-03-13 11:55"),
    leaf("plain", f"""Hello Haruka,

I have successfully merged all accounts. Your certifications, exam history and benefits now live on
Account #1 ({ME_P}). It can take up to 24 hours for Credly to show the change.

Should you have any other questions, feel free to reply to this email.

Best regards,
Priya S.
AWS Training and Certification

-----Original Message-----
From: {ME_P}
Subject: Re: Your certification account merge

Confirmed. Please merge to Account #1.

-----Original Message-----
From: {TC}
Kindly confirm that Account #2 should be merged into Account #1, leaving Account #1
({ME_P}) as the only account. Could you reply today?
"""), irt=[9, 23, 25, 27])

add(29, ("badge", False, None, []),
    "Credly badge mail with 'Accept your badge' button",
    ("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", d("2025-03-13 12:20"),
    multi("alternative", [
        leaf("plain", """Hi Haruka,

Congratulations! Amazon Web Services Training and Certification has issued you the badge
AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.credly.com/badges/5b1f0c7e-3a2d-4f6b-9b1e-2f0a9d8c7e61/accept
"""), leaf("html", html("<p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you "
                        "a badge: <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href='https://www."
                        "credly.com/badges/5b1f0c7e-3a2d-4f6b-9b1e-2f0a9d8c7e61/accept'>Accept badge</a></p>"),
                   cte="quoted-printable")], 29))

add(30, ("survey", False, A, []),
    "support satisfaction survey for the case; 'please take a moment'",
    ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
    f"How did we do? Your feedback on case {A}", d("2025-03-14 12:00"),
    leaf("plain", f"""Hello,

Your case {A} was recently resolved. Please take a moment to tell us how satisfied you were with the
support you received. The survey has 3 questions:
https://amazonwebservices.qualtrics.com/jfe/form/SV_tc?case={A}

Thank you,
AWS Training and Certification
"""))

add(31, ("badge", False, None, []),
    "second Credly badge; 'claim' reminder",
    ("Credly", "admin@credly.com"), ME_P, "Reminder: claim your AWS Certified Developer - Associate badge",
    d("2025-03-15 12:20"),
    leaf("plain", """Hi Haruka,

You have a badge waiting: AWS Certified Developer - Associate, issued by Amazon Web Services Training
and Certification. Claim it to share it on LinkedIn:
https://www.credly.com/badges/0e9c1d44-71ab-4a38-8c21-6f2b5d4e9a03
""", cte="quoted-printable"))

add(32, ("suspicious", False, None, []),
    "lookalike Credly domain claiming a badge was revoked",
    ("Credly Badges", "admin@credly-verify.com"), ME_P, "Your AWS badge has been revoked - action required",
    d("2025-03-15 19:40"),
    leaf("plain", """Hi,

Due to a recent account merge your AWS badges were revoked. Log in within 48 hours to restore them:
https://credly-verify.com/restore
"""), auth=auth_for(ME_P, "credly-verify.com"))

add(33, ("unrelated", False, None, []),
    "bounce: case number in subject, but a delivery failure to the closed company mailbox",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    f"Delivery Status Notification (Failure)", d("2025-03-17 02:30"),
    multi("report", [leaf("plain", f"""** Address not found **

Your message wasn't delivered to h-mizuno@kitaura-sys.co.jp because the address couldn't be found.

The response was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: Re: [CASE {A}] {TCSUBJ}
"""), b'Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\n'
     b'Final-Recipient: rfc822; h-mizuno@kitaura-sys.co.jp\nAction: failed\nStatus: 5.1.10\n'], 33),
    auth=auth_for(ME_P, "googlemail.com"))

add(34, ("acknowledgement", False, C, []),
    "console 'New Support case' mail (11-digit); footer says the address cannot take mail",
    CONF, ME_P, f"Amazon Web Services: New Support case: {C}", d("2025-03-18 01:10"),
    leaf("plain", f"""Dear AWS customer,

We have received your request for support. A support case has been created with the following details.

Case ID: {C}
Subject: Exam history missing after certification account merge
Severity: General guidance
Account: [AWS ID 381492057716]
""" + CONSOLE_FOOT % C))

inf_c_txt = f"""Hello,

Thank you for reaching out. I see that your certification accounts were merged last week and that an
exam from 2023 is not listed on the remaining account. That exam record sits in a separate testing
profile that was not picked up by the merge.

To locate it, we need the date of that exam and the candidate ID that was shown on the score report.

Best regards,
Kenji
Amazon Web Services
"""
add(35, ("info_request", True, C, []),
    "console case: ask must be answered in Support Center; feedback footer; 12-digit account id; multipart",
    CONF, ME_P, f"RE:[CASE {C}] Exam history missing after certification account merge", d("2025-03-18 09:33"),
    multi("alternative", [leaf("plain", inf_c_txt + CONSOLE_FOOT % C),
                          leaf("html", html(inf_c_txt.replace("\n\n", "</p><p>") + (CONSOLE_FOOT % C).replace(
                              "\n", "<br>")), cte="quoted-printable")], 35), irt=34)

add(36, ("unrelated", False, None, []),
    "AWS billing with 12-digit account id and 'payment due'",
    ("Amazon Web Services", "aws-billing@amazon.com"), ME_P, "Amazon Web Services Billing Statement Available [Account: 381492057716]",
    d("2025-03-19 02:00"),
    leaf("plain", """Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement is available on the AWS Billing console.
Account ID: 381492057716
Total: USD 3.42

Please see the Billing console for details.
"""))

add(37, ("closing_notice", True, C, []),
    "console case auto-resolve warning; answer in Support Center",
    CONF, ME_P, f"RE:[CASE {C}] Exam history missing after certification account merge", d("2025-03-21 09:40"),
    leaf("plain", """Hello,

We have not received a response to our previous correspondence. If we don't hear from you, this case
will be resolved automatically in 3 days. Updating the case in the Support Center keeps it open.

Amazon Web Services
""" + CONSOLE_FOOT % C), irt=[34, 35])

add(38, ("certification", False, None, []),
    "certmetrics recertification congratulations",
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", d("2025-03-21 15:00"),
    leaf("plain", """Hello Haruka Mizuno,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate! Your new expiration
date is March 21, 2028. Your digital badge will be updated on Credly.

AWS Certification
"""))

add(39, ("case_update", False, C, ["AWS04819087", "AWS11223344"]),
    "console progress update listing candidate ids; feedback footer that says 'please'",
    CONF, ME_P, f"RE:[CASE {C}] Exam history missing after certification account merge", d("2025-03-22 04:05"),
    leaf("plain", """Hello,

Thanks for the details you added in the Support Center. I found the testing profile under candidate ID
AWS04819087 and I am moving the 2023 exam to AWS11223344. Our certification operations team is
working on it now and I will update this case when it's done.

Best regards,
Kenji
Amazon Web Services
""" + CONSOLE_FOOT % C), irt=[34, 35, 37])

add(40, ("resolved", False, C, []),
    "console case resolved; rating footer",
    CONF, ME_P, f"RE:[CASE {C}] Exam history missing after certification account merge", d("2025-03-24 06:20"),
    leaf("plain", """Hello,

The 2023 exam now shows in the exam history of your remaining account. I am marking this case as
resolved. No further action is required on your part.

Best regards,
Kenji
Amazon Web Services
""" + CONSOLE_FOOT % C), irt=[34, 35, 37, 39])

add(41, ("survey", False, C, []),
    "console survey mail with 'please rate' and the case number in a displayId link",
    CONF, ME_P, f"Amazon Web Services: Rate your support experience for case {C}", d("2025-03-24 06:25"),
    leaf("html", html(f"""<p>Dear AWS customer,</p><p>Your support case has been resolved. How would you rate the
support you received?</p>
<table><tr><td><a href="https://console.aws.amazon.com/support/feedback?displayId={C}&r=5">Excellent</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId={C}&r=1">Poor</a></td></tr></table>"""),
         cte="base64"))

ack_d = f"""水野 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お問い合わせに対応するため、ケース {D} を作成いたしました。

ケース ID: {D}
件名: 認定特典（50% 割引バウチャー）の移行について

通常24時間以内にご回答いたします。すでにケースが提起されている場合は、同様のリクエストについて
別のケースを提起しないでください。追加情報がございましたら、本メールにご返信ください。

アマゾン ウェブ サービス
"""
add(42, ("acknowledgement", False, D, []),
    "Japanese ack, ISO-2022-JP; conditional 'ございましたら…ご返信ください'",
    TCF, ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-03-25 02:00"),
    leaf("plain", ack_d, cs="iso-2022-jp", cte="7bit"))

add(43, ("unrelated", False, None, []),
    "Skill Builder subscription receipt with order number",
    ("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt (Order 5539127804)",
    d("2025-03-25 03:00"),
    leaf("plain", """Thank you for your purchase.

Order number: 5539127804
Individual subscription, monthly: USD 29.00

No action is needed. Manage your subscription at https://skillbuilder.aws/subscription
"""))

inf_d = """水野 様

お世話になっております。AWS トレーニングと認定サポートの佐藤でございます。

先日統合が完了したアカウントにつきまして、旧アカウントに付与されていた 50% 割引バウチャーが
新しいアカウントに表示されていない件を確認いたしました。特典は認定ごとに発行されており、
統合の際に自動では移行されない場合がございます。

特典を移行するため、旧アカウントと新アカウントそれぞれの候補 ID（AWS から始まる番号）を
本ケースにてご教示いただけますでしょうか。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add(44, ("info_request", True, D, []),
    "Japanese keigo ask buried after explanation; Shift_JIS 8bit; mentions 'AWS' but no id",
    ("AWS トレーニングと認定", TC), ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-03-26 01:02"),
    leaf("plain", inf_d, cs="shift_jis", cte="8bit"), irt=42, subj_cs="iso-2022-jp")

add(45, ("user_reply", False, D, ["AWS04819087", "AWS11223344"]),
    "Japanese reply with Japanese Gmail reply header; candidate ids in own text; ISO-2022-JP",
    MEP, TC, f"Re: [CASE {D}] {TCSUBJ}", d("2025-03-26 19:30", JST),
    leaf("plain", f"""佐藤様

ご連絡ありがとうございます。候補IDは以下のとおりです。

旧アカウント: AWS04819087
新アカウント: AWS11223344

よろしくお願いいたします。
水野

2025年3月26日(水) 10:02 AWS トレーニングと認定 <{TC}>:
{quote(inf_d)}
""", cs="iso-2022-jp", cte="7bit"), irt=[42, 44])

add(46, ("case_update", False, D, []),
    "Japanese escalation notice, base64 UTF-8; polite but asks nothing",
    ("AWS トレーニングと認定", TC), ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-03-27 04:15"),
    leaf("plain", """水野 様

候補 ID のご連絡ありがとうございます。
特典の移行につきまして、担当部署へエスカレーションいたしました。進捗がございましたら
改めてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", cte="base64"), irt=[42, 44, 45])

add(47, ("unrelated", False, None, []),
    "other vendor's Japanese 'case closed' mail with ticket number",
    ("Backlog サポート", "support@backlog.jp"), ME_P, "【Backlog サポート】お問い合わせ #58213 をクローズしました",
    d("2025-03-28 06:00"),
    leaf("plain", """水野 様

お問い合わせ #58213 は解決済みとしてクローズいたしました。
再度ご不明な点がございましたら、本メールにご返信いただくことで再開できます。

Backlog サポートチーム
""", cte="quoted-printable"))

add(48, ("resolved", False, D, []),
    "Japanese resolution quoting the old keigo request; 'ご不明な点がございましたら' conditional",
    ("AWS トレーニングと認定", TC), ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-03-31 02:40"),
    leaf("plain", f"""水野 様

大変お待たせいたしました。50% 割引バウチャーを新しいアカウントへ移行いたしました。
お客様に追加でご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

佐藤

----- 元のメッセージ -----
{quote(inf_d)}
"""), irt=[42, 44, 45, 46])

add(49, ("survey", False, D, []),
    "Japanese survey mail, 'ご協力をお願いいたします'",
    ("アマゾン ウェブ サービス", "aws-cs-survey@amazon.com"), ME_P,
    f"サポートに関するアンケートのお願い（ケース {D}）", d("2025-04-01 03:00"),
    leaf("plain", f"""水野 様

ケース {D} のサポートについて、満足度をお聞かせください（所要時間 1 分）。
https://amazonwebservices.qualtrics.com/jfe/form/SV_tc_ja?case={D}

アンケートへのご協力をよろしくお願いいたします。
""", cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp")

add(50, ("user_reply", False, D, []),
    "owner reopens resolved case in Japanese, Shift_JIS",
    MEP, TC, f"Re: [CASE {D}] {TCSUBJ}", d("2025-04-02 09:10", JST),
    leaf("plain", """佐藤様

お世話になっております。水野です。
本日確認したところ、新しいアカウントの特典ページにまだバウチャーが表示されておりません。
お手数ですが再度ご確認いただけますと幸いです。

水野
""", cs="shift_jis", cte="8bit"), irt=[42, 44, 45, 46, 48], subj_cs="iso-2022-jp")

add(51, ("case_update", False, D, []),
    "'case reopened' notice that looks like an acknowledgement",
    ("AWS トレーニングと認定", TC), ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-04-02 02:30"),
    leaf("plain", f"""水野 様

ご連絡ありがとうございます。ケース {D} を再開いたしました。
担当者が状況を確認しておりますので、今しばらくお待ちください。

アマゾン ウェブ サービス
""", cs="iso-2022-jp", cte="7bit"), irt=[42, 44, 45, 46, 48, 50])

add(52, ("info_request", True, D, []),
    "Japanese mixed mail: progress plus plain 〜ください ask for a screenshot",
    ("AWS トレーニングと認定", TC), ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-04-03 00:50"),
    leaf("plain", """水野 様

システム上はバウチャーが新しいアカウントへ移行済みとなっております。表示の問題の可能性が
ございますので、特典ページ（BENEFITS > Certification benefits）のスクリーンショットを
添付のうえ、本メールに返信してください。

佐藤
""", cte="quoted-printable"), irt=[42, 44, 45, 46, 48, 50, 51])

png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
add(53, ("user_reply", False, D, []),
    "Japanese reply with a PNG attachment, multipart/mixed",
    MEP, TC, f"Re: [CASE {D}] {TCSUBJ}", d("2025-04-03 12:00", JST),
    multi("mixed", [leaf("plain", """佐藤様

スクリーンショットを添付いたします。ご確認のほどよろしくお願いいたします。

水野
"""), attach("benefits.png", "image/png", png)], 53), irt=[42, 44, 45, 46, 48, 50, 51, 52])

add(54, ("resolved", False, D, []),
    "English resolution on a Japanese thread; 'no further action is required'",
    TCF, ME_P, f"RE:[CASE {D}] {TCSUBJ}", d("2025-04-04 05:30"),
    leaf("plain", """Hello Haruka,

Thanks for the screenshot. The benefit was attached to the wrong certification; it is now on your
account and shows on the Benefits page. No further action is required, and this case is resolved.

Sato
AWS Training and Certification
"""), irt=[42, 44, 45, 46, 48, 50, 51, 52, 53])

add(55, ("acknowledgement", False, E, []),
    "ack for a second topic (name on certificate), 11-digit, CRLF + QP",
    TCF, ME_P, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certificate-name",
    d("2025-04-07 08:00"),
    leaf("plain", f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {E} to address your inquiry.
You should hear from us within 24 hours; in some cases we may need more time to find the best solution.
Please do not open another case for the same request.

Case ID: {E}
Correspondence: My name on the certificate should read "Haruka Mizuno" (family name last).

Sincerely,
Amazon Web Services
""", cte="quoted-printable"), crlf=True)

add(56, ("on_hold", False, E, []),
    "hold waiting on the exam delivery vendor; explicitly nothing to do",
    TCF, ME_P, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certificate-name",
    d("2025-04-08 03:20"),
    leaf("plain", """Hello Haruka,

The name on your certificates comes from your testing profile with our exam delivery provider, so I
have asked them to correct it. Your case is on hold until they respond. No action is required from
you at this time.

Tom
AWS Training and Certification
"""), irt=55)

add(57, ("unrelated", False, None, []),
    "exam vendor asking to update name (request-looking), 9-digit registration id",
    ("Pearson VUE", "noreply@pearson.com"), ME_P, "Action required: update your candidate profile name",
    d("2025-04-08 10:00"),
    leaf("plain", """Dear Candidate,

Your upcoming appointment (registration 462918305) requires that the name in your profile matches your
ID exactly. Please review your profile at https://home.pearsonvue.com/aws before the exam.
"""))

hold2 = """Hello again,

Quick update: the exam delivery provider has confirmed receipt but has not made the change yet, so the
case stays on hold on their side.

In the meantime, does the name on your government-issued ID include a middle name?

Tom
AWS Training and Certification
"""
add(58, ("on_hold", True, E, []),
    "hold plus a bare question (no please, no 'let us know')",
    TCF, ME_P, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certificate-name",
    d("2025-04-10 04:00"), leaf("plain", hold2), irt=[55, 56])

close_e = f"""水野 様

いつもお世話になっております。
{d("2025-04-10 04:00").strftime("%m月%d日")}にお送りしたご質問について、現時点でご返信を確認できておりません。
3営業日以内にご連絡がない場合、本ケースはクローズさせていただきます。
引き続きサポートが必要な場合は、本メールへのご返信をいただけますでしょうか。

何卒よろしくお願いいたします。
AWS トレーニングと認定
"""
add(59, ("closing_notice", True, E, []),
    "Japanese keigo closing notice, base64 UTF-8 in multipart/alternative",
    ("AWS トレーニングと認定", TC), ME_P,
    f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certificate-name", d("2025-04-14 01:00"),
    multi("alternative", [leaf("plain", close_e, cte="base64"),
                          leaf("html", html(close_e.replace("\n", "<br>\n")), cte="base64")], 59), irt=[55, 56, 58])

add(60, ("user_reply", False, E, []),
    "short answer from owner, Gmail quoting of an English question",
    MEP, TC, f"Re: [CASE {E}] [AWS Training and Certification Form Submission] - certificate-name",
    d("2025-04-14 18:40", JST),
    leaf("plain", f"""Hello Tom,

No, there is no middle name. Just Haruka Mizuno.

Thanks,
Haruka

On Thu, Apr 10, 2025 at 1:00 PM Amazon Web Services <{TC}> wrote:
{quote(hold2)}
"""), irt=[55, 56, 58, 59])

add(61, ("case_update", False, E, []),
    "progress news that mentions a future step, asks nothing",
    TCF, ME_P, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certificate-name",
    d("2025-04-16 07:00"),
    leaf("plain", """Hi Haruka,

Thanks. The provider has corrected your profile name. New certificates are generated overnight and
should appear in your account within 5 business days. I'll keep the case open until then.

Tom
"""), irt=[55, 56, 58, 59, 60])

res_e = """Hello Haruka,

Your certificates now show the name "Haruka Mizuno". This case is resolved and no further action is
required.

Tom
AWS Training and Certification

How was your experience? Please rate this response: https://aws-cs-survey.amazon.com/r?v=1
"""
add(62, ("resolved", False, E, []),
    "resolution with a survey footer ('please rate'); HTML table layout",
    TCF, ME_P, f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certificate-name",
    d("2025-04-18 07:00"),
    multi("alternative", [leaf("plain", res_e),
                          leaf("html", html("<table width='600'><tr><td>" + res_e.replace("\n", "<br>") +
                                            "</td></tr></table>"), cte="quoted-printable")], 62),
    irt=[55, 56, 58, 59, 60, 61])

add(63, ("certification", False, None, []),
    "certmetrics notice about updated digital certificate",
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification record has been updated", d("2025-04-18 15:00"),
    leaf("plain", """Hello Haruka Mizuno,

Your AWS Certification record has been updated. You can download your updated certificates from
https://www.aws.training/Certification

AWS Certification
"""))

ack_g = f"""Hello / こんにちは

Thank you for contacting Amazon Web Services. We have opened case {G} to address your inquiry.
アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース {G} を作成いたしました。

Case ID / ケース ID: {G}

We usually respond within 24 hours. / 通常24時間以内にご回答いたします。

Amazon Web Services
"""
add(64, ("acknowledgement", False, G, []),
    "bilingual English/Japanese ack, 15-digit case",
    TCF, ME_P, f"RE: [CASE {G}] {TCSUBJ}", d("2025-04-21 01:50"), leaf("plain", ack_g, cte="quoted-printable"))

conf_g = f"""水野 様

AWS トレーニングと認定サポートの木村です。

お客様のメールアドレス（{ME_P}）で、以下の 2 つの認定アカウントが登録されていることを確認いたしました。

Account #1
Login email: {ME_P}
Certification notification email: {ME_P}
候補 ID: AWS11223344

Account #2
Login email: {ME_P}
Certification notification email: {ME_P}
候補 ID: AWS20573318

Account #2 を Account #1 に統合し、Account #1 を残すということでよろしいでしょうか。
ご確認のほどよろしくお願いいたします。

木村
"""
add(65, ("confirmation_request", True, G, ["AWS11223344", "AWS20573318"]),
    "Japanese confirmation request (two accounts with the same email); UTF-8 QP",
    ("AWS トレーニングと認定", TC), ME_P, f"RE: [CASE {G}] {TCSUBJ}", d("2025-04-22 03:10"),
    leaf("plain", conf_g, cte="quoted-printable"), irt=64)

add(66, ("unrelated", False, None, []),
    "AWS marketing with 'confirm your registration' call to action",
    ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Reminder: confirm your spot at AWS Community Day", d("2025-04-22 05:00"),
    leaf("html", html("<p>Hi Haruka,</p><p>Seats are limited. <a href='https://aws.amazon.com/events/'>Confirm "
                      "your registration</a> by Friday.</p><p>Unsubscribe</p>"), cte="quoted-printable"))

u67 = """木村様

ご連絡ありがとうございます。
Account #2 は以前ビルダー ID で誤って作成したものだと思います。どちらに Solutions Architect の
資格が紐づいているか教えていただけますか。

水野
"""
add(67, ("user_reply", False, G, []),
    "owner answers with a question of her own (a request from the owner, not from support)",
    MEP, TC, f"Re: [CASE {G}] {TCSUBJ}", d("2025-04-22 21:00", JST),
    leaf("plain", u67 + "\n2025年4月22日(火) 12:10 AWS トレーニングと認定 <%s>:\n%s\n" % (TC, quote(conf_g)),
         cs="iso-2022-jp", cte="7bit"), irt=[64, 65])

add(68, ("confirmation_request", True, G, []),
    "top-posted re-ask: answer + progress first, confirmation question last, long quoted history below",
    TCF, ME_P, f"RE: [CASE {G}] {TCSUBJ}", d("2025-04-23 02:00"),
    leaf("plain", f"""Hello Haruka,

The Solutions Architect - Associate certification is on Account #1; Account #2 holds only a
cancelled exam registration. Merging #2 into #1 therefore keeps everything you have.

Shall we go ahead with merging Account #2 into Account #1?

Kimura
AWS Training and Certification

________________________________
From: {ME_NAME} <{ME_P}>
Sent: Tuesday, April 22, 2025 12:00 PM
Subject: Re: [CASE {G}] {TCSUBJ}

{u67}
________________________________
From: AWS トレーニングと認定 <{TC}>

{conf_g}""", cte="base64"), irt=[64, 65, 67])

add(69, ("user_reply", False, G, []),
    "Japanese keigo reply from owner that itself contains よろしくお願いいたします",
    MEP, TC, f"Re: [CASE {G}] {TCSUBJ}", d("2025-04-23 13:30", JST),
    leaf("plain", """木村様

ご確認ありがとうございます。Account #1 への統合で問題ございません。
統合のほどよろしくお願いいたします。

水野
""", cs="iso-2022-jp", cte="7bit"), irt=[64, 65, 67, 68])

add(70, ("resolved", False, G, []),
    "Japanese completion; ends with 'ご不明な点がございましたらお気軽にご返信ください'",
    ("AWS トレーニングと認定", TC), ME_P, f"RE: [CASE {G}] {TCSUBJ}", d("2025-04-24 00:45"),
    leaf("plain", """水野 様

Account #2 を Account #1 に統合いたしました。本件はこれにて完了となります。
ご不明な点がございましたら、お気軽にご返信ください。

木村
AWS トレーニングと認定
""", cs="shift_jis", cte="8bit"), irt=[64, 65, 67, 68, 69], subj_cs="iso-2022-jp")

add(71, ("badge", False, None, []),
    "Credly badge update mail after merge",
    ("Credly", "admin@credly.com"), ME_P, "Your badge from Amazon Web Services Training and Certification was updated",
    d("2025-04-24 03:00"),
    leaf("plain", """Hi Haruka,

Amazon Web Services Training and Certification updated your badge AWS Certified Solutions Architect -
Associate. View it here: https://www.credly.com/badges/5b1f0c7e-3a2d-4f6b-9b1e-2f0a9d8c7e61
"""))

add(72, ("unrelated", False, None, []),
    "IAM Identity Center / Builder ID sign-in code from login.awsapps.com",
    ("AWS", "no-reply@login.awsapps.com"), ME_P, "Your AWS verification code", d("2025-04-25 00:10"),
    leaf("plain", "Verification code: 907315\n\nThis code expires in 10 minutes.\n"))

add(73, ("suspicious", False, None, []),
    "Japanese phishing closing-notice lookalike from aws-training-jp.com",
    ("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_P,
    f"【重要】ケース {G} は24時間後にクローズされます", d("2025-04-25 09:00"),
    leaf("plain", """お客様

認定アカウントの統合を完了するため、24時間以内に以下のリンクから本人確認を行ってください。
https://aws-training-jp.com/verify

AWS トレーニングと認定
""", cte="base64"), auth=auth_for(ME_P, "aws-training-jp.com", dkim="none", dmarc="none"))

add(74, ("unrelated", False, None, []),
    "other vendor's English 'case closed' mail",
    ("Atlassian Support", "support@atlassian.com"), ME_P, "Your request SUP-22310 has been resolved",
    d("2025-04-26 10:00"),
    leaf("plain", """Hi Haruka,

Your request SUP-22310 "License transfer after leaving organization" has been resolved.
If you need anything else, reply to this email to reopen it.
"""))

add(75, ("certification", False, None, []),
    "certmetrics invitation to the SME program (asks to apply)",
    ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Invitation: join the AWS Certification Subject Matter Expert program", d("2025-04-28 15:00"),
    leaf("plain", """Hello Haruka Mizuno,

As an AWS Certified individual you are invited to help write and review exam items. Apply here:
https://www.certmetrics.com/amazon/sme

AWS Certification
"""))

add(76, ("unrelated", False, None, []),
    "forwarded copy from a former colleague about Partner Central, with AWS headers quoted",
    ("Shun Ito", "shun.ito.works@gmail.com"), ME_P, "Fwd: AWS Partner Central: user removed from organization",
    d("2025-04-30 02:00", JST),
    leaf("plain", """Mizuno-san, FYI - this came to the ops list after your account was released.

---------- Forwarded message ---------
From: AWS Partner Central <no-reply@partnercentral.awspartner.com>
Date: Mon, Mar 10, 2025
Subject: AWS Partner Central: user removed from organization

The user h-mizuno@kitaura-sys.co.jp was removed from Kitaura Systems Co., Ltd.
Please confirm this change in Partner Central.
"""), auth=auth_for(ME_P, "gmail.com"))

# ---------------------------------------------------------------- write
for f in os.listdir(OUT):
    if f.endswith((".eml", ".json")) and f[:3].isdigit():
        os.remove(os.path.join(OUT, f))
MSGS.sort(key=lambda m: m[0])
rows = []
for n, raw, lab, note, subj in MSGS:
    base = "%03d-msg" % n
    with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
        fh.write(raw)
    with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
        json.dump(lab, fh, ensure_ascii=False)
        fh.write("\n")
    rows.append("| %03d | %s | %s | %s | %s | %s |" % (n, lab["kind"], str(lab["needs_reply"]).lower(),
                                                       lab["case"] or "-", subj.replace("|", "/"), note))

readme = f"""me: {ME_P} {ME_C}

# Blind held-out corpus (blind-116)

Owner: {ME_NAME}. Personal address `{ME_P}` (Gmail, Authentication-Results by mx.google.com);
old company address `{ME_C}` (Microsoft 365 style Authentication-Results), closed after 2025-03-14.

Regenerate with `python3 gen.py` (writes every NNN-msg.eml / NNN-msg.json and this README).

## Cases
- {F} (10 digits): older form case from the company address: info request -> closed for no answer -> owner asks to leave it closed -> resolved.
- {A} (15 digits): the main merge. ack -> APN hold with question -> reply from wrong (company) address -> ask to write from personal address -> reply -> progress -> HTML confirmation request -> closing notice -> confirmation (subject without case number, threaded by In-Reply-To/References) -> merged -> survey. A phishing copy with dmarc=fail and a lookalike mail use this case number too (labelled suspicious, case null).
- {B} (15 digits): duplicate form submission, linked to {A}.
- {C} (11 digits): AWS Support Center (console) case; must be answered in the Support Center; auto-resolve warning; resolved; survey.
- {D} (10 digits): Japanese thread about a benefit (voucher) transfer; candidate IDs; resolved, then reopened by the owner, screenshot request, resolved again.
- {E} (11 digits): certificate name change; on hold waiting on exam vendor (no ask), then hold with a bare question, Japanese closing notice, reply, progress, resolved with survey footer.
- {G} (15 digits): two accounts with the same email; Japanese confirmation request, owner's counter-question, top-posted re-ask, confirmation, resolved.

Non-case numbers: 12-digit AWS account id 381492057716, 9-digit Pearson VUE registration 462918305, 6-digit codes 481907 / 907315, order number 5539127804 (10 digits but not a case id, no case context).

## Messages
| # | kind | needs_reply | case | subject | what makes it hard |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write(readme)
print("wrote", len(MSGS), "messages")
