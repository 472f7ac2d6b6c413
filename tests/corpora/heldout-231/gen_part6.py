# Part 6: 23 June - 3 July 2025. Third profile merged; console case D about the exam appointment.
from gen_common import *

REF = lambda *keys: " ".join(IDS[k] for k in keys)
CON = "Amazon Web Services"
CON_FROM = "no-reply-aws@amazon.com"
D_SUBJ = "SAP-C02 appointment missing after certification account merge"
CON_FOOT = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To respond to this case, please follow the link above.
======================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
""" % CASE_D

# 060 confirmation_request A in Japanese (third profile)
jp_conf = """松永 玲奈 様

AWS トレーニングと認定カスタマーサポートの Kenji と申します。Dimitri より本件を引き継ぎました。
以降は日本語でご案内いたします。

候補 ID をお知らせいただきありがとうございます。照合の結果、以下のプロフィールが見つかりました。

■ アカウント #1(統合先)
  候補 ID: AWS07350192
  ログインメール: renamatsu@fastmail.com
  認定通知メール: renamatsu@fastmail.com

■ アカウント #3
  候補 ID: AWS05193327
  ログインメール: rena.matsunaga@kohaku-si.co.jp
  認定通知メール: rena.matsunaga@kohaku-si.co.jp

統合を行うと元に戻すことができないため、上記のいずれのアカウントもご本人様のものであること、
ならびにアカウント #3 をアカウント #1 へ統合することについて、本メールへのご返信にて
ご確認いただけますと幸いです。

ご確認のほど、よろしくお願い申し上げます。

Kenji S.
AWS トレーニングと認定 カスタマーサポート
"""
add("confirmation_request", True, CASE_A, ["AWS07350192", "AWS05193327"], [
    ("Return-Path", "<010101979e@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Tue, 24 Jun 2025 04:48:02 +0000"),
    ("Message-ID", "<a5T8p000001Z5kkEAC.1750740482@sfdc.net>"),
    ("In-Reply-To", IDS["A13"]), ("References", REF("A1", "A12", "A13"))],
    ("alternative", [part(jp_conf, cte="base64"),
                     part("<html><body><pre style=\"font-family:'MS PGothic',sans-serif\">" + jp_conf + "</pre></body></html>",
                          sub="html", cte="base64")]), key="A14", crlf=True)

# 061 suspicious: real AWS From address, but DKIM/SPF/DMARC fail
add("suspicious", False, None, [], [
    ("Return-Path", "<www-data@vps-18822.hostkvs.net>"),
    ("Authentication-Results", "mx3.messagingengine.com;\n    dkim=fail (body hash did not verify) header.d=amazon.com;\n    spf=fail smtp.mailfrom=vps-18822.hostkvs.net;\n    dmarc=fail (p=quarantine) header.from=amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Tue, 24 Jun 2025 09:12:40 +0000"),
    ("Message-ID", "<20250624091240.4f2a@vps-18822.hostkvs.net>")],
    part("""Hello Rena,

To finish attaching your third profile we need to re-verify the identity on
the surviving account. Please sign in below using your AWS Builder ID and
complete the verification step within 24 hours:

https://signin-aws.training-verify.net/builderid?case=174902041200591

If the verification is not completed, the merge will be reverted.

AWS Training and Certification Customer Support
""", cte="7bit"))

# 062 owner confirms in Japanese
add("user_reply", False, CASE_A, [], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Tue, 24 Jun 2025 19:03:27 +0900"),
    ("Message-ID", "<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@app.fastmail.com>"),
    ("In-Reply-To", IDS["A14"]), ("References", REF("A1", "A13", "A14")),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""Kenji 様

ご連絡ありがとうございます。
2 つとも私のアカウントで間違いありません。アカウント #3 を #1 に統合してください。

松永 玲奈

2025年6月24日(火) 13:48 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 統合を行うと元に戻すことができないため、上記のいずれのアカウントもご本人様のものであること、
> ならびにアカウント #3 をアカウント #1 へ統合することについて、本メールへのご返信にて
> ご確認いただけますと幸いです。
""", cte="base64"), key="A15")

