# March 2025: company -> personal merge (C2), partner hold, duplicate form (C3), mail around it.
from gen_part1 import *

S2 = "RE:[CASE %s] %s" % (C2, TC_SUBJ)
S3 = "RE: [CASE %s] %s" % (C3, TC_SUBJ)
OUT_REPLY1 = "<TYCPR01MB8451F70B2E1C49A08D3E51CCA9D2@TYCPR01MB8451.jpnprd01.prod.outlook.com>"

# ---- C2 acknowledgement (company mailbox)
d = "2025-03-11T05:22:09+00:00"
body = """Hello Rena Ishikawa,

We've received your message and opened case %s for it.

Summary of your submission
--------------------------
Contact e-mail: rena.ishikawa@kumoworks.co.jp
Category: Certification / Account Merge
Message:
  I am leaving KumoWorks at the end of March and would like to move my certifications
  to my personal account. Addresses used: rena.ishikawa@kumoworks.co.jp (candidate ID
  %s) and ishikawa.rena.k@gmail.com (candidate ID %s). Please keep
  ishikawa.rena.k@gmail.com.

What happens next
-----------------
An agent will look at your case, usually within 24 hours. You do not need to do anything
until we contact you. Opening a new case about the same request would put it at the back
of the queue, so please keep to this one.

AWS Training and Certification
""" % (C2, ID_MAIN, ID_NEW)
add(text(body, enc="qp"),
    aws_tc_headers(d, ME_COMPANY, S2, "c2-ack", auth="m365"),
    L("acknowledgement", case=C2, ids=[ID_MAIN, ID_NEW]),
    "C2 acknowledgement, echo of the form (two addresses, two candidate IDs)",
    "15-digit case ID; 'please keep to this one' is not a request to reply.")

# ---- HashiCorp/Zendesk ticket awaiting reply (other vendor)
d = "2025-03-12T01:03:44+00:00"
plain = """##- Please type your reply above this line -##

Your request (48213) is awaiting your reply.

Marco (HashiCorp Support)
Mar 11, 2025, 17:01 PDT

Hi Rena, could you send us the Terraform Cloud run ID that failed and the workspace name?
We will keep this ticket open for 7 days; it will be closed automatically if we don't
hear back.

This email is a service from HashiCorp Support. [R8K2QW-7X1P]
"""
html = "<html><body><p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p>" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")[1:]) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Received", received_m365("out-9.smtp.zendesk.com", "192.161.151.9", d)),
     ("Authentication-Results", ar_m365("hashicorp.com", ip="192.161.151.9", mailfrom="zendesk.com")),
     ("Date", fmt_date(d)), ("From", addr("Marco (HashiCorp Support)", "support@hashicorp.com")),
     ("Reply-To", "HashiCorp Support <support+id48213@hashicorp.zendesk.com>"),
     ("To", addr(ME_NAME, ME_COMPANY)), ("Message-ID", "<R8K2QW7X1P_67d0dd40_a1f3@zendesk.com>"),
     ("Subject", "[HashiCorp Support] Re: Terraform Cloud runs stuck in planning")],
    L("unrelated"),
    "Other vendor ticket: awaiting your reply + auto-close warning",
    "A real request and a closing threat, but HashiCorp, not AWS T&C: needs_reply false.")

