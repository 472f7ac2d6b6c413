"""Part 6: 23-30 June 2025 - case C (voucher missing after merge), Japanese."""
from gen_lib import *  # noqa: F401,F403

SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C

# 54 Case C acknowledgement in Japanese (ISO-2022-JP) -----------------------------------
t = d(2025, 6, 23, 16, 14, 39)
txt = """お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース 175066284113308 として受け付けました。

担当者より順次ご連絡いたします。多くの場合は1営業日以内にご回答しておりますが、
内容によってはお時間をいただくことがございます。

同じ内容でフォームを再送信されますと対応が遅れる原因となります。
補足がございましたら、件名を変えずにこのメールへご返信ください。

■ 送信内容
お名前: Mariana Kobayashi
メールアドレス: mariana.kby.cloud@gmail.com
AWS 候補 ID: AWS11904275
お問い合わせタイプ: 認定
その他の詳細: 特典・バウチャー
お問い合わせ内容: 6月17日にケース174902431852716でアカウントを統合していただきましたが、
旧アカウント(AWS03318562)にあった50%割引の特典が、新しいアカウントの「特典」に表示されません。
ご確認をお願いいたします。

AWS トレーニングと認定
"""
add(t, lab("acknowledgement", False, CASE_C, [NEW, OLD],
           note="Japanese form acknowledgement (ISO-2022-JP); echoed text mentions the earlier case A number and ends in ご確認をお願いいたします (the user's words)"),
    aws_in(t, "C-ack") + [
        ("From", addr("Amazon Web Services", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_C), ("Message-ID", mid("C-ack"))],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))

# 55 Case C info request, keigo ----------------------------------------------------------
t = d(2025, 6, 24, 11, 2, 15)
txtC55 = """小林 様

AWS トレーニングと認定サポートの山本でございます。
このたびはご不便をおかけしており、申し訳ございません。

統合前の特典の状態を確認するため、以下の2点をお知らせいただけますでしょうか。

1. 旧アカウントで割引特典を最後にご確認になった日付(おおよそで結構です)
2. 可能であれば、統合前の「特典」ページの画面キャプチャ、またはバウチャーコードの末尾4文字

いただいた情報をもとに、特典を管理する部署へ確認いたします。
お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

山本
AWS トレーニングと認定
"""
add(t, lab("info_request", True, CASE_C, note="Japanese keigo request (いただけますでしょうか / ご返信のほどよろしくお願いいたします)"),
    aws_in(t, "C-info") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_C), ("Message-ID", mid("C-info")),
        ("In-Reply-To", mid("C-ack")), ("References", mid("C-ack"))],
    alt(txtC55, html_wrap(text_to_html(txtC55), "ja"), cte="base64"))

# 56 owner replies in Japanese with screenshot ------------------------------------------------
t = d(2025, 6, 24, 21, 15, 48)
me56 = """山本様

ご連絡ありがとうございます。

1. 最後に確認したのは6月3日です。
2. そのときの「特典」ページのキャプチャを添付します。コードの末尾は 7Q2K です。

旧アカウントの候補IDは AWS03318562 です。
どうぞよろしくお願いいたします。

小林 マリアナ
"""
q56 = "2025年6月24日(火) 11:02 AWS Training and Certification <%s>:\n\n" % TC_FORM + quote(txtC55)
png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2d3a1b50000000049454e44ae426082")
add(t, lab("user_reply", False, CASE_C, [OLD], note="Owner's Japanese reply, Gmail JP quote header, PNG attached"),
    [("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", "Re: " + SUBJ_C),
     ("Message-ID", mid("C-user1", style="gmail")), ("In-Reply-To", mid("C-info")),
     ("References", mid("C-ack") + " " + mid("C-info"))],
    multi("mixed", [alt(me56 + "\n" + q56, cte="base64"),
                    leaf('image/png; name="benefits_0603.png"', None, None, "base64",
                         ['Content-Disposition: attachment; filename="benefits_0603.png"'], raw=png)]))

# 57 Case C handed to another team, conditional invitation ----------------------------------
t = d(2025, 6, 25, 14, 20, 3)
txtC57 = """小林 様

お世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

お送りいただいた情報を確認いたしました。特典の移行については認定特典の担当チームでの確認が必要なため、本件を同チームへ引き継ぎました。通常3〜5営業日ほどで回答がございます。進展があり次第、改めてご連絡いたします。

その他、追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定
"""
add(t, lab("case_update", False, CASE_C,
           note="Passed to the benefits team; ends with a conditional invitation (〜がございましたら…ご返信ください)"),
    aws_in(t, "C-esc") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_C), ("Message-ID", mid("C-esc")),
        ("In-Reply-To", mid("C-user1", style="gmail")),
        ("References", " ".join([mid("C-ack"), mid("C-info"), mid("C-user1", style="gmail")]))],
    alt(txtC57, html_wrap(text_to_html(txtC57), "ja")))

