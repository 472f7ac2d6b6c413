from part0 import *
from part4 import CONSOLE_FOOT


def build():
    # 042 console closing_notice B
    d = datetime(2025, 4, 2, 0, 10, tzinfo=UTC)
    txt = ('Hello again,\n\nWe haven\'t heard back from you on this case. If we don\'t receive a reply '
           'in the Support Center within 3 days, the case will be resolved automatically.\n\n'
           'ご返信がない場合、3日後に本ケースは自動的に解決済みとなります。ご都合のよいときに、'
           'サポートセンターからご返信いただければと存じます。\n\nRahul S.\nAmazon Web Services'
           + CONSOLE_FOOT % B)
    T['b3'] = add(('closing_notice', True, B, []),
                  frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
                  subject='RE:[CASE %s] 認定が反映されない / Certification not showing after exam' % B,
                  date=d, mid=msgid_aws('b3'), irt=T['b2'], refs=refs('b1', 'b2'),
                  body=leaf(txt, cte='base64'), auth=auth_gmail('amazon.com'),
                  received=recv_gmail('b3', '54.240.8.33', d))

    # 043 owner's note to self
    d = datetime(2025, 4, 2, 22, 14, tzinfo=JST)
    txt = ('TODO\n- case %s はメール返信不可。Support Center から返信すること\n'
           '- VUE 登録番号 418273650\n- スコアレポートのスクショ添付\n- 期限: 4/4 まで\n' % B)
    add(('user_reply', False, B, []),
        frm=addr('倉持 翼', PERSONAL), to=PERSONAL, subject='メモ: AWS console case %s 返信' % B,
        date=d, mid=msgid_gmail('memo1'), body=leaf(txt, cte='8bit'))

    # 044 case_update B (after console reply)
    d = datetime(2025, 4, 3, 2, 40, tzinfo=UTC)
    txt = ('Hello,\n\nThank you for the registration ID and screenshot you added in the Support Center. '
           'I have passed them to our certification records team, who will link the score to your '
           'account. I will update this case once they are done.\n\n'
           'いただいた情報を認定記録チームへ連携しました。完了しましたら改めてご連絡いたします。\n\nRahul S.'
           + CONSOLE_FOOT % B)
    T['b4'] = add(('case_update', False, B, []),
                  frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
                  subject='RE:[CASE %s] 認定が反映されない / Certification not showing after exam' % B,
                  date=d, mid=msgid_aws('b4'), irt=T['b3'], refs=refs('b1', 'b2', 'b3'),
                  body=leaf(txt), auth=auth_gmail('amazon.com'), received=recv_gmail('b4', '54.240.8.33', d))

    # 045 acknowledgement C: full-width case number in the Japanese body, older case mentioned
    d = datetime(2025, 4, 3, 6, 8, 40, tzinfo=UTC)
    txt = ('お問い合わせありがとうございます。ケース番号：%s にて承りました。\n'
           '担当者より通常24時間以内にご連絡いたします。重複したケースの作成はお控えください。\n\n'
           'Thank you for contacting AWS Training and Certification. Case %s has been created.\n\n'
           '送信内容 / Submitted details:\n'
           '  その他の詳細: 認定記録の氏名変更 (Name change)\n'
           '  候補ID: %s\n'
           '  内容: 認定証の氏名が「Tubasa Kuramoti」（訓令式）になっています。パスポートと同じ '
           'ヘボン式に直してください。2021年にも case %s で同じ相談をしましたが直っていません。\n'
           % (fw(C), C, fw(NEW_ID), OLD))
    T['c_1'] = add(('acknowledgement', False, C, [NEW_ID]),
                   frm=addr('AWS トレーニングと認定', TC), to=PERSONAL, subject=subj_tc(C, ''),
                   date=d, mid=msgid_aws('c_1'),
                   body=alt(leaf(txt, cte='base64'), leaf(html_wrap(p2h(txt), 'ja'), 'html', cte='base64'),
                            seed='c_1'),
                   auth=auth_gmail('amazon.com'), received=recv_gmail('c_1', '54.240.8.33', d))

    # 046 Credly lookalike phishing
    d = datetime(2025, 4, 3, 21, 30, tzinfo=UTC)
    inner = ('<p>Dear Badge Holder / バッジ保有者様</p><p>Your AWS badges will be removed in 24 hours '
             'because your account merge was not verified. バッジが24時間後に削除されます。'
             'ログインして確認してください。</p><p><a href="https://credly-badge-center.com/login">Verify now'
             '</a></p><p>Credly Support</p>')
    add(('suspicious', False, None, []),
        frm=addr('Credly', 'no-reply@credly-badge-center.com'), to=PERSONAL,
        subject='Action required: your AWS badges will be removed / バッジ削除のお知らせ', date=d,
        mid=msgid_generic('ph2', 'credly-badge-center.com'), body=leaf(html_wrap(inner), 'html'),
        auth=auth_gmail('credly-badge-center.com', ip='45.61.139.20'),
        received=recv_gmail('ph2', '45.61.139.20', d))

    # 047 resolved B with feedback footer
    d = datetime(2025, 4, 4, 5, 12, tzinfo=UTC)
    txt = ('Hello,\n\nGood news: the records team has linked your 22 March score. AWS Certified '
           'Solutions Architect - Professional now shows on your certification page, and the '
           'Credly badge has been issued. I am marking this case as resolved.\n\n'
           '認定ページへの反映とバッジの発行が完了しました。本ケースは解決済みといたします。\n\n'
           'Rahul S.\n\nWe value your feedback. Please share your experience by rating this '
           'correspondence using the AWS Support Center link at the end of this correspondence.'
           + CONSOLE_FOOT % B)
    T['b5'] = add(('resolved', False, B, []),
                  frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
                  subject='RE:[CASE %s] 認定が反映されない / Certification not showing after exam' % B,
                  date=d, mid=msgid_aws('b5'), irt=T['b4'], refs=refs('b1', 'b2', 'b4'),
                  body=alt(leaf(txt), leaf(html_wrap(p2h(txt)), 'html'), seed='b5'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('b5', '54.240.8.33', d))

    # 048 Credly badge for SAP
    d = datetime(2025, 4, 4, 5, 40, tzinfo=UTC)
    add(('badge', False, None, []),
        frm=addr('Credly', 'admin@credly.com'), to=PERSONAL,
        subject='Congratulations, Tsubasa! Claim your AWS Certified Solutions Architect – Professional badge',
        date=d, mid=msgid_generic('cr2', 'credly.com'),
        body=leaf(html_wrap('<p>Amazon Web Services Training and Certification has issued you a badge.</p>'
                            '<p><a href="https://www.credly.com/badges/a81e77c0-52f4-4e0b-bb13-9de210f0c3a4">'
                            'Accept badge</a></p>'), 'html', cte='quoted-printable'),
        auth=auth_gmail('credly.com', ip='167.89.12.4'), received=recv_gmail('cr2', '167.89.12.4', d))

    # 049 console survey mail for B
    d = datetime(2025, 4, 5, 1, 0, tzinfo=UTC)
    txt = ('Your recent support case %s was resolved. Please take a minute to tell us about your '
           'experience.\n\nサポートのご評価にご協力ください: https://console.aws.amazon.com/support/'
           'feedback?caseId=%s\n\nThis is an automated message.\n' % (B, B))
    add(('survey', False, B, []),
        frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
        subject='How was your AWS Support experience? (Case %s)' % B, date=d, mid=msgid_aws('sv2'),
        body=leaf(txt), auth=auth_gmail('amazon.com'), received=recv_gmail('sv2', '54.240.8.33', d))

    # 050 info_request C: keigo ask, English template says "no further action"
    d = datetime(2025, 4, 5, 7, 25, tzinfo=UTC)
    inner = ('<p>倉持 翼 様</p><p>AWS トレーニングと認定の高橋でございます。</p>'
             '<p>認定記録の氏名を修正するにあたり、パスポートに記載されているとおりのローマ字表記'
             '（姓・名の順）をご教示いただけますでしょうか。あわせて、修正対象の候補IDが %s で'
             '間違いないか、ご確認のほどよろしくお願いいたします。</p>'
             '<p>以前のケース（%s）の記録は保存期間を過ぎているため、参照できませんでした。</p>'
             '<p>高橋 由紀 / Yuki Takahashi</p><hr>'
             '<p style="font-size:11px;color:#666">Thank you for contacting AWS Training and '
             'Certification. No further action is required from you at this time. This message was '
             'sent by the AWS Training and Certification team.</p>' % (fw(NEW_ID), OLD))
    T['c_2'] = add(('info_request', True, C, [NEW_ID]),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(C), date=d,
                   mid=msgid_aws('c_2'), irt=T['c_1'], refs=T['c_1'],
                   body=leaf(html_wrap(inner, 'ja'), 'html', cte='base64'),
                   auth=auth_gmail('amazon.com'), received=recv_gmail('c_2', '54.240.8.33', d))

    # 051 user reply C: full-width romaji name
    d = datetime(2025, 4, 6, 9, 3, tzinfo=JST)
    txt = ('高橋様\n\nご連絡ありがとうございます。\nパスポート表記：%s\n'
           '候補IDは %s で間違いありません。\n\nKURAMOCHI Tsubasa\n\n'
           '> 修正対象の候補IDが %s で間違いないか、ご確認のほどよろしくお願いいたします。\n'
           % (fw('KURAMOCHI TSUBASA'), NEW_ID, fw(NEW_ID)))
    T['c_3'] = add(('user_reply', False, C, [NEW_ID]),
                   frm=addr('倉持 翼', PERSONAL), to=TC, subject=subj_tc(C), date=d,
                   mid=msgid_gmail('c_3'), irt=T['c_2'], refs=refs('c_1', 'c_2'),
                   body=leaf(txt, charset='iso-2022-jp', cte='7bit'))

    # 052 on_hold C: waiting on the exam delivery partner, nothing needed
    d = datetime(2025, 4, 8, 0, 45, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nName changes on the certification record must match the testing '
           'profile held by our exam delivery partner, so I have asked Pearson VUE to update that '
           'profile first. Your case is on hold until they confirm. There is nothing you need to do.\n\n'
           '試験配信パートナー側のプロフィール更新待ちのため、本ケースを一時保留といたします。'
           '現時点でお客様にご対応いただくことはございません。\n\nDaniel O.\nAWS Training and Certification\n')
    T['c_4'] = add(('on_hold', False, C, []),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(C), date=d,
                   mid=msgid_aws('c_4'), irt=T['c_3'], refs=refs('c_1', 'c_2', 'c_3'),
                   body=leaf(txt), auth=auth_gmail('amazon.com'), received=recv_gmail('c_4', '54.240.8.33', d),
                   crlf=True)

    # 053 Pearson VUE profile updated
    d = datetime(2025, 4, 9, 3, 30, tzinfo=UTC)
    txt = ('Dear KURAMOCHI Tsubasa,\n\nThe name on your Pearson VUE testing profile has been updated.\n'
           'プロフィールの氏名を更新しました。心当たりがない場合はお問い合わせください。\n\nPearson VUE\n')
    add(('unrelated', False, None, []),
        frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=PERSONAL,
        subject='Your Pearson VUE profile was updated', date=d, mid=msgid_generic('pv2', 'pearson.com'),
        body=leaf(txt), auth=auth_gmail('pearson.com', ip='159.182.10.4'),
        received=recv_gmail('pv2', '159.182.10.4', d))

    # 054 case_update C: hold lifted
    d = datetime(2025, 4, 10, 1, 5, tzinfo=UTC)
    txt = ('倉持様\n\nPearson VUE 側の更新が確認できましたので、保留を解除いたしました。'
           '現在、認定記録チームにて氏名の修正作業を進めております。\n'
           'The hold is lifted and the records team is now updating your name. '
           'ご不明点がございましたら、お気軽にご返信ください。\n\nDaniel O.\n')
    T['c_5'] = add(('case_update', False, C, []),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(C), date=d,
                   mid=msgid_aws('c_5'), irt=T['c_4'], refs=refs('c_1', 'c_4'),
                   body=alt(leaf(txt), leaf(html_wrap(p2h(txt), 'ja'), 'html'), seed='c_5'),
                   auth=auth_gmail('amazon.com'), received=recv_gmail('c_5', '54.240.8.33', d))

    # 055 acknowledgement E: SME programme invitations (English only, short)
    d = datetime(2025, 4, 10, 1, 38, 40, tzinfo=UTC)
    txt = ('Thank you for contacting AWS Training and Certification. We have opened case %s.\n'
           'A member of our team will respond within 24 hours.\n' % E)
    T['e1'] = add(('acknowledgement', False, E, []),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(E, ''), date=d,
                  mid=msgid_aws('e1'), body=leaf(txt, 'plain', 'us-ascii', '7bit'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('e1', '54.240.8.33', d))
