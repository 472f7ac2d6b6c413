# Part 2: end of November 2023 (case B closes), then June 2025 (job change, cases A and C).
from gen_common import *

# 014 resolved B, Outlook-style quoted history containing the old request
add("resolved", False, CASE_B, [], [
    ("Return-Path", "<0100018bdd@amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_COMPANY),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B),
    ("Date", "Fri, 17 Nov 2023 22:06:31 +0000"),
    ("Message-ID", "<Lk5sZ2rYw0b_4QmF9c@sfdc.net>"),
    ("In-Reply-To", IDS["B4"]), ("References", " ".join([IDS["B1"], IDS["B2"], IDS["B3"], IDS["B4"]]))],
    ("alternative", [
        part("""Hi Rena,

Good news: the Certification Benefits team has generated your 50% exam
discount. It now appears under Benefits in your AWS Certification Account and
is valid until 2 November 2026. You'll also get a separate notice from our
certification system with the code.

The case will be marked resolved. Should the voucher not show up, or if
something else comes up, you're welcome to write back on this thread.

Best,
Marcus T.
AWS Training and Certification Customer Support

________________________________
From: AWS Training and Certification
Sent: 10 November 2023 08:41
Subject: RE: [CASE 14128806931] [AWS Training and Certification Form Submission] - certification

つきましては、調査を進めるにあたり、以下の 2 点をこのメールへの返信にてご教示いただけますでしょうか。
1. 再認定試験を受験された日付と試験会場(テストセンターまたはオンライン)
2. 特典ページに表示されている期限切れバウチャーの末尾 4 桁
""", cte="quoted-printable"),
        part("""<html><body>
<p>Hi Rena,</p>
<p>Good news: the Certification Benefits team has generated your 50% exam discount. It now appears under <b>Benefits</b> in your AWS Certification Account and is valid until 2 November 2026. You'll also get a separate notice from our certification system with the code.</p>
<p>The case will be marked resolved. Should the voucher not show up, or if something else comes up, you're welcome to write back on this thread.</p>
<p>Best,<br>Marcus T.<br>AWS Training and Certification Customer Support</p>
<hr>
<div style="color:#555"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 10 November 2023 08:41<br><b>Subject:</b> RE: [CASE 14128806931] [AWS Training and Certification Form Submission] - certification<br><br>
つきましては、調査を進めるにあたり、以下の 2 点をこのメールへの返信にてご教示いただけますでしょうか。<br>
1. 再認定試験を受験された日付と試験会場(テストセンターまたはオンライン)<br>
2. 特典ページに表示されている期限切れバウチャーの末尾 4 桁</div>
</body></html>""", sub="html", cte="base64")]), key="B5")

# 015 certification: benefit notice with code
add("certification", False, None, [], [
    ("Return-Path", "<bounces+2213@em.certmetrics.com>"),
    ar_o365("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_COMPANY),
    ("Subject", "Your AWS Certification exam benefit is ready"),
    ("Date", "Fri, 17 Nov 2023 22:30:12 +0000"),
    ("Message-ID", "<CM.20231117223012.90117@certmetrics.com>")],
    part("""Hello Rena,

As an AWS Certified individual you have a new benefit available:

  50% discount on one AWS Certification exam
  Code: ASSOC50-PN8R-2KQ4
  Valid through: November 02, 2026

Apply the code at checkout when you schedule your next exam. Codes are single
use and cannot be exchanged for cash.

AWS Certification
""", cte="7bit"))

# 016 survey B
add("survey", False, CASE_B, [], [
    ("Return-Path", "<0100018be1@amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
    ("To", ME_COMPANY),
    ("Subject", "How did we do? Your AWS Training and Certification case %s" % CASE_B),
    ("Date", "Sun, 19 Nov 2023 01:00:44 +0000"),
    ("Message-ID", "<svy.14128806931.20231119@amazon.com>")],
    part("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your recent case (<b>14128806931</b>) with AWS Training and Certification Customer Support was resolved.
We'd like to know how it went. The survey has three questions and takes about a minute.</p>
<table><tr>
<td><a href="https://survey.aws.training/s?c=14128806931&r=1">1</a></td>
<td><a href="https://survey.aws.training/s?c=14128806931&r=2">2</a></td>
<td><a href="https://survey.aws.training/s?c=14128806931&r=3">3</a></td>
<td><a href="https://survey.aws.training/s?c=14128806931&r=4">4</a></td>
<td><a href="https://survey.aws.training/s?c=14128806931&r=5">5</a></td></tr></table>
<p>1 = very dissatisfied, 5 = very satisfied</p>
<p style="font-size:11px;color:#888">Please do not reply to this email; replies are not monitored.</p>
</body></html>""", sub="html"))

# 017 Google Cloud certification renewal (other vendor)
add("unrelated", False, None, [], [
    ("Return-Path", "<cloud-certification-noreply@google.com>"),
    ar_fm("google.com"),
    ("From", addr("Google Cloud Certification", "cloud-certification-noreply@google.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your Professional Cloud Architect certification expires in 60 days"),
    ("Date", "Mon, 20 Nov 2023 16:09:51 +0000"),
    ("Message-ID", "<000000000000a1b2c30609f1d2e3@google.com>")],
    part("""Hi Rena,

Your Google Cloud Professional Cloud Architect certification expires on
January 19, 2024. You can take the renewal exam starting now.

Renew your certification: https://cloud.google.com/learn/certification/renew

Google Cloud Certification team
""", cte="7bit"))

# 018 AWS marketing re:Invent (HTML only)
add("unrelated", False, None, [], [
    ("Return-Path", "<0100018bf@marketing.aws>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Events", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "re:Invent starts Monday: build your keynote lineup"),
    ("Date", "Wed, 22 Nov 2023 17:03:00 +0000"),
    ("Message-ID", "<1845829231.4471909.1700672580112@mktomail.aws>"),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html>")],
    part("""<!DOCTYPE html><html><body style="margin:0;background:#232f3e">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff"><tr><td style="padding:24px;font-family:Arial">
<h1 style="color:#232f3e">See you in Las Vegas</h1>
<p>Keynotes, builder sessions and the Certification Lounge are open to AWS Certified attendees.
Show your digital badge at the lounge entrance.</p>
<p><a href="https://reinvent.awsevents.com/">Plan your agenda</a></p>
<p style="font-size:10px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent to renamatsu@fastmail.com. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>""", sub="html"))

# ======================= June 2025 =======================

# 019 HR offboarding (company, asks for a reply — not support)
add("unrelated", False, None, [], [
    ("From", addr("人事総務部 退職手続き窓口", "jinji@kohaku-si.co.jp")),
    ("To", ME_COMPANY),
    ("Subject", "【ご確認ください】退職手続きのご案内(最終出社日 6/13)"),
    ("Date", "Mon, 02 Jun 2025 10:15:00 +0900"),
    ("Message-ID", "<OS3P286MB0912E2A1C0D7E5F8AA4C1D00A2@OS3P286MB0912.JPNP286.PROD.OUTLOOK.COM>"),
    ("Content-Language", "ja-JP")],
    part("""松永 玲奈 様

人事総務部です。退職に伴う手続きについてご案内します。

・最終出社日: 2025年6月13日(金)
・社用メールアドレスは最終出社日の 18:00 に停止されます。
  外部サービスに社用アドレスを登録している場合は、それまでに変更してください。
・PC・入館証は最終日に情報システム部へ返却してください。

貸与物一覧を添付しましたので、内容をご確認のうえ、6/6(金)までに本メールへ返信してください。

人事総務部 中西
""", cte="quoted-printable"))

# 020 note to self before filing the form
add("user_reply", False, None, ["AWS02718846", "AWS07350192"], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr(ME_NAME, ME_PERSONAL)),
    ("Subject", "memo: AWS認定アカウント統合の準備"),
    ("Date", "Tue, 03 Jun 2025 22:47:19 +0900"),
    ("Message-ID", "<4f1d6e2a-9b1c-4a0e-b6a2-1c0e5d7f2a31@app.fastmail.com>"),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""自分用メモ

旧(会社): r-matsunaga@kohaku-si.co.jp  候補ID AWS02718846  SAA(2026/11まで)、DVA(2025/09まで)
新(個人): renamatsu@fastmail.com  候補ID AWS07350192  (Builder IDで作成済み、履歴空)
特典: 50%バウチャー 1枚 (ASSOC50-…、2026/11まで)
証明書PDFは ~/Documents/aws-cert/ に保存済み

明日フォームから「アカウントの統合」で申請。残すのは個人の方。
コハクはAPNパートナーなので止められるかも。最終出社は6/13。
""", cte="base64"))

# 021 Builder ID verification code
add("unrelated", False, None, [], [
    ("Return-Path", "<0101019733@us-west-2.amazonses.com>"),
    ar_fm("signin.aws"),
    ("From", addr("AWS", "no-reply@signin.aws")),
    ("To", ME_PERSONAL),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Date", "Wed, 04 Jun 2025 06:31:52 +0000"),
    ("Message-ID", "<01010197393c6f2e-1a2b3c4d-5e6f-4711-8a9b-0c1d2e3f4a5b-000000@us-west-2.amazonses.com>")],
    part("""<html><body style="font-family:Amazon Ember,Arial">
<h2>Verify your email address</h2>
<p>Use the code below to finish signing in with AWS Builder ID.</p>
<p style="font-size:28px;letter-spacing:4px"><b>604173</b></p>
<p>This code expires in 10 minutes. If you didn't request it, you can ignore this email.</p>
<p style="color:#777;font-size:11px">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>""", sub="html"))

# 022 ack case A (to personal)
ackA = """Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Name: Rena Matsunaga
Candidate ID: AWS07350192
Email: renamatsu@fastmail.com

How can we help you?
Use case: I am leaving Kohaku System Integration on 13 June and want one
certification account under my personal address.
Email addresses I have used: r-matsunaga@kohaku-si.co.jp (AWS02718846),
renamatsu@fastmail.com (AWS07350192)
Address to keep: renamatsu@fastmail.com""" % CASE_A
add("acknowledgement", False, CASE_A, ["AWS07350192", "AWS02718846", "AWS07350192"], [
    ("Return-Path", "<010101973942@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Wed, 04 Jun 2025 07:00:31 +0000"),
    ("Message-ID", "<a5T8p000001Yq3gEAC.1749020438@sfdc.net>")],
    part("""Hello Rena Matsunaga,

Thank you for reaching AWS Training and Certification. Your request has been
logged and the reference for it is case %s.

A member of our team will normally respond within 24 hours. During busy
periods a full answer can take a little longer while we look into the details.

Opening another case for this same request will not speed it up and can
delay it, so please keep to this one.

Here is a copy of the information you provided:

%s

Sincerely,
AWS Training and Certification
""" % (CASE_A, ackA), cte="quoted-printable"), key="A1")

# 023 ack case C (duplicate, Japanese, to company address)
add("acknowledgement", False, CASE_C, [], [
    ("Return-Path", "<0101019739@us-west-2.amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_COMPANY),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C),
    ("Date", "Wed, 04 Jun 2025 07:26:50 +0000"),
    ("Message-ID", "<a5T8p000001Yr7hEAC.1749021609@sfdc.net>")],
    ("alternative", [
        part("""AWS トレーニングと認定へのお問い合わせありがとうございます。

お問い合わせを受け付け、ケース番号 %s を発行しました。
担当者より、原則として 24 時間以内にご連絡いたします。内容によっては
調査にお時間をいただく場合がございます。

同じ内容のお問い合わせをすでにお送りいただいている場合は、新たにケースを
作成せず、既存のケースのメールにご返信ください。重複したケースはお手続きの
遅れにつながることがございます。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: r-matsunaga@kohaku-si.co.jp

AWS トレーニングと認定
""" % CASE_C, cte="quoted-printable"),
        part("""<html><body><p>AWS トレーニングと認定へのお問い合わせありがとうございます。</p>
<p>お問い合わせを受け付け、ケース番号 <b>%s</b> を発行しました。担当者より、原則として 24 時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。</p>
<p>同じ内容のお問い合わせをすでにお送りいただいている場合は、新たにケースを作成せず、既存のケースのメールにご返信ください。重複したケースはお手続きの遅れにつながることがございます。</p>
<table border="1" cellpadding="3"><tr><td>お問い合わせタイプ</td><td>AWS トレーニングと認定</td></tr>
<tr><td>その他の詳細</td><td>アカウントの統合</td></tr>
<tr><td>メールアドレス</td><td>r-matsunaga@kohaku-si.co.jp</td></tr></table>
<p>AWS トレーニングと認定</p></body></html>""" % CASE_C, sub="html", cte="base64")]), key="C1")

# 024 owner forwards the duplicate ack from company to personal
add("user_reply", False, CASE_C, [], [
    ("From", addr("松永 玲奈", ME_COMPANY)),
    ("To", ME_PERSONAL),
    ("Subject", "FW: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C),
    ("Date", "Wed, 04 Jun 2025 16:31:40 +0900"),
    ("Message-ID", "<OS3P286MB2207C4E91A3B0F6D2E5E7CC1B9@OS3P286MB2207.JPNP286.PROD.OUTLOOK.COM>"),
    ("X-Mailer", "Microsoft Outlook 16.0")],
    part("""しまった、会社PCからもう一度送信してしまった。二重申請。個人側にも控えを転送。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月4日 16:26
宛先: 松永 玲奈 <r-matsunaga@kohaku-si.co.jp>
件名: RE: [CASE 174902198700213] [AWS Training and Certification Form Submission] - account-assistance

AWS トレーニングと認定へのお問い合わせありがとうございます。

お問い合わせを受け付け、ケース番号 174902198700213 を発行しました。
担当者より、原則として 24 時間以内にご連絡いたします。
""", cte="base64"))
