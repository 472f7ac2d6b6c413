"""Part 2: second half of May 2025."""
from gen_lib import *  # noqa: F401,F403

# 9 newsletter ---------------------------------------------------------------
t = d(2025, 5, 17, 7, 30, 0)
txt = """CLOUD NOTES WEEKLY - Issue #212

Hi there,

This week: IAM Identity Center gets session tags, a migration story from
on-prem Kafka, and a reader's guide to merging duplicate AWS Certification
accounts before you change jobs (spoiler: support asks you to confirm which
account to keep, so keep an eye on your inbox).

1. Session tags in IAM Identity Center - what changes for ABAC
2. "We moved 40 Kafka topics to MSK Serverless" - a case study
3. Changing employers? Move your AWS Certifications first
4. Tool of the week: a Step Functions local test runner

Have a tip for next week? Just hit reply - we read everything.

You are receiving this because you subscribed at cloudnotes.news.
Unsubscribe: https://cloudnotes.news/u/9f31c0a2
"""
add(t, lab("unrelated", note="Newsletter that talks about merging certification accounts and invites a reply"),
    rcv_gmail(t, "mail134-7.atl41.mcsv.net", "198.2.134.7") +
    auth_gmail("cloudnotes.news", "bounce-mc.us21_8812034.1293@mail134-7.atl41.mcsv.net", "198.2.134.7", sel="k1",
               policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Cloud Notes Weekly", "hello@cloudnotes.news")), ("To", ME_P),
        ("Subject", "#212: session tags, MSK, and moving your certs before a job change"),
        ("Message-ID", mid("newsletter212", "mail134-7.atl41.mcsv.net", "plain")),
        ("List-Unsubscribe", "<https://cloudnotes.news/u/9f31c0a2>, <mailto:unsubscribe@cloudnotes.news>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    alt(txt))

# 10 suspicious lookalike ------------------------------------------------------
t = d(2025, 5, 18, 3, 14, 9)
html = html_wrap("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws" height="28"></div>
<div style="padding:18px">
<p>Dear Candidate,</p>
<p>Our records show that the name on your <b>AWS Certification profile</b> does not match the identification you will present at your upcoming exam appointment.</p>
<p>To avoid cancellation of the appointment and loss of the exam fee, you must confirm your profile within <b>24 hours</b>:</p>
<p style="text-align:center"><a href="https://amazon-certsupport.com/verify/profile?c=8f21ab" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:3px">Confirm my profile</a></p>
<p>You will be asked to sign in with your AWS Builder ID and password.</p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p>
</div></div>""")
add(t, lab("suspicious", note="Lookalike domain amazon-certsupport.com, credential phishing that matches the owner's real name problem"),
    rcv_gmail(t, "mail.amazon-certsupport.com", "185.225.73.19") +
    auth_gmail("amazon-certsupport.com", "info@amazon-certsupport.com", "185.225.73.19", sel="default",
               policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("AWS Certification", "certification@amazon-certsupport.com")), ("To", ME_P),
        ("Subject", "Action required: confirm your AWS Certification profile before your exam"),
        ("Message-ID", mid("phish1", "amazon-certsupport.com", "plain")),
        ("X-Mailer", "PHPMailer 6.8.0")],
    leaf("text/html", html, "utf-8", "base64"))

# 11 Case D closing notice (console) -------------------------------------------
t = d(2025, 5, 19, 12, 40, 3)
txt = """Hello,

We haven't heard back from you regarding case 17472093318 ("Name on certification profile misspelled"). We're still waiting for the photo ID mentioned in our last correspondence.

If we don't hear from you, this case will be resolved automatically in 3 days. You can reopen a resolved case within 14 days; after that it can't be reopened and you would need to create a new case.

To add the attachment or reply, go to:
https://console.aws.amazon.com/support/home#/case/?displayId=17472093318&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.
"""
add(t, lab("closing_notice", True, CASE_D, note="Console auto-resolve warning; answer must go through the Support Center"),
    aws_in(t, "D-close") + [
        ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
        ("Subject", "RE:[CASE %s] Name on certification profile misspelled" % CASE_D),
        ("Message-ID", mid("D-close")), ("In-Reply-To", mid("D-info")),
        ("References", mid("D-ack") + " " + mid("D-info"))],
    leaf("text/plain", txt, "us-ascii", "7bit"), crlf=True)

# 12 AWS billing statement -----------------------------------------------------
t = d(2025, 5, 19, 16, 3, 27)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.87

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 480211937465]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
"""
add(t, lab("unrelated", note="AWS billing statement from no-reply-aws; 12-digit account ID is not a case or candidate ID"),
    aws_in(t, "bill-may") + [
        ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 480211937465]"),
        ("Message-ID", mid("bill-may"))],
    leaf("text/plain", txt, "UTF-8", "7bit"))

# 13 Case D resolved -----------------------------------------------------------
t = d(2025, 5, 21, 0, 51, 40)
txt = """Hi Mariana,

Thanks for uploading your passport page. I've updated the legal name on the certification profile for candidate ID AWS03318562 - it now reads "Mariana Kobayashi". The change is pushed to Pearson VUE automatically; please allow up to 24 hours before you check the name on your exam appointment.

Since the correction is complete, I'll mark this case as resolved. Good luck with your exam on the 30th!

Best regards,
Olusegun A.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

If you still need help with this issue, reopen it from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=17472093318&language=en

This email was sent from an address that cannot accept incoming e-mails.
"""
add(t, lab("resolved", False, CASE_D, [OLD], note="Console case done; rating footer and reopen link are not requests"),
    aws_in(t, "D-res") + [
        ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
        ("Subject", "RE:[CASE %s] Name on certification profile misspelled" % CASE_D),
        ("Message-ID", mid("D-res")), ("In-Reply-To", mid("D-close")),
        ("References", mid("D-ack") + " " + mid("D-info") + " " + mid("D-close"))],
    alt(txt), crlf=True)

# 14 Pearson VUE booking --------------------------------------------------------
t = d(2025, 5, 21, 19, 5, 12)
txt = """Dear Mariana Kobayashi,

Thank you for scheduling your exam with Pearson VUE. Please keep this
confirmation for your records.

Registration ID: 472918365
Candidate ID: AWS03318562
Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: English
Appointment: Friday, May 30, 2025, 1:00 PM JST
Test center: Pearson Professional Centers - Osaka, Umeda Sky Bldg 12F

Arrive 15 minutes early and bring one valid government-issued ID with a
photo and signature. The name on your ID must exactly match the name on
your registration.

If you need to reschedule or cancel, do so at least 24 hours before your
appointment at https://home.pearsonvue.com/aws.

Pearson VUE
"""
add(t, lab("unrelated", ids=[OLD], note="Exam vendor booking; carries a candidate ID and a 9-digit registration ID"),
    rcv_gmail(t, "mx0b-00256a01.pphosted.com", "148.163.159.192") +
    auth_gmail("pearson.com", "pearsonvueconfirmation@pearson.com", "148.163.159.192", sel="selector2",
               policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", ME_P),
        ("Subject", "Pearson VUE Confirmation of Booking"),
        ("Message-ID", mid("pv-booking", "pearson.com", "plain"))],
    alt(txt))

# 15 Azure support closing notice ------------------------------------------------
t = d(2025, 5, 22, 9, 17, 0)
txt = """Hello Mariana,

We haven't heard from you since our last message about support request 2505190040007712 (Azure Container Apps - revision stuck in Provisioning).

If we don't receive a reply within 3 business days, we'll close this request. To keep it open, simply reply to this email. If the issue is resolved, no action is needed.

Best regards,
Haruto Mori
Microsoft Azure Support
Working hours: Mon-Fri 9:00-17:30 JST

Case: 2505190040007712
"""
add(t, lab("unrelated", note="Other vendor's closing notice (Azure), reply would keep it open - not an AWS T&C case"),
    rcv_gmail(t, "mail-tyzapc01on2091.outbound.protection.outlook.com", "52.101.128.91") +
    auth_gmail("microsoft.com", "support@mail.support.microsoft.com", "52.101.128.91", sel="selector2",
               policy="p=REJECT sp=REJECT dis=NONE", from_dom="mail.support.microsoft.com") + [
        ("From", addr("Microsoft Support", "support@mail.support.microsoft.com")), ("To", ME_P),
        ("Subject", "[Case 2505190040007712] We haven't heard from you - Azure Container Apps"),
        ("Message-ID", mid("azure-close", style="outlook"))],
    alt(txt))

# 16 connpass JAWS-UG registration ------------------------------------------------
t = d(2025, 5, 24, 12, 0, 31)
txt = """小林 マリアナ 様

以下のイベントへの参加登録が完了しました。

JAWS-UG大阪 第58回勉強会「認定資格とキャリア」
日時: 2025/06/19(木) 19:00 〜 21:00
会場: 大阪市北区 某所(詳細は参加者への情報を参照)
受付番号: 8831-204

※参加をキャンセルする場合は、イベントページからキャンセル手続きをお願いします。
※本メールは送信専用です。ご返信いただいてもお答えできません。

connpass
https://jawsug-osaka.connpass.com/event/351207/
"""
add(t, lab("unrelated", note="Japanese event registration 'completed' notice - looks like an acknowledgement"),
    rcv_gmail(t, "mail.connpass.com", "52.69.15.31") +
    auth_gmail("connpass.com", "bounce@connpass.com", "52.69.15.31", sel="s1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("connpass", "no-reply@connpass.com")), ("To", ME_P),
        ("Subject", hdr("【connpass】「JAWS-UG大阪 第58回勉強会」への参加登録が完了しました")),
        ("Message-ID", mid("connpass", "connpass.com", "plain"))],
    leaf("text/plain", txt, "utf-8", "quoted-printable"))

# 17 AWS Educate form case (other program) ----------------------------------------
t = d(2025, 5, 28, 14, 22, 45)
txt = """Hello Mariana,

Thank you for your interest in mentoring the cloud club at Kansai Institute of Technology.

Before we can link the club to an AWS Educate institution profile, we need two things from you:
1. The name and school email address of the faculty member sponsoring the club.
2. The official email domain the students will register with.

Could you send these details by replying to this email?

Kind regards,
Bianca
AWS Educate Support

Case ID: 174835099227104
"""
add(t, lab("unrelated", False, CASE_EDU,
           note="AWS Educate form case asking for info - same [CASE] shape and amazon.com sender, but not Training and Certification"),
    aws_in(t, "edu-info") + [
        ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")), ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - educator-support" % CASE_EDU),
        ("Message-ID", mid("edu-info"))],
    alt(txt))

# 18 suspicious Pearson VUE lookalike ----------------------------------------------
t = d(2025, 5, 28, 22, 48, 19)
txt = """Dear candidate,

Your upcoming appointment for SAA-C03 requires identity re-verification
because your profile name was recently changed.

To keep your appointment you must pay the re-verification fee of JPY 2,200
within 12 hours:

  https://pearsonvue-scheduling.net/reverify?ref=AWS-883120

If the fee is not received the appointment will be cancelled without refund.

Pearson VUE Scheduling
"""
add(t, lab("suspicious", note="Exam-vendor lookalike domain asking for a fee; SPF softfail, no DMARC"),
    rcv_gmail(t, "vps-4412.contabo.host", "144.91.70.18") +
    auth_gmail("pearsonvue-scheduling.net", "noreply@pearsonvue-scheduling.net", "144.91.70.18", dkim="none",
               spf="softfail", dmarc="none") + [
        ("From", addr("Pearson VUE Scheduling", "scheduling@pearsonvue-scheduling.net")), ("To", ME_P),
        ("Reply-To", "pv.support.desk@outlook.com"),
        ("Subject", "URGENT: identity re-verification needed for your exam appointment"),
        ("Message-ID", mid("phish-pv", "vps-4412.contabo.host", "plain"))],
    leaf("text/plain", txt, "us-ascii", "7bit"))

# 19 Pearson VUE thank you for testing ---------------------------------------------
t = d(2025, 5, 30, 18, 32, 2)
html = html_wrap("""<p>Dear Mariana Kobayashi,</p>
<p>Thank you for testing with Pearson VUE today. Your exam results will be sent to you by the exam sponsor
(AWS Certification) and will also be available in your AWS Certification Account, usually within five business days.</p>
<p>We'd love to hear about your test-center experience: <a href="https://pearsonvue.qualtrics.com/jfe/form/SV_3xT">take a 3-minute survey</a>.</p>
<p>Pearson VUE</p>""")
add(t, lab("unrelated", note="Exam vendor thank-you with a test-center survey link (not a support survey)"),
    rcv_gmail(t, "mx0b-00256a01.pphosted.com", "148.163.159.192") +
    auth_gmail("pearson.com", "noreply@pearson.com", "148.163.159.192", sel="selector2", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Pearson VUE", "noreply@pearson.com")), ("To", ME_P),
        ("Subject", "Thank you for testing with Pearson VUE"),
        ("Message-ID", mid("pv-thanks", "pearson.com", "plain"))],
    leaf("text/html", html, "utf-8", "quoted-printable"))

# 20 recertified (company, forwarded) ---------------------------------------------
t = d(2025, 5, 31, 6, 2, 55)
html = html_wrap("""<table width="620" align="center" style="border:1px solid #d5dbdb"><tr><td style="padding:22px">
<h2 style="color:#232f3e">Congratulations on recertifying your AWS Certification!</h2>
<p>Hello Mariana Kobayashi,</p>
<p>You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #eee">Candidate ID</td><td style="border:1px solid #eee">AWS03318562</td></tr>
<tr><td style="border:1px solid #eee">Validation number</td><td style="border:1px solid #eee">4TQ7HV2K1E4Q1WSX</td></tr>
<tr><td style="border:1px solid #eee">New expiration date</td><td style="border:1px solid #eee">May 30, 2028</td></tr></table>
<p>Your digital badge will be issued through Credly. A new 50% discount benefit for your next exam is now in your account.</p>
<p>AWS Certification</p></td></tr></table>""")
add(t, lab("certification", ids=[OLD], note="Recertification notice to the company address (forwarded); HTML-only table"),
    fwd_in(t, "recert", "certmetrics.com", "bounces@certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "Congratulations on recertifying your AWS Certification!"),
        ("Message-ID", mid("recert", "certmetrics.com", "plain"))],
    leaf("text/html", html, "utf-8", "quoted-printable"))
