"""Messages 51-69: 3-20 Oct 2025. Reopened 2021 case D (missing badge, third record), closing mail."""
from mk import *
from part1 import TCF, CASE_A
from part3 import credly
from part4 import CASE_C

CASE_D = '8731190452'
SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges' % CASE_D
OLD_D = ("Hello Daichi,\n\nI have re-sent the invitation for your AWS Certified Cloud Practitioner badge to\n"
         "%s. It should arrive from Credly within the hour.\n\nI'm resolving this case now. If you have any other "
         "questions, feel free to reply.\n\nBest,\nJuno\nAWS Training and Certification\n" % ME_P)
REOPEN = ("Hello,\n\nI'm replying to this old case because it is the same kind of problem. After my accounts were\n"
          "merged last month (case %s), Credly shows my Solutions Architect and Developer\n"
          "badges, but the Security - Specialty badge (passed in August 2024) is missing, and the exam is not in\n"
          "my exam history either. Could you check?\n\nDaichi Onodera\n" % CASE_A)
ASK_D = P('Hi Daichi,',
          'Thanks for getting back in touch on this older case; I have picked it up.',
          'A digital badge follows the certification record that holds the exam result. The record we merged in '
          'September does not contain a Security &ndash; Specialty result, so the exam must sit on another record. '
          'That usually happens when an exam is booked after signing in through a partner portal: a second record '
          'can be created under the same e-mail address without anyone noticing.',
          'To trace it, what is the candidate ID shown at the top right after you sign in with each address you can '
          'still use? Send your answer from the address on the account you kept, so that I can match it to the owner.',
          'Tomasz<br>AWS Training and Certification')
ANS_D = ("Hi Tomasz,\n\nSorry for the delay. The account I kept (personal): AWS05190336.\n"
         "The company one was AWS02774518, merged in September; I can't sign in there any more.\n"
         "My exam confirmation from August 2024 shows a different ID, AWS07733014 - maybe that is the\n"
         "record with the Security exam?\n\nDaichi\n")
YES_D = ("Hi Tomasz,\n\nYes, AWS07733014 is mine (I booked the Security exam through Partner Central).\n"
         "Please merge it into Account #1 (AWS05190336) and keep Account #1.\n\nThanks,\nDaichi\n")


def gm_reply(text, when, who, qtext):
    plain = text + '\n%s %s wrote:\n%s\n' % (when, who, quote(qtext))
    html = gmail_quote(text.replace('\n', '<br>'), '%s %s wrote:' % (when, who.replace('<', '&lt;').replace('>', '&gt;')),
                       qtext.replace('&', '&amp;').replace('<', '&lt;').replace('\n', '<br>'))
    return plain, html


def cm_mail(dt, subj, paras, key, ids=(), what='', hard=''):
    html = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px">' +
                P(*paras) + P('AWS Certification') + '</div>')
    return M(dt, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, subj, alt(T(h2t(html)), Hp(html), key),
             'certification', False, ids=ids, mid=gen_id(key, 'certmetrics.com'),
             trace=inbound(dt, ME_P, 'bounces@certmetrics.com', 'smtp2.certmetrics.com', '198.51.100.88', 'certmetrics.com'),
             what=what, hard=hard)


