# Part 1: 2023-2024 -- the name-correction case (E, Japanese) and the mail around it.
from gen_lib import *

CO = ME_COMPANY
P = ME_PERSONAL
ME_CO = addr(ME_JA, CO)
TCF = addr("AWS Training and Certification", TC_FORM)

# ---------------------------------------------------------------- 2023-10-30 certification
dt = T("2023-10-30 22:41:09", 0)
txt = """Dear Mizuki Arakwa,

Congratulations! You have successfully completed the AWS Certified Developer - Associate exam
and you are now AWS Certified.

  Certification:   AWS Certified Developer - Associate
  Achieved:        October 30, 2023
  Valid through:   October 30, 2026
  Validation no.:  7QK2M1B2LJ4Q1F3C
  Candidate ID:    AWS04417735

Your digital badge will be issued through Credly within a few days. You can download your
certificate and review your benefits at any time from your AWS Certification Account.

As an AWS Certified individual you also receive a 50% discount voucher for your next exam.
It appears under Benefits in your AWS Certification Account.

Regards,
AWS Certification

This message was sent from an unmonitored address. Do not reply.
"""
add(dt=dt, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=addr("Mizuki Arakwa", CO),
    subject="Congratulations, you are now AWS Certified!", body=plain(txt, "us-ascii", "7bit"),
    kind="certification", reply=False, cands=[CAND_OLD], key="cert-dva-2023",
    mid_domain="certmetrics.com", **other_in(CO, dt, "mail241.certmetrics.com", "198.2.140.241", "certmetrics.com"),
    what="CertMetrics: DVA passed, candidate ID in a field list", hard="program mail with a candidate ID and a misspelled name (seed of case E); no case")

# ---------------------------------------------------------------- 2023-11-01 Credly badge
dt = T("2023-11-01 03:12:55", 0)
txt = """Mizuki, you've earned a new badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Developer - Associate".

Accept your badge: https://www.credly.com/earner/earned/badge/5b1e7c3a-92d4-4f51-9a0e-1f6c2b7d8e40

Once accepted you can share it on LinkedIn, add it to your e-mail signature or
embed it on your website.

Credly, Inc. | 460 Park Ave S, New York, NY
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
htm = """<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<h2>Mizuki, you've earned a new badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge
<b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1e7c3a-92d4-4f51-9a0e-1f6c2b7d8e40"
 style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 460 Park Ave S, New York, NY<br>
<a href="https://www.credly.com/notifications">Unsubscribe</a> from badge notifications</p>
</td></tr></table></body></html>"""
add(dt=dt, frm=addr("Credly", "admin@credly.com"), to=CO,
    subject="Mizuki, you've earned a badge from Amazon Web Services Training and Certification",
    body=alt(txt, htm, "==_credly_0b7f1e"), kind="badge", reply=False, key="credly-dva-2023",
    mid_domain="credly.com", **other_in(CO, dt, "o1.ptr2817.credly.com", "167.89.91.12", "credly.com"),
    what="Credly badge issued (DVA)", hard="'Accept your badge' is a call to action but not a support request")

# ---------------------------------------------------------------- 2023-11-02 connpass
dt = T("2023-11-02 19:00:12", 9)
txt = """荒川 瑞希 さん

connpass からのお知らせです。参加登録したイベントの開催が近づいています。

■ JAWS-UG 東京 #412 「認定資格 全冠への道」
日時: 2023/11/08(水) 19:00〜21:30
会場: 渋谷ヒカリエ 11F (オンライン同時配信あり)
参加枠: 現地参加 (抽選)

キャンセルする場合はイベントページから参加登録を取り消してください。
https://jawsug.connpass.com/event/301877/

※このメールは送信専用です。返信いただいてもお答えできません。
--
connpass https://connpass.com/
"""
add(dt=dt, frm=addr("connpass", "no-reply@connpass.com"), to=CO,
    subject="【connpass】JAWS-UG 東京 #412 「認定資格 全冠への道」開催のお知らせ",
    body=plain(txt, "utf-8", "base64"), kind="unrelated", reply=False, key="connpass-2023",
    mid_domain="connpass.com", **other_in(CO, dt, "mta12.connpass.com", "52.69.14.120", "connpass.com"),
    what="connpass event reminder (Japanese)", hard="mentions 認定資格 and AWS user group; no case")

# ---------------------------------------------------------------- E1 ack, Japanese, ISO-2022-JP
dtE1 = T("2023-11-06 02:18:44", 0)
txt = """荒川 瑞希 様

