#!/usr/bin/env python3
"""Blind held-out corpus (stress set). Writes NNN-slug.eml / .json and README.md beside itself."""
import base64, json, os, quopri, random, datetime as dt
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(63)
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

ME_P = "takumi.onoda.k@gmail.com"
ME_C = "onoda.takumi@shirakawa-dx.co.jp"
ME_NAME = "Takumi Onoda"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

D21 = "7719304825"          # 10 digits, 2021 form case
C23 = "13052846179"         # 11 digits, 2023 console case
A = "174839201746213"       # 15 digits, main 2025 form case
B = "174839455203318"       # 15 digits, duplicate form submission
C = "174986133058871"       # 15 digits, benefit/voucher case (Japanese agent)
E = "175070412699183"       # 15 digits, 2025 console case

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}

def mid(key, dom="email.amazonses.com"):
    if key not in IDS:
        h = "%016x" % random.getrandbits(64)
        IDS[key] = "<0100%s-%08x-%04x-%04x-%012x-000000@%s>" % (
            h[:12], random.getrandbits(32), random.getrandbits(16), random.getrandbits(16),
            random.getrandbits(48), dom)
    return IDS[key]

def gid(key, dom="mail.gmail.com"):
    if key not in IDS:
        IDS[key] = "<CA%s@%s>" % (base64.b32encode(random.getrandbits(160).to_bytes(20, "big")).decode().rstrip("=")[:32], dom)
    return IDS[key]

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
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def encbody(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
    else:
        b = raw
    return b

def leaf(subtype, text, cs="utf-8", cte="quoted-printable"):
    h = ["Content-Type: text/%s; charset=%s" % (subtype, cs if cs != "shift_jis" else "Shift_JIS"),
         "Content-Transfer-Encoding: %s" % cte]
    return h, encbody(text, cs, cte)

def multi(subtype, parts):
    bd = "----=_Part_%d_%d" % (random.randint(10**5, 10**6), random.randint(10**8, 10**9))
    h = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, bd)]
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for ph, pb in parts:
        out += ("--%s\n" % bd).encode() + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % bd).encode()
    return h, out

AUTH_G = {
    "amazon.com": "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcgfhu4yn header.b=Xq3Lk9aP;\n       dkim=pass header.i=@amazonses.com header.s=hsbnp7p3ensaochzwyq5wwmceodymuwv header.b=f1Zr0Qw2;\n       spf=pass (google.com: domain of {ret} designates 54.240.48.{ip} as permitted sender) smtp.mailfrom={ret};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
}

def auth_pass(domain, to, ret=None):
    ret = ret or "0100019%07x@%s" % (random.getrandbits(24), "amazonses.com")
    if to == ME_C:
        return ("spf=pass (sender IP is 54.240.27.%d) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (random.randint(2, 250), domain, domain))
    return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s%d header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (domain, random.randint(1, 9), base64.b64encode(random.getrandbits(48).to_bytes(6, "big")).decode(), ret,
               random.randint(2, 250), ret, domain))

def add(date, slug, kind, needs, case, cands, note, frm, to, subj, body, *, msgid=None, irt=None,
        refs=None, cc=None, auth="pass", eol="\n", extra=(), subj_cs="utf-8", authdom=None):
    hs = []
    if auth is not None:
        if auth == "pass":
            fdom = frm.split("@")[-1].rstrip(">")
            ad = authdom or fdom
            a = auth_pass(ad, to if isinstance(to, str) else to[0])
        else:
            a = auth
        if (to if isinstance(to, str) else to[0]).endswith("shirakawa-dx.co.jp"):
            hs.append("Authentication-Results: " + a.replace("\n", "\n "))
        else:
            hs.append("Authentication-Results: " + a)
    hs.append("Date: " + format_datetime(date))
    hs.append("From: " + frm)
    hs.append("To: " + (to if isinstance(to, str) else ", ".join(to)))
    if cc:
        hs.append("Cc: " + cc)
    hs.append("Subject: " + hdr(subj, subj_cs))
    hs.append("Message-ID: " + (msgid or "<%016x.%s@mail.example>" % (random.getrandbits(64), slug)))
    if irt:
        hs.append("In-Reply-To: " + irt)
    if refs:
        hs.append("References: " + refs)
    hs.append("MIME-Version: 1.0")
    hs.extend(extra)
    bh, bb = body
    hs.extend(bh)
    data = "\n".join(hs).encode() + b"\n\n" + bb
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(date=date, slug=slug, kind=kind, needs=needs, case=case, cands=cands, note=note,
                     data=data))

def J(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=JST)

