#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-NNN.eml and NNN-NNN.json next to this script."""
import base64, json, os, quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenji.okabe77@gmail.com"
ME_C = "k.okabe@nishikaze-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NR = "no-reply-aws@amazon.com"
CA = "174160231200457"   # main T&C form case (15 digits)
CB = "174160445509183"   # duplicate form submission (15 digits)
CC = "14236650981"       # console (Support Center) case (11 digits)
CD = "8823051746"        # Japanese T&C case, reopened (10 digits)
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
ID1, ID2, ID3 = "AWS07731542", "AWS04417208", "AWS00981266"

MSGS = []
MIDS = {}


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def a(name, addr, cs="utf-8"):
    return f"{h(name, cs)} <{addr}>" if name else addr


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, cs="utf-8", cte="8bit", extra=b""):
    head = (f"Content-Type: {ctype}; charset=\"{cs}\"\n"
            f"Content-Transfer-Encoding: {cte}\n").encode() + extra + b"\n"
    body = enc_body(text, cs, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head + body


def multi(subtype, parts, boundary):
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{boundary}\n".encode() + p
    out += f"\n--{boundary}--\n".encode()
    return out


def gmail_auth(dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", p="QUARANTINE"):
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s=a1b2c3 header.b=Qm7xT0aZ;\n"
            f"       spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} (p={p} sp={p} dis=NONE) header.from={dom}")


def m365_auth(dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass"):
    act = "none" if dmarc == "pass" else "quarantine"
    return (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim={dkim} (signature was verified)\n"
            f" header.d={dom};dmarc={dmarc} action={act}\n header.from={dom};compauth={'pass' if dmarc == 'pass' else 'fail'} reason={'100' if dmarc == 'pass' else '000'}")


def add(label, *, frm, to, subject, date, mid, body, scs="utf-8", cc=None, irt=None, refs=None,
        auth=None, crlf=False, extra=None, note=""):
    n = len(MSGS) + 1
    MIDS[n] = mid
    hl = []
    if auth:
        hl.append(f"Authentication-Results: {auth}")
    hl += [f"From: {frm}", f"To: {to}"]
    if cc:
        hl.append(f"Cc: {cc}")
    hl += [f"Subject: {h(subject, scs)}", f"Date: {date}", f"Message-ID: {mid}"]
    if irt:
        hl.append(f"In-Reply-To: {irt}")
    if refs:
        hl.append("References: " + "\n ".join(refs))
    for k, v in (extra or []):
        hl.append(f"{k}: {v}")
    hl.append("MIME-Version: 1.0")
    raw = ("\n".join(hl) + "\n").encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, nr, case, cands = label
    MSGS.append((n, raw, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, note))
    return n


def txt(text, cs="utf-8", cte="8bit"):
    return leaf("text/plain", text, cs, cte)


def alt(plain, html, cs="utf-8", cte="quoted-printable", b="==alt"):
    return multi("alternative", [leaf("text/plain", plain, cs, cte), leaf("text/html", html, cs, cte)], b)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def ses(tag):
    return f"<0100019{tag}-5f3c2a1e-7d41-4b9e-a0c3-{tag[-6:].rjust(6, '0')}000000@email.amazonses.com>"


# shared texts reused in quotes -------------------------------------------------
ACK_A = f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request is now
case {CA}, and someone from our team will get back to you - normally within
24 hours, although some requests take us a little longer to get right.

A second case for the same request goes to the back of the queue, so please
don't submit the form again while this one is open.

Here is what we received:

  Inquiry type: Certification
  Additional detail: Account Merge
  Description: I'm leaving Nishikaze Systems at the end of March. I'd like my
  company certification profile (k.okabe@nishikaze-sys.co.jp) merged into my
  personal one (kenji.okabe77@gmail.com), and to keep the personal address.

If you have anything to add, just reply to this email and keep the case
number in the subject line.

Kind regards,
AWS Training and Certification
"""

ONHOLD_A = f"""Hello Kenji,

Thanks for your patience while I looked into this.

I found both profiles. The one registered to k.okabe@nishikaze-sys.co.jp
({ID2}) is associated with an AWS Partner Network organization, Nishikaze
Systems K.K. Certifications held on a partner-linked profile count toward
that partner's tier and program requirements, so while the association is
active we can't detach the profile on the individual's request alone. I have
therefore placed the merge on hold for the moment.

This happens a lot when people change jobs and it is usually sorted out
quickly. Once the partner association has been closed, your certifications,
exam history and benefits all come across with the merge - nothing is lost.

To move it forward on our side I'd need two things from you: the date your
employment with Nishikaze Systems ends, and whether you're OK with us letting
the partner's alliance lead know that the profile will be detached on that
date.

Best regards,
Marisol V.
AWS Training and Certification Support
"""

CONF_A_PLAIN = f"""Hi Kenji,

Below are the two certification profiles I found for you.

Account #1
  Login email: kenji.okabe77@gmail.com
  Training notification email: kenji.okabe77@gmail.com
  Certification notification email: kenji.okabe77@gmail.com
  Candidate ID: {ID1}

Account #2
  Login email: k.okabe@nishikaze-sys.co.jp
  Training notification email: k.okabe@nishikaze-sys.co.jp
  Certification notification email: k.okabe@nishikaze-sys.co.jp
  Candidate ID: {ID2}

When two profiles are merged, the exam history, active certifications and
benefits of one are moved into the other, and the emptied profile is
deactivated - it can't be signed into afterwards.

Which of the two should remain as your primary account?

Devansh R.
AWS Training and Certification
"""

CLOSE_A = f"""Hello Kenji,

I haven't had an answer to my message of March 18 about which profile to keep,
so I have set this case to Closed for now.

It isn't lost. Replying to this email within the next 14 days reopens it, and
I'll pick the merge up again where we left off. After that a fresh request
through the contact form would be needed.

Devansh R.
AWS Training and Certification
"""

CONFIRM_TXT = """Hi Devansh,

Sorry for the slow reply, I was travelling last week.

Confirmed - please merge into Account #1 (kenji.okabe77@gmail.com).

Thanks,
Kenji
"""

CONF2_A = f"""Thanks Kenji - the case is open again.

One thing before I run the merge. Account #2 ({ID2}) holds an unused 50%
exam discount, and it also carries your SAP-C02 appointment with Pearson VUE
on April 12 (registration 412907635). Both move to Account #1 with the merge,
but the appointment can take up to 24 hours to appear under the new profile,
and until then the test centre may not find it.

Do you still want me to go ahead today, or would you rather I wait until
after the exam?

Devansh
"""

FEEDBACK = """We value your feedback. If you have a moment, rate this reply using the
stars next to it in the AWS Support Center.
"""


def console_footer(case):
    return f"""
Best regards,
{{agent}}
Amazon Web Services

To reply to this case, open it in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en
(If you sign in through federation, sign in first and then follow the link.)

This message was sent from an address that does not accept incoming mail.
Replies to it are not added to your case.
"""


# =============================================================== messages
# 001 Builder ID code
add(("unrelated", False, None, []),
    frm=a("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address",
    date="Sat, 08 Mar 2025 12:04:51 +0000", mid=ses("5a0c1e88aa10001"),
    auth=gmail_auth("signin.aws", "0100019amz@mail.signin.aws", "54.240.8.21"),
    body=txt("""Hello,

Someone is creating an AWS Builder ID with this email address. Enter this
verification code to continue:

    583104

The code is valid for 30 minutes. If you didn't start this, you can ignore
this message - nothing will happen without the code.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""),
    note="Builder ID 6-digit code; AWS sender, asks to 'enter' a code but no case")

# 002 invoice from no-reply-aws (same sender as console cases)
inv_plain = """Greetings from Amazon Web Services,

This e-mail confirms that your latest invoice is now available.

Account ID: 210987654321
Invoice number: 2061994385
Billing period: February 1 - February 28, 2025
Total: USD 43.18

The amount will be charged to the payment method on file. To review the
invoice, sign in to the Billing and Cost Management console.

Sincerely,
Amazon Web Services
"""
inv_html = "<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest invoice is now available.</p><table border=1 cellpadding=4><tr><td>Account ID</td><td>210987654321</td></tr><tr><td>Invoice number</td><td>2061994385</td></tr><tr><td>Billing period</td><td>February 1 - February 28, 2025</td></tr><tr><td>Total</td><td>USD 43.18</td></tr></table><p>Sincerely,<br>Amazon Web Services</p></body></html>"
add(("unrelated", False, None, []),
    frm=a("Amazon Web Services", NR), to=ME_C,
    subject="Amazon Web Services Invoice Available [Account: 210987654321] [Invoice ID: 2061994385]",
    date="Sun, 09 Mar 2025 03:11:09 +0000", mid=ses("5a0c9b31ce10002"),
    auth=m365_auth("amazon.com", "amazonses.com", "54.240.13.77"), crlf=True,
    body=alt(inv_plain, inv_html, b="----=_Part_20611_inv"),
    note="same sender as console cases; 12-digit account ID and 10-digit invoice number, neither is a case")

# 003 ack A
add(("acknowledgement", False, CA, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Mon, 10 Mar 2025 10:25:31 +0000", mid=ses("5a0e7a2b1210003"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.102"),
    body=txt(ACK_A),
    note="15-digit case; 'please don't submit again' and 'if you have anything to add, reply' are not asks")

