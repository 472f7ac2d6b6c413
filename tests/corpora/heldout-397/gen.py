#!/usr/bin/env python3
"""Generate the blind corpus (blind-397): NNN-msg.eml + NNN-msg.json next to this script.
Standard library only. Run: python3 gen.py"""
import os, json, base64, quopri, hashlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_NAME = "Kenji Moriwaki"
ME_P = "kenji.moriwaki.cloud@gmail.com"      # personal
ME_C = "k-moriwaki@tsubame-tech.co.jp"       # company (closes 2025-03-21)
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174130991800518"   # merge company -> personal (2025)
CASE_B = "174139082100297"   # duplicate of A
CASE_C = "14830259176"       # Support Center (console) case
CASE_D = "174402742400864"   # Japanese name correction
CASE_E = "7936104528"        # 2021 duplicate-account merge
CASE_Q = "174313560900132"   # console service-quota case (unrelated)
CASE_ED = "174277512800653"  # AWS Educate form case (unrelated)

CAND_OLD = "AWS01736042"     # company account, certs since 2019
CAND_DUP = "AWS02291157"     # accidental duplicate (2021)
CAND_NEW = "AWS04519873"     # personal account created 2025

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

MSGS = []
MID = {}


def dt(y, mo, d, h, mi, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def mid(key, domain):
    h = hashlib.sha1(("blind397-" + key).encode()).hexdigest()
    if domain == "ses":
        v = "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    elif domain == "gmail":
        v = "<CAH%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    elif domain == "outlook":
        v = "<TYCP%s.jpnprd01.prod.outlook.com>" % h[:26].upper()
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:24], domain)
    MID[key] = v
    return v


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()"@'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "us-ascii": "ascii",
         "windows-1252": "cp1252"}


def text(body, sub="plain", charset="utf-8", cte="quoted-printable", extra=None):
    """Return a leaf part: (header list, body str)."""
    data = body.encode(CODEC[charset])
    if cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        enc = data.decode("ascii")
    elif cte == "8bit":
        enc = body  # written as UTF-8 at the end
    else:
        raise ValueError(cte)
    if not enc.endswith("\n"):
        enc += "\n"
    h = [("Content-Type", 'text/%s; charset="%s"' % (sub, charset) if charset != "iso-2022-jp"
          else "text/%s; charset=ISO-2022-JP" % sub),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, enc)


def multi(sub, parts, boundary):
    out = []
    for ph, pb in parts:
        out.append("--" + boundary + "\n")
        out.append("".join("%s: %s\n" % (k, v) for k, v in ph))
        out.append("\n")
        out.append(pb)
    out.append("--" + boundary + "--\n")
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, boundary))], "".join(out))


def attach(filename, data, ctype="application/pdf"):
    enc = base64.encodebytes(data).decode("ascii")
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", 'attachment; filename="%s"' % filename),
             ("Content-Transfer-Encoding", "base64")], enc)


def ar_google(domain, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", sel="s1"):
    if dkim == "pass":
        d = "dkim=pass header.i=@%s header.s=%s header.b=%s" % (domain, sel, hashlib.md5(mailfrom.encode()).hexdigest()[:8])
    elif dkim == "none":
        d = "dkim=none"
    else:
        d = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, domain, sel, hashlib.md5(ip.encode()).hexdigest()[:8])
    if spf == "pass":
        s = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    else:
        s = "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)
    m = "dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, domain)
    return ("Authentication-Results", "mx.google.com;\n       %s;\n       %s;\n       %s" % (d, s, m))


def rcv_google(host, ip, to, when):
    return ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, hashlib.md5((host + str(when)).encode()).hexdigest()[:20], to, format_datetime(when)))


