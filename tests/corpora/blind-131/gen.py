#!/usr/bin/env python3
"""Writes the blind held-out corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import base64, json, os, quopri, re, glob
from collections import Counter
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "mei.sato.builds@gmail.com"
ME_C = "msato@kestrel-analytics.co.jp"
ME_NAME = "Mei Sato"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "Amazon Web Services Training and Certification <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
CASE_A, CASE_B, CASE_C = "174062381900417", "174062455200233", "17412877301"
CASE_D, CASE_E = "174180552300761", "7286104433"
OLD, NEW, DUP = "AWS01736552", "AWS09284410", "AWS05520918"
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- MIME helpers
def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    if not name: return a
    try:
        name.encode("ascii"); return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def leaf(text, ctype="text/plain", cs="utf-8", cte="qp"):
    raw = text.encode({"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(cs, cs))
    if cte == "qp":
        body = quopri.encodestring(raw).decode("ascii"); t = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(raw).decode("ascii"); t = "base64"
    elif cte == "7bit" and all(c < 128 for c in raw):
        body = raw.decode("ascii"); t = "7bit"
    else:
        body = raw; t = "8bit"
    hdrs = [("Content-Type", '%s; charset="%s"' % (ctype, cs)), ("Content-Transfer-Encoding", t)]
    return (hdrs, body)

_bn = [0]
def multi(sub, *parts):
    _bn[0] += 1
    b = "----=_Part_%d_%08x.17%09d" % (_bn[0], 0x5a3c19 * _bn[0] & 0xffffffff, 40000000 + _bn[0] * 7919)
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, b))], (b, list(parts)))

def flatten(part, nl):
    hdrs, body = part
    if isinstance(body, tuple):
        b, parts = body
        chunks = [b"This is a multi-part message in MIME format.", b""]
        for p in parts:
            chunks.append(("--" + b).encode())
            chunks.append(flatten(p, nl))
        chunks.append(("--" + b + "--").encode())
        chunks.append(b"")
        payload = nl.encode().join(chunks)
    else:
        if isinstance(body, str): body = body.encode("ascii")
        payload = nl.encode().join(body.replace(b"\r\n", b"\n").split(b"\n"))
    h = nl.join("%s: %s" % kv for kv in hdrs)
    return h.encode("utf-8") + (nl + nl).encode() + payload

def html_doc(inner):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px}td{padding:4px 8px;border:1px solid #ccc}</style>'
            '</head><body>\n' + inner + '\n</body></html>\n')

# ---------------------------------------------------------------- headers
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
import datetime as _dt
def rfcdate(s, tz="+0000"):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")  # given in UTC, rendered in tz
    d += _dt.timedelta(hours=int(tz[:3]), minutes=int(tz[0] + tz[3:]))
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAY[d.weekday()], d.day,
        ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"][d.month-1],
        d.year, d.hour, d.minute, d.second, tz)

def auth(to, dom, mailfrom=None, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.41"):
    mailfrom = mailfrom or ("bounce@" + dom)
    if to == ME_C:
        return [("Authentication-Results",
                 "spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;"
                 "dmarc=%s action=none header.from=%s;compauth=%s reason=%s"
                 % (spf, ip, mailfrom.split("@")[1], dkim, dom, dmarc, dom,
                    "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))]
    return [("Authentication-Results",
             "mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7mP2aL;\n"
             "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
             % (dkim, dom, spf, mailfrom, ip, mailfrom, dmarc, dom))]

def received(to, ip, date):
    if to == ME_C:
        return [("Received", "from TY3PR01MB11234.jpnprd01.prod.outlook.com (2603:1096:400:3c0::12) by\n"
                 " OS3PR01MB6020.jpnprd01.prod.outlook.com with HTTPS; %s" % date)]
    return [("Received", "by 2002:a05:7010:6e8b:b0:3f1:1c2a:9d0e with SMTP id q11csp2219875mdi;\n        %s" % date),
            ("Received", "from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com. [%s])\n"
             "        by mx.google.com with ESMTPS id 6a1803df08f44-6e8f3c2a1b9si112233.2025\n"
             "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
             "        %s" % (ip, to, date))]

MSGS = []
MID = {}
CAND = re.compile(r"AWS\d{8}(?!\d)")

def M(kind, needs, case, frm, to, subj, date, part, new, key=None, reply_to=None, cc=None,
      inreply=None, extra=(), mailfrom=None, dkim="pass", spf="pass", dmarc="pass", tz="+0000",
      nl="\r\n", scs="utf-8", sent=False, mid_dom=None, note="", ip=None):
    n = len(MSGS) + 1
    dom = re.search(r"@([^>]+)>?$", frm).group(1)
    mid = "<%s>" % ("%010x.%d.%s@%s" % (0x9f3a1 * n * 7717 & 0xffffffffff, 1740000000 + n * 3187, "JavaMail" if "amazon" in dom else "m",
                    mid_dom or ("email.amazonses.com" if "amazon" in dom else dom)))
    if key: MID[key] = mid
    d = rfcdate(date, tz)
    h = []
    to_addr = to if "@" in to and "<" not in to else re.search(r"<([^>]+)>", to).group(1) if "<" in to else to
    if not sent:
        h += [("Delivered-To", to_addr)]
        h += received(to_addr, ip or "54.240.8.%d" % (n % 200 + 10), d)
        if mailfrom is not False:
            h += auth(to_addr, dom, mailfrom, dkim, spf, dmarc, ip or "54.240.8.%d" % (n % 200 + 10))
    h += [("Message-ID", mid), ("Date", d), ("From", frm), ("To", to)]
    if cc: h.append(("Cc", cc))
    if reply_to: h.append(("Reply-To", reply_to))
    h.append(("Subject", enc_hdr(subj, scs)))
    if inreply:
        refs = [MID[k] for k in inreply if k in MID]
        if refs:
            h += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    ph, body = part
    raw = flatten((h + ph, body), nl)
    MSGS.append((raw, {"kind": kind, "needs_reply": needs, "case": case,
                       "candidate_ids": CAND.findall(new)}, note))

def q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.strip("\n").split("\n"))

SIG_TC = """
Best regards,

{agent}
AWS Training and Certification Customer Support
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""
CON_FOOT = """
To see all of the correspondence on this case, or to respond, please visit the AWS Support Center by clicking the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ================================================================ messages
# 001
t = """Merged #412 into main.

Commit 9c41e7d  "terraform: move cert exporter to eu-west-1"

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-analytics/infra-live/pull/412#event-16651023
You are receiving this because you authored the thread.
"""
M("unrelated", False, None, "Hiroshi Kanda <notifications@github.com>", ME_C,
  "Re: [kestrel-analytics/infra-live] terraform: move cert exporter (PR #412)", "2025-02-26 08:12:44",
  multi("alternative", leaf(t, cte="7bit"), leaf(html_doc("<p><b>Merged</b> #412 into <code>main</code>.</p><p>Commit 9c41e7d</p>"), "text/html", cte="qp")),
  t, mailfrom="noreply@github.com", note="GitHub 'merged' to the company address")

# 002
t = """Hello Mei,

This is a reminder that your AWS Certified Solutions Architect - Associate certification will expire on May 28, 2025.

Certification: AWS Certified Solutions Architect - Associate
Validation number: 2QX8L1KCJFE4Q7SN
Candidate ID: %s

To keep your certification active, you can take the current version of the exam or a higher-level exam before the expiration date. Your 50%% discount benefit can be applied to the recertification exam.

Sign in to your AWS Certification Account to review your options.

Thank you,
AWS Certification
""" % OLD
M("certification", False, None, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
  "Your AWS Certification expires in 90 days", "2025-02-27 01:03:10", leaf(t, cte="qp"), t,
  note="expiry notice with candidate ID; not a case")

# 003
t = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID registration. Use the verification code below to confirm your email address.

Verification code: 418207

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this message.
"""
M("unrelated", False, None, "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
  "2025-02-27 02:40:51", multi("alternative", leaf(t, cte="7bit"), leaf(html_doc("<h2>Verify your AWS Builder ID email address</h2><p>Verification code:</p><p style='font-size:28px'><b>418207</b></p>"), "text/html", cte="b64")),
  t, mailfrom="0101019545aa@signin.aws", note="6-digit one-time code, not a case id")