# 004 ack B Japanese ISO-2022-JP to company address
ack_b = f"""アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。

お問い合わせはケース番号 {CB} として受け付けました。
担当者から通常24時間以内にご連絡いたしますが、内容によってはそれ以上の
お時間をいただく場合がございます。

同じ内容のケースをすでにお持ちの場合、新しいケースを作成されますと
かえって対応が遅くなります。重複してのお申し込みはお控えください。

ケースの詳細:
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合

補足いただける情報がございましたら、件名を変えずに本メールへご返信ください。

AWS トレーニングと認定
"""
add(("acknowledgement", False, CB, []),
    frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_C,
    subject=f"RE:[CASE {CB}] {SUBJ_TC}", scs="iso-2022-jp",
    date="Mon, 10 Mar 2025 11:01:20 +0000", mid=ses("5a0e9b0f0110004"),
    auth=m365_auth("amazon.com", "amazonses.com", "54.240.48.99"), crlf=True,
    body=txt(ack_b, "iso-2022-jp", "7bit"),
    note="duplicate form submission from the old company address; Japanese ack, ISO-2022-JP, CRLF; conditional ~がございましたら…ご返信ください")

# 005 GitHub merged
add(("unrelated", False, None, []),
    frm=a("Yuta Hamada", "notifications@github.com"), to="infra-modules <infra-modules@noreply.github.com>",
    cc=a("Okabe Kenji", ME_C),
    subject="Re: [nishikaze/infra-modules] Add S3 lifecycle rules for log buckets (PR #214)",
    date="Mon, 10 Mar 2025 11:34:02 +0000", mid="<nishikaze/infra-modules/pull/214/c2710458812@github.com>",
    auth=m365_auth("github.com", "github.com", "192.30.252.206"), crlf=True,
    irt="<nishikaze/infra-modules/pull/214@github.com>", refs=["<nishikaze/infra-modules/pull/214@github.com>"],
    body=txt("""Merged #214 into main.

Thanks for the review, Okabe-san. Could you also double-check the retention
on the audit bucket before you leave? I set it to 400 days.

--
Reply to this email directly, view it on GitHub:
https://github.com/nishikaze/infra-modules/pull/214#event-16533120
You are receiving this because you were mentioned.
"""),
    note="GitHub 'Merged' with a question aimed at the owner; not support")

# 006 case_update B duplicate
dup_b = f"""Hi Kenji,

This request matches case {CA}, which was opened about half an hour earlier
from kenji.okabe77@gmail.com. So that two of us don't end up working on the
same profiles, everything will be handled in that case and I'm closing this
one now.

There's nothing you need to do here - you'll hear from us on the other case.

Aoife
AWS Training and Certification
"""
add(("case_update", False, CB, []),
    frm=a("AWS Training and Certification", TC), to=ME_C,
    subject=f"RE:[CASE {CB}] {SUBJ_TC}",
    date="Mon, 10 Mar 2025 19:12:44 +0000", mid=ses("5a10bd11a210006"),
    irt=MIDS[4], refs=[MIDS[4]],
    auth=m365_auth("amazon.com", "amazonses.com", "54.240.48.101"), crlf=True,
    body=txt(dup_b),
    note="duplicate case closed by support (not for silence); mentions the other case number in the body")

# 007 user_reply B from company Outlook
add(("user_reply", False, CB, []),
    frm=a("Okabe Kenji", ME_C), to=a("AWS Training and Certification", TC),
    subject=f"RE: RE:[CASE {CB}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 09:20:13 +0900", mid="<TYCPR01MB8841A2C6E7F0D1B3C5A9D0E2B7A12@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
    irt=MIDS[6], refs=[MIDS[4], MIDS[6]], crlf=True,
    extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", f"RE:[CASE {CB}] {SUBJ_TC}")],
    body=txt(f"""Hi Aoife,

Sorry about the double submission - I pressed Submit twice. Closing this one is fine.

Best regards,
Kenji Okabe

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, March 11, 2025 4:12 AM
To: Okabe Kenji <{ME_C}>
Subject: RE:[CASE {CB}] {SUBJ_TC}

{dup_b}"""),
    note="owner's own reply from the company address (Outlook '-----Original Message-----', CRLF)")

