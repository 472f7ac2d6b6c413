from mk import *
from part1 import SUBJ_A


def credly(when, badge, tag, boundary):
    t = ("Rie, you've earned a badge!\n\n"
         "Amazon Web Services Training and Certification has issued you the %s badge.\n\n"
         "Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n"
         "Share it on LinkedIn and let your network know what you've achieved.\n\n"
         "Credly, Inc. | 2 Park Ave, Suite 1100, New York, NY 10016" % (badge, tag))
    h = ("<html><body><table width='600' align='center' style='font-family:Helvetica'><tr><td align='center'>"
         "<img src='https://images.credly.com/images/%s/image.png' width='120'><h2>Rie, you've earned a badge!</h2>"
         "<p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p>"
         "<p><a href='https://www.credly.com/earner/earned/badge/%s' style='background:#ff6b00;color:#fff;"
         "padding:10px 20px'>Accept your badge</a></p></td></tr></table></body></html>" % (tag, badge, tag))
    msg(when, addr("Credly", "admin@credly.com"), ME_P,
        "Congratulations, Rie! You've earned the %s badge" % badge, alt(t, h, boundary),
        ("badge", False, None, []), msgid=mid(tag, "credly.com"),
        auth=auth_gmail("credly.com", "bounces+2191@em.credly.com", ip="149.72.152.11", p="REJECT"))


RECORDS_TXT = (
    "Hello Rie,\n\n"
    "My name is Tomás and I work with the Certification Records team, which your case was passed to after "
    "you mentioned the missing AWS Certified SysOps Administrator - Associate result.\n\n"
    "I have gone through the exam history now attached to AWS11492035 and through the accounts that were merged "
    "into it. None of them holds a SysOps result from June 2023. This usually means the exam was delivered under "
    "a separate testing profile at Pearson VUE, created with a slightly different name or email, and the score "
    "was never linked back to a certification account. We can locate such a record, but only with the exact "
    "exam details.\n\n"
    "To do that we will need the date you sat the exam and the Pearson VUE registration number for that "
    "appointment (a nine-digit number shown in your confirmation email and on the score report). A copy of the "
    "score report would also help, though it isn't required.\n\n"
    "Best wishes,\nTomás Ferreira\nAWS Certification Records")