# ---- C2 on hold with a buried question (multipart, HTML + text)
d = "2025-03-12T08:40:27+00:00"
plain = """Hi Rena,

Thanks for your patience. I'm Tomasz and I'll be handling your request.

While reviewing the account registered to rena.ishikawa@kumoworks.co.jp I found that it is
linked to an AWS Partner Network organization (KumoWorks Co., Ltd.). The link was set up in
2020 under case %s. Certifications held on a partner-linked account count toward the
partner's tier, so we are not able to move them until the partner releases the link.

I have written to the partner administrators on file. Your case is on hold until they
respond; that part is between us and the partner.

One thing from your side would help: has your employment with KumoWorks ended already, or on
what date will it end? Partners sometimes ask us, and the answer affects how we phrase the
release request.

Regards,
Tomasz
AWS Training and Certification Customer Support
""" % OLDCASE
html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Rena,</p>
<p>Thanks for your patience. I'm Tomasz and I'll be handling your request.</p>
<p>While reviewing the account registered to rena.ishikawa@kumoworks.co.jp I found that it is linked to an
AWS Partner Network organization (<b>KumoWorks Co., Ltd.</b>). The link was set up in 2020 under case %s.
Certifications held on a partner-linked account count toward the partner's tier, so we are not able to move
them until the partner releases the link.</p>
<p>I have written to the partner administrators on file. Your case is <b>on hold</b> until they respond;
that part is between us and the partner.</p>
<p>One thing from your side would help: has your employment with KumoWorks ended already, or on what date
will it end? Partners sometimes ask us, and the answer affects how we phrase the release request.</p>
<p>Regards,<br>Tomasz<br>AWS Training and Certification Customer Support</p>
</body></html>""" % OLDCASE
add(alt(plain, html, enc="qp"),
    aws_tc_headers(d, ME_COMPANY, S2, "c2-hold", in_reply=mid_of("c2-ack"), auth="m365"),
    L("on_hold", reply=True, case=C2),
    "C2 on hold: account tied to APN partner; buried question about leaving date",
    "Hold (partner must act) with a question in the last paragraph, no 'please'; mentions an old 10-digit case that is not this case.")

# ---- Owner answers from the company address
d = "2025-03-12T19:02:51+09:00"
body = """Hi Tomasz,

My last working day at KumoWorks is March 31, 2025. This mailbox will be deleted after that
date, so please use ishikawa.rena.k@gmail.com for anything after March 31.

Our partner admin is Kenji Fujimoto (kenji.fujimoto@kumoworks.co.jp); he knows about the
request.

Thanks,
Rena

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, March 12, 2025 17:40
To: Rena Ishikawa <%s>
Subject: %s

Hi Rena,

Thanks for your patience. I'm Tomasz and I'll be handling your request.
[...]
One thing from your side would help: has your employment with KumoWorks ended already, or on
what date will it end?
""" % (TC_FORM, ME_COMPANY, S2)
add(text(body, enc="7bit"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_COMPANY)), ("To", TC_FORM),
     ("Message-ID", OUT_REPLY1), ("In-Reply-To", mid_of("c2-hold")),
     ("References", mid_of("c2-ack") + " " + mid_of("c2-hold")),
     ("Subject", S2), ("Thread-Topic", S2), ("Content-Language", "en-US")],
    L("user_reply", case=C2),
    "Owner answers the hold question from the company address",
    "Owner's own mail; quotes the question.")

# ---- Colleague: released in Partner Central (no case number)
d = "2025-03-13T11:26:03+09:00"
body = """石川さん

AWS のサポートから Partner Central 経由で依頼が来ていたので、石川さんの認定の紐づけを
解除しておきました。あとは AWS 側の作業待ちだと思います。

返信は不要です。

藤本
"""
add(text(body, enc="7bit", cs="iso-2022-jp"),
    [("Received", received_m365("TYAPR01MB5520.jpnprd01.prod.outlook.com", "2603:1096:404:8c::12", d)),
     ("Date", fmt_date(d)), ("From", addr("藤本 健二", "kenji.fujimoto@kumoworks.co.jp", "iso-2022-jp")),
     ("To", addr("石川 玲奈", ME_COMPANY, "iso-2022-jp")),
     ("Message-ID", "<TYAPR01MB5520E0A9C3B7714F2D86C1E2B9E13@TYAPR01MB5520.jpnprd01.prod.outlook.com>"),
     ("Subject", hname("Re: 引き継ぎ一覧と APN の件", "iso-2022-jp"))],
    L("unrelated"),
    "Colleague says he released the APN link (Japanese)",
    "About the hold, but a colleague; no case number.")

# ---- C2 hold lifted (case update)
d = "2025-03-14T02:05:40+00:00"
body = """Hello Rena,

Quick update: KumoWorks' partner administrator has released your certification account
from the partner organization, so the hold on this case is lifted.

I've passed the case to the colleague who carries out merges. They will be in touch
with the next step. No action is needed from you right now.

Tomasz
AWS Training and Certification Customer Support
"""
add(text(body, enc="7bit"),
    aws_tc_headers(d, ME_COMPANY, S2, "c2-lift", in_reply=OUT_REPLY1, auth="m365"),
    L("case_update", case=C2),
    "C2: hold lifted, handed to merge colleague",
    "Mentions a next step to come; 'No action is needed'.")

# ---- Microsoft Learn renewal (other vendor certification)
d = "2025-03-14T15:47:12+00:00"
plain = """Your Microsoft Certification renewal is open

