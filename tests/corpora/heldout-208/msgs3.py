from helpers import *

TCF = addr("AWS Training and Certification", TC)
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)
SD = "RE: [CASE %s] %s" % (CASE_D, SUBJ_TC)
CON = addr("Amazon Web Services", "no-reply-aws@amazon.com")
SC = "RE:[CASE %s] Exam discount voucher missing after account merge" % CASE_C
CONSOLE_FOOT = """
To see the case or reply, please use the link below; replying to this e-mail is not possible:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % CASE_C


def run():
    # 31 reopen request by user
    emit("user_reply", False, CASE_A, [CID_NEW],
         frm=addr(ME_NAME, ME_P), to=TC, key="A_r4", subj="Re: " + SA, irt="A_res",
         refs=["A_ack", "A_conf", "A_r3", "A_res"], date=d("2025-06-17 21:30"),
         body="""Hi Mateo,

Thanks for the merge. One thing is off: the exam history on AWS11904637 shows
SAA-C03 and DVA-C02, but my Security - Specialty (SCS-C02, January 2025) is
missing, although the badge arrived in Credly. Could you take a look?

Daichi

> I have successfully merged all accounts into
> Account #1 (daichi.morozumi.42@gmail.com).
""")

    # 32 reopened, passed on
    emit("case_update", False, CASE_A, [],
         frm=TCF, to=ME_P, key="A_reo", subj=SA, irt="A_r4",
         date=d("2025-06-18 11:40", "utc"), ath=auth("amazon.com"),
         body="""Hello Daichi,

I have reopened your case. Exam records that do not carry over in a merge
have to be restored by our Certification Operations team, so I have passed the
case to them with the details from your message. Their investigations
typically take 3-5 business days; they will write to you on this thread.

Sophie L.
AWS Training and Certification
""")

    # 33 dmarc fail suspicious
    emit("suspicious", False, None, [],
         frm=CON, to=ME_P,
         subj="Action required: your AWS Certification account will be suspended",
         date=d("2025-06-18 14:02", "utc"), ath=auth("amazon.com", ok=False),
         html="""<html><body><p>Hello,</p>
<p>We detected two certification accounts registered to your identity. Duplicate accounts violate
the AWS Certification Program Agreement and yours will be <b>suspended in 48 hours</b>.</p>
<p>To keep your certifications, confirm your account merge here:
<a href="https://aws-training-verify.net/merge/confirm">https://www.aws.training/merge/confirm</a></p>
<p>Amazon Web Services</p></body></html>""")

    # 34 ack case D
    ackD = """Hello,

We have received your request, and case %s has been opened. An agent will
contact you, usually within 24 hours.

Please do not open another case for the same request.

Request summary
---------------
Type: Certification / Certificate name correction
Candidate ID: AWS11904637
Message: The name on my certificates reads "Daiti Morozumi". My legal name is
"Daichi Morozumi". Please correct it.

AWS Training and Certification
""" % CASE_D
    emit("acknowledgement", False, CASE_D, [CID_NEW],
         frm=TCF, to=ME_P, key="D_ack",
         subj="[CASE %s] %s" % (CASE_D, SUBJ_TC),
         date=d("2025-06-19 07:58", "utc"), ath=auth("amazon.com"), body=ackD, crlf=True)

    # 35 Credly expiring
    emit("badge", False, None, [],
         frm=addr("Credly", "admin@credly.com"), to=ME_P,
         subj="Your badge expires soon: AWS Certified Solutions Architect - Associate",
         date=d("2025-06-19 18:00", "utc"), ath=auth("credly.com"),
         body="""Hi Daichi,

Your AWS Certified Solutions Architect - Associate badge, issued by Amazon Web
Services Training and Certification, expires on September 3, 2025.
Earn the required credential before that date to keep it active.

View badge: https://www.credly.com/badges/91ad04c7-2be3-4f11-8d6e-5e0c3b7a2f18

