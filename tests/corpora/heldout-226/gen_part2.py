# Part 2: January - February 2025 (exam-voucher case C3 and surroundings)
from gen_lib import *

CO = addr("Makabe Toru", ME_COMPANY)
TCF = addr("AWS Training and Certification", TC_FORM)
C3SUBJ = "[AWS Training and Certification Form Submission] - certification-benefits"
C3_ACK_ID = "<0101019486a1b3c2-7e4b0d21-91f3-4a2c-b6d8-05e3f7a9c114-000000@us-west-2.amazonses.com>"
C3_REQ_ID = "<0101019490d7cc10-a3b15f7e-2c88-4d09-9e4a-6b1f0c2d7e58-000000@us-west-2.amazonses.com>"
C3_CLOSE_ID = "<01010194aa3e51d9-5c2e8b10-4f7a-46d3-8a21-e9c0d4b6f372-000000@us-west-2.amazonses.com>"
C3_USER_ID = "<TY3PR01MB98031F2C6A0B4E2D9E7F1A44B1B22@TY3PR01MB9803.jpnprd01.prod.outlook.com>"

# 011 certmetrics: expiry reminder ------------------------------------------------
t = """Hello Toru,

Your AWS Certified Developer - Associate certification expires on
30 March 2025 (90 days from today).

To keep it active you can:
  - pass the current version of the Developer - Associate exam, or
  - earn a higher-level certification that renews it.

Log in to your AWS Certification Account to see your recertification options
and any exam discount you may hold.

AWS Certification
(This is an automated notice. Please do not reply.)
"""
add("certification", False, None, [],
    "Certification expiry reminder from CertMetrics (program mail, no case)",
    [*auth_exo("certmetrics.com", "bounce.certmetrics.com"),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_COMPANY),
     ("Subject", "Your AWS Certification expires in 90 days"),
     ("Date", date("2024-12-30 09:00:41")),
     ("Message-ID", "<010101941574e9a0-0d6e3b52-8c71-4b55-9f0e-6a2c1d3e7b40-000000@us-west-2.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 012 Skill Builder subscription receipt -------------------------------------------
h = """<html><body style="font-family:'Amazon Ember',Arial">
<h3>Thanks for your order</h3>
<p>Hi Toru Makabe,</p>
<p>Your AWS Skill Builder Individual subscription has renewed.</p>
<table border="0" cellpadding="6">
<tr><td>Order number</td><td>SB-JP-2025-0117-88412</td></tr>
<tr><td>Plan</td><td>Individual, monthly</td></tr>
<tr><td>Amount</td><td>USD 29.00 (tax included)</td></tr>
<tr><td>Next renewal</td><td>14 February 2025</td></tr>
</table>
<p>You can manage or cancel your subscription at any time from <a href="https://skillbuilder.aws/account/subscriptions">My subscriptions</a>.</p>
<p>AWS Training and Certification</p>
</body></html>"""
add("unrelated", False, None, [],
    "Skill Builder subscription receipt from AWS Training and Certification (not a case, not certification)",
    [*auth_icloud("skillbuilder.aws", "bounce@mail.skillbuilder.aws", ip="54.240.8.77"),
     ("From", addr("AWS Skill Builder", "no-reply@skillbuilder.aws")),
     ("To", ME_PERSONAL),
     ("Subject", "Your AWS Skill Builder receipt"),
     ("Date", date("2025-01-14 06:13:09")),
     ("Message-ID", "<20250113211309.1f9e0c7a42@skillbuilder.aws>")],
    part(h, "html", cte="quoted-printable"))

# 013 C3 acknowledgement (company address) ----------------------------------------
t = """Hello,

We've logged your request as case 173742207201187.

Someone from the AWS Training and Certification Customer Service team will
normally get back to you within one business day, though some requests take
longer to look into. Opening another case about the same question only
delays the answer, so please keep everything in this thread.

What you sent us:

  Inquiry type:       Certification
  Additional detail:  Exam benefits / vouchers
  AWS Candidate ID:   AWS02417785
  Description:        The 50% exam discount from my SAA certification is
                      listed under Benefits, but when I try to schedule
                      SAP-C02 the discount is not offered at checkout.

Regards,
AWS Training and Certification Customer Service
"""
add("acknowledgement", False, C3, [CAND_OLD],
    "Form-case ack with the submission echoed (candidate ID in it); 15-digit case ID only in body and subject",
    [("Received", "from a27-18.smtp-out.us-west-2.amazonses.com (54.240.27.18) by\n TY3PR01MB9803.jpnprd01.prod.outlook.com; Tue, 21 Jan 2025 01:15:02 +0000"),
     *auth_exo("amazon.com", "0101019486a1b3c2@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Subject", "[CASE 173742207201187] " + C3SUBJ),
     ("Date", date("2025-01-21 10:14:58")),
     ("Message-ID", C3_ACK_ID)],
    part(t, cte="quoted-printable"))

# 014 colleague: new-year party (Shift_JIS), asks for RSVP ---------------------------
t = """クラウド基盤部の皆さま

お疲れさまです。総務の野々村です。
今年も部署の新年会を下記のとおり開催します。

日時：1月31日（金）19:00〜
場所：新宿三丁目「炉端 とおや」
会費：5,000円（当日集金）

出欠を1月24日（金）までにこのメールへの返信でお知らせください。
アレルギー等がある方も併せてご連絡ください。

野々村 彩
株式会社星空テクノロジーズ 総務部
"""
add("unrelated", False, None, [],
    "Colleague's Shift_JIS invitation asking for an RSVP reply - a request, but not support",
    [("Received", "from JPN01-TY3-obe.outbound.protection.outlook.com by TY3PR01MB9803.jpnprd01.prod.outlook.com;\n Wed, 22 Jan 2025 03:20:11 +0000"),
     ("From", addr("野々村 彩", "a-nonomura@hoshizora-tech.co.jp", "shift_jis")),
     ("To", "cloud-infra@hoshizora-tech.co.jp"),
     ("Subject", subj("【ご案内】クラウド基盤部 新年会", "shift_jis")),
     ("Date", date("2025-01-22 12:20:05")),
     ("Message-ID", "<TYWPR01MB10231AE4D0C22B7F9E0B1A5C3D6@TYWPR01MB10231.jpnprd01.prod.outlook.com>"),
     ("X-Mailer", "Microsoft Outlook 16.0"),
     ("Content-Language", "ja-JP")],
    part(t, charset="shift_jis", cte="8bit"))

# 015 C3 info request in Japanese keigo (ISO-2022-JP) ------------------------------------
t = """真壁 透 様

AWS トレーニングと認定 カスタマーサービスの大西でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ケース番号 173742207201187 にてお寄せいただいた、認定特典の 50% 割引が
試験予約時に適用されない件について、現在調査を進めております。

原因を特定するため、恐れ入りますが以下の点をご確認のうえ、
本メールへのご返信にてお知らせいただけますでしょうか。

　1. 割引の適用を試みた日時（日本時間で結構です）
　2. 予約画面に表示されたエラーメッセージ、または画面のスクリーンショット
　3. 予約しようとした試験名と、受験予定の試験会場またはオンライン受験の別

お手数をおかけいたしますが、ご協力のほどよろしくお願いいたします。

――――――――――――――――
大西
AWS トレーニングと認定 カスタマーサービス
"""
add("info_request", True, C3, [],
    "Japanese keigo request (ISO-2022-JP) with numbered asks; support usually writes English",
    [*auth_exo("amazon.com", "0101019490d7cc10@us-west-2.amazonses.com"),
     ("From", addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")),
     ("To", ME_COMPANY),
     ("Subject", subj("RE:[CASE 173742207201187] " + C3SUBJ)),
     ("Date", date("2025-01-23 15:02:37")),
     ("Message-ID", C3_REQ_ID),
     ("References", C3_ACK_ID)],
    part(t, charset="iso-2022-jp", cte="7bit"))

# 016 phishing: lookalike domain, Japanese ---------------------------------------------
h = """<html><body>
<div style="font-family:'Meiryo',sans-serif;font-size:14px">
<p><img src="https://aws-certification-benefits.com/img/aws-logo.png" width="80"></p>
<p>AWS認定 資格保有者 様</p>
<p>お客様のアカウントに付与されている<b>受験割引バウチャー（50%）</b>の有効期限が<span style="color:red">48時間以内</span>に切れます。</p>
<p>引き続きご利用いただくには、下記より AWS 認定アカウントにサインインし、本人確認を完了してください。</p>
<p><a href="https://aws-certification-benefits.com/jp/verify?id=8812f0">今すぐ本人確認を行う</a></p>
<p>期限内に手続きが完了しない場合、特典は失効し、再発行はできません。</p>
<p>AWS Training &amp; Certification 特典センター</p>
</div></body></html>"""
add("suspicious", False, None, [],
    "Japanese phishing from a lookalike domain (passes its own DKIM) about an expiring exam voucher, demanding sign-in",
    [*auth_exo("aws-certification-benefits.com", "mail@aws-certification-benefits.com", ip="185.225.73.14"),
     ("From", addr("AWS認定 特典センター", "benefits@aws-certification-benefits.com")),
     ("To", ME_COMPANY),
     ("Subject", subj("【重要】AWS認定 受験割引バウチャーの失効について")),
     ("Date", date("2025-01-24 04:51:19")),
     ("Message-ID", "<20250123195119.4417.9af3@aws-certification-benefits.com>")],
    part(h, "html", cte="base64"))

# 017 C3 closing notice (case closed, reply reopens) ----------------------------------
t = """Hello Toru,

I'm following up on case 173742207201187 about your exam discount.

On January 23 my colleague asked for a few details (when you tried to apply
the discount, what the booking page showed, and which exam you were
booking). As we haven't received them, the case has now been closed.

If you still need help, just reply to this message within the next 14 days
with the information above and the case will reopen on its own. After that
period, a new request through the contact form will be needed.

Kind regards,
Marisol
AWS Training and Certification Customer Service
"""
h = "<html><body style=\"font-family:Calibri,Arial\">" + html_from_text(t) + "</body></html>"
add("closing_notice", True, C3, [],
    "Case closed for no answer; a reply within 14 days reopens it - request is in the past tense",
    [*auth_exo("amazon.com", "01010194aa3e51d9@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Subject", "RE: [CASE 173742207201187] " + C3SUBJ),
     ("Date", date("2025-01-28 13:26:44")),
     ("Message-ID", C3_CLOSE_ID),
     ("In-Reply-To", C3_REQ_ID),
     ("References", C3_ACK_ID + " " + C3_REQ_ID)],
    multipart([part(t), part(h, "html")], "_000_AWSCS_0128_b4e1"))

# 018 C3 owner's reply (Outlook, company address, attachment) ------------------------
t = """Hello Marisol, Onishi-san,

Sorry for the slow reply, I was travelling last week. Please reopen the case.

1. I tried on 20 January, around 19:40 JST, and again on 21 January at 08:15 JST.
2. The checkout page said "This benefit has already been redeemed." (screenshot attached).
   The Pearson VUE registration that was created and then cancelled on 20 January
   is 512993046.
3. AWS Certified Solutions Architect - Professional (SAP-C02), at the Pearson
   test centre in Shinjuku.

My candidate ID is AWS02417785.

Best regards,
Toru Makabe
Hoshizora Technologies, Cloud Infrastructure Dept.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, January 28, 2025 1:26 PM
To: Makabe Toru <t-makabe@hoshizora-tech.co.jp>
Subject: RE: [CASE 173742207201187] [AWS Training and Certification Form Submission] - certification-benefits

Hello Toru,

I'm following up on case 173742207201187 about your exam discount.

On January 23 my colleague asked for a few details (when you tried to apply
the discount, what the booking page showed, and which exam you were
booking). As we haven't received them, the case has now been closed.

If you still need help, just reply to this message within the next 14 days
with the information above and the case will reopen on its own. After that
period, a new request through the contact form will be needed.

Kind regards,
Marisol
AWS Training and Certification Customer Service
"""
h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
    html_from_text(t.split("________________________________")[0]) + \
    "</div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Tuesday, January 28, 2025 1:26 PM<br><b>To:</b> Makabe Toru &lt;t-makabe@hoshizora-tech.co.jp&gt;<br><b>Subject:</b> RE: [CASE 173742207201187] [AWS Training and Certification Form Submission] - certification-benefits</div><div>" + \
    html_from_text(t.split("certification-benefits\n\n", 1)[1]) + "</div></body></html>"
png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e2a8d70000000049454e44ae426082")
body = multipart([multipart([part(t), part(h, "html")], "_000_TY3PR01MB98031F2C_alt"),
                  attachment(png, "checkout-error.png", "image/png")],
                 "_004_TY3PR01MB98031F2C_mixed", subtype="mixed")
add("user_reply", False, C3, [CAND_OLD],
    "Owner's Outlook reply from the company address: top-posted, quoted history without '>' markers, 9-digit Pearson VUE number, PNG attachment",
    [("From", CO),
     ("To", TCF),
     ("Subject", "RE: [CASE 173742207201187] " + C3SUBJ),
     ("Date", date("2025-01-29 09:03:12")),
     ("Message-ID", C3_USER_ID),
     ("In-Reply-To", C3_CLOSE_ID),
     ("References", C3_ACK_ID + "\n " + C3_REQ_ID + "\n " + C3_CLOSE_ID),
     ("Thread-Topic", "[CASE 173742207201187] " + C3SUBJ),
     ("Content-Language", "en-US"),
     ("X-MS-Has-Attach", "yes")],
    body)

# 019 other vendor: ticket solved ------------------------------------------------------------
t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Kaito (Nulab Support)
Jan 30, 2025, 10:47 GMT+9

Hello Toru,

The workspace transfer is complete: the space "hoshizora-infra" is now owned
by the billing contact you named. Since there is nothing else open, I've set
this request to Solved.

Kaito

This email is a service from Nulab Support. Delivered by Zendesk
[7QX9E2-3LWR0]
"""
add("unrelated", False, None, [],
    "Another vendor's Zendesk ticket 'solved' with reply-to-reopen line; ticket number is not an AWS case",
    [*auth_exo("nulab.com", "support+id48213@nulab.zendesk.com", ip="192.161.149.12"),
     ("From", addr("Kaito (Nulab Support)", "support@nulab.com")),
     ("Reply-To", "Nulab Support <support+id48213@nulab.zendesk.com>"),
     ("To", CO),
     ("Subject", "[Nulab Support] Re: Transfer ownership of space hoshizora-infra"),
     ("Date", date("2025-01-30 10:47:55")),
     ("Message-ID", "<7QX9E2-3LWR0_67e2a1b3c8f94_4d1f2a@pod27-mailer.zendesk.com>")],
    part(t, cte="quoted-printable"))

# 019b C3 case update: passed to the benefits team ------------------------------------------
t = """Hi Toru,

Thanks for reopening the case and for the screenshot.

I've passed everything to our Certification benefits team, who can see the
voucher history on your account. No further action is required from you at
this point; we'll write again once they have looked at it.

Kind regards,
Marisol
AWS Training and Certification Customer Service
"""
add("case_update", False, C3, [],
    "Reopened case handed to another team; 'No further action is required from you' - news only",
    [*auth_exo("amazon.com", "01010194b3f1d2e7@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Subject", "RE: [CASE 173742207201187] " + C3SUBJ),
     ("Date", date("2025-01-30 16:05:31")),
     ("Message-ID", "<01010194b3f1d2e7-4e0a9c61-2b85-4d1f-a3e7-7c9d0f5b2e14-000000@us-west-2.amazonses.com>"),
     ("In-Reply-To", C3_USER_ID),
     ("References", C3_ACK_ID + " " + C3_CLOSE_ID + " " + C3_USER_ID)],
    part(t, cte="quoted-printable"))

# 020 C3 resolved: HTML-only, base64, no case token in subject or body -------------------
h = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hi Toru,</p>
<p>Thanks for the screenshot and the registration details, they made this easy to trace.</p>
<p>The discount from your Solutions Architect - Associate certification had been attached to the Pearson VUE booking you cancelled on 20 January, and the cancellation did not hand it back to your account. We have issued a replacement 50% voucher; you will find it under <b>Benefits</b> in your AWS Certification Account, valid until 29 September 2025.</p>
<p>Nothing else is needed from you. Good luck with the Professional exam!</p>
<p>Kind regards,<br>Marisol<br>AWS Training and Certification Customer Service</p>
<div style="border-top:1px solid #ccc;margin-top:18px;padding-top:6px;color:#555">
<p><b>From:</b> Makabe Toru<br><b>Sent:</b> 29 January 2025 00:03 UTC<br><b>Subject:</b> RE: [AWS Training and Certification Form Submission] - certification-benefits</p>
<p>Sorry for the slow reply, I was travelling last week. Please reopen the case. [&hellip;]</p>
</div>
</body></html>"""
add("resolved", False, C3, [],
    "HTML-only base64 resolution (voucher reissued); subject lost the [CASE] token and the body has no case number - only References link it",
    [*auth_exo("amazon.com", "01010194c5f0aa02@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Subject", "RE: " + C3SUBJ),
     ("Date", date("2025-02-03 11:38:20")),
     ("Message-ID", "<01010194c5f0aa02-1b7d93e4-5f62-41a8-b0c9-77e2d1a4f6b3-000000@us-west-2.amazonses.com>"),
     ("In-Reply-To", C3_USER_ID),
     ("References", C3_ACK_ID + " " + C3_CLOSE_ID + " " + C3_USER_ID)],
    part(h, "html", cte="base64"))

# 021 C3 survey (Japanese) ----------------------------------------------------------------
t = """真壁 透 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました。

ケース ID: 173742207201187

今回の対応について、簡単なアンケート（所要時間 1 分）へのご協力を
お願いしております。いただいたご意見は、サービス改善のために活用いたします。

アンケートに回答する:
https://survey.aws-tc.amazon.com/r/7f3c9a?case=173742207201187&lang=ja

※本アンケートへのご回答は任意です。本メールは送信専用アドレスから
お送りしております。

AWS トレーニングと認定
"""
add("survey", False, C3, [],
    "Japanese case satisfaction survey, voluntary; case ID given as 'ケース ID:'",
    [*auth_exo("amazon.com", "01010194d0a7f311@us-west-2.amazonses.com"),
     ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")),
     ("To", ME_COMPANY),
     ("Subject", subj("AWS トレーニングと認定 サポートに関するアンケートのお願い")),
     ("Date", date("2025-02-05 10:00:03")),
     ("Message-ID", "<01010194d0a7f311-9e2c40d1-3b58-4f7a-a6e2-18c5d9f0b2a7-000000@us-west-2.amazonses.com>")],
    part(t, cte="base64"))

# 022 Pearson VUE appointment confirmation -------------------------------------------------
t = """Dear Toru Makabe,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 513406872
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, 15 February 2025, 10:00 JST
Location: Pearson Professional Centers-Tokyo Shinjuku
Price: USD 300.00   Discount applied: AWS-CERT-50 (-USD 150.00)
Total: USD 150.00

Please arrive 30 minutes early and bring the identification listed in the
exam policies. To reschedule or cancel, sign in to your AWS Certification
Account at least 24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, [],
    "Exam vendor booking confirmation (discount applied, 9-digit registration ID) - exam vendor mail, not certification kind",
    [*auth_exo("pearson.com", "bounce.pearsonvue.com", ip="13.111.52.9"),
     ("From", addr("Pearson VUE", "pearsonvue@email.pearsonvue.com")),
     ("To", ME_COMPANY),
     ("Subject", "Pearson VUE Confirmation of Exam Appointment"),
     ("Date", date("2025-02-05 14:12:51")),
     ("Message-ID", "<3c0e9b14.7d21.194cde0a3f1.Coremail@email.pearsonvue.com>")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")
