from common import *
from part1 import TC, TC_SUBJ, G, W, MGR

AWSN = addr("Amazon Web Services", CONSOLE)
C_SUBJ = "50% exam discount voucher missing after certification account merge"


def console_footer(cid):
    return ("\nPlease note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To contact us regarding this case, please use the following link:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
            "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry "
            "Ave. North, Seattle, WA 98109-5210\n" % cid)


def aws_auth(k):
    return (auth_gmail("amazon.com", "0100019%s@email.amazonses.com" % k), "0100019%s@email.amazonses.com" % k,
            "a9-%s.smtp-out.amazonses.com" % k[:2])


# 040 certmetrics: transcript updated (program mail)
add("cm_trans", dt("2025-05-27 01:10:40", 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), G,
    "Your AWS Certification transcript is ready",
    alt(text("Hello Takumi Okabe,\n\nYour AWS Certification transcript has been updated. Candidate ID: %s.\n"
             "Sign in to download it or to share a verification link with an employer.\n\nAWS Certification\n" % CID_NEW),
        html("<html><body><p>Hello Takumi Okabe,</p><p>Your AWS Certification transcript has been updated. "
             "Candidate ID: <b>%s</b>.</p><p>Sign in to download it or to share a verification link with an "
             "employer.</p><p>AWS Certification</p></body></html>" % CID_NEW), key="cm_trans"),
    L("certification", ids=[CID_NEW]),
    auth=(auth_gmail("certmetrics.com", "bounces@certmetrics.com"), "bounces@certmetrics.com", "mta2.certmetrics.com"),
    idstyle="certmetrics.com", note="Certification program mail that follows the merge but is not case mail.")

# 041 farewell party (company)
add("party", dt("2025-05-27 17:20:05"), addr("中村 翔", "s-nakamura@nishikaze-sys.co.jp"),
    "infra-team@nishikaze-sys.co.jp", "【ご案内】岡部さん送別会(5/29)",
    text("インフラチームの皆さま\n\n5/29(木) 19:00〜 新橋「炭火 ひより」にて岡部さんの送別会を行います。\n"
         "出欠を明日中にこのメールへの返信でお知らせください。\n\n中村\n", cte="base64"),
    L("unrelated"), cc=addr(ME_NAME_JA, W), idstyle="outlook", mailer="X-Mailer: Microsoft Outlook 16.0",
    auth=(auth_work("nishikaze-sys.co.jp", "s-nakamura@nishikaze-sys.co.jp"), "s-nakamura@nishikaze-sys.co.jp", "mail.nishikaze-sys.co.jp"),
    note="Colleague asks for a reply (RSVP) - a human request, not support.")

# 042 Skill Builder receipt (personal)
add("sb", dt("2025-05-28 03:33:17", 0), addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), G,
    "Your AWS Skill Builder receipt",
    alt(text("Thank you for your purchase.\n\nAWS Skill Builder Individual subscription (monthly)\n"
             "Amount: USD 29.00\nOrder ID: SB-7J2K-91QX\n\nManage your subscription from your account settings.\n"),
        html("<html><body><h3>Thank you for your purchase.</h3><table><tr><td>AWS Skill Builder Individual "
             "subscription (monthly)</td><td>USD 29.00</td></tr><tr><td>Order ID</td><td>SB-7J2K-91QX</td></tr>"
             "</table><p>Manage your subscription from your account settings.</p></body></html>"), key="sb"),
    L("unrelated"), auth=aws_auth("f7a1b2c3"), idstyle="skillbuilder.aws",
    note="AWS training platform receipt, not a case.")

# 043 Okta at the new employer (personal)
add("okta", dt("2025-05-30 10:00:12"), addr("Aoba Cloudworks IT", "noreply@aoba-cw.okta.com"), G,
    "Action required: activate your Aoba Cloudworks account",
    html("<html><body><p>Hi Takumi,</p><p>Your Aoba Cloudworks account has been created. Activate it before your "
         "first day (June 2) to get access to email, Slack and AWS IAM Identity Center.</p>"
         "<p><a href=\"https://aoba-cw.okta.com/welcome/drpt8Qx\">Activate Okta account</a></p>"
         "<p>This link expires in 7 days. If it expires, contact it-help@aoba-cw.jp.</p></body></html>"),
    L("unrelated"),
    auth=(auth_gmail("aoba-cw.okta.com", "noreply@aoba-cw.okta.com"), "noreply@aoba-cw.okta.com", "mail.okta.com"),
    idstyle="okta.com", note="'Action required' + 'account' from the new employer's IdP.")

# 044 Builder ID code (personal)
add("bid", dt("2025-06-02 23:38:02", 0), addr("AWS", "no-reply@signin.aws"), G, "Verify your AWS Builder ID email address",
    text("Hello,\n\nTo finish signing in with your AWS Builder ID, enter this verification code:\n\n    482915\n\n"
         "The code expires in 10 minutes. If you did not try to sign in, you can ignore this message.\n", cte="7bit"),
    L("unrelated"), auth=aws_auth("a1c0d9e8"), idstyle="signin.aws",
    note="One-time code (6 digits) from AWS sign-in.")

