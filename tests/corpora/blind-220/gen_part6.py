# Part 6: January-April 2025 -- surrounding mail, other vendors' support, phishing.
from gen_lib import *

P = ME_PERSONAL
CO = ME_COMPANY

# ---------------------------------------------------------------- AWS invoice from the console sender
dt = T("2025-01-03 08:14:37", 0)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7465, is
available on the AWS Billing and Cost Management console. Your account will be charged the
following:

Total: USD 3.42

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 483920117465]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210. This e-mail was sent from an address that cannot accept
incoming e-mails.
"""
add(dt=dt, frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), to=P,
    subject="Amazon Web Services Billing Statement Available [Account: 483920117465]",
    body=plain(txt, "us-ascii", "7bit"), kind="unrelated", reply=False, key="aws-invoice",
    mid_domain="email.amazonses.com", mid_style="ses", extra=ses_extra(), **amazon_in(P, dt),
    what="AWS billing statement", hard="same sender and footer as Support Center cases; 12-digit account ID")

# ---------------------------------------------------------------- Google Cloud certification renewal
dt = T("2025-01-21 16:02:11", 0)
htm = """<html><body style="font-family:Roboto,Arial"><table width="600" align="center" cellpadding="12"><tr><td>
<p>Hi Mizuki,</p>
<p>Your <b>Google Cloud Certified - Associate Cloud Engineer</b> certification expires on <b>March 30, 2025</b>.
You can take the renewal exam starting 60 days before the expiration date.</p>
<p><a href="https://cloud.google.com/learn/certification/renew">Schedule your renewal exam</a></p>
<p>Your credential: https://www.credential.net/8d1f2c44-7b0e-4a5b-9c31-3f8a2b6d1e90</p>
<p style="color:#777;font-size:11px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table></body></html>"""
add(dt=dt, frm=addr("Google Cloud Certification", "cloud-certification-noreply@google.com"), to=P,
    subject="Your Google Cloud certification expires soon", body=html(htm, "utf-8", "quoted-printable"),
    kind="unrelated", reply=False, key="gcp-cert", mid_domain="google.com",
    **other_in(P, dt, "mail-sor-f69.google.com", "209.85.220.69", "google.com"),
    what="Google Cloud certification expiry", hard="certification expiry and renewal wording, but not AWS")

# ---------------------------------------------------------------- re:Post answer
dt = T("2025-02-03 11:27:50", 0)
txt = """Hi mizuki-a,

Your question "Can I merge two AWS Certification accounts that use the same email?" has a new
answer from an AWS Expert:

  "Yes. Open a request with AWS Training and Certification using the contact form, choose
   Account Merge, and list both candidate IDs. The team will confirm which account to keep
   before merging."

If this answer solved your problem, please accept it so others can find it:
https://repost.aws/questions/QU8fR2x0aVQ9mC1yL2cE3ZkA

AWS re:Post
"""
add(dt=dt, frm=addr("AWS re:Post", "no-reply@repost.aws"), to=P,
    subject="New answer to your question on AWS re:Post", body=plain(txt, "utf-8", "7bit"),
    kind="unrelated", reply=False, key="repost", mid_domain="repost.aws",
    **other_in(P, dt, "e241-9.smtp-out.us-east-1.amazonses.com", "23.251.241.9", "repost.aws"),
    what="re:Post answer about merging certification accounts", hard="AWS sender describing the merge and confirmation steps; 'please accept it'")

# ---------------------------------------------------------------- Japanese phishing (lookalike domain)
dt = T("2025-02-14 03:48:20", 0)
htm = """<html><body><table width="600" align="center" style="font-family:Meiryo"><tr><td style="background:#232f3e;color:#fff;padding:12px">aws トレーニングと認定</td></tr>
<tr><td style="padding:16px">
<p>お客様各位</p>
<p>お客様の AWS 認定アカウントで重複登録が検出されました。認定資格を保持するには、アカウント統合の本人確認が必要です。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>ケース ID</td><td>173948811200045</td></tr>
<tr><td>期限</td><td>48 時間以内</td></tr>
<tr><td>ご対応</td><td>下記リンクからサインインし、お支払い情報を確認してください。期限を過ぎると認定が失効します。</td></tr></table>
<p><a href="https://aws-training-jp.com/merge/verify">本人確認を行う</a></p>
<p>AWS トレーニングと認定 サポート</p></td></tr></table></body></html>"""
add(dt=dt, frm=addr("AWS トレーニングと認定", "support@aws-training-jp.com"), to=CO,
    subject="【重要】AWS 認定アカウント統合の本人確認のお願い", body=html(htm, "utf-8", "base64"),
    kind="suspicious", reply=False, key="phish-jp", mid_domain="aws-training-jp.com",
    **other_in(CO, dt, "vps-3311.hostcheap.xyz", "45.139.122.71", "aws-training-jp.com", dkim="none", spf="pass", dmarc="none"),
    what="Phishing: lookalike domain, merge 'verification' in Japanese", hard="request in a table cell with a case-like number and deadline; lookalike domain passes SPF")

