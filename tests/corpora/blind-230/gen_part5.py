# Ordinary surrounding mail, mid-March to April.
from gen_lib import *
from gen_part3 import FW_TXT

UNR = ("unrelated", False, None, [])
EXO_INT = "spf=none; dkim=none; dmarc=none; compauth=pass reason=116 (internal)"
ME_PAD = ad(ME_NAME, ME_P)
ME_CAD = ad(ME_NAME, ME_C)


class Raw:
    def __init__(self, ctype, body):
        self.ctype, self.body = ctype, body

    def render(self):
        return ("Content-Type: %s\n\n" % self.ctype).encode(), self.body.encode("utf-8") + b"\n"


# U33 recruiter
U33 = """佐々木 遼 様

はじめまして。キャリアリンク・パートナーズの村上と申します。
AWS認定(プロフェッショナル)をお持ちの方を対象に、クラウドアーキテクト職のご紹介をしております。
ご興味がございましたら、本メールにご返信いただくか、下記よりご都合のよい日時をお知らせください。

面談予約: https://careerlink-partners.example.jp/booking
村上 拓也
"""
add("U33", dt("2025-03-09 20:00"), ad("村上 拓也", "t-murakami@careerlink-partners.jp"), ME_P,
    "【ご案内】AWS認定保有者向け クラウドアーキテクト求人のご紹介", Leaf(U33, cte="quoted-printable"), UNR,
    "Recruiter inviting a reply, mentions AWS certification.", msgid=mid("U33", "careerlink-partners.jp"),
    auth=auth_gmail("careerlink-partners.jp", "t-murakami@careerlink-partners.jp", policy="NONE"))

