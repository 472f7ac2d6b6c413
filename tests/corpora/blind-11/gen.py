#!/usr/bin/env python3
"""Blind held-out corpus (blind-11) for the AWS T&C account-merge mail classifier.

Standard library only.  Writes NNN-mail-xx.eml / NNN-mail-xx.json and README.md into the
directory this script lives in, then re-parses every file as a self-check.

Mailbox owner: Mizuki Tanabe (田辺 瑞希)
  personal: mizuki.tanabe.92@gmail.com   (Gmail)
  company : m-tanabe@kaede-sol.co.jp     (Exchange Online; shut down 2025-06-30)
"""
import base64
import datetime as dt
import email
import hashlib
import html
import json
import os
import quopri
import sys
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "mizuki.tanabe.92@gmail.com"
ME_C = "m-tanabe@kaede-sol.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_P = "13058227416"        # 2023, 11 digits, duplicate-accounts merge, reopened
CASE_A = "174953812000417"    # 2025, 15 digits, main company->personal merge (APN hold)
CASE_B = "174953901000871"    # 2025, 15 digits, duplicate form submission of A
CASE_D = "4390127756"         # 10 digits, console (Support Center) case
CASE_E = "175194840700562"    # 2025, 15 digits, Japanese, missing voucher after merge
CASE_F = "175547913300214"    # 2025, 15 digits, name on certificate

ACCT = "803615274092"         # 12-digit AWS account id (NOT a case)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


# ---------------------------------------------------------------------------
# small MIME toolkit (hand-rolled so every charset / transfer encoding is explicit)
# ---------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii"}


def H(i, salt=""):
    return hashlib.sha1(f"blind11-{i}-{salt}".encode()).hexdigest()


def leaf(ctype, text=None, charset="utf-8", cte="7bit", raw=None, extra=None, params=""):
    return {"t": "leaf", "ctype": ctype, "text": text, "charset": charset, "cte": cte,
            "raw": raw, "extra": extra or [], "params": params}


def multi(sub, parts, extra_params=""):
    return {"t": "multi", "sub": sub, "parts": parts, "params": extra_params}


BCOUNT = [0]


def render(part, seed):
    """returns (list of header lines, body bytes)"""
    if part["t"] == "leaf":
        if part["raw"] is not None:
            data = part["raw"]
        else:
            text = part["text"]
            if not text.endswith("\n"):
                text += "\n"
            data = text.encode(CODEC[part["charset"]])
        cte = part["cte"]
        if cte in ("7bit", "8bit"):
            body = data
        elif cte == "quoted-printable":
            body = quopri.encodestring(data)
            if not body.endswith(b"\n"):
                body += b"\n"
        elif cte == "base64":
            body = base64.encodebytes(data)
        else:
            raise ValueError(cte)
        ct = part["ctype"]
        if part["text"] is not None:
            cs = part["charset"]
            csname = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(cs, cs)
            ct += f'; charset="{csname}"' if seed % 2 else f"; charset={csname}"
        ct += part["params"]
        hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + part["extra"]
        return hdrs, body
    BCOUNT[0] += 1
    boundary = "----=_Part_" + hashlib.md5(f"{seed}-{BCOUNT[0]}-{part['sub']}".encode()).hexdigest()[:24]
    hdrs = [f'Content-Type: multipart/{part["sub"]};{part["params"]}\n\tboundary="{boundary}"']
    chunks = [b"This is a multi-part message in MIME format.\n"] if seed % 3 == 0 else []
    for p in part["parts"]:
        ph, pb = render(p, seed + 1)
        chunks.append(f"--{boundary}\n".encode())
        chunks.append(("\n".join(ph) + "\n\n").encode())
        chunks.append(pb)
        if not pb.endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(f"--{boundary}--\n".encode())
    return hdrs, b"".join(chunks)


def addr(name, email_, cs="utf-8"):
    if name is None:
        return email_
    return formataddr((name, email_), charset=cs)


def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return Header(s, "us-ascii", header_name="Subject").encode()
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject").encode()


def txt2html(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body></html>")


def gquote(text, header):
    lines = [header]
    for l in text.strip("\n").split("\n"):
        lines.append(">" if l == "" else "> " + l)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# transport headers
# ---------------------------------------------------------------------------
SES_HOSTS = [("a27-11.smtp-out.us-west-2.amazonses.com", "54.240.27.11"),
             ("a27-46.smtp-out.us-west-2.amazonses.com", "54.240.27.46"),
             ("a8-81.smtp-out.amazonses.com", "54.240.8.81"),
             ("a48-94.smtp-out.amazonses.com", "54.240.48.94")]


def ses_bounce(i):
    h = H(i, "ses")
    return f"0101{h[:12]}-{h[12:20]}-{h[20:24]}-{h[24:28]}-{h[28:32]}-{h[32:40]}-000000@us-west-2.amazonses.com"


def rx_gmail(i, when, host, ip, rcpt=ME_P):
    sid = H(i, "gid")[:20]
    return ("Received: from " + host + " (" + host + ". [" + ip + "])\n"
            "        by mx.google.com with ESMTPS id " + sid + "\n"
            "        for <" + rcpt + ">\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            "        " + format_datetime(when.astimezone(dt.timezone(dt.timedelta(hours=-7)))))


def rx_ms(i, when, host, ip):
    return ("Received: from " + host + " (" + ip + ") by\n"
            " TYCPR01MB8421.jpnprd01.prod.outlook.com (2603:1096:400:1a3::9) with\n"
            " Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.12; " +
            format_datetime(when.astimezone(UTC)))


def ar_gmail(i, from_dom, mailfrom, ip, dkim_doms, dmarc="pass", spf="pass", policy_="QUARANTINE"):
    parts = ["mx.google.com;"]
    for d in dkim_doms:
        parts.append(f"       dkim=pass header.i=@{d} header.s={H(i, d)[:16]} header.b={H(i, d+'b')[:8]};")
    if spf == "pass":
        parts.append(f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    else:
        parts.append(f"       spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    parts.append(f"       dmarc={dmarc} (p={policy_} sp={policy_} dis=NONE) header.from={from_dom}")
    return "Authentication-Results: " + "\n".join(parts)


def ar_ms(from_dom, mailfrom_dom, ip, dkim_doms):
    s = f"Authentication-Results: spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom};"
    for d in dkim_doms:
        s += f" dkim=pass (signature was verified)\n header.d={d};"
    s += f"dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100"
    return s


def mid_ses(i):
    h = H(i, "mid")
    return f"<01000{h[:11]}-{h[11:19]}-{h[19:23]}-{h[23:27]}-{h[27:31]}-{h[31:40]}-000000@email.amazonses.com>"


def mid_gmail(i):
    h = base64.b64encode(bytes.fromhex(H(i, "gm")[:36])).decode().replace("/", "_").replace("+", "-")
    return f"<CAL{h}@mail.gmail.com>"


def mid_outlook(i):
    h = H(i, "ol").upper()
    return f"<TYCPR01MB8421{h[:16]}{h[16:28]}@TYCPR01MB8421.jpnprd01.prod.outlook.com>"


def mid_other(i, dom):
    return f"<{H(i, dom)[:24]}.{H(i, 'x')[:10]}@{dom}>"


# ---------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------
MSGS = []
THREADS = {}       # thread key -> list of message ids
STORE = {}         # label -> body text (for quoting later)


def slug(i):
    a = "abcdefghijklmnopqrstuvwxyz"
    k = (i * 37 + 11) % 676
    return f"{i:03d}-mail-{a[k // 26]}{a[k % 26]}"


def add(*, kind, needs, case, cands, what, hard, date, frm, to, subject, body,
        cc=None, mid=None, transport=(), extra=(), thread=None, reply_to_thread=True,
        refs_override=None, crlf=False, subj_cs="utf-8", mailbox="P"):
    i = len(MSGS) + 1
    msgid = mid or mid_ses(i)
    hdrs = list(transport)
    hdrs.append("From: " + frm)
    hdrs.append("To: " + to)
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs.append("Subject: " + subj(subject, subj_cs))
    hdrs.append("Date: " + format_datetime(date))
    hdrs.append("Message-ID: " + msgid)
    if refs_override is not None:
        irt, refs = refs_override
        if irt:
            hdrs.append("In-Reply-To: " + irt)
        if refs:
            hdrs.append("References: " + "\n ".join(refs))
    elif thread and reply_to_thread and THREADS.get(thread):
        chain = THREADS[thread]
        hdrs.append("In-Reply-To: " + chain[-1])
        hdrs.append("References: " + "\n ".join(chain[-6:]))
    hdrs.extend(extra)
    hdrs.append("MIME-Version: 1.0")
    ph, pb = render(body, i)
    hdrs.extend(ph)
    raw = ("\n".join(hdrs) + "\n\n").encode("ascii") + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if thread:
        THREADS.setdefault(thread, []).append(msgid)
    MSGS.append({"i": i, "slug": slug(i), "raw": raw, "body": body,
                 "label": {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands},
                 "what": what, "hard": hard, "mailbox": mailbox, "date": date})
    return msgid


def aws_tx(i, when, mailbox="P", from_dom="amazon.com", dkim=("amazon.com", "amazonses.com")):
    host, ip = SES_HOSTS[i % len(SES_HOSTS)]
    bounce = ses_bounce(i)
    if mailbox == "P":
        return [f"Return-Path: <{bounce}>", f"Delivered-To: {ME_P}", rx_gmail(i, when, host, ip),
                ar_gmail(i, from_dom, bounce, ip, dkim)]
    return [f"Return-Path: <{bounce}>", rx_ms(i, when, host, ip),
            ar_ms(from_dom, "us-west-2.amazonses.com", ip, dkim),
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            "X-MS-Has-Attach: ", "X-MS-Exchange-Organization-SCL: 1"]


def other_tx(i, when, from_dom, mailfrom, host, ip, dkim, mailbox="P", dmarc_policy="REJECT"):
    if mailbox == "P":
        return [f"Return-Path: <{mailfrom}>", f"Delivered-To: {ME_P}", rx_gmail(i, when, host, ip),
                ar_gmail(i, from_dom, mailfrom, ip, dkim, policy_=dmarc_policy)]
    return [f"Return-Path: <{mailfrom}>", rx_ms(i, when, host, ip),
            ar_ms(from_dom, mailfrom.split("@")[-1], ip, dkim),
            "X-MS-Exchange-Organization-AuthAs: Anonymous"]


def nxt():
    return len(MSGS) + 1


AWS_TC = addr("Amazon Web Services", TC)
AWS_TC2 = addr("AWS Training and Certification", TC)
AWS_CON = addr("Amazon Web Services", NOREPLY)
MEP = addr("Mizuki Tanabe", ME_P)
MEC_JP = addr("田辺 瑞希", ME_C, "iso-2022-jp")
MEC = addr("Tanabe Mizuki", ME_C)

CONSOLE_FOOT = """{fb}

Best regards,
Amazon Web Services

======================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, please use the link above.*

======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
FB1 = ("We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
       "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.")
FB2 = ("Was this response helpful? Let us know by rating it in the Support Center - the stars are at the top right of each "
       "correspondence. Your rating goes straight to the engineer's team lead.")

# =========================================================================== 2023
# 001 certmetrics congratulations
d = T(2023, 9, 4, 16, 2, 11)
i = nxt()
add(kind="certification", needs=False, case=None, cands=["AWS07762015"],
    what="CertMetrics 'you are now AWS Certified' for SAA on the accidental duplicate account",
    hard="certmetrics mail with a candidate ID and 'log in to download' imperative; no case",
    date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations! You are now AWS Certified",
    transport=other_tx(i, d, "certmetrics.com", "bounces@mail.certmetrics.com", "mail-sor-f41.certmetrics.com", "198.2.134.41", ["certmetrics.com"]),
    mid=mid_other(i, "certmetrics.com"),
    body=leaf("text/plain", """Dear Mizuki Tanabe,

Congratulations on passing the AWS Certified Solutions Architect - Associate exam and becoming AWS Certified!

  Certification:      AWS Certified Solutions Architect - Associate
  Candidate ID:       AWS07762015
  Validation Number:  7QW2R4KLHB1E1Z9P
  Date achieved:      2023-09-02
  Expiration:         2026-09-02

Your digital badge will be issued through Credly within five business days. Log in to your AWS Certification Account to download your certificate and to view the benefits that come with your new certification.

Again, congratulations on your achievement!

AWS Training and Certification

This is an automated message. Please do not reply to this email.""", "us-ascii", "7bit"))

# 002 Builder ID code
d = T(2023, 9, 6, 12, 41, 3)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="AWS Builder ID email verification code",
    hard="AWS sender with a 6-digit number that is not a case; 'verify' wording",
    date=d, frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address",
    transport=aws_tx(i, d, "P", "signin.aws", ("signin.aws", "amazonses.com")),
    body=multi("alternative", [
        leaf("text/plain", """AWS Builder ID

Hello,

To finish creating your AWS Builder ID, enter this verification code:

731064

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.""", "utf-8", "quoted-printable"),
        leaf("text/html", """<html><body><div style="font-family:Helvetica,Arial"><h2>AWS Builder ID</h2>
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>731064</b></p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you didn&#39;t try to create an AWS Builder ID, you can ignore this email.</p>
<p style="color:#777;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></div></body></html>""", "utf-8", "quoted-printable")]))

# 003 ack P
d = T(2023, 9, 8, 1, 14, 37)
i = nxt()
STORE["003"] = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_P} to address your request. The details of your case are as follows:

Case ID: {CASE_P}
Subject: {TC_SUBJ}
Severity: General Guidance
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Description:
I seem to have two AWS Certification accounts under the same email address ({ME_P}). My new Solutions Architect Associate certification does not show up in Credly, where my Cloud Practitioner badge is. Could you merge them into one?

We aim to respond to all inquiries within 24 hours, although some requests may take longer to resolve. Please do not open a new case for the same issue; duplicate cases can delay our response.

If you have additional information to add to this case, reply to this email.

