"""Messages: late Jan - Feb 2025 (after case M; case J on same-address duplicates, with duplicate J2)."""
from datetime import timedelta
from gen_part1 import *  # noqa: F401,F403
from gen_part3 import IDS, M_SUBJ

J_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_J
J2_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_J2

# 37 Credly after the merge ------------------------------------------------------
d = dt(2025, 1, 21, 8, 40, 3, UTC)
add("badge", False, None, [], build([
    received("mx1.messagingengine.com", "o2.ptr8841.credly.com", "167.89.101.45", d),
    auth_fastmail("credly.com", mailfrom="bounces+2271@em.credly.com"),
    ("From", addr("Credly", CREDLY)), ("To", ME),
    ("Subject", "You have 4 badges waiting to be accepted"),
    ("Date", date_h(d)), ("Message-ID", "<%s@geopod-ismtpd-7>" % hexid(22, "badge2"))],
    multi("alternative",
          text("""Hi Aoi,

Amazon Web Services Training and Certification has issued badges to aoi.kurosawa@fastmail.com:

 - AWS Certified Security - Specialty
 - AWS Certified Developer - Associate
 - AWS Certified Solutions Architect - Associate
 - AWS Certified Cloud Practitioner

Accept them to add them to your profile: https://www.credly.com/earner/earned

Credly
""", cte="7bit", charset="us-ascii"),
          text("<html><body><h2>Hi Aoi,</h2><p>You have <b>4 badges</b> waiting to be accepted.</p>"
               "<p><a href='https://www.credly.com/earner/earned'>View and accept</a></p></body></html>", subtype="html"))),
    "Credly: badges re-issued to personal address", "arrives right after the merge; asks to accept", d)

# 38 Survey for case M ---------------------------------------------------------------
d = dt(2025, 1, 22, 3, 0, 17, UTC)
add("survey", False, CASE_M, [], build([
    received("mx3.messagingengine.com", "a8-52.smtp-out.amazonses.com", "54.240.8.52", d),
    auth_fastmail("amazon.com", mailfrom="0100019486@amazonses.com"),
    ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")), ("To", ME),
    ("Subject", "How did we do? Your feedback on case %s" % CASE_M),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "m-survey"))],
    multi("alternative",
          text("""Hello,

Your recent case with AWS Training and Certification (case %s) was marked as resolved.

Would you tell us how we did? The survey has three questions and takes about two minutes:
https://survey.aws.training/s/%s

Replies to this message are not monitored. If you still need help with this request, reply to the
original case email instead.

AWS Training and Certification
""" % (CASE_M, hexid(12, "svm")), cte="quoted-printable"),
          text("<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (case %s) was marked as resolved.</p>"
               "<p>How satisfied were you? <a href='https://survey.aws.training/s/%s?r=5'>5</a> <a href='https://survey.aws.training/s/%s?r=4'>4</a> "
               "<a href='https://survey.aws.training/s/%s?r=3'>3</a> <a href='https://survey.aws.training/s/%s?r=2'>2</a> <a href='https://survey.aws.training/s/%s?r=1'>1</a></p>"
               "</body></html>" % ((CASE_M,) + (hexid(12, "svm"),) * 5), subtype="html"))),
    "Survey for case M", "case number in subject; conditional 'if you still need help'", d)

