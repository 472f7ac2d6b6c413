# Case E continued, and certification program mail.
from gen_lib import *
from gen_p4 import CE, SE, E1, E2, E3, E4, E5, E6, EFOOT

TCF = addr("AWS Training and Certification", TC_FORM)
AMZ = dict(sel="224i4yxa5dv7c2xz3womw6peuasteono")

body = """Hi Haruka,

Grace here from AWS Training and Certification. Thanks for your patience.

The recertification exam you took on October 19 was recorded on a newly created certification profile, AWS11250873, rather than on your main profile AWS09917406. Both use haruka.tsujimoto.k@gmail.com; the new one appears to have been created when you registered for the exam with a different sign-in. Because the exam sits on the new profile, Credly is looking for the badge in the wrong place.

The fix is to merge AWS11250873 into AWS09917406. Before I do that, could you confirm that both profiles belong to you and that AWS09917406 should be the one that remains?

Kind regards,
Grace O.
AWS Training and Certification
""" + EFOOT
add(dt(2025, 10, 22, 20, 10), TCF, ME_P, SE, leaf(body, cte="quoted-printable"),
    ("confirmation_request", True, CE, ["AWS11250873", "AWS09917406"]),
    "Confirmation request written as a diagnosis; two candidate IDs; the question is the last paragraph.",
    E2, in_reply_to=E1, references=E1, auth=auth_gmail("amazon.com", **AMZ))

html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We wrote to you on <b>October 22, 2025</b> about case %s and have not received a response. As a result, <b>this case has now been closed</b>.</p>
<table cellpadding="4" style="font-size:13px;border:1px solid #d5dbdb">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Status</b></td><td>Closed &ndash; no response</td></tr>
</table>
<p>Still need help? Replying to this email reopens the case automatically and it returns to the agent who worked on it.</p>
<p>AWS Training and Certification Customer Support</p>
</body></html>""" % (CE, CE)
add(dt(2025, 10, 27, 21, 0), TCF, ME_P, SE, leaf(html, subtype="html", cte="quoted-printable"),
    ("closing_notice", True, CE, []),
    "Case already closed for no response; HTML-only with status table; 'Still need help? Replying ... reopens'. Owner must answer the pending confirmation.",
    E3, in_reply_to=E2, references=E1 + " " + E2, auth=auth_gmail("amazon.com", **AMZ))

text = """Hi Grace,

Sorry for the late reply, I was traveling. Yes, both profiles are mine. Please merge AWS11250873 into AWS09917406 and keep AWS09917406.

Thanks,
Haruka

On Tue, Oct 28, 2025 at 6:00 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello,
> We wrote to you on October 22, 2025 about case %s and have not received a response. As a result, this case has now been closed.
> Still need help? Replying to this email reopens the case automatically.
""" % CE
add(dt(2025, 10, 28, 8, 45, JST), addr(ME_NAME, ME_P), TC_FORM, SE, leaf(text, cte="quoted-printable"),
    ("user_reply", False, CE, ["AWS11250873", "AWS09917406"]),
    "Owner confirms after closure; both candidate IDs in new text (AWS09917406 written twice, listed once).",
    E4, in_reply_to=E3, references=E1 + " " + E2 + " " + E3)

body = """Hello,

Your reply has been added to case %s and the case has been reopened. It has been returned to the team for review.

This is an automated notification.

AWS Training and Certification Customer Support
""" % CE + EFOOT
add(dt(2025, 10, 27, 23, 46), TCF, ME_P, SE, leaf(body, cte="7bit"),
    ("case_update", False, CE, []),
    "Automated 'case reopened' notice; no question.",
    E5, in_reply_to=E4, references=E1 + " " + E3 + " " + E4, auth=auth_gmail("amazon.com", **AMZ))

body = """Hi Haruka,

Thanks for confirming. Profile AWS11250873 has been merged into AWS09917406, and the October 19 recertification now shows in your exam history with a new expiry date of October 2028.

Credly syncs once a day, so the renewed badge should reach you within 24-48 hours. If it hasn't arrived by then, you can reply here and I'll take another look.

Kind regards,
Grace O.
AWS Training and Certification

