# Part 5: confirmation, wrong-address reply, merge, aftermath (22 April - 2 May 2025)
from gen_lib import *

CO = addr("Makabe Toru", ME_COMPANY)
PE = addr(ME_NAME, ME_PERSONAL)
TCF = addr("AWS Training and Certification", TC_FORM)
S1 = "[AWS Training and Certification Form Submission] - account-assistance"
C1_ACK = "<0101019634c1d0e7-4a2b8c95-1e07-4d3f-b6a1-9c8e2f0d5b13-000000@us-west-2.amazonses.com>"
C1_CONF = "<010101965a9e17b4-9f2c5d08-4e61-4a3b-8c17-6d0e2b9f1a54-000000@us-west-2.amazonses.com>"
C1_WRONG = "<TY3PR01MB98034C1A7E2F9B0D6E3A5C81B22@TY3PR01MB9803.jpnprd01.prod.outlook.com>"
C1_ADDR = "<010101965f0c2e91-1a7b3e60-c8d4-4f25-b093-7e5a1d2c8f46-000000@us-west-2.amazonses.com>"
C1_OK1 = "<C0D4E8A2-5F13-4B9C-A6E7-81F2B3D05C9E@icloud.com>"
C1_CONF2 = "<010101965fa3d7c8-5e90b1a4-2d37-4c68-a9f0-3b6e8d1c2a75-000000@us-west-2.amazonses.com>"
C1_OK2 = "<F1A2B3C4-D5E6-4789-8ABC-DEF012345678@icloud.com>"
C1_DONE = "<0101019660b51e2a-7c3e9d15-a8f2-4b06-b14e-2e9f5c0a7d83-000000@us-west-2.amazonses.com>"

ACCT_TABLE_TXT = """Account #1
  Login email: makabe.toru@icloud.com
  Training notification email: makabe.toru@icloud.com
  Certification notification email: makabe.toru@icloud.com
  Candidate ID: AWS11830462

Account #2
  Login email: t-makabe@hoshizora-tech.co.jp
  Training notification email: t-makabe@hoshizora-tech.co.jp
  Certification notification email: t-makabe@hoshizora-tech.co.jp
  Candidate ID: AWS02417785"""

CONF_TXT = """Hello Toru,

My name is Aoife and I'll be completing your merge request. I searched our
records for every address you listed and found the two certification
accounts below.

""" + ACCT_TABLE_TXT + """

Exam history, three active certifications and one unused exam discount are
on Account #2; Account #1 has no history yet.

Kindly confirm that both accounts belong to you and that Account #1 is the
one to keep. Account #2 will be retired after the merge.

Many thanks,
Aoife
AWS Training and Certification Customer Service"""

# 045 C1 confirmation request: HTML-only table, to personal, cc company ---------------------------
row = lambda k, a, b: "<tr><td style=\"border:1px solid #bbb;padding:4px 8px\">%s</td><td style=\"border:1px solid #bbb;padding:4px 8px\">%s</td><td style=\"border:1px solid #bbb;padding:4px 8px\">%s</td></tr>" % (k, a, b)
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Toru,</p>
<p>My name is Aoife and I'll be completing your merge request. I searched our records for every address you listed and found the two certification accounts below.</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #bbb;padding:4px 8px;background:#eef">Account #1</th><th style="border:1px solid #bbb;padding:4px 8px;background:#eef">Account #2</th></tr>
""" + row("Login email", "makabe.toru@icloud.com", "t-makabe@hoshizora-tech.co.jp") + \
    row("Training notification email", "makabe.toru@icloud.com", "t-makabe@hoshizora-tech.co.jp") + \
    row("Certification notification email", "makabe.toru@icloud.com", "t-makabe@hoshizora-tech.co.jp") + \
    row("Candidate ID", "AWS11830462", "AWS02417785") + """
