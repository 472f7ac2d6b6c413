# Part 1: 3 Jan - 22 Jan 2025 (before and at the start of case A / B)
from gen_common import *  # noqa: F401,F403
import gen_common as G


def aws_tc_headers(when, to, subject, mid, irt=None, refs=None, company=False, cc=None,
                   sender_name=TC_NAME):
    mf = ses_mailfrom(when)
    if company:
        h = inbound_company(when, "amazon.com", mf, dkim_d="amazon.com")
    else:
        h = inbound_personal(when, "amazon.com", mf, dkim_d="amazon.com")
    h += [("From", addr(sender_name, TC)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date_hdr(when.astimezone(UTC))), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    h.append(("X-SES-Outgoing", "2025.%02d.%02d-54.240.8.%d" % (when.month, when.day, G._rng.randint(10, 99))))
    h.append(("Feedback-ID", "1.us-west-2.%s=:AmazonSES" % alnum(40)))
    return h


G.aws_tc_headers = aws_tc_headers

# ------------------------------------------------------------------ N3 billing statement
w = t("2025-01-03 08:12:44")
body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.27

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills?year=2024&month=12

[AWS ID 493817260055]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. AWS will not be bound by, and specifically objects to, any term, condition or other provision which is different from or in addition to the provisions of the AWS Customer Agreement.
"""
mid = ses_mid(w)
h = inbound_personal(w, "amazon.com", ses_mailfrom(w)) + [
    ("From", addr("Amazon Web Services", "aws-billing@amazon.com")), ("To", ME_P),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 493817260055]"),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("N03", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "AWS monthly billing statement for the owner's personal AWS account",
    "real amazon.com mail with a 12-digit account ID in brackets; not a case")

# ------------------------------------------------------------------ N31 connpass JAWS-UG (JP)
w = t("2025-01-06 12:00:03")
body = """芦田 七海 さん

申し込み済みのイベントのお知らせです。

■ JAWS-UG 大阪 #58 「資格と転職、どう付き合う?」
日時: 2025/01/24 (金) 19:00〜21:30
会場: 大阪市北区 (詳細はイベントページをご確認ください)

https://jawsug-osaka.connpass.com/event/341177/

当日は受付で受付票を提示してください。キャンセルする場合はイベントページから手続きをお願いします。

--
connpass (コンパス) - エンジニアをつなぐIT勉強会支援プラットフォーム
https://connpass.com/
※このメールは送信専用です。
"""
mid = "<%s.connpass-notice@connpass.com>" % hexid(16)
h = inbound_personal(w, "connpass.com", "bounce@mail.connpass.com", helo="mail.connpass.com", ip="52.68.10.4") + [
    ("From", addr("connpass", "no-reply@connpass.com")), ("To", ME_P),
    ("Subject", subj("【connpass】イベント開催のお知らせ: JAWS-UG 大阪 #58")),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N31", w, h, leaf(body, cte="base64"),
    ("unrelated", False, None, []),
    "connpass reminder for a JAWS-UG Osaka meetup (Japanese, base64)",
    "AWS user-group wording about certifications; nothing from support")

# ------------------------------------------------------------------ N7 CertMetrics expiry (company)
w = t("2025-01-08 01:30:00", UTC)
txt = """Hello Nanami,

Your AWS Certified Developer - Associate certification expires on April 11, 2025.

Candidate ID: %s

To keep your certification active, pass the current version of the exam (or a higher-level exam that recertifies it) before the expiration date. Certification benefits, including your digital badge, end when a certification expires.

Sign in to your AWS Certification Account to review your options:
https://www.aws.training/Certification

Thank you,
AWS Certification

You are receiving this message because you hold an AWS Certification. This mailbox is not monitored.
""" % CID_OLD
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Nanami,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>April 11, 2025</b>.</p>
<p>Candidate ID: %s</p>
<p>To keep your certification active, pass the current version of the exam (or a higher-level exam that recertifies it) before the expiration date. Certification benefits, including your digital badge, end when a certification expires.</p>
<p><a href="https://www.aws.training/Certification">Sign in to your AWS Certification Account</a> to review your options.</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">You are receiving this message because you hold an AWS Certification. This mailbox is not monitored.</p>
</body></html>""" % CID_OLD
mid = "<%s@certmetrics.com>" % hexid(24)
h = inbound_company(w, "certmetrics.com", "bounces+%s@em.certmetrics.com" % hexid(6)) + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
    ("Subject", "Your AWS Certification expires in 90 days"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N07", w, h, multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html")]),
    ("certification", False, None, [CID_OLD]),
    "CertMetrics: Developer - Associate expires in 90 days, sent to the company address",
    "certification program mail carrying a candidate ID; no case, nothing to answer", eol="\r\n")

