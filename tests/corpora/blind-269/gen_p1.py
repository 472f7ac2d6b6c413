"""Part 1: autumn 2023, case D (Japanese, duplicate accounts on the old Gmail address,
reaching the personal mailbox through Gmail's automatic forwarding)."""
from gen_lib import *

SD = "RE:[CASE %s] %s" % (CASE_D, SUBJ_FORM)

# 001 ack, ISO-2022-JP, via Gmail forwarding
d = "Mon, 30 Oct 2023 02:41:17 +0000"
t = """西村 遥 様

AWS トレーニングと認定へのお問い合わせをありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

【ケースの内容】
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
件名: Credly にバッジが表示されない / 同じメールアドレスで認定アカウントが 2 つある

担当者より、通常は 24 時間以内を目安にご連絡いたします。調査内容によっては
もう少しお時間をいただく場合がございます。
本件についてはこのケースでご対応いたしますので、同じご用件で新たに
フォームを送信されませんようお願い申し上げます。

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
""" % CASE_D
hd = gmail_fwd(ses_headers(TC_FORM, ME_OLD, SD, d, "d-ack", dest=ME_OLD), d)
add(build(hd, text_part(t, "iso-2022-jp", "7bit")), "acknowledgement", False, CASE_D, [],
    "Case D opened (Japanese), old Gmail auto-forwarded to personal",
    "ISO-2022-JP; arrives by Gmail forwarding (X-Forwarded-For), To: is the old address; asks not to file again")

# 003 info request, Japanese keigo, multipart/alternative base64, via Gmail forwarding
d = "Tue, 31 Oct 2023 09:22:05 +0000"
t = """西村 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐々木です。

お調べしたところ、%s でご登録のアカウントが 2 件見つかりました。
片方は 2019 年に作成されたもの、もう片方は今年 AWS Builder ID で
サインインされた際に新しく作成されたものと思われます。
このため、新しい方のアカウントに紐づいた Credly 連携では、
以前取得された認定のバッジが表示されない状態になっております。

統合作業を進めるにあたり、両方のアカウントの候補 ID（「AWS」から始まる
番号で、認定アカウント画面の右上に表示されます）を本メールへの
ご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、よろしくお願いいたします。

佐々木
AWS トレーニングと認定
""" % ME_OLD
html = "<html><body style=\"font-family:Meiryo,sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>"
body = multipart("alternative", [text_part(t, "utf-8", "base64"),
                                 text_part(html, "utf-8", "base64", "html")], "----=_Part_5521_1043")
hd = gmail_fwd(ses_headers(TC_FORM, ME_OLD, SD, d, "d-req1", dest=ME_OLD), d)
REQ_D = t
add(build(hd, body), "info_request", True, CASE_D, [],
    "Case D: support asks for both candidate IDs (keigo)",
    "request at the end after a long explanation; polite ~いただけますでしょうか; base64 both parts; via Gmail forwarding")

# 004 note to self
d = "Tue, 31 Oct 2023 21:48:30 +0900"
t = """旧: AWS03317265 (2019〜、SAA/DVA ここ)
新: AWS05829104 (Builder ID で勝手にできた方、空っぽ)

サポートへの返事は旧の方を残す、で書く。
"""
hd = [("Delivered-To", ME_PERSONAL), ("MIME-Version", "1.0"),
      ("From", addr("西村 遥", ME_PERSONAL)), ("To", ME_PERSONAL),
      ("Subject", h("メモ 候補ID")), ("Date", d), ("Message-ID", mid("d-note", "gmail"))]
add(build([x for x in hd if x[0] != "MIME-Version"], text_part(t, "utf-8", "base64")),
    "user_reply", False, None, ["AWS03317265", "AWS05829104"],
    "Owner's note to self with both candidate IDs",
    "from and to the owner; no case number; candidate IDs in own text")

