"""Messages 1-11: 5-10 Sep 2025. Case A opened (company address), duplicate case, APN hold."""
from mk import *

CASE_A = '175731846200187'
CASE_DUP = '175740215500342'
SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_DUP = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_DUP
TCF = A('Amazon Web Services', TC)

ACK_A_HTML = aws_case(
    'We received your request. Case %s is open.' % CASE_A, 'Open', '#0073bb',
    [('Case ID', CASE_A), ('Subject', 'Account assistance &ndash; Account merge'),
     ('Status', 'Open'), ('Created', '2025-09-08 08:01 UTC'), ('Contact e-mail', ME_C)],
    P('Hello Daichi,',
      'Thanks for reaching out to AWS Training and Certification. Your request has been logged as '
      'case <b>%s</b> and is now in our queue. A member of the team normally picks it up within one '
      'business day; account work can take a little longer when several records are involved.' % CASE_A,
      'Here is what you sent us:') +
    '<div style="background:#f7f7f7;border:1px solid #eaeded;padding:12px 14px;font-size:13px;margin:0 0 16px 0">'
    'Inquiry type: Certification<br>Additional details: Account Merge<br>AWS candidate ID: AWS02774518<br>'
    'Description: I am leaving my employer (Kuroshio Systems) at the end of September. Please merge my '
    'company certification account (%s, AWS02774518) into my personal account (%s, AWS05190336). '
    'The address I want to keep is %s.</div>' % (ME_C, ME_P, ME_P) +
    P('Please keep to one case per issue. Submitting the form again for the same question creates a '
      'separate case that is queued on its own, and that usually slows the answer down.',
      'Anything to add? Reply to this message and keep the case number in the subject line.',
      'AWS Training and Certification'))

ACK_DUP_HTML = aws_case(
    'We received your request. Case %s is open.' % CASE_DUP, 'Open', '#0073bb',
    [('Case ID', CASE_DUP), ('Subject', 'Account assistance &ndash; Account merge'),
     ('Status', 'Open'), ('Created', '2025-09-09 07:15 UTC'), ('Contact e-mail', ME_P)],
    P('Hello Daichi,',
      'Thanks for reaching out to AWS Training and Certification. Your request has been logged as '
      'case <b>%s</b> and is now in our queue. A member of the team normally picks it up within one '
      'business day; account work can take a little longer when several records are involved.' % CASE_DUP,
      'Here is what you sent us:') +
    '<div style="background:#f7f7f7;border:1px solid #eaeded;padding:12px 14px;font-size:13px;margin:0 0 16px 0">'
    'Inquiry type: Certification<br>Additional details: Account Merge<br>AWS candidate ID: (not provided)<br>'
    'Description: Hello, I would like my old work certification account (%s) to be merged into this '
    'account. I did not receive anything after my first request yesterday.</div>' % ME_C +
    P('Please keep to one case per issue. Submitting the form again for the same question creates a '
      'separate case that is queued on its own, and that usually slows the answer down.',
      'Anything to add? Reply to this message and keep the case number in the subject line.',
      'AWS Training and Certification'))

DUP_REPLY = (
    "Hello,\n\nPlease close this case, I opened it by mistake. The confirmation for my first\n"
    "request went to my company inbox and I only saw it this afternoon. The same merge is\n"
    "already open as case %s.\n\nSorry for the extra work.\n\nDaichi Onodera\n" % CASE_A)

HOLD_A_BODY = P(
    'Hi Daichi,',
    'Thank you for your patience while I looked into this.',
    'The certification account registered to %s (AWS02774518) is linked to an AWS Partner Network '
    'organization, <b>Kuroshio Systems K.K.</b> Certifications held on a partner-linked account also '
    'count toward that partner&#39;s standing in the partner programs, so we do not move them out of '
    'the partner&#39;s view until the relationship is settled. I have therefore placed this case on '
    'hold.' % ME_C,
    'A hold like this usually ends in one of two ways. Either the partner&#39;s alliance lead removes '
    'the link from their side, or the employment ends: in that case we let the partner know and carry '
    'on with the merge once your last day has passed.',
    'Are you leaving Kuroshio Systems, and if so, what is your last working day? It would also help to '
    'know until when this company mailbox will keep receiving mail.',
    'Kind regards,<br>Priyanka S.<br>AWS Training and Certification')
