from mk import *
from part1 import SUBJ_A

DONE2_NEW = (
    "Hello Rie,\n\nGood news: with the registration number you sent we found the June 17, 2023 SysOps "
    "Administrator - Associate result. It sat on an unlinked testing profile under the name order "
    "\"TSUKADA RIE\". I have attached it to your certification account, so it now shows in your exam history "
    "and certifications list, with its original expiry date of June 17, 2026.\n\n"
    "Credly will issue the badge within 48 hours. This completes your request and the case is resolved; no "
    "further action is required on your part.\n\n"
    "Best wishes,\nTomás Ferreira\nAWS Certification Records")


def build():
    # 043 resolved (records fixed), HTML-only, quotes the owner's reply in a blockquote
    quoted = ("I took the exam on June 17, 2023 at a test centre in Shinjuku. The Pearson VUE registration number "
              "was 371902846. I registered with my company email ...")
    h = ("<html><body style='font-family:Arial;font-size:13px'>"
         + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in DONE2_NEW.split("\n\n"))
         + "<hr><p><b>From:</b> Rie Tsukada &lt;%s&gt;<br><b>Sent:</b> Tuesday, March 25, 2025 11:44 AM</p>"
           "<blockquote>%s</blockquote>" % (ME_P, quoted)
         + "<blockquote><p><i>Earlier:</i> To do that we will need the date you sat the exam and the Pearson VUE "
           "registration number for that appointment.</p></blockquote></body></html>")
    msg("2025-03-27 11:18:06 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        text(h, "html", cte="qp"), ("resolved", False, CASE_A, []),
        name="A_done2", msgid=ses_id("A-done2"), irt=IDS["A_u6"],
        refs=[IDS["A_ack"], IDS["A_records"], IDS["A_u6"]],
        auth=auth_gmail("amazon.com", "0106019621b7@ap-northeast-1.amazonses.com"))

    # 044 Credly badge, Japanese template
    t = ("塚田 理恵 さん\n\nおめでとうございます。Amazon Web Services Training and Certification から "
         "「AWS Certified SysOps Administrator – Associate」バッジが発行されました。\n\n"
         "バッジを受け取る: https://www.credly.com/earner/earned/badge/7d3b0f6a-2c11-4e8e-b0a4-55c2e1f7a903\n\n"
         "Credly")
    msg("2025-03-27 11:40:12 +0900", addr("Credly", "admin@credly.com"), ME_P,
        "新しいバッジが発行されました: AWS Certified SysOps Administrator – Associate", text(t, cte="b64"),
        ("badge", False, None, []), msgid=mid("credly-soa", "credly.com"),
        auth=auth_gmail("credly.com", "bounces+2191@em.credly.com", ip="149.72.152.11", p="REJECT"))

    # 045 owner's farewell mail to colleagues (written by the owner -> user_reply, no case)
    t = ("皆さま\n\nクラウド推進部の塚田です。\n"
         "私事で恐縮ですが、3月31日をもって退職することになりました。\n"
         "在職中は大変お世話になりました。引き継ぎは佐藤さんにお願いしています。\n\n"
         "今後の連絡先: rie.tsukada.82@gmail.com\n\n"
         "皆さまのますますのご活躍をお祈りしております。\n\n塚田 理恵")
    msg("2025-03-28 18:05:40 +0900", addr("塚田 理恵", ME_C, "iso-2022-jp"),
        addr("クラウド推進部", "cloud-team@kawase-dx.co.jp", "iso-2022-jp"), "退職のご挨拶",
        text(t, cs="iso-2022-jp", cte="7bit"), ("user_reply", False, None, []),
        msgid=outlook_id("farewell"), subj_cs="iso-2022-jp", crlf=True,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 046 owner forwards the resolution to her new manager
    t = ("小林さん\n\n認定アカウントの件、SysOps の記録も含めて統合が完了しました。\n"
         "候補IDは AWS11492035 です。パートナー登録の際はこちらでお願いします。\n\n塚田\n\n"
         "---------- Forwarded message ---------\n"
         "From: AWS Training and Certification <%s>\nDate: Thu, Mar 27, 2025 at 11:18 AM\n"
         "Subject: RE: %s\nTo: <%s>\n\n%s" % (TC, SUBJ_A, ME_P, DONE2_NEW))
    msg("2025-03-31 17:50:22 +0900", addr("Rie Tsukada", ME_P), addr("小林 誠", "m.kobayashi@tsubame-cloud.jp"),
        "Fwd: RE: " + SUBJ_A, text(t, cte="b64"),
        ("user_reply", False, CASE_A, ["AWS11492035"]), msgid=gmail_id("A-fwd"),
        irt=IDS["A_done2"], refs=[IDS["A_ack"], IDS["A_done2"]])

    # 047 console case opened (acknowledgement, Support Center, cannot reply by email)
    t = ("Hello,\n\nWe have opened case %s to address your issue.\n\n"
         "Subject: 50%% exam discount benefit no longer shown after certification account merge\n"
         "Severity: General guidance\nService: Training and Certification\nCategory: Certification benefits\n\n"
         "To see the details or add correspondence, please visit the AWS Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
         "=============================================================\n"
         "Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To contact us "
         "about this case, use the link above.\n"
         "=============================================================\n\n"
         "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.") % (CASE_C, CASE_C)
    msg("2025-04-01 10:20:45 +0900", addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
        "Amazon Web Services: New Support case: %s" % CASE_C, text(t, cte="7bit"),
        ("acknowledgement", False, CASE_C, []), name="C_ack", msgid=ses_id("C-ack"),
        auth=auth_gmail("amazon.com", "0100019596ab@email.amazonses.com", ip="54.240.48.92"))

    # 048 re:Post notification (AWS, related topic, not a case)
    t = ("Your question has a new answer\n\n"
         "\"50% voucher disappeared after merging certification accounts?\"\n\n"
         "Answer from an AWS Community Builder: After a merge the benefit sometimes takes a few days to show. "
         "If it still isn't there, open a case with Training and Certification.\n\n"
         "View on re:Post: https://repost.aws/questions/QUx81kTq2nR0e1aC7fYvJ0bQ\n")
    msg("2025-04-01 18:02:10 +0900", addr("AWS re:Post", "no-reply@repost.aws"), ME_P,
        "New answer to your question on AWS re:Post", text(t, cte="qp"),
        ("unrelated", False, None, []), msgid=ses_id("repost"),
        auth=auth_gmail("repost.aws", "010001959e@us-west-2.amazonses.com", ip="54.240.10.71"))

    # 049 console case: agent needs information, answer only via Support Center
    t = ("Hello,\n\nThank you for contacting AWS Support. My name is Diego and I'll be assisting you with this case.\n\n"
         "I checked your certification account and the merged history is there, but the 50%% discount benefit "
         "from your earlier exam is not attached to it. Benefits are sometimes left on the retired account during "
         "a merge, and I can move it across manually.\n\n"
         "Before I do that I need two things from you: the name of the exam that earned the benefit, and a "
         "screenshot of the Benefits page as it looks now. Please add them to the case through the Support "
         "Center link below, because this mailbox does not receive replies.\n\n"
         "Best regards,\n\nDiego R.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS "
         "Support Center link at the end of this correspondence. Each correspondence can also be rated by "
         "selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
         "Amazon Web Services, Inc. and affiliates\n"
         "====================================================\n\n"
         "To see all the details of this case or to reply, please visit the Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
         "====================================================") % CASE_C
    msg("2025-04-02 11:05:33 +0900", addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit no longer shown after certification account merge" % CASE_C,
        text(t, cte="qp"), ("info_request", True, CASE_C, []), name="C_req", msgid=ses_id("C-req"),
        irt=IDS["C_ack"], refs=[IDS["C_ack"]],
        auth=auth_gmail("amazon.com", "01000195a3c1@email.amazonses.com", ip="54.240.48.92"))