# ---------------------------------------------------------------- Free Tier alert
dt = T("2025-02-20 20:05:03", 0)
txt = """AWS Free Tier usage limit alerting via AWS Budgets

Your AWS account 483920117465 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of February.

Product      AWS Free Tier Usage Limit                           Current Usage (%)
AmazonEC2    750 Hrs for free for 12 months as part of AWS Free Usage Tier   89%

To learn more about your AWS Free Tier usage, please access the AWS Billing & Cost Management Dashboard.
"""
add(dt=dt, frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=P,
    subject="AWS Free Tier limit alert", body=plain(txt, "us-ascii", "7bit"), kind="unrelated", reply=False,
    key="freetier", mid_domain="costalerts.amazonaws.com",
    **other_in(P, dt, "a48-108.smtp-out.amazonses.com", "54.240.48.108", "costalerts.amazonaws.com"),
    what="AWS Free Tier alert", hard="AWS sender, account ID")

# ---------------------------------------------------------------- Datadog support, long, asks for a flare
dt = T("2025-03-03 14:40:12", 0)
txt = """##- Please type your reply above this line -##

Your request (1874502) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Ayumi (Datadog)

Mar 3, 2025, 23:40 JST

Hello Mizuki,

Thank you for the detailed description of the missing container metrics on the staging
cluster. I reproduced the configuration you shared and the agent is most likely rejecting
the kubelet certificate, which would explain why only the node-level metrics arrive.

Could you please send us an agent flare from one of the affected nodes? You can generate it
with:

    agent flare 1874502

and it will be attached to this ticket automatically. It would also help to know whether the
cluster uses a custom CA.

Best regards,
Ayumi | Datadog Technical Support

----------------------------------------------

Mizuki Arakawa

Feb 28, 2025, 18:02 JST

Container metrics from staging-eks stopped on Feb 27. Node metrics still arrive.

[DKM8Y1-RQ2X]
"""
add(dt=dt, frm=addr("Ayumi (Datadog)", "support@datadoghq.com"), to=CO,
    subject="[Datadog] Re: Container metrics missing on staging-eks", body=plain(txt, "utf-8", "quoted-printable"),
    kind="unrelated", reply=False, key="datadog", mid_domain="datadoghq.zendesk.com",
    **other_in(CO, dt, "o14.email.zendesk.com", "167.89.101.61", "datadoghq.com", mailfrom="bounces@email.zendesk.com"),
    what="Other vendor (Datadog) ticket asking for a flare", hard="a real support request with 'Could you please send', but not AWS T&C")

# ---------------------------------------------------------------- Atlassian resolved + CSAT
dt = T("2025-03-10 02:18:45", 0)
htm = """<html><body style="font-family:-apple-system,Arial;font-size:14px">
<p>Hi Mizuki,</p>
<p>Your request <b>PCS-884120 &ldquo;Confluence space export fails with 500&rdquo;</b> has been resolved. The export
job has been re-run on our side and the archive is available from Space settings.</p>
<p>This case is now closed. If the problem comes back, reply within 14 days and it will reopen.</p>
<table cellpadding="10" style="background:#f4f5f7"><tr><td>How satisfied were you with our support?</td>
<td><a href="https://support.atlassian.com/csat/PCS-884120?r=1">&#9734;</a><a href="https://support.atlassian.com/csat/PCS-884120?r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr></table>
<p>Atlassian Support</p></body></html>"""
add(dt=dt, frm=addr("Atlassian Support", "support@atlassian.com"), to=CO,
    subject="[JIRA] (PCS-884120) Confluence space export fails with 500 - Resolved", body=html(htm, "utf-8", "quoted-printable"),
    kind="unrelated", reply=False, key="atlassian", mid_domain="atlassian.net",
    **other_in(CO, dt, "mail-pr2.atlassian.net", "13.52.5.14", "atlassian.com"),
    what="Other vendor case resolved + CSAT", hard="'case is now closed', 'reply within 14 days and it will reopen', rating widget")