HOLD_A_HTML = aws_case(
    'An update on case %s' % CASE_A, 'On hold', '#d98b00',
    [('Case ID', CASE_A), ('Status', 'On hold'), ('Hold reason', 'Partner-linked account'),
     ('Assigned to', 'Priyanka S.'), ('Last updated', '2025-09-09 13:05 UTC')],
    HOLD_A_BODY, marker='-- Write your reply above this line --')
HOLD_A_TEXT = h2t(HOLD_A_HTML)

NEWS = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　週刊クラウド便り　第212号（2025年9月5日）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
１．転職前にやっておきたい「AWS認定アカウントの統合」手順まとめ
　　サポートにケースを起票してから統合完了まで、実際のメール例つき。
　　「Account #1 / #2 のどちらに統合しますか？」への返信のコツも。
　　https://cloud-tayori.jp/r/2025/0905-01

２．Amazon Bedrock のコスト見える化、タグ設計の落とし穴
　　https://cloud-tayori.jp/r/2025/0905-02

３．【イベント】Cloud Native 勉強会 #48（9/19・オンライン）
　　申し込み締め切りは 9/17 です。お早めにどうぞ。
　　https://cloud-tayori.jp/r/2025/0905-03

■ 読者アンケートのお願い
　本メールマガジンの改善のため、1 分ほどのアンケートにご協力ください。
　https://cloud-tayori.jp/q/212

