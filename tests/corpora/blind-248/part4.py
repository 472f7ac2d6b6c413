"""Messages 37-50: 24 Sep - 2 Oct 2025. Japanese case C (name fix), console case B (voucher)."""
from mk import *
from part1 import TCF

CASE_B = '12086634571'
CASE_C = '175868420100077'
SUBJ_C = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-records' % CASE_C
SUBJ_B = 'RE:[CASE %s] Exam voucher not visible after account merge' % CASE_B
LINK_B = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_B
CON = A('Amazon Web Services', CONSOLE)
NOREPLY = ('This address sends notifications only and does not receive messages. To add to your case, use the '
           'Support Center link above.')
JA_FOOT = ('Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。このメッセージは Amazon Web Services, Inc. '
           '(410 Terry Avenue North, Seattle, WA 98109-5210) により送信されました。')

ACK_C = ('小野寺 大地 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
         'お問い合わせをケース %s として受け付けました。\n\n'
         '■ お問い合わせ内容\nお問い合わせタイプ：認定\nその他の詳細：認定記録の修正\nAWS 候補 ID：AWS05190336\n'
         '内容：認定証とデジタルバッジの氏名が「ONODELA DAICHI」と表示されています。正しくは ONODERA です。\n'
         '修正をお願いします。\n\n'
         '担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。\n'
         '同じ内容で別のケースを作成されますと対応が遅れる原因となりますので、ご遠慮くださいますようお願いいたします。\n\n'
         '追加の情報がございましたら、件名を変えずに本メールへご返信ください。\n\nAWS トレーニングと認定\n' % CASE_C)

ASK_C_BODY = P('小野寺 様',
               'お問い合わせいただきありがとうございます。AWS トレーニングと認定の宮田でございます。',
               '認定記録の氏名を修正するにあたり、公的な身分証明書と同じ表記であることを確認させていただいております。'
               '現在の登録は「<b>ONODELA DAICHI</b>」です。',
               'つきましては、パスポート等に記載されているローマ字の氏名を、姓と名の順序も含めて、'
               '本メールへのご返信にてお知らせいただけますでしょうか。なお、身分証明書の画像をお送りいただく必要はございません。',
               'お手数をおかけいたしますが、何卒よろしくお願いいたします。',
               '宮田<br>AWS トレーニングと認定')
ASK_C_HTML = aws_case('ケース %s：ご確認のお願い' % CASE_C, 'お客様の返信待ち', '#ec7211',
                      [('ケース ID', CASE_C), ('ステータス', 'お客様の返信待ち'), ('担当', '宮田')],
                      ASK_C_BODY, marker='## この行より上にご返信ください ##', lang='ja', foot=JA_FOOT,
                      brand='AWS トレーニングと認定', cs='Shift_JIS')

CLOSE_C_NEW = P('小野寺 様',
                '9 月 25 日にお送りしたご質問（下記）について、ご返信を確認できなかったため、本ケースのステータスを'
                '「解決済み」に変更いたしました。',
                '7 日以内に本メールへご返信いただければ、ケースは自動的に再開され、引き続き対応いたします。',
                'AWS トレーニングと認定')
CLOSE_C_HTML = aws_case('ケース %s のステータスが変更されました' % CASE_C, '解決済み', '#1d8102',
                        [('ケース ID', CASE_C), ('ステータス', '解決済み'), ('再開期限', '2025-10-07')],
                        CLOSE_C_NEW, quoted=P('<b>宮田</b>（2025/09/25 18:02）') + ASK_C_BODY, lang='ja', foot=JA_FOOT,
                        brand='AWS トレーニングと認定')

ANS_C = ('宮田様\n\nご連絡が遅くなり申し訳ありません。\n'
         'パスポートの表記は「ONODERA DAICHI」（姓 ONODERA、名 DAICHI）です。\n'
         '候補 ID は AWS05190336 です。\n\nよろしくお願いいたします。\n小野寺 大地\n')

