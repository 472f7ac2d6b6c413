# Messages 041-052: April 2025 (console case K, case V continues).
from common import *

VSUB = "[AWS トレーニングと認定 フォーム送信] - 特典"
KSUB = "Certification account sign-in after merge"


def build():
    # 041 Skill Builder receipt
    d = date("2025-04-09 04:31:10", "+0000")
    h = ("<html><body><h3>Thanks for your order</h3><table cellpadding=\"4\">"
         "<tr><td>Order</td><td>SB-9F27-44120</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual "
         "subscription (monthly)</td></tr><tr><td>Total</td><td>JPY 4,380</td></tr></table>"
         "<p>Your subscription renews on May 9, 2025. Manage it in your AWS Skill Builder account.</p>"
         "<p>AWS Training and Certification</p></body></html>")
    add(L("unrelated"), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
        "Your AWS Skill Builder receipt", d, leaf(h, "text/html", cte="base64"), msgid_dom="aws.training",
        pre=MX(d, "aws.training", "54.240.3.77"), note="Skill Builder receipt from the training platform")

    # 042 Console case acknowledgement
    d = date("2025-04-10 06:02:47", "+0000")
    t = ("Dear Customer,\n\nWe have opened case %s to address your request. The details of the case are\n"
         "shown below.\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\n"
         "Correspondence: Since the merge of my certification accounts, signing in through AWS Partner\n"
         "Central still opens an empty account instead of my merged one.\n" % (CASE_K, CASE_K, KSUB))
    t += console_footer(CASE_K)
    add(L("acknowledgement", case=CASE_K), addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services: New Support case: %s" % CASE_K, d, leaf(t, cte="7bit"), key="K_ack",
        pre=AMZ(d), note="Support Center case; footer says address cannot take mail")

    # 043 Console info request (numbered list, no 'please' in the ask)
    d = date("2025-04-11 01:19:30", "+0000")
    t = ("Hello,\n\nThank you for reaching out. I'm Marco and I'll be looking into the sign-in problem.\n\n"
         "To trace which identity Partner Central hands over, we need three things from you:\n"
         "  1. The sign-in option you chose on the certification sign-in page.\n"
         "  2. A screenshot of the account page you land on (top right shows the candidate ID).\n"
         "  3. The approximate date and time of the last attempt, with time zone.\n\n"
         "Replies to this email are not received; the Support Center link below is the way to answer.\n\n"
         "Best regards,\n\nMarco D.\nAmazon Web Services\n")
    t += console_footer(CASE_K)
    add(L("info_request", True, CASE_K), addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CASE_K, KSUB), d, leaf(t), key="K_req", pre=AMZ(d),
        note="console request; must be answered in Support Center, not by mail")

    # 044 Owner answers the console mail by e-mail anyway
    d = date("2025-04-11 12:40:05")
    t = ("Hi Marco,\n\n1. I used \"Sign in with AWS Partner Network\".\n"
         "2. The page shows candidate ID %s, with no exam history.\n"
         "3. April 10, around 14:30 JST.\n\nThanks,\nSora\n\n"
         "2025年4月11日(金) 10:19 Amazon Web Services <%s>:\n" % (DUP_ID, CONSOLE))
    t += quote("Hello,\n\nThank you for reaching out. I'm Marco and I'll be looking into the sign-in problem.\n")
    add(L("user_reply", case=CASE_K, cands=[DUP_ID]), addr(ME_NAME, ME_P), CONSOLE,
        "Re: RE:[CASE %s] %s" % (CASE_K, KSUB), d, leaf(t, fmt="flowed"), key="K_u1", msgid_dom="gmailish",
        irt="K_req", refs=["K_ack", "K_req"], note="owner answers the no-reply address by e-mail")

    # 045 Auto-response: the e-mail did not reach the case
    d = date("2025-04-11 03:40:22", "+0000")
    t = ("Hello,\n\nThe message you sent to %s was not added to case %s. This address does not\n"
         "accept incoming e-mail, so nobody at AWS Support has seen it.\n\n"
         "Your case is still waiting for your response. To send it, open the case in the Support\n"
         "Center and choose Reply:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
         "Amazon Web Services\n" % (CONSOLE, CASE_K, CASE_K))
    add(L("info_request", True, CASE_K), addr("Amazon Web Services", CONSOLE), ME_P,
        "Undeliverable: RE:[CASE %s] %s" % (CASE_K, KSUB), d, leaf(t, cte="7bit"), irt="K_u1",
        refs=["K_req", "K_u1"], pre=AMZ(d), extra=["Auto-Submitted: auto-replied"],
        note="auto-reply: mail not received, answer in the console (still waiting)")

    # 046 New employer HR mail (unrelated)
    d = date("2025-04-14 09:15:00")
    t = ("北川 空 さん\n\nアオバ・クラウドワークス人事部の佐野です。ご入社おめでとうございます。\n"
         "入社手続きの書類（年金手帳の写し、通勤経路届）を今週金曜までにご提出ください。\n"
         "社用メールアドレス（sora.kitagawa@aoba-cloudworks.jp）は明日発行予定です。\n\n"
         "佐野 奈緒\nアオバ・クラウドワークス株式会社 人事部\n")
    add(L("unrelated"), addr("佐野 奈緒", "n.sano@aoba-cloudworks.jp"), ME_P, "入社手続きのご案内", d,
        leaf(t), msgid_dom="aoba-cloudworks.jp", pre=MX(d, "aoba-cloudworks.jp", "203.0.113.120"),
        note="new employer asks for documents; not support")

    # 047 Case V closed for no answer, Japanese plain style, QP
    d = date("2025-04-15 01:02:55", "+0000")
    t = ("北川 様\n\nAWS トレーニングと認定サポートの大西です。\n\n"
         "4月8日にお送りしたご案内について、ご返信が確認できなかったため、本ケースはクローズしました。\n"
         "引き続き調査が必要な場合は、このメールにそのまま返信してください。ケースが再開されます。\n\n"
         "大西\nAWS トレーニングと認定\n\n[CASE %s]\n" % CASE_V)
    add(L("closing_notice", True, CASE_V), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_V, VSUB), d, leaf(t), key="V_close", irt="V_req",
        refs=["V_ack", "V_req"], pre=AMZ(d), note="already closed; a reply reopens it")

    # 048 Owner answers in Japanese with a screenshot attachment
    d = date("2025-04-15 21:47:13")
    t = ("大西様、花村様\n\nご連絡が遅くなり申し訳ありません。\n"
         "統合前の会社アカウント（%s）で確認していたバウチャーの情報です。\n\n"
         "・内容: 次回試験 50%%割引\n・有効期限: 2025年9月30日\n・コード末尾: 7Q2K\n\n"
         "当時の特典ページのスクリーンショットを添付します。ご確認をお願いいたします。\n\n北川 空\n\n"
         "2025年4月15日(火) 10:02 AWS Training and Certification <%s>:\n" % (OLD_ID, TC))
    t += quote("北川 様\n\nAWS トレーニングと認定サポートの大西です。\n\n"
               "4月8日にお送りしたご案内について、ご返信が確認できなかったため、本ケースはクローズしました。\n")
    png = ("Content-Type: image/png; name=\"benefits-2025-03.png\"\nContent-Disposition: attachment; "
           "filename=\"benefits-2025-03.png\"\nContent-Transfer-Encoding: base64\n\n"
           "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n")
    add(L("user_reply", case=CASE_V, cands=[OLD_ID]), addr("北川 空", ME_P), TC,
        "Re: RE:[CASE %s] %s" % (CASE_V, VSUB), d, alt(leaf(t, cte="base64"), png, sub="mixed"),
        key="V_u1", msgid_dom="gmailish", irt="V_close", refs=["V_ack", "V_req", "V_close"],
        note="owner's Japanese answer with attachment; 「…より:」-style attribution")

    # 049 Case V reopened, terse English
    d = date("2025-04-16 00:20:41", "+0000")
    t = ("Hello,\n\nCase reopened. Your voucher details and screenshot went to the certification benefits\n"
         "team for review. We will update you here.\n\nKen O.\n\n[CASE %s]\n" % CASE_V)
    add(L("case_update", case=CASE_V), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_V, VSUB), d, leaf(t, cte="7bit"), key="V_reopen", irt="V_u1",
        refs=["V_ack", "V_req", "V_close", "V_u1"], pre=AMZ(d), note="reopened and passed on")

    # 050 Console auto-resolve warning
    d = date("2025-04-16 01:20:00", "+0000")
    t = ("Hello,\n\nWe haven't heard back from you about case %s. If we don't receive your reply within\n"
         "the next 3 days, the case will be resolved automatically. A case that has been resolved for\n"
         "more than 14 days cannot be reopened.\n\nAmazon Web Services\n" % CASE_K)
    t += console_footer(CASE_K)
    add(L("closing_notice", True, CASE_K), addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CASE_K, KSUB), d, leaf(t, cte="7bit"), key="K_close", pre=AMZ(d),
        note="console auto-resolve warning; the e-mailed answer never arrived")

    # 051 Console case resolved, with feedback footer
    d = date("2025-04-17 08:55:31", "+0000")
    t = ("Hello Sora,\n\nThanks for the details you added in the Support Center. Partner Central was still\n"
         "passing your old partner identity, which created the empty account %s. I've removed\n"
         "that mapping, so signing in now opens your merged account. If a second account with your\n"
         "address remains, the certification team can merge it through the contact form.\n\n"
         "I'm marking this case as resolved.\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using\n"
         "the AWS Support Center link at the end of this correspondence.\n\nBest regards,\n\nMarco D.\n"
         "Amazon Web Services\n" % DUP_ID)
    t += console_footer(CASE_K)
    add(L("resolved", case=CASE_K, cands=[DUP_ID]), addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CASE_K, KSUB), d, leaf(t), pre=AMZ(d),
        note="resolved with feedback footer and a conditional pointer to another process")

    # 052 Fake Pearson VUE
    d = date("2025-04-18 10:12:44", "+0000")
    h = ("<html><body><p>Dear Candidate,</p><p>Your OnVUE appointment for <b>SAA-C03</b> on 19 April "
         "requires a mandatory system re-verification and a security deposit of USD 25, refunded after "
         "the exam.</p><p><a href=\"http://pearsonvue-onvue-check.com/verify\">Complete verification</a></p>"
         "<p>Candidates who do not verify will forfeit their exam fee.</p><p>Pearson VUE Support</p></body></html>")
    add(L("suspicious"), addr("Pearson VUE", "support@pearsonvue-onvue-check.com"), ME_P,
        "Urgent: OnVUE system verification required before your exam", d, leaf(h, "text/html"),
        msgid_dom="pearsonvue-onvue-check.com", pre=MX(d, "pearsonvue-onvue-check.com", "91.92.109.44"),
        note="exam-vendor lookalike asking for a payment")