# 39 Owner's farewell mail (sent) ---------------------------------------------------
d = dt(2025, 1, 24, 17, 45, 0)
add("user_reply", False, None, [], build([
    ("From", addr(ME_JA, CO, "iso-2022-jp")), ("To", "all@hanamizuki-tech.co.jp"),
    ("Subject", hv("退職のご挨拶(黒沢)", "iso-2022-jp")), ("Date", date_h(d)),
    ("Message-ID", "<TYCPR01MB8842%s@TYCPR01MB8842.jpnprd01.prod.outlook.com>" % hexid(10, "bye").upper()),
    ("Content-Language", "ja-JP")],
    text("""皆さま

お疲れさまです。開発部の黒沢です。
1月31日をもちまして退職することになりました。在職中は大変お世話になりました。

AWS 認定の取得では会社の支援に本当に助けられました。
今後のご連絡は個人アドレス aoi.kurosawa@fastmail.com までお願いいたします。

皆さまのご活躍をお祈りしております。

黒沢 葵
""", charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "Owner's farewell mail to the company", "written by the owner but belongs to no case", d)

# 40 CertMetrics program feedback invitation -----------------------------------------------
d = dt(2025, 1, 27, 18, 2, 0, UTC)
add("certification", False, None, [], build([
    received("mx2.messagingengine.com", "mta-204.certmetrics.com", "198.51.100.204", d),
    auth_fastmail("certmetrics.com", mailfrom="bounce@certmetrics.com"),
    ("From", addr("AWS Certification", CERTM)), ("To", ME),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Date", date_h(d)), ("Message-ID", "<%s@certmetrics.com>" % hexid(24, "hear"))],
    text("""Hello Aoi,

As an AWS Certified individual, you are invited to share your opinion on how our exams reflect the
work you do. The questionnaire takes about 10 minutes and is open until February 14:

https://www.certmetrics.com/amazon/survey/?c=22719

Your answers are confidential and are used only to improve AWS Certification exams.

AWS Training and Certification
""", cte="7bit", charset="us-ascii")),
    "CertMetrics: program feedback invitation", "a survey, but about the certification program, not a case", d)

# 41 IT: company mailbox closes tonight -----------------------------------------------------
d = dt(2025, 1, 31, 9, 0, 0)
add("unrelated", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "TYAPR01MB3321.jpnprd01.prod.outlook.com", "2603:1096:404:2::7", d),
    ("From", addr("情報システム部", "it-support@hanamizuki-tech.co.jp", "iso-2022-jp")), ("To", CO),
    ("Subject", hv("【情報システム部】本日23:59にメールアカウントを停止します", "iso-2022-jp")),
    ("Date", date_h(d)), ("Message-ID", "<TYAPR01MB3321%s@TYAPR01MB3321.jpnprd01.prod.outlook.com>" % hexid(12, "it").upper())],
    text("""黒沢 葵 様

退職に伴い、本日 23:59 に以下のアカウントを停止します。

 - メール: kurosawa-a@hanamizuki-tech.co.jp
 - Microsoft 365 / Slack / GitHub Organization

停止後は受信したメールを確認できません。必要なデータは本日中に退避してください。
本メールへの返信は不要です。

情報システム部
""", charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "IT: company mailbox closes tonight", "internal, Japanese, no reply needed", d)

# 42 New employer asks for the candidate ID --------------------------------------------------
d = dt(2025, 2, 3, 10, 15, 40)
add("unrelated", False, None, [], build([
    received("mx5.messagingengine.com", "mail-sor-f41.google.com", "209.85.220.41", d),
    auth_fastmail("orbitale.io", mailfrom="people@orbitale.io"),
    ("From", addr("Orbitale People Team", "people@orbitale.io")), ("To", ME),
    ("Subject", "Welcome to Orbitale - a few things before Monday"),
    ("Date", date_h(d)), ("Message-ID", "<CAH7x%s@mail.gmail.com>" % hexid(20, "orb"))],
    text("""Hi Aoi,

Welcome aboard! A few things before your first day:

1. Sign the NDA in the HR portal.
2. We are an AWS Select Tier Services Partner. Could you send us the candidate ID of your AWS
   Certification account (it looks like AWS followed by eight digits) and the email on that account,
   so we can link your certifications to our Partner Central? No rush, end of next week is fine.

See you Monday!
Léa, People Team
""", cte="quoted-printable")),
    "New employer asks for candidate ID", "a request about certification, but from a company, not support", d)

# 43 Amazon.co.jp shipment --------------------------------------------------------------------
d = dt(2025, 2, 4, 12, 30, 2)
add("unrelated", False, None, [], build([
    received("mx5.messagingengine.com", "a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", d),
    auth_fastmail("amazon.co.jp", mailfrom="0101@us-west-2.amazonses.com"),
    ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME),
    ("Subject", hv("Amazon.co.jp ご注文の商品を発送しました")),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "amzjp"))],
    text("""黒沢 葵 様

ご注文いただいた商品を発送しました。

注文番号: 250-4471938-2210457
商品: AWS認定 ソリューションアーキテクト アソシエイト 教科書 第3版
お届け予定: 2月6日(木)

Amazon.co.jp をご利用いただき、ありがとうございました。
""", cte="base64")),
    "Amazon.co.jp shipment (study book)", "Amazon sender, certification words, order number", d)

