# Part 7: late May / June 2025 -- surrounding mail, a note to self, recertification.
from gen_lib import *

P = ME_PERSONAL
CO = ME_COMPANY

# ---------------------------------------------------------------- note to self (after case A)
dt = T("2025-05-24 10:12:40", 9)
txt = """メモ: 認定アカウント統合 (case %s) 後の確認

[x] 試験履歴 5 件 → 新アカウント %s に移っている
[x] SAA / DVA → Active
[ ] 特典: 50%% バウチャーが見当たらない → 月曜になっても出なければサポートに聞く
[x] Credly: 2 バッジ個人アドレスに移動済み
[ ] 旧 ID %s はもう使えない。転職先の Partner Central には新 ID を登録する
[ ] Skill Builder の受講履歴 (旧アカウント側?) 要確認
""" % (CASE_A, CAND_NEW, CAND_OLD)
add(dt=dt, frm=addr(ME_NAME, P), to=addr(ME_NAME, P), subject="memo: AWS認定 統合後チェック",
    body=plain(txt, "utf-8", "base64"), kind="user_reply", reply=False, case=CASE_A, cands=[CAND_NEW, CAND_OLD],
    key="note-self", mid_domain="mail.gmail.com", mid_style="gmail",
    what="My note to self: post-merge checklist", hard="written by me to me; open to-dos ('サポートに聞く') are not support waiting on me; both IDs")

# ---------------------------------------------------------------- Skill Builder receipt (HTML layout table)
dt = T("2025-06-01 00:05:44", 0)
htm = """<html><body style="margin:0;background:#f2f3f3"><table width="100%" role="presentation"><tr><td align="center">
<table width="600" role="presentation" style="background:#fff;font-family:Arial;font-size:14px" cellpadding="14">
<tr><td style="background:#232f3e;color:#fff">AWS Skill Builder</td></tr>
<tr><td><p>Hi Mizuki,</p><p>Thanks for renewing your subscription. Here is your receipt.</p>
<table width="100%" cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Billing period</td><td>1 June 2025 &ndash; 30 June 2025</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Order</td><td>SB-2025-06-0071448</td></tr>
<tr><td>Payment</td><td>Visa ending 4417</td></tr></table>
<p>You can cancel or change your plan at any time in Account settings. No action is needed to keep learning.</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></td></tr>
</table></td></tr></table></body></html>"""
add(dt=dt, frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=P, subject="Your AWS Skill Builder receipt",
    body=html(htm, "utf-8", "quoted-printable"), kind="unrelated", reply=False, key="sb-receipt", mid_domain="skillbuilder.aws",
    **other_in(P, dt, "e240-11.smtp-out.us-west-2.amazonses.com", "23.251.240.11", "skillbuilder.aws"),
    what="Skill Builder subscription receipt", hard="AWS training sender, HTML layout tables like support mail")

# ---------------------------------------------------------------- Pearson VUE lookalike phishing
dt = T("2025-06-05 12:30:18", 0)
txt = """Dear Candidate,

Your AWS exam appointment (registration 421907556) could not be confirmed because the voucher
applied to it is no longer valid. To avoid losing your exam slot, pay the outstanding fee of
JPY 20,000 within 24 hours:

https://pearsonvue-payments.com/aws/settle?reg=421907556

Or reply to this e-mail with your card details and we will process it for you.

Pearson VUE Candidate Services
"""
add(dt=dt, frm=addr("Pearson VUE", "candidate-services@pearsonvue-payments.com"), to=P,
    subject="Urgent: exam voucher invalid - payment required", body=plain(txt, "us-ascii", "7bit"),
    kind="suspicious", reply=False, key="phish-pvue", mid_domain="pearsonvue-payments.com",
    **other_in(P, dt, "mx.pearsonvue-payments.com", "103.151.23.8", "pearsonvue-payments.com", dkim="none", spf="pass", dmarc="none"),
    what="Pearson VUE lookalike phishing citing the real registration ID", hard="knows the registration number and the voucher problem; demands a reply")