# 004 owner's notes to self
t = """notes before I leave Kestrel (last day 14 March)

old cert account (company mail): %s  -> SAA, DVA, 50%% voucher (unused), SME program invite
new cert account (personal mail, made today via Builder ID): %s

certificates downloaded to Drive/certs. exam history screenshot too.
form: Certification > Account Merge. keep: %s
""" % (OLD, NEW, ME_P)
M("user_reply", False, None, addr(ME_NAME, ME_P), ME_P, "merge notes", "2025-02-27 02:58:30",
  leaf(t, cte="8bit"), t, sent=True, mid_dom="mail.gmail.com", nl="\n",
  note="owner's note to self containing both candidate IDs")

# 005 ack A
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: Account Merge
Severity: General Guidance
Correspondence: I will be leaving my employer on 14 March and would like my certification account under my work address merged into the one I created with my personal address. Addresses used: %s, %s. Address to keep: %s.

We aim to respond within 24 hours, although some requests need a little longer so that we can give you the best resolution. To help us reach you quickly, please do not create a separate case for the same request if you already have one open.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A, ME_C, ME_P, ME_P)
M("acknowledgement", False, CASE_A, TC_FROM, ME_P, "[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-02-27 03:16:59",
  leaf(t, cte="qp"), t, key="A_ack", mailfrom="0100019545c1@amazonses.com", note="standard ack")

# 006 marketing
t = """AWS Summit Tokyo 2025 — registration is open

Join thousands of builders on June 25-26 at Makuhari Messe. Over 150 sessions, hands-on labs and the AWS Certification Lounge for certified attendees.

Register now: https://aws.amazon.com/jp/summits/tokyo/

You are receiving this email because you subscribed to AWS event updates. Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
M("unrelated", False, None, "AWS Events <aws-marketing-email-replies@amazon.com>", ME_P,
  "Registration is open: AWS Summit Tokyo 2025", "2025-02-27 03:24:02",
  multi("alternative", leaf(t, cte="qp"), leaf(html_doc("<h1>AWS Summit Tokyo 2025</h1><p>Registration is open. Visit the <b>AWS Certification Lounge</b>.</p><p><a href='https://aws.amazon.com/jp/summits/tokyo/'>Register now</a></p>"), "text/html", cte="qp")),
  t, mailfrom="bounce@marketing.aws.com", note="AWS marketing mentioning certification")

# 007 ack B duplicate (HTML only) to company mailbox
inner = """<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your request.</p>
<p>The details of your case are as follows:</p>
<table><tr><td>Case ID</td><td>%s</td></tr><tr><td>Subject</td><td>Account Merge</td></tr>
<tr><td>Correspondence</td><td>Please merge my certification account (Candidate ID %s) into my personal one (Candidate ID %s). I am leaving the company.</td></tr></table>
<p>You can normally expect a reply within 24 hours. If a case is already open for this request, please do not open another one for the same issue.</p>
<p>Sincerely,<br>Amazon Web Services</p>""" % (CASE_B, CASE_B, OLD, NEW)
M("acknowledgement", False, CASE_B, TC_FROM, ME_C, "[CASE %s] %s" % (CASE_B, SUBJ_TC), "2025-02-27 03:31:40",
  leaf(html_doc(inner), "text/html", cte="b64"),
  "Candidate ID %s ... Candidate ID %s" % (OLD, NEW), key="B_ack", mailfrom="0100019545d7@amazonses.com",
  note="HTML-only ack of a duplicate form sent from the company address; the case details echo the candidate IDs")

# 008 colleague
t = """Hi Mei,

A few of us want to take you out for lunch before you go. Does Thursday the 13th work, or would Wednesday be better? Sushi place by the station or the Italian one?

Also, could you hand over the cert-exporter runbook to Ryo before Friday?

Takeshi
"""
M("unrelated", False, None, "Takeshi Mori <tmori@kestrel-analytics.co.jp>", ME_C, "Farewell lunch?",
  "2025-02-27 06:22:18", leaf(t, cte="7bit"), t, mailfrom="tmori@kestrel-analytics.co.jp",
  note="colleague asks questions: a request, but not support")

# 009 info request A: long explanation, ask at the end
t = """Hello Mei,

My name is Priyanka and I will be looking after your account merge request. Thank you for the detail you included in the form.

Before anything is changed, let me explain how a merge works so there are no surprises. When two AWS Certification accounts are combined, the exam history, active certifications, digital badges and any unused benefits from the source account are moved to the destination account. The source account is then deactivated and can no longer be used to sign in. The process cannot be reversed once it has been completed, which is why we check every detail carefully before we proceed.

I searched our records using both addresses you listed and found more than one profile, and I want to be certain that I am looking at the right ones. For that I need the candidate ID shown at the top right of each certification account (it begins with AWS followed by eight digits) for both the account you want to keep and the one you want to retire.

Reply to this email with both IDs and I will continue from there.
""" + SIG_TC.format(agent="Priyanka R.")
M("info_request", True, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-02-28 09:47:05",
  leaf(t, cte="qp"), t, key="A_req1", inreply=["A_ack"], mailfrom="0100019549ab@amazonses.com",
  note="long explanation; the ask is an imperative in the last paragraph with no 'please'; survey footer present")

# 010 case_update B duplicate closed
t = """Hello,

We noticed that this request is also being handled under case %s, which was opened a few minutes earlier for the same account merge. To avoid two teams working on the same accounts, I have closed this case and linked it to case %s. All further communication will take place on that case.

You do not need to do anything on this case.

Regards,
Tomás
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A)
M("case_update", False, CASE_B, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_B, SUBJ_TC), "2025-02-28 10:05:33",
  leaf(t, cte="7bit"), t, inreply=["B_ack"], mailfrom="010001954a02@amazonses.com",
  note="duplicate case closed and linked; mentions the other case number in its body")

# 011 Pearson VUE
t = """Dear Mei Sato,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 482913706
Appointment: Tuesday, April 8, 2025, 10:00 JST
Location: Online (OnVUE)

To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
"""
M("unrelated", False, None, "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_C,
  "Pearson VUE Confirmation of Booking", "2025-02-28 11:30:00", leaf(t, cte="qp"), t,
  mailfrom="noreply@pearson.com", note="exam vendor; 9-digit registration ID is not a case")

# 012 user reply A with IDs (Gmail style)
t_new = """Hi Priyanka,

Thanks for the explanation. Here are the two IDs:

Keep (personal, %s): %s
Retire (work, %s): %s

Best,
Mei
""" % (ME_P, NEW, ME_C, OLD)
t = t_new + "\nOn Fri, 28 Feb 2025 at 18:47, Amazon Web Services Training and Certification <%s> wrote:\n" % TC + q("Hello Mei,\n\nMy name is Priyanka and I will be looking after your account merge request.\n[...]\nReply to this email with both IDs and I will continue from there.")
M("user_reply", False, CASE_A, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-02-28 12:14:20",
  leaf(t, cte="qp"), t_new, key="A_rep1", inreply=["A_ack", "A_req1"], sent=True, mid_dom="mail.gmail.com", tz="+0900",
  note="owner's answer with both candidate IDs in new text")

# 013 newsletter
t = """Last Week in AWS — Issue 412

This week: a new instance family nobody asked for, Bedrock pricing changes, and a quiet update to the certification exam guides.

Read online: https://www.lastweekinaws.com/newsletter/
Unsubscribe: https://www.lastweekinaws.com/unsubscribe
"""
M("unrelated", False, None, "Last Week in AWS <newsletter@lastweekinaws.com>", ME_P, "Last Week in AWS: Issue 412",
  "2025-03-03 14:00:00", multi("alternative", leaf(t, cte="7bit"), leaf(html_doc("<h2>Last Week in AWS #412</h2><p>Certification exam guides quietly updated.</p>"), "text/html", cte="qp")),
  t, mailfrom="bounce@mail.lastweekinaws.com", note="newsletter")

