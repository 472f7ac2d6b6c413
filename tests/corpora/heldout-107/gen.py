#!/usr/bin/env python3
"""Blind held-out corpus generator (stdlib only). Writes NNN-slug.eml / NNN-slug.json beside itself."""
import base64, quopri, json, os
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "mizuno.haruka.k@gmail.com"
ME_C = "haruka.mizuno@kitaura-sys.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
D = "7284019356"          # 2021, 10 digits
C = "12874405391"         # 2023 console case, 11 digits
A = "174062918305512"     # 2025 main merge case, 15 digits
B = "174063377104128"     # 2025 duplicate submission
E = "175081442290731"     # 2025 third-account case
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def ar(to, dom, dkim="pass", dmarc="pass", spf="pass"):
    if to == ME_C:
        return ("Authentication-Results", f"spf={spf} (sender IP is 54.240.8.{len(dom)}) smtp.mailfrom={dom}; "
                f"dkim={dkim} (signature was verified) header.d={dom};dmarc={dmarc} action=none "
                f"header.from={dom};compauth={'pass' if dmarc=='pass' else 'fail'} reason={'100' if dmarc=='pass' else '000'}")
    return ("Authentication-Results", f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s=s{len(dom)}x;\n"
            f"       spf={spf} (google.com: domain of bounce@{dom} designates 54.240.27.{len(dom)} as permitted sender) smtp.mailfrom={dom};\n"
            f"       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dmarc=='pass' else 'QUARANTINE'}) header.from={dom}")

def hdr(v, cs="utf-8"):
    try:
        v.encode("ascii"); return v
    except UnicodeEncodeError:
        return Header(v, cs).encode()

def addr(name, a, cs="utf-8"):
    if not name: return a
    try:
        name.encode("ascii"); return f'"{name}" <{a}>'
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{a}>"

def enc(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs) if cte == "8bit" else raw.decode("ascii")

def part(ctype, text, cs="utf-8", cte="quoted-printable"):
    return ("leaf", ctype, text, cs, cte)

def multi(sub, parts):
    return ("multi", sub, parts)

_b = [0]
def render(body):
    if body[0] == "leaf":
        _, ctype, text, cs, cte = body
        h = [f"Content-Type: {ctype}; charset=\"{cs}\"", f"Content-Transfer-Encoding: {cte}"]
        return h, enc(text, cs, cte)
    _, sub, parts = body
    _b[0] += 1
    bnd = f"==_b{_b[0]:04d}_{sub[:3]}_7f3a=="
    out = []
    for p in parts:
        ph, pb = render(p)
        out.append(f"--{bnd}\n" + "\n".join(ph) + "\n\n" + pb.rstrip("\n") + "\n")
    out.append(f"--{bnd}--\n")
    return [f"Content-Type: multipart/{sub}; boundary=\"{bnd}\""], "".join(out)

MSGS = []
def add(slug, label, headers, body, crlf=False):
    MSGS.append((slug, label, headers, body, crlf))

def write():
    for i, (slug, label, headers, body, crlf) in enumerate(MSGS, 1):
        name = f"{i:03d}-{i:03d}"
        bh, bb = render(body)
        lines = []
        for k, v in headers:
            lines.append(f"{k}: {v}")
        lines.append("MIME-Version: 1.0")
        lines += bh
        txt = "\n".join(lines) + "\n\n" + bb
        if not txt.endswith("\n"): txt += "\n"
        cs = body[3] if body[0] == "leaf" else "utf-8"
        data = txt.replace("\r\n", "\n")
        if crlf: data = data.replace("\n", "\r\n")
        # 8bit parts may carry non-ascii
        try:
            raw = data.encode("ascii")
        except UnicodeEncodeError:
            raw = data.encode(cs if cs.lower() in ("utf-8", "shift_jis") else "utf-8")
        with open(os.path.join(OUT, name + ".eml"), "wb") as f: f.write(raw)
        kind, nr, case, cids = label
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f, ensure_ascii=False)
            f.write("\n")

def H(frm, to, subj, date, mid, dom, irt=None, refs=None, cc=None, extra=(), dkim="pass", dmarc="pass", subjcs="utf-8", rcpt=None, spf="pass"):
    h = [("Return-Path", f"<bounce-{mid.split('@')[0][:10]}@{dom}>"), ar(rcpt or to_addr(to), dom, dkim, dmarc, spf),
         ("From", frm), ("To", to)]
    if cc: h.append(("Cc", cc))
    h += [("Subject", hdr(subj, subjcs)), ("Date", date), ("Message-ID", f"<{mid}>")]
    if irt: h.append(("In-Reply-To", f"<{irt}>"))
    if refs: h.append(("References", " ".join(f"<{r}>" for r in refs)))
    h += list(extra)
    return h

def to_addr(to):
    return ME_C if ME_C in to else ME_P

def USER(frm, to, subj, date, mid, irt=None, refs=None, cc=None, subjcs="utf-8", extra=()):
    h = [("From", frm), ("To", to)]
    if cc: h.append(("Cc", cc))
    h += [("Subject", hdr(subj, subjcs)), ("Date", date), ("Message-ID", f"<{mid}>")]
    if irt: h.append(("In-Reply-To", f"<{irt}>"))
    if refs: h.append(("References", " ".join(f"<{r}>" for r in refs)))
    h += list(extra)
    return h

FTC = addr("AWS Training and Certification", FORM)
FCON = addr("Amazon Web Services", CONSOLE)
def quote(t, mark="> "):
    return "\n".join((mark + l).rstrip() for l in t.strip("\n").split("\n"))

