from part0 import *


def build():
    # 001 newsletter that talks about merging certification accounts
    d = datetime(2025, 2, 24, 8, 0, tzinfo=JST)
    txt = ('クラウド実践ウィークリー 第212号 / Cloud Jissen Weekly #212\n\n'
           '■ 今週の特集: 転職前にやっておきたい AWS 認定アカウントの統合\n'
           '会社のメールで作った認定アカウントを個人アカウントへ統合する流れを、フォーム送信から\n'
           '"Confirmed. Please merge" の返信まで実例つきで紹介します。サポートから確認依頼が来たら\n'
           '早めに返信しましょう。 -> https://cloudjissen-news.jp/articles/cert-merge\n\n'
           '■ Pick up: EKS Auto Mode の料金を試算してみた\n'
           '■ イベント: JAWS-UG 横浜 3/15(土) 参加登録は connpass から\n\n'
           '配信停止 / Unsubscribe: https://cloudjissen-news.jp/u/8f2a1c\n')
    html = html_wrap(p2h(txt), 'ja')
    T['n1'] = add(('unrelated', False, None, []),
                  frm=addr('クラウド実践ウィークリー', 'weekly@cloudjissen-news.jp'), to=PERSONAL,
                  subject='【第212号】転職前に AWS 認定アカウントを統合しよう / EKS Auto Mode 試算',
                  date=d, mid=msgid_generic('n1', 'mail.cloudjissen-news.jp'),
                  body=alt(leaf(txt, cte='base64'), leaf(html, 'html', cte='base64'), seed='n1'),
                  auth=auth_gmail('cloudjissen-news.jp', ip='198.51.100.24'),
                  received=recv_gmail('n1', '198.51.100.24', d),
                  extra=[('List-Unsubscribe', '<https://cloudjissen-news.jp/u/8f2a1c>')])

    # 002 certification expiry reminder to the company address
    d = datetime(2025, 2, 25, 2, 14, tzinfo=UTC)
    txt = ('Hello Tsubasa Kuramochi,\n\n'
           'Your AWS Certified Solutions Architect - Associate certification will expire on '
           'May 12, 2025. To keep it active, pass the current version of the exam or a '
           'higher-level exam before that date.\n\n'
           'Candidate ID: %s\n\n'
           '--- 日本語 ---\n倉持 翼 様\n\n'
           'AWS Certified Solutions Architect - Associate の有効期限は 2025年5月12日（令和7年5月12日）です。'
           '認定を維持するには、期限までに再認定を完了してください。\n\n'
           'AWS Certification\nThis is an automated message. Please do not reply.\n' % OLD_ID)
    T['c1'] = add(('certification', False, None, [OLD_ID]),
                  frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=COMPANY,
                  subject='Your AWS Certification is expiring soon / AWS 認定の有効期限のお知らせ',
                  date=d, mid=msgid_generic('c1', 'certmetrics.com'),
                  body=leaf(txt, cte='quoted-printable'), auth=auth_company('certmetrics.com'),
                  crlf=True)

    # 003 colleague handover mail (ISO-2022-JP)
    d = datetime(2025, 2, 27, 17, 42, tzinfo=JST)
    txt = ('倉持さん\n\nお疲れさまです、田中です。\n'
           '退職前の引き継ぎについて、監視基盤まわりの資料を金曜までに共有してもらえますか？\n'
           'あと、AWS 認定のアカウントを会社アドレスで作っているなら、最終日の前に個人側へ\n'
           '統合しておいた方がいいですよ。僕も来月やる予定です。\n\n'
           'よろしくお願いします。\n田中 健太\n株式会社ミナトウィーブ クラウド推進部\n')
    T['col1'] = add(('unrelated', False, None, []),
                    frm=addr('田中 健太', 'k-tanaka@minatoweave.co.jp', 'iso-2022-jp'), to=COMPANY,
                    subject='引き継ぎ資料の件', subj_charset='iso-2022-jp', date=d,
                    mid=msgid_outlook('col1'),
                    body=leaf(txt, charset='iso-2022-jp', cte='7bit'),
                    auth=auth_company('minatoweave.co.jp'))

    # 004 Builder ID verification code
    d = datetime(2025, 3, 3, 12, 11, tzinfo=UTC)
    txt = ('Verify your AWS Builder ID email address\n\n'
           'Verification code: 583204\n\n'
           'This code expires 30 minutes after it was sent. If you did not request it, ignore this '
           'message.\n\n確認コード: 583204 （30分間有効です）\n')
    html = html_wrap('<h2>Verify your AWS Builder ID email address</h2>'
                     '<p>Verification code</p><p style="font-size:28px"><b>583204</b></p>'
                     '<p>確認コードの有効期限は送信から30分です。</p>')
    T['bid'] = add(('unrelated', False, None, []),
                   frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=PERSONAL,
                   subject='Verify your AWS Builder ID email address', date=d,
                   mid=msgid_aws('bid'), body=alt(leaf(txt), leaf(html, 'html'), seed='bid'),
                   auth=auth_gmail('signin.aws'), received=recv_gmail('bid', '54.240.8.33', d))

    # 005 certification account created (certification program mail)
    d = datetime(2025, 3, 3, 12, 29, tzinfo=UTC)
    txt = ('Welcome to AWS Certification, Tsubasa.\n\n'
           'Your AWS Certification account is ready. Your candidate ID is %s. Keep it handy when '
           'you schedule an exam or contact us.\n\n'
           'AWS 認定アカウントの作成が完了しました。候補ID：%s\n'
           '試験の予約やお問い合わせの際にご利用ください。\n' % (NEW_ID, fw(NEW_ID)))
    T['c2'] = add(('certification', False, None, [NEW_ID]),
                  frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=PERSONAL,
                  subject='Your AWS Certification account is ready', date=d,
                  mid=msgid_generic('c2', 'certmetrics.com'),
                  body=alt(leaf(txt, cte='base64'), leaf(html_wrap(p2h(txt)), 'html', cte='base64'),
                           seed='c2'),
                  auth=auth_gmail('certmetrics.com', ip='52.4.19.88'),
                  received=recv_gmail('c2', '52.4.19.88', d))

    # 006 acknowledgement, case A (bilingual template, form echo with full-width IDs)
    d = datetime(2025, 3, 5, 1, 41, 3, tzinfo=UTC)
    txt = ('Hello,\n\nThank you for reaching out to AWS Training and Certification. Your request has '
           'been logged as case %s.\n\n'
           'Our team usually responds within 24 hours; some requests need more time so we can '
           'find the right answer. To avoid delays, please do not submit another form for the '
           'same request.\n\n'
           'お問い合わせありがとうございます。ケース番号 %s にて受け付けました。'
           '通常24時間以内に担当者からご連絡いたします。同じ内容で再度フォームを送信されますと、'
           'かえってお時間をいただく場合がございます。\n\n'
           'Details you submitted / 送信内容:\n'
           '  Inquiry type: Certification\n  Additional details: Account Merge\n'
           '  Contact email: %s\n'
           '  How can we help you?:\n'
           '    退職に伴い、会社アドレスの認定アカウントを個人アカウントへ統合したいです。\n'
           '    I am leaving my company and would like to merge my accounts.\n'
           '    旧: %s (%s)\n    新: %s (%s)\n'
           '    Please keep %s.\n\n'
           'Sincerely,\nAWS Training and Certification\n'
           % (A, A, PERSONAL, COMPANY, fw(OLD_ID), PERSONAL, fw(NEW_ID), PERSONAL))
    T['a1'] = add(('acknowledgement', False, A, [OLD_ID, NEW_ID]),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A, ''), date=d,
                  mid=msgid_aws('a1'),
                  body=alt(leaf(txt + aws_footer_en()), leaf(html_wrap(p2h(txt)), 'html'), seed='a1'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('a1', '54.240.8.33', d))

    # 007 AWS billing statement (same no-reply sender as console cases)
    d = datetime(2025, 3, 5, 9, 3, tzinfo=UTC)
    txt = ('Greetings from Amazon Web Services,\n\n'
           'This e-mail confirms that your latest billing statement is available on the AWS web '
           'site. Your account will be charged the following:\n\n'
           'Total: USD 18.42\n[AWS ID 482910376612]\n\n'
           'You can see a complete break down of all charges on the Billing & Cost Management '
           'page.\n\nお支払い金額: USD 18.42\n' + aws_footer_en())
    T['bill'] = add(('unrelated', False, None, []),
                    frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
                    subject='Amazon Web Services Billing Statement Available [Account: 482910376612]',
                    date=d, mid=msgid_aws('bill'), body=leaf(txt, cte='8bit'), auth=auth_gmail('amazon.com'),
                    received=recv_gmail('bill', '54.240.8.33', d))

    # 008 acknowledgement, duplicate case D, Japanese-only ISO-2022-JP to the company address
    d = datetime(2025, 3, 6, 0, 28, 53, tzinfo=UTC)
    txt = ('AWS トレーニングと認定をご利用いただきありがとうございます。\n\n'
           'お問い合わせを受け付け、ケース %s を作成いたしました。\n'
           'ケースの回答時間は原則24時間以内ですが、内容により追加のお時間を頂戴する場合がございます。\n'
           'すでに同じご依頼でケースをお持ちの場合は、新たなケースを作成されませんようお願いいたします。\n\n'
           'ご入力内容:\n  お問い合わせタイプ: AWS トレーニングと認定\n  その他の詳細: アカウントの統合\n'
           '  メールアドレス: %s\n  内容: Please merge my certification account %s into my personal one.\n\n'
           'AWS トレーニングと認定\n' % (D, COMPANY, OLD_ID))
    T['d1'] = add(('acknowledgement', False, D, [OLD_ID]),
                  frm=addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), to=COMPANY,
                  subject=subj_tc(D, ''), date=d, mid=msgid_aws('d1'),
                  body=leaf(txt, charset='iso-2022-jp', cte='7bit'),
                  auth=auth_company('amazon.com'))

    # 009 case_update: duplicate D closed, continue on A
    d = datetime(2025, 3, 6, 2, 15, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nThis is Kenji from AWS Training and Certification.\n\n'
           'The request in this case is the same one you sent us yesterday under case %s. To keep '
           'everything in one place I have closed case %s; your merge will be handled on the '
           'original case by the same team. Nothing is needed from you on this one.\n\n'
           '本ケースは、前日にいただいたケース %s と同じご依頼のため、クローズいたしました。'
           '統合のお手続きは元のケースにて引き続き対応いたします。\n\n'
           'Best regards,\nKenji M.\nAWS Training and Certification\n' % (A, D, A))
    T['d2'] = add(('case_update', False, D, []),
                  frm=addr(TC_NAME, TC), to=COMPANY, subject=subj_tc(D), date=d,
                  mid=msgid_aws('d2'), irt=T['d1'], refs=T['d1'],
                  body=leaf(txt + '\n' + quote('ケース %s を作成いたしました。' % D)),
                  auth=auth_company('amazon.com'))

    # 010 info_request A: second-language English (firm) + soft machine-translated Japanese
    d = datetime(2025, 3, 6, 5, 30, tzinfo=UTC)
    txt = ('Dear Tsubasa,\n\nGreetings from AWS Training and Certification!\n\n'
           'I am Priya and I am working in your case for merge the certification accounts. For '
           'proceed with the merge we need the candidate ID of the old account (the one '
           'registered with company email) and the approximately date of your last exam taken '
           'in that account. Please provide these information by replying this email.\n\n'
           '【日本語でのご案内】\n統合を進めるにあたって、もしお手数でなければ、旧アカウントの候補IDと'
           '最後に受験された日付を教えていただけますと助かります。\n\n'
           'Thanks and regards,\nPriya N.\nAWS Training and Certification\n')
    html = html_wrap(p2h(txt) + '<hr><p style="font-size:11px;color:#888">Case %s</p>' % A)
    T['a2'] = add(('info_request', True, A, []),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A), date=d,
                  mid=msgid_aws('a2'), irt=T['a1'], refs=T['a1'],
                  body=alt(leaf(txt), leaf(html, 'html'), seed='a2'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('a2', '54.240.8.33', d))
