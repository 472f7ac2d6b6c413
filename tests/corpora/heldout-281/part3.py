from common import *
from part1 import TC, TC_SUBJ, G, W, MGR
from part2 import SUBJ_A, holdA

# 020 shop shipping (personal)
add("yodo", dt("2025-05-17 10:02:40"), addr("ヨドバシ・ドット・コム", "order@yodobashi.com"), G,
    "ヨドバシ・ドット・コム:ご注文商品出荷のお知らせ",
    text("岡部 拓海 様\n\nご注文いただいた商品を本日出荷いたしました。\n\n"
         "ご注文番号: 3081447295\n配送業者: ヨドバシエクストリーム\n"
         "商品: ワイヤレスキーボード K855 x1\n\n"
         "お届け状況はマイページの「ご注文履歴」からご確認いただけます。\n", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), subj_charset="iso-2022-jp",
    auth=(auth_gmail("yodobashi.com", "order@yodobashi.com"), "order@yodobashi.com", "mx.yodobashi.com"),
    idstyle="yodobashi.com", note="Shop shipping notice with a 10-digit order number (not a case).")

# 021 on_hold A, no question (personal); quotes the earlier hold that had a question
hold2 = ("Hi Takumi,\n\nA short status note: thank you for sending your last working day from the right "
         "address, I have added it to the case. We are still waiting for Nishikaze Systems' Partner Central "
         "administrator to release the association, so the case stays on hold for now.\n\n"
         "You don't need to do anything at this point. I will look at it again on Tuesday and write to you as "
         "soon as the partner side moves.\n\nMarcus\nAWS Training and Certification\n")
add("hold2", dt("2025-05-17 01:40:19", 0), TC, G, SUBJ_A,
    text(hold2 + "\n-------- Previous message --------\n" + holdA, cte="base64"),
    L("on_hold", False, CASE_A), reply="rA2", refs=["ackA", "holdA"],
    auth=(auth_gmail("amazon.com", "0101019f1d03@us-west-2.amazonses.com"), "0101019f1d03@us-west-2.amazonses.com"),
    note="Hold continues, nothing asked; the older hold with its question is pasted below without '>' marks.")

# 022 manager says she released the partner link (company), mentions the case
mgr2 = ("岡部さん\n\n佐藤です。転送ありがとうございました。\n"
        "Partner Central の管理画面から岡部さんのユーザーを外し、認定資格の紐付けも解除しました。\n"
        "AWS側のケース(%s)にはパートナー担当から連絡が行くはずです。\n\n"
        "何か追加で必要なものがあれば言ってください。\n\n佐藤\n" % CASE_A)
add("mgr2", dt("2025-05-19 09:12:55"), MGR, addr(ME_NAME_JA, W), "RE: 退職前の各種アカウント整理について",
    text(mgr2, charset="iso-2022-jp", cte="7bit"), L("unrelated"), reply="mgr1", idstyle="outlook",
    subj_charset="iso-2022-jp", mailer="X-Mailer: Microsoft Outlook 16.0",
    auth=(auth_work("nishikaze-sys.co.jp", "m-sato@nishikaze-sys.co.jp"), "m-sato@nishikaze-sys.co.jp", "mail.nishikaze-sys.co.jp"),
    note="Colleague quotes the real case number in her own text; still not support mail.")

# 023 CertMetrics 'wants to hear from you' (program survey -> certification)
add("cm_voice", dt("2025-05-19 02:00:07", 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), W,
    "AWS Certification wants to hear from you",
    html("<html><body><p>Hello Takumi,</p><p>As an AWS Certified individual, your opinion shapes future exams. "
         "Take our 10-minute Job Task Analysis survey for the Solutions Architect role and tell us which tasks "
         "matter in your daily work.</p><p><a href=\"https://survey.certmetrics.com/jta/sa2025\">Start the survey</a>"
         "</p><p>Participation is voluntary and is not connected to any support request.</p>"
         "<p>AWS Certification</p></body></html>"),
    L("certification"),
    auth=(auth_work("certmetrics.com", "bounces@certmetrics.com"), "bounces@certmetrics.com", "mta2.certmetrics.com"),
    idstyle="certmetrics.com", note="Program survey from CertMetrics, not a support-case survey.")

# 024 case_update A: hold lifted, handed to accounts team
liftA = ("Hello Takumi,\n\nGood news: the partner administrator has removed the association between your "
         "certification account and Nishikaze Systems, so the hold on this case is lifted.\n\n"
         "I've passed the case to our account specialists, who do the merge itself. One of them will write to "
         "you here with the accounts they found, usually within a business day.\n\n"
         "Regards,\nMarcus\nAWS Training and Certification\n")
add("liftA", dt("2025-05-20 03:41:52", 0), TC, G, SUBJ_A,
    alt(text(liftA), html("<html><body>" + para_html(liftA) + "</body></html>"), key="liftA"),
    L("case_update", False, CASE_A), reply="hold2", refs=["ackA", "holdA", "rA2"],
    auth=(auth_gmail("amazon.com", "0101019f2a88@us-west-2.amazonses.com"), "0101019f2a88@us-west-2.amazonses.com"),
    note="Hold lifted, passed to another team, asks nothing.")

