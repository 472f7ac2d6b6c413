# Late March - early April 2025: C2 closing notice, merge, leaving, bounce, console case C4 starts.
from gen_part1 import *
from gen_part4 import S2

CONFIRM_Q = """Can you confirm that both accounts are yours and that Account #1 is the one to keep? I won't
make any change until I hear back from you."""

# ---- C2 closing notice (personal), long quoted history
d = "2025-03-24T05:00:12+00:00"
body = """Hi Rena,

I'm following up on Aoife's message of March 19 about your certification accounts. We
haven't had an answer yet, and the merge can't go ahead without it.

This case will be closed on March 27 if we still have not heard from you. Answering this
e-mail keeps it open, and replying after it closes will reopen it.

Thanks,
Keanu
AWS Training and Certification Customer Support

---- Previous message ----
From: AWS Training and Certification
Sent: 2025-03-19 04:12 UTC

Hello Rena,

Thanks for writing from your personal address. Below are the two certification accounts I found.

Account #1  Candidate ID %s  Login e-mail ishikawa.rena.k@gmail.com
Account #2  Candidate ID %s  Login e-mail rena.ishikawa@kumoworks.co.jp

My plan is to move everything from Account #2 into Account #1 and close Account #2.

%s

Kind regards,
Aoife
""" % (ID_NEW, ID_MAIN, CONFIRM_Q)
add(text(body, enc="7bit"),
    aws_tc_headers(d, ME_PERSONAL, S2, "c2-closing", in_reply=mid_of("c2-confirm")),
    L("closing_notice", reply=True, case=C2),
    "C2 closing notice: no answer since March 19, will close on March 27",
    "Closing notice over a quoted confirmation request; candidate IDs only in the quoted part.")

# ---- Owner confirms (top-posted, Gmail)
d = "2025-03-24T18:40:27+09:00"
plain = """Hi Keanu,

Sorry for the slow reply. Confirmed: both accounts are mine. Please merge Account #2 into
Account #1 (ishikawa.rena.k@gmail.com).

Rena

On Mon, Mar 24, 2025 at 2:00 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC_FORM, quote(body))
add(text(plain, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
     ("Message-ID", gmail_mid("c2-confirmed")), ("In-Reply-To", mid_of("c2-closing")),
     ("References", " ".join([mid_of("c2-ack"), mid_of("c2-confirm"), mid_of("c2-closing")])),
     ("Subject", S2)],
    L("user_reply", case=C2),
    "Owner confirms the merge, top-posted over full history",
    "Short new text over a long quote containing the closing notice and the request.")

# ---- C2 resolved, quoting the confirmation request
d = "2025-03-25T02:18:55+00:00"
plain = """Hello Rena,

Thank you for confirming. I have merged Account #2 into Account #1, so %s now holds your
full exam history, your three active certifications and the unused exam discount. Account #2
is closed and can no longer be signed in to.

Credly will move your badges to the new address on its own; no further action is required
on your side.

Kind regards,
Aoife
AWS Training and Certification Customer Support

> Can you confirm that both accounts are yours and that Account #1 is the one to keep? I
> won't make any change until I hear back from you.
""" % ID_NEW
html = """<html><body style="font-family:Arial;font-size:13px"><p>Hello Rena,</p>
<p>Thank you for confirming. I have merged Account #2 into Account #1, so %s now holds your full exam
history, your three active certifications and the unused exam discount. Account #2 is closed and can no
longer be signed in to.</p>
<p>Credly will move your badges to the new address on its own; no further action is required on your side.</p>
<p>Kind regards,<br>Aoife<br>AWS Training and Certification Customer Support</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">Can you confirm that both accounts are
yours and that Account #1 is the one to keep? I won't make any change until I hear back from you.</blockquote>
</body></html>""" % ID_NEW
add(alt(plain, html, enc="qp"),
    aws_tc_headers(d, ME_PERSONAL, S2, "c2-done", in_reply=gmail_mid("c2-confirmed")),
    L("resolved", case=C2, ids=[ID_NEW]),
    "C2 resolved: accounts merged; quotes the confirmation question",
    "Wording avoids 'successfully merged'; quoted request (blockquote) under the resolution.")

# ---- Credly: badges moved
d = "2025-03-25T03:01:09+00:00"
html = """<html><body><table width="560" style="font-family:Helvetica"><tr><td>
<h2 style="color:#ff6b00">Your badges have a new home</h2>
<p>Hi Rena,</p>
<p>Amazon Web Services Training and Certification updated the e-mail address on 3 of your badges to
ishikawa.rena.k@gmail.com. Add this address to your Credly account to keep managing them.</p>
<p><a href="https://www.credly.com/users/rena-ishikawa/emails">Add e-mail address</a></p>
<p style="font-size:11px;color:#999">You received this because you have badges on Credly.</p>
</td></tr></table></body></html>"""
add(text(html, "html", enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("o3.email.credly.com", "149.72.123.11", d)),
     ("Authentication-Results", ar_gmail("credly.com", mailfrom="em1234.credly.com", sel="s1")),
     ("Date", fmt_date(d)), ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("credly-moved", "credly.com")),
     ("Subject", "Action needed: add ishikawa.rena.k@gmail.com to your Credly account")],
    L("badge"),
    "Credly: badges re-addressed after the merge",
    "'Action needed' in subject; Credly, not support.")

# ---- C2 survey (different template: plain text)
d = "2025-03-26T14:30:00+00:00"
body = """Hello,

