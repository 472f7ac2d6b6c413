"""Late March 2025: confirmation on case A, wrong-address reply, closing notice, merge."""
from part1 import *

A_SUBJ = "RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance"
A_ACK = "CAJq0b1x.174156556700318.ack@cases-tc.amazon.com"
A_M4 = "CAJq0b1x.174156556700318.m4@cases-tc.amazon.com"

conf_plain = """Hello Rina,

My name is Valentina and I'll be handling the merge itself. Before I change
anything, I need you to look over the two certification accounts we found for
you:

Account #1
  Candidate ID: AWS09164228
  Login email: rina.okabe.dev@kumomail.jp
  Training notification email: rina.okabe.dev@kumomail.jp
  Certification notification email: rina.okabe.dev@kumomail.jp

Account #2
  Candidate ID: AWS02937714
  Login email: r-okabe@sorairo-sys.co.jp
  Training notification email: r-okabe@sorairo-sys.co.jp
  Certification notification email: r-okabe@sorairo-sys.co.jp

The plan is to keep Account #1 and fold Account #2 into it: exam history,
certifications and benefits all move, and Account #2 stops working.

Are both accounts yours, and is Account #1 the one you want to keep? A short
reply is enough, and I'll start as soon as I have it.

Valentina M.
AWS Training and Certification - Account Specialist
"""
rows = "".join(
    "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
        ("Candidate ID", "AWS09164228", "AWS02937714"),
        ("Login email", ME_PERSONAL, ME_COMPANY),
        ("Training notification email", ME_PERSONAL, ME_COMPANY),
        ("Certification notification email", ME_PERSONAL, ME_COMPANY)])
conf_html = """<html><body style="font-family:Arial;font-size:14px"><p>Hello Rina,</p>
<p>My name is Valentina and I'll be handling the merge itself. Before I change anything, I need
you to look over the two certification accounts we found for you:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>%s</table>
<p>The plan is to keep <b>Account #1</b> and fold Account #2 into it: exam history, certifications
and benefits all move, and Account #2 stops working.</p>
<p>Are both accounts yours, and is Account #1 the one you want to keep? A short reply is enough,
and I'll start as soon as I have it.</p>
<p>Valentina M.<br>AWS Training and Certification - Account Specialist</p></body></html>""" % rows

# 024 ------------------------------------------------------------------------
d = when("2025-03-16 23:52:14")
add("confirmation_request", True, CASE_A, ["AWS09164228", "AWS02937714"],
    "The merge confirmation: Account #1/#2 listing as a table (multipart, quoted-printable), asked as questions.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY, A_SUBJ, d, A_M4,
         alt(conf_plain, conf_html),
         irt="CAJq0b1x.174156556700318.m3@cases-tc.amazon.com",
         refs=[A_ACK, "CAJq0b1x.174156556700318.m3@cases-tc.amazon.com"],
         auth_res=auth(ME_COMPANY, "amazon.com"),
         recv=[received(ME_COMPANY, "smtp-fw-80007.amazon.com", "99.78.197.218", d)]))

