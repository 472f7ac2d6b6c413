# Messages 040-049 (11 - 17 Mar 2025): closing notice, confirmation, merge, reopening.
from gen_lib import *  # noqa: F401,F403
from gen_part03 import SUBJ_A


def run():
    # 040 suspicious: lookalike domain asking to confirm the merge
    m = mid_generic("040", "aws-certification-merge.com")
    plain = """AWS Training & Certification

FINAL NOTICE - account merge confirmation

Dear Certified Professional,

We received a request to merge the AWS Certification account with Candidate ID
AWS09912047 into another account. If this request came from you, confirm it
within 12 hours by signing in below. If we do not receive confirmation, all
certifications on both accounts will be suspended pending review.

  Confirm merge: https://aws-certification-merge.com/confirm/%s

Thank you,
AWS Training & Certification Team
""" % h("040l", 14)
    htm = ("<html><body style=\"font-family:Arial\"><div style=\"background:#232f3e;color:#fff;padding:12px\">"
           "AWS Training &amp; Certification</div><h3 style=\"color:#c00\">FINAL NOTICE &ndash; account merge confirmation</h3>"
           "<p>Dear Certified Professional,</p><p>We received a request to merge the AWS Certification account with "
           "Candidate ID AWS09912047 into another account. If this request came from you, confirm it within "
           "<b>12 hours</b> by signing in below.</p><p><a href=\"https://aws-certification-merge.com/confirm/x\" "
           "style=\"background:#ff9900;color:#000;padding:8px 16px\">Confirm merge</a></p>"
           "<p>Thank you,<br>AWS Training &amp; Certification Team</p></body></html>")
    raw = build([
        ("Authentication-Results", ar_fastmail("aws-certification-merge.com", policy="none")),
        ("From", "AWS Training & Certification <support@aws-certification-merge.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "FINAL NOTICE: confirm your AWS Certification account merge"),
        ("Date", date("2025-03-11 21:08:44")),
        ("Message-ID", m),
    ], multipart("alternative", [text(plain, cte="7bit", charset="us-ascii"), html(htm, cte="7bit", charset="us-ascii")], "040"))
    add(raw, "suspicious", False, None, ["AWS09912047"],
        "Phishing from a lookalike domain: 'final notice, confirm your merge'",
        "Arrives the day after the real confirmation request and uses the same vocabulary; candidate ID is not hers")

    # 041 Skill Builder receipt
    m = mid_ses("041")
    body = """AWS Skill Builder

Thanks for your purchase, Priya.

Order number:   SB-2025-0312-88410
Plan:           Individual (monthly)
Amount:         USD 29.00
Billing period: 12 Mar 2025 - 11 Apr 2025
Payment:        Visa ending 4417

Your subscription includes AWS Builder Labs, AWS Jam and official practice
exams. Manage your subscription at https://skillbuilder.aws/subscription.

Questions about this charge? Contact us through the AWS Training and
Certification help page.
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("aws.training", "amazonses.com")),
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
        ("To", ME_PERSONAL),
        ("Subject", "Your AWS Skill Builder subscription receipt"),
        ("Date", date("2025-03-12 02:31:09")),
        ("Message-ID", m),
    ] + ses_headers("041"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "Skill Builder subscription receipt",
        "AWS Training and Certification family sender, order number, mentions contacting T&C")

    # 042 A9 closing notice
    IDS["A9"] = mid_ses("A9")
    body = """Hello Priya,

I'm following up on my message of March 10 about merging your certification
accounts, as I haven't seen a reply yet.

If we don't hear from you within 3 business days, this case will be closed.
A reply at any time - even after it closes - will reopen it.

To go ahead, just answer "Confirmed" and I'll merge Account #2 (%s)
into Account #1 (%s).

Mahalo,
Keoni
AWS Certification Records | AWS Training and Certification
""" % (CAND_OLD, CAND_NEW)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-13 02:14:50")),
        ("Message-ID", IDS["A9"]),
        ("In-Reply-To", IDS["A8"]),
        ("References", fold_refs([IDS["A1"], IDS["A7"], IDS["A8"]])),
    ] + ses_headers("A9"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "closing_notice", True, CASE_A, [CAND_OLD, CAND_NEW],
        "Case A: no answer to the confirmation, case will close in 3 business days",
        "Closing notice that also restates the merge question; 'RE: [CASE' spacing variant")

    # 043 A10 owner confirms
    IDS["A10"] = mid_fm("A10")
    body = """Hi Keoni,

Confirmed - both accounts are mine. Please merge Account #2 (%s) into
Account #1 (%s, priya.rs@fastmail.com).

Sorry for the slow answer, I was travelling this week.

Priya

On Thu, Mar 13, 2025, at 11:14, AWS Training and Certification wrote:
> Hello Priya,
>
> I'm following up on my message of March 10 about merging your certification
> accounts, as I haven't seen a reply yet.
>
> If we don't hear from you within 3 business days, this case will be closed.
> A reply at any time - even after it closes - will reopen it.
>
> To go ahead, just answer "Confirmed" and I'll merge Account #2 (%s)
> into Account #1 (%s).
""" % (CAND_OLD, CAND_NEW, CAND_OLD, CAND_NEW)
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr("AWS Training and Certification", TC_FORM)),
        ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-13 19:40:02", "+0900")),
        ("Message-ID", IDS["A10"]),
        ("In-Reply-To", IDS["A9"]),
        ("References", fold_refs([IDS["A1"], IDS["A8"], IDS["A9"]])),
        ("User-Agent", "Fastmail"),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "user_reply", False, CASE_A, [CAND_OLD, CAND_NEW],
        "Owner confirms the merge",
        "Own reply; candidate IDs both in her text and in the quote (only hers counted)")

    # 044 out-of-office from a colleague (company)
    m = mid_outlook("044")
    body = """いつもお世話になっております。森岡です。
3月13日(木)〜3月17日(月)は出張のため不在にしております。
メールは確認できない場合がありますので、お急ぎの方は
infra-team@hoshizora-syscom.co.jp までご連絡ください。

I am away on a business trip from 13 to 17 March with limited access to e-mail.
For anything urgent, please contact infra-team@hoshizora-syscom.co.jp.

森岡 健二 / Kenji Morioka
"""
    raw = build([
        ("Authentication-Results", ar_m365("hoshizora-syscom.co.jp")),
        ("From", addr("森岡 健二", "k.morioka@hoshizora-syscom.co.jp")),
        ("To", addr("ラマン佐藤 プリヤ", ME_COMPANY)),
        ("Subject", enc("自動応答: 引き継ぎ資料 (infra-modules / 監視設定)")),
        ("Date", date("2025-03-13 20:02:11", "+0900")),
        ("Message-ID", m),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", ME_COMPANY),
        ("Content-Language", "ja-JP"),
    ], text(body, cte="base64"), crlf=True)
    add(raw, "unrelated", False, None, [],
        "Colleague's out-of-office reply (Japanese/English)",
        "Auto-reply that gives instructions ('please contact…'); not support")

    # 045 A11 resolved, quoting the earlier request (Outlook style)
    IDS["A11"] = mid_ses("A11")
    plain = """Hello Priya,

No worries at all - thank you for confirming.

I have successfully merged your accounts. Everything from Account #2 (exam
history, certifications and the unused 50%% exam discount) now sits on
Account #1 (%s). Sign in with priya.rs@fastmail.com to check; your Credly
badges will be re-issued to that address within a day.

