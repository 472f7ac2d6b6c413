# Messages 047-063 (4 June - 13 June 2025)
from gen_common import *
import gen_common as C
IDS = C.IDS
SUBJ_A = "RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = "RE:[CASE 14071936582] Certification benefit (50% exam discount) missing after account merge"
SUBJ_D = "RE:[CASE 174893714600507] [AWS Training and Certification Form Submission] - exam-results"
CONSOLE_FOOT = """To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""
FEEDBACK = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""

# 047 console info request (answer in Support Center) ---------------------------------
IDS[47] = ses_id("caseC-info")
txt = """Hello Keita,

This is Nkechi from AWS Training and Certification; your case was passed to me yesterday.

I looked at the merged account. The discount isn't showing because it was issued against an exam registration that was still open on the old account when the merge ran, so it did not travel with the other benefits. I can re-issue it, but first I need two details: which exam earned you the discount (and roughly when), and whether you have already started an exam registration that uses it.

Add those as a reply on this case in the Support Center. This mailbox does not receive replies.

Kind regards,
Nkechi A.
AWS Training and Certification

""" + FEEDBACK + "\nAmazon Web Services, Inc. and its affiliates\n\n" + CONSOLE_FOOT % C.CASE_C
add("info_request", True, CASE_C, [],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, SUBJ_C, "2025-06-04 01:26:40 +0000", IDS[47],
       leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-51.smtp-out.amazonses.com", "54.240.8.51", "2025-06-04 01:26:42 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b3b@amazonses.com")]),
    "case C (console): asks which exam earned the discount; answer in the Support Center", "the request says 'I need two details' and must be answered in the console, not by mail")

# 048 bounce of the owner's e-mail reply to no-reply-aws ---------------------------------
orig = """Return-Path: <kbrennan@fastmail.com>
From: Keita Brennan <kbrennan@fastmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: """ + SUBJ_C + """
Date: """ + D("2025-06-04 19:58:10 +0900") + """
Message-ID: <1b7e0c5d-44a9-4c1e-9f3b-7a2d6e8c0f19@app.fastmail.com>
In-Reply-To: """ + IDS[47] + """
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi Nkechi,

The discount came from my SAP-C02 recertification in January 2025. I haven't registered for any exam with it yet. My candidate ID is AWS09165233.

Thanks,
Keita
"""
report = """This is the mail system at host mail.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.0] said:
    550 5.1.1 Mailbox does not accept incoming mail (in reply to RCPT TO command)
"""
dsn = """Content-Type: message/delivery-status

Reporting-MTA: dns; mail.messagingengine.com
X-Postfix-Queue-ID: 4ZcH1r0Q2Vz9sWk
Arrival-Date: """ + D("2025-06-04 19:58:11 +0900") + """

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not accept incoming mail
"""
body = ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="4ZcH1r3Kx8z9sWm.1749034692/mail.messagingengine.com"\n\n'
        "This is a MIME-encapsulated message.\n\n"
        "--4ZcH1r3Kx8z9sWm.1749034692/mail.messagingengine.com\nContent-Description: Notification\n" + leaf("text/plain", report, "us-ascii", "7bit") +
        "--4ZcH1r3Kx8z9sWm.1749034692/mail.messagingengine.com\nContent-Description: Delivery report\n" + dsn + "\n" +
        "--4ZcH1r3Kx8z9sWm.1749034692/mail.messagingengine.com\nContent-Description: Undelivered Message\n" + rfc822_part(orig) +
        "--4ZcH1r3Kx8z9sWm.1749034692/mail.messagingengine.com--\n")
add("unrelated", False, CASE_C, [],
    mk(addr("Mail Delivery System", "MAILER-DAEMON@messagingengine.com"), ME_P, "Undelivered Mail Returned to Sender",
       "2025-06-04 19:58:12 +0900", "<20250604105812.4ZcH1r3Kx8z9sWm@mail.messagingengine.com>", body,
       extra=[("Auto-Submitted", "auto-replied")]),
    "bounce: the owner answered case C by e-mail to no-reply-aws", "the attached original is the owner's real answer with a candidate ID; the support request is still open (see 047/054)")

# 049 AWS Budgets alert ---------------------------------------------------------------------
txt = """AWS Budget Notification June 04, 2025
AWS Account 318044129907

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Monthly-lab-cap budget is greater than $20.00 for the current month. The ACTUAL Cost associated with this budget is $21.37. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: Monthly-lab-cap
Budget Type: Cost
Budgeted Amount: $25.00
Alert Type: ACTUAL
Alert Threshold: > $20.00
ACTUAL Amount: $21.37
"""
add("unrelated", False, None, [],
    mk(addr("AWS Budgets", "budgets@costalerts.amazonaws.com"), ME_P, "AWS Budgets: Monthly-lab-cap has exceeded your alert threshold",
       "2025-06-04 22:03:18 +0000", ses_id("budget-jun"), leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("a8-60.smtp-out.amazonses.com", "54.240.8.60", "2025-06-04 22:03:20 +0000"),
            ar_fm("costalerts.amazonaws.com", mailfrom="0100019b41@amazonses.com")]),
    "AWS Budgets alert", "AWS mail with account ID and amounts")

# 050 new employer onboarding -----------------------------------------------------------------
txt = """Hi Keita,