# ------------------------------------------------------------------ N23 HR resignation (ISO-2022-JP)
w = t("2025-01-10 17:45:12")
body = """芦田さん

人事部の宮内です。退職手続きについてご連絡します。

・最終出社日: 2月21日(金)
・退職日: 2月28日(金)
・社用メールアカウントは 2月28日 18:00 に停止されます。
 個人で登録しているサービス(資格・勉強会など)がある場合は、それまでに連絡先の変更を済ませてください。
・貸与PC・入館証は最終出社日に総務へ返却してください。

添付の退職届フォーマットに記入のうえ、1月24日までに提出をお願いします。

よろしくお願いします。

--
株式会社クロシオDX 人事部
宮内 沙織
"""
mid = outlook_mid()
h = [("Received", "from TYCPR01MB8841.jpnprd01.prod.outlook.com by TYCPR01MB6630.jpnprd01.prod.outlook.com with HTTPS; %s" % date_hdr(w.astimezone(UTC))),
     ("From", addr("宮内 沙織", "s.miyauchi@kuroshio-dx.co.jp", "iso-2022-jp")), ("To", ME_C),
     ("Subject", subj("退職手続きのご案内", "iso-2022-jp")),
     ("Date", date_hdr(w)), ("Message-ID", mid),
     ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")]
add("N23", w, h, leaf(body, charset="iso-2022-jp", cte="7bit"),
    ("unrelated", False, None, []),
    "HR at the old employer: resignation steps, company mailbox closes 28 Feb (ISO-2022-JP)",
    "colleague mail that motivates the merge and contains requests, but not from support")

# ------------------------------------------------------------------ N2 Builder ID verification
w = t("2025-01-14 21:02:31")
body = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. To finish, enter this verification code:

Verification code: 583016

This code expires 10 minutes after it was sent.

If you didn't request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
mid = ses_mid(w)
h = inbound_personal(w, "signin.aws", ses_mailfrom(w), dkim_d="signin.aws") + [
    ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_P),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("N02", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "AWS Builder ID sign-up verification code",
    "6-digit one-time code, AWS sender, 'verify' wording")

# ------------------------------------------------------------------ N1 note to self
w = t("2025-01-14 21:40:05")
body = """cert merge - notes before filing

old (company) profile: %s  login %s
  - SAA-C03 (2023-06), DVA-C02 (2022-04, expires 2025-04-11), SOA-C02 (2024-02)
  - benefits: 50%% discount voucher (unused, valid to 2025-08-31), practice exam voucher
new (personal) profile: %s  login %s, Builder ID made tonight
todo: download all PDFs, file the form from the home address, ask Morishita-san about Partner Central
""" % (CID_OLD, ME_C, CID_NEW, ME_P)
mid = fm_mid()
h = [("From", addr(ME_NAME, ME_P)), ("To", ME_P), ("Subject", "memo: cert accounts"),
     ("Date", date_hdr(w)), ("Message-ID", mid),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c"),
     ("X-Me-Sender", "<xms:%s>" % alnum(20))]
add("N01", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, None, [CID_OLD, CID_NEW]),
    "owner's note to herself listing both certification profiles",
    "written by the owner (From = personal address) with two candidate IDs and 'merge' wording")

