#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-42). Standard library only.

Writes NNN-slug.eml + NNN-slug.json (and README.md) into the directory this
script lives in. One mailbox owner: Ryo Okabe, personal r.okabe.home@gmail.com,
old company okabe.ryo@tsubame-dx.co.jp.
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "r.okabe.home@gmail.com"
WORK = "okabe.ryo@tsubame-dx.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

C1 = "174227160400518"   # 15 digits, main merge case (personal address)
C2 = "174227298300061"   # 15 digits, duplicate form submission (company address)
C4 = "8734019265"        # 10 digits, AWS Support Center (console) case
C5 = "13058274619"       # 11 digits, name-change case in Japanese
C6 = "174926118300743"   # 15 digits, third (Partner Central SSO) account merge

SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii"}

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

MSGS = []
MIDS = {}


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def hdr(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (hdr(name, charset), email)


def enc_body(text, charset, cte):
    raw = text.encode(CODECS[charset.lower()])
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def auth(to, dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or ("bounces.%s" % dom)
    if to.endswith("gmail.com"):
        pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc == "pass" else "QUARANTINE")
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=sel%s header.b=Xq3k9Pz1;\n"
                "       spf=%s (google.com: domain of %s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s %s header.from=%s" % (dkim, dom, len(dom), spf, mailfrom, 10 + len(dom), mailfrom, dmarc, pol, dom))
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("spf=%s (sender IP is 54.240.8.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s"
            % (spf, len(dom), mailfrom, dkim, dom, dmarc, "none" if dmarc == "pass" else "quarantine", dom, comp))


def add(slug, date, frm, to, subject, kind, nr=False, case=None, cands=(), *,
        text=None, html=None, charset="utf-8", cte="8bit", html_cte=None, crlf=False,
        cc=None, irt=None, refs=None, au=None, hcharset=None, extra=(), note="",
        report=None, lang="en"):
    n = len(MSGS) + 1
    name = "%03d-%s" % (n, slug)
    dom = frm.split("@")[-1].rstrip(">")
    mid = "<%s@%s>" % (hashlib.sha1(name.encode()).hexdigest()[:24], {
        "amazon.com": "email.amazonses.com", "gmail.com": "mail.gmail.com"}.get(dom, dom))
    MIDS[slug] = mid
    hc = hcharset or (charset if charset != "us-ascii" else "utf-8")
    H = []
    if au is not None:
        H.append(("Authentication-Results", au))
    H += [("Message-ID", mid), ("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", hdr(subject, hc)))
    if irt:
        H.append(("In-Reply-To", MIDS[irt]))
        rl = [MIDS[r] for r in (refs or [])] + [MIDS[irt]]
        seen = []
        for r in rl:
            if r not in seen:
                seen.append(r)
        H.append(("References", "\n ".join(seen)))
    H += list(extra)
    H.append(("MIME-Version", "1.0"))

    def part(ctype, body, cs, ct):
        return ([("Content-Type", '%s; charset="%s"' % (ctype, cs)),
                 ("Content-Transfer-Encoding", ct)], enc_body(body, cs, ct))

    if report is not None:
        b = "----=_dsn_%s" % hashlib.md5(name.encode()).hexdigest()[:12]
        H.append(("Content-Type", 'multipart/report; report-type=delivery-status; boundary="%s"' % b))
        parts = [part("text/plain", text, charset, cte),
                 ([("Content-Type", "text/rfc822-headers")], report.encode("ascii"))]
        body = b"".join(("--%s\n" % b).encode() + "".join("%s: %s\n" % kv for kv in ph).encode()
                        + b"\n" + pb + (b"" if pb.endswith(b"\n") else b"\n") for ph, pb in parts)
        body += ("--%s--\n" % b).encode()
    elif text is not None and html is not None:
        b = "----=_Part_%s" % hashlib.md5(name.encode()).hexdigest()[:16]
        H.append(("Content-Type", 'multipart/alternative; boundary="%s"' % b))
        parts = [part("text/plain", text, charset, cte),
                 part("text/html", html, charset, html_cte or cte)]
        body = b"".join(("--%s\n" % b).encode() + "".join("%s: %s\n" % kv for kv in ph).encode()
                        + b"\n" + pb + (b"" if pb.endswith(b"\n") else b"\n") for ph, pb in parts)
        body += ("--%s--\n" % b).encode()
    else:
        ph, body = part("text/html" if html is not None else "text/plain",
                        html if html is not None else text, charset,
                        (html_cte or cte) if html is not None else cte)
        H += ph
    head = "".join("%s: %s\n" % kv for kv in H).encode("ascii")
    raw = head + b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(name=name, raw=raw, note=note, lang=lang,
                     label={"kind": kind, "needs_reply": nr, "case": case,
                            "candidate_ids": list(cands)}))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To see all correspondence on this case and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to the AWS Support Center.
======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ---------------------------------------------------------------------------
# 2025-03: before the request
# ---------------------------------------------------------------------------
add("builder-id-code", dt("2025-03-10 12:31"), addr("AWS", "no-reply@signin.aws"), ME,
    "Verify your AWS Builder ID email address", "unrelated",
    au=auth(ME, "signin.aws"),
    text="""Hello,

To finish creating your AWS Builder ID, enter the following verification code:

    538204

This code expires in 30 minutes. If you did not request this code, you can ignore this email.

Thanks,
AWS Builder ID
""",
    html="""<html><body><p>Hello,</p><p>To finish creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:24px;font-weight:bold">538204</p><p>This code expires in 30 minutes. If you did not request this code, you can ignore this email.</p>
<p>Thanks,<br>AWS Builder ID</p></body></html>""", cte="7bit",
    note="Builder ID one-time code; 6-digit number is not a case id")

add("skillbuilder-welcome", dt("2025-03-10 12:40"), addr("AWS Training and Certification", "no-reply@aws.training"), ME,
    "Welcome to AWS Skill Builder", "unrelated", au=auth(ME, "aws.training"),
    text="""Hi Ryo,

Welcome to AWS Skill Builder! Your profile is ready. Start with one of our free learning plans, or
visit your certification account to schedule an exam.

Manage your certification account: https://www.aws.training/certification
Questions? Visit the Skill Builder FAQ.

AWS Training and Certification
This is an automated message; please do not reply.
""", cte="7bit", note="AWS training platform mail from the same program; not a case")

add("gh-pr-merged", dt("2025-03-12 08:05"), addr("Sato Yuki", "notifications@github.com"), ME,
    "Re: [tsubame-dx/infra-modules] Merge accounts module into shared VPC stack (PR #212)", "unrelated",
    au=auth(ME, "github.com"), cc="Mention <mention@noreply.github.com>",
    extra=[("List-ID", "tsubame-dx/infra-modules <infra-modules.tsubame-dx.github.com>")],
    text="""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-dx/infra-modules/pull/212#event-16930211
You are receiving this because you were mentioned.
""", cte="7bit", note="GitHub 'Merged' + 'reply to this email' - not an account merge")

add("certmetrics-hear-from-you", dt("2025-03-14 15:00"), addr("AWS Certification", "do-not-reply@certmetrics.com"), WORK,
    "AWS Certification wants to hear from you", "certification", au=auth(WORK, "certmetrics.com"),
    text="""Dear Ryo Okabe,

As an AWS Certified individual, your opinion matters. We are inviting a small group of certification
holders to share feedback on the AWS Certification program and its benefits.

Please take our 10-minute survey before March 31:
https://www.certmetrics.com/amazon/survey/?s=program-feedback-2025

Your responses are anonymous and will help shape future exams.

Thank you,
AWS Certification
""", cte="7bit", note="certmetrics feedback invitation; survey-like wording but kind is certification")

# ---------------------------------------------------------------------------
# Case C1 acknowledgement + duplicate form C2
# ---------------------------------------------------------------------------
ACK1 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General
Correspondence: Inquiry type: Certification
Additional details: Account Merge
How can we help you?
Use case: I am leaving Tsubame DX at the end of March and would like to merge my company
certification account into my personal one.
All email addresses you may have used in our system: okabe.ryo@tsubame-dx.co.jp, r.okabe.home@gmail.com
The email address you would like to keep on file: r.okabe.home@gmail.com

We will get back to you usually within 24 hours. If a case has already been opened for this request,
please do not open another case for the same request, as duplicate cases delay our response.

If you have anything to add, reply to this email and your note will be added to the case.

