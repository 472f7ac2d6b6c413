from gen_lib import *

CB = "13160248275"
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB
M = {}  # message-ids by key

# 001 certification result (company mailbox)
dt = d(2023, 2, 17, 6, 41)
txt = """Dear Kenta Morioka,

Congratulations! You have successfully completed the requirements to become
AWS Certified Solutions Architect - Associate.

Certification date: February 16, 2023
Expiration date: February 16, 2026
Validation number: 8QX2PLW1J2EE1K3C
Candidate ID: AWS04418265

Your digital badge will be issued through Credly within the next few days.
You can download your certificate from your AWS Certification Account at any
time under Certifications > Certification status.

Visit the Benefits page to see the exam discount and other benefits that come
with your certification.

Regards,
AWS Certification
"""
h = txt.replace("\n\n", "</p><p>").replace("\n", " ")
body = multi("alternative", [text(txt), html("<html><body><p>%s</p></body></html>" % h)])
add("certification", False, None, ["AWS04418265"],
    "CertMetrics pass notice with the candidate ID; program mail, no case.",
    mail(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
         "Congratulations! You are now AWS Certified", dt, "<%s.JavaMail.certmetrics@prod-mail-02>" % hx("001", 20),
         body, ret="bounces+1931@em.certmetrics.com",
         pre=received("o1.em.certmetrics.com", "TYZPR01MB5555.jpnprd01.prod.outlook.com", dt, "167.89.12.4")
         + auth_ms("certmetrics.com", "em.certmetrics.com", ip="167.89.12.4")))

# 002 Credly badge
dt = d(2023, 2, 18, 14, 2)
h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge" width="120">
<h2>Kenta, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept your badge to share it with your network and show employers what you can do.</p>
<p><a href="https://www.credly.com/badges/7d1f2a6c-95e0-4f2c-b8a3-6b1b5c7f2e11/accept" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, 13 E 37th St, New York, NY 10016 &middot; <a href="https://www.credly.com/unsubscribe">Notification settings</a></p>
</td></tr></table></body></html>"""
add("badge", False, None, [], "Credly HTML-only badge issue mail; badge UUID is not a case number.",
    mail(ad("Credly", "admin@credly.com"), ME_COMPANY, "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
         dt, "<63f0e8b21c4a2_3b1f2ad1c6b9c4a8%s@credly-mailer.mail>" % hx("002", 6), html(h),
         pre=auth_ms("credly.com", "mail.credly.com", ip="149.72.181.3")))

# 003 GitHub merged
dt = d(2023, 2, 20, 9, 15)
txt = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/88#event-8567120042
You are receiving this because you authored the thread.

Message ID: <hoshizora/infra-modules/pull/88/issue_event/8567120042@github.com>"""
add("unrelated", False, None, [], "GitHub 'Merged' notification: merge vocabulary but nothing to do with accounts.",
    mail(ad("Yuji Sato", "notifications@github.com"), ad("hoshizora/infra-modules", "infra-modules@noreply.github.com"),
         "Re: [hoshizora/infra-modules] Merge certification account module into main (PR #88)", dt,
         "<hoshizora/infra-modules/pull/88/issue_event/8567120042@github.com>", text(txt, cte="7bit"),
         cc=ad(ME_NAME, ME_COMPANY) + ", " + ad("Author", "author@noreply.github.com"),
         irt="<hoshizora/infra-modules/pull/88@github.com>", refs="<hoshizora/infra-modules/pull/88@github.com>",
         extra=["List-ID: hoshizora/infra-modules <infra-modules.hoshizora.github.com>", "X-GitHub-Reason: author"],
         pre=auth_ms("github.com", "github.com", ip="192.30.252.201")))

