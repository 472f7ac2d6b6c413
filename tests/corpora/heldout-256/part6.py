"""Messages 041-048: case A merged; survey, badge; console case C opens."""
from common import *

A_REFS = mid("A-ack", "email.amazonses.com")
C_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
C_FOOT = """Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To add correspondence to this case, sign in to the Support Center:
%s
""" % C_LINK


def build():
    # 041 owner confirms from the personal address, top-posted over long history
    d = "Tue, 18 Mar 2025 08:02:44 +0900"
    body = """Hi Aigerim,

Sorry for the slow reply, it's been a busy last month at work.
Confirmed. Please merge to Account #1 (this address).

Thanks,
Mizuho

On Mon, Mar 17, 2025 at 4:31 PM <{tc}> wrote:
> Hello Mizuho,
>
> I'm following up on your account merge. We still haven't received your confirmation from
> {me}, so the merge has not been started.
>
> If we don't hear from you within the next three business days, this case will be closed
> automatically. A reply from that address before then keeps it open, and we'll merge the
> accounts straight away.
>
> On Wed, Mar 12, 2025 at 3:20 PM <{tc}> wrote:
>> Hello Mizuho,
>>
>> Thank you for the quick reply. Unfortunately I can't act on it yet: it came from
>> {work}, which is the login of Account #2, the account that will be closed.
>>
>> We need you to send the same confirmation from {me} (Account #1).
>>
>> On Mon, Mar 10, 2025 at 2:03 PM <{tc}> wrote:
>>> Hello Mizuho,
>>>
>>> I'm Aigerim with the AWS Certification team.
>>>
>>>                   Account #1             Account #2
>>> Candidate ID      {new}            {old}
>>> Login email       {me}  {work}
>>>
>>> Please look over the details and confirm that both accounts are yours and that you would
>>> like everything merged into Account #1.
""".format(tc=TC_FORM, me=ME_PERSONAL, work=ME_WORK, new=ID_NEW, old=ID_OLD)
    add([("Date", d), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-reply-ok", "hoshimail.jp")),
         ("In-Reply-To", mid("A-closing", "email.amazonses.com")),
         ("References", " ".join([A_REFS, mid("A-confirm", "email.amazonses.com"),
                                  mid("A-wrongaddr", "email.amazonses.com"), mid("A-closing", "email.amazonses.com")]))],
        leaf(body), "user_reply", False, CASE_A, [],
        "owner confirms from the personal address",
        "top-posted over three levels of quoted requests containing IDs")

    # 042 case A resolved, quoting the confirmation listing
    d = "Tue, 18 Mar 2025 02:26:10 +0000"
    txt = """Hello Mizuho,

Thanks for confirming. The merge is done: Account #2 has been folded into Account #1
(candidate ID %s). Your exam history, both active certifications and the 50%% exam
voucher now sit on that account, and you can sign in with %s as before.

Credly may take up to a day to move your badges over. If anything looks off when you
check your account, just reply here and we'll take another look.

Warm regards,
Aigerim
AWS Training and Certification Customer Service

-----Original Message-----
From: %s
Sent: Monday, March 17, 2025 11:02 PM
Subject: Re: RE:[CASE %s] %s

Confirmed. Please merge to Account #1 (this address).

> Account #1  Candidate ID %s  Login email %s
> Account #2  Candidate ID %s  Login email %s
> Please look over the details and confirm that both accounts are yours and that you would
> like everything merged into Account #1.
""" % (ID_NEW, ME_PERSONAL, ME_PERSONAL, CASE_A, SUBJ_TC, ID_NEW, ME_PERSONAL, ID_OLD, ME_WORK)
    html = "<html><body><p>Hello Mizuho,</p><p>Thanks for confirming. <b>The merge is done</b>: Account #2 has " \
           "been folded into Account #1 (candidate ID %s). Your exam history, both active certifications and the " \
           "50%% exam voucher now sit on that account.</p><p>Credly may take up to a day to move your badges over. " \
           "If anything looks off when you check your account, just reply here and we'll take another look.</p>" \
           "<p>Warm regards,<br>Aigerim</p><div style=\"border-left:2px solid #ccc;padding-left:8px\">" \
           "Confirmed. Please merge to Account #1 (this address).<br>Please look over the details and confirm that " \
           "both accounts are yours and that you would like everything merged into Account #1.</div>" \
           "</body></html>" % ID_NEW
    add([rx(PERSONAL_MX, "a9-26.smtp-out.amazonses.com", "54.240.9.26", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.26"),
         ("Date", d), ("From", TC_FORM), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
         ("Message-ID", mid("A-done", "email.amazonses.com")),
         ("In-Reply-To", mid("A-reply-ok", "hoshimail.jp")),
         ("References", A_REFS + " " + mid("A-reply-ok", "hoshimail.jp"))],
        multi("alternative", [leaf(txt), leaf(html, "html")], "--==_mimepart_67d8d8e2"),
        "resolved", False, CASE_A, [ID_NEW],
        "case A merged", "quotes the old confirm request and the owner's 'Please merge'; conditional 'if anything looks off'")

    # 043 Credly: badges moved to the personal address
    d = "Tue, 18 Mar 2025 04:55:31 +0000"
    html = """<html><body><table width="600"><tr><td>
<p>Hi Mizuho,</p>
<p>Amazon Web Services Training and Certification has issued you <b>2 badges</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?src=email">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Sent to %s. Manage your notification settings in Credly.</p>
</td></tr></table></body></html>""" % ME_PERSONAL
    add([rx(PERSONAL_MX, "o3.email.credly.com", "167.89.12.17", d),
         auth(PERSONAL_MX, "credly.com", "bounces+77@email.credly.com", "credly.com", ip="167.89.12.17"),
         ("Date", d), ("From", addr("Credly", "admin@credly.com")), ("To", ME_PERSONAL),
         ("Subject", "You've been issued 2 new badges"),
         ("Message-ID", mid("credly3", "credly.com"))],
        leaf(html, "html", cte="base64"), "badge", False, None, [],
        "Credly badges issued to the personal address", "HTML-only base64; arrives right after the merge")

    # 044 survey for case A
    d = "Wed, 19 Mar 2025 02:30:00 +0000"
    txt = """Tell us about your recent support experience

Case ID: %s
Subject: account-assistance

Your case with AWS Training and Certification Customer Service has been resolved.
How satisfied were you with the help you received? Rate us from 1 to 5:
https://survey.aws-cs-feedback.amazon.com/s/TC?c=%s

This survey takes about two minutes. Replies to this e-mail are not read.
""" % (CASE_A, CASE_A)
    add([rx(PERSONAL_MX, "a9-90.smtp-out.amazonses.com", "54.240.9.90", d),
         auth(PERSONAL_MX, "amazon.com", "0100018e@amazonses.com", "amazon.com", ip="54.240.9.90"),
         ("Date", d), ("From", addr("AWS Customer Service", "aws-cs-survey@amazon.com")), ("To", ME_PERSONAL),
         ("Subject", "We'd like your feedback on case %s" % CASE_A),
         ("Message-ID", mid("A-survey", "email.amazonses.com"))],
        leaf(txt, cte="7bit"), "survey", False, CASE_A, [],
        "survey for case A", "asks a question with a Case ID line")

    # 045 certmetrics program feedback invitation
    d = "Thu, 20 Mar 2025 17:05:44 +0000"
    txt = """Hello Mizuho,

AWS Certification wants to hear from you.

Because you hold an active AWS Certification, you are invited to take part in a short
study about how you prepare for exams. The questionnaire takes about 15 minutes and is
entirely optional.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/2025-prep

AWS Certification
"""
    add([rx(PERSONAL_MX, "mta-05.certmetrics.com", "198.51.100.5", d),
         auth(PERSONAL_MX, "certmetrics.com", "bounces@certmetrics.com", "certmetrics.com", ip="198.51.100.5"),
         ("Date", d), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
         ("Subject", "AWS Certification wants to hear from you"),
         ("Message-ID", mid("cm-study", "certmetrics.com"))],
        leaf(txt, cte="7bit"), "certification", False, None, [],
        "certification program study invitation", "feedback request, but about the program, not a support case")

    # 046 console case C opened
    d = "Mon, 24 Mar 2025 01:12:08 +0000"
    txt = """Dear Customer,

We have received your case %s.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
Account: [AWS ID 482911305567]
Correspondence: Since my two certification accounts were merged last week (form case
%s), the 50%% discount voucher I earned in November no longer appears under
Benefits. Could you check where it went?

You can view and update the case at any time in the Support Center.

%s
Amazon Web Services
""" % (CASE_C, CASE_C, CASE_A, C_FOOT)
    add([rx(PERSONAL_MX, "a9-50.smtp-out.amazonses.com", "54.240.9.50", d),
         auth(PERSONAL_MX, "amazon.com", "0100018b@amazonses.com", "amazon.com", ip="54.240.9.50"),
         ("Date", d), ("From", addr("Amazon Web Services", AWS_NOREPLY)), ("To", ME_PERSONAL),
         ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
         ("Message-ID", mid("C-ack", "email.amazonses.com"))],
        leaf(txt), "acknowledgement", False, CASE_C, [],
        "console case C opened (voucher missing)",
        "echo has the owner's question; mentions another case number and a 12-digit account id")

    # 047 console case C: question, answer in Support Center
    d = "Tue, 25 Mar 2025 04:40:27 +0000"
    txt = """Hello,

Thank you for your patience. My name is Raúl and I work with the AWS Training and
Certification benefits team.

I can see the merge you mention completed on 18 March. Vouchers sometimes stay attached to
the closed account and have to be moved by hand, but I want to be sure I restore the right
one. What was the date the voucher was issued, and which exam did you plan to use it for?
If you still have the voucher code (it starts with CERT-), that would help too.

Please add your answer to the case in the Support Center rather than replying to this
e-mail.

Best regards,
Raúl P.
Amazon Web Services

Was this response helpful? You can rate it from the case page.

%s""" % C_FOOT
    add([rx(PERSONAL_MX, "a9-52.smtp-out.amazonses.com", "54.240.9.52", d),
         auth(PERSONAL_MX, "amazon.com", "0100018b@amazonses.com", "amazon.com", ip="54.240.9.52"),
         ("Date", d), ("From", addr("Amazon Web Services", AWS_NOREPLY)), ("To", ME_PERSONAL),
         ("Subject", "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
         ("Message-ID", mid("C-info", "email.amazonses.com")),
         ("In-Reply-To", mid("C-ack", "email.amazonses.com")), ("References", mid("C-ack", "email.amazonses.com"))],
        leaf(txt, cte="quoted-printable"), "info_request", True, CASE_C, [],
        "console case C: asks voucher date/exam, answer in Support Center",
        "cannot be answered by e-mail; questions in the middle; rating footer; no-reply sender")

    # 048 owner replies by e-mail to the no-reply address (wrong channel)
    d = "Tue, 25 Mar 2025 21:15:02 +0900"
    body = """Hello Raúl,

The voucher was issued on 28 November 2024, after I passed the Solutions Architect -
Professional exam. I was going to use it for the Security - Specialty exam in May.
Code: CERT-7HF2-QX81

Mizuho Kanzaki

> What was the date the voucher was issued, and which exam did you plan to use it for?
"""
    add([("Date", d), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", AWS_NOREPLY),
         ("Subject", "Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C),
         ("Message-ID", mid("C-reply-mail", "hoshimail.jp")),
         ("In-Reply-To", mid("C-info", "email.amazonses.com")),
         ("References", mid("C-ack", "email.amazonses.com") + " " + mid("C-info", "email.amazonses.com"))],
        leaf(body), "user_reply", False, CASE_C, [],
        "owner answers case C by e-mail (wrong channel)", "owner's mail to a no-reply address")
