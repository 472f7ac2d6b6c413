#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-slug.eml + NNN-slug.json into the directory holding this script."""
import base64, datetime, hashlib, json, os, quopri, re
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "takumi.nishikawa.0412@gmail.com"
CO = "t-nishikawa@kurenai-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NR = "no-reply-aws@amazon.com"

C21 = "8123459076"          # 2021, 10 digits
C23 = "12473659018"         # 2023 console, 11 digits
CM = "174115023400871"      # 2025 main merge case, 15 digits
CD = "174115498700214"      # 2025 duplicate form submission
CN = "174298112300536"      # 2025 name-correction case
TCSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- helpers
def subj(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    return formataddr((name, email), charset=cs) if name else email

def dt(s, tz="+0000"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz

MIDS = {}
def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == "ses":
        v = "<01000%s-%s-%s-000000@email.amazonses.com>" % (h[:11], h[11:19], h[19:23])
    elif dom == "gmail":
        v = "<CAH%s+%s@mail.gmail.com>" % (h[:20].upper(), h[20:32])
    elif dom == "o365":
        v = "<TY%sPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:8].upper(), h[8:12].upper())
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    MIDS[key] = v
    return v

def ar_g(dom, dkim="pass", spf="pass", dmarc="pass", mf=None, sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    mf = mf or ("bounces@" + dom)
    pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Kq3v%s;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s") % (
                dkim, dom, sel, hashlib.md5(dom.encode()).hexdigest()[:4], spf, mf, len(dom) + 11, mf, dmarc, pol, dom)

def ar_o(dom, dkim="pass", spf="pass", dmarc="pass", mf="amazonses.com"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    act = "none" if dmarc == "pass" else "quarantine"
    return ("spf=%s (sender IP is 54.240.8.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s") % (
                spf, len(dom) + 20, mf, dkim, dom, dmarc, act, dom, comp)

def T(text, cs="utf-8", cte="8bit", sub="plain"):
    return ("leaf", text, cs, cte, sub)
def H(text, cs="utf-8", cte="quoted-printable"):
    return ("leaf", text, cs, cte, "html")
def ALT(*p):
    return ("multi", "alternative", p)
def MIX(*p):
    return ("multi", "mixed", p)

BN = [0]
def render(part):
    if part[0] == "leaf":
        _, text, cs, cte, sub = part
        raw = text.encode(cs)
        if cte == "base64":
            body = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
        hd = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, cs, cte)
        return hd.encode(), body
    _, kind, parts = part
    BN[0] += 1
    b = "----=_Part_%d_%s" % (BN[0], hashlib.md5(str(BN[0]).encode()).hexdigest()[:12])
    out = b""
    for p in parts:
        h, bd = render(p)
        out += b"--" + b.encode() + b"\n" + h + b"\n" + bd
    out += b"--" + b.encode() + b"--\n"
    return ('Content-Type: multipart/%s;\n boundary="%s"\n' % (kind, b)).encode(), out

MSGS = []
def add(slug, kind, nr, case, cands, hdrs, body, crlf=False):
    MSGS.append((slug, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, hdrs, body, crlf))

def write_all():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for i, (slug, label, hdrs, body, crlf) in enumerate(MSGS, 1):
        head = ""
        for k, v in hdrs:
            if v is None:
                continue
            head += "%s: %s\n" % (k, v)
        head += "MIME-Version: 1.0\n"
        bh, bb = render(body)
        data = head.encode("ascii") + bh + b"\n" + bb
        if crlf:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        base = "%03d-%s" % (i, "mail-" + hashlib.sha1(("blind67/" + slug).encode()).hexdigest()[:6])
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(MSGS), "messages")

def std(frm, to, sub, date, key, dom="ses", ar=None, irt=None, refs=None, extra=(), cc=None, rp=None):
    m = mid(key, dom)
    h = []
    if rp:
        h.append(("Return-Path", "<%s>" % rp))
    if ar:
        h.append(("Authentication-Results", ar))
    h += [("From", frm), ("To", to), ("Cc", cc), ("Subject", sub), ("Date", date), ("Message-ID", m)]
    if irt:
        h.append(("In-Reply-To", MIDS[irt]))
        rl = [MIDS[r] for r in (refs or [irt])]
        h.append(("References", "\n ".join(rl)))
    h += list(extra)
    return h

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

TCF = addr("AWS Training and Certification", TC)
SESRP = "0100018e2f7c1a3b-3c1f2e7d-aa10-4c1e-9d8b-51f0e2c7d901-000000@amazonses.com"

# ====================================================================== 2021 thread (10-digit case, personal mailbox)
S21 = "RE:[CASE %s] %s" % (C21, TCSUBJ)
A21 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Use Case: I have two certification accounts registered with the same e-mail
address and my badges no longer appear on Credly. I would like the two accounts merged.
All email addresses you may have used in our system: %s
The email address you would like to keep on file: %s
Candidate IDs: AWS04419872 / AWS07736150

We aim to respond to most inquiries within 24 hours, though some cases may take longer to research.
To avoid delays, please do not open a new case for the same request.

If you have any additional information to add to this case, you may reply to this email.

Best regards,
Amazon Web Services
""" % (C21, C21, ME, ME)
add("t-a1", "acknowledgement", False, C21, ["AWS04419872", "AWS07736150"],
    std(TCF, ME, S21, dt("2021-06-14 09:12:44"), "a21", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP), T(A21, "utf-8", "7bit"))

PV = """Dear Takumi Nishikawa,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Developer - Associate (DVA-C01)
Registration ID: 391028475
Appointment: Saturday, July 10, 2021 at 10:00 AM Japan Standard Time
Test centre: Online proctored (OnVUE)

Please check in 30 minutes before your appointment. If you need to reschedule or cancel, please do so
at least 24 hours before your appointment through your Pearson VUE web account.

Reply to this email is not monitored.

Pearson VUE
"""
add("m-b1", "unrelated", False, None, [],
    std(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME, "Pearson VUE Confirmation of Booking",
        dt("2021-06-15 01:03:10"), "pv21", dom="pearson.com", ar=ar_g("pearson.com")), T(PV, "us-ascii", "7bit"), crlf=True)

U21 = """Hi there,

Just a quick note on case %s: our team is currently handling a much higher volume of requests than
usual, so it is taking us a little longer to get to each one. Your request is in the queue and has
not been forgotten.

We'll write again as soon as an agent has reviewed your accounts. There is nothing you need to send
us in the meantime.

Thanks for your patience,
AWS Training and Certification Customer Service
""" % C21
add("t-a2", "case_update", False, C21, [],
    std(TCF, ME, S21, dt("2021-06-18 22:40:05"), "u21", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="a21"), T(U21, "utf-8", "quoted-printable"))

IQ21 = """Hi Takumi,

Jonas here from AWS Training and Certification - the queue is moving again, sorry for the wait.

I can see two candidate profiles registered with %s. Credly only ever follows one of them, and
before anyone merges anything it helps to know which one that is.

When you accepted your first AWS badge on Credly (or Acclaim, as it was called then), did you sign up
there with this same e-mail address or with a different one?

Jonas
""" % ME
add("t-a2b", "info_request", True, C21, [],
    std(TCF, ME, S21, dt("2021-06-20 01:02:11"), "iq21", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="a21", refs=["a21", "u21"]),
    T(IQ21, "utf-8", "7bit"), crlf=True)

YQ21 = """Same address, %s. I never used another one on Acclaim.

2021年6月20日(日) 10:02 AWS Training and Certification <%s>:
%s
""" % (ME, TC, q(IQ21))
add("r-a2c", "user_reply", False, C21, [],
    std(addr("Takumi Nishikawa", ME), TC, S21, dt("2021-06-20 19:44:30", "+0900"), "yq21", dom="gmail", irt="iq21", refs=["a21", "u21", "iq21"]),
    T(YQ21, "utf-8", "quoted-printable"))

R21 = """Hello Takumi,

My name is Priya and I have picked up your case.

I looked into the two profiles in our certification system. Both are registered to the same e-mail
address, which is why Credly is not able to match your badges to a single record:

Candidate ID AWS04419872 - created 2019-02-03 - 1 certification (Cloud Practitioner)
Candidate ID AWS07736150 - created 2020-08-17 - 1 certification (Solutions Architect - Associate)

After a merge only one candidate ID survives; the exam history, certifications and benefits of the
other one are moved into it and the other profile is deactivated. This can't be undone.

Which of the two candidate IDs would you like to keep as your primary account? Once I have your
answer I'll complete the merge.

Kind regards,
Priya S.
AWS Training and Certification
"""
R21H = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in R21.strip().split("\n\n")) + "</body></html>"
add("t-a3", "confirmation_request", True, C21, ["AWS04419872", "AWS07736150"],
    std(TCF, ME, S21, dt("2021-06-22 03:15:51"), "r21", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="yq21", refs=["a21", "u21", "iq21", "yq21"]),
    ALT(T(R21, "utf-8", "quoted-printable"), H(R21H)))

Y21 = """Hi Priya,

Please keep AWS07736150 and merge AWS04419872 into it.

Thank you!
Takumi

On Tue, Jun 22, 2021 at 12:15 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(R21))
add("r-a4", "user_reply", False, C21, ["AWS07736150", "AWS04419872"],
    std(addr("Takumi Nishikawa", ME), TC, S21, dt("2021-06-22 12:41:09", "+0900"), "y21", dom="gmail", irt="r21", refs=["a21", "r21"]),
    T(Y21, "utf-8", "quoted-printable"))

