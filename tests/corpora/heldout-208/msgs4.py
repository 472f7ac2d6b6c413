from helpers import *

TCF = addr("AWS Training and Certification", TC)
CON = addr("Amazon Web Services", "no-reply-aws@amazon.com")
CASE_E = "175195662000402"
CID_KUMO = "AWS22750148"
SE = "RE:[CASE %s] %s" % (CASE_E, SUBJ_TC)
SC = "RE:[CASE %s] Exam discount voucher missing after account merge" % CASE_C
FOOT = """
To see the case or reply, please use the link below; replying to this e-mail is not possible:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_C


def run():
    emit("certification", False, None, [],
         frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
         subj="Your AWS Certification account email address has been updated",
         date=d("2025-06-29 06:10", "utc"), ath=auth("certmetrics.com"),
         body="""Hello Daichi,

The primary email address on your AWS Certification account is now
daichi.morozumi.42@gmail.com. Future certification notices will be sent there.

If you did not make this change, contact AWS Training and Certification.

AWS Certification
""")

    emit("resolved", False, CASE_C, [],
         frm=CON, to=ME_P, key="C_res", subj=SC, irt="C_close",
         date=d("2025-07-01 11:25", "utc"), ath=auth("amazon.com"),
         body="""Hello Daichi,

Thank you for the details you added in the Support Center. I have re-issued the
50%% exam discount voucher to your merged certification account; it is listed
under Benefits and valid until June 30, 2026. It can be applied to your SAP-C02
booking at checkout or by rescheduling.

As everything is in place, I am setting this case to resolved. Should you need
anything else on this topic, you can reopen the case from the Support Center
within 14 days.

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence.

Best regards,
Ravi S.
Amazon Web Services
%s""" % FOOT)

    emit("survey", False, CASE_C, [],
         frm=CON, to=ME_P, subj="Your feedback on AWS Support case %s" % CASE_C,
         date=d("2025-07-02 02:00", "utc"), ath=auth("amazon.com"),
         html="""<html><body><p>Hello,</p><p>Your support case <b>%s</b> (Exam discount voucher
missing after account merge) was resolved recently. How satisfied were you with the help you received?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s">Rate your experience</a></p>
<p>Amazon Web Services</p></body></html>""" % (CASE_C, CASE_C))

    emit("suspicious", False, None, [],
         frm=addr("Credly", "notify@credly-badge-claim.com"), to=ME_P,
         subj="Your AWS badge is on hold - claim it before it is revoked",
         date=d("2025-07-02 09:41", "utc"),
         ath="mx.google.com;\n       spf=pass smtp.mailfrom=credly-badge-claim.com;\n       dmarc=none header.from=credly-badge-claim.com",
         body="""Hello,

Your badge "AWS Certified Security - Specialty" could not be transferred after a
recent account change and is on hold. Sign in with your AWS Builder ID within
24 hours to claim it:

http://credly-badge-claim.com/claim?id=3f6c2a1e

Credly Support
""")

    emit("unrelated", False, None, [],
         frm=addr("Microsoft Learn", "learn@microsoft.example.com"), to=ME_P,
         subj="Action needed: renew your Azure Solutions Architect Expert certification",
         date=d("2025-07-02 20:00", "utc"),
         body="""Hi Daichi,

Your Microsoft Certified: Azure Solutions Architect Expert certification
expires in 60 days. Take the free online renewal assessment on Microsoft
Learn to extend it by one year.

Microsoft Learn
""")

    emit("unrelated", False, None, [],
         frm=addr("AWS Budgets", "budgets@costalerts.amazonaws.com"), to=ME_P,
         subj="AWS Budgets: monthly-cap has exceeded your alert threshold",
         date=d("2025-07-03 08:03", "utc"), ath=auth("costalerts.amazonaws.com"),
         body="""AWS Budget Notification July 03, 2025
AWS Account 418829306715

Dear AWS Customer,
You requested that we alert you when the ACTUAL cost associated with your
monthly-cap budget is greater than 80% of USD 10.00 for the current month.
The ACTUAL cost is USD 8.31.
""")

    emit("unrelated", False, None, [],
         frm=addr("Kumo Labs People Team", "people@kumolabs.io"), to=ME_P,
         subj="Welcome to Kumo Labs - your first-day checklist",
         date=d("2025-07-03 17:30"),
         body="""Hi Daichi,

