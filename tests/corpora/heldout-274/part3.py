# Messages 031-050 (30 Oct - 13 Nov 2025)
from common import *
from part2 import M, add

# 031 Skill Builder receipt
add(key="m031", date="2025-10-30T12:15:09+00:00",
    frm=("AWS Skill Builder", "no-reply@aws.training"), to=[ME_P],
    subject="Your AWS Skill Builder receipt",
    mid=ses_id("m031"), **aws_in("2025-10-30T12:15:10+00:00", domain="aws.training"),
    body=alt(plain("""Thank you for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Order number: SB-2025-10-8837162
Amount: USD 29.00 (incl. VAT SEK-equivalent where applicable)
Billing period: 30 Oct 2025 - 29 Nov 2025

Your subscription renews automatically. Manage it at
https://skillbuilder.aws/account/subscription

AWS Training and Certification
"""), html("""<table style="font-family:Arial"><tr><td><b>Thank you for your purchase</b></td></tr>
<tr><td>AWS Skill Builder Individual (monthly) - USD 29.00</td></tr><tr><td>Order SB-2025-10-8837162</td></tr>
<tr><td>Renews automatically. <a href="https://skillbuilder.aws/account/subscription">Manage subscription</a></td></tr></table>""")),
    label=("unrelated", False, None, []),
    note="Skill Builder receipt from the training platform; signed 'AWS Training and Certification'.")

# 032 Case C console acknowledgement
C_SUBJ = "Exam discount benefit missing after certification account merge"
CONSOLE_FOOT = """To contact us again about this case, please return to the Support
Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To update an existing case, please use the link above.""" % CASE_C
ACK_C = """Dear Amazon Web Services Customer,

We have received your case %s. A member of our team will review it
and respond as soon as possible.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Description:
Since my certification accounts were merged on 28 October (case
%s) the 50%% discount benefit no longer appears under Benefits.
Current candidate ID: %s.

[AWS ID 482019375561]

%s

Best regards,
Amazon Web Services
""" % (CASE_C, CASE_C, C_SUBJ, CASE_A, CID_PERSONAL, CONSOLE_FOOT)
add(key="c_ack", date="2025-11-03T08:03:10+00:00",
    frm=("Amazon Web Services", CONSOLE), to=[ME_PERSONAL],
    subject="Amazon Web Services: New Support case: %s" % CASE_C,
    mid=ses_id("c_ack"), **aws_in("2025-11-03T08:03:11+00:00"),
    body=plain(ACK_C, cte="7bit", charset="us-ascii"),
    label=("acknowledgement", False, CASE_C, [CID_PERSONAL]),
    note="Support Center (console) case C opened: 'cannot accept incoming e-mails' footer; body mentions case A and a 12-digit AWS account ID; own case is C.")

# 033 CertMetrics programme feedback request
add(key="m033", date="2025-11-03T15:00:44+00:00",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[ME_P],
    subject="AWS Certification wants to hear from you",
    mid=gen_id("m033", "certmetrics.com"),
    received=[fm_received("mail.certmetrics.com", "52.25.114.77", "2025-11-03T15:00:45+00:00")],
    auth=fm_auth("certmetrics.com", "bounce@certmetrics.com"),
    body=html("""<html><body style="font-family:Arial;font-size:14px"><p>Hello Haruka,</p>
<p>As an AWS Certified individual, your opinion shapes our future exams. Would you share your thoughts in a
10-minute survey about how you prepare for certification and how you use your credentials at work?</p>
<p><a href="https://survey.certmetrics.com/aws/2025q4">Take the survey</a></p>
<p>Thank you for being part of the AWS Certification community.</p></body></html>""", cte="7bit", charset="us-ascii"),
    label=("certification", False, None, []),
    note="Certification programme survey (CertMetrics), not about a support case - certification, not survey.")