def ar_corp(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    return ("Authentication-Results", "mx1.tsubame-tech.co.jp;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s"
            % (spf, mailfrom, dkim, domain, dmarc, domain))


def rcv_corp(host, ip, to, when):
    return ("Received", "from %s (%s [%s])\n\tby mx1.tsubame-tech.co.jp (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s"
            % (host, host, ip, hashlib.md5((host + str(when)).encode()).hexdigest()[:10].upper(), to, format_datetime(when)))


SES = ("a8-64.smtp-out.amazonses.com", "54.240.8.64")
SES2 = ("a48-112.smtp-out.amazonses.com", "54.240.48.112")


def add(kind, needs, case, cands, headers, part, eol="\n", note=""):
    """headers: list of (name, value). part: (mime headers, body)."""
    ph, pb = part
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in ph:
        lines.append("%s: %s" % (k, v))
    raw = "\n".join(lines) + "\n\n" + pb
    raw = raw.replace("\r\n", "\n")
    if eol != "\n":
        raw = raw.replace("\n", eol)
    MSGS.append({"raw": raw.encode("utf-8"), "label": {"kind": kind, "needs_reply": needs,
                 "case": case, "candidate_ids": cands}, "note": note})


def quote(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.strip("\n").split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2html(s):
    """plain paragraphs -> simple html paragraphs"""
    out = []
    for para in s.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(html_escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- 2021: case E
def block_2021():
    w = dt(2021, 6, 14, 11, 42, 9)
    body = """Hello,

Thanks for reaching out to AWS Training and Certification. Your inquiry has been logged under case number %s.

Summary of your submission
--------------------------
Inquiry type: Certification
Additional detail: Account Merge
Contact email: %s
Description: It looks like I have two certification accounts registered with my work address. I would like them combined into one.

A member of our team usually responds within one business day. There's no need to submit the form again: a second submission for the same issue opens a separate case and tends to slow things down.

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_E, ME_C)
    add("acknowledgement", False, CASE_E, [],
        [rcv_corp(*SES, ME_C, w), ar_corp("amazon.com", "0100" + "e1@amazonses.com"),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_C),
         ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-ack", "ses"))],
        text(body), eol="\r\n", note="2021 case, 10-digit id; form echo; 'no need to submit again' is not a request")

    w = dt(2021, 6, 15, 7, 0, 0)
    plain = """CLOUD NATIVE WEEKLY  #213

This week:
* Kubernetes 1.21: what changed for storage
* Merging Terraform state files without tears
* Case study: moving 400 accounts to AWS Organizations

Manage your subscription: https://cloudnativeweekly.dev/u/8f3a
"""
    html = "<html><body><h2>CLOUD NATIVE WEEKLY #213</h2><ul><li>Kubernetes 1.21: what changed for storage</li><li>Merging Terraform state files without tears</li><li>Case study: moving 400 accounts to AWS Organizations</li></ul><p style='font-size:11px'><a href='https://cloudnativeweekly.dev/u/8f3a'>Manage your subscription</a></p></body></html>"
    add("unrelated", False, None, [],
        [rcv_corp("mail.cloudnativeweekly.dev", "198.51.100.23", ME_C, w),
         ar_corp("cloudnativeweekly.dev", "bounce@mail.cloudnativeweekly.dev"),
         ("From", addr("Cloud Native Weekly", "news@cloudnativeweekly.dev")), ("To", ME_C),
         ("Subject", "Cloud Native Weekly #213: merging state, storage changes"),
         ("Date", format_datetime(w)), ("Message-ID", mid("news213", "mail.cloudnativeweekly.dev")),
         ("List-Unsubscribe", "<https://cloudnativeweekly.dev/u/8f3a>")],
        multi("alternative", [text(plain), text(html, "html")], "nl213-b0undary"),
        note="newsletter mentioning 'merging'")

    w = dt(2021, 6, 16, 9, 18, 40, PDT)
    body = """Hello Kenji,

My name is Marisol and I'll be looking after your certification account request.

When I search our records for %s I find more than one profile, and the names on them are not spelled exactly the same way. Because combining profiles can't be undone, I'd like to be sure I pick the right ones.

Would you reply with the AWS candidate ID shown on each of the accounts? It is the code that starts with "AWS" followed by eight digits, displayed at the top right of the certification portal once you are signed in. If you can, also tell me the name exactly as it appears on each profile.

Thank you,
Marisol
AWS Training and Certification Customer Service
""" % ME_C
    add("info_request", True, CASE_E, [],
        [rcv_corp(*SES2, ME_C, w), ar_corp("amazon.com", "0100" + "e2@amazonses.com"),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_C),
         ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-req", "ses")),
         ("In-Reply-To", MID["e-ack"]), ("References", MID["e-ack"])],
        text(body), eol="\r\n", note="asks for candidate IDs as a question ('Would you reply with...'); no merge confirmation asked")

    w = dt(2021, 6, 23, 10, 2, 11, PDT)
    body = """Hello,

We wrote to you on June 16 about case %s and asked for some details, but we have not heard back.

As we have no way to move forward without that information, this case has now been closed. You can pick it up again at any time in the next 14 days by replying to this message; your reply will reopen the case automatically and it will return to the same team.

Regards,
AWS Training and Certification Customer Service

--- Earlier message ---
From: AWS Training and Certification
Sent: June 16, 2021
Would you reply with the AWS candidate ID shown on each of the accounts? ...
""" % CASE_E
    add("closing_notice", True, CASE_E, [],
        [rcv_corp(*SES, ME_C, w), ar_corp("amazon.com", "0100" + "e3@amazonses.com"),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_C),
         ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-close", "ses")),
         ("In-Reply-To", MID["e-req"]), ("References", MID["e-ack"] + " " + MID["e-req"])],
        text(body), eol="\r\n", note="past-tense closure; reply reopens; quotes the old request")

    w = dt(2021, 6, 24, 10, 2, 55)
    body = """Hello Marisol,

Sorry for the late reply, I was travelling last week.

The two accounts are:
  AWS01736042 - name "Kenji Moriwaki" (this one has my Solutions Architect and Developer certifications)
  AWS02291157 - name "Kenji Moriwaki " with a trailing space, created by mistake in 2020

Please keep AWS01736042 and merge the other one into it.

Best regards,
Kenji Moriwaki
Tsubame Technologies Inc.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, June 23, 2021 10:02 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

Hello,

We wrote to you on June 16 about case %s and asked for some details, but we have not heard back.

As we have no way to move forward without that information, this case has now been closed. You can pick it up again at any time in the next 14 days by replying to this message.

Regards,
AWS Training and Certification Customer Service
""" % (TC, ME_C, CASE_E, CASE_E)
    add("user_reply", False, CASE_E, [CAND_OLD, CAND_DUP],
        [("From", addr(ME_NAME, ME_C)), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-user", "outlook")),
         ("In-Reply-To", MID["e-close"]), ("References", " ".join([MID["e-ack"], MID["e-req"], MID["e-close"]])),
         ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E)],
        text(body, charset="us-ascii", cte="7bit"), eol="\r\n", note="owner's Outlook reply with -----Original Message-----; two IDs")

    w = dt(2021, 6, 25, 16, 10, 38, PDT)
    conf_e = """Hi Kenji,

I'm Jordan and I'm picking this up from Marisol. Thank you for the IDs.

Both profiles sign in with the same address, so here is how they differ:

  Profile A   AWS01736042   name: Kenji Moriwaki    certifications: Solutions Architect - Associate, Developer - Associate
  Profile B   AWS02291157   name: Kenji Moriwaki_   certifications: none   (the underscore stands for the trailing space)

Merging folds Profile B into Profile A and permanently removes Profile B. Nothing on Profile A changes.

Is that what you want? Once you give me the go-ahead I'll run the merge.

Thanks,
Jordan
AWS Training and Certification Customer Service"""
    add("confirmation_request", True, CASE_E, [CAND_OLD, CAND_DUP],
        [rcv_corp(*SES, ME_C, w), ar_corp("amazon.com", "0100" + "e35@amazonses.com"),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_C),
         ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-conf", "ses")),
         ("In-Reply-To", MID["e-user"]), ("References", " ".join([MID["e-ack"], MID["e-req"], MID["e-close"], MID["e-user"]]))],
        text(conf_e + "\n", charset="windows-1252", cte="quoted-printable"), eol="\r\n",
        note="plain-text confirmation with profile listing; ask is a bare question")

    w = dt(2021, 6, 28, 9, 12, 5)
    body = """Yes, that's right. Please go ahead and fold Profile B into Profile A.

Kenji

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Saturday, June 26, 2021 8:10 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s
""" % (TC, ME_C, CASE_E, conf_e)
    add("user_reply", False, CASE_E, [],
        [("From", addr(ME_NAME, ME_C)), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-user2", "outlook")),
         ("In-Reply-To", MID["e-conf"]), ("References", " ".join([MID["e-ack"], MID["e-req"], MID["e-user"], MID["e-conf"]])),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        text(body, charset="us-ascii", cte="7bit"), eol="\r\n", note="short go-ahead; ids only in the quoted request")

    w = dt(2021, 6, 29, 14, 37, 2, PDT)
    body = """Hi Kenji,

Thanks for confirming. The profile AWS02291157 has now been merged into AWS01736042. Your exam history, both certifications and the digital badges all sit under AWS01736042, and the duplicate profile has been deactivated, so you can keep signing in exactly as before.

If anything looks off after you sign in, just respond to this email and I'll take another look.

All the best,
Marisol
AWS Training and Certification Customer Service

On Mon, Jun 28, 2021 at 9:12 AM Kenji Moriwaki <%s> wrote:
> Yes, that's right. Please go ahead and fold Profile B into Profile A.
>
> On Fri, Jun 25, 2021 AWS Training and Certification wrote:
>> Merging folds Profile B into Profile A and permanently removes Profile B.
>> Is that what you want? Once you give me the go-ahead I'll run the merge.
""" % ME_C
    add("resolved", False, CASE_E, [CAND_DUP, CAND_OLD],
        [rcv_corp(*SES2, ME_C, w), ar_corp("amazon.com", "0100" + "e4@amazonses.com"),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_C),
         ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-done", "ses")),
         ("In-Reply-To", MID["e-user2"]), ("References", " ".join([MID["e-ack"], MID["e-req"], MID["e-user"], MID["e-conf"], MID["e-user2"]]))],
        text(body, cte="base64"), eol="\r\n", note="merged; quoted request below; conditional 'if anything looks off'")

    w = dt(2021, 6, 29, 22, 5, 0, UTC)
    plain = """Kenji, your badge has been updated

Amazon Web Services Training and Certification has updated your badge:
AWS Certified Solutions Architect - Associate

View and share it: https://www.youracclaim.com/badges/3c1f9e2a-77b0-4d5e-9a1c-0be2f4d81a6e

Acclaim - Digital credentials by Credly
"""
    html = """<html><body style="font-family:Arial"><table width="600"><tr><td><h1 style="font-size:20px">Kenji, your badge has been updated</h1>
<p>Amazon Web Services Training and Certification has updated your badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.youracclaim.com/badges/3c1f9e2a-77b0-4d5e-9a1c-0be2f4d81a6e">View badge</a></p>
<p style="color:#888;font-size:11px">Acclaim &middot; Digital credentials by Credly</p></td></tr></table></body></html>"""
    add("badge", False, None, [],
        [rcv_corp("o1.email.youracclaim.com", "167.89.12.44", ME_C, w),
         ar_corp("youracclaim.com", "bounces+1234@email.youracclaim.com"),
         ("From", addr("Acclaim", "admin@youracclaim.com")), ("To", ME_C),
         ("Subject", "Your badge from Amazon Web Services Training and Certification has been updated"),
         ("Date", format_datetime(w)), ("Message-ID", mid("acclaim21", "youracclaim.com"))],
        multi("alternative", [text(plain), text(html, "html")], "acc-9f8e7d"),
        note="older Acclaim sender; badge UUID is not a case id")

    w = dt(2021, 7, 1, 2, 14, 0, UTC)
    body = """Hello,

Your recent case with AWS Training and Certification (case %s) was marked as resolved.

We'd like to know how it went. The survey has three questions and takes about a minute:
https://survey.aws-tc-feedback.amazon.com/s/7936104528?lang=en

Your answers go straight to the team that handled your request.

AWS Training and Certification
""" % CASE_E
    add("survey", False, CASE_E, [],
        [rcv_corp(*SES, ME_C, w), ar_corp("amazon.com", "0100" + "e5@amazonses.com"),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_C),
         ("Subject", "How did we do? Case %s" % CASE_E),
         ("Date", format_datetime(w)), ("Message-ID", mid("e-survey", "ses"))],
        text(body), note="survey for resolved case")


# ---------------------------------------------------------------- 2025 before the case
def block_2025_pre():
    w = dt(2025, 2, 24, 17, 31, 12, UTC)
    plain = """Amazon Web Services

Your AWS invoice for February 2025 is now available.

AWS Account ID: 482019375521
Invoice number: 2071846390
Amount due: USD 3.87
Due date: March 2, 2025

The amount will be charged to the payment method on file. You can view the invoice in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""
    html = "<html><body>" + p2html(plain) + "</body></html>"
    add("unrelated", False, None, [],
        [rcv_google(*SES, ME_P, w), ar_google("amazon.com", "0100019530bill@amazonses.com", SES[1]),
         ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
         ("Subject", "Amazon Web Services Invoice Available [Account: 482019375521] [Invoice ID: 2071846390]"),
         ("Date", format_datetime(w)), ("Message-ID", mid("bill-feb", "ses"))],
        multi("alternative", [text(plain), text(html, "html")], "----=_Part_882211_1039.1740418272000"),
        note="billing from the same no-reply-aws sender as console cases; 12-digit account id")

    w = dt(2025, 2, 25, 3, 10, 0, UTC)
    plain = """Hello Kenji Moriwaki,

Your AWS Certified Developer - Associate certification will expire on May 26, 2025.

Candidate ID: AWS01736042

To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. Recertifying extends all of your eligible certifications in the same path.

Review your options: https://aws.amazon.com/certification/recertification/

AWS Certification
Please do not reply to this message; this mailbox is not monitored.
"""
    html = """<html><body><table style="max-width:620px;font-family:Helvetica,Arial"><tr><td>
<p>Hello Kenji Moriwaki,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification will expire on <b>May 26, 2025</b>.</p>
<p>Candidate ID: AWS01736042</p>
<p>To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Review your options</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this message; this mailbox is not monitored.</p></td></tr></table></body></html>"""
    add("certification", False, None, [CAND_OLD],
        [rcv_corp("mta-12.certmetrics.com", "52.4.117.9", ME_C, w), ar_corp("certmetrics.com", "bounce@certmetrics.com"),
         ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
         ("Subject", "Your AWS Certified Developer - Associate certification expires in 90 days"),
         ("Date", format_datetime(w)), ("Message-ID", mid("expire90", "certmetrics.com"))],
        multi("alternative", [text(plain), text(html, "html")], "cm_exp_5521"),
        note="certification expiry with candidate id; not a case")

    w = dt(2025, 2, 26, 12, 48, 3)
    body = """森脇さん

お疲れさまです。中田です。

3/14(金)が最終出社日と伺いましたので、
チームで送別会を開きたいと思っています。

候補日：3/11(火) か 3/12(水) 19:00〜
場所：新橋の「いろは」を予定

ご都合のよい日を教えてください。
(他のメンバーには別途連絡しています)

中田
"""
    add("unrelated", False, None, [],
        [("Received", "from tyo-mail02.tsubame-tech.co.jp (tyo-mail02.tsubame-tech.co.jp [10.20.1.12])\n\tby mx1.tsubame-tech.co.jp (Postfix) with ESMTP id 4Z77AB1C2D\n\tfor <%s>; %s" % (ME_C, format_datetime(w))),
         ("From", addr("中田 あゆみ", "a-nakata@tsubame-tech.co.jp", "iso-2022-jp")), ("To", ME_C),
         ("Subject", hdr("送別会の日程について", "iso-2022-jp")),
         ("Date", format_datetime(w)), ("Message-ID", mid("sobetsu", "tsubame-tech.co.jp")),
         ("X-Mailer", "Becky! ver. 2.81.04")],
        text(body, charset="iso-2022-jp", cte="7bit"), note="colleague, ISO-2022-JP; asks a question but not support")

    w = dt(2025, 2, 27, 9, 2, 41, UTC)
    plain = """Dear Kenji Moriwaki,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Saturday, April 12, 2025 10:00 JST
Location: Pearson Professional Centers - Tokyo Shimbashi
Registration ID: 483920175
AWS Candidate ID: AWS01736042

Bring a valid, government-issued ID that exactly matches the name on your registration. Arrive 30 minutes early.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
"""
    html = "<html><body style='font-family:Arial'>" + p2html(plain) + "</body></html>"
    add("unrelated", False, None, [CAND_OLD],
        [rcv_corp("mx-out3.pearson.com", "159.182.33.17", ME_C, w), ar_corp("pearson.com", "noreply@pearson.com"),
         ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_C),
         ("Subject", "Pearson VUE Confirmation of Booking - Registration 483920175"),
         ("Date", format_datetime(w)), ("Message-ID", mid("pv-book", "pearson.com"))],
        multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")], "PVUE_b_20250227"),
        note="exam vendor; 9-digit registration id is not a case; candidate id present")

    w = dt(2025, 3, 6, 22, 15, 30)
    plain = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to finish creating your AWS Builder ID:

628193

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
    add("unrelated", False, None, [],
        [rcv_google("a11-22.smtp-out.amazonses.com", "54.240.11.22", ME_P, w),
         ar_google("signin.aws", "0100bid@us-west-2.amazonses.com", "54.240.11.22"),
         ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_P),
         ("Subject", "Verify your AWS Builder ID email address"),
         ("Date", format_datetime(w)), ("Message-ID", mid("builderid", "ses"))],
        text(plain, charset="us-ascii", cte="7bit"), note="one-time code, 6 digits")

    w = dt(2025, 3, 6, 23, 2, 17)
    fwd = """---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: Mon, Nov 18, 2024 at 9:11 AM
Subject: Your AWS Certification benefits
To: <%s>

Hello Kenji Moriwaki,

Candidate ID: AWS01736042

You have the following certification benefits available:
- 50%% discount on your next AWS Certification exam (expires September 30, 2025)
- Access to the AWS Certified Global Community
- Invitation to the AWS Certification Subject Matter Expert program

Visit the Benefits page of your AWS Certification account for details.
""" % ME_C
    body = "自分用メモ。\n退職前にアカウント統合を申請すること。\n特典の割引、統合後に新アカウント側に残っているか確認。\nBuilder ID は個人Gmailで作成済み(3/6)。\n\n" + fwd
    add("user_reply", False, None, [],
        [("From", addr(ME_NAME, ME_C)), ("To", ME_P),
         ("Subject", "Fwd: Your AWS Certification benefits"),
         ("Date", format_datetime(w)), ("Message-ID", mid("selffwd", "tsubame-tech.co.jp")),
         ("X-Mailer", "Becky! ver. 2.81.04")],
        text(body, cte="quoted-printable"),
        note="owner's note-to-self forward; candidate id only inside forwarded block -> no ids")


# ---------------------------------------------------------------- 2025: case A (part 1), case B
SIG_TC = "AWS Training and Certification Customer Service"


def tc_headers(key, when, to, subject, reply_to_key=None, refs=None, cc=None, ses=SES, corp=False, mailfrom="0100a@amazonses.com"):
    h = []
    if corp:
        h += [rcv_corp(*ses, to, when), ar_corp("amazon.com", mailfrom)]
    else:
        h += [rcv_google(*ses, to, when), ar_google("amazon.com", mailfrom, ses[1])]
    h += [("From", addr("AWS Training and Certification", TC)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", format_datetime(when)), ("Message-ID", mid(key, "ses"))]
    if reply_to_key:
        h.append(("In-Reply-To", MID[reply_to_key]))
        h.append(("References", " ".join(MID[k] for k in (refs or [reply_to_key]))))
    return h


def block_case_a1():
    w = dt(2025, 3, 7, 10, 12, 6)
    plain = """Hello Kenji Moriwaki,

Thank you for getting in touch with AWS Training and Certification. We've created case %s for your request, and one of our specialists will review it shortly.

Here is a copy of what you sent us:

  Name: Kenji Moriwaki
  Email: %s
  Inquiry type: Certification
  Additional details: Account Merge
  AWS candidate ID: AWS01736042, AWS04519873
  How can we help you?: I am leaving Tsubame Technologies on March 14. I would like to merge my certification account registered with %s into my new account under %s, which is the one I want to keep.

Most inquiries receive a first answer within 24 hours, though some take a little longer while we research them. To keep everything in one place, answer this thread rather than submitting a new form for the same request.

Sincerely,
%s
""" % (CASE_A, ME_P, ME_C, ME_P, SIG_TC)
    html = "<html><body style=\"font-family:'Amazon Ember',Arial,sans-serif;font-size:14px\">" + p2html(plain) + "</body></html>"
    add("acknowledgement", False, CASE_A, [CAND_OLD, CAND_NEW],
        tc_headers("a-ack", w, ME_P, SUBJ_A),
        multi("alternative", [text(plain), text(html, "html")], "----=_Part_4410928_19927.1741309926"),
        note="ack with form echo containing two candidate ids")

    w = dt(2025, 3, 7, 12, 0, 0)
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:22px">AWS Summit Japan 2025 の登録受付を開始しました</h1>
<p>今年も幕張メッセで 2 日間開催します。150 以上のセッション、ハンズオン、AWS 認定者ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_1234" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから配信されています。配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
Amazon Web Services Japan G.K. 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p></td></tr></table></td></tr></table></body></html>"""
    add("unrelated", False, None, [],
        [rcv_google("a9-100.smtp-out.amazonses.com", "54.240.9.100", ME_P, w),
         ar_google("amazon.com", "0100mkt@mail.awscloud.com", "54.240.9.100"),
         ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
         ("Subject", hdr("AWS Summit Japan 2025 登録受付開始 ― 認定者ラウンジのご案内")),
         ("Date", format_datetime(w)), ("Message-ID", mid("summit", "ses")),
         ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>")],
        text(html, "html", cte="quoted-printable"), note="marketing, HTML-only Japanese, mentions certification")

    w = dt(2025, 3, 8, 8, 40, 27)
    body = """森脇 健二 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご依頼をケース %s として受け付けました。

■お問い合わせ内容
 お問い合わせタイプ：認定
 その他の詳細：アカウントの統合
 内容：会社アドレスで登録した認定アカウントを個人アカウントへ統合したいです。
 (昨日も同じ内容を送信しましたが、受付メールが見当たらないため再送します)

担当者より、原則として24時間以内にご連絡いたします。内容によっては、ご回答までにお時間をいただく場合がございます。
同じご用件で既にケースをお持ちの場合、新しいフォームは送信せず、既存ケースのメールにご返信いただきますようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
    add("acknowledgement", False, CASE_B, [],
        tc_headers("b-ack", w, ME_C, hdr("[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % CASE_B),
                   corp=True, mailfrom="0100b@amazonses.com"),
        text(body, charset="shift_jis", cte="base64"),
        note="duplicate form from company address; Shift_JIS base64; Japanese ack")

    w = dt(2025, 3, 7, 19, 5, 48, PST)
    body = """Hello,

This is Noah from AWS Training and Certification.

The request in this case is the same one we're already working on under case %s, which you opened on March 7 from %s. To avoid two teams working on the same thing, I've linked the two cases and closed this one (%s). All further updates will come through the original case.

Nothing is required from you for this case.

Regards,
Noah
%s
""" % (CASE_A, ME_P, CASE_B, SIG_TC)
    add("case_update", False, CASE_B, [],
        tc_headers("b-dup", w, ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
                   reply_to_key="b-ack", corp=True, mailfrom="0100b2@amazonses.com"),
        text(body), note="duplicate closed and linked; mentions the other case number")

    w = dt(2025, 3, 8, 15, 22, 19)
    on_hold_body = """Hello Kenji,

Thank you for your patience while I looked into this.

I've reviewed the two accounts in your request. The certification account registered to %s is connected to an AWS Partner Network organization, Tsubame Technologies Inc. Certifications held on partner-linked accounts count toward that organization's standing in the partner program, so they can't be moved to a different account while the link is active unless the organization releases it.

For now I have paused the merge and asked our partner operations colleagues to contact the organization's alliance lead about releasing the association. In my experience this takes a few business days, and the timing depends on the partner.

One thing would help them: are you still employed by Tsubame Technologies, and if so, what will your last working day be? Partner operations handle the release differently for someone who has already left.

Best regards,
Daniel R.
%s
""" % (ME_C, SIG_TC)
    html = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">" + p2html(on_hold_body) + "</div></body></html>"
    add("on_hold", True, CASE_A, [],
        tc_headers("a-hold", w, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-ack", ses=SES2, mailfrom="0100a2@amazonses.com"),
        multi("alternative", [text(on_hold_body), text(html, "html")], "----=_Part_4433871_88120.1741414939"),
        note="APN hold; the question is buried in the third paragraph")

    w = dt(2025, 3, 8, 18, 40, 2)
    plain = """@sato-hiroki merged #412 into main.

Add support for S3 Object Lock in the bucket module

--
Reply to this email directly, view it on GitHub:
https://github.com/moriwaki-k/tf-modules/pull/412#event-16620017345
You are receiving this because you authored the thread.
"""
    html = """<p><a href="https://github.com/sato-hiroki">@sato-hiroki</a> merged #412 into <code>main</code>.</p>
<p>Add support for S3 Object Lock in the bucket module</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/moriwaki-k/tf-modules/pull/412#event-16620017345">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
    add("unrelated", False, None, [],
        [rcv_google("out-21.smtp.github.com", "192.30.252.204", ME_P, w),
         ar_google("github.com", "noreply@github.com", "192.30.252.204", policy="REJECT", sel="pf2023"),
         ("From", addr("Hiroki Sato", "notifications@github.com")), ("To", "moriwaki-k/tf-modules <tf-modules@noreply.github.com>"),
         ("Cc", addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>"),
         ("Subject", "Re: [moriwaki-k/tf-modules] Add support for S3 Object Lock (PR #412)"),
         ("Date", format_datetime(w)), ("Message-ID", "<moriwaki-k/tf-modules/pull/412/issue_event/16620017345@github.com>"),
         ("In-Reply-To", "<moriwaki-k/tf-modules/pull/412@github.com>"), ("References", "<moriwaki-k/tf-modules/pull/412@github.com>"),
         ("List-ID", "moriwaki-k/tf-modules <tf-modules.moriwaki-k.github.com>")],
        multi("alternative", [text(plain, charset="us-ascii", cte="7bit"), text(html, "html")], "--==_mimepart_67cc1f6a2b1c3_5e2a3"),
        note="GitHub 'merged' notification")

    w = dt(2025, 3, 9, 9, 15, 33)
    body = """Hi Daniel,

Thanks for looking into it.

Yes, I'm still at Tsubame Technologies until Friday, March 14; that's my last working day, and the company mailbox will be shut down a week after that. I've also asked our partner alliance lead, Ms. Ogawa, to release the association on her side.

For reference, the new account I'd like to keep is AWS04519873.

Best regards,
Kenji

On Sat, Mar 8, 2025 at 15:22 AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote(on_hold_body))
    add("user_reply", False, CASE_A, [CAND_NEW],
        [("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-u1", "gmail")),
         ("In-Reply-To", MID["a-hold"]), ("References", MID["a-ack"] + " " + MID["a-hold"])],
        text(body), note="owner answers the buried question; Gmail quoting")

    w = dt(2025, 3, 9, 9, 16, 10)
    body = """小川は3月10日(月)まで休暇のため不在にしております。
いただいたメールは出社後に確認いたします。
お急ぎの場合はパートナー推進室 partner-desk@tsubame-tech.co.jp までご連絡ください。

I am out of the office until Monday, March 10, with no access to e-mail.
For urgent matters please contact partner-desk@tsubame-tech.co.jp.

小川 真理 / Mari Ogawa
パートナー推進室 / Partner Alliance Office
"""
    add("unrelated", False, None, [],
        [("Received", "from tyo-mail02.tsubame-tech.co.jp (tyo-mail02.tsubame-tech.co.jp [10.20.1.12])\n\tby mx1.tsubame-tech.co.jp (Postfix) with ESMTP id 4Z7F0021AA\n\tfor <%s>; %s" % (ME_C, format_datetime(w))),
         ("From", addr("小川 真理", "m-ogawa@tsubame-tech.co.jp")), ("To", ME_C),
         ("Subject", hdr("自動応答: APNアカウントとの紐付け解除のお願い")),
         ("Date", format_datetime(w)), ("Message-ID", mid("ooo-ogawa", "tsubame-tech.co.jp")),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("In-Reply-To", "<a1b2c3d4.kmoriwaki@tsubame-tech.co.jp>")],
        text(body, cte="base64"), note="out-of-office from the partner alliance lead")


def block_case_a2():
    w = dt(2025, 3, 10, 16, 40, 55)
    body = """Hi Kenji,

Aisha here, I'm covering the case while Daniel is out.

Thanks for letting us know about March 14. I've handed your answer to our Partner Operations team together with the account details, and they've already written to the alliance lead at Tsubame Technologies. Once the association is released on their side the merge can go ahead.

You don't have to do anything at this stage. I'll write again as soon as Partner Operations come back to me.

Warm regards,
Aisha
AWS Training & Certification Support
"""
    add("case_update", False, CASE_A, [],
        tc_headers("a-upd1", w, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-u1", refs=["a-ack", "a-hold", "a-u1"], mailfrom="0100a3@amazonses.com"),
        text(body, charset="us-ascii", cte="7bit"), eol="\r\n", note="passed to another team; explicitly nothing to do")

    w = dt(2025, 3, 10, 19, 0, 0)
    body = """━━━━━━━━━━━━━━━━━━━━━━
 クラウド通信 Weekly  2025年3月10日号
━━━━━━━━━━━━━━━━━━━━━━

▼今週のピックアップ
・転職時に忘れがちな「AWS 認定アカウントの統合」手順まとめ
  サポートへの問い合わせから統合完了まで、実際のやり取りを紹介
・Amazon Bedrock の新モデル提供開始
・GitHub Actions の料金改定について

▼イベント
・3/21(金) JAWS-UG 東京 オンライン勉強会

配信停止：https://cloud-tsushin.jp/unsubscribe?u=58821
"""
    add("unrelated", False, None, [],
        [rcv_google("mail.cloud-tsushin.jp", "203.0.113.77", ME_P, w),
         ar_google("cloud-tsushin.jp", "info@cloud-tsushin.jp", "203.0.113.77", policy="NONE", sel="default"),
         ("From", addr("クラウド通信", "newsletter@cloud-tsushin.jp")), ("To", ME_P),
         ("Subject", hdr("【クラウド通信】AWS 認定アカウント統合の手順まとめ ほか")),
         ("Date", format_datetime(w)), ("Message-ID", mid("tsushin", "cloud-tsushin.jp")),
         ("List-Unsubscribe", "<https://cloud-tsushin.jp/unsubscribe?u=58821>")],
        text(body, cte="8bit"), note="Japanese newsletter, 8bit UTF-8; talks about account merge")

    w = dt(2025, 3, 11, 7, 48, 12)
    body = """Dear Certified Professional,

We have received a request to merge your AWS Certification accounts (reference AWS-TC-88410).

To protect your certification history, the merge must be confirmed within 24 hours. If it is not confirmed, both accounts will be suspended and your certifications will be removed from the Credly platform.

Confirm the account you want to keep here:
http://aws-certification-helpdesk.com/merge/confirm?ref=88410&u=kenji.moriwaki.cloud

If the link does not work, reply to this message with your AWS Builder ID email and password and our team will complete the confirmation for you.

AWS Training & Certification Account Security
"""
    html = "<html><body style='font-family:Arial'>" + p2html(body).replace(
        "http://aws-certification-helpdesk.com/merge/confirm?ref=88410&amp;u=kenji.moriwaki.cloud",
        "<a href='http://aws-certification-helpdesk.com/merge/confirm?ref=88410&u=kenji.moriwaki.cloud'>https://www.aws.training/Certification/MergeConfirm</a>") + "</body></html>"
    add("suspicious", False, None, [],
        [rcv_google("mail.aws-certification-helpdesk.com", "185.199.64.18", ME_P, w),
         ar_google("aws-certification-helpdesk.com", "support@aws-certification-helpdesk.com", "185.199.64.18", policy="NONE", sel="mail"),
         ("From", addr("AWS Training & Certification", "support@aws-certification-helpdesk.com")), ("To", ME_P),
         ("Subject", "Action needed: confirm your AWS Certification account merge"),
         ("Date", format_datetime(w)), ("Message-ID", mid("phish1", "aws-certification-helpdesk.com"))],
        multi("alternative", [text(body), text(html, "html")], "b1_phish_7e21"),
        note="lookalike domain passing its own DKIM; asks for password and confirmation")

    w = dt(2025, 3, 11, 18, 2, 40)
    body = """Hi Kenji,

Some good news on your case: the alliance lead at Tsubame Technologies has released the link between your company certification account and their partner profile. The hold is lifted, and your request has gone back to our account merge team.

They'll be in touch shortly to go over the details with you before anything is combined.

Warm regards,
Aisha
AWS Training & Certification Support
"""
    add("case_update", False, CASE_A, [],
        tc_headers("a-upd2", w, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-upd1", refs=["a-ack", "a-hold", "a-u1", "a-upd1"], mailfrom="0100a4@amazonses.com"),
        text(body), note="hold lifted; announces a future confirmation but asks nothing yet")

    w = dt(2025, 3, 12, 10, 30, 4)
    rows = [("Account #1", CAND_NEW, ME_P, ME_P, ME_P), ("Account #2", CAND_OLD, ME_C, ME_C, ME_C)]
    trs = "".join(
        "<tr><td style='border:1px solid #ccc;padding:6px'><b>%s</b></td><td style='border:1px solid #ccc;padding:6px'>%s</td><td style='border:1px solid #ccc;padding:6px'>%s</td><td style='border:1px solid #ccc;padding:6px'>%s</td><td style='border:1px solid #ccc;padding:6px'>%s</td></tr>" % r
        for r in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kenji,</p>
<p>I'm Priya from the account merge team. I've located both certification accounts and lined up the details below.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th style="border:1px solid #ccc;padding:6px"></th><th style="border:1px solid #ccc;padding:6px">Candidate ID</th><th style="border:1px solid #ccc;padding:6px">Login email</th><th style="border:1px solid #ccc;padding:6px">Training notification email</th><th style="border:1px solid #ccc;padding:6px">Certification notification email</th></tr>
%s
</table>
<p>After the merge, Account #2 is closed for good. Its exam history, active certifications and benefits move to Account #1, and Account #1's sign-in stays as it is.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one to keep? A short reply to this email is all I need.</p>
<p>Kind regards,<br>Priya S.<br>Account Merge Team | AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div></body></html>""" % trs
    add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
        tc_headers("a-conf", w, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-upd2", refs=["a-ack", "a-hold", "a-u1", "a-upd1", "a-upd2"], ses=SES2, mailfrom="0100a5@amazonses.com"),
        text(html, "html"), note="HTML-only table Account #1/#2; ask is a question")

    w = dt(2025, 3, 12, 21, 3, 9, UTC)
    plain = """AWS Skill Builder

Thank you for your order.

Order number: SB-2025-0312-77149
Item: AWS Skill Builder Individual subscription (monthly)
Billing period: March 12, 2025 - April 11, 2025
Amount: USD 29.00 (tax included)
Payment: Visa ending 4821

Your subscription renews automatically each month. Manage it any time at https://skillbuilder.aws/subscriptions

Questions about your order? Visit https://support.aws.amazon.com/#/contacts/aws-training
"""
    add("unrelated", False, None, [],
        [rcv_google("a9-13.smtp-out.amazonses.com", "54.240.9.13", ME_P, w),
         ar_google("skillbuilder.aws", "0100sb@amazonses.com", "54.240.9.13"),
         ("From", addr("AWS Skill Builder", "no-reply@skillbuilder.aws")), ("To", ME_P),
         ("Subject", "Your AWS Skill Builder receipt - Order SB-2025-0312-77149"),
         ("Date", format_datetime(w)), ("Message-ID", mid("sbreceipt", "ses"))],
        multi("alternative", [text(plain), text("<html><body>" + p2html(plain) + "</body></html>", "html")], "sb_rcpt_0312"),
        note="Skill Builder receipt pointing to the T&C contact form")

    w = dt(2025, 3, 13, 9, 30, 0)
    body = """関係各位

情報システム部です。

退職に伴い、以下のアカウントを停止いたします。
必要なメール・ファイルは停止日までに各自で退避してください。

 対象者　：森脇 健二 様
 対象　　：メールアカウント k-moriwaki@tsubame-tech.co.jp、社内ポータル、VPN
 停止日時：2025年3月21日(金) 18:00

停止後は、当該アドレス宛のメールは送信元へエラーとして返送されます。
不明点は情報システム部ヘルプデスク(内線 2100)までお問い合わせください。

情報システム部 ヘルプデスク
"""
    add("unrelated", False, None, [],
        [("Received", "from tyo-mail01.tsubame-tech.co.jp (tyo-mail01.tsubame-tech.co.jp [10.20.1.11])\n\tby mx1.tsubame-tech.co.jp (Postfix) with ESMTP id 4Z8A11B0C3\n\tfor <%s>; %s" % (ME_C, format_datetime(w))),
         ("From", addr("情報システム部 ヘルプデスク", "it-helpdesk@tsubame-tech.co.jp", "iso-2022-jp")), ("To", ME_C),
         ("Cc", "h-tanabe@tsubame-tech.co.jp"),
         ("Subject", hdr("【情報システム部】退職に伴うアカウント停止のお知らせ", "iso-2022-jp")),
         ("Date", format_datetime(w)), ("Message-ID", mid("it-close", "tsubame-tech.co.jp"))],
        text(body, charset="iso-2022-jp", cte="7bit"), eol="\r\n", note="company mailbox closure notice, ISO-2022-JP")

    w = dt(2025, 3, 14, 2, 11, 30, UTC)
    body = """##- Please type your reply above this line -##

Your request (48213) has been solved.

Hi Kenji,

We've rolled out the fix for the duplicated alert notifications to all regions, so I'm going to mark this ticket as solved. If the problem comes back, just reply to this email within 7 days and the ticket will reopen; after that, please open a new request.

Thanks for your patience!

Lukas
Nimbus Monitoring Support

--------------------------------
This email is a service from Nimbus Monitoring. [N8Q2ZK-4R1XP]
"""
    add("unrelated", False, None, [],
        [rcv_corp("mail-out.zendesk.com", "192.161.149.45", ME_C, w), ar_corp("nimbusmon.io", "support@nimbusmon.io"),
         ("From", addr("Lukas (Nimbus Monitoring Support)", "support@nimbusmon.io")), ("To", ME_C),
         ("Subject", "[Nimbus Monitoring] Re: Duplicate alert notifications in ap-northeast-1"),
         ("Date", format_datetime(w)), ("Message-ID", mid("nimbus", "nimbusmon.zendesk.com"))],
        text(body, charset="us-ascii", cte="7bit"), note="other vendor ticket solved, with reopen wording")


CONF_PLAIN = """Hello Kenji,

I'm Priya from the account merge team. I've located both certification accounts and lined up the details below.

Account #1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
Account #2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

After the merge, Account #2 is closed for good. Its exam history, active certifications and benefits move to Account #1, and Account #1's sign-in stays as it is.

Can you confirm that both accounts belong to you and that Account #1 is the one to keep? A short reply to this email is all I need.

Kind regards,
Priya S.
Account Merge Team | AWS Training and Certification""" % (CAND_NEW, ME_P, ME_P, ME_P, CAND_OLD, ME_C, ME_C, ME_C)


def block_case_a3():
    w = dt(2025, 3, 15, 3, 12, 44)
    body = """Hello,

Your request to merge AWS Certification accounts could not be completed because our system was unable to verify the identity of the account holder.

To avoid cancellation of the request and permanent loss of your exam history, sign in through the secure verification page within 12 hours:

https://aws-training-verify.support-portal.co/login?case=174152203300711

You will be asked for your AWS Builder ID email address, password and the one-time code sent to your phone.

Sincerely,
AWS Training and Certification Customer Service
"""
    add("suspicious", False, None, [],
        [("Received", "from vps-51-77.hostmaster.example-cloud.net (vps-51-77.hostmaster.example-cloud.net. [45.137.21.77])\n        by mx.google.com with ESMTP id 6a1803df08f44-6e8f1a2b3c4d\n        for <%s>;\n        %s" % (ME_P, format_datetime(w))),
         ar_google("amazon.com", TC, "45.137.21.77", dkim="fail", spf="fail", dmarc="fail"),
         ("Received-SPF", "fail (google.com: domain of %s does not designate 45.137.21.77 as permitted sender) client-ip=45.137.21.77;" % TC),
         ("From", addr("AWS Training and Certification", TC)), ("To", ME_P),
         ("Subject", "RE:[CASE 174152203300711] [AWS Training and Certification Form Submission] - account-assistance"),
         ("Date", format_datetime(w)), ("Message-ID", "<20250315031244.4f1c9@vps-51-77.hostmaster.example-cloud.net>")],
        text(body), note="genuine-looking From and subject token, but dkim/spf/dmarc fail; credential phishing")

    w = dt(2025, 3, 17, 9, 5, 12)
    body = """Hello Kenji,

I'm following up on case %s.

On March 12 we sent you the details of the two certification accounts and asked you to confirm the merge. We haven't had a reply yet.

We'll keep the case open for three more business days. If there's still no reply by then, it will be closed automatically; answering this email before that keeps it open and lets us complete the merge. I've copied the company address from your original request in case the earlier message didn't reach you.

Best regards,
Tomasz
%s

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, March 12, 2025 10:30 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (CASE_A, SIG_TC, TC, ME_P, CASE_A, CONF_PLAIN)
    closing_body = body
    html = "<html><body><div style='font-family:Calibri,sans-serif'>" + p2html(body) + "</div></body></html>"
    add("closing_notice", True, CASE_A, [],
        tc_headers("a-close", w, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-conf", refs=["a-ack", "a-hold", "a-u1", "a-upd1", "a-upd2", "a-conf"], cc=ME_C, mailfrom="0100a6@amazonses.com"),
        multi("alternative", [text(body), text(html, "html", cte="base64")], "----=_Part_4501877_31002.1741770312"),
        note="closing warning; quotes the confirmation table (ids only in quote)")

    w = dt(2025, 3, 17, 12, 44, 20)
    body = """Confirmed. Please merge to Account #1 (%s).
Sorry for the slow reply, last week was my final week at the office.

Kenji Moriwaki

From: AWS Training and Certification <%s>
Sent: Monday, March 17, 2025 9:05 AM
To: %s
Cc: %s
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s""" % (ME_P, TC, ME_P, ME_C, CASE_A, closing_body)
    add("user_reply", False, CASE_A, [],
        [("From", addr(ME_NAME, ME_C)), ("To", addr("AWS Training and Certification", TC)), ("Cc", ME_P),
         ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-u2", "outlook")),
         ("In-Reply-To", MID["a-close"]), ("References", " ".join(MID[k] for k in ["a-ack", "a-conf", "a-close"])),
         ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtW2kq1m0lXz9bFQ1e5Gw0pT3Yx8A==")],
        text(body), eol="\r\n", note="owner confirms from the company address; top-posted over two levels of history")

    w = dt(2025, 3, 17, 15, 20, 37)
    body = """Hi Kenji,

Thanks for getting back to us.

Your confirmation came from %s, which is the login of the account that will be closed. For security reasons we can only act on a merge confirmation sent from the address of the account being kept, %s.

Send the same confirmation from %s, as a reply to this thread, and I'll complete the merge straight away.

Kind regards,
Priya S.
Account Merge Team | AWS Training and Certification
""" % (ME_C, ME_P, ME_P)
    add("info_request", True, CASE_A, [],
        tc_headers("a-addr", w, ME_C, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-u2", refs=["a-ack", "a-conf", "a-close", "a-u2"], corp=True, mailfrom="0100a7@amazonses.com"),
        text(body), note="wrong-address reply: asks the owner to write from the personal address; no 'please'")

    w = dt(2025, 3, 18, 7, 55, 2)
    body = """Hi Priya,

Writing from my personal address as requested: I confirm that both accounts are mine. Please merge Account #2 (AWS01736042) into Account #1 (AWS04519873) and keep Account #1.

Thanks,
Kenji

On Mon, Mar 17, 2025 at 15:20 AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("""Hi Kenji,

Thanks for getting back to us.

Your confirmation came from %s, which is the login of the account that will be closed. For security reasons we can only act on a merge confirmation sent from the address of the account being kept, %s.

Send the same confirmation from %s, as a reply to this thread, and I'll complete the merge straight away.""" % (ME_C, ME_P, ME_P)))
    add("user_reply", False, CASE_A, [CAND_OLD, CAND_NEW],
        [("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-u3", "gmail")),
         ("In-Reply-To", MID["a-addr"]), ("References", " ".join(MID[k] for k in ["a-ack", "a-conf", "a-close", "a-u2", "a-addr"]))],
        text(body, cte="quoted-printable"), note="owner confirms from personal address")

    w = dt(2025, 3, 18, 10, 31, 50)
    done_body = """Hi Kenji,

Thank you, that's all I needed.

I have successfully merged the two accounts. %s now holds your complete exam history, your active certifications and the benefits that were on the old account. The account registered to %s has been closed.

Credly and the partner profile at Tsubame Technologies can take up to five business days to catch up, so don't worry if your badges show the old details for a little while.

There is nothing else you need to do. If something looks wrong when you sign in, reply here and we'll take another look.

Kind regards,
Priya S.
Account Merge Team | AWS Training and Certification""" % (CAND_NEW, ME_C)
    body = done_body + """

On Tue, Mar 18, 2025 at 7:55, Kenji Moriwaki <%s> wrote:
%s
>
> On Wed, Mar 12, 2025 at 10:30 AM AWS Training and Certification wrote:
%s
""" % (ME_P, quote("Writing from my personal address as requested: I confirm that both accounts are mine."),
       quote(CONF_PLAIN, ">> "))
    html = "<html><body><div style='font-family:Arial;font-size:14px'>" + p2html(done_body) + "</div><blockquote style='border-left:2px solid #ccc;padding-left:8px;color:#555'>" + p2html(CONF_PLAIN) + "</blockquote></body></html>"
    add("resolved", False, CASE_A, [CAND_NEW],
        tc_headers("a-done", w, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-u3", refs=["a-ack", "a-conf", "a-close", "a-u2", "a-addr", "a-u3"], ses=SES2, mailfrom="0100a8@amazonses.com"),
        multi("alternative", [text(body), text(html, "html", cte="base64")], "----=_Part_4529001_77123.1741861910"),
        note="merged; confirmation question quoted below; conditional reply invitation")
    return done_body


def block_case_a4(done_body):
    w = dt(2025, 3, 18, 1, 49, 7, UTC)
    plain = """Kenji, Amazon Web Services Training and Certification has issued you a badge

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge to add it to your profile and share it:
https://www.credly.com/badges/9b0e4c21-5d3f-4a7e-8c66-21f0a9d3be74/accept

Badges you don't accept within 60 days stay private.

Credly, Inc. | 244 5th Avenue, Suite 2245 | New York, NY 10001
"""
    html = """<html><body style="background:#f5f5f5"><table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="badge">
<h2>Kenji, Amazon Web Services Training and Certification has issued you a badge</h2>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/9b0e4c21-5d3f-4a7e-8c66-21f0a9d3be74/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#777">Badges you don't accept within 60 days stay private.<br>Credly, Inc. | 244 5th Avenue, Suite 2245 | New York, NY 10001</p></td></tr></table></body></html>"""
    add("badge", False, None, [],
        [rcv_google("o7.ptr4410.credly.com", "149.72.160.31", ME_P, w),
         ar_google("credly.com", "bounces+4410@em.credly.com", "149.72.160.31", policy="REJECT", sel="s1"),
         ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
         ("Subject", "Kenji, you've been issued a badge by Amazon Web Services Training and Certification"),
         ("Date", format_datetime(w)), ("Message-ID", mid("credly-saa", "credly.com"))],
        multi("alternative", [text(plain), text(html, "html")], "credly_mp_3f8a"),
        note="Credly badge right after the merge")

    w = dt(2025, 3, 19, 4, 0, 0, UTC)
    plain = """Hello Kenji,

Your case %s with AWS Training and Certification was recently resolved.

How satisfied are you with the support you received?
  1 - Very dissatisfied   2   3   4   5 - Very satisfied
Answer here: https://survey.aws-tc-feedback.amazon.com/s/%s

The survey is optional and takes less than two minutes. Replies to this email are not read.

AWS Training and Certification
""" % (CASE_A, CASE_A)
    html = "<html><body>" + p2html(plain) + "</body></html>"
    add("survey", False, CASE_A, [],
        [rcv_google(*SES, ME_P, w), ar_google("amazon.com", "0100svy@amazonses.com", SES[1]),
         ("From", addr("AWS Training and Certification", "aws-tc-survey@amazon.com")), ("To", ME_P),
         ("Subject", "Tell us about your experience with case %s" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-survey", "ses"))],
        multi("alternative", [text(plain), text(html, "html")], "svy_0319_a"),
        note="satisfaction survey after resolution")

    w = dt(2025, 3, 19, 13, 12, 0)
    body = """田辺さん

お疲れさまです。森脇です。
AWS 認定アカウントの個人アドレスへの統合が完了しましたので、共有します。
パートナー推進室の小川さんにも解除対応いただきました。
APN 側の認定者数から私の分が外れると思いますので、ご承知おきください。

森脇

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 18, 2025 10:31 AM
To: %s
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % (TC, ME_P, CASE_A, done_body)
    add("user_reply", False, CASE_A, [],
        [("From", addr("森脇 健二", ME_C)), ("To", addr("田辺 浩", "h-tanabe@tsubame-tech.co.jp")),
         ("Subject", "FW: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-fw", "outlook")),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        text(body, cte="base64"), eol="\r\n", note="owner forwards the completion to his manager; candidate id only in forwarded part")

    w = dt(2025, 3, 20, 16, 45, 0, UTC)
    plain = """AWS Certification wants to hear from you

Hello Kenji,

As an AWS Certified individual, your experience helps shape future exams and benefits. We're running a short study about how certification has affected your career and would value 10 minutes of your time.

Start the study: https://pages.awscloud.com/certification-voice-2025.html

Participation is voluntary. Your answers are confidential and reported only in aggregate.

AWS Certification
"""
    add("certification", False, None, [],
        [rcv_google("mta-07.certmetrics.com", "52.4.117.15", ME_P, w),
         ar_google("certmetrics.com", "bounce@certmetrics.com", "52.4.117.15", policy="NONE", sel="cm1"),
         ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
         ("Subject", "AWS Certification wants to hear from you"),
         ("Date", format_datetime(w)), ("Message-ID", mid("cm-voice", "certmetrics.com"))],
        multi("alternative", [text(plain), text("<html><body>" + p2html(plain) + "</body></html>", "html")], "cm_voice_25"),
        note="program research invitation from certmetrics: certification, not a case survey")

    w = dt(2025, 3, 24, 8, 3, 31)
    report = """This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     %s

Technical details of permanent failure:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[mx1.tsubame-tech.co.jp 203.0.113.45: 550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table]
""" % (ME_C, ME_C)
    dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 24 Mar 2025 08:03:27 +0900
Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tsubame-tech.co.jp. (203.0.113.45)
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table
""" % (ME_C, ME_C)
    orig = """From: Kenji Moriwaki <%s>
To: %s
Subject: =?UTF-8?B?6Ki85piO5pu4UERG?=
Date: Mon, 24 Mar 2025 08:03:25 +0900
Message-ID: <CAHX9kQ2mP0oTTY1z7rLb@mail.gmail.com>
""" % (ME_P, ME_C)
    part = multi("report", [text(report, charset="us-ascii", cte="7bit"),
                            ([("Content-Type", "message/delivery-status")], dsn),
                            ([("Content-Type", "text/rfc822-headers")], orig)], "000000000000bounce5a1f")
    part = ([("Content-Type", 'multipart/report; boundary="000000000000bounce5a1f"; report-type=delivery-status')], part[1])
    add("unrelated", False, None, [],
        [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Date", format_datetime(w)), ("Message-ID", mid("bounce", "mx.google.com")),
         ("Auto-Submitted", "auto-replied")],
        part, note="bounce from the closed company mailbox")

    w = dt(2025, 3, 24, 12, 20, 15)
    body = """Hello Priya,

Sorry to come back to this. Almost everything moved over nicely, but the 50%% exam discount from the old account is missing. The Benefits page of AWS04519873 shows no voucher at all, while the old account had one valid until September 30, 2025. Could you check what happened to it?

Thank you,
Kenji

On Tue, Mar 18, 2025 at 10:31 AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(done_body))
    add("user_reply", False, CASE_A, [CAND_NEW],
        [("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-u4", "gmail")),
         ("In-Reply-To", MID["a-done"]), ("References", " ".join(MID[k] for k in ["a-ack", "a-conf", "a-u3", "a-done"]))],
        text(body), note="owner reopens the resolved case about a missing voucher")

    w = dt(2025, 3, 24, 15, 2, 8)
    body = """Hello Kenji,

Your case %s has been reopened following your latest message.

Because your question concerns certification benefits, I've transferred the case to our Benefits team, who manage exam vouchers and discounts. One of them will pick it up within one to two business days.

Thank you,
Priya S.
Account Merge Team | AWS Training and Certification
""" % CASE_A
    add("case_update", False, CASE_A, [],
        tc_headers("a-reopen", w, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-u4", refs=["a-ack", "a-done", "a-u4"], mailfrom="0100a9@amazonses.com"),
        text(body, charset="us-ascii", cte="7bit"), note="reopened and transferred to another team")


CONSOLE_FOOT = """
To see the full case history or to add a correspondence, open the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this notification comes from a send-only address. Messages sent to it are not delivered to AWS Support, so reply through the Support Center link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


def console_headers(key, when, subject, reply_to_key=None, refs=None):
    h = [rcv_google(*SES, ME_P, when), ar_google("amazon.com", "0100con@amazonses.com", SES[1]),
         ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
         ("Subject", subject), ("Date", format_datetime(when)), ("Message-ID", mid(key, "ses"))]
    if reply_to_key:
        h += [("In-Reply-To", MID[reply_to_key]), ("References", " ".join(MID[k] for k in (refs or [reply_to_key])))]
    return h


def block_case_a5():
    w = dt(2025, 3, 25, 9, 47, 30)
    body = """Hello Kenji,

My name is Keisha and I work on the Benefits team. I've taken over your case from Priya.

Some background first. Benefits are stored against the individual certification record rather than the account, and during a merge only benefits that are still tied to an active certification are carried across automatically. On the archived profile I can see two benefit records: a 50%% exam discount that was never redeemed, and a practice exam voucher that was used in 2023. The discount wasn't moved because the certification it was linked to had been replaced by a newer one on the same day.

I can re-create the discount on your current account, but I first have to attach it to the right certification. Do you remember which exam you passed when you received it? Judging by the dates it was either the Solutions Architect - Associate recertification or the Security - Specialty exam, both in November 2024, and the expiry date alone doesn't tell me which.

Best,
Keisha M.
Benefits Team | AWS Training and Certification
"""
    add("info_request", True, CASE_A, [],
        tc_headers("a-ben", w, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-reopen", refs=["a-ack", "a-done", "a-u4", "a-reopen"], ses=SES2, mailfrom="0100a10@amazonses.com"),
        text(body, cte="quoted-printable"), eol="\r\n",
        note="question buried after a long explanation; no 'please'")

    w = dt(2025, 3, 24, 23, 2, 16, PDT)
    body = """Hello,

Thank you for contacting AWS Educate. I'm looking into your request to transfer your study group's AWS Educate classroom to a new organizer.

Could you confirm the name of the institution or community the classroom is registered under, and the email address of the person who should become the new organizer? Once I have those, I can move it.

Best regards,
Hannah
AWS Educate Support
"""
    add("unrelated", False, None, [],
        [rcv_google(*SES, ME_P, w), ar_google("amazon.com", "0100edu@amazonses.com", SES[1]),
         ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")), ("To", ME_P),
         ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - classroom-management" % CASE_ED),
         ("Date", format_datetime(w)), ("Message-ID", mid("educate", "ses"))],
        text(body), note="AWS Educate form case asking a question: other program -> unrelated, no reply flag")

    w = dt(2025, 3, 25, 21, 40, 9)
    body = """Hi Keisha,

Thanks for the explanation. It was the Security - Specialty exam on November 14, 2024; the discount showed up in my Benefits a day or two after that result. The Solutions Architect recertification was a week later.

If it helps: I've already booked DVA-C02 for April 12 through Pearson VUE to renew the Developer certification and paid for it in full, so I'd keep the discount for a later exam. The booking itself doesn't need to change.

Regards,
Kenji Moriwaki
"""
    body += "\n> " + "\n> ".join(["-----Original Message-----", "From: AWS Training and Certification <%s>" % TC,
                                   "Sent: Tuesday, March 25, 2025 9:47 AM",
                                   "", "Do you remember which exam you passed when you received it?"]) + "\n"
    add("user_reply", False, CASE_A, [],
        [("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
         ("Date", format_datetime(w)), ("Message-ID", mid("a-u5", "gmail")),
         ("In-Reply-To", MID["a-ben"]), ("References", " ".join(MID[k] for k in ["a-ack", "a-done", "a-u4", "a-reopen", "a-ben"]))],
        text(body, cte="8bit"), note="owner answers the benefits question; 9-digit-free")

    w = dt(2025, 3, 27, 10, 15, 44)
    body = """Hi Kenji,

Thanks, that settled it.

I've issued a new 50%% exam discount on your account %s, linked to your AWS Certified Security - Specialty certification. It keeps the original expiry date of September 30, 2025 and is already visible on the Benefits page. Your April 12 booking is untouched.

With that, your request is complete and I'm closing the case. Should you notice anything else missing, you're welcome to write back on this thread.

Best,
Keisha M.
Benefits Team | AWS Training and Certification
""" % CAND_NEW
    html = """<html><body><p>Hi Kenji,</p><p>Thanks, that settled it.</p>
<table style="border:1px solid #d5dbdb;border-collapse:collapse"><tr><td style="padding:4px 10px">Account</td><td style="padding:4px 10px">%s</td></tr>
<tr><td style="padding:4px 10px">Benefit</td><td style="padding:4px 10px">50%% exam discount</td></tr>
<tr><td style="padding:4px 10px">Linked certification</td><td style="padding:4px 10px">AWS Certified Security - Specialty</td></tr>
<tr><td style="padding:4px 10px">Expires</td><td style="padding:4px 10px">September 30, 2025</td></tr></table>
<p>It is already visible on the Benefits page. Your April 12 booking is untouched.</p>
<p>With that, your request is complete and I'm closing the case. Should you notice anything else missing, you're welcome to write back on this thread.</p>
<p>Best,<br>Keisha M.<br>Benefits Team | AWS Training and Certification</p></body></html>""" % CAND_NEW
    add("resolved", False, CASE_A, [CAND_NEW],
        tc_headers("a-ben-done", w, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                   reply_to_key="a-u5", refs=["a-ack", "a-done", "a-u4", "a-reopen", "a-ben", "a-u5"], mailfrom="0100a11@amazonses.com"),
        multi("alternative", [text(body), text(html, "html")], "----=_Part_4612203_55401.1743038144"),
        note="voucher re-issued; html has the id only in a table cell")

    w = dt(2025, 3, 28, 6, 20, 2)
    body = """Hi Kenji,

We detected unusual activity on your Credly account following a recent change to your issuer profile (Amazon Web Services Training and Certification).

To keep your badges, verify your account within 48 hours. Unverified accounts will have all badges revoked.

Verify now: https://credly-badgecenter.com/verify?k=moriwaki

Thank you,
The Credly Team
"""
    add("suspicious", False, None, [],
        [rcv_google("smtp.credly-badgecenter.com", "91.215.85.140", ME_P, w),
         ar_google("credly-badgecenter.com", "admin@credly-badgecenter.com", "91.215.85.140", policy="NONE", sel="default"),
         ("From", addr("Credly", "admin@credly-badgecenter.com")), ("Reply-To", "verify@credly-badgecenter.com"), ("To", ME_P),
         ("Subject", "Action required: verify your Credly account to keep your badges"),
         ("Date", format_datetime(w)), ("Message-ID", mid("phish-credly", "credly-badgecenter.com"))],
        multi("alternative", [text(body), text("<html><body>" + p2html(body) + "</body></html>", "html")], "crd_ph_0328"),
        note="Credly lookalike domain")

    w = dt(2025, 3, 28, 13, 20, 31)
    body = """Dear AWS customer,

We've opened case %s in response to your request.

Subject: Limit increase request: EC2 On-Demand Standard instances, ap-northeast-1
Severity: General guidance
Account: 482019375521

We will respond as soon as possible. Most service limit increases are handled within two business days.
%s""" % (CASE_Q, CONSOLE_FOOT % CASE_Q)
    add("unrelated", False, None, [],
        console_headers("q-ack", w, "Amazon Web Services: New Support case: %s" % CASE_Q),
        text(body), note="console case about a service quota (not Training and Certification)")


# ---------------------------------------------------------------- 2025: console case C, Japanese case D
def block_c_d1():
    subj_c = "RE:[CASE %s] Exam history missing 2019 Developer - Associate exam after account merge" % CASE_C
    w = dt(2025, 4, 1, 10, 5, 41)
    body = """Dear AWS customer,

We've opened case %s in response to your request.

Subject: Exam history missing 2019 Developer - Associate exam after account merge
Severity: General guidance
Service: Account and billing / Training and Certification

A member of our team will get back to you soon.
%s""" % (CASE_C, CONSOLE_FOOT % CASE_C)
    add("acknowledgement", False, CASE_C, [],
        console_headers("c-ack", w, "Amazon Web Services: New Support case: %s" % CASE_C),
        text(body), note="Support Center case opened; send-only footer")

    w = dt(2025, 4, 2, 11, 30, 2)
    body = """Hello,

Thank you for your patience while I researched this.

I checked certification account %s. Its exam history lists your Solutions Architect - Associate exams and the Security - Specialty exam, but not the Developer - Associate (DVA-C01) exam from 2019. Exams delivered before our 2020 platform migration were sometimes stored only in the testing vendor's legacy records, which is most likely what happened here.

To trace the record I need the following, added as a reply to this case in the Support Center:
1. The approximate date of the exam
2. The test center city, or whether you took it online
3. If you still have it, the score report or the Pearson VUE confirmation (a PDF attachment is fine)

Once I have these I'll ask the records team to restore the entry.

Best regards,
Arjun K.
Amazon Web Services
%s""" % (CAND_NEW, CONSOLE_FOOT % CASE_C)
    add("info_request", True, CASE_C, [CAND_NEW],
        console_headers("c-req", w, subj_c, "c-ack"),
        text(body), note="console case: must answer in the Support Center, not by email")

    w = dt(2025, 4, 3, 19, 12, 55)
    plain = """森脇さん

平野です。お久しぶりです!
4月の JAWS-UG の LT 枠、まだ空きがあるみたいです。
転職の話(認定アカウントの引っ越しとか)、ネタとしてちょうどいいと思うので
よかったら出てみませんか?

締切は 4/10 です。

平野
"""
    html = '<div dir="ltr">' + "<br>\n".join(html_escape(l) for l in plain.strip().split("\n")) + "</div>"
    add("unrelated", False, None, [],
        [rcv_google("mail-sor-f41.google.com", "209.85.220.41", ME_P, w),
         ar_google("gmail.com", "yusuke.hirano.84@gmail.com", "209.85.220.41", policy="NONE", sel="20230601"),
         ("From", addr("Yusuke Hirano", "yusuke.hirano.84@gmail.com")), ("To", ME_P),
         ("Subject", hdr("JAWS-UG の LT どうですか")),
         ("Date", format_datetime(w)), ("Message-ID", mid("hirano", "gmail"))],
        multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")], "000000000000a1b2c3d4e5f60718"),
        note="friend asks a question; not support")

    w = dt(2025, 4, 5, 11, 31, 0)
    body = """Hello,

We haven't heard back from you on case %s since our message of April 2 asking for the exam details.

If we don't receive a response, this case will be resolved automatically in 3 days. After that you can still reopen it by adding a correspondence in the Support Center within 14 days.

Best regards,
Amazon Web Services
%s""" % (CASE_C, CONSOLE_FOOT % CASE_C)
    add("closing_notice", True, CASE_C, [],
        console_headers("c-close", w, subj_c, "c-req", ["c-ack", "c-req"]),
        text(body), note="console auto-resolve warning; answer goes through the console")

    w = dt(2025, 4, 7, 9, 20, 14)
    body = """Hello,

Thank you for adding the exam date and the score report to the case.

I've passed everything to our certification records team. They need to retrieve the 2019 result from the testing vendor's archive, which usually takes three to five business days. I'll update this case as soon as I hear from them.

Best regards,
Arjun K.
Amazon Web Services
%s""" % (CONSOLE_FOOT % CASE_C)
    add("case_update", False, CASE_C, [],
        console_headers("c-upd", w, subj_c, "c-close", ["c-ack", "c-req", "c-close"]),
        text(body), note="still working, handed to another team")

    w = dt(2025, 4, 7, 21, 4, 2)
    body = """森脇 健二 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース番号 %s にて承りました。

【ご入力内容】
お問い合わせタイプ：認定
その他の詳細：認定証
AWS 候補 ID：%s
内容：アカウント統合後、認定証と Credly の氏名が「MORIWAKI KENJI」と姓名逆順で表示されます。
「Kenji Moriwaki」への修正をお願いします。

通常 24 時間以内に担当者よりご連絡いたします。お問い合わせ内容によっては、回答までにお時間をいただく場合がございます。
本件について追加の情報がある場合は、新しいお問い合わせを作成せず、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CAND_NEW)
    add("acknowledgement", False, CASE_D, [CAND_NEW],
        tc_headers("d-ack", w, ME_P, hdr("[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定証の氏名" % CASE_D, "iso-2022-jp"),
                   mailfrom="0100d1@amazonses.com"),
        text(body, charset="iso-2022-jp", cte="7bit"), note="Japanese ack, ISO-2022-JP; candidate id in form echo")

    w = dt(2025, 4, 8, 10, 12, 33)
    body = """Hello,

Good news: the records team located your 2019 AWS Certified Developer - Associate (DVA-C01) result in the testing vendor's archive, and it now appears in the exam history of %s.

Since the original request is resolved, I'm marking this case as resolved. If you need anything else related to it, you can reopen it from the Support Center within 14 days.

Was this answer helpful? Rate it with the stars at the top right of this correspondence in the Support Center; your rating goes directly to the support team.

Best regards,
Arjun K.
Amazon Web Services
%s""" % (CAND_NEW, CONSOLE_FOOT % CASE_C)
    add("resolved", False, CASE_C, [CAND_NEW],
        console_headers("c-done", w, subj_c, "c-upd", ["c-ack", "c-req", "c-close", "c-upd"]),
        text(body), note="console resolution with rating footer and conditional reopen")

    w = dt(2025, 4, 8, 14, 10, 26)
    d_req = """森脇 健二 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

認定証のお名前の表記について確認いたしました。アカウント統合の際、旧アカウントに登録されていた姓と名の項目が入れ替わった状態で引き継がれたものと考えられます。

修正にあたり、お手数ではございますが、試験当日にご提示いただく本人確認書類(パスポート等)に記載されているとおりのローマ字氏名を、名・姓の順に本メールへご返信にてお知らせいただけますでしょうか。
ミドルネームをお持ちの場合は、あわせてご記載くださいますようお願いいたします。

ご確認のほど、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス"""
    add("info_request", True, CASE_D, [],
        tc_headers("d-req", w, ME_P, hdr("RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定証の氏名" % CASE_D, "iso-2022-jp"),
                   reply_to_key="d-ack", ses=SES2, mailfrom="0100d2@amazonses.com"),
        text(d_req + "\n", charset="shift_jis", cte="base64"), note="Japanese keigo request, Shift_JIS base64")
    return d_req


def block_d2(d_req):
    subj_d = hdr("RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定証の氏名" % CASE_D, "iso-2022-jp")
    w = dt(2025, 4, 8, 20, 31, 7)
    body = """佐藤様

ご連絡ありがとうございます。森脇です。

パスポートの記載どおり、名：KENJI、姓：MORIWAKI です。
ミドルネームはありません。

お手数をおかけしますが、よろしくお願いいたします。

森脇 健二

2025/04/08 14:10、AWS Training and Certification より:
%s
""" % quote(d_req)
    add("user_reply", False, CASE_D, [],
        [("From", addr("森脇 健二", ME_P, "iso-2022-jp")), ("To", addr("AWS Training and Certification", TC)),
         ("Subject", subj_d), ("Date", format_datetime(w)), ("Message-ID", mid("d-u1", "gmail")),
         ("In-Reply-To", MID["d-req"]), ("References", MID["d-ack"] + " " + MID["d-req"]),
         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0")],
        text(body, charset="iso-2022-jp", cte="7bit"), note="owner's Japanese reply, 'より:' quote header, ISO-2022-JP")

    w = dt(2025, 4, 9, 11, 0, 45)
    body = """森脇 健二 様

ご返信いただき、ありがとうございます。佐藤でございます。

お知らせいただいた氏名「Kenji Moriwaki」で修正を依頼いたしました。
認定証の氏名は、試験配信パートナーである Pearson VUE 側のプロフィール情報と連動しているため、現在は同社での更新処理の完了を待っている状況でございます。
通常は数営業日ほどで完了いたします。更新が確認でき次第、あらためてご連絡いたします。

現時点で、お客様に追加でご対応いただくことはございません。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    add("on_hold", False, CASE_D, [],
        tc_headers("d-hold", w, ME_P, subj_d, reply_to_key="d-u1", refs=["d-ack", "d-req", "d-u1"], mailfrom="0100d3@amazonses.com"),
        text(body, cte="quoted-printable"), note="waiting on the exam vendor; explicitly nothing to do")

    w = dt(2025, 4, 9, 18, 2, 0)
    plain = """Hello,

Your AWS Support case %s was recently resolved. Tell us how we did: it takes about a minute.

How would you rate your overall experience with AWS Support on this case?
https://console.aws.amazon.com/support/feedback?caseId=%s

Thank you,
AWS Support
""" % (CASE_C, CASE_C)
    add("survey", False, CASE_C, [],
        console_headers("c-survey", w, "How did we do? AWS Support case %s" % CASE_C),
        multi("alternative", [text(plain), text("<html><body>" + p2html(plain) + "</body></html>", "html")], "svy_c_0409"),
        note="console case survey")

    w = dt(2025, 4, 10, 12, 0, 0)
    html = """<html><body style="margin:0"><table width="600" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:14px;font-size:18px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:20px">
<h2 style="font-size:20px">【AWS Skill Builder】4 月の新着コースのご案内</h2>
<p>生成 AI、セキュリティ、データ分析の分野で日本語コースを 12 本追加しました。</p>
<table style="border-collapse:collapse"><tr><td style="padding:6px;border-bottom:1px solid #ddd">Amazon Bedrock 入門</td><td style="padding:6px;border-bottom:1px solid #ddd">60 分</td></tr>
<tr><td style="padding:6px;border-bottom:1px solid #ddd">AWS Certified Security - Specialty 試験対策</td><td style="padding:6px;border-bottom:1px solid #ddd">4 時間</td></tr>
<tr><td style="padding:6px;border-bottom:1px solid #ddd">データレイク設計のベストプラクティス</td><td style="padding:6px;border-bottom:1px solid #ddd">90 分</td></tr></table>
<p>ご不明な点がございましたら、AWS Skill Builder のヘルプページをご覧ください。</p>
<p style="font-size:11px;color:#777">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>から設定を変更してください。</p></td></tr></table></body></html>"""
    add("unrelated", False, None, [],
        [rcv_google("a9-100.smtp-out.amazonses.com", "54.240.9.100", ME_P, w),
         ar_google("amazon.com", "0100mkt2@mail.awscloud.com", "54.240.9.100"),
         ("From", addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
         ("Subject", hdr("【AWS Skill Builder】4 月の新着コースのご案内")),
         ("Date", format_datetime(w)), ("Message-ID", mid("sb-mkt", "ses"))],
        text(html, "html", cte="base64"), note="marketing with T&C display name, HTML-only base64, 'ございましたら'")

    w = dt(2025, 4, 11, 16, 45, 12)
    body = """森脇 健二 様

佐藤でございます。お待たせいたしました。

Pearson VUE 側の更新が完了し、認定証および Credly のバッジに表示されるお名前を「Kenji Moriwaki」に修正いたしました。新しい認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。

以上をもちまして、本件は解決とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
%s
""" % quote(d_req)
    add("resolved", False, CASE_D, [],
        tc_headers("d-done", w, ME_P, subj_d, reply_to_key="d-hold", refs=["d-ack", "d-req", "d-u1", "d-hold"],
                   ses=SES2, mailfrom="0100d4@amazonses.com"),
        multi("alternative", [text(body, charset="iso-2022-jp", cte="7bit"),
                              text("<html><body>" + p2html(body) + "</body></html>", "html", cte="base64")],
              "----=_Part_4720339_11209.1744357512"),
        note="Japanese resolution; quoted keigo request below; conditional 〜ございましたら")

    w = dt(2025, 4, 12, 7, 2, 50)
    body = """Dear Candidate,

We were unable to process the payment for your upcoming AWS Certification exam appointment (Registration 483920175). Your appointment will be cancelled automatically unless you update your payment details today.

Update payment: https://pearsonvue-notice.com/aws/payment?r=483920175

Pearson VUE Customer Service
"""
    add("suspicious", False, None, [],
        [rcv_google("mx.pearsonvue-notice.com", "5.181.80.66", ME_P, w),
         ar_google("pearsonvue-notice.com", "noreply@pearsonvue-notice.com", "5.181.80.66", policy="NONE", sel="k1"),
         ("From", addr("Pearson VUE", "noreply@pearsonvue-notice.com")), ("To", ME_P),
         ("Subject", "URGENT: Your AWS exam appointment will be cancelled"),
         ("Date", format_datetime(w)), ("Message-ID", mid("phish-pv", "pearsonvue-notice.com"))],
        text(body), note="exam-vendor lookalike on exam day")

    w = dt(2025, 4, 12, 9, 0, 0)
    plain = """森脇 健二 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。

ケース %s の対応について、アンケートへのご協力をお願いいたします。
所要時間は 1 分ほどです。

https://survey.aws-tc-feedback.amazon.com/s/%s?lang=ja

いただいたご意見は、サービス品質の向上に活用させていただきます。
※本メールは送信専用アドレスから送信しています。
""" % (CASE_D, CASE_D)
    add("survey", False, CASE_D, [],
        [rcv_google(*SES, ME_P, w), ar_google("amazon.com", "0100svyjp@amazonses.com", SES[1]),
         ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com")), ("To", ME_P),
         ("Subject", hdr("アンケートご協力のお願い(ケース %s)" % CASE_D)),
         ("Date", format_datetime(w)), ("Message-ID", mid("d-survey", "ses"))],
        text(plain, cte="quoted-printable"), note="Japanese survey")

    w = dt(2025, 4, 13, 2, 30, 0, UTC)
    plain = """Congratulations, Kenji!

You've successfully recertified your AWS Certified Developer - Associate certification.

Candidate ID: %s
New expiration date: April 12, 2028

Your updated certificate is available in your AWS Certification account, and your digital badge will be updated on Credly shortly.

AWS Certification
""" % CAND_NEW
    add("certification", False, None, [CAND_NEW],
        [rcv_google("mta-07.certmetrics.com", "52.4.117.15", ME_P, w),
         ar_google("certmetrics.com", "bounce@certmetrics.com", "52.4.117.15", policy="NONE", sel="cm1"),
         ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
         ("Subject", "You've recertified: AWS Certified Developer - Associate"),
         ("Date", format_datetime(w)), ("Message-ID", mid("cm-recert", "certmetrics.com"))],
        multi("alternative", [text(plain), text("<html><body>" + p2html(plain) + "</body></html>", "html")], "cm_recert_0413"),
        note="recertification notice")

    w = dt(2025, 4, 13, 3, 15, 0, UTC)
    plain = """Kenji, your badge has been renewed

Amazon Web Services Training and Certification renewed your badge:
AWS Certified Developer - Associate
New expiration: April 12, 2028

See your badge: https://www.credly.com/badges/5ad3e0f7-2b91-4c6c-9e1a-7f3c2d8b9a40

Credly, Inc. | 244 5th Avenue, Suite 2245 | New York, NY 10001
"""
    add("badge", False, None, [],
        [rcv_google("o7.ptr4410.credly.com", "149.72.160.31", ME_P, w),
         ar_google("credly.com", "bounces+4410@em.credly.com", "149.72.160.31", policy="REJECT", sel="s1"),
         ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
         ("Subject", "Your AWS Certified Developer - Associate badge has been renewed"),
         ("Date", format_datetime(w)), ("Message-ID", mid("credly-dva", "credly.com"))],
        multi("alternative", [text(plain), text("<html><body>" + p2html(plain) + "</body></html>", "html")], "credly_mp_7c21"),
        note="badge renewal")

    w = dt(2025, 4, 15, 1, 2, 11, UTC)
    body = """Hello Kenji,

We have not heard from you regarding case 2504150030004321 (Microsoft Learn profile: certification transcript not visible). As we did not receive a reply to our last two messages, this case has been closed.

If you still need help, reply to this email within 7 days and your case will be reopened with the same engineer.

Sincerely,
Microsoft Certification Support
"""
    add("unrelated", False, None, [],
        [rcv_google("mail-out.support.microsoft.com", "40.107.22.51", ME_P, w),
         ar_google("microsoft.com", "support@mail.support.microsoft.com", "40.107.22.51", policy="REJECT", sel="selector2"),
         ("From", addr("Microsoft Support", "support@mail.support.microsoft.com")), ("To", ME_P),
         ("Subject", "[Case 2504150030004321] Your case has been closed"),
         ("Date", format_datetime(w)), ("Message-ID", mid("msft", "mail.support.microsoft.com"))],
        text(body), note="other vendor's closing notice with a 16-digit case number")


def main():
    block_2021()
    block_2025_pre()
    block_case_a1()
    block_case_a2()
    done = block_case_a3()
    block_case_a4(done)
    block_case_a5()
    d_req = block_c_d1()
    block_d2(d_req)
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = {}
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["label"]["needs_reply"])))


if __name__ == "__main__":
    main()
