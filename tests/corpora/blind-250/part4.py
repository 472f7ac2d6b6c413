"""Messages 043-057."""
from common import *  # noqa: F401,F403
from common import html
from part3 import CONSOLE_FOOT, C_SUBJ, console_top, console_html, D_SUBJ, D2_TXT

F_SUBJ = '[AWS Training and Certification Form Submission] - exam-assistance'


def m043():
    d = rdate('2025-04-11 15:22:40 +0900')
    seed = 'm043'
    top = inbound(ME_P, 'support@kagurahost.jp', 'kagurahost.jp', d, relay='mail-out.fdmail.kagurahost.jp',
                  ip='203.0.113.77')
    top += ['From: %s' % addr('Kagura Hosting Support', 'support@kagurahost.jp'), 'To: %s' % ME_P,
            'Subject: Ticket #88213 status changed: On hold - VPS disk upgrade (kgr-vps-2204)', 'Date: %s' % d,
            'Message-ID: <%s.88213@kagurahost.jp>' % hx(seed, 18)]
    body = ('<div style="display:none;max-height:0;overflow:hidden">We are waiting on our datacenter team.'
            + PRE_PAD + '</div><table width="600" style="font-family:Arial;font-size:14px;border:1px solid #e3e3e3">'
            '<tr><td style="background:#12344d;color:#fff;padding:12px">Kagura Hosting &middot; Support</td></tr>'
            '<tr><td style="padding:14px"><table cellpadding="4" style="font-size:13px"><tr><td>Ticket</td><td>#88213'
            '</td></tr><tr><td>Status</td><td><span style="background:#6b4fbb;color:#fff;padding:1px 8px;'
            'border-radius:8px">On hold</span></td></tr><tr><td>Agent</td><td>Sota Ueno</td></tr></table>'
            + p('Hi Daichi,\n\nYour disk upgrade is scheduled, but the storage node in our Osaka rack needs a '
                'firmware update first. We have put the ticket on hold until the datacenter team finishes that '
                'work (expected April 15). You do not need to do anything; we will update the ticket when it moves.'
                '\n\nSota')
            + '<p><a href="https://support.kagurahost.jp/helpdesk/tickets/88213" style="background:#2c5cc5;color:#fff;'
            'padding:8px 16px;text-decoration:none">View ticket</a></p></td></tr></table>')
    eml = render(top, leaf('text/html', '<html><body>%s</body></html>' % body, 'utf-8', 'quoted-printable'))
    return M(eml, lab('unrelated'), 'Other vendor (Freshdesk-like) ticket put "On hold"',
             'on-hold wording, badge and reason outside the customer, exactly like a partner hold, but not AWS')


def m044():
    seed = 'mid-C3'
    txt = ('Hello,\n\nWe have not received a reply to our last correspondence on this case. If we do not hear from '
           'you, the case will be resolved automatically in 3 days.\n\nIf you still need help, add a reply in the '
           'Support Center before then. Resolved cases can be reopened for 14 days.' + CONSOLE_FOOT % CASE_C)
    top = console_top('2025-04-12 09:40:03 +0900', seed, 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ), irt=MID['C2'])
    eml = render(top, alt(txt, console_html(txt, 'Pending customer action'), seed))
    return M(eml, lab('closing_notice', True, CASE_C), 'Console case C: will auto-resolve in 3 days',
             'no question at all; the answer must go to the Support Center; identical footer to the billing case')