Sincerely,
Amazon Web Services"""
add(kind="acknowledgement", needs=False, case=CASE_P, cands=[],
    what="Case P acknowledgement (11-digit case) echoing the form text",
    hard="echoed form description ends with the owner's own question 'Could you merge them into one?'; 'reply to this email' is conditional",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P",
    body=leaf("text/plain", STORE["003"], "utf-8", "7bit"))

# 004 info request P (candidate IDs)
d = T(2023, 9, 9, 1, 22, 5)
i = nxt()
STORE["004"] = f"""Hello Mizuki,

Thank you for reaching out to AWS Training and Certification. My name is Priya and I'll be assisting you with this case.

I understand that you have ended up with more than one certification account tied to {ME_P}, and that your newest certification is not visible on Credly. This typically happens when a second account gets created during sign-in with a different method (for example an Amazon retail login one time and AWS Builder ID the next). The badge platform only sees the certifications of the account it was originally connected to, which is why your Solutions Architect badge never arrived.

Before our back-end team can consolidate them I need the candidate ID of each account. You will find it in the top right corner of the AWS Certification Account page once you are signed in: the letters AWS followed by eight digits. If you can only get into one of the two, send what you have and tell me which sign-in method you used for it.

Best regards,
Priya S.
AWS Training and Certification Customer Service"""
add(kind="info_request", needs=True, case=CASE_P, cands=[],
    what="Case P: agent asks for both candidate IDs",
    hard="ask phrased as 'I need the candidate ID...' after a long explanation, no 'please', no question mark; ID format described but no real ID",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P", reply_to_thread=False,
    body=leaf("text/plain", STORE["004"], "utf-8", "quoted-printable"))

# 005 user reply P with IDs
d = T(2023, 9, 9, 22, 47, 30, JST)
i = nxt()
STORE["005"] = """Hi Priya,

Thanks for the quick answer. I could sign in to both:

- AWS09920417 - signed in with my Amazon.com login. This is the one linked to Credly, it has Cloud Practitioner.
- AWS07762015 - signed in with AWS Builder ID. This is where the Solutions Architect Associate exam ended up.

Both are registered with """ + ME_P + """.

Thanks,
Mizuki"""
add(kind="user_reply", needs=False, case=CASE_P, cands=["AWS09920417", "AWS07762015"],
    what="Owner sends both candidate IDs (Gmail, '>' quoted request below)",
    hard="candidate IDs in new text; quoted request below still contains 'I need the candidate ID'",
    date=d, frm=MEP, to=TC, subject=f"Re: RE:[CASE {CASE_P}] {TC_SUBJ}",
    mid=mid_gmail(i), thread="P",
    body=leaf("text/plain", STORE["005"] + "\n\n" + gquote(STORE["004"], f"On Sat, Sep 9, 2023 at 10:22 AM Amazon Web Services <{TC}> wrote:"), "utf-8", "quoted-printable", params="; format=flowed"))

# 006 case update P (high volume)
d = T(2023, 9, 13, 17, 30, 2)
i = nxt()
add(kind="case_update", needs=False, case=CASE_P, cands=[],
    what="Case P: generic 'high volume, still in queue' update",
    hard="'There is no need to reply' - mentions replying and new cases, asks nothing",
    date=d, frm=AWS_TC2, to=ME_P, subject=f"RE:[CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P",
    body=leaf("text/plain", f"""Hello,

We wanted to let you know that case {CASE_P} is still with us. Our account team is currently handling an unusually high number of requests and responses are taking longer than usual. Your request is in the queue and will be worked in the order it was received.

There is no need to reply to this message or to open a new case; doing so may move your request to the back of the queue.

We appreciate your patience.

AWS Training and Certification""", "us-ascii", "7bit"))

# 007 confirmation request P (no Account #1/#2)
d = T(2023, 9, 16, 4, 5, 44)
i = nxt()
STORE["007"] = """Hi Mizuki,

Jorge here - I've picked up your case from Priya.

I located both records you sent. This is what we have on file:

  AWS09920417  created 2021-03-02, sign-in: Amazon, Credly linked, 1 active certification (CLF-C01)
  AWS07762015  created 2023-08-21, sign-in: AWS Builder ID, 1 active certification (SAA-C03)

The merge moves everything into one surviving record and permanently deactivates the other, so I want to be sure before I submit it to the back-end team. Is AWS09920417 the one you'd like to keep, with AWS07762015 folded into it? A simple yes is enough, or tell me if it should go the other way round.

Thanks,
Jorge
AWS T&C Support"""
add(kind="confirmation_request", needs=True, case=CASE_P, cands=["AWS09920417", "AWS07762015"],
    what="Case P: agent asks which record survives (candidate-ID list, no Account #1/#2)",
    hard="no 'Account #1/#2' listing, no 'please'; a yes/no question in the middle of the last paragraph",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P",
    body=leaf("text/plain", STORE["007"], "us-ascii", "7bit"))

# 008 user reply P confirm
d = T(2023, 9, 16, 14, 12, 9, JST)
i = nxt()
STORE["008"] = "Yes - please keep AWS09920417 and merge AWS07762015 into it.\n\nThank you!\nMizuki"
add(kind="user_reply", needs=False, case=CASE_P, cands=["AWS09920417", "AWS07762015"],
    what="Owner confirms merge direction for case P",
    hard="short; the quoted question below ends with a question mark",
    date=d, frm=MEP, to=TC, subject=f"Re: RE:[CASE {CASE_P}] {TC_SUBJ}", mid=mid_gmail(i), thread="P",
    body=leaf("text/plain", STORE["008"] + "\n\n" + gquote(STORE["007"], f"On Sat, Sep 16, 2023 at 1:05 PM Amazon Web Services <{TC}> wrote:"), "utf-8", "7bit"))

# 009 resolved P
d = T(2023, 9, 17, 2, 51, 18)
i = nxt()
add(kind="resolved", needs=False, case=CASE_P, cands=["AWS07762015", "AWS09920417"],
    what="Case P: merge done; quotes the confirmation request and reply",
    hard="quoted history under '---- Original Message ----' contains the old 'Is AWS09920417 the one you'd like to keep?' question; 'just reply here' is conditional",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P",
    body=leaf("text/plain", f"""Hi Mizuki,

Done! AWS07762015 has been merged into AWS09920417. Your exam history and both certifications now sit on the surviving record, and the duplicate has been closed. Credly can take up to 48 hours to pick up the change.

If something still looks off after that, just reply here.

Jorge

---- Original Message ----
From: Mizuki Tanabe <{ME_P}>
Sent: 9/16/2023 5:12 AM
To: {TC}
Subject: Re: RE:[CASE {CASE_P}] {TC_SUBJ}

{STORE['008']}

---- Original Message ----
From: Amazon Web Services
Sent: 9/16/2023 4:05 AM
Subject: RE:[CASE {CASE_P}] {TC_SUBJ}

{STORE['007']}""", "us-ascii", "7bit"))

# 010 Credly badge
d = T(2023, 9, 17, 9, 3, 50)
i = nxt()
add(kind="badge", needs=False, case=None, cands=[],
    what="Credly: SAA badge issued",
    hard="'Accept your badge' call to action; Credly not a support case",
    date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification sent you a new badge",
    transport=other_tx(i, d, "credly.com", "bounce+a1b2@em.credly.com", "o1.em.credly.com", "167.89.10.41", ["credly.com", "sendgrid.info"]),
    mid=mid_other(i, "credly.com"),
    body=multi("alternative", [
        leaf("text/plain", """Congratulations, Mizuki!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect – Associate.

Accept your badge to share it on LinkedIn, add it to your email signature and let employers verify your skills:
https://www.credly.com/earner/earned/badge/6e1f2c0a-8d1b-4f4e-9c8b-2a7d3e5f9b10

Credly, Inc. · 1 Liberty Plaza · New York, NY
Unsubscribe from badge notifications: https://www.credly.com/notifications""", "utf-8", "quoted-printable"),
        leaf("text/html", """<html><body style="background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:24px"><h1 style="font-size:22px">Congratulations, Mizuki!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/6e1f2c0a-8d1b-4f4e-9c8b-2a7d3e5f9b10" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. · 1 Liberty Plaza · New York, NY · <a href="https://www.credly.com/notifications">Unsubscribe</a></p>
</td></tr></table></body></html>""", "utf-8", "quoted-printable")]))

# 011 user reply P (reopen)
d = T(2023, 9, 20, 8, 33, 0, JST)
i = nxt()
STORE["011"] = """Hi Jorge,

The Solutions Architect badge arrived, thank you! However, my Cloud Practitioner badge has now disappeared from my Credly profile (it was there before the merge). Could you take a look?

Mizuki"""
add(kind="user_reply", needs=False, case=CASE_P, cands=[],
    what="Owner writes back after resolution: a badge vanished (reopens P)",
    hard="owner's own question ('Could you take a look?') - not support asking",
    date=d, frm=MEP, to=TC, subject=f"Re: RE:[CASE {CASE_P}] {TC_SUBJ}", mid=mid_gmail(i), thread="P",
    body=leaf("text/plain", STORE["011"] + "\n\n" + gquote("Done! AWS07762015 has been merged into AWS09920417. Your exam history and both certifications now sit on the surviving record, and the duplicate has been closed. Credly can take up to 48 hours to pick up the change.\n\nIf something still looks off after that, just reply here.\n\nJorge", f"On Sun, Sep 17, 2023 at 11:51 AM Amazon Web Services <{TC}> wrote:"), "utf-8", "quoted-printable"))

# 012 case update P (reopened)
d = T(2023, 9, 21, 6, 10, 27)
i = nxt()
add(kind="case_update", needs=False, case=CASE_P, cands=[],
    what="Case P reopened and escalated to badge team",
    hard="progress news only; 'Nothing is needed from you'",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE: [CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P",
    body=leaf("text/plain", f"""Hello Mizuki,

Thanks for letting us know. I've reopened case {CASE_P} and passed your note to the team that handles badge issuance with Credly. After a merge they sometimes need to re-issue badges against the surviving record; they'll do that for your Cloud Practitioner badge and I'll come back to you once it's done, usually within 3-5 business days.

Nothing is needed from you at this point.

Regards,
Priya S.
AWS Training and Certification Customer Service""", "us-ascii", "7bit"))

# 013 resolved P (2nd) with survey footer
d = T(2023, 9, 25, 3, 44, 12)
i = nxt()
add(kind="resolved", needs=False, case=CASE_P, cands=[],
    what="Case P resolved again: badge re-issued; survey footer",
    hard="survey footer ('How did we do? ... take our survey') under a resolution",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE: [CASE {CASE_P}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="P",
    body=multi("alternative", [
        leaf("text/plain", f"""Hello Mizuki,

Good news - the Cloud Practitioner badge has been re-issued against your merged account and you should have received an email from Credly about it. I'm marking this case as resolved.

Kind regards,
Priya S.
AWS Training and Certification Customer Service

--
How did we do? We'd love to hear about your experience with case {CASE_P}. Take our two-question survey: https://pages.awscloud.com/tc-support-survey.html?case={CASE_P}""", "utf-8", "quoted-printable"),
        leaf("text/html", f"""<html><body><p>Hello Mizuki,</p>
<p>Good news - the Cloud Practitioner badge has been re-issued against your merged account and you should have received an email from Credly about it. I'm marking this case as resolved.</p>
<p>Kind regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
<hr><p style="font-size:12px;color:#555">How did we do? We'd love to hear about your experience with case {CASE_P}. <a href="https://pages.awscloud.com/tc-support-survey.html?case={CASE_P}">Take our two-question survey</a></p></body></html>""", "utf-8", "quoted-printable")]))

# 014 Credly badge CLF
d = T(2023, 9, 25, 4, 2, 40)
i = nxt()
add(kind="badge", needs=False, case=None, cands=[],
    what="Credly: CLF badge re-issued ('Claim your badge')",
    hard="imperative subject 'Claim your ... badge'",
    date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Claim your AWS Certified Cloud Practitioner badge",
    transport=other_tx(i, d, "credly.com", "bounce+c3d4@em.credly.com", "o2.em.credly.com", "167.89.10.42", ["credly.com", "sendgrid.info"]),
    mid=mid_other(i, "credly.com"),
    body=leaf("text/html", """<html><body><div style="font-family:Arial;max-width:560px">
<p>Hi Mizuki,</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p>
<p>Claim it now to showcase your achievement and see the jobs that match your verified skills.</p>
<p><a href="https://www.credly.com/badges/0f3c8a52-91e7-4b6d-bb0a-7e2d51c4a9e3/accept">Claim badge</a></p>
<p style="color:#999;font-size:11px">You are receiving this email because an issuer awarded you a badge on Credly.</p></div></body></html>""", "utf-8", "base64"))

# 015 survey P
d = T(2023, 9, 26, 18, 0, 5)
i = nxt()
add(kind="survey", needs=False, case=CASE_P, cands=[],
    what="Standalone satisfaction survey for case P",
    hard="'Please take a moment' + rating links; mentions the case number",
    date=d, frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
    subject=f"How was your experience with case {CASE_P}?",
    transport=aws_tx(i, d),
    body=leaf("text/html", f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification Customer Service (Case ID: {CASE_P}). Please take a moment to rate your experience.</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-tc.example.amazon.com/r?c={CASE_P}&s=1">1</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r?c={CASE_P}&s=2">2</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r?c={CASE_P}&s=3">3</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r?c={CASE_P}&s=4">4</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/r?c={CASE_P}&s=5">5</a></td></tr>
<tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>Your feedback helps us improve. This survey takes less than a minute.</p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>""", "utf-8", "quoted-printable"))

# =========================================================================== 2025
# 016 billing
d = T(2025, 5, 7, 21, 15, 33)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="AWS billing statement for the personal AWS account",
    hard="same no-reply-aws@amazon.com sender as console cases; 12-digit account ID",
    date=d, frm=AWS_CON, to=ME_P,
    subject=f"Amazon Web Services Billing Statement Available [Account: {ACCT}]",
    transport=aws_tx(i, d),
    body=leaf("text/plain", f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.12

Account ID: {ACCT}
Invoice Number: 2082745519
Billing period: April 1 - April 30, 2025

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""", "us-ascii", "7bit"))

# 017 Pearson VUE (company)
d = T(2025, 5, 15, 2, 20, 0)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=["AWS03318842"],
    what="Pearson VUE appointment confirmation (company mailbox)",
    hard="9-digit registration ID; candidate ID present; many imperatives ('arrive 30 minutes early')",
    date=d, frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_C,
    subject="Pearson VUE Confirmation of Exam Appointment",
    transport=other_tx(i, d, "pearson.com", "bounce@notifications.pearson.com", "mx-out3.pearson.com", "159.182.20.17", ["pearson.com"], mailbox="C"),
    mid=mid_other(i, "pearson.com"), crlf=True, mailbox="C",
    body=leaf("text/plain", """Dear Mizuki Tanabe,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam:             SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID:  482019377
Candidate ID:     AWS03318842
Date and time:    Saturday, May 31, 2025  10:00 AM JST
Test center:      Pearson VUE Test Center Tokyo Shinagawa

Please arrive 30 minutes before your appointment to complete the check-in process and bring a valid, government-issued photo ID.

To reschedule or cancel, sign in to your web account at least 24 hours before your appointment.

Pearson VUE
Please do not reply to this message; this mailbox is not monitored.""", "us-ascii", "7bit"))

# 018 certmetrics wants to hear from you (company)
d = T(2025, 5, 28, 15, 30, 0)
i = nxt()
add(kind="certification", needs=False, case=None, cands=[],
    what="CertMetrics invitation to a certification-program survey",
    hard="'Will you share your feedback?' question and deadline - but a program survey, not support",
    date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="AWS Certification wants to hear from you",
    transport=other_tx(i, d, "certmetrics.com", "bounces@mail.certmetrics.com", "mail-sor-f44.certmetrics.com", "198.2.134.44", ["certmetrics.com"], mailbox="C"),
    mid=mid_other(i, "certmetrics.com"), crlf=True, mailbox="C",
    body=multi("alternative", [
        leaf("text/plain", """Hello Mizuki,

As an AWS Certified individual, your perspective matters to us. We are inviting a small group of certification holders to take part in a 15-minute survey about the exam experience and the value of AWS Certification in your career.

Will you share your feedback? Take the survey here:
https://aws.qualtrics.com/jfe/form/SV_cert2025?id=8f2a

The survey closes on June 13, 2025. Your responses are confidential.

Thank you,
AWS Certification""", "utf-8", "quoted-printable"),
        leaf("text/html", txt2html("""Hello Mizuki,

As an AWS Certified individual, your perspective matters to us. We are inviting a small group of certification holders to take part in a 15-minute survey about the exam experience and the value of AWS Certification in your career.

Will you share your feedback? Take the survey here:
https://aws.qualtrics.com/jfe/form/SV_cert2025?id=8f2a

The survey closes on June 13, 2025. Your responses are confidential.

Thank you,
AWS Certification"""), "utf-8", "quoted-printable")]))

# 019 GitHub merged (company)
d = T(2025, 6, 2, 6, 12, 45)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="GitHub: PR merged notification",
    hard="'Merged #412 into main' + 'Reply to this email directly'",
    date=d, frm=addr("Hiroshi Kato", "notifications@github.com"), to="kaede-sol/infra-terraform <infra-terraform@noreply.github.com>",
    cc="Mizuki Tanabe <mention@noreply.github.com>",
    subject="Re: [kaede-sol/infra-terraform] Migrate cert-manager to IRSA (PR #412)",
    transport=other_tx(i, d, "github.com", "noreply@github.com", "out-22.smtp.github.com", "192.30.252.205", ["github.com"], mailbox="C"),
    mid="<kaede-sol/infra-terraform/pull/412/issue_event/17730412234@github.com>",
    extra=["In-Reply-To: <kaede-sol/infra-terraform/pull/412@github.com>", "References: <kaede-sol/infra-terraform/pull/412@github.com>",
           "List-ID: kaede-sol/infra-terraform <infra-terraform.kaede-sol.github.com>", "X-GitHub-Reason: mention"],
    crlf=True, mailbox="C",
    body=multi("alternative", [
        leaf("text/plain", """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kaede-sol/infra-terraform/pull/412#event-17730412234
You are receiving this because you were mentioned.

Message ID: <kaede-sol/infra-terraform/pull/412/issue_event/17730412234@github.com>""", "utf-8", "7bit"),
        leaf("text/html", """<p>Merged <a href="https://github.com/kaede-sol/infra-terraform/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kaede-sol/infra-terraform/pull/412#event-17730412234">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""", "utf-8", "7bit")]))

