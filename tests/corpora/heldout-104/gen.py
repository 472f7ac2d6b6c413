#!/usr/bin/env python3
"""Generate the blind held-out corpus (stdlib only). Writes NNN-mail.eml / NNN-mail.json here."""
import os, json, base64, quopri, random
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "rin.ishikawa.k@gmail.com"
ME_C = "r.ishikawa@kohaku-sys.co.jp"
ME_NAME = "Rin Ishikawa"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
K0, K1 = "8820471136", "13190562847"
KA, KB, KD = "175028941700312", "175028996400518", "175140522600047"
KC, KE = "175209870400125", "175790233100284"
C_OLD, C_NEW, C_DUP = "AWS01937465", "AWS04418820", "AWS05520931"
ACCT = "384015527719"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
rnd = random.Random(104)
MSGIDS = {}


def h(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs).encode()


def a(name, addr, cs="utf-8"):
    return f"{h(name, cs)} <{addr}>" if name else addr


def leaf(text, sub="plain", cs="utf-8", cte="8bit"):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    hd = [("Content-Type", f'text/{sub}; charset="{cs.upper() if cs != "shift_jis" else "Shift_JIS"}"'),
          ("Content-Transfer-Encoding", cte)]
    return hd, body


def multi(sub, parts):
    b = "----=_Part_%d_%d" % (rnd.randint(10000, 99999), rnd.randint(100000000, 999999999))
    out = b""
    for hd, body in parts:
        out += b"--" + b.encode() + b"\n"
        out += "".join(f"{k}: {v}\n" for k, v in hd).encode()
        out += b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return [("Content-Type", f'multipart/{sub}; boundary="{b}"')], out


