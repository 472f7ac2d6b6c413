from common import *
from part2 import quote


def build():
    out = []
    # 37 Qiita newsletter (HTML only)
    h = ("<html><body><h2>Qiita Weekly</h2><ol><li><a href=\"https://qiita.com/items/1\">Terraform の moved ブロックで"
         "リファクタリングする</a></li><li><a href=\"https://qiita.com/items/2\">AWS 認定を5つ取って分かったこと</a></li>"
         "<li><a href=\"https://qiita.com/items/3\">GitHub Actions の OIDC で AWS にデプロイ</a></li></ol>"
         "<p style=\"font-size:11px\">配信停止はマイページの通知設定から行えます。</p></body></html>")
    out.append(msg(html(h, cte="b64"), d("2025-05-20 07:00"), addr("Qiita", "mail@qiita.com"), PERSONAL,
                   "今週のトレンド記事 - Qiita Weekly", L("unrelated"), msgid=mid("qiita-weekly-0520", "qiita.com"),
                   pre=gmail_in("qiita.com", ip="167.89.115.40", mailfrom="sendgrid.net")))

    # 38 case A resolved, quoting the old confirmation table
    own = ("Hello Ryo,\n\nI have merged Account #2 into Account #1. Your exam history, certifications and the 50%% exam "
           "voucher now sit under %s, and you can sign in with %s as before. Please allow up to 48 hours for Credly "
           "badges to show the change.\n\nThis case is now resolved. If anything looks wrong after you sign in, just reply "
           "to this email.\n\nBest regards,\nMarisol R.\nAWS Training and Certification\n" % (NEW_ID, PERSONAL))
    quoted = ("Account #1\nLogin email: %s\nCandidate ID: %s\n\nAccount #2\nLogin email: %s\nCandidate ID: %s\n\n"
              "Please reply to confirm that both accounts are yours and that Account #1 is the one you want to keep."
              % (PERSONAL, NEW_ID, COMPANY, OLD_ID))
    t = own + "\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: 5/5/2025 2:02 PM\n\n" + quoted + "\n"
    out.append(msg(text(t), d("2025-05-20 06:45", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("resolved", False, CASE_A, [NEW_ID]),
                   msgid=A_RESOLVED, irt=sesmid("A-lifted"), refs="%s %s" % (A_CONF, A_HOLD), pre=gmail_in("amazon.com")))

    # 39 Credly badge
    h = ("<html><body style=\"font-family:Helvetica\"><p>Hi Ryo,</p><p>Amazon Web Services Training and Certification has "
         "issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><p><a href=\"https://www."
         "credly.com/badges/5f3c9a1e-7b2d-4c8e-9a61-0d4e2b7f8c31/accept\">Accept your badge</a></p><p>Share it on LinkedIn "
         "and let employers verify your skills.</p><p>The Credly Team</p></body></html>")
    out.append(msg(alt(text("Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS "
                            "Certified Solutions Architect - Associate.\n\nAccept your badge: https://www.credly.com/badges/"
                            "5f3c9a1e-7b2d-4c8e-9a61-0d4e2b7f8c31/accept\n\nThe Credly Team\n"), html(h)),
                   d("2025-05-20 07:10", UTC), addr("Credly", "admin@credly.com"), PERSONAL,
                   "Ryo, you've earned a badge from Amazon Web Services Training and Certification", L("badge"),
                   msgid=mid("credly-saa", "credly.com"), pre=gmail_in("credly.com", ip="198.2.180.12", mailfrom="mcsv.net")))

    # 40 survey for case A
    h = ("<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (case %s) was marked resolved. "
         "Would you take one minute to tell us how it went?</p><table><tr>" % CASE_A +
         "".join("<td><a href=\"https://survey.aws.training/s/cx?case=%s&amp;r=%d\">%d</a></td>" % (CASE_A, i, i) for i in range(1, 6))
         + "</tr></table><p>Your answers go straight to the team that handled your request.</p></body></html>")
    out.append(msg(html(h), d("2025-05-21 06:45", UTC), addr("AWS Customer Experience", "cx-survey@amazon.com"), PERSONAL,
                   "How did we do? Case %s" % CASE_A, L("survey", False, CASE_A), msgid=A_SURVEY,
                   pre=gmail_in("amazon.com")))

    # 41 console case C resolved, survey footer
    t = ("Hello,\n\nThank you for adding the details in the Support Center. Now that the merge is done, I checked "
         "registration 428117093: the June 14 appointment is attached to candidate ID %s and will appear under Exam "
         "registrations in your certification account. No need to cancel or rebook.\n\nI'll mark this case as resolved.\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center "
         "link at the end of this correspondence.\n\nBest regards,\nBartek W.\nAmazon Web Services" % NEW_ID)
    from part3 import C_FOOT, C_SUBJ
    out.append(msg(text(t + C_FOOT, cte="b64"), d("2025-05-21 09:15", UTC), addr("Amazon Web Services", NOREPLY), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_C, C_SUBJ), L("resolved", False, CASE_C, [NEW_ID]),
                   msgid=sesmid("C-resolved"), irt=C_ASK, refs="%s %s" % (C_ACK, C_ASK), pre=gmail_in("amazon.com")))

    # 42 case D acknowledgement in Japanese (ISO-2022-JP)
    t = ("金本 涼 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
         "ケース %s を作成いたしました。通常24時間以内に担当者よりご連絡いたします。\n\n"
         "同じ内容で別のケースを作成されますと、回答が遅れる場合がございます。すでにケースをお持ちの場合は、"
         "新たなお問い合わせはお控えください。\n\n受付内容:\nお問い合わせタイプ: AWS トレーニングと認定\n"
         "その他の詳細: 特典\n内容: 先日アカウントを統合していただきましたが、旧アカウントで持っていた50%%割引バウチャーが"
         "統合後のアカウントに表示されません。\n\nAWS トレーニングと認定 カスタマーサービス\n" % CASE_D)
    out.append(msg(text(t, charset="iso-2022-jp", cte="7bit"), d("2025-05-22 00:41", UTC),
                   addr("AWS Training and Certification", FORM), PERSONAL, "[CASE %s] %s" % (CASE_D, SUBJ_D),
                   L("acknowledgement", False, CASE_D), msgid=D_ACK, pre=gmail_in("amazon.com")))

    # 43 Credly reminder
    t = ("Hi Ryo,\n\nYou still have a badge waiting: AWS Certified Solutions Architect - Associate, issued by Amazon Web "
         "Services Training and Certification.\n\nAccept it here: https://www.credly.com/badges/5f3c9a1e-7b2d-4c8e-9a61-"
         "0d4e2b7f8c31/accept\n\nIf you have already accepted it, you can ignore this message.\n\nCredly\n")
    out.append(msg(text(t, cte="7bit"), d("2025-05-22 07:10", UTC), addr("Credly", "admin@credly.com"), PERSONAL,
                   "Reminder: accept your AWS Certified Solutions Architect - Associate badge", L("badge"),
                   msgid=mid("credly-saa-rem", "credly.com"), pre=gmail_in("credly.com", ip="198.2.180.12", mailfrom="mcsv.net")))

    # 44 case D information request (Japanese keigo)
    own = ("金本様\n\nお問い合わせいただきありがとうございます。担当の Keiko と申します。\n"
           "統合前のアカウントに付与されていた特典を確認するため、恐れ入りますが以下の2点をお知らせいただけますでしょうか。\n\n"
           "1. バウチャーが表示されていた旧アカウントの候補ID\n2. バウチャーの有効期限(お分かりになる範囲で結構です)\n\n"
           "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\nKeiko T.\nAWS トレーニングと認定\n")
    h = "<html><body><p>" + own.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    out.append(msg(alt(text(own, cte="b64"), html(h, cte="b64")), d("2025-05-23 01:15", UTC),
                   addr("AWS Training and Certification", FORM), PERSONAL, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
                   L("info_request", True, CASE_D), msgid=D_ASK, irt=D_ACK, refs=D_ACK, pre=gmail_in("amazon.com")))

    # 45 owner answers, but the subject lost the case tag
    own = ("Keiko 様\n\nご連絡ありがとうございます。\n1. 旧アカウントの候補ID: %s\n2. 有効期限: 2025年9月30日と表示されていました。\n\n"
           "よろしくお願いいたします。\n金本\n" % OLD_ID)
    t = own + "\n2025年5月23日(金) 10:15 AWS Training and Certification <%s>:\n%s\n" % (
        FORM, quote("金本様\n\nお問い合わせいただきありがとうございます。担当の Keiko と申します。\n...\n"
                    "1. バウチャーが表示されていた旧アカウントの候補ID\n2. バウチャーの有効期限"))
    out.append(msg(text(t, cte="b64"), d("2025-05-23 19:20"), addr(ME_NAME, PERSONAL), FORM,
                   "RE: %s" % SUBJ_D, L("user_reply", False, CASE_D, [OLD_ID]),
                   msgid=D_NOTAG, irt=D_ASK, refs="%s %s" % (D_ACK, D_ASK)))

    # 46 system: could not match to a case (bilingual), threaded only by In-Reply-To
    t = ("This is an automated message.\n\nWe received your email with the subject \"RE: %s\", but the subject doesn't "
         "contain a case ID, so we couldn't match it to an open case and it has not been passed to an agent.\n\n"
         "To get it to the right person, reply to the most recent email you received from us without changing the subject "
         "line, or put [CASE <case number>] in the subject and send it again.\n\n"
         "---\nこれは自動送信メールです。\n件名「RE: %s」のメールを受信しましたが、件名にケース ID が含まれていないため、"
         "該当するケースを特定できず、担当者には届いておりません。\n最新のメールに件名を変えずに返信するか、件名に "
         "[CASE <ケース番号>] を付けて再送してください。\n" % (SUBJ_D, SUBJ_D))
    out.append(msg(text(t, cte="b64"), d("2025-05-23 10:21", UTC), addr("AWS Customer Service", FORM), PERSONAL,
                   "We couldn't match your email to a case / ケースを特定できませんでした", L("info_request", True, CASE_D),
                   msgid=sesmid("D-unmatched"), irt=D_NOTAG, refs=D_NOTAG, pre=gmail_in("amazon.com"),
                   post=[("Auto-Submitted", "auto-replied")]))
    return out
