from gen_common import *
from gen_part2 import A_SUBJ
from gen_part3 import CONF_A_TXT, C_SUBJ

D_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D


def run():
    # 027 owner confirms
    txt = """Confirmed. Please merge into Account #1 (%s).
Both accounts are mine.

Thanks,
Ryota

On Wed, Apr 2, 2025 at 12:00 PM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, TC, quote(CONF_A_TXT))
    raw = build(addr(ME_NAME, ME_P), TC_FROM, A_SUBJ, d(2025, 4, 2, 17, 31, 2, JST), part(txt),
                M("u-a2", "mail.gmail.com"), irt=M("a-conf"), refs=M("a-ack") + " " + M("a-conf"))
    add(raw, "user_reply", False, CASE_A, [], "Owner's confirmation; candidate IDs appear only in the quoted request.")

    # 028 case A resolved, Outlook-style quote of the confirmation request, CRLF
    txt = """Hello Ryota,

Thank you for confirming. I have successfully merged all accounts. Your exam
history, certifications and the unused exam benefit now sit under Account #1
(%s). Credly badges are usually re-issued within a day; the partner
profile on the APN side may take up to a week to drop the old record.

No further action is required on your side. If something looks wrong when
you sign in, a reply to this e-mail will reach us.

Best,
Haruto
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: Wednesday, April 2, 2025 3:00 AM
To: %s
Subject: %s

%s
""" % (ME_P, TC, ME_P, A_SUBJ, CONF_A_TXT)
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 4, 2, 11, 2, 40), part(txt), M("a-done"),
                irt=M("u-a2", "mail.gmail.com"), refs=M("a-ack") + " " + M("a-conf") + " " + M("u-a2", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"), crlf=True)
    add(raw, "resolved", False, CASE_A, [], "Merge done; the quoted confirmation request (with its question and candidate IDs) sits below -----Original Message-----; conditional 'if something looks wrong'. CRLF.")

    # 029 Credly badge
    h = """<html><body style="font-family:Helvetica"><p>Hi Ryota,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<h3>AWS Certified Solutions Architect &ndash; Associate</h3>
<p><a href="https://www.credly.com/earner/earned/badge/5f1c2e1a-8d40-4b8e-9f7b-2d8b3c0a91e4">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know.</p><p>The Credly Team</p></body></html>"""
    raw = build("Credly <admin@credly.com>", ME_P, "Ryota, you've been issued a new badge from AWS Training and Certification",
                d(2025, 4, 2, 11, 21, 9), html(h), M("credly1", "credly.com"), auth=auth_gmail("credly.com"))
    add(raw, "badge", False, None, [], "Credly re-issue right after the merge; badge UUID is not a case.")

    # 030 survey for case A
    txt = """Hello,

Your recent case with AWS Training and Certification (Case ID %s) has been marked as resolved.

How satisfied were you with the support you received?
  Very satisfied   https://survey.aws-tc.amazon.com/r?c=%s&s=5
  Satisfied        https://survey.aws-tc.amazon.com/r?c=%s&s=4
  Neutral          https://survey.aws-tc.amazon.com/r?c=%s&s=3
  Dissatisfied     https://survey.aws-tc.amazon.com/r?c=%s&s=2

The survey takes under a minute. Replies to this e-mail are not monitored.
""" % ((CASE_A,) * 5)
    raw = build("AWS Training and Certification <aws-tc-feedback@amazon.com>", ME_P,
                "Tell us about your support experience - Case %s" % CASE_A, d(2025, 4, 3, 11, 0, 0),
                part(txt, cte="7bit"), M("a-survey"), auth=auth_gmail("amazon.com"))
    add(raw, "survey", False, CASE_A, [], "Satisfaction survey that restates 'marked as resolved'.")

    # 031 case C on hold with a question buried in the middle
    txt = """Hello Ryota,

I'm with the Exam Operations team and have taken over your case from
Devika.

Pearson VUE confirmed the SAP-C02 session took place and that a result file
was produced, but the file was rejected when it reached our system because
the appointment was booked under the account that has since been merged.
Pearson VUE wants to re-send it against the current candidate record and,
before doing so, needs to know one thing: was the exam taken at a test
center or online with OnVUE, and if at a test center, which one? The
registration ID from your confirmation e-mail would help as well.

We'll keep the case on hold with Pearson VUE until the result is
re-sent; the usual turnaround after that is two to three business days.

