from common import *

G = ME_GMAIL
W = ME_WORK
TC = addr("Amazon Web Services", TC_FORM)
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# 001 GitHub merged PR (company)
add("gh1", dt("2025-05-12 08:11:40"),
    addr("Ryo Fujimura", "notifications@github.com"), "nishikaze/infra-terraform <infra-terraform@noreply.github.com>",
    "Re: [nishikaze/infra-terraform] Merge staging VPC peering accounts into a single module (PR #482)",
    alt(text("Merged #482 into main.\n\n—\nReply to this email directly, view it on GitHub:\n"
             "https://github.com/nishikaze/infra-terraform/pull/482#event-17720931\n"
             "You are receiving this because you were mentioned.\n"),
        html("<p>Merged <a href=\"https://github.com/nishikaze/infra-terraform/pull/482\">#482</a> into main.</p>"
             "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
             "<a href=\"https://github.com/nishikaze/infra-terraform/pull/482#event-17720931\">view it on GitHub</a>.<br>"
             "You are receiving this because you were mentioned.</p>"), key="gh1"),
    L("unrelated"), cc=addr(ME_NAME, W),
    auth=(auth_work("github.com", "noreply@github.com"), "noreply@github.com", "out-21.smtp.github.com"),
    idstyle="github.com", extra=["List-ID: nishikaze/infra-terraform <infra-terraform.nishikaze.github.com>",
                                 "X-GitHub-Reason: mention"],
    note="GitHub 'Merged' on a PR about merging accounts into a module; not a certification merge.")

# 002 Backlog (company), Japanese, asks to confirm
add("backlog1", dt("2025-05-12 09:34:02"),
    addr("Backlog", "no-reply@backlog.jp"), addr(ME_NAME_JA, W),
    "[NSK-1193] 退職者アカウント棚卸しの確認依頼",
    text("岡部 拓海 さん\n\n佐藤 美咲 さんが課題を更新しました。\n\n"
         "[NSK-1193] 退職者アカウント棚卸しの確認依頼\n"
         "担当者: 岡部 拓海\n期限日: 2025/05/16\n\n"
         "コメント:\n岡部さん、退職前に担当していたAWSアカウント(本番・検証)の権限整理をお願いします。\n"
         "棚卸しシートの「確認済み」列にチェックを入れてください。\n\n"
         "https://nishikaze.backlog.jp/view/NSK-1193#comment-88012345\n\n"
         "--\n※このメールは送信専用アドレスから送信されています。\n", cte="base64"),
    L("unrelated"),
    auth=(auth_work("backlog.jp", "no-reply@backlog.jp"), "bounce@backlog.jp", "mail10.backlog.jp"),
    idstyle="backlog.jp",
    note="Colleague's task tool asks the owner to confirm/check AWS accounts (company AWS, not certification).")

# 003 CertMetrics expiry notice (company)
add("cm_exp", dt("2025-05-12 19:02:55", 0),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), W,
    "Your AWS Certification expires in 90 days",
    alt(text("Hello Takumi,\n\nYour AWS Certified Solutions Architect - Associate certification will expire on "
             "August 10, 2025.\n\nCandidate ID: %s\n\nTo keep it active, pass the current version of the exam or "
             "a qualifying higher-level exam before that date. Your recertification options, and any discount "
             "benefit you hold, are listed in your AWS Certification Account under Benefits.\n\n"
             "Regards,\nAWS Training and Certification\n\nThis message was sent from an unmonitored address.\n" % CID_OLD),
        html("<html><body style=\"font-family:Arial\"><p>Hello Takumi,</p><p>Your <b>AWS Certified Solutions Architect - "
             "Associate</b> certification will expire on <b>August 10, 2025</b>.</p><p>Candidate ID: %s</p>"
             "<p>To keep it active, pass the current version of the exam or a qualifying higher-level exam before that "
             "date. Your recertification options, and any discount benefit you hold, are listed in your "
             "<a href=\"https://cp.certmetrics.com/amazon/en/home\">AWS Certification Account</a> under Benefits.</p>"
             "<p>Regards,<br>AWS Training and Certification</p><p style=\"color:#888;font-size:11px\">This message was "
             "sent from an unmonitored address.</p></body></html>" % CID_OLD), key="cm_exp"),
    L("certification", ids=[CID_OLD]),
    auth=(auth_work("certmetrics.com", "bounces@certmetrics.com"), "bounces@certmetrics.com", "mta2.certmetrics.com"),
    idstyle="certmetrics.com", note="Program mail with a candidate ID; expiry, not a case.")

