from common import *
import part3

TCN = name("AWS Training and Certification", TC)
TCJ = name("AWS トレーニングと認定", TC)
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)
SD = "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC_CERT)

# 054 owner answers D (Japanese)
add("d-u1", frm=me_p(), to=TCJ, date="2025-06-21 10:02:41 +0900", parent="d-warn", mid_dom="gmail",
    subj="Re: " + SD, kind="user_reply", case=CASE_D, cands=[ID_PERS], cte="base64",
    text="""加藤様

ご連絡が遅くなり申し訳ありません。

1. 希望する表記: AYA MIWA(パスポートと同じです)
2. 候補 ID は %s で間違いありません。

よろしくお願いいたします。
三輪

2025年6月21日(土) 9:15 AWS トレーニングと認定 <%s>:
> 三輪 様
>
> 6月18日にお願いした情報について、まだご返信を確認できておりません。
> 6月24日(火)までにご返信がない場合、本ケースはクローズさせていただきます。
""" % (ID_PERS, TC))

# 055 bounce
add("bounce", frm=name("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    date="2025-06-22 01:40:00 +0000", mid_dom="mail.gmail.com", subj="Delivery Status Notification (Failure)",
    kind="unrelated", cte="7bit",
    text="""** Address not found **

Your message wasn't delivered to a.miwa@kurobane-tech.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <a.miwa@kurobane-tech.co.jp>: Recipient address rejected: User unknown

----- Original message -----
Subject: photos from the lunch
""")

# 056 D: support states its plan; silence = go ahead; optional paper copy
add("d-plan", frm=TCJ, to=ME_P, date="2025-06-23 01:30:00 +0000", parent="d-u1", subj=SD, auth_res=auth(),
    kind="case_update", case=CASE_D, cte="quoted-printable",
    text="""三輪 様

ご返信ありがとうございます。
ご指定の表記「AYA MIWA」にて、6月26日(木)に認定証を再発行いたします。
表記に誤りがある場合のみ、6月25日までにお知らせください。問題がなければご返信は不要です。

なお、紙の認定証の郵送をご希望の場合は、その旨と送付先をお知らせいただければ手配いたします。

加藤
AWS トレーニングと認定
""", html=html_wrap("""<p>三輪 様</p><p>ご返信ありがとうございます。<br>
ご指定の表記「<b>AYA MIWA</b>」にて、6月26日(木)に認定証を再発行いたします。<br>
表記に誤りがある場合のみ、6月25日までにお知らせください。問題がなければご返信は不要です。</p>
<p>なお、紙の認定証の郵送をご希望の場合は、その旨と送付先をお知らせいただければ手配いたします。</p>
<p>加藤<br>AWS トレーニングと認定</p>""", font="Meiryo, sans-serif"))

# 057 AWS Educate form case (other program)
add("educate", frm=name("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
    date="2025-06-24 03:11:00 +0000", subj="RE:[CASE 174934455100822] [AWS Educate Form Submission] - educator-verification",
    auth_res=auth(), kind="unrelated", cte="7bit",
    text="""Hello Aya,

Thank you for applying for an AWS Educate educator account (case
174934455100822). To verify your educator status, please reply by June
30 with a link to the staff page of the school where you teach. If we
don't receive it, the application will be withdrawn and you can apply
again later.

Regards,
AWS Educate Support
""")

# 058 D resolved (HTML only, auto-close timer, conditional invitation)
add("d-done", frm=TCJ, to=ME_P, date="2025-06-26 02:05:00 +0000", parent="d-plan", subj=SD, auth_res=auth(),
    kind="resolved", case=CASE_D, cands=[ID_PERS], html_cte="base64",
    html=html_wrap("""<p>三輪 様</p>
<p>お待たせいたしました。候補 ID %s の氏名表記を「AYA MIWA」に更新し、認定証を再発行いたしました。
認定アカウントの「認定」ページから新しい認定証をダウンロードいただけます。</p>
<p>本ケースは7日後に自動的にクローズされます。ほかにご不明な点がございましたら、本メールにご返信ください。</p>
<p>加藤<br>AWS トレーニングと認定</p>
<hr><div style="color:#888">
<p>2025/06/23 10:30 AWS トレーニングと認定 &lt;%s&gt;:</p>
<blockquote>ご指定の表記「AYA MIWA」にて、6月26日(木)に認定証を再発行いたします。<br>
表記に誤りがある場合のみ、6月25日までにお知らせください。</blockquote></div>""" % (ID_PERS, TC),
                   font="Meiryo, sans-serif"))

# 059 certification: updated certificate PDF
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add("cm-cert", frm=name("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    date="2025-06-26 02:30:00 +0000", mid_dom="certmetrics.com", subj="Your updated AWS Certification certificate",
    auth_res=auth(dom="certmetrics.com", ip="168.245.12.77", mailfrom="bounce@certmetrics.com"),
    kind="certification", cands=[ID_PERS], attach=[("AWS-Certificate-AYA-MIWA.pdf", PDF)], cte="7bit",
    text="""Dear AYA MIWA,

Your profile was updated. The attached certificate reflects your current
name. Candidate ID: %s

Certificates can also be downloaded at any time from the Certifications
page of your AWS Certification account.

AWS Certification
""" % ID_PERS)

# 060 survey D (Japanese)
add("d-survey", frm=name("AWS カスタマーフィードバック", "aws-cs-survey@amazon.com"), to=ME_P,
    date="2025-06-27 01:00:00 +0000", subj="アンケートご協力のお願い(ケース %s)" % CASE_D,
    auth_res=auth(), kind="survey", case=CASE_D, cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    text="""三輪 様

先日はAWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s の対応について、1分程度のアンケートにご協力いただけますと幸いです。

https://survey.aws.amazon.com/s/tc-ja?c=%s

アンケートは7月11日まで受け付けております。

AWS カスタマーフィードバック
""" % (CASE_D, CASE_D))

# 061 Skill Builder renewal notice
add("sb-renew", frm=name("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    date="2025-06-28 00:00:00 +0000", mid_dom="aws.training", subj="Your subscription renews on July 2",
    auth_res=auth(dom="aws.training", ip="54.240.8.33", mailfrom="bounce@aws.training"), kind="unrelated",
    html=html_wrap("""<p>Hi Aya,</p><p>Your AWS Skill Builder Individual subscription renews on <b>July 2</b>
for JPY 4,400. If you don't want to renew, cancel before then. Otherwise, you don't need to do anything.</p>"""))

# 062 owner reopens A by replying to the completion mail
add("a-u4", frm=me_p(), to=TCN, date="2025-07-01 08:55:30 +0900", parent="a-done", mid_dom="gmail",
    subj="Re: " + SA, kind="user_reply", case=CASE_A, cands=[ID_PERS],
    text="""Hi Daniel,

Sorry to come back to this. One exam is missing from the history on
%s: SAP-C02, passed in October 2024. The Professional badge did reach
Credly, but the exam and the certification don't appear in the portal.

Aya

On Thu, Jun 12, 2025 at 9:41 PM AWS Training and Certification <%s> wrote:
%s
""" % (ID_PERS, TC, gq(part3.done)))

# 063 reopened, support's own dated next step
add("a-reopen", frm=TCN, to=ME_P, date="2025-07-01 02:20:00 +0000", parent="a-u4", subj=SA, auth_res=auth(),
    kind="case_update", case=CASE_A, cte="7bit",
    text="""Hello Aya,

I've reopened the case and asked the exam records team to trace the
SAP-C02 result. I'll update you by end of day July 4 (Pacific). If you
haven't heard from me by then, feel free to reply here.

Daniel K.
""")

# 064 request with a deadline, close on silence
add("a-req2", frm=TCN, to=ME_P, date="2025-07-03 00:45:00 +0000", parent="a-reopen", subj=SA, auth_res=auth(),
    kind="info_request", reply=True, case=CASE_A, crlf=True,
    text="""Hello Aya,

The records team couldn't find the SAP-C02 result on either of the merged
profiles. To trace it they need the Pearson VUE registration number from
your score report or confirmation email (a 9-digit number), or failing
that the exact exam date and test center.

Send it by July 8. If we haven't received it by then, we'll close this
case, and you'd need to open a new one to continue.

Daniel K.
""")

# 065 owner answers
add("a-u5", frm=me_p(), to=TCN, date="2025-07-03 19:20:00 +0900", parent="a-req2", mid_dom="gmail",
    subj="Re: " + SA, kind="user_reply", case=CASE_A,
    text="""Hi Daniel,

Registration number 384917266, exam on October 19, 2024 at the Shinjuku
test center.

Aya
""")

# 066 third profile found: merge on silence
add("a-third", frm=TCN, to=ME_P, date="2025-07-04 06:00:00 +0000", parent="a-u5", subj=SA, auth_res=auth(),
    kind="case_update", case=CASE_A, cands=[ID_SSO, ID_PERS],
    text="""Hello Aya,

Found it. The exam sits on a third profile, %s, created in 2024 when
you signed in through Partner Central single sign-on. It holds the SAP-C02
result and the Professional certification.

We'll merge it into %s on July 9 unless you tell us by then that it
isn't yours. No reply is needed otherwise.

Daniel K.
""" % (ID_SSO, ID_PERS), html=html_wrap(paras("""Hello Aya,

Found it. The exam sits on a third profile, %s, created in 2024 when you signed in through Partner Central single sign-on. It holds the SAP-C02 result and the Professional certification.

We'll merge it into %s on July 9 unless you tell us by then that it isn't yours. No reply is needed otherwise.

Daniel K.""" % (ID_SSO, ID_PERS))))

# 067 resolved, close-unless-reply
add("a-done2", frm=TCN, to=ME_P, date="2025-07-09 03:10:00 +0000", parent="a-third", subj=SA, auth_res=auth(),
    kind="resolved", case=CASE_A, cands=[ID_SSO, ID_PERS], cte="7bit",
    text="""Hello Aya,

As planned, %s has been merged into %s. SAP-C02 and the
Professional certification now appear in your exam history.

We'll close this case on July 16 unless you reply.

Daniel K.
Account Merge Team
""" % (ID_SSO, ID_PERS))

# 068 Credly badge updated
add("credly-3", frm=name("Credly", "admin@credly.com"), to=ME_P, date="2025-07-09 04:02:00 +0000",
    mid_dom="credly.com", subj="Your badge from Amazon Web Services Training and Certification has been updated",
    auth_res=auth(dom="credly.com", ip="167.89.22.140", mailfrom="bounces@credly.com"), kind="badge",
    text="""Hi Aya,

The issuer updated your badge "AWS Certified Solutions Architect -
Professional". The new details are already visible on your profile:
https://www.credly.com/users/aya-miwa/badges

Credly
""")

# 069 Credly lookalike phishing
add("phish-3", frm=name("Credly Badges", "notify@credly-badges.net"), to=ME_P, date="2025-07-10 11:45:00 +0000",
    mid_dom="credly-badges.net", subj="Your AWS badges will expire - re-verify within 72 hours",
    auth_res=auth(dom="credly-badges.net", ip="45.95.147.12", mailfrom="notify@credly-badges.net"),
    kind="suspicious",
    html=html_wrap("""<p>Hello Aya,</p>
<p>Following a recent account change, your AWS badges must be re-verified. Badges that are not re-verified
within <b>72 hours</b> will expire and be removed from your profile.</p>
<p><a href="http://credly-badges.net/reverify?id=aya.miwa">Re-verify with your AWS Builder ID</a></p>
<p>Credly Trust &amp; Safety</p>"""))
