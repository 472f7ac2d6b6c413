from lib import *

D = "14219063327"
D_SUBJ = tc_subj(D, "[AWS Training and Certification Form Submission] - certification", sp=" ")
JP_FOOT = ('<table role="presentation" width="100%" style="margin-top:20px;border-top:1px solid #ddd">'
           '<tr><td style="font-size:11px;color:#777;padding-top:8px">Amazon Web Services, Inc. は Amazon.com, Inc. '
           'の関連会社です。本メールは Amazon Web Services, Inc.(410 Terry Avenue North, Seattle, WA 98109-5210)'
           'により送信されています。</td></tr></table>')


def jsig(name):
    return ('<table style="margin-top:16px;font-size:13px"><tr><td style="border-left:3px solid #ff9900;'
            'padding-left:8px">%s<br>AWS トレーニングと認定 カスタマーサポート</td></tr></table>' % name)


def run():
    # 011 Japanese acknowledgement, HTML only, base64
    inner = ('<p>三枝 航 様</p><p>AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。'
             'ケース %s としてお問い合わせを受け付けました。受付内容は次のとおりです。</p>' % D +
             kv([("ケース ID", D), ("お問い合わせタイプ", "認定"), ("その他の詳細", "氏名の変更"),
                 ("内容", "認定証の氏名が SAIGUSA と表示されています。正しい表記は SAEGUSA です。")]) +
             '<p>担当者より通常24時間以内にご連絡いたします。内容によってはお時間を頂戴する場合がございます。</p>'
             '<p>なお、同じ内容で別途ケースを作成されますと、対応が重複し回答が遅れる原因となります。'
             '追加情報は本メールへの返信でお送りください。</p>' + JP_FOOT)
    hm = page(card(inner, "AWS トレーニングと認定"), "お問い合わせを受け付けました", lang="ja")
    d1 = emit(TC_FROM, ME_P, D_SUBJ, dt("2023-12-04 02:10"), H(hm, "utf-8", "base64"),
              ("acknowledgement", False, D, []), mid_=mid("sf", "d1"), au=auth("amazon.com"))

    # 012 Japanese info request: ISO-2022-JP text part + UTF-8 HTML part, ask buried at the end
    body = ('<p>三枝様</p><p>お世話になっております。AWS トレーニングと認定の山本でございます。</p>'
            '<p>氏名表記の訂正についてお問い合わせいただきありがとうございます。認定アカウントの氏名は、'
            '試験当日に提示いただく身分証明書の表記と一致している必要がございます。そのため、訂正の際には'
            '身分証明書上の表記を確認させていただいております。現在の状況は以下のとおりです。</p>'
            + kv([("現在の登録氏名", "WATARU SAIGUSA"), ("ご申告の氏名", "WATARU SAEGUSA"),
                  ("対象の認定", "AWS Certified Solutions Architect - Associate 他1件")]) +
            '<p>つきましては、公的身分証明書に記載されているローマ字表記の氏名と、試験予約の際にご入力いただいた'
            '氏名の二点を、本メールへのご返信にてお知らせいただけますでしょうか。身分証明書の画像をお送り'
            'いただく必要はございません。</p><p>お手数をおかけいたしますが、よろしくお願い申し上げます。</p>'
            + jsig("山本 沙織"))
    hm = page('<div style="font-family:Meiryo,sans-serif;font-size:14px;padding:16px;background:#fff">%s%s</div>'
              % (body, JP_FOOT), lang="ja")
    txt = ("三枝様\n\nお世話になっております。AWS トレーニングと認定の山本でございます。\n\n"
           "氏名表記の訂正の件、HTML版のメールにて詳細をご案内しております。\n\n山本 沙織\n"
           "AWS トレーニングと認定 カスタマーサポート\n")
    ent = multi("alternative", [T(txt, "iso-2022-jp", "7bit"), H(hm)], seed="d2")
    d2 = emit(TC_FROM, ME_P, D_SUBJ, dt("2023-12-05 05:02"), ent, ("info_request", True, D, []),
              mid_=mid("sf", "d2"), irt=d1, au=auth("amazon.com"))

    # 013 owner replies from Thunderbird, plain ISO-2022-JP, top-posted
    q = "\n".join("> " + l if l else ">" for l in strip(hm).splitlines())
    txt = ("山本様\n\nご連絡ありがとうございます。三枝です。\n\n"
           "・身分証明書(パスポート)の表記: SAEGUSA WATARU\n"
           "・試験予約時に入力した氏名: Wataru Saegusa\n\n"
           "以上、よろしくお願いいたします。\n\n--\n三枝 航\n\n"
           "2023/12/05 14:02, AWS Training and Certification wrote:\n" + q + "\n")
    d3 = emit(a("三枝 航", ME_P, "iso-2022-jp"), TC_FROM, D_SUBJ, dt("2023-12-05 20:41", 9),
              T(txt, "iso-2022-jp", "7bit"), ("user_reply", False, D, []), mid_=mid("kobalt.home", "d3"),
              irt=d2, refs=d1 + " " + d2,
              extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")])

    # 014 AWS Japan marketing
    inner = ('<p>AWS をご利用いただきありがとうございます。</p><h2 style="font-size:18px">年末特別ウェビナー:'
             '生成 AI 活用の最新事例</h2><p>12月14日(木) 15:00〜16:30 にオンラインで開催します。参加は無料です。</p>'
             + button("今すぐ登録する", "https://aws.amazon.com/jp/about-aws/events/webinar-1214/") +
             '<p style="font-size:11px;color:#777">本メールの配信停止は<a href="https://pages.awscloud.com/unsub">こちら</a>。'
             '本メールは送信専用です。</p>' + JP_FOOT)
    hm = page(card(inner, "Amazon Web Services"), "ご返信不要・1クリックで登録できます", lang="ja")
    emit(a("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
         "【ご招待】年末特別ウェビナー:生成 AI 活用の最新事例", dt("2023-12-06 01:00"),
         alt(strip(hm), hm, seed="d4"), ("unrelated", False, None, []), au=auth("amazon.com"),
         extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsub>")])

    # 015 Japanese case update, quotes the owner's reply
    quoted = html.escape(txt).replace("\n", "<br>")
    body = ('<p>三枝様</p><p>ご返信いただきありがとうございます。</p><p>いただいた情報をもとに、記録訂正を担当する'
            'チームへ修正を依頼いたしました。反映まで3〜5営業日ほどかかる見込みです。完了しましたら、'
            '改めて本ケースにてご報告いたします。現時点でお客様にご対応いただくことはございません。</p>'
            + jsig("山本 沙織") +
            '<div style="margin-top:20px;border-top:1px solid #ccc;padding-top:8px;color:#555">'
            '<b>差出人:</b> 三枝 航 &lt;%s&gt;<br><b>送信日時:</b> 2023年12月5日 20:41<br><blockquote '
            'style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div>'
            % (ME_P, quoted))
    hm = page('<div style="font-family:Meiryo,sans-serif;padding:16px;background:#fff">%s%s</div>' % (body, JP_FOOT),
              lang="ja")
    emit(TC_FROM, ME_P, D_SUBJ, dt("2023-12-07 08:15"), H(hm), ("case_update", False, D, []),
         mid_=mid("sf", "d5"), irt=d3, refs=" ".join([d1, d2, d3]), au=auth("amazon.com"))

    # 016 Credly lookalike phishing
    inner = ('<p>Hello Wataru,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> badge is scheduled '
             'for removal because the issuer could not verify your identity after a recent name change.</p>'
             '<p>Sign in within 48 hours to keep your badge and your public profile.</p>'
             + button("Keep my badge", "https://credly-notify.com/signin?u=wsaegusa", "#ff6b00") +
             '<p style="font-size:11px;color:#888">Credly, Inc. | 1 Liberty Plaza, New York</p>')
    hm = page(card(inner, "Credly"), "Your badge will be removed in 48 hours")
    emit("Credly <admin@credly-notify.com>", ME_P, "Action required: your AWS badge will be removed",
         dt("2023-12-08 17:22"), alt(strip(hm), hm, seed="d6"), ("suspicious", False, None, []),
         mid_=mid("credly-notify.com", "d6"), au=auth("credly-notify.com"))

    # 017 Japanese resolution quoting the earlier request
    old = strip(page(body)).replace("\n", "<br>")
    body2 = ('<p>三枝様</p><p>お待たせいたしました。氏名の訂正が完了しましたのでご報告いたします。</p>'
             + kv([("訂正後の氏名", "WATARU SAEGUSA"), ("デジタル認定証", "新しい表記で再発行済み")]) +
             '<p>Credly のデジタルバッジへの反映には最大48時間ほどかかる場合がございます。本件はこれにて'
             'クローズとさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>'
             + jsig("佐藤 健") +
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0;margin-top:16px">'
             '<p><b>差出人:</b> AWS Training and Certification<br><b>送信日時:</b> 2023年12月7日 17:15<br>'
             '<b>件名:</b> %s</p></div><div>%s</div>' % (html.escape(D_SUBJ), old))
    hm = page('<div style="font-family:Meiryo,sans-serif;padding:16px;background:#fff">%s%s</div>' % (body2, JP_FOOT),
              "氏名の訂正が完了しました", lang="ja")
    emit(TC_FROM, ME_P, D_SUBJ, dt("2023-12-12 04:40"), alt(strip(hm), hm, "utf-8", "base64", seed="d7"),
         ("resolved", False, D, []), mid_=mid("sf", "d7"), irt=d3, refs=" ".join([d1, d2, d3]),
         au=auth("amazon.com"))

    # 018 CertMetrics expiry reminder
    inner = ('<p>Dear Wataru Saegusa,</p><p>Your <b>AWS Certified Developer - Associate</b> certification expires on '
             'March 18, 2024. Recertify before that date to keep your certification active.</p>'
             + kv([("Candidate ID", "AWS04471932"), ("Validation number", "Q7KF2L8B1M4EQW3C"),
                   ("Expiration", "2024-03-18")]) +
             button("See recertification options", "https://aws.amazon.com/certification/recertification/") +
             '<p style="font-size:11px;color:#777">This is an automated message; replies are not monitored.</p>')
    hm = page(card(inner, "AWS Certification"), "90 days left to recertify")
    emit("AWS Certification <do-not-reply@certmetrics.com>", ME_P,
         "Your AWS Certification expires in 90 days", dt("2023-12-19 16:00"), alt(strip(hm), hm, seed="d8"),
         ("certification", False, None, ["AWS04471932"]), mid_=mid("certmetrics.com", "d8"),
         au=auth("certmetrics.com"))
