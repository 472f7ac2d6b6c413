#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-8). Standard library only.
Writes NNN-slug.eml + NNN-slug.json next to this script."""
import base64, json, os, quopri, random
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "daichi.kuwabara.0612@gmail.com"
ME_C = "d-kuwabara@hoshizora-sys.co.jp"
ME_NAME = "Daichi Kuwabara"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
rnd = random.Random(8)
MSGS = []
MIDS = {}     # case -> list of message ids (thread)
BODY = {}     # number -> plain text (for quoting)

def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")

def rfcdate(s):
    return format_datetime(dt(s))

def hx(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def mid_for(frm):
    d = frm.split("@")[-1].rstrip(">")
    if d == "amazon.com":
        return "<01000%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (hx(11), hx(8), hx(4), hx(4), hx(12))
    if d == "gmail.com":
        return "<CA%s%s@mail.gmail.com>" % (hx(10).upper(), base64.b32encode(bytes(rnd.randrange(256) for _ in range(15))).decode().lower()[:24])
    if d.endswith("hoshizora-sys.co.jp"):
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (hx(4).upper(), hx(12).upper(), hx(4).upper())
    return "<%s.%s@%s>" % (hx(16), hx(8), d)

def auth_for(to, frm, mode="pass"):
    fdom = frm.split("@")[-1].rstrip(">")
    if mode is None:
        return None
    if to.endswith("gmail.com"):
        if mode == "pass":
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                    % (fdom, hx(8), hx(8), fdom, rnd.randint(1, 60), rnd.randint(1, 250), fdom, fdom))
        return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=softfail (google.com: domain of transitioning %s does not designate 185.%d.%d.7 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
                % (fdom, hx(8), hx(8), frm, rnd.randint(1, 200), rnd.randint(1, 200), fdom, fdom))
    # company mailbox: Exchange Online
    if mode == "pass":
        return ("spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (rnd.randint(1, 60), rnd.randint(1, 250), fdom, fdom, fdom))
    return ("spf=fail (sender IP is 45.%d.%d.19) smtp.mailfrom=%s; dkim=fail (signature did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (rnd.randint(1, 200), rnd.randint(1, 200), fdom, fdom, fdom))

def hdr(v, charset="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode()

def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, a) if ("," in name or "." in name) else "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)

def part(ctype, text, charset, cte):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset, charset)
    raw = text.encode(codec)
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, cte)
    return h.encode(), payload

def add(slug, kind, needs, case, cands, *, frm, to, subject, date, text=None, html=None,
        charset="utf-8", cte="7bit", hcte=None, crlf=False, reply_to_case=None, refs=None,
        auth="pass", extra=None, frm_name=None, to_name=None, subj_charset=None, note="", cc=None):
    n = len(MSGS) + 1
    mid = mid_for(frm)
    sc = subj_charset or ("utf-8" if charset not in ("iso-2022-jp", "shift_jis") else charset)
    H = []
    a = auth_for(to, frm, auth)
    if a:
        H.append("Authentication-Results: " + a)
    H.append("Date: " + rfcdate(date))
    H.append("From: " + addr(frm_name, frm, sc))
    H.append("To: " + addr(to_name, to, sc))
    if cc:
        H.append("Cc: " + cc)
    H.append("Subject: " + hdr(subject, sc))
    H.append("Message-ID: " + mid)
    thread = None
    if refs is not None:
        thread = refs
    elif reply_to_case is not None:
        thread = MIDS.get(reply_to_case, [])
    if thread:
        H.append("In-Reply-To: " + thread[-1])
        H.append("References: " + " ".join(thread[-6:]))
    for k, v in (extra or []):
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    hcte = hcte or cte
    if text is not None and html is not None:
        b = "----=_Part_%d_%s" % (rnd.randint(100000, 999999), hx(10))
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        ph1, pb1 = part("text/plain", text, charset, cte)
        ph2, pb2 = part("text/html", html, charset, hcte)
        body = (b"--" + b.encode() + b"\n" + ph1 + b"\n" + pb1 + b"--" + b.encode() + b"\n" + ph2 + b"\n" + pb2
                + b"--" + b.encode() + b"--\n")
        head = "\n".join(H).encode() + b"\n\n"
    else:
        ctype, t = ("text/html", html) if text is None else ("text/plain", text)
        ph, pb = part(ctype, t, charset, cte if text is not None else hcte)
        head = "\n".join(H).encode() + b"\n" + ph + b"\n"
        body = pb
    raw = head + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    lab = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    if case is not None and kind != "suspicious":
        MIDS.setdefault(case, []).append(mid)
    BODY[n] = text if text is not None else html
    MSGS.append(dict(slug=slug, raw=raw, lab=lab, date=dt(date), note=note, subject=subject))
    return n

def q_gmail(date, name, a, text):
    d = dt(date)
    head = "On %s at %s %s <%s> wrote:" % (d.strftime("%a, %b %-d, %Y"), d.strftime("%-I:%M %p"), name, a)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def q_outlook(frm, date, to, subject, text):
    d = dt(date)
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject, text.strip("\n")))

def q_ja(date, who, text):
    d = dt(date)
    wd = "月火水木金土日"[d.weekday()]
    head = "%d年%d月%d日(%s) %d:%02d %s:" % (d.year, d.month, d.day, wd, d.hour, d.minute, who)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def tc_subj(case, re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, case)

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
"""

# ====================== batch 1: 2021 case P (10 digits), 2023 console case Q (11 digits)
P = "8421937705"
add("aws-newsletter-2021", "unrelated", False, None, [], frm="aws-marketing-email-replies@amazon.com",
    frm_name="Amazon Web Services", to=ME_C, subject="AWS re:Invent 2021 - Registration is now open. Reply to this email with questions",
    date="2021-03-02 01:10 +0000", cte="quoted-printable",
    text="""Hello Daichi,

Registration for AWS re:Invent 2021 is open. Secure your spot today and join thousands of builders.

Have a question about the event? Reply to this email and our event team will get back to you within 2 business days.

Register now: https://reinvent.awsevents.com/register

This message was sent to d-kuwabara@hoshizora-sys.co.jp. If you no longer wish to receive these emails, unsubscribe here: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""", note="marketing that invites a reply")

