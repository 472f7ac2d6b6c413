# Part 6: April 2025 - console case C runs its course; a new job.
from gen_common import *

AWSID_ME = "610284459937"
SUBJ_C = "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C
FOOT_EN = """
To contact us again about this issue, please do not reply to this email.
Instead, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail was sent from an address that cannot accept incoming e-mails.
[AWS ID %s]
""" % (CASE_C, AWSID_ME)
RATE = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.
"""

# --- calendar invitation ---------------------------------------------------------------
d = when("2025-04-02 11:02:37")
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T000000Z
DTEND:20250407T020000Z
DTSTAMP:20250402T020237Z
ORGANIZER;CN=Lena Fischer:mailto:lena.fischer@nordlicht-data.jp
UID:5k1q0v9h2r8d7c3ab0e6f4m2n1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aiko.brandt.k@gmail.com:mailto:aiko.brandt.k@gmail.com
SUMMARY:Day one: onboarding & laptop pickup
LOCATION:Nordlicht Data Fukuoka office, 5F
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
plain = """Day one: onboarding & laptop pickup
Monday Apr 7, 2025 9am - 11am (Japan Standard Time)
Nordlicht Data Fukuoka office, 5F

Reply for aiko.brandt.k@gmail.com: Yes / No / Maybe
Invitation from Google Calendar
"""
cal = text(ics, "calendar", cte="7bit")
cal.set_param("method", "REQUEST")
m = build(mixed(alt(plain, "<p>" + plain.replace("\n", "<br>") + "</p>", cte="7bit"), cal),
          frm="Lena Fischer <lena.fischer@nordlicht-data.jp>", to=ME_PERSONAL,
          subject="Invitation: Day one: onboarding & laptop pickup @ Mon Apr 7, 2025 9am - 11am (JST) (aiko.brandt.k@gmail.com)",
          date=d, msgid=mid("p6-cal", "google.com"), reply_to="lena.fischer@nordlicht-data.jp",
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("nordlicht-data.jp", sender_ip="209.85.220.73", p="NONE"))])
add(d, m, L("unrelated"), "Calendar invitation (text/calendar, RSVP) from the new employer")

# --- Pearson VUE reminder ---------------------------------------------------------------------
d = when("2025-04-05 10:00:00")
plain = """Reminder: your exam appointment is in 7 days

Exam:             DEA-C01: AWS Certified Data Engineer - Associate
Date and time:    Saturday, April 12, 2025, 10:00 JST
Test center:      Pearson VUE Test Center, Fukuoka Tenjin
Registration ID:  420931577
Candidate ID:     %s

Bring two valid forms of ID. The name on your ID must match the name on your
AWS Certification account.

Pearson VUE
""" % CAND_NEW
m = build(text(plain, cte="7bit"), frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=ME_PERSONAL,
          subject="Reminder: AWS Certified Data Engineer - Associate on April 12", date=d,
          msgid=mid("p6-pvue-reminder", "pearson.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("pearson.com", sender_ip="159.182.1.77"))])
add(d, m, L("unrelated", cands=[CAND_NEW]), "Exam vendor reminder, now with the merged account's candidate ID", crlf=True)

# --- C: resolved because of no answer (closing notice) ---------------------------------------------
d = when("2025-04-06 22:15:09", UTC)
plain = """Hello,

We haven't heard back from you on case %s since our message of April 3,
so we have marked the case as resolved.

If you still need help, reopen the case by adding a reply in the Support Center
within 14 days. After that it can no longer be reopened and a new case would be
needed.

Sincerely,
Amazon Web Services
%s""" % (CASE_C, FOOT_EN)
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_PERSONAL, subject=SUBJ_C,
          date=d, msgid=ses_mid("p6-c-autoresolved"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("closing_notice", True, CASE_C),
    "Console case already auto-resolved for lack of answer; reopening is in the Support Center; 'resolved' wording makes it look like a resolution")

# --- phishing in Japanese, Shift_JIS HTML ------------------------------------------------------------
d = when("2025-04-08 07:41:22")
html = """<html><body>
<p>AWS認定をお持ちのお客様</p>
<p>お客様のAWS認定アカウントの統合手続きが完了していません。<br>
<b>本日中</b>に以下のリンクからログインし、本人確認を完了してください。</p>
<p><a href="http://aws-training-jp.com/verify/merge">AWS認定アカウントにログインする</a></p>
<p>期限までに確認が取れない場合、取得済みの認定資格およびデジタルバッジはすべて無効となります。</p>
<p>AWSトレーニングと認定 サポートセンター</p>
</body></html>"""
m = build(text(html, "html", "shift_jis", cte="b64"), frm=addr("AWSトレーニングと認定", "support@aws-training-jp.com", "shift_jis"),
          to=ME_PERSONAL, subject="【重要】AWS認定アカウント統合の最終確認(期限:本日中)", subj_cs="shift_jis",
          date=d, msgid=mid("p6-phish-jp", "aws-training-jp.com"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of support@aws-training-jp.com designates 45.134.26.201 as permitted sender) smtp.mailfrom=support@aws-training-jp.com;\n       dmarc=none header.from=aws-training-jp.com")])
add(d, m, L("suspicious"), "Japanese phishing (Shift_JIS, HTML only) about the merge, from a lookalike domain; plain 〜してください")

# --- C: reopened and passed on, in Japanese -------------------------------------------------------------
d = when("2025-04-09 03:26:40", UTC)
plain = """ブラント様

