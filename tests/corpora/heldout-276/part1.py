from mk import *

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B


def build():
    # 001 GitHub "merged" at the old employer
    t = ("Merged #412 into main.\n\n"
         "—\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/kawase-dx/infra-modules/pull/412#event-16544021937\n"
         "You are receiving this because you authored the thread.")
    h = ('<p>Merged <a href="https://github.com/kawase-dx/infra-modules/pull/412">#412</a> into main.</p>\n'
         '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
         '<a href="https://github.com/kawase-dx/infra-modules/pull/412#event-16544021937">view it on GitHub</a>.'
         '<br>You are receiving this because you authored the thread.</p>')
    msg("2025-03-02 21:14:07 +0000", addr("Daichi Mori", "notifications@github.com"),
        addr("kawase-dx/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [kawase-dx/infra-modules] Merge account baseline stacks into one module (PR #412)",
        alt(t, h, "--==_mimepart_67c4c8ef1a2b3_5d1c3f8e4"),
        ("unrelated", False, None, []),
        cc=addr("Rie Tsukada", ME_C) + ", " + addr("Author", "author@noreply.github.com"),
        msgid="<kawase-dx/infra-modules/pull/412/issue_event/16544021937@github.com>",
        irt="<kawase-dx/infra-modules/pull/412@github.com>",
        refs=["<kawase-dx/infra-modules/pull/412@github.com>"],
        auth=auth_o365("github.com", "bounces+848413@sgmail.github.com", "192.254.112.98"),
        extra=[("X-GitHub-Reason", "author"), ("List-ID", "kawase-dx/infra-modules <infra-modules.kawase-dx.github.com>")])

    # 002 colleague, Shift_JIS 8bit
    t = ("塚田さん\n\nお疲れさまです、佐藤です。\n"
         "送別会の件、3月28日(金)19時から新橋の「炉端 かわせみ」で予約しました。\n"
         "参加者は今のところ12名です。\n"
         "食べられないものがあれば水曜までに教えてください。\n\n"
         "あと、引き継ぎ資料の共有フォルダは来週中に整理しておきます。\n\n"
         "佐藤 健一\n株式会社カワセDX クラウド推進部")
    msg("2025-03-03 09:05:44 +0900", addr("佐藤 健一", "k-sato@kawase-dx.co.jp", "iso-2022-jp"),
        addr("塚田 理恵", ME_C, "iso-2022-jp"), "送別会の件",
        text(t, cs="shift_jis", cte="8bit"), ("unrelated", False, None, []),
        msgid=outlook_id("sato-farewell"), subj_cs="iso-2022-jp",
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AduM3KqXy1m0y2PZTmW3oZ9pY0Fu0A==")],
        crlf=True)

    # 003 owner's memo to self before the merge
    t = ("自分用メモ(退職前にやること)\n\n"
         "■ 会社アカウント(マージ元)\n"
         "  ログイン: r-tsukada@kawase-dx.co.jp\n"
         "  候補ID: AWS03817264\n"
         "  取得済み: SAA-C03 (2023/02), DVA-C02 (2024/05), SOA-C02 (2023/06 ←表示されてない?)\n"
         "  特典: 次回50%割引バウチャー 1枚 (2025/09期限)\n\n"
         "■ 個人アカウント(マージ先)\n"
         "  ログイン: rie.tsukada.82@gmail.com (Builder IDで作成済み)\n"
         "  候補ID: AWS11492035\n\n"
         "フォーム: Certification > Account Merge\n"
         "証明書PDFは Downloads/aws-certs/ に保存済み。\n")
    msg("2025-03-03 22:41:19 +0900", addr("塚田 理恵", ME_C), ME_P,
        "memo: 認定アカウント統合の前に",
        text(t, cte="b64"), ("user_reply", False, None, ["AWS03817264", "AWS11492035"]),
        msgid=outlook_id("memo-self"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 004 Builder ID code
    t = ("Hello,\n\nUse the following code to verify your email address for AWS Builder ID.\n\n"
         "Verification code: 482913\n\nThis code expires in 30 minutes. If you did not request it, "
         "you can ignore this message.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n"
         "410 Terry Avenue North, Seattle, WA 98109-5210")
    msg("2025-03-04 10:02:11 +0900", addr("AWS", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", text(t, cte="7bit"),
        ("unrelated", False, None, []), msgid=ses_id("builder-code"),
        auth=auth_gmail("signin.aws", "0101019560bb@us-east-1.amazonses.com", ip="54.240.8.32"),
        received=[rcv_gmail("54.240.8.32", "a8-32.smtp-out.amazonses.com", "2025-03-04 10:02:12 +0900")])

    # 005 acknowledgement, Japanese template, ISO-2022-JP, to company address
    t = ("塚田 理恵 様\n\n"
         "アマゾン ウェブ サービスへお問い合わせいただきありがとうございます。\n"
         "お客様のお問い合わせについて、ケース %s を作成いたしました。\n\n"
         "担当者より通常24時間以内にご連絡いたしますが、内容によっては、より適切な回答を\n"
         "お届けするためにお時間を頂戴する場合がございます。\n"
         "同じ内容のお問い合わせについて、新たにケースを作成されますと対応が遅れる原因と\n"
         "なりますので、ご遠慮くださいますようお願い申し上げます。\n\n"
         "受付内容は以下のとおりです。\n"
         "------------------------------------------------------------\n"
         "お問い合わせタイプ: AWS トレーニングと認定\n"
         "問題タイプ: 認定\n"
         "その他の詳細: アカウントの統合\n"
         "AWS 候補 ID: AWS03817264\n"
         "お問い合わせ内容:\n"
         "Use case: I am leaving Kawase DX at the end of March and want to keep my certifications.\n"
         "Addresses I have used: r-tsukada@kawase-dx.co.jp, rie.tsukada.82@gmail.com\n"
         "Address to keep: rie.tsukada.82@gmail.com (candidate ID AWS11492035)\n"
         "------------------------------------------------------------\n\n"
         "今後ともアマゾン ウェブ サービスをよろしくお願いいたします。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n") % CASE_A
    msg("2025-03-04 10:13:05 +0900", addr(TC_NAME, TC), ME_C, SUBJ_A,
        text(t, cs="iso-2022-jp", cte="7bit"),
        ("acknowledgement", False, CASE_A, ["AWS03817264", "AWS11492035"]),
        name="A_ack", msgid=ses_id("A-ack"),
        auth=auth_o365("amazon.com", "0106019560c0@ap-northeast-1.amazonses.com"),
        received=[rcv_o365("a27-18.smtp-out.ap-northeast-1.amazonses.com", "2025-03-04 10:13:06 +0900")])

    # 006 duplicate form submission from the personal address -> second ack (case B)
    t = ("Hello,\n\nThank you for reaching out to Amazon Web Services. Case %s has been created for "
         "your request.\n\nWe aim to respond within one business day. Please do not submit another form "
         "for the same question; a second case can delay our answer.\n\n"
         "Summary of your submission:\n"
         "  Inquiry type: Certification\n  Additional detail: Account Merge\n"
         "  Description: Resending in case my first request did not go through. I would like my company "
         "certification account (r-tsukada@kawase-dx.co.jp) merged into my personal one "
         "(rie.tsukada.82@gmail.com).\n\n"
         "Kind regards,\nAWS Training and Certification Customer Service\n") % CASE_B
    msg("2025-03-04 18:41:30 +0900", addr(TC_NAME, TC), ME_P, SUBJ_B,
        text(t, cte="qp"), ("acknowledgement", False, CASE_B, []),
        name="B_ack", msgid=ses_id("B-ack"),
        auth=auth_gmail("amazon.com", "0106019561a2@ap-northeast-1.amazonses.com"),
        received=[rcv_gmail("54.240.27.18", "a27-18.smtp-out.ap-northeast-1.amazonses.com", "2025-03-04 18:41:31 +0900")])

    # 007 AWS marketing
    t = ("AWS Summit Japan 2025 registration is open\n\nTwo days, 150+ sessions, and the AWS Certification "
         "Lounge for certified attendees. Register now: https://aws.amazon.com/jp/summits/japan/\n\n"
         "Unsubscribe: https://pages.awscloud.com/communication-preferences")
    h = ("<html><body><table width='600' align='center'><tr><td><h1 style='color:#232f3e'>AWS Summit Japan 2025"
         "</h1><p>Registration is open. Two days, 150+ sessions, and the <b>AWS Certification Lounge</b> for "
         "certified attendees.</p><p><a href='https://aws.amazon.com/jp/summits/japan/' style='background:#ff9900;"
         "padding:8px 16px;color:#000'>Register now</a></p><p style='font-size:11px'>"
         "<a href='https://pages.awscloud.com/communication-preferences'>Unsubscribe</a></p></td></tr></table>"
         "</body></html>")
    msg("2025-03-05 08:30:00 +0900", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
        "Registration is open: AWS Summit Japan 2025", alt(t, h, "----=_Part_2280455_1399.1741131000"),
        ("unrelated", False, None, []), msgid=mid("summit", "mktomail.com"),
        auth=auth_gmail("amazon.com", "ODEyLVpKQy0yMzMAAAGY@mktomail.com", ip="199.15.212.144"),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

    # 008 brisk agent: write from the destination address (info_request)
    t = ("Hi Rie,\n\n"
         "Got your merge request. The account you want to keep is registered to rie.tsukada.82@gmail.com, "
         "but this case came in from r-tsukada@kawase-dx.co.jp, so I can't act on it yet.\n\n"
         "Reply to this thread from rie.tsukada.82@gmail.com and leave the case number in the subject line. "
         "Once that reply lands I'll pick it straight back up.\n\n"
         "Marcus\nAWS Training and Certification\n")
    msg("2025-03-05 11:52:36 +0900", addr(TC_NAME, TC), ME_C, "RE:" + SUBJ_A,
        text(t, cte="qp", fmt="flowed"), ("info_request", True, CASE_A, []),
        name="A_marcus", msgid=ses_id("A-marcus"), irt=IDS["A_ack"], refs=[IDS["A_ack"]],
        auth=auth_o365("amazon.com", "0106019565ff@ap-northeast-1.amazonses.com"))

    # 009 duplicate closed (case B), points to case A
    t = ("Hello,\n\n"
         "This request duplicates case %s, which you opened earlier the same day. I've closed case %s so "
         "that everything stays in one place; the merge request itself is unaffected and continues under "
         "case %s. No action is needed on this one.\n\n"
         "Marcus\nAWS Training and Certification\n") % (CASE_A, CASE_B, CASE_A)
    msg("2025-03-05 12:20:03 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_B,
        text(t, cte="7bit"), ("case_update", False, CASE_B, []),
        msgid=ses_id("B-dup"), irt=IDS["B_ack"], refs=[IDS["B_ack"]],
        auth=auth_gmail("amazon.com", "010601956612@ap-northeast-1.amazonses.com"))

    # 010 lookalike-domain phishing
    t = ("Dear Candidate,\n\n"
         "Your certification account merge request requires identity verification before it can be processed.\n"
         "Requests that are not verified within 24 hours are cancelled and your certifications may be revoked.\n\n"
         "Please reply to this message with your candidate ID, the email and password you use to sign in, "
         "or verify online:\n"
         "https://aws-training.amazon-certsupport.com/verify?case=175011223300018\n\n"
         "AWS Training & Certification Support Team\n")
    h = ("<html><body style='font-family:Arial'><img src='https://amazon-certsupport.com/img/aws-logo.png' "
         "alt='aws'><p>Dear Candidate,</p><p>Your certification account merge request requires "
         "<b>identity verification</b> before it can be processed. Requests that are not verified within "
         "24 hours are cancelled and your certifications may be revoked.</p><p>Please reply with your candidate "
         "ID, sign-in email and password, or <a href='https://aws-training.amazon-certsupport.com/verify?"
         "case=175011223300018'>verify online</a>.</p><p>AWS Training &amp; Certification Support Team</p>"
         "</body></html>")
    msg("2025-03-05 19:02:51 +0900", addr("AWS Training & Certification", "support@amazon-certsupport.com"), ME_P,
        "Action required: verify your certification account merge", alt(t, h, "b1_8c0f3e9a2d41"),
        ("suspicious", False, None, []), msgid=mid("phish1", "amazon-certsupport.com"),
        auth=("mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com header.s=default header.b=Zq1;\n"
              "       spf=pass (google.com: domain of support@amazon-certsupport.com designates 185.244.25.61 as "
              "permitted sender) smtp.mailfrom=support@amazon-certsupport.com"),
        received=[rcv_gmail("185.244.25.61", "mail.amazon-certsupport.com", "2025-03-05 19:02:53 +0900")])
