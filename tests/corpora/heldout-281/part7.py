from common import *
from part1 import TC, TC_SUBJ, G, W, MGR
from part6 import E_SUBJ, rE, infoE

D_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % CASE_D

# 059 owner replies on the 2023 thread to reopen it (Gmail, long quoted history)
old2023 = ("Hello,\n\nThe name on your certification profile and certificates now reads \"Takumi Okabe\". Newly "
           "downloaded certificates will show the corrected name.\n\nThis case has been resolved. Thank you for "
           "contacting AWS Training and Certification.\n\nRaj\nAWS Training and Certification")
rD = ("Hello,\n\nI'm writing on this old case because it is the last thread I have with your team about my "
      "profile. After my certification accounts were merged last month (case %s), my badges on Credly are split: "
      "three are still in a Credly account under my former company address %s, and two new ones went to "
      "%s.\n\nIs it possible to bring them all under the personal address? The company mailbox no longer exists, "
      "so I can't sign in to that Credly account.\n\nTakumi Okabe\n" % (CASE_A, W, G))
add("rD", dt("2025-06-13 08:40:27"), addr(ME_NAME, G), TC, D_SUBJ,
    text(rD + "\n" + gmail_quote("On Wed, Jul 12, 2023 at 3:18 AM Amazon Web Services <%s> wrote:" % TC_FORM, old2023)),
    L("user_reply", False, CASE_D), idstyle="gmail",
    extra=["In-Reply-To: <01010189493a7b21-77e3c0a4-55a1-4d4f-9b3e-1fbc8a0d2c77-000000@us-west-2.amazonses.com>",
           "References: <01010189493a7b21-77e3c0a4-55a1-4d4f-9b3e-1fbc8a0d2c77-000000@us-west-2.amazonses.com>"],
    note="Owner revives an 11-digit 2023 case; his text also names the 15-digit merge case.")

# 060 acknowledgement D: reopened
ackD = ("Hello,\n\nYour reply has been added to case %s, and the case has been reopened. A member of our team will "
        "review it and respond, usually within 24 hours.\n\nPlease keep replying on this thread rather than "
        "opening a new case.\n\nAWS Training and Certification\n" % CASE_D)
add("ackD", dt("2025-06-13 08:41:05"), TC, G, D_SUBJ, text(ackD, cte="7bit"),
    L("acknowledgement", False, CASE_D), reply="rD",
    auth=(auth_gmail("amazon.com", "0101019fa5d1@us-west-2.amazonses.com"), "0101019fa5d1@us-west-2.amazonses.com"),
    note="Automatic 'reopened' notice on an old 11-digit case.")

# 061 bounce: owner forwarded to his closed company mailbox
bounce_txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
              "found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
              "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n" % (W, W))
dsn = Part(["Content-Type: message/delivery-status"],
           ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 13 Jun 2025 01:02:11 -0700 (PDT)\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
            "Remote-MTA: dns; mx1.nishikaze-sys.co.jp. (203.0.113.25, the server for the domain nishikaze-sys.co.jp.)\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\nLast-Attempt-Date: Fri, 13 Jun 2025 01:02:12 -0700 (PDT)\n"
            % W).encode())
orig = Part(["Content-Type: text/rfc822-headers"],
            ("From: Takumi Okabe <%s>\nTo: %s\nSubject: Fwd: %s\nDate: Fri, 13 Jun 2025 17:02:09 +0900\n"
             "Message-ID: <CA+b7Qm2x0Kk1Fwd@mail.gmail.com>\n" % (G, W, D_SUBJ)).encode())
rep = Part(["Content-Type: multipart/report; report-type=delivery-status; boundary=\"000000000000bnc0613\""],
           None, [text(bounce_txt, cte="7bit"), dsn, orig], "000000000000bnc0613")
add("bounce", dt("2025-06-13 08:02:12", 0), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), G,
    "Delivery Status Notification (Failure)", rep, L("unrelated"), idstyle="mx.google.com",
    auth=("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@googlemail.com header.s=20230601;\n"
          "       spf=none (google.com: mail-sor-f69.google.com does not designate permitted sender hosts) "
          "smtp.helo=mail-sor-f69.google.com;\n       dmarc=pass (p=QUARANTINE) header.from=googlemail.com",
          "", "mail-sor-f69.google.com"),
    extra=["Auto-Submitted: auto-replied"],
    note="Bounce of the owner's forward to the closed company address; case token only in the returned headers.")

