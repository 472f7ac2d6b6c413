"""Messages, mid-April to early May 2025: case B (name correction) and the mail around it."""
from gen_common import *  # noqa: F401,F403


def m001():
    d = dt("2025-04-14 02:11:37")
    text = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hakata-cw/infra-modules/pull/412#event-17293310457
You are receiving this because you authored the thread.

Message ID: <hakata-cw/infra-modules/pull/412/issue_event/17293310457@github.com>
"""
    htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hakata-cw/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hakata-cw/infra-modules/pull/412#event-17293310457">view it on GitHub</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/AB3K7.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none;">Message ID: <span>&lt;hakata-cw/infra-modules/pull/412/issue_event/17293310457@github.com&gt;</span></span></p>
"""
    hd = gmail_auth("github.com", mailfrom="noreply@github.com", ip="192.30.252.206", sel="pf2023") + [
        ("Date", date(d)),
        ("From", "Kenta Ogawa <notifications@github.com>"),
        ("Reply-To", "hakata-cw/infra-modules <reply+AB3K7QZ2VNEXRLY5JG6W4G6FUDQ5NEVBNHHKD3C2YQ@reply.github.com>"),
        ("To", "hakata-cw/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", f"Mariko Lindqvist <{ME_P}>, Author <author@noreply.github.com>"),
        ("Message-ID", "<hakata-cw/infra-modules/pull/412/issue_event/17293310457@github.com>"),
        ("In-Reply-To", "<hakata-cw/infra-modules/pull/412@github.com>"),
        ("References", "<hakata-cw/infra-modules/pull/412@github.com>"),
        ("Subject", "Re: [hakata-cw/infra-modules] Add certification-expiry exporter for the skills dashboard (PR #412)"),
        ("List-ID", "hakata-cw/infra-modules <infra-modules.hakata-cw.github.com>"),
        ("X-GitHub-Reason", "author"),
        ("X-GitHub-Sender", "kogawa-hcw"),
        ("Precedence", "list"),
    ]
    add("unrelated", False, None, [], build(hd, alt(text, htm, boundary="--==_mimepart_67fc6f292b1c3_3a1c10d8207a1")),
        "GitHub: PR 'merged' into main. The word merged, nothing to do with accounts.")


def m002():
    d = dt("2025-04-15 14:03:09")
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:18px">
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" width="160"></td></tr>
<tr><td style="padding:24px">
<p>Dear Mariko Lindquist,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification expires on <b>July 2, 2025</b> &mdash; 78 days from today.</p>
<p>To keep the certification active, pass the current version of the exam before it lapses. A passing score on a Professional-level exam in the same path also renews it.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="border:1px solid #d5dbdb">Candidate ID</td><td style="border:1px solid #d5dbdb">{OLD}</td></tr>
<tr><td style="border:1px solid #d5dbdb">Certification</td><td style="border:1px solid #d5dbdb">AWS Certified Solutions Architect &ndash; Associate</td></tr>
<tr><td style="border:1px solid #d5dbdb">Expiration date</td><td style="border:1px solid #d5dbdb">2025-07-02</td></tr>
</table>
<p>Remember to check the Benefits page of your AWS Certification Account for any exam discount you have earned.</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#687078">This message was sent by AWS Certification. Replies to this address are not read.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>
"""
    hd = ms_auth("certmetrics.com", ip="198.2.135.11") + [
        ("Date", date(d)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "Reminder: your AWS Certified Solutions Architect - Associate expires in 78 days"),
        ("Message-ID", mid_generic("m002", "certmetrics.com")),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    add("certification", False, None, [OLD], build(hd, leaf(htm, subtype="html")),
        "CertMetrics expiry reminder to the company address, HTML-only table with the candidate ID; "
        "'remember to check' is not a case request. Still shows the misspelt name.")


def m003():
    d = dt("2025-04-16 07:41:55")
    text = f"""Greetings from Amazon Web Services,

The invoice for your AWS account {ACCT} for the billing period April 1 - April 30, 2025 is not final yet, but the statement for March 2025 is now available in the Billing and Cost Management console.