# 004 Amazon.co.jp order confirmation (personal)
add("amzn1", dt("2025-05-13 07:45:18"),
    addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), G,
    "Amazon.co.jp ご注文の確認「USB-C ドッキングステーション…」",
    alt(text("岡部 拓海 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。\n"
             "以下のご注文を承りました。発送時に改めてメールでお知らせします。\n\n"
             "注文番号: 250-4471823-9930617\nお届け予定: 5月15日(木)\n"
             "USB-C ドッキングステーション 11-in-1  ¥8,980\n\n"
             "ご注文内容は「アカウントサービス」の注文履歴からご確認いただけます。\n"),
        html("<html><body><p>岡部 拓海 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。<br>"
             "以下のご注文を承りました。</p><table border=\"0\"><tr><td>注文番号</td><td>250-4471823-9930617</td></tr>"
             "<tr><td>お届け予定</td><td>5月15日(木)</td></tr><tr><td>USB-C ドッキングステーション 11-in-1</td>"
             "<td>¥8,980</td></tr></table><p>ご注文内容は「アカウントサービス」の注文履歴からご確認いただけます。</p>"
             "</body></html>", cte="base64"), key="amzn1"),
    L("unrelated"),
    auth=(auth_gmail("amazon.co.jp", "20250513224518b4c0b6e2a1@bounces.amazon.co.jp"),
          "20250513224518b4c0b6e2a1@bounces.amazon.co.jp", "a8-12.smtp-out.amazonses.com"),
    note="Amazon (shop) 'order confirmation', Japanese, 'account service'.")

# 005 manager about leaving (company)
MGR = addr("佐藤 美咲", "m-sato@nishikaze-sys.co.jp")
add("mgr1", dt("2025-05-13 12:03:44"), MGR, addr(ME_NAME_JA, W),
    "退職前の各種アカウント整理について",
    text("岡部さん\n\nお疲れさまです。佐藤です。\n\n"
         "最終出社日(5/30)に向けて、以下の整理をお願いします。\n"
         "・社内AWSアカウントのIAMユーザー削除(Backlogの課題参照)\n"
         "・AWS Partner Central のユーザー登録解除\n"
         "  → 認定資格を個人アカウントへ移す場合、Partner側での紐付け解除が必要になることがあるそうです。\n"
         "    AWSから連絡が来たら私に転送してください。管理者権限で対応します。\n\n"
         "最終日の日付に間違いがないか、念のため確認させてください。\n\n"
         "佐藤\n", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), idstyle="outlook", subj_charset="iso-2022-jp",
    auth=(auth_work("nishikaze-sys.co.jp", "m-sato@nishikaze-sys.co.jp"), "m-sato@nishikaze-sys.co.jp", "mail.nishikaze-sys.co.jp"),
    mailer="X-Mailer: Microsoft Outlook 16.0",
    note="Colleague asks a confirmation in ISO-2022-JP; human mail, not support.")

# 006 note to self (personal), candidate IDs
add("note1", dt("2025-05-14 06:19:07"), addr(ME_NAME, G), addr(ME_NAME, G),
    "メモ: 認定アカウント移行前の控え",
    text("移行前に控えたもの\n\n"
         "旧(会社) %s  login: %s\n"
         "新(個人) %s  login: %s\n\n"
         "- 試験履歴: CLF-C01 (2020/11), SAA-C03 (2022/08), DVA-C02 (2024/02)\n"
         "- 特典: 次回試験50%%割引 x1 (期限 2025/12)\n"
         "- 証明書PDFはDriveの cert/ に保存済み\n"
         "- Partner Central 経由でもう1つアカウントを作った気がする → 要確認\n\n"
         "フォームには両方のメールと候補IDを書く。残すのは個人の方。\n" % (CID_OLD, W, CID_NEW, G),
         cte="8bit"),
    L("user_reply", ids=[CID_OLD, CID_NEW]), idstyle="gmail",
    note="Owner's own note to self with both candidate IDs; no case yet.")

# 007 acknowledgement A (personal), bilingual form ack, echoes the form text
ack_en = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s for your request and a "
          "member of the AWS Training and Certification team will review it. Most requests receive an answer "
          "within 24 hours; some take longer while we research them.\n\n"
          "Please do not submit a new case for the same question. If something changes, reply to this email and "
          "it will be added to this case.\n\n"
          "Your submission:\n"
          "Inquiry type: Certification\nAdditional details: Account Merge\n"
          "Use case: I am leaving Nishikaze Systems at the end of May and would like my company certification "
          "account merged into my personal one.\n"
          "Email addresses used: %s, %s\n"
          "Email address to keep: %s\n"
          "Candidate IDs: %s (company), %s (personal)\n\n"
          "Sincerely,\nAWS Training and Certification\n" % (CASE_A, W, G, G, CID_OLD, CID_NEW))