# 025 ------------------------------------------------------------------------
d = when("2025-03-17 09:20:03", JST)
add("user_reply", False, CASE_A, [],
    "Owner confirms, but from the work address (the account being retired).",
    mail(who(ME_NAME, ME_COMPANY), TC_FORM, "RE: " + A_SUBJ, d,
         "TY3PR01MB11930AA01BB02CC03@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         text("""Hi Valentina,

Yes, both are mine. Confirmed: please merge Account #2 into Account #1.

Thank you,
Rina

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 17, 2025 8:52 AM
To: Rina Okabe <r-okabe@sorairo-sys.co.jp>
Subject: RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance

""" + conf_plain, "us-ascii", "7bit"),
         irt=A_M4, refs=[A_ACK, A_M4], mailer="Microsoft Outlook 16.0", eol="\r\n"))

# 026 ------------------------------------------------------------------------
d = when("2025-03-17 21:40:56")
add("info_request", True, CASE_A, [],
    "Support needs the same confirmation written from the other (destination) address; cc to personal.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY, A_SUBJ, d,
         "CAJq0b1x.174156556700318.m5@cases-tc.amazon.com",
         text("""Hello Rina,

Thank you for the quick answer. Unfortunately I can't act on it yet: it came
from r-okabe@sorairo-sys.co.jp, which belongs to the account that would be
closed. For the protection of your records, a merge has to be approved from
the address of the account that stays.

We need you to send the same confirmation from rina.okabe.dev@kumomail.jp.
Replying to this message from that mailbox is fine (I've copied it here);
just leave the case number in the subject.

Valentina M.
AWS Training and Certification - Account Specialist
""", "us-ascii", "7bit"),
         cc=ME_PERSONAL,
         irt="TY3PR01MB11930AA01BB02CC03@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         refs=[A_ACK, A_M4, "TY3PR01MB11930AA01BB02CC03@TY3PR01MB11930.jpnprd01.prod.outlook.com"],
         auth_res=auth(ME_COMPANY, "amazon.com")))

# 027 ------------------------------------------------------------------------
d = when("2025-03-18 08:03:41")
add("unrelated", False, None, [],
    "Another vendor's help desk: request 'solved', reply to reopen. Looks like a closing/resolved notice.",
    mail(who("Notefold Support", "support@notefold.zendesk.com"), ME_PERSONAL,
         "[Notefold Support] Re: Export stuck at 99%", d,
         "ZDR4K9M1P7_67d92a1d8e3f4_58213_sprut@zendesk.com",
         alt("""##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen it, simply reply to this email.

Kenji (Notefold Support)
Mar 18, 2025, 17:03 JST

The export job was waiting on a stuck thumbnail worker. We restarted it and your
export finished. The download link is valid for 7 days.

This email is a service from Notefold Support.
[ZDR4K9-M1P7]
""", """<html><body><p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Your request (58213) has been solved. To reopen it, simply reply to this email.</p>
<p><b>Kenji</b> (Notefold Support)<br>Mar 18, 2025, 17:03 JST</p>
<p>The export job was waiting on a stuck thumbnail worker. We restarted it and your export finished.
The download link is valid for 7 days.</p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "notefold.zendesk.com"),
         reply_to="Notefold Support <support+id58213@notefold.zendesk.com>"))