Credly, Inc.
""")

    # 36 info_request D, Japanese keigo
    infoD = """森住 大地 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
担当の小野寺と申します。

認定証に記載されるお名前の修正につきまして、身分証明書との照合が必要となります。
お手数ではございますが、パスポートに記載されているローマ字表記のお名前
(姓・名の順番を含む)を、本メールへのご返信にてお知らせいただけますでしょうか。

なお、身分証明書の画像の添付は不要です。

何卒よろしくお願いいたします。

小野寺
AWS トレーニングと認定
"""
    emit("info_request", True, CASE_D, [],
         frm=addr("AWS トレーニングと認定", TC), to=ME_P, key="D_info",
         subj=SD, irt="D_ack", date=d("2025-06-20 10:20", "utc"), ath=auth("amazon.com"),
         body=infoD, cte="b64")

    # 37 user reply D, Japanese
    emit("user_reply", False, CASE_D, [],
         frm=addr("森住 大地", ME_P), to=TC, key="D_r1", subj="Re: " + SD, irt="D_info",
         refs=["D_ack", "D_info"], date=d("2025-06-20 12:05"), cs="iso-2022-jp",
         body="""小野寺様

ご連絡ありがとうございます。
パスポート記載の表記は以下のとおりです。

姓: MOROZUMI
名: DAICHI

よろしくお願いいたします。
森住

2025年6月20日(金) 10:20 AWS トレーニングと認定 <%s>:
%s
""" % (TC, quote(infoD)))

    # 38 Google Cloud other vendor closed
    emit("unrelated", False, None, [],
         frm=addr("Google Cloud Support", "cloud-support@google.com"), to=ME_C,
         subj="Case 52870133: Quota increase for Compute Engine GPUs - case closed",
         date=d("2025-06-21 03:14", "utc"), ath=auth("google.com"),
         body="""Hello,

Your case 52870133 has been closed because we did not receive a response
within 7 days. If you still need help, you can reopen it from the Cloud
Console within 30 days.

Google Cloud Support
""")

    # 39 console case C acknowledgement
    emit("acknowledgement", False, CASE_C, [],
         frm=CON, to=ME_P, key="C_ack",
         subj="Amazon Web Services: New Support case: %s" % CASE_C,
         date=d("2025-06-21 22:11", "utc"), ath=auth("amazon.com"),
         body="""Dear AWS customer,

We have opened case %s to address your inquiry.

Subject: Exam discount voucher missing after account merge
Severity: General question
Service: Training and Certification

We will respond as soon as possible.
%s""" % (CASE_C, CONSOLE_FOOT))

    # 40 resolved D, Japanese with conditional invitation
    emit("resolved", False, CASE_D, [],
         frm=addr("AWS トレーニングと認定", TC), to=ME_P, key="D_res",
         subj=SD, irt="D_r1", refs=["D_ack", "D_info", "D_r1"],
         date=d("2025-06-23 15:30", "utc"), ath=auth("amazon.com"), cs="shift_jis", cte="qp",
         body="""森住 大地 様

ご返信ありがとうございました。
認定アカウントのお名前を「Daichi Morozumi」に修正いたしました。
更新後の認定証は、認定アカウントの「認定」ページから再ダウンロードいただけます。
Credly のバッジ表記への反映には最大で48時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

小野寺
AWS トレーニングと認定
""")

    # 41 case_update A: still working
    emit("case_update", False, CASE_A, [],
         frm=addr("AWS Certification Operations", TC), to=ME_P, key="A_ops",
         subj=SA, irt="A_reo", date=d("2025-06-24 09:12", "utc"), ath=auth("amazon.com"),
         html="""<html><body><p>Hi Daichi,</p>
<p>Certification Operations here. We found the SCS-C02 record: it was attached to a third,
inactive profile created through AWS Partner Central. We are moving it into your active account now.
The sync to the exam history page can take up to 48 hours once we finish; we will confirm here.</p>
<p>No action needed from you at this point.</p>
<p>Regards,<br>Aigerim<br>AWS Certification Operations</p></body></html>""")

    # 42 console info request C
    infoC = """Hello,

