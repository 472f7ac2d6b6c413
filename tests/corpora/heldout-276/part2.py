from mk import *
from part1 import SUBJ_A

MARCUS_TXT = ("Hi Rie,\n\n"
              "Got your merge request. The account you want to keep is registered to rie.tsukada.82@gmail.com, "
              "but this case came in from r-tsukada@kawase-dx.co.jp, so I can't act on it yet.\n\n"
              "Reply to this thread from rie.tsukada.82@gmail.com and leave the case number in the subject line. "
              "Once that reply lands I'll pick it straight back up.\n\nMarcus\nAWS Training and Certification")

ELEANOR_HOLD = (
    "Dear Ms Tsukada,\n\n"
    "Thank you for writing to us from your personal address; we have now verified the request.\n\n"
    "On reviewing the two records, we found that the certification account registered to "
    "r-tsukada@kawase-dx.co.jp (candidate ID AWS03817264) is associated with an AWS Partner Network "
    "organisation, Kawase DX Co., Ltd. Under the programme terms, certifications held on a partner-associated "
    "account count towards that organisation's partner tier, and we are unable to move them to another "
    "account while the association is in place. The merge has therefore been placed on hold pending "
    "the partner's release of the association.\n\n"
    "We will approach the partner's administrator ourselves. So that we can explain the situation to them "
    "correctly, we would be grateful if you would let us know whether your employment with Kawase DX is "
    "coming to an end and, if so, the date of your final working day.\n\n"
    "Yours sincerely,\n\nEleanor Whitfield\nAWS Training and Certification Customer Service")