# ---------------------------------------------------------------- Sakura Internet support (other vendor, keigo request)
dt = T("2025-06-07 11:02:55", 9)
txt = """荒川 瑞希 様

さくらインターネット カスタマーセンターでございます。
お問い合わせ番号: 2025060500184

ご連絡いただきましたドメイン移管の件につきまして、現在のレジストラにて発行された
認証コード (AuthCode) をご確認のうえ、本メールにご返信いただけますでしょうか。
移管手続きはコードの確認後、3 営業日程度で完了いたします。

何卒よろしくお願いいたします。
--
さくらインターネット株式会社 カスタマーセンター
"""
add(dt=dt, frm=addr("さくらインターネット", "support@sakura.ad.jp"), to=P, subject="[お問い合わせ番号:2025060500184] ドメイン移管について",
    body=plain(txt, "iso-2022-jp", "7bit"), kind="unrelated", reply=False, key="sakura", mid_domain="sakura.ad.jp",
    subj_charset="iso-2022-jp", **other_in(P, dt, "mail.sakura.ad.jp", "219.94.128.10", "sakura.ad.jp"),
    what="Other vendor (Sakura Internet) support asking for an AuthCode", hard="keigo request to reply (ご返信いただけますでしょうか) with a ticket number, not AWS")

# ---------------------------------------------------------------- Pearson VUE new booking
dt = T("2025-06-10 03:15:02", 0)
txt = """Dear Mizuki Arakawa,

Thank you for scheduling your exam with Pearson VUE.

Exam:              SAA-C03: AWS Certified Solutions Architect - Associate
Appointment:       Saturday, June 21, 2025, 10:00 JST
Location:          Online (OnVUE)
Registration ID:   433018275
Payment:           50% exam discount voucher applied, JPY 10,000 charged

Please run the system test before exam day and have your ID ready.

Pearson VUE
"""
add(dt=dt, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P,
    subject="Pearson VUE Confirmation of Booking", body=plain(txt, "us-ascii", "7bit"),
    kind="unrelated", reply=False, key="pvue-2025", mid_domain="pearson.com",
    **other_in(P, dt, "mx0a-pearson.pphosted.com", "148.163.150.19", "pearson.com"),
    what="Pearson VUE booking with the voucher", hard="exam vendor; voucher wording echoes case D")

# ---------------------------------------------------------------- CertMetrics lookalike
dt = T("2025-06-15 04:44:31", 0)
htm = """<html><body style="font-family:Arial"><p>Hello Mizuki,</p>
<p>Our records show <b>two AWS Certification Accounts</b> registered to you. Duplicate accounts violate the
AWS Certification Program Agreement and both will be suspended on <b>June 18</b>.</p>
<table border="0" cellpadding="8" style="background:#fff3cd"><tr><td>To keep your certifications, please answer this e-mail with the
candidate ID you want to keep and the password for your AWS Builder ID.</td></tr></table>
<p>AWS Certification Compliance</p></body></html>"""
add(dt=dt, frm=addr("AWS Certification", "compliance@certmetrics-aws.com"), to=P, subject="Duplicate AWS Certification Accounts - suspension notice",
    body=html(htm, "utf-8", "quoted-printable"), kind="suspicious", reply=False, key="phish-certmetrics", mid_domain="certmetrics-aws.com",
    **other_in(P, dt, "srv1.certmetrics-aws.com", "176.97.210.33", "certmetrics-aws.com", dkim="pass", spf="pass", dmarc="none"),
    what="CertMetrics lookalike: 'duplicate accounts' suspension", hard="request in a highlighted table cell, asks which candidate ID to keep (like a real confirmation request); DKIM passes for the lookalike domain")