def auth_gmail(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    return (f"mx.google.com;\n       dkim={dkim} header.i=@{dom} header.s=s{rnd.randint(1,9)}k{rnd.randint(100,999)} header.b={''.join(rnd.choice('ABCDEFGHabcdefgh0123456789') for _ in range(8))};\n"
            f"       spf={spf} (google.com: domain of {mailfrom} {'designates' if spf=='pass' else 'does not designate'} 54.240.{rnd.randint(0,63)}.{rnd.randint(1,254)} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} (p=QUARANTINE sp=QUARANTINE dis={'NONE' if dmarc=='pass' else 'QUARANTINE'}) header.from={dom}")


def auth_ms(dom, mfdom, dkim="pass", spf="pass", dmarc="pass"):
    act = "none" if dmarc == "pass" else "quarantine"
    return (f"spf={spf} (sender IP is 54.240.{rnd.randint(0,63)}.{rnd.randint(1,254)})\n smtp.mailfrom={mfdom}; dkim={dkim} (signature was verified)\n"
            f" header.d={dom};dmarc={dmarc} action={act} header.from={dom};compauth={'pass reason=100' if dmarc=='pass' else 'fail reason=000'}")


def mid(dom="email.amazonses.com"):
    x = "".join(rnd.choice("0123456789abcdef") for _ in range(16))
    y = "".join(rnd.choice("0123456789abcdef") for _ in range(8))
    return f"<{x}-{y}@{dom}>"


def write(n, label, frm, to, subj, date, part, cs_hdr="utf-8", auth=None, reply_to=None,
          cc=None, irt=None, refs=None, extra=(), crlf=False, msgid=None, note=""):
    mid_ = msgid or mid()
    MSGIDS[n] = mid_
    hd = []
    if auth:
        hd.append(("Authentication-Results", auth))
    hd += [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    if reply_to:
        hd.append(("Reply-To", reply_to))
    hd += [("Subject", h(subj, cs_hdr)), ("Date", date), ("Message-ID", mid_)]
    if irt:
        hd.append(("In-Reply-To", MSGIDS[irt]))
        chain = [MSGIDS[r] for r in (refs or [irt])]
        hd.append(("References", " ".join(chain)))
    hd += list(extra)
    hd.append(("MIME-Version", "1.0"))
    ph, body = part
    hd += ph
    raw = "".join(f"{k}: {v}\n" for k, v in hd).encode("ascii") + b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    base = f"{n:03d}-mail"
    with open(os.path.join(OUT, base + ".eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, base + ".json"), "w") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")


def L(kind, nr=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(ids)}


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html(body_inner):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + body_inner + "\n</body></html>\n")


FORM_FROM = a("AWS Training and Certification", FORM)
CONSOLE_FROM = a("Amazon Web Services", CONSOLE)
ME_P_A = a(ME_NAME, ME_P)
ME_C_A = a("石川 凛", ME_C)
ME_C_A_EN = a("Ishikawa Rin", ME_C)
GA = lambda: auth_gmail("amazon.com", "0100" + str(rnd.randint(10**9, 10**10)) + "@amazonses.com")
MA = lambda: auth_ms("amazon.com", "amazonses.com")
CONSOLE_FOOT = (
    "To see all correspondence on this case, or to respond, please visit the Support Center:\n"
    f"https://console.aws.amazon.com/support/home#/case/?displayId={KC}&language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, use the link above.*\n")
FEEDBACK = ("We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
            "Support Center link at the end of this correspondence. Each correspondence can also be rated\n"
            "by selecting the stars in the top right corner of each correspondence within the AWS Support Center.\n")

# ---------------------------------------------------------------- 2021, company mailbox
write(1, L("unrelated"),
      a("Pearson VUE", "pearsonvuecustomercare@pearson.com"), ME_C,
      "Confirmation of your AWS Certification exam appointment",
      "Mon, 12 Apr 2021 10:22:05 +0000",
      leaf("""Dear Rin Ishikawa,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 517302846
Appointment: Saturday, May 8, 2021 at 10:00 AM JST
Location: Online (OnVUE)

Please run the system test before exam day. If you need to reschedule, do so at least 24 hours
before your appointment through the AWS Certification account. Replies to this message are not
monitored.

Pearson VUE
""", cte="7bit"),
      auth=auth_ms("pearson.com", "pearson.com"), crlf=True)

write(2, L("certification", ids=[C_OLD]),
      a("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
      "Congratulations! You are now AWS Certified",
      "Sat, 08 May 2021 07:41:19 +0000",
      multi("alternative", [
          leaf(f"""Hello Rin,

Congratulations on earning AWS Certified Solutions Architect - Associate.

Candidate ID: {C_OLD}
Validation Number: 7QX2LKBD1N4E1HCS

Your digital badge will arrive from Credly within a few days. Sign in to your AWS Certification
account to download your certificate and see your benefits.

AWS Training and Certification
""", cte="quoted-printable"),
          leaf(html(f"<p>Hello Rin,</p><p>Congratulations on earning <b>AWS Certified Solutions Architect - Associate</b>.</p>"
                    f"<table border=0><tr><td>Candidate ID</td><td>{C_OLD}</td></tr><tr><td>Validation Number</td><td>7QX2LKBD1N4E1HCS</td></tr></table>"
                    "<p>Your digital badge will arrive from Credly within a few days.</p><p>AWS Training and Certification</p>"),
               sub="html", cte="quoted-printable")]),
      auth=auth_ms("certmetrics.com", "certmetrics.com"))

write(3, L("badge"),
      a("Credly", "admin@youracclaim.com"), ME_C,
      "Rin, you earned a badge from Amazon Web Services Training and Certification",
      "Sun, 09 May 2021 02:03:44 +0000",
      leaf(html("<table width=600><tr><td><h2>Congratulations, Rin!</h2>"
                "<p>Amazon Web Services Training and Certification has issued you a badge: "
                "<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>"
                "<p><a href=\"https://www.youracclaim.com/badges/3f6c2a9e-1b7d-4e0c-9a51-8d2f4c7e0b13/accept\">Accept your badge</a></p>"
                "<p>Share it on LinkedIn to let your network know.</p></td></tr></table>"), sub="html", cte="quoted-printable"),
      auth=auth_ms("youracclaim.com", "youracclaim.com"))

write(4, L("acknowledgement", case=K0),
      FORM_FROM, ME_C, f"RE:[CASE {K0}] {SUBJ}",
      "Mon, 04 Oct 2021 01:15:09 +0000",
      leaf(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {K0} to address your issue.

The details of your case are as follows:

Case ID: {K0}
Subject: account-assistance
Severity: Low
Correspondence: I passed SAA but the 50% discount voucher is not shown under Benefits. Can you check?

We will respond within 24 hours. If you have already opened a case for this request, please do not
open another one; duplicate cases slow down our response.

Sincerely,
AWS Training and Certification
"""),
      auth=MA())

write(5, L("resolved", case=K0),
      FORM_FROM, ME_C, f"RE:[CASE {K0}] {SUBJ}",
      "Tue, 05 Oct 2021 06:48:30 +0000",
      leaf("""Hi Rin,

Thanks for your patience. The voucher is generated 24-48 hours after results are published, and
I can see it in your Benefits page now (50% off your next exam, valid until May 2023).

I'll go ahead and mark this case as resolved. If anything else comes up, feel free to reply to
this email and we'll pick it back up.

Best regards,
Kwame A.
AWS Training and Certification Customer Service
"""),
      auth=MA(), irt=4)

write(6, L("survey", case=K0),
      a("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_C,
      f"How did we do? Case {K0}",
      "Wed, 06 Oct 2021 03:00:12 +0000",
      leaf(html(f"<p>Hello,</p><p>Your recent case <b>{K0}</b> with AWS Training and Certification was resolved.</p>"
                "<p>Please take 2 minutes to tell us about your experience. How satisfied were you with the support you received?</p>"
                "<table><tr>" + "".join(f"<td><a href=\"https://survey.amazon.com/t/aws-tc?score={i}\">{i}</a></td>" for i in range(1, 6)) +
                "</tr></table><p>Thank you!</p>"), sub="html", cte="quoted-printable"),
      auth=MA())

# ---------------------------------------------------------------- 2023, personal mailbox (duplicate accounts)
write(7, L("unrelated"),
      a("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
      "Amazon Web Services Billing Statement Available [Account: 384015527719]",
      "Thu, 02 Mar 2023 08:11:45 +0000",
      leaf(f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.18

Account ID: {ACCT}

You can see a complete break down of all charges on the Billing & Cost Management page.
If you have questions about this bill, open a case in the Support Center; please do not reply
to this message.

Sincerely,
Amazon Web Services
""", cte="7bit"),
      auth=GA())

ack1 = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {K1} to address your issue.

The details of your case are as follows:

Case ID: {K1}
Subject: account-assistance
Correspondence: I have two AWS Certification accounts registered with the same email
({ME_P}). Credly doesn't show my badges. Please merge {C_DUP} into {C_NEW}.

We usually respond within 24 hours, although some requests take longer. Please do not open
another case for the same request.

Sincerely,
AWS Training and Certification
"""
write(8, L("acknowledgement", False, K1, [C_DUP, C_NEW]), FORM_FROM, ME_P, f"RE:[CASE {K1}] {SUBJ}",
      "Tue, 14 Mar 2023 04:02:51 +0000", leaf(ack1, cte="quoted-printable"), auth=GA())

req1_txt = f"""Hello Rin,

Thank you for reaching out. I found the following accounts associated with your email address:

Account #1 - {C_NEW}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2 - {C_DUP}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: (none)

Would you like me to merge these accounts and keep Account #1?

Regards,
Priya S.
AWS Training and Certification
"""
write(9, L("confirmation_request", True, K1, [C_NEW, C_DUP]), FORM_FROM, ME_P, f"RE: [CASE {K1}] {SUBJ}",
      "Thu, 16 Mar 2023 19:27:03 +0000",
      leaf(html(f"""<p>Hello Rin,</p>
<p>Thank you for reaching out. I found the following accounts associated with your email address:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1 &ndash; {C_NEW}</th><th>Account #2 &ndash; {C_DUP}</th></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_P}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_P}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>(none)</td></tr>
</table>
<p>Would you like me to merge these accounts and keep Account #1?</p>
<p>Regards,<br>Priya S.<br>AWS Training and Certification</p>"""), sub="html", cte="base64"),
      auth=GA(), irt=8)

write(10, L("unrelated"),
      a("Daichi Morita", "notifications@github.com"), ME_P,
      "Re: [rin-ishikawa/cfn-snippets] Add SAM template for SQS fan-out (PR #42)",
      "Fri, 17 Mar 2023 11:05:12 +0000",
      leaf("""Merged #42 into main.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you authored the thread.
""", cte="7bit"),
      auth=auth_gmail("github.com", "noreply@github.com"),
      extra=[("List-ID", "rin-ishikawa/cfn-snippets <cfn-snippets.rin-ishikawa.github.com>")])

write(11, L("closing_notice", True, K1), FORM_FROM, ME_P, f"RE: [CASE {K1}] {SUBJ}",
      "Tue, 21 Mar 2023 18:40:00 +0000",
      leaf(f"""Hello,

We are following up on case {K1}. We have not yet received a reply to our previous message
about which account you want to keep.

If we do not hear from you within 5 days, we will close this case. Simply replying to this email
will keep it open.

Sincerely,
Priya S.
AWS Training and Certification

{quote(req1_txt)}
"""),
      auth=GA(), irt=9, refs=[8, 9])

write(12, L("closing_notice", True, K1), FORM_FROM, ME_P, f"RE:[CASE {K1}] {SUBJ}",
      "Tue, 28 Mar 2023 18:41:26 +0000",
      leaf(f"""Hello,

As we did not receive a response, case {K1} has now been closed.

Your request is not lost: a reply to this message reopens the case, and the agent who
handled it will continue where we left off.

AWS Training and Certification
""", cte="7bit"),
      auth=GA(), irt=11, refs=[8, 9, 11])

write(13, L("user_reply", False, K1, [C_NEW]), ME_P_A, FORM, f"RE:[CASE {K1}] {SUBJ}",
      "Sun, 02 Apr 2023 09:12:40 +0900",
      leaf(f"""Hi Priya,

Sorry for the silence, I was travelling without access to this mailbox. Yes, please merge the two
and keep Account #1 ({C_NEW}). Please reopen the case if needed.

Thanks,
Rin

On Tue, Mar 28, 2023 at 6:41 PM AWS Training and Certification <{FORM}> wrote:

{quote("As we did not receive a response, case " + K1 + " has now been closed." + chr(10) + chr(10) + "Your request is not lost: a reply to this message reopens the case, and the agent who" + chr(10) + "handled it will continue where we left off.")}
"""),
      irt=12, refs=[8, 9, 11, 12], msgid="<CAJx7n0Q2b" + "kP9aT1m@mail.gmail.com>")

write(14, L("case_update", False, K1), FORM_FROM, ME_P, f"RE:[CASE {K1}] {SUBJ}",
      "Mon, 03 Apr 2023 02:20:11 +0000",
      leaf("""Hi Rin,

Welcome back! The case is open again. I've passed your confirmation to our certification
operations team, who carry out the actual merge; it normally takes a day or two. I'll write
again as soon as they're done.

Priya S.
AWS Training and Certification
"""),
      auth=GA(), irt=13, refs=[8, 9, 11, 12, 13])

write(15, L("resolved", False, K1), FORM_FROM, ME_P, f"RE:[CASE {K1}] {SUBJ}",
      "Tue, 04 Apr 2023 07:55:02 +0000",
      multi("alternative", [
          leaf(f"""Hi Rin,

Good news: your two certification accounts have been combined into one. Exam history,
certifications and benefits are all under Account #1 now, and Credly should pick up your badges
within 24 hours.

Kind regards,
Priya S.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: 2023-03-16 19:27 UTC
Subject: RE: [CASE {K1}] {SUBJ}

{req1_txt}""", cte="quoted-printable"),
          leaf(html(f"<p>Hi Rin,</p><p>Good news: your two certification accounts have been combined into one. Exam history, certifications and benefits are all under Account #1 now, and Credly should pick up your badges within 24 hours.</p>"
                    f"<p>Kind regards,<br>Priya S.<br>AWS Training and Certification</p><hr><blockquote><pre>{req1_txt}</pre></blockquote>"),
               sub="html", cte="quoted-printable")]),
      auth=GA(), irt=14, refs=[8, 9, 11, 12, 13, 14])

write(16, L("badge"), a("Credly", "admin@credly.com"), ME_P,
      "Your AWS Certified Solutions Architect – Associate badge is waiting",
      "Tue, 04 Apr 2023 09:31:17 +0000",
      multi("alternative", [
          leaf("""Hi Rin,

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Solutions Architect - Associate

Claim it here: https://www.credly.com/badges/9e2d7b1c-55a4-4f6e-8c3b-0a1f2e3d4c5b/accept

Credly, a Pearson company
"""),
          leaf(html("<p>Hi Rin,</p><p>Amazon Web Services Training and Certification issued you a new badge:</p><h3>AWS Certified Solutions Architect &ndash; Associate</h3>"
                    "<p><a href=\"https://www.credly.com/badges/9e2d7b1c-55a4-4f6e-8c3b-0a1f2e3d4c5b/accept\">Accept badge</a></p>"), sub="html", cte="quoted-printable")]),
      auth=auth_gmail("credly.com", "bounces@credly.com"))

write(17, L("survey", False, K1), a("Amazon Web Services", "no-reply@survey.aws"), ME_P,
      f"Tell us about your recent support case ({K1})",
      "Wed, 05 Apr 2023 08:00:00 +0000",
      leaf(f"""Hello,

You recently contacted AWS Training and Certification (case {K1}).
On a scale of 1 to 5, how likely are you to recommend our support to a colleague?

https://survey.aws/r/tc?c={K1}

The survey takes less than two minutes. Your answers are anonymous.
""", cte="7bit"),
      auth=auth_gmail("survey.aws", "bounce@survey.aws"))

# ---------------------------------------------------------------- 2025: leaving the company
write(18, L("unrelated"), a("Cloud週報", "weekly@cloudshuho.jp"), ME_P,
      "【Cloud週報】転職時に忘れがちな「AWS認定アカウントの統合」ほか",
      "Mon, 02 Jun 2025 00:30:00 +0000",
      leaf("""Cloud週報 第212号

■ 今週の注目記事
・転職時に忘れがちな「AWS認定アカウントの統合」手順まとめ
  会社のメールアドレスで作った認定アカウントを個人アカウントへ統合する方法。
  サポートから確認メールが来たら返信してください、とのこと。
・Amazon Bedrock の新モデルを試してみた
・Terraform 1.12 の変更点

■ 読者アンケート
ご意見・ご感想は本メールへの返信でお寄せください。

配信停止はこちら: https://cloudshuho.jp/unsubscribe
""", cte="base64"),
      auth=auth_gmail("cloudshuho.jp", "weekly@cloudshuho.jp"))

write(19, L("unrelated"), a("AWS", "no-reply@signin.aws"), ME_P,
      "Verify your AWS Builder ID email address",
      "Wed, 18 Jun 2025 23:02:31 +0000",
      leaf("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

402918

The code expires in 30 minutes. If you did not request it, you can ignore this message.

Amazon Web Services
""", cte="7bit"),
      auth=auth_gmail("signin.aws", "bounce@signin.aws"))

write(20, L("unrelated"), a("AWS Skill Builder", "no-reply@aws.training"), ME_P,
      "Welcome to AWS Training and Certification",
      "Wed, 18 Jun 2025 23:10:05 +0000",
      leaf(html("<h2>Welcome, Rin</h2><p>Your AWS Training and Certification profile is ready. "
                "Explore more than 600 free digital courses on AWS Skill Builder.</p>"
                "<p><a href=\"https://skillbuilder.aws\">Start learning</a></p>"
                "<p style=\"font-size:11px\">Questions? Visit our support page. Please do not reply to this email.</p>"),
           sub="html", cte="quoted-printable"),
      auth=auth_gmail("aws.training", "no-reply@aws.training"))

ackA = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {KA} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {KA}
件名: account-assistance
内容: I am no longer going to be an employee of Kohaku Systems (last day June 30) and would like to
merge my accounts. Emails used: {ME_C}, {ME_P}. Keep: {ME_P}

通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

ご追加の情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定
"""
write(21, L("acknowledgement", False, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Wed, 18 Jun 2025 23:30:22 +0000", leaf(ackA, cs="iso-2022-jp", cte="7bit"),
      cs_hdr="iso-2022-jp", auth=GA())

write(22, L("acknowledgement", False, KB), FORM_FROM, ME_C, f"RE:[CASE {KB}] {SUBJ}",
      "Wed, 18 Jun 2025 23:39:30 +0000",
      leaf(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {KB} to address your issue.

The details of your case are as follows:

Case ID: {KB}
Subject: account-assistance
Correspondence: Please merge my company certification account into my personal one. I am leaving
Kohaku Systems at the end of June.

Most requests receive a response within 24 hours. To avoid delays, please don't submit a new case
for the same request.

Sincerely,
AWS Training and Certification
"""),
      auth=MA(), crlf=True)