</table>
<p>Exam history, three active certifications and one unused exam discount are on Account #2; Account #1 has no history yet.</p>
<p>Kindly confirm that both accounts belong to you and that Account #1 is the one to keep. Account #2 will be retired after the merge.</p>
<p>Many thanks,<br>Aoife<br>AWS Training and Certification Customer Service</p>
</body></html>"""
add("confirmation_request", True, C1, [CAND_NEW, CAND_OLD],
    "HTML-only confirmation with the accounts side by side in a table (no plain-text part); 'Kindly confirm'; cc to the company address",
    [*auth_icloud("amazon.com", "010101965a9e17b4@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Cc", ME_COMPANY),
     ("Subject", "RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-22 09:47:30")),
     ("Message-ID", C1_CONF),
     ("References", C1_ACK)],
    part(h, "html", cte="quoted-printable"))

# 046 colleague out-of-office auto-reply ---------------------------------------------------
t = """久保は 4/21〜4/25 まで休暇をいただいております。
期間中のメールは確認できませんので、お急ぎの件は cloud-infra@hoshizora-tech.co.jp までご連絡ください。

I am out of the office until 25 April with no access to e-mail.
"""
add("unrelated", False, None, [],
    "Colleague's bilingual out-of-office auto-reply to the owner's handover mail",
    [("From", addr("久保 慎二", "s-kubo@hoshizora-tech.co.jp")),
     ("To", CO),
     ("Subject", subj("自動応答: 引き継ぎ資料（AWS 組織・SCP 一覧）")),
     ("Date", date("2025-04-22 10:15:07")),
     ("Message-ID", "<TYWPR01MB9921A0B7C3E5D1F2A8B4E6C7D90@TYWPR01MB9921.jpnprd01.prod.outlook.com>"),
     ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "s-kubo@hoshizora-tech.co.jp")],
    part(t, cte="base64"))

# 047 owner confirms - from the COMPANY address (Outlook) ----------------------------------------
t = """Hi Aoife,

Confirmed - both accounts are mine. Please keep Account #1 (makabe.toru@icloud.com) and merge Account #2 into it.

Thank you,
Toru Makabe

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, April 22, 2025 9:47 AM
To: makabe.toru@icloud.com
Cc: Makabe Toru <t-makabe@hoshizora-tech.co.jp>
Subject: RE:[CASE 174463579100342] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF_TXT + "\n"
add("user_reply", False, C1, [],
    "Owner's confirmation sent from the company address (Outlook, quoted table and both IDs below the header block are history)",
    [("From", CO),
     ("To", TCF),
     ("Cc", ME_PERSONAL),
     ("Subject", "RE: RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-22 11:02:54")),
     ("Message-ID", C1_WRONG),
     ("In-Reply-To", C1_CONF),
     ("References", C1_ACK + "\n " + C1_CONF),
     ("Thread-Topic", "RE:[CASE 174463579100342] " + S1),
     ("Content-Language", "en-US")],
    part(t, cte="quoted-printable"))

# 048 C1: must confirm from the destination address (info_request, subject without token) -----------------
t = """Hi Toru,

Thanks for the quick reply. Because the accounts will be merged into the
one registered to makabe.toru@icloud.com, the go-ahead has to come from that
address - your message arrived from t-makabe@hoshizora-tech.co.jp, which
belongs to the account being retired.

We need you to send the same confirmation from makabe.toru@icloud.com.
Replying to this e-mail from that mailbox is enough.

Case ID: 174463579100342

Many thanks,
Aoife
AWS Training and Certification Customer Service
"""
add("info_request", True, C1, [],
    "Wrong-address reply: support needs the confirmation re-sent from the personal address; subject has no [CASE] token, case only as 'Case ID:' in the body",
    [*auth_exo("amazon.com", "010101965f0c2e91@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Cc", ME_PERSONAL),
     ("Subject", "Re: Your certification account merge"),
     ("Date", date("2025-04-23 08:55:19")),
     ("Message-ID", C1_ADDR),
     ("In-Reply-To", C1_WRONG),
     ("References", C1_ACK + " " + C1_CONF + " " + C1_WRONG)],
    part(t, cte="quoted-printable"))