Sincerely,
Amazon Web Services
""" % (C1, C1, SUBJ)
add("form-received", dt("2025-03-18 04:20"), TC, ME, "RE:[CASE %s] %s" % (C1, SUBJ), "acknowledgement",
    case=C1, au=auth(ME, "amazon.com"), text=ACK1, cte="7bit",
    note="ack; ends with a conditional 'reply to this email' invitation and 'please do not open another case'")

ACK2 = """岡部 遼 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

補足情報がございましたら、このメールにご返信ください。ケースに追記されます。

Amazon Web Services
""" % (C2, C2, SUBJ)
add("form-received-jp", dt("2025-03-18 04:43"), TC, WORK, "RE:[CASE %s] %s" % (C2, SUBJ), "acknowledgement",
    case=C2, au=auth(WORK, "amazon.com"), text=ACK2, charset="iso-2022-jp", cte="7bit", lang="ja",
    note="second (duplicate) form -> second ack, Japanese ISO-2022-JP, O365 auth; ～がございましたら…ご返信ください is conditional")

add("fwd-dup-to-self", dt("2025-03-18 13:52", JST), addr("岡部 遼", WORK), ME,
    "転送: RE:[CASE %s] %s" % (C2, SUBJ), "user_reply", case=C2,
    text="""自分用メモ: フォームを2回送信してしまったらしい。こちらは重複ケース。
個人アドレスに来ている %s の方で進めること。

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月18日 13:43
宛先: 岡部 遼 <okabe.ryo@tsubame-dx.co.jp>
件名: RE:[CASE %s] %s

%s""" % (C1, C2, SUBJ, ACK2), charset="utf-8", cte="base64", lang="ja",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    note="owner forwards the duplicate ack to himself (no ask to support); forwarded body has 'ご返信ください'; two case numbers, subject decides")

add("summit-invite", dt("2025-03-18 06:00"), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME,
    "Register now: AWS Summit Japan 2025 - certification lounge is back", "unrelated", au=auth(ME, "amazon.com"),
    text="""AWS Summit Japan 2025 - June 25-26, Makuhari Messe

Certified? Visit the AWS Certification Lounge for exclusive swag. Bring your digital badge!

Register now: https://aws.amazon.com/jp/summits/japan/
Reply to this email to ask the events team a question.

Unsubscribe | Preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""",
    html="""<html><body><h1>AWS Summit Japan 2025</h1><p>June 25-26, Makuhari Messe</p>
<p>Certified? Visit the <b>AWS Certification Lounge</b> for exclusive swag. Bring your digital badge!</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:10px">Reply to this email to ask the events team a question. <a href="#">Unsubscribe</a></p></body></html>""",
    cte="quoted-printable", note="AWS marketing from amazon.com with 'reply to this email'")

CONF2 = """Hi Ryo,

My name is Kwame and I'm picking up your request.

I found two certification accounts:

Account #1
Login email: r.okabe.home@gmail.com
Training notification email: r.okabe.home@gmail.com
Certification notification email: r.okabe.home@gmail.com

Account #2
Login email: okabe.ryo@tsubame-dx.co.jp
Training notification email: okabe.ryo@tsubame-dx.co.jp
Certification notification email: okabe.ryo@tsubame-dx.co.jp

Should everything go into Account #1? A yes or no is enough.

Regards,
Kwame
AWS Training and Certification Customer Support
"""
add("dup-case-confirm", dt("2025-03-18 09:10"), TC, WORK, "RE: [CASE %s] %s" % (C2, SUBJ), "confirmation_request",
    nr=True, case=C2, au=auth(WORK, "amazon.com"), text=CONF2, cte="7bit",
    note="confirmation on the DUPLICATE case, to the company address; ask is a bare yes/no question, no 'please'")

add("dup-case-reply", dt("2025-03-18 19:02", JST), addr("Okabe Ryo", WORK), TC,
    "RE: [CASE %s] %s" % (C2, SUBJ), "user_reply", case=C2, irt="dup-case-confirm",
    text="""Hi Kwame,

Sorry for the confusion - I sent the form twice. I already have case %s open for exactly the
same request (merge into my personal account). Could you please not merge anything on this one and
keep it on the other case?

Thanks,
Ryo Okabe

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 18, 2025 6:10 PM
To: Okabe Ryo <okabe.ryo@tsubame-dx.co.jp>
Subject: RE: [CASE %s] %s

%s""" % (C1, C2, SUBJ, CONF2), cte="quoted-printable", crlf=True,
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    note="owner's reply from the company address; contains 'Could you please' aimed at support and another case number in the text")

add("dup-linked", dt("2025-03-18 12:30"), TC, WORK, "RE: [CASE %s] %s" % (C2, SUBJ), "case_update",
    case=C2, au=auth(WORK, "amazon.com"), irt="dup-case-reply",
    text="""Hi Ryo,

No problem at all. I've linked this case to %s and marked it as a duplicate, so the merge will
be handled there by my colleagues and nothing will be done here. Nothing else is needed from you on
this one.

Regards,
Kwame

-----Original Message-----
Hi Kwame,
Sorry for the confusion - I sent the form twice. I already have case %s open for exactly the
same request (merge into my personal account). Could you please not merge anything on this one and
keep it on the other case?
""" % (C1, C1), cte="7bit",
    note="duplicate handled: progress news, mentions the other case id; quoted 'Could you please' from the owner")

