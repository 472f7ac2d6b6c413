# Part 5: 26 March - 3 April 2025 - the merge is done; a console case (C) opens.
from gen_common import *

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
AWSID_ME = "610284459937"

# --- A: resolved, quoting the confirmation request -----------------------------------
d = when("2025-03-26 05:10:38", UTC)
plain = """Hello Aiko,

Thank you for confirming from your personal address.

The merge is complete: Accounts #2 (%s) and #3 (%s) are
now part of Account #1 (%s), signed in with %s.
Exam history, certifications, the 50%% exam benefit and your Credly badges
moved with them.

Two things to expect over the next few days:
 - Credly may send you mail about the badges as they are re-issued to the
   new address.
 - Your former employer's Partner Central profile will stop listing your
   certifications.

Should something be missing after a week, let us know by replying here.

Kind regards,
Ravindra S.
AWS Training and Certification Customer Service

________________________________________
From: AWS Training and Certification
Sent: Friday, March 14, 2025 2:40 AM
To: %s
Cc: %s
Subject: %s

%s""" % (CAND_OLD, CAND_SSO, CAND_NEW, ME_PERSONAL, ME_PERSONAL, ME_COMPANY, SUBJ_A, quote("""Hello Aiko,

My name is Hannah and I'm from the accounts team; I'll be completing the merge
on your case.

Account #1  Login email: %s  Candidate ID: %s
Account #2  Login email: %s  Candidate ID: %s
Account #3  Login email: %s (Partner Central sign-in)  Candidate ID: %s

Before I go ahead I need two things from you. First, that all three accounts
above belong to you. Second, your go-ahead to merge Account #2 and Account #3
into Account #1, which will then be the only account left.""" % (ME_PERSONAL, CAND_NEW, ME_COMPANY, CAND_OLD, ME_COMPANY, CAND_SSO)))
m = build(text(plain, cte="qp"), frm=TC_FROM, to=ME_PERSONAL, subject=SUBJ_A, date=d,
          msgid=ses_mid("p5-a-resolved"), in_reply_to=gmail_mid("p4-a-confirm-personal"),
          references="%s %s %s" % (ses_mid("p4-a-confirm"), ses_mid("p4-a-wrongaddr"), gmail_mid("p4-a-confirm-personal")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("resolved", case=CASE_A, cands=[CAND_OLD, CAND_SSO, CAND_NEW]),
    "Merge done, in own words ('The merge is complete'); quotes the whole confirmation request under an Outlook separator; 'let us know by replying' only if something is missing")

# --- Credly: badges moved to the personal address ------------------------------------------
d = when("2025-03-26 05:52:14", UTC)
plain = """Hi Aiko,

Amazon Web Services Training and Certification has issued badges to
%s:

  * AWS Certified Solutions Architect - Professional
  * AWS Certified Solutions Architect - Associate

Accept them to add them to your Credly profile:
https://www.credly.com/users/aiko-brandt/badges

The Credly Team
""" % ME_PERSONAL
html = """<table width="100%%"><tr><td><p>Hi Aiko,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued badges to %s:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Solutions Architect - Associate</li></ul>
<p><a href="https://www.credly.com/users/aiko-brandt/badges">Accept your badges</a></p>
<p>The Credly Team</p></td></tr></table>""" % ME_PERSONAL
m = build(alt(plain, html), frm="Credly <admin@credly.com>", to=ME_PERSONAL,
          subject="You have 2 new badges from Amazon Web Services Training and Certification", date=d,
          msgid=mid("p5-credly-moved", "credly.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("credly.com", sender_ip="167.89.12.40"))])
add(d, m, L("badge"), "Credly re-issues the badges minutes after the merge; asks to accept them")

# --- CertMetrics: account details changed ----------------------------------------------------
d = when("2025-03-26 06:31:00", UTC)
plain = """AWS Certification - account update

Hello Aiko Brandt,

The following details of your AWS Certification account (%s) were
changed on March 26, 2025:

  Certification notification email: %s
  Linked records: 2

If you made this change, no action is needed. If you did not, contact AWS
Training and Certification through https://support.aws.amazon.com/#/contacts/aws-training .

AWS Certification
""" % (CAND_NEW, ME_PERSONAL)
m = build(text(plain, cte="7bit"), frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_PERSONAL,
          subject="Your AWS Certification account details were updated", date=d,
          msgid=mid("p5-cm-update", "certmetrics.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("certmetrics.com", sender_ip="23.253.182.105"))])
add(d, m, L("certification", cands=[CAND_NEW]),
    "Automatic account-change notice after the merge; 'if you did not, contact' is conditional; not part of the case")

# --- A: survey in Japanese -----------------------------------------------------------------
d = when("2025-03-27 04:00:09", UTC)
plain = """ブラント 愛子 様

先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました(ケース番号: %s)。

サービス向上のため、簡単なアンケートへのご協力をお願いしております。
所要時間は1分程度です。

  アンケートに回答する:
  https://survey.aws-training-feedback.amazon.com/s/JP7Q2X?case=%s&lang=ja

ご回答は任意です。本メールへの返信はお受けできませんので、あらかじめご了承ください。
""" % (CASE_A, CASE_A)
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
m = build(alt(plain, html, cte="b64"), frm=TC_FROM, to=ME_PERSONAL,
          subject="アンケートご協力のお願い: AWS トレーニングと認定 ケース %s" % CASE_A, date=d,
          msgid=ses_mid("p5-a-survey"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("survey", case=CASE_A), "Japanese satisfaction survey (お願いしております: a polite ask, but optional); case number in subject text")

# --- Partner Central notice ------------------------------------------------------------------
d = when("2025-03-28 02:20:45", UTC)
plain = """AWS Partner Central

Hello Aiko,

Your AWS Partner Central user has been disassociated from Seitosha Cloud
Integration K.K. by an alliance administrator. Your AWS Certifications are no
longer shared with this partner organization.

If you join another AWS Partner, you can link your AWS Training and
Certification account from your new partner's Partner Central.

AWS Partner Network
"""
m = build(text(plain, cte="7bit"), frm="AWS Partner Network <no-reply@partnercentral.awspartner.com>", to=ME_COMPANY,
          subject="Your AWS Partner Central user was disassociated from Seitosha Cloud Integration K.K.", date=d,
          msgid=mid("p5-apn", "partnercentral.awspartner.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("partnercentral.awspartner.com", sender_ip="54.240.9.101"))])
add(d, m, L("unrelated"), "AWS Partner Network notice about the released association; AWS mail of another program, not from the case")

# --- owner forwards the resolution to a colleague (mistyped address) --------------------------
d = when("2025-03-31 08:20:02")
plain = """石井さん

Slack で聞かれていた認定アカウント統合の件、最後のメールを転送します。
APN の紐付け解除 → 確認の返信(個人アドレスから!)→ 統合、で約3週間でした。
会社アドレスから返信すると受け付けてもらえないので注意です。

ブラント

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月26日(水) 14:10
Subject: %s
To: <%s>


Hello Aiko,

Thank you for confirming from your personal address.

The merge is complete: Accounts #2 (%s) and #3 (%s) are
now part of Account #1 (%s), signed in with %s.
""" % (TC_FORM, SUBJ_A, ME_PERSONAL, CAND_OLD, CAND_SSO, CAND_NEW, ME_PERSONAL)
fwd = build(text(plain, cte="b64"), frm=addr("Aiko Brandt", ME_PERSONAL), to="k.ishi@seitosha-ci.co.jp",
            subject="Fwd: " + SUBJ_A, date=d, msgid=gmail_mid("p5-fwd-ishii"),
            in_reply_to=ses_mid("p5-a-resolved"), references=ses_mid("p5-a-resolved"))
add(d, fwd, L("user_reply", case=CASE_A),
    "Owner forwards the completion to a colleague (address mistyped); the forwarded part holds all candidate IDs, her own text none")

# --- bounce for that forward -------------------------------------------------------------------
d = when("2025-03-31 08:20:05")
import email as _email
inner = _email.message_from_bytes(fwd.as_bytes())
report = MIMEMultipart("report", report_type="delivery-status")
human = text("""** Address not found **

Your message wasn't delivered to k.ishi@seitosha-ci.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.ishi@seitosha-ci.co.jp not found by SMTP address lookup
""", cte="7bit")
del human["MIME-Version"]
report.attach(human)
ds = MIMEBase("message", "delivery-status")
ds.set_payload([_email.message_from_string("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 30 Mar 2025 16:20:02 -0700 (PDT)
"""), _email.message_from_string("""Final-Recipient: rfc822; k.ishi@seitosha-ci.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; seitoshaci-co-jp.mail.protection.outlook.com. (52.101.228.7)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Sun, 30 Mar 2025 16:20:05 -0700 (PDT)
""")])
report.attach(ds)
report.attach(MIMEMessage(inner))
m = build(report, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=ME_PERSONAL,
          subject="Delivery Status Notification (Failure)", date=d, msgid=mid("p5-bounce", "mx.google.com"),
          top=[("Delivered-To", ME_PERSONAL)], extra=[("Auto-Submitted", "auto-replied"),
                                                     ("X-Failed-Recipients", "k.ishi@seitosha-ci.co.jp")])
add(d, m, L("unrelated", case=CASE_A),
    "Bounce (multipart/report) carrying the owner's forward of the completion as message/rfc822; the [CASE] subject and IDs are only inside the returned message")

# --- new employer onboarding ---------------------------------------------------------------------
d = when("2025-04-01 09:30:00")
plain = """Hi Aiko,

Welcome to Nordlicht Data! We're glad to have you on the Fukuoka team from
April 7.

To finish onboarding, please reply by Friday with:
  1. your bank account for payroll (a photo of the cash card is fine)
  2. your preferred laptop keyboard layout (JIS or US)
  3. any professional certifications you hold - we're an AWS Partner and will
     ask you to link your AWS certification account to our Partner Central

See you soon,
Lena Fischer
People Operations, Nordlicht Data K.K.
"""
m = build(text(plain, cte="7bit"), frm="Lena Fischer <lena.fischer@nordlicht-data.jp>", to=ME_PERSONAL,
          subject="Welcome to Nordlicht Data - a few things before day one", date=d,
          msgid=mid("p5-onboard", "nordlicht-data.jp"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("nordlicht-data.jp", sender_ip="40.107.255.80", p="NONE"))])
add(d, m, L("unrelated"), "New employer asks for several things by Friday, one about AWS certifications: a real request, but not support")

# --- C: console case opened ------------------------------------------------------------------
d = when("2025-04-02 12:18:44", UTC)
plain = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your issue.

The details of your case are as follows:

Case ID: %s
Subject: 50%% exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: My two certification accounts were merged on March 26 (form
case %s). The 50%% discount benefit I had on the old account is not
shown under Benefits on the merged account %s. The old account was
%s.

We will respond to your inquiry as soon as possible.

To contact us again about this issue, please do not reply to this email.
Instead, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
[AWS ID %s]
""" % (CASE_C, CASE_C, CASE_A, CAND_NEW, CAND_OLD, CASE_C, AWSID_ME)
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_PERSONAL,
          subject="Amazon Web Services: New Support case: %s" % CASE_C, date=d, msgid=ses_mid("p5-c-new"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("acknowledgement", case=CASE_C, cands=[CAND_NEW, CAND_OLD]),
    "Console new-case ack for a T&C issue; the echoed correspondence names the earlier form case A too; 12-digit AWS ID; 'do not reply to this email'")

# --- C: console asks for information -----------------------------------------------------------
d = when("2025-04-03 06:47:20", UTC)
plain = """Hello Aiko,

I'm sorry to hear that the benefit didn't come across with the merge.

To trace it I need a few details from you: the voucher code or the exam the
benefit was earned with, and roughly when you last saw it on the old
account's Benefits page. A screenshot of that page, if you kept one, would
help as well.

Please add this information to the case in the Support Center.

Best regards,
Liam G.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

To contact us again about this issue, please do not reply to this email.
Instead, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail was sent from an address that cannot accept incoming e-mails.
[AWS ID %s]
""" % (CASE_C, AWSID_ME)
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_PERSONAL,
          subject="RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
          date=d, msgid=ses_mid("p5-c-ask"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("info_request", True, CASE_C),
    "Console case: request ('I need a few details') must be answered in the Support Center, not by mail; rating footer and 'do not reply' boilerplate")
