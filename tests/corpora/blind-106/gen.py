#!/usr/bin/env python3
"""Generate the blind-106 corpus (.eml + .json) into the directory this script lives in.
Standard library only."""
import base64
import json
import os
import quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.mori.works@gmail.com"
ME_C = "h-mori@kisaragi-sys.co.jp"
ME_NAME = "Haruka Mori"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_C = "13498702155"       # 2023, 11 digits
CASE_A = "174106452300731"   # 2025, 15 digits, main APN thread
CASE_D = "174106511800266"   # 2025, 15 digits, duplicate form
CASE_B = "174295174200583"   # 2025, 15 digits, Japanese thread
CASE_E = "6613082745"        # console case, 10 digits

SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "cp932"}

MSGIDS = {}


def h(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode()


def a(name, email, cs="utf-8"):
    return "%s <%s>" % (h(name, cs), email)


def leaf(body, subtype="plain", cs="utf-8", cte="8bit"):
    raw = body.encode(CODEC[cs])
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    head = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (
        subtype, cs.upper() if cs != "utf-8" else "UTF-8", cte)
    return head.encode() + b"\n" + enc


def multi(parts, sub="alternative", boundary="b1"):
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)).encode()
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def auth_google(dom="amazon.com", ok=True, mailfrom=None):
    mf = mailfrom or ("0100018e-%s@email.amazonses.com" % dom.replace(".", "-"))
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qm3xT0aB;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.8.97 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (dom, mf, mf, dom)
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=sel1 header.b=Zz9k1LpQ;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.222.58.14 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s") % (dom, mf, mf, dom)


def auth_ms(dom="amazon.com", ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.19) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100") % (dom, dom)
    return ("spf=fail (sender IP is 45.137.21.9) smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000") % (dom, dom)


def write(n, frm, to, subj, date, body, label, auth=None, reply_to=None, crlf=False,
          extra=None, cs="utf-8", received=True):
    mid = "<%03d.%s@%s>" % (n, date.split(",")[1].strip().replace(" ", "").replace(":", "")[:14],
                            "email.amazonses.com" if "amazon" in frm else "mail.gmail.com")
    MSGIDS[n] = mid
    hs = []
    if received:
        host = "mx.google.com" if (ME_P in to) else "TYCP286MB2011.JPNP286.PROD.OUTLOOK.COM"
        dom = frm.rsplit("@", 1)[1].rstrip(">")
        src = "a8-97.smtp-out.amazonses.com" if dom.endswith("amazon.com") else "mail-out.%s" % dom
        hs.append(("Received", "from %s (%s. [54.240.8.97])\n"
                   "        by %s with ESMTPS; %s" % (src, src, host, date)))
    if auth:
        hs.append(("Authentication-Results", auth))
    hs += [("From", frm), ("To", to), ("Subject", h(subj, cs)), ("Date", date), ("Message-ID", mid)]
    if reply_to is not None:
        refs = reply_to if isinstance(reply_to, list) else [reply_to]
        hs.append(("In-Reply-To", MSGIDS[refs[-1]]))
        hs.append(("References", " ".join(MSGIDS[r] for r in refs)))
    for k, v in (extra or []):
        hs.append((k, v))
    hs.append(("MIME-Version", "1.0"))
    raw = "".join("%s: %s\n" % kv for kv in hs).encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-mail" % n
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw)
    kind, nr, case, cids = label
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f,
                  ensure_ascii=False)
        f.write("\n")


def L(kind, nr=False, case=None, cids=None):
    return (kind, nr, case, cids or [])


def html_wrap(inner):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + inner + "\n</body></html>\n")


# ---------------------------------------------------------------- 2023: case C (company address)

write(1, "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_C,
      "Confirmation of your AWS Certification exam appointment",
      "Sat, 10 Jun 2023 02:14:09 +0000",
      leaf("""Dear Haruka Mori,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Registration ID: 412098337
Date: Saturday, June 17, 2023, 10:00 AM JST
Location: Online (OnVUE)

Please complete a system test on the computer you will use at least 24 hours before
your appointment. If you need to reschedule, do so no later than 24 hours before the
appointment time through your certification account.

Pearson VUE
"""),
      L("unrelated"), auth=auth_ms("pearson.com"))

write(2, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
      "Congratulations, you are now AWS Certified!",
      "Mon, 19 Jun 2023 08:40:51 +0000",
      multi([leaf("""Hello Haruka,

Congratulations! You have successfully earned AWS Certified Solutions Architect - Associate.

Candidate ID: AWS01938274
Validation number: 7QK2ZL1D9E4Q1VWR
Expiration date: Jun 17, 2026

Your digital badge will be issued by Credly within a few days. Sign in to your
AWS Certification Account to download your certificate.

AWS Training and Certification
"""), leaf(html_wrap("""<p>Hello Haruka,</p><p>Congratulations! You have successfully earned <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table><tr><td>Candidate ID</td><td>AWS01938274</td></tr><tr><td>Validation number</td><td>7QK2ZL1D9E4Q1VWR</td></tr>
<tr><td>Expiration date</td><td>Jun 17, 2026</td></tr></table>
<p>Your digital badge will be issued by Credly within a few days.</p>"""), "html")], boundary="cm-2"),
      L("certification", cids=["AWS01938274"]), auth=auth_ms("certmetrics.com"))

write(3, "Kenta Ishida <notifications@github.com>", ME_C,
      "Re: [kisaragi-sys/infra-modules] Merge account baseline for sandbox OUs (PR #212)",
      "Wed, 21 Jun 2023 05:02:33 +0000",
      leaf("""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kisaragi-sys/infra-modules/pull/212#event-9583320017
You are receiving this because you were mentioned.
"""),
      L("unrelated"), auth=auth_ms("github.com"))

write(4, TC_FROM, ME_C, "[CASE %s] %s" % (CASE_C, SUBJ),
      "Thu, 22 Jun 2023 01:33:07 +0000",
      leaf("""Hello,

Thanks for reaching out to AWS Training and Certification. Your message has been logged
as case %s, and one of our specialists will pick it up - usually within one business day.

Opening a second request for the same issue tends to slow things down, so we'd ask you to
keep everything on this case.

Case summary:
  Subject: account-assistance
  Category: Certification / Account Merge
  Description: I seem to have two certification profiles and my Credly badges stopped
  showing up. Both use this email address. Please combine them.

Kind regards,
AWS Training and Certification Customer Support
""" % CASE_C),
      L("acknowledgement", case=CASE_C), auth=auth_ms())

write(5, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_C, SUBJ),
      "Fri, 23 Jun 2023 06:18:44 +0000",
      leaf(html_wrap("""<p>Hi Haruka,</p>
<p>I'm Marisol and I'll be looking after your case. I searched our records with the address you gave and found
two certification profiles under your name:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS01938274</td><td>AWS07725310</td></tr>
<tr><td>Login email</td><td>h-mori@kisaragi-sys.co.jp</td><td>h-mori@kisaragi-sys.co.jp (APN SSO)</td></tr>
<tr><td>Training notification email</td><td>h-mori@kisaragi-sys.co.jp</td><td>-</td></tr>
<tr><td>Certification notification email</td><td>h-mori@kisaragi-sys.co.jp</td><td>h-mori@kisaragi-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>SAA-C03</td><td>CLF-C01 (expired)</td></tr>
</table>
<p>Once combined, only one of them stays. Which one should that be &mdash; #1 or #2?</p>
<p>Best,<br>Marisol R.<br>AWS Training and Certification Customer Support</p>""") , "html"),
      L("confirmation_request", True, CASE_C, ["AWS01938274", "AWS07725310"]), auth=auth_ms())