# 028 ------------------------------------------------------------------------
d = when("2025-03-21 00:31:05")
add("closing_notice", True, CASE_A, [],
    "Reminder that the case closes in 3 business days without an answer; sent to both addresses.",
    mail(who("AWS Training and Certification", TC_FORM), "%s, %s" % (ME_PERSONAL, ME_COMPANY), A_SUBJ, d,
         "CAJq0b1x.174156556700318.m6@cases-tc.amazon.com",
         text("""Hello Rina,

We're still waiting for the merge confirmation from rina.okabe.dev@kumomail.jp
that we asked for on March 17. If we don't hear from you within 3 business
days, this case will be closed automatically. A reply from you before then
keeps it open, and you can also reply after closure to reopen it.

AWS Training and Certification Customer Support
""", "us-ascii", "7bit"),
         irt="CAJq0b1x.174156556700318.m5@cases-tc.amazon.com",
         refs=[A_ACK, A_M4, "CAJq0b1x.174156556700318.m5@cases-tc.amazon.com"],
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 029 ------------------------------------------------------------------------
d = when("2025-03-21 12:05:44", JST)
add("user_reply", False, CASE_A, [],
    "Owner's confirmation from the personal address, Gmail-style 'On ... wrote:' quote below.",
    mail(who(ME_NAME, ME_PERSONAL), TC_FORM, "Re: " + A_SUBJ, d,
         "CAK7z+Qm3vT1xRr0nP=Wq5yF2b_hG8dL0eJ4sA6u@mail.kumomail.jp",
         text("""Hello Valentina,

Writing from rina.okabe.dev@kumomail.jp as asked. Both accounts are mine;
please merge Account #2 into Account #1 and keep Account #1.

Sorry for the wait, it was a busy last week at work.

Rina

On Fri, 21 Mar 2025 at 09:31, AWS Training and Certification
<aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote("""Hello Rina,

We're still waiting for the merge confirmation from rina.okabe.dev@kumomail.jp
that we asked for on March 17. If we don't hear from you within 3 business
days, this case will be closed automatically."""), "us-ascii", "7bit"),
         cc=ME_COMPANY, irt="CAJq0b1x.174156556700318.m6@cases-tc.amazon.com",
         refs=[A_ACK, A_M4, "CAJq0b1x.174156556700318.m6@cases-tc.amazon.com"],
         extra=["User-Agent: Kumomail Webmail/5.2"]))

# 030 ------------------------------------------------------------------------
d = when("2025-03-21 06:48:19")
add("resolved", False, CASE_A, [],
    "Merge done; quotes the whole confirmation request (Account #1/#2 + questions) under an Outlook separator.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL, A_SUBJ, d,
         "CAJq0b1x.174156556700318.m7@cases-tc.amazon.com",
         text("""Hello Rina,

Thank you, that's all I needed. I have merged Account #2 into Account #1.
Your exam history, your Solutions Architect - Associate certification and the
unused 50% exam benefit are now under rina.okabe.dev@kumomail.jp. Account #2
can no longer be signed in to.

Your badge profile may take up to a day to catch up. There's nothing more you
need to do, and I'm marking this case as resolved.

Valentina M.
AWS Training and Certification - Account Specialist

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 3/16/2025 11:52 PM
Subject: RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance

""" + conf_plain, "us-ascii", "7bit"),
         irt="CAK7z+Qm3vT1xRr0nP=Wq5yF2b_hG8dL0eJ4sA6u@mail.kumomail.jp",
         refs=[A_ACK, A_M4, "CAK7z+Qm3vT1xRr0nP=Wq5yF2b_hG8dL0eJ4sA6u@mail.kumomail.jp"],
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 031 ------------------------------------------------------------------------
d = when("2025-03-21 07:02:50")
add("badge", False, None, [],
    "Credly badge issued to the personal address right after the merge (could be mistaken for case mail).",
    mail(who("Credly", "admin@credly.com"), ME_PERSONAL,
         "You've been issued a badge by Amazon Web Services Training and Certification", d,
         "67dd0f6a3b2c1_4e8a9f7d6c5b@credly-mailer-7f9c.mail",
         alt("""Hi Rina,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept it and share it: https://www.credly.com/badges/a1e07c55-2b9d-4f3a-8e61-0d4c9b7f3e22/accept

Credly
""", """<html><body><p>Hi Rina,</p><p>Amazon Web Services Training and Certification has issued you a
badge: <b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/a1e07c55-2b9d-4f3a-8e61-0d4c9b7f3e22/accept">Accept badge</a></p>
</body></html>"""),
         auth_res=auth(ME_PERSONAL, "credly.com")))

# 032 ------------------------------------------------------------------------
d = when("2025-03-22 07:00:00")
add("survey", False, CASE_A, [],
    "Satisfaction survey for case A; 'please don't reply' and a rating link.",
    mail(who("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_PERSONAL,
         "How did we do? Your AWS Training and Certification case 174156556700318", d,
         "svy.174156556700318.20250322@feedback.amazon.com",
         html("""<html><body style="font-family:Arial"><p>Hello Rina,</p>
<p>Your recent case <b>174156556700318</b> with AWS Training and Certification Customer Support
was resolved. Would you take two minutes to tell us how it went?</p>
<p>How satisfied were you with the support you received?<br>
<a href="https://feedback.aws.training/s/tc?c=174156556700318&r=5">Very satisfied</a> |
<a href="https://feedback.aws.training/s/tc?c=174156556700318&r=3">Neutral</a> |
<a href="https://feedback.aws.training/s/tc?c=174156556700318&r=1">Not satisfied</a></p>
<p style="font-size:11px;color:#777">Replies to this address are not monitored.</p>
</body></html>""", cte="quoted-printable"),
         auth_res=auth(ME_PERSONAL, "amazon.com")))