Warm regards,
Akiko S.
Exam Operations, AWS Training and Certification
"""
    raw = build(TC_FROM, ME_P, C_SUBJ, d(2025, 4, 3, 12, 45, 19), part(txt), M("c-hold2"),
                irt=M("c-xfer"), refs=M("c-ack") + " " + M("c-xfer"), auth=auth_gmail("amazon.com"))
    add(raw, "on_hold", True, CASE_C, [], "Exam-vendor hold whose middle paragraph carries an indirect question ('needs to know one thing') -> needs reply.")

    # 032 owner answers (top-posted, Outlook-like)
    txt = """Hello Akiko,

It was at the Pearson VUE test center in Shinjuku, Tokyo (not OnVUE).
Registration ID: 472918305, March 25, 10:00 JST.

Regards,
Ryota Kuwabara

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, April 3, 2025 21:45
To: %s
Subject: %s

%s
""" % (TC, ME_P, C_SUBJ, txt)
    raw = build(addr(ME_NAME, ME_P), TC_FROM, C_SUBJ, d(2025, 4, 4, 9, 2, 0, JST), part(txt, cte="base64"),
                M("u-c1", "mail.gmail.com"), irt=M("c-hold2"), refs=M("c-ack") + " " + M("c-hold2"))
    add(raw, "user_reply", False, CASE_C, [], "Owner's answer, base64 body, Outlook-style header block above the quote.")

    # 033 AWS marketing
    h = """<html><body><h1>AWS Summit Japan 2025</h1><p>登録受付を開始しました。6月25日・26日、幕張メッセで開催します。</p>
<p>Certification Lounge では AWS 認定保有者向けの特典をご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">配信停止をご希望の場合はこちら。Amazon Web Services Japan G.K.</p></body></html>"""
    raw = build("Amazon Web Services <aws-marketing-email-replies@amazon.com>", ME_P, "AWS Summit Japan 2025 登録受付開始",
                d(2025, 4, 4, 1, 0, 0), html(h, cte="base64"), M("mkt1"), auth=auth_gmail("amazon.com"))
    add(raw, "unrelated", False, None, [], "AWS marketing in Japanese, mentions certification perks.")

    # 034 case C resolved
    txt = """Hello Ryota,

Pearson VUE re-sent your SAP-C02 result on April 6 and it is now recorded
in your certification account. You should also see the congratulations
e-mail and the new badge shortly, if they haven't arrived already.

I'm marking this case resolved. Thanks for the quick answer on the test
center.

Akiko S.
Exam Operations, AWS Training and Certification
"""
    raw = build(TC_FROM, ME_P, C_SUBJ, d(2025, 4, 7, 2, 11, 0), part(txt), M("c-done"),
                irt=M("u-c1", "mail.gmail.com"), refs=M("c-ack") + " " + M("u-c1", "mail.gmail.com"), auth=auth_gmail("amazon.com"))
    add(raw, "resolved", False, CASE_C, [], "Result recorded, case marked resolved.")

    # 035 certification (certmetrics)
    h = """<html><body><p>Dear Ryota Kuwabara,</p><p>Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam and are now AWS Certified.</p>
<p>Candidate ID: %s<br>Validation number: Q1W2E3R4T5Y6</p>
<p>Your digital badge will arrive from Credly. Visit your AWS Certification Account to download your certificate.</p>
<p>AWS Training and Certification</p></body></html>""" % CID_NEW
    raw = build("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations! You are now AWS Certified",
                d(2025, 4, 7, 3, 0, 0), html(h), M("cm1", "certmetrics.com"), auth=auth_gmail("certmetrics.com"))
    add(raw, "certification", False, None, [CID_NEW], "Program mail (exam passed), candidate ID in its own text; follows case C but is not case mail.")

    # 036 Credly badge SAP
    txt = "Hi Ryota,\n\nCongratulations! AWS Training and Certification has issued you the badge\n\"AWS Certified Solutions Architect - Professional\".\n\nAccept your badge: https://www.credly.com/badges/0b7e3f44-7a1d-4c9a-93aa-61d2b58e0c17/accept\n\nCredly, a Pearson company\n"
    raw = build("Credly <admin@credly.com>", ME_P, "Your new AWS Certified Solutions Architect - Professional badge",
                d(2025, 4, 7, 3, 12, 0), part(txt, cte="7bit"), M("credly2", "credly.com"), auth=auth_gmail("credly.com"))
    add(raw, "badge", False, None, [], "Credly badge mail.")

    # 037 Skill Builder receipt
    txt = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-0408-771203
Individual subscription, monthly          USD 29.00
Tax                                       USD  2.90
Total                                     USD 31.90

Manage your subscription at https://skillbuilder.aws/
"""
    raw = build("AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder subscription receipt",
                d(2025, 4, 8, 9, 30, 0), part(txt), M("sb1", "aws.training"), auth=auth_gmail("aws.training"))
    add(raw, "unrelated", False, None, [], "Skill Builder receipt from the training platform sender.")