write(6, "Amazon Web Services <aws-billing@amazon.com>", ME_C,
      "Amazon Web Services Billing Statement Available [Account: 402918377465]",
      "Mon, 03 Jul 2023 03:00:12 +0000",
      leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $18.42

Account ID: 402918377465

You can see a complete break down of all charges on the Billing & Cost Management page.
Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc. and affiliates.
"""),
      L("unrelated"), auth=auth_ms())

write(7, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_C, SUBJ),
      "Tue, 04 Jul 2023 07:02:19 +0000",
      leaf("""Hi Haruka,

Just circling back on my note from the 23rd - I still don't know which profile you'd like
to survive the merge: AWS01938274 (your SAA-C03 profile) or AWS07725310 (the older
partner-SSO one).

If I haven't heard from you by 10 July I'll take it the request isn't needed any more and
close it off on my side. A one-line answer on this thread is enough to keep it going.

Best,
Marisol R.
AWS Training and Certification Customer Support
"""),
      L("closing_notice", True, CASE_C, ["AWS01938274", "AWS07725310"]), auth=auth_ms(), reply_to=5)

write(8, a(ME_NAME, ME_C), TC_FROM, "RE: [CASE %s] %s" % (CASE_C, SUBJ),
      "Wed, 05 Jul 2023 00:21:56 +0000",
      leaf("""Hi Marisol,

Sorry for the slow answer. Please keep Account #1 (AWS01938274) and fold #2 into it.

Thanks,
Haruka Mori

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, July 4, 2023 4:02 PM
To: Haruka Mori <h-mori@kisaragi-sys.co.jp>
Subject: RE:[CASE 13498702155] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

Just circling back on my note from the 23rd - I still don't know which profile you'd like
to survive the merge: AWS01938274 (your SAA-C03 profile) or AWS07725310 (the older
partner-SSO one).

If I haven't heard from you by 10 July I'll take it the request isn't needed any more and
close it off on my side.
"""),
      L("user_reply", False, CASE_C, ["AWS01938274"]), reply_to=[5, 7], crlf=True,
      extra=[("X-Mailer", "Microsoft Outlook 16.0")], received=False)

write(9, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_C, SUBJ),
      "Wed, 05 Jul 2023 04:47:30 +0000",
      leaf("""Hi Haruka,

Thanks - Account #2 has been merged into Account #1 and your exam history now sits on a
single profile.

While checking the two records I noticed they carry different legal names: "Haruka Mori"
on #1 and "Mori Haruka" on #2. The merged profile currently shows the first spelling.
Certificates are printed with whatever is stored there, and it has to match the ID you
present at the test centre - so before I finish up I need you to tell me which spelling is
on your passport.

Best,
Marisol R.
AWS Training and Certification Customer Support
"""),
      L("info_request", True, CASE_C), auth=auth_ms(), reply_to=[5, 7, 8])

write(10, a(ME_NAME, ME_C), TC_FROM, "RE: [CASE %s] %s" % (CASE_C, SUBJ),
      "Wed, 05 Jul 2023 06:10:02 +0000",
      leaf("""Hi Marisol,

My passport says HARUKA MORI (given name first), so the current one is right.

Haruka

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, July 5, 2023 1:47 PM
Subject: RE:[CASE 13498702155] [AWS Training and Certification Form Submission] - account-assistance

Thanks - Account #2 has been merged into Account #1 ...
"""),
      L("user_reply", False, CASE_C), reply_to=[5, 7, 8, 9], crlf=True, received=False)

write(11, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_C, SUBJ),
      "Thu, 06 Jul 2023 01:15:48 +0000",
      leaf("""Hi Haruka,

Perfect, I've left the name as "Haruka Mori". Your request is complete: one profile
(AWS01938274) holding both exam histories, and Credly should pick up your badges within a
day or two.

Is there anything else I can help you with today? If not, no need to write back - I'll
mark the case resolved.

Best,
Marisol R.
AWS Training and Certification Customer Support

> From: Haruka Mori
> My passport says HARUKA MORI (given name first), so the current one is right.
>
> From: AWS Training and Certification
> While checking the two records I noticed they carry different legal names ...
> so before I finish up I need you to tell me which spelling is on your passport.
>
> From: AWS Training and Certification
> Which one should that be - #1 (AWS01938274) or #2 (AWS07725310)?
"""),
      L("resolved", False, CASE_C, ["AWS01938274"]), auth=auth_ms(), reply_to=[5, 7, 8, 9, 10])

write(12, TC_FROM, ME_C, "How did we do? Your AWS Training and Certification case %s" % CASE_C,
      "Fri, 07 Jul 2023 02:00:00 +0000",
      leaf(html_wrap("""<p>Hello,</p><p>Your recent case with AWS Training and Certification (Case ID: %s) has been resolved.
We'd love to know how it went.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://survey.aws-tc.example/r?c=%s&s=1">1</a></td><td><a href="https://survey.aws-tc.example/r?c=%s&s=2">2</a></td>
<td><a href="https://survey.aws-tc.example/r?c=%s&s=3">3</a></td><td><a href="https://survey.aws-tc.example/r?c=%s&s=4">4</a></td>
<td><a href="https://survey.aws-tc.example/r?c=%s&s=5">5</a></td></tr></table>
<p>The survey takes about a minute.</p>""" % ((CASE_C,) * 6)), "html", cte="quoted-printable"),
      L("survey", False, CASE_C), auth=auth_ms())

write(13, "Credly <admin@credly.com>", ME_C,
      "Amazon Web Services Training and Certification sent you a new badge",
      "Fri, 07 Jul 2023 09:31:10 +0000",
      multi([leaf("""Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.credly.com/badges/5c0f8d1e-7a3b-4e1d-9a55-0c2f6e1b9d73/accept

Badge ID 5c0f8d1e-7a3b-4e1d-9a55-0c2f6e1b9d73
"""), leaf(html_wrap("<h2>Haruka, you've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you the "
                       "<b>AWS Certified Solutions Architect - Associate</b> badge.</p><p><a href=\"https://www.credly.com/badges/5c0f8d1e-7a3b-4e1d-9a55-0c2f6e1b9d73/accept\">Accept badge</a></p>"), "html")],
            boundary="credly-13"),
      L("badge"), auth=auth_ms("credly.com"))

write(14, "AWS Events <aws-marketing-email-replies@amazon.com>", ME_C,
      "Registration is open: AWS Summit Tokyo - reply to save your seat",
      "Tue, 12 Sep 2023 23:05:00 +0000",
      leaf(html_wrap("""<h1>AWS Summit Tokyo</h1><p>Two days, 150+ sessions. Seats for the hands-on workshops go quickly.</p>
<p>Reply to this email with &quot;YES&quot; and we'll hold a workshop seat for you for 48 hours, or register now.</p>
<p><a href="https://aws.amazon.com/events/summits/tokyo/">Register</a></p>
<p style="font-size:11px">To unsubscribe, click here. Amazon Web Services, Inc. 410 Terry Ave N, Seattle WA 98109</p>"""), "html"),
      L("unrelated"), auth=auth_ms())

# ---------------------------------------------------------------- 2025

write(15, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
      "AWS Certification wants to hear from you",
      "Thu, 20 Feb 2025 16:00:03 +0000",
      leaf("""Hello Haruka,

As an AWS Certified individual, your opinion shapes what we build next. We're asking a
small group of certification holders to answer 12 questions about exam preparation and
the certification benefits they use.

Take the survey: https://www.certmetrics.com/amazon/survey/2025q1

It should take under 10 minutes and closes on March 7.

Thank you,
AWS Certification
"""),
      L("certification"), auth=auth_ms("certmetrics.com"))

write(16, "AWS <no-reply@signin.aws>", ME_P,
      "Verify your AWS Builder ID email address",
      "Thu, 27 Feb 2025 11:48:20 +0000",
      leaf("""Hello,

Thank you for creating an AWS Builder ID. Enter the following verification code to
confirm your email address:

Verification code: 482913

This code expires 10 minutes after it was sent. If you didn't request it, you can ignore
this message.

Amazon Web Services
"""),
      L("unrelated"), auth=auth_google("signin.aws"))

write(17, a("AWS Skill Builder", "no-reply@aws.training"), ME_P,
      "AWS Skill Builder へようこそ",
      "Thu, 27 Feb 2025 11:55:41 +0000",
      leaf("""森 遥 様

AWS Skill Builder にご登録いただきありがとうございます。
600 以上の無料デジタルコースで学習を始めましょう。

・学習プランを選ぶ
・認定試験の準備をする
・ゲーム形式のラボに挑戦する

ご不明な点がございましたら、ヘルプセンターをご覧ください。
本メールは送信専用アドレスから送信されています。

Amazon Web Services
""", cte="base64"),
      L("unrelated"), auth=auth_google("aws.training"))

write(18, TC_FROM, ME_P, "[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 04 Mar 2025 05:02:09 +0000",
      multi([leaf("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for your
request. A member of the AWS Training and Certification team will respond by email,
typically within 24 hours.

To help us respond quickly, please avoid submitting a new request for this same issue.
If you have more details to add, you can reply to this email.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
I am leaving Kisaragi Systems at the end of March. I would like to merge my certification
account that uses h-mori@kisaragi-sys.co.jp into my personal account
(haruka.mori.works@gmail.com). Please keep the personal account.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A)),
             leaf(html_wrap("""<p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> for your request.
A member of the AWS Training and Certification team will respond by email, typically within 24 hours.</p>
<p>To help us respond quickly, please avoid submitting a new request for this same issue. If you have more details to add, you can reply to this email.</p>
<table border="0"><tr><td>Case ID</td><td>%s</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Account Merge</td></tr></table>""" % (CASE_A, CASE_A)), "html")],
            boundary="ack-18"),
      L("acknowledgement", False, CASE_A), auth=auth_google(), crlf=True)

write(19, a("AWS トレーニングと認定", TC), ME_C, "[CASE %s] %s" % (CASE_D, SUBJ),
      "Tue, 04 Mar 2025 05:12:03 +0000",
      leaf("""お問い合わせありがとうございます。

ケース %s として受け付けました。担当者より、原則として1営業日以内にメールでご連絡いたします。

ご依頼内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社のアドレスの認定アカウントを個人アカウントへ統合したいです。

同じご依頼について重ねてケースを作成されますと、対応にお時間をいただく場合がございます。
補足事項がございましたら、このメールにご返信ください。

Amazon Web Services
""" % CASE_D, cte="base64"),
      L("acknowledgement", False, CASE_D), auth=auth_ms())

write(20, a("小川 智也", "t-ogawa@kisaragi-sys.co.jp"), ME_C,
      "自動応答: 引き継ぎ資料の件",
      "Tue, 04 Mar 2025 06:30:00 +0000",
      leaf("""お疲れさまです。小川です。

3月4日〜3月7日は出張のため、メールの確認が遅れます。
お急ぎの場合は、インフラチームの共有アドレス infra@kisaragi-sys.co.jp までご連絡ください。

※本メールは自動送信です。
""", cs="iso-2022-jp", cte="7bit"),
      L("unrelated"), auth=auth_ms("kisaragi-sys.co.jp"), cs="iso-2022-jp",
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

write(21, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Wed, 05 Mar 2025 02:41:27 +0000",
      multi([leaf("""Hi Haruka,

Thanks for your patience. When I pulled up the older profile (h-mori@kisaragi-sys.co.jp)
I saw that it is still associated with a partner organization on our side. Profiles in
that state have to go past our partner operations colleagues before anything can be moved
off them, so I've passed your request across to them this morning.

There is nothing you need to do right now. I'll come back to you as soon as they've
had a look.

Regards,
Devansh
AWS Training and Certification
"""), leaf(html_wrap("""<p>Hi Haruka,</p><p>Thanks for your patience. When I pulled up the older profile (h-mori@kisaragi-sys.co.jp)
I saw that it is still associated with a partner organization on our side. Profiles in that state have to go past our partner operations
colleagues before anything can be moved off them, so I've passed your request across to them this morning.</p>
<p>There is nothing you need to do right now. I'll come back to you as soon as they've had a look.</p><p>Regards,<br>Devansh<br>AWS Training and Certification</p>"""), "html")],
            boundary="a21"),
      L("on_hold", False, CASE_A), auth=auth_google(), reply_to=18)

write(22, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_D, SUBJ),
      "Wed, 05 Mar 2025 03:05:50 +0000",
      leaf("""Hello,

This request matches case %s, which you opened a few minutes earlier
from your personal address and which my colleague is already working on (it is currently
with our partner team because of the Kisaragi Systems partner association).

To keep everything in one place I have closed this duplicate. No further action is required
on this case; any updates will arrive on case %s.

Kind regards,
Sakura N.
AWS Training and Certification
""" % (CASE_A, CASE_A)),
      L("case_update", False, CASE_D), auth=auth_ms(), reply_to=19)

write(23, "Jira <jira@kisaragi-sys.atlassian.net>", ME_C,
      "[JIRA] (INF-2231) Please confirm: merge staging accounts into the shared org",
      "Thu, 06 Mar 2025 01:12:44 +0000",
      leaf(html_wrap("""<p><b>Kenta Ishida</b> mentioned you on <a href="https://kisaragi-sys.atlassian.net/browse/INF-2231">INF-2231</a></p>
<blockquote>@Haruka Mori could you confirm which of the two AWS accounts (402918377465 / 771203948812) we keep before you leave? Please reply on the ticket.</blockquote>
<p>Status: In Progress &middot; Assignee: Haruka Mori</p>"""), "html"),
      L("unrelated"), auth=auth_ms("atlassian.net"))

write(24, "AWS Certification Support <support@aws-certification-merge.com>", ME_P,
      "RE:[CASE %s] Action required: verify both accounts before merge" % CASE_A,
      "Thu, 06 Mar 2025 09:44:02 +0000",
      leaf(html_wrap("""<p>Dear Customer,</p>
<p>Your account merge request (case %s) is on hold. To release it, we need you to verify ownership of both certification accounts within 24 hours.</p>
<p><a href="https://aws-certification-merge.com/verify?c=%s">Verify accounts now</a></p>
<p>Failure to verify will result in permanent loss of your certification history.</p>
<p>AWS Training &amp; Certification</p>""" % (CASE_A, CASE_A)), "html"),
      L("suspicious"), auth=auth_google("aws-certification-merge.com"))

write(25, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Fri, 07 Mar 2025 08:20:15 +0000",
      leaf("""Hi Haruka,

A short update: partner operations have your request in their queue. Reviews of this
kind usually take three to five business days. I'll keep an eye on it and write again once
they respond.

Regards,
Devansh
AWS Training and Certification
"""),
      L("case_update", False, CASE_A), auth=auth_google(), reply_to=[18, 21])

write(26, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Mon, 10 Mar 2025 04:58:39 +0000",
      leaf("""Hello Haruka,

I'm Aoife, taking over from Devansh while he's out.

Partner operations came back to us. Your older profile is still active under Kisaragi
Systems in AWS Partner Central, and as long as someone is listed as working for a partner
company, their certifications count toward that company's partner tier - which is why we
can't lift them out of the partner account on our own. Once a person has moved on, the
transfer is routine.

So the one thing we're missing is where you stand with Kisaragi: are you still employed
there, or has that ended? If you're still there, your last working day is all we need.

Thanks,
Aoife
AWS Training and Certification
"""),
      L("on_hold", True, CASE_A), auth=auth_google(), reply_to=[18, 21, 25])

write(27, a(ME_NAME, ME_P), ME_C, "Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Mon, 10 Mar 2025 05:30:12 +0000",
      leaf("""会社アドレス側にもメモ。人事に最終出社日を確認すること。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Mar 10, 2025 at 1:58 PM
Subject: RE:[CASE 174106452300731] [AWS Training and Certification Form Submission] - account-assistance
To: <haruka.mori.works@gmail.com>

Hello Haruka,

I'm Aoife, taking over from Devansh while he's out.

Partner operations came back to us. Your older profile is still active under Kisaragi
Systems in AWS Partner Central ...

So the one thing we're missing is where you stand with Kisaragi: are you still employed
there, or has that ended? If you're still there, your last working day is all we need.
"""),
      L("user_reply", False, CASE_A), auth=auth_ms("gmail.com"))

write(28, "Amazon Web Services <aws-billing@amazon.com>", ME_C,
      "Amazon Web Services 請求書のお知らせ [アカウント: 771203948812]",
      "Mon, 10 Mar 2025 07:00:31 +0000",
      leaf("""Amazon Web Services をご利用いただきありがとうございます。

2025年2月分のご請求書が作成されました。

アカウント ID: 771203948812
ご請求金額: USD 231.07

詳細は請求とコスト管理コンソールでご確認いただけます。
このメールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""", cs="iso-2022-jp", cte="7bit"),
      L("unrelated"), auth=auth_ms(), cs="iso-2022-jp")

write(29, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Thu, 13 Mar 2025 05:16:02 +0000",
      leaf("""Hello Haruka,

This is a reminder that we are still waiting on you for case %s.

To recap the open point: we need to know whether your employment with Kisaragi Systems
has ended, or the date on which it will.

Tickets with no customer activity go dormant after three more business days and are then
archived. Writing back on this thread - even just your last working day - keeps it
active.

Thanks,
Aoife
AWS Training and Certification
""" % CASE_A, cte="quoted-printable"),
      L("closing_notice", True, CASE_A), auth=auth_google(), reply_to=[18, 21, 25, 26])

write(30, a(ME_NAME, ME_C), TC_FROM, "RE: [CASE %s] %s" % (CASE_A, SUBJ),
      "Thu, 13 Mar 2025 07:42:18 +0000",
      leaf("""Hello Aoife,

Sorry for the delay - I had to check with HR. My last working day at Kisaragi Systems is
31 March 2025. After that this company mailbox will be closed, so please use my personal
address.

Best regards,
Haruka Mori

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 13, 2025 14:16
To: haruka.mori.works@gmail.com
Subject: RE:[CASE 174106452300731] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

This is a reminder that we are still waiting on you for case 174106452300731.

To recap the open point: we need to know whether your employment with Kisaragi Systems
has ended, or the date on which it will.

Tickets with no customer activity go dormant after three more business days and are then
archived.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 10, 2025 13:58
Subject: RE:[CASE 174106452300731] [AWS Training and Certification Form Submission] - account-assistance

So the one thing we're missing is where you stand with Kisaragi: are you still employed
there, or has that ended?
"""),
      L("user_reply", False, CASE_A), reply_to=[18, 26, 29], crlf=True, received=False)

write(31, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Fri, 14 Mar 2025 01:09:55 +0000",
      leaf("""Hello Haruka,

Thanks for the date. One snag: your message came from h-mori@kisaragi-sys.co.jp, and
this case was opened from haruka.mori.works@gmail.com. We can only take instructions on
an account change from the address that raised the case, so I can't act on this one.

Send the same confirmation (your last working day) from haruka.mori.works@gmail.com and
we'll carry on from there.

Thanks,
Aoife
AWS Training and Certification
"""),
      L("info_request", True, CASE_A), auth=auth_ms(), reply_to=[18, 26, 29, 30])

write(32, a(ME_NAME, ME_P), TC_FROM, "Re: my last working day",
      "Fri, 14 Mar 2025 03:27:40 +0000",
      leaf("""Hello Aoife,

Writing from my personal address as requested: my last working day at Kisaragi Systems
is 31 March 2025.

Best regards,
Haruka Mori

On Fri, Mar 14, 2025 at 10:09 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Haruka,
>
> Thanks for the date. One snag: your message came from h-mori@kisaragi-sys.co.jp, and
> this case was opened from haruka.mori.works@gmail.com.
>
> Send the same confirmation (your last working day) from haruka.mori.works@gmail.com and
> we'll carry on from there.
"""),
      L("user_reply", False, CASE_A), reply_to=[18, 26, 29, 30, 31], received=False)

write(33, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Sat, 15 Mar 2025 00:52:11 +0000",
      leaf("""Hi Haruka,

Got it - 31 March. I've added the date to the case for partner operations. The link to
Kisaragi's partner account can only be released once that day has passed, so the case
will sit with them until then and I'll pick the merge up in early April.

You don't need to write in again in the meantime.

Thanks,
Aoife
"""),
      L("on_hold", False, CASE_A), auth=auth_google(), reply_to=[18, 26, 29, 32])

write(34, "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
      "Your AWS Certified Cloud Practitioner certification expires in 90 days",
      "Tue, 18 Mar 2025 15:00:00 +0000",
      leaf("""Hello Haruka Mori,

Your AWS Certified Cloud Practitioner certification will expire on June 16, 2025.

Candidate ID: AWS01938274

To keep your certification active, pass the current version of the exam, or pass a
higher-level certification that recertifies it. Visit your AWS Certification Account to
see your recertification options and benefits.

AWS Certification
"""),
      L("certification", cids=["AWS01938274"]), auth=auth_ms("certmetrics.com"))

write(35, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Fri, 21 Mar 2025 06:33:48 +0000",
      leaf("""Hi Haruka,

Just so you're not left wondering: your case stays open while we wait for the 31st. It
won't time out or be closed for inactivity during this period, and there's nothing you
need to send us.

Thanks,
Aoife
AWS Training and Certification
"""),
      L("case_update", False, CASE_A), auth=auth_google(), reply_to=[18, 33])

write(36, "JetBrains Support <support@jetbrains.zendesk.com>", ME_P,
      "[JetBrains] Request #88231: License transfer to personal account - closed",
      "Mon, 24 Mar 2025 10:14:06 +0000",
      leaf("""Hello Haruka,

We haven't heard from you since our last message, so we have closed request #88231.

If you still need help transferring your license to your personal JetBrains Account,
simply reply to this email and the request will be reopened.

--
JetBrains Sales Support
"""),
      L("unrelated"), auth=auth_google("jetbrains.zendesk.com"))

write(37, a("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
      "[CASE %s] %s" % (CASE_B, SUBJ),
      "Wed, 26 Mar 2025 01:15:51 +0000",
      leaf("""このたびは Amazon Web Services にお問い合わせいただき、誠にありがとうございます。

ケース番号 %s にてお問い合わせを承りました。
担当者が内容を確認のうえ、通常24時間以内にメールにてご連絡いたします。
同一のご依頼で別のケースを作成されますと、ご回答が遅れる場合がございますのでご注意ください。

■ ご依頼内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: パートナーセントラルからのSSOで作成された認定アカウントが残っています。
こちらも個人アカウント (haruka.mori.works@gmail.com) に統合してください。

Amazon Web Services
""" % CASE_B, cs="iso-2022-jp", cte="7bit"),
      L("acknowledgement", False, CASE_B), auth=auth_google(), cs="iso-2022-jp")

write(38, a("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
      "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Thu, 27 Mar 2025 02:08:30 +0000",
      leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<p>森 様</p>
<p>AWS トレーニングと認定サポートの中村でございます。</p>
<p>お問い合わせのアカウントを確認いたしましたところ、そのうちの一つが AWS パートナーネットワーク (APN) に
参加されている企業様の組織と連携された状態となっておりました。</p>
<p>このような場合、統合の可否についてパートナー担当チームの確認が必要となるため、現在同チームへ照会を行っております。
回答が得られ次第、改めてご連絡いたします。</p>
<table border="1" cellpadding="3"><tr><td>ケース番号</td><td>%s</td></tr><tr><td>ステータス</td><td>パートナー担当チーム確認中</td></tr></table>
<p>恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。</p>
<p>中村 さくら<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
""" % CASE_B, "html", cs="shift_jis", cte="8bit"),
      L("on_hold", False, CASE_B), auth=auth_google(), reply_to=37, cs="iso-2022-jp")