Hi Rena,

Your Microsoft Certified: Azure Solutions Architect Expert certification expires on
September 14, 2025. You can renew it for free by passing an online assessment on
Microsoft Learn.

Renew now: https://learn.microsoft.com/users/me/credentials

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Received", received_m365("mail.learn.microsoft.com", "40.107.22.55", d)),
     ("Authentication-Results", ar_m365("microsoft.com", ip="40.107.22.55")),
     ("Date", fmt_date(d)), ("From", addr("Microsoft Learn", "learn@microsoft.com")),
     ("To", ME_COMPANY), ("Message-ID", mid("mslearn-renew", "microsoft.com")),
     ("Subject", "Renew your Microsoft Certification")],
    L("unrelated"),
    "Microsoft certification renewal",
    "Certification renewal, but not AWS.")

# ---- C2 info request: write from the personal address (HTML only)
d = "2025-03-17T06:10:15+00:00"
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<p>Hello Rena,</p>
<p>I'm Aoife from the certification records team and I'm picking up your merge request.</p>
<p>Your messages so far have come from <b>rena.ishikawa@kumoworks.co.jp</b>, the address that will be
removed. For account security, the go-ahead for a merge has to come from the address that will stay on
file. We need you to send a reply to this e-mail from <b>ishikawa.rena.k@gmail.com</b>, keeping the case
number in the subject line.</p>
<p>As soon as that arrives I'll send you the summary of both accounts to check.</p>
<p>Kind regards,<br>Aoife<br>AWS Training and Certification Customer Support</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</div></body></html>"""
add(text(html, "html", enc="qp"),
    aws_tc_headers(d, ME_COMPANY, S2, "c2-from", in_reply=mid_of("c2-lift"), auth="m365"),
    L("info_request", reply=True, case=C2),
    "C2: reply from the personal address (HTML only)",
    "Ask is 'We need you to send a reply ... from <other address>'; HTML-only; arrives in the company mailbox.")

# ---- C3 acknowledgement: owner filed the form again from personal address
d = "2025-03-17T13:48:51+00:00"
body = """Hello Rena Ishikawa,

We've received your message and opened case %s for it.

Summary of your submission
--------------------------
Contact e-mail: ishikawa.rena.k@gmail.com
Category: Certification / Account Merge
Message:
  I was asked to write from my personal address about case %s. This is my
  personal address. Please merge my company certification account into this one
  (%s).

What happens next
-----------------
An agent will look at your case, usually within 24 hours. You do not need to do anything
until we contact you. Opening a new case about the same request would put it at the back
of the queue, so please keep to this one.

AWS Training and Certification
""" % (C3, C2, ID_NEW)
add(text(body, enc="qp"),
    aws_tc_headers(d, ME_PERSONAL, S3, "c3-ack"),
    L("acknowledgement", case=C3, ids=[ID_NEW]),
    "C3 acknowledgement: a duplicate form submitted from the personal address",
    "New case whose echoed text cites the earlier case C2; 'RE: [CASE' with a space; duplicate-case warning applies.")

# ---- Owner replies on C2 from personal (Gmail quoting)
d = "2025-03-18T07:55:02+09:00"
plain = """Hello Aoife,

I'm writing from ishikawa.rena.k@gmail.com as you asked. I agree to the merge of my
certification accounts into this address.

I also sent the web form again by mistake last night (case %s). Sorry about that,
it can be closed.

Best regards,
Rena Ishikawa