# 014 on_hold A with buried question
t = """Hello Mei,

Thank you for the candidate IDs, they allowed me to locate both profiles.

While reviewing account %s I found that it is associated with an AWS Partner Network organization (Kestrel Analytics K.K.). Certifications held in a partner-linked account count towards the partner's tier requirements, so we are unable to move them to another account while the partner relationship is active. Your request is on hold for now: the partner administrator for Kestrel Analytics needs to remove your user from their organization in AWS Partner Central, or confirm to us that you are leaving, before the merge can go ahead. I have sent a notification to the partner alliance contact we have on file.

One thing would help me a lot in the meantime: what is your final working day at Kestrel Analytics, and will the address %s continue to receive mail after that date?

Once the partner side is settled I will get back to you with the account details to confirm.
""" % (OLD, ME_C) + SIG_TC.format(agent="Priyanka R.")
M("on_hold", True, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-03 23:52:18",
  multi("alternative", leaf(t, cte="qp"), leaf(html_doc(t.replace("\n\n", "</p><p>").replace("\n", "<br>")), "text/html", cte="qp")),
  t, key="A_hold1", inreply=["A_ack", "A_req1", "A_rep1"], mailfrom="010001955ea1@amazonses.com",
  note="partner hold with a question buried in the middle; needs reply")

# 015 user reply A about last day (plain, short, Gmail quote)
t_new = """Hi Priyanka,

My last day is Friday 14 March. The work mailbox (%s) is switched off that evening, so please use %s from now on.

I've also asked our partner admin (Naoko Ishii) to remove me from Partner Central.

Thanks,
Mei
""" % (ME_C, ME_P)
t = t_new + "\nOn Tue, 4 Mar 2025 at 08:52, Amazon Web Services Training and Certification <%s> wrote:\n" % TC + q("Hello Mei,\n\nThank you for the candidate IDs, they allowed me to locate both profiles.\n\nWhile reviewing account %s I found that it is associated with an AWS Partner Network organization ...\n\nOne thing would help me a lot in the meantime: what is your final working day at Kestrel Analytics?" % OLD)
M("user_reply", False, CASE_A, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-04 00:31:02",
  leaf(t, cte="8bit"), t_new, key="A_rep2", inreply=["A_req1", "A_rep1", "A_hold1"], sent=True, mid_dom="mail.gmail.com",
  nl="\n", tz="+0900", note="owner's reply; a candidate ID appears only in the quote")

# 016 phishing lookalike
inner = """<p>Dear Candidate,</p>
<p>Your AWS Certification account merge request <b>Case ID: 174062381900418</b> requires identity verification.
Accounts that are not verified within 24 hours will be <b>permanently deleted</b> along with all certifications.</p>
<p><a href="https://aws-certsupport.com/verify?u=mei.sato.builds">Verify my AWS Certification account</a></p>
<p>Please reply with your Builder ID password if the link does not work.</p>
<p>AWS Training &amp; Certification Support Team</p>"""
M("suspicious", False, None, "AWS Certification Support <support@aws-certsupport.com>", ME_P,
  "Action required: verify your account merge", "2025-03-04 04:41:13",
  leaf(html_doc(inner), "text/html", cte="b64"), "", mailfrom="mailer@aws-certsupport.com", ip="185.212.47.9",
  note="lookalike domain, credential phishing, demands a reply; fake case number off by one digit")

# 017 case_update A passed to partner team, no action needed
t = """Hello Mei,

Thank you for confirming your last working day. I have passed your case to our Partner Support team, who will work with the Kestrel Analytics partner administrator to release your profile from the partner organization. This usually takes two to three business days.

There is nothing you need to do right now; I will write again as soon as the partner team has finished.
""" + SIG_TC.format(agent="Priyanka R.")
M("case_update", False, CASE_A, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-04 05:10:44",
  leaf(t, cte="qp"), t, key="A_upd1", inreply=["A_hold1", "A_rep2"], mailfrom="0100019561c0@amazonses.com",
  note="passed to another team; 'RE: [CASE' variant subject")

# 018 billing
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.87

[AWS ID 583920174465]

Please see the Bills page of the Billing and Cost Management console for details.

Sincerely,
Amazon Web Services
"""
M("unrelated", False, None, "Amazon Web Services <aws-billing@amazon.com>", ME_P,
  "Amazon Web Services Billing Statement Available [Account: 583920174465]", "2025-03-04 10:02:00",
  leaf(t, cte="7bit"), t, mailfrom="bounce@billing.amazon.com", note="AWS billing; 12-digit account id")

# 019 colleague forward of partner notice (company mailbox)
t_new = """Mei-san,

FYI - this came to the partner alliance inbox. I've removed you from our Partner Central org just now, so AWS should be able to go ahead.

Naoko
"""
fw = """

________________________________
From: AWS Partner Support <aws-partner-support@amazon.com>
Sent: Tuesday, March 4, 2025 7:20 PM
To: alliance@kestrel-analytics.co.jp
Subject: Certification account release request - case %s

Hello,

A member of your organization (%s, candidate ID %s) has asked for their certification account to be moved out of your partner organization because they are leaving. Could you remove this user in Partner Central, or reply to let us know if you object?

Thank you,
AWS Partner Support
""" % (CASE_A, ME_C, OLD)
t = t_new + fw
M("unrelated", False, CASE_A, "Naoko Ishii <nishii@kestrel-analytics.co.jp>", ME_C,
  "FW: Certification account release request - case %s" % CASE_A, "2025-03-05 01:15:27",
  leaf(t, cte="qp"), t_new, mailfrom="nishii@kestrel-analytics.co.jp",
  note="colleague forwards AWS's request to the partner; the request inside is addressed to the partner, not to the owner")

# 020 on_hold pure
t = """Hello Mei,

A short update: our Partner Support team has not yet received confirmation from the Kestrel Analytics partner administrator, so your case remains on hold. We cannot move certifications out of a partner organization until the partner releases the profile or the partner relationship ends. We have sent them a reminder today.

I will update you as soon as we hear from them.
""" + SIG_TC.format(agent="Priyanka R.")
M("on_hold", False, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-06 08:30:12",
  leaf(t, cte="qp"), t, key="A_hold2", inreply=["A_upd1"], mailfrom="0100019569aa@amazonses.com",
  note="hold still waiting for the partner; nothing asked of the owner")

# 021 OOO
t = """I am out of the office until Monday 10 March with limited access to email. For urgent infrastructure issues please contact Ryo Hayashi (rhayashi@kestrel-analytics.co.jp).

Kenta
"""
M("unrelated", False, None, "Kenta Ueda <kueda@kestrel-analytics.co.jp>", ME_C,
  "Automatic reply: cert-exporter handover", "2025-03-06 09:02:00", leaf(t, cte="7bit"), t,
  mailfrom="kueda@kestrel-analytics.co.jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  note="out-of-office")

# 022 certmetrics 'wants to hear from you'
t = """Hi Mei,

AWS Certification wants to hear from you! You recently took an AWS Certification exam, and we would like to know about your experience with registration, testing and scoring. The survey takes about 10 minutes.

Take the survey: https://survey.certmetrics.com/aws/s/7QK2P

Your responses are confidential and will only be used to improve the program.

AWS Certification
"""
M("certification", False, None, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
  "AWS Certification wants to hear from you", "2025-03-06 16:44:09", leaf(t, cte="qp"), t,
  mailfrom="bounce@certmetrics.com", note="program survey, not a support-case survey")

# 023 owner forwards the hold mail from work to personal (Outlook)
t_new = """Forwarding to myself so I keep this after the work mailbox goes away.

"""
fw = """-----Original Message-----
From: Amazon Web Services Training and Certification <%s>
Sent: Monday, March 3, 2025 11:52 PM
To: %s
Subject: RE:[CASE %s] %s

Hello Mei,

While reviewing account %s I found that it is associated with an AWS Partner Network organization (Kestrel Analytics K.K.). [...] Your request is on hold for now.

One thing would help me a lot in the meantime: what is your final working day at Kestrel Analytics?
""" % (TC, ME_P, CASE_A, SUBJ_TC, OLD)
t = t_new + fw
M("user_reply", False, CASE_A, addr(ME_NAME, ME_C), ME_P, "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-07 02:12:45",
  leaf(t, cte="qp"), t_new, mailfrom="msato@kestrel-analytics.co.jp",
  note="owner forwards the old hold mail from work to personal; the question inside was already answered")

# 024 Japanese community newsletter (ISO-2022-JP)
t = """JAWS-UG 東京 の皆さま

3月の勉強会のお知らせです。
テーマ:「AWS認定 全冠への道」
日時:2025年3月27日(木) 19:00〜
会場:オンライン