――――――――――――――――――――――――――――
配信停止：https://cloud-tayori.jp/unsubscribe?u=7c1e0a
発行：クラウド便り編集部　news@cloud-tayori.jp
"""


def messages():
    out = []
    dt = d('2025-09-05 20:14:06', '+0900')
    out.append(M(dt, A('クラウド便り編集部', 'news@cloud-tayori.jp'), ME_P,
                 '【週刊クラウド便り】第212号：AWS認定アカウント統合の手順ほか',
                 T(NEWS, cs='Shift_JIS', codec='cp932', cte='8bit', q=False),
                 'unrelated', False, mid=gen_id('news212', 'mail.cloud-tayori.jp'), scs='iso-2022-jp',
                 trace=inbound(dt, ME_P, 'bounce-212@mail.cloud-tayori.jp', 'mail.cloud-tayori.jp',
                               '198.51.100.23', 'cloud-tayori.jp', policy='p=NONE sp=NONE dis=NONE'),
                 extra=['List-Unsubscribe: <https://cloud-tayori.jp/unsubscribe?u=7c1e0a>',
                        'X-Mailer: Tayori-Mag 3.2'],
                 what='Japanese tech newsletter (Shift_JIS, 8bit) whose lead article is about merging certification accounts',
                 hard='talks about cases, Account #1/#2 and replying; asks to fill a survey'))

    dt = d('2025-09-06 10:02:11')
    gh_txt = ('Merged #41 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
              'https://github.com/onodera-d/infra-snippets/pull/41#event-18820417\n'
              'You are receiving this because you authored the thread.\n')
    gh_html = ('<p>Merged <a href="https://github.com/onodera-d/infra-snippets/pull/41">#41</a> into '
               '<code>main</code>.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email '
               'directly, <a href="https://github.com/onodera-d/infra-snippets/pull/41#event-18820417">view '
               'it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
    out.append(M(dt, A('Kenta Mori', 'notifications@github.com'), A('onodera-d/infra-snippets', 'infra-snippets@noreply.github.com'),
                 'Re: [onodera-d/infra-snippets] Add CloudFront OAC example (PR #41)',
                 alt(T(gh_txt, cte='7bit', q=False), Hp(gh_html, cte='7bit', q=False), 'gh41'),
                 'unrelated', False, mid='<onodera-d/infra-snippets/pull/41/issue_event/18820417@github.com>',
                 irt='<onodera-d/infra-snippets/pull/41@github.com>', refs=['<onodera-d/infra-snippets/pull/41@github.com>'],
                 cc='Daichi Onodera <author@noreply.github.com>',
                 trace=inbound(dt, ME_P, 'noreply@github.com', 'out-21.smtp.github.com', '192.30.252.204',
                               'github.com', sel='pf2023', policy='p=REJECT sp=REJECT dis=NONE'),
                 extra=['X-GitHub-Reason: author', 'List-ID: onodera-d/infra-snippets <infra-snippets.onodera-d.github.com>'],
                 what='GitHub: pull request merged', hard='the word "merged" with nothing to do with accounts'))

    dt = d('2025-09-08 00:05:31')
    code_html = page(preheader('Your verification code is 604217') +
                     '<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;font-size:14px">'
                     + P('Hello,', 'Use the code below to verify the e-mail address for your AWS Builder ID.',
                         '<span style="font-size:28px;letter-spacing:6px;font-weight:bold">604217</span>',
                         'The code expires in 10 minutes. If you did not try to create an AWS Builder ID, '
                         'you can ignore this message.', 'AWS Builder ID') + '</div>')
    out.append(M(dt, A('AWS', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
                 Hp(code_html), 'unrelated', False, mid=ses_id('builderid-code'),
                 trace=inbound(dt, ME_P, '01000199aa@us-east-1.amazonses.com', 'a8-31.smtp-out.amazonses.com',
                               '54.240.8.31', 'signin.aws', sel='224i4yxa5dv7c2xz3womw6peuasteono'),
                 what='AWS Builder ID one-time code (HTML only)', hard='6-digit code; AWS sender; not case mail'))

    dt = d('2025-09-08 09:41:52', '+0900')
    memo = ('自分用メモ（9/8 時点、会社の認定アカウントの中身）\n\n'
            '候補ID 会社: AWS02774518\n候補ID 個人（今朝作成）: AWS05190336\n\n'
            '認定:\n- Solutions Architect - Associate（2022-11）\n- Developer - Associate（2023-06）\n'
            '- Security - Specialty（2024-08、パートナーセントラル経由でサインインして受験）\n'
            '特典: 50% 割引バウチャー 1 枚（2026-03-31 まで）\n'
            '証明書 PDF 3 つはダウンロード済み。\n\n'
            'このあと会社アドレスからフォームで統合を申請する。ケース番号が来たら追記。\n')
    out.append(M(dt, A('小野寺 大地', ME_C), ME_P, 'メモ：認定アカウント移行前の控え',
                 T(memo, cte='quoted-printable'), 'user_reply', False, ids=['AWS02774518', 'AWS05190336'],
                 mid=ol_id('memo'), scs='utf-8',
                 trace=inbound(dt, ME_P, ME_C, 'mail-tycjpn01on2110.outbound.protection.outlook.com',
                               '40.107.114.110', 'kuroshio-sys.co.jp', sel='selector1'),
                 extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdwgYj3q0Zr1memo'],
                 what='Daichi mails himself a memo of the old account (Japanese, QP)',
                 hard='written by the owner but not a reply; two candidate IDs'))

    dt = d('2025-09-08 08:01:30')
    out.append(M(dt, TCF, ME_C, SUBJ_A, Hp(ACK_A_HTML), 'acknowledgement', False, CASE_A,
                 ['AWS02774518', 'AWS05190336'], mid=ses_id('ackA'), trace=ses_in(dt, ME_C, fwd=True),
                 what='Case A acknowledgement, HTML only, to the company address (forwarded)',
                 hard='echoes the form with candidate IDs; "Anything to add? Reply" is conditional; preheader only'))

    dt = d('2025-09-08 23:10:44')
    kn_new = P('Hi Daichi,', 'Thanks for the details. So we can see what the sync engine is doing, could '
               'you export a diagnostics bundle (Settings &rarr; Help &rarr; Export diagnostics) and attach '
               'it to your reply? Please also tell us which iPadOS version the device runs.',
               'Brianna<br>Kumo Notes Support')
    kn_old = P('<b>Daichi Onodera</b> &middot; Sep 7, 2025, 21:33 JST',
               'Since Friday my notes stop syncing on the iPad; the Mac is fine. Signing out did not help.')
    kn_html = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px;font-size:14px;color:#2f3941">'
                   '<div style="color:#b5b5b5;font-size:12px">##- Please type your reply above this line -##</div>'
                   + P('Your request (58213) has been updated. To add additional comments, reply to this email.')
                   + pill('Awaiting your response', '#e9a100') + '<hr style="border:0;border-top:1px solid #ddd">'
                   + kn_new + '<hr style="border:0;border-top:1px solid #ddd">' + kn_old +
                   '<p style="color:#999;font-size:11px">This email is a service from Kumo Notes. Delivered by Deskly.'
                   '<span style="color:#fff;font-size:1px">[QX7P2K-95R1]</span></p></div>', bg='#ffffff')
    out.append(M(dt, A('Kumo Notes Support', 'support@kumonotes.app'), A('Daichi Onodera', ME_P),
                 '[Kumo Notes] Re: Notes stop syncing on iPad', alt(T(h2t(kn_html)), Hp(kn_html), 'kn1'),
                 'unrelated', False, mid=gen_id('kn58213-2', 'kumonotes.app'),
                 irt=gen_id('kn58213-1', 'kumonotes.app'), refs=[gen_id('kn58213-1', 'kumonotes.app')],
                 reply_to='Kumo Notes Support <support+id58213@kumonotes.app>',
                 trace=inbound(dt, ME_P, 'support@kumonotes.app', 'outbound-7.mail.deskly.io', '203.0.113.77',
                               'kumonotes.app', sel='deskly1'),
                 what='Other vendor help desk (Zendesk-like): "Awaiting your response", asks for diagnostics',
                 hard='reply-above-this-line marker, status badge and a direct request, but not AWS'))

    dt = d('2025-09-09 07:16:20')
    out.append(M(dt, TCF, ME_P, SUBJ_DUP, alt(T(h2t(ACK_DUP_HTML)), Hp(ACK_DUP_HTML), 'ackdup'),
                 'acknowledgement', False, CASE_DUP, mid=ses_id('ackDup'), trace=ses_in(dt, ME_P),
                 what='Acknowledgement of a second, duplicate form for the same merge (personal address)',
                 hard='duplicate case; same template as the real one'))

    dt = d('2025-09-09 16:40:12', '+0900')
    ack_txt = h2t(ACK_DUP_HTML)
    plain = DUP_REPLY + '\nOn Tue, Sep 9, 2025 at 16:16 Amazon Web Services <%s> wrote:\n\n%s' % (TC, quote(ack_txt))
    html = gmail_quote(DUP_REPLY.replace('\n\n', '<br><br>').replace('\n', ' '),
                       'On Tue, Sep 9, 2025 at 16:16 Amazon Web Services &lt;<a href="mailto:%s">%s</a>&gt; wrote:' % (TC, TC),
                       '<pre>%s</pre>' % ack_txt.replace('&', '&amp;').replace('<', '&lt;'))
    out.append(M(dt, A(ME_NAME, ME_P), TCF, 'Re: ' + SUBJ_DUP,
                 alt(T(plain, q=False, cs='UTF-8'), Hp(html, q=False, cs='UTF-8'), 'dupreply', preamble=False),
                 'user_reply', False, CASE_DUP, mid=gm_id('dupreply'), irt=ses_id('ackDup'), refs=[ses_id('ackDup')],
                 what='Daichi asks support to close the duplicate case (Gmail sent copy)',
                 hard='mentions both case numbers; belongs to the duplicate'))

    dt = d('2025-09-09 11:52:03')
    dup_html = aws_case(None, 'Closed', '#687078',
                        [('Case ID', CASE_DUP), ('Status', 'Closed'), ('Linked case', CASE_A)],
                        P('Hi Daichi,', 'No problem at all. I have closed case %s as a duplicate and linked it '
                          'to case %s, where a colleague is already working on your merge.' % (CASE_DUP, CASE_A),
                          'Nothing else is needed on this thread; replies to it are not monitored.',
                          'Best regards,<br>Mateo<br>AWS Training and Certification'),
                        quoted=P(DUP_REPLY.replace('\n\n', '<br><br>').replace('\n', ' ')))
    out.append(M(dt, TCF, ME_P, SUBJ_DUP, alt(T(h2t(dup_html)), Hp(dup_html), 'dupclose'),
                 'case_update', False, CASE_DUP, mid=ses_id('dupclose'), irt=gm_id('dupreply'),
                 refs=[ses_id('ackDup'), gm_id('dupreply')], trace=ses_in(dt, ME_P),
                 what='Duplicate closed and linked to the main case',
                 hard='grey "Closed" badge: looks like a resolution but the request is not done'))

    dt = d('2025-09-09 13:05:40')
    out.append(M(dt, TCF, ME_C, SUBJ_A, alt(T(HOLD_A_TEXT), Hp(HOLD_A_HTML), 'holdA'),
                 'on_hold', True, CASE_A, ['AWS02774518'], mid=ses_id('holdA'), trace=ses_in(dt, ME_C, fwd=True),
                 what='APN partner hold on case A, with a question about the last working day',
                 hard='"On hold" status, explanation first; the question is in the last paragraph without "please"'))

    dt = d('2025-09-09 23:48:30')
    jira = page('<div style="max-width:620px;background:#fff;margin:0 auto;padding:18px;font-size:14px;color:#172b4d">'
                '<div style="color:#97a0af;font-size:12px">&mdash;&mdash; 返信はこの行より上に入力してください / Reply above this line &mdash;&mdash;</div>'
                + P('<b>山内 沙織</b> さんがコメントしました:',
                    '小野寺さん、退職に伴うメール設定の件です。最終出社日（9/30）以降の転送先として、'
                    '個人アドレス %s で問題ないかご確認ください。また、業務関連のメールは 9/26 までに'
                    'チームの共有フォルダへ移してください。' % ME_P)
                + fields([('リクエスト', 'ITS-3307 退職に伴うメール転送・アーカイブ設定'),
                          ('ステータス', pill('WAITING FOR CUSTOMER', '#0052cc')),
                          ('報告者', '小野寺 大地')], lw='30%')
                + button('リクエストを表示', 'https://itdesk.kuroshio-sys.co.jp/servicedesk/customer/portal/2/ITS-3307', '#0052cc')
                + '<p style="color:#6b778c;font-size:11px">Kuroshio IT Service Desk (powered by Tracklane)</p></div>',
                lang='ja', bg='#f4f5f7')
    out.append(M(dt, A('Kuroshio IT Service Desk', 'itdesk@kuroshio-sys.co.jp'), A('小野寺 大地', ME_C),
                 '[ITS-3307] 退職に伴うメール転送・アーカイブ設定', Hp(jira, cte='base64'),
                 'unrelated', False, mid=gen_id('its3307-1', 'itdesk.kuroshio-sys.co.jp'),
                 trace=inbound(dt, ME_C, 'itdesk@kuroshio-sys.co.jp', 'x', 'x', 'kuroshio-sys.co.jp', sel='selector1', fwd=True),
                 what='Employer IT help desk (Jira-like, Japanese, base64 HTML) waiting for customer',
                 hard='a genuine request about the same job change, but not an AWS case'))
    return out