# 58 company IT: mailbox will be closed ----------------------------------------------------------
t = d(2025, 6, 25, 17, 0, 0)
txt = """小林 マリアナ 様

情報システム部です。
退職日に伴い、以下のとおりアカウントを停止いたします。

停止日時: 2025年6月30日(月) 18:00
対象: メールボックス(m-kobayashi@shiosai-sys.co.jp)、転送設定、Microsoft 365 ライセンス

停止後はメールの受信・転送ができなくなります。必要なデータは事前に移行してください。
本メールへの返信は不要です。

株式会社潮騒システムズ 情報システム部
"""
add(t, lab("unrelated", note="Company IT notice: mailbox and forwarding end on 30 June ('返信は不要')"),
    fwd_in(t, "it-close", "shiosai-sys.co.jp", "it-admin@shiosai-sys.co.jp") + [
        ("From", addr("情報システム部", "it-admin@shiosai-sys.co.jp", "iso-2022-jp")), ("To", ME_C),
        ("Subject", hdr("【情報システム部】退職に伴うアカウント停止のお知らせ", "iso-2022-jp")),
        ("Message-ID", mid("it-close", style="outlook"))],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))

# 59 Case C 'resolved' in English, quoting Japanese ------------------------------------------------
t = d(2025, 6, 26, 9, 40, 31)
txtC59 = """Hello Mariana,

This is Kenji from the AWS Certification benefits team, following up on your case.

The 50% exam discount from your former account did not carry over during the merge. I've issued a replacement voucher to AWS11904275 with the same expiry date (May 30, 2026); you'll find it under Benefits in your AWS Certification Account.

Your request has been completed, so I'm marking this case as resolved.

Kind regards,
Kenji H.
AWS Training and Certification
"""
add(t, lab("resolved", False, CASE_C, [NEW], note="English resolution over Japanese quoted history"),
    aws_in(t, "C-res1") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_C), ("Message-ID", mid("C-res1")),
        ("In-Reply-To", mid("C-esc")),
        ("References", " ".join([mid("C-ack"), mid("C-info"), mid("C-user1", style="gmail"), mid("C-esc")]))],
    alt(txtC59 + "\nOn 6/25/2025 5:20 AM, AWS Training and Certification wrote:\n" + quote(txtC57)))

# 60 owner writes from the company address (Outlook, Bcc to herself) ---------------------------------
t = d(2025, 6, 27, 10, 5, 17)
me60 = """Hello Kenji,

Thank you. The voucher does appear under Benefits now, but its status is
"Expired" and the Pearson VUE checkout rejects it. Could you check once more?

Best regards,
Mariana Kobayashi
"""
q60 = """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 26, 2025 9:40 AM
To: mariana.kby.cloud@gmail.com
Subject: RE:[CASE 175066284113308] [AWS Training and Certification Form Submission] - certification

""" + txtC59
add(t, lab("user_reply", False, CASE_C, note="Owner reopens the case but writes from the company address (Outlook, Bcc copy)"),
    rcv_gmail(t, "mail-tycjpn01on2071.outbound.protection.outlook.com", "40.107.114.71") +
    auth_gmail("shiosai-sys.co.jp", ME_C, "40.107.114.71", sel="selector1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Kobayashi Mariana", ME_C)), ("To", TC_FORM),
        ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C),
        ("Message-ID", mid("C-user2", style="outlook")), ("In-Reply-To", mid("C-res1")),
        ("References", mid("C-res1")), ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C),
        ("Content-Language", "en-US")],
    multi("alternative", [leaf("text/plain", me60 + q60, "us-ascii", "quoted-printable"),
                          leaf("text/html", html_wrap('<div class="WordSection1">' + text_to_html(me60) +
                                                      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">' +
                                                      text_to_html(q60) + '</div></div>'), "us-ascii", "quoted-printable")]))