We recently worked with you on case %s. Would you take a minute to tell us how it went?

  https://survey.aws-training.example.amazon.com/s?c=%s

The survey is optional, and replies to this e-mail are not read.

AWS Training and Certification
""" % (C2, C2)
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("a8-12.smtp-out.amazonses.com", "54.240.8.12", d)),
     ("Authentication-Results", ar_gmail("amazon.com", mailfrom="amazonses.com")),
     ("Date", fmt_date(d)), ("From", addr("AWS Training and Certification", "aws-training-feedback@amazon.com")),
     ("To", ME_PERSONAL), ("Message-ID", ses_mid("c2-survey")),
     ("Subject", "Your feedback on case %s" % C2)],
    L("survey", case=C2),
    "C2 survey, plain text",
    "Question 'Would you take a minute...' is a survey ask.")

# ---- Owner's farewell mail (company)
d = "2025-03-28T17:30:00+09:00"
body = """皆さま

3 月 31 日をもって退職いたします。5 年間本当にお世話になりました。
引き継ぎ資料は共有ドライブの「石川_引き継ぎ」にまとめています。

Dear all, Friday is my last day at KumoWorks. Thank you for five great years.

今後のご連絡は個人アドレス ishikawa.rena.k@gmail.com までお願いします。

石川 玲奈
"""
add(text(body, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr("石川 玲奈", ME_COMPANY)),
     ("To", "all-staff@kumoworks.co.jp"),
     ("Message-ID", "<TYCPR01MB8451C0FFEE77A1B2D93E40DDA9A0@TYCPR01MB8451.jpnprd01.prod.outlook.com>"),
     ("Subject", hname("退職のご挨拶 / Farewell")), ("Content-Language", "ja-JP")],
    L("user_reply"),
    "Owner's farewell mail to all staff (Japanese/English)",
    "Owner's mail with no case; mixed languages.")

# ---- Out-of-office reply to the farewell
d = "2025-03-28T08:30:04+00:00"
body = """I am out of the office until April 7 with limited access to e-mail.
For urgent matters, please contact infra-oncall@kumoworks.co.jp.

4月7日まで不在にしております。お急ぎの場合は infra-oncall@kumoworks.co.jp までご連絡ください。

Daisuke Mori
"""
add(text(body, enc="b64"),
    [("Received", received_m365("TYCPR01MB7733.jpnprd01.prod.outlook.com", "2603:1096:400:1c2::4", d)),
     ("Date", fmt_date(d)), ("From", addr("Daisuke Mori", "daisuke.mori@kumoworks.co.jp")),
     ("To", addr("石川 玲奈", ME_COMPANY)),
     ("Message-ID", "<TYCPR01MB7733AA01B2C3D4E5F60718293A4B5@TYCPR01MB7733.jpnprd01.prod.outlook.com>"),
     ("In-Reply-To", "<TYCPR01MB8451C0FFEE77A1B2D93E40DDA9A0@TYCPR01MB8451.jpnprd01.prod.outlook.com>"),
     ("Subject", hname("自動応答: 退職のご挨拶 / Farewell")),
     ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_COMPANY)],
    L("unrelated"),
    "Colleague's out-of-office auto-reply",
    "Auto-reply; bilingual; Date header earlier than the owner's local time but later in UTC.")

# ---- Owner's thank-you on C2, cc'ing the old company address
d = "2025-04-02T09:12:44+09:00"
plain = """Hi Aoife,

Everything is there on the new account, exam history included. Thanks a lot for the
quick help!

Rena