D21 = """Hello Takumi,

I have successfully merged all accounts. Your certifications and exam history are now under candidate
ID AWS07736150, and you will keep signing in with your current credentials.

Your badges should reappear in Credly within 24-48 hours.

Thank you for contacting AWS Training and Certification.

Priya S.

-----Original Message-----
%s
""" % R21
add("t-a5", "resolved", False, C21, ["AWS07736150"],
    std(TCF, ME, S21, dt("2021-06-22 07:58:30"), "d21", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="y21", refs=["a21", "r21", "y21"]),
    T(D21, "utf-8", "7bit"))

B21 = """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h2>Takumi, you've been issued a new badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept your badge to manage it and share it on social media.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6f1c2a9e-0d4b-4a7e-9a38-2b7f5d1e8c40">Accept badge</a></p>
<p style="color:#888;font-size:11px">You are receiving this email because you earned a badge.
Acclaim, 1 Dupont Circle, Washington DC.</p>
</td></tr></table></body></html>"""
add("b-a6", "badge", False, None, [],
    std(addr("Acclaim", "admin@youracclaim.com"), ME, "Takumi, you've been issued a new badge from Amazon Web Services Training and Certification",
        dt("2021-06-23 02:11:47"), "b21", dom="youracclaim.com", ar=ar_g("youracclaim.com")), H(B21, "utf-8", "quoted-printable"))

SV21 = """Hello,

You recently contacted AWS Training and Certification Customer Service about case %s.

We'd love to know how we did. The survey takes less than a minute:
https://survey.aws.training/s3/cs-feedback?case=%s

Your feedback helps us improve. Please do not reply to this message - replies are not read.

AWS Training and Certification
""" % (C21, C21)
add("s-a7", "survey", False, C21, [],
    std(addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME, "How did we do? Your recent AWS Training and Certification case",
        dt("2021-06-24 16:00:02"), "sv21", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP), T(SV21, "utf-8", "7bit"))

# ====================================================================== 2022-2023 (company mailbox, console case)
CC22 = """<html><body>
<p>Dear Takumi Nishikawa,</p>
<p>Congratulations! You have successfully completed the requirements to become
<b>AWS Certified Developer &ndash; Associate</b>.</p>
<table border="0"><tr><td>Validation number:</td><td>QX7K2M1B3LE4Q8W9</td></tr>
<tr><td>Certification date:</td><td>Nov 08, 2022</td></tr>
<tr><td>Expiration date:</td><td>Nov 08, 2025</td></tr></table>
<p>Your benefits, including a 50% discount on your next exam, are available in your AWS Certification Account.</p>
<p>This mailbox is not monitored.</p>
<p>AWS Certification</p></body></html>"""
add("c-b8", "certification", False, None, [],
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "Congratulations, you are now AWS Certified!",
        dt("2022-11-08 06:30:12"), "cc22", dom="certmetrics.com", ar=ar_o("certmetrics.com", mf="certmetrics.com")),
    ALT(T(re.sub(r"<[^>]+>", "", CC22).replace("&ndash;", "-"), "utf-8", "7bit"), H(CC22)))

BILL = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account
will be charged the following:

Total: $412.87

Please see the Bills page of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 4839-2017-5566 [AWS ID 483920175566]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Please do not reply to this e-mail; this address cannot accept incoming e-mails.
"""
add("m-b9", "unrelated", False, None, [],
    std(addr("Amazon Web Services", NR), CO, "Amazon Web Services Billing Statement Available [Account: 483920175566]",
        dt("2023-03-02 09:01:33"), "bill23", ar=ar_o("amazon.com")), T(BILL, "utf-8", "7bit"), crlf=True)

CON_FOOT = """
Please do not reply to this e-mail; this address cannot accept incoming e-mails. To view or respond to
the case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % C23
NC23 = """Dear Customer,

We have received your case %s and our Support staff will be in touch as soon as possible.

Case ID: %s
Subject: Exam voucher missing from certification benefits
Severity: General guidance
Account: 483920175566
Correspondence: Hi, the 50%% exam discount that should have come with my DVA certification does not
appear on the Benefits page of my AWS Certification Account. Could you check it?

Thank you for contacting Amazon Web Services.
%s""" % (C23, C23, CON_FOOT)
add("t-b10", "acknowledgement", False, C23, [],
    std(addr("Amazon Web Services", NR), CO, "Amazon Web Services: New Support case: %s" % C23,
        dt("2023-03-06 02:14:08"), "nc23", ar=ar_o("amazon.com")), T(NC23, "utf-8", "quoted-printable"))

SC23 = "RE:[CASE %s] Exam voucher missing from certification benefits" % C23
FB = """
We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence. Each correspondence can also be rated by
selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""
IR23 = """Hello,

Thank you for reaching out. Exam benefits are attached to the certification account (candidate
profile) rather than to an AWS account, so I will need to locate your candidate profile before I can
look at the voucher.

What is the candidate ID shown at the top right of your AWS Certification Account, and which e-mail
address do you sign in there with? Kindly add both as a correspondence on this case in the Support
Center - the link is below.

Best regards,
Kevin H.
Amazon Web Services
%s%s""" % (FB, CON_FOOT)
add("t-b11", "info_request", True, C23, [],
    std(addr("Amazon Web Services", NR), CO, SC23, dt("2023-03-06 07:49:55"), "ir23", ar=ar_o("amazon.com"), irt="nc23"),
    ALT(T(IR23, "utf-8", "quoted-printable"),
        H("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in IR23.strip().split("\n\n")) + "</body></html>")))

NDR = """配信不能: %s

Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The recipient's mailbox does not accept messages. The e-mail address you entered couldn't be found.

次の受信者またはグループへの配信に失敗しました:
no-reply-aws@amazon.com
宛先のメールボックスはメッセージを受け付けていません。

Diagnostic information for administrators:
Generating server: TYCPR01MB8842.jpnprd01.prod.outlook.com
Remote Server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail'

Original message headers:
From: 西川 拓海 <%s>
To: "Amazon Web Services" <no-reply-aws@amazon.com>
Subject: RE:[CASE %s] Exam voucher missing from certification benefits
""" % (SC23, CO, C23)
add("m-b12", "unrelated", False, None, [],
    std(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kurenai-sys.co.jp"), CO,
        subj("配信不能: " + SC23), dt("2023-03-06 17:02:40", "+0900"), "ndr23", dom="o365"),
    T(NDR, "utf-8", "base64"), crlf=True)

CL23 = """Hello,

We haven't heard back from you on this case since our last correspondence on March 6.