サポートセンターにてご返信、ならびにスクリーンショットの添付をいただき、
ありがとうございます。ケースを再開いたしました。

いただいた情報をもとに、認定特典を担当するチームへ調査を依頼しております。
回答までに3〜5営業日ほどお時間をいただけますと幸いです。進捗があり次第、
本ケースにてご連絡いたします。

Amazon Web Services
高橋

本件に関して再度お問い合わせいただく場合は、このメールに返信せず、
サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールは送信専用のアドレスから送信されています。
[AWS ID %s]
""" % (CASE_C, AWSID_ME)
m = build(text(plain, cte="qp"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_PERSONAL, subject=SUBJ_C,
          date=d, msgid=ses_mid("p6-c-reopened"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("case_update", case=CASE_C),
    "Console case reopened and passed to another team, in Japanese; 'お時間をいただけますと幸いです' reads like a request but only asks for patience")

# --- bank notice ---------------------------------------------------------------------------------------
d = when("2025-04-10 12:00:31")
plain = """ブラント 愛子 様

いつも天神ネット銀行をご利用いただきありがとうございます。
4月10日 11:58 に、お客様のご登録メールアドレスが変更されました。

お心当たりがない場合は、至急カスタマーセンターまでご連絡ください。
(本メールは送信専用です)

天神ネット銀行
"""
m = build(text(plain, "plain", "iso-2022-jp"), frm=addr("天神ネット銀行", "info@tenjin-netbank.co.jp", "iso-2022-jp"),
          to=ME_PERSONAL, subject="【天神ネット銀行】ご登録メールアドレス変更のお知らせ", subj_cs="iso-2022-jp",
          date=d, msgid=mid("p6-bank", "tenjin-netbank.co.jp"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("tenjin-netbank.co.jp", sender_ip="203.0.113.25", p="REJECT"))])
add(d, m, L("unrelated"), "Bank notice about an address change (ISO-2022-JP); conditional contact request")

# --- Credly lookalike phishing ----------------------------------------------------------------------------
d = when("2025-04-11 16:09:54")
html = """<html><body style="font-family:Arial">
<p><img src="https://credly-notification.com/img/logo.png" alt="Credly"></p>
<p>Hello Aiko,</p>
<p>Following the recent change to your AWS Certification account, your badge
<b>AWS Certified Solutions Architect &ndash; Professional</b> has been placed in a pending state.</p>
<p>To keep it, confirm your identity within <b>48 hours</b> by signing in with your Amazon or AWS Builder ID
credentials:</p>
<p><a href="https://credly-notification.com/claim/aws?u=aiko-brandt">Keep my badge</a></p>
<p>Badges that are not confirmed will be revoked.</p>
<p>Credly Support</p></body></html>"""
m = build(text(html, "html", cte="qp"), frm="Credly <badges@credly-notification.com>", to=ME_PERSONAL,
          subject="Action needed: your AWS badge is pending revocation", date=d,
          msgid=mid("p6-phish-credly", "credly-notification.com"),
          top=[("Delivered-To", ME_PERSONAL),
               ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly-notification.com header.s=s1 header.b=Lk2x0Qp7;\n       spf=pass (google.com: domain of badges@credly-notification.com designates 172.245.91.30 as permitted sender) smtp.mailfrom=badges@credly-notification.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-notification.com")])
add(d, m, L("suspicious"), "Credly lookalike domain whose own DKIM/DMARC pass; refers to the real merge to look credible; asks for Builder ID credentials")

# --- CertMetrics: exam passed ---------------------------------------------------------------------------
d = when("2025-04-14 01:12:45", UTC)
plain = """Congratulations, Aiko!

You have passed the AWS Certified Data Engineer - Associate exam and are now
AWS Certified.