# ---------------------------------------------------------------- SAA expiry notice (company address)
dt = T("2025-04-07 15:30:00", 0)
txt = """Hello Mizuki Arakawa,

Your AWS Certified Solutions Architect - Associate certification expires on July 18, 2025.

To keep it active, pass the current version of the exam, or a higher-level exam that renews it,
before that date. Any exam discount voucher you hold appears under Benefits in your AWS
Certification Account.

Candidate ID: %s

AWS Certification
""" % CAND_OLD
add(dt=dt, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=CO,
    subject="Your AWS Certification expires in 100 days", body=plain(txt, "us-ascii", "quoted-printable"),
    kind="certification", reply=False, cands=[CAND_OLD], key="cert-expiry", mid_domain="certmetrics.com",
    **other_in(CO, dt, "mail241.certmetrics.com", "198.2.140.241", "certmetrics.com"),
    what="SAA expiry reminder", hard="certification mail with candidate ID; 'to keep it active' instruction")

# ---------------------------------------------------------------- SNS subscription confirmation
dt = T("2025-04-10 06:22:31", 0)
txt = """You have chosen to subscribe to the topic:
arn:aws:sns:ap-northeast-1:483920117465:cert-lab-budget-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription: https://sns.ap-northeast-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:ap-northeast-1:483920117465:cert-lab-budget-alerts&Token=2336412f37fb687f5d51e6e2425a8a58

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
"""
add(dt=dt, frm=addr("AWS Notifications", "no-reply@sns.amazonaws.com"), to=P,
    subject="AWS Notification - Subscription Confirmation", body=plain(txt, "us-ascii", "7bit"),
    kind="unrelated", reply=False, key="sns", mid_domain="sns.amazonaws.com",
    **other_in(P, dt, "a27-31.smtp-out.ap-northeast-1.amazonses.com", "54.240.27.31", "sns.amazonaws.com"),
    what="SNS subscription confirmation", hard="AWS mail that asks to 'confirm'; 'cert-lab' in the topic name")

# ---------------------------------------------------------------- Microsoft Learn renewal
dt = T("2025-04-22 13:11:04", 0)
txt = """Renew your Microsoft Certified: Azure Developer Associate

Hi Mizuki,

Your certification expires on October 22, 2025. The free online renewal assessment is now
open in Microsoft Learn. It takes about 45 minutes and can be taken as many times as needed.

Start renewal: https://learn.microsoft.com/credentials/certifications/renew

Microsoft Learn
One Microsoft Way, Redmond, WA 98052
"""
add(dt=dt, frm=addr("Microsoft Learn", "learn@email.microsoft.com"), to=P,
    subject="Your Microsoft certification is ready for renewal", body=plain(txt, "utf-8", "7bit"),
    kind="unrelated", reply=False, key="mslearn", mid_domain="email.microsoft.com",
    **other_in(P, dt, "mail-cy1nam02on2071.outbound.protection.outlook.com", "40.107.96.71", "email.microsoft.com"),
    what="Microsoft certification renewal", hard="certification renewal from another vendor")

# ---------------------------------------------------------------- Credly lookalike phishing
dt = T("2025-04-28 23:51:09", 0)
txt = """Hello,

Amazon Web Services Training and Certification has flagged 2 of your badges for review because
the e-mail address on your AWS Certification Account changed.

Your badges will be revoked in 72 hours unless you confirm your identity:
https://credly-badgecenter.com/confirm?u=m.arakawa

Reply to this message with your Credly password if the link does not work.

Credly Trust & Safety
"""
add(dt=dt, frm=addr("Credly", "notify@credly-badgecenter.com"), to=CO, subject="Action needed: your badges will be revoked",
    body=plain(txt, "us-ascii", "7bit"), kind="suspicious", reply=False, key="phish-credly", mid_domain="credly-badgecenter.com",
    **other_in(CO, dt, "smtp.credly-badgecenter.com", "91.215.85.40", "credly-badgecenter.com", dkim="none", spf="softfail", dmarc="none"),
    what="Credly lookalike phishing", hard="'Reply to this message' with a deadline; lookalike domain")
