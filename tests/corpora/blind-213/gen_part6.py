# Part 6: late March 2025, case A ends, console case K (messages 45-59)
from gen_common import *
from email.mime.multipart import MIMEMultipart

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
REFS_A = "%s %s %s %s" % (mid("a-ack"), mid("a-conf"), mid("a-conf2"), mid("a-upd"))
KAUTH = "spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100"

# 45 Case A: operations found an exam appointment -> info request using the word "confirm"
b = alt(part("""Hello Haruka,

Our operations team started on the merge and found a scheduled exam on Account #2:
SCS-C02 (AWS Certified Security - Specialty) with Pearson VUE. An open registration blocks
the merge, because it cannot be moved between accounts.

Could you confirm the date of that appointment and let us know whether you will cancel it
yourself? Once the registration is gone we will complete the merge - the confirmation you gave
us yesterday stays valid, so you won't be asked again.

Thanks,
Priya S.
AWS Training and Certification
""", enc="qp"),
part("""<p>Hello Haruka,</p><p>Our operations team started on the merge and found a scheduled exam on Account #2: SCS-C02 (AWS Certified Security &ndash; Specialty) with Pearson VUE. An open registration blocks the merge, because it cannot be moved between accounts.</p>
<p>Could you confirm the date of that appointment and let us know whether you will cancel it yourself? Once the registration is gone we will complete the merge &ndash; the confirmation you gave us yesterday stays valid, so you won't be asked again.</p><p>Thanks,<br>Priya S.<br>AWS Training and Certification</p>
""", "html", enc="qp"))
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-18 02:50:38", UTC), mid("a-appt", "ses"), irt=mid("a-upd"), refs=REFS_A,
          auth=auth_gmail("amazon.com")),
    "info_request", True, CASE_A, [], "Case A: asks the date of an open exam appointment and whether she will cancel it",
    "'Could you confirm the date' is not a merge confirmation; explicitly says the merge confirmation stands")

# 46 owner answers
b = part("""Hi Priya,

The SCS-C02 appointment is on 2 April 2025 at 10:00 (Pearson VUE Tokyo Shinjuku). I have just
cancelled it and will book it again under my personal account after the merge.

Haruka

On Tue, Mar 18, 2025 at 11:50 AM AWS Training and Certification <%s> wrote:
> Could you confirm the date of that appointment and let us know whether you will cancel it
> yourself?
""" % TC, enc="qp")
add(build(b, addr(ME_NAME, ME_P), TC, SUBJ_A, dt("2025-03-18 12:31:40"), mid("a-u6", "gmail"),
          irt=mid("a-appt"), refs=REFS_A + " " + mid("a-appt")),
    "user_reply", False, CASE_A, [], "Owner gives the appointment date and cancels it", "owner mail quoting a question")

# 47 Pearson VUE cancellation
b = part("""Dear Haruka Mizuno,

This email confirms that your appointment has been cancelled.

Exam:            SCS-C02: AWS Certified Security - Specialty
Appointment:     Wednesday, 2 April 2025, 10:00 JST
Registration ID: 420953118

If you did not request this cancellation, contact Pearson VUE customer service.

Pearson VUE
""", enc="7bit")
add(build(b, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
          "Pearson VUE Confirmation of Cancellation - AWS Certification", dt("2025-03-18 03:33:12", UTC),
          mid("pv2", "pearson.com"), auth=auth_m365("pearson.com", mailfrom="pearson.com")),
    "unrelated", False, None, [], "Pearson VUE cancellation confirmation", "exam vendor; 'If you did not request...' conditional")

# 48 Case A resolved, Outlook-style quoting of the earlier confirmation request
b = part("""Hello Haruka,

I have successfully merged all accounts. Account #1 (%s, haruka.mizuno.dev@gmail.com) now
holds your full exam history, your active certifications and the 50%% discount benefit. The
company account no longer exists, so you can let that mailbox close without worry.

If something looks wrong after you sign in, reply within 14 days and we'll pick the case up
again.

Mateo
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, March 13, 2025 4:31 AM
To: haruka.mizuno.dev@gmail.com
Subject: %s

Account #1
  Candidate ID: %s
  Login email: haruka.mizuno.dev@gmail.com
Account #2
  Candidate ID: %s
  Login email: h.mizuno@kestrel-sys.co.jp

Can you confirm that both accounts belong to you and that Account #2 should be merged into
Account #1? After the merge only Account #1 will exist.

As an extra ownership check, what is the date of the most recent exam you sat on Account #2?
""" % (ID_P, TC, SUBJ_A, ID_P, ID_CO), enc="qp")
add(build(b, addr("AWS Training and Certification", TC), ME_P, SUBJ_A,
          dt("2025-03-20 06:12:57", UTC), mid("a-res", "ses"), irt=mid("a-u6"),
          refs=REFS_A + " " + mid("a-appt") + " " + mid("a-u6"), auth=auth_gmail("amazon.com")),
    "resolved", False, CASE_A, [ID_P], "Case A: 'successfully merged all accounts'",
    "quotes the old confirmation request with no '>' markers (Outlook original-message block); conditional 'reply within 14 days'")

