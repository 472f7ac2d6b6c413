# 15-18 May 2025.
from gen_lib import *

# 021 Credly help desk ticket (Zendesk style), asks questions -> other vendor, unrelated
body = """##- Please type your reply above this line -##

Your request (736204) has been updated. To add additional comments, reply to this email.

Joanna (Credly Support)
May 15, 2025, 02:29 UTC

Hi Rei,

Thanks for writing in. I checked the Credly account for rei.okabe.works@gmail.com and there is no AWS Certified Solutions Architect - Professional badge issued to it. Badges are sent to the email address the issuer has on file, so the badge may be sitting under a different address.

Could you reply with any other email addresses you have used with AWS Certification, and a screenshot of the badge page you see in your AWS Certification Account? Please note that Credly cannot move badges between issuers' records; if the issuer has two accounts for you, they will need to combine them first.

Best,
Joanna
Credly Support

----------------------------------------------

Rei Okabe
May 13, 2025, 13:02 UTC

My SAP-C02 badge does not show on my Credly profile.

--------------------------------
This email is a service from Credly Support.
[Y4KD2P-7R9O]
"""
add(("unrelated", False, None, []),
    recv_gmail(date("2025-05-15 02:30:11", "+0000"), "outbyip5.zendesk.com", "216.198.0.5") +
    auth_gmail("credly.com", ip="216.198.0.5", sel="zendesk1") + [
    ("From", addr("Joanna (Credly Support)", "support@credly.com")),
    ("Reply-To", "Credly Support <support+id736204@credly.zendesk.com>"),
    ("To", addr("Rei Okabe", ME_GMAIL)),
    ("Subject", "[Credly Support] Re: Badge not showing on my profile"),
    ("Date", date("2025-05-15 02:30:10", "+0000")),
    ("Message-ID", "<Y4KD2P7R9O_6825517a1b2c3_%s_sprut@zendesk.com>" % hx(4)),
    ("In-Reply-To", "<Y4KD2P7R9O@zendesk.com>"), ("References", "<Y4KD2P7R9O@zendesk.com>")],
    alt(body, "<div>##- Please type your reply above this line -##</div>" + "".join("<p>%s</p>" % l.replace("\n", "<br>") for l in body.split("\n\n")[1:])), key="cr_req")

# 022 PSI candidate support ticket opened
body = """Hello Rei Okabe,

Thank you for contacting PSI Candidate Support. Ticket #2381957 has been created for your enquiry:

"Check-in stuck at ID verification - CKA exam, 15 May 2025 21:00 JST"

Our agents respond in the order tickets are received. You do not need to open a new ticket; reply to this message to add details.

Regards,
PSI Candidate Support Team
"""
add(("unrelated", False, None, []),
    auth_gmail("psionline.com", ip="13.111.14.207", sel="s1") + [
    ("From", addr("PSI Candidate Support", "candidatesupport@psionline.com")),
    ("To", ME_GMAIL),
    ("Subject", "[Ticket #2381957] Check-in stuck at ID verification"),
    ("Date", date("2025-05-15 13:00:44", "+0000")), ("Message-ID", gen_mid("psionline.com"))],
    part(body, cte="qp"), key="psi_ack")