# 61 Case C: write from the registered address -------------------------------------------------------
t = d(2025, 6, 27, 14, 31, 50)
txt = """Hi Mariana,

Thanks for letting us know. To protect your certification record, we can only discuss or change the account on this case with the email address registered to it. Your message came from m-kobayashi@shiosai-sys.co.jp, which is no longer associated with candidate ID AWS11904275 since the merge.

We need you to send your reply from mariana.kby.cloud@gmail.com, keeping the case number in the subject. As soon as it arrives we'll look into the voucher status.

Dana W.
AWS Training and Certification
"""
add(t, lab("info_request", True, CASE_C, [NEW],
           note="Support asks the owner to write again from the registered address ('We need you to'); arrives at the company address"),
    fwd_in(t, "C-addr", "amazon.com", ses_from("C-addr")) + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
        ("Subject", SUBJ_C), ("Message-ID", mid("C-addr")),
        ("In-Reply-To", mid("C-user2", style="outlook")),
        ("References", mid("C-res1") + " " + mid("C-user2", style="outlook"))],
    leaf("text/plain", txt, "utf-8", "7bit"), crlf=True)

# 62 calendar invitation -------------------------------------------------------------------------------
t = d(2025, 6, 27, 16, 2, 44)
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250701T010000Z
DTEND:20250701T013000Z
DTSTAMP:20250627T070244Z
ORGANIZER;CN=Ryo Tanabe:mailto:r-tanabe@hakobune-data.co.jp
UID:4f1c2a7e9d0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.kby.cloud@gmail.com:mailto:mariana.kby.cloud@gmail.com
SUMMARY:Day 1 onboarding 1:1
DESCRIPTION:Welcome! Quick sync on your first week and AWS account access.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
add(t, lab("unrelated", note="Calendar invitation with RSVP (text/calendar)"),
    rcv_gmail(t, "mail-sor-f73.google.com", "209.85.220.73") +
    auth_gmail("google.com", "3e0BeaBwKBT8q8vxw1qsl0-qr8t1o0x8-m@calendar-server.bounces.google.com", "209.85.220.73", sel="20230601",
               policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Ryo Tanabe", "r-tanabe@hakobune-data.co.jp")), ("To", ME_P),
        ("Subject", "Invitation: Day 1 onboarding 1:1 @ Tue Jul 1, 2025 10am - 10:30am (JST) (mariana.kby.cloud@gmail.com)"),
        ("Message-ID", mid("cal", "google.com", "plain"))],
    multi("mixed", [multi("alternative", [
        leaf("text/plain", "Ryo Tanabe has invited you to Day 1 onboarding 1:1\nTue Jul 1, 2025 10am - 10:30am (JST)\nJoin with Google Meet\n\nReply for mariana.kby.cloud@gmail.com: Yes / No / Maybe\n", "UTF-8", "7bit"),
        leaf("text/calendar; method=REQUEST", ics, "UTF-8", "7bit")])]))

# 63 owner re-sends from Gmail ------------------------------------------------------------------------
t = d(2025, 6, 28, 8, 20, 36)
me63 = """Hi Dana,

Writing from my registered address as you asked. The replacement voucher
shows the status "Expired" in the Benefits page (issue date May 30, 2024?)
and Pearson VUE won't accept it at checkout.

Thanks,
Mariana
"""
add(t, lab("user_reply", False, CASE_C, note="Owner answers from the personal address"),
    [("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", "Re: " + SUBJ_C),
     ("Message-ID", mid("C-user3", style="gmail")), ("In-Reply-To", mid("C-addr")),
     ("References", " ".join([mid("C-res1"), mid("C-user2", style="outlook"), mid("C-addr")]))],
    alt(me63 + "\nOn Fri, Jun 27, 2025 at 2:31 PM AWS Training and Certification <%s> wrote:\n" % TC_FORM + quote(txt)))

# 64 Case C reopened, still working ------------------------------------------------------------------
t = d(2025, 6, 30, 10, 12, 8)
txt = """Hi Mariana,

Thanks - received. I've reopened your case and sent the voucher record back to the benefits team. It looks like the replacement was created with the original issue date from 2024, which is why it shows as expired. I'll let you know as soon as they've corrected it.

Dana W.
AWS Training and Certification
"""
add(t, lab("case_update", False, CASE_C, note="Case reopened and passed back to the benefits team; nothing asked"),
    aws_in(t, "C-reopen") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_C), ("Message-ID", mid("C-reopen")),
        ("In-Reply-To", mid("C-user3", style="gmail")),
        ("References", " ".join([mid("C-res1"), mid("C-user2", style="outlook"), mid("C-addr"), mid("C-user3", style="gmail")]))],
    alt(txt))