# ---------------------------------------------------------------- recertified
dt = T("2025-06-21 09:48:12", 0)
txt = """Dear Mizuki Arakawa,

Congratulations on recertifying your AWS Certification!

  Certification:   AWS Certified Solutions Architect - Associate
  Recertified:     June 21, 2025
  Valid through:   June 21, 2028
  Candidate ID:    %s

Your updated badge will arrive from Credly shortly. A new 50%% discount voucher for your next
exam is now listed under Benefits.

AWS Certification
""" % CAND_NEW
add(dt=dt, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
    subject="Congratulations on recertifying your AWS Certification!", body=plain(txt, "us-ascii", "7bit"),
    kind="certification", reply=False, cands=[CAND_NEW], key="cert-recert", mid_domain="certmetrics.com",
    **other_in(P, dt, "mail241.certmetrics.com", "198.2.140.241", "certmetrics.com"),
    what="SAA recertified", hard="certification mail with candidate ID; voucher wording")

# ---------------------------------------------------------------- Credly recert badge
dt = T("2025-06-22 01:20:40", 0)
txt = """Mizuki, your badge has been renewed!

Amazon Web Services Training and Certification has issued you an updated version of
"AWS Certified Solutions Architect - Associate". Your previous badge was replaced.

View badge: https://www.credly.com/badges/0c9d4e21-6a73-4b8e-bf12-7e5a90c3d118

Credly, Inc.
"""
add(dt=dt, frm=addr("Credly", "admin@credly.com"), to=P, subject="Your AWS Certified Solutions Architect - Associate badge has been renewed",
    body=plain(txt, "utf-8", "7bit"), kind="badge", reply=False, key="credly-recert", mid_domain="credly.com",
    **other_in(P, dt, "o1.ptr2817.credly.com", "167.89.91.12", "credly.com"),
    what="Credly: renewed SAA badge", hard="badge UUID, no case")

# ---------------------------------------------------------------- new manager: link certifications, ask in a P.S.
dt = T("2025-06-23 18:05:11", 9)
txt = """荒川さん

入社から3週間、おつかれさまです。来週の顧客向け勉強会の資料、ありがとうございました。
構成図の部分はそのまま使わせてもらいます。

P.S. Partner Central への認定の紐付け、今週中にお願いできますか? 四半期の認定者数の締めが 6/30 です。

田中
"""
add(dt=dt, frm=addr("田中 亮介", "r.tanaka@kumoworks.jp"), to=P, subject="勉強会資料ありがとうございました",
    body=plain(txt, "utf-8", "base64"), kind="unrelated", reply=False, key="tanaka-ps", mid_domain="kumoworks.jp",
    **other_in(P, dt, "mail-sor-f41.google.com", "209.85.220.41", "kumoworks.jp"),
    what="New manager: thanks + P.S. asking to link certifications", hard="a request in a P.S. about AWS certifications, but from my manager, not support")

# ---------------------------------------------------------------- AWS Partner Central link done
dt = T("2025-06-26 07:31:08", 0)
txt = """Hello Mizuki,

Your AWS Certification Account (%s) has been linked to the AWS Partner Network profile of
Kumo Works, Inc. Your certifications will count toward the partner's totals within 5 business days.

If you did not request this link, you can remove it from your AWS Certification Account
under Account settings > Partner.

AWS Partner Network
""" % CAND_NEW
add(dt=dt, frm=addr("AWS Partner Network", "apn-no-reply@amazon.com"), to=P,
    subject="Your AWS Certification is now linked to Kumo Works, Inc.", body=plain(txt, "us-ascii", "7bit"),
    kind="unrelated", reply=False, cands=[CAND_NEW], key="apn-link", mid_domain="email.amazonses.com", mid_style="ses",
    extra=ses_extra(), **amazon_in(P, dt),
    what="AWS Partner Network: certification linked to new employer", hard="amazon.com sender about the certification account and partner link; candidate ID; conditional instruction")
