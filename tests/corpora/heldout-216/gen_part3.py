# Messages 031-046 (23 May - 3 June 2025)
from gen_common import *
import gen_common as C
IDS = C.IDS
SUBJ_A = "RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance"

confirm_txt = """Hello Keita,

Thank you for your patience while the partner association was cleared. I have found the two certification accounts below.

Account #1
  Login email: kbrennan@fastmail.com
  Training notification email: kbrennan@fastmail.com
  Certification notification email: kbrennan@fastmail.com
  Candidate ID: AWS09165233
Account #2
  Login email: k.brennan@hoshizora-soft.co.jp
  Training notification email: k.brennan@hoshizora-soft.co.jp
  Certification notification email: k.brennan@hoshizora-soft.co.jp
  Candidate ID: AWS04417720

When merged, the exam history, certifications and benefits of Account #2 move into Account #1 and Account #2 is deactivated. This cannot be undone.

Is Account #1 the one you want to keep, and are both accounts yours? A short reply to this email is all I need before I run the merge.

Best wishes,
Siobhan M.
AWS Training and Certification Customer Service
"""

# 031 closing notice, quotes the confirmation --------------------------------------
IDS[31] = ses_id("caseA-closing")
closing_top = """Hello Keita,

We haven't had a reply to our message of 19 May about which certification account to keep. If we don't hear from you within three business days, this case will be closed automatically.

A reply to this email, even after the case is closed, reopens it and puts it back in our queue.

Regards,
Arjun P.
AWS Training and Certification
"""
txt = closing_top + """
-----Original Message-----
From: AWS Training and Certification
Sent: 2025-05-19 10:40 UTC
To: kbrennan@fastmail.com
Subject: """ + SUBJ_A + "\n\n" + confirm_txt
add("closing_notice", True, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_P, SUBJ_A, "2025-05-23 02:00:37 +0000", IDS[31],
       leaf("text/plain", txt, "utf-8", "quoted-printable"), irt=IDS[27], refs=IDS[27],
       pre=[rcv_fm("a8-29.smtp-out.amazonses.com", "54.240.8.29", "2025-05-23 02:00:39 +0000"),
            ar_fm("amazon.com", mailfrom="0100019af9@amazonses.com")]),
    "case A: will close in 3 business days without a reply", "the request itself sits only in the quoted original below an Outlook separator; the new text never says 'please'")

# 032 owner confirms -----------------------------------------------------------------
IDS[32] = "<d40b7c1a-62e8-4f0e-8a3b-91c5e2f7a6d4@app.fastmail.com>"
own = """Confirmed: please merge into Account #1 (kbrennan@fastmail.com, AWS09165233). Both accounts are mine.
Sorry for the slow answer, I was away for a few days.

Keita
"""
txt = own + "\nOn Fri, 23 May 2025, at 11:00, AWS Training and Certification wrote:\n" + quote(closing_top + "\n-----Original Message-----\n[...]\n" + confirm_txt)
add("user_reply", False, CASE_A, [CAND_NEW],
    mk(addr(ME_NAME, ME_P), TC, "Re: " + SUBJ_A, "2025-05-23 20:15:02 +0900", IDS[32],
       leaf("text/plain", txt, "utf-8", "quoted-printable"), irt=IDS[31], refs=IDS[27] + " " + IDS[31],
       extra=[("User-Agent", "Cyrus-JMAP/3.13.0")]),
    "owner confirms: merge into Account #1", "quoted history holds the Account #1/#2 listing and the closing warning")