This case is now resolved.

Mahalo,
Keoni
AWS Certification Records | AWS Training and Certification

-----Original Message-----
From: Priya Raman-Sato <%s>
Sent: Thursday, March 13, 2025 10:40 AM
To: AWS Training and Certification <%s>
Subject: Re: RE: [CASE %s] %s

Hi Keoni,

Confirmed - both accounts are mine. Please merge Account #2 (%s) into
Account #1 (%s, priya.rs@fastmail.com).

-----Original Message-----
From: AWS Training and Certification
Sent: Monday, March 10, 2025 4:55 AM
Subject: RE:[CASE %s] %s

Before I merge anything, I need you to look over the two accounts we found.
[...]
Are both accounts yours, and shall I merge them into Account #1? A short reply
such as "Confirmed" is all I need.
""" % (CAND_NEW, ME_PERSONAL, TC_FORM, CASE_A, SUBJ_A, CAND_OLD, CAND_NEW, CASE_A, SUBJ_A)
    htm = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Hello Priya,</p>"
           "<p>No worries at all &ndash; thank you for confirming.</p>"
           "<p>I have successfully merged your accounts. Everything from Account #2 (exam history, certifications "
           "and the unused 50%% exam discount) now sits on Account #1 (%s). Sign in with priya.rs@fastmail.com to "
           "check; your Credly badges will be re-issued to that address within a day.</p>"
           "<p>This case is now resolved.</p><p>Mahalo,<br>Keoni<br>AWS Certification Records</p>"
           "<div style=\"border-top:1px solid #b5c4df;padding-top:3px\"><b>From:</b> Priya Raman-Sato<br>"
           "<b>Sent:</b> Thursday, March 13, 2025 10:40 AM</div><p>Confirmed &ndash; both accounts are mine. "
           "Please merge Account #2 (%s) into Account #1 (%s).</p>"
           "<div style=\"border-top:1px solid #b5c4df\"><b>From:</b> AWS Training and Certification<br>"
           "<b>Sent:</b> Monday, March 10, 2025 4:55 AM</div>"
           "<p>Are both accounts yours, and shall I merge them into Account #1? A short reply such as "
           "&ldquo;Confirmed&rdquo; is all I need.</p></body></html>") % (CAND_NEW, CAND_OLD, CAND_NEW)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-14 00:22:16")),
        ("Message-ID", IDS["A11"]),
        ("In-Reply-To", IDS["A10"]),
        ("References", fold_refs([IDS["A1"], IDS["A8"], IDS["A9"], IDS["A10"]])),
    ] + ses_headers("A11"), multipart("alternative", [text(plain), html(htm)], "A11"), crlf=True)
    add(raw, "resolved", False, CASE_A, [CAND_NEW],
        "Case A: accounts merged",
        "CRLF, quoted-printable; two levels of Outlook-style quoting include the old confirmation question")

    # 046 Credly: badges re-issued to the personal address
    m = mid_generic("046", "credly.com")
    plain = """Hi Priya,

