"""Messages 025-032: duplicate closed, partner hold with buried question, spoof, hold lifted."""
from common import *

A_REFS = mid("A-ack", "email.amazonses.com")


def build():
    # 025 owner forwards the duplicate ack to the personal address
    d = "Mon, 03 Mar 2025 19:40:12 +0900"
    body = """自分用メモ：フォームを二重に送ってしまった（会社アドレスからも送信）。
個人アドレス側のケースで進めてもらうので、こちらは閉じてもらう予定。

---------- Forwarded message ---------
From: <%s>
Date: 2025年3月3日(月) 19:31
Subject: [CASE %s] %s
To: <%s>

Amazon Web Services にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。ケースの詳細は以下のとおりです:
内容:
退職のため、会社アドレスの認定アカウント（%s）を個人アカウント（%s）に統合したいです。
""" % (TC_FORM, CASE_B, SUBJ_TC, ME_WORK, CASE_B, ID_OLD, ID_NEW)
    add([("Date", d), ("From", addr(ME_NAME_JA, ME_WORK)), ("To", ME_PERSONAL),
         ("Subject", subj("Fwd: [CASE %s] %s" % (CASE_B, SUBJ_TC))),
         ("Message-ID", mid("B-fwd", "tessera-sys.co.jp")),
         ("References", mid("B-ack", "email.amazonses.com"))],
        leaf(body), "user_reply", False, CASE_B, [],
        "owner forwards duplicate ack to self with a note",
        "forwarded support text with candidate IDs (not the owner's new text)")

    # 026 case B closed as duplicate
    d = "Tue, 04 Mar 2025 00:52:17 +0000"
    body = """Hello Mizuho,

I noticed that this request is the same as case %s, which you opened a few
minutes earlier from %s. To keep everything in one place I have closed this
case (%s) and linked it to the other one. All further updates will come through
case %s.

There is nothing you need to do on this case.

Regards,
Sofia M.
AWS Training and Certification Customer Service
""" % (CASE_A, ME_PERSONAL, CASE_B, CASE_A)
    add([rx(WORK_MX, "a8-61.smtp-out.amazonses.com", "54.240.8.61", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.61"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_TC)),
         ("Message-ID", mid("B-dup", "email.amazonses.com")),
         ("In-Reply-To", mid("B-ack", "email.amazonses.com")),
         ("References", mid("B-ack", "email.amazonses.com"))],
        leaf(body, cte="7bit"), "case_update", False, CASE_B, [],
        "duplicate case B closed and linked to A",
        "'closed' but not for silence and not resolved; names the other case number in the body")

    # 027 case A partner hold with a buried question
    d = "Tue, 04 Mar 2025 03:18:26 +0000"
    txt = """Hello Mizuho,

My name is Daniel and I'm looking after your account merge request.

While reviewing the two accounts I found that the certification account registered to
%s is associated with an AWS Partner Network (APN) organization,
Tessera Systems K.K. Certifications held on partner-linked accounts count toward that
partner's tier requirements, so our policy does not allow us to move them to a personal
account while the holder is still employed by the partner. The partner's administrator
would otherwise see the certifications disappear from their organization without notice.

For that reason I have placed your case on hold for now.

If you are in fact leaving the company, that changes things, and I can ask our partner
team to release the account. Could you let me know whether you are leaving Tessera
Systems and, if so, what your last working day will be? Please reply from %s.

Thanks for your patience,
Daniel R.
AWS Training and Certification Customer Service
""" % (ME_WORK, ME_PERSONAL)
    html = "<html><body><p>Hello Mizuho,</p><p>My name is Daniel and I'm looking after your account merge " \
           "request.</p><p>While reviewing the two accounts I found that the certification account registered to " \
           "%s is associated with an AWS Partner Network (APN) organization, Tessera Systems K.K. " \
           "Certifications held on partner-linked accounts count toward that partner's tier requirements, so our " \
           "policy does not allow us to move them to a personal account while the holder is still employed by the " \
           "partner.</p><p><b>For that reason I have placed your case on hold for now.</b></p><p>If you are in fact " \
           "leaving the company, that changes things, and I can ask our partner team to release the account. Could " \
           "you let me know whether you are leaving Tessera Systems and, if so, what your last working day will be? " \
           "Please reply from %s.</p><p>Thanks for your patience,<br>Daniel R.<br>AWS Training and " \
           "Certification Customer Service</p></body></html>" % (ME_WORK, ME_PERSONAL)
    add([rx(PERSONAL_MX, "a9-40.smtp-out.amazonses.com", "54.240.9.40", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.40"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-hold", "email.amazonses.com")),
         ("In-Reply-To", A_REFS), ("References", A_REFS)],
        multi("alternative", [leaf(txt), leaf(html, "html")], "_000_A1hold4471_"),
        "on_hold", True, CASE_A, [],
        "case A on hold: company account tied to an APN partner",
        "question buried at the end of a long policy explanation; the hold itself is outside the owner")

    # 028 Builder ID verification code
    d = "Tue, 04 Mar 2025 11:02:09 +0000"
    txt = """Verify your AWS Builder ID email address

Enter this code to finish verifying your email address:

    804315

The code expires in 10 minutes. If you did not request it, you can ignore this e-mail.

Amazon Web Services
"""
    add([rx(PERSONAL_MX, "a9-12.smtp-out.amazonses.com", "54.240.9.12", d),
         auth(PERSONAL_MX, "signin.aws", "0100018f@amazonses.com", "signin.aws", ip="54.240.9.12"),
         ("Date", d), ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_PERSONAL),
         ("Subject", "Your AWS Builder ID verification code"),
         ("Message-ID", mid("builderid-code", "signin.aws"))],
        leaf(txt, cte="7bit"), "unrelated", False, None, [],
        "Builder ID one-time code", "6-digit code; 'verify' wording")

    # 029 spoofed case mail: dmarc=fail on amazon.com
    d = "Wed, 05 Mar 2025 02:00:41 +0000"
    fake = "174114000000219"
    html = """<html><body>
<p>Dear Customer,</p>
<p>We are processing the merge of your AWS Certification accounts (case %s).
Before we can continue, you must confirm ownership of both accounts.</p>
<p>Please <a href="https://aws-training.account-verify-portal.co/merge?case=%s">sign in here</a>
with the password of your old account within 24 hours, otherwise your certifications
will be permanently removed.</p>
<p>AWS Training and Certification</p>
</body></html>""" % (fake, fake)
    add([rx(PERSONAL_MX, "mail.smtp-relay7.example.net", "45.95.147.20", d),
         ("Authentication-Results", "%s;\n\tdkim=fail (body hash did not verify) header.d=amazon.com;\n"
          "\tspf=fail (%s: domain of %s does not designate 45.95.147.20 as permitted sender)"
          " smtp.mailfrom=%s;\n\tdmarc=fail (p=QUARANTINE) header.from=amazon.com"
          % (PERSONAL_MX, PERSONAL_MX, TC_FORM, TC_FORM)),
         ("Date", d), ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s - action required" % (fake, SUBJ_TC)),
         ("Message-ID", mid("spoof-case", "smtp-relay7.example.net"))],
        leaf(html, "html"), "suspicious", False, None, [],
        "spoofed 'confirm ownership' mail in the real sender's name",
        "right sender and subject shape, unknown case number; only Authentication-Results shows dmarc=fail")

    # 030 owner answers the hold
    d = "Wed, 05 Mar 2025 12:15:33 +0900"
    body = """Hi Daniel,

Thanks for explaining. Yes, I am leaving Tessera Systems; my last working day is
31 March 2025 and my company mailbox will be shut down that night. My manager knows
about the move and is fine with the certifications leaving the partner account.

Best regards,
Mizuho Kanzaki

On Tue, Mar 4, 2025 at 12:18 PM <%s> wrote:
%s
""" % (TC_FORM, quote("""Hello Mizuho,

My name is Daniel and I'm looking after your account merge request.
...
If you are in fact leaving the company, that changes things, and I can ask our partner
team to release the account. Could you let me know whether you are leaving Tessera
Systems and, if so, what your last working day will be? Please reply from %s.""" % ME_PERSONAL))
    add([("Date", d), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-reply-hold", "hoshimail.jp")),
         ("In-Reply-To", mid("A-hold", "email.amazonses.com")),
         ("References", A_REFS + " " + mid("A-hold", "email.amazonses.com"))],
        leaf(body), "user_reply", False, CASE_A, [],
        "owner says last day is 31 March", "quoted question below the owner's answer")

    # 031 other vendor: case closed for no response
    d = "Thu, 06 Mar 2025 06:30:00 +0000"
    body = """Hello Mizuho,

We haven't heard back from you regarding case 00412877 ("Restore job fails with
error 0x3E on volume snapshot"), so we have closed it.

If the problem comes back, simply reply to this e-mail within 30 days and the case will be
reopened automatically.

NimbusVault Support
ref:_00D5g0CxYz._5008Y1kQ2r:ref
"""
    add([rx(WORK_MX, "smtp-out2.nimbusvault.io", "198.51.100.77", d),
         auth(WORK_MX, "nimbusvault.io", "support@nimbusvault.io", "nimbusvault.io", ip="198.51.100.77"),
         ("Date", d), ("From", addr("NimbusVault Support", "support@nimbusvault.io")), ("To", ME_WORK),
         ("Subject", "Case 00412877 closed: Restore job fails with error 0x3E [ ref:_00D5g0CxYz._5008Y1kQ2r:ref ]"),
         ("Message-ID", mid("nv-closed", "nimbusvault.io"))],
        leaf(body, cte="7bit"), "unrelated", False, None, [],
        "another vendor's case closed for inactivity",
        "same shape as an AWS closing notice; Salesforce ref token; not an AWS case")

    # 032 case A hold lifted
    d = "Fri, 07 Mar 2025 01:40:05 +0000"
    body = """Hi Mizuho,

Thank you for confirming your departure date. Our partner team has reviewed the account
and released it, so the hold on your case is lifted. I've passed the merge request on to
our certification team; they'll be in touch with the account details shortly.

Best,
Daniel R.
AWS Training and Certification Customer Service

> Thanks for explaining. Yes, I am leaving Tessera Systems; my last working day is
> 31 March 2025 and my company mailbox will be shut down that night.
"""
    add([rx(PERSONAL_MX, "a9-33.smtp-out.amazonses.com", "54.240.9.33", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.33"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-unhold", "email.amazonses.com")),
         ("In-Reply-To", mid("A-reply-hold", "hoshimail.jp")),
         ("References", A_REFS + " " + mid("A-reply-hold", "hoshimail.jp"))],
        leaf(body, cte="7bit"), "case_update", False, CASE_A, [],
        "case A hold lifted, passed to certification team",
        "mentions 'hold' and 'merge request' but asks nothing")