Amazon Web Services をご利用いただき、誠にありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。
担当者より通常 24 時間以内にご連絡いたしますが、内容によってはお時間を頂戴する場合がございます。

同じ内容について新しいケースを作成されますと、対応が遅れる原因となります。
追加の情報がある場合は、このメールにそのままご返信ください。

------------------------------------------------------------
お問い合わせ内容
------------------------------------------------------------
お問い合わせタイプ: AWS トレーニングと認定
詳細: 認定 / 証明書の氏名の訂正
メールアドレス: %s

本文:
認定証と CertMetrics のプロフィールで姓のつづりが "Arakwa" になっています。
正しくは "Arakawa" です。訂正をお願いいたします。
------------------------------------------------------------

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_E, CO)
add(dt=dtE1, frm=TCF, to=CO, subject="RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=plain(txt, "iso-2022-jp", "7bit", cs_param=False), kind="acknowledgement", reply=False, case=CASE_E,
    key="E1", mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(CO, dtE1),
    what="Case E opened (name on certificate), Japanese ack", hard="ISO-2022-JP; 'このメールにそのままご返信ください' is conditional on having more to add")

# ---------------------------------------------------------------- E2 info request in a table cell, keigo + English
dtE2 = T("2023-11-07 05:02:31", 0)
txt = """荒川 瑞希 様

AWS Training and Certification の佐伯と申します。
このたびはお問い合わせいただき、ありがとうございます。

氏名の変更は、認定証・トランスクリプト・Credly バッジのすべてに反映されるため、
本人確認を目的として以下の情報を確認させていただいております。
For name corrections we follow the same verification step for every candidate,
so please do not worry -- nothing is wrong with your account.

+----------------------------+--------------------------------------------------------+
| 項目 / Item                | ご対応 / What we need                                  |
+----------------------------+--------------------------------------------------------+
| Legal name                 | 公的身分証 (パスポート等) に記載のローマ字表記を        |
|                            | ご返信いただけますでしょうか。                          |
| AWS 候補 ID                | 画面右上の「AWS」で始まる ID をお知らせください。      |
| 再発行の手続き             | 不要です (訂正後、自動で反映されます)                  |
+----------------------------+--------------------------------------------------------+

確認が取れ次第、訂正作業を進めさせていただきます。
何卒よろしくお願い申し上げます。

Best regards,
Saeki M.
AWS Training and Certification
"""
htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>荒川 瑞希 様</p>
<p>AWS Training and Certification の佐伯と申します。<br>このたびはお問い合わせいただき、ありがとうございます。</p>
<p>氏名の変更は、認定証・トランスクリプト・Credly バッジのすべてに反映されるため、本人確認を目的として以下の情報を確認させていただいております。<br>
<span style="color:#555">For name corrections we follow the same verification step for every candidate, so please do not worry -- nothing is wrong with your account.</span></p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>項目 / Item</th><th>ご対応 / What we need</th></tr>
<tr><td>Legal name</td><td>公的身分証 (パスポート等) に記載のローマ字表記をご返信いただけますでしょうか。</td></tr>
<tr><td>AWS 候補 ID</td><td>画面右上の「AWS」で始まる ID をお知らせください。</td></tr>
<tr><td>再発行の手続き</td><td>不要です (訂正後、自動で反映されます)</td></tr>
</table>
<p>確認が取れ次第、訂正作業を進めさせていただきます。<br>何卒よろしくお願い申し上げます。</p>
<p>Best regards,<br>Saeki M.<br>AWS Training and Certification</p>
</body></html>"""
body = multi("alternative", [plain(txt, "iso-2022-jp", "7bit"), html(htm, "utf-8", "base64")], "----=_Part_88213_1519931.1699333351")
add(dt=dtE2, frm=TCF, to=CO, subject="RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), body=body,
    kind="info_request", reply=True, case=CASE_E, key="E2", mid_domain="email.amazonses.com", mid_style="ses",
    irt="E1", refs=["E1"], extra=ses_extra(), **amazon_in(CO, dtE2),
    what="Case E: agent asks for legal name and candidate ID", hard="both asks sit in table cells (keigo + English), explanation says 'nothing is wrong'; third row says 不要")

# ---------------------------------------------------------------- E3 my reply from Outlook
dtE3 = T("2023-11-07 15:47:02", 9)
txt = """佐伯様

