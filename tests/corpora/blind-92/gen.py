#!/usr/bin/env python3
"""Generate the blind-92 held-out corpus (standard library only).

Writes NNN-mail.eml and NNN-mail.json beside this script.
Mailbox owner: Kenta Ishiguro
  personal: kenta.ishiguro87@gmail.com   (Gmail, Authentication-Results from mx.google.com)
  company : k-ishiguro@nishikaze-tech.co.jp (Exchange Online, Authentication-Results from M365)
"""
import base64, json, os, quopri, random
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(92)

ME = "kenta.ishiguro87@gmail.com"
CO = "k-ishiguro@nishikaze-tech.co.jp"
ME_NAME = "Kenta Ishiguro"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

C1 = "8402917365"          # 2021 name-correction case (10 digits)
C2 = "12891734560"         # 2023 console case (11 digits)
A = "174159871200347"      # 2025 merge case (15 digits)
B = "174160233900812"      # 2025 duplicate form submission
E = "174263331800921"      # 2025 console case
H = "174298811200064"      # 2025 second merge (duplicate account, Japanese agent)

CID_OLD = "AWS04418273"    # company certification account
CID_NEW = "AWS09923157"    # personal certification account
CID_DUP = "AWS10028834"    # accidental third account

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc

MESSAGES = []


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mid(tag, domain):
    r = "".join(random.choice("0123456789abcdef") for _ in range(16))
    return "<%s.%s@%s>" % (tag, r, domain)


def hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def leaf(ctype, text, charset="utf-8", cte="7bit"):
    raw = text.encode(CODECS[charset.lower()])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    head = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, charset, cte)
    return head.encode("ascii"), body


def multipart(sub, parts):
    b = "----=_Part_%d_%d" % (random.randint(10000, 99999), random.randint(100000000, 999999999))
    head = "Content-Type: multipart/%s; boundary=\"%s\"\n" % (sub, b)
    body = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for ph, pb in parts:
        body += ("--%s\n" % b).encode() + ph + b"\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % b).encode()
    return head.encode("ascii"), body


def auth(to, dom="amazon.com", dkim="pass", dmarc="pass", spf="pass", mailfrom=None):
    mailfrom = mailfrom or ("0100019%x-%s@email.amazonses.com" % (random.randint(0x10000000, 0xfffffff0), "".join(random.choice("abcdef0123456789") for _ in range(8))) if dom == "amazon.com" else "bounce@" + dom)
    mfdom = mailfrom.split("@")[1]
    if to == CO:
        return ("spf=%s (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=%s (signature was verified) "
                "header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s"
                % (spf, random.randint(1, 60), random.randint(1, 250), mfdom, dkim if dkim == "pass" else dkim + " (body hash did not verify)",
                   dom, dmarc if dmarc == "pass" else dmarc + " action=quarantine", dom,
                   "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")), mailfrom
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim if dkim == "pass" else dkim + " (body hash did not verify)", dom, "224i4yxa5dv7c2xz3womw6peuasteono", "".join(random.choice("AbCdEfGh0123") for _ in range(8)),
               spf, mailfrom, random.randint(1, 60), random.randint(1, 250), mailfrom,
               dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom)), mailfrom


def add(label, *, frm, to, subject, date, body, msgid=None, cc=None, irt=None, refs=None,
        subj_charset="utf-8", crlf=False, extra=None, authres=True, dkim="pass", dmarc="pass",
        dom=None, mailfrom=None, note=""):
    """label = (kind, needs_reply, case, candidate_ids)"""
    fromaddr = frm[1]
    dom = dom or fromaddr.split("@")[1]
    if dom.endswith("amazon.com"):
        dom = "amazon.com"
    h = []
    if authres:
        ar, mf = auth(to, dom, dkim=dkim, dmarc=dmarc, mailfrom=mailfrom)
        h.append("Return-Path: <%s>" % mf)
        h.append("Received: from a8-%d.smtp-out.example-relay.net (a8-%d.smtp-out.example-relay.net [54.240.8.%d])\n"
                 "        by %s with ESMTPS id %s;\n        %s"
                 % (random.randint(10, 99), random.randint(10, 99), random.randint(1, 250),
                    "mx.google.com" if to != CO else "TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM",
                    "".join(random.choice("abcdefghij0123456789") for _ in range(12)),
                    format_datetime(date.astimezone(UTC))))
        h.append("Authentication-Results: " + ar)
    h.append("From: " + addr(frm[0], frm[1], subj_charset))
    h.append("To: " + (to if "<" in to else addr(ME_NAME if to in (ME, CO) else "", to)))
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + hdr(subject, subj_charset))
    h.append("Date: " + format_datetime(date))
    h.append("Message-ID: " + (msgid or mid("m", dom)))
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + refs)
    for k, v in (extra or []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    bh, bb = body
    raw = ("\n".join(h) + "\n").encode("ascii") + bh + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, needs, case, cids = label
    MESSAGES.append((raw, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cids}, note, subject))
    return msgid


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def plain(text, charset="utf-8", cte="7bit"):
    return leaf("text/plain", text, charset, cte)


def html(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", text, charset, cte)


def alt(text, htmltext, charset="utf-8", cte_t="quoted-printable", cte_h="quoted-printable"):
    return multipart("alternative", [plain(text, charset, cte_t), html(htmltext, charset, cte_h)])


def tohtml(text):
    import html as H
    paras = text.strip().split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
            + "\n</body></html>\n")


# ============================================================ messages
# ---------------------------------------------------------------- 2021
SIG_TC = "\n\nAWS Training and Certification Customer Service\nhttps://aws.amazon.com/training/"

add(("unrelated", False, None, []),
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=CO,
    subject="Confirmation of your AWS Certification exam appointment",
    date=dt("2021-06-02 11:40"),
    body=alt("""Dear Kenta Ishiguro,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 412873650
Date: Saturday, June 12, 2021  10:00 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please arrive at least 15 minutes before your appointment and bring two forms
of identification. If you need to reschedule, do so at least 24 hours in advance
through your web account. Do not reply to this message; this mailbox is not monitored.

Pearson VUE""", tohtml("""Dear Kenta Ishiguro,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 412873650
Date: Saturday, June 12, 2021 10:00 AM JST

Please arrive at least 15 minutes before your appointment and bring two forms of identification. If you need to reschedule, do so at least 24 hours in advance through your web account. Do not reply to this message.""")),
    note="Exam vendor; 9-digit registration ID that is not a case; imperatives aimed at the candidate, not a support ask.")

add(("certification", False, None, [CID_OLD]),
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=CO,
    subject="Congratulations! You are now AWS Certified", date=dt("2021-06-14 02:13"),
    body=html("""<html><body><table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td>
<h2>Congratulations, Kenta!</h2>
<p>You have earned the <b>AWS Certified Solutions Architect &ndash; Associate</b> certification.</p>
<table border="1" cellpadding="4"><tr><td>Candidate ID</td><td>AWS04418273</td></tr>
<tr><td>Validation number</td><td>7QW2KX1LB1E1QJ3S</td></tr><tr><td>Expiration</td><td>June 12, 2024</td></tr></table>
<p>Log in to your AWS Certification Account to download your certificate and view your benefits.
Your digital badge will be issued by Credly within a few days.</p>
</td></tr></table></body></html>
""", "utf-8", "7bit"), crlf=True,
    note="HTML-only certmetrics notice with candidate ID in a table cell; CRLF.")

add(("badge", False, None, []),
    frm=("Credly", "admin@youracclaim.com"), to=CO,
    subject="Amazon Web Services Training and Certification sent you a new badge",
    date=dt("2021-06-15 18:02"),
    body=alt("""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or
embed it on your website.

Accept badge: https://www.youracclaim.com/earner/earned/badge/5d3b9f2e-7a1c-4c4e-9d2b-0f8e6b1a2c3d

You are receiving this email because an issuer awarded you a badge.""", tohtml("""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.""")),
    note="Old Credly domain youracclaim.com; 'Accept your badge' looks like a call to action; badge UUID.")

