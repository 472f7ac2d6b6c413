# Part 1: early February 2025 - the reopened 2023 case (D) and the mail around it.
from gen_common import *

# --- certification expiry notice (CertMetrics) -------------------------
d = when("2025-02-03 09:12:40")
plain = """AWS Certification

Hello Aiko Brandt,

Your AWS Certified Solutions Architect - Associate certification is set to
expire on June 14, 2025 (120 days from today).

Candidate ID: %s

Ways to keep your certification active:
  * Pass the current version of the exam, or
  * Earn a higher-level certification in the same path
    (for example AWS Certified Solutions Architect - Professional).

Review your certification status:
https://www.aws.training/Certification

You are receiving this notification because you hold an active AWS
Certification. Manage notification preferences in your certification account.

AWS Training and Certification
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
""" % CAND_OLD
html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">AWS Certification</h2>
<p>Hello Aiko Brandt,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification is set to expire on
<b>June 14, 2025</b> (120 days from today).</p>
<p>Candidate ID: %s</p>
<p>Ways to keep your certification active:</p>
<ul><li>Pass the current version of the exam, or</li>
<li>Earn a higher-level certification in the same path (for example AWS Certified Solutions
Architect - Professional).</li></ul>
<p><a href="https://www.aws.training/Certification">Review your certification status</a></p>
<p style="font-size:11px;color:#666">You are receiving this notification because you hold an
active AWS Certification.</p></body></html>""" % CAND_OLD
m = build(alt(plain, html), frm="AWS Certification <do-not-reply@certmetrics.com>",
          to=addr("Aiko Brandt", ME_COMPANY),
          subject="Your AWS Certification expires in 120 days", date=d,
          msgid=mid("p1-expiry", "certmetrics.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("X-Forwarded-For", "%s %s" % (ME_COMPANY, ME_PERSONAL)),
               ("Authentication-Results", auth_gmail("certmetrics.com", sender_ip="23.253.182.105"))])
add(d, m, L("certification", cands=[CAND_OLD]),
    "CertMetrics expiry reminder to the company address; tells the person what to do (recertify) but it is program mail, not a case; candidate ID in body", crlf=True)

# --- GitHub: a merged pull request --------------------------------------
d = when("2025-02-04 17:55:02")
plain = """Merged #218 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/seitosha/infra-modules/pull/218#event-16022318841
You are receiving this because you were mentioned.

Message ID: <seitosha/infra-modules/pull/218/issue_event/16022318841@github.com>
"""
html = """<p>Merged <a href="https://github.com/seitosha/infra-modules/pull/218">#218</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly,
<a href="https://github.com/seitosha/infra-modules/pull/218#event-16022318841">view it on GitHub</a>.<br />
You are receiving this because you were mentioned.</p>"""
m = build(alt(plain, html, cte="7bit"),
          frm='"Daichi Hara" <notifications@github.com>',
          to="seitosha/infra-modules <infra-modules@noreply.github.com>",
          cc="Aiko Brandt <brandt-aiko@noreply.github.com>, Mention <mention@noreply.github.com>",
          reply_to="seitosha/infra-modules <reply+AABX4QF7Z2@reply.github.com>",
          subject="Re: [seitosha/infra-modules] Merge account-baseline module into main; consolidate member accounts (PR #218)",
          date=d, msgid="<seitosha/infra-modules/pull/218/issue_event/16022318841@github.com>",
          in_reply_to="<seitosha/infra-modules/pull/218@github.com>",
          references="<seitosha/infra-modules/pull/218@github.com>",
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("github.com", sender_ip="192.30.252.201"))],
          extra=[("List-ID", "seitosha/infra-modules <infra-modules.seitosha.github.com>"),
                 ("X-GitHub-Reason", "mention")])
add(d, m, L("unrelated"), "GitHub 'Merged' notification about merging/consolidating accounts in code; not a merge of certification accounts")

# --- the owner reopens the 2023 case by replying to its last mail ----------
d = when("2025-02-05 10:41:18")
old = """From: AWS Training and Certification <%s>
Sent: Thursday, June 15, 2023 3:12 AM
To: Aiko Brandt <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

Hello Aiko,

Thank you for your patience. The expiration date of your AWS Certified
Solutions Architect - Associate has been corrected to June 14, 2025 and the
updated certificate is available in your certification account (%s).

We consider this case resolved. If you need anything else, you are welcome to
reply to this email.

Best regards,
Gwen
AWS Training and Certification Customer Service""" % (TC_FORM, ME_COMPANY, CASE_D, CAND_OLD)
plain = """Hello,

I am writing on this old case again because it seems the same kind of problem
has come back.

On January 28, 2025 I passed AWS Certified Solutions Architect - Professional
(candidate ID %s, same account as below). As far as I understand, this
should also renew my Associate certification, but the Associate still shows
June 14, 2025 as the expiration date, and I received a reminder this week that
it expires in 120 days.