def m045():
    seed = 'D2b'
    new = ('%s 様\n\nAWS トレーニングと認定 カスタマーサポートの佐伯です。\n\n'
           '4 月 10 日にお送りしたご案内について、まだご返信を確認できておりません。'
           '4 月 17 日までにご返信をいただけない場合は、本ケースをクローズさせていただきます。\n'
           'クローズ後でも、本メールにご返信いただければケースを再開いたします。\n\n'
           '佐伯\nAWS トレーニングと認定 カスタマーサポート\n' % ME_JA)
    quoted = '\n'.join('> ' + ln if ln else '>' for ln in D2_TXT.rstrip('\n').split('\n'))
    txt = new + '\n-------- 元のメッセージ --------\n送信日時: 2025/04/10 10:02\n件名: RE:[CASE %s] %s\n\n%s\n' % (
        CASE_D, D_SUBJ, quoted)
    top = tc_top(ME_P, '2025-04-14 09:31:27 +0900', 'mid-D2b', 'RE:[CASE %s] %s' % (CASE_D, D_SUBJ),
                 irt=MID['D2'], refs=MID['D1'] + ' ' + MID['D2'], frm=addr('AWS トレーニングと認定', TC_FROM, 'iso-2022-jp'))
    eml = render(top, leaf('text/plain', txt, 'iso-2022-jp', '7bit'), crlf=True)
    return M(eml, lab('closing_notice', True, CASE_D), 'Case D: Japanese reminder, closes on April 17 without a reply',
             'the real question is only in the quoted original; ISO-2022-JP; CRLF')


def m046():
    new = ('佐伯様\n\nご連絡ありがとうございます。返信が遅くなり申し訳ありません。\n\n'
           'パスポートの表記は「DAICHI MORIKAWA」です。認定証には「Daichi Morikawa」と表示されるよう、'
           '変更をお願いいたします。\n\n森川 大地\n')
    quoted = '\n'.join('> ' + ln if ln else '>' for ln in D2_TXT.rstrip('\n').split('\n')[:9])
    txt = new + '\n2025年4月10日(木) 10:02 AWS トレーニングと認定 <%s>:\n%s\n' % (TC_FROM, quoted)
    top = sent_top(addr(ME_JA, ME_P, 'iso-2022-jp'), TC_FROM, '2025-04-14 12:05:50 +0900',
                   'Re: RE:[CASE %s] %s' % (CASE_D, D_SUBJ), MID['D3'], irt=MID['D2b'],
                   refs=MID['D2'] + ' ' + MID['D2b'], ua='KumoMail Desktop 5.2 (ja)')
    eml = render(top, leaf('text/plain', txt, 'iso-2022-jp', '7bit'))
    return M(eml, lab('user_reply', False, CASE_D), 'Owner answers case D in Japanese (ISO-2022-JP)',
             'replies to the reminder but quotes the original request; 〜お願いいたします aimed at support')


def m047():
    seed = 'mid-C4'
    txt = ('Hello Daichi,\n\nThank you for the details you added in the Support Center. I found the unused 50%% '
           'discount on the closed account and have issued a replacement benefit to %s. It is visible now under '
           'Benefits in your AWS Certification Account and is valid until April 14, 2026.\n\nI am marking this case '
           'as resolved. If the benefit does not appear, you can reopen the case from the Support Center within '
           '14 days.\n\nRegards,\nFarid S.\nAWS Training and Certification\n\nWas this response helpful? Rate it in '
           'the Support Center - your ratings help us improve.' % CID_NEW) + CONSOLE_FOOT % CASE_C
    top = console_top('2025-04-15 10:18:22 +0900', seed, 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ), irt=MID['C3'])
    eml = render(top, alt(txt, console_html(txt, 'Resolved'), seed))
    return M(eml, lab('resolved', False, CASE_C, [CID_NEW]), 'Console case C resolved: benefit re-issued',
             'rating footer ("was this response helpful?") and a conditional reopen offer')