# 034 Case C info request in the console
INFO_C = """Hello,

Thank you for contacting AWS Support. My name is Yuki and I will be
helping you with this case.

I looked at the merged account. Benefits are tied to the exam that
earned them, so to trace where the discount went I need:

1. the candidate ID under which you passed the exam that granted the
   50%% discount (before the merge), and
2. roughly when you passed it.

Please respond through the Support Center using the link below rather
than by email, and I'll pick it up from there.

Best regards,
Yuki T.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting
the stars in top right corner of each correspondence within the AWS
Support Center.

%s
""" % CONSOLE_FOOT
add(key="c_info", date="2025-11-04T07:15:52+00:00",
    frm=("Amazon Web Services", CONSOLE), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    mid=ses_id("c_info"), **aws_in("2025-11-04T07:15:53+00:00"),
    body=plain(INFO_C),
    label=("info_request", True, CASE_C, []),
    note="Console case asks for the old candidate ID and date; answer must go through the Support Center, not email; rating footer.")

# 035 her mistaken email reply to no-reply-aws
REPLY_C = """Hi Yuki,

The discount came from the Solutions Architect Associate exam I passed
on 11 March 2025 under %s (my old work account). Candidate ID on
the merged account is %s.

Haruka
""" % (CID_COMPANY, CID_PERSONAL)
add(key="c_r1", date="2025-11-04T19:02:07+01:00", frm=ME_P, to=[("Amazon Web Services", CONSOLE)],
    subject="Re: RE:[CASE %s] %s" % (CASE_C, C_SUBJ), mid=fm_id("c_r1"), irt="c_info", eol="\n",
    extra=[("User-Agent", "Fastmail/1.0 (Web)")],
    body=plain(REPLY_C + "\nOn Tue, 4 Nov 2025, at 08:15, Amazon Web Services wrote:\n" + gt(INFO_C) + "\n"),
    label=("user_reply", False, CASE_C, [CID_COMPANY, CID_PERSONAL]),
    note="Owner answers the console case by email to the no-reply address (wrong channel); carries two candidate IDs.")

# 036 bounce of that reply
add(key="c_bounce", date="2025-11-04T18:02:11+00:00",
    frm=("Mail Delivery System", "MAILER-DAEMON@messagingengine.com"), to=[ME_PERSONAL],
    subject="Undelivered Mail Returned to Sender", mid=gen_id("c_bounce", "messagingengine.com"), eol="\n",
    extra=[("Auto-Submitted", "auto-replied")],
    body=report(
        plain("""This is the mail system at host out3.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.8] said:
    550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this
    mailbox does not accept incoming mail (in reply to RCPT TO command)
""", cte="7bit", charset="us-ascii"),
        rawpart("message/delivery-status", """Reporting-MTA: dns; out3.messagingengine.com
X-Postfix-Queue-ID: 4dB7Q21kLmz2xF
Arrival-Date: Tue,  4 Nov 2025 13:02:08 -0500 (EST)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Original-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address
    rejected: this mailbox does not accept incoming mail"""),
        rawpart("text/rfc822-headers", """From: Haruka Lindqvist <haruka.lindqvist@fastmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
Date: Tue, 04 Nov 2025 19:02:07 +0100
Message-ID: %s""" % (CASE_C, C_SUBJ, fm_id("c_r1")))),
    label=("unrelated", False, None, []),
    note="Bounce of the owner's email to the console no-reply address; subject of the returned message carries [CASE C]. Labelled unrelated (mail-system notice), but it signals the answer never arrived.")

# 037 case D: owner reopens a 2023 name-change thread, in Japanese (ISO-2022-JP)
OLD_D = """Haruka Lindqvist 様

いつも AWS 認定をご利用いただきありがとうございます。

ご依頼いただいておりました認定アカウントの氏名変更
(MORITA HARUKA → LINDQVIST HARUKA)が完了いたしました。
次回ログイン時より新しい氏名が表示されます。

本件はこれにて完了とさせていただきます。

AWS トレーニングと認定 カスタマーサービス
山本"""
REOPEN_D = """ご担当者様

2023年に氏名変更でお世話になったケースです。

先月、会社アドレスのアカウントを個人アドレスのアカウント(%s)に
統合していただいたのですが、統合後にダウンロードした認定証明書の
氏名が旧姓の「HARUKA MORITA」に戻ってしまっています。
アカウントのプロフィールでは LINDQVIST になっています。

お手数ですが、証明書の氏名を現在の氏名に直していただけますか。

リンドクヴィスト 遥
""" % CID_PERSONAL
add(key="d_r1", date="2025-11-05T21:10:33+01:00", frm=ME_P, to=[("Amazon Web Services", TC_FORM)],
    subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    hcharset="iso-2022-jp", mid=fm_id("d_r1"), irt="d_old", eol="\n",
    extra=[("User-Agent", "Fastmail/1.0 (Web)")],
    body=plain(REOPEN_D + "\n2023年6月2日(金) 17:05 Amazon Web Services <%s>より:\n" % TC_FORM + gt(OLD_D) + "\n",
               charset="iso-2022-jp", cte="7bit"),
    label=("user_reply", False, CASE_D, [CID_PERSONAL]),
    note="Owner replies in Japanese (ISO-2022-JP) to a 2023 resolved thread to reopen case D (11-digit); quoted old resolution with 「…より:」 header.")