# 033 resolved, top-posted over the confirmation ------------------------------------
IDS[33] = ses_id("caseA-merged")
top = """Hi Keita,

Done. I have merged Account #2 (k.brennan@hoshizora-soft.co.jp) into Account #1. Your exam history, your three active certifications and the unused 50% exam discount are now under kbrennan@fastmail.com. Credly may take up to 24 hours to re-issue your badges to the new address.

If something doesn't look right when you sign in, just reply here and we'll take another look.

Thanks,
Mei L.
AWS Training and Certification Customer Service
"""
hist = """________________________________
From: Keita Brennan <kbrennan@fastmail.com>
Sent: Friday, May 23, 2025 11:15 AM
To: AWS Training and Certification
Subject: Re: """ + SUBJ_A + """

""" + own + "\n" + quote(closing_top + "\n" + confirm_txt)
txt = top + "\n" + hist
html = ("<html><body><div style='font-family:Calibri,Arial;font-size:11pt'>" +
        "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in top.strip().split("\n\n")) +
        "</div><hr><div style='color:#555'>" + hist.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") +
        "</div></body></html>")
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")], "----=_Part_2941120_411097345.1748049917882")
add("resolved", False, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_P, SUBJ_A, "2025-05-24 01:25:17 +0000", IDS[33], body, irt=IDS[32],
       refs=IDS[27] + " " + IDS[31] + " " + IDS[32],
       pre=[rcv_fm("a8-33.smtp-out.amazonses.com", "54.240.8.33", "2025-05-24 01:25:19 +0000"),
            ar_fm("amazon.com", mailfrom="0100019afe@amazonses.com")]),
    "case A: merge done", "top-post over the full confirmation request and closing notice; conditional 'just reply here'")

# 034 Credly badge ------------------------------------------------------------------------
txt = """Keita, you have a new badge from Amazon Web Services Training and Certification

AWS Certified Solutions Architect - Professional

Amazon Web Services Training and Certification has issued you a badge. Accept it to share it on LinkedIn and your email signature.

Accept your badge: https://www.credly.com/badges/5e0d2c1b-8a47-4f3e-b6d1-0c9a7e2f4b81/accept

Credly, Inc. | 1 Penn Plaza, New York, NY 10119
"""
html = """<html><body style="font-family:Helvetica,Arial;background:#f5f5f5"><table width="600" align="center" style="background:#fff">
<tr><td style="padding:24px"><h2>Keita, you have a new badge</h2>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b><br>issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/5e0d2c1b-8a47-4f3e-b6d1-0c9a7e2f4b81/accept" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></td></tr></table></body></html>"""
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "7bit"), leaf("text/html", html, "utf-8", "quoted-printable")], "cb_9a1f22e0c3d84b57")
add("badge", False, None, [],
    mk(addr("Credly", "admin@credly.com"), ME_P, "Keita, you have a new badge from Amazon Web Services Training and Certification",
       "2025-05-24 02:03:50 +0000", "<6831286e1b4_3f2a1c9e8d0@credly-mailer-7d9f.mail>", body,
       pre=[rcv_fm("o1.email.credly.com", "167.89.101.12", "2025-05-24 02:03:52 +0000"),
            ar_fm("credly.com", dkimdom="credly.com", mailfrom="bounces+88121@em.credly.com", policy="reject")]),
    "Credly badge re-issued after the merge", "badge UUID in link; follows the resolution minutes later")

# 035 friend ------------------------------------------------------------------------------
txt = """Hey Keita,

Takao on Sunday? Weather looks fine. Meet at Takaosanguchi 8:30? Let me know by Saturday so I can tell Aiko.

Also congrats on getting out of there :)

Tom
"""
add("unrelated", False, None, [],
    mk(addr("Tom Okafor", "tom.okafor@gmail.com"), ME_P, "Takao on Sunday?", "2025-05-25 09:41:12 +0900",
       "<CAF7w1kM0dQ2kVv8aZ7mL3nP9rX4s=Yq2bT6_uE1gH0jN@mail.gmail.com>", leaf("text/plain", txt, "utf-8", "7bit"),
       pre=[rcv_fm("mail-sor-f41.google.com", "209.85.220.41", "2025-05-25 00:41:14 +0000"),
            ar_fm("gmail.com", mailfrom="tom.okafor@gmail.com", policy="none")]),
    "friend asks about a hike", "a direct question wanting an answer, but personal mail")

