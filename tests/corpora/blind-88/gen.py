#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-msg.eml / NNN-msg.json (and README.md) next to this script."""
import base64, datetime, hashlib, json, os, quopri, re
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "ryo.tachibana.84@gmail.com"
CO = "r-tachibana@kairos-sol.co.jp"
ME_NAME = "Ryo Tachibana"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "7712094385"        # 2021 form case, 10 digits
B = "12840567391"       # 2023 console case, 11 digits
M = "174046211800392"   # 2025 main merge case, 15 digits
D = "174046598200117"   # 2025 duplicate form submission
K = "174511903400875"   # 2025 Japanese voucher follow-up
E = "174921466300582"   # 2025 console case, auto-resolved

CID_OLD = "AWS05512873"   # company certification account
CID_DUP = "AWS09921456"   # 2021 duplicate profile
CID_NEW = "AWS13370958"   # personal certification account

def tc_subj(c, sp=""):
    return f"RE:{sp}[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- helpers
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def date(s, tz="+0000"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{WD[d.weekday()]}, {d.day:02d} {MO[d.month-1]} {d.year} {s[11:]} {tz}"

def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return f'"{name}" <{a}>' if any(ch in name for ch in ",.()") else f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{a}>"

def mid(n, dom):
    h = hashlib.sha1(f"blind88-{n}".encode()).hexdigest()
    if dom == "ses":
        return f"<0100{h[:12]}-{h[12:20]}-{h[20:24]}-{h[24:28]}-{h[28:40]}-000000@email.amazonses.com>"
    if dom == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h)).decode().rstrip('=').replace('/', 'x')}@mail.gmail.com>"
    if dom == "outlook":
        return f"<TYCPR01MB{h[:4].upper()}{h[4:8].upper()}{h[8:16].upper()}@TYCPR01MB{h[16:20].upper()}.jpnprd01.prod.outlook.com>"
    return f"<{h[:20]}.{h[20:30]}@{dom}>"

def part(ctype, text, cs="utf-8", cte="quoted-printable"):
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte in ("7bit", "8bit"):
        body = raw
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [f"Content-Type: {ctype}; charset=\"{cs}\"", f"Content-Transfer-Encoding: {cte}"]
    return hdrs, body

def auth(to, dom, result="pass", mailfrom=None, ip="54.240.27.41"):
    mailfrom = mailfrom or f"bounces.{dom}"
    if to == CO:
        if result == "pass":
            return (f"spf=pass (sender IP is {ip}) smtp.mailfrom={mailfrom}; dkim=pass (signature was verified)\n"
                    f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass reason=100")
        return (f"spf=fail (sender IP is {ip}) smtp.mailfrom={mailfrom}; dkim=fail (body hash did not verify)\n"
                f" header.d={dom};dmarc=fail action=quarantine header.from={dom};compauth=fail reason=000")
    if result == "pass":
        return (f"mx.google.com;\n       dkim=pass header.i=@{dom} header.s=s1 header.b=Qm8xTz4r;\n"
                f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return (f"mx.google.com;\n       dkim=fail header.i=@{dom} header.s=s1 header.b=Qm8xTz4r;\n"
            f"       spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}")

MSGS = []
IDS = {}

def add(label, note, frm, to, subject, date_s, body, *, cc=None, reply_to=None, irt=None, refs=None,
        msgid_dom="ses", auth_res=None, crlf=False, subj_cs="utf-8", extra=None):
    """body: ('plain'|'html', text, cs, cte) or ('alt', plain, html, cs, cte) or ('raw', headers, bytes)"""
    n = len(MSGS) + 1
    m_id = mid(n, msgid_dom)
    IDS[n] = m_id
    h = []
    if auth_res:
        h.append(f"Authentication-Results: {auth_res}")
    h += [f"From: {frm}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h += [f"Subject: {enc_hdr(subject, subj_cs)}", f"Date: {date_s}", f"Message-ID: {m_id}"]
    if irt:
        h.append(f"In-Reply-To: {IDS[irt]}")
    if refs:
        h.append("References: " + "\n ".join(IDS[r] for r in refs))
    h += extra or []
    h.append("MIME-Version: 1.0")
    kind = body[0]
    if kind in ("plain", "html"):
        ph, pb = part(f"text/{kind}", body[1], body[2], body[3])
        h += ph
        raw = ("\n".join(h) + "\n\n").encode("ascii") + pb
    elif kind == "alt":
        _, ptxt, html, cs, cte = body
        bnd = "----=_Part_" + hashlib.md5(f"b{n}".encode()).hexdigest()[:20]
        h.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
        out = ("\n".join(h) + "\n\n").encode("ascii")
        for t, txt in (("text/plain", ptxt), ("text/html", html)):
            ph, pb = part(t, txt, cs, cte)
            out += f"--{bnd}\n".encode() + ("\n".join(ph) + "\n\n").encode() + pb
        out += f"--{bnd}--\n".encode()
        raw = out
    elif kind == "raw":
        h += body[1]
        raw = ("\n".join(h) + "\n\n").encode("ascii") + body[2]
    else:
        raise ValueError(kind)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((n, raw, label, note))
    return n

def L(kind, needs=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}

def q(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))

def outlook_hdr(frm, sent, to, subj):
    return f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n"

def outlook_hdr_ja(frm, sent, to, subj):
    return f"差出人: {frm}\n送信日時: {sent}\n宛先: {to}\n件名: {subj}\n"

TC_FROM = addr("Amazon Web Services", FORM)
TC_FROM2 = addr("AWS Training and Certification", FORM)
AWS_CON = addr("Amazon Web Services", CONSOLE)
ME_A = addr(ME_NAME, ME)
CO_A = addr("Tachibana Ryo", CO)
CO_AJ = addr("立花 亮", CO, "iso-2022-jp")

# ====================================================================== 2021
# 1 Pearson VUE appointment (unrelated)
pv_txt = """Dear Ryo Tachibana,

Thank you for scheduling your exam with Pearson VUE. Please review the details
below and keep this email for your records.

Exam: DVA-C01 AWS Certified Developer - Associate
Registration ID: 318204775
Date: Thursday, May 27, 2021
Time: 14:30 JST
Delivery: OnVUE online proctored

Please check in 30 minutes before your appointment and run the system test on
the computer you will use. To reschedule or cancel, sign in to your Pearson VUE
account at least 24 hours before the appointment.

Pearson VUE Customer Service
This is an automated message; replies to this address are not monitored.
"""
pv_html = "<html><body><p>Dear Ryo Tachibana,</p><p>Thank you for scheduling your exam with Pearson VUE.</p><table border='1' cellpadding='4'><tr><td>Exam</td><td>DVA-C01 AWS Certified Developer - Associate</td></tr><tr><td>Registration ID</td><td>318204775</td></tr><tr><td>Date</td><td>Thursday, May 27, 2021 14:30 JST</td></tr></table><p>Please check in 30 minutes before your appointment.</p><p>Pearson VUE Customer Service</p></body></html>"
add(L("unrelated"), "Exam-vendor appointment mail: imperative 'please review/check in', 9-digit registration ID that is not a case number.",
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), CO_A,
    "Pearson VUE Confirmation of Booking - AWS Certified Developer - Associate", date("2021-05-18 03:12:40"),
    ("alt", pv_txt, pv_html, "utf-8", "quoted-printable"), msgid_dom="pearson.com",
    auth_res=auth(CO, "pearson.com", mailfrom="bounce.pearson.com"))

# 2 certmetrics congrats (certification)
add(L("certification", cands=[CID_OLD]), "Certification notice (HTML only) carrying a candidate ID; 'next steps' list reads like instructions.",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), CO_A,
    "Congratulations, you are now AWS Certified!", date("2021-06-03 09:40:11"),
    ("html", f"""<html><body>
<p>Hello Ryo,</p>
<p>Congratulations! You have successfully completed the <b>AWS Certified Developer - Associate</b> exam.</p>
<table cellpadding="3"><tr><td>Candidate ID</td><td>{CID_OLD}</td></tr>
<tr><td>Validation number</td><td>8QZ1LK3CF2E4Q7S3</td></tr>
<tr><td>Valid through</td><td>June 3, 2024</td></tr></table>
<p>Next steps: log in to your AWS Certification Account to download your certificate, and watch for an
email from Credly with your digital badge.</p>
<p>AWS Training and Certification</p></body></html>""", "utf-8", "quoted-printable"),
    msgid_dom="certmetrics.com", auth_res=auth(CO, "certmetrics.com"))

# 3 Acclaim badge (badge)
add(L("badge"), "Old-style Acclaim badge mail; 'Accept your badge' is a call to action but not a reply to support.",
    addr("Credly (Acclaim)", "admin@youracclaim.com"), CO_A,
    "Ryo, you've earned a badge from Amazon Web Services Training and Certification", date("2021-06-04 16:02:55"),
    ("alt", """Congratulations Ryo!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn and other networks:
https://www.youracclaim.com/earner/earned/badge/9c1d6a4e-2b7f-4b8e-9d2a-61e6f0c8b5a1

Questions? Visit support.youracclaim.com
""", """<html><body><h2>Congratulations Ryo!</h2><p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Developer - Associate</b></p><p><a href="https://www.youracclaim.com/earner/earned/badge/9c1d6a4e-2b7f-4b8e-9d2a-61e6f0c8b5a1">Accept your badge</a></p></body></html>""",
     "utf-8", "7bit"), msgid_dom="youracclaim.com", auth_res=auth(CO, "youracclaim.com"))

