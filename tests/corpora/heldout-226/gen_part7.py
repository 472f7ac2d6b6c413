# Part 7: orphaned exam result case C6 and the rest (16 May - 3 June 2025)
from gen_lib import *

PE = addr(ME_NAME, ME_PERSONAL)
TCF = addr("AWS Training and Certification", TC_FORM)
S6 = "[AWS Training and Certification Form Submission] - exam-results"
C6_ACK = "<01010196e5a1c7f3-0d8b4e27-6a13-4f9c-b5e0-8c2f1d7a3e96-000000@us-west-2.amazonses.com>"
C6_REQ = "<01010196eb0a7d52-5c1f8e30-9b47-4a26-8d3c-f0e7a2b5c918-000000@us-west-2.amazonses.com>"
C6_USER = "<6E2F0A3D-8B71-4C95-A4D2-13C9E5F7B028@icloud.com>"
C6_HOLD = "<01010196f0b3e4a1-7a2d9c64-1e58-4b03-9f7a-2c6e0d8b5f31-000000@us-west-2.amazonses.com>"
C6_REQ2 = "<0101019714f2c8e0-3b6a1d95-c407-4e82-a1f9-6d0b3e7c2a58-000000@us-west-2.amazonses.com>"

# 065 re:Post answer notification --------------------------------------------------------
t = """Hi Toru Makabe,

Your question has a new answer.

  Merging AWS Certification accounts when the old one is linked to an APN partner

  "The partner has to release the association first; support puts the case on
  hold until then. Once released, they ask you to confirm the merge..."
  - answered by EXPERT Daisuke_H

View the answer and accept it if it solved your problem:
https://repost.aws/questions/QUx7mA1bR2SgK0pL9cE3fW4t

You are receiving this e-mail because you follow this question.
AWS re:Post
"""
add("unrelated", False, None, [],
    "re:Post notification about the owner's own merge question, quoting 'hold' and 'confirm the merge'; asks to accept an answer",
    [*auth_icloud("repost.aws", "bounce@mail.repost.aws", ip="54.240.8.15"),
     ("From", addr("AWS re:Post", "no-reply@repost.aws")),
     ("To", ME_PERSONAL),
     ("Subject", "New answer to your question on AWS re:Post"),
     ("Date", date("2025-05-16 07:22:40")),
     ("Message-ID", "<0100019656c3e1a2-repost-ans-QUx7mA1bR2SgK0pL9cE3fW4t@email.amazonses.com>")],
    part(t, cte="quoted-printable"))

