#!/usr/bin/env python3
"""Blind held-out corpus 16: one mailbox (Kaede Lindqvist, Gothenburg, Sweden).

Writes NNN-xxx.eml + NNN-xxx.json (and README.md) into the directory this script lives in.
Standard library only.  Run:  python3 gen.py
"""
import base64
import email
import email.policy
import hashlib
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people & ids
P = "kaede.lindqvist@mailbox.org"               # personal
W = "kaede.lindqvist@nordhavn-analytics.se"     # old company (Nordhavn Freight Analytics AB)
ME_NAME = "Kaede Lindqvist"
ME_JA = "リンドクヴィスト 楓"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

C1 = "8931447702"          # 2021, 10 digits, T&C form case (duplicate profiles on company address)
C2 = "13258840911"         # 2023, 11 digits, console case (company AWS account)
C3 = "174139265018772"     # 2025, 15 digits, T&C form case: the merge (reopened later)
C4 = "174140318204519"     # 2025, 15 digits, duplicate form submission (Japanese)
C5 = "174330118600562"     # 2025, 15 digits, console case (personal AWS account)

OLD = "AWS02715593"    # company certification account (kept in 2021, merged away in 2025)
DUP = "AWS02719904"    # 2021 duplicate created via Partner Central SSO
NEW = "AWS11840276"    # personal certification account

ACCT_W = "480916273355"   # Nordhavn AWS account (12 digits, not a case)
ACCT_P = "735502918846"   # personal AWS account

C1_SUBJ = f"RE:[CASE {C1}] [AWS Training and Certification Form Submission] - account-assistance"
C3_SUBJ = f"RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance"
C4_SUBJ = f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance"
C2_TOPIC = "50% exam benefit not showing after recertification"
C5_TOPIC = "Cannot sign in to AWS Training after certification account merge"
C2_LINK = f"https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en"
C5_LINK = f"https://console.aws.amazon.com/support/home#/case/?displayId={C5}&language=en"

CONSOLE_FOOTER = (
    "We value your feedback. Please share your experience by rating this correspondence using the "
    "AWS Support Center link at the end of this correspondence. Each correspondence can also be rated "
    "by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
    "Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210\n"
    "This e-mail address cannot accept incoming e-mails. Please use the Support Center to respond.")


# ---------------------------------------------------------------- helpers
def h(key, n=40):
    return hashlib.sha1(("blind16/" + key).encode()).hexdigest()[:n]


def D(s, tz):
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(off))
    return dt


def mid(key, style):
    x = h(key)
    if style == "ses":
        return f"<0100{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:40]}-000000@email.amazonses.com>"
    if style == "outlook":
        return f"<AM9PR02MB{x[:4]}{x[4:24].upper()}@AM9PR02MB{x[:4]}.eurprd02.prod.outlook.com>"
    if style == "ox":
        return f"<{int(x[:7], 16)}.{int(x[7:11], 16)}.{int(x[11:21], 16) % 10**13}@office.mailbox.org>"
    return f"<{x[:26]}@{style}>"


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line.strip() else prefix.rstrip())
    return "\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)


def html_doc(inner, charset="utf-8"):
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n{inner}\n</body>\n</html>\n')


def leaf(text, ctype="text/plain", charset="utf-8", cte="quoted-printable", params=""):
    raw = text.encode(charset)  # strict: fails loudly on unencodable characters
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [f'Content-Type: {ctype}; charset="{charset}"{params}', f"Content-Transfer-Encoding: {cte}"]
    return hdrs, body


def rawpart(hdrs, text):
    body = text.encode("ascii")
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdrs, body


def multipart(subtype, parts, key, params=""):
    b = "----=_Part_" + h(key + subtype, 20)
    out = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        out += b"--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
    out += b"--" + b.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype}; boundary="{b}"{params}'], out


def alt(text, html, key, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [leaf(text, "text/plain", charset, cte), leaf(html, "text/html", charset, cte)], key)


def enc_hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    return formataddr((name, a), charset=charset)


# receiving-side Authentication-Results
def ar_p(from_dom, ok=True, dkim_dom=None, spf_from=None):
    """mailbox.org (personal mailbox)"""
    dkim_dom = dkim_dom or from_dom
    spf_from = spf_from or ("bounce@" + from_dom)
    if ok:
        return (f"mx2.mailbox.org;\n\tdkim=pass (2048-bit key; unprotected) header.d={dkim_dom} header.i=@{dkim_dom} "
                f"header.b=\"{h(from_dom + 'b', 8)}\";\n\tspf=pass (mx2.mailbox.org: domain of {spf_from} designates "
                f"54.240.11.{int(h(from_dom, 2), 16) % 200 + 20} as permitted sender) smtp.mailfrom={spf_from};\n"
                f"\tdmarc=pass (policy=quarantine) header.from={from_dom}")
    return (f"mx2.mailbox.org;\n\tdkim=fail reason=\"signature verification failed\" (2048-bit key) header.d={dkim_dom} "
            f"header.i=@{dkim_dom} header.b=\"{h(from_dom + 'x', 8)}\";\n\tspf=fail (mx2.mailbox.org: domain of {spf_from} "
            f"does not designate 185.243.115.82 as permitted sender) smtp.mailfrom={spf_from};\n"
            f"\tdmarc=fail reason=\"SPF not aligned (relaxed), DKIM not aligned (relaxed)\" header.from={from_dom} "
            f"(policy=quarantine)")


def ar_w(from_dom, ok=True, dkim_dom=None, spf_dom=None):
    """Microsoft 365 (company mailbox)"""
    dkim_dom = dkim_dom or from_dom
    spf_dom = spf_dom or from_dom
    if ok:
        return (f"spf=pass (sender IP is 54.240.8.{int(h(from_dom, 2), 16) % 200 + 20})\n smtp.mailfrom={spf_dom}; "
                f"dkim=pass (signature was verified)\n header.d={dkim_dom};dmarc=pass action=none\n "
                f"header.from={from_dom};compauth=pass reason=100")
    return (f"spf=fail (sender IP is 185.243.115.82)\n smtp.mailfrom={spf_dom}; dkim=fail (body hash did not verify)\n "
            f"header.d={dkim_dom};dmarc=fail action=quarantine\n header.from={from_dom};compauth=fail reason=000")


CONSOLE_FOOTER_2025 = (
    "How did we do? Rate this reply with the stars beside it in the Support Center, or use the link at the end of "
    "this message.\n\nAmazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210\n"
    "Replies to this address are not delivered. Respond through the Support Center.")

AR_INTERNAL = ("dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n "
               "header.from=nordhavn-analytics.se;")

# ---------------------------------------------------------------- message store
MSGS = []
BY_KEY = {}


def add(key, date, frm, to, subject, body, kind, case=None, needs_reply=False, cands=(),
        cc=None, irt=None, style="ses", auth=None, extra=(), crlf=False, subj_charset="utf-8",
        from_charset="utf-8", lang="en", what="", hard="", refs_extra=()):
    m = dict(key=key, date=date, frm=frm, to=to, cc=cc, subject=subject, body=body, irt=irt,
             auth=auth, extra=list(extra), crlf=crlf, subj_charset=subj_charset, from_charset=from_charset,
             lang=lang, what=what, hard=hard,
             label={"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": list(cands)})
    m["mid"] = mid(key, style)
    if irt:
        parent = BY_KEY[irt]
        m["in_reply_to"] = parent["mid"]
        m["references"] = parent.get("references", []) + [parent["mid"]]
    else:
        m["in_reply_to"] = None
        m["references"] = list(refs_extra)
    MSGS.append(m)
    BY_KEY[key] = m
    return m


def render(m):
    lines = []
    if m["auth"]:
        lines.append("Authentication-Results: " + m["auth"].replace("\n", "\n"))
    rcv_host = "mx2.mailbox.org" if (m["auth"] or "").startswith("mx2.mailbox.org") else \
        "AM9PR02MB7345.eurprd02.prod.outlook.com"
    own_sent = m["frm"][1] in (P, W) and not m["auth"]
    if not own_sent:
      lines.append(f"Received: from {h(m['key'], 6)}.smtp.example.net (unknown [10.{int(h(m['key'],2),16)}.4.17])\n"
                 f"\tby {rcv_host} with ESMTPS id {h(m['key'] + 'r', 12).upper()};\n\t{format_datetime(m['date'])}")
    for e in m["extra"]:
        lines.append(e)
    lines.append("From: " + addr(*m["frm"], charset=m["from_charset"]))
    to = m["to"] if isinstance(m["to"], list) else [m["to"]]
    lines.append("To: " + ", ".join(addr(*t) if isinstance(t, tuple) else t for t in to))
    if m["cc"]:
        cc = m["cc"] if isinstance(m["cc"], list) else [m["cc"]]
        lines.append("Cc: " + ", ".join(addr(*t) if isinstance(t, tuple) else t for t in cc))
    lines.append("Subject: " + enc_hdr(m["subject"], m["subj_charset"]))
    lines.append("Date: " + format_datetime(m["date"]))
    lines.append("Message-ID: " + m["mid"])
    if m["in_reply_to"]:
        lines.append("In-Reply-To: " + m["in_reply_to"])
    if m["references"]:
        lines.append("References: " + "\n ".join(m["references"]))
    lines.append("MIME-Version: 1.0")
    bh, bb = m["body"]
    lines.extend(bh)
    raw = ("\n".join(lines) + "\n\n").encode("utf-8") + bb
    if m["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ============================================================== 2021 (company mailbox)
add("pvue21", D("2021-05-10 09:12", "+0200"), ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), W,
    "Pearson VUE Confirmation of Exam Appointment",
    alt(f"""Dear Kaede Lindqvist,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam:            DVA-C01: AWS Certified Developer - Associate
Delivery:        OnVUE online proctored exam
Date:            Tuesday, May 25, 2021
Time:            09:30 AM Central European Summer Time
Registration ID: 381204766
AWS Candidate ID: {DUP}

Please review the appointment details above. If any of the information is incorrect, contact Pearson VUE
customer service right away. To reschedule or cancel, sign in to your account at least 24 hours before
your appointment.

Before test day, run the system test on the computer you will use and make sure your ID matches the name
on this appointment.

Sincerely,
Pearson VUE
""", html_doc(html_paras(f"""Dear Kaede Lindqvist,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.""") + f"""
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Exam</b></td><td>DVA-C01: AWS Certified Developer - Associate</td></tr>
<tr><td><b>Delivery</b></td><td>OnVUE online proctored exam</td></tr>
<tr><td><b>Date</b></td><td>Tuesday, May 25, 2021</td></tr>
<tr><td><b>Time</b></td><td>09:30 AM Central European Summer Time</td></tr>
<tr><td><b>Registration ID</b></td><td>381204766</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>{DUP}</td></tr>
</table>
""" + html_paras("""Please review the appointment details above. If any of the information is incorrect, contact Pearson VUE customer service right away. To reschedule or cancel, sign in to your account at least 24 hours before your appointment.

Sincerely,
Pearson VUE""")), "pvue21"),
    "unrelated", cands=[DUP], style="pearson.com", auth=ar_w("pearson.com"),
    what="Pearson VUE exam appointment (DVA, 2021)",
    hard="exam-vendor mail; 9-digit registration ID is not a case; carries a candidate ID")