# 005 owner replies from the personal address (wrong address for this case)
d = "Tue, 31 Oct 2023 22:03:12 +0900"
q = "2023年10月31日(火) 18:22 Amazon Web Services <%s>:\n" % TC_FORM
t = """佐々木様

ご連絡ありがとうございます。候補IDは以下の2つです。

・AWS03317265（2019年から使っているアカウント。こちらを残したいです）
・AWS05829104（今年できてしまったアカウント）

よろしくお願いいたします。
西村

""" + q + quote_gt(REQ_D)
REP_D = t
hd = [("Delivered-To", ME_PERSONAL), ("From", addr("西村 遥", ME_PERSONAL)), ("To", TC_FORM),
      ("Subject", SD), ("Date", d), ("Message-ID", mid("d-rep1", "gmail")),
      ("In-Reply-To", mid("d-req1", "ses")), ("References", mid("d-req1", "ses"))]
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "user_reply", False, CASE_D,
    ["AWS03317265", "AWS05829104"],
    "Owner's reply with candidate IDs, sent from the personal address",
    "owner's sent mail with quoted request below (quoted request must not count)")

# 002 Skill Builder receipt
d = "Wed, 01 Nov 2023 00:05:44 +0000"
t = """Thank you for your purchase.

AWS Skill Builder Individual subscription - monthly
Order number: SB-2023-11-88213745
Amount charged: USD 29.00
Billing period: Nov 1, 2023 - Nov 30, 2023

Your subscription renews automatically. You can cancel any time from
Account > Subscriptions.

AWS Skill Builder
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d),
      gauth("aws.training", "bounce@aws.training", dkim_d="aws.training"),
      ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_PERSONAL),
      ("Subject", "Your AWS Skill Builder receipt"), ("Date", d), ("Message-ID", mid("sb1", "aws.training"))]
add(build(hd, text_part(t, "utf-8", "7bit")), "unrelated", False, None, [],
    "Skill Builder subscription receipt", "AWS training sender, order number looks like an ID")

# 006 wrong-address request, via Gmail forwarding
d = "Wed, 01 Nov 2023 03:10:40 +0000"
t = """西村 様

ご返信ありがとうございます。

大変恐縮ですが、アカウント保護の観点から、ケースにご登録の
メールアドレス以外から届いたご連絡をもとに統合作業を行うことが
できかねます。

お手数ですが、%s から本メールに返信する形で、
同じ内容を改めてお送りください。確認でき次第、作業を進めてまいります。

佐々木
AWS トレーニングと認定

-----Original Message-----
From: %s
Sent: 2023/10/31 13:03
To: %s
Subject: %s

""" % (ME_OLD, ME_PERSONAL, TC_FORM, SD) + quote_gt(REP_D.split("\n\n" + q)[0])
hd = gmail_fwd(ses_headers(TC_FORM, ME_OLD, SD, d, "d-req2", dest=ME_OLD,
                           irt=mid("d-rep1", "gmail"),
                           refs=mid("d-req1", "ses") + " " + mid("d-rep1", "gmail")), d)
add(build(hd, text_part(t, "utf-8", "quoted-printable")), "info_request", True, CASE_D, [],
    "Case D: write again from the registered (old Gmail) address",
    "ask is to re-send from another address; candidate IDs only in quoted history")

# 007 GitHub merged
d = "Thu, 02 Nov 2023 05:31:09 +0000"
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitsune-sys/infra-modules/pull/412#event-10834412
You are receiving this because you were mentioned.
"""
hd = [("Delivered-To", ME_PERSONAL), received_gmail(ME_PERSONAL, d, "out-21.smtp.github.com", "192.30.252.204"),
      gauth("github.com", "noreply@github.com", ip="192.30.252.204"),
      ("From", addr("Kenta Tanaka", "notifications@github.com")), ("Reply-To", "kitsune-sys/infra-modules <reply+AB3K2@reply.github.com>"),
      ("To", "kitsune-sys/infra-modules <infra-modules@noreply.github.com>"), ("Cc", "Mention <mention@noreply.github.com>"),
      ("Subject", "Re: [kitsune-sys/infra-modules] Merge certification account module outputs (PR #412)"),
      ("Date", d), ("Message-ID", "<kitsune-sys/infra-modules/pull/412/issue_event/10834412@github.com>"),
      ("In-Reply-To", "<kitsune-sys/infra-modules/pull/412@github.com>"), ("List-ID", "kitsune-sys/infra-modules <infra-modules.kitsune-sys.github.com>")]
add(build(hd, text_part(t, "utf-8", "7bit")), "unrelated", False, None, [],
    "GitHub: PR merged", "'merged', 'certification account' in subject")