def console_footer(cid, acct="402931158876"):
    return (f"\nTo see the case or reply to it, please sign in to the AWS Support Center:\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
            f"[AWS ID {acct}]\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To contact us about this case, please use the link above.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

# ====================================================================== 2021: case D (company mailbox)
d_ack = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {D} to address your inquiry.

The details of your case are as follows:

Case ID: {D}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General question
Correspondence: I passed SAA-C02 last week but the result is not shown in my certification account. I think I may have two accounts.

We will contact you as soon as possible, normally within 24 hours. If you would like to add anything in the meantime, you are welcome to reply to this message; please do not open a new case for the same request.

Best regards,
Amazon Web Services
"""
add("001", ("acknowledgement", False, D, []),
    H(FTC, ME_C, f"RE:[CASE {D}] {SUBJ}", "Tue, 09 Nov 2021 02:14:51 +0000", "0100017d05d1e3a8-ack-d@email.amazonses.com", "amazon.com"),
    part("text/plain", d_ack, "us-ascii", "7bit"))

add("002", ("unrelated", False, None, []),
    H(addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_C, "Confirmation of your AWS Certification exam appointment",
      "Tue, 09 Nov 2021 06:40:02 +0000", "pv.412887301.1636440002@pearson.com", "pearson.com"),
    part("text/plain", """Dear Haruka Mizuno,

Thank you for scheduling with Pearson VUE.

Registration ID: 412887301
Exam: AWS Certified Developer - Associate (DVA-C01)
Appointment: Saturday, 27 November 2021, 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please reply to this email only if the details above are incorrect. To reschedule, sign in to your account at least 24 hours before the appointment.

Pearson VUE
""", "us-ascii", "7bit"))

d_req = """Hi Haruka,

Marta here from the AWS Certification team, picking up your case.

I looked up the address you wrote from and I can see exactly one certification account attached to it, AWS01928374. That account shows SAA-C01 (2019) but no SAA-C02 attempt, which fits what you described: the new exam most likely went into a second account created when you registered at the test center.

What I cannot find on my side is that second account. The candidate ID printed on the score report from the test center, or on the Pearson VUE confirmation mail, would let me find it right away. Can you send me that number?

Thanks,
Marta
AWS Training and Certification
"""
add("003", ("info_request", True, D, ["AWS01928374"]),
    H(FTC, ME_C, f"RE:[CASE {D}] {SUBJ}", "Wed, 10 Nov 2021 17:02:10 +0000", "0100017d0b8f1a22-d2@email.amazonses.com", "amazon.com",
      irt="0100017d05d1e3a8-ack-d@email.amazonses.com", refs=["0100017d05d1e3a8-ack-d@email.amazonses.com"]),
    part("text/plain", d_req, "utf-8", "quoted-printable"))

d_close = f"""Hello again,

We asked for some information on 10 November and haven't heard back, so case {D} has now been closed.

That's not the end of it: answering this email within the next 14 days reopens the case automatically and it comes back to me with your history attached. After that you would need to submit a new request through the form.

Regards,
Marta
AWS Training and Certification

----- Previous message -----
{d_req}"""
add("004", ("closing_notice", True, D, []),
    H(FTC, ME_C, f"RE: [CASE {D}] {SUBJ}", "Tue, 16 Nov 2021 17:30:44 +0000", "0100017d2a40b9f0-d3@email.amazonses.com", "amazon.com",
      irt="0100017d0b8f1a22-d2@email.amazonses.com", refs=["0100017d05d1e3a8-ack-d@email.amazonses.com", "0100017d0b8f1a22-d2@email.amazonses.com"]),
    part("text/plain", d_close, "utf-8", "quoted-printable"))

d_user = f"""Hi Marta,

Sorry for the slow answer, I was travelling. The number on my score report is AWS02231877.

Best regards,
Haruka Mizuno
Kitaura Systems Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Wednesday, November 17, 2021 2:30 AM
To: Haruka Mizuno <{ME_C}>
Subject: RE: [CASE {D}] {SUBJ}

{d_close}"""
add("005", ("user_reply", False, D, ["AWS02231877"]),
    USER(addr("Haruka Mizuno", ME_C), FORM, f"RE: [CASE {D}] {SUBJ}", "Wed, 17 Nov 2021 09:12:05 +0900",
         "TYAPR01MB5521A7C0D9E1@TYAPR01MB5521.jpnprd01.prod.outlook.com", irt="0100017d2a40b9f0-d3@email.amazonses.com",
         refs=["0100017d0b8f1a22-d2@email.amazonses.com", "0100017d2a40b9f0-d3@email.amazonses.com"],
         extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", f"[CASE {D}] {SUBJ}")]),
    part("text/plain", d_user, "utf-8", "quoted-printable"), crlf=True)

d_done = f"""Hi Haruka,

Thanks, that was the missing piece. AWS02231877 has been combined into AWS01928374, so the DVA and SAA-C02 history now sits in one place and the certificate can be downloaded from the usual page. No further action is required from you.

I'm marking this case resolved. If something still looks off, replying here will reach us.

Marta
AWS Training and Certification

> Can you send me that number?
> We asked for some information on 10 November and haven't heard back
"""
add("006", ("resolved", False, D, ["AWS02231877", "AWS01928374"]),
    H(FTC, ME_C, f"RE: [CASE {D}] {SUBJ}", "Wed, 17 Nov 2021 21:48:19 +0000", "0100017d30a1c4d7-d4@email.amazonses.com", "amazon.com",
      irt="TYAPR01MB5521A7C0D9E1@TYAPR01MB5521.jpnprd01.prod.outlook.com"),
    part("text/plain", d_done, "us-ascii", "7bit"))

add("007", ("badge", False, None, []),
    H(addr("Acclaim", "admin@youracclaim.com"), ME_C, "Haruka, you've been awarded a badge from Amazon Web Services Training and Certification",
      "Thu, 18 Nov 2021 03:05:00 +0000", "acc.b6f1e0c2-8d0b-4c9e-9a2b-5e1f0a7d3c11@youracclaim.com", "youracclaim.com"),
    multi("alternative", [
        part("text/plain", """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Solutions Architect - Associate".

Accept your badge: https://www.youracclaim.com/earner/earned/badge/b6f1e0c2-8d0b-4c9e-9a2b-5e1f0a7d3c11

Questions about this badge? Contact the issuer, not Acclaim.
"""),
        part("text/html", """<html><body><h2>Congratulations, Haruka!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<table border="0"><tr><td><b>AWS Certified Solutions Architect - Associate</b></td></tr>
<tr><td><a href="https://www.youracclaim.com/earner/earned/badge/b6f1e0c2-8d0b-4c9e-9a2b-5e1f0a7d3c11">Accept your badge</a></td></tr></table>
</body></html>""")]))

add("008", ("certification", False, None, []),
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "AWS Certification wants to hear from you",
      "Mon, 06 Dec 2021 18:00:00 +0000", "cm.20211206.88123.survey@certmetrics.com", "certmetrics.com"),
    part("text/plain", """Hello Haruka,

As someone who recently earned an AWS Certification, your opinion matters. Would you take ten minutes to tell us how the exam and the certification program worked for you?

Start the questionnaire: https://aws.certmetrics.com/amazon/survey/?k=88123

Your answers are anonymous and help shape future exams.

AWS Certification
This mailbox is not monitored.
""", "us-ascii", "7bit"))

# ====================================================================== 2023: console case C (personal mailbox, root e-mail of an AWS account)
add("009", ("unrelated", False, None, []),
    H(addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P, "Amazon Web Services Billing Statement Available [Account: 402931158876]",
      "Fri, 03 Mar 2023 08:12:40 +0000", "0100018688a0-bill-2303@email.amazonses.com", "amazon.com"),
    part("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 8876, is available on the AWS web site. Your account will be charged the following:

Total: USD 4.12

You can see a complete break-down of all charges on the Billing page: https://console.aws.amazon.com/billing/home#/bill

Account ID: 402931158876

Thank you for using Amazon Web Services.
""", "us-ascii", "7bit"))

c_ack = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C} to address your issue.

The details of your case are as follows:

Case ID: {C}
Subject: Certification badge not visible in Credly
Severity: General guidance
Correspondence: My new AWS certification does not show up in Credly. I think there are two certification accounts with the same e-mail address.

A Customer Service Associate will respond as soon as possible. You can view the case and add correspondence from the Support Center.
{console_footer(C)}"""
add("010", ("acknowledgement", False, C, []),
    H(FCON, ME_P, f"Amazon Web Services: New Support case: {C}", "Mon, 13 Mar 2023 04:21:07 +0000",
      "010001869899aa41-c1@email.amazonses.com", "amazon.com"),
    part("text/plain", c_ack, "us-ascii", "7bit"))

c_req_txt = f"""Hello,

Thank you for reaching out about your Credly badge.

Certification accounts are held in a separate system from your AWS account, and the badge is issued to whichever certification account the exam was recorded in. When two certification accounts share one e-mail address, the badge for the newer exam usually sits in the account that Credly is not linked to.

To move forward we'll need the candidate IDs of both certification accounts (they begin with "AWS" followed by eight digits and are shown at the top right after you sign in to aws.training/certification). Add them to this case in the Support Center; we can't see replies sent to this e-mail address.

Best regards,

Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
{console_footer(C)}"""
c_req_html = f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Thank you for reaching out about your Credly badge.</p>
<p>Certification accounts are held in a separate system from your AWS account, and the badge is issued to whichever certification account the exam was recorded in. When two certification accounts share one e-mail address, the badge for the newer exam usually sits in the account that Credly is not linked to.</p>
<p>To move forward we'll need the candidate IDs of both certification accounts (they begin with &quot;AWS&quot; followed by eight digits and are shown at the top right after you sign in to aws.training/certification). Add them to this case in the Support Center; we can't see replies sent to this e-mail address.</p>
<p>Best regards,<br><br>Daniel K.<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#555">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<p style="font-size:11px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={C}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={C}&amp;language=en</a><br>
[AWS ID 402931158876]<br>Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>"""
add("011", ("info_request", True, C, []),
    H(FCON, ME_P, f"RE:[CASE {C}] Certification badge not visible in Credly", "Tue, 14 Mar 2023 10:45:12 +0000",
      "01000186a0e7c1b3-c2@email.amazonses.com", "amazon.com"),
    multi("alternative", [part("text/plain", c_req_txt, "utf-8", "quoted-printable"), part("text/html", c_req_html, "utf-8", "base64")]))

add("012", ("unrelated", False, None, []),
    H(addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", "Tue, 14 Mar 2023 11:02:33 +0000",
      "01000186a0f6-otp-1@email.amazonses.com", "signin.aws"),
    part("text/plain", """Hello,

Use this verification code to finish creating your AWS Builder ID:

Verification code: 581 204

The code expires 10 minutes after it was sent. If you did not ask for a code, you can ignore this message; nothing will change.

Amazon Web Services
""".replace("581 204", "581204"), "us-ascii", "7bit"))

