"""Messages 016-030: the partner hold and the confirmation request."""
from lib import (T, add, L, leaf, multi, addr, jst, utc, p2html, esc, crude, cellwise,
                 quote, ME_P, ME_C, ME_NAME, ME_JA)
from tpl import tc_html, helpdesk_html, badge, TC_FROM, TC_NAME
from common import (A, OLD_ID, NEW_ID, SUBJ_A, inbound, tc_in, outbound, me_to)

RE_A = "RE:[CASE %s] %s" % (A, SUBJ_A)


def run():
    # 016 AWS marketing (Japanese)
    dt = utc(2025, 3, 16, 1, 0, 0)
    html = ("<html><body><div style=\"display:none\">基調講演とセッションのご登録はお早めに</div>"
            "<table width=\"600\" align=\"center\" style=\"font-family:sans-serif\"><tr><td>"
            "<h1 style=\"color:#232f3e\">AWS Summit Japan 2025</h1>"
            "<p>暮林 智也 様</p><p>本年の AWS Summit Japan の事前登録を開始いたしました。会場参加は定員に"
            "達し次第締め切りとなりますので、お早めにご登録ください。</p>"
            "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\" style=\"background:#ff9900;color:#000;"
            "padding:10px 16px;text-decoration:none\">今すぐ登録</a></p>"
            "<p style=\"font-size:11px;color:#777\">配信停止をご希望の場合はこちらから設定を変更してください。"
            "アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>")
    h = inbound("m016", dt, addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
                me_to(), "【AWS Summit Japan 2025】事前登録の受付を開始しました", "amazon.com",
                extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html>",
                       "Precedence: bulk"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m016"),
        L("unrelated", False, None), "AWS marketing in Japanese (Summit registration)",
        "real amazon.com sender, passes DMARC, polite Japanese imperative")

    # 017 on hold (APN partner) with a buried question
    dt = utc(2025, 3, 17, 2, 5, 33)
    new = ("Hello Tomoya,\n\nThanks for writing from your personal address; that part is all set.\n\n"
           "While preparing the merge I found that the account under t.kurebayashi@sorano-sys.co.jp is "
           "linked to Sorano Systems Co., Ltd. in the AWS Partner Network. Certifications of a partner's "
           "employees count toward that partner's standing, so we can't move them out while the link is "
           "active unless the person is leaving the company. I've put the case on hold and informed our "
           "partner operations colleagues.\n\n"
           "One detail would help me move it forward: is your employment with Sorano Systems ending, and "
           "if so, on what date? A line or two is plenty.\n\n"
           "Best regards,\nPriyanka R.\nAWS Training and Certification")
    T["017"] = new
    hist = [("Tomoya Kurebayashi", "15 Mar 2025, 01:52 UTC", "",
             p2html("Both certification accounts are mine: %s (retire) and %s (keep). Please move "
                    "everything to the personal one." % (OLD_ID, NEW_ID))),
            ("Marek S.", "15 Mar 2025, 01:18 UTC", "Awaiting your response", p2html(T["012"]))]
    html = tc_html(A, SUBJ_A, "On hold", "Case %s is on hold" % A, p2html(new), hist,
                   updated="17 Mar 2025, 02:05 UTC")
    txt = ("%s\n\n----------------------------------------\nCase ID: %s\nStatus: On hold\n"
           "----------------------------------------\nPrevious messages\n\n"
           "[Tomoya Kurebayashi, 15 Mar 2025, 01:52 UTC]\nBoth certification accounts are mine: %s "
           "(retire) and %s (keep). Please move everything to the personal one.\n\n"
           "[Marek S., 15 Mar 2025, 01:18 UTC]\n%s\n" % (new, A, OLD_ID, NEW_ID, T["012"]))
    h = tc_in("m017", dt, RE_A, irt="m014", refs=["m007", "m012", "m014"])
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m017"),
        L("on_hold", True, A),
        "partner-network hold on case A, with a question about the last working day",
        "the only question sits in the middle of a hold explanation; history carries an old request")

    # 018 colleague (partner admin), Japanese, ISO-2022-JP
    dt = jst(2025, 3, 17, 11, 30, 4)
    txt = ("暮林さん\n\nお疲れさまです。辻本です。\n"
           "Partner Central 側の認定の紐付けですが、3/24(月)の午前中に外します。\n"
           "外し終わったら Slack で連絡しますので、AWS のサポートにはその旨を伝えてもらえますか。\n\n"
           "よろしくお願いします。\n\n--\n辻本 彩 / アライアンス推進室\nソラノシステムズ株式会社\n")
    h = inbound("m018", dt, addr("辻本 彩", "a.tsujimoto@sorano-sys.co.jp", "iso-2022-jp"),
                me_to(False), "Partner Central の認定リンク解除について", "sorano-sys.co.jp",
                ip="10.20.1.15", subj_cs="iso-2022-jp")
    add(h, leaf(txt.encode("iso-2022-jp"), charset="ISO-2022-JP", cte="7bit"),
        L("unrelated", False, None),
        "colleague (partner admin) says she will remove the partner link, ISO-2022-JP",
        "about the same case and contains a request, but written by a colleague, not support")

    # 019 owner answers the hold question (gmail, Japanese locale quote header)
    dt = jst(2025, 3, 17, 19, 4, 51)
    mine = ("Hi Priyanka,\n\nYes, I am leaving. My last day at Sorano Systems is March 31, 2025, and the "
            "sorano-sys.co.jp mailbox will be shut down that evening. Our partner admin, Aya Tsujimoto, "
            "plans to remove the link in Partner Central on March 24.\n\nRegards,\nTomoya")
    T["019"] = mine
    txt = (mine + "\n\n2025年3月17日(月) 11:05 AWS Training and Certification <%s>:\n\n" % TC_FROM
           + quote(new + "\n\nCase ID: %s\nStatus: On hold" % A) + "\n")
    h = outbound("m019", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_A, irt="m017",
                 refs=["m007", "m012", "m014", "m017"])
    add(h, leaf(txt), L("user_reply", False, A),
        "owner answers the hold question: last day 31 March",
        "Japanese-locale Gmail attribution line above an English quote")

    # 020 Pearson VUE case (exam vendor), solved
    dt = utc(2025, 3, 18, 7, 12, 40)
    body = ("<p>Dear Tomoya Kurebayashi,</p><p>Your appointment for <b>AWS Certified Solutions Architect - "
            "Professional (SAP-C02)</b> has been moved as requested.</p>"
            "<table cellpadding=\"4\" style=\"font-size:13px\"><tr><td>Registration ID</td><td>418273650</td></tr>"
            "<tr><td>New date</td><td>Saturday, April 19, 2025 10:00 JST</td></tr>"
            "<tr><td>Test center</td><td>Tokyo - Shinjuku Testing Center</td></tr></table>"
            "<p>This case is now resolved. If you reply within 7 days it will reopen automatically.</p>"
            "<p>Sincerely,<br>Pearson VUE Customer Service</p>")
    html = helpdesk_html("Pearson VUE", "#003057", "Case 03318874", "Reschedule request", "Solved",
                         "Your Pearson VUE case has been resolved", body,
                         footer="ref:_00Dd0cPvue._5004V1kQr8s:ref")
    h = inbound("m020", dt, "Pearson VUE Customer Service <pearsonvuecustomerservice@pearson.com>",
                me_to(), "Case 03318874: Your request has been resolved [ ref:_00Dd0cPvue._5004V1kQr8s:ref ]",
                "pearson.com", ip="13.111.14.70")
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m020"),
        L("unrelated", False, None), "Pearson VUE case solved (exam reschedule)",
        "exam-vendor case with 'Solved' badge, 9-digit registration ID and a reopen-by-reply line")

    # 021 phishing from lookalike domain
    dt = utc(2025, 3, 18, 22, 47, 10)
    body = ("<p>Dear Certification Holder,</p><p>Our records show an <b>account merge request</b> pending on "
            "your profile. To protect your certifications, ownership of both accounts must be verified within "
            "<b>24 hours</b>. Unverified requests are cancelled and the related certifications are suspended.</p>"
            "<p>Sign in with your AWS Builder ID to verify now.</p>")
    html = helpdesk_html("AWS Training & Certification", "#232f3e", "CASE 1741999120-4471",
                         "Verify ownership to complete your account merge", "Awaiting your response",
                         "Action required within 24 hours", body,
                         button=("Verify accounts", "https://aws-certification-merge.com/verify?c=1741999120-4471"),
                         footer="AWS Training &amp; Certification Support Team")
    ar = ("Authentication-Results: mx.google.com;\n       dkim=pass header.i=@aws-certification-merge.com "
          "header.s=mail header.b=Qm3xZ1aa;\n       spf=pass (google.com: domain of "
          "noreply@aws-certification-merge.com designates 185.212.47.9 as permitted sender) "
          "smtp.mailfrom=noreply@aws-certification-merge.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) "
          "header.from=aws-certification-merge.com")
    h = inbound("m021", dt, "AWS Training & Certification <case-update@aws-certification-merge.com>",
                me_to(), "RE:[CASE 1741999120-4471] Action required: verify ownership to complete your account merge",
                "aws-certification-merge.com", ar=ar, ip="185.212.47.9",
                rp="noreply@aws-certification-merge.com")
    add(h, leaf(html, "html"), L("suspicious", False, None),
        "credential phishing from a lookalike domain imitating a merge case",
        "passes DKIM/DMARC for its own domain; case-like subject token and 'Awaiting your response' badge")

    # 022 colleague out-of-office
    dt = jst(2025, 3, 19, 9, 0, 12)
    txt = ("3/19(水)〜3/21(金)は休暇のため不在です。3/24(月)より順次対応いたします。\n"
           "お急ぎの場合は partner-team@sorano-sys.co.jp までご連絡ください。\n\n"
           "I am out of the office until Monday, March 24. For urgent matters please contact "
           "partner-team@sorano-sys.co.jp.\n")
    h = inbound("m022", dt, addr("辻本 彩", "a.tsujimoto@sorano-sys.co.jp"), me_to(False),
                "自動応答: Re: Partner Central の認定リンク解除について", "sorano-sys.co.jp", ip="10.20.1.15",
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    add(h, leaf(txt, cte="base64"), L("unrelated", False, None),
        "colleague's out-of-office reply (Japanese/English)", "auto-reply vocabulary; not support")

    # 023 hold continues; template badge still says awaiting response
    dt = utc(2025, 3, 20, 6, 11, 8)
    new = ("Hello Tomoya,\n\nThank you for the dates. I've passed them to partner operations, who have "
           "contacted the alliance lead at Sorano Systems.\n\nThe case stays on hold until the partner link "
           "has been removed on their side. There is nothing you need to do in the meantime; I'll write "
           "again as soon as I hear from them.\n\nPriyanka R.")
    T["023"] = new
    hist = [("Tomoya Kurebayashi", "17 Mar 2025, 10:04 UTC", "", p2html(T["019"])),
            ("Priyanka R.", "17 Mar 2025, 02:05 UTC", "On hold", p2html(T["017"])),
            ("Marek S.", "15 Mar 2025, 01:18 UTC", "Awaiting your response", p2html(T["012"]))]
    html = tc_html(A, SUBJ_A, "Awaiting your response", "Action required on case %s" % A, p2html(new),
                   hist, updated="20 Mar 2025, 06:11 UTC")
    h = tc_in("m023", dt, "RE: [CASE %s] %s" % (A, SUBJ_A), irt="m019", refs=["m007", "m017", "m019"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m023"),
        L("on_hold", False, A),
        "hold continues, nothing needed; badge and preheader still say a response is awaited",
        "stale 'Awaiting your response' badge and 'Action required' preheader contradict the new text")

    # 024 ServiceNow digest
    dt = jst(2025, 3, 21, 8, 0, 3)
    rows = [("INC0048123", "VPN certificate renewal", "Awaiting User Info"),
            ("RITM0022871", "Return of laptop SRN-LT-0457", "In Progress"),
            ("INC0047990", "Printer 4F not reachable", "Resolved")]
    tr = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, b, badge(
        {"Awaiting User Info": "Awaiting your response", "In Progress": "In progress"}.get(c, "Resolved")))
        for a, b, c in rows)
    html = ("<html><body style=\"font-family:Arial\"><h3>Your open items (3)</h3><table border=\"1\" "
            "cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th>Number</th><th>Short description"
            "</th><th>State</th></tr>%s</table><p>Items awaiting your information close after 5 days "
            "without a response. <a href=\"https://sorano-sys.service-now.com/sp\">Open the portal</a></p>"
            "<p style=\"color:#888;font-size:11px\">Ref:MSG5571820</p></body></html>" % tr)
    h = inbound("m024", dt, "Sorano IT <servicenow@sorano-sys.service-now.com>", me_to(False),
                "Your open items summary (3)", "service-now.com", ip="149.96.5.12")
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m024"),
        L("unrelated", False, None), "ServiceNow digest of company IT tickets",
        "digest with 'Awaiting User Info' and auto-close wording from another ticketing tool")

    # 025 CertMetrics program survey
    dt = utc(2025, 3, 22, 15, 30, 0)
    txt = ("AWS Certification wants to hear from you\n\nHello Tomoya,\n\nWe're redesigning parts of the AWS "
           "Certification experience and would value ten minutes of your time. Tell us how you prepare for "
           "exams and what you'd like from your certification benefits.\n\nTake the survey: "
           "https://survey.certmetrics.com/s/aws-cert-2025q1\n\nThe survey closes on April 4. Thank you!\n"
           "AWS Certification\n")
    html = "<html><body>" + p2html(txt) + "</body></html>"
    h = inbound("m025", dt, "AWS Certification <do-not-reply@certmetrics.com>", me_to(False),
                "AWS Certification wants to hear from you", "certmetrics.com")
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m025"),
        L("certification", False, None), "certification-program feedback survey",
        "a survey, but about the certification program, not a support case")

    # 026 ISP Zendesk, solved, Japanese
    dt = jst(2025, 3, 23, 13, 20, 45)
    body = ("<p>暮林 様</p><p>ルーターの交換手配が完了しましたので、本リクエストを解決済みといたしました。</p>"
            "<p>ご不明な点がございましたら、このメールにご返信ください。4日間ご返信がない場合、"
            "リクエストは自動的にクローズされます。</p><p>今回の対応はいかがでしたか？ "
            "<a href=\"https://kumonet.zendesk.com/requests/48213/satisfaction/new?good\">良い</a> / "
            "<a href=\"https://kumonet.zendesk.com/requests/48213/satisfaction/new?bad\">悪い</a></p>")
    html = helpdesk_html("Kumonet ひかりサポート", "#03363d", "#48213", "ルーターの不具合について", "Solved",
                         "リクエスト #48213 は解決済みです", body,
                         history=[("暮林 智也", "2025/03/20 21:02", "<p>夜になると回線が切れます。</p>")])
    h = inbound("m026", dt, addr("Kumonet ひかりサポート", "support@kumonet.zendesk.com"), me_to(),
                "[Kumonet] リクエスト #48213 は解決済みになりました", "zendesk.com", ip="192.161.151.3")
    add(h, multi("alternative", [leaf(cellwise(html), cte="base64"), leaf(html, "html", cte="base64")],
                 "m026"), L("unrelated", False, None),
        "ISP helpdesk (Zendesk) request solved, with rating links and auto-close",
        "resolved + survey + closing wording, all from a non-AWS vendor")

    # 027 hold lifted (plain text only)
    dt = utc(2025, 3, 24, 8, 44, 30)
    new = ("Hello Tomoya,\n\nGood news: Sorano Systems has removed the partner link from your old "
           "certification account, so the hold on this case is lifted.\n\nI've handed the merge itself to "
           "our account team. They will be in touch shortly to go through the details with you.\n\n"
           "Priyanka R.\nAWS Training and Certification")
    T["027"] = new
    txt = (new + "\n\nCase ID: %s | Status: Work in progress\n\n---- Earlier on this case ----\n\n"
           "Priyanka R. (20 Mar 2025):\n%s\n\nTomoya Kurebayashi (17 Mar 2025):\n%s\n" % (A, T["023"], T["019"]))
    h = tc_in("m027", dt, RE_A, irt="m023", refs=["m007", "m017", "m019", "m023"])
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("case_update", False, A),
        "hold lifted, handed to the account team (plain text)",
        "'they will be in touch to go through the details with you' is not a request")

    # 028 confirmation request: Account #1 / Account #2 table; poor text part
    dt = utc(2025, 3, 25, 3, 27, 55)
    acc = [("Account #1", NEW_ID, ME_P), ("Account #2", OLD_ID, ME_C)]
    tbl = ("<table cellpadding=\"6\" cellspacing=\"0\" style=\"border:1px solid #d5dbdb;font:13px Arial;"
           "border-collapse:collapse;margin:8px 0 14px 0\"><tr style=\"background:#f2f3f3\"><th></th>"
           "<th>Candidate ID</th><th>Login email</th><th>Training notification email</th>"
           "<th>Certification notification email</th></tr>%s</table>" % "".join(
               "<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, i, e, e, e)
               for n, i, e in acc))
    new_html = ("<p>Hello Tomoya,</p><p>I'm Luis from the account team and I'll be completing your merge. "
                "These are the certification accounts I'm about to combine. Please look them over "
                "carefully, because a merge cannot be reversed.</p>%s"
                "<p>The plan is to keep <b>Account #1</b> and fold Account #2 into it, so that your exam "
                "history, certifications and benefits all end up under your gmail address. Is that right? "
                "If you would rather keep Account #2, say so instead.</p>"
                "<p>As soon as I have your go-ahead I'll run the merge, normally the same day.</p>"
                "<p>Luis M.<br>AWS Training and Certification &ndash; Account Services</p>" % tbl)
    T["028_html"] = new_html
    T["028"] = crude(new_html).strip()
    hist = [("Priyanka R.", "24 Mar 2025, 08:44 UTC", "Work in progress", p2html(T["027"])),
            ("Priyanka R.", "20 Mar 2025, 06:11 UTC", "On hold", p2html(T["023"])),
            ("Tomoya Kurebayashi", "17 Mar 2025, 10:04 UTC", "", p2html(T["019"])),
            ("Priyanka R.", "17 Mar 2025, 02:05 UTC", "On hold", p2html(T["017"])),
            ("Marek S.", "15 Mar 2025, 01:18 UTC", "Awaiting your response", p2html(T["012"]))]
    html = tc_html(A, SUBJ_A, "Awaiting your response", "Please review the accounts we are about to merge",
                   new_html, hist, updated="25 Mar 2025, 03:27 UTC")
    h = tc_in("m028", dt, RE_A, irt="m027", refs=["m007", "m017", "m019", "m023", "m027"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m028"),
        L("confirmation_request", True, A, NEW_ID, OLD_ID),
        "Luis lists Account #1 / Account #2 in an HTML table and asks to confirm keeping #1",
        "text/plain part runs the table cells together; long quoted history with older asks")

    # 029 Skill Builder receipt
    dt = utc(2025, 3, 25, 9, 15, 2)
    txt = ("Thanks for your purchase!\n\nAWS Skill Builder Individual subscription (monthly)\n"
           "Order: 7K2M-55QX\nAmount: USD 29.00\nNext renewal: April 25, 2025\n\n"
           "Manage your subscription: https://skillbuilder.aws/account/subscriptions\n\n"
           "Questions about your order? Contact us through the Skill Builder help page.\n")
    h = inbound("m029", dt, "AWS Skill Builder <no-reply@aws.training>", me_to(),
                "Your AWS Skill Builder receipt (Order 7K2M-55QX)", "aws.training")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("unrelated", False, None),
        "Skill Builder subscription receipt", "AWS training-platform sender, no case")

    # 030 Japanese newsletter, Shift_JIS
    dt = jst(2025, 3, 26, 7, 0, 0)
    txt = ("━━━━━━━━━━━━━━━━━━━━\n 週刊インフラ通信 第312号\n━━━━━━━━━━━━━━━━━━━━\n\n"
           "■ 今週の記事\n1. 転職前にやっておきたい AWS 認定アカウントの統合手順\n"
           "   会社アドレスの認定アカウントを個人アカウントへ移す流れと、サポートからの確認メールへの"
           "返信のしかたを紹介します。\n2. Terraform 1.11 の新機能まとめ\n3. 読者アンケートのお願い"
           "(ご回答ください)\n\n配信停止: https://infra-tsushin.jp/unsubscribe\n")
    h = inbound("m030", dt, addr("週刊インフラ通信", "news@infra-tsushin.jp"), me_to(),
                "週刊インフラ通信 第312号 認定アカウント統合の手順ほか", "infra-tsushin.jp", ip="203.0.113.40",
                extra=["Precedence: bulk"])
    add(h, leaf(txt.encode("shift_jis"), charset="Shift_JIS", cte="base64"), L("unrelated", False, None),
        "Japanese newsletter (Shift_JIS, base64) featuring an account-merge article",
        "topic words (認定アカウントの統合, 返信) without being case mail")