add("ack-P", "acknowledgement", False, P, ["AWS00718342"], frm=TC, to=ME_C, subject=tc_subj(P, "RE:"),
    date="2021-03-08 02:14 +0000", crlf=True,
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concerns.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence: Inquiry Type: Certification
Additional details: Account Merge
Description: I found I have two certification accounts with the same e-mail address (one created via Amazon login). Please merge them into one. Candidate ID AWS00718342 has my SAA certification.

We will respond to your case usually within 24 hours. If you have already raised a case, please do not raise another case for the same request, as this may delay our response.

Sincerely,
Amazon Web Services
""" % (P, P), note="2021 style ack, 10-digit case, candidate ID only in echoed description")
add("certmetrics-feedback-2021", "certification", False, None, [], frm="do-not-reply@certmetrics.com",
    frm_name="AWS Certification", to=ME_C, subject="AWS Certification wants to hear from you",
    date="2021-03-08 15:40 +0000",
    text="""Dear Daichi Kuwabara,

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification journey. Your feedback will help shape the future of the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/survey/start.aspx?p=7731

Please do not reply to this message; this mailbox is not monitored.

AWS Training and Certification
""", note="certmetrics feedback invitation with 'please'")

add("confirm-P-terse", "confirmation_request", True, P, [], frm=TC, to=ME_C, subject=tc_subj(P, "RE: "),
    date="2021-03-09 06:02 +0000", reply_to_case=P,
    text="""Hi Daichi,

Found two profiles:

Account #1
Login email: d-kuwabara@hoshizora-sys.co.jp
Training notification email: d-kuwabara@hoshizora-sys.co.jp
Certification notification email: d-kuwabara@hoshizora-sys.co.jp

Account #2
Login email: d-kuwabara@hoshizora-sys.co.jp (Amazon login)
Training notification email: d-kuwabara@hoshizora-sys.co.jp
Certification notification email: (none)

Keep #1?

Kenji
AWS Training and Certification Customer Service
""", note="terse agent, bare two-word question")

add("reply-P", "user_reply", False, P, [], frm=ME_C, frm_name="Kuwabara Daichi", to=TC, subject=tc_subj(P, "RE: "),
    date="2021-03-09 07:15 +0000", reply_to_case=P, auth=None, crlf=True,
    text="""Hi Kenji,

Yes, please keep Account #1 and merge #2 into it.

Best regards,
Daichi Kuwabara
Hoshizora Systems Co., Ltd.

""" + q_outlook("AWS Training and Certification <%s>" % TC, "2021-03-09 15:02 +0900", ME_C, tc_subj(P, "RE: "), BODY[4]),
    note="user reply, Outlook quoting of the request")

add("resolved-P-quoted", "resolved", False, P, [], frm=TC, to=ME_C, subject=tc_subj(P, "RE:"),
    date="2021-03-09 11:48 +0000", reply_to_case=P,
    text="""Hi Daichi,

I have successfully merged all accounts. Your certification history is now under Account #1.

Kenji
AWS Training and Certification Customer Service

""" + q_outlook("Kuwabara Daichi <%s>" % ME_C, "2021-03-09 16:15 +0900", TC, tc_subj(P, "RE: "), BODY[5]),
    note="resolution quoting the user's reply and the old 'Keep #1?' question")

add("acclaim-badge-2021", "badge", False, None, [], frm="admin@youracclaim.com", frm_name="Acclaim",
    to=ME_C, subject="Daichi, claim your AWS Certified Solutions Architect - Associate badge",
    date="2021-03-10 04:20 +0000", cte="quoted-printable",
    text="""Hi Daichi,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to share it on LinkedIn and other networks:
https://www.youracclaim.com/earner/earned/badge/3f5c1a2e-9b7d-4e11-8c2a-51d0f7a3e6b4

The Acclaim Team
""", note="old Acclaim badge mail with badge UUID")

Q = "13820947561"
add("aws-invoice-2023", "unrelated", False, None, [], frm="aws-billing@amazon.com", frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services Billing Statement Available [AWS ID 482915730266]",
    date="2023-02-03 09:12 +0000",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 0266, is available on the AWS web site. Your account will be charged the following:

Total: $4.18

You can see a complete breakdown of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", note="billing mail with 12-digit AWS account ID")

add("console-new-case-Q", "acknowledgement", False, Q, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: New Support case: %s" % Q, date="2023-02-14 12:31 +0000",
    text="""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account linked to the wrong AWS account
Severity: General guidance
Correspondence: My exam results show up in a profile I cannot log into. Account 482915730266.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" % (Q, Q, Q), note="console ack, 11-digit case, 12-digit account id nearby")

add("console-info-Q", "info_request", True, Q, ["AWS02284719"], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % Q, date="2023-02-15 03:05 +0000",
    reply_to_case=Q, cte="quoted-printable",
    text="""Hello,

Thanks for your patience. I'm Priya from the AWS Training and Certification team, and I'll be looking after this case.

The AWS account 482915730266 is an AWS service account, which is separate from your AWS Certification account, so the two are not linked on our side. I did find one certification profile under candidate ID AWS02284719, which was created in 2019 with an e-mail address ending in @hoshizora-sys.co.jp.

Is that the profile you cannot log into, or is there a second one? If there is, the candidate ID or the e-mail address used for it would let me locate it. You can add both in your reply on this case in the Support Center.

Best regards,
Priya S.
Amazon Web Services
""" + CONSOLE_FOOT % Q, note="console info request: bare question buried mid-paragraph, answer in Support Center, feedback footer")

add("pearson-vue-2023", "unrelated", False, None, [], frm="pearsonvueconfirmation@pearson.com", frm_name="Pearson VUE",
    to=ME_P, subject="Confirmation of your AWS Certified Developer - Associate exam appointment",
    date="2023-02-16 08:00 +0000",
    text="""Dear Daichi Kuwabara,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 418273390
Exam: DVA-C02: AWS Certified Developer - Associate
Appointment: Saturday, March 4, 2023 10:00 AM JST
Location: OnVUE online proctored

Please review the exam policies and run the system test before your appointment. If you need to reschedule, please do so at least 24 hours in advance.

Sincerely,
Pearson VUE
""", note="exam vendor, 9-digit registration id, 'please review' not a request to support")

add("console-autoresolve-warning-Q", "closing_notice", True, Q, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % Q, date="2023-02-19 03:07 +0000",
    reply_to_case=Q,
    text="""Hello,

We haven't heard back from you regarding the case since 15th February 2023.

Since we require further information to assist you, we'll be keeping this case open for the next 3 days. After this time frame, the case will be automatically resolved if no response is provided.

In case you still require assistance, update the case through the Support Center.

Best regards,
Priya S.
Amazon Web Services
""" + CONSOLE_FOOT % Q, note="console auto-resolve warning, no 'please', answer in Support Center")

add("console-update-Q", "case_update", False, Q, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % Q, date="2023-02-20 01:44 +0000",
    reply_to_case=Q,
    text="""Hello Daichi,

Thank you for the details you added in the Support Center. With the e-mail address you gave I located the second profile, and I have sent both profiles to our certification operations team to be combined. This usually takes 2-3 business days; I will write here as soon as they are done.

Best regards,
Priya S.
Amazon Web Services
""" + CONSOLE_FOOT % Q, note="progress only, console footer says 'please follow the link to respond'")

add("console-resolved-Q", "resolved", False, Q, ["AWS02284719"], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % Q, date="2023-02-22 06:20 +0000",
    reply_to_case=Q, cte="base64",
    text="""Hello Daichi,

Good news: the certification operations team has combined the two profiles. Your exam history, including the upcoming DVA-C02 appointment, now shows under candidate ID AWS02284719 and you can sign in with your usual credentials.

I'll mark this case as resolved. If anything looks off, you can reopen it from the Support Center within 14 days.

Best regards,
Priya S.
Amazon Web Services
""" + CONSOLE_FOOT % Q, note="console resolved, base64, conditional reopen")
add("console-survey-Q", "survey", False, Q, [], frm="aws-support-survey@amazon.com", frm_name="AWS Support",
    to=ME_P, subject="How did we do? Your feedback on case %s" % Q, date="2023-02-23 10:00 +0000",
    text="""Hello,

Your AWS Support case %s was recently resolved. We'd appreciate it if you could take a moment to tell us how we did.

How satisfied were you with the support you received?
https://survey.aws.amazon.com/s/support?case=%s

This survey takes about 2 minutes. Please do not reply to this email.

Thank you,
AWS Support
""" % (Q, Q), note="survey after console case")

add("certmetrics-recert-2023", "certification", False, None, [], frm="do-not-reply@certmetrics.com", frm_name="AWS Certification",
    to=ME_C, subject="Congratulations on recertifying your AWS Certification!", date="2023-03-06 02:11 +0000",
    text="""Hello Daichi,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification! Your new expiration date is March 4, 2026.

Your digital badge will be issued by Credly within 24 hours. Please confirm that your contact information in your AWS Certification Account is current.

AWS Training and Certification
""", note="recertification notice with 'please confirm'")

add("github-merged", "unrelated", False, None, [], frm="notifications@github.com", frm_name="Shota Hirano",
    to=ME_C, subject="Re: [hoshizora/infra-terraform] Merge account modules into shared stack (PR #412)",
    date="2023-06-12 05:31 +0000", extra=[("List-ID", "hoshizora/infra-terraform <infra-terraform.hoshizora.github.com>")],
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-terraform/pull/412#event-9512387741
You are receiving this because you authored the thread.
""", note="GitHub 'merged' + 'reply to this email'")

# ====================== batch 2: 2025, leaving the company. Case A (15 digits) + duplicate B
A = "174829113500482"
B = "174829140200036"
add("builder-id-code", "unrelated", False, None, [], frm="no-reply@signin.aws", frm_name="AWS",
    to=ME_P, subject="Verify your AWS Builder ID email address", date="2025-05-26 20:05 +0000",
    html="""<html><body><p>Hello,</p><p>Thank you for creating an AWS Builder ID. To finish, enter this verification code:</p>
<p style="font-size:24px"><b>583021</b></p><p>This code expires in 10 minutes. If you did not request it, you can ignore this email.</p>
<p>Amazon Web Services</p></body></html>""", note="Builder ID 6-digit code, HTML only")

add("ack-A", "acknowledgement", False, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-05-26 20:25 +0000", cte="quoted-printable",
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concerns.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence: Inquiry Type: AWS Training and Certification
Additional details: Account Merge
Description: I am leaving Hoshizora Systems on June 13 and would like to merge my company certification account (d-kuwabara@hoshizora-sys.co.jp) into my personal one (daichi.kuwabara.0612@gmail.com). Please keep the personal account.

We will respond to your case usually within 24 hours. If you have already raised a case, please do not raise another case for the same request, as this may delay our response. If you have any additional information to share, simply reply to this email.

Sincerely,
Amazon Web Services
""" % (A, A), note="ack with conditional 'simply reply to this email'")

add("ack-B-duplicate-ja", "acknowledgement", False, B, [], frm=TC, frm_name="AWS トレーニングと認定",
    to=ME_P, subject="RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ" % B,
    date="2025-05-26 20:29 +0000", charset="iso-2022-jp",
    text="""お問い合わせいただきありがとうございます。

ケース %s を作成いたしました。内容は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社の認定アカウントを個人のアカウントに統合したいです。

通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる可能性があります。

追加の情報がございましたら、このメールにご返信ください。

Amazon Web Services
""" % (B, B), note="duplicate form submission ack, ISO-2022-JP, conditional 〜がございましたら")

add("phish-lookalike-merge", "suspicious", False, None, [], frm="support@aws-certification-merge.com",
    frm_name="AWS Training & Certification", to=ME_P,
    subject="[Action Required] Confirm your certification account merge within 24 hours",
    date="2025-05-26 23:50 +0000", auth="pass",
    html="""<html><body><div style="font-family:Arial">
<img src="https://aws-certification-merge.com/logo.png" alt="aws">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To avoid losing your certifications, you must confirm the merge within 24 hours.</p>
<table border="1" cellpadding="4"><tr><th>Account</th><th>Status</th></tr>
<tr><td>Account #1</td><td>Pending verification</td></tr><tr><td>Account #2</td><td>Pending verification</td></tr></table>
<p><a href="https://aws-certification-merge.com/verify?u=daichi">Confirm merge now</a></p>
<p>AWS Training and Certification Support</p></div></body></html>""",
    note="lookalike domain phishing (DKIM passes for its own domain)")

add("dup-B-linked", "case_update", False, B, [], frm=TC, to=ME_P, subject=tc_subj(B, "RE: "),
    date="2025-05-27 01:12 +0000", reply_to_case=B,
    text="""Hello Daichi,

This request is the same as case %s, which you opened a few minutes earlier, so I have merged it into that case and we will continue the conversation there. There is nothing you need to do on this thread.

Regards,
Marco
AWS Training and Certification Customer Service
""" % A, note="duplicate linked: 'merged' here is about cases, mentions other case number")

add("onhold-A-apn-question", "on_hold", True, A, ["AWS01938475"], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-05-27 04:40 +0000", reply_to_case=A, cte="quoted-printable", hcte="quoted-printable",
    text="""Hello Daichi,

Thank you for your patience while I looked into this.

When I searched for the account under d-kuwabara@hoshizora-sys.co.jp, I found that it (candidate ID AWS01938475) is associated with an AWS Partner Network (APN) organization, Hoshizora Systems Co., Ltd. Certifications earned by accounts linked to a partner organization count toward that partner's tier and benefits, so we are not able to move them out while the person is still associated with the company, and the partner administrator normally has to release the account first. I have placed the case on hold while we look into this with the partner team.

In the meantime, we need you to confirm that you are leaving Hoshizora Systems and on what date your employment ends. Once we have that, I will ask the partner team to release the account.

Best regards,
Aiko
AWS Training and Certification Customer Service
""",
    html="""<html><body><p>Hello Daichi,</p><p>Thank you for your patience while I looked into this.</p>
<p>When I searched for the account under d-kuwabara@hoshizora-sys.co.jp, I found that it (candidate ID AWS01938475) is associated with an AWS Partner Network (APN) organization, Hoshizora Systems Co., Ltd. Certifications earned by accounts linked to a partner organization count toward that partner&#39;s tier and benefits, so we are not able to move them out while the person is still associated with the company, and the partner administrator normally has to release the account first. I have placed the case on hold while we look into this with the partner team.</p>
<p>In the meantime, we need you to confirm that you are leaving Hoshizora Systems and on what date your employment ends. Once we have that, I will ask the partner team to release the account.</p>
<p>Best regards,<br>Aiko<br>AWS Training and Certification Customer Service</p></body></html>""",
    note="APN hold + ask buried after long explanation, multipart QP")

add("ooo-colleague-ja", "unrelated", False, None, [], frm="s-hirano@hoshizora-sys.co.jp", frm_name="平野 翔太",
    to=ME_C, subject="自動応答: 引き継ぎ資料のご確認", date="2025-05-27 05:02 +0000", charset="shift_jis", cte="8bit",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""桑原さん

お疲れさまです。平野です。
5月27日〜5月30日は休暇のため不在にしております。
期間中のメールは確認できませんので、急ぎのご用件は情報システム部(it-desk@hoshizora-sys.co.jp)までご連絡ください。
戻り次第ご返信いたします。
""", note="Japanese out-of-office, Shift_JIS 8bit")

add("reply-A-leaving", "user_reply", False, A, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(A, "Re: RE:"),
    date="2025-05-27 10:18 +0000", reply_to_case=A, auth=None,
    text="""Hello Aiko,

Yes, I confirm I am leaving Hoshizora Systems. My last working day is June 13, 2025, after that the company mail address will be deleted. I already told to our partner admin (Ms. Tanaka) too.

Thank you,
Daichi Kuwabara

""" + q_gmail("2025-05-27 13:40 +0900", "AWS Training and Certification", TC, BODY[23]),
    note="user reply from personal address, Gmail '>' quoting of the hold")

add("onhold-A-waiting-partner", "on_hold", False, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-05-28 02:30 +0000", reply_to_case=A,
    text="""Hello Daichi,

Thanks for confirming. I have contacted the partner team and asked them to release your certification account from the Hoshizora Systems partner organization. This case remains on hold until they respond, which can take a few business days. No action is needed from you at this time; I will update you here once I hear back.

Best regards,
Aiko
AWS Training and Certification Customer Service
""", note="hold, asks nothing")

add("jira-handover", "unrelated", False, None, [], frm="jira@hoshizora.atlassian.net", frm_name="Shota Hirano (Jira)",
    to=ME_C, subject="[JIRA] (INFRA-2231) Handover: AWS Organizations and SSO admin rights",
    date="2025-05-28 06:15 +0000", html="""<html><body>
<p>Shota Hirano <b>assigned</b> INFRA-2231 to <b>Daichi Kuwabara</b></p>
<table border="1" cellpadding="3"><tr><td>Status</td><td>Waiting for reply</td></tr><tr><td>Account</td><td>731004268519</td></tr><tr><td>Due</td><td>2025-06-12</td></tr></table>
<p>Could you confirm which accounts still need a break-glass user before your last day?</p>
<p><a href="https://hoshizora.atlassian.net/browse/INFRA-2231">View issue</a> &middot; Add a comment by replying to this email</p>
</body></html>""", note="Jira: real question, but not to AWS support; 'Waiting for reply'")

add("certmetrics-expiry-ja", "certification", False, None, [], frm="do-not-reply@certmetrics.com", frm_name="AWS Certification",
    to=ME_C, subject="AWS 認定の有効期限が近づいています", date="2025-05-29 00:00 +0000", cte="base64",
    text="""桑原 大地 様

お客様の AWS Certified Developer - Associate 認定は 2026年3月4日 に有効期限を迎えます。
認定を維持するには、有効期限までに再認定を完了してください。

詳しくは AWS 認定アカウントにサインインしてご確認ください。
このメールは送信専用です。ご返信いただいてもお答えできません。

AWS トレーニングと認定
""", note="JA certification expiry, base64, 〜してください")

add("confirm-A-html-table", "confirmation_request", True, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-02 07:55 +0000", reply_to_case=A,
    html="""<html><head><style>td{padding:4px 10px;border:1px solid #ccc}</style></head><body>
<p>Hello Daichi,</p>
<p>Good news &mdash; the partner team has released your company account, so the hold is lifted and we can go ahead with the merge.</p>
<p>These are the two profiles I found:</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>d-kuwabara@hoshizora-sys.co.jp</td><td>daichi.kuwabara.0612@gmail.com</td></tr>
<tr><td>Training notification email</td><td>d-kuwabara@hoshizora-sys.co.jp</td><td>daichi.kuwabara.0612@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>d-kuwabara@hoshizora-sys.co.jp</td><td>daichi.kuwabara.0612@gmail.com</td></tr>
<tr><td>Certifications</td><td>3 active</td><td>none</td></tr>
</table>
<p>The merge moves everything into one profile and the other profile is closed for good. Let me know which of the two should stay as the primary account.</p>
<p>Best regards,<br>Aiko<br>AWS Training and Certification Customer Service</p>
</body></html>""", note="HTML-only confirmation with table; 'Let me know which' (no please), opens with good news")

add("aws-summit-marketing", "unrelated", False, None, [], frm="aws-marketing-email-replies@amazon.com",
    frm_name="AWS Japan", to=ME_P, subject="【AWS Summit Japan】ご登録内容の確認のお願い", date="2025-06-03 01:00 +0000",
    charset="utf-8", cte="base64",
    text="""AWS Summit Japan 2025 にご登録いただきありがとうございます。

ご登録内容をご確認のうえ、変更がある場合はマイページより修正をお願いいたします。
ご不明点がございましたら、本メールにご返信ください。

登録番号: 204718836
会場: 幕張メッセ

AWS Summit Japan 事務局
""", note="AWS marketing JA with 確認のお願い and 9-digit registration number")

add("closing-A-72h", "closing_notice", True, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-05 08:02 +0000", reply_to_case=A,
    text="""Hello Daichi,

I'm following up on my message of June 2 about which profile to keep. We haven't heard back from you yet.

If we don't hear from you within 72 hours, this case will be closed. A reply to this email will keep it open, and you can also reply after it is closed to reopen it.

Best regards,
Aiko
AWS Training and Certification Customer Service
""", note="closing notice, follow-up wording")

add("spoof-dmarc-fail-A", "suspicious", False, None, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-05 19:41 +0000", auth="fail",
    html="""<html><body><p>Hello Daichi,</p>
<p>Your case %s requires verification before we can complete the merge. Please sign in with your Builder ID and confirm your identity using the secure link below within 12 hours, otherwise both accounts will be suspended.</p>
<p><a href="https://signin-aws-training.net/verify?case=%s">Verify my account</a></p>
<p>AWS Training and Certification Customer Service</p></body></html>""" % (A, A),
    note="genuine-looking From and real case number, but dkim/dmarc fail")

add("reply-A-confirm-top", "user_reply", False, A, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(A, "Re: RE:"),
    date="2025-06-06 00:35 +0000", reply_to_case=A, auth=None, cc=ME_C,
    text="""Sorry for late reply. Confirmed. Please merge to Account #2 (daichi.kuwabara.0612@gmail.com) and keep it as primary.

Daichi

""" + q_gmail("2025-06-05 17:02 +0900", "AWS Training and Certification", TC, BODY[31]) + "\n" +
    "\n".join("> " + l for l in q_gmail("2025-06-02 16:55 +0900", "AWS Training and Certification", TC,
    "Hello Daichi,\n\nGood news - the partner team has released your company account.\n\nAccount #1  Login email: d-kuwabara@hoshizora-sys.co.jp\nAccount #2  Login email: daichi.kuwabara.0612@gmail.com\n\nLet me know which of the two should stay as the primary account.").split("\n")),
    note="top-posted user confirmation over two levels of quoted requests, cc company address")

add("bounce-company", "unrelated", False, None, [], frm="mailer-daemon@googlemail.com", frm_name="Mail Delivery Subsystem",
    to=ME_P, subject="Delivery Status Notification (Failure)", date="2025-06-06 00:36 +0000",
    extra=[("Auto-Submitted", "auto-replied")],
    text="""** Address not found **

Your message wasn't delivered to d-kuwabara@hoshizora-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Sorry for late reply. Confirmed. Please merge to Account #2 (daichi.kuwabara.0612@gmail.com) and keep it as primary.
""" % A, note="bounce carrying case subject and the confirmation text")

add("resolved-A-merged", "resolved", False, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-06 03:10 +0000", reply_to_case=A,
    text="""Hello Daichi,

Thank you for confirming. I have successfully merged all accounts into Account #2 (daichi.kuwabara.0612@gmail.com). Your exam history, certifications and benefits now appear there; please allow up to 24 hours for Credly to reflect the change.

If there is anything else we can help with, feel free to reply to this email.

Best regards,
Aiko
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification
Sent: 6/2/2025 7:55 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Account #1: d-kuwabara@hoshizora-sys.co.jp
Account #2: daichi.kuwabara.0612@gmail.com
Let me know which of the two should stay as the primary account.
""" % A, note="merged + quoted old request + conditional invitation")

add("survey-A", "survey", False, A, [], frm="aws-cs-survey@amazon.com", frm_name="AWS Training and Certification",
    to=ME_P, subject="Tell us about your recent experience with AWS Training and Certification (Case %s)" % A,
    date="2025-06-06 04:00 +0000", html="""<html><body>
<p>Hello,</p><p>You recently contacted AWS Training and Certification about case %s. Would you take a minute to rate your experience?</p>
<table><tr><td><a href="https://amazonsurvey.qualtrics.com/jfe/form/SV_t3c?c=%s&r=5">Very satisfied</a></td>
<td><a href="https://amazonsurvey.qualtrics.com/jfe/form/SV_t3c?c=%s&r=1">Very dissatisfied</a></td></tr></table>
<p>Please do not reply to this message.</p></body></html>""" % (A, A, A), note="survey, HTML, question form")

add("credly-badge", "badge", False, None, [], frm="admin@credly.com", frm_name="Credly",
    to=ME_P, subject="You've been awarded a badge from Amazon Web Services Training and Certification",
    date="2025-06-06 04:12 +0000", text="""Congratulations, Daichi!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/9a1e2c77-3b44-4f0e-a2d1-77e0c5f3b812

Why accept? Share your achievement on LinkedIn and let employers verify it.

The Credly Team
""", note="Credly badge issued after merge")

# ====================== batch 3: A reopened; case F (wrong address, Japanese agent)
add("reply-A-reopen-voucher", "user_reply", False, A, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(A, "Re: RE:"),
    date="2025-06-07 13:20 +0000", reply_to_case=A, auth=None,
    text="""Hello Aiko,

Thank you for merge. But I found my 50% exam voucher is not in Benefits page on new account. Before merge it was in the old account. Can you check it please?

Daichi

""" + q_gmail("2025-06-06 12:10 +0900", "AWS Training and Certification", TC, BODY[35].split("-----Original")[0]),
    note="user reopens resolved case with a question to support")

add("reopened-A", "case_update", False, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-08 01:05 +0000", reply_to_case=A,
    text="""Hi Daichi,

I've reopened your case and passed the benefit question to our certification benefits team. They normally take one to two business days to look into vouchers. I'll get back to you as soon as I hear from them.

Thanks,
Aiko
AWS Training and Certification Customer Service
""", note="reopen notice, progress only")

add("info-A-numbered", "info_request", True, A, ["AWS01938475"], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-09 06:44 +0000", reply_to_case=A, crlf=True,
    text="""Hi Daichi,

The benefits team came back with a few questions so they can trace the voucher:

1. What is the candidate ID shown on your new profile (it starts with AWS followed by eight digits)? The old one was AWS01938475.
2. Was the voucher already used or partially applied to an exam registration?
3. Roughly when did you earn the certification that gave you the voucher?

Once I have these I'll forward them straight away.

Thanks,
Aiko
AWS Training and Certification Customer Service
""", note="numbered questions without please, CRLF")

add("reply-A-ids", "user_reply", False, A, ["AWS10294857", "AWS01938475"], frm=ME_P, frm_name=ME_NAME, to=TC,
    subject=tc_subj(A, "Re: RE:"), date="2025-06-09 11:02 +0000", reply_to_case=A, auth=None,
    text="""Hi Aiko,

1. New profile candidate ID is AWS10294857. (old: AWS01938475)
2. Not used.
3. I passed SAP-C02 in November 2024.

Daichi

""" + q_gmail("2025-06-09 15:44 +0900", "AWS Training and Certification", TC, BODY[40]),
    note="user reply with candidate IDs")

add("resolved-A-voucher", "resolved", False, A, [], frm=TC, to=ME_P, subject=tc_subj(A, "RE:"),
    date="2025-06-10 02:30 +0000", reply_to_case=A, cte="quoted-printable",
    text="""Hi Daichi,

The benefits team has restored the 50% exam voucher on your merged profile. It is visible under Benefits now and is valid until November 2025. No further action is required on your part, so I'll resolve this case.

Thanks,
Aiko
AWS Training and Certification Customer Service

> 1. What is the candidate ID shown on your new profile (it starts with AWS followed by eight digits)?
> 2. Was the voucher already used or partially applied to an exam registration?
> 3. Roughly when did you earn the certification that gave you the voucher?
""", note="resolution with quoted numbered questions")

F = "174952630100915"
add("ack-F-company", "acknowledgement", False, F, [], frm=TC, to=ME_C, subject=tc_subj(F, "RE:"),
    date="2025-06-10 03:31 +0000",
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concerns.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence: Inquiry Type: AWS Skill Builder
Additional details: Transcript / Account Merge
Description: Please move my Skill Builder training transcript from d-kuwabara@hoshizora-sys.co.jp to my personal Builder ID.

We will respond to your case usually within 24 hours. If you have already raised a case, please do not raise another case for the same request, as this may delay our response.

Sincerely,
Amazon Web Services
""" % (F, F), note="ack to the company address")

add("info-F-write-from-dest", "info_request", True, F, [], frm=TC, to=ME_C, subject=tc_subj(F, "RE:"),
    date="2025-06-10 09:14 +0000", reply_to_case=F,
    text="""Dear Daichi,

Thank you for reaching out to AWS Training and Certification.

For the security of our learners we are only able to make changes to an account when the request comes from the e-mail address registered on the account that will be kept. As your request came from d-kuwabara@hoshizora-sys.co.jp and the account to keep is registered to a different address, kindly write to us again from daichi.kuwabara.0612@gmail.com, replying to this case so that we can verify ownership.

Warm regards,
Sandeep
AWS Training and Certification Customer Service
""", note="wrong-address request, 'kindly write to us again'")

add("fwd-F-to-personal", "user_reply", False, F, [], frm=ME_C, frm_name="桑原 大地", to=ME_P,
    subject="FW: " + tc_subj(F, "RE:"), date="2025-06-10 09:40 +0000", auth=None, charset="utf-8", cte="base64",
    text="""自分用に転送

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年6月10日 18:14
宛先: %s
件名: %s

%s""" % (TC, ME_C, tc_subj(F, "RE:"), BODY[44]),
    note="owner forwards the request to himself (Outlook JA headers): contains a request but needs no reply")

add("reply-F-inreplyto-only", "user_reply", False, F, [], frm=ME_P, frm_name=ME_NAME, to=TC,
    subject="Re: my Skill Builder transcript", date="2025-06-10 12:01 +0000", reply_to_case=F, auth=None,
    text="""Hello Sandeep,

I am writing from my personal address as you asked. I want to keep the Builder ID with daichi.kuwabara.0612@gmail.com, and move transcript from company account.

Regards,
Daichi Kuwabara
""", note="reply with no case number in subject; threaded only by In-Reply-To/References")

add("info-F-ja-keigo-dest", "info_request", True, F, [], frm=TC, frm_name="AWS トレーニングと認定", to=ME_P,
    subject=tc_subj(F, "RE:"), date="2025-06-11 01:20 +0000", reply_to_case=F, cte="quoted-printable",
    text="""桑原 大地 様

AWS トレーニングと認定カスタマーサービスの山口でございます。
個人のメールアドレスからご連絡いただき、誠にありがとうございます。

統合先のアカウントを特定するため、恐れ入りますが、以下の情報をご返信いただけますでしょうか。

・統合先アカウントに登録されている氏名(英語表記)
・統合先アカウントに登録されている国および郵便番号
・AWS Builder ID の作成日(おおよそで構いません)

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山口 麻衣
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese keigo info request (〜いただけますでしょうか)")

add("credly-reminder", "badge", False, None, [], frm="admin@credly.com", frm_name="Credly",
    to=ME_P, subject="Reminder: Your AWS Certified Solutions Architect - Professional badge is waiting",
    date="2025-06-12 04:00 +0000", html="""<html><body><p>Hi Daichi,</p>
<p>You haven't accepted your badge from <b>Amazon Web Services Training and Certification</b> yet. Please accept it so you can share it.</p>
<p><a href="https://www.credly.com/earner/earned/badge/1c0d8e9a-6f2b-4e3d-9a71-0b6f52c4d8e1">Accept badge</a></p>
<p>Credly, Inc.</p></body></html>""", note="Credly reminder with 'please accept'")

add("closing-F-ja", "closing_notice", True, F, [], frm=TC, frm_name="AWS トレーニングと認定", to=ME_P,
    subject=tc_subj(F, "RE:"), date="2025-06-16 02:00 +0000", reply_to_case=F, charset="iso-2022-jp",
    text="""桑原 大地 様

いつもお世話になっております。AWS トレーニングと認定の山口でございます。

6月11日にお送りしたご案内について、その後いかがでしょうか。
本日より3営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。
ご返信をいただければ、引き続き対応いたします。

よろしくお願いいたします。

山口 麻衣
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese closing notice, ISO-2022-JP")

add("reply-F-ja-sjis", "user_reply", False, F, [], frm=ME_P, frm_name="桑原大地", to=TC,
    subject=tc_subj(F, "Re: RE:"), date="2025-06-16 10:45 +0000", reply_to_case=F, auth=None,
    charset="shift_jis", cte="8bit",
    text="""山口様

ご連絡ありがとうございます。返信が遅くなり申し訳ございません。

・氏名: Daichi Kuwabara
・国/郵便番号: Japan / 211-0004
・Builder ID 作成日: 2025年5月26日頃

よろしくお願いいたします。
桑原

""" + q_ja("2025-06-16 11:00 +0900", "AWS トレーニングと認定 <%s>" % TC, BODY[49]),
    note="Japanese user reply, Shift_JIS, Japanese reply header")

# ====================== batch 4: F continued, console case G, case K, case L, extras
add("info-F-mixed-news-ask", "info_request", True, F, [], frm=TC, to=ME_P, subject=tc_subj(F, "RE:"),
    date="2025-06-17 05:12 +0000", reply_to_case=F,
    text="""Hello Daichi-san,

Thank you for the details. I've now located both Skill Builder profiles and the transcript (14 completed courses, 2 learning plans) is ready to be moved; the engineering team has already run the pre-check and nothing is blocking it.

One thing before I submit it: the name on the company profile is "KUWABARA DAICHI" and on the personal one "Daichi Kuwabara". Which spelling do you want on the merged transcript and on future completion certificates?

Mai Yamaguchi
AWS Training and Certification Customer Service
""", note="mixed: progress news + a question at the end")

add("reply-F-name", "user_reply", False, F, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(F, "Re: RE:"),
    date="2025-06-17 06:03 +0000", reply_to_case=F, auth=None,
    text="""Please use "Daichi Kuwabara". Thanks!

On Tue, Jun 17, 2025 at 2:12 PM AWS Training and Certification <%s> wrote:
> Which spelling do you want on the merged transcript and on future completion certificates?
""" % TC, note="short user reply")

add("confirm-F-ja-keigo", "confirmation_request", True, F, [], frm=TC, frm_name="AWS トレーニングと認定", to=ME_P,
    subject=tc_subj(F, "RE:"), date="2025-06-18 00:50 +0000", reply_to_case=F, charset="utf-8", cte="8bit",
    text="""桑原 大地 様

山口でございます。氏名表記についてご回答いただきありがとうございます。

最終確認として、以下の2つのアカウントを統合いたします。

Account #1
ログインメールアドレス: d-kuwabara@hoshizora-sys.co.jp
トレーニング通知メールアドレス: d-kuwabara@hoshizora-sys.co.jp

Account #2
ログインメールアドレス: daichi.kuwabara.0612@gmail.com
トレーニング通知メールアドレス: daichi.kuwabara.0612@gmail.com

統合後は Account #2 を残し、Account #1 は利用できなくなります。この内容で統合を進めてよろしいでしょうか。
お手数ですが、ご確認のほどよろしくお願いいたします。

山口 麻衣
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese keigo confirmation with Account #1/#2, UTF-8 8bit")

add("reply-F-ja-ok", "user_reply", False, F, [], frm=ME_P, frm_name="桑原大地", to=TC, subject=tc_subj(F, "Re: RE:"),
    date="2025-06-18 01:30 +0000", reply_to_case=F, auth=None, charset="iso-2022-jp",
    text="""山口様

はい、その内容で統合をお願いいたします。

桑原

""" + q_ja("2025-06-18 09:50 +0900", "AWS トレーニングと認定 <%s>" % TC, BODY[53]),
    note="Japanese confirmation by the user, ISO-2022-JP")

add("update-F-migrating-ja", "case_update", False, F, [], frm=TC, frm_name="AWS トレーニングと認定", to=ME_P,
    subject=tc_subj(F, "RE:"), date="2025-06-18 08:22 +0000", reply_to_case=F, charset="iso-2022-jp",
    text="""桑原 大地 様

山口でございます。ご確認いただきありがとうございました。
トレーニング履歴の移行を担当チームに依頼いたしました。通常5営業日ほどで完了し、その間、受講履歴が段階的に表示される場合がございます。
完了しましたら、改めてこちらからご連絡いたします。

山口 麻衣
AWS トレーニングと認定 カスタマーサービス

---
今回の対応はいかがでしたか?評価にご協力ください: https://amazonsurvey.qualtrics.com/jfe/form/SV_rate?c=%s
""" % F, note="Japanese progress update with rating footer, ISO-2022-JP")

add("resolved-F-ja", "resolved", False, F, [], frm=TC, frm_name="AWS トレーニングと認定", to=ME_P,
    subject=tc_subj(F, "RE:"), date="2025-06-24 03:15 +0000", reply_to_case=F, cte="base64",
    text="""桑原 大地 様

山口です。トレーニング履歴の移行と、アカウントの統合が完了しました。
個人の Builder ID でサインインすると、すべての受講履歴を確認できます。

本件の対応は以上となります。
ご不明な点がございましたら、このメールにご返信ください。

山口 麻衣
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese resolution with 〜がございましたら…ご返信ください, base64")

G = "174970220400377"
add("console-new-case-G", "acknowledgement", False, G, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: New Support case: %s" % G, date="2025-06-12 04:23 +0000",
    text="""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: AWS Partner Central login still shows my old certifications
Severity: General guidance
Correspondence: After leaving my company I can still see my certifications in Partner Central under the company. Account 906118274453.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" % (G, G, G), note="console ack, 15-digit")

add("console-info-G-html", "info_request", True, G, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % G, date="2025-06-12 09:50 +0000",
    reply_to_case=G, hcte="quoted-printable",
    html="""<html><body><p>Hello,</p>
<p>I'm Tomás from AWS Partner support. To look up the partner association we need the following, which you can add as a reply in the Support Center:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Item</th><th>Example</th></tr>
<tr><td>Partner company legal name</td><td>Example Co., Ltd.</td></tr>
<tr><td>Your Partner Central user e-mail</td><td>name@example.com</td></tr>
<tr><td>Date you left the company</td><td>YYYY-MM-DD</td></tr>
</table>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p>Best regards,<br>Tomás<br>Amazon Web Services</p>
<hr><p>To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.</p>
</body></html>""" % (G, G), note="console HTML-only info request as a table, 'we need the following'")

add("console-onhold-G-question", "on_hold", True, G, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % G, date="2025-06-14 02:10 +0000",
    reply_to_case=G,
    text="""Hello,

Thank you for the information. The partner association can only be removed by the partner's Alliance Lead or by our partner operations team, so I have raised an internal request with them and the case is pending their review. This usually takes 3-5 business days.

While we wait: do you still have access to the old company mailbox? If not, we'll route their confirmation to your personal address instead, so please tell us in the Support Center.

Best regards,
Tomás
Amazon Web Services
""" + CONSOLE_FOOT % G, note="console hold with a question after 'While we wait'")

add("console-autoresolved-G", "closing_notice", True, G, [], frm=CONSOLE, frm_name="Amazon Web Services",
    to=ME_P, subject="Amazon Web Services: Correspondence on support case: %s" % G, date="2025-06-21 02:15 +0000",
    reply_to_case=G,
    text="""Hello,

As we have not received a response to our last correspondence, we are resolving this case for now. If you still need help with the partner association, just reply to the case from the Support Center within the next 14 days and it will be reopened automatically.

Best regards,
Tomás
Amazon Web Services
""" + CONSOLE_FOOT % G, note="console case auto-resolved for no answer; a reply reopens it")

add("backlog-vendor-closed", "unrelated", False, None, [], frm="support@nulab-support.example.jp", frm_name="ヘルプデスク",
    to=ME_P, subject="[#48213] お問い合わせは解決済みとしてクローズされました", date="2025-06-21 06:00 +0000",
    charset="iso-2022-jp", text="""桑原 様

お問い合わせ #48213「アカウント統合について」は解決済みとしてクローズされました。
本件について追加のご質問がある場合は、このメールにご返信いただくとチケットが再オープンされます。

サポートデスク
""", note="other vendor's 'case closed' with reopen-by-reply, mentions account merge")

K = "175107978300264"
add("ack-K-template", "acknowledgement", False, K, [], frm=TC, to=ME_P, subject=tc_subj(K, "RE: "),
    date="2025-06-28 03:03 +0000", html="""<html><body>
<table border="0" cellpadding="4" style="font-family:Arial;font-size:13px">
<tr><td colspan="2"><b>Your request has been received</b></td></tr>
<tr><td>Case ID:</td><td>%s</td></tr>
<tr><td>Status:</td><td>Open</td></tr>
<tr><td>Type:</td><td>Certification / Account Merge</td></tr>
<tr><td>Description:</td><td>I found a third certification profile created through AWS Partner Central SSO. Please merge it into my personal account.</td></tr>
<tr><td>Expected response:</td><td>within 24 hours</td></tr>
</table>
<p style="font-size:11px;color:#666">Please do not open a new case for the same request. To add information, reply to this email keeping the subject line unchanged.</p>
</body></html>""" % K, note="template-driven HTML ack")

add("confirm-K-nonnative", "confirmation_request", True, K, [], frm=TC, to=ME_P, subject=tc_subj(K, "RE: "),
    date="2025-06-28 11:40 +0000", reply_to_case=K,
    text="""Dear Customer,

Greetings of the day!

As per your request we have checked and found below accounts. Kindly confirm below merge is OK.

Account 1 - login d-kuwabara@hoshizora-sys.co.jp (Partner Central SSO) - this will be merged
Account 2 - login daichi.kuwabara.0612@gmail.com - this will be kept

Revert with yes to go ahead.

Thanks & Regards,
Ravi K
AWS T&C Customer Service
""", note="non-native English, 'Revert with yes', no Account # sign")

add("closing-K-ticket", "closing_notice", True, K, [], frm=TC, to=ME_P, subject=tc_subj(K, "RE: "),
    date="2025-07-01 11:41 +0000", reply_to_case=K,
    text="""*** This is an automated reminder ***

Case ID ............ %s
Status ............. Pending customer response
Last update ........ 2025-06-28
Auto-close in ...... 5 days

Our last message to you is still awaiting your response. Reply to this email (keep the subject unchanged) to keep the case open. No reply = case closes automatically.

AWS Training and Certification
""" % K, note="ticket-system style auto-close reminder")

add("reply-K-yes", "user_reply", False, K, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(K, "Re: RE: "),
    date="2025-07-01 12:30 +0000", reply_to_case=K, auth=None,
    text="""yes, go ahead.

> Revert with yes to go ahead.
""", note="one-word user confirmation")

add("onhold-K-partner", "on_hold", False, K, [], frm=TC, to=ME_P, subject=tc_subj(K, "RE: "),
    date="2025-07-02 04:00 +0000", reply_to_case=K,
    text="""Dear Customer,

Thanks for the confirmation. While processing, system shows Account 1 is still mapped to the partner Hoshizora Systems in Partner Central, so merge is blocked. We have raised this to the partner operations team and the case is on hold till they revert. We will update you.

Thanks & Regards,
Ravi K
AWS T&C Customer Service
""", note="hold without a question")

add("onhold-K-ask-admin", "on_hold", True, K, [], frm=TC, to=ME_P, subject=tc_subj(K, "RE: "),
    date="2025-07-07 05:30 +0000", reply_to_case=K, cte="quoted-printable",
    text="""Dear Customer,

Partner operations team informed they cannot unmap the user from their side, the partner Alliance Lead must remove you from Partner Central. Case remains on hold.

Can you contact your ex-company's Alliance Lead to remove your user, and inform us here once it is done? After that we will complete merge.

Thanks & Regards,
Ravi K
AWS T&C Customer Service
""", note="hold that asks the person to act and report back")

add("reply-K-done", "user_reply", False, K, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(K, "Re: RE: "),
    date="2025-07-09 02:10 +0000", reply_to_case=K, auth=None,
    text="""Hello Ravi,

The Alliance Lead (Ms. Tanaka) removed my user from Partner Central yesterday. Could you please try the merge again?

Daichi

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, July 7, 2025 2:30 PM
Subject: %s

Can you contact your ex-company's Alliance Lead to remove your user, and inform us here once it is done?
""" % (TC, tc_subj(K, "RE: ")), note="user reply that itself asks support something")

add("resolved-K", "resolved", False, K, [], frm=TC, to=ME_P, subject=tc_subj(K, "RE: "),
    date="2025-07-09 09:15 +0000", reply_to_case=K,
    text="""Dear Customer,

Merge is completed successfully. Account 1 is merged into Account 2 and all certifications are showing in Account 2. Case is resolved now.

Thanks & Regards,
Ravi K
AWS T&C Customer Service
""", note="resolved, non-native wording")

# ====================== batch 5: case L (exam appointment), extras
L = "175209146200731"
add("ack-L-short", "acknowledgement", False, L, [], frm=TC, to=ME_P, subject=tc_subj(L, "RE:"),
    date="2025-07-09 20:04 +0000",
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concerns.

Case ID: %s
Description: My upcoming exam appointment was booked under the old company account (before merge). It does not show in my merged account.

We will respond to your case usually within 24 hours.

Sincerely,
Amazon Web Services
""" % (L, L), note="short ack")

add("info-L-ja-plain", "info_request", True, L, [], frm=TC, frm_name="AWS トレーニングと認定", to=ME_P,
    subject=tc_subj(L, "RE:"), date="2025-07-10 01:30 +0000", reply_to_case=L, charset="utf-8", cte="base64",
    text="""桑原様

お問い合わせありがとうございます。AWS トレーニングと認定の佐藤です。

試験予約を確認するため、次の2点を返信してください。
1. Pearson VUE の登録ID(9桁の番号)
2. 受験予定日

佐藤
AWS トレーニングと認定
""", note="plain Japanese 〜してください, base64")

add("closing-L-casual", "closing_notice", True, L, [], frm=TC, to=ME_P, subject=tc_subj(L, "RE:"),
    date="2025-07-14 22:10 +0000", reply_to_case=L,
    text="""Hi Daichi,

Just checking in on this one - are you still seeing the problem with your exam appointment? I'll go ahead and close the case out on Friday if I don't hear back. Replying here keeps it open.

Cheers,
Ken Sato
AWS Training and Certification
""", note="casual closing notice with a question")

add("reply-L-regid", "user_reply", False, L, [], frm=ME_P, frm_name=ME_NAME, to=TC, subject=tc_subj(L, "Re: RE:"),
    date="2025-07-15 00:20 +0000", reply_to_case=L, auth=None,
    text="""Hi Sato-san,

Sorry, I missed your mail. Registration ID is 527104466, exam date is July 26, 2025 (SAP-C02 renewal... actually DOP-C02).

Daichi

""" + q_gmail("2025-07-15 07:10 +0900", "AWS Training and Certification", TC, BODY[max(BODY)]),
    note="user reply with 9-digit registration ID")

add("info-L-buried-question", "info_request", True, L, [], frm=TC, to=ME_P, subject=tc_subj(L, "RE:"),
    date="2025-07-15 06:45 +0000", reply_to_case=L,
    text="""Hi Daichi,

Thanks for the registration ID. I checked with Pearson VUE and the booking is valid; it was simply created while your old profile was still active, so after the merge it is attached to a profile ID that no longer exists. Pearson VUE can re-point it, but for that they match on the e-mail address printed on the confirmation they sent at booking time, and I can see two possible addresses on their side. What address did that confirmation go to? Once I know, they can move it in a day and your appointment time stays the same.

Cheers,
Ken Sato
AWS Training and Certification
""", note="question buried inside a long explanatory paragraph")

add("reply-L-address", "user_reply", False, L, [], frm=ME_C, frm_name="Kuwabara Daichi", to=TC,
    subject=tc_subj(L, "RE: "), date="2025-07-15 07:30 +0000", reply_to_case=L, auth=None,
    text="""It went to my old company address d-kuwabara@hoshizora-sys.co.jp (forwarding still works until end of July).

Daichi
""", note="user reply from the old company address (still forwarding)")

add("resolved-L-with-rating-footer", "resolved", False, L, [], frm=TC, to=ME_P, subject=tc_subj(L, "RE:"),
    date="2025-07-16 04:05 +0000", reply_to_case=L, cte="quoted-printable",
    text="""Hi Daichi,

All set: Pearson VUE has moved the July 26 appointment to your merged profile and you should see it under Upcoming exams now. Nothing more is needed from you, so I'm resolving this case. Good luck on the exam!

Cheers,
Ken Sato
AWS Training and Certification

--
Please let us know how we did: reply with a rating from 1 (poor) to 5 (excellent), or use https://amazonsurvey.qualtrics.com/jfe/form/SV_rate?c=%s
""" % L, note="resolution whose footer asks to 'reply with a rating'")

add("skillbuilder-receipt", "unrelated", False, None, [], frm="no-reply@aws.training", frm_name="AWS Skill Builder",
    to=ME_P, subject="Your AWS Skill Builder receipt (Order 20250712-8830142)", date="2025-07-12 03:00 +0000",
    text="""Thank you for your purchase.

Order: 20250712-8830142
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00

Questions about your order? Contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
""", note="Skill Builder receipt from aws.training")

add("phish-ja-lookalike", "suspicious", False, None, [], frm="info@amazon-certsupport.jp", frm_name="AWS認定サポート",
    to=ME_P, subject="【重要】AWS認定アカウント統合の最終確認(ケース番号:175209146200731)",
    date="2025-07-13 11:22 +0000", charset="iso-2022-jp",
    text="""桑原 大地 様

AWS認定アカウントの統合手続きが未完了です。
48時間以内に下記URLからログインし、本人確認を行ってください。期限を過ぎるとすべての認定が失効します。

https://amazon-certsupport.jp/login

本メールにご返信いただいても対応いたしかねます。

AWS認定サポートセンター
""", note="Japanese phishing from lookalike domain citing a real case number")

add("builder-id-signin-code", "unrelated", False, None, [], frm="no-reply@login.awsapps.com", frm_name="AWS",
    to=ME_P, subject="AWS Builder ID verification code", date="2025-07-15 23:58 +0000",
    text="""Your verification code is: 774109

This code will expire in 10 minutes. Never share this code with anyone. AWS will never ask you for this code by email.
""", note="Builder ID sign-in code")

add("connpass-jawsug", "unrelated", False, None, [], frm="no-reply@connpass.com", frm_name="connpass",
    to=ME_P, subject="【JAWS-UG 東京】参加登録の確認をお願いします", date="2025-07-16 09:00 +0000",
    charset="utf-8", cte="8bit",
    text="""桑原 大地 さん

イベント「JAWS-UG 東京 #58 AWS認定 合格体験記LT大会」の参加枠に繰り上がりました。
参加できる場合は、7月18日までに参加登録の確認をお願いします。確認がない場合はキャンセル扱いとなります。

https://jawsug.connpass.com/event/330112/

connpass
""", note="community event needs a confirmation but not to AWS support")

add("spoof-certmetrics-dmarcfail", "suspicious", False, None, ["AWS10294857"], frm="do-not-reply@certmetrics.com", frm_name="AWS Certification",
    to=ME_P, subject="Action needed: verify your candidate profile AWS10294857", date="2025-07-18 14:40 +0000",
    auth="fail", html="""<html><body><p>Dear Candidate,</p>
<p>Following your recent account merge, your candidate profile <b>AWS10294857</b> must be re-verified. Reply to this email with your Builder ID password and date of birth, or your certifications will be revoked.</p>
<p>AWS Certification</p></body></html>""", note="certmetrics From with dmarc=fail asking for a reply")

add("certmetrics-hear-from-you-2025", "certification", False, None, [], frm="do-not-reply@certmetrics.com",
    frm_name="AWS Certification", to=ME_P, subject="AWS Certification wants to hear from you",
    date="2025-07-20 01:00 +0000", cte="quoted-printable",
    html="""<html><body><p>Hello Daichi,</p>
<p>Would you be willing to help us improve AWS Certification exams? We are inviting certified individuals to join a 30-minute feedback session about the DevOps Engineer - Professional exam.</p>
<p><a href="https://www.certmetrics.com/amazon/candidate/sme_invite.aspx">Tell us if you're interested</a></p>
<p>This mailbox is not monitored.</p></body></html>""", note="certification feedback invitation phrased as a question")

# ====================== write out, numbered in arrival (Date) order
def finalize():
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["date"], i))
    for old in os.listdir(OUT):
        if old[:3].isdigit() and old.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, old))
    rows = []
    for k, i in enumerate(order, 1):
        m = MSGS[i]
        fn = "%03d-%s" % (k, m["slug"])
        with open(os.path.join(OUT, fn + ".eml"), "wb") as f:
            f.write(m["raw"])
        with open(os.path.join(OUT, fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(m["lab"], f, ensure_ascii=False)
            f.write("\n")
        rows.append((fn, m["lab"], m["note"]))
    with open(os.path.join(OUT, "notes.tsv"), "w", encoding="utf-8") as f:
        for fn, lab, note in rows:
            f.write("%s\t%s\t%s\t%s\t%s\n" % (fn, lab["kind"], lab["needs_reply"], lab["case"], note))

finalize()
