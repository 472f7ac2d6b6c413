# Message definitions, part 7: run by ../gen.py in its own namespace, in file order.

# ============================================================ 054 bounce of that reply
d = dt("2025-11-06T01:48:09")
orig_mid = IDS["c3_u1"]
human = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (rdate(dt("2025-11-06T10:48:02", JST)), rdate(d))
ohdr = """From: Kenta Morishita <%s>
Date: %s
Message-ID: %s
Subject: Re: RE:[CASE %s] DOP-C02 exam result missing after certification account merge
To: Amazon Web Services <%s>
""" % (P, rdate(dt("2025-11-06T10:48:02", JST)), orig_mid, C3, CONSOLE)
add("bounce", "unrelated", False, None, [],
    [
        ("Delivered-To", P),
        ("Received", "by 2002:a05:6a10:9c51:b0:5f1:2b0e with SMTP id %s;\n        %s" % (_b64ish(20), rdate(d))),
        ("Return-Path", "<>"),
        ("Date", rdate(d)),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", P),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("In-Reply-To", orig_mid), ("References", orig_mid),
        ("X-Failed-Recipients", CONSOLE),
        ("Auto-Submitted", "auto-replied"),
    ],
    Multi("report", [Leaf(human, "plain", "UTF-8", "quoted-printable"),
                     Raw([("Content-Type", "message/delivery-status")], status),
                     Raw([("Content-Type", "text/rfc822-headers")], ohdr)],
          params="; report-type=delivery-status"),
    "Gmail bounce of the owner's e-mail to no-reply-aws@amazon.com; the case number appears only in the returned headers. Mail-system notice: unrelated, case null.",
    mid=mid_gmail())

# ============================================================ 055 Credly lookalike phishing
d = dt("2025-11-07T13:27:45")
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#ff6b00;color:#fff;padding:16px;font-size:20px"><b>Credly</b></td></tr>
<tr><td style="padding:16px">
<p>Hi Kenta,</p>
<p>Because the AWS Certification accounts linked to your profile were recently changed, your <b>5 Amazon Web Services badges</b> have been suspended and will be permanently revoked in 48 hours.</p>
<p>To keep them, confirm ownership of your Credly account:</p>
<p><a href="https://credly-badgehub.com/login?next=/aws/restore" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Restore my badges</a></p>
<p>The Credly Team</p>
</td></tr></table></body></html>"""
add("phish2", "suspicious", False, None, [],
    gmail_in(d, "noreply@credly-badgehub.com", "91.215.85.17", "mx1.credly-badgehub.com", dkim="credly-badgehub.com",
             fromdom="credly-badgehub.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("Credly", "admin@credly-badgehub.com")),
        ("To", P),
        ("Subject", "Action needed: your AWS badges will be revoked"),
    ],
    Leaf(html, "html", "UTF-8", "quoted-printable"),
    "Lookalike Credly domain, HTML-only, exploits the recent merge; credential-harvesting link.",
    mid=mid_at("credly-badgehub.com"))

# ============================================================ 056 C3 closing notice (console)
d = dt("2025-11-09T01:30:52")
text = """Hello,

We're following up on our correspondence of November 6 about your missing DOP-C02 result. We haven't yet received the exam details we asked for in the Support Center.

If we don't hear from you, this case will be resolved automatically in 3 days. To keep it open, add your reply to the case in the Support Center:
%s

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
""" % console_link
add("c3_close", "closing_notice", True, C3, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", P),
        ("Subject", "RE:[CASE %s] DOP-C02 exam result missing after certification account merge" % C3),
    ] + refs("c3_ack"),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Console closing notice AFTER the owner believed he had answered (his e-mail bounced): support is still waiting, and the answer must go through the Support Center.")

# ============================================================ 057 Japanese newsletter (Shift_JIS, 8bit)
d = dt("2025-11-10T00:00:12")
text = """週刊クラウドノート 第312号 2025/11/10

■今週のトピック
・転職したら AWS 認定アカウントをどうする? 統合の流れと注意点
  サポートから「どちらのアカウントを残しますか」と聞かれたら、残す側の
  アドレスから返信するのがコツ。会社のアドレスから返すと、もう一度
  聞き直されることがあります。
・パートナー企業のアカウントは統合前に紐づけ解除が必要なケースも

■イベント
・11/20 オンライン勉強会「認定資格の更新を計画的に」

