from gen_lib import *
from gen_p1 import M
from gen_p4 import CA, SUBJ_A

# spoof with dmarc=fail on real sender
dt = d(2025, 4, 24, 9, 40)
FAKE = "174549120300915"
txt = """Hello,

Your AWS Certification account merge request is on hold because we could not
verify the identity of the account owner.

To continue, sign in within 24 hours using the secure link below and confirm
your Builder ID credentials and payment card on file:

https://aws-training-verify.support-portal.top/merge/%s

If we do not receive your confirmation, your certifications will be
permanently removed. Please reply to this email once completed.

AWS Training and Certification
""" % FAKE
add("suspicious", False, None, [], "Uses the genuine T&C sender and case-style subject, but DKIM/SPF/DMARC fail; credential/payment phishing with a made-up case number.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL,
         "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKE, dt,
         "<%s@mail-relay.support-portal.top>" % hx("039", 22), text(txt, cte="7bit"), crlf=False,
         ret="noreply@support-portal.top",
         pre=received("mail-relay.support-portal.top", "mx.google.com", dt, "45.134.26.77")
         + auth_google("amazon.com", "noreply@support-portal.top", dkim="fail", spf="fail", dmarc="fail", ip="45.134.26.77")))

# hold lifted
dt = d(2025, 4, 25, 3, 2)
M["A_lift"] = ses_mid("040")
txt = """Hi Kenta,

Good news: the partner administrator has released the association, so the
hold on your case is lifted. I'm now pulling together the account details for
the merge and will send them across shortly.

Best,
Priya S.
AWS Training and Certification
"""
add("case_update", False, CA, [], "Hold lifted, work continues; 'will send shortly' - nothing asked yet.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_lift"], text(txt),
         irt=M["A_hold2"], refs=[M["A_ack"], M["A_hold1"], M["A_hold2"]], pre=auth_google("amazon.com", "010001966a@amazonses.com")))

# confirmation request, HTML only with table, to personal + cc company
dt = d(2025, 4, 25, 3, 48)
M["A_conf"] = ses_mid("041")
conf_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial;font-size:14px">
<p>Hi Kenta,</p>
<p>Below are the two certification accounts I found for you.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11620385</td><td>AWS04418265</td></tr>
<tr><td>Login email</td><td>kenta.morioka.dev@gmail.com</td><td>k-morioka@hoshizora-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.morioka.dev@gmail.com</td><td>k-morioka@hoshizora-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morioka.dev@gmail.com</td><td>k-morioka@hoshizora-sys.co.jp</td></tr>
</table>
<p>Kindly verify that both accounts belong to you and let me know that Account #1 is the one we should keep.
Everything from Account #2 (exam history, certifications, benefits) will be moved into it.</p>
<p>Best,<br>Priya S.<br>AWS Training and Certification</p>
</div></body></html>"""
add("confirmation_request", True, CA, ["AWS11620385", "AWS04418265"],
    "HTML-only table with Account #1/#2; 'Kindly verify ... and let me know' request, no question mark.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_conf"], html(conf_html),
         cc=ME_COMPANY, irt=M["A_lift"], refs=[M["A_ack"], M["A_hold2"], M["A_lift"]],
         pre=auth_google("amazon.com", "010001966b@amazonses.com")))

# training newsletter (unrelated)
dt = d(2025, 4, 26, 16, 0)
txt = """New this month on AWS Skill Builder

- Exam Prep Plan: AWS Certified AI Practitioner
- Hands-on: Building with Amazon Bedrock Agents
- Updated: AWS Cloud Quest season 4

Questions? Visit our FAQ. Please do not reply to this email.

AWS Training and Certification
You are receiving this because you have an AWS Skill Builder account.
"""
add("unrelated", False, None, [], "Training newsletter signed 'AWS Training and Certification' from the training domain; no case.",
    mail(ad("AWS Training and Certification", "no-reply@aws.training"), ME_PERSONAL, "New on AWS Skill Builder this month", dt,
         ses_mid("042"), text(txt), crlf=False, pre=auth_google("aws.training", "bounce@aws.training")))

# forward from company to personal (owner note)
dt = d(2025, 4, 28, 9, 12, JST)
M["A_fwd"] = outlook_mid("043")
fw = """自分用メモ：土日で見落としていた。今日中に確認して返信すること。

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, April 25, 2025 12:48
To: kenta.morioka.dev@gmail.com
Cc: Morioka Kenta <%s>
Subject: %s