def build():
    # 031, 032 Credly badges after the merge
    credly("2025-03-18 02:20:03 +0900", "AWS Certified Solutions Architect – Associate",
           "0e284c3f-5164-4b21-8660-0d84737941bc", "----==_mimepart_67d8e1a3_4f2")
    credly("2025-03-18 02:20:41 +0900", "AWS Certified Developer – Associate",
           "b9feab85-1a43-4f6b-99a5-631b1d9a7b64", "----==_mimepart_67d8e1c9_51a")

    # 033 satisfaction survey about case A
    t = ("Hello,\n\nYou recently contacted AWS Training and Certification Customer Service about case %s.\n\n"
         "How satisfied were you with the support you received?\n"
         "  Very satisfied:    https://survey.aws-tc-feedback.amazon.com/s/%s?r=5\n"
         "  Satisfied:         https://survey.aws-tc-feedback.amazon.com/s/%s?r=4\n"
         "  Neutral:           https://survey.aws-tc-feedback.amazon.com/s/%s?r=3\n"
         "  Dissatisfied:      https://survey.aws-tc-feedback.amazon.com/s/%s?r=2\n\n"
         "The survey takes under two minutes. Responses are anonymous and are not added to your case.\n\n"
         "AWS Training and Certification\n") % ((CASE_A,) * 5)
    msg("2025-03-18 09:00:00 +0900", addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
        "Tell us about your recent experience (Case %s)" % CASE_A, text(t, cte="7bit"),
        ("survey", False, CASE_A, []), msgid=ses_id("A-survey"),
        auth=auth_gmail("amazon.com", "0106019603cc@ap-northeast-1.amazonses.com"))

    # 034 owner writes back: a certification is missing (reopen)
    t = ("Hi Priya,\n\nThank you, the Associate badges arrived. One thing though: my "
         "SysOps Administrator Associate (passed in June 2023) isn't in the exam history or the certifications "
         "list, and there is no badge for it. I had it on AWS03817264 before, or at least I thought so. "
         "Would you be able to check?\n\nRie\n\n"
         + gmail_quote("Tue, Mar 18, 2025 at 2:14 AM", "AWS Training and Certification <%s>" % TC,
                       "Hi Rie,\n\nAll done! I've merged Account #2 and Account #3 into Account #1, ...\n[trimmed]"))
    msg("2025-03-19 22:10:44 +0900", addr("Rie Tsukada", ME_P), TC, "Re: RE: " + SUBJ_A,
        text(t, cte="qp"), ("user_reply", False, CASE_A, ["AWS03817264"]),
        name="A_u5", msgid=gmail_id("A-u5"), irt=IDS["A_done"], refs=[IDS["A_ack"], IDS["A_done"]])

    # 035 case reopened and passed on ("Kindly note", "please allow" but no ask)
    t = ("Dear Rie,\n\nThank you for your reply.\n\n"
         "I have re-opened your case %s. Kindly note that the missing exam record is handle by our "
         "Certification Records team, so I have forwarded your case to them with all the details. "
         "Please allow 3-5 business days for their investigation; they will update you directly in this "
         "same thread.\n\n"
         "Best Regards,\nHyun-woo Park\nAWS Training and Certification\n") % CASE_A
    msg("2025-03-20 10:40:02 +0900", addr(TC_NAME, TC), ME_P, "RE:" + SUBJ_A,
        text(t, cte="qp"), ("case_update", False, CASE_A, []),
        name="A_reopen", msgid=ses_id("A-reopen"), irt=IDS["A_u5"], refs=[IDS["A_ack"], IDS["A_done"], IDS["A_u5"]],
        auth=auth_gmail("amazon.com", "010601960fd1@ap-northeast-1.amazonses.com"))

    # 036 colleague out-of-office (ISO-2022-JP)
    t = ("佐藤は3月21日から3月24日まで休暇のため不在です。\n"
         "お急ぎの方はクラウド推進部 代表アドレス cloud-team@kawase-dx.co.jp までご連絡ください。\n")
    msg("2025-03-21 08:12:55 +0900", addr("佐藤 健一", "k-sato@kawase-dx.co.jp", "iso-2022-jp"), ME_C,
        "自動応答: 送別会のお店について", text(t, cs="iso-2022-jp", cte="7bit"),
        ("unrelated", False, None, []), msgid=outlook_id("sato-ooo"), subj_cs="iso-2022-jp",
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "k-sato@kawase-dx.co.jp")],
        crlf=True)

    # 037 exam result (certification program, not a case)
    t = ("Congratulations, Rie!\n\nYou passed the AWS Certified Security - Specialty exam on March 22, 2025. "
         "Your new certification is now listed in your AWS Certification Account (candidate ID AWS11492035), "
         "and your digital badge will arrive from Credly shortly.\n\n"
         "Your score report is available under Exam History.\n\nAWS Certification\n")
    msg("2025-03-22 15:30:18 +0900", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations! You are now AWS Certified", text(t, cte="qp"),
        ("certification", False, None, ["AWS11492035"]), msgid=mid("cm-pass-scs", "certmetrics.com"),
        auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", ip="167.89.10.21", p="NONE"))

    # 038 Credly lookalike phishing
    t = ("Your AWS badge is waiting\n\nYour AWS Certified Security - Specialty badge will expire unless it is "
         "claimed within 48 hours. Sign in with your AWS Builder ID to claim it:\n"
         "https://credly-badge-claim.com/aws/claim?u=rie.tsukada.82\n\nCredly Team\n")
    msg("2025-03-22 15:35:02 +0900", addr("Credly", "no-reply@credly-badge-claim.com"), ME_P,
        "Action required: claim your AWS badge within 48 hours", text(t, cte="7bit"),
        ("suspicious", False, None, []), msgid=mid("credly-phish", "credly-badge-claim.com"),
        auth=("mx.google.com;\n       spf=pass (google.com: domain of no-reply@credly-badge-claim.com designates "
              "45.134.26.77 as permitted sender) smtp.mailfrom=no-reply@credly-badge-claim.com;\n"
              "       dmarc=none header.from=credly-badge-claim.com"))

    # 039 records team asks for exam details (request after a long explanation)
    h = "<div>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in RECORDS_TXT.split("\n\n")) + "</div>"
    msg("2025-03-24 13:02:39 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        alt(RECORDS_TXT, h, "----=_Part_55301_1298.1742788959", cte="b64"),
        ("info_request", True, CASE_A, ["AWS11492035"]),
        name="A_records", msgid=ses_id("A-records"), irt=IDS["A_reopen"],
        refs=[IDS["A_ack"], IDS["A_done"], IDS["A_u5"], IDS["A_reopen"]],
        auth=auth_gmail("amazon.com", "01060196192e@ap-northeast-1.amazonses.com"))

    # 040 real Credly badge for the new exam
    credly("2025-03-24 13:30:00 +0900", "AWS Certified Security – Specialty",
           "4a7c2d1e-93b0-47f5-8e21-c0d8a6f31b55", "----==_mimepart_67e0d1f8_2c9")

    # 041 owner answers, Outlook-on-the-web style quoting
    t = ("Hello Tomás,\n\nI took the exam on June 17, 2023 at a test centre in Shinjuku. The Pearson VUE "
         "registration number was 371902846. I registered with my company email, but I think I typed my name as "
         "\"Tsukada Rie\" (family name first) back then. The score report PDF is attached as text below.\n\n"
         "Score report: SOA-C02, scaled score 812, PASS\n\nKind regards,\nRie Tsukada\n\n"
         "________________________________\n"
         "From: AWS Training and Certification <%s>\nSent: Monday, March 24, 2025 13:02\n"
         "To: %s <%s>\nSubject: RE: %s\n\n%s" % (TC, ME_NAME, ME_P, SUBJ_A, RECORDS_TXT))
    msg("2025-03-25 20:44:51 +0900", addr("Rie Tsukada", ME_P), TC, "RE: " + SUBJ_A,
        text(t, cte="qp"), ("user_reply", False, CASE_A, []),
        name="A_u6", msgid=outlook_id("A-u6-owa"), irt=IDS["A_records"],
        refs=[IDS["A_ack"], IDS["A_reopen"], IDS["A_records"]],
        extra=[("X-Mailer", "Outlook for iOS")])

    # 042 Amazon.co.jp shipping notice (Amazon, but not AWS), ISO-2022-JP
    t = ("塚田 理恵 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。\n"
         "ご注文の商品を発送しました。\n\n注文番号: 249-3810562-7719402\n"
         "お届け予定: 3月27日(木)\n\n配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history\n\n"
         "Amazon.co.jp\n")
    msg("2025-03-26 09:00:31 +0900", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
        "Amazon.co.jp ご注文の商品を発送しました", text(t, cs="iso-2022-jp", cte="7bit"),
        ("unrelated", False, None, []), msgid=mid("amzjp-ship", "amazon.co.jp"), subj_cs="iso-2022-jp",
        auth=auth_gmail("amazon.co.jp", "20250326000031@bounces.amazon.co.jp", ip="52.95.48.1"))
