# Part 5: case G (two accounts on the same address, Japanese confirmation) and July fillers.
from gen_lib import *

TCN = addr("AWS Training and Certification", TC)
MEP = addr(ME_NAME, ME_P)
SUBJ_G = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G
G_OK = auth_google("amazon.com", spf_dom="amazonses.com")

# 56 ---------------------------------------------------------------- G ack (English, CRLF, QP)
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %s
Description: Credly does not show my new badges. I found a second certification account, %s, created
through Partner Central single sign-on with the same e-mail address. Please merge it into %s.

We usually answer within 24 hours, though some requests need more time to resolve.
Please do not open another case for this request if one already exists.

Amazon Web Services
""" % (CASE_G, NEW_CAND, SSO_CAND, NEW_CAND)
add("G_ack", date_=date("2025-07-08 21:03:40"), frm=TCN, to=MEP, subject=SUBJ_G, body=plain(t, cte="quoted-printable"), crlf=True,
    auth=G_OK, label=L("acknowledgement", False, CASE_G, [NEW_CAND, SSO_CAND]))

# 57 ---------------------------------------------------------------- fake Pearson VUE
t = """Dear candidate,

Your AWS exam appointment (Registration ID 431907265) has been CANCELLED because of an identity
mismatch after your certification account was updated.

To restore the appointment and avoid losing your exam fee, confirm your details and payment card
within 12 hours:  http://pearsonvue-candidate-restore.com/aws

Pearson VUE Candidate Services
"""
add("phish4", date_=date("2025-07-09 04:17:55"), frm=addr("Pearson VUE", "noreply@pearsonvue-candidate-restore.com"), to=ME_P,
    subject="URGENT: your AWS exam appointment was cancelled", body=plain(t), mid_dom="pearsonvue-candidate-restore.com",
    auth=auth_google("pearsonvue-candidate-restore.com", ok=False, ip="91.215.85.140"), label=L("suspicious"))

# 58 ---------------------------------------------------------------- G confirmation request in Japanese (multipart, QP)
t = """水野 遥 様

AWS トレーニングと認定 カスタマーサービスの山本です。

同じメールアドレス（haruka.mizuno.cloud@gmail.com）で、次の 2 つの認定アカウントが登録されていることを確認しました。

  アカウント A: %s （パートナーセントラル経由で作成、認定履歴なし）
  アカウント B: %s （現在ご利用中、認定 5 件）

アカウント A をアカウント B に統合し、B を残す形で進めます。両方ともご本人のアカウントであること、
および残すアカウントが B で問題ないことを、このメールへの返信でお知らせください。

山本
AWS トレーニングと認定 カスタマーサービス
""" % (SSO_CAND, NEW_CAND)
hh = """<div style="font-family:'Hiragino Sans',Meiryo,sans-serif"><p>水野 遥 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの山本です。</p>
<p>同じメールアドレス（haruka.mizuno.cloud@gmail.com）で、次の 2 つの認定アカウントが登録されていることを確認しました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th></th><th>候補 ID</th><th>備考</th></tr>
<tr><td>アカウント A</td><td>%s</td><td>パートナーセントラル経由で作成、認定履歴なし</td></tr>
<tr><td>アカウント B</td><td>%s</td><td>現在ご利用中、認定 5 件</td></tr></table>
<p>アカウント A をアカウント B に統合し、B を残す形で進めます。両方ともご本人のアカウントであること、
および残すアカウントが B で問題ないことを、このメールへの返信でお知らせください。</p>
<p>山本<br>AWS トレーニングと認定 カスタマーサービス</p></div>""" % (SSO_CAND, NEW_CAND)
add("G_confirm", date_=date("2025-07-09 13:26:02"), frm=TCN, to=MEP, subject="RE:" + SUBJ_G, body=alt(t, hh, key="gconf"),
    irt="G_ack", auth=G_OK, label=L("confirmation_request", True, CASE_G, [SSO_CAND, NEW_CAND]))

# 59 ---------------------------------------------------------------- Builder ID sign-in notice
t = """We noticed a new sign-in to your AWS Builder ID.

When: July 9, 2025, 18:40 JST
Browser: Firefox on Linux
Location: Tokyo, Japan (approximate)

If this was you, no action is needed. If not, reset your password at https://profile.aws.amazon.com.

Amazon Web Services
"""
add("builder2", date_=date("2025-07-09 18:41:10"), frm=addr("AWS", "no-reply@login.awsapps.com"), to=ME_P,
    subject="New sign-in to your AWS Builder ID", body=plain(t), auth=auth_google("login.awsapps.com", spf_dom="amazonses.com"),
    label=L("unrelated"))

# 60 ---------------------------------------------------------------- user confirms (ja)
t = """山本様

ご確認ありがとうございます。
どちらも私のアカウントです。%s を残し、%s を統合してください。

水野 遥

On Wed, Jul 9, 2025 at 13:26, AWS Training and Certification <%s> wrote:
> アカウント A: %s （パートナーセントラル経由で作成、認定履歴なし）
> アカウント B: %s （現在ご利用中、認定 5 件）
""" % (NEW_CAND, SSO_CAND, TC, SSO_CAND, NEW_CAND)
add("G_user", date_=date("2025-07-09 21:10:27"), frm=MEP, to=TCN, subject="Re: RE:" + SUBJ_G, body=plain(t, cte="base64"), mid_dom="gmail",
    irt="G_confirm", refs=["G_ack", "G_confirm"], label=L("user_reply", False, CASE_G, [NEW_CAND, SSO_CAND]))

# 61 ---------------------------------------------------------------- G update, queued
t = """Hello Haruka,

