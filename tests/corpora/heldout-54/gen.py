#!/usr/bin/env python3
"""Generate the blind held-out corpus (one mailbox owner, several cases).

Writes NNN-<slug>.eml and NNN-<slug>.json beside this script.
Standard library only.
"""
import base64, hashlib, json, os, quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.ishibashi.88@gmail.com"
ME_C = "h.ishibashi@kitanami-tech.co.jp"
ME_NAME = "Haruka Ishibashi"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CON = "no-reply-aws@amazon.com"

D = "7310482956"          # 10 digits, filed from company address, APN partner hold
A = "174702420031562"     # 15 digits, duplicate form from personal address
C = "14389025671"         # 11 digits, console (Support Center) case
E = "174960118800233"     # 15 digits, Japanese case, third account
G = "174960188500871"     # 15 digits, duplicate of E
F = "175037880041907"     # 15 digits, voucher follow-up

CID_NEW = "AWS11950462"
CID_OLD = "AWS03381726"
CID_3RD = "AWS20874139"

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

AUTH_G_AWS = ("mx.google.com;\n"
              "       dkim=pass header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtqslnwhh6djw header.b=Yc4nR2aP;\n"
              "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=kQ0x3Tzf;\n"
              "       spf=pass (google.com: domain of {bounce}@email.amazonses.com designates 54.240.8.{ip} as permitted sender) smtp.mailfrom={bounce}@email.amazonses.com;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
AUTH_EXO_AWS = ("spf=pass (sender IP is 54.240.8.{ip})\n"
                " smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=amazon.com;dkim=pass (signature was verified)\n"
                " header.d=amazonses.com;dmarc=pass action=none\n"
                " header.from=amazon.com;compauth=pass reason=100")


def auth_for(to, frm_domain="amazon.com", ip=31, bounce="0100019"):
    if to.endswith("kitanami-tech.co.jp"):
        if frm_domain == "amazon.com":
            return AUTH_EXO_AWS.format(ip=ip)
        return ("spf=pass (sender IP is 209.85.220.41) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (frm_domain, frm_domain, frm_domain))
    if frm_domain == "amazon.com":
        return AUTH_G_AWS.format(ip=ip, bounce=bounce + "96a1f2c3d-8e2b4c1a-77f0-4c2e-9d1b-5a3e0c7b9f12-000000")
    return ("mx.google.com;\n"
            "       dkim=pass header.i=@%s header.s=s1 header.b=Qm9zYXRv;\n"
            "       spf=pass (google.com: domain of bounces@%s designates 198.51.100.23 as permitted sender) smtp.mailfrom=bounces@%s;\n"
            "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % (frm_domain, frm_domain, frm_domain, frm_domain))


def H(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def A_(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def enc(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    elif cte == "base64":
        data = base64.encodebytes(data)
    return data


def part(text, sub="plain", charset="utf-8", cte="7bit"):
    hdr = ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, charset, cte)).encode()
    return hdr, enc(text, charset, cte)


MSGS = []


def add(kind, needs, case, cands, *, frm, to, subject, date, mid, text=None, html=None,
        charset="utf-8", cte="7bit", html_cte=None, irt=None, refs=None, auth=None,
        cc=None, extra=(), crlf=False, subj_charset=None, reply_to=None, note=""):
    n = len(MSGS) + 1
    hdrs = []
    if auth is not None:
        hdrs.append(("Authentication-Results", auth))
    hdrs += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", H(subject, subj_charset or charset if charset not in ("shift_jis",) else "iso-2022-jp")),
             ("Message-ID", mid)]
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode()
    if text is not None and html is not None:
        b = "b1_" + hashlib.md5(mid.encode()).hexdigest()[:24]
        p1h, p1 = part(text, "plain", charset, cte)
        p2h, p2 = part(html, "html", charset, html_cte or cte)
        body = (('Content-Type: multipart/alternative; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n--%s\n' % (b, b)).encode()
                + p1h + b"\n" + p1.rstrip(b"\n") + b"\n\n" + ("--%s\n" % b).encode()
                + p2h + b"\n" + p2.rstrip(b"\n") + b"\n\n" + ("--%s--\n" % b).encode())
        raw = head + body
    else:
        t, sub = (text, "plain") if text is not None else (html, "html")
        ph, pb = part(t, sub, charset, cte)
        raw = head + ph + b"\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    MSGS.append((n, raw, label, note, subject))
    return mid


def sfdc(tag):
    h = hashlib.sha1(tag.encode()).hexdigest().upper()
    return "<%s00000000000000000000000000000000000000000000000%s@sfdc.net>" % (h[:10], h[10:16])


def ses(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def gm(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<CAK%s+%s@mail.gmail.com>" % (h[:20], h[20:34])


TCF = A_(TC_NAME, TC)
AWSF = A_("Amazon Web Services", CON)
MEP = A_(ME_NAME, ME_P)
MEC = A_(ME_NAME, ME_C)
MEC_JP = A_("石橋 遥", ME_C, "iso-2022-jp")
MEP_JP = A_("石橋 遥", ME_P, "iso-2022-jp")

# ---------------------------------------------------------------- 001
add("unrelated", False, None, [],
    frm=A_("Daichi Fujimoto", "notifications@github.com"), to=A_("kitanami/infra-tf", "infra-tf@noreply.github.com"),
    subject="Re: [kitanami/infra-tf] Bump hashicorp/aws provider to 5.98 (PR #412)",
    date="Sun, 11 May 2025 17:02:41 -0700", mid="<kitanami/infra-tf/pull/412/c2871034512@github.com>",
    irt="<kitanami/infra-tf/pull/412@github.com>", refs="<kitanami/infra-tf/pull/412@github.com>",
    auth=auth_for(ME_C, "github.com"), cc=A_("Haruka Ishibashi", ME_C),
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitanami/infra-tf/pull/412#event-17720311938
You are receiving this because you were assigned.

Message ID: <kitanami/infra-tf/pull/412/c2871034512@github.com>
""", note="GitHub 'Merged #412' - the word merged, plus 'Reply to this email'")

# ---------------------------------------------------------------- 002
add("unrelated", False, None, [],
    frm=A_("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address",
    date="Mon, 12 May 2025 01:15:07 +0000", mid=ses("002"), auth=auth_for(ME_P, "signin.aws"),
    text="""Hello,

Thank you for creating an AWS Builder ID. To finish creating it, enter the
following verification code:

    Verification code: 483920

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", note="6-digit code, AWS sender, 'verify' wording")

# ---------------------------------------------------------------- 003
add("unrelated", False, None, [],
    frm=A_("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="Welcome to AWS Training and Certification",
    date="Mon, 12 May 2025 01:40:55 +0000", mid=ses("003"), auth=auth_for(ME_P, "aws.training"),
    text=None, cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Welcome, Haruka!</h2>
<p>Your AWS Training and Certification profile is ready. From here you can
schedule exams, see your certifications and claim your digital badges.</p>
<table cellpadding="6" style="border:1px solid #ccc">
<tr><td><b>Next step</b></td><td><a href="https://www.aws.training/certification">Go to your Certification account</a></td></tr>
<tr><td><b>Need help?</b></td><td><a href="https://support.aws.amazon.com/#/contacts/aws-training">Contact us</a></td></tr>
</table>
<p style="color:#777;font-size:11px">You are receiving this email because you created an AWS Training and
Certification profile. Please do not reply to this message.</p>
</body></html>
""", note="HTML-only training platform welcome, 'Contact us'/'Certification account' wording, not a case")

# ---------------------------------------------------------------- 004  ack D (company)
m004 = add("acknowledgement", False, D, [],
    frm=TCF, to=ME_C, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Mon, 12 May 2025 02:05:18 +0000", mid=sfdc("004"), auth=auth_for(ME_C),
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s
for your inquiry. The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: I will leave Kitanami Technology at the end of this month and
would like to merge my company certification account
(h.ishibashi@kitanami-tech.co.jp) into my personal one
(haruka.ishibashi.88@gmail.com).

A member of our team will respond within 24 hours. If a case has already
been raised for this issue, please do not submit a new case for the same
request, as this may delay our response.

Best regards,
AWS Training and Certification
""" % (D, D), note="plain ack; quotes the user's own request text (would like to merge)")

# ---------------------------------------------------------------- 005  ack A (duplicate, personal)
m005 = add("acknowledgement", False, A, [],
    frm=TCF, to=ME_P, subject="RE: [CASE %s] %s" % (A, TC_SUBJ),
    date="Mon, 12 May 2025 04:30:44 +0000", mid=sfdc("005"), auth=auth_for(ME_P),
    cte="quoted-printable",
    text="""Hello Haruka,

Thanks for reaching out to AWS Training and Certification. Your request has
been received and assigned case ID %s.

We typically respond within one business day. If you have anything to add
in the meantime, just reply to this email and it will be attached to your
case.

Thank you,
AWS Training and Certification Customer Service
""" % A,
    html="""<html><body><p>Hello Haruka,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your request has been received and
assigned case ID <b>%s</b>.</p>
<p>We typically respond within one business day. If you have anything to add in the meantime, just
reply to this email and it will be attached to your case.</p>
<p>Thank you,<br>AWS Training and Certification Customer Service</p></body></html>
""" % A, note="ack of a duplicate form submission (second case same day); 'just reply to this email' is conditional")

# ---------------------------------------------------------------- 006
add("unrelated", False, None, [],
    frm=A_("Pearson VUE", "pearsonvue@pearson.com"), to=ME_P,
    subject="Pearson VUE Confirmation of Booking",
    date="Mon, 12 May 2025 09:20:13 +0000", mid="<20250512092013.412839205@pearson.com>",
    auth=auth_for(ME_P, "pearson.com"), cte="quoted-printable",
    text="""Dear Haruka Ishibashi,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 412839205
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, June 28, 2025 10:00 AM JST
Location: Online (OnVUE)

Please confirm your system meets the requirements by running the system
test before your appointment. If you need to reschedule or cancel, please do
so at least 24 hours before the appointment.

Sincerely,
Pearson VUE
""", note="exam vendor; 9-digit registration ID; 'please confirm' wording")

# ---------------------------------------------------------------- 007  on_hold D asks
m007 = add("on_hold", True, D, [],
    frm=TCF, to=ME_C, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Mon, 12 May 2025 17:14:02 +0000", mid=sfdc("007"), auth=auth_for(ME_C, ip=44),
    irt=m004, refs=m004, cte="quoted-printable",
    text="""Hi Haruka,

My name is Marco and I'll be looking after your request.

When I pulled up the certification account registered to
h.ishibashi@kitanami-tech.co.jp, I found that it is linked to an AWS Partner
Network (APN) organization, Kitanami Technology K.K. Accounts that are
associated with a partner organization can't be merged out while the person is
still employed there, because the partner's certification counts depend on them.

So I'm putting the merge on hold for now. For me to take it any further I have
to know two things: are you actually leaving Kitanami Technology, and what is
your last working day?

Best,
Marco
AWS Training and Certification Customer Service
""", note="APN hold; ask phrased as 'I have to know two things' + question; no 'please'")

# ---------------------------------------------------------------- 008  resolved A (duplicate closure)
add("resolved", False, A, [],
    frm=TCF, to=ME_P, subject="RE: [CASE %s] %s" % (A, TC_SUBJ),
    date="Tue, 13 May 2025 00:01:37 +0000", mid=sfdc("008"), auth=auth_for(ME_P),
    irt=m005, refs=m005,
    text="""Hello,

This request is the same as case %s, which you opened earlier from
your company address and which is already being worked on by a colleague. To
avoid two agents handling the same merge, I have closed this case as a
duplicate. No further action is required on this case; all updates will come
through case %s.

Kind regards,
Sofia
AWS Training and Certification
""" % (D, D), note="duplicate closed; mentions another case number; 'closed' but not for lack of reply")

# ---------------------------------------------------------------- 009  user reply D (Outlook, CRLF)
m009 = add("user_reply", False, D, [],
    frm=MEC, to=TCF, subject="RE: [CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 13 May 2025 09:45:10 +0900", mid="<TYCPR01MB84120C5D9E0A41B2D3F@TYCPR01MB8412.jpnprd01.prod.outlook.com>",
    irt=m007, refs="%s %s" % (m004, m007), crlf=True, cte="quoted-printable",
    extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "[CASE %s] %s" % (D, TC_SUBJ))],
    text="""Hi Marco,

Yes, I am leaving Kitanami Technology. My last working day is May 30, 2025,
and this mailbox will be closed after that date.
Please go ahead with the merge once it is possible.

Best regards,
Haruka Ishibashi

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 13, 2025 2:14 AM
To: Ishibashi Haruka <h.ishibashi@kitanami-tech.co.jp>
Subject: RE:[CASE %s] %s

Hi Haruka,

My name is Marco and I'll be looking after your request.

When I pulled up the certification account registered to h.ishibashi@kitanami-tech.co.jp, I found that it is linked to an AWS Partner Network (APN) organization, Kitanami Technology K.K. [...]

So I'm putting the merge on hold for now. For me to take it any further I have to know two things: are you actually leaving Kitanami Technology, and what is your last working day?
""" % (D, TC_SUBJ), note="Outlook reply from company address, CRLF, quotes the hold question; 'Please go ahead' is the user's")

# ---------------------------------------------------------------- 010
add("unrelated", False, None, [],
    frm=A_("Nimbus Backup Support", "support@nimbusbackup.io"), to=ME_C,
    subject="[Nimbus Support] Case #00482913 has been closed",
    date="Tue, 13 May 2025 03:00:22 +0000", mid="<case-00482913-closed.7f1c@nimbusbackup.io>",
    auth=auth_for(ME_C, "nimbusbackup.io"),
    text="""Hello Haruka,

Your support case #00482913 "Restore job stuck at 97%" has been closed because
we did not hear back from you within 7 days.

If the problem is still happening, reply to this email within 14 days and the
case will be reopened automatically.

How did we do? Rate this case: https://support.nimbusbackup.io/csat/00482913

Nimbus Backup Support
""", note="other vendor's closing notice for no reply, reply reopens - but not AWS")

# ---------------------------------------------------------------- 011  on_hold D no ask
m011 = add("on_hold", False, D, [],
    frm=TCF, to=ME_C, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 13 May 2025 14:50:49 +0000", mid=sfdc("011"), auth=auth_for(ME_C, ip=44),
    irt=m009, refs="%s %s %s" % (m004, m007, m009),
    text="""Hi Haruka,

Thank you for confirming.

I've asked our Partner team to release the link between your certification
account and Kitanami Technology K.K.'s APN organization. This usually takes
2-5 business days and has to be approved on their side, so the case will stay
pending until they come back to me. You don't need to do anything right now -
I'll write again as soon as I hear from them.

Best,
Marco
AWS Training and Certification Customer Service

---------- Original message ----------
> Yes, I am leaving Kitanami Technology. My last working day is May 30, 2025,
> and this mailbox will be closed after that date.
> Please go ahead with the merge once it is possible.
""", note="waiting on Partner team, explicitly asks nothing; quoted 'Please go ahead'")

# ---------------------------------------------------------------- 012
add("unrelated", False, None, [],
    frm=A_("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 482019375516]",
    date="Tue, 13 May 2025 23:00:05 +0000", mid=ses("012"), auth=auth_for(ME_P),
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $3.41

Account ID: 482019375516

Please see the Bills section of the Billing and Cost Management console for
more details.

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails.

Sincerely,
Amazon Web Services
""", note="same sender as console cases; 12-digit account ID; 'cannot accept incoming e-mails' footer")

# ---------------------------------------------------------------- 013 suspicious lookalike
add("suspicious", False, None, [],
    frm=A_("AWS Training and Certification", "support@aws-certification-merge.com"), to=ME_C,
    subject="RE:[CASE %s] Account merge pending - identity verification required" % D,
    date="Wed, 14 May 2025 01:22:48 +0000", mid="<20250514012248.5512@aws-certification-merge.com>",
    auth=("spf=pass (sender IP is 185.234.72.19) smtp.mailfrom=aws-certification-merge.com; dkim=pass\n"
          " (signature was verified) header.d=aws-certification-merge.com;dmarc=pass action=none\n"
          " header.from=aws-certification-merge.com;compauth=pass reason=100"),
    cte="quoted-printable",
    html="""<html><body>
<p>Dear Certification Holder,</p>
<p>Your request to merge certification accounts (case %s) cannot be processed until your identity is verified.
Please confirm which account you want to keep and sign in with your current password within <b>24 hours</b>,
otherwise both accounts and all certifications will be permanently deactivated.</p>
<p><a href="https://aws-certification-merge.com/verify?case=%s">Verify and confirm merge</a></p>
<p>AWS Training &amp; Certification Team</p>
</body></html>
""" % (D, D), note="phishing from lookalike domain, passes its own DKIM, reuses the real case number and a confirm request")

# ---------------------------------------------------------------- 014 AWS marketing JP
add("unrelated", False, None, [],
    frm=A_("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan 2025】ご登録受付中 - 6月25日・26日 幕張メッセ",
    date="Wed, 14 May 2025 06:00:00 +0000", mid=ses("014"), auth=auth_for(ME_P),
    cte="base64",
    text="""石橋 遥 様

日頃より AWS をご利用いただき、誠にありがとうございます。

AWS Summit Japan 2025 のご登録を受け付けております。AWS 認定をお持ちの方は、
会場内「AWS 認定者ラウンジ」をご利用いただけます。ご来場の際は、デジタルバッジを
ご提示ください。

▼ご登録はこちら
https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、本メールにご返信ください。

配信停止をご希望の場合はこちら: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
""", note="Japanese marketing, base64 UTF-8, 認定/バッジ words, conditional ご返信ください")

# ---------------------------------------------------------------- 015 certmetrics feedback
add("certification", False, None, [CID_OLD],
    frm=A_("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="AWS Certification wants to hear from you",
    date="Thu, 15 May 2025 00:10:31 +0000", mid="<6a1f0c2e.b7d3.4e11.9d2a.0f8c3b1a5e77@certmetrics.com>",
    auth=auth_for(ME_C, "certmetrics.com"),
    text="""Hello Haruka,

As an AWS Certified individual, your opinion matters. Please take 10 minutes
to tell us about your certification experience so we can improve the program.

Take the survey: https://www.certmetrics.com/amazon/survey/2025Q2

Your candidate record: AWS03381726

Thank you,
AWS Certification
This is an unmonitored mailbox; please do not reply.
""", note="certmetrics feedback invitation with 'Please take'; candidate ID present but not a case mail")

# ---------------------------------------------------------------- 016 console ack C
m016 = add("acknowledgement", False, C, [],
    frm=AWSF, to=ME_P, subject="Amazon Web Services: New Support case: %s" % C,
    date="Thu, 15 May 2025 04:40:12 +0000", mid=ses("016"), auth=auth_for(ME_P),
    text="""Dear AWS Customer,

Thank you for contacting AWS Support. We have opened case %s to address
your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account merge after leaving employer
Severity: General guidance
Correspondence: Hello, I have a certification account under my company
email and a new one under my personal email. I'm leaving my company soon.
Can the two accounts be merged? AWS account: 482019375516

To see and reply to this case, please follow the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To contact us about this case, please follow the link above.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (C, C, C), note="console 'New Support case' ack; 12-digit account ID; quoted user question ends with '?'")

# ---------------------------------------------------------------- 017 console info_request C
m017 = add("info_request", True, C, [],
    frm=AWSF, to=ME_P, subject="RE:[CASE %s] Certification account merge after leaving employer" % C,
    date="Thu, 15 May 2025 19:30:50 +0000", mid=ses("017"), auth=auth_for(ME_P),
    irt=m016, refs=m016, cte="quoted-printable",
    text="""Hello,

We have updated your case. To see the full correspondence or to reply, please
visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case correspondence:

Hi Haruka,

Thanks for getting in touch. Certification accounts live in a separate system
from your AWS account (482019375516), so I can't open them from here, but I
can route your request to the right team.

What I'm missing is the candidate ID of each certification account - it is
"AWS" followed by 8 digits, shown on the profile page of aws.training. Once
both are in the case I'll take it from there. Reply in the case, not to this
email.

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
Ryo K.
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To contact us about this case, please follow the link above.
""" % C, note="console ask without please/question ('What I'm missing is...'), answer in Support Center, feedback footer")

# ---------------------------------------------------------------- 018 OOO JP ISO-2022-JP
add("unrelated", False, None, [],
    frm=A_("森田 健司", "k.morita@kitanami-tech.co.jp", "iso-2022-jp"), to=MEC_JP,
    subject="自動応答: 【確認依頼】5月分 インフラ費用の承認について",
    date="Fri, 16 May 2025 09:00:03 +0900", mid="<TYCPR01MB7731AB55F0E8@TYCPR01MB7731.jpnprd01.prod.outlook.com>",
    charset="iso-2022-jp", cte="7bit", extra=[("Auto-Submitted", "auto-replied")],
    text="""お疲れ様です。森田です。

5月16日(金)〜5月20日(火)まで休暇のため不在にしております。
期間中はメールを確認できませんので、5月21日以降に順次ご返信いたします。
お急ぎの場合は、インフラチーム共有アドレス infra@kitanami-tech.co.jp まで
ご連絡ください。

よろしくお願いいたします。
""", note="ISO-2022-JP out-of-office with 確認依頼 in subject and ご連絡ください")

# ---------------------------------------------------------------- 019 case_update D
m019 = add("case_update", False, D, [],
    frm=TCF, to=ME_C, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Sun, 18 May 2025 18:12:27 +0000", mid=sfdc("019"), auth=auth_for(ME_C, ip=52),
    irt=m011, refs="%s %s %s %s" % (m004, m007, m009, m011),
    text="""Hello Haruka,

Jun here, picking this up from Marco while he is out.

Good news: the Partner team has removed the APN association from the
certification account on h.ishibashi@kitanami-tech.co.jp. Nothing is blocking
the merge any more. My next step is to review both accounts side by side; I'll
send you the details once that's done.

Regards,
Jun
AWS Training and Certification Customer Service
""", note="progress news from a new agent; 'I'll send you the details' - no ask")

# ---------------------------------------------------------------- 020 console closing C
m020 = add("closing_notice", True, C, [],
    frm=AWSF, to=ME_P, subject="RE:[CASE %s] Certification account merge after leaving employer" % C,
    date="Mon, 19 May 2025 08:20:19 +0000", mid=ses("020"), auth=auth_for(ME_P),
    irt=m017, refs="%s %s" % (m016, m017),
    text="""Hello,

We have updated your case. To see the full correspondence or to reply, please
visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case correspondence:

We haven't heard back from you regarding this case. If we don't hear from you
within the next 3 days, this case will be resolved automatically. A resolved
case can be reopened from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this
correspondence in the AWS Support Center.

Best regards,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To contact us about this case, please follow the link above.
""" % C, note="console auto-resolve warning; must answer in Support Center not by email")

# ---------------------------------------------------------------- 021 Skill Builder receipt
add("unrelated", False, None, [],
    frm=A_("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder Individual subscription receipt",
    date="Mon, 19 May 2025 10:00:41 +0000", mid=ses("021"), auth=auth_for(ME_P, "aws.training"),
    cte="quoted-printable",
    text="""Thank you for subscribing to AWS Skill Builder Individual.

Order number: 318275904
Plan: Monthly
Amount: USD 29.00
Next renewal: June 19, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

No further action is required.
""", note="training platform receipt; 9-digit order number")

# ---------------------------------------------------------------- 022 info_request D buried
m022 = add("info_request", True, D, [],
    frm=TCF, to=ME_C, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Mon, 19 May 2025 17:40:33 +0000", mid=sfdc("022"), auth=auth_for(ME_C, ip=52),
    irt=m019, refs="%s %s %s %s %s" % (m004, m007, m009, m011, m019),
    cte="quoted-printable",
    text="""Hello Haruka,

Thank you for your patience while we sorted out the partner association.

I've now looked at both profiles. The account on your Kitanami Technology
address holds the Solutions Architect - Associate and Developer - Associate
certifications, the exam history from 2021 onwards and an unused 50% exam
discount benefit. The account on your Gmail address was created on May 12 and
has no history yet. When two accounts are merged, everything is moved into
the account that remains and the other one is deactivated; it can't be undone
afterwards, which is why we are careful about who authorizes it.

Because all of our correspondence on this case so far has been with your
company address, and the account you want to keep is the personal one, our
policy doesn't allow me to act on instructions received from the company
mailbox alone. The owner of the destination account has to tell us directly.
So the next message on this case needs to come from
haruka.ishibashi.88@gmail.com - a short reply quoting this case number is
enough.

Regards,
Priya
AWS Training and Certification Customer Service
""", note="long explanation; ask buried at the end with no please ('needs to come from'); wrong-address story")

# ---------------------------------------------------------------- 023 forward to self
m023 = add("user_reply", False, D, [],
    frm=MEC_JP, to=MEP_JP, subject="FW: RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 20 May 2025 07:10:02 +0900", mid="<TYCPR01MB8412F3A90B1C7E55@TYCPR01MB8412.jpnprd01.prod.outlook.com>",
    crlf=True, charset="iso-2022-jp", cte="7bit",
    text="""自分用：Gmail から返信すること

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 20, 2025 2:40 AM
To: Ishibashi Haruka <h.ishibashi@kitanami-tech.co.jp>
Subject: RE:[CASE %s] %s

Hello Haruka,

Thank you for your patience while we sorted out the partner association.
[...]
Because all of our correspondence on this case so far has been with your
company address, and the account you want to keep is the personal one, our
policy doesn't allow me to act on instructions received from the company
mailbox alone. The owner of the destination account has to tell us directly.
So the next message on this case needs to come from
haruka.ishibashi.88@gmail.com - a short reply quoting this case number is
enough.

Regards,
Priya
""" % (D, TC_SUBJ), note="owner forwards the request to herself (ISO-2022-JP, CRLF); the ask is quoted, nothing new to support")

# ---------------------------------------------------------------- 024 bounce
add("unrelated", False, None, [],
    frm=A_("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)",
    date="Mon, 19 May 2025 15:16:40 -0700", mid="<6829f0b8.170a0220.bounce.3c1e@mx.google.com>",
    auth="mx.google.com; spf=pass smtp.mailfrom=mailer-daemon@googlemail.com",
    extra=[("Auto-Submitted", "auto-replied")],
    text="""
** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification@amazon.com
because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification@amazon.com>: Recipient address rejected: User unknown

----- Original message -----

Date: Tue, 20 May 2025 07:16:22 +0900
From: Haruka Ishibashi <haruka.ishibashi.88@gmail.com>
To: aws-cs-trainingcertification@amazon.com
Subject: RE:[CASE %s] %s

Hello Priya,
I'm writing from my personal address as requested. Please keep this account.
""" % (D, TC_SUBJ), note="bounce of the owner's reply sent to a mistyped support address; contains [CASE] subject and a user request")

# ---------------------------------------------------------------- 025 user reply D from personal
m025 = add("user_reply", False, D, [CID_NEW, CID_OLD],
    frm=MEP, to=TCF, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 20 May 2025 07:30:11 +0900", mid=gm("025"),
    irt=m022, refs="%s %s" % (m019, m022), cte="quoted-printable",
    text="""Hello Priya,

I'm writing from my personal address as requested, about case %s.
Please keep the account on haruka.ishibashi.88@gmail.com (candidate ID
AWS11950462) and merge the old company account (AWS03381726) into it.

Thank you,
Haruka Ishibashi

On Tue, May 20, 2025 at 2:40 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Haruka,
>
> Thank you for your patience while we sorted out the partner association.
> [...]
> So the next message on this case needs to come from
> haruka.ishibashi.88@gmail.com - a short reply quoting this case number is
> enough.
>
> Regards,
> Priya
""" % D, note="owner's reply from the personal address with two candidate IDs; Gmail quoting")

# ---------------------------------------------------------------- 026 console resolved C
m026 = add("resolved", False, C, [],
    frm=AWSF, to=ME_P, subject="RE:[CASE %s] Certification account merge after leaving employer" % C,
    date="Tue, 20 May 2025 00:05:09 +0000", mid=ses("026"), auth=auth_for(ME_P),
    irt=m020, refs="%s %s %s" % (m016, m017, m020),
    text="""Hello,

We have updated your case. To see the full correspondence, please visit the
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case correspondence:

Hi Haruka,

Thank you for the candidate IDs you posted in the case. I see the AWS Training
and Certification team already has an open case with you about this merge
(%s), and they are the only team that can perform it, so I've shared
your note with them and I'm marking this case as resolved. There's nothing
else you need to do here.

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.

Best regards,
Ryo K.
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To contact us about this case, please follow the link above.
""" % (C, D), note="console resolution that mentions a different case number and carries the rating footer")

# ---------------------------------------------------------------- 027 survey C
add("survey", False, C, [],
    frm=A_("AWS Support", "no-reply-aws@amazon.com"), to=ME_P,
    subject="How did we do? Tell us about your AWS Support experience (Case %s)" % C,
    date="Tue, 20 May 2025 00:06:30 +0000", mid=ses("027"), auth=auth_for(ME_P),
    cte="quoted-printable",
    text="""Hello,

Your support case %s was recently resolved. Please take a moment to
answer two questions about your experience. It takes less than a minute.

How satisfied were you with the support you received?
https://console.aws.amazon.com/support/feedback?caseId=%s

Thank you,
AWS Support
""" % (C, C), note="survey with a question mark and 'Please take a moment'")

# ---------------------------------------------------------------- 028 confirmation D HTML-only table
m028 = add("confirmation_request", True, D, [CID_NEW, CID_OLD],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 20 May 2025 16:50:38 +0000", mid=sfdc("028"), auth=auth_for(ME_P, ip=52),
    irt=m025, refs="%s %s %s" % (m019, m022, m025), cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<div>Hello Haruka,</div><br>
<div>Thanks for writing from your personal address. Here is what I found:</div><br>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>haruka.ishibashi.88@gmail.com</td><td>h.ishibashi@kitanami-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.ishibashi.88@gmail.com</td><td>h.ishibashi@kitanami-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.ishibashi.88@gmail.com</td><td>h.ishibashi@kitanami-tech.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS11950462</td><td>AWS03381726</td></tr>
<tr><td>Certifications</td><td>-</td><td>SAA-C03, DVA-C02</td></tr>
</table><br>
<div>The plan is to merge Account #2 into Account #1, so that Account #1 is the one you sign in to
from now on. Is that right? I won't start until I have your go-ahead on this case.</div><br>
<div>Kind regards,<br>Ana<br>AWS Training and Certification Customer Service</div>
</body></html>
""", note="HTML-only table Account #1/#2; the ask is a bare 'Is that right?' + 'won't start until I have your go-ahead'")

# ---------------------------------------------------------------- 029 Amazon.co.jp Shift_JIS
add("unrelated", False, None, [],
    frm=A_("Amazon.co.jp", "shipment-tracking@amazon.co.jp", "iso-2022-jp"), to=ME_P,
    subject="Amazon.co.jp ご注文の商品を発送しました",
    date="Wed, 21 May 2025 12:00:48 +0900", mid="<0101019701a2b3c4-5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f-000000@us-west-2.amazonses.com>",
    auth=auth_for(ME_P, "amazon.co.jp"), charset="shift_jis", cte="8bit", crlf=True,
    text="""石橋 遥 様

Amazon.co.jpをご利用いただき、ありがとうございます。
ご注文いただいた商品を発送しました。

注文番号: 250-4418207-3391652
お届け予定: 5月22日(木)

配送状況の確認、ご注文内容の変更は「注文履歴」から行ってください。
このメールは配信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、ご了承ください。

Amazon.co.jp
""", note="Shift_JIS 8bit, CRLF; Amazon but not AWS")

# ---------------------------------------------------------------- 030 connpass JP
add("unrelated", False, None, [],
    frm=A_("connpass", "no-reply@connpass.com"), to=ME_P,
    subject="【JAWS-UG 東京】AWS認定 勉強会 #42 への参加登録が完了しました",
    date="Thu, 22 May 2025 11:00:17 +0900", mid="<20250522020017.9a1f@connpass.com>",
    auth=auth_for(ME_P, "connpass.com"), cte="quoted-printable",
    text="""石橋 遥 さん

以下のイベントへの参加登録が完了しました。

イベント名: JAWS-UG 東京 AWS認定 勉強会 #42
日時: 2025/06/05 (木) 19:00〜21:00
受付番号: 7720193

参加をキャンセルする場合は、イベントページから手続きをお願いします。
""", note="Japanese event registration mentioning AWS認定; お願いします")

# ---------------------------------------------------------------- 031 closing D top-posted
m031 = add("closing_notice", True, D, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Sun, 25 May 2025 17:00:12 +0000", mid=sfdc("031"), auth=auth_for(ME_P, ip=52),
    irt=m028, refs="%s %s %s" % (m022, m025, m028),
    text="""Hi Haruka,

Following up on my message below. We haven't had a reply yet, so this case
is scheduled to close on May 28. Any response to this email before then keeps
it open.

Ana

--------------- Original Message ---------------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 5/20/2025 4:50 PM
To: haruka.ishibashi.88@gmail.com
Subject: RE:[CASE %s] %s

Hello Haruka,

Thanks for writing from your personal address. Here is what I found:

Account #1
Login email: haruka.ishibashi.88@gmail.com
Training notification email: haruka.ishibashi.88@gmail.com
Certification notification email: haruka.ishibashi.88@gmail.com
Candidate ID: AWS11950462

Account #2
Login email: h.ishibashi@kitanami-tech.co.jp
Training notification email: h.ishibashi@kitanami-tech.co.jp
Certification notification email: h.ishibashi@kitanami-tech.co.jp
Candidate ID: AWS03381726

The plan is to merge Account #2 into Account #1, so that Account #1 is the one
you sign in to from now on. Is that right? I won't start until I have your
go-ahead on this case.
""" % (D, TC_SUBJ), note="short closing notice top-posted over the quoted confirmation request (candidate IDs only in quote)")

# ---------------------------------------------------------------- 032 user reply no case in subject
m032 = add("user_reply", False, D, [],
    frm=MEP, to=TCF, subject="Account #1 please",
    date="Mon, 26 May 2025 08:40:55 +0900", mid=gm("032"),
    irt=m031, refs="%s %s %s" % (m025, m028, m031),
    text="""Hi Ana,

Sorry for the slow answer, it was my last full week at work. Yes, that's
right - merge #2 into #1 and keep the gmail one.

Haruka

Sent from my iPhone
""", note="owner's confirmation from phone; subject has no case number, threaded only by In-Reply-To/References")

# ---------------------------------------------------------------- 033 resolved D quoting request
m033 = add("resolved", False, D, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Mon, 26 May 2025 03:10:27 +0000", mid=sfdc("033"), auth=auth_for(ME_P, ip=52),
    irt=m032, refs="%s %s %s" % (m028, m031, m032), cte="quoted-printable",
    text="""Hello Haruka,

I have successfully merged all accounts. Account #1
(haruka.ishibashi.88@gmail.com) now holds your certifications, exam history
and benefits, and Account #2 has been deactivated. It may take up to 48 hours
for Credly to reflect the change.

Should anything look wrong when you sign in, reply to this email and we'll
take another look.

Kind regards,
Ana
AWS Training and Certification Customer Service

On Mon, May 26, 2025 at 8:40 AM, Haruka Ishibashi <haruka.ishibashi.88@gmail.com> wrote:
> Hi Ana,
> Sorry for the slow answer, it was my last full week at work. Yes, that's
> right - merge #2 into #1 and keep the gmail one.

--------------- Original Message ---------------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 5/25/2025 5:00 PM
Subject: RE:[CASE %s] %s

Following up on my message below. We haven't had a reply yet, so this case
is scheduled to close on May 28. Any response to this email before then keeps
it open.

Account #1
Login email: haruka.ishibashi.88@gmail.com
Candidate ID: AWS11950462
Account #2
Login email: h.ishibashi@kitanami-tech.co.jp
Candidate ID: AWS03381726

The plan is to merge Account #2 into Account #1. Is that right? I won't start
until I have your go-ahead on this case.
""" % (D, TC_SUBJ), note="'successfully merged' above quoted closing notice and quoted confirmation request; conditional 'Should anything look wrong, reply'")

# ---------------------------------------------------------------- 034 survey D
add("survey", False, D, [],
    frm=A_("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=ME_P,
    subject="Your feedback on case %s" % D,
    date="Mon, 26 May 2025 03:12:44 +0000", mid=ses("034"), auth=auth_for(ME_P),
    cte="quoted-printable",
    html="""<html><body>
<p>Hi Haruka,</p>
<p>We recently worked on your case <b>%s</b>. Would you recommend AWS Training and Certification
customer service to a friend or colleague?</p>
<table><tr>%s</tr></table>
<p>Your answer goes straight to the team. This survey closes in 7 days.</p>
</body></html>
""" % (D, "".join('<td><a href="https://survey.aws.training/nps?c=%s&s=%d">%d</a></td>' % (D, i, i) for i in range(11))),
    note="HTML NPS survey tied to the case number, phrased as a question")

# ---------------------------------------------------------------- 035 badge
add("badge", False, None, [],
    frm=A_("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification has issued you a badge",
    date="Mon, 26 May 2025 03:20:05 +0000", mid="<6834df45a1b2c_7f3e9a1c2d4b8@credly-mailer.mail>",
    auth=auth_for(ME_P, "credly.com"), cte="quoted-printable",
    text="""Haruka, congratulations!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Associate" badge.

Accept your badge to share it on LinkedIn, add it to your email signature and
more:
https://www.credly.com/badges/3f6c1a2e-9b47-4d8e-a1f0-7c2b5e9d4a18/accept

Questions? Visit our Help Center.
Credly, 2025
""", note="Credly badge; UUID; 'Accept your badge' imperative")

# ---------------------------------------------------------------- 036 badge 2
add("badge", False, None, [],
    frm=A_("Credly", "admin@credly.com"), to=ME_P,
    subject="Reminder: accept your AWS Certified Developer - Associate badge",
    date="Mon, 26 May 2025 09:00:31 +0000", mid="<68342f0fb7d1e_19a2c4e6f8@credly-mailer.mail>",
    auth=auth_for(ME_P, "credly.com"),
    text=None, html="""<html><body>
<p>Hi Haruka,</p>
<p>You have a badge waiting: <b>AWS Certified Developer - Associate</b>, issued by Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/a91d7e3b-2c84-4f0e-b6a5-0e3d9c7f1b22/accept">Accept badge</a></p>
<p>You're receiving this because a badge was issued to haruka.ishibashi.88@gmail.com.</p>
</body></html>
""", note="Credly reminder, HTML-only 7bit")

# ---------------------------------------------------------------- 037 user reply reopen, top-posted
m037 = add("user_reply", False, D, [],
    frm=MEP, to=TCF, subject="Re: RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Mon, 26 May 2025 21:30:09 +0900", mid=gm("037"),
    irt=m033, refs="%s %s %s" % (m031, m032, m033), cte="quoted-printable",
    text="""Hi Ana,

Thank you! Everything moved except one thing: my exam history on the merged
account starts in 2023, but I also passed the Cloud Practitioner exam in
March 2021 (it expired, but I'd like it in the history). Could you check?

Haruka

On Mon, May 26, 2025 at 12:10 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Haruka,
>
> I have successfully merged all accounts. Account #1
> (haruka.ishibashi.88@gmail.com) now holds your certifications, exam history
> and benefits, and Account #2 has been deactivated.
>
> Should anything look wrong when you sign in, reply to this email and we'll
> take another look.
>
> > Following up on my message below. We haven't had a reply yet, so this case
> > is scheduled to close on May 28.
> > The plan is to merge Account #2 into Account #1. Is that right?
""", note="owner reopens the resolved case, top-posted over resolution + quoted closing notice; she asks support a question")

# ---------------------------------------------------------------- 038 case_update reopen
m038 = add("case_update", False, D, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 27 May 2025 04:00:50 +0000", mid=sfdc("038"), auth=auth_for(ME_P, ip=52),
    irt=m037, refs="%s %s" % (m033, m037),
    text="""Hello Haruka,

I've reopened your case. The 2021 Cloud Practitioner result sits on a legacy
record that wasn't linked to either account, so I've passed it to our
certification operations team to attach it to Account #1. This can take up to
5 business days; I'll confirm here when it's done.

Best regards,
Devon
AWS Training and Certification Customer Service

-----Original Message-----
From: Haruka Ishibashi <haruka.ishibashi.88@gmail.com>
Sent: Monday, May 26, 2025 12:30 PM
Subject: Re: RE:[CASE %s] %s

Could you check?
""" % (D, TC_SUBJ), note="reopened case progress; quoted user question 'Could you check?'")

# ---------------------------------------------------------------- 039 suspicious dmarc fail
add("suspicious", False, None, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Tue, 27 May 2025 07:02:36 +0000", mid="<20250527070236.4F2A1C0012@mail.trainingcert-ops.net>",
    auth=("mx.google.com;\n"
          "       dkim=fail header.i=@amazon.com header.s=szqgv33erturdv5cvz4vtqslnwhh6djw header.b=Yc4nR2aP;\n"
          "       spf=softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 91.215.85.40 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
    text="""Hello Haruka,

As part of reopening your case we need to verify the identity of the account
owner before the 2021 exam record can be attached. Kindly reply to this email
with a photo of your passport or driver's licence and the password you use
for your AWS Builder ID.

Best regards,
Devon
AWS Training and Certification Customer Service
""", note="real From address and real case subject but dmarc=fail/dkim=fail; 'Kindly reply'")

# ---------------------------------------------------------------- 040 HR JP
add("unrelated", False, None, [],
    frm=A_("人事部", "jinji@kitanami-tech.co.jp", "iso-2022-jp"), to=MEC_JP,
    subject="【ご確認ください】退職手続きおよび最終出社日のご案内",
    date="Wed, 28 May 2025 10:00:00 +0900", mid="<OS3PR01MB6612A0B1C2D3E4F5@OS3PR01MB6612.jpnprd01.prod.outlook.com>",
    charset="iso-2022-jp", cte="7bit",
    text="""石橋 遥 様

人事部です。退職手続きについてご案内いたします。

・最終出社日：2025年5月30日（金）
・貸与PC、入館証は最終出社日に情報システム部へご返却ください。
・会社メールアドレスは最終出社日の18時をもって停止いたします。
  外部サービスに登録しているアドレスの変更は、それまでに済ませてください。

ご不明な点がございましたら、人事部までご連絡ください。

以上、よろしくお願いいたします。
""", note="Japanese HR request (ください) from own company - not support")

# ---------------------------------------------------------------- 041 IT JP
add("unrelated", False, None, [],
    frm=A_("情報システム部", "it-helpdesk@kitanami-tech.co.jp", "iso-2022-jp"), to=MEC_JP,
    subject="[Helpdesk #88213] メールボックス停止予定のお知らせ (h.ishibashi)",
    date="Thu, 29 May 2025 11:00:00 +0900", mid="<helpdesk-88213-20250529@kitanami-tech.co.jp>",
    charset="utf-8", cte="base64",
    text="""石橋さん

情報システム部です。ご退職に伴い、以下のとおりアカウントを停止します。

チケット番号: #88213
対象: h.ishibashi@kitanami-tech.co.jp
停止日時: 2025/05/30 18:00

転送設定は行いません。本チケットは停止完了後にクローズされます。
対応は不要です。
""", note="internal helpdesk ticket mentioning closing; UTF-8 base64")

# ---------------------------------------------------------------- 042 suspicious JP lookalike
add("suspicious", False, None, [],
    frm=A_("AWS トレーニングと認定", "no-reply@aws-training-jp.com", "iso-2022-jp"), to=MEP_JP,
    subject="【重要】AWS認定アカウントの統合が保留されています",
    date="Fri, 30 May 2025 05:00:11 +0000", mid="<20250530050011.77b2@aws-training-jp.com>",
    auth=("mx.google.com;\n       spf=pass (google.com: domain of no-reply@aws-training-jp.com designates 45.67.229.12 as permitted sender) smtp.mailfrom=no-reply@aws-training-jp.com;\n"
          "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-training-jp.com"),
    charset="utf-8", cte="base64",
    html="""<html><body>
<p>石橋 遥 様</p>
<p>AWS認定アカウントの統合手続きが保留中となっております。下記リンクより48時間以内に
ご本人確認を完了いただけますでしょうか。期限を過ぎますと、保有資格がすべて失効いたします。</p>
<p><a href="https://aws-training-jp.com/login">本人確認を行う</a></p>
<p>AWS トレーニングと認定 サポートチーム</p>
</body></html>
""", note="Japanese phishing from lookalike domain, keigo request, passes own SPF/DMARC")

# ---------------------------------------------------------------- 043 resolved D
m043 = add("resolved", False, D, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] %s" % (D, TC_SUBJ),
    date="Mon, 02 Jun 2025 06:00:19 +0000", mid=sfdc("043"), auth=auth_for(ME_P, ip=52),
    irt=m038, refs="%s %s" % (m037, m038), crlf=True,
    text="""Hello Haruka,

The certification operations team has attached the March 2021 Cloud
Practitioner result to your account; it now shows under Exam History. With
that, everything from both accounts is in one place and I'm resolving this
case. No further action is required from you.

Best regards,
Devon
AWS Training and Certification Customer Service
""", note="resolution after reopen; CRLF; explicit 'No further action is required'")

# ---------------------------------------------------------------- 044 certmetrics expiry
add("certification", False, None, [CID_NEW],
    frm=A_("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certification expires in 90 days",
    date="Tue, 03 Jun 2025 00:00:44 +0000", mid="<c1e4a7f2.5d8b.4a2c.8e1f.3b9d0a6c2e41@certmetrics.com>",
    auth=auth_for(ME_P, "certmetrics.com"), cte="quoted-printable",
    text="""Hello Haruka Ishibashi,

Your AWS Certified Developer - Associate certification expires on
September 1, 2025. To maintain your certified status, please recertify before
the expiration date by passing the current version of the exam.

You have a 50% discount benefit available in your Certification Account.

Candidate ID: AWS11950462

AWS Certification
""", note="certification expiry with 'please recertify'; candidate ID")

# ---------------------------------------------------------------- 045 Qiita JP
add("unrelated", False, None, [],
    frm=A_("Qiita", "mail@qiita.com"), to=ME_P,
    subject="今週のトレンド記事: 転職時にAWS認定アカウントを統合する手順",
    date="Thu, 05 Jun 2025 08:00:00 +0900", mid="<20250604230000.qiita.weekly.8821@qiita.com>",
    auth=auth_for(ME_P, "qiita.com"), cte="quoted-printable",
    text="""今週のトレンド記事

1. 転職時にAWS認定アカウントを統合する手順 (いいね 412)
   「サポートから Account #1 / Account #2 の確認メールが来たので
   Confirmed. Please merge to Account #1 と返信しました」
2. Terraform 1.12 の新機能まとめ
3. Bedrock で社内 FAQ ボットを作る

配信停止: https://qiita.com/settings/notifications
""", note="newsletter quoting a merge blog with Account #1/#2 and 'Please merge'")

# ---------------------------------------------------------------- 046 ack E JP ISO-2022-JP
m046 = add("acknowledgement", False, E, [],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Wed, 11 Jun 2025 00:19:52 +0000", mid=sfdc("046"), auth=auth_for(ME_P),
    charset="iso-2022-jp", cte="7bit",
    text="""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを
提起しないでください。
追加でお伝えいただく情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定
""" % (E, E), note="Japanese ISO-2022-JP ack; conditional 追加情報がございましたら…ご返信ください")

# ---------------------------------------------------------------- 047 ack G JP duplicate
m047 = add("acknowledgement", False, G, [],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE: [CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % G,
    date="Wed, 11 Jun 2025 00:31:25 +0000", mid=sfdc("047"), auth=auth_for(ME_P),
    cte="base64",
    text="""お客様

お問い合わせを受け付けました。ケース ID は %s です。

内容を確認のうえ、担当者よりご連絡いたします。同じ内容で複数のケースを作成されると、
回答までにお時間をいただく場合がございます。

AWS トレーニングと認定
""" % G, note="second Japanese ack 12 minutes later (duplicate form submission), UTF-8 base64")

# ---------------------------------------------------------------- 048 Builder ID sign-in code
add("unrelated", False, None, [],
    frm=A_("AWS Builder ID", "no-reply@login.awsapps.com"), to=ME_P,
    subject="AWS Builder ID sign-in verification code",
    date="Wed, 11 Jun 2025 01:00:09 +0000", mid=ses("048"), auth=auth_for(ME_P, "login.awsapps.com"),
    text="""Hello,

We received a sign-in request for your AWS Builder ID. Use this code to
confirm it's you:

  719264

If you did not try to sign in, we recommend you change your password.

Amazon Web Services
""", note="6-digit code, 'confirm it's you'")

# ---------------------------------------------------------------- 049 info_request G (close duplicate?)
m049 = add("info_request", True, G, [],
    frm=TCF, to=ME_P, subject="RE: [CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % G,
    date="Wed, 11 Jun 2025 09:10:30 +0000", mid=sfdc("049"), auth=auth_for(ME_P, ip=71),
    irt=m047, refs=m047,
    text="""Hi Haruka,

This case and case %s were submitted twelve minutes apart with the
same description, so I assume the second one was sent by accident. Shall I
close this one and keep everything on %s, or are these two different
requests?

Thanks,
Lena
AWS Training and Certification Customer Service
""" % (E, E), note="English reply on Japanese case: bare 'Shall I close this one...?' question; mentions another case number")

# ---------------------------------------------------------------- 050 user reply G
m050 = add("user_reply", False, G, [],
    frm=MEP, to=TCF, subject="Re: RE: [CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % G,
    date="Wed, 11 Jun 2025 19:02:41 +0900", mid=gm("050"),
    irt=m049, refs="%s %s" % (m047, m049), cte="quoted-printable",
    text="""Hi Lena,

Yes, that was a mistake - the form seemed to hang so I sent it again.
Please close this one and continue on %s.
（二重送信してしまい申し訳ありません）

Haruka

2025年6月11日(水) 18:10 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Hi Haruka,
>
> This case and case %s were submitted twelve minutes apart with the
> same description, so I assume the second one was sent by accident. Shall I
> close this one and keep everything on %s, or are these two different
> requests?
""" % (E, E, E), note="owner reply with Japanese Gmail reply header; mentions the other case number")

# ---------------------------------------------------------------- 051 resolved G
add("resolved", False, G, [],
    frm=TCF, to=ME_P, subject="RE: [CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % G,
    date="Wed, 11 Jun 2025 13:00:02 +0000", mid=sfdc("051"), auth=auth_for(ME_P, ip=71),
    irt=m050, refs="%s %s %s" % (m047, m049, m050),
    text="""Hi Haruka,

No problem at all - done. This case is closed and your request will be
handled on %s.

Lena

> Shall I close this one and keep everything on %s, or are these two
> different requests?
""" % (E, E), note="very short 'done, closed' with quoted question underneath")

# ---------------------------------------------------------------- 052 info_request E JP keigo Shift_JIS
m052 = add("info_request", True, E, [],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Thu, 12 Jun 2025 02:30:15 +0000", mid=sfdc("052"), auth=auth_for(ME_P, ip=71),
    irt=m046, refs=m046, charset="shift_jis", cte="base64",
    text="""石橋 遥 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お客様のメールアドレス haruka.ishibashi.88@gmail.com で検索いたしましたところ、
同じメールアドレスに紐づく認定アカウントが 2 件見つかりました。片方は
2025年5月に統合を実施したアカウント、もう片方は AWS パートナーセントラル経由の
シングルサインオンで作成されたものと思われます。

統合対象のアカウントを確実に特定するため、お手数ではございますが、
それぞれのアカウントの候補ID（「AWS」から始まる番号）を本メールへのご返信にて
お知らせいただけますでしょうか。

ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese keigo ask (お知らせいただけますでしょうか) after explanation; Shift_JIS base64")

# ---------------------------------------------------------------- 053 user reply E JP
m053 = add("user_reply", False, E, [CID_NEW, CID_3RD],
    frm=MEP_JP, to=A_("AWS トレーニングと認定", TC, "iso-2022-jp"),
    subject="Re: RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Thu, 12 Jun 2025 19:02:33 +0900", mid=gm("053"),
    irt=m052, refs="%s %s" % (m046, m052), charset="iso-2022-jp", cte="7bit",
    text="""佐々木様

ご連絡ありがとうございます。石橋です。
候補IDは以下のとおりです。

・メインで使っているアカウント（残したい方）: AWS11950462
・パートナーセントラル経由で作成されたと思われるアカウント: AWS20874139

よろしくお願いいたします。

石橋 遥

2025年6月12日(木) 11:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 石橋 遥 様
>
> 統合対象のアカウントを確実に特定するため、お手数ではございますが、
> それぞれのアカウントの候補ID（「AWS」から始まる番号）を本メールへのご返信にて
> お知らせいただけますでしょうか。
""", note="Japanese owner reply with two candidate IDs; Japanese reply header; ISO-2022-JP")

# ---------------------------------------------------------------- 054 confirmation E JP 8bit
m054 = add("confirmation_request", True, E, [CID_NEW, CID_3RD],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Fri, 13 Jun 2025 01:15:48 +0000", mid=sfdc("054"), auth=auth_for(ME_P, ip=71),
    irt=m053, refs="%s %s %s" % (m046, m052, m053), cte="8bit",
    text="""石橋様

候補IDのご連絡ありがとうございます。下記2件のアカウントを統合いたします。

Account #1
ログインメール: haruka.ishibashi.88@gmail.com
トレーニング通知メール: haruka.ishibashi.88@gmail.com
認定通知メール: haruka.ishibashi.88@gmail.com
候補ID: AWS11950462

Account #2
ログインメール: haruka.ishibashi.88@gmail.com
トレーニング通知メール: haruka.ishibashi.88@gmail.com
認定通知メール: (未設定)
候補ID: AWS20874139

Account #1 を残し、Account #2 の情報を Account #1 に統合する形でよろしいか、
ご返信ください。

佐々木
""", note="Japanese confirmation with plain ください; both accounts share one login email; UTF-8 8bit")

# ---------------------------------------------------------------- 055 free tier alert
add("unrelated", False, None, [],
    frm=A_("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Free Tier limit alert",
    date="Fri, 13 Jun 2025 07:00:21 +0000", mid=ses("055"), auth=auth_for(ME_P, "costalerts.amazonaws.com"),
    cte="quoted-printable",
    text="""Hello,

Your AWS account 482019375516 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of June.

Product: AmazonS3
Usage: 4.3 GB of 5 GB

To learn more about your AWS Free Tier usage, please visit the Billing
dashboard. Please review your usage and take action as needed.

Amazon Web Services
""", note="AWS alert asking to 'take action'; 12-digit account ID")

# ---------------------------------------------------------------- 056 closing E JP
m056 = add("closing_notice", True, E, [],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Mon, 16 Jun 2025 02:00:37 +0000", mid=sfdc("056"), auth=auth_for(ME_P, ip=71),
    irt=m054, refs="%s %s %s %s" % (m046, m052, m053, m054), charset="iso-2022-jp", cte="7bit",
    text="""石橋様

先日お送りしたご確認のメールについて、まだご返信をいただけておりませんので、
改めてご連絡いたしました。

このままご返信が確認できない場合、本ケースは6月19日をもってクローズとさせて
いただきます。引き続き統合をご希望の場合は、それまでに本メールへご返信いただけ
ますと幸いです。なお、クローズ後でもご返信いただければケースは再開されます。

佐々木
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese closing notice; the ask is a 〜いただけますと幸いです conditional")

# ---------------------------------------------------------------- 057 user reply E JP top-post
m057 = add("user_reply", False, E, [],
    frm=MEP_JP, to=A_("AWS トレーニングと認定", TC, "iso-2022-jp"),
    subject="Re: RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Mon, 16 Jun 2025 20:45:10 +0900", mid=gm("057"),
    irt=m056, refs="%s %s %s" % (m053, m054, m056), cte="base64",
    text="""佐々木様

ご返信が遅くなり申し訳ございません。
はい、Account #1 を残して統合をお願いいたします。

石橋

2025年6月16日(月) 11:00 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 石橋様
>
> このままご返信が確認できない場合、本ケースは6月19日をもってクローズとさせて
> いただきます。
>
> > Account #1 を残し、Account #2 の情報を Account #1 に統合する形でよろしいか、
> > ご返信ください。
""", note="Japanese top-posted confirmation over quoted closing notice and quoted request")

# ---------------------------------------------------------------- 058 case_update E JP
m058 = add("case_update", False, E, [],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Tue, 17 Jun 2025 00:30:26 +0000", mid=sfdc("058"), auth=auth_for(ME_P, ip=71),
    irt=m057, refs="%s %s" % (m056, m057), charset="shift_jis", cte="8bit",
    text="""石橋様

ご確認いただきありがとうございます。統合作業を開始いたしました。
完了までに最大で48時間ほどかかる場合がございます。完了次第、改めてご連絡いたします。

佐々木
""", note="Japanese progress note; Shift_JIS 8bit")

# ---------------------------------------------------------------- 059 resolved E JP quoting
m059 = add("resolved", False, E, [CID_NEW],
    frm=A_("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject="RE:[CASE %s] [AWS トレーニングと認定フォームの送信] - account-assistance" % E,
    date="Tue, 17 Jun 2025 05:50:03 +0000", mid=sfdc("059"), auth=auth_for(ME_P, ip=71),
    irt=m058, refs="%s %s %s" % (m056, m057, m058), cte="quoted-printable",
    text="""石橋様

お待たせいたしました。Account #2 の情報を Account #1 (AWS11950462) へ統合する
作業が完了いたしました。お客様に追加でご対応いただく必要はございません。

Credly のバッジは、通常 24 時間以内に Account #1 に反映されます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 石橋 遥 <haruka.ishibashi.88@gmail.com>
Sent: 2025年6月16日 20:45
Subject: Re: RE:[CASE %s] ...

はい、Account #1 を残して統合をお願いいたします。

> Account #1 を残し、Account #2 の情報を Account #1 に統合する形でよろしいか、
> ご返信ください。
""" % E, note="Japanese completion with candidate ID, conditional ご不明な点がございましたら…ご返信ください, quoted request")

# ---------------------------------------------------------------- 060 survey E JP
add("survey", False, E, [],
    frm=A_("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", "iso-2022-jp"), to=ME_P,
    subject="サポートに関するアンケートのお願い（ケース %s）" % E,
    date="Tue, 17 Jun 2025 05:55:40 +0000", mid=ses("060"), auth=auth_for(ME_P),
    cte="base64",
    html="""<html><body>
<p>石橋様</p>
<p>先日はケース %s にてお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか（所要時間 1 分）。</p>
<table border="1" cellpadding="6"><tr><td>とても満足</td><td>満足</td><td>普通</td><td>不満</td><td>とても不満</td></tr></table>
<p><a href="https://survey.aws.training/csat?c=%s&l=ja">アンケートに回答する</a></p>
</body></html>
""" % (E, E), note="Japanese HTML survey using the keigo request form いただけますでしょうか")

# ---------------------------------------------------------------- 061 badge 3
add("badge", False, None, [],
    frm=A_("Credly", "admin@credly.com"), to=ME_P,
    subject="Your badges from Amazon Web Services Training and Certification have been updated",
    date="Tue, 17 Jun 2025 09:10:52 +0000", mid="<6851326c3e7fa_4b1d8e2a90@credly-mailer.mail>",
    auth=auth_for(ME_P, "credly.com"), cte="quoted-printable",
    text="""Hi Haruka,

The issuer Amazon Web Services Training and Certification updated the badges
in your Credly profile after an account change. Your earned badges now appear
under haruka.ishibashi.88@gmail.com.

View your badges: https://www.credly.com/users/haruka-ishibashi/badges

No action is needed if this was expected. If you don't recognize this change,
contact support@credly.com.
""", note="Credly update after merge; 'account change', conditional contact")

# ---------------------------------------------------------------- 062 certmetrics recert
add("certification", False, None, [],
    frm=A_("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!",
    date="Wed, 18 Jun 2025 03:30:09 +0000", mid="<9b2e5c1d.3f7a.4d6e.a8b0.c4e1f2a7d953@certmetrics.com>",
    auth=auth_for(ME_P, "certmetrics.com"),
    text="""Congratulations, Haruka!

You have successfully recertified your AWS Certified Developer - Associate
certification. Your new expiration date is June 17, 2028.

Your digital badge will be updated on Credly within 5 business days.
You can download your certificate in your AWS Certification Account.

AWS Certification
""", note="'successfully recertified' - completion wording that is not a case resolution")

# ---------------------------------------------------------------- 063 ack F
m063 = add("acknowledgement", False, F, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Fri, 20 Jun 2025 00:20:31 +0000", mid=sfdc("063"), auth=auth_for(ME_P, ip=88),
    text="""Thank you for contacting AWS Training and Certification.

Case ID: %s

We received your message and will get back to you within 24 hours.
Please don't open another case for the same question.
""" % F, note="terse ack; 'Please don't open another case' is an imperative that asks nothing now")

# ---------------------------------------------------------------- 064 google security
add("unrelated", False, None, [],
    frm=A_("Google", "no-reply@accounts.google.com"), to=ME_P,
    subject="Security alert",
    date="Fri, 20 Jun 2025 03:12:40 +0000", mid="<AfQ9kq3x7Lm2Vz@accounts.google.com>",
    auth=auth_for(ME_P, "accounts.google.com"),
    text="""A new sign-in on Mac

haruka.ishibashi.88@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was
you, you don't need to do anything. If not, we'll help you secure your
account.

Check activity: https://myaccount.google.com/notifications
""", note="security notice, conditional action")

# ---------------------------------------------------------------- 065 info_request F mixed
m065 = add("info_request", True, F, [CID_NEW],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Sat, 21 Jun 2025 01:40:18 +0000", mid=sfdc("065"), auth=auth_for(ME_P, ip=88),
    irt=m063, refs=m063, cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Good news first: I found the 50% exam discount you mentioned. It was issued to your former
account in 2024 and did not carry over in the May merge because it was attached to your
previous employer's partner program rather than to you personally.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Benefit</th><th>Status</th><th>Expires</th></tr>
<tr><td>50% exam discount</td><td>Not transferred</td><td>2025-08-31</td></tr>
<tr><td>Practice exam voucher</td><td>Transferred</td><td>2025-08-31</td></tr>
</table>
<p>I can ask for it to be reissued on AWS11950462. Which exam do you plan to use it for?
The reissue form needs the exam code.</p>
<p>Thanks,<br>Tomasz<br>AWS Training and Certification Customer Service</p>
</body></html>
""", note="HTML-only, progress news first then a bare question; candidate ID in text")

# ---------------------------------------------------------------- 066 user reply F
m066 = add("user_reply", False, F, [],
    frm=MEP, to=TCF, subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Sat, 21 Jun 2025 18:05:27 +0900", mid=gm("066"),
    irt=m065, refs="%s %s" % (m063, m065),
    text="""Hi Tomasz,

It's for SAP-C02 (Solutions Architect - Professional). My exam is booked
for June 28, so it would be great if it could be reissued before then.

Thanks,
Haruka
""", note="short owner answer, no quote")

# ---------------------------------------------------------------- 067 on_hold F with ask
m067 = add("on_hold", True, F, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Mon, 23 Jun 2025 02:15:55 +0000", mid=sfdc("067"), auth=auth_for(ME_P, ip=88),
    irt=m066, refs="%s %s %s" % (m063, m065, m066),
    text="""Hi Haruka,

Thanks. Because the discount came through the APN program, the AWS Partner
Network team has to approve reissuing it to a personal account, and I've
sent them the request. Until they answer, the case is on hold on our side.

One thing that would speed their review: do you still have access to the
AWS Partner Central login from Kitanami Technology, or was it deactivated
when you left? A one-line answer is fine.

Tomasz
""", note="hold waiting on APN team, with an ask buried as a question in the second paragraph")

# ---------------------------------------------------------------- 068 user reply F
m068 = add("user_reply", False, F, [],
    frm=MEP, to=TCF, subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Mon, 23 Jun 2025 12:20:00 +0900", mid=gm("068"),
    irt=m067, refs="%s %s %s %s" % (m063, m065, m066, m067), crlf=True,
    text="""No - it was deactivated on May 30 together with my company mailbox.

> One thing that would speed their review: do you still have access to the
> AWS Partner Central login from Kitanami Technology, or was it deactivated
> when you left? A one-line answer is fine.
""", note="one-line owner answer above quoted question; CRLF")

# ---------------------------------------------------------------- 069 case_update F
m069 = add("case_update", False, F, [],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Tue, 24 Jun 2025 08:45:13 +0000", mid=sfdc("069"), auth=auth_for(ME_P, ip=88),
    irt=m068, refs="%s %s" % (m067, m068),
    text="""Hi Haruka,

The APN team approved the reissue this morning. The new voucher is being
generated now and should show under Benefits by tomorrow; I'll confirm once
I can see it on your account.

Tomasz
""", note="progress after a hold; no ask")

# ---------------------------------------------------------------- 070 resolved F multipart with survey footer
add("resolved", False, F, [CID_NEW],
    frm=TCF, to=ME_P, subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % F,
    date="Thu, 26 Jun 2025 01:05:44 +0000", mid=sfdc("070"), auth=auth_for(ME_P, ip=88),
    irt=m069, refs="%s %s" % (m068, m069), cte="quoted-printable",
    text="""Hi Haruka,

The 50%% exam discount is now active on AWS11950462 and valid until
August 31, 2025. You can apply it when you check out for SAP-C02. I'm marking
this case resolved.

Good luck on the 28th!
Tomasz

----
How was your experience? Please rate this case: https://survey.aws.training/csat?c=%s
""" % F,
    html="""<html><body><p>Hi Haruka,</p>
<p>The 50%% exam discount is now active on <b>AWS11950462</b> and valid until August 31, 2025. You can apply
it when you check out for SAP-C02. I'm marking this case resolved.</p>
<p>Good luck on the 28th!<br>Tomasz</p>
<hr><p style="font-size:11px">How was your experience? <a href="https://survey.aws.training/csat?c=%s">Please rate this case</a></p>
</body></html>
""" % F, note="resolution with a survey footer that says 'Please rate'")

# ---------------------------------------------------------------- 071 Pearson reminder
add("unrelated", False, None, [],
    frm=A_("Pearson VUE", "pearsonvue@pearson.com"), to=ME_P,
    subject="Reminder: Your exam is in 2 days - action required",
    date="Thu, 26 Jun 2025 09:00:00 +0000", mid="<20250626090000.412839205.rem@pearson.com>",
    auth=auth_for(ME_P, "pearson.com"),
    text="""Dear Haruka Ishibashi,

Your OnVUE exam is coming up.

Registration ID: 412839205
Exam: SAP-C02
Date: Saturday, June 28, 2025 10:00 AM JST

Action required: complete the check-in steps 30 minutes before your
appointment and have your government-issued ID ready.

Pearson VUE
""", note="exam vendor 'action required'; 9-digit registration ID")

# ---------------------------------------------------------------- 072 suspicious credly lookalike
add("suspicious", False, None, [],
    frm=A_("Credly Badges", "notify@credly-badges.net"), to=ME_P,
    subject="Action needed: your AWS badges will be revoked after the account merge",
    date="Fri, 27 Jun 2025 04:40:19 +0000", mid="<1751000419.88213@credly-badges.net>",
    auth=("mx.google.com;\n       dkim=pass header.i=@credly-badges.net header.s=mail header.b=Zx1pQw8s;\n"
          "       spf=pass (google.com: domain of notify@credly-badges.net designates 103.224.182.9 as permitted sender) smtp.mailfrom=notify@credly-badges.net;\n"
          "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badges.net"),
    cte="quoted-printable",
    text="""Hi Haruka,

Following the recent merge of your AWS Certification accounts, your badges
need to be re-verified. Could you confirm your AWS Builder ID email and
password on the page below within 48 hours? Unverified badges will be
revoked.

https://credly-badges.net/aws/reverify

Credly Support
""", note="lookalike Credly domain referencing the merge; polite question-form request")

# ---------------------------------------------------------------- 073 Jira resolved
add("unrelated", False, None, [],
    frm=A_("Jira", "jira@openmeadow.atlassian.net"), to=ME_P,
    subject="[JIRA] (OSS-1187) Docs: merge duplicate installation pages - Resolved",
    date="Sat, 28 Jun 2025 13:20:03 +0000", mid="<JIRA.10882.1751116803000@Atlassian.JIRA>",
    auth=auth_for(ME_P, "atlassian.net"),
    text="""Kenji Oda resolved OSS-1187 as Done.

Docs: merge duplicate installation pages
Resolution: Done
Assignee: Haruka Ishibashi

Both pages are merged into /docs/install. Could you double-check the
redirects when you get a chance?

View issue: https://openmeadow.atlassian.net/browse/OSS-1187
""", note="Jira 'resolved' + 'merge' + a question to the owner, but not AWS support")

# ---------------------------------------------------------------- 074 re:Invent marketing
add("unrelated", False, None, [],
    frm=A_("AWS re:Invent", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Certified? Save on your AWS re:Invent 2025 pass",
    date="Mon, 30 Jun 2025 16:00:00 +0000", mid=ses("074"), auth=auth_for(ME_P),
    cte="quoted-printable",
    text="""Hi Haruka,

As an AWS Certified individual, you're eligible for a discount on your
re:Invent 2025 full conference pass. Use the code in your Certification
Account Benefits page when you register.

Register now: https://reinvent.awsevents.com/register/

Questions? Reply to this email and our events team will help.

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
""", note="AWS marketing mentioning Certification Account Benefits; 'Reply to this email'")


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for n, raw, label, note, subj in MSGS:
        slug = "%03d-%s" % (n, hashlib.sha1(("blind54-%d" % n).encode()).hexdigest()[:8])
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, slug + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
