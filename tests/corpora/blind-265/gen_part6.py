# 21-24 May 2025: reminder, confirmation, merge, badge, survey.
from gen_lib import *

# 038 console case resolved (other AWS case; survey footer)
body = """Hello,

We have not received a reply, so this case has been resolved. A one-time credit of USD 38.40 for NAT Gateway hours has been applied to account 410927365512 and will appear on your June invoice.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_CON
add(("unrelated", False, CASE_CON, []),
    auth_gmail("amazon.com", ip="54.240.27.18") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] Unexpected NAT Gateway charge in ap-northeast-1" % CASE_CON),
    ("Date", date("2025-05-21 05:00:40", "+0000")), ("Message-ID", ses_mid())],
    part(body, cte="qp"))

# 039 AWS Educate asks for information (other program -> unrelated)
body = """Hello Rei,

Thanks for reaching out. I could not find an AWS Educate account under rei.okabe.works@gmail.com, which would explain why the reset mail never arrives.

Could you tell us which email address you used when you joined, and the name of the institution or club you registered with? Please reply to this email from that address if you still have access to it.

Regards,
Hiroshi K.
AWS Educate Support
"""
add(("unrelated", False, CASE_EDU, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
    ("Date", date("2025-05-22 01:30:18", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["edu_ack"])],
    part(body, cte="qp"), key="edu_req")

# 040 Pearson VUE: rescheduled, case closed
body = """Dear Rei,

Your DVA-C02 appointment has been moved to Saturday, June 7, 2025 at 13:00 JST (Registration ID 471203396). A new confirmation has been sent separately. This case is now closed.

Sincerely,
Pearson VUE Candidate Services
"""
add(("unrelated", False, None, []),
    auth_gmail("pearson.com", ip="159.182.74.41", sel="pvue1") + [
    ("From", addr("Pearson VUE Candidate Services", "pearsonvue-support@pearson.com")),
    ("To", ME_GMAIL),
    ("Subject", "RE: Pearson VUE Case 05142731: Case closed"),
    ("Date", date("2025-05-22 10:12:05", "-0500")), ("Message-ID", gen_mid("pearson.com"))],
    part(body, cte="qp"))

# 041 case A: closing notice after the confirmation request (short)
body = """Hello Rei,

Just checking in: I haven't yet received your confirmation of the two accounts I listed on May 21. If I don't hear back by May 26, I will close this case. Replying to this message will keep it active.

Daniel R.
AWS Training and Certification
"""
add(("closing_notice", True, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-23 00:10:02", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_conf"]), ("References", " ".join([MID["a_ack"], MID["a_conf"]]))],
    part(body, cte="7bit", cs="us-ascii"), key="a_close2")

# 042 owner confirms (Gmail, HTML quote of the table)
plain = """Confirmed. Both accounts are mine. Please merge into Account #1 (AWS05260917, rei.okabe.works@gmail.com).

Rei Okabe

