from part0 import *


def build():
    # 056 recertification congratulations (program mail)
    d = datetime(2025, 4, 11, 8, 0, tzinfo=UTC)
    txt = ('Congratulations on recertifying your AWS Certification!\n\n'
           'Passing AWS Certified Solutions Architect - Professional also renewed your '
           'AWS Certified Solutions Architect - Associate. New expiry: 2028年3月22日 (令和10年).\n\n'
           '再認定おめでとうございます。Associate の有効期限も更新されました。\n')
    add(('certification', False, None, []),
        frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=PERSONAL,
        subject='Congratulations on recertifying your AWS Certification!', date=d,
        mid=msgid_generic('c5', 'certmetrics.com'), body=leaf(txt),
        auth=auth_gmail('certmetrics.com', ip='52.4.19.88'), received=recv_gmail('c5', '52.4.19.88', d))

    # 057 info_request E: plain English question, firm Japanese
    d = datetime(2025, 4, 12, 2, 0, tzinfo=UTC)
    txt = ('Hi Tsubasa,\n\nThanks for your note about the SME program. Your SME profile still points '
           'to %s, which you told us closes soon. Which address should future SME workshop '
           'invitations go to - %s, or another one?\n\n'
           '今後の SME プログラムのご案内を送付するメールアドレスを、本メールへのご返信にてお知らせください。'
           'ご回答をいただき次第、登録を変更いたします。\n\nInes F.\nAWS Training and Certification\n'
           % (COMPANY, PERSONAL))
    T['e2'] = add(('info_request', True, E, []),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(E), date=d,
                  mid=msgid_aws('e2'), irt=T['e1'], refs=T['e1'],
                  body=alt(leaf(txt, cte='8bit'), leaf(html_wrap(p2h(txt)), 'html', cte='8bit'), seed='e2'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('e2', '54.240.8.33', d))

    # 058 resolved C with certificate attachment; contains "will be closed" wording
    d = datetime(2025, 4, 14, 4, 20, tzinfo=UTC)
    txt = ('倉持様\n\n認定記録の氏名を「Tsubasa Kuramochi」に修正いたしました。'
           '新しい認定証（PDF）を添付いたします。認定アカウントからも再ダウンロードいただけます。\n'
           '本件はこれにて完了となり、本ケースは7日後に自動的にクローズされます。\n\n'
           'Your name has been corrected on all certification records and a new certificate is '
           'attached. Thank you for your patience.\n\n高橋 由紀 / Yuki Takahashi\n')
    body = alt(alt(leaf(txt), leaf(html_wrap(p2h(txt), 'ja'), 'html'), seed='c_6a'),
               attach_file('AWS_Certified_Solutions_Architect_Professional_certificate.pdf',
                           b'%PDF-1.4\n% placeholder certificate\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
               sub='mixed', seed='c_6')
    T['c_6'] = add(('resolved', False, C, []),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(C), date=d,
                   mid=msgid_aws('c_6'), irt=T['c_5'], refs=refs('c_1', 'c_3', 'c_5'),
                   body=body, auth=auth_gmail('amazon.com'), received=recv_gmail('c_6', '54.240.8.33', d))

    # 059 Credly: badge updated with new name
    d = datetime(2025, 4, 14, 6, 2, tzinfo=UTC)
    txt = ('Hi Tsubasa Kuramochi,\n\nThe issuer Amazon Web Services Training and Certification updated '
           '2 of your badges. The earner name now reads "Tsubasa Kuramochi".\n'
           'View your badges: https://www.credly.com/users/tsubasa-kuramochi/badges\n')
    add(('badge', False, None, []),
        frm=addr('Credly', 'admin@credly.com'), to=PERSONAL, subject='Your badges have been updated',
        date=d, mid=msgid_generic('cr3', 'credly.com'), body=leaf(txt, 'plain', 'us-ascii', '7bit'),
        auth=auth_gmail('credly.com', ip='167.89.12.4'), received=recv_gmail('cr3', '167.89.12.4', d))

    # 060 survey C: Japanese HTML-only, ISO-2022-JP
    d = datetime(2025, 4, 15, 0, 30, tzinfo=UTC)
    inner = ('<p>倉持 翼 様</p><p>先日はケース %s にてお問い合わせいただき、ありがとうございました。'
             'サービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>'
             '<p><a href="https://survey.aws-tc.example.com/ja?c=%s">アンケートに回答する（約1分）</a></p>'
             '<p>※本メールへの返信はできません。</p>' % (C, C))
    add(('survey', False, C, []),
        frm=addr('AWS トレーニングと認定', 'aws-tc-survey@amazon.com', 'iso-2022-jp'), to=PERSONAL,
        subject='アンケートご協力のお願い（ケース%s）' % fw(C), subj_charset='iso-2022-jp', date=d,
        mid=msgid_aws('sv3'),
        body=leaf(html_wrap(inner, 'ja').replace('charset="utf-8"', 'charset="iso-2022-jp"')
                  .replace('<meta charset="utf-8">', '<meta charset="iso-2022-jp">'),
                  'html', 'iso-2022-jp', '7bit'),
        auth=auth_gmail('amazon.com'), received=recv_gmail('sv3', '54.240.8.33', d))

    # 061 colleague forwards HIS confirmation request to the owner
    d = datetime(2025, 4, 16, 12, 5, tzinfo=JST)
    fwd = ('From: AWS Training and Certification <%s>\nSent: Wednesday, April 16, 2025 10:48 AM\n'
           'To: Kenta Tanaka\nSubject: %s\n\n'
           'Account #1\nLogin email: kenta.tanaka.0612@gmail.com\nCertification notification email: '
           'kenta.tanaka.0612@gmail.com\n\nAccount #2\nLogin email: k-tanaka@minatoweave.co.jp\n'
           'Certification notification email: k-tanaka@minatoweave.co.jp\n\n'
           'Please confirm that both accounts belong to you and that we should merge into Account #1.\n'
           % (TC, subj_tc(COL)))
    txt = ('倉持さん\n\n例のアカウント統合、サポートからこれが来ました。僕のIDは %s です。\n'
           '英語でどう返せばいいですかね？ Account #1 に統合でいいと思うんですが…\n\n田中\n\n'
           '________________________________\n%s' % (COL_ID, fwd))
    T['col2'] = add(('unrelated', False, COL, [COL_ID]),
                    frm=addr('田中 健太', 'k-tanaka@minatoweave.co.jp'), to=PERSONAL,
                    subject='FW: ' + subj_tc(COL), date=d, mid=msgid_outlook('col2'),
                    body=leaf(txt, cte='quoted-printable'), auth=auth_gmail('minatoweave.co.jp', ip='40.107.74.55'),
                    received=recv_gmail('col2', '40.107.74.55', d))

    # 062 owner answers the colleague
    d = datetime(2025, 4, 16, 12, 40, tzinfo=JST)
    txt = ('田中さん\n\nそれで合ってます。そのまま返信で\n\n  Confirmed. Please merge to Account #1.\n\n'
           'と書けば大丈夫です。僕のときは20分くらいで統合完了の連絡が来ました。\n\n倉持\n\n'
           '2025年4月16日(水) 12:05 田中 健太 <k-tanaka@minatoweave.co.jp>:\n%s\n'
           % quote('例のアカウント統合、サポートからこれが来ました。'))
    add(('user_reply', False, COL, []),
        frm=addr('倉持 翼', PERSONAL), to='k-tanaka@minatoweave.co.jp',
        subject='Re: FW: ' + subj_tc(COL), date=d, mid=msgid_gmail('col3'),
        irt=T['col2'], refs=T['col2'], body=leaf(txt, cte='base64'))

    # 063 closing_notice E (already closed; reply within 14 days reopens), firm Japanese
    d = datetime(2025, 4, 21, 3, 15, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nAs we did not hear back about the address for SME invitations, this case '
           'was closed on April 20. Should you still want the change, a reply to this email within '
           '14 days reopens it.\n\n'
           '【重要】ご返信がなかったため、本ケースは4月20日にクローズされました。'
           '変更をご希望の場合は、14日以内に必ず本メールへご返信ください。期限を過ぎると再オープンできません。\n\n'
           'Ines F.\n')
    add(('closing_notice', True, E, []),
        frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(E), date=d, mid=msgid_aws('e3'),
        irt=T['e2'], refs=refs('e1', 'e2'),
        body=alt(leaf(txt), leaf(html_wrap(p2h(txt)), 'html'), seed='e3'),
        auth=auth_gmail('amazon.com'), received=recv_gmail('e3', '54.240.8.33', d))
