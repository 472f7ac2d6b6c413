from gen_lib import *
from gen_part2 import SUBJ_A
from gen_part4 import CONF, R4, UPD
import html as _h

# 030 merge done; quotes the confirmation request (Outlook style)
DONE = ses_id(30)
t = """Hello Haruka,

Thank you for confirming. The merge is complete: the exam history, certifications and benefits from your former company account are now under Account #1 (%s), and the company account has been closed.

Your Credly badges should be reissued to haruka.mizuno.k@gmail.com within 24 hours. Partner Central may take up to a week to reflect the change. No further action is needed from your side.

Best regards,
Aiko N.
Amazon Web Services
Training and Certification Customer Support

-----Original Message-----
From: Haruka Mizuno <%s>
Sent: Saturday, June 28, 2025 7:58 AM
To: %s
Subject: Re: %s

Confirmed, both accounts are mine. Please merge into Account #1 (haruka.mizuno.k@gmail.com).

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Friday, June 27, 2025 2:02 PM
Subject: %s

Before I start, I need you to confirm that both accounts belong to you and that Account #1 is the one you want to keep. A one-line reply to this email is enough.

Account #1  Login email: %s  Candidate ID: %s
Account #2  Login email: %s  Candidate ID: %s
""" % (NEW_ID, ALIAS, TC, SUBJ_A, TC, SUBJ_A, ME, NEW_ID, CO, OLD_ID)
add("resolved", False, CASE_A, [NEW_ID],
    aws_in(ALIAS, SUBJ_A, "2025-06-28 11:36:20", DONE, cc=CO, irt=R4, refs=UPD + " " + CONF + " " + R4),
    leaf(t + FORM_FOOTER),
    "Merge done, with the whole confirmation request quoted (Outlook '-----Original Message-----'); 'no further action' line")

# 031 Credly badge
t = """Haruka, you have a new badge!

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified Security - Specialty

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/3f6c2a7e-91b4-4d0c-8a55-6e1d2c9b7f40

Credly, 2025. Credly is a Pearson company.
"""
add("badge", False, None, [],
    gen_in(addr("Credly", "admin@credly.com"), "credly.com", ME, "Amazon Web Services Training and Certification has issued you a new badge",
           "2025-06-28 12:05:47", mid("68601bd3a1e2f_4c0d3ffb2a9e8c44107b6", "mail.credly.com"), ip="167.89.60.14", host="o1.ptr4410.credly.com"),
    alt(t, "<html><body><h2>Haruka, you have a new badge!</h2><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Security - Specialty</b>.</p><p><a href=\"https://www.credly.com/earner/earned/badge/3f6c2a7e-91b4-4d0c-8a55-6e1d2c9b7f40\">Accept badge</a></p></body></html>"),
    "Credly badge after the merge; badge UUID in URL")

# 032 Credly second badge, HTML only
h = """<html><body style="font-family:Helvetica,Arial;background:#f4f4f4"><table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p>Congratulations, Haruka!</p><p>You've been issued <b>2 badges</b> by Amazon Web Services Training and Certification:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">View and accept your badges</a></p>
<p style="font-size:11px;color:#999">You are receiving this email because a badge was issued to haruka.mizuno.k@gmail.com. Manage email preferences in your Credly settings.</p>
</td></tr></table></body></html>"""
add("badge", False, None, [],
    gen_in(addr("Credly", "admin@credly.com"), "credly.com", ME, "You've been issued 2 new badges", "2025-06-28 12:06:30",
           mid("68601c06b77a1_4c0d3ffb2a9e8c44108c1", "mail.credly.com"), ip="167.89.60.14", host="o1.ptr4410.credly.com"),
    leaf(h, "html", cte="quoted-printable"),
    "Credly, HTML only")

