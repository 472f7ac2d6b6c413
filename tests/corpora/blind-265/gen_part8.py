# June 2025: voucher restored, survey, more phishing and other-vendor mail.
from gen_lib import *

CASE_QUOTA = "174915630900488"

# 057 case A resolved again (Japanese, conditional invitation at the end)
plain = """岡部 怜 様

AWS トレーニングと認定の佐藤でございます。
お送りいただいた情報をもとに、50% 割引バウチャーを統合後のアカウントに再発行いたしました。
特典ページにてご確認いただけます（有効期限: 2025年11月30日、元のバウチャーと同じです）。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定
"""
html = "<html><body style=\"font-family:Meiryo,sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(("resolved", False, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-06-02 02:00:26", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_rep5"]), ("References", " ".join([MID["a_ack"], MID["a_rep5"]]))],
    alt(plain, html, cte="b64"), crlf=True)

# 058 certmetrics: benefit available (certification, not case mail)
body = """Hello Rei Okabe (AWS05260917),

A new benefit is available in your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Expires: 2025-11-30

Sign in to your AWS Certification Account and open Benefits to use it.

AWS Training and Certification
"""
add(("certification", False, None, ["AWS05260917"]),
    auth_gmail("certmetrics.com", ip="198.2.180.44", sel="k2") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_GMAIL),
    ("Subject", "A new AWS Certification benefit is available"),
    ("Date", date("2025-06-02 03:10:55", "+0000")), ("Message-ID", gen_mid("certmetrics.com"))],
    part(body, cte="7bit", cs="us-ascii"))