# 004 Pearson VUE appointment
dt = d(2023, 5, 10, 2, 30)
txt = """Dear Kenta Morioka,

Thank you for scheduling your exam with Pearson VUE. Please keep this email
for your records.

Exam:            DVA-C02: AWS Certified Developer - Associate
Registration ID: 418220937
Candidate ID:    AWS09920431
Date and time:   Friday, June 2, 2023, 10:00 JST
Delivery:        OnVUE online proctored

Check in up to 30 minutes before your appointment. Make sure your ID matches
the name on your profile exactly.

To reschedule or cancel, sign in to your AWS Certification Account at least
24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, ["AWS09920431"],
    "Exam-vendor booking; carries a 9-digit registration ID (not a case) and a candidate ID.",
    mail(ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_PERSONAL,
         "Confirmation of your AWS Certification exam appointment", dt,
         "<%s@pearsonvue.com>" % hx("004", 24), text(txt, cte="7bit"), crlf=False,
         pre=auth_google("pearson.com", "bounce@pearson.com", ip="198.2.132.77")))

# 005 CertMetrics pass to personal (second account)
dt = d(2023, 6, 2, 8, 4)
txt = """Hello Kenta,

Great news: you passed AWS Certified Developer - Associate (DVA-C02).

Your results and certificate are now available in your AWS Certification
Account (Candidate ID AWS09920431). Your Credly badge will follow shortly.

AWS Certification
This mailbox is not monitored."""
add("certification", False, None, ["AWS09920431"],
    "Pass notice sent to the personal address under a second (accidental) certification account.",
    mail(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
         "Congratulations on earning AWS Certified Developer - Associate", dt,
         "<%s.JavaMail.certmetrics@prod-mail-01>" % hx("005", 20), text(txt), crlf=False,
         pre=auth_google("certmetrics.com", "bounces@em.certmetrics.com", ip="167.89.12.4")))

# 006 marketing (HTML only)
dt = d(2023, 6, 5, 10, 0)
h = """<html><body><table width="640"><tr><td>
<h1>AWS Summit Tokyo 2023 &mdash; セッション動画を公開しました</h1>
<p>ご参加いただいた皆さま、ありがとうございました。基調講演と 150 以上のセッション動画をオンデマンドでご覧いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/tokyo/?trk=em_summit">今すぐ視聴する</a></p>
<p>ご質問がございましたら、お気軽にお問い合わせください。</p>
<p style="font-size:10px">Amazon Web Services Japan G.K. / 配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a></p>
</td></tr></table></body></html>"""
add("unrelated", False, None, [], "AWS marketing in Japanese, HTML only, with a 'feel free to ask' line.",
    mail(ad("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL,
         "【AWS Summit Tokyo】セッション動画公開のお知らせ", dt, ses_mid("006"), html(h, cte="base64"),
         pre=auth_google("amazon.com", "aws-marketing@marketo.amazon.com", ip="199.15.212.3")))

# 007 ack case B
dt = d(2023, 6, 7, 12, 22)
M["B_ack"] = ses_mid("007")
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your request. The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge

Description:
I seem to have two AWS Certification accounts. My main account uses my work
address k-morioka@hoshizora-sys.co.jp. When I booked my Developer exam I
signed in with a new Builder ID on kenta.morioka.dev@gmail.com and a second
certification account was created. My new Developer certification does not
appear in Credly together with my other badges. Please merge them.

A member of our team will respond within 24 hours. Please do not submit
another case for the same issue, as this may delay our response.

Best regards,
Amazon Web Services
AWS Training and Certification
""" % (CB, CB)
add("acknowledgement", False, CB, [], "Plain ack with 11-digit case ID and the form text echoed back (the echoed form text contains 'Please merge them').",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, dt, M["B_ack"], text(txt), crlf=False,
         ret="0100018896a2f1c3-bounce@amazonses.com",
         pre=auth_google("amazon.com", "0100018896a2f1c3@amazonses.com")))