Amazon Web Services Training and Certification has issued you 3 badges:

  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

Accept them to display them on your Credly profile and share them:
https://www.credly.com/earner/earned?accept=%s

Credly
""" % h("046a", 16)
    htm = ("<html><body><p>Hi Priya,</p><p><b>Amazon Web Services Training and Certification</b> has issued you 3 badges:</p>"
           "<ul><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Solutions Architect &ndash; Associate</li>"
           "<li>AWS Certified Cloud Practitioner</li></ul><p><a href=\"https://www.credly.com/earner/earned\">Accept badges</a></p>"
           "</body></html>")
    raw = build([
        ("Authentication-Results", ar_fastmail("credly.com")),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "You've been issued 3 badges by Amazon Web Services Training and Certification"),
        ("Date", date("2025-03-14 01:05:52")),
        ("Message-ID", m),
    ], multipart("alternative", [text(plain, cte="7bit", charset="us-ascii"), html(htm, cte="quoted-printable")], "046"))
    add(raw, "badge", False, None, [],
        "Credly re-issues three badges to the personal address right after the merge",
        "Consequence of case A but Credly mail, not case mail")

    # 047 A12 survey about case A
    m = mid_ses("047")
    plain = """How did we do?

Hi Priya,

Your recent case with AWS Training and Certification (case %s) was
marked resolved. Would you take 30 seconds to rate the help you received?

  Very satisfied     https://survey.aws.amazon.com/r/%s?r=5
  Satisfied          https://survey.aws.amazon.com/r/%s?r=4
  Neutral            https://survey.aws.amazon.com/r/%s?r=3
  Dissatisfied       https://survey.aws.amazon.com/r/%s?r=2
  Very dissatisfied  https://survey.aws.amazon.com/r/%s?r=1

Your answers go to the team that handled your request.
""" % ((CASE_A,) + (h("047", 16),) * 5)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Customer Service", "aws-cs-survey@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "How did we do? Rate your recent AWS Training and Certification case"),
        ("Date", date("2025-03-15 01:00:09")),
        ("Message-ID", m),
    ] + ses_headers("047"), text(plain, cte="7bit", charset="us-ascii"))
    add(raw, "survey", False, CASE_A, [],
        "Satisfaction survey for case A",
        "Question to the reader ('Would you take 30 seconds…') in a survey")

    # 048 suspicious: Credly lookalike
    m = mid_generic("048", "credly-badges.net")
    htm = ("<html><body><p>Hello,</p><p>Following a recent change to your AWS Certification account, "
           "<b>3 of your Credly badges were revoked</b>. To restore them, sign in with your Credly "
           "credentials within 48 hours:</p><p><a href=\"https://credly-badges.net/restore?u=%s\">Restore my badges</a></p>"
           "<p>The Credly Team</p></body></html>") % h("048", 10)
    raw = build([
        ("Authentication-Results", ar_fastmail("credly-badges.net", policy="none")),
        ("From", "Credly <admin@credly-badges.net>"),
        ("To", ME_PERSONAL),
        ("Subject", "Your badges were revoked after an account change"),
        ("Date", date("2025-03-16 08:41:30")),
        ("Message-ID", m),
    ], html(htm, cte="base64"))
    add(raw, "suspicious", False, None, [],
        "Phishing posing as Credly after the merge",
        "Lookalike Credly domain; plausible timing right after the merge")

    # 049 A13 owner writes back: an exam is missing
    IDS["A13"] = mid_fm("A13")
    body = """Hi Keoni,

Thanks a lot for the quick merge. Everything looks right except one thing:
my AWS Certified Solutions Architect - Professional exam from November 2022 is
not in the exam history or the certifications list of %s. As far as
I know I passed it while I was at Hoshizora, so I expected it on the old
account.

Could you have a look?

Priya

On Fri, Mar 14, 2025, at 09:22, AWS Training and Certification wrote:
> Hello Priya,
>
> No worries at all - thank you for confirming.
>
> I have successfully merged your accounts. [...]
> This case is now resolved.
""" % CAND_NEW
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr("AWS Training and Certification", TC_FORM)),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-17 08:12:45", "+0900")),
        ("Message-ID", IDS["A13"]),
        ("In-Reply-To", IDS["A11"]),
        ("References", fold_refs([IDS["A1"], IDS["A9"], IDS["A10"], IDS["A11"]])),
        ("User-Agent", "Fastmail"),
    ], text(body, cte="quoted-printable"))
    add(raw, "user_reply", False, CASE_A, [CAND_NEW],
        "Owner reports a missing exam on the resolved case",
        "Own message asking support a question; reopens a resolved case")