ご意見・ご感想がありましたら、このメールにご返信ください。
配信停止: https://cloudnote-news.jp/unsubscribe
"""
add("news", "unrelated", False, None, [],
    gmail_in(d, "bounce@mail.cloudnote-news.jp", "153.127.22.40", "mail.cloudnote-news.jp", dkim="cloudnote-news.jp",
             fromdom="cloudnote-news.jp", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("週刊クラウドノート", "weekly@cloudnote-news.jp", "shift_jis")),
        ("To", P),
        ("Subject", enc("【週刊クラウドノート】認定アカウント統合でつまずかないために ほか", "shift_jis")),
    ],
    Leaf(text, "plain", "Shift_JIS", "8bit", quote_cs=False, codec="shift_jis"),
    "Japanese newsletter in Shift_JIS 8bit quoting support-like phrases (どちらのアカウントを残しますか) and a conditional 'reply with feedback'.",
    mid=mid_at("cloudnote-news.jp"))

# ============================================================ 058 C3 escalated (console) with rating prompt
d = dt("2025-11-11T03:00:26")
text = """Hello Kenta,

Thank you for adding the exam details in the Support Center.

I found the record. Your October 25 exam (registration 512384977) was scored after your merge had completed, so the result was posted to the former account, %s, which is now deactivated. I've asked our certification operations team to move the result, and the certification that comes with it, to your merged account. This can take up to five business days; I'll update this case as soon as it's done.

Best regards,
Rahul V.
Amazon Web Services

Was this response helpful? Let us know by rating it in the Support Center.

===================================================
To see all of your cases or to reply, please sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
===================================================
""" % (A_CO, console_link)
add("c3_esc", "case_update", False, C3, [A_CO],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", P),
        ("Subject", "RE:[CASE %s] DOP-C02 exam result missing after certification account merge" % C3),
    ] + refs("c3_ack"),
    alt(text, t2h(text)),
    "Console update: passed to another team, nothing asked; the rating footer is not a survey and 'to reply, sign in' is boilerplate.")

# ============================================================ 059 CertMetrics expiry reminder
d = dt("2025-11-12T15:00:03")
text = """AWS Certification

Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on February 10, 2026.

To keep it active, pass the current version of the exam, or earn the AWS Certified Solutions Architect - Professional certification, before that date. Remember that as an AWS Certified individual you can use your 50%% discount benefit on your next exam.

Candidate ID: %s

Sign in to your AWS Certification Account to see your options: https://www.aws.training/Certification

This is an automated message; please do not reply.
""" % A_NEW
add("cm_exp", "certification", False, None, [A_NEW],
    gmail_in(d, "bounce-%s@certmetrics.com" % _hex(6), "198.21.5.44", "mail.certmetrics.com", dkim="certmetrics.com",
             fromdom="certmetrics.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", P),
        ("Subject", "Your AWS Certification expires in 90 days"),
    ],
    alt(text, t2h(text), html_cte="base64"),
    "Certification expiry reminder with a candidate ID and the discount benefit; program mail, not a case.",
    mid=mid_at("certmetrics.com"))

# ============================================================ 060 C3 resolved (console)
d = dt("2025-11-17T00:45:10")
text = """Hello Kenta,

Good news: the result of your October 25 DevOps Engineer - Professional exam (PASS) now appears in the exam history of your merged account, and the certification is listed under Certifications. Your digital badge will be issued separately.

As this resolves the issue, I've marked the case as resolved. If something else comes up about it, you can reopen the case from the Support Center within the next 14 days.

Best regards,
Rahul V.
Amazon Web Services

Was this response helpful? Let us know by rating it in the Support Center.

===================================================
To see all of your cases or to reply, please sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
===================================================
""" % console_link
add("c3_done", "resolved", False, C3, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", P),
        ("Subject", "RE:[CASE %s] DOP-C02 exam result missing after certification account merge" % C3),
    ] + refs("c3_ack"),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Console resolution with reopen option and rating prompt.")

# ============================================================ 061 CertMetrics congratulations
d = dt("2025-11-17T01:10:44")
text = """Congratulations, Kenta!

You are now AWS Certified DevOps Engineer - Professional.

Certification date: October 25, 2025
Expiration date: October 25, 2028
Validation number: 7QWN3K1L2BE11G9Y
Candidate ID: %s

Your digital certificate is available in your AWS Certification Account. Look for an email from Credly to claim your badge.

AWS Training and Certification
""" % A_NEW
add("cm_congrats", "certification", False, None, [A_NEW],
    gmail_in(d, "bounce-%s@certmetrics.com" % _hex(6), "198.21.5.44", "mail.certmetrics.com", dkim="certmetrics.com",
             fromdom="certmetrics.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", P),
        ("Subject", "Congratulations! You are now AWS Certified"),
    ],
    alt(text, t2h(text)),
    "Certification congratulations that is the visible outcome of the console case; program mail, case null.",
    mid=mid_at("certmetrics.com"))