add("gh412", D("2021-06-01 13:40", "+0200"), ("Linnea Ekdahl", "notifications@github.com"),
    ("nordhavn/route-planner", "route-planner@noreply.github.com"),
    "Re: [nordhavn/route-planner] Merge duplicate carrier accounts before import (PR #412)",
    leaf("""Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/nordhavn/route-planner/pull/412#event-4861120937
You are receiving this because your review was requested.
"""), "unrelated", cc=[("Kaede Lindqvist", W), ("Review requested", "review_requested@noreply.github.com")],
    style="github.com", auth=ar_w("github.com"),
    extra=["List-ID: nordhavn/route-planner <route-planner.nordhavn.github.com>", "X-GitHub-Reason: review_requested"],
    what="GitHub: PR 'Merge duplicate ... accounts' merged",
    hard="'merged' + 'accounts' in a non-AWS notification")

T_C1_ACK = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {C1} for your inquiry.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description: I seem to have two AWS Certification accounts registered to this email address. My May 2021
Developer Associate exam does not appear in the account I normally use and no Credly badge was issued.
Could the two accounts be combined?

A member of our team will respond within 24 business hours. If you have already opened a case for this
issue, please do not open another case for the same request, as this may delay our response.

If you would like to add information to this case, reply to this email and keep the case number in the
subject line.

Sincerely,
AWS Training and Certification Customer Service
"""
add("c1ack", D("2021-06-09 12:22", "+0000"), (TC_NAME, TC), W, C1_SUBJ,
    leaf(T_C1_ACK, charset="us-ascii", cte="7bit"), "acknowledgement", case=C1, crlf=True,
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what=f"C1 ack (10-digit case, 2021 template, CRLF)",
    hard="echoed form text ends with a question; 'reply to this email' is conditional")

T_C1_INFO = """Hi Kaede,

Thanks so much for reaching out, and sorry about the missing badge. I know how frustrating it is to pass an
exam and then not see anything show up!

I had a look, and you're right: there are two certification profiles attached to
kaede.lindqvist@nordhavn-analytics.se. This happens more often than you'd think, usually when someone signs
in once through AWS Partner Central and once through the regular Training and Certification site; each
route can create its own profile. Your exam result was recorded against the second one, and Credly only
listens to the profile that is linked to your Credly account, which is why nothing arrived.

The good news is that this is fixable and nothing is lost. The exam result, the score report and your
certification are all safe.

To combine them the right way round I'll need both candidate IDs (they start with AWS followed by eight
digits; you'll see each one in the top right corner after you sign in to that profile), plus which of the
two you'd like to carry on using.

Talk soon,
Deepa
AWS Training and Certification
"""
add("c1info", D("2021-06-10 09:02", "+0000"), (TC_NAME, TC), W, C1_SUBJ, leaf(T_C1_INFO),
    "info_request", case=C1, needs_reply=True, irt="c1ack", auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C1 chatty agent asks for both candidate IDs",
    hard="ask buried after long explanation, phrased 'I'll need', no please/question mark; no real ID in it")

add("c1rep1", D("2021-06-10 13:15", "+0200"), (ME_NAME, W), (TC_NAME, TC),
    "RE: [CASE 8931447702] [AWS Training and Certification Form Submission] - account-assistance",
    leaf(f"""Hi Deepa,

Thanks for the quick explanation.

Profile I normally use:   {OLD}  (has my Solutions Architect Associate)
Profile with the May exam: {DUP}

Please keep {OLD}.

Best regards,
Kaede Lindqvist
Cloud Engineer | Nordhavn Freight Analytics AB
+46 31 555 0142

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, June 10, 2021 11:02 AM
To: Kaede Lindqvist <{W}>
Subject: {C1_SUBJ}

""" + T_C1_INFO, charset="us-ascii", cte="7bit"),
    "user_reply", case=C1, cands=[OLD, DUP], irt="c1info", style="outlook", crlf=True,
    extra=["Thread-Topic: [CASE 8931447702] [AWS Training and Certification Form Submission] - account-assistance",
           "X-MS-Has-Attach:", "Content-Language: en-US"],
    what="owner (company address) sends both candidate IDs",
    hard="Outlook '-----Original Message-----' quoting with the support ask below; 'Please keep' is the owner's")

T_C1_CONF_TXT = f"""Hello Kaede,

My colleague Deepa passed your case to me. I located the following profiles:

                                  Account #1                      Account #2
Candidate ID                      {OLD}                     {DUP}
Login email                       {W}   {W}
Training notification email       {W}   {W}
Certification notification email  {W}   {W}
Sign-in method                    AWS Training and Certification  AWS Partner Central (SSO)
Certifications                    AWS Certified Solutions Architect - Associate   AWS Certified Developer - Associate

Next step: a reply with "Confirmed" tells us to move everything from Account #2 into Account #1. If you'd
rather keep Account #2, say so in your reply instead.

Once merged, Account #2 can no longer be used to sign in.

Regards,
Tomas
AWS Training and Certification
"""
add("c1conf", D("2021-06-14 14:40", "+0000"), (TC_NAME, TC), W, C1_SUBJ,
    leaf(html_doc(f"""<p>Hello Kaede,</p>
<p>My colleague Deepa passed your case to me. I located the following profiles:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{OLD}</td><td>{DUP}</td></tr>
<tr><td>Login email</td><td>{W}</td><td>{W}</td></tr>
<tr><td>Training notification email</td><td>{W}</td><td>{W}</td></tr>
<tr><td>Certification notification email</td><td>{W}</td><td>{W}</td></tr>
<tr><td>Sign-in method</td><td>AWS Training and Certification</td><td>AWS Partner Central (SSO)</td></tr>
<tr><td>Certifications</td><td>AWS Certified Solutions Architect &ndash; Associate</td><td>AWS Certified Developer &ndash; Associate</td></tr>
<tr><td colspan="3" style="background:#fff4e5"><b>Next step:</b> a reply with &quot;Confirmed&quot; tells us to move everything from Account #2 into Account #1. If you'd rather keep Account #2, say so in your reply instead.</td></tr>
</table>
<p>Once merged, Account #2 can no longer be used to sign in.</p>
<p>Regards,<br>Tom&aacute;s<br>AWS Training and Certification</p>"""), "text/html", cte="base64"),
    "confirmation_request", case=C1, needs_reply=True, cands=[OLD, DUP], irt="c1rep1",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C1 Account #1/#2 table, HTML-only base64",
    hard="the ask lives in a table cell, no 'please', no question; both profiles share one email")

T_C1_CLOSED = f"""Hello,

This is an automated message regarding case {C1}.

We asked you a question on 14 June 2021 and have not received a response, so this case has now been closed.

Still need the accounts merged? Reply to this email within 14 days and your case will be reopened with its
history intact. After 14 days you will need to submit a new request.

AWS Training and Certification Customer Service
"""
add("c1close", D("2021-06-18 15:05", "+0000"), (TC_NAME, TC), W, C1_SUBJ, leaf(T_C1_CLOSED, cte="7bit",
    charset="us-ascii"), "closing_notice", case=C1, needs_reply=True, irt="c1conf",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C1 'has now been closed' for no answer; reply within 14 days reopens",
    hard="past tense closure (not 'will be closed'); the ask is a conditional rhetorical question")

add("c1rep2", D("2021-06-18 21:47", "+0200"), (ME_NAME, W), (TC_NAME, TC),
    "RE: [CASE 8931447702] [AWS Training and Certification Form Submission] - account-assistance",
    leaf(f"""Confirmed - please merge Account #2 into Account #1 ({OLD}). Sorry for the delay, I was on leave last week.

Kaede

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Friday, June 18, 2021 5:05 PM
To: Kaede Lindqvist <{W}>
Subject: {C1_SUBJ}

""" + T_C1_CLOSED, charset="us-ascii", cte="7bit"),
    "user_reply", case=C1, cands=[OLD], irt="c1close", style="outlook", crlf=True,
    what="owner confirms after the closure notice", hard="top-posted over a quoted closing notice")

add("c1done", D("2021-06-21 08:30", "+0000"), (TC_NAME, TC), W, C1_SUBJ,
    leaf(f"""Hi Kaede,

All done! I have successfully merged your two profiles. {DUP} has been folded into {OLD}, so your
Developer Associate result, score report and certificate now sit alongside your Solutions Architect
Associate.

Credly usually catches up within 48 hours; the Developer badge invitation will go to the certification
notification email on file.

Have a lovely week!
Deepa
AWS Training and Certification

On Mon, Jun 14, 2021 at 2:40 PM, AWS Training and Certification <{TC}> wrote:
""" + quote(T_C1_CONF_TXT)), "resolved", case=C1, cands=[DUP, OLD], irt="c1rep2",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C1 merged", hard="quotes the earlier Account #1/#2 request and its 'Next step' ask")

add("badge21", D("2021-06-22 11:12", "+0000"), ("Credly", "admin@youracclaim.com"), W,
    "Congratulations, Kaede! You've earned a badge from Amazon Web Services Training and Certification",
    alt("""Kaede, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge to start sharing it on LinkedIn, in your email signature and on your resume:
https://www.youracclaim.com/earner/earned/badge/5f3c9a2e-7b1d-4e0a-9c4f-2d8e1a6b0c73

Questions? Visit our support center.
Credly, Inc. | 1270 Avenue of the Americas | New York, NY 10020
""", html_doc("""<h2>Kaede, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/5f3c9a2e-7b1d-4e0a-9c4f-2d8e1a6b0c73" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept Badge</a></p>
<p style="font-size:11px">Credly, Inc. | 1270 Avenue of the Americas | New York, NY 10020</p>"""), "badge21"),
    "badge", style="youracclaim.com", auth=ar_w("youracclaim.com"),
    what="Credly (old youracclaim.com sender) badge", hard="'Accept your badge' call to action")

# ============================================================== 2023 (company mailbox)
add("cm_sme", D("2023-02-14 16:00", "+0000"), ("AWS Certification", "do-not-reply@certmetrics.com"), W,
    "AWS Certification wants to hear from you",
    leaf(f"""Hello Kaede,

As an AWS Certified individual, your insight is valuable. AWS Certification is looking for subject matter
experts to review new exam items for the Developer - Associate exam. Sessions are remote and take about
four hours.

Interested? Complete the short interest form by February 28:
https://aws.certmetrics.com/amazon/public/sme_interest.aspx

Candidate ID: {OLD}

This mailbox is not monitored. Please do not reply to this email.
AWS Certification
"""), "certification", cands=[OLD], style="certmetrics.com", auth=ar_w("certmetrics.com"),
    what="certmetrics SME/feedback invitation", hard="an invitation with a deadline that is not support")

add("pvue23", D("2023-08-02 10:21", "+0000"), ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), W,
    "Pearson VUE Confirmation of Exam Appointment",
    leaf(html_doc(f"""<p>Dear Kaede Lindqvist,</p>
<p>This email confirms your exam appointment.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>Test center</td><td>Pearson Professional Centers - Gothenburg, Sweden</td></tr>
<tr><td>Date / time</td><td>Friday, August 18, 2023 &ndash; 13:00 CEST</td></tr>
<tr><td>Registration ID</td><td>402118937</td></tr>
<tr><td>AWS Candidate ID</td><td>{OLD}</td></tr>
</table>
<p>Please arrive 15 minutes early with two forms of identification. Need to change your appointment? Sign in at least 24 hours in advance.</p>
<p>Pearson VUE</p>"""), "text/html"),
    "unrelated", cands=[OLD], style="pearson.com", auth=ar_w("pearson.com"),
    what="Pearson VUE appointment, HTML-only table", hard="HTML table, 9-digit registration ID, 'Please arrive'")

add("cm_recert", D("2023-08-19 07:45", "+0000"), ("AWS Certification", "do-not-reply@certmetrics.com"), W,
    "Congratulations on recertifying your AWS Certification!",
    leaf("""Hello Kaede Lindqvist,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification.