def m048():
    seed = 'D4'
    pre = '認定証のお名前を更新しました'
    body = p('%s 様\n\nお待たせいたしました。AWS トレーニングと認定 カスタマーサポートの佐伯です。\n\n'
             'ご依頼いただいたとおり、認定アカウントに登録されているお名前を「Daichi Morikawa」に更新いたしました。'
             '新しい認定証は、認定アカウントの「認定」ページから PDF でダウンロードいただけます。'
             'Credly のバッジの表示名も、1〜2 日ほどで反映される見込みです。\n\n'
             'ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n'
             '佐伯\nAWS トレーニングと認定 カスタマーサポート' % ME_JA)
    quoted = q_agent_html('2025/04/14 12:05 %s:' % ME_P, p('佐伯様\n\nご連絡ありがとうございます。[...]\n\n'
                                                          'パスポートの表記は「DAICHI MORIKAWA」です。'))
    htm = tc_desk(CASE_D, '解決済み', pre, body, category='認定 / 認定証', opened='2025/04/09 12:14 UTC',
                  quoted=quoted, lang='ja').replace('charset=utf-8', 'charset=Shift_JIS')
    top = tc_top(ME_P, '2025-04-16 14:47:09 +0900', 'mid-D4', 'RE:[CASE %s] %s' % (CASE_D, D_SUBJ),
                 irt=MID['D3'], refs=MID['D2b'] + ' ' + MID['D3'], frm=addr('AWS トレーニングと認定', TC_FROM))
    eml = render(top, leaf('text/html', htm, 'shift_jis', 'quoted-printable'))
    return M(eml, lab('resolved', False, CASE_D), 'Case D fixed: Japanese HTML-only, Shift_JIS quoted-printable',
             '〜がございましたら conditional invitation; quoted owner answer')


E_OLD = ('Hello Daichi,\n\nThank you for your patience. I have added your recertification of AWS Certified '
         'Developer - Associate to your certification record; it now shows as active until June 15, 2025.\n\n'
         'Best regards,\nHaruto\nAWS Training and Certification Customer Support')


def m049():
    new = ('Hello,\n\nThis seems to have happened again. Since my accounts were merged last month (case %s), the '
           '2023 recertification that was fixed on this case no longer shows on %s. Could you take another look?\n\n'
           'Thanks,\nDaichi Morikawa' % (CASE_A, CID_NEW))
    attrib = 'On Wed, Nov 22, 2023 at 4:10 PM Amazon Web Services <%s> wrote:' % TC_FROM
    txt = new + '\n\n' + q_text(attrib, E_OLD)
    htm = ('<div dir="ltr">%s</div><br>%s' % (html.escape(new).replace('\n', '<br>'),
                                              q_gmail_html(attrib, html.escape(E_OLD).replace('\n', '<br>'))))
    top = sent_top(addr(ME_NAME, ME_P), TC_FROM, '2025-04-18 08:12:33 +0900',
                   'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_E,
                   MID['E1'], irt=MID['E0'], refs=MID['E0'])
    eml = render(top, alt(txt, htm, 'E1', style='g'))
    return M(eml, lab('user_reply', False, CASE_E, [CID_NEW]), 'Owner replies on the closed 2023 case (11-digit ID)',
             'old thread revived; mentions case A in new text; question aimed at support')


def m050():
    seed = 'E2'
    txt = ('This is an automated message.\n\nYour e-mail to case %s was not added to the case. The case was '
           'resolved on November 22, 2023 and can no longer be updated.\n\nIf you still need help, please submit '
           'a new request at https://support.aws.amazon.com/#/contacts/aws-training and include the case ID above '
           'for reference.\n\nAWS Training and Certification Customer Support\n' % CASE_E)
    top = tc_top(ME_P, '2025-04-18 08:13:01 +0900', 'mid-E2',
                 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_E,
                 irt=MID['E1'], refs=MID['E0'] + ' ' + MID['E1'], extra=['Auto-Submitted: auto-replied'])
    eml = render(top, leaf('text/plain', txt, 'us-ascii', '7bit'))
    return M(eml, lab('case_update', False, CASE_E), 'Auto-reply: the 2023 case is closed and cannot be updated',
             '"please submit a new request" is an instruction, but nobody waits for a reply on this case')