We still need the candidate ID and sign-in e-mail of your AWS Certification Account to continue. If
we don't receive a response, this case will be automatically resolved in 3 days. To keep it open,
add a correspondence in the Support Center.

Best regards,
Amazon Web Services
%s%s""" % (FB, CON_FOOT)
add("t-b13", "closing_notice", True, C23, [],
    std(addr("Amazon Web Services", NR), CO, SC23, dt("2023-03-10 08:00:17"), "cl23", ar=ar_o("amazon.com"), irt="ir23", refs=["nc23", "ir23"]),
    T(CL23, "utf-8", "7bit"))

RS23 = """Hi Takumi,

Thanks for sending the details through the Support Center. I found candidate ID AWS05127734 and
could see that the benefit had been created but never published to your profile. I've republished it,
and the 50%% discount voucher now shows on the Benefits page.

I'm going to mark this case as resolved. If something still isn't right, you can reopen it from the
Support Center within 14 days.

Best regards,
Kevin H.
Amazon Web Services
%s%s""" % (FB, CON_FOOT)
add("t-b14", "resolved", False, C23, ["AWS05127734"],
    std(addr("Amazon Web Services", NR), CO, SC23, dt("2023-03-11 04:33:02"), "rs23", ar=ar_o("amazon.com"), irt="cl23", refs=["nc23", "ir23", "cl23"]),
    T(RS23, "utf-8", "quoted-printable"))

GH = """Merged #418 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kurenai-sys/infra-cdk/pull/418#event-8812039451
You are receiving this because you were mentioned.
"""
add("m-b15", "unrelated", False, None, [],
    std(addr("Sato Ren", "notifications@github.com"), addr("kurenai-sys/infra-cdk", "infra-cdk@noreply.github.com"),
        "Re: [kurenai-sys/infra-cdk] Merge certification stack into shared account (PR #418)",
        dt("2023-05-19 05:20:44"), "gh23", dom="github.com", ar=ar_o("github.com", mf="github.com"),
        cc=addr("Takumi Nishikawa", CO)),
    ALT(T(GH, "utf-8", "7bit"), H("<p><b>Merged</b> #418 into main.</p><p>&mdash;<br>Reply to this email directly, "
                                   "<a href=\"https://github.com/kurenai-sys/infra-cdk/pull/418\">view it on GitHub</a>.</p>")))

EXP = """Hello Takumi Nishikawa,

Your AWS Certified Solutions Architect - Associate certification expires on Jun 21, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before that date.
You can use the 50% discount benefit in your AWS Certification Account toward the exam.

This is an automated message. Please do not reply.

AWS Certification
"""
add("c-b16", "certification", False, None, [],
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "Your AWS Certification expires in 180 days",
        dt("2024-12-23 11:00:00"), "exp24", dom="certmetrics.com", ar=ar_o("certmetrics.com", mf="certmetrics.com")),
    T(EXP, "utf-8", "7bit"))

# ====================================================================== 2025: leaving the company
NL = """━━━━━━━━━━━━━━━━━━━━━━
 クラウド実践ウィークリー 2025年2月第3号
━━━━━━━━━━━━━━━━━━━━━━

今週のトピック
・Amazon Bedrock の新しいモデルが東京リージョンで利用可能に
・AWS認定、転職時のアカウント移行で気を付けたい3つのこと（寄稿）
・CDK v2 のマイグレーション事例

▼ 寄稿：転職前にやっておきたいAWS認定アカウントの整理
会社のメールアドレスで作った認定アカウントは、退職前に個人アカウントへ統合しておくのがおすすめです。
サポートから確認メールが届いたら、忘れずに返信しましょう。
https://cloud-jissen.example.jp/articles/2025/02/cert-merge

配信停止はこちら: https://cloud-jissen.example.jp/unsubscribe?u=8812
"""
add("m-c1", "unrelated", False, None, [],
    std(addr("クラウド実践ウィークリー", "news@cloud-jissen.jp"), ME, subj("【クラウド実践ウィークリー】転職前にやっておきたいAWS認定アカウントの整理 ほか"),
        dt("2025-02-20 08:00:00", "+0900"), "nl25", dom="cloud-jissen.jp", ar=ar_g("cloud-jissen.jp")),
    T(NL, "utf-8", "base64"))

HR1 = """西川 拓海 さん

人事部の森です。退職手続きについてご連絡いたします。

最終出社日：2025年3月14日（金）
社用メールアカウント停止：3月14日 18:00
貸与PC・入館証の返却：最終出社日の17:00までに総務へ

つきましては、添付の「退職届」「秘密保持誓約書」をご確認のうえ、
3月7日までに本メールにご返信ください。

また、会社名義で取得した資格のアカウント（AWS認定など）で、
個人に移す必要があるものは最終出社日までに各自で手続きをお願いします。

人事部 森
"""
add("m-c2", "unrelated", False, None, [],
    std(addr("人事部 森", "jinji@kurenai-sys.co.jp", "iso-2022-jp"), addr("西川 拓海", CO, "iso-2022-jp"),
        subj("【要返信】退職手続きのご案内", "iso-2022-jp"), dt("2025-02-27 10:21:00", "+0900"), "hr1", dom="o365",
        ar="spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=kurenai-sys.co.jp; dkim=pass (signature was verified)\n header.d=kurenai-sys.co.jp;dmarc=pass action=none header.from=kurenai-sys.co.jp;compauth=pass reason=100"),
    T(HR1, "iso-2022-jp", "7bit"), crlf=True)

BID = """AWS Builder ID の確認

AWS Builder ID の作成にご協力いただきありがとうございます。
以下の確認コードを入力して、メールアドレスを確認してください。

確認コード: 604218

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
add("m-c3", "unrelated", False, None, [],
    std(addr("AWS", "no-reply@signin.aws"), ME, subj("AWS Builder ID の確認コード"),
        dt("2025-03-05 04:31:12"), "bid1", ar=ar_g("signin.aws", mf="bounces@signin.aws")),
    ALT(T(BID, "utf-8", "base64"), H("<html><body><h3>AWS Builder ID の確認</h3><p>以下の確認コードを入力してください。</p>"
                                      "<p style=\"font-size:24px\"><b>604218</b></p><p>このコードの有効期限は 30 分です。</p></body></html>", "utf-8", "base64")))