def U(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

TC_FROM = addr("Amazon Web Services", FORM)
TC_FROM2 = addr("AWS Training and Certification", FORM)
CON_FROM = addr("Amazon Web Services", NOREPLY)

def tcs(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, TC_SUBJ)

CONSOLE_FOOT = """\
To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

To contact us again about this issue, please use the link above. Replies to this
email are not monitored; this e-mail address cannot accept incoming e-mails.

Best regards,
Amazon Web Services

===========================================
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.
===========================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ---------------------------------------------------------------- 2021: company address, 10-digit case
add(J(2021, 4, 16, 18, 2), "cm-newly-certified", "certification", False, None, ["AWS04417729"],
    "certmetrics congratulation with candidate ID; 'log in to your account' is no reply request",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations! You are now AWS Certified",
    leaf("plain", """Dear Takumi Onoda,

Congratulations! You have successfully completed the AWS Certified Solutions
Architect - Associate exam and you are now AWS Certified.

Candidate ID: AWS04417729
Validation Number: 7R1QKXJ2ZJ4Q1BSW
Certification date: Apr 15, 2021
Expiration date: Apr 15, 2024

Your digital badge will be issued through Credly within 1 business day.
Visit your AWS Certification Account to download your certificate and to view
your benefits, including a 50% discount voucher for your next exam.

Please do not reply to this message. This email address is not monitored.

AWS Training and Certification
""", "us-ascii", "7bit"), msgid="<20210416090211.4417729@certmetrics.com>", authdom="certmetrics.com")

add(J(2021, 4, 17, 2, 14), "acclaim-badge-issued", "badge", False, None, [],
    "older youracclaim.com sender; 'Accept your badge' button is no support reply",
    addr("Credly (formerly Acclaim)", "admin@youracclaim.com"), ME_C,
    "Takumi, you've earned a badge from Amazon Web Services Training and Certification",
    multi("alternative", [
        leaf("plain", """Hi Takumi,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.youracclaim.com/earner/earned/badge/5f0c2ad1-7b1e-4b4e-9a4d-0c61e8d3f0aa

Questions? Visit https://support.credly.com
""", "utf-8", "7bit"),
        leaf("html", """<html><body><table width="600"><tr><td><h2>Congratulations, Takumi!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/5f0c2ad1-7b1e-4b4e-9a4d-0c61e8d3f0aa">Accept your badge</a></p>
</td></tr></table></body></html>""", "utf-8", "quoted-printable")]),
    msgid="<6079c1f23a1b2_4a2b3fd1@youracclaim.com>", authdom="youracclaim.com")

add(J(2021, 5, 20, 11, 5), "pv-confirm-2021", "unrelated", False, None, [],
    "Pearson VUE Japanese booking confirmation, ISO-2022-JP, 9-digit registration id, asks to bring ID",
    addr("ピアソンVUE", "donotreply@pearsonvue.com", "iso-2022-jp"), ME_C,
    "試験予約確認: AWS Certified Developer - Associate",
    leaf("plain", """小野田 拓海 様

このたびはピアソンVUEをご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

登録ID: 412907553
試験: AWS Certified Developer - Associate (DVA-C01)
日時: 2021年6月12日(土) 10:00
会場: OnVUE オンライン監督試験

試験当日は、有効な身分証明書をご用意ください。
予約の変更・キャンセルは試験開始24時間前までにウェブサイトから行ってください。

※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。

ピアソンVUE
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", msgid="<1621476300.412907553@pearsonvue.com>")

ACK21 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case {c} to
address your inquiry.

The details of your case are as follows:

Case ID: {c}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Use case: After passing my exam the badge does not appear in Credly.
I think I have two certification accounts with {me}. Please merge them.

We will get back to you as soon as possible, usually within 24 hours. If you
have additional information to add, you may reply to this email. Please do
not open a new case for the same request.

Best regards,
Amazon Web Services
""".format(c=D21, me=ME_C)
add(J(2021, 6, 21, 22, 41), "form-open-2021", "acknowledgement", False, D21, [],
    "10-digit case; 'you may reply to this email' is a conditional invitation, not a request",
    TC_FROM, ME_C, "[CASE %s] %s" % (D21, TC_SUBJ), leaf("plain", ACK21, "us-ascii", "7bit"),
    msgid=mid("d21ack"))

ASK21 = """Hi Takumi,

My name is Rhea and I'll be helping you with your certification accounts today.

I've located more than one certification record tied to {me}. Before I can go
further, could you let us know the Candidate ID shown in the upper right corner
of each account you are able to sign in to? It starts with AWS followed by 8 digits.

Regards,
Rhea H.
AWS Training and Certification Customer Service
""".format(me=ME_C)
add(J(2021, 6, 22, 16, 3), "form-ids-2021", "info_request", True, D21, [],
    "asks for candidate IDs with 'could you let us know'; no ID given in the text itself",
    TC_FROM, ME_C, tcs(D21), leaf("plain", ASK21, "utf-8", "quoted-printable"),
    msgid=mid("d21ask"), irt=mid("d21ack"), refs=mid("d21ack"))

REPLY21 = """Hi Rhea,

Thank you. The two IDs I can see are:
AWS04417729 (this one has my SAA certification)
AWS05583190 (created by mistake, no exams)

Best regards,
Takumi Onoda
"""
add(J(2021, 6, 22, 18, 30), "form-ids-answer-2021", "user_reply", False, D21, ["AWS04417729", "AWS05583190"],
    "the owner's own reply from company address; Outlook quoting of the request below",
    addr(ME_NAME, ME_C), FORM, "RE: " + tcs(D21, "RE:"),
    leaf("plain", REPLY21 + """
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 22, 2021 4:03 PM
To: Onoda Takumi <onoda.takumi@shirakawa-dx.co.jp>
Subject: RE:[CASE 7719304825] [AWS Training and Certification Form Submission] - account-assistance

""" + ASK21, "iso-8859-1", "quoted-printable"),
    auth=None, msgid="<TY2PR01MB4410C2F8A1D7E@TY2PR01MB4410.jpnprd01.prod.outlook.com>",
    irt=mid("d21ask"), refs=mid("d21ack") + " " + mid("d21ask"))

CONF21_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Hello Takumi,</p>
<p>Thanks for the IDs. Here is what I see on our side:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04417729</td><td>AWS05583190</td></tr>
<tr><td>Login email</td><td>onoda.takumi@shirakawa-dx.co.jp</td><td>onoda.takumi@shirakawa-dx.co.jp</td></tr>
<tr><td>Certification notification email</td><td>onoda.takumi@shirakawa-dx.co.jp</td><td>&mdash;</td></tr>
<tr><td>Certifications</td><td>1</td><td>0</td></tr>
</table>
<p>Account #1 holds your certification, so the natural choice is to keep Account #1 and fold
Account #2 into it. Once merged, Account #2 can no longer be signed in to.</p>
<p>Shall I go ahead and merge Account #2 into Account #1?</p>
<p>Rhea H.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
add(J(2021, 6, 23, 9, 12), "form-table-2021", "confirmation_request", True, D21, ["AWS04417729", "AWS05583190"],
    "HTML-only table of Account #1/#2; the ask is a bare question 'Shall I go ahead...?'; base64",
    TC_FROM, ME_C, tcs(D21), leaf("html", CONF21_HTML, "utf-8", "base64"),
    msgid=mid("d21conf"), irt=mid("d21ask"), refs=mid("d21ack") + " " + mid("d21ask"))

add(J(2021, 6, 23, 9, 40), "form-yes-2021", "user_reply", False, D21, [],
    "short user confirmation, Outlook style",
    addr(ME_NAME, ME_C), FORM, "RE: " + tcs(D21),
    leaf("plain", """Yes, please merge Account #2 into Account #1.

Takumi
""", "us-ascii", "7bit"), auth=None,
    msgid="<TY2PR01MB4410D9913BB07@TY2PR01MB4410.jpnprd01.prod.outlook.com>",
    irt=mid("d21conf"), refs=mid("d21ack") + " " + mid("d21conf"))

DONE21 = """Hi Takumi,

All set - the two certification accounts are now one (AWS04417729). Your badge
should show up in Credly within 24 hours; if it doesn't, sign out and back in
to Credly.

Regards,
Rhea H.
AWS Training and Certification Customer Service

-----Original Message-----
From: Rhea H.
Sent: 6/22/2021 7:03 AM UTC
Subject: RE:[CASE 7719304825]

Before I can go further, could you let us know the Candidate ID shown in the
upper right corner of each account you are able to sign in to?
"""
add(J(2021, 6, 23, 14, 55), "form-done-2021", "resolved", False, D21, ["AWS04417729"],
    "resolution quoting the old info request in its history (request must be ignored)",
    TC_FROM, ME_C, tcs(D21), leaf("plain", DONE21, "utf-8", "quoted-printable"),
    msgid=mid("d21done"), irt=mid("d21conf"), refs=mid("d21ack") + " " + mid("d21conf"), eol="\r\n")

add(J(2021, 6, 24, 3, 0), "form-rate-2021", "survey", False, D21, [],
    "survey mail from the form address with case number; 'please take a minute' is a survey ask",
    TC_FROM2, ME_C, "How did we do? Your recent AWS Training and Certification case %s" % D21,
    multi("alternative", [
        leaf("plain", """Hello,

Your case %s was recently resolved. Please take a minute to tell us how we did.

Were you satisfied with the support you received?
Yes: https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case=%s&r=1
No:  https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case=%s&r=0

This survey is anonymous. Please do not reply to this message.
""" % (D21, D21, D21), "us-ascii", "7bit"),
        leaf("html", """<html><body><p>Your case %s was recently resolved. Please take a minute to tell us how we did.</p>
<table><tr><td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case=%s&amp;r=1">&#128077; Yes</a></td>
<td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case=%s&amp;r=0">&#128078; No</a></td></tr></table>
</body></html>""" % (D21, D21, D21), "us-ascii", "7bit")]),
    msgid=mid("d21survey"))

# ---------------------------------------------------------------- 2023: console case, 11 digits
add(J(2023, 3, 2, 8, 15), "aws-invoice-feb", "unrelated", False, None, [],
    "AWS billing with 12-digit account id that must not be read as a case id",
    addr("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [Account: 483920175536]",
    leaf("plain", """Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement for your AWS account
[AWS ID 483920175536] is available. Your total charges for February 2023 are USD 12.84.

You can view your invoice in the Billing and Cost Management console.

This message was produced and distributed by Amazon Web Services, Inc.
""", "us-ascii", "7bit"))

CON_ACK = """Hello,

We have received your request and opened case {c}. You can view and update the
case in the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Case ID: {c}
Subject: Certification account - cannot sign in after Builder ID migration
Severity: General guidance
Correspondence: I have two AWS Certification accounts with my work email and cannot
see my exam history. Account ID in this console: 483920175536.

Thank you for contacting AWS Support.

Amazon Web Services

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""".format(c=C23)
add(J(2023, 3, 6, 10, 22), "console-new-2023", "acknowledgement", False, C23, [],
    "console 'New Support case' mail; 12-digit account id in body; notification-only address remark",
    CON_FROM, ME_C, "Amazon Web Services: New Support case: %s" % C23,
    leaf("plain", CON_ACK, "utf-8", "quoted-printable"), msgid=mid("c23ack", "us-east-1.amazonses.com"))

CON_ASK = """Hello,

Thank you for contacting AWS Support. My name is Vikram and I'll be assisting you.

Certification accounts are managed by the AWS Training and Certification team
and are separate from your AWS account 483920175536. I have checked with that
team: they can see two certification profiles with your work email. To link
the right one to your Builder ID we need to know which of the two you normally
sign in to and the candidate ID shown on it.

Please add this information to the case by replying in the Support Center
using the link below.

We appreciate your patience.

Best regards,
Vikram M.
Amazon Web Services
"""
add(J(2023, 3, 7, 3, 48), "console-needinfo-2023", "info_request", True, C23, [],
    "console correspondence: asks for info, answer in Support Center; feedback footer + 'cannot accept incoming e-mails'",
    CON_FROM, ME_C, "RE:[CASE %s] Certification account - cannot sign in after Builder ID migration" % C23,
    leaf("plain", CON_ASK + "\n" + CONSOLE_FOOT.format(case=C23), "utf-8", "quoted-printable"),
    msgid=mid("c23ask", "us-east-1.amazonses.com"))

add(J(2023, 3, 7, 9, 5), "console-mailed-answer-2023", "user_reply", False, C23, ["AWS04417729"],
    "owner answers the console case by email (wrong channel); Gmail-like quote of support text",
    addr(ME_NAME, ME_C), NOREPLY, "RE: RE:[CASE %s] Certification account - cannot sign in after Builder ID migration" % C23,
    leaf("plain", """Hello Vikram,

I normally sign in to the one with candidate ID AWS04417729.

Regards,
Takumi Onoda

From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Tuesday, March 7, 2023 3:48 AM
To: onoda.takumi@shirakawa-dx.co.jp
Subject: RE:[CASE 13052846179] Certification account - cannot sign in after Builder ID migration

""" + quote(CON_ASK), "utf-8", "quoted-printable"), auth=None,
    msgid="<TYCPR01MB8452E0C11@TYCPR01MB8452.jpnprd01.prod.outlook.com>", irt=mid("c23ask"), refs=mid("c23ask"))

add(J(2023, 3, 7, 9, 6), "dsn-noreply-2023", "unrelated", False, None, [],
    "bounce: no-reply address rejected the mail; contains case number and quoted request",
    addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@shirakawa-dx.co.jp"), ME_C,
    "Undeliverable: RE: RE:[CASE %s] Certification account - cannot sign in after Builder ID migration" % C23,
    multi("report", [
        leaf("plain", """Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The email address you entered couldn't be found or the recipient doesn't accept
incoming messages. Please contact the recipient directly, or use another channel.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 Mailbox does not accept incoming mail'

Original message headers:
Subject: RE: RE:[CASE 13052846179] Certification account - cannot sign in after Builder ID migration
""", "us-ascii", "7bit"),
        (["Content-Type: message/delivery-status"], b"Reporting-MTA: dns;TYCPR01MB8452.jpnprd01.prod.outlook.com\n\nFinal-Recipient: rfc822;no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n")]),
    auth=None, extra=["Auto-Submitted: auto-replied"])

add(J(2023, 3, 11, 4, 30), "console-autoresolved-2023", "closing_notice", True, C23, [],
    "console: case already auto-resolved for lack of answer, reopen within 14 days via Support Center; feedback footer",
    CON_FROM, ME_C, "RE:[CASE %s] Certification account - cannot sign in after Builder ID migration" % C23,
    leaf("plain", """Hello,

We haven't heard back from you regarding this case, so it has been marked as
resolved. If you still need help with the certification account, you can
reopen the case from the Support Center within 14 days and add your answer
there; after that it can no longer be reopened.

""" + CONSOLE_FOOT.format(case=C23), "utf-8", "7bit"),
    msgid=mid("c23auto", "us-east-1.amazonses.com"))

add(J(2023, 3, 13, 17, 2), "console-linked-2023", "resolved", False, C23, ["AWS04417729"],
    "console resolution with feedback footer ('please share your experience') and 'use the link above' boilerplate",
    CON_FROM, ME_C, "RE:[CASE %s] Certification account - cannot sign in after Builder ID migration" % C23,
    leaf("plain", """Hello Takumi,

Thanks for reopening the case and adding the candidate ID. The T&C team has
linked AWS04417729 to your Builder ID and removed the empty duplicate profile.
You should now see your full exam history when you sign in.

I'm setting this case to resolved.

Best regards,
Vikram M.
Amazon Web Services

""" + CONSOLE_FOOT.format(case=C23), "utf-8", "quoted-printable"),
    msgid=mid("c23done", "us-east-1.amazonses.com"))

add(J(2023, 3, 14, 12, 0), "console-csat-2023", "survey", False, C23, [],
    "separate console survey with case id in body",
    addr("AWS Support", "aws-support-survey@amazon.com"), ME_C,
    "Tell us about your recent AWS Support experience",
    leaf("html", """<html><body><p>Hello,</p><p>You recently worked with AWS Support on case <b>%s</b>.
How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p>The survey takes about 2 minutes. Your answers help us improve.</p>
<p style="font-size:10px">You are receiving this because you opened a case with AWS Support. This mailbox is not monitored.</p>
</body></html>""" % (C23, "".join('<td><a href="https://survey.support.aws.a2z.com/?c=%s&amp;s=%d">%d</a></td>' % (C23, i, i) for i in range(1, 6))),
        "utf-8", "quoted-printable"))

add(J(2023, 7, 3, 9, 0), "jira-assign", "unrelated", False, None, [],
    "Jira notification, asks for action but not support mail",
    addr("Jira (SDX)", "jira@shirakawa-dx.atlassian.net"), ME_C,
    "[JIRA] (INFRA-2291) Migrate certification tracker sheet to Confluence",
    leaf("plain", """Kenta Aoki assigned INFRA-2291 to you.

Migrate certification tracker sheet to Confluence
Please update the status and reply in the ticket comments by Friday.

View issue: https://shirakawa-dx.atlassian.net/browse/INFRA-2291
""", "us-ascii", "7bit"), authdom="shirakawa-dx.atlassian.net")

add(J(2024, 1, 10, 9, 30), "cm-expiry-90", "certification", False, None, [],
    "certmetrics expiry notice; 'recertify now' call to action is not a support request",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certification expires in 90 days",
    leaf("plain", """Hello Takumi,

Your AWS Certified Solutions Architect - Associate certification expires on
April 15, 2024. To maintain your certification, pass the current version of
the exam or a higher-level exam before that date.

Use your 50% discount benefit from the Benefits page of your AWS Certification
Account.

AWS Training and Certification
This mailbox is not monitored.
""", "us-ascii", "7bit"), authdom="certmetrics.com", eol="\r\n")

# ---------------------------------------------------------------- 2025: main case A, duplicate B
add(J(2025, 5, 23, 10, 0), "hr-offboarding", "unrelated", False, None, [],
    "Japanese HR mail asking for a reply (退職手続き) - a request, but not from support",
    addr("人事部 労務グループ", "jinji@shirakawa-dx.co.jp", "iso-2022-jp"), ME_C,
    "【ご案内】退職手続きについて（6月6日付）",
    leaf("plain", """小野田 拓海 さん

お疲れさまです。人事部の佐藤です。
6月6日付の退職に伴う手続きについてご案内いたします。

1. 貸与PC・入館証の返却（最終出社日）
2. 社用メールアカウントは最終日の18:00に停止されます
3. 資格取得支援制度で取得した資格情報は、必要に応じて個人側へ移行してください

ご不明点がございましたら、本メールにご返信ください。

人事部 佐藤
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", authdom="shirakawa-dx.co.jp")

add(J(2025, 5, 28, 9, 20), "builder-id-code", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits), AWS sender but not case mail",
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    multi("alternative", [
        leaf("plain", """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    739205

This code expires in 30 minutes. If you didn't request it, ignore this email.

Amazon Web Services
""", "utf-8", "7bit"),
        leaf("html", "<html><body><p>Verification code:</p><h1>739205</h1><p>This code expires in 30 minutes.</p></body></html>", "utf-8", "7bit")]),
    authdom="signin.aws")