Certification: AWS Certified Data Engineer - Associate
Date achieved: April 12, 2025
Expiration:    April 12, 2028
Validation number: 7Q2ZK1X2B1EQ1K3S

Your digital badge will arrive from Credly shortly, and your certificate is
available in your AWS Certification account.

AWS Certification
"""
m = build(text(plain, cte="7bit"), frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_PERSONAL,
          subject="Congratulations! You are now AWS Certified", date=d, msgid=mid("p6-cm-pass", "certmetrics.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("certmetrics.com", sender_ip="23.253.182.105"))])
add(d, m, L("certification"), "Exam pass notice; validation number is neither a case nor a candidate ID")

# --- Credly: new badge --------------------------------------------------------------------------------------
d = when("2025-04-14 01:40:02", UTC)
html = """<table width="560" align="center" style="font-family:Arial"><tr><td>
<p>Aiko, you've earned a badge!</p>
<p><b>Amazon Web Services Training and Certification</b> issued you <b>AWS Certified Data Engineer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c9d8e21-7a44-4f05-b3d0-5e1a2b66f918">Accept badge</a></p>
<p style="font-size:11px">Credly, Inc. &middot; <a href="https://www.credly.com/notification_settings">Unsubscribe</a></p>
</td></tr></table>"""
m = build(text(html, "html", cte="qp"), frm="Credly <admin@credly.com>", to=ME_PERSONAL,
          subject="You've earned the AWS Certified Data Engineer \u2013 Associate badge!", date=d,
          msgid=mid("p6-credly-dea", "credly.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("credly.com", sender_ip="167.89.12.40"))])
add(d, m, L("badge"), "Genuine Credly badge mail (HTML only), three days after a Credly lookalike")

# --- C: resolved, with the rating footer -----------------------------------------------------------------------
d = when("2025-04-15 05:58:31", UTC)
plain = """Hello Aiko,

The Certification benefits team has restored the 50%% exam discount to your
certification account %s. It is listed under Benefits with its
original expiry date, September 30, 2025.

With the benefit back in place I'm marking this case as resolved.

Best regards,
Liam G.
Amazon Web Services
%s%s""" % (CAND_NEW, RATE, FOOT_EN)
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_PERSONAL, subject=SUBJ_C,
          date=d, msgid=ses_mid("p6-c-resolved"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("resolved", case=CASE_C, cands=[CAND_NEW]), "Console case resolved; rating footer ('We value your feedback') is not a survey mail; candidate ID in body")

# --- C: survey -----------------------------------------------------------------------------------------------
d = when("2025-04-16 06:00:00", UTC)
plain = """How was your AWS Support experience?

Your support case %s was recently resolved. Please take a moment to tell
us how we did - it takes less than a minute.

Rate your experience:
https://console.aws.amazon.com/support/feedback?caseId=%s&src=email

Thank you for using Amazon Web Services.
[AWS ID %s]
""" % (CASE_C, CASE_C, AWSID_ME)
m = build(text(plain, cte="7bit"), frm="Amazon Web Services <%s>" % CONSOLE, to=ME_PERSONAL,
          subject="Tell us about your AWS Support experience (case %s)" % CASE_C, date=d, msgid=ses_mid("p6-c-survey"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("survey", case=CASE_C), "Console survey mail for case C (same sender as billing/console mail)")

# --- CertMetrics: benefit available, Japanese HTML ----------------------------------------------------------
d = when("2025-04-17 09:30:12")
html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>ブラント 愛子 様</p>
<p>AWS 認定の取得おめでとうございます。新しい認定特典がご利用いただけるようになりました。</p>
<table style="border-collapse:collapse">
<tr><td style="padding:4px 10px;background:#eee">候補 ID</td><td style="padding:4px 10px">%s</td></tr>
<tr><td style="padding:4px 10px;background:#eee">特典</td><td style="padding:4px 10px">次回の認定試験 50%% 割引</td></tr>
<tr><td style="padding:4px 10px;background:#eee">有効期限</td><td style="padding:4px 10px">2026年4月12日</td></tr>
</table>
<p>特典は AWS 認定アカウントの「特典」ページからご確認いただけます。</p>
<p>※このメールは送信専用アドレスから配信しています。</p>
<p>AWS 認定</p></body></html>""" % CAND_NEW
m = build(text(html, "html", cte="b64"), frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_PERSONAL,
          subject="AWS 認定: 新しい特典をご利用いただけます", date=d, msgid=mid("p6-cm-benefit", "certmetrics.com"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("certmetrics.com", sender_ip="23.253.182.105"))])
add(d, m, L("certification", cands=[CAND_NEW]), "Japanese HTML-only benefit notice (50% voucher) with candidate ID in a table - same topic as case C but program mail")