m_c1_ack = mid("c1ack", "amazon.com")
add(("acknowledgement", False, C1, []),
    frm=(TC_NAME, TC), to=CO, subject="[CASE %s] %s" % (C1, TC_SUBJ), date=dt("2021-09-03 06:31"),
    msgid=m_c1_ack, crlf=True,
    body=plain("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: General guidance
Inquiry type: Certification
Detail: Name change
Correspondence: The name printed on my certificate is "Kenta Ishiguru" but it should be "Kenta Ishiguro". Could you correct it?

We will get back to you as soon as possible, usually within 24 hours. If a case already exists for this issue, please do not open another one; doing so can delay our reply.

If you have additional information to add, simply reply to this email.%s""" % (C1, C1, SIG_TC)),
    note="Acknowledgement; quotes the user's own question ('Could you correct it?') and a conditional 'reply to this email'.")

m_c1_info = mid("c1info", "amazon.com")
add(("info_request", True, C1, []),
    frm=(TC_NAME, TC), to=CO, subject="RE:[CASE %s] %s" % (C1, TC_SUBJ), date=dt("2021-09-06 09:12"),
    msgid=m_c1_info, irt=m_c1_ack, refs=m_c1_ack,
    body=plain("""Hello Kenta,

Thank you for reaching out to AWS Training and Certification.

Name corrections are handled by our certification operations team. The name on
a certificate is taken from the profile of the certification account at the
time the exam was delivered, so we first have to make sure we update the right
profile. We also have to make sure the new spelling matches the identification
you presented at the test center, otherwise future exam appointments could be
refused at check-in.

To locate the profile, we need the candidate ID shown at the top right of your
AWS Certification Account page (it starts with "AWS" followed by eight digits),
together with the exact spelling of your first and last name as it appears on
your ID.

Once we have these we can submit the correction.

Kind regards,
Siobhan
AWS Training and Certification""", cte="quoted-printable"),
    note="Ask buried after two explanatory paragraphs, phrased as 'we need' with no 'please'; QP.")

m_c1_close = mid("c1close", "amazon.com")
add(("closing_notice", True, C1, []),
    frm=(TC_NAME, TC), to=CO, subject="RE:[CASE %s] %s" % (C1, TC_SUBJ), date=dt("2021-09-08 10:05"),
    msgid=m_c1_close, irt=m_c1_info, refs=m_c1_ack + " " + m_c1_info,
    body=plain("""Hi Kenta,

Just checking in on this one. We haven't seen a response to our last message yet.
If we don't hear back in the next 48 hours we'll assume the matter is settled and
close the case. Any reply here will keep it open.

Thanks,
Siobhan
AWS Training and Certification"""),
    note="Short closing notice without the word 'please'; the reply-keeps-it-open clause is the ask.")

m_c1_reply = mid("c1reply", "nishikaze-tech.co.jp")
add(("user_reply", False, C1, [CID_OLD]),
    frm=(ME_NAME, CO), to=TC, subject="RE: [CASE %s] %s" % (C1, TC_SUBJ), date=dt("2021-09-09 09:22", JST),
    msgid=m_c1_reply, irt=m_c1_close, refs=" ".join([m_c1_ack, m_c1_info, m_c1_close]), authres=False, crlf=True,
    body=plain("""Hello Siobhan,

Sorry for the late reply.
My candidate ID is AWS04418273.
Name as on my passport: First name KENTA, Last name ISHIGURO.

Best regards,
Kenta Ishiguro
Nishikaze Technology Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, September 8, 2021 7:05 PM
To: Kenta Ishiguro <%s>
Subject: RE:[CASE %s] %s

Hi Kenta,

Just checking in on this one. We haven't seen a response to our last message yet.
If we don't hear back in the next 48 hours we'll assume the matter is settled and
close the case. Any reply here will keep it open.

Thanks,
Siobhan
AWS Training and Certification
""" % (TC, CO, C1, TC_SUBJ)),
    note="User's own reply from the company address, Outlook '-----Original Message-----' quoting a closing notice; no Authentication-Results (sent item copy).")

m_c1_res = mid("c1res", "amazon.com")
add(("resolved", False, C1, []),
    frm=(TC_NAME, TC), to=CO, subject="RE:[CASE %s] %s" % (C1, TC_SUBJ), date=dt("2021-09-09 04:48"),
    msgid=m_c1_res, irt=m_c1_reply, refs=" ".join([m_c1_ack, m_c1_info, m_c1_close, m_c1_reply]),
    body=plain("""Hello Kenta,

The name on your certification profile now reads Kenta Ishiguro. A corrected PDF
certificate can be downloaded from the Certifications page; no further action is
required on your side.

Have a great day!
Siobhan

---- Original Message ----
From: Kenta Ishiguro
Sent: 2021-09-09 00:22 UTC
> Sorry for the late reply.
> My candidate ID is AWS04418273.
> Name as on my passport: First name KENTA, Last name ISHIGURO.
"""),
    note="Resolution; the only candidate ID is in quoted history (so none listed); 'no further action is required'.")

add(("survey", False, C1, []),
    frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=CO,
    subject="How did we do? Your AWS Training and Certification case %s" % C1, date=dt("2021-09-10 03:00"),
    body=alt("""Hello,

Your recent case with AWS Training and Certification (Case ID %s) was resolved.
Would you take two minutes to tell us about your experience? Your answers help us
improve the support we provide.

Rate your experience: https://survey.aws.amazon.com/s/tc?case=%s

This survey will remain open for 14 days.""" % (C1, C1), tohtml("""Hello,

Your recent case with AWS Training and Certification (Case ID %s) was resolved. Would you take two minutes to tell us about your experience?

Rate your experience: https://survey.aws.amazon.com/s/tc?case=%s""" % (C1, C1))),
    note="Survey phrased as a question ('Would you take two minutes...') with a case ID.")

# ---------------------------------------------------------------- 2023 console case
add(("unrelated", False, None, []),
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to=ME,
    subject="Amazon Web Services Billing Statement Available [Account: 318273645501]", date=dt("2023-04-03 12:20"),
    body=plain("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: $4.87

[AWS ID 318273645501]

You can see a complete break down of all charges on the Billing & Cost Management
page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services"""),
    note="Other AWS mail (billing); 12-digit account ID in subject and body that must not be taken as a case.")

m_c2_ack = mid("c2ack", "amazon.com")
CONSOLE_FOOT = """

To see all of your support cases, please visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
add(("acknowledgement", False, C2, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="Amazon Web Services: New Support case: %s" % C2,
    date=dt("2023-04-10 23:14"), msgid=m_c2_ack,
    body=plain("""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: Exam voucher from AWS Summit not applied at checkout
Severity: General guidance
Correspondence: Hi, I received a 50%% exam discount voucher after attending an event, but when I register for the exam the discount is not applied. Can you check?

We will get back to you as quickly as possible. If you have additional information to add to this case, please reply via the link below.

Best regards,
Amazon Web Services""" % (C2, C2) + CONSOLE_FOOT % C2),
    note="Console 'New Support case' acknowledgement (11-digit ID); quotes user's question; conditional 'reply via the link'.")

m_c2_info = mid("c2info", "amazon.com")
FEEDBACK = """

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""
txt = """Hello,

Thanks for getting in touch about the voucher.

I had a look at the account, and the benefit appears in the certification account that is linked to your work email rather than this one. Vouchers are tied to a single certification account and can't be used from another.

Before I can ask our operations team to look into moving it, I need two things from you, answered here in the Support Center (replies by e-mail don't reach us):
 1. the e-mail address of the certification account where you'd like to use the voucher, and
 2. the Pearson VUE registration ID of the exam you tried to book, if you got that far.

Best regards,
Rafael M.
Amazon Web Services""" + FEEDBACK + CONSOLE_FOOT % C2
add(("info_request", True, C2, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Exam voucher from AWS Summit not applied at checkout" % C2,
    date=dt("2023-04-11 08:40"), msgid=m_c2_info, irt=m_c2_ack, refs=m_c2_ack,
    body=alt(txt, tohtml(txt)),
    note="Console case ask ('I need two things from you') that must be answered in the Support Center; feedback-rating footer with 'Please'.")

add(("unrelated", False, None, []),
    frm=("AWS", "no-reply@signin.aws"), to=ME, subject="Verify your AWS Builder ID email address",
    date=dt("2023-04-11 09:02"),
    body=alt("""Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 583104

This code expires 30 minutes after it was sent. If you did not request this code, you can ignore this email.

Amazon Web Services""", tohtml("""Verify your AWS Builder ID email address

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 583104

This code expires 30 minutes after it was sent.""")),
    note="Builder ID one-time code (6 digits), imperative 'enter the code', not case mail.")

m_c2_close = mid("c2close", "amazon.com")
txt = """お客様

いつも Amazon Web Services をご利用いただきありがとうございます。

ケース %s について、4月11日にお送りしたご質問へのご回答をまだいただいておりません。
このまま 3 日間ご返信がない場合、本ケースは自動的に解決済みとなります。
引き続きサポートが必要な場合は、下記のサポートセンターのリンクからご返信ください。

Amazon Web Services

サポートセンター: https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

このメールの送信元アドレスは受信専用のため、ご返信いただいても対応できません。""" % (C2, C2)
add(("closing_notice", True, C2, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Exam voucher from AWS Summit not applied at checkout" % C2,
    date=dt("2023-04-14 08:40"), msgid=m_c2_close, irt=m_c2_info, refs=m_c2_ack + " " + m_c2_info,
    body=plain(txt, "utf-8", "base64"),
    note="Japanese console closing notice, base64 UTF-8; must answer in the Support Center, the mail itself says the address is receive-only.")

m_c2_upd = mid("c2upd", "amazon.com")
txt = """Hello again,

Thank you for the details you added in the Support Center. I've passed the voucher and the registration ID 217364958 on to our certification operations team, who are the only ones able to move benefits between certification accounts. They normally respond within two business days, and I will update this case as soon as I hear back.

Best regards,
Rafael M.
Amazon Web Services""" + FEEDBACK + CONSOLE_FOOT % C2
add(("case_update", False, C2, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Exam voucher from AWS Summit not applied at checkout" % C2,
    date=dt("2023-04-15 01:10"), msgid=m_c2_upd, irt=m_c2_close, refs=" ".join([m_c2_ack, m_c2_info, m_c2_close]),
    body=alt(txt, tohtml(txt)),
    note="Progress news with nothing asked, but carries the 'Please share your experience' footer and a 9-digit registration ID.")

m_c2_res = mid("c2res", "amazon.com")
txt = """Hello,

Good news: the 50% discount voucher is now available on the certification account registered to kenta.ishiguro87@gmail.com. You'll see it under Benefits, and it will be applied automatically the next time you schedule an exam.

I'll mark this case as resolved. If anything else comes up, you can reopen it from the Support Center within 14 days.

Best regards,
Rafael M.
Amazon Web Services""" + FEEDBACK + CONSOLE_FOOT % C2
add(("resolved", False, C2, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Exam voucher from AWS Summit not applied at checkout" % C2,
    date=dt("2023-04-18 05:27"), msgid=m_c2_res, irt=m_c2_upd, refs=" ".join([m_c2_ack, m_c2_info, m_c2_close, m_c2_upd]),
    body=alt(txt, tohtml(txt), cte_t="base64", cte_h="base64"),
    note="Console resolution; 'you can reopen it' is optional; survey-style footer; base64 both parts.")

add(("survey", False, C2, []),
    frm=("Amazon Web Services", "aws-support-survey@amazon.com"), to=ME,
    subject="Tell us about your recent AWS Support experience (Case %s)" % C2, date=dt("2023-04-19 16:00"),
    body=html("""<html><body>
<p>Hello,</p>
<p>Your support case <b>%s</b> was recently resolved. We'd like to know how we did.</p>
<table cellpadding="6" border="0"><tr>
<td><a href="https://aws.amazon.com/survey?c=%s&r=1">1</a></td><td><a href="https://aws.amazon.com/survey?c=%s&r=2">2</a></td>
<td><a href="https://aws.amazon.com/survey?c=%s&r=3">3</a></td><td><a href="https://aws.amazon.com/survey?c=%s&r=4">4</a></td>
<td><a href="https://aws.amazon.com/survey?c=%s&r=5">5</a></td></tr></table>
<p>How satisfied were you with the resolution of your case? Click a number to answer.</p>
</body></html>""" % ((C2,) * 6)),
    note="HTML-only survey with a rating table and a direct question.")

# ---------------------------------------------------------------- 2025
add(("certification", False, None, []),
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=CO,
    subject="AWS Certification wants to hear from you", date=dt("2025-02-20 17:30"),
    body=alt("""Hello Kenta,

As an AWS Certified individual, your opinion shapes the future of our program.
We are inviting a small group of certification holders to take part in a 15-minute
study about how you prepare for exams.

Can you help us? Reply is not needed - just choose a time slot here:
https://aws.certmetrics.com/amazon/research/schedule

If you'd rather not participate, no action is needed.

AWS Certification""", tohtml("""Hello Kenta,

As an AWS Certified individual, your opinion shapes the future of our program. We are inviting a small group of certification holders to take part in a 15-minute study.

Can you help us? Choose a time slot here: https://aws.certmetrics.com/amazon/research/schedule""")),
    note="Certification feedback invitation with a bare question ('Can you help us?').")

add(("unrelated", False, None, []),
    frm=("Daisuke Mori", "notifications@github.com"), to=CO,
    subject="Re: [nishikaze/infra-modules] Add VPC endpoint for S3 (PR #482)", date=dt("2025-02-25 07:12"),
    extra=[("List-ID", "nishikaze/infra-modules <infra-modules.nishikaze.github.com>"), ("X-GitHub-Reason", "author")],
    body=alt("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nishikaze/infra-modules/pull/482#event-16523411870
You are receiving this because you authored the thread.""", tohtml("""Merged #482 into main.

Reply to this email directly, view it on GitHub.""")),
    note="GitHub 'Merged' notification with 'Reply to this email'; not an AWS merge.")

add(("unrelated", False, None, []),
    frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME,
    subject="【ご招待】AWS Summit Japan 2025 事前登録受付中", date=dt("2025-03-03 01:00"),
    body=alt("""石黒 健太 様

AWS Summit Japan 2025 の事前登録を開始いたしました。
150 以上のセッション、展示、認定者ラウンジなど、今年も盛りだくさんの内容でお届けします。

▼ ご登録はこちら
https://aws.amazon.com/jp/summits/japan/

AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。ぜひご来場ください。

配信停止をご希望の場合は、こちらから手続きをお願いいたします。
アマゾン ウェブ サービス ジャパン合同会社""", tohtml("""石黒 健太 様

AWS Summit Japan 2025 の事前登録を開始いたしました。

ご登録はこちら https://aws.amazon.com/jp/summits/japan/

AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。ぜひご来場ください。"""), cte_t="base64", cte_h="base64"),
    note="Japanese AWS marketing from a real amazon.com address, keigo invitations (ご登録/ご来場ください).")

add(("unrelated", False, None, []),
    frm=("AWS", "no-reply@signin.aws"), to=ME, subject="AWS Builder ID の E メールアドレスを確認してください", date=dt("2025-03-10 08:58"),
    body=plain("""AWS Builder ID の E メールアドレスを確認してください

AWS Builder ID の作成を完了するには、次の検証コードを入力してください。

検証コード: 907215

このコードの有効期限は送信後 30 分です。コードをリクエストしていない場合は、このメールを無視してください。

Amazon Web Services""", "utf-8", "quoted-printable"),
    note="Japanese Builder ID verification code (6 digits), QP.")

add(("unrelated", False, None, []),
    frm=("AWS Training and Certification", "no-reply@aws.training"), to=ME,
    subject="Welcome to AWS Training and Certification", date=dt("2025-03-10 09:06"),
    body=alt("""Hi Kenta,

Your AWS Training and Certification account is ready. Sign in with your AWS Builder ID
to explore over 600 free digital courses on AWS Skill Builder and to manage your
AWS Certification account.

Get started: https://www.aws.training/

Happy learning!
AWS Training and Certification""", tohtml("""Hi Kenta,

Your AWS Training and Certification account is ready. Sign in with your AWS Builder ID to explore free digital courses.

Get started: https://www.aws.training/""")),
    note="Training platform welcome from no-reply@aws.training; same program name as the case sender.")

m_a_ack = mid("aack", "amazon.com")
add(("acknowledgement", False, A, []),
    frm=(TC_NAME, TC), to=ME, subject="[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-10 09:25"),
    msgid=m_a_ack,
    body=alt("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Use Case: I am no longer going to be an employee of Nishikaze Technology (last day March 14) and would like to merge my accounts.
All email addresses you may have used in our system: k-ishiguro@nishikaze-tech.co.jp, kenta.ishiguro87@gmail.com
The email address you would like to keep on file: kenta.ishiguro87@gmail.com

We will get back to you as soon as possible, usually within 24 hours. Please do not open another case for the same request; duplicate cases can delay our response.

If you would like to add more information, reply to this email and keep the case ID in the subject line.

Sincerely,
Amazon Web Services""" % (A, A), tohtml("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Subject: account-assistance

We will get back to you as soon as possible, usually within 24 hours. Please do not open another case for the same request.

If you would like to add more information, reply to this email and keep the case ID in the subject line.""" % (A, A))),
    note="15-digit case acknowledgement; 'Please do not open another case' and a conditional reply invitation are not asks.")

m_b_ack = mid("back", "amazon.com")
add(("acknowledgement", False, B, []),
    frm=("AWS トレーニングと認定", TC), to=CO, subject="[CASE %s] %s" % (B, TC_SUBJ), date=dt("2025-03-10 10:25"),
    msgid=m_b_ack, subj_charset="iso-2022-jp",
    body=plain("""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のリクエストに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職のため、会社のアカウントを個人のアカウントに統合したいです。

通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、このメールにご返信ください。

Amazon Web Services""" % (B, B), "iso-2022-jp", "7bit"),
    note="Duplicate form submission from the company address: a second acknowledgement, Japanese, ISO-2022-JP; ends with a conditional がございましたら…ご返信ください.")

add(("unrelated", False, None, []),
    frm=("AWS Skill Builder", "no-reply@aws.training"), to=ME,
    subject="Your AWS Skill Builder receipt", date=dt("2025-03-10 12:41"),
    body=plain("""Thank you for your purchase.

Order number: SB-20250310-7741928
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing account: kenta.ishiguro87@gmail.com

Your subscription renews automatically on April 10, 2025. To cancel, visit
Account settings > Subscription at any time before the renewal date.

AWS Training and Certification""", "us-ascii", "7bit"),
    note="Skill Builder receipt: AWS T&C brand, order number, imperative about cancelling.")

m_b_upd = mid("bupd", "amazon.com")
add(("case_update", False, B, []),
    frm=(TC_NAME, TC), to=CO, subject="RE:[CASE %s] %s" % (B, TC_SUBJ), date=dt("2025-03-11 01:12"),
    msgid=m_b_upd, irt=m_b_ack, refs=m_b_ack,
    body=plain("""Hello Kenta,

We noticed that this request is the same as the one in case %s, which you
opened about an hour earlier from your personal address. To keep things in one
place, we've linked the two and your request will be worked under case %s.
You don't need to do anything here; the agent on that case will be in touch.

Regards,
Amara
AWS Training and Certification""" % (A, A)),
    note="Duplicate-case notice: names another case ID in the body; asks nothing ('You don't need to do anything').")

m_a_hold = mid("ahold", "amazon.com")
txt = """Hello Kenta,

Thank you for your patience while we reviewed your request.

While checking the two certification accounts, I found that the one registered to k-ishiguro@nishikaze-tech.co.jp is associated with an AWS Partner Network (APN) organization, Nishikaze Technology Co., Ltd. Certifications earned on an APN-linked account count toward the partner's tier and programs, so we don't move them to a different account while the holder is still employed by the partner. In most cases the partner's own administrators are also notified before a merge goes ahead.

For this reason your request is on hold for now. We will not take further action until we can confirm your status with the partner.

In your request you mention that your last day is March 14. Can you confirm whether you are leaving Nishikaze Technology, and on what date your employment ends? A short reply to this email is enough. Once we have that we can move forward.

Best regards,
Daniela
AWS Training and Certification"""
add(("on_hold", True, A, []),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-11 03:40"),
    msgid=m_a_hold, irt=m_a_ack, refs=m_a_ack,
    body=alt(txt, tohtml(txt)),
    note="APN partner hold; the question is in the fourth paragraph after 'on hold' wording, no 'please'.")

add(("unrelated", False, None, []),
    frm=("総務部 人事グループ", "jinji@nishikaze-tech.co.jp"), to=CO,
    subject="【ご連絡】退職に伴うお手続きについて", date=dt("2025-03-11 14:00", JST), subj_charset="shift_jis", authres=False,
    body=plain("""石黒 健太 さん

総務部人事グループです。
3月14日付のご退職に伴い、以下のお手続きをお願いいたします。

1. 貸与PC・入館証を最終出社日の17時までに総務部へご返却ください。
2. 社内システムのアカウントは3月14日23時59分に停止されます。
   このメールアドレスも同時刻以降は受信できなくなりますので、必要なメールは事前に退避してください。
3. 源泉徴収票の送付先住所を、添付のフォームにご記入のうえご返信ください。

ご不明な点がございましたら、内線 2104 までご連絡ください。

総務部 人事グループ""", "shift_jis", "base64"),
    note="Internal HR mail in Shift_JIS/base64 with real requests (return PC, reply with a form), but not to AWS support.")

m_a_wrong = mid("awrong", "nishikaze-tech.co.jp")
add(("user_reply", False, A, []),
    frm=(ME_NAME, CO), to=TC, cc="Takeshi Nagai <t-nagai@nishikaze-tech.co.jp>",
    subject="RE: [CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-11 15:02", JST),
    msgid=m_a_wrong, irt=m_a_hold, refs=m_a_ack + " " + m_a_hold, authres=False, crlf=True,
    body=plain("""Hello Daniela,

Yes, I confirm I am leaving Nishikaze Technology. My last working day is March 14, 2025,
and this mailbox will be closed after that. I have copied my manager, Mr. Nagai, who
can confirm this.

Best regards,
Kenta Ishiguro

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 12:40
To: kenta.ishiguro87@gmail.com
Subject: RE:[CASE %s] %s

Hello Kenta,

Thank you for your patience while we reviewed your request.
[...]
In your request you mention that your last day is March 14. Can you confirm whether you are leaving Nishikaze Technology, and on what date your employment ends? A short reply to this email is enough. Once we have that we can move forward.
""" % (TC, A, TC_SUBJ)),
    note="User answers from the wrong (company) address; Outlook underscore-line quoting of the hold's question.")

add(("unrelated", False, None, []),
    frm=("永井 剛", "t-nagai@nishikaze-tech.co.jp"), to=CO,
    subject="自動応答: RE: [CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-11 15:02", JST), authres=False,
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "t-nagai@nishikaze-tech.co.jp")],
    body=plain("""お疲れさまです。永井です。
3月10日〜3月12日は出張のため不在にしております。
急ぎのご用件は、同じチームの佐藤（sato-m@nishikaze-tech.co.jp）までご連絡ください。

I am out of the office on a business trip until March 12 with limited access to email.
For urgent matters please contact sato-m@nishikaze-tech.co.jp.""", "utf-8", "8bit"),
    note="Manager's out-of-office with the case number in the subject; bilingual; 8bit UTF-8.")

