"""Messages 001-008: late 2024, before the job change; case D starts."""
from common import *


def build():
    # 001 newsletter (Japanese, base64)
    d = "Tue, 26 Nov 2024 07:30:12 +0900"
    body = """クラウド週報 Vol.212（2024年11月26日号）

今週のトピック
・マネージドKubernetesの料金改定まとめ
・re:Invent 直前！注目セッションの歩き方
・読者投稿：社内勉強会を半年続けてわかったこと

━━━━━━━━━━━━━━━━━━━━
■ 編集後記
資格試験の申し込みが年末に集中する季節です。試験会場の予約はお早めに。
━━━━━━━━━━━━━━━━━━━━
配信停止はこちら: https://kumo-shuho.jp/unsub?u=8f31c2
"""
    add([rx(PERSONAL_MX, "out3.kumo-shuho.jp", "203.0.113.45", d),
         auth(PERSONAL_MX, "kumo-shuho.jp", "bounce@kumo-shuho.jp", "kumo-shuho.jp", ip="203.0.113.45"),
         ("Date", d), ("From", addr("クラウド週報編集部", "weekly@kumo-shuho.jp")),
         ("To", ME_PERSONAL), ("Subject", subj("クラウド週報 Vol.212 ― re:Invent直前号")),
         ("Message-ID", mid("nl212", "kumo-shuho.jp")),
         ("List-Unsubscribe", "<https://kumo-shuho.jp/unsub?u=8f31c2>")],
        leaf(body, cte="base64"), "unrelated", False, None, [],
        "Japanese tech newsletter", "mentions exams in passing; base64 body")

    # 002 exam result (certmetrics, multipart)
    d = "Thu, 28 Nov 2024 14:05:33 +0000"
    txt = """Hello Mizuho Kanzaki,

Congratulations! You have passed the AWS Certified Solutions Architect - Professional
exam and are now AWS Certified.

Candidate ID: %s
Exam date: 25 November 2024
Validation number: 7QK2M1D3P4FE1XLT

Your digital certificate and exam score report are available in your AWS
Certification Account. A digital badge invitation from Credly will arrive
separately within a few days.

As a certified individual you also receive a 50%% discount voucher for your next
exam. You will find it under Benefits.

AWS Training and Certification
""" % ID_OLD
    html = "<html><body><p>Hello Mizuho Kanzaki,</p><p><b>Congratulations!</b> You have passed the " \
           "AWS Certified Solutions Architect - Professional exam.</p><p>Candidate ID: %s<br>" \
           "Validation number: 7QK2M1D3P4FE1XLT</p><p>Your certificate is in your AWS Certification " \
           "Account. A 50%% voucher for your next exam is under <i>Benefits</i>.</p>" \
           "<p>AWS Training and Certification</p></body></html>" % ID_OLD
    add([rx(WORK_MX, "mta-12.certmetrics.com", "198.51.100.12", d),
         auth(WORK_MX, "certmetrics.com", "bounces@certmetrics.com", "certmetrics.com", ip="198.51.100.12"),
         ("Date", d), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
         ("To", ME_WORK), ("Subject", "Congratulations! You are now AWS Certified"),
         ("Message-ID", mid("examresult", "certmetrics.com"))],
        multi("alternative", [leaf(txt), leaf(html, "html")], "=_cm_7a1b"),
        "certification", False, None, [ID_OLD],
        "exam pass notice with candidate ID", "program mail, not case; says 'account'")

    # 003 Credly badge claim
    d = "Fri, 29 Nov 2024 02:11:09 +0000"
    html = """<html><body style="font-family:Arial">
<table width="600"><tr><td>
<h2>You've earned a badge!</h2>
<p>Mizuho, Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/3f0c9d2e-61a4-4b57-9e0f-2c7d81ab44e1/accept">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You received this e-mail because an issuer on Credly awarded you a
badge. Credly, 13601 Preston Road, Dallas, TX</p>
</td></tr></table></body></html>"""
    add([rx(WORK_MX, "o1.email.credly.com", "167.89.12.4", d),
         auth(WORK_MX, "credly.com", "bounces+77@email.credly.com", "credly.com", ip="167.89.12.4"),
         ("Date", d), ("From", addr("Credly", "admin@credly.com")), ("To", ME_WORK),
         ("Subject", "Mizuho, you've earned a badge from Amazon Web Services Training and Certification"),
         ("Message-ID", mid("credly1", "credly.com"))],
        leaf(html, "html"), "badge", False, None, [],
        "Credly badge invitation", "HTML-only; badge UUID is not a case id")

    # 004 GitHub merged
    d = "Mon, 02 Dec 2024 09:48:51 +0000"
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tessera-sys/infra-modules/pull/412#event-15522093411
You are receiving this because you authored the thread.
"""
    add([rx(WORK_MX, "out-21.smtp.github.com", "192.30.252.204", d),
         auth(WORK_MX, "github.com", "noreply@github.com", "github.com", ip="192.30.252.204"),
         ("Date", d), ("From", addr("Yuto Arai", "notifications@github.com")),
         ("Reply-To", "tessera-sys/infra-modules <reply+AAQ7ZB4@reply.github.com>"),
         ("To", "tessera-sys/infra-modules <infra-modules@noreply.github.com>"),
         ("Cc", addr("Mizuho Kanzaki", ME_WORK) + ", Author <author@noreply.github.com>"),
         ("Subject", "Re: [tessera-sys/infra-modules] Merge account-baseline module into core (PR #412)"),
         ("Message-ID", "<tessera-sys/infra-modules/pull/412/issue_event/15522093411@github.com>"),
         ("In-Reply-To", "<tessera-sys/infra-modules/pull/412@github.com>"),
         ("References", "<tessera-sys/infra-modules/pull/412@github.com>")],
        leaf(txt, cte="7bit"), "unrelated", False, None, [],
        "GitHub: PR merged", "'merge' + 'account' wording, long numeric event id")

    # 005 case D acknowledgement (Japanese, ISO-2022-JP)
    d = "Tue, 03 Dec 2024 05:42:09 +0000"
    body = """神崎 瑞穂 様

