# Messages 1-13 (1 Oct - 7 Oct 2025)
from gen_lib import *


def ack_a_body():
    return """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has
been logged as case 175970966304217 and a member of our team will get back to
you. Most requests get a first response within one business day; some take
longer when we need to look into the records.

Please keep this case number. Opening another case for the same request does
not move it faster and can delay the answer, so if you want to add something,
simply reply to this email.

Summary of your submission
--------------------------
Case ID: 175970966304217
Inquiry type: Certification
Additional detail: Account Merge
Name: Mireille Tanabe
Email: m.tanabe@kitakaze-sys.co.jp
AWS Candidate ID: AWS03318472
Description:
I am leaving Kitakaze Systems at the end of this month and would like to merge
my certification account into my personal one. Addresses used:
m.tanabe@kitakaze-sys.co.jp (company, current) and mireille.tanabe@posteo.net
(new account, please keep this one).

Best regards,
AWS Training and Certification Customer Service
"""


MID_ACK_A = ses("99b7c1e2a4")


def messages():
    out = []

    # 1 Shift_JIS newsletter
    d = dt(2025, 10, 1, 7, 30, 12)
    body = leaf("text/plain", """田辺 ミレイユ 様

いつも「週刊クラウド通信」をご購読いただきありがとうございます。
第312号をお届けします。

■ 今週のトピック
1. 主要クラウド3社のストレージ料金改定まとめ
2. 認定資格の有効期限、見落としていませんか?
   更新試験までの逆算スケジュールの立て方
3. 読者アンケートご協力のお願い(所要3分・抽選で書籍プレゼント)

■ 編集後記
10月は異動・転職の季節。資格アカウントや各種サービスの登録メールアドレスが
会社のものになっていないか、今のうちに確認しておくのがおすすめです。

-----------------------------------------
配信停止・アドレス変更: https://kumo-tsushin.jp/mypage
発行: 週刊クラウド通信編集部
""", charset="shift_jis", cte="8bit")
    raw = message(d, addr("週刊クラウド通信", "news@kumo-tsushin.jp"), ME_P,
                  "【週刊クラウド通信】第312号 ストレージ料金改定まとめ ほか", body,
                  "<20251001073012.4471.news@kumo-tsushin.jp>",
                  top=in_posteo(d, "bounce-312@mail.kumo-tsushin.jp", "mail.kumo-tsushin.jp", "203.0.113.41",
                                "kumo-tsushin.jp", "kumo-tsushin.jp", qid="4cP1aa9kQ2"),
                  extra=["List-Unsubscribe: <https://kumo-tsushin.jp/unsub?u=88213>"],
                  subj_charset="iso-2022-jp")
    out.append(M(raw, "unrelated", False, None, [],
                 "Japanese tech newsletter (Shift_JIS, 8bit)",
                 "mentions certification expiry, changing registered addresses and a reader survey"))

    # 2 GitHub merged
    d = dt(2025, 10, 1, 10, 41, 3)
    txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitakaze-sys/terraform-modules/pull/212#event-14620938811
You are receiving this because your review was requested.
"""
    html = """<p>Merged <a href="https://github.com/kitakaze-sys/terraform-modules/pull/212">#212</a> into <code>main</code>.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kitakaze-sys/terraform-modules/pull/212#event-14620938811">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>
