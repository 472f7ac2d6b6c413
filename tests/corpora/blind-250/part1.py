"""Messages 001-014."""
from common import *  # noqa: F401,F403
from common import html


def m001():
    d = rdate('2025-03-07 11:02:44 +0900')
    seed = 'm001'
    top = inbound(ME_P, 'bounce-%s@mkt.amazon.com' % hx(seed, 10), 'amazon.com', d,
                  relay='mkt-out-7.amazon.com', ip='52.95.48.107')
    top += ['From: %s' % addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'),
            'To: %s' % ME_P,
            'Subject: %s' % ew('【ご登録受付中】AWS Summit Japan 2025 ― 基調講演とセッションのご案内'),
            'Date: %s' % d, 'Message-ID: <%s.mkt@amazon.com>' % hx(seed, 24),
            'List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?e=%s>' % hx(seed, 12),
            'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk']
    txt = ('森川 様\n\nAWS Summit Japan 2025 の参加登録を開始しました。今年は 2 日間で 150 以上の'
           'セッションをお届けします。\n\n・基調講演: 生成 AI とこれからのクラウド\n・認定資格ラウンジ: '
           'AWS 認定保有者向けの特典をご用意\n\n参加登録(無料): https://aws.amazon.com/jp/summits/japan/\n\n'
           '配信停止をご希望の場合は、こちらからお手続きください。\nhttps://pages.awscloud.com/unsubscribe.html\n\n'
           'アマゾン ウェブ サービス ジャパン合同会社\n')
    htm = ('<html><body style="font-family:sans-serif"><div style="display:none">基調講演・200 セッション'
           '・認定ラウンジ、今すぐ登録</div><h1 style="color:#232f3e">AWS Summit Japan 2025</h1>'
           + p(txt) + '<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;'
           'color:#000;padding:10px 20px;text-decoration:none">今すぐ登録</a></p></body></html>')
    eml = render(top, alt(txt, htm, seed, 'utf-8', 'base64', 'base64'))
    return M(eml, lab('unrelated'), 'AWS marketing (Summit invitation, Japanese, base64)',
             'genuine amazon.com sender and DKIM pass; "certification lounge" wording; call to action')


def m002():
    d = rdate('2025-03-10 09:12:05 +0900')
    seed = 'm002'
    top = inbound(ME_P, '0100%s@signin.aws' % hx(seed, 10), 'signin.aws', d)
    top += ['From: AWS Builder ID <no-reply@signin.aws>', 'To: %s' % ME_P,
            'Subject: Verify your AWS Builder ID email address', 'Date: %s' % d,
            'Message-ID: %s' % ses_id(seed)]
    txt = ('Verify your email address\n\nHello Daichi Morikawa,\n\nTo finish creating your AWS Builder ID, '
           'enter this verification code:\n\n    417203\n\nThe code expires in 30 minutes. If you did not '
           'try to create an AWS Builder ID, you can ignore this message.\n\nAmazon Web Services\n')
    htm = ('<html><body><h2>Verify your email address</h2><p>Hello Daichi Morikawa,</p><p>To finish creating '
           'your AWS Builder ID, enter this verification code:</p><p style="font-size:28px;letter-spacing:4px">'
           '<b>417203</b></p><p>The code expires in 30 minutes. If you did not try to create an AWS Builder ID, '
           'you can ignore this message.</p></body></html>')
    eml = render(top, alt(txt, htm, seed))
    return M(eml, lab('unrelated'), 'AWS Builder ID verification code for the new personal login',
             'part of the merge preparation; 6-digit code is not a case number')