write(39, a("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
      "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Fri, 28 Mar 2025 06:40:12 +0000",
      leaf("""森 様

いつもお世話になっております。AWS トレーニングと認定サポートの中村です。

パートナー担当チームより回答がございました。統合をご希望のアカウントは、
現在も株式会社きさらぎシステムズ様のパートナー組織に所属する形で登録されております。
パートナー企業様にご在籍中の方の認定は企業様の実績として計上されるため、
ご在籍中のままでは、こちらで統合を進めることができかねます。

つきましては、差し支えなければ、現在のご在籍状況 (ご退職済みか、
またはご退職のご予定日) についてお聞かせいただけますと幸いです。

何卒よろしくお願い申し上げます。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
""", cs="iso-2022-jp", cte="7bit"),
      L("on_hold", True, CASE_B), auth=auth_google(), reply_to=[37, 38], cs="iso-2022-jp")

write(40, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 01 Apr 2025 04:12:26 +0000",
      leaf(html_wrap("""<p>Hi Haruka,</p>
<p>Hope your last day went well. I checked in with partner operations this morning. Here's where things stand:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Item</th><th>Status</th></tr>
<tr><td>Employment end date on case</td><td>31 March 2025 &#10003;</td></tr>
<tr><td>Partner Central user record (Kisaragi Systems)</td><td><b>Still active</b></td></tr>
<tr><td>Merge into personal profile</td><td>Waiting</td></tr>
</table>
<p>Partner operations can't release the certifications while Partner Central still lists you as a user in Kisaragi's organization.
The user record has to be removed by an administrator on the partner side (Partner Central &gt; Users &gt; Remove user) &mdash; we can't do that step for them.
Whoever administers Partner Central at Kisaragi will know where it is.</p>
<p>When they've removed you, let me know on this thread and I'll ask partner operations to release the link straight away.</p>
<p>Thanks,<br>Devansh<br>AWS Training and Certification</p>"""), "html", cte="quoted-printable"),
      L("on_hold", True, CASE_A), auth=auth_google(), reply_to=[18, 33, 35])

write(41, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
      "Delivery Status Notification (Failure)",
      "Tue, 01 Apr 2025 09:03:44 +0000",
      leaf("""** Address not found **

Your message wasn't delivered to h-mori@kisaragi-sys.co.jp because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-mori@kisaragi-sys.co.jp not found by SMTP address lookup

----- Original message -----
Subject: Fwd: RE:[CASE 174106452300731] [AWS Training and Certification Form Submission] - account-assistance
From: Haruka Mori <haruka.mori.works@gmail.com>
To: h-mori@kisaragi-sys.co.jp

> When they've removed you, let me know on this thread and I'll ask partner operations
> to release the link straight away.
"""),
      L("unrelated"), auth=auth_google("googlemail.com"))

write(42, a("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
      "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Fri, 04 Apr 2025 01:12:09 +0000",
      leaf("""森 様

AWS トレーニングと認定サポートの中村でございます。

3月28日にご連絡いたしましたご在籍状況の件につきまして、その後ご返信を確認できなかったため、
本ケースはいったんクローズとさせていただきました。

引き続き統合をご希望の場合は、本メールにそのままご返信ください。ケースが再開され、
担当者より改めてご連絡いたします。その際、ご退職済みか、またはご退職のご予定日を
あわせてお知らせいただけますと手続きがスムーズです。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
""", cs="iso-2022-jp", cte="7bit"),
      L("closing_notice", True, CASE_B), auth=auth_google(), reply_to=[37, 38, 39], cs="iso-2022-jp")

write(43, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Fri, 04 Apr 2025 05:55:37 +0000",
      leaf("""Hi Haruka,

Checking in on the Partner Central step from Tuesday. We're holding the merge until your
former partner admin has removed you from the Kisaragi Systems organization - has that
happened yet?

The system will mark this thread resolved on 9 April if it stays quiet until then. An
answer here any time before that keeps everything as it is.

Thanks,
Devansh
"""),
      L("closing_notice", True, CASE_A), auth=auth_google(), reply_to=[18, 33, 40])

write(44, a(ME_NAME, ME_P), TC_FROM, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Fri, 04 Apr 2025 08:30:02 +0000",
      leaf("""Hi Devansh,

Yes - I reached my former manager through a colleague and the Partner Central admin
removed my user this afternoon. They said it should show within the hour.

Thanks,
Haruka

On Fri, Apr 4, 2025 at 2:55 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Haruka,
>
> Checking in on the Partner Central step from Tuesday. We're holding the merge until your
> former partner admin has removed you from the Kisaragi Systems organization - has that
> happened yet?
>
> The system will mark this thread resolved on 9 April if it stays quiet until then.
"""),
      L("user_reply", False, CASE_A), reply_to=[18, 40, 43], received=False)

write(45, a(ME_NAME, ME_P), a("AWS トレーニングと認定", TC, "iso-2022-jp"),
      "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Sat, 05 Apr 2025 00:48:15 +0000",
      leaf("""中村様

ご連絡が遅くなり申し訳ございません。
2025年3月31日付で株式会社きさらぎシステムズを退職しております。
パートナーセントラルのユーザーも4月4日に削除済みです。
引き続き統合をお願いできますでしょうか。

森 遥

2025年4月4日(金) 10:12 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 森 様
>
> 3月28日にご連絡いたしましたご在籍状況の件につきまして、その後ご返信を確認できなかったため、
> 本ケースはいったんクローズとさせていただきました。
>
> 引き続き統合をご希望の場合は、本メールにそのままご返信ください。
""", cs="iso-2022-jp", cte="7bit"),
      L("user_reply", False, CASE_B), reply_to=[37, 39, 42], cs="iso-2022-jp", received=False)

write(46, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Mon, 07 Apr 2025 02:26:40 +0000",
      multi([leaf("""Hi Haruka,

Good news: partner operations confirm the Kisaragi link is gone, so the merge can go
ahead. This is what I have now:

Account #1
  Candidate ID: AWS01938274
  Login email: h-mori@kisaragi-sys.co.jp
  Training notification email: h-mori@kisaragi-sys.co.jp
  Certification notification email: h-mori@kisaragi-sys.co.jp

Account #2
  Candidate ID: AWS13720584
  Login email: haruka.mori.works@gmail.com (AWS Builder ID)
  Training notification email: haruka.mori.works@gmail.com
  Certification notification email: haruka.mori.works@gmail.com

My plan is to merge Account #1 into Account #2, so your personal profile is the one that
remains and the company one is retired. That's what you want, right?

Thanks,
Devansh
AWS Training and Certification
"""), leaf(html_wrap("""<p>Hi Haruka,</p><p>Good news: partner operations confirm the Kisaragi link is gone, so the merge can go ahead. This is what I have now:</p>
<table border="1" cellpadding="4"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS01938274</td><td>AWS13720584</td></tr>
<tr><td>Login email</td><td>h-mori@kisaragi-sys.co.jp</td><td>haruka.mori.works@gmail.com (AWS Builder ID)</td></tr>
<tr><td>Training notification email</td><td>h-mori@kisaragi-sys.co.jp</td><td>haruka.mori.works@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>h-mori@kisaragi-sys.co.jp</td><td>haruka.mori.works@gmail.com</td></tr></table>
<p>My plan is to merge Account #1 into Account #2, so your personal profile is the one that remains and the company one is retired. That's what you want, right?</p>
<p>Thanks,<br>Devansh</p>"""), "html")], boundary="a46"),
      L("confirmation_request", True, CASE_A, ["AWS01938274", "AWS13720584"]), auth=auth_google(),
      reply_to=[18, 40, 43, 44], crlf=True)

write(47, a("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Mon, 07 Apr 2025 04:03:18 +0000",
      leaf("""森 様

ご返信いただきありがとうございます。AWS トレーニングと認定サポートの中村でございます。

ご連絡をもちまして本ケースを再開いたしました。
ご退職日およびパートナーセントラルでのユーザー削除について、パートナー担当チームへ
共有し、現在確認を進めております。確認が取れ次第、統合の手続きについてご案内いたします。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
""", cte="base64"),
      L("case_update", False, CASE_B), auth=auth_google(), reply_to=[37, 42, 45])

write(48, a(ME_NAME, ME_P), TC_FROM, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Mon, 07 Apr 2025 05:10:44 +0000",
      leaf("""Confirmed - please merge Account #1 into Account #2 and keep the personal one.

Haruka

On Mon, Apr 7, 2025 at 11:26 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Haruka,
>
> Good news: partner operations confirm the Kisaragi link is gone, so the merge can go
> ahead. This is what I have now:
>
> Account #1
>   Candidate ID: AWS01938274
>   Login email: h-mori@kisaragi-sys.co.jp
>
> Account #2
>   Candidate ID: AWS13720584
>   Login email: haruka.mori.works@gmail.com (AWS Builder ID)
>
> My plan is to merge Account #1 into Account #2, so your personal profile is the one that
> remains and the company one is retired. That's what you want, right?
>
> On Fri, Apr 4, 2025 at 2:55 PM AWS Training and Certification wrote:
>> Checking in on the Partner Central step from Tuesday. ... has that happened yet?
>>
>> On Tue, Apr 1, 2025 Devansh wrote:
>>> When they've removed you, let me know on this thread and I'll ask partner
>>> operations to release the link straight away.
>>>
>>> On Mon, Mar 10, 2025 Aoife wrote:
>>>> So the one thing we're missing is where you stand with Kisaragi: are you still
>>>> employed there, or has that ended?
"""),
      L("user_reply", False, CASE_A), reply_to=[18, 43, 44, 46], received=False)

write(49, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 08 Apr 2025 01:37:05 +0000",
      leaf("""Hi Haruka,

Done - Account #1 has been merged into Account #2. Your exam history and all active
certifications now show under haruka.mori.works@gmail.com, and the Kisaragi profile is
retired.

There is one loose end. The old profile held an unused 50% exam discount (valid until
30 June 2025). Benefits don't follow a merge automatically; I can move it across by hand
or leave it to lapse on the retired profile. Which would you prefer?

Thanks,
Devansh
AWS Training and Certification
""", cte="quoted-printable"),
      L("info_request", True, CASE_A), auth=auth_google(), reply_to=[18, 46, 48])

write(50, a("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
      "【ご招待】AWS Innovate オンラインカンファレンス 参加登録受付中",
      "Tue, 08 Apr 2025 02:00:00 +0000",
      leaf(html_wrap("""<p>森 遥 様</p><p>AWS Innovate を今年もオンラインで開催いたします。生成 AI、データ分析、移行などのセッションを、
お好きな時間にご視聴いただけます。</p><p>参加をご希望の方は、下記よりご登録いただけますでしょうか。</p>
<p><a href="https://aws.amazon.com/jp/events/innovate/">今すぐ登録</a></p>
<p style="font-size:11px">配信停止をご希望の場合はこちら。アマゾン ウェブ サービス ジャパン合同会社</p>"""), "html", cte="base64"),
      L("unrelated"), auth=auth_google())

write(51, a(ME_NAME, ME_P), TC_FROM, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 08 Apr 2025 02:15:29 +0000",
      leaf("""Please move it across - I plan to take the SAP-C02 exam in May.

Thanks!
Haruka

On Tue, Apr 8, 2025 at 10:37 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> There is one loose end. The old profile held an unused 50% exam discount (valid until
> 30 June 2025). ... Which would you prefer?
"""),
      L("user_reply", False, CASE_A), reply_to=[18, 48, 49], received=False)

write(52, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Wed, 09 Apr 2025 00:44:51 +0000",
      leaf("""Hi Haruka,

The 50% discount is now on your personal profile - you'll find it under Benefits, and it
keeps its 30 June 2025 expiry. Good luck with SAP-C02!

That completes everything on this case; no further action is needed on your side. If
anything looks off after you sign in, a reply here will reach me.

Thanks,
Devansh
AWS Training and Certification

________________________________
From: Haruka Mori <haruka.mori.works@gmail.com>
Sent: Tuesday, April 8, 2025 11:15 AM
Subject: Re: RE:[CASE 174106452300731] [AWS Training and Certification Form Submission] - account-assistance

Please move it across - I plan to take the SAP-C02 exam in May.

________________________________
From: AWS Training and Certification
Sent: Tuesday, April 8, 2025 10:37 AM

There is one loose end. The old profile held an unused 50% exam discount (valid until
30 June 2025). Benefits don't follow a merge automatically; I can move it across by hand
or leave it to lapse on the retired profile. Which would you prefer?

________________________________
From: AWS Training and Certification
Sent: Monday, April 7, 2025 11:26 AM

Account #1 Candidate ID: AWS01938274 / Account #2 Candidate ID: AWS13720584
My plan is to merge Account #1 into Account #2 ... That's what you want, right?
"""),
      L("resolved", False, CASE_A), auth=auth_google(), reply_to=[18, 49, 51], crlf=True)

write(53, "Credly <admin@credly.com>", ME_P,
      "You've been issued a badge by Amazon Web Services Training and Certification",
      "Wed, 09 Apr 2025 01:02:33 +0000",
      multi([leaf("""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Claim it here: https://www.credly.com/earner/earned/badge/9a7e0c41-2b55-4f0c-8d0e-3f1a6b2c7d18

Share your achievement on LinkedIn and let employers verify it in one click.
"""), leaf(html_wrap("<h2>Congratulations, Haruka!</h2><p>Amazon Web Services Training and Certification has issued you a badge: "
                       "<b>AWS Certified Solutions Architect - Associate</b></p><p><a href=\"https://www.credly.com/earner/earned/badge/9a7e0c41-2b55-4f0c-8d0e-3f1a6b2c7d18\">Accept your badge</a></p>"), "html")],
            boundary="credly-53"),
      L("badge"), auth=auth_google("credly.com"))

write(54, TC_FROM, ME_P, "Tell us about your experience with case %s" % CASE_A,
      "Thu, 10 Apr 2025 02:00:07 +0000",
      leaf(html_wrap("""<p>Hello Haruka,</p>
<p>Thank you for contacting AWS Training and Certification. Your case <b>%s</b> was recently marked resolved.</p>
<p>Would you take a moment to rate the help you received? Your answers go straight to the team that handled your request.</p>
<table><tr><td><a href="https://survey.aws-tc.example/q?case=%s&r=yes">&#128077; Helpful</a></td>
<td><a href="https://survey.aws-tc.example/q?case=%s&r=no">&#128078; Not helpful</a></td></tr></table>
<p>Please do not reply to this email; replies are not monitored.</p>""" % (CASE_A, CASE_A, CASE_A)), "html", cte="quoted-printable"),
      L("survey", False, CASE_A), auth=auth_google())

write(55, a("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Thu, 10 Apr 2025 05:21:40 +0000",
      leaf("""森 様

AWS トレーニングと認定サポートの中村でございます。

パートナー担当チームにて、きさらぎシステムズ様のパートナー組織との連携が解除されたことを
確認いたしました。お待たせいたしました。これより統合の手続きに進みます。

統合の対象は以下のとおりです。

アカウント1 (統合元)
  候補者 ID: AWS05519902
  ログイン: パートナーセントラル経由の SSO
  認定通知先メール: h-mori@kisaragi-sys.co.jp

アカウント2 (統合先)
  候補者 ID: AWS13720584
  ログインメール: haruka.mori.works@gmail.com
  認定通知先メール: haruka.mori.works@gmail.com

アカウント1をアカウント2へ統合し、アカウント2を残す形となります。
こちらの内容で相違ございませんでしょうか。問題がなければ、その旨ご返信くださいますよう
お願い申し上げます。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
""", cs="shift_jis", cte="8bit"),
      L("confirmation_request", True, CASE_B, ["AWS05519902", "AWS13720584"]), auth=auth_google(),
      reply_to=[37, 45, 47])

write(56, a("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] アカウント統合のご確認" % CASE_B,
      "Thu, 10 Apr 2025 11:47:02 +0000",
      leaf(html_wrap("""<p>森 様</p><p>アカウント統合の最終確認のため、下記リンクより旧アカウントと新アカウントの両方にサインインしてください。
48時間以内にご確認いただけない場合、認定履歴が失われる可能性があります。</p>
<p><a href="http://aws-training-verify.co/merge/%s">統合を確認する</a></p><p>AWS トレーニングと認定</p>""" % CASE_B), "html", cte="base64"),
      L("suspicious"), auth=auth_google("amazon.com", ok=False, mailfrom="bounce@aws-training-verify.co"))

write(57, a(ME_NAME, ME_P), a("AWS トレーニングと認定", TC),
      "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Fri, 11 Apr 2025 00:30:19 +0000",
      leaf("""中村様

ご確認ありがとうございます。
記載の内容で問題ございません。アカウント1をアカウント2へ統合してください。

森 遥

2025年4月10日(木) 14:21 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> アカウント1をアカウント2へ統合し、アカウント2を残す形となります。
> こちらの内容で相違ございませんでしょうか。問題がなければ、その旨ご返信くださいますよう
> お願い申し上げます。
""", cte="base64"),
      L("user_reply", False, CASE_B), reply_to=[37, 47, 55], received=False)

write(58, a("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Mon, 14 Apr 2025 02:55:13 +0000",
      leaf("""森 様

AWS トレーニングと認定サポートの中村でございます。

アカウント1 (AWS05519902) をアカウント2 (AWS13720584) へ統合する作業が完了いたしました。
認定および試験履歴は、すべて haruka.mori.works@gmail.com のアカウントでご確認いただけます。

なお、統合元のアカウントに、5月20日の試験予約 (登録番号 468201557) が残っておりました。
試験予約は統合の対象外となるため、こちらで新しいアカウントへ付け替えるか、
キャンセルとするかを決めていただく必要がございます。どちらをご希望か、お知らせください。

中村 さくら
AWS トレーニングと認定 カスタマーサポート
""", cte="base64"),
      L("info_request", True, CASE_B, ["AWS05519902", "AWS13720584"]), auth=auth_google(), reply_to=[37, 55, 57])

write(59, "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
      "試験予約のリマインダー: AWS Certified Solutions Architect - Professional",
      "Mon, 14 Apr 2025 08:00:00 +0000",
      leaf("""森 遥 様

試験のご予約について、お知らせいたします。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
登録番号: 468201557
日時: 2025年5月20日 13:00 (日本時間)
会場: オンライン (OnVUE)

予約の変更・キャンセルは、試験開始の24時間前までに認定アカウントから行ってください。

Pearson VUE
""", cs="shift_jis", cte="8bit"),
      L("unrelated"), auth=auth_google("pearson.com"))

write(60, a(ME_NAME, ME_P), a("AWS トレーニングと認定", TC),
      "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Tue, 15 Apr 2025 01:05:55 +0000",
      leaf("""中村様

統合ありがとうございます。試験予約は新しいアカウントへの付け替えをお願いいたします。

森 遥

2025年4月14日(月) 11:55 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> なお、統合元のアカウントに、5月20日の試験予約 (登録番号 468201557) が残っておりました。
""", cs="iso-2022-jp", cte="7bit"),
      L("user_reply", False, CASE_B), reply_to=[37, 57, 58], cs="iso-2022-jp", received=False)

write(61, a("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ),
      "Wed, 16 Apr 2025 03:18:27 +0000",
      leaf("""森 様

AWS トレーニングと認定サポートの中村でございます。

試験予約 (登録番号 468201557) を新しいアカウントへ付け替えました。日時・会場に変更はございません。
以上をもちまして、本件の対応はすべて完了となります。

その他ご不明な点がございましたら、本メールにご返信いただければ担当者が確認いたします。
このたびはお手数をおかけいたしました。

中村 さくら
AWS トレーニングと認定 カスタマーサポート

> 統合ありがとうございます。試験予約は新しいアカウントへの付け替えをお願いいたします。
>
> > 試験予約は統合の対象外となるため、こちらで新しいアカウントへ付け替えるか、
> > キャンセルとするかを決めていただく必要がございます。どちらをご希望か、お知らせください。
""", cs="iso-2022-jp", cte="7bit"),
      L("resolved", False, CASE_B), auth=auth_google(), reply_to=[37, 58, 60], cs="iso-2022-jp")

write(62, a("AWS トレーニングと認定", TC), ME_P, "サポートに関するアンケートご協力のお願い (ケース %s)" % CASE_B,
      "Thu, 17 Apr 2025 02:00:11 +0000",
      leaf(html_wrap("""<p>森 遥 様</p><p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました (ケース ID: %s)。</p>
<p>今後のサービス向上のため、今回の対応についての評価をお聞かせいただけますでしょうか。所要時間は1分程度です。</p>
<p><a href="https://survey.aws-tc.example/ja?case=%s">アンケートに回答する</a></p>
<p>本メールは送信専用アドレスからお送りしています。</p>""" % (CASE_B, CASE_B)), "html", cte="base64"),
      L("survey", False, CASE_B), auth=auth_google())

write(63, "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
      "Congratulations on recertifying your AWS Certification!",
      "Fri, 18 Apr 2025 10:22:40 +0000",
      leaf("""Hello Haruka,

You have recertified AWS Certified Cloud Practitioner. Your new expiration date is
April 17, 2028.

Candidate ID: AWS13720584

You don't need to do anything else - your updated certificate is available in your AWS
Certification Account, and Credly will update your badge.

AWS Certification
"""),
      L("certification", cids=["AWS13720584"]), auth=auth_google("certmetrics.com"))

write(64, a(ME_NAME, ME_P), TC_FROM, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 22 Apr 2025 12:40:03 +0000",
      leaf("""Hi Devansh,

Sorry to come back to this. Exam history on my personal profile (AWS13720584) shows only
two of my three exams - the SAA-C03 I took on 17 June 2023 is missing, although the
certification itself is listed. Could you take a look?

Thanks,
Haruka

On Wed, Apr 9, 2025 at 9:44 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> That completes everything on this case; no further action is needed on your side. If
> anything looks off after you sign in, a reply here will reach me.
"""),
      L("user_reply", False, CASE_A, ["AWS13720584"]), reply_to=[18, 51, 52], received=False)

write(65, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Wed, 23 Apr 2025 01:15:30 +0000",
      leaf("""Hi Haruka,

No problem at all - I've reopened the case. The SAA-C03 record didn't carry over with the
rest of the history; it looks like the exam result is stored against the old candidate
ID on the testing side. I've sent it to the team that handles exam records and will
update you here.

Thanks,
Devansh
"""),
      L("case_update", False, CASE_A), auth=auth_google(), reply_to=[18, 52, 64])

write(66, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Fri, 25 Apr 2025 06:02:48 +0000",
      leaf("""Hi Haruka,

The exam-records team tells me the SAA-C03 result has to be re-sent from Pearson VUE's
side before it will attach to your personal profile. They've raised it with Pearson VUE
and are waiting on them now; these resyncs usually take a few business days.

Nothing is needed from you while that's pending. I'll keep the case open and let you
know when it lands.

Thanks,
Devansh
"""),
      L("on_hold", False, CASE_A), auth=auth_google(), reply_to=[18, 64, 65])

write(67, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 29 Apr 2025 02:33:19 +0000",
      multi([leaf("""Hi Haruka,

Pearson VUE resent the record, and from here I can now see all three exams, including
SAA-C03 (17 June 2023), on your personal profile.

What I see isn't always what you see, though, because of caching on the training site.
Sign out, sign back in and check Exam History - do all three show up for you? I'd rather
not close this until you've confirmed it on your side.

Thanks,
Devansh
"""), leaf(html_wrap("""<p>Hi Haruka,</p><p>Pearson VUE resent the record, and from here I can now see all three exams, including SAA-C03 (17 June 2023), on your personal profile.</p>
<p>What I see isn't always what you see, though, because of caching on the training site. Sign out, sign back in and check Exam History &mdash; do all three show up for you?
I'd rather not close this until you've confirmed it on your side.</p><p>Thanks,<br>Devansh</p>"""), "html")], boundary="a67"),
      L("info_request", True, CASE_A), auth=auth_google(), reply_to=[18, 64, 65, 66])

write(68, a(ME_NAME, ME_P), TC_FROM, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Tue, 29 Apr 2025 10:12:07 +0000",
      leaf("""Yes, all three are there now. Thank you!

Haruka

On Tue, Apr 29, 2025 at 11:33 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Sign out, sign back in and check Exam History - do all three show up for you?
"""),
      L("user_reply", False, CASE_A), reply_to=[18, 66, 67], received=False)

write(69, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ),
      "Wed, 30 Apr 2025 00:20:41 +0000",
      leaf("""Hi Haruka,

Thanks for checking. This case is now closed.

Regards,
Devansh
AWS Training and Certification

Was this response helpful? Let us know: https://survey.aws-tc.example/q?case=%s

> Yes, all three are there now. Thank you!
>
> > Sign out, sign back in and check Exam History - do all three show up for you?
> > I'd rather not close this until you've confirmed it on your side.
""" % CASE_A),
      L("resolved", False, CASE_A), auth=auth_google(), reply_to=[18, 67, 68])

# ---------------------------------------------------------------- console case E

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above to respond to case correspondences.
======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % CASE_E

write(70, CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CASE_E,
      "Fri, 02 May 2025 07:41:15 +0000",
      leaf("""Hello,

We have received your support request and opened case %s. A member of our team will
respond according to the severity you selected.

Case ID: %s
Subject: Exam discount benefit not applied at checkout
Severity: General guidance
Correspondence: I have a 50%% discount listed under Benefits but it is not applied when I
schedule SAP-C02. [AWS ID 402918377465]

Thank you for contacting Amazon Web Services.
%s""" % (CASE_E, CASE_E, CONSOLE_FOOT), cte="quoted-printable"),
      L("acknowledgement", False, CASE_E), auth=auth_google())

write(71, CONSOLE, ME_P, "RE:[CASE %s] Exam discount benefit not applied at checkout [AWS ID 402918377465]" % CASE_E,
      "Sat, 03 May 2025 02:10:52 +0000",
      multi([leaf("""Hello,

Thank you for your patience. I'm Kenji from AWS Support.

Discount benefits that were moved between certification profiles by hand sometimes keep a
link to the old candidate ID, and the scheduling page then refuses them. To find out
whether that is what's happening here, I need two things from you: the exact error text
shown on the checkout page, and the date and time (with time zone) of your last attempt.
A screenshot works too. Add them to this case in the Support Center.

Kenji T.
%s""" % CONSOLE_FOOT), leaf(html_wrap("""<p>Hello,</p><p>Thank you for your patience. I'm Kenji from AWS Support.</p>
<p>Discount benefits that were moved between certification profiles by hand sometimes keep a link to the old candidate ID, and the scheduling page then refuses them.
To find out whether that is what's happening here, I need two things from you: the exact error text shown on the checkout page, and the date and time (with time zone) of your last attempt.
A screenshot works too. Add them to this case in the Support Center.</p><p>Kenji T.</p>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<p>To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en">AWS Support Center</a>.<br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>""" % CASE_E), "html")],
            boundary="c71"),
      L("info_request", True, CASE_E), auth=auth_google(), reply_to=70)

write(72, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
      "Delivery Status Notification (Failure)",
      "Sat, 03 May 2025 04:22:10 +0000",
      leaf("""** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com. The recipient's server
rejected it.

The response was:
550 5.7.1 This mailbox does not accept incoming messages.

----- Original message -----
Subject: Re: RE:[CASE 6613082745] Exam discount benefit not applied at checkout [AWS ID 402918377465]
From: Haruka Mori <haruka.mori.works@gmail.com>

The error says "Benefit cannot be applied to this candidate". Last try 2 May, 21:30 JST.
"""),
      L("unrelated"), auth=auth_google("googlemail.com"))

write(73, CONSOLE, ME_P, "RE:[CASE %s] Exam discount benefit not applied at checkout [AWS ID 402918377465]" % CASE_E,
      "Tue, 06 May 2025 02:05:33 +0000",
      leaf("""Hello,

We're still waiting on the checkout error text and the time of your last attempt that we
asked for on 3 May. Without them we can't tell which profile the discount is tied to.

If there's no update on the case in the Support Center over the next few days, it will
be resolved automatically. Adding a correspondence there before then keeps it open.

Kenji T.
%s""" % CONSOLE_FOOT),
      L("closing_notice", True, CASE_E), auth=auth_google(), reply_to=[70, 71])

write(74, CONSOLE, ME_P, "RE:[CASE %s] Exam discount benefit not applied at checkout [AWS ID 402918377465]" % CASE_E,
      "Wed, 07 May 2025 01:48:00 +0000",
      leaf("""Hello,

Thanks for adding the screenshot in the Support Center. The error confirms the discount
is still tied to your old candidate ID. I've passed this to the certification operations
team to re-issue it against your current profile and will update the case by Friday.

Kenji T.
%s""" % CONSOLE_FOOT),
      L("case_update", False, CASE_E), auth=auth_google(), reply_to=[70, 71, 73])

write(75, CONSOLE, ME_P, "RE:[CASE %s] Exam discount benefit not applied at checkout [AWS ID 402918377465]" % CASE_E,
      "Fri, 09 May 2025 06:30:44 +0000",
      multi([leaf("""Hello,

The 50%% discount has been re-issued on your current certification profile and is now
accepted at checkout - I tested it on the scheduling page. I'm setting this case to
resolved.

If something else comes up, you can reopen this case from the Support Center within 14
days.

Kenji T.
%s""" % CONSOLE_FOOT), leaf(html_wrap("""<p>Hello,</p><p>The 50% discount has been re-issued on your current certification profile and is now accepted at checkout
&mdash; I tested it on the scheduling page. I'm setting this case to resolved.</p>
<p>If something else comes up, you can reopen this case from the Support Center within 14 days.</p><p>Kenji T.</p>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>"""), "html")],
            boundary="c75"),
      L("resolved", False, CASE_E), auth=auth_google(), reply_to=[70, 71, 74], crlf=True)

write(76, "AWS Certification <no-reply@certmetrlcs.com>", ME_P,
      "Final notice: confirm your account merge or your certifications will be revoked",
      "Mon, 12 May 2025 13:13:13 +0000",
      leaf("""Dear Certified Professional,

Our records show your certification accounts were merged recently but the merge was not
confirmed. Could you confirm it by replying with your candidate ID and the password of
your old account? Unconfirmed merges are reversed after 48 hours and the certifications
revoked.

Confirm here: https://certmetrlcs.com/aws/confirm

AWS Certification Team
"""),
      L("suspicious"), auth=auth_google("certmetrlcs.com"))

write(77, "Credly <admin@credly.com>", ME_P,
      "Reminder: your badge from Amazon Web Services Training and Certification is waiting",
      "Wed, 14 May 2025 09:00:05 +0000",
      leaf("""Hi Haruka,

You haven't accepted your AWS Certified Cloud Practitioner badge yet. Accept it to share
your achievement and let others verify it.

https://www.credly.com/earner/earned/badge/e41b8c02-55d7-4c3e-bf10-7d9a2a64c0ae

Credly, on behalf of Amazon Web Services Training and Certification
"""),
      L("badge"), auth=auth_google("credly.com"))

write(78, a("AWS Skill Builder", "no-reply@aws.training"), ME_P,
      "Your AWS Skill Builder subscription receipt",
      "Thu, 15 May 2025 00:10:29 +0000",
      leaf("""Hello Haruka,

Thank you for your purchase.

Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Order number: SB-2025-0515-778120

No action is needed. You can manage your subscription at any time in your account
settings.

AWS Training and Certification
"""),
      L("unrelated"), auth=auth_google("aws.training"))

print("ok")
