# part6.py - 1 April to 4 April 2025
from mk import M, ME_P, ME_C, CONSOLE, CERTM
from part4 import CE, CC, C_FOOT
from part5 import RE_C, RE_E

MSGS = [
M("c_resolved", "2025-04-01 02:00:09 +0000", CONSOLE, ME_P, RE_C, """Hello Kaito,

Good news: the benefits team has restored your 50% exam discount. It is listed under Benefits on
your certification account again and can be used until September 30, 2025.

As this settles the issue, I am marking the case as resolved. If you need anything else, you can
reopen it from the Support Center within 14 days.

Best regards,
Priya N.
Amazon Web Services

We value your feedback. Please take a moment to rate this correspondence in the Support Center.

""" + C_FOOT, "resolved", False, CC, fmt="alt", crlf=True,
  note="Console case resolved; the 'rate this correspondence' line and 'reopen' footer are not requests."),

M("benefit", "2025-04-01 05:10:40 +0000", CERTM, ME_P, "A new exam benefit is available in your account", """Hello Kaito Mizusawa,

A new benefit has been added to your AWS Certification account:

  Benefit:       50% discount on your next AWS Certification exam
  Candidate ID:  AWS81249037
  Valid until:   2025-09-30

To use it, sign in to your AWS Certification account, open Benefits, and generate a discount code
before you schedule your exam.

AWS Training and Certification
""", "certification", fmt="html", cte="quoted-printable",
  note="CertMetrics benefit notice (the outcome of case C, but program mail, not support)."),

M("e_survey", "2025-04-02 01:00:33 +0000", ("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
  "【アンケートのご協力のお願い】ケース %s のサポートについて" % CE, """水澤 海斗 様

先日はお問い合わせいただき、ありがとうございました。
ケース %s でのサポート対応について、ご感想をお聞かせいただけますと幸いです。

アンケート(所要時間 約1分): https://feedback.aws.amazon.com/tc/case?id=%s&lang=ja

ご回答は任意です。回答期限は 4月9日です。

AWS トレーニングと認定
""" % (CE, CE), "survey", False, CE, fmt="alt", hcs="utf-8",
  note="Japanese survey about case E (keigo 'お聞かせいただけますと幸いです' is not a case request)."),

M("e_thanks", "2025-04-03 10:20:37 +0900", ME_P, ("AWS トレーニングと認定", "aws-cs-trainingcertification-form@amazon.com"),
  "Re: " + RE_E, """森本様

水澤です。試験履歴に表示されていることを確認しました。
ご対応いただき、ありがとうございました。

[[Q e_resolved ja]]
""", "user_reply", False, CE, parent="e_resolved", cc=ME_C, hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner's thank-you after the resolution, cc'd by habit to his closed company address."),

M("bounce", "2025-04-03 01:20:52 +0000", ("Mail Delivery System", "MAILER-DAEMON@smtp.hoshimail.jp"), ME_P,
  "Undelivered Mail Returned to Sender", """This is the mail system at host smtp.hoshimail.jp.

Your message could not be delivered to one or more recipients. The other recipients received it.

<k-mizusawa@tsurugi-data.co.jp>: host tdw-gw01.tsurugi-data.co.jp[192.0.2.80] said:
    550 5.1.1 <k-mizusawa@tsurugi-data.co.jp>: Recipient address rejected: User unknown

--- Headers of the returned message ---
From: Kaito Mizusawa <kaito.mizusawa@hoshimail.jp>
To: aws-cs-trainingcertification-form@amazon.com
Cc: k-mizusawa@tsurugi-data.co.jp
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-history
Date: Thu, 03 Apr 2025 10:20:37 +0900
""" % CE, "unrelated", False, CE, auth=None, cte="7bit", cs="us-ascii",
  hdrs={"Auto-Submitted": "auto-replied"},
  envfrom="", note="Bounce of the cc to the closed company mailbox; support received the mail, so nothing to redo. Kept on case E because it carries the case subject."),

M("badge_upd", "2025-04-04 06:45:18 +0000", ("Credly", "admin@credly.com"), ME_P,
  "A badge you hold was updated by its issuer", """Hi Kaito,

Amazon Web Services Training and Certification updated the following badge in your Credly
profile:

  AWS Certified Security - Specialty
  Change: recipient name corrected to "Kaito Mizusawa"

No action is needed. View the badge:
https://www.credly.com/badges/9b0d7f44-21c3-4a8e-b6f0-0e7c3d5a91c2

Credly, Inc.
""", "badge", fmt="alt",
  note="Credly badge update after the name correction in case D; no case number in it, so case=null."),
]