"""
    body = multi("alternative", [leaf("text/plain", txt), leaf("text/html", html)])
    raw = message(d, addr("Daichi Saeki", "notifications@github.com"),
                  "kitakaze-sys/terraform-modules <terraform-modules@noreply.github.com>",
                  "Re: [kitakaze-sys/terraform-modules] Merge account-baseline v2 into main (PR #212)", body,
                  "<kitakaze-sys/terraform-modules/pull/212/issue_event/14620938811@github.com>",
                  cc="Mireille Tanabe <%s>, Review requested <review_requested@noreply.github.com>" % ME_C,
                  irt="<kitakaze-sys/terraform-modules/pull/212@github.com>",
                  refs=["<kitakaze-sys/terraform-modules/pull/212@github.com>"],
                  top=in_m365(d, "<noreply@github.com>", "192.30.252.201", "github.com", "github.com"),
                  extra=["List-ID: kitakaze-sys/terraform-modules <terraform-modules.kitakaze-sys.github.com>",
                         "X-GitHub-Reason: review_requested"], eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [],
                 "GitHub: PR merged into main (company)", "the word 'Merged' in a notification"))

    # 3 certmetrics expiry
    d = dt(2025, 10, 1, 19, 5, 40)
    txt = """Hello Mireille,

Your AWS Certified Solutions Architect - Professional certification is due to
expire on 30 December 2025.

Candidate ID: AWS03318472
Validation number: Q7M2ZK1BX1E4QS9L

To keep it active, pass the current version of the exam before that date. You
have an unused 50% discount benefit in your AWS Certification Account that can
be applied when you schedule.

View your certifications: https://www.aws.training/Certification

AWS Certification
This message was sent from an unmonitored address.
"""
    html = "<html><body style=\"font-family:Arial\">" + "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in txt.strip().split("\n\n")) + "</body></html>"
    body = multi("alternative", [leaf("text/plain", txt, cte="quoted-printable"),
                                 leaf("text/html", html, cte="quoted-printable")])
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                  "Your AWS Certified Solutions Architect - Professional certification expires in 90 days",
                  body, "<e3c1f0a2.2025100110054.55219@certmetrics.com>",
                  top=in_m365(d, "<bounces+55219@em.certmetrics.com>", "167.89.100.14", "certmetrics.com", "certmetrics.com"),
                  eol="\r\n")
    out.append(M(raw, "certification", False, None, [CAND_CO],
                 "CertMetrics: SA Pro expires in 90 days (company address)",
                 "program mail with a candidate ID and a validation number; mentions a benefit"))

    # 4 HR exit checklist
    d = dt(2025, 10, 2, 9, 30, 5)
    txt = """Tanabe-san

お疲れさまです。人事部の守屋です。
退職日(10/31)までの手続きについてご案内します。 / Below is your exit checklist.

1. 退職届・秘密保持誓約書の提出(10/24まで)
   Signed resignation form and NDA by 24 Oct.
2. PC・社員証・入館カードの返却(10/31 17:00まで、総務カウンター)
   Return laptop, ID card and access card by 31 Oct 17:00.
3. 会社アドレスで登録している外部サービスの整理
   メールボックスは10/31 18:00に停止します。資格アカウント等を会社アドレスで
   登録している場合は、早めに個人アドレスへ移してください。
   The mailbox is switched off at 18:00 on 31 Oct.

ご不明点があればこのメールにご返信ください。