On Fri, May 23, 2025 at 9:10 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Rei,
>
> Just checking in: I haven't yet received your confirmation of the two accounts I listed on May 21. If I don't hear back by May 26, I will close this case. Replying to this message will keep it active.
"""
html = """<div dir="ltr">Confirmed. Both accounts are mine. Please merge into Account #1 (AWS05260917, rei.okabe.works@gmail.com).<br><br>Rei Okabe</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, May 23, 2025 at 9:10 AM AWS Training and Certification &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Rei,<br><br>Just checking in: I haven't yet received your confirmation of the two accounts I listed on May 21. If I don't hear back by May 26, I will close this case. Replying to this message will keep it active.</blockquote></div>"""
add(("user_reply", False, CASE_A, ["AWS05260917"]), [
    ("From", addr(ME_NAME, ME_GMAIL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-23 12:15:33")), ("Message-ID", gmail_mid()),
    ("In-Reply-To", MID["a_close2"]), ("References", " ".join([MID["a_ack"], MID["a_conf"], MID["a_close2"]]))],
    alt(plain, html), key="a_rep3")

# 043 PSI ticket solved (other vendor)
body = """Hello Rei,

Your ticket #2381957 has been marked as solved. Your CKA exam session was reset and you may reschedule at no cost from your PSI account.

If you feel the issue is not resolved, simply reply to this email within 7 days to reopen the ticket.

How would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied

PSI Candidate Support Team
"""
add(("unrelated", False, None, []),
    auth_gmail("psionline.com", ip="13.111.14.207", sel="s1") + [
    ("From", addr("PSI Candidate Support", "candidatesupport@psionline.com")),
    ("To", ME_GMAIL),
    ("Subject", "[Ticket #2381957] Solved: Check-in stuck at ID verification"),
    ("Date", date("2025-05-23 05:00:11", "+0000")), ("Message-ID", gen_mid("psionline.com")),
    ("In-Reply-To", MID["psi_ack"])],
    part(body, cte="qp"))

# 044 case A resolved, quoting the earlier confirmation request (Outlook-style header block)
body = """Hello Rei,

Thank you for confirming. I have successfully merged Account #2 into Account #1. Your exam history, certifications and benefits are now available when you sign in with rei.okabe.works@gmail.com. Digital badges are reissued to that address automatically; allow up to 24 hours.

If anything looks wrong, reply to this message and I will take another look.

Best regards,
Daniel R.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, May 21, 2025 02:05 UTC
To: rei.okabe.works@gmail.com
Subject: RE:[CASE %s] %s

Hello Rei,

I found the following accounts for you:
Account #1 - Candidate ID AWS05260917 - Login email: rei.okabe.works@gmail.com
Account #2 - Candidate ID AWS03318245 - Login email: okabe.rei@nishikaze-sys.co.jp

Kindly confirm that both accounts belong to you and that Account #1 is the one to keep. I will merge as soon as I have your go-ahead.
""" % (CASE_A, TC_SUBJ)
add(("resolved", False, CASE_A, []),
    auth_gmail("amazon.com") + [
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_GMAIL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-23 06:48:27", "+0000")), ("Message-ID", ses_mid()),
    ("In-Reply-To", MID["a_rep3"]), ("References", " ".join([MID["a_ack"], MID["a_conf"], MID["a_rep3"]]))],
    part(body, cte="qp"), key="a_done")

# 045 Credly: badge issued to the personal address
html = """<html><body style="font-family:Helvetica,Arial">
<table width="560" align="center"><tr><td>
<h1 style="font-size:22px">Rei, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5a8e0f13-77c2-4d0b-b9a1-0e4c6d2f8b71">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know.</p>
<p style="font-size:11px;color:#888">You received this email because an issuer awarded you a badge on Credly.</p>
</td></tr></table></body></html>"""
add(("badge", False, None, []),
    auth_gmail("credly.com", ip="167.89.101.2", sel="s1") + [
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_GMAIL),
    ("Subject", "Amazon Web Services Training and Certification issued you a new badge"),
    ("Date", date("2025-05-23 06:52:03", "+0000")), ("Message-ID", gen_mid("credly.com"))],
    part(html, "html", cte="qp"))

# 046 owner forwards the resolution to the colleague (user_reply)
body = """鈴木さん

統合完了の連絡が来ました。APN側の解除ありがとうございました！

岡部

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, May 23, 2025 at 3:48 PM
Subject: RE:[CASE %s] %s
To: <rei.okabe.works@gmail.com>

Hello Rei,

Thank you for confirming. I have successfully merged Account #2 into Account #1. Your exam history, certifications and benefits are now available when you sign in with rei.okabe.works@gmail.com.

Account #1 - Candidate ID AWS05260917
Account #2 - Candidate ID AWS03318245
""" % (CASE_A, TC_SUBJ)
add(("user_reply", False, CASE_A, []), [
    ("From", addr(ME_NAME, ME_GMAIL)),
    ("To", addr("鈴木 崇", "suzuki.takashi@nishikaze-sys.co.jp")),
    ("Subject", "Fwd: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)),
    ("Date", date("2025-05-23 17:02:40")), ("Message-ID", gmail_mid()),
    ("In-Reply-To", MID["a_done"]), ("References", MID["a_done"])],
    part(body, cte="qp"))