# 008 info request case B, Japanese, Shift_JIS
dt = d(2023, 6, 8, 1, 47)
M["B_req"] = ses_mid("008")
txt = """森岡 健太 様

AWS トレーニングと認定カスタマーサービスの Haruka でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お送りいただいた内容を拝見し、二つの認定アカウントを確認いたしましたが、
同姓同名のアカウントが複数存在するため、統合対象を特定できておりません。

つきましては、お手数ではございますが、それぞれのアカウントの AWS 候補 ID
（「AWS」で始まる 11 桁の番号）と、各アカウントで受験された試験名を
本メールへのご返信にてお知らせいただけますでしょうか。

候補 ID は認定アカウントにサインイン後、画面右上に表示されます。

ご確認のほど、よろしくお願いいたします。

Haruka
AWS Training and Certification Customer Service
"""
add("info_request", True, CB, [], "Japanese keigo request (Shift_JIS, 8bit) for the candidate IDs; the ask is indirect (〜いただけますでしょうか).",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL,
         "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB, dt, M["B_req"],
         text(txt, cs="shift_jis", cte="8bit"), irt=M["B_ack"], refs=[M["B_ack"]],
         pre=auth_google("amazon.com", "01000188a1b2@amazonses.com")))

# 009 colleague (ISO-2022-JP)
dt = d(2023, 6, 8, 11, 5, JST)
txt = """森岡さん

お疲れさまです。山口です。
来週金曜（6/16）のチームランチですが、12:15 に 1F ロビー集合でお願いします。
お店は前回と同じところを予約済みです。
参加できない場合だけ返信ください。

山口
"""
add("unrelated", False, None, [], "Colleague mail in ISO-2022-JP with a conditional 'reply only if' ask.",
    mail(ad("山口 真理", "m-yamaguchi@hoshizora-sys.co.jp", "iso-2022-jp"), ME_COMPANY,
         "来週のチームランチについて", dt, outlook_mid("009"), text(txt, cs="iso-2022-jp", cte="7bit"),
         scs="iso-2022-jp", mua="X-Mailer: Microsoft Outlook 16.0"))

# 010 closing notice case B
dt = d(2023, 6, 10, 18, 12)
M["B_close"] = ses_mid("010")
txt = """Hello Kenta,

I'm following up on the message my colleague sent on June 8 about your
certification accounts. We still need the details she asked for before the
accounts can be combined.

As we have not heard back, this case is scheduled to close in 3 business days.
A reply to this email before then keeps it open. If it has already closed,
replying will reopen it.

Kind regards,
Daniel K.
AWS Training and Certification
"""
add("closing_notice", True, CB, [], "Closing warning that refers back to an earlier (Japanese) request without restating it.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, dt, M["B_close"], text(txt, cte="7bit"),
         irt=M["B_req"], refs=[M["B_ack"], M["B_req"]],
         pre=auth_google("amazon.com", "01000188a9c0@amazonses.com")))

# 011 user reply with IDs
dt = d(2023, 6, 11, 9, 31, JST)
M["B_rep1"] = gmail_mid("011")
txt = """Hello Haruka, Daniel,

Sorry for the slow reply. 返信が遅くなり申し訳ありません。

Account on my work address (k-morioka@hoshizora-sys.co.jp):
  AWS04418265 - Cloud Practitioner (2021), Solutions Architect - Associate (2023)

Account on my personal address (kenta.morioka.dev@gmail.com):
  AWS09920431 - Developer - Associate (June 2023)

I would like to keep AWS04418265.

Best regards,
Kenta Morioka

On Sun, Jun 11, 2023 at 3:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(txt_close := """Hello Kenta,

I'm following up on the message my colleague sent on June 8 about your
certification accounts. We still need the details she asked for before the
accounts can be combined.
"""))
add("user_reply", False, CB, ["AWS04418265", "AWS09920431"], "Owner's Gmail reply supplying both candidate IDs, bilingual, quoting the closing notice.",
    mail(ad(ME_NAME, ME_PERSONAL), ad("AWS Training and Certification", TC),
         "Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB, dt, M["B_rep1"],
         multi("alternative", [text(txt, fmt="flowed"), html("<div dir=\"ltr\">%s</div>" % txt.replace("\n", "<br>"))]),
         irt=M["B_close"], refs=[M["B_ack"], M["B_req"], M["B_close"]], crlf=False))
