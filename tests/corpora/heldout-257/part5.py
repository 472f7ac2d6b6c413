# Messages 053-067: late April / early May 2025 (case X, case V ends).
from common import *

VSUB = "[AWS トレーニングと認定 フォーム送信] - 特典"
XSUB = "[AWS Training and Certification Form Submission] - account-assistance"


def build():
    # 053 Recertification notice (lands on the stray account)
    d = date("2025-04-21 14:05:00", "+0000")
    t = ("Congratulations, Sora!\n\nYou have successfully recertified your AWS Certified Solutions Architect -\n"
         "Associate certification. Your new expiration date is April 19, 2028.\n\n"
         "Candidate ID: %s\n\nYour digital badge will be issued through Credly within a few days.\n\n"
         "AWS Certification\n" % DUP_ID)
    add(L("certification", cands=[DUP_ID]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations on recertifying your AWS Certification!", d, leaf(t, cte="7bit"),
        msgid_dom="certmetrics.com", pre=MX(d, "certmetrics.com", "198.51.100.17"),
        note="recertification; candidate id of the stray account")

    # 054 Credly badge for recert
    d = date("2025-04-22 02:30:12", "+0000")
    h = ("<html><body><h2>Congratulations, Sora!</h2><p>You earned the <b>AWS Certified Solutions Architect"
         " - Associate</b> badge from Amazon Web Services Training and Certification.</p>"
         "<p><a href=\"https://www.credly.com/badges/0b7d41c2-58aa-4f3e-9d6e-1c2f8a940b55/accept\">Accept "
         "badge</a> &middot; <a href=\"https://www.credly.com/earner/settings\">Manage notifications</a></p>"
         "</body></html>")
    add(L("badge"), addr("Credly", "admin@credly.com"), ME_P, "You earned a new badge", d,
        leaf(h, "text/html"), msgid_dom="credly.com", pre=MX(d, "credly.com", "167.89.10.4"),
        note="HTML-only badge mail")

    # 055 Case V resolved, keigo, quoting the earlier request
    d = date("2025-04-22 06:11:48", "+0000")
    t = ("北川 空 様\n\nお世話になっております。AWS トレーニングと認定サポートの花村でございます。\n\n"
         "お送りいただいた情報をもとに調査いたしました結果、50%%割引バウチャーを統合後の\n"
         "アカウント（%s）に再発行いたしました。特典ページにてご確認いただけます。\n"
         "有効期限は元のバウチャーと同じ2025年9月30日でございます。\n\n"
         "本件はこれにて解決とさせていただきます。そのほかご不明な点がございましたら、\n"
         "お気軽にお問い合わせくださいませ。\n\n花村 由梨子\nAWS トレーニングと認定 カスタマーサポート\n\n"
         % NEW_ID)
    t += quote("つきましては、調査のため、統合前に会社のアカウントでご確認いただいていた\n"
               "バウチャーの内容（有効期限、コードの末尾4桁など）と、当時の特典ページの\n"
               "スクリーンショットをお持ちでしたら、本メールへのご返信にてお送りいただけますでしょうか。\n")
    t += "\n\n[CASE %s]\n" % CASE_V
    add(L("resolved", case=CASE_V, cands=[NEW_ID]), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_V, VSUB), d, leaf(t, cte="base64"), key="V_done", irt="V_reopen",
        refs=["V_ack", "V_req", "V_close", "V_u1", "V_reopen"], cs_subj="utf-8", pre=AMZ(d),
        note="keigo resolution; quoted keigo request below; 〜がございましたら invitation")

    # 056 Certification benefit notice
    d = date("2025-04-22 09:30:00", "+0000")
    t = ("Hello Sora,\n\nA new benefit has been added to your AWS Certification Account:\n\n"
         "  50% discount on your next AWS Certification exam (expires September 30, 2025)\n\n"
         "Sign in to your AWS Certification Account and open Benefits to use it.\n\nAWS Certification\n")
    add(L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "A new AWS Certification benefit is available", d, leaf(t), msgid_dom="certmetrics.com",
        pre=MX(d, "certmetrics.com", "198.51.100.17"), note="benefit notice following the voucher case")

    # 057 Case X acknowledgement
    d = date("2025-04-23 02:41:26", "+0000")
    t = ("Hello,\n\nThanks for contacting AWS Training and Certification. We have opened case %s.\n\n"
         "Your message:\n\"My SAA recertification on April 19 was recorded on a second certification\n"
         "account, %s, that uses the same email address as my main account %s. Please\n"
         "move it into the main one.\"\n\nWe usually reply within 24 hours.\n\nAWS Training and Certification\n"
         % (CASE_X, DUP_ID, NEW_ID)) + tc_footer(CASE_X)
    add(L("acknowledgement", case=CASE_X, cands=[DUP_ID, NEW_ID]), addr("AWS Training and Certification", TC),
        ME_P, "RE:[CASE %s] %s" % (CASE_X, XSUB), d, leaf(t), key="X_ack", pre=AMZ(d),
        note="ack echoing the request in quotation marks (own text of the ack)")

    # 058 Case V survey, Japanese
    d = date("2025-04-23 05:00:00", "+0000")
    t = ("北川 空 様\n\n先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。\n"
         "ケース %s の対応について、簡単なアンケートへのご協力をお願いいたします（所要時間1分）。\n\n"
         "https://feedback.aws.training/s?c=%s&lang=ja\n\n"
         "※本メールは送信専用です。\n\nAWS トレーニングと認定\n" % (CASE_V, CASE_V))
    add(L("survey", case=CASE_V), addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
        "サポートに関するアンケートのお願い", d, leaf(t, cte="base64"), pre=AMZ(d),
        note="Japanese survey with お願いいたします")

    # 059 Case X confirmation request, terse
    d = date("2025-04-24 03:05:19", "+0000")
    t = ("Hi Sora\n\n2 accts on %s:\n  A) %s - main, merged 3/28\n  B) %s - created 4/10, has the 4/19 SAA\n\n"
         "OK to merge B into A and keep A?\n\n- Dev\nAWS T&C\n" % (ME_P, NEW_ID, DUP_ID)) + tc_footer(CASE_X)
    add(L("confirmation_request", True, CASE_X, [NEW_ID, DUP_ID]), addr("AWS Training and Certification", TC),
        ME_P, "RE:[CASE %s] %s" % (CASE_X, XSUB), d, leaf(t, cte="7bit"), key="X_conf", irt="X_ack",
        refs=["X_ack"], pre=AMZ(d), crlf=True, note="terse confirmation request, no greeting formula")

    # 060 GitHub org invitation (unrelated)
    d = date("2025-04-24 19:44:02", "+0900")
    add(L("unrelated"), addr("GitHub", "noreply@github.com"), ME_P,
        "[GitHub] @aoba-admin has invited you to join the @aoba-cloudworks organization", d,
        leaf("Hi Sora,\n\n@aoba-admin has invited you to join the @aoba-cloudworks organization.\n\n"
             "View invitation: https://github.com/orgs/aoba-cloudworks/invitation\n\n"
             "This invitation will expire in 7 days.\n", cte="7bit"),
        msgid_dom="github.com", pre=MX(d, "github.com", "192.30.252.201"), note="invitation with deadline")

    # 061 Owner confirms case X
    d = date("2025-04-25 08:02:37")
    t = ("Yes - please merge B into A and keep A (%s).\n\nSora\n\n"
         "On Thu, Apr 24, 2025 at 12:05 PM AWS Training and Certification <%s> wrote:\n" % (NEW_ID, TC))
    t += quote("Hi Sora\n\n2 accts on %s:\n  A) %s - main, merged 3/28\n  B) %s - created 4/10, has the 4/19 SAA\n\n"
               "OK to merge B into A and keep A?\n" % (ME_P, NEW_ID, DUP_ID))
    add(L("user_reply", case=CASE_X, cands=[NEW_ID]), addr(ME_NAME, ME_P), TC,
        "Re: RE:[CASE %s] %s" % (CASE_X, XSUB), d, leaf(t), key="X_u1", msgid_dom="gmailish", irt="X_conf",
        refs=["X_ack", "X_conf"], note="one-line confirmation over quoted ids")

    # 062 Fake Credly
    d = date("2025-04-25 15:20:09", "+0000")
    t = ("Hello Sora,\n\nYour AWS Certified Solutions Architect - Associate badge has been suspended because\n"
         "of a duplicate account. Re-claim it within 48 hours by signing in with your Credly password:\n\n"
         "https://credly-badge-claim.net/signin?b=aws-saa\n\nCredly Support Team\n")
    add(L("suspicious"), addr("Credly", "no-reply@credly-badge-claim.net"), ME_P,
        "Action needed: your badge has been suspended", d, leaf(t, cte="7bit"),
        msgid_dom="credly-badge-claim.net", pre=MX(d, "credly-badge-claim.net", "80.76.49.12"),
        note="Credly lookalike; plays on the real duplicate-account story")

    # 063 Case X resolved, chatty, 8bit UTF-8
    d = date("2025-04-28 11:15:40", "-0700")
    t = ("Hey Sora,\n\nAll done! 🎉 I merged account B into A, so your April recert now sits on %s and\n"
         "your SAA shows active through April 2028.\n\nThe Credly badge can take a day or two to catch up -\n"
         "if it still looks off after that, just hit reply and we'll dig in.\n\nHave a great week!\nLuis\n"
         "AWS Training & Certification\n" % NEW_ID) + tc_footer(CASE_X)
    add(L("resolved", case=CASE_X, cands=[NEW_ID]), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_X, XSUB), d, leaf(t, cte="8bit"), key="X_done", irt="X_u1",
        refs=["X_ack", "X_conf", "X_u1"], pre=AMZ(d), note="informal completion; 'just hit reply' if needed")

    # 064 Credly badge updated
    d = date("2025-04-29 04:02:10", "+0000")
    add(L("badge"), addr("Credly", "admin@credly.com"), ME_P, "Your badge has been updated", d,
        leaf("Hi Sora,\n\nAmazon Web Services Training and Certification has updated your AWS Certified\n"
             "Solutions Architect - Associate badge. No action is needed.\n\n"
             "View it: https://www.credly.com/badges/6f1c2e0a-93b7-4d8e-b0f4-2a71c5e9d813\n\nCredly\n"),
        msgid_dom="credly.com", pre=MX(d, "credly.com", "167.89.10.4"), note="badge update")

    # 065 Case X follow-up: still syncing (case_update after resolution)
    d = date("2025-04-30 02:48:33", "+0000")
    t = ("Hello Sora,\n\nFollowing up on Luis's message: the badge sync from the merged account was stuck on\n"
         "our side, so I asked the Credly integration team to run it again. That is in progress; nothing\n"
         "is needed from you and we will write once it completes.\n\nMei L.\nAWS Training and Certification\n"
         ) + tc_footer(CASE_X)
    add(L("case_update", case=CASE_X), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_X, XSUB), d, leaf(t), irt="X_done", refs=["X_ack", "X_conf", "X_done"],
        pre=AMZ(d), note="news after a resolution, work still going on")

    # 066 AWS invoice (unrelated)
    d = date("2025-05-02 17:33:10", "+0000")
    add(L("unrelated"), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
        "Amazon Web Services Invoice Available [Account: 418822069731] [Invoice ID: 2087193344]", d,
        leaf("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is\n"
             "available on the AWS web site. Your account will be charged USD 1.84.\n\n"
             "[AWS ID 418822069731]\n\nSincerely,\nAmazon Web Services\n", cte="7bit"),
        pre=AMZ(d), note="billing with 12-digit account and 10-digit invoice number")

    # 067 Friend asks how the merge went (unrelated, mentions case words)
    d = date("2025-05-03 20:12:45")
    t = ("空さん\n\n転職おめでとう！ところで、AWS認定のアカウント統合ってどうやった？\n"
         "うちも来月会社が変わるので、サポートとのやり取りの流れを教えてもらえると助かります。\n"
         "ケース番号とかどこに書いてあった？\n\n西村\n")
    add(L("unrelated"), addr("西村 拓海", "takumi.nishimura@hikarimail.jp"), ME_P,
        "AWS認定の統合について教えて", d, leaf(t), msgid_dom="gmailish",
        note="friend asks questions about the merge process; not support")