# 036 survey, case A ------------------------------------------------------------------------
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification Customer Service.</p>
<p><b>Case ID: 174651208300118</b><br>Subject: [AWS Training and Certification Form Submission] - account-assistance</p>
<p>How satisfied were you with the help you received? It takes about two minutes.</p>
<p>
<a href="https://survey.aws-tc.amazon.com/s/9b1e?r=5">Very satisfied</a> |
<a href="https://survey.aws-tc.amazon.com/s/9b1e?r=4">Satisfied</a> |
<a href="https://survey.aws-tc.amazon.com/s/9b1e?r=3">Neutral</a> |
<a href="https://survey.aws-tc.amazon.com/s/9b1e?r=2">Dissatisfied</a> |
<a href="https://survey.aws-tc.amazon.com/s/9b1e?r=1">Very dissatisfied</a></p>
<p style="font-size:11px;color:#777">Replies to this message are not read. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>"""
add("survey", False, CASE_A, [],
    mk(addr("AWS Customer Service", "cs-surveys@amazon.com"), ME_P, "Tell us about your recent AWS Training and Certification case",
       "2025-05-26 18:02:11 +0000", ses_id("caseA-survey"), leaf("text/html", html, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-44.smtp-out.amazonses.com", "54.240.8.44", "2025-05-26 18:02:13 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b0c@amazonses.com")]),
    "satisfaction survey for case A", "different amazon.com sender; case ID only in the body")

# 037 connpass (JP) ---------------------------------------------------------------------------
txt = """ブレナン 慶太 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58「認定資格、どう活かす?」
日時: 2025/06/12(木) 19:00〜21:00
会場: 目黒セントラルスクエア 17F
受付番号: 1288841

当日は受付票(QRコード)をご提示ください。
キャンセルの場合はイベントページから手続きしてください。

connpass
"""
add("unrelated", False, None, [],
    mk(addr("connpass", "no-reply@connpass.com"), ME_P, "JAWS-UG 東京 #58 への参加登録が完了しました",
       "2025-05-27 12:20:44 +0900", "<20250527032044.1288841@connpass.com>", leaf("text/plain", txt, "iso-2022-jp", "7bit"),
       subject_charset="iso-2022-jp",
       pre=[rcv_fm("mail.connpass.com", "52.68.10.33", "2025-05-27 03:20:46 +0000"),
            ar_fm("connpass.com", mailfrom="bounce@connpass.com", policy="none")]),
    "event registration completed (ISO-2022-JP)", "'登録が完了しました' looks like an acknowledgement; 7-digit number")

# 038 Pearson VUE thanks for testing ------------------------------------------------------------
txt = """Dear Keita Brennan,

Thank you for testing with Pearson VUE on May 28, 2025.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 412907735
Candidate ID: AWS04417720

Your score report will be available in your AWS Certification Account within five business days. Pearson VUE does not release AWS exam results.

We value your feedback. Tell us about your testing experience: https://pearsonvue.com/survey/aws?r=412907735

Pearson VUE
"""
add("unrelated", False, None, [CAND_OLD],
    mk(addr("Pearson VUE", "noreply@pearson.com"), addr(ME_NAME, ME_C), "Thank you for testing with Pearson VUE",
       "2025-05-28 06:48:10 +0000", "<1342099932.712311.1748414890455@prodmail-vue01.pearson.com>",
       leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_ms("mx-out01.pearson.com", "159.182.1.39", "2025-05-28 06:48:13 +0000"),
            ar_ms("pearson.com", "bounce@pearson.com", "159.182.1.39")], crlf=True),
    "Pearson VUE post-exam mail with feedback link", "survey wording and a candidate ID, but an exam vendor")

# 039 calendar invitation ------------------------------------------------------------------------
IDS[39] = "<TYCPR01MB7710B4F2E81C09A3@TYCPR01MB7710.jpnprd01.prod.outlook.com>"
txt = """Keita's farewell dinner. Izakaya Tsubame, Gotanda. Please RSVP so I can fix the reservation.