# --- new colleague: link your certifications ---------------------------------------------------------------------
d = when("2025-04-18 10:11:05")
plain = """Aiko-san,

Welcome aboard! One small thing for our AWS Partner tier review: could you link
your AWS Certification account to Nordlicht's Partner Central by April 25 and
send me your candidate ID so I can check it shows up?

(Partner Central > My profile > Link AWS Training and Certification account)

Thanks!
Sven Okada
Alliances, Nordlicht Data K.K.
"""
m = build(text(plain, cte="7bit"), frm="Sven Okada <s.okada@nordlicht-data.jp>", to="Aiko Brandt <a.brandt@nordlicht-data.jp>",
          cc=ME_PERSONAL, subject="Partner Central: linking your AWS certifications", date=d,
          msgid=outlook_mid("p6-okada"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("nordlicht-data.jp", sender_ip="40.107.255.80", p="NONE"))])
add(d, m, L("unrelated"), "New colleague asks to link certifications to a partner and send the candidate ID: request about certification, but not from support")

d = when("2025-04-18 13:40:27")
plain = """Hi Sven,

Done - I linked it just now. My candidate ID is %s.

Aiko

On Fri, Apr 18, 2025 at 10:11 AM Sven Okada <s.okada@nordlicht-data.jp> wrote:
> Aiko-san,
>
> Welcome aboard! One small thing for our AWS Partner tier review: could you link
> your AWS Certification account to Nordlicht's Partner Central by April 25 and
> send me your candidate ID so I can check it shows up?
""" % CAND_NEW
m = build(text(plain, cte="7bit"), frm=addr("Aiko Brandt", ME_PERSONAL), to="Sven Okada <s.okada@nordlicht-data.jp>",
          subject="Re: Partner Central: linking your AWS certifications", date=d, msgid=gmail_mid("p6-okada-reply"),
          in_reply_to=outlook_mid("p6-okada"), references=outlook_mid("p6-okada"))
add(d, m, L("user_reply", cands=[CAND_NEW]), "Owner's reply to a colleague, sent from the personal address, with her candidate ID")

# --- re:Post notification ---------------------------------------------------------------------------------------
d = when("2025-04-20 08:03:10", UTC)
plain = """AWS re:Post

Your question has a new answer.

Question: "Exam discount benefit missing after certification account merge"
Answer by an AWS Expert:
  "Benefits are moved by a separate process after a merge. If they don't show
   up within a week, open a case with AWS Training and Certification and
   include both candidate IDs."

View the answer: https://repost.aws/questions/QUx9fK2mTzS1u8Wb1RkA0c7Q
Accept the answer if it solved your problem.

You are receiving this because you asked this question.
Unsubscribe: https://repost.aws/settings/notifications
"""
m = build(text(plain, cte="7bit"), frm="AWS re:Post <no-reply@repost.aws>", to=ME_PERSONAL,
          subject="New answer to your question on AWS re:Post", date=d, msgid=mid("p6-repost", "repost.aws"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("repost.aws", sender_ip="54.240.3.21"))])
add(d, m, L("unrelated"), "re:Post answer about the same problem as case C: on topic, AWS, but not support mail")

# --- AWS marketing: certification promotion -------------------------------------------------------------------
d = when("2025-04-21 15:30:00", UTC)
plain = """Get AWS Certified - 50% off your next exam

Join the Get AWS Certified: Data Challenge before May 31 and receive a 50%
discount voucher for your next AWS Certification exam, plus free Skill Builder
practice exams.

Register now: https://pages.awscloud.com/get-certified-data-challenge.html

Questions? Reply to this email or visit our FAQ.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
To unsubscribe, visit https://pages.awscloud.com/communication-preferences
"""
html = """<html><body><h2>Get AWS Certified &mdash; 50%% off your next exam</h2>
<p>Join the <b>Get AWS Certified: Data Challenge</b> before May 31 and receive a 50%% discount voucher
for your next AWS Certification exam, plus free Skill Builder practice exams.</p>
<p><a href="https://pages.awscloud.com/get-certified-data-challenge.html">Register now</a></p>
<p>Questions? Reply to this email or visit our FAQ.</p></body></html>"""
m = build(alt(plain, html.replace("%%", "%")), frm="Amazon Web Services <aws-marketing-email-replies@amazon.com>",
          to=ME_PERSONAL, subject="Aiko, get 50% off your next AWS Certification exam", date=d,
          msgid=mid("p6-mkt", "marketo.org"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com", sender_ip="199.15.214.180"))],
          extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])
add(d, m, L("unrelated"), "AWS marketing about certification vouchers; 'Questions? Reply to this email' is an invitation")