Welcome aboard! Your start date is July 7. Your laptop will be ready at the
front desk, and your account d.morozumi@kumolabs.io is already active.

Since Kumo Labs is an AWS Partner, the alliance team asks new engineers to
link their AWS certifications in Partner Central during the first week.

See you Monday,
People Team
""")

    emit("certification", False, None, [CID_NEW],
         frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
         subj="Your AWS Certification exam results are available",
         date=d("2025-07-06 10:02", "utc"), ath=auth("certmetrics.com"), cte="qp",
         body="""Hello Daichi Morozumi,

Candidate ID: AWS11904637

Congratulations! You have passed the AWS Certified Solutions Architect - Professional
(SAP-C02) exam taken on July 5, 2025. Your score report and digital certificate
are available in your AWS Certification account.

AWS Certification
""")

    emit("certification", False, None, [],
         frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
         subj="Congratulations on recertifying your AWS Certification!",
         date=d("2025-07-06 10:05", "utc"), ath=auth("certmetrics.com"),
         body="""Hello Daichi,

By earning AWS Certified Solutions Architect - Professional you have also
recertified AWS Certified Solutions Architect - Associate. Its new expiration
date is July 5, 2028. A new 50% discount voucher has been added to your
Benefits page.

AWS Certification
""")

    emit("badge", False, None, [],
         frm=addr("Credly", "admin@credly.com"), to=ME_P,
         subj="You've earned a badge: AWS Certified Solutions Architect - Professional",
         date=d("2025-07-06 10:40", "utc"), ath=auth("credly.com"),
         body="""Congratulations, Daichi!

Amazon Web Services Training and Certification issued you a new badge.
Accept it: https://www.credly.com/badges/b0c8e7d2-5f11-4a07-93b2-7d6c1e0f4a55/accept

Credly
""")

    # case E
    emit("acknowledgement", False, CASE_E, [CID_NEW],
         frm=addr("AWS トレーニングと認定", TC), to=ME_P, key="E_ack",
         subj="[CASE %s] %s" % (CASE_E, SUBJ_TC),
         date=d("2025-07-08 15:37", "utc"), ath=auth("amazon.com"), cte="b64",
         body="""お客様

お問い合わせいただきありがとうございます。ケース %s として承りました。
担当者より通常24時間以内にご連絡いたしますので、今しばらくお待ちください。

お問い合わせ内容
----
その他の詳細: アカウントの統合
AWS 候補 ID: AWS11904637
入社時に Partner Central 経由で d.morozumi@kumolabs.io の認定アカウントが自動作成されて
しまいました。個人アカウントへの統合をお願いします。
----

同一内容のケースを重複して作成されますと、対応が遅れる場合がございます。

AWS トレーニングと認定
""" % CASE_E)

    infoE = """Hi Daichi,

I searched for a certification account under d.morozumi@kumolabs.io and found
nothing. Accounts created through Partner Central sign-in are sometimes
registered with a different login. What candidate ID is shown at the top
right of that account once you sign in to it? Without it we can't locate the
second account.

Hannah K.
AWS Training and Certification
"""
    emit("info_request", True, CASE_E, [],
         frm=TCF, to=ME_P, key="E_info", subj=SE, irt="E_ack",
         date=d("2025-07-09 13:15", "utc"), ath=auth("amazon.com"), body=infoE)

    emit("unrelated", False, None, [],
         frm=addr("AWS re:Invent", "aws-marketing-email-replies@amazon.com"), to=ME_P,
         subj="Confirm your spot: re:Invent 2025 registration is open",
         date=d("2025-07-10 01:00", "utc"), ath=auth("amazon.com"),
         html="""<html><body><h2>re:Invent 2025</h2><p>Please confirm your interest to receive early-bird pricing.