守屋 由佳 / Yuka Moriya
人事部 Human Resources | Kitakaze Systems株式会社
"""
    body = leaf("text/plain", txt, cte="base64")
    raw = message(d, addr("守屋 由佳", "y.moriya@kitakaze-sys.co.jp"), addr("田辺 ミレイユ", ME_C),
                  "【退職手続き】退職日までのお願い / Exit checklist", body,
                  "<TYWPR01MB1031284C2A9F1E0D4B7D2A1C6A0712@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  top=["Received: from TYWPR01MB10288.jpnprd01.prod.outlook.com by\n\tTYWPR01MB10312.jpnprd01.prod.outlook.com with HTTPS; " + rfcdate(d)],
                  extra=["Thread-Topic: =?utf-8?B?44CQ6YCA6IG35omL57aa44GN44CR?=",
                         "Thread-Index: AdwzK1f0c2Vq8m1TRg2v6m9oU1l3Ew==",
                         "Content-Language: ja-JP", "X-MS-Has-Attach: "], eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [],
                 "HR exit checklist, bilingual, base64 (colleague)",
                 "a real request and a 'reply to this email', a deadline and advice to move certification accounts, but not support"))

    # 5 AWS invoice
    d = dt(2025, 10, 2, 22, 14, 9)
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 18.42

Invoice ID: 2278416359
Account ID: 483920176652
Billing period: September 1 - September 30, 2025

You can see a complete break down of all charges on the Billing page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = leaf("text/plain", txt)
    raw = message(d, addr("Amazon Web Services Billing", "no-reply@tax-and-invoicing.us-east-1.amazonaws.com"), ME_P,
                  "Amazon Web Services Invoice Available [Account: 483920176652] [Invoice ID: 2278416359]", body,
                  "<01000199a8f02c11-2f0e6b5a-9d3c-4a61-8b2e-0c7d1e55aa10-000000@email.amazonses.com>",
                  top=in_posteo(d, "01000199a8f02c11@us-east-1.amazonses.com", "a8-30.smtp-out.amazonses.com",
                                "54.240.8.30", "amazonaws.com", "tax-and-invoicing.us-east-1.amazonaws.com", qid="4cPaB03vXq"))
    out.append(M(raw, "unrelated", False, None, [],
                 "AWS billing: invoice available (personal AWS account)",
                 "genuine AWS mail with a 10-digit invoice ID and a 12-digit account ID, neither a case number"))

    # 6 Builder ID code
    d = dt(2025, 10, 3, 20, 2, 51)
    txt = """Hello,

Use the following code to verify your email address for AWS Builder ID.

Verification code: 582014

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
    html = "<html><body><h2>Verify your email address</h2><p>Use the following code to verify your email address for AWS Builder ID.</p><p style=\"font-size:28px;letter-spacing:4px\"><b>582014</b></p><p>This code expires 30 minutes after it was sent.</p><p>If you did not try to create an AWS Builder ID, you can ignore this email.</p></body></html>"
    body = multi("alternative", [leaf("text/plain", txt), leaf("text/html", html, cte="quoted-printable")])
    raw = message(d, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
                  "Verify your AWS Builder ID email address", body,
                  "<0100019a0b6e3c77-5d3a1b0e-88f1-4a5e-9f01-7a7c8cde1f22-000000@email.amazonses.com>",
                  top=in_posteo(d, "0100019a0b6e3c77@us-east-1.amazonses.com", "a8-61.smtp-out.amazonses.com",
                                "54.240.8.61", "signin.aws", "signin.aws", qid="4cQ0mYx1Rb"))
    out.append(M(raw, "unrelated", False, None, [],
                 "AWS Builder ID one-time code", "genuine AWS sign-in mail with a 6-digit code"))

    # 7 certmetrics welcome
    d = dt(2025, 10, 3, 20, 19, 30)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px"><b>AWS Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Hello Mireille Tanabe,</p>
<p>Your AWS Certification Account is ready. Your candidate ID is <b>AWS09950126</b>. You will need it when you schedule an exam or contact us.</p>
<p>Already certified under another account, for example one tied to a former employer's email? Your history does not move automatically. Our team can combine accounts for you through the Contact us page.</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
<p>AWS Certification</p>
</td></tr></table></body></html>
"""
    body = leaf("text/html", html, cte="quoted-printable")
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                  "Welcome to your AWS Certification Account", body,
                  "<a91d77c0.2025100311193.77402@certmetrics.com>",
                  top=in_posteo(d, "bounces+77402@em.certmetrics.com", "o1.em.certmetrics.com", "167.89.100.14",
                                "certmetrics.com", "certmetrics.com", qid="4cQ0n2Gh7T"))
    out.append(M(raw, "certification", False, None, [CAND_PE],
                 "CertMetrics welcome: new personal certification account (HTML-only)",
                 "suggests merging accounts via Contact us; a candidate ID in bold inside a table"))

    # 8 phishing lookalike certmetrics
    d = dt(2025, 10, 4, 11, 12, 33)
    txt = """Dear Candidate,