# ------------------------------------------------------------------ N24 colleague: partner tier
w = t("2025-01-15 10:22:48")
body = """芦田さん

パートナーチームの森下です。お疲れさまです。

来期のAPN Tier更新の棚卸しをしていて気づいたのですが、Partner Central上で芦田さんの認定が
%s で3件カウントされています。退職後はこの3件が会社のカウントから外れる見込みなので、
Tier要件の計算から除いておきます。

もし個人アカウントに移す手続きをされるなら、Partner Central側で何か必要なら言ってください。
(前に辞めた方のときは、AWSから管理者宛てに確認依頼が来ました)

森下
""" % CID_OLD
mid = outlook_mid()
G.MID["N24"] = mid
h = [("Received", "from TYCPR01MB5519.jpnprd01.prod.outlook.com by TYCPR01MB6630.jpnprd01.prod.outlook.com with HTTPS; %s" % date_hdr(w.astimezone(UTC))),
     ("From", addr("森下 崇", "t.morishita@kuroshio-dx.co.jp")), ("To", ME_C),
     ("Subject", subj("Partner Centralの認定カウントについて")),
     ("Date", date_hdr(w)), ("Message-ID", mid),
     ("Thread-Topic", subj("Partner Centralの認定カウントについて")),
     ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")]
add("N24", w, h, leaf(body, cte="base64"),
    ("unrelated", False, None, [CID_OLD]),
    "colleague (partner team) about APN tier counting, mentions the owner's candidate ID",
    "colleague mail with a candidate ID and 'AWS asked the admin to confirm' story; not support", eol="\r\n")

# ------------------------------------------------------------------ N35 owner reply to colleague
w = t("2025-01-16 09:03:19")
body = """森下さん

ありがとうございます。来週フォームから統合を申請する予定です。
移行先の個人側の候補IDは %s です。AWSから連絡が来たらご相談させてください。

芦田

________________________________
差出人: 森下 崇 <t.morishita@kuroshio-dx.co.jp>
送信日時: 2025年1月15日 10:22
宛先: 芦田 七海 <%s>
件名: Partner Centralの認定カウントについて

芦田さん

パートナーチームの森下です。お疲れさまです。

来期のAPN Tier更新の棚卸しをしていて気づいたのですが、Partner Central上で芦田さんの認定が
%s で3件カウントされています。
(以下略)
""" % (CID_NEW, ME_C, CID_OLD)
mid = outlook_mid()
G.MID["N35"] = mid
h = [("From", addr("芦田 七海", ME_C)), ("To", addr("森下 崇", "t.morishita@kuroshio-dx.co.jp")),
     ("Subject", subj("RE: Partner Centralの認定カウントについて")),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["N24"]),
     ("References", G.MID["N24"]), ("Thread-Topic", subj("Partner Centralの認定カウントについて")),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")]
add("N35", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, None, [CID_NEW]),
    "owner's Outlook reply to the colleague, gives her new candidate ID",
    "owner's own mail; new text has one ID, the quoted Outlook header block has the old one", eol="\r\n")

# ------------------------------------------------------------------ N4 AWS marketing
w = t("2025-01-20 02:00:11", UTC)
txt = """AWS Events Japan

Hands-on with generative AI: free Builders Sessions in Tokyo and Osaka

Join AWS solutions architects for 90-minute, small-group sessions. Bring a laptop; we provide the AWS account.

- Tokyo: 13 February 2025
- Osaka: 20 February 2025

Register: https://aws.amazon.com/jp/events/builders-sessions/

Preparing for an AWS Certification? Each session includes a 15-minute exam-prep clinic.

Unsubscribe: https://pages.awscloud.com/unsubscribe.html
Amazon Web Services Japan G.K., Meguro Central Square, 3-1-1 Kamiosaki, Shinagawa-ku, Tokyo
"""
html = "<html><body>" + text_to_html(txt) + "</body></html>"
mid = "<%s.%s@pages.awscloud.com>" % (hexid(10), hexid(6))
h = inbound_personal(w, "awscloud.com", "bounce-%s@pages.awscloud.com" % hexid(6), helo="mkto-a0201.com",
                     ip="192.28.146.21") + [
    ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
    ("Reply-To", "aws-marketing-email-replies@amazon.com"), ("To", ME_P),
    ("Subject", "Free Builders Sessions in Tokyo and Osaka - register now"),
    ("Date", date_hdr(w)), ("Message-ID", mid),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>" % alnum(30))]
add("N04", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("unrelated", False, None, []),
    "AWS marketing: Builders Sessions with an exam-prep clinic",
    "AWS sender and certification wording; marketing")