ご連絡ありがとうございます。ホシゾラテクノロジーズの荒川です。
以下のとおりです。

  Legal name: ARAKAWA MIZUKI (パスポート表記)
  AWS 候補 ID: %s

お手数をおかけしますが、よろしくお願いいたします。

荒川 瑞希
株式会社ホシゾラテクノロジーズ クラウド推進部
TEL 03-5402-7781

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2023年11月7日 14:02
宛先: %s
件名: RE:[CASE %s] %s

荒川 瑞希 様

AWS Training and Certification の佐伯と申します。
このたびはお問い合わせいただき、ありがとうございます。

氏名の変更は、認定証・トランスクリプト・Credly バッジのすべてに反映されるため、
本人確認を目的として以下の情報を確認させていただいております。
(以下略)
""" % (CAND_OLD, TC_FORM, CO, CASE_E, FORM_SUBJ)
add(dt=dtE3, frm=ME_CO, to=TCF, subject="RE: [CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=plain(txt, "iso-2022-jp", "7bit"), kind="user_reply", reply=False, case=CASE_E, cands=[CAND_OLD],
    key="E3", mid_domain="TYCPR01MB9318.jpnprd01.prod.outlook.com", mid_style="outlook", irt="E2", refs=["E1", "E2"],
    extra=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ)), ("Content-Language", "ja-JP")],
    what="My answer from the company Outlook", hard="Outlook 差出人/送信日時 quote header; candidate ID in my own text")

# ---------------------------------------------------------------- E4 resolved, quotes old request
dtE4 = T("2023-11-09 08:55:10", 0)
txt = """Hello Mizuki,

Thank you for sending the details so quickly. My colleague Saeki handed this case over to me
because the correction is done by our records team in Seattle.

I have updated the surname on candidate ID %s from "Arakwa" to "Arakawa". The change
has been applied to:

  - your AWS Certification Account profile
  - the downloadable certificate and transcript (new PDFs generate within 24 hours)
  - the Credly badge metadata (Credly refreshes overnight)

No further action is needed on your side and the old PDF simply stops being offered. If
anything still shows the old spelling after 48 hours, you are welcome to reply here and we
will take another look.

Kind regards,
Ethan P.
AWS Training and Certification Customer Service

----- Original message -----
From: AWS Training and Certification <%s>
Sent: 7 Nov 2023 05:02 UTC
Subject: RE:[CASE %s] %s

> 荒川 瑞希 様
>
> 項目 / Item    | ご対応 / What we need
> Legal name     | 公的身分証 (パスポート等) に記載のローマ字表記をご返信いただけますでしょうか。
> AWS 候補 ID    | 画面右上の「AWS」で始まる ID をお知らせください。
>
> 何卒よろしくお願い申し上げます。
""" % (CAND_OLD, TC_FORM, CASE_E, FORM_SUBJ)
add(dt=dtE4, frm=TCF, to=CO, subject="RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), body=plain(txt, "utf-8", "quoted-printable"),
    kind="resolved", reply=False, case=CASE_E, cands=[CAND_OLD], key="E4", mid_domain="email.amazonses.com",
    mid_style="ses", irt="E3", refs=["E1", "E2", "E3"], extra=ses_extra(), **amazon_in(CO, dtE4),
    what="Case E: name corrected", hard="quotes the earlier keigo request verbatim under the resolution; 'welcome to reply' is conditional")

# ---------------------------------------------------------------- E5 survey
dtE5 = T("2023-11-10 11:03:37", 0)
txt = """How did we do?