# 44 Case J acknowledgement, Japanese template (ISO-2022-JP), form text with candidate IDs ----------
d = dt(2025, 2, 6, 12, 48, 2, UTC)
IDS["j_ack"] = ses_msgid(d, "j-ack")
add("acknowledgement", False, CASE_J, [CID_ME, CID_DUP], build(
    tc_headers(d, J_SUBJ, ME, "j-ack"),
    text("""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース ID %s でお問い合わせを承りました。

担当者より通常 24 時間以内にご連絡いたします。内容によっては、調査にお時間をいただく場合がございます。
すでにケースを作成されている場合は、同じ内容で新しいケースを作成しないようお願いいたします。
このメールにご返信いただくと、既存のケースに追記されます。

お問い合わせ内容:
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
内容:
同じメールアドレス aoi.kurosawa@fastmail.com で AWS 認定アカウントが 2 つあります。
%s は Builder ID でサインインした際に誤って作成されたものです。
こちらを上記の候補 ID のアカウントに統合してください。Credly にバッジが表示されません。

AWS トレーニングと認定
""" % (CASE_J, CID_ME, CID_DUP), charset="iso-2022-jp", cte="7bit")),
    "Case J acknowledgement (Japanese, ISO-2022-JP)", "echoed form text holds two candidate IDs and 'please merge'", d)

# 45 Duplicate submission: case J2 acknowledgement (UTF-8 base64) ------------------------------
d = dt(2025, 2, 6, 12, 50, 41, UTC)
IDS["j2_ack"] = ses_msgid(d, "j2-ack")
add("acknowledgement", False, CASE_J2, [CID_DUP], build(
    tc_headers(d, J2_SUBJ, ME, "j2-ack"),
    text("""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース ID %s でお問い合わせを承りました。

担当者より通常 24 時間以内にご連絡いたします。
すでにケースを作成されている場合は、同じ内容で新しいケースを作成しないようお願いいたします。

お問い合わせ内容:
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
内容:
送信できたか分からなかったため再送します。同じメールアドレスの認定アカウント 2 つの統合をお願いします。

AWS トレーニングと認定
""" % (CASE_J2, CID_DUP), cte="base64")),
    "Case J2 acknowledgement: the same form sent twice", "second case for the same request, three minutes later", d)

# 46 Case J2 closed as duplicate of J ----------------------------------------------------------
d = dt(2025, 2, 7, 1, 33, 20, UTC)
add("case_update", False, CASE_J2, [], build(
    tc_headers(d, J2_SUBJ, ME, "j2-dup", inreply=IDS["j2_ack"]),
    text("""Hello,

This case duplicates case %s, which was opened a few minutes earlier for the same request. To
keep everything in one place I have closed this one; our team will continue to help you on case
%s.

There is no need to reply here.

Daniel K.
AWS Training and Certification
""" % (CASE_J, CASE_J), cte="7bit", charset="us-ascii")),
    "Case J2 closed as a duplicate of J", "body names the other case twice; 'closed' but not for lack of reply", d)

# 47 GitHub review request ---------------------------------------------------------------------
d = dt(2025, 2, 7, 16, 5, 12)
add("unrelated", False, None, [], build([
    received("mx4.messagingengine.com", "out-28.smtp.github.com", "192.30.252.211", d),
    auth_fastmail("github.com", mailfrom="noreply@github.com"),
    ("From", addr("Marius Brandt", "notifications@github.com")), ("To", "orbitale/platform <platform@noreply.github.com>"),
    ("Cc", "Aoi Kurosawa <aoi-kurosawa@noreply.github.com>, Review requested <review_requested@noreply.github.com>"),
    ("Subject", "[orbitale/platform] Consolidate IAM Identity Center accounts (PR #88)"),
    ("Date", date_h(d)), ("Message-ID", "<orbitale/platform/pull/88@github.com>"),
    ("X-GitHub-Reason", "review_requested")],
    text("""@mbrandt requested your review on: orbitale/platform#88 Consolidate IAM Identity Center accounts.

This merges the two sandbox accounts into one organisation unit. Can you confirm the account list in
accounts.tf before I merge?

--
Reply to this email directly or view it on GitHub:
https://github.com/orbitale/platform/pull/88
You are receiving this because your review was requested.
""", cte="7bit", charset="UTF-8")),
    "GitHub review request", "'confirm the account list before I merge'", d)

