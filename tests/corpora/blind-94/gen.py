#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-msg.eml and NNN-msg.json into the directory holding this script."""
import base64, json, os, quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

ME_P = "daichi.harada.works@gmail.com"
ME_C = "d-harada@kumogata-tech.co.jp"
ME_NAME = "Daichi Harada"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_E = "12875540391"        # 11 digits, filed from the company address
CASE_A = "174095338200417"    # 15 digits, main case (personal address)
CASE_B = "174095391700962"    # 15 digits, duplicate form
CASE_C = "5218830476"         # 10 digits, Support Center (console) case
CASE_F = "174210044100951"    # 15 digits, Japanese agent, third account
CASE_G = "174280032700118"    # 15 digits, notification address change

CID_NEW, CID_OLD, CID_SSO = "AWS06611420", "AWS01928374", "AWS77310248"
ACCT = "482910337164"         # 12-digit AWS account id (not a case)
PVUE = "418830267"            # 9-digit Pearson VUE registration id

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}


def hdr_enc(s, cs="utf-8"):
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
        return "%s <%s>" % (Header(name, cs).encode(), a)


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(sub, text, cs="utf-8", cte="quoted-printable"):
    return {"sub": sub, "text": text, "cs": cs, "cte": cte}


def render_leaf(p):
    h = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (
        p["sub"], p["cs"], p["cte"])
    return h, p


def auth_gmail(fromdom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, sel="szqgv2"):
    mailfrom = mailfrom or ("bounces+%s" % fromdom)
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qm3x9Lz0;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.48.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s") % (
        dkim, fromdom, sel, spf, mailfrom, 90 + len(fromdom) % 40, mailfrom, dmarc,
        "NONE" if dmarc == "pass" else "QUARANTINE", fromdom)


def auth_m365(fromdom, dkim="pass", spf="pass", dmarc="pass", mailfrom="amazonses.com"):
    return ("spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        spf, 10 + len(fromdom), mailfrom, dkim, fromdom, dmarc, fromdom,
        "pass" if dmarc == "pass" else "fail")


def M(label, note, frm, to, subj, date, body, mid=None, irt=None, refs=None, auth=None,
      crlf=False, extra=None, subj_cs="utf-8", cc=None):
    n = len(MSGS) + 1
    num = "%03d" % n
    mid = mid or "<%s.%d@%s>" % (date.strftime("%Y%m%d%H%M%S"), 7000 + n * 13,
                                 frm[1].split("@")[1] if isinstance(frm, tuple) else "mail.local")
    MIDS[n] = mid
    H = []
    if auth:
        H.append(("Authentication-Results", auth))
    H.append(("Date", format_datetime(date)))
    H.append(("From", addr(frm[0], frm[1], subj_cs) if isinstance(frm, tuple) else frm))
    if not to.isascii():
        nm, _, ad = to.partition(" <")
        to = addr(nm, ad.rstrip(">"), subj_cs)
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", hdr_enc(subj, subj_cs)))
    H.append(("Message-ID", mid))
    if irt:
        H.append(("In-Reply-To", MIDS[irt]))
        rl = [MIDS[r] for r in (refs or [])] + ([MIDS[irt]] if irt not in (refs or []) else [])
        H.append(("References", " ".join(rl)))
    for k, v in (extra or []):
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) for k, v in H)
    if isinstance(body, dict):
        h, p = render_leaf(body)
        txt = (head + h).encode("ascii") + encode_body(p["text"], p["cs"], p["cte"])
    else:  # list => multipart/alternative (or ("mixed", [...]))
        kind = "alternative"
        parts = body
        if isinstance(body, tuple):
            kind, parts = body
        bnd = "==_b%03d_%s" % (n, kind[:3])
        txt = (head + 'Content-Type: multipart/%s; boundary="%s"\n\n' % (kind, bnd)).encode("ascii")
        txt += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            h, pp = render_leaf(p)
            b = encode_body(pp["text"], pp["cs"], pp["cte"])
            if not b.endswith(b"\n"):
                b += b"\n"
            txt += ("--%s\n%s" % (bnd, h)).encode("ascii") + b + b"\n"
        txt += ("--%s--\n" % bnd).encode("ascii")
    if not txt.endswith(b"\n"):
        txt += b"\n"
    data = txt
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, nr, case, cands = label
    MSGS.append((date, data, {"kind": kind, "needs_reply": nr, "case": case,
                             "candidate_ids": cands}, note, subj))
    return n


def d(day, hh, mm, tz=UTC, month=3):
    return datetime(2025, month, day, hh, mm, 0, tzinfo=tz)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


SUPPORT = ("Amazon Web Services", TC)
AR_TC_G = auth_gmail("amazon.com", mailfrom="0101019a.amazonses.com")
AR_TC_M = auth_m365("amazon.com")

# ---------------------------------------------------------------- 001
M(("unrelated", False, None, []), "Japanese tech newsletter in Shift_JIS; mentions AWS certification and 'reply' wording.",
  ("クラウド週報編集部", "news@cloud-shuho.example.jp"), ME_P, "【クラウド週報】今週のAWSアップデートまとめ #212",
  d(1, 8, 5, JST),
  leaf("plain", """クラウド週報 第212号

今週の注目トピック
・AWS認定の新試験がベータ提供を開始
・Amazon Bedrock の東京リージョン対応が拡大
・AWS Builder ID でのサインイン画面が刷新

読者アンケートへのご協力をお願いしております。ご意見・ご感想はこのメールに返信してお寄せください。
配信停止は末尾のリンクから行えます。

--
クラウド週報編集部
""", "shift_jis", "8bit"), auth=auth_gmail("cloud-shuho.example.jp"))

