# Last batch: newsletter, training platform, other vendor case, shopping, Credly reminder.
from gen_lib import *

html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<h2>週刊クラウドダイジェスト 第212号</h2>
<ul>
<li>AWS 認定アカウントの統合手順まとめ(2025 年版)</li>
<li>転職時に忘れがちな AWS 関連の手続き 5 選</li>
<li>Credly バッジが反映されないときのチェックリスト</li>
</ul>
<p>ご意見・ご感想はこのメールにご返信ください。</p>
<p style="font-size:11px">配信停止は<a href="https://clouddigest.example.jp/unsub?u=8812">こちら</a></p>
</body></html>"""
add(dt(2025, 10, 12, 23, 0), addr("週刊クラウドダイジェスト", "news@clouddigest.example.jp"), ME_P,
    "週刊クラウドダイジェスト 第212号: 認定アカウント統合の落とし穴",
    leaf(html, subtype="html", cte="base64"), ("unrelated", False, None, []),
    "Japanese newsletter about account merges; invites replies; encoded subject.",
    mid("nl212.8812.20251013", "clouddigest.example.jp"), auth=auth_gmail("clouddigest.example.jp", sel="mail"),
    extra=[("List-Unsubscribe", "<https://clouddigest.example.jp/unsub?u=8812>"), ("Precedence", "bulk")])

body = """Hi Haruka,

Congratulations! You have completed "AWS Cloud Quest: Solutions Architect" on AWS Skill Builder.

Your transcript has been updated. You can download a certificate of completion from My Transcript.

Keep learning,
AWS Training and Certification
"""
add(dt(2025, 10, 16, 8, 44), addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "You completed a course on AWS Skill Builder", leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []), "Training platform completion, same sender as the case A survey.",
    mid("completion.20251016.552190", "aws.training"), auth=auth_gmail("aws.training", sel="pf2023"))

body = """Hello Haruka,

Your Microsoft support case 2510140040007213 has been closed. If the issue is not fully resolved, you can reply to this email within 10 days and the case will be reopened.

We'd love to hear about your experience. A short survey will follow.

Microsoft Support
"""
add(dt(2025, 10, 22, 4, 18), addr("Microsoft Support", "support@mail.support.microsoft.com"), ME_P,
    "Case 2510140040007213 closed: Microsoft 365 Family renewal",
    leaf(body, cte="7bit"), ("unrelated", False, None, []),
    "Another vendor's 'case closed, reply to reopen'; long case number.",
    mid("MSSUP.2510140040007213.close", "support.microsoft.com"), auth=auth_gmail("mail.support.microsoft.com", sel="selector2"))

body = """辻本 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-8841732-4419067
商品: AWS 認定 ソリューションアーキテクト - プロフェッショナル 教科書 第2版
お届け予定: 10月27日(月)

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
"""
add(dt(2025, 10, 25, 3, 2), addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました", leaf(body, charset="iso-2022-jp", cte="7bit"),
    ("unrelated", False, None, []), "Amazon shopping, ISO-2022-JP, mentions AWS certification in the product name.",
    mid("0100019a1e2f3a4b-ship-4c5d-000000", "email.amazonses.com"), auth=auth_gmail("amazon.co.jp", sel="rjs2ef3a"),
    subj_charset="iso-2022-jp")

html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Haruka,</p>
<p>You still have a badge waiting: <b>AWS Certified Solutions Architect &ndash; Associate</b>, issued by Amazon Web Services Training and Certification.</p>
<p>Accept it to share it on your profile and with employers.</p>
<p><a href="https://www.credly.com/badges/4f1c8e2a-7b3d-4c90-a51e-93d07b2f6e18/accept">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly &middot; Manage email preferences</p>
</body></html>"""
add(dt(2025, 10, 5, 4, 0), addr("Credly", "admin@credly.com"), ME_P,
    "Reminder: you have a pending badge from Amazon Web Services Training and Certification",
    leaf(html, subtype="html", cte="quoted-printable"), ("badge", False, None, []),
    "Credly reminder; imperative 'Accept it' but not support.",
    mid("68e1ec40a2c1f_2a7d3b9e.sidekiq", "credly.com"), auth=auth_gmail("credly.com", ip="149.72.%d.14"))
