from helpers import *

TCF = addr("AWS Training and Certification", TC)


def run():
    # 1 certification expiry
    emit("certification", False, None, [],
         frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
         subj="Your AWS Certified Solutions Architect - Associate expires in 90 days",
         date=d("2025-06-05 07:12", "utc"), ath=auth("certmetrics.com"), cte="qp",
         body="""Hello Daichi,

Your AWS Certified Solutions Architect - Associate credential (validation number
7KQ2M4L1PB4E1XW9) will expire on 2025-09-03.

To keep it active, pass the current version of the exam or a higher-level
exam in the same path before that date. Candidates who hold an active
certification receive a 50% discount voucher for their next exam; check the
Benefits page of your certification account.

Sign in: https://www.aws.training/certification

This mailbox is not monitored.
AWS Training and Certification
""")

    # 2 billing
    emit("unrelated", False, None, [],
         frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
         subj="Your AWS Billing Statement is available",
         date=d("2025-06-06 03:02", "utc"), ath=auth("amazon.com"),
         body="""Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement for your AWS account
[AWS ID 418829306715] is now available. The statement for the period
May 1 - May 31, 2025 totals USD 3.42.

You can view the invoice in the Billing and Cost Management console.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message
was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210.
""")

    # 3 colleague farewell (Japanese, company)
    emit("unrelated", False, None, [],
         frm=addr("佐伯 麻衣", "m.saeki@suisha-works.co.jp"), to=ME_C,
         subj="森住さん 送別会の日程について", cs="iso-2022-jp",
         date=d("2025-06-06 18:40"),
         body="""森住さん

お疲れさまです、佐伯です。
最終出社日が6/27とうかがいましたので、送別会を6/25(水)19時〜で
仮押さえしました。ご都合いかがでしょうか？
NGの日があれば今週中に教えてください。

あと、社用メールは最終日の18時で停止されるそうです。
個人の連絡先も念のため教えてもらえると助かります。

佐伯
""")

    # 4 Builder ID code
    emit("unrelated", False, None, [],
         frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
         subj="Verify your AWS Builder ID email address",
         date=d("2025-06-09 14:21", "utc"), ath=auth("signin.aws"),
         html="""<html><body style="font-family:Arial">
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>481 607</b></p>
<p>The code expires in 30 minutes. If you did not request it, ignore this message.</p>
<p style="color:#888">Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109</p>
</body></html>""")

    # 5 owner's note to self: old-account details
    emit("user_reply", False, None, [CID_OLD, CID_NEW],
         frm=addr(ME_NAME, ME_C), to=ME_P,
         subj="memo: 認定アカウント情報 (merge前)", cs="utf-8", cte="b64",
         date=d("2025-06-09 14:33"),
         body="""自分用メモ。会社アドレスが止まる前に控え。

旧(会社) 候補ID: AWS03518862  login: d.morozumi@suisha-works.co.jp
新(個人) 候補ID: AWS11904637  login: daichi.morozumi.42@gmail.com

取得済み: SAA-C03 (2022-09), DVA-C02 (2024-02), SCS-C02 (2025-01)
特典: 50%割引バウチャー 1枚 (未使用)
APN: Suisha Works は Select Tier パートナー → 止められるかも

フォーム送信済み 14:40 頃
""")

    # 6 ack case A (English, details echoed)
    ackA = """Hello,

Thank you for reaching out to AWS Training and Certification. We have opened
case %s for your request, and a member of our team will respond, usually
within 24 hours. In some cases we may need additional time to research the
best resolution.

If you have already submitted a case, please do not submit a new case for the
same issue, as this can delay our response.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %s
Description:
I am leaving Suisha Works at the end of June and would like to merge my
certification accounts.
Email addresses used: d.morozumi@suisha-works.co.jp, daichi.morozumi.42@gmail.com
Email to keep: daichi.morozumi.42@gmail.com
Other candidate ID: %s

Kind regards,
AWS Training and Certification
""" % (CASE_A, CID_OLD, CID_NEW)
    emit("acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
         frm=TCF, to=ME_P, key="A_ack",
         subj="[CASE %s] %s" % (CASE_A, SUBJ_TC),
         date=d("2025-06-09 14:42", "utc"), ath=auth("amazon.com"), body=ackA)

    # 7 ack case B (duplicate, Japanese, ISO-2022-JP)
    emit("acknowledgement", False, CASE_B, [],
         frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P, key="B_ack",
         subj="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
         cs="iso-2022-jp", date=d("2025-06-09 15:37", "utc"), ath=auth("amazon.com"),
         body="""お客様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース %s を作成いたしました。通常24時間以内に担当者よりご連絡いたします。
内容によっては、最適な解決策をご案内するためにお時間をいただく場合がございます。

すでにケースが提起されている場合は、同様のリクエストについて
別のケースを提起しないでください。対応が遅れる原因となります。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
会社のアカウントを個人のアカウントに統合したいです。

AWS トレーニングと認定
""" % CASE_B)

    # 8 GitHub merged
    emit("unrelated", False, None, [],
         frm=addr("Kenta Ueno", "notifications@github.com"), to=ME_P,
         subj="Re: [morozumi/tf-modules] Merge account-level S3 settings into base module (PR #41)",
         date=d("2025-06-09 17:10", "utc"), ath=auth("github.com"),
         extra=[("List-ID", "morozumi/tf-modules <tf-modules.morozumi.github.com>"),
                ("X-GitHub-Reason", "author")],
         body="""Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/morozumi/tf-modules/pull/41#event-17720391455
You are receiving this because you authored the thread.
""")

    # 9 case_update: B closed as duplicate
    emit("case_update", False, CASE_B, [],
         frm=addr("AWS Training and Certification", TC), to=ME_P,
         subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
         irt="B_ack", date=d("2025-06-09 20:05", "utc"), ath=auth("amazon.com"),
         body="""Hello Daichi,

I noticed that this request is identical to case %s, which you opened about
an hour earlier. To keep everything in one place I have closed this case and
linked it to the original; my colleagues will continue there. Nothing is
lost and no action is needed on this one.

Best regards,
Tomasz W.
AWS Training and Certification
""" % CASE_A)

    # 10 marketing html-only
    emit("unrelated", False, None, [],
         frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
         subj="AWS Summit Japan: 残り2週間 - セッションを予約しましょう",
         date=d("2025-06-10 09:00", "utc"), ath=auth("amazon.com"),
         html="""<html><body><table width="600" align="center" style="font-family:sans-serif">
<tr><td><h2>AWS Summit Japan 2025</h2>
<p>6月25日・26日 幕張メッセ。認定者ラウンジもご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/">今すぐ登録</a></p>
<p style="font-size:11px;color:#777">このメールの配信を停止するには<a href="https://pages.awscloud.com/unsub">こちら</a>。
Amazon Web Services Japan G.K.</p></td></tr></table></body></html>""")

    # 11 info_request A: write from company address
    infoA = """Hello Daichi,

Thanks for your patience. I've located both certification accounts listed in
your request.

Because the account you want to retire is registered to a corporate address
(d.morozumi@suisha-works.co.jp) and your message came from a different one,
we have to verify ownership before anything is moved. We need you to send a
short reply to this e-mail from d.morozumi@suisha-works.co.jp stating that
both accounts belong to you. Please keep the case number in the subject line.

Regards,
Priya N.
AWS Training and Certification
"""
    emit("info_request", True, CASE_A, [],
         frm=TCF, to=ME_P, key="A_info",
         subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), irt="A_ack",
         date=d("2025-06-10 11:15", "utc"), ath=auth("amazon.com"), body=infoA)

    # 12 user reply from company address, Outlook style
    emit("user_reply", False, CASE_A, [CID_OLD],
         frm=addr("Morozumi Daichi", ME_C), to=TC, key="A_r1",
         subj="RE: [CASE %s] %s" % (CASE_A, SUBJ_TC), irt="A_info",
         refs=["A_ack", "A_info"], date=d("2025-06-10 12:02"), crlf=True,
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", SUBJ_TC)],
         body="""Hello Priya,

I am writing from d.morozumi@suisha-works.co.jp as requested. Both
certification accounts are mine: this company one (candidate ID AWS03518862)
and the personal one registered to daichi.morozumi.42@gmail.com.

Best regards,
Daichi Morozumi

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, June 10, 2025 11:15 AM
To: daichi.morozumi.42@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (TC, CASE_A, SUBJ_TC, infoA))

    # 13 Skill Builder receipt
    emit("unrelated", False, None, [],
         frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
         subj="Your AWS Skill Builder receipt",
         date=d("2025-06-10 13:01", "utc"), ath=auth("aws.training"), cte="qp",
         body="""Thank you for your purchase.

Order number: SB-2025-0610-883104
Item: AWS Skill Builder Individual - monthly subscription
Amount: USD 29.00
Payment: Visa ending 4417

Your subscription renews on July 10, 2025. Manage it from Account > Subscriptions.

AWS Training and Certification
""")

    # 14 on_hold A with buried question
    holdA = """Hello Daichi,

Thank you for confirming from your corporate address.

While reviewing the records I found that the certification account for
d.morozumi@suisha-works.co.jp is associated with an AWS Partner Network
organization (Suisha Works Inc.). Certifications earned under a partner
account count toward that organization's partner tier, so a merge out of it
cannot go ahead while the association is active. I have placed the request on
hold and contacted the partner's alliance team; they have to release the
association in AWS Partner Central before we can continue.

In the meantime, one detail would help us: what is your last day of employment
with Suisha Works? We will add it to the note for the partner.

I will update you as soon as we hear from them.

Regards,
Priya N.
AWS Training and Certification
"""
    emit("on_hold", True, CASE_A, [],
         frm=TCF, to=ME_P, cc=ME_C, key="A_hold",
         subj="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), irt="A_r1",
         refs=["A_ack", "A_info", "A_r1"],
         date=d("2025-06-10 18:30", "utc"), ath=auth("amazon.com"),
         body=holdA + "\n\n" + "-------- Previous message --------\n" + quote(infoA))

    # 15 colleague: alliance lead (Japanese, Shift_JIS)
    emit("unrelated", False, None, [],
         frm=addr("北條 健", "k.hojo@suisha-works.co.jp"), to=ME_C,
         subj="Partner Central の認定者紐付け解除について", cs="shift_jis", cte="b64",
         date=d("2025-06-11 10:12"),
         body="""森住さん

アライアンス担当の北條です。
AWSのサポートからPartner Centralで森住さんの認定アカウントの紐付けを
外してほしいと依頼が来ました。本日中に解除しておきます。

Select Tierの認定者数には影響ないことを確認済みなので気にしないでください。
(退職手続きの一環として処理します)

北條
""")

    # 16 user reply to hold (Gmail style)
    emit("user_reply", False, CASE_A, [],
         frm=addr(ME_NAME, ME_P), to=TC, key="A_r2",
         subj="Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC), irt="A_hold",
         refs=["A_ack", "A_info", "A_r1", "A_hold"],
         date=d("2025-06-11 10:40"),
         body="""Hi Priya,

My last day at Suisha Works is June 27, 2025, and the company mailbox will be
shut down that evening. I've also asked our alliance lead to release the
association in Partner Central.

Thanks,
Daichi

On Tue, Jun 10, 2025 at 6:30 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(holdA)))