# 062 confirmation_request D: Japanese, HTML-only, Shift_JIS
confD = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body>"
         "<p>岡部 拓海 様</p><p>AWS トレーニングと認定の佐々木でございます。Credly のバッジの件、承知いたしました。</p>"
         "<p>Credly 側で確認したところ、以下の2つの Credly アカウントにバッジが分かれて発行されております。</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th></th><th>メールアドレス</th><th>バッジ数</th></tr>"
         "<tr><td>A</td><td>%s</td><td>3</td></tr><tr><td>B</td><td>%s</td><td>2</td></tr></table>"
         "<p>A のアカウントに紐づくバッジを B へ移し、A を閉鎖する手続きを Credly に依頼いたします。"
         "つきましては、上記 A・B のいずれもお客様ご本人のアカウントであること、ならびに B へ集約してよろしいことを"
         "ご確認いただけますでしょうか。</p><p>ご確認のほど、よろしくお願い申し上げます。</p>"
         "<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>" % (W, G))
add("confD", dt("2025-06-16 01:20:15", 0), TC, G, D_SUBJ, html(confD, charset="shift_jis", cte="base64"),
    L("confirmation_request", True, CASE_D), reply="rD",
    auth=(auth_gmail("amazon.com", "0101019fb380@us-west-2.amazonses.com"), "0101019fb380@us-west-2.amazonses.com"),
    note="HTML-only Shift_JIS confirmation about Credly accounts (ownership + go-ahead) in keigo.")

# 063 GitHub Actions failure (personal)
add("gh3", dt("2025-06-16 03:44:50", 0), addr("GitHub", "notifications@github.com"), G,
    "[takumi-okabe/cert-notes] Run failed: deploy - main (3f9c2a1)",
    text("Run failed for main (3f9c2a1)\n\nRepository: takumi-okabe/cert-notes\nWorkflow: deploy\n"
         "Duration: 41s\n\nView results: https://github.com/takumi-okabe/cert-notes/actions/runs/1518800423\n\n"
         "You are receiving this because this workflow ran on your default branch.\n", cte="7bit"),
    L("unrelated"),
    auth=(auth_gmail("github.com", "noreply@github.com"), "noreply@github.com", "out-18.smtp.github.com"),
    idstyle="github.com", note="CI notice.")

# 064 owner's Japanese reply D (Gmail quoting of the HTML mail)
rD2 = ("佐々木様\n\nご確認ありがとうございます。\nA・B どちらも私本人のアカウントです。B (%s) への集約をお願いいたします。\n\n"
       "岡部\n" % G)
add("rD2", dt("2025-06-16 12:05:31"), addr(ME_NAME_JA, G), TC, D_SUBJ,
    text(rD2 + "\n" + gmail_quote("2025年6月16日(月) 10:20 Amazon Web Services <%s>:" % TC_FORM,
                                  "岡部 拓海 様\n\nAWS トレーニングと認定の佐々木でございます。\n...\n"
                                  "A・B のいずれもお客様ご本人のアカウントであること、ならびに B へ集約してよろしいことを"
                                  "ご確認いただけますでしょうか。")),
    L("user_reply", False, CASE_D), reply="confD", refs=["rD"], idstyle="gmail", note="Owner confirms in Japanese.")

# 065 resolved D: Japanese, quotes the earlier request
doneD = ("岡部 拓海 様\n\n佐々木でございます。\nCredly より、A のアカウントのバッジ3件を B (%s) へ移行し、"
         "A を閉鎖したとの連絡がございました。これにより、すべてのバッジが B のアカウントでご確認いただけます。\n\n"
         "本件につきまして、お客様側での追加のご対応は不要です。ケースはこれにて解決済みとさせていただきます。\n"
         "ご不明な点がございましたら、本メールにご返信ください。\n\n佐々木\n" % G)
add("doneD", dt("2025-06-18 02:11:09", 0), TC, G, D_SUBJ,
    alt(text(doneD + "\n" + gmail_quote("2025年6月16日(月) 12:05 岡部 拓海 <%s>:" % G, rD2), cte="base64"),
        html("<html><body>" + para_html(doneD) + "<blockquote>" + para_html(rD2) + "</blockquote></body></html>",
             cte="base64"), key="doneD"),
    L("resolved", False, CASE_D), reply="rD2", refs=["rD", "confD"],
    auth=(auth_gmail("amazon.com", "0101019fc0e2@us-west-2.amazonses.com"), "0101019fc0e2@us-west-2.amazonses.com"),
    note="Japanese resolution with 不要 and a ございましたら conditional invitation.")

# 066 Credly: badges moved
add("cred3", dt("2025-06-18 02:40:51", 0), addr("Credly", "admin@credly.com"), G,
    "Your badges have been moved to a new account",
    alt(text("Hi Takumi,\n\nAt the request of the issuer, 3 badges were transferred into your Credly account "
             "(%s). You can review their visibility settings in your wallet.\n\nCredly\n" % G),
        html("<html><body><p>Hi Takumi,</p><p>At the request of the issuer, <b>3 badges</b> were transferred into "
             "your Credly account (%s).</p><p><a href=\"https://www.credly.com/earner/wallet\">Open wallet</a></p>"
             "</body></html>" % G), key="cred3"),
    L("badge"),
    auth=(auth_gmail("credly.com", "bounces+1188@em.credly.com"), "bounces+1188@em.credly.com", "o1.ptr4471.credly.com"),
    idstyle="credly.com", note="Credly transfer notice following case D.")

