"""Part 7: console B resolved, surveys, traps, owner's wrap-up forwards and notes."""
from gen_lib import *
from gen_p5 import CONSOLE_FOOT
from gen_p4 import DONE

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)
SB = "RE:[CASE %s] Exam discount benefit missing after certification account merge" % CASE_B

# console B resolved, with survey footer
d = "Wed, 09 Apr 2025 05:48:30 +0000"
t = """Hello,

The benefits team has reissued your 50% exam discount voucher. It is now listed under
Benefits in your certification account, with the original expiry date of September 30, 2025.

I'm setting this case to resolved. Should you need anything more on this issue, you can
reopen it from the Support Center within 14 days.

Best regards,
Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting
the stars in the top right corner of the correspondence.
""" + CONSOLE_FOOT
hd = ses_headers(CONSOLE, ME_PERSONAL, SB, d, "b-done", irt=mid("b-upd", "ses"))
body = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"),
                                 text_part("<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>" % t,
                                           "utf-8", "quoted-printable", "html")], "----=_Part_88812_77")
add(build(hd, body, crlf=True), "resolved", False, CASE_B, [],
    "Console case B resolved (voucher reissued)", "rating footer ('Please share your experience'); reopen offer")

# console survey
d = "Thu, 10 Apr 2025 06:00:15 +0000"
t = """Hello,

Your recent AWS Support case %s has been resolved. Please take a few moments to tell us
about your experience - the survey has 3 questions.

https://console.aws.amazon.com/support/feedback?caseId=%s

Thank you,
AWS Support
""" % (CASE_B, CASE_B)
hd = ses_headers(CONSOLE, ME_PERSONAL, "Tell us about your AWS Support experience", d, "b-survey")
add(build(hd, text_part(t, "utf-8", "7bit")), "survey", False, CASE_B, [],
    "Survey for console case B", "case number only in the body")

# CertMetrics program survey
d = "Fri, 11 Apr 2025 14:00:00 +0000"
html = """<html><body><p>Hello Haruka,</p>
<p>AWS Certification wants to hear from you. As an AWS Certified individual, your opinion helps
shape future exams and benefits. The survey takes about 10 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025q2">Start the survey</a></p>
<p>Candidate ID: AWS03317265</p>
<p>AWS Certification</p></body></html>"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mta-12.certmetrics.com", "52.20.10.9"),
      gauth("certmetrics.com", "bounce@certmetrics.com", ip="52.20.10.9"),
      ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_PERSONAL),
      ("Subject", "AWS Certification wants to hear from you"), ("Date", d), ("Message-ID", mid("cm-survey", "certmetrics.com"))]
add(build(hd, text_part(html, "utf-8", "quoted-printable", "html")), "certification", False, None, ["AWS03317265"],
    "CertMetrics program survey", "CLOSE CALL: a survey, but about the certification program, not a support case")

# Credly lookalike phishing
d = "Sat, 12 Apr 2025 03:21:09 +0000"
t = """Hi Haruka,

We detected that your AWS badges were moved to a new account. To avoid revocation of your
badges, confirm your Credly login within 48 hours:

https://credly-badges.net/login?next=/earner/verify

Credly Trust & Safety
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "smtp.credly-badges.net", "91.92.240.7"),
      ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly-badges.net;\n       spf=pass smtp.mailfrom=trust@credly-badges.net;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badges.net"),
      ("From", addr("Credly", "trust@credly-badges.net")), ("To", ME_PERSONAL),
      ("Subject", "Action needed: confirm your badges"), ("Date", d), ("Message-ID", mid("cph", "credly-badges.net"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "suspicious", False, None, [],
    "Credly lookalike phishing", "refers to the real badge move")

# AWS Educate form case on the old Gmail, auto-forwarded
d = "Mon, 14 Apr 2025 01:09:44 +0000"
t = """Hello,

Thank you for contacting AWS Educate. To locate your learner account, could you tell us
the name of the school you registered with and the approximate year you joined?

Regards,
AWS Educate Support
"""
hd = gmail_fwd(ses_headers("aws-cs-educate-form@amazon.com", ME_OLD,
                           "RE:[CASE 174461902200158] [AWS Educate Form Submission] - account-assistance",
                           d, "edu", dest=ME_OLD), d)
add(build(hd, text_part(t, "utf-8", "7bit")), "unrelated", False, None, [],
    "AWS Educate form case asking a question, via Gmail forwarding",
    "CLOSE CALL: same case machinery and a real question, but another program (not T&C)")

# owner forwards the merge notice to ex-colleague (Gmail forward)
d = "Mon, 14 Apr 2025 20:15:03 +0900"
t = """森さん

おかげさまで無事統合できました。パートナーのところで一度止まりましたが、田中さんが外してくれてすぐ進みました。
ありがとうございました！

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年3月22日(土) 10:55
Subject: %s
To: <%s>
Cc: <%s>


""" % (TC_FORM, SA, ME_PERSONAL, ME_COMPANY) + DONE.split("\nOn Fri")[0]
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("西村 遥", ME_PERSONAL)), ("To", addr("森 大輔", "daisuke.mori.aws@gmail.com")),
      ("Subject", "Fwd: " + SA), ("Date", d), ("Message-ID", mid("fwd-mori", "gmail"))]
add(build(hd, text_part(t, "utf-8", "base64")), "user_reply", False, CASE_A, [],
    "Owner forwards the merge notice to her ex-colleague", "carries support's 'merged' text; the owner's own forward")

# ex-colleague replies
d = "Mon, 14 Apr 2025 21:02:40 +0900"
t = """よかったです！新しい職場でもがんばってください。
落ち着いたら飲みに行きましょう。

森

2025年4月14日(月) 20:15 西村 遥 <%s>:
> 森さん
>
> おかげさまで無事統合できました。
""" % ME_PERSONAL
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "mail-sor-f41.google.com", "209.85.220.41"),
      gauth("gmail.com", "daisuke.mori.aws@gmail.com", dkim_d="gmail.com", ip="209.85.220.41"),
      ("From", addr("森 大輔", "daisuke.mori.aws@gmail.com")), ("To", ME_PERSONAL),
      ("Subject", "Re: Fwd: " + SA), ("Date", d), ("Message-ID", mid("mori-rep", "gmail")),
      ("In-Reply-To", mid("fwd-mori", "gmail")), ("References", mid("fwd-mori", "gmail"))]
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "unrelated", False, None, [],
    "Ex-colleague's reply", "case subject in a private conversation")

# final note to self
d = "Tue, 15 Apr 2025 07:30:00 +0900"
t = """done:
- all on AWS03317265 (gmail). company acct gone.
- voucher back (console case closed)
- DOP 4/18 moved to the gmail account
- todo: remove old gmail forwarding? educate mail still lands there
"""
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("Haruka Nishimura", ME_PERSONAL)), ("To", ME_PERSONAL),
      ("Subject", "cert merge - done"), ("Date", d), ("Message-ID", mid("note-done", "gmail"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "user_reply", False, None, ["AWS03317265"],
    "Owner's closing note to self", "summarises several cases without a case number")
