# Messages 015-030 (8 May - 22 May 2025)
from gen_common import *
import gen_common as C
IDS = C.IDS
SUBJ_A = "RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance"

# 015 AWS marketing, Japanese HTML-only ------------------------------------------
html = """<html lang="ja"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="640" align="center" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:18px"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td style="padding:20px">
<p>ブレナン 様</p>
<p>AWS Summit Japan 2025 の登録受付を開始しました。今年は AWS 認定をお持ちの方向けに「認定者ラウンジ」をご用意しております。ご来場の際は、認定アカウントに登録のメールアドレスでお申し込みいただくとスムーズです。</p>
<p>まだご登録がお済みでない方は、下記ボタンからお申し込みください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_8812" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスから配信しています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>"""
add("unrelated", False, None, [],
    mk(addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
       "【AWS Summit Japan 2025】登録受付中 ─ 認定者ラウンジのご案内", "2025-05-08 01:00:12 +0000",
       "<1187331254.4410772.1746666012345@mkto-sj210045.com>", leaf("text/html", html, "utf-8", "base64"),
       extra=[("List-Unsubscribe", "<mailto:unsubscribe-8812@mkto-sj210045.com>"), ("X-Mailer", "Marketo")],
       pre=[rcv_fm("mkto-sj210045.com", "199.15.215.45", "2025-05-08 01:00:15 +0000"),
            ar_fm("amazon.com", dkimdom="amazon.com", mailfrom="bounce@mkto-sj210045.com")]),
    "AWS marketing (Japanese, HTML-only) about Summit and a certified-holder lounge", "genuine amazon.com sender, mentions 認定アカウント and asks to register")

# 016 AWS Educate form case (other program) --------------------------------------
txt = """Hello Keita,

Thank you for applying to AWS Educate as an educator on behalf of the Tokyo University of Information Design cloud club.

Before we can approve the application, could you tell us the full legal name of the institution and your role there (faculty, staff or external volunteer)? A link to the club's page on the university site would also help.

Best,
Marisol T.
AWS Educate Support
"""
add("unrelated", False, None, [],
    mk(addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
       "RE:[CASE 174675510200213] [AWS Educate Form Submission] - educator-application",
       "2025-05-09 01:52:40 +0000", ses_id("educate-q"), leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("a8-88.smtp-out.amazonses.com", "54.240.8.88", "2025-05-09 01:52:42 +0000"),
            ar_fm("amazon.com", mailfrom="0100019ab7@amazonses.com")]),
    "AWS Educate form case asking for institution details", "same sender family and subject shape as T&C cases, real question, but another program")

# 017 acknowledgement case B (duplicate form from personal) -----------------------
IDS[17] = ses_id("caseB-ack")
txt = """Thank you for contacting AWS Training and Certification.

We have opened case 174688921700342 for you. The details of your case are as follows:

  Inquiry type: Certification
  Additional details: Account Merge
  Contact email: kbrennan@fastmail.com
  Candidate ID: AWS09165233
  Description: I sent a merge request on 6 May (case 174651208300118) and replied from this address as asked, but have not heard anything since. Please merge AWS04417720 into this account.

We aim to reply within 24 hours. If you have already raised a case, please do not raise another one for the same request.

Thank you,
AWS Training and Certification
"""
html = "<html><body style='font-family:Arial;font-size:13px'><p>" + txt.strip().replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")], "----=_Part_2207718_1903022213.1746889224400")
add("acknowledgement", False, CASE_B, [CAND_NEW, CAND_OLD],
    mk(addr(TC_NAME, TC), ME_P,
       "RE:[CASE 174688921700342] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-05-10 15:00:24 +0000", IDS[17], body,
       pre=[rcv_fm("a8-29.smtp-out.amazonses.com", "54.240.8.29", "2025-05-10 15:00:26 +0000"),
            ar_fm("amazon.com", mailfrom="0100019abb@amazonses.com")]),
    "case B: acknowledgement of a duplicate form the owner filed", "a second case for the same merge; the body also names case A's number")

