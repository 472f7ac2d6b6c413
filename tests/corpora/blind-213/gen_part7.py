# Part 7: end of March / early April 2025 (messages 55-65)
from gen_common import *
from email.mime.multipart import MIMEMultipart

CONSOLE_FOOT = """
Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================================
To contact us again about this case, please use the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_K
SUBJ_K = "RE:[CASE %s] 50%% exam discount missing after certification account merge" % CASE_K

# 55 bounce of the owner's email to no-reply-aws (multipart/report)
rep = MIMEMultipart("report", boundary="000000000000b7e19c0631257aa1")
rep.set_param("report-type", "delivery-status")
rep.attach(part("""
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox does not accept
incoming mail
""", enc="7bit"))
ds = MIMENonMultipart("message", "delivery-status")
from email.message import Message as _M
_b1 = _M(); _b1["Reporting-MTA"] = "dns; googlemail.com"
_b2 = _M(); _b2["Final-Recipient"] = "rfc822; no-reply-aws@amazon.com"; _b2["Action"] = "failed"; _b2["Status"] = "5.1.1"
_b2["Remote-MTA"] = "dns; amazon-smtp.amazon.com. (52.94.124.7)"; _b2["Diagnostic-Code"] = "smtp; 550 5.1.1 Recipient address rejected"
ds.set_payload([_b1, _b2])
rep.attach(ds)
hd = MIMENonMultipart("text", "rfc822-headers")
hd.set_payload("From: Haruka Mizuno <%s>\nTo: no-reply-aws@amazon.com\nSubject: Re: %s\nDate: Tue, 25 Mar 2025 12:02:40 +0900\nMessage-ID: %s\n" % (ME_P, SUBJ_K, mid("k-u1")))
rep.attach(hd)
add(build(rep, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
          "Delivery Status Notification (Failure)", dt("2025-03-25 12:02:45"), mid("k-bounce", "mx.google.com"),
          irt=mid("k-u1"), refs=mid("k-u1"), extra=[("Auto-Submitted", "auto-replied")]),
    "unrelated", False, CASE_K, [], "Bounce of the owner's email to the console no-reply address",
    "the only signal that the answer never arrived; case number in the returned headers; labelled with case K (see README)")

# 56 GitHub Dependabot
b = part("""Dependabot alert: 1 moderate severity vulnerability in haruka-mizuno/cert-tracker

  axios <1.8.2  -  Server-side request forgery in axios  (moderate)
  package-lock.json

Review alert: https://github.com/haruka-mizuno/cert-tracker/security/dependabot/7

You are receiving this because you are subscribed to security alerts for this repository.
""", enc="7bit")
add(build(b, addr("GitHub", "noreply@github.com"), ME_P, "[haruka-mizuno/cert-tracker] Dependabot alert: axios (moderate)",
          dt("2025-03-26 06:12:00", UTC), mid("gh-dep", "github.com"), auth=auth_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.201")),
    "unrelated", False, None, [], "GitHub Dependabot alert", "repository named cert-tracker")

# 57 farewell dinner (Japanese)
b = part("""クラウド推進部の皆さん

今月末で退職される水野さんの送別会を以下のとおり開催します。

日時: 3 月 27 日(木) 19:00-
場所: 新宿三丁目 「炉端 かがり」
会費: 5,000 円 (当日集金)

出欠を 3 月 25 日までにこのメールへの返信でお知らせください。

幹事 田中
""", cs="iso-2022-jp", enc="7bit")
add(build(b, addr("田中 翔太", "s.tanaka@kestrel-sys.co.jp", "iso-2022-jp"), "cloud-team@kestrel-sys.co.jp",
          "【ご案内】水野さん送別会", dt("2025-03-27 09:15:22"), mid("farewell", "outlook"), subj_cs="iso-2022-jp", auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100", cc=ME_C),
    "unrelated", False, None, [], "Farewell dinner invitation asking for RSVP by reply", "asks for a reply, but not support")

# 58 console case: auto-resolve warning
b = part("""Hello,

We haven't heard back from you about case %s. We are still waiting for the exam date and the
screenshot of your Benefits page requested on March 25.

If we don't receive a response through the Support Center within 3 days, this case will be
resolved automatically. You can reopen a resolved case from the Support Center within 14 days.

Best regards,
Daniel O.
Amazon Web Services
""" % CASE_K + CONSOLE_FOOT, enc="qp")
add(build(b, addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, SUBJ_K,
          dt("2025-03-28 02:00:31", UTC), mid("k-close", "ses"), auth=auth_gmail("amazon.com")),
    "closing_notice", True, CASE_K, [], "Console case K: will auto-resolve in 3 days",
    "restates the earlier asks inside a closing notice; answer goes through the console")

# 59 company IT: mailbox deactivation
b = part("""水野 遥 様

情報システム部です。退職に伴い、以下のアカウントを 3 月 31 日 18:00 に停止します。

  - Microsoft 365 (h.mizuno@kestrel-sys.co.jp)
  - AWS IAM Identity Center (kestrel-sys)
  - GitHub Organization kestrel-sys