c_close = f"""Hello,

I'm following up on the correspondence sent on March 14. We are still waiting on the two candidate IDs before we can look into the badge.

This case will be resolved automatically if there is no activity on it within the next 3 days. Updating it in the Support Center before then will keep it open for you.

Kind regards,
Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.
{console_footer(C)}"""
add("013", ("closing_notice", True, C, []),
    H(FCON, ME_P, f"RE:[CASE {C}] Certification badge not visible in Credly", "Fri, 17 Mar 2023 11:00:02 +0000",
      "01000186efb0aa10-c3@email.amazonses.com", "amazon.com"),
    part("text/plain", c_close, "us-ascii", "7bit"))

c_done = f"""Hello,

Thanks for adding the IDs in the Support Center. The certification team has combined the duplicate account into AWS01928374 and reissued the badge; Credly should list it within 24 hours. Nothing else is needed on your side, so I have set this case to resolved.

For future certification account questions, the Contact AWS Training and Certification form is the quickest route.

Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.

=== Earlier correspondence ===
To move forward we'll need the candidate IDs of both certification accounts. Add them to this case in the Support Center.
{console_footer(C)}"""
add("014", ("resolved", False, C, ["AWS01928374"]),
    H(FCON, ME_P, f"RE:[CASE {C}] Certification badge not visible in Credly", "Mon, 20 Mar 2023 02:33:51 +0000",
      "01000186fd11b0c2-c4@email.amazonses.com", "amazon.com"),
    part("text/plain", c_done, "utf-8", "quoted-printable"))

add("015", ("survey", False, C, []),
    H(FCON, ME_P, f"How did we do? Tell us about AWS Support case {C}", "Wed, 22 Mar 2023 02:40:00 +0000",
      "0100018707a1-c5-survey@email.amazonses.com", "amazon.com"),
    multi("alternative", [
        part("text/plain", f"""Your recent support case {C} was resolved.

How satisfied were you with the support you received?
1 (very dissatisfied)  2  3  4  5 (very satisfied)

Select a rating: https://console.aws.amazon.com/support/feedback?caseId={C}

This short questionnaire takes about a minute.
"""),
        part("text/html", f"""<html><body><p>Your recent support case <b>{C}</b> was resolved.</p><p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://console.aws.amazon.com/support/feedback?caseId={C}&r=1">1</a></td><td>2</td><td>3</td><td>4</td><td><a href="https://console.aws.amazon.com/support/feedback?caseId={C}&r=5">5</a></td></tr></table></body></html>""")]))

add("016", ("unrelated", False, None, []),
    H(addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P, "AWS Summit Tokyo 2023 – 登録受付中",
      "Tue, 04 Apr 2023 01:00:00 +0000", "mkto.summit23.77120@amazon.com", "amazon.com"),
    part("text/html", """<html><body><h1>AWS Summit Tokyo 2023</h1><p>4月20日・21日、幕張メッセで開催します。</p>
<p>参加登録がまだの方は、以下のボタンからご登録ください。</p><p><a href="https://aws.amazon.com/jp/summits/tokyo/">今すぐ登録</a></p>
<p style="font-size:10px">配信停止をご希望の場合は、こちらからお手続きください。</p></body></html>""", "utf-8", "base64"))

add("017", ("certification", False, None, ["AWS01928374"]),
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Congratulations on recertifying your AWS Certification!",
      "Sat, 02 Sep 2023 14:22:10 +0000", "cm.20230902.recert.51772@certmetrics.com", "certmetrics.com"),
    part("text/plain", """Dear Haruka Mizuno,

Congratulations! You have recertified AWS Certified Solutions Architect - Associate. Your new expiration date is September 2, 2026.

Candidate ID: AWS01928374
Validation number: 9K2LMQ4C1E4Q1PSD

Your digital badge will be updated through Credly. You don't need to do anything else.

AWS Certification
""", "us-ascii", "7bit"))

# ====================================================================== 2025: main merge case A + duplicate B (personal mailbox, copies to company)
add("018", ("unrelated", False, None, []),
    H(addr("Kenta Oishi", "notifications@github.com"), ME_C, "Re: [kitaura-sys/infra-templates] Add CloudFront module (PR #482)",
      "Mon, 24 Feb 2025 07:31:09 +0000", "kitaura-sys/infra-templates/pull/482/c2011@github.com", "github.com"),
    part("text/plain", """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitaura-sys/infra-templates/pull/482#event-16400213
You are receiving this because you were mentioned.
""", "us-ascii", "7bit"))

add("019", ("unrelated", False, None, []),
    H(addr("人事部 総務課", "jinji@kitaura-sys.co.jp"), ME_C, "【要返信】退職手続きのご案内（3/14最終出社）",
      "Tue, 25 Feb 2025 00:30:00 +0000", "20250225093000.jinji.3381@kitaura-sys.co.jp", "kitaura-sys.co.jp", subjcs="iso-2022-jp"),
    part("text/plain", """水野さん

お疲れ様です。人事部です。
退職に伴う手続きについてご案内いたします。

・貸与PC・入館証の返却：3月14日（金）
・社用メールアドレスは3月14日23時をもって停止します
・健康保険証の返却方法について、下記いずれかをご返信ください
　（1）郵送　（2）手渡し

2月28日までにご返信のほどよろしくお願いいたします。

人事部 総務課
""", "iso-2022-jp", "7bit"))

add("020", ("certification", False, None, []),
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Your AWS Certification expires in 180 days",
      "Wed, 26 Feb 2025 15:00:00 +0000", "cm.20250226.expiry.61002@certmetrics.com", "certmetrics.com"),
    part("text/plain", """Hello Haruka,

Your AWS Certified Developer - Associate certification expires on August 25, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before that date. Please review the recertification options on the AWS Certification site. If you hold a 50% discount voucher, it can be applied when you schedule.

AWS Certification
""", "us-ascii", "7bit"))

a_ack = f"""水野 遥 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせに対応するため、ケース {A} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {A}
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせ内容:
Use Case: I am leaving Kitaura Systems on March 14 and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: {ME_C}, {ME_P}
The email address you would like to keep on file: {ME_P}

担当者より通常24時間以内にご連絡いたします。追加の情報がございましたら、このメールにご返信ください。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
A_ACK = "0100019545c3d2e1-a1@email.amazonses.com"
add("021", ("acknowledgement", False, A, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Thu, 27 Feb 2025 01:05:09 +0000", A_ACK, "amazon.com"),
    part("text/plain", a_ack, "iso-2022-jp", "7bit"))

B_ACK = "010001954610ab77-b1@email.amazonses.com"
add("022", ("acknowledgement", False, B, []),
    H(FTC, ME_P, f"RE:[CASE {B}] {SUBJ}", "Thu, 27 Feb 2025 02:22:51 +0000", B_ACK, "amazon.com"),
    multi("alternative", [
        part("text/plain", f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {B} to address your inquiry.

The details of your case are as follows:

Case ID: {B}
Subject: {SUBJ}
Correspondence: (resubmitted - not sure the first form went through) Please merge {ME_C} into {ME_P}.

We aim to respond within 24 hours. To help us serve you faster, please do not open another case for the same request if one is already open.

Sincerely,
Amazon Web Services
"""),
        part("text/html", f"""<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>{B}</b> to address your inquiry.</p>
<table border="1" cellpadding="4"><tr><td>Case ID</td><td>{B}</td></tr><tr><td>Subject</td><td>{SUBJ}</td></tr>
<tr><td>Correspondence</td><td>(resubmitted - not sure the first form went through) Please merge {ME_C} into {ME_P}.</td></tr></table>
<p>We aim to respond within 24 hours. To help us serve you faster, please do not open another case for the same request if one is already open.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>""")]))

a_hold = f"""Hi Haruka,

Thanks for writing in. My name is Priya and I'll be handling your merge request.

Before anything can be merged I checked both profiles. The one registered to {ME_C} is linked to an AWS Partner Network organization (Kitaura Systems Co., Ltd.). Certifications on partner-linked profiles count toward the partner's tier requirements, so our policy is that these profiles are not merged into a personal profile while the person is still employed at the partner. Because of this the case is on hold for now.

Once your employment ends this restriction no longer applies. Your form says your last day is March 14 - if that is correct, could you confirm in a reply that you are leaving the company and that the partner association should be removed? With that confirmation I can take the case off hold.

Regards,
Priya
AWS Training and Certification Customer Service
"""
A_HOLD = "010001954aa7c9d0-a2@email.amazonses.com"
add("023", ("on_hold", True, A, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Thu, 27 Feb 2025 23:40:17 +0000", A_HOLD, "amazon.com", cc=ME_C,
      irt=A_ACK, refs=[A_ACK]),
    part("text/plain", a_hold, "utf-8", "quoted-printable"))

