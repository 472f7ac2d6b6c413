from helpers import *

TCF = addr("AWS Training and Certification", TC)
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)

CONF_TXT = """Hello Daichi,

Good news: the partner association has been released, so I can move forward.
Before merging, please review the two accounts we found:

Account #1
  Candidate ID: AWS11904637
  Login email: daichi.morozumi.42@gmail.com
  Training notification email: daichi.morozumi.42@gmail.com
  Certification notification email: daichi.morozumi.42@gmail.com

Account #2
  Candidate ID: AWS03518862
  Login email: d.morozumi@suisha-works.co.jp
  Training notification email: d.morozumi@suisha-works.co.jp
  Certification notification email: d.morozumi@suisha-works.co.jp

Can you confirm that both accounts are yours and that Account #1 is the one
to keep? Once I have your go-ahead, Account #2's history, certifications and
benefits will be moved into it and Account #2 will be deactivated.

Thanks,
Mateo R.
AWS Training and Certification
"""


def run():
    # 17 newsletter JP
    emit("unrelated", False, None, [],
         frm=addr("クラウド週報", "news@cloud-weekly.jp"), to=ME_P,
         subj="【クラウド週報】第212号 Lambda の新ランタイム、認定試験の改訂ほか",
         date=d("2025-06-11 21:00"), cte="qp",
         extra=[("List-Unsubscribe", "<mailto:unsub@cloud-weekly.jp>")],
         body="""クラウド週報 第212号

■ 今週のトピック
・Lambda に新しいランタイムが追加
・AWS 認定試験の一部が改訂。受験予定の方は試験ガイドを確認してください
・読者アンケート：認定アカウントの統合、やったことありますか？ 回答はこちら

配信停止はリンクから。
""",
         html="""<html><body><h3>クラウド週報 第212号</h3><ul>
<li>Lambda に新しいランタイムが追加</li><li>AWS 認定試験の一部が改訂</li>
<li>読者アンケート：<a href="https://cloud-weekly.jp/q">回答はこちら</a></li></ul></body></html>""")

    # 18 hold lifted
    emit("case_update", False, CASE_A, [],
         frm=TCF, to=ME_P, key="A_lift",
         subj=SA, irt="A_r2", refs=["A_ack", "A_info", "A_r1", "A_hold", "A_r2"],
         date=d("2025-06-12 16:45", "utc"), ath=auth("amazon.com"),
         body="""Hi Daichi,

Quick update: Suisha Works' alliance team has released the partner
association, so the hold on your request is lifted. I've handed the case to a
colleague who handles the merge itself; you will hear from them shortly.

Priya N.
AWS Training and Certification
""")

    # 19 phishing lookalike
    emit("suspicious", False, None, [],
         frm=addr("AWS Certification Support", "support@aws-certsupport-center.com"), to=ME_P,
         subj="RE:[CASE 174950000012345] Account merge pending - verify identity",
         date=d("2025-06-12 19:22", "utc"),
         ath="mx.google.com;\n       dkim=pass header.i=@aws-certsupport-center.com;\n       spf=pass smtp.mailfrom=aws-certsupport-center.com;\n       dmarc=pass header.from=aws-certsupport-center.com",
         html="""<html><body><p>Dear Candidate,</p>
<p>Your certification account merge is pending. To avoid losing your certifications, you must
verify your identity within <b>24 hours</b>.</p>
<p><a href="http://aws-certsupport-center.com/verify?c=174950000012345">Sign in with your Builder ID to confirm</a></p>
<p>Please reply to this email with your candidate ID and password if the link does not work.</p>
<p>AWS Training &amp; Certification Team</p></body></html>""")

    # 20 confirmation request, HTML-only table
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Daichi,</p>
<p>Good news: the partner association has been released, so I can move forward. Before merging, please review the two accounts we found:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11904637</td><td>AWS03518862</td></tr>
<tr><td>Login email</td><td>daichi.morozumi.42@gmail.com</td><td>d.morozumi@suisha-works.co.jp</td></tr>
<tr><td>Training notification email</td><td>daichi.morozumi.42@gmail.com</td><td>d.morozumi@suisha-works.co.jp</td></tr>
<tr><td>Certification notification email</td><td>daichi.morozumi.42@gmail.com</td><td>d.morozumi@suisha-works.co.jp</td></tr>
</table>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? Once I have your go-ahead, Account #2's history, certifications and benefits will be moved into it and Account #2 will be deactivated.</p>
<p>Thanks,<br>Mateo R.<br><span style="color:#555">AWS Training and Certification</span></p>
<hr><p style="font-size:11px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>"""
    emit("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
         frm=TCF, to=ME_P, key="A_conf", subj=SA, irt="A_lift",
         refs=["A_ack", "A_info", "A_r1", "A_hold", "A_r2", "A_lift"],
         date=d("2025-06-13 02:10", "utc"), ath=auth("amazon.com"), html=html, cte="qp")

    # 21 Pearson VUE
    emit("unrelated", False, None, [],
         frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
         subj="Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
         date=d("2025-06-13 09:31", "utc"), ath=auth("pearson.com"),
         body="""Dear Daichi Morozumi,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, July 5, 2025  10:00 JST
Location: Online (OnVUE)
Registration ID: 482019377

Please run the system test before exam day and have a valid ID ready.
To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
""")

    # 22 other vendor: pending close
    emit("unrelated", False, None, [],
         frm=addr("Backlog Support", "support@nulab.example.com"), to=ME_C,
         subj="[Request #88231] Re: Webhook retries failing - awaiting your reply",
         date=d("2025-06-14 10:05"),
         body="""Hello Morozumi-san,

We sent you a possible fix on June 9 but have not heard back. If we do not
receive a reply within 4 days, this request will be closed automatically.
Simply reply to this e-mail to keep it open.

Nulab Support Team
""")

    # 23 certmetrics survey (program, not a case)
    emit("certification", False, None, [],
         frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
         subj="AWS Certification wants to hear from you",
         date=d("2025-06-14 23:00", "utc"), ath=auth("certmetrics.com"),
         html="""<html><body><p>Hi Daichi,</p>
<p>As an AWS Certified individual, your opinion shapes future exams. Take our 10-minute
certification holder survey and tell us how you use your AWS Certification at work.</p>
<p><a href="https://survey.certmetrics.com/aws/holder2025">Start the survey</a></p>
<p>Thank you,<br>AWS Certification</p></body></html>""")

    # 24 closing notice A
    close_txt = """Hello Daichi,

We wrote to you on June 13 asking you to confirm the account details for your
merge request, and we have not received a reply yet.

If we do not hear from you within the next 3 business days, this case will be
closed. A reply to this message keeps it open, and you can also reply after
closure to have it reopened.

Kind regards,
AWS Training and Certification
"""
    emit("closing_notice", True, CASE_A, [],
         frm=TCF, to=ME_P, key="A_close", subj=SA, irt="A_conf",
         refs=["A_ack", "A_hold", "A_lift", "A_conf"],
         date=d("2025-06-16 09:00", "utc"), ath=auth("amazon.com"), cte="qp",
         body=close_txt + "\n----- Original message -----\n" + CONF_TXT,
         html="<html><body>" + close_txt.replace("\n\n", "<br><br>") +
              "<blockquote>" + CONF_TXT.replace("\n", "<br>") + "</blockquote></body></html>")

    # 25 user confirms, top-post
    emit("user_reply", False, CASE_A, [CID_NEW],
         frm=addr(ME_NAME, ME_P), to=TC, key="A_r3", subj="Re: " + SA, irt="A_close",
         refs=["A_ack", "A_conf", "A_close"], date=d("2025-06-16 12:48"),
         body="""Confirmed. Both accounts are mine - please merge into Account #1
(AWS11904637, daichi.morozumi.42@gmail.com). Sorry for the slow reply.

Daichi

On Mon, Jun 16, 2025 at 9:00 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(close_txt + "\n----- Original message -----\n" + CONF_TXT)))

    # 26 AWS Educate case (other program)
    emit("unrelated", False, None, [],
         frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
         subj="RE:[CASE 174960331200811] [AWS Educate Form Submission] - Account access",
         date=d("2025-06-16 15:20", "utc"), ath=auth("amazon.com"),
         body="""Hello,

Thank you for contacting AWS Educate. To look into the login problem you
reported for the learner account, could you tell us the school name used at
registration and the approximate date the account was created?

Best,
AWS Educate Support
""")

    # 27 resolved A with quoted request
    res_txt = """Hello Daichi,

Thank you for confirming. I have successfully merged all accounts into
Account #1 (daichi.morozumi.42@gmail.com). Your exam history, certifications
and benefits are now available there; Account #2 has been deactivated. Digital
badges may take up to 24 hours to appear in Credly.

If you notice anything missing, just reply to this thread.

Mateo R.
AWS Training and Certification
"""
    emit("resolved", False, CASE_A, [],
         frm=TCF, to=ME_P, key="A_res", subj=SA, irt="A_r3",
         refs=["A_ack", "A_conf", "A_close", "A_r3"],
         date=d("2025-06-16 16:05", "utc"), ath=auth("amazon.com"),
         body=res_txt + "\n\n________________________________\nFrom: AWS Training and Certification\nSent: Friday, June 13, 2025 2:10 AM\nSubject: " + SA + "\n\n" + CONF_TXT)

    # 28 Credly badge
    emit("badge", False, None, [],
         frm=addr("Credly", "admin@credly.com"), to=ME_P,
         subj="Amazon Web Services Training and Certification sent you a new badge",
         date=d("2025-06-16 16:40", "utc"), ath=auth("credly.com"),
         html="""<html><body><p>Daichi, congratulations!</p>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Security - Specialty</b>.</p>
<p><a href="https://www.credly.com/badges/3f6c2a1e-8b7d-4e59-9a30-c1d2e4f5a6b7/accept">Accept your badge</a></p>
<p>Share it on LinkedIn to let your network know.</p><p>The Credly Team</p></body></html>""")

    # 29 survey A
    emit("survey", False, CASE_A, [],
         frm=TCF, to=ME_P, subj="How did we do? Your feedback on case %s" % CASE_A,
         date=d("2025-06-17 04:00", "utc"), ath=auth("amazon.com"),
         body="""Hello,

Your recent case %s with AWS Training and Certification was marked as
resolved. Would you take one minute to rate the support you received?

  Very satisfied  https://feedback.aws.training/s?c=%s&r=5
  Satisfied       https://feedback.aws.training/s?c=%s&r=4
  Not satisfied   https://feedback.aws.training/s?c=%s&r=1

Replies to this message are not read.
""" % ((CASE_A,) * 4))

    # 30 forward to alliance lead
    emit("user_reply", False, CASE_A, [],
         frm=addr("森住 大地", ME_C), to="k.hojo@suisha-works.co.jp",
         subj="Fw: " + SA, date=d("2025-06-17 10:15"), cs="iso-2022-jp",
         body="""北條さん

紐付け解除ありがとうございました。おかげで統合が完了しました。
念のため共有します。

森住

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年6月16日(月) 16:05
Subject: %s
To: <%s>

%s""" % (TC, SA, ME_P, res_txt))