AWS Certified attendees get access to the Certification Lounge.</p>
<p><a href="https://reinvent.awsevents.com/register">Confirm now</a></p></body></html>""")

    emit("closing_notice", True, CASE_E, [],
         frm=addr("AWS トレーニングと認定", TC), to=ME_P, key="E_close", subj=SE, irt="E_info",
         date=d("2025-07-14 10:00", "utc"), ath=auth("amazon.com"), cs="iso-2022-jp",
         body="""森住 様

先日お送りした候補 ID の確認についてのメールに、まだご返信をいただいておりません。
3 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
ご返信いただければ引き続き対応いたしますので、本メールにそのままご返信ください。

AWS トレーニングと認定
""")

    emit("user_reply", False, CASE_E, [CID_KUMO],
         frm=addr(ME_NAME, ME_P), to=TC, key="E_r1", subj="Re: " + SE, irt="E_close",
         refs=["E_ack", "E_info", "E_close"], date=d("2025-07-14 21:12"),
         body="""Hi Hannah,

Sorry for the delay - first week at a new job. The Partner Central account shows
candidate ID AWS22750148 (login seems to be d.morozumi+apn@kumolabs.io).

Daichi

On Wed, Jul 9, 2025 at 1:15 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(infoE)))

    confE_html = """<html><body>
<p>森住 大地 様</p>
<p>候補 ID のご連絡ありがとうございます。以下の 2 つのアカウントを確認いたしました。</p>
<table border="1" cellpadding="4">
<tr><th>アカウント #1</th><td>AWS11904637</td><td>daichi.morozumi.42@gmail.com</td></tr>
<tr><th>アカウント #2</th><td>AWS22750148</td><td>d.morozumi+apn@kumolabs.io</td></tr>
</table>
<p>アカウント #2 はパートナー組織 Kumo Labs に関連付けられていますが、統合後もアカウント #1 の認定情報は
パートナーと共有できます。</p>
<p>アカウント #1 を残し、アカウント #2 を統合することでよろしいか、ご確認のほどよろしくお願いいたします。</p>
<p>Hannah K.<br>AWS トレーニングと認定</p></body></html>"""
    confE_txt = """森住 大地 様

候補 ID のご連絡ありがとうございます。以下の 2 つのアカウントを確認いたしました。

アカウント #1: AWS11904637 / daichi.morozumi.42@gmail.com
アカウント #2: AWS22750148 / d.morozumi+apn@kumolabs.io

アカウント #2 はパートナー組織 Kumo Labs に関連付けられていますが、統合後もアカウント #1 の認定情報は
パートナーと共有できます。

アカウント #1 を残し、アカウント #2 を統合することでよろしいか、ご確認のほどよろしくお願いいたします。

Hannah K.
AWS トレーニングと認定
"""
    emit("confirmation_request", True, CASE_E, [CID_NEW, CID_KUMO],
         frm=addr("AWS トレーニングと認定", TC), to=ME_P, key="E_conf", subj=SE, irt="E_r1",
         date=d("2025-07-15 11:30", "utc"), ath=auth("amazon.com"), cte="qp",
         body=confE_txt, html=confE_html)

    emit("user_reply", False, CASE_E, [],
         frm=addr("森住 大地", ME_P), to=TC, key="E_r2", subj="Re: " + SE, irt="E_conf",
         date=d("2025-07-15 12:02"), cs="iso-2022-jp",
         body="""Hannah 様

はい、アカウント #1 を残して統合してください。よろしくお願いします。

森住

2025年7月15日(火) 11:30 AWS トレーニングと認定 <%s>:
%s
""" % (TC, quote(confE_txt)))

    emit("resolved", False, CASE_E, [CID_KUMO, CID_NEW],
         frm=TCF, to=ME_P, key="E_res", subj=SE, irt="E_r2",
         date=d("2025-07-15 17:48", "utc"), ath=auth("amazon.com"),
         body="""Hi Daichi,

Done - AWS22750148 has been merged into AWS11904637. To share your
certifications with Kumo Labs, turn on sharing under Account settings in your
certification account; the partner profile can take a few days to update.

If you have anything to add, feel free to reply to this email.

Hannah K.
AWS Training and Certification

-----Original Message-----
%s""" % quote(confE_txt))