m_a_addr = mid("aaddr", "amazon.com")
add(("info_request", True, A, []),
    frm=(TC_NAME, TC), to=CO, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-12 02:30"),
    msgid=m_a_addr, irt=m_a_wrong, refs=" ".join([m_a_ack, m_a_hold, m_a_wrong]),
    body=plain("""Hi Kenta,

Thanks for the quick answer, and good luck in your next role.

One snag: your reply came from k-ishiguro@nishikaze-tech.co.jp, but the case was
opened with kenta.ishiguro87@gmail.com, which is also the account you want to keep.
For your protection we only act on confirmations sent from the address on file for
the destination account. We need the same confirmation written from
kenta.ishiguro87@gmail.com before we can lift the hold.

Daniela
AWS Training and Certification""", "utf-8", "quoted-printable"),
    note="Write-from-the-right-address request, sent to the company address, 'We need...' with no 'please'.")

m_a_right = mid("CAJx7Hq" + "".join(random.choice("abcdef") for _ in range(8)), "mail.gmail.com")
add(("user_reply", False, A, []),
    frm=(ME_NAME, ME), to=TC, subject="Re: leaving Nishikaze Technology - confirmation",
    date=dt("2025-03-12 12:10", JST), msgid=m_a_right, irt=m_a_addr,
    refs=" ".join([m_a_ack, m_a_hold, m_a_wrong, m_a_addr]), dom="gmail.com",
    mailfrom=ME,
    body=alt("""Hello Daniela,

Writing from my personal address as requested: I confirm I am leaving Nishikaze
Technology; my employment ends on March 14, 2025. Please go ahead with the merge
into the account registered to this address.

Thank you,
Kenta Ishiguro""", tohtml("""Hello Daniela,

Writing from my personal address as requested: I confirm I am leaving Nishikaze Technology; my employment ends on March 14, 2025. Please go ahead with the merge into the account registered to this address.

Thank you,
Kenta Ishiguro""")),
    note="User reply with no case number anywhere (new subject, no quote); belongs to the case only via In-Reply-To/References.")