# 49 Credly: badges now under the personal address
b = part("""<html><body><p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued badges to <b>haruka.mizuno.dev@gmail.com</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>Add this email address to your Credly profile to keep all your badges in one place.</p>
<p><a href="https://www.credly.com/users/sign_in">Sign in to Credly</a></p>
<p style="font-size:11px;color:#999">You received this because an issuer sent a badge to this address.</p></body></html>
""", "html", enc="b64")
add(build(b, addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you 2 badges",
          dt("2025-03-20 06:40:03", UTC), mid("credly2", "credly.com"), auth=auth_gmail("credly.com", mailfrom="bounces@credly.com", ip="198.2.180.12")),
    "badge", False, None, [], "Credly badges re-issued to the personal address", "HTML-only base64; arrives right after the merge")

# 50 Case A survey
b = part("""Hello,

Your recent case with AWS Training and Certification (%s) has been closed.

Please take a moment to rate your experience:
https://survey.aws-tc-support.amazon.com/s/%s

Your feedback is optional and anonymous. This mailbox does not accept replies.
""" % (CASE_A, h("sv-a", 12)), enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_P,
          "Share your feedback on case %s" % CASE_A, dt("2025-03-21 01:20:00", UTC), mid("a-survey", "ses"),
          auth=auth_gmail("amazon.com")),
    "survey", False, CASE_A, [], "Case A satisfaction survey", "says the case 'has been closed' - not a closing notice")

# 51 tech newsletter
b = part("""<html><body><h2>週刊 DevelopersIO ダイジェスト</h2>
<ol><li>AWS 認定アカウントを個人アドレスへ統合する手順 2025 年版</li><li>Amazon Bedrock のモデル評価を試す</li><li>GitHub Actions から OIDC で AWS にデプロイ</li></ol>
<p><a href="https://dev.classmethod.jp/">続きを読む</a></p><p style="font-size:11px">配信停止はマイページから。</p></body></html>
""", "html", cs="utf-8", enc="b64")
add(build(b, addr("DevelopersIO", "newsletter@dev.classmethod.jp"), ME_P, "週刊 DevelopersIO ダイジェスト 3/22号",
          dt("2025-03-22 08:00:00"), mid("dio1", "classmethod.jp"), auth=auth_gmail("classmethod.jp", mailfrom="nl@classmethod.jp", ip="13.112.9.8")),
    "unrelated", False, None, [], "Newsletter with an article about merging certification accounts", "topic words without a case")

# 52 Console case created (Support Center)
CONSOLE_FOOT = """
Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================================
To contact us again about this case, please use the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark
of Amazon.com, Inc. or its affiliates.
""" % CASE_K
b = part("""Hello,

We have opened case %s for your request. The details of your case are as follows:

Case ID: %s
Subject: 50%% exam discount missing after certification account merge
Severity: General question
Service: AWS Training and Certification
Category: Certification benefits
Correspondence: After my two certification accounts were merged (case %s), the 50%% discount
from SAP-C02 does not appear on the Benefits page of my account.
""" % (CASE_K, CASE_K, CASE_A) + CONSOLE_FOOT, enc="qp")
add(build(b, addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
          "Amazon Web Services: New Support case: %s" % CASE_K, dt("2025-03-24 00:41:16", UTC),
          mid("k-ack", "ses"), auth=auth_gmail("amazon.com")),
    "acknowledgement", False, CASE_K, [], "Console case K opened (voucher missing)",
    "11-digit console case; the owner's text cites case A's number; footer 'cannot accept incoming e-mails'")

# 53 Console case: info request, answer in the Support Center
b = part("""Hello Haruka,

Thank you for reaching out. I checked the certification account with candidate ID %s and can
see the merge, but the discount record did not follow.

To restore it I need two things from you:
- the date on which you passed the exam that earned the discount, and
- a screenshot of the Benefits page as you see it now.

Please add both to this case through the Support Center link below. Email replies to this
message do not reach us.

Best regards,
Daniel O.
Amazon Web Services
""" % ID_P + CONSOLE_FOOT, enc="qp")
add(build(b, addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
          "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_K,
          dt("2025-03-25 02:19:55", UTC), mid("k-info", "ses"), auth=auth_gmail("amazon.com")),
    "info_request", True, CASE_K, [ID_P], "Console case K: exam date and screenshot, answer in the Support Center",
    "the reply must go through the console, not email; support still waits for the owner")

# 54 owner replies by email anyway
b = part("""Hello Daniel,

I passed SAP-C02 on 15 February 2025. Screenshot attached.

Haruka Mizuno
""", enc="7bit")
b = mixed(b, attachment(TINY_PNG, "image", "png", "benefits.png"))
add(build(b, addr(ME_NAME, ME_P), "no-reply-aws@amazon.com",
          "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_K,
          dt("2025-03-25 12:02:40"), mid("k-u1", "gmail"), irt=mid("k-info"), refs=mid("k-info")),
    "user_reply", False, CASE_K, [], "Owner answers the console case by email (will bounce)",
    "owner mail to the no-reply address")