Welcome aboard! We're excited to have you start on Monday 16 June.

A few things before day one:
1. Could you confirm the shipping address for your laptop by 9 June?
2. Sign the IP agreement in the HR portal (link sent separately).
3. We're an AWS Partner, so once you're settled we'll ask you to link your AWS certifications to our Partner Central account. No need to do anything yet.

See you soon,
Lena Fischer
People Team, Tidewater Labs
"""
add("unrelated", False, None, [],
    mk(addr("Lena Fischer", "people@tidewaterlabs.io"), ME_P, "Welcome to Tidewater Labs - a few things before day one",
       "2025-06-05 07:30:00 +0000", "<CAJq8=vB2mX0pL4nZ7hK3tY9wE1rS5uD6fG8cA2@mail.gmail.com>",
       leaf("text/plain", txt, "utf-8", "7bit"),
       pre=[rcv_fm("mail-sor-f65.google.com", "209.85.220.65", "2025-06-05 07:30:02 +0000"),
            ar_fm("tidewaterlabs.io", mailfrom="people@tidewaterlabs.io", policy="none")]),
    "new employer onboarding with questions", "asks to confirm things and mentions AWS Partner and certifications")

# 051 Japanese info request, case D (UTF-8 base64, multipart) ------------------------------------
IDS[51] = ses_id("caseD-info")
txt = """ブレナン 慶太 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
試験結果に関するお問い合わせについてご連絡いたします。

アカウント統合の前に予約された試験は、統合処理とは別の経路で結果が登録されるため、まれに統合後のアカウントに反映されないことがございます。現在、該当の受験記録を特定するための調査を進めております。

つきましては、Pearson VUE の登録番号(9桁)と受験日時、および予約時にサインインしていたメールアドレスを、本メールへのご返信にてお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
html = "<html><body><div style=\"font-family:'Meiryo',sans-serif;font-size:14px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</div></body></html>"
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")], "----=_Part_3310025_1120094831.1749195120008")
add("info_request", True, CASE_D, [],
    mk(addr("AWS トレーニングと認定", TC), ME_P, SUBJ_D, "2025-06-06 07:32:00 +0000", IDS[51], body, irt=IDS[46], refs=IDS[46],
       pre=[rcv_fm("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2025-06-06 07:32:02 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b4e@amazonses.com")]),
    "case D (Japanese, base64): asks for the Pearson VUE registration number, date and sign-in address", "keigo request (お知らせいただけますでしょうか) after an explanation")

# 052 Pearson VUE lookalike -----------------------------------------------------------------------
html = """<html><body style="font-family:Arial">
<p><img src="https://pearsonvue-candidate.com/img/logo.png" alt="Pearson VUE"></p>
<p>Dear Candidate,</p>
<p>Your score for <b>SCS-C02: AWS Certified Security - Specialty</b> has been <b>withheld</b> because the name on your profile does not match your ID.</p>
<p>To release your result, complete identity verification and pay the USD 25 verification fee within 72 hours:</p>
<p><a href="https://pearsonvue-candidate.com/verify/scs">Release my score</a></p>
<p>Results not verified in time are cancelled and the exam must be retaken.</p>
<p>Pearson VUE Candidate Services</p></body></html>"""
add("suspicious", False, None, [],
    mk(addr("Pearson VUE", "results@pearsonvue-candidate.com"), ME_P, "Your AWS exam result is on hold - verification fee required",
       "2025-06-07 13:19:44 +0000", "<5c1d0e9a7b@pearsonvue-candidate.com>", leaf("text/html", html, "utf-8", "quoted-printable"),
       pre=[rcv_fm("srv1.pearsonvue-candidate.com", "91.215.85.14", "2025-06-07 13:19:47 +0000"),
            ar_fm("pearsonvue-candidate.com", dkim="none", spf="pass", dmarc="none", policy="none",
                  mailfrom="results@pearsonvue-candidate.com")]),
    "exam-vendor lookalike asking for a fee", "matches the real missing SCS result; uses 'on hold'")