def m051():
    seed = 'F1'
    txt = ('Hello Daichi,\n\nThank you for contacting AWS Training and Certification. Your request is now case %s.\n\n'
           'Subject: %s\nInquiry type: Certification exam\nAdditional details: Exam appointment\n\nWe aim to reply '
           'within one business day. Opening another case for the same question will not speed things up.\n\n'
           'AWS Training and Certification Customer Support\n' % (CASE_F, F_SUBJ))
    top = tc_top(ME_P, '2025-04-21 08:04:05 +0900', 'mid-F1', 'RE:[CASE %s] %s' % (CASE_F, F_SUBJ))
    eml = render(top, leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    return M(eml, lab('acknowledgement', False, CASE_F), 'Case F opened (exam appointment on the merged-away account)',
             'plain-text acknowledgement with a different subject tail')


F2_MSG = ('Hello Daichi,\n\nI looked into the appointment you mentioned. The Solutions Architect - Professional exam '
          'on May 10 was booked under %s, the account that was merged into yours on March 28. Existing '
          'appointments are not carried over by a merge, so it still sits on the closed account and would not '
          'appear in your exam history.\n\nWe can re-link it by hand. For that we will need the Pearson VUE '
          'registration number from your confirmation e-mail, along with the exam code.\n\nBest,\nJordan K.\n'
          'AWS Training and Certification Customer Support' % CID_OLD)


def m052():
    seed = 'F2'
    htm = tc_desk(CASE_F, 'Pending customer action', 'About your May 10 exam appointment', p(F2_MSG),
                  category='Certification exam / Exam appointment', opened='Apr 20, 2025, 23:03 UTC')
    top = tc_top(ME_P, '2025-04-22 10:26:48 +0900', 'mid-F2', 'RE:[CASE %s] %s' % (CASE_F, F_SUBJ),
                 irt=MID['F1'], refs=MID['F1'])
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('info_request', True, CASE_F, [CID_OLD]), 'Case F: needs the Pearson VUE registration number',
             'HTML-only; "we will need" with no please and no question mark, after two paragraphs of explanation')


def m053():
    new = ('Hi Jordan,\n\nHere you go:\n- Registration ID: 482019375\n- Exam: SAP-C02, May 10, 2025, 10:00 JST (OnVUE)\n'
           '- Candidate ID on the confirmation: %s\n\nThank you!\nDaichi' % CID_OLD)
    attrib = 'On Tue, Apr 22, 2025 at 10:26 AM Amazon Web Services <%s> wrote:' % TC_FROM
    txt = new + '\n\n' + q_text(attrib, F2_MSG)
    htm = ('<div dir="ltr">%s</div><br>%s' % (html.escape(new).replace('\n', '<br>'),
                                              q_gmail_html(attrib, html.escape(F2_MSG).replace('\n', '<br>'))))
    top = sent_top(addr(ME_NAME, ME_P), TC_FROM, '2025-04-22 12:40:19 +0900', 'Re: RE:[CASE %s] %s' % (CASE_F, F_SUBJ),
                   MID['F3'], irt=MID['F2'], refs=MID['F1'] + ' ' + MID['F2'])
    eml = render(top, alt(txt, htm, 'F3', style='g'))
    return M(eml, lab('user_reply', False, CASE_F, [CID_OLD]), 'Owner sends the registration number for case F',
             '9-digit registration ID beside a 15-digit case ID; candidate ID in own text')


def m054():
    d = rdate('2025-04-23 05:12:40 +0900')
    seed = 'm054'
    top = inbound(ME_P, 'bounce@mail.certmetrics.com', 'certmetrics.com', d, relay='mail-out3.certmetrics.com',
                  ip='198.51.100.23')
    top += ['From: AWS Certification <do-not-reply@certmetrics.com>', 'To: %s' % ME_P,
            'Subject: You have recertified: AWS Certified Developer - Associate', 'Date: %s' % d,
            'Message-ID: <%s@certmetrics.com>' % hx(seed, 22)]
    txt = ('Dear Daichi Morikawa,\n\nWell done! By passing the exam on April 19, 2025 you have renewed your AWS '
           'Certified Developer - Associate certification. It is now valid until April 19, 2028.\n\n'
           'Candidate ID: %s\nValidation number: 7QK2M9XR1BLE4PZN\n\nYour updated certificate and digital badge are '
           'available in your AWS Certification Account.\n\nAWS Certification\n' % CID_NEW)
    eml = render(top, alt(txt, '<html><body>%s</body></html>' % p(txt), seed, 'utf-8', 'quoted-printable', 'base64'))
    return M(eml, lab('certification', False, None, [CID_NEW]), 'CertMetrics: recertification done',
             '"renewed", "updated" like a resolution; validation number; candidate ID')


