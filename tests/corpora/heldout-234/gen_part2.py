"""Part 2: November 2024 - January 2025 (end of case B, console case D)."""
from gen_common import *  # noqa: F401,F403
import gen_part1 as P1

subjB = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B

# ---------------------------------------------------------------- 12 other vendor info request
t = d(2024, 11, 4, 1, 40, tz=UTC)
KS_ID = mid("kestrel-00482913-2", "kestrelsoft.com")
txt = """Hello Haruka,

Thank you for contacting Kestrel Software Support.

To move your personal licence from your employer's organisation to your own
account we need the following:

  1. The licence key currently assigned to you (starts with KS-)
  2. The email address of your new Kestrel account

Please reply to this email with the information above. If we don't hear from
you within 7 days, case 00482913 will be closed automatically.

Best regards,
Priya Natarajan
Kestrel Software Support
ref:_00D5g0JkT._5007R01bXqZ:ref
"""
raw = build([
    ("Authentication-Results", auth_personal("kestrelsoft.com", "kestrelsoft.com")),
    ("Message-ID", KS_ID),
    ("Date", rfcdate(t)),
    ("From", addr("Kestrel Software Support", "support@kestrelsoft.com")),
    ("To", ME_PERSONAL),
    ("Subject", "[Case 00482913] Licence transfer request - more information needed"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [],
    "Another vendor's support case that asks for information and threatens closure: not AWS, so no reply flag.")

# ---------------------------------------------------------------- 13 user reply to other vendor
t = d(2024, 11, 5, 8, 2)
txt = """Hi Priya,

1. KS-7Q2M-0R8D-XX41
2. haruka@mashiba.me (the account already exists)

Thanks!
Haruka

On Mon, 4 Nov 2024 at 10:40, Kestrel Software Support <support@kestrelsoft.com> wrote:
> Hello Haruka,
>
> Thank you for contacting Kestrel Software Support.
>
> To move your personal licence from your employer's organisation to your own
> account we need the following:
> [...]
"""
raw = build([
    ("Message-ID", gmail_mid("kestrel-reply")),
    ("In-Reply-To", KS_ID),
    ("References", KS_ID),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("Kestrel Software Support", "support@kestrelsoft.com")),
    ("Subject", "Re: [Case 00482913] Licence transfer request - more information needed"),
], Leaf(txt))
add(t, raw, "user_reply", False, None, [], "Owner's reply on a non-AWS vendor case; 'Case' in subject, 8-digit number.")

# ---------------------------------------------------------------- 14 certmetrics benefit
t = d(2024, 11, 6, 3, 12, tz=UTC)
txt = """Hello Haruka,

A new benefit has been added to your AWS Certification Account.

  Benefit:       50% discount on your next AWS Certification exam
  Candidate ID:  AWS07294415
  Valid until:   October 24, 2027

To use it, sign in to your AWS Certification Account, open Benefits and
generate your discount code before you schedule.

AWS Training and Certification

This is an automated message. Replies to this address are not read.
"""
raw = build([
    ("Authentication-Results", auth_work("certmetrics.com")),
    ("Message-ID", mid("cm-benefit-b", "certmetrics.com")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_WORK),
    ("Subject", "A new benefit is available in your AWS Certification Account"),
], Leaf(txt))
add(t, raw, "certification", False, None, [CID_WORK],
    "Program notice that the voucher now exists; it is the outcome of case B but carries no case number.")

# ---------------------------------------------------------------- 15 B5 resolved (Japanese, Shift_JIS)
t = d(2024, 11, 6, 13, 25)
txt = """真柴 遥 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
ケース %s につきまして、ご連絡いたします。

認定特典チームより、2024年10月24日に合格された再認定試験の
50%%割引特典を、認定アカウント AWS07294415 に付与した旨の
報告がございました。認定アカウントの「特典」ページにてご確認いただけます。

本件はこれをもちまして解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

今後ともAWSトレーニングと認定をよろしくお願いいたします。

佐伯
AWS Training and Certification Customer Support
""" % CASE_B
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>"
        "<body style=\"font-family:'MS PGothic',sans-serif\">"
        + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n"))
        + "</body></html>")
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", ses_mid("B5")),
    ("In-Reply-To", P1.B4_ID),
    ("References", "%s\n %s\n %s\n %s" % (P1.B1_ID, P1.B2_ID, P1.B3_ID, P1.B4_ID)),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", "RE:" + subjB),
], Multi("alternative", [Leaf(txt, charset="shift_jis", cte="base64"),
                         Leaf(html, "html", charset="shift_jis", cte="base64")], "=_sjis_B5_2c91"))
add(t, raw, "resolved", False, CASE_B, [CID_WORK],
    "Japanese Shift_JIS base64 resolution; conditional ご不明な点がございましたら…ご返信ください.")