# 008 info_request A (kindly, candidate IDs + all addresses)
ask_ids = f"""Hello Kenji,

My name is Marisol and I'll be looking after case {CA}.

Before I start on the merge, kindly share the candidate ID of each
certification profile (it's shown as AWS followed by eight digits, top right
of the certification account page), together with every email address you
have ever used to sign in to AWS Training and Certification. Old addresses
matter too - they help me make sure no third profile is left behind.

Thank you,
Marisol V.
AWS Training and Certification Support
"""
add(("info_request", True, CA, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 00:47:05 +0000", mid=ses("5a1143c7bb10008"),
    irt=MIDS[3], refs=[MIDS[3]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=txt(ask_ids, "utf-8", "quoted-printable"),
    note="'kindly share' request; the ID format is described but no real ID appears")

# 009 user_reply A with IDs (gmail)
add(("user_reply", False, CA, [ID1, ID2]),
    frm=a("Kenji Okabe", ME_P), to=a("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 10:58:40 +0900", mid="<CAJx7Pq3vN0kq2hW8xF1_pLz9cUd@mail.gmail.com>",
    irt=MIDS[8], refs=[MIDS[3], MIDS[8]],
    body=txt(f"""Hello Marisol,

Personal profile (kenji.okabe77@gmail.com): {ID1}
Company profile (k.okabe@nishikaze-sys.co.jp): {ID2}

Those are the only two addresses I have used with AWS Certification as far as
I remember.

Kenji Okabe

On Tue, Mar 11, 2025 at 9:47 AM AWS Training and Certification <{TC}> wrote:

{q(ask_ids)}
"""),
    note="owner supplies both candidate IDs in his own text (Gmail quoting)")

# 010 Pearson VUE appointment
add(("unrelated", False, None, []),
    frm=a("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C,
    subject="Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    date="Tue, 11 Mar 2025 02:15:33 +0000", mid="<20250311011533.7f2c1d0a9b@pearsonvue.com>",
    auth=m365_auth("pearson.com", "pearsonvue.com", "159.182.12.40"), crlf=True,
    body=alt("""Dear Kenji Okabe,

Thank you for scheduling with Pearson VUE.

Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, April 12, 2025 10:00 JST
Location: Pearson Professional Centers-Tokyo Shinjuku
Registration ID: 412907635

Please arrive 30 minutes early and bring two valid forms of ID.
To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before your appointment.
""", """<html><body><p>Dear Kenji Okabe,</p><p>Thank you for scheduling with Pearson VUE.</p>
<table><tr><td><b>Exam</b></td><td>SAP-C02 AWS Certified Solutions Architect - Professional</td></tr>
<tr><td><b>Date</b></td><td>Saturday, April 12, 2025 10:00 JST</td></tr>
<tr><td><b>Location</b></td><td>Pearson Professional Centers-Tokyo Shinjuku</td></tr>
<tr><td><b>Registration ID</b></td><td>412907635</td></tr></table>
<p>Please arrive 30 minutes early and bring two valid forms of ID.</p></body></html>""", b="PVUE_b1"),
    note="exam vendor; 9-digit registration ID is not a case number; 'please arrive' instructions")

# 011 on_hold A with ask (to gmail, cc company)
add(("on_hold", True, CA, [ID2]),
    frm=a("AWS Training and Certification", TC), to=ME_P, cc=ME_C,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 03:20:17 +0000", mid=ses("5a12731d4410011"),
    irt=MIDS[9], refs=[MIDS[3], MIDS[8], MIDS[9]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=txt(ONHOLD_A),
    note="APN hold; the ask ('I'd need two things from you') comes after three paragraphs and has no 'please'")

# 012 suspicious lookalike
add(("suspicious", False, None, []),
    frm=a("AWS Certification Support", "support@aws-certsupport-team.com"), to=ME_P,
    subject=f"Action required: verify ownership to complete merge [CASE {CA}]",
    date="Tue, 11 Mar 2025 05:02:48 +0000", mid="<f81c0b2e9d4a@aws-certsupport-team.com>",
    auth=gmail_auth("aws-certsupport-team.com", "bounce@aws-certsupport-team.com", "185.231.154.19", p="NONE"),
    body=alt("""Dear Candidate,

Your certification account merge request is pending verification. To avoid
cancellation of your exam history, confirm ownership of both accounts within
24 hours:

https://aws-certsupport-team.com/verify?case=174160231200457

AWS Training & Certification Team
""", """<html><body><p>Dear Candidate,</p><p>Your certification account merge request is pending verification.
To avoid cancellation of your exam history, confirm ownership of both accounts within 24 hours.</p>
<p><a href="https://aws-certsupport-team.com/verify?case=174160231200457" style="background:#ff9900;padding:8px">Verify now</a></p>
<p>AWS Training &amp; Certification Team</p></body></html>""", b="b_phish1"),
    note="lookalike domain (auth passes for its own domain) quoting the real case number")

# 013 user_reply A from company address (wrong address), Outlook quoting
add(("user_reply", False, CA, []),
    frm=a("Okabe Kenji", ME_C), to=a("AWS Training and Certification", TC), cc=ME_P,
    subject=f"RE: RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 14:05:51 +0900", mid="<TYCPR01MB88415F0E11C2D9A3B7E6C14DB7A12@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
    irt=MIDS[11], refs=[MIDS[3], MIDS[8], MIDS[9], MIDS[11]], crlf=True,
    body=txt(f"""Hi Marisol,

My last working day is March 31, 2025. Yes, please go ahead and let the alliance lead know.

Regards,
Kenji Okabe
Nishikaze Systems K.K. | Cloud Infrastructure Group

________________________________
From: AWS Training and Certification <{TC}>
Sent: Tuesday, March 11, 2025 12:20
To: kenji.okabe77@gmail.com
Cc: Okabe Kenji <{ME_C}>
Subject: RE:[CASE {CA}] {SUBJ_TC}

{ONHOLD_A}"""),
    note="owner answers from the old company address (wrong address), Outlook header block; quoted hold contains the ask")

# 014 info_request A: write from the address on the case
wrong_addr = f"""Hi Kenji,

Thanks for the quick answer. It reached us from k.okabe@nishikaze-sys.co.jp,
though, and that isn't the contact address on this case. For the security of
your certification records I can only act on instructions that come from the
address the case was opened with.

Would you send the same answer again from kenji.okabe77@gmail.com? A short
reply to this message is enough.

Marisol
"""
add(("info_request", True, CA, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 08:44:02 +0000", mid=ses("5a1391aa0710014"),
    irt=MIDS[13], refs=[MIDS[3], MIDS[11], MIDS[13]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.110"),
    body=txt(wrong_addr),
    note="asks to resend from the address on the case; 'Would you send...' question, no 'please'")

# 015 user_reply A gmail, Japanese Gmail quote header
add(("user_reply", False, CA, []),
    frm=a("Kenji Okabe", ME_P), to=a("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 11 Mar 2025 23:02:19 +0900", mid="<CAJx7Pq0d9kRz4Lr_MwY2aT5eHn@mail.gmail.com>",
    irt=MIDS[14], refs=[MIDS[3], MIDS[11], MIDS[13], MIDS[14]],
    body=txt(f"""Hello Marisol,

Sending this again from my personal address as you asked.

My last working day at Nishikaze Systems is March 31, 2025, and I'm fine with
you contacting the partner's alliance lead.

Regards,
Kenji Okabe

2025年3月11日(火) 17:44 AWS Training and Certification <{TC}>:

{q(wrong_addr)}
"""),
    note="owner's reply with a Japanese Gmail attribution line over an English quote")

# 016 colleague forward of partner notice (unrelated)
fwd = """岡部さん

パートナー管理用のアドレスに下記が届いていました。念のため転送します。
こちらで「同意」の操作は済ませてあるので、岡部さん側での対応は不要です。

石田

---------- Forwarded message ---------
From: AWS Partner Central <aws-partner-central-noreply@amazon.com>
Date: 2025年3月12日(水) 10:31
Subject: Certified individual requesting profile detachment
To: <partner-admin@nishikaze-sys.co.jp>

Hello Nishikaze Systems K.K. alliance team,

An individual associated with your organization has asked AWS Training and
Certification to detach their certification profile (k.okabe@nishikaze-sys.co.jp)
effective March 31, 2025. Please review the request in Partner Central and
respond within 5 business days. If we don't hear from you, the detachment will
proceed on the stated date.

AWS Partner Network
"""
add(("unrelated", False, None, []),
    frm=a("石田 恵", "m.ishida@nishikaze-sys.co.jp"), to=a("岡部 健二", ME_C),
    subject="Fwd: Certified individual requesting profile detachment",
    date="Wed, 12 Mar 2025 11:06:30 +0900", mid="<CAN5tq8r2f_HsZe0Kb1xJ@mail.gmail.com>",
    auth=m365_auth("nishikaze-sys.co.jp", "nishikaze-sys.co.jp", "209.85.128.41"), crlf=True,
    body=txt(fwd, "utf-8", "base64"),
    note="colleague's forward (base64) whose forwarded part asks the partner to respond; not support, not to the owner")

# 017 on_hold A no ask
hold2 = f"""Hello Kenji,

Quick update on case {CA}.

I've passed the request to our Partner team. They need to hear back from
Nishikaze Systems' alliance contact before the profile can be released, which
usually takes two to four business days.

No further action is required from you at this point. I'll write again as soon
as I hear from them.

Marisol V.
AWS Training and Certification Support
"""
add(("on_hold", False, CA, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Wed, 12 Mar 2025 04:15:09 +0000", mid=ses("5a16a0e5c010017"),
    irt=MIDS[15], refs=[MIDS[3], MIDS[11], MIDS[14], MIDS[15]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=txt(hold2),
    note="hold waiting on the partner; explicitly nothing to do")

# 018 AWS Summit marketing JP
sum_plain = """AWS Summit Japan 2025 の参加登録を受け付けています。

6月25日(水)・26日(木) 幕張メッセ
基調講演、150 以上のセッション、認定者ラウンジをご用意しています。
AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。

今すぐご登録ください: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
"""
sum_html = "<html><body style='font-family:sans-serif'><h2>AWS Summit Japan 2025</h2><p>6月25日(水)・26日(木) 幕張メッセ</p><p>AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録する</a></p><p style='font-size:10px'>配信停止 | アマゾン ウェブ サービス ジャパン合同会社</p></body></html>"
add(("unrelated", False, None, []),
    frm=a("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=ME_C,
    subject="【参加登録受付中】AWS Summit Japan 2025",
    date="Wed, 12 Mar 2025 06:00:00 +0000", mid="<1741759200.9d3f21@marketing.aws.amazon.com>",
    auth=m365_auth("amazon.com", "amazonses.com", "54.240.27.12"), crlf=True,
    body=alt(sum_plain, sum_html, "utf-8", "base64", b="mk_0312"),
    note="AWS marketing in Japanese with imperative call to action")

# 019 Jira resolved
add(("unrelated", False, None, []),
    frm=a("Hamada Yuta (Jira)", "jira@nishikaze.atlassian.net"), to=ME_C,
    subject="[JIRA] (INFRA-882) Remove stale IAM users before quarter end",
    date="Thu, 13 Mar 2025 02:48:11 +0000", mid="<JIRA.118822.1741834091000@Atlassian.JIRA>",
    auth=m365_auth("nishikaze.atlassian.net", "atlassian.net", "13.52.5.96"), crlf=True,
    body=txt("""Hamada Yuta changed the status of INFRA-882 to Resolved.

Resolution: Done
Comment: Confirmed with Okabe-san, all 14 users removed. Closing.

View issue: https://nishikaze.atlassian.net/browse/INFRA-882
"""),
    note="issue tracker 'Resolved'/'Closing' outside any support case")

# 020 certmetrics feedback invitation
add(("certification", False, None, []),
    frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="AWS Certification wants to hear from you",
    date="Fri, 14 Mar 2025 06:30:22 +0000", mid="<20250314163022.41A7C@certmetrics.com>",
    auth=m365_auth("certmetrics.com", "certmetrics.com", "52.33.110.7"), crlf=True,
    body=txt("""Hello Kenji,

As an AWS Certified individual, your opinion shapes the program. We're asking
a small group of certification holders to tell us about their experience
preparing for and taking AWS Certification exams.

The survey takes about 10 minutes and is open until March 28. Would you share
your thoughts?

Take the survey: https://survey.certmetrics.com/aws/2025q1

Thank you,
AWS Certification
"""),
    note="certification program survey invitation phrased as a question")

# 021 colleague out-of-office JP ISO-2022-JP
add(("unrelated", False, None, []),
    frm=a("中村 大輔", "d.nakamura@nishikaze-sys.co.jp", "iso-2022-jp"), to=ME_C,
    subject="自動応答: 引き継ぎ資料のレビューについて", scs="iso-2022-jp",
    date="Fri, 14 Mar 2025 18:02:10 +0900", mid="<OS3PR01MB6651B3D0AA91@OS3PR01MB6651.jpnprd01.prod.outlook.com>",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_C)], crlf=True,
    body=txt("""お疲れさまです。中村です。

3月14日(金)〜3月19日(水)は休暇のため不在にしております。
お急ぎの場合は、インフラチーム共有アドレス infra@nishikaze-sys.co.jp まで
ご連絡ください。戻り次第ご返信いたします。
""", "iso-2022-jp", "7bit"),
    note="out-of-office auto-reply in ISO-2022-JP with 'ご連絡ください'")

# 022 case_update A partner confirmed
upd_a = f"""Hi Kenji,

I'm Devansh, and I've taken case {CA} over from Marisol.

Good news: the Partner team has heard back from Nishikaze Systems, and the
partner link on your company profile will be removed at the end of March 31
as requested. That means we can prepare the merge now.

I'm lining up both profiles this week and will send you the details to look
over before anything is merged.

Devansh R.
AWS Training and Certification
"""
add(("case_update", False, CA, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Mon, 17 Mar 2025 09:31:40 +0000", mid=ses("5a1bb2d3e410022"),
    irt=MIDS[17], refs=[MIDS[3], MIDS[11], MIDS[17]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.115"),
    body=txt(upd_a),
    note="progress news from a new agent; announces a future request but asks nothing now")

# 023 confirmation_request A - HTML only, base64, table
conf_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenji,</p>
<p>Below are the two certification profiles I found for you.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kenji.okabe77@gmail.com</td><td>k.okabe@nishikaze-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenji.okabe77@gmail.com</td><td>k.okabe@nishikaze-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenji.okabe77@gmail.com</td><td>k.okabe@nishikaze-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>{ID1}</td><td>{ID2}</td></tr>
</table>
<p>When two profiles are merged, the exam history, active certifications and benefits of one are moved into the
other, and the emptied profile is deactivated &ndash; it can't be signed into afterwards.</p>
<p><b>Which of the two should remain as your primary account?</b></p>
<p>Devansh R.<br>AWS Training and Certification</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. &middot; 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
"""
add(("confirmation_request", True, CA, [ID1, ID2]),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 18 Mar 2025 00:12:55 +0000", mid=ses("5a1ed04a1210023"),
    irt=MIDS[22], refs=[MIDS[3], MIDS[17], MIDS[22]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=leaf("text/html", conf_html, "utf-8", "base64"),
    note="HTML-only, base64, Account #1/#2 in a table, bare question")

# 024 suspicious: genuine-looking, dmarc=fail
add(("suspicious", False, None, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Tue, 18 Mar 2025 07:40:03 +0000", mid="<20250318074003.5521@mail-out7.cloudsrv-eu.net>",
    auth=gmail_auth("amazon.com", "postmaster@cloudsrv-eu.net", "91.215.85.140", dkim="fail", spf="softfail", dmarc="fail"),
    body=txt(f"""Hello Kenji,

Following our previous message on case {CA}: before the accounts can be
merged, we need you to re-validate your identity on our secure portal. Cases
that are not validated within 24 hours are closed automatically.

Validate here: https://aws-training-validate.com/case/{CA}

Devansh R.
AWS Training and Certification
"""),
    note="real From address and real case subject, but DKIM and DMARC fail: phishing")

# 025 Skill Builder receipt
add(("unrelated", False, None, []),
    frm=a("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder Individual subscription receipt",
    date="Wed, 19 Mar 2025 02:20:00 +0000", mid="<20250319022000.6b1e@aws.training>",
    auth=gmail_auth("aws.training", "bounces@aws.training", "54.240.2.50"),
    body=alt("""Thanks for subscribing to AWS Skill Builder Individual.

Order number: 114-5590213-8830127
Plan: Monthly
Amount: USD 29.00

Your subscription renews on April 19, 2025. You can cancel any time from
your account settings.
""", """<html><body><p>Thanks for subscribing to <b>AWS Skill Builder Individual</b>.</p>
<table><tr><td>Order number</td><td>114-5590213-8830127</td></tr><tr><td>Plan</td><td>Monthly</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table>
<p>Your subscription renews on April 19, 2025.</p></body></html>""", b="sb_rcpt"),
    note="AWS training receipt with long digit runs")

# 026 JP phishing lookalike
add(("suspicious", False, None, []),
    frm=a("AWS認定 サポート事務局", "info@amazon-certsupport.com"), to=ME_C,
    subject="【重要】AWS認定アカウントの統合が保留されています",
    date="Thu, 20 Mar 2025 10:13:45 +0900", mid="<a93f1e2c.20250320@amazon-certsupport.com>",
    auth=m365_auth("amazon-certsupport.com", "amazon-certsupport.com", "103.151.28.4", dkim="none", spf="pass", dmarc="none"),
    crlf=True,
    body=txt("""お客様各位

お客様のAWS認定アカウントの統合手続きが保留状態となっております。
本日中に下記URLよりログインし、本人確認を完了してください。
完了いただけない場合、保有資格が失効する可能性がございます。

https://amazon-certsupport.com/jp/login

AWS認定 サポート事務局
""", "shift_jis", "8bit"),
    note="Japanese phishing from a lookalike domain, Shift_JIS, urgent 〜してください")

# 027 closing_notice A (just closed, reply reopens)
add(("closing_notice", True, CA, []),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Fri, 21 Mar 2025 16:05:12 +0000", mid=ses("5a2a61f07710027"),
    irt=MIDS[23], refs=[MIDS[3], MIDS[22], MIDS[23]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=txt(CLOSE_A),
    note="case already set to Closed for silence; a reply within 14 days reopens it")

# 028 user_reply A, threaded only by In-Reply-To/References
add(("user_reply", False, CA, []),
    frm=a("Kenji Okabe", ME_P), to=a("AWS Training and Certification", TC),
    subject="Account merge - keep Account #1",
    date="Sat, 22 Mar 2025 09:41:07 +0900", mid="<CAJx7Pq1mWb8Yt6_r0Qk3xZ@mail.gmail.com>",
    irt=MIDS[27], refs=[MIDS[3], MIDS[22], MIDS[23], MIDS[27]],
    body=txt(f"""{CONFIRM_TXT}
On Sat, Mar 22, 2025 at 1:05 AM AWS Training and Certification <{TC}> wrote:

{q(CLOSE_A)}
>
> On Tue, Mar 18, 2025 at 9:12 AM AWS Training and Certification <{TC}> wrote:
{q(CONF_A_PLAIN, "> > ")}
"""),
    note="subject has no case number; only In-Reply-To/References tie it to the case; quoted history holds IDs")

# 029 confirmation_request A (second, top-posted)
add(("confirmation_request", True, CA, [ID2]),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Sat, 22 Mar 2025 01:30:48 +0000", mid=ses("5a2e9ac31510029"),
    irt=MIDS[28], refs=[MIDS[3], MIDS[23], MIDS[27], MIDS[28]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=txt(f"""{CONF2_A}
--------------- Original Message ---------------
From: Kenji Okabe [{ME_P}]
Sent: 3/22/2025 12:41 AM
To: {TC}
Subject: Account merge - keep Account #1

{CONFIRM_TXT}"""),
    note="reopened case; agent re-asks for go-ahead (go now or after the exam) above the owner's quoted 'Confirmed'; 9-digit registration ID")

# 030 user_reply A short
add(("user_reply", False, CA, []),
    frm=a("Kenji Okabe", ME_P), to=a("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {CA}] {SUBJ_TC}",
    date="Sat, 22 Mar 2025 11:02:33 +0900", mid="<CAJx7Pq2Hh5_sPq9Xn4kBv@mail.gmail.com>",
    irt=MIDS[29], refs=[MIDS[3], MIDS[28], MIDS[29]],
    body=txt(f"""Go ahead today, please. I'll bring the confirmation email to the test centre just in case.

Kenji

2025年3月22日(土) 10:30 AWS Training and Certification <{TC}>:
{q(CONF2_A)}
"""),
    note="very short go-ahead from the owner")

# 031 resolved A, quoting the confirmation request
res_a = f"""Hello Kenji,

I have successfully merged all accounts. Account #1 ({ID1},
kenji.okabe77@gmail.com) now holds your full exam history, your active
certifications and the 50% exam discount. {ID2} has been deactivated.

Your April 12 appointment should appear on the new profile within a day.
No further action is required on your side.

If anything looks wrong after you sign in, reply to this email and I'll take
another look.

Devansh R.
AWS Training and Certification

How would you rate this reply?  Great | OK | Poor
https://cs-feedback.aws.amazon.com/r?c={CA}
"""
add(("resolved", False, CA, [ID1, ID2]),
    frm=a("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {CA}] {SUBJ_TC}",
    date="Sat, 22 Mar 2025 03:14:26 +0000", mid=ses("5a2edb7f8810031"),
    irt=MIDS[30], refs=[MIDS[3], MIDS[29], MIDS[30]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.104"),
    body=txt(f"""{res_a}
-----Original Message-----
From: Kenji Okabe <{ME_P}>
Sent: Saturday, March 22, 2025 2:02 AM
Subject: Re: RE:[CASE {CA}] {SUBJ_TC}

Go ahead today, please.

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, March 18, 2025 12:12 AM

{CONF_A_PLAIN}""", "utf-8", "quoted-printable"),
    note="merge done; conditional 'reply if anything looks wrong'; rating footer; the old 'Which...?' request quoted below")

# 032 Credly badge
add(("badge", False, None, []),
    frm=a("Credly", "admin@credly.com"), to=ME_P,
    subject="Amazon Web Services Training and Certification sent you a badge",
    date="Sat, 22 Mar 2025 03:40:12 +0000", mid="<67de3a0c9f1b2_1a2b3c@credly-mailer.mail>",
    auth=gmail_auth("credly.com", "bounces@credly.com", "167.89.10.22"),
    body=alt("""Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to add it to your profile and share it:
https://www.credly.com/badges/3f9c2d1e-8a47-4b6c-9e21-5d0f7a1b2c3e/accept

The Credly Team
""", """<html><body><p>Hi Kenji,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:<br>AWS Certified Solutions Architect - Associate</p>
<p><a href="https://www.credly.com/badges/3f9c2d1e-8a47-4b6c-9e21-5d0f7a1b2c3e/accept">Accept badge</a></p><p>The Credly Team</p></body></html>""", b="cr_1"),
    note="Credly 'accept your badge' call to action right after the merge")

# 033 badge youracclaim
add(("badge", False, None, []),
    frm=a("Acclaim", "admin@youracclaim.com"), to=ME_P,
    subject="Your badge AWS Certified Developer - Associate is ready to share",
    date="Sat, 22 Mar 2025 03:41:55 +0000", mid="<67de3a73aa19_77f1@youracclaim.com>",
    auth=gmail_auth("youracclaim.com", "bounces@youracclaim.com", "167.89.10.23"),
    body=txt("""Congratulations, Kenji!

The badge AWS Certified Developer - Associate, issued by Amazon Web Services
Training and Certification, has been moved to your account.

Badge ID: 9a1e44c0-2b7d-4f63-8c55-e0d3b2a61f90
View: https://www.youracclaim.com/badges/9a1e44c0-2b7d-4f63-8c55-e0d3b2a61f90

Acclaim by Credly
"""),
    note="older Acclaim sender; badge UUID")

# 034 survey A
add(("survey", False, CA, []),
    frm=a("AWS Customer Service", "aws-cs-survey@amazon.com"), to=ME_P,
    subject=f"How did we do? Your case {CA}",
    date="Sun, 23 Mar 2025 03:15:00 +0000", mid=ses("5a33f4e01010034"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.120"),
    body=alt(f"""Hello,

Your recent case with AWS Training and Certification (case {CA}) has been
resolved. We'd like to know how it went.

Please take two minutes to rate your experience:
https://cs-survey.aws.amazon.com/s?case={CA}

This survey is optional. Replies to this message are not monitored.
""", f"""<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (case {CA}) has been resolved. We'd like to know how it went.</p>
<p><a href="https://cs-survey.aws.amazon.com/s?case={CA}">Rate your experience</a></p><p style="font-size:11px">This survey is optional.</p></body></html>""", b="sv_a"),
    note="survey with 'please take two minutes'; mentions 'resolved'")

# 035 certmetrics expiring
add(("certification", False, None, [ID1]),
    frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certified Developer - Associate expires in 90 days",
    date="Mon, 24 Mar 2025 15:00:41 +0000", mid="<20250324150041.7C2E0@certmetrics.com>",
    auth=gmail_auth("certmetrics.com", "certmetrics.com", "52.33.110.7"),
    body=txt(f"""Hello Kenji Okabe (Candidate ID: {ID1}),

Your AWS Certified Developer - Associate certification expires on June 22,
2025. To keep it active, pass the current version of the exam or a higher
level exam in the same path before that date.

Use your 50% discount benefit when scheduling - you'll find it under
Benefits in your AWS Certification account.

AWS Certification
"""),
    note="certification expiry notice; first arrival at the personal address after the merge; candidate ID in header line")

# 036 Partner Central removal (unrelated)
add(("unrelated", False, None, []),
    frm=a("AWS Partner Central", "aws-partner-central-noreply@amazon.com"), to=ME_C,
    subject="Your user association with Nishikaze Systems K.K. will end on March 31, 2025",
    date="Tue, 25 Mar 2025 08:22:17 +0000", mid=ses("5a3a1c7d2210036"),
    auth=m365_auth("amazon.com", "amazonses.com", "54.240.27.19"), crlf=True,
    body=txt("""Hello Kenji,

Your partner organization has approved the removal of your user from its
AWS Partner Central account. After March 31, 2025 you'll no longer have
access to Partner Central for Nishikaze Systems K.K.

Your AWS Certifications are not affected by this change.

If you believe this was done in error, contact your alliance lead.

AWS Partner Network
"""),
    note="APN mail about the same partner link, no case; conditional 'contact your alliance lead'")

# 037 other vendor case closed
add(("unrelated", False, None, []),
    frm=a("Backlog Support", "support@nulab.zendesk.com"), to=ME_P,
    subject="[Backlog Support] Request #48211: Cannot export Gantt chart - closed",
    date="Wed, 26 Mar 2025 05:51:30 +0000", mid="<XY7D1R2KQ0_67e393e2a5b1c_1c3a_sprut@zendesk.com>",
    auth=gmail_auth("nulab.zendesk.com", "support@nulab.zendesk.com", "192.161.148.30"),
    body=txt("""##- Please type your reply above this line -##

Your request (48211) has been closed.

We haven't heard back from you for 7 days, so we've closed this request. If
you still need help, just reply to this email and the request will reopen.

Nulab Support
"""),
    note="another vendor's 'closed because no answer, reply to reopen': same shape as a closing notice but not AWS")

# 038 Amazon.co.jp order
add(("unrelated", False, None, []),
    frm=a("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME_P,
    subject="Amazon.co.jp ご注文の確認 「AWS認定ソリューションアーキテクト-プロフェッショナル 問題集」",
    date="Fri, 28 Mar 2025 12:30:08 +0900", mid="<0106019_order_249-7710022-1183365@email.amazon.co.jp>",
    auth=gmail_auth("amazon.co.jp", "bounces@amazon.co.jp", "52.95.48.90"),
    body=txt("""岡部 健二 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文を承りました。商品の発送準備が整いましたら、改めてお知らせいたします。

注文番号: 249-7710022-1183365
お届け予定: 3月30日(日)

ご注文内容の確認や変更は「注文履歴」から行えます。
""", "utf-8", "base64"),
    note="genuine amazon.co.jp order confirmation mentioning AWS certification; base64")

# 039 company IT: mailbox closing
add(("unrelated", False, None, []),
    frm=a("情報システム部", "it-helpdesk@nishikaze-sys.co.jp", "iso-2022-jp"), to=ME_C,
    subject="【ご案内】メールボックス停止のお知らせ", scs="iso-2022-jp",
    date="Mon, 31 Mar 2025 09:00:02 +0900", mid="<OS3PR01MB66512209A7@OS3PR01MB6651.jpnprd01.prod.outlook.com>",
    crlf=True,
    body=txt("""岡部 健二 様

退職日である本日 3月31日 18:00 をもって、ご利用のメールボックスを停止します。
必要なメールがある場合は、停止前にご自身でバックアップを取ってください。
停止後はこのアドレス宛のメールは送信者にエラーとして返送されます。

情報システム部 ヘルプデスク
""", "iso-2022-jp", "7bit"),
    note="company IT notice with 〜してください to the owner; not support")

# 040 gmail bounce (owner wrote to the closed company mailbox)
add(("unrelated", False, None, []),
    frm=a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)",
    date="Wed, 02 Apr 2025 10:12:40 +0900", mid="<67ec8e38.a70c0220.1e3f2@mx.google.com>",
    extra=[("Auto-Submitted", "auto-replied")],
    body=multi("report; report-type=delivery-status", [
        leaf("text/plain", """** Address not found **

Your message wasn't delivered to k.okabe@nishikaze-sys.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; k.okabe@nishikaze-sys.co.jp\nAction: failed\nStatus: 5.1.10\n",
        b"Content-Type: text/rfc822-headers\n\nFrom: Kenji Okabe <kenji.okabe77@gmail.com>\nTo: k.okabe@nishikaze-sys.co.jp\nSubject: test\nDate: Wed, 2 Apr 2025 10:12:31 +0900\n",
    ], "dsn_0402"),
    note="bounce of the owner's test mail to the closed company mailbox")

# 041 Builder ID code via awsapps
add(("unrelated", False, None, []),
    frm=a("AWS", "no-reply@login.awsapps.com"), to=ME_P,
    subject="Your AWS sign-in verification code",
    date="Thu, 03 Apr 2025 00:45:19 +0000", mid="<0100019600a1b2c3-login-000000@email.amazonses.com>",
    auth=gmail_auth("login.awsapps.com", "0100019@amazonses.com", "54.240.8.40"),
    body=txt("""Verification code: 907215

Enter this code on the sign-in page to continue. It expires in 10 minutes.
We will never ask you for this code by email or phone.
"""),
    note="6-digit one-time code")

# 042 console ack C
con_ack = f"""Dear AWS customer,

We've opened case {CC} on your behalf for AWS account 584930217765.

Subject: Exam discount voucher missing after certification account merge
Severity: General guidance

You can view the case and add correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

This message was sent from an address that does not accept incoming mail.

Thank you for using Amazon Web Services.
"""
add(("acknowledgement", False, CC, []),
    frm=a("Amazon Web Services", NR), to=ME_P,
    subject=f"Amazon Web Services: New Support case: {CC}",
    date="Thu, 03 Apr 2025 00:52:06 +0000", mid=ses("5a6b01c20010042"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.11"),
    body=txt(con_ack),
    note="console case ack, 11-digit case next to a 12-digit account ID")

# 043 info_request C, QP, feedback footer
ir_c_plain = f"""Hello,

Thank you for contacting AWS Support. I'm sorry the discount went missing.

I checked the merged certification profile. The 50% exam discount was issued
on February 14 to the profile that has since been deactivated, so it didn't
travel with the merge and has to be reissued by our benefits team.

For that request I'll need (1) the candidate ID shown at the top right of your
certification account and (2) a screenshot of the Benefits page as it looks
now. Attach both to this case in the Support Center - email replies don't
reach us.

{FEEDBACK}""" + console_footer(CC).replace("{agent}", "Kwame B.")
ir_c_html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in ir_c_plain.split("\n\n")) + "</body></html>"
add(("info_request", True, CC, []),
    frm=a("Amazon Web Services", NR), to=ME_P,
    subject=f"RE:[CASE {CC}] Exam discount voucher missing after certification account merge",
    date="Fri, 04 Apr 2025 02:18:44 +0000", mid=ses("5a7026e91110043"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.11"),
    body=alt(ir_c_plain, ir_c_html, "utf-8", "quoted-printable", b="----=_Part_556_con"),
    note="console case: request must be answered in the Support Center; feedback footer and no-reply footer under it")

# 044 user_reply C by email (wrong channel), with attachment
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
att = (b"Content-Type: image/png; name=\"benefits.png\"\nContent-Disposition: attachment; filename=\"benefits.png\"\n"
       b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(png))
add(("user_reply", False, CC, [ID1]),
    frm=a("Kenji Okabe", ME_P), to=a("Amazon Web Services", NR),
    subject=f"Re: RE:[CASE {CC}] Exam discount voucher missing after certification account merge",
    date="Fri, 04 Apr 2025 12:40:10 +0900", mid="<CAJx7Pq5sK1_e9yQm3WcNz@mail.gmail.com>",
    irt=MIDS[43], refs=[MIDS[43]],
    body=multi("mixed", [txt(f"""Hi Kwame,

My candidate ID is {ID1}. Screenshot of the Benefits page attached.

Kenji
"""), att], "mix_044"),
    note="owner replies by email to a console case (which won't be received); attachment")

# 045 bounce from amazon no-reply
add(("unrelated", False, None, []),
    frm=a("Mail Delivery System", "MAILER-DAEMON@amazonses.com"), to=ME_P,
    subject="Undeliverable: Re: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    date="Fri, 04 Apr 2025 03:40:14 +0000", mid="<0100019601f2e3d4-bounce-000000@email.amazonses.com>",
    auth=gmail_auth("amazonses.com", "MAILER-DAEMON@amazonses.com", "54.240.8.9"),
    extra=[("Auto-Submitted", "auto-replied")],
    body=txt(f"""This message could not be delivered.

{NR} does not accept incoming email. If you were replying to an AWS
Support case, add your reply in the AWS Support Center instead.

----- Original message -----
Subject: Re: RE:[CASE {CC}] Exam discount voucher missing after certification account merge
From: Kenji Okabe <{ME_P}>

Hi Kwame,

My candidate ID is {ID1}. Screenshot of the Benefits page attached.
"""),
    note="bounce that quotes the case subject and a candidate ID and tells where to reply; not a support mail")

# 046 closing_notice C (console auto-resolve warning)
cl_c = f"""Hello,

We haven't had a response on this case for a few days. If nothing is added in
the AWS Support Center, the case will be resolved automatically in 3 days and
can't be reopened 14 days after that.

We're still waiting for the candidate ID and a screenshot of your Benefits
page to continue.

{FEEDBACK}""" + console_footer(CC).replace("{agent}", "Amazon Web Services")
add(("closing_notice", True, CC, []),
    frm=a("Amazon Web Services", NR), to=ME_P,
    subject=f"RE:[CASE {CC}] Exam discount voucher missing after certification account merge",
    date="Mon, 07 Apr 2025 02:20:31 +0000", mid=ses("5a7f4b0c3310046"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.11"),
    body=txt(cl_c, "utf-8", "quoted-printable"),
    note="console auto-resolve warning; answer goes to the Support Center, not email")

# 047 on_hold C (waiting on benefits team), feedback footer
hold_c = """Hello Kenji,

Thank you - the candidate ID and the screenshot came through.

I've raised a request with the Certification Benefits team to reissue the
discount on your active profile. They typically answer within 3 to 5 business
days, and the case will stay open on our side until they do. I'll update it
here as soon as I have their answer.

""" + FEEDBACK + console_footer(CC).replace("{agent}", "Kwame B.")
add(("on_hold", False, CC, []),
    frm=a("Amazon Web Services", NR), to=ME_P,
    subject=f"RE:[CASE {CC}] Exam discount voucher missing after certification account merge",
    date="Tue, 08 Apr 2025 01:05:57 +0000", mid=ses("5a8418aa4410047"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.11"),
    body=alt(hold_c, "<html><body>" + "".join(f"<p>{p}</p>" for p in hold_c.split("\n\n")) + "</body></html>", "utf-8", "quoted-printable", b="----=_Part_571_con"),
    note="waiting on another team; 'rate this reply' footer and 'To reply...' console footer are not asks")

# 048 JP tech newsletter
add(("unrelated", False, None, []),
    frm=a("クラウド実践ウィークリー", "weekly@cloud-jissen.jp"), to=ME_P,
    subject="クラウド実践ウィークリー #212: 転職時のAWS認定アカウント統合、まだですか?",
    date="Tue, 08 Apr 2025 12:00:00 +0900", mid="<nl212.20250408@cloud-jissen.jp>",
    auth=gmail_auth("cloud-jissen.jp", "bounce@cloud-jissen.jp", "198.2.180.44"),
    body=txt("""今週のピックアップ

1. 転職したらAWS認定アカウントを統合しよう ― サポートへの申請から
   「Confirmed. Please merge to Account #1」と返信するまでの流れ
2. Amazon Bedrock の料金を見積もる
3. GitHub Actions で Terraform の plan を PR にコメントする

配信停止はこちら: https://cloud-jissen.jp/unsubscribe
""", "utf-8", "8bit"),
    note="newsletter quoting the typical merge reply phrase")

# 049 resolved C
res_c = f"""Hello Kenji,

The Certification Benefits team has reissued the 50% exam discount, and it
now shows on the Benefits page of your active profile. It's valid until
December 31, 2025.

I'm marking this case resolved. If something isn't right, you can reopen it
from the Support Center within 14 days.

{FEEDBACK}""" + console_footer(CC).replace("{agent}", "Kwame B.")
add(("resolved", False, CC, []),
    frm=a("Amazon Web Services", NR), to=ME_P,
    subject=f"RE:[CASE {CC}] Exam discount voucher missing after certification account merge",
    date="Thu, 10 Apr 2025 04:31:09 +0000", mid=ses("5a8e7c1d5510049"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.11"),
    body=txt(res_c),
    note="console resolution with 'reopen within 14 days' and rating footer")

# 050 survey C
add(("survey", False, CC, []),
    frm=a("AWS Support", "aws-support-survey@amazon.com"), to=ME_P,
    subject=f"Tell us about your AWS Support experience (case {CC})",
    date="Fri, 11 Apr 2025 04:40:00 +0000", mid=ses("5a93b6015510050"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.13"),
    body=alt(f"""Your AWS Support case {CC} was recently resolved.

How satisfied were you with the support you received?
  1  2  3  4  5
https://support-survey.aws.amazon.com/{CC}

Amazon Web Services
""", f"""<html><body><p>Your AWS Support case {CC} was recently resolved.</p><p>How satisfied were you with the support you received?</p>
<table><tr>{''.join(f'<td><a href="https://support-survey.aws.amazon.com/{CC}?r={i}">{i}</a></td>' for i in range(1, 6))}</tr></table></body></html>""", b="sv_c"),
    note="support survey, HTML rating table, question form")

# 051 budget alert (12-digit account)
add(("unrelated", False, None, []),
    frm=a("AWS Budgets", "budgets@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Budgets: personal-monthly has exceeded your alert threshold",
    date="Fri, 11 Apr 2025 09:12:00 +0000", mid="<0100019606budget-000000@email.amazonses.com>",
    auth=gmail_auth("costalerts.amazonaws.com", "0100019@amazonses.com", "54.240.8.70"),
    body=txt("""AWS Budget Notification  April 11, 2025
AWS Account 584930217765

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
personal-monthly budget is greater than USD 20.00 for the current month.
The ACTUAL Cost is USD 22.41.

Go to the AWS Budgets dashboard to review.
"""),
    note="other AWS mail; 12-digit account ID")

# 052 Pearson after-exam
add(("unrelated", False, None, []),
    frm=a("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Thank you for testing with Pearson VUE",
    date="Sat, 12 Apr 2025 06:20:45 +0000", mid="<20250412062045.2a9d@pearsonvue.com>",
    auth=gmail_auth("pearson.com", "pearsonvue.com", "159.182.12.40"),
    body=txt("""Dear Kenji Okabe,

Thank you for taking your AWS exam (registration 412907635) at a Pearson VUE
test center today. Your results will be available in your AWS Certification
account within 5 business days.

Tell us about your test center experience: https://pearsonvue.com/feedback

Pearson VUE
"""),
    note="exam vendor with feedback link; 9-digit registration ID")

# 053 certmetrics congratulations
add(("certification", False, None, [ID1]),
    frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations, you're AWS Certified!",
    date="Mon, 14 Apr 2025 18:02:33 +0000", mid="<20250414180233.93B11@certmetrics.com>",
    auth=gmail_auth("certmetrics.com", "certmetrics.com", "52.33.110.7"),
    body=txt(f"""Congratulations, Kenji!

You've earned AWS Certified Solutions Architect - Professional.
Candidate ID: {ID1}
Validation number: 7KQ2M1P3WJ4E1XSN

Your digital badge will arrive from Credly shortly. Download your certificate
from your AWS Certification account.
"""),
    note="certification pass notice; candidate ID present")

# 054 Credly badge
add(("badge", False, None, []),
    frm=a("Credly", "admin@credly.com"), to=ME_P,
    subject="Congratulations on your new badge: AWS Certified Solutions Architect - Professional",
    date="Mon, 14 Apr 2025 18:20:07 +0000", mid="<67fd50c7a11f2_3c4d5e@credly-mailer.mail>",
    auth=gmail_auth("credly.com", "bounces@credly.com", "167.89.10.22"),
    body=txt("""Hi Kenji,

Amazon Web Services Training and Certification issued you a new badge.
Claim it and let your network know:
https://www.credly.com/badges/b71e2f90-3c15-4a8d-9f60-1d2e3c4b5a69/accept

Credly
"""),
    note="Credly claim link")

# 055 ack D Shift_JIS (space variant in subject, 10-digit case)
ack_d = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。

ケース {CD} を作成いたしました。
通常は24時間以内に担当者よりご回答いたしますが、調査内容によっては
もう少しお時間を頂戴することがございます。あらかじめご了承ください。

同一のご依頼で別のケースを作成されますと、回答までの時間が長くなります。

ケースの内容:
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容: 先月アカウントを統合していただきましたが、2019年に受験した
試験の記録が試験履歴に表示されません。

ほかにお伝えいただきたい情報がございましたら、このメールにご返信ください。

AWS トレーニングと認定
"""
add(("acknowledgement", False, CD, []),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Tue, 15 Apr 2025 01:14:50 +0000", mid=ses("5aa2d3e06610055"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=txt(ack_d, "shift_jis", "8bit"),
    note="Japanese ack in Shift_JIS, 'RE: [CASE' spacing, 10-digit case; conditional reply invitation")

# 056 info_request D keigo base64
ir_d = f"""岡部 健二 様

AWS トレーニングと認定サポートの佐伯でございます。
お問い合わせいただき、誠にありがとうございます。

統合後のアカウントで 2019 年の受験記録が表示されない件、確認いたしました。
現在ご利用のアカウント({ID1})を拝見いたしましたところ、該当する記録は
見当たりませんでした。当時、別のメールアドレスで作成されたアカウントに
記録が残っている可能性がございます。

お手数をおかけいたしますが、2019 年のご受験時にご使用になったメールアドレスと、
おおよその受験日をお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

佐伯
AWS トレーニングと認定
"""
add(("info_request", True, CD, [ID1]),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Tue, 15 Apr 2025 05:40:12 +0000", mid=ses("5aa3c2f17710056"),
    irt=MIDS[55], refs=[MIDS[55]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=txt(ir_d, "utf-8", "base64"),
    note="Japanese keigo request (〜いただけますでしょうか) after an explanation; base64")

# 057 user_reply D
add(("user_reply", False, CD, [ID3]),
    frm=a("岡部 健二", ME_P), to=a("AWS トレーニングと認定", TC),
    subject=f"Re: RE: [CASE {CD}] {SUBJ_TC}",
    date="Tue, 15 Apr 2025 21:08:44 +0900", mid="<CAJx7Pq6Tq2_nV8wLe5Zr@mail.gmail.com>",
    irt=MIDS[56], refs=[MIDS[55], MIDS[56]],
    body=txt(f"""佐伯様

ご確認ありがとうございます。
2019年8月ごろ、当時使っていた kenji_okb@yahoo.co.jp で受験しました。
そのアカウントの候補IDはおそらく {ID3} だったと思います。

よろしくお願いいたします。
岡部

2025年4月15日(火) 14:40 AWS トレーニングと認定 <{TC}>:

{q(ir_d)}
"""),
    note="owner's Japanese reply with a third candidate ID; quoted request below")

# 058 fake Credly
add(("suspicious", False, None, []),
    frm=a("Credly Badges", "noreply@credly-badge-center.com"), to=ME_P,
    subject="Your AWS badge will be revoked - confirm your account",
    date="Wed, 16 Apr 2025 02:11:27 +0000", mid="<8812ab0c@credly-badge-center.com>",
    auth=gmail_auth("credly-badge-center.com", "noreply@credly-badge-center.com", "45.95.169.12", dkim="none", dmarc="none", p="NONE"),
    body=txt("""Hello,

Because your AWS certification accounts were recently merged, your Credly
badges must be re-confirmed within 48 hours or they will be revoked.

Confirm here: https://credly-badge-center.com/confirm

Credly Support
"""),
    note="lookalike Credly domain exploiting the merge")

# 059 confirmation_request D JP, multipart QP with table
conf_d_plain = f"""岡部 健二 様

ご回答いただきありがとうございます。佐伯でございます。

お知らせいただいたメールアドレスで検索しましたところ、以下の 2 つのアカウントが
見つかりました。

アカウント #1
  ログインメールアドレス: kenji.okabe77@gmail.com
  候補 ID: {ID1}
アカウント #2
  ログインメールアドレス: kenji_okb@yahoo.co.jp
  候補 ID: {ID3}
  受験記録: 2019年8月23日 AWS Certified Solutions Architect - Associate

アカウント #2 の記録をアカウント #1 に統合し、アカウント #2 を無効化する形で
問題ございませんでしょうか。ご確認のほどよろしくお願いいたします。

佐伯
AWS トレーニングと認定
"""
conf_d_html = f"""<html><body><p>岡部 健二 様</p><p>ご回答いただきありがとうございます。佐伯でございます。</p>
<p>お知らせいただいたメールアドレスで検索しましたところ、以下の 2 つのアカウントが見つかりました。</p>
<table border="1" cellpadding="5"><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>ログインメールアドレス</td><td>kenji.okabe77@gmail.com</td><td>kenji_okb@yahoo.co.jp</td></tr>
<tr><td>候補 ID</td><td>{ID1}</td><td>{ID3}</td></tr>
<tr><td>受験記録</td><td>-</td><td>2019年8月23日 AWS Certified Solutions Architect - Associate</td></tr></table>
<p>アカウント #2 の記録をアカウント #1 に統合し、アカウント #2 を無効化する形で問題ございませんでしょうか。ご確認のほどよろしくお願いいたします。</p>
<p>佐伯<br>AWS トレーニングと認定</p></body></html>"""
add(("confirmation_request", True, CD, [ID1, ID3]),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Thu, 17 Apr 2025 01:22:39 +0000", mid=ses("5aad90117710059"),
    irt=MIDS[57], refs=[MIDS[55], MIDS[56], MIDS[57]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=alt(conf_d_plain, conf_d_html, b="----=_Part_jp059"),
    note="Japanese confirmation with table (multipart, QP), keigo 〜のほどよろしくお願いいたします")

# 060 user_reply D
add(("user_reply", False, CD, []),
    frm=a("岡部 健二", ME_P), to=a("AWS トレーニングと認定", TC),
    subject=f"Re: RE: [CASE {CD}] {SUBJ_TC}",
    date="Thu, 17 Apr 2025 12:31:02 +0900", mid="<CAJx7Pq7uA3_kF0pYd6Hs@mail.gmail.com>",
    irt=MIDS[59], refs=[MIDS[55], MIDS[57], MIDS[59]],
    body=txt(f"""佐伯様

はい、その内容で統合をお願いします。

岡部

2025年4月17日(木) 10:22 AWS トレーニングと認定 <{TC}>:
{q(conf_d_plain)}
"""),
    note="short Japanese confirmation from the owner")

# 061 resolved D ISO-2022-JP base64, quoting request with 「…より:」
res_d = f"""岡部 健二 様

佐伯でございます。
アカウント #2 の記録をアカウント #1 へ統合いたしました。
試験履歴に 2019 年 8 月の受験記録が表示されるようになっております。
{ID3} のアカウントは無効化いたしましたので、今後はご利用いただけません。

お客様側で追加のご対応は必要ございません。
ご不明な点がございましたら、本メールにご返信ください。

佐伯
AWS トレーニングと認定

-----
2025/04/17 12:31 岡部 健二 <{ME_P}> より:
> はい、その内容で統合をお願いします。
>
> 2025/04/17 10:22 AWS トレーニングと認定 より:
> > アカウント #2 の記録をアカウント #1 に統合し、アカウント #2 を無効化する形で
> > 問題ございませんでしょうか。ご確認のほどよろしくお願いいたします。
"""
add(("resolved", False, CD, [ID3]),
    frm=a("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}", scs="iso-2022-jp",
    date="Thu, 17 Apr 2025 06:48:15 +0000", mid=ses("5aaea3c48810061"),
    irt=MIDS[60], refs=[MIDS[55], MIDS[59], MIDS[60]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=txt(res_d, "iso-2022-jp", "base64"),
    note="Japanese resolution, ISO-2022-JP in base64; quoted keigo request and conditional ご返信ください")

# 062 user_reply D (reopen)
reopen_txt = f"""佐伯様

統合ありがとうございました。試験履歴には 2019 年の記録が出るようになりました。

ただ、「認定」のページには Solutions Architect - Associate (2019) が表示されて
いません。Credly にも当時のバッジが見当たりません。こちらも確認していただけますか。

岡部
"""
add(("user_reply", False, CD, []),
    frm=a("岡部 健二", ME_P), to=a("AWS トレーニングと認定", TC),
    subject=f"Re: RE: [CASE {CD}] {SUBJ_TC}",
    date="Fri, 18 Apr 2025 08:15:40 +0900", mid="<CAJx7Pq8pB4_mH1qZf7Jt@mail.gmail.com>",
    irt=MIDS[61], refs=[MIDS[55], MIDS[60], MIDS[61]],
    body=txt(reopen_txt + f"""
2025年4月17日(木) 15:48 AWS トレーニングと認定 <{TC}>:
{q(res_d.split('-----')[0])}
"""),
    note="owner's reply on a resolved case asking support a question (reopens it)")

# 063 case_update D reopened
add(("case_update", False, CD, []),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Fri, 18 Apr 2025 02:30:06 +0000", mid=ses("5ab3a9e09910063"),
    irt=MIDS[62], refs=[MIDS[55], MIDS[61], MIDS[62]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=txt("""岡部 様

ご連絡ありがとうございます。本ケースを再開いたしました。
認定ステータスと Credly のバッジについて、ただいま確認を進めております。
結果がわかりしだい、改めてご連絡いたします。

佐伯
""", "utf-8", "8bit"),
    note="reopened case, progress only, no ask")

# 064 connpass-like JP event mail
add(("unrelated", False, None, []),
    frm=a("connpass", "no-reply@connpass.com"), to=ME_P,
    subject="【JAWS-UG 東京】参加登録が完了しました: AWS認定 勉強会 #31",
    date="Sat, 19 Apr 2025 10:02:00 +0900", mid="<20250419010200.5f2e@connpass.com>",
    auth=gmail_auth("connpass.com", "bounce@connpass.com", "52.69.186.44"),
    body=txt("""岡部 健二 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 AWS認定 勉強会 #31
日時: 2025/05/10(土) 13:00〜
受付番号: 305518

参加できなくなった場合は、イベントページからキャンセルしてください。
""", "utf-8", "base64"),
    note="community event mail in Japanese, 6-digit reception number, 〜してください")

# 065 info_request D, plain ください, mixed news + ask
ir_d2 = """岡部 様

佐伯です。確認結果をお知らせします。

2019 年に取得された Solutions Architect - Associate は 2022 年 8 月に有効期限が
切れているため、「有効な認定」ではなく「過去の認定」タブに表示されます。
こちらは仕様どおりの動作で、記録自体は正しく統合されています。

一方、当時のバッジは旧アカウント側の Credly 連携に残っているため、移行の
手続きが必要です。Credly に登録しているメールアドレスを教えてください。

佐伯
AWS トレーニングと認定
"""
add(("info_request", True, CD, []),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Mon, 21 Apr 2025 06:11:52 +0000", mid=ses("5ac3c2d0aa10065"),
    irt=MIDS[63], refs=[MIDS[55], MIDS[62], MIDS[63]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=txt(ir_d2, "utf-8", "quoted-printable"),
    note="mixed: long explanation (works as designed) then a plain 〜ください ask at the end")

# 066 Skill Builder JP announcement
add(("unrelated", False, None, []),
    frm=a("AWS トレーニングと認定", "no-reply@aws.training"), to=ME_P,
    subject="AWS Skill Builder に新しい日本語コースが追加されました",
    date="Tue, 22 Apr 2025 01:00:00 +0000", mid="<20250422010000.83aa@aws.training>",
    auth=gmail_auth("aws.training", "bounces@aws.training", "54.240.2.50"),
    body=alt("""AWS Skill Builder に以下の日本語コースが追加されました。

- AWS Certified Solutions Architect - Professional 試験準備
- Amazon Bedrock 入門

ぜひ受講してみてください。
""", """<html><body><p>AWS Skill Builder に以下の日本語コースが追加されました。</p><ul><li>AWS Certified Solutions Architect - Professional 試験準備</li><li>Amazon Bedrock 入門</li></ul><p>ぜひ受講してみてください。</p></body></html>""", b="sb_jp"),
    note="AWS training announcement with the same Japanese display name as support")

# 067 closing_notice D JP
add(("closing_notice", True, CD, []),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Fri, 25 Apr 2025 02:40:18 +0000", mid=ses("5ad8f1e0bb10067"),
    irt=MIDS[65], refs=[MIDS[55], MIDS[63], MIDS[65]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=txt(f"""岡部 健二 様

4 月 21 日にお送りしたご連絡について、まだご返信を確認できておりません。

このまま 5 営業日が経過いたしますと、本ケースは自動的にクローズされます。
ご返信をいただければ、引き続き担当いたします。

佐伯
AWS トレーニングと認定

> 2025/04/21 15:11 佐伯 より:
{q(ir_d2)}
""", "utf-8", "8bit"),
    note="Japanese closing notice without any imperative; quotes the earlier ask")

# 068 user_reply D
add(("user_reply", False, CD, []),
    frm=a("岡部 健二", ME_P), to=a("AWS トレーニングと認定", TC),
    subject=f"Re: RE: [CASE {CD}] {SUBJ_TC}",
    date="Fri, 25 Apr 2025 19:20:31 +0900", mid="<CAJx7Pq9rC5_nJ2rAg8Ku@mail.gmail.com>",
    irt=MIDS[67], refs=[MIDS[55], MIDS[65], MIDS[67]],
    body=txt(f"""佐伯様

返信が遅くなり失礼しました。Credly のアドレスは kenji.okabe77@gmail.com です。

岡部

2025年4月25日(金) 11:40 AWS トレーニングと認定 <{TC}>:
> 岡部 健二 様
>
> 4 月 21 日にお送りしたご連絡について、まだご返信を確認できておりません。
"""),
    note="owner's answer after the closing notice")

# 069 resolved D with survey footer
add(("resolved", False, CD, []),
    frm=a("AWS トレーニングと認定", TC), to=ME_P,
    subject=f"RE: [CASE {CD}] {SUBJ_TC}",
    date="Mon, 28 Apr 2025 03:05:44 +0000", mid=ses("5ae8b7a2cc10069"),
    irt=MIDS[68], refs=[MIDS[55], MIDS[67], MIDS[68]],
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.99"),
    body=alt("""岡部 様

2019 年のバッジを kenji.okabe77@gmail.com の Credly アカウントへ移行いたしました。
Credly から通知メールが届きますので、内容をご確認ください。

以上をもちまして、本件は解決済みとしてクローズいたします。

佐伯
AWS トレーニングと認定

――――
今回のサポートはいかがでしたか。1 分ほどのアンケートにご協力ください。
https://cs-survey.aws.amazon.com/s?case=8823051746&lang=ja
""", """<html><body><p>岡部 様</p><p>2019 年のバッジを kenji.okabe77@gmail.com の Credly アカウントへ移行いたしました。<br>Credly から通知メールが届きますので、内容をご確認ください。</p>
<p>以上をもちまして、本件は解決済みとしてクローズいたします。</p><p>佐伯<br>AWS トレーニングと認定</p>
<hr><p style="font-size:11px">今回のサポートはいかがでしたか。1 分ほどのアンケートにご協力ください。<br><a href="https://cs-survey.aws.amazon.com/s?case=8823051746&amp;lang=ja">アンケートに回答する</a></p></body></html>""", "utf-8", "base64", b="----=_Part_jp069"),
    note="Japanese resolution with 'ご確認ください' about a Credly mail and a survey footer")

# 070 Credly transferred badge
add(("badge", False, None, []),
    frm=a("Credly", "admin@credly.com"), to=ME_P,
    subject="A badge has been added to your Credly account",
    date="Mon, 28 Apr 2025 03:30:10 +0000", mid="<680ef6b2c3d4e_5e6f70@credly-mailer.mail>",
    auth=gmail_auth("credly.com", "bounces@credly.com", "167.89.10.22"),
    body=txt("""Hi Kenji,

At the request of Amazon Web Services Training and Certification, the badge
AWS Certified Solutions Architect - Associate (issued August 2019, expired)
has been added to your Credly account.

View badge: https://www.credly.com/badges/0c4e1a92-77b3-4d1f-8a20-9b6e5d3c2f11

Credly
"""),
    note="Credly mail describing the support action")

# 071 survey D JP
add(("survey", False, CD, []),
    frm=a("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), to=ME_P,
    subject=f"アンケートのお願い: ケース {CD} のサポートについて",
    date="Tue, 29 Apr 2025 03:10:00 +0000", mid=ses("5aedc4e1dd10071"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.48.120"),
    body=txt(f"""AWS トレーニングと認定をご利用いただきありがとうございます。

先日解決したケース {CD} について、サポートの品質向上のため
アンケートへのご協力をお願いいたします(所要時間 約 2 分)。

https://cs-survey.aws.amazon.com/s?case={CD}&lang=ja

本メールへのご返信にはお答えできません。
""", "utf-8", "8bit"),
    note="Japanese survey with keigo 'ご協力をお願いいたします'")

# 072 JP invoice for personal account
add(("unrelated", False, None, []),
    frm=a("Amazon Web Services", NR), to=ME_P,
    subject="Amazon Web Services 請求書のお知らせ [アカウント: 584930217765]",
    date="Thu, 01 May 2025 03:22:51 +0000", mid=ses("5af7a1b2ee10072"),
    auth=gmail_auth("amazon.com", "0100019@amazonses.com", "54.240.8.11"),
    body=txt("""アマゾン ウェブ サービスをご利用いただきありがとうございます。

2025 年 4 月分の請求書を発行しました。
アカウント ID: 584930217765
請求書番号: 2107735519
ご請求額: USD 22.41

請求書の詳細は Billing and Cost Management コンソールでご確認ください。
""", "utf-8", "base64"),
    note="Japanese invoice from the console-case sender; 12- and 10-digit numbers that are not cases")

# 073 other vendor JP support complete
add(("unrelated", False, None, []),
    frm=a("さくらインターネット サポート", "support@sakura.ad.jp", "iso-2022-jp"), to=ME_P,
    subject="【さくらインターネット】お問い合わせ [#2504-118273] 対応完了のお知らせ", scs="iso-2022-jp",
    date="Fri, 02 May 2025 15:40:00 +0900", mid="<20250502064000.118273@sakura.ad.jp>",
    auth=gmail_auth("sakura.ad.jp", "support@sakura.ad.jp", "153.125.129.1"),
    body=txt("""岡部 健二 様

お問い合わせいただいたドメイン移管の件、手続きが完了しましたのでご報告いたします。
本お問い合わせはクローズとさせていただきます。

ご不明な点がございましたら、本メールにご返信ください。

さくらインターネット カスタマーサポート
""", "iso-2022-jp", "7bit"),
    note="other vendor's Japanese 'case closed' with conditional reply invitation")

# 074 suspicious reopened-case phish
add(("suspicious", False, None, []),
    frm=a("Amazon Web Services Support", "support@aws-amazon-cases.com"), to=ME_P,
    subject=f"RE:[CASE {CA}] Case reopened - response needed",
    date="Tue, 06 May 2025 08:55:21 +0000", mid="<c0ffee12.20250506@aws-amazon-cases.com>",
    auth=gmail_auth("aws-amazon-cases.com", "support@aws-amazon-cases.com", "194.87.31.12", dkim="none", spf="neutral", dmarc="none", p="NONE"),
    body=alt(f"""Hello Kenji,

Case {CA} has been reopened because the merge could not be completed.
Could you confirm which account to keep by signing in below?

https://aws-amazon-cases.com/signin?case={CA}

AWS Support
""", f"""<html><body><p>Hello Kenji,</p><p>Case {CA} has been reopened because the merge could not be completed.</p>
<p>Could you confirm which account to keep by signing in below?</p><p><a href="https://aws-amazon-cases.com/signin?case={CA}">Sign in</a></p></body></html>""", b="ph_3"),
    note="phishing that mimics a confirmation request on the real case")

# 075 certmetrics benefit
add(("certification", False, None, []),
    frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="A new AWS Certification benefit is available",
    date="Thu, 08 May 2025 16:00:12 +0000", mid="<20250508160012.C1D22@certmetrics.com>",
    auth=gmail_auth("certmetrics.com", "certmetrics.com", "52.33.110.7"),
    body=txt("""Hello Kenji,

As an AWS Certified Solutions Architect - Professional, you now have access
to a new benefit: a 50% discount on your next exam and early access to
subject-matter-expert workshops.

Sign in to your AWS Certification account and open Benefits to claim it.

AWS Certification
"""),
    note="certification benefit notice with 'claim it' imperative")

# 076 GitHub comment with 'please confirm'
add(("unrelated", False, None, []),
    frm=a("Shota Kimura", "notifications@github.com"), to="db-tools <db-tools@noreply.github.com>",
    cc=a("Kenji Okabe", ME_P),
    subject="Re: [kokabe/db-tools] Merge account tables into one schema (PR #88)",
    date="Fri, 09 May 2025 11:47:30 +0000", mid="<kokabe/db-tools/pull/88/c2850012231@github.com>",
    irt="<kokabe/db-tools/pull/88@github.com>", refs=["<kokabe/db-tools/pull/88@github.com>"],
    auth=gmail_auth("github.com", "noreply@github.com", "192.30.252.201"),
    body=txt("""@kokabe the migration merges Account #1 and Account #2 rows into the
accounts table. Could you confirm which one should win on conflicts before I
merge this?

--
Reply to this email directly, view it on GitHub:
https://github.com/kokabe/db-tools/pull/88#issuecomment-2850012231
You are receiving this because you were mentioned.
"""),
    note="GitHub PR asking to confirm Account #1 vs #2: request wording, wrong sender")


# =============================================================== write
def main():
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(OUT, f))
    for n, raw, label, _ in MSGS:
        base = f"{n:03d}-{n:03d}"
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    if os.environ.get("NOTES"):
        for n, _, label, note in MSGS:
            print(f"| {n:03d} | {label['kind']} | {str(label['needs_reply']).lower()} | {label['case'] or '-'} | {note} |")


if __name__ == "__main__":
    main()
