from part0 import *
from email.message import Message

CONSOLE_FOOT = ('\n\nTo contact us again about this case, please return to the Support Center using '
                'the following URL:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s'
                '&language=ja\n\n*Please note: this e-mail was sent from an address that cannot '
                'accept incoming e-mails.\nTo respond to this case, please follow the link above '
                'to respond from your AWS Support Center.\n\nThank you for using Amazon Web Services.\n'
                + aws_footer_en())


def build():
    # 031 owner forwards the resolution to colleagues
    d = datetime(2025, 3, 18, 12, 30, tzinfo=JST)
    txt = ('田中さん、山本さん\n\nFYI です。認定アカウントの統合、今朝終わりました。'
           'フォーム送信から2週間くらい。APN 絡みで一度保留になったので、田中さんも早めに出した方がいいです。\n\n'
           '倉持\n\n---------- Forwarded message ---------\n'
           'From: AWS Training and Certification <%s>\nDate: 2025年3月18日(火) 11:31\n'
           'Subject: %s\nTo: <%s>\n\n'
           'Hello Tsubasa,\n\nThank you for confirming. I have successfully merged all accounts into '
           'Account #1 (%s).\n...\n' % (TC, subj_tc(A, 'RE: '), PERSONAL, PERSONAL))
    add(('user_reply', False, A, []),
        frm=addr('倉持 翼', PERSONAL),
        to='k-tanaka@minatoweave.co.jp, a-yamamoto@minatoweave.co.jp',
        subject='Fwd: ' + subj_tc(A, 'RE: '), date=d, mid=msgid_gmail('fwd1'),
        body=leaf(txt, cte='quoted-printable'))

    # 032 survey about case A
    d = datetime(2025, 3, 19, 3, 0, tzinfo=UTC)
    inner = ('<p>Hello,</p><p>Your recent case %s with AWS Training and Certification has been '
             'marked as resolved. How did we do?</p>'
             '<p>今回のサポートについて、1〜5でご評価ください。所要時間は1分ほどです。</p>'
             '<table><tr>' + ''.join('<td><a href="https://survey.aws-tc.example.com/r?c=%s&s=%d">%d</a></td>'
                                     % (A, i, i) for i in range(1, 6)) + '</tr></table>'
             '<p style="font-size:11px">This survey is optional. ご回答は任意です。</p>') % A
    add(('survey', False, A, []),
        frm=addr(TC_NAME, 'aws-tc-survey@amazon.com'), to=PERSONAL,
        subject='How did we do? / サポートへのご意見をお聞かせください [CASE %s]' % A, date=d,
        mid=msgid_aws('sv1'), body=leaf(html_wrap(inner), 'html', cte='base64'),
        auth=auth_gmail('amazon.com'), received=recv_gmail('sv1', '54.240.8.33', d))

    # 033 owner reopens A: voucher missing
    d = datetime(2025, 3, 21, 10, 12, tzinfo=JST)
    txt = ('Hi Mei,\n\nThank you for merging. One thing: the 50%% exam discount voucher I had on the old '
           'account is not in Benefits on the merged account.\n'
           '旧アカウントにあった50%%割引バウチャーが、統合後の特典ページに表示されていません。'
           '確認していただけますか。\n\nTsubasa\n\n'
           'On Tue, Mar 18, 2025 at 11:31 AWS Training and Certification <%s> wrote:\n%s\n'
           % (TC, quote('I have successfully merged all accounts into Account #1 ...')))
    T['a13'] = add(('user_reply', False, A, []),
                   frm=addr('Tsubasa Kuramochi', PERSONAL), to=TC, subject=subj_tc(A, 'RE: '),
                   date=d, mid=msgid_gmail('a13'), irt=T['a12'], refs=refs('a1', 'a11', 'a12'),
                   body=leaf(txt, cte='8bit'))

    # 034 case_update A: reopened
    d = datetime(2025, 3, 21, 6, 5, tzinfo=UTC)
    txt = ('ケースを再開しました / We have reopened your case.\n\n'
           'Hello Tsubasa, thanks for letting us know. I have reopened case %s and passed the '
           'missing voucher to our benefits team. These checks usually take 3-5 business days; '
           'you do not need to do anything in the meantime.\n\n'
           'バウチャーの件は特典担当チームにて確認中です。結果が分かり次第ご連絡いたします。\n\n'
           'Mei L.\n' % A)
    T['a14'] = add(('case_update', False, A, []),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A, 'RE: '), date=d,
                   mid=msgid_aws('a14'), irt=T['a13'], refs=refs('a1', 'a12', 'a13'),
                   body=leaf(txt), auth=auth_gmail('amazon.com'),
                   received=recv_gmail('a14', '54.240.8.33', d))

    # 035 AWS Educate form case asking something (other program)
    d = datetime(2025, 3, 24, 7, 40, tzinfo=UTC)
    txt = ('Hello,\n\nThanks for contacting AWS Educate. To restore access to your learner account we '
           'need the school email address you originally registered with. Please reply to this '
           'email with that address.\n\n'
           '登録時の学校メールアドレスを本メールにご返信ください。\n\nAWS Educate Support\n')
    add(('unrelated', False, EDU, []),
        frm=addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), to=PERSONAL,
        subject='RE:[CASE %s] [AWS Educate Form Submission] - account-access' % EDU, date=d,
        mid=msgid_aws('edu1'), body=leaf(txt), auth=auth_gmail('amazon.com'),
        received=recv_gmail('edu1', '54.240.8.33', d))

    # 036 exam result (certification program mail)
    d = datetime(2025, 3, 24, 9, 15, tzinfo=UTC)
    txt = ('Congratulations! / おめでとうございます！\n\n'
           'You passed AWS Certified Solutions Architect - Professional (SAP-C02) on 2025-03-22.\n'
           'Candidate ID: %s\n\n'
           'Your certification and digital badge will be available within 5 business days.\n'
           '認定とデジタルバッジは5営業日以内に反映されます。\n' % NEW_ID)
    add(('certification', False, None, [NEW_ID]),
        frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=PERSONAL,
        subject='AWS Certification exam results / 試験結果のお知らせ', date=d,
        mid=msgid_generic('c4', 'certmetrics.com'), body=leaf(txt, cte='base64'),
        auth=auth_gmail('certmetrics.com', ip='52.4.19.88'), received=recv_gmail('c4', '52.4.19.88', d))

    # 037 resolved A (voucher), Shift_JIS, "no further action"
    d = datetime(2025, 3, 25, 2, 20, tzinfo=UTC)
    txt = ('倉持 様\n\n特典チームより回答がありましたのでご連絡いたします。\n'
           '旧アカウントの50%割引バウチャーを、統合後のアカウントに再発行いたしました。\n'
           '認定アカウントの「特典」ページにて、コードをご確認いただけます（有効期限 2025年9月30日）。\n\n'
           'The 50% discount voucher has been reissued on your merged account. '
           'No further action is required on your part, and this case is now resolved.\n\n'
           '今後ともよろしくお願いいたします。\n中村 (Nakamura)\nAWS トレーニングと認定\n')
    add(('resolved', False, A, []),
        frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A, 'RE: '), date=d,
        mid=msgid_aws('a15'), irt=T['a14'], refs=refs('a1', 'a13', 'a14'),
        body=leaf(txt, charset='shift_jis', cte='base64'), auth=auth_gmail('amazon.com'),
        received=recv_gmail('a15', '54.240.8.33', d))

    # 038 console case B opened
    d = datetime(2025, 3, 27, 4, 51, tzinfo=UTC)
    txt = ('Hello,\n\nWe have opened case %s on your behalf.\n\nThe details of your case are as '
           'follows:\n\nCase ID: %s\nSubject: 認定が反映されない / Certification not showing after '
           'exam\nSeverity: General guidance\nCorrespondence: 3月22日に SAP-C02 に合格し結果メールも'
           '届きましたが、統合後のアカウントの認定ページに表示されません。Credly バッジも来ていません。'
           % (B, B) + CONSOLE_FOOT % B)
    T['b1'] = add(('acknowledgement', False, B, []),
                  frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
                  subject='Amazon Web Services: New Support case: %s' % B, date=d,
                  mid=msgid_aws('b1'), body=leaf(txt), auth=auth_gmail('amazon.com'),
                  received=recv_gmail('b1', '54.240.8.33', d))

    # 039 console info_request B: firm English, soft MT Japanese, feedback footer
    d = datetime(2025, 3, 29, 1, 33, tzinfo=UTC)
    txt = ('Hello,\n\nI checked candidate ID %s and can see the exam attempt, but the score record '
           'from the test center has not been linked yet. We need the following to continue:\n\n'
           '1. Your Pearson VUE registration ID for the 22 March exam\n'
           '2. A screenshot of the score report\n\n'
           'Reply through the Support Center with both items; we cannot proceed without them.\n\n'
           '（機械翻訳）可能でしたら、試験の登録番号とスコアレポートの画像をサポートセンターから'
           'お送りいただけますと幸いです。\n\nBest regards,\nRahul S.\nAmazon Web Services\n\n'
           'We value your feedback. Please share your experience by rating this correspondence '
           'using the AWS Support Center link at the end of this correspondence.' % NEW_ID
           + CONSOLE_FOOT % B)
    T['b2'] = add(('info_request', True, B, [NEW_ID]),
                  frm=addr('Amazon Web Services', CONSOLE), to=PERSONAL,
                  subject='RE:[CASE %s] 認定が反映されない / Certification not showing after exam' % B,
                  date=d, mid=msgid_aws('b2'), irt=T['b1'], refs=T['b1'],
                  body=alt(leaf(txt), leaf(html_wrap(p2h(txt)), 'html'), seed='b2'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('b2', '54.240.8.33', d))

    # 040 bounce: the owner replied by e-mail to the no-reply address
    d = datetime(2025, 3, 29, 11, 2, tzinfo=JST)
    note = ('** Address not found **\n\nYour message wasn\'t delivered to no-reply-aws@amazon.com '
            'because the address couldn\'t be found, or is unable to receive mail.\n\n'
            'The response from the remote server was:\n550 5.1.1 <no-reply-aws@amazon.com>: '
            'Recipient address rejected: this mailbox does not accept incoming mail\n')
    orig = ('From: 倉持 翼 <%s>\nTo: Amazon Web Services <%s>\nSubject: RE:[CASE %s] '
            '認定が反映されない\n\n登録番号は 418273650 です。スクリーンショットを添付します。\n'
            % (PERSONAL, CONSOLE, B))
    ds = Message()
    ds['Content-Type'] = 'message/delivery-status'
    b1 = Message(); b1['Reporting-MTA'] = 'dns; googlemail.com'
    b2 = Message(); b2['Final-Recipient'] = 'rfc822; no-reply-aws@amazon.com'
    b2['Action'] = 'failed'; b2['Status'] = '5.1.1'
    b2['Diagnostic-Code'] = 'smtp; 550 5.1.1 mailbox does not accept incoming mail'
    ds.set_payload([b1, b2])
    hdrs = leaf(orig, 'rfc822-headers', cte='quoted-printable')
    rep = alt(leaf(note, cte='7bit', charset='us-ascii'), ds, hdrs, sub='report', seed='bnc')
    rep.set_param('report-type', 'delivery-status')
    add(('unrelated', False, B, []),
        frm=addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=PERSONAL,
        subject='Delivery Status Notification (Failure)', date=d, mid=msgid_gmail('bnc'),
        body=rep, auth='mx.google.com; dkim=pass header.i=@googlemail.com',
        received=recv_gmail('bnc', '209.85.220.41', d))

    # 041 company IT: mailbox shutdown notice
    d = datetime(2025, 3, 31, 10, 0, tzinfo=JST)
    txt = ('倉持 翼 様\n\n情報システム部です。退職に伴い、本日 23:59 をもってメールアカウント '
           '%s を停止します。停止後に届いたメールは送信者にエラーが返ります。\n'
           '必要なメールは本日中に個人環境へ移してください（社外転送は禁止です）。\n\n情報システム部\n' % COMPANY)
    add(('unrelated', False, None, []),
        frm=addr('情報システム部', 'it-admin@minatoweave.co.jp', 'iso-2022-jp'), to=COMPANY,
        subject='【情報システム部】メールアカウント停止のお知らせ', subj_charset='iso-2022-jp', date=d,
        mid=msgid_outlook('it1'), body=leaf(txt, charset='iso-2022-jp', cte='7bit'),
        auth=auth_company('minatoweave.co.jp'), crlf=True)