Hiroshi
"""
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Hiroshi Kondo:mailto:h.kondo@hoshizora-soft.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keita Brennan:mailto:k.brennan@hoshizora-soft.co.jp
SUMMARY;LANGUAGE=en-US:Keita farewell dinner
DTSTART;TZID=Tokyo Standard Time:20250530T190000
DTEND;TZID=Tokyo Standard Time:20250530T213000
UID:040000008200E00074C5B7101A82E0080000000061A1C2D3E4F5
LOCATION;LANGUAGE=en-US:Izakaya Tsubame\\, Gotanda
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                 leaf("text/calendar", ics, "utf-8", "base64", params="; method=REQUEST")],
                 "_000_TYCPR01MB7710B4F2E81C09A3TYCPR01MB7710jpnp_")
add("unrelated", False, None, [],
    mk(addr("Hiroshi Kondo", "h.kondo@hoshizora-soft.co.jp"), addr(ME_NAME, ME_C), "Keita farewell dinner",
       "2025-05-29 10:05:00 +0900", IDS[39], body,
       extra=[("Thread-Topic", "Keita farewell dinner"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")], crlf=True),
    "manager's calendar invitation (text/calendar)", "asks for an RSVP")

# 040 owner accepts -------------------------------------------------------------------------------
txt = """Thanks, Kondo-san -- I'll be there. Count me in for the 19:00 start.

Keita
"""
add("user_reply", False, None, [],
    mk(addr(ME_NAME, ME_C), addr("Hiroshi Kondo", "h.kondo@hoshizora-soft.co.jp"), "Accepted: Keita farewell dinner",
       "2025-05-29 10:31:48 +0900", "<TYCPR01MB99301F2A7C0D5E6B@TYCPR01MB9930.jpnprd01.prod.outlook.com>",
       leaf("text/plain", txt, "us-ascii", "7bit"), irt=IDS[39], refs=IDS[39],
       extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True),
    "owner accepts the dinner invitation", "owner's mail unrelated to any case")

# 041 certmetrics program survey ----------------------------------------------------------------------
txt = """AWS Certification wants to hear from you

Hello Keita,

You are invited to take part in a short survey about AWS Certification: how you prepare, how you use your certification at work, and what we could improve. It takes about ten minutes and is open until 20 June.

Start the survey: https://certmetrics.com/amazon/survey/Go.aspx?id=7741a2

Thank you for helping shape the program.
AWS Certification
"""
add("certification", False, None, [],
    mk(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you",
       "2025-05-30 15:00:09 +0000", "<20250530150009.9d1f0a77b6c2@certmetrics.com>", leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("mail2.certmetrics.com", "52.10.144.7", "2025-05-30 15:00:11 +0000"),
            ar_fm("certmetrics.com", mailfrom="bounces@certmetrics.com", policy="reject")]),
    "certification program feedback survey", "survey wording, but about the program, not a support case")

# 042 Builder ID new sign-in ------------------------------------------------------------------------
txt = """AWS Builder ID

New sign-in detected

We noticed a sign-in to your AWS Builder ID from a new device.

When: June 1, 2025, 02:14 UTC
Browser: Firefox on Linux
Location: Tokyo, JP

If this was you, no action is needed. If not, reset your password right away at https://profile.aws.amazon.com.
"""
add("unrelated", False, None, [],
    mk(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "New sign-in to your AWS Builder ID",
       "2025-06-01 02:14:55 +0000", ses_id("builder-newdevice"), leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_fm("a48-111.smtp-out.amazonses.com", "54.240.48.111", "2025-06-01 02:14:57 +0000"),
            ar_fm("signin.aws", mailfrom="010001972a@us-west-2.amazonses.com")]),
    "Builder ID sign-in alert", "'no action is needed' security notice")

# 043 console case C opened ---------------------------------------------------------------------------
IDS[43] = ses_id("caseC-open")
CONSOLE_FOOT = """To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=14071936582&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""
txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case 14071936582 to address your issue.

The details of your case are as follows:

Case ID: 14071936582
Subject: Certification benefit (50% exam discount) missing after account merge
Severity: General guidance
Correspondence: My certification accounts were merged on 24 May (form case 174651208300118). Support told me the unused 50% exam discount moved with them, but the Benefits page of AWS09165233 shows nothing. I need it before it expires on 30 June.