ack_ja = ("お問い合わせいただきありがとうございます。ケース番号 %s にてお問い合わせを承りました。\n"
          "担当者より、通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。\n"
          "同じ内容で新たにケースを作成されますと対応が遅れることがございますので、追加のご連絡は本メールへの"
          "ご返信にてお願いいたします。\n" % CASE_A)
ackA = ack_en + "\n----------\n\n" + ack_ja
add("ackA", dt("2025-05-13 21:26:31", 0), TC, G, "[CASE %s] %s" % (CASE_A, TC_SUBJ),
    alt(text(ackA), html("<html><body>" + para_html(ackA) + "</body></html>"), key="ackA"),
    L("acknowledgement", case=CASE_A, ids=[CID_OLD, CID_NEW]),
    auth=(auth_gmail("amazon.com", "0101019f0a1b@us-west-2.amazonses.com"), "0101019f0a1b@us-west-2.amazonses.com"),
    note="Bilingual form ack; echoes the submitted form including both candidate IDs; 'reply to this email' "
         "is for changes only.")

# 008 acknowledgement B (company), duplicate submission, different template
ackB = ("Case ID: %s\n\nHello Takumi Okabe,\n\nWe received your message sent through the AWS Training and "
        "Certification contact form. A specialist will get back to you at this address. Please allow up to "
        "one business day.\n\nTo help us resolve your question quickly, keep all correspondence on this one "
        "case.\n\nAWS Training and Certification Customer Service\n" % CASE_B)
add("ackB", dt("2025-05-13 22:15:09", 0), TC, W, "RE: [CASE %s] %s" % (CASE_B, TC_SUBJ),
    text(ackB, cte="7bit"), L("acknowledgement", case=CASE_B),
    auth=(auth_work("amazon.com", "0101019f0a22@us-west-2.amazonses.com"), "0101019f0a22@us-west-2.amazonses.com"),
    nl="\r\n", note="Second form submission from the company address (duplicate); short plain ack, CRLF.")

# 009 AWS billing invoice (personal)
add("bill1", dt("2025-05-14 08:02:11", 0), addr("Amazon Web Services", "aws-billing@amazon.com"), G,
    "Amazon Web Services Billing Statement Available [AWS ID 318820457716]",
    alt(text("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is "
             "available on the AWS web site. Your account will be charged the following:\n\n"
             "Total: $4.87\n\nPlease see the Bills page in the Billing console for details.\n\n"
             "Thank you for using Amazon Web Services.\n"),
        html("<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing "
             "statement is available on the AWS web site. Your account will be charged the following:</p>"
             "<p><b>Total: $4.87</b></p><p>Please see the Bills page in the Billing console for details.</p>"
             "</body></html>"), key="bill1"),
    L("unrelated"),
    auth=(auth_gmail("amazon.com", "0101019f0c77@us-east-1.amazonses.com"), "0101019f0c77@us-east-1.amazonses.com"),
    note="Genuine AWS billing mail with a 12-digit account ID and 'confirms' + 'account'.")

# 010 Atlassian: action required, confirm account (company)
add("jira1", dt("2025-05-14 10:41:36", 0), addr("Atlassian", "noreply@am.atlassian.com"), W,
    "Action required: confirm the email address for your Atlassian account",
    alt(text("Hi Takumi,\n\nYour organization nishikaze.atlassian.net is moving to managed accounts. Confirm "
             "your email address within 7 days to keep access to Jira and Confluence.\n\n"
             "Confirm email: https://id.atlassian.com/verify?token=c2a91f\n\nThe Atlassian team\n"),
        html("<html><body><p>Hi Takumi,</p><p>Your organization <b>nishikaze.atlassian.net</b> is moving to managed "
             "accounts. Confirm your email address within 7 days to keep access to Jira and Confluence.</p>"
             "<p><a href=\"https://id.atlassian.com/verify?token=c2a91f\" style=\"background:#0052cc;color:#fff;"
             "padding:8px 14px\">Confirm email</a></p><p>The Atlassian team</p></body></html>"), key="jira1"),
    L("unrelated"),
    auth=(auth_work("am.atlassian.com", "bounce@am.atlassian.com"), "bounce@am.atlassian.com", "mail-a.atlassian.com"),
    idstyle="am.atlassian.com", note="Other vendor: 'Action required', 'confirm', 'account'.")
