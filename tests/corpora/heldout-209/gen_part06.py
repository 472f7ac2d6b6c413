# Messages 050-059 (17 Mar - 1 Apr 2025): case A reopened and finished; leaving the company.
from gen_lib import *  # noqa: F401,F403
from gen_part03 import SUBJ_A

CAND_THIRD = "AWS01766203"


def run():
    # 050 A14 automatic notice: case reopened
    IDS["A14"] = mid_ses("A14")
    body = """This is an automated message.

We received your reply on case %s, which had been marked resolved. The
case has been reopened and returned to our queue, and a member of the team
will respond to you shortly.

There is no need to submit a new request.

AWS Training and Certification Customer Support
""" % CASE_A
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-16 23:13:20")),
        ("Message-ID", IDS["A14"]),
        ("In-Reply-To", IDS["A13"]),
        ("References", fold_refs([IDS["A1"], IDS["A11"], IDS["A13"]])),
        ("Auto-Submitted", "auto-generated"),
    ] + ses_headers("A14"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "acknowledgement", False, CASE_A, [],
        "Case A reopened: automatic receipt",
        "System notice that the reopened case is back in the queue; 'no need to submit a new request'")

    # 051 A15 info request buried after a long explanation
    IDS["A15"] = mid_ses("A15")
    plain = """Hello Priya,

My name is Dmitri and I'll be looking into the missing Professional exam.

I went through the merged account and both of the original accounts. The
Solutions Architect - Professional result isn't attached to any of them.
That usually happens when an exam was booked before the current sign-in
system: at the time, a separate candidate profile could be created during
scheduling if the name or e-mail didn't match an existing one exactly. Your
name was corrected in January, which fits that pattern.

Those profiles aren't searchable by e-mail, only by exam details. To trace it,
we need the date you sat the exam and the Pearson VUE registration number
printed on your confirmation or score report. The test centre would also help
if you remember it.

Thanks,
Dmitri
AWS Training and Certification Customer Support
"""
    htm = "<html><body style=\"font-family:Calibri,Arial;font-size:14px\">" + "".join(
        "<p>%s</p>" % para.replace("\n", " ") for para in plain.strip().split("\n\n")) + "</body></html>"
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-18 05:48:03")),
        ("Message-ID", IDS["A15"]),
        ("In-Reply-To", IDS["A14"]),
        ("References", fold_refs([IDS["A1"], IDS["A11"], IDS["A13"], IDS["A14"]])),
    ] + ses_headers("A15"), multipart("alternative", [text(plain, cte="base64"), html(htm, cte="base64")], "A15"))
    add(raw, "info_request", True, CASE_A, [],
        "Case A (reopened): agent needs the exam date and Pearson VUE registration number",
        "Base64; request buried in paragraph 3 as 'we need…', no 'please' and no question mark")

    # 052 A16 owner answers
    IDS["A16"] = mid_fm("A16")
    body = """Hi Dmitri,

Found the old confirmation mail:

  Exam date:        19 November 2022
  Registration ID:  441087325 (Pearson VUE)
  Test centre:      Pearson Professional Centers - Osaka Umeda

Thanks for digging into this.

Priya

> To trace it,
> we need the date you sat the exam and the Pearson VUE registration number
> printed on your confirmation or score report. The test centre would also help
> if you remember it.
"""
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr("AWS Training and Certification", TC_FORM)),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-18 21:30:19", "+0900")),
        ("Message-ID", IDS["A16"]),
        ("In-Reply-To", IDS["A15"]),
        ("References", fold_refs([IDS["A1"], IDS["A13"], IDS["A14"], IDS["A15"]])),
        ("User-Agent", "Fastmail"),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "user_reply", False, CASE_A, [],
        "Owner sends the exam date and registration number",
        "Interleaved quoting; 9-digit registration number that is not a case ID")

    # 053 AWS Health, "Action Required"
    m = mid_ses("053")
    body = """Hello,

You are receiving this message because your AWS account has one or more Amazon
RDS for MySQL 5.7 DB instances in the ap-northeast-1 Region.

[AWS Account: 730915548226]

Amazon RDS standard support for MySQL 5.7 has ended. Instances still running
5.7 are now enrolled in Amazon RDS Extended Support, which is billed per vCPU.
We recommend that you upgrade to MySQL 8.0 or 8.4.

Affected resources:
  db-legacy-wiki (ap-northeast-1)

If you have questions, contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "[Action Required] Upgrade your Amazon RDS for MySQL 5.7 DB instances [AWS Account: 730915548226]"),
        ("Date", date("2025-03-19 17:03:40")),
        ("Message-ID", m),
    ] + ses_headers("053"), text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "AWS Health: RDS MySQL 5.7 action required",
        "'[Action Required]' from the console-case sender; 12-digit account ID")

    # 054 A17 resolved, with a conditional invitation
    IDS["A17"] = mid_ses("A17")
    body = """Hello Priya,

Thank you, that was exactly what I needed.

The November 2022 exam was recorded under a separate candidate profile,
%s, created when the exam was scheduled. I've attached that profile's
exam result and the AWS Certified Solutions Architect - Professional
certification to your account %s and retired the extra profile. The
certification and its badge should show up within 24 hours. Its expiry date
(19 November 2025) is unchanged.

That completes the work on this case. If anything else looks off, just reply
to this email and it will come back to me.

