# Messages 028-040: end of March / early April 2025.
from common import *

TCS = "[AWS Training and Certification Form Submission] - account-assistance"
ESUB = "[AWS Training and Certification Form Submission] - exam-scheduling"
VSUB = "[AWS トレーニングと認定 フォーム送信] - 特典"


def build():
    # 028 Owner confirms (top-posted, HTML + text)
    d = date("2025-03-28 10:05:40")
    t = ("Hello Priya,\n\nSorry for the late answer. Confirmed - both accounts are mine. Please keep\n"
         "Account #1 and merge Account #2 into it.\n\nBest regards,\nSora Kitagawa\n\n"
         "On Fri, Mar 28, 2025 at 9:30 AM AWS Training and Certification <%s> wrote:\n" % TC)
    t += quote("Hello,\n\nWe are following up on case %s. We have not received a response to our previous\n"
               "message and are unable to continue without it.\n" % CASE_M)
    h = ("<div dir=\"ltr\">Hello Priya,<br><br>Sorry for the late answer. Confirmed - both accounts are mine. "
         "Please keep Account #1 and merge Account #2 into it.<br><br>Best regards,<br>Sora Kitagawa</div>"
         "<br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Fri, Mar 28, 2025 at 9:30 AM AWS Training "
         "and Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 "
         ".8ex;border-left:1px #ccc solid;padding-left:1ex\">Hello,<br><br>We are following up on case %s. We "
         "have not received a response to our previous message...</blockquote></div>" % (TC, CASE_M))
    add(L("user_reply", case=CASE_M), addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_M, TCS), d,
        alt(leaf(t), leaf(h, "text/html")), key="M_u3", msgid_dom="gmailish", irt="M_close",
        refs=["M_ack", "M_conf", "M_close"], note="owner's confirmation")

    # 029 Resolved: merged (quotes the old request below)
    d = date("2025-03-28 06:12:08", "+0000")
    t = ("Dear Sora Kitagawa,\n\nThank you for confirming. I have merged Account #2 into Account #1. Your exam\n"
         "history, certifications and benefits are now all under candidate ID %s, and the old\n"
         "account can no longer be used to sign in.\n\n"
         "Digital badges may take up to 48 hours to appear in Credly. Should anything be missing after\n"
         "that, you are welcome to reply to this email.\n\n"
         "Sincerely,\nPriya R.\nAccount Services, AWS Training and Certification\n\n"
         "-----Original Message-----\nFrom: AWS Training and Certification\nSent: 2025-03-24 04:56 UTC\n\n"
         "I located the following two certification accounts:\n\n"
         "Account #1\n  Login email: %s\nAccount #2\n  Login email: %s\n\n"
         "Before I proceed, I need your confirmation that both accounts belong to you and that\n"
         "Account #1 is the one to keep.\n" % (NEW_ID, ME_P, ME_C)) + tc_footer(CASE_M)
    add(L("resolved", case=CASE_M, cands=[NEW_ID]), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t), key="M_done", irt="M_u3",
        refs=["M_ack", "M_conf", "M_close", "M_u3"], pre=AMZ(d),
        note="completion over a quoted confirmation request; conditional invitation")

    # 030 Credly badge
    d = date("2025-03-28 06:40:51", "+0000")
    uuid = "6f1c2e0a-93b7-4d8e-b0f4-2a71c5e9d813"
    t = ("Sora, you've earned a badge!\n\nAmazon Web Services Training and Certification has issued you the\n"
         "AWS Certified Solutions Architect - Associate badge.\n\n"
         "Accept your badge: https://www.credly.com/badges/%s/accept\n\n"
         "Credly, Inc. | 2 Park Ave, New York, NY\n" % uuid)
    h = ("<html><body><h2>Sora, you've earned a badge!</h2><p><b>Amazon Web Services Training and "
         "Certification</b> has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>"
         "<p><a href=\"https://www.credly.com/badges/%s/accept\">Accept your badge</a></p></body></html>" % uuid)
    add(L("badge"), addr("Credly", "admin@credly.com"), ME_P,
        "Amazon Web Services Training and Certification sent you a badge", d,
        alt(leaf(t), leaf(h, "text/html")), msgid_dom="credly.com", pre=MX(d, "credly.com", "167.89.10.4"),
        note="badge right after the merge")

    # 031 Survey for case M
    d = date("2025-03-29 07:00:03", "+0000")
    t = ("Hello,\n\nYour recent case %s with AWS Training and Certification has been resolved.\n"
         "Tell us how we did - it takes less than a minute:\n\n"
         "How satisfied were you with the support you received?\n"
         "  Very satisfied:    https://feedback.aws.training/s?c=%s&r=5\n"
         "  Satisfied:         https://feedback.aws.training/s?c=%s&r=4\n"
         "  Not satisfied:     https://feedback.aws.training/s?c=%s&r=1\n\n"
         "Thank you,\nAWS Training and Certification\n" % (CASE_M, CASE_M, CASE_M, CASE_M))
    add(L("survey", case=CASE_M), addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
        "How did we do? Your case %s" % CASE_M, d, leaf(t, cte="7bit"), pre=AMZ(d),
        note="satisfaction survey about the case")

    # 032 Owner forwards the result to the old manager
    d = date("2025-03-31 17:31:26")
    t = ("三浦さん\n\nお疲れさまです。北川です。\n認定アカウントの統合が完了しましたので共有します。\n"
         "パートナー側での紐付け解除、ありがとうございました。\n今日で最後になります。お世話になりました。\n\n北川\n\n"
         "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n"
         "Date: 2025年3月28日(金) 15:12\nSubject: RE:[CASE %s] %s\nTo: <%s>\n\n"
         "Dear Sora Kitagawa,\n\nThank you for confirming. I have merged Account #2 into Account #1. Your exam\n"
         "history, certifications and benefits are now all under candidate ID %s...\n"
         % (TC, CASE_M, TCS, ME_P, NEW_ID))
    add(L("user_reply", case=CASE_M), addr("北川 空", ME_C), addr("三浦 健吾", "k.miura@mitsuboshi-dx.co.jp"),
        "Fwd: RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t, cte="base64"), msgid_dom="mitsuboshi-dx.co.jp",
        note="owner forwards the completion; candidate id only in forwarded part")

    # 033 Credly expiry reminder
    d = date("2025-04-01 13:00:00", "+0000")
    h = ("<html><body><p>Hi Sora,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> badge issued "
         "by Amazon Web Services Training and Certification expires on <b>June 3, 2025</b>.</p>"
         "<p>Check with the issuer for how to renew it.</p><p>The Credly Team</p></body></html>")
    add(L("badge"), addr("Credly", "admin@credly.com"), ME_P, "Your badge is expiring soon", d,
        leaf(h, "text/html", cte="base64"), msgid_dom="credly.com", pre=MX(d, "credly.com", "167.89.10.4"),
        note="badge expiry reminder, HTML only")

    # 034 Bounce: old company mailbox closed
    d = date("2025-04-02 08:11:45")
    rep = ("This is the mail system at host smtp.hikarimail.jp.\n\nI'm sorry to have to inform you that your "
           "message could not\nbe delivered to one or more recipients.\n\n<%s>: host mgw01.mitsuboshi-dx.co.jp"
           " said: 550 5.1.1\n    <%s>: Recipient address rejected: User unknown\n" % (ME_C, ME_C))
    ds = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.hikarimail.jp\n\n"
          "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n" % ME_C)
    orig = ("Content-Type: text/rfc822-headers\n\nFrom: Sora Kitagawa <%s>\nTo: %s\nSubject: test\n"
            "Date: Wed, 2 Apr 2025 08:11:40 +0900\n" % (ME_P, ME_C))
    body = alt(leaf(rep, cs="us-ascii", cte="7bit"), ds, orig, sub="report; report-type=delivery-status")
    add(L("unrelated"), "MAILER-DAEMON@hikarimail.jp (Mail Delivery System)", ME_P,
        "Undelivered Mail Returned to Sender", d, body, msgid_dom="smtp.hikarimail.jp",
        extra=["Auto-Submitted: auto-replied"], note="bounce: company mailbox now closed")

    # 035 Case E resolved, 'no further action'
    d = date("2025-04-02 16:20:17", "-0700")
    t = ("Hi Sora,\n\nGood news! The refunds team approved your request and the DVA-C02 exam fee has been\n"
         "returned as an exam voucher. You'll find the code under Benefits in your certification account.\n\n"
         "No further action is required on your part, and I've marked this case as resolved.\n\n"
         "Best of luck with the exam!\nJenna\n") + tc_footer(CASE_E)
    add(L("resolved", case=CASE_E), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_E, ESUB), d, leaf(t), key="E_done", irt="E_upd",
        refs=["E_ack", "E_hold", "E_upd"], pre=AMZ(d), note="voucher issued; 'no further action'")

    # 036 Case E survey, HTML only
    d = date("2025-04-04 01:00:00", "+0000")
    h = ("<html><body><p>We value your feedback.</p><p>Please share your experience with case %s by rating "
         "the support you received:</p><p><a href=\"https://feedback.aws.training/s?c=%s&amp;r=5\">Excellent</a>"
         " | <a href=\"https://feedback.aws.training/s?c=%s&amp;r=3\">Average</a> | "
         "<a href=\"https://feedback.aws.training/s?c=%s&amp;r=1\">Poor</a></p>"
         "<p>AWS Training and Certification</p></body></html>" % (CASE_E, CASE_E, CASE_E, CASE_E))
    add(L("survey", case=CASE_E), addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
        "Tell us about your support experience", d, leaf(h, "text/html"), pre=AMZ(d),
        note="HTML-only survey, case number only in the body")

    # 037 AWS Educate form case asking a question (not T&C)
    d = date("2025-04-04 03:27:40", "+0000")
    t = ("Hello,\n\nThank you for contacting AWS Educate. To close the AWS Educate account you mentioned,\n"
         "could you tell us the school email address you registered with? We cannot find an account\n"
         "under %s.\n\nRegards,\nAWS Educate Support\n\n[CASE %s]\n" % (ME_P, CASE_EDU))
    add(L("unrelated", case=CASE_EDU), addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
        "RE:[CASE %s] [AWS Educate Form Submission] - account-closure" % CASE_EDU, d, leaf(t), pre=AMZ(d),
        note="another AWS program's form case asking a question")

    # 038 Spoofed T&C sender, DKIM/DMARC fail
    d = date("2025-04-05 11:02:19", "+0000")
    t = ("Hello,\n\nAfter your recent account merge we detected sign-ins from an unrecognised location.\n"
         "To prevent the revocation of your certifications, confirm your identity within 12 hours:\n\n"
         "https://aws-training-verify.support/login?case=174380116622871\n\n"
         "Regards,\nAWS Training and Certification\n\n[CASE 174380116622871]\n")
    add(L("suspicious"), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE 174380116622871] Certification account security review", d, leaf(t),
        pre=MX(d, "amazon.com", "45.140.17.203", ok=False, spf=False, host="vps-17-203.hostkey.example.net"),
        msgid_dom="hostkey.example.net", note="real T&C From address but dkim/spf/dmarc fail")

    # 039 Case V acknowledgement, Japanese, Shift_JIS
    d = date("2025-04-07 02:15:33", "+0000")
    t = ("北川 空 様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
         "以下の内容でケースを作成いたしました。\n\nケース ID: %s\n"
         "お問い合わせタイプ: 認定\nその他の詳細: 特典（Benefits）\n"
         "内容: アカウント統合後、50%%割引バウチャーが表示されません。\n\n"
         "担当者より順次ご連絡いたします。今しばらくお待ちください。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n\n[CASE %s]\n" % (CASE_V, CASE_V))
    add(L("acknowledgement", case=CASE_V), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_V, VSUB), d, leaf(t, cs="shift_jis", cte="base64"), key="V_ack",
        cs_subj="shift_jis", pre=AMZ(d), note="Japanese ack in Shift_JIS")

    # 040 Case V info request, keigo, ISO-2022-JP
    d = date("2025-04-08 05:48:02", "+0000")
    t = ("北川 空 様\n\nいつもお世話になっております。AWS トレーニングと認定サポートの花村でございます。\n\n"
         "統合後のアカウント（%s）を確認いたしましたところ、特典ページには現在、\n"
         "割引バウチャーが登録されていない状態でございました。\n\n"
         "つきましては、調査のため、統合前に会社のアカウントでご確認いただいていた\n"
         "バウチャーの内容（有効期限、コードの末尾4桁など）と、当時の特典ページの\n"
         "スクリーンショットをお持ちでしたら、本メールへのご返信にてお送りいただけますでしょうか。\n\n"
         "お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n"
         "花村 由梨子\nAWS トレーニングと認定 カスタマーサポート\n\n[CASE %s]\n" % (NEW_ID, CASE_V))
    add(L("info_request", True, CASE_V, [NEW_ID]), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_V, VSUB), d, leaf(t, cs="iso-2022-jp", cte="7bit"), key="V_req",
        irt="V_ack", refs=["V_ack"], cs_subj="iso-2022-jp", pre=AMZ(d), crlf=True,
        note="keigo request (〜いただけますでしょうか), ISO-2022-JP, CRLF")