# ---------------------------------------------------------------- 002
M(("unrelated", False, None, []), "Builder ID one-time code (6-digit number is not a case id).",
  ("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
  d(1, 23, 41),
  leaf("plain", """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    604217

The code expires in 30 minutes. If you did not request it, you can ignore this message.

Amazon Web Services
""", "utf-8", "7bit"), auth=auth_gmail("signin.aws"))

# ---------------------------------------------------------------- 003
E_ACK = """原田 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

内容:
お問い合わせ種別: AWS トレーニングと認定
詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたします。同じ内容で新しいケースを作成されますと、対応が遅れる原因となりますのでご遠慮ください。
補足事項がございましたら、このメールへの返信でお知らせいただけます。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_E
M(("acknowledgement", False, CASE_E, []),
  "Japanese ack, ISO-2022-JP, to the company address; conditional 'reply if you have more' is not a request.",
  ("Amazon Web Services", TC), ME_C, "[CASE %s] %s" % (CASE_E, FORM_SUBJ), d(2, 1, 12),
  leaf("plain", E_ACK, "iso-2022-jp", "7bit"), auth=AR_TC_M, subj_cs="iso-2022-jp")

# ---------------------------------------------------------------- 004
M(("unrelated", False, None, []), "GitHub notification: a pull request 'merged' (word overlap with account merge).",
  ("Daniel Okafor", "notifications@github.com"), ME_P,
  "Re: [kumogata/infra-modules] Merge account-baseline changes (PR #412)", d(2, 3, 20),
  leaf("plain", """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumogata/infra-modules/pull/412#event-1620044
You are receiving this because you were mentioned.
""", "utf-8", "7bit"), auth=auth_gmail("github.com"))

# ---------------------------------------------------------------- 005
E_REQ = """Hello Daichi,

Thanks for reaching out to AWS Training and Certification about combining your certification accounts.

I took a look at the records tied to this address. The account registered under d-harada@kumogata-tech.co.jp (candidate ID %s) holds your exam history and two active certifications. Because a merge moves all of that into a different profile and can't be undone from our side, we only act on merge requests that come from the mailbox of the profile that will be kept. This protects you if someone else gains access to a work mailbox.

So that I can continue, we need you to send us a note from the personal address you would like to keep, quoting this case number in the subject line.

Best regards,
Tomás R.
AWS Training and Certification Customer Service
""" % CID_OLD
n005 = M(("info_request", True, CASE_E, [CID_OLD]),
         "Ask buried at the end after a long explanation; 'we need you to send us a note from' the other address.",
         ("AWS Training and Certification", TC), ME_C, "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ),
         d(2, 16, 48), leaf("plain", E_REQ, "utf-8", "quoted-printable"), auth=AR_TC_M, irt=3)

# ---------------------------------------------------------------- 006
M(("user_reply", False, CASE_E, []),
  "Owner forwards the support request from the company mailbox to himself; the forwarded block contains a request and a candidate id that are not new text.",
  (ME_NAME, ME_C), ME_P, "Fwd: RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), d(3, 6, 30, JST),
  leaf("plain", """自分用の控え。会社のメールは金曜で使えなくなるので、個人アドレスから改めてフォームを出す。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Mon, Mar 3, 2025 at 1:48 AM
Subject: RE:[CASE %s] %s
To: <%s>

%s""" % (TC, CASE_E, FORM_SUBJ, ME_C, E_REQ), "utf-8", "base64"),
  auth=auth_gmail("kumogata-tech.co.jp", mailfrom=ME_C), irt=5, refs=[3])

# ---------------------------------------------------------------- 007
A_ACK = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional detail: Account Merge

A member of our team will usually reply within 24 hours. Please do not open another case for the same request, as this can delay our response.

If you have anything to add in the meantime, simply reply to this email and keep the case number in the subject line.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A)
M(("acknowledgement", False, CASE_A, []),
  "Standard English ack, quoted-printable; ends with a conditional reply invitation.",
  SUPPORT, ME_P, "[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(2, 22, 10),
  leaf("plain", A_ACK, "utf-8", "quoted-printable"), auth=AR_TC_G)

# ---------------------------------------------------------------- 008
B_TXT = """Hi there,

We received your message and case %s is now open with AWS Training and Certification Customer Service.

What happens next: an agent reviews requests in the order they arrive. You'll hear from us at this address, typically within one business day.

Opened a case for this already? There's no need to submit the form again.

Thanks,
AWS Training and Certification
""" % CASE_B
B_HTML = """<html><body style="font-family:Arial">
<p>Hi there,</p>
<p>We received your message and case <b>%s</b> is now open with AWS Training and Certification Customer Service.</p>
<table border="1" cellpadding="4"><tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Status</td><td>Unassigned</td></tr><tr><td>Category</td><td>Certification / Account Merge</td></tr></table>
<p><b>What happens next:</b> an agent reviews requests in the order they arrive. You'll hear from us at this address, typically within one business day.</p>
<p>Opened a case for this already? There's no need to submit the form again.</p>
<p>Thanks,<br>AWS Training and Certification</p></body></html>""" % (CASE_B, CASE_B)
M(("acknowledgement", False, CASE_B, []),
  "Second ack for a duplicate form submission, different wording, multipart/alternative with a table.",
  ("AWS Training and Certification", TC), ME_P, "RE: [CASE %s] %s" % (CASE_B, FORM_SUBJ), d(2, 22, 19),
  [leaf("plain", B_TXT, "utf-8", "7bit"), leaf("html", B_HTML, "utf-8", "quoted-printable")], auth=AR_TC_G)

# ---------------------------------------------------------------- 009
M(("unrelated", False, None, []), "AWS billing statement with a 12-digit account id in brackets.",
  ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
  "Amazon Web Services Billing Statement Available [AWS ID %s]" % ACCT, d(3, 2, 15),
  leaf("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $4.87

Account ID: %s
You can see a complete break down of all charges on the Billing & Cost Management page.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc. or its affiliates.
""" % ACCT, "utf-8", "7bit"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 010
M(("suspicious", False, None, []),
  "Phishing from a lookalike domain copying the real case number and asking to 'confirm' the merge via a link.",
  ("AWS Certification Support", "support@aws-certsupport-team.com"), ME_P,
  "Action required: confirm your account merge (Case %s)" % CASE_A, d(3, 5, 58),
  leaf("html", """<html><body>
<p>Dear Candidate,</p>
<p>Your request to merge AWS Certification accounts (Case %s) is awaiting verification.</p>
<p>To prevent loss of your certifications, confirm the account you want to keep within 24 hours:</p>
<p><a href="https://aws-certsupport-team.com/verify?case=%s">Confirm merge now</a></p>
<p>Unverified requests are cancelled automatically.</p>
<p>AWS Training &amp; Certification</p></body></html>""" % (CASE_A, CASE_A), "utf-8", "quoted-printable"),
  auth=auth_gmail("aws-certsupport-team.com", mailfrom="support@aws-certsupport-team.com"))

# ---------------------------------------------------------------- 011
A_HOLD = """Hello Daichi,

My name is Aisling and I'll be looking after case %s.

While reviewing the two profiles you listed, I found that the one registered to %s is linked to an AWS Partner Network organization (Kumogata Technologies). Certifications held on a partner-linked profile count toward that organization's partner tier, so we don't move them out while the person is still associated with the partner. I have paused the merge for now and made a note on the case.

Once we have a written statement from you that you are leaving (or have left) the company, and the date of your last working day, I can ask our partner team to release the profile, and the merge can go ahead.

Kind regards,
Aisling M.
AWS Training and Certification
""" % (CASE_A, ME_C)
M(("on_hold", True, CASE_A, []),
  "APN hold; the ask is phrased as a condition ('Once we have a written statement from you…') with no 'please' or question mark.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(3, 7, 3),
  leaf("plain", A_HOLD, "utf-8", "quoted-printable"), auth=AR_TC_G, irt=7)

# ---------------------------------------------------------------- 012
M(("resolved", False, CASE_B, []),
  "Duplicate case closed as resolved; mentions the other (live) case number and says nothing is needed.",
  ("AWS Training and Certification", TC), ME_P, "RE: [CASE %s] %s" % (CASE_B, FORM_SUBJ), d(3, 7, 30),
  leaf("plain", """Hello,

It looks like the form was sent twice a few minutes apart. Your merge request is already being handled under case %s, so I have marked this case (%s) as resolved to keep everything in one place.

No further action is required on this case. Any updates will come through case %s.

Regards,
Ravi K.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A), "utf-8", "7bit"), auth=AR_TC_G, irt=8)

# ---------------------------------------------------------------- 013
M(("unrelated", False, None, []), "Pearson VUE exam confirmation with a 9-digit registration id and 'confirm' wording.",
  ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
  "Confirmation of Your AWS Certified Solutions Architect - Professional Exam Appointment", d(3, 10, 12),
  leaf("html", """<html><body><p>Dear Daichi Harada,</p>
<p>Thank you for scheduling with Pearson VUE. This email confirms your appointment.</p>
<table border="1"><tr><td>Registration ID</td><td>%s</td></tr>
<tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date</td><td>Saturday, April 12, 2025 10:00 JST</td></tr>
<tr><td>Delivery</td><td>OnVUE online proctored</td></tr></table>
<p>Please review the ID requirements before exam day. Do not reply to this email.</p></body></html>""" % PVUE,
                 "utf-8", "quoted-printable"), auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 014
M(("user_reply", False, CASE_A, []),
  "Owner's Gmail top-posted answer to the APN hold, quoting the full hold mail with '>' lines.",
  (ME_NAME, ME_P), "AWS Training and Certification <%s>" % TC, "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  d(3, 19, 44, JST),
  leaf("plain", """Hi Aisling,

I confirm that I am leaving Kumogata Technologies. My last working day is Friday, March 7, 2025, and the company mailbox will be shut down on that day. Please go ahead with the merge into my personal profile.

Thanks,
Daichi Harada

On Mon, Mar 3, 2025 at 4:03 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(A_HOLD)), "utf-8", "8bit"), irt=11, refs=[7])

