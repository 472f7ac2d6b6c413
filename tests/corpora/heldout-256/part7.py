"""Messages 049-056: bounce, Educate case, console closing/resolution, case A reopened."""
from common import *

A_REFS = mid("A-ack", "email.amazonses.com")
C_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C


def build():
    # 049 bounce of the e-mail reply to the no-reply address
    d = "Tue, 25 Mar 2025 12:15:09 +0000"
    notice = """This is the mail system at host %s.

Your message could not be delivered to one or more recipients.

<%s>: host amazon-smtp.amazon.com[52.94.124.2] said:
    550 5.1.1 This mailbox cannot accept incoming e-mails.

Original subject: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge
""" % (PERSONAL_MX, AWS_NOREPLY, CASE_C)
    status = """Reporting-MTA: dns; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 This mailbox cannot accept incoming e-mails.
""" % (PERSONAL_MX, "Tue, 25 Mar 2025 21:15:02 +0900", AWS_NOREPLY)
    orig = """From: %s <%s>
To: %s
Subject: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge
Date: Tue, 25 Mar 2025 21:15:02 +0900
Message-ID: %s
""" % (ME_NAME, ME_PERSONAL, AWS_NOREPLY, CASE_C, mid("C-reply-mail", "hoshimail.jp"))
    ent = multi("report; report-type=delivery-status", [
        leaf(notice, cte="7bit"),
        ([("Content-Type", "message/delivery-status")], status),
        ([("Content-Type", "text/rfc822-headers")], orig)], "A1B2C3D4.1742904909/mx2.hoshimail.jp")
    add([("Date", d), ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.hoshimail.jp")),
         ("To", ME_PERSONAL), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Message-ID", "<20250325121509.A1B2C3D4@mx2.hoshimail.jp>"), ("Auto-Submitted", "auto-replied")],
        ent, "unrelated", False, CASE_C, [],
        "bounce of the owner's e-mail reply on case C",
        "carries the case subject; not from support; the owner still has to answer in the console")

    # 050 AWS Educate form case (other program)
    d = "Wed, 26 Mar 2025 09:48:15 +0000"
    body = """Hello,

Thank you for contacting AWS Educate. To help the student club at your university get
access to the new learning portal, please confirm the e-mail address you used when you
registered as an educator, and the full name of your institution.

Best regards,
Priya
AWS Educate Support
"""
    add([rx(PERSONAL_MX, "a9-67.smtp-out.amazonses.com", "54.240.9.67", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.67"),
         ("Date", d), ("From", "aws-cs-educate-form@amazon.com"), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
         ("Message-ID", mid("edu-info", "email.amazonses.com"))],
        leaf(body, cte="7bit"), "unrelated", False, CASE_EDU, [],
        "AWS Educate form case asks for details",
        "same shape as a T&C request, real 'please confirm', but another program's case")

    # 051 console case C: auto-resolve warning
    d = "Fri, 28 Mar 2025 05:02:33 +0000"
    txt = """Hello,

We haven't received a response to our last correspondence on case %s. If
we do not hear from you in the Support Center within the next 3 days, the case will be
resolved automatically.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge

To reply, sign in to the Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (CASE_C, CASE_C, C_LINK)
    add([rx(PERSONAL_MX, "a9-55.smtp-out.amazonses.com", "54.240.9.55", d),
         auth(PERSONAL_MX, "amazon.com", "0100018b@amazonses.com", "amazon.com", ip="54.240.9.55"),
         ("Date", d), ("From", addr("Amazon Web Services", AWS_NOREPLY)), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
         ("Message-ID", mid("C-closing", "email.amazonses.com")),
         ("In-Reply-To", mid("C-info", "email.amazonses.com")),
         ("References", mid("C-ack", "email.amazonses.com") + " " + mid("C-info", "email.amazonses.com"))],
        leaf(txt, cte="7bit"), "closing_notice", True, CASE_C, [],
        "console case C will auto-resolve without a Support Center reply",
        "the owner did 'reply' (by e-mail, bounced), so the case still waits; console only")

    # 052 farewell party invitation (Japanese)
    d = "Fri, 28 Mar 2025 15:30:00 +0900"
    body = """クラウド推進部の皆さま

3月末で退職される神崎さんの送別会を開催します。
日時：3月28日（金）19:00〜
場所：新橋「炉端 こもれび」
出欠を本日17時までにこのメールへの返信でお知らせください。

幹事 佐伯
"""
    add([("Received", "from mbx02.tessera-sys.co.jp by %s; %s" % (WORK_MX, d)),
         ("Date", d), ("From", addr("佐伯 直人", "n-saeki@tessera-sys.co.jp")),
         ("To", "cloud-dept@tessera-sys.co.jp"), ("Cc", ME_WORK),
         ("Subject", subj("【ご案内】神崎さん送別会")),
         ("Message-ID", mid("soubetsu", "tessera-sys.co.jp"))],
        leaf(body, cte="quoted-printable"), "unrelated", False, None, [],
        "farewell party invitation", "asks for a reply by a deadline; internal")

    # 053 owner's note to self before the company mailbox closes
    d = "Mon, 31 Mar 2025 17:48:20 +0900"
    body = """会社メール停止前の控え（個人アドレスへ転送）

- AWS認定：ケース %s で個人アカウントへ統合済み（3/18）
  旧アカウント %s → 新アカウント %s
- バウチャーの件はコンソールのケースで対応中
- 証明書PDFは添付の通り

以上
""" % (CASE_A, ID_OLD, ID_NEW)
    ent = multi("mixed", [leaf(body), attachment("certificates-index.txt",
                                                 b"SAP-C02 2024-11-25\nDVA-C02 2025-02-22\n", "text/plain")],
                "----=_NextPart_000_0012_01DBA2")
    add([("Date", d), ("From", addr(ME_NAME_JA, ME_WORK)), ("To", ME_PERSONAL),
         ("Subject", subj("控え：AWS認定アカウント統合")),
         ("Message-ID", mid("note-self", "tessera-sys.co.jp"))],
        ent, "user_reply", False, CASE_A, [ID_OLD, ID_NEW],
        "owner's note to self with IDs and case number", "owner's own mail with attachment; Japanese")

    # 054 console case C resolved
    d = "Tue, 01 Apr 2025 03:20:51 +0000"
    txt = """Hello,

Thanks for the details you added in the Support Center. I found the voucher on the
account that was closed during the merge and have moved it to your active account
(candidate ID %s). It is visible under Benefits again, with its original expiry
date of 28 November 2025.

I'm setting this case to resolved. If you need anything else on this topic, you can
reopen it from the Support Center within the next 14 days.

Best regards,
Raúl P.
Amazon Web Services

We value every rating: let us know how this reply did on the case page.

To see the case: %s
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (ID_NEW, C_LINK)
    add([rx(PERSONAL_MX, "a9-58.smtp-out.amazonses.com", "54.240.9.58", d),
         auth(PERSONAL_MX, "amazon.com", "0100018b@amazonses.com", "amazon.com", ip="54.240.9.58"),
         ("Date", d), ("From", addr("Amazon Web Services", AWS_NOREPLY)), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
         ("Message-ID", mid("C-done", "email.amazonses.com")),
         ("In-Reply-To", mid("C-closing", "email.amazonses.com")),
         ("References", mid("C-ack", "email.amazonses.com") + " " + mid("C-closing", "email.amazonses.com"))],
        leaf(txt, cte="quoted-printable"), "resolved", False, CASE_C, [ID_NEW],
        "console case C resolved, voucher restored", "rating footer; reopen option is conditional")

    # 055 owner reopens case A by replying to the resolution
    d = "Wed, 02 Apr 2025 10:05:39 +0900"
    body = """Hi Aigerim,

One thing I noticed while checking the merged account: my first exam, AWS Certified
Cloud Practitioner from June 2021, is missing from Exam History. I think I took it while
signed in through Partner Central. Could you take a look?

Thanks,
Mizuho

On Tue, Mar 18, 2025 at 11:26 AM <%s> wrote:
> Thanks for confirming. The merge is done: Account #2 has been folded into Account #1
> (candidate ID %s).
""" % (TC_FORM, ID_NEW)
    add([("Date", d), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-reopen-ask", "hoshimail.jp")),
         ("In-Reply-To", mid("A-done", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-done", "email.amazonses.com"))],
        leaf(body), "user_reply", False, CASE_A, [],
        "owner reports a missing exam after the merge", "owner asks support a question")

    # 056 case A reopened
    d = "Wed, 02 Apr 2025 07:44:02 +0000"
    body = """Hello Mizuho,

I've reopened your case so we can look into the missing 2021 Cloud Practitioner exam.
I'm checking the records of the account that was merged, and I'll let you know what I
find.

Warm regards,
Aigerim
AWS Training and Certification Customer Service
"""
    add([rx(PERSONAL_MX, "a9-29.smtp-out.amazonses.com", "54.240.9.29", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.29"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-reopened", "email.amazonses.com")),
         ("In-Reply-To", mid("A-reopen-ask", "hoshimail.jp")),
         ("References", A_REFS + " " + mid("A-reopen-ask", "hoshimail.jp"))],
        leaf(body, cte="7bit"), "case_update", False, CASE_A, [],
        "case A reopened, investigating", "reopen news; no ask")