Thank you for contacting AWS Support. My name is Ravi and I'll be assisting you today.

I checked the benefits on your certification account. The 50%% discount voucher from your
former account does not appear in the merged record, and before I request a re-issue I need
two details:

1. Which exam do you intend to use the voucher for?
2. Was the voucher already shown as used or expired on the former account?

Please answer in the Support Center so that the case stays with me.

Best regards,
Ravi S.
Amazon Web Services
%s""" % CONSOLE_FOOT
    emit("info_request", True, CASE_C, [],
         frm=CON, to=ME_P, key="C_info", subj=SC,
         date=d("2025-06-24 16:40", "utc"), ath=auth("amazon.com"), body=infoC)

    # 43 colleague out-of-office
    emit("unrelated", False, None, [],
         frm=addr("Mai Saeki", "m.saeki@suisha-works.co.jp"), to=ME_C,
         subj="自動応答: 送別会の出欠", cs="iso-2022-jp",
         date=d("2025-06-25 08:00"), extra=[("Auto-Submitted", "auto-replied")],
         body="""6/25 は終日外出のため、メールの確認が遅れます。
お急ぎの方は 03-5555-0142 までご連絡ください。
佐伯
""")

    # 44 user emails wrong channel (console case)
    emit("user_reply", False, CASE_C, [],
         frm=addr(ME_NAME, ME_P), to="no-reply-aws@amazon.com", key="C_r1",
         subj="Re: " + SC, irt="C_info", date=d("2025-06-25 22:30"),
         body="""Hello Ravi,

1. SAP-C02, booked for July 5.
2. No, it was shown as available on the old account until the merge.

Thanks,
Daichi Morozumi
""")

    # 45 bounce from no-reply
    emit("unrelated", False, CASE_C, [],
         frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
         subj="Delivery Status Notification (Failure)",
         date=d("2025-06-25 22:31"),
         body="""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 This mailbox does not accept incoming messages.

----- Original message -----
Subject: Re: %s
""" % SC)

    # 46 farewell mail by owner (company)
    emit("user_reply", False, None, [],
         frm=addr("森住 大地", ME_C), to="all-dev@suisha-works.co.jp", cs="utf-8", cte="b64",
         subj="最終出社のご挨拶", date=d("2025-06-27 17:20"),
         body="""開発部の皆さま

本日が最終出社日となりました。5年間本当にお世話になりました。
今後の連絡先は daichi.morozumi.42@gmail.com までお願いします。

森住
""")

    # 47 resolved A (second) with survey footer
    emit("resolved", False, CASE_A, [CID_NEW],
         frm=addr("AWS Certification Operations", TC), to=ME_P, key="A_res2",
         subj=SA, irt="A_ops", date=d("2025-06-27 19:02", "utc"), ath=auth("amazon.com"),
         body="""Hi Daichi,

The SCS-C02 record has been moved, and your exam history now lists all
three exams under AWS11904637. The inactive partner profile has been closed.
We are marking this case resolved; no further action is required.

We value your feedback. Please share your experience by rating this
correspondence: https://feedback.aws.training/s?c=%s

Aigerim
AWS Certification Operations

> Certification Operations here. We found the SCS-C02 record: it was attached
> to a third, inactive profile created through AWS Partner Central.
""" % CASE_A)

    # 48 console closing notice C
    emit("closing_notice", True, CASE_C, [],
         frm=CON, to=ME_P, key="C_close", subj=SC, irt="C_info",
         date=d("2025-06-28 16:45", "utc"), ath=auth("amazon.com"),
         body="""Hello,

We haven't received a reply to our last correspondence on case %s.
If we don't hear from you, this case will be resolved automatically in 3 days.
You can still answer our questions through the Support Center to keep it open.
%s""" % (CASE_C, CONSOLE_FOOT))