def messages():
    out = []
    out.append(cm_mail(d('2025-10-03 00:30:15'), 'Your AWS Certification exam results are available',
                       ['Dear Daichi Onodera,', 'Congratulations! You passed <b>AWS Certified Solutions Architect - '
                        'Professional (SAP-C02)</b> on October 2, 2025. Candidate ID: AWS05190336.',
                        'Your score report and certificate are available in your AWS Certification account. Passing this '
                        'exam also renews your AWS Certified Solutions Architect - Associate certification.'],
                       'cm-result-sap', ['AWS05190336'], 'Exam result: passed SAP-C02', '"Congratulations" and a candidate ID'))
    out.append(credly('AWS Certified Solutions Architect - Professional', '5e0f2b7a-88c4-4d3e-b1a9-7c3d9e2f6a01',
                      d('2025-10-03 00:45:02'), 'credly-sap'))

    dt = d('2025-10-03 02:00:00')
    sv = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px">' +
              P('小野寺 大地 様', 'このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。',
                'ケース %s の対応について、サービス向上のため 1 分程度のアンケートにご協力いただけますと幸いです。' % CASE_C) +
              button('アンケートに回答する', 'https://tc-feedback.aws.amazon.com/ja/s?c=%s' % CASE_C) +
              P('<span style="font-size:11px;color:#888">本メールは送信専用です。ご返信いただいてもお答えできません。</span>',
                'AWS トレーニングと認定') + '</div>', lang='ja')
    out.append(M(dt, A('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), ME_P,
                 '【AWS トレーニングと認定】アンケートご協力のお願い（ケース %s）' % CASE_C, Hp(sv), 'survey', False, CASE_C,
                 mid=ses_id('svC'), trace=ses_in(dt, ME_P), what='Japanese satisfaction survey for case C',
                 hard='keigo request "ご協力いただけますと幸いです" that is only a survey'))

    dt = d('2025-10-06 10:14:30', '+0900')
    plain, html = gm_reply(REOPEN, 'On Mon, Mar 15, 2021 at 6:12 PM', 'Amazon Web Services <%s>' % TC, OLD_D)
    out.append(M(dt, A(ME_NAME, ME_P), TCF, 'Re: ' + SUBJ_D,
                 alt(T(plain, q=False, cs='UTF-8'), Hp(html, q=False, cs='UTF-8'), 'reopenD', preamble=False),
                 'user_reply', False, CASE_D, mid=gm_id('reopenD'), irt=ses_id('oldD'), refs=[ses_id('oldD')],
                 what='Daichi replies to a resolved 2021 case (10-digit number) about the missing badge',
                 hard='mentions the merge case number; quotes a 2021 "feel free to reply"'))

    dt = d('2025-10-06 01:20:05')
    html = aws_case('Your case %s has been reopened' % CASE_D, 'Reopened', '#0073bb',
                    [('Case ID', CASE_D), ('Status', 'Reopened'), ('Reopened', '2025-10-06 01:20 UTC')],
                    P('Hello,', 'Because you replied to it, case %s has been reopened and is back in our queue. An agent '
                      'will review your message; you do not need to open a new case.' % CASE_D,
                      'AWS Training and Certification'))
    out.append(M(dt, TCF, ME_P, SUBJ_D, Hp(html), 'case_update', False, CASE_D, mid=ses_id('reopenNotice'),
                 irt=gm_id('reopenD'), refs=[ses_id('oldD'), gm_id('reopenD')], trace=ses_in(dt, ME_P),
                 what='Automatic reopen notice for the 2021 case', hard='looks like an acknowledgement'))

    dt = d('2025-10-07 05:12:48')
    fk = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px;text-align:center">' +
              P('Hi Daichi,', 'Your <b>AWS Certified Security - Specialty</b> badge is pending and will be <b>revoked in 48 '
                'hours</b> unless you claim it. Sign in with your AWS Builder ID to confirm ownership.') +
              button('Claim badge now', 'https://credly-badgecenter.com/claim?id=aws-scs&u=d.onodera', '#ff6b00') +
              P('<span style="font-size:11px;color:#888">Credly Badge Center</span>') + '</div>', bg='#f4f4f4')
    out.append(M(dt, A('Credly', 'notify@credly-badgecenter.com'), ME_P, 'Action needed: your badge will be revoked in 48 hours',
                 Hp(fk), 'suspicious', False, mid=gen_id('fake-credly', 'credly-badgecenter.com'),
                 trace=inbound(dt, ME_P, 'notify@credly-badgecenter.com', 'mail.credly-badgecenter.com', '45.61.137.20',
                               'credly-badgecenter.com', policy='p=NONE sp=NONE dis=NONE'),
                 what='Look-alike Credly domain asking for a Builder ID sign-in',
                 hard='names the badge that really is missing; DKIM passes for the look-alike domain'))

    dt = d('2025-10-07 11:40:25')
    html = aws_case('Case %s: we need a detail from you' % CASE_D, 'On hold', '#d98b00',
                    [('Case ID', CASE_D), ('Status', 'On hold'), ('Assigned to', 'Tomasz')], ASK_D,
                    marker='-- Write your reply above this line --')
    out.append(M(dt, TCF, ME_P, SUBJ_D, alt(T(h2t(html)), Hp(html), 'askD'), 'info_request', True, CASE_D,
                 mid=ses_id('askD'), irt=gm_id('reopenD'), refs=[ses_id('oldD'), gm_id('reopenD'), ses_id('reopenNotice')],
                 trace=ses_in(dt, ME_P),
                 what='Case D asks for the candidate ID of each account, under an "On hold" badge',
                 hard='long explanation first; the badge says On hold but the wait is on Daichi'))

    dt = d('2025-10-08 16:22:09')
    ll = ('Hello Daichi,\n\nYour case 00482913 "CSV invoice export missing tax column" has been closed.\n\n'
          'If the issue comes back, reply to this e-mail within 7 days and the case will be reopened\n'
          'automatically. After that, please submit a new case from the Ledgerlane Help Center.\n\n'
          'Ledgerlane Customer Care\n\nref:_00D5g0AbCd._5003x1XyZq:ref\n')
    out.append(M(dt, A('Ledgerlane Customer Care', 'care@ledgerlane.io'), ME_P,
                 'Case 00482913: Your case has been closed [ ref:_00D5g0AbCd._5003x1XyZq:ref ]', T(ll, cte='7bit', q=False),
                 'unrelated', False, mid=gen_id('ll-closed', 'ledgerlane.io'),
                 trace=inbound(dt, ME_P, 'bounce@mail.ledgerlane.io', 'mail.ledgerlane.io', '198.51.100.140', 'ledgerlane.io'),
                 what='Other vendor (Salesforce-like) case closed', hard='"case ... closed", reopen-by-reply wording'))

    dt = d('2025-10-09 03:55:30')
    ed = ('Hello Daichi,\n\nThank you for contacting AWS Educate. To look into the access problem of the student club\n'
          'you mentor, could you tell us the e-mail address the club organizer used to register for AWS Educate?\n\n'
          'Best regards,\nAWS Educate Support\n')
    out.append(M(dt, A('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
                 'RE:[CASE 175998210400561] [AWS Educate Form Submission] - account-access', T(ed, cte='7bit', q=False),
                 'unrelated', False, mid=ses_id('educate'), trace=ses_in(dt, ME_P),
                 what='AWS Educate form case asking a question', hard='same shape and sender family as the T&C form case'))

    dt = d('2025-10-10 12:00:10')
    fu = ('Hi Daichi,\n\nJust following up on my message below. I still need the candidate IDs before I can look for\n'
          'the Security - Specialty record; until then the case stays where it is.\n\nTomasz\n'
          'AWS Training and Certification\n\n________________________________\n'
          'From: AWS Training and Certification\nSent: Tuesday, October 7, 2025 11:40 AM (UTC)\nSubject: %s\n\n%s\n'
          '________________________________\nFrom: %s <%s>\nSent: Monday, October 6, 2025 1:14 AM (UTC)\n\n%s'
          % (SUBJ_D, h2t(ASK_D), ME_NAME, ME_P, REOPEN))
    out.append(M(dt, TCF, ME_P, SUBJ_D, T(fu, cte='quoted-printable'), 'info_request', True, CASE_D, mid=ses_id('fuD'),
                 refs=[ses_id('oldD'), gm_id('reopenD'), ses_id('askD')], trace=ses_in(dt, ME_P), crlf=True,
                 what='Follow-up on case D over the full quoted history (Outlook-style separators, CRLF)',
                 hard='new text only says "I still need the candidate IDs"; the actual question sits in the quoted part'))

    dt = d('2025-10-10 22:10:40', '+0900')
    plain, html = gm_reply(ANS_D, 'On Fri, Oct 10, 2025 at 9:00 PM', 'Amazon Web Services <%s>' % TC, fu)
    out.append(M(dt, A(ME_NAME, ME_P), TCF, 'Re: ' + SUBJ_D,
                 alt(T(plain, q=False, cs='UTF-8'), Hp(html, q=False, cs='UTF-8'), 'ansD', preamble=False),
                 'user_reply', False, CASE_D, ['AWS05190336', 'AWS02774518', 'AWS07733014'], mid=gm_id('ansD'),
                 irt=ses_id('fuD'), refs=[ses_id('oldD'), gm_id('reopenD'), ses_id('askD'), ses_id('fuD')],
                 what='Daichi sends three candidate IDs', hard='three IDs in the owner\'s own text'))

    dt = d('2025-10-13 07:05:50')
    import part2
    body = (P('Hi Daichi,', 'That was the missing piece. AWS07733014 is a third certification record, created in August 2024 '
              'when you signed in through Partner Central with %s. It holds the Security &ndash; Specialty result.' % ME_C) +
            part2.acct('Account #1', [('Login email', ME_P), ('Candidate ID', 'AWS05190336'), ('Certifications', '3 active')]) +
            part2.acct('Account #3', [('Login', '%s (Partner Central sign-in)' % ME_C), ('Candidate ID', 'AWS07733014'),
                                      ('Certifications', 'Security &ndash; Specialty')]) +
            P('I will fold Account #3 into Account #1 as soon as you confirm that this record is yours and that Account #1 '
              'is the one to keep. Until I hear from you the case stays on hold.', 'Tomasz<br>AWS Training and Certification'))
    html = aws_case('Case %s: one more account found' % CASE_D, 'On hold', '#d98b00',
                    [('Case ID', CASE_D), ('Status', 'On hold'), ('Assigned to', 'Tomasz')], body,
                    quoted=P(ANS_D.replace('\n', '<br>')), marker='-- Write your reply above this line --')
    out.append(M(dt, TCF, ME_P, SUBJ_D, Hp(html), 'confirmation_request', True, CASE_D, ['AWS07733014', 'AWS05190336'],
                 mid=ses_id('confD'), irt=gm_id('ansD'), refs=[ses_id('oldD'), ses_id('askD'), ses_id('fuD'), gm_id('ansD')],
                 trace=ses_in(dt, ME_P),
                 what='Third record found: confirm it is yours and keep Account #1 (HTML only, "On hold" badge)',
                 hard='no question mark: "as soon as you confirm"; "on hold" wording in both badge and text'))

    dt = d('2025-10-13 20:31:00', '+0900')
    plain, html = gm_reply(YES_D, 'On Mon, Oct 13, 2025 at 4:05 PM', 'Amazon Web Services <%s>' % TC, h2t(body))
    out.append(M(dt, A(ME_NAME, ME_P), TCF, 'Re: ' + SUBJ_D,
                 alt(T(plain, q=False, cs='UTF-8'), Hp(html, q=False, cs='UTF-8'), 'yesD', preamble=False),
                 'user_reply', False, CASE_D, ['AWS07733014', 'AWS05190336'], mid=gm_id('yesD'), irt=ses_id('confD'),
                 refs=[ses_id('oldD'), ses_id('confD')], what='Daichi confirms the third record', hard='"Please merge" from the owner'))

    dt = d('2025-10-14 03:10:33')
    upd = ('Thanks, Daichi.\n\nThe records are merged. The badge itself has to be reissued by our Credly integration team;\n'
           'I have asked them to do it, which usually takes three to five business days. Nothing else is needed\n'
           'from you in the meantime.\n\nTomasz\nAWS Training and Certification\n\n-----Original Message-----\n'
           'From: %s <%s>\nSent: Monday, October 13, 2025 11:31 AM\n\n%s' % (ME_NAME, ME_P, YES_D))
    out.append(M(dt, TCF, ME_P, SUBJ_D, T(upd, cte='quoted-printable'), 'case_update', False, CASE_D, mid=ses_id('updD'),
                 irt=gm_id('yesD'), refs=[ses_id('oldD'), ses_id('confD'), gm_id('yesD')], trace=ses_in(dt, ME_P),
                 what='Records merged, badge passed to another team', hard='partly done; "Original Message" quote with a request'))

    dt = d('2025-10-15 09:00:00')
    hb = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:22px;font-size:14px">' +
              P('<b>Harbor Desk</b> &middot; daily summary') +
              fields([('#3190 Locker key not working', pill('Awaiting your response', '#e9a100')),
                      ('#3174 Wi-Fi drops in room B', pill('Solved', '#2e7d32'))]) +
              button('View tickets', 'https://desk.harbor-cowork.jp/my/tickets', '#2b6cb0') + '</div>', bg='#ffffff')
    out.append(M(dt, A('Harbor Desk', 'desk@harbor-cowork.jp'), ME_P, 'You have 1 ticket awaiting your response',
                 Hp(hb), 'unrelated', False, mid=gen_id('harbor', 'harbor-cowork.jp'),
                 trace=inbound(dt, ME_P, 'desk@harbor-cowork.jp', 'mail.harbor-cowork.jp', '203.0.113.150', 'harbor-cowork.jp'),
                 what='Coworking space help-desk digest', hard='"Awaiting your response" badge in the subject and body'))

    dt = d('2025-10-16 09:20:11')
    rd = ('Hello Daichi,\n\nThe Security - Specialty certification now sits on your account AWS05190336, and the\n'
          'badge has been reissued, so Credly will e-mail you shortly.\n\nThis case is closed. Should anything else '
          'look wrong, please open a new case rather than\nreplying here.\n\nAiko\nAWS Training and Certification\n')
    out.append(M(dt, TCF, ME_P, SUBJ_D, T(rd, cte='7bit', q=False), 'resolved', False, CASE_D, ['AWS05190336'],
                 mid=ses_id('doneD'), refs=[ses_id('oldD'), ses_id('confD'), ses_id('updD')], trace=ses_in(dt, ME_P),
                 what='Case D resolved by a different agent', hard='"please open a new case" is conditional'))

    out.append(credly('AWS Certified Security - Specialty', '9a2c6d31-0f4e-4b77-a3c8-2e51b7d0c9f4',
                      d('2025-10-16 09:45:37'), 'credly-scs'))

    dt = d('2025-10-17 10:00:00')
    sd = ('Hello Daichi,\n\nYour case %s was recently closed. How satisfied are you with the help you received?\n\n'
          'Reply to this e-mail with a single number from 1 (not at all) to 5 (very), or use the form:\n'
          'https://tc-feedback.aws.amazon.com/s?c=%s\n\nThank you,\nAWS Training and Certification\n' % (CASE_D, CASE_D))
    out.append(M(dt, A('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
                 'Tell us about your recent case (%s)' % CASE_D, T(sd, cte='7bit', q=False), 'survey', False, CASE_D,
                 mid=ses_id('svD'), trace=ses_in(dt, ME_P), what='Plain-text survey that invites a reply with a number',
                 hard='"Reply to this e-mail with a single number" is still only a survey'))

    out.append(cm_mail(d('2025-10-20 00:15:44'), 'Congratulations on recertifying your AWS Certification!',
                       ['Dear Daichi Onodera,', 'Your <b>AWS Certified Solutions Architect - Associate</b> certification has '
                        'been renewed and is now valid until October 2, 2028.',
                        'Your updated certificate is in your AWS Certification account, and your digital badge has been '
                        'updated. No action is needed.'],
                       'cm-recert-saa', (), 'Recertification notice', 'certification mail after the cases, no candidate ID'))
    return out