Could the Associate expiry be updated to match the Professional? I can send
the score report if that helps.

Kind regards,
Aiko Brandt
Seitosha Cloud Integration K.K.

________________________________
%s
""" % (CAND_OLD, old)
m = build(text(plain, cte="qp"), frm=addr("Aiko Brandt", ME_COMPANY), to=TC_FROM,
          subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
          date=d, msgid=outlook_mid("p1-reopen"),
          in_reply_to=ses_mid("2023-d-resolved"), references=ses_mid("2023-d-resolved"),
          extra=[("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D),
                 ("Thread-Index", "AdtzS1Y0kq2mQ9cXR3eVqk0m8JzP2w=="),
                 ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                 ("X-Forwarded-To", ME_PERSONAL)])
add(d, m, L("user_reply", case=CASE_D, cands=[CAND_OLD]),
    "Owner's own reply reopening a 2023 case (11-digit ID) from the company address; it asks support a question; quoted 2023 resolution under an Outlook separator holds the same candidate ID", crlf=True)

# --- Skill Builder receipt from the training platform ---------------------
d = when("2025-02-05 22:03:51")
plain = """Thank you for your purchase

Order number: SB-JP-20250205-118273
Product: AWS Skill Builder Individual subscription (monthly)
Amount charged: USD 29.00 (Visa ending 4417)
Billing period: Feb 5, 2025 - Mar 4, 2025

Your subscription renews automatically. You can cancel at any time from
Account settings > Subscription on skillbuilder.aws.

Questions about your order? Visit https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
This message was sent from an address that cannot receive replies.
"""
m = build(text(plain, cte="7bit"), frm="AWS Training and Certification <no-reply@aws.training>",
          to=ME_PERSONAL, subject="Your AWS Skill Builder receipt (SB-JP-20250205-118273)", date=d,
          msgid=mid("p1-sb-receipt", "aws.training"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("aws.training", sender_ip="54.240.27.12"))])
add(d, m, L("unrelated"), "Skill Builder receipt from the training platform; sender name says 'Training and Certification' and it links the T&C contact form")

# --- case D: reopened, handed to another team -----------------------------
d = when("2025-02-06 07:26:05", UTC)
plain = """Hello Aiko,

Your case %s has been reopened following your reply.

I checked your certification account: the Associate certification still shows
June 14, 2025 as its expiration date. Renewal of a lower-level certification
through a higher-level exam is applied by our Certification Operations team, so
I have passed your case to them together with the details you provided. They will update you on this case
after their review.

Nothing else is needed from you at this point.

Regards,
Pieter V.
AWS Training and Certification Customer Service
""" % CASE_D
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_COMPANY,
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
          date=d, msgid=ses_mid("p1-d-reopened"),
          in_reply_to=outlook_mid("p1-reopen"), references=outlook_mid("p1-reopen"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com", p="QUARANTINE"))])
add(d, m, L("case_update", case=CASE_D),
    "Reopened case handed to another team; explicitly nothing needed; short")

# --- colleague: handover (ISO-2022-JP) -----------------------------------
d = when("2025-02-07 11:30:22")
plain = """ブラントさん

お疲れさまです、石井です。
3月末のご退職に向けて、引き継ぎの件でご相談です。

・お客様向けの AWS アカウント統合(Organizations への移行)の案件
・社内の認定資格取得支援の取りまとめ
の2点を、来週中に一度打ち合わせさせていただけますか。
候補日は 2/12(水)14時 か 2/13(木)10時 です。都合の良い方を教えてください。

石井
"""
m = build(text(plain, "plain", "iso-2022-jp"),
          frm=addr("石井 健太", "k.ishii@seitosha-ci.co.jp", "iso-2022-jp"),
          to=addr("ブラント 愛子", ME_COMPANY, "iso-2022-jp"),
          subject="引き継ぎの打ち合わせについて", subj_cs="iso-2022-jp", date=d,
          msgid=outlook_mid("p1-ishii-handover"),
          top=[("X-Forwarded-To", ME_PERSONAL)],
          extra=[("X-Mailer", "Microsoft Outlook 16.0")])
add(d, m, L("unrelated"), "Colleague in ISO-2022-JP asks for a meeting slot (a request, but not support); mentions account consolidation and certification")

# --- case D: support asks for details, Japanese keigo ---------------------
d = when("2025-02-10 05:02:47", UTC)
plain = """ブラント 愛子 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの森川でございます。

再開いただいたケース %s につきまして、認定運用チームより確認事項が
届きましたのでご連絡いたします。

2025年1月28日に受験された AWS Certified Solutions Architect - Professional
の受験記録が、認定アカウント %s と正しく紐付いていることを
まだ確認できておりません。