SM = "RE:[CASE %s] %s" % (CM, TCSUBJ)
AJ = """こんにちは

Amazon Web Services にお問い合わせいただきありがとうございます。お客様のリクエストに対応するため、
ケース %s を作成しました。

ケースの詳細は以下のとおりです:

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なガイダンス
やり取り: Use Case: I am no longer going to be an employee of Kurenai Systems and would like to merge my accounts.
All email addresses you may have used in our system: %s, %s
The email address you would like to keep on file: %s

通常24時間以内にご回答いたしますが、最善の解決策を見つけるためにさらにお時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本ケースに追加情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
""" % (CM, CM, CO, ME, ME)
add("t-c4", "acknowledgement", False, CM, [],
    std(TCF, CO, SM, dt("2025-03-05 04:50:41"), "acm", ar=ar_o("amazon.com")),
    ALT(T(AJ, "utf-8", "quoted-printable"),
        H("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in AJ.strip().split("\n\n")) + "</body></html>")))

SD = "RE: [CASE %s] %s" % (CD, TCSUBJ)
AD = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Use Case: Leaving my employer, please merge my company certification account into my
personal one. Old: %s  Keep: %s

We will respond within 24 hours in most cases. If a case has already been raised, please do not raise
another case for the same request.

Best regards,
Amazon Web Services
""" % (CD, CD, CO, ME)
add("t-c5", "acknowledgement", False, CD, [],
    std(TCF, ME, SD, dt("2025-03-05 06:09:55"), "acd", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP), T(AD, "utf-8", "7bit"))

MK = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="640" align="center" cellpadding="0"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付開始</h1>
<p>西川 拓海 様</p>
<p>今年も AWS Summit Japan を幕張メッセにて開催します。150 以上のセッション、認定者ラウンジ、
ハンズオンなど盛りだくさんの 2 日間です。</p>
<p><b>AWS 認定をお持ちの方へ：</b>認定者ラウンジへのご入場には、登録時に認定アカウントのメールアドレスをご入力ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#fff;padding:10px 24px">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">本メールは aws-marketing-email-replies@amazon.com から送信されています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>"""
add("m-c6", "unrelated", False, None, [],
    std(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME, subj("【AWS Summit Japan 2025】登録受付を開始しました"),
        dt("2025-03-05 18:00:05", "+0900"), "mk1", dom="amazon.com", ar=ar_g("amazon.com", mf="bounce@mktomail.amazon.com")),
    H(MK, "utf-8", "base64"))

HOLD = """Hello Takumi,

Thank you for your patience while I reviewed your request.

The certification account registered to %s is associated with an AWS Partner Network (APN)
organization, Kurenai Systems Co., Ltd. Certifications held in a partner-linked account count toward
that partner's program requirements, so we are not able to move them out while the account holder is
still employed by the partner; doing so needs either the partner's agreement or confirmation that the
employment has ended.

Your case is on hold for now. To take it forward, we need you to confirm that you are leaving (or have
left) Kurenai Systems, and the date of your last working day.

Regards,
Marco
AWS Training and Certification Customer Service
""" % CO
add("t-c7", "on_hold", True, CM, [],
    std(TCF, CO, SM, dt("2025-03-05 23:47:19"), "hold", ar=ar_o("amazon.com"), irt="acm"), T(HOLD, "utf-8", "quoted-printable"))

DUP = """Hello,

This case is a duplicate of case %s, which was opened a little earlier for the same account merge
and is already being worked on by my colleague. To keep everything in one place I'm resolving this
one; all further communication will happen on case %s.

No further action is required on this case.

Best,
Sam
AWS Training and Certification
""" % (CM, CM)
add("t-c8", "resolved", False, CD, [],
    std(TCF, ME, SD, dt("2025-03-06 00:12:40"), "dupr", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="acd"), T(DUP, "utf-8", "7bit"))

UR1 = """Hi Marco,

Yes - I'm leaving Kurenai Systems. My last working day is Friday, March 14, 2025, and this mailbox
will be shut down at 18:00 JST that day. I've copied my manager in case you need anything from the
company side.

Please merge the account into my personal one (%s).

Best regards,
Takumi Nishikawa

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, March 6, 2025 8:47 AM
To: 西川 拓海 <%s>
Subject: %s

%s
""" % (ME, TC, CO, SM, HOLD)
add("r-c9", "user_reply", False, CM, [],
    std(addr("西川 拓海", CO), TC, SM, dt("2025-03-06 09:30:12", "+0900"), "ur1", dom="o365", irt="hold", refs=["acm", "hold"],
        cc=addr("小野寺 健", "k-onodera@kurenai-sys.co.jp"),
        extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", SM), ("Content-Language", "ja-JP")]),
    ALT(T(UR1, "utf-8", "base64"),
        H("<html><body><div>Hi Marco,<br><br>Yes - I'm leaving Kurenai Systems. My last working day is Friday, March 14, 2025, "
          "and this mailbox will be shut down at 18:00 JST that day. I've copied my manager in case you need anything from the company side.<br><br>"
          "Please merge the account into my personal one (%s).<br><br>Best regards,<br>Takumi Nishikawa</div>"
          "<hr><div id=\"divRplyFwdMsg\"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Thursday, March 6, 2025 8:47 AM<br>"
          "<b>Subject:</b> %s</div><div>%s</div></body></html>" % (ME, SM, HOLD.replace("\n", "<br>")), "utf-8", "base64")), crlf=True)

OOF = """小野寺は3月6日（木）〜3月10日（月）まで休暇のため不在にしております。
期間中のメールは確認できませんので、お急ぎの場合は開発二部 代表（dev2@kurenai-sys.co.jp）までご連絡ください。

I am out of the office from March 6 to March 10 with no access to email. For urgent matters please
contact dev2@kurenai-sys.co.jp.

小野寺 健
"""
add("m-c10", "unrelated", False, None, [],
    std(addr("小野寺 健", "k-onodera@kurenai-sys.co.jp"), addr("西川 拓海", CO), subj("自動応答: " + SM),
        dt("2025-03-06 09:30:15", "+0900"), "oof", dom="o365", irt="ur1",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    T(OOF, "iso-2022-jp", "7bit"), crlf=True)

HOLD2 = """Hi Takumi,

Thank you for confirming. Since the account is still linked to the Kurenai Systems partner
organization, I've passed your case to our AWS Partner team so they can release it from the APN
profile before the merge. This step usually takes 1-3 business days and doesn't need anything from
you - the case will stay on hold until they get back to me, and I'll update you as soon as they do.

Regards,
Marco
"""
add("t-c11", "on_hold", False, CM, [],
    std(TCF, CO, SM, dt("2025-03-06 05:02:33"), "hold2", ar=ar_o("amazon.com"), irt="ur1", refs=["acm", "hold", "ur1"]),
    T(HOLD2 + "\n" + q(UR1.split("________________________________")[0]), "utf-8", "quoted-printable"))

ZD = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Aoi (Smartsheet-Pro Support)
Mar 7, 2025, 11:02 GMT+9

Hi Takumi, the license seat has now been reassigned to ono.y@kurenai-sys.co.jp as you asked. I'll
close the ticket. Thanks!

This email is a service from Smartsheet-Pro Support. Delivered by Zendesk
"""
add("m-c12", "unrelated", False, None, [],
    std(addr("Smartsheet-Pro Support", "support@smartsheet-pro.zendesk.com"), CO, "[Smartsheet-Pro Support] Re: License transfer before I leave",
        dt("2025-03-07 02:02:50"), "zd", dom="zendesk.com", ar=ar_o("zendesk.com", mf="zendesk.com")),
    ALT(T(ZD, "utf-8", "7bit"), H("<p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p>"
                                   "<p>Your request (48213) has been solved. To reopen this request, reply to this email.</p>"
                                   "<p>Hi Takumi, the license seat has now been reassigned to ono.y@kurenai-sys.co.jp as you asked. I'll close the ticket. Thanks!</p>")))

WA = """Hi Takumi,

Good news first: our Partner team has released the Kurenai Systems certification account from the
APN organization, so nothing stands in the way of the merge any more.

One thing before I go ahead. For security reasons we only make changes to an account when the request
reaches us from the e-mail address registered on it, and the account you want to keep is the one for
%s. This request came from your company address.

We need you to reply to this e-mail from %s - a one-line note confirming the request is fine -
so that I can prepare the merge.

Regards,
Marco
AWS Training and Certification
""" % (ME, ME)
add("t-c13", "info_request", True, CM, [],
    std(TCF, CO, SM, dt("2025-03-10 01:18:06"), "wa", ar=ar_o("amazon.com"), irt="hold2", refs=["acm", "hold", "ur1", "hold2"]),
    T(WA, "utf-8", "7bit"))

FW = """個人アドレスから返信すること！（会社アドレスは14日で止まる）

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月10日(月) 10:18
Subject: %s
To: 西川 拓海 <%s>

%s
""" % (TC, SM, CO, WA)
add("r-c14", "user_reply", False, CM, [],
    std(addr("西川 拓海", CO), ME, subj("FW: " + SM), dt("2025-03-10 10:25:30", "+0900"), "fw", dom="o365",
        ar="spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=kurenai-sys.co.jp; dkim=pass header.d=kurenai-sys.co.jp; dmarc=pass header.from=kurenai-sys.co.jp"),
    T(FW, "iso-2022-jp", "7bit"), crlf=True)

UR2 = """Hello Marco,

I'm writing from my personal address as requested. I confirm that I asked for my Kurenai Systems
certification account (%s) to be merged into my personal one (%s).

For reference, my personal candidate ID is AWS07736150 and the company one was AWS05127734.

Thanks,
Takumi

On Mon, Mar 10, 2025 at 10:25 AM 西川 拓海 <%s> wrote:
> 個人アドレスから返信すること！（会社アドレスは14日で止まる）
>
> ---------- Forwarded message ---------
> From: AWS Training and Certification <%s>
> Date: 2025年3月10日(月) 10:18
> Subject: %s
%s
""" % (CO, ME, CO, TC, SM, q(WA))
add("r-c15", "user_reply", False, CM, ["AWS07736150", "AWS05127734"],
    std(addr("Takumi Nishikawa", ME), TC, SM, dt("2025-03-10 10:41:55", "+0900"), "ur2", dom="gmail", irt="wa", refs=["acm", "hold", "ur1", "hold2", "wa"]),
    T(UR2, "utf-8", "quoted-printable"))

JI = """Kaito Mori updated KS-2211 (Offboarding: transfer of cloud accounts for t-nishikawa)

Status: In Progress -> Done
Resolution: Fixed

Comment:
All AWS IAM users and the root MFA for 483920175566 were handed over. Closing.

View issue: https://kurenai-sys.atlassian.net/browse/KS-2211
This message was sent by Atlassian Jira.
"""
add("m-c16", "unrelated", False, None, [],
    std(addr("Kaito Mori (Jira)", "jira@kurenai-sys.atlassian.net"), CO, "[JIRA] (KS-2211) Offboarding: transfer of cloud accounts for t-nishikawa",
        dt("2025-03-10 06:12:00"), "jira", dom="atlassian.net", ar=ar_o("atlassian.net", mf="atlassian.net")),
    T(JI, "utf-8", "7bit"))

CRH = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Takumi,</p>
<p>Thanks for writing from your personal address. Before anything is merged, here is what I found in our
system. Please look at both profiles carefully.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07736150</td><td>AWS05127734</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Active certifications</td><td>SAA</td><td>DVA</td></tr>
</table>
<p>The exam history, certifications and benefits of Account #2 will be moved to Account #1, and
Account #2 will be closed.</p>
<p>Can you confirm that Account #1 is the account you want to keep?</p>
<p>Thanks,<br>Hana<br>AWS Training and Certification</p>
</body></html>""" % (ME, CO, ME, CO, ME, CO)
add("t-c17", "confirmation_request", True, CM, ["AWS07736150", "AWS05127734"],
    std(TCF, ME, SM, dt("2025-03-11 02:05:19"), "cr", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="ur2", refs=["acm", "wa", "ur2"]),
    H(CRH, "utf-8", "quoted-printable"))

PH1 = """<html><body>
<p>Dear Certification Holder,</p>
<p>Your request to merge AWS Certification accounts (Case 174115023400871) is pending identity
verification. If you do not verify within <b>24 hours</b>, your certifications will be suspended.</p>
<p><a href="https://aws-certmerge-help.com/verify?id=tn0412">Verify and confirm merge</a></p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>"""
add("x-c18", "suspicious", False, None, [],
    std(addr("AWS Training & Certification", "support@aws-certmerge-help.com"), ME, "Action required: confirm your account merge within 24 hours",
        dt("2025-03-11 13:44:09"), "ph1", dom="aws-certmerge-help.com", ar=ar_g("aws-certmerge-help.com", sel="default")),
    H(PH1, "utf-8", "7bit"))

HR2 = """西川さん

総務の井上です。
最終日（3/14）の貸与PC返却の時間を教えてください。
返却時にはBitLockerの回復キーも確認しますので、ログインできる状態でお持ちください。

返信は本日中にお願いします。

総務部 井上
"""
add("m-c19", "unrelated", False, None, [],
    std(addr("総務部 井上", "soumu@kurenai-sys.co.jp", "shift_jis"), addr("西川 拓海", CO, "shift_jis"), subj("PC返却の時間について", "shift_jis"),
        dt("2025-03-12 09:05:00", "+0900"), "hr2", dom="o365",
        ar="spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=kurenai-sys.co.jp; dkim=pass (signature was verified)\n header.d=kurenai-sys.co.jp;dmarc=pass action=none header.from=kurenai-sys.co.jp;compauth=pass reason=100"),
    T(HR2, "shift_jis", "8bit"), crlf=True)

BID2 = """Verify your AWS Builder ID email address

Hello,

Someone is trying to sign in to AWS Training and Certification with your AWS Builder ID. Enter the
verification code below to continue.

Verification code: 157390

This code expires in 10 minutes. If you didn't request it, you can safely ignore this email.

Amazon Web Services
"""
add("m-c20", "unrelated", False, None, [],
    std(addr("AWS Builder ID", "no-reply@login.awsapps.com"), ME, "Your AWS Builder ID verification code",
        dt("2025-03-13 23:58:41"), "bid2", ar=ar_g("login.awsapps.com", mf="bounces@login.awsapps.com")),
    T(BID2, "utf-8", "7bit"))

CRT = re.sub(r"<[^>]+>", "", CRH.replace("</tr>", "\n").replace("</td>", " | ").replace("</p>", "\n"))
CRT = "\n".join(l.strip() for l in CRT.split("\n") if l.strip())
CLN = """Hello Takumi,

I'm following up on the message below. We haven't received your confirmation yet, and we can't merge
the accounts without it.

If we don't hear from you within 3 business days, this case will be closed. Simply replying to this
e-mail will keep it open.

Thanks,
Hana

On Tue, Mar 11, 2025 at 02:05 UTC, AWS Training and Certification wrote:
%s
""" % q(CRT)
add("t-c21", "closing_notice", True, CM, [],
    std(TCF, ME, SM, dt("2025-03-14 00:30:51"), "cln", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="cr", refs=["acm", "ur2", "cr"]),
    T(CLN, "utf-8", "quoted-printable"))

UR3 = """Confirmed. Please merge to Account #1.

Sorry for the delay, this week has been busy with my last days at the company.

Takumi

On Fri, Mar 14, 2025 at 9:30 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(CLN))
add("r-c22", "user_reply", False, CM, [],
    std(addr("Takumi Nishikawa", ME), TC, SM, dt("2025-03-14 09:48:02", "+0900"), "ur3", dom="gmail", irt="cln", refs=["acm", "cr", "cln"]),
    T(UR3, "utf-8", "quoted-printable"))

DC = """Thanks Takumi.

Quick check before I run it - Account #2 still has an exam booked: DVA-C02, April 2, 2025,
registration 482913557. A merge moves the booking to Account #1 along with everything else, but the
confirmation e-mails for that appointment would then go to your personal address.

Still OK to go ahead and keep Account #1?

Hana

On Fri, Mar 14, 2025 at 9:48 AM Takumi Nishikawa <%s> wrote:
> Confirmed. Please merge to Account #1.
>
> Sorry for the delay, this week has been busy with my last days at the company.
""" % ME
add("t-c23", "confirmation_request", True, CM, [],
    std(TCF, ME, SM, dt("2025-03-14 01:20:33"), "dc", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="ur3", refs=["acm", "cr", "cln", "ur3"]),
    T(DC, "utf-8", "7bit"))

UR4 = """Yes, that's fine - please go ahead.

On Fri, Mar 14, 2025 at 10:20 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(DC))
add("r-c24", "user_reply", False, CM, [],
    std(addr("Takumi Nishikawa", ME), TC, SM, dt("2025-03-14 10:26:40", "+0900"), "ur4", dom="gmail", irt="dc", refs=["acm", "cr", "ur3", "dc"]),
    T(UR4, "utf-8", "7bit"))

DONE = """Hello Takumi,

I have successfully merged all accounts. Account #1 (%s) now holds the certifications, exam
history, benefits and the April 2 exam appointment that were on the Kurenai Systems account.

Your digital badges will be re-issued to your personal address by Credly shortly, and it can take a
few days before everything is reflected in partner-facing systems.

If there's anything else we can help with, feel free to reply to this e-mail.

Best regards,
Hana
AWS Training and Certification

-------- Original Message --------
%s
""" % (ME, CRT)
add("t-c25", "resolved", False, CM, [],
    std(TCF, ME, SM, dt("2025-03-14 02:02:12"), "done", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="ur4", refs=["acm", "cr", "dc", "ur4"]),
    T(DONE, "utf-8", "quoted-printable"))

def credly(title, uid):
    return """<html><body style="background:#f4f4f4"><table width="600" align="center" bgcolor="#ffffff" cellpadding="24"><tr><td>
<p>Hi Takumi,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<h2>%s</h2>
<p>Claim your badge to share it with your network and verify your skills.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0e7a6e;color:#fff;padding:10px 20px">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; Questions? Visit support.credly.com &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""" % (title, uid)
add("b-c26", "badge", False, None, [],
    std(addr("Credly", "admin@credly.com"), ME, "Congratulations, Takumi! You've earned a badge from Amazon Web Services Training and Certification",
        dt("2025-03-14 02:40:10"), "cb1", dom="credly.com", ar=ar_g("credly.com", mf="bounces@credly.com")),
    H(credly("AWS Certified Solutions Architect &ndash; Associate", "0b8e6c2d-7a51-4f2e-b0f3-9d27c6a4e1b8"), "utf-8", "quoted-printable"))
add("b-c27", "badge", False, None, [],
    std(addr("Credly", "admin@credly.com"), ME, "Takumi, claim your AWS Certified Developer - Associate badge",
        dt("2025-03-14 02:40:13"), "cb2", dom="credly.com", ar=ar_g("credly.com", mf="bounces@credly.com")),
    ALT(T("Hi Takumi,\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.\n"
          "Accept it here: https://www.credly.com/earner/earned/badge/5d2a9f1e-33c0-4c8b-9e71-a6f0b2d4c915\n\nCredly\n", "utf-8", "7bit"),
        H(credly("AWS Certified Developer &ndash; Associate", "5d2a9f1e-33c0-4c8b-9e71-a6f0b2d4c915"))))

SVJ = """西川 拓海 様

先日は AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございました。

ケース ID: %s

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです（所要時間 約1分）。
https://survey.aws.training/s3/cs-feedback-ja?case=%s

※ このメールは送信専用です。ご返信いただいても対応いたしかねますのでご了承ください。

AWS トレーニングと認定
""" % (CM, CM)
add("s-c28", "survey", False, CM, [],
    std(addr("AWS トレーニングと認定", "aws-training-survey@amazon.com"), ME, subj("AWS トレーニングと認定 サポートに関するアンケートのお願い"),
        dt("2025-03-15 01:00:00"), "svj", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP),
    T(SVJ, "utf-8", "base64"))

FAKE = """Hello Takumi,

While finalising the merge on case %s we found that your Builder ID could not be linked to the new
profile. To avoid losing your certifications, reply to this e-mail with the 6-digit verification code
you will receive from AWS in the next few minutes, and the password you use to sign in.

Regards,
Hana
AWS Training and Certification
""" % CM
add("x-c29", "suspicious", False, None, [],
    std(TCF, ME, SM, dt("2025-03-15 07:12:55"), "fake", dom="mail-relay-7.net",
        ar=ar_g("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mf="mailer@mail-relay-7.net"), rp="mailer@mail-relay-7.net"),
    T(FAKE, "utf-8", "7bit"))

WK = """This Week in Cloud - issue #212

* AWS Certification: new exam guides published for SAA-C03 and DVA-C02
* How we cut our NAT gateway bill by 60%
* Community picks: Terraform vs CDK in 2025

Got a story? Reply to this email and tell us - we read everything.

Unsubscribe: https://thisweekincloud.example/unsub/8be1
"""
add("m-c30", "unrelated", False, None, [],
    std(addr("This Week in Cloud", "hello@thisweekincloud.dev"), ME, "This Week in Cloud #212: new AWS exam guides",
        dt("2025-03-17 12:00:00"), "wk", dom="thisweekincloud.dev", ar=ar_g("thisweekincloud.dev")),
    T(WK, "utf-8", "7bit"))

UR5 = """Hi Hana,

Thanks again for merging the accounts. One thing I noticed: the 50%% exam discount voucher that was
on my Kurenai account (AWS05127734) does not show on the Benefits page of my personal account.
The DVA and SAA certifications did move over. Could you take a look?

Takumi

On Fri, Mar 14, 2025 at 11:02 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(DONE))
add("r-c31", "user_reply", False, CM, ["AWS05127734"],
    std(addr("Takumi Nishikawa", ME), TC, SM, dt("2025-03-18 08:15:27", "+0900"), "ur5", dom="gmail", irt="done", refs=["acm", "ur4", "done"]),
    T(UR5, "utf-8", "quoted-printable"))

RO = """Hello Takumi,

I've reopened your case and passed the missing benefit to our Certification Benefits team, who can
see how vouchers are carried over in a merge. They usually respond within two business days; I'll
let you know what they find.

Best regards,
Dmitri
AWS Training and Certification
"""
add("t-c32", "case_update", False, CM, [],
    std(TCF, ME, SM, dt("2025-03-18 03:40:02"), "ro", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="ur5", refs=["acm", "done", "ur5"]),
    ALT(T(RO, "utf-8", "7bit"), H("<div>" + RO.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ") + "</div>")))

FBI = """<html><body>
<p>Hi Takumi,</p>
<p><b>AWS Certification wants to hear from you!</b></p>
<p>As an AWS Certified individual, your opinion helps shape future exams and benefits. Take our
10-minute survey about the AWS Certification program and tell us what you'd like to see next.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q1">Share your feedback</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:10px">You are receiving this because you opted in to "Lend Your Voice to AWS Certification". Manage preferences in your AWS Certification Account.</p>
</body></html>"""
add("c-c33", "certification", False, None, [],
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "AWS Certification wants to hear from you",
        dt("2025-03-18 15:00:00"), "fbi", dom="certmetrics.com", ar=ar_g("certmetrics.com", mf="bounce@certmetrics.com")),
    H(FBI, "utf-8", "quoted-printable"))

IRJ = """西川 拓海 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
本件は英語でのやり取りとなっておりましたが、日本語にてご案内させていただきます。

ベネフィットチームにて確認いたしましたところ、旧アカウント（Kurenai Systems 様のアカウント）に
付与されていた 50% 割引バウチャーは、統合の時点ですでに「使用済み」のステータスとなっておりました。
一方で、2025年2月の DVA 試験のお申し込みがキャンセル扱いとなっているため、本来であれば
バウチャーは未使用に戻るべき状態である可能性がございます。

つきましては、お手数ではございますが、旧アカウントの「特典」ページに表示されていたバウチャーコード、
またはその画面のスクリーンショットをご返信いただけますでしょうか。
あわせて、キャンセルされた試験の登録番号がお手元にございましたらお知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
"""
add("t-c34", "info_request", True, CM, [],
    std(TCF, ME, SM, dt("2025-03-19 05:12:45"), "irj", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="ro", refs=["acm", "ur5", "ro"]),
    ALT(T(IRJ, "utf-8", "base64"), H("<html><body>" + IRJ.replace("\n", "<br>\n") + "</body></html>", "utf-8", "base64")))

URJ = """山口様

ご連絡ありがとうございます。
旧アカウントのバウチャーコードは CERT-50-7Q2M-K9XA でした（スクリーンショットは手元に残っておりません）。
キャンセルした試験の登録番号は 471820396 です。

よろしくお願いいたします。
西川

2025年3月19日(水) 14:12 AWS Training and Certification <%s>:
%s
""" % (TC, q(IRJ))
add("r-c35", "user_reply", False, CM, [],
    std(addr("西川 拓海", ME), TC, subj("Re: バウチャーについて"), dt("2025-03-19 21:03:18", "+0900"), "urj", dom="gmail", irt="irj", refs=["acm", "ro", "irj"]),
    T(URJ, "utf-8", "quoted-printable"))

VR = """Hi Takumi,

Thanks for the code. The Benefits team confirmed the cancelled February booking should have released
the voucher, and they have now restored it: a new 50%% discount voucher is on the Benefits page of
Account #1, valid until Nov 30, 2025. No further action is required on your part, and I'm marking
this case resolved.

--
How would you rate my reply?
Excellent https://survey.aws.training/r?c=%s&s=5 | Good https://survey.aws.training/r?c=%s&s=4 | Poor https://survey.aws.training/r?c=%s&s=1

Dmitri
AWS Training and Certification
""" % (CM, CM, CM)
add("t-c36", "resolved", False, CM, [],
    std(TCF, ME, SM, dt("2025-03-21 06:30:00"), "vr", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="urj", refs=["acm", "irj", "urj"]),
    T(VR, "utf-8", "quoted-printable"))

PHJ = """<html><body>
<p>AWS認定アカウントをご利用のお客様</p>
<p>お客様のAWS認定アカウントの統合手続きが<b>保留</b>されています。<br>
72時間以内に以下のリンクからご本人確認を完了してください。完了されない場合、保有資格が失効いたします。</p>
<p><a href="https://aws-training-jp.net/account/merge/confirm">本人確認を行う</a></p>
<p>Amazon Web Services トレーニングと認定</p>
</body></html>"""
add("x-c37", "suspicious", False, None, [],
    std(addr("AWS トレーニングと認定", "no-reply@aws-training-jp.net"), ME, subj("【重要】AWS認定アカウントの統合が保留されています"),
        dt("2025-03-21 22:14:00", "+0900"), "phj", dom="aws-training-jp.net", ar=ar_g("aws-training-jp.net", sel="s1")),
    H(PHJ, "utf-8", "base64"))

PVJ = """西川 拓海 様

ピアソンVUEをご利用いただきありがとうございます。以下の試験の予約が確定しました。

試験名: AWS Certified Developer - Associate (DVA-C02) 日本語
登録ID: 482913557
日時: 2025年4月2日(水) 13:00 (日本時間)
会場: オンライン監督試験 (OnVUE)

予約の変更・キャンセルは試験開始の24時間前までに行ってください。
本メールへのご返信はお受けできません。

ピアソンVUE
"""
add("m-c38", "unrelated", False, None, [],
    std(addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com", "iso-2022-jp"), ME, subj("ピアソンVUE 予約確認メール", "iso-2022-jp"),
        dt("2025-03-24 10:02:00", "+0900"), "pvj", dom="pearson.com", ar=ar_g("pearson.com")),
    T(PVJ, "iso-2022-jp", "7bit"))

# ====================================================================== 2025: name correction case
SN = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CN
AN = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - certification
Severity: General guidance
Correspondence: After my accounts were merged, my certificates show my name as "Takumi Nisikawa".
Please correct the spelling.

Most inquiries are answered within 24 hours. Some cases need more time to research; we appreciate
your patience. Please avoid raising a new case for the same request.

Best regards,
Amazon Web Services
""" % (CN, CN)
add("t-d1", "acknowledgement", False, CN, [],
    std(TCF, ME, SN, dt("2025-03-26 09:25:31"), "acn", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP),
    ALT(T(AN, "utf-8", "7bit"), H("<html><body><pre style=\"font-family:Arial\">" + AN + "</pre></body></html>")))

MKE = """<html><body>
<table width="600" align="center"><tr><td>
<h2>Validate your skills: save 50% on AWS Certification exams this spring</h2>
<p>Hi Takumi,</p>
<p>Ready for your next AWS Certification? Register by April 30 and use code SPRING50 at checkout.</p>
<p><a href="https://aws.amazon.com/certification/">Schedule your exam</a></p>
<p style="font-size:11px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. To unsubscribe, reply to this email with "unsubscribe" in the subject.</p>
</td></tr></table></body></html>"""
add("m-d2", "unrelated", False, None, [],
    std(addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME, "Takumi, save 50% on your next AWS Certification exam",
        dt("2025-03-26 17:00:00"), "mke", ar=ar_g("amazon.com", mf="bounce@mktomail.amazon.com")),
    H(MKE, "utf-8", "quoted-printable"))

IRN = """西川様

AWS トレーニングと認定サポートの田中です。

現在の登録内容を確認しました。統合後のアカウント（AWS07736150）では、氏名が
「Takumi Nisikawa」と登録されています。統合元のアカウントの氏名がそのまま引き継がれたようです。

認定証の氏名は、身分証明書の表記と一致している必要があります。
パスポートなど、試験当日に提示する身分証明書に記載されているとおりのローマ字表記（姓・名）を、
このメールへの返信でお知らせください。ミドルネームがある場合はそれも記載してください。

確認でき次第、認定オペレーションチームに変更を依頼します。

田中
AWS トレーニングと認定
"""
add("t-d3", "info_request", True, CN, ["AWS07736150"],
    std(TCF, ME, SN, dt("2025-03-27 02:40:09"), "irn", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="acn"),
    T(IRN, "utf-8", "quoted-printable"))

PHC = """<html><body>
<p>Hello Takumi,</p>
<p>Your AWS Certified Solutions Architect - Associate badge could not be transferred after your account
merge and will be <b>revoked</b> on March 31. Re-claim it now to keep it:</p>
<p><a href="https://credly-badges-verify.com/claim/aws">Re-claim badge</a></p>
<p>Credly Support</p>
</body></html>"""
add("x-d4", "suspicious", False, None, [],
    std(addr("Credly", "admin@credly-badges-verify.com"), ME, "Action needed: your AWS badge will be revoked",
        dt("2025-03-28 04:11:00"), "phc", dom="credly-badges-verify.com", ar=ar_g("credly-badges-verify.com", sel="mail")),
    H(PHC, "utf-8", "7bit"))

CLJ = """西川 拓海 様

いつもお世話になっております。AWS トレーニングと認定サポートでございます。

3月27日にお送りしました、氏名のローマ字表記に関するご確認について、現時点でご返信をいただけておりません。

誠に恐れ入りますが、本日より3営業日以内にご返信をいただけない場合、本ケースはクローズさせていただきます。
このメールにご返信いただければ、ケースは引き続きオープンの状態となります。

ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
add("t-d5", "closing_notice", True, CN, [],
    std(TCF, ME, SN, dt("2025-04-01 00:15:00"), "clj", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="irn", refs=["acn", "irn"]),
    T(CLJ, "iso-2022-jp", "7bit"), crlf=True)

CLE = """Hello,

Your case %s has now been closed because we did not receive a response to our last two messages.

Closed by mistake, or still need help? Just reply to this e-mail and the case will reopen
automatically - there is no need to submit a new form.

AWS Training and Certification Customer Service

> 西川 拓海 様
>
> 3月27日にお送りしました、氏名のローマ字表記に関するご確認について、現時点でご返信をいただけておりません。
""" % CN
add("t-d6", "closing_notice", True, CN, [],
    std(TCF, ME, SN, dt("2025-04-04 00:20:44"), "cle", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="clj", refs=["acn", "irn", "clj"]),
    T(CLE, "utf-8", "quoted-printable"))

URN = """Sorry, I missed your earlier mails. My name as in my passport: NISHIKAWA TAKUMI (surname NISHIKAWA,
given name TAKUMI), no middle name.
パスポート表記は上記のとおりです。よろしくお願いします。

Takumi Nishikawa

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, April 4, 2025 9:20 AM
To: %s
Subject: %s

%s
""" % (TC, ME, SN, CLE)
add("r-d7", "user_reply", False, CN, [],
    std(addr("Takumi Nishikawa", ME), TC, SN, dt("2025-04-04 12:31:07", "+0900"), "urn", dom="gmail", irt="cle", refs=["acn", "irn", "clj", "cle"],
        extra=[("X-Mailer", "Microsoft Outlook for iOS")]),
    T(URN, "utf-8", "base64"))

HN = """Hi Takumi,

Thanks - your case is open again. Corrections to the name on a certification record are made by our
Certification Operations team, and I've sent them the spelling from your passport. The case is
pending with them at the moment; you don't need to do anything while we wait, and I'll write as
soon as they've made the change.

Sam
"""
add("t-d8", "on_hold", False, CN, [],
    std(TCF, ME, SN, dt("2025-04-04 06:05:30"), "hn", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="urn", refs=["acn", "cle", "urn"]),
    T(HN, "utf-8", "7bit"))

UPN = """Hi Takumi,

Update on your name correction: Certification Operations changed the name on candidate profile
AWS07736150 to "Takumi Nishikawa" this morning. Certificates and transcripts are regenerated
overnight, so the new PDFs may take up to 48 hours to appear, and Credly will re-issue the badges
with the corrected name after that.

I'll check back once the documents have refreshed.

Sam
AWS Training and Certification
"""
add("t-d9", "case_update", False, CN, ["AWS07736150"],
    std(TCF, ME, SN, dt("2025-04-08 01:44:12"), "upn", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="hn", refs=["acn", "urn", "hn"]),
    T(UPN, "utf-8", "7bit"))

RSJ = """西川様

お待たせいたしました。認定証、トランスクリプトともに「Takumi Nishikawa」の表記で再発行されたことを確認いたしました。
AWS 認定アカウントの「認定」ページから新しい PDF をダウンロードいただけます。

本件はこれにて解決とさせていただきます。
ほかにご不明な点がございましたら、お気軽にこのメールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

Sam（AWS トレーニングと認定）

> Hi Takumi,
> Update on your name correction: Certification Operations changed the name on candidate profile
> AWS07736150 to "Takumi Nishikawa" this morning.
"""
add("t-d10", "resolved", False, CN, [],
    std(TCF, ME, SN, dt("2025-04-10 03:00:01"), "rsj", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP, irt="upn", refs=["acn", "hn", "upn"]),
    ALT(T(RSJ, "utf-8", "base64"), H("<html><body><div>" + RSJ.replace("\n", "<br>") + "</div></body></html>", "utf-8", "base64")))

SVE = """<html><body>
<table width="560" align="center" cellpadding="16"><tr><td>
<p>Hello,</p>
<p>Your case <b>%s</b> was recently resolved. How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws.training/r?c=%s&amp;s=1">1</a></td><td><a href="https://survey.aws.training/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/r?c=%s&amp;s=3">3</a></td><td><a href="https://survey.aws.training/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/r?c=%s&amp;s=5">5</a></td></tr></table>
<p>Please do not reply to this message.</p>
</td></tr></table></body></html>""" % ((CN,) * 6)
add("s-d11", "survey", False, CN, [],
    std(addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME, "Tell us about your recent support experience",
        dt("2025-04-11 01:00:00"), "sve", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP),
    H(SVE, "utf-8", "quoted-printable"))

add("b-d12", "badge", False, None, [],
    std(addr("Credly", "admin@credly.com"), ME, "Your badge from Amazon Web Services Training and Certification has been updated",
        dt("2025-04-11 09:30:00"), "cb3", dom="credly.com", ar=ar_g("credly.com", mf="bounces@credly.com")),
    ALT(T("Hi Takumi Nishikawa,\n\nThe issuer Amazon Web Services Training and Certification has updated your badge\n"
          "AWS Certified Solutions Architect - Associate. The badge now shows your corrected name.\n\n"
          "View badge: https://www.credly.com/badges/0b8e6c2d-7a51-4f2e-b0f3-9d27c6a4e1b8\n\nCredly\n", "utf-8", "7bit"),
        H(credly("AWS Certified Solutions Architect &ndash; Associate (updated)", "0b8e6c2d-7a51-4f2e-b0f3-9d27c6a4e1b8"))))

# ====================================================================== later mail
BJ = """Amazon Web Services をご利用いただきありがとうございます。

2025年3月分のご請求額が確定しました。

アカウント ID: 902847561330
ご請求額: USD 3.42

詳細は請求とコスト管理コンソールの「請求書」ページをご覧ください。
https://console.aws.amazon.com/billing/home#/bills

このメールアドレスは送信専用です。このメールに返信しないでください。
アマゾン ウェブ サービス ジャパン合同会社
"""
add("m-e1", "unrelated", False, None, [],
    std(addr("Amazon Web Services", NR), ME, subj("Amazon Web Services 請求書のお知らせ [アカウント: 902847561330]"),
        dt("2025-04-12 09:14:00"), "bj", ar=ar_g("amazon.com", mf=SESRP), rp=SESRP),
    T(BJ, "utf-8", "base64"))

FR = """たくみ

転職おめでとう！新しい職場でも頑張ってね。
ところで、AWS認定のアカウントって会社から個人に移すのどうやった？
うちも来月辞めるから手順教えてほしい。時間あるとき返信ちょうだい。

ゆうすけ
"""
add("m-e2", "unrelated", False, None, [],
    std(addr("村上 祐介", "yusuke.murakami.88@gmail.com"), ME, subj("AWS認定の移行について教えて"),
        dt("2025-04-12 21:40:00", "+0900"), "fr", dom="gmail", ar=ar_g("gmail.com", sel="20230601")),
    T(FR, "utf-8", "8bit"))

SB = """Thank you for your purchase.

AWS Skill Builder - Individual subscription (monthly)
Order number: SB-2025-0418-77302
Amount charged: USD 29.00
Billing period: Apr 18, 2025 - May 17, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

This is an automatically generated email. Please do not reply.
AWS Training and Certification
"""
add("m-e3", "unrelated", False, None, [],
    std(addr("AWS Training and Certification", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt",
        dt("2025-04-18 00:02:00"), "sb", dom="aws.training", ar=ar_g("aws.training", mf="bounces@aws.training")),
    T(SB, "utf-8", "7bit"), crlf=True)

GH2 = """Merged #57 into main.

@dependabot[bot] merged commit 3f9a1c2 into main.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you authored the thread.
"""
add("m-e4", "unrelated", False, None, [],
    std(addr("dependabot[bot]", "notifications@github.com"), addr("tnishikawa/aws-cert-notes", "aws-cert-notes@noreply.github.com"),
        "Re: [tnishikawa/aws-cert-notes] Bump astro from 4.15.1 to 4.16.0 (PR #57)",
        dt("2025-04-22 02:33:12"), "gh2", dom="github.com", ar=ar_g("github.com", sel="pf2023"), cc=addr("Takumi Nishikawa", ME)),
    T(GH2, "utf-8", "7bit"))

PHM = """Dear AWS Certified professional,

Our records indicate a mismatch between your AWS Certification Account and your merged profile.
Your certification status has been set to INACTIVE. To restore it, log in within 48 hours:

https://certmetrics-aws-login.com/amazon/restore

If you believe this is an error, reply to this message with your candidate ID and Builder ID password.

AWS Certification Program
"""
add("x-e5", "suspicious", False, None, [],
    std(addr("AWS Certification", "do-not-reply@certmetrics-aws-login.com"), ME, "Your AWS Certification status: INACTIVE",
        dt("2025-04-29 06:55:00"), "phm", dom="certmetrics-aws-login.com", ar=ar_g("certmetrics-aws-login.com", sel="k1")),
    T(PHM, "utf-8", "quoted-printable"))

RC = """Hello Takumi Nishikawa,

Congratulations on recertifying your AWS Certification!

Certification: AWS Certified Solutions Architect - Associate
AWS Certification Account: AWS07736150
New expiration date: May 02, 2028

Your updated digital badge will be issued by Credly. You can download your certificate from your AWS
Certification Account.

This is an automated message from AWS Certification. Please do not reply.
"""
add("c-e6", "certification", False, None, ["AWS07736150"],
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Congratulations on recertifying your AWS Certification!",
        dt("2025-05-02 08:10:00"), "rc", dom="certmetrics.com", ar=ar_g("certmetrics.com", mf="bounce@certmetrics.com")),
    ALT(T(RC, "utf-8", "7bit"), H("<html><body>" + RC.replace("\n", "<br>") + "</body></html>")))

add("b-e7", "badge", False, None, [],
    std(addr("Credly", "admin@credly.com"), ME, "Reminder: you have a badge waiting to be accepted",
        dt("2025-05-09 14:00:00"), "cb4", dom="credly.com", ar=ar_g("credly.com", mf="bounces@credly.com")),
    T("Hi Takumi,\n\nYou still haven't accepted your AWS Certified Solutions Architect - Associate badge issued by\n"
      "Amazon Web Services Training and Certification on May 2, 2025.\n\nAccept it: https://www.credly.com/earner/earned/badge/c41e7b20-9a3d-4f61-8e25-77d0a1f3b6ce\n\n"
      "Credly, Inc.\n", "utf-8", "7bit"))

if __name__ == "__main__":
    write_all()
