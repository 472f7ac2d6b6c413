from part0 import *


def build():
    # 064 acknowledgement F: Japanese first, form echo with circled numbers + full-width IDs
    d = datetime(2025, 4, 22, 0, 19, 30, tzinfo=UTC)
    txt = ('AWS トレーニングと認定へのお問い合わせありがとうございます。\n'
           'ケース %s を受け付けました。通常24時間以内にご連絡いたします。\n\n'
           'We have received your request (case %s). Please do not open a new case for the same '
           'issue.\n\n'
           '--- ご入力内容 ---\n'
           '統合後も Credly にバッジが出ないため調べたところ、同じメールアドレスで認定アカウントが2つありました。\n'
           '①%s（メイン）\n②%s（誤って作成）\n②を①に統合してください。\n'
           % (F, F, fw(NEW_ID), fw(DUP_ID)))
    T['f1'] = add(('acknowledgement', False, F, [NEW_ID, DUP_ID]),
                  frm=addr('AWS トレーニングと認定', TC), to=PERSONAL, subject=subj_tc(F, ''),
                  date=d, mid=msgid_aws('f1'), body=leaf(txt, cte='base64'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('f1', '54.240.8.33', d))

    # 065 confirmation_request F: Shift_JIS, firm keigo ask, soft English
    d = datetime(2025, 4, 24, 1, 50, tzinfo=UTC)
    txt = ('倉持 翼 様\n\nAWS トレーニングと認定の小林です。\n'
           '同一のメールアドレス（%s）に紐づく認定アカウントを2件確認いたしました。\n\n'
           '　（１）　候補ID：%s　試験履歴：3件　認定：2件\n'
           '　（２）　候補ID：%s　試験履歴：0件　認定：0件\n\n'
           '（２）の情報を（１）へ統合し、（２）を無効化する手順で進めてよろしいでしょうか。'
           '両アカウントがご本人様のものであることとあわせて、ご確認のほどよろしくお願いいたします。\n\n'
           'Just let us know if that works for you.\n\n小林 (Kobayashi)\nAWS Training and Certification\n'
           % (PERSONAL, fw(NEW_ID), fw(DUP_ID)))
    T['f2'] = add(('confirmation_request', True, F, [NEW_ID, DUP_ID]),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(F), date=d,
                  mid=msgid_aws('f2'), irt=T['f1'], refs=T['f1'],
                  body=leaf(txt, charset='shift_jis', cte='8bit'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('f2', '54.240.8.33', d))

    # 066 user reply F: short Japanese "yes" (ambiguous for support)
    d = datetime(2025, 4, 24, 13, 2, tzinfo=JST)
    txt = ('小林様\n\nはい、お願いします。\n\n倉持\n\n'
           '2025年4月24日(木) 10:50 AWS Training and Certification <%s>:\n%s\n'
           % (TC, quote('（２）の情報を（１）へ統合し、（２）を無効化する手順で進めてよろしいでしょうか。')))
    T['f3'] = add(('user_reply', False, F, []),
                  frm=addr('倉持 翼', PERSONAL), to=TC, subject=subj_tc(F), date=d,
                  mid=msgid_gmail('f3'), irt=T['f2'], refs=refs('f1', 'f2'),
                  body=leaf(txt, cte='quoted-printable'))

    # 067 second confirmation_request F: firm English, soft Japanese, no subject token
    d = datetime(2025, 4, 24, 6, 30, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nBefore we merge, we need an explicit confirmation in writing. Reply '
           'with "Confirmed" and the candidate ID to keep (%s or %s). We will not merge on a '
           'one-word reply.\n\n'
           '（ケース番号 %s）念のため、残す方の候補IDを添えて「Confirmed」とご返信いただけますと幸いです。\n\n'
           'Kobayashi\n' % (NEW_ID, DUP_ID, fw(F)))
    T['f4'] = add(('confirmation_request', True, F, [NEW_ID, DUP_ID]),
                  frm=addr(TC_NAME, TC), to=PERSONAL,
                  subject='Re: AWS Training and Certification - account merge', date=d,
                  mid=msgid_aws('f4'), irt=T['f3'], refs=refs('f1', 'f2', 'f3'),
                  body=leaf(txt, cte='quoted-printable'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('f4', '54.240.8.33', d))

    # 068 user reply F
    d = datetime(2025, 4, 24, 19, 45, tzinfo=JST)
    txt = ('Confirmed. Please keep %s and merge %s into it.\n確認しました。①に統合してください。\n\n'
           'Tsubasa Kuramochi\n\nOn Thu, Apr 24, 2025 at 3:30 PM AWS Training and Certification <%s> wrote:\n%s\n'
           % (fw(NEW_ID), fw(DUP_ID), TC, quote('Before we merge, we need an explicit confirmation in writing.')))
    T['f5'] = add(('user_reply', False, F, [NEW_ID, DUP_ID]),
                  frm=addr('Tsubasa Kuramochi', PERSONAL), to=TC,
                  subject='Re: AWS Training and Certification - account merge', date=d,
                  mid=msgid_gmail('f5'), irt=T['f4'], refs=refs('f1', 'f2', 'f3', 'f4'),
                  body=alt(leaf(txt, cte='base64'), leaf(html_wrap(p2h(txt)), 'html', cte='base64'),
                           seed='f5'))

    # 069 resolved F, quoting the request
    d = datetime(2025, 4, 25, 0, 55, tzinfo=UTC)
    txt = ('倉持様\n\nご確認ありがとうございました。②のアカウントを①へ統合し、②は無効化いたしました。'
           'Credly のバッジは24時間以内に表示される見込みです。\n\n'
           'All set - the duplicate account has been merged and closed. Nothing else is needed.\n\n'
           '小林 (Kobayashi)\n\n-----Original Message-----\n'
           '> Before we merge, we need an explicit confirmation in writing. Reply\n'
           '> with "Confirmed" and the candidate ID to keep.\n')
    add(('resolved', False, F, []),
        frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(F), date=d, mid=msgid_aws('f6'),
        irt=T['f5'], refs=refs('f1', 'f4', 'f5'), body=leaf(txt, cte='quoted-printable'),
        auth=auth_gmail('amazon.com'), received=recv_gmail('f6', '54.240.8.33', d), crlf=True)

    # 070 Credly digest after the merge
    d = datetime(2025, 4, 25, 3, 10, tzinfo=UTC)
    inner = ('<p>Hi Tsubasa,</p><p>2 badges from Amazon Web Services Training and Certification are '
             'now linked to your account.</p><ul><li>AWS Certified Solutions Architect – Professional</li>'
             '<li>AWS Certified Solutions Architect – Associate</li></ul>'
             '<p><a href="https://www.credly.com/earner/earned">View your badges</a></p>')
    add(('badge', False, None, []),
        frm=addr('Credly', 'admin@credly.com'), to=PERSONAL,
        subject='Your AWS badges are now linked to your Credly account', date=d,
        mid=msgid_generic('cr4', 'credly.com'),
        body=alt(leaf('2 badges from Amazon Web Services Training and Certification are now linked to '
                      'your account.\nhttps://www.credly.com/earner/earned\n', 'plain', 'us-ascii', '7bit'),
                 leaf(html_wrap(inner), 'html'), seed='cr4'),
        auth=auth_gmail('credly.com', ip='167.89.12.4'), received=recv_gmail('cr4', '167.89.12.4', d))