# 053 LinkedIn ---------------------------------------------------------------------------------------
txt = """Naoko Ishikawa and 3 others congratulated you on your new position

Keita, people in your network noticed your update: Cloud Engineer at Tidewater Labs.

See all congratulations: https://www.linkedin.com/comm/notifications/

This email was intended for Keita Brennan (Cloud Engineer at Tidewater Labs).
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
"""
add("unrelated", False, None, [],
    mk(addr("LinkedIn", "notifications-noreply@linkedin.com"), ME_P, "Keita, Naoko Ishikawa and 3 others congratulated you",
       "2025-06-08 10:11:03 +0000", "<1411092155.2019921.1749377463112@ltx1-app7712.prod.linkedin.com>",
       leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("mailb-dc.linkedin.com", "108.174.0.217", "2025-06-08 10:11:05 +0000"),
            ar_fm("linkedin.com", mailfrom="s-4xk2@bounce.linkedin.com", policy="reject")]),
    "LinkedIn notification", "social notification")

# 054 console closing notice, case C ---------------------------------------------------------------
txt = """Hello,

We haven't heard back from you regarding the information requested on June 4, 2025. If we don't receive a reply within the next 3 days, this case will be automatically resolved.

If you resolve the case and later need help with the same issue, you can reopen it in the AWS Support Center within 14 days of resolution.

Best regards,

Amazon Web Services

""" + FEEDBACK + "\n" + CONSOLE_FOOT % C.CASE_C
add("closing_notice", True, CASE_C, [],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, SUBJ_C, "2025-06-09 01:30:11 +0000", ses_id("caseC-closing"),
       leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-52.smtp-out.amazonses.com", "54.240.8.52", "2025-06-09 01:30:13 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b5c@amazonses.com")]),
    "case C: will auto-resolve in 3 days without a reply", "console case, so the reply must go through the Support Center; feedback footer")

# 055 unrelated console case asking for information -------------------------------------------------
txt = """Hello,

Thank you for your request to increase the "Running On-Demand G and VT instances" quota in Asia Pacific (Tokyo) to 16 vCPUs.

To help the service team review it, could you tell us a little more about your use case: the workload, how long you expect to run these instances, and whether you have tested it with your current quota?

Please reply through the AWS Support Center.

Best regards,
Miguel R.
Amazon Web Services

""" + FEEDBACK + "\n" + CONSOLE_FOOT % "14102277390"
add("unrelated", False, None, [],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
       "RE:[CASE 14102277390] Limit Increase: EC2 Instances", "2025-06-10 02:44:30 +0000", ses_id("quota-info"),
       leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-55.smtp-out.amazonses.com", "54.240.8.55", "2025-06-10 02:44:32 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b61@amazonses.com")]),
    "another console case (EC2 quota) asking about the use case", "identical template to case C with a real question, but it is not a Training and Certification case")

# 056 case D closed for no reply (Japanese, ISO-2022-JP) ------------------------------------------------
IDS[56] = ses_id("caseD-closed")
txt = """ブレナン 様

AWS トレーニングと認定 カスタマーサービスです。

6月6日にお送りしたご連絡に対し、ご返信を確認できなかったため、本ケースはいったんクローズいたしました。

本メールにご返信いただければ、ケースは自動的に再開されます。引き続き調査をご希望の場合は、前回お伺いした登録番号などの情報を添えてご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
add("closing_notice", True, CASE_D, [],
    mk(addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, SUBJ_D, "2025-06-10 05:05:09 +0000", IDS[56],
       leaf("text/plain", txt, "iso-2022-jp", "7bit"), irt=IDS[51], refs=IDS[46] + " " + IDS[51],
       pre=[rcv_fm("a8-29.smtp-out.amazonses.com", "54.240.8.29", "2025-06-10 05:05:11 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b60@amazonses.com")]),
    "case D closed for lack of reply; a reply reopens it (Japanese)", "past tense 'クローズいたしました' looks final; ISO-2022-JP")

# 057 owner answers case D in Japanese -----------------------------------------------------------------
IDS[57] = "<a7f3e2c1-0b9d-4e8a-b6c5-3d2f1e0a9b87@app.fastmail.com>"
own = """佐々木様

ご連絡が遅くなり申し訳ありません。お問い合わせの件、以下のとおりです。

Pearson VUE 登録番号: 412907735
受験日時: 2025年5月28日 10:00(日本時間)、新宿のテストセンター
予約時にサインインしていたメールアドレス: k.brennan@hoshizora-soft.co.jp(統合前の旧アカウント AWS04417720)