参加登録は connpass からお願いします。
https://jawsug.connpass.com/event/349871/

JAWS-UG 東京 運営
"""
M("unrelated", False, None, addr("JAWS-UG 東京", "noreply@connpass.com", "iso-2022-jp"), ME_P,
  "【JAWS-UG 東京】3月勉強会のお知らせ", "2025-03-07 10:00:00",
  leaf(t, cs="iso-2022-jp", cte="7bit"), t, scs="iso-2022-jp", mailfrom="noreply@connpass.com", tz="+0900",
  note="Japanese community mail about certification, ISO-2022-JP")

# 025 confirmation request A: hold lifted + Account listing (mixed news)
inner = """<div>Hello Mei,</div><div><br></div>
<div>Good news: the Kestrel Analytics partner administrator has released your profile, so the hold on your case has been lifted and I can continue with the merge.</div><div><br></div>
<div>Here are the two accounts I found:</div>
<div><br></div>
<div><b>Account #1</b><br>Candidate ID: %s<br>Login email: %s<br>Training notification email: %s<br>Certification notification email: %s</div><div><br></div>
<div><b>Account #2</b><br>Candidate ID: %s<br>Login email: %s<br>Training notification email: %s<br>Certification notification email: %s</div><div><br></div>
<div>Both of these accounts belong to you, and you would like everything merged into Account #1 &mdash; is that correct? As soon as I have your go-ahead I will complete the merge.</div>
<div><br></div><div>Best regards,<br>Priyanka R.<br>AWS Training and Certification Customer Support</div>""" % (NEW, ME_P, ME_P, ME_P, OLD, ME_C, ME_C, ME_C)
M("confirmation_request", True, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-10 06:03:51",
  leaf(html_doc(inner), "text/html", cte="qp"), "Candidate ID: %s Candidate ID: %s" % (NEW, OLD), key="A_conf",
  inreply=["A_hold2"], mailfrom="010001957c3e@amazonses.com",
  note="HTML-only; opens with news (hold lifted) and ends with a yes/no question")

# 026 Skill Builder receipt
t = """Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number: SB-20250310-88412
Amount: USD 29.00
Billing period: Mar 10, 2025 - Apr 9, 2025

You can manage your subscription at any time from the Skill Builder subscription page.

AWS Training and Certification
"""
M("unrelated", False, None, "AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder receipt",
  "2025-03-10 07:15:33", multi("alternative", leaf(t, cte="7bit"), leaf(html_doc("<h3>Thank you for your order</h3><table><tr><td>Subscription</td><td>Individual - monthly</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table>"), "text/html", cte="b64")),
  t, mailfrom="bounce@aws.training", note="Skill Builder receipt from the training sender")

# 027 other vendor case closed
t = """Hello Mei,

We haven't heard back from you, so we have closed case #00883124 ("Terraform provider auth error"). If you still need help, simply reply to this email within 7 days and the case will be reopened automatically.

Thank you for choosing Snowline Cloud.
Snowline Support
"""
M("unrelated", False, None, "Snowline Support <support@snowline.io>", ME_C,
  "[Snowline] Case #00883124 has been closed", "2025-03-10 12:40:02", leaf(t, cte="qp"), t,
  mailfrom="support@snowline.io", note="other vendor's closing notice")

# 028 closing notice A
t = """Hello Mei,

I am following up on my message of 10 March, in which I listed the two certification accounts and asked you to confirm that they should be merged into Account #1. As I have not received a reply yet, I wanted to let you know that this case will be closed automatically if we do not hear from you within the next 3 business days.

A reply to this email is all that is needed to keep the case open. If the case has already closed when you write, your reply will reopen it.
""" + SIG_TC.format(agent="Daniel K.")
quoted = """

---------- Previous message ----------
Here are the two accounts I found:
Account #1 - Candidate ID: %s - Login email: %s
Account #2 - Candidate ID: %s - Login email: %s
Both of these accounts belong to you, and you would like everything merged into Account #1 - is that correct?
""" % (NEW, ME_P, OLD, ME_C)
M("closing_notice", True, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-12 22:18:40",
  leaf(t + quoted, cte="qp"), t, key="A_close", inreply=["A_conf"], mailfrom="0100019587f0@amazonses.com",
  note="different agent; pending-closure notice over a quoted confirmation request (IDs only in quote)")

# 029 user reply from WRONG address (company)
t_new = """Confirmed - both accounts are mine. Please merge everything into Account #1 (%s).

Sorry for the slow reply, handover week.

Mei Sato
Cloud Engineer | Kestrel Analytics K.K.
""" % ME_P
t = t_new + """
From: Amazon Web Services Training and Certification <%s>
Sent: Thursday, March 13, 2025 7:18 AM
To: %s
Subject: RE:[CASE %s] %s

Hello Mei,

I am following up on my message of 10 March [...]
""" % (TC, ME_P, CASE_A, SUBJ_TC)
M("user_reply", False, CASE_A, addr(ME_NAME, ME_C), TC, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-13 01:05:19",
  leaf(t, cte="qp"), t_new, key="A_rep3", inreply=["A_conf", "A_close"], sent=True, mid_dom="OS3PR01MB6020.jpnprd01.prod.outlook.com",
  tz="+0900", note="owner confirms, but from the work address (Outlook style)")

# 030 info request A: write from destination address
t = """Hello Mei,

Thank you for getting back to us. I can see your confirmation, but it was sent from %s, which is the address on the account that is going to be retired. For the security of your certifications we can only accept the merge confirmation from the email address of the account that will be kept.

We need you to send the same confirmation again from %s; you can simply reply to this message from that mailbox. I will complete the merge as soon as it arrives.
""" % (ME_C, ME_P) + SIG_TC.format(agent="Daniel K.")
M("info_request", True, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-13 03:44:02",
  multi("alternative", leaf(t, cte="b64"), leaf(html_doc("<p>" + t.replace("\n\n", "</p><p>") + "</p>"), "text/html", cte="b64")),
  t, key="A_req2", inreply=["A_close", "A_rep3"], mailfrom="010001958a11@amazonses.com",
  note="'we need you to' write from the other address; base64 multipart")

# 031 user reply from personal
t_new = """Hi Daniel,

Writing from my personal address as requested: I confirm that Account #1 (%s) and Account #2 (%s) both belong to me, and I would like them merged into Account #1.

Thanks,
Mei
""" % (NEW, OLD)
t = t_new + "\nOn Thu, 13 Mar 2025 at 12:44, Amazon Web Services Training and Certification <%s> wrote:\n" % TC + q("Hello Mei,\n\nThank you for getting back to us. [...] We need you to send the same confirmation again from %s." % ME_P)
M("user_reply", False, CASE_A, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-13 04:02:55",
  leaf(t, cte="8bit"), t_new, key="A_rep4", inreply=["A_req2"], sent=True, mid_dom="mail.gmail.com", nl="\n", tz="+0900",
  note="owner confirms from personal address with both IDs")

# 032 GitHub merged (company)
t = """@msato merged commit 3b7a0e2 into kestrel-analytics:main.

Merge pull request #418: handover docs for cert-exporter
"""
M("unrelated", False, None, "Ryo Hayashi <notifications@github.com>", ME_C,
  "Re: [kestrel-analytics/infra-live] handover docs for cert-exporter (PR #418)", "2025-03-13 05:30:10",
  leaf(t, cte="7bit"), t, mailfrom="noreply@github.com", note="GitHub 'merged'")

# 033 resolved A, quoting the confirmation request
t_new = """Hello Mei,

Thank you for confirming from your personal address. I have successfully merged all accounts. Your exam history, your two certifications and your unused 50%% exam discount are now available in the account signed in with %s, candidate ID %s.

Please allow up to 48 hours for your digital badges and your partner profile to reflect the change.

If you have anything to add, just reply to this email.
""" % (ME_P, NEW) + SIG_TC.format(agent="Daniel K.")
quoted = """
-------- Original message --------
From: %s
Subject: RE:[CASE %s] %s

Hello Mei,