ASK_B = ('Hello,\n\nThank you for your patience. I checked the merged certification account and can see that a 50%%\n'
         'exam voucher was issued to the former account before the merge. Benefits are moved separately from\n'
         'exam history, and there are several vouchers on the old record, so I need two details to pick the\n'
         'right one:\n\n1. Which exam were you planning to use the voucher for?\n'
         '2. What are the last four characters of the voucher code, as shown on the old Benefits page?\n\n'
         'Please add them to the case through the Support Center; replies to this e-mail do not reach us.\n\n'
         '%s\n\nBest regards,\n\nHannah K.\nAmazon Web Services\n\n'
         'Was this reply helpful? You can rate it on the case page in the Support Center.\n' % LINK_B)

ANS_B = ("Hi Hannah,\n\nThe voucher was for SAP-C02 (booked for October 2). Last four characters: 7KQ2.\n\n"
         "Thanks,\nDaichi\n")


def con_html(text):
    body = ''.join('<p style="margin:0 0 12px 0">%s</p>' % (p.replace('\n', '<br>')) for p in text.split('\n\n'))
    body = body.replace(LINK_B, '<a href="%s">%s</a>' % (LINK_B.replace('&', '&amp;'), LINK_B.replace('&', '&amp;')))
    return page('<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;font-size:14px;color:#16191f">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.547f032d90171cdea4dd90c258f47373c5573db5.png" '
                'width="90" alt="AWS"><hr style="border:0;border-top:1px solid #eaeded">%s</div>' % body, bg='#ffffff')