ACK_A = """Hello,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your inquiry.

The details of your case are as follows:

Case ID: {c}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Inquiry type: Certification / Account Merge
Use case: I am leaving Shirakawa DX on June 6 and would like to merge my company certification account into my personal one.
All email addresses used: {c_addr}, {p_addr}
Email to keep on file: {p_addr}

Our team will review your request and respond, usually within 24 hours. To avoid delays, please do not open another case for the same request.

Sincerely,
Amazon Web Services
""".format(c=A, c_addr=ME_C, p_addr=ME_P)
add(J(2025, 5, 28, 9, 27), "tc-open-a", "acknowledgement", False, A, [],
    "15-digit case; contains 'please do not open another case' (instruction, not reply request)",
    TC_FROM, ME_P, "[CASE %s] %s" % (A, TC_SUBJ), leaf("plain", ACK_A, "utf-8", "quoted-printable"),
    msgid=mid("aack"))

ACK_B = """お問い合わせいただきありがとうございます。ケース {c} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {c}
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なガイダンス
内容: 会社のアカウントを個人のアカウントに統合したいです。{p}

担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
""".format(c=B, p=ME_P)
add(J(2025, 5, 28, 10, 9), "tc-open-b", "acknowledgement", False, B, [],
    "duplicate form submission 42 min later; Japanese ISO-2022-JP ack with 〜がございましたら…ご返信ください",
    TC_FROM, ME_P, "[CASE %s] %s" % (B, TC_SUBJ), leaf("plain", ACK_B, "iso-2022-jp", "7bit"),
    msgid=mid("back"))

add(J(2025, 5, 28, 15, 44), "tc-b-folded", "case_update", False, B, [],
    "duplicate case: support says work continues under the first case; 'no action needed'; mentions other case number",
    TC_FROM, ME_P, tcs(B),
    leaf("plain", """Hello Takumi,

It looks like the form was submitted twice. Your merge request is already being
handled under case {a}, so we'll continue the conversation there and won't
work on this one separately. There's nothing you need to do here - just keep
an eye on the emails for case {a}.

Kind regards,
Joanna P.
AWS Training and Certification
""".format(a=A), "us-ascii", "7bit"), msgid=mid("bupd"), irt=mid("back"), refs=mid("back"))

add(J(2025, 5, 28, 18, 0), "summit-invite-jp", "unrelated", False, None, [],
    "AWS marketing in Japanese with 'お申し込みください'; marketing sender",
    addr("AWS Summit Japan", "aws-marketing-email-replies@amazon.com", "utf-8"), ME_P,
    "【まもなく開催】AWS Summit Japan 2025 ご登録はお済みですか？",
    multi("alternative", [
        leaf("plain", """AWS Summit Japan 2025 は 6月25日・26日に幕張メッセで開催されます。
認定資格保有者限定ラウンジもご用意しております。
まだご登録がお済みでない方は、以下よりお申し込みください。
https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合はこちら: https://pages.awscloud.com/unsubscribe
""", "utf-8", "base64"),
        leaf("html", "<html><body><h1>AWS Summit Japan 2025</h1><p>認定資格保有者限定ラウンジもご用意しております。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p></body></html>", "utf-8", "base64")]))

INFO_A_HTML = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Takumi,</p>
<p>Thank you for reaching out to AWS Training and Certification. I'm Daniel and I'll be looking after your merge request.</p>
<p>I searched our records using both addresses from your form. This is what came back:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>Email</th><th>Certification account</th><th>Status</th></tr>
<tr><td>onoda.takumi@shirakawa-dx.co.jp</td><td>Found (AWS04417729)</td><td>Active, 3 certifications</td></tr>
<tr><td>takumi.onoda.k@gmail.com</td><td>Not found</td><td>&ndash;</td></tr>
</table>
<p>The personal address is not on any certification account yet, which usually means the new account
was created under a different email or sign-in. Without the destination account I can't prepare the merge.</p>
<p>What is the candidate ID of the account you want to keep, and which email do you sign in with there?</p>
<p>Thanks,<br>Daniel R.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
add(J(2025, 5, 28, 21, 12), "tc-a-destination", "info_request", True, A, ["AWS04417729"],
    "HTML-only table; ask is a bare question buried after explanation, no 'please'; QP",
    TC_FROM, ME_P, tcs(A), leaf("html", INFO_A_HTML, "utf-8", "quoted-printable"),
    msgid=mid("ainfo"), irt=mid("aack"), refs=mid("aack"))

