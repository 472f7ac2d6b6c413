#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml / NNN-slug.json pairs and README.md into the directory this
script lives in. One mailbox owner (personal + old company address).
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.tsujimura.84@gmail.com"
ME_C = "k.tsujimura@hoshikawa-cloud.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

C21 = "6893124507"        # 10 digits, 2021
C23 = "12843307715"       # 11 digits, 2023 console case
CA = "174598342100288"    # 15 digits, main merge case
CB = "174598397700614"    # 15 digits, duplicate form submission
CD = "175012034500977"    # 15 digits, Japanese name-spelling case
CE = "175735517200153"    # 15 digits, Partner Central SSO account

ID_OLD = "AWS01736482"    # company certification account
ID_DUP = "AWS02258814"    # stray duplicate merged in 2021
ID_NEW = "AWS03391057"    # personal certification account
ID_SSO = "AWS04410263"    # partner-central SSO account

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "utf-8": "utf-8", "us-ascii": "ascii"}


# ----------------------------------------------------------------- helpers
def h(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), mail)


def encode_text(text, charset):
    codec = CODECS[charset]
    if charset == "iso-2022-jp":
        # encode line by line so every line returns to ASCII
        return b"\n".join(l.encode(codec) for l in text.split("\n"))
    return text.encode(codec)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    raw = encode_text(text, charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    return hdrs, body


def rawpart(ctype, text, cte=None):
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    body = text.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdrs, body


def multi(subtype, parts, boundary, extra=""):
    hdrs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))]
    out = b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + pb
    out += b"--" + boundary.encode() + b"--\n"
    return hdrs, out


def alt(text, html, charset="utf-8", cte="quoted-printable", n=0):
    return multi("alternative",
                 [leaf(text, "plain", charset, cte), leaf(html, "html", charset, cte)],
                 "----=_Part_%d_%s" % (n, hashlib.md5(text.encode()).hexdigest()[:12]))


def hx(seed, k=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:k]


def mid_ses(seed):
    x = hashlib.sha1(seed.encode()).hexdigest()
    return "<01000%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:11], x[11:19], x[19:23], x[23:27], x[27:39])


def mid_gmail(seed):
    x = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    x = x.replace("/", "_").replace("+", "-").rstrip("=")
    return "<CAJ%s@mail.gmail.com>" % x[:40]


def mid_outlook(seed):
    x = hashlib.md5(seed.encode()).hexdigest().upper()
    return "<TYCPR01MB8421%s@TYCPR01MB8421.jpnprd01.prod.outlook.com>" % x[:18]


def mid_generic(seed, domain):
    return "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "x", 8), domain)