def messages():
    out = []
    dt = d('2025-09-24 03:23:50')
    out.append(M(dt, TCF, A('小野寺 大地', ME_P, 'iso-2022-jp'), SUBJ_C, T(ACK_C, cs='ISO-2022-JP', cte='7bit', q=False),
                 'acknowledgement', False, CASE_C, ['AWS05190336'], mid=ses_id('ackC'), trace=ses_in(dt, ME_P),
                 what='Japanese acknowledgement of case C (ISO-2022-JP plain text)',
                 hard='keigo "ご遠慮ください" and a conditional "ございましたら...ご返信ください"'))

    dt = d('2025-09-25 01:10:22')
    ack_b = ('Dear AWS customer,\n\nThank you for contacting Amazon Web Services. Case %s has been opened for your\n'
             'request, and a support engineer will look at it shortly.\n\n'
             'Subject: Exam voucher not visible after account merge\nSeverity: General guidance\n'
             'Service: Account > Training and Certification\n\n'
             'You can follow the case, add correspondence and attach files in the Support Center:\n%s\n\n'
             'Sincerely,\nAmazon Web Services\n\n%s\n' % (CASE_B, LINK_B, NOREPLY))
    out.append(M(dt, CON, ME_P, 'Amazon Web Services: New Support case: %s' % CASE_B, T(ack_b, cte='7bit', q=False),
                 'acknowledgement', False, CASE_B, mid=ses_id('ackB'), trace=ses_in(dt, ME_P),
                 what='Support Center (console) case B opened', hard='case number appears in displayId= and the subject'))

    dt = d('2025-09-25 09:02:11')
    out.append(M(dt, TCF, A('小野寺 大地', ME_P, 'iso-2022-jp'), SUBJ_C,
                 alt(T(h2t(ASK_C_HTML), cs='Shift_JIS', codec='cp932', cte='base64'),
                     Hp(ASK_C_HTML, cs='Shift_JIS', codec='cp932'), 'askC'),
                 'info_request', True, CASE_C, mid=ses_id('askC'), irt=ses_id('ackC'), refs=[ses_id('ackC')],
                 trace=ses_in(dt, ME_P),
                 what='Japanese request for the passport spelling of the name (Shift_JIS, QP HTML + base64 text)',
                 hard='keigo "お知らせいただけますでしょうか" after an explanation'))

    dt = d('2025-09-26 04:45:30')
    out.append(M(dt, CON, ME_P, SUBJ_B, alt(T(ASK_B, cte='quoted-printable'), Hp(con_html(ASK_B)), 'askB'),
                 'info_request', True, CASE_B, mid=ses_id('askB'), refs=[ses_id('ackB')], trace=ses_in(dt, ME_P),
                 what='Console case B asks two numbered questions, to be answered in the Support Center',
                 hard='reply must go through the console; mail from a no-reply address still waits on Daichi'))

    dt = d('2025-09-26 07:31:05')
    bc = ('Hello,\n\nThank you for contacting AWS about the duplicate Route 53 charge on account 410722938841.\n\n'
          'Could you confirm the invoice number that shows the duplicate line item? Once I have it I can request\n'
          'the credit.\n\nYou can reply through the Support Center:\n'
          'https://support.console.aws.amazon.com/support/home#/case/?displayId=20473318865&language=en\n\n'
          'Best regards,\nMarcus T.\nAmazon Web Services\n\n%s\n' % NOREPLY)
    out.append(M(dt, CON, ME_P, 'RE:[CASE 20473318865] Duplicate Route 53 charge in August', T(bc, cte='7bit', q=False),
                 'unrelated', False, mid=ses_id('billcase'), trace=ses_in(dt, ME_P),
                 what='AWS billing case in the Support Center asking for an invoice number',
                 hard='same sender, subject token and console link as a T&C console case; not Training and Certification'))

    dt = d('2025-09-27 18:02:40')
    kn = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px;font-size:14px">'
              '<div style="color:#b5b5b5;font-size:12px">##- Please type your reply above this line -##</div>' +
              pill('Solved', '#2e7d32') +
              P('Your request #58213 "Notes stop syncing on iPad" has been solved. If you feel it isn&#39;t, reply to '
                'this email to reopen it.', '<b>How would you rate the support you received?</b> '
                '<a href="https://kumonotes.app/csat/58213?r=good">Good, I&#39;m satisfied</a> &middot; '
                '<a href="https://kumonotes.app/csat/58213?r=bad">Bad, I&#39;m unsatisfied</a>') + '</div>', bg='#ffffff')
    out.append(M(dt, A('Kumo Notes Support', 'support@kumonotes.app'), A('Daichi Onodera', ME_P),
                 '[Kumo Notes] Request #58213 has been solved', alt(T(h2t(kn)), Hp(kn), 'kn3'), 'unrelated', False,
                 mid=gen_id('kn58213-4', 'kumonotes.app'), irt=gen_id('kn58213-3', 'kumonotes.app'),
                 refs=[gen_id('kn58213-1', 'kumonotes.app'), gen_id('kn58213-3', 'kumonotes.app')],
                 trace=inbound(dt, ME_P, 'support@kumonotes.app', 'outbound-7.mail.deskly.io', '203.0.113.77', 'kumonotes.app', sel='deskly1'),
                 what='Other vendor: solved + satisfaction rating', hard='looks like resolved + survey'))

    dt = d('2025-09-29 09:00:40')
    cl = ('Hello,\n\nWe haven\'t received a reply to our last message on case %s. If we don\'t hear from you\n'
          'within 3 days, the case will be resolved automatically.\n\nA resolved case can be reopened from the Support '
          'Center for 14 days; after that you\nwould need to open a new case.\n\n%s\n\nAmazon Web Services\n\n%s\n'
          % (CASE_B, LINK_B, NOREPLY))
    out.append(M(dt, CON, ME_P, SUBJ_B, T(cl, cte='7bit', q=False), 'closing_notice', True, CASE_B,
                 mid=ses_id('closeB'), refs=[ses_id('ackB'), ses_id('askB')], trace=ses_in(dt, ME_P),
                 what='Console case B auto-resolve warning', hard='no explicit question; the answer goes through the console'))

    dt = d('2025-09-29 18:20:05', '+0900')
    plain = ANS_B + '\nOn Fri, Sep 26, 2025 at 13:45 Amazon Web Services <%s> wrote:\n%s\n' % (CONSOLE, quote(ASK_B))
    out.append(M(dt, A(ME_NAME, ME_P), CON, 'Re: ' + SUBJ_B, T(plain, cs='UTF-8', q=False), 'user_reply', False, CASE_B,
                 mid=gm_id('ansB'), irt=ses_id('askB'), refs=[ses_id('ackB'), ses_id('askB')],
                 what='Daichi answers case B by e-mail to the no-reply address', hard='owner text above the quoted questions'))

    dt = d('2025-09-29 09:20:09')
    b = bnd('dsnB')
    dsn = ('Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % b)
    txt = ("** Message not delivered **\n\nYour message couldn't be delivered to no-reply-aws@amazon.com because the "
           "remote server\nis not accepting mail.\n\nThe response was:\n550 5.7.1 This mailbox does not accept incoming "
           "e-mail. To reply to a support case, use the AWS Support Center.\n")
    body = ('--%s\nContent-Type: text/plain; charset="UTF-8"\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n'
            'Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 29 Sep 2025 02:20:06 -0700\n\n'
            'Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.7.1\n'
            'Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.154)\nDiagnostic-Code: smtp; 550 5.7.1 This mailbox does '
            'not accept incoming e-mail.\n\n--%s\nContent-Type: text/rfc822-headers\n\nFrom: %s <%s>\nTo: %s\n'
            'Subject: Re: %s\nDate: Mon, 29 Sep 2025 18:20:05 +0900\nMessage-ID: %s\n\n--%s--\n'
            % (b, txt, b, b, ME_NAME, ME_P, CONSOLE, SUBJ_B, gm_id('ansB'), b))
    out.append(M(dt, A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
                 'Delivery Status Notification (Failure)', ([dsn], body.encode()), 'unrelated', False, CASE_B,
                 mid=gm_id('dsnB'), irt=gm_id('ansB'), refs=[gm_id('ansB')], top=['X-Failed-Recipients: ' + CONSOLE],
                 what='Bounce of the e-mail reply to no-reply-aws', hard='carries the case subject; not support asking'))

    dt = d('2025-09-30 03:00:00')
    out.append(M(dt, TCF, A('小野寺 大地', ME_P, 'iso-2022-jp'), SUBJ_C,
                 alt(T(h2t(CLOSE_C_HTML), cte='base64'), Hp(CLOSE_C_HTML, cte='base64'), 'closeC'),
                 'closing_notice', True, CASE_C, mid=ses_id('closeC'), refs=[ses_id('ackC'), ses_id('askC')],
                 trace=ses_in(dt, ME_P),
                 what='Japanese: case set to "解決済み" for lack of reply; replying within 7 days reopens it',
                 hard='green "Solved" badge; the actual request is only quoted'))

    dt = d('2025-09-30 08:40:12')
    jira = page('<div style="max-width:620px;background:#fff;margin:0 auto;padding:18px;font-size:14px;color:#172b4d">' +
                P('<b>山内 沙織</b> さんがリクエストを解決しました:', '10/1 以降、会社アドレス宛のメールは %s へ 90 日間転送されます。'
                  'その後アドレスは削除されます。' % ME_P) +
                fields([('リクエスト', 'ITS-3307 退職に伴うメール転送・アーカイブ設定'), ('ステータス', pill('RESOLVED', '#00875a'))], lw='30%') +
                '<p style="color:#6b778c;font-size:11px">Kuroshio IT Service Desk (powered by Tracklane)</p></div>', lang='ja', bg='#f4f5f7')
    out.append(M(dt, A('Kuroshio IT Service Desk', 'itdesk@kuroshio-sys.co.jp'), A('小野寺 大地', ME_C),
                 '[ITS-3307] 退職に伴うメール転送・アーカイブ設定', Hp(jira, cte='base64'), 'unrelated', False,
                 mid=gen_id('its3307-2', 'itdesk.kuroshio-sys.co.jp'), irt=gen_id('its3307-1', 'itdesk.kuroshio-sys.co.jp'),
                 trace=inbound(dt, ME_C, 'itdesk@kuroshio-sys.co.jp', 'x', 'x', 'kuroshio-sys.co.jp', sel='selector1', fwd=True),
                 what='Employer IT ticket resolved', hard='"resolved" badge from a non-AWS desk'))

    dt = d('2025-09-30 21:05:11', '+0900')
    hdr = '2025年9月30日(火) 12:00 Amazon Web Services <%s>:' % TC
    plain = ANS_C + '\n' + hdr + '\n' + quote(h2t(CLOSE_C_NEW + ASK_C_BODY)) + '\n'
    out.append(M(dt, A('小野寺 大地', ME_P, 'iso-2022-jp'), TCF, 'Re: ' + SUBJ_C, T(plain, cs='ISO-2022-JP', cte='7bit', q=False),
                 'user_reply', False, CASE_C, ['AWS05190336'], mid=gm_id('ansC'), irt=ses_id('closeC'),
                 refs=[ses_id('ackC'), ses_id('askC'), ses_id('closeC')],
                 what='Japanese reply with the passport spelling (ISO-2022-JP)', hard='Japanese Gmail quote header'))

    dt = d('2025-10-01 06:30:12')
    rb = ('Hello Daichi,\n\nThank you for adding the details in the Support Center. The 50%% voucher ending in 7KQ2 is now '
          'on your\nmerged account under Benefits, with its original expiry date of March 31, 2026, so you can apply it '
          'to\nyour SAP-C02 appointment.\n\nI am marking this case as resolved. If anything else comes up about this '
          'voucher,\nyou can reopen the case from the Support Center.\n\n%s\n\nBest regards,\nHannah K.\nAmazon Web Services\n\n'
          'We value your input. Please rate this reply on the case page in the Support Center.\n\n%s\n' % (LINK_B, NOREPLY))
    out.append(M(dt, CON, ME_P, SUBJ_B, alt(T(rb), Hp(con_html(rb)), 'doneB'), 'resolved', False, CASE_B,
                 mid=ses_id('doneB'), refs=[ses_id('ackB'), ses_id('askB'), ses_id('closeB')], trace=ses_in(dt, ME_P),
                 what='Console case B resolved: voucher restored, with a rating footer',
                 hard='"Please rate this reply" is a survey footer, not a request'))

    dt = d('2025-10-02 01:30:44')
    q = P('<b>小野寺 大地</b>（2025/09/30 21:05）') + P(ANS_C.replace('\n', '<br>'))
    html = aws_case('ケース %s：対応が完了しました' % CASE_C, '解決済み', '#1d8102',
                    [('ケース ID', CASE_C), ('ステータス', '解決済み'), ('担当', '佐伯')],
                    P('小野寺 様', 'ご返信いただきありがとうございました。AWS トレーニングと認定の佐伯でございます。',
                      '認定記録の氏名を「ONODERA DAICHI」に修正いたしました。認定証 PDF は新しい氏名で再発行済みです。'
                      'デジタルバッジへの反映には、最大 48 時間ほどかかる場合がございます。',
                      'ご不明な点がございましたら、本メールにご返信ください。', '佐伯<br>AWS トレーニングと認定'),
                    quoted=q, lang='ja', foot=JA_FOOT, brand='AWS トレーニングと認定')
    out.append(M(dt, TCF, A('小野寺 大地', ME_P, 'iso-2022-jp'), SUBJ_C, Hp(html, cte='base64'), 'resolved', False, CASE_C,
                 mid=ses_id('doneC'), irt=gm_id('ansC'), refs=[ses_id('ackC'), ses_id('askC'), ses_id('closeC'), gm_id('ansC')],
                 trace=ses_in(dt, ME_P),
                 what='Japanese resolution of case C (UTF-8 base64 HTML only)',
                 hard='"ご不明な点がございましたら...ご返信ください" is conditional; the quoted reply holds a candidate ID'))
    return out