# 033 survey for case A
t = """Hello,

Your recent case with AWS Training and Certification (Case ID: %s) was marked as resolved. We'd like to know how we did.

How satisfied were you with the support you received?
  Very satisfied:    https://survey.aws.training/s/cs?c=%s&r=5
  Satisfied:         https://survey.aws.training/s/cs?c=%s&r=4
  Neutral:           https://survey.aws.training/s/cs?c=%s&r=3
  Dissatisfied:      https://survey.aws.training/s/cs?c=%s&r=2

The survey takes about two minutes. Thank you for helping us improve.

AWS Training and Certification
""" % ((CASE_A,) * 5)
add("survey", False, CASE_A, [],
    aws_in(ME, "How did we do? Your AWS Training and Certification case %s" % CASE_A, "2025-06-29 09:00:12", ses_id(33),
           frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com")),
    leaf(t, cte="7bit"),
    "Case satisfaction survey, case number in subject and body")

# 034 owner's farewell sent to the all-staff list from the company address, comes back via the redirect rule
t = """皆さま

本日6月30日をもちまして退職いたします。約4年間、大変お世話になりました。
今後の連絡先は下記の個人アドレスまでお願いいたします。

  haruka.mizuno.k@gmail.com

皆さまのご活躍をお祈りしております。

水野 遥
"""
FAREWELL = mid("TYCP286MB1894FA0301", "TYCP286MB1894.JPNP286.PROD.OUTLOOK.COM")
hh = std(addr("水野 遥", CO), addr("全社員", "all@aoba-techworks.co.jp"), "退職のご挨拶（水野）", "2025-06-30 17:45:03", FAREWELL)
hh = [("Delivered-To", ME), ("X-MS-Exchange-Inbox-Rules-Loop", CO), ("List-Id", "<all.aoba-techworks.co.jp>")] + hh
add("user_reply", False, None, [], hh, leaf(t, cs="iso-2022-jp", cte="7bit"),
    "Owner's own farewell, returned by the all-staff list and redirected to Gmail; From is the company address")

# 035 colleague's out-of-office
t = """I am out of the office until July 7 with limited access to email.
For urgent matters please contact infra-team@aoba-techworks.co.jp.

7月7日まで不在にしております。お急ぎの場合は infra-team@aoba-techworks.co.jp までご連絡ください。
"""
add("unrelated", False, None, [],
    gen_in(addr("Yuki Nakamura", "y-nakamura@aoba-techworks.co.jp"), "aoba-techworks.co.jp", addr("水野 遥", CO),
           "自動応答: 退職のご挨拶（水野）", "2025-06-30 17:45:40", mid("TY0P286MB5120OOF77", "TY0P286MB5120.JPNP286.PROD.OUTLOOK.COM"),
           irt=FAREWELL, refs=FAREWELL, ip="40.107.114.81", host="mail-tycjpn01on2081.outbound.protection.outlook.com",
           extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", CO)]),
    leaf(t, cte="base64"),
    "Colleague's out-of-office reply to the farewell (reached Gmail through the forward)")

# 036 genuine-looking case mail with dmarc=fail
h = """<html><body><p>Hello,</p>
<p>We were unable to finalise the account merge for case %s because your identity verification expired during the partner review.</p>
<p>Kindly re-verify your Builder ID within 48 hours using the secure link below, otherwise the merge will be reversed:</p>
<p><a href="http://aws-training-verify.click/s/%s">https://www.aws.training/verify</a></p>
<p>Best regards,<br>AWS Training and Certification Customer Support</p></body></html>""" % (CASE_A, CASE_A)
bad = [("Authentication-Results", "mx.google.com;\n       dkim=none;\n       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 103.151.72.19 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")]
add("suspicious", False, None, [],
    gen_in(addr("Amazon Web Services", TC), "amazon.com", ME, SUBJ_A, "2025-07-01 03:12:55", mid("a81c3e0f9b2d4e7f", "smtp-relay-19.vps-host.net"),
           ip="103.151.72.19", host="smtp-relay-19.vps-host.net", auth=bad),
    leaf(h, "html", cte="7bit"),
    "Real sender address and real case subject, but SPF/DMARC fail and the link goes elsewhere")