""" + CONSOLE_FOOT + """
Sincerely,
Amazon Web Services

[AWS ID 318044129907]
"""
add("acknowledgement", False, CASE_C, [CAND_NEW],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, "Amazon Web Services: New Support case: 14071936582",
       "2025-06-02 00:37:21 +0000", IDS[43], leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-51.smtp-out.amazonses.com", "54.240.8.51", "2025-06-02 00:37:23 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b2e@amazonses.com")]),
    "case C (Support Center console) opened about the missing voucher", "console case: 11-digit ID, cites the other case number and a 12-digit AWS ID")

# 044 Credly badge expiring --------------------------------------------------------------------------
txt = """Hi Keita,

Your badge "AWS Certified Solutions Architect - Professional" from Amazon Web Services Training and Certification expires on July 21, 2025.

Renewal requirements are set by the issuer. Visit the badge page for details:
https://www.credly.com/badges/5e0d2c1b-8a47-4f3e-b6d1-0c9a7e2f4b81

The Credly Team
"""
add("badge", False, None, [],
    mk(addr("Credly", "admin@credly.com"), ME_P, "Your badge is expiring soon",
       "2025-06-03 00:05:31 +0000", "<683e3a1b5c9_5d2e1a7f3b0@credly-mailer-7d9f.mail>", leaf("text/plain", txt, "utf-8", "7bit"),
       pre=[rcv_fm("o1.email.credly.com", "167.89.101.12", "2025-06-03 00:05:33 +0000"),
            ar_fm("credly.com", mailfrom="bounces+88121@em.credly.com", policy="reject")]),
    "Credly expiry reminder", "expiry wording like a certification mail, but from Credly")

# 045 console case C transferred (case_update) -------------------------------------------------------
IDS[45] = ses_id("caseC-transfer")
txt = """Hello,

Thank you for contacting AWS Support.

Certification benefits are managed by the AWS Training and Certification team, so I have transferred your case to them. They have full access to the case history and will continue here; you don't need to open a new request.

Best regards,

Pavel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and its affiliates

""" + CONSOLE_FOOT
add("case_update", False, CASE_C, [],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
       "RE:[CASE 14071936582] Certification benefit (50% exam discount) missing after account merge",
       "2025-06-03 05:11:02 +0000", IDS[45], leaf("text/plain", txt, "utf-8", "quoted-printable"),
       pre=[rcv_fm("a8-52.smtp-out.amazonses.com", "54.240.8.52", "2025-06-03 05:11:04 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b33@amazonses.com")]),
    "case C passed to the T&C team", "feedback footer and 'please use the link above' boilerplate; nothing is asked")

# 046 acknowledgement case D in Japanese, ISO-2022-JP ------------------------------------------------
IDS[46] = ses_id("caseD-ack")
txt = """AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

ケース 174893714600507 を作成いたしました。お問い合わせ内容は以下のとおりです。

お問い合わせタイプ: 認定
その他の詳細: 試験結果
AWS 候補 ID: AWS09165233
お問い合わせ内容:
5月28日に受験した SCS-C02 の結果が、統合後のアカウントに表示されません。受験は統合前の会社アカウントで予約していました。

通常24時間以内にご回答いたしますが、内容によってはお時間をいただく場合がございます。
すでにケースを作成されている場合は、同じ内容で別のケースを作成しないようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
add("acknowledgement", False, CASE_D, [CAND_NEW],
    mk(addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
       "RE:[CASE 174893714600507] [AWS Training and Certification Form Submission] - exam-results",
       "2025-06-03 07:52:33 +0000", IDS[46], leaf("text/plain", txt, "iso-2022-jp", "7bit"),
       pre=[rcv_fm("a8-30.smtp-out.amazonses.com", "54.240.8.30", "2025-06-03 07:52:35 +0000"),
            ar_fm("amazon.com", mailfrom="0100019b35@amazonses.com")]),
    "case D opened (Japanese, ISO-2022-JP): SCS exam result missing", "Japanese template; 'お願いいたします' is boilerplate, not a request")