つきましては、お手数をおかけいたしますが、下記2点をご教示いただけますでしょうか。

  1. Pearson VUE の登録番号(Registration Number、9桁)
  2. 受験の予約時にサインインされていた認定アカウントのメールアドレス

確認が取れ次第、Associate 認定の有効期限の更新を進めてまいります。
ご回答のほど、何卒よろしくお願いいたします。

森川 紗奈
AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CAND_OLD)
html = "<html><body><div style=\"font-family:'Meiryo',sans-serif\">" + \
    "".join("<p>%s</p>" % (p.replace("\n", "<br>")) for p in plain.strip().split("\n\n")) + \
    "</div></body></html>"
m = build(alt(plain, html, cte="b64"), frm=TC_FROM, to=addr("ブラント 愛子", ME_COMPANY),
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
          date=d, msgid=ses_mid("p1-d-inforeq"),
          in_reply_to=ses_mid("p1-d-reopened"), references="%s %s" % (outlook_mid("p1-reopen"), ses_mid("p1-d-reopened")),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("info_request", True, CASE_D, [CAND_OLD]),
    "Support writes in Japanese keigo (〜ご教示いただけますでしょうか); asks for a 9-digit registration number and an address; base64 multipart")

# --- Builder ID one-time code ---------------------------------------------
d = when("2025-02-10 21:47:13")
plain = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    582 914

The code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can ignore this email.

Amazon Web Services
"""
m = build(text(plain, cte="7bit"), frm="AWS Builder ID <no-reply@signin.aws>", to=ME_PERSONAL,
          subject="Verify your AWS Builder ID email address", date=d,
          msgid=mid("p1-builderid", "signin.aws"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("signin.aws", sender_ip="54.240.11.88"))])
add(d, m, L("unrelated"), "Builder ID one-time code (6 digits) for the personal address; account setup, not a case")

# --- owner answers case D in Japanese, with a PDF ---------------------------
d = when("2025-02-11 09:15:30")
body = """森川様

ご連絡ありがとうございます。ブラントです。
ご質問の2点について、以下のとおり回答いたします。

1. 登録番号: 418273905
2. %s (候補ID %s)

念のため、スコアレポートのPDFを添付いたします。
お手数をおかけしますが、よろしくお願いいたします。

ブラント 愛子
株式会社セイトウシャ・クラウドインテグレーション

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年2月10日 14:02
宛先: ブラント 愛子 <%s>
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

ブラント 愛子 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの森川でございます。
(中略)
つきましては、お手数をおかけいたしますが、下記2点をご教示いただけますでしょうか。
  1. Pearson VUE の登録番号(Registration Number、9桁)
  2. 受験の予約時にサインインされていた認定アカウントのメールアドレス
""" % (ME_COMPANY, CAND_OLD, TC_FORM, ME_COMPANY, CASE_D)
pdf = b"%PDF-1.4\n% score report placeholder\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
m = build(mixed(text(body, cte="b64"), attachment(pdf, "application/pdf", "ScoreReport_SAP-C02_20250128.pdf")),
          frm=addr("ブラント 愛子", ME_COMPANY), to=TC_FROM,
          subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
          date=d, msgid=outlook_mid("p1-d-answer"),
          in_reply_to=ses_mid("p1-d-inforeq"),
          references="%s %s %s" % (outlook_mid("p1-reopen"), ses_mid("p1-d-reopened"), ses_mid("p1-d-inforeq")),
          extra=[("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "yes"), ("X-Forwarded-To", ME_PERSONAL)])
add(d, m, L("user_reply", case=CASE_D, cands=[CAND_OLD]),
    "Owner's Japanese answer with PDF attachment; 9-digit Pearson VUE number is not a case ID; Outlook Japanese header block (差出人/送信日時) quotes the request")

# --- AWS Summit marketing, HTML only, Japanese ------------------------------
d = when("2025-02-12 12:00:04")
html = """<html><body style="margin:0;background:#f2f3f3">
<table width="600" align="center" style="background:#ffffff;font-family:'Hiragino Sans',sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:18px"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td style="padding:18px">
<p>AWS Summit Japan 2025 の事前登録を受け付けています。</p>
<p>6月25日(水)・26日(木) 幕張メッセにて開催。基調講演、150を超えるセッション、
AWS 認定者限定ラウンジ(認定資格をお持ちの方はご登録時に認定番号をご入力ください)をご用意しています。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0212"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:12px">このメールは配信専用です。
配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社</td></tr></table></body></html>"""
m = build(text(html, "html", cte="qp"),
          frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"),
          to=ME_PERSONAL, subject="【AWS Summit Japan 2025】事前登録受付中 - 認定者ラウンジのご案内",
          date=d, msgid=mid("p1-summit", "marketo.org"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com", sender_ip="199.15.214.180"))],
          extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])
add(d, m, L("unrelated"), "AWS marketing, HTML only, Japanese; mentions certification holders and 'お問い合わせください' (conditional)")