B_DUP = "010001954ab01122-b2@email.amazonses.com"
add("024", ("resolved", False, B, []),
    H(FTC, ME_P, f"RE:[CASE {B}] {SUBJ}", "Thu, 27 Feb 2025 23:52:40 +0000", B_DUP, "amazon.com", irt=B_ACK, refs=[B_ACK]),
    part("text/plain", f"""Hello,

Both of your form submissions reached us. To avoid two agents working on the same accounts, we have closed this case ({B}) and will continue only on case {A}. You don't have to do anything about this one.

Thank you,
Aoife
AWS Training and Certification
""", "us-ascii", "7bit"))

a_user1 = f"""Hi Priya,

Yes, I confirm that I am leaving Kitaura Systems. My last working day is March 14, and the company address will stop working on that day. Please remove the partner association and go ahead.

Thank you,
Haruka Mizuno

2025年2月28日(金) 8:40 AWS Training and Certification <{FORM}>:

{quote(a_hold)}
"""
A_U1 = "CAJx9vQ1p0kq=8uY3sW_a1@mail.gmail.com"
add("025", ("user_reply", False, A, []),
    USER(addr("水野 遥", ME_P), FORM, f"Re: RE:[CASE {A}] {SUBJ}", "Fri, 28 Feb 2025 09:05:33 +0900", A_U1, irt=A_HOLD, refs=[A_ACK, A_HOLD]),
    part("text/plain", a_user1, "utf-8", "8bit"))