Invoice number: 2083116642
Amount due: USD 14.37
Payment method: Visa ending in 4471

We will charge your payment method on file within the next few days. To see the charges by service, sign in and open Bills:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
"""
    hd = gmail_auth("amazon.com", mailfrom="2083116642-bounce@aws-billing.amazonses.com", dkim_dom="amazon.com") + [
        ("Date", date(d)),
        ("From", "Amazon Web Services <aws-billing@amazon.com>"),
        ("To", ME_P),
        ("Subject", f"Amazon Web Services Invoice Available [Account: {ACCT}] [Invoice ID: 2083116642]"),
        ("Message-ID", mid_ses("m003", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="7bit"), crlf=True),
        "AWS billing invoice: 12-digit account ID and a 10-digit invoice number (neither is a case); CRLF.")


def m004():
    d = dt("2025-04-17 00:52:18")
    body = f"""リンドクヴィスト 真理子 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承り、ケース番号 {CASE_B} を発行いたしました。

担当者より、原則として 1 営業日以内にこのメールアドレス宛てにご連絡いたします。
内容によっては調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。
同じ内容で新しいお問い合わせを送信されますと、お手続きがかえって遅れる原因となります。
追加の情報がある場合は、このメールに返信する形でお送りください。

―――― お問い合わせ内容 ――――
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: {OLD}
お問い合わせ内容:
認定アカウントおよび認定証の氏名の綴りが Lindquist になっています。
正しい綴りは Lindqvist です。修正をお願いできますでしょうか。
――――――――――――――――――

AWS トレーニングと認定 カスタマーサービス
"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.93") + [
        ("Date", date(d)),
        ("From", addr("AWS トレーニングと認定", TC_FORM)),
        ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
        ("Subject", SUBJ_B),
        ("Message-ID", mid_ses("m004")),
    ]
    add("acknowledgement", False, CASE_B, [OLD], build(hd, leaf(body, "iso-2022-jp", "7bit")),
        "Japanese acknowledgement in ISO-2022-JP, 10-digit case; the echoed form text contains the "
        "user's own polite request (お願いできますでしょうか), which is not support asking.")


def m005():
    d = dt("2025-04-17 18:20:44", JST)
    body = """リンドクヴィストさん

お疲れさまです。佐藤です。
引き継ぎ資料(Confluence の「顧客別 AWS 環境一覧」)を読みました。
2 点だけ確認させてください。

1. 九州ロジ社の本番アカウントの Organizations 管理者は誰に引き継ぐ予定ですか?
2. 認定資格の棚卸しシート、リンドクヴィストさんの行は退職後に削除してよいですか?

急ぎではないので、来週の定例でも大丈夫です。

佐藤 健太郎
株式会社博多クラウドワークス ソリューション部
"""
    hd = [("Date", date(d)),
          ("From", addr("佐藤 健太郎", "k.sato@hakata-cloudworks.co.jp", "iso-2022-jp")),
          ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
          ("Subject", h("引き継ぎ資料について確認させてください", "iso-2022-jp")),
          ("Message-ID", mid_outlook("m005")),
          ("Thread-Topic", h("引き継ぎ資料について確認させてください", "iso-2022-jp")),
          ("Content-Language", "ja-JP")]
    add("unrelated", False, None, [], build(hd, leaf(body, "iso-2022-jp", "7bit")),
        "Colleague asks questions in Japanese about the handover and the certification inventory: a "
        "request, but not from support.")