add(("suspicious", False, None, []),
    frm=("AWS Certification Support", "support@aws-certification-merge.com"), to=ME,
    subject="Action required: verify your AWS Certification account merge [CASE 174159871200348]",
    date=dt("2025-03-12 09:51"), dom="aws-certification-merge.com",
    body=alt("""Dear AWS Certified Professional,

We received a request to merge your AWS Certification accounts. To prevent
loss of your certifications and exam benefits, you must verify your identity
within 24 hours:

https://aws-certification-merge.com/verify?id=174159871200348

Failure to verify will result in permanent suspension of both accounts.

AWS Training & Certification Security Team""", tohtml("""Dear AWS Certified Professional,

We received a request to merge your AWS Certification accounts. To prevent loss of your certifications and exam benefits, you must verify your identity within 24 hours.

Failure to verify will result in permanent suspension of both accounts.""")),
    note="Lookalike domain phishing that passes its own DKIM/DMARC; case-like number one digit off the real case; urgent ask.")

m_a_conf = mid("aconf", "amazon.com")
conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Kenta,</p>
<p>Thanks for confirming from your personal address. The hold has been lifted and I've prepared the merge. I located the following certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09923157</td><td>AWS04418273</td></tr>
<tr><td>Login email</td><td>kenta.ishiguro87@gmail.com</td><td>k-ishiguro@nishikaze-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.ishiguro87@gmail.com</td><td>k-ishiguro@nishikaze-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.ishiguro87@gmail.com</td><td>k-ishiguro@nishikaze-tech.co.jp</td></tr>
<tr><td>APN organization</td><td>&ndash;</td><td>Nishikaze Technology Co., Ltd.</td></tr>
</table>
<p>After a merge, the exam history, certifications and benefits of Account #2 are moved to Account #1 and Account #2 can no longer be used to sign in. This cannot be undone.</p>
<p>Kindly confirm that Account #1 should be kept and Account #2 merged into it.</p>
<p>Warm regards,<br>Marcus L.<br>AWS Training and Certification</p>
</body></html>
"""
add(("confirmation_request", True, A, [CID_NEW, CID_OLD]),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-13 00:45"),
    msgid=m_a_conf, irt=m_a_right, refs=" ".join([m_a_ack, m_a_hold, m_a_addr, m_a_right]),
    body=html(conf_html, "utf-8", "quoted-printable"),
    note="HTML-only confirmation request, Account #1/#2 in a table with candidate IDs, 'Kindly confirm' after a warning paragraph.")

add(("unrelated", False, None, []),
    frm=("Jira (Nishikaze)", "jira@nishikaze.atlassian.net"), to=CO,
    subject="[JIRA] (INFRA-1182) Hand over AWS account ownership before departure", date=dt("2025-03-13 05:20"),
    body=plain("""Daisuke Mori resolved INFRA-1182 as Done

Hand over AWS account ownership before departure
Key: INFRA-1182
Assignee: Kenta Ishiguro
Resolution: Done

Comment: Root email changed to infra-admins@nishikaze-tech.co.jp for account 604218837201. Please double-check MFA devices before Friday.

This message was sent by Atlassian Jira"""),
    note="Jira 'resolved' notification mentioning AWS, an account ID and a 'Please' to the owner; not support.")

add(("unrelated", False, None, []),
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME,
    subject="Delivery Status Notification (Failure)", date=dt("2025-03-13 06:02"), dom="googlemail.com",
    body=multipart("report", [plain("""** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification-from@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification-from@amazon.com>: Recipient address rejected: User unknown
"""), plain("""----- Original message -----
From: Kenta Ishiguro <kenta.ishiguro87@gmail.com>
To: aws-cs-trainingcertification-from@amazon.com
Subject: Re: [CASE %s] %s

Hi, just adding that my old account also has a 50%% voucher. Could you make sure it moves too?
""" % (A, TC_SUBJ))]),
    note="Bounce of the user's own mail to a mistyped address; the case ID and a question appear only in the returned original.")

m_fwd = mid("CAJx7Hqfwd" + "".join(random.choice("abcdef") for _ in range(6)), "nishikaze-tech.co.jp")
add(("user_reply", False, B, []),
    frm=(ME_NAME, CO), to=ME, subject="FW: RE:[CASE %s] %s" % (B, TC_SUBJ), date=dt("2025-03-14 17:45", JST),
    msgid=m_fwd, authres=False, crlf=True,
    body=plain("""Saving a copy before this mailbox is closed.

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 10:12
To: k-ishiguro@nishikaze-tech.co.jp
Subject: RE:[CASE %s] %s

Hello Kenta,

We noticed that this request is the same as the one in case %s, which you
opened about an hour earlier from your personal address. To keep things in one
place, we've linked the two and your request will be worked under case %s.
You don't need to do anything here; the agent on that case will be in touch.

Regards,
Amara
AWS Training and Certification
""" % (TC, B, TC_SUBJ, A, A)),
    note="The owner forwarding a support mail from the company address to the personal one (own mail, not from support); two case IDs.")

add(("certification", False, None, [CID_OLD]),
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=CO,
    subject="Your AWS Certification expires in 90 days", date=dt("2025-03-14 10:10"),
    body=alt("""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification will expire on June 12, 2025.

To keep your certification active, pass the current version of the exam or a
higher-level exam before the expiration date. Recertifying also resets your
50% discount benefit.

Candidate ID: AWS04418273

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Certification""", tohtml("""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification will expire on June 12, 2025.

To keep your certification active, pass the current version of the exam before the expiration date.

Candidate ID: AWS04418273""")),
    note="Expiry notice with imperatives and a candidate ID.")

m_a_close = mid("aclose", "amazon.com")
add(("closing_notice", True, A, []),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-17 01:00"),
    msgid=m_a_close, irt=m_a_conf, refs=" ".join([m_a_ack, m_a_hold, m_a_addr, m_a_right, m_a_conf]),
    body=plain("""Hello Kenta,