# 023 AWS Educate form case acknowledgement (same template family, other program)
body = """Hello,

Thank you for contacting AWS Educate. We have opened case %s for your request. The details of your case are as follows:

Inquiry type: AWS Educate
Additional details: Account access
Description: I volunteer as a mentor for a student cloud club and can no longer sign in to my AWS Educate account registered to rei.okabe.works@gmail.com. The password reset mail never arrives.

We typically respond within 24 hours. Please do not create duplicate cases for the same issue.

Sincerely,
AWS Educate Support
""" % CASE_EDU
add(("unrelated", False, CASE_EDU, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
    ("Date", date("2025-05-16 04:56:52", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"), key="edu_ack")

# 024 AWS marketing, Japanese HTML
html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025</h1>
<p>岡部 様</p>
<p>6月25日・26日、幕張メッセにて AWS Summit Japan を開催します。150 を超えるセッションと Expo、AWS 認定者限定ラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit">今すぐ登録（無料）</a></p>
<p style="font-size:11px;color:#777">このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>"""
add(("unrelated", False, None, []),
    auth_gmail("amazon.com", ip="192.28.147.170", sel="mkto") + [
    ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com", "utf-8")),
    ("To", ME_GMAIL),
    ("Subject", eh("【ご招待】AWS Summit Japan 2025 参加登録受付中")),
    ("Date", date("2025-05-16 15:00:05")), ("Message-ID", gen_mid("mkto-ab250041.com")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
    part(html, "html", cte="b64"))

# 025 phishing: real AWS From address, DMARC fails
body = """Hello,

We are processing the merge of your AWS Certification accounts (case 174719377100245).

Our system could not verify ownership of the destination account. To avoid cancellation of the request, confirm the merge by signing in below within 24 hours:

https://aws-training-verify.help/signin?case=174719377100245

If we do not receive the verification, your exam history and active certifications may be removed from both accounts.

AWS Training and Certification
"""
add(("suspicious", False, None, []),
    [("Received", "from mail.tvlservers.ru ([45.141.87.203])\n        by mx.google.com with ESMTP id %s\n        for <%s>; %s" % (hx(16), ME_GMAIL, date("2025-05-16 19:22:31", "+0000")))] +
    auth_gmail("amazon.com", dkim="fail", spf="fail", dmarc="fail", mailfrom="bounce@tvlservers.ru", ip="45.141.87.203") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("Reply-To", "aws-merge-desk@outlook.com"),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE 174719377100245] %s" % TC_SUBJ),
    ("Date", date("2025-05-16 19:22:30", "+0000")), ("Message-ID", gen_mid("tvlservers.ru"))],
    part(body, cte="7bit", cs="us-ascii"))

# 026 case A: closing notice (no answer yet), sent to the company address
body = """Hello Rei,

I am following up on my message of May 15. We still need a reply from rei.okabe.works@gmail.com with the candidate ID of that account before we can go on.

If we do not hear from you within 3 business days, this case will be closed automatically. Replying to this email will keep it open, and you can also reopen it later by replying.

Best regards,
Daniel R.
AWS Training and Certification
"""
add(("closing_notice", True, CASE_A, []),
    auth_corp("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_CORP),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-17 00:20:13", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_req"]), ("References", MID["a_ack"] + " " + MID["a_req"])],
    part(body, cte="qp"), crlf=True, key="a_close")

# 027 owner replies from the personal address (Gmail quoting)
body = """Hello Daniel,

Sorry for the delay. I am writing from rei.okabe.works@gmail.com as requested.

Candidate ID of the personal account: AWS05260917
Company account to merge into it: AWS03318245

Best regards,
Rei Okabe

On Sat, May 17, 2025 at 9:20 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote("""Hello Rei,

I am following up on my message of May 15. We still need a reply from rei.okabe.works@gmail.com with the candidate ID of that account before we can go on.

If we do not hear from you within 3 business days, this case will be closed automatically.""")
add(("user_reply", False, CASE_A, ["AWS05260917", "AWS03318245"]), [
    ("From", addr(ME_NAME, ME_GMAIL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-17 12:40:58")), ("Message-ID", gmail_mid()),
    ("In-Reply-To", MID["a_close"]), ("References", " ".join([MID["a_ack"], MID["a_req"], MID["a_close"]]))],
    alt(body, "<div dir=\"ltr\">" + body.split("\n\nOn Sat")[0].replace("\n", "<br>") + "</div>"), key="a_rep1")

# 028 console case: auto-resolve warning (other AWS case, cannot be answered by mail)
body = """Hello,

We haven't heard back from you about this case. If there is nothing else we can help with, no action is required: the case will be resolved automatically in 5 days.

If you still need help, please respond through the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_CON
add(("unrelated", False, CASE_CON, []),
    auth_gmail("amazon.com", ip="54.240.27.18") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] Unexpected NAT Gateway charge in ap-northeast-1" % CASE_CON),
    ("Date", date("2025-05-17 22:05:19", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"))

# 029 Pearson VUE: waiting for reply, will close
body = """Dear Rei,

We are following up on case 05142731. To move your appointment we need you to choose one of the available dates: June 7, June 14 or June 21, 2025.

If we do not receive your response within 48 hours, this case will be closed and your current appointment on May 24 will remain in place.

Sincerely,
Pearson VUE Candidate Services
"""
add(("unrelated", False, None, []),
    auth_gmail("pearson.com", ip="159.182.74.41", sel="pvue1") + [
    ("From", addr("Pearson VUE Candidate Services", "pearsonvue-support@pearson.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE: Pearson VUE Case 05142731: Action required"),
    ("Date", date("2025-05-18 09:01:30", "-0500")), ("Message-ID", gen_mid("pearson.com")),
    ("In-Reply-To", MID["pv_ack"])],
    part(body, cte="qp"))