停止後はメールの受信・転送ともにできなくなります。必要なデータは事前に退避してください。
本メールへの返信は不要です。
""", enc="b64")
add(build(b, addr("情報システム部", "it-helpdesk@kestrel-sys.co.jp"), ME_C, "【情報システム部】アカウント停止のお知らせ",
          dt("2025-03-28 15:40:09"), mid("it1", "outlook"),
          auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100"),
    "unrelated", False, None, [], "Company IT: mailbox and AWS access end on March 31", "mentions AWS; 'no reply needed'")

# 60 Credly lookalike phishing
b = part("""<html><body><p>Hi Haruka,</p>
<p>Your badge <b>AWS Certified Solutions Architect &ndash; Professional</b> has been <b>revoked</b> because your AWS Certification accounts were merged. To restore it, sign in and re-verify your identity within 72 hours.</p>
<p><a href="https://credly-badges-verify.com/restore?id=6c1f4e0a">Restore my badge</a></p>
<p>Credly Support</p></body></html>
""", "html", enc="qp")
add(build(b, addr("Credly", "admin@credly-badges-verify.com"), ME_P, "Action needed: your AWS badge was revoked",
          dt("2025-03-29 11:31:44", UTC), mid("phish3", "credly-badges-verify.com"),
          auth=auth_gmail("credly-badges-verify.com", mailfrom="admin@credly-badges-verify.com", ip="45.88.91.14")),
    "suspicious", False, None, [], "Credly lookalike: badge 'revoked' after the merge", "knows about the merge; lookalike domain passes its own DMARC")

# 61 other vendor's support case closed for no answer
b = part("""Hello Haruka,

Your Microsoft Certification support request 2503240040007719 has been closed because we did
not receive the information we asked for on March 24.

If you still need help, reply to this email within 7 days and your request will be reopened.

Microsoft Worldwide Learning Support
""", enc="qp")
add(build(b, addr("Microsoft Learn Support", "support@mail.support.microsoft.com"), ME_P,
          "Closed: Your Microsoft Certification support request 2503240040007719", dt("2025-03-31 08:10:00", UTC),
          mid("ms1", "microsoft.com"), auth=auth_gmail("mail.support.microsoft.com", mailfrom="bounce@mail.support.microsoft.com", ip="40.92.1.5")),
    "unrelated", False, None, [], "Microsoft certification case closed for no reply", "same shape as a closing notice, other vendor")

# 62 console case resolved, with the feedback footer
b = part("""Hello Haruka,

Thank you for the details you added in the Support Center. I have restored the 50%% exam
discount on your certification account; it now shows on the Benefits page with an expiry date
of 15 February 2026.

I am marking this case as resolved. If anything is still missing, you can reopen it from the
Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence. Each correspondence can also be
rated by selecting the stars in top right corner of each correspondence within the AWS Support
Center.

Best regards,
Daniel O.
Amazon Web Services
""" + CONSOLE_FOOT, enc="qp")
add(build(b, addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, SUBJ_K,
          dt("2025-04-01 04:22:10", UTC), mid("k-res", "ses"), auth=auth_gmail("amazon.com")),
    "resolved", False, CASE_K, [], "Console case K resolved: discount restored",
    "feedback footer asks for a rating; reopen wording is conditional")

# 63 free tier alert
b = part("""Hello,

Your AWS account 483920175566 has exceeded 85% of the usage limit for one or more AWS Free Tier
offers for the month of April.

  AWS Lambda   - 340,000 of 400,000 GB-seconds

To avoid charges, review your usage in the Billing and Cost Management console.

Amazon Web Services
""", enc="7bit")
add(build(b, addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P, "AWS Free Tier limit alert",
          dt("2025-04-02 00:03:41", UTC), mid("ft1", "ses"), auth=auth_gmail("costalerts.amazonaws.com", mailfrom="bounce@costalerts.amazonaws.com")),
    "unrelated", False, None, [], "AWS Free Tier usage alert", "AWS account mail with a 12-digit ID")

# 64 AWS Educate form case asking for a confirmation (other program)
b = part("""Hello Haruka,

Thank you for contacting AWS Educate. I found the AWS Educate account registered to
mizuno.h.2016@alumni.hokuto-u.ac.jp.

Please confirm that you want this AWS Educate account closed. Closing it removes your course
progress and Educate badges and cannot be undone. Reply "Confirm closure" to proceed.

Regards,
Lina
AWS Educate Support
""", enc="qp")
add(build(b, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
          "RE:[CASE 174365520100218] [AWS Educate Form Submission] - account-closure",
          dt("2025-04-03 05:27:16", UTC), mid("edu1", "ses"), auth=auth_gmail("amazon.com")),
    "unrelated", False, None, [], "AWS Educate case asks to confirm closing an old account",
    "real AWS form case with a 'please confirm' ask, but another program (not Training and Certification)")

# 65 CertMetrics expiry reminder
b = part("""Hello Haruka,

Your AWS Certified Developer - Associate certification expires on July 9, 2025.

Candidate ID: %s

To keep it active, pass the current Developer - Associate exam or a higher-level exam in the same
path before the expiry date. You can use your 50%% discount benefit for the recertification exam.

AWS Certification
""" % ID_P, enc="qp")
add(build(b, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
          "Your AWS Certification expires in 90 days", dt("2025-04-04 14:00:09", UTC), mid("cm3", "certmetrics.com"),
          auth=auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="167.89.1.20")),
    "certification", False, None, [ID_P], "CertMetrics expiry reminder for the merged account",
    "candidate ID of the merged account; a call to act that is no support request")
