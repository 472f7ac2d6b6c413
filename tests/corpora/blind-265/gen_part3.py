# 14-15 May 2025: case A and duplicate case B open; other vendors' tickets.
from gen_lib import *

# 015 ack, case A (sent to the company address the form came from)
form = """Contact information
Name: Rei Okabe
Email: okabe.rei@nishikaze-sys.co.jp
AWS Candidate ID: AWS03318245

Inquiry type: Certification
Additional details: Account Merge

How can we help you?
Use case: I am leaving Nishikaze Systems at the end of this month and would like to merge my company certification account into my personal one.
All email addresses I may have used: okabe.rei@nishikaze-sys.co.jp, rei.okabe.works@gmail.com
Email address to keep on file: rei.okabe.works@gmail.com"""
plain = """Hello,

We have received your request and opened case %s. The details of your case are as follows:

%s

Our team generally replies within 24 hours, although some requests need more time to research. If you have already opened a case, please don't open another for the same question.

Sincerely,
AWS Training and Certification
""" % (CASE_A, form)
html = "<html><body><p>Hello,</p><p>We have received your request and opened case <b>%s</b>. The details of your case are as follows:</p><pre style=\"font-family:Arial\">%s</pre><p>Our team generally replies within 24 hours, although some requests need more time to research. If you have already opened a case, please don't open another for the same question.</p><p>Sincerely,<br>AWS Training and Certification</p></body></html>" % (CASE_A, form)
add(("acknowledgement", False, CASE_A, ["AWS03318245"]),
    auth_corp("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_CORP),
    ("Subject", "[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-14 01:05:41", "+0000")), ("Message-ID", ses_mid())],
    alt(plain, html), crlf=True, key="a_ack")

# 016 ack, duplicate case B, Japanese template, to personal address
body = """Amazon Web Services をご利用いただきありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS05260917

お問い合わせ内容:
会社のアカウント (AWS03318245 / okabe.rei@nishikaze-sys.co.jp) を個人のアカウント (rei.okabe.works@gmail.com) に統合してください。退職予定のためです。

担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容のケースをすでに作成されている場合は、重複してケースを作成しないようお願いいたします。

AWS トレーニングと認定
""" % CASE_B
add(("acknowledgement", False, CASE_B, ["AWS05260917", "AWS03318245"]),
    recv_gmail(date("2025-05-14 01:20:20", "+0000")) + auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
    ("Date", date("2025-05-14 01:20:19", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="b64"), key="b_ack")

# bounce: owner answered the console case by e-mail (goes nowhere)
body = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox unavailable

----- Original message -----
Subject: Re: RE:[CASE %s] Unexpected NAT Gateway charge in ap-northeast-1

The stack lab-network is deleted now. Screenshot attached.
""" % CASE_CON
add(("unrelated", False, CASE_CON, []), [
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", ME_GMAIL),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Date", date("2025-05-13 18:25:40", "-0700")),
    ("Message-ID", "<6823e0a0.%s.%s@mx.google.com>" % (hx(6), hx(8))),
    ("In-Reply-To", MID["con_req"]), ("Auto-Submitted", "auto-replied")],
    part(body, cte="7bit", cs="us-ascii"))

# 017 phishing: lookalike domain copying the case format
html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>This is a follow-up on your AWS Training and Certification case. Our records show two certification accounts registered to you. To complete the account merge and prevent your certifications from being <b>permanently deactivated</b>, verify your identity within 24 hours.</p>
<p><a href="https://amazon-certsupport.com/merge/verify?case=174719002300118">Verify and confirm merge</a></p>
<p>Sign in with the email and password of the account you want to keep.</p>
<p>Regards,<br>AWS Training &amp; Certification Support<br>Case ID: 174719002300118</p>
</body></html>"""
add(("suspicious", False, None, []),
    auth_gmail("amazon-certsupport.com", ip="185.239.242.17", sel="default") + [
    ("From", addr("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon-certsupport.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE 174719002300118] [AWS Training and Certification Form Submission] - account-assistance"),
    ("Date", date("2025-05-14 04:40:12", "+0000")), ("Message-ID", gen_mid("amazon-certsupport.com"))],
    part(html, "html", cte="qp"))

# 018 Pearson VUE candidate support: case received
body = """Dear Rei,

Thank you for contacting Pearson VUE. Your case number is 05142731. Please keep this number for future reference.

Request: reschedule DVA-C02 appointment (Registration ID 471203396) from May 24 to a date in June.

A customer service representative will respond within 2 business days. Please reply to this email, keeping the case number in the subject, if you need to add information.

Sincerely,
Pearson VUE Candidate Services
"""
add(("unrelated", False, None, []),
    recv_gmail(date("2025-05-14 07:10:05", "+0000"), "mail-sor-f41.pearson.com", "159.182.74.41") +
    auth_gmail("pearson.com", ip="159.182.74.41", sel="pvue1") + [
    ("From", addr("Pearson VUE Candidate Services", "pearsonvue-support@pearson.com")),
    ("To", ME_GMAIL),
    ("Subject", "Pearson VUE Case 05142731: We have received your request"),
    ("Date", date("2025-05-14 02:10:04", "-0500")), ("Message-ID", gen_mid("pearson.com"))],
    part(body, cte="qp"), key="pv_ack")

# 019 case B closed as a duplicate of A (case_update, nothing to answer)
body = """Hello Rei,

I noticed that this request duplicates case %s, which you opened from okabe.rei@nishikaze-sys.co.jp a few minutes earlier. To avoid two agents working on the same accounts, I am closing case %s and we will continue only on case %s.

No further action is needed on this case.

Thanks,
Priya S.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)
add(("case_update", False, CASE_B, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
    ("Date", date("2025-05-14 11:31:02", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["b_ack"]), ("References", MID["b_ack"])],
    part(body, cte="7bit", cs="us-ascii"))

# 020 case A: information request, to the company address
body = """Hello Rei,

Thank you for contacting AWS Training and Certification about merging your accounts.

I located the certification account AWS03318245 registered to okabe.rei@nishikaze-sys.co.jp. For the merge, the request has to come from the address that will own the combined account, and your message came from the company address. We need you to reply to this case from rei.okabe.works@gmail.com, keeping the case number in the subject line.

In the same reply, include the candidate ID of the account registered to rei.okabe.works@gmail.com. You can find it at the top right of the AWS Certification Account page after you sign in.

Best regards,
Daniel R.
AWS Training and Certification
"""
add(("info_request", True, CASE_A, ["AWS03318245"]),
    auth_corp("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_CORP),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-15 00:14:26", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_ack"]), ("References", MID["a_ack"])],
    part(body, cte="qp"), crlf=True, key="a_req")
