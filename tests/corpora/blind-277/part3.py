from part0 import *
import html as _h


def build():
    # 021 Skill Builder subscription receipt
    d = datetime(2025, 3, 12, 10, 30, tzinfo=UTC)
    txt = ('Thank you for your order / ご購入ありがとうございます\n\n'
           'AWS Skill Builder Individual subscription (monthly)\nOrder number: SB-7730-2291-0045\n'
           'Amount charged: USD 29.00\nNext renewal: 2025-04-12\n\n'
           'No action is needed. 領収書はアカウントページからダウンロードできます。\n')
    add(('unrelated', False, None, []),
        frm=addr('AWS Skill Builder', 'no-reply@skillbuilder.aws'), to=PERSONAL,
        subject='Your AWS Skill Builder receipt / 領収書', date=d, mid=msgid_aws('sb1'),
        body=alt(leaf(txt, cte='base64'), leaf(html_wrap(p2h(txt)), 'html', cte='base64'), seed='sb1'),
        auth=auth_gmail('skillbuilder.aws'), received=recv_gmail('sb1', '54.240.8.33', d))

    # 022 confirmation_request A: HTML only, English template around MT Japanese, table
    d = datetime(2025, 3, 13, 4, 12, tzinfo=UTC)
    rows = [('Account #1', PERSONAL, PERSONAL, PERSONAL, fw(NEW_ID)),
            ('Account #2', COMPANY, COMPANY, COMPANY, fw(OLD_ID))]
    tbl = ['<table border="1" cellpadding="6" style="border-collapse:collapse">',
           '<tr><th></th><th>Login email</th><th>Training notification email</th>'
           '<th>Certification notification email</th><th>候補ID</th></tr>']
    for r in rows:
        tbl.append('<tr>' + ''.join('<td>%s</td>' % _h.escape(x) for x in r) + '</tr>')
    tbl.append('</table>')
    inner = ('<p>Hello,</p><p>Thank you for contacting AWS Training and Certification.</p>'
             '<div lang="ja"><p>倉持様</p>'
             '<p>お客様のアカウントを調査しましたところ、下記の2件の認定アカウントが見つかりました。</p>'
             + '\n'.join(tbl) +
             '<p>アカウント #2 の試験履歴、認定、特典をアカウント #1 に統合する予定です。'
             'アカウント #1 に統合してよろしいか、ご確認のうえ本メールにご返信をお願いします。'
             '統合後はアカウント #2 へサインインできなくなりますので、ご注意ください。</p></div>'
             '<p>We look forward to hearing from you whenever it is convenient.</p>'
             '<p>Best regards,<br>Mei L.<br>AWS Training and Certification</p>'
             '<p style="font-size:10px;color:#777">Amazon Web Services, Inc. is a subsidiary of '
             'Amazon.com, Inc.</p>')
    T['a9'] = add(('confirmation_request', True, A, [NEW_ID, OLD_ID]),
                  frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A, 'RE: '), date=d,
                  mid=msgid_aws('a9'), irt=T['a8'], refs=refs('a1', 'a7', 'a8'),
                  body=leaf(html_wrap(inner), 'html', cte='quoted-printable'),
                  auth=auth_gmail('amazon.com'), received=recv_gmail('a9', '54.240.8.33', d))

    # 023 farewell party (asks for RSVP, but not support)
    d = datetime(2025, 3, 13, 18, 20, tzinfo=JST)
    txt = ('倉持さん\n\n送別会の日程が決まりました！\n日時: 3月27日（木）19:00〜\n場所: 浜松町「炉端 みなと」\n\n'
           '出欠を3/19までにこのメールに返信してください。\nPlease RSVP by replying to this mail.\n\n'
           '幹事 山本\n')
    add(('unrelated', False, None, []),
        frm=addr('山本 彩', 'a-yamamoto@minatoweave.co.jp'), to=COMPANY,
        cc='cloud-team@minatoweave.co.jp', subject='【ご案内】倉持さん送別会 3/27(木)', date=d,
        mid=msgid_outlook('party'), body=leaf(txt, charset='iso-2022-jp', cte='7bit'),
        auth=auth_company('minatoweave.co.jp'))

    # 024 other vendor's support case closing notice
    d = datetime(2025, 3, 14, 6, 0, tzinfo=UTC)
    txt = ('倉持 様\n\nKumo Drive サポートセンターです。\n'
           'お問い合わせ [Case #00458812] について、先日ご案内した手順をお試しいただけましたでしょうか。\n'
           '3営業日以内にご返信がない場合、本件は解決済みとしてクローズいたします。\n\n'
           'If we do not hear from you within 3 business days, this case will be closed.\n\n'
           'Kumo Drive Support\n')
    add(('unrelated', False, None, []),
        frm=addr('Kumo Drive サポート', 'support@kumodrive.jp'), to=PERSONAL,
        subject='[Case #00458812] 同期エラーについて / Sync error', date=d,
        mid=msgid_generic('kd1', 'kumodrive.jp'), body=leaf(txt, cte='base64'),
        auth=auth_gmail('kumodrive.jp', ip='203.0.113.80'), received=recv_gmail('kd1', '203.0.113.80', d))

    # 025 certification program survey (not about a support case)
    d = datetime(2025, 3, 15, 16, 0, tzinfo=UTC)
    inner = ('<p>Hi Tsubasa,</p><p>AWS Certification wants to hear from you. Tell us about your '
             'certification journey in a 10-minute survey.</p><p>AWS 認定についてのアンケートにご協力ください。'
             '所要時間は約10分です。</p><p><a href="https://survey.certmetrics.com/s/aws-2025q1">Take the '
             'survey / アンケートに回答する</a></p>')
    add(('certification', False, None, []),
        frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=PERSONAL,
        subject='AWS Certification wants to hear from you', date=d,
        mid=msgid_generic('c3', 'certmetrics.com'), body=leaf(html_wrap(inner), 'html'),
        auth=auth_gmail('certmetrics.com', ip='52.4.19.88'), received=recv_gmail('c3', '52.4.19.88', d))

    # 026 closing_notice A: firm English, soft Japanese; listing only in quoted history
    d = datetime(2025, 3, 17, 9, 2, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nWe sent you the account details on March 13 and have not received your '
           'confirmation. If we do not hear from you within 3 business days, this case will be '
           'closed and a new request will be required to merge the accounts.\n\n'
           'お時間のあるときに、前回のメールの内容をご確認いただけましたら幸いです。\n\n'
           'Mei L.\nAWS Training and Certification\n\n'
           '________________________________\nFrom: AWS Training and Certification\n'
           'Sent: 13 March 2025 04:12\nSubject: %s\n\n'
           'Account #1  Login email: %s\nAccount #2  Login email: %s\n'
           'アカウント #1 に統合してよろしいか、ご確認のうえ本メールにご返信をお願いします。\n'
           % (subj_tc(A, 'RE: '), PERSONAL, COMPANY))
    T['a10'] = add(('closing_notice', True, A, []),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A, 'RE: '), date=d,
                   mid=msgid_aws('a10'), irt=T['a9'], refs=refs('a1', 'a8', 'a9'),
                   body=alt(leaf(txt), leaf(html_wrap(p2h(txt)), 'html'), seed='a10'),
                   auth=auth_gmail('amazon.com'), received=recv_gmail('a10', '54.240.8.33', d))

    # 027 spoof of the real sender with failing DKIM/DMARC
    d = datetime(2025, 3, 17, 11, 40, tzinfo=UTC)
    fake = '174199000012345'
    txt = ('Dear customer,\n\nYour certification account merge (case %s) is on hold because we '
           'could not verify your identity. Reply to this email within 48 hours with your AWS '
           'Builder ID password and a photo of your ID card, or your certifications will be '
           'revoked.\n\n本人確認のため、48時間以内にパスワードと身分証の写真を返信してください。\n\n'
           'AWS Training and Certification\n' % fake)
    add(('suspicious', False, None, []),
        frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(fake), date=d,
        mid='<%s@mail-relay.bulkpost.biz>' % h('sp1', 24), reply_to='aws-verify-team@proton-secure.top',
        body=leaf(txt, cte='quoted-printable'),
        auth=auth_gmail('amazon.com', dkim='fail', spf='softfail', dmarc='fail', ip='91.234.99.12'),
        received=recv_gmail('sp1', '91.234.99.12', d))

    # 028 user reply: confirmation, Japanese Gmail quote header
    d = datetime(2025, 3, 18, 7, 50, tzinfo=JST)
    txt = ('Confirmed. Please merge into Account #1 (%s).\nアカウント #1 への統合をお願いします。\n\n'
           '倉持 翼\n\n2025年3月17日(月) 18:02 AWS Training and Certification <%s>:\n%s\n'
           % (PERSONAL, TC, quote('Hello Tsubasa,\n\nWe sent you the account details on March 13 and '
                                  'have not received your\nconfirmation. ...')))
    T['a11'] = add(('user_reply', False, A, []),
                   frm=addr('倉持 翼', PERSONAL), to=TC, subject=subj_tc(A, 'RE: '), date=d,
                   mid=msgid_gmail('a11'), irt=T['a10'], refs=refs('a1', 'a9', 'a10'),
                   body=alt(leaf(txt, cte='base64'), leaf(html_wrap(p2h(txt)), 'html', cte='base64'),
                            seed='a11'))

    # 029 resolved A, quoting the confirmation request underneath
    d = datetime(2025, 3, 18, 2, 31, tzinfo=UTC)
    txt = ('Hello Tsubasa,\n\nThank you for confirming. I have successfully merged all accounts into '
           'Account #1 (%s). Your exam history, certifications and benefits now sit under %s.\n\n'
           '統合が完了しました。新しいアカウントにサインインし、試験履歴・認定・特典が反映されているか'
           'ご確認ください。Credly のバッジは数時間以内に個人アドレス宛てに届く見込みです。\n\n'
           'If you have any other questions, you can reply to this email.\n\n'
           'Mei L.\nAWS Training and Certification\n\n'
           'On Thu, Mar 13, 2025 at 04:12 AM, AWS Training and Certification wrote:\n%s\n'
           % (PERSONAL, NEW_ID, quote('アカウント #1 に統合してよろしいか、ご確認のうえ本メールにご返信を'
                                      'お願いします。\nAccount #1 Login email: %s  候補ID %s\n'
                                      'Account #2 Login email: %s  候補ID %s'
                                      % (PERSONAL, fw(NEW_ID), COMPANY, fw(OLD_ID)))))
    T['a12'] = add(('resolved', False, A, [NEW_ID]),
                   frm=addr(TC_NAME, TC), to=PERSONAL, subject=subj_tc(A, 'RE: '), date=d,
                   mid=msgid_aws('a12'), irt=T['a11'], refs=refs('a1', 'a9', 'a10', 'a11'),
                   body=alt(leaf(txt), leaf(html_wrap(p2h(txt)), 'html'), seed='a12'),
                   auth=auth_gmail('amazon.com'), received=recv_gmail('a12', '54.240.8.33', d))

    # 030 Credly badge
    d = datetime(2025, 3, 18, 2, 58, tzinfo=UTC)
    inner = ('<p>Hi Tsubasa Kuramochi,</p><p>Amazon Web Services Training and Certification has '
             'issued you a new badge: <b>AWS Certified Solutions Architect – Associate</b>.</p>'
             '<p><a href="https://www.credly.com/badges/3f9c2e1a-7b4d-4c2e-9a51-0d8e6f2b1c77">Accept '
             'your badge</a></p><p>Credly, Inc.</p>')
    add(('badge', False, None, []),
        frm=addr('Credly', 'admin@credly.com'), to=PERSONAL,
        subject='Amazon Web Services Training and Certification sent you a new badge', date=d,
        mid=msgid_generic('cr1', 'credly.com'),
        body=alt(leaf('Hi Tsubasa Kuramochi,\n\nYou have a new badge: AWS Certified Solutions '
                      'Architect - Associate.\nAccept it at https://www.credly.com/badges/'
                      '3f9c2e1a-7b4d-4c2e-9a51-0d8e6f2b1c77\n', cte='7bit', charset='us-ascii'),
                 leaf(html_wrap(inner), 'html'), seed='cr1'),
        auth=auth_gmail('credly.com', ip='167.89.12.4'), received=recv_gmail('cr1', '167.89.12.4', d))