def m006():
    d = dt("2025-04-18 00:41:02")
    body = f"""リンドクヴィスト 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
このたびは認定記録の氏名についてご連絡いただき、ありがとうございます。

氏名の修正は、公的な身分証明書に記載されたお名前と一致していることを条件に承っております。
お手数をおかけいたしますが、下記 2 点についてご教示いただけますでしょうか。

1. パスポートなど身分証明書に記載されているローマ字表記のお名前(姓と名の区別を含めて)
2. 修正後のお名前を、取得済みのすべての認定証に反映することをご希望かどうか

なお、身分証明書の画像をお送りいただく必要はございません。
ご返信を確認し次第、手続きを進めさせていただきます。
何卒よろしくお願いいたします。

木村
AWS トレーニングと認定 カスタマーサポート
"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.17") + [
        ("Date", date(d)),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_C),
        ("Subject", "RE:" + SUBJ_B),
        ("Message-ID", mid_ses("m006")),
        ("In-Reply-To", MID["m004"]),
        ("References", MID["m004"]),
    ]
    add("info_request", True, CASE_B, [], build(hd, leaf(body)),
        "Japanese keigo request (ご教示いただけますでしょうか) for the name as on the passport; "
        "contains a negative 'no need to send an image'.")


def m007():
    d = dt("2025-04-18 12:07:40", JST)
    quoted = f"""差出人: AWS Training and Certification <{TC_FORM}>
送信日時: 2025年4月18日 9:41
宛先: {ME_C}
件名: RE:{SUBJ_B}

リンドクヴィスト 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
このたびは認定記録の氏名についてご連絡いただき、ありがとうございます。

氏名の修正は、公的な身分証明書に記載されたお名前と一致していることを条件に承っております。
お手数をおかけいたしますが、下記 2 点についてご教示いただけますでしょうか。

1. パスポートなど身分証明書に記載されているローマ字表記のお名前(姓と名の区別を含めて)
2. 修正後のお名前を、取得済みのすべての認定証に反映することをご希望かどうか

なお、身分証明書の画像をお送りいただく必要はございません。
ご返信を確認し次第、手続きを進めさせていただきます。
何卒よろしくお願いいたします。

木村
"""
    body = f"""木村様

ご連絡ありがとうございます。リンドクヴィストです。

1. パスポートの表記は「LINDQVIST MARIKO」です(姓: LINDQVIST、名: MARIKO)。
   認定証は「Mariko Lindqvist」の順で問題ありません。
2. はい、すべての認定証への反映を希望します。

念のため、AWS 候補 ID は {OLD} です。
どうぞよろしくお願いいたします。

--
リンドクヴィスト 真理子 / Mariko Lindqvist
株式会社博多クラウドワークス ソリューション部

________________________________
{quoted}"""
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
          ("To", addr("AWS Training and Certification", TC_FORM)),
          ("Subject", "RE: RE:" + SUBJ_B),
          ("Message-ID", mid_outlook("m007")),
          ("In-Reply-To", MID["m006"]),
          ("References", MID["m004"] + " " + MID["m006"]),
          ("Thread-Topic", "RE:" + SUBJ_B),
          ("Thread-Index", "AQHbsA1kP3y8W0d9dUKq2yGk9E1qMQ=="),
          ("Content-Language", "ja-JP")]
    add("user_reply", False, CASE_B, [OLD], build(hd, leaf(body, "iso-2022-jp", "7bit")),
        "Owner's Japanese Outlook reply (ISO-2022-JP) answering the request; the quoted request below "
        "has no '>' prefixes.")


def m008():
    d = dt("2025-04-21 03:15:27")
    text = """Hi mlindqvist,

Your question has a new answer.

Merging certification accounts when leaving an AWS Partner
-----------------------------------------------------------
"Open a case through the Contact AWS Training and Certification form and choose Account Merge. In my case they first asked me to confirm which account to keep, and the merge was done the same day. If your company account is linked to Partner Central it may be held until the link is removed."

 - answered by EXPERT cloudtrek_hiro

Was this answer helpful? Accept it so others can find it:
https://repost.aws/questions/QUx9Fh3kT8RdeK1vYtPz0mAQ#ANr2bV0sXcQYqw6l8Gm3eH9A

You are receiving this because you follow this question. Manage notification settings:
https://repost.aws/settings/notifications