Our system detected two AWS Certification accounts registered to the same person.
Under the AWS Certification Program Agreement duplicate accounts are suspended
and the credentials on them may be revoked.

To keep your certifications, verify ownership within 48 hours:
https://verify.certmetrics-account.com/aws/merge?id=7731

Alternatively reply to this message with the email address and password of your
AWS Builder ID and our merge desk will complete the verification for you.

Reference: AWS-7731
AWS Certification Services - Account Integrity Team
"""
    body = leaf("text/plain", txt)
    raw = message(d, addr("AWS Certification Services", "security@certmetrics-account.com"), ME_P,
                  "Action required: duplicate AWS Certification account detected", body,
                  "<20251004021233.7731@certmetrics-account.com>",
                  top=in_posteo(d, "security@certmetrics-account.com", "vps-3391.hostrapid.net", "185.220.71.90",
                                "certmetrics-account.com", "certmetrics-account.com", dkim="none", spf="pass", dmarc="none",
                                qid="4cQ7pD1wNn"))
    out.append(M(raw, "suspicious", False, None, [],
                 "Phishing from lookalike certmetrics-account.com about duplicate accounts",
                 "topical (duplicate accounts, merge), demands a reply with the password; SPF passes for its own domain"))

    # 9 apartment notice ISO-2022-JP
    d = dt(2025, 10, 5, 14, 0, 0)
    txt = """ロイヤルヒルズ本郷 ご入居者各位

いつもお世話になっております。管理事務所でございます。
下記の日程で排水管清掃を実施いたします。

日時: 10月21日(火) 9時から17時
作業時間: 1戸あたり約15分

ご不在の場合は、10月15日までに管理事務所までご連絡くださいますよう
お願い申し上げます。

ロイヤルヒルズ本郷 管理事務所
電話 03-5800-0000
"""
    body = leaf("text/plain", txt, charset="iso-2022-jp", cte="7bit")
    raw = message(d, addr("ロイヤルヒルズ本郷 管理事務所", "kanri@royal-hills-hongo.jp", "iso-2022-jp"), ME_P,
                  "【ご案内】排水管清掃実施のお知らせ", body, "<202510051400.AB12CD@royal-hills-hongo.jp>",
                  top=in_posteo(d, "kanri@royal-hills-hongo.jp", "smtp.royal-hills-hongo.jp", "198.51.100.23",
                                "royal-hills-hongo.jp", "royal-hills-hongo.jp", qid="4cQz0a8LrT"),
                  subj_charset="iso-2022-jp")
    out.append(M(raw, "unrelated", False, None, [],
                 "Apartment maintenance notice (ISO-2022-JP)", "polite Japanese request (ご連絡ください) that is not support"))

    # 10 Case A acknowledgement
    d = dt(2025, 10, 6, 9, 14, 40)
    raw = message(d, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", ack_a_body()),
                  MID_ACK_A, top=aws_in(d, ME_C, "99b7c1e2a4"), eol="\r\n")
    out.append(M(raw, "acknowledgement", False, CASE_A, [CAND_CO],
                 "Case A opened: acknowledgement to the company address",
                 "echoes the form (candidate ID as a form field) and says 'reply to this email' only if adding something"))

    # 11 user forward to personal
    d = dt(2025, 10, 6, 9, 26, 2)
    txt = """Note to self - keep this on the personal side, company mailbox goes away 31 Oct 18:00.

Old (company) cert account: AWS03318472
New (personal) cert account: AWS09950126
On the old one: SAP-C02, SCS-C02, 50% voucher (valid to March 2026).

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, October 6, 2025 9:14 AM
To: Tanabe Mireille <m.tanabe@kitakaze-sys.co.jp>
Subject: RE:[CASE 175970966304217] [AWS Training and Certification Form Submission] - account-assistance

