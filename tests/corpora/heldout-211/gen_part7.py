"""6 - 18 June 2025: console case closes, a former colleague's case, more traps."""
from gen_lib import *
from gen_part5 import CASE_C, SUBJ_C, AWSN, MID_C
from gen_part6 import FOOT, console_html

# 60 ---------------------------------------------------------------- CertMetrics program survey (not a case)
d = dt("2025-06-06 07:00")
txt = """Hello Kenta,

As an AWS Certified individual, you're invited to help shape the next version of the AWS Certified Security - Specialty exam.

Would you take 15 minutes to tell us which tasks you perform most often in your job? Your answers help us decide what the exam should cover. The survey is open until June 30, 2025.

Take the survey: https://certmetrics.com/amazon/survey/jta-scs-2025

Thank you for lending your voice to AWS Certification.

AWS Certification
You received this because you opted in to AWS Certification research in your profile.
"""
add(d, std(A("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
           "AWS Certification wants your input: Security - Specialty job task survey", d, mid("cm5", "certmetrics.com"),
           pre=gm_trace("certmetrics.com", "bounces@certmetrics.com", d, policy="NONE")),
    T(txt, cte="quoted-printable"),
    ("certification", False, None, []),
    "A survey, but about exam content from the certification program, not about a support case: certification, not survey.")

# 61 ---------------------------------------------------------------- Credly, other issuer
d = dt("2025-06-06 10:04")
txt = """Hi Kenta,

HashiCorp has issued you a new badge:

  HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/earner/earned/badge/8a7e0c42-1f3d-4b6a-9c2e-5d4f3b2a1c0e

Credly
"""
add(d, std(A("Credly", "admin@credly.com"), ME_PERSONAL, "HashiCorp has issued you a new badge", d, mid("cr5", "credly.com"),
           pre=gm_trace("credly.com", "bounce@mg.credly.com", d, policy="NONE")),
    T(txt, cte="7bit"),
    ("badge", False, None, []),
    "Credly badge from a non-AWS issuer: still badge mail.")

# 62 ---------------------------------------------------------------- C: closing notice (auto-resolve)
d = dt("2025-06-07 09:00")
MID_C[5] = mid("c5", "email.amazonses.com")
txt = """Hello,

We haven't heard back from you on this case. If we don't receive your reply in the Support Center within the next 3 days, the case will be resolved automatically.

After a case is resolved you can still reopen it from the Support Center for 14 days.

Best regards,
Amazon Web Services
%s""" % FOOT
add(d, std(AWSN, ME_PERSONAL, SUBJ_C, d, MID_C[5], irt=MID_C[2], refs=MID_C[1] + " " + MID_C[2],
           pre=gm_trace("amazon.com", "0100019748a2@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(console_html(txt), "html")], "----=_Part_4430017_66810233.1749254400100"),
    ("closing_notice", True, CASE_C, []),
    "Console auto-resolve warning: his e-mail answer never arrived, so support is still waiting; reply must go through the Support Center.")

# 63 ---------------------------------------------------------------- fake Pearson VUE
d = dt("2025-06-07 22:17")
txt = """Dear Candidate,

Your AWS Certification exam appointment (Registration ID 771203948) has been cancelled because of a payment verification problem.

To keep your seat, confirm your card details and pay the rescheduling fee of JPY 2,500 within 24 hours:
http://pearsonvue-exams.info/reschedule/771203948

If you do not act, your exam fee will be forfeited and your candidate record suspended.

Pearson VUE Candidate Services
"""
add(d, std(A("Pearson VUE", "candidate-services@pearsonvue-exams.info"), ME_PERSONAL,
           "Exam appointment cancelled - action required within 24 hours", d, mid("ph4", "pearsonvue-exams.info"),
           pre=gm_trace("pearsonvue-exams.info", "candidate-services@pearsonvue-exams.info", d,
                        host="mx1.pearsonvue-exams.info", dkim="none", spf="softfail", dmarc="", policy="NONE")),
    T(txt, cte="7bit"),
    ("suspicious", False, None, []),
    "Exam-vendor phishing (lookalike domain, SPF softfail) with a 9-digit registration ID and a fee demand.")

# 64 ---------------------------------------------------------------- C: resolved (console) with rating footer
d = dt("2025-06-09 11:30")
MID_C[6] = mid("c6", "email.amazonses.com")
txt = """Hello Kenta,

Thank you for adding the voucher code and the screenshot in the Support Center.

The certification team has reissued the 50%% exam discount on AWS04471952. It is attached to AWS Certified Security - Specialty and shows under Benefits, valid until October 14, 2026. No further action is needed from you, so I'm resolving this case.

Should the benefit not appear within 24 hours, you can reopen the case from the Support Center during the next 14 days.

Your feedback matters to us. You can rate this reply with the stars at the top right of each correspondence in the Support Center.

Best regards,
Deepa S.
Amazon Web Services
%s""" % FOOT
add(d, std(AWSN, ME_PERSONAL, SUBJ_C, d, MID_C[6], irt=MID_C[5], refs=MID_C[1] + " " + MID_C[2] + " " + MID_C[5],
           pre=gm_trace("amazon.com", "01000197530b@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(console_html(txt), "html")], "----=_Part_4451209_1822093377.1749436200733"),
    ("resolved", False, CASE_C, ["AWS04471952"]),
    "Console case resolved (voucher reissued); 'no further action is needed', a conditional reopen offer and a rating invitation — none needs a reply.")

# 65 ---------------------------------------------------------------- CertMetrics benefit (JP, ISO-2022-JP text + UTF-8 HTML)
d = dt("2025-06-09 12:04")
txt = """大城 健太 様

AWS 認定アカウントに新しい特典が追加されました。

特典: 次回の認定試験 50% 割引
対象: AWS Certified Security - Specialty の保持者特典
候補 ID: AWS04471952

割引コードは認定アカウントの「特典」ページで確認できます。試験の予約時にコードを入力してください。

AWS トレーニングと認定
(このメールには返信できません)
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>"
add(d, std(A("AWS 認定", "do-not-reply@certmetrics.com", "iso-2022-jp"), ME_PERSONAL,
           "AWS 認定:新しい特典をご利用いただけます", d, mid("cm6", "certmetrics.com"), cs="iso-2022-jp",
           pre=gm_trace("certmetrics.com", "bounces@certmetrics.com", d, policy="NONE")),
    MP("alternative", [T(txt, cs="iso-2022-jp", cte="7bit"), T(html, "html", cte="base64")], "--=_jp_benefit_0609"),
    ("certification", False, None, ["AWS04471952"]),
    "Japanese benefit notice (ISO-2022-JP text, UTF-8 HTML) that is the visible result of the console case, but program mail.")

# 66 ---------------------------------------------------------------- C: console satisfaction survey
d = dt("2025-06-10 09:00")
html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> was recently resolved. How would you rate your overall experience with AWS Support on this case?</p>
<p><a href="https://survey.support.aws.a2z.com/c/%s?r=1">1</a> &nbsp; <a href="https://survey.support.aws.a2z.com/c/%s?r=2">2</a> &nbsp;
<a href="https://survey.support.aws.a2z.com/c/%s?r=3">3</a> &nbsp; <a href="https://survey.support.aws.a2z.com/c/%s?r=4">4</a> &nbsp;
<a href="https://survey.support.aws.a2z.com/c/%s?r=5">5</a></p>
<p>1 = very dissatisfied, 5 = very satisfied.</p>
<p>Amazon Web Services</p>
<p style="font-size:11px;color:#777">This message was sent from an address that cannot accept incoming e-mail.</p>
</body></html>""" % ((CASE_C,) * 6)
add(d, std(AWSN, ME_PERSONAL, "How was your AWS Support experience? Case %s" % CASE_C, d, mid("c7", "email.amazonses.com"),
           pre=gm_trace("amazon.com", "0100019757c8@email.amazonses.com", d)),
    T(html, "html"),
    ("survey", False, CASE_C, []),
    "HTML-only console survey naming the case in the subject (no [CASE] token); asks a question, wants a click, not a reply.")