This is a follow-up on case %s. We wrote to you on March 13 to confirm which
certification account to keep and have not received an answer.

Your case will be closed automatically in 72 hours. If you still want the accounts
merged, simply respond to this message and it will stay open.

Marcus L.
AWS Training and Certification""" % A, "utf-8", "quoted-printable"),
    note="Closing notice worded as a timeline with 'simply respond' rather than 'please reply'.")

m_a_ok = mid("CAJx7Hqok" + "".join(random.choice("abcdef") for _ in range(7)), "mail.gmail.com")
conf_text = """Hello Kenta,

Thanks for confirming from your personal address. The hold has been lifted and I've prepared the merge. I located the following certification accounts:

| | Account #1 | Account #2 |
| Candidate ID | AWS09923157 | AWS04418273 |
| Login email | kenta.ishiguro87@gmail.com | k-ishiguro@nishikaze-tech.co.jp |
| Training notification email | kenta.ishiguro87@gmail.com | k-ishiguro@nishikaze-tech.co.jp |
| Certification notification email | kenta.ishiguro87@gmail.com | k-ishiguro@nishikaze-tech.co.jp |

After a merge, the exam history, certifications and benefits of Account #2 are moved to Account #1 and Account #2 can no longer be used to sign in. This cannot be undone.

Kindly confirm that Account #1 should be kept and Account #2 merged into it.

Warm regards,
Marcus L.
AWS Training and Certification"""
close_text = """Hello Kenta,

This is a follow-up on case %s. We wrote to you on March 13 to confirm which
certification account to keep and have not received an answer.

Your case will be closed automatically in 72 hours. If you still want the accounts
merged, simply respond to this message and it will stay open.

Marcus L.
AWS Training and Certification""" % A
ok_text = """Confirmed. Please merge to Account #1 (AWS09923157).
Sorry for the delay, it was my last week at the old company.

Kenta

On Mon, Mar 17, 2025 at 10:00 AM AWS Training and Certification <%s> wrote:
%s
>
> On Thu, Mar 13, 2025 at 9:45 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(close_text), TC, q(conf_text, "> > "))
add(("user_reply", False, A, [CID_NEW]),
    frm=(ME_NAME, ME), to=TC, subject="Re: RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-17 15:20", JST),
    msgid=m_a_ok, irt=m_a_close, refs=" ".join([m_a_ack, m_a_hold, m_a_addr, m_a_right, m_a_conf, m_a_close]),
    dom="gmail.com", mailfrom=ME,
    body=plain(ok_text, "utf-8", "quoted-printable"),
    note="'Confirmed. Please merge' top-posted above two levels of Gmail-quoted support asks; one candidate ID in the new text, both in quotes.")

m_a_res = mid("ares", "amazon.com")
add(("resolved", False, A, [CID_NEW]),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-17 09:02"),
    msgid=m_a_res, irt=m_a_ok, refs=" ".join([m_a_ack, m_a_conf, m_a_close, m_a_ok]),
    body=alt("""Hello Kenta,

I have successfully merged all accounts. Your certifications, exam history and
benefits are now under candidate ID AWS09923157, signed in with
kenta.ishiguro87@gmail.com. Credly badges may take up to 24 hours to show the change.

If you have anything else to add, just reply to this email.

Best,
Marcus L.
AWS Training and Certification

-----Original Message-----
From: Kenta Ishiguro <kenta.ishiguro87@gmail.com>
Sent: 3/17/2025 6:20 AM
Subject: Re: RE:[CASE %s] %s

Confirmed. Please merge to Account #1 (AWS09923157).

> Your case will be closed automatically in 72 hours. If you still want the accounts
> merged, simply respond to this message and it will stay open.
>
> > Kindly confirm that Account #1 should be kept and Account #2 merged into it.
""" % (A, TC_SUBJ), tohtml("""Hello Kenta,

I have successfully merged all accounts. Your certifications, exam history and benefits are now under candidate ID AWS09923157, signed in with kenta.ishiguro87@gmail.com.

If you have anything else to add, just reply to this email.

Best,
Marcus L.""") + "<blockquote>Confirmed. Please merge to Account #1 (AWS09923157).<br>&gt; Kindly confirm that Account #1 should be kept and Account #2 merged into it.</blockquote>\n"),
    note="Completion mail quoting the old confirmation request and closing notice below; conditional reply invitation.")

add(("badge", False, None, []),
    frm=("Credly", "admin@credly.com"), to=ME,
    subject="Your AWS Certified Solutions Architect - Associate badge is ready to claim", date=dt("2025-03-17 09:40"),
    body=alt("""Kenta, congratulations!

Amazon Web Services Training and Certification has issued you a digital badge.

AWS Certified Solutions Architect - Associate
Issued to: kenta.ishiguro87@gmail.com

Claim your badge to verify your achievement and share it with your network:
https://www.credly.com/earner/earned/badge/0a7c33e1-58b4-4f12-bf9e-2d84e6c1a977

Questions? Visit our help center.
Credly, by Pearson""", tohtml("""Kenta, congratulations!

Amazon Web Services Training and Certification has issued you a digital badge.

Claim your badge to verify your achievement and share it with your network.""")),
    note="Credly badge right after the merge; 'Claim your badge' imperative.")

add(("survey", False, A, []),
    frm=("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=ME,
    subject="We'd love your feedback on case %s" % A, date=dt("2025-03-18 04:00"),
    body=alt("""Hi Kenta,

Please take a moment to rate the support you received on case %s
("account-assistance"). The survey has three questions and takes less than a minute.

Start survey: https://survey.aws.amazon.com/s/tc?case=%s

Thank you for helping us improve.
AWS Training and Certification""" % (A, A), tohtml("""Hi Kenta,

Please take a moment to rate the support you received on case %s. The survey has three questions.

Start survey""" % A)),
    note="Survey with 'Please take a moment' and the case ID.")

add(("suspicious", False, None, []),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-18 11:33"),
    dkim="fail", dmarc="fail", mailfrom="bounce@mailer-svc-77.ru",
    body=alt("""Hello Kenta,

Your merge is almost complete. A final identity verification fee of USD 4.99 is
required to transfer your exam benefits to the destination account.
Could you complete the payment using the secure link below within 48 hours?

https://aws-training-billing.support/pay?case=%s

Best regards,
Marcus L.
AWS Training and Certification""" % A, tohtml("""Hello Kenta,

Your merge is almost complete. A final identity verification fee of USD 4.99 is required to transfer your exam benefits.

Could you complete the payment using the secure link below within 48 hours?""")),
    note="Spoofed From aws-cs-trainingcertification-form@amazon.com with the real case subject and agent name, but dkim=fail/dmarc=fail.")

add(("unrelated", False, None, []),
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME,
    subject="Your exam appointment has been rescheduled", date=dt("2025-03-19 02:15"),
    body=plain("""Dear Kenta Ishiguro,

Your appointment for AWS Certified Solutions Architect - Professional (SAP-C02)
has been rescheduled.

Registration ID: 508163294
New date: April 19, 2025, 1:00 PM JST (OnVUE online proctored)

Please run the system test on the computer you will use before exam day.

Pearson VUE"""),
    note="Exam vendor; 9-digit registration ID; imperative about a system test.")

m_a_reopen = mid("CAJx7Hqre" + "".join(random.choice("abcdef") for _ in range(7)), "mail.gmail.com")
add(("user_reply", False, A, []),
    frm=("石黒 健太", ME), to=TC, subject="Re: RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-20 21:05", JST),
    msgid=m_a_reopen, irt=m_a_res, refs=" ".join([m_a_ack, m_a_conf, m_a_ok, m_a_res]), dom="gmail.com", mailfrom=ME,
    body=plain("""Hello Marcus,

Thank you for the merge. I checked the new account today: the certifications and exam
history are there, but the 50%% exam discount voucher from the old account is missing
under Benefits. Could you check it?

（念のため日本語でも：旧アカウントにあった50%%割引バウチャーが、統合後のアカウントの特典に表示されていません。ご確認をお願いします。）

Kenta Ishiguro

2025年3月17日(月) 18:02 AWS Training and Certification <%s>:
> Hello Kenta,
>
> I have successfully merged all accounts.
> If you have anything else to add, just reply to this email.
""" % TC, "utf-8", "8bit"),
    note="User reopens a resolved case (question to support, not a support ask); English + Japanese, 8bit UTF-8, Japanese Gmail reply header.")