Good news: the hold on your case has been lifted. Here are the two accounts I found:
Account #1 Candidate ID: %s Login email: %s
Account #2 Candidate ID: %s Login email: %s
Both of these accounts belong to you, and you would like everything merged into Account #1 - is that correct? As soon as I have your go-ahead I will complete the merge.
""" % (TC, CASE_A, SUBJ_TC, NEW, ME_P, OLD, ME_C)
M("resolved", False, CASE_A, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), "2025-03-13 05:51:37",
  leaf(t_new + quoted, cte="qp"), t_new, key="A_done", inreply=["A_req2", "A_rep4"], mailfrom="010001958b77@amazonses.com",
  note="completion over a quoted confirmation request; conditional invitation; survey footer")

# 034 Credly badge
inner = """<table width="600"><tr><td>
<h2>Mei, you've been issued a new badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge <b>AWS Certified Developer – Associate</b>.</p>
<p><a href="https://www.credly.com/badges/0f6c2d7e-41b8-4d3a-9c55-8a1e2b7f93d0/accept">Accept your badge</a></p>
<p>Share it with your network and let employers verify your skills.</p>
<p style="font-size:11px;color:#888">Credly, Inc. · 2 Park Ave, New York, NY</p>
</td></tr></table>"""
M("badge", False, None, "Credly <admin@credly.com>", ME_P, "Mei, you've been issued a new badge from Amazon Web Services Training and Certification",
  "2025-03-13 06:02:11", multi("alternative", leaf("Mei, you've been issued a new badge: AWS Certified Developer - Associate.\nAccept: https://www.credly.com/badges/0f6c2d7e-41b8-4d3a-9c55-8a1e2b7f93d0/accept\n", cte="7bit"), leaf(html_doc(inner), "text/html", cte="qp")),
  "", mailfrom="bounces@credly.com", note="badge right after the merge; UUID is not a case id")

# 035 survey A
t = """Hello,

Your recent case %s with AWS Training and Certification Customer Support has been resolved. We'd appreciate a minute of your time to tell us how we did.

How satisfied were you with the support you received?
https://survey.amazon.com/tc?case=%s&r=5

This survey is optional; your answers help us improve.

AWS Training and Certification
""" % (CASE_A, CASE_A)
M("survey", False, CASE_A, "AWS Training and Certification <aws-tc-surveys@amazon.com>", ME_P,
  "How did we do? Case %s" % CASE_A, "2025-03-14 01:00:00", leaf(t, cte="qp"), t, mailfrom="bounce@amazon.com",
  note="satisfaction survey for case A")

# 036 bounce for old company address? no - last day farewell from colleague
t = """Everyone,

Today is Mei's last day with us. Thank you for three great years of keeping our pipelines green! Cake in the kitchen at 15:00.

Takeshi
"""
M("unrelated", False, None, "Takeshi Mori <tmori@kestrel-analytics.co.jp>", "all-tokyo@kestrel-analytics.co.jp",
  "Farewell to Mei", "2025-03-14 02:00:00", leaf(t, cte="7bit"), t, mailfrom="tmori@kestrel-analytics.co.jp",
  extra=[("Cc", ME_C)], note="colleague mail")

# 037 certification: exam result (JP benefits)
t = """Hello Mei,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam and you are now AWS Certified.

Candidate ID: %s
Validation number: 7LWQ3B2XJNE11PKD

Your digital badge will arrive from Credly within a few days. Your new certification benefits, including a 50%% discount on your next exam, are available in your AWS Certification Account.

AWS Certification
""" % NEW
M("certification", False, None, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
  "Congratulations, you are AWS Certified!", "2025-03-17 03:20:00",
  multi("alternative", leaf(t, cte="qp"), leaf(html_doc("<p>" + t.replace("\n\n", "</p><p>") + "</p>"), "text/html", cte="qp")),
  t, mailfrom="bounce@certmetrics.com", note="exam result with candidate ID")

# ---- case C: console case about a missing voucher
t = """Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s) I cannot find the 50%% discount voucher on my account, and the new SAP certification did not add one either.

We will respond to your case as soon as possible. Thank you for using Amazon Web Services.
""" % (CASE_C, CASE_C, CASE_A) + CON_FOOT.format(c=CASE_C)
M("acknowledgement", False, CASE_C, CON, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, "2025-03-17 04:05:12",
  leaf(t, cte="qp"), t, key="C_ack", mailfrom="0100019599@amazonses.com",
  note="console case ack; mentions case A inside the correspondence; cannot be answered by email")

# 039
t = """Hello,

Thank you for your patience while I looked into this. I checked the benefits on your certification account and I can see the discount from your Professional exam was issued correctly, but the older voucher from the retired account does not appear to have carried over with the merge.

To trace it, could you tell us the voucher code as it appeared in the old account (it starts with the letters "AWS-CERT-") and roughly when you last saw it? A screenshot is also fine. The old account's candidate ID was %s, if that helps you find your notes.

Please respond through the Support Center using the link below; replies sent to this email address are not received.

Best regards,
Olena S.
Amazon Web Services
""" % OLD + CON_FOOT.format(c=CASE_C)
M("info_request", True, CASE_C, CON, ME_P, "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C,
  "2025-03-18 01:12:48", multi("alternative", leaf(t, cte="qp"), leaf(html_doc("<p>" + t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "text/html", cte="qp")),
  t, key="C_req", inreply=["C_ack"], mailfrom="010001959d@amazonses.com",
  note="console case: question must be answered in the Support Center, not by email")

# 040 owner emails no-reply by mistake
t_new = """Hi Olena,

The code was AWS-CERT-7F2K-91QX, I last saw it in January. Screenshot attached in the console shortly.

Mei
"""
t = t_new + "\nOn Tue, 18 Mar 2025 at 10:12, Amazon Web Services <no-reply-aws@amazon.com> wrote:\n" + q("Hello,\n\nThank you for your patience while I looked into this. [...]\nPlease respond through the Support Center using the link below; replies sent to this email address are not received.")
M("user_reply", False, CASE_C, addr(ME_NAME, ME_P), "no-reply-aws@amazon.com",
  "Re: RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C, "2025-03-18 02:30:00",
  leaf(t, cte="qp"), t_new, key="C_rep", inreply=["C_req"], sent=True, mid_dom="mail.gmail.com", tz="+0900",
  note="owner answers a console case by email (will bounce)")

# 041 bounce
t = """This is the mail system at host smtp-in.amazon.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<no-reply-aws@amazon.com>: host smtp-in.amazon.com said: 550 5.1.1 This mailbox does not accept incoming mail. (in reply to RCPT TO command)
"""
orig = "Subject: Re: RE:[CASE %s] Exam discount benefit missing after certification account merge\nFrom: %s\nTo: no-reply-aws@amazon.com\n\nHi Olena, The code was AWS-CERT-7F2K-91QX [...]\n" % (CASE_C, ME_P)
part = multi("report; report-type=delivery-status", leaf(t, cte="7bit"),
             ([("Content-Type", "message/delivery-status")], "Reporting-MTA: dns; smtp-in.amazon.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"),
             ([("Content-Type", "text/rfc822-headers")], orig))
M("unrelated", False, CASE_C, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
  "Delivery Status Notification (Failure)", "2025-03-18 02:30:41", part, t,
  inreply=["C_rep"], mailfrom=False, note="bounce of the owner's mail to the console no-reply address")

# 042 closing notice C (HTML only)
inner = """<p>Hello,</p>
<p>We haven't heard back from you regarding case %s. We need the voucher code and approximate date to continue. If we don't receive a response through the Support Center within 3 days, this case will be resolved automatically.</p>
<p>You can keep the case open by replying in the Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>Best regards,<br>Olena S.<br>Amazon Web Services</p>
<p style="font-size:11px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>""" % (CASE_C, CASE_C, CASE_C)
M("closing_notice", True, CASE_C, CON, ME_P, "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C,
  "2025-03-20 23:05:00", leaf(html_doc(inner), "text/html", cte="qp"), "", key="C_close", inreply=["C_req"],
  mailfrom="01000195ab@amazonses.com", note="console case pending auto-resolve; the email reply bounced so support never saw it")

# 043 suspicious: real From, dmarc fail
t = """Hello Mei,

Your missing exam voucher has been located. Before it can be re-issued we need to confirm your payment method for the $0.00 re-issue fee.

Confirm here within 24 hours: https://aws-training-vouchers.support/confirm?id=%s

Best regards,
AWS Training and Certification Customer Support
""" % CASE_C
M("suspicious", False, None, TC_FROM, ME_P, "RE:[CASE %s] Your exam voucher is ready" % CASE_C, "2025-03-21 03:14:27",
  leaf(t, cte="qp"), t, mailfrom="bounce@mx-relay7.vouchersvc.ru", dkim="fail", spf="fail", dmarc="fail", ip="91.215.85.33",
  note="genuine AWS From and a real case number, but dkim/spf/dmarc fail")