# 48 Case J information request, Japanese keigo (ISO-2022-JP) -------------------------------------
d = dt(2025, 2, 8, 6, 2, 51, UTC)
IDS["j_req"] = ses_msgid(d, "j-req")
J_REQ = """黒沢 様

AWS トレーニングと認定サポートの中村でございます。
お問い合わせいただいた 2 つの認定アカウントについて確認いたしました。

統合作業を進めるにあたり、以下の 2 点を確認させていただけますでしょうか。

1. Credly にご登録のメールアドレス
2. それぞれのアカウントへのサインイン方法(AWS Builder ID または Amazon アカウント)

ご返信をいただき次第、手続きを進めてまいります。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

中村
AWS トレーニングと認定
"""
add("info_request", True, CASE_J, [], build(
    tc_headers(d, J_SUBJ, ME, "j-req", inreply=IDS["j_ack"]),
    text(J_REQ, charset="iso-2022-jp", cte="7bit")),
    "Case J: agent asks two questions in Japanese keigo", "request as 確認させていただけますでしょうか, ISO-2022-JP", d)

# 49 Fastmail renewal ----------------------------------------------------------------------------
d = dt(2025, 2, 10, 22, 0, 0, UTC)
add("unrelated", False, None, [], build([
    received("mx1.messagingengine.com", "billing.fastmail.com", "103.168.172.10", d),
    auth_fastmail("fastmail.com", mailfrom="billing@fastmail.com", policy="none"),
    ("From", addr("Fastmail", "billing@fastmail.com")), ("To", ME),
    ("Subject", "Your Fastmail subscription renews in 14 days"),
    ("Date", date_h(d)), ("Message-ID", "<%s@fastmail.com>" % hexid(16, "fmbill"))],
    text("""Hi Aoi,

Your Standard plan renews on 24 February 2025 for USD 60.00 (annual). Nothing to do if your card is
up to date. To change plans, go to Settings > Billing.

Fastmail
""", cte="7bit", charset="us-ascii")),
    "Mail provider renewal notice", "billing mail, no case", d)

# 50 Japanese phishing about a 'pending merge' ----------------------------------------------------
d = dt(2025, 2, 12, 8, 19, 33)
add("suspicious", False, None, [], build([
    received("mx6.messagingengine.com", "smtp.aws-certification-jp.com", "103.75.117.30", d),
    auth_fastmail("aws-certification-jp.com", dkim="none", spf="softfail", dmarc="none",
                  mailfrom="support@aws-certification-jp.com", policy="none"),
    ("From", addr("AWS認定サポート", "support@aws-certification-jp.com")), ("To", ME),
    ("Subject", hv("【重要】AWS認定アカウントの統合手続きが保留されています")),
    ("Date", date_h(d)), ("Message-ID", "<%s@aws-certification-jp.com>" % hexid(18, "jph"))],
    text("""<html><body>
<p>お客様各位</p>
<p>お客様の AWS 認定アカウントの統合手続きは、本人確認が完了していないため保留されています。</p>
<p>48 時間以内に下記よりサインインし、本人確認を完了してください。完了されない場合、取得済みの認定はすべて失効します。</p>
<p><a href="https://aws-certification-jp.com/signin">本人確認を行う</a></p>
<p>または、本メールにご登録のメールアドレスとパスワードをご返信ください。</p>
<p>AWS 認定サポート</p></body></html>""", subtype="html", cte="base64")),
    "Japanese phishing: 'merge on hold, verify'", "timed with the real case J; lookalike .jp domain, soft-fail", d)

# 51 Case J closing notice (English) quoting the Japanese request --------------------------------------
d = dt(2025, 2, 13, 2, 5, 10, UTC)
IDS["j_close"] = ses_msgid(d, "j-close")
J_CLOSE = """Hello,

We are following up on case %s. On February 8 we asked for a few details and have not heard back
yet.

If we do not receive a response within 3 business days, this case will be closed. Replying to this
email keeps it open; after closure, a reply within 14 days reopens it.

AWS Training and Certification
""" % CASE_J
add("closing_notice", True, CASE_J, [], build(
    tc_headers(d, J_SUBJ, ME, "j-close", inreply=IDS["j_req"]),
    text(J_CLOSE + "\n---------- Previous message ----------\n" + J_REQ, cte="quoted-printable")),
    "Case J closing notice", "English notice over quoted Japanese request; deadline wording, no question", d)