write(23, L("user_reply", False, KB), ME_C_A_EN, FORM, f"RE:[CASE {KB}] {SUBJ}",
      "Thu, 19 Jun 2025 09:05:48 +0900",
      leaf(f"""Hello,

I'm afraid I submitted the form twice by mistake (the first time from my personal address).
This case is a duplicate of case {KA}; please close this one and keep working on {KA}.

Sorry for the trouble.
Rin Ishikawa

________________________________
差出人: AWS Training and Certification <{FORM}>
送信日時: 2025年6月19日 8:39
宛先: 石川 凛 <{ME_C}>
件名: RE:[CASE {KB}] {SUBJ}

Hello,

Thank you for contacting Amazon Web Services. We have opened case {KB} to address your issue.
"""),
      irt=22, crlf=True, msgid="<TYCP286MB1932A1F0C3D2E4B5@TYCP286MB1932.JPNP286.PROD.OUTLOOK.COM>")

write(24, L("resolved", False, KB), FORM_FROM, ME_C, f"RE:[CASE {KB}] {SUBJ}",
      "Thu, 19 Jun 2025 03:12:09 +0000",
      leaf(f"""Hello Rin,

No problem at all. I've closed this case as a duplicate. Your request is being handled under
case {KA}, and all further correspondence will come from that case.

Best,
Tomás
AWS Training and Certification
"""),
      auth=MA(), irt=23, refs=[22, 23], crlf=True)

write(25, L("unrelated"), a("Jira (Kohaku Systems)", "jira@kohaku-sys.atlassian.net"), ME_C,
      "[JIRA] (KOH-1182) Hand over CI pipeline ownership before offboarding",
      "Thu, 19 Jun 2025 04:40:00 +0000",
      leaf(html("<p><b>Sato Kenji</b> assigned <b>KOH-1182</b> to <b>Ishikawa Rin</b></p>"
                "<table border=1><tr><td>Status</td><td>To Do</td></tr><tr><td>Due</td><td>2025-06-27</td></tr></table>"
                "<p>Please update the ticket once the handover is done. Reply to this email to add a comment.</p>"),
           sub="html", cte="quoted-printable"),
      auth=auth_ms("kohaku-sys.atlassian.net", "atlassian.net"))