Hi Kenta,
Below are the two certification accounts I found for you.
Account #1 - AWS11620385 - kenta.morioka.dev@gmail.com
Account #2 - AWS04418265 - k-morioka@hoshizora-sys.co.jp
Kindly verify that both accounts belong to you and let me know that Account #1 is the one we should keep.
Best,
Priya S.
""" % (TC, ME_COMPANY, SUBJ_A)
add("user_reply", False, CA, [], "Owner forwards the confirmation request from the company address to the personal one with a note to self; the forwarded request is not new support text.",
    mail(ad("Morioka Kenta", ME_COMPANY), ME_PERSONAL, "FW: " + SUBJ_A, dt, M["A_fwd"], text(txt := fw, cs="utf-8"),
         mua="X-Mailer: Microsoft Outlook 16.0", refs=[M["A_conf"]],
         pre=auth_google("hoshizora-sys.co.jp", "k-morioka@hoshizora-sys.co.jp", ip="40.107.74.55")))

# closing notice
dt = d(2025, 4, 28, 2, 30)
M["A_close"] = ses_mid("044")
txt = """Hello Kenta,

We haven't received a response to our last message asking you to verify the
accounts to merge. If we don't hear from you within 48 hours, this case will
be closed automatically.

You can keep it open, or reopen it later, simply by replying to this email.

Regards,
AWS Training and Certification Customer Service
"""
add("closing_notice", True, CA, [], "Template closing notice, no agent name.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_close"], text(txt, cte="base64"),
         cc=ME_COMPANY, irt=M["A_conf"], refs=[M["A_ack"], M["A_lift"], M["A_conf"]],
         pre=auth_google("amazon.com", "0100019676@amazonses.com")))

# owner replies from company address
dt = d(2025, 4, 28, 12, 44, JST)
M["A_rep2"] = outlook_mid("045")
txt = """Hello Priya,

Confirmed. Both accounts are mine. Please merge to Account #1 (kenta.morioka.dev@gmail.com).

Best regards,
Kenta Morioka

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, April 28, 2025 11:30 AM
To: kenta.morioka.dev@gmail.com
Cc: Morioka Kenta <%s>
Subject: %s

Hello Kenta,

We haven't received a response to our last message asking you to verify the
accounts to merge. If we don't hear from you within 48 hours, this case will
be closed automatically.
""" % (TC, ME_COMPANY, SUBJ_A)
add("user_reply", False, CA, [], "Owner confirmation sent from the company address (Outlook, 'RE:' prefix), quoting the closing notice.",
    mail(ad("Morioka Kenta", ME_COMPANY), TC, "RE: " + SUBJ_A, dt, M["A_rep2"], text(txt),
         irt=M["A_close"], refs=[M["A_ack"], M["A_conf"], M["A_close"]], mua="X-Mailer: Microsoft Outlook 16.0"))

# info request: write from other address
dt = d(2025, 4, 28, 22, 5)
M["A_addr"] = ses_mid("046")
txt = """Hi Kenta,

Thanks for the quick answer. One thing before I go ahead: your confirmation
came from k-morioka@hoshizora-sys.co.jp, which is the login of Account #2 --
the account that will be closed. For security, the go-ahead has to come from
the address of the account that is kept.

Could you send the same confirmation again from kenta.morioka.dev@gmail.com?
A reply to this message from that mailbox is enough.

Best,
Priya S.
AWS Training and Certification
"""
add("info_request", True, CA, [], "Asks the owner to write again from the other (personal) address; contains 'confirmation' wording but the ask is to write from another address.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_A, dt, M["A_addr"], text(txt),
         cc=ME_COMPANY, irt=M["A_rep2"], refs=[M["A_ack"], M["A_conf"], M["A_close"], M["A_rep2"]],
         pre=auth_google("amazon.com", "010001967c@amazonses.com")))