# 049 owner confirms from personal address (Gmail-like quoting) -------------------------------------
t = """Hi Aoife,

Sending this from makabe.toru@icloud.com as requested: both accounts are
mine, please keep Account #1 and merge Account #2 into it.

Toru

On Wed, Apr 23, 2025 at 8:55 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Toru,
>
> Thanks for the quick reply. Because the accounts will be merged into the
> one registered to makabe.toru@icloud.com, the go-ahead has to come from that
> address - your message arrived from t-makabe@hoshizora-tech.co.jp, which
> belongs to the account being retired.
>
> We need you to send the same confirmation from makabe.toru@icloud.com.
> Replying to this e-mail from that mailbox is enough.
>
> Case ID: 174463579100342
"""
add("user_reply", False, C1, [],
    "Owner's confirmation again, now from the personal address; quoted request with 'We need you to' below",
    [("From", PE),
     ("To", TCF),
     ("Subject", "Re: Your certification account merge"),
     ("Date", date("2025-04-23 12:31:08")),
     ("Message-ID", C1_OK1),
     ("In-Reply-To", C1_ADDR),
     ("References", C1_ACK + " " + C1_CONF + " " + C1_WRONG + " " + C1_ADDR),
     ("User-Agent", "iCloud Mail/2516B23")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 050 C1 second confirmation request (short, no please) --------------------------------------
t = """Toru,

Thanks, that works. One last check before I run the merge: Account #2 sends
certification notices to t-makabe@hoshizora-tech.co.jp, which you said stops
working on 30 April. After the merge every notice will go to
makabe.toru@icloud.com only, and the candidate ID that remains is AWS11830462.
OK to go ahead on that basis?

Rahul S.
AWS Training and Certification Customer Service
Case 174463579100342
"""
add("confirmation_request", True, C1, [CAND_NEW],
    "Second, terse go-ahead question from another agent: no 'please', ends in a question; case number only in signature",
    [*auth_icloud("amazon.com", "010101965fa3d7c8@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "Re: Your certification account merge"),
     ("Date", date("2025-04-23 14:10:42")),
     ("Message-ID", C1_CONF2),
     ("In-Reply-To", C1_OK1),
     ("References", C1_ACK + " " + C1_CONF + " " + C1_ADDR + " " + C1_OK1)],
    part(t, cte="7bit", charset="us-ascii"))

# 051 owner: "yes" ---------------------------------------------------------------------------
t = """Yes, please go ahead.

Toru

On Apr 23, 2025, at 14:10, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

> Toru,
>
> Thanks, that works. One last check before I run the merge: [...]
> OK to go ahead on that basis?
"""
add("user_reply", False, C1, [],
    "One-line go-ahead from the owner's phone",
    [("From", PE),
     ("To", TCF),
     ("Subject", "Re: Your certification account merge"),
     ("Date", date("2025-04-23 14:26:15")),
     ("Message-ID", C1_OK2),
     ("In-Reply-To", C1_CONF2),
     ("References", C1_CONF + " " + C1_ADDR + " " + C1_OK1 + " " + C1_CONF2),
     ("X-Mailer", "iPhone Mail (22E240)")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 052 C1 resolved, top-posted over the full history -------------------------------------------
hist = ("-----Original Message-----\nFrom: Toru Makabe <makabe.toru@icloud.com>\nSent: 23 April 2025 05:26 UTC\n"
        "Subject: Re: Your certification account merge\n\nYes, please go ahead.\n\n"
        "-----Original Message-----\nFrom: AWS Training and Certification\nSent: 23 April 2025 05:10 UTC\n\n"
        "Toru,\n\nThanks, that works. One last check before I run the merge: Account #2 sends\n"
        "certification notices to t-makabe@hoshizora-tech.co.jp [...]\nOK to go ahead on that basis?\n\n"
        "-----Original Message-----\nFrom: AWS Training and Certification\nSent: 22 April 2025 00:47 UTC\n\n" + CONF_TXT)
t = """Hello Toru,

All done. Account #2 has been merged into Account #1: your exam history, the
three certifications and the unused 50% discount are now under candidate ID
AWS11830462, and AWS02417785 no longer exists as a separate account.

Credly usually reflects the change within a day. Should anything be missing
when you sign in, reply to this e-mail and we'll take another look.

Best regards,
Rahul S.
AWS Training and Certification Customer Service

""" + quote(hist) + "\n"
add("resolved", False, C1, [CAND_NEW, CAND_OLD],
    "Merge done; top-posted over the whole thread including the quoted 'Kindly confirm' table; conditional 'should anything be missing, reply'",
    [*auth_icloud("amazon.com", "0101019660b51e2a@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-23 19:22:03")),
     ("Message-ID", C1_DONE),
     ("In-Reply-To", C1_OK2),
     ("References", C1_ACK + " " + C1_CONF + " " + C1_CONF2 + " " + C1_OK2)],
    multipart([part(t), part("<div style=\"font-family:Arial\">" + html_from_text(t.split("\n\n> ")[0]) +
                             "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" +
                             html_from_text(hist) + "</blockquote></div>", "html")],
              "=_AWSCS_done_7c3e9d15"))

# 053 Credly after the merge --------------------------------------------------------------------
t = """Hi Toru,

Your AWS Certification account was updated by Amazon Web Services Training and
Certification, and 3 badges are now connected to makabe.toru@icloud.com:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

Review and accept them here: https://www.credly.com/earner/earned

The Credly Team
"""
add("badge", False, None, [],
    "Credly mail right after the merge, mentions the account update; badge, not case",
    [*auth_icloud("credly.com", "bounces.credly.com", ip="167.89.12.44"),
     ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_PERSONAL),
     ("Subject", "3 badges are waiting for you"),
     ("Date", date("2025-04-23 21:05:51")),
     ("Message-ID", "<20250423120551.2210.c7e4@credly.com>")],
    part(t, cte="7bit", charset="us-ascii"))

# 054 certmetrics: profile email changed ----------------------------------------------------------
t = """Hello Toru Makabe,

The e-mail address on your AWS Certification Account was changed.

  Previous: t-makabe@hoshizora-tech.co.jp
  New:      makabe.toru@icloud.com
  Candidate ID: AWS11830462

If you made this change, no action is required. If you did not, contact AWS
Training and Certification through the contact form right away.

AWS Certification
"""
add("certification", False, None, [CAND_NEW],
    "Program notice that the profile e-mail changed (consequence of the case, but a CertMetrics notice); conditional 'if you did not' request",
    [*auth_icloud("certmetrics.com", "bounce.certmetrics.com"),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Your AWS Certification Account e-mail address was updated"),
     ("Date", date("2025-04-24 02:14:36")),
     ("Message-ID", "<0101019661c2e7a0-4b8d2f13-7e05-4c9a-8d31-5f0e6a2b9c74-000000@us-west-2.amazonses.com>")],
    part(t, cte="quoted-printable"))

# 055 C1 survey (HTML only) ---------------------------------------------------------------------
h = """<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<p>Hi Toru,</p>
<p>Your recent case with AWS Training and Certification Customer Service (Case ID 174463579100342) was marked as resolved.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p>
<a href="https://survey.aws-tc.amazon.com/r/2b8d1e?case=174463579100342&amp;s=5">Very satisfied</a> |
<a href="https://survey.aws-tc.amazon.com/r/2b8d1e?case=174463579100342&amp;s=4">Satisfied</a> |
<a href="https://survey.aws-tc.amazon.com/r/2b8d1e?case=174463579100342&amp;s=3">Neutral</a> |
<a href="https://survey.aws-tc.amazon.com/r/2b8d1e?case=174463579100342&amp;s=2">Dissatisfied</a> |
<a href="https://survey.aws-tc.amazon.com/r/2b8d1e?case=174463579100342&amp;s=1">Very dissatisfied</a></p>
<p>Would you take one more minute to tell us what we could do better? Just click a rating above.</p>
<p style="font-size:11px;color:#777">This survey is sent from an unmonitored address.</p>
</td></tr></table></body></html>"""
add("survey", False, C1, [],
    "HTML-only rating survey with a question ('Would you take one more minute...?') that is not a case request",
    [*auth_icloud("amazon.com", "0101019668d40b7e@us-west-2.amazonses.com"),
     ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
     ("To", ME_PERSONAL),
     ("Subject", "How did we do? Tell us about your recent support experience"),
     ("Date", date("2025-04-25 10:00:09")),
     ("Message-ID", "<0101019668d40b7e-2f5c9e31-0a84-4d7b-b6e2-c93a1f0e8d57-000000@us-west-2.amazonses.com>")],
    part(h, "html", cte="quoted-printable"))