Certification date: 2023-08-18
Expiration date: 2026-08-18
Validation number: 7QZL4T2K1BE41N5S

You can download your certificate and access your benefits in your AWS Certification Account.
A new digital badge will be issued by Credly shortly.

Thank you,
AWS Certification
"""), "certification", style="certmetrics.com", auth=ar_w("certmetrics.com"),
    what="recertification notice", hard="mentions benefits and badge; no case")

add("badge23", D("2023-08-20 09:03", "+0000"), ("Credly", "admin@credly.com"), W,
    "Amazon Web Services Training and Certification sent you a new badge",
    alt("""Hi Kaede,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Claim it here: https://www.credly.com/earner/earned/badge/0b8d7e41-36c2-4f7a-8d1e-93f0c1a2d455

The Credly Team
""", html_doc(html_paras("""Hi Kaede,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate""") + '<p><a href="https://www.credly.com/earner/earned/badge/0b8d7e41-36c2-4f7a-8d1e-93f0c1a2d455">Claim your badge</a></p>'),
        "badge23"), "badge", style="credly.com", auth=ar_w("credly.com"),
    what="Credly badge (SAA recert)", hard="badge UUID")

add("bill23", D("2023-09-04 03:12", "+0000"), ("Amazon Web Services", CONSOLE), W,
    f"Amazon Web Services Billing Statement Available [Account: {ACCT_W}]",
    leaf(f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will
be charged the following:

Total: USD 412.77

Please see the Bills section of the Billing console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID {ACCT_W}]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North,
Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.
"""), "unrelated", auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="AWS billing statement", hard="same sender as console cases; 12-digit account ID")

add("c2ack", D("2023-09-11 08:50", "+0000"), ("Amazon Web Services", CONSOLE), W,
    f"Amazon Web Services: New Support case: {C2}",
    leaf(f"""Dear Amazon Web Services Customer,

We have received your request and created a case on your behalf. The details are below.

Case ID: {C2}
Subject: {C2_TOPIC}
Severity: General guidance
Account: {ACCT_W}
Correspondence: I recertified AWS Certified Solutions Architect - Associate on 18 August. The 50% discount
voucher that normally appears under Benefits is missing from my certification account. Can you restore it?

To view the case or add correspondence, sign in to the Support Center:
{C2_LINK}

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North,
Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.
"""), "acknowledgement", case=C2, auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    crlf=True, what="C2 console 'New Support case' (11 digits)",
    hard="12-digit account ID next to the case ID; owner's own question echoed")

T_C2_INFO = f"""Hello,

Thank you for contacting AWS Support. My name is Ignatius and I will be assisting you with this case.

Please be advised that certification benefits, including exam discount vouchers, are administered by the
AWS Training and Certification organization through its CertMetrics platform, which is separate from the
AWS account {ACCT_W} under which this case was opened. AWS Support engineers do not have direct access to
certification records; however, we are able to liaise with the relevant team on your behalf.

In order for us to do so, the following information would be required:

  1. The candidate ID of the certification account in question (format: AWS followed by eight digits).
  2. The email address registered as the login email on that certification account.

We would be grateful if you could provide the above at your earliest convenience by replying to this case
via the Support Center link below. Please note that replies sent by email will not be received.

{C2_LINK}

Best regards,
Ignatius O.
Amazon Web Services

""" + CONSOLE_FOOTER
add("c2info", D("2023-09-12 10:33", "+0000"), ("Amazon Web Services", CONSOLE), W, f"RE:[CASE {C2}] {C2_TOPIC}",
    leaf(T_C2_INFO), "info_request", case=C2, needs_reply=True, irt="c2ack",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    crlf=True, what="C2 formal console agent needs candidate ID + login email, answer in Support Center",
    hard="'would be required'/'grateful if' wording; console: not answerable by email; feedback footer")

add("ndr23", D("2023-09-12 13:05", "+0200"),
    ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nordhavn-analytics.se"), W,
    f"Undeliverable: RE: [CASE {C2}] {C2_TOPIC}",
    multipart("report", [
        leaf(f"""Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The recipient's email system refused the message. The address may not accept incoming mail.

Diagnostic information for administrators:

Generating server: AM9PR02MB7345.eurprd02.prod.outlook.com

no-reply-aws@amazon.com
Remote Server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not
accept incoming mail'

Original message headers are attached.
""", charset="us-ascii", cte="7bit"),
        rawpart(["Content-Type: message/delivery-status"], """Reporting-MTA: dns;AM9PR02MB7345.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM9PR02MB7345.eurprd02.prod.outlook.com
Arrival-Date: Tue, 12 Sep 2023 11:04:51 +0000

Final-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Recipient address rejected
"""),
        rawpart(["Content-Type: text/rfc822-headers"], f"""From: Kaede Lindqvist <{W}>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: RE: [CASE {C2}] {C2_TOPIC}
Date: Tue, 12 Sep 2023 11:04:47 +0000
Message-ID: {mid('ndr-orig', 'outlook')}
""")], "ndr23", params='; report-type=delivery-status'),
    "unrelated", style="outlook", crlf=True, auth=AR_INTERNAL, extra=["Auto-Submitted: auto-replied"],
    what="bounce: owner answered the console case by email",
    hard="case number in subject of an NDR; bounce is not support writing")

add("c2close", D("2023-09-15 10:40", "+0000"), ("Amazon Web Services", CONSOLE), W, f"RE:[CASE {C2}] {C2_TOPIC}",
    leaf(f"""Hello,

We haven't heard back from you about case {C2}, which is awaiting your reply.

If we don't receive a response within the next 3 days, the case will be resolved automatically. A reply
through the Support Center before then keeps it open:
{C2_LINK}

Best regards,
Amazon Web Services

This e-mail address cannot accept incoming e-mails.
"""), "closing_notice", case=C2, needs_reply=True, irt="c2info",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    crlf=True, what="C2 console auto-resolve warning", hard="'resolved automatically' wording, not 'closed'; system template")

add("c2info2", D("2023-09-16 07:18", "+0000"), ("Amazon Web Services", CONSOLE), W, f"RE:[CASE {C2}] {C2_TOPIC}",
    leaf(f"""Hi Kaede,

Got {OLD}, thanks. The T&C team can see the profile.

One more thing they want to know before re-issuing anything: did the voucher disappear right after the
18 August recertification, or was it already gone before that?

Answer in the case in Support Center. Email replies to this address go nowhere.
{C2_LINK}

Anh
AWS Support

""" + CONSOLE_FOOTER), "info_request", case=C2, needs_reply=True, cands=[OLD], irt="c2close",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    crlf=True, what="C2 terse second question (console)", hard="opens with thanks/progress; bare 'did ... or ...?' question")

add("c2upd", D("2023-09-19 12:00", "+0000"), ("Amazon Web Services", CONSOLE), W, f"RE:[CASE {C2}] {C2_TOPIC}",
    leaf("""Hello Kaede,

Thank you for your answer. I have handed the case to the AWS Training and Certification benefits team
together with your candidate ID and the timeline you described. They are able to re-issue exam benefits and
will update this case directly once done; typical turnaround is 3-5 business days.

No further action is required on your part in the meantime.

Best regards,
Ignatius O.
Amazon Web Services

""" + CONSOLE_FOOTER), "case_update", case=C2, irt="c2info2", auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    crlf=True, what="C2 handed to T&C team", hard="'Please share your experience' footer; 'no further action'")

add("c2done", D("2023-09-25 15:30", "+0000"), ("Amazon Web Services", CONSOLE), W, f"RE:[CASE {C2}] {C2_TOPIC}",
    leaf(f"""Hello Kaede,

The Training and Certification team has confirmed that the 50% exam discount benefit has been re-issued to
candidate ID {OLD} and is now visible under Benefits in your certification account. The voucher is valid
until 18 August 2026.

As the original request has been addressed, I am marking this case as resolved. Should you need further
assistance on the same topic, you may reopen the case from the Support Center within 14 days; after that,
please create a new case.

{C2_LINK}

Best regards,
Ignatius O.
Amazon Web Services

""" + CONSOLE_FOOTER), "resolved", case=C2, cands=[OLD], irt="c2upd",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    crlf=True, what="C2 resolved", hard="reopen-within-14-days conditional, feedback footer")

add("c2survey", D("2023-09-26 15:31", "+0000"), ("AWS Support", CONSOLE), W,
    f"Tell us about your recent AWS Support experience (Case {C2})",
    alt(f"""Hello,

Your AWS Support case {C2} was recently resolved. Would you take two minutes to tell us how we did?

Start the survey: https://survey.support.aws.a2z.com/s/{h('c2s', 16)}

This survey closes in 14 days. Replies to this message are not read.
Amazon Web Services
""", html_doc(html_paras(f"""Hello,

Your AWS Support case {C2} was recently resolved. Would you take two minutes to tell us how we did?""") +
        f'<p><a href="https://survey.support.aws.a2z.com/s/{h("c2s", 16)}">Start the survey</a></p>'), "c2survey"),
    "survey", case=C2, auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C2 console survey", hard="question-shaped ask 'Would you take two minutes'")

# ============================================================== 2024
add("cm_exp", D("2024-02-24 06:00", "+0000"), ("AWS Certification", "do-not-reply@certmetrics.com"), W,
    "AWS 認定の有効期限が近づいています: AWS Certified Developer - Associate",
    leaf(f"""Kaede Lindqvist 様

お持ちの AWS Certified Developer - Associate 認定は 2024年5月25日 に有効期限を迎えます。
認定を維持するには、有効期限までに最新バージョンの試験に合格してください。

候補 ID: {OLD}
認定検証番号: 1X4MLQ2B3KQE1S5V

再認定の詳細: https://aws.amazon.com/jp/certification/recertification/

本メールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。
AWS 認定
"""), "certification", cands=[OLD], style="certmetrics.com", auth=ar_w("certmetrics.com"), lang="ja",
    what="certmetrics expiry notice (Japanese, QP)", hard="〜してください imperative in a notice")

add("pvue24", D("2024-05-06 08:00", "+0000"), ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), W,
    "Pearson VUE 試験予約確認",
    leaf("""Kaede Lindqvist 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験名: DVA-C02: AWS Certified Developer - Associate (日本語)
受験方法: OnVUE オンライン試験
日時: 2024年5月21日 16:00 (中央ヨーロッパ夏時間)
登録番号: 447920315

予約内容に誤りがある場合は、カスタマーサービスまでご連絡ください。
予約の変更・キャンセルは試験開始の24時間前までに行ってください。

Pearson VUE
""", charset="iso-2022-jp", cte="7bit"), "unrelated", style="pearson.com", auth=ar_w("pearson.com"),
    subj_charset="iso-2022-jp", lang="ja",
    crlf=True, what="Pearson VUE appointment (Japanese, ISO-2022-JP)", hard="9-digit 登録番号; ご連絡ください")