# 044 case_update C
t = """Hello,

Thank you for sending the voucher code and screenshot through the Support Center. I have forwarded the details to our Certification benefits team, who can restore vouchers that were lost in a merge. They usually finish within 3 to 5 business days, and I will keep this case open and update you once they are done.

Best regards,
Olena S.
Amazon Web Services
""" + CON_FOOT.format(c=CASE_C)
M("case_update", False, CASE_C, CON, ME_P, "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C,
  "2025-03-21 07:40:18", leaf(t, cte="qp"), t, key="C_upd", inreply=["C_close"], mailfrom="01000195b1@amazonses.com",
  note="forwarded to another team; nothing asked")

# 045 badge expiry from Credly
t = """Hi Mei,

Your badge "AWS Certified Solutions Architect – Associate" issued by Amazon Web Services Training and Certification expires on May 28, 2025. Check with the issuer about how to keep your credential current.

View badge: https://www.credly.com/badges/5b8e1f10-6d23-4c7e-a0f4-2c9a7d18e664

The Credly Team
"""
M("badge", False, None, "Credly <admin@credly.com>", ME_P, "Your badge expires soon", "2025-03-21 15:00:00",
  leaf(t, cte="qp"), t, mailfrom="bounces@credly.com", note="Credly expiry reminder")

# ---- case D: Japanese name correction
t = """Sato Mei 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。ケース %s を作成いたしました。

ケース ID: %s
件名: 認定証の氏名表記の修正
内容: 認定証に印字される氏名のローマ字表記を旅券と同じ「SATO MEI」に修正したい。

通常24時間以内にご連絡いたします。内容によっては、お時間をいただく場合がございます。
同じ内容のケースがすでにある場合は、新たなケースを作成しないようお願いいたします。

Amazon Web Services
""" % (CASE_D, CASE_D)
M("acknowledgement", False, CASE_D, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
  "[CASE %s] [AWS Training and Certification Form Submission] - 認定" % CASE_D, "2025-03-22 02:11:09",
  leaf(t, cs="iso-2022-jp", cte="7bit"), t, key="D_ack", scs="iso-2022-jp", tz="+0000", mailfrom="01000195b9@amazonses.com",
  note="Japanese ack, ISO-2022-JP; the 'do not open a duplicate' sentence is not a request to reply")

# 046 info request D Shift_JIS
t = """Sato Mei 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口でございます。

氏名表記の修正について承りました。現在の認定アカウント（候補ID %s）では、氏名が「Mei Satou」として登録されていることを確認いたしました。修正にあたり、公的な身分証明書に記載されている氏名と照合する必要がございます。

つきましては、お手数ではございますが、身分証明書（旅券など）に記載されているとおりのローマ字氏名と、姓・名の順序をご返信いただけますでしょうか。画像の添付は不要です。

ご確認のほど、よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
""" % NEW
M("info_request", True, CASE_D, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定" % CASE_D, "2025-03-23 01:30:44",
  leaf(t, cs="shift_jis", cte="b64"), t, key="D_req", inreply=["D_ack"], scs="shift_jis", mailfrom="01000195be@amazonses.com",
  note="Japanese keigo request (〜いただけますでしょうか), Shift_JIS base64")

# 047 AWS marketing re:Invent-ish in Japanese
t = """AWS 認定をお持ちの皆さまへ

AWS 認定者限定のオンラインイベント「Certified Meetup」を4月に開催します。
特典の詳細は認定アカウントの「特典」ページをご確認ください。

配信停止はこちら: https://pages.awscloud.com/unsubscribe
"""
M("unrelated", False, None, addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【AWS】認定者限定イベントのご案内", "2025-03-23 04:00:00",
  multi("alternative", leaf(t, cte="b64"), leaf(html_doc("<p>" + t.replace("\n", "<br>") + "</p>"), "text/html", cte="b64")),
  t, mailfrom="bounce@marketing.aws.com", note="Japanese AWS marketing about certified benefits")

# 048 user reply D Japanese
t_new = """山口様

ご連絡ありがとうございます。
旅券の表記は「SATO MEI」（姓：SATO、名：MEI）です。
認定証には「Mei Sato」の順で表示していただけますと幸いです。

よろしくお願いいたします。
佐藤 芽衣
"""
t = t_new + "\n2025年3月23日(日) 10:30 AWS トレーニングと認定 <%s>:\n" % TC + q("Sato Mei 様\n\nお世話になっております。[...]\n身分証明書（旅券など）に記載されているとおりのローマ字氏名と、姓・名の順序をご返信いただけますでしょうか。")
M("user_reply", False, CASE_D, addr("佐藤 芽衣", ME_P), TC,
  "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定" % CASE_D, "2025-03-23 05:12:00",
  leaf(t, cte="b64"), t_new, key="D_rep", inreply=["D_ack", "D_req"], sent=True, mid_dom="mail.gmail.com", tz="+0900",
  note="Japanese reply, Gmail JP quote header")

# 049 case_update D (Japanese, HTML+text)
t = """Sato Mei 様

ご返信ありがとうございます。いただいた内容をもとに、氏名変更を担当する専門チームへ本件を引き継ぎました。
反映までに数営業日かかる見込みです。現時点でお客様にご対応いただくことはございません。

山口
AWS トレーニングと認定 カスタマーサポート
"""
M("case_update", False, CASE_D, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定" % CASE_D, "2025-03-24 00:45:30",
  multi("alternative", leaf(t, cs="iso-2022-jp", cte="7bit"), leaf(html_doc("<p>" + t.replace("\n", "<br>") + "</p>"), "text/html", cte="qp")),
  t, key="D_upd", inreply=["D_req", "D_rep"], scs="iso-2022-jp", mailfrom="01000195c4@amazonses.com",
  note="Japanese escalation notice, no action")

# 050 resolved C with survey footer
t = """Hello,

Good news: our Certification benefits team has restored your 50%% exam discount voucher. It is now listed on the Benefits page of your AWS Certification Account with its original expiry date. No further action is required on your part.

If there is anything else we can help with, you can reopen this case from the Support Center within 14 days.

Best regards,
Olena S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
""" + CON_FOOT.format(c=CASE_C)
M("resolved", False, CASE_C, CON, ME_P, "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_C,
  "2025-03-25 08:02:10", leaf(t, cte="qp"), t, key="C_done", inreply=["C_upd"], mailfrom="01000195cf@amazonses.com",
  note="console resolution with a rating footer; 'reopen' invitation is conditional")

# 051 survey C (console)
inner = """<p>Hello,</p><p>Your AWS Support case <b>%s</b> was recently resolved. Tell us about your experience &mdash; it takes less than a minute.</p>
<table><tr><td><a href="https://console.aws.amazon.com/support/feedback?caseId=%s&r=1">1</a></td><td><a href="#">2</a></td><td><a href="#">3</a></td><td><a href="#">4</a></td><td><a href="#">5</a></td></tr></table>
<p>Amazon Web Services</p>""" % (CASE_C, CASE_C)
M("survey", False, CASE_C, CON, ME_P, "Tell us about your AWS Support experience", "2025-03-25 09:10:00",
  leaf(html_doc(inner), "text/html", cte="qp"), "", mailfrom="01000195d0@amazonses.com", note="HTML-only survey")

# 052 phishing Credly lookalike
t = """Hi Mei,

Your AWS badges have been suspended because your certification account was merged. To restore them, sign in with your AWS Builder ID within 48 hours:

https://credly-badges.net/restore?user=mei.sato.builds

Credly Support
"""
M("suspicious", False, None, "Credly Support <support@credly-badges.net>", ME_P, "Your AWS badges have been suspended",
  "2025-03-25 11:45:03", leaf(t, cte="qp"), t, mailfrom="support@credly-badges.net", ip="45.141.215.7",
  note="Credly lookalike domain")

