"""Messages: late Nov - Dec 2024 (console case V about a missing voucher, and the mail around it)."""
from datetime import timedelta
from gen_part1 import *  # noqa: F401,F403

# 1 Builder ID one-time code ------------------------------------------------
d = dt(2024, 11, 28, 18, 12, 40)
add("unrelated", False, None, [], build([
    ("Return-Path", "<0101019372ab@us-west-2.amazonses.com>"),
    received("mx5.messagingengine.com", "b224-13.smtp-out.us-west-2.amazonses.com", "54.240.27.13", d),
    auth_fastmail("signin.aws", mailfrom="0101019372ab@us-west-2.amazonses.com"),
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", ME),
    ("Subject", "Verify your AWS Builder ID email address"), ("Date", date_h(d)),
    ("Message-ID", ses_msgid(d, "bid1")),
], multi("alternative",
         text("""Verify your AWS Builder ID email address

Hello Aoi Kurosawa,

Use the following verification code to finish signing in:

    482913

This code expires in 10 minutes. If you did not try to sign in, you can ignore this email.

Amazon Web Services
""", cte="7bit", charset="us-ascii"),
         text("""<html><body style="font-family:Arial"><h2>Verify your AWS Builder ID email address</h2>
<p>Hello Aoi Kurosawa,</p><p>Use the following verification code to finish signing in:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>
<p>This code expires in 10 minutes. If you did not try to sign in, you can ignore this email.</p></body></html>""",
              subtype="html"))),
    "Builder ID one-time code", "6-digit code, AWS sender, 'verify' wording; not a case", d)

# 2 Billing statement from the same sender as console cases -----------------
d = dt(2024, 12, 2, 15, 4, 11, UTC)
add("unrelated", False, None, [], build([
    received("mx2.messagingengine.com", "a9-12.smtp-out.amazonses.com", "54.240.9.12", d),
    auth_fastmail("amazon.com", mailfrom="0100019387@amazonses.com"),
    ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 394820194471]"),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "bill-nov"))],
    text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4471, is available on the AWS web site. Your account will be charged the following:

Total: $3.62

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cte="7bit", charset="us-ascii")),
    "AWS billing statement", "same no-reply-aws sender as console cases; 12-digit account ID in brackets", d)

# 3 Console case V opened ---------------------------------------------------
d = dt(2024, 12, 3, 2, 41, 9, UTC)
ack_v = """Hello,

We have opened case %s on your behalf. The details of the case are as follows:

Case ID: %s
Subject: Certification exam voucher missing from Benefits
Severity: General guidance
Correspondence: Hello. I recertified AWS Certified Developer - Associate in October, but the 50%% exam
discount voucher that normally comes with a passed exam is not listed in my AWS Certification account
Benefits page. I am not sure this is the right place to ask, sorry if not.

Thank you,
Amazon Web Services
""" % (CASE_V, CASE_V)
add("acknowledgement", False, CASE_V, [], build([
    received("mx2.messagingengine.com", "a8-66.smtp-out.amazonses.com", "54.240.8.66", d),
    auth_fastmail("amazon.com", mailfrom="01000193@amazonses.com"),
    ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_V),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "v-ack"))],
    text(ack_v + CONSOLE_FOOTER.format(case=CASE_V), cte="quoted-printable")),
    "Console case V opened (Support Center)", "console template, 11-digit ID; footer has feedback line and 'cannot accept incoming e-mails'", d)

