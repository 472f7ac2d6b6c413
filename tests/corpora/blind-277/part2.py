from part0 import *


def build():
    # 011 GitHub "merged" notification
    d = datetime(2025, 3, 6, 8, 51, tzinfo=UTC)
    txt = ('Merged #482 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
           'https://github.com/minatoweave/infra-modules/pull/482#event-16610234\n'
           'You are receiving this because you were mentioned.\n')
    add(('unrelated', False, None, []),
        frm=addr('Kazuki Hori', 'notifications@github.com'), to=COMPANY,
        subject='Re: [minatoweave/infra-modules] Merge account-baseline changes into main (PR #482)',
        date=d, mid='<minatoweave/infra-modules/pull/482/issue_event/16610234@github.com>',
        irt='<minatoweave/infra-modules/pull/482@github.com>',
        refs='<minatoweave/infra-modules/pull/482@github.com>',
        body=alt(leaf(txt, cte='7bit', charset='us-ascii'),
                 leaf(html_wrap('<p>Merged <a href="#">#482</a> into <code>main</code>.</p>'),
                      'html', 'us-ascii', '7bit'), seed='gh'),
        auth=auth_company('github.com'),
        extra=[('X-GitHub-Reason', 'mention'), ('List-ID', 'minatoweave/infra-modules <infra-modules.minatoweave.github.com>')])

    # 012 user reply from the WRONG (company) address, Outlook style, ISO-2022-JP, full-width ID
    d = datetime(2025, 3, 7, 9, 15, tzinfo=JST)
    q = ('From: AWS Training and Certification <%s>\nSent: Thursday, March 6, 2025 2:30 PM\n'
         'To: %s\nSubject: %s\n\nDear Tsubasa,\n\nGreetings from AWS Training and Certification!\n'
         'I am Priya and I am working in your case for merge the certification accounts. ...\n'
         % (TC, PERSONAL, subj_tc(A)))
    txt = ('Priya 様\n\nご連絡ありがとうございます。倉持です。\n'
           'Below is the information you asked for.\n\n'
           '・旧アカウント候補ID：%s\n'
           '・最終受験日：令和6年11月2日（SAA-C03）\n\n'
           'よろしくお願いいたします。\nTsubasa Kuramochi\n株式会社ミナトウィーブ\n\n'
           '-----Original Message-----\n%s' % (fw(OLD_ID), q))
    T['a3'] = add(('user_reply', False, A, [OLD_ID]),
                  frm=addr('倉持 翼', COMPANY, 'iso-2022-jp'), to=addr(TC_NAME, TC),
                  subject=subj_tc(A), date=d, mid=msgid_outlook('a3'),
                  irt=T['a2'], refs=refs('a1', 'a2'),
                  body=leaf(txt, charset='iso-2022-jp', cte='7bit'),
                  extra=[('X-Mailer', 'Microsoft Outlook 16.0')])

    # 013 info_request A: firm Japanese "write from the registered address", soft English
    d = datetime(2025, 3, 7, 3, 2, tzinfo=UTC)
    txt = ('倉持 翼 様\n\nAWS トレーニングと認定の佐藤でございます。\n'
           '（ケース番号：%s）\n'
           'ご返信いただいた候補ID（%s）と受験日について拝見いたしました。\n\n'
           'しかしながら、今回のご返信はケースに登録されていないアドレス（%s）から送信されております。'
           'セキュリティ上の理由により、このアドレスからのご回答では手続きを進めることができません。\n'
           '恐れ入りますが、ケースに登録されている %s から、本メールに改めてご返信ください。\n\n'
           '(English) We noticed the reply came from an address that is not on the case. If '
           'possible, it would be great to hear from you from the address on file instead.\n\n'
           '佐藤 美咲 (Misaki Sato)\nAWS Training and Certification\n\n'
           '> 旧アカウント候補ID：%s\n' % (fw(A), fw(OLD_ID), COMPANY, PERSONAL, fw(OLD_ID)))
    T['a4'] = add(('info_request', True, A, [OLD_ID]),
                  frm=addr(TC_NAME, TC), to=COMPANY, subject=subj_tc(A), date=d,
                  mid=msgid_aws('a4'), irt=T['a3'], refs=refs('a1', 'a2', 'a3'),
                  body=alt(leaf(txt, cte='base64'), leaf(html_wrap(p2h(txt), 'ja'), 'html', cte='base64'),
                           seed='a4'),
                  auth=auth_company('amazon.com'))

    # 014 user reply from the personal address (Gmail, Japanese quote header)
    d = datetime(2025, 3, 7, 12, 40, tzinfo=JST)
    q = ('倉持 翼 様\n\nAWS トレーニングと認定の佐藤でございます。\n...\n'
         '恐れ入りますが、ケースに登録されている %s から、本メールに改めてご返信ください。' % PERSONAL)
    txt = ('佐藤様\n\n失礼しました。個人アドレスから再送いたします。\n'
           'Resending from my personal address as requested.\n\n'
           'Old (company) account: %s\nNew (personal) account: %s\n'
           '最終受験日: 2024年11月2日\n\n倉持 翼\n\n'
           '2025年3月7日(金) 12:02 AWS Training and Certification <%s>:\n\n%s\n'
           % (OLD_ID, NEW_ID, TC, quote(q)))
    T['a5'] = add(('user_reply', False, A, [OLD_ID, NEW_ID]),
                  frm=addr('倉持 翼', PERSONAL), to=TC, subject=subj_tc(A), date=d,
                  mid=msgid_gmail('a5'), irt=T['a4'], refs=refs('a1', 'a2', 'a3', 'a4'),
                  body=alt(leaf(txt, cte='base64'),
                           leaf(html_wrap('<div dir="ltr">' + p2h(txt) + '</div>'), 'html', cte='base64'),
                           seed='a5'))

    # 015 Pearson VUE appointment confirmation (exam vendor; 9-digit registration ID)
    d = datetime(2025, 3, 8, 4, 20, tzinfo=UTC)
    txt = ('倉持 翼 様 / Dear Tsubasa Kuramochi,\n\n'
           '試験のご予約が確定しました。Your exam appointment is confirmed.\n\n'
           '試験: AWS Certified Solutions Architect - Professional (SAP-C02)\n'
           '日時: 2025年3月22日（土）10:00 JST\n会場: オンライン監督付き試験 (OnVUE)\n'
           '登録番号 / Registration ID: 418273650\nCandidate ID: %s\n\n'
           '予約の変更は試験開始の24時間前まで可能です。\nPearson VUE\n' % NEW_ID)
    add(('unrelated', False, None, [NEW_ID]),
        frm=addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=PERSONAL,
        subject='Pearson VUE 予約確認 / Appointment Confirmation - AWS Certified Solutions Architect - Professional',
        date=d, mid=msgid_generic('pv1', 'pearson.com'),
        body=alt(leaf(txt), leaf(html_wrap(p2h(txt), 'ja'), 'html'), seed='pv1'),
        auth=auth_gmail('pearson.com', ip='159.182.10.4'), received=recv_gmail('pv1', '159.182.10.4', d))

    # 016 on_hold A: APN partner association; firm Japanese ask buried, soft English
    d = datetime(2025, 3, 10, 7, 45, tzinfo=UTC)
    txt = ('Hi Tsubasa,\n\nThanks for sending the details from your personal address - that is '
           'all we needed on the identity side.\n\n'
           'While preparing the merge I found that the certification account registered with %s '
           'is associated with an AWS Partner Network organization (Minatoweave Systems Co., '
           'Ltd.). Certifications on a partner-linked account count toward that company\'s '
           'partner status, so we cannot merge it away while the association is active. I have '
           'put your case on hold and raised it with our partner team.\n\n'
           'If you happen to know your leaving date, feel free to mention it - it can speed '
           'things up with the partner team.\n\n'
           '---\n'
           '旧アカウントが AWS パートナーネットワーク（APN）の企業に関連付けられているため、'
           'パートナーチームの確認が取れるまで本ケースを保留といたします。\n'
           '【ご対応のお願い】退職予定日を、本メールへのご返信にて必ずお知らせください。'
           'ご回答をいただくまで、パートナーチームとの調整を開始できません。\n---\n\n'
           'Kind regards,\nAlejandro R.\nAWS Training and Certification\n' % COMPANY)
    T['a6'] = add(('on_hold', True, A, []),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A), date=d,
                  mid=msgid_aws('a6'), irt=T['a5'], refs=refs('a1', 'a2', 'a4', 'a5'),
                  body=leaf(txt), auth=auth_gmail('amazon.com'),
                  received=recv_gmail('a6', '54.240.8.33', d), crlf=True)

    # 017 AWS marketing, HTML only
    d = datetime(2025, 3, 10, 23, 0, tzinfo=UTC)
    inner = ('<table width="600" align="center"><tr><td>'
             '<h1>AWS Summit Japan 2025</h1><p>事前登録受付中 / Registration is open</p>'
             '<p>6月25日・26日 幕張メッセ。認定者ラウンジは AWS 認定保有者ならどなたでもご利用いただけます。'
             'Show your digital badge at the lounge entrance.</p>'
             '<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録 / Register now</a></p>'
             '<p style="font-size:10px">配信停止はこちら。Amazon Web Services Japan G.K.</p>'
             '</td></tr></table>')
    add(('unrelated', False, None, []),
        frm=addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), to=PERSONAL,
        subject='【AWS Summit Japan 2025】事前登録受付中 – Registration is open',
        date=d, mid=msgid_aws('mk1'), body=leaf(html_wrap(inner, 'ja'), 'html', cte='base64'),
        auth=auth_gmail('amazon.com'), received=recv_gmail('mk1', '54.240.8.33', d))

    # 018 user reply: leaving date, mixed full-width date
    d = datetime(2025, 3, 11, 8, 5, tzinfo=JST)
    txt = ('Hi Alejandro,\n\nI am leaving Minatoweave on 2025/３/３１ (令和7年3月31日). After that day '
           'the company mailbox will be closed.\n退職日は3月31日です。よろしくお願いします。\n\n'
           'Tsubasa\n\nOn Mon, Mar 10, 2025 at 4:45 PM AWS Training and Certification <%s> wrote:\n'
           '%s\n' % (TC, quote('Hi Tsubasa,\n\nThanks for sending the details from your personal address...')))
    T['a7'] = add(('user_reply', False, A, []),
                  frm=addr('Tsubasa Kuramochi', PERSONAL), to=TC, subject=subj_tc(A), date=d,
                  mid=msgid_gmail('a7'), irt=T['a6'], refs=refs('a1', 'a5', 'a6'),
                  body=leaf(txt, cte='quoted-printable'))

    # 019 phishing from a lookalike domain, machine-translated Japanese
    d = datetime(2025, 3, 11, 14, 2, tzinfo=UTC)
    txt = ('AWS認定のお客様へ\n\n'
           'あなたのアカウント統合リクエストは最終確認を待っている。24時間以内に下記リンクから '
           'Builder ID とパスワードでログインし、統合を承認してください。承認しない場合、'
           'すべての認定資格が失効されます。\n\n'
           'Please confirm your merge request within 24 hours: https://aws-certification-merge.com/verify\n'
           'Candidate ID: AWS7115****\n\nAWS Training & Certification Support Team\n')
    add(('suspicious', False, None, []),
        frm=addr('AWS認定サポート', 'support@aws-certification-merge.com'), to=PERSONAL,
        subject='【重要】AWS認定アカウント統合の最終確認 / Final merge confirmation required',
        date=d, mid=msgid_generic('ph1', 'aws-certification-merge.com'),
        body=alt(leaf(txt), leaf(html_wrap(p2h(txt) + '<p><a href="https://aws-certification-merge.com/verify">'
                                           '今すぐ承認する</a></p>', 'ja'), 'html'), seed='ph1'),
        auth=auth_gmail('aws-certification-merge.com', ip='185.220.101.47'),
        received=recv_gmail('ph1', '185.220.101.47', d))

    # 020 case_update A: hold lifted, passed to merge specialists
    d = datetime(2025, 3, 12, 1, 10, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nThe partner team has confirmed the association on your old account '
           'can be released, given your leaving date. I have lifted the hold and handed the case '
           'to our merge specialists; one of them will write to you with the account details.\n\n'
           'パートナーチームの確認が取れましたので、保留を解除し統合担当へ引き継ぎました。'
           '担当者より改めてご連絡いたします。ご不明な点がございましたら、このメールにご返信ください。\n\n'
           'Regards,\nAlejandro R.\n')
    T['a8'] = add(('case_update', False, A, []),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A), date=d,
                  mid=msgid_aws('a8'), irt=T['a7'], refs=refs('a1', 'a6', 'a7'),
                  body=alt(leaf(txt), leaf(html_wrap(p2h(txt)), 'html'), seed='a8'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('a8', '54.240.8.33', d))