# 018 on hold (APN) with buried question ------------------------------------------
IDS[18] = ses_id("caseA-hold")
txt = """Hello Keita,

Thanks for writing in from your personal address; that part is sorted.

While reviewing the two accounts I found that the certification account under k.brennan@hoshizora-soft.co.jp is associated with an AWS Partner Network organization (Hoshizora Soft K.K.). Certifications on a partner-linked account count toward that partner's standing, so we cannot detach it on our side while the association is active. I have contacted the partner's alliance lead to release the link, and I am placing your case on hold until they respond. That usually takes a few business days.

One thing would help when we talk to the partner: is your employment with Hoshizora Soft ending, and if so, on what date? If the company mailbox will stop working at that point, tell us that too.

Kind regards,
Rodrigo S.
AWS Training and Certification
"""
html = """<html><body><div style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Keita,</p>
<p>Thanks for writing in from your personal address; that part is sorted.</p>
<p>While reviewing the two accounts I found that the certification account under k.brennan@hoshizora-soft.co.jp is associated with an <b>AWS Partner Network</b> organization (Hoshizora Soft K.K.). Certifications on a partner-linked account count toward that partner&#39;s standing, so we cannot detach it on our side while the association is active. I have contacted the partner&#39;s alliance lead to release the link, and I am placing your case <b>on hold</b> until they respond. That usually takes a few business days.</p>
<p>One thing would help when we talk to the partner: is your employment with Hoshizora Soft ending, and if so, on what date? If the company mailbox will stop working at that point, tell us that too.</p>
<p>Kind regards,<br>Rodrigo S.<br>AWS Training and Certification</p></div></body></html>"""
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")], "----=_Part_2210034_77120391.1746869460117")
add("on_hold", True, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_P, SUBJ_A, "2025-05-10 16:31:00 +0000", IDS[18], body,
       pre=[rcv_fm("a8-33.smtp-out.amazonses.com", "54.240.8.33", "2025-05-10 16:31:02 +0000"),
            ar_fm("amazon.com", mailfrom="0100019abd@amazonses.com")]),
    "case A on hold: old account tied to an APN partner", "the question (end date of employment) is buried after the hold explanation, no 'please'")

# 019 spoof on the real From, DMARC fail --------------------------------------------
txt = """Dear Customer,

Your account merge request is on hold pending identity verification.

To avoid cancellation of your request and loss of your certification history, sign in within 24 hours using the secure link below and confirm your AWS Builder ID password:

https://aws-training-verify.com/merge/confirm?id=KB77120

Requests that are not verified are closed automatically.

AWS Training and Certification
"""
add("suspicious", False, None, [],
    mk(addr(TC_NAME, TC), ME_P, "[AWS Training and Certification] Account merge on hold - identity verification required",
       "2025-05-11 03:44:18 +0000", "<20250511034418.51C2A0E81@mail.aws-training-verify.com>",
       leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("mail.aws-training-verify.com", "185.222.58.77", "2025-05-11 03:44:20 +0000"),
            ar_fm("amazon.com", dkimdom="aws-training-verify.com", dkim="fail", spf="fail", dmarc="fail",
                  mailfrom="bounce@aws-training-verify.com")]),
    "phish using the real T&C From address; DMARC fails", "From line is genuine-looking and the topic (merge on hold) matches the real case")

# 020 owner answers the hold question ------------------------------------------------------
IDS[20] = "<8c1e9a44-7d2f-4b61-9f0a-2b8c3d4e5f60@app.fastmail.com>"
holdq = txt_hold = """Hello Keita,

Thanks for writing in from your personal address; that part is sorted.

While reviewing the two accounts I found that the certification account under k.brennan@hoshizora-soft.co.jp is associated with an AWS Partner Network organization (Hoshizora Soft K.K.). [...]

One thing would help when we talk to the partner: is your employment with Hoshizora Soft ending, and if so, on what date? If the company mailbox will stop working at that point, tell us that too.

Kind regards,
Rodrigo S.
AWS Training and Certification
"""
txt = """Hi Rodrigo,

Yes, I'm leaving. My last day at Hoshizora Soft is Friday 30 May, and the company mailbox is switched off that evening. I have also asked our alliance lead, Naoko Ishikawa, to release the link from the partner side.

Sorry about the second form I sent on Saturday -- feel free to close that one.

Best,
Keita

On Sun, 11 May 2025, at 01:31, AWS Training and Certification wrote:
""" + quote(holdq)
add("user_reply", False, CASE_A, [],
    mk(addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_A, "2025-05-12 08:05:33 +0900", IDS[20],
       leaf("text/plain", txt, "utf-8", "quoted-printable"), irt=IDS[18], refs=IDS[18],
       extra=[("User-Agent", "Cyrus-JMAP/3.13.0")]),
    "owner answers the hold question (last day 30 May)", "quotes the hold with its question")