infoA = f"""Hello Rin,

Thank you for contacting AWS Training and Certification regarding your account merge.

I'd like to explain how this works before we go further. A merge moves your exam history,
active certifications, digital badges and any unused benefits (such as exam discount vouchers)
from one certification account into another. The source account is deactivated afterwards and
can't be used to sign in, so it's important that we identify the right accounts on both sides.

Because your company address may be tied to an organisation profile, I searched by email
address but I found more than one profile that could match the information in your form, and I
don't want to merge the wrong one.

What I still need from you is the candidate ID of each account - it's shown in the top-right
corner of the certification account page after you sign in (AWS followed by eight digits).
Once I have both, I can continue.

Warm regards,
Marisol R.
AWS Training and Certification Customer Service
"""
write(26, L("info_request", True, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Fri, 20 Jun 2025 01:14:33 +0000", leaf(infoA, cte="quoted-printable"),
      auth=GA(), irt=21)

write(27, L("user_reply", False, KA, [C_OLD, C_NEW]), ME_P_A, FORM, f"Re: RE:[CASE {KA}] {SUBJ}",
      "Fri, 20 Jun 2025 12:46:10 +0900",
      multi("alternative", [
          leaf(f"""Hi Marisol,

Here they are:
- company account ({ME_C}): {C_OLD}
- personal account ({ME_P}): {C_NEW}

Thanks!
Rin

On Fri, Jun 20, 2025 at 10:14 AM AWS Training and Certification <{FORM}> wrote:

{quote(infoA)}
"""),
          leaf(html(f"<div dir=\"ltr\">Hi Marisol,<br><br>Here they are:<br>- company account ({ME_C}): {C_OLD}<br>- personal account ({ME_P}): {C_NEW}<br><br>Thanks!<br>Rin</div>"
                    f"<br><div class=\"gmail_quote\">On Fri, Jun 20, 2025 at 10:14 AM AWS Training and Certification &lt;{FORM}&gt; wrote:<br>"
                    f"<blockquote class=\"gmail_quote\"><pre>{infoA}</pre></blockquote></div>"), sub="html", cte="quoted-printable")]),
      irt=26, refs=[21, 26], msgid="<CAJx7n0RtZ8vW3kLq@mail.gmail.com>")

holdA = f"""Hi Rin,

Thanks for the IDs. I've looked at both accounts.

The account {C_OLD} is associated with an AWS Partner Network (APN) organization (Kohaku
Systems). Certifications held in a partner-associated account count towards that partner's
standing, so we're not able to move them out while you are still employed there, and the partner
administrator has to release the account first.

Your form mentions that you're leaving. Can you confirm that your employment with Kohaku Systems
ends, and on what date? With that, I can ask the partner team to release the account.

Marisol R.
AWS Training and Certification Customer Service
"""
write(28, L("on_hold", True, KA, [C_OLD]), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Sat, 21 Jun 2025 00:05:51 +0000",
      multi("alternative", [leaf(holdA, cte="quoted-printable"),
                            leaf(html("<p>" + holdA.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>"), sub="html", cte="quoted-printable")]),
      auth=GA(), irt=27, refs=[21, 26, 27])

write(29, L("unrelated"), a("佐藤 健二", "k.sato@kohaku-sys.co.jp"), ME_C,
      f"自動応答: RE:[CASE {KA}] {SUBJ}",
      "Sat, 21 Jun 2025 00:31:02 +0000",
      leaf("""お疲れさまです。佐藤です。

6月23日(月)まで休暇のため不在にしております。
いただいたメールは復帰後に確認いたします。
お急ぎの場合は、開発部 田中(y.tanaka@kohaku-sys.co.jp)までご連絡ください。

※本メールは自動送信です。
""", cs="iso-2022-jp", cte="7bit"),
      cs_hdr="iso-2022-jp", auth=auth_ms("kohaku-sys.co.jp", "kohaku-sys.co.jp"),
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], crlf=True)

reply30 = f"""Hello Marisol,

Yes, I confirm I am leaving Kohaku Systems. My last working day is June 30, 2025, and this
company mailbox will be closed after that. I have also told my manager (cc'd earlier).

Best regards,
Rin Ishikawa
"""
write(30, L("user_reply", False, KA), ME_C_A_EN, FORM, f"RE: RE:[CASE {KA}] {SUBJ}",
      "Sun, 22 Jun 2025 10:20:14 +0900",
      leaf(reply30 + f"""
________________________________
差出人: AWS Training and Certification <{FORM}>
送信日時: 2025年6月21日 9:05
宛先: {ME_P}
件名: RE:[CASE {KA}] {SUBJ}

{holdA}"""),
      irt=28, refs=[21, 26, 27, 28], crlf=True, msgid="<TYCP286MB19324C7D0E1F2A3B@TYCP286MB1932.JPNP286.PROD.OUTLOOK.COM>")

wrongA = f"""Hello Rin,

Thank you for the update, and congratulations on your new chapter.

I did notice this reply came from {ME_C}. The account you want to keep is registered to
{ME_P}, and for security reasons we can only act on instructions that come from the
address of the account that will remain. I'm sorry for the extra step.

Send the same confirmation (that you are leaving and your last day) from {ME_P}, replying
to this thread, and I will take it from there.

Marisol R.
AWS Training and Certification Customer Service
"""
write(31, L("info_request", True, KA), FORM_FROM, ME_C, f"RE:[CASE {KA}] {SUBJ}",
      "Mon, 23 Jun 2025 02:02:40 +0000", leaf(wrongA), auth=MA(), irt=30, refs=[21, 26, 27, 28, 30], crlf=True)

write(32, L("user_reply", False, KA), ME_P_A, FORM, "Re: account merge - writing from my personal address",
      "Mon, 23 Jun 2025 12:15:33 +0900",
      leaf(f"""Hi Marisol,

Writing from my personal address as requested: I confirm that I'm leaving Kohaku Systems and
my last day is June 30, 2025. Please go ahead with the merge into the account registered to
{ME_P}.

Rin
"""),
      irt=31, refs=[21, 26, 27, 28, 30, 31], msgid="<CAJx7n0S9mP4eFhYd@mail.gmail.com>")

write(33, L("on_hold", False, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Tue, 24 Jun 2025 05:48:19 +0000",
      leaf("""Hi Rin,

Got it, thank you. I've sent a release request to our Partner team for the APN-linked account.
Your case is on hold until they respond, which usually takes 3 to 5 business days. There's
nothing you need to do in the meantime; I'll get back to you as soon as I hear from them.

Marisol R.
AWS Training and Certification Customer Service
""", cte="quoted-printable"),
      auth=GA(), irt=32, refs=[21, 26, 27, 28, 30, 31, 32])

write(34, L("unrelated"), a("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
      "【ご案内】AWS Summit Japan 2025 オンデマンド配信のお知らせ",
      "Wed, 25 Jun 2025 01:00:00 +0000",
      multi("alternative", [
          leaf("""石川 凛 様

AWS Summit Japan 2025 にご登録いただき、誠にありがとうございました。
全セッションのオンデマンド配信を開始しました。7月31日までご視聴いただけます。

ご視聴後、簡単なアンケートへのご回答をお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
配信停止をご希望の場合は、こちらからお手続きください。
""", cte="base64"),
          leaf(html("<p>石川 凛 様</p><p>AWS Summit Japan 2025 にご登録いただき、誠にありがとうございました。全セッションのオンデマンド配信を開始しました。</p>"
                    "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ視聴する</a></p>"), sub="html", cte="base64")]),
      cs_hdr="utf-8", auth=GA())

write(35, L("suspicious"), a("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
      f"Action required: verify your identity to complete account merge (CASE {KA})",
      "Thu, 26 Jun 2025 14:22:07 +0000",
      leaf(html(f"""<p>Dear Customer,</p>
<p>Your certification account merge request (case {KA}) is pending verification. To prevent the
loss of your certifications, you must verify your identity within 24 hours.</p>
<p><a href="http://amazon-certsupport.com/verify?case={KA}">Verify my account</a></p>
<p>AWS Training and Certification Team</p>"""), sub="html", cte="7bit"),
      auth=auth_gmail("amazon-certsupport.com", "support@amazon-certsupport.com"))

write(36, L("unrelated"), a("ピアソンVUE", "pearsonvuecustomercare@pearson.com"), ME_P,
      "AWS認定試験 予約確認のお知らせ",
      "Fri, 27 Jun 2025 03:30:45 +0000",
      leaf("""石川 凛 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
登録ID: 482615093
日時: 2025年8月23日(土) 13:00
会場: オンライン (OnVUE)

予約の変更・キャンセルは試験開始の24時間前までにお手続きください。
本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。
""", cs="shift_jis", cte="base64"),
      cs_hdr="iso-2022-jp", auth=auth_gmail("pearson.com", "bounce@pearson.com"))

confA_txt = f"""Hello Rin,

Good news - the Partner team has released the APN-linked account, so we can now go ahead.

Before I merge anything, here is what I see on our side:

Account #1
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

My understanding is that Account #1 should remain and Account #2 should be merged into it.
I'll wait for your confirmation by reply before making the change, since it can't be undone.

Marisol R.
AWS Training and Certification Customer Service
"""
write(37, L("confirmation_request", True, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Mon, 30 Jun 2025 06:03:12 +0000",
      multi("alternative", [
          leaf(confA_txt, cte="quoted-printable"),
          leaf(html(f"""<p>Hello Rin,</p><p>Good news &ndash; the Partner team has released the APN-linked account, so we can now go ahead.</p>
<p>Before I merge anything, here is what I see on our side:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td colspan="2"><b>Account #1</b></td></tr>
<tr><td>Login email</td><td>{ME_P}</td></tr><tr><td>Training notification email</td><td>{ME_P}</td></tr><tr><td>Certification notification email</td><td>{ME_P}</td></tr>
<tr><td colspan="2"><b>Account #2</b></td></tr>
<tr><td>Login email</td><td>{ME_C}</td></tr><tr><td>Training notification email</td><td>{ME_C}</td></tr><tr><td>Certification notification email</td><td>{ME_C}</td></tr>
</table>
<p>My understanding is that Account #1 should remain and Account #2 should be merged into it. I'll wait for your confirmation by reply before making the change, since it can't be undone.</p>
<p>Marisol R.<br>AWS Training and Certification Customer Service</p>"""), sub="html", cte="quoted-printable")]),
      auth=GA(), irt=33, refs=[21, 26, 27, 28, 30, 31, 32, 33])

write(38, L("unrelated"), a("NimbusDNS Support", "support@nimbusdns.io"), ME_P,
      "[Case 00482913] Your support case has been closed",
      "Tue, 01 Jul 2025 09:10:00 +0000",
      leaf("""Hello Rin,

Your case 00482913 ("DNSSEC validation failing for kohaku-dev.net") has been closed because
the issue was marked as solved.

If you need further assistance, reply to this email within 7 days to reopen the case.

How did we do? Rate this conversation: https://nimbusdns.io/csat/00482913

NimbusDNS Customer Support
"""),
      auth=auth_gmail("nimbusdns.io", "support@nimbusdns.io"))

write(39, L("closing_notice", True, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Thu, 03 Jul 2025 06:10:44 +0000",
      leaf(f"""Hi Rin,

Just checking in - I haven't seen an answer to my message from June 30 yet.

Our system closes cases that have been waiting on the customer for a while, and yours will be
closed on Saturday if it stays quiet. Any reply on this thread stops that.

Marisol R.
AWS Training and Certification Customer Service

{quote(confA_txt)}
"""),
      auth=GA(), irt=37, refs=[21, 26, 33, 37])

write(40, L("user_reply", False, KA), ME_P_A, FORM, f"RE: RE:[CASE {KA}] {SUBJ}",
      "Thu, 03 Jul 2025 21:30:02 +0900",
      leaf(f"""Confirmed. Please merge to Account #1 ({ME_P}).

Sorry for the late reply - last week was my last week at the office.

Rin

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Thursday, July 3, 2025 3:10 PM
To: {ME_P}
Subject: RE:[CASE {KA}] {SUBJ}

Hi Rin,

Just checking in - I haven't seen an answer to my message from June 30 yet.

Our system closes cases that have been waiting on the customer for a while, and yours will be
closed on Saturday if it stays quiet. Any reply on this thread stops that.

Marisol R.
AWS Training and Certification Customer Service

{confA_txt}
-----Original Message-----
From: AWS Training and Certification <{FORM}>
Subject: RE:[CASE {KA}] {SUBJ}

{infoA}"""),
      irt=39, refs=[21, 37, 39], msgid="<CAJx7n0TfR2qYw8Zb@mail.gmail.com>")

write(41, L("confirmation_request", True, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Fri, 04 Jul 2025 00:41:29 +0000",
      leaf(f"""Hi Rin, Joseph here, covering for Marisol today.

One last check so nothing goes wrong: Account #1 ({ME_P}) stays, and Account #2
({ME_C}) goes away after its history is moved over - correct?

Joseph
AWS T&C Support
""", cte="7bit"),
      auth=GA(), irt=40, refs=[21, 37, 39, 40])

write(42, L("user_reply", False, KA), ME_P_A, FORM, f"Re: RE:[CASE {KA}] {SUBJ}",
      "Fri, 04 Jul 2025 09:52:13 +0900",
      leaf(f"""Yes, correct.

Sent from my iPhone

> On Jul 4, 2025, at 9:41, AWS Training and Certification <{FORM}> wrote:
>
> Hi Rin, Joseph here, covering for Marisol today.
>
> One last check so nothing goes wrong: Account #1 ({ME_P}) stays, and Account #2
> ({ME_C}) goes away after its history is moved over - correct?
"""),
      irt=41, refs=[21, 40, 41], msgid="<5E1C2B7A-9F0D-4C3E-8A1B-2D4F6E8A0C1B@gmail.com>")

write(43, L("resolved", False, KA), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Fri, 04 Jul 2025 03:18:50 +0000",
      leaf(f"""Hi Rin,

I have successfully merged all accounts. Your exam history, certifications and the remaining
exam benefit now show under the account registered to {ME_P}; the other account has been
deactivated. No further action is required on your part.

Credly may take up to a day to reflect the change, and the partner profile at your former
employer is updated separately within a few days.

Thanks for your patience with the extra steps,
Joseph
AWS T&C Support

How was your experience? Please take a moment to rate this interaction:
https://survey.aws/r/tc?c={KA}

> Yes, correct.
>
> On Jul 4, 2025, at 9:41, AWS Training and Certification wrote:
> One last check so nothing goes wrong: Account #1 ({ME_P}) stays, and Account #2
> ({ME_C}) goes away after its history is moved over - correct?
>
{quote(confA_txt)}
"""),
      auth=GA(), irt=42, refs=[21, 40, 41, 42])

write(44, L("badge"), a("Credly", "admin@credly.com"), ME_P,
      "Amazon Web Services Training and Certification sent you a badge",
      "Fri, 04 Jul 2025 03:40:21 +0000",
      leaf(html("<table width=600 style=\"font-family:Helvetica\"><tr><td><img src=\"https://images.credly.com/size/110x110/images/aws-sa-pro.png\"></td>"
                "<td><p>Hi Rin,</p><p><b>Amazon Web Services Training and Certification</b> sent you the badge "
                "<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>"
                "<p><a href=\"https://www.credly.com/badges/c1d2e3f4-a5b6-47c8-9d0e-1f2a3b4c5d6e/accept\">Accept your badge</a></p></td></tr></table>"),
           sub="html", cte="base64"),
      auth=auth_gmail("credly.com", "bounces@credly.com"))

write(45, L("survey", False, KA), a("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_P,
      f"Your feedback on case {KA}",
      "Sat, 05 Jul 2025 03:20:00 +0000",
      multi("alternative", [
          leaf(f"""Hello,

Case {KA} was recently resolved. We'd really appreciate it if you could tell us how we did -
it takes about a minute.

Rate your experience: https://survey.aws/r/tc?c={KA}

Please don't reply to this email; replies are not read.
"""),
          leaf(html(f"<p>Hello,</p><p>Case {KA} was recently resolved. We'd really appreciate it if you could tell us how we did.</p>"
                    f"<p><a href=\"https://survey.aws/r/tc?c={KA}\">Rate your experience</a></p>"), sub="html")]),
      auth=GA())

write(46, L("suspicious"), FORM_FROM, ME_P, f"RE:[CASE {KA}] {SUBJ}",
      "Sat, 05 Jul 2025 11:02:38 +0000",
      leaf(f"""Hello Rin,

Our records show the merge for case {KA} could not be completed because the source account
failed validation. To avoid losing your certifications, reply to this email within 48 hours
with your certification account password and the candidate ID of the old account.

Sincerely,
AWS Training and Certification
"""),
      auth=auth_gmail("amazon.com", "billing-notice@mail-relay7.top", dkim="fail", spf="softfail", dmarc="fail"),
      reply_to="aws-cert-validation@mail-relay7.top")

# ---------------------------------------------------------------- Case D: Japanese agent, voucher lost after merge
ackD = f"""石川 凛 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース {KD} を作成いたしました。

ケース ID: {KD}
件名: account-assistance
お問い合わせ内容: アカウント統合後、旧アカウントにあった50%割引バウチャーが特典ページに表示されません。

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定 カスタマーサービス
"""
write(47, L("acknowledgement", False, KD), a("AWS トレーニングと認定", FORM), ME_P, f"RE:[CASE {KD}] {SUBJ}",
      "Mon, 07 Jul 2025 09:05:12 +0000", leaf(ackD, cs="shift_jis", cte="8bit"), cs_hdr="iso-2022-jp", auth=GA())

infoD = f"""<p>石川 凛 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの山口でございます。</p>
<p>このたびはご不便をおかけしており、申し訳ございません。統合済みのアカウントを確認いたしましたところ、下記のとおりとなっております。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>項目</th><th>統合先アカウント</th></tr>
<tr><td>候補ID</td><td>{C_NEW}</td></tr>
<tr><td>ログインメールアドレス</td><td>{ME_P}</td></tr>
<tr><td>特典(有効)</td><td>なし</td></tr>
<tr><td>統合日</td><td>2025年7月4日</td></tr>
</table>
<p>統合の際、有効期限が近い特典は移行の対象外となる場合がございます。旧アカウントの特典が有効であったかどうかを確認するため、
バウチャーコード(先頭の数文字のみで結構です)と、統合前に表示されていた有効期限をご教示いただけますでしょうか。</p>
<p>お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。</p>
<p>山口<br>AWS トレーニングと認定 カスタマーサービス</p>"""
write(48, L("info_request", True, KD, [C_NEW]), a("AWS トレーニングと認定", FORM), ME_P, f"RE:[CASE {KD}] {SUBJ}",
      "Tue, 08 Jul 2025 02:33:41 +0000", leaf(html(infoD), sub="html", cte="base64"),
      cs_hdr="utf-8", auth=GA(), irt=47)

write(49, L("unrelated"), a("田中 由美", "y.tanaka@kohaku-sys.co.jp"), ME_P,
      "FW: AWS Partner Central: 認定情報の更新について",
      "Tue, 08 Jul 2025 05:12:00 +0000",
      leaf(f"""石川さん

ご無沙汰しています、田中です。
パートナーセントラルの管理者宛に下記の通知が届いていたので、念のため転送します。
石川さんの認定がKohaku Systemsのパートナープロファイルから外れた、という内容です。
こちらで対応は済んでいるので、特に返信は不要です。新天地でもがんばってください!

-----Original Message-----
From: AWS Partner Central <no-reply@partnercentral.awspartner.com>
Sent: Monday, July 7, 2025 6:00 PM
To: partner-admin@kohaku-sys.co.jp
Subject: AWS Partner Central: 認定情報の更新について

Kohaku Systems 管理者様

貴社に関連付けられていた以下のAWS認定が、個人の要望によりパートナーアカウントから関連付け解除されました。
・Ishikawa Rin - AWS Certified Solutions Architect - Associate

ご不明な点がございましたら、Partner Central のサポートへお問い合わせください。
""", cs="iso-2022-jp", cte="7bit"),
      cs_hdr="iso-2022-jp", auth=auth_gmail("kohaku-sys.co.jp", "y.tanaka@kohaku-sys.co.jp"))

write(50, L("unrelated"), a("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
      "Amazon Web Services 請求書のお知らせ(アカウント 384015527719)",
      "Wed, 09 Jul 2025 08:02:10 +0000",
      leaf(f"""AWS をご利用いただきありがとうございます。

2025年6月分のご請求書を発行しました。

アカウント ID: {ACCT}
請求金額: USD 4.72
お支払い予定日: 2025年7月10日

詳細は請求ダッシュボードでご確認ください。
ご請求内容についてのお問い合わせは、サポートセンターでケースを作成してください。本メールへの返信にはお答えできません。

アマゾン ウェブ サービス ジャパン合同会社
""", cte="quoted-printable"),
      cs_hdr="utf-8", auth=GA())

# ---------------------------------------------------------------- Case C: console support case
write(51, L("acknowledgement", False, KC), CONSOLE_FROM, ME_P,
      f"Amazon Web Services: New Support case: {KC}",
      "Wed, 09 Jul 2025 22:05:30 +0000",
      leaf(f"""Dear Amazon Web Services Customer,

We have received your request. Your case ID is {KC}.

Case ID: {KC}
Subject: Builder ID sign-in opens my old (deactivated) certification account
Severity: General guidance
Account: [AWS ID {ACCT}]
Correspondence: After my certification accounts were merged, signing in with my Builder ID
still lands on the deactivated account and shows no certifications.

An engineer will review the case and respond shortly.

{CONSOLE_FOOT}
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""", cte="quoted-printable"),
      auth=GA(), crlf=True)

infoC = f"""Hello,

Thank you for contacting AWS Premium Support. My name is Daniel and I'll be looking into this.

I reviewed the sign-in path for your Builder ID. The behaviour you describe normally happens
when the Builder ID is still linked to the source account of a merge: the link is kept on the
deactivated profile and the sign-in service follows it. Our certification team can move the link,
but they need to know which Builder ID is involved, and I can't see that from the support case.

Which email address does your Builder ID use, and roughly when did you create it? Add this as a
reply to the case in the Support Center, so it is attached to the case record.

Best regards,

Daniel K.
Amazon Web Services

{FEEDBACK}
{CONSOLE_FOOT}"""
write(52, L("info_request", True, KC), CONSOLE_FROM, ME_P,
      f"RE:[CASE {KC}] Builder ID sign-in opens my old (deactivated) certification account",
      "Fri, 11 Jul 2025 01:22:03 +0000", leaf(infoC, cte="quoted-printable"), auth=GA(), irt=51, crlf=True)

write(53, L("unrelated"), a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
      "Delivery Status Notification (Failure)",
      "Fri, 11 Jul 2025 01:40:59 -0700",
      multi("mixed", [
          leaf(f"""** Address not found **

Your message wasn't delivered to {CONSOLE} because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
""", cte="7bit"),
          ([("Content-Type", "message/rfc822")],
           (f"From: {ME_NAME} <{ME_P}>\nTo: {CONSOLE}\nSubject: Re: RE:[CASE {KC}] Builder ID sign-in opens my old (deactivated) certification account\n"
            "Date: Fri, 11 Jul 2025 17:40:51 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
            f"Hi Daniel, my Builder ID uses {ME_P}, created June 18 2025.\n").encode())]),
      auth="mx.google.com; dkim=pass header.i=@googlemail.com", crlf=True)

write(54, L("closing_notice", True, KD), a("AWS トレーニングと認定", FORM), ME_P, f"RE:[CASE {KD}] {SUBJ}",
      "Mon, 14 Jul 2025 01:10:27 +0000",
      leaf(f"""石川 凛 様

AWS トレーニングと認定の山口でございます。

7月8日にお送りしたご質問について、まだご返信を確認できておりません。
本日より5営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。
引き続きご対応を希望される場合は、このメールにそのままご返信ください。

山口
AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit"),
      cs_hdr="iso-2022-jp", auth=GA(), irt=48, refs=[47, 48])

write(55, L("user_reply", False, KD, [C_OLD]), a("石川 凛", ME_P), FORM, f"Re: RE:[CASE {KD}] {SUBJ}",
      "Mon, 14 Jul 2025 19:02:45 +0900",
      leaf(f"""山口様

ご連絡が遅くなり申し訳ありません。
バウチャーコードは「SAAX5...」で始まるもので、統合前の表示では有効期限が2025年11月30日でした。
旧アカウントの候補IDは {C_OLD} です。

よろしくお願いいたします。
石川

2025年7月14日(月) 10:10 AWS トレーニングと認定 <{FORM}>:

{quote("7月8日にお送りしたご質問について、まだご返信を確認できておりません。" + chr(10) + "本日より5営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。")}
"""),
      cs_hdr="utf-8", irt=54, refs=[47, 48, 54], msgid="<CAJx7n0V3cKd9GqPa@mail.gmail.com>")

write(56, L("closing_notice", True, KC), CONSOLE_FROM, ME_P,
      f"RE:[CASE {KC}] Builder ID sign-in opens my old (deactivated) certification account",
      "Tue, 15 Jul 2025 01:25:44 +0000",
      leaf(f"""Hello,

We haven't heard back from you regarding this case. It will be automatically resolved in 3 days
if we don't receive a response. Responding from the Support Center keeps it open; once a case
has been resolved for 14 days it can no longer be reopened.

Best regards,

Amazon Web Services

{FEEDBACK}
{CONSOLE_FOOT}"""),
      auth=GA(), irt=52, refs=[51, 52])

write(57, L("case_update", False, KD), a("AWS トレーニングと認定", FORM), ME_P, f"RE:[CASE {KD}] {SUBJ}",
      "Tue, 15 Jul 2025 04:48:02 +0000",
      multi("alternative", [
          leaf("""石川 凛 様

ご返信いただきありがとうございます。山口でございます。

いただいた情報をもとに、特典の移行について担当チームにて調査を進めております。
結果が出るまで2〜3営業日ほどお時間をいただく見込みです。進捗がございましたら改めてご連絡いたします。

なお、ご不明な点がございましたら、本メールへご返信いただければ幸いです。

山口
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"),
          leaf(html("<p>石川 凛 様</p><p>ご返信いただきありがとうございます。山口でございます。</p>"
                    "<p>いただいた情報をもとに、特典の移行について担当チームにて調査を進めております。結果が出るまで2〜3営業日ほどお時間をいただく見込みです。進捗がございましたら改めてご連絡いたします。</p>"
                    "<p>なお、ご不明な点がございましたら、本メールへご返信いただければ幸いです。</p><p>山口<br>AWS トレーニングと認定 カスタマーサービス</p>"),
               sub="html", cte="quoted-printable")]),
      cs_hdr="utf-8", auth=GA(), irt=55, refs=[47, 48, 54, 55])

write(58, L("case_update", False, KC), CONSOLE_FROM, ME_P,
      f"RE:[CASE {KC}] Builder ID sign-in opens my old (deactivated) certification account",
      "Wed, 16 Jul 2025 02:14:19 +0000",
      leaf(f"""Hello,

Thank you for adding the Builder ID details in the Support Center, that's exactly what was
needed. I have passed the case to the Training and Certification team together with your
details. They normally act on this type of request within two business days, and I will keep
the case open and post their answer here.

Best regards,

Daniel K.
Amazon Web Services

{FEEDBACK}
{CONSOLE_FOOT}""", cte="quoted-printable"),
      auth=GA(), irt=56, refs=[51, 52, 56], crlf=True)

infoD2 = """石川 凛 様

山口でございます。お待たせいたしました。

担当チームの調査の結果、統合時に旧アカウントのバウチャーが移行されていなかったことが判明しました。
大変申し訳ございません。本日、同等の50%割引バウチャーを統合先アカウントに再発行いたしました。

お手数ですが、特典ページに新しいバウチャーが表示されているかご確認いただき、結果をこのメールへの返信でお知らせください。
表示を確認でき次第、本ケースをクローズいたします。

山口
AWS トレーニングと認定 カスタマーサービス
"""
write(59, L("info_request", True, KD), a("AWS トレーニングと認定", FORM), ME_P, f"RE:[CASE {KD}] {SUBJ}",
      "Thu, 17 Jul 2025 06:30:55 +0000", leaf(infoD2, cs="iso-2022-jp", cte="7bit"),
      cs_hdr="iso-2022-jp", auth=GA(), irt=57, refs=[47, 48, 54, 55, 57])

write(60, L("user_reply", False, KD), a("石川 凛", ME_P), FORM, f"Re: RE:[CASE {KD}] {SUBJ}",
      "Thu, 17 Jul 2025 20:11:03 +0900",
      leaf(f"""山口様

特典ページに50%割引バウチャーが表示されていることを確認しました。
迅速にご対応いただき、ありがとうございました。

石川

2025年7月17日(木) 15:30 AWS トレーニングと認定 <{FORM}>:
{quote(infoD2)}
""", cs="iso-2022-jp", cte="7bit"),
      cs_hdr="iso-2022-jp", irt=59, refs=[47, 48, 54, 55, 57, 59], msgid="<CAJx7n0WbN5hLr2Tc@mail.gmail.com>")

write(61, L("resolved", False, KD), a("AWS トレーニングと認定", FORM), ME_P, f"RE:[CASE {KD}] {SUBJ}",
      "Fri, 18 Jul 2025 00:45:37 +0000",
      leaf(f"""石川 凛 様

ご確認いただきありがとうございます。
バウチャーが正しく表示されたとのことで、安心いたしました。本件はこれにて解決済みとしてクローズいたします。
お客様に追加でご対応いただくことはございません。

また何かございましたら、お気軽にお問い合わせください。

山口
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
{quote(infoD2)}
""", cte="base64"),
      cs_hdr="utf-8", auth=GA(), irt=60, refs=[47, 48, 54, 55, 57, 59, 60])

write(62, L("survey", False, KD), a("AWS トレーニングと認定", "aws-training-survey@amazon.com"), ME_P,
      f"サポートに関するアンケートのお願い(ケース {KD})",
      "Sat, 19 Jul 2025 01:00:00 +0000",
      leaf(html(f"<p>お客様</p><p>先日はAWS トレーニングと認定にお問い合わせいただき、ありがとうございました(ケース {KD})。</p>"
                "<p>サービス向上のため、1分程度のアンケートへのご協力をお願いいたします。</p>"
                f"<p><a href=\"https://survey.aws/r/tc?c={KD}&amp;lang=ja\">アンケートに回答する</a></p>"
                "<p style=\"font-size:11px\">本メールは送信専用です。</p>"), sub="html", cte="base64"),
      cs_hdr="utf-8", auth=GA())

write(63, L("resolved", False, KC), CONSOLE_FROM, ME_P,
      f"RE:[CASE {KC}] Builder ID sign-in opens my old (deactivated) certification account",
      "Sat, 19 Jul 2025 03:02:11 +0000",
      leaf(f"""Hello,

The Training and Certification team has moved your Builder ID link to the merged account.
Signing in now opens the account that holds your certifications; I tested the lookup on our
side and it resolves correctly. I am resolving this case.

Should the problem come back, you can reopen this case from the Support Center within 14 days.

Best regards,

Daniel K.
Amazon Web Services

{FEEDBACK}
{CONSOLE_FOOT}""", cte="quoted-printable"),
      auth=GA(), irt=58, refs=[51, 52, 56, 58], crlf=True)

write(64, L("suspicious"), a("AWS認定サポート", "support@aws-certification-jp.com"), ME_P,
      "【重要】AWS認定アカウント統合の最終確認のお願い",
      "Tue, 22 Jul 2025 10:44:12 +0000",
      leaf("""AWS認定をご利用のお客様

アカウント統合処理の過程で、お客様の認定情報に不整合が検出されました。
72時間以内に下記リンクよりログインし、本人確認を完了してください。
期限までに確認が取れない場合、保有資格はすべて失効となります。

https://aws-certification-jp.com/login?id=verify

AWS トレーニングと認定
""", cs="shift_jis", cte="8bit"),
      cs_hdr="iso-2022-jp", auth=auth_gmail("aws-certification-jp.com", "support@aws-certification-jp.com"))

write(65, L("certification", False, None, [C_NEW]), a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
      "AWS Certification wants to hear from you",
      "Tue, 05 Aug 2025 16:00:00 +0000",
      leaf(html(f"<p>Hello Rin,</p><p>As an AWS Certified individual (Candidate ID {C_NEW}), you're invited to help shape our exams by "
                "joining a short survey about the certification program.</p><p><a href=\"https://www.certmetrics.com/amazon/survey\">Take the survey</a></p>"
                "<p>Participation is voluntary.</p>"), sub="html", cte="quoted-printable"),
      auth=GA() .replace("amazon.com", "certmetrics.com"))

write(66, L("unrelated"), a("AWS re:Post", "no-reply@repost.aws"), ME_P,
      "Your question on AWS re:Post has an accepted answer",
      "Wed, 20 Aug 2025 07:12:40 +0000",
      leaf("""Hi Rin,

Your question "Certification benefits missing after account merge?" received an answer that
was marked as accepted.

View the answer: https://repost.aws/questions/QU8vN2kR3aTpqxq1bXzY4Lfg

You're receiving this because you follow this question.
"""),
      auth=auth_gmail("repost.aws", "no-reply@repost.aws"))

write(67, L("certification", False, None, [C_NEW]), a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
      "Your AWS Certification expires in 90 days",
      "Mon, 01 Sep 2025 00:00:00 +0000",
      leaf(f"""Hello Rin,

Your AWS Certified Solutions Architect - Associate certification expires on 2025-11-30.
Candidate ID: {C_NEW}

To keep it active, pass the current version of the exam (or a higher-level exam) before the
expiration date. You can use the 50% discount benefit in your account.

AWS Training and Certification
""", cte="quoted-printable"),
      auth=auth_gmail("certmetrics.com", "bounces@certmetrics.com"))

# ---------------------------------------------------------------- Case E: exam missing from history
write(68, L("acknowledgement", False, KE), FORM_FROM, ME_P, f"RE: [CASE {KE}] {SUBJ}",
      "Mon, 15 Sep 2025 02:12:40 +0000",
      multi("alternative", [
          leaf(f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {KE} to address your issue.

The details of your case are as follows:

Case ID: {KE}
Subject: account-assistance
Correspondence: My SAP-C02 exam from August 23 does not appear in my exam history.

You can expect to hear from us within 24 hours. If you have anything to add in the meantime,
reply to this email. Please do not create a new case for the same question.

Sincerely,
AWS Training and Certification
""", cte="quoted-printable"),
          leaf(html(f"<p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>{KE}</b> to address your issue.</p>"
                    f"<p>The details of your case are as follows:</p><table><tr><td>Case ID</td><td>{KE}</td></tr><tr><td>Subject</td><td>account-assistance</td></tr></table>"
                    "<p>You can expect to hear from us within 24 hours. If you have anything to add in the meantime, reply to this email. Please do not create a new case for the same question.</p>"),
               sub="html", cte="quoted-printable")]),
      auth=GA())

infoE = html(f"""<div>Hi Rin,</div><br>
<div>I checked the exam records linked to your account:</div>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eee"><th>Exam</th><th>Date</th><th>Status</th></tr>
<tr><td>SAA-C02</td><td>2021-05-08</td><td>Pass</td></tr>
<tr><td>SAA-C03</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><td>SAP-C02</td><td>not found</td><td>&mdash;</td></tr>
</table><br>
<div>There's no SAP-C02 delivery under candidate ID {C_NEW}. Sometimes the test vendor files a result under an older profile.
Did you sit the exam at a test center or online, and which name and email did you use when booking it?</div><br>
<div>Aiko<br>AWS Training and Certification</div>""")
write(69, L("info_request", True, KE, [C_NEW]), FORM_FROM, ME_P, f"RE: [CASE {KE}] {SUBJ}",
      "Tue, 16 Sep 2025 00:20:08 +0000", leaf(infoE, sub="html", cte="quoted-printable"), auth=GA(), irt=68)

write(70, L("user_reply", False, KE), ME_P_A, FORM, f"Re: RE: [CASE {KE}] {SUBJ}",
      "Tue, 16 Sep 2025 10:05:51 +0900",
      leaf(f"""Hi Aiko,

Online (OnVUE), booked with the name Rin Ishikawa and {ME_P}.

Rin

On Tue, Sep 16, 2025 at 9:20 AM AWS Training and Certification <{FORM}> wrote:
> Hi Rin,
> I checked the exam records linked to your account:
> Exam | Date | Status
> SAA-C02 | 2021-05-08 | Pass
> SAP-C02 | not found | -
> Did you sit the exam at a test center or online, and which name and email did you use when booking it?
"""),
      irt=69, refs=[68, 69], msgid="<CAJx7n0XkP7mTe4Hw@mail.gmail.com>")

write(71, L("on_hold", False, KE), FORM_FROM, ME_P, f"RE: [CASE {KE}] {SUBJ}",
      "Wed, 17 Sep 2025 03:44:26 +0000",
      leaf("""Hi Rin,

Thanks. I've asked Pearson VUE to trace the delivery record and re-send the score to us. While
we wait for them, the case is on hold on our side; vendor traces usually take 2-4 business days.
I'll update you as soon as they reply.

Aiko
AWS Training and Certification
"""),
      auth=GA(), irt=70, refs=[68, 69, 70])

write(72, L("on_hold", True, KE), FORM_FROM, ME_P, f"RE: [CASE {KE}] {SUBJ}",
      "Fri, 19 Sep 2025 01:09:15 +0000",
      leaf("""Hi Rin,

Quick update: Pearson VUE has started the trace but hasn't finished yet, so the case remains
on hold with them.

They did say it would go faster with the registration ID from your booking confirmation (a
nine-digit number). If you still have that email, send it over and I'll forward it to them.

Aiko
AWS Training and Certification
""", cte="quoted-printable"),
      auth=GA(), irt=71, refs=[68, 69, 70, 71])

write(73, L("suspicious"), a("AWS Certification", "do-not-reply@certmetrics-aws.com"), ME_P,
      "Your exam result could not be recorded - action needed",
      "Fri, 19 Sep 2025 06:55:00 +0000",
      leaf(html("<p>Dear candidate,</p><p>We were unable to record your recent exam result. To avoid having to retake the exam, "
                "confirm your candidate profile and payment details within 24 hours.</p>"
                "<p><a href=\"https://certmetrics-aws.com/candidate/confirm\">Confirm now</a></p><p>AWS Certification</p>"),
           sub="html", cte="base64"),
      auth=auth_gmail("certmetrics-aws.com", "do-not-reply@certmetrics-aws.com"))

write(74, L("user_reply", False, KE), ME_P_A, FORM, f"RE: [CASE {KE}] {SUBJ}",
      "Fri, 19 Sep 2025 19:30:12 +0900",
      leaf(f"""Hi Aiko,

Found it - the registration ID is 482615093 (exam on Aug 23, 2025, 13:00 JST, OnVUE).

Rin

On Fri, Sep 19, 2025 at 10:09 AM AWS Training and Certification <{FORM}> wrote:
> They did say it would go faster with the registration ID from your booking confirmation (a
> nine-digit number). If you still have that email, send it over and I'll forward it to them.
"""),
      irt=72, refs=[68, 69, 70, 71, 72], msgid="<CAJx7n0YqR1sVa6Jd@mail.gmail.com>")

write(75, L("resolved", False, KE), FORM_FROM, ME_P, f"RE: [CASE {KE}] {SUBJ}",
      "Wed, 24 Sep 2025 04:17:39 +0000",
      multi("alternative", [
          leaf(f"""Hi Rin,

Pearson VUE located the delivery (registration 482615093) and re-sent the score. Your SAP-C02
pass now shows in your exam history, and the certification is active on your account. No further
action is required; your Credly badge should follow shortly.

Aiko
AWS Training and Certification

> Hi Rin,
> Quick update: Pearson VUE has started the trace but hasn't finished yet, so the case remains
> on hold with them.
> They did say it would go faster with the registration ID from your booking confirmation (a
> nine-digit number). If you still have that email, send it over and I'll forward it to them.
""", cte="quoted-printable"),
          leaf(html("<p>Hi Rin,</p><p>Pearson VUE located the delivery (registration 482615093) and re-sent the score. Your SAP-C02 pass now shows in your exam history, and the certification is active on your account. No further action is required; your Credly badge should follow shortly.</p>"
                    "<p>Aiko<br>AWS Training and Certification</p><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">Quick update: Pearson VUE has started the trace but hasn't finished yet, so the case remains on hold with them. "
                    "They did say it would go faster with the registration ID from your booking confirmation (a nine-digit number). If you still have that email, send it over and I'll forward it to them.</blockquote>"),
               sub="html", cte="quoted-printable")]),
      auth=GA(), irt=74, refs=[68, 69, 70, 71, 72, 74])

write(76, L("certification", False, None, [C_NEW]), a("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
      "Congratulations on recertifying your AWS Certification!",
      "Wed, 24 Sep 2025 05:02:00 +0000",
      leaf(f"""Hello Rin,

By earning AWS Certified Solutions Architect - Professional you have also recertified
AWS Certified Solutions Architect - Associate. Its new expiration date is 2028-08-23.

Candidate ID: {C_NEW}

AWS Training and Certification
""", cte="7bit"),
      auth=auth_gmail("certmetrics.com", "bounces@certmetrics.com"), crlf=True)

write(77, L("unrelated"), a("JetBrains Support", "support@jetbrains.com"), ME_P,
      "Re: [JB-1049382] License transfer after leaving company",
      "Thu, 25 Sep 2025 08:15:47 +0000",
      leaf("""Hello Rin,

Thank you for the details. To move the license from your former employer's organization to
your personal JetBrains Account, we need written consent from the organization admin. Could you
ask them to email us at sales@jetbrains.com referencing this ticket? Please reply to this email
once they have done so.

Best regards,
Olga
JetBrains Sales Support
"""),
      auth=auth_gmail("jetbrains.com", "support@jetbrains.com"))

print("done")