def m003():
    d = rdate('2025-03-10 16:48:31 +0900')
    seed = 'm003'
    top = inbound(ME_C, 'bounces+%s@em.tesseracloud.io' % hx(seed, 8), 'tesseracloud.io', d,
                  relay='o12.em.tesseracloud.io', ip='149.72.31.12')
    top += ['From: %s' % addr('Ines (Tessera Cloud Support)', 'support@tesseracloud.io'),
            'Reply-To: Tessera Cloud Support <support+id58213@tesseracloud.io>',
            'To: %s' % addr('Daichi Morikawa', ME_C),
            'Subject: [Tessera Support] Re: API rate limit errors on workspace seiran-prod',
            'Date: %s' % d, 'Message-ID: <%s_sprut@tesseracloud.io>' % hx(seed, 14).upper(),
            'In-Reply-To: <%s_sprut@tesseracloud.io>' % hx(seed + 'x', 14).upper(),
            'X-Desk-Ticket-Id: 58213', 'Auto-Submitted: auto-generated']
    body = ('<div style="display:none;max-height:0;overflow:hidden">Ines replied to your request #58213 '
            '- Hi Daichi, thanks for the logs.' + PRE_PAD + '</div>'
            '<div style="color:#b5b5b5;font-size:11px">##- Please type your reply above this line -##</div>'
            '<p style="font-size:13px;color:#555">Your request (#58213) has been updated. To add additional '
            'comments, reply to this email.</p>'
            '<table cellpadding="6" style="font-size:13px;border:1px solid #e6e6e6;border-collapse:collapse">'
            '<tr><td>Status</td><td><span style="background:#f79a3e;color:#fff;border-radius:3px;padding:1px 8px">'
            'Awaiting your response</span></td></tr><tr><td>Priority</td><td>Normal</td></tr>'
            '<tr><td>Workspace</td><td>seiran-prod</td></tr></table>'
            '<table width="100%" style="margin-top:14px"><tr><td style="border-top:1px solid #eee;padding-top:10px">'
            '<b>Ines Walcott</b> (Tessera Cloud)<br><span style="color:#999">Mar 10, 2025, 07:47 UTC</span>'
            + p('Hi Daichi,\n\nThanks for the logs. The 429s line up with the burst limit on your plan, not '
                'with an outage on our side.\n\nCould you send us two or three of the request IDs (the '
                'x-tessera-request header) from this morning? With those we can check whether the retries '
                'from your batch job are being counted twice.\n\nBest,\nInes')
            + '</td></tr><tr><td style="border-top:1px solid #eee;padding-top:10px;color:#555"><b>Daichi '
            'Morikawa</b><br><span style="color:#999">Mar 10, 2025, 02:15 UTC</span>'
            + p('Hello, since Friday our nightly sync is getting HTTP 429 from the API. Logs attached.')
            + '</td></tr></table><p><a href="https://help.tesseracloud.io/hc/requests/58213" style="background:'
            '#1f73b7;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">View ticket</a></p>'
            '<p style="color:#aaa;font-size:11px">[Q7RZ2L-81KD]</p>')
    htm = '<html><body style="font-family:Helvetica,Arial,sans-serif">%s</body></html>' % body
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('unrelated'),
             'Other vendor help desk (Zendesk-like), HTML-only, "Awaiting your response", asks for request IDs',
             'all the ticket furniture of a support request (reply marker, badge, View ticket) but not AWS')


def m004():
    seed = 'A1'
    pre = 'We have received your request and opened case %s.' % CASE_A
    body = p('Hello Daichi,\n\nThank you for contacting AWS Training and Certification. We have received '
             'your request and opened case %s for it.\n\nHere is a copy of the information you submitted:'
             % CASE_A)
    body += ('<table cellpadding="5" style="font-size:13px;border:1px solid #d5dbdb;border-collapse:collapse;'
             'margin-bottom:12px"><tr><td style="background:#fafafa">Inquiry type</td><td>Certification</td></tr>'
             '<tr><td style="background:#fafafa">Additional details</td><td>Account Merge</td></tr>'
             '<tr><td style="background:#fafafa">Contact email</td><td>%s</td></tr>'
             '<tr><td style="background:#fafafa">How can we help?</td><td>I am leaving my employer at the end '
             'of March and want to keep my certifications. Please merge my company certification account '
             '(%s) into my personal one (%s). Keep %s on file.</td></tr></table>'
             % (ME_P, ME_C, ME_P, ME_P))
    body += p('An agent normally replies within one business day; some requests need more research and take '
              'longer. Please do not submit the form again for this request: a second case for the same '
              'question is handled separately and can delay the answer.\n\nBest regards,\nAWS Training and '
              'Certification Customer Support')
    htm = tc_desk(CASE_A, 'Unassigned', pre, body)
    top = tc_top(ME_P, '2025-03-11 09:59:10 +0900', 'mid-A1', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ))
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('acknowledgement', False, CASE_A), 'Case A opened: HTML-only help-desk card, echo of the form',
             'HTML-only; hidden preheader; echoed form text reads like a request; "do not submit again" is advice, not an ask')