AWS re:Post, Amazon Web Services, Inc.
"""
    htm = "<html><body>" + text_to_html(text) + "</body></html>\n"
    hd = gmail_auth("repost.aws", mailfrom="bounce@mail.repost.aws", ip="54.240.8.33") + [
        ("Date", date(d)),
        ("From", "AWS re:Post <no-reply@repost.aws>"),
        ("To", ME_P),
        ("Subject", "New answer on your question: Merging certification accounts when leaving an AWS Partner"),
        ("Message-ID", mid_ses("m008", "us-west-2")),
    ]
    add("unrelated", False, None, [], build(hd, alt(text, htm)),
        "AWS re:Post answer about account merges (asks to 'confirm which account to keep' inside a "
        "stranger's answer, 'Accept it'): AWS domain, merge vocabulary, not a case.")


def m009():
    d = dt("2025-04-22 05:33:51")
    body = """リンドクヴィスト 様

木村でございます。ご回答いただき、誠にありがとうございます。

いただいた内容をもとに、認定記録を管理する専門チームへ氏名修正の依頼を送付いたしました。
反映までには通常 3 から 5 営業日ほどかかる見込みでございます。
進捗がございましたら、本ケースにてあらためてご連絡いたします。

引き続きよろしくお願いいたします。

木村
AWS トレーニングと認定 カスタマーサポート
"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.17") + [
        ("Date", date(d)),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_C),
        ("Subject", "RE:" + SUBJ_B),
        ("Message-ID", mid_ses("m009")),
        ("In-Reply-To", MID["m007"]),
        ("References", " ".join([MID["m004"], MID["m006"], MID["m007"]])),
    ]
    add("case_update", False, CASE_B, [], build(hd, leaf(body, "shift_jis", "base64"), crlf=True),
        "Shift_JIS base64, CRLF: passed to the records team, 'will contact you again'; nothing asked.")


def m010():
    d = dt("2025-04-23 09:02:13")
    text = """Thanks for your purchase!

AWS Skill Builder - Receipt
Order number: SB-20250423-88417
Date: April 23, 2025

Item                                   Qty   Amount
Individual subscription (monthly)       1    USD 29.00
Tax                                           USD  2.90
Total charged to Visa **** 4471               USD 31.90

Your subscription renews on May 23, 2025. You can cancel at any time from My Account > Subscriptions.

Questions about your order? Visit https://skillbuilder.aws/support
AWS Skill Builder is provided by Amazon Web Services, Inc.
"""
    htm = ("<html><body><h2>Thanks for your purchase!</h2><table border=\"0\" cellpadding=\"4\">"
           "<tr><td>Order number</td><td>SB-20250423-88417</td></tr><tr><td>Individual subscription (monthly)</td>"
           "<td>USD 29.00</td></tr><tr><td>Tax</td><td>USD 2.90</td></tr><tr><td><b>Total</b></td><td><b>USD 31.90</b></td></tr>"
           "</table><p>Your subscription renews on May 23, 2025. You can cancel at any time from My Account &gt; Subscriptions.</p>"
           "<p>Questions about your order? Visit <a href=\"https://skillbuilder.aws/support\">skillbuilder.aws/support</a></p></body></html>\n")
    hd = gmail_auth("skillbuilder.aws", mailfrom="bounces@skillbuilder.aws", ip="54.240.11.90") + [
        ("Date", date(d)),
        ("From", "AWS Skill Builder <no-reply@skillbuilder.aws>"),
        ("To", ME_P),
        ("Subject", "Your AWS Skill Builder receipt (SB-20250423-88417)"),
        ("Message-ID", mid_ses("m010", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, alt(text, htm, cte="base64")),
        "Skill Builder receipt (training side of AWS, base64).")


def m011():
    d = dt("2025-04-24 16:48:05")
    htm = """<html><body style="font-family:Helvetica,Arial;background:#f4f4f4">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<img src="https://credly-badgeservice.com/assets/credly-logo.png" alt="Credly" width="110">
<h2 style="color:#ff6b00">Your AWS badge needs attention</h2>
<p>Hello Mariko,</p>
<p>Amazon Web Services Training and Certification has flagged one of your badges (<b>AWS Certified Solutions Architect &ndash; Associate</b>) because the name on it does not match your certification record.</p>
<p>To avoid <b>suspension of all your AWS badges within 48 hours</b>, sign in and confirm your identity:</p>
<p style="text-align:center"><a href="https://credly-badgeservice.com/verify?u=mlindqvist&amp;t=8f3e1c" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify my badges</a></p>
<p>If you cannot click the button, reply to this email with your Credly password and we will verify you manually.</p>
<p style="color:#999;font-size:11px">Credly, Inc. &bull; 1 Penn Plaza, New York, NY</p>
</div></body></html>
"""
    hd = [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly-badgeservice.com header.s=k1 header.b=Xw3h1Lqa;\n"
           "       spf=pass (google.com: domain of info@credly-badgeservice.com designates 185.231.154.60 as permitted sender) smtp.mailfrom=info@credly-badgeservice.com;\n"
           "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badgeservice.com"),
          ("Date", date(d)),
          ("From", "Credly <notifications@credly-badgeservice.com>"),
          ("To", ME_P),
          ("Subject", "Action needed: your AWS Certified badge will be suspended"),
          ("Message-ID", mid_generic("m011", "credly-badgeservice.com"))]
    add("suspicious", False, None, [], build(hd, leaf(htm, subtype="html")),
        "Lookalike Credly domain (authentication passes for its own domain), threatens badge suspension, "
        "asks for the password by reply; timed to the real name-correction case.")