なお、旧アドレスは5月30日に停止していますので、今後はこちらのアドレスにご連絡ください。

よろしくお願いいたします。
ブレナン 慶太
"""
closed_txt = """ブレナン 様

AWS トレーニングと認定 カスタマーサービスです。

6月6日にお送りしたご連絡に対し、ご返信を確認できなかったため、本ケースはいったんクローズいたしました。

本メールにご返信いただければ、ケースは自動的に再開されます。引き続き調査をご希望の場合は、前回お伺いした登録番号などの情報を添えてご返信ください。
"""
txt = own + "\n2025年6月10日(火) 14:05 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:\n" + quote(closed_txt)
add("user_reply", False, CASE_D, [CAND_OLD],
    mk(addr("ブレナン 慶太", ME_P), addr("AWS トレーニングと認定", TC), "Re: " + SUBJ_D, "2025-06-10 21:12:40 +0900", IDS[57],
       leaf("text/plain", txt, "utf-8", "base64"), irt=IDS[56], refs=IDS[46] + " " + IDS[51] + " " + IDS[56],
       extra=[("User-Agent", "Cyrus-JMAP/3.13.0")]),
    "owner answers case D in Japanese with the 9-digit registration number", "9-digit registration ID next to a candidate ID; quotes the closing notice")

# 058 case D on hold waiting for the exam vendor (no action) ---------------------------------------------
IDS[58] = ses_id("caseD-hold")
txt = """Hello Keita,

Thank you for the details, and for letting us know about the address change. I have taken over your case from my colleague.

I have asked our exam delivery partner to resend the score data for registration 412907735 so that it can be attached to your current certification account. Until they respond, your case is on hold on our side. There is nothing you need to do in the meantime; I will write again as soon as I hear from them.

Regards,
Min-jun C.
AWS Training and Certification Customer Service
"""
add("on_hold", False, CASE_D, [],
    mk(addr(TC_NAME, TC), ME_P, SUBJ_D, "2025-06-11 03:47:52 +0000", IDS[58], leaf("text/plain", txt, "us-ascii", "7bit"),
       irt=IDS[57], refs=IDS[46] + " " + IDS[51] + " " + IDS[56] + " " + IDS[57],
       pre=[rcv_fm("a8-33.smtp-out.amazonses.com", "54.240.8.33", "2025-06-11 03:47:54 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b68@amazonses.com")]),
    "case D on hold waiting for the exam vendor; switches to English", "hold with explicitly nothing to do (contrast with 018); 9-digit number")

# 059 console case C resolved ---------------------------------------------------------------------------
txt = """Hello Keita,

Thanks for the details you added in the Support Center.

I have re-issued the 50% exam discount to your certification account AWS09165233. It now appears under Benefits and is valid until 30 September 2025, since the original expiry fell during the time the benefit was missing.

I am marking this case as resolved. If you need anything else about it, you can reopen it from the Support Center within 14 days.

Kind regards,
Nkechi A.
AWS Training and Certification

""" + FEEDBACK + "\nAmazon Web Services, Inc. and its affiliates\n\n" + CONSOLE_FOOT % C.CASE_C
add("resolved", False, CASE_C, [CAND_NEW],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, SUBJ_C, "2025-06-11 08:20:05 +0000", ses_id("caseC-resolved"),
       leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-51.smtp-out.amazonses.com", "54.240.8.51", "2025-06-11 08:20:07 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b6b@amazonses.com")]),
    "case C resolved: discount re-issued (console)", "rating footer and 'reopen within 14 days' make it look like a survey or closing notice")

# 060 owner reopens case A ------------------------------------------------------------------------------
IDS[60] = "<f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@app.fastmail.com>"
mei_top = """Hi Keita,

Done. I have merged Account #2 (k.brennan@hoshizora-soft.co.jp) into Account #1. Your exam history, your three active certifications and the unused 50% exam discount are now under kbrennan@fastmail.com. Credly may take up to 24 hours to re-issue your badges to the new address.

If something doesn't look right when you sign in, just reply here and we'll take another look.

Thanks,
Mei L.
AWS Training and Certification Customer Service
"""
txt = """Hi Mei,

Taking you up on that offer: one thing is missing after all. My Advanced Networking - Specialty (ANS-C01, passed October 2022) isn't in the exam history. I think it sits on a third certification account that got created when I signed in through Partner Central a few years ago. Could you look for it?

(The discount issue went through a separate console case and is sorted now.)

Thanks,
Keita