Amazon Web Services へお問い合わせいただき、誠にありがとうございます。
ご依頼を承り、ケース番号 %s として登録いたしました。

原則として24時間以内に担当者からご連絡を差し上げます。
同じ内容のお問い合わせですでにケースをお持ちの場合は、新たなケースを作成なさらないようお願いいたします。
重複したケースは対応の遅れにつながります。

お問い合わせ内容は以下のとおりです:

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
同じ会社用メールアドレスでAWS認定アカウントが2つできてしまっているようで、
先日合格した資格のバッジがCredlyに表示されません。
アカウントを1つにまとめていただけますか。

Amazon Web Services
""" % CASE_D
    add([rx(WORK_MX, "a8-31.smtp-out.amazonses.com", "54.240.8.31", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.31"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "[CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-ack", "email.amazonses.com"))],
        leaf(body, charset="iso-2022-jp", cte="7bit"),
        "acknowledgement", False, CASE_D, [],
        "case D opened: auto-ack in Japanese",
        "ISO-2022-JP; echoed request text contains a polite question from the owner")

    # 006 case D info request (Japanese keigo, ISO-2022-JP)
    d = "Wed, 04 Dec 2024 02:02:44 +0000"
    body = """神崎 瑞穂 様

AWS トレーニングと認定カスタマーサービスの大西でございます。
このたびはお問い合わせいただき、ありがとうございます。

お送りいただいた内容を拝見し、会社用メールアドレスで登録されている認定アカウントを
確認いたしましたところ、同一の氏名で登録されたアカウントが複数見つかりました。
ただし、どちらが神崎様ご本人のものであるかを当方のみで判断することができかねる状況です。

つきましては、お手数をおかけいたしますが、それぞれのアカウントの候補ID
（「AWS」で始まる英数字）と、各アカウントへのサインイン方法
（AWS Builder ID、AWS Partner Central 経由など）をお知らせいただけますでしょうか。

候補IDは、認定アカウントにサインイン後、画面右上のプロフィールからご確認いただけます。

何卒よろしくお願いいたします。

大西
AWS トレーニングと認定 カスタマーサービス
"""
    add([rx(WORK_MX, "a8-44.smtp-out.amazonses.com", "54.240.8.44", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.44"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-info", "email.amazonses.com")),
         ("In-Reply-To", mid("D-ack", "email.amazonses.com")),
         ("References", mid("D-ack", "email.amazonses.com"))],
        leaf(body, charset="iso-2022-jp", cte="7bit"),
        "info_request", True, CASE_D, [],
        "case D: support asks for both candidate IDs and sign-in method",
        "Japanese keigo ask (いただけますでしょうか) after a long explanation; no IDs given yet")

    # 007 owner's reply with IDs (Japanese, Gmail-style quoting)
    d = "Wed, 04 Dec 2024 12:37:15 +0900"
    quoted = "つきましては、お手数をおかけいたしますが、それぞれのアカウントの候補ID\n" \
             "（「AWS」で始まる英数字）と、各アカウントへのサインイン方法\n" \
             "（AWS Builder ID、AWS Partner Central 経由など）をお知らせいただけますでしょうか。\n\n大西\n" \
             "AWS トレーニングと認定 カスタマーサービス"
    body = """大西様

ご連絡ありがとうございます。神崎です。
2つのアカウントの情報は以下のとおりです。

1. %s  … Builder ID（会社用メールアドレス）でサインイン。資格はこちらに入っています。
2. %s  … AWS Partner Central からのSSOでサインインした際に作成されたもの。

残すのは1のアカウントでお願いします。

神崎

2024年12月4日(水) 11:02 <%s>:
%s
""" % (ID_OLD, ID_SSO, TC_FORM, quote(quoted))
    add([("Date", d), ("From", addr(ME_NAME_JA, ME_WORK)), ("To", TC_FORM),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-reply1", "tessera-sys.co.jp")),
         ("In-Reply-To", mid("D-info", "email.amazonses.com")),
         ("References", mid("D-ack", "email.amazonses.com") + " " + mid("D-info", "email.amazonses.com")),
         ("X-Mailer", "Tessera Webmail 4.2")],
        leaf(body), "user_reply", False, CASE_D, [ID_OLD, ID_SSO],
        "owner answers case D with two candidate IDs",
        "owner's own mail; 'Re: RE:' subject; quoted support request below")

    # 008 AWS billing statement (same sender as console cases)
    d = "Thu, 05 Dec 2024 03:14:27 +0000"
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
5567, is available on the AWS web site. Your account will be charged the following:

Total: $4.18

[AWS ID 482911305567]

You can see a complete break down of all charges on the Billing & Cost Management page
located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210.
"""
    add([rx(PERSONAL_MX, "a9-15.smtp-out.amazonses.com", "54.240.9.15", d),
         auth(PERSONAL_MX, "amazon.com", "0100018b@amazonses.com", "amazon.com", ip="54.240.9.15"),
         ("Date", d), ("From", addr("Amazon Web Services", AWS_NOREPLY)), ("To", ME_PERSONAL),
         ("Subject", "Amazon Web Services Billing Statement Available [Account: 482911305567]"),
         ("Message-ID", mid("bill-dec", "email.amazonses.com"))],
        leaf(txt, cte="7bit"), "unrelated", False, None, [],
        "AWS billing statement", "same sender as console cases; 12-digit account id")
