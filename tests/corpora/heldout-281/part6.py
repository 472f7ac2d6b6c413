from common import *
from part1 import TC, TC_SUBJ, G, W, MGR
from part5 import AWSN, C_SUBJ, console_footer, aws_auth, ackE

E_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-history" % CASE_E

# 051 info_request E: Japanese keigo, ISO-2022-JP
infoE = ("岡部 拓海 様\n\nお世話になっております。AWS トレーニングと認定 サポートの山本でございます。\n\n"
         "このたびは試験履歴の件でご不便をおかけしており、申し訳ございません。\n"
         "統合後のアカウントを確認いたしましたところ、2020年11月のクラウドプラクティショナー試験の記録は"
         "いずれの統合対象アカウントにも含まれておりませんでした。別の受験者記録に登録されている可能性がございます。\n\n"
         "記録を特定するため、お手数ではございますが、以下の情報をお知らせいただけますでしょうか。\n\n"
         "1. Pearson VUE の登録番号(9桁)\n"
         "2. 受験日および受験会場(オンライン受験の場合はその旨)\n"
         "3. 受験時にご登録の氏名とメールアドレス\n\n"
         "スコアレポートをお持ちでしたら、あわせてご添付いただけますと幸いです。\n"
         "ご確認のほど、よろしくお願いいたします。\n\n"
         "山本\nAWS トレーニングと認定 カスタマーサービス\n")
add("infoE", dt("2025-06-06 05:47:29", 0), TC, G, E_SUBJ,
    text(infoE, charset="iso-2022-jp", cte="7bit"), L("info_request", True, CASE_E), reply="ackE",
    auth=(auth_gmail("amazon.com", "0101019f8113@us-west-2.amazonses.com"), "0101019f8113@us-west-2.amazonses.com"),
    note="Japanese keigo request (いただけますでしょうか) in ISO-2022-JP; mentions a 9-digit number type.")

# 052 Pearson VUE appointment (exam vendor)
add("pvue", dt("2025-06-07 01:15:44", 0), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), G,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    alt(text("Dear Takumi Okabe,\n\nThank you for scheduling. Please keep this confirmation.\n\n"
             "Exam: SAP-C02 AWS Certified Solutions Architect - Professional\n"
             "Registration ID: 524118903\nDate: Thursday, June 19, 2025 10:00 JST\n"
             "Location: OnVUE online proctored\n\nReview the ID requirements before exam day. To reschedule or "
             "cancel, sign in to your account at least 24 hours before the appointment.\n\nPearson VUE\n"),
        html("<html><body><p>Dear Takumi Okabe,</p><p>Thank you for scheduling. Please keep this confirmation.</p>"
             "<table><tr><td>Exam</td><td>SAP-C02 AWS Certified Solutions Architect - Professional</td></tr>"
             "<tr><td>Registration ID</td><td>524118903</td></tr><tr><td>Date</td><td>Thursday, June 19, 2025 "
             "10:00 JST</td></tr><tr><td>Location</td><td>OnVUE online proctored</td></tr></table>"
             "<p>Review the ID requirements before exam day.</p></body></html>"), key="pvue"),
    L("unrelated"),
    auth=(auth_gmail("pearson.com", "pearsonvuecustomerservice@pearson.com"), "bounce@pearson.com", "mx.pearson.com"),
    idstyle="pearson.com", note="Exam vendor confirmation with a 9-digit registration ID.")

# 053 suspicious Credly lookalike
cphish = ("Hi,\n\nOur records show 3 badges issued by Amazon Web Services Training and Certification are linked to "
          "an account that will be deactivated after an account merge. Log in within 72 hours to keep them:\n\n"
          "https://credly-badge-center.com/login?ref=aws\n\nCredly Support\n")
add("phish3", dt("2025-06-07 11:52:10", 0), addr("Credly", "admin@credly-badge-center.com"), G,
    "Your AWS badges will be revoked - confirm your account",
    html("<html><body>" + para_html(cphish) + "</body></html>"),
    L("suspicious"),
    auth=(auth_gmail("credly-badge-center.com", "admin@credly-badge-center.com", dkim="none", dmarc="none"),
          "admin@credly-badge-center.com", "mail.bulk-sendr.top"),
    idstyle="credly-badge-center.com", note="Credly lookalike domain, no DKIM, credential phishing.")

# 054 resolved C (console) - with survey footer and 'no further action'
doneC = ("Hello Takumi,\n\nThank you for the code and the exam date you added in the Support Center. The voucher "
         "came from your Developer - Associate exam in February 2024. I've re-issued it to your current "
         "certification account; it is visible under Benefits and is valid until December 31, 2025.\n\n"
         "No further action is required on your part, and I'll mark this case as resolved. If the voucher doesn't "
         "show up, you can reopen the case from the Support Center.\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the Support "
         "Center link at the end of this correspondence.\n\nBest regards,\nDevi S.\nAmazon Web Services\n")