On Sat, 24 May 2025, at 10:25, AWS Training and Certification wrote:
""" + quote(mei_top)
add("user_reply", False, CASE_A, [],
    mk(addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_A, "2025-06-12 07:58:30 +0900", IDS[60],
       leaf("text/plain", txt, "utf-8", "quoted-printable"), irt=IDS[33], refs=IDS[32] + " " + IDS[33],
       extra=[("User-Agent", "Cyrus-JMAP/3.13.0")]),
    "owner reopens resolved case A: one exam missing", "reply on a resolved thread; asks support a question (owner's own mail)")

# 061 Japanese newsletter -----------------------------------------------------------------------------
html = """<html><body style="font-family:sans-serif">
<h2>週刊クラウドダイジェスト 第147号</h2>
<ol>
<li><b>AWS認定アカウントの統合手順まとめ 2025年版</b> ― 転職時に会社アカウントから個人アカウントへ移す流れを、フォームの選択肢から確認メールへの返信まで解説。</li>
<li><b>サポートケースが自動クローズされる前に</b> ― 「ご返信がない場合はクローズいたします」というメールを見落とさないための Gmail フィルタ設定。</li>
<li>Amazon Bedrock の新モデル提供開始(東京リージョン)。</li>
</ol>
<p>ご意見・ご感想がございましたら、本メールにご返信ください。</p>
<p style="font-size:11px">配信停止: https://clouddigest.jp/unsubscribe</p>
</body></html>"""
add("unrelated", False, None, [],
    mk(addr("クラウドダイジェスト", "news@clouddigest.jp"), ME_P, "週刊クラウドダイジェスト 第147号:認定アカウント統合/自動クローズ対策",
       "2025-06-12 00:00:00 +0000", "<20250612000000.147@clouddigest.jp>", leaf("text/html", html, "utf-8", "quoted-printable"),
       extra=[("List-Unsubscribe", "<https://clouddigest.jp/unsubscribe>"), ("Precedence", "bulk")],
       pre=[rcv_fm("mail.clouddigest.jp", "203.0.113.90", "2025-06-12 00:00:02 +0000"),
            ar_fm("clouddigest.jp", mailfrom="bounce@clouddigest.jp", policy="none")]),
    "Japanese newsletter on cert-account merges and auto-closing", "quotes a closing-notice phrase and 'ご返信ください' invitation")

# 062 case A reopened: asks for the third account's candidate ID ------------------------------------------
IDS[62] = ses_id("caseA-reopen-info")
txt = """Hi Keita,

I've reopened your case and picked it up from Mei.

Searching by your name and company address, I see more than one certification record created through AWS Partner Central, and I don't want to touch the wrong one. What is the candidate ID shown in the top right corner after you sign in to that account? If you can't sign in any more, the exam date and the address the score report went to would also let me find it.

Tomasz W.
AWS Training and Certification
"""
add("info_request", True, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_P, "RE: [CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-06-13 04:10:26 +0000", IDS[62], leaf("text/plain", txt, "us-ascii", "7bit"), irt=IDS[60], refs=IDS[33] + " " + IDS[60],
       pre=[rcv_fm("a8-35.smtp-out.amazonses.com", "54.240.8.35", "2025-06-13 04:10:28 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b74@amazonses.com")]),
    "case A reopened: asks for the third account's candidate ID", "'RE: [CASE' spacing variant; the ask is a bare question, no 'please'")

# 063 case D: check and report back (Japanese, HTML-only) -------------------------------------------------
IDS[63] = ses_id("caseD-check")
html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>ブレナン 慶太 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスでございます。</p>
<p>試験配信パートナーからデータの再送を受け、5月28日に受験された SCS-C02 の結果を、統合後の認定アカウント(AWS09165233)に紐づけいたしました。</p>
<p>恐れ入りますが、認定アカウントにサインインのうえ「試験履歴」に結果が表示されているかをご確認いただき、その結果を本メールにてご返信いただけますと幸いです。表示を確認でき次第、本ケースをクローズさせていただきます。</p>
<p>引き続きよろしくお願い申し上げます。</p>
<p>Min-jun C.<br>AWS トレーニングと認定 カスタマーサービス</p>
</div></body></html>"""
add("info_request", True, CASE_D, [CAND_NEW],
    mk(addr("AWS トレーニングと認定", TC), ME_P, SUBJ_D, "2025-06-13 06:20:41 +0000", IDS[63],
       leaf("text/html", html, "utf-8", "quoted-printable"), irt=IDS[58], refs=IDS[57] + " " + IDS[58],
       pre=[rcv_fm("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2025-06-13 06:20:43 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b76@amazonses.com")]),
    "case D: result attached, asks the owner to check and report back (Japanese HTML-only)", "fix announced first; request softened as ご返信いただけますと幸いです")