def m005():
    seed = 'B1'
    txt = ('%s 様\n\nアマゾン ウェブ サービスにお問い合わせいただき、誠にありがとうございます。\n'
           'お寄せいただいた内容について、ケース %s を作成いたしました。\n\n'
           'ケースの内容:\n  ケース ID: %s\n  件名: %s\n  お問い合わせタイプ: AWS トレーニングと認定\n'
           '  その他の詳細: アカウントの統合\n\n'
           '担当者より、原則として 1 営業日以内にご連絡いたします。調査の内容によっては、さらにお時間を'
           '頂戴する場合がございます。\n'
           'なお、同じご依頼について重ねてフォームを送信されますと、別々のケースとして扱われ、かえって'
           'ご回答が遅れることがございます。あらかじめご了承ください。\n\n'
           'AWS トレーニングと認定 カスタマーサポート\n') % (ME_JA, CASE_B, CASE_B, TC_SUBJ)
    top = tc_top(ME_C, '2025-03-11 10:41:49 +0900', 'mid-B1', 'RE:[CASE %s] %s' % (CASE_B, TC_SUBJ),
                 frm=addr('アマゾン ウェブ サービス', TC_FROM, 'iso-2022-jp'))
    eml = render(top, leaf('text/plain', txt, 'iso-2022-jp', '7bit'))
    return M(eml, lab('acknowledgement', False, CASE_B),
             'Case B opened (duplicate form, company address), Japanese ISO-2022-JP',
             'second case for the same request 40 minutes after the first; Japanese; encoded From name')


def m006():
    d = rdate('2025-03-11 14:20:03 +0900')
    seed = 'm006'
    top = inbound(ME_C, 'jira@seiran-systems.atlassian-mail.net', 'seiran-systems.co.jp', d,
                  dkim_d='seiran-systems.co.jp', relay='smtp-2.jsm-mail.net', ip='185.166.143.40')
    top += ['From: %s' % addr('Seiran IT Service Desk', 'itdesk@seiran-systems.co.jp'),
            'To: %s' % ME_C, 'Subject: %s' % ew('[IT-4471] 退職に伴う貸与機器の返却 / Equipment return (offboarding)'),
            'Date: %s' % d, 'Message-ID: <JIRA.%s.IT-4471@seiran-systems.co.jp>' % hx(seed, 8),
            'X-JSM-Request-Status: Waiting for customer']
    body = ('<div style="color:#8993a4;font-size:11px">—— 返信はこの行より上に入力してください / Reply above this line ——</div>'
            '<p><span style="background:#ffab00;border-radius:3px;padding:1px 6px;font-size:11px">WAITING FOR CUSTOMER</span>'
            ' &nbsp;IT-4471</p>'
            + p('森川さん\n\n退職日(3/31)に向けて、貸与 PC(SR-NB-0719)とセキュリティキーの返却日時を決めさせて'
                'ください。3/27 または 3/28 の 10:00-17:00 で、ご都合のよい時間をこのチケットに返信してください。\n\n'
                'また、退職日の 18:00 に社用メールボックスを停止します。外部サービスの登録メールアドレスは'
                '事前に変更をお願いします。\n\n情報システム部 山根')
            + '<p><a href="https://seiran-systems.atlassian.net/servicedesk/customer/portal/2/IT-4471">リクエストを表示</a></p>')
    htm = '<html><body style="font-family:sans-serif;font-size:14px">%s</body></html>' % body
    eml = render(top, alt(strip_html(htm), htm, seed, 'utf-8', 'base64', 'base64'))
    return M(eml, lab('unrelated'), 'Company IT desk (Jira-like) offboarding ticket, asks for a time slot',
             'a real request to the owner, reply marker, "waiting for customer", mentions changing addresses: not AWS')


