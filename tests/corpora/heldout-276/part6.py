from mk import *

SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
SUBJ_C = "50% exam discount benefit no longer shown after certification account merge"

YAMAGUCHI = (
    "塚田 理恵 様\n\n"
    "いつもAWSトレーニングと認定をご利用いただき、誠にありがとうございます。\n"
    "本件を担当いたします、カスタマーサービスの山口でございます。\n\n"
    "認定証に記載されるお名前の表記変更につきまして、お問い合わせいただきありがとうございます。\n"
    "現在、候補ID AWS11492035 のアカウントには「TSUKADA RIE」と登録されております。\n\n"
    "変更手続きを進めるにあたり、ご希望の表記(名・姓の順番を含むローマ字表記)と、"
    "パスポート等の公的身分証明書に記載されている表記を、本メールへのご返信にてお知らせいただけます"
    "でしょうか。\n"
    "なお、ご本人確認のため、アカウントにご登録のメールアドレスからご返信くださいますよう、"
    "あわせてお願い申し上げます。\n\n"
    "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n"
    "山口 沙織\nAWS トレーニングと認定 カスタマーサービス")


def build():
    # 050 acknowledgement for case D, Japanese, UTF-8 base64
    t = ("塚田 理恵 様\n\n"
         "アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\n"
         "ケース番号 %s にてお問い合わせを承りました。\n\n"
         "通常24時間以内に担当者よりご連絡いたします。\n"
         "すでに同じ内容でケースを作成されている場合は、重複してケースを作成なさらないようお願いいたします。\n\n"
         "お問い合わせの詳細:\n"
         "  お問い合わせタイプ: AWS トレーニングと認定\n  問題タイプ: 認定\n  その他の詳細: 認定証\n"
         "  内容: 認定証の氏名が「TSUKADA RIE」になっているため、「RIE TSUKADA」に直していただきたいです。\n\n"
         "AWS トレーニングと認定 カスタマーサービス\n") % CASE_D
    msg("2025-04-03 08:45:02 +0900", addr(TC_NAME, TC), ME_P, SUBJ_D, text(t, cte="b64"),
        ("acknowledgement", False, CASE_D, []), name="D_ack", msgid=ses_id("D-ack"),
        auth=auth_gmail("amazon.com", "01060195b0e2@ap-northeast-1.amazonses.com"))

    # 051 AWS marketing in Japanese, mentions certification discount
    h = ("<html><body><h2>AWS 認定 チャレンジ 2025 春</h2><p>期間中に AWS 認定試験を受験すると、"
         "不合格時の再受験が無料になります。詳細とお申し込みは<a href='https://aws.amazon.com/jp/certification/"
         "challenge/'>こちら</a>。</p><p style='font-size:11px'>このメールは配信専用です。"
         "配信停止は<a href='https://pages.awscloud.com/communication-preferences'>こちら</a>。</p></body></html>")
    msg("2025-04-04 09:00:00 +0900", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
        ME_P, "【AWS 認定】春のチャレンジ:再受験無料キャンペーン実施中", text(h, "html", cte="qp"),
        ("unrelated", False, None, []), msgid=mid("mkt-jp", "mktomail.com"),
        auth=auth_gmail("amazon.com", "ODEyLVpKQy0yMzMAAAGZ@mktomail.com", ip="199.15.212.144"))

    # 052 console case: auto-resolve warning (closing notice, answer in Support Center)
    t = ("Hello,\n\nWe haven't heard back from you regarding case %s. If we don't receive a response within the "
         "next 3 days, the case will be resolved automatically.\n\n"
         "To add the requested details, visit the Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "Amazon Web Services\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.") % (CASE_C, CASE_C)
    msg("2025-04-05 10:00:13 +0900", addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
        "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), text(t, cte="7bit"),
        ("closing_notice", True, CASE_C, []), name="C_warn", msgid=ses_id("C-warn"),
        irt=IDS["C_req"], refs=[IDS["C_ack"], IDS["C_req"]],
        auth=auth_gmail("amazon.com", "01000195b8aa@email.amazonses.com", ip="54.240.48.92"))

    # 053 Japanese info request (keigo), ISO-2022-JP
    msg("2025-04-07 14:22:30 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_D,
        text(YAMAGUCHI, cs="iso-2022-jp", cte="7bit"), ("info_request", True, CASE_D, ["AWS11492035"]),
        name="D_req", msgid=ses_id("D-req"), irt=IDS["D_ack"], refs=[IDS["D_ack"]],
        auth=auth_gmail("amazon.com", "01060195c4f1@ap-northeast-1.amazonses.com"))

    # 054 console case resolved (owner answered in the console); feedback footer is boilerplate
    t = ("Hello,\n\nThanks for adding the screenshot and the exam name in the Support Center.\n\n"
         "I found the 50%% discount benefit from your AWS Certified Developer - Associate exam on the retired "
         "account and moved it to your active certification account. It is visible under Benefits now and is "
         "valid until September 30, 2025.\n\n"
         "I'll mark this case as resolved. Should you have any other questions, you're welcome to reopen it from "
         "the Support Center within 14 days.\n\n"
         "Best regards,\n\nDiego R.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS "
         "Support Center link at the end of this correspondence.\n\n"
         "====================================================\n\n"
         "To see all the details of this case or to reply, please visit the Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
         "====================================================") % CASE_C
    msg("2025-04-08 11:10:48 +0900", addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
        "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), text(t, cte="qp"),
        ("resolved", False, CASE_C, []), name="C_done", msgid=ses_id("C-done"),
        irt=IDS["C_warn"], refs=[IDS["C_ack"], IDS["C_req"], IDS["C_warn"]],
        auth=auth_gmail("amazon.com", "01000195c9d3@email.amazonses.com", ip="54.240.48.92"))

    # 055 console survey
    h = ("<html><body><p>Hello,</p><p>Your support case <b>%s</b> was recently resolved. How would you rate "
         "the support you received?</p><table><tr>" % CASE_C
         + "".join("<td><a href='https://console.aws.amazon.com/support/feedback?caseId=%s&amp;rating=%d'>%d</a>"
                   "</td>" % (CASE_C, i, i) for i in range(1, 6))
         + "</tr></table><p>Your answers help us improve AWS Support.</p><p>Amazon Web Services</p></body></html>")
    msg("2025-04-09 09:30:00 +0900", addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
        "How did we do? Rate your AWS Support experience", text(h, "html", cte="qp"),
        ("survey", False, CASE_C, []), msgid=ses_id("C-survey"),
        auth=auth_gmail("amazon.com", "01000195ce11@email.amazonses.com", ip="54.240.48.92"))

    # 056 certification benefits notice naming the candidate ID
    t = ("Hello Rie,\n\nA new benefit has been added to your AWS Certification Account.\n\n"
         "Candidate ID: AWS11492035\nBenefit: 50% discount on your next AWS Certification exam\n"
         "Valid until: September 30, 2025\n\n"
         "Find it under Benefits at https://www.aws.training/Certification\n\nAWS Certification\n")
    msg("2025-04-09 14:02:55 +0900", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "A new AWS Certification benefit is available", text(t, cte="qp"),
        ("certification", False, None, ["AWS11492035"]), msgid=mid("cm-benefit", "certmetrics.com"),
        auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", ip="167.89.10.21", p="NONE"))

    # 057 GitHub at the new employer: "merged"
    t = ("@rtsukada merged commit 9f3c2ab into main.\n\n"
         "  Merge branch 'feature/account-merge-script'\n\n"
         "—\nView it on GitHub: https://github.com/tsubame-cloud/platform/pull/88\n"
         "You are receiving this because you were mentioned.")
    msg("2025-04-10 16:44:19 +0000", addr("Ken Ogawa", "notifications@github.com"), ME_P,
        "Re: [tsubame-cloud/platform] Add account merge script for member accounts (PR #88)", text(t, cte="qp"),
        ("unrelated", False, None, []), msgid="<tsubame-cloud/platform/pull/88/c2791034455@github.com>",
        irt="<tsubame-cloud/platform/pull/88@github.com>", refs=["<tsubame-cloud/platform/pull/88@github.com>"],
        auth=auth_gmail("github.com", "noreply@github.com", ip="192.30.252.201", p="REJECT"))

    # 058 exam-vendor lookalike phishing
    t = ("Dear Candidate,\n\nWe were unable to charge your card for your upcoming AWS exam appointment and it "
         "will be cancelled. Reply to this email with your card number and expiry date, or update payment at:\n"
         "https://pearsonvue-payments.net/aws/update\n\nPearson VUE Billing\n")
    msg("2025-04-11 03:12:44 +0900", addr("Pearson VUE", "billing@pearsonvue-payments.net"), ME_P,
        "Your AWS exam appointment will be cancelled - payment failed", text(t, cte="7bit"),
        ("suspicious", False, None, []), msgid=mid("pv-phish", "pearsonvue-payments.net"),
        auth=("mx.google.com;\n       spf=pass (google.com: domain of billing@pearsonvue-payments.net designates "
              "5.188.206.14 as permitted sender) smtp.mailfrom=billing@pearsonvue-payments.net;\n"
              "       dmarc=none header.from=pearsonvue-payments.net"))

    # 059 D: English reminder from a different agent (closing notice)
    t = ("Hi,\n\nJust checking in on case %s. We asked for the spelling you'd like on your certificate and how "
         "your name appears on your ID, and haven't had a reply yet. We'll close the case on April 14 if we "
         "don't hear from you; answering this email keeps it open.\n\nThanks,\nJordan\n"
         "AWS Training and Certification\n") % CASE_D
    msg("2025-04-11 10:05:09 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_D, text(t, cte="7bit"),
        ("closing_notice", True, CASE_D, []), name="D_warn", msgid=ses_id("D-warn"),
        irt=IDS["D_req"], refs=[IDS["D_ack"], IDS["D_req"]],
        auth=auth_gmail("amazon.com", "01060195d88c@ap-northeast-1.amazonses.com"))