# ---------------------------------------------------------------- 16 B6 survey
t = d(2024, 11, 7, 22, 0, tz=UTC)
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Customer Support,
<b>case %s</b>, has been marked as resolved.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws-cs.example.amazon.com/s/5?c=%s">Very satisfied</a></td>
<td><a href="https://survey.aws-cs.example.amazon.com/s/4?c=%s">Satisfied</a></td>
<td><a href="https://survey.aws-cs.example.amazon.com/s/3?c=%s">Neutral</a></td>
<td><a href="https://survey.aws-cs.example.amazon.com/s/2?c=%s">Dissatisfied</a></td>
<td><a href="https://survey.aws-cs.example.amazon.com/s/1?c=%s">Very dissatisfied</a></td>
</tr></table>
<p>The survey takes less than two minutes. Please do not reply to this message.</p>
</body></html>""" % ((CASE_B,) * 6)
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", ses_mid("B6")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Customer Service", "aws-cs-survey@amazon.com")),
    ("To", ME_WORK),
    ("Subject", "How did we do? Your AWS Training and Certification case %s" % CASE_B),
], Leaf(html, "html", cte="quoted-printable"))
add(t, raw, "survey", False, CASE_B, [], "Satisfaction survey for case B, HTML-only, asks a question.")

# ---------------------------------------------------------------- 17 AWS marketing (Japanese)
t = d(2024, 11, 12, 10, 0)
html = """<html><body>
<table width="640" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS オンラインセミナー</td></tr>
<tr><td style="padding:16px">
<p>真柴 様</p>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>12月の re:Invent 2024 を前に、注目の発表を予想しながら各サービスの最新動向を解説する
オンラインセミナーを開催します。ぜひお気軽にご参加ください。</p>
<p>日時: 2024年11月26日(火) 14:00-15:30<br>形式: オンライン(無料・要事前登録)</p>
<p><a href="https://aws.amazon.com/jp/events/webinar/reinvent-2024-preview/">今すぐ登録する</a></p>
<p>ご質問がございましたら、このメールにご返信ください。</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:16px">本メールは配信を希望された方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。
Amazon Web Services Japan G.K. 東京都品川区上大崎3-1-1</td></tr>
</table></body></html>"""
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", mid("mkto-reinvent-preview-ja", "mkto-sj190031.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_WORK),
    ("Subject", hdr("【オンラインセミナー】re:Invent 2024 直前解説 ― 参加登録受付中")),
], Leaf(html, "html", cte="base64"))
add(t, raw, "unrelated", False, None, [],
    "AWS marketing in Japanese, HTML-only base64, invites a reply (ご質問がございましたら).")

# ---------------------------------------------------------------- 18 Skill Builder receipt
t = d(2024, 11, 20, 4, 31, tz=UTC)
txt = """AWS Skill Builder

Thank you for your purchase.

Order number:   SB-2024-11-7730915
Plan:           AWS Skill Builder Individual subscription (monthly)
Amount:         USD 29.00
Billing date:   November 20, 2024
Next renewal:   December 20, 2024

Manage your subscription at https://skillbuilder.aws/subscriptions

Need help? Visit https://support.aws.amazon.com/#/contacts/aws-training
"""
raw = build([
    ("Authentication-Results", auth_personal("aws.training", "aws.training")),
    ("Message-ID", mid("sb-receipt-2411", "aws.training")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Skill Builder subscription receipt"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "Skill Builder receipt from aws.training with a link to the T&C contact form.")

# ---------------------------------------------------------------- 19 colleague (ISO-2022-JP)
t = d(2024, 12, 2, 17, 45)
txt = """真柴さん

お疲れさまです、小野です。
今年の忘年会ですが、12月20日(金)19時から品川の「炭火 しろくま」に決まりました。
出欠を今週中に返信してもらえると助かります。

あと、来年の AWS 認定の受験補助の件、総務から案内が出るそうです。

小野
"""
raw = build([
    ("Authentication-Results", auth_work("kitakaze-denshi.co.jp")),
    ("Message-ID", mid("bonenkai-2024", "kitakaze-denshi.co.jp")),
    ("Date", rfcdate(t)),
    ("From", addr("小野 拓也", "t.ono@kitakaze-denshi.co.jp", charset="iso-2022-jp")),
    ("To", ME_WORK),
    ("Subject", hdr("忘年会のご案内(出欠確認)", "iso-2022-jp")),
], Leaf(txt, charset="iso-2022-jp", cte="7bit"))
add(t, raw, "unrelated", False, None, [],
    "Colleague in ISO-2022-JP asking for a reply (attendance); mentions AWS 認定.")

# ---------------------------------------------------------------- 20 Google Cloud cert renewal
t = d(2024, 12, 10, 16, 5, tz=UTC)
txt = """Hi Haruka,

Your Google Cloud Professional Cloud Architect certification expires on
February 8, 2025. Renew it now to keep your credential and your badge active.

Candidate ID: GC-5518203
Renewal window: open until February 8, 2025

Schedule your renewal exam: https://cloud.google.com/learn/certification/renew

Google Cloud Certification Team
"""
raw = build([
    ("Authentication-Results", auth_personal("google.com", "google.com")),
    ("Message-ID", mid("gc-renew", "google.com")),
    ("Date", rfcdate(t)),
    ("From", addr("Google Cloud Certification", "cloud-certification-noreply@google.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your Professional Cloud Architect certification expires soon"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [],
    "Another vendor's certification expiry: looks like a certification notice but is not AWS.")

# ---------------------------------------------------------------- 21 certmetrics DVA expiry
t = d(2024, 12, 18, 0, 30, tz=UTC)
txt = """Hello Haruka,

Your AWS Certified Developer - Associate certification will expire on
January 22, 2025.

Candidate ID: AWS03618842

To keep it active, pass the current version of the exam, or a higher-level
certification that covers it, before the expiration date. Your 50% discount
benefit can be applied to a recertification exam.

Recertify: https://aws.amazon.com/certification/recertification/

AWS Certification
"""
raw = build([
    ("Authentication-Results", auth_personal("certmetrics.com", "certmetrics.com")),
    ("Message-ID", mid("cm-dva-expiry", "certmetrics.com")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Certification expires in 35 days"),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "certification", False, None, [CID_MAIN], "Expiry reminder from CertMetrics for the personal account.")