m_a_upd = mid("aupd", "amazon.com")
txt = """石黒 健太 様

AWS トレーニングと認定カスタマーサービスの佐々木でございます。
ご連絡いただきありがとうございます。

ご指摘の件を受け、ケース %s を再開いたしました。
統合元アカウントに付与されていた 50%% 割引特典の移行について、担当チームへ調査を依頼しております。
通常 3〜5 営業日ほどお時間をいただいております。結果が判明いたしましたら、改めて本ケースにてご連絡いたします。

なお、ご不明な点がございましたら、本メールにご返信ください。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定""" % A
add(("case_update", False, A, []),
    frm=("AWS トレーニングと認定", TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-21 02:10"),
    msgid=m_a_upd, irt=m_a_reopen, refs=" ".join([m_a_ack, m_a_res, m_a_reopen]),
    body=plain(txt, "utf-8", "base64"),
    note="Japanese 'case reopened, investigating' update in keigo; ends with conditional ご不明な点がございましたら…ご返信ください and よろしくお願いいたします.")

m_e_ack = mid("eack", "amazon.com")
add(("acknowledgement", False, E, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="Amazon Web Services: New Support case: %s" % E,
    date=dt("2025-03-22 08:48"), msgid=m_e_ack, crlf=True,
    body=plain("""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: Cannot change root user email for my personal account
Severity: General guidance
Correspondence: My personal AWS account (473829104455) still uses my former employer's address as the root email. The verification mail goes to a mailbox that no longer exists. How can I change it?

We will get back to you as quickly as possible. If you have additional information to add to this case, please reply via the link below.

Best regards,
Amazon Web Services""" % (E, E) + CONSOLE_FOOT % E),
    note="Console acknowledgement (15 digits) whose quoted user text contains a 12-digit account ID and a question.")

add(("unrelated", False, None, []),
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to=ME,
    subject="Amazon Web Services 請求書のお知らせ [アカウント: 473829104455]", date=dt("2025-03-22 10:00"),
    body=alt("""アマゾン ウェブ サービスをご利用いただきありがとうございます。

最新の請求書を AWS 請求とコスト管理コンソールでご確認いただけます。

[AWS ID 473829104455]
請求期間: 2025年2月1日 - 2025年2月28日
合計: 612 円

お支払い方法の変更は、請求ダッシュボードの「お支払い設定」から行ってください。

Amazon Web Services""", tohtml("""アマゾン ウェブ サービスをご利用いただきありがとうございます。

[AWS ID 473829104455]
合計: 612 円

お支払い方法の変更は、請求ダッシュボードの「お支払い設定」から行ってください。""")),
    note="Japanese billing mail from AWS with a 12-digit account ID; 〜ください imperative.")

m_e_info = mid("einfo", "amazon.com")
txt = """Hello,

My name is Naomi and I'll be helping you with this case.

Because the root user's e-mail is the strongest credential on an AWS account, we can only change it after verifying that you are the account owner. Since you can no longer receive mail at the current root address, we'll go through our alternate verification process.

Could you let us know the following in your reply through the Support Center?
- the full name and billing address on the account
- the last four digits of the payment card on file
- the new e-mail address you'd like to use as root

Please don't send these details by e-mail; this address doesn't accept replies.

Best regards,
Naomi K.
Amazon Web Services""" + FEEDBACK + CONSOLE_FOOT % E
add(("info_request", True, E, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Cannot change root user email for my personal account" % E,
    date=dt("2025-03-23 04:30"), msgid=m_e_info, irt=m_e_ack, refs=m_e_ack,
    body=alt(txt, tohtml(txt)),
    note="Console case info request ('Could you let us know') to be answered in the Support Center, not by mail; rating footer.")

m_a_info2 = mid("ainfo2", "amazon.com")
add(("info_request", True, A, []),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-24 01:35"),
    msgid=m_a_info2, irt=m_a_upd, refs=" ".join([m_a_ack, m_a_res, m_a_reopen, m_a_upd]),
    body=plain("""Hi Kenta,

Picking this up from my colleague Sasaki.

Some progress to report first: your Subject Matter Expert program membership has been
moved to the merged account, and the benefits team confirmed that the old account did
hold a 50%% discount voucher that was issued on 2024-06-12.

Vouchers are generated per account, and the one on the old account was voided when the
accounts were merged, so it has to be reissued by hand. The team can only do that with
the voucher code that was shown on the old account's Benefits page. Do you still have
that code, for example in a screenshot or your notes from before the merge?

Thanks,
Naomi
AWS Training and Certification

On Fri, Mar 21, 2025 at 2:10 AM, AWS Training and Certification wrote:
> Dear Ishiguro-san,
> We have reopened case %s and asked the responsible team to look into the voucher.
>
> On Mon, Mar 17, 2025 Marcus L. wrote:
> > Kindly confirm that Account #1 should be kept and Account #2 merged into it.
""" % A),
    note="Mixed mail: progress news first, the ask is a bare question at the end of paragraph 3; old confirmation request quoted below.")

m_a_code = mid("CAJx7Hqvc" + "".join(random.choice("abcdef") for _ in range(7)), "mail.gmail.com")
add(("user_reply", False, A, []),
    frm=("石黒 健太", ME), to=TC, subject="Re: RE:[CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-24 14:02", JST),
    msgid=m_a_code, irt=m_a_info2, refs=" ".join([m_a_ack, m_a_res, m_a_upd, m_a_info2]), dom="gmail.com", mailfrom=ME,
    body=alt("""Hi Naomi,

Yes, I noted it before the merge: the code was CERT50-8KQ7-XW2M-19TZ.

Thanks,
Kenta

2025年3月24日(月) 10:35 AWS Training and Certification <%s>:

> Hi Kenta,
>
> Picking this up from my colleague Sasaki.
> [...]
> Do you still have that code, for example in a screenshot or your notes from before the merge?
""" % TC, tohtml("""Hi Naomi,

Yes, I noted it before the merge: the code was CERT50-8KQ7-XW2M-19TZ.

Thanks,
Kenta""") + "<div class=\"gmail_quote\">2025年3月24日(月) 10:35 AWS Training and Certification &lt;%s&gt;:<blockquote class=\"gmail_quote\">Do you still have that code, for example in a screenshot or your notes from before the merge?</blockquote></div>\n" % TC),
    note="User reply with a Japanese Gmail attribution line over a quoted question; voucher code is not a candidate ID.")

m_a_done2 = mid("adone2", "amazon.com")
add(("resolved", False, A, []),
    frm=(TC_NAME, TC), to=ME, subject="RE: [CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-03-26 06:55"),
    msgid=m_a_done2, irt=m_a_code, refs=" ".join([m_a_ack, m_a_res, m_a_info2, m_a_code]),
    body=alt("""Hi Kenta,

The benefits team has reissued the 50%% discount voucher on your merged account;
it is visible under Benefits now. With that, everything from the old account has
been carried over and I'm resolving this case.

Naomi
AWS Training and Certification

--
Was this response helpful? Let us know: https://survey.aws.amazon.com/s/tc?case=%s&yes | &no""" % A, tohtml("""Hi Kenta,

The benefits team has reissued the 50% discount voucher on your merged account; it is visible under Benefits now. With that, everything from the old account has been carried over and I'm resolving this case.

Naomi

Was this response helpful? Let us know.""")),
    note="Second resolution of the reopened case; 'Was this response helpful? Let us know' footer is a survey prompt, not an ask.")

m_h_ack = mid("hack", "amazon.com")
add(("acknowledgement", False, H, []),
    frm=("AWS トレーニングと認定", TC), to=ME, subject="[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-03-26 11:22"),
    msgid=m_h_ack, subj_charset="shift_jis",
    body=plain("""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。ケース %s を作成いたしました。

ケースの詳細:
ケース ID: %s
件名: account-assistance
その他の詳細: アカウントの統合
内容: 同じメールアドレスで AWS 認定アカウントが2つできてしまい、Credly にバッジが反映されません。統合できますか？

担当者より、通常24時間以内にご連絡いたします。
同じ内容のケースを重複して作成されますと、対応が遅れる場合がございます。

ご返信の際は、件名のケース番号を変更しないようお願いいたします。

Amazon Web Services""" % (H, H), "shift_jis", "quoted-printable"),
    note="Japanese acknowledgement in Shift_JIS/QP; quotes the user's question (統合できますか？); 'お願いいたします' about keeping the subject is not an ask.")

add(("unrelated", False, None, []),
    frm=("JetBrains Support", "support@jetbrains.com"), to=ME,
    subject="[JetBrains] Re: License transfer after leaving employer - Request #5821347 closed", date=dt("2025-03-26 13:00"),
    body=alt("""##- Please type your reply above this line -##

Your request (#5821347) has been closed. We've transferred your IntelliJ IDEA
license to kenta.ishiguro87@gmail.com.

If you feel the issue isn't resolved, reply to this email to reopen the request.

Anna, JetBrains Support""", tohtml("""Your request (#5821347) has been closed. We've transferred your IntelliJ IDEA license to kenta.ishiguro87@gmail.com.

If you feel the issue isn't resolved, reply to this email to reopen the request.""")),
    note="Another vendor's 'request closed' mail with reopen-by-reply wording and a 7-digit request number.")

m_h_info = mid("hinfo", "amazon.com")
add(("info_request", True, H, []),
    frm=("AWS トレーニングと認定", TC), to=ME, subject="RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-03-27 02:05"),
    msgid=m_h_info, irt=m_h_ack, refs=m_h_ack,
    body=plain("""石黒 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定の田中でございます。

お送りいただいた内容を確認いたしました。同一のメールアドレスに複数の認定アカウントが
紐づいている場合、Credly 側ではいずれか一方のアカウントの認定のみが参照されるため、
バッジが表示されないことがございます。

統合作業を進めるにあたり、統合対象となる各アカウントの候補ID
（画面右上に表示される「AWS」から始まる番号）をお知らせいただけますでしょうか。
また、どちらのアカウントに Credly を連携されているかも併せてお教えいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

田中
AWS トレーニングと認定 カスタマーサービス""", "iso-2022-jp", "7bit"),
    note="Japanese keigo ask (お知らせいただけますでしょうか / お教えいただけますと幸いです) after an explanation; ISO-2022-JP.")

add(("unrelated", False, None, []),
    frm=("Last Week in AWS", "newsletter@lastweekinaws.com"), to=ME,
    subject="Last Week in AWS: The Certification Merge-Go-Round", date=dt("2025-03-27 09:00"),
    body=alt("""Good morning!

This week: AWS quietly changed how certification accounts are merged, a new
region opened, and someone filed a support case asking for their case to be closed.

From the community: "How I moved my AWS certifications when I changed jobs" -
reply to this email if you have a story like that and we may feature it.

Unsubscribe: https://www.lastweekinaws.com/unsubscribe""", tohtml("""Good morning!

This week: AWS quietly changed how certification accounts are merged, a new region opened, and someone filed a support case asking for their case to be closed.

Reply to this email if you have a story like that and we may feature it.""")),
    note="Newsletter talking about certification merges and support cases, with a conditional 'reply to this email'.")