# 038 Pearson VUE reminder
add(key="m038", date="2025-11-06T06:00:31+00:00",
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=[ME_P],
    subject="Reminder: your exam is in 6 days",
    mid=gen_id("m038", "pearson.com"),
    received=[fm_received("mx1.pearson.com", "159.182.0.21", "2025-11-06T06:00:32+00:00")],
    auth=fm_auth("pearson.com", "bounces@pearson.com"),
    body=plain("""Dear Haruka Lindqvist,

This is a reminder of your upcoming exam.

SCS-C02: AWS Certified Security - Specialty
Wednesday, November 12, 2025 09:00 CET
Registration ID: 463118820

Does the name on your ID match HARUKA LINDQVIST? If not, contact us
before exam day.

Pearson VUE
"""),
    label=("unrelated", False, None, []),
    note="Exam vendor reminder containing a question to the candidate; not support.")

# 039 case D reopened (HTML only, base64)
UPD_D = """<html><body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>Haruka Lindqvist 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの佐藤でございます。</p>
<p>ご連絡いただいた内容を受けて、ケース %s を再開いたしました。<br>
証明書に旧姓が表示される件につきましては、証明書の発行を担当するチームへ確認を依頼しております。</p>
<p>進捗がございましたら、改めてこちらからご連絡いたします。</p>
<p>今しばらくお待ちくださいますよう、お願い申し上げます。</p>
<p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""" % CASE_D
add(key="d_upd", date="2025-11-06T08:30:12+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    mid=ses_id("d_upd"), irt="d_r1", **aws_in("2025-11-06T08:30:13+00:00"),
    body=html(UPD_D, cte="base64"),
    label=("case_update", False, CASE_D, []),
    note="Japanese, HTML-only base64: case reopened and passed to another team; 'お待ちください' is a courtesy, not a request.")

# 040 case C console closing notice
add(key="c_close", date="2025-11-07T07:15:40+00:00",
    frm=("Amazon Web Services", CONSOLE), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    mid=ses_id("c_close"), **aws_in("2025-11-07T07:15:41+00:00"),
    body=plain("""Hello,

We haven't heard back from you regarding this case. We'll keep it open
for 3 more days; if there is no response in the Support Center by
then, the case will be resolved automatically.

If you still need help, reply to this case from the Support Center.
Resolved cases can be reopened for 14 days.

Best regards,
Amazon Web Services

%s
""" % CONSOLE_FOOT),
    label=("closing_notice", True, CASE_C, []),
    note="Console auto-resolve warning: she answered by email (bounced), so support still waits; reply only via Support Center.")

# 041 JAWS-UG style meetup (Japanese community)
add(key="m041", date="2025-11-07T12:00:00+00:00",
    frm=("JAWS-UG Nordics", "hello@jawsug-nordics.org"), to=[ME_P],
    subject="11/27 もくもく会 & 認定取得LT のお知らせ",
    mid=gen_id("m041", "jawsug-nordics.org"),
    received=[fm_received("mail-gw.connpass.com", "198.51.100.7", "2025-11-07T12:00:01+00:00")],
    auth=fm_auth("jawsug-nordics.org", "hello@jawsug-nordics.org"),
    body=alt(plain("""北欧在住の AWS ユーザーのみなさん、こんにちは!

11月27日(木) 18:30 からストックホルムとオンラインでもくもく会を開催します。
後半は「転職・社名変更で AWS 認定アカウントをどう引っ越したか」の LT 大会です。
登壇希望の方は、このメールに返信してください。

参加登録: https://jawsug-nordics.connpass.com/event/37412/
"""), html("""<p>北欧在住の AWS ユーザーのみなさん、こんにちは!</p><p>11月27日(木) 18:30 からもくもく会を開催します。
後半は「AWS 認定アカウントの引っ越し」LT 大会です。登壇希望の方は、このメールに返信してください。</p>
<p><a href="https://jawsug-nordics.connpass.com/event/37412/">参加登録</a></p>"""), ),
    label=("unrelated", False, None, []),
    note="Japanese user-group invitation about moving certification accounts; asks for replies from speakers.")