# 020 Builder ID code (2025)
d = T(2025, 6, 9, 11, 58, 2)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Builder ID verification code (new personal Builder ID)",
    hard="six-digit code, AWS sender",
    date=d, frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), to=ME_P,
    subject="Your AWS Builder ID verification code",
    transport=aws_tx(i, d, "P", "login.awsapps.com", ("login.awsapps.com", "amazonses.com")),
    body=leaf("text/plain", """Hello Mizuki Tanabe,

Verification code: 508217

Enter this code on the sign-in page to verify your email address. It is valid for 10 minutes.

If you did not request this code, no action is needed - someone may have typed your email address by mistake.

- AWS Builder ID""", "us-ascii", "7bit"))

# 021 ack A (company, Japanese ISO-2022-JP)
d = T(2025, 6, 10, 6, 48, 52)
i = nxt()
STORE["021"] = f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様のリクエストに対応するため、ケース {CASE_A} を作成しました。ケースの詳細は次のとおりです。

ケース ID: {CASE_A}
件名: {TC_SUBJ}
重要度: 一般的なガイダンス
お問い合わせ内容:
Use Case: I am leaving Kaede Solutions at the end of June and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: {ME_C}, {ME_P}
The email address you would like to keep on file: {ME_P}

通常24時間以内に担当者よりご連絡いたしますが、最適な解決策をご案内するために、さらにお時間をいただく場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本ケースについて追加でお伝えいただきたい情報がございましたら、このメールへの返信でお知らせください。

よろしくお願いいたします。
Amazon Web Services"""
add(kind="acknowledgement", needs=False, case=CASE_A, cands=[],
    what="Case A acknowledgement (15-digit) in Japanese, ISO-2022-JP, company mailbox",
    hard="Japanese; 'ございましたら…返信でお知らせください' conditional; echoed English form text",
    date=d, frm=AWS_TC, to=ME_C, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d, "C"), thread="A", crlf=True, mailbox="C",
    body=leaf("text/plain", STORE["021"], "iso-2022-jp", "7bit"))

# 022 ack B (duplicate submission, personal)
d = T(2025, 6, 10, 7, 3, 41)
i = nxt()
ack_b = f"""Hello,

We've received your request and opened case {CASE_B}. A member of the AWS Training and Certification team will get back to you, typically within one business day.

Case ID: {CASE_B}
Inquiry type: Certification / Account Merge
Your message:
"I'm leaving my company this month. Please merge my company certification account ({ME_C}) into my personal one ({ME_P}). I'm not sure the first form went through, so I am sending it again."

To help us help you faster, please avoid opening multiple cases about the same issue.

You can add details to this case at any time by replying to this email.

Thanks,
AWS Training and Certification Customer Service"""
add(kind="acknowledgement", needs=False, case=CASE_B, cands=[],
    what="Case B acknowledgement: duplicate form submission 15 minutes after A",
    hard="echoed owner text contains 'Please merge'; 'please avoid opening multiple cases'; second case for the same request",
    date=d, frm=AWS_TC2, to=ME_P, subject=f"RE: [CASE {CASE_B}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="B",
    body=multi("alternative", [leaf("text/plain", ack_b, "utf-8", "quoted-printable"),
                               leaf("text/html", txt2html(ack_b), "utf-8", "quoted-printable")]))

# 023 phishing lookalike
d = T(2025, 6, 10, 22, 17, 9)
i = nxt()
add(kind="suspicious", needs=False, case=None, cands=[],
    what="Phishing from lookalike domain aws-certification-support.com",
    hard="auth passes for its own domain; 'Action required', merge vocabulary, fake 'Case' reference",
    date=d, frm=addr("AWS Training & Certification", "support@aws-certification-support.com"), to=ME_P,
    subject="Action required: verify your certification account merge",
    transport=other_tx(i, d, "aws-certification-support.com", "bounce@aws-certification-support.com", "mail.aws-certification-support.com", "45.147.229.18", ["aws-certification-support.com"], dmarc_policy="NONE"),
    mid=mid_other(i, "aws-certification-support.com"),
    body=leaf("text/html", """<html><body style="font-family:Amazon Ember,Arial">
<img src="https://aws-certification-support.com/img/aws-logo.png" alt="aws">
<h3>Account merge verification</h3>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Reference: Case 8817204461). To prevent the loss of your certifications and exam history, both accounts must be verified within <b>24 hours</b>.</p>
<p><a href="https://aws-certification-support.com/merge/verify?r=8817204461" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Verify accounts now</a></p>
<p>If you do not verify, the request will be rejected and your certification account may be locked.</p>
<p>AWS Training &amp; Certification Support Team</p></body></html>""", "utf-8", "quoted-printable"))

# 024 confirmation request B (Japanese keigo, base64 UTF-8)
d = T(2025, 6, 11, 0, 31, 6)
i = nxt()
STORE["024"] = f"""田辺 瑞希 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして、弊社にて該当する認定アカウントを以下の 2 件確認いたしました。

アカウント 1
  ログインメールアドレス: {ME_P}
  トレーニング通知先メールアドレス: {ME_P}
  認定通知先メールアドレス: {ME_P}
  候補 ID: AWS09920417

アカウント 2
  ログインメールアドレス: {ME_C}
  トレーニング通知先メールアドレス: {ME_C}
  認定通知先メールアドレス: {ME_C}
  候補 ID: AWS03318842

統合後は、アカウント 2 の試験履歴・認定・特典がアカウント 1 へ移行され、アカウント 2 はご利用いただけなくなります。

上記の内容にお間違いがないか、またアカウント 1 を残す形で統合を進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス"""
add(kind="confirmation_request", needs=True, case=CASE_B, cands=["AWS09920417", "AWS03318842"],
    what="Case B (the duplicate): Japanese keigo confirmation with アカウント 1 / 2 listing",
    hard="Japanese, base64 UTF-8, keigo 〜いただけますでしょうか; on the duplicate case, not the main one",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE: [CASE {CASE_B}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="B",
    body=multi("alternative", [leaf("text/plain", STORE["024"], "utf-8", "base64"),
                               leaf("text/html", txt2html(STORE["024"]), "utf-8", "base64")]))

# 025 on_hold A with ask (APN) - company, CRLF
d = T(2025, 6, 11, 3, 12, 30)
i = nxt()
STORE["025"] = f"""Hello Mizuki,

Thank you for contacting AWS Training and Certification. My name is Ayesha and I'm looking after your merge request.

While reviewing the two accounts, I noticed that the certification account registered to {ME_C} (AWS03318842) is associated with an AWS Partner Network (APN) organization, Kaede Solutions K.K. Certifications held on partner-associated accounts count toward the partner's program tiers and competencies, so we don't move them away from a partner while the holder is still employed there, and in some cases the partner's alliance lead is informed first.

For this reason I've placed your case on hold for now. This isn't a rejection - once we know you're leaving, the merge can normally go ahead without any further paperwork.

Are you still employed by Kaede Solutions, and if you are leaving, what is your last working day? It would also help to know whether {ME_C} will remain reachable after that date.

Kind regards,
Ayesha K.
AWS Training and Certification | Customer Service"""
add(kind="on_hold", needs=True, case=CASE_A, cands=["AWS03318842"],
    what="Case A on hold: old account tied to an APN partner; asks whether/when the owner leaves",
    hard="long explanation first; the questions come in the last paragraph without 'please'",
    date=d, frm=AWS_TC, to=ME_C, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d, "C"), thread="A", reply_to_thread=False, crlf=True, mailbox="C",
    body=leaf("text/plain", STORE["025"], "us-ascii", "7bit"))

# 026 user reply A from company (Outlook JP UI, CC manager)
d = T(2025, 6, 11, 13, 40, 12, JST)
i = nxt()
add(kind="user_reply", needs=False, case=CASE_A, cands=[],
    what="Owner answers the APN hold from the company address (Outlook, Japanese quote header), manager in Cc",
    hard="Outlook quoting without '>' (差出人/送信日時/件名 block); quoted questions remain below",
    date=d, frm=MEC, to=addr("Amazon Web Services", TC), cc=addr("小野寺 隆", "onodera@kaede-sol.co.jp", "iso-2022-jp"),
    subject=f"RE: RE:[CASE {CASE_A}] {TC_SUBJ}", mid=mid_outlook(i), thread="A",
    extra=["Thread-Topic: RE:[CASE " + CASE_A + "] " + TC_SUBJ, "Thread-Index: AdvZ1x7mQk3Wn0pYSUq8tB2cK1Hf9A==",
           "X-MS-Has-Attach: ", "Content-Language: ja-JP", "X-Mailer: Microsoft Outlook 16.0"],
    crlf=True, mailbox="C",
    body=leaf("text/plain", f"""Hello Ayesha,

Thank you for the quick reply.

Yes, I am leaving Kaede Solutions. My last working day is June 30, 2025, and this mailbox ({ME_C}) will be shut down on that day. I have copied my manager, Takashi Onodera, so that the company is aware of the request.

The account I would like to keep is the one registered to {ME_P}.

Best regards,
Mizuki Tanabe

________________________________
差出人: Amazon Web Services <{TC}>
送信日時: 2025年6月11日 12:12
宛先: {ME_C} <{ME_C}>
件名: RE:[CASE {CASE_A}] {TC_SUBJ}

{STORE['025']}""", "utf-8", "quoted-printable"))

# 027 manager auto-reply (company, ISO-2022-JP)
d = T(2025, 6, 11, 13, 40, 31, JST)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Manager's out-of-office auto-reply; case number in its subject",
    hard="subject carries '[CASE 174953812000417]' but it is an internal auto-reply",
    date=d, frm=addr("小野寺 隆", "onodera@kaede-sol.co.jp", "iso-2022-jp"), to=MEC_JP,
    subject=f"自動応答: RE: RE:[CASE {CASE_A}] {TC_SUBJ}", subj_cs="iso-2022-jp",
    mid=mid_outlook(i),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: onodera@kaede-sol.co.jp",
           "Content-Language: ja-JP"],
    refs_override=(THREADS["A"][-1], [THREADS["A"][-1]]),
    crlf=True, mailbox="C",
    body=leaf("text/plain", """お疲れさまです。小野寺です。