def m007():
    seed = 'A2'
    pre = 'An update on your account merge request'
    msg = ('Hello Daichi,\n\nThank you for waiting while we reviewed your request.\n\nWhen I looked at the two '
           'certification accounts, I found that the one registered to %s (%s) is associated with an AWS '
           'Partner Network organization, Seiran Systems K.K. Certifications held on a partner-associated '
           'account count toward that partner\'s program standing, so we cannot move them while the association '
           'is in place. I have placed this case on hold and contacted the partner\'s alliance team to ask '
           'them to release the account.\n\nTo include in our note to them: are you still employed by Seiran '
           'Systems, and if you are leaving, what is your last working day?\n\nKind regards,\nPriya N.\n'
           'AWS Training and Certification Customer Support' % (ME_C, CID_OLD))
    htm = tc_desk(CASE_A, 'On hold', pre, p(msg))
    txt = 'Case ID: %s\nStatus: On hold\n\n%s\n' % (CASE_A, msg)
    top = tc_top(ME_P, '2025-03-12 15:20:37 +0900', 'mid-A2', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A1'], refs=MID['A1'])
    eml = render(top, alt(txt, htm, seed, style='d'))
    return M(eml, lab('on_hold', True, CASE_A, [CID_OLD]), 'Case A on hold (APN partner) with a buried question',
             'the hold is the headline; the question about the last working day sits after the explanation, no "please"')


def m008():
    seed = 'B2'
    pre = 'This case has been closed as a duplicate.'
    msg = ('Hello,\n\nThis request is the same as case %s, which was submitted from %s earlier on March 11 '
           'and is already with our team. To keep the history in one place, I have closed this case. All '
           'further updates will come on case %s.\n\nNo further action is required on this case.\n\n'
           'Regards,\nMarcus T.\nAWS Training and Certification Customer Support' % (CASE_A, ME_P, CASE_A))
    htm = tc_desk(CASE_B, 'Closed', pre, p(msg), marker=True)
    top = tc_top(ME_C, '2025-03-12 16:03:12 +0900', 'mid-B2', 'RE: [CASE %s] %s' % (CASE_B, TC_SUBJ),
                 irt=MID['B1'], refs=MID['B1'])
    eml = render(top, leaf('text/html', htm, 'utf-8', 'base64'), crlf=True)
    return M(eml, lab('case_update', False, CASE_B), 'Case B closed as duplicate of case A (HTML-only, base64, CRLF)',
             'two case numbers in the text; "Closed" badge but not a resolution; reply marker on top')


A2_TXT = ('Hello Daichi,\n\nThank you for waiting while we reviewed your request.\n\nWhen I looked at the two '
          'certification accounts, I found that the one registered to %s (%s) is associated with an AWS Partner '
          'Network organization, Seiran Systems K.K. [...]\n\nTo include in our note to them: are you still '
          'employed by Seiran Systems, and if you are leaving, what is your last working day?\n\nKind regards,\n'
          'Priya N.\nAWS Training and Certification Customer Support' % (ME_C, CID_OLD))

A3_NEW = ('Hi Priya,\n\nYes, I am still with Seiran Systems until March 31. That is my last day, and the '
          'company mailbox is switched off the same evening. I have told our alliance lead (Kenji Hirota), so '
          'he is expecting your note.\n\nFor reference:\n- keep: %s / %s\n- company: %s / %s\n\nThanks,\nDaichi'
          % (ME_P, CID_NEW, ME_C, CID_OLD))


def m009():
    attrib = 'On Wed, Mar 12, 2025 at 3:20 PM Amazon Web Services <%s> wrote:' % TC_FROM
    txt = A3_NEW + '\n\n' + q_text(attrib, A2_TXT)
    htm = ('<div dir="ltr">%s</div><br>%s' % (html.escape(A3_NEW).replace('\n', '<br>'),
                                              q_gmail_html(attrib, html.escape(A2_TXT).replace('\n', '<br>'))))
    top = sent_top(addr(ME_NAME, ME_P), TC_FROM, '2025-03-12 19:44:09 +0900',
                   'Re: RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), MID['A3'], irt=MID['A2'],
                   refs=MID['A1'] + '\n ' + MID['A2'])
    eml = render(top, alt(txt, htm, 'A3', tcte='quoted-printable', style='g'))
    return M(eml, lab('user_reply', False, CASE_A, [CID_NEW, CID_OLD]),
             'Owner answers the hold question (last day March 31), Gmail-style quote',
             'owner\'s own mail; candidate IDs in new text, quoted support question below')


def m010():
    seed = 'A3b'
    pre = 'Your reply has been added to case %s' % CASE_A
    body = p('Hello Daichi,\n\nWe have added your reply to case %s. The agent handling your case will see it '
             'and follow up; you do not need to send it again.' % CASE_A)
    body += ('<div style="border-left:3px solid #d5dbdb;padding-left:10px;color:#545b64;font-size:13px">'
             'Yes, I am still with Seiran Systems until March 31. That is my last day, and the company '
             'mailbox is switched off the same evening&hellip;</div>')
    htm = tc_desk(CASE_A, 'Pending Amazon action', pre, body)
    txt = ('This message is best viewed in an HTML-capable e-mail client.\n\nCase %s: '
           'https://support.aws.amazon.com/#/contacts/case?caseId=%s\n' % (CASE_A, CASE_A))
    top = tc_top(ME_P, '2025-03-12 19:44:52 +0900', 'mid-A3b', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A3'], refs=MID['A2'] + ' ' + MID['A3'], extra=['Auto-Submitted: auto-replied'])
    eml = render(top, alt(txt, htm, seed, style='d'))
    return M(eml, lab('acknowledgement', False, CASE_A), 'Automatic "your reply was added" notice on case A',
             'plain-text part is useless; echo of the owner\'s words; status badge only')


def m011():
    d = rdate('2025-03-13 08:31:50 +0900')
    seed = 'm011'
    top = inbound(ME_P, 'noreply@github.com', 'github.com', d, relay='out-21.smtp.github.com', ip='192.30.252.204')
    top += ['From: %s' % addr('Hana Ishikawa', 'notifications@github.com'),
            'Reply-To: seiran-systems/cert-tracker <reply+A3QX7%s@reply.github.com>' % hx(seed, 20).upper(),
            'To: seiran-systems/cert-tracker <cert-tracker@noreply.github.com>',
            'Cc: %s, Review requested <review_requested@noreply.github.com>' % addr('Daichi Morikawa', ME_P),
            'Subject: Re: [seiran-systems/cert-tracker] Merge account sync job into main (PR #412)',
            'Date: %s' % d, 'Message-ID: <seiran-systems/cert-tracker/pull/412/issue_event/%s@github.com>' % hx(seed, 9),
            'In-Reply-To: <seiran-systems/cert-tracker/pull/412@github.com>',
            'References: <seiran-systems/cert-tracker/pull/412@github.com>', 'X-GitHub-Reason: review_requested']
    txt = ('Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
           'https://github.com/seiran-systems/cert-tracker/pull/412#event-%s\nYou are receiving this because '
           'your review was requested.\n' % hx(seed, 10))
    htm = ('<p>Merged <a href="https://github.com/seiran-systems/cert-tracker/pull/412">#412</a> into main.</p>'
           '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/'
           'seiran-systems/cert-tracker/pull/412">view it on GitHub</a>.<br>You are receiving this because your review '
           'was requested.</p>')
    eml = render(top, alt(txt, htm, seed, 'utf-8', '7bit', '7bit', style='g'))
    return M(eml, lab('unrelated'), 'GitHub: pull request merged', '"Merged", "account", "reply to this email" — not a case')


def m012():
    d = rdate('2025-03-13 13:07:22 +0900')
    seed = 'm012'
    top = inbound(ME_P, 'case-desk@aws-certsupport-desk.com', 'aws-certsupport-desk.com', d,
                  relay='mail.aws-certsupport-desk.com', ip='45.138.16.77', sel='k1')
    top += ['From: %s' % addr('AWS Certification Support', 'case-desk@aws-certsupport-desk.com'),
            'To: %s' % ME_P, 'Subject: Action required: confirm your certification account merge (Ref TC-88410273)',
            'Date: %s' % d, 'Message-ID: <%s@aws-certsupport-desk.com>' % hx(seed, 20)]
    htm = ('<html><body style="font-family:Arial"><div style="display:none">Your merge is paused until you '
           'verify your identity.</div><table width="600" style="border:1px solid #ddd"><tr><td style="background:'
           '#232f3e;color:#fff;padding:12px">aws training &amp; certification</td></tr><tr><td style="padding:16px">'
           + p('Dear Candidate,\n\nWe could not complete the merge of your certification accounts because the '
               'identity check failed. To avoid losing your certifications and exam benefits, confirm the merge '
               'by signing in with your AWS Builder ID within 24 hours.')
           + '<p><a href="https://aws-certsupport-desk.com/tc/verify?ref=TC-88410273" style="background:#ec7211;'
           'color:#fff;padding:9px 18px;text-decoration:none">Confirm merge</a></p>'
           + p('If you do not confirm, the accounts will be locked and certifications revoked.\n\nAWS Training '
               'and Certification') + '</td></tr></table></body></html>')
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('suspicious'), 'Phishing from a lookalike domain asking to "confirm merge" via sign-in link',
             'arrives mid-case with the right vocabulary and urgency; DKIM/DMARC pass for the lookalike domain')


def m013():
    seed = 'A4'
    quoted = '\n'.join('> ' + ln if ln else '>' for ln in A3_NEW.split('\n'))
    txt = ('Hello Daichi,\n\nThank you for the details. I have passed your last working day on to the '
           'partner\'s alliance team and asked them to release the association before March 31. The case stays '
           'on hold until they act; partner teams usually answer within a few business days.\n\nThere is '
           'nothing you need to do in the meantime. I will write again as soon as I hear from them.\n\n'
           'Case status: On hold (waiting on AWS Partner Network organization)\n\nKind regards,\nPriya N.\n'
           'AWS Training and Certification Customer Support\n\n'
           '---------- Original message ----------\nFrom: %s\nDate: Wed, Mar 12, 2025 at 10:44 AM UTC\n\n%s\n'
           % (ME_P, quoted))
    top = tc_top(ME_P, '2025-03-14 10:16:40 +0900', 'mid-A4', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A3'], refs=MID['A2'] + ' ' + MID['A3'])
    eml = render(top, leaf('text/plain', txt, 'us-ascii', '7bit'), crlf=True)
    return M(eml, lab('on_hold', False, CASE_A), 'Case A stays on hold for the partner; plain text, CRLF',
             'pure hold: "nothing you need to do"; quoted owner text holds candidate IDs (not counted)')


def m014():
    d = rdate('2025-03-14 17:55:12 +0900')
    seed = 'm014'
    top = inbound(ME_P, 'support@hikarinet-support.jp', 'hikarinet-support.jp', d,
                  relay='smtp01.hikarinet-support.jp', ip='203.0.113.41')
    top += ['From: %s' % addr('ひかりネット サポートセンター', 'support@hikarinet-support.jp', 'shift_jis'),
            'To: %s' % ME_P, 'Subject: %s' % ew('【ひかりネット】お問い合わせを受け付けました(受付番号 HN-2503-118204)', 'shift_jis'),
            'Date: %s' % d, 'Message-ID: <HN-2503-118204.%s@hikarinet-support.jp>' % hx(seed, 8)]
    txt = ('森川 大地 様\n\nひかりネット サポートセンターです。\nこのたびはお問い合わせいただき、ありがとうございます。\n\n'
           '■受付番号: HN-2503-118204\n■ステータス: お客様の回答待ち\n■内容: 転居に伴う回線の移転\n\n'
           '移転先での工事日を調整するため、以下の項目を本メールにご返信ください。\n'
           '  1. 新しいご住所(建物名・部屋番号まで)\n  2. 工事希望日(第 3 希望まで)\n\n'
           '※ 受付番号を件名から削除しないでください。\n\nひかりネット サポートセンター\n受付時間 10:00-18:00(年末年始を除く)\n')
    eml = render(top, leaf('text/plain', txt, 'shift_jis', '8bit'))
    return M(eml, lab('unrelated'), 'Japanese ISP help desk (Shift_JIS) asking for a new address',
             'Japanese request with keigo and "reply to this mail", ticket number in subject; not AWS')


def messages():
    return [m001(), m002(), m003(), m004(), m005(), m006(), m007(), m008(), m009(), m010(),
            m011(), m012(), m013(), m014()]