# 042 case D information request (keigo, ISO-2022-JP)
INFO_D = """Haruka Lindqvist 様

お世話になっております。AWS トレーニングと認定の佐藤でございます。

証明書担当チームより回答がございました。統合の際に、統合元アカウント
(旧会社アドレス)に残っていた旧姓の登録情報が証明書に使われていた
ことが原因とのことです。

証明書を再発行するにあたり、証明書に記載するお名前のローマ字表記を、
名・姓の順でご教示いただけますでしょうか。
あわせて、ミドルネームをお持ちの場合はその表記もお知らせくださいますよう
お願いいたします。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add(key="d_info", date="2025-11-08T02:45:19+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    hcharset="iso-2022-jp", mid=ses_id("d_info"), irt="d_upd", **aws_in("2025-11-08T02:45:20+00:00"),
    body=plain(INFO_D, charset="iso-2022-jp", cte="7bit"),
    label=("info_request", True, CASE_D, []),
    note="Japanese keigo request (〜いただけますでしょうか, ご返信のほど) after an explanation; ISO-2022-JP.")

# 043 her Japanese answer
REPLY_D = """佐藤様

ご確認ありがとうございます。

証明書の表記は「HARUKA LINDQVIST」でお願いいたします。
ミドルネームはありません。

リンドクヴィスト 遥
"""
add(key="d_r2", date="2025-11-08T10:20:45+01:00", frm=ME_P, to=[("Amazon Web Services", TC_FORM)],
    subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    mid=fm_id("d_r2"), irt="d_info", eol="\n", extra=[("User-Agent", "Fastmail/1.0 (Android)")],
    body=plain(REPLY_D + "\n2025年11月8日(土) 3:45 Amazon Web Services <%s>:\n" % TC_FORM + gt(INFO_D) + "\n", cte="base64"),
    label=("user_reply", False, CASE_D, []),
    note="Owner's Japanese answer (UTF-8 base64) over a quoted keigo request.")

# 044 case C resolved in the console
add(key="c_done", date="2025-11-10T09:05:27+00:00",
    frm=("Amazon Web Services", CONSOLE), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    mid=ses_id("c_done"), **aws_in("2025-11-10T09:05:28+00:00"),
    body=plain("""Hello Haruka,

Thanks for the details you added in the Support Center on Saturday.

The 50%% discount earned on 11 March 2025 under %s stayed attached
to the retired account during the merge. I have re-issued it to your
current account; it now shows under Benefits with the original
expiry date of 11 March 2026.

I'm marking this case resolved. It can be reopened from the Support
Center within 14 days should you need anything further.

Best regards,
Dmitri P.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

%s
""" % (CID_COMPANY, CONSOLE_FOOT)),
    label=("resolved", False, CASE_C, [CID_COMPANY]),
    note="Console case resolved (voucher re-issued) with rating footer and reopen offer.")

# 045 CertMetrics benefit notice
add(key="m045", date="2025-11-10T09:30:02+00:00",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[ME_P],
    subject="A new benefit is available in your AWS Certification Account",
    mid=gen_id("m045", "certmetrics.com"),
    received=[fm_received("mail.certmetrics.com", "52.25.114.77", "2025-11-10T09:30:03+00:00")],
    auth=fm_auth("certmetrics.com", "bounce@certmetrics.com"),
    body=plain("""Hello Haruka Lindqvist (%s),

A 50%% exam discount voucher has been added to your AWS Certification
Account. Sign in and open Benefits to view and redeem it before it
expires on 11 March 2026.

AWS Certification
""" % CID_PERSONAL, cte="7bit", charset="us-ascii"),
    label=("certification", False, None, [CID_PERSONAL]),
    note="Benefit notice (result of case C) but program mail, not part of the case.")