6月11日（水）から6月13日（金）まで出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。

お急ぎの場合は、インフラ部 佐々木（sasaki@kaede-sol.co.jp）までご連絡ください。
6月16日（月）以降、順次返信いたします。""", "iso-2022-jp", "7bit"))

# 028 user reply B (Japanese, Gmail)
d = T(2025, 6, 11, 21, 5, 48, JST)
i = nxt()
STORE["028"] = f"""佐藤様

ご連絡ありがとうございます。田辺です。

実は同じ内容で、先にケース {CASE_A} を会社のアドレスから提出しておりました。こちらは送信できたか不安になって重複して出してしまったものです。お手数をおかけして申し訳ありません。

あちらのケースでは APN の関係でご確認いただいている最中ですので、こちらのケースはクローズしていただいて構いません。

よろしくお願いいたします。
田辺 瑞希"""
add(kind="user_reply", needs=False, case=CASE_B, cands=[],
    what="Owner tells agent on B that it duplicates A",
    hard="Japanese; mentions the other case number in the body; quoted keigo confirmation request below",
    date=d, frm=MEP, to=TC, subject=f"Re: RE: [CASE {CASE_B}] {TC_SUBJ}", mid=mid_gmail(i), thread="B",
    body=leaf("text/plain", STORE["028"] + "\n\n" + gquote(STORE["024"], f"2025年6月11日(水) 9:31 Amazon Web Services <{TC}>:"), "utf-8", "8bit"))

# 029 resolved B (closed as duplicate)
d = T(2025, 6, 12, 1, 2, 15)
i = nxt()
add(kind="resolved", needs=False, case=CASE_B, cands=[],
    what="Case B closed as duplicate of A",
    hard="names the other case number; 'No further action is needed on this case'; quotes Japanese request",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE: [CASE {CASE_B}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="B",
    body=leaf("text/plain", f"""Hi Mizuki,

Thanks for letting us know, and no problem at all. I checked case {CASE_A} and my colleague is already working on your merge there (including the partner account review), so I'm closing this one as a duplicate to avoid crossed wires.

No further action is needed on this case. Any updates on your merge will come through {CASE_A}.

Best,
Kenji
AWS Training and Certification

-----Original Message-----
From: Mizuki Tanabe <{ME_P}>
Sent: Wednesday, June 11, 2025 12:05 PM
Subject: Re: RE: [CASE {CASE_B}] {TC_SUBJ}

{STORE['028']}""", "utf-8", "quoted-printable"))

# 030 on_hold A without ask
d = T(2025, 6, 12, 5, 47, 3)
i = nxt()
add(kind="on_hold", needs=False, case=CASE_A, cands=[],
    what="Case A stays on hold pending partner operations; nothing needed",
    hard="conditional 'If your plans change ... feel free to reply here'",
    date=d, frm=AWS_TC, to=ME_C, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d, "C"), thread="A", crlf=True, mailbox="C",
    body=leaf("text/plain", f"""Hi Mizuki,

Thanks for confirming your departure date. I've passed it on to our partner operations team, who will let Kaede Solutions' APN administrator know as part of the standard process. Your case stays on hold until that step is complete - usually a few business days, at the latest shortly after your last day.

There is nothing you need to do while we wait. If your plans change, or if you'd prefer us to reach you at a different address, feel free to reply here.

Regards,
Tomasz W.
AWS Training & Certification Support""", "us-ascii", "7bit"))

# 031 Jira (company)
d = T(2025, 6, 13, 8, 21, 40)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Jira: internal offboarding ticket resolved",
    hard="'resolved' / 'Done' and an Add-comment button; Japanese-English mix",
    date=d, frm=addr("Hiroshi Kato (Jira)", "jira@kaede-sol.atlassian.net"), to=ME_C,
    subject="[JIRA] (KAEDE-1182) 退職者アカウント棚卸し: AWS 検証環境 IAM ユーザー削除",
    transport=other_tx(i, d, "kaede-sol.atlassian.net", "jira@e.atlassian.net", "mail-r2.e.atlassian.net", "104.192.142.39", ["atlassian.net"], mailbox="C"),
    mid=mid_other(i, "Atlassian.JIRA"), crlf=True, mailbox="C",
    body=multi("alternative", [
        leaf("text/plain", """Hiroshi Kato resolved KAEDE-1182 as Done

退職者アカウント棚卸し: AWS 検証環境 IAM ユーザー削除

Change By: Hiroshi Kato
Resolution: Done
Status: In Review -> Done
Assignee: Mizuki Tanabe

田辺さんの IAM ユーザー (mtanabe-admin) を削除しました。アクセスキーも無効化済みです。

Add Comment: https://kaede-sol.atlassian.net/browse/KAEDE-1182#add-comment

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100282)""", "utf-8", "base64"),
        leaf("text/html", txt2html("""Hiroshi Kato resolved KAEDE-1182 as Done

退職者アカウント棚卸し: AWS 検証環境 IAM ユーザー削除

Change By: Hiroshi Kato
Resolution: Done
Status: In Review -> Done
Assignee: Mizuki Tanabe

田辺さんの IAM ユーザー (mtanabe-admin) を削除しました。アクセスキーも無効化済みです。

Add Comment

This message was sent by Atlassian Jira"""), "utf-8", "base64")]))

# 032 console ack D
d = T(2025, 6, 16, 2, 14, 27)
i = nxt()
STORE["032desc"] = f"""Hello, when I sign in to aws.training with my AWS Builder ID ({ME_P}) and click "Go to your AWS Certification account", I get "Something went wrong. Please try again later." I moved from a company account recently. Can you check what is wrong?"""
add(kind="acknowledgement", needs=False, case=CASE_D, cands=[],
    what="Console 'New Support case' mail (10-digit case) for the personal AWS account",
    hard="12-digit account ID beside the case ID; 'please use the link above' boilerplate; echoed owner question",
    date=d, frm=AWS_CON, to=ME_P, subject=f"Amazon Web Services: New Support case: {CASE_D}",
    transport=aws_tx(i, d), thread="D",
    body=leaf("text/plain", f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {CASE_D} to address your request. The details of your case are as follows:

Case ID: {CASE_D}
Subject: Cannot open AWS Certification account after signing in with Builder ID
Severity: General guidance
Account: [AWS ID {ACCT}]
Correspondence: {STORE['032desc']}

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, please use the link above.*

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""", "utf-8", "quoted-printable"))

# 033 AWS Summit marketing (Japanese, HTML base64)
d = T(2025, 6, 16, 3, 0, 0)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="AWS Japan marketing: Summit on-demand",
    hard="amazon.com sender, Japanese HTML with '今すぐ登録' button",
    date=d, frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan 2025】オンデマンド配信を公開しました",
    transport=aws_tx(i, d), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?id=8821>",
                                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    body=leaf("text/html", """<html><head><meta charset="utf-8"></head><body>
<table width="640" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td><h2>AWS Summit Japan 2025 オンデマンド配信中</h2>
<p>田辺 瑞希 様</p>
<p>先日開催された AWS Summit Japan 2025 の 150 以上のセッションを、オンデマンドでご視聴いただけるようになりました。生成 AI、データ分析、モダナイゼーションなど、ご興味のあるテーマからお選びください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録して視聴する</a></p>
<p>AWS 認定をお持ちの方向けのラウンジ企画のアーカイブも公開中です。</p>
<p style="font-size:11px;color:#888">このメールの配信停止は<a href="https://pages.awscloud.com/unsubscribe.html?id=8821">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>""", "utf-8", "base64"))

# 034 console info request D
d = T(2025, 6, 17, 8, 40, 55)
i = nxt()
STORE["034"] = f"""Hello,

Thank you for your patience. My name is Ravi and I'll be working with you on this case.

I checked the Builder ID profile associated with {ME_P} and the sign-in itself completes normally, so the error is most likely raised when aws.training hands you over to the certification portal. In similar cases the cause was a stale session from a different identity - for example an APN / Partner Central login - still present in the browser.

To narrow this down I need two things from you:

1. The exact time (with time zone) of your most recent failed attempt, so I can find it in the logs.
2. Whether the problem persists in a private/incognito window with no other AWS session open.

A screenshot of the error page would also help if you have one.

""" + CONSOLE_FOOT.format(case=CASE_D, fb=FB1)
add(kind="info_request", needs=True, case=CASE_D, cands=[],
    what="Console case D: agent asks for time of failure and incognito test (answer in Support Center)",
    hard="console mail: reply must go through Support Center; 'cannot accept incoming e-mails' and rating footer surround the ask",
    date=d, frm=AWS_CON, to=ME_P,
    subject=f"RE:[CASE {CASE_D}] Cannot open AWS Certification account after signing in with Builder ID",
    transport=aws_tx(i, d), thread="D", reply_to_thread=False,
    body=leaf("text/plain", STORE["034"], "utf-8", "quoted-printable"))

# 035 user replies to console mail by email (wrong channel), with PNG
d = T(2025, 6, 17, 19, 20, 4, JST)
i = nxt()
png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
add(kind="user_reply", needs=False, case=CASE_D, cands=[],
    what="Owner answers the console case by plain email (to no-reply-aws) with a screenshot",
    hard="user mail with attachment sent to an address that cannot receive mail",
    date=d, frm=MEP, to=NOREPLY,
    subject=f"Re: RE:[CASE {CASE_D}] Cannot open AWS Certification account after signing in with Builder ID",
    mid=mid_gmail(i), thread="D",
    body=multi("mixed", [
        leaf("text/plain", """Hi Ravi,

1. Last failed attempt: today, 18:05 JST (09:05 UTC).
2. In an incognito window it works! So it really seems to be the old Partner Central session from my previous company.

Screenshot of the error attached.

Thanks,
Mizuki

""" + gquote(STORE["034"].split("We value your feedback")[0], f"On Tue, Jun 17, 2025 at 5:40 PM Amazon Web Services <{NOREPLY}> wrote:"), "utf-8", "quoted-printable"),
        leaf("image/png", raw=png, cte="base64", extra=['Content-Disposition: attachment; filename="error.png"'], params='; name="error.png"')]))