Your case %s with AWS Training and Certification was recently resolved.
Please take one minute to rate the help you received.

  Very satisfied     https://survey.aws-cs.amazon.com/r/%s?s=5
  Satisfied          https://survey.aws-cs.amazon.com/r/%s?s=4
  Neutral            https://survey.aws-cs.amazon.com/r/%s?s=3
  Dissatisfied       https://survey.aws-cs.amazon.com/r/%s?s=2
  Very dissatisfied  https://survey.aws-cs.amazon.com/r/%s?s=1

Replies to this message are not monitored.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""" % ((CASE_E,) * 6)
add(dt=dtE5, frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=CO,
    subject="Tell us about your experience with case %s" % CASE_E, body=plain(txt, "us-ascii", "7bit"),
    kind="survey", reply=False, case=CASE_E, key="E5", mid_domain="email.amazonses.com", mid_style="ses",
    extra=ses_extra(), **amazon_in(CO, dtE5),
    what="Case E satisfaction survey", hard="case number in subject, 'please take one minute' is not a case request")

# ---------------------------------------------------------------- 2024-03 Pearson VUE booking
dt = T("2024-03-04 10:20:33", 9)
txt = """Dear Mizuki Arakawa,

Thank you for scheduling your exam with Pearson VUE.

Exam:              SCS-C02: AWS Certified Security - Specialty
Appointment:       Friday, March 22, 2024, 13:30 JST
Location:          Online (OnVUE)
Registration ID:   418772031
Language:          Japanese

Please run the system test on the computer you will use on exam day and have your
government-issued ID ready. Check in opens 30 minutes before the appointment.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before
the appointment.

Pearson VUE
"""
add(dt=dt, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=CO,
    subject="Pearson VUE Confirmation of Booking", body=plain(txt, "us-ascii", "7bit"),
    kind="unrelated", reply=False, key="pvue-2024", mid_domain="pearson.com",
    **other_in(CO, dt, "mx0a-pearson.pphosted.com", "148.163.150.19", "pearson.com"),
    what="Pearson VUE booking (Security Specialty)", hard="exam vendor; 9-digit registration ID is not a case number; asks to run a system test")

# ---------------------------------------------------------------- 2024-03-23 exam result
dt = T("2024-03-23 06:10:44", 0)
txt = """Hello Mizuki Arakawa,

Your score report for AWS Certified Security - Specialty (SCS-C02) is now available in your
AWS Certification Account under Exam History.

Result: Fail

We know this is not the result you hoped for. The score report breaks down your performance
by domain so you can see where to focus. You may retake the exam after 14 days.

AWS Certification
"""
add(dt=dt, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=CO,
    subject="Your AWS Certification exam results are available", body=plain(txt, "us-ascii", "7bit"),
    kind="certification", reply=False, key="cert-scs-2024", mid_domain="certmetrics.com",
    **other_in(CO, dt, "mail241.certmetrics.com", "198.2.140.241", "certmetrics.com"),
    what="Exam result (failed Security Specialty)", hard="certification program mail, no case")

# ---------------------------------------------------------------- 2024-07 GitHub merged
dt = T("2024-07-18 04:33:20", 0)
txt = """Merged #87 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-cdk/pull/87#event-13520944112
You are receiving this because you authored the thread.

Message ID: <hoshizora-tech/infra-cdk/pull/87/issue_event/13520944112@github.com>
"""
add(dt=dt, frm=addr("Kenji Watanuki", "notifications@github.com"), to=addr("hoshizora-tech/infra-cdk", "infra-cdk@noreply.github.com"),
    cc=addr("Mizuki Arakawa", P) + ", " + addr("Author", "author@noreply.github.com"),
    subject="Re: [hoshizora-tech/infra-cdk] Merge certification-lab accounts into one OU (PR #87)",
    body=plain(txt, "utf-8", "7bit"), kind="unrelated", reply=False, key="gh-merged-2024", mid_domain="github.com",
    reply_to="hoshizora-tech/infra-cdk <reply+ABCD3K2Q@reply.github.com>",
    **other_in(P, dt, "out-21.smtp.github.com", "192.30.252.204", "github.com"),
    what="GitHub: PR 'Merge ... accounts' merged", hard="'Merged', 'accounts' and 'certification' in subject; 'Reply to this email directly'")