def auth_gmail(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", pol="p=QUARANTINE sp=QUARANTINE dis=NONE", ip="54.240.27.56"):
    return ("mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s%s header.from=%s"
            % (dkim, dom, "224i4yxa5dv7c2xz3womw6peuasteono" if dom == "amazon.com" else "s1",
               hx(mailfrom, 8), spf, mailfrom.split("@")[-1], "designates" if spf == "pass" else "does not designate", ip, mailfrom, dmarc, (" (%s)" % pol) if pol else "", dom))


def auth_o365(dom, mailfrom_dom, dkim="pass", dmarc="pass", ip="54.240.8.21"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (ip, mailfrom_dom, dkim, dom, dmarc, dom))


MESSAGES = []


def add(date, frm, to, subject, body, label, note, cc=None, msgid=None,
        irt=None, refs=None, extra=None, subj_charset="utf-8", crlf=False,
        auth=None, auth_o=None, returnpath=None, mailer=None):
    MESSAGES.append(dict(date=date, frm=frm, to=to, subject=subject, body=body,
                         label=label, note=note, cc=cc, msgid=msgid, irt=irt,
                         refs=refs, extra=extra or [], subj_charset=subj_charset,
                         crlf=crlf, auth=auth, auth_o=auth_o, returnpath=returnpath,
                         mailer=mailer))


def L(kind, needs=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def tc_subj(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_TC) if re == "RE:" else "%s [CASE %s] %s" % (re.strip(), case, SUBJ_TC)


M = {}  # message ids by key

# =================================================================== 2021
# Case C21: two certification accounts under the company address
M["a1"] = mid_ses("a1")
add(dt.datetime(2021, 3, 8, 9, 14, 22, tzinfo=UTC),
    addr("Amazon Web Services", TC), ME_C, tc_subj(C21),
    leaf("""Hello,

Thank you for contacting Amazon Web Services. We have opened case 6893124507 to address your request. The details of your case are as follows:

Case ID: 6893124507
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Tsujimura
Email: k.tsujimura@hoshikawa-cloud.co.jp
Message: I seem to have two certification accounts under the same email address. My Credly badges stopped updating after my last exam. Please merge them into one.

We normally respond within 24 hours, but it may take longer to find the best resolution. Please do not open a new case for the same request, as this may delay our reply.

Best regards,
Amazon Web Services
""", charset="us-ascii", cte="7bit"),
    L("acknowledgement", False, C21), "2021 ack, 10-digit case; 'Please do not open a new case' is an imperative that is not an ask; CRLF",
    msgid=M["a1"], crlf=True,
    auth_o=auth_o365("amazon.com", "amazonses.com"))

M["a2"] = mid_ses("a2")
add(dt.datetime(2021, 3, 9, 9, 2, 5, tzinfo=UTC),
    addr("Amazon Web Services", TC), ME_C, tc_subj(C21, "RE: "),
    leaf("""Hi Kenta,

I found one certification profile under k.tsujimura@hoshikawa-cloud.co.jp -- AWS02258814 -- but the exam history you describe isn't on it, so there must be a second one that my search doesn't return because of the way it was created.

What's the candidate ID shown on the other account? You'll see it in the top right corner after signing in; it starts with "AWS".

Thanks,
Daniel R.
AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"),
    L("info_request", True, C21, [ID_DUP]), "Bare question for a candidate ID, no 'please'; one ID in the body already",
    msgid=M["a2"], irt=M["a1"], refs=[M["a1"]],
    auth_o=auth_o365("amazon.com", "amazonses.com"))

M["a3"] = mid_outlook("a3")
a3_text = """Hi Daniel,

The other one is AWS01736482. That is the account with my Solutions Architect and Developer exam history, so that is the one I would like to keep.

Regards,
Kenta Tsujimura
Hoshikawa Cloud Solutions Inc.
Cloud Integration Dept.

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 9, 2021 6:02 PM
To: k.tsujimura@hoshikawa-cloud.co.jp
Subject: RE: [CASE 6893124507] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,

I found one certification profile under k.tsujimura@hoshikawa-cloud.co.jp -- AWS02258814 -- but the exam history you describe isn't on it, so there must be a second one that my search doesn't return because of the way it was created.

What's the candidate ID shown on the other account? You'll see it in the top right corner after signing in; it starts with "AWS".

Thanks,
Daniel R.
AWS Training and Certification Customer Service
"""
a3_html = "<html><body><div style=\"font-family:Calibri\">" + a3_text.replace("\n", "<br>\n") + "</div></body></html>"
add(dt.datetime(2021, 3, 9, 18, 31, 40, tzinfo=JST),
    addr("Tsujimura Kenta", ME_C), addr("Amazon Web Services", TC), tc_subj(C21, "RE: "),
    alt(a3_text, a3_html, n=3),
    L("user_reply", False, C21, [ID_OLD]), "User answer in Outlook style; quoted question with the other ID under '-----Original Message-----'",
    msgid=M["a3"], irt=M["a2"], refs=[M["a1"], M["a2"]], mailer="Microsoft Outlook 16.0")

M["a4"] = mid_ses("a4")
add(dt.datetime(2021, 3, 10, 2, 47, 13, tzinfo=UTC),
    addr("Amazon Web Services", TC), ME_C, tc_subj(C21, "RE: "),
    leaf("""Hi Kenta,

Thanks, that one turned up straight away.

Just so we're on the same page before I touch anything: AWS02258814 gets folded into AWS01736482, and AWS01736482 is the account you keep using from now on. Is that right?

Daniel R.
AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"),
    L("confirmation_request", True, C21, [ID_DUP, ID_OLD]), "Casual merge-direction check ending in 'Is that right?', no Account #1/#2 listing",
    msgid=M["a4"], irt=M["a3"], refs=[M["a1"], M["a2"], M["a3"]],
    auth_o=auth_o365("amazon.com", "amazonses.com"))

M["a5"] = mid_outlook("a5")
add(dt.datetime(2021, 3, 10, 13, 5, 2, tzinfo=JST),
    addr("Tsujimura Kenta", ME_C), addr("Amazon Web Services", TC), tc_subj(C21, "RE: "),
    leaf("""Correct, please go ahead.

Kenta

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 10, 2021 11:47 AM
To: k.tsujimura@hoshikawa-cloud.co.jp
Subject: RE: [CASE 6893124507] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,

Thanks, that one turned up straight away.

Just so we're on the same page before I touch anything: AWS02258814 gets folded into AWS01736482, and AWS01736482 is the account you keep using from now on. Is that right?
""", charset="us-ascii", cte="7bit"),
    L("user_reply", False, C21), "Two-word confirmation; IDs only in quoted part (must not be listed)",
    msgid=M["a5"], irt=M["a4"], refs=[M["a1"], M["a2"], M["a3"], M["a4"]], crlf=True,
    mailer="Microsoft Outlook 16.0")

M["a6"] = mid_ses("a6")
add(dt.datetime(2021, 3, 15, 6, 20, 44, tzinfo=UTC),
    addr("Amazon Web Services", TC), ME_C, tc_subj(C21, "RE: "),
    leaf("""Hi Kenta,

Thank you for your patience. I've merged AWS02258814 into AWS01736482: the exam history and both certifications now sit under AWS01736482, and your Credly badges should refresh within 48 hours.

There's nothing else you need to do on your side.

Daniel R.

---- Original message ----
> Correct, please go ahead.
>
> Kenta
>
> > Just so we're on the same page before I touch anything: AWS02258814 gets
> > folded into AWS01736482, and AWS01736482 is the account you keep using
> > from now on. Is that right?
> >
> > > What's the candidate ID shown on the other account? You'll see it in the
> > > top right corner after signing in; it starts with "AWS".
""", charset="us-ascii", cte="7bit"),
    L("resolved", False, C21, [ID_DUP, ID_OLD]), "Completion top-posted over two quoted questions (a question and a merge check)",
    msgid=M["a6"], irt=M["a5"], refs=[M["a1"], M["a2"], M["a3"], M["a4"], M["a5"]],
    auth_o=auth_o365("amazon.com", "amazonses.com"))

add(dt.datetime(2021, 3, 16, 1, 3, 9, tzinfo=UTC),
    addr("Acclaim", "admin@youracclaim.com"), ME_C,
    "Amazon Web Services Training and Certification has sent you a badge",
    alt("""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on a website.

Accept badge: https://www.youracclaim.com/earner/earned/badge/5b1e0f6c-2f7e-4d0c-9a43-8e7b3c1d2a90

Questions? Visit our support center. You are receiving this email because a badge was issued to k.tsujimura@hoshikawa-cloud.co.jp.
""", """<html><body><table width="600"><tr><td><h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/5b1e0f6c-2f7e-4d0c-9a43-8e7b3c1d2a90">Accept badge</a></p>
<p style="font-size:11px">You are receiving this email because a badge was issued to k.tsujimura@hoshikawa-cloud.co.jp.</p></td></tr></table></body></html>""", n=7),
    L("badge"), "Old Acclaim sender; 'Accept badge' is an action but not a reply to support",
    msgid=mid_generic("a7", "youracclaim.com"),
    auth_o=auth_o365("youracclaim.com", "youracclaim.com", ip="167.89.12.4"))

# =================================================================== 2023
# Console case C23
M["b1"] = mid_ses("b1")
add(dt.datetime(2023, 6, 12, 4, 11, 58, tzinfo=UTC),
    addr("Amazon Web Services", NOREPLY), ME_C,
    "Amazon Web Services: New Support case: %s" % C23,
    leaf("""Hello,

We have received your case 12843307715 [AWS ID 418295730614] and will respond within the time frame for your support plan.

Case ID: 12843307715
Subject: Certification benefit voucher not visible
Severity: General guidance
Correspondence: I passed AWS Certified Developer - Associate in 2021 and should have a 50% discount for my next exam, but nothing is shown under Benefits. Can you check?

To see all of your open cases, or to update this case, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=12843307715&language=en

Thank you for contacting Amazon Web Services.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update this case, please use the link above.
""", charset="us-ascii", cte="7bit"),
    L("acknowledgement", False, C23), "Console 'New Support case' with 12-digit AWS ID next to the 11-digit case; 'please use the link above' is boilerplate",
    msgid=M["b1"], auth_o=auth_o365("amazon.com", "amazonses.com"))

M["b2"] = mid_ses("b2")
b2_text = """Hello,

Thank you for contacting AWS Support. My name is Anjali and I'll be assisting you today.

I understand the 50% exam discount you earned after passing AWS Certified Developer - Associate doesn't show in your Benefits tab. Certification benefits are held on your certification profile rather than on AWS account 418295730614, so I can't see them from the account side. Our Training and Certification colleagues can, once I pass along the right identifiers.

We need the candidate ID shown on your certification profile (it begins with "AWS" followed by eight digits) and the email address you use to sign in to that profile. As soon as these are on the case I'll hand it over.

This address can't receive replies, so please add the details through the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=12843307715&language=en

Best regards,
Anjali K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
"""
b2_html = ("<html><body>" + "".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in b2_text.split("\n\n")) + "</body></html>")
add(dt.datetime(2023, 6, 13, 7, 45, 31, tzinfo=UTC),
    addr("Amazon Web Services", NOREPLY), ME_C, "RE:[CASE %s] Certification benefit voucher not visible" % C23,
    alt(b2_text, b2_html, n=9),
    L("info_request", True, C23), "Console request ('We need ...') answered only in Support Center; feedback footer asks to rate",
    msgid=M["b2"], irt=M["b1"], refs=[M["b1"]], auth_o=auth_o365("amazon.com", "amazonses.com"))

add(dt.datetime(2023, 6, 14, 11, 0, 2, tzinfo=UTC),
    addr("Amazon Web Services", NOREPLY), ME_C,
    "Amazon Web Services Invoice Available [Account: 418295730614] [Invoice ID: 1384729150]",
    leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $184.62

Account ID: 418295730614
Invoice ID: 1384729150
Billing period: May 1 - May 31, 2023

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", charset="us-ascii", cte="7bit"),
    L("unrelated"), "Billing from the same no-reply-aws sender as console cases; 10-digit invoice ID and 12-digit account ID are not case numbers",
    msgid=mid_ses("b3"), auth_o=auth_o365("amazon.com", "amazonses.com"))

M["b4"] = mid_ses("b4")
add(dt.datetime(2023, 6, 17, 8, 30, 0, tzinfo=UTC),
    addr("Amazon Web Services", NOREPLY), ME_C, "RE:[CASE %s] Certification benefit voucher not visible" % C23,
    leaf("""Hello,

We haven't heard back from you on this case, so we're checking in. If the details we asked for aren't on the case by 20 June 2023, the case will be resolved automatically.

You can keep it active by replying in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=12843307715&language=en

Amazon Web Services

* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", charset="us-ascii", cte="7bit"),
    L("closing_notice", True, C23), "Console auto-resolve warning; reply must go to Support Center, not email",
    msgid=M["b4"], irt=M["b2"], refs=[M["b1"], M["b2"]], auth_o=auth_o365("amazon.com", "amazonses.com"))

M["b5"] = mid_ses("b5")
add(dt.datetime(2023, 6, 19, 5, 12, 40, tzinfo=UTC),
    addr("Amazon Web Services", NOREPLY), ME_C, "RE:[CASE %s] Certification benefit voucher not visible" % C23,
    leaf("""Hello Kenta,

Thank you for adding your candidate ID, AWS01736482, to the case. The Training and Certification team found that the discount had been issued on the other profile shortly before the two were merged in 2021. They have reissued it on AWS01736482 and it now appears in your Benefits tab.

I'll set this case to resolved. Should anything else come up, you can reopen it from the Support Center within 14 days; after that, please create a new case.

Best regards,
Anjali K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all of your open cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=12843307715&language=en

* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", charset="us-ascii", cte="quoted-printable"),
    L("resolved", False, C23, [ID_OLD]), "Console resolution with 'reopen within 14 days' and rating footer; nothing to do",
    msgid=M["b5"], irt=M["b4"], refs=[M["b1"], M["b2"], M["b4"]], auth_o=auth_o365("amazon.com", "amazonses.com"))

add(dt.datetime(2023, 6, 21, 16, 2, 11, tzinfo=UTC),
    addr("AWS Support", NOREPLY), ME_C, "Share your feedback on AWS Support case %s" % C23,
    alt("""Hello,

Your support case 12843307715, "Certification benefit voucher not visible", was recently resolved.

Could you take two minutes to tell us how we did? Your answers go directly to the AWS Support leadership team.

Start the survey: https://survey.support.aws/s/eyJjYXNlIjoiMTI4NDMzMDc3MTUifQ

Thank you,
AWS Support
""", """<html><body><p>Hello,</p><p>Your support case <b>12843307715</b>, "Certification benefit voucher not visible", was recently resolved.</p>
<p>Could you take two minutes to tell us how we did?</p><p><a href="https://survey.support.aws/s/eyJjYXNlIjoiMTI4NDMzMDc3MTUifQ">Start the survey</a></p><p>Thank you,<br>AWS Support</p></body></html>""", n=12),
    L("survey", False, C23), "Survey phrased as a question ('Could you take two minutes...')",
    msgid=mid_ses("b6"), auth_o=auth_o365("amazon.com", "amazonses.com"))

# =================================================================== 2025 background
add(dt.datetime(2025, 4, 10, 10, 15, 0, tzinfo=JST),
    addr("人事部", "jinji@hoshikawa-cloud.co.jp", "iso-2022-jp"), ME_C,
    h("【人事部】退職手続きのご案内（辻村様）", "iso-2022-jp"),
    leaf("""辻村 健太 さん

お疲れさまです。人事部の中川です。
退職に伴う手続きについてご案内いたします。

■最終出社日：2025年5月16日（金）
■社用メールアドレス・各種アカウント：5月16日 18:00 に停止

社用メールアドレスで登録している外部サービス（資格、勉強会サイト等）は、最終出社日までに個人アドレスへの変更をお願いいたします。停止後は社用アドレス宛のメールを受信できません。

また、お手数ですが 4月18日（金）までに退職届をご提出ください。
貸与PC・入館証の返却方法は別途情報システム部よりご連絡いたします。

ご不明な点がございましたら、人事部までご返信ください。

人事部 中川
""", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), "Company HR mail full of requests (not support); ISO-2022-JP",
    msgid=mid_outlook("c1"), subj_charset="iso-2022-jp", mailer="Microsoft Outlook 16.0")

add(dt.datetime(2025, 4, 28, 12, 40, 3, tzinfo=UTC),
    addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    alt("""Hello,

Thanks for starting the new AWS Builder ID sign-up process. To verify your email address, enter the following code:

Verification code: 482193

This code expires 30 minutes after it was sent.

If you didn't request this code, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", """<html><body><p>Hello,</p><p>Thanks for starting the new AWS Builder ID sign-up process. To verify your email address, enter the following code:</p>
<p style="font-size:24px;font-weight:bold">482193</p><p>This code expires 30 minutes after it was sent.</p></body></html>""", n=14),
    L("unrelated"), "Builder ID one-time code (6 digits)",
    msgid=mid_ses("c2"), auth=auth_gmail("signin.aws", "0100@us-east-1.amazonses.com"))

add(dt.datetime(2025, 4, 28, 13, 2, 50, tzinfo=UTC),
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Welcome to AWS Training and Certification",
    alt("""Hi Kenta,

Your AWS Training and Certification profile is ready. Here are a few things you can do next:

- Explore more than 600 free digital courses on AWS Skill Builder
- Schedule a certification exam
- Join an upcoming AWS event

Update your preferences any time from your profile page.

AWS Training and Certification
""", """<html><body><h3>Hi Kenta,</h3><p>Your AWS Training and Certification profile is ready.</p><ul><li>Explore free digital courses</li><li>Schedule a certification exam</li><li>Join an upcoming AWS event</li></ul></body></html>""", n=15),
    L("unrelated"), "Training platform welcome mail, not case mail",
    msgid=mid_ses("c3"), auth=auth_gmail("aws.training", "bounce@mail.aws.training"))

# ---- Case CA ack + CB duplicate ack
M["d1"] = mid_ses("d1")
add(dt.datetime(2025, 4, 30, 3, 24, 5, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hello,

Thank you for contacting Amazon Web Services. We have opened case 174598342100288 to address your request. The details of your case are as follows:

Case ID: 174598342100288
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Tsujimura
Email address: kenta.tsujimura.84@gmail.com
Candidate ID: AWS03391057
Description:
Use Case: I am leaving Hoshikawa Cloud Solutions in May and would like to merge my accounts.
All email addresses you may have used in our system: k.tsujimura@hoshikawa-cloud.co.jp, kenta.tsujimura.84@gmail.com
The email address you would like to keep on file: kenta.tsujimura.84@gmail.com

A member of our team will reply, usually within 24 hours. If you have already opened a case for this request, please don't open another one; duplicate cases slow our response.

If you have anything further to add, you can simply reply to this message.

Sincerely,
AWS Training and Certification Customer Service
""", charset="utf-8", cte="quoted-printable"),
    L("acknowledgement", False, CA, [ID_NEW]), "Ack with conditional 'if you have anything further to add... reply'; echoed form asks 'would like to merge'",
    msgid=M["d1"], auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["d2"] = mid_ses("d2")
d2_text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174598397700614 to address your request. The details of your case are as follows:

Case ID: 174598397700614
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Tsujimura
Email address: k.tsujimura@hoshikawa-cloud.co.jp
Candidate ID: AWS01736482
Description:
I sent this form a few minutes ago but did not see a confirmation. Sending again just in case. I am leaving my company and want to move my certifications to kenta.tsujimura.84@gmail.com.

A member of our team will reply, usually within 24 hours. If you have already opened a case for this request, please don't open another one; duplicate cases slow our response.

If you have anything further to add, you can simply reply to this message.

Sincerely,
AWS Training and Certification Customer Service
"""
d2_html = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in d2_text.split("\n\n")) + "</body></html>"
add(dt.datetime(2025, 4, 30, 3, 33, 20, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_C, tc_subj(CB),
    alt(d2_text, d2_html, n=17),
    L("acknowledgement", False, CB, [ID_OLD]), "Second ack (duplicate submission) to the company address; multipart/alternative",
    msgid=M["d2"], auth_o=auth_o365("amazon.com", "amazonses.com"))

add(dt.datetime(2025, 4, 30, 6, 12, 0, tzinfo=UTC),
    addr("Yui Sato", "notifications@github.com"), ME_C,
    "Re: [hoshikawa-cloud/platform-terraform] Merge accounts module into shared stack (PR #412)",
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshikawa-cloud/platform-terraform/pull/412#event-17329045521
You are receiving this because you were mentioned.
""", """<p>Merged <a href="https://github.com/hoshikawa-cloud/platform-terraform/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshikawa-cloud/platform-terraform/pull/412#event-17329045521">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""", n=18),
    L("unrelated"), "GitHub 'Merged ... merge accounts' plus 'Reply to this email directly'",
    msgid="<hoshikawa-cloud/platform-terraform/pull/412/issue_event/17329045521@github.com>",
    extra=[("List-ID", "hoshikawa-cloud/platform-terraform <platform-terraform.hoshikawa-cloud.github.com>"),
           ("X-GitHub-Reason", "mention")],
    auth_o=auth_o365("github.com", "github.com", ip="192.30.252.201"))

M["d4"] = mid_ses("d4")
add(dt.datetime(2025, 5, 1, 0, 10, 12, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_C, tc_subj(CB),
    leaf("""Hi Kenta,

It looks like this request also came in a few minutes earlier as case 174598342100288, from your Gmail address. Two open cases for the same merge tend to cause crossed wires, so I'd like to keep just one.

Are you OK with me closing this one (174598397700614) and carrying on under 174598342100288? A quick yes is all I need.

Marco
AWS Training & Certification Support
""", charset="us-ascii", cte="7bit"),
    L("info_request", True, CB), "Asks permission to close a duplicate: mentions closing and another case number, but it is a question, not a closing notice",
    msgid=M["d4"], irt=M["d2"], refs=[M["d2"]], auth_o=auth_o365("amazon.com", "amazonses.com"))

M["d5"] = mid_ses("d5")
d5_text = """Hello Kenta,

Thank you for reaching out to AWS Training and Certification.

I have reviewed both certification profiles listed in your request. The profile AWS01736482 (k.tsujimura@hoshikawa-cloud.co.jp) is associated with Hoshikawa Cloud Solutions Inc., which is a member of the AWS Partner Network. Certifications held on a partner-associated profile count toward that partner's program tiers and designations, so we don't move them out of the partner organization while the holder is still employed there. For this reason I have placed the merge on hold.

This is standard for APN partner profiles and does not affect your certifications in any way: they remain valid, and the exam history on AWS01736482 is unchanged.

Once you have left, or if you are about to, the merge can go ahead. Could you let us know whether you are leaving Hoshikawa Cloud Solutions and, if so, your last day of employment?

Kind regards,
Priyanka S.
AWS Training and Certification
"""
d5_html = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:'Amazon Ember',Arial;font-size:14px\">"
           + "".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in d5_text.split("\n\n")) + "</div></body></html>")
add(dt.datetime(2025, 5, 1, 0, 40, 55, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    alt(d5_text, d5_html, n=20),
    L("on_hold", True, CA, [ID_OLD]), "APN hold; the ask comes last after three paragraphs of explanation",
    cc=ME_C, msgid=M["d5"], irt=M["d1"], refs=[M["d1"]], auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["d6"] = mid_outlook("d6")
add(dt.datetime(2025, 5, 1, 10, 5, 33, tzinfo=JST),
    addr("Tsujimura Kenta", ME_C), addr("AWS Training and Certification", TC), tc_subj(CB, "RE: "),
    leaf("""Hi Marco,

Yes, please close this one. Sorry for the duplicate - I'll continue on 174598342100288.

Kenta Tsujimura

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, May 1, 2025 9:10 AM
To: k.tsujimura@hoshikawa-cloud.co.jp
Subject: RE:[CASE 174598397700614] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,

It looks like this request also came in a few minutes earlier as case 174598342100288, from your Gmail address. Two open cases for the same merge tend to cause crossed wires, so I'd like to keep just one.

Are you OK with me closing this one (174598397700614) and carrying on under 174598342100288? A quick yes is all I need.
""", charset="us-ascii", cte="quoted-printable"),
    L("user_reply", False, CB), "User reply on the duplicate case; body mentions the other case number first",
    msgid=M["d6"], irt=M["d4"], refs=[M["d2"], M["d4"]], mailer="Microsoft Outlook 16.0")

M["d7"] = mid_outlook("d7")
add(dt.datetime(2025, 5, 1, 10, 31, 8, tzinfo=JST),
    addr("Tsujimura Kenta", ME_C), addr("AWS Training and Certification", TC), tc_subj(CA, "RE: "),
    alt("""Hello Priyanka,

Yes, I'm leaving. My last working day is 16 May 2025, and this mailbox will be closed the same evening. Please go ahead with the merge into my personal account when you can.

Best regards,
Kenta Tsujimura

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月1日 9:40
宛先: kenta.tsujimura.84@gmail.com
CC: k.tsujimura@hoshikawa-cloud.co.jp
件名: RE:[CASE 174598342100288] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

Thank you for reaching out to AWS Training and Certification.

I have reviewed both certification profiles listed in your request. The profile AWS01736482 (k.tsujimura@hoshikawa-cloud.co.jp) is associated with Hoshikawa Cloud Solutions Inc., which is a member of the AWS Partner Network. ...

Once you have left, or if you are about to, the merge can go ahead. Could you let us know whether you are leaving Hoshikawa Cloud Solutions and, if so, your last day of employment?
""", """<html><body><p>Hello Priyanka,</p><p>Yes, I'm leaving. My last working day is 16 May 2025, and this mailbox will be closed the same evening. Please go ahead with the merge into my personal account when you can.</p><p>Best regards,<br>Kenta Tsujimura</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p><b>差出人:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>送信日時:</b> 2025年5月1日 9:40<br><b>宛先:</b> kenta.tsujimura.84@gmail.com<br><b>件名:</b> RE:[CASE 174598342100288] ...</p></div>
<p>Could you let us know whether you are leaving Hoshikawa Cloud Solutions and, if so, your last day of employment?</p></body></html>""", charset="utf-8", cte="base64", n=22),
    L("user_reply", False, CA), "Reply from the company address (wrong address for this case); Outlook Japanese quote header; base64",
    cc=ME_P, msgid=M["d7"], irt=M["d5"], refs=[M["d1"], M["d5"]], mailer="Microsoft Outlook 16.0",
    auth=auth_gmail("hoshikawa-cloud.co.jp", "k.tsujimura@hoshikawa-cloud.co.jp", pol="p=NONE sp=NONE dis=NONE", ip="40.107.74.58"))

M["d8"] = mid_ses("d8")
add(dt.datetime(2025, 5, 1, 15, 50, 2, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_C, tc_subj(CB),
    leaf("""Done! Closed this one as a duplicate - everything carries on under 174598342100288.

Marco
""", charset="us-ascii", cte="7bit"),
    L("resolved", False, CB), "Two-line casual 'Done!' closing the duplicate; names the other case in the body",
    msgid=M["d8"], irt=M["d6"], refs=[M["d2"], M["d4"], M["d6"]], crlf=True,
    auth_o=auth_o365("amazon.com", "amazonses.com"))

M["d9"] = mid_ses("d9")
add(dt.datetime(2025, 5, 2, 1, 15, 40, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hi Kenta,

Thanks for letting us know about your last day.

Your reply reached us from k.tsujimura@hoshikawa-cloud.co.jp. For security reasons, changes on this case can only be agreed from the contact address given in the request, kenta.tsujimura.84@gmail.com. We need you to send the same confirmation from that address; replying to this email from your Gmail account is enough.

Regards,
Priyanka S.
AWS Training and Certification

-----Original Message-----
From: Tsujimura Kenta <k.tsujimura@hoshikawa-cloud.co.jp>
Sent: Thursday, May 1, 2025 1:31 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Cc: kenta.tsujimura.84@gmail.com
Subject: RE: [CASE 174598342100288] [AWS Training and Certification Form Submission] - account-assistance

Hello Priyanka,

Yes, I'm leaving. My last working day is 16 May 2025, and this mailbox will be closed the same evening. Please go ahead with the merge into my personal account when you can.

Best regards,
Kenta Tsujimura

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, May 1, 2025 12:40 AM
To: kenta.tsujimura.84@gmail.com
Subject: RE:[CASE 174598342100288] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

I have reviewed both certification profiles listed in your request. The profile AWS01736482 (k.tsujimura@hoshikawa-cloud.co.jp) is associated with Hoshikawa Cloud Solutions Inc., which is a member of the AWS Partner Network. ... For this reason I have placed the merge on hold.

Once you have left, or if you are about to, the merge can go ahead. Could you let us know whether you are leaving Hoshikawa Cloud Solutions and, if so, your last day of employment?
""", charset="us-ascii", cte="quoted-printable"),
    L("info_request", True, CA), "Wrong-address request ('We need you to send ... from that address') top-posted above a long history that includes the hold",
    cc=ME_C, msgid=M["d9"], irt=M["d7"], refs=[M["d1"], M["d5"], M["d7"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

add(dt.datetime(2025, 5, 2, 11, 48, 0, tzinfo=JST),
    addr("Yoshida Ren (Jira)", "jira@hoshikawa-cloud.atlassian.net"), ME_C,
    h("[JIRA] (INFRA-2291) 引き継ぎ: 本番アカウントの権限移譲"),
    alt("""吉田 蓮 がこの課題を 完了 に変更しました

INFRA-2291 引き継ぎ: 本番アカウントの権限移譲
担当者: 辻村 健太 → 吉田 蓮
ステータス: 進行中 → 完了

コメント:
辻村さん、IAM Identity Center の権限セット移譲を確認しました。AWS アカウント 302948571166 の管理者は私に切り替わっています。ほかに確認が必要なものがあれば返信ください。

この課題を表示: https://hoshikawa-cloud.atlassian.net/browse/INFRA-2291
""", """<html><body><p><b>吉田 蓮</b> がこの課題を <b>完了</b> に変更しました</p><p>INFRA-2291 引き継ぎ: 本番アカウントの権限移譲</p>
<p>辻村さん、IAM Identity Center の権限セット移譲を確認しました。AWS アカウント 302948571166 の管理者は私に切り替わっています。ほかに確認が必要なものがあれば返信ください。</p></body></html>""", charset="utf-8", cte="base64", n=25),
    L("unrelated"), "Jira handover notification (Japanese) with 12-digit AWS account and a conditional 'reply if needed'",
    msgid=mid_generic("e1", "Atlassian.JIRA"), auth_o=auth_o365("atlassian.net", "atlassian.net", ip="104.192.142.20"))

M["e2"] = mid_gmail("e2")
e2_text = """Hi Priyanka,

Confirming from my personal address: I'm leaving Hoshikawa Cloud Solutions and my last day there is 16 May 2025. Please go ahead and merge my company profile into this one as soon as you're able.

Thanks,
Kenta

On Fri, 2 May 2025 at 10:15, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> Thanks for letting us know about your last day.
>
> Your reply reached us from k.tsujimura@hoshikawa-cloud.co.jp. For security reasons, changes on this case can only be agreed from the contact address given in the request, kenta.tsujimura.84@gmail.com. We need you to send the same confirmation from that address; replying to this email from your Gmail account is enough.
>
> Regards,
> Priyanka S.
"""
e2_html = ('<div dir="ltr">Hi Priyanka,<br><br>Confirming from my personal address: I\'m leaving Hoshikawa Cloud Solutions and my last day there is 16 May 2025. Please go ahead and merge my company profile into this one as soon as you\'re able.<br><br>Thanks,<br>Kenta</div><br><div class="gmail_quote"><div class="gmail_attr">On Fri, 2 May 2025 at 10:15, AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div>'
           '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hi Kenta,<br><br>We need you to send the same confirmation from that address; replying to this email from your Gmail account is enough.<br><br>Regards,<br>Priyanka S.</blockquote></div>')
add(dt.datetime(2025, 5, 2, 12, 3, 17, tzinfo=JST),
    addr("Kenta Tsujimura", ME_P), addr("AWS Training and Certification", TC), "Re: " + tc_subj(CA),
    alt(e2_text, e2_html, n=26),
    L("user_reply", False, CA), "Gmail reply with 'Re: RE:[CASE' subject; quoted request below",
    msgid=M["e2"], irt=M["d9"], refs=[M["d1"], M["d5"], M["d7"], M["d9"]])

M["e3"] = mid_ses("e3")
add(dt.datetime(2025, 5, 3, 0, 30, 9, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hello Kenta,

Thank you for confirming from your personal address.

Because your company profile belongs to an APN partner organization, we have let the partner's primary contact know that the profile is going to be released. The partner has five business days to raise any concern, and the merge stays on hold until that period ends or they reply.

There is nothing you need to do at this point. We'll write to you as soon as the hold is lifted.

Best,
Tomasz W.
AWS Training and Certification Support
""", charset="utf-8", cte="quoted-printable"),
    L("on_hold", False, CA), "Hold that only informs ('nothing you need to do'); waiting on the partner",
    msgid=M["e3"], irt=M["e2"], refs=[M["d1"], M["d5"], M["d9"], M["e2"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

add(dt.datetime(2025, 5, 5, 7, 14, 26, tzinfo=UTC),
    addr("AWS Training & Certification", "case-update@aws-certification-helpdesk.com"), ME_P,
    "Action needed: verify your identity to complete account merge [Case 1745983421]",
    alt("""Dear Certification Holder,

Your request to merge AWS Certification accounts is almost complete. Before we can transfer your exam history and digital badges, we must verify your identity.

Please confirm your account within 24 hours using the secure link below. Unverified requests will be cancelled and your certifications may be suspended.

Verify now: https://aws-certification-helpdesk.com/merge/verify?c=1745983421

AWS Training and Certification Team
""", """<html><body><p>Dear Certification Holder,</p><p>Your request to merge AWS Certification accounts is almost complete. Before we can transfer your exam history and digital badges, we must verify your identity.</p>
<p><b>Please confirm your account within 24 hours</b> using the secure link below.</p><p><a href="https://aws-certification-helpdesk.com/merge/verify?c=1745983421" style="background:#ff9900;padding:8px 16px;color:#000">Verify now</a></p></body></html>""", n=28),
    L("suspicious"), "Lookalike domain passing its own DKIM/DMARC; fake 10-digit 'case'; urgent confirm request",
    msgid=mid_generic("e4", "aws-certification-helpdesk.com"),
    auth=auth_gmail("aws-certification-helpdesk.com", "bounce@aws-certification-helpdesk.com", pol="p=NONE sp=NONE dis=NONE", ip="185.213.22.40"),
    returnpath="bounce@aws-certification-helpdesk.com")

add(dt.datetime(2025, 5, 6, 9, 2, 11, tzinfo=UTC),
    addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam",
    leaf("""Dear Kenta Tsujimura,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 482917305
Candidate ID: AWS03391057
Date and time: Saturday, June 28, 2025 10:00 AM JST
Location: Online (OnVUE)

Please sign in 30 minutes before your appointment to complete check-in. Your name in your profile must exactly match the government-issued ID you present.

If you need to reschedule or cancel, please do so at least 24 hours before your appointment.

Sincerely,
Pearson VUE
""", charset="us-ascii", cte="7bit"),
    L("unrelated", False, None, [ID_NEW]), "Exam vendor mail: 9-digit registration ID, candidate ID present, imperatives",
    msgid=mid_generic("e5", "pearson.com"), crlf=True,
    auth=auth_gmail("pearson.com", "bounces@pearson.com", pol="p=REJECT sp=REJECT dis=NONE", ip="198.2.130.55"))

M["e6"] = mid_ses("e6")
add(dt.datetime(2025, 5, 7, 23, 40, 50, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hi Kenta,

Good news: the partner's primary contact has confirmed the release of your company profile, so the hold has been lifted.

I'm preparing the merge now and will send you a summary of both accounts to check shortly.

Tomasz W.
AWS Training and Certification Support
""", charset="us-ascii", cte="7bit"),
    L("case_update", False, CA), "Progress news; 'will send you a summary to check' is a future ask, not a present one",
    msgid=M["e6"], irt=M["e3"], refs=[M["d1"], M["d5"], M["e3"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["e7"] = mid_ses("e7")
e7_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p>As promised, here are the two certification accounts we have on file for you.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS03391057</td><td>AWS01736482</td></tr>
<tr><td>Login email</td><td>kenta.tsujimura.84@gmail.com</td><td>k.tsujimura@hoshikawa-cloud.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.tsujimura.84@gmail.com</td><td>k.tsujimura@hoshikawa-cloud.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.tsujimura.84@gmail.com</td><td>k.tsujimura@hoshikawa-cloud.co.jp</td></tr>
<tr><td>Exam history</td><td>1 registration (SAP-C02, scheduled)</td><td>4 exams, 2 active certifications</td></tr>
<tr><td>APN partner</td><td>&mdash;</td><td>Released 7 May 2025</td></tr>
</table>
<p>A merge keeps one of these accounts and moves everything from the other one into it: exam history, certifications, benefits and the Credly connection. The login of the account that is merged away stops working.</p>
<p>Which one do you want to keep? Your request suggests Account #1, but we won't change anything until we hear it from you.</p>
<p>Regards,<br>Tomasz W.<br>AWS Training and Certification Support</p>
</body></html>
"""
add(dt.datetime(2025, 5, 8, 0, 15, 3, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf(e7_html, "html", "utf-8", "base64"),
    L("confirmation_request", True, CA, [ID_NEW, ID_OLD]), "HTML-only base64 table of Account #1/#2; the ask is a bare question after the table; CRLF",
    msgid=M["e7"], irt=M["e6"], refs=[M["d1"], M["e3"], M["e6"]], crlf=True,
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["e8"] = mid_gmail("e8")
add(dt.datetime(2025, 5, 8, 9, 42, 30, tzinfo=JST),
    addr("Kenta Tsujimura", ME_P), addr("山本 真理子", "m.yamamoto@hoshikawa-cloud.co.jp"),
    "Fwd: " + tc_subj(CA),
    leaf("""山本さん

パートナー側の解除手続き、ありがとうございました。
AWS サポートから以下の確認が来ています。今夜中に内容を確認して返信する予定です。

辻村

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, 8 May 2025 at 09:15
Subject: RE:[CASE 174598342100288] [AWS Training and Certification Form Submission] - account-assistance
To: <kenta.tsujimura.84@gmail.com>


Hello Kenta,

As promised, here are the two certification accounts we have on file for you.

                                   Account #1                      Account #2
Candidate ID                       AWS03391057                     AWS01736482
Login email                        kenta.tsujimura.84@gmail.com    k.tsujimura@hoshikawa-cloud.co.jp
Training notification email        kenta.tsujimura.84@gmail.com    k.tsujimura@hoshikawa-cloud.co.jp
Certification notification email   kenta.tsujimura.84@gmail.com    k.tsujimura@hoshikawa-cloud.co.jp

Which one do you want to keep? Your request suggests Account #1, but we won't change anything until we hear it from you.

Regards,
Tomasz W.
""", charset="utf-8", cte="base64"),
    L("user_reply", False, CA), "Owner forwards the confirmation request to a colleague (Japanese); the forwarded ask and IDs are not new text",
    msgid=M["e8"], irt=M["e7"], refs=[M["e7"]])

add(dt.datetime(2025, 5, 9, 2, 0, 0, tzinfo=UTC),
    addr("AWS Japan", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), ME_P,
    h("【AWS Summit Japan 2025】事前登録受付中 - 6月25日・26日 幕張メッセ", "iso-2022-jp"),
    leaf("""<html><body>
<table width="640" align="center"><tr><td>
<h2>AWS Summit Japan 2025 事前登録受付中</h2>
<p>日本最大の AWS を学ぶイベント、AWS Summit Japan を 2025 年 6 月 25 日（水）・26 日（木）に幕張メッセで開催いたします。</p>
<p>150 以上のセッション、AWS 認定者ラウンジ、AWS Jam など、盛りだくさんの内容でお届けします。AWS 認定をお持ちの方は、当日会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐご登録ください</a></p>
<p style="font-size:11px">このメールは配信を希望されたお客様にお送りしています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>からお手続きください。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table>
</body></html>
""", "html", "iso-2022-jp", "7bit"),
    L("unrelated"), "AWS marketing in Japanese, HTML-only ISO-2022-JP; 'ご登録ください' is marketing",
    msgid=mid_ses("e9"), subj_charset="iso-2022-jp",
    auth=auth_gmail("amazon.com", "bounce@pages.awscloud.com", ip="192.28.152.15"))

add(dt.datetime(2025, 5, 12, 4, 44, 12, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE 174600112300941] %s" % SUBJ_TC,
    alt("""Hello,

We are processing your request to merge your AWS Certification accounts. Before the merge can be completed, please confirm the account you want to keep by signing in through the secure portal below. Requests that are not confirmed within 48 hours will be cancelled.

Confirm account: https://aws-training-verify.com/certification/merge?id=174600112300941

Thank you,
AWS Training and Certification Customer Service
""", """<html><body><p>Hello,</p><p>We are processing your request to merge your AWS Certification accounts. Before the merge can be completed, please confirm the account you want to keep by signing in through the secure portal below. Requests that are not confirmed within 48 hours will be cancelled.</p>
<p><a href="https://aws-training-verify.com/certification/merge?id=174600112300941">Confirm account</a></p><p>Thank you,<br>AWS Training and Certification Customer Service</p></body></html>""", n=30),
    L("suspicious"), "Real support From address and [CASE] subject, but dkim/spf/dmarc fail for amazon.com",
    msgid="<%s@aws-training-verify.com>" % hx("e10", 20),
    auth=auth_gmail("amazon.com", "mailer@mail-tcsupport.info", dkim="fail", spf="fail", dmarc="fail",
                    pol="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", ip="45.141.87.19"),
    returnpath="mailer@mail-tcsupport.info")

M["f1"] = mid_ses("f1")
add(dt.datetime(2025, 5, 13, 0, 20, 18, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hello,

We're following up on case 174598342100288. On 8 May we asked which certification account you'd like to keep, and we don't seem to have received an answer yet.

If we don't hear from you within the next 72 hours, this case will be closed. A reply to this email keeps it open, and if the case has already been closed by the time you write, your reply will reopen it.

AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"),
    L("closing_notice", True, CA), "Will-close notice that also restates the earlier account question",
    msgid=M["f1"], irt=M["e7"], refs=[M["d1"], M["e7"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["f2"] = mid_gmail("f2")
add(dt.datetime(2025, 5, 13, 21, 5, 40, tzinfo=JST),
    addr("Kenta Tsujimura", ME_P), TC, "Re: merge into my personal account",
    alt("""Hi Tomasz,

Sorry for the slow reply, it was a hectic week. Confirmed: keep Account #1 (AWS03391057) and merge Account #2 into it.

Kenta

On Thu, 8 May 2025 at 09:15, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenta,
>
> As promised, here are the two certification accounts we have on file for you.
> [table: Account #1 AWS03391057 / Account #2 AWS01736482]
>
> Which one do you want to keep? Your request suggests Account #1, but we won't change anything until we hear it from you.
""", """<div dir="ltr">Hi Tomasz,<br><br>Sorry for the slow reply, it was a hectic week. Confirmed: keep Account #1 (AWS03391057) and merge Account #2 into it.<br><br>Kenta</div>
<div class="gmail_quote">On Thu, 8 May 2025 at 09:15, AWS Training and Certification wrote:<blockquote class="gmail_quote">Which one do you want to keep? Your request suggests Account #1, but we won't change anything until we hear it from you.</blockquote></div>""", n=33),
    L("user_reply", False, CA, [ID_NEW]), "Reply with a rewritten subject (no case number anywhere in headers); threaded only by In-Reply-To/References",
    msgid=M["f2"], irt=M["e7"], refs=[M["d1"], M["d5"], M["e3"], M["e6"], M["e7"]])

M["f3"] = mid_ses("f3")
add(dt.datetime(2025, 5, 13, 14, 30, 27, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hi Kenta,

I have successfully merged all accounts. AWS03391057 now holds the exam history, certifications and benefits that were on AWS01736482, and the old login no longer works.

Badges can take up to a day to show up in Credly, and partner profile changes on the APN side usually follow within a week.

Take care,
Tomasz

On Tue, May 13, 2025 at 12:05 PM Kenta Tsujimura <kenta.tsujimura.84@gmail.com> wrote:
> Hi Tomasz,
>
> Sorry for the slow reply, it was a hectic week. Confirmed: keep Account #1 (AWS03391057) and merge Account #2 into it.
>
>> On Thu, 8 May 2025, AWS Training and Certification wrote:
>> Which one do you want to keep? Your request suggests Account #1, but we
>> won't change anything until we hear it from you.
>>
>>> If we don't hear from you within the next 72 hours, this case will be
>>> closed. A reply to this email keeps it open.
""", charset="utf-8", cte="8bit"),
    L("resolved", False, CA, [ID_NEW, ID_OLD]), "Completion quoting the old confirmation request and the closing notice; UTF-8 8bit",
    msgid=M["f3"], irt=M["f2"], refs=[M["d1"], M["e7"], M["f1"], M["f2"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

add(dt.datetime(2025, 5, 13, 15, 2, 8, tzinfo=UTC),
    addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge: AWS Certified Developer - Associate",
    alt("""Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge and share it with your network:
https://www.credly.com/earner/earned/badge/8c7d2e1a-04b6-4f3e-b1d5-6a9f0c2e7b41

Credly, by Pearson
""", """<html><body><table width="600"><tr><td><h1>Kenta, you've earned a badge!</h1><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/8c7d2e1a-04b6-4f3e-b1d5-6a9f0c2e7b41">Accept your badge</a></p></td></tr></table></body></html>""", n=35),
    L("badge"), "Credly badge right after the merge; badge UUID",
    msgid=mid_generic("f4", "credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", pol="p=REJECT sp=REJECT dis=NONE", ip="167.89.60.9"))

add(dt.datetime(2025, 5, 13, 15, 2, 41, tzinfo=UTC),
    addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge: AWS Certified Solutions Architect - Associate",
    alt("""Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.

This badge was previously issued to k.tsujimura@hoshikawa-cloud.co.jp and has been moved to this email address.

Accept your badge: https://www.credly.com/earner/earned/badge/1f4a9b3c-77e2-4c10-8d6e-2b5a3c9e0f18

Credly, by Pearson
""", """<html><body><h1>Kenta, you've earned a badge!</h1><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p><p>This badge was previously issued to k.tsujimura@hoshikawa-cloud.co.jp and has been moved to this email address.</p></body></html>""", n=36),
    L("badge"), "Second Credly mail mentioning the old company address",
    msgid=mid_generic("f5", "credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", pol="p=REJECT sp=REJECT dis=NONE", ip="167.89.60.9"))

add(dt.datetime(2025, 5, 14, 18, 0, 5, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] How did we do?" % CA,
    alt("""Hello,

Your case 174598342100288 was recently resolved. We'd like to know how we did.

How satisfied were you with the support you received?
Very satisfied: https://feedback.aws.training/r?c=174598342100288&s=5
Satisfied: https://feedback.aws.training/r?c=174598342100288&s=4
Neutral: https://feedback.aws.training/r?c=174598342100288&s=3
Dissatisfied: https://feedback.aws.training/r?c=174598342100288&s=2
Very dissatisfied: https://feedback.aws.training/r?c=174598342100288&s=1

It takes less than a minute. Thank you for helping us improve.
""", """<html><body><p>Hello,</p><p>Your case 174598342100288 was recently resolved. We'd like to know how we did.</p><p><b>How satisfied were you with the support you received?</b></p>
<table><tr><td><a href="https://feedback.aws.training/r?c=174598342100288&amp;s=5">Very satisfied</a></td><td><a href="https://feedback.aws.training/r?c=174598342100288&amp;s=4">Satisfied</a></td><td><a href="https://feedback.aws.training/r?c=174598342100288&amp;s=3">Neutral</a></td><td><a href="https://feedback.aws.training/r?c=174598342100288&amp;s=2">Dissatisfied</a></td><td><a href="https://feedback.aws.training/r?c=174598342100288&amp;s=1">Very dissatisfied</a></td></tr></table></body></html>""", n=37),
    L("survey", False, CA), "Survey from the case sender with [CASE] subject and a question",
    msgid=mid_ses("f6"), auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["f7"] = mid_gmail("f7")
add(dt.datetime(2025, 5, 15, 8, 10, 55, tzinfo=JST),
    addr("Kenta Tsujimura", ME_P), addr("AWS Training and Certification", TC), "Re: " + tc_subj(CA),
    leaf("""Hi Tomasz,

Thanks a lot! Everything looks right except one thing: the 50% exam discount I had on the old account isn't under Benefits. Could you take a look?

Kenta

On Tue, May 13, 2025 at 11:30 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> I have successfully merged all accounts. AWS03391057 now holds the exam history, certifications and benefits that were on AWS01736482, and the old login no longer works.
""", charset="utf-8", cte="quoted-printable"),
    L("user_reply", False, CA), "User question after resolution (the question is the user's, not support's)",
    msgid=M["f7"], irt=M["f3"], refs=[M["d1"], M["f2"], M["f3"]])

M["f8"] = mid_ses("f8")
add(dt.datetime(2025, 5, 15, 2, 0, 31, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hello Kenta,

I've reopened case 174598342100288 and picked it up from Tomasz.

The merge itself went through cleanly: four exams and two active certifications are now on AWS03391057. The discount voucher you mention, though, did not come across. Vouchers issued through a partner program are tracked separately, and the merge tool skips them.

To trace it I need the voucher code from your original benefit email (the first six characters are enough), or the date it was issued if that email is gone.

Grace L.
AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    L("info_request", True, CA, [ID_NEW]), "Reopen + progress news, then 'I need the voucher code' without please or question mark",
    msgid=M["f8"], irt=M["f7"], refs=[M["d1"], M["f3"], M["f7"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

M["f9"] = mid_gmail("f9")
add(dt.datetime(2025, 5, 15, 19, 30, 2, tzinfo=JST),
    addr("Kenta Tsujimura", ME_P), addr("AWS Training and Certification", TC), "Re: " + tc_subj(CA),
    leaf("""Hi Grace,

The code starts with 7QXR2M. It was issued on 2 November 2024, right after I passed the Developer exam.

Kenta

On Thu, May 15, 2025 at 11:00 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> To trace it I need the voucher code from your original benefit email (the first six characters are enough), or the date it was issued if that email is gone.
""", charset="utf-8", cte="quoted-printable"),
    L("user_reply", False, CA), "User supplies the voucher prefix",
    msgid=M["f9"], irt=M["f8"], refs=[M["d1"], M["f7"], M["f8"]])

M["g1"] = mid_ses("g1")
add(dt.datetime(2025, 5, 16, 1, 0, 12, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""Hi Kenta,

Found it, thank you. I've asked for a replacement voucher to be issued on AWS03391057. It normally appears under Benefits within three business days.

Wondering whether you need to do anything in the meantime? You don't. No further action is required from you; I'll keep the case open until the voucher is there and let you know.

Grace L.
""", charset="us-ascii", cte="7bit"),
    L("case_update", False, CA, [ID_NEW]), "Progress with a rhetorical question and 'No further action is required'",
    msgid=M["g1"], irt=M["f9"], refs=[M["d1"], M["f8"], M["f9"]],
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

add(dt.datetime(2025, 5, 16, 10, 30, 0, tzinfo=JST),
    addr("情報システム部", "it-helpdesk@hoshikawa-cloud.co.jp", "shift_jis"), ME_C,
    h("【情報システム部】アカウント停止のお知らせ", "iso-2022-jp"),
    leaf("""辻村 健太 様

情報システム部です。
退職に伴い、下記のアカウントを本日 18:00 に停止いたします。

・Microsoft 365（メール k.tsujimura@hoshikawa-cloud.co.jp を含む）
・Slack
・AWS IAM Identity Center（アカウント 302948571166 ほか）

停止後は本メールアドレスへの送受信はできなくなります。
必要なデータの退避は 17:00 までに完了してください。

情報システム部 ヘルプデスク（内線 2200）
""", charset="shift_jis", cte="base64"),
    L("unrelated"), "Company IT notice in Shift_JIS base64; imperatives; 12-digit AWS account",
    msgid=mid_outlook("g2"), subj_charset="iso-2022-jp", mailer="Microsoft Outlook 16.0")

add(dt.datetime(2025, 5, 16, 14, 2, 19, tzinfo=JST),
    addr("佐藤 由衣", "y.sato@hoshikawa-cloud.co.jp"), ME_C,
    h("自動応答: 退職のご挨拶（辻村）"),
    leaf("""お疲れさまです。佐藤です。

5月19日（月）まで休暇のため不在にしております。
期間中は メールを確認できませんので、お急ぎの場合は 吉田（r.yoshida@hoshikawa-cloud.co.jp）までご連絡ください。

戻り次第、順次ご返信いたします。
""", charset="utf-8", cte="base64"),
    L("unrelated"), "Out-of-office auto reply (Japanese) to the owner's farewell mail",
    msgid=mid_outlook("g3"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    mailer="Microsoft Outlook 16.0")

M["g4"] = mid_ses("g4")
add(dt.datetime(2025, 5, 20, 0, 30, 44, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CA),
    leaf("""All sorted - the 50% voucher is showing under Benefits on AWS03391057 now. I'm closing the case. Thanks for bearing with us!

Grace
""", charset="us-ascii", cte="7bit"),
    L("resolved", False, CA, [ID_NEW]), "Very short casual completion; 'closing the case' is not a closing notice",
    msgid=M["g4"], irt=M["g1"], refs=[M["d1"], M["f9"], M["g1"]], crlf=True,
    auth=auth_gmail("amazon.com", "0100019684ab@amazonses.com"))

bounce_text = """** Address not found **

Your message wasn't delivered to k.tsujimura@hoshikawa-cloud.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.tsujimura@hoshikawa-cloud.co.jp not found by SMTP address lookup
"""
bounce_status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 20 May 2025 04:58:11 -0700 (PDT)

Final-Recipient: rfc822; k.tsujimura@hoshikawa-cloud.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshikawa-cloud-co-jp.mail.protection.outlook.com. (52.101.228.4)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Tue, 20 May 2025 04:58:13 -0700 (PDT)
"""
bounce_hdrs = """From: Kenta Tsujimura <kenta.tsujimura.84@gmail.com>
Date: Tue, 20 May 2025 20:58:00 +0900
Message-ID: %s
Subject: Re: RE:[CASE 174598342100288] [AWS Training and Certification Form Submission] - account-assistance
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Cc: k.tsujimura@hoshikawa-cloud.co.jp
""" % mid_gmail("g5orig")
add(dt.datetime(2025, 5, 20, 4, 58, 13, tzinfo=PDT),
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    multi("report", [leaf(bounce_text, "plain", "utf-8", "quoted-printable"),
                     rawpart("message/delivery-status", bounce_status),
                     rawpart("text/rfc822-headers", bounce_hdrs)],
          "000000000000bounce" + hx("g5", 10), extra='; report-type=delivery-status'),
    L("unrelated"), "Bounce of the owner's thank-you to the dead company address; original subject carries the case number",
    msgid=mid_gmail("g5"), auth=auth_gmail("googlemail.com", "mailer-daemon@googlemail.com", ip="209.85.220.69"))

add(dt.datetime(2025, 5, 22, 16, 40, 0, tzinfo=UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you",
    alt("""Dear Kenta,

As an AWS Certified individual, you have a unique perspective on the value of AWS Certification. We invite you to take part in our annual AWS Certification holder survey. It takes about 10 minutes, and your responses are confidential.

Take the survey: https://www.certmetrics.com/amazon/survey/holder-2025

Thank you for helping us shape the future of AWS Certification.

AWS Certification
""", """<html><body><p>Dear Kenta,</p><p>As an AWS Certified individual, you have a unique perspective on the value of AWS Certification. We invite you to take part in our annual AWS Certification holder survey.</p><p><a href="https://www.certmetrics.com/amazon/survey/holder-2025">Take the survey</a></p></body></html>""", n=44),
    L("certification"), "Certification-program feedback invitation (looks like a survey but is a certmetrics notice)",
    msgid=mid_generic("g6", "certmetrics.com"),
    auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", pol="p=NONE sp=NONE dis=NONE", ip="168.245.33.10"))

add(dt.datetime(2025, 6, 3, 9, 12, 0, tzinfo=UTC),
    addr("Amazon Web Services", NOREPLY, "iso-2022-jp"), ME_P,
    h("Amazon Web Services 請求書のお知らせ [アカウント: 730118492265]", "iso-2022-jp"),
    leaf("""Amazon Web Services をご利用いただき、ありがとうございます。

最新の請求書を AWS ウェブサイトでご確認いただけるようになりました。

アカウント ID: 730118492265
請求期間: 2025年5月1日 - 2025年5月31日
合計: USD 3.41

請求の詳細は以下の請求情報とコスト管理ページでご確認ください。
https://console.aws.amazon.com/billing/home#/bill

今後ともよろしくお願いいたします。
アマゾン ウェブ サービス
""", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), "Japanese billing from the console-case sender; 12-digit account ID",
    msgid=mid_ses("h1"), subj_charset="iso-2022-jp", crlf=True,
    auth=auth_gmail("amazon.com", "0100019735@amazonses.com"))

# ---- Case CD (Japanese)
M["h2"] = mid_ses("h2")
add(dt.datetime(2025, 6, 17, 0, 32, 51, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CD),
    leaf("""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のリクエストについて、ケース 175012034500977 を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: 175012034500977
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: 認定
その他の詳細: プロフィールの更新
AWS 候補 ID: AWS03391057
お問い合わせ内容:
5月にアカウントを統合していただいた後、認定証の氏名が「Kenta Tujimura」になっています。旧アカウントの登録名が優先されたようです。パスポートと同じ表記に戻したいです。

ケースの回答時間は原則として 24 時間以内ですが、最善の解決策を見つけるために、さらにお時間を頂戴する場合もございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、本メールにご返信ください。

アマゾン ウェブ サービス
""", charset="iso-2022-jp", cte="7bit"),
    L("acknowledgement", False, CD, [ID_NEW]), "Japanese ack, ISO-2022-JP; conditional 〜がございましたら…ご返信ください",
    msgid=M["h2"], auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

M["h3"] = mid_ses("h3")
h3_text = """辻村 健太 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただきました認定証のお名前の表記について確認いたしました。2025年5月13日に実施いたしましたアカウント統合の際、統合元アカウント（AWS01736482）にご登録のお名前「Kenta Tujimura」が、統合先アカウント（AWS03391057）のお名前「Kenta Tsujimura」よりも優先して反映されておりました。大変ご迷惑をおかけしており、申し訳ございません。

お名前の表記は、認定証、Credly のデジタルバッジ、および試験配信事業者のプロフィールに共通して使用されます。試験当日の本人確認では、ご提示いただく身分証明書の表記と一致している必要がございますため、変更の前にご希望を確認させていただいております。

つきましては、今後ご使用になるお名前の表記として「Tsujimura」と「Tujimura」のいずれをご希望か、ご教示いただけますでしょうか。あわせて、名と姓の順序（Kenta Tsujimura／Tsujimura Kenta）についてご希望がございましたらお知らせください。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

――――――――――――――――
AWS トレーニングと認定 カスタマーサービス
小林
"""
h3_html = "<html><body>" + "".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in h3_text.split("\n\n")) + "</body></html>"
add(dt.datetime(2025, 6, 18, 5, 20, 7, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "shift_jis"), ME_P, tc_subj(CD),
    alt(h3_text, h3_html, charset="shift_jis", cte="base64", n=47),
    L("info_request", True, CD, [ID_OLD, ID_NEW]), "Keigo choice question on name spelling (〜いただけますでしょうか) after two paragraphs; not a merge choice; Shift_JIS base64",
    msgid=M["h3"], irt=M["h2"], refs=[M["h2"]], auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

add(dt.datetime(2025, 6, 18, 18, 0, 0, tzinfo=JST),
    addr("connpass", "no-reply@connpass.com"), ME_P,
    h("【connpass】「JAWS-UG 東京 #62 認定資格 LT 大会」への参加登録が完了しました"),
    leaf("""辻村 健太 さん

以下のイベントへの参加登録が完了しました。

イベント名: JAWS-UG 東京 #62 認定資格 LT 大会
日時: 2025/07/04（金）19:00〜21:30
会場: オンライン（Zoom）
受付番号: 5821946

参加できなくなった場合は、イベントページからキャンセル手続きをお願いします。

このメールは送信専用です。返信いただいてもお答えできません。
connpass
""", charset="utf-8", cte="8bit"),
    L("unrelated"), "Event registration in Japanese, UTF-8 8bit; 7-digit number",
    msgid=mid_generic("h4", "connpass.com"), auth=auth_gmail("connpass.com", "bounce@connpass.com", pol="p=NONE sp=NONE dis=NONE", ip="54.199.80.1"))

M["h5"] = mid_gmail("h5")
add(dt.datetime(2025, 6, 18, 22, 4, 11, tzinfo=JST),
    addr("辻村 健太", ME_P), addr("AWS トレーニングと認定", TC), "Re: " + tc_subj(CD),
    leaf("""小林様

ご確認いただきありがとうございます。
表記は「Tsujimura」、順序は「Kenta Tsujimura」でお願いいたします。パスポートもこの表記です。

辻村

2025年6月18日(水) 14:20 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 辻村 健太 様
>
> AWS トレーニングと認定 カスタマーサービスの小林でございます。
> ...
> つきましては、今後ご使用になるお名前の表記として「Tsujimura」と「Tujimura」のいずれをご希望か、ご教示いただけますでしょうか。
""", charset="utf-8", cte="base64"),
    L("user_reply", False, CD), "Japanese user reply with Gmail Japanese quote header",
    msgid=M["h5"], irt=M["h3"], refs=[M["h2"], M["h3"]])

M["h6"] = mid_ses("h6")
add(dt.datetime(2025, 6, 20, 2, 10, 33, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CD),
    leaf("""辻村 様

ご返信いただき、ありがとうございます。

お名前の変更は、試験配信事業者側のプロフィールと同時に更新する必要があるため、現在 Pearson VUE に変更を依頼しております。先方から回答があるまで、本ケースは保留とさせていただきます。

現時点でお客様にご対応いただく事項はございません。進展がございましたら、こちらからご連絡いたします。

AWS トレーニングと認定 カスタマーサービス
小林
""", charset="iso-2022-jp", cte="7bit"),
    L("on_hold", False, CD), "Japanese hold waiting on the exam vendor; explicitly nothing to do",
    msgid=M["h6"], irt=M["h5"], refs=[M["h2"], M["h3"], M["h5"]], auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

add(dt.datetime(2025, 6, 23, 10, 0, 0, tzinfo=UTC),
    addr("Pearson VUE", "pearsonvuereminder@pearson.com"), ME_P,
    h("受験予約のリマインダー: AWS Certified Solutions Architect - Professional"),
    alt("""辻村 健太 様

ご予約いただいている試験が近づいてまいりました。

試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2025年6月28日（土）10:00 JST
登録 ID: 482917305
受験方式: オンライン（OnVUE）

試験開始 30 分前までにチェックインを完了してください。プロフィールのお名前と身分証明書のお名前が一致していることをご確認ください。

Pearson VUE
""", """<html><body><p>辻村 健太 様</p><p>ご予約いただいている試験が近づいてまいりました。</p><table><tr><td>試験</td><td>SAP-C02</td></tr><tr><td>日時</td><td>2025年6月28日（土）10:00 JST</td></tr><tr><td>登録 ID</td><td>482917305</td></tr></table><p>プロフィールのお名前と身分証明書のお名前が一致していることをご確認ください。</p></body></html>""", n=50),
    L("unrelated"), "Japanese exam-vendor reminder; 9-digit registration ID; ご確認ください",
    msgid=mid_generic("h7", "pearson.com"), auth=auth_gmail("pearson.com", "bounces@pearson.com", pol="p=REJECT sp=REJECT dis=NONE", ip="198.2.130.55"))

M["h8"] = mid_ses("h8")
add(dt.datetime(2025, 6, 24, 4, 0, 2, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CD),
    leaf("""辻村 様

いつもお世話になっております。小林でございます。

Pearson VUE より回答があり、先方のプロフィールは「Kenta Tsujimura」に更新済みとの連絡を受けました。認定証および Credly 側の更新作業は弊社にて進めております。

なお、変更内容の記録のため、ご本人確認としてパスポートに記載されているローマ字表記（姓・名）を、本メールへのご返信にてお知らせいただけますと幸いです。写しの添付は不要でございます。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
小林
""", charset="iso-2022-jp", cte="7bit"),
    L("info_request", True, CD), "Progress news first, then a soft keigo ask (〜いただけますと幸いです) in the middle; ISO-2022-JP",
    msgid=M["h8"], irt=M["h6"], refs=[M["h2"], M["h3"], M["h5"], M["h6"]], crlf=True,
    auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

M["h9"] = mid_ses("h9")
add(dt.datetime(2025, 6, 27, 1, 0, 45, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CD),
    leaf("""辻村 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

6月24日にお送りしたご案内につきまして、現時点でご返信を確認できておりません。誠に勝手ながら、2025年7月1日までにご連絡をいただけない場合、本ケースはクローズとさせていただきます。

クローズ前であれば、本メールにご返信いただくことで、ケースは引き続きオープンのままとなります。

AWS トレーニングと認定 カスタマーサービス
""", charset="iso-2022-jp", cte="base64"),
    L("closing_notice", True, CD), "Japanese will-close notice with a date; ISO-2022-JP in base64",
    msgid=M["h9"], irt=M["h8"], refs=[M["h2"], M["h8"]], auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

add(dt.datetime(2025, 6, 29, 3, 15, 0, tzinfo=UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification: Your exam result is now available",
    alt("""Hello Kenta Tsujimura,

Congratulations! You have successfully passed the AWS Certified Solutions Architect - Professional exam.

Candidate ID: AWS03391057
Validation number: 9QK4XW2LJ1E41GS7
Achieved: June 28, 2025
Expires: June 28, 2028

Your digital badge will be issued by Credly within 5 business days. You can download your certificate from your AWS Certification account.

AWS Certification
""", """<html><body><p>Hello Kenta Tsujimura,</p><p><b>Congratulations!</b> You have successfully passed the AWS Certified Solutions Architect - Professional exam.</p><table><tr><td>Candidate ID</td><td>AWS03391057</td></tr><tr><td>Validation number</td><td>9QK4XW2LJ1E41GS7</td></tr></table></body></html>""", n=53),
    L("certification", False, None, [ID_NEW]), "Certmetrics exam result with candidate ID",
    msgid=mid_generic("i1", "certmetrics.com"), auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", pol="p=NONE sp=NONE dis=NONE", ip="168.245.33.10"))

M["i2"] = mid_gmail("i2")
add(dt.datetime(2025, 6, 29, 20, 11, 5, tzinfo=JST),
    addr("辻村 健太", ME_P), addr("AWS トレーニングと認定", TC), "Re: " + tc_subj(CD),
    alt("""小林様

ご返信が遅くなり申し訳ありません。試験の準備で確認できていませんでした。
パスポートの表記は 姓: TSUJIMURA　名: KENTA です。

よろしくお願いいたします。
辻村

2025年6月27日(金) 10:00 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 辻村 様
>
> 6月24日にお送りしたご案内につきまして、現時点でご返信を確認できておりません。誠に勝手ながら、2025年7月1日までにご連絡をいただけない場合、本ケースはクローズとさせていただきます。
""", """<div dir="ltr">小林様<br><br>ご返信が遅くなり申し訳ありません。試験の準備で確認できていませんでした。<br>パスポートの表記は 姓: TSUJIMURA　名: KENTA です。<br><br>よろしくお願いいたします。<br>辻村</div><div class="gmail_quote"><div class="gmail_attr">2025年6月27日(金) 10:00 AWS トレーニングと認定 &lt;aws-cs-trainingcertification-form@amazon.com&gt;:<br></div><blockquote class="gmail_quote">本ケースはクローズとさせていただきます。</blockquote></div>""", charset="utf-8", cte="base64", n=54),
    L("user_reply", False, CD), "Japanese reply quoting the closing notice",
    msgid=M["i2"], irt=M["h9"], refs=[M["h2"], M["h8"], M["h9"]])

M["i3"] = mid_ses("i3")
add(dt.datetime(2025, 6, 30, 3, 0, 19, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CD),
    leaf("""辻村 様

ご連絡いただき、ありがとうございます。また、認定試験の合格おめでとうございます。

認定アカウント、認定証および Credly のデジタルバッジのお名前を「Kenta Tsujimura」に更新いたしました。反映までに最大 24 時間ほどかかる場合がございます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
小林

-----Original Message-----
差出人: AWS トレーニングと認定
送信日時: 2025年6月24日 13:00
件名: RE:[CASE 175012034500977] [AWS Training and Certification Form Submission] - account-assistance

> なお、変更内容の記録のため、ご本人確認としてパスポートに記載されているローマ字表記（姓・名）を、本メールへのご返信にてお知らせいただけますと幸いです。
""", charset="iso-2022-jp", cte="7bit"),
    L("resolved", False, CD), "Japanese resolution with conditional reply invitation and the old ask quoted beneath",
    msgid=M["i3"], irt=M["i2"], refs=[M["h2"], M["h8"], M["h9"], M["i2"]], auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

add(dt.datetime(2025, 7, 1, 18, 0, 0, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    h("[CASE %s] サポートに関するアンケートのお願い" % CD, "iso-2022-jp"),
    leaf("""<html><body>
<p>お客様</p>
<p>先日はアマゾン ウェブ サービスにお問い合わせいただき、ありがとうございました。ケース 175012034500977 の対応について、お客様のご意見をお聞かせください。</p>
<p>今回のサポートにどの程度満足されましたか？</p>
<table><tr>
<td><a href="https://feedback.aws.training/r?c=175012034500977&amp;s=5">とても満足</a></td>
<td><a href="https://feedback.aws.training/r?c=175012034500977&amp;s=4">満足</a></td>
<td><a href="https://feedback.aws.training/r?c=175012034500977&amp;s=3">どちらでもない</a></td>
<td><a href="https://feedback.aws.training/r?c=175012034500977&amp;s=2">不満</a></td>
<td><a href="https://feedback.aws.training/r?c=175012034500977&amp;s=1">とても不満</a></td>
</tr></table>
<p>1 分ほどでご回答いただけます。ご協力のほど、よろしくお願いいたします。</p>
</body></html>
""", "html", "iso-2022-jp", "7bit"),
    L("survey", False, CD), "Japanese survey, HTML-only, keigo request to answer (not a case action)",
    msgid=mid_ses("i4"), subj_charset="iso-2022-jp", auth=auth_gmail("amazon.com", "0100019774@amazonses.com"))

add(dt.datetime(2025, 7, 2, 8, 30, 0, tzinfo=UTC),
    addr("Credly", "admin@credly.com"), ME_P,
    "You've earned a new badge from Amazon Web Services Training and Certification",
    alt("""Congratulations, Kenta Tsujimura!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Accept badge: https://www.credly.com/earner/earned/badge/d2b7e9a0-3c5f-4e18-9f62-7a1c4b8e0d35

Once accepted, you can share your badge on LinkedIn and other platforms.
""", """<html><body><h1>Congratulations, Kenta Tsujimura!</h1><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/d2b7e9a0-3c5f-4e18-9f62-7a1c4b8e0d35">Accept badge</a></p></body></html>""", n=57),
    L("badge"), "Credly badge with updated name spelling",
    msgid=mid_generic("i5", "credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", pol="p=REJECT sp=REJECT dis=NONE", ip="167.89.60.9"))

add(dt.datetime(2025, 7, 3, 23, 12, 0, tzinfo=UTC),
    addr("AWS認定 サポートセンター", "support@aws-nintei-center.jp"), ME_P,
    h("【重要】AWS認定アカウント統合に伴うご本人確認のお願い"),
    leaf("""AWS認定 保有者 各位

いつもAWS認定をご利用いただきありがとうございます。

先日実施されたアカウント統合に伴い、お客様の認定情報に不整合が検出されました。認定資格の失効を防ぐため、72時間以内に下記URLよりご本人確認を完了していただけますでしょうか。

https://aws-nintei-center.jp/verify/login

期限までにご対応いただけない場合、保有資格が一時停止となる可能性がございます。

AWS認定 サポートセンター
""", charset="utf-8", cte="base64"),
    L("suspicious"), "Japanese phishing from a lookalike .jp domain with a keigo request and a deadline",
    msgid=mid_generic("i6", "aws-nintei-center.jp"),
    auth=auth_gmail("aws-nintei-center.jp", "support@aws-nintei-center.jp", dkim="none", dmarc="none", pol="", ip="103.152.118.7"))

add(dt.datetime(2025, 8, 20, 9, 0, 0, tzinfo=JST),
    addr("DevelopersIO", "newsletter@classmethod.jp"), ME_P,
    h("【DevelopersIO ウィークリー】AWS 認定アカウントの統合手順まとめ ほか"),
    alt("""今週の注目記事

1. 転職時に AWS 認定アカウントを統合する手順まとめ（2025年版）
   アカウントの統合はフォームから申請し、サポートから確認メールが届いたら返信するだけ。APN パートナー企業の場合の注意点も解説します。

2. Amazon Bedrock のナレッジベースを Terraform で構築する

3. AWS Builder ID と認定アカウントの関係を整理する

配信停止はこちら: https://dev.classmethod.jp/newsletter/unsubscribe
""", """<html><body><h2>今週の注目記事</h2><ol><li>転職時に AWS 認定アカウントを統合する手順まとめ（2025年版）<br>サポートから確認メールが届いたら返信するだけ。</li><li>Amazon Bedrock のナレッジベースを Terraform で構築する</li><li>AWS Builder ID と認定アカウントの関係を整理する</li></ol></body></html>""", charset="utf-8", cte="quoted-printable", n=59),
    L("unrelated"), "Japanese newsletter about merging certification accounts ('確認メールが届いたら返信')",
    msgid=mid_generic("i7", "classmethod.jp"), auth=auth_gmail("classmethod.jp", "bounce@classmethod.jp", pol="p=NONE sp=NONE dis=NONE", ip="18.182.1.20"))

add(dt.datetime(2025, 8, 27, 14, 40, 0, tzinfo=UTC),
    addr("Credly", "badges@credly-notify.net"), ME_P,
    "Your AWS Certified Solutions Architect - Professional badge will be revoked",
    alt("""Hi Kenta,

We were unable to verify the identity linked to your AWS badge after a recent account merge. To avoid revocation, sign in and re-confirm your email within 48 hours:

https://credly-notify.net/account/reconfirm

Credly Support
""", """<html><body><p>Hi Kenta,</p><p>We were unable to verify the identity linked to your AWS badge after a recent account merge. To avoid revocation, sign in and re-confirm your email within 48 hours.</p><p><a href="https://credly-notify.net/account/reconfirm">Re-confirm now</a></p></body></html>""", n=60),
    L("suspicious"), "Credly lookalike domain; badge-themed phishing",
    msgid=mid_generic("i8", "credly-notify.net"),
    auth=auth_gmail("credly-notify.net", "badges@credly-notify.net", dkim="pass", dmarc="pass", pol="p=NONE sp=NONE dis=NONE", ip="91.215.85.14"))

add(dt.datetime(2025, 9, 8, 18, 5, 31, tzinfo=UTC),
    addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID verification code",
    leaf("""Hello,

Use the verification code below to sign in with your AWS Builder ID.

Verification code: 730264

This code expires in 10 minutes. If you didn't try to sign in, you can safely ignore this message.

Amazon Web Services
""", charset="us-ascii", cte="7bit"),
    L("unrelated"), "Sign-in one-time code from login.awsapps.com",
    msgid=mid_ses("j1"), auth=auth_gmail("login.awsapps.com", "0100@us-east-1.amazonses.com"))

# ---- Case CE
M["j2"] = mid_ses("j2")
add(dt.datetime(2025, 9, 8, 18, 13, 14, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CE),
    leaf("""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case 175735517200153, and the details are below.

Case ID: 175735517200153
Inquiry type: Certification
Additional details: Account Merge
Email address: kenta.tsujimura.84@gmail.com
Description: I found a third certification account, AWS04410263, created through Partner Central single sign-on while I worked at Hoshikawa Cloud Solutions. Its notifications still go to my old company address. Please merge it into AWS03391057.

We aim to respond within one business day. To avoid delays, please keep all correspondence about this request on this case.

AWS Training and Certification Customer Service
""", charset="utf-8", cte="quoted-printable"),
    L("acknowledgement", False, CE, [ID_SSO, ID_NEW]), "Ack in a different template wording ('Your request is now case N'); two candidate IDs",
    msgid=M["j2"], auth=auth_gmail("amazon.com", "010001992b@amazonses.com"))

M["j3"] = mid_ses("j3")
add(dt.datetime(2025, 9, 9, 6, 2, 40, tzinfo=UTC),
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, tc_subj(CE),
    alt("""辻村 健太 様

AWS トレーニングと認定 カスタマーサービスの森でございます。お問い合わせいただき、ありがとうございます。

お知らせいただいた認定アカウント AWS04410263 について確認いたしましたところ、AWS パートナーセントラルのシングルサインオンで作成されたアカウントであり、現在も星川クラウドソリューションズ株式会社の APN パートナー組織に関連付けられております。パートナー組織に関連付けられたアカウントは、組織側で関連付けが解除されるまで統合を行うことができないため、本件はいったん保留とさせていただいております。

関連付けの解除をパートナー組織へ依頼するにあたり、お客様がすでに同社を退職されていることを確認させていただく必要がございます。恐れ入りますが、退職日をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
森
""", """<html><body><p>辻村 健太 様</p><p>AWS トレーニングと認定 カスタマーサービスの森でございます。お問い合わせいただき、ありがとうございます。</p>
<p>お知らせいただいた認定アカウント AWS04410263 について確認いたしましたところ、AWS パートナーセントラルのシングルサインオンで作成されたアカウントであり、現在も星川クラウドソリューションズ株式会社の APN パートナー組織に関連付けられております。パートナー組織に関連付けられたアカウントは、組織側で関連付けが解除されるまで統合を行うことができないため、本件はいったん保留とさせていただいております。</p>
<p>関連付けの解除をパートナー組織へ依頼するにあたり、お客様がすでに同社を退職されていることを確認させていただく必要がございます。恐れ入りますが、退職日をお知らせいただけますでしょうか。</p>
<p>お手数をおかけいたしますが、何卒よろしくお願いいたします。</p></body></html>""", charset="iso-2022-jp", cte="7bit", n=63),
    L("on_hold", True, CE, [ID_SSO]), "Japanese APN hold that asks (退職日をお知らせいただけますでしょうか) after a long explanation",
    msgid=M["j3"], irt=M["j2"], refs=[M["j2"]], auth=auth_gmail("amazon.com", "010001992b@amazonses.com"))

M["j4"] = mid_gmail("j4")
add(dt.datetime(2025, 9, 9, 21, 30, 0, tzinfo=JST),
    addr("辻村 健太", ME_P), addr("AWS トレーニングと認定", TC), "Re: " + tc_subj(CE),
    leaf("""森様

ご確認ありがとうございます。
星川クラウドソリューションズは 2025年5月16日付で退職しております。

よろしくお願いいたします。
辻村

2025年9月9日(火) 15:02 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 恐れ入りますが、退職日をお知らせいただけますでしょうか。
""", charset="utf-8", cte="quoted-printable"),
    L("user_reply", False, CE), "Short Japanese answer to the hold question",
    msgid=M["j4"], irt=M["j3"], refs=[M["j2"], M["j3"]])

M["j5"] = mid_ses("j5")
add(dt.datetime(2025, 9, 11, 4, 45, 0, tzinfo=UTC),
    addr("Amazon Web Services", TC), ME_P, tc_subj(CE),
    leaf("""Hi Kenta,

My colleague Mori passed your case to me. The partner released AWS04410263 this morning, so we can move on.

Here's what I see:

Account #1 - AWS03391057
  Login email: kenta.tsujimura.84@gmail.com
  Training notification email: kenta.tsujimura.84@gmail.com
  Certification notification email: kenta.tsujimura.84@gmail.com

Account #2 - AWS04410263
  Login: Partner Central single sign-on
  Training notification email: k.tsujimura@hoshikawa-cloud.co.jp
  Certification notification email: k.tsujimura@hoshikawa-cloud.co.jp

Only one login survives a merge. Kindly let me know which should stay on file: kenta.tsujimura.84@gmail.com (Account #1) or the Partner Central sign-in (Account #2).

Hiroshi N.
AWS Training and Certification
""", charset="utf-8", cte="quoted-printable"),
    L("confirmation_request", True, CE, [ID_SSO, ID_NEW]), "Progress news then a choice phrased as 'which login/address should stay' = which account to keep",
    msgid=M["j5"], irt=M["j4"], refs=[M["j2"], M["j3"], M["j4"]], auth=auth_gmail("amazon.com", "010001992b@amazonses.com"))

add(dt.datetime(2025, 9, 12, 2, 14, 0, tzinfo=UTC),
    addr("Datadog Support", "support@datadoghq.com"), ME_P,
    "[Datadog Support] Re: Dashboard widget not loading - Request #1847365 has been solved",
    alt("""##- Please type your reply above this line -##

Your request (1847365) has been solved. To reopen this request, reply to this email.

Emma (Datadog)
Sep 12, 2025, 11:13 JST

Hi Kenta, the widget issue was caused by a stale cache in your org's dashboard settings. We cleared it; everything should load now. I'll mark this as solved.

This email is a service from Datadog Support.
""", """<html><body><p style="color:#b5b5b5">##- Please type your reply above this line -##</p><p>Your request (1847365) has been solved. To reopen this request, reply to this email.</p><p><b>Emma</b> (Datadog)</p><p>Hi Kenta, the widget issue was caused by a stale cache in your org's dashboard settings. We cleared it; everything should load now.</p></body></html>""", n=66),
    L("unrelated"), "Another vendor's 'solved ... reply to reopen' support mail",
    msgid=mid_generic("j6", "zendesk.com"), auth=auth_gmail("datadoghq.com", "support@datadoghq.com", pol="p=REJECT sp=REJECT dis=NONE", ip="192.161.148.12"))

M["j7"] = mid_ses("j7")
add(dt.datetime(2025, 9, 18, 7, 0, 0, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CE),
    leaf("""Hello,

This is an automated message about case 175735517200153.

We have not received a response to our last message, so the case has now been closed. If you still need help, reply to this email and the case will be reopened automatically.

AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"),
    L("closing_notice", True, CE), "'Has been closed' (past tense) with reopen-by-reply",
    msgid=M["j7"], irt=M["j5"], refs=[M["j2"], M["j5"]], crlf=True, auth=auth_gmail("amazon.com", "010001992b@amazonses.com"))

M["j8"] = mid_gmail("j8")
add(dt.datetime(2025, 9, 18, 21, 40, 12, tzinfo=JST),
    addr("Kenta Tsujimura", ME_P), addr("AWS Training and Certification", TC), "Re: " + tc_subj(CE),
    leaf("""Hi Hiroshi,

Sorry, I missed your message. Please keep the Gmail login, Account #1, and merge the Partner Central one into it.

Kenta

On Thu, Sep 18, 2025 at 4:00 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> We have not received a response to our last message, so the case has now been closed. If you still need help, reply to this email and the case will be reopened automatically.
""", charset="utf-8", cte="quoted-printable"),
    L("user_reply", False, CE), "User answers the merge choice by replying to the closing notice",
    msgid=M["j8"], irt=M["j7"], refs=[M["j2"], M["j5"], M["j7"]])

M["j9"] = mid_ses("j9")
add(dt.datetime(2025, 9, 19, 2, 10, 0, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CE),
    leaf("""Hi Kenta,

No problem, the case is open again. I'm running the merge now; accounts created through Partner Central single sign-on take a few hours to process, so I'll confirm once it has finished.

Hiroshi N.
""", charset="us-ascii", cte="7bit"),
    L("case_update", False, CE), "Reopened + in progress; asks nothing",
    msgid=M["j9"], irt=M["j8"], refs=[M["j2"], M["j7"], M["j8"]], auth=auth_gmail("amazon.com", "010001992b@amazonses.com"))

M["k1"] = mid_ses("k1")
add(dt.datetime(2025, 9, 19, 9, 32, 0, tzinfo=UTC),
    addr("AWS Training and Certification", TC), ME_P, tc_subj(CE),
    alt("""Hi Kenta,

Done: AWS04410263 has been merged into AWS03391057. Your exam history is complete and nothing more is needed from you.

Hiroshi N.
AWS Training and Certification

--
How would you rate my reply?
Great: https://feedback.aws.training/a?c=175735517200153&r=3
OK: https://feedback.aws.training/a?c=175735517200153&r=2
Not good: https://feedback.aws.training/a?c=175735517200153&r=1
""", """<html><body><p>Hi Kenta,</p><p>Done: AWS04410263 has been merged into AWS03391057. Your exam history is complete and nothing more is needed from you.</p><p>Hiroshi N.<br>AWS Training and Certification</p>
<hr><p style="font-size:12px">How would you rate my reply? <a href="https://feedback.aws.training/a?c=175735517200153&amp;r=3">Great</a> | <a href="https://feedback.aws.training/a?c=175735517200153&amp;r=2">OK</a> | <a href="https://feedback.aws.training/a?c=175735517200153&amp;r=1">Not good</a></p></body></html>""", n=70),
    L("resolved", False, CE, [ID_SSO, ID_NEW]), "Completion with a rating footer (question) under it",
    msgid=M["k1"], irt=M["j9"], refs=[M["j2"], M["j8"], M["j9"]], auth=auth_gmail("amazon.com", "010001992b@amazonses.com"))

add(dt.datetime(2025, 10, 11, 16, 0, 0, tzinfo=UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days",
    leaf("""Hello Kenta Tsujimura,

Your AWS Certified Developer - Associate certification (Candidate ID AWS03391057) expires on January 9, 2026.

To keep it active, pass the current version of the exam before the expiration date. Your 50% discount benefit can be applied when scheduling. If you let it lapse, you will need to take the exam again to become certified.

AWS Certification
""", charset="utf-8", cte="quoted-printable"),
    L("certification", False, None, [ID_NEW]), "Expiry reminder with instructions; not a support request",
    msgid=mid_generic("k2", "certmetrics.com"), auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", pol="p=NONE sp=NONE dis=NONE", ip="168.245.33.10"))

add(dt.datetime(2025, 12, 3, 5, 40, 0, tzinfo=UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "You've renewed your AWS Certified Developer - Associate certification",
    alt("""Hello Kenta Tsujimura,

Nice work! You have recertified as AWS Certified Developer - Associate. Your new expiration date is December 2, 2028.

Your updated certificate is available in your AWS Certification account, and your Credly badge will be refreshed shortly.

AWS Certification
""", """<html><body><p>Hello Kenta Tsujimura,</p><p><b>Nice work!</b> You have recertified as AWS Certified Developer - Associate. Your new expiration date is December 2, 2028.</p></body></html>""", n=73),
    L("certification"), "Recertification congratulations in new wording",
    msgid=mid_generic("k3", "certmetrics.com"), auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", pol="p=NONE sp=NONE dis=NONE", ip="168.245.33.10"))

add(dt.datetime(2025, 12, 3, 9, 10, 0, tzinfo=UTC),
    addr("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Developer - Associate badge has been renewed",
    leaf("""Hi Kenta Tsujimura,

Amazon Web Services Training and Certification has renewed your AWS Certified Developer - Associate badge. No action is needed; your badge page already shows the new expiration date.

View badge: https://www.credly.com/badges/4e0c7a19-9b21-4d6f-8e3a-51c2f7d08b6e

Credly
""", charset="us-ascii", cte="7bit"),
    L("badge"), "Credly renewal notice, plain text",
    msgid=mid_generic("k4", "credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", pol="p=REJECT sp=REJECT dis=NONE", ip="167.89.60.9"))

add(dt.datetime(2025, 12, 10, 17, 0, 0, tzinfo=UTC),
    addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
    "re:Invent 2025 recap: the launches you need to know",
    alt("""Hi Kenta,

re:Invent 2025 is a wrap. Here are the launches builders are talking about, plus on-demand sessions you can watch now.

- Keynote recap
- New certification: AWS Certified Generative AI Developer - Professional (beta)
- Top 10 breakout sessions

Have questions? Reply to this email or contact your account team.

Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
""", """<html><body><h2>re:Invent 2025 is a wrap</h2><ul><li>Keynote recap</li><li>New certification: AWS Certified Generative AI Developer - Professional (beta)</li><li>Top 10 breakout sessions</li></ul><p>Have questions? Reply to this email or contact your account team.</p></body></html>""", n=76),
    L("unrelated"), "AWS marketing with 'Reply to this email' and certification wording",
    msgid=mid_ses("k5"), auth=auth_gmail("amazon.com", "bounce@pages.awscloud.com", ip="192.28.152.15"))

add(dt.datetime(2025, 12, 12, 11, 0, 0, tzinfo=JST),
    addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    h("Amazon.co.jp ご注文の商品を発送しました"),
    leaf("""辻村 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせいたします。

注文番号: 503-4829173-0561847
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 第2版
お届け予定: 12月13日（土）

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
""", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), "Amazon.co.jp shipment (amazon but not AWS); order number with digit groups",
    msgid=mid_generic("k6", "amazon.co.jp"),
    auth=auth_gmail("amazon.co.jp", "20251212020000abc@bounces.amazon.co.jp", pol="p=QUARANTINE sp=QUARANTINE dis=NONE", ip="54.240.13.1"))


# ------------------------------------------------------------------ writer
def slug_for(n):
    """Neutral slug: a letter, sometimes followed by a digit (says nothing about the label)."""
    s = hashlib.sha1(("slug%d" % n).encode()).hexdigest()
    letters = "abcdefghjkmnpqrstuvwxyz"
    head = letters[int(s[:4], 16) % len(letters)]
    return head + str(int(s[4:6], 16) % 10) if int(s[6], 16) % 2 else head


def build(m, n):
    lines = []
    if m["returnpath"]:
        lines.append(("Return-Path", "<%s>" % m["returnpath"]))
    to_addr = m["to"].split("<")[-1].rstrip(">") if "<" in m["to"] else m["to"]
    if m["auth"] is not None:
        lines.append(("Delivered-To", ME_P if ME_P in (m["to"] + (m["cc"] or "")) else to_addr))
        lines.append(("Received", "by 2002:a05:6a10:%x with SMTP id %s;\n        %s"
                      % (n * 97, hx("r%d" % n, 14), fmt_date(m["date"].astimezone(PDT)))))
        lines.append(("Authentication-Results", m["auth"]))
    elif m["auth_o"] is not None:
        lines.append(("Received", "from TYCPR01MB8421.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYCPR01MB8421.jpnprd01.prod.outlook.com with mapi id 15.20.8722.%d;\n %s"
                      % (hx("o%d" % n, 4), n, fmt_date(m["date"].astimezone(UTC)))))
        lines.append(("Authentication-Results", m["auth_o"]))
    lines.append(("From", m["frm"]))
    lines.append(("To", m["to"]))
    if m["cc"]:
        lines.append(("Cc", m["cc"]))
    lines.append(("Subject", h(m["subject"], m["subj_charset"]) if not m["subject"].startswith("=?") else m["subject"]))
    lines.append(("Date", fmt_date(m["date"])))
    lines.append(("Message-ID", m["msgid"] or mid_generic("m%d" % n, "mail.example")))
    if m["irt"]:
        lines.append(("In-Reply-To", m["irt"]))
    if m["refs"]:
        lines.append(("References", "\n ".join(m["refs"])))
    if m["mailer"]:
        lines.append(("X-Mailer", m["mailer"]))
    for k, v in m["extra"]:
        lines.append((k, v))
    lines.append(("MIME-Version", "1.0"))
    bh, bb = m["body"]
    lines.extend(bh)
    raw = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in lines) + b"\n" + bb
    if m["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        name = "%03d-%s" % (i, slug_for(i))
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(build(m, i))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append("| %s | %s | %s | %s | %s |" % (
            name, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-", m["note"].replace("|", "/")))
    write_readme(rows)
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MESSAGES)
    needs = sum(1 for m in MESSAGES if m["label"]["needs_reply"])
    txt = ["me: %s %s" % (ME_P, ME_C), "",
           "# Blind held-out corpus (blind-15)", "",
           "Written only from DOMAIN.md, the five seed write-ups and BLIND-CORPUS.md. Regenerate with `python3 gen.py`.",
           "", "Mailbox owner: Kenta Tsujimura (辻村 健太). Personal address %s; old company address %s "
           "(Hoshikawa Cloud Solutions, an APN partner; mailbox closed 2025-05-16)." % (ME_P, ME_C), "",
           "## Cases", "",
           "| case | digits | what |", "|---|---|---|",
           "| %s | 10 | 2021 form case: two certification accounts under the company address (info request, confirm, merged) |" % C21,
           "| %s | 11 | 2023 AWS Support Center (console) case about a missing voucher; must be answered in the console; auto-resolve warning |" % C23,
           "| %s | 15 | 2025 main merge (company -> personal): APN hold that asks, wrong-address reply, hold that informs, HTML confirmation, closing notice, reply by In-Reply-To only, merged, reopened for a voucher |" % CA,
           "| %s | 15 | duplicate form submission 9 minutes later to the company address; support asks before closing it |" % CB,
           "| %s | 15 | Japanese case about the name spelling after the merge (keigo requests, vendor hold, closing notice) |" % CD,
           "| %s | 15 | Partner Central SSO account: Japanese APN hold that asks, English confirmation, has-been-closed notice, reopened, merged |" % CE,
           "", "Not case numbers: 12-digit AWS account IDs (418295730614, 302948571166, 730118492265), 10-digit invoice ID 1384729150, "
           "9-digit Pearson VUE registration ID 482917305, 6-digit codes, Credly UUIDs, the 10-digit fake 'case' in a phishing subject.",
           "", "Candidate IDs: %s (company), %s (2021 duplicate), %s (personal), %s (Partner Central SSO)." % (ID_OLD, ID_DUP, ID_NEW, ID_SSO),
           "", "## Counts", "", "Messages: %d; needs_reply true: %d" % (len(MESSAGES), needs), "",
           "| kind | count |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        txt.append("| %s | %d |" % (k, kinds.get(k, 0)))
    txt += ["", "## Messages", "", "| file | kind | needs_reply | case | what makes it hard |", "|---|---|---|---|---|"]
    txt += rows
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(txt) + "\n")


if __name__ == "__main__":
    main()
