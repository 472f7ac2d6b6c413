# Suspicious mail and a first batch of unrelated mail.
from gen_lib import *

# S1 lookalike domain phishing about the merge
html = """<html><body style="font-family:Arial,sans-serif">
<img src="https://aws-certmerge-verify.com/assets/aws-logo.png" width="80">
<p>Dear Certification Holder,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials, the request must be verified within <b>24 hours</b> or all certifications on both accounts will be suspended.</p>
<p><a href="https://aws-certmerge-verify.com/login?session=8f2a9c">Verify merge request</a></p>
<p>You will be asked to sign in with your AWS Builder ID and password.</p>
<p>AWS Training &amp; Certification Security Team<br>Case ID: 5519027734</p>
</body></html>"""
add(dt(2025, 9, 19, 7, 48), addr("AWS Training & Certification", "support@aws-certmerge-verify.com"), ME_P,
    "Action required: verify your certification account merge",
    leaf(html, subtype="html", cte="quoted-printable"), ("suspicious", False, None, []),
    "Lookalike domain, credential link, fake 'Case ID' and urgency; timed to match the real merge.",
    mid("20250919074812.4411@aws-certmerge-verify.com", "mail.aws-certmerge-verify.com"),
    auth=auth_gmail("aws-certmerge-verify.com", ip="185.244.%d.7"))