def build():
    # 011 owner replies from the personal address (Gmail style)
    t = ("Hello Marcus,\n\nI'm writing from my personal address now, as you asked.\n\n"
         "Please merge the company account (AWS03817264) into my personal account (AWS11492035) "
         "and keep rie.tsukada.82@gmail.com as the address on file.\n\n"
         "Thank you,\nRie Tsukada\n\n"
         + gmail_quote("Wed, Mar 5, 2025 at 11:52 AM", "AWS Training and Certification <%s>" % TC, MARCUS_TXT))
    h = ("<div dir=\"ltr\">Hello Marcus,<div><br></div><div>I'm writing from my personal address now, as you "
         "asked.</div><div><br></div><div>Please merge the company account (AWS03817264) into my personal account "
         "(AWS11492035) and keep <a href=\"mailto:rie.tsukada.82@gmail.com\">rie.tsukada.82@gmail.com</a> as the "
         "address on file.</div><div><br></div><div>Thank you,</div><div>Rie Tsukada</div></div><br>"
         "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Wed, Mar 5, 2025 at 11:52 AM AWS "
         "Training and Certification &lt;<a href=\"mailto:%s\">%s</a>&gt; wrote:<br></div><blockquote "
         "class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
         "padding-left:1ex\">%s</blockquote></div>" % (TC, TC, MARCUS_TXT.replace("\n", "<br>\n")))
    msg("2025-03-05 21:47:02 +0900", addr("Rie Tsukada", ME_P), TC, "Re: RE:" + SUBJ_A,
        alt(t, h, "000000000000a1b2c3062f9d7e11"),
        ("user_reply", False, CASE_A, ["AWS03817264", "AWS11492035"]),
        name="A_u1", msgid=gmail_id("A-u1"), irt=IDS["A_marcus"], refs=[IDS["A_ack"], IDS["A_marcus"]])

    # 012 Pearson VUE appointment (exam vendor, 9-digit registration number)
    t = ("Dear Rie Tsukada,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
         "Exam: SCS-C02: AWS Certified Security - Specialty\n"
         "Date: Saturday, March 22, 2025\nTime: 10:00 AM JST\n"
         "Delivery: OnVUE online proctored\n"
         "Registration ID: 482019374\n\n"
         "Check in up to 30 minutes before your appointment. To reschedule or cancel, visit "
         "https://home.pearsonvue.com/aws at least 24 hours before the appointment.\n\n"
         "Pearson VUE Customer Service\n")
    msg("2025-03-06 07:15:40 +0900", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
        "Your AWS Certification exam appointment is confirmed", text(t, cte="qp"),
        ("unrelated", False, None, []), msgid=mid("pv-appt", "pearson.com"),
        auth=auth_gmail("pearson.com", "bounce@pearson.com", ip="148.105.8.10", p="REJECT"))

    # 013 partner hold with a question buried in it (on_hold, needs reply)
    h = ("<div style=\"font-family:Georgia,serif;font-size:14px\">"
         + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ELEANOR_HOLD.split("\n\n")) + "</div>")
    msg("2025-03-06 16:08:12 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        alt(ELEANOR_HOLD, h, "----=_Part_88213_2093311482.1741244892011", cte="qp"),
        ("on_hold", True, CASE_A, ["AWS03817264"]),
        name="A_hold1", msgid=ses_id("A-hold1"), irt=IDS["A_u1"],
        refs=[IDS["A_ack"], IDS["A_marcus"], IDS["A_u1"]],
        auth=auth_gmail("amazon.com", "0106019569a1@ap-northeast-1.amazonses.com"))

    # 014 AWS billing from no-reply-aws@amazon.com (same sender as console cases)
    t = ("Greetings from Amazon Web Services,\n\n"
         "This e-mail confirms that your latest billing statement is available on the AWS web site. "
         "Your account will be charged the following:\n\n"
         "Total: $3.42\n\nAccount ID: 583016427719\nBilling period: February 1 - February 28, 2025\n\n"
         "You can see a complete break down of all charges on the Bills page:\n"
         "https://console.aws.amazon.com/billing/home#/bills\n\n"
         "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, "
         "Seattle, WA 98109-5210")
    msg("2025-03-06 20:30:55 +0900", addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
        "Amazon Web Services Billing Statement Available [AWS ID 583016427719]", text(t, cte="7bit"),
        ("unrelated", False, None, []), msgid=ses_id("billing-feb"),
        auth=auth_gmail("amazon.com", "0100019572bb@email.amazonses.com", ip="54.240.48.91"))

    # 015 owner answers the buried question (Apple Mail style quote)
    t = ("Dear Eleanor,\n\nYes, I am leaving Kawase DX. My last working day is March 31, 2025, and the "
         "kawase-dx.co.jp mailbox will be shut down that evening, so please use this address from now on.\n\n"
         "My manager knows about the request, and our partner admin (Mr Nakamura) can release the account "
         "if you contact him.\n\nBest regards,\nRie Tsukada\n\n"
         "> On Mar 6, 2025, at 16:08, AWS Training and Certification <%s> wrote:\n>\n%s" % (TC, gt(ELEANOR_HOLD)))
    msg("2025-03-06 22:58:37 +0900", addr("Rie Tsukada", ME_P), TC, "Re: RE: " + SUBJ_A,
        text(t, cte="qp"), ("user_reply", False, CASE_A, []),
        name="A_u2", msgid="<6F1D2A7B-93C4-4E0B-A1D8-3C7E5B20F914@gmail.com>", irt=IDS["A_hold1"],
        refs=[IDS["A_ack"], IDS["A_marcus"], IDS["A_u1"], IDS["A_hold1"]],
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])

    # 016 Japanese newsletter, HTML-only, base64
    h = ("<html><head><meta charset=\"utf-8\"></head><body>"
         "<h2>週刊クラウドダイジェスト 第214号</h2><ul>"
         "<li>Git のブランチ戦略:マージとリベースはどちらを選ぶべきか</li>"
         "<li>複数の AWS アカウントを AWS Organizations に統合する手順</li>"
         "<li>資格取得者インタビュー:認定の更新を忘れないコツ</li></ul>"
         "<p>配信停止は<a href=\"https://cloud-digest.example.jp/unsub\">こちら</a></p></body></html>")
    msg("2025-03-07 09:10:00 +0900", addr("週刊クラウドダイジェスト", "news@cloud-digest.jp"), ME_P,
        "【第214号】マージかリベースか/アカウント統合の手順ほか", text(h, "html", cte="b64"),
        ("unrelated", False, None, []), msgid=mid("digest214", "cloud-digest.jp"),
        auth=auth_gmail("cloud-digest.jp", "bounce@cloud-digest.jp", ip="203.0.113.40", p="NONE"),
        extra=[("List-Unsubscribe", "<https://cloud-digest.example.jp/unsub>")])

    # 017 pure partner hold (no reply needed)
    t = ("Dear Ms Tsukada,\n\n"
         "Thank you for confirming your leaving date.\n\n"
         "We have written to the Alliance Lead registered for Kawase DX Co., Ltd. in AWS Partner Central and "
         "asked them to release the association on your certification account. Your case will remain on hold "
         "until they do so; partners usually respond within five business days.\n\n"
         "There is nothing further you need to do for the time being. We will write to you as soon as we hear "
         "from the partner.\n\n"
         "Yours sincerely,\n\nEleanor Whitfield\nAWS Training and Certification Customer Service\n")
    msg("2025-03-07 14:25:48 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        text(t, cte="qp"), ("on_hold", False, CASE_A, []),
        name="A_hold2", msgid=ses_id("A-hold2"), irt=IDS["A_u2"],
        refs=[IDS["A_ack"], IDS["A_marcus"], IDS["A_u1"], IDS["A_hold1"], IDS["A_u2"]],
        auth=auth_gmail("amazon.com", "010601956e44@ap-northeast-1.amazonses.com"))

    # 018 the partner admin at the old company (colleague, not support)
    t = ("塚田さん\n\n中村です。\n"
         "AWS のサポートから、塚田さんの認定アカウントとパートナー組織の紐付けについて確認の連絡が来ていました。\n"
         "Partner Central 側で紐付けを解除して、AWS にも返信済みです。\n"
         "ほかに必要なことがあれば言ってください。\n\n"
         "中村 拓海\nアライアンス推進室")
    msg("2025-03-10 10:02:26 +0900", addr("中村 拓海", "t-nakamura@kawase-dx.co.jp"), ME_C,
        "Re: 認定アカウントのパートナー紐付けについて", text(t, cte="qp"),
        ("unrelated", False, None, []), msgid=outlook_id("nakamura"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 019 CertMetrics program feedback (not about a case)
    t = ("AWS Certification wants to hear from you\n\n"
         "Hello Rie,\n\nAs an AWS Certified individual, your opinion shapes future exams. Take our 10-minute "
         "AWS Certification Program Survey and tell us how we can improve exam content and benefits:\n"
         "https://survey.certmetrics.com/aws/2025-q1\n\n"
         "This survey is voluntary and closes on March 31.\n\nAWS Certification\n")
    h = ("<html><body><table width='600'><tr><td style='background:#232f3e;color:#fff;padding:12px'>"
         "<b>AWS Certification wants to hear from you</b></td></tr><tr><td><p>Hello Rie,</p><p>As an AWS "
         "Certified individual, your opinion shapes future exams. Take our 10-minute <a href='https://survey."
         "certmetrics.com/aws/2025-q1'>AWS Certification Program Survey</a> and tell us how we can improve exam "
         "content and benefits.</p><p>This survey is voluntary and closes on March 31.</p></td></tr></table>"
         "</body></html>")
    msg("2025-03-10 17:44:09 +0900", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "AWS Certification wants to hear from you", alt(t, h, "=_b2a8c7e41f0"),
        ("certification", False, None, []), msgid=mid("cm-survey", "certmetrics.com"),
        auth=auth_o365("certmetrics.com", "bounce@certmetrics.com", "167.89.10.21"))

    # 020 hold lifted; no case number anywhere, threaded only by In-Reply-To (agent writes English as a 2nd language)
    t = ("Dear Rie,\n\n"
         "Greeting from AWS Training and Certification.\n\n"
         "Kindly be informed that the partner side has released the association of your old account, so the "
         "hold on your request is now lifted. I have transferred your request to our account team and they "
         "will contact to you for next step within 1-2 business days.\n\n"
         "No action is required from your side at this moment.\n\n"
         "Best Regards,\nHyun-woo Park\nAWS Training and Certification\n")
    msg("2025-03-11 11:36:20 +0900", addr(TC_NAME, TC), ME_P, "Update on your request",
        text(t, cte="7bit"), ("case_update", False, CASE_A, []),
        name="A_lift", msgid=ses_id("A-lift"), irt=IDS["A_hold2"],
        refs=[IDS["A_ack"], IDS["A_u2"], IDS["A_hold2"]],
        auth=auth_gmail("amazon.com", "01060195775c@ap-northeast-1.amazonses.com"))