def m012():
    d = dt("2025-04-25 02:26:40")
    quoted = f"""ご連絡ありがとうございます。リンドクヴィストです。

1. パスポートの表記は「LINDQVIST MARIKO」です(姓: LINDQVIST、名: MARIKO)。
   認定証は「Mariko Lindqvist」の順で問題ありません。
2. はい、すべての認定証への反映を希望します。

念のため、AWS 候補 ID は {OLD} です。
"""
    body = f"""Hello Mariko,

Good news: Certification Operations has corrected your name. Your certification account ({OLD}) and all four of your certificates now read "Mariko Lindqvist". The refreshed PDFs can be downloaded from the Certifications page whenever you like; verification links keep working.

No further action is required on your side, and I have set this case to resolved. If you notice the old spelling somewhere else, just reply here and the case will reopen.

Best regards,
Haruto
AWS Training and Certification Customer Support

On Fri, 18 Apr 2025 at 03:07, {ME_NAME_JA} <{ME_C}> wrote:
{quote(quoted)}"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.101") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_C),
        ("Subject", "RE:" + SUBJ_B),
        ("Message-ID", mid_ses("m012")),
        ("In-Reply-To", MID["m007"]),
        ("References", " ".join([MID["m004"], MID["m006"], MID["m007"]])),
    ]
    add("resolved", False, CASE_B, [OLD], build(hd, leaf(body, cte="base64")),
        "Resolution in English after a Japanese thread (base64); 'no further action is required' plus "
        "a conditional 'just reply here'; quotes the owner's answer.")


def m013():
    d = dt("2025-04-26 11:15:00")
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mariko Lindqvist,</p>
<p>The personal details on your AWS Certification record were updated on April 25, 2025. New digital certificates reflecting the change are ready in your AWS Certification Account.</p>
<p><b>Candidate ID:</b> {OLD}</p>
<p>If you did not request this change, contact AWS Training and Certification through the support form on the website.</p>
<p><a href="https://www.aws.training/Certification">Download your certificates</a></p>
<p style="font-size:11px;color:#666">AWS Certification &middot; This is an automated notice. Please do not reply.</p>
</body></html>
"""
    hd = ms_auth("certmetrics.com", ip="198.2.135.12") + [
        ("Date", date(d)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "Your AWS Certification profile was updated"),
        ("Message-ID", mid_generic("m013", "certmetrics.com")),
    ]
    add("certification", False, None, [OLD], build(hd, leaf(htm, subtype="html", cte="quoted-printable")),
        "Program notice that the record changed (a side effect of case B but not case mail); "
        "'if you did not request this, contact…' is conditional.")