On Tue, Mar 25, 2025 at 11:18 AM AWS Training and Certification <%s> wrote:
> Hello Rena,
>
> Thank you for confirming. I have merged Account #2 into Account #1, so %s now holds
> your full exam history, your three active certifications and the unused exam discount.
""" % (TC_FORM, ID_NEW)
add(text(plain, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
     ("Cc", ME_COMPANY),
     ("Message-ID", gmail_mid("c2-thanks")), ("In-Reply-To", mid_of("c2-done")),
     ("References", " ".join([mid_of("c2-ack"), mid_of("c2-confirm"), mid_of("c2-done")])),
     ("Subject", S2)],
    L("user_reply", case=C2),
    "Owner thanks support after the merge, cc to the dead company address",
    "Owner's mail on a resolved case; nothing pending.")

# ---- Gmail bounce for the cc
d = "2025-04-02T00:12:49+00:00"
dsn_text = """
** Address not found **

Your message wasn't delivered to rena.ishikawa@kumoworks.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rena.ishikawa@kumoworks.co.jp not found by SMTP address lookup
"""
from email.mime.base import MIMEBase
rep = MIMEMultipart("report", report_type="delivery-status")
rep.attach(text(dsn_text, enc="7bit"))
import email as _email
ds = MIMEBase("message", "delivery-status")
_DS = ("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Apr 2025 17:12:44 -0700 (PDT)

Final-Recipient: rfc822; rena.ishikawa@kumoworks.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kumoworks-co-jp.mail.protection.outlook.com. (52.101.229.0, the server for the domain kumoworks.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Tue, 01 Apr 2025 17:12:49 -0700 (PDT)
""")
ds.set_payload([_email.message_from_string(b.strip() + "\n") for b in _DS.split("\n\n") if b.strip()])
rep.attach(ds)
orig_hdrs = MIMEBase("text", "rfc822-headers")
orig_hdrs.set_payload("""From: Rena Ishikawa <%s>
Date: Wed, 2 Apr 2025 09:12:44 +0900
Message-ID: %s
Subject: %s
To: %s
Cc: %s
""" % (ME_PERSONAL, gmail_mid("c2-thanks"), S2, TC_FORM, ME_COMPANY))
rep.attach(orig_hdrs)
add(rep,
    [("Delivered-To", ME_PERSONAL),
     ("Received", "by 2002:a05:6a10:c7c1:b0:5f0:8a1e:3c12 with SMTP id sa1csp42077pxb;\n        %s" % fmt_date(d)),
     ("Date", fmt_date(d)), ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", ME_PERSONAL), ("Auto-Submitted", "auto-replied"),
     ("Message-ID", "<67ec7f11.050a0220.3a1f2b.9c41.GMR@mx.google.com>"),
     ("In-Reply-To", gmail_mid("c2-thanks")), ("References", gmail_mid("c2-thanks")),
     ("Subject", "Delivery Status Notification (Failure)")],
    L("unrelated", case=C2),
    "Gmail bounce for the cc to the closed company mailbox (original headers carry [CASE N])",
    "DSN with the case subject only in the returned headers; threads to the owner's C2 reply.")

# ---- CertMetrics: profile e-mail updated
d = "2025-04-03T22:10:00+00:00"
body = """Hello Rena Ishikawa,

The e-mail address on your AWS Certification profile was changed to
ishikawa.rena.k@gmail.com. Certification notices will be sent to this address from now on.

If you did not make this change, contact AWS Training and Certification through
https://aws.amazon.com/certification/contact-us/.

AWS Certification
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mta-102.certmetrics.com", "199.255.192.102", d)),
     ("Authentication-Results", ar_gmail("certmetrics.com", mailfrom="certmetrics.com", sel="cm1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("cm-emailchg", "certmetrics.com")),
     ("Subject", "Your AWS Certification profile was updated")],
    L("certification"),
    "CertMetrics: profile e-mail changed (after the merge)",
    "Follows the case but is a program notice; conditional 'if you did not make this change, contact'.")

# ---- GitHub Dependabot
d = "2025-04-04T06:20:31+00:00"
plain = """[ishikawa-rena/cert-notes] Dependabot alert: 1 moderate severity vulnerability

Dependabot found a vulnerable dependency in package-lock.json:
  undici < 5.28.5 (moderate) - please update to 5.28.5 or later.

Review alert: https://github.com/ishikawa-rena/cert-notes/security/dependabot/3
"""
add(text(plain, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("out-24.smtp.github.com", "192.30.252.207", d)),
     ("Authentication-Results", ar_gmail("github.com", mailfrom="github.com", sel="pf2023")),
     ("Date", fmt_date(d)), ("From", addr("GitHub", "noreply@github.com")),
     ("To", ME_PERSONAL), ("Message-ID", "<ishikawa-rena/cert-notes/security/dependabot/3@github.com>"),
     ("Subject", "[ishikawa-rena/cert-notes] Dependabot alert for undici")],
    L("unrelated"),
    "GitHub Dependabot alert in a repo named cert-notes",
    "Repo name mentions certification; asks to update.")