On Mon, Mar 17, 2025 at 3:10 PM AWS Training and Certification <%s> wrote:
> Hello Rena,
>
> I'm Aoife from the certification records team and I'm picking up your merge request.
>
> Your messages so far have come from rena.ishikawa@kumoworks.co.jp, the address that will
> be removed. For account security, the go-ahead for a merge has to come from the address
> that will stay on file. We need you to send a reply to this e-mail from
> ishikawa.rena.k@gmail.com, keeping the case number in the subject line.
""" % (C3, TC_FORM)
html = "<div dir=\"ltr\">" + "<br>".join(plain.split("\nOn Mon")[0].split("\n")) + \
    "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Mar 17, 2025 at 3:10 PM AWS Training and Certification &lt;%s&gt; wrote:<br></div>" \
    "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" \
    "Hello Rena,<br><br>I'm Aoife from the certification records team ... We need you to send a reply to this e-mail from ishikawa.rena.k@gmail.com, keeping the case number in the subject line.</blockquote></div>" % TC_FORM
add(alt(plain, html, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
     ("Message-ID", gmail_mid("c2-fromgmail")), ("In-Reply-To", mid_of("c2-from")),
     ("References", mid_of("c2-ack") + " " + mid_of("c2-hold") + " " + mid_of("c2-from")),
     ("Subject", S2)],
    L("user_reply", case=C2),
    "Owner writes on C2 from the personal address; mentions duplicate case C3",
    "Owner mail naming a second case number in its text; belongs to C2 by subject/thread.")

# ---- C3 closed as duplicate (case update)
d = "2025-03-18T03:30:19+00:00"
body = """Hi Rena,

This case (%s) asks for the same merge as case %s, which my colleague is already
working on, so I have closed it as a duplicate. Everything will be handled on %s;
you will keep receiving updates there.

There is nothing else you need to do on this case.

Regards,
Keanu
AWS Training and Certification Customer Support
""" % (C3, C2, C2)
add(text(body, enc="7bit"),
    aws_tc_headers(d, ME_PERSONAL, S3, "c3-dup", in_reply=mid_of("c3-ack")),
    L("case_update", case=C3),
    "C3 closed as a duplicate of C2",
    "'closed' but not for lack of answer and not resolved; names both case numbers; belongs to C3.")

# ---- Spoof with dmarc=fail on the real T&C address
d = "2025-03-18T06:40:00+00:00"
plain = """Hello,

Your certification account merge is pending verification. To complete the merge we must
confirm you are the owner of both accounts.

Sign in here within 24 hours to confirm: https://awstraining-merge.com/verify?case=%s

If you do not confirm, your certifications will be removed from both accounts.

AWS Training and Certification Customer Support
""" % FAKECASE
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="b64"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail.bulk-relay.top", "45.146.164.77", d)),
     ("Authentication-Results", ar_gmail("amazon.com", dkim="none", spf="softfail", dmarc="fail", mailfrom="bulk-relay.top", ip="45.146.164.77")),
     ("Received-SPF", "softfail (google.com: domain of transitioning bounce@bulk-relay.top does not designate 45.146.164.77 as permitted sender)"),
     ("Date", fmt_date(d)), ("From", addr("AWS Training and Certification", TC_FORM)),
     ("To", ME_PERSONAL), ("Message-ID", mid("spoof-merge", "bulk-relay.top")),
     ("Subject", "RE:[CASE %s] %s" % (FAKECASE, TC_SUBJ))],
    L("suspicious"),
    "Spoof of the real T&C form address (dmarc=fail), fake case number, sign-in link",
    "From and subject look exactly like a real case; only Authentication-Results and the link domain give it away.")

# ---- C2 confirmation request (HTML only, table)
d = "2025-03-19T04:12:36+00:00"
html = """<html><body><div style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Rena,</p>
<p>Thanks for writing from your personal address. Below are the two certification accounts I found.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f2f2"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login e-mail</td><td>ishikawa.rena.k@gmail.com</td><td>rena.ishikawa@kumoworks.co.jp</td></tr>
<tr><td>Training notification e-mail</td><td>ishikawa.rena.k@gmail.com</td><td>rena.ishikawa@kumoworks.co.jp</td></tr>
<tr><td>Certification notification e-mail</td><td>ishikawa.rena.k@gmail.com</td><td>rena.ishikawa@kumoworks.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAP-C02, SAA-C03, DVA-C02</td></tr>
</table>
<p>My plan is to move everything from Account #2 into Account #1 and close Account #2. After the merge you
will sign in only with the Builder ID of Account #1.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? I won't make any
change until I hear back from you.</p>
<p>Kind regards,<br>Aoife<br>AWS Training and Certification Customer Support</p>
</div></body></html>""" % (ID_NEW, ID_MAIN)
add(text(html, "html", enc="b64"),
    aws_tc_headers(d, ME_PERSONAL, S2, "c2-confirm", in_reply=gmail_mid("c2-fromgmail")),
    L("confirmation_request", reply=True, case=C2, ids=[ID_NEW, ID_MAIN]),
    "C2 confirmation request: HTML table of Account #1/#2, asks to confirm",
    "HTML-only, base64; listing in a table; question form 'Can you confirm...'.")

# ---- Owner forwards the confirmation request to a friend
d = "2025-03-19T21:30:12+09:00"
plain = """Shun, AWS sent me this about moving my certs off the KumoWorks account.
Account #1 is my new %s one, right? You did this last year - is it safe to say yes?
I'd like to be sure before I answer them.

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Wed, Mar 19, 2025 at 1:12 PM
Subject: %s
To: <%s>