add("badge24", D("2024-05-22 10:10", "+0000"), ("Credly", "admin@credly.com"), W,
    "You've earned a new badge: AWS Certified Developer - Associate",
    leaf("""Hi Kaede,

Great news! Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept it and share your achievement:
https://www.credly.com/earner/earned/badge/9e27c3f0-5a14-4b6e-b2d8-c61f0e7a3b90

The Credly Team
"""), "badge", style="credly.com", auth=ar_w("credly.com"), what="Credly badge (DVA recert)", hard="plain badge mail (control)")

add("qiita", D("2024-10-15 22:00", "+0900"), ("Qiita", "noreply@qiita.com"), P,
    "【Qiita】今週のトレンド記事",
    alt("""Kaede_L さん

今週のトレンド記事をお届けします。

1. AWS認定アカウントを統合したら試験履歴が一部消えた話
2. 退職前にやっておくべきクラウド資格の引っ越し手順まとめ
3. Terraform で複数アカウントを管理するときのディレクトリ構成

あなたの記事「Step Functions の分散マップを試した」にコメントがつきました。返信してみませんか?

配信停止: https://qiita.com/settings/notifications
""", html_doc(html_paras("""Kaede_L さん

今週のトレンド記事をお届けします。""") + """<ol>
<li>AWS認定アカウントを統合したら試験履歴が一部消えた話</li>
<li>退職前にやっておくべきクラウド資格の引っ越し手順まとめ</li>
<li>Terraform で複数アカウントを管理するときのディレクトリ構成</li>
</ol>
<p>あなたの記事「Step Functions の分散マップを試した」にコメントがつきました。返信してみませんか?</p>"""), "qiita"),
    "unrelated", style="qiita.com", auth=ar_p("qiita.com"), lang="ja",
    what="Qiita digest (Japanese)", hard="article titles about merging certification accounts; 返信してみませんか")

# ============================================================== 2025
add("news", D("2025-02-27 14:00", "+0000"), ("The Cloud Ledger", "hello@cloudledger.news"), P,
    "The Cloud Ledger #212: support cases that close themselves",
    leaf("""Hi there,

This week's lead: AWS Support cases now auto-resolve after a few quiet days, and once a case has been
resolved for 14 days it cannot be reopened. If a case is waiting on you, answer it in the Support Center,
not by email, because the notification address doesn't accept replies.

Also inside:
- Why your certification profile and your AWS account are two different things
- A reader asks: "Can I merge two Builder IDs?" (short answer: no)

Got a question for next week's mailbag? Hit reply and tell us.

The Cloud Ledger
Unsubscribe: https://cloudledger.news/u/8f2c1
"""), "unrelated", style="cloudledger.news", auth=ar_p("cloudledger.news"),
    extra=["List-Unsubscribe: <https://cloudledger.news/u/8f2c1>", "Precedence: bulk"],
    what="newsletter about support cases", hard="talks about answering cases; 'Hit reply'")

add("idc_code", D("2025-03-03 08:12", "+0000"), ("AWS", "no-reply@login.awsapps.com"), W,
    "Your AWS verification code",
    leaf("""Hello,

You recently requested to sign in to the AWS access portal nordhavn.awsapps.com.

Verification code: 730915

This code expires in 10 minutes. If you didn't request it, you can ignore this message.

Amazon Web Services
"""), "unrelated", style="login.awsapps.com", auth=ar_w("login.awsapps.com"),
    what="IAM Identity Center one-time code", hard="6-digit code")

