from lib import *
from part2 import JP_FOOT, jsig

A = "174459138810264"
B = "174459012305529"
A_SUBJ = tc_subj(A)
B_SUBJ = tc_subj(B, sp=" ")
ST = {}


def ksig():
    return ('<table cellpadding="0" cellspacing="0" style="margin-top:16px;font-family:Arial;font-size:13px">'
            '<tr><td><b>Kenji M.</b></td></tr><tr><td style="color:#555">Customer Service Associate | AWS Training and '
            'Certification</td></tr><tr><td style="padding-top:6px"><img src="https://d1.awsstatic.com/tc/sig-logo.png" '
            'width="90" height="24" alt="aws training and certification"></td></tr></table>')


def run():
    # 044 another vendor asks for approval
    inner = ('<p>三枝 様</p><p>HostBridge サポートデスクです。お問い合わせ #204417 の件、ドメイン kobalt-lab.jp の移管準備が'
             '整いました。移管を進めてよろしいでしょうか。下のボタンから承認いただくか、本メールにご返信ください。</p>'
             + button("移管を承認する", "https://support.hostbridge.jp/t/204417/approve", "#2b6cb0") +
             '<p style="font-size:11px;color:#888">株式会社ホストブリッジ サポートデスク</p>')
    hm = page(card(inner, "HostBridge"), "移管のご承認をお願いします", lang="ja")
    emit(a("HostBridge サポート", "support@hostbridge.jp"), ME_C, "【HostBridge】お問い合わせ #204417 ドメイン移管のご確認",
         dt("2025-04-01 05:40"), alt(strip(hm), hm, seed="g1"), ("unrelated", False, None, []),
         mid_=mid("hostbridge.jp", "g1"), au=auth("hostbridge.jp", box="exo"))

    # 045 HR colleague
    new = ('<p>三枝さん</p><p>人事の森です。最終出社日は4月30日(水)で確定しました。会社のメールアカウントは同日18時に'
           '停止されますので、必要な個人設定の移行は前日までにお済ませください。</p><p>貸与PCの返却手順は別途ご案内します。</p>'
           '<table style="margin-top:12px;font-size:12px;color:#555"><tr><td>森 千夏 | 人事部<br>Kobalt Systems株式会社</td></tr></table>')
    hm = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:游ゴシック;font-size:11pt">%s</div>'
          '<p style="font-size:9px;color:#999">本メールには機密情報が含まれている場合があります。誤って受信された場合は削除のうえ送信者にご連絡ください。</p>'
          '</body></html>\n' % new)
    emit(a("森 千夏", "c-mori@kobalt-sys.co.jp"), ME_C, "最終出社日とメールアカウント停止について", dt("2025-04-10 16:22", 9),
         alt(strip(hm), hm, "utf-8", "base64", seed="g2"), ("unrelated", False, None, []), mid_=mid("outlook", "g2"),
         extra=[("Thread-Topic", h("最終出社日とメールアカウント停止について")), ("Content-Language", "ja-JP")])

    # 046 B acknowledgement, Japanese, to the company address
    inner = ('<p>お問い合わせありがとうございます。</p><p>以下の内容でケース %s を作成いたしました。</p>' % B +
             kv([("お問い合わせタイプ", "AWS トレーニングと認定"), ("その他の詳細", "アカウントの統合"),
                 ("ご依頼内容", "退職に伴い、会社アドレスの認定アカウントを個人アドレス(%s)のアカウントへ統合したい。" % ME_P)]) +
             '<p>通常24時間以内に担当者よりご連絡いたします。すでに同じ内容のケースをお持ちの場合は、新たなケースを'
             '作成しないようお願いいたします。</p>' + JP_FOOT)
    hm = page(card(inner, "AWS トレーニングと認定"), "ケースを受け付けました", lang="ja")
    b1 = emit(TC_FROM, ME_C, B_SUBJ, dt("2025-04-14 00:22"), H(hm), ("acknowledgement", False, B, []),
              mid_=mid("sf", "g3"), au=auth("amazon.com", box="exo"))

    # 047 A acknowledgement with a template reply button
    mail = "mailto:%s?subject=%s" % (TC, A_SUBJ.replace(" ", "%20"))
    inner = ('<p>Hello Wataru,</p><p>Thank you for contacting AWS Training and Certification. We have opened case '
             '<b>%s</b>. The details of your case are as follows:</p>' % A +
             kv([("Use case", "I am leaving Kobalt Systems at the end of April and would like to merge my "
                  "certification accounts."), ("All e-mail addresses used", "%s, %s" % (ME_C, ME_P)),
                 ("Address to keep", ME_P)]) +
             '<p>We aim to respond within 24 hours. Opening another case for the same request will slow things '
             'down; if you want to add information, use the button below.</p>' +
             button("Reply to this case", mail, "#232f3e") + AWS_LEGAL)
    hm = page(card(inner), "Case %s: we have your request" % A)
    a1 = emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-14 00:43"), alt(strip(hm), hm, seed="g4"),
              ("acknowledgement", False, A, []), mid_=mid("sf", "g4"), au=auth("amazon.com"))
    ST["a1"] = a1

    # 048 English newsletter with "merged" and "confirm" words
    inner = ('<h2 style="font-size:20px">Cloud Ledger Weekly #311</h2><ul><li>How one team merged 40 AWS '
             'accounts into a single Organization without downtime</li><li>Reply to this e-mail with your '
             'certification story - we feature one reader a month</li><li>Opinion: support SLAs are a product '
             'feature</li></ul>' + button("Read the issue", "https://cloudledger.news/311", "#333"))
    hm = page(card(inner, "Cloud Ledger"), "Merging 40 accounts, and your certification stories")
    emit("Cloud Ledger Weekly <editor@cloudledger.news>", ME_P, "Cloud Ledger Weekly #311: 40 accounts, one Organization",
         dt("2025-04-14 13:00"), alt(strip(hm), hm, seed="g5"), ("unrelated", False, None, []),
         mid_=mid("cloudledger.news", "g5"), au=auth("cloudledger.news"),
         extra=[("List-Unsubscribe", "<mailto:unsub@cloudledger.news>")])

    # 049 B closed as duplicate
    body = ('<div style="font-family:Arial;font-size:14px">Hello,<br><br>This case repeats case %s, which was opened '
            'twenty minutes later from %s for the same account merge. To keep the work in one place we have closed '
            'this case; the merge continues on %s. Nothing needs to be done here.<br><br>Best regards,<br>AWS Training '
            'and Certification</div>' % (A, ME_P, A) + AWS_LEGAL)
    emit(TC_FROM, ME_C, B_SUBJ, dt("2025-04-15 01:30"), H('<html><body>%s</body></html>\n' % body, "utf-8", "base64"),
         ("case_update", False, B, []), mid_=mid("sf", "g6"), irt=b1, au=auth("amazon.com", box="exo"))

    # 050 A partner hold, nothing asked
    hold = ('<div style="font-family:Arial;font-size:14px">Hello Wataru,<br><br>I have reviewed both profiles. The one '
            'registered to %s is associated with an AWS Partner Network organization (Kobalt Systems K.K.). '
            'Profiles tied to a partner cannot be merged until the partner&#39;s alliance lead removes the association in '
            'AWS Partner Central.<br><br>I have contacted the partner contact on file and put your case on hold while we '
            'wait for them.' % ME_C +
            kv([("Case", A), ("Status", '<img src="https://d1.awsstatic.com/tc/pause.png" width="14" alt="On hold"> '
                              'Waiting on AWS Partner')]) +
            'You do not need to send us anything at this point; I will update you as soon as the association is '
            'released.' + ksig() + '</div>' + AWS_LEGAL)
    hm = '<html><body>%s</body></html>\n' % hold
    a2 = emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-15 03:10"), alt(strip(hm), hm, seed="g7"),
              ("on_hold", False, A, []), mid_=mid("sf", "g7"), irt=a1, au=auth("amazon.com"))
    ST["a2"] = a2

    # 051 owner forwards the hold to the alliance lead
    fs = "FW: " + A_SUBJ
    o = outlook('<p>小林さん</p><p>お疲れさまです。三枝です。退職に伴う認定アカウントの統合で、AWSから下記の連絡がありました。'
                'Partner Central で私の認定アカウントの紐付けを解除していただけますでしょうか。</p><p>よろしくお願いします。</p>',
                "AWS Training and Certification <%s>" % TC, "2025年4月15日 12:10", ME_P, A_SUBJ, hold, jp=True)
    f1 = emit(a("三枝 航", ME_C), a("小林 誠", "m-kobayashi@kobalt-sys.co.jp"), fs, dt("2025-04-15 13:02", 9),
              alt(strip(o), o, seed="g8"), ("user_reply", False, A, []), mid_=mid("outlook", "g8"),
              extra=[("Thread-Topic", fs), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")])

    # 052 Partner Central notice
    inner = ('<p>Hello Wataru,</p><p>Your AWS Certification profile is no longer associated with the partner '
             'organization <b>Kobalt Systems K.K.</b>. Certifications you hold will no longer count toward that '
             'partner&#39;s totals.</p>' + button("Go to AWS Partner Central", "https://partnercentral.awspartner.com/") + AWS_LEGAL)
    hm = page(card(inner, "AWS Partner Network"))
    emit("AWS Partner Network <apn-no-reply@amazon.com>", ME_C, "Your AWS Partner Central association has changed",
         dt("2025-04-16 02:31"), alt(strip(hm), hm, seed="g9"), ("unrelated", False, None, []),
         mid_=mid("ses", "g9"), au=auth("amazon.com", box="exo"))

    # 053 colleague answers the forward
    o2 = outlook('<p>三枝さん</p><p>Partner Central で紐付けを解除しました。反映まで少し時間がかかるかもしれません。</p><p>小林</p>',
                 "三枝 航 <%s>" % ME_C, "2025年4月15日 13:02", "小林 誠 <m-kobayashi@kobalt-sys.co.jp>", fs,
                 strip(o).replace("\n", "<br>"), jp=True)
    emit(a("小林 誠", "m-kobayashi@kobalt-sys.co.jp"), a("三枝 航", ME_C), "RE: " + fs, dt("2025-04-16 11:40", 9),
         alt(strip(o2), o2, seed="g10"), ("unrelated", False, A, []), mid_=mid("outlook", "g10"), irt=f1,
         extra=[("Thread-Topic", fs)])

    # 054 hold lifted
    body = ('<div style="font-family:Arial;font-size:14px">Hello Wataru,<br><br>The partner has released the '
            'association, so your case is no longer on hold. I am now reviewing both profiles and will write with the '
            'next step shortly.' + ksig() + '</div>' + AWS_LEGAL)
    a3 = emit(TC_FROM, ME_P, A_SUBJ, dt("2025-04-17 02:00"), H('<html><body>%s</body></html>\n' % body),
              ("case_update", False, A, []), mid_=mid("sf", "g11"), irt=a2, refs=a1 + " " + a2, au=auth("amazon.com"))
    ST["a3"] = a3

    # 055 spoofed AWS sender, DMARC fails
    s = tc_subj("174459177442093")
    inner = ('<p>Hello,</p><p>Your account merge is almost complete. To finish, sign in once with your <b>company</b> '
             'credentials so that we can verify ownership of the old profile. The link expires in 12 hours.</p>'
             + button("Sign in to confirm", "https://aws-training-merge.com/sso/verify?case=174459177442093") +
             '<p>Thank you,<br>AWS Training and Certification</p>' + AWS_LEGAL)
    hm = page(card(inner), "Confirm your merge now")
    emit(TC_FROM, ME_P, s, dt("2025-04-17 07:19"), alt(strip(hm), hm, seed="g12"), ("suspicious", False, None, []),
         mid_=mid("mail.aws-training-merge.com", "g12"), au=auth("amazon.com", ok=False, dkim="none"),
         rp="bounce@mail.aws-training-merge.com")