add(J(2025, 5, 28, 22, 3), "tc-a-destination-answer", "user_reply", False, A, ["AWS19283746"],
    "owner's top-posted Gmail reply over HTML-derived quote; gives new candidate ID",
    addr("小野田拓海", ME_P), FORM, tcs(A),
    multi("alternative", [
        leaf("plain", """Hi Daniel,

Sorry, I created the new account via Builder ID with a different email alias first.
I have now changed it. The account to keep is:

Candidate ID: AWS19283746
Sign-in email: takumi.onoda.k@gmail.com

Thanks,
Takumi

On Wed, May 28, 2025 at 9:12 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Takumi,
>
> I searched our records using both addresses from your form.
> ...
> What is the candidate ID of the account you want to keep, and which
> email do you sign in with there?
>
> Thanks,
> Daniel R.
""", "utf-8", "quoted-printable"),
        leaf("html", """<div dir="ltr">Hi Daniel,<br><br>Sorry, I created the new account via Builder ID with a different email alias first. I have now changed it. The account to keep is:<br><br>Candidate ID: AWS19283746<br>Sign-in email: takumi.onoda.k@gmail.com<br><br>Thanks,<br>Takumi</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, May 28, 2025 at 9:12 PM Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">What is the candidate ID of the account you want to keep, and which email do you sign in with there?</blockquote></div>""", "utf-8", "quoted-printable")]),
    auth=None, msgid=gid("areply1"), irt=mid("ainfo"), refs=mid("aack") + " " + mid("ainfo"))

HOLD1 = """Hi Takumi,

Thanks for sending the candidate ID - I can see AWS19283746 now.

While preparing the merge I noticed that the company account (AWS04417729)
is associated with an AWS Partner Network organization (Shirakawa DX Co., Ltd.).
Certifications on partner-linked accounts count toward the partner's tier, so
we're required to check with our AWS Partner team before moving them.

I've sent the request over and the case is on hold until they respond, which
normally takes 2-3 business days. You don't need to do anything at this point;
I'll write again as soon as I hear back.

Best,
Daniel R.
AWS Training and Certification Customer Service
"""
add(J(2025, 5, 29, 11, 36), "tc-a-partner-wait", "on_hold", False, A, ["AWS19283746", "AWS04417729"],
    "APN hold that explicitly asks nothing ('You don't need to do anything')",
    TC_FROM, ME_P, tcs(A), leaf("plain", HOLD1, "utf-8", "base64"),
    msgid=mid("ahold1"), irt=gid("areply1"), refs=mid("aack") + " " + mid("ainfo") + " " + gid("areply1"))

add(J(2025, 5, 30, 7, 15), "lookalike-merge-confirm", "suspicious", False, None, [],
    "lookalike domain amazon-certsupport.com; copies real subject style and a case number; asks to confirm via link",
    addr("AWS Training and Certification", "support@amazon-certsupport.com"), ME_P,
    "RE:[CASE 174839201746213] Action required: confirm your account merge",
    leaf("html", """<html><body><p>Dear AWS Certified professional,</p>
<p>Your request to merge certification accounts is pending. To avoid losing your certifications,
confirm the merge within <b>24 hours</b> by signing in below:</p>
<p><a href="https://amazon-certsupport.com/merge/verify?t=9f2c7a">Confirm merge now</a></p>
<p>If you do not confirm, both accounts will be suspended.</p>
<p>AWS Training and Certification</p></body></html>""", "utf-8", "quoted-printable"),
    auth="mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com header.s=default;\n       spf=pass (google.com: domain of bounce@amazon-certsupport.com designates 185.234.72.19 as permitted sender) smtp.mailfrom=bounce@amazon-certsupport.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-certsupport.com")

add(J(2025, 5, 30, 13, 2), "gh-pr-merged", "unrelated", False, None, [],
    "GitHub 'merged' notification - merge wording, unrelated",
    addr("Takumi Onoda", "notifications@github.com"), ME_P,
    "Re: [tonoda/cert-notes] Merge accounts checklist (PR #14)",
    leaf("plain", """Merged #14 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tonoda/cert-notes/pull/14#event-17728394
You are receiving this because you authored the thread.
""", "utf-8", "7bit"), authdom="github.com",
    extra=["List-ID: tonoda/cert-notes <cert-notes.tonoda.github.com>"])

HOLD2 = """Hello Takumi,

I'm following up for Daniel on case {a}.

Our AWS Partner team got back to us. The partner organization still lists you
as an active employee, and partner-linked certifications can't be moved out
while that's the case. The merge stays on hold for now.

The Partner team will release the account once we have written confirmation
from you that you are leaving the company and the date of your last working
day. A one-line reply to this email is enough.

Regards,
Priya S.
AWS Training and Certification
""".format(a=A)
add(J(2025, 6, 2, 10, 48), "tc-a-partner-ask", "on_hold", True, A, [],
    "APN hold that needs an answer: 'will release once we have written confirmation from you' - no 'please', no question mark; sent to both addresses",
    TC_FROM, [ME_P, ME_C], tcs(A), leaf("plain", HOLD2, "utf-8", "quoted-printable"),
    msgid=mid("ahold2"), irt=mid("ahold1"), refs=mid("aack") + " " + mid("ahold1"))

USER_LEAVE = """Hello Priya,

I confirm that I am leaving Shirakawa DX Co., Ltd. My last working day is June 6, 2025,
and this company mailbox will be closed on that day.

Best regards,
Takumi Onoda
"""
add(J(2025, 6, 2, 13, 10), "tc-a-leaving-reply", "user_reply", False, A, [],
    "owner replies from the COMPANY address (not the one on the form); cc to manager; Outlook quote",
    addr("Onoda Takumi / 小野田 拓海", ME_C), FORM, "RE: " + tcs(A),
    leaf("plain", USER_LEAVE + """
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 2, 2025 10:48
To: takumi.onoda.k@gmail.com; onoda.takumi@shirakawa-dx.co.jp
Subject: RE:[CASE 174839201746213] [AWS Training and Certification Form Submission] - account-assistance

""" + HOLD2, "utf-8", "quoted-printable"), auth=None, cc="Kenta Aoki <aoki.kenta@shirakawa-dx.co.jp>",
    msgid="<TYWPR01MB10782A1B9@TYWPR01MB10782.jpnprd01.prod.outlook.com>", irt=mid("ahold2"),
    refs=mid("aack") + " " + mid("ahold2"))

