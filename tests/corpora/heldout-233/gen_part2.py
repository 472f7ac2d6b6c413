# 2023: exam pass, duplicate certification accounts (case C1), mail around it.
from gen_part1 import *

# ---- 1: exam result (CertMetrics) to company mailbox
d = "2023-10-02T16:41:09+00:00"
body = """Hello Rena Ishikawa,

Congratulations! You have passed the AWS Certified Solutions Architect - Professional
exam and are now AWS Certified.

  Certification:        AWS Certified Solutions Architect - Professional
  Candidate ID:         %s
  Validation number:    7QHW2KP1C2E41BSM
  Certified on:         October 1, 2023
  Expires on:           October 1, 2026

Your digital badge will be issued through Credly within a few business days. Sign in to
your AWS Certification Account to download your certificate and see your new benefits,
including a 50%% discount voucher for your next exam.

Thank you for validating your AWS expertise.

AWS Training and Certification

This message was sent from a notification-only address. Please do not reply.
""" % ID_MAIN
add(text(body, enc="7bit"),
    [("Received", received_m365("mta-102.certmetrics.com", "199.255.192.102", d)),
     ("Authentication-Results", ar_m365("certmetrics.com", ip="199.255.192.102")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", addr(ME_NAME, ME_COMPANY)), ("Message-ID", mid("c1-pass", "certmetrics.com")),
     ("Subject", "You are now AWS Certified!")],
    L("certification", ids=[ID_MAIN]),
    "CertMetrics exam-pass notice (SAP-C02) with candidate ID and 50% voucher",
    "Candidate ID in a non-case mail; 'voucher' and 'benefit' words; no case number.")

# ---- 2: connpass / JAWS-UG event (Japanese, utf-8 base64)
d = "2023-10-03T09:00:12+09:00"
body = """石川 玲奈 様

JAWS-UG 東京 がイベントを公開しました。

■ JAWS-UG 東京 #58「認定資格なんでも相談会」
日時: 2023/10/19 (木) 19:00 〜 21:00
会場: オンライン (YouTube Live)

AWS 認定の勉強法、Credly バッジの管理、アカウント統合の体験談など、
LT とパネルディスカッションでお届けします。

参加登録はこちら: https://jawsug.connpass.com/event/301842/

このメールは connpass からの自動送信です。返信はできません。
配信停止: https://connpass.com/settings/
"""
add(text(body, enc="b64"),
    [("Received", received_m365("mail.connpass.com", "52.69.171.5", d)),
     ("Authentication-Results", ar_m365("connpass.com", ip="52.69.171.5")),
     ("Date", fmt_date(d)), ("From", addr("connpass", "no-reply@connpass.com")),
     ("To", ME_COMPANY), ("Message-ID", mid("connpass-58", "connpass.com")),
     ("Subject", hname("【connpass】JAWS-UG 東京 #58「認定資格なんでも相談会」が公開されました"))],
    L("unrelated"),
    "connpass event notice (Japanese, base64) about a certification meetup",
    "Mentions account merges and Credly, but it is a community newsletter.")

# ---- 3: C1 acknowledgement (company mailbox)
d = "2023-10-10T02:15:33+00:00"
subj = "RE:[CASE %s] %s" % (C1, TC_SUBJ)
body = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case %s.

Here is a copy of what you sent us:

  Inquiry type: Certification
  Additional details: Account Merge
  Description: I have two certification accounts registered with the same e-mail
  (rena.ishikawa@kumoworks.co.jp): %s and %s. My new Professional badge does not
  appear in Credly. Please combine them and keep %s.

A member of our team normally responds within one business day. Some requests take
longer while we research them.

To keep things moving, reply on this thread if you need to add something. Submitting
the form again for the same topic creates a second case and slows down the answer.

Kind regards,
AWS Training and Certification Customer Support
""" % (C1, ID_MAIN, ID_DUP, ID_MAIN)
add(text(body, enc="7bit"),
    aws_tc_headers(d, ME_COMPANY, subj, "c1-ack", auth="m365"),
    L("acknowledgement", case=C1, ids=[ID_MAIN, ID_DUP, ID_MAIN]),
    "C1 acknowledgement echoing the submitted form (two candidate IDs)",
    "Echoed form text carries candidate IDs (counted: not quoted with '>'); 'reply on this thread if you need to add something' is conditional.")

# ---- 4: GitHub PR merged
d = "2023-10-11T05:27:48+00:00"
plain = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumoworks/infra-modules/pull/412#event-10611844120
You are receiving this because you authored the thread.
"""
html = """<p>Merged <a href="https://github.com/kumoworks/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kumoworks/infra-modules/pull/412#event-10611844120">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
add(alt(plain, html, enc="7bit"),
    [("Received", received_m365("out-21.smtp.github.com", "192.30.252.204", d)),
     ("Authentication-Results", ar_m365("github.com", ip="192.30.252.204")),
     ("Date", fmt_date(d)), ("From", addr("Kenji Fujimoto", "notifications@github.com")),
     ("Reply-To", "kumoworks/infra-modules <reply+AAB3KQ7N@reply.github.com>"),
     ("To", "kumoworks/infra-modules <infra-modules@noreply.github.com>"),
     ("Cc", addr(ME_NAME, ME_COMPANY) + ", Author <author@noreply.github.com>"),
     ("Message-ID", "<kumoworks/infra-modules/pull/412/issue_event/10611844120@github.com>"),
     ("In-Reply-To", "<kumoworks/infra-modules/pull/412@github.com>"),
     ("References", "<kumoworks/infra-modules/pull/412@github.com>"),
     ("Subject", "Re: [kumoworks/infra-modules] Merge duplicate account modules into one (PR #412)"),
     ("List-ID", "kumoworks/infra-modules <infra-modules.kumoworks.github.com>")],
    L("unrelated"),
    "GitHub: PR 'Merge duplicate account modules' merged",
    "'Merged', 'duplicate account', 'Reply to this email' — but GitHub.")

# ---- 5: C1 info request (multipart/alternative, request buried, no 'please')
d = "2023-10-12T07:58:02+00:00"
plain = """Hi Rena,

My name is Marisol and I'm looking into your certification accounts.

I can see both profiles you mentioned. They were created about two years apart, and the
newer one was opened when you signed in through a Builder ID during the sign-in change.
Because the exam you took on October 1 was booked from the newer profile, the result
and the badge went there, which is why Credly shows nothing new on your original profile.

Before I combine the records I need to be certain which profile the October 1 exam
booking was made under, since that decides which exam history I move. Which one did you
use to schedule it, and what is the Pearson VUE registration number on your
confirmation e-mail?

Once I have that I can move everything under a single profile.

Thanks,
Marisol
AWS Training and Certification Customer Support
"""
html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html),
    aws_tc_headers(d, ME_COMPANY, subj, "c1-info", in_reply=mid_of("c1-ack"), auth="m365",
                   frm=addr("AWS Training and Certification", TC_FORM)),
    L("info_request", reply=True, case=C1),
    "C1 agent asks which profile booked the exam + Pearson VUE registration number",
    "Request is a question after two paragraphs of explanation; no 'please' or 'could you'.")

# ---- 6: C1 user reply (Outlook style, top-posted)
d = "2023-10-12T18:20:44+09:00"
body = """Hi Marisol,

I booked the October 1 exam from %s (the one created with the Builder ID).
The Pearson VUE registration number is 418772093.

My older profile, which I would like to keep, is %s.

Best regards,
Rena Ishikawa
KumoWorks Co., Ltd. | Cloud Architect

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, October 12, 2023 4:58 PM
To: Rena Ishikawa <%s>
Subject: %s

Hi Rena,

My name is Marisol and I'm looking into your certification accounts.

I can see both profiles you mentioned. [...]
Which one did you use to schedule it, and what is the Pearson VUE registration number on
your confirmation e-mail?

Thanks,
Marisol
""" % (ID_DUP, ID_MAIN, TC_FORM, ME_COMPANY, subj)
add(text(body, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_COMPANY)), ("To", TC_FORM),
     ("Message-ID", "<TYCPR01MB84513C2E9A7F14D2B0C66F1DA94C2@TYCPR01MB8451.jpnprd01.prod.outlook.com>"),
     ("In-Reply-To", mid_of("c1-info")), ("References", mid_of("c1-ack") + " " + mid_of("c1-info")),
     ("Subject", subj), ("Thread-Topic", subj), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
    L("user_reply", case=C1, ids=[ID_DUP, ID_MAIN]),
    "Owner answers C1 (Outlook top-post over the question)",
    "Sent by the owner; contains a 9-digit Pearson VUE number (not a case ID) and the quoted question.")

# ---- 7: Pearson VUE score report (unrelated)
d = "2023-10-16T13:02:55+00:00"
html = """<html><body><table width="600" style="font-family:Verdana"><tr><td>
<img src="https://home.pearsonvue.com/img/logo.png" alt="Pearson VUE"></td></tr>
<tr><td><p>Dear Rena Ishikawa,</p>
<p>The score report for your recent exam is now available in your Pearson VUE account.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Exam</th><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><th>Registration ID</th><td>418772093</td></tr>
<tr><th>Test center</th><td>Online (OnVUE)</td></tr></table>
<p>Questions? Visit our <a href="https://home.pearsonvue.com/aws/contact">customer service</a> page.</p>
<p>Pearson VUE</p></td></tr></table></body></html>"""
add(text(html, "html", enc="qp"),
    [("Received", received_m365("mx3.pearsonvue.com", "159.182.2.11", d)),
     ("Authentication-Results", ar_m365("pearson.com", ip="159.182.2.11")),
     ("Date", fmt_date(d)), ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
     ("To", ME_COMPANY), ("Message-ID", mid("pv-score", "pearson.com")),
     ("Subject", "Your exam score report is available")],
    L("unrelated"),
    "Pearson VUE score-report notice, HTML only, registration ID",
    "Exam vendor; 9-digit registration ID; HTML-only table.")

# ---- 8: C1 case update (passed to another team)
d = "2023-10-17T10:31:20+00:00"
body = """Hello Rena,

Thank you for the details. I have handed the request to our certification records team,
who carry out profile consolidations. They are working through a larger queue than
usual at the moment, so it may be several business days before the change is made.

There is nothing you need to do in the meantime. We will write to you on this case as
soon as the records team has finished.

Regards,
Marisol
AWS Training and Certification Customer Support

-----Original Message-----
From: rena.ishikawa@kumoworks.co.jp
Sent: 2023-10-12 09:20 UTC
Subject: %s

I booked the October 1 exam from %s (the one created with the Builder ID).
The Pearson VUE registration number is 418772093.
""" % (subj, ID_DUP)
add(text(body, enc="7bit"),
    aws_tc_headers(d, ME_COMPANY, subj, "c1-upd", in_reply="<TYCPR01MB84513C2E9A7F14D2B0C66F1DA94C2@TYCPR01MB8451.jpnprd01.prod.outlook.com>", auth="m365"),
    L("case_update", case=C1),
    "C1: handed to records team, backlog, nothing to do",
    "'There is nothing you need to do'; quoted owner text carries a candidate ID (not counted).")

# ---- 9: phishing: lookalike CertMetrics
d = "2023-10-19T23:12:07+00:00"
html = """<html><body><div style="font-family:Arial">
<p><b>AWS Certification</b></p>
<p>Dear Candidate,</p>
<p>During a routine review we detected two certification profiles registered to your e-mail address.
Duplicate profiles are suspended within <b>48 hours</b> and all certifications on them are revoked.</p>
<p>To keep your certifications, verify your identity and choose the profile to keep:</p>
<p><a href="https://certmetrics-verify.com/aws/login?u=rena.ishikawa%40kumoworks.co.jp">Verify my AWS Certification account</a></p>
<p>Reply to this message with your AWS sign-in password if the link does not work.</p>
<p>AWS Certification Team</p></div></body></html>"""
add(text(html, "html", enc="b64"),
    [("Received", received_m365("vps-48211.hostsrv.ru", "185.212.47.19", d)),
     ("Authentication-Results", ar_m365("certmetrics-verify.com", dkim="none", spf="pass", dmarc="none", ip="185.212.47.19")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "security@certmetrics-verify.com")),
     ("To", ME_COMPANY), ("Message-ID", mid("phish1", "certmetrics-verify.com")),
     ("Subject", "Action required: duplicate AWS Certification profile detected")],
    L("suspicious"),
    "Phishing from lookalike certmetrics-verify.com about duplicate profiles",
    "Matches the owner's real situation (duplicate profiles); demands a reply with password; base64 HTML.")

# ---- 10: C1 resolved, quoting the earlier request (Gmail-style quoting)
d = "2023-10-24T04:48:51+00:00"
body = """Hello Rena,

Good news: the records team has finished. Everything that was on %s (including the
Solutions Architect - Professional exam of October 1) now sits on %s, and %s has
been deactivated. Sign in with your usual Builder ID to see the combined history.

Credly can take up to 48 hours to show the new badge. Should it still be missing after
that, write back on this case and we will look again.

Best regards,
Devendra
AWS Training and Certification Customer Support

On Thu, Oct 12, 2023 at 07:58 AM, AWS Training and Certification <%s> wrote:
> Before I combine the records I need to be certain which profile the October 1 exam
> booking was made under, since that decides which exam history I move. Which one did
> you use to schedule it, and what is the Pearson VUE registration number on your
> confirmation e-mail?
""" % (ID_DUP, ID_MAIN, ID_DUP, TC_FORM)
add(text(body, enc="qp"),
    aws_tc_headers(d, ME_COMPANY, subj, "c1-done", in_reply=mid_of("c1-upd"), auth="m365"),
    L("resolved", case=C1, ids=[ID_DUP, ID_MAIN, ID_DUP]),
    "C1 resolved: records consolidated; quotes the earlier question",
    "Quoted old question under the resolution; 'Should it still be missing... write back' is conditional.")

# ---- 11: Credly badge
d = "2023-10-24T06:03:17+00:00"
plain = """Rena, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Professional".

Accept your badge: https://www.credly.com/badges/5d0c2f8e-91b7-4a5e-bb1c-6f3e2a7d9c40/accept

Share it on LinkedIn and let employers verify it in one click.

Credly, Inc. | 13 E 37th St, New York, NY
"""
html = """<html><body><h2>Rena, you've earned a badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge
<i>AWS Certified Solutions Architect - Professional</i>.</p>
<p><a href="https://www.credly.com/badges/5d0c2f8e-91b7-4a5e-bb1c-6f3e2a7d9c40/accept">Accept your badge</a></p>
<p style="color:#888">Credly, Inc. | 13 E 37th St, New York, NY</p></body></html>"""
add(alt(plain, html, enc="qp"),
    [("Received", received_m365("o1.email.credly.com", "149.72.123.9", d)),
     ("Authentication-Results", ar_m365("credly.com", ip="149.72.123.9")),
     ("Date", fmt_date(d)), ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_COMPANY), ("Message-ID", mid("credly-sap", "credly.com")),
     ("Subject", "Amazon Web Services Training and Certification sent you a new badge")],
    L("badge"),
    "Credly badge issued right after the C1 merge",
    "Arrives an hour after the resolution; 'accept' link; badge UUID is not an ID.")

# ---- 12: C1 survey
d = "2023-10-25T15:00:41+00:00"
html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification Customer Support has been marked resolved.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws-training.example.amazon.com/s?c=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws-training.example.amazon.com/s?c=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws-training.example.amazon.com/s?c=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws-training.example.amazon.com/s?c=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws-training.example.amazon.com/s?c=%s&amp;r=5">5</a></td></tr></table>
<p>The survey takes less than two minutes. Your answers help us improve.</p>
<p>AWS Training and Certification</p></body></html>""" % ((C1,) * 6)
add(text(html, "html", enc="qp"),
    [("Received", received_m365("a8-12.smtp-out.amazonses.com", "54.240.8.12", d)),
     ("Authentication-Results", ar_m365("amazon.com", mailfrom="amazonses.com", ip="54.240.8.12")),
     ("Date", fmt_date(d)), ("From", addr("AWS Training and Certification", "aws-training-feedback@amazon.com")),
     ("To", ME_COMPANY), ("Message-ID", ses_mid("c1-survey")),
     ("Subject", "How did we do? Case %s" % C1)],
    L("survey", case=C1),
    "C1 satisfaction survey, HTML only",
    "Asks a question ('How satisfied...') but it is a survey; case number in subject.")

# ---- 13: AWS billing (personal mailbox)
d = "2023-11-02T21:14:02+00:00"
body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4417,
is available on the AWS web site. Your account will be charged the following:

Total: $3.18

  Account ID: 381204774417
  Billing period: October 1 - October 31, 2023

You can see a complete break down of all charges on the Billing and Cost Management
page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("a8-30.smtp-out.amazonses.com", "54.240.8.30", d)),
     ("Authentication-Results", ar_gmail("amazon.com", mailfrom="amazonses.com")),
     ("Date", fmt_date(d)), ("From", addr("Amazon Web Services", "aws-billing@amazon.com")),
     ("To", ME_PERSONAL), ("Message-ID", ses_mid("bill-2310")),
     ("Subject", "Amazon Web Services Billing Statement Available [Account: 381204774417]")],
    L("unrelated"),
    "AWS billing statement with 12-digit account ID",
    "Real AWS mail, 12-digit account number in subject (not a case ID).")

# ---- 14: CertMetrics 'wants to hear from you' (exam feedback, not a case survey)
d = "2023-11-20T17:30:00+00:00"
plain = """AWS Certification wants to hear from you

Hello Rena,

You recently earned AWS Certified Solutions Architect - Professional. We are reviewing
the Professional-level exams and would value ten minutes of your time.

Take the survey: https://aws.certmetrics.com/amazon/survey/2023-sap

Your candidate profile is not affected by whether you answer.

AWS Certification
"""
html = "<html><body>" + "".join("<p>%s</p>" % p for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Received", received_m365("mta-104.certmetrics.com", "199.255.192.104", d)),
     ("Authentication-Results", ar_m365("certmetrics.com", ip="199.255.192.104")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_COMPANY), ("Message-ID", mid("cm-hear", "certmetrics.com")),
     ("Subject", "AWS Certification wants to hear from you")],
    L("certification"),
    "CertMetrics exam-program survey invitation",
    "Survey wording, but about the certification program, not a support case.")