# 066 C6 acknowledgement, HTML only -----------------------------------------------------------------
h = """<html><body style="font-family:Arial;font-size:13px;color:#232f3e">
<p>Hello Toru Makabe,</p>
<p>Thanks for contacting AWS Training and Certification. Here is a copy of your request.</p>
<table cellpadding="5" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="background:#f2f3f3"><b>Case ID</b></td><td>174761526500871</td></tr>
<tr><td style="background:#f2f3f3"><b>Status</b></td><td>Open - unassigned</td></tr>
<tr><td style="background:#f2f3f3"><b>Inquiry type</b></td><td>Certification / Exam results</td></tr>
<tr><td style="background:#f2f3f3"><b>Description</b></td><td>I took SCS-C02 on 10 May at a Pearson test centre. The appointment was booked on 12 April under my old candidate ID AWS02417785, before that account was merged into AWS11830462 (case 174463579100342). The result is not in my exam history.</td></tr>
</table>
<p>An agent will reply, normally within one business day. Please do not submit the form again for this issue; a new case would restart the queue.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>"""
add("acknowledgement", False, C6, [CAND_OLD, CAND_NEW],
    "HTML-only ack with a table; the echoed description cites the earlier merge case number too - the message belongs to the new case",
    [*auth_icloud("amazon.com", "01010196e5a1c7f3@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "[CASE 174761526500871] " + S6),
     ("Date", date("2025-05-19 09:41:30")),
     ("Message-ID", C6_ACK)],
    part(h, "html", cte="quoted-printable"))

# 067 AWS Budgets alert ---------------------------------------------------------------------
t = """AWS Budget Notification May 19, 2025
AWS Account 482910557316

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
monthly-cap budget is greater than 80.00% of USD 20.00 for the current month.
The ACTUAL Cost associated with this budget is USD 16.42.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: USD 20.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%

Go to the AWS Budgets dashboard:
https://console.aws.amazon.com/billing/home#/budgets
"""
add("unrelated", False, None, [],
    "AWS Budgets alert with 12-digit account ID",
    [*auth_icloud("amazonaws.com", "no-reply@budgets.amazonaws.com", ip="54.240.9.40"),
     ("From", addr("AWS Budgets", "no-reply@budgets.amazonaws.com")),
     ("To", ME_PERSONAL),
     ("Subject", "AWS Budgets: monthly-cap has exceeded your alert threshold"),
     ("Date", date("2025-05-19 15:03:11")),
     ("Message-ID", "<01010196e7f2a0c4-budgets-482910557316-monthly-cap@email.amazonses.com>")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 068 C6 info request, ask buried at the end, no question mark, no please ----------------------------
t = """Hello Toru,

Thanks for the detailed description - the timing explains a lot.

When an appointment is booked under one candidate ID and that ID is merged
into another before the exam date, the score can be delivered to the retired
ID. Our team can re-link it, but Pearson VUE first has to find the exact
appointment on their side, and a name and date alone are not always enough.

The one thing that would speed this up is the Pearson VUE registration number
shown in your appointment confirmation, along with the e-mail address that
confirmation was sent to.

Kind regards,
Ines
AWS Training and Certification Customer Service
"""
add("info_request", True, C6, [],
    "Request phrased as a statement ('The one thing that would speed this up is...') after an explanation; no 'please', no '?'",
    [*auth_icloud("amazon.com", "01010196eb0a7d52@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE: [CASE 174761526500871] " + S6),
     ("Date", date("2025-05-20 11:02:47")),
     ("Message-ID", C6_REQ),
     ("References", C6_ACK)],
    multipart([part(t), part(html_from_text(t), "html")], "----=_Part_51077_1747706567"))

# 069 owner's reply, Apple Mail Japanese attribution ------------------------------------------------
t = """Hi Ines,

The Pearson VUE registration number is 527741903.
The confirmation was sent to t-makabe@hoshizora-tech.co.jp (my former company
address, closed since 30 April) - luckily I had forwarded it to myself.

Thanks,
Toru

2025/05/20 11:02、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>のメール:

> Hello Toru,
>
> Thanks for the detailed description - the timing explains a lot.
> [...]
> The one thing that would speed this up is the Pearson VUE registration number
> shown in your appointment confirmation, along with the e-mail address that
> confirmation was sent to.
>
> Kind regards,
> Ines
"""
add("user_reply", False, C6, [],
    "Owner's answer with a 9-digit Pearson VUE number; Japanese-locale Apple Mail attribution line",
    [("From", PE),
     ("To", TCF),
     ("Subject", "Re: [CASE 174761526500871] " + S6),
     ("Date", date("2025-05-20 12:40:19")),
     ("Message-ID", C6_USER),
     ("In-Reply-To", C6_REQ),
     ("References", C6_ACK + " " + C6_REQ),
     ("X-Mailer", "iPhone Mail (22E252)")],
    part(t, cte="quoted-printable"), eol="\n")

# 070 C6 on hold for Pearson VUE ------------------------------------------------------------
t = """Hello Toru,

Thank you, that's exactly what was needed. I've sent the registration number
to Pearson VUE and asked them to move the SCS-C02 appointment and its score
from AWS02417785 to AWS11830462.

Your case is on hold until they confirm, which usually takes three to five
business days. I'll be back in touch as soon as I hear from them.

Kind regards,
Ines
AWS Training and Certification Customer Service
"""
add("on_hold", False, C6, [CAND_OLD, CAND_NEW],
    "On hold waiting for the exam vendor (not a partner); nothing asked",
    [*auth_icloud("amazon.com", "01010196f0b3e4a1@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE: [CASE 174761526500871] " + S6),
     ("Date", date("2025-05-21 10:17:05")),
     ("Message-ID", C6_HOLD),
     ("In-Reply-To", C6_USER),
     ("References", C6_ACK + " " + C6_REQ + " " + C6_USER)],
    part(t, cte="base64"))

# 071 Pearson VUE lookalike phishing ---------------------------------------------------------
h = """<html><body style="font-family:Arial">
<p><b>Pearson | VUE</b></p>
<p>Dear Candidate,</p>
<p>Your score report for exam <b>SCS-C02</b> is on hold because the candidate profile it belongs to was changed. To release the score, confirm your identity and pay the USD 15 re-validation fee:</p>
<p><a href="https://pearsonvue-scorecenter.com/release?exam=SCS-C02">Release my score report</a></p>
<p>Unreleased scores are deleted after 72 hours.</p>
<p>Pearson VUE Candidate Services</p>
</body></html>"""
add("suspicious", False, None, [],
    "Exam-vendor lookalike (pearsonvue-scorecenter.com) exploiting the real pending-score situation; DMARC none, asks for payment",
    [*auth_icloud("pearsonvue-scorecenter.com", "mailer@pearsonvue-scorecenter.com", dkim="none", spf="softfail", dmarc="none", ip="103.145.13.90"),
     ("From", addr("Pearson VUE", "candidate-services@pearsonvue-scorecenter.com")),
     ("To", ME_PERSONAL),
     ("Subject", "Your SCS-C02 score report is on hold"),
     ("Date", date("2025-05-22 02:48:33")),
     ("Message-ID", "<20250521174833.1a2b3c@pearsonvue-scorecenter.com>")],
    part(h, "html", cte="base64"))

# 072 other vendor support survey ---------------------------------------------------------------
t = """Hi Toru,

Your request PS-188204 "Transfer Jira Cloud site to new admin" was resolved
by Atlassian Support.

How would you rate the support you received?

  Good: https://support.atlassian.com/survey/PS-188204?r=good
  Bad:  https://support.atlassian.com/survey/PS-188204?r=bad

Thanks for helping us improve,
Atlassian Support
"""
add("unrelated", False, None, [],
    "Another vendor's support satisfaction survey - not an AWS case survey",
    [*auth_icloud("atlassian.com", "jira@atlassian.com", ip="18.234.32.150"),
     ("From", addr("Atlassian Support", "jira@atlassian.com")),
     ("To", ME_PERSONAL),
     ("Subject", "[JIRA] How did we do on PS-188204?"),
     ("Date", date("2025-05-23 09:14:56")),
     ("Message-ID", "<JIRA.2471930.1747958096000.55210.1747959296112@Atlassian.JIRA>")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 073 Amazon.co.jp shipping -------------------------------------------------------------------
t = """Amazon.co.jp ご注文の発送のお知らせ

真壁 透 様

ご注文いただいた商品を発送しました。

注文番号: 250-8814273-6610453
商品: AWS認定 セキュリティ – 専門知識 問題集（第2版）
お届け予定: 5月28日（水）

配送状況の確認:
https://www.amazon.co.jp/gp/your-account/order-history

Amazon.co.jp
"""
add("unrelated", False, None, [],
    "Amazon.co.jp shipping notice for an AWS certification book (Amazon, not AWS)",
    [*auth_icloud("amazon.co.jp", "20250527030211abc@bounces.amazon.co.jp", ip="52.95.48.110"),
     ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
     ("To", ME_PERSONAL),
     ("Subject", subj("Amazon.co.jp ご注文の商品を発送しました")),
     ("Date", date("2025-05-27 12:02:11")),
     ("Message-ID", "<0100019710b7e2c4-shipconfirm-250-8814273-6610453@email.amazonses.com>")],
    part(t, cte="quoted-printable"))

# 074 C6 asks for a check to be reported back -----------------------------------------------------
t = """Hello Toru,

Pearson VUE has moved the SCS-C02 appointment to candidate ID AWS11830462.
On our side the score now has to sync to your exam history, which normally
happens on its own within a day or two.

Could you sign in to your AWS Certification Account, open Exam history and
let us know whether SCS-C02 shows as passed/failed, as "Result pending", or
does not appear at all? Depending on what you see I'll either close the case
or escalate it to our engineers.

Thanks,
Tomasz
AWS Training and Certification Customer Service
"""
add("info_request", True, C6, [CAND_NEW],
    "Progress news followed by a request to check the console and report back",
    [*auth_icloud("amazon.com", "0101019714f2c8e0@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE: [CASE 174761526500871] " + S6),
     ("Date", date("2025-05-28 16:35:50")),
     ("Message-ID", C6_REQ2),
     ("References", C6_ACK + " " + C6_HOLD)],
    part(t, cte="7bit", charset="us-ascii"))

# 075 mailing list post with someone else's candidate ID ---------------------------------------------
t = """皆さま

渡辺です。質問させてください。

前職（APN パートナー）の認定アカウントを個人アカウントへ統合しようとしたところ、
サポートから「パートナーの承認待ちのため保留」と連絡があり、2 週間止まっています。
旧アカウントの候補 ID は AWS07735120 です。

同じように保留になった方、どのくらいで再開しましたか？
こちらから催促した方がいいのでしょうか。

--
渡辺 湊
"""
add("unrelated", False, None, ["AWS07735120"],
    "Community mailing-list question about a partner hold, with a stranger's candidate ID in the poster's own text",
    [*auth_icloud("googlegroups.com", "jawsug-tokyo+bncBD7@googlegroups.com", ip="209.85.219.63"),
     ("From", addr("渡辺 湊", "minato.watanabe.dev@gmail.com")),
     ("To", "jawsug-tokyo@googlegroups.com"),
     ("Subject", subj("[jawsug-tokyo] 認定アカウント統合がパートナー保留のまま進まない")),
     ("Date", date("2025-05-29 22:18:04")),
     ("Message-ID", "<CAPx2nB7Lq0wZ9rK1eT4vY8mH3sJ6dF5gU2iO7pA0cN9bV1=Q@mail.gmail.com>"),
     ("List-ID", "<jawsug-tokyo.googlegroups.com>"),
     ("Mailing-list", "list jawsug-tokyo@googlegroups.com; contact jawsug-tokyo+owners@googlegroups.com"),
     ("Precedence", "list")],
    part(t, cte="base64"))

# 076 certification benefits news --------------------------------------------------------------
h = """<html><body style="font-family:Arial">
<p>Hello Toru,</p>
<p>As an AWS Certified individual (Candidate ID AWS11830462) you now have access to two new benefits:</p>
<ul><li>20% off at the AWS Certified Store</li><li>Access to the AWS Certified Lounge at AWS Summit Japan, 25-26 June</li></ul>
<p>Find the codes under <b>Benefits</b> in your AWS Certification Account.</p>
<p>AWS Certification</p>
</body></html>"""
add("certification", False, None, [CAND_NEW],
    "Certification benefits announcement to the merged account",
    [*auth_icloud("certmetrics.com", "bounce.certmetrics.com"),
     ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_PERSONAL),
     ("Subject", "New benefits for AWS Certified individuals"),
     ("Date", date("2025-06-02 09:00:26")),
     ("Message-ID", "<0101019730a4e8b1-6d2f0c95-3a71-4e8b-9c04-b1e5d7f2a368-000000@us-west-2.amazonses.com>")],
    part(h, "html", cte="quoted-printable"))

# 077 C6 closing notice, Japanese keigo ---------------------------------------------------------
t = """真壁 透 様

AWS トレーニングと認定 カスタマーサービスの山科でございます。

ケース 174761526500871 につきまして、5 月 28 日にお願いいたしました
試験履歴の表示状況のご確認について、現時点でご返信をいただいておりません。

6 月 10 日までにご連絡がない場合は、問題が解消したものと判断し、
本ケースをクローズさせていただきます。
引き続き対応が必要な場合は、本メールにご返信いただけましたら、
担当者が対応を継続いたします。

何卒よろしくお願い申し上げます。

山科
AWS トレーニングと認定 カスタマーサービス
"""
add("closing_notice", True, C6, [],
    "Japanese keigo closing warning; the 'reply if you still need help' sounds conditional but the check is still owed",
    [*auth_icloud("amazon.com", "0101019734c1f0d7@us-west-2.amazonses.com"),
     ("From", addr("AWS トレーニングと認定", TC_FORM)),
     ("To", ME_PERSONAL),
     ("Subject", subj("RE: [CASE 174761526500871] " + S6)),
     ("Date", date("2025-06-03 10:30:12")),
     ("Message-ID", "<0101019734c1f0d7-1e8a5b26-4d90-4c37-b2f1-9a6c3e0d7b84-000000@us-west-2.amazonses.com>"),
     ("In-Reply-To", C6_REQ2),
     ("References", C6_ACK + " " + C6_REQ + " " + C6_REQ2)],
    part(t, charset="iso-2022-jp", cte="7bit"))