# 4 ack A
n_ackA = add(L("acknowledgement", case=A), "Form-case acknowledgement, 10-digit case; echoes the submitted form; 'reply to this email' only as an option.",
    TC_FROM, CO_A, tc_subj(A), date("2021-06-21 02:31:07"),
    ("plain", f"""Hello,

We have received your request and a case has been created for it.

Case ID: {A}

Someone from the AWS Training and Certification team will get back to you,
normally within 24 hours. Opening another case about the same issue will only
delay our response, so please keep all correspondence on this one. You can add
information at any time by replying to this message.

The details of your submission:
Inquiry type: Certification
Additional detail: Account Merge
Description: My Credly badge for Developer Associate is not visible. I think I
created a second certification account by mistake with the same email address.
Please combine them.

Best regards,
AWS Training and Certification Customer Service
""", "utf-8", "7bit"), auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 5 info_request A
n_infoA = add(L("info_request", True, A), "Short request without 'please' or '?': 'We need both candidate IDs' after an explanation.",
    TC_FROM, CO_A, tc_subj(A), date("2021-06-23 18:45:30"),
    ("plain", f"""Hi Ryo,

Thanks for reaching out. I searched our records with the email address you
gave and I can see more than one certification profile, but I can't tell from
here which of them holds the Developer - Associate result.

We need the candidate ID of each profile before anything can be combined. It
is shown in the top right corner after you sign in to the AWS Certification
Account, and it starts with "AWS" followed by eight digits.

Regards,
Mariela
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"), auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 6 user reply A (Outlook)
n_repA = add(L("user_reply", case=A, cands=[CID_OLD, CID_DUP]), "User reply from company address, Outlook quoting the request below; gives two candidate IDs.",
    CO_A, TC_FROM, tc_subj(A), date("2021-06-24 09:12:44", "+0900"),
    ("plain", f"""Hi Mariela,

Thank you. The two candidate IDs are:
{CID_OLD} (this one has the Developer - Associate exam)
{CID_DUP} (created by mistake last month)

Best regards,
Ryo Tachibana
Kairos Solutions K.K.

{outlook_hdr("Amazon Web Services <" + FORM + ">", "Thursday, June 24, 2021 3:45 AM", "Tachibana Ryo <" + CO + ">", tc_subj(A))}
Hi Ryo,

Thanks for reaching out. I searched our records with the email address you
gave and I can see more than one certification profile, but I can't tell from
here which of them holds the Developer - Associate result.

We need the candidate ID of each profile before anything can be combined.
""", "utf-8", "quoted-printable"), irt=n_infoA, refs=[n_ackA, n_infoA], msgid_dom="outlook",
    extra=["Thread-Topic: [CASE 7712094385] [AWS Training and Certification Form Submission] - account-assistance", "X-MS-Has-Attach:"])

# 7 case update A
add(L("case_update", case=A, cands=[CID_OLD, CID_DUP]), "Progress note with no ask; mentions a colleague 'will reach out' (future, not a request).",
    TC_FROM, CO_A, tc_subj(A), date("2021-06-24 21:03:15"),
    ("plain", f"""Hello Ryo,

Thank you for the IDs. I located both profiles ({CID_OLD} and {CID_DUP}) and
passed them to our records team, who handle the actual consolidation. One of
them will write to you with a summary of both profiles before anything is
changed.

Kind regards,
Mariela
AWS Training and Certification Customer Service
""", "utf-8", "7bit"), irt=n_repA, refs=[n_ackA, n_infoA, n_repA], auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 8 confirmation request A (HTML only, table)
n_confA = add(L("confirmation_request", True, A, [CID_OLD, CID_DUP]), "HTML-only, accounts in a table; the ask is a bare question after the table, no 'please'.",
    TC_FROM, CO_A, tc_subj(A), date("2021-06-25 14:20:09"),
    ("html", f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Hello Ryo,</p>
<p>My name is Dev and I work with the certification records team. These are the two profiles we found:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{CID_OLD}</td><td>{CID_DUP}</td></tr>
<tr><td>Login email</td><td>{CO}</td><td>{CO}</td></tr>
<tr><td>Training notification email</td><td>{CO}</td><td>{CO}</td></tr>
<tr><td>Certification notification email</td><td>{CO}</td><td>{CO}</td></tr>
<tr><td>Certifications</td><td>AWS Certified Developer - Associate</td><td>none</td></tr>
</table>
<p>Once combined, only one profile remains and the other is deactivated permanently.</p>
<p>Shall we keep Account #1 and fold Account #2 into it?</p>
<p>Thanks,<br>Dev<br>AWS Training and Certification</p>
</body></html>""", "utf-8", "quoted-printable"), auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 9 user reply A
n_repA2 = add(L("user_reply", case=A), "One-line user confirmation, top-posted above the quoted table text (Outlook).",
    CO_A, TC_FROM, tc_subj(A), date("2021-06-25 23:41:02", "+0900"),
    ("plain", f"""Yes, keep Account #1 and merge Account #2 into it. Thanks!

Ryo

{outlook_hdr("Amazon Web Services <" + FORM + ">", "Friday, June 25, 2021 11:20 PM", "Tachibana Ryo <" + CO + ">", tc_subj(A))}
Hello Ryo,
My name is Dev and I work with the certification records team. These are the two profiles we found:
Account #1 {CID_OLD} / Account #2 {CID_DUP}
Shall we keep Account #1 and fold Account #2 into it?
""", "utf-8", "7bit"), irt=n_confA, refs=[n_ackA, n_confA], msgid_dom="outlook")

# 10 resolved A
n_resA = add(L("resolved", case=A, cands=[CID_OLD]), "Completion that quotes the earlier confirmation question; 'reply if you have questions' is only conditional.",
    TC_FROM, CO_A, tc_subj(A), date("2021-06-26 05:10:48"),
    ("plain", f"""Hi Ryo,

Done - the duplicate profile has been folded into {CID_OLD}, which now holds
your full exam history. Your Credly badge should show up again within a day.
There is nothing more you need to do on this case.

Should any other question come up, feel free to reply to this email.

Dev
AWS Training and Certification

-----Original Message-----
From: Tachibana Ryo <{CO}>
Sent: Friday, June 25, 2021 2:41 PM
Subject: {tc_subj(A)}

Yes, keep Account #1 and merge Account #2 into it. Thanks!

> Shall we keep Account #1 and fold Account #2 into it?
""", "utf-8", "quoted-printable"), irt=n_repA2, refs=[n_ackA, n_confA, n_repA2], auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 11 survey A
add(L("survey", case=A), "Rating request for a closed case; has the case number and a 'click to answer' link.",
    addr("AWS Customer Service", "aws-cs-survey@amazon.com"), CO_A,
    f"How did we do? Your case {A}", date("2021-06-27 11:00:00"),
    ("alt", f"""Hello,

Your recent case {A} with AWS Training and Certification was marked as resolved.
Would you take one minute to tell us how it went?

How satisfied were you with the support you received?
Very satisfied  https://survey.aws.example-survey.amazon.com/r/{A}?s=5
Very dissatisfied  https://survey.aws.example-survey.amazon.com/r/{A}?s=1

Thank you,
AWS Customer Service
""", f"""<html><body><p>Your recent case {A} with AWS Training and Certification was marked as resolved.</p><p>How satisfied were you with the support you received?</p><table><tr><td><a href="#5">5</a></td><td><a href="#4">4</a></td><td><a href="#3">3</a></td><td><a href="#2">2</a></td><td><a href="#1">1</a></td></tr></table></body></html>""",
     "utf-8", "quoted-printable"), auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 12 billing 2021
add(L("unrelated"), "AWS billing mail; 12-digit account ID in brackets that must not be read as a case.",
    addr("Amazon Web Services", "aws-billing@amazon.com"), CO_A,
    "Amazon Web Services Billing Statement Available [Account: 480213377645]", date("2021-09-02 22:14:31"),
    ("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 412.87

[AWS ID 480213377645]

You can see a complete break down of all charges on the Billing & Cost Management page.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", "utf-8", "7bit"), auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"), crlf=True)

# ====================================================================== 2023
# 13 Builder ID code
add(L("unrelated"), "Builder ID verification code; 6-digit code, 'enter this code' imperative.",
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_A,
    "Verify your AWS Builder ID email address", date("2023-03-02 11:48:20"),
    ("alt", """Verify your AWS Builder ID email address

Verification code: 482913

This code expires 30 minutes after it was sent. If you did not try to create an
AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", """<html><body><h3>Verify your AWS Builder ID email address</h3><p>Verification code:</p><p style="font-size:28px"><b>482913</b></p><p>This code expires 30 minutes after it was sent.</p></body></html>""",
     "utf-8", "quoted-printable"), auth_res=auth(ME, "signin.aws", mailfrom="amazonses.com"))

# 14 certification expiry
add(L("certification", cands=[CID_OLD]), "Recertification reminder with 'take action' wording and a candidate ID; not a support request.",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), CO_A,
    "Action needed: your AWS Certification expires in 90 days", date("2023-03-06 07:15:02"),
    ("plain", f"""Hello Ryo Tachibana ({CID_OLD}),

Your AWS Certified Developer - Associate certification will expire on June 3, 2024.
To keep your certification active, pass the current version of the exam or a
higher-level exam before that date. A 50% discount voucher for your next exam is
available in the Benefits section of your AWS Certification Account.

Regards,
AWS Certification
Do not reply to this message. This mailbox is not monitored.
""", "utf-8", "7bit"), msgid_dom="certmetrics.com", auth_res=auth(CO, "certmetrics.com"))

# 15 console ack B
n_ackB = add(L("acknowledgement", case=B), "Console 'New Support case' mail, 11-digit case plus a 12-digit account ID; no-reply footer.",
    AWS_CON, CO_A, f"Amazon Web Services: New Support case: {B}", date("2023-03-14 04:27:51"),
    ("plain", f"""Dear AWS Customer,

Thank you for opening a new case. Details are below.

Case ID: {B}
Subject: Certification profile linked to wrong partner organization
Severity: General guidance
Correspondence: Our employees' certification accounts are being linked to our
old partner profile. Could someone check which organization we are attached to?

[AWS ID 480213377645]

To view the case or add a comment, use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""", "utf-8", "quoted-printable"), auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"), crlf=True)

CON_FOOT = f"""
Your feedback helps us improve. Tell us how we did by rating this correspondence, and any others on the case, with the stars at its top right in the AWS Support Center.

Best regards,
Amazon Web Services

===================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={{case}}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
===================================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
"""

# 16 console info request B
n_infoB = add(L("info_request", True, B), "Console case request ('we'd need ...'); must be answered in Support Center; survey-like footer below.",
    AWS_CON, CO_A, f"RE:[CASE {B}] Certification profile linked to wrong partner organization", date("2023-03-15 08:02:19"),
    ("alt", f"""Hello,

Thank you for contacting AWS Support. My name is Shreya and I'll be helping you with this case.

Partner associations for certification accounts are managed by a separate team, and they
only act on requests that identify the account precisely. To raise this with them we'd need
the candidate ID of the affected certification account and the legal name of the partner
organization exactly as it appears in AWS Partner Central. You can add both to this case
from the Support Center.
""" + CON_FOOT.format(case=B),
     f"""<html><body><p>Hello,</p><p>Thank you for contacting AWS Support. My name is Shreya and I'll be helping you with this case.</p>
<p>Partner associations for certification accounts are managed by a separate team, and they only act on requests that identify the account precisely. To raise this with them we'd need the candidate ID of the affected certification account and the legal name of the partner organization exactly as it appears in AWS Partner Central. You can add both to this case from the Support Center.</p>
<p>Your feedback helps us improve. Tell us how we did by rating this correspondence with the stars in the AWS Support Center.</p>
<p>Best regards,<br>Amazon Web Services</p><hr><p>To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={B}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={B}</a></p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""",
     "utf-8", "quoted-printable"), irt=n_ackB, refs=[n_ackB], auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 17 GitHub merged
add(L("unrelated"), "GitHub notification saying a pull request was merged; the word 'merged' and 'account' appear.",
    addr("Daichi Mori", "notifications@github.com"), addr("kairos/infra-terraform", "infra-terraform@noreply.github.com"),
    "Re: [kairos/infra-terraform] Merge sandbox account IAM roles into shared module (PR #412)", date("2023-03-16 02:33:09"),
    ("plain", """Merged #412 into main.

@rtachibana could you check that the sandbox account plan still applies cleanly
before Friday?

--
Reply to this email directly, view it on GitHub:
https://github.com/kairos/infra-terraform/pull/412#event-8812230417
You are receiving this because you were mentioned.
""", "utf-8", "7bit"), msgid_dom="github.com", auth_res=auth(CO, "github.com"),
    extra=[f"Cc: {CO_A}", "List-ID: kairos/infra-terraform <infra-terraform.kairos.github.com>", "X-GitHub-Reason: mention"])

# 18 console closing notice B
add(L("closing_notice", True, B), "Console case will auto-resolve unless answered in Support Center; phrased as 'has your issue been resolved?'.",
    AWS_CON, CO_A, f"RE:[CASE {B}] Certification profile linked to wrong partner organization", date("2023-03-20 09:30:44"),
    ("plain", f"""Hello,

We haven't heard back from you since our last correspondence on this case. Has your
issue been resolved? If we don't receive a response within the next 3 business days,
this case will be resolved automatically. If you still need our help, just add a
reply to the case in the Support Center before then and it will stay open.
""" + CON_FOOT.format(case=B), "utf-8", "quoted-printable"), irt=n_infoB, refs=[n_ackB, n_infoB],
    auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 19 console resolved B
add(L("resolved", case=B), "Console resolution with the rating footer ('Tell us how we did') - no reply needed.",
    AWS_CON, CO_A, f"RE:[CASE {B}] Certification profile linked to wrong partner organization", date("2023-03-22 13:11:27"),
    ("plain", f"""Hello Ryo,

Thanks for adding the details in the Support Center. The partner team has moved the
certification account to the correct organization, Kairos Solutions K.K.; the change is
already visible in Partner Central. I'm marking this case as resolved.
""" + CON_FOOT.format(case=B), "utf-8", "quoted-printable"), irt=n_infoB, refs=[n_ackB, n_infoB],
    auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 20 Jira (unrelated, internal ask)
add(L("unrelated"), "Internal Jira comment with a direct ask to the owner about 'which account should be kept' - not support mail.",
    addr("Yui Hasegawa (Jira)", "jira@kairos-sol.atlassian.net"), CO_A,
    "[JIRA] (OPS-2231) Clean up duplicate AWS accounts before audit", date("2023-03-23 06:45:10"),
    ("plain", """Yui Hasegawa commented on OPS-2231
Clean up duplicate AWS accounts before audit

@Ryo Tachibana please confirm which of the two sandbox accounts should be kept
(480213377645 or 480213377901). I'll close the other one once you reply here.

View this comment: https://kairos-sol.atlassian.net/browse/OPS-2231?focusedCommentId=55120
""", "utf-8", "7bit"), msgid_dom="Atlassian.JIRA", auth_res=auth(CO, "kairos-sol.atlassian.net", mailfrom="bounce.atlassian.net"))

# 21 Japanese marketing
add(L("unrelated"), "Japanese AWS marketing with '登録してください'-style calls to action; real amazon.com sender.",
    addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com", "utf-8"), CO_A,
    "【AWS Summit Tokyo】事前登録受付中 - 認定者ラウンジのご案内", date("2023-05-10 01:00:03"),
    ("alt", """立花 亮 様

AWS Summit Tokyo の事前登録を受け付けております。
AWS 認定資格をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。
入場の際は認定アカウントに登録のメールアドレスでご登録ください。

▼ 事前登録はこちら
https://aws.amazon.com/jp/summits/tokyo/

配信停止をご希望の場合は、以下のリンクから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
""", """<html><body><p>立花 亮 様</p><p>AWS Summit Tokyo の事前登録を受け付けております。</p><p>AWS 認定資格をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。</p><p><a href="https://aws.amazon.com/jp/summits/tokyo/">事前登録はこちら</a></p></body></html>""",
     "utf-8", "quoted-printable"), subj_cs="utf-8", auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 22 Credly badge 2023
add(L("badge"), "Credly mail with 'claim'/'share' calls to action.",
    addr("Credly", "admin@credly.com"), CO_A,
    "Your new badge from Amazon Web Services Training and Certification is ready", date("2023-06-12 15:22:37"),
    ("alt", """Hi Ryo,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Claim it and add it to your profile:
https://www.credly.com/badges/3f0c2a77-1d6e-4b19-a8c2-4f7e9b0d2c61/accept

The Credly Team
""", """<html><body><p>Hi Ryo,</p><p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect - Associate</b></p><p><a href="https://www.credly.com/badges/3f0c2a77-1d6e-4b19-a8c2-4f7e9b0d2c61/accept">Claim your badge</a></p></body></html>""",
     "utf-8", "base64"), msgid_dom="credly.com", auth_res=auth(CO, "credly.com"))

# ====================================================================== 2025
# 23 certmetrics wants to hear from you
add(L("certification"), "Program feedback invitation from certmetrics: 'share your feedback' looks like a survey/request.",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), CO_A,
    "AWS Certification wants to hear from you", date("2025-01-20 17:05:44"),
    ("html", """<html><body><p>Hello Ryo,</p>
<p>As someone who holds an AWS Certification, your view of the program matters to us. We are running a short
questionnaire (about 10 minutes) on how you prepare for exams and how you use your certification at work.</p>
<p><a href="https://certmetrics.com/amazon/survey/2025q1">Share your feedback</a></p>
<p>Participation is voluntary. Thank you,<br>AWS Certification</p></body></html>""", "utf-8", "quoted-printable"),
    msgid_dom="certmetrics.com", auth_res=auth(CO, "certmetrics.com"))

# 24 Japanese newsletter
add(L("unrelated"), "Japanese tech newsletter whose article titles talk about merging certification accounts and replying to support.",
    addr("クラウド技術ウィークリー", "newsletter@cloudweekly.jp", "utf-8"), ME_A,
    "週刊クラウド技術まとめ 第213号：転職時のAWS認定アカウント統合ほか", date("2025-02-10 23:00:00", "+0900"),
    ("plain", """━━━━━━━━━━━━━━━━━━━━
週刊クラウド技術まとめ 第213号
━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
1. 転職前にやっておきたい AWS 認定アカウントの統合
   サポートから確認メールが届いたら、統合先を確かめて返信するだけ。
   退職日の前に済ませておくのがおすすめです。
2. Amazon Bedrock の新機能まとめ
3. Terraform 1.10 で変わったこと

■ 読者アンケートのお願い
今後の記事テーマについてご意見をお寄せください。

配信停止: https://cloudweekly.jp/unsubscribe
""", "utf-8", "8bit"), msgid_dom="cloudweekly.jp", auth_res=auth(ME, "cloudweekly.jp"))

# 25 Builder ID code JP
add(L("unrelated"), "Japanese Builder ID code mail (base64), 6-digit code.",
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_A,
    "AWS Builder ID のメールアドレスを確認してください", date("2025-02-24 12:03:18"),
    ("plain", """AWS Builder ID のメールアドレスを確認してください

確認コード: 735104

このコードは送信から 30 分後に有効期限が切れます。
AWS Builder ID の作成に心当たりがない場合は、このメールを無視してください。
""", "utf-8", "base64"), auth_res=auth(ME, "signin.aws", mailfrom="amazonses.com"))

# 26 aws.training welcome
add(L("unrelated"), "Training platform welcome mail; 'complete your profile' imperative; AWS sender but no case.",
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_A,
    "Welcome to AWS Skill Builder", date("2025-02-24 12:19:55"),
    ("alt", """Welcome, Ryo!

Your AWS Skill Builder account is ready. Complete your learner profile to get
course recommendations, and link your AWS Certification Account to see your
certifications in one place.

Start learning: https://skillbuilder.aws/
""", """<html><body><h2>Welcome, Ryo!</h2><p>Your AWS Skill Builder account is ready.</p><p>Complete your learner profile to get course recommendations.</p><p><a href="https://skillbuilder.aws/">Start learning</a></p></body></html>""",
     "utf-8", "quoted-printable"), auth_res=auth(ME, "aws.training", mailfrom="amazonses.com"))

# 27 Japanese ack M (ISO-2022-JP, to company)
n_ackM = add(L("acknowledgement", case=M), "Japanese acknowledgement in ISO-2022-JP; 15-digit case; 'ございましたら…ご返信ください' is conditional.",
    addr("Amazon Web Services", FORM), CO_A, tc_subj(M), date("2025-02-25 05:42:31"),
    ("plain", f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース {M} を作成いたしました。
担当者より通常24時間以内にご連絡いたします。

同じ内容のケースをすでにお持ちの場合は、新たなケースを作成せず、
既存のケースにてやり取りを続けてください。重複したケースは対応の遅れにつながります。

追加の情報がございましたら、本メールにそのままご返信ください。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
説明: I am leaving Kairos Solutions at the end of this month and would like to
merge my company certification account into my personal one.
Email on the company account: {CO}
Email to keep: {ME}

AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 28 ack D (duplicate, base64, personal)
n_ackD = add(L("acknowledgement", case=D), "Second acknowledgement for a duplicate form submission an hour later, base64, to the personal address.",
    TC_FROM, ME_A, tc_subj(D), date("2025-02-25 06:47:05"),
    ("plain", f"""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now
case {D}.

What happens next: a member of our team reviews each request in the order received and
will write back to this address, usually within one business day. Please avoid opening
additional cases for the same request.

If you have anything to add in the meantime, simply reply to this email.

AWS Training and Certification Customer Service
""", "utf-8", "base64"), auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 29 Japanese out-of-office from colleague
add(L("unrelated"), "Japanese Outlook out-of-office auto-reply from a colleague to an internal mail about the merge.",
    addr("長谷川 結衣", "y-hasegawa@kairos-sol.co.jp", "iso-2022-jp"), CO_AJ,
    "自動応答: 認定アカウントのパートナー紐付け解除について", date("2025-02-25 16:20:40", "+0900"),
    ("plain", """お疲れさまです。長谷川です。

2月25日(火)から2月27日(木)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は
パートナー推進室 (partner@kairos-sol.co.jp) までご連絡ください。

戻り次第、順次ご返信いたします。
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", msgid_dom="outlook",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# 30 on_hold M with ask (HTML only)
n_holdM = add(L("on_hold", True, M, [CID_OLD]), "APN hold in HTML-only mail with a table; the ask (confirm leaving + date) is buried after long explanation, phrased 'we need confirmation from you'.",
    TC_FROM, CO_A, tc_subj(M), date("2025-02-26 01:02:47"),
    ("html", f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Ryo,</p>
<p>Thank you for your patience while I reviewed your request. My name is Priya.</p>
<p>Before merging, I checked both certification accounts. The account registered with your company address is
associated with an organization in the AWS Partner Network:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Candidate ID</th><th>Login email</th><th>Partner organization</th><th>Status</th></tr>
<tr><td>{CID_OLD}</td><td>{CO}</td><td>Kairos Solutions K.K.</td><td>Active association</td></tr>
</table>
<p>Certifications held by people associated with a partner count toward that partner's program requirements, so
we don't move them out of a partner-linked account while the person is still employed there. Merging now would
also remove the certification from your employer's partner profile without notice, which partners have asked us
not to do.</p>
<p>For that reason I have put the merge on hold for now. To take it further we need confirmation from you that
your employment with Kairos Solutions is ending, together with your last working day. As soon as we have that,
I'll ask our partner team to release the association.</p>
<p>Best regards,<br>Priya<br>AWS Training and Certification Customer Service</p>
</body></html>""", "utf-8", "quoted-printable"), irt=n_ackM, refs=[n_ackM],
    cc=ME_A, auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"))

# 31 user reply M (company, Outlook, top-post over HTML-derived quote)
n_repM1 = add(L("user_reply", case=M), "User reply top-posted above the quoted hold request (Outlook 'From/Sent' block).",
    CO_A, TC_FROM, tc_subj(M), date("2025-02-26 10:31:12", "+0900"),
    ("alt", f"""Hello Priya,

Yes, I confirm that I am leaving Kairos Solutions. My last working day is
Friday, 7 March 2025, and this mailbox will be closed that evening.
From then on please use {ME}.

Best regards,
Ryo Tachibana

{outlook_hdr("Amazon Web Services <" + FORM + ">", "Wednesday, February 26, 2025 10:02 AM", "Tachibana Ryo <" + CO + ">", tc_subj(M))}
Hello Ryo,

Thank you for your patience while I reviewed your request. My name is Priya.
...
For that reason I have put the merge on hold for now. To take it further we need confirmation from you that
your employment with Kairos Solutions is ending, together with your last working day.
""", f"""<html><body><div>Hello Priya,</div><div>Yes, I confirm that I am leaving Kairos Solutions. My last working day is Friday, 7 March 2025, and this mailbox will be closed that evening. From then on please use {ME}.</div><div>Best regards,<br>Ryo Tachibana</div>
<hr><div id="divRplyFwdMsg"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> Wednesday, February 26, 2025 10:02 AM<br><b>Subject:</b> {tc_subj(M)}</div>
<div>For that reason I have put the merge on hold for now. To take it further we need confirmation from you that your employment with Kairos Solutions is ending, together with your last working day.</div></body></html>""",
     "utf-8", "quoted-printable"), irt=n_holdM, refs=[n_ackM, n_holdM], msgid_dom="outlook",
    extra=["Thread-Index: AQHbh2Zr4kq1x0pPQ0uWb7zZ1cR2Ag=="])

# 32 resolved D (duplicate closed)
add(L("resolved", case=D), "Duplicate case closed; mentions the other case number too; 'nothing you need to do'.",
    TC_FROM, ME_A, tc_subj(D), date("2025-02-26 03:40:19"),
    ("plain", f"""Hi Ryo,

It looks like this request was submitted twice. The first submission is already being
handled under case {M}, so I've closed this one ({D}) as a duplicate to keep everything
in one place. Nothing is lost and there's nothing you need to do here - my colleague
will continue with you on the other case.

Cheers,
Luca
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"), irt=n_ackD, refs=[n_ackD], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 33 on_hold M no ask
n_hold2 = add(L("on_hold", False, M), "Hold without any ask: waiting on the partner team; conditional 'if anything changes, reply'.",
    TC_FROM, CO_A, tc_subj(M), date("2025-02-27 02:18:56"),
    ("plain", f"""Hello Ryo,

Thank you for confirming your last day. I've sent the request to our partner team so
they can release {CO} from the Kairos Solutions partner organization. They usually
need three to five business days, and the merge stays paused until they finish.

You don't need to do anything while we wait; I'll write again once the account is
free. If your last working day changes, just let us know by replying here.

Regards,
Priya
AWS Training and Certification Customer Service

> Yes, I confirm that I am leaving Kairos Solutions. My last working day is
> Friday, 7 March 2025, and this mailbox will be closed that evening.
""", "utf-8", "7bit"), irt=n_repM1, refs=[n_ackM, n_holdM, n_repM1], cc=ME_A,
    auth_res=auth(CO, "amazon.com", mailfrom="amazonses.com"), crlf=True)

# 34 phishing lookalike domain
add(L("suspicious"), "Phishing from a lookalike domain (SPF/DKIM pass for its own domain) using case-style subject and an urgent ask.",
    addr("AWS Training and Certification", "support@aws-certification-merge.com"), CO_A,
    "RE:[CASE 1740501177] Action required: verify identity to complete account merge", date("2025-02-27 07:51:30"),
    ("alt", """Dear Candidate,

Your account merge request is pending identity verification. Because the source
account is linked to an AWS Partner Network organization, we need you to confirm
your login credentials within 24 hours, otherwise the merge will be cancelled and
your certifications may be revoked.

Verify now: https://aws-certification-merge.com/verify?case=1740501177

AWS Training and Certification
""", """<html><body><p>Dear Candidate,</p><p>Your account merge request is pending identity verification. We need you to confirm your login credentials within <b>24 hours</b>, otherwise the merge will be cancelled and your certifications may be revoked.</p><p><a href="https://aws-certification-merge.com/verify?case=1740501177" style="background:#ff9900;padding:8px">Verify now</a></p></body></html>""",
     "utf-8", "quoted-printable"), msgid_dom="aws-certification-merge.com",
    auth_res=auth(CO, "aws-certification-merge.com", mailfrom="aws-certification-merge.com", ip="185.212.47.9"))

# 35 HR Japanese Shift_JIS
add(L("unrelated"), "Japanese HR offboarding mail in Shift_JIS 8bit, full of 〜ください requests and the mailbox shutdown date.",
    addr("人事部", "hr@kairos-sol.co.jp", "iso-2022-jp"), CO_AJ,
    "【ご案内】退職手続きについて（3月7日付）", date("2025-02-28 10:00:12", "+0900"),
    ("plain", """立花 亮 さん

人事部です。退職日（3月7日）に向けた手続きをご案内します。

1. 貸与PC・社員証は最終出社日の17時までに総務へ返却してください。
2. 社用メールアカウントは3月7日18時に停止されます。
   必要な連絡先は事前に個人のアドレスへ移しておいてください。
3. 社費で取得した資格の扱いについては、就業規則第42条をご確認ください。

ご不明な点があれば人事部までお問い合わせください。
""", "shift_jis", "8bit"), subj_cs="iso-2022-jp", msgid_dom="kairos-sol.co.jp",
    auth_res=auth(CO, "kairos-sol.co.jp", mailfrom="kairos-sol.co.jp", ip="10.20.4.11"), crlf=True)

# 36 free tier alert personal
add(L("unrelated"), "AWS Free Tier usage alert to the personal address with a 12-digit account ID; AWS sender, no case.",
    addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_A,
    "AWS Free Tier limit alert", date("2025-03-01 08:44:03"),
    ("plain", """Hello,

Your AWS account 661027493018 has exceeded 85% of the usage limit for one or more
AWS Free Tier-eligible services for the month of March.

Service: Amazon EC2, Usage: 637 Hrs, Free Tier limit: 750 Hrs

To learn more about your usage, visit the Billing and Cost Management console.

Sincerely,
Amazon Web Services
""", "utf-8", "7bit"), auth_res=auth(ME, "costalerts.amazonaws.com", mailfrom="amazonses.com"))

# 37 case update M (association released)
n_updM = add(L("case_update", case=M), "Progress news only ('I'll send the details shortly'); contains 'confirm' in a non-request sense.",
    TC_FROM, ME_A, tc_subj(M), date("2025-03-03 00:55:21"),
    ("plain", f"""Hi Ryo,

Good news: the partner team has confirmed that your company certification account is no
longer tied to Kairos Solutions K.K. I'm now preparing the merge and will send you a
summary of both accounts shortly.

Thanks,
Tomás
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"), irt=n_hold2, refs=[n_ackM, n_holdM, n_repM1, n_hold2], cc=CO_A,
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 38 confirmation request M
conf_txt = f"""Hi Ryo,

Here is what I found for the two certification accounts:

Account #1
Candidate ID: {CID_NEW}
Login email: {ME}
Training notification email: {ME}
Certification notification email: {ME}

Account #2
Candidate ID: {CID_OLD}
Login email: {CO}
Training notification email: {CO}
Certification notification email: {CO}

When I merge, Account #1 will be the one that remains. Exam history, certifications,
benefits and your Credly connection from Account #2 will move over, and Account #2 will
no longer be usable for sign-in.

Could you confirm that Account #1 is the account you want to keep, so I can go ahead?

Thanks,
Tomás
AWS Training and Certification Customer Service
"""
n_confM = add(L("confirmation_request", True, M, [CID_NEW, CID_OLD]), "Classic Account #1/#2 listing, multipart QP, 'Could you confirm ... so I can go ahead?' after an explanation.",
    TC_FROM, ME_A, tc_subj(M), date("2025-03-03 05:12:40"),
    ("alt", conf_txt, "<html><body>" + "".join(f"<p>{l}</p>" if l else "<br>" for l in conf_txt.split("\n")) + "</body></html>",
     "utf-8", "quoted-printable"), irt=n_updM, refs=[n_ackM, n_holdM, n_repM1, n_hold2, n_updM], cc=CO_A,
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 39 user reply M from company (wrong address)
n_repM2 = add(L("user_reply", case=M), "User confirms from the old company address (Outlook, 'RE: [CASE' with space) - later rejected as wrong address.",
    CO_A, TC_FROM, tc_subj(M, " "), date("2025-03-03 15:02:26", "+0900"),
    ("plain", f"""Hi Tomás,

Confirmed - please keep Account #1 and merge Account #2 into it.

Ryo

{outlook_hdr("Amazon Web Services <" + FORM + ">", "Monday, March 3, 2025 2:12 PM", "Ryo Tachibana <" + ME + ">", tc_subj(M))}
Cc: Tachibana Ryo <{CO}>

Hi Ryo,

Here is what I found for the two certification accounts:
{conf_txt.split("Here is what I found for the two certification accounts:")[1].strip()}
""", "utf-8", "quoted-printable"), irt=n_confM, refs=[n_ackM, n_confM], msgid_dom="outlook")

# 40 info request M: write from the right address
n_infoM = add(L("info_request", True, M), "Asks the person to send the confirmation again from the personal address; no 'please', the ask is 'is what I need'.",
    TC_FROM, addr(ME_NAME, ME) + ", " + CO_A, tc_subj(M), date("2025-03-04 02:26:51"),
    ("plain", f"""Hi Ryo,

Thanks for the quick answer. It came from {CO}, though, which is the login of
Account #2 - the account that is going away. For security reasons the go-ahead has to come
from the owner of the account that stays, so a reply from {ME} is what I need
before I can merge.

Tomás
AWS Training and Certification Customer Service
""", "utf-8", "7bit"), irt=n_repM2, refs=[n_ackM, n_confM, n_repM2],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 41 forward to self
n_fwd = add(L("user_reply", case=M), "The owner forwards the request from the old to the personal address (FW:, Outlook forward); the request text is only in forwarded history.",
    CO_A, ME_A, "FW: " + tc_subj(M), date("2025-03-04 12:40:02", "+0900"),
    ("plain", f"""Forwarding to my private address so I don't lose it after Friday.

{outlook_hdr("Amazon Web Services <" + FORM + ">", "Tuesday, March 4, 2025 11:26 AM", "Ryo Tachibana <" + ME + ">; Tachibana Ryo <" + CO + ">", tc_subj(M))}
Hi Ryo,

Thanks for the quick answer. It came from {CO}, though, which is the login of
Account #2 - the account that is going away. For security reasons the go-ahead has to come
from the owner of the account that stays, so a reply from {ME} is what I need
before I can merge.

Tomás
""", "utf-8", "quoted-printable"), msgid_dom="outlook",
    auth_res=auth(ME, "kairos-sol.co.jp", mailfrom="kairos-sol.co.jp", ip="40.107.74.63"))

# 42 closing notice M
n_closeM = add(L("closing_notice", True, M), "Closing notice worded as a deadline ('if we don't hear from ... by Sunday, I'll close'); reply keeps it open.",
    TC_FROM, ME_A, tc_subj(M), date("2025-03-06 14:20:33"),
    ("plain", f"""Hello Ryo,

I'm following up on case {M}. We are still waiting for the go-ahead from
{ME} to merge your certification accounts.

If we don't hear from you by Sunday, March 9, I'll close this case. A reply to
this email before then keeps it open, and if it has already been closed, replying
within 14 days will reopen it.

Best,
Tomás
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"), irt=n_infoM, refs=[n_ackM, n_confM, n_repM2, n_infoM],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 43 user reply M (Gmail, personal, cc old address)
n_repM3 = add(L("user_reply", case=M, cands=[CID_NEW]), "Gmail reply from the personal address with a long '>' quoted history containing the earlier requests.",
    ME_A, TC_FROM, tc_subj(M), date("2025-03-08 09:03:47", "+0900"),
    ("plain", f"""Hi Tomás,

Sorry for the delay. Confirmed - please merge everything into Account #1
({CID_NEW}, {ME}). I'm writing from that address now.

Thanks,
Ryo

On Thu, Mar 6, 2025 at 11:20 PM Amazon Web Services <{FORM}> wrote:
{q(f'''Hello Ryo,

I'm following up on case {M}. We are still waiting for the go-ahead from
{ME} to merge your certification accounts.

If we don't hear from you by Sunday, March 9, I'll close this case. A reply to
this email before then keeps it open, and if it has already been closed, replying
within 14 days will reopen it.''')}
>
> On Mon, Mar 3, 2025 at 2:12 PM Amazon Web Services <{FORM}> wrote:
{q(q(conf_txt))}
""", "utf-8", "quoted-printable"), irt=n_closeM, refs=[n_ackM, n_confM, n_infoM, n_closeM], cc=CO_A, msgid_dom="gmail")

# 44 bounce of the cc
add(L("unrelated"), "Bounce (DSN) for the cc to the closed company mailbox; quotes the user's 'Confirmed' text and the case subject.",
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    "Delivery Status Notification (Failure)", date("2025-03-08 00:03:52"),
    ("raw", ['Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000091b3e2062fd1a0b4"'],
     f"""--00000000000091b3e2062fd1a0b4
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to {CO} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--00000000000091b3e2062fd1a0b4
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 08 Mar 2025 00:03:47 +0000

Final-Recipient: rfc822; {CO}
Action: failed
Status: 5.1.10

--00000000000091b3e2062fd1a0b4
Content-Type: text/rfc822-headers

From: {ME_NAME} <{ME}>
To: Amazon Web Services <{FORM}>
Cc: Tachibana Ryo <{CO}>
Subject: {tc_subj(M)}
Date: Sat, 8 Mar 2025 09:03:47 +0900

--00000000000091b3e2062fd1a0b4--
""".encode()), msgid_dom="googlemail.com", extra=["Auto-Submitted: auto-replied"])

# 45 resolved M (quotes the earlier confirmation request, Outlook style)
n_resM = add(L("resolved", case=M, cands=[CID_OLD, CID_NEW]), "Completion mail with the old Account #1/#2 question quoted below it; 'nothing further needed'.",
    TC_FROM, ME_A, tc_subj(M), date("2025-03-08 03:31:09"),
    ("plain", f"""Hi Ryo,

All set - both accounts have now been merged. Everything that was on {CID_OLD}
(exam history, certifications, the 50% exam benefit) now sits under {CID_NEW}, and
you can sign in with {ME} as usual. Your Credly badges will follow within a
day or so. Nothing further is needed from you.

Thanks for your patience while the partner association was sorted out.

Tomás
AWS Training and Certification Customer Service

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Monday, March 3, 2025 5:12 AM
To: {ME}
Subject: {tc_subj(M)}

{conf_txt}""", "utf-8", "quoted-printable"), irt=n_repM3, refs=[n_ackM, n_confM, n_closeM, n_repM3],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 46 Credly badge after merge
add(L("badge"), "Credly mail right after the merge: badges moved to a new email; 'sign in to review' call to action.",
    addr("Credly", "admin@credly.com"), ME_A,
    "Your Amazon Web Services Training and Certification badges are now on this email", date("2025-03-08 03:58:44"),
    ("alt", f"""Hi Ryo,

Amazon Web Services Training and Certification has updated the email address for
2 badges you earned. They are now connected to {ME}:

- AWS Certified Developer - Associate
- AWS Certified Solutions Architect - Associate

Sign in to Credly to review your badges and your sharing settings:
https://www.credly.com/users/sign_in

The Credly Team
""", f"""<html><body><p>Hi Ryo,</p><p>Amazon Web Services Training and Certification has updated the email address for 2 badges you earned. They are now connected to {ME}:</p><ul><li>AWS Certified Developer - Associate</li><li>AWS Certified Solutions Architect - Associate</li></ul><p><a href="https://www.credly.com/users/sign_in">Review your badges</a></p></body></html>""",
     "utf-8", "quoted-printable"), msgid_dom="credly.com", auth_res=auth(ME, "credly.com"))

# 47 survey M
add(L("survey", case=M), "Post-case rating request mentioning the case; 'Please take a moment' is a survey ask, not a support reply.",
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_A,
    f"Tell us about your experience with case {M}", date("2025-03-09 04:00:07"),
    ("html", f"""<html><body><p>Hi Ryo,</p><p>Your case <b>{M}</b> was recently resolved by AWS Training and Certification Customer Service.</p>
<p>Please take a moment to rate the help you received. Your answers go straight to the team.</p>
<table><tr><td>How likely are you to recommend AWS Training and Certification support?</td></tr>
<tr><td><a href="https://aws.training/survey/cs?c={M}&amp;r=0">0</a> ... <a href="https://aws.training/survey/cs?c={M}&amp;r=10">10</a></td></tr></table>
<p>This survey is sent from an unmonitored address.</p></body></html>""", "utf-8", "base64"),
    auth_res=auth(ME, "aws.training", mailfrom="amazonses.com"))

# 48 genuine-looking but dmarc=fail
add(L("suspicious"), "Real form sender address and real case subject, plausible wording, but DKIM/SPF/DMARC fail for amazon.com.",
    TC_FROM, ME_A, tc_subj(M), date("2025-03-10 06:12:33"),
    ("plain", f"""Hi Ryo,

During a routine check we noticed the merge on your certification accounts did not
complete for one of your certifications. To restore it, sign in through the secure link
below and confirm your account details within 48 hours:

https://aws-training-certification.account-restore.net/login?case={M}

Thanks,
Tomás
AWS Training and Certification Customer Service
""", "utf-8", "7bit"), auth_res=auth(ME, "amazon.com", result="fail", mailfrom="mailer.account-restore.net", ip="91.203.5.118"),
    msgid_dom="account-restore.net")

# 49 credly lookalike
add(L("suspicious"), "Badge-themed phishing from a Credly lookalike domain.",
    addr("Credly Badges", "notify@credly-badge-center.com"), ME_A,
    "Your AWS badge will be revoked - re-verify your certification", date("2025-03-10 19:40:02"),
    ("html", """<html><body><p>Hello,</p><p>Following a recent account merge, your AWS Certified badge could not be verified and will be revoked in 72 hours.</p>
<p><a href="http://credly-badge-center.com/reverify">Re-verify my badge</a></p><p>Credly Support</p></body></html>""", "utf-8", "quoted-printable"),
    msgid_dom="credly-badge-center.com", auth_res=auth(ME, "credly-badge-center.com", mailfrom="credly-badge-center.com", ip="45.84.1.77"))

# 50 certification: profile email change notice
add(L("certification", cands=[CID_NEW]), "certmetrics notice of a changed account email, 'if you did not make this change, contact us' conditional.",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_A,
    "Your AWS Certification Account has been updated", date("2025-03-11 01:22:18"),
    ("plain", f"""Hello Ryo Tachibana,

The primary email address on your AWS Certification Account ({CID_NEW}) was changed on
March 8, 2025. Your certifications and exam history are unchanged.

If you did not request this change, contact AWS Training and Certification Customer
Service.

AWS Certification
""", "utf-8", "quoted-printable"), msgid_dom="certmetrics.com", auth_res=auth(ME, "certmetrics.com"))

# 51 user reply reopening (no case number anywhere, threaded by headers)
n_reopen = add(L("user_reply", case=M), "User reply with a rewritten subject and no case number: only In-Reply-To/References tie it to the case.",
    ME_A, TC_FROM, "Re: merged - but one exam is missing", date("2025-03-12 08:15:29", "+0900"),
    ("plain", """Hi Tomás,

Thanks again for merging. One thing looks off: the Developer - Associate exam I took
in May 2021 is not listed under Exam History on the merged account, although the
certification itself is there. Could you have a look?

Ryo
""", "utf-8", "8bit"), irt=n_resM, refs=[n_ackM, n_confM, n_repM3, n_resM], msgid_dom="gmail")

# 52 case update: reopened
n_reopenUpd = add(L("case_update", case=M), "Reopened-case news from a new agent; explains the escalation and says nothing is needed now.",
    TC_FROM, ME_A, tc_subj(M, " "), date("2025-03-12 05:44:10"),
    ("plain", """Hello Ryo,

I've reopened your case and taken it over from Tomás. Missing exam attempts after a
merge usually mean the testing vendor's record is still keyed to the old profile;
I've asked our records team to re-link it. This normally takes a few business days.
I'll update you here when I hear back - no action needed from your side for now.

Kind regards,
Kenta
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"), irt=n_reopen, refs=[n_ackM, n_resM, n_reopen],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 53 other vendor's solved case
add(L("unrelated"), "Another vendor's help desk 'request solved' mail with 'reply to reopen' - not AWS.",
    addr("Backlog Support", "support@nulab.zendesk.com"), ME_A,
    "[Nulab Support] Re: Cannot change the email on my account (#58213) - Solved", date("2025-03-13 02:05:51"),
    ("plain", """##- Please type your reply above this line -##

Your request (58213) has been solved. If you feel the issue has not been resolved,
simply reply to this email to reopen it.

Aoi (Nulab Support)
Mar 13, 2025, 11:05 JST

Hi Ryo, the email on your account has been changed as requested. Please sign in
again with the new address.
""", "utf-8", "7bit"), msgid_dom="nulab.zendesk.com", auth_res=auth(ME, "nulab.zendesk.com", mailfrom="zendesk.com"))

# 54 info request M (registration number), top-posted over history
n_infoM2 = add(L("info_request", True, M), "Long explanation, then bare questions ('Which testing date and which ... number?'); quoted history under it.",
    TC_FROM, ME_A, tc_subj(M, " "), date("2025-03-14 07:30:00"),
    ("plain", f"""Hello Ryo,

The records team came back to me. When an exam is delivered by Pearson VUE, the result is
stored against the registration rather than against the certification profile, and the
link is rebuilt from the registration during a merge. For your May 2021 attempt they
found two registrations under the old profile - one that was cancelled and one that was
delivered - and they don't want to guess which one to move.

Which testing date and which Pearson VUE registration number belong to the attempt you
sat? The number is printed at the top of the score report and in the booking confirmation.

Kind regards,
Kenta
AWS Training and Certification Customer Service

On Wed, Mar 12, 2025 at 5:44 AM, Amazon Web Services <{FORM}> wrote:
> I've reopened your case and taken it over from Tomás. Missing exam attempts after a
> merge usually mean the testing vendor's record is still keyed to the old profile;
> I've asked our records team to re-link it.
""", "utf-8", "quoted-printable"), irt=n_reopenUpd, refs=[n_ackM, n_resM, n_reopen, n_reopenUpd],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 55 user reply with registration id
n_repM4 = add(L("user_reply", case=M), "User reply giving a 9-digit registration ID (not a case number) and a date; Gmail quote.",
    ME_A, TC_FROM, tc_subj(M, " "), date("2025-03-14 18:02:11", "+0900"),
    ("plain", f"""Hi Kenta,

It was the exam on May 27, 2021 (14:30 JST, online). Registration number 318204775.

Best,
Ryo

On Fri, Mar 14, 2025 at 4:30 PM Amazon Web Services <{FORM}> wrote:
> Which testing date and which Pearson VUE registration number belong to the attempt you
> sat? The number is printed at the top of the score report and in the booking confirmation.
""", "utf-8", "8bit"), irt=n_infoM2, refs=[n_ackM, n_reopenUpd, n_infoM2], msgid_dom="gmail")

# 56 resolved again with rating footer
add(L("resolved", case=M), "Second resolution of a reopened case with a 'rate this reply' footer and a conditional reply invitation.",
    TC_FROM, ME_A, tc_subj(M, " "), date("2025-03-17 02:11:45"),
    ("alt", """Hello Ryo,

Thank you - that was the registration we needed. The May 27, 2021 Developer - Associate
attempt is now linked to your merged account and shows under Exam History. With that,
I'm marking this case as resolved.

Should you notice anything else, reply to this email and the case will reopen.

Kind regards,
Kenta
AWS Training and Certification Customer Service

--
How did I do? Rate this reply: Great | OK | Poor
""", """<html><body><p>Hello Ryo,</p><p>Thank you - that was the registration we needed. The May 27, 2021 Developer - Associate attempt is now linked to your merged account and shows under Exam History. With that, I'm marking this case as resolved.</p><p>Should you notice anything else, reply to this email and the case will reopen.</p><p>Kind regards,<br>Kenta</p><hr><p style="font-size:11px">How did I do? Rate this reply: <a href="#g">Great</a> | <a href="#o">OK</a> | <a href="#p">Poor</a></p></body></html>""",
     "utf-8", "quoted-printable"), irt=n_repM4, refs=[n_ackM, n_infoM2, n_repM4], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# 57 Credly badge
add(L("badge"), "Plain Credly notice (LF, 8bit).",
    addr("Credly", "admin@credly.com"), ME_A,
    "Your AWS Certified Developer - Associate badge has been updated", date("2025-03-17 03:02:20"),
    ("plain", """Hi Ryo,

Amazon Web Services Training and Certification updated the details of your badge
"AWS Certified Developer - Associate". No action is needed; your public badge page
already shows the change.

View badge: https://www.credly.com/badges/0b2f5d90-7ce4-4a1d-9b55-3a0d8c1f2e77

The Credly Team
""", "utf-8", "8bit"), msgid_dom="credly.com", auth_res=auth(ME, "credly.com"))

# 58 LinkedIn
add(L("unrelated"), "Social network notification with questions ('Want to share it?').",
    addr("LinkedIn", "messages-noreply@linkedin.com"), ME_A,
    "Ryo, add your AWS certification to your profile?", date("2025-03-20 10:14:02"),
    ("html", """<html><body><p>Ryo, we noticed a new credential on Credly.</p><p>Want to share it with your network? Add it to your profile in one click.</p><p><a href="https://www.linkedin.com/in/">Add to profile</a></p></body></html>""", "utf-8", "quoted-printable"),
    msgid_dom="linkedin.com", auth_res=auth(ME, "linkedin.com"))

# 59 Pearson VUE Japanese
add(L("unrelated"), "Japanese exam-vendor booking confirmation (ISO-2022-JP) with a 9-digit registration number and 〜ください instructions.",
    addr("ピアソンVUE", "pearsonvuecustomerservice@pearson.com", "iso-2022-jp"), ME_A,
    "【ピアソンVUE】試験予約確認 - AWS Certified Solutions Architect - Professional", date("2025-03-24 02:40:09"),
    ("plain", """立花 亮 様

ピアソンVUEをご利用いただきありがとうございます。以下の内容で予約を承りました。

試験名: SAP-C02 AWS Certified Solutions Architect - Professional
登録番号: 402918775
日時: 2025年4月12日(土) 10:00
会場: 東京 新宿テストセンター

試験当日は開始15分前までに会場へお越しください。
本人確認書類を2点ご持参ください。

本メールは送信専用です。ご返信いただいてもお答えできません。
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", msgid_dom="pearson.com", auth_res=auth(ME, "pearson.com", mailfrom="bounce.pearson.com"))

# 60 English marketing
add(L("unrelated"), "AWS marketing from the real marketing sender: deadline language, 'Register now'.",
    addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_A,
    "Last chance: AWS Certification challenge ends April 30", date("2025-04-02 16:00:31"),
    ("alt", """Earn an AWS Certification by April 30 and get a free retake if you need one.

Register now: https://aws.amazon.com/certification/

You are receiving this email because you opted in to AWS Training and Certification
marketing. Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
""", """<html><body><h1>Last chance</h1><p>Earn an AWS Certification by April 30 and get a free retake if you need one.</p><p><a href="https://aws.amazon.com/certification/">Register now</a></p></body></html>""",
     "utf-8", "quoted-printable"), auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

# ----------------------------------------------------------- case K (Japanese)
n_ackK = add(L("acknowledgement", case=K), "Japanese acknowledgement in Shift_JIS 8bit with CRLF; conditional 'ございましたら…ご返信ください'.",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K), date("2025-04-20 03:17:50"),
    ("plain", f"""立花 亮 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付けました。

ケースID: {K}

内容を確認のうえ、担当者より通常24時間以内にご連絡いたします。
同じ内容で別のケースを作成されますと、回答が遅れる場合がございますのでご注意ください。
補足事項がございましたら、このメールにご返信ください。

お問い合わせ内容:
統合後の認定アカウントに、旧アカウントの 50% 割引バウチャーが表示されません。

AWS トレーニングと認定 カスタマーサービス
""", "shift_jis", "8bit"), auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"), crlf=True)

n_infoK = add(L("info_request", True, K), "Japanese keigo request buried after an explanation ('お知らせいただけますでしょうか'), ISO-2022-JP.",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K), date("2025-04-21 00:48:13"),
    ("plain", """立花 亮 様

AWS トレーニングと認定カスタマーサービスの佐藤でございます。
このたびはご不便をおかけしており、申し訳ございません。

アカウントの統合では、試験履歴と認定は自動的に移行されますが、割引バウチャーなどの特典は
発行元のシステムが異なるため、統合前のアカウントに残ったままとなる場合がございます。
その場合、旧アカウント側の特典を無効化したうえで、統合先のアカウントに再発行する手続きとなります。

つきましては、統合前の旧アカウントの受験者ID（AWS から始まる番号）と、
お手元で確認できるバウチャーの有効期限をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐藤
""", "iso-2022-jp", "7bit"), irt=n_ackK, refs=[n_ackK], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

n_repK = add(L("user_reply", case=K, cands=[CID_OLD]), "Japanese user reply (UTF-8 8bit) with a Japanese Gmail reply header and '>' quote of the request.",
    ME_A, FORM, tc_subj(K), date("2025-04-21 10:12:40", "+0900"),
    ("plain", f"""佐藤様

ご連絡ありがとうございます。
旧アカウントの受験者IDは {CID_OLD} です。
バウチャーの有効期限は 2025年9月30日 と表示されていました。

よろしくお願いいたします。
立花

2025年4月21日(月) 9:48 AWS トレーニングと認定 <{FORM}>:
> 立花 亮 様
>
> つきましては、統合前の旧アカウントの受験者ID（AWS から始まる番号）と、
> お手元で確認できるバウチャーの有効期限をお知らせいただけますでしょうか。
""", "utf-8", "8bit"), irt=n_infoK, refs=[n_ackK, n_infoK], msgid_dom="gmail")

n_updK = add(L("case_update", case=K), "Japanese progress note in Shift_JIS base64; explicitly says nothing is required now.",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K), date("2025-04-22 06:30:02"),
    ("plain", """立花 亮 様

佐藤でございます。情報のご提供ありがとうございました。

いただいた受験者IDをもとに、特典を管理する担当部署へ再発行を依頼いたしました。
結果が分かり次第、本ケースにてご連絡いたします。
現時点でお客様にご対応いただくことはございません。

AWS トレーニングと認定 カスタマーサービス
""", "shift_jis", "base64"), irt=n_repK, refs=[n_ackK, n_infoK, n_repK], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

n_holdK = add(L("on_hold", False, K), "Japanese hold notice (waiting on another team), no ask; ends with a conditional invitation.",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K), date("2025-04-24 08:05:45"),
    ("plain", """立花 亮 様

いつもお世話になっております。佐藤でございます。

特典の再発行につきまして、バウチャーを管理するチームからの回答待ちとなっており、
本ケースは一時的に保留とさせていただいております。
回答がありましたら改めてご連絡いたしますので、今しばらくお待ちください。

なお、ご不明な点がございましたら、本メールへご返信いただけますと幸いです。

AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"), irt=n_updK, refs=[n_ackK, n_infoK, n_repK, n_updK], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

n_infoK2 = add(L("info_request", True, K), "Japanese mixed mail: progress news first, then a plain 〜ください ask to confirm the country; UTF-8 QP, HTML alternative.",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K, " "), date("2025-04-30 02:22:10"),
    ("alt", """立花様

佐藤です。バウチャー管理チームから回答がありました。
旧アカウントのバウチャーは無効化済みで、新しいバウチャーを統合先アカウントに発行できる状態です。

発行にあたり、認定アカウントに登録されている国が「日本」になっているかを確認させてください。
国によって使えるバウチャーの種類が異なるためです。日本で間違いなければ、その旨ご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", """<html><body><p>立花様</p><p>佐藤です。バウチャー管理チームから回答がありました。<br>旧アカウントのバウチャーは無効化済みで、新しいバウチャーを統合先アカウントに発行できる状態です。</p><p>発行にあたり、認定アカウントに登録されている国が「日本」になっているかを確認させてください。国によって使えるバウチャーの種類が異なるためです。日本で間違いなければ、その旨ご返信ください。</p><p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""",
     "utf-8", "quoted-printable"), irt=n_holdK, refs=[n_ackK, n_infoK, n_repK, n_updK, n_holdK], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

n_closeK = add(L("closing_notice", True, K), "Japanese closing notice with a date; reply keeps the case open ('ご返信いただければ引き続き対応').",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K, " "), date("2025-05-07 01:10:27"),
    ("plain", """立花 亮 様

佐藤でございます。
4月30日にお送りしたご確認について、まだご返信をいただいておりません。

5月10日までにご連絡がない場合は、本ケースをクローズさせていただきます。
このメールにご返信いただければ、引き続き対応いたします。
クローズ後も14日以内であれば、ご返信によりケースを再開できます。

何卒よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"), irt=n_infoK2, refs=[n_ackK, n_infoK2], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

n_repK2 = add(L("user_reply", case=K), "Short Japanese user reply (ISO-2022-JP) with Outlook-style Japanese header block.",
    ME_A, FORM, tc_subj(K, " "), date("2025-05-07 12:30:55", "+0900"),
    ("plain", f"""佐藤様

ご連絡が遅くなり申し訳ありません。
登録されている国は日本で間違いありません。
よろしくお願いいたします。

立花 亮

{outlook_hdr_ja("AWS トレーニングと認定 <" + FORM + ">", "2025年5月7日 10:10", ME, tc_subj(K, " "))}
4月30日にお送りしたご確認について、まだご返信をいただいておりません。
5月10日までにご連絡がない場合は、本ケースをクローズさせていただきます。
""", "iso-2022-jp", "7bit"), irt=n_closeK, refs=[n_ackK, n_infoK2, n_closeK], msgid_dom="gmail")

add(L("resolved", case=K), "Japanese resolution with a quoted old request below and a 'ご不明な点がございましたら…ご返信ください' line.",
    addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_A, tc_subj(K, " "), date("2025-05-09 04:45:19"),
    ("plain", f"""立花 亮 様

佐藤でございます。ご確認いただきありがとうございました。

統合先の認定アカウントに、新しい 50% 割引バウチャーを発行いたしました。
認定アカウントの「特典」ページからご確認いただけます。有効期限は旧バウチャーと同じ
2025年9月30日です。

以上をもちまして、本件は解決とさせていただきます。
その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
佐藤

----- 元のメッセージ -----
差出人: 立花 亮 <{ME}>
件名: {tc_subj(K, " ")}

> 発行にあたり、認定アカウントに登録されている国が「日本」になっているかを確認させてください。
> 日本で間違いなければ、その旨ご返信ください。
""", "utf-8", "base64"), irt=n_repK2, refs=[n_ackK, n_infoK2, n_closeK, n_repK2], auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

add(L("survey", case=K), "Japanese satisfaction survey (お願い wording) for the resolved case.",
    addr("AWS トレーニングと認定", "no-reply@aws.training", "iso-2022-jp"), ME_A,
    f"サポートのご評価のお願い（ケース {K}）", date("2025-05-10 03:00:00"),
    ("html", f"""<html><body><p>立花 亮 様</p><p>先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました（ケース {K}）。</p>
<p>今後のサービス向上のため、1分ほどのアンケートにご協力をお願いいたします。</p>
<p><a href="https://aws.training/survey/cs?c={K}">アンケートに回答する</a></p><p>※本メールは送信専用アドレスから送信しています。</p></body></html>""", "utf-8", "quoted-printable"),
    subj_cs="iso-2022-jp", auth_res=auth(ME, "aws.training", mailfrom="amazonses.com"))

# ------------------------------------------------------------- misc + case E
add(L("suspicious"), "Japanese phishing from a lookalike domain: urgent 24-hour identity check about a 'held' merge.",
    addr("AWS認定サポート", "support@aws-certification-jp.com", "utf-8"), ME_A,
    "【重要】認定アカウント統合が保留されています（本人確認のお願い）", date("2025-05-12 11:31:08"),
    ("plain", """お客様各位

お客様の認定アカウント統合手続きが、本人確認未完了のため保留となっております。
24時間以内に下記URLより本人確認を完了してください。
期限を過ぎた場合、保有資格はすべて失効いたします。

https://aws-certification-jp.com/verify

AWS認定サポートセンター
""", "utf-8", "base64"), msgid_dom="aws-certification-jp.com",
    auth_res=auth(ME, "aws-certification-jp.com", mailfrom="aws-certification-jp.com", ip="103.151.8.20"))

add(L("unrelated"), "Skill Builder subscription receipt from aws.training with an order number; not a case.",
    addr("AWS Skill Builder", "no-reply@aws.training"), ME_A,
    "Your AWS Skill Builder subscription receipt", date("2025-05-20 06:10:44"),
    ("plain", """Thank you for your purchase.

Order number: 1178-55310-2290
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00

Manage your subscription at https://skillbuilder.aws/subscriptions
""", "utf-8", "quoted-printable"), auth_res=auth(ME, "aws.training", mailfrom="amazonses.com"))

n_ackE = add(L("acknowledgement", case=E), "Console 'New Support case' in 2025 with a 15-digit case ID and a 12-digit account ID.",
    AWS_CON, ME_A, f"Amazon Web Services: New Support case: {E}", date("2025-06-06 12:58:20"),
    ("plain", f"""Dear AWS Customer,

Thank you for opening a new case. Details are below.

Case ID: {E}
Subject: Credly badge still shows my previous employer
Severity: General guidance

[AWS ID 661027493018]

To view the case or add a comment, use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={E}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", "utf-8", "7bit"), auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

n_infoE = add(L("info_request", True, E), "Console request worded as questions; answer must go to Support Center (no-reply sender); rating footer.",
    AWS_CON, ME_A, f"RE:[CASE {E}] Credly badge still shows my previous employer", date("2025-06-07 03:14:55"),
    ("plain", f"""Hello,

My name is Arjun. Badge details such as the organization shown next to your name come
from the certification account at the time the badge was issued, and Credly keeps its
own copy. Which email address is your Credly account registered with, and is it the
same one you now use to sign in to AWS Certification? Let me know through the case and
I'll check whether the badges need to be re-issued.
""" + CON_FOOT.format(case=E), "utf-8", "quoted-printable"), irt=n_ackE, refs=[n_ackE],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

add(L("closing_notice", True, E), "Console auto-resolution after no answer; reopen only from the Support Center within 14 days.",
    AWS_CON, ME_A, f"RE:[CASE {E}] Credly badge still shows my previous employer", date("2025-06-14 03:20:41"),
    ("plain", f"""Hello,

We didn't receive a response to our last message, so this case has now been resolved
automatically. If you still need assistance, you can reopen it from the Support Center
within the next 14 days by adding a correspondence; after that, a new case is needed.
""" + CON_FOOT.format(case=E), "utf-8", "quoted-printable"), irt=n_infoE, refs=[n_ackE, n_infoE],
    auth_res=auth(ME, "amazon.com", mailfrom="amazonses.com"))

add(L("certification", cands=[CID_NEW]), "certmetrics recertification congratulations with candidate ID, 'download your certificate' imperative.",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_A,
    "Congratulations on recertifying your AWS Certification!", date("2025-06-20 08:33:12"),
    ("alt", f"""Hello Ryo,

Congratulations on recertifying! Your AWS Certified Developer - Associate
certification is now valid through June 20, 2028.

Candidate ID: {CID_NEW}

Download your updated certificate from your AWS Certification Account.
AWS Certification
""", f"""<html><body><p>Hello Ryo,</p><p>Congratulations on recertifying! Your <b>AWS Certified Developer - Associate</b> certification is now valid through June 20, 2028.</p><p>Candidate ID: {CID_NEW}</p></body></html>""",
     "utf-8", "quoted-printable"), msgid_dom="certmetrics.com", auth_res=auth(ME, "certmetrics.com"))

# ====================================================================== write
def main():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for n, raw, label, note in MSGS:
        base = os.path.join(OUT, f"{n:03d}-msg")
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print(len(MSGS), "messages written")

def write_readme():
    from collections import Counter
    kinds = Counter(l["kind"] for _, _, l, _ in MSGS)
    nr = sum(l["needs_reply"] for _, _, l, _ in MSGS)
    lines = [f"me: {ME} {CO}", "",
             "# Blind held-out corpus (blind-88)", "",
             "One mailbox owner, Ryo Tachibana / 立花 亮: personal Gmail address and the old company address",
             "(Kairos Solutions K.K., an APN partner; the company mailbox closes on 7 March 2025).",
             "Written only from DOMAIN.md, the seed write-ups and BLIND-CORPUS.md. Regenerate with `python3 gen.py`.", "",
             "## Cases", "",
             f"- `{A}` (10 digits, 2021): T&C form case, duplicate profile -> ack, info request (candidate IDs), reply, update, confirmation (HTML table), reply, resolved, survey.",
             f"- `{B}` (11 digits, 2023): AWS Support Center (console) case -> new-case mail, request to answer in the Support Center, auto-resolve warning, resolved.",
             f"- `{M}` (15 digits, 2025): main merge case filed from the company address -> Japanese ack, APN hold with an ask, reply, hold without ask,",
             "  update, confirmation request, reply from the wrong (company) address, request to write from the personal address, self-forward,",
             "  closing notice, reply (plus bounce of its cc), merged, survey; then reopened by a reply threaded only by In-Reply-To/References,",
             "  update, info request (registration number), reply, resolved again.",
             f"- `{D}` (15 digits, 2025): duplicate form submission for the same request -> ack, closed as duplicate (resolved).",
             f"- `{K}` (15 digits, 2025): Japanese-language follow-up about the exam voucher -> ack, info request (keigo), reply, update, hold,",
             "  info request (plain ください), closing notice, reply, resolved, survey.",
             f"- `{E}` (15 digits, 2025): console case about Credly -> new-case mail, request (answer in Support Center), auto-resolved notice.",
             "- Not case numbers: 12-digit AWS account IDs (480213377645, 661027493018), 9-digit Pearson VUE registrations (318204775, 402918775),",
             "  6-digit codes (482913, 735104), the fake `[CASE 1740501177]` in a phishing subject, Zendesk request #58213.", "",
             f"Counts: {len(MSGS)} messages; needs_reply true: {nr}; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
             "## Messages", "",
             "| # | kind | needs_reply | case | what it is / what makes it hard |",
             "|---|---|---|---|---|"]
    for n, _, l, note in MSGS:
        lines.append(f"| {n:03d} | {l['kind']} | {str(l['needs_reply']).lower()} | {l['case'] or '-'} | {note.replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
