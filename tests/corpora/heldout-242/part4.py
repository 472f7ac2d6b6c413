from mailkit import *
from part3 import CONSOLE_FOOT, credly, SUBJ_C

U = "unrelated"
SES = dict(mailfrom="010601959faa@us-west-2.amazonses.com", sel="szqgv33erturdv5cvz4vtb5qcbm7quh3")
CON = dict(mailfrom="0100019601@amazonses.com", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")
AWS_NR = "Amazon Web Services <no-reply-aws@amazon.com>"
SUBJ_D = "RE:[CASE %s] Name on my AWS Certification record is misspelled" % D
RATE = """Your opinion counts: rate this reply with the stars shown next to it in the AWS Support
Center. It takes a few seconds and helps us improve.
"""


def build():
    # 049 ------------------------------------------------------------------
    d = "2025-04-01 06:20:31 +0000"
    M("d-ack", ("acknowledgement", False, D, ["AWS05920116"]), d, AWS_NR, ME_P,
      "Amazon Web Services: New Support case: %s" % D,
      leaf("""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your
issue.

The details of your case are as follows:

Case ID: %s
Subject: Name on my AWS Certification record is misspelled
Severity: General guidance
Account: 402917735518
Correspondence: After my certification accounts were merged, every certificate shows my
name as "Daisuke Hanamra". Candidate ID AWS05920116. Please correct the family name to
Hanamura.
""" % (D, D) + CONSOLE_FOOT % D + """
Thank you for using Amazon Web Services.
""", q=False),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a8-55.smtp-out.amazonses.com", "54.240.8.55", **CON),
      note="Support Center (console) case opened; echoed correspondence has a candidate ID; "
           "12-digit account ID is not a case number; cannot be answered by e-mail.")

    # 050 ------------------------------------------------------------------
    d = "2025-04-01 10:02:18 +0000"
    M("freetier", (U, False, None, []), d, AWS_NR, ME_P,
      "AWS Free Tier limit alert",
      leaf("""Hello,

Your AWS account 402917735518 has exceeded 85%% of the usage limit for one or more AWS
Free Tier-eligible services for the month of April.

Product      Usage type                          Usage   Free Tier limit
AmazonS3     APN1-Requests-Tier1 (requests)      1,712   2,000

To avoid charges, review your usage in the Billing and Cost Management console. If you
want to stop receiving these alerts, update your preferences there.

Sincerely,
Amazon Web Services
""" % ()),
      top=inbound(when(d), MX_P, "amazon.com", "a8-60.smtp-out.amazonses.com", "54.240.8.60", **CON),
      note="Same sender as console cases (no-reply-aws@amazon.com) but a billing alert.")

    # 051 ------------------------------------------------------------------
    d = "2025-04-02 03:15:47 +0000"
    M("d-info", ("info_request", True, D, []), d, AWS_NR, ME_P, SUBJ_D,
      leaf("""Hello,

Thank you for contacting AWS Support. My name is Sam and I'll be helping you with this
case.

Name changes on a certification record are carried out by the AWS Training and
Certification team, and I've already shared your case with them. Before they can make the
change, we need two things from you:

1. Your first and last name exactly as they appear on the government-issued ID you will
   present at the test center.
2. Whether the corrected name should also be printed on the certificates you earned before
   the merge.

Add these as a reply on the case in the Support Center; messages sent to this e-mail address
are not received.

""" + RATE + """
Best regards,
Sam H.
Amazon Web Services
==============================================
""" + CONSOLE_FOOT % D, q=False),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a8-57.smtp-out.amazonses.com", "54.240.8.57", **CON),
      note="Console case asks for two items, to be answered in the Support Center; rating footer and "
           "'cannot accept incoming e-mails' boilerplate around the real request.")

    # 052 ------------------------------------------------------------------
    d = "2025-04-02 08:06:12 +0000"
    M("phish-dmarc", ("suspicious", False, None, []), d, TC_FROM, ME_P,
      "RE:[CASE 174160995500411] [AWS Training and Certification Form Submission] - account-assistance",
      leaf("""Hello,

We attempted to complete the merge of your AWS Certification accounts, but your AWS
Builder ID session has expired and the merge was rolled back.

To avoid losing your exam history, please re-authenticate within 48 hours:
https://signin-aws-training.com/builderid/reauth?case=174160995500411

Once you have signed in, reply to this e-mail with the 6-digit code you receive so we can
finish the merge.

Kind regards,
AWS Training and Certification Customer Support
"""),
      top=[rcvd(MX_P, "mail.bulk-send-04.top", "185.220.14.77", when(d)),
           "Authentication-Results: mx2.sorahako.jp;\n dkim=none (message not signed);\n"
           " spf=fail (mx2.sorahako.jp: domain of bounce@bulk-send-04.top does not designate 185.220.14.77"
           " as permitted sender) smtp.mailfrom=bounce@bulk-send-04.top;\n"
           " dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com",
           "X-Spam-Flag: NO"],
      mid="@bulk-send-04.top",
      note="Real T&C sender address and subject shape, but dmarc=fail, unknown case number, phishing link, "
           "asks for a reply with a code: suspicious, no reply.")

    # 053 ------------------------------------------------------------------
    d = "2025-04-03 01:58:30 +0000"
    M("c-update2", ("case_update", False, C, []), d, TC_FROM, ME_P, SUBJ_C,
      leaf("""Hi Daisuke,

Kwame from Certification Operations here, writing in English - I hope that's all right.

A quick update on case %s: we've confirmed that the 50%% discount was active on your old
profile right up to the merge, and we're working out why it wasn't carried over. I expect to
have it restored by the end of this week. Nothing is needed from you at this point.

Regards,
Kwame O.
Certification Operations | AWS Training and Certification

2025/03/31 13:37、AWS トレーニングと認定 <%s> のメッセージ:
> 花村 大輔 様
>
> 水野でございます。ご回答とスクリーンショットのご提供、誠にありがとうございます。
> 現時点で花村様にご対応いただくことはございません。
""" % (C, TC)),
      irt="c-escal",
      top=inbound(when(d), MX_P, "amazon.com", "a48-48.smtp-out.amazonses.com", "54.240.48.48", **SES),
      note="English status update top-posted over a Japanese thread; 'I hope that's all right' is not a question to answer.")

    # 054 ------------------------------------------------------------------
    d = "2025-04-03 12:00:05 +0000"
    M("credly-remind", ("badge", False, None, []), d, "Credly <admin@credly.com>", ME_P,
      "Reminder: you have 2 badges waiting to be accepted",
      leaf("""<html><body><p>Hi Daisuke,</p>
<p>You have <b>2 pending badges</b> from Amazon Web Services Training and Certification:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a> to start sharing them.</p>
<p style="font-size:11px">Credly, Inc.</p></body></html>""", "html"),
      mid="credly",
      top=inbound(when(d), MX_P, "credly.com", "o7.ptr4411.credly.com", "167.89.20.41",
                  mailfrom="bounces+1181@em.credly.com"),
      note="HTML-only Credly reminder.")

    # 055 ------------------------------------------------------------------
    d = "2025-04-04 00:12:44 +0000"
    M("phish-credly", ("suspicious", False, None, []), d, "Credly <no-reply@credly-badgecenter.com>", ME_P,
      "Action needed: your AWS badges will be revoked in 48 hours",
      leaf("""Hello Daisuke,

Because your AWS Certification accounts were recently merged, your digital badges must be
re-verified. Unverified badges are revoked after 48 hours.

Verify now with your AWS Builder ID: https://credly-badgecenter.com/verify/aws

Credly Trust & Safety
"""),
      mid="@credly-badgecenter.com",
      top=inbound(when(d), MX_P, "credly-badgecenter.com", "smtp.credly-badgecenter.com", "45.153.160.9",
                  mailfrom="no-reply@credly-badgecenter.com", sel="k1"),
      note="Credly lookalike that even knows about the merge; DKIM passes for the lookalike domain only.")

    # 056 ------------------------------------------------------------------
    d = "2025-04-04 14:30:00 +0900"
    M("tsumugi", (U, False, None, []), d, "Tsumugi Cloud サポート <support@tsumugi-cloud.jp>", ME_P,
      "【Tsumugi Cloud】お問い合わせ #TC-20250404-0193 について（ご回答のお願い）",
      leaf("""花村 大輔 様

Tsumugi Cloud サポートセンターです。
お問い合わせいただいた「Webhook 配信の遅延」について、調査のため以下の情報を
ご返信いただけますでしょうか。

・発生日時（おおよそで構いません）
・対象のプロジェクト ID
・エラーが表示された場合はその全文

ご返信がない場合、7日後に本件をクローズさせていただきます。

Tsumugi Cloud サポートセンター
""", cte="quoted-printable"),
      mid="@tsumugi-cloud.jp",
      top=inbound(when(d), MX_P, "tsumugi-cloud.jp", "mo12.tsumugi-cloud.jp", "203.0.113.201"),
      note="Another vendor's Japanese info request with a closing threat: not AWS, no reply flag.")

    # 057 ------------------------------------------------------------------
    d = "2025-04-05 03:00:14 +0000"
    M("d-closing", ("closing_notice", True, D, []), d, AWS_NR, ME_P, SUBJ_D,
      leaf("""Hello,

We haven't heard back from you on this case since our last message. If we don't receive a
response within the next 3 days, the case will be resolved automatically. A case that has
been resolved for 14 days can no longer be reopened, so you would have to create a new one.

To keep the case open, reply through the Support Center using the link below.

Amazon Web Services
==============================================
""" + CONSOLE_FOOT % D, q=False),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a8-58.smtp-out.amazonses.com", "54.240.8.58", **CON),
      note="Console auto-resolve warning; the answer must go through the Support Center.")

    # 058 ------------------------------------------------------------------
    d = "2025-04-05 12:31:09 +0900"
    M("d-user-mail", ("user_reply", False, D, ["AWS05920116"]), d, addr(ME_NAME, ME_P),
      "no-reply-aws@amazon.com", "Re: " + SUBJ_D,
      leaf("""Hello Sam,

1. The name on my passport is DAISUKE HANAMURA (given name Daisuke, family name Hanamura).
2. Yes, please correct the older certificates as well.

Candidate ID: AWS05920116

Thanks,
Daisuke Hanamura

On 2025/04/05 12:00, Amazon Web Services wrote:
> We haven't heard back from you on this case since our last message.
""", cte="8bit", q=False),
      irt="d-closing", mid="tb",
      extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"],
      note="Owner answers the console case by e-mail to the no-reply address (will not reach support).")

    # 059 ------------------------------------------------------------------
    d = "2025-04-05 03:31:40 +0000"
    report = ("Reporting-MTA: dns; smtp.sorahako.jp\nArrival-Date: Sat, 5 Apr 2025 12:31:09 +0900\n\n"
              "Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; amazon-smtp.amazon.com\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does "
              "not accept incoming mail\n")
    ohdr = ("From: Daisuke Hanamura <%s>\nTo: no-reply-aws@amazon.com\nSubject: Re: %s\n"
            "Date: Sat, 5 Apr 2025 12:31:09 +0900\n" % (ME_P, SUBJ_D))
    M("d-bounce", (U, False, D, []), d, "Mail Delivery System <MAILER-DAEMON@smtp.sorahako.jp>", ME_P,
      "Undelivered Mail Returned to Sender",
      multi("report",
            leaf("""This is the mail system at host smtp.sorahako.jp.

I'm sorry to have to inform you that your message could not be delivered to one or
more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.8] said:
    550 5.1.1 This mailbox does not accept incoming mail. To correspond on an AWS
    Support case, use the AWS Support Center. (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit", q=False),
            b"Content-Type: message/delivery-status\n\n" + report.encode(),
            b"Content-Type: text/rfc822-headers\n\n" + ohdr.encode(),
            key="d-bounce", extra_ct="; report-type=delivery-status"),
      mid="@smtp.sorahako.jp", extra=["Auto-Submitted: auto-replied"],
      note="Bounce of the owner's e-mail to the console no-reply address; points to the Support Center but "
           "is a mail-system bounce, not support writing (case D kept from the returned headers).")

    # 060 ------------------------------------------------------------------
    d = "2025-04-06 10:12:00 +0900"
    M("ooo-ren", (U, False, None, []), d, addr("Ren Kitagawa", "r-kitagawa@yuzuriha-dw.co.jp"), ME_P,
      "自動応答: 色々ありがとうございました",
      leaf("""（自動応答）4月4日〜4月7日は休暇のため不在にしております。
4月8日以降に順次返信いたします。お急ぎの件は infra-team@yuzuriha-dw.co.jp までご連絡ください。

I'm out of office until April 7 and will reply after I return.
""", cte="base64"),
      mid="ol", top=inbound(when(d), MX_P, "yuzuriha-dw.co.jp", "mgw01.yuzuriha-dw.co.jp", "203.0.113.60"),
      extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
      note="Out-of-office from a former colleague.")

    # 061 ------------------------------------------------------------------
    d = "2025-04-07 01:44:52 +0000"
    M("d-done", ("resolved", False, D, []), d, AWS_NR, ME_P, SUBJ_D,
      leaf("""Hello Daisuke,

Thank you for adding the details in the Support Center. The AWS Training and Certification
team has corrected the name on your certification profile to "Daisuke Hanamura". All of your
certificates, including the ones earned before the merge, now show the corrected name; fresh
PDF copies can be downloaded from your AWS Certification Account within 24 hours.

I'm marking this case as resolved. Should you need anything else on this topic, you can
reopen it from the Support Center within the next 14 days.

""" + RATE + """
Best regards,
Sam H.
Amazon Web Services
==============================================
""" + CONSOLE_FOOT % D, q=False),
      crlf=True,
      top=inbound(when(d), MX_P, "amazon.com", "a8-59.smtp-out.amazonses.com", "54.240.8.59", **CON),
      note="Console case resolved; 'reopen within 14 days' and rating footer are not requests.")

    # 062 ------------------------------------------------------------------
    d = "2025-04-07 05:03:20 +0000"
    M("c-done", ("resolved", False, C, ["AWS05920116"]), d, addr("AWS トレーニングと認定", TC), ME_P, SUBJ_C,
      leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>花村 大輔 様</p>
<p>水野でございます。大変お待たせいたしました。</p>
<p>特典担当チームによる調査の結果、統合処理の際に 50% 割引特典が誤って失効扱いとなっていた
ことが確認されました。新しいアカウント（AWS05920116）へ割引バウチャーを再発行いたしましたので、
AWS 認定アカウントの「特典」画面からご確認ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>特典</td><td>次回の認定試験 50% 割引</td></tr>
<tr><td>有効期限</td><td>2026 年 3 月 31 日</td></tr></table>
<p>本件はこれにて完了とさせていただきます。その他ご不明な点がございましたら、
本メールへご返信いただけますと幸いです。</p>
<p>水野 春香<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr><p style="font-size:11px">今回のサポートはいかがでしたか？
<a href="https://survey.aws-cx.amazon.com/s/77ab">★★★★★ で評価する</a></p>
</body></html>""", "html", cte="quoted-printable"),
      irt="c-update2",
      top=inbound(when(d), MX_P, "amazon.com", "a48-49.smtp-out.amazonses.com", "54.240.48.49", **SES),
      note="Japanese HTML-only resolution with a table, a 〜がございましたら invitation and a rating link.")

    # 063 ------------------------------------------------------------------
    d = "2025-04-07 05:30:41 +0000"
    M("cm-benefit", ("certification", False, None, []), d,
      "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
      "A new benefit is available in your AWS Certification Account",
      leaf("""Hello Daisuke,

A new benefit has been added to your AWS Certification Account:

    50% discount on your next AWS Certification exam

Find the voucher under Benefits when you sign in. Benefits can't be transferred to other
people.

AWS Certification
"""),
      top=inbound(when(d), MX_P, "certmetrics.com", "mta-03.certmetrics.com", "198.51.100.43"),
      note="Program notice that follows the case C fix; not case mail.")

    # 064 ------------------------------------------------------------------
    d = "2025-04-08 04:05:00 +0000"
    M("pvue-thanks", (U, False, None, []), d, "Pearson VUE <PearsonVUEConfirmation@pearson.com>", ME_P,
      "Thank you for testing with Pearson VUE",
      leaf("""Dear Daisuke Hanamura,

Thank you for taking SAA-C03: AWS Certified Solutions Architect - Associate today at
Pearson Professional Centers - Tokyo Shinjuku (registration 418205537).

Your score report will be available in your AWS Certification Account within 5 business
days. Pearson VUE cannot answer questions about results.

Tell us about your test center experience: https://pearsonvue.example-survey.com/tc
"""),
      mid="@pearson.com",
      top=inbound(when(d), MX_P, "pearson.com", "mx-out.pearsonvue.com", "159.182.1.25"),
      note="Exam vendor thank-you with its own survey link.")

    # 065 ------------------------------------------------------------------
    d = "2025-04-08 06:00:00 +0000"
    M("c-survey", ("survey", False, C, []), d,
      addr("AWS カスタマーサービス アンケート", "aws-cx-surveys@amazon.com"), ME_P,
      "サポートに関するアンケートのお願い（ケース %s）" % C,
      multi("alternative",
            leaf("""花村 大輔 様

先日、AWS トレーニングと認定 カスタマーサポートにお問い合わせいただいたケース %s
についてアンケートへのご協力をお願いいたします（所要時間 約 2 分）。

https://survey.aws-cx.amazon.com/s/77ab?lang=ja

ご回答は任意です。今後のサービス向上のために活用させていただきます。
""" % C, cte="base64"),
            leaf("""<html><body><p>花村 大輔 様</p><p>ケース %s についてアンケートへのご協力をお願いいたします。</p>
<p><a href="https://survey.aws-cx.amazon.com/s/77ab?lang=ja">アンケートに回答する</a></p></body></html>""" % C,
                 "html", cte="base64"),
            key="c-survey"),
      top=inbound(when(d), MX_P, "amazon.com", "a48-151.smtp-out.amazonses.com", "54.240.48.151", **SES),
      note="Japanese case survey, base64 parts.")

    # 066 ------------------------------------------------------------------
    d = "2025-04-09 22:14:09 +0000"
    M("cm-score", ("certification", False, None, []), d,
      "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
      "Your AWS Certification exam results are available",
      leaf("""Hello Daisuke,

The results of your recent exam, SAA-C03: AWS Certified Solutions Architect - Associate,
are now available in your AWS Certification Account under Exam History.

AWS Certification
"""),
      top=inbound(when(d), MX_P, "certmetrics.com", "mta-01.certmetrics.com", "198.51.100.41"),
      note="Exam result notice.")

    # 067 ------------------------------------------------------------------
    d = "2025-04-10 03:40:27 +0000"
    M("cm-recert", ("certification", False, None, ["AWS05920116"]), d,
      "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
      "You've recertified: AWS Certified Solutions Architect - Associate",
      leaf("""Congratulations, Daisuke!

You have successfully recertified AWS Certified Solutions Architect - Associate.

Candidate ID: AWS05920116
New expiration date: April 8, 2028

Your updated certificate and a renewed digital badge are on their way. As a reminder, the
50% discount benefit in your account can be used for your next exam.

AWS Certification
"""),
      top=inbound(when(d), MX_P, "certmetrics.com", "mta-02.certmetrics.com", "198.51.100.42"),
      note="Recertification notice with a candidate ID.")

    # 068 ------------------------------------------------------------------
    credly("badge-saa2", "2025-04-10 04:02:13 +0000", "AWS Certified Solutions Architect - Associate",
           "Renewed badge after recertification.")