Thank you for the confirmation. Because one of the accounts was created through Partner Central single
sign-on, the merge has to be run by our engineering team. I've submitted it to them; this normally takes
up to five business days. No further action is required from you at this point.

Should anything change on your side, feel free to reply to this message.

Kind regards,
Yamamoto
AWS Training and Certification
"""
add("G_update", date_=date("2025-07-10 10:02:48"), frm=TCN, to=MEP, subject="RE:" + SUBJ_G, body=plain(t, cte="base64"),
    irt="G_user", refs=["G_ack", "G_confirm", "G_user"], auth=G_OK, label=L("case_update", False, CASE_G))

# 62 ---------------------------------------------------------------- G resolved (html only, feedback footer, quoted request)
hh = """<html><body style="font-family:Arial;font-size:14px"><p>Hello Haruka,</p>
<p>Engineering has finished: I have successfully merged %s into %s. Your Credly wallet should list all
five badges within a day or two.</p>
<p>This case is now resolved.</p>
<p>Regards,<br>Yamamoto<br>AWS Training and Certification</p>
<p style="font-size:12px;color:#666">We value your feedback. Let us know how we did by rating this reply.</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#666">
<p>From: AWS Training and Certification<br>Sent: 2025-07-09 13:26</p>
<p>両方ともご本人のアカウントであること、および残すアカウントが B で問題ないことを、このメールへの返信でお知らせください。</p></div>
</body></html>""" % (SSO_CAND, NEW_CAND)
add("G_res", date_=date("2025-07-15 17:35:19"), frm=TCN, to=MEP, subject="RE:" + SUBJ_G, body=html(hh, cte="quoted-printable"),
    irt="G_update", refs=["G_ack", "G_confirm", "G_user", "G_update"], auth=G_OK,
    label=L("resolved", False, CASE_G, [SSO_CAND, NEW_CAND]))

# 63 ---------------------------------------------------------------- Credly badge (recert)
t = """Congratulations, Haruka!

Amazon Web Services Training and Certification has updated your badge:
AWS Certified Solutions Architect – Professional (expires June 24, 2028)

View and share: https://www.credly.com/badges/0b7de6a1-58c2-4f4b-9c3e-2f81d6a0c7e9

Credly
"""
add("credly3", date_=date("2025-07-15 09:02:11", "+0000"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Your AWS Certified Solutions Architect – Professional badge has been updated", body=plain(t, cte="quoted-printable"),
    mid_dom="credly.com", auth=auth_google("credly.com", ip="149.72.123.8"), label=L("badge"))

# 64 ---------------------------------------------------------------- G survey (ja)
t = """水野 遥 様

このたびはケース %s にてお問い合わせいただき、ありがとうございました。
サービス改善のため、対応についてのご意見をお聞かせいただけますと幸いです。

アンケートに回答する（約 2 分）:
https://aws-tc-feedback.amazon.com/s?c=%s&lang=ja

本メールへのご返信は不要です。

AWS トレーニングと認定
""" % (CASE_G, CASE_G)
add("G_survey", date_=date("2025-07-16 10:00:00"), frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=MEP,
    subject="お問い合わせ対応についてのアンケート", body=plain(t, charset="iso-2022-jp"), subj_charset="iso-2022-jp",
    auth=G_OK, label=L("survey", False, CASE_G))

# 65 ---------------------------------------------------------------- other cloud vendor, pending close
t = """Hello Haruka,

We have not received a response to our last message on case 52418870. Please reply with the output of
`gcloud beta billing accounts describe` so we can continue the investigation.

If we do not hear from you within 3 business days, this case will be closed. You can reply to this
email or update the case in the console.

Best,
Ravi
Google Cloud Billing Support
"""
add("gcp", date_=date("2025-07-17 02:14:08", "+0000"), frm=addr("Google Cloud Support", "cloud-support@google.com"), to=ME_P,
    subject="[Case 52418870] Awaiting your response: billing account transfer", body=plain(t), mid_dom="google.com",
    auth=auth_google("google.com", ip="209.85.220.69"), label=L("unrelated"))

# 66 ---------------------------------------------------------------- former colleague replies to the forward
t = """水野さん

転送ありがとうございます。無事終わってよかったです！
社内の Wiki にも手順を残しておきますね。

ところで、前に聞いた Route 53 の件、個人アドレスの方でいいので一言もらえると助かります。

田村

-----Original Message-----
From: Haruka Mizuno <%s>
Sent: Monday, June 16, 2025 8:31 PM
Subject: Fwd: RE: %s
> アドバイスありがとうございました。おかげさまで退職前に認定アカウントの統合が完了しました。
""" % (ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A)
add("colleague2", date_=date("2025-07-18 12:30:45"), frm=addr("Shota Tamura", "s-tamura@tsubame-tech.co.jp"), to=MEP,
    subject="RE: Fwd: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    body=plain(t, cte="quoted-printable"), mid_dom="outlook", irt="A_fwd2", crlf=True,
    auth=auth_google("tsubame-tech.co.jp", spf_dom="tsubame-tech.co.jp", ip="40.107.74.55"), label=L("unrelated", False, None))
