"""May 2025: before the move; the Japanese name-fix case (D)."""
from gen_lib import *  # noqa


def msgs():
    out = []
    # 001 -------------------------------------------------------------
    d = T("2025-05-07 08:14:52", UTC)
    out.append(M(("unrelated", False, None, []),
        "AWS Free Tier usage alert to the personal address; AWS sender, 12-digit account ID, 'action' wording but no case.",
        received=[rcv_gmail("e226-5.smtp-out.us-east-2.amazonses.com", "23.251.226.5", d)],
        auth=auth_gmail("costalerts.amazonaws.com", mfrom="us-east-2.amazonses.com", ip="23.251.226.5"),
        frm=None, **{"from": addr("AWS Free Tier", "freetier@costalerts.amazonaws.com")},
        to=ME_PERSONAL, subject="AWS Free Tier limit alert", date=d,
        msgid=mid("001", "<01000196a9d3c4e1-8f2a6b1e-77c4-4f0e-9a3d-1b2c55e0aa91-000000@us-east-2.amazonses.com>"),
        body=text("""Hello,

Your AWS account 482910375566 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product            AWS Free Tier Usage Limit                  Month-to-Date Usage
AmazonS3           2,000 Put, Copy, Post or List Requests     1,734.00 Requests

To learn more about your AWS Free Tier usage, sign in to the AWS Billing and Cost Management console.
If you would like to stop receiving these alerts, update your preferences in the Billing console.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")))

    # 002 -------------------------------------------------------------
    d = T("2025-05-09 16:03:11", UTC)
    out.append(M(("certification", False, None, [CAND_OLD]),
        "CertMetrics 'wants to hear from you' program survey to company address: a feedback request, but about the certification program, not a support case.",
        received=[rcv_m365("mail113.certmetrics.com", "198.2.133.113", d)],
        auth=auth_m365("certmetrics.com", ip="198.2.133.113"),
        **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com")},
        to=ME_COMPANY, subject="AWS Certification wants to hear from you", date=d,
        msgid=mid("002", "<20250509160311.7f3e1c0a9b@certmetrics.com>"),
        body=multi("alternative",
            text("""Hello Haruka,

Candidate ID: AWS02718834

As an AWS Certified individual, your perspective shapes the program. We are running a short study on how certified professionals prepare for exams and use their credentials at work.

The questionnaire takes about 10 minutes and closes on May 30, 2025. Participation is voluntary and will not affect your certification status in any way.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/lyv2025?c=AWS02718834

Thank you,
AWS Certification
"""),
            html("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p style="color:#555">Candidate ID: AWS02718834</p>
<p>As an AWS Certified individual, your perspective shapes the program. We are running a short study on how certified professionals prepare for exams and use their credentials at work.</p>
<p>The questionnaire takes about 10 minutes and closes on May&nbsp;30,&nbsp;2025. Participation is voluntary and will not affect your certification status in any way.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/lyv2025?c=AWS02718834" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Start the questionnaire</a></p>
<p>Thank you,<br>AWS Certification</p>
</body></html>"""))))

    # 003 -------------------------------------------------------------
    d = T("2025-05-12 02:41:37", UTC)
    ack_d = """辻本 遥 様

Amazon Web Services へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 13118802746 を作成いたしました。

担当者より通常24時間以内にご連絡いたします。内容によっては、より適切な回答をお届けするため
お時間をいただく場合がございます。

同じ内容のお問い合わせについて、新たにケースを作成されますと対応が遅れる原因となります。
すでにケースをお持ちの場合は、別のケースを作成されないようお願いいたします。

お問い合わせ内容：
-----------------------------------------
お問い合わせタイプ：認定
その他の詳細：認定記録の修正
AWS 候補 ID：AWS02718834
本文：認定証に印字されている氏名のローマ字表記が Tujimoto となっています。
正しくは Tsujimoto です。修正をお願いします。
-----------------------------------------

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
    out.append(M(("acknowledgement", False, CASE_D, [CAND_OLD]),
        "Japanese acknowledgement in ISO-2022-JP for the name-fix case; echoes the form text incl. the candidate ID (counted: it is the message's own text, not quoted). 'お願いいたします' about not opening duplicates is not a request to answer.",
        received=[rcv_m365("a8-97.smtp-out.amazonses.com", "54.240.8.97", d)],
        auth=auth_m365(),
        **{"from": addr("Amazon Web Services", FORM)},
        to=ME_COMPANY,
        subject="RE:[CASE 13118802746] [AWS Training and Certification Form Submission] - certification",
        date=d, msgid=mid("003", "<010001970a2b7f1c-3d41e0b2-5c9a-4f61-8e0d-0c7b9a2d6e10-000000@email.amazonses.com>"),
        body=text(ack_d, charset="iso-2022-jp", cte="7bit")))

    # 004 -------------------------------------------------------------
    d = T("2025-05-12 15:22:08", JST)
    out.append(M(("unrelated", False, None, []),
        "GitHub notification: PR 'Merge account modules' merged — 'merged' and 'account' words, not AWS.",
        received=[rcv_m365("out-22.smtp.github.com", "192.30.252.205", d)],
        auth=auth_m365("github.com", ip="192.30.252.205"),
        **{"from": addr("Daichi Ono", "notifications@github.com")},
        to="kitamura-dp/infra-terraform <infra-terraform@noreply.github.com>",
        cc="Review requested <review_requested@noreply.github.com>",
        reply_to="kitamura-dp/infra-terraform <reply+AAKQ3ZT6NQ7G4JXW@reply.github.com>",
        subject="Re: [kitamura-dp/infra-terraform] Merge account modules into a single root (PR #482)",
        date=d, msgid=mid("004", "<kitamura-dp/infra-terraform/pull/482/issue_event/17733201945@github.com>"),
        irt="<kitamura-dp/infra-terraform/pull/482@github.com>", refs=["<kitamura-dp/infra-terraform/pull/482@github.com>"],
        headers=[("List-ID", "kitamura-dp/infra-terraform <infra-terraform.kitamura-dp.github.com>"),
                 ("X-GitHub-Reason", "review_requested")],
        body=multi("alternative",
            text("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamura-dp/infra-terraform/pull/482#event-17733201945
You are receiving this because your review was requested.
"""),
            html("""<p>Merged <a href="https://github.com/kitamura-dp/infra-terraform/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kitamura-dp/infra-terraform/pull/482#event-17733201945">view it on GitHub</a>.<br />You are receiving this because your review was requested.</p>"""))))

    # 005 -------------------------------------------------------------
    d = T("2025-05-13 01:09:44", UTC)
    req_d = """辻本 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
このたびは認定証の氏名表記についてご連絡いただき、ありがとうございます。

認定記録の氏名は、試験当日に提示された身分証明書の表記と一致している必要がございます。
そのため、修正にあたりご本人確認をさせていただいております。

お手数ではございますが、パスポートなど公的身分証明書に記載されているとおりのローマ字氏名
(姓・名の順序を含む)を、本メールへのご返信にてお知らせいただけますでしょうか。
あわせて、試験会場で提示された身分証明書の種類もご教示いただけますと幸いです。

身分証明書の画像の送付は不要です。

何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    out.append(M(("info_request", True, CASE_D, []),
        "Japanese keigo request (〜いただけますでしょうか / ご教示いただけますと幸いです), UTF-8 base64; the ask follows an explanation and a 'not needed' sentence follows it.",
        received=[rcv_m365("a8-97.smtp-out.amazonses.com", "54.240.8.97", d)],
        auth=auth_m365(),
        **{"from": addr("Amazon Web Services", FORM)},
        to=ME_COMPANY,
        subject="RE:[CASE 13118802746] [AWS Training and Certification Form Submission] - certification",
        date=d, msgid=mid("005", "<010001970f6d1a22-a91c7e44-02b3-4d8e-b7f1-5e0d3c2a9f87-000000@email.amazonses.com>"),
        irt=MID["003"], refs=[MID["003"]],
        body=text(req_d, cte="base64")))

    return out