# 053 resolved D Japanese with conditional invitation
t = """Sato Mei 様

お待たせいたしました。認定アカウントの氏名を「Mei Sato」に修正いたしました。今後発行される認定証およびデジタルバッジには新しい表記が反映されます。既存の認定証は、認定アカウントから再ダウンロードいただけます。

ご不明な点がございましたら、本メールにご返信ください。

このたびはお問い合わせいただき、ありがとうございました。

山口
AWS トレーニングと認定 カスタマーサポート
"""
M("resolved", False, CASE_D, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定" % CASE_D, "2025-03-26 02:20:00",
  leaf(t, cte="b64"), t, key="D_done", inreply=["D_upd"], scs="iso-2022-jp", mailfrom="01000195d6@amazonses.com",
  note="Japanese completion; 〜がございましたら is conditional, no reply needed")

# ---- case E: old 10-digit case reopened (Credly badges missing / duplicate account)
t = """Hello Mei,

I am writing on case %s, which you opened in 2021 when your first badge could not be claimed on Credly. I have reopened it because your recent message to our team describes the same problem: the Solutions Architect - Associate badge is still not shown on your Credly profile after your accounts were merged.

Our records show this is linked to an older certification account, so I am looking into it now and will write again when I know more.

Kind regards,
Marcus
AWS Training and Certification Customer Support
""" % CASE_E
M("case_update", False, CASE_E, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-03-26 07:30:00", leaf(t, cte="7bit"), t, key="E_reopen", mailfrom="01000195d9@amazonses.com",
  note="old 10-digit case reopened; news only")

# 055 confirmation request E (HTML table, no 'please', question in middle)
inner = """<p>Hello Mei,</p>
<p>I found the reason your badge is missing. Besides the account we merged on 13 March, there is a third certification account registered with your personal address. It was probably created when you signed in with an Amazon.com account in 2021. The Associate badge is attached to that profile, which is why Credly cannot see it.</p>
<table>
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Created</td><td>27 Feb 2025</td><td>14 Jun 2021</td></tr>
</table>
<p>Do you recognise Account #2 as yours, and shall I fold it into Account #1 so that everything sits in one place? Once you say yes, the badge should be reissued within a day.</p>
<p>Kind regards,<br>Marcus<br>AWS Training and Certification Customer Support</p>""" % (NEW, DUP, ME_P, ME_P, ME_P, ME_P)
M("confirmation_request", True, CASE_E, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-03-27 01:02:40", leaf(html_doc(inner), "text/html", cte="b64"), "%s %s" % (NEW, DUP), key="E_conf",
  inreply=["E_reopen"], mailfrom="01000195dd@amazonses.com", note="HTML table, same address on both accounts, question form")

# 056 other AWS program form case (Educate) — other program
t = """Hello,

Thank you for contacting AWS Educate. We have opened case 174305020100552 for your request regarding your AWS Educate student account.

Could you please tell us the name of your institution so that we can verify your eligibility?

AWS Educate Support
"""
M("unrelated", False, None, "AWS Educate <aws-cs-educate-form@amazon.com>", ME_P,
  "[CASE 174305020100552] [AWS Educate Form Submission]", "2025-03-27 01:20:00", leaf(t, cte="qp"), t,
  mailfrom="01000195df@amazonses.com", note="another AWS program's case (my cousin's request with my address); asks a question but not a T&C case")

# 057 user reply E, top-posted over long history (Outlook-like from Gmail with quotes)
t_new = """Yes, that's mine too - I'd forgotten about it. Please merge Account #2 (%s) into Account #1.

Mei
""" % DUP
t = t_new + "\nOn Thu, 27 Mar 2025 at 10:02, Amazon Web Services Training and Certification <%s> wrote:\n" % TC + q("Hello Mei,\n\nI found the reason your badge is missing. [...]\nAccount #1 Candidate ID %s\nAccount #2 Candidate ID %s\nDo you recognise Account #2 as yours, and shall I fold it into Account #1?" % (NEW, DUP))
M("user_reply", False, CASE_E, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-03-27 01:40:00", leaf(t, cte="qp"), t_new, key="E_rep", inreply=["E_reopen", "E_conf"], sent=True, mid_dom="mail.gmail.com", tz="+0900",
  note="owner confirms the second merge")

# 058 info request E: mixed news + request
t = """Hello Mei,

Thanks for confirming. I have merged the 2021 account into Account #1, so your exam history now shows all four exams.

Credly, however, still has the old badge tied to a different email, and I cannot move it from our side. Which email address is your Credly profile registered with? If it differs from %s, I will ask Credly to transfer the badge to the right wallet.

Kind regards,
Marcus
AWS Training and Certification Customer Support
""" % ME_P
M("info_request", True, CASE_E, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-03-27 05:15:22", multi("alternative", leaf(t, cte="qp"), leaf(html_doc("<p>" + t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "text/html", cte="qp")),
  t, key="E_req", inreply=["E_conf", "E_rep"], mailfrom="01000195e1@amazonses.com",
  note="opens with completed merge news (looks like a resolution) but asks a question; not resolved")

# 059 Builder ID sign-in code (login.awsapps)
t = """AWS Builder ID sign-in verification

Your verification code is: 903154

If you did not try to sign in, change your password immediately.
"""
M("unrelated", False, None, "AWS <no-reply@login.awsapps.com>", ME_P, "AWS Builder ID verification code", "2025-03-27 06:00:10",
  leaf(t, cte="7bit"), t, mailfrom="no-reply@login.awsapps.com", note="OTP")

# 060 user reply E
t_new = """Hi Marcus,

My Credly profile is registered with %s (the old work address, which no longer receives mail). I've just added %s as a secondary email in Credly too, if that helps.

Mei
""" % (ME_C, ME_P)
t = t_new + "\n\n-----Original Message-----\nFrom: Amazon Web Services Training and Certification <%s>\nSent: Thursday, March 27, 2025 2:15 PM\nSubject: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges\n\nHello Mei,\n\nThanks for confirming. [...] Which email address is your Credly profile registered with?\n" % (TC, CASE_E)
M("user_reply", False, CASE_E, addr(ME_NAME, ME_P), TC, "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-03-27 06:12:00", leaf(t, cte="qp"), t_new, key="E_rep2", inreply=["E_conf", "E_req"], sent=True, mid_dom="mail.gmail.com", tz="+0900",
  note="owner reply with Original Message style")

# 061 case_update E still working
t = """Hello Mei,

Thank you. I have sent the transfer request to Credly along with both of your addresses. Credly usually processes these within 5 business days; I will keep the case open until the badge appears on your profile.

Kind regards,
Marcus
"""
M("case_update", False, CASE_E, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-03-27 09:40:00", leaf(t, cte="7bit"), t, key="E_upd", inreply=["E_req", "E_rep2"], mailfrom="01000195e4@amazonses.com",
  note="waiting on Credly; not a hold on the owner, nothing asked")

# 062 colleague from new job (personal)
t = """Hi Mei,

Welcome aboard from April 1! Before your first day, could you send me your AWS certification validation numbers? We register them for our partner tier.

Thanks,
Lucia
Harbor Labs People Ops
"""
M("unrelated", False, None, "Lucia Ferraz <lucia.ferraz@harborlabs.io>", ME_P, "Onboarding: certifications", "2025-03-28 01:00:00",
  leaf(t, cte="qp"), t, mailfrom="lucia.ferraz@harborlabs.io", note="new employer asks about certifications; a request, but not support")

# 063 pearson vue phishing lookalike
t = """Dear candidate,

Your exam appointment (Registration ID 482913706) has been cancelled due to a payment issue. Reply with your card details or pay at https://pearsonvue-payments.com/aws to keep your slot.

Pearson VUE
"""
M("suspicious", False, None, "Pearson VUE <billing@pearsonvue-payments.com>", ME_P, "Exam appointment cancelled - action needed",
  "2025-03-28 03:33:00", leaf(t, cte="7bit"), t, mailfrom="billing@pearsonvue-payments.com", ip="194.26.29.61",
  note="exam vendor lookalike")

# 064 badge claimed (Credly) old youracclaim
t = """Hi Mei,

Amazon Web Services Training and Certification has transferred the badge "AWS Certified Solutions Architect – Associate" to your Credly account. It is now visible on your profile.

https://www.credly.com/users/mei-sato/badges
"""
M("badge", False, None, "Acclaim <admin@youracclaim.com>", ME_P, "A badge has been added to your profile", "2025-04-01 02:00:00",
  leaf(t, cte="qp"), t, mailfrom="bounces@youracclaim.com", note="older Credly sender name/domain")