# 059 survey on case A, Japanese
body = """AWS トレーニングと認定をご利用いただきありがとうございました。

ケース ID: %s

今回のサポートについて、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分）。
https://survey.aws.amazon.com/tc/ja?case=%s

回答は任意です。本メールへの返信は不要です。
""" % (CASE_A, CASE_A)
add(("survey", False, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", eh("サポートに関するアンケートのお願い")),
    ("Date", date("2025-06-03 01:00:12", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"))

# 060 phishing copying the closing notice
body = """Hello,

Candidate ID: AWS09914420

We have not received your confirmation for the account merge. This case will be closed today and the certification record of the secondary account will be deleted permanently.

To keep your case open, reply to this email with your AWS Builder ID email and password, or confirm here:
http://aws-certification-case.com/keep-open?id=174893311700452

AWS Training and Certification
"""
add(("suspicious", False, None, ["AWS09914420"]),
    auth_gmail("aws-certification-case.com", ip="193.29.13.40", sel="s1") + [
    ("From", addr("AWS Training and Certification", "case-notice@aws-certification-case.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE 174893311700452] %s" % TC_SUBJ),
    ("Date", date("2025-06-03 06:05:37", "+0000")), ("Message-ID", gen_mid("aws-certification-case.com"))],
    part(body, cte="qp"))

# 061 AWS billing statement
body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 2.17 (after a credit of USD 38.40)

Please see the Bills page in the Billing and Cost Management console for details.
[AWS ID 410927365512]

Sincerely,
Amazon Web Services
"""
add(("unrelated", False, None, []),
    auth_gmail("amazon.com", ip="54.240.27.18") + [
    ("From", addr("Amazon Web Services", "aws-billing@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 410927365512]"),
    ("Date", date("2025-06-03 09:20:08", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"))

# 062 connpass event mail, Japanese
body = """JAWS-UG 東京 の新しいイベントが公開されました。

JAWS-UG 東京 #62「AWS 認定、取ったあとどうする？」
日時: 2025/06/19(木) 19:00〜21:00
会場: 目黒セントラルスクエア
https://jawsug.connpass.com/event/354812/

このメールは connpass に登録しているグループの新着イベントをお知らせしています。
"""
add(("unrelated", False, None, []),
    auth_gmail("connpass.com", ip="13.112.50.71", sel="s1") + [
    ("From", addr("connpass", "no-reply@connpass.com")),
    ("To", ME_GMAIL),
    ("Subject", eh("JAWS-UG 東京 #62「AWS 認定、取ったあとどうする？」が公開されました")),
    ("Date", date("2025-06-04 12:00:03")), ("Message-ID", gen_mid("connpass.com"))],
    part(body, cte="b64"))

# 063 phishing: console-case style from real AWS address, DMARC fails
body = """Dear Amazon Web Services Customer,

We have opened case 174910482200731 because your AWS Certification account has been flagged after an account merge. Certifications on flagged accounts are suspended within 24 hours.

To review the case, sign in here:
https://console-aws-support.net/support/home#/case/?displayId=174910482200731

Sincerely,
Amazon Web Services
"""
add(("suspicious", False, None, []),
    [("Received", "from vps-5512.hostcloud.io ([147.78.47.12])\n        by mx.google.com with ESMTP id %s\n        for <%s>; %s" % (hx(16), ME_GMAIL, date("2025-06-05 16:44:09", "+0000")))] +
    auth_gmail("amazon.com", dkim="none", spf="softfail", dmarc="fail", mailfrom="admin@hostcloud.io", ip="147.78.47.12") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "Amazon Web Services: New Support case: 174910482200731"),
    ("Date", date("2025-06-05 16:44:08", "+0000")), ("Message-ID", gen_mid("hostcloud.io"))],
    part(body, cte="7bit", cs="us-ascii"))

# 064 AWS Support Center service case (quota increase) resolved
body = """Hello,

Your request to raise "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in ap-northeast-1 from 32 to 64 vCPUs has been approved. It may take up to 30 minutes to take effect.

Case ID: %s

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_QUOTA, CASE_QUOTA)
add(("unrelated", False, CASE_QUOTA, []),
    auth_gmail("amazon.com", ip="54.240.27.18") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_QUOTA),
    ("Date", date("2025-06-06 02:31:40", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"))

# 065 Pearson VUE testing experience survey
html = """<html><body><p>Dear Rei,</p><p>Thank you for testing with Pearson VUE on June 7, 2025. Please take 3 minutes to tell us about your experience.</p><p><a href="https://pearsonvue.az1.qualtrics.com/jfe/form/SV_7Qx?reg=471203396">Start the survey</a></p><p>Pearson VUE</p></body></html>"""
add(("unrelated", False, None, []),
    auth_gmail("pearson.com", ip="159.182.74.41", sel="pvue1") + [
    ("From", addr("Pearson VUE", "pearsonvue@email.pearson.com")),
    ("To", ME_GMAIL),
    ("Subject", "How was your Pearson VUE testing experience?"),
    ("Date", date("2025-06-08 10:00:00", "-0500")), ("Message-ID", gen_mid("email.pearson.com"))],
    part(html, "html", cte="qp"))

# 066 certmetrics: recertification congratulations
body = """Congratulations on recertifying your AWS Certification!

Name: Rei Okabe
Candidate ID: AWS05260917
Certification: AWS Certified Developer - Associate
Valid through: 2028-06-07

Your updated certificate is available in your AWS Certification Account.

AWS Training and Certification
"""
add(("certification", False, None, ["AWS05260917"]),
    auth_gmail("certmetrics.com", ip="198.2.180.44", sel="k2") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_GMAIL),
    ("Subject", "Congratulations on recertifying your AWS Certification!"),
    ("Date", date("2025-06-09 14:22:10", "+0000")), ("Message-ID", gen_mid("certmetrics.com"))],
    part(body, cte="7bit", cs="us-ascii"))

# 067 Credly: renewed badge
body = """Rei, your badge has been renewed.

Amazon Web Services Training and Certification issued you: AWS Certified Developer - Associate
Expires: June 7, 2028

Accept it: https://www.credly.com/earner/earned/badge/0e7d3c52-91aa-4b6f-a2f8-6cbb4d1e0f95
"""
add(("badge", False, None, []),
    auth_gmail("credly.com", ip="167.89.101.2", sel="s1") + [
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_GMAIL),
    ("Subject", "You've earned a new badge from Amazon Web Services Training and Certification"),
    ("Date", date("2025-06-09 14:40:51", "+0000")), ("Message-ID", gen_mid("credly.com"))],
    alt(body, "<html><body>" + body.replace("\n", "<br>") + "</body></html>"))
