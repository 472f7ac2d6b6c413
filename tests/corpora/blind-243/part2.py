"""Messages 001-018: January to mid-February 2025."""
from part1 import *


def run():
    # 001 ------------------------------------------------------------ billing
    d = when("2025-01-20 03:12")
    add("bill-jan", "unrelated", False, None, [],
        "AWS billing invoice from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID",
        CON_FROM, ME_P, "Amazon Web Services Invoice Available [Account: 440211873390] [Invoice ID: 2031187764]", d,
        alt(text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 3390, is available on the AWS web site. Your account will be charged the following:

Total: $4.18

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", "utf-8", "7bit"),
            html("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement, for the account ending in <b>3390</b>, is available on the AWS web site. Your account will be charged the following:</p>
<table cellpadding="4" style="border:1px solid #ccc"><tr><td>Total</td><td><b>$4.18</b></td></tr></table>
<p>You can see a complete break down of all charges on the <a href="https://console.aws.amazon.com/billing/home#/bill">Billing page</a>.</p>
<p>Thank you for using Amazon Web Services.</p>
<p style="color:#777;font-size:11px">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>""")),
        **aws_in("bill-jan", d))

    # 002 ------------------------------------------------------------ cert expiry
    d = when("2025-01-21 16:40")
    add("cert-expiry", "certification", False, None, [CID_OLD],
        "CertMetrics 90-day expiry reminder to the company address; contains the old candidate ID; 'act now' wording but no case",
        addr("AWS Certification", CERTM), ME_C, "Your AWS Certification expires in 90 days", d,
        html("""<html><body style="font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:14px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:18px">
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification expires on <b>April 21, 2025</b>.</p>
<p>To keep it current, pass the latest version of the exam or a higher-level exam in the same path before that date. Remember that your certification benefits, including your exam discount, can be applied when you schedule.</p>
<p>Candidate ID: AWS03817265</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#666">You are receiving this message because you hold an active AWS Certification. AWS Training and Certification, 410 Terry Ave N, Seattle, WA 98109.</p>
</td></tr></table></body></html>""", "utf-8", "quoted-printable"),
        **inbound(False, "certmetrics.com", "bounce-7731@em.certmetrics.com", "o12.em.certmetrics.com", "167.89.21.14", d))

    # 003 ------------------------------------------------------------ C4 ack (ja)
    d = when("2025-01-22 11:14", JST)
    add("c4-ack", "acknowledgement", False, C4, [CID_OLD],
        "C4 acknowledgement in Japanese (ISO-2022-JP): 24h promise, no-duplicate warning; echoes the submitted text with a candidate ID (counted: it is the message's own body, not a reply quote)",
        TC_FROM, ME_C, C4_SUBJ, d,
        text("""森岡 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

お問い合わせの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
お問い合わせ内容:
  認定証に印字される氏名のローマ字表記が「Kenta Morioca」となっております。
  正しくは「Kenta Morioka」です。修正をお願いいたします。
  AWS 候補 ID: AWS03817265

担当者より、通常 24 時間以内にご連絡いたします。内容により、回答までにお時間をいただく場合がございます。
同じ内容のケースがすでにある場合は、別のケースを作成なさらないようお願いいたします。重複したケースは対応が遅れる原因となります。

AWS トレーニングと認定 カスタマーサービス
""" % (C4, C4), "iso-2022-jp", "7bit"),
        **aws_in("c4-ack", d, False))

    # 004 ------------------------------------------------------------ GitHub merged
    d = when("2025-01-22 07:51")
    add("gh-412", "unrelated", False, None, [],
        "GitHub notification: 'Merged #412 into main' (the word 'merged' with no certification context)",
        addr("Yuto Sano", "notifications@github.com"), addr("tanuki-sysworks/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [tanuki-sysworks/infra-modules] Add retention policy to audit log bucket (PR #412)", d,
        alt(text("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tanuki-sysworks/infra-modules/pull/412#event-16204417
You are receiving this because you were mentioned.
""", "utf-8", "7bit"),
            html("""<p>Merged <a href="https://github.com/tanuki-sysworks/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tanuki-sysworks/infra-modules/pull/412#event-16204417">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""", "utf-8", "7bit")),
        cc=addr(ME_NAME, ME_C), idd="github.com", reply_to="reply+AAQX3Y7F2KD@reply.github.com",
        extra=[("List-ID", "tanuki-sysworks/infra-modules <infra-modules.tanuki-sysworks.github.com>"),
               ("X-GitHub-Reason", "mention")],
        **inbound(False, "github.com", "noreply@github.com", "out-21.smtp.github.com", "192.30.252.204", d))

    # 005 ------------------------------------------------------------ C4 info request (ja, Shift_JIS)
    d = when("2025-01-23 10:02", JST)
    add("c4-ask", "info_request", True, C4, [],
        "C4: Japanese agent, Shift_JIS base64; explains the record first, then asks (keigo ～いただけますでしょうか) for the passport spelling; also says an ID image is NOT needed",
        TC_FROM, ME_C, "RE:" + C4_SUBJ, d,
        text("""森岡 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの早川です。

このたびはご連絡いただきありがとうございます。
認定証に記載されるお名前は、認定アカウントのプロフィールに登録された氏名から作成されております。
拝見したところ、現在のご登録は「Kenta Morioca」となっており、ご指摘のとおり綴りが異なっておりました。

修正にあたり、試験当日にご提示いただく身分証明書と同じ表記に合わせる必要がございます。
つきましては、パスポートに記載のとおりのローマ字表記（姓・名）と、ミドルネームの有無を本メールへのご返信にてお知らせいただけますでしょうか。

なお、身分証明書の画像をお送りいただく必要はございません。

お手数をおかけいたしますが、よろしくお願いいたします。

早川
AWS トレーニングと認定 カスタマーサービス
""", "shift_jis", "base64"),
        parent="c4-ack", **aws_in("c4-ask", d, False))

    # 006 ------------------------------------------------------------ C4 user reply (ja, Outlook)
    d = when("2025-01-23 13:26", JST)
    add("c4-rep", "user_reply", False, C4, [CID_OLD],
        "Owner's Japanese reply from the company Outlook, Outlook header-block quoting of the request",
        ME_FROM_C, TC_FORM, "RE:" + C4_SUBJ, d,
        text("""早川様

ご確認ありがとうございます。
パスポートの表記は以下のとおりです。

姓: MORIOKA
名: KENTA
ミドルネーム: なし

念のため、候補IDは AWS03817265 です。
よろしくお願いいたします。

森岡 健太
株式会社タヌキシスワークス クラウド基盤部

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年1月23日 10:02
宛先: 森岡 健太 <morioka.kenta@tanuki-sysworks.co.jp>
件名: RE:%s

森岡 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの早川です。
（中略）
つきましては、パスポートに記載のとおりのローマ字表記（姓・名）と、ミドルネームの有無を本メールへのご返信にてお知らせいただけますでしょうか。
""" % C4_SUBJ, "iso-2022-jp", "7bit"),
        idd="outlook", parent="c4-ask", crlf=True,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")])

    # 007 ------------------------------------------------------------ C4 case update (ja)
    d = when("2025-01-24 09:40", JST)
    add("c4-upd", "case_update", False, C4, [],
        "C4: Japanese update - passed to the records team; 'we will contact you again if we need more' (future, conditional)",
        TC_FROM, ME_C, "RE:" + C4_SUBJ, d,
        text("""森岡 健太 様

お世話になっております。早川です。
ご回答いただきありがとうございました。

いただいた表記（MORIOKA KENTA、ミドルネームなし）にて、認定記録チームへ修正を依頼いたしました。
修正の完了までは通常 2～3 営業日ほどかかります。完了しましたら、改めて本ケースにてご案内いたします。

チームから追加で確認事項が出た場合は、その際にあらためてご連絡差し上げます。

早川
AWS トレーニングと認定 カスタマーサービス
""" + orig_hdr("森岡 健太 [morioka.kenta@tanuki-sysworks.co.jp]", "1/23/2025 4:26 AM", TC_FORM, "RE:" + C4_SUBJ) + """
早川様

ご確認ありがとうございます。
パスポートの表記は以下のとおりです。
姓: MORIOKA / 名: KENTA / ミドルネーム: なし
念のため、候補IDは AWS03817265 です。
""", "iso-2022-jp", "7bit"),
        parent="c4-rep", **aws_in("c4-upd", d, False))

    # 008 ------------------------------------------------------------ colleague
    d = when("2025-01-27 12:15", JST)
    add("party-1", "unrelated", False, None, [],
        "Colleague asks the owner a direct question (pick a date) - a real request, but not from support",
        addr("佐野 由佳", "sano.yuka@tanuki-sysworks.co.jp"), addr("森岡 健太", ME_C),
        subj("送別会の日程について"), d,
        text("""森岡さん

お疲れさまです、佐野です。
送別会ですが、3/7(金) と 3/12(水) で店を仮押さえしています。
どちらがご都合よいでしょうか？今週中に決めたいので、わかったら教えてください。

佐野
""", "utf-8", "base64"),
        idd="tanuki-sysworks.co.jp",
        **inbound(False, "tanuki-sysworks.co.jp", "sano.yuka@tanuki-sysworks.co.jp", "mail-internal.tanuki-sysworks.co.jp", "10.20.4.11", d))

    # 009 ------------------------------------------------------------ C4 resolved
    d = when("2025-01-28 05:37")
    add("c4-done", "resolved", False, C4, [],
        "C4 resolved in English under quoted Japanese history that still contains the earlier request; 'no further action is required'",
        TC_FROM, ME_C, "RE:" + C4_SUBJ, d,
        text("""Hello Kenta,

Good news: the records team has finished the correction. Your certification profile and all of your certificates now show your name as KENTA MORIOKA.

You can download the updated certificates from the Certifications page of your AWS Certification Account. Transcripts and your Credly badges will pick up the new spelling within a day or two. No further action is required on your part.

Kind regards,
Rina Hayakawa
AWS Training and Certification Customer Service
""" + TC_SIG + "\n\n" + orig_hdr("森岡 健太 [morioka.kenta@tanuki-sysworks.co.jp]", "1/23/2025 4:26 AM", TC_FORM, "RE:" + C4_SUBJ) + """
早川様

ご確認ありがとうございます。
パスポートの表記は以下のとおりです。

""" + orig_hdr(TC_NAME + " [" + TC_FORM + "]", "1/23/2025 1:02 AM", ME_C, "RE:" + C4_SUBJ) + """
つきましては、パスポートに記載のとおりのローマ字表記（姓・名）と、ミドルネームの有無を本メールへのご返信にてお知らせいただけますでしょうか。
""", "utf-8", "quoted-printable"),
        parent="c4-upd", **aws_in("c4-done", d, False))

    # 010 ------------------------------------------------------------ C4 survey
    d = when("2025-01-29 18:03")
    add("c4-survey", "survey", False, C4, [],
        "Satisfaction survey for C4 (HTML only); 'please take a minute' is not a request to support",
        addr(TC_NAME, "aws-tc-feedback@amazon.com"), ME_C, "How did we do? Your recent AWS Training and Certification case", d,
        html("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p>Your case <b>%s</b> was recently resolved. Would you take a minute to tell us how it went? Your answers go straight to the team that handled your request.</p>
<table cellspacing="6"><tr>
<td><a href="https://feedback.aws.training/s/tc?c=%s&amp;r=1">1</a></td>
<td><a href="https://feedback.aws.training/s/tc?c=%s&amp;r=2">2</a></td>
<td><a href="https://feedback.aws.training/s/tc?c=%s&amp;r=3">3</a></td>
<td><a href="https://feedback.aws.training/s/tc?c=%s&amp;r=4">4</a></td>
<td><a href="https://feedback.aws.training/s/tc?c=%s&amp;r=5">5</a></td></tr></table>
<p style="font-size:11px;color:#687078">This survey closes in 14 days. Please do not reply to this message; replies are not monitored.</p>
</body></html>""" % ((C4,) * 6), "utf-8", "base64"),
        **aws_in("c4-survey", d, False))

    # 011 ------------------------------------------------------------ phishing lookalike
    d = when("2025-02-03 02:44")
    add("phish-1", "suspicious", False, None, [],
        "Lookalike domain aws-certmetrics-support.com (auth passes for the lookalike); demands credentials by reply",
        addr("AWS Certification Security", "security@aws-certmetrics-support.com"), ME_C,
        "Action required: verify your AWS Certification account within 48 hours", d,
        alt(text("""Dear Certified Professional,

During a routine audit we found inconsistent information on your AWS Certification account. To avoid suspension of your credentials and badges, you must verify your identity within 48 hours.

Reply to this message with your sign-in e-mail, password and date of birth, or verify online:
https://aws-certmetrics-support.com/verify?u=morioka.kenta

Accounts that are not verified will be deactivated and all certifications revoked.

AWS Certification Security Team
""", "us-ascii", "7bit"),
            html("""<p>Dear Certified Professional,</p><p>During a routine audit we found inconsistent information on your AWS Certification account. To avoid <b>suspension of your credentials and badges</b>, you must verify your identity within 48 hours.</p>
<p>Reply with your sign-in e-mail, password and date of birth, or <a href="https://aws-certmetrics-support.com/verify?u=morioka.kenta">verify online</a>.</p><p>AWS Certification Security Team</p>""", "us-ascii", "7bit")),
        idd="aws-certmetrics-support.com",
        **inbound(False, "aws-certmetrics-support.com", "bounce@aws-certmetrics-support.com", "vps-88213.hostmatic.example.net", "185.213.40.77", d))

    # 012 ------------------------------------------------------------ Skill Builder receipt
    d = when("2025-02-04 08:20")
    add("sb-receipt", "unrelated", False, None, [],
        "AWS Skill Builder subscription receipt (training mail, not certification, no case)",
        addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P, "Your AWS Skill Builder receipt (Order SB-7730-24918)", d,
        text("""Thank you for your purchase.

Order number: SB-7730-24918
Plan: Individual subscription - monthly
Amount: USD 29.00
Billing date: February 4, 2025
Next renewal: March 4, 2025

You can manage or cancel your subscription at any time from My Account > Subscriptions.
Questions about billing? Visit the AWS Skill Builder help center.

AWS Skill Builder
""", "utf-8", "7bit"),
        **inbound(True, "skillbuilder.aws", "bounce-sb@mail.skillbuilder.aws", "a9-31.smtp-out.amazonses.com", "54.240.9.31", d))

    # 013 ------------------------------------------------------------ newsletter (ja)
    d = when("2025-02-05 22:00", JST)
    add("news-1", "unrelated", False, None, [],
        "Japanese tech newsletter whose lead article is about merging AWS Certification accounts (topic words, no case)",
        addr("週刊クラウドダイジェスト", "news@cloud-digest.jp"), ME_P, subj("【週刊クラウドダイジェスト】転職前にやっておきたいAWS認定アカウントの統合 ほか"), d,
        html("""<html><body>
<h2>週刊クラウドダイジェスト 第212号</h2>
<h3>1. 転職前にやっておきたいAWS認定アカウントの統合</h3>
<p>会社のメールアドレスで取得した認定は、退職後にサインインできなくなる前に個人アカウントへ統合しておくのが安心です。フォームから申請すると、サポートから「どちらのアカウントを残すか」の確認メールが届きます。</p>
<h3>2. S3 のライフサイクルルール見直しのすすめ</h3>
<p>…</p>
<hr><p style="font-size:11px">配信停止は<a href="https://cloud-digest.jp/unsubscribe">こちら</a>。本メールは送信専用です。</p>
</body></html>""", "utf-8", "base64"),
        idd="cloud-digest.jp", extra=[("List-Unsubscribe", "<https://cloud-digest.jp/unsubscribe>")],
        **inbound(True, "cloud-digest.jp", "mailer@cloud-digest.jp", "mta3.cloud-digest.jp", "203.0.113.52", d))

    # 014 ------------------------------------------------------------ Builder ID code
    d = when("2025-02-10 12:31")
    add("bid-code", "unrelated", False, None, [],
        "AWS Builder ID verification code (6 digits, not a case number)",
        addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", d,
        alt(text("""Verify your email address

Hello Kenta Morioka,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 482913

This code expires in 30 minutes. If you didn't request it, you can ignore this message.
""", "utf-8", "7bit"),
            html("""<div style="font-family:Arial"><h3>Verify your email address</h3><p>Hello Kenta Morioka,</p><p>Use the verification code below to finish creating your AWS Builder ID.</p><p style="font-size:24px;letter-spacing:4px"><b>482913</b></p><p>This code expires in 30 minutes. If you didn't request it, you can ignore this message.</p></div>""", "utf-8", "7bit")),
        **inbound(True, "signin.aws", "0100bid@us-east-1.amazonses.com", "a8-12.smtp-out.amazonses.com", "54.240.8.12", d))

    # 015 ------------------------------------------------------------ new cert account
    d = when("2025-02-10 13:02")
    add("cert-new", "certification", False, None, [CID_NEW],
        "CertMetrics welcome for the new personal certification account with its candidate ID",
        addr("AWS Certification", CERTM), ME_P, "Welcome to your AWS Certification Account", d,
        text("""Hello Kenta,

Your AWS Certification Account is ready.

Candidate ID: AWS11940283
Sign-in e-mail: kenta.morioka@hoshizora-mail.jp

From your account you can schedule exams, view your exam history and download certificates once you are certified. If you already hold certifications under another account, see the FAQ on combining accounts.

AWS Certification
""", "utf-8", "quoted-printable"),
        **inbound(True, "certmetrics.com", "bounce-7731@em.certmetrics.com", "o12.em.certmetrics.com", "167.89.21.14", d))

    # 016 ------------------------------------------------------------ C1 ack
    d = when("2025-02-11 00:48")
    add("c1-ack", "acknowledgement", False, C1, [CID_OLD, CID_NEW],
        "C1 acknowledgement; says support MAY later ask to confirm ownership ('nothing to send now'); invites replies only to add info",
        TC_FROM, ME_P, C1_SUBJ, d,
        text("""Hello Kenta Morioka,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
  I am leaving Tanuki Sysworks on 14 March 2025 and would like to merge my company
  certification account (morioka.kenta@tanuki-sysworks.co.jp, AWS03817265) into my
  personal one (kenta.morioka@hoshizora-mail.jp, AWS11940283). Please keep the personal
  address on file.

A member of our team normally replies within 24 hours. Depending on the accounts involved, we may later ask you to confirm that each account belongs to you before anything is merged; there is nothing you need to send us at this point.

To avoid delays, please don't open another case for this same request. If you think of something to add, replying to this e-mail attaches it to the case above.

Sincerely,
AWS Training and Certification Customer Service
""" % (C1, C1) + TC_SIG, "utf-8", "quoted-printable"),
        **aws_in("c1-ack", d))

    # 017 ------------------------------------------------------------ other vendor case opened
    d = when("2025-02-11 05:15")
    add("rf-open", "unrelated", False, None, [],
        "Other vendor (Ribbonfish Monitoring) case acknowledgement - same shape as AWS acks",
        addr("Ribbonfish Support", "support@ribbonfish.io"), ME_C, "[Ribbonfish] Case CS-0048812 received: agent stops reporting after upgrade", d,
        text("""Hi Kenta,

Thanks for contacting Ribbonfish Support. We've opened case CS-0048812 and an engineer will pick it up within one business day (Standard plan).

Summary: agent stops reporting after upgrade to 7.4.2
Priority: P3

To add comments or attachments, reply to this email and keep the case number in the subject.

Ribbonfish Support
ref:_00D5g0RfB._5004x0CS48812:ref
""", "utf-8", "7bit"),
        idd="ribbonfish.io",
        **inbound(False, "ribbonfish.io", "support@ribbonfish.io", "mail-yw1-f170.mailgun.example.net", "209.85.128.170", d))

    # 018 ------------------------------------------------------------ C2 duplicate ack
    d = when("2025-02-11 23:59")
    add("c2-ack", "acknowledgement", False, C2, [],
        "Acknowledgement of a SECOND case for the same merge, filed by the owner from the company address (duplicate)",
        TC_FROM, ME_C, C2_SUBJ, d,
        text("""Hello Kenta Morioka,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
  Please merge my certification account into the one registered with
  kenta.morioka@hoshizora-mail.jp. I am leaving the company next month.

A member of our team normally replies within 24 hours.

To avoid delays, please don't open another case for this same request. If you think of something to add, replying to this e-mail attaches it to the case above.

Sincerely,
AWS Training and Certification Customer Service
""" % (C2, C2) + TC_SIG, "utf-8", "quoted-printable"),
        **aws_in("c2-ack", d, False))