def m014():
    d = dt("2025-04-28 01:10:12")
    text = f"""リンドクヴィスト 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {CASE_B} の対応について、簡単なアンケートにご協力いただけますでしょうか。
所要時間は 1 分ほどです。

アンケートに回答する:
https://survey.aws-tc-feedback.amazon.com/s/ja?case={CASE_B}&r=5

ご回答は任意です。なお、このメールに返信されてもアンケートには反映されません。

AWS トレーニングと認定
"""
    htm = ("<html><body>" + text_to_html(text).replace(
        f"https://survey.aws-tc-feedback.amazon.com/s/ja?case={CASE_B}&amp;r=5",
        f'<a href="https://survey.aws-tc-feedback.amazon.com/s/ja?case={CASE_B}&amp;r=5">アンケートページを開く</a>')
        + "</body></html>\n")
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.44") + [
        ("Date", date(d)),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_C),
        ("Subject", h(f"[CASE {CASE_B}] サポートに関するアンケートのお願い")),
        ("Message-ID", mid_ses("m014")),
    ]
    add("survey", False, CASE_B, [], build(hd, alt(text, htm, cte="base64")),
        "Japanese satisfaction survey from the same form address with the case tag and a keigo "
        "'ご協力いただけますでしょうか'; not a request to answer the case.")


def m015():
    d = dt("2025-04-30 22:00:03")
    htm = """<html><body style="font-family:sans-serif">
<h1>Serverless Tokyo Digest #88</h1>
<p>今週のピックアップ</p>
<ul>
<li>Step Functions の新しい JSONata サポートを試してみた</li>
<li>Lambda SnapStart for Python で起動時間はどこまで縮むか</li>
<li>「AWS 認定を転職先に引き継ぐ」手順まとめ(読者投稿)</li>
</ul>
<p>次回の meetup は 5/22(木)19:00〜 福岡・天神にて開催します。</p>
<p style="font-size:11px">配信停止は <a href="https://digest.serverless-tokyo.dev/unsubscribe?u=8812">こちら</a></p>
</body></html>
"""
    hd = gmail_auth("serverless-tokyo.dev", mailfrom="bounce@mg.serverless-tokyo.dev", ip="159.135.228.10", sel="mg") + [
        ("Date", date(d)),
        ("From", "Serverless Tokyo Digest <digest@serverless-tokyo.dev>"),
        ("To", ME_P),
        ("Subject", h("Serverless Tokyo Digest #88: JSONata / SnapStart / 認定の引き継ぎ")),
        ("Message-ID", mid_generic("m015", "mg.serverless-tokyo.dev")),
        ("List-Unsubscribe", "<https://digest.serverless-tokyo.dev/unsubscribe?u=8812>"),
    ]
    add("unrelated", False, None, [], build(hd, leaf(htm, subtype="html", cte="base64")),
        "Japanese newsletter, HTML-only; one headline about carrying AWS certifications to a new employer.")


def m016():
    d = dt("2025-05-01 13:30:22")
    text = """Hi Mariko,

Here's how your badges did this week.

  AWS Certified Solutions Architect - Associate     12 views
  AWS Certified SysOps Administrator - Associate     3 views
  AWS Certified Developer - Associate                2 views

Issued to: Mariko Lindquist
Share your badges on LinkedIn to reach more people: https://www.credly.com/users/mariko-lindquist/badges

Credly by Pearson
Manage email preferences: https://www.credly.com/notification_preferences
"""
    htm = "<html><body>" + text_to_html(text) + "</body></html>\n"
    hd = gmail_auth("credly.com", mailfrom="bounces@credly.com", ip="167.89.31.102", sel="s1") + [
        ("Date", date(d)),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "Your weekly badge activity"),
        ("Message-ID", mid_generic("m016", "credly.com")),
    ]
    add("badge", False, None, [], build(hd, alt(text, htm)),
        "Real Credly weekly summary; the old misspelt name is still on the badges (sets up the reopen).")


def run():
    for f in (m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016):
        f()