# 045 console ack C (personal) - echoes the correspondence incl. candidate IDs
ackC = ("Dear Amazon Web Services Customer,\n\nWe have opened case %s to address your request. The details of "
        "your case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\n"
        "Correspondence: My AWS Certification accounts were merged on May 22 (case %s). The 50%% exam discount "
        "voucher that was on my old account %s does not appear under Benefits on %s. Could you check?\n\n"
        "We will provide an update soon.\n" % (CASE_C, CASE_C, C_SUBJ, CASE_A, CID_OLD, CID_NEW))
add("ackC", dt("2025-06-03 06:44:58", 0), AWSN, G, "Amazon Web Services: New Support case: %s" % CASE_C,
    text(ackC + console_footer(CASE_C)), L("acknowledgement", False, CASE_C, [CID_OLD, CID_NEW]),
    auth=aws_auth("f8c2d3e4"), note="Console case ack; body also names the earlier case number.")

# 046 console case about a service quota (not T&C) asks for details
add("quota", dt("2025-06-03 13:02:19", 0), AWSN, G, "RE:[CASE 174894214000554] Limit Increase: Amazon Bedrock",
    text("Hello,\n\nThank you for your request to raise the on-demand tokens-per-minute quota for Claude models in "
         "us-east-1. Before we can submit it to the service team, we need more information:\n\n"
         "1. The expected peak requests per minute\n2. Whether the workload is production or testing\n\n"
         "Please reply through the Support Center so we can continue.\n\nBest regards,\nYuto K.\n"
         "Amazon Web Services\n" + console_footer("174894214000554")),
    L("unrelated"), auth=aws_auth("f8d4e5f6"),
    note="Genuine AWS Support console case asking for information, but about a service quota, not T&C.")

# 047 console info_request C
infoC = ("Hello Takumi,\n\nThank you for your patience. I'm Devi and I'll be working on your case.\n\n"
         "I checked the merged account. The benefits carried over from the company account were the exam "
         "history and the certifications; the voucher itself is tied to the exam that produced it, and I can see "
         "two candidate exams on the old record. To re-issue the right one, I need two things from you:\n\n"
         "- the voucher code as it was shown on the old account (it begins with \"AWS50-\"), if you noted it\n"
         "- the exam after which the voucher appeared, and roughly when\n\n"
         "Once I have those I can attach the voucher to the account you now use.\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the Support "
         "Center link at the end of this correspondence.\n\nBest regards,\nDevi S.\nAmazon Web Services\n")
add("infoC", dt("2025-06-04 02:18:36", 0), AWSN, G, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    alt(text(infoC + console_footer(CASE_C)),
        html("<html><body>" + para_html(infoC + console_footer(CASE_C)) + "</body></html>"), key="infoC"),
    L("info_request", True, CASE_C), auth=aws_auth("f9a1b2c3"),
    note="Console case: answer must go through Support Center; list of asks plus a rating footer.")

# 048 mobile carrier bill
add("docomo", dt("2025-06-05 07:30:00"), addr("ahamo", "info@ahamo.com"), G, "【ahamo】ご利用料金確定のお知らせ",
    text("岡部 拓海 様\n\n5月分のご利用料金が確定しました。\nご請求額: 2,970円\n"
         "詳しくはアプリのマイページからご確認ください。\n", charset="iso-2022-jp", cte="7bit"),
    L("unrelated"), subj_charset="iso-2022-jp",
    auth=(auth_gmail("ahamo.com", "info@ahamo.com"), "info@ahamo.com", "mail.ahamo.com"), idstyle="ahamo.com",
    note="Carrier bill.")

# 049 ack E (Japanese form ack)
ackE = ("岡部 拓海 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
        "ケース %s を作成いたしました。お問い合わせ内容は以下のとおりです。\n\n"
        "お問い合わせタイプ: 認定\nその他の詳細: 試験履歴\n"
        "内容: アカウント統合後、2020年11月に合格したクラウドプラクティショナー(CLF-C01)が試験履歴に表示されません。"
        "候補ID: %s\n\n"
        "担当者より通常24時間以内にご連絡いたしますが、調査内容によってはさらにお時間を頂戴する場合がございます。\n"
        "同じ内容について別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。\n\n"
        "AWS トレーニングと認定 カスタマーサービス\n" % (CASE_E, CID_NEW))
add("ackE", dt("2025-06-05 03:10:51", 0), TC, G,
    "[CASE %s] [AWS Training and Certification Form Submission] - exam-history" % CASE_E,
    alt(text(ackE), html("<html><body>" + para_html(ackE) + "</body></html>"), key="ackE"),
    L("acknowledgement", False, CASE_E, [CID_NEW]),
    auth=(auth_gmail("amazon.com", "0101019f7a02@us-west-2.amazonses.com"), "0101019f7a02@us-west-2.amazonses.com"),
    note="Japanese ack of a second, unrelated-topic case (not a duplicate).")

# 050 closing notice C (console)
closeC = ("Hello,\n\nWe haven't heard back from you about case %s. We asked for the voucher code and the exam it "
          "came from, and we can't go further without them.\n\n"
          "If we don't receive a response within 3 days, this case will be resolved automatically. After that you "
          "can still reopen it from the Support Center for 14 days.\n\nAmazon Web Services\n" % CASE_C)
add("closeC", dt("2025-06-06 02:20:07", 0), AWSN, G, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    text(closeC + console_footer(CASE_C)), L("closing_notice", True, CASE_C), auth=aws_auth("fa0b1c2d"),
    note="Console auto-resolve warning; reply must go through the console.")
