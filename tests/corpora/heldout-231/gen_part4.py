# Part 4: 12-22 June 2025. Confirmation request, closing notice, merge of case A.
from gen_common import *

REF = lambda *keys: " ".join(IDS[k] for k in keys)

# 039 certification, Japanese expiry reminder
add("certification", False, None, ["AWS02718846"], [
    ("Return-Path", "<bounces+2213@em.certmetrics.com>"),
    ar_o365("certmetrics.com"),
    ("From", addr("AWS 認定", "do-not-reply@certmetrics.com")),
    ("To", ME_COMPANY),
    ("Subject", "AWS 認定の有効期限が近づいています: AWS Certified Developer - Associate"),
    ("Date", "Thu, 12 Jun 2025 00:05:31 +0000"),
    ("Message-ID", "<CM.20250612000531.31877@certmetrics.com>")],
    part("""松永 玲奈 様

お持ちの AWS Certified Developer - Associate 認定は 2025 年 9 月 14 日に有効期限を迎えます。
認定を維持するには、期限までに再認定試験に合格するか、上位の認定を取得してください。

候補 ID: AWS02718846

再認定の方法は AWS 認定アカウントの「認定」ページからご確認いただけます。
このメールは送信専用アドレスから送信しています。

AWS トレーニングと認定
""", cte="base64"))

# 040 Partner Central user deactivated (APN, not a case)
add("unrelated", False, None, [], [
    ("Return-Path", "<0101019760@us-west-2.amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Partner Central", "aws-partner-central-noreply@amazon.com")),
    ("To", ME_COMPANY),
    ("Subject", "Your AWS Partner Central user has been deactivated"),
    ("Date", "Fri, 13 Jun 2025 08:47:12 +0000"),
    ("Message-ID", "<0101019760c1d2e3-partner-central-user-000000@us-west-2.amazonses.com>")],
    part("""Hello Rena Matsunaga,

An alliance lead at Kohaku System Integration Co., Ltd. has deactivated your
AWS Partner Central user. You no longer have access to the partner's
opportunities, training reports or benefits.

Your individual certifications are not affected by this change. If you
believe this was done in error, contact your alliance lead.

AWS Partner Network
""", cte="7bit"))

# 041 Pearson VUE genuine confirmation (exam vendor)
add("unrelated", False, None, [], [
    ("Return-Path", "<noreply@pearson.com>"),
    ar_fm("pearson.com"),
    ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment"),
    ("Date", "Sat, 14 Jun 2025 03:22:48 +0000"),
    ("Message-ID", "<1718335368.991.PVUE.482917360@pearson.com>")],
    ("alternative", [
        part("""Dear Rena Matsunaga,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, July 19, 2025, 10:00 JST
Delivery: OnVUE online proctored
Registration ID: 482917360
Price: USD 150.00 (50% discount applied)

Check in up to 30 minutes before your appointment. Run the system test on the
computer you will use before exam day.

To reschedule or cancel, sign in to your AWS Certification Account at least
24 hours before your appointment.

Pearson VUE
""", cte="7bit"),
        part("""<html><body><p>Dear Rena Matsunaga,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>
<table><tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date</td><td>Saturday, July 19, 2025, 10:00 JST</td></tr>
<tr><td>Delivery</td><td>OnVUE online proctored</td></tr>
<tr><td>Registration ID</td><td>482917360</td></tr>
<tr><td>Price</td><td>USD 150.00 (50% discount applied)</td></tr></table>
<p>Check in up to 30 minutes before your appointment.</p><p>Pearson VUE</p></body></html>""", sub="html")]))

# 042 suspicious: lookalike domain quoting the real case number
add("suspicious", False, None, [], [
    ("Return-Path", "<support@aws-trainingcert-support.com>"),
    ar_fm("aws-trainingcert-support.com"),
    ("From", addr("AWS Training and Certification", "support@aws-trainingcert-support.com")),
    ("Reply-To", "merge-desk@aws-trainingcert-support.com"),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] Action required: verify both accounts before merge" % CASE_A),
    ("Date", "Sat, 14 Jun 2025 16:58:03 +0000"),
    ("Message-ID", "<20250614165803.77ab1@aws-trainingcert-support.com>")],
    part("""<html><body style="font-family:Arial">
<p>Hello Rena,</p>
<p>Your account merge (case 174902041200591) is ready. Because the source account belongs to a Partner
organization, we must verify ownership of <b>both</b> accounts before we continue.</p>
<p>Sign in to each account through the secure link below within 24 hours, otherwise the merge will be cancelled
and your certifications may be lost:</p>
<p><a href="https://aws-training-verify.com/merge/login?case=174902041200591">Verify accounts</a></p>
<p>Alternatively reply with your Builder ID password and the one-time code you receive.</p>
<p>AWS Training and Certification Customer Support</p></body></html>""", sub="html", cte="quoted-printable"))