# 067 resolved E: English, top-posted over Japanese Outlook-style history
doneE = ("Hello Takumi,\n\nThe exam records team has finished: your Cloud Practitioner (CLF-C01) result from "
         "November 21, 2020 is now attached to %s and appears under Exam History. No further action is "
         "needed from you, so I'm resolving this case.\n\nLucas M.\nAWS Training and Certification\n" % CID_NEW)
add("doneE", dt("2025-06-19 07:30:12", 0), TC, G, E_SUBJ,
    text(doneE + outlook_quote("岡部 拓海 <%s>" % G, "2025年6月11日 21:14", TC_FORM, E_SUBJ, rE, ja=True)
         + outlook_quote("Amazon Web Services <%s>" % TC_FORM, "2025年6月6日 14:47", G, E_SUBJ, infoE, ja=True)),
    L("resolved", False, CASE_E, [CID_NEW]), reply="updE", refs=["ackE", "infoE", "closeE", "rE"],
    auth=(auth_gmail("amazon.com", "0101019fcc31@us-west-2.amazonses.com"), "0101019fcc31@us-west-2.amazonses.com"),
    note="Completion above quoted Japanese requests (いただけますでしょうか) with -----Original Message----- headers.")

# 068 survey E (Japanese)
add("survE", dt("2025-06-19 23:00:40", 0), addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), G,
    "アンケートご協力のお願い(ケース %s)" % CASE_E,
    alt(text("岡部 拓海 様\n\nこのたびはAWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。\n"
             "サービス向上のため、1分程度のアンケートにご協力いただけますと幸いです。\n\n"
             "https://feedback.aws.training/s/%s?lang=ja\n\n※本メールへの返信はお受けできません。\n" % CASE_E),
        html("<html><body><p>岡部 拓海 様</p><p>このたびはAWS トレーニングと認定 カスタマーサービスをご利用いただき、"
             "ありがとうございました。</p><p>サービス向上のため、1分程度のアンケートにご協力いただけますと幸いです。</p>"
             "<p><a href=\"https://feedback.aws.training/s/%s?lang=ja\">アンケートに回答する</a></p>"
             "<p>※本メールへの返信はお受けできません。</p></body></html>" % CASE_E), key="survE"),
    L("survey", False, CASE_E),
    auth=(auth_gmail("amazon.com", "0101019fd4c8@us-west-2.amazonses.com"), "0101019fd4c8@us-west-2.amazonses.com"),
    note="Japanese survey phrased as a polite request (いただけますと幸いです).")

# 069 exam result (certification)
add("result", dt("2025-06-20 05:02:19", 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), G,
    "Congratulations on recertifying your AWS Certification!",
    alt(text("Hello Takumi,\n\nCongratulations! You passed AWS Certified Solutions Architect - Professional, which "
             "also recertifies your Solutions Architect - Associate through 2028.\n\nCandidate ID: %s\n\n"
             "Your digital badge will arrive from Credly within a few days. Find your score report and new "
             "benefits in your AWS Certification Account.\n\nAWS Certification\n" % CID_NEW),
        html("<html><body><h2>Congratulations!</h2><p>You passed <b>AWS Certified Solutions Architect - "
             "Professional</b>, which also recertifies your Solutions Architect - Associate through 2028.</p>"
             "<p>Candidate ID: %s</p><p>Your digital badge will arrive from Credly within a few days.</p>"
             "</body></html>" % CID_NEW), key="result"),
    L("certification", ids=[CID_NEW]),
    auth=(auth_gmail("certmetrics.com", "bounces@certmetrics.com"), "bounces@certmetrics.com", "mta2.certmetrics.com"),
    idstyle="certmetrics.com", note="Exam result / recertification, mentions Credly and benefits.")

# 070 other vendor survey (Zendesk)
add("zd", dt("2025-06-20 09:15:03", 0), addr("Figma Support", "support@figma.zendesk.com"), G,
    "[Figma] How did we do on request #1482271?",
    html("<html><body><p>Hi Takumi,</p><p>Your request <b>#1482271</b> \"Team plan seat not transferred after "
         "account merge\" has been solved. How would you rate the support you received?</p>"
         "<p><a href=\"https://figma.zendesk.com/requests/1482271/satisfaction/good\">Good, I'm satisfied</a> | "
         "<a href=\"https://figma.zendesk.com/requests/1482271/satisfaction/bad\">Bad, I'm unsatisfied</a></p>"
         "<p>If you still need help, reply to this email to reopen the request.</p></body></html>"),
    L("unrelated"),
    auth=(auth_gmail("figma.zendesk.com", "support@figma.zendesk.com"), "support@figma.zendesk.com", "out.zendesk.com"),
    idstyle="zendesk.com", note="Another vendor's solved request + survey about an 'account merge'.")