add("026", ("unrelated", False, None, []),
    H(addr("AWS Training and Certification", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
      "Fri, 28 Feb 2025 03:10:45 +0000", "skb.rcpt.20250228.99812@aws.training", "aws.training"),
    part("text/plain", """Thank you for your purchase.

Order number: 600144218
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00

Manage your subscription at https://skillbuilder.aws/subscriptions
No action is required.
""", "us-ascii", "7bit"))

A_UPD = "010001954f10e0aa-a3@email.amazonses.com"
add("027", ("case_update", False, A, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Fri, 28 Feb 2025 05:44:02 +0000", A_UPD, "amazon.com", irt=A_U1, refs=[A_ACK, A_HOLD, A_U1]),
    part("text/plain", """Hi Haruka,

Thank you - that's all I needed. I have asked our partner operations colleagues to detach the profile from the Kitaura Systems organization. That usually takes one or two business days; when it's done I'll come back to you with the merge details.

Priya
AWS Training and Certification Customer Service

--
How was your experience today? Rate this reply: https://aws.amazon.com/feedback/tc?case=174062918305512
""", "us-ascii", "7bit"))

add("028", ("suspicious", False, None, []),
    H(addr("AWS Certification Support", "support@aws-certsupport-team.com"), ME_P, f"Action required: confirm your account merge (Case {A})",
      "Sat, 01 Mar 2025 11:19:37 +0000", "a8d1c2f0.6612@aws-certsupport-team.com", "aws-certsupport-team.com"),
    part("text/html", f"""<html><body><p>Dear Candidate,</p>
<p>Your certification account merge (case {A}) is waiting for identity verification. To avoid losing your certification history, confirm your details within 24 hours:</p>
<p><a href="https://aws-certsupport-team.com/verify?c={A}">Verify my AWS Certification account</a></p>
<p>AWS Training &amp; Certification</p></body></html>""", "utf-8", "quoted-printable"))

a_conf_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Good news: the partner association has been removed, so the merge can proceed. I found the following two certification profiles:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07730415</td><td>AWS03318250</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>Once merged, the exam history, certifications and benefits of both will sit under a single login, and the other profile is deactivated. This cannot be undone.</p>
<p>Is Account #1 the one you want to keep?</p>
<p>Best,<br>Ravi S.<br>AWS Training and Certification</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>"""
A_CONF = "010001955e2f3c91-a4@email.amazonses.com"
add("029", ("confirmation_request", True, A, ["AWS07730415", "AWS03318250"]),
    H(FTC, ME_P, f"RE: [CASE {A}] {SUBJ}", "Mon, 03 Mar 2025 04:12:30 +0000", A_CONF, "amazon.com", cc=ME_C,
      irt=A_UPD, refs=[A_ACK, A_HOLD, A_U1, A_UPD]),
    part("text/html", a_conf_html, "utf-8", "quoted-printable"))

add("030", ("unrelated", False, None, []),
    H(addr("佐藤 健一", "k.sato@kitaura-sys.co.jp"), ME_C, "自動応答: 引継ぎ資料のレビュー依頼",
      "Mon, 03 Mar 2025 05:00:12 +0000", "TY0PR01MB9912AUTO@TY0PR01MB9912.jpnprd01.prod.outlook.com", "kitaura-sys.co.jp",
      extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "k.sato@kitaura-sys.co.jp")]),
    part("text/plain", """3月3日〜3月7日は出張のため不在にしております。
期間中のメールは確認が遅れます。お急ぎの場合は田中（tanaka@kitaura-sys.co.jp）までご連絡ください。
ご返信が必要な件は3月10日以降に対応いたします。

佐藤 健一
""", "shift_jis", "base64"), crlf=True)

fwd = f"""転送します（会社アドレスにもCCで来ていたので、念のため個人側に保存）

---------- Forwarded message ---------
From: AWS Training and Certification <{FORM}>
Date: 2025年3月3日(月) 13:12
Subject: RE: [CASE {A}] {SUBJ}
To: <{ME_P}>
Cc: <{ME_C}>

Hello Haruka,
Good news: the partner association has been removed, so the merge can proceed.
Account #1  Login email: {ME_P}
Account #2  Login email: {ME_C}
Is Account #1 the one you want to keep?
Best,
Ravi S.
"""
add("031", ("user_reply", False, A, []),
    USER(addr("Haruka Mizuno", ME_C), ME_P, f"Fwd: RE: [CASE {A}] {SUBJ}", "Mon, 03 Mar 2025 13:20:44 +0900",
         "TYAPR01MB5521FWD0303@TYAPR01MB5521.jpnprd01.prod.outlook.com"),
    part("text/plain", fwd, "utf-8", "base64"))

a_close = f"""Hello Haruka,

Just a reminder that I'm waiting for your answer on which profile to keep. Without it, the merge can't go ahead.

Cases with no response are closed after 3 business days. If you still need this, reply to this email before then and it will stay open.

Ravi S.
AWS Training and Certification

________________________________
From: AWS Training and Certification
Sent: Monday, March 3, 2025 4:12 AM
Subject: RE: [CASE {A}] {SUBJ}

Hello Haruka,
Good news: the partner association has been removed, so the merge can proceed. I found the following two certification profiles:
Account #1 - Login email: {ME_P}
Account #2 - Login email: {ME_C}
Is Account #1 the one you want to keep?
"""
A_CLOSE = "01000195730b9d6e-a5@email.amazonses.com"
add("032", ("closing_notice", True, A, []),
    H(FTC, ME_P, f"RE: [CASE {A}] {SUBJ}", "Fri, 07 Mar 2025 06:30:00 +0000", A_CLOSE, "amazon.com", cc=ME_C,
      irt=A_CONF, refs=[A_ACK, A_CONF]),
    multi("alternative", [part("text/plain", a_close, "utf-8", "quoted-printable"),
                          part("text/html", "<html><body><pre>" + a_close.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>", "utf-8", "quoted-printable")]))

a_wrong = f"""Confirmed. Please merge to Account #1.

Haruka

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Friday, March 7, 2025 3:30 PM
To: {ME_P}
Cc: Haruka Mizuno <{ME_C}>
Subject: RE: [CASE {A}] {SUBJ}

{a_close}"""
A_WRONG = "TYAPR01MB5521B3E77@TYAPR01MB5521.jpnprd01.prod.outlook.com"
add("033", ("user_reply", False, A, []),
    USER(addr("Haruka Mizuno", ME_C), FORM, f"RE: [CASE {A}] {SUBJ}", "Fri, 07 Mar 2025 18:02:19 +0900", A_WRONG,
         irt=A_CLOSE, refs=[A_CONF, A_CLOSE], extra=[("Thread-Topic", f"[CASE {A}] {SUBJ}")]),
    part("text/plain", a_wrong, "utf-8", "quoted-printable"), crlf=True)

A_WA = "0100019574a1c3f2-a6@email.amazonses.com"
add("034", ("info_request", True, A, []),
    H(FTC, ME_P, f"RE: [CASE {A}] {SUBJ}", "Fri, 07 Mar 2025 10:47:55 +0000", A_WA, "amazon.com", cc=ME_C,
      irt=A_WRONG, refs=[A_CONF, A_CLOSE, A_WRONG]),
    part("text/plain", f"""Hi Haruka,

Thanks for the quick answer. One snag: it came from {ME_C}, which belongs to the profile being merged away. For the merge to be authorised, the confirmation has to come from the address of the profile you are keeping.

We need you to send the same confirmation again from {ME_P}. Once that arrives I can complete it the same day.

Ravi S.
AWS Training and Certification
""", "us-ascii", "7bit"))

A_U2 = "CAJx9vQ3mM0sd2+Lr4t@mail.gmail.com"
add("035", ("user_reply", False, A, []),
    USER(addr("水野 遥", ME_P), FORM, "Re: account merge", "Fri, 07 Mar 2025 20:15:41 +0900", A_U2,
         irt=A_WA, refs=[A_CONF, A_CLOSE, A_WRONG, A_WA]),
    multi("alternative", [
        part("text/plain", f"""Hi Ravi,

Sending it again from my personal address as requested: I confirm the merge. Please keep Account #1 ({ME_P}) and merge Account #2 into it.

Best regards,
Haruka Mizuno

On Fri, Mar 7, 2025 at 7:47 PM AWS Training and Certification <{FORM}> wrote:
> Hi Haruka,
> We need you to send the same confirmation again from {ME_P}.
"""),
        part("text/html", f"""<div dir="ltr">Hi Ravi,<br><br>Sending it again from my personal address as requested: I confirm the merge. Please keep Account #1 ({ME_P}) and merge Account #2 into it.<br><br>Best regards,<br>Haruka Mizuno</div><br><div class="gmail_quote"><div class="gmail_attr">On Fri, Mar 7, 2025 at 7:47 PM AWS Training and Certification &lt;{FORM}&gt; wrote:</div><blockquote class="gmail_quote">Hi Haruka,<br>We need you to send the same confirmation again from {ME_P}.</blockquote></div>""")]))

add("036", ("unrelated", False, None, []),
    H(addr("Jira", "jira@kitaura-sys.atlassian.net"), ME_C, "[JIRA] (INFRA-1207) Hand over AWS account ownership - status changed to Done",
      "Fri, 07 Mar 2025 11:30:00 +0000", "JIRA.88120.1741347000@Atlassian.JIRA", "kitaura-sys.atlassian.net"),
    part("text/plain", """Kenta Oishi changed the status of INFRA-1207 to Done.

Hand over AWS account ownership (402931158876 -> infra-admin@kitaura-sys.co.jp)
Resolution: Fixed

Comment: Root email switched, MFA re-registered. Closing this ticket.
""", "us-ascii", "7bit"))

a_done = f"""Hi Haruka,

I have successfully merged all accounts. Your exam history, certifications and benefits are now under Account #1 ({ME_P}); Account #2 has been deactivated. It can take up to 24 hours for the Credly badges to point to the merged profile.

This case is now resolved.

Thanks,
Ravi S.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: 3/3/2025 4:12 AM
Subject: RE: [CASE {A}] {SUBJ}

Account #1  Candidate ID AWS07730415  Login email: {ME_P}
Account #2  Candidate ID AWS03318250  Login email: {ME_C}
Is Account #1 the one you want to keep? Please reply to confirm before we proceed.
"""
A_DONE = "0100019574f0aa01-a7@email.amazonses.com"
add("037", ("resolved", False, A, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Fri, 07 Mar 2025 12:41:09 +0000", A_DONE, "amazon.com", irt=A_U2, refs=[A_CONF, A_WA, A_U2]),
    part("text/plain", a_done, "utf-8", "quoted-printable"))

add("038", ("badge", False, None, []),
    H(addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a badge",
      "Fri, 07 Mar 2025 12:55:30 +0000", "credly.3f9c1a4e-2b7d-4e2f-8c55-1d0e7b9a6f21@credly.com", "credly.com"),
    multi("alternative", [
        part("text/plain", """Haruka, your badge is waiting.

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge to share it on LinkedIn and elsewhere:
https://www.credly.com/earner/earned/badge/3f9c1a4e-2b7d-4e2f-8c55-1d0e7b9a6f21
"""),
        part("text/html", """<html><body><table width="600"><tr><td><h2>Haruka, your badge is waiting.</h2></td></tr>
<tr><td>AWS Certified Solutions Architect - Associate<br>Issued by Amazon Web Services Training and Certification</td></tr>
<tr><td><a href="https://www.credly.com/earner/earned/badge/3f9c1a4e-2b7d-4e2f-8c55-1d0e7b9a6f21">Accept Badge</a></td></tr></table></body></html>""")]))

add("039", ("badge", False, None, []),
    H(addr("Credly", "admin@credly.com"), ME_P, "Reminder: accept your AWS Certified Developer - Associate badge",
      "Sat, 08 Mar 2025 12:55:30 +0000", "credly.7d21e0aa-remind@credly.com", "credly.com"),
    part("text/plain", """Hi Haruka,

You have a badge from Amazon Web Services Training and Certification that hasn't been accepted yet:
AWS Certified Developer - Associate

Accept it here: https://www.credly.com/earner/earned/badge/7d21e0aa-41c6-4b0e-9f5e-88c2d9b7e310

If you don't want to receive reminders, update your notification settings.
""", "us-ascii", "7bit"))

add("040", ("survey", False, A, []),
    H(FTC, ME_P, f"Tell us about your experience - case {A}", "Sun, 09 Mar 2025 12:41:09 +0000",
      "010001957f2a-a8-survey@email.amazonses.com", "amazon.com"),
    part("text/html", f"""<html><body><p>Hello,</p><p>Your case <b>{A}</b> with AWS Training and Certification was recently resolved. Would you take a moment to rate the service you received?</p>
<table><tr><td><a href="https://survey.aws.training/s?c={A}&r=5">Very satisfied</a></td><td><a href="https://survey.aws.training/s?c={A}&r=3">Neutral</a></td><td><a href="https://survey.aws.training/s?c={A}&r=1">Very dissatisfied</a></td></tr></table>
<p>Please do not reply to this message.</p></body></html>""", "utf-8", "quoted-printable"))

add("041", ("suspicious", False, None, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Mon, 10 Mar 2025 02:14:08 +0000", "20250310021408.51ab@mail-out.examplehost.net",
      "amazon.com", dkim="fail", dmarc="fail", spf="softfail"),
    part("text/plain", f"""Hello,

Following the merge completed on case {A}, your certification benefits must be re-validated. Reply with the full name, date of birth and the last four digits of the payment card used for your exams, or use the secure form below within 48 hours:

https://aws-training-benefits.info/revalidate?case={A}

AWS Training and Certification
""", "us-ascii", "7bit"))

a_reopen_user = f"""Hello,

Thanks for merging. One thing is missing: the 50% exam discount voucher that was on my company account does not appear under Benefits on the merged account. Could you check?

Haruka Mizuno

On Fri, Mar 7, 2025 at 9:41 PM AWS Training and Certification <{FORM}> wrote:
{quote(a_done)}
"""
A_U3 = "CAJx9vQ5kk1=reopen@mail.gmail.com"
add("042", ("user_reply", False, A, []),
    USER(addr("Haruka Mizuno", ME_P), FORM, f"Re: RE:[CASE {A}] {SUBJ}", "Tue, 11 Mar 2025 22:03:00 +0900", A_U3,
         irt=A_DONE, refs=[A_CONF, A_U2, A_DONE]),
    part("text/plain", a_reopen_user, "utf-8", "quoted-printable"))

A_REOPEN = "0100019587c1d3e4-a9@email.amazonses.com"
add("043", ("case_update", False, A, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Tue, 11 Mar 2025 23:50:12 +0000", A_REOPEN, "amazon.com", irt=A_U3, refs=[A_DONE, A_U3]),
    part("text/plain", f"""Hello Haruka,

Your case {A} has been reopened. Vouchers are managed by a separate benefits team, so I've passed your message on to them together with both candidate IDs. They normally reply within two business days and will write to you on this case.

Kind regards,
Aoife
AWS Training and Certification

If you have anything to add in the meantime, just reply to this email.
""", "us-ascii", "7bit"))

a_jp_req = f"""水野 遥 様

AWS トレーニングと認定 特典担当の田村でございます。
お問い合わせいただきました 50% 割引バウチャーの件について、ご連絡いたします。

統合前の旧アカウント(AWS03318250)の特典履歴を確認いたしましたところ、バウチャーは 2024 年 11 月に発行されており、現在も有効期限内であることを確認いたしました。ただし、統合処理の際に特典情報が移行されなかったものと思われます。

再発行にあたり、旧アカウントでご確認いただけるバウチャーコードの末尾 4 桁をお知らせいただけますでしょうか。お手数をおかけいたしますが、ご対応のほどよろしくお願いいたします。

AWS トレーニングと認定
田村
"""
A_JPREQ = "01000195917a0c11-a10@email.amazonses.com"
add("044", ("info_request", True, A, ["AWS03318250"]),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Thu, 13 Mar 2025 06:20:00 +0000", A_JPREQ, "amazon.com", irt=A_REOPEN, refs=[A_U3, A_REOPEN]),
    part("text/plain", a_jp_req, "iso-2022-jp", "7bit"))

a_jp_user = f"""田村様

ご連絡ありがとうございます。
バウチャーコードの末尾 4 桁は「7QX2」です。
念のため、旧アカウントの候補 ID は AWS03318250、統合先は AWS07730415 です。

よろしくお願いいたします。
水野 遥

2025年3月13日(木) 15:20 AWS Training and Certification <{FORM}>:
{quote(a_jp_req)}
"""
A_U4 = "CAJx9vQ7jp0=tamura@mail.gmail.com"
add("045", ("user_reply", False, A, ["AWS03318250", "AWS07730415"]),
    USER(addr("水野 遥", ME_P, "iso-2022-jp"), FORM, f"Re: RE:[CASE {A}] {SUBJ}", "Thu, 13 Mar 2025 19:48:27 +0900", A_U4,
         irt=A_JPREQ, refs=[A_REOPEN, A_JPREQ]),
    part("text/plain", a_jp_user, "iso-2022-jp", "7bit"))

A_JPDONE = "0100019596b2ee20-a11@email.amazonses.com"
add("046", ("resolved", False, A, []),
    H(FTC, ME_P, f"RE:[CASE {A}] {SUBJ}", "Fri, 14 Mar 2025 02:05:41 +0000", A_JPDONE, "amazon.com", irt=A_U4, refs=[A_JPREQ, A_U4]),
    multi("alternative", [
        part("text/plain", f"""水野 遥 様

バウチャーを統合後のアカウントに再発行いたしました。認定ページの「特典」からご確認いただけます。
本件はこれにて完了とさせていただきます。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定
田村

> 再発行にあたり、旧アカウントでご確認いただけるバウチャーコードの末尾 4 桁をお知らせいただけますでしょうか。
""", "utf-8", "base64"),
        part("text/html", """<html><body><p>水野 遥 様</p><p>バウチャーを統合後のアカウントに再発行いたしました。認定ページの「特典」からご確認いただけます。<br>本件はこれにて完了とさせていただきます。</p><p>ご不明な点がございましたら、本メールにご返信ください。</p><p>AWS トレーニングと認定<br>田村</p></body></html>""", "utf-8", "base64")]))

add("047", ("unrelated", False, None, []),
    H(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)",
      "Sun, 16 Mar 2025 01:12:00 +0000", "bounce.66d1e0@mx.google.com", "googlemail.com", extra=[("Auto-Submitted", "auto-replied")]),
    multi("report; report-type=delivery-status", [
        part("text/plain", f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", "us-ascii", "7bit"),
        part("text/plain", f"""Subject: Fwd: RE:[CASE {A}] {SUBJ}
From: {ME_P}
To: {ME_C}

(saving a copy) Please confirm which account you want to keep.
""", "us-ascii", "7bit")]))

add("048", ("unrelated", False, None, []),
    H(addr("ピアソンVUE", "noreply@pearsonvue.com"), ME_P, "【ピアソンVUE】試験予約確認のお知らせ",
      "Mon, 17 Mar 2025 03:00:00 +0000", "pvjp.20250317.518830442@pearsonvue.com", "pearsonvue.com", subjcs="shift_jis"),
    part("text/plain", """水野 遥 様

以下の内容で試験のご予約を承りました。

登録ID: 518830442
試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2025年4月12日(土) 13:00
会場: オンライン監督試験 (OnVUE)

内容に誤りがございましたら、お手数ですがカスタマーサービスまでご連絡ください。
本メールは送信専用アドレスから送信しています。

ピアソンVUE
""", "shift_jis", "8bit"), crlf=True)

add("049", ("unrelated", False, None, []),
    H(addr("Zendesk Support - Backlog", "support@nulab.zendesk.com"), ME_P, "[Request #482113] Your request has been solved",
      "Tue, 18 Mar 2025 04:40:00 +0000", "ZD482113.solved@nulab.zendesk.com", "nulab.zendesk.com"),
    part("text/plain", """Your request (482113) has been solved. Your account migration to the personal space is done.

To reopen this request, reply to this email within 7 days.

Case closed. How would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied
""", "us-ascii", "7bit"))

add("050", ("unrelated", False, None, []),
    H(addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID の確認コード",
      "Wed, 19 Mar 2025 09:30:00 +0000", "otp.7712@login.awsapps.com", "login.awsapps.com"),
    part("text/plain", """こんにちは、

AWS Builder ID へのサインインを完了するには、次の確認コードを入力してください。

確認コード: 417093

このコードの有効期限は 10 分です。このリクエストに心当たりがない場合は、このメールを無視してください。
""", "utf-8", "8bit"))

# ====================================================================== 2025 June: case E (a third account made through Partner Central SSO)
e_ack_txt = f"""水野 遥 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース {E} を作成しました。

ケースの詳細:
ケース ID: {E}
件名: {SUBJ}
内容: 統合後のアカウントとは別に、パートナーセントラルの SSO で作成された認定アカウントがもう一つ残っているようです。こちらも統合をお願いします。

通常 24 時間以内に担当者よりご連絡いたします。
既に同じ内容のケースがある場合は、新しいケースを作成しないでください。

アマゾン ウェブ サービス
"""
E_ACK = "01000197a1b0c2d3-e1@email.amazonses.com"
add("051", ("acknowledgement", False, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Wed, 25 Jun 2025 01:20:30 +0000", E_ACK, "amazon.com"),
    multi("alternative", [part("text/plain", e_ack_txt, "utf-8", "quoted-printable"),
                          part("text/html", "<html><body>" + e_ack_txt.replace("\n", "<br>\n") + "</body></html>", "utf-8", "quoted-printable")]))

add("052", ("unrelated", False, None, []),
    H(addr("connpass", "no-reply@connpass.com"), ME_P, "JAWS-UG 東京 #61 の参加登録が完了しました",
      "Wed, 25 Jun 2025 03:00:00 +0000", "connpass.evt.331902.reg@connpass.com", "connpass.com"),
    part("text/plain", """水野 遥 さん

JAWS-UG 東京 #61「認定資格 LT 大会」への参加登録が完了しました。

日時: 2025/07/10 19:00〜
会場: 目黒セントラルスクエア

キャンセルする場合はイベントページからお手続きください。
""", "utf-8", "8bit"))

e_req = f"""水野様

お問い合わせの件、確認いたしました。
SSO 経由で作成されたアカウント(AWS05561203)が見つかりました。ただ、同じ氏名のプロファイルがほかにも存在するため、ご本人のものか判断がつきません。

SSO でサインインした際に画面右上に表示される候補 ID を教えてください。あわせて、そのアカウントで受験した試験があれば試験名も書いてください。

AWS トレーニングと認定
中川
"""
E_REQ = "01000197a6e1f0aa-e2@email.amazonses.com"
add("053", ("info_request", True, E, ["AWS05561203"]),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Thu, 26 Jun 2025 07:44:10 +0000", E_REQ, "amazon.com", irt=E_ACK, refs=[E_ACK]),
    part("text/plain", e_req, "shift_jis", "base64"))

add("054", ("suspicious", False, None, []),
    H(addr("AWS トレーニングと認定", "info@aws-training-jp.net"), ME_P, "【重要】AWS認定アカウント統合手続きの最終確認",
      "Fri, 27 Jun 2025 10:10:10 +0000", "mail.99120@aws-training-jp.net", "aws-training-jp.net"),
    part("text/html", f"""<html><body><p>お客様各位</p><p>AWS認定アカウントの統合手続き（ケース {E}）が未完了です。</p>
<p>72時間以内に下記リンクよりサインインし、本人確認を完了してください。完了しない場合、取得済みの認定資格は失効します。</p>
<p><a href="https://aws-training-jp.net/login">本人確認はこちら</a></p><p>AWS トレーニングと認定</p></body></html>""", "utf-8", "base64"))

e_close = f"""水野 遥 様

先日お送りした候補 ID のご確認について、まだご返信をいただけておりません。
恐れ入りますが、このままご返信がない場合、本ケースは 2025 年 7 月 7 日にクローズさせていただきます。

引き続き統合をご希望の場合は、本メールへのご返信をもってケースを継続いたします。

AWS トレーニングと認定
中川

-----Original Message-----
{e_req}"""
E_CLOSE = "01000197bb77c0e1-e3@email.amazonses.com"
add("055", ("closing_notice", True, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Wed, 02 Jul 2025 06:00:00 +0000", E_CLOSE, "amazon.com", irt=E_REQ, refs=[E_ACK, E_REQ]),
    part("text/plain", e_close, "iso-2022-jp", "7bit"))

e_user = f"""中川様

返信が遅くなり申し訳ありません。
SSO でサインインした際の候補 ID は AWS05561203 でした。このアカウントでは試験は受けていません（パートナーセントラルのトレーニング受講のみです）。

統合を引き続きお願いします。

水野

2025年7月2日(水) 15:00 AWS Training and Certification <{FORM}>:
{quote(e_close)}
"""
E_U1 = "CAJx9vQ9e1=nakagawa@mail.gmail.com"
add("056", ("user_reply", False, E, ["AWS05561203"]),
    USER(addr("水野 遥", ME_P), FORM, f"Re: RE: [CASE {E}] {SUBJ}", "Thu, 03 Jul 2025 08:31:55 +0900", E_U1, irt=E_CLOSE, refs=[E_REQ, E_CLOSE]),
    part("text/plain", e_user, "utf-8", "8bit"))

E_HOLD = "01000197c0aa1b2c-e4@email.amazonses.com"
add("057", ("on_hold", False, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Thu, 03 Jul 2025 04:15:00 +0000", E_HOLD, "amazon.com", irt=E_U1, refs=[E_CLOSE, E_U1]),
    part("text/plain", """水野 遥 様

ご返信ありがとうございます。
該当アカウントは引き続き AWS パートナーネットワーク(Kitaura Systems Co., Ltd.)の組織に関連付けられた状態となっております。関連付けの解除はパートナー管理チームの処理が必要なため、本ケースは同チームからの回答があるまで保留とさせていただきます。

回答を受領次第、改めてご連絡いたします。水野様側でのご対応は現時点では不要です。

AWS トレーニングと認定
中川
""", "utf-8", "quoted-printable"))

add("058", ("unrelated", False, None, []),
    H(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, "AWS Notification - Scheduled maintenance for your Amazon RDS instance",
      "Mon, 07 Jul 2025 17:00:00 +0000", "0100019801-health-77@email.amazonses.com", "amazon.com"),
    part("text/plain", """Hello,

We are contacting you because one of your Amazon RDS DB instances in the ap-northeast-1 Region (account 402931158876) has a pending maintenance action scheduled for July 20, 2025.

If you prefer to apply the update at a time of your choosing, you can do so from the RDS console before that date. Otherwise no action is required.

Sincerely,
Amazon Web Services
""", "us-ascii", "7bit"))

E_UPD = "01000197f0a0b1c2-e5@email.amazonses.com"
add("059", ("case_update", False, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Tue, 08 Jul 2025 09:02:00 +0000", E_UPD, "amazon.com", irt=E_HOLD, refs=[E_U1, E_HOLD]),
    part("text/plain", """Hello Haruka,

Quick update from the partner team side: they have confirmed the partner link can be removed and expect to finish it by end of this week. Your case stays with me; I'll write as soon as I have the go-ahead. You don't need to reply to this one.

Best,
Hiro Nakagawa
AWS Training and Certification
(Sent in English as our partner team works in English - I'm happy to continue in Japanese.)
""", "us-ascii", "7bit"))

e_conf = f"""<html><body>
<p>水野 遥 様</p>
<p>お待たせいたしました。パートナーネットワークとの関連付けが解除されましたので、統合の準備が整いました。対象となるアカウントは以下の 2 件です。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>候補 ID</td><td>AWS07730415</td><td>AWS05561203</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_P} (Partner Central SSO)</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>統合後、Account #2 はご利用いただけなくなります。Account #1 に統合する形でよろしいか、ご確認のほどよろしくお願いいたします。</p>
<p>AWS トレーニングと認定<br>中川</p>
</body></html>"""
E_CONF = "01000198054e7a10-e6@email.amazonses.com"
add("060", ("confirmation_request", True, E, ["AWS07730415", "AWS05561203"]),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Mon, 14 Jul 2025 02:40:00 +0000", E_CONF, "amazon.com", irt=E_UPD, refs=[E_HOLD, E_UPD]),
    part("text/html", e_conf, "utf-8", "base64"))

e_user2 = f"""はい、Account #1 への統合でお願いします。

水野

On Mon, Jul 14, 2025 at 11:40 AM AWS Training and Certification <{FORM}> wrote:
> 水野 遥 様
> お待たせいたしました。パートナーネットワークとの関連付けが解除されましたので、統合の準備が整いました。
> Account #1 AWS07730415 / Account #2 AWS05561203
> Account #1 に統合する形でよろしいか、ご確認のほどよろしくお願いいたします。
"""
E_U2 = "CAJx9vQBb2=e-conf@mail.gmail.com"
add("061", ("user_reply", False, E, []),
    USER(addr("Haruka Mizuno", ME_P), FORM, f"Re: RE: [CASE {E}] {SUBJ}", "Mon, 14 Jul 2025 12:02:10 +0900", E_U2, irt=E_CONF, refs=[E_UPD, E_CONF]),
    part("text/plain", e_user2, "utf-8", "quoted-printable"))

E_DONE = "0100019806a0f1e2-e7@email.amazonses.com"
add("062", ("resolved", False, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Mon, 14 Jul 2025 05:30:00 +0000", E_DONE, "amazon.com", irt=E_U2, refs=[E_CONF, E_U2]),
    part("text/plain", f"""水野 遥 様

Account #2 を Account #1 に統合いたしました。これで認定アカウントは 1 つになりましたので、Credly のバッジも正しく表示されるはずです。

他にご不明な点がございましたら、お気軽に本メールへご返信ください。

AWS トレーニングと認定
中川

> はい、Account #1 への統合でお願いします。
>> Account #1 に統合する形でよろしいか、ご確認のほどよろしくお願いいたします。
""", "iso-2022-jp", "7bit"))

add("063", ("survey", False, E, []),
    H(FTC, ME_P, f"[CASE {E}] サポートに関するアンケートのお願い", "Wed, 16 Jul 2025 05:30:00 +0000",
      "010001981103-e8-survey@email.amazonses.com", "amazon.com"),
    part("text/plain", f"""水野 遥 様

先日はケース {E} にてお問い合わせいただきありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分）。

https://survey.aws.training/s?c={E}&lang=ja

※本メールは送信専用です。ご返信いただいてもお答えできません。
""", "utf-8", "base64"))

add("064", ("badge", False, None, []),
    H(addr("Credly", "admin@credly.com"), ME_P, "Your badges from Amazon Web Services Training and Certification have been updated",
      "Wed, 16 Jul 2025 08:00:00 +0000", "credly.upd.5c0e88a1@credly.com", "credly.com"),
    part("text/html", """<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification updated 2 badges in your Credly wallet:</p>
<table border="1"><tr><td>AWS Certified Solutions Architect - Associate</td><td>Active</td></tr><tr><td>AWS Certified Developer - Associate</td><td>Active</td></tr></table>
<p><a href="https://www.credly.com/users/haruka-mizuno/badges">View your badges</a></p></body></html>""", "utf-8", "quoted-printable"))

add("065", ("certification", False, None, []),
    H(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS認定：ご意見をお聞かせください",
      "Fri, 18 Jul 2025 15:00:00 +0000", "cm.20250718.feedback.ja@certmetrics.com", "certmetrics.com"),
    part("text/plain", """水野 遥 様

AWS 認定プログラムの改善のため、アンケートへのご協力をお願いしております。
所要時間は約 10 分です。以下のリンクからご回答いただけますでしょうか。

https://aws.certmetrics.com/amazon/survey/?k=ja-2025-07

ご協力のほどよろしくお願いいたします。
AWS 認定
""", "iso-2022-jp", "7bit"))

# ====================================================================== Aug 2025: a second console case (G) that needs answering in the Support Center
G = "175502233401457"
G_ACK = "0100019878ab0c01-g1@email.amazonses.com"
add("066", ("acknowledgement", False, G, []),
    H(FCON, ME_P, f"Amazon Web Services: New Support case: {G}", "Wed, 13 Aug 2025 03:12:14 +0000", G_ACK, "amazon.com"),
    part("text/plain", f"""Dear AWS customer,

We have opened case {G} to address your issue.

Case ID: {G}
Subject: Exam voucher not applicable at checkout
Severity: General guidance

You can add further detail to the case in the Support Center at any time. We will respond as soon as possible.
{console_footer(G)}""", "us-ascii", "7bit"))

add("067", ("info_request", True, G, []),
    H(FCON, ME_P, f"RE:[CASE {G}] Exam voucher not applicable at checkout", "Thu, 14 Aug 2025 06:40:00 +0000",
      "01000198800e-g2@email.amazonses.com", "amazon.com"),
    part("text/plain", f"""Hello,

Thanks for the screenshot. The error at checkout ("voucher not valid for this exam") usually appears when the voucher was issued for a different exam family, or when the exam is being booked under another certification account than the one holding the voucher. From what I can see your AWS account is not linked to any certification profile, so I can't tell which of these it is.

Which exam code were you trying to book, and which e-mail address did you sign in with on the certification site? Post the answer on the case in the Support Center so it's attached to the history.

Regards,
Sofia
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
{console_footer(G)}""", "utf-8", "quoted-printable"))

add("068", ("unrelated", False, None, []),
    H(addr("Slack", "feedback@slack.com"), ME_P, "[aws-jp-community] Yuki mentioned you in #certification",
      "Thu, 14 Aug 2025 09:00:00 +0000", "slack.mention.5512@slack.com", "slack.com"),
    part("text/plain", """Yuki Ito mentioned you in #certification:

"@haruka did AWS support ever reply to your merge case? can you let me know what they asked for? I need to do the same"

Reply in Slack: https://aws-jp-community.slack.com/archives/C01CERT/p1755162000
""", "us-ascii", "7bit"))

add("069", ("closing_notice", True, G, []),
    H(FCON, ME_P, f"RE:[CASE {G}] Exam voucher not applicable at checkout", "Mon, 18 Aug 2025 06:41:00 +0000",
      "010001989f77-g3@email.amazonses.com", "amazon.com"),
    multi("alternative", [
        part("text/plain", f"""Hello,

We haven't received a response to our previous correspondence. Without it, this case will be set to Resolved automatically. You can keep it active by replying in the Support Center; resolved cases can be reopened there for 14 days.

Amazon Web Services
{console_footer(G)}"""),
        part("text/html", f"""<html><body><p>Hello,</p><p>We haven't received a response to our previous correspondence. Without it, this case will be set to <b>Resolved</b> automatically. You can keep it active by replying in the Support Center; resolved cases can be reopened there for 14 days.</p><p>Amazon Web Services</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={G}&amp;language=en">View case</a> &middot; Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""")]))

add("070", ("case_update", False, G, []),
    H(FCON, ME_P, f"RE:[CASE {G}] Exam voucher not applicable at checkout", "Tue, 19 Aug 2025 02:10:00 +0000",
      "01000198a3c1-g4@email.amazonses.com", "amazon.com"),
    part("text/plain", f"""Hello,

Thanks for the details you added in the Support Center (SAP-C02, signed in with the personal address). I've forwarded the case to the certification benefits team, who own vouchers; they will update this case directly. There is nothing you need to do while they look at it.

Sofia
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.
{console_footer(G)}""", "us-ascii", "7bit"))

add("071", ("resolved", False, G, []),
    H(FCON, ME_P, f"RE:[CASE {G}] Exam voucher not applicable at checkout", "Thu, 21 Aug 2025 05:00:00 +0000",
      "01000198ae00-g5@email.amazonses.com", "amazon.com"),
    part("text/plain", f"""Hello,

The benefits team found the cause: the voucher had been flagged as used during the account merge in March. They have restored it, and it can be applied to SAP-C02 at checkout now. I'm resolving this case.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.

--- Previous correspondence ---
Which exam code were you trying to book, and which e-mail address did you sign in with on the certification site? Post the answer on the case in the Support Center.
{console_footer(G)}""", "utf-8", "quoted-printable"))

add("072", ("suspicious", False, None, []),
    H(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, f"Amazon Web Services: New Support case: {G}",
      "Fri, 22 Aug 2025 13:44:00 +0000", "8812ab77@smtp.bulk-relay.ru", "amazon.com", dkim="none", dmarc="fail", spf="fail"),
    part("text/html", f"""<html><body><p>Dear AWS customer,</p><p>A payment issue was found on support case {G}. Your AWS account 402931158876 will be suspended unless you update your billing information.</p>
<p><a href="http://console-aws-billing.support-center.cc/update">Update billing information</a></p></body></html>""", "utf-8", "base64"))

add("073", ("unrelated", False, None, []),
    H(addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P, "Last chance: 50% off your next AWS Certification exam",
      "Mon, 25 Aug 2025 16:00:00 +0000", "mkto.cert50.aug25@amazon.com", "amazon.com"),
    multi("alternative", [
        part("text/plain", """Ready for your next certification?

Register for AWS Certification Official Pretest and get a 50% discount voucher. Reply to this email with any questions - our team reads every message.

Unsubscribe: https://pages.awscloud.com/unsubscribe
"""),
        part("text/html", """<html><body><h1>Ready for your next certification?</h1><p>Register for AWS Certification Official Pretest and get a 50% discount voucher.</p><p>Reply to this email with any questions - our team reads every message.</p></body></html>""")]))

add("074", ("on_hold", True, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Tue, 26 Aug 2025 01:30:00 +0000", "01000198e0d1-e9@email.amazonses.com", "amazon.com",
      irt=E_DONE, refs=[E_CONF, E_DONE]),
    part("text/plain", f"""Hello Haruka,

Following up on case {E}, which we've reopened internally. During a routine audit, Kitaura Systems' partner administrator asked that the training records from the Partner Central SSO profile stay attached to their organization. Until they and we agree how to split those records, the transfer of the partner training transcripts is paused. Your certifications are not affected.

One thing would help us: do you still need the partner training transcripts (the Partner Central course completions) on your personal account, or can they stay with the former employer?

Hiro Nakagawa
AWS Training and Certification
""", "us-ascii", "7bit"))

add("075", ("user_reply", False, E, []),
    USER(addr("Haruka Mizuno", ME_P), FORM, f"Re: RE: [CASE {E}] {SUBJ}", "Tue, 26 Aug 2025 20:11:40 +0900", "CAJx9vQDd4=transcripts@mail.gmail.com",
         irt="01000198e0d1-e9@email.amazonses.com", refs=[E_DONE, "01000198e0d1-e9@email.amazonses.com"]),
    part("text/plain", f"""Hi Hiro,

They can stay with Kitaura Systems, I don't need them. Please close it whenever convenient.

Thanks,
Haruka

On Tue, Aug 26, 2025 at 10:30 AM AWS Training and Certification <{FORM}> wrote:
> One thing would help us: do you still need the partner training transcripts
> (the Partner Central course completions) on your personal account, or can they
> stay with the former employer?
""", "us-ascii", "7bit"))

add("076", ("resolved", False, E, []),
    H(FTC, ME_P, f"RE: [CASE {E}] {SUBJ}", "Wed, 27 Aug 2025 00:05:00 +0000", "01000198e6f2-e10@email.amazonses.com", "amazon.com",
      irt="CAJx9vQDd4=transcripts@mail.gmail.com", refs=["01000198e0d1-e9@email.amazonses.com", "CAJx9vQDd4=transcripts@mail.gmail.com"]),
    part("text/plain", """Hello Haruka,

Understood - the partner transcripts remain with Kitaura Systems and nothing else changes on your account. The case is closed again; thank you for your patience.

Hiro Nakagawa
AWS Training and Certification

Was this response helpful? Rate it: https://survey.aws.training/s?c=175081442290731
""", "us-ascii", "7bit"))

if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(OUT, f))
    write()
    print(len(MSGS), "messages written")