# S2 dmarc=fail mail claiming to be the T&C form address
body = """Hello,

We are ready to complete the merge of your AWS Certification accounts. To finish, our verification system needs to confirm you are the account owner.

Please reply to this message with:
- the email and password of your AWS Builder ID
- the 6-digit code you will receive by SMS shortly

If we do not receive these details within 48 hours, your case will be closed and your certifications may be lost.

Best regards,
AWS Training and Certification
--
To add to this case, reply to this message and leave the [CASE 175803118800526] tag in the subject line.
"""
add(dt(2025, 9, 26, 8, 12), addr("AWS Training and Certification", TC_FORM), ME_P,
    "RE:[CASE 175803118800526] [AWS Training and Certification Form Submission] - account-assistance",
    leaf(body, cte="7bit"), ("suspicious", False, None, []),
    "Real AWS From address and real subject shape, but dkim=fail/spf=softfail/dmarc=fail; asks for password and code; case number is not one of the owner's.",
    mid("8c1e77a2-4f0d-4b9a-9e55-2f17d0a3c6b1", "mx-relay.smtp-notify.ru"),
    reply_to="aws-certification-desk@outlook-verify.cc",
    auth=[("ARC-Authentication-Results", "i=1; mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Zk3p9QxV;\n       spf=softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 91.215.85.40 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
          ("Authentication-Results", "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Zk3p9QxV;\n       spf=softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 91.215.85.40 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
          ("Received", "from mx-relay.smtp-notify.ru ([91.215.85.40])\n        by mx.google.com with ESMTP id 6a1803df08f44-7f1c2a9b3d0si88123126d6.412\n        for <%s>" % ME_P)])

# S3 Credly lookalike
html = """<html><body style="font-family:Helvetica,sans-serif">
<p><b>Credly</b></p>
<p>Hi,</p>
<p>Due to a recent account merge, your AWS badges are scheduled to be revoked on October 13. To keep them, re-validate your Credly profile and confirm your payment method for the badge transfer fee ($4.99).</p>
<p><a href="http://credly-badge-transfer.com/revalidate?u=haruka">Keep my badges</a></p>
<p>Credly Support</p>
</body></html>"""
add(dt(2025, 10, 11, 13, 25), addr("Credly", "admin@credly-badge-transfer.com"), ME_P,
    "Your badges will be revoked - action needed",
    leaf(html, subtype="html", cte="base64"), ("suspicious", False, None, []),
    "Credly lookalike domain asking for payment; refers to the merge.",
    mid("a7f3c2e1.20251011132500", "credly-badge-transfer.com"),
    auth=auth_gmail("credly-badge-transfer.com", dkim="none", dmarc="none", ip="45.88.%d.201"))

# S4 Pearson VUE lookalike
body = """Dear Candidate,

Your AWS exam appointment (Registration ID 418220957) on October 19, 2025 could not be confirmed because of a payment verification issue.

To avoid cancellation, confirm your card details at the link below within 12 hours:
https://pearsonvue-exam-confirm.net/aws/verify?id=418220957

Pearson VUE Candidate Services
"""
add(dt(2025, 10, 18, 2, 5), addr("Pearson VUE", "noreply@pearsonvue-exam-confirm.net"), ME_P,
    "URGENT: your AWS exam appointment will be cancelled",
    leaf(body, cte="7bit"), ("suspicious", False, None, []),
    "Exam-vendor lookalike, reuses the real 9-digit registration ID; demands card details.",
    mid("20251018020512.77ab3@pearsonvue-exam-confirm.net", "pearsonvue-exam-confirm.net"),
    auth=auth_gmail("pearsonvue-exam-confirm.net", dkim="none", spf="neutral", dmarc="none", ip="103.151.%d.9"))

# U: GitHub merged PR
text = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/htsujimoto/cdk-notes/pull/412#event-20394857120
You are receiving this because you authored the thread.

Message ID: <htsujimoto/cdk-notes/pull/412/issue_event/20394857120@github.com>
"""
add(dt(2025, 9, 13, 4, 51), addr("Ken Oda", "notifications@github.com"), ME_P,
    "Re: [htsujimoto/cdk-notes] Merge account-level settings into a single stack (PR #412)",
    multipart("alternative", [leaf(text, cte="7bit"), leaf("<p>Merged <a href=\"https://github.com/htsujimoto/cdk-notes/pull/412\">#412</a> into main.</p>", subtype="html", cte="7bit")]),
    ("unrelated", False, None, []),
    "GitHub 'Merged ... into main' with 'Merge account-level settings' in the subject.",
    "<htsujimoto/cdk-notes/pull/412/issue_event/20394857120@github.com>",
    in_reply_to="<htsujimoto/cdk-notes/pull/412@github.com>", references="<htsujimoto/cdk-notes/pull/412@github.com>",
    reply_to="htsujimoto/cdk-notes <reply+ABCD3FQ7XK2LMN@reply.github.com>",
    auth=auth_gmail("github.com", sel="pf2023", ip="192.30.252.%d"))

# U: Builder ID verification code
body = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

    Verification code: 584213

This code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
"""
add(dt(2025, 9, 16, 10, 58), addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    leaf(body, cte="7bit"), ("unrelated", False, None, []),
    "Builder ID one-time code, minutes before the form; 6-digit number only.",
    mid("0100019951e6b41d-verify-4bc1-9f2e-000000", "email.amazonses.com"), auth=auth_gmail("signin.aws", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"))

# U: colleague, Japanese, handover (ISO-2022-JP) to company address
body = """辻本さん

お疲れさまです。小野です。
退職前の引き継ぎの件、来週火曜 15 時からで会議室を取りました。
AWS アカウント(本番 123456789012 / 検証 210987654321)の IAM 周りも一緒に確認させてください。

それと、送別会は 9/29(月)19 時〜、新橋のいつものお店です。
参加できるか、金曜までに教えてもらえると助かります!

小野
"""
add(dt(2025, 9, 18, 9, 12, JST), addr("小野 健", "k-ono@kiribay-tech.co.jp", "iso-2022-jp"), ME_C,
    "引き継ぎと送別会のご連絡", leaf(body, charset="iso-2022-jp", cte="7bit"),
    ("unrelated", False, None, []),
    "Colleague asks a question (attendance) in Japanese; 12-digit AWS account IDs; not support mail.",
    "<TYCPR01MB90217C3A9E0B4F12D6E8A5B1C92F0@TYCPR01MB9021.jpnprd01.prod.outlook.com>",
    subj_charset="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