# ---------------------------------------------------------------------------
# C1: APN hold
# ---------------------------------------------------------------------------
add("partner-review", dt("2025-03-19 02:14"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "on_hold", case=C1, cc=WORK, au=auth(ME, "amazon.com"),
    text="""Hello Ryo,

Thank you for your patience while we looked into your request.

While reviewing the two certification accounts you listed, I noticed that the account registered
under okabe.ryo@tsubame-dx.co.jp is associated with an AWS Partner Network (APN) organization
(Tsubame DX Co., Ltd.). Certifications earned under a partner-associated account count toward the
partner's program requirements, so before any merge can happen our APN team has to review the
association. This is a standard step and does not mean anything is wrong with your request.

I sent the details to the APN team today. Reviews like this usually take two to four business days.
Your case stays open in the meantime and I will write to you as soon as I have their answer.

Best regards,
Priya
AWS Training and Certification
""", cte="7bit", note="APN hold that asks nothing (needs_reply false); long explanation, 'I will write to you'")

add("lookalike-merge-confirm", dt("2025-03-19 09:47"), addr("AWS Training and Certification", "case-update@amazon-certsupport.com"), ME,
    "Action required: confirm your certification account merge (Case 174227160400519)", "suspicious",
    au=auth(ME, "amazon-certsupport.com"),
    text="""Dear Candidate,

We received a request to merge your AWS Certification accounts. To avoid losing your certifications,
you must confirm the merge within 24 hours by signing in with your Builder ID:

https://amazon-certsupport.com/merge/confirm?case=174227160400519

If you do not confirm, both accounts will be suspended and your active certifications revoked.

AWS Training and Certification Support
""",
    html="""<html><body><p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts. To avoid losing your certifications, you must <b>confirm the merge within 24 hours</b>:</p>
<p><a href="https://amazon-certsupport.com/merge/confirm?case=174227160400519">Confirm merge</a></p>
<p>If you do not confirm, both accounts will be suspended and your active certifications revoked.</p><p>AWS Training and Certification Support</p></body></html>""",
    cte="7bit", note="lookalike domain phishing; DKIM/DMARC pass for its own domain; near-identical case number")

add("jira-ops", dt("2025-03-19 10:20", JST), addr("Jira (Tsubame DX)", "jira@tsubame-dx.atlassian.net"), WORK,
    "[JIRA] (OPS-1182) Merge duplicate IAM Identity Center accounts before offboarding", "unrelated",
    au=auth(WORK, "tsubame-dx.atlassian.net"),
    text="""Kenji Tanaka assigned OPS-1182 to Ryo Okabe

Merge duplicate IAM Identity Center accounts before offboarding
Project: OPS   Priority: Medium   Due: 2025-03-28

Please confirm which account should be kept for each user and reply in the ticket.

View issue: https://tsubame-dx.atlassian.net/browse/OPS-1182
""", cte="7bit", note="work ticket: 'merge accounts', 'please confirm which account should be kept' - not AWS support")

APNQ = """Hello Ryo,

I have an update from the APN team. They confirmed that the account under okabe.ryo@tsubame-dx.co.jp
is still associated with Tsubame DX Co., Ltd. as an active partner employee, and accounts in that
state cannot be merged out of the partner organization.

In your form you mentioned that you are leaving the company. Is that correct, and what is your last
day of employment? Once that is on the case, the APN team can release the association and we can
move forward.

Best regards,
Priya
AWS Training and Certification
"""
add("partner-question", dt("2025-03-20 09:15"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "on_hold", nr=True, case=C1, cc=WORK, au=auth(ME, "amazon.com"),
    text=APNQ,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in APNQ.strip().split("\n\n")) + "</body></html>",
    cte="quoted-printable",
    note="APN hold WITH a bare question (is it correct, what is your last day?) - no 'please', progress news first")

PRIYA_Q_QUOTED = """From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 20, 2025 6:15 PM
To: r.okabe.home@gmail.com
Cc: okabe.ryo@tsubame-dx.co.jp
Subject: RE:[CASE %s] %s

%s""" % (C1, SUBJ, APNQ)
add("last-day-from-work", dt("2025-03-20 18:44", JST), addr("Okabe Ryo", WORK), TC,
    "RE:[CASE %s] %s" % (C1, SUBJ), "user_reply", case=C1, cc="Tanaka Kenji <tanaka.kenji@tsubame-dx.co.jp>",
    irt="partner-question", refs=["form-received", "partner-review"],
    text="""Hi Priya,

Yes, that's correct. My last working day at Tsubame DX is March 31, 2025. After that this mailbox
will be closed. (cc: my manager, Mr. Tanaka)

Please go ahead with the merge into my personal account (r.okabe.home@gmail.com).

Best regards,
Ryo Okabe

-----Original Message-----
""" + PRIYA_Q_QUOTED, cte="quoted-printable", crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    note="owner answers from the OLD company address (wrong address), Outlook quoting with the question below")

add("ooo-manager", dt("2025-03-20 18:45", JST), addr("田中 健二", "tanaka.kenji@tsubame-dx.co.jp"), WORK,
    "自動応答: RE:[CASE %s] %s" % (C1, SUBJ), "unrelated",
    au=auth(WORK, "tsubame-dx.co.jp"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""3/20〜3/24 は休暇のため不在にしております。3/25 以降に順次確認いたします。
お急ぎの場合は infra-team@tsubame-dx.co.jp までご連絡ください。

I am out of the office until March 24 with limited access to email. For urgent matters, please
contact infra-team@tsubame-dx.co.jp.
""", charset="shift_jis", cte="8bit", lang="ja",
    note="colleague's out-of-office, subject carries the case tag; Shift_JIS 8bit")

add("write-from-keep-address", dt("2025-03-21 02:02"), TC, ME, "RE:[CASE %s] %s" % (C1, SUBJ), "info_request",
    nr=True, case=C1, cc=WORK, au=auth(ME, "amazon.com"), irt="last-day-from-work",
    text="""Hi Ryo,

Daniel here, I'm covering this case while Priya is out.

Thanks for the date, that's what the APN team needed. One thing though: your message came from
okabe.ryo@tsubame-dx.co.jp, which is the address of the account that is going away. For account
security we only act on merge instructions sent from the email address of the account that will be
kept, so the same confirmation has to come from r.okabe.home@gmail.com before I can hand this over.

A short reply from that address to this email is enough, it doesn't need to repeat everything.

Thanks,
Daniel
AWS Training & Certification Support
""", cte="7bit", note="wrong-address reply -> ask to write again from the kept address; no 'please', no question mark")

add("confirm-from-home", dt("2025-03-21 11:20", JST), addr("Ryo Okabe", ME), TC,
    "Re: RE:[CASE %s] %s" % (C1, SUBJ), "user_reply", case=C1, irt="write-from-keep-address",
    refs=["form-received", "partner-review", "partner-question", "last-day-from-work"],
    text="""Hi Daniel,

Writing from my personal address as requested. I confirm that I am leaving Tsubame DX on March 31,
2025 and I want my certifications moved to the account under r.okabe.home@gmail.com.

Thanks,
Ryo

On Fri, Mar 21, 2025 at 11:02 AM <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Ryo,
>
> Daniel here, I'm covering this case while Priya is out.
>
> Thanks for the date, that's what the APN team needed. One thing though: your message came from
> okabe.ryo@tsubame-dx.co.jp, which is the address of the account that is going away. For account
> security we only act on merge instructions sent from the email address of the account that will be
> kept, so the same confirmation has to come from r.okabe.home@gmail.com before I can hand this over.
>
> A short reply from that address to this email is enough, it doesn't need to repeat everything.
>
> Thanks,
> Daniel
""", cte="7bit", note="owner reply from personal Gmail, Gmail quoting")

add("pearson-appointment", dt("2025-03-21 05:30"), addr("Pearson VUE", "noreply@pearsonvue.com"), ME,
    "Confirmation of your AWS Certification exam appointment", "unrelated", au=auth(ME, "pearsonvue.com"),
    text="""Dear Ryo Okabe,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 482915037
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Saturday, April 26, 2025 10:00 JST
Location: OnVUE online proctored

Please review the details above and make sure the name on your ID matches your profile exactly.
To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before the exam.

This mailbox is not monitored. Please do not reply.
""", cte="7bit", note="exam vendor; 9-digit registration id; 'please review... make sure'")

add("hold-released", dt("2025-03-22 00:41"), TC, ME, "RE:[CASE %s] %s" % (C1, SUBJ), "case_update",
    case=C1, au=auth(ME, "amazon.com"), irt="confirm-from-home",
    text="""Hi Ryo,

Quick update: the APN team released the partner association on your old account, so the hold is off.
Your case is now in the queue for the merge itself and someone from the certification account team
will be in touch with the details.

Daniel
""", cte="7bit", note="short progress news, nothing asked")

# ---------------------------------------------------------------------------
# C1: confirmation (HTML only), closing notice, reply, merge
# ---------------------------------------------------------------------------
TABLE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ryo Okabe,</p>
<p>Thank you for waiting. I am Svetlana from the AWS Certification account team and I will take care of the merge.</p>
<p>When two certification accounts are merged, the exam history, active certifications, digital badges and unused benefits (for example exam discount vouchers) of the source account are moved to the destination account. The source account is then deactivated and its login stops working. This cannot be undone, which is why we verify the details with you first.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11930584</td><td>AWS04817762</td></tr>
<tr><td>Login email</td><td>r.okabe.home@gmail.com</td><td>okabe.ryo@tsubame-dx.co.jp</td></tr>
<tr><td>Training notification email</td><td>r.okabe.home@gmail.com</td><td>okabe.ryo@tsubame-dx.co.jp</td></tr>
<tr><td>Certification notification email</td><td>r.okabe.home@gmail.com</td><td>okabe.ryo@tsubame-dx.co.jp</td></tr>
<tr><td>Sign-in</td><td>AWS Builder ID</td><td>APN Partner Central (released)</td></tr>
</table>
<p>We plan to keep Account #1 and merge Account #2 into it.</p>
<p>Kindly confirm by replying to this email that this is correct, or tell us if you would rather keep Account #2.</p>
<p>Kind regards,<br>Svetlana<br>AWS Certification | Amazon Web Services</p>
</body></html>
"""
add("merge-table", dt("2025-03-24 07:58"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "confirmation_request", nr=True, case=C1,
    cands=["AWS11930584", "AWS04817762"], au=auth(ME, "amazon.com"), html=TABLE_HTML,
    html_cte="quoted-printable",
    note="HTML-only, quoted-printable, Account #1/#2 in a table; ask after a long explanation")

add("aws-invoice", dt("2025-03-24 10:02"), addr("Amazon Web Services", CONSOLE), ME,
    "Amazon Web Services Billing Statement Available [Account: 402918375561]", "unrelated",
    au=auth(ME, "amazon.com"),
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5561, is available
on the AWS web site. Your account will be charged the following:

Total: $29.00

You can see a complete break down of all charges on the Billing & Cost Management Dashboard:
https://console.aws.amazon.com/billing/home#/bill

Account ID: 402918375561

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
""", cte="7bit", note="billing from the console sender; 12-digit account id; 'cannot accept incoming e-mails' footer")

add("newsletter-jp", dt("2025-03-25 07:00", JST), addr("クラウド週報", "news@cloud-weekly.jp"), ME,
    "【クラウド週報】転職時のAWS認定アカウント統合、やってみた ほか", "unrelated", au=auth(ME, "cloud-weekly.jp"),
    text="""クラウド週報 2025年3月25日号

■ 今週の注目記事
・転職時にAWS認定アカウントを個人アドレスへ統合する手順（ケース起票から統合完了まで）
・「Confirmed. Please merge」と返信するだけ? サポートとのやり取り実例
・Credly バッジが表示されないときの確認ポイント

■ イベント
・AWS Summit Japan 2025 申込受付中

配信停止はこちら: https://cloud-weekly.jp/unsubscribe
本メールは送信専用です。ご返信いただいてもお答えできません。
""", cte="8bit", lang="ja", note="Japanese newsletter quoting merge-process phrases")

add("dmarc-fail-case", dt("2025-03-26 03:12"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE 174230012700884] %s" % SUBJ, "suspicious",
    au=auth(ME, "amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mx.trn-notify.ru"),
    text="""Hello,

We are ready to merge your AWS Certification accounts. For security reasons the merge must be
verified by the account owner.

Please verify your identity and confirm the destination account here within 48 hours:
https://aws-training-verify.com/case/174230012700884

If you have already confirmed, no further action is required.

Sincerely,
Amazon Web Services
""", cte="7bit", note="genuine-looking From/subject format but dkim=fail, dmarc=fail for amazon.com")

CLOSE1 = """Dear Ryo Okabe,

We have not received a response to our previous message. If we do not hear from you within 3 business
days, this case will be closed. Replying to this email will keep the case open.

Kind regards,
Svetlana
AWS Certification
"""
TABLE_TXT = """Dear Ryo Okabe,

Thank you for waiting. I am Svetlana from the AWS Certification account team and I will take care of the merge.

                                  Account #1                 Account #2
Candidate ID                      AWS11930584                AWS04817762
Login email                       r.okabe.home@gmail.com     okabe.ryo@tsubame-dx.co.jp
Training notification email       r.okabe.home@gmail.com     okabe.ryo@tsubame-dx.co.jp
Certification notification email  r.okabe.home@gmail.com     okabe.ryo@tsubame-dx.co.jp

We plan to keep Account #1 and merge Account #2 into it.

Kindly confirm by replying to this email that this is correct, or tell us if you would rather keep Account #2.

Kind regards,
Svetlana
"""
add("no-response-warning", dt("2025-03-27 01:05"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "closing_notice", nr=True, case=C1, au=auth(ME, "amazon.com"),
    text=CLOSE1 + "\n---------- Previous message ----------\nSent: March 24, 2025\n" + quote(TABLE_TXT) + "\n",
    cte="quoted-printable",
    note="closing notice top-posted over the quoted table (candidate IDs only in quote -> none counted)")

add("confirmed-toppost", dt("2025-03-27 12:31", JST), addr("Ryo Okabe", ME), TC,
    "Re: RE:[CASE %s] %s" % (C1, SUBJ), "user_reply", case=C1, irt="no-response-warning",
    refs=["form-received", "merge-table"],
    text="""Confirmed. Please merge Account #2 into Account #1 (r.okabe.home@gmail.com).
Sorry for the slow reply, my last week at work has been busy.

Ryo

On Thu, Mar 27, 2025 at 10:05 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(CLOSE1 + "\n---------- Previous message ----------\nSent: March 24, 2025\n" + quote(TABLE_TXT)) + "\n",
    cte="quoted-printable", note="owner's 'Confirmed' top-posted over long nested quotes with old requests")

MERGED = """Dear Ryo Okabe,

Thank you for your confirmation. I have successfully merged all accounts. Your exam history,
certifications and benefits are now on the account with login email r.okabe.home@gmail.com
(candidate ID AWS11930584). The account okabe.ryo@tsubame-dx.co.jp has been deactivated.

Your digital badges will be re-issued through Credly to r.okabe.home@gmail.com, so you may receive
an email from Credly shortly. No further action is required on your side.

Kind regards,
Svetlana
AWS Certification
"""
add("merge-complete", dt("2025-03-27 05:50"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "resolved", case=C1, cands=["AWS11930584"],
    au=auth(ME, "amazon.com"), irt="confirmed-toppost",
    text=MERGED + """
________________________________
From: Ryo Okabe <r.okabe.home@gmail.com>
Sent: Thursday, March 27, 2025 3:31 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s

Confirmed. Please merge Account #2 into Account #1 (r.okabe.home@gmail.com).

> We have not received a response to our previous message. If we do not hear from you within 3 business
> days, this case will be closed. Replying to this email will keep the case open.
>> Kindly confirm by replying to this email that this is correct, or tell us if you would rather keep Account #2.
""" % (C1, SUBJ), cte="7bit",
    note="'successfully merged' + 'no further action'; quoted closing notice and confirmation ask below")

add("credly-saa", dt("2025-03-27 06:12"), addr("Credly", "admin@credly.com"), ME,
    "Amazon Web Services Training and Certification sent you a badge", "badge", au=auth(ME, "credly.com"),
    text="""Hi Ryo,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn and with your network:
https://www.credly.com/badges/5d1f0c2e-8a7b-4d35-9f62-0b1e7c4a2d90/accept

Badge ID: 5d1f0c2e-8a7b-4d35-9f62-0b1e7c4a2d90

The Credly Team
""",
    html="""<html><body><p>Hi Ryo,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<h2>AWS Certified Solutions Architect - Associate</h2>
<p><a href="https://www.credly.com/badges/5d1f0c2e-8a7b-4d35-9f62-0b1e7c4a2d90/accept">Accept your badge</a></p>
<p>The Credly Team</p></body></html>""", cte="7bit", note="Credly badge right after the merge")

add("c1-survey", dt("2025-03-28 05:50"), addr("AWS Training and Certification", TC), ME,
    "[CASE %s] How did we do?" % C1, "survey", case=C1, au=auth(ME, "amazon.com"),
    text="""Hello,

Your recent case with AWS Training and Certification (Case ID: %s) has been resolved. We would
like to hear about your experience.

How satisfied were you with the support you received?

  Very dissatisfied  1  2  3  4  5  Very satisfied
  https://survey.aws.amazon.com/s/tc?case=%s

The survey takes about two minutes. Replies to this email are not monitored.

Thank you,
AWS Training and Certification
""" % (C1, C1), cte="7bit", note="survey from the case sender with the case tag in subject")

add("credly-ccp", dt("2025-03-28 06:03"), addr("Credly", "admin@credly.com"), ME,
    "Your badge from Amazon Web Services Training and Certification is waiting", "badge", au=auth(ME, "credly.com"),
    html="""<html><body><table width="600"><tr><td>
<p>Hello Ryo Okabe,</p><p>You have not yet accepted your badge <b>AWS Certified Cloud Practitioner</b> issued by Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/a3c9e4b1-77d0-4c8e-b6a2-55f0e19d3c41/accept">Accept badge</a></p>
<p style="color:#888">Questions? Reply to this email or visit support.credly.com</p></td></tr></table></body></html>""",
    html_cte="quoted-printable", note="Credly reminder, HTML-only, 'reply to this email'")

add("it-mailbox-closing-jp", dt("2025-03-28 17:00", JST), addr("情報システム部", "it-helpdesk@tsubame-dx.co.jp"), WORK,
    "【情報システム部】退職に伴うアカウント停止のご案内", "unrelated", au=auth(WORK, "tsubame-dx.co.jp"),
    text="""岡部 遼 様

退職に伴い、3月31日 23:59 をもって以下のアカウントを停止いたします。
・メールボックス (okabe.ryo@tsubame-dx.co.jp)
・AWS IAM Identity Center / APN Partner Central のアクセス

個人で利用する必要のあるデータは期限までに移行してください。
PC の返却日について、本メールにご返信ください。

情報システム部
""", charset="iso-2022-jp", cte="7bit", lang="ja",
    note="company IT asks for a reply (not to AWS support); mentions APN Partner Central")

add("credly-lookalike", dt("2025-03-29 14:26"), addr("Credly Badges", "notify@credly-badge-center.com"), ME,
    "Your AWS badges could not be transferred after your account merge", "suspicious",
    au=auth(ME, "credly-badge-center.com"),
    text="""Hi,

We could not transfer 2 AWS badges after your recent certification account merge.
To keep your badges, sign in and confirm your Credly account within 72 hours:

https://credly-badge-center.com/login?ref=aws-merge

Credly Support
""", cte="7bit", note="Credly lookalike domain exploiting the merge context")

add("partner-profile-fyi", dt("2025-03-31 03:30"), TC, ME, "RE:[CASE %s] %s" % (C1, SUBJ), "case_update",
    case=C1, au=auth(ME, "amazon.com"),
    text="""Hi Ryo,

Priya again - I'm back and saw that Svetlana completed the merge. Just so you know, the Tsubame DX
partner profile in Partner Central will stop listing your certifications within the next 3-5 days;
this happens on our side automatically. Nothing for you to do, I only mention it in case your former
manager asks why the partner's certification count changed.

All the best with the new job!
Priya
""", cte="7bit", note="after resolution: FYI news, 'nothing for you to do'")

# ---------------------------------------------------------------------------
# C1 reopened (voucher missing) - reply threaded only by In-Reply-To
# ---------------------------------------------------------------------------
add("voucher-missing", dt("2025-04-02 21:40", JST), addr("Ryo Okabe", ME), TC,
    "Re: exam voucher after the merge", "user_reply", case=C1, irt="merge-complete",
    refs=["form-received", "merge-table", "no-response-warning", "confirmed-toppost"],
    text="""Hello,

Thanks again for merging my accounts last week. I just noticed that the 50% exam discount voucher that
was on my old account is not shown under Benefits on the merged account. Everything else (exam
history, certifications) looks fine. Could you check?

Ryo Okabe

On Thu, Mar 27, 2025 at 2:50 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Dear Ryo Okabe,
>
> Thank you for your confirmation. I have successfully merged all accounts.
""", cte="7bit",
    note="owner reply with a NEW subject and no case number anywhere: only In-Reply-To/References link it to the case")

add("case-reopened", dt("2025-04-03 00:15"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "case_update", case=C1, au=auth(ME, "amazon.com"), irt="voucher-missing",
    text="""Hello Ryo,

I have reopened case %s and passed your message to our benefits team, who handle exam vouchers.
They will look into why the voucher did not carry over and we will update you on this case.

If you have anything to add in the meantime, feel free to reply to this email.

Regards,
Tomás
AWS Training and Certification
""" % C1, cte="7bit", note="reopening notice; conditional reply invitation only")

IDS_JP = """岡部 遼 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。
このたびは特典の移行に関してご不便をおかけし、申し訳ございません。

特典チームにて確認しましたところ、割引バウチャーは発行時の候補IDに紐づいて管理されており、統合の際に一部の特典が自動で移行されない事象が確認されております。現在、手動での付与に向けて準備を進めております。

つきましては、正確に照合するため、統合前の旧アカウントおよび現在ご利用のアカウントの候補ID（「AWS」から始まる英数字）を、本メールへのご返信にてお知らせいただけますでしょうか。
候補IDは認定アカウントにサインイン後、画面右上にてご確認いただけます。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤
AWS Training and Certification
"""
add("candidate-ids-jp", dt("2025-04-03 06:20"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "info_request", nr=True, case=C1, au=auth(ME, "amazon.com"),
    text=IDS_JP, cte="base64", lang="ja",
    note="Japanese keigo ask (〜いただけますでしょうか) buried after apology and progress news; base64 UTF-8")

add("candidate-ids-reply-jp", dt("2025-04-03 19:05", JST), addr("岡部 遼", ME), TC,
    "Re: RE:[CASE %s] %s" % (C1, SUBJ), "user_reply", case=C1, cands=["AWS04817762", "AWS11930584"],
    irt="candidate-ids-jp", refs=["merge-complete", "voucher-missing", "case-reopened"],
    text="""佐藤様

ご連絡ありがとうございます。候補IDは以下のとおりです。

旧アカウント（会社）: AWS04817762
現アカウント（個人）: AWS11930584

よろしくお願いいたします。
岡部

2025年4月3日(木) 15:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(IDS_JP) + "\n", cte="quoted-printable", lang="ja",
    note="Japanese owner reply with candidate IDs; Japanese Gmail reply header")

add("voucher-restored-jp", dt("2025-04-04 04:48"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C1, SUBJ), "resolved", case=C1, au=auth(ME, "amazon.com"), irt="candidate-ids-reply-jp",
    text="""岡部 遼 様

佐藤でございます。候補IDのご連絡ありがとうございました。

50% 割引バウチャーを現在のアカウントに付与いたしました。認定アカウントの「特典」ページにてご確認いただけます。これにて本件は完了となります。

その他ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS Training and Certification

-----Original Message-----
> つきましては、正確に照合するため、統合前の旧アカウントおよび現在ご利用のアカウントの候補ID（「AWS」から始まる英数字）を、本メールへのご返信にてお知らせいただけますでしょうか。
""", cte="8bit", lang="ja",
    note="Japanese resolution; conditional 〜がございましたら…ご返信ください; old keigo ask quoted below")

add("certmetrics-voucher", dt("2025-04-04 05:10"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certification benefit is available", "certification", au=auth(ME, "certmetrics.com"),
    text="""Dear Ryo Okabe,

A new benefit has been added to your AWS Certification account (AWS11930584):
50% discount on your next AWS Certification exam.

Sign in to your certification account and open Benefits to use it before the expiration date.

AWS Certification
Please do not reply to this message.
""", cte="7bit", note="certmetrics benefit notice that follows the case; candidate id outside a case")

add("voucher-campaign-jp", dt("2025-04-07 10:00", JST), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME,
    "【AWS】認定試験 50% 割引キャンペーンのご案内", "unrelated", au=auth(ME, "amazon.com"),
    html="""<html><body><p>AWS をご利用いただきありがとうございます。</p>
<p>期間限定で、AWS 認定試験を 50% 割引で受験いただけるキャンペーンを実施中です。</p>
<table border="0"><tr><td>対象期間</td><td>2025年4月7日〜5月31日</td></tr><tr><td>対象</td><td>すべてのアソシエイト試験</td></tr></table>
<p>ご質問がございましたら、本メールにご返信ください。</p>
<p><a href="#">配信停止</a></p></body></html>""", html_cte="base64", lang="ja",
    note="Japanese AWS marketing from amazon.com, HTML-only base64, conditional reply line")

add("skillbuilder-receipt", dt("2025-04-07 23:10"), addr("AWS Skill Builder", "no-reply@aws.training"), ME,
    "Your AWS Skill Builder receipt - Order 7731-0425-9910", "unrelated", au=auth(ME, "aws.training"),
    text="""Thank you for your purchase.

Order number: 7731-0425-9910
Item: AWS Skill Builder Individual subscription (monthly)
Amount charged: USD 29.00
Billing period: April 1, 2025 - April 30, 2025

Need help with this order? Contact us through the AWS Training and Certification form and include
your order number.

AWS Skill Builder
""", cte="7bit", note="training-platform receipt; the charge the console case is about; not case mail")

# ---------------------------------------------------------------------------
# C4: AWS Support Center (console) case - must be answered in the console
# ---------------------------------------------------------------------------
add("console-new-case", dt("2025-04-08 01:33"), addr("Amazon Web Services", CONSOLE), ME,
    "Amazon Web Services: New Support case: %s" % C4, "acknowledgement", case=C4, au=auth(ME, "amazon.com"),
    text="""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of your case are as follows:

Case ID: %s
Subject: Charged for Skill Builder subscription after cancellation
Severity: General guidance
Correspondence: I cancelled my Skill Builder Individual subscription on March 30 but was charged
again on April 1. [AWS ID 402918375561]

We will get back to you as quickly as possible. If you would like to update this case, please visit
the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Best regards,
Amazon Web Services
""" % (C4, C4, C4), cte="7bit", note="console 'New Support case' ack, 10-digit id, 12-digit account id in body")

add("console-needs-builder-id", dt("2025-04-08 09:47"), addr("Amazon Web Services", CONSOLE), ME,
    "RE:[CASE %s] Charged for Skill Builder subscription after cancellation" % C4, "info_request",
    nr=True, case=C4, au=auth(ME, "amazon.com"),
    text="""Hello,

Thank you for reaching out about the Skill Builder charge.

I checked account 402918375561 and can see two subscription charges, on March 1 and on April 1. To
find out whether the cancellation went through I need the email address of the AWS Builder ID you
used to subscribe, because Skill Builder subscriptions are tied to the Builder ID rather than to the
AWS account. Kindly add it to the case through the Support Center link below so that I can continue.

Ananya K.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=C4), cte="quoted-printable",
    note="console info request, answer in Support Center; rating footer + 'cannot accept incoming e-mails'")

add("bounce-no-reply", dt("2025-04-08 19:02", JST), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    "Delivery Status Notification (Failure)", "unrelated", au=auth(ME, "googlemail.com"),
    text="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or
is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
""", cte="7bit",
    report="""From: Ryo Okabe <r.okabe.home@gmail.com>
To: no-reply-aws@amazon.com
Subject: Re: RE:[CASE %s] Charged for Skill Builder subscription after cancellation
Date: Tue, 8 Apr 2025 19:01:55 +0900
Message-ID: <CAK7okabe0408bounce@mail.gmail.com>
""" % C4, note="bounce of the owner's email reply to the console case; case tag appears in attached headers")

add("console-dmarc-fail", dt("2025-04-09 22:18"), addr("Amazon Web Services", CONSOLE), ME,
    "Amazon Web Services: Action needed on Support case: 9120034571", "suspicious",
    au=auth(ME, "amazon.com", dkim="fail", spf="fail", dmarc="fail", mailfrom="notice.aws-acct-review.top"),
    text="""Dear Customer,

Your AWS account 402918375561 has been flagged during a billing review (case 9120034571).
To avoid suspension of your account and certification benefits, update your payment details:

https://console-aws.support-case-review.top/case/?displayId=9120034571

Best regards,
Amazon Web Services
""", cte="7bit", note="console-style phishing; From no-reply-aws@amazon.com but dkim/spf/dmarc fail")

add("console-autoresolve-warning", dt("2025-04-11 09:50"), addr("Amazon Web Services", CONSOLE), ME,
    "RE:[CASE %s] Charged for Skill Builder subscription after cancellation" % C4, "closing_notice",
    nr=True, case=C4, au=auth(ME, "amazon.com"),
    text="""Hello,

We haven't heard back from you regarding this case. If we do not receive a response within the next
3 days, the case will be resolved automatically. To keep it open, reply through the Support Center.
""" + CONSOLE_FOOTER.format(case=C4), cte="7bit",
    note="console auto-resolve warning; reply only via Support Center; rating footer")

add("console-refund-escalated", dt("2025-04-12 02:20"), addr("Amazon Web Services", CONSOLE), ME,
    "RE:[CASE %s] Charged for Skill Builder subscription after cancellation" % C4, "case_update",
    case=C4, au=auth(ME, "amazon.com"),
    text="""Hello,

Thanks for adding the Builder ID address. I found the subscription and can confirm the cancellation
was recorded on March 30, but the renewal job ran anyway. I have passed this to our billing team to
refund the April charge. This usually takes 3 to 5 business days and I will update the case once it
is done.

Ananya K.
""" + CONSOLE_FOOTER.format(case=C4), cte="7bit",
    note="console progress news with rating footer and 'reply' link boilerplate; asks nothing")

add("console-resolved", dt("2025-04-16 06:40"), addr("Amazon Web Services", CONSOLE), ME,
    "RE:[CASE %s] Charged for Skill Builder subscription after cancellation" % C4, "resolved",
    case=C4, au=auth(ME, "amazon.com"),
    text="""Hello,

Good news: the billing team processed a refund of USD 29.00 to your original payment method. It can
take up to 10 days to appear on your statement. As the issue is fixed I'm marking this case as
resolved; you can reopen it from the Support Center within 14 days if something is still wrong.

Ananya K.
""" + CONSOLE_FOOTER.format(case=C4), cte="quoted-printable", crlf=True,
    note="console resolution with reopen option + rating footer; CRLF")

add("console-survey", dt("2025-04-17 06:40"), addr("Amazon Web Services", CONSOLE), ME,
    "Amazon Web Services: How did we do on case %s?" % C4, "survey", case=C4, au=auth(ME, "amazon.com"),
    html="""<html><body><p>Dear Customer,</p><p>Your AWS Support case <b>%s</b> was recently resolved.</p>
<p>Please take a moment to rate your experience:</p>
<table><tr><td><a href="https://console.aws.amazon.com/support/feedback?case=%s&r=1">1</a></td><td><a href="#">2</a></td><td><a href="#">3</a></td><td><a href="#">4</a></td><td><a href="#">5</a></td></tr></table>
<p>This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % (C4, C4),
    html_cte="quoted-printable", note="console survey, HTML-only")

add("pearson-score", dt("2025-04-26 06:45"), addr("Pearson VUE", "noreply@pearsonvue.com"), ME,
    "Your AWS Certification exam has been completed", "unrelated", au=auth(ME, "pearsonvue.com"),
    text="""Dear Ryo Okabe,

Thank you for taking your AWS Certification exam with Pearson VUE (Registration ID: 482915037).
Your results will be sent to you by AWS Certification within 5 business days.

Pearson VUE
""", cte="7bit", note="exam vendor; 9-digit registration id")

add("recert-congrats", dt("2025-04-29 17:00"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Congratulations on recertifying your AWS Certification!", "certification", au=auth(ME, "certmetrics.com"),
    text="""Dear Ryo Okabe,

Congratulations! You have recertified AWS Certified Solutions Architect - Professional.
Your new expiration date is April 26, 2028.

Your digital badge will be issued by Credly within 24 hours. Log in to your AWS Certification account
to download your certificate.

AWS Certification
""", cte="7bit", note="certmetrics recertification notice")

add("vendor-request-solved", dt("2025-05-02 08:00"), addr("ZenField Support", "support@zenfield.zendesk.com"), ME,
    "[ZenField Support] Re: Account merge request - case closed", "unrelated", au=auth(ME, "zenfield.zendesk.com"),
    text="""##- Please type your reply above this line -##

Your request (48213) has been solved. We have merged your two ZenField workspaces into
r.okabe.home@gmail.com.

This request will be closed in 4 days. If you don't agree that it has been solved, reply to this
email to reopen it.

Mika (ZenField Support)
""", cte="7bit", note="other vendor: 'merged', 'closed', 'reply to reopen' - not AWS")

# ---------------------------------------------------------------------------
# C5: Japanese name-change case (11 digits)
# ---------------------------------------------------------------------------
add("c5-ack-sjis", dt("2025-05-12 02:05"), TC, ME, "RE: [CASE %s] %s" % (C5, SUBJ), "acknowledgement",
    case=C5, au=auth(ME, "amazon.com"),
    text="""Amazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成しました。

ケースの詳細:
ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: 認定アカウントの氏名変更
内容: 認定アカウントの氏名が「Ryou Okabe」になっているので「Ryo Okabe」に直したいです。

通常24時間以内にご連絡いたします。同じ内容で別のケースを作成しないでください。
""" % (C5, C5), charset="shift_jis", cte="8bit", lang="ja",
    note="Japanese ack, Shift_JIS 8bit, 11-digit id")

NAME_ASK = """岡部様

お問い合わせありがとうございます。AWS トレーニングと認定カスタマーサポートの山本です。

認定アカウントに登録されている氏名「Ryou Okabe」を「Ryo Okabe」へ変更されたいとのこと、承知いたしました。氏名の変更は、公的な身分証明書の表記と一致している必要があります。

以下の2点をこのメールへの返信でお送りください。
・身分証明書（パスポート等）に記載されているローマ字表記の氏名
・変更対象のアカウントのログイン用メールアドレス

なお、身分証明書の画像は送付不要です。

よろしくお願いいたします。
山本
"""
add("c5-name-details", dt("2025-05-12 08:30"), TC, ME, "RE: [CASE %s] %s" % (C5, SUBJ), "info_request",
    nr=True, case=C5, au=auth(ME, "amazon.com"), text=NAME_ASK, charset="shift_jis", cte="base64", lang="ja",
    note="Japanese plain 〜ください info request, Shift_JIS base64")

add("builder-id-code-2", dt("2025-05-13 11:02"), addr("AWS", "no-reply@login.awsapps.com"), ME,
    "AWS Builder ID: your one-time verification code", "unrelated", au=auth(ME, "login.awsapps.com"),
    text="""Your verification code is: 770913

Enter this code to sign in to your AWS Builder ID. The code is valid for 10 minutes.
If you didn't try to sign in, change your password.
""", cte="7bit", note="second Builder ID code, 6 digits")

CLOSED5 = """岡部様

先日ご案内した件につきまして、ご返信を確認できなかったため、本ケースはクローズとさせていただきました。

引き続き氏名の変更をご希望の場合は、このメールにそのままご返信ください。ケースが再開され、担当者が対応を継続いたします。

山本
"""
add("c5-closed", dt("2025-05-19 06:02"), TC, ME, "RE: [CASE %s] %s" % (C5, SUBJ), "closing_notice", nr=True,
    case=C5, au=auth(ME, "amazon.com"), text=CLOSED5, charset="iso-2022-jp", cte="7bit", lang="ja",
    note="Japanese 'has just been closed, a reply reopens it'; ISO-2022-JP")

add("c5-reply-jis", dt("2025-05-19 22:14", JST), addr("岡部 遼", ME, "iso-2022-jp"), TC,
    "Re: RE: [CASE %s] %s" % (C5, SUBJ), "user_reply", case=C5, irt="c5-closed", refs=["c5-ack-sjis", "c5-name-details"],
    text="""山本様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は OKABE RYO です。
ログイン用メールアドレスは r.okabe.home@gmail.com です。

よろしくお願いいたします。
岡部 遼

2025年5月19日(月) 15:02 <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(CLOSED5) + "\n", charset="iso-2022-jp", cte="7bit", lang="ja",
    note="Japanese owner reply, ISO-2022-JP, quoted closing notice")

add("c5-reopened", dt("2025-05-20 01:10"), TC, ME, "RE: [CASE %s] %s" % (C5, SUBJ), "case_update",
    case=C5, au=auth(ME, "amazon.com"),
    text="""岡部様

ご返信ありがとうございます。ケースを再開いたしました。
いただいた情報をもとに、認定チームにて氏名の変更手続きを進めております。完了まで3〜5営業日ほどお時間をいただく見込みです。完了しましたら改めてご連絡いたします。

山本
""", cte="quoted-printable", lang="ja", note="Japanese progress (reopened), asks nothing")

add("phish-jp", dt("2025-05-21 03:33"), addr("AWS 認定サポート", "support@aws-certification-jp.net"), ME,
    "【重要】AWS認定アカウント統合の最終確認のお願い", "suspicious", au=auth(ME, "aws-certification-jp.net"),
    text="""AWS認定をご利用のお客様

お客様の認定アカウントの統合処理が保留されています。48時間以内に以下のリンクからサインインし、統合先アカウントをご確認ください。ご確認いただけない場合、取得済みの認定が失効いたします。

https://aws-certification-jp.net/verify

AWS 認定サポート
""", cte="base64", lang="ja", note="Japanese phishing, lookalike domain, urgent ask")

add("c5-done-with-survey", dt("2025-05-23 07:25"), TC, ME, "RE: [CASE %s] %s" % (C5, SUBJ), "resolved",
    case=C5, au=auth(ME, "amazon.com"),
    text="""岡部様

お待たせいたしました。認定アカウントの氏名を「Ryo Okabe」に変更いたしました。今後発行される認定証およびデジタルバッジには新しい氏名が表示されます。既存の認定証 (PDF) は認定アカウントの「認定」ページから再ダウンロードいただけます。

本件はこれにてクローズとさせていただきます。その他ご不明な点がございましたら、お気軽にご返信ください。

――――――――――――――――――――
サポート品質向上のため、簡単なアンケートへのご協力をお願いいたします。
https://survey.aws.amazon.com/s/tc-ja?case=%s
――――――――――――――――――――
山本
""" % C5, charset="shift_jis", cte="8bit", lang="ja",
    note="Japanese resolution with survey footer ('ご協力をお願いいたします') and conditional reply")

add("c5-survey-jp", dt("2025-05-24 07:25"), TC, ME, "[CASE %s] サポートに関するアンケートのお願い" % C5, "survey",
    case=C5, au=auth(ME, "amazon.com"),
    html="""<html><body><p>岡部 遼 様</p><p>先日はAWS トレーニングと認定サポート（ケース ID: %s）をご利用いただきありがとうございました。</p>
<p>今回の対応について、5段階でご評価いただけますと幸いです。</p>
<p><a href="https://survey.aws.amazon.com/s/tc-ja?case=%s">アンケートに回答する</a>（所要時間 約2分）</p>
<p>※本メールは送信専用です。</p></body></html>""" % (C5, C5), html_cte="quoted-printable", lang="ja",
    note="Japanese survey, HTML-only")

add("cert-expiry", dt("2025-05-30 16:00"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certified Cloud Practitioner certification expires in 90 days", "certification",
    au=auth(ME, "certmetrics.com"),
    text="""Dear Ryo Okabe,

Your AWS Certified Cloud Practitioner certification expires on August 28, 2025.
To keep it active, recertify by passing the current exam or a higher-level exam before then.

Schedule your exam: https://www.aws.training/certification
Candidate ID: AWS11930584

AWS Certification
""", cte="7bit", note="certmetrics expiry notice with action wording")

add("gh-dependabot-closed", dt("2025-06-02 03:14"), addr("dependabot[bot]", "notifications@github.com"), ME,
    "Re: [r-okabe/dotfiles] Bump requests from 2.31.0 to 2.32.3 (PR #41)", "unrelated", au=auth(ME, "github.com"),
    text="""@r-okabe merged commit 3f9a2c1 into main. This PR was closed.

--
Reply to this email directly, view it on GitHub:
https://github.com/r-okabe/dotfiles/pull/41#event-17201933
""", cte="7bit", note="GitHub merged/closed notification")

# ---------------------------------------------------------------------------
# C6: third account (Partner Central SSO) - June
# ---------------------------------------------------------------------------
ACK6T = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

Case ID: %s
Subject: %s
Correspondence: Inquiry type: Certification / Account Merge
I found a third certification account, created through APN Partner Central SSO at my previous employer.
My Credly badges are not showing. Please merge it into r.okabe.home@gmail.com.

We usually respond within 24 hours. Please avoid opening another case for the same request.

Sincerely,
Amazon Web Services
""" % (C6, C6, SUBJ)
add("c6-ack", dt("2025-06-07 01:53"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C6, SUBJ), "acknowledgement", case=C6, au=auth(ME, "amazon.com"),
    text=ACK6T, html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ACK6T.strip().split("\n\n")) + "</body></html>",
    cte="quoted-printable", crlf=True,
    note="ack, multipart/alternative, CRLF; echoes the owner's 'Please merge' from the form")

add("c6-partner-detach", dt("2025-06-09 04:40"), TC, ME, "RE:[CASE %s] %s" % (C6, SUBJ), "on_hold", case=C6,
    au=auth(ME, "amazon.com"),
    text="""Hello Ryo,

Marcus from the certification support team. The third account is still attached to the Tsubame DX
organization in APN Partner Central, which is why it was created via SSO in the first place. Our
partner operations team has to detach it before it can be merged; this happens between them and the
partner and does not need anything from you. I'll get back to you once they confirm, usually within
5 business days.

Marcus
""", cte="7bit", note="partner hold, explicitly asks nothing")

add("connpass-jp", dt("2025-06-10 12:00", JST), addr("connpass", "no-reply@connpass.com"), ME,
    "【connpass】JAWS-UG 東京 #62 の参加登録が完了しました", "unrelated", au=auth(ME, "connpass.com"),
    text="""岡部 遼 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #62 〜 AWS認定を次の職場に引き継ぐ話 〜
日時: 2025/06/24(火) 19:00〜21:00
会場: オンライン

キャンセルする場合はイベントページから手続きしてください。
""", cte="8bit", lang="ja", note="Japanese event mail about carrying certifications over")

add("c6-which-address", dt("2025-06-13 02:25"), TC, ME, "RE:[CASE %s] %s" % (C6, SUBJ), "info_request",
    nr=True, case=C6, au=auth(ME, "amazon.com"),
    text="""Hello Ryo,

Good news first: partner operations detached the third account from the Tsubame DX organization
yesterday, so the APN side is done.

Before the certification team can prepare the merge there is one gap. The detached record only shows
a masked sign-in address (o****@t*****.co.jp), and we see two accounts with similar names. Could you
let us know which email address you used when you signed in through Partner Central? If you still
have the candidate ID of that account, add it too.

Marcus
""", cte="7bit", note="mixed: progress news first, then 'Could you let us know' ask")

add("c6-address-reply", dt("2025-06-13 21:10", JST), addr("Ryo Okabe", ME), TC,
    "Re: RE:[CASE %s] %s" % (C6, SUBJ), "user_reply", case=C6, cands=["AWS20566131"], irt="c6-which-address",
    refs=["c6-ack", "c6-partner-detach"],
    text="""Hi Marcus,

It was okabe.ryo@tsubame-dx.co.jp - the same company address as the account that was merged in March
(case %s). I think the candidate ID on that one was AWS20566131.

Thanks,
Ryo

> Could you let us know which email address you used when you signed in through Partner Central?
""" % C1, cte="7bit", note="owner reply; mentions an earlier case number and a candidate id")

CONF6_TXT = """岡部 遼 様

AWS 認定サポートの鈴木でございます。ご返信いただきありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の2つの認定アカウントが該当いたしました。

Account #1
  候補ID: AWS11930584
  ログイン用メールアドレス: r.okabe.home@gmail.com
  トレーニング通知用メールアドレス: r.okabe.home@gmail.com
  認定通知用メールアドレス: r.okabe.home@gmail.com

Account #2
  候補ID: AWS20566131
  ログイン用メールアドレス: okabe.ryo@tsubame-dx.co.jp（Partner Central SSO）
  トレーニング通知用メールアドレス: okabe.ryo@tsubame-dx.co.jp
  認定通知用メールアドレス: okabe.ryo@tsubame-dx.co.jp

Account #2 を Account #1 に統合し、Account #1 を残す形でお間違いないでしょうか。
お手数ではございますが、内容をご確認のうえ、本メールへのご返信にてご回答いただけますと幸いです。
ご確認のほどよろしくお願いいたします。

鈴木
AWS Training and Certification
"""
CONF6_HTML = """<html><body><p>岡部 遼 様</p><p>AWS 認定サポートの鈴木でございます。ご返信いただきありがとうございます。</p>
<p>いただいた情報をもとに確認いたしましたところ、以下の2つの認定アカウントが該当いたしました。</p>
<table border="1" cellpadding="4"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>候補ID</td><td>AWS11930584</td><td>AWS20566131</td></tr>
<tr><td>ログイン用メールアドレス</td><td>r.okabe.home@gmail.com</td><td>okabe.ryo@tsubame-dx.co.jp（Partner Central SSO）</td></tr>
<tr><td>トレーニング通知用メールアドレス</td><td>r.okabe.home@gmail.com</td><td>okabe.ryo@tsubame-dx.co.jp</td></tr>
<tr><td>認定通知用メールアドレス</td><td>r.okabe.home@gmail.com</td><td>okabe.ryo@tsubame-dx.co.jp</td></tr></table>
<p>Account #2 を Account #1 に統合し、Account #1 を残す形でお間違いないでしょうか。<br>
お手数ではございますが、内容をご確認のうえ、本メールへのご返信にてご回答いただけますと幸いです。<br>
ご確認のほどよろしくお願いいたします。</p><p>鈴木<br>AWS Training and Certification</p></body></html>"""
add("c6-confirm-jp", dt("2025-06-16 05:05"), addr("AWS Training and Certification", TC), ME,
    "RE:[CASE %s] %s" % (C6, SUBJ), "confirmation_request", nr=True, case=C6,
    cands=["AWS11930584", "AWS20566131"], au=auth(ME, "amazon.com"),
    text=CONF6_TXT, html=CONF6_HTML, cte="base64", lang="ja",
    note="Japanese keigo confirmation (お間違いないでしょうか / いただけますと幸いです), multipart base64 with table")

add("c6-confirm-reply", dt("2025-06-16 20:30", JST), addr("岡部 遼", ME), TC,
    "Re: RE:[CASE %s] %s" % (C6, SUBJ), "user_reply", case=C6, irt="c6-confirm-jp",
    refs=["c6-ack", "c6-partner-detach", "c6-which-address", "c6-address-reply"],
    text="""鈴木様

はい、問題ありません。Account #2 を Account #1 に統合してください。

岡部

2025年6月16日(月) 14:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(CONF6_TXT) + "\n", cte="8bit", lang="ja", note="Japanese confirmation reply over quoted keigo request")

add("c6-merged", dt("2025-06-17 00:12"), TC, ME, "RE:[CASE %s] %s" % (C6, SUBJ), "resolved", case=C6,
    cands=["AWS20566131", "AWS11930584"], au=auth(ME, "amazon.com"), irt="c6-confirm-reply",
    text="""Hi Ryo,

Done - AWS20566131 has been merged into AWS11930584. Credly may send you a fresh badge notification
over the next 24 hours; that's expected. If anything looks off on your account, just reply here.

Cheers,
Jun
AWS T&C Support
""", cte="7bit", note="short casual resolution with conditional 'just reply here'; no 'merged successfully' phrase")

add("certmetrics-accounts-combined", dt("2025-06-17 00:30"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certification account has been updated", "certification", au=auth(ME, "certmetrics.com"),
    text="""Dear Ryo Okabe,

Certification records from another account have been combined into your AWS Certification account
(AWS11930584). Your certifications, exam history and benefits are now shown in one place.

No action is needed. If you did not request this change, contact AWS Training and Certification.

AWS Certification
""", cte="7bit", note="certmetrics notice that reads like a merge completion (kind certification, no case)")

add("credly-badge-refresh", dt("2025-06-17 03:40"), addr("Credly", "admin@credly.com"), ME,
    "You've earned a badge: AWS Certified Solutions Architect - Professional", "badge", au=auth(ME, "credly.com"),
    text="""Congratulations, Ryo!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Professional".

Claim it and share it: https://www.credly.com/badges/e07b2f91-3c4d-4a18-8f5e-2d6c9b0a7e13

Credly
""", cte="7bit", note="Credly badge after the second merge")

add("training-signin-change", dt("2025-06-18 16:00"), addr("AWS Training and Certification", "no-reply@aws.training"), ME,
    "Changes to how you sign in to your AWS Certification account", "unrelated", au=auth(ME, "aws.training"),
    text="""Hello,

Starting July 15, 2025, AWS Certification accounts can only be accessed with AWS Builder ID or through
AWS Partner Central. If you already sign in with AWS Builder ID, no action is required.

If you have more than one certification account, you can ask us to merge them through the
Contact AWS Training and Certification form.

AWS Training and Certification
""", cte="7bit", note="program announcement mentioning merge and 'no action is required'")

add("builder-id-new-device", dt("2025-06-20 09:12"), addr("AWS", "no-reply@signin.aws"), ME,
    "New sign-in to your AWS Builder ID", "unrelated", au=auth(ME, "signin.aws"),
    text="""We noticed a new sign-in to your AWS Builder ID from Chrome on macOS (Tokyo, Japan).

If this was you, there is nothing you need to do. If not, reset your password right away:
https://profile.aws.amazon.com
""", cte="7bit", note="Builder ID security notice")


def write_readme():
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(m["label"]["needs_reply"] for m in MSGS)
    ja = sum(m["lang"] == "ja" for m in MSGS)
    L = ["me: %s %s" % (ME, WORK), "",
         "# blind-42: held-out corpus (written blind, from DOMAIN.md, seeds and BLIND-CORPUS.md only)", "",
         "Mailbox owner: Ryo Okabe / 岡部 遼. Personal address %s, old company address %s" % (ME, WORK),
         "(Tsubame DX, an APN partner; company mailbox closes 2025-03-31). Regenerate with `python3 gen.py`.", "",
         "## Cases", "",
         "- %s (15 digits): main T&C form merge case. ack -> APN hold (no ask) -> APN hold with a question -> "
         "owner answers from the company address -> 'write from the kept address' -> owner replies from personal -> "
         "hold released -> HTML confirmation table -> closing notice -> 'Confirmed' -> merged -> survey; reopened in April "
         "(voucher missing, reply threaded only by In-Reply-To/References) -> Japanese candidate-ID request -> reply -> resolved." % C1,
         "- %s (15 digits): duplicate form submission to the company address: Japanese ack, owner forwards to self, "
         "a second agent asks for confirmation on it, owner says it is a duplicate, agent links it to %s." % (C2, C1),
         "- %s (10 digits): AWS Support Center (console) case about a Skill Builder charge; must be answered in the console; "
         "owner's e-mail reply bounced; auto-resolve warning; escalation; resolved; survey." % C4,
         "- %s (11 digits): Japanese name-change case: Shift_JIS ack, request, 'closed, reply reopens', reply, reopened, resolved, survey." % C5,
         "- %s (15 digits): third (Partner Central SSO) account: ack, partner hold (no ask), info request, reply, "
         "Japanese keigo confirmation, reply, resolved, Credly." % C6,
         "", "Not case numbers: 402918375561 (AWS account id), 482915037 (Pearson VUE registration), 538204 / 770913 (codes), "
         "174227160400519 / 174230012700884 / 9120034571 (ids in phishing), 48213 (other vendor ticket).", "",
         "## Judgement calls (labels a scorer may dispute)", "",
         "- 007: the owner forwarding a support ack to himself is labelled user_reply (his own mail on the case), needs_reply false.",
         "- 011: 'linked as a duplicate, nothing needed' is labelled case_update, not resolved (the request itself is not done).",
         "- 017 / 045: an auto-reply and a bounce whose subject or attached headers carry a case tag are unrelated, case null.",
         "- 035: the owner's reply has no case number anywhere; case comes only from In-Reply-To/References.",
         "- 049: console resolution that offers reopening within 14 days is resolved (the issue is fixed), not closing_notice.",
         "- 073: certmetrics 'records combined' notice is certification with case null.", "",
         "## Counts", "",
         "%d messages; %d Japanese; needs_reply true: %d." % (len(MSGS), ja, nr), "",
         "| kind | n |", "|---|---|"] + ["| %s | %d |" % kv for kv in sorted(kinds.items())] + [
         "", "## Messages", "",
         "| file | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for m in MSGS:
        lb = m["label"]
        L.append("| %s | %s | %s | %s | %s |" % (m["name"], lb["kind"], "yes" if lb["needs_reply"] else "no",
                                              lb["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        with open(os.path.join(OUT, m["name"] + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, m["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
