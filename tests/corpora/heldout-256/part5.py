"""Messages 033-040: case A confirmation, wrong-address reply, closing notice."""
from common import *

A_REFS = mid("A-ack", "email.amazonses.com")


def build():
    # 033 project tool notification (Japanese)
    d = "Fri, 07 Mar 2025 14:22:31 +0900"
    body = """[TSR-1182] 顧客向けアカウント統合スクリプトのレビュー
担当者: 神崎 瑞穂
報告者: 荒井 悠斗
ステータス: レビュー待ち

荒井 悠斗 さんのコメント:
マージ処理の差分を上げました。退職前にレビューをお願いします！

https://tasuki.tessera-sys.co.jp/browse/TSR-1182
"""
    add([("Received", "from tasuki01.tessera-sys.co.jp by %s; %s" % (WORK_MX, d)),
         ("Date", d), ("From", addr("Tasuki", "tasuki-noreply@tessera-sys.co.jp")), ("To", ME_WORK),
         ("Subject", subj("[Tasuki] TSR-1182 顧客向けアカウント統合スクリプトのレビュー")),
         ("Message-ID", mid("tasuki-1182", "tessera-sys.co.jp")),
         ("Auto-Submitted", "auto-generated")],
        leaf(body, cte="base64"), "unrelated", False, None, [],
        "internal ticket: review request", "'アカウント統合' and a request, but internal tool")

    # 034 case A confirmation request (HTML-only, table, Cc work)
    d = "Mon, 10 Mar 2025 05:03:12 +0000"
    html = """<html><head><style>td,th{border:1px solid #bbb;padding:4px 8px}</style></head><body>
<p>Hello Mizuho,</p>
<p>I'm Aigerim with the AWS Certification team. Now that the partner review is complete,
I've pulled up the two certification accounts connected to your request:</p>
<table cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Active certifications</td><td>none</td><td>2</td></tr>
</table>
<p>Account #1 would become your only account and would receive the exam history,
certifications and benefits of Account #2. Account #2 would then be deactivated.</p>
<p>Please look over the details and confirm that both accounts are yours and that you would
like everything merged into Account #1.</p>
<p>Warm regards,<br>Aigerim<br>AWS Training and Certification Customer Service</p>
</body></html>""" % (ID_NEW, ID_OLD, ME_PERSONAL, ME_WORK, ME_PERSONAL, ME_WORK, ME_PERSONAL, ME_WORK)
    add([rx(PERSONAL_MX, "a9-71.smtp-out.amazonses.com", "54.240.9.71", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.71"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL), ("Cc", ME_WORK),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-confirm", "email.amazonses.com")),
         ("In-Reply-To", mid("A-unhold", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-unhold", "email.amazonses.com"))],
        leaf(html, "html"), "confirmation_request", True, CASE_A, [ID_NEW, ID_OLD],
        "case A: Account #1/#2 table, asks to confirm merge into #1",
        "HTML-only table; ask is one sentence after the table; Cc to both addresses")

    # 035 English newsletter
    d = "Tue, 11 Mar 2025 13:00:00 +0000"
    txt = """THE SERVERLESS DIGEST - Issue 141

* Cold starts in 2025: what still matters
* Event-driven patterns for merging customer records
* Ask the editor: "Do I need to reply to every support ticket update?"

Read online: https://serverlessdigest.example.org/141
Unsubscribe: https://serverlessdigest.example.org/u/3391
"""
    add([rx(PERSONAL_MX, "mx-out.serverlessdigest.example.org", "203.0.113.80", d),
         auth(PERSONAL_MX, "serverlessdigest.example.org", "list@serverlessdigest.example.org",
              "serverlessdigest.example.org", ip="203.0.113.80"),
         ("Date", d), ("From", addr("The Serverless Digest", "list@serverlessdigest.example.org")),
         ("To", ME_PERSONAL), ("Subject", "Issue 141: cold starts, merging records, support tickets"),
         ("Message-ID", mid("sd141", "serverlessdigest.example.org")),
         ("List-Id", "<digest.serverlessdigest.example.org>")],
        leaf(txt, cte="7bit"), "unrelated", False, None, [],
        "English newsletter", "words 'merging', 'reply', 'support ticket'")

    # 036 owner confirms, but from the work address (Outlook style)
    d = "Wed, 12 Mar 2025 09:47:30 +0900"
    body = """Hello Aigerim,

Confirmed. Both accounts are mine - please merge everything into Account #1.

Regards,
Mizuho Kanzaki
Tessera Systems K.K. | Cloud Engineering

-----Original Message-----
From: %s <%s>
Sent: Monday, March 10, 2025 2:03 PM
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

Hello Mizuho,

I'm Aigerim with the AWS Certification team. Now that the partner review is complete,
I've pulled up the two certification accounts connected to your request:

Account #1  Candidate ID %s  Login email %s
Account #2  Candidate ID %s  Login email %s

Please look over the details and confirm that both accounts are yours and that you would
like everything merged into Account #1.
""" % (TC_FORM, TC_FORM, ME_PERSONAL, ME_WORK, CASE_A, SUBJ_TC, ID_NEW, ME_PERSONAL, ID_OLD, ME_WORK)
    add([("Date", d), ("From", addr(ME_NAME, ME_WORK)), ("To", TC_FORM),
         ("Subject", "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-reply-work", "tessera-sys.co.jp")),
         ("In-Reply-To", mid("A-confirm", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-confirm", "email.amazonses.com")),
         ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdmSx2kQe0Yk3PqLTm6w0rV1o8Nd4w==")],
        leaf(body, cte="quoted-printable"), "user_reply", False, CASE_A, [],
        "owner confirms from the company address", "Outlook 'Original Message' history with IDs; IDs only quoted",
        crlf=True)

    # 037 case A: write from the destination address
    d = "Wed, 12 Mar 2025 06:20:44 +0000"
    body = """Hello Mizuho,

Thank you for the quick reply. Unfortunately I can't act on it yet: it came from
%s, which is the login of Account #2, the account that will be closed.
For security reasons a merge confirmation has to come from the email address of the
account that is being kept.

We need you to send the same confirmation from %s (Account #1). Replying
to this message from that mailbox is enough.

Warm regards,
Aigerim
AWS Training and Certification Customer Service
""" % (ME_WORK, ME_PERSONAL)
    add([rx(PERSONAL_MX, "a9-74.smtp-out.amazonses.com", "54.240.9.74", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.74"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-wrongaddr", "email.amazonses.com")),
         ("In-Reply-To", mid("A-reply-work", "tessera-sys.co.jp")),
         ("References", A_REFS + " " + mid("A-reply-work", "tessera-sys.co.jp"))],
        leaf(body, cte="7bit"), "info_request", True, CASE_A, [],
        "case A: confirmation must come from the personal address",
        "'We need you to send...'; re-asks for the confirmation but the new ask is the sending address")

    # 038 lookalike domain that passes its own DKIM
    d = "Thu, 13 Mar 2025 22:14:09 +0000"
    txt = """Hello,

Your AWS Certification account merge is pending final verification.
To avoid losing your exam history, please verify your identity by entering your
AWS Builder ID email and password at the secure page below:

https://aws-certsupport-center.com/merge/verify?ref=TC-55120

This link expires in 12 hours.

AWS Certification Support Center
"""
    add([rx(PERSONAL_MX, "mail.aws-certsupport-center.com", "91.215.85.14", d),
         auth(PERSONAL_MX, "aws-certsupport-center.com", "noreply@aws-certsupport-center.com",
              "aws-certsupport-center.com", ip="91.215.85.14"),
         ("Date", d), ("From", addr("AWS Certification Support", "noreply@aws-certsupport-center.com")),
         ("To", ME_PERSONAL), ("Subject", "Your account merge is pending verification"),
         ("Message-ID", mid("phish-merge", "aws-certsupport-center.com"))],
        leaf(txt, cte="7bit"), "suspicious", False, None, [],
        "lookalike domain asks for Builder ID password",
        "authentication passes for its own lookalike domain; arrives mid-thread about the same merge")

    # 039 colleague out-of-office auto reply
    d = "Fri, 14 Mar 2025 09:00:03 +0900"
    body = """荒井は3月14日（金）〜3月17日（月）まで休暇のため不在です。
急ぎの件は infra-team@tessera-sys.co.jp までご連絡ください。

I am out of the office until Monday 17 March with limited access to e-mail.
"""
    add([("Received", "from mbx03.tessera-sys.co.jp by %s; %s" % (WORK_MX, d)),
         ("Date", d), ("From", addr("荒井 悠斗", "y-arai@tessera-sys.co.jp")), ("To", ME_WORK),
         ("Subject", subj("自動応答: Re: 引き継ぎについて")),
         ("Message-ID", mid("arai-ooo", "tessera-sys.co.jp")),
         ("In-Reply-To", mid("arai-hikitsugi-re", "tessera-sys.co.jp")),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        leaf(body, charset="iso-2022-jp", cte="7bit"), "unrelated", False, None, [],
        "colleague's out-of-office reply", "auto-reply, bilingual, ISO-2022-JP")

    # 040 case A closing notice
    d = "Mon, 17 Mar 2025 07:31:58 +0000"
    body = """Hello Mizuho,

I'm following up on your account merge. We still haven't received your confirmation from
%s, so the merge has not been started.

If we don't hear from you within the next three business days, this case will be closed
automatically. A reply from that address before then keeps it open, and we'll merge the
accounts straight away.

Warm regards,
Aigerim
AWS Training and Certification Customer Service
""" % ME_PERSONAL
    add([rx(PERSONAL_MX, "a9-18.smtp-out.amazonses.com", "54.240.9.18", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.18"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-closing", "email.amazonses.com")),
         ("In-Reply-To", mid("A-wrongaddr", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-wrongaddr", "email.amazonses.com"))],
        leaf(body, cte="7bit"), "closing_notice", True, CASE_A, [],
        "case A: will close in three business days without a reply",
        "no explicit question or 'please'; the ask is implied by the deadline")
