from gen_lib import *
from gen_part2 import SUBJ_A
from gen_part5 import DONE
import html as _h

# 058 Japanese survey for case D
t = """水野 遥 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました（ケース ID: %s）。
今後のサービス向上のため、2分ほどのアンケートにご協力いただけますと幸いです。

アンケートに回答する: https://survey.aws.training/s/cs?c=%s&lang=ja

本メールは送信専用アドレスから送信されています。
""" % (CASE_D, CASE_D)
add("survey", False, CASE_D, [],
    aws_in(ME, "サポートに関するアンケートのお願い（ケース %s）" % CASE_D, "2025-07-15 09:00:40", ses_id(58),
           frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com")),
    alt(t, "<html><body>" + _h.escape(t).replace("\n", "<br>") + "</body></html>", cte="base64"),
    "Japanese survey; polite request wording (ご協力いただけますと幸いです) for a questionnaire")

# 059 exam result
t = """Hello Haruka Mizuno,

Congratulations! You have successfully passed the AWS Certified Solutions Architect - Professional exam and you are now AWS Certified.

Exam date: July 12, 2025
Score: 842

You can download your certificate and access your benefits from your AWS Certification account. A digital badge will be sent to you by Credly.

AWS Training and Certification
"""
add("certification", False, None, [],
    gen_in(addr("AWS Certification", "do-not-reply@certmetrics.com"), "certmetrics.com", addr("HARUKA MIZUNO", ME),
           "Congratulations, you are now AWS Certified!", "2025-07-15 10:12:09", mid("cm.20250715011209.88311", "certmetrics.com"),
           ip="52.1.94.211", host="mta1.certmetrics.com"),
    alt(t, "<html><body><pre>" + _h.escape(t) + "</pre></body></html>"),
    "Exam pass notice from CertMetrics (program mail, no case)")

# 060 owner writes on the resolved case A: an exam is missing
RQ = mid("CAJx8mP3reOpEn_7hWq2Ls9dK", "mail.gmail.com")
t = """Hello Aiko,

Sorry to come back to this. Looking at Exam history in my merged account, my Solutions Architect - Associate exam from November 2022 is missing, although the certification itself is listed. The other exams are there. Could you check whether that exam record was left behind on the old account?

Thank you,
Haruka Mizuno

""" + gmail_attr("2025-06-28 11:36:20", "Amazon Web Services <%s>" % TC) + """
> Hello Haruka,
>
> Thank you for confirming. The merge is complete: the exam history, certifications and benefits from your former company account are now under Account #1 (AWS11930268), and the company account has been closed.
> ...
"""
add("user_reply", False, CASE_A, [],
    sent_hdrs(addr(ME_NAME, ME), TC, "Re: " + SUBJ_A, "2025-07-15 22:40:13", RQ, irt=DONE, refs=DONE),
    leaf(t),
    "Owner reopens the resolved case by replying to the resolution mail")

# 061 case reopened and handed over
REOP = ses_id(61)
t = """Hello Haruka,

Thanks for letting us know. I've reopened case %s and passed your question about the November 2022 exam record to our certification records team, who can look at the closed account's history. They usually need a few business days.

I'll let you know what they find.
""" % CASE_A + AWS_SIG % "Aiko N." + FORM_FOOTER
add("case_update", False, CASE_A, [],
    aws_in(ME, SUBJ_A, "2025-07-16 10:02:51", REOP, cc=CO, irt=RQ, refs=DONE + " " + RQ),
    leaf(t, cte="7bit"),
    "Reopened and passed to another team; no question for the owner")

# 062 Credly lookalike phishing
h = """<html><body><p>Hi,</p><p>Your AWS badges were <b>suspended</b> after your recent account merge. To restore them, sign in within 24 hours:</p>
<p><a href="https://credly-badge-center.com/restore?u=haruka.mizuno.k">Restore my badges</a></p><p>Credly Support</p></body></html>"""
add("suspicious", False, None, [],
    gen_in(addr("Credly", "admin@credly-badge-center.com"), "credly-badge-center.com", ME, "Your badges have been suspended",
           "2025-07-17 04:51:30", mid("q8w7e6r5t4.2025", "credly-badge-center.com"), ip="45.141.84.120", host="vps120.hostnet-ru.example"),
    leaf(h, "html", cte="quoted-printable"),
    "Credly lookalike domain, threatens badge suspension")

# 063 records team question, sent only to the old company address, arrives as FW:
SUP3 = """Hello Haruka,

Our certification records team has looked into the closed account. The November 2022 exam appears under a separate testing profile, so they can attach it to your account once they know which record is yours.

Which email address and name did you use when you booked that exam with Pearson VUE, and did you take it at a test center or online? The exact exam date would also help, if you still have the confirmation.
""" + AWS_SIG % "Aiko N."
blk = ("________________________________\nFrom: Amazon Web Services <%s>\nSent: Tuesday, July 22, 2025 3:27 PM\n"
       "To: h-mizuno@aoba-techworks.co.jp\nSubject: %s\n\n" % (TC, SUBJ_A))
REQ3 = ses_id(63)
FW3 = mid("TYCP286MB1894FW09E1", "TYCP286MB1894.JPNP286.PROD.OUTLOOK.COM")
add("info_request", True, CASE_A, [],
    co_fw_hdrs("FW: " + SUBJ_A, "2025-07-22 15:27:40", FW3),
    alt(blk + SUP3 + FORM_FOOTER, "<html><body><hr><b>From:</b> Amazon Web Services &lt;" + TC + "&gt;<br><b>Sent:</b> Tuesday, July 22, 2025 3:27 PM<br><b>To:</b> h-mizuno@aoba-techworks.co.jp<br><b>Subject:</b> " + _h.escape(SUBJ_A) + "<br><br><pre>" + _h.escape(SUP3 + FORM_FOOTER) + "</pre></body></html>"),
    "Support's question went only to the closed company address and reaches her as a rule FW: (From = her company address) three days before forwarding stops")

# 064 Credly: badge expiring (real)
h = """<html><body><table width="600"><tr><td><p>Hi Haruka,</p>
<p>Your badge <b>AWS Certified Developer - Associate</b> issued by Amazon Web Services Training and Certification will expire on <b>August 21, 2026</b>.</p>
<p>Recertify before it expires to keep the badge active on your profile.</p>
<p><a href="https://www.credly.com/users/haruka-mizuno/badges">View your badges</a></p></td></tr></table></body></html>"""
add("badge", False, None, [],
    gen_in(addr("Credly", "admin@credly.com"), "credly.com", ME, "Your badge will expire in about one year", "2025-07-23 08:30:12",
           mid("6880231c0f1a2_4c0d3ffb2a9e8c44110d4", "mail.credly.com"), ip="167.89.60.14", host="o1.ptr4410.credly.com"),
    leaf(h, "html", cte="base64"),
    "Genuine Credly expiry reminder (HTML only, base64)")