# 4 GitHub "merged" ----------------------------------------------------------
d = dt(2024, 12, 3, 14, 20, 33)
add("unrelated", False, None, [], build([
    received("mx4.messagingengine.com", "out-21.smtp.github.com", "192.30.252.204", d),
    auth_fastmail("github.com", mailfrom="noreply@github.com"),
    ("From", addr("Kenta Ishibashi", "notifications@github.com")),
    ("Reply-To", "hanamizuki/infra-modules <reply+AABX3Q2@reply.github.com>"),
    ("To", "hanamizuki/infra-modules <infra-modules@noreply.github.com>"),
    ("Cc", "Aoi Kurosawa <aoi-kurosawa@noreply.github.com>, Mention <mention@noreply.github.com>"),
    ("Subject", "Re: [hanamizuki/infra-modules] Merge account-baseline v2 into main (PR #412)"),
    ("Date", date_h(d)), ("Message-ID", "<hanamizuki/infra-modules/pull/412/issue_event/15533208817@github.com>"),
    ("In-Reply-To", "<hanamizuki/infra-modules/pull/412@github.com>"),
    ("References", "<hanamizuki/infra-modules/pull/412@github.com>"),
    ("List-ID", "hanamizuki/infra-modules <infra-modules.hanamizuki.github.com>"),
    ("X-GitHub-Reason", "mention")],
    multi("alternative",
          text("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hanamizuki/infra-modules/pull/412#event-15533208817
You are receiving this because you were mentioned.

Message ID: <hanamizuki/infra-modules/pull/412/issue_event/15533208817@github.com>
""", cte="7bit", charset="UTF-8"),
          text("""<p></p><p>Merged <a class="issue-link" href="https://github.com/hanamizuki/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hanamizuki/infra-modules/pull/412#event-15533208817">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>""",
               subtype="html", cte="7bit", charset="UTF-8"))),
    "GitHub PR merged", "'Merged', 'accounts' in a PR title, invites a reply", d)

# 5 Console case V: agent asks for the candidate ID (answer in console) -------
d = dt(2024, 12, 4, 6, 17, 52, UTC)
body5 = """Hello Aoi,

Thank you for reaching out, and no need to apologise, you are in the right place to start.

Certification benefits such as exam vouchers are held by our Training and Certification team rather than
in your AWS account, so I have opened an internal request with them. They can only look up a
certification profile by its candidate ID, though, and your message did not include one.

Could you add the candidate ID of the certification account where you expected the voucher (it starts
with AWS followed by eight digits and is shown at the top right after you sign in to the
certification account), together with the login email of that account?

As soon as it is on the case I will pass it along.

Best regards,

Priya S.
Amazon Web Services
"""
add("info_request", True, CASE_V, [], build([
    received("mx2.messagingengine.com", "a8-40.smtp-out.amazonses.com", "54.240.8.40", d),
    auth_fastmail("amazon.com", mailfrom="010001938f@amazonses.com"),
    ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME),
    ("Subject", "RE:[CASE %s] Certification exam voucher missing from Benefits" % CASE_V),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "v-req"))],
    multi("alternative",
          text(body5 + CONSOLE_FOOTER.format(case=CASE_V)),
          text("<html><body><div style='font-family:Amazon Ember,Arial'>" +
               body5.replace("\n\n", "</p><p>").replace("\n", " ") +
               "<hr><p>To see the full case history, sign in to the <a href='https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en'>Support Center</a>.</p>"
               "<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.</p>"
               "<p style='font-size:11px'>* Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond, use the link above to update your case.</p></div></body></html>" % CASE_V,
               subtype="html"))),
    "Console case V: agent needs candidate ID", "request must be answered in Support Center, not by mail; the only 'AWS+8 digits' is a format description; survey footer", d)

# 6 Bounce of the owner's e-mail reply to no-reply-aws ----------------------
d = dt(2024, 12, 4, 8, 2, 30, UTC)
orig = """From: Aoi Kurosawa <%s>
To: Amazon Web Services <%s>
Subject: Re: RE:[CASE %s] Certification exam voucher missing from Benefits
Date: Wed, 04 Dec 2024 17:02:21 +0900
Message-Id: <f2b7c1e0-3a41-4c55-9d0e-7e1c1a2b9d10@app.fastmail.com>
Content-Type: text/plain; charset=us-ascii

Hi Priya, my candidate ID is %s, login email %s.
Thanks!
""" % (ME, NOREPLY, CASE_V, CID_CO, CO)
add("unrelated", False, CASE_V, [], build([
    received("mx2.messagingengine.com", "smtp-fw-80006.amazon.com", "99.78.197.217", d),
    ("From", addr("Mail Delivery Subsystem", "MAILER-DAEMON@amazon.com")), ("To", ME),
    ("Subject", "Undeliverable: Re: RE:[CASE %s] Certification exam voucher missing from Benefits" % CASE_V),
    ("Date", date_h(d)), ("Message-ID", "<bounce-%s@amazon.com>" % hexid(16, "bounce-v")),
    ("Auto-Submitted", "auto-replied")],
    multi("report",
          text("""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Reason: 550 5.1.1 The mailbox you tried to reach does not accept incoming messages.
""", cte="7bit", charset="us-ascii"),
          Part([("Content-Type", "message/delivery-status")],
               b"Reporting-MTA: dns; smtp-fw-80006.amazon.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n"),
          Part([("Content-Type", "message/rfc822")], orig.encode("ascii")),
          extra_ct="; report-type=delivery-status")),
    "Bounce: owner answered console case V by e-mail", "bounce carries the case subject and the owner's text with a candidate ID (returned, not new)", d)

# 7 Japanese newsletter ---------------------------------------------------
d = dt(2024, 12, 5, 7, 30, 0)
add("unrelated", False, None, [], build([
    received("mx1.messagingengine.com", "mail.cloudweekly.jp", "203.0.113.44", d),
    auth_fastmail("cloudweekly.jp", mailfrom="bounce@mail.cloudweekly.jp", policy="none"),
    ("From", addr("クラウド週報", "news@cloudweekly.jp")), ("To", ME),
    ("Subject", hv("クラウド週報 #211: 認定アカウントの統合、re:Invent 2024 まとめ")),
    ("Date", date_h(d)), ("Message-ID", "<211.%s@cloudweekly.jp>" % hexid(10, "cw211")),
    ("List-Unsubscribe", "<https://cloudweekly.jp/u/8f3a1c>")],
    text("""クラウド週報 #211 (2024年12月5日号)

■ 今週の注目記事
・転職前に済ませたい「AWS認定アカウントの統合」手順まとめ
  サポートケースの返信で「Account #1 に統合してよいか」と確認されたら
  返信するだけ、という体験談が増えています。
・re:Invent 2024 発表まとめ(前編)
・Credly バッジが表示されないときのチェックポイント

■ 読者アンケート
今年よかった記事を教えてください。ご返信お待ちしています。

配信停止: https://cloudweekly.jp/u/8f3a1c
""", cte="quoted-printable")),
    "Japanese tech newsletter", "talks about merge confirmation and asks readers to reply", d)

# 8 Phishing with a fake case number ----------------------------------------
d = dt(2024, 12, 6, 22, 48, 1)
add("suspicious", False, None, [], build([
    received("mx7.messagingengine.com", "mail.aws-supportcenter-cases.com", "185.234.72.19", d),
    auth_fastmail("aws-supportcenter-cases.com", mailfrom="case-notify@aws-supportcenter-cases.com", policy="none"),
    ("From", addr("AWS Support", "case-notify@aws-supportcenter-cases.com")), ("To", ME),
    ("Subject", "[CASE 5520193847] Action required: verify your account within 24 hours"),
    ("Date", date_h(d)), ("Message-ID", "<%s@aws-supportcenter-cases.com>" % hexid(20, "ph1"))],
    text("""<html><body><img src="https://aws-supportcenter-cases.com/logo.png" alt="aws"><br>
<p>Dear Customer,</p>
<p>Your support case <b>5520193847</b> regarding your AWS Certification account requires verification.
Unverified accounts will be <b>suspended</b> and all certifications removed within 24 hours.</p>
<p><a href="https://aws-supportcenter-cases.com/verify?c=5520193847">Verify now</a> or reply to this email
with your sign-in email and password so our team can complete the verification.</p>
<p>AWS Support Team</p></body></html>""", subtype="html", cte="quoted-printable")),
    "Phishing from a lookalike domain with a case-like number", "[CASE n] subject, asks for a reply; domain is not AWS (passes its own DKIM)", d)

# 9 Console case V: auto-resolve warning ----------------------------------
d = dt(2024, 12, 7, 6, 20, 4, UTC)
add("closing_notice", True, CASE_V, [], build([
    received("mx2.messagingengine.com", "a8-40.smtp-out.amazonses.com", "54.240.8.40", d),
    auth_fastmail("amazon.com", mailfrom="010001939a@amazonses.com"),
    ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME),
    ("Subject", "RE:[CASE %s] Certification exam voucher missing from Benefits" % CASE_V),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "v-close"))],
    text("""Hello,

We have not received a reply from you on this case for some time. If we do not hear from you, the case
will be automatically resolved in 3 days. Adding a correspondence in the Support Center will keep it open.

Thank you for using Amazon Web Services.
""" + CONSOLE_FOOTER.format(case=CASE_V), cte="7bit", charset="us-ascii")),
    "Console case V: will auto-resolve without an update", "no question mark, no 'please'; answer goes to the console", d)

# 10 Colleague: year-end party RSVP (ISO-2022-JP) ---------------------------
d = dt(2024, 12, 9, 10, 2, 15)
add("unrelated", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "TYWPR01MB1120.jpnprd01.prod.outlook.com", "2603:1096:400:3f::12", d),
    ("From", addr("石橋 健太", "ishibashi-k@hanamizuki-tech.co.jp", "iso-2022-jp")), ("To", "dev-all@hanamizuki-tech.co.jp"),
    ("Subject", hv("【出欠確認】開発部 忘年会 12/20(金)", "iso-2022-jp")),
    ("Date", date_h(d)), ("Message-ID", "<TYWPR01MB1120%s@TYWPR01MB1120.jpnprd01.prod.outlook.com>" % hexid(12, "bonen").upper()),
    ("Content-Language", "ja-JP")],
    text("""開発部の皆さん

お疲れさまです。石橋です。
今年も忘年会を開催します。

日時: 12月20日(金) 19:00〜
場所: 浜松町「炉端 かね松」

お手数ですが、12/13(金)までに出欠をこのメールへの返信でお知らせください。
黒沢さんは送別会も兼ねたいので、ぜひ!

石橋
""", charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "Colleague: party RSVP, also mentions farewell", "Japanese request for a reply (ISO-2022-JP, CRLF), not support", d)

# 11 Console case V resolved -------------------------------------------------
d = dt(2024, 12, 10, 1, 55, 40, UTC)
body11 = """Hello Aoi,

Thank you for adding the details in the Support Center.

Our Training and Certification colleagues found that the voucher from your October recertification had
been issued to an older, inactive profile. They moved it to the certification account %s, and it
now shows under Benefits (allow up to 24 hours before it appears at checkout).

I am setting this case to resolved. If the voucher is still missing, you can reopen the case from the
Support Center link below within 14 days.

Best regards,

Priya S.
Amazon Web Services
""" % CID_CO
add("resolved", False, CASE_V, [CID_CO], build([
    received("mx2.messagingengine.com", "a8-41.smtp-out.amazonses.com", "54.240.8.41", d),
    auth_fastmail("amazon.com", mailfrom="01000193aa@amazonses.com"),
    ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME),
    ("Subject", "RE:[CASE %s] Certification exam voucher missing from Benefits" % CASE_V),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "v-done"))],
    text(body11 + CONSOLE_FOOTER.format(case=CASE_V))),
    "Console case V: voucher moved, case resolved", "'reopen within 14 days' and feedback footer are not requests", d)