# 065 resolved E
t = """Hello Mei,

Credly has confirmed the transfer, and I can see the Solutions Architect - Associate badge on your public profile now. With that, everything you asked for on this case is complete, and I am marking it resolved.

Thank you for your patience over the last few days.

Kind regards,
Marcus
AWS Training and Certification Customer Support

-- How did we do? Rate this reply: https://survey.amazon.com/tc?case=%s
""" % CASE_E
M("resolved", False, CASE_E, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E,
  "2025-04-01 05:40:10", leaf(t, cte="qp"), t, key="E_done", inreply=["E_upd"], mailfrom="01000195f0@amazonses.com",
  note="resolution with a rating link")

# 066 certification: recertification/benefits
t = """Hello Mei,

Congratulations on recertifying your AWS Certification! Your AWS Certified Solutions Architect - Associate certification is now valid through March 2028, because you earned the Professional certification.

Candidate ID: %s

AWS Certification
""" % NEW
M("certification", False, None, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
  "Congratulations on recertifying your AWS Certification!", "2025-04-01 06:00:00", leaf(t, cte="qp"), t,
  mailfrom="bounce@certmetrics.com", note="recertification")

# ---- case F: a new request — SME program invite lost; agent asks in console? no: form case, ack + info
CASE_F = "174349261800128"
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Subject: Certification benefits
Correspondence: My invitation to the AWS Certification Subject Matter Expert program was sent to my old work address, which no longer exists. Could it be re-sent to my current address?

We usually respond within 24 hours. If you already have an open case about this, please do not open another one.

Sincerely,
Amazon Web Services
""" % (CASE_F, CASE_F)
M("acknowledgement", False, CASE_F, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
  "2025-04-01 07:36:58", leaf(t, cte="qp"), t, key="F_ack", mailfrom="01000195f3@amazonses.com",
  note="ack whose echoed correspondence contains a question (the owner's own)")

# 068 info request F, long explanation, request as a question near the end, LF, 8bit
t = """Hi Mei,

Thanks for reaching out about the Subject Matter Expert invitation. Some background first, because it explains why the invitation did not follow your certifications automatically.

SME invitations are sent by the exam development team from a separate system, and they are addressed to the notification email that was on file when the invitation went out. When two certification accounts are merged, the certifications and vouchers move over, but invitations that were already sent stay tied to the original address. In your case the invitation went to your Kestrel Analytics address on 20 February, a few weeks before the merge.

The exam development team is happy to send a fresh invitation. They select participants by exam, though, and the original invitation does not say which exam workshop it was for. Would you let me know which exam you were invited to contribute to (for example SAP-C02 or DVA-C02), and whether you are still available for a workshop in May?

Cheers,
Aiko T.
AWS Training and Certification Customer Support
"""
M("info_request", True, CASE_F, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
  "2025-04-02 02:05:44", leaf(t, cte="8bit"), t, key="F_req", inreply=["F_ack"], nl="\n", mailfrom="01000195f8@amazonses.com",
  note="very long explanation, request is a 'would you let me know' in the last paragraph; LF line endings")

# 069 unrelated: GitHub dependabot personal repo
t = """Dependabot merged #23 "Bump boto3 from 1.37.1 to 1.37.24" into main.

--
You are receiving this because you are subscribed to this thread.
https://github.com/meisato/cert-tracker/pull/23
"""
M("unrelated", False, None, "dependabot[bot] <notifications@github.com>", ME_P,
  "Re: [meisato/cert-tracker] Bump boto3 from 1.37.1 to 1.37.24 (PR #23)", "2025-04-02 04:00:00", leaf(t, cte="7bit"), t,
  mailfrom="noreply@github.com", note="GitHub merged, personal repo named cert-tracker")

# 070 closing notice F (Japanese support wording? English, short, no please)
t = """Hi Mei,

Just checking in: I still need the exam name and your availability to request a new SME invitation. Without an answer by 9 April this case will be closed as inactive. A reply here, even after it closes, brings it back.

Aiko T.
AWS Training and Certification Customer Support
"""
M("closing_notice", True, CASE_F, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
  "2025-04-05 03:00:00", multi("alternative", leaf(t, cte="qp"), leaf(html_doc("<p>" + t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), "text/html", cte="qp")),
  t, key="F_close", inreply=["F_req"], mailfrom="0100019604@amazonses.com", note="short closing notice, no 'please'")

# 071 news: Japanese AWS training mail with event (aws.training)
t = """AWS Skill Builder をご利用いただきありがとうございます。

新しい試験対策コース「AWS Certified Solutions Architect - Professional 公式練習問題集」が公開されました。

コースを見る: https://skillbuilder.aws/
"""
M("unrelated", False, None, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "新しい試験対策コンテンツのお知らせ", "2025-04-05 05:00:00", leaf(t, cs="iso-2022-jp", cte="7bit"), t,
  scs="iso-2022-jp", mailfrom="bounce@aws.training", note="Japanese training mail")

# 072 user reply F
t_new = """Hi Aiko,

Sorry for the delay. It was the SAP-C02 workshop, and yes, I'm available any week in May except the 12th.

Thanks!
Mei
"""
t = t_new + "\n> Just checking in: I still need the exam name and your availability to request a new SME invitation.\n> Without an answer by 9 April this case will be closed as inactive.\n"
M("user_reply", False, CASE_F, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
  "2025-04-06 00:12:00", leaf(t, cte="qp"), t_new, key="F_rep", inreply=["F_req", "F_close"], sent=True, mid_dom="mail.gmail.com", tz="+0900",
  note="owner answers")

# 073 resolved F
t = """Hi Mei,

All set: the exam development team has re-sent the SME workshop invitation for SAP-C02 to %s. You should find it in your inbox within the next day, and it contains the registration link for the May sessions.

No further action is needed on this case, so I am closing it. If the invitation doesn't arrive, a reply here will reopen the case.

Aiko T.
AWS Training and Certification Customer Support
""" % ME_P
M("resolved", False, CASE_F, TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
  "2025-04-07 01:20:00", leaf(t, cte="qp"), t, key="F_done", inreply=["F_rep"], mailfrom="010001960d@amazonses.com",
  note="resolution with conditional reopen")

# 074 certification: SME program invite (not a case)
t = """Hello Mei,

You are invited to take part in an AWS Certification Subject Matter Expert workshop for the AWS Certified Solutions Architect - Professional exam. Workshops run online in May 2025.

Register your interest: https://aws.amazon.com/certification/sme/register?t=8KQ2

Please respond by April 25 if you would like to participate.

AWS Certification Exam Development
"""
M("certification", False, None, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
  "Invitation: AWS Certification SME workshop", "2025-04-07 09:00:00", leaf(t, cte="qp"), t,
  mailfrom="bounce@certmetrics.com", note="program benefit mail asking to 'respond' - not a support case")

# 075 survey F
t = """Hi Mei,

Case %s has been closed. Please take a moment to rate your experience with AWS Training and Certification Customer Support.

Rate us: https://survey.amazon.com/tc?case=%s
""" % (CASE_F, CASE_F)
M("survey", False, CASE_F, "AWS Training and Certification <aws-tc-surveys@amazon.com>", ME_P, "Your feedback on case %s" % CASE_F,
  "2025-04-08 06:00:00", leaf(t, cte="7bit"), t, mailfrom="bounce@amazon.com", note="short survey with 'please'")

# 076 on_hold? news mixing: Educate? -> AWS T&C notice about maintenance, unrelated
t = """Hello,

AWS Certification Account will be unavailable on Saturday, April 12 from 01:00 to 05:00 UTC for scheduled maintenance. Exam scheduling will not be possible during this window.

AWS Training and Certification
"""
M("certification", False, None, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
  "Scheduled maintenance: AWS Certification Account", "2025-04-09 00:00:00", leaf(t, cte="7bit"), t,
  mailfrom="bounce@certmetrics.com", note="program notice")

# ================================================================ write
def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    for i, (raw, label, note) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(l["kind"] for _, l, _ in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("total %d, needs_reply %d" % (len(MSGS), sum(l["needs_reply"] for _, l, _ in MSGS)))

if __name__ == "__main__":
    main()
