# Messages 001-010 (January 2025): case D (name on the record) and the mail around it.
from gen_lib import *  # noqa: F401,F403


def run():
    # 001 newsletter
    m = mid_generic("001", "mail.cloudkettle.dev")
    plain = """Cloud Kettle Weekly #212 - 20 January 2025

Hi there,

Three things worth your coffee this week:

1. Certification housekeeping season
   January is when a lot of people change jobs, and every year we get the
   same question: "what happens to my AWS certifications when my work
   address goes away?" Short version: nothing, as long as you move them to
   an address you control before you lose the inbox. Long version next issue.

2. Graviton4 price notes
   We re-ran our benchmark suite on r8g. Numbers and the notebook are on
   the site.

3. Reader mailbag
   Got a war story about a support case that took three months? Hit reply
   and tell us - we read everything, and the best ones go in the February
   issue (anonymised, promise).

-- The Cloud Kettle crew
You are receiving this because you subscribed at cloudkettle.dev.
Unsubscribe: https://cloudkettle.dev/u/%s
""" % h("001u", 12)
    htm = ("<html><body style=\"font-family:Georgia,serif\"><h2>Cloud Kettle Weekly #212</h2>"
           "<p>Hi there,</p><p>Three things worth your coffee this week:</p><ol>"
           "<li><b>Certification housekeeping season</b> &mdash; January is when a lot of people "
           "change jobs. Short version: move your certifications to an address you control before "
           "you lose the inbox.</li><li><b>Graviton4 price notes</b> &mdash; benchmark notebook on the site.</li>"
           "<li><b>Reader mailbag</b> &mdash; got a war story about a support case that took three months? "
           "Hit reply and tell us.</li></ol><p>&mdash; The Cloud Kettle crew</p>"
           "<p style=\"font-size:11px;color:#888\">You are receiving this because you subscribed at "
           "cloudkettle.dev. <a href=\"https://cloudkettle.dev/u/x\">Unsubscribe</a></p></body></html>")
    raw = build([
        ("Return-Path", "<bounces+4471@mail.cloudkettle.dev>"),
        ("Authentication-Results", ar_fastmail("cloudkettle.dev", "mail.cloudkettle.dev", policy="none")),
        ("From", "Cloud Kettle Weekly <hello@cloudkettle.dev>"),
        ("To", ME_PERSONAL),
        ("Subject", "Cloud Kettle Weekly #212: cert housekeeping, Graviton4, your war stories"),
        ("Date", date("2025-01-20 07:02:11")),
        ("Message-ID", m),
        ("List-Unsubscribe", "<https://cloudkettle.dev/u/%s>" % h("001u", 12)),
        ("Precedence", "bulk"),
    ], multipart("alternative", [text(plain), html(htm)], "001"))
    add(raw, "unrelated", False, None, [],
        "Newsletter mentioning certification moves between addresses",
        "Talks about certifications and job changes and says 'hit reply and tell us'; bulk mail, no case")

    # 002 Pearson VUE appointment confirmation (company address)
    m = mid_generic("002", "pearson.com")
    body = """Dear Priya Ramansato,

Thank you for scheduling your AWS Certification exam with Pearson VUE.

Exam:                 DVA-C02 AWS Certified Developer - Associate
Date:                 Saturday, February 8, 2025
Time:                 10:00 AM JST (please arrive 30 minutes early)
Location:             Pearson Professional Centers - Osaka Umeda
Registration ID:      489201736
AWS Candidate ID:     AWS02871449

IMPORTANT: The first and last name on your identification must match the
name on this confirmation exactly. If they differ, contact AWS Training and
Certification before your exam day; the test centre cannot change names.

To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before your appointment.

Sincerely,
Pearson VUE
This message was sent from an unmonitored address. Please do not reply.
"""
    raw = build([
        ("Authentication-Results", ar_m365("pearson.com")),
        ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"),
        ("To", addr("Priya Ramansato", ME_COMPANY)),
        ("Subject", "Confirmation of your AWS Certification exam appointment"),
        ("Date", date("2025-01-21 00:31:52")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"), crlf=True)
    add(raw, "unrelated", False, None, [CAND_OLD],
        "Pearson VUE booking confirmation for DVA-C02 (to company address)",
        "Exam-vendor mail with a 9-digit registration ID and a candidate ID; warns about the name mismatch that motivates case D")

    # 003 D1 acknowledgement, Japanese, Shift_JIS
    IDS["D1"] = mid_ses("D1")
    body = """ラマン佐藤 プリヤ 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、以下のケースを作成いたしました。

■ ケース ID: %s
■ お問い合わせの種類: 認定
■ 詳細: 認定記録の修正
■ 受付日時: 2025/01/21 09:52 (日本時間)

担当者より、原則として1営業日以内にご連絡いたします。
内容によっては確認にお時間をいただく場合がございますので、あらかじめご了承ください。

同じ内容のお問い合わせを新たに送信されますと、対応が遅れる原因となります。
補足情報をお送りいただく場合は、本メールへの返信をご利用ください。

※本メールは受付確認のため自動で送信されています。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
    raw = build([
        ("Return-Path", "<0100%s@email.amazonses.com>" % h("D1rp", 20)),
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_D),
        ("Date", date("2025-01-21 00:52:40")),
        ("Message-ID", IDS["D1"]),
    ] + ses_headers("D1"), text(body, charset="shift_jis", cte="8bit"), crlf=True)
    add(raw, "acknowledgement", False, CASE_D, [],
        "Case D opened: automatic receipt in Japanese (Shift_JIS)",
        "11-digit case ID; Japanese; 'reply to this mail with extra information' is an option, not a request")

    # 004 Builder ID one-time code (company Builder ID)
    m = mid_ses("004")
    body = """AWS Builder ID

Verify it's you

Someone is trying to sign in to your AWS Builder ID (p.ramansato@hoshizora-syscom.co.jp).
Enter this code to continue:

    604218

The code expires in 10 minutes. If you didn't try to sign in, you can ignore
this message - your password has not been changed.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    raw = build([
        ("Authentication-Results", ar_m365("signin.aws", "amazonses.com")),
        ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
        ("To", ME_COMPANY),
        ("Subject", "Your AWS Builder ID verification code"),
        ("Date", date("2025-01-22 02:14:05")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "Builder ID one-time sign-in code",
        "AWS sender and a 6-digit number that is not a case ID")

    # 005 D2 info request, Japanese keigo, ISO-2022-JP
    IDS["D2"] = mid_ses("D2")
    body = """ラマン佐藤 プリヤ 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの田村でございます。
ケース %s につきまして、ご連絡いたします。

現在、認定アカウント (%s) にご登録の氏名は「Priya Ramansato」となっており、
姓のハイフンが含まれておりません。試験当日の本人確認では、ご提示いただく
身分証明書の記載とご登録の氏名が完全に一致している必要がございます。

記録を修正するにあたり、以下の 2 点について本メールにご返信いただけますでしょうか。

 1. 試験当日にご提示予定の身分証明書 (パスポート等) に記載されている氏名の
    ローマ字表記 (姓と名の順序を含みます)
 2. 修正後の氏名を、認定証およびデジタルバッジにも反映することをご希望されるか

なお、身分証明書の画像をお送りいただく必要はございません。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

--
田村
AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, CAND_OLD)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_D),
        ("Date", date("2025-01-23 08:40:12")),
        ("Message-ID", IDS["D2"]),
        ("In-Reply-To", IDS["D1"]),
        ("References", IDS["D1"]),
    ] + ses_headers("D2"), text(body, charset="iso-2022-jp", cte="7bit"))
    add(raw, "info_request", True, CASE_D, [CAND_OLD],
        "Case D: agent Tamura asks for the passport romanisation and whether to update certificate/badge",
        "Japanese keigo request (ご返信いただけますでしょうか) in ISO-2022-JP; 'no need to send an image' is a negative")

    # 006 GitHub merged PR
    m = "<hoshizora/infra-modules/pull/412/issue_event/%s@github.com>" % h("006", 10)
    body = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-%s
You are receiving this because you were mentioned.
""" % h("006e", 10)
    raw = build([
        ("Authentication-Results", ar_m365("github.com")),
        ("From", "Kenji Morioka <notifications@github.com>"),
        ("Reply-To", "hoshizora/infra-modules <reply+%s@reply.github.com>" % h("006r", 30)),
        ("To", "hoshizora/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", ME_COMPANY + ", Mention <mention@noreply.github.com>"),
        ("Subject", "Re: [hoshizora/infra-modules] Merge account-baseline v3 into main (PR #412)"),
        ("Date", date("2025-01-23 09:12:44")),
        ("Message-ID", m),
        ("In-Reply-To", "<hoshizora/infra-modules/pull/412@github.com>"),
        ("References", "<hoshizora/infra-modules/pull/412@github.com>"),
        ("X-GitHub-Reason", "mention"),
    ], text(body, cte="7bit", charset="UTF-8"))
    add(raw, "unrelated", False, None, [],
        "GitHub: PR merged",
        "'Merged' and 'account' in a GitHub notification that invites a reply")

    # 007 D3 user reply, Japanese, ISO-2022-JP
    IDS["D3"] = mid_fm("D3")
    body = """田村様

ご連絡ありがとうございます。ラマン佐藤です。

1. パスポートの記載は次のとおりです。
   姓: RAMAN-SATO
   名: PRIYA
   表示としては「Priya Raman-Sato」にしていただければ問題ありません。
2. 認定証とデジタルバッジへの反映も希望します。

2月8日に DVA-C02 の受験予約がありますので、それまでに修正いただけると
大変助かります。どうぞよろしくお願いいたします。

ラマン佐藤 プリヤ

2025/01/23 17:40、AWS Training and Certification <%s> より:
> ラマン佐藤 プリヤ 様
>
> お世話になっております。
> AWS トレーニングと認定 カスタマーサポートの田村でございます。
> ケース %s につきまして、ご連絡いたします。
>
> 現在、認定アカウント (%s) にご登録の氏名は「Priya Ramansato」となっており、
> 姓のハイフンが含まれておりません。
(以下省略)
""" % (TC_FORM, CASE_D, CAND_OLD)
    raw = build([
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr("AWS Training and Certification", TC_FORM)),
        ("Subject", "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_D),
        ("Date", date("2025-01-24 07:58:31", "+0900")),
        ("Message-ID", IDS["D3"]),
        ("In-Reply-To", IDS["D2"]),
        ("References", fold_refs([IDS["D1"], IDS["D2"]])),
        ("User-Agent", "Fastmail"),
    ], text(body, charset="iso-2022-jp", cte="7bit"))
    add(raw, "user_reply", False, CASE_D, [],
        "Owner answers case D in Japanese",
        "Own reply; the candidate ID appears only in the quoted part")

    # 008 AWS billing statement from no-reply-aws@amazon.com
    m = mid_ses("008")
    body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 14.62

Please see the Bills page for details: https://console.aws.amazon.com/billing/home#/bills

[AWS ID 730915548226]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Please do not reply to this e-mail; this mailbox is not monitored.
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 730915548226]"),
        ("Date", date("2025-01-25 04:10:02")),
        ("Message-ID", m),
    ] + ses_headers("008"), text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "AWS billing statement for the personal AWS account",
        "Same sender as console support cases; 12-digit account ID that is not a case ID")

    # 009 D4 resolved, Japanese, multipart/alternative base64
    IDS["D4"] = mid_ses("D4")
    plain = """ラマン佐藤 プリヤ 様

田村でございます。いつもお世話になっております。

ご返信いただいた内容に基づき、認定アカウントの氏名を「Priya Raman-Sato」に
更新いたしました。認定証 (PDF) も再発行済みで、認定アカウントの「認定」
ページから最新版をダウンロードいただけます。Credly のデジタルバッジは、
表示が切り替わるまでに最大 48 時間ほどかかる場合がございます。

Pearson VUE のご予約に登録されている氏名にも反映されておりますので、
2月8日の試験は新しい氏名のままお受けいただけます。

本件につきまして、お客様に追加でご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

引き続きよろしくお願いいたします。

田村
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: %s
Sent: Friday, January 24, 2025 7:58 AM
Subject: Re: RE:[CASE %s]

> 1. パスポートの記載は次のとおりです。
>    姓: RAMAN-SATO
>    名: PRIYA
""" % (ME_PERSONAL, CASE_D)
    htm = ("<html><body><div style=\"font-family:'Meiryo',sans-serif;font-size:14px\">"
           "<p>ラマン佐藤 プリヤ 様</p><p>田村でございます。いつもお世話になっております。</p>"
           "<p>ご返信いただいた内容に基づき、認定アカウントの氏名を「<b>Priya Raman-Sato</b>」に更新いたしました。"
           "認定証 (PDF) も再発行済みで、認定アカウントの「認定」ページから最新版をダウンロードいただけます。"
           "Credly のデジタルバッジは、表示が切り替わるまでに最大 48 時間ほどかかる場合がございます。</p>"
           "<p>Pearson VUE のご予約に登録されている氏名にも反映されておりますので、2月8日の試験は新しい氏名のままお受けいただけます。</p>"
           "<p>本件につきまして、お客様に追加でご対応いただくことはございません。<br>"
           "ご不明な点がございましたら、本メールにご返信ください。</p>"
           "<p>引き続きよろしくお願いいたします。</p><p>田村<br>AWS トレーニングと認定 カスタマーサポート</p>"
           "<hr><blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">"
           "1. パスポートの記載は次のとおりです。<br>姓: RAMAN-SATO<br>名: PRIYA</blockquote></div></body></html>")
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-record" % CASE_D),
        ("Date", date("2025-01-27 02:25:49")),
        ("Message-ID", IDS["D4"]),
        ("In-Reply-To", IDS["D3"]),
        ("References", fold_refs([IDS["D1"], IDS["D2"], IDS["D3"]])),
    ] + ses_headers("D4"), multipart("alternative", [text(plain, cte="base64"), html(htm, cte="base64")], "D4"))
    add(raw, "resolved", False, CASE_D, [],
        "Case D done: name updated, certificate reissued",
        "Japanese, base64; ends with a conditional invitation (ご不明な点がございましたら…ご返信ください)")

    # 010 D survey, Japanese, HTML-only
    m = mid_ses("010")
    htm = ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"></head><body>"
           "<table width=\"600\" align=\"center\" style=\"font-family:sans-serif\"><tr><td>"
           "<p>ラマン佐藤 プリヤ 様</p>"
           "<p>先日は AWS トレーニングと認定 カスタマーサポートへお問い合わせいただき、ありがとうございました。</p>"
           "<p>ケース ID: %s</p>"
           "<p>今後のサービス向上のため、担当者の対応についての簡単なアンケート (所要時間 約 1 分) に"
           "ご協力いただけますでしょうか。</p>"
           "<p>今回のサポートにどの程度満足されましたか?</p><p>"
           "<a href=\"https://survey.aws.amazon.com/r/%s?s=1\">1</a> &nbsp; "
           "<a href=\"https://survey.aws.amazon.com/r/%s?s=2\">2</a> &nbsp; "
           "<a href=\"https://survey.aws.amazon.com/r/%s?s=3\">3</a> &nbsp; "
           "<a href=\"https://survey.aws.amazon.com/r/%s?s=4\">4</a> &nbsp; "
           "<a href=\"https://survey.aws.amazon.com/r/%s?s=5\">5</a></p>"
           "<p style=\"font-size:11px;color:#777\">このメールは送信専用アドレスから送信されています。"
           "ご返信いただいてもお答えできませんのでご了承ください。</p>"
           "</td></tr></table></body></html>") % ((CASE_D,) + (h("010s", 16),) * 5)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS カスタマーサポート", "aws-cs-survey@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", enc("AWS トレーニングと認定 サポートに関するアンケートのお願い")),
        ("Date", date("2025-01-28 01:03:17")),
        ("Message-ID", m),
    ] + ses_headers("010"), html(htm, cte="quoted-printable"))
    add(raw, "survey", False, CASE_D, [],
        "Satisfaction survey for case D (Japanese, HTML only)",
        "Polite keigo request (ご協力いただけますでしょうか) that is only a survey; case ID only in the body")