add("doneC", dt("2025-06-09 04:05:33", 0), AWSN, G, "RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    alt(text(doneC + console_footer(CASE_C)),
        html("<html><body>" + para_html(doneC + console_footer(CASE_C)) + "</body></html>"), key="doneC"),
    L("resolved", False, CASE_C), auth=aws_auth("fb1c2d3e"),
    note="Resolution after a console answer not visible in the mailbox; rating footer; reopen invitation.")

# 055 survey C
add("survC", dt("2025-06-10 04:06:00", 0), AWSN, G,
    "Amazon Web Services: Tell us about your recent support case %s" % CASE_C,
    html("<html><body><p>Hello,</p><p>Your support case <b>%s</b> (%s) was resolved recently.</p>"
         "<p>How would you rate your overall experience with AWS Support?</p><p>"
         % (CASE_C, html_escape(C_SUBJ))
         + " | ".join("<a href=\"https://aws.amazon.com/survey/support?c=%s&amp;s=%d\">%d</a>" % (CASE_C, i, i)
                      for i in range(1, 6))
         + "</p><p>This survey takes about two minutes.</p><p style=\"font-size:10px\">This e-mail was sent from "
           "an address that cannot accept incoming e-mails.</p></body></html>"),
    L("survey", False, CASE_C), auth=aws_auth("fc2d3e4f"), note="Console support survey, HTML-only.")

# 056 closing notice E: Shift_JIS, plain ください
closeE = ("岡部 様\n\nAWS トレーニングと認定 カスタマーサービスです。\n\n"
          "6月6日にお送りしたご質問について、現時点でご返信を確認できておりません。\n"
          "6月16日(月)までにご連絡がない場合、本ケースはいったんクローズとなります。"
          "クローズ後でも、このメールに返信いただければケースは再開されます。\n\n"
          "Pearson VUE の登録番号と受験日を、このメールへの返信でお送りください。\n\n"
          "山本\n")
add("closeE", dt("2025-06-11 01:30:48", 0), TC, G, E_SUBJ,
    text(closeE + "\n" + "\n".join("> " + l for l in infoE.split("\n")[:12]), charset="shift_jis", cte="base64"),
    L("closing_notice", True, CASE_E), reply="infoE", refs=["ackE"],
    auth=(auth_gmail("amazon.com", "0101019f9a70@us-west-2.amazonses.com"), "0101019f9a70@us-west-2.amazonses.com"),
    nl="\r\n", note="Japanese closing warning in Shift_JIS/base64 with plain ください; quotes part of the earlier ask.")

# 057 owner's Japanese reply E with attachment (multipart/mixed)
rE = ("山本様\n\nご連絡が遅くなり申し訳ありません。岡部です。\n\n"
      "1. Pearson VUE 登録番号: 317540226\n"
      "2. 受験日: 2020年11月21日、テストセンター(新宿)\n"
      "3. 当時の氏名 OKABE TAKUMI、メールアドレスは %s です\n\n"
      "現在のアカウントの候補IDは %s、会社アカウントは %s でした。\n"
      "スコアレポートを添付します。よろしくお願いいたします。\n\n岡部 拓海\n" % (W, CID_NEW, CID_OLD))
quoteE = "2025年6月11日(水) 10:30 Amazon Web Services <%s>:\n" % TC_FORM + \
    "\n".join("> " + l for l in closeE.strip().split("\n")) + "\n"
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% score report CLF-C01 2020-11-21 PASS 812\n%%EOF\n"
add("rE", dt("2025-06-11 21:14:02"), addr(ME_NAME_JA, G), TC, E_SUBJ,
    multi("mixed", text(rE + "\n" + quoteE, cte="base64"), attachment("CLF-C01_score_report.pdf", pdf), key="rE"),
    L("user_reply", False, CASE_E, [CID_NEW, CID_OLD]), reply="closeE", refs=["ackE", "infoE"], idstyle="gmail",
    note="Owner's answer with attachment; two candidate IDs and a 9-digit registration number.")

# 058 case_update E: passed on, conditional invitation
updE = ("Hello Takumi,\n\nThank you - the registration number let me find the exam. It was recorded under a "
        "candidate profile created by the test center in 2020 that was never linked to any of your accounts.\n\n"
        "I've sent the request to our exam records team to attach it to %s. They normally finish within 5 to 7 "
        "business days and I'll let you know here when it's done. If you have anything to add in the meantime, "
        "feel free to reply to this message.\n\nLucas M.\nAWS Training and Certification\n" % CID_NEW)
add("updE", dt("2025-06-12 06:20:44", 0), TC, G, E_SUBJ,
    alt(text(updE + "\n" + gmail_quote("On Wed, Jun 11, 2025 at 12:14 PM 岡部 拓海 <%s> wrote:" % G, rE)),
        html("<html><body>" + para_html(updE) + "<blockquote>" + para_html(rE) + "</blockquote></body></html>"),
        key="updE"),
    L("case_update", False, CASE_E, [CID_NEW]), reply="rE", refs=["ackE", "infoE", "closeE"],
    auth=(auth_gmail("amazon.com", "0101019fa014@us-west-2.amazonses.com"), "0101019fa014@us-west-2.amazonses.com"),
    note="Handed to another team; 'if you have anything to add' is not a request; new agent in English.")