m_h_ids = mid("CAJx7Hqid" + "".join(random.choice("abcdef") for _ in range(7)), "mail.gmail.com")
add(("user_reply", False, H, [CID_NEW, CID_DUP]),
    frm=("石黒 健太", ME), to=TC, subject="Re: RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-03-27 19:40", JST),
    msgid=m_h_ids, irt=m_h_info, refs=m_h_ack + " " + m_h_info, dom="gmail.com", mailfrom=ME, subj_charset="iso-2022-jp",
    body=plain("""田中様

ご連絡ありがとうございます。石黒です。

候補IDは以下の2つです。
・AWS09923157（メインで使っているアカウント、Credly連携済み）
・AWS10028834（パートナーセントラルのSSOで作成されてしまったアカウント）

よろしくお願いいたします。

石黒 健太

2025年3月27日(木) 11:05 AWS トレーニングと認定 <%s>:
> 統合作業を進めるにあたり、統合対象となる各アカウントの候補ID
> （画面右上に表示される「AWS」から始まる番号）をお知らせいただけますでしょうか。
""" % TC, "iso-2022-jp", "7bit"),
    note="Japanese user reply in ISO-2022-JP listing two candidate IDs; quotes the keigo ask.")

m_h_hold = mid("hhold", "amazon.com")
add(("on_hold", False, H, [CID_DUP]),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-03-28 03:15"),
    msgid=m_h_hold, irt=m_h_ids, refs=" ".join([m_h_ack, m_h_info, m_h_ids]),
    body=plain("""Hello Ishiguro-san,

Thank you for the candidate IDs.

Account AWS10028834 was created through AWS Partner Central single sign-on and is
still attached to an AWS Partner Network organization record. Before we can merge it,
our partner operations team has to release it from that organization. I've sent them
the request and the case is paused until they finish, which usually takes a few
business days.

There is nothing you need to do in the meantime; I'll write again once the account is
released.

Best regards,
Tanaka
AWS Training and Certification"""),
    note="On hold waiting on the partner team, explicitly asks nothing; agent switches to English.")

add(("suspicious", False, None, []),
    frm=("AWS認定 サポート", "no-reply@aws-certsupport-jp.com"), to=ME,
    subject="【重要】AWS認定アカウント統合の最終確認のお願い", date=dt("2025-03-28 09:12"), dom="aws-certsupport-jp.com",
    body=alt("""石黒 健太 様

AWS認定アカウントの統合手続きが保留されています。
下記リンクより、Builder ID とパスワードを入力し、本人確認を完了してください。
48時間以内に確認が取れない場合、保有資格はすべて失効いたします。

https://aws-certsupport-jp.com/merge/confirm

AWS トレーニングと認定 サポートセンター""", tohtml("""石黒 健太 様

AWS認定アカウントの統合手続きが保留されています。下記リンクより、Builder ID とパスワードを入力し、本人確認を完了してください。

48時間以内に確認が取れない場合、保有資格はすべて失効いたします。"""), cte_t="base64", cte_h="base64"),
    note="Japanese phishing from a lookalike domain using 保留/統合 vocabulary and an urgent ask.")

m_e_close = mid("eclose", "amazon.com")
txt = """Hello,

We haven't heard back from you regarding case %s, so the case has now been resolved automatically.

If you still need help with the root e-mail change, you can reopen the case by adding a reply in the Support Center. Resolved cases can be reopened for 14 days; after that a new case is required.

Best regards,
Amazon Web Services""" % E + FEEDBACK + CONSOLE_FOOT % E
add(("closing_notice", True, E, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Cannot change root user email for my personal account" % E,
    date=dt("2025-03-29 04:30"), msgid=m_e_close, irt=m_e_info, refs=m_e_ack + " " + m_e_info,
    body=alt(txt, tohtml(txt)),
    note="Console case closed for no answer; reopening is via Support Center reply; looks like a resolution plus a feedback footer.")

add(("certification", False, None, [CID_NEW]),
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subject="Your AWS Certification account details have changed", date=dt("2025-03-31 00:05"),
    body=plain("""Hello Kenta,

This is a confirmation that the profile for candidate ID AWS09923157 was updated:
certification records from another account were added to it.

If you made this change, no further action is required. If you did not, contact
AWS Training and Certification through the Contact Us form.

AWS Certification"""),
    note="certmetrics notice about the merge outcome; 'no further action is required'; conditional 'contact'.")

m_h_conf = mid("hconf", "amazon.com")
conf_jp_text = """石黒 様

お世話になっております。AWS トレーニングと認定の田中でございます。

パートナー運用チームより、アカウントの解除が完了したとの連絡がございました。
統合の対象となるアカウントは以下のとおりです。

アカウント #1
  候補ID: AWS09923157
  ログイン E メール: kenta.ishiguro87@gmail.com
  トレーニング通知 E メール: kenta.ishiguro87@gmail.com
  認定通知 E メール: kenta.ishiguro87@gmail.com

アカウント #2
  候補ID: AWS10028834
  ログイン E メール: kenta.ishiguro87@gmail.com（パートナーセントラル SSO）
  トレーニング通知 E メール: kenta.ishiguro87@gmail.com
  認定通知 E メール: kenta.ishiguro87@gmail.com

アカウント #2 をアカウント #1 に統合する形でよろしいでしょうか。
統合後は元に戻すことができませんので、内容をご確認のうえ、ご返信のほどよろしくお願いいたします。

田中
AWS トレーニングと認定"""
add(("confirmation_request", True, H, [CID_NEW, CID_DUP]),
    frm=("AWS トレーニングと認定", TC), to=ME, subject="RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-04-01 02:30"),
    msgid=m_h_conf, irt=m_h_hold, refs=" ".join([m_h_ack, m_h_info, m_h_ids, m_h_hold]),
    body=alt(conf_jp_text, tohtml(conf_jp_text), cte_t="base64", cte_h="quoted-printable"),
    note="Japanese confirmation request (アカウント #1/#2, よろしいでしょうか / ご返信のほどよろしくお願いいたします) opening with hold-lifted news.")

add(("unrelated", False, None, []),
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME,
    subject="Confirm your subscription preferences", date=dt("2025-04-02 16:00"),
    body=alt("""Hello,

We're updating our communication preferences. Please confirm that you still want to
receive AWS news, event invitations and training offers at this address.

Confirm preferences: https://pages.awscloud.com/communication-preferences

If we don't hear from you, you'll continue to receive essential account messages only.

Amazon Web Services""", tohtml("""Hello,

Please confirm that you still want to receive AWS news, event invitations and training offers at this address.

If we don't hear from you, you'll continue to receive essential account messages only.""")),
    note="AWS marketing asking to 'Please confirm' preferences, with an 'if we don't hear from you' clause mimicking a closing notice.")

m_h_close = mid("hclose", "amazon.com")
add(("closing_notice", True, H, []),
    frm=("AWS トレーニングと認定", TC), to=ME, subject="RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-04-04 01:00"),
    msgid=m_h_close, irt=m_h_conf, refs=" ".join([m_h_ack, m_h_info, m_h_ids, m_h_hold, m_h_conf]),
    body=plain("""石黒 様

AWS トレーニングと認定の田中です。

4月1日にお送りした統合内容のご確認について、現時点でご返信をいただいておりません。
恐れ入りますが、3営業日以内にご連絡がない場合は、本ケースをクローズさせていただきます。
本メールにご返信いただければ、ケースは引き続きオープンのままとなります。

田中
AWS トレーニングと認定""", "utf-8", "8bit"), crlf=True,
    note="Japanese closing notice; no ください at all, the reply-keeps-open sentence is the ask; 8bit UTF-8, CRLF.")

m_h_ok = mid("CAJx7Hqhok" + "".join(random.choice("abcdef") for _ in range(6)), "mail.gmail.com")
add(("user_reply", False, H, []),
    frm=("石黒 健太", ME), to=TC, subject="Re: RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-04-04 12:30", JST),
    msgid=m_h_ok, irt=m_h_close, refs=" ".join([m_h_ack, m_h_conf, m_h_close]), dom="gmail.com", mailfrom=ME, subj_charset="iso-2022-jp",
    body=plain("""田中様

返信が遅くなり申し訳ありません。
内容を確認しました。アカウント #2 をアカウント #1 に統合してください。

石黒

On 2025/04/04 10:00, AWS トレーニングと認定 wrote:
> 4月1日にお送りした統合内容のご確認について、現時点でご返信をいただいておりません。
> 本メールにご返信いただければ、ケースは引き続きオープンのままとなります。
>
>> アカウント #2 をアカウント #1 に統合する形でよろしいでしょうか。
>> 統合後は元に戻すことができませんので、内容をご確認のうえ、ご返信のほどよろしくお願いいたします。
""", "iso-2022-jp", "7bit"),
    note="Japanese confirmation by the user, ISO-2022-JP, top-posted over quoted closing notice and request; ください addressed to support.")

m_h_res = mid("hres", "amazon.com")
add(("resolved", False, H, []),
    frm=("AWS トレーニングと認定", TC), to=ME, subject="RE:[CASE %s] %s" % (H, TC_SUBJ), date=dt("2025-04-07 05:40"),
    msgid=m_h_res, irt=m_h_ok, refs=" ".join([m_h_ack, m_h_conf, m_h_close, m_h_ok]),
    body=plain("""石黒 様

田中でございます。
ご確認いただきありがとうございました。アカウント #2 をアカウント #1 へ統合いたしました。
Credly のバッジにつきましても、24時間以内に反映される見込みでございます。
お客様にて追加でご対応いただく必要はございません。

その他ご不明な点がございましたら、お気軽に本メールにご返信くださいませ。

田中
AWS トレーニングと認定

-----Original Message-----
From: 石黒 健太 <kenta.ishiguro87@gmail.com>
Sent: Friday, April 4, 2025 3:30 AM
Subject: Re: RE:[CASE %s] %s

内容を確認しました。アカウント #2 をアカウント #1 に統合してください。

> アカウント #2 をアカウント #1 に統合する形でよろしいでしょうか。
> 内容をご確認のうえ、ご返信のほどよろしくお願いいたします。
""" % (H, TC_SUBJ), "utf-8", "base64"),
    note="Japanese resolution quoting the user's ください and the old request; ご不明な点がございましたら…ご返信くださいませ is conditional.")

