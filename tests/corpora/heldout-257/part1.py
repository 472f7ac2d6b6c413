# Messages 001-014: early March 2025.
from common import *

TCS = "[AWS Training and Certification Form Submission] - account-assistance"


def build():
    # 001 Free tier alert from the console sender (unrelated, 12-digit account id)
    d = date("2025-03-03 08:14:51", "+0000")
    add(L("unrelated"), addr("Amazon Web Services", CONSOLE), ME_P,
        "AWS Free Tier limit alert", d, leaf(
            "Hello,\n\nYour AWS account 418822069731 has exceeded 85% of the usage limit for one or more\n"
            "AWS Free Tier-eligible services for the month of March.\n\n"
            "Product        AWS Free Tier Usage as of 03/02/2025   Usage Limit\n"
            "AmazonS3       1,713 Requests                         2,000 Requests\n\n"
            "To learn more about your AWS Free Tier usage, sign in to the Billing console.\n\n"
            "[AWS ID 418822069731]\n\nSincerely,\nAmazon Web Services\n\n"
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.\n"
            "North, Seattle, WA 98109. This address cannot accept incoming e-mails.\n", cte="7bit"),
        pre=AMZ(d), note="console sender, billing, 12-digit account id, 'cannot accept incoming'")

    # 002 Japanese newsletter, multipart, base64
    d = date("2025-03-04 07:00:02")
    t = ("週刊クラウド通信 第312号\n\n今週のトピック\n"
         "・マネージドDBのメジャーバージョン更新、いつやるべきか\n"
         "・認定資格の更新期限を忘れないための小技\n"
         "・読者アンケートのお願い（回答は任意です）\n\n"
         "配信停止はこちら: https://kumo-weekly.jp/unsub?u=88213\n")
    h = ("<html><body><h2>週刊クラウド通信 第312号</h2><ul>"
         "<li>マネージドDBのメジャーバージョン更新、いつやるべきか</li>"
         "<li>認定資格の更新期限を忘れないための小技</li>"
         "<li>読者アンケートのお願い（回答は任意です）</li></ul>"
         "<p><a href=\"https://kumo-weekly.jp/unsub?u=88213\">配信停止</a></p></body></html>")
    add(L("unrelated"), addr("週刊クラウド通信", "news@kumo-weekly.jp"), ME_P,
        "【週刊クラウド通信】認定資格の更新期限、把握していますか？", d,
        alt(leaf(t, cte="base64"), leaf(h, "text/html", cte="base64")), msgid_dom="kumo-weekly.jp",
        pre=MX(d, "kumo-weekly.jp", "203.0.113.45"), extra=["List-Unsubscribe: <https://kumo-weekly.jp/unsub?u=88213>"],
        note="newsletter mentioning certification renewal")

    # 003 Certification expiry (to company address)
    d = date("2025-03-05 15:32:10", "+0000")
    add(L("certification", cands=[OLD_ID]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certification expires in 90 days", d, leaf(
            "Hello Sora Kitagawa,\n\n"
            "Your AWS Certified Solutions Architect - Associate certification will expire on June 3, 2025.\n"
            "To keep your certification active, pass the current version of the exam or a higher-level\n"
            "exam in the same path before that date.\n\n"
            "Candidate ID: %s\n\n"
            "You can review your certifications and benefits at any time in your AWS Certification\n"
            "Account.\n\nRegards,\nAWS Certification\n\n"
            "Please do not reply to this email; this mailbox is not monitored.\n" % OLD_ID),
        msgid_dom="certmetrics.com", pre=MX(d, "certmetrics.com", "198.51.100.17", to_personal=False),
        note="program mail with candidate id, not a case")

    # 004 Manager hand-over mail, ISO-2022-JP
    d = date("2025-03-06 18:05:44")
    t = ("北川さん\n\nお疲れさまです。三浦です。\n"
         "退職日（3/31）までの引き継ぎについて、添付の一覧を今週中に確認してもらえますか。\n"
         "社用アカウント（メール、Slack、AWS IAM）は4/1 0時に停止されます。\n"
         "個人で必要なデータがあれば、それまでに移しておいてください。\n\nよろしくお願いします。\n"
         "三浦 健吾\n株式会社三ツ星DX クラウド推進部\n")
    add(L("unrelated"), addr("三浦 健吾", "k.miura@mitsuboshi-dx.co.jp", "iso-2022-jp"), ME_C,
        "引き継ぎの件（3/31退職に向けて）", d, leaf(t, cs="iso-2022-jp", cte="7bit"),
        msgid_dom="mitsuboshi-dx.co.jp", cs_subj="iso-2022-jp",
        extra=["X-Mailer: Microsoft Outlook 16.0"], crlf=True,
        note="colleague asks for action; ISO-2022-JP; company mailbox closing")

    # 005 Builder ID code
    d = date("2025-03-10 00:12:33", "+0000")
    add(L("unrelated"), addr("AWS", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", d, alt(
            leaf("Verify your email address\n\nVerification code: 418205\n\n"
                 "This code expires 30 minutes after it was sent.\n\n"
                 "If you didn't try to create an AWS Builder ID, you can ignore this email.\n", cte="7bit"),
            leaf("<html><body><p>Verify your email address</p><p style=\"font-size:24px\"><b>418205</b></p>"
                 "<p>This code expires 30 minutes after it was sent.</p></body></html>", "text/html", cte="7bit")),
        msgid_dom="signin.aws", pre=MX(d, "signin.aws", "54.240.8.9"),
        note="6-digit one-time code, not a case number")

    # 006 Note to self (company -> personal)
    d = date("2025-03-10 09:40:18")
    t = ("自分用メモ\n\n認定アカウント統合の申請前に控え:\n"
         "- 旧（会社）: %s / %s\n- 新（個人）: %s / %s\n"
         "- 特典: 50%%割引バウチャー 1件（未使用）\n"
         "- SAA 期限 2025/6/3 → 4月に再認定受験予定\n\n"
         "フォームは個人アドレスで送る。統合先は個人の方。\n" % (OLD_ID, ME_C, NEW_ID, ME_P))
    add(L("user_reply", cands=[OLD_ID, NEW_ID]), addr(ME_NAME, ME_C), ME_P,
        "メモ: 認定アカウント統合", d, leaf(t, cte="base64"), msgid_dom="mitsuboshi-dx.co.jp",
        note="owner's own note listing both candidate ids")

    # 007 Acknowledgement, main case
    d = date("2025-03-10 01:05:31", "+0000")
    t = ("Hello,\n\nThank you for reaching out to AWS Training and Certification. A support case has\n"
         "been created for your request: case %s.\n\n"
         "Here is a copy of what you submitted:\n\n"
         "Inquiry type: Certification\nAdditional details: Account Merge\n"
         "Contact email: %s\nAWS Candidate ID: %s\n\n"
         "Use case: I am leaving my employer at the end of March and want to keep my\n"
         "certifications. Please merge my company certification account (%s, %s)\n"
         "into my personal one. Email to keep: %s\n\n"
         "Our team answers most requests within one business day. Opening another case for\n"
         "the same request will not make it faster and may delay the answer.\n\n"
         "Best regards,\nAWS Training and Certification Customer Support\n"
         % (CASE_M, ME_P, NEW_ID, ME_C, OLD_ID, ME_P)) + tc_footer(CASE_M)
    add(L("acknowledgement", case=CASE_M, cands=[NEW_ID, OLD_ID]), addr("AWS Training and Certification", TC),
        ME_P, "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t), key="M_ack", pre=AMZ(d),
        note="ack echoing the form text incl. candidate ids (counted as own text)")

    # 008 Duplicate submission, Japanese ack, HTML + text, base64
    d = date("2025-03-10 01:16:58", "+0000")
    t = ("お問い合わせいただきありがとうございます。\n\n"
         "ケース番号 %s にてお問い合わせを承りました。\n"
         "担当者より、通常1営業日以内にご連絡いたします。\n\n"
         "なお、同じ内容のお問い合わせで複数のケースを作成されますと、対応が遅れる場合がございます。\n\n"
         "お問い合わせ内容:\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "本文: 会社用アカウントを個人用アカウントに統合したいです。保持するメール: %s\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n" % (CASE_D, ME_P))
    h = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.split("\n\n")) + "</body></html>"
    add(L("acknowledgement", case=CASE_D), addr("AWS Training and Certification", TC), ME_P,
        "RE: [CASE %s] %s" % (CASE_D, TCS), d,
        alt(leaf(t, cte="base64"), leaf(h, "text/html", cte="base64")), key="D_ack", pre=AMZ(d),
        note="second case for the same request (duplicate); Japanese; 'RE: [CASE' spacing")

    # 009 GitHub merged
    d = date("2025-03-10 14:22:07", "+0900")
    add(L("unrelated"), addr("Ren Takeda", "notifications@github.com"), ME_C,
        "Re: [mitsuboshi-dx/infra-modules] Merge duplicate SSO accounts in onboarding script (PR #88)", d,
        leaf("Merged #88 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
             "https://github.com/mitsuboshi-dx/infra-modules/pull/88#event-16630219954\n"
             "You are receiving this because you were mentioned.\n", cte="7bit"),
        msgid_dom="github.com", pre=MX(d, "github.com", "192.30.252.201", to_personal=False),
        extra=["List-ID: mitsuboshi-dx/infra-modules <infra-modules.mitsuboshi-dx.github.com>",
               "X-GitHub-Reason: mention"], note="'merged' + 'accounts' in a GitHub notice")

    # 010 On hold: APN partner, buried question (non-native English)
    d = date("2025-03-11 03:47:20", "+0000")
    t = ("Hello Sora,\n\nThank you for contact us and for your patience.\n\n"
         "I was checking both accounts from your request. The certification account %s\n"
         "(%s) is associated to an AWS Partner Network organization, Mitsuboshi DX Co.,\n"
         "Ltd. When account is connected with APN partner we are not able to do the merge from our\n"
         "side until the association is removed by partner side, because the certifications are\n"
         "counting to the partner's tier.\n\n"
         "For this reason I have put your case on hold and I reached to our partner team. The\n"
         "partner administrator of your company will have to act on this, not you.\n\n"
         "It will help to us also if you share your last working day in the company, so I can\n"
         "write it to the partner team.\n\n"
         "Best Regards,\nTomasz K.\nAWS Training and Certification\n" % (OLD_ID, ME_C)) + tc_footer(CASE_M)
    add(L("on_hold", True, CASE_M, [OLD_ID]), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t), key="M_hold", irt="M_ack", refs=["M_ack"],
        pre=AMZ(d), note="APN hold with an indirect question buried in it")

    # 011 Duplicate closed (case_update on D)
    d = date("2025-03-11 04:02:45", "+0000")
    t = ("Hi,\n\nCase %s was opened for the same request as case %s, so we have closed\n"
         "this one. Everything about your merge continues on %s.\n"
         "Nothing to do on this case.\n\nAiko W.\nAWS T&C Support\n" % (CASE_D, CASE_M, CASE_M))
    add(L("case_update", case=CASE_D), addr("AWS Training and Certification", TC), ME_P,
        "RE: [CASE %s] %s" % (CASE_D, TCS), d, leaf(t, cte="7bit"), irt="D_ack", refs=["D_ack"],
        pre=AMZ(d), note="duplicate closed; mentions both case numbers, belongs to the duplicate")

    # 012 Owner replies from the company address (Outlook quoting, CRLF)
    d = date("2025-03-11 13:15:02")
    t = ("Hi Tomasz,\n\nThank you. My last working day at Mitsuboshi DX is March 31, 2025, and this\n"
         "mailbox will be closed on April 1. I am leaving the company, so please go ahead and\n"
         "merge into my personal account once the partner side is done.\n\n"
         "Best regards,\nSora Kitagawa\n\n"
         "-----Original Message-----\nFrom: AWS Training and Certification <%s>\n"
         "Sent: Tuesday, March 11, 2025 12:47 PM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n"
         "Hello Sora,\n\nThank you for contact us and for your patience.\n\n"
         "I was checking both accounts from your request. The certification account %s\n"
         "(%s) is associated to an AWS Partner Network organization...\n"
         % (TC, ME_P, CASE_M, TCS, OLD_ID, ME_C))
    add(L("user_reply", case=CASE_M), addr(ME_NAME, ME_C), TC, "RE: [CASE %s] %s" % (CASE_M, TCS), d,
        leaf(t, cs="us-ascii", cte="7bit"), key="M_u1", msgid_dom="mitsuboshi-dx.co.jp",
        irt="M_hold", refs=["M_ack", "M_hold"], crlf=True,
        extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtSkq8fQ2m1xZ0bT7y1RZ4tC9v4wA=="],
        note="owner answers from the company address; candidate id only in quoted part")

    # 013 Info request: write from the personal address
    d = date("2025-03-12 02:31:40", "+0000")
    t = ("Hello Sora,\n\nThanks for the quick answer.\n\n"
         "I see the reply arrived from %s. This is not the contact address of the case,\n"
         "and for security reason we can accept the confirmation only from the address which you\n"
         "want to keep. Kindly to send the same confirmation (that you are leaving the company and\n"
         "want to keep the personal account) by replying from %s.\n\n"
         "After I receive it I will continue with the partner team.\n\nBest Regards,\nTomasz K.\n"
         "AWS Training and Certification\n\n" % (ME_C, ME_P))
    t += quote("Hi Tomasz,\n\nThank you. My last working day at Mitsuboshi DX is March 31, 2025...") + "\n" + tc_footer(CASE_M)
    add(L("info_request", True, CASE_M), addr("AWS Training and Certification", TC), ME_C,
        "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t), key="M_addr", irt="M_u1",
        refs=["M_ack", "M_hold", "M_u1"], pre=AMZ(d, to_personal=False),
        note="asks to write again from the personal address; arrives in company mailbox")

    # 014 Pearson VUE booking (exam vendor)
    d = date("2025-03-11 19:40:00", "-0700")
    add(L("unrelated"), addr("Pearson VUE", "noreply@pearsonvue.com"), ME_P,
        "Pearson VUE Confirmation of Booking", d, leaf(
            "Dear Sora Kitagawa,\n\nThank you for scheduling your exam.\n\n"
            "Exam: SAA-C03: AWS Certified Solutions Architect - Associate\n"
            "Date: Saturday, April 19, 2025  Time: 10:00 AM JST\n"
            "Registration ID: 482610937\nLocation: Online (OnVUE)\n\n"
            "To reschedule or cancel, sign in at least 24 hours before your appointment.\n\n"
            "Pearson VUE\n", cte="quoted-printable"),
        msgid_dom="pearsonvue.com", pre=MX(d, "pearsonvue.com", "159.182.2.40"),
        note="exam vendor; 9-digit registration id")