Hello Rena,

Thanks for writing from your personal address. Below are the two certification accounts I found.

Account #1: %s / ishikawa.rena.k@gmail.com
Account #2: %s / rena.ishikawa@kumoworks.co.jp

Can you confirm that both accounts are yours and that Account #1 is the one to keep? I won't
make any change until I hear back from you.
""" % (ID_NEW, TC_FORM, S2, ME_PERSONAL, ID_NEW, ID_MAIN)
add(text(plain, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_PERSONAL)),
     ("To", addr("Shun Tamura", "shun.tamura.dev@gmail.com")),
     ("Message-ID", gmail_mid("fwd-shun")), ("Subject", "Fwd: " + S2)],
    L("user_reply", case=C2, ids=[ID_NEW]),
    "Owner forwards the C2 confirmation request to a friend with a question",
    "Contains the full request text and a question, but the owner wrote it to a friend; only the new text's ID counts.")

# ---- Friend's reply (quotes the forward)
d = "2025-03-20T08:12:40+09:00"
plain = """Yep, that's exactly what I got. Just reply "Confirmed, please merge into Account #1"
and it's done within the hour. Your Pro cert and the 50%% voucher come along.

Shun

On Wed, Mar 19, 2025 at 9:30 PM Rena Ishikawa <%s> wrote:
> Shun, AWS sent me this about moving my certs off the KumoWorks account.
> Account #1 is my new %s one, right? You did this last year - is it safe to say yes?
>
> ---------- Forwarded message ---------
> From: AWS Training and Certification <%s>
> Can you confirm that both accounts are yours and that Account #1 is the one to keep?
""" % (ME_PERSONAL, ID_NEW, TC_FORM)
add(text(plain, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail-sor-f69.google.com", "209.85.220.69", d)),
     ("Authentication-Results", ar_gmail("gmail.com", mailfrom="gmail.com", sel="20230601")),
     ("Date", fmt_date(d)), ("From", addr("Shun Tamura", "shun.tamura.dev@gmail.com")),
     ("To", addr(ME_NAME, ME_PERSONAL)), ("Message-ID", gmail_mid("shun-reply")),
     ("In-Reply-To", gmail_mid("fwd-shun")), ("References", gmail_mid("fwd-shun")),
     ("Subject", "Re: Fwd: " + S2)],
    L("unrelated", case=C2),
    "Friend's advice, quoting the forwarded confirmation request",
    "Subject carries [CASE N] and quotes a support request; it is a friend's mail.")

# ---- Farewell party invitation (Japanese, company)
d = "2025-03-21T12:00:31+09:00"
body = """各位

3 月末でご退職される石川玲奈さんの送別会を以下のとおり開催します。

日時: 3 月 27 日 (木) 19:00〜
場所: 神田「炉端 さくら」
会費: 5,000 円

出欠を 3 月 24 日 (月) までにこのメールへの返信でお知らせください。
(石川さんは主賓なので返信不要です)

総務 山口
"""
add(text(body, enc="b64"),
    [("Received", received_m365("TYWPR01MB9912.jpnprd01.prod.outlook.com", "2603:1096:400:3d1::7", d)),
     ("Date", fmt_date(d)), ("From", addr("山口 美咲", "misaki.yamaguchi@kumoworks.co.jp")),
     ("To", "all-staff@kumoworks.co.jp"), ("Cc", ME_COMPANY),
     ("Message-ID", "<TYWPR01MB99125B7E2C1A0F9D3E4C8A71B0F21@TYWPR01MB9912.jpnprd01.prod.outlook.com>"),
     ("Subject", hname("【ご案内】石川さん送別会のお知らせ"))],
    L("unrelated"),
    "Farewell party invitation (Japanese, base64) asking for RSVP",
    "Deadline and 'reply to this mail', addressed to staff; internal.")