add("bid_code", D("2025-03-06 19:40", "+0000"), ("AWS", "no-reply@signin.aws"), P,
    "AWS Builder ID の E メールアドレスを確認してください",
    leaf("""AWS Builder ID へようこそ

E メールアドレスを確認するため、次の検証コードを入力してください。

検証コード: 582013

このコードの有効期限は 30 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", cte="base64"), "unrelated", style="signin.aws", auth=ar_p("signin.aws"), lang="ja",
    what="Builder ID verification code (Japanese, base64)", hard="6-digit code; 入力してください")

add("welcome", D("2025-03-06 19:52", "+0000"), (TC_NAME, "no-reply@aws.training"), P,
    "Welcome to AWS Training and Certification",
    alt("""Hi Kaede,

Your AWS Training and Certification profile is ready.

Next steps:
  * Finish your AWS Certification account profile (address and a few questions)
  * Explore more than 600 free digital courses in AWS Skill Builder

Please do not reply to this message. For help, visit the AWS Training and Certification support page.
""", html_doc(html_paras("""Hi Kaede,

Your AWS Training and Certification profile is ready.""") + """<ul><li>Finish your AWS Certification account profile (address and a few questions)</li>
<li>Explore more than 600 free digital courses in AWS Skill Builder</li></ul>
<p>Please do not reply to this message.</p>"""), "welcome"),
    "unrelated", style="aws.training", auth=ar_p("aws.training"),
    what="training platform welcome", hard="same display name as the case sender; to-do list")

T_C3_DESC = f"""Use case: I am leaving my employer (Nordhavn Freight Analytics AB) at the end of March 2025 and would like to
merge my company certification account into my personal one.
All email addresses I may have used: {W}, {P}
Email address to keep on file: {P}"""
T_C3_ACK = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {C3} for you.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Account Merge
Description:
{T_C3_DESC}

We usually respond within 24 hours, though some requests take longer to resolve. To avoid delays, please
don't open a new case about the same request.

Anything to add? Just reply to this email and keep [CASE {C3}] in the subject so it reaches the right case.

Kind regards,
AWS Training and Certification Customer Service
"""
add("c3ack", D("2025-03-08 00:11", "+0000"), (TC_NAME, TC), P, C3_SUBJ,
    alt(T_C3_ACK, html_doc(html_paras(T_C3_ACK)), "c3ack"), "acknowledgement", case=C3,
    auth=ar_p("amazon.com", spf_from="0100019578a1@email.amazonses.com"),
    what="C3 ack (15-digit, 2025 template, multipart QP)",
    hard="'Anything to add? Just reply' looks like a question/ask")

T_C4_ACK = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース {C4} を作成いたしました。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: {NEW}
本日はどのようなサポートをお求めですか?:
退職に伴い、会社のメールアドレス({W})の認定アカウントを、
個人用アカウント({P})に統合していただけますでしょうか。

担当者より通常24時間以内にご連絡いたします。
なお、すでに同じ内容でケースを提起されている場合は、別のケースを提起しないでください。対応が遅れる原因となります。

追加の情報がございましたら、件名のケース番号を変更せずに本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
add("c4ack", D("2025-03-08 03:06", "+0000"), ("AWS トレーニングと認定", TC), P, C4_SUBJ,
    leaf(T_C4_ACK, charset="iso-2022-jp", cte="7bit"), "acknowledgement", case=C4, cands=[NEW],
    auth=ar_p("amazon.com", spf_from="0100019578b2@email.amazonses.com"), from_charset="iso-2022-jp", lang="ja",
    crlf=True, what="C4 duplicate form submission, Japanese ack (ISO-2022-JP)",
    hard="echoed owner keigo request (いただけますでしょうか); 〜がございましたら…ご返信ください; second case for the same request")

add("connpass", D("2025-03-08 09:00", "+0000"), ("connpass", "no-reply@connpass.com"), P,
    "【connpass】JAWS-UG Nordics #7 (オンライン) への参加登録が完了しました",
    leaf("""Kaede_L さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG Nordics #7 (オンライン) 〜 認定資格あれこれ LT 大会 〜
日時: 2025/03/22(土) 20:00 〜 22:00 (日本時間)
参加枠: 一般(オンライン)
受付番号: 1104

キャンセルされる場合は、イベントページからお手続きください。
このメールは送信専用です。ご返信いただいてもお答えできません。
"""), "unrelated", style="connpass.com", auth=ar_p("connpass.com"), lang="ja",
    what="connpass event registration (Japanese)", hard="お手続きください")

add("c4dup", D("2025-03-09 01:20", "+0000"), ("AWS トレーニングと認定", TC), P, C4_SUBJ,
    leaf(f"""{ME_JA} 様

AWS トレーニングと認定 カスタマーサービスの森本でございます。

このたびお送りいただいたお問い合わせ(ケース {C4})は、前日に受け付けたケース {C3} と
同じご依頼内容であることを確認いたしました。

そのため、本ケースは重複として解決済み(クローズ)とさせていただきます。
アカウント統合につきましては、ケース {C3} にて担当者が引き続き対応いたしますので、
本ケースについてお客様にご対応いただくことはございません。

ご不明な点がございましたら、ケース {C3} のメールにご返信いただけますと幸いです。

今後ともよろしくお願いいたします。

森本
AWS トレーニングと認定 カスタマーサービス
""", charset="shift_jis", cte="8bit"), "resolved", case=C4, irt="c4ack",
    auth=ar_p("amazon.com", spf_from="0100019578c3@email.amazonses.com"), from_charset="iso-2022-jp", lang="ja",
    what="C4 closed as duplicate of C3 (Japanese keigo, Shift_JIS 8bit)",
    hard="two case numbers in one mail (the mail's case is C4); 'クローズ' without being a no-reply closing notice; conditional ご返信")

T_C3_HOLD = f"""Hello Kaede,

The certification account on {W} belongs to Nordhavn Freight Analytics AB's AWS Partner Network
organization. Partner accounts can't be merged away while you're employed there, so I've put case
{C3} on hold.

Are you leaving Nordhavn? If so, what's your last working day?

Mateus
AWS Training and Certification
"""
add("c3hold", D("2025-03-10 09:14", "+0000"), (TC_NAME, TC), W, C3_SUBJ, leaf(T_C3_HOLD, cte="7bit",
    charset="us-ascii"), "on_hold", case=C3, needs_reply=True, cc=P, irt="c3ack",
    auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C3 APN partner hold with two bare questions (sent to company address, cc personal)",
    hard="terse; no please; hold + question")

add("snow", D("2025-03-10 10:32", "+0100"), ("Nordhavn IT Service Desk", "servicedesk@nordhavn-analytics.se"), W,
    "RITM0031877 - Offboarding: Kaede Lindqvist - action required",
    leaf("""Hello Kaede,

Request RITM0031877 has been opened for your offboarding (last day: 28 March 2025).

Please reply to this email to confirm:
 - that company laptop NFA-LT-0419 will be returned to reception by 28 March
 - whether you need an automatic reply on your mailbox after you leave

Your mailbox and all SaaS access will be disabled at 18:00 on your last day.

Ref:MSG0522871_bkw2DqXrN4pL8
--
Nordhavn IT Service Desk | powered by ServiceNow
"""), "unrelated", style="nordhavn.service-now.com", auth=AR_INTERNAL,
    crlf=True, what="internal ServiceNow offboarding ticket asking for a reply",
    hard="a real 'Please reply to this email to confirm' from another ticket system")

add("c3rep1", D("2025-03-10 11:31", "+0100"), (ME_NAME, W), (TC_NAME, TC), "RE: " + C3_SUBJ[3:],
    alt(f"""Hi Mateus,

Yes, I'm leaving. My last day at Nordhavn is Friday 28 March 2025; this mailbox will be switched off after
that, so please use {P} from now on.

Thanks,
Kaede

From: AWS Training and Certification <{TC}>
Sent: Monday, March 10, 2025 10:14
To: Kaede Lindqvist <{W}>
Cc: {P}
Subject: {C3_SUBJ}

""" + T_C3_HOLD, html_doc(html_paras(f"""Hi Mateus,

Yes, I'm leaving. My last day at Nordhavn is Friday 28 March 2025; this mailbox will be switched off after that, so please use {P} from now on.

Thanks,
Kaede""") + '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification &lt;' + TC +
        '&gt;<br><b>Sent:</b> Monday, March 10, 2025 10:14<br><b>To:</b> Kaede Lindqvist<br><b>Subject:</b> ' + esc(C3_SUBJ) +
        '</div>' + html_paras(T_C3_HOLD)), "c3rep1"),
    "user_reply", case=C3, cc=P, irt="c3hold", style="outlook",
    extra=["Thread-Topic: [CASE 174139265018772] [AWS Training and Certification Form Submission] - account-assistance",
           "Content-Language: en-GB"],
    crlf=True, what="owner answers the hold from the company address", hard="wrong address (not the one to keep); quotes two questions")

add("c3hold2", D("2025-03-11 07:55", "+0000"), (TC_NAME, TC), W, C3_SUBJ,
    leaf(f"""Hello Kaede,

Thanks. As required for partner-linked accounts, I've notified Nordhavn's partner administrator that the
certification account will be moved out of their organization after 28 March.

The case stays on hold until the partner confirms or your end date has passed, whichever comes first.
Nothing needed from you right now; we'll write to {P} when it's cleared.

Mateus
AWS Training and Certification

On Mon, Mar 10, 2025 at 10:31 AM Kaede Lindqvist <{W}> wrote:
> Hi Mateus,
>
> Yes, I'm leaving. My last day at Nordhavn is Friday 28 March 2025; this mailbox will be switched off after
> that, so please use {P} from now on.
"""), "on_hold", case=C3, irt="c3rep1", auth=ar_w("amazon.com", spf_dom="amazonses.com"),
    what="C3 still on hold, waiting on partner admin", hard="on_hold that asks nothing")

add("ooo", D("2025-03-12 08:03", "+0100"), ("Henrik Ås", "henrik.as@nordhavn-analytics.se"), W,
    "Automatic reply: FW: " + C3_SUBJ,
    leaf("""I'm on parental leave until 24 March and won't be reading email.

For partner programme questions (AWS Partner Network, certifications), please contact
partner-admin@nordhavn-analytics.se.

/Henrik
"""), "unrelated", style="outlook", auth=AR_INTERNAL,
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: henrik.as@nordhavn-analytics.se"],
    crlf=True, what="manager's out-of-office to a forward of the case mail",
    hard="subject carries [CASE] and 'please contact'")

add("jira", D("2025-03-14 15:20", "+0000"), ("Ola Brandt (Jira)", "jira@skerry-labs.atlassian.net"), P,
    "[JIRA] (SKR-221) Merge duplicate customer accounts on import",
    leaf("""Ola Brandt changed the status of SKR-221 to Resolved

Merge duplicate customer accounts on import
  Change By: Ola Brandt
  Resolution: Done
  Status: In Review -> Resolved

Comment: Merged in PR #58. Kaede, can you check it on staging when you get a chance?

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100279)
"""), "unrelated", style="atlassian.net", auth=ar_p("atlassian.net", dkim_dom="e.atlassian.net"),
    what="Jira: issue about merging accounts resolved", hard="'Merged', 'Resolved', and a question to Kaede")

add("mslearn", D("2025-03-17 09:44", "+0000"), ("Microsoft Training and Certification Support", "tcsupport@microsoft.com"), P,
    "Case #2503170040007719: Merge of Microsoft Learn profiles",
    leaf("""Hello Kaede,

Thank you for contacting Microsoft Training and Certification Support. I'm reviewing your request to merge
your Microsoft Learn profiles.

I found these profiles:
  Profile A - kaede.lindqvist@nordhavn-analytics.se (MCID 991204873)
  Profile B - kaede.lindqvist@mailbox.org (MCID 1004415526)

Could you confirm that Profile B should be kept as the primary profile? Once merged, Profile A will be
deactivated.

Best regards,
Sunita
Microsoft Training and Certification Support
"""), "unrelated", style="microsoft.com", auth=ar_p("microsoft.com"),
    what="other vendor's certification merge asks to confirm",
    hard="same topic and same shape as an AWS confirmation request, but not AWS")

add("apnfwd", D("2025-03-18 10:11", "+0100"), ("Maja Lindgren", "maja.lindgren@nordhavn-analytics.se"), W,
    "FW: AWS Partner Network - certification account release request (Nordhavn Freight Analytics AB)",
    leaf(f"""Hi Kaede,

FYI, AWS asked us to release your certification account. I've approved it in Partner Central, so you should
be all set on our side. Nothing for you to do. Good luck at the new place!

/Maja

________________________________
From: AWS Partner Network <apn-notifications@amazon.com>
Sent: Monday, 17 March 2025 16:40
To: partner-admin@nordhavn-analytics.se
Subject: AWS Partner Network - certification account release request (Nordhavn Freight Analytics AB)

Hello,

An individual associated with your organization has asked AWS Training and Certification to move their
certification account ({W}) out of your partner organization.

Please confirm within 5 business days whether this account may be released. You can approve or decline the
request in AWS Partner Central under Certifications > Pending requests.

Thank you,
AWS Partner Network
"""), "unrelated", style="outlook", auth=AR_INTERNAL,
    crlf=True, what="colleague forwards an APN notice", hard="forwarded copy with an AWS 'Please confirm' addressed to someone else")

add("phish_dmarc", D("2025-03-19 04:02", "+0000"), (TC_NAME, TC), P,
    "RE:[CASE 174152208813390] [AWS Training and Certification Form Submission] - account-assistance",
    leaf("""Hello,

Before we can merge your certification accounts we need to verify the owner of both profiles. Please sign in
with your AWS Builder ID on the secure verification page below within 48 hours, otherwise your
certifications may be suspended.

https://aws-training-verify.co/merge?case=174152208813390

Kind regards,
AWS Training and Certification Customer Service
"""), "suspicious", style="aws-training-verify.co",
    auth=ar_p("amazon.com", ok=False, spf_from="support@amazon.com"),
    what="genuine-looking case mail with dkim/spf/dmarc fail",
    hard="real sender address and subject template; only Authentication-Results gives it away")

T_C3_NGUYEN = f"""Dear Customer,

Good day to you!

We are inform that Nordhavn Freight Analytics partner administrator has been confirmed the release of your
certification account, so your case is not on hold anymore and we can continue with merge process.

However, we noticed that your last message was send from the company email address. As per our security
process the request for merge must came from the email of the account which will be kept. Kindly to send us
a reply from {P} stating that this is the account you wish to keep, so we can proceed further.

Thank you for your kind understanding and patience.

Best Regards,
Nguyen Thi Lan
AWS Training and Certification Customer Service
"""
add("c3ngu", D("2025-03-20 07:47", "+0000"), (TC_NAME, TC), P, C3_SUBJ, leaf(T_C3_NGUYEN),
    "info_request", case=C3, needs_reply=True, irt="c3hold2",
    auth=ar_p("amazon.com", spf_from="0100019599d4@email.amazonses.com"),
    what="C3 hold lifted + ask to write from the address to keep (non-native English)",
    hard="mixed progress + ask; 'Kindly to send us'; ungrammatical")

add("c3rep2", D("2025-03-20 09:05", "+0100"), (ME_NAME, P), (TC_NAME, TC), C3_SUBJ.replace("RE:[", "Re: RE:["),
    leaf(f"""Hello Lan,

Writing from {P} as requested: this is the account I want to keep (candidate ID {NEW}).
Please merge the Nordhavn account into it.

Regards,
Kaede Lindqvist

> On 20/03/2025 08:47 CET AWS Training and Certification <{TC}> wrote:
>
""" + quote(T_C3_NGUYEN), cte="8bit"), "user_reply", case=C3, cands=[NEW], irt="c3ngu", style="ox",
    extra=["User-Agent: Open-Xchange Mailer v7.10.6-Rev71"],
    what="owner writes from the personal address", hard="OX quoting; 'Please merge' is the owner's words")

T_C3_CONF_TXT = f"""Hi Kaede!

Lan handed your case over to me, and I'm the one doing the actual merge.

Here's what I can see on our side, both accounts next to each other:

                                  Account #1           Account #2
Candidate ID                      {NEW}          {OLD}
Login email                       {P}   {W}
Training notification email       {P}   {W}
Certification notification email  {P}   {W}
Certifications                    -                    Solutions Architect - Associate, Developer - Associate
Benefits                          -                    50% exam discount (valid to 18 Aug 2026)

Merging is one-way, so I always double-check before I press the button: everything from Account #2 (exam
history, both certifications, the discount) goes into Account #1, and Account #2 stops working afterwards.

Is Account #1 the one you want to end up with?

Cheers,
Priyanka
AWS Training and Certification - Customer Service
"""
add("c3conf", D("2025-03-21 13:03", "+0000"), (TC_NAME, TC), P, C3_SUBJ,
    leaf(html_doc(f"""<p>Hi Kaede!</p>
<p>Lan handed your case over to me, and I&#39;m the one doing the actual merge &#127881;</p>
<p>Here&#39;s what I can see on our side. I&#39;ve put both accounts next to each other so it&#39;s easy to compare:</p>
<table border="0" cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb">
<tr style="background:#232f3e;color:#ffffff"><th align="left">&nbsp;</th><th align="left">Account #1</th><th align="left">Account #2</th></tr>
<tr><td>Candidate ID</td><td>{NEW}</td><td>{OLD}</td></tr>
<tr><td>Login email</td><td>{P}</td><td>{W}</td></tr>
<tr><td>Training notification email</td><td>{P}</td><td>{W}</td></tr>
<tr><td>Certification notification email</td><td>{P}</td><td>{W}</td></tr>
<tr><td>Certifications</td><td>&mdash;</td><td>AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate</td></tr>
<tr><td>Benefits</td><td>&mdash;</td><td>50% exam discount (valid to 18 Aug 2026)</td></tr>
</table>
<p>Merging is one-way, so I always double-check before I press the button: everything from Account #2 (exam history, both certifications, the discount) goes into Account #1, and Account #2 stops working afterwards.</p>
<p>Is Account #1 the one you want to end up with?</p>
<p>Cheers,<br>Priyanka<br>AWS Training and Certification &mdash; Customer Service</p>
<p style="font-size:11px;color:#687078">Tip: you can check your exam history at any time under Exam History in your certification account.</p>"""),
         "text/html"),
    "confirmation_request", case=C3, needs_reply=True, cands=[NEW, OLD], irt="c3rep2",
    auth=ar_p("amazon.com", spf_from="010001959e10@email.amazonses.com"),
    what="C3 Account #1/#2 table, HTML-only QP, chatty", hard="HTML-only; the ask is one short question after the table")

add("summit", D("2025-03-21 16:30", "+0000"), ("AWS Events", "aws-marketing-email-replies@amazon.com"), P,
    "You're registered: AWS Summit Stockholm 2025",
    alt("""Hi Kaede,

Thanks for registering for AWS Summit Stockholm on 4 June 2025 at Stockholmsmässan.

Registration code: 7H2K-QX91

Can't make it after all? Let us know by replying to this email so we can offer your seat to someone on the
waitlist.

See you there,
AWS Events

Unsubscribe | Privacy | Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg
""", html_doc(html_paras("""Hi Kaede,

Thanks for registering for AWS Summit Stockholm on 4 June 2025 at Stockholmsmässan.

Registration code: 7H2K-QX91

Can't make it after all? Let us know by replying to this email so we can offer your seat to someone on the waitlist.

See you there,
AWS Events""")), "summit"),
    "unrelated", auth=ar_p("amazon.com", spf_from="bounce@marketing.aws.com"),
    extra=["List-Unsubscribe: <mailto:unsubscribe@marketing.aws.com>"],
    what="AWS marketing event registration", hard="amazon.com sender; 'Let us know by replying'")

add("hashi", D("2025-03-22 08:15", "+0000"), ("HashiCorp Certification", "certification-support@hashicorp.com"), P,
    "[HashiCorp Support] Re: Move my Terraform Associate certification to a personal email (Request #90412)",
    leaf("""##- Please type your reply above this line -##

Your request (90412) has been solved. To reopen it, reply to this email.

Ravi (HashiCorp Certification)
Mar 22, 2025, 09:15 GMT+1

Hi Kaede,

Done. Your Terraform Associate certification and badge now live under kaede.lindqvist@mailbox.org, and the
old login has been closed.

How would you rate the support you received?
Good, I'm satisfied: https://hashicorp.zendesk.com/requests/90412/satisfaction/good
Bad, I'm unsatisfied: https://hashicorp.zendesk.com/requests/90412/satisfaction/bad

[AWQ6K8-PRN2]
"""), "unrelated", style="hashicorp.zendesk.com", auth=ar_p("hashicorp.com", dkim_dom="zendesk.com"),
    what="other vendor's (Zendesk) case solved", hard="'solved', 'reply to reopen', CSAT, same topic")

T_C3_JA_FOLLOW = f"""{ME_JA} 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐伯でございます。
担当の Priyanka が不在のため、代わってご連絡いたしました。

3月21日にお送りしたメール(下記)につきまして、まだご返信を確認できておりません。
アカウントの統合は元に戻すことができないため、統合先のアカウントについてお客様のご確認を
頂戴してから作業を進めております。

統合先を Account #1({NEW}、{P})とし、Account #2 の試験履歴・認定・特典を
すべて移行する内容で問題ございませんでしょうか。
ご確認のほどよろしくお願いいたします。

英語でのご返信でも問題ございません。

佐伯 真理子
AWS トレーニングと認定 カスタマーサービス
"""
add("c3follow", D("2025-03-24 02:10", "+0000"), ("AWS トレーニングと認定", TC), P, C3_SUBJ,
    alt(T_C3_JA_FOLLOW + f"""
-------- Original Message --------
From: AWS Training and Certification <{TC}>
Date: 2025/03/21 14:03
To: {P}
Subject: {C3_SUBJ}

""" + T_C3_CONF_TXT, html_doc(html_paras(T_C3_JA_FOLLOW) + '<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">' +
                             html_paras(T_C3_CONF_TXT) + "</div>"), "c3follow", cte="base64"),
    "confirmation_request", case=C3, needs_reply=True, cands=[NEW], irt="c3conf",
    auth=ar_p("amazon.com", spf_from="01000195a5e1@email.amazonses.com"), lang="ja",
    what="C3 Japanese keigo follow-up top-posted over the English table (base64)",
    hard="keigo ask (問題ございませんでしょうか / ご確認のほどよろしくお願いいたします) above quoted history")

add("phish_ja", D("2025-03-24 11:45", "+0000"), ("AWS トレーニングと認定", "support@aws-training-jp.net"), P,
    "【重要】AWS認定アカウント統合の本人確認のお願い(48時間以内)",
    leaf("""お客様

AWS認定アカウントの統合リクエストを受け付けました。統合を完了するには、本人確認が必要です。

下記のリンクより AWS Builder ID でサインインし、本人確認を完了してください。
48時間以内に確認が完了しない場合、保有されている認定資格が一時停止されます。

https://aws-training-jp.net/verify/merge

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 サポートチーム
""", charset="iso-2022-jp", cte="7bit"), "suspicious", style="aws-training-jp.net",
    auth=ar_p("aws-training-jp.net"), subj_charset="iso-2022-jp", from_charset="iso-2022-jp", lang="ja",
    what="Japanese phishing from lookalike domain (ISO-2022-JP)",
    hard="authentication passes for the lookalike domain itself; urgent ask")

add("fika", D("2025-03-25 13:00", "+0100"), ("Sofie Bergqvist", "sofie.bergqvist@nordhavn-analytics.se"), W,
    "Farewell fika for Kaede - Thursday 15:00",
    leaf("""Hi all,

Kaede's last day is Friday, so we're doing a farewell fika on Thursday at 15:00 in the big kitchen.

Please reply by Wednesday lunch if you're coming, so I know how much prinsesstårta to order.

/Sofie
"""), "unrelated", style="outlook", auth=AR_INTERNAL,
    crlf=True, what="internal farewell invitation", hard="'Please reply by Wednesday'")

T_C3_RUTH_CLOSE = f"""Dear Kaede Lindqvist,

I am writing in connection with case {C3}, concerning the consolidation of your AWS Certification accounts.

Our records show that a question was sent to you on 21 March 2025 and followed up on 24 March 2025, and
that no response has been received. In line with our case-handling policy, inactive cases are closed three
business days after the most recent follow-up. Accordingly, this case is scheduled to close on 28 March 2025,
and the accounts will remain separate.

A response to this message before that date will keep the case open.

Yours sincerely,
Ruth Adebayo-Marsh
AWS Training and Certification Customer Service
"""
add("c3close", D("2025-03-26 15:20", "+0000"), (TC_NAME, TC), P, C3_SUBJ, leaf(T_C3_RUTH_CLOSE),
    "closing_notice", case=C3, needs_reply=True, irt="c3follow",
    auth=ar_p("amazon.com", spf_from="01000195cc02@email.amazonses.com"),
    what="C3 formal closing notice", hard="no please/question; 'A response ... will keep the case open'")

add("selffwd", D("2025-03-27 08:40", "+0100"), (ME_NAME, W), P, "FW: " + C3_SUBJ,
    leaf(f"""Saving this before the mailbox closes tomorrow.

________________________________
From: AWS Training and Certification <{TC}>
Sent: Monday, March 10, 2025 10:14
To: Kaede Lindqvist <{W}>
Cc: {P}
Subject: {C3_SUBJ}

""" + T_C3_HOLD), "user_reply", case=C3, style="outlook", auth=ar_p("nordhavn-analytics.se",
    dkim_dom="nordhavnanalytics.onmicrosoft.com"),
    crlf=True, what="owner forwards an old case mail from company to personal address",
    hard="forwarded copy of an on_hold with questions; from one of the owner's own addresses; no reply needed")

add("c3rep3", D("2025-03-27 19:12", "+0100"), (ME_NAME, P), (TC_NAME, TC), C3_SUBJ.replace("RE:[", "Re: RE:["),
    leaf(f"""Confirmed, please merge into Account #1. Sorry for the slow reply, I was travelling for the new job and
only saw this now.

Kaede

> On 26/03/2025 16:20 CET AWS Training and Certification <{TC}> wrote:
>
""" + quote(T_C3_RUTH_CLOSE) + f""">
> > On 24/03/2025 03:10 CET AWS Training and Certification <{TC}> wrote:
> >
""" + quote(quote(T_C3_JA_FOLLOW)) + f"""> >
> > > On 21/03/2025 14:03 CET AWS Training and Certification <{TC}> wrote:
> > >
""" + quote(quote(quote(T_C3_CONF_TXT)))), "user_reply", case=C3, irt="c3close", style="ox",
    extra=["User-Agent: Open-Xchange Mailer v7.10.6-Rev71"],
    what="owner confirms, top-posted over three levels of quoted requests",
    hard="IDs and asks only in quoted history")

T_C3_DONE = f"""Hi Kaede,

Woohoo, I have successfully merged all accounts! Everything from {OLD} now lives under {NEW}: exam
history, both certifications and your 50% discount benefit. The old Nordhavn login won't work anymore,
which is expected.

Credly usually sends the badge emails within a day. If something looks off when you sign in, reply here and
we'll take a look; otherwise there's nothing else you need to do.

Good luck with the new job!
Priyanka
"""
add("c3done", D("2025-03-27 21:05", "+0000"), (TC_NAME, TC), P, C3_SUBJ,
    leaf(T_C3_DONE + f"""
On Fri, 21 Mar 2025 at 14:03, AWS Training and Certification <{TC}> wrote:
""" + quote(T_C3_CONF_TXT)), "resolved", case=C3, cands=[OLD, NEW], irt="c3rep3",
    auth=ar_p("amazon.com", spf_from="01000195d1a7@email.amazonses.com"),
    what="C3 merged", hard="quotes the Account #1/#2 question; conditional 'reply here'")

add("badge25a", D("2025-03-27 21:40", "+0000"), ("Credly", "admin@credly.com"), P,
    "Amazon Web Services Training and Certification has issued you a badge",
    alt("""Hi Kaede,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/3c1a0f77-9e2b-4d58-a0c6-5be48d21f913

The Credly Team
""", html_doc(html_paras("""Hi Kaede,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate""") + '<p><a href="https://www.credly.com/earner/earned/badge/3c1a0f77-9e2b-4d58-a0c6-5be48d21f913">Accept your badge</a></p>'),
        "badge25a"), "badge", style="credly.com", auth=ar_p("credly.com"), what="Credly badge after merge", hard="arrives minutes after the merge mail, same issuer name as the case sender")

add("badge25b", D("2025-03-27 21:41", "+0000"), ("Credly", "admin@credly.com"), P,
    "Kaede, your AWS Certified Developer - Associate badge is ready to claim",
    leaf(html_doc("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<h2 style="margin:0">Your badge is ready</h2>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p>Please accept it within 30 days to make it visible on your profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/b7d90e32-1f64-4c8a-9a75-07e3c2fd4a18" style="background:#0077b5;color:#fff;padding:10px 16px">Claim badge</a></p>
</td></tr></table>"""), "text/html", cte="base64"),
    "badge", style="credly.com", auth=ar_p("credly.com"),
    what="Credly badge, HTML-only base64", hard="'Please accept it within 30 days'")

add("c3survey", D("2025-03-28 09:00", "+0000"), (TC_NAME, TC), P, f"How did we do? [CASE {C3}]",
    alt(f"""Hello,

Your recent case {C3} with AWS Training and Certification Customer Service has been resolved.

Please take a moment to tell us about your experience. How satisfied were you with the support you
received?

  1 - Very dissatisfied   2   3   4   5 - Very satisfied
  https://amazonexteu.qualtrics.com/jfe/form/SV_{h('c3s', 14)}?case={C3}

Replies to this email are not monitored.
""", html_doc(html_paras(f"""Hello,

Your recent case {C3} with AWS Training and Certification Customer Service has been resolved.

Please take a moment to tell us about your experience. How satisfied were you with the support you received?""") +
        f'<p><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_{h("c3s", 14)}?case={C3}">1</a> &middot; 2 &middot; 3 &middot; 4 &middot; 5</p>'), "c3survey"),
    "survey", case=C3, auth=ar_p("amazon.com", spf_from="01000195d4f0@email.amazonses.com"),
    what="C3 satisfaction survey from the case sender", hard="same sender and [CASE] token; 'Please' + question")

add("phish_credly", D("2025-03-28 14:17", "+0000"), ("Credly", "admin@credly-badges.net"), P,
    "Action required: confirm ownership of your transferred AWS badges",
    leaf("""Hi Kaede,

We noticed your AWS Certification badges were recently transferred to a new account. To keep them visible
on your profile, confirm ownership within 24 hours:

https://credly-badges.net/confirm-ownership?u=kaede

If we don't hear from you, the badges will be hidden.

Credly Trust & Safety
"""), "suspicious", style="credly-badges.net", auth=ar_p("credly-badges.net"),
    what="fake Credly from lookalike domain", hard="timed right after the real merge and badges")

add("cm_email", D("2025-03-29 06:30", "+0000"), ("AWS Certification", "do-not-reply@certmetrics.com"), P,
    "Your AWS Certification account has been updated",
    leaf(f"""Hello Kaede,

The email address on your AWS Certification account (candidate ID {NEW}) was changed as part of an account
update. Notifications about your certifications will now be sent to {P}.

If you did not request this change, contact AWS Training and Certification Customer Service.

AWS Certification
"""), "certification", cands=[NEW], style="certmetrics.com", auth=ar_p("certmetrics.com"),
    what="certmetrics account-updated notice", hard="'If you did not request this change, contact'")

add("phish_sub", D("2025-03-29 18:02", "+0000"), (TC_NAME, "aws-cs-trainingcertification-form@amazon.com.case-verify.info"),
    P, "RE:[CASE 1743355520] Your certification account merge is incomplete",
    leaf("""Hello,

Your certification account merge could not be completed because we could not verify your identity.

Reply to this email with your candidate ID and the password of your AWS Builder ID so that we can finish
the merge today.

AWS Training and Certification Customer Service
"""), "suspicious", style="case-verify.info", auth=ar_p("amazon.com.case-verify.info"),
    what="lookalike subdomain phishing asking for a reply",
    hard="From local part and subject imitate the real case mail; asks to reply")

add("c5ack", D("2025-03-30 02:19", "+0000"), ("Amazon Web Services", CONSOLE), P,
    f"Amazon Web Services: New Support case: {C5}",
    leaf(f"""Dear Amazon Web Services Customer,

We have received your request and created a case on your behalf. The details are below.

Case ID: {C5}
Subject: {C5_TOPIC}
Severity: General guidance
Account: {ACCT_P}
Correspondence: Since my certification accounts were merged on 27 March, signing in to AWS Training with my
Builder ID shows an error page. Is this related to the merge?

To view the case or add correspondence, sign in to the Support Center:
{C5_LINK}

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North,
Seattle, WA 98109-5210. This e-mail address cannot accept incoming e-mails.
"""), "acknowledgement", case=C5, auth=ar_p("amazon.com", spf_from="01000195e3a1@email.amazonses.com"),
    what="C5 console case on the personal AWS account (15 digits)", hard="second live case right after C3")

T_C3_REOPEN_ASK = f"""Hi Priyanka,

Thanks again! I signed in and almost everything is there, but two things are missing on {NEW}:

 - the May 2021 Developer Associate exam (Pearson VUE registration 381204766) is not in Exam History,
   although the certification itself shows;
 - the 50% discount isn't listed under Benefits.

Could you take another look?

Kaede
"""
add("c3rep4", D("2025-03-31 09:20", "+0200"), (ME_NAME, P), (TC_NAME, TC), C3_SUBJ.replace("RE:[", "Re: RE:["),
    leaf(T_C3_REOPEN_ASK + f"""
> On 27/03/2025 22:05 CET AWS Training and Certification <{TC}> wrote:
>
""" + quote(T_C3_DONE)), "user_reply", case=C3, cands=[NEW], cc=W, irt="c3done", style="ox",
    extra=["User-Agent: Open-Xchange Mailer v7.10.6-Rev71"],
    what="owner asks to reopen after the merge (cc old address)", hard="the owner's own question; 9-digit registration")

add("autorep", D("2025-03-31 09:21", "+0200"), (ME_NAME, W), P, "Automatic reply: Re: " + C3_SUBJ,
    leaf("""Kaede Lindqvist no longer works at Nordhavn Freight Analytics. This mailbox is not monitored.

For AWS partner matters, write to partner-admin@nordhavn-analytics.se; for anything else,
info@nordhavn-analytics.se.
"""), "unrelated", style="outlook", auth=ar_p("nordhavn-analytics.se", dkim_dom="nordhavnanalytics.onmicrosoft.com"),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    crlf=True, what="auto-reply from the owner's own old company address",
    hard="From is one of the owner's addresses and the subject carries [CASE]; not a user reply")

add("c5info", D("2025-03-31 11:00", "+0000"), ("Amazon Web Services", CONSOLE), P, f"RE:[CASE {C5}] {C5_TOPIC}",
    leaf(f"""Hello Kaede,

Thanks for reaching out. I can see that your certification account merge is being handled by the AWS
Training and Certification team under their case {C3}, so I won't duplicate their work here.

The sign-in error itself may be a Builder ID session issue rather than something caused by the merge. To tell
which, we need the exact error text shown on the page, the approximate time (with time zone) of your last
attempt, and a screenshot if you have one. Add them to this case in the Support Center:
{C5_LINK}

This email address does not receive replies.

Kind regards,
Viktor
Amazon Web Services

""" + CONSOLE_FOOTER_2025), "info_request", case=C5, needs_reply=True, irt="c5ack",
    auth=ar_p("amazon.com", spf_from="01000195e8b4@email.amazonses.com"),
    what="C5 console asks for error text/time/screenshot via Support Center",
    hard="mentions another case number (C3); 'we need'; console footer")

add("c3reopen", D("2025-03-31 16:44", "+0000"), (TC_NAME, TC), P, C3_SUBJ,
    leaf(f"""Dear Kaede Lindqvist,

Thank you for your message. Case {C3} has been reopened and assigned to our certification records team,
who handle exam history and benefit corrections. They will contact you directly; such corrections typically
take three to five business days.

There is no need to submit a new request or to send any further information at this stage.

Yours sincerely,
Ruth Adebayo-Marsh
AWS Training and Certification Customer Service

-----Original Message-----
From: {P}
Sent: 31/03/2025 07:20 UTC
Subject: Re: {C3_SUBJ}

""" + T_C3_REOPEN_ASK), "case_update", case=C3, irt="c3rep4",
    auth=ar_p("amazon.com", spf_from="01000195e9c0@email.amazonses.com"),
    what="C3 reopened and routed to records team", hard="'reopened' could read like an ack; quotes the owner's question")

add("freetier", D("2025-04-01 05:00", "+0000"), ("AWS Free Tier", "freetier@costalerts.amazonaws.com"), P,
    "AWS Free Tier limit alert",
    leaf(f"""Hello,

Your AWS account {ACCT_P} has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of April.

Product: AmazonS3   Usage: 4.3 GB of 5 GB

To learn more about your AWS Free Tier usage, sign in to the Billing console. No action is required if you
are fine with being charged for usage above the Free Tier.

[AWS ID {ACCT_P}]
Amazon Web Services
"""), "unrelated", style="costalerts.amazonaws.com", auth=ar_p("costalerts.amazonaws.com"),
    what="AWS Free Tier alert", hard="12-digit account ID twice")

T_C3_JA_INFO = f"""{ME_JA} 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐伯でございます。
再開いただいたケースにつきまして、認定記録チームでの調査結果をご報告いたします。

まず、50% 割引特典につきましては、統合時の移行処理で反映が漏れておりました。
本日付で {NEW} に再付与いたしましたので、「特典」画面にてご確認いただけます。

次に、2021年5月のデベロッパー – アソシエイト試験の履歴についてでございますが、当該試験の記録は、
2021年に統合済みの候補 ID {DUP} に紐づいた状態で残っており、今回の統合の対象に含まれておりませんでした。
Pearson VUE 側の受験記録と照合のうえ移行いたしますが、照合にあたり、受験当日に提示された身分証明書に
記載の氏名表記(ローマ字)と、受験された形式(テストセンターまたはオンライン)が必要となります。

お手数をおかけいたしますが、上記2点を本メールへのご返信にてお知らせいただけますでしょうか。

佐伯 真理子
AWS トレーニングと認定 カスタマーサービス
"""
add("c3jainfo", D("2025-04-02 01:30", "+0000"), ("AWS トレーニングと認定", TC), P, C3_SUBJ,
    alt(T_C3_JA_INFO, html_doc(html_paras(T_C3_JA_INFO)), "c3jainfo", cte="base64"),
    "info_request", case=C3, needs_reply=True, cands=[NEW, DUP], irt="c3reopen",
    auth=ar_p("amazon.com", spf_from="01000195f0d2@email.amazonses.com"), lang="ja",
    what="C3 Japanese keigo report + buried ask for name spelling and exam format",
    hard="news first; the ask is the last sentence (いただけますでしょうか)")

add("scout", D("2025-04-03 10:00", "+0900"), ("ノルディック・キャリア", "scout@nordic-career.jp"), P,
    "【スカウト】北欧拠点のクラウドエンジニア職のご案内",
    leaf(f"""{ME_JA} 様

突然のご連絡失礼いたします。ノルディック・キャリアの山内と申します。
ご登録いただいている職務経歴を拝見し、ストックホルム拠点のクラウドエンジニア職をご案内したく
ご連絡いたしました。

ご興味がございましたら、本メールにご返信ください。カジュアル面談の日程を調整させていただきます。

山内
ノルディック・キャリア株式会社
""", charset="shift_jis", cte="base64"), "unrelated", style="nordic-career.jp", auth=ar_p("nordic-career.jp"),
    subj_charset="iso-2022-jp", from_charset="iso-2022-jp", lang="ja",
    what="recruiter scout (Japanese, Shift_JIS base64)", hard="〜がございましたら…ご返信ください")

add("credly_rem", D("2025-04-03 12:00", "+0000"), ("Credly", "admin@credly.com"), P,
    "Reminder: you have a badge waiting to be accepted",
    leaf("""Hi Kaede,

You still have a badge from Amazon Web Services Training and Certification waiting for you:
AWS Certified Developer - Associate

Accept it to add it to your profile:
https://www.credly.com/earner/earned/badge/b7d90e32-1f64-4c8a-9a75-07e3c2fd4a18

The Credly Team
"""), "badge", style="credly.com", auth=ar_p("credly.com"),
    what="Credly reminder", hard="reminder wording like a closing notice")

add("c5close", D("2025-04-04 11:05", "+0000"), ("Amazon Web Services", CONSOLE), P, f"RE:[CASE {C5}] {C5_TOPIC}",
    leaf(f"""Hello,

We have not received a response to our last correspondence, so case {C5} has been resolved.

If you still need help with this issue, you can reopen the case by replying to it in the Support Center within
14 days. After that, the case can no longer be reopened and a new case will be needed.

{C5_LINK}

Amazon Web Services

""" + CONSOLE_FOOTER_2025), "closing_notice", case=C5, needs_reply=True, irt="c5info",
    auth=ar_p("amazon.com", spf_from="01000196015e@email.amazonses.com"),
    what="C5 auto-resolved for no answer (console)", hard="says 'has been resolved' but is a no-answer closure")

T_C3_JA_CLOSE = f"""{ME_JA} 様

佐伯です。4月2日にお送りしたご質問(氏名表記と受験形式)について、まだご返信をいただいておりません。

4月8日までにご連絡がない場合、本ケースはクローズとなります。
引き続き試験履歴の移行をご希望の場合は、このメールに返信してください。

AWS トレーニングと認定 カスタマーサービス
"""
add("c3jaclose", D("2025-04-05 00:02", "+0000"), ("AWS トレーニングと認定", TC), P, C3_SUBJ,
    leaf(T_C3_JA_CLOSE, cte="8bit"), "closing_notice", case=C3, needs_reply=True, irt="c3jainfo",
    auth=ar_p("amazon.com", spf_from="0100019602aa@email.amazonses.com"), lang="ja",
    what="C3 Japanese closing notice (plain ください, UTF-8 8bit)", hard="plain form, conditional shape")

add("c3rep5", D("2025-04-05 09:30", "+0200"), (ME_NAME, P), (TC_NAME, TC), "Re: 試験履歴の件",
    leaf(f"""佐伯様

お世話になっております。リンドクヴィストです。
ご連絡が遅くなり申し訳ございません。

・身分証明書の氏名表記: KAEDE LINDQVIST
・受験形式: オンライン(OnVUE)

特典の再付与もありがとうございました。確認できました。
引き続きよろしくお願いいたします。

{ME_JA}

2025年4月5日(土) 2:02 AWS トレーニングと認定 <{TC}>:
""" + quote(T_C3_JA_CLOSE), cte="8bit"), "user_reply", case=C3, irt="c3jaclose", style="ox",
    extra=["User-Agent: Open-Xchange Mailer v7.10.6-Rev71"], lang="ja",
    what="owner answers in Japanese; subject edited (no case token)",
    hard="case only recoverable from In-Reply-To/References; よろしくお願いいたします is the owner's")

add("c3hold3", D("2025-04-07 14:00", "+0000"), (TC_NAME, TC), P, C3_SUBJ,
    leaf(f"""Kaede, quick update. Records team has asked Pearson VUE to resend the May 2021 result so it can be
attached to {NEW}. Case is paused until Pearson VUE answers, normally 2-3 business days. Nothing for you to
do.

Mateus
"""), "on_hold", case=C3, cands=[NEW], irt="c3rep5",
    auth=ar_p("amazon.com", spf_from="010001960e31@email.amazonses.com"),
    what="C3 paused waiting on Pearson VUE", hard="hold on a third party with no ask; very short")

add("c3jadone", D("2025-04-09 02:00", "+0000"), ("AWS トレーニングと認定", TC), P, C3_SUBJ,
    leaf(f"""{ME_JA} 様

佐伯でございます。
Pearson VUE より受験記録の再送を受け、2021年5月のデベロッパー – アソシエイト試験の履歴を
{NEW} に移行いたしました。「試験履歴」画面にてご確認いただけます。

これにて、ご依頼いただいた内容はすべて完了いたしましたので、本ケースは解決済みとさせていただきます。
お客様にて追加でご対応いただく必要はございません。

万が一、表示に不備がございましたら、本メールにご返信いただけましたら幸いです。

佐伯 真理子
AWS トレーニングと認定 カスタマーサービス

2025年4月2日 10:30 AWS トレーニングと認定 <{TC}>:
> お手数をおかけいたしますが、上記2点を本メールへのご返信にてお知らせいただけますでしょうか。
"""), "resolved", case=C3, cands=[NEW], irt="c3hold3",
    auth=ar_p("amazon.com", spf_from="0100019617f5@email.amazonses.com"), lang="ja",
    what="C3 resolved (Japanese)", hard="quotes the earlier keigo ask; conditional ご返信いただけましたら")

add("summitjp", D("2025-04-09 05:00", "+0000"), ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), P,
    "AWS Summit Japan 2025 登録受付開始のご案内",
    alt("""Kaede 様

AWS Summit Japan 2025 の登録受付を開始いたしました。
今年は AWS 認定資格保有者向けラウンジもご用意しております。

ご登録はこちら: https://aws.amazon.com/jp/summits/japan/

本メールは送信専用アドレスからお送りしています。配信停止をご希望の場合はこちらからお手続きください。
アマゾン ウェブ サービス ジャパン合同会社
""", html_doc(html_paras("""Kaede 様

AWS Summit Japan 2025 の登録受付を開始いたしました。
今年は AWS 認定資格保有者向けラウンジもご用意しております。""") +
        '<p><a href="https://aws.amazon.com/jp/summits/japan/">ご登録はこちら</a></p>'), "summitjp"),
    "unrelated", auth=ar_p("amazon.com", spf_from="bounce@marketing.aws.com"), lang="ja",
    what="AWS Japan marketing (Japanese)", hard="amazon.com sender, mentions 認定")

add("c3jasurvey", D("2025-04-10 03:00", "+0000"), ("AWS トレーニングと認定", TC), P,
    f"[CASE {C3}] サポートに関するアンケートのお願い",
    leaf(f"""いつも AWS トレーニングと認定をご利用いただきありがとうございます。

ケース {C3} についてのサポートはいかがでしたか。
今後のサービス向上のため、1分ほどのアンケートにご協力いただけますでしょうか。

https://amazonexteu.qualtrics.com/jfe/form/SV_{h('c3js', 14)}?case={C3}&lang=ja

本メールへのご返信はお受けしておりません。
"""), "survey", case=C3, auth=ar_p("amazon.com", spf_from="01000196204b@email.amazonses.com"), lang="ja",
    what="C3 survey (Japanese)", hard="keigo question いただけますでしょうか, [CASE] in subject")

add("skillbuilder", D("2025-04-11 08:00", "+0000"), ("AWS Skill Builder", "no-reply@aws.training"), P,
    "Receipt for your AWS Skill Builder Individual subscription",
    leaf("""Hello Kaede,

Thank you for your purchase.

Order number:   112-4839201-5521097
Plan:           AWS Skill Builder Individual (monthly)
Amount:         USD 29.00
Next billing:   11 May 2025

Manage your subscription in AWS Skill Builder under Account > Subscription.

Please do not reply to this email.
"""), "unrelated", style="aws.training", auth=ar_p("aws.training"),
    what="Skill Builder receipt", hard="order number digits")

add("cm_feedback", D("2025-04-14 16:00", "+0000"), ("AWS Certification", "do-not-reply@certmetrics.com"), P,
    "AWS Certification wants to hear from you",
    leaf(f"""Hello Kaede,

You recently went through changes to your AWS Certification account. We'd like to know how clear the
process was. The survey takes about five minutes and closes on 30 April.

Take the survey: https://aws.certmetrics.com/amazon/public/survey.aspx?s=acct25

Candidate ID: {NEW}

Please do not reply to this email; this mailbox is not monitored.
AWS Certification
"""), "certification", cands=[NEW], style="certmetrics.com", auth=ar_p("certmetrics.com"),
    what="certmetrics feedback invitation after the merge", hard="looks like a support survey about the case")


# ============================================================== write
def slug(n):
    return f"{n:03d}-{h('slug%d' % n, 3)}"


def main():
    # remove old outputs
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-[0-9a-f]{3}\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    prev = None
    rows = []
    for i, m in enumerate(MSGS, 1):
        assert prev is None or m["date"] >= prev, (m["key"], m["date"], prev)
        prev = m["date"]
        s = slug(i)
        raw = render(m)
        with open(os.path.join(OUT, s + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, s + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((s, m))
    write_readme(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for _, m in rows)
    nr = sum(1 for _, m in rows if m["label"]["needs_reply"])
    ja = sum(1 for _, m in rows if m["lang"] == "ja")
    L = [f"me: {P} {W}", "",
         "# Blind held-out corpus 16", "",
         "Mailbox owner: **Kaede Lindqvist** (リンドクヴィスト 楓), Japanese-born cloud engineer living in",
         "Gothenburg, Sweden. Worked at **Nordhavn Freight Analytics AB** (an AWS Partner Network company) until",
         "28 March 2025.",
         "", f"- personal address: `{P}` (mailbox.org; Authentication-Results from `mx2.mailbox.org`)",
         f"- old company address: `{W}` (Microsoft 365; Authentication-Results in Exchange Online style)",
         "", "Candidate IDs: " + f"`{OLD}` company account, `{DUP}` 2021 duplicate (SSO), `{NEW}` personal account.",
         f"Numbers that are not case IDs: AWS account IDs `{ACCT_W}`, `{ACCT_P}`; Pearson VUE registrations "
         "381204766, 402118937, 447920315; codes 730915, 582013; Microsoft case #2503170040007719 and MCIDs; "
         "Zendesk request 90412; ServiceNow RITM0031877; phishing 'cases' 174152208813390 and 1743355520.",
         "", "## Cases", "",
         "| short | case | digits | system | story |", "|---|---|---|---|---|",
         f"| C1 | {C1} | 10 | T&C form (2021 template) | two profiles on the company address; ack -> info request -> reply -> Account #1/#2 table -> closed for no answer -> reply -> merged |",
         f"| C2 | {C2} | 11 | AWS Support Center (console), company AWS account | lost exam voucher; ack -> info request (answer in console) -> bounce of an email reply -> auto-resolve warning -> second question -> handed over -> resolved -> survey |",
         f"| C3 | {C3} | 15 | T&C form (2025 template) | the leaving-the-company merge: ack -> APN hold with questions -> reply from wrong address -> hold (no ask) -> hold lifted + write from personal address -> reply -> Account #1/#2 (HTML) -> Japanese follow-up -> closing notice -> confirmed -> merged -> survey -> reopened -> Japanese info request -> Japanese closing notice -> reply without case token -> hold on Pearson VUE -> resolved -> Japanese survey |",
         f"| C4 | {C4} | 15 | T&C form (Japanese) | duplicate form submission; Japanese ack, then closed as duplicate of {C3} |",
         f"| C5 | {C5} | 15 | AWS Support Center (console), personal AWS account | sign-in error; ack -> info request (console) -> auto-resolved for no answer |",
         "", "## Counts", "",
         f"{len(rows)} messages; needs_reply true: {nr}; Japanese: {ja}.", "",
         "| kind | n |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(kinds.items())] + [
         "", "## Messages", "",
         "| file | kind | reply | case | lang | what it is | what makes it hard |", "|---|---|---|---|---|---|---|"]
    for s, m in rows:
        lb = m["label"]
        L.append(f"| {s} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | {m['lang']} | "
                 f"{m['what']} | {m['hard']} |")
    L += ["", "## Judgement calls", "",
          "- A case closed as a duplicate of another case (C4) is `resolved` for C4: the case is closed and nothing is asked.",
          "- A console case that was auto-resolved because the owner did not answer (C5) is a `closing_notice`: a reply in the Support Center reopens it.",
          "- The owner forwarding a case mail from the company address to the personal one is `user_reply` (written by the owner, on the case) with needs_reply false.",
          "- The old company mailbox's automatic reply (From: the owner's company address) is `unrelated`, as are bounces, colleagues' forwards and out-of-office replies, even when the subject carries [CASE ...]; their case is null.",
          "- candidate_ids: IDs in quoted history (`>` lines, Outlook header blocks, '-------- Original Message --------', forwarded text) are not counted; IDs in the acknowledgement's echo of the form fields are counted.",
          "- The reply 074 has no case token in its subject; its case comes only from In-Reply-To/References.",
          ]
    L += ["", "Regenerate with `python3 gen.py` (standard library only); it rewrites every `.eml`, `.json` and this README."]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