Best regards,
Dmitri
AWS Training and Certification Customer Support
""" % (CAND_THIRD, CAND_NEW)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
        ("Date", date("2025-03-20 06:27:55")),
        ("Message-ID", IDS["A17"]),
        ("In-Reply-To", IDS["A16"]),
        ("References", fold_refs([IDS["A1"], IDS["A13"], IDS["A15"], IDS["A16"]])),
    ] + ses_headers("A17"), text(body, cte="quoted-printable"))
    add(raw, "resolved", False, CASE_A, [CAND_THIRD, CAND_NEW],
        "Case A done again: the missing exam attached from a third candidate profile",
        "Third candidate ID; ends with 'if anything else looks off, just reply' (conditional)")

    # 055 certmetrics: program survey
    m = mid_generic("055", "certmetrics.com")
    htm = ("<html><body style=\"font-family:Arial\"><p>Hello Priya,</p>"
           "<p>AWS Certification wants to hear from you. We're reviewing the exam guides for the Associate-level "
           "certifications and would like your view as someone who holds one.</p>"
           "<p>Would you spend 10 minutes on a short questionnaire? Participants can opt in to future "
           "exam-development workshops.</p>"
           "<p><a href=\"https://pages.awscloud.com/cert-voice-2025.html?c=%s\">Take the survey</a></p>"
           "<p>Candidate ID: %s</p>"
           "<p style=\"font-size:11px;color:#777\">You receive this because you opted in to "
           "&ldquo;Lend your voice to AWS Certification&rdquo; in your profile.</p></body></html>") % (h("055", 10), CAND_NEW)
    raw = build([
        ("Authentication-Results", ar_fastmail("certmetrics.com")),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_PERSONAL),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Date", date("2025-03-20 15:30:00")),
        ("Message-ID", m),
    ], html(htm, cte="quoted-printable"))
    add(raw, "certification", False, None, [CAND_NEW],
        "Certification program questionnaire for certificate holders",
        "A survey, but about the certification program, not a support case")

    # 056 farewell lunch invitation from a colleague
    m = mid_outlook("056")
    body = """Hi Priya,

We'd like to take you out for a farewell lunch on Thursday 27 March, 12:00, at
Kitchen Yamato (B1, Grand Front North). Could you let me know by Tuesday whether
that works, and if you have any food restrictions?

Also: please don't forget to hand the AWS root MFA token for the sandbox org to
Kenji before you go.

Cheers,
Aiko
"""
    raw = build([
        ("Authentication-Results", ar_m365("hoshizora-syscom.co.jp")),
        ("From", "Aiko Fujimoto <a.fujimoto@hoshizora-syscom.co.jp>"),
        ("To", addr(ME_NAME, ME_COMPANY)),
        ("Subject", "Farewell lunch on Thursday?"),
        ("Date", date("2025-03-21 09:58:13", "+0900")),
        ("Message-ID", m),
        ("Content-Language", "en-US"),
    ], text(body, cte="7bit", charset="us-ascii"), crlf=True)
    add(raw, "unrelated", False, None, [],
        "Colleague invites her to a farewell lunch",
        "Direct question 'Could you let me know…' and AWS words, but a colleague")

    # 057 Credly: badge expiring
    m = mid_generic("057", "credly.com")
    body = """Hi Priya,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services
Training and Certification, expires on 29 May 2025.

To keep it, renew the certification before it expires. Visit the issuer's
website for recertification options:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/b7e1d9a2-4c3f-4a0e-8e71-2f5b6c0d9e11

Credly
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("credly.com")),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "Your badge is expiring soon"),
        ("Date", date("2025-03-27 13:10:44")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "badge", False, None, [],
        "Credly: Solutions Architect - Associate badge expiring",
        "Badge UUID in a link; about certification expiry but sent by Credly")

    # 058 owner's farewell mail from the company address
    m = mid_outlook("058")
    body = """皆さま

本日が最終出社日となりました。4年間、本当にお世話になりました。
インフラチームで AWS 環境の立ち上げから運用まで関わらせていただけたこと、
たくさんの認定試験を一緒に勉強したことは大切な思い出です。

今後のご連絡は下記の個人アドレスまでお願いします。
priya.rs@fastmail.com

Thank you all for four wonderful years.

ラマン佐藤 プリヤ
"""
    raw = build([
        ("From", addr("ラマン佐藤 プリヤ", ME_COMPANY)),
        ("To", "infra-team@hoshizora-syscom.co.jp"),
        ("Cc", "all-osaka@hoshizora-syscom.co.jp"),
        ("Subject", enc("最終出社のご挨拶")),
        ("Date", date("2025-03-28 17:45:00", "+0900")),
        ("Message-ID", m),
        ("Content-Language", "ja-JP"),
    ], text(body, charset="iso-2022-jp", cte="7bit"), crlf=True)
    add(raw, "user_reply", False, None, [],
        "Owner's farewell mail to colleagues (sent from the company address)",
        "Written by the owner but has nothing to do with a case")

    # 059 new employer welcome
    m = mid_generic("059", "kilncopper.io")
    body = """Hi Priya,

Welcome to Kiln & Copper! We're excited to have you on the platform team.

Your first-day checklist:
 1. Activate your account: you'll get a separate invite for priya@kilncopper.io.
 2. Fill in the emergency-contact form in the HR portal.
 3. If you hold AWS certifications, add them to your profile so we can count
    them toward our AWS Partner tier - we'll ask you for the validation numbers
    later.

See you on Tuesday at 9:30!

Mei Tanaka
People Team, Kiln & Copper
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("kilncopper.io", policy="reject")),
        ("From", "Mei Tanaka <people@kilncopper.io>"),
        ("To", addr(ME_NAME, ME_PERSONAL)),
        ("Subject", "Welcome aboard, Priya!"),
        ("Date", date("2025-04-01 00:15:29")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "New employer welcome mail",
        "Mentions AWS certifications, partner tier and validation numbers; not support")