# 043 Amazon.co.jp order shipped
add("unrelated", False, None, [], [
    ("Return-Path", "<2025061500@bounces.amazon.co.jp>"),
    ar_fm("amazon.co.jp"),
    ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon.co.jp ご注文の商品を発送しました"),
    ("Date", "Sun, 15 Jun 2025 11:20:37 +0900"),
    ("Message-ID", "<0100019770a1b2c3-jp-shipconfirm-000000@email.amazonses.com>")],
    part("""<html><body><p>松永 玲奈 様</p>
<p>ご注文いただいた商品を発送しました。</p>
<p>注文番号: 249-8817263-5530217<br>
商品: AWS認定ソリューションアーキテクト−プロフェッショナル 問題集(第2版)<br>
お届け予定: 6月16日(月)</p>
<p>配送状況の確認は「注文履歴」から行えます。</p>
<p>Amazon.co.jp</p></body></html>""", sub="html", cte="base64"))

# 044 confirmation_request A, HTML-only with tables
add("confirmation_request", True, CASE_A, ["AWS07350192", "AWS02718846"], [
    ("Return-Path", "<0101019776@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Mon, 16 Jun 2025 02:14:55 +0000"),
    ("Message-ID", "<a5T8p000001Z02fEAC.1750040095@sfdc.net>"),
    ("In-Reply-To", IDS["A6"]), ("References", REF("A1", "A2", "A3", "A4", "A5", "A6"))],
    part("""<html><head><style>td{border:1px solid #ccc;padding:4px 8px}</style></head><body style="font-family:Arial;font-size:13px">
<p>Hello Rena,</p>
<p>The partner association ended on Friday, so the merge can go ahead. These are the two certification profiles I found for you:</p>
<table cellspacing="0">
<tr><th colspan="2" align="left">Profile A</th></tr>
<tr><td>Candidate ID</td><td>AWS07350192</td></tr>
<tr><td>Login email</td><td>renamatsu@fastmail.com</td></tr>
<tr><td>Training notification email</td><td>renamatsu@fastmail.com</td></tr>
<tr><td>Certification notification email</td><td>renamatsu@fastmail.com</td></tr>
</table><br>
<table cellspacing="0">
<tr><th colspan="2" align="left">Profile B</th></tr>
<tr><td>Candidate ID</td><td>AWS02718846</td></tr>
<tr><td>Login email</td><td>r-matsunaga@kohaku-si.co.jp</td></tr>
<tr><td>Training notification email</td><td>r-matsunaga@kohaku-si.co.jp</td></tr>
<tr><td>Certification notification email</td><td>r-matsunaga@kohaku-si.co.jp</td></tr>
</table>
<p>Both profiles belong to you, and Profile A is the one that should survive, with the exam history, credentials and the unused 50% voucher from Profile B moved into it &mdash; is that right?</p>
<p>A merge can't be undone, so I'll wait for your go-ahead on this thread before touching anything.</p>
<p>Thanks,<br>Dimitri P.<br>AWS Training and Certification Customer Support</p>
</body></html>""", sub="html", cte="quoted-printable"), key="A7")