add(J(2025, 6, 2, 13, 11), "ooo-manager", "unrelated", False, None, [],
    "colleague's Japanese out-of-office auto-reply whose subject carries the case number; 'ご返信' mentioned",
    addr("青木 健太", "aoki.kenta@shirakawa-dx.co.jp", "iso-2022-jp"), ME_C,
    "自動応答: RE: RE:[CASE %s] %s" % (A, TC_SUBJ),
    leaf("plain", """お疲れさまです。青木です。

6月2日(月)〜6月4日(水)は出張のため不在にしております。
メールの確認が遅れますので、急ぎの件は携帯までご連絡ください。
6月5日以降、順次ご返信いたします。
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", authdom="shirakawa-dx.co.jp",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: aoki.kenta@shirakawa-dx.co.jp"])

WRONGADDR = """Hello Takumi,

Thank you for confirming. One thing before the Partner team can act on it: your
message came from onoda.takumi@shirakawa-dx.co.jp, which is the account being
merged away, not the address on file for this case. For security, the
confirmation has to come from the address you used in the form.

We need you to send the same confirmation again from takumi.onoda.k@gmail.com
by replying to this email from that mailbox.

Regards,
Priya S.
AWS Training and Certification
"""
add(J(2025, 6, 3, 9, 30), "tc-a-other-mailbox", "info_request", True, A, [],
    "asks to write again from the destination address ('We need you to...'); arrives at company mailbox; UTF-8 8bit, CRLF",
    TC_FROM, ME_C, tcs(A), leaf("plain", WRONGADDR, "utf-8", "8bit"),
    msgid=mid("awrong"), irt="<TYWPR01MB10782A1B9@TYWPR01MB10782.jpnprd01.prod.outlook.com>",
    refs=mid("aack") + " " + mid("ahold2") + " <TYWPR01MB10782A1B9@TYWPR01MB10782.jpnprd01.prod.outlook.com>",
    eol="\r\n")

add(J(2025, 6, 3, 9, 41), "fwd-to-private", "user_reply", False, A, [],
    "owner forwards the request from company to personal mailbox; the forwarded text is a request but the mail itself is not",
    addr("Onoda Takumi / 小野田 拓海", ME_C), ME_P, "FW: " + tcs(A),
    leaf("plain", """自分用に転送。個人アドレスから返信すること。

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 3, 2025 9:30
To: onoda.takumi@shirakawa-dx.co.jp
Subject: RE:[CASE 174839201746213] [AWS Training and Certification Form Submission] - account-assistance

""" + WRONGADDR, "utf-8", "base64"),
    auth="mx.google.com;\n       dkim=pass header.i=@shirakawa-dx.co.jp header.s=selector1;\n       spf=pass (google.com: domain of onoda.takumi@shirakawa-dx.co.jp designates 40.107.74.51 as permitted sender) smtp.mailfrom=onoda.takumi@shirakawa-dx.co.jp;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=shirakawa-dx.co.jp",
    msgid="<TYWPR01MB10782F00D2@TYWPR01MB10782.jpnprd01.prod.outlook.com>")

add(J(2025, 6, 3, 21, 55), "private-reconfirm", "user_reply", False, A, [],
    "owner's reply from personal address, subject lost the case tag (threaded only by In-Reply-To/References); Japanese Gmail quote header",
    addr("小野田拓海", ME_P), FORM, "Re: アカウント統合の件（退職確認）",
    leaf("plain", """Priya様

Resending from my personal address as requested:
I am leaving Shirakawa DX Co., Ltd.; my last working day is June 6, 2025.

Takumi Onoda

2025年6月3日(火) 9:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> Hello Takumi,
>
> Thank you for confirming. One thing before the Partner team can act on it: your
> message came from onoda.takumi@shirakawa-dx.co.jp, which is the account being
> merged away, not the address on file for this case.
>
> We need you to send the same confirmation again from takumi.onoda.k@gmail.com
> by replying to this email from that mailbox.
""", "utf-8", "8bit"), auth=None, msgid=gid("areconf"), irt=mid("awrong"),
    refs=mid("aack") + " " + mid("ahold2") + " " + mid("awrong"))

add(J(2025, 6, 4, 10, 0), "it-mailbox-closing", "unrelated", False, None, [],
    "company IT notice that the mailbox will be closed; 'closing' wording, not support",
    addr("情報システム部", "it-helpdesk@shirakawa-dx.co.jp", "utf-8"), ME_C,
    "メールアカウント停止予定のお知らせ",
    leaf("plain", """小野田 拓海 様

退職に伴い、以下のアカウントを 2025/06/06 18:00 に停止します。
  onoda.takumi@shirakawa-dx.co.jp
転送設定は行いません。必要なメールは停止前に各自で退避してください。
本メールへの返信は不要です。

情報システム部 ヘルプデスク
""", "utf-8", "base64"), authdom="shirakawa-dx.co.jp")

add(J(2025, 6, 4, 12, 0), "devio-weekly", "unrelated", False, None, [],
    "Japanese tech newsletter whose lead article is about merging AWS certification accounts",
    addr("DevelopersIO Weekly", "newsletter@dev.classmethod.jp"), ME_P,
    "【週刊】AWS認定アカウントを統合する手順 ほか",
    multi("alternative", [
        leaf("plain", """今週の注目記事

■ 転職時にAWS認定アカウントを統合する手順
  サポートから「Account #1 に統合してよいか確認してください」というメールが届いたら、
  「Confirmed. Please merge to Account #1」と返信するだけ。
■ Amazon Bedrock の新機能まとめ

配信停止: https://dev.classmethod.jp/unsubscribe
""", "utf-8", "quoted-printable"),
        leaf("html", "<html><body><h2>今週の注目記事</h2><ul><li>転職時にAWS認定アカウントを統合する手順</li><li>Amazon Bedrock の新機能まとめ</li></ul></body></html>", "utf-8", "quoted-printable")]),
    authdom="dev.classmethod.jp")

add(J(2025, 6, 5, 8, 20), "tc-a-released", "case_update", False, A, [],
    "progress news only: partner team released the account, merge being prepared; ends with 'if you have questions, reply'",
    TC_FROM, ME_P, tcs(A),
    leaf("plain", """Hi Takumi,

Good news - the AWS Partner team has released the partner hold on your old
account after your confirmation, so the case is moving again. I'm now
lining up the two accounts for the merge and will send the final details
to you shortly.

If anything about your request has changed in the meantime, feel free to
reply to this email.

Best,
Daniel R.
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"), msgid=mid("aupd"), irt=gid("areconf"), refs=mid("aack") + " " + gid("areconf"))

CONF_A = """小野田 拓海 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
ケース {a} につきまして、パートナーチームの確認が完了いたしましたので、統合の準備が整いました。

弊社にて確認できたアカウントは以下のとおりでございます。

Account #1
Login email: takumi.onoda.k@gmail.com
Training notification email: takumi.onoda.k@gmail.com
Certification notification email: takumi.onoda.k@gmail.com

Account #2
Login email: onoda.takumi@shirakawa-dx.co.jp
Training notification email: onoda.takumi@shirakawa-dx.co.jp
Certification notification email: onoda.takumi@shirakawa-dx.co.jp

Account #2 の認定資格、試験履歴および特典を Account #1 へ統合いたします。
統合後は Account #2 にはサインインできなくなりますので、ご注意ください。
上記の内容でお間違いないか、本メールへのご返信にてお知らせいただけますでしょうか。
ご確認のほど、よろしくお願いいたします。

山口 美咲
AWS Training and Certification Customer Service
""".format(a=A)
add(J(2025, 6, 5, 14, 5), "tc-a-accounts-jp", "confirmation_request", True, A, [],
    "Japanese keigo confirmation (〜いただけますでしょうか) with Account #1/#2 listing; ISO-2022-JP",
    TC_FROM, ME_P, tcs(A), leaf("plain", CONF_A, "iso-2022-jp", "7bit"),
    msgid=mid("aconf"), irt=mid("aupd"), refs=mid("aack") + " " + mid("aupd"))

add(J(2025, 6, 6, 3, 0), "cm-hear-from-you", "certification", False, None, [],
    "certmetrics feedback invitation about the certification program (looks like a survey)",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you",
    multi("alternative", [
        leaf("plain", """Hello AWS Certified individual,

AWS Certification wants to hear from you! Share your opinion in a 10-minute survey
about the AWS Certification program and the value of your certification.

Take the survey: https://aws-cert.qualtrics.com/jfe/form/SV_9zX

Thank you for being part of the AWS Certification community.
""", "us-ascii", "7bit"),
        leaf("html", "<html><body><p>AWS Certification wants to hear from you!</p><p><a href='https://aws-cert.qualtrics.com/jfe/form/SV_9zX'>Take the survey</a></p></body></html>", "us-ascii", "7bit")]),
    authdom="certmetrics.com")

add(J(2025, 6, 7, 1, 33), "dmarcfail-case-mail", "suspicious", False, None, [],
    "From is the genuine form address and subject has the real case tag, but dkim=fail/dmarc=fail",
    TC_FROM, ME_P, tcs(A),
    leaf("plain", """Hello Takumi,

To complete the merge of Account #2 into Account #1 we must re-verify your identity.
Sign in at the secure link below within 12 hours and re-enter your Builder ID password:

https://aws-training-merge.verify-login.net/session?case=%s

Regards,
AWS Training and Certification
""" % A, "utf-8", "quoted-printable"),
    auth="mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtb5qcgfhu4yn header.b=Zz0tQ11x;\n       spf=softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 45.147.230.8 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com",
    msgid="<20250607013301.5521@mx.verify-login.net>")

add(J(2025, 6, 7, 19, 40), "amazon-jp-order", "unrelated", False, None, [],
    "Amazon.co.jp order mail in Shift_JIS 8bit (Amazon but not AWS)",
    addr("Amazon.co.jp", "auto-confirm@amazon.co.jp", "shift_jis"), ME_P,
    "Amazon.co.jp ご注文の確認",
    leaf("plain", """小野田 拓海 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文番号: 249-5518203-7730164

AWS認定 ソリューションアーキテクト プロフェッショナル 教科書  ￥3,520

お届け予定: 6月9日(月)
""".replace("￥", "\\"), "shift_jis", "8bit"), subj_cs="iso-2022-jp", authdom="amazon.co.jp")

CLOSE_A = """Hello Takumi,

I'm checking in on case {a}. We sent over the account details for the merge on
June 5 and haven't had a response yet.

If we don't hear from you within the next 72 hours, the case will be closed
automatically and the accounts will stay as they are. A reply to this email -
even a short one - keeps it open.

Kind regards,
Priya S.
AWS Training and Certification
""".format(a=A)
add(J(2025, 6, 9, 10, 15), "tc-a-nudge", "closing_notice", True, A, [],
    "closing notice in varied wording ('will be closed automatically', 'A reply ... keeps it open')",
    TC_FROM, ME_P, tcs(A), leaf("plain", CLOSE_A, "utf-8", "quoted-printable"),
    msgid=mid("aclose"), irt=mid("aconf"), refs=mid("aack") + " " + mid("aconf"))

add(J(2025, 6, 9, 12, 48), "tc-a-go-ahead", "user_reply", False, A, [],
    "owner's confirmation top-posted over the whole quoted history (closing notice + Japanese request)",
    addr("小野田拓海", ME_P), FORM, tcs(A),
    leaf("plain", """Hi Priya, 山口様

Sorry for the late reply. Confirmed. Please merge Account #2 into Account #1
(takumi.onoda.k@gmail.com).

Takumi Onoda

2025年6月9日(月) 10:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(CLOSE_A) + "\n>\n> 2025年6月5日(木) 14:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(CONF_A, "> > "),
        "utf-8", "base64"),
    auth=None, msgid=gid("aok"), irt=mid("aclose"), refs=mid("aack") + " " + mid("aconf") + " " + mid("aclose"))

DONE_A = """Hello Takumi,

Thank you for confirming. I have successfully merged all accounts: the
certifications, exam history and benefits of Account #2 are now on Account #1
(takumi.onoda.k@gmail.com, AWS19283746). Your Credly badges will be reissued to
the same address, and the partner profile of your former employer will update
within a few days.

This completes your request. If you have any other questions, you're welcome to
reply to this email.

Best regards,
Daniel R.
AWS Training and Certification Customer Service

How did we do? Rate this reply: https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case={a}

-----Original Message-----
From: 山口 美咲
Sent: 2025-06-05 05:05 UTC
Subject: RE:[CASE {a}]

上記の内容でお間違いないか、本メールへのご返信にてお知らせいただけますでしょうか。
ご確認のほど、よろしくお願いいたします。
""".format(a=A)
add(J(2025, 6, 9, 16, 20), "tc-a-merged", "resolved", False, A, ["AWS19283746"],
    "'successfully merged' with conditional reply invitation, rating link, and a quoted Japanese keigo request",
    TC_FROM, ME_P, tcs(A), leaf("plain", DONE_A, "utf-8", "quoted-printable"),
    msgid=mid("adone"), irt=gid("aok"), refs=mid("aack") + " " + mid("aconf") + " " + gid("aok"))

add(J(2025, 6, 10, 9, 0), "tc-a-survey-jp", "survey", False, A, [],
    "Japanese survey with case number, 'ご協力をお願いいたします' (keigo request to rate, not to reply)",
    TC_FROM2, ME_P, "AWS トレーニングと認定サポートに関するアンケート（ケース %s）" % A,
    multi("alternative", [
        leaf("plain", """小野田 拓海 様

先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、誠にありがとうございました。
ケース {a} の対応について、1分程度の簡単なアンケートへのご協力をお願いいたします。

https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case={a}&lang=ja

※本メールは送信専用です。
""".format(a=A), "utf-8", "base64"),
        leaf("html", """<html><body><p>小野田 拓海 様</p><p>ケース {a} の対応について、アンケートへのご協力をお願いいたします。</p>
<table><tr><td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case={a}&amp;s=5">とても満足</a></td><td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case={a}&amp;s=1">不満</a></td></tr></table></body></html>""".format(a=A), "utf-8", "base64")]),
    msgid=mid("asurvey"))

add(J(2025, 6, 10, 9, 45), "credly-reissued", "badge", False, None, [],
    "Credly badge for the personal address; badge UUID; 'accept' call to action",
    addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge",
    multi("alternative", [
        leaf("plain", """Takumi, you've been issued a badge by Amazon Web Services Training and Certification:

AWS Certified Solutions Architect - Professional

Accept your badge to share it: https://www.credly.com/badges/8d3f1e0b-52c7-4d8e-b1f9-7a3e7c2d6b10

Credly, a Pearson company
""", "utf-8", "7bit"),
        leaf("html", """<html><body><table width="600" align="center"><tr><td><img src="https://images.credly.com/size/340x340/images/aws-sap.png" alt="badge"></td></tr>
<tr><td><h2>Takumi, you've earned a badge!</h2><p>AWS Certified Solutions Architect - Professional</p>
<a href="https://www.credly.com/badges/8d3f1e0b-52c7-4d8e-b1f9-7a3e7c2d6b10">Accept badge</a></td></tr></table></body></html>""", "utf-8", "quoted-printable")]),
    authdom="credly.com")

add(J(2025, 6, 11, 8, 10), "skillbuilder-receipt", "unrelated", False, None, [],
    "AWS Skill Builder subscription receipt from aws.training; order number",
    addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt",
    leaf("plain", """Thank you for subscribing to AWS Skill Builder Individual.

Order number: 114-2093385-5512
Amount: USD 29.00 (monthly)
Account: takumi.onoda.k@gmail.com

Manage your subscription at https://skillbuilder.aws/subscriptions
""", "us-ascii", "7bit"), authdom="aws.training")

REOPEN_U = """Hello Daniel,

Thank you for the merge. The certifications are there, but in Exam history on
Account #1 I only see three of my four exams - the DVA-C01 exam from June 2021
(registration 412907553) is missing. Could you check?

Takumi
"""
add(J(2025, 6, 12, 11, 2), "tc-a-missing-exam", "user_reply", False, A, [],
    "owner writes after resolution (reopening); 9-digit registration ID; a question to support; candidate ID only in the quoted history",
    addr("小野田拓海", ME_P), FORM, tcs(A),
    leaf("plain", REOPEN_U + "\nOn Mon, Jun 9, 2025 at 4:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(DONE_A[:600]), "utf-8", "quoted-printable"),
    auth=None, msgid=gid("areopen"), irt=mid("adone"), refs=mid("aack") + " " + mid("adone"))

add(J(2025, 6, 12, 15, 30), "tc-a-ops-queue", "on_hold", False, A, [],
    "case reopened and passed to another AWS team (Certification Operations); waiting, asks nothing",
    TC_FROM, ME_P, tcs(A),
    leaf("plain", """Hi Takumi,

I've reopened your case. Exam records that were taken through Pearson VUE under
the old account sometimes don't carry over with the rest of the merge; moving
them has to be done by our Certification Operations team, so I've opened an
internal request with them.

Your case is now waiting on that team. They usually finish within 3 business
days, and there's nothing you need to send in the meantime.

Thanks,
Daniel R.
AWS Training and Certification Customer Service
""", "utf-8", "7bit"), msgid=mid("aops"), irt=gid("areopen"), refs=mid("aack") + " " + gid("areopen"),
    eol="\r\n")

add(J(2025, 6, 12, 20, 5), "jp-phish-cert", "suspicious", False, None, [],
    "Japanese phishing from lookalike aws-training-jp.com; keigo request to log in and reply",
    addr("AWS トレーニングと認定", "info@aws-training-jp.com", "utf-8"), ME_P,
    "【重要】AWS認定アカウント統合の最終確認のお願い",
    leaf("html", """<html><body><p>お客様各位</p>
<p>AWS認定アカウントの統合手続きが未完了となっております。認定資格の失効を防ぐため、
48時間以内に下記よりログインのうえ、本人確認を完了していただけますでしょうか。</p>
<table border="1"><tr><td>ケースID</td><td>174839201746213</td></tr><tr><td>状態</td><td>本人確認待ち</td></tr></table>
<p><a href="http://aws-training-jp.com/login">本人確認はこちら</a></p>
<p>何卒よろしくお願いいたします。<br>AWS トレーニングと認定</p></body></html>""", "utf-8", "base64"),
    auth="mx.google.com;\n       spf=pass (google.com: domain of info@aws-training-jp.com designates 103.151.72.40 as permitted sender) smtp.mailfrom=info@aws-training-jp.com;\n       dmarc=none (p=NONE) header.from=aws-training-jp.com")

MIXED_A = """Hi Takumi,

Quick update from Certification Operations: they've located the DVA-C01 record
under the old account and are moving it over now. They also found a beta exam
result from 2022 that was never linked to any account.

Before they attach that one too: did you sit a beta exam in 2022, and if so,
which one? If it isn't yours they'll leave it where it is.

Thanks,
Daniel R.
"""
add(J(2025, 6, 13, 10, 12), "tc-a-beta-question", "info_request", True, A, [],
    "mixed mail: progress news first, then a bare question (the ask decides the kind); short signature",
    TC_FROM, ME_P, tcs(A), leaf("plain", MIXED_A, "utf-8", "quoted-printable"),
    msgid=mid("abeta"), irt=mid("aops"), refs=mid("aack") + " " + mid("aops"))

add(J(2025, 6, 13, 12, 30), "tc-a-beta-answer", "user_reply", False, A, [],
    "owner's short Japanese-English reply, Japanese quote header",
    addr("小野田拓海", ME_P), FORM, "Re: " + tcs(A),
    leaf("plain", """Daniel様

No, I did not take any beta exam in 2022. Please leave it.
よろしくお願いします。

小野田

2025年6月13日(金) 10:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(MIXED_A), "utf-8", "8bit"), auth=None, msgid=gid("abetaok"), irt=mid("abeta"),
    refs=mid("aack") + " " + mid("abeta"))

# ---------------------------------------------------------------- case C (Japanese agent), benefit voucher
ACK_C = """小野田 拓海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース {c} を作成いたしました。

ケース ID: {c}
件名: [AWS Training and Certification Form Submission] - account-assistance
内容: 統合後のアカウントで、旧アカウントにあった50%割引特典が表示されません。

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
""".format(c=C)
add(J(2025, 6, 14, 9, 36), "tc-c-received", "acknowledgement", False, C, [],
    "Japanese ack, Shift_JIS base64; mentions the prohibition on duplicate cases",
    TC_FROM, ME_P, "[CASE %s] %s" % (C, TC_SUBJ), leaf("plain", ACK_C, "shift_jis", "base64"),
    msgid=mid("cack"))

add(J(2025, 6, 16, 11, 0), "tc-a-records-moving", "case_update", False, A, [],
    "progress only: record moved, dashboard refresh can take 24h, case kept open to verify",
    TC_FROM, ME_P, tcs(A),
    leaf("plain", """Hi Takumi,

Certification Operations has moved the DVA-C01 record to Account #1 and left
the beta result alone as you asked. The Exam history page can take up to 24
hours to refresh. I'll keep the case open until tomorrow and check it myself
before closing it.

Daniel R.
AWS Training and Certification Customer Service
""", "utf-8", "7bit"), msgid=mid("aprog"), irt=gid("abetaok"), refs=mid("aack") + " " + gid("abetaok"))

INFO_C = """小野田様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの山口です。

旧アカウントの特典を確認いたしました。旧アカウント（AWS04417729）には未使用の50%割引特典が1件残っており、
統合時に移行されなかったようです。

新しいアカウント側で特典を発行し直すため、以下の2点をこのメールに返信する形で教えてください。
・統合先アカウントの候補ID（AWSから始まる番号）
・特典を利用予定の試験名

山口
"""
add(J(2025, 6, 16, 14, 20), "tc-c-two-points", "info_request", True, C, ["AWS04417729"],
    "Japanese plain 〜教えてください after explanation; candidate ID of the old account in support's text",
    TC_FROM, ME_P, tcs(C), leaf("plain", INFO_C, "utf-8", "8bit"),
    msgid=mid("cinfo"), irt=mid("cack"), refs=mid("cack"))

add(J(2025, 6, 17, 9, 5), "tc-a-all-visible", "resolved", False, A, [],
    "final resolution after reopen: 'No further action is required', survey footer with rating links",
    TC_FROM, ME_P, tcs(A),
    multi("alternative", [
        leaf("plain", """Hi Takumi,

I checked this morning: all four exams now show in Exam history on Account #1,
along with your certifications and benefits. No further action is required on
your part, and I'm marking case %s as resolved.

Daniel R.
AWS Training and Certification Customer Service

-----
Your feedback matters. Please rate your experience: https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case=%s
""" % (A, A), "utf-8", "quoted-printable"),
        leaf("html", """<html><body><p>Hi Takumi,</p><p>I checked this morning: all four exams now show in Exam history on Account #1,
along with your certifications and benefits. No further action is required on your part, and I'm marking case %s as resolved.</p>
<p>Daniel R.<br>AWS Training and Certification Customer Service</p><hr>
<p style="font-size:11px">Your feedback matters. Please rate your experience: <a href="https://aws-tc.qualtrics.com/jfe/form/SV_5bT?case=%s">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p></body></html>""" % (A, A), "utf-8", "quoted-printable")]),
    msgid=mid("adone2"), irt=mid("aprog"), refs=mid("aack") + " " + mid("aprog"))

add(J(2025, 6, 18, 9, 0), "pv-reminder-2025", "unrelated", False, None, [],
    "exam vendor reminder: 9-digit registration ID, 'please confirm' check-in request",
    addr("Pearson VUE", "donotreply@pearsonvue.com"), ME_P,
    "Reminder: Your AWS Certified Security - Specialty exam is in 3 days",
    leaf("plain", """Dear Takumi Onoda,

This is a reminder of your upcoming exam.

Registration ID: 508813274
Exam: AWS Certified Security - Specialty (SCS-C02)
Date: Saturday, June 21, 2025 13:00 JST
Delivery: OnVUE online proctored

Please confirm your system meets the requirements by running the system test
before exam day. Check-in opens 30 minutes before your appointment.

Pearson VUE
""", "us-ascii", "7bit"), authdom="pearsonvue.com")

CLOSE_C = """小野田 拓海 様

いつもお世話になっております。AWS トレーニングと認定の山口でございます。

6月16日にお送りしたご質問につきまして、本日時点でご返信を確認できておりませんので、
誠に勝手ながら本ケースはいったんクローズとさせていただきました。

引き続きサポートが必要な場合は、恐れ入りますが本メールにご返信くださいますようお願い申し上げます。
ご返信をいただいた時点でケースを再開し、対応を継続いたします。

山口 美咲
AWS Training and Certification Customer Service
"""
add(J(2025, 6, 19, 16, 40), "tc-c-paused-jp", "closing_notice", True, C, [],
    "Japanese keigo: case already closed for no reply, a reply reopens it (ISO-2022-JP, CRLF)",
    TC_FROM, ME_P, tcs(C), leaf("plain", CLOSE_C, "iso-2022-jp", "7bit"),
    msgid=mid("cclose"), irt=mid("cinfo"), refs=mid("cack") + " " + mid("cinfo"), eol="\r\n")

add(J(2025, 6, 19, 21, 3), "tc-c-answer-jp", "user_reply", False, C, ["AWS19283746"],
    "owner's Japanese reply with new candidate ID; quotes the closing notice",
    addr("小野田拓海", ME_P), FORM, "Re: " + tcs(C),
    leaf("plain", """山口様

ご連絡が遅くなり申し訳ございません。
・統合先アカウントの候補ID: AWS19283746
・利用予定の試験: AWS Certified Security - Specialty（6月21日受験予定）
お手数をおかけしますが、よろしくお願いいたします。

小野田 拓海

2025年6月19日(木) 16:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(CLOSE_C), "iso-2022-jp", "7bit"), auth=None, msgid=gid("cans"), irt=mid("cclose"),
    refs=mid("cack") + " " + mid("cinfo") + " " + mid("cclose"))

add(J(2025, 6, 20, 10, 10), "tc-c-reopened", "case_update", False, C, [],
    "Japanese: case reopened and being handled; 'お待ちください' is not a reply request",
    TC_FROM, ME_P, tcs(C),
    leaf("plain", """小野田様

ご返信ありがとうございます。ケースを再開いたしました。
いただいた候補IDをもとに、特典の再発行手続きを進めております。
完了しましたら改めてご連絡いたしますので、今しばらくお待ちください。

山口
""", "utf-8", "base64"), msgid=mid("creopen"), irt=gid("cans"), refs=mid("cack") + " " + gid("cans"))

add(J(2025, 6, 20, 15, 55), "tc-c-voucher-done", "resolved", False, C, [],
    "Japanese resolution with conditional 〜がございましたら…ご返信ください and 'クローズいたします'",
    TC_FROM, ME_P, tcs(C),
    multi("alternative", [
        leaf("plain", """小野田 拓海 様

お待たせいたしました。統合先アカウントに50%割引特典を再発行いたしました。
「特典」ページよりご確認いただけます。試験のご予約時にご利用ください。

以上で本件の対応は完了となりますので、ケースをクローズいたします。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

山口 美咲
AWS Training and Certification Customer Service
""", "utf-8", "quoted-printable"),
        leaf("html", """<html><body><p>小野田 拓海 様</p><p>お待たせいたしました。統合先アカウントに50%割引特典を再発行いたしました。</p>
<p>以上で本件の対応は完了となりますので、ケースをクローズいたします。<br>ご不明な点がございましたら、お気軽に本メールへご返信ください。</p><p>山口 美咲</p></body></html>""", "utf-8", "quoted-printable")]),
    msgid=mid("cdone"), irt=mid("creopen"), refs=mid("cack") + " " + mid("creopen"))

add(J(2025, 6, 21, 8, 0), "vendor-ticket-solved", "unrelated", False, None, [],
    "other vendor's helpdesk 'request solved', reply to reopen - not AWS",
    addr("Backlog Support", "support@backlog.zendesk.com"), ME_P,
    "[Backlog Support] Re: Cannot change notification email (#58213) - solved",
    leaf("plain", """##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen this request, reply to this email.

Yuki (Backlog Support)
Jun 21, 2025, 08:00 JST
We have updated the notification email on your space. Let us know if anything else comes up.
""", "utf-8", "7bit"), authdom="backlog.zendesk.com")

# ---------------------------------------------------------------- 2025 console case E (personal AWS account)
CON_ACK_JP = """こんにちは

リクエストを受け付け、ケース {c} を作成しました。AWS サポートセンターでケースの確認と更新を行うことができます。

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

ケース ID: {c}
件名: 認定アカウントが2つ表示される（Builder ID）
重要度: 一般的なガイダンス
内容: AWS アカウント 905512376648 の Builder ID でサインインすると、認定アカウントの選択画面に2つ表示されます。

AWS サポートにお問い合わせいただきありがとうございます。

Amazon Web Services

このメールは送信専用アドレスから送信されています。このメールには返信しないでください。
""".format(c=E)
add(J(2025, 6, 24, 3, 42), "console-new-jp", "acknowledgement", False, E, [],
    "Japanese console 'new support case' mail, 15-digit id, 12-digit account id in body; 'do not reply'",
    CON_FROM, ME_P, "Amazon Web Services: 新しいサポートケース: %s" % E,
    leaf("plain", CON_ACK_JP, "utf-8", "base64"), msgid=mid("eack", "us-east-1.amazonses.com"))

CON_CONF = """Hello,

Thank you for your patience. I've reviewed the sign-in records with the
Training and Certification team. Your Builder ID is currently connected to two
certification accounts:

Account #1  - AWS19283746 - login email takumi.onoda.k@gmail.com (4 certifications)
Account #2  - AWS20455871 - login email takumi.onoda.k@gmail.com (no certifications, created 2025-06-21)

Account #2 appears to have been created by accident during exam check-in. We can
merge it into Account #1 so that only one remains. Kindly confirm in the
Support Center whether Account #1 is the one you want to keep.

Best regards,
Sofia L.
Amazon Web Services
"""
add(J(2025, 6, 24, 19, 15), "console-which-jp-case", "confirmation_request", True, E, ["AWS19283746", "AWS20455871"],
    "console correspondence with Account #1/#2 and 'Kindly confirm in the Support Center'; email cannot be answered; feedback footer",
    CON_FROM, ME_P, "RE:[CASE %s] 認定アカウントが2つ表示される（Builder ID）" % E,
    multi("alternative", [
        leaf("plain", CON_CONF + "\n" + CONSOLE_FOOT.format(case=E), "utf-8", "quoted-printable"),
        leaf("html", "<html><body><pre style='font-family:Arial'>" + CON_CONF + "</pre><hr><p style='font-size:11px'>" +
             CONSOLE_FOOT.format(case=E).replace("\n", "<br>") + "</p></body></html>", "utf-8", "quoted-printable")]),
    msgid=mid("econf", "us-east-1.amazonses.com"))

add(J(2025, 6, 25, 8, 0), "aws-billing-jp", "unrelated", False, None, [],
    "Japanese AWS billing notice with 12-digit account ID and 'ご確認ください'",
    addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "AWS 請求書のお知らせ [アカウント 905512376648]",
    leaf("plain", """Amazon Web Services をご利用いただきありがとうございます。

AWS アカウント 905512376648 の 2025年5月分の請求書が発行されました。
請求額: USD 3.12

請求とコスト管理コンソールでご確認ください。
""", "utf-8", "base64"))

add(J(2025, 6, 28, 20, 0), "console-pending-jp", "closing_notice", True, E, [],
    "console: Japanese keigo, case will auto-resolve in 3 days without an answer in the Support Center; feedback footer",
    CON_FROM, ME_P, "RE:[CASE %s] 認定アカウントが2つ表示される（Builder ID）" % E,
    leaf("plain", """お世話になっております。

先日ご案内した内容につきまして、まだご回答をいただけていないようです。
このまま3日以内にサポートセンターでのご回答が確認できない場合、本ケースは自動的に解決済みとなります。
引き続き対応をご希望の場合は、下記リンクよりケースにご返信いただきますようお願いいたします。

Sofia L.
Amazon Web Services

すべてのケースを確認するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

このメールアドレスは送信専用のため、返信を受け付けることができません。

===========================================
ご意見をお寄せください。サポートセンターで、このやり取りを評価していただけます。
===========================================
""".format(c=E), "utf-8", "quoted-printable"), msgid=mid("epend", "us-east-1.amazonses.com"))

add(J(2025, 6, 30, 11, 25), "console-done-2025", "resolved", False, E, ["AWS20455871", "AWS19283746"],
    "console resolution after the owner answered in the Support Center; feedback footer with 'please share'",
    CON_FROM, ME_P, "RE:[CASE %s] 認定アカウントが2つ表示される（Builder ID）" % E,
    leaf("plain", """Hello,

Thanks for confirming in the Support Center. AWS20455871 has been merged into
AWS19283746, and your Builder ID now opens Account #1 directly. I've set the
case to resolved.

Best regards,
Sofia L.
Amazon Web Services

""" + CONSOLE_FOOT.format(case=E), "utf-8", "7bit"), msgid=mid("edone", "us-east-1.amazonses.com"), eol="\r\n")

add(J(2025, 7, 1, 10, 0), "console-csat-jp", "survey", False, E, [],
    "Japanese console CSAT mail, star links, case id",
    addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "AWS サポートのご利用に関するアンケート",
    leaf("html", """<html><body><p>AWS サポートをご利用いただきありがとうございます。</p>
<p>ケース %s でのサポートについて、満足度をお聞かせください。</p><table><tr>%s</tr></table>
<p>このメールには返信できません。</p></body></html>""" % (E, "".join('<td><a href="https://survey.support.aws.a2z.com/?c=%s&amp;s=%d">&#9733;%d</a></td>' % (E, i, i) for i in range(1, 6))),
        "utf-8", "base64"))

# ---------------------------------------------------------------- after
add(J(2025, 7, 2, 9, 0), "cm-recertified", "certification", False, None, ["AWS19283746"],
    "certmetrics recertification congratulation on personal address",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    leaf("plain", """Hello Takumi,

Congratulations on recertifying your AWS Certified Security - Specialty
certification. Your new expiration date is June 21, 2028.

Candidate ID: AWS19283746

View your certification and download your certificate in your AWS Certification Account.
Please do not reply to this email.
""", "us-ascii", "7bit"), authdom="certmetrics.com")

add(J(2025, 7, 2, 9, 30), "credly-lookalike", "suspicious", False, None, [],
    "Credly lookalike domain (credly-badges.net) asking to claim badge / sign in",
    addr("Credly Badges", "no-reply@credly-badges.net"), ME_P,
    "Action needed: claim your AWS Certified Security - Specialty badge",
    leaf("html", """<html><body><p>Your badge from Amazon Web Services Training and Certification will expire unclaimed in 48 hours.</p>
<p><a href="https://credly-badges.net/claim?u=takumi.onoda.k">Sign in to claim</a></p></body></html>""", "utf-8", "quoted-printable"),
    auth="mx.google.com;\n       spf=pass (google.com: domain of no-reply@credly-badges.net designates 91.92.241.7 as permitted sender) smtp.mailfrom=no-reply@credly-badges.net;\n       dmarc=none (p=NONE) header.from=credly-badges.net")

add(J(2025, 7, 3, 9, 0), "credly-security", "badge", False, None, [],
    "genuine Credly badge (Japanese wording variant) with UUID",
    addr("Credly", "admin@credly.com"), ME_P,
    "小野田さん、新しいバッジが発行されました",
    leaf("plain", """小野田 拓海 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Security - Specialty

バッジを受け取る: https://www.credly.com/badges/1c9b7e44-0f3a-4d21-8a6e-2e5f9d8c3b71
""", "utf-8", "quoted-printable"), authdom="credly.com")

add(J(2025, 7, 4, 18, 30), "connpass-event", "unrelated", False, None, [],
    "Japanese community event mail ('出欠をご返信ください')",
    addr("connpass", "no-reply@connpass.com"), ME_P,
    "【JAWS-UG 東京】参加登録が完了しました",
    leaf("plain", """小野田拓海 さん

JAWS-UG 東京 #62「認定資格LT大会」への参加登録が完了しました。
日時: 2025/07/18 19:00〜
会場: 目黒セントラルスクエア

懇親会の出欠は参加者アンケートよりご回答ください。
""", "utf-8", "base64"), authdom="connpass.com")

add(J(2025, 7, 7, 0, 12), "login-code-awsapps", "unrelated", False, None, [],
    "Builder ID sign-in code from login.awsapps.com (6-digit)",
    addr("AWS", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID verification code",
    leaf("plain", """Your verification code is: 418863

Enter this code to sign in to AWS Training and Certification. It expires in 10 minutes.
""", "us-ascii", "7bit"), authdom="login.awsapps.com")

add(J(2025, 7, 8, 10, 0), "ap-partner-profile", "unrelated", False, None, [],
    "AWS Partner Central notice about removal from former employer's partner profile - APN wording but not a case",
    addr("AWS Partner Central", "no-reply-partnercentral@amazon.com"), ME_P,
    "AWS Partner Central: your certifications are no longer shared with Shirakawa DX Co., Ltd.",
    leaf("plain", """Hello,

Following the update of your AWS Certification account, your certifications
(3) are no longer shared with the partner organization Shirakawa DX Co., Ltd.
in AWS Partner Central.

No action is required.

AWS Partner Network
""", "us-ascii", "7bit"))

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MSGS, key=lambda m: m["date"])
    rows = []
    for i, m in enumerate(msgs, 1):
        base = "%03d-%s" % (i, m["slug"])
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump({"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
                       "candidate_ids": m["cands"]}, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, m))
    write_readme(rows)
    print(len(rows), "messages")

def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["kind"] for _, m in rows)
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# Blind held-out corpus blind-63 (stress set)", "",
         "Owner: Takumi Onoda / 小野田 拓海. Personal address %s, company address %s "
         "(company mailbox closes 2025-06-06)." % (ME_P, ME_C), "",
         "Regenerate with `python3 gen.py` (standard library only, deterministic).", "",
         "## Cases", "",
         "| case | digits | channel | story |", "|---|---|---|---|",
         "| %s | 10 | T&C form, company address (2021) | duplicate accounts → candidate IDs asked → Account #1/#2 table → merged → survey |" % D21,
         "| %s | 11 | Support Center console (2023) | new case → info asked in Support Center → owner mails the no-reply address (bounce) → auto-resolved for no answer → reopened in console → resolved → survey |" % C23,
         "| %s | 15 | T&C form, personal address (2025) | ack → destination info → APN hold → APN ask (leaving?) → reply from wrong (company) address → asked to resend from personal → reply threaded only by In-Reply-To → released → Japanese Account #1/#2 confirmation → closing notice → confirmed → merged → survey → reopened for missing exam → hold on Certification Operations → mixed progress+question → progress → resolved |" % A,
         "| %s | 15 | T&C form (duplicate submission) | Japanese ack → 'continue under %s' update |" % (B, A),
         "| %s | 15 | T&C form, Japanese agent | ack (Shift_JIS) → info request (〜教えてください) → closed for no reply (keigo) → reply → reopened → resolved |" % C,
         "| %s | 15 | Support Center console, Japanese subject | new case → Account #1/#2 confirm in Support Center → auto-resolve warning (Japanese) → resolved → survey |" % E,
         "",
         "Not case numbers: AWS account IDs 483920175536, 905512376648; Pearson VUE registration IDs 412907553, 508813274; "
         "one-time codes 739205, 418863; Amazon.co.jp order 249-5518203-7730164; Credly badge UUIDs.",
         "",
         "## Counts", "",
         "%d messages; needs_reply true: %d." % (len(rows), sum(m["needs"] for _, m in rows)), "",
         "| kind | n |", "|---|---|"]
    for k, n in sorted(kinds.items()):
        L.append("| %s | %d |" % (k, n))
    L += ["", "## Messages", "", "| file | kind | reply | case | what makes it hard |", "|---|---|---|---|---|"]
    for base, m in rows:
        L.append("| %s | %s | %s | %s | %s |" % (base, m["kind"], "yes" if m["needs"] else "no",
                                               m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