# 036 bounce
d = T(2025, 6, 17, 10, 20, 33)
i = nxt()
orig_mid = THREADS["D"][-1]
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Gmail bounce: no-reply-aws@amazon.com cannot accept incoming e-mail",
    hard="multipart/report whose rfc822-headers part carries the case subject",
    date=d, frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)",
    mid=mid_other(i, "mx.google.com"), extra=["Auto-Submitted: auto-replied"],
    refs_override=(orig_mid, [orig_mid]),
    body=multi("report", [
        leaf("text/plain", f"""** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox cannot accept incoming e-mails""", "utf-8", "7bit"),
        leaf("message/delivery-status", raw=f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 17 Jun 2025 03:20:04 -0700 (PDT)

Final-Recipient: rfc822; {NOREPLY}
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.182.18, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
Last-Attempt-Date: Tue, 17 Jun 2025 03:20:33 -0700 (PDT)
""".encode(), cte="7bit"),
        leaf("text/rfc822-headers", raw=f"""From: Mizuki Tanabe <{ME_P}>
Date: Tue, 17 Jun 2025 19:20:04 +0900
Message-ID: {orig_mid}
Subject: Re: RE:[CASE {CASE_D}] Cannot open AWS Certification account after signing in with Builder ID
To: {NOREPLY}
""".encode(), cte="7bit")], extra_params=" report-type=delivery-status;"))

# 037 suspicious: dmarc=fail amazon.com look-alike of T&C mail
d = T(2025, 6, 19, 14, 55, 20)
i = nxt()
fake_case = "174981220500093"
add(kind="suspicious", needs=False, case=None, cands=[],
    what="Spoofed T&C case mail: From amazon.com but SPF/DKIM/DMARC fail",
    hard="genuine From address, genuine-looking subject with a 15-digit case number; only Authentication-Results betray it",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {fake_case}] {TC_SUBJ}",
    transport=[f"Return-Path: <{TC}>", f"Delivered-To: {ME_P}",
               rx_gmail(i, d, "vps-4471.hostmonde.net", "185.220.101.77"),
               "Authentication-Results: mx.google.com;\n"
               "       dkim=fail header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcy2pgrcw header.b=Zq9tW2x1;\n"
               f"       spf=fail (google.com: domain of {TC} does not designate 185.220.101.77 as permitted sender) smtp.mailfrom={TC};\n"
               "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
    extra=["Reply-To: aws-tc-merge@proton-desk.net"],
    mid=mid_other(i, "hostmonde.net"),
    body=leaf("text/plain", f"""Hello,

Your account merge request is pending a final identity verification. For security reasons, accounts that are not verified within 48 hours are permanently deleted together with their certification history.

Case ID: {fake_case}

Complete the verification here:
https://aws-training-verify.co/merge?case={fake_case}

Kind regards,
AWS Training and Certification""", "us-ascii", "7bit"))

# 038 console closing notice D
d = T(2025, 6, 20, 9, 2, 11)
i = nxt()
add(kind="closing_notice", needs=True, case=CASE_D, cands=[],
    what="Console case D: will auto-resolve in 3 days without a reply in Support Center",
    hard="owner did 'reply' by email (bounced); console boilerplate says not to reply by email",
    date=d, frm=AWS_CON, to=ME_P,
    subject=f"RE:[CASE {CASE_D}] Cannot open AWS Certification account after signing in with Builder ID",
    transport=aws_tx(i, d), thread="D", reply_to_thread=False,
    body=leaf("text/plain", """Hello,

We haven't heard back from you on this case since our last correspondence. If the issue is still ongoing, respond through the AWS Support Center link below and we'll pick it up right away.

If we don't receive a response, this case will be automatically resolved in 3 days.

""" + CONSOLE_FOOT.format(case=CASE_D, fb=FB2), "utf-8", "7bit"))

# 039 console case update D
d = T(2025, 6, 21, 3, 10, 49)
i = nxt()
add(kind="case_update", needs=False, case=CASE_D, cands=[],
    what="Console case D: service team engaged (after owner answered in Support Center)",
    hard="console mail with rating footer and 'To update your case, please use the link' boilerplate, but asks nothing",
    date=d, frm=AWS_CON, to=ME_P,
    subject=f"RE:[CASE {CASE_D}] Cannot open AWS Certification account after signing in with Builder ID",
    transport=aws_tx(i, d), thread="D", reply_to_thread=False,
    body=leaf("text/plain", """Hello Mizuki,

Thank you for the details and the screenshot you added in the Support Center. The failed request at 09:05 UTC carried a Partner Central identity in addition to your Builder ID, which matches your observation that an incognito window works.

I've raised this with the AWS Training and Certification service team so that they can clear the stale association on their side. Their turnaround is typically 1-2 business days; I'll update this case as soon as I hear back.

Sofia L.

""" + CONSOLE_FOOT.format(case=CASE_D, fb=FB2), "utf-8", "quoted-printable"))

# 040 console resolved D
d = T(2025, 6, 24, 6, 30, 18)
i = nxt()
add(kind="resolved", needs=False, case=CASE_D, cands=[],
    what="Console case D resolved",
    hard="'you can reopen this case ... within 14 days' and rating footer",
    date=d, frm=AWS_CON, to=ME_P,
    subject=f"RE:[CASE {CASE_D}] Cannot open AWS Certification account after signing in with Builder ID",
    transport=aws_tx(i, d), thread="D", reply_to_thread=False, crlf=True,
    body=leaf("text/plain", """Hello Mizuki,

The service team has confirmed that the stale partner association on your Builder ID has been cleared. I tested the hand-off with them and you should now land in your certification account from a normal browser window as well.

As there is nothing further on our side, I'm marking this case as resolved. If the same error comes back, you can reopen this case from the Support Center within 14 days.

Sofia L.

""" + CONSOLE_FOOT.format(case=CASE_D, fb=FB1), "utf-8", "quoted-printable"))

# 041 console survey D
d = T(2025, 6, 24, 6, 45, 0)
i = nxt()
add(kind="survey", needs=False, case=CASE_D, cands=[],
    what="AWS Support survey for console case D",
    hard="HTML-only, 'How satisfied were you?' question",
    date=d, frm=addr("AWS Support", "aws-support-feedback@amazon.com"), to=ME_P,
    subject=f"How did we do? AWS Support case {CASE_D}",
    transport=aws_tx(i, d),
    body=leaf("text/html", f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>{CASE_D}</b> ("Cannot open AWS Certification account after signing in with Builder ID") was recently resolved.</p>
<p>How satisfied were you with the support you received?</p>
<table cellspacing="6"><tr>
<td><a href="https://support-feedback.aws.amazon.com/?case={CASE_D}&r=1">Very dissatisfied</a></td>
<td><a href="https://support-feedback.aws.amazon.com/?case={CASE_D}&r=2">Dissatisfied</a></td>
<td><a href="https://support-feedback.aws.amazon.com/?case={CASE_D}&r=3">Neutral</a></td>
<td><a href="https://support-feedback.aws.amazon.com/?case={CASE_D}&r=4">Satisfied</a></td>
<td><a href="https://support-feedback.aws.amazon.com/?case={CASE_D}&r=5">Very satisfied</a></td></tr></table>
<p>Thank you for helping us improve AWS Support.</p></body></html>""", "utf-8", "quoted-printable"))

# 042 other vendor case closed (company)
d = T(2025, 6, 25, 4, 5, 0)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Other vendor (Nimbus Backup) support case closed",
    hard="'Case 00482913 has been closed', 'reply to this email within 14 days to reopen' - looks like a closing notice",
    date=d, frm=addr("Nimbus Backup Support", "support@nimbusbackup.io"), to=ME_C,
    subject="[Case 00482913] Restore job stuck at 99% - Case Closed",
    transport=other_tx(i, d, "nimbusbackup.io", "bounces@mail.nimbusbackup.io", "mail.nimbusbackup.io", "52.34.119.8", ["nimbusbackup.io"], mailbox="C"),
    mid=mid_other(i, "nimbusbackup.io"), crlf=True, mailbox="C",
    body=leaf("text/plain", """Hi Mizuki,

Your case 00482913 ("Restore job stuck at 99%") has been closed, as we haven't heard back since our last update and the restore completed on June 20.

If the issue comes back, reply to this email within 14 days and the case will be reopened automatically.

How did we do? Rate this case: https://support.nimbusbackup.io/csat/00482913

Nimbus Backup Support""", "us-ascii", "7bit"))

# 043 info request A: write from the address kept (company copy, Cc personal)
d = T(2025, 6, 26, 2, 25, 9)
i = nxt()
STORE["043"] = f"""Hello Mizuki,

Good news: partner operations have completed their review and Kaede Solutions' APN administrator has been notified, so I've taken your case off hold.

One last thing before I can prepare the merge. We can only act on changes to an account after hearing from the address on that account. As the account you're keeping is the one registered to {ME_P}, we need you to send us a reply from that address confirming that you made this request. I've copied it on this email so you can simply reply from there.

Kind regards,
Ayesha K.
AWS Training and Certification | Customer Service"""
add(kind="info_request", needs=True, case=CASE_A, cands=[],
    what="Case A off hold; agent needs a reply from the personal address (company copy, Cc personal)",
    hard="starts with progress news ('off hold'); ask is 'we need you to send us a reply from that address'",
    date=d, frm=AWS_TC, to=ME_C, cc=ME_P, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d, "C"), thread="A", crlf=True, mailbox="C",
    body=leaf("text/plain", STORE["043"], "us-ascii", "7bit"))
MID_043 = THREADS["A"][-1]

# 044 forward company -> personal (owner's own forward)
d = T(2025, 6, 26, 11, 40, 2, JST)
i = nxt()
add(kind="user_reply", needs=False, case=CASE_A, cands=[],
    what="Owner forwards the request from the company mailbox to the personal one",
    hard="forwarded copy: the whole ask is in forwarded text; own text is a Japanese note to self",
    date=d, frm=MEC, to=ME_P, subject=f"FW: RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=other_tx(i, d, "kaede-sol.co.jp", ME_C, "mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.74.101", ["kaede-sol.co.jp"], dmarc_policy="NONE"),
    mid=mid_outlook(i), refs_override=(None, [MID_043]),
    extra=["Thread-Topic: RE:[CASE " + CASE_A + "] " + TC_SUBJ, "Thread-Index: AdvZ1x7mQk3Wn0pYSUq8tB2cK1Hf9AAGx2pQ",
           "X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP"],
    body=leaf("text/plain", f"""（個人用控え）会社アドレス停止前に転送。Gmail から返信すること。

________________________________
From: Amazon Web Services <{TC}>
Sent: Thursday, June 26, 2025 11:25 AM
To: {ME_C}
Cc: {ME_P}
Subject: RE:[CASE {CASE_A}] {TC_SUBJ}

{STORE['043']}""", "iso-2022-jp", "7bit"))

# 045 user reply from personal, subject without case token, threaded by In-Reply-To only
d = T(2025, 6, 26, 21, 15, 37, JST)
i = nxt()
add(kind="user_reply", needs=False, case=CASE_A, cands=[],
    what="Owner writes from the personal address; subject lost the [CASE] token",
    hard="no case number anywhere; only In-Reply-To/References tie it to case A",
    date=d, frm=MEP, to=TC, subject="Re: AWS certification account merge (reply from my personal address)",
    mid=mid_gmail(i), refs_override=(MID_043, [THREADS["A"][0], MID_043]), thread="A",
    body=multi("alternative", [
        leaf("text/plain", f"""Hello Ayesha,

This is Mizuki Tanabe, writing from {ME_P} as you asked. I confirm that I submitted the request to merge my Kaede Solutions certification account into the account registered to this address.

Thank you,
Mizuki Tanabe""", "utf-8", "7bit"),
        leaf("text/html", f"""<div dir="ltr">Hello Ayesha,<div><br></div><div>This is Mizuki Tanabe, writing from <a href="mailto:{ME_P}">{ME_P}</a> as you asked. I confirm that I submitted the request to merge my Kaede Solutions certification account into the account registered to this address.</div><div><br></div><div>Thank you,</div><div>Mizuki Tanabe</div></div>""", "utf-8", "7bit")]))

# 046 IT helpdesk notice (company, Shift_JIS 8bit)
d = T(2025, 6, 27, 9, 0, 12, JST)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Company IT helpdesk: mailbox shutdown notice",
    hard="【要対応】 and 'このメールに返信してください' - a real ask, but not from AWS support",
    date=d, frm=addr("情報システム部 ヘルプデスク", "it-helpdesk@kaede-sol.co.jp", "iso-2022-jp"), to=MEC_JP,
    subject="【要対応】退職に伴うアカウント停止のお知らせ（6/30）", subj_cs="iso-2022-jp",
    mid=mid_outlook(i), extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP"], crlf=True, mailbox="C",
    body=leaf("text/plain", """田辺 瑞希 さん

情報システム部です。
退職に伴い、6月30日（月）18:00 をもって以下のアカウントを停止します。

・メールボックス（m-tanabe@kaede-sol.co.jp）
・Slack / Backlog
・VPN 証明書

業務上必要なメールやファイルは、停止前に後任の方へ引き継いでください。
私用のメールを個人アドレスへ転送する場合は、社内規程の範囲内でお願いします。

ご不明な点がありましたら、このメールに返信してください。

情報システム部 ヘルプデスク（内線 2200）""", "shift_jis", "8bit"))

# 047 case update A (personal)
d = T(2025, 6, 27, 1, 30, 44)
i = nxt()
add(kind="case_update", needs=False, case=CASE_A, cands=[],
    what="Case A: ownership check done, merge being prepared",
    hard="'No further action is required from you at this time'; new agent introduces himself",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="A",
    body=leaf("text/plain", f"""Hi Mizuki,

Daniel from AWS Training and Certification here - Ayesha has handed your case over to me.

Your email from {ME_P} came through and is now attached to case {CASE_A}, so the ownership check is done. I'm pulling together the details of both accounts for the merge and will be in touch with them shortly.

No further action is required from you at this time.

Cheers,
Daniel R.""", "us-ascii", "7bit"))

# 048 Skill Builder receipt
d = T(2025, 6, 30, 3, 12, 8)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="AWS Skill Builder subscription receipt",
    hard="aws.training sender with order numbers",
    date=d, frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder Individual subscription receipt",
    transport=aws_tx(i, d, "P", "aws.training", ("aws.training", "amazonses.com")),
    body=multi("alternative", [
        leaf("text/plain", """Thank you for subscribing to AWS Skill Builder.

Order number: 112-8450372-5529164
Plan: Individual (monthly)
Amount: USD 29.00
Next billing date: July 30, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification""", "utf-8", "quoted-printable"),
        leaf("text/html", txt2html("""Thank you for subscribing to AWS Skill Builder.

Order number: 112-8450372-5529164
Plan: Individual (monthly)
Amount: USD 29.00
Next billing date: July 30, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification"""), "utf-8", "quoted-printable")]))