def m055():
    seed = 'F4'
    msg = ('Hello Daichi,\n\nThanks for the details. I have re-linked registration 482019375 to %s, so your May 10 '
           'appointment now shows in your exam history. Pearson VUE will send a fresh confirmation to %s. Nothing '
           'else is needed from you.\n\nShould the appointment not show up, just reply to this e-mail and I will '
           'check again.\n\nBest,\nJordan K.\nAWS Training and Certification Customer Support' % (CID_NEW, ME_P))
    htm = tc_desk(CASE_F, 'Resolved', 'Your exam appointment has been moved', p(msg),
                  category='Certification exam / Exam appointment', opened='Apr 20, 2025, 23:03 UTC',
                  quoted=q_agent_html('On Apr 22, 2025, %s wrote:' % ME_P,
                                      p('Here you go:\n- Registration ID: 482019375 [...]')), marker=True)
    top = tc_top(ME_P, '2025-04-24 09:58:31 +0900', 'mid-F4', 'RE:[CASE %s] %s' % (CASE_F, F_SUBJ),
                 irt=MID['F3'], refs=MID['F2'] + ' ' + MID['F3'])
    eml = render(top, alt(strip_html(htm), htm, seed, style='d'), crlf=True)
    return M(eml, lab('resolved', False, CASE_F, [CID_NEW]), 'Case F done: appointment re-linked',
             '"should it not show up, just reply" conditional; reply marker; 9-digit number in text')


def m056():
    d = rdate('2025-04-24 18:30:02 +0900')
    seed = 'm056'
    top = inbound(ME_P, 'bounces@credly.com', 'credly.com', d, relay='o1.email.credly.com', ip='167.89.101.3')
    top += ['From: Credly <admin@credly.com>', 'To: %s' % ME_P,
            'Subject: Your badge has been renewed: AWS Certified Developer - Associate', 'Date: %s' % d,
            'Message-ID: <%s@credly.com>' % hx(seed, 24)]
    txt = ('Hi Daichi,\n\nAmazon Web Services Training and Certification renewed your badge "AWS Certified Developer - '
           'Associate". The new expiry date is April 19, 2028.\n\nNo action is needed: the renewed badge replaces the '
           'old one on your profile. Share it: https://www.credly.com/users/daichi-morikawa/badges\n\nCredly, Inc.\n')
    eml = render(top, alt(txt, '<html><body>%s</body></html>' % p(txt), seed))
    return M(eml, lab('badge'), 'Credly: badge renewed after recertification', '"renewed", "no action is needed"')


def m057():
    seed = 'm057'
    txt = ('Hello,\n\nYour support case %s (%s) was recently resolved. How would you rate the support you '
           'received?\n\nRate your experience (takes under a minute):\nhttps://console.aws.amazon.com/support/'
           'feedback?displayId=%s\n\nYour feedback is anonymous unless you choose to leave contact details.\n\n'
           'Amazon Web Services\n' % (CASE_C, C_SUBJ, CASE_C))
    top = console_top('2025-04-28 10:05:00 +0900', seed, 'How was your AWS Support experience? Case %s' % CASE_C)
    eml = render(top, alt(txt, console_html(txt), seed))
    return M(eml, lab('survey', False, CASE_C), 'Survey for console case C', 'question to the owner from the console sender')


def messages():
    return [m043(), m044(), m045(), m046(), m047(), m048(), m049(), m050(), m051(), m052(), m053(), m054(),
            m055(), m056(), m057()]
