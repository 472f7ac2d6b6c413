from lib import *

C = "14127730581"
C_SUBJ = "RE:[CASE %s] Certification benefit voucher not visible" % C
CONSOLE_FOOT = ('<p style="font-size:12px;color:#687078">This message was sent from an address that '
                'does not accept incoming e-mail. To add a reply or attachments, open the case in the '
                '<a href="%s">AWS Support Center</a>.</p>' % console_link(C))


def run():
    # 001 billing statement (same sender as console cases)
    inner = ('<h2 style="font-size:20px;margin:0 0 12px">Your billing statement is ready</h2>'
             '<p>Greetings from Amazon Web Services. The statement for the period October 1 - October 31, '
             '2023 for account 918273645501 is now available.</p>'
             + kv([("Account", "918273645501"), ("Invoice", "1629384751"), ("Total", "USD 3.62")]) +
             button("View your bill", "https://console.aws.amazon.com/billing/home#/bills") +
             '<p style="font-size:12px;color:#687078">Questions about this charge? Open a Billing case from the Support Center.</p>' + AWS_LEGAL)
    hm = page(card(inner, "Amazon Web Services"), "Your AWS statement for October 2023")
    emit(CONSOLE, ME_P, "Amazon Web Services Billing Statement Available [Account: 918273645501]",
         dt("2023-11-02 22:41"), alt(strip(hm), hm, seed="b1"), ("unrelated", False, None, []),
         au=auth("amazon.com"))

    # 002 console case opened
    inner = ('<p>Hello,</p><p>We have opened case %s on your behalf. The details of the case are below.</p>' % C +
             kv([("Case ID", C), ("Subject", "Certification benefit voucher not visible"),
                 ("Severity", "General guidance"), ("Service", "Training and Certification"),
                 ("Correspondence", "My 50% exam discount from the SAA recertification is gone from the Benefits page. Candidate ID AWS04471932.")]) +
             '<p>An engineer will look at it and reply here. Track progress or add details at any time:</p>'
             + button("View case", console_link(C), "#0073bb") + CONSOLE_FOOT + AWS_LEGAL)
    hm = page(card(inner, "Amazon Web Services Support"), "Case %s has been created" % C)
    emit(CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % C, dt("2023-11-06 01:14"),
         alt(strip(hm), hm, seed="b2"), ("acknowledgement", False, C, ["AWS04471932"]),
         au=auth("amazon.com"))

    # 003 GitHub "merged"
    gh = ('<p>Merged <a href="https://github.com/kobalt-sys/infra-modules/pull/218">#218</a> into main.</p>'
          '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email '
          'directly, <a href="https://github.com/kobalt-sys/infra-modules/pull/218#event-10874">view it on GitHub</a>, or '
          '<a href="https://github.com/notifications/unsubscribe-auth/AB3X">unsubscribe</a>.<br>You are receiving '
          'this because you were mentioned.<img src="https://github.com/notifications/beacon/AB3X.gif" '
          'height="1" width="1" alt="" /></p>')
    emit('Hiro Tanabe <notifications@github.com>', "kobalt-sys/infra-modules <infra-modules@noreply.github.com>",
         "Re: [kobalt-sys/infra-modules] Merge account module for cert rotation (PR #218)",
         dt("2023-11-06 05:02"), alt(strip(gh), gh, seed="b3"), ("unrelated", False, None, []),
         mid_="<kobalt-sys/infra-modules/pull/218/issue_event/10874@github.com>", cc=ME_P,
         au=auth("github.com"), irt="<kobalt-sys/infra-modules/pull/218@github.com>",
         extra=[("List-ID", "kobalt-sys/infra-modules <infra-modules.kobalt-sys.github.com>"),
                ("X-GitHub-Reason", "mention")])

    # 004 console correspondence: HTML has the ask, text part only a pointer
    inner = ('<p style="color:#687078;font-size:12px">Case %s &middot; Correspondence from Amazon Web Services</p>' % C +
             '<p>Hello,</p><p>Thank you for your patience. I went through the benefits attached to your '
             'certification profile and I can see one 50% discount that was created in August after your '
             'recertification, so it exists on our side; it is just not surfacing for you.</p>'
             '<p>To work out why, I need two things from you: the candidate ID shown in the top-right corner of '
             'your Certification account page, and a screenshot of the Benefits tab exactly as you see it. '
             'Please attach both to the case through the Support Center, as replies to this e-mail will not reach us.</p>'
             '<p>Best regards,<br>Marisol R.<br>Amazon Web Services</p>'
             + button("Reply in Support Center", console_link(C), "#0073bb") + CONSOLE_FOOT + AWS_LEGAL)
    hm = page(card(inner, "Amazon Web Services Support"))
    txt = ("Amazon Web Services has added a correspondence to support case %s.\n\n"
           "Sign in to the AWS Support Center to read it:\n%s\n" % (C, console_link(C)))
    m4 = emit(CONSOLE, ME_P, C_SUBJ, dt("2023-11-07 03:30"), alt(txt, hm, seed="b4"),
              ("info_request", True, C, []), au=auth("amazon.com"))

    # 005 owner answers by e-mail (to a no-reply address) with an attachment
    q = strip(hm).replace("\n", "<br>")
    new = ('Hi Marisol,<br><br>My candidate ID is AWS04471932. The screenshot of the Benefits tab is attached '
           '- it only shows "No benefits available".<br><br>Thanks,<br>Wataru')
    body = gmail(new, "On Tue, Nov 7, 2023 at 12:30\u202fPM Amazon Web Services <no-reply-aws@amazon.com> wrote:", q)
    png = ('Content-Type: image/png; name="benefits-tab.png"\nContent-Disposition: attachment; '
           'filename="benefits-tab.png"\nContent-Transfer-Encoding: base64\nContent-ID: <f_lop3k2x90>\n\n'
           'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\n').encode()
    ent = multi("mixed", [alt(strip(body), body, seed="b5a"), png], seed="b5")
    m5 = emit(a(ME_NAME, ME_P), "Amazon Web Services <no-reply-aws@amazon.com>", C_SUBJ,
              dt("2023-11-07 21:12", 9), ent, ("user_reply", False, C, ["AWS04471932"]),
              mid_=mid("gmail", "m5"), irt=m4)

    # 006 bounce of that reply
    rep = ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="00000000000063a1f1060998b2c4"\n\n'
           '--00000000000063a1f1060998b2c4\nContent-Type: text/plain; charset="UTF-8"\n\n'
           "** Message not delivered **\n\nYour message couldn't be delivered to no-reply-aws@amazon.com because "
           "the remote server is misconfigured or the address does not receive mail.\n\n"
           "The response from the remote server was:\n550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail\n\n"
           '--00000000000063a1f1060998b2c4\nContent-Type: message/delivery-status\n\n'
           'Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\n'
           'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n\n'
           '--00000000000063a1f1060998b2c4\nContent-Type: text/rfc822-headers\n\n'
           'From: %s <%s>\nTo: Amazon Web Services <no-reply-aws@amazon.com>\nSubject: %s\nDate: %s\nMessage-ID: %s\n\n'
           '--00000000000063a1f1060998b2c4--\n' % (dt("2023-11-07 21:12", 9), ME_NAME, ME_P, C_SUBJ,
                                                   dt("2023-11-07 21:12", 9), m5)).encode()
    emit("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)",
         dt("2023-11-07 21:13", 9), rep, ("unrelated", False, C, []), irt=m5,
         mid_="<6549f0a1.%s@mx.google.com>" % "050a0220b3c1", extra=[("Auto-Submitted", "auto-replied")])

    # 007 Japanese newsletter, Shift_JIS HTML only, preheader with a "reply" ask
    jp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>'
          + pre("返信するだけで参加登録が完了します。お早めにどうぞ") +
          '<table width="640" align="center" style="font-family:メイリオ,sans-serif;font-size:14px">'
          '<tr><td><img src="https://news.cloud-tsushin.jp/img/logo.png" alt="クラウド技術通信"></td></tr>'
          '<tr><td><h1 style="font-size:18px">【クラウド技術通信】第142号 11月の勉強会のお知らせ</h1>'
          '<p>いつもご購読ありがとうございます。今月のテーマは「マルチアカウント運用の落とし穴」です。</p>'
          '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>日時</th><td>11月22日(水) 19:00〜</td></tr>'
          '<tr><th>会場</th><td>オンライン</td></tr><tr><th>定員</th><td>300名</td></tr></table>'
          '<p><a href="https://news.cloud-tsushin.jp/ev/1122">参加を申し込む</a></p>'
          '<p style="font-size:11px;color:#888">配信停止は<a href="https://news.cloud-tsushin.jp/u">こちら</a></p>'
          '</td></tr></table></body></html>\n')
    emit(a("クラウド技術通信", "news@cloud-tsushin.jp"), ME_P, "【クラウド技術通信】第142号 11月の勉強会のお知らせ",
         dt("2023-11-08 07:00", 9), H(jp, "shift_jis", "base64"), ("unrelated", False, None, []),
         mid_=mid("cloud-tsushin.jp", "m7"), au=auth("cloud-tsushin.jp"), scs="shift_jis",
         extra=[("List-Unsubscribe", "<https://news.cloud-tsushin.jp/u>")])

    # 008 console: auto-resolve warning
    inner = ('<p style="color:#687078;font-size:12px">Case %s &middot; Status: ' % C +
             '<img src="https://d1.awsstatic.com/support/status-pending.png" alt="Pending customer action" '
             'width="150" height="18"></p><p>Hello,</p><p>We are still waiting for the candidate ID and screenshot '
             'requested on November 7. Without them we cannot continue. If there is no response in the Support '
             'Center within 3 days, the case will be resolved automatically.</p>'
             + button("Reply in Support Center", console_link(C), "#0073bb") +
             '<p>Regards,<br>Amazon Web Services</p>' + CONSOLE_FOOT + AWS_LEGAL)
    hm = page(card(inner, "Amazon Web Services Support"), "Your case is waiting on you")
    emit(CONSOLE, ME_P, C_SUBJ, dt("2023-11-10 03:31"), alt(strip(hm), hm, seed="b8"),
         ("closing_notice", True, C, []), au=auth("amazon.com"))

    # 009 console: resolved, with rating footer of star images
    stars = "".join('<a href="https://console.aws.amazon.com/support/feedback?c=%s&r=%d"><img src="https://'
                    'd1.awsstatic.com/support/star.png" alt="%d star%s" width="24"></a>'
                    % (C, i, i, "" if i == 1 else "s") for i in range(1, 6))
    inner = ('<p style="color:#687078;font-size:12px">Case %s &middot; Correspondence from Amazon Web Services</p>' % C +
             '<p>Hello Wataru,</p><p>Thanks for adding the screenshot. The discount had been linked to an exam '
             'version that was retired in September, which hid it from the Benefits page. I created a new 50%% '
             'discount on your profile; it is listed under Benefits now and can be used until August 31, 2024.</p>'
             '<p>With that in place I am setting this case to resolved. Should anything be missing again, you can '
             'reopen it from the Support Center within 14 days.</p><p>Best regards,<br>Marisol R.<br>Amazon Web Services</p>'
             '<p style="margin-top:20px">We value your feedback. Please rate this response:<br>%s</p>' % stars
             + CONSOLE_FOOT + AWS_LEGAL)
    hm = page(card(inner, "Amazon Web Services Support"))
    emit(CONSOLE, ME_P, C_SUBJ, dt("2023-11-13 06:48"), alt(strip(hm), hm, seed="b9"),
         ("resolved", False, C, []), au=auth("amazon.com"))

    # 010 Skill Builder receipt
    inner = ('<p>Hi Wataru,</p><p>Thanks for subscribing to AWS Skill Builder Individual. Here is your receipt.</p>'
             + kv([("Order", "SB-7730-44191"), ("Plan", "Individual (monthly)"), ("Amount", "USD 29.00"),
                   ("Next renewal", "December 20, 2023")]) +
             button("Start learning", "https://skillbuilder.aws/") +
             '<p style="font-size:12px">Need help with your subscription? Contact us and reference your order number.</p>' + AWS_LEGAL)
    hm = page(card(inner, "AWS Skill Builder"), "Receipt SB-7730-44191")
    emit("AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder subscription receipt",
         dt("2023-11-20 11:05"), alt(strip(hm), hm, "utf-8", "base64", seed="b10"),
         ("unrelated", False, None, []), au=auth("aws.training"))
