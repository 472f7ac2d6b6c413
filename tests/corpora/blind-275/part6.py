from lib import *
from part5 import A, A_SUBJ, ST, ksig

ID1, ID2 = "AWS04471932", "AWS09120457"
MAILTO = "mailto:%s?subject=%s&body=Confirmed.%%20Please%%20merge%%20into%%20Account%%20%%231." % (
    TC, A_SUBJ.replace(" ", "%20"))


def acct(n, login, cid):
    rows = [("Login e-mail", login), ("Training notification e-mail", login),
            ("Certification notification e-mail", login), ("Candidate ID", cid)]
    return ('<p style="margin:14px 0 4px"><b>Account #%d</b></p>' % n +
            kv(rows, td="border:1px solid #c7ccd1;padding:5px 9px;font-size:13px"))


def run():
    # 056 confirmation request; text part only says "view the HTML"
    req = ('<div style="font-family:Arial;font-size:14px">Hello Wataru,<br><br>Thank you for waiting. These are the '
           'two profiles I found for you:' + acct(1, ME_P, ID1) + acct(2, ME_C, ID2) +
           '<br>Could you confirm that both accounts are yours and that everything should be merged into Account #1? '
           'Account #2 will be deactivated afterwards.' + button("Confirm", MAILTO, "#1d8102") + ksig() + '</div>')
    hm = '<html><body>%s%s</body></html>\n' % (req, AWS_LEGAL)
    txt = "This message contains formatted content. Please open it in an HTML-capable e-mail client.\n"
    a4 = emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-18 01:15"), alt(txt, hm, seed="h1"),
              ("confirmation_request", True, A, [ID1, ID2]), mid_=mid("sf", "h1"), irt=ST["a3"],
              refs=" ".join([ST["a1"], ST["a2"], ST["a3"]]), au=auth("amazon.com"))

    # 057 owner asks a question instead of confirming
    g = gmail('Hi Kenji,<br><br>Before I confirm: Account #2 has a 50% exam voucher that expires in June. Will it '
              'move to Account #1 with the merge?<br><br>Thanks,<br>Wataru',
              "On Fri, Apr 18, 2025 at 10:15\u202fAM AWS Training and Certification <%s> wrote:" % TC, req)
    a5 = emit(a(ME_NAME, ME_P), TC_FROM, A_SUBJ, dt("2025-04-18 18:20", 9), alt(strip(g), g, seed="h2"),
              ("user_reply", False, A, []), mid_=mid("gmail", "h2"), irt=a4, refs=ST["a1"] + " " + a4)

    # 058 answer first, the confirmation ask buried at the end
    ans = ('<div style="font-family:Arial;font-size:14px">Hi Wataru,<br><br>Good question. Benefits that belong to '
           'you move together with the exam history, so the 50% voucher on Account #2 (valid until June 30, 2025) will '
           'appear on Account #1 after the merge, with the same expiry date. The only benefits that do not move are '
           'vouchers funded by a partner for its employees; yours was earned through your own certification, so it is '
           'not affected.<br><br>With that cleared up, just let me know whether I may go ahead and merge everything '
           'into Account #1.' + ksig() +
           '<div style="border-top:1px solid #ccc;margin-top:14px;padding-top:6px"><blockquote style="margin:0 0 0 6px;'
           'border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div></div>' % g)
    a6 = emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-19 00:05"),
              H('<html><body>%s%s</body></html>\n' % (ans, AWS_LEGAL), "utf-8", "base64"),
              ("confirmation_request", True, A, []), mid_=mid("sf", "h3"), irt=a5,
              refs=" ".join([ST["a1"], a4, a5]), au=auth("amazon.com"))

    # 059 Japanese billing statement
    inner = ('<p>アマゾン ウェブ サービスをご利用いただきありがとうございます。</p><p>アカウント 918273645501 の 2025年3月分の'
             '請求書を発行しました。</p>' + kv([("請求書番号", "JP25-3390127"), ("ご請求額", "¥ 512")]) +
             button("請求書を表示", "https://console.aws.amazon.com/billing/home#/bills") + JP_LEGAL)
    hm = page(card(inner, "Amazon Web Services"), "2025年3月分のご請求", lang="ja")
    emit(CONSOLE, ME_P, "アマゾン ウェブ サービス 請求書のお知らせ [アカウント: 918273645501]", dt("2025-04-19 03:12"),
         alt(strip(hm), hm, "utf-8", "base64", seed="h4"), ("unrelated", False, None, []), au=auth("amazon.com"))

    # 060 closing notice with reply button, quoting the open question in nested divs
    body = ('<div style="font-family:Arial;font-size:14px">Hello Wataru,<br><br>We have not heard from you since '
            'April 19. If there is no reply within 3 business days, this case will be closed. Replying to this e-mail '
            'keeps it open, and a reply after closure will reopen it.'
            + button("Reply to this case", MAILTO.split("&body")[0], "#232f3e") +
            'Best regards,<br>AWS Training and Certification</div><div style="margin-top:18px;color:#555">'
            '<div style="border-top:1px solid #ddd;padding-top:6px"><b>From:</b> AWS Training and Certification<br>'
            '<b>Sent:</b> Saturday, April 19, 2025 12:05 AM</div><div style="padding-left:10px">%s</div></div>' % ans)
    a7 = emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-23 00:30"), H('<html><body>%s%s</body></html>\n' % (body, AWS_LEGAL)),
              ("closing_notice", True, A, []), mid_=mid("sf", "h5"), irt=a6,
              refs=" ".join([ST["a1"], a4, a5, a6]), au=auth("amazon.com"))

    # 061 owner confirms
    g2 = gmail("Confirmed. Please merge into Account #1.<br><br>Sorry for the delay,<br>Wataru",
               "On Wed, Apr 23, 2025 at 9:30\u202fAM AWS Training and Certification <%s> wrote:" % TC, body)
    a8 = emit(a(ME_NAME, ME_P), TC_FROM, A_SUBJ, dt("2025-04-23 12:11", 9), alt(strip(g2), g2, seed="h6"),
              ("user_reply", False, A, []), mid_=mid("gmail", "h6"), irt=a7, refs=" ".join([ST["a1"], a4, a6, a7]))

    # 062 resolved; hidden preheader and template comment still carry the old ask
    done = ('<div style="font-family:Arial;font-size:14px">Hello Wataru,<br><br>I have successfully merged your '
            'accounts: Account #2 (%s) is now part of Account #1 (%s). Your exam history, all certifications and the '
            '50%% voucher are listed under %s, and Account #2 has been deactivated.<br><br>This completes your request. '
            'Thank you for your patience, and good luck in the new job!' % (ID2, ID1, ID1) + ksig() +
            '<!-- TEMPLATE: Please confirm the accounts listed below by replying to this e-mail. -->'
            '<blockquote style="margin:16px 0 0 4px;border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div>' % g2)
    hm = ('<html><body>%s%s%s</body></html>\n' % (pre("Action needed: please confirm the accounts below"), done, AWS_LEGAL))
    emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-23 06:02"), alt(strip(hm), hm, seed="h7"),
         ("resolved", False, A, [ID2, ID1]), mid_=mid("sf", "h7"), irt=a8, refs=" ".join([ST["a1"], a4, a7, a8]),
         au=auth("amazon.com"))

    # 063 Credly: badges moved
    inner = ('<p>Hi Wataru,</p><p>Amazon Web Services Training and Certification has updated the e-mail address on '
             '4 of your badges. They are now issued to %s.</p>' % ME_P +
             '<table cellpadding="4">' + "".join('<tr><td><img src="https://images.credly.com/size/80x80/images/%s.png" '
                                                 'alt="%s" width="40"></td><td>%s</td></tr>' % (c, n, n) for c, n in
                                                 [("saa", "Solutions Architect - Associate"), ("dva", "Developer - Associate"),
                                                  ("scs", "Security - Specialty"), ("dop", "DevOps Engineer - Professional")]) +
             '</table>' + button("View my badges", "https://www.credly.com/users/wataru-saegusa/badges", "#0a66c2"))
    hm = page(card(inner, "Credly"), "Your badges have a new home")
    emit("Credly <admin@credly.com>", ME_P, "Your badges from Amazon Web Services Training and Certification were updated",
         dt("2025-04-23 06:45"), alt(strip(hm), hm, seed="h8"), ("badge", False, None, []),
         mid_=mid("credly.com", "h8"), au=auth("credly.com"))

    # 064 Japanese survey for case A
    nums = "".join('<td style="border:1px solid #ccc;padding:6px 10px"><a href="https://survey.aws.amazon.com/cs?lang=ja&'
                   'case=%s&s=%d">%d</a></td>' % (A, i, i) for i in range(1, 6))
    inner = ('<p>三枝 様</p><p>先日はケース %s にてお問い合わせいただきありがとうございました。今回のサポートについて、'
             '満足度を 1(不満)〜5(満足)でお聞かせください。</p><table><tr>%s</tr></table>'
             '<p style="font-size:12px;color:#666">このメールへのご返信は不要です。</p>' % (A, nums) + JP_LEGAL)
    hm = page(card(inner, "AWS トレーニングと認定"), "1分で終わるアンケートです", lang="ja")
    emit(a("AWS カスタマーサービス アンケート", "cs-survey@amazon.com"), ME_P, "サポートのご感想をお聞かせください(ケース %s)" % A,
         dt("2025-04-24 05:00"), alt(strip(hm), hm, seed="h9"), ("survey", False, A, []), mid_=mid("ses", "h9"),
         au=auth("amazon.com"))

    # 065 benefits notice
    inner = ('<p>Hello Wataru,</p><p>You have certification benefits available in your AWS Certification account.</p>'
             + kv([("Candidate ID", ID1), ("Benefit", "50% discount on your next exam"), ("Valid until", "2025-06-30")]) +
             button("View benefits", "https://cp.certmetrics.com/amazon/en/home/benefits"))
    hm = page(card(inner, "AWS Certification"), "A reminder about your benefits")
    emit("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Your AWS Certification benefits",
         dt("2025-04-25 15:00"), alt(strip(hm), hm, seed="h10"), ("certification", False, None, [ID1]),
         mid_=mid("certmetrics.com", "h10"), au=auth("certmetrics.com"))


JP_LEGAL = ('<p style="font-size:11px;color:#777;margin-top:20px">Amazon Web Services, Inc. は Amazon.com, Inc. の'
            '関連会社です。本メールは送信専用アドレスから送信されています。</p>')