# 049 confirmation request A: HTML-only table
d = T(2025, 7, 1, 2, 5, 31)
i = nxt()
STORE["049txt"] = f"""Hi Mizuki,

Thanks for bearing with us. Below are the two certification accounts we found for you:

                              Account #1                    Account #2
Candidate ID                  AWS09920417                   AWS03318842
Login email                   {ME_P}    {ME_C}
Training notification email   {ME_P}    {ME_C}
Certification notification    {ME_P}    {ME_C}
Active certifications         CLF-C01, SAA-C03              SAP-C02, DVA-C02
Partner association           none                          Kaede Solutions K.K. (released)

After the merge, all exam history, certifications and benefits from Account #2 will live on Account #1, and Account #2 will be closed. The certifications will no longer count toward Kaede Solutions' partner metrics.

Is Account #1 the account you want to keep? If the listing is correct, a one-line reply confirming it is all I need to proceed.

Cheers,
Daniel R.
AWS Training and Certification"""
add(kind="confirmation_request", needs=True, case=CASE_A, cands=["AWS09920417", "AWS03318842"],
    what="Case A: Account #1 / Account #2 confirmation, HTML-only with a table",
    hard="HTML-only; listing in a <table>; ask is a question plus 'a one-line reply ... is all I need'",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="A",
    body=leaf("text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hi Mizuki,</p>
<p>Thanks for bearing with us. Below are the two certification accounts we found for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09920417</td><td>AWS03318842</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Active certifications</td><td>CLF-C01, SAA-C03</td><td>SAP-C02, DVA-C02</td></tr>
<tr><td>Partner association</td><td>none</td><td>Kaede Solutions K.K. (released)</td></tr>
</table>
<p>After the merge, all exam history, certifications and benefits from Account #2 will live on Account #1, and Account #2 will be closed. The certifications will no longer count toward Kaede Solutions&#39; partner metrics.</p>
<p>Is Account #1 the account you want to keep? If the listing is correct, a one-line reply confirming it is all I need to proceed.</p>
<p>Cheers,<br>Daniel R.<br>AWS Training and Certification</p>
</body></html>""", "utf-8", "quoted-printable"))

# 050 Credly lookalike
d = T(2025, 7, 2, 11, 48, 0)
i = nxt()
add(kind="suspicious", needs=False, case=None, cands=[],
    what="Phishing from credly-notify.com about badges after a merge",
    hard="plausible timing right after a merge; lookalike domain with passing auth",
    date=d, frm=addr("Credly", "badges@credly-notify.com"), to=ME_P,
    subject="Action needed: your AWS badges will be revoked after account merge",
    transport=other_tx(i, d, "credly-notify.com", "mailer@credly-notify.com", "smtp.credly-notify.com", "91.92.240.13", ["credly-notify.com"], dmarc_policy="NONE"),
    mid=mid_other(i, "credly-notify.com"),
    body=leaf("text/html", """<html><body style="font-family:Arial">
<p>Hi Mizuki,</p>
<p>Amazon Web Services Training and Certification has notified us that your certification accounts are being merged. Badges issued to the old account will be <b>revoked in 72 hours</b> unless you re-verify ownership.</p>
<p><a href="https://credly-notify.com/reverify?u=mtanabe">Re-verify my badges</a></p>
<p>The Credly Team</p></body></html>""", "utf-8", "base64"))

# 051 newsletter
d = T(2025, 7, 3, 0, 0, 5)
i = nxt()
nl = """CLOUD NATIVE WEEKLY #218

This week: Karpenter 1.5, the long-awaited EKS auto mode merge into the main CLI, and AWS Certification changes you should know about.

* AWS Certification retires two Specialty exams - if you hold one, your certification stays valid until its expiry date. No action needed.
* Case study: how a fintech team cut their support case backlog by half with better triage.
* "Please merge my PR": a maintainer's guide to saying no politely.

Reply to this email to tell us what you want to read about - we read every message.

Unsubscribe: https://cloudnativeweekly.dev/u/9f21"""
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Third-party newsletter mentioning certification, merge and 'case study'",
    hard="domain vocabulary (merge, case, certification) and a reply invitation",
    date=d, frm=addr("Cloud Native Weekly", "hello@cloudnativeweekly.dev"), to=ME_P,
    subject="CNW #218: Karpenter 1.5, EKS auto mode, and AWS Certification changes",
    transport=other_tx(i, d, "cloudnativeweekly.dev", "bounce@mg.cloudnativeweekly.dev", "m228-9.mailgun.net", "159.135.228.9", ["cloudnativeweekly.dev", "mailgun.org"], dmarc_policy="NONE"),
    mid=mid_other(i, "cloudnativeweekly.dev"),
    extra=["List-Unsubscribe: <https://cloudnativeweekly.dev/u/9f21>", "Precedence: bulk"],
    body=multi("alternative", [leaf("text/plain", nl, "utf-8", "quoted-printable"),
                               leaf("text/html", txt2html(nl), "utf-8", "quoted-printable")]))

# 052 closing notice A (top-posted over the request)
d = T(2025, 7, 4, 0, 15, 2)
i = nxt()
STORE["052"] = f"""Hello Mizuki,

A quick follow-up on our message below: we still need your go-ahead before the accounts can be merged.

Unless we hear from you within the next 72 hours, this case will be closed and the two accounts will stay separate. Replying to this email at any time before then keeps the case open.

Regards,
AWS Training and Certification Customer Service

-----Original Message-----
From: Amazon Web Services <{TC}>
Sent: 7/1/2025 2:05 AM
To: {ME_P}
Subject: RE:[CASE {CASE_A}] {TC_SUBJ}

{STORE['049txt']}"""
add(kind="closing_notice", needs=True, case=CASE_A, cands=[],
    what="Case A: closing in 72 hours unless the owner replies; top-posted over the Account #1/#2 request",
    hard="top-posted; IDs only in the quoted part; wording 'we still need your go-ahead' / 'keeps the case open'",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="A",
    body=leaf("text/plain", STORE["052"], "utf-8", "quoted-printable"))

# 053 user confirms A, top-posted over long quote
d = T(2025, 7, 4, 9, 48, 26, JST)
i = nxt()
STORE["053"] = f"""Hi Daniel,

Sorry for the slow reply - things were hectic with my new job starting.

Confirmed. Please merge into Account #1 (AWS09920417, {ME_P}).

Thanks a lot,
Mizuki"""
add(kind="user_reply", needs=False, case=CASE_A, cands=["AWS09920417"],
    what="Owner confirms Account #1, top-posted over the whole history",
    hard="long quoted history containing the closing notice and the confirmation request",
    date=d, frm=MEP, to=TC, subject=f"Re: RE:[CASE {CASE_A}] {TC_SUBJ}", mid=mid_gmail(i), thread="A",
    body=leaf("text/plain", STORE["053"] + "\n\n" + gquote(STORE["052"], f"On Fri, Jul 4, 2025 at 9:15 AM Amazon Web Services <{TC}> wrote:"), "utf-8", "quoted-printable"))

# 054 resolved A
d = T(2025, 7, 4, 3, 40, 57)
i = nxt()
res_a = f"""Hi Mizuki,

Thanks for confirming. I have successfully merged all accounts: the exam history, certifications (including SAP-C02 and DVA-C02) and benefits from your former Kaede Solutions account now sit on AWS09920417, and the old account has been deactivated.

A couple of things to expect:
- Credly may re-send badge emails over the next day or so; that's normal.
- Benefits such as exam discount vouchers can take up to 24 hours to show on the Benefits page.

No further action is required on your part. Thanks for choosing AWS Training and Certification!

Daniel R.

On 7/4/2025 12:48 AM, Mizuki Tanabe wrote:
> {STORE['053'].replace(chr(10), chr(10) + '> ')}
>
> On 7/1/2025 2:05 AM, Amazon Web Services wrote:
> > Is Account #1 the account you want to keep? If the listing is correct, a one-line reply confirming it is all I need to proceed."""
add(kind="resolved", needs=False, case=CASE_A, cands=["AWS09920417"],
    what="Case A merged ('I have successfully merged all accounts'), quoting confirmation and old question",
    hard="quoted old request ('Is Account #1 the account you want to keep?') under the resolution; multipart QP",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_A}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="A",
    body=multi("alternative", [leaf("text/plain", res_a, "utf-8", "quoted-printable"),
                               leaf("text/html", txt2html(res_a), "utf-8", "quoted-printable")]))

# 055 Credly badge after merge
d = T(2025, 7, 4, 4, 11, 30)
i = nxt()
add(kind="badge", needs=False, case=None, cands=[],
    what="Credly: SAP badge issued after the merge",
    hard="arrives minutes after the merge mail; 'Accept' button",
    date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect – Professional",
    transport=other_tx(i, d, "credly.com", "bounce+e5f6@em.credly.com", "o1.em.credly.com", "167.89.10.41", ["credly.com", "sendgrid.info"]),
    mid=mid_other(i, "credly.com"),
    body=multi("alternative", [
        leaf("text/plain", """Hi Mizuki,

You've earned a new badge from Amazon Web Services Training and Certification:
AWS Certified Solutions Architect – Professional

Accept your badge: https://www.credly.com/earner/earned/badge/91b0d6c2-3a5f-4e8e-8f61-0c7a2b9e4d55

Badges you accept can be shared on LinkedIn and verified by employers at any time.

Credly""", "utf-8", "quoted-printable"),
        leaf("text/html", """<html><body><table width="600" style="font-family:Arial"><tr><td>
<p>Hi Mizuki,</p><p>You&#39;ve earned a new badge from <b>Amazon Web Services Training and Certification</b>:</p>
<p style="font-size:18px">AWS Certified Solutions Architect – Professional</p>
<p><a href="https://www.credly.com/earner/earned/badge/91b0d6c2-3a5f-4e8e-8f61-0c7a2b9e4d55">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Badges you accept can be shared on LinkedIn and verified by employers at any time.</p></td></tr></table></body></html>""", "utf-8", "quoted-printable")]))

# 056 survey A
d = T(2025, 7, 5, 18, 0, 0)
i = nxt()
add(kind="survey", needs=False, case=CASE_A, cands=[],
    what="T&C satisfaction survey for case A",
    hard="'Please take our 3-question survey'",
    date=d, frm=addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
    subject=f"Tell us about your recent support experience (Case {CASE_A})",
    transport=aws_tx(i, d),
    body=multi("alternative", [
        leaf("text/plain", f"""Hello,

Your recent request to AWS Training and Certification Customer Service has been resolved.
Case ID: {CASE_A}

Please take our 3-question survey and tell us how we did:
https://pages.awscloud.com/tc-support-survey.html?case={CASE_A}

Your feedback helps us improve the support we give to learners and certification holders.

AWS Training and Certification""", "utf-8", "7bit"),
        leaf("text/html", txt2html(f"""Hello,

Your recent request to AWS Training and Certification Customer Service has been resolved.
Case ID: {CASE_A}

Please take our 3-question survey and tell us how we did:
https://pages.awscloud.com/tc-support-survey.html?case={CASE_A}

Your feedback helps us improve the support we give to learners and certification holders.

AWS Training and Certification"""), "utf-8", "7bit")]))

# 057 certmetrics expiry reminder
d = T(2025, 7, 7, 15, 0, 40)
i = nxt()
add(kind="certification", needs=False, case=None, cands=["AWS09920417"],
    what="CertMetrics: Cloud Practitioner expires in 60 days",
    hard="'you must recertify' - an action, but not a reply; candidate ID",
    date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certified Cloud Practitioner certification expires in 60 days",
    transport=other_tx(i, d, "certmetrics.com", "bounces@mail.certmetrics.com", "mail-sor-f41.certmetrics.com", "198.2.134.41", ["certmetrics.com"]),
    mid=mid_other(i, "certmetrics.com"),
    body=leaf("text/plain", """Hello Mizuki Tanabe,

Candidate ID: AWS09920417

Your AWS Certified Cloud Practitioner certification expires on 2025-09-05. To maintain your certified status you must recertify before that date, either by passing the current version of the exam or by earning any Associate or Professional level AWS Certification.

Remember that you can use the 50% discount benefit from your Benefits page for your next exam.

Log in to your AWS Certification Account for details.

AWS Certification
Please do not reply to this email.""", "us-ascii", "7bit"))

# 058 ack E (Japanese, Shift_JIS base64)
d = T(2025, 7, 8, 4, 20, 15)
i = nxt()
add(kind="acknowledgement", needs=False, case=CASE_E, cands=[],
    what="Case E acknowledgement in Japanese (Shift_JIS, base64): missing voucher after merge",
    hard="echoed owner text contains case A's number and a keigo request 'ご確認をお願いできますでしょうか'",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E", crlf=True,
    body=leaf("text/plain", f"""田辺 瑞希 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でケース（ケース ID: {CASE_E}）を受け付けました。

お問い合わせタイプ: 認定
その他の詳細: 特典 (Benefits)
お問い合わせ内容:
7月4日にアカウント統合（ケース {CASE_A}）が完了しましたが、旧アカウントにあった 50% 割引バウチャーが新しいアカウントの特典ページに表示されません。ご確認をお願いできますでしょうか。

担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間をいただく場合がございますので、あらかじめご了承ください。

なお、本ケースについて補足事項がございましたら、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス""", "shift_jis", "base64"))

# 059 info request E (Japanese keigo, buried)
d = T(2025, 7, 9, 1, 10, 3)
i = nxt()
STORE["059"] = """田辺 瑞希 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサービス担当の中村でございます。

お問い合わせいただきました割引バウチャーの件につきまして、ご説明いたします。
アカウント統合の際、試験履歴および認定は自動的に統合先アカウントへ移行されますが、割引バウチャーなどの特典は発行元のアカウントに紐づいて管理されているため、統合後に個別の移行処理が必要となる場合がございます。また、特典の種類によっては、APN パートナー経由で付与されたものが移行の対象外となることもございます。

つきましては、該当の特典を特定するため、統合元・統合先それぞれのアカウントの AWS 候補 ID と、バウチャーが最後に表示されていたおおよその時期をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス"""
add(kind="info_request", needs=True, case=CASE_E, cands=[],
    what="Case E: Japanese keigo request for both candidate IDs and a date, after a long explanation",
    hard="ask buried in the 4th paragraph as 〜お知らせいただけますでしょうか; no English",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E",
    body=multi("alternative", [leaf("text/plain", STORE["059"], "utf-8", "base64"),
                               leaf("text/html", txt2html(STORE["059"]), "utf-8", "base64")]))

# 060 user reply E (Japanese UTF-8 8bit)
d = T(2025, 7, 9, 12, 35, 50, JST)
i = nxt()
STORE["060"] = """中村様

ご連絡ありがとうございます。田辺です。

統合元（旧会社）: AWS03318842
統合先（個人）: AWS09920417

バウチャーは、6月上旬に旧アカウントの特典ページで確認したのが最後です（5月31日に SAP-C02 に合格した際に付与されたものです）。

よろしくお願いいたします。
田辺 瑞希"""
add(kind="user_reply", needs=False, case=CASE_E, cands=["AWS03318842", "AWS09920417"],
    what="Owner sends both candidate IDs in Japanese",
    hard="UTF-8 8bit; Japanese Gmail quote header; candidate IDs in new text",
    date=d, frm=MEP, to=TC,
    subject=f"Re: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    mid=mid_gmail(i), thread="E",
    body=leaf("text/plain", STORE["060"] + "\n\n" + gquote(STORE["059"], f"2025年7月9日(水) 10:10 Amazon Web Services <{TC}>:"), "utf-8", "8bit"))

# 061 case update E (Japanese, ISO-2022-JP)
d = T(2025, 7, 10, 5, 0, 26)
i = nxt()
add(kind="case_update", needs=False, case=CASE_E, cands=[],
    what="Case E: investigation requested from benefits team (Japanese)",
    hard="'ご不明な点がございましたら…ご返信いただければ' conditional",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E",
    body=leaf("text/plain", """田辺 様

候補 ID のご連絡をいただき、ありがとうございました。
いただいた情報をもとに、特典を管理している担当チームへ調査を依頼いたしました。調査結果が分かり次第、改めてご連絡いたします。

なお、その他にご不明な点がございましたら、本メールにご返信いただければ対応いたします。

中村
AWS トレーニングと認定 カスタマーサービス""", "iso-2022-jp", "7bit"))

# 062 amazon.co.jp order
d = T(2025, 7, 11, 10, 2, 0)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Amazon.co.jp order confirmation for a certification study book",
    hard="amazon.co.jp sender, Japanese, 'AWS認定' in subject",
    date=d, frm=addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME_P,
    subject="Amazon.co.jp ご注文の確認「AWS認定 機械学習エンジニア アソシエイト 問題集…」",
    transport=other_tx(i, d, "amazon.co.jp", "20250711100200a1b2@bounces.amazon.co.jp", "a27-31.smtp-out.us-west-2.amazonses.com", "54.240.27.31", ["amazon.co.jp", "amazonses.com"]),
    mid=mid_other(i, "email.amazonses.com"),
    body=leaf("text/html", """<html><body style="font-family:Meiryo,sans-serif">
<p>田辺 瑞希 様</p>
<p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。</p>
<table border="0" cellpadding="4"><tr><td>注文番号</td><td>250-4418273-1192605</td></tr>
<tr><td>商品</td><td>AWS認定 機械学習エンジニア アソシエイト 問題集</td></tr>
<tr><td>お届け予定</td><td>7月13日（日）</td></tr><tr><td>ご請求額</td><td>￥3,520</td></tr></table>
<p>ご注文内容の確認・変更は「注文履歴」から行えます。</p>
<p>このメールは配信専用です。ご不明な点がございましたら、ヘルプページをご覧ください。</p></body></html>""", "utf-8", "quoted-printable"))