# 045 GitHub issue comment (personal repo)
add("unrelated", False, None, [], [
    ("Return-Path", "<noreply@github.com>"),
    ar_fm("github.com"),
    ("From", addr("mkd-oss", "notifications@github.com")),
    ("Reply-To", addr("renamatsu/aws-cert-notes", "reply+ABCD12345@reply.github.com")),
    ("To", addr("renamatsu/aws-cert-notes", "aws-cert-notes@noreply.github.com")),
    ("Cc", addr("Rena Matsunaga", ME_PERSONAL) + ", Author <author@noreply.github.com>"),
    ("Subject", "Re: [renamatsu/aws-cert-notes] Typo in merge guide: \"Account Merge\" menu moved (Issue #14)"),
    ("Date", "Mon, 16 Jun 2025 08:41:20 -0700"),
    ("Message-ID", "<renamatsu/aws-cert-notes/issues/14/2977310044@github.com>"),
    ("In-Reply-To", "<renamatsu/aws-cert-notes/issues/14@github.com>"),
    ("References", "<renamatsu/aws-cert-notes/issues/14@github.com>")],
    part("""Could you confirm which form you used? In my case the "Account Merge" detail
only appeared after picking "Certification" as the inquiry type. Happy to send
a PR if you can confirm.

--
Reply to this email directly, view it on GitHub:
https://github.com/renamatsu/aws-cert-notes/issues/14#issuecomment-2977310044
You are receiving this because you authored the thread.
""", cte="7bit"))

# 046 AWS Summit Japan marketing (Japanese, HTML-only)
add("unrelated", False, None, [], [
    ("Return-Path", "<bounce-mkto@marketing.aws>"),
    ar_fm("amazon.com"),
    ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "【AWS Summit Japan】認定者ラウンジのご案内と当日のお願い"),
    ("Date", "Tue, 17 Jun 2025 01:00:00 +0000"),
    ("Message-ID", "<771920384.2211.1750122000419@mktomail.aws>"),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>")],
    part("""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<h2>AWS Summit Japan 2025 認定者ラウンジ</h2>
<p>AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。入場時に Credly のデジタルバッジをご提示ください。</p>
<p>ご来場の際は、事前登録で発行された QR コードをご用意のうえ、受付にお越しください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">詳細はこちら</a></p>
<p style="font-size:10px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>""", sub="html", cte="base64"))

# 047 Credly: badge expiring soon
add("badge", False, None, [], [
    ("Return-Path", "<bounce-mc.us5_1027@mail.credly.com>"),
    ar_fm("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Certified Developer \u2013 Associate badge expires in 90 days"),
    ("Date", "Tue, 17 Jun 2025 14:12:09 +0000"),
    ("Message-ID", "<68517c09e3f1a_7a2c@credly-mailer.mail>")],
    part("""Hi Rena,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services
Training and Certification, expires on September 14, 2025.

Contact the issuer to learn how to keep your credential current. Once renewed,
your badge will update automatically.

View badge: https://www.credly.com/badges/5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f

Credly
""", cte="7bit"))

# 048 closing_notice A (quotes the confirmation request)
add("closing_notice", True, CASE_A, [], [
    ("Return-Path", "<0101019785@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Thu, 19 Jun 2025 02:30:11 +0000"),
    ("Message-ID", "<a5T8p000001Z1ggEAC.1750300211@sfdc.net>"),
    ("In-Reply-To", IDS["A7"]), ("References", REF("A1", "A6", "A7"))],
    part("""Hello Rena,

Just following up on my message from Monday about merging your two
certification profiles. I haven't seen a response yet.

If we don't hear from you within the next 72 hours, this case will be closed
automatically. A reply on this thread at any point, even after closure, will
bring it back to me.

Best regards,
Dimitri P.
AWS Training and Certification Customer Support

--- Previous message (16 June 2025) ---
Both profiles belong to you, and Profile A is the one that should survive,
with the exam history, credentials and the unused 50% voucher from Profile B
moved into it -- is that right?
""", cte="quoted-printable"), key="A8")

# 049 owner: Confirmed (top-post)
add("user_reply", False, CASE_A, ["AWS02718846", "AWS07350192"], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Thu, 19 Jun 2025 12:44:37 +0900"),
    ("Message-ID", "<e1f2a3b4-5c6d-4e7f-8a9b-0c1d2e3f4a5b@app.fastmail.com>"),
    ("In-Reply-To", IDS["A8"]), ("References", REF("A1", "A7", "A8")),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""Hi Dimitri,

Sorry for the delay, I was moving house. Confirmed: both profiles are mine.
Please merge Profile B (AWS02718846) into Profile A (AWS07350192) and keep
renamatsu@fastmail.com.

Rena

On Thu, Jun 19, 2025, at 11:30, AWS Training and Certification wrote:
> Hello Rena,
>
> Just following up on my message from Monday about merging your two
> certification profiles. I haven't seen a response yet.
>
> If we don't hear from you within the next 72 hours, this case will be closed
> automatically.
""", cte="quoted-printable"), key="A9")