# 063 resolved A (Japanese) with conditional invitation
add("resolved", False, CASE_A, [], [
    ("Return-Path", "<01010197a1@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Wed, 25 Jun 2025 00:37:55 +0000"),
    ("Message-ID", "<a5T8p000001Z6llEAC.1750811875@sfdc.net>"),
    ("In-Reply-To", IDS["A15"]), ("References", REF("A1", "A14", "A15"))],
    part("""松永 玲奈 様

ご確認いただきありがとうございました。
アカウント #3 の試験履歴(AWS Certified Security - Specialty、2021 年 3 月合格)を
アカウント #1 に統合いたしました。認定アカウントの「試験履歴」および「認定」ページで
ご確認いただけます。なお、同認定は有効期限切れのため「失効」として表示されます。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

Kenji S.
AWS トレーニングと認定 カスタマーサポート

> 2 つとも私のアカウントで間違いありません。アカウント #3 を #1 に統合してください。
""", cte="quoted-printable"), key="A16")

# 064 Credly: badge history updated (expired badge added)
add("badge", False, None, [], [
    ("Return-Path", "<bounce-mc.us5_1027@mail.credly.com>"),
    ar_fm("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "A badge has been added to your Credly profile"),
    ("Date", "Wed, 25 Jun 2025 06:20:11 +0000"),
    ("Message-ID", "<685b94fbd0a2e_41c7@credly-mailer.mail>")],
    part("""Hi Rena,

Amazon Web Services Training and Certification added AWS Certified Security -
Specialty to your profile. This badge is expired and is shown in your badge
history only.

Manage visibility: https://www.credly.com/earner/settings/badges
""", cte="7bit"))

# 065 console case D: acknowledgement
add("acknowledgement", False, CASE_D, [], [
    ("Return-Path", "<01000197a4@amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr(CON, CON_FROM)),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
    ("Date", "Wed, 25 Jun 2025 09:15:31 +0000"),
    ("Message-ID", "<01000197a4c3d2e1-case-%s-000000@email.amazonses.com>" % CASE_D)],
    part("""Dear Customer,

Thank you for contacting Amazon Web Services. A support case has been created
for you with ID %s.

Subject: %s
Service: Training and Certification
Category: Exam scheduling
Severity: General guidance

An AWS representative will review your case and respond in the Support
Center. Please do not reply to this email.
""" % (CASE_D, D_SUBJ) + CON_FOOT, cte="quoted-printable"), key="D1", crlf=True)

D_RE = "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)

# 066 console case D: information request (answer in the Support Center)
add("info_request", True, CASE_D, [], [
    ("Return-Path", "<01000197a6@amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr(CON, CON_FROM)),
    ("To", ME_PERSONAL),
    ("Subject", D_RE),
    ("Date", "Thu, 26 Jun 2025 02:47:15 +0000"),
    ("Message-ID", "<01000197a9e8f7a6-case-%s-corr1-000000@email.amazonses.com>" % CASE_D),
    ("In-Reply-To", IDS["D1"]), ("References", IDS["D1"])],
    part("""Hello,

Thank you for your patience. My name is Priya and I'm working on your case
with the AWS Training and Certification team.

After an account merge, upcoming appointments are normally carried over
within 24 hours, but bookings made in the days just before a merge can end up
attached to the retired profile. To trace it, we'll need the Pearson VUE
registration ID from your confirmation email and the name of the exam as
shown there. Please add them as a reply to this case in the Support Center
so we can continue.
""" + CON_FOOT, cte="quoted-printable"), key="D2", crlf=True)

# 067 owner replies by e-mail to the no-reply address (sent copy)
add("user_reply", False, CASE_D, [], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr(CON, CON_FROM)),
    ("Subject", "Re: " + D_RE),
    ("Date", "Thu, 26 Jun 2025 12:10:06 +0900"),
    ("Message-ID", "<7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b@app.fastmail.com>"),
    ("In-Reply-To", IDS["D2"]), ("References", IDS["D1"] + " " + IDS["D2"]),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""Hi Priya,

Registration ID 482917360, exam "SAP-C02: AWS Certified Solutions Architect -
Professional", 19 July 2025 10:00 JST, OnVUE.

Rena
""", cte="7bit"), key="D3")

# 068 bounce of that reply
add("unrelated", False, CASE_D, [], [
    ("Return-Path", "<>"),
    ("From", addr("Mail Delivery Subsystem", "MAILER-DAEMON@amazonses.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Undeliverable: Re: " + D_RE),
    ("Date", "Thu, 26 Jun 2025 03:10:09 +0000"),
    ("Message-ID", "<01000197aa0f-bounce-000000@email.amazonses.com>"),
    ("In-Reply-To", IDS["D3"]), ("References", IDS["D3"]),
    ("Auto-Submitted", "auto-replied")],
    ("mixed", [
        part("""Your message could not be delivered.

Recipient: no-reply-aws@amazon.com
Reason: 550 5.1.1 This mailbox does not accept incoming mail. To respond to an
AWS Support case, use the AWS Support Center.

--- Original message headers ---
From: Rena Matsunaga <renamatsu@fastmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
Date: Thu, 26 Jun 2025 12:10:06 +0900
""" % (CASE_D, D_SUBJ), cte="7bit"),
        attach("original.txt", b"Hi Priya,\n\nRegistration ID 482917360, exam SAP-C02, 19 July 2025 10:00 JST, OnVUE.\n\nRena\n", "text/plain")]))

# 069 Qiita newsletter (Japanese), full of "merge" words
add("unrelated", False, None, [], [
    ("Return-Path", "<newsletter@qiita.com>"),
    ar_fm("qiita.com"),
    ("From", addr("Qiita", "newsletter@qiita.com")),
    ("To", ME_PERSONAL),
    ("Subject", "今週のトレンド記事: 「AWS認定アカウントの統合でハマった話」ほか"),
    ("Date", "Fri, 27 Jun 2025 08:00:00 +0900"),
    ("Message-ID", "<20250627080000.weekly.9921@qiita.com>"),
    ("List-Unsubscribe", "<https://qiita.com/settings/notifications>")],
    part("""<html><body><h3>Qiita 週間トレンド</h3><ol>
<li>AWS認定アカウントの統合でハマった話 ― サポートから「ご確認ください」と来たら</li>
<li>git merge と rebase、結局どっちを使う?</li>
<li>Pearson VUE のオンライン受験で失敗しないためのチェックリスト</li>
</ol><p>配信停止は設定画面から行えます。</p></body></html>""", sub="html", cte="base64"))

# 070 console case D: closing notice (auto-resolve)
add("closing_notice", True, CASE_D, [], [
    ("Return-Path", "<01000197b1@amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr(CON, CON_FROM)),
    ("To", ME_PERSONAL),
    ("Subject", D_RE),
    ("Date", "Sun, 29 Jun 2025 02:50:33 +0000"),
    ("Message-ID", "<01000197b1a2b3c4-case-%s-corr2-000000@email.amazonses.com>" % CASE_D),
    ("In-Reply-To", IDS["D2"]), ("References", IDS["D1"] + " " + IDS["D2"])],
    part("""Hello,

We have not yet received the registration details requested on 26 June.
Unless we hear from you through the Support Center, this case will be
resolved automatically in 3 days. Adding a reply to the case before then
keeps it open for us.
""" + CON_FOOT, cte="quoted-printable"), crlf=True)

# 071 suspicious: Pearson VUE lookalike
add("suspicious", False, None, [], [
    ("Return-Path", "<notice@pearsonvue-reschedule.com>"),
    ar_fm("pearsonvue-reschedule.com"),
    ("From", addr("Pearson VUE", "notice@pearsonvue-reschedule.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS exam appointment 482917360 has been suspended"),
    ("Date", "Sun, 29 Jun 2025 13:05:48 +0000"),
    ("Message-ID", "<20250629130548.8812@pearsonvue-reschedule.com>")],
    part("""<html><body><p>Dear candidate,</p>
<p>Because of a recent change to your AWS Certification account, your appointment <b>482917360</b> (SAP-C02) was suspended.
To restore it, pay the USD 40 re-validation fee within 48 hours:</p>
<p><a href="https://pearsonvue-reschedule.com/pay?reg=482917360">Restore appointment</a></p>
<p>Pearson VUE Candidate Services</p></body></html>""", sub="html", cte="quoted-printable"), crlf=True)

# 072 console case D: on hold waiting on Pearson VUE (after the owner answered in the console)
add("on_hold", False, CASE_D, [], [
    ("Return-Path", "<01000197b5@amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr(CON, CON_FROM)),
    ("To", ME_PERSONAL),
    ("Subject", D_RE),
    ("Date", "Mon, 30 Jun 2025 05:21:40 +0000"),
    ("Message-ID", "<01000197b5c6d7e8-case-%s-corr3-000000@email.amazonses.com>" % CASE_D),
    ("In-Reply-To", IDS["D2"]), ("References", IDS["D1"] + " " + IDS["D2"])],
    part("""Hello Rena,

Thanks for adding the registration ID in the Support Center. The appointment
is indeed still attached to the retired profile. Moving it has to be done on
Pearson VUE's side, so I've sent them a request and put this case on hold
until they confirm. Your appointment itself is safe and remains booked for
19 July.

I'll write again as soon as Pearson VUE has finished.

Priya
""" + CON_FOOT, cte="quoted-printable"), crlf=True)

# 073 Dependabot
add("unrelated", False, None, [], [
    ("Return-Path", "<noreply@github.com>"),
    ar_fm("github.com"),
    ("From", addr("dependabot[bot]", "notifications@github.com")),
    ("To", addr("renamatsu/aws-cert-notes", "aws-cert-notes@noreply.github.com")),
    ("Cc", "Subscribed <subscribed@noreply.github.com>"),
    ("Subject", "[renamatsu/aws-cert-notes] Bump mkdocs-material from 9.5.3 to 9.6.14 (PR #15)"),
    ("Date", "Tue, 01 Jul 2025 06:11:02 -0700"),
    ("Message-ID", "<renamatsu/aws-cert-notes/pull/15@github.com>")],
    part("""Bumps mkdocs-material from 9.5.3 to 9.6.14.

Dependabot will resolve any conflicts with this PR as long as you don't alter
it yourself. You can also trigger a rebase manually by commenting
@dependabot rebase.

You can view, comment on, or merge this pull request online at:
https://github.com/renamatsu/aws-cert-notes/pull/15
""", cte="7bit"))

# 074 console case D: resolved, with the survey footer
add("resolved", False, CASE_D, [], [
    ("Return-Path", "<01000197bf@amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr(CON, CON_FROM)),
    ("To", ME_PERSONAL),
    ("Subject", D_RE),
    ("Date", "Wed, 02 Jul 2025 08:39:27 +0000"),
    ("Message-ID", "<01000197bfd8e9fa-case-%s-corr4-000000@email.amazonses.com>" % CASE_D),
    ("In-Reply-To", IDS["D2"]), ("References", IDS["D1"] + " " + IDS["D2"])],
    ("alternative", [
        part("""Hello Rena,

Pearson VUE has moved registration 482917360 to your current certification
profile. The SAP-C02 appointment on 19 July now shows under Upcoming exams,
and the discount applied at booking is unchanged.

I've marked this case as resolved. If anything looks wrong, you can reopen it
from the Support Center within 14 days.

Priya
""" + CON_FOOT, cte="quoted-printable"),
        part("""<html><body style="font-family:Arial;font-size:13px"><p>Hello Rena,</p>
<p>Pearson VUE has moved registration 482917360 to your current certification profile. The SAP-C02 appointment on 19 July now shows under <b>Upcoming exams</b>, and the discount applied at booking is unchanged.</p>
<p>I've marked this case as resolved. If anything looks wrong, you can reopen it from the Support Center within 14 days.</p><p>Priya</p>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
<hr><p style="font-size:11px">To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % (CASE_D, CASE_D), sub="html", cte="base64")]), crlf=True)

# 075 certification program feedback request (not about a support case)
add("certification", False, None, ["AWS07350192"], [
    ("Return-Path", "<bounces+2213@em.certmetrics.com>"),
    ar_fm("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Date", "Thu, 03 Jul 2025 00:30:18 +0000"),
    ("Message-ID", "<CM.20250703003018.55120@certmetrics.com>")],
    part("""Hello Rena,

You're one of a small group of AWS Certified individuals invited to help shape
future exams. Tell us which services you use day to day and which topics you
think an associate-level exam should cover. The questionnaire is anonymous and
takes about 10 minutes.

Start the questionnaire: https://survey.certmetrics.com/aws/2025-jdq

Candidate ID on file: AWS07350192

Thank you,
AWS Certification
""", cte="7bit"))