add(("badge", False, None, []),
    frm=("Credly", "admin@credly.com"), to=ME,
    subject="Your badges from Amazon Web Services Training and Certification have been updated", date=dt("2025-04-07 20:15"),
    body=html("""<html><body>
<p>Hi Kenta,</p>
<p>The following badges issued by <b>Amazon Web Services Training and Certification</b> are now linked to your Credly account:</p>
<table border="0" cellpadding="4"><tr><td>AWS Certified Solutions Architect &ndash; Associate</td><td>Active</td></tr>
<tr><td>AWS Certified Developer &ndash; Associate</td><td>Active</td></tr></table>
<p>Make sure your profile is up to date and share your achievements.</p>
</body></html>""", "utf-8", "quoted-printable"),
    note="HTML-only Credly update with a table, following the second merge.")

add(("survey", False, H, []),
    frm=("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), to=ME,
    subject="サポートに関するアンケートご協力のお願い（ケース %s）" % H, date=dt("2025-04-08 03:00"),
    body=alt("""石黒 健太 様

先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分ほどです。

アンケートに回答する: https://survey.aws.amazon.com/s/tc?case=%s&lang=ja

今後のサービス向上のため、ご意見をお待ちしております。""" % (H, H), tohtml("""石黒 健太 様

ケース %s の対応について、簡単なアンケートにご協力いただけますでしょうか。

アンケートに回答する""" % H), cte_t="base64", cte_h="base64"),
    note="Japanese survey using the same keigo request form as a real ask (ご協力いただけますでしょうか).")

add(("unrelated", False, None, []),
    frm=("AWS", "no-reply@login.awsapps.com"), to=ME, subject="AWS Builder ID sign-in verification code", date=dt("2025-04-08 07:44"),
    body=plain("""Hello,

Someone is trying to sign in to your AWS Builder ID. Use this code to continue:

418026

If this wasn't you, reset your password immediately.

Amazon Web Services"""),
    note="Sign-in code from login.awsapps.com (6 digits), security imperative.")

m_e_res = mid("eres", "amazon.com")
txt = """Hello,

Thank you for reopening the case and for the verification details you provided in the Support Center.

The root user e-mail for account 473829104455 has been changed to kenta.ishiguro87@gmail.com. You can now sign in as root with the new address and your existing password. I recommend reviewing your MFA devices while you're there.

This case is now resolved.

Best regards,
Naomi K.
Amazon Web Services""" + FEEDBACK + CONSOLE_FOOT % E
add(("resolved", False, E, []),
    frm=("Amazon Web Services", CONSOLE), to=ME, subject="RE:[CASE %s] Cannot change root user email for my personal account" % E,
    date=dt("2025-04-09 06:12"), msgid=m_e_res, irt=m_e_close, refs=" ".join([m_e_ack, m_e_info, m_e_close]),
    body=alt(txt, tohtml(txt), cte_t="quoted-printable", cte_h="base64"),
    note="Console case resolved after a reopen done in the console; recommendation and 'Please share your experience' footer are not asks.")

add(("unrelated", False, None, []),
    frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME,
    subject="Amazon.co.jp ご注文の商品を発送しました", date=dt("2025-04-10 02:20"),
    body=plain("""石黒 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせいたします。

注文番号: 250-3981724-6610258
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集

お届け予定: 4月11日(金)

配送状況の確認は、注文履歴からお願いいたします。""", "shift_jis", "quoted-printable"),
    note="Amazon retail (amazon.co.jp) shipping notice in Shift_JIS/QP; Amazon brand and 'AWS認定' in the item.")

m_b_late = mid("blate", "amazon.com")
add(("resolved", False, B, []),
    frm=(TC_NAME, TC), to=ME, subject="RE:[CASE %s] %s" % (B, TC_SUBJ), date=dt("2025-04-10 05:00"),
    msgid=m_b_late, irt=m_b_upd, refs=m_b_ack + " " + m_b_upd,
    body=plain("""Hello,

Our earlier messages on this case went to k-ishiguro@nishikaze-tech.co.jp, which now
returns mail as undeliverable, so we are writing to the address used on case %s.

Because the request in this case was completed under case %s, we are now marking
case %s as resolved. No action is needed from you.

AWS Training and Certification""" % (A, A, B), "us-ascii", "7bit"),
    note="Duplicate case formally resolved, arriving at the personal address although the case was opened from the company one; names the other case twice before its own.")

add(("unrelated", False, None, []),
    frm=("postmaster@nishikaze-tech.co.jp", "postmaster@nishikaze-tech.co.jp"), to=ME,
    subject="Undeliverable: RE: [CASE %s] %s" % (A, TC_SUBJ), date=dt("2025-04-10 14:10", JST), authres=False,
    body=plain("""Delivery has failed to these recipients or groups:

k-ishiguro@nishikaze-tech.co.jp
The email address you entered couldn't be found. The mailbox may have been removed.

Diagnostic information for administrators:
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
From: Kenta Ishiguro <kenta.ishiguro87@gmail.com>
Subject: RE: [CASE %s] %s
""" % (A, TC_SUBJ)),
    note="Bounce from the closed company mailbox when the user CC'd it; case ID in subject only.")

add(("certification", False, None, [CID_NEW]),
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subject="Congratulations on recertifying your AWS Certification!", date=dt("2025-04-20 08:30"),
    body=alt("""Congratulations, Kenta!

You have successfully recertified your AWS Certified Solutions Architect certification.
Your new expiration date is April 19, 2028.

Candidate ID: AWS09923157

Tell us how we did: we'd appreciate two minutes of your time to answer a short survey
about your recertification experience.

AWS Certification""", tohtml("""Congratulations, Kenta!

You have successfully recertified your AWS Certified Solutions Architect certification.

Candidate ID: AWS09923157

Tell us how we did: we'd appreciate two minutes of your time to answer a short survey.""")),
    note="Recertification notice with a survey-like footer; not the survey kind, it is a certification notice.")

add(("badge", False, None, []),
    frm=("Credly", "admin@credly.com"), to=ME,
    subject="Kenta, you earned a new badge!", date=dt("2025-04-20 12:00"),
    body=plain("""Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Professional

Accept it here: https://www.credly.com/earner/earned/badge/e4d8a1f0-2b9c-4a61-8d3e-77c5f0b9a124
Accept it within 30 days to make sure it appears on your profile.

Credly""", "utf-8", "base64"),
    note="Credly badge with a deadline-style 'Accept it within 30 days', base64.")



README_HEAD = """# blind-92: held-out corpus (written blind)

Owner: Kenta Ishiguro (石黒 健太). Personal address (Gmail, Authentication-Results from
mx.google.com) and old company address (Exchange Online; mailbox closed after 2025-03-14).
Files: `NNN-mail.eml` + `NNN-mail.json`, in arrival order. Regenerate with `python3 gen.py`.

## Cases
| case | digits | channel | story |
|---|---|---|---|
| 8402917365 | 10 | T&C form, company address (2021) | name correction: ack -> info request -> closing notice -> reply -> resolved -> survey |
| 12891734560 | 11 | console Support Center (2023) | voucher: ack -> info request (answer in Support Center) -> Japanese closing notice -> update -> resolved -> survey |
| 174159871200347 | 15 | T&C form, personal address (2025) | the merge: ack -> APN hold (asks) -> reply from wrong address -> write-from-right-address request -> reply threaded only by In-Reply-To -> confirmation (HTML table) -> closing notice -> "Confirmed" -> merged -> reopened by user -> Japanese update -> info request (voucher code) -> reply -> resolved |
| 174160233900812 | 15 | T&C form, company address | duplicate submission of the merge: ack (ISO-2022-JP) -> linked to the main case -> forwarded by owner -> resolved (sent to personal address) |
| 174263331800921 | 15 | console Support Center | root e-mail change: ack -> info request -> auto-closed for no answer (closing notice) -> resolved |
| 174298811200064 | 15 | T&C form, Japanese agent | duplicate account / Credly: ack (Shift_JIS) -> keigo info request -> reply with candidate IDs -> hold without ask -> Japanese confirmation -> closing notice -> reply -> resolved -> survey |

Numbers that are not cases: 12-digit AWS account IDs (318273645501, 473829104455, 604218837201),
9-digit Pearson VUE registration IDs (412873650, 217364958, 508163294), 6-digit codes, a
lookalike case number one digit off (174159871200348), other vendors' request numbers.
Candidate IDs: AWS04418273 (company account), AWS09923157 (personal), AWS10028834 (accidental third).
"""


def main():
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(OUT, f))
    for i, (raw, label, note, subj) in enumerate(MESSAGES, 1):
        base = os.path.join(OUT, "%03d-mail" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    kinds = {}
    for _, lab, _, _ in MESSAGES:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    nr = sum(lab["needs_reply"] for _, lab, _, _ in MESSAGES)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("me: %s %s\n\n" % (ME, CO))
        fh.write(README_HEAD)
        fh.write("\n%d messages; needs_reply true: %d. Per kind: %s\n\n" % (
            len(MESSAGES), nr, ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
        fh.write("| # | kind | reply | case | subject | what makes it hard |\n|---|---|---|---|---|---|\n")
        for i, (raw, label, note, subj) in enumerate(MESSAGES, 1):
            fh.write("| %03d | %s | %s | %s | %s | %s |\n" % (i, label["kind"], "yes" if label["needs_reply"] else "no",
                     label["case"] or "-", subj.replace("|", "/")[:80], note.replace("|", "/")))
    print("wrote", len(MESSAGES), "messages")


if __name__ == "__main__":
    main()