# 021 case B closed as duplicate --------------------------------------------------------------
txt = """Hello Keita,

I can see you already have case 174651208300118 open for this same merge, and a colleague of mine is handling it there.

To keep everything in one place I have closed this case, 174688921700342, as a duplicate. Nothing is lost: your notes have been added to the other case. There is no action needed from you on this one, and updates will continue on 174651208300118.

Regards,
Ji-woo P.
AWS Training and Certification Customer Service
"""
add("case_update", False, CASE_B, [],
    mk(addr(TC_NAME, TC), ME_P,
       "RE:[CASE 174688921700342] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-05-12 02:10:47 +0000", ses_id("caseB-dup"), leaf("text/plain", txt, "us-ascii", "7bit"),
       irt=IDS[17], refs=IDS[17],
       pre=[rcv_fm("a8-35.smtp-out.amazonses.com", "54.240.8.35", "2025-05-12 02:10:49 +0000"),
            ar_fm("amazon.com", mailfrom="0100019ac0@amazonses.com")]),
    "case B closed as a duplicate of case A", "says 'closed' (not a closing notice, not resolved) and names the other case number more often than its own")

# 022 colleague out-of-office --------------------------------------------------------------------
txt = """石川は5月13日(火)〜16日(金)まで出張のため、メールの確認が遅れます。
お急ぎの場合は partner-team@hoshizora-soft.co.jp までご連絡ください。

I am travelling from 13 to 16 May with limited access to email. For anything urgent, please write to partner-team@hoshizora-soft.co.jp.

石川 直子 / Naoko Ishikawa
Alliance Lead, Hoshizora Soft K.K.
"""
add("unrelated", False, None, [],
    mk(addr("石川 直子", "n.ishikawa@hoshizora-soft.co.jp"), addr(ME_NAME, ME_C),
       "自動応答: APN の認定アカウント紐付け解除のお願い", "2025-05-13 09:12:40 +0900",
       "<TYAPR01MB6022D3E1B5F40A7C@TYAPR01MB6022.jpnprd01.prod.outlook.com>",
       leaf("text/plain", txt, "utf-8", "base64"),
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ja-JP")], crlf=True),
    "colleague's out-of-office reply (JP/EN)", "auto-reply about the APN release; contains 'please write to'")

# 023 Pearson VUE appointment confirmation ---------------------------------------------------
txt = """Pearson VUE Confirmation of Exam Appointment

Dear Keita Brennan,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Language: English
Appointment: Wednesday, May 28, 2025 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo Shinjuku, Japan
Registration ID: 412907735
Candidate ID: AWS04417720

Please arrive 15 minutes early and bring two forms of identification.

To reschedule or cancel, visit the AWS Certification account at least 24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, [CAND_OLD],
    mk(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), addr(ME_NAME, ME_C),
       "Pearson VUE Confirmation of Exam Appointment", "2025-05-14 04:22:10 +0000",
       "<1342098811.661204.1747196530112@prodmail-vue01.pearson.com>", leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_ms("mx-out02.pearson.com", "159.182.1.40", "2025-05-14 04:22:13 +0000"),
            ar_ms("pearson.com", "bounce@pearson.com", "159.182.1.40")], crlf=True),
    "exam booking confirmation from Pearson VUE", "9-digit registration ID and a candidate ID; an exam vendor, not a case")

# 024 Microsoft certification renewal --------------------------------------------------------------
html = """<html><body style="font-family:Segoe UI,Arial"><p>Hi Keita,</p>
<p>Your <b>Microsoft Certified: Azure Solutions Architect Expert</b> certification expires on June 30, 2025. The renewal assessment is free and online.</p>
<p><a href="https://learn.microsoft.com/credentials/renew">Renew now</a></p>
<p>Need help? Contact Microsoft Learn support.</p><p>Microsoft Learn</p></body></html>"""
add("unrelated", False, None, [],
    mk(addr("Microsoft Learn", "learn@email.microsoft.com"), ME_P, "Your Microsoft Certification is ready for renewal",
       "2025-05-15 17:40:00 +0000", "<a3c7.20250515174000.mslearn@email.microsoft.com>",
       leaf("text/html", html, "utf-8", "quoted-printable"),
       pre=[rcv_fm("mail-eopbgr.outbound.protection.outlook.com", "40.107.20.55", "2025-05-15 17:40:03 +0000"),
            ar_fm("email.microsoft.com", mailfrom="bounce@email.microsoft.com")]),
    "Microsoft certification renewal", "certification expiry mail but not AWS")

# 025 case update: hold lifted, subject without token ----------------------------------------------
IDS[25] = ses_id("caseA-holdlift")
txt = """Hi Keita,

Good news: the partner team at Hoshizora Soft released the association this morning, so the hold on your request has been lifted.

I'm preparing the account details for you to review and will send them in a day or two.

Rodrigo S.
AWS Training and Certification
"""
add("case_update", False, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_P, "RE: account-assistance", "2025-05-16 05:18:26 +0000", IDS[25],
       leaf("text/plain", txt, "us-ascii", "7bit"), irt=IDS[20], refs=IDS[18] + "\n " + IDS[20],
       pre=[rcv_fm("a8-30.smtp-out.amazonses.com", "54.240.8.30", "2025-05-16 05:18:28 +0000"),
            ar_fm("amazon.com", mailfrom="0100019ad2@amazonses.com")]),
    "case A: hold lifted; subject lost the [CASE] token", "case only recoverable through In-Reply-To/References; news, no request")

# 026 other vendor ticket solved --------------------------------------------------------------------
txt = """##- Please type your reply above this line -##

Your request (#48213) has been solved. If you feel it isn't resolved, reply to this email to reopen it within 7 days.

Haruki (Kumo Hosting Support)
May 17, 2025, 10:02 JST

Hi Keita, the zone transfer now completes from both secondaries. We have closed the case on our side.

How would you rate the support you received?
Good, I'm satisfied: https://kumohosting.zendesk.com/requests/48213/satisfaction/good
Bad, I'm unsatisfied: https://kumohosting.zendesk.com/requests/48213/satisfaction/bad

This email is a service from Kumo Hosting Support. [QZ8Y1-RK42]
"""
add("unrelated", False, None, [],
    mk(addr("Kumo Hosting Support", "support@kumohosting.zendesk.com"), ME_P,
       "[Kumo Hosting] Re: DNS zone transfer failing for brennan.dev", "2025-05-17 01:02:55 +0000",
       "<QZ8Y1RK42_6828d1af3e1b2_41c2ac1b8e8_sprut@zendesk.com>", leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("out-45.smtp.zendesk.com", "192.161.150.45", "2025-05-17 01:02:58 +0000"),
            ar_fm("kumohosting.zendesk.com", dkimdom="zendesk.com", mailfrom="bounce@zendesk.com", policy="none")]),
    "other vendor's ticket solved, with rating links", "'case closed', 'reply to reopen', satisfaction survey: all from another vendor")

# 027 confirmation request, HTML-only base64 ----------------------------------------------------
IDS[27] = ses_id("caseA-confirm")
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Keita,</p>
<p>Thank you for your patience while the partner association was cleared. I have found the two certification accounts below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kbrennan@fastmail.com</td><td>k.brennan@hoshizora-soft.co.jp</td></tr>
<tr><td>Training notification email</td><td>kbrennan@fastmail.com</td><td>k.brennan@hoshizora-soft.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kbrennan@fastmail.com</td><td>k.brennan@hoshizora-soft.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS09165233</td><td>AWS04417720</td></tr>
<tr><td>Active certifications</td><td>&mdash;</td><td>Solutions Architect &ndash; Professional; Solutions Architect &ndash; Associate; Security &ndash; Specialty</td></tr>
</table>
<p>When merged, the exam history, certifications and benefits of Account #2 move into Account #1 and Account #2 is deactivated. This cannot be undone.</p>
<p>Is Account #1 the one you want to keep, and are both accounts yours? A short reply to this email is all I need before I run the merge.</p>
<p>Best wishes,<br>Siobhan M.<br>AWS Training and Certification Customer Service</p>
</div></body></html>"""
add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
    mk(addr(TC_NAME, TC), ME_P, SUBJ_A, "2025-05-19 10:40:09 +0000", IDS[27],
       leaf("text/html", html, "utf-8", "base64"),
       pre=[rcv_fm("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2025-05-19 10:40:11 +0000"),
            ar_fm("amazon.com", mailfrom="0100019ae4@amazonses.com")]),
    "case A: HTML-only Account #1/#2 table, asks which to keep", "base64 HTML table; the ask is a pair of questions at the end")

# 028 Amazon.co.jp shipping -------------------------------------------------------------------------
txt = """ブレナン 慶太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-3917742-8801163
配送業者: ヤマト運輸  お問い合わせ伝票番号: 3921-4408-1173
お届け予定: 5月21日(水)

ご注文内容の確認・変更はアカウントサービスから行えます。
このメールアドレスは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
add("unrelated", False, None, [],
    mk(addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の商品を発送しました",
       "2025-05-20 03:15:41 +0000", "<0101019650ee1a-shiptrack-jp@us-west-2.amazonses.com>",
       leaf("text/plain", txt, "utf-8", "base64"),
       pre=[rcv_fm("a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12", "2025-05-20 03:15:43 +0000"),
            ar_fm("amazon.co.jp", mailfrom="0101019650ee@us-west-2.amazonses.com")]),
    "Amazon.co.jp shipping notice (JP)", "Amazon sender, many long numbers")

# 029 Japanese phishing from lookalike ---------------------------------------------------------------
txt = """ブレナン 様

いつもAWS認定をご利用いただきありがとうございます。
AWS認定サポートセンターです。

ご依頼いただいたアカウント統合につきまして、最終確認が完了しておりません。
ケース番号: 2025052118812

統合を完了するため、24時間以内に下記ページよりログインのうえ、AWS Builder ID のパスワードと登録メールアドレスを本メールにご返信ください。
https://aws-certification-jp.com/merge/login

期限までにご返信がない場合、保有資格はすべて失効いたします。

AWS認定サポートセンター
"""
add("suspicious", False, None, [],
    mk(addr("AWS認定サポート", "support@aws-certification-jp.com"), ME_P,
       "【重要】AWS認定アカウント統合の最終確認のお願い", "2025-05-21 11:08:02 +0900",
       "<20250521110802.8812.aws-certification-jp.com>", leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("mta7.aws-certification-jp.com", "103.77.192.18", "2025-05-21 02:08:05 +0000"),
            ar_fm("aws-certification-jp.com", dkim="none", dmarc="none", policy="none",
                  mailfrom="support@aws-certification-jp.com")]),
    "Japanese credential phish from a lookalike domain", "keigo request for a reply, 'ケース番号' with a 13-digit number, matches the real situation")

# 030 HR leaving procedures, Shift_JIS ---------------------------------------------------------------
txt = """ブレナン 慶太 様

人事部の小野です。
5月30日付のご退職にあたり、下記の書類を5月28日(水)までに人事部へご提出ください。

・退職届(原本)
・健康保険証
・社員証、入館カード
・貸与PCの返却(情報システム部へ)

会社メールアドレスは5月30日 18:00 に停止いたします。必要なデータは事前に移行をお願いいたします。

ご不明な点がございましたら、人事部までお問い合わせください。

人事部 小野 恵理
"""
add("unrelated", False, None, [],
    mk(addr("人事部 小野", "jinji@hoshizora-soft.co.jp", "shift_jis"), addr(ME_NAME, ME_C),
       "【人事】退職手続きに関するご案内", "2025-05-22 13:30:00 +0900",
       "<TYWPR01MB1044E2F7A1B0C39D@TYWPR01MB1044.jpnprd01.prod.outlook.com>",
       leaf("text/plain", txt, "shift_jis", "base64"), subject_charset="shift_jis", crlf=True),
    "HR: documents to submit before leaving (Shift_JIS)", "imperative requests (ご提出ください) and the mailbox shutdown date, but internal HR")