# 063 on_hold E (Japanese, no ask)
d = T(2025, 7, 14, 2, 0, 48)
i = nxt()
add(kind="on_hold", needs=False, case=CASE_E, cands=[],
    what="Case E on hold pending benefits team (Japanese), nothing asked",
    hard="'保留' + 'ご対応いただくことはございません'",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E",
    body=leaf("text/plain", """田辺様

AWS トレーニングと認定の林です。

現在、特典の担当チームにて旧アカウントのバウチャー発行記録を確認しております。APN パートナー経由で付与された特典かどうかの確認に時間を要しているため、担当チームからの回答があるまで、本ケースはいったん保留とさせていただきます。

この間、田辺様にご対応いただくことはございません。進展があり次第ご連絡します。

林""", "utf-8", "quoted-printable"))

# 064 Japanese phishing
d = T(2025, 7, 15, 9, 31, 12)
i = nxt()
add(kind="suspicious", needs=False, case=None, cands=[],
    what="Japanese phishing from aws-training-jp.com",
    hard="Japanese keigo, merge vocabulary, deadline; lookalike domain",
    date=d, frm=addr("AWS トレーニングと認定", "no-reply@aws-training-jp.com"), to=ME_P,
    subject="【重要】AWS認定アカウント統合後の本人確認のお願い（期限：48時間）",
    transport=other_tx(i, d, "aws-training-jp.com", "info@aws-training-jp.com", "mail.aws-training-jp.com", "103.116.52.90", ["aws-training-jp.com"], dmarc_policy="NONE"),
    mid=mid_other(i, "aws-training-jp.com"),
    body=leaf("text/html", """<html><body>
<p>お客様</p>
<p>AWS 認定アカウントの統合処理が完了しました。統合後のセキュリティ確認のため、48 時間以内に下記より本人確認を行っていただけますようお願いいたします。</p>
<p><a href="https://aws-training-jp.com/verify">本人確認ページへ</a>（候補 ID とパスワードをご入力ください）</p>
<p>期限内にご確認いただけない場合、統合されたすべての認定資格が失効いたします。</p>
<p>AWS トレーニングと認定 サポートチーム</p></body></html>""", "utf-8", "base64"))

# 065 info request E (mixed progress + ask, plain ください)
d = T(2025, 7, 16, 6, 30, 37)
i = nxt()
STORE["065"] = """田辺様

林です。担当チームから回答がありましたのでお知らせします。

旧アカウント（AWS03318842）のバウチャーは SAP-C02 合格時に発行されたもので、APN 経由の特典ではないため、統合先アカウントへ再発行できることが確認できました。元のバウチャーの有効期限は 2026年5月31日ですので、再発行後も同じ期限となります。

再発行の手続きにあたり、受験を予定している試験があれば試験名を教えてください。予定が未定の場合は「未定」とご返信いただければ、汎用のバウチャーとして発行します。

林"""
add(kind="info_request", needs=True, case=CASE_E, cands=["AWS03318842"],
    what="Case E: good news plus a plain 〜ください question about the planned exam",
    hard="mixed mail: progress first, ask second, plain form (教えてください), short",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E",
    body=leaf("text/plain", STORE["065"], "utf-8", "quoted-printable"))

# 066 AWS Health "[Action Required]"
d = T(2025, 7, 18, 19, 44, 1)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="AWS Health notice '[Action Required]' about a Lambda runtime",
    hard="same console sender, 'Action Required', account ID; asks an action but not a reply to T&C support",
    date=d, frm=AWS_CON, to=ME_P,
    subject=f"[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: {ACCT}]",
    transport=aws_tx(i, d),
    body=leaf("text/plain", f"""Hello,

We are contacting you because we identified that your AWS Account currently has one or more AWS Lambda functions using the Python 3.9 runtime.

We are ending support for Python 3.9 in Lambda on December 15, 2025. We recommend that you upgrade your existing Python 3.9 functions to Python 3.13 before that date.

A list of your affected Lambda functions is available in the 'Affected resources' tab of your AWS Health Dashboard.

If you have any questions or concerns, please reach out to AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Reference: AWS Account {ACCT}""", "utf-8", "quoted-printable"))

# 067 closing notice E (Japanese, just closed, ISO-2022-JP)
d = T(2025, 7, 22, 1, 0, 9)
i = nxt()
STORE["067"] = """田辺 瑞希 様

AWS トレーニングと認定 カスタマーサービスでございます。

7月16日にお送りしたご案内について、その後ご返信を確認できておりませんでしたため、本ケースはいったんクローズとさせていただきました。

引き続きバウチャーの再発行をご希望の場合は、本メールにご返信いただければケースが再開されます。

何卒よろしくお願いいたします。"""
add(kind="closing_notice", needs=True, case=CASE_E, cands=[],
    what="Case E: just closed for lack of reply; a reply reopens it (Japanese)",
    hard="past tense 'クローズとさせていただきました'; ask phrased as a condition (ご希望の場合は…ご返信いただければ)",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E", crlf=True,
    body=leaf("text/plain", STORE["067"], "iso-2022-jp", "7bit"))

# 068 user reply E (reopen + answer)
d = T(2025, 7, 22, 20, 12, 44, JST)
i = nxt()
STORE["068"] = """お世話になっております。田辺です。

ご返信が遅くなり申し訳ありません。
受験を予定している試験は「AWS Certified Machine Learning Engineer - Associate (MLA-C01)」です。
再発行をお願いいたします。

田辺 瑞希"""
add(kind="user_reply", needs=False, case=CASE_E, cands=[],
    what="Owner reopens case E by answering the question",
    hard="owner's own request wording 'お願いいたします'",
    date=d, frm=MEP, to=TC,
    subject=f"Re: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    mid=mid_gmail(i), thread="E",
    body=leaf("text/plain", STORE["068"] + "\n\n" + gquote(STORE["067"], f"2025年7月22日(火) 10:00 Amazon Web Services <{TC}>:"), "utf-8", "base64"))

# 069 resolved E (Japanese, quotes old request)
d = T(2025, 7, 23, 2, 20, 5)
i = nxt()
res_e = f"""田辺様

林です。ご返信ありがとうございます。ケースを再開のうえ、対応いたしました。

統合先アカウント（AWS09920417）の「特典」ページに、50% 割引バウチャーを再発行しました（有効期限: 2026年5月31日）。MLA-C01 を含むすべての AWS 認定試験でご利用いただけます。

本件について田辺様に追加でご対応いただくことはございません。ほかにご不明な点がございましたら、本メールへご返信ください。

林

2025/07/22 20:12、田辺 瑞希 <{ME_P}> のメッセージ:
> 受験を予定している試験は「AWS Certified Machine Learning Engineer - Associate (MLA-C01)」です。
> 再発行をお願いいたします。
>
> > 再発行の手続きにあたり、受験を予定している試験があれば試験名を教えてください。予定が未定の場合は「未定」とご返信いただければ、汎用のバウチャーとして発行します。"""
add(kind="resolved", needs=False, case=CASE_E, cands=["AWS09920417"],
    what="Case E resolved: voucher re-issued (Japanese), old ask quoted",
    hard="quoted '教えてください' request and 'ご返信ください' conditional footer under a resolution",
    date=d, frm=AWS_TC, to=ME_P,
    subject=f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification",
    transport=aws_tx(i, d), thread="E",
    body=multi("alternative", [leaf("text/plain", res_e, "utf-8", "quoted-printable"),
                               leaf("text/html", txt2html(res_e), "utf-8", "quoted-printable")]))