On Wed, Oct 22, 2025, AWS Training and Certification wrote:
> Before I do that, could you confirm that both profiles belong to you and
> that AWS09917406 should be the one that remains?
""" + EFOOT
add(dt(2025, 10, 28, 17, 31), TCF, ME_P, SE, leaf(body, cte="quoted-printable"),
    ("resolved", False, CE, ["AWS11250873", "AWS09917406"]),
    "Resolution with a conditional 'If it hasn't arrived... you can reply'; the old question is quoted at the bottom.",
    E6, in_reply_to=E5, references=E1 + " " + E4 + " " + E5, auth=auth_gmail("amazon.com", **AMZ))

html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f5f7">
<div style="max-width:600px;margin:auto;background:#fff;padding:28px">
<p style="font-size:20px"><b>Your badge has been renewed</b></p>
<p>Hi Haruka, Amazon Web Services Training and Certification has updated your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge. The new expiration date is Oct 19, 2028.</p>
<p><a href="https://www.credly.com/badges/0b7e3d91-2c4a-4f8e-b6d1-5a9f0c3e7b24">View your badge</a></p>
<p style="font-size:11px;color:#999">Credly by Pearson. Manage your notification preferences in account settings.</p>
</div></body></html>"""
add(dt(2025, 10, 29, 6, 12), addr("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified Solutions Architect - Associate badge has been renewed",
    leaf(html, subtype="html", cte="base64"), ("badge", False, None, []),
    "Credly renewal after case E's fix; base64 HTML.",
    mid("69019c0e4b2a1_3f8e1d2c.sidekiq", "credly.com"), auth=auth_gmail("credly.com", ip="149.72.%d.14"))

# ---- certification program mail ----
CM = addr("AWS Certification", "do-not-reply@certmetrics.com")
body = """Hello Haruka Tsujimoto,

Your AWS Certified Developer - Associate certification will expire on December 9, 2025 (90 days from today).

To keep it active, pass the current version of the exam or a higher-level exam in the same track before the expiration date. Holders of an active certification receive a 50% discount on their next exam; you can find the voucher under Benefits in your certification account.

Candidate ID: AWS02285731

Thank you,
AWS Certification
This is a system-generated message. Replies to this address are not monitored.
"""
add(dt(2025, 9, 10, 16, 0), CM, ME_C, "AWS Certification: Your certification expires in 90 days",
    leaf(body, cte="quoted-printable"), ("certification", False, None, ["AWS02285731"]),
    "Expiry reminder to the company address, with candidate ID; 'To keep it active, pass...' is advice not a request.",
    mid("20250910160000.7f2c.expiry90", "certmetrics.com"), auth=auth_o365("certmetrics.com"))

html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka,</p>
<p>AWS Certification wants to hear from you! As a certified individual, your opinion shapes how we build exams and benefits.</p>
<p>Would you spend 10 minutes on our annual certification holder survey? <a href="https://www.surveymonkey.com/r/AWSCertHolders2025">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:10px;color:#888">You are receiving this email because you hold an active AWS Certification. Candidate ID: AWS02285731</p>
</body></html>"""
add(dt(2025, 10, 2, 17, 30), CM, ME_P, "AWS Certification wants to hear from you",
    leaf(html, subtype="html", cte="quoted-printable"), ("certification", False, None, ["AWS02285731"]),
    "Program survey (not a support case survey); stale candidate ID of the merged-away profile in the footer.",
    mid("20251002173000.a91b.holdersurvey", "certmetrics.com"), auth=auth_gmail("certmetrics.com", sel="k1", ip="198.2.%d.11"))

body = """Congratulations, Haruka!

You have successfully recertified your AWS Certified Solutions Architect - Associate certification.

Exam date: October 19, 2025
New expiration date: October 19, 2028
Candidate ID: AWS11250873

Your digital badge will be issued through Credly. Your certificate can be downloaded from your AWS Certification account.

AWS Certification
"""
add(dt(2025, 10, 20, 9, 15), CM, ME_P, "Congratulations on recertifying your AWS Certification!",
    leaf(body, cte="7bit"), ("certification", False, None, ["AWS11250873"]),
    "Recertification notice carrying the duplicate profile's candidate ID (the root of case E).",
    mid("20251020091500.c3d4.recert", "certmetrics.com"), auth=auth_gmail("certmetrics.com", sel="k1", ip="198.2.%d.11"))

body = """辻本 遥 様

AWS 認定資格の更新、誠におめでとうございます。
認定保持者の特典として、次回の認定試験で利用できる 50%% 割引バウチャーが認定アカウントの「特典」ページに追加されました。

特典の有効期限: 2026 年 10 月 19 日
AWS 候補 ID: AWS11250873

AWS Summit などのイベントで認定者ラウンジをご利用いただける場合があります。詳細はイベントごとのご案内をご確認ください。

AWS 認定
※本メールは送信専用アドレスから配信しています。
"""
add(dt(2025, 10, 21, 1, 0), CM, ME_P, "AWS 認定: 特典が追加されました",
    leaf(body.replace("%%", "%"), charset="utf-8", cte="base64"), ("certification", False, None, ["AWS11250873"]),
    "Japanese benefits notice, base64 UTF-8, encoded subject.",
    mid("20251021010000.e5f6.benefit", "certmetrics.com"), auth=auth_gmail("certmetrics.com", sel="k1", ip="198.2.%d.11"))

body = """Hello,

Your exam results for AWS Certified Developer - Associate (DVA-C02) are now available.

Result: PASS
Score: 812 (minimum passing score: 720)

Sign in to your AWS Certification account to view your score report and download your certificate.

Candidate ID: AWS02285731

AWS Certification
"""
add(dt(2025, 9, 12, 22, 40), CM, ME_C, "Your AWS Certification exam results are available",
    leaf(body, cte="quoted-printable"), ("certification", False, None, ["AWS02285731"]),
    "Exam result to the company address before the case starts.",
    mid("20250912224000.1a2b.result", "certmetrics.com"), auth=auth_o365("certmetrics.com"))