# 008 closing notice in English, via Gmail forwarding
d = "Sat, 04 Nov 2023 08:02:51 +0000"
t = """Hello,

I am following up on case %s. We asked on November 1 for a reply sent from
the email address on the case (%s) and have not received one yet.

Unless we hear from that address within the next 3 business days, this case will be
closed. A reply to this message before then keeps it open; after that, simply
replying will reopen it.

Best regards,
Malik R.
AWS Training and Certification Customer Service
""" % (CASE_D, ME_OLD)
hd = gmail_fwd(ses_headers(TC_FORM, ME_OLD, "RE: [CASE %s] %s" % (CASE_D, SUBJ_FORM), d, "d-close", dest=ME_OLD,
                           irt=mid("d-req2", "ses")), d)
add(build(hd, text_part(t, "us-ascii", "7bit")), "closing_notice", True, CASE_D, [],
    "Case D closing warning (English agent on a Japanese case)",
    "'RE: [CASE' spacing; switches language; via Gmail forwarding")

# 009 resolved, ISO-2022-JP, quotes old request
d = "Tue, 07 Nov 2023 01:15:26 +0000"
t = """西村 様

ご登録のアドレスからのご返信を確認いたしました。ありがとうございます。

2 つの認定アカウントを AWS03317265 に統合いたしました。試験履歴と
認定はすべてこちらのアカウントでご確認いただけます。Credly のバッジは
数時間ほどで反映される見込みです。

ほかにご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定

-----Original Message-----
From: %s
Sent: 2023/11/01 12:10
Subject: %s

> お手数ですが、%s から本メールに返信する形で、
> 同じ内容を改めてお送りください。
""" % (TC_FORM, SD, ME_OLD)
hd = gmail_fwd(ses_headers(TC_FORM, ME_OLD, SD, d, "d-done", dest=ME_OLD), d)
add(build(hd, text_part(t, "iso-2022-jp", "7bit")), "resolved", False, CASE_D, ["AWS03317265"],
    "Case D: accounts merged (Japanese)",
    "quotes the earlier request; conditional 'ご不明な点がございましたら' invitation; ISO-2022-JP")

# 010 Credly badge via Gmail forwarding
d = "Tue, 07 Nov 2023 04:40:02 +0000"
t = """Haruka,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn and with your network.
https://www.credly.com/badges/2c9a7d1e-44b0-4a8e-9f61-0b3e51d7c2aa

The Credly Team
"""
hd = gmail_fwd([("Delivered-To", ME_OLD), received_gmail(ME_OLD, d, "o1.email.credly.com", "167.89.23.11"),
                gauth("credly.com", "bounces@email.credly.com", ip="167.89.23.11"),
                ("From", addr("Credly", "admin@credly.com")), ("To", ME_OLD),
                ("Subject", "Haruka, you've earned a badge from Amazon Web Services Training and Certification"),
                ("Date", d), ("Message-ID", mid("d-credly", "credly.com"))], d)
add(build(hd, text_part(t, "utf-8", "7bit")), "badge", False, None, [],
    "Credly badge after merge", "badge UUID in link; via Gmail forwarding")

# 011 survey, HTML only
d = "Wed, 08 Nov 2023 02:00:12 +0000"
html = """<html><body><table width="600" style="font-family:Arial"><tr><td>
<p>ケース %s についてのご意見をお聞かせください</p>
<p>先日のお問い合わせへの対応はいかがでしたか。以下から 1 分ほどのアンケートにご協力ください。</p>
<p><a href="https://survey.aws.training/s/cs?case=%s&amp;r=5">とても満足</a> |
<a href="https://survey.aws.training/s/cs?case=%s&amp;r=1">不満</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用です。</p>
</td></tr></table></body></html>""" % (CASE_D, CASE_D, CASE_D)
hd = gmail_fwd(ses_headers("aws-tc-feedback@amazon.com", ME_OLD, "AWS トレーニングと認定 サポートに関するアンケート",
                           d, "d-survey", dest=ME_OLD, name="AWS トレーニングと認定"), d)
hd = [(k, addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com") if k == "From" else v) for k, v in hd]
add(build(hd, text_part(html, "utf-8", "quoted-printable", "html")), "survey", False, CASE_D, [],
    "Satisfaction survey for case D (HTML only, Japanese)", "case number only in body and links")