# ---------------------------------------------------------------- 015
M(("case_update", False, CASE_A, []),
  "Progress note after the owner's reply; conditional 'if anything changes… reply' is not an ask.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(3, 12, 20),
  leaf("plain", """Hi Daichi,

Thank you for confirming. I've passed your statement to our partner operations team so they can detach the profile from the Kumogata Technologies partner record. That usually takes one to two business days, and I'll come back to you as soon as it's done.

If anything changes on your side before then, you can reply here.

Aisling M.
AWS Training and Certification
""", "utf-8", "7bit"), auth=AR_TC_G, irt=14, refs=[7, 11])

# ---------------------------------------------------------------- 016
M(("unrelated", False, None, []), "Japanese out-of-office auto-reply from a colleague; contains 'ご返信' wording.",
  ("山本 千尋", "c-yamamoto@kumogata-tech.co.jp"), ME_P, "自動応答: 送別会の件", d(4, 9, 15, JST),
  leaf("plain", """お疲れさまです。山本です。

3月3日〜3月10日は出張のため不在にしております。
メールは確認次第ご返信いたします。お急ぎの場合は総務部（内線2201）までご連絡ください。
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied")],
  auth=auth_gmail("kumogata-tech.co.jp", mailfrom="c-yamamoto@kumogata-tech.co.jp"))

# ---------------------------------------------------------------- 017
M(("certification", False, None, []),
  "certmetrics feedback invitation to the company address; strongly worded invitation but not a reply to support.",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "AWS Certification wants to hear from you",
  d(4, 1, 0),
  leaf("html", """<html><body><p>Hello Daichi,</p>
<p>As an AWS Certified individual, your perspective shapes our exams. Could you spare 10 minutes to tell us about your experience with the certification program?</p>
<p><a href="https://www.certmetrics.com/amazon/survey/start">Take the survey</a></p>
<p>This mailbox is not monitored.</p><p>AWS Certification</p></body></html>""", "utf-8", "base64"),
  auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com"))

# ---------------------------------------------------------------- 018
M(("suspicious", False, None, []),
  "Looks exactly like support (real From address, real case subject) but DKIM and DMARC fail.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(4, 3, 2),
  leaf("plain", """Hello,

Your merge is ready but we could not verify your identity. Kindly sign in at the secure page below within 12 hours and re-enter your Builder ID password so the accounts can be joined:

https://aws-training-verify.co/login

AWS Training and Certification
""", "utf-8", "7bit"),
  auth=auth_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mailer@aws-training-verify.co"))

# ---------------------------------------------------------------- 019
A_CONF_TXT = """Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s""" % (ME_P, ME_P, ME_P, CID_NEW, ME_C, ME_C, ME_C, CID_OLD)
A_CONF_HTML = """<html><head><style>td{border:1px solid #999;padding:4px}</style></head><body style="font-family:Calibri">
<p>Hello Daichi,</p>
<p>Good news: the partner team has released your former company profile, so it can now be combined with your personal one. I've located these two certification accounts:</p>
<table>
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
</table>
<p>After the merge, only one of them remains and the other one is retired. Would you like everything moved into Account #1?</p>
<p>Thanks,<br>Priya S.<br>AWS Training and Certification</p>
</body></html>""" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, CID_NEW, CID_OLD)
M(("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
  "HTML-only confirmation request; accounts in a table, the question is a bare 'Would you like…' after good news.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(5, 2, 37),
  leaf("html", A_CONF_HTML, "utf-8", "quoted-printable"), auth=AR_TC_G, irt=15, refs=[7, 11, 14])

# ---------------------------------------------------------------- 020
M(("unrelated", False, None, []), "Jira notification with 'resolved' and a numeric id.",
  ("Jira", "jira@kumogata.atlassian.net"), ME_P, "[JIRA] (OPS-20431) Handover of certification tracking sheet - Resolved",
  d(5, 4, 10),
  leaf("plain", """Sato Mei changed the status to Resolved.

OPS-20431 Handover of certification tracking sheet
Resolution: Done

Add a comment by replying to this email.
""", "utf-8", "7bit"), auth=auth_gmail("atlassian.net"))

# ---------------------------------------------------------------- 021
M(("unrelated", False, None, []), "Another vendor's support case closed, with 'reply to reopen' wording.",
  ("Backlog Support", "support@nulab-help.example.com"), ME_P, "[Request #48213] Your request has been closed",
  d(5, 6, 0),
  leaf("plain", """Hello Daichi,

Your request #48213 "Export of project wiki" has been closed. We haven't heard from you for 7 days.

If the problem is not solved, reply to this email within 20 days and the request will be reopened.

Backlog Support Team
""", "utf-8", "7bit"), auth=auth_gmail("nulab-help.example.com"))

# ---------------------------------------------------------------- 022
E_CLOSE = """Hello,

We wrote to you on March 2 about case %s and have not had a reply yet. This case will be closed automatically in three days if we don't hear back.

A reply to this email, from any address, will keep the case open.

Regards,
AWS Training and Certification Customer Service
""" % CASE_E
M(("closing_notice", True, CASE_E, []), "Closing notice to the company address, short and plain.",
  ("AWS Training and Certification", TC), ME_C, "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), d(5, 14, 30),
  leaf("plain", E_CLOSE, "utf-8", "7bit"), auth=AR_TC_M, irt=5, refs=[3])

# ---------------------------------------------------------------- 023
M(("user_reply", False, CASE_E, []),
  "Owner replies from the company address in Outlook style; asks to close this case and names the other case number.",
  (ME_NAME, ME_C), TC, "RE: RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), d(6, 10, 5, JST),
  leaf("plain", """Hello,

Please close this case. I have submitted the same request again from my personal address and it is being handled as case %s.

Best regards,
Daichi Harada

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, March 5, 2025 11:30 PM
To: %s
Subject: RE:[CASE %s] %s

%s""" % (CASE_A, TC, ME_C, CASE_E, FORM_SUBJ, E_CLOSE), "utf-8", "quoted-printable"),
  irt=22, refs=[3, 5], crlf=True)

# ---------------------------------------------------------------- 024
M(("resolved", False, CASE_E, []), "Very short closure confirmation at the owner's request.",
  ("AWS Training and Certification", TC), ME_C, "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), d(6, 4, 50),
  leaf("plain", """Hi Daichi,

Done - case %s is closed. Your colleagues on case %s will take it from here.

Tomás R.
""" % (CASE_E, CASE_A), "utf-8", "7bit"), auth=AR_TC_M, irt=23, refs=[3, 5, 22])

# ---------------------------------------------------------------- 025
M(("unrelated", False, None, []), "Japanese community newsletter, UTF-8 8bit, mentions 統合 and 確認.",
  ("JAWS-UG 通信", "info@jaws-ug-news.example.jp"), ME_P, "JAWS-UG 通信 3月号：認定アカウント統合のTipsほか",
  d(6, 6, 0),
  leaf("plain", """JAWS-UG 通信 3月号

■ 特集：転職時のAWS認定アカウント統合、やってみた
　登壇者が統合手続きの流れと、サポートからの確認メールへの返信方法を紹介します。
■ 勉強会カレンダー
　3/15 東京支部　3/22 大阪支部

参加登録はWebページからお願いします。このメールへの返信はお受けできません。
""", "utf-8", "8bit"), auth=auth_gmail("jaws-ug-news.example.jp"))

# ---------------------------------------------------------------- 026
A_CLOSE_JA = """原田 大地 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

3月5日にお送りしたアカウント統合のご確認について、現時点でご返信を確認できておりません。
このまま3営業日ご連絡がない場合、本ケースはクローズとさせていただきます。
引き続き対応をご希望の場合は、このメールに返信してください。返信があればケースはオープンのままとなります。

何卒よろしくお願いいたします。

佐藤 由紀
AWS トレーニングと認定
"""
M(("closing_notice", True, CASE_A, []),
  "Japanese closing notice (support writing in Japanese), keigo plus a plain 〜してください, UTF-8 base64.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(7, 1, 15),
  leaf("plain", A_CLOSE_JA, "utf-8", "base64"), auth=AR_TC_G, irt=19, refs=[7, 11, 14, 15])

# ---------------------------------------------------------------- 027
A_CONF_QUOTED = """Hello Daichi,

Good news: the partner team has released your former company profile, so it can now be combined with your personal one. I've located these two certification accounts:

%s

After the merge, only one of them remains and the other one is retired. Would you like everything moved into Account #1?

Thanks,
Priya S.""" % A_CONF_TXT
M(("user_reply", False, CASE_A, []),
  "Owner's confirmation with a Japanese Gmail reply header, CRLF; quoted history holds the request and the candidate ids.",
  (ME_NAME, ME_P), "AWS トレーニングと認定 <%s>" % TC, "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  d(7, 12, 2, JST),
  leaf("plain", """Confirmed. Please merge to Account #1.

Sorry for the late reply.
Daichi

2025年3月7日(金) 10:15 AWS トレーニングと認定 <%s>:
%s
>
> 2025年3月5日(水) 11:37 AWS Training and Certification <%s>:
%s
""" % (TC, q(A_CLOSE_JA), TC, q(A_CONF_QUOTED, "> > ")), "utf-8", "quoted-printable"),
  irt=26, refs=[7, 11, 14, 15, 19], crlf=True)

# ---------------------------------------------------------------- 028
A_DONE = """Hello Daichi,

I have successfully merged all accounts. Your exam history, certifications and benefits are now on the profile that signs in with %s (candidate ID %s). The profile for %s has been retired.

It can take up to 48 hours for Credly and partner records to catch up.

Best,
Priya S.
AWS Training and Certification
""" % (ME_P, CID_NEW, ME_C)
M(("resolved", False, CASE_A, [CID_NEW]),
  "Completion mail that quotes the earlier confirmation request and the closing notice under it, plus a rating footer.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(7, 4, 21),
  leaf("plain", A_DONE + """
We value your feedback. Please share your experience by rating this correspondence:
https://aws.amazon.com/survey/cs?case=%s

-----Original Message-----
From: %s
Sent: 3/7/2025 3:02 AM
Subject: Re: RE:[CASE %s] %s

Confirmed. Please merge to Account #1.

-----Original Message-----
From: %s
Sent: 3/5/2025 2:37 AM

%s
""" % (CASE_A, ME_P, CASE_A, FORM_SUBJ, TC, A_CONF_QUOTED), "utf-8", "quoted-printable"),
  auth=AR_TC_G, irt=27, refs=[7, 11, 14, 15, 19, 26])

# ---------------------------------------------------------------- 029
M(("survey", False, CASE_A, []), "Standalone satisfaction survey for the case.",
  ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
  "How did we do? Your feedback on case %s" % CASE_A, d(7, 8, 0),
  [leaf("plain", """Hello,

Your recent case %s with AWS Training and Certification was resolved. Tell us how we did - it takes less than a minute.

Rate your experience: https://aws.amazon.com/survey/cs?case=%s

Thank you,
Amazon Web Services
""" % (CASE_A, CASE_A), "utf-8", "7bit"),
   leaf("html", """<html><body><p>Hello,</p><p>Your recent case %s with AWS Training and Certification was resolved. Tell us how we did &mdash; it takes less than a minute.</p>
<table><tr><td><a href="https://aws.amazon.com/survey/cs?case=%s&r=5">Excellent</a></td><td><a href="https://aws.amazon.com/survey/cs?case=%s&r=1">Poor</a></td></tr></table>
</body></html>""" % (CASE_A, CASE_A, CASE_A), "utf-8", "quoted-printable")], auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 030
M(("badge", False, None, []), "Credly badge mail right after the merge; 'accept your badge' call to action.",
  ("Credly", "admin@credly.com"), ME_P,
  "Amazon Web Services Training and Certification sent you a badge", d(7, 9, 12),
  [leaf("plain", """Daichi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.credly.com/badges/6f1c2a9e-3b7d-4e11-9a0c-5d2b8e7f4a10/accept

Credly, Inc.
""", "utf-8", "7bit"),
   leaf("html", """<html><body><h2>Daichi, you've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p><p><a href="https://www.credly.com/badges/6f1c2a9e-3b7d-4e11-9a0c-5d2b8e7f4a10/accept">Accept badge</a></p></body></html>""",
        "utf-8", "quoted-printable")], auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 031
M(("unrelated", False, None, []), "AWS Skill Builder receipt from the training platform.",
  ("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder subscription receipt",
  d(7, 11, 0),
  leaf("plain", """Thank you for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Order number: 114-2290331-8847120

Manage your subscription from your profile.
""", "utf-8", "7bit"), auth=auth_gmail("aws.training"))

# ---------------------------------------------------------------- 032
M(("certification", False, None, [CID_NEW]),
  "certmetrics benefit notice naming the candidate id; no support case.",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Your AWS Certification benefits are ready",
  d(8, 2, 30),
  leaf("plain", """Hello Daichi Harada (%s),

Your certification benefits have been updated. A 50%% discount voucher for your next AWS Certification exam is available under Benefits in your AWS Certification Account.

Vouchers are valid for one exam and expire on the date shown.

AWS Certification
""" % CID_NEW, "utf-8", "quoted-printable"), auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 033
M(("badge", False, None, []), "Second Credly badge, base64 HTML only.",
  ("Credly", "admin@credly.com"), ME_P, "You've been issued a new badge: AWS Certified Developer - Associate",
  d(8, 2, 44),
  leaf("html", """<html><body><p>Hi Daichi,</p><p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Developer - Associate</b>.</p>
<p>Share it on LinkedIn or add it to your email signature.</p><p><a href="https://www.credly.com/earner/earned">View badge</a></p></body></html>""",
                 "utf-8", "base64"), auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 034
M(("suspicious", False, None, []),
  "Japanese phishing from a lookalike domain with keigo request wording and a case-like number.",
  ("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_P,
  "【要対応】AWS認定アカウント統合の最終確認（ケース %s）" % CASE_A, d(8, 5, 5),
  leaf("plain", """原田様

アカウント統合の最終手続きが保留されております。
下記URLよりログインし、本人確認を完了していただけますでしょうか。
24時間以内にご対応いただけない場合、認定資格が失効いたします。

https://aws-training-jp.com/verify

AWS トレーニングと認定 サポート
""", "utf-8", "base64"),
  auth=auth_gmail("aws-training-jp.com", mailfrom="support@aws-training-jp.com"))

# ---------------------------------------------------------------- 035
M(("unrelated", False, None, []), "Bounce: mail to the closed company mailbox; quotes a subject with the case number.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)",
  d(8, 6, 20),
  leaf("plain", """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: Fwd: RE:[CASE %s] %s
""" % (ME_C, CASE_A, FORM_SUBJ), "utf-8", "7bit"), auth=auth_gmail("googlemail.com"))

# ---------------------------------------------------------------- 036
M(("user_reply", False, CASE_A, [CID_OLD]),
  "Owner writes back after the resolution; new subject without a case number, threaded only by In-Reply-To/References.",
  (ME_NAME, ME_P), TC, "Exam voucher missing after merge", d(9, 21, 30, JST),
  leaf("plain", """Hi Priya,

Thanks again for merging my accounts. One thing did not come across: the 50%% exam voucher that was on my old profile (%s) is not listed under Benefits on the merged account. The voucher I see now was issued after the merge.

Could you have a look?

Daichi
""" % CID_OLD, "utf-8", "7bit"), irt=28, refs=[7, 19, 27])

# ---------------------------------------------------------------- 037
M(("case_update", False, CASE_A, []),
  "Reopen notice; progress only, asks nothing.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] Exam voucher missing after merge" % CASE_A,
  d(10, 3, 10),
  leaf("plain", """Hello Daichi,

I've reopened case %s and passed the voucher question to our benefits team. They reconcile benefits manually after a merge, which normally takes 3-5 business days. You don't need to do anything while they work on it; I'll update this case when I hear back.

Marco D.
AWS Training and Certification
""" % CASE_A, "utf-8", "7bit"), auth=AR_TC_G, irt=36, refs=[28])

# ---------------------------------------------------------------- 038
M(("unrelated", False, None, []), "Sign-in verification code from login.awsapps.com.",
  ("AWS", "no-reply@login.awsapps.com"), ME_P, "Your AWS verification code", d(10, 9, 3),
  leaf("plain", """Verification code: 381044

Use this code to finish signing in. It is valid for 10 minutes.
If you didn't try to sign in, change your password.
""", "utf-8", "7bit"), auth=auth_gmail("login.awsapps.com"))

# ---------------------------------------------------------------- 039
A_INFO_VOUCH = """Hi Daichi,

Update from the benefits team: they found two discount vouchers on the retired profile. One was already used on your SAA-C03 exam in 2024 and cannot be restored; the other looks unused but was issued under a promotion that normally stays with the original profile. They can move it manually, but first want to be sure they pick the right one.

Which exam did you earn the voucher from, and roughly when was it issued? A screenshot of the old Benefits page, if you kept one, would also do.

Marco D.
AWS Training and Certification
"""
M(("info_request", True, CASE_A, []),
  "Mixed mail: long progress news then bare questions, no 'please'; multipart with HTML.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] Exam voucher missing after merge" % CASE_A,
  d(12, 6, 45),
  [leaf("plain", A_INFO_VOUCH, "utf-8", "quoted-printable"),
   leaf("html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in A_INFO_VOUCH.strip().split("\n\n")) + "</body></html>",
        "utf-8", "quoted-printable")], auth=AR_TC_G, irt=37, refs=[28, 36])

# ---------------------------------------------------------------- 040
M(("user_reply", False, CASE_A, []),
  "Owner's answer, Gmail quoting; a question mark and 'could you' in the owner's own text.",
  (ME_NAME, ME_P), TC, "Re: RE:[CASE %s] Exam voucher missing after merge" % CASE_A, d(12, 20, 10, JST),
  leaf("plain", """Hi Marco,

It was the voucher I received after passing SAA-C03 in October 2024 - I never used it. I don't have a screenshot, sorry. Could you move that one?

Thanks,
Daichi

On Wed, Mar 12, 2025 at 3:45 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(A_INFO_VOUCH)), "utf-8", "8bit"), irt=39, refs=[28, 36, 37])

# ---------------------------------------------------------------- 041
M(("resolved", False, CASE_A, []),
  "Japanese keigo resolution with a conditional 'ご不明な点がございましたら…ご返信ください'.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] Exam voucher missing after merge" % CASE_A, d(14, 2, 0),
  leaf("plain", """原田 様

いつもお世話になっております。AWS トレーニングと認定の佐藤です。

ご指摘いただいた割引バウチャーを、統合後のアカウントへ移行いたしました。認定アカウントの「特典」ページにてご確認いただけます。
本件についてお客様にご対応いただくことはございません。本ケースは解決済みとさせていただきます。

ご不明な点がございましたら、本メールにご返信ください。

佐藤 由紀
AWS トレーニングと認定
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth=AR_TC_G, irt=40, refs=[28, 36, 37, 39])

# ---------------------------------------------------------------- 042
M(("survey", False, CASE_A, []), "Japanese survey mail (ISO-2022-JP), polite request to rate.",
  ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
  "サポートへのご評価のお願い（ケース %s）" % CASE_A, d(14, 6, 0),
  leaf("plain", """このたびは AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は1分程度です。

https://aws.amazon.com/survey/cs?case=%s&lang=ja

Amazon Web Services
""" % CASE_A, "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 043
CONSOLE_FOOT = """
Please do not reply to this email. This e-mail address cannot accept incoming e-mails.
To contact us about this case, use the link below:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_C
M(("acknowledgement", False, CASE_C, []),
  "Support Center (console) 'New Support case' mail, 10-digit id, with the 'cannot accept incoming e-mails' footer.",
  ("Amazon Web Services", NOREPLY), ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, d(15, 1, 5),
  leaf("plain", """Dear AWS Customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Cannot sign in to AWS Training and Certification with Builder ID
Severity: General guidance
Correspondence: After the merge of my certification accounts, signing in with my Builder ID shows an error page.

AWS Account ID: %s

We will contact you as soon as possible.
%s""" % (CASE_C, CASE_C, ACCT, CONSOLE_FOOT), "utf-8", "7bit"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 044
C_INFO = """Hello,

Thank you for your patience. I've checked the sign-in logs attached to your account %s, and the error you describe happens when a Builder ID is linked to a certification profile that was retired in a merge.

To relink it, we need two things: the email address your Builder ID uses, and the exact text of the error (a screenshot works too). Kindly add them to the case in the Support Center; replies to this email are not received.

Best regards,
Hannah L.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""" % ACCT
M(("info_request", True, CASE_C, []),
  "Console-case request ('Kindly add them…') that must be answered in the Support Center; 12-digit account id; feedback footer.",
  ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID" % CASE_C, d(15, 9, 40),
  leaf("plain", C_INFO + CONSOLE_FOOT, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"), irt=43)

# ---------------------------------------------------------------- 045
M(("unrelated", False, None, []), "AWS Budgets alert with the 12-digit account id.",
  ("AWS Budgets", "budgets@costalerts.amazonaws.com"), ME_P,
  "AWS Budgets: monthly-personal has exceeded your alert threshold", d(15, 12, 0),
  leaf("plain", """AWS Budget Notification

AWS Account %s
Budget Name: monthly-personal
Budgeted Amount: $10.00
Alert Threshold: > $8.00
ACTUAL Amount: $8.41

Go to the AWS Budgets dashboard to review.
""" % ACCT, "utf-8", "7bit"), auth=auth_gmail("costalerts.amazonaws.com"))

# ---------------------------------------------------------------- 046
M(("user_reply", False, CASE_C, []),
  "Owner mistakenly answers the console case by email to the no-reply address.",
  (ME_NAME, ME_P), NOREPLY,
  "Re: RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID" % CASE_C,
  d(15, 22, 15, JST),
  leaf("plain", """Hello Hannah,

My Builder ID uses %s. The error says "We couldn't find a certification account for this sign-in".

Daichi

On Sat, Mar 15, 2025 at 6:40 PM Amazon Web Services <%s> wrote:
%s
""" % (ME_P, NOREPLY, q(C_INFO)), "utf-8", "8bit"), irt=44, refs=[43])

# ---------------------------------------------------------------- 047
M(("unrelated", False, None, []),
  "Bounce from the no-reply mailbox; says to use the Support Center, but it is a delivery failure, not support writing on the case.",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Undeliverable: Re: RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID" % CASE_C,
  d(15, 13, 16),
  leaf("plain", """Your message to %s couldn't be delivered.

The remote server replied:
550 5.7.1 This mailbox does not accept incoming messages. Please use the AWS Support Center to reply to your case.
""" % NOREPLY, "utf-8", "7bit"), auth=auth_gmail("googlemail.com"))

# ---------------------------------------------------------------- 048
M(("closing_notice", True, CASE_C, []),
  "Console auto-resolve warning; reply must go through the Support Center link.",
  ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID" % CASE_C, d(18, 9, 41),
  leaf("plain", """Hello,

We haven't received the information requested on this case. If there's no response through the Support Center, the case will be resolved automatically in 3 days. A resolved case can be reopened for 14 days, after which a new case is needed.

Amazon Web Services
%s""" % CONSOLE_FOOT, "utf-8", "7bit"), auth=auth_gmail("amazon.com"), irt=44, refs=[43])

# ---------------------------------------------------------------- 049
M(("on_hold", False, CASE_C, []),
  "Console case paused waiting on the T&C team; explicitly no action needed; feedback footer.",
  ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID" % CASE_C, d(19, 4, 2),
  leaf("plain", """Hello Daichi,

Thanks for adding the details in the Support Center. Relinking a Builder ID to a merged certification profile is done by the AWS Training and Certification team, so I've put this case on hold while it sits in their queue. There is nothing you need to do; I'll write again once they've acted.

Hannah L.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
%s""" % CONSOLE_FOOT, "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"), irt=48, refs=[43, 44])

# ---------------------------------------------------------------- 050
M(("resolved", False, CASE_C, []),
  "Console resolution with survey footer and 'reopen' wording.",
  ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID" % CASE_C, d(20, 7, 30),
  leaf("html", """<html><body><p>Hello Daichi,</p>
<p>The Training and Certification team has relinked your Builder ID; signing in now opens the merged profile. I'm marking this case as resolved.</p>
<p>Should the problem come back, you can reopen the case from the Support Center within 14 days.</p>
<p>Hannah L.<br>Amazon Web Services</p>
<p style="font-size:small">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p style="font-size:small">Please do not reply to this email. This e-mail address cannot accept incoming e-mails.<br>
<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en">https://support.console.aws.amazon.com/support/home#/case/?displayId=%s</a></p>
</body></html>""" % (CASE_C, CASE_C), "utf-8", "quoted-printable"), auth=auth_gmail("amazon.com"), irt=49, refs=[43, 44, 48])

# ---------------------------------------------------------------- 051
M(("unrelated", False, None, []), "GitHub 'merged' notification about merging accounts in code.",
  ("github-actions[bot]", "notifications@github.com"), ME_P,
  "Re: [dharada/cert-tracker] Merge duplicate account records (PR #7)", d(16, 2, 0),
  leaf("plain", """Merged #7 into main.

Please confirm the deployment in the Actions tab.

--
Reply to this email directly or view it on GitHub.
""", "utf-8", "7bit"), auth=auth_gmail("github.com"))

# ---------------------------------------------------------------- 052
M(("acknowledgement", False, CASE_F, []),
  "Japanese ack (UTF-8 base64) for a new case about a third profile; includes 'don't open duplicates' and a conditional reply line.",
  ("AWS トレーニングと認定", TC), ME_P, "[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(16, 4, 48),
  leaf("plain", """Amazon Web Services にお問い合わせいただきありがとうございます。
ケース %s にてお問い合わせを承りました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常24時間以内に担当者よりご連絡いたします。
すでに同じ内容でケースをお持ちの場合は、新たなケースの作成はお控えください。
追加でお伝えいただきたいことがございましたら、件名を変えずにこのメールへご返信ください。

Amazon Web Services
""" % (CASE_F, CASE_F), "utf-8", "base64"), auth=AR_TC_G)

# ---------------------------------------------------------------- 053
F_INFO = """原田 大地 様

AWS トレーニングと認定 カスタマーサービスの田中でございます。
お問い合わせいただいた件につき、%s に紐づく認定アカウントを確認いたしましたところ、同一のメールアドレスで登録された認定アカウントが複数見つかりました。
統合の対象を正確に特定するため、各アカウントの候補ID（「AWS」から始まる番号で、認定アカウントにサインインした画面の右上に表示されます）をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

田中 健二
AWS トレーニングと認定
""" % ME_P
M(("info_request", True, CASE_F, []),
  "Japanese keigo request for candidate ids (〜いただけますでしょうか), after an explanation; ISO-2022-JP.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(17, 2, 20),
  leaf("plain", F_INFO, "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth=AR_TC_G, irt=52)

# ---------------------------------------------------------------- 054
M(("user_reply", False, CASE_F, [CID_NEW, CID_SSO]),
  "Owner's Japanese reply with two candidate ids in new text; Japanese quote header.",
  ("原田 大地", ME_P), "AWS トレーニングと認定 <%s>" % TC, "Re: RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ),
  d(17, 19, 5, JST),
  leaf("plain", """田中様

ご連絡ありがとうございます。候補IDは以下のとおりです。

・普段使っているアカウント: %s
・パートナーセントラル経由で作成されたアカウント: %s

%s に統合していただければ幸いです。
よろしくお願いいたします。

原田

2025年3月17日(月) 11:20 AWS トレーニングと認定 <%s>:
%s
""" % (CID_NEW, CID_SSO, CID_NEW, TC, q(F_INFO)), "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp",
  irt=53, refs=[52])

# ---------------------------------------------------------------- 055
M(("on_hold", False, CASE_F, [CID_SSO]),
  "Japanese hold waiting on the partner team; explicitly nothing for the owner to do.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(18, 1, 10),
  leaf("plain", """原田様

候補IDのご連絡ありがとうございます。
%s のアカウントは AWS パートナーネットワーク（APN）の組織に関連付けられているため、現在パートナー担当チームの確認を待っております。確認が取れるまで本ケースは保留とさせていただきます。

現時点でお客様にご対応いただくことはございません。進展があり次第ご連絡いたします。

田中
""" % CID_SSO, "utf-8", "quoted-printable"), auth=AR_TC_G, irt=54, refs=[52, 53])

# ---------------------------------------------------------------- 056
M(("unrelated", False, None, []), "AWS marketing in Japanese with registration call to action.",
  ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P, "【AWS Summit Japan】事前登録受付中です", d(18, 3, 0),
  leaf("html", """<html><body><p>AWS Summit Japan 2025 の事前登録を受け付けています。</p>
<table border="0"><tr><td>日程</td><td>6月25日・26日</td></tr><tr><td>会場</td><td>幕張メッセ</td></tr></table>
<p>ご登録はこちらから。ご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>配信停止をご希望の場合は、こちらから手続きしてください。</p></body></html>""", "utf-8", "base64"),
  auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 057
M(("case_update", False, CASE_F, []),
  "Japanese progress mail: partner team answered, merge in progress; asks nothing.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(20, 5, 30),
  leaf("plain", """原田様

パートナー担当チームより、該当アカウントの関連付けを解除したとの連絡がございました。
これより統合の準備を進めてまいります。統合前に改めてご案内いたしますので、今しばらくお待ちください。

田中
""", "shift_jis", "8bit"), subj_cs="iso-2022-jp", auth=AR_TC_G, irt=55, refs=[52, 53, 54])

# ---------------------------------------------------------------- 058
F_CONF = """原田様

大変お待たせいたしました。統合の対象となるアカウントは以下の2件です。

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
候補ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
候補ID: %s

Account #2 の認定・試験履歴・特典を Account #1 へ移し、Account #2 は無効となります。
統合先を Account #1 としてよろしいか、ご確認のほどよろしくお願いいたします。

田中 健二
AWS トレーニングと認定
""" % (ME_P, ME_P, ME_P, CID_NEW, ME_P, ME_P, ME_P, CID_SSO)
M(("confirmation_request", True, CASE_F, [CID_NEW, CID_SSO]),
  "Japanese confirmation request (Shift_JIS), both accounts share the same login email; keigo 〜のほどよろしくお願いいたします.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(21, 0, 55),
  leaf("plain", F_CONF, "shift_jis", "8bit"), subj_cs="iso-2022-jp", auth=AR_TC_G, irt=57, refs=[52, 53, 54, 55])

# ---------------------------------------------------------------- 059
M(("user_reply", False, CASE_F, []),
  "Short Japanese confirmation from the owner, Outlook-style Japanese quote block.",
  ("原田 大地", ME_P), TC, "RE: RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(21, 12, 40, JST),
  leaf("plain", """田中様

内容を確認しました。Account #1 への統合でお願いします。

原田

-----Original Message-----
差出人: AWS トレーニングと認定 <%s>
送信日時: 2025年3月21日 9:55
宛先: %s
件名: RE:[CASE %s] %s

%s""" % (TC, ME_P, CASE_F, FORM_SUBJ, F_CONF), "utf-8", "base64"), irt=58, refs=[52, 53, 57], crlf=True)

# ---------------------------------------------------------------- 060
M(("resolved", False, CASE_F, []),
  "Japanese completion that quotes the full confirmation request (Account #1/#2, candidate ids, 確認のほど…).",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), d(21, 6, 15),
  leaf("plain", """原田様

ご返信ありがとうございます。Account #1 へのアカウント統合が完了いたしました。
本件はこれにて解決とさせていただきます。

田中

2025年3月21日(金) 12:40 原田 大地 <%s>:
> 田中様
>
> 内容を確認しました。Account #1 への統合でお願いします。
>
%s
""" % (ME_P, q(F_CONF)), "utf-8", "8bit"), auth=AR_TC_G, irt=59, refs=[52, 53, 57, 58])

# ---------------------------------------------------------------- 061
M(("badge", False, None, []), "Credly 'badge expiring' reminder with an action link.",
  ("Credly", "admin@credly.com"), ME_P, "Your AWS Certified Cloud Practitioner badge expires in 60 days",
  d(22, 1, 0),
  leaf("plain", """Hi Daichi,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, expires on May 21, 2025.

Recertify with the issuer to keep it active: https://www.credly.com/org/amazon-web-services

Credly
""", "utf-8", "7bit"), auth=auth_gmail("credly.com"))

# ---------------------------------------------------------------- 062
M(("certification", False, None, [CID_NEW]),
  "certmetrics recertification congratulations with candidate id.",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Congratulations on recertifying your AWS Certification!", d(22, 8, 0),
  leaf("html", """<html><body><p>Hello Daichi Harada,</p>
<p>Candidate ID: %s</p>
<p>Congratulations! You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>. Your new expiration date is March 22, 2028.</p>
<p>Your digital badge will be updated by Credly shortly.</p></body></html>""" % CID_NEW, "utf-8", "quoted-printable"),
  auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 063
M(("unrelated", False, None, []), "Japanese Pearson VUE reminder with a 9-digit registration id.",
  ("ピアソンVUE", "pearsonvuecustomerservice@pearson.com"), ME_P, "【ピアソンVUE】試験日のリマインダー",
  d(23, 0, 30),
  leaf("plain", """原田 大地 様

ご予約いただいている試験の日程が近づいてまいりました。

登録ID: %s
試験: AWS Certified Solutions Architect - Professional
日時: 2025年4月12日 10:00

当日は有効な身分証明書をご用意ください。本メールには返信しないでください。
""" % PVUE, "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth=auth_gmail("pearson.com"))

# ---------------------------------------------------------------- 064
M(("unrelated", False, None, []),
  "Other vendor's case closed notice with a long ticket number and a survey link.",
  ("Microsoft Support", "supportmail@microsoft.example.com"), ME_P,
  "Case 2503170040001234 closed - Microsoft Learn profile", d(23, 5, 0),
  leaf("plain", """Hello Daichi,

Your Microsoft Learn support case 2503170040001234 has been closed. If the issue persists, reply within 30 days to reopen it.

Tell us about your experience: https://aka.ms/support-survey

Microsoft Support
""", "utf-8", "7bit"), auth=auth_gmail("microsoft.example.com"))

# ---------------------------------------------------------------- 065
G_ACK = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Subject: account-assistance - notification email

Our team will respond as soon as possible, usually within 24 hours.

Amazon Web Services
""" % (CASE_G, CASE_G)
M(("acknowledgement", False, CASE_G, []), "Ack for a later case about the notification address.",
  SUPPORT, ME_P, "[CASE %s] %s" % (CASE_G, FORM_SUBJ), d(24, 7, 12),
  leaf("plain", G_ACK, "utf-8", "quoted-printable"), auth=AR_TC_G)

# ---------------------------------------------------------------- 066
M(("suspicious", False, None, []),
  "Fake 'rate your case' survey from a lookalike domain using the real case number.",
  ("AWS Customer Service", "feedback@amazon-certsupport.com"), ME_P,
  "We value your feedback - case %s" % CASE_G, d(24, 9, 0),
  leaf("plain", """Hello,

Please rate your recent support case %s. As a thank-you, claim a free exam voucher after signing in:

https://amazon-certsupport.com/rate?case=%s

AWS Customer Service
""" % (CASE_G, CASE_G), "utf-8", "7bit"),
  auth=auth_gmail("amazon-certsupport.com", mailfrom="feedback@amazon-certsupport.com"))

# ---------------------------------------------------------------- 067
G_INFO_HTML = """<div>Hi Daichi,</div><div><br></div>
<div>Picking this up &mdash; the change itself is simple, I just need one detail you didn't include.</div>
<div><br></div>
<div>Your profile currently has:</div>
<table border="1" cellpadding="3"><tr><td>Training notification email</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td></tr></table>
<div><br></div>
<div>Could you let us know which address certification notices should go to from now on, and whether training notices should change as well? Reply with the address and I'll update it the same day.</div>
<div><br></div><div>Cheers,<br>Ravi K.</div>
<div><br></div>
<blockquote style="border-left:1px solid #ccc;padding-left:8px">
<div>From: AWS Training and Certification &lt;%s&gt;<br>Sent: Monday, March 24, 2025 7:12 AM</div>
<pre>%s</pre></blockquote>""" % (ME_P, ME_P, TC, G_ACK)
M(("info_request", True, CASE_G, []),
  "HTML-only (base64) with a table; 'Could you let us know…' plus an imperative 'Reply with the address'; top-posted over the quoted ack.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_G, FORM_SUBJ), d(25, 3, 3),
  leaf("html", "<html><body>" + G_INFO_HTML + "</body></html>", "utf-8", "base64"), auth=AR_TC_G, irt=65)

# ---------------------------------------------------------------- 068
M(("unrelated", False, None, []), "AWS Health/marketing digest in English mentioning 'action required' for other services.",
  ("AWS Health", "health@aws.com"), ME_P, "[Action may be required] AWS Lambda Node.js 18 end of support [AWS Account: %s]" % ACCT,
  d(26, 2, 0),
  leaf("plain", """Hello,

We are contacting you because your AWS Account %s has Lambda functions using the Node.js 18 runtime, which reaches end of support on September 1, 2025.

No reply is needed. Update your functions before that date.

Sincerely,
Amazon Web Services
""" % ACCT, "utf-8", "7bit"), auth=auth_gmail("aws.com"))

# ---------------------------------------------------------------- 069
G_CLOSED = """Hello,

Case %s has been closed because we did not receive the information we asked for on March 25.

Still need the notification address changed? Just reply to this message within 14 days and the case opens again where we left off.

AWS Training and Certification
""" % CASE_G
M(("closing_notice", True, CASE_G, []),
  "Closing notice phrased as 'has been closed' with a question-style reopen invitation.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_G, FORM_SUBJ), d(30, 6, 0),
  leaf("plain", G_CLOSED, "utf-8", "7bit"), auth=AR_TC_G, irt=67, refs=[65], crlf=True)

# ---------------------------------------------------------------- 070
M(("unrelated", False, None, []), "Japanese auto-reply from the former company's general mailbox (to personal).",
  ("株式会社クモガタテクノロジー 総務部", "soumu@kumogata-tech.co.jp"), ME_P,
  "【自動返信】お問い合わせを受け付けました", d(30, 8, 0),
  leaf("plain", """お問い合わせいただきありがとうございます。
内容を確認のうえ、担当者より3営業日以内にご連絡いたします。
本メールは送信専用アドレスから自動送信しております。ご返信いただいてもお答えできません。

株式会社クモガタテクノロジー 総務部
""", "shift_jis", "8bit"), subj_cs="iso-2022-jp", auth=auth_gmail("kumogata-tech.co.jp"))

# ---------------------------------------------------------------- 071
M(("user_reply", False, CASE_G, []),
  "Owner reopens the closed case; top-posted over the closing notice.",
  (ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_G, FORM_SUBJ), d(31, 8, 45, JST),
  leaf("plain", """Sorry, I missed your earlier mail. Please send both certification and training notices to daichi.harada.certs@gmail.com.

Daichi

On Sun, Mar 30, 2025 at 3:00 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(G_CLOSED)), "utf-8", "quoted-printable"), irt=69, refs=[65, 67])

# ---------------------------------------------------------------- 072
M(("case_update", False, CASE_G, []),
  "Reopened-case acknowledgement written by an agent; progress, nothing asked.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_G, FORM_SUBJ), d(31, 1, 20),
  leaf("plain", """Hi Daichi,

No problem - the case is open again and I've queued the address change. Notices may still reach the old address for a day while it syncs.

Ravi K.
""", "utf-8", "7bit"), auth=AR_TC_G, irt=71, refs=[65, 67, 69])

# ---------------------------------------------------------------- 073
M(("resolved", False, CASE_G, []),
  "Resolution with a 'no further action is required' line and survey footer.",
  ("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_G, FORM_SUBJ), d(1, 4, 0, month=4),
  [leaf("plain", """Hello Daichi,

Both notification addresses on your certification profile now point to daichi.harada.certs@gmail.com. No further action is required, and this case is now resolved.

Ravi K.
AWS Training and Certification

How did we do? Rate this reply: https://aws.amazon.com/survey/cs?case=%s
""" % CASE_G, "utf-8", "7bit"),
   leaf("html", """<html><body><p>Hello Daichi,</p><p>Both notification addresses on your certification profile now point to daichi.harada.certs@gmail.com. No further action is required, and this case is now resolved.</p><p>Ravi K.<br>AWS Training and Certification</p><p><small>How did we do? <a href="https://aws.amazon.com/survey/cs?case=%s">Rate this reply</a></small></p></body></html>""" % CASE_G,
        "utf-8", "quoted-printable")], auth=AR_TC_G, irt=72, refs=[65, 67, 69, 71])

# ---------------------------------------------------------------- 074
M(("certification", False, None, []),
  "certmetrics expiry notice titled 'Action needed'; an action, but not a reply to support.",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Action needed: your AWS Certified Cloud Practitioner certification expires soon", d(2, 0, 0, month=4),
  leaf("plain", """Hello Daichi,

Your AWS Certified Cloud Practitioner certification expires on May 21, 2025. To keep it active, pass the current exam or a higher-level certification before that date.

Please do not reply to this message.

AWS Certification
""", "utf-8", "quoted-printable"), auth=auth_gmail("certmetrics.com"))

# ---------------------------------------------------------------- 075
M(("survey", False, CASE_G, []), "Survey for the notification-address case, short plain text.",
  ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
  "Tell us about your AWS Training and Certification support experience", d(2, 5, 0, month=4),
  leaf("plain", """Hello,

You recently worked with us on case %s. Could you take a moment to rate the help you received?

https://aws.amazon.com/survey/cs?case=%s

Thank you,
AWS Training and Certification
""" % (CASE_G, CASE_G), "utf-8", "7bit"), auth=auth_gmail("amazon.com"))

# ---------------------------------------------------------------- 076
M(("case_update", False, CASE_A, []),
  "Late Japanese informational note on the old case A (partner profile sync); no ask, conditional reply line.",
  ("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), d(3, 2, 0, month=4),
  leaf("plain", """原田様

ご参考までにお知らせいたします。統合済みのアカウントについて、パートナー側のプロフィールからの切り離しが本日反映されました。
旧所属企業の一覧には表示されなくなります。お客様側で必要な作業はございません。

ご質問等がございましたら、本メールへご返信いただけますと幸いです。

佐藤
""", "utf-8", "quoted-printable"), auth=AR_TC_G, irt=41, refs=[28, 36])


# ---------------------------------------------------------------- write
def main():
    global MSGS
    MSGS = sorted(MSGS, key=lambda m: m[0])  # arrival order = file order
    MSGS = [("%03d" % (i + 1),) + m[1:] for i, m in enumerate(MSGS)]
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    for num, data, lab, note, subj in MSGS:
        with open(os.path.join(OUT, "%s-msg.eml" % num), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%s-msg.json" % num), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print(len(MSGS), "messages written")


README_HEAD = """me: %(p)s %(c)s

# Blind held-out corpus blind-94

One mailbox owner, Daichi Harada, leaving Kumogata Technologies (an APN partner).
Personal address `%(p)s`, old company address `%(c)s` (closed after March 7, 2025).
Written only from DOMAIN.md, the five seed write-ups and BLIND-CORPUS.md. Regenerate with `python3 gen.py`
(standard library only); files are numbered in arrival order (sorted by Date), so threads read forward.

## Cases
| case | digits | what |
|---|---|---|
| %(E)s | 11 | form filed from the company address; support asks for mail from the address to keep; closing notice; owner asks to close; closed |
| %(A)s | 15 | main merge case (personal address): ack, APN hold asking to confirm leaving, reply, progress, confirmation table (HTML), Japanese closing notice, "Confirmed", merged, survey; reopened later for a missing voucher (reply without case number in subject), info request, Japanese resolution, survey; late Japanese update |
| %(B)s | 15 | duplicate form submission: ack, then resolved as duplicate of %(A)s |
| %(C)s | 10 | AWS Support Center (console) case: must be answered in the Support Center; owner wrongly replies by email (bounce); auto-resolve warning; hold on T&C team; resolved |
| %(F)s | 15 | Japanese agent, third profile created by partner SSO: ack, candidate-id request (keigo), reply with ids, APN hold (no ask), progress, confirmation (Shift_JIS), reply, merged |
| %(G)s | 15 | notification-address change: ack, HTML info request, "has been closed" notice, owner reopens, progress, resolved, survey |

Numbers that are not cases: AWS account id %(acct)s, Pearson VUE registration id %(pvue)s, one-time codes 604217 / 381044,
other vendors' ticket numbers (48213, 2503170040001234), Jira key, GitHub PR numbers, order number.
Candidate ids: %(n)s (personal), %(o)s (old company), %(s)s (partner SSO profile).

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    from collections import Counter
    txt = README_HEAD % dict(p=ME_P, c=ME_C, E=CASE_E, A=CASE_A, B=CASE_B, C=CASE_C, F=CASE_F, G=CASE_G,
                             acct=ACCT, pvue=PVUE, n=CID_NEW, o=CID_OLD, s=CID_SSO)
    for num, data, lab, note, subj in MSGS:
        txt += "| %s | %s | %s | %s | %s |\n" % (num, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                 lab["case"] or "-", note.replace("|", "/"))
    c = Counter(m[2]["kind"] for m in MSGS)
    txt += "\n## Counts\n%d messages; needs_reply true: %d.\n\n" % (
        len(MSGS), sum(m[2]["needs_reply"] for m in MSGS))
    txt += "".join("- %s: %d\n" % (k, v) for k, v in sorted(c.items()))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