""" + ack_a_body()
    body = leaf("text/plain", txt, cte="quoted-printable")
    raw = message(d, addr("Tanabe Mireille", ME_C), ME_P,
                  "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), body,
                  "<TYWPR01MB10312A1F0E3C9B24D8E6C1F42A0712@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  extra=["Thread-Topic: RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                         "Thread-Index: AQHcNnJm2bZ8w1e3n0qV5oRrYh1TKg==", "X-MS-Has-Attach: "], eol="\r\n")
    out.append(M(raw, "user_reply", False, CASE_A, [CAND_CO, CAND_PE],
                 "Owner forwards the case A acknowledgement from company to personal, with a note",
                 "Outlook forward: the support text below is history; the candidate IDs of the note count, the quoted one does not"))

    # 12 Case B acknowledgement (Japanese, ISO-2022-JP)
    d = dt(2025, 10, 6, 21, 47, 20)
    txt = """田辺 ミレイユ 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせをケース番号 175975482531876 として受け付けました。
担当者より原則1営業日以内にご連絡いたしますが、調査の内容によっては
さらにお時間をいただく場合がございます。

同じ内容で別のケースを作成されますと、対応が遅れる原因となります。
追加の情報がございましたら、このメールへの返信でお知らせください。

受付内容
ケースID: 175975482531876
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: mireille.tanabe@posteo.net
AWS 候補 ID: AWS09950126
お問い合わせ内容:
会社アドレス(m.tanabe@kitakaze-sys.co.jp)の認定アカウントを、個人アドレスの
アカウントに統合してください。今朝フォームを送信しましたが、個人アドレスに
確認メールが届かなかったため再送します。

AWS トレーニングと認定 カスタマーサービス
"""
    body = leaf("text/plain", txt, charset="iso-2022-jp", cte="7bit")
    raw = message(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_A), body, ses("99b9e77f31"),
                  top=aws_in(d, ME_P, "99b9e77f31"))
    out.append(M(raw, "acknowledgement", False, CASE_B, [CAND_PE],
                 "Case B opened: Japanese acknowledgement of the duplicate form (ISO-2022-JP)",
                 "second case for the same request; Japanese keigo; 'reply if you have more' is conditional"))

    # 13 farewell lunch invite
    d = dt(2025, 10, 7, 8, 5, 44)
    txt = """Hi all,

Let's give Mireille a proper send-off. Lunch at Kamome Shokudo, Thu 30 Oct 12:00.
Accept the invite so I can book the right table size.

Lars
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Lars Ekdahl:mailto:l.ekdahl@kitakaze-sys.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tanabe Mireille:mailto:m.tanabe@kitakaze-sys.co.jp
SUMMARY;LANGUAGE=en-US:Farewell lunch for Mireille
DTSTART;TZID=Tokyo Standard Time:20251030T120000
DTEND;TZID=Tokyo Standard Time:20251030T133000
UID:040000008200E00074C5B7101A82E0080000000011C2F7A1B236DC01
LOCATION;LANGUAGE=en-US:Kamome Shokudo
END:VEVENT
END:VCALENDAR
"""
    body = multi("alternative", [leaf("text/plain", txt),
                                 leaf("text/calendar", ics, params="; method=REQUEST")])
    raw = message(d, addr("Lars Ekdahl", "l.ekdahl@kitakaze-sys.co.jp"),
                  "Infra Team <infra-team@kitakaze-sys.co.jp>", "Farewell lunch for Mireille", body,
                  "<TYWPR01MB10288F7E21D0C3A59B4E1AA33A0712@TYWPR01MB10288.jpnprd01.prod.outlook.com>",
                  cc=addr("Tanabe Mireille", ME_C),
                  extra=["Thread-Topic: Farewell lunch for Mireille", "X-MS-Has-Attach: "], eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [],
                 "Colleague's calendar invite (text/calendar)", "asks to accept; about the owner leaving"))
    return out