# 070 survey E (Japanese)
d = T(2025, 7, 23, 3, 0, 0)
i = nxt()
add(kind="survey", needs=False, case=CASE_E, cands=[],
    what="Japanese satisfaction survey for case E",
    hard="'アンケートのお願い' - polite request wording",
    date=d, frm=addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=ME_P,
    subject=f"サポートについてのアンケートのお願い（ケース {CASE_E}）",
    transport=aws_tx(i, d),
    body=leaf("text/html", f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>田辺 瑞希 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございました（ケース ID: {CASE_E}）。</p>
<p>今後のサービス向上のため、今回の対応についてご意見をお聞かせください。所要時間は 1 分ほどです。</p>
<p><a href="https://pages.awscloud.com/tc-support-survey-jp.html?case={CASE_E}">アンケートに回答する</a></p>
<p>AWS トレーニングと認定</p></body></html>""", "utf-8", "base64"))

# 071 Japanese vendor closed
d = T(2025, 7, 24, 8, 30, 0, JST)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="Other vendor (fictional Japanese cloud) closes an inquiry",
    hard="'クローズいたします', 'このメールにご返信ください' - looks like a closing notice",
    date=d, frm=addr("さくらんぼクラウド サポートセンター", "support@sakuranbo-cloud.jp", "iso-2022-jp"), to=ME_P,
    subject="[#204418] お問い合わせ対応完了のお知らせ", subj_cs="iso-2022-jp",
    transport=other_tx(i, d, "sakuranbo-cloud.jp", "support@sakuranbo-cloud.jp", "smtp01.sakuranbo-cloud.jp", "133.242.0.51", ["sakuranbo-cloud.jp"], dmarc_policy="NONE"),
    mid=mid_other(i, "sakuranbo-cloud.jp"),
    body=leaf("text/plain", """田辺 瑞希 様

さくらんぼクラウド サポートセンターです。

お問い合わせ（#204418「請求先メールアドレスの変更」）につきまして、変更手続きが完了いたしましたので、本お問い合わせはクローズいたします。

再度ご不明な点がございましたら、このメールにご返信ください。新しいお問い合わせとして承ります。

さくらんぼクラウド サポートセンター""", "iso-2022-jp", "7bit"))

# 072 Pearson VUE (personal)
d = T(2025, 7, 26, 1, 0, 0)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=["AWS09920417"],
    what="Pearson VUE appointment confirmation (personal, MLA-C01)",
    hard="9-digit registration ID; candidate ID; 'Please arrive'",
    date=d, frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
    subject="Pearson VUE Confirmation of Exam Appointment",
    transport=other_tx(i, d, "pearson.com", "bounce@notifications.pearson.com", "mx-out3.pearson.com", "159.182.20.17", ["pearson.com"]),
    mid=mid_other(i, "pearson.com"),
    body=multi("alternative", [
        leaf("text/plain", """Dear Mizuki Tanabe,

This email confirms your appointment.

Exam:             MLA-C01: AWS Certified Machine Learning Engineer - Associate
Registration ID:  517730264
Candidate ID:     AWS09920417
Date and time:    Friday, August 1, 2025  2:00 PM JST
Delivery:         OnVUE online proctored

Please run the system test on the computer you will use and check in 30 minutes before your appointment.

Pearson VUE""", "utf-8", "quoted-printable"),
        leaf("text/html", txt2html("""Dear Mizuki Tanabe,

This email confirms your appointment.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Registration ID: 517730264
Candidate ID: AWS09920417
Date and time: Friday, August 1, 2025 2:00 PM JST
Delivery: OnVUE online proctored

Please run the system test on the computer you will use and check in 30 minutes before your appointment.

Pearson VUE"""), "utf-8", "quoted-printable")]))

# 073 certmetrics recertified
d = T(2025, 8, 2, 15, 20, 0)
i = nxt()
add(kind="certification", needs=False, case=None, cands=["AWS09920417"],
    what="CertMetrics: 'Congratulations on recertifying' (CLF via MLA pass)",
    hard="certification notice with candidate ID, no ask",
    date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!",
    transport=other_tx(i, d, "certmetrics.com", "bounces@mail.certmetrics.com", "mail-sor-f44.certmetrics.com", "198.2.134.44", ["certmetrics.com"]),
    mid=mid_other(i, "certmetrics.com"),
    body=multi("alternative", [
        leaf("text/plain", """Hello Mizuki Tanabe,

Congratulations! By earning AWS Certified Machine Learning Engineer - Associate, you have also recertified AWS Certified Cloud Practitioner.

Candidate ID: AWS09920417
New expiration date for AWS Certified Cloud Practitioner: 2028-08-01

Your updated certificate is available in your AWS Certification Account.

AWS Certification""", "utf-8", "7bit"),
        leaf("text/html", txt2html("""Hello Mizuki Tanabe,

Congratulations! By earning AWS Certified Machine Learning Engineer - Associate, you have also recertified AWS Certified Cloud Practitioner.

Candidate ID: AWS09920417
New expiration date for AWS Certified Cloud Practitioner: 2028-08-01

Your updated certificate is available in your AWS Certification Account.

AWS Certification"""), "utf-8", "7bit")]))

# 074 Credly MLA badge
d = T(2025, 8, 2, 16, 5, 12)
i = nxt()
add(kind="badge", needs=False, case=None, cands=[],
    what="Credly: MLA badge",
    hard="plain 'You've earned a badge'",
    date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="You've earned a badge from Amazon Web Services Training and Certification",
    transport=other_tx(i, d, "credly.com", "bounce+g7h8@em.credly.com", "o2.em.credly.com", "167.89.10.42", ["credly.com", "sendgrid.info"]),
    mid=mid_other(i, "credly.com"), crlf=True,
    body=leaf("text/plain", """Hi Mizuki,

Amazon Web Services Training and Certification has issued you the AWS Certified Machine Learning Engineer – Associate badge.

View and share your badge: https://www.credly.com/badges/3d7e0b9a-55c1-4f02-a6e3-71b8c2f0d4a6

Credly""", "utf-8", "quoted-printable"))

# 075 ack F
d = T(2025, 8, 18, 1, 5, 40)
i = nxt()
ack_f = f"""Hi there,

Thanks for getting in touch with AWS Training and Certification. Your case number is {CASE_F}.

Someone from our team will reply by email, generally within 24 hours.

What you told us:
"After the merge my certificate PDFs show my name as TANABE MIZUKI, but the old certificates said Mizuki Tanabe. Can it be made consistent?"

Got something to add? Reply to this message and it will be added to your case.

AWS Training and Certification"""
add(kind="acknowledgement", needs=False, case=CASE_F, cands=[],
    what="Case F acknowledgement: name format on certificates",
    hard="casual voice; 'Got something to add? Reply…' question-form conditional; echoed owner question",
    date=d, frm=AWS_TC2, to=ME_P, subject=f"RE:[CASE {CASE_F}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="F",
    body=multi("alternative", [leaf("text/plain", ack_f, "utf-8", "quoted-printable"),
                               leaf("text/html", txt2html(ack_f), "utf-8", "quoted-printable")]))

# 076 GitHub merged (personal)
d = T(2025, 8, 18, 12, 30, 7)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="GitHub: owner's notes repo PR about the merge procedure was merged",
    hard="subject about 'merge procedure' and certification; 'merged' event",
    date=d, frm=addr("Kenta Ishii", "notifications@github.com"), to="mizuki-t/aws-cert-notes <aws-cert-notes@noreply.github.com>",
    cc="Mizuki Tanabe <author@noreply.github.com>",
    subject="Re: [mizuki-t/aws-cert-notes] Update certification account merge procedure (PR #7)",
    transport=other_tx(i, d, "github.com", "noreply@github.com", "out-21.smtp.github.com", "192.30.252.204", ["github.com"]),
    mid="<mizuki-t/aws-cert-notes/pull/7/issue_event/18820077311@github.com>",
    extra=["In-Reply-To: <mizuki-t/aws-cert-notes/pull/7@github.com>", "References: <mizuki-t/aws-cert-notes/pull/7@github.com>",
           "X-GitHub-Reason: author"],
    body=leaf("text/plain", """Merged #7 into main.

Thanks for writing up the APN hold part, that's exactly what confused me last year.

--
Reply to this email directly, view it on GitHub:
https://github.com/mizuki-t/aws-cert-notes/pull/7#event-18820077311
You are receiving this because you authored the thread.""", "utf-8", "7bit"))

# 077 info request F (HTML-only, bare question, confirm something other than merge)
d = T(2025, 8, 19, 0, 40, 22)
i = nxt()
STORE["077txt"] = """Hi Mizuki,

Marcus here. The name on your certificates comes from the legal name field of your certification profile, which was copied from the old account during the merge in family-name-first order. I can correct it, but the same field is the name you must present at test centres, so I'd rather not guess.

Option A  Mizuki Tanabe
Option B  Tanabe Mizuki

Which one matches the ID you bring to Pearson VUE?

Marcus"""
add(kind="info_request", needs=True, case=CASE_F, cands=[],
    what="Case F: bare question which name format matches the owner's ID (HTML-only with a table)",
    hard="confirmation of something other than the merge; bare question, no please; HTML-only",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_F}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="F",
    body=leaf("text/html", """<html><body><div style="font-family:Calibri,Arial;font-size:11pt">
<div>Hi Mizuki,</div><div>&nbsp;</div>
<div>Marcus here. The name on your certificates comes from the legal name field of your certification profile, which was copied from the old account during the merge in family-name-first order. I can correct it, but the same field is the name you must present at test centres, so I&#39;d rather not guess.</div><div>&nbsp;</div>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Option A</td><td>Mizuki Tanabe</td></tr><tr><td>Option B</td><td>Tanabe Mizuki</td></tr></table>
<div>&nbsp;</div><div>Which one matches the ID you bring to Pearson VUE?</div><div>&nbsp;</div><div>Marcus</div>
</div></body></html>""", "utf-8", "7bit"))

# 078 closing notice F (just closed, English)
d = T(2025, 8, 22, 0, 50, 3)
i = nxt()
STORE["078"] = f"""Hello,

We've closed case {CASE_F} because we didn't receive the information we asked for on August 19.

Still need help? Just reply to this email - the case will reopen automatically and go back to the agent who handled it.

AWS Training and Certification"""
add(kind="closing_notice", needs=True, case=CASE_F, cands=[],
    what="Case F: closed for lack of reply; replying reopens it",
    hard="past tense; ask is 'Still need help? Just reply'; short",
    date=d, frm=AWS_TC2, to=ME_P, subject=f"RE:[CASE {CASE_F}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="F",
    body=leaf("text/plain", STORE["078"], "us-ascii", "7bit"))

# 079 user reply F (Apple Mail style)
d = T(2025, 8, 22, 19, 30, 15, JST)
i = nxt()
add(kind="user_reply", needs=False, case=CASE_F, cands=[],
    what="Owner answers case F (Apple Mail quoting)",
    hard="'On ... at ..., X wrote:' Apple style; answer only 'Option A'",
    date=d, frm=MEP, to=TC, subject=f"Re: RE:[CASE {CASE_F}] {TC_SUBJ}", mid=f"<{H(i,'apple')[:8].upper()}-{H(i,'a2')[:4].upper()}-4C1E-9B2D-{H(i,'a3')[:12].upper()}@gmail.com>",
    thread="F", extra=["X-Mailer: iPhone Mail (22F76)"],
    body=leaf("text/plain", "Hi Marcus,\n\nSorry, I missed your first message. Option A, Mizuki Tanabe - that matches my passport.\n\nMizuki\n\n" +
              gquote(STORE["078"], f"On Aug 22, 2025, at 9:50, AWS Training and Certification <{TC}> wrote:"), "utf-8", "quoted-printable"))

# 080 resolved F (with rating footer)
d = T(2025, 8, 23, 1, 15, 44)
i = nxt()
add(kind="resolved", needs=False, case=CASE_F, cands=[],
    what="Case F resolved: name updated; rating footer",
    hard="'feel free to reply here' conditional and 'How would you rate my reply?' footer",
    date=d, frm=AWS_TC, to=ME_P, subject=f"RE:[CASE {CASE_F}] {TC_SUBJ}",
    transport=aws_tx(i, d), thread="F",
    body=multi("alternative", [
        leaf("text/plain", """Hi Mizuki,

Updated - your profile name now reads Mizuki Tanabe, and certificates you download from now on will show it that way. Nothing else is needed from you.

If a certificate still shows the old format after 24 hours, feel free to reply here.

Marcus
AWS Training and Certification

How would you rate my reply?  Great: https://t.aws-tc.example/r/5  OK: https://t.aws-tc.example/r/3  Not good: https://t.aws-tc.example/r/1""", "utf-8", "quoted-printable"),
        leaf("text/html", """<html><body style="font-family:Calibri,Arial"><p>Hi Mizuki,</p>
<p>Updated - your profile name now reads <b>Mizuki Tanabe</b>, and certificates you download from now on will show it that way. Nothing else is needed from you.</p>
<p>If a certificate still shows the old format after 24 hours, feel free to reply here.</p>
<p>Marcus<br>AWS Training and Certification</p>
<hr><p style="font-size:12px">How would you rate my reply? <a href="https://t.aws-tc.example/r/5">Great</a> | <a href="https://t.aws-tc.example/r/3">OK</a> | <a href="https://t.aws-tc.example/r/1">Not good</a></p></body></html>""", "utf-8", "quoted-printable")]))

# 081 suspicious: certmetrics From with dkim/dmarc fail
d = T(2025, 8, 25, 6, 33, 19)
i = nxt()
add(kind="suspicious", needs=False, case=None, cands=["AWS09920417"],
    what="Spoofed certmetrics.com mail: DKIM body hash fails, DMARC fails",
    hard="real sender address and real candidate ID; only Authentication-Results show the failure",
    date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Certification record mismatch after account merge - action required",
    transport=["Return-Path: <do-not-reply@certmetrics.com>", f"Delivered-To: {ME_P}",
               rx_gmail(i, d, "mta7.bulk-relay.info", "194.87.31.206"),
               "Authentication-Results: mx.google.com;\n"
               "       dkim=fail (body hash did not verify) header.i=@certmetrics.com header.s=k1 header.b=Rt6yPq0s;\n"
               "       spf=softfail (google.com: domain of transitioning do-not-reply@certmetrics.com does not designate 194.87.31.206 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com;\n"
               "       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com"],
    mid=mid_other(i, "bulk-relay.info"),
    body=leaf("text/plain", """Hello Mizuki Tanabe,

We detected a mismatch between candidate ID AWS09920417 and the badge records held by Credly following your recent account merge. To avoid suspension of your certifications, confirm your identity within 24 hours:

https://certmetrics-aws-verify.com/confirm?cid=AWS09920417

AWS Certification""", "us-ascii", "7bit"))

# 082 AWS free tier alert
d = T(2025, 8, 26, 14, 2, 51)
i = nxt()
add(kind="unrelated", needs=False, case=None, cands=[],
    what="AWS Free Tier usage alert",
    hard="AWS sender, account ID, 'we recommend you review'",
    date=d, frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Notification - Free Tier limit alert",
    transport=aws_tx(i, d, "P", "costalerts.amazonaws.com", ("costalerts.amazonaws.com", "amazonses.com")),
    body=leaf("text/plain", f"""Hello,

Your AWS account {ACCT} has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of August.

Product: AmazonS3
Usage: 4.26 GB-Mo of 5 GB-Mo

To learn more about your AWS Free Tier usage, see the Billing and Cost Management console.

Sincerely,
The Amazon Web Services Team""", "us-ascii", "7bit"))


# ---------------------------------------------------------------------------
# write + check
# ---------------------------------------------------------------------------
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        with open(os.path.join(OUT, m["slug"] + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, m["slug"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    # self-check
    errors = 0
    for m in MSGS:
        raw = open(os.path.join(OUT, m["slug"] + ".eml"), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            print(m["slug"], "defects", msg.defects); errors += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_type() != "text/rfc822-headers":
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    print(m["slug"], "content error", e); errors += 1
                if part.defects:
                    print(m["slug"], "part defects", part.defects); errors += 1
        str(msg["subject"]); str(msg["from"])
        lab = json.load(open(os.path.join(OUT, m["slug"] + ".json"), encoding="utf-8"))
        assert set(lab) == {"kind", "needs_reply", "case", "candidate_ids"}
        assert lab["needs_reply"] == (lab["kind"] in ("confirmation_request", "info_request", "closing_notice")
                                      or (lab["kind"] == "on_hold" and lab["needs_reply"])), m["slug"]
    write_readme()
    print(f"wrote {len(MSGS)} messages, {errors} errors")
    return errors


def write_readme():
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(1 for m in MSGS if m["label"]["needs_reply"])
    lines = [f"me: {ME_P} {ME_C}", "",
             "# blind-11: held-out corpus (written blind from DOMAIN.md, seeds and BLIND-CORPUS.md only)", "",
             "Mailbox owner: Mizuki Tanabe (田辺 瑞希). Personal Gmail address and old company address",
             "(Kaede Solutions K.K., an APN partner; Exchange Online, shut down 2025-06-30). Both mailboxes",
             "feed one run; files are in arrival order. Regenerate with `python3 gen.py` (stdlib only);",
             "the script also re-parses every .eml and checks every label.", "",
             "## Cases", "",
             f"- `{CASE_P}` (11 digits, 2023, form case): two certification accounts under the same personal address; ack -> candidate-ID request -> reply -> 'high volume' update -> which-to-keep question -> reply -> merged -> owner reopens (badge missing) -> reopened/escalated -> resolved -> survey.",
             f"- `{CASE_A}` (15 digits, 2025, form case, main thread): company -> personal merge. Ack (Japanese, company mailbox) -> APN on-hold asking about departure -> owner replies from company address (manager Cc, auto-reply comes back) -> hold without ask -> off hold, 'reply from the personal address' -> owner forwards it to their own Gmail / replies from Gmail with a subject that lost the case token (threaded only by In-Reply-To/References) -> update -> Account #1/#2 confirmation (HTML-only table) -> closing notice -> confirmation -> merged -> badge/survey.",
             f"- `{CASE_B}` (15 digits): duplicate form submission of A 15 minutes later; Japanese confirmation request on the duplicate; owner says it is a duplicate; closed as duplicate.",
             f"- `{CASE_D}` (10 digits, console / Support Center case on AWS account {ACCT}): New Support case -> request (must be answered in Support Center) -> owner replies by email -> bounce -> auto-resolve warning -> update -> resolved -> survey.",
             f"- `{CASE_E}` (15 digits, Japanese): voucher missing after the merge; ack (Shift_JIS) -> keigo request -> reply -> update -> on hold (no ask) -> news + plain ask -> closed for no reply -> owner reopens -> resolved -> survey.",
             f"- `{CASE_F}` (15 digits): name format on certificates; ack -> bare-question request (HTML-only) -> closed for no reply -> reply -> resolved.",
             "",
             "Numbers that are not cases: AWS account ID 803615274092 (12 digits), Pearson VUE registration IDs 482019377 / 517730264 (9 digits),",
             "one-time codes 731064 / 508217 (6 digits), vendor ticket 'Case 00482913', '#204418', fake case numbers in phishing (8817204461, 174981220500093).",
             "Candidate IDs: AWS09920417 (personal, survivor), AWS07762015 (2023 duplicate), AWS03318842 (company account).",
             "",
             f"## Counts ({len(MSGS)} messages, needs_reply true: {nr})", ""]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        lines.append(f"- {k}: {kinds.get(k, 0)}")
    lines += ["", "## Messages", "",
              "| file | box | kind | needs_reply | case | what it is | what makes it hard |",
              "|---|---|---|---|---|---|---|"]
    for m in MSGS:
        l = m["label"]
        lines.append(f"| {m['slug']} | {'company' if m['mailbox']=='C' else 'personal'} | {l['kind']} | {str(l['needs_reply']).lower()} | {l['case'] or '-'} | {m['what']} | {m['hard']} |")
    lines += ["", "Structure covered: HTML-only with tables (049, 077, 015, 041), multipart/alternative, multipart/mixed with a PNG (035),",
              "multipart/report bounce (036), quoted-printable, base64, ISO-2022-JP (021, 027, 044, 061, 067, 071), Shift_JIS (046 8bit, 058 base64),",
              "UTF-8 8bit (028, 060), CRLF and LF line endings, Gmail / Outlook (English and Japanese header block) / Apple Mail / support-side",
              "'-----Original Message-----' quoting, Japanese Gmail reply header, Authentication-Results from Gmail and Exchange Online.", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