# U18 AWS Educate form case (other program)
EDU_ORIG = """Inquiry type: AWS Educate
Description: I run a cloud study group for students at Tama Technical College. I created a classroom with code TTC-CLOUD-2025 but the students report they cannot see it after signing up. Could you check?"""
U18 = """Hi Ryo,

Thanks for writing in. Could you confirm the e-mail addresses the students used to register? We can't find any learners linked to classroom code TTC-CLOUD-2025, so it's possible they signed up with a different account type.

Nadia
AWS Educate Support

""" + aws_prev(dt("2025-03-10 17:20"), ME_P, EDU_ORIG)
add("U18", dt("2025-03-11 15:00"), ad("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - classroom-access" % CASE_EDU, Leaf(U18, cte="quoted-printable"),
    ("unrelated", False, CASE_EDU, []),
    "Same sender family and subject shape as T&C, and a real question, but AWS Educate is another program.",
    msgid=mid("U18", "ses"), irt=mid("U18old", "ses"), refs=mid("U18old", "ses"),
    auth=auth_gmail("amazon.com", "0101019577cc@email.amazonses.com"), tz=UTC)

# U19 Skill Builder receipt
U19 = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-03-8841027
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: March 12, 2025
Next billing date: April 12, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions
Questions about your subscription? Visit https://support.aws.amazon.com/#/contacts/aws-training
"""
add("U19", dt("2025-03-12 18:30"), ad("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt", alt(U19, "<html><body>" + html_pre(U19) + "</body></html>", "U19"),
    UNR, "Training platform receipt with a link to the T&C contact form.",
    msgid=mid("U19", "ses"), auth=auth_gmail("aws.training", "bounce@aws.training"), tz=UTC)

# U34 Japanese registrar: "対応いたしました。" over a Thunderbird-JP quote
U34_OLD = """ドメインやさん サポート御中

kumonoito-blog.jp の登録者メールアドレスを、r-sasaki@kumonoito-sys.co.jp から ryo.sasaki.dev@gmail.com に変更したいです。
管理画面から変更しようとすると「本人確認が必要です」と表示されます。どうすればよいでしょうか。

佐々木"""
U34 = ("佐々木 様\n\n対応いたしました。\n\nドメインやさん サポート 高橋\n\n"
       "佐々木 様\n\nお問い合わせありがとうございます。本人確認のため、登録者名義と一致する身分証の画像をご提出いただけますでしょうか。\n\n高橋\n\n"
       "佐々木 遼 さんは書きました:\n" + q(U34_OLD) + "\n")
U34 = U34.replace("佐々木 様\n\nお問い合わせ", "2025/03/11 09:40 ドメインやさん サポート wrote:\n> 佐々木 様\n>\n> お問い合わせ", 1)
U34 = U34.replace("ご提出いただけますでしょうか。\n\n高橋\n\n佐々木 遼 さんは書きました:\n",
                  "ご提出いただけますでしょうか。\n>\n> 高橋\n>\n> 佐々木 遼 さんは書きました:\n")
U34 = U34.replace("\n" + q(U34_OLD), "\n" + q(q(U34_OLD)))
add("U34", dt("2025-03-13 14:00"), ad("ドメインやさん サポート", "support@domainyasan.jp"), ME_P,
    "Re: 登録者メールアドレス変更について [DY-88213]", Leaf(U34, cte="base64"), UNR,
    "Other vendor's Japanese 'done' over nested quotes that still hold an old keigo request.",
    msgid=mid("U34", "domainyasan.jp"), auth=auth_gmail("domainyasan.jp", "support@domainyasan.jp", policy="NONE"))

# U20 out-of-office (subject mentions the merge)
U20 = """佐々木さん

(自動応答)3月13日(木)〜3月17日(月)は休暇のため不在にしております。
期間中はメールを確認できません。急ぎの件はパートナー推進室 alliance@kumonoito-sys.co.jp までご連絡ください。

I am out of the office until 17 March with no access to e-mail. For urgent partner matters, please write to alliance@kumonoito-sys.co.jp.

遠藤 香織 / Kaori Endo
"""
add("U20", dt("2025-03-13 08:40"), ad("遠藤 香織", "k-endo@kumonoito-sys.co.jp"), ME_C,
    "自動応答: AWS認定アカウントの統合について(パートナー紐付け解除のお礼)", Leaf(U20, cte="base64"), UNR,
    "Colleague's out-of-office; subject names the certification merge.",
    msgid=mid("U20", "outlook"), irt=mid("U20old", "outlook"), auth=EXO_INT,
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# U21 bounce
U21_ORIG_H = """From: Ryo Sasaki <ryo.sasaki.dev@gmail.com>
To: h-suzuki@sorafune-partners.co.jp
Subject: Re: お久しぶりです
Date: Fri, 14 Mar 2025 15:29:51 +0900
Message-ID: %s""" % mid("U21orig", "gmail")
U21_T = """** Address not found **

Your message wasn't delivered to h-suzuki@sorafune-partners.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <h-suzuki@sorafune-partners.co.jp>: Recipient address rejected: User unknown
"""
U21_DS = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 14 Mar 2025 06:29:51 -0700 (PDT)

Final-Recipient: rfc822; h-suzuki@sorafune-partners.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.sorafune-partners.co.jp. (203.0.113.25)
Diagnostic-Code: smtp; 550 5.1.1 <h-suzuki@sorafune-partners.co.jp>: Recipient address rejected: User unknown"""
add("U21", dt("2025-03-14 15:30"), ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    Multi("report; report-type=delivery-status", [Leaf(U21_T, charset="us-ascii", cte="7bit"),
                                                   Raw("message/delivery-status", U21_DS),
                                                   Raw("text/rfc822-headers", U21_ORIG_H)], "000000000000bounce21"),
    UNR, "Bounce of a private mail (multipart/report).", msgid=mid("U21", "gmail"),
    extra={"Auto-Submitted": "auto-replied"})

# U22 Pearson VUE booking (candidate ID in new text)
U22 = """Dear Ryo Sasaki,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Thursday, April 3, 2025 10:00 JST
Location: Pearson VUE Test Center, Tokyo Shinjuku
Registration number: 482019377
Candidate ID: AWS02736815
Price: USD 75.00 (50% discount applied)

Please arrive 15 minutes before your appointment with two forms of ID.
To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
add("U22", dt("2025-03-15 12:00"), ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
    "Pearson VUE Confirmation of Booking", alt(U22, "<html><body>" + html_pre(U22) + "</body></html>", "U22"),
    ("unrelated", False, None, [CID_C]),
    "Exam vendor booking: unrelated, but the candidate ID is in its own text; 9-digit registration number.",
    msgid=mid("U22", "pearson.com"), auth=auth_exo("pearson.com", "pearson.com"), tz=UTC)

# U23 GitHub issue: "any news?" over > quote
U23 = """@ryo-sasaki any news on this? Still seeing it with v2.3.1.

> I can reproduce it. Looks like the retry loop ignores the `max_attempts` setting when the token expires.
> I'll push a fix next week.

—
Reply to this email directly, view it on GitHub:
https://github.com/oss-tools/s3-sync-lite/issues/87#issuecomment-2727401155
You are receiving this because you were mentioned.
"""
add("U23", dt("2025-03-17 09:00"), ad("wkato", "notifications@github.com"), ad("oss-tools/s3-sync-lite", "s3-sync-lite@noreply.github.com"),
    "Re: [oss-tools/s3-sync-lite] Retry loop ignores max_attempts after token expiry (Issue #87)",
    alt(U23, "<p>" + html_pre(U23) + "</p>", "U23"), UNR,
    "GitHub 'any news?' aimed at the owner over a quoted promise; not support.",
    msgid="<oss-tools/s3-sync-lite/issues/87/2727401155@github.com>", irt="<oss-tools/s3-sync-lite/issues/87@github.com>",
    refs="<oss-tools/s3-sync-lite/issues/87@github.com>", auth=auth_gmail("github.com", "noreply@github.com", policy="REJECT"), tz=UTC)

# U31 other vendor: "Done." over a long license-transfer thread
U31_OLD = """Hi,

I'm leaving my employer at the end of March. Could you move my personal CodeForge IDE licence, currently tied to r-sasaki@kumonoito-sys.co.jp, to ryo.sasaki.dev@gmail.com? Order CF-2219834.

Ryo"""
U31_MID = """Hi Ryo,

Happy to help. Please confirm that both addresses belong to you and that the company has no claim on this licence (it was bought with a personal card, correct?).

Marta
CodeForge Sales Support"""
U31 = ("Done.\n\nMarta\n\n" + gmail_on(dt("2025-03-18 22:40"), ME_NAME, ME_P) + "\n"
       + q("Confirmed, both are mine and I paid with my personal card.\n\nRyo\n\n"
           + gmail_on(dt("2025-03-17 16:05"), "CodeForge Sales Support", "sales@codeforge.dev") + "\n" + q(U31_MID + "\n\n" + U31_OLD)) + "\n")
add("U31", dt("2025-03-19 09:00"), ad("CodeForge Sales Support", "sales@codeforge.dev"), ME_P,
    "Re: Licence transfer to personal address", Leaf(U31, cte="quoted-printable"), UNR,
    "Other vendor's 'Done.' over a thread that mirrors the AWS merge (confirm both addresses are yours).",
    msgid=mid("U31", "codeforge.dev"), irt=mid("U31old", "gmail"), refs=mid("U31old", "gmail"),
    auth=auth_gmail("codeforge.dev", "sales@codeforge.dev", policy="NONE"))

# U24 APN Partner Central notice
U24 = """Hello,

The AWS Certification count for your organization Kumonoito Systems Co., Ltd. has changed.

Previous count: 38
Current count: 37

Certification records can change when individuals leave your organization or update their certification account. Review your partner's certified individuals in AWS Partner Central > Training & Certification.

This is an automated message from AWS Partner Central. Please do not reply.
"""
add("U24", dt("2025-03-20 09:00"), ad("AWS Partner Central", "aws-partner-central-no-reply@amazon.com"), ME_C,
    "AWS Partner Central: certification count update", Leaf(U24, charset="us-ascii", cte="7bit"), UNR,
    "Partner program notice caused by the merge; AWS sender, not a case.",
    msgid=mid("U24", "ses"), auth=auth_exo("amazon.com", "amazonses.com"), tz=UTC)

# U25 credit card statement (JP)
U25 = """くもいろカード会員 佐々木 遼 様

2025年3月分のご利用明細が確定しました。
お支払金額: 48,372円
お支払日: 2025年4月10日(木)

明細の確認はWebサービス「くもいろNet」から: https://net.kumoiro-card.example.jp/
※本メールは送信専用です。
"""
add("U25", dt("2025-03-22 10:00"), ad("くもいろカード", "info@mail.kumoiro-card.jp"), ME_P, "【くもいろカード】ご利用明細確定のお知らせ",
    Leaf(U25, charset="iso-2022-jp", cte="7bit"), UNR, "Card statement, ISO-2022-JP.",
    msgid=mid("U25", "mail.kumoiro-card.jp"), hcs="iso-2022-jp", auth=auth_gmail("mail.kumoiro-card.jp", "info@mail.kumoiro-card.jp", policy="REJECT"))

# U26 new employer onboarding
U26 = """佐々木 遼 様

このたびは入社のご承諾をいただき、ありがとうございます。ほしぞらテック人事部の大野です。
4月1日のご入社に向けて、以下の書類をご準備いただけますでしょうか。

・年金手帳(基礎年金番号のわかるもの)
・源泉徴収票(前職分)
・口座振込依頼書(添付)

また、保有資格の一覧(AWS認定など)を入社時アンケートにご記入ください。
ご不明な点がございましたら、本メールにご返信ください。

ほしぞらテック株式会社 人事部 大野 絵里
"""
add("U26", dt("2025-03-24 18:00"), ad("大野 絵里", "e-ohno@hoshizora-tech.co.jp"), ME_P, "入社手続き書類のご準備のお願い",
    alt(U26, "<html><body>" + html_pre(U26) + "</body></html>", "U26", tcte="base64", hcte="base64"), UNR,
    "New employer asks for documents (keigo request) and mentions AWS certification.",
    msgid=mid("U26", "hoshizora-tech.co.jp"), auth=auth_gmail("hoshizora-tech.co.jp", "e-ohno@hoshizora-tech.co.jp", policy="NONE"))

# U27 Zenn
U27 = """ryo_sasaki さん

あなたの記事「転職時にAWS認定アカウントを統合した話」に10件のいいねがつきました。

記事を見る: https://zenn.dev/ryo_sasaki/articles/aws-cert-merge
通知設定: https://zenn.dev/settings/notifications
"""
add("U27", dt("2025-03-27 20:30"), ad("Zenn", "noreply@zenn.dev"), ME_P, "あなたの記事にいいねがつきました",
    Leaf(U27, cte="base64"), UNR, "Blog notification about the owner's article on the merge.",
    msgid=mid("U27", "zenn.dev"), auth=auth_gmail("zenn.dev", "noreply@zenn.dev"))

# U28 colleague's reply to the farewell
U28 = "佐々木さん\n\nお疲れさまでした!新天地でもがんばってください。落ち着いたら飲みましょう。\n\n岡田\n\n" + outlook_ja(
    ad(ME_NAME_JA, ME_C), dt("2025-03-28 17:30"), "all-staff@kumonoito-sys.co.jp", "最終出社日のご挨拶", FW_TXT)
add("U28", dt("2025-03-28 18:10"), ad("岡田 大輔", "d-okada@kumonoito-sys.co.jp"), ME_C, "RE: 最終出社日のご挨拶",
    Leaf(U28, charset="iso-2022-jp", cte="7bit"), UNR, "Colleague's two lines over the owner's farewell (Outlook JP).",
    msgid=mid("U28", "outlook"), irt=mid("FW", "outlook"), refs=mid("FW", "outlook"), auth=EXO_INT, hcs="iso-2022-jp")