# 025 other vendor support case: will close for inactivity (company)
add("vendor1", dt("2025-05-20 06:15:30", 0), addr("LumenRoute Support", "support@lumenroute.io"), W,
    "Case 03184472: we will close this case in 3 days",
    text("Hello Takumi,\n\nWe have not heard back from you regarding Case 03184472 (VPN tunnel flaps on "
         "LR-5200 firmware 7.2). If the issue is resolved, no action is needed and the case will close "
         "automatically on May 23. To keep it open, please reply with the debug log we asked for.\n\n"
         "Regards,\nLumenRoute Technical Support\nref:_00D5g0Hx8K._5005g01QrTa:ref\n"),
    L("unrelated"),
    auth=(auth_work("lumenroute.io", "support@lumenroute.io"), "support@lumenroute.io", "smtp-out.salesforce.com"),
    idstyle="sf", note="Another vendor's closing notice with a Salesforce ref token.")

# 026 confirmation_request A: HTML-only table with three accounts
rows = [("#1", CID_NEW, G, G, G, "2025-05-13"),
        ("#2", CID_OLD, W, W, W, "2019-10-02"),
        ("#3", CID_SSO, "(Partner Central sign-in)", W, W, "2022-03-08")]
tbl = "".join("<tr><td>Account %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
confA_html = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Hi Takumi,</p>"
              "<p>I'm Aiko from the AWS Certification account team, picking up your merge request. A search on "
              "your name and both addresses returned three certification accounts:</p>"
              "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>Candidate ID"
              "</th><th>Login email</th><th>Training notification email</th><th>Certification notification email"
              "</th><th>Created</th></tr>" + tbl + "</table>"
              "<p>Before I merge anything, please confirm that all three accounts belong to you, and that Account "
              "#2 and Account #3 should be merged into Account #1, which would be the only account left.</p>"
              "<p>Thank you,<br>Aiko R.<br>Certification Account Specialist<br>AWS Training and Certification</p>"
              "</body></html>")
add("confA", dt("2025-05-20 14:16:05", 0), TC, G, SUBJ_A, html(confA_html, cte="base64"),
    L("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD, CID_SSO]), reply="liftA",
    refs=["ackA", "holdA", "rA2"],
    auth=(auth_gmail("amazon.com", "0101019f3107@us-west-2.amazonses.com"), "0101019f3107@us-west-2.amazonses.com"),
    note="HTML-only base64, accounts in a table, three accounts instead of two, new agent.")

# 027 owner replies with a question about account #3
rA3 = ("Hi Aiko,\n\nAccounts #1 and #2 are mine and yes, #2 should go into #1.\n\n"
       "I don't remember creating #3 (%s). It may have been made when I signed in through Partner Central "
       "a few years ago. What happens to it if it is merged - is there anything on it?\n\nTakumi\n" % CID_SSO)
add("rA3", dt("2025-05-21 07:02:48"), addr(ME_NAME, G), TC, SUBJ_A,
    text(rA3 + "\n" + gmail_quote("On Tue, May 20, 2025 at 11:16 PM Amazon Web Services <%s> wrote:" % TC_FORM,
                                  "Hi Takumi,\n\nI'm Aiko from the AWS Certification account team... [table]\n\n"
                                  "Before I merge anything, please confirm that all three accounts belong to you.")),
    L("user_reply", case=CASE_A, ids=[CID_SSO]), reply="confA", refs=["ackA", "liftA"], idstyle="gmail",
    note="Owner partly confirms and asks back; includes one candidate ID in new text.")

# 028 GitHub org invite (personal)
add("gh2", dt("2025-05-21 08:03:10", 0), addr("GitHub", "noreply@github.com"), G,
    "[GitHub] @aoba-cloudworks has invited you to join the @aoba-cloudworks organization",
    text("Hi takumi-okabe,\n\n@k-hirose has invited you to join the @aoba-cloudworks organization on GitHub.\n\n"
         "View invitation: https://github.com/orgs/aoba-cloudworks/invitation\n\n"
         "Note: This invitation will expire in 7 days.\n\nIf you were not expecting this invitation, you can ignore "
         "this email.\n", cte="7bit"),
    L("unrelated"),
    auth=(auth_gmail("github.com", "noreply@github.com"), "noreply@github.com", "out-27.smtp.github.com"),
    idstyle="github.com", note="New employer's GitHub invitation.")

# 029 confirmation_request A again: short, a question, no 'please'
conf2 = ("Hi Takumi,\n\nAccount #3 (%s) was created on 2022-03-08 through a Partner Central sign-in with your "
         "company address. It has no exams, certifications or benefits on it. If it is merged, that sign-in "
         "simply stops working; if it is left out, it stays as an empty account.\n\n"
         "Shall I include #3 in the merge into Account #1, or leave it out?\n\nAiko\n" % CID_SSO)
add("confA2", dt("2025-05-21 06:31:27", 0), TC, G, SUBJ_A,
    text(conf2 + "\n" + gmail_quote("On May 21, 2025, at 07:02, Takumi Okabe <%s> wrote:" % G, rA3),
         cte="7bit"),
    L("confirmation_request", True, CASE_A, [CID_SSO]), reply="rA3", refs=["ackA", "confA"],
    auth=(auth_gmail("amazon.com", "0101019f3a10@us-west-2.amazonses.com"), "0101019f3a10@us-west-2.amazonses.com"),
    note="Follow-up confirmation as a plain question: include the third account or not.")

# 030 owner: go ahead
rA4 = "Include it, please. Go ahead and merge #2 and #3 into #1.\n\nThanks,\nTakumi\n"
add("rA4", dt("2025-05-21 22:40:02"), addr(ME_NAME, G), TC, SUBJ_A,
    text(rA4 + "\n" + gmail_quote("2025年5月21日(水) 15:31 Amazon Web Services <%s>:" % TC_FORM, conf2)),
    L("user_reply", case=CASE_A), reply="confA2", refs=["ackA", "confA", "rA3"], idstyle="gmail",
    note="Owner's go-ahead.")
