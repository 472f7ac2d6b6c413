"""Messages 029-042."""
from common import *  # noqa: F401,F403
from common import html
from part2 import acct_table, acct_text, A6_ROWS, A6_INTRO, A6_AFTER

CONSOLE_FOOT = ('\n\nTo see the full history of this case or to add a reply, sign in to the AWS Support Center:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                'Note: this e-mail was sent from an address that cannot receive incoming e-mail. Replies to it '
                'are not added to your case.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                '410 Terry Avenue North, Seattle, WA 98109-5210\n')
C_SUBJ = 'Certification exam benefit missing after account merge'


def console_top(date, seed, subject, irt=None):
    d = rdate(date)
    top = aws_in(ME_P, d, seed)
    top += ['From: %s' % addr('Amazon Web Services', 'no-reply-aws@amazon.com'), 'To: %s' % ME_P,
            'Subject: %s' % subject, 'Date: %s' % d, 'Message-ID: %s' % ses_id(seed)]
    if irt:
        top += ['In-Reply-To: %s' % irt, 'References: %s' % irt]
    return top


def console_html(txt, status=None):
    lines = html.escape(txt).replace('\n', '<br>\n')
    lines = re.sub(r'(https://console\.aws\.amazon\.com/\S+?)(<br>|\s)', r'<a href="\1">\1</a>\2', lines)
    st = ''
    if status:
        st = ('<p style="font-size:12px;color:#545b64">Case status: <span style="background:%s;color:#fff;'
              'padding:1px 8px;border-radius:8px">%s</span></p>' % (BADGE.get(status, '#545b64'), status))
    return ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><img src="https://a0.awsstatic.com/'
            'libra-css/images/logos/aws_logo_smile_179x109.png" alt="AWS" width="90">%s<div>%s</div></body></html>'
            % (st, lines))


def m029():
    new = ('Yes, %s is mine too. It was created when I signed in through Partner Central. Please merge it into '
           'Account #1 as well.\n\nDaichi\n\nSent from KumoMail for iPhone' % CID_SSO)
    a11b = ('Hello Daichi,\n\nThank you, your confirmation from %s is on the case.\n\nWhile preparing the merge I '
            'found a third certification account [...]\n\nIs this account also yours, and should it be merged into '
            'Account #1 (%s) together with Account #2?' % (ME_P, CID_NEW))
    txt = new + '\n\n' + q_text('On Mar 26, 2025, at 10:22, Amazon Web Services <%s> wrote:\n' % TC_FROM, a11b)
    top = sent_top(addr(ME_NAME, ME_P), TC_FROM, '2025-03-26 12:48:03 +0900',
                   'Re: RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), MID['A11c'], irt=MID['A11b'],
                   refs=MID['A10'] + ' ' + MID['A11b'], ua='KumoMail iOS 5.2')
    ent = leaf('text/plain', txt, 'utf-8', '8bit')
    ent = ([ent[0][0] + '; format=flowed'] + ent[0][1:], ent[1])
    eml = render(top, ent)
    return M(eml, lab('user_reply', False, CASE_A, [CID_SSO]), 'Owner confirms the third account from the phone',
             'very short owner text, "Please merge it"; Apple-style quote header')


def m030():
    seed = 'A11d'
    pre = 'Your merge has been handed to the records team'
    msg = ('Hello Daichi,\n\nThanks for confirming. I have handed the merge of all three accounts to our account '
           'records team. Merges that involve a formerly partner-linked account usually take one to two business '
           'days; I will write to you once it is finished.\n\nBest regards,\nElena R.\n'
           'AWS Training and Certification Customer Support')
    htm = tc_desk(CASE_A, 'Work in progress', pre, p(msg), marker=True)
    txt = 'Case %s - Work in progress\n\n%s\n' % (CASE_A, msg)
    top = tc_top(ME_P, '2025-03-27 09:14:58 +0900', 'mid-A11d', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A11c'], refs=MID['A11b'] + ' ' + MID['A11c'])
    eml = render(top, alt(txt, htm, seed, 'utf-8', '7bit', 'quoted-printable', style='d'))
    return M(eml, lab('case_update', False, CASE_A), 'Case A: handed to the records team, 1-2 business days',
             '"##- Please type your reply above this line -##" marker on a message that asks nothing')


def m031():
    seed = 'm031'
    ed = '174298533100734'
    msg = ('Hello,\n\nThank you for contacting AWS Educate. To restore access to your AWS Educate account, we need '
           'to match it to our records. Could you reply with the e-mail address you first registered with and the '
           'name of the school or organization you joined through?\n\nBest regards,\nAWS Educate Support')
    d = rdate('2025-03-27 15:31:20 +0900')
    top = aws_in(ME_P, d, seed)
    top += ['From: %s' % addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), 'To: %s' % ME_P,
            'Subject: RE:[CASE %s] [AWS Educate Form Submission] - account-access' % ed, 'Date: %s' % d,
            'Message-ID: %s' % ses_id(seed)]
    eml = render(top, alt(msg + '\n', tc_plainhtml(p(msg)), seed))
    return M(eml, lab('unrelated'), 'AWS Educate form case asks for registration details',
             'same sender family and subject shape as T&C, real question, but another program: no reply tracked')


def m032():
    seed = 'A12'
    pre = 'Your certification accounts have been merged'
    msg = ('Hello Daichi,\n\nI have successfully merged Account #2 and Account #3 into Account #1. Your '
           'certifications, exam history and benefits are now all on %s, signed in with %s. Credly badges '
           'will be re-issued to the same address within about a day.\n\nI will leave this case open for three '
           'days in case anything looks wrong; after that it closes on its own. If you notice a problem, reply here.'
           '\n\nBest regards,\nElena R.\nAWS Training and Certification Customer Support' % (CID_NEW, ME_P))
    rows3 = [('Account #3', 'AWS Partner Central sign-in (seiran-systems)', ME_C, ME_C, CID_SSO)]
    q1 = q_agent_html('On Mar 26, 2025, Elena R. wrote:', p(
        'While preparing the merge I found a third certification account:') + acct_table(rows3) + p(
        'Is this account also yours, and should it be merged into Account #1 (%s) together with Account #2?' % CID_NEW))
    q2 = q_agent_html('On Mar 19, 2025, Elena R. wrote:', p(A6_INTRO) + acct_table(A6_ROWS) + p(A6_AFTER))
    htm = tc_desk(CASE_A, 'Pending customer action', pre, p(msg), quoted=q1 + q2)
    txt = ('Case ID: %s\nStatus: Pending customer action\nCategory: Certification / Account Merge\n\n'
           'View case: https://support.aws.amazon.com/#/contacts/case?caseId=%s\n' % (CASE_A, CASE_A))
    top = tc_top(ME_P, '2025-03-28 16:40:11 +0900', 'mid-A12', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A11d'], refs=MID['A11b'] + ' ' + MID['A11d'])
    eml = render(top, alt(txt, htm, seed, style='d'))
    return M(eml, lab('resolved', False, CASE_A, [CID_NEW]),
             'Case A merged; badge still "Pending customer action"; both confirmation requests quoted below',
             'status badge contradicts the text; the text part has only the case fields; quoted asks; "if you notice a problem, reply"')


def m033():
    d = rdate('2025-03-28 17:02:37 +0900')
    seed = 'm033'
    top = inbound(ME_P, 'bounces@credly.com', 'credly.com', d, relay='o1.email.credly.com', ip='167.89.101.3')
    top += ['From: Credly <admin@credly.com>', 'To: %s' % ME_P,
            'Subject: Daichi, you earned a badge from Amazon Web Services Training and Certification',
            'Date: %s' % d, 'Message-ID: <%s@credly.com>' % hx(seed, 24)]
    uuid = '%s-%s-%s-%s-%s' % (hx(seed, 8), hx(seed + '1', 4), hx(seed + '2', 4), hx(seed + '3', 4), hx(seed + '4', 12))
    txt = ('Congratulations, Daichi!\n\nAmazon Web Services Training and Certification has issued you the badge '
           '"AWS Certified Solutions Architect - Associate".\n\nAccept your badge to share it on LinkedIn and '
           'elsewhere:\nhttps://www.credly.com/earner/earned/badge/%s\n\nCredly, Inc.\n' % uuid)
    htm = ('<html><body style="font-family:Helvetica"><div style="display:none">Accept your new badge and share '
           'it</div>' + p(txt.split('\nhttps')[0]) + '<p><a href="https://www.credly.com/earner/earned/badge/%s" '
           'style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>'
           '</body></html>' % uuid)
    eml = render(top, alt(txt, htm, seed))
    return M(eml, lab('badge'), 'Credly: badge re-issued after the merge', 'arrives 20 minutes after the merge; "Accept" button; UUID')


def m034():
    d = rdate('2025-03-31 03:30:00 +0900')
    seed = 'm034'
    top = inbound(ME_P, 'bounce@mail.certmetrics.com', 'certmetrics.com', d, relay='mail-out3.certmetrics.com',
                  ip='198.51.100.23')
    top += ['From: AWS Certification <do-not-reply@certmetrics.com>', 'To: %s' % ME_P,
            'Subject: AWS Certification would like your opinion', 'Date: %s' % d,
            'Message-ID: <%s@certmetrics.com>' % hx(seed, 22)]
    txt = ('Hello Daichi,\n\nAs an AWS Certified individual, you are invited to a 10-minute survey about the '
           'certification program: which exams you plan next, how you prepare and which benefits you use.\n\n'
           'Take the survey: https://survey.certmetrics.com/aws/2025q1?c=%s\n\nThe survey is open until April 30. '
           'Thank you for helping shape AWS Certification.\n\nAWS Certification\n' % hx(seed, 10))
    eml = render(top, alt(txt, '<html><body>%s</body></html>' % p(txt), seed))
    return M(eml, lab('certification'), 'CertMetrics: program survey invitation',
             'a survey, but about the certification program, not a support case')


def m035():
    seed = 'm035'
    d = rdate('2025-04-01 10:00:12 +0900')
    top = aws_in(ME_P, d, seed)
    top += ['From: %s' % addr('AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com'),
            'To: %s' % ME_P, 'Subject: How did we do? Your feedback on case %s' % CASE_A, 'Date: %s' % d,
            'Message-ID: %s' % ses_id(seed)]
    stars = ''.join('<a href="https://survey.aws-cs.amazon.com/r?case=%s&score=%d" style="display:inline-block;'
                    'width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #ec7211;'
                    'margin-right:4px;color:#ec7211;text-decoration:none">%d</a>' % (CASE_A, i, i) for i in range(1, 6))
    body = p('Hello Daichi,\n\nYour case %s was recently closed. Would you take a minute to tell us how it went? '
             'How satisfied are you with the support you received? (1 = very dissatisfied, 5 = very satisfied)'
             % CASE_A) + '<p>%s</p>' % stars + p('Replies to this message are not monitored.')
    htm = tc_desk(CASE_A, 'Closed', 'Tell us about your support experience', body)
    eml = render(top, leaf('text/html', htm, 'utf-8', 'base64'))
    return M(eml, lab('survey', False, CASE_A), 'Survey for case A (HTML-only, base64, rating buttons)',
             'question marks and "tell us"; case card template identical to real case mail')


def m036():
    seed = 'm036'
    cid = '5037719284'
    txt = ('Hello,\n\nThank you for your patience. I looked at the charge for the Elastic IP address in '
           'ap-northeast-1 on account 480312775190. The address was allocated on February 3 and has not been '
           'associated with a running instance since February 20, which is why it is billed hourly.\n\nCould you '
           'confirm whether you still need this address? If not, releasing it will stop the charge, and we can '
           'then review a one-time credit.\n\nBest regards,\nKaito M.\nAmazon Web Services' + CONSOLE_FOOT % cid)
    top = console_top('2025-04-02 11:45:30 +0900', seed,
                      'RE:[CASE %s] Unexpected Elastic IP charge [AWS ID 480312775190]' % cid)
    eml = render(top, alt(txt, console_html(txt, 'Pending customer action'), seed))
    return M(eml, lab('unrelated'), 'Console billing case asks a question (answer in Support Center)',
             'real AWS support case that waits for the owner, same sender and footer as the tracked console case, but billing')


def m037():
    d = rdate('2025-04-03 20:11:48 +0900')
    seed = 'm037'
    top = inbound(ME_P, 'mailer@credly-notify.com', 'credly-notify.com', d, relay='mta2.credly-notify.com',
                  ip='185.244.25.19', sel='s1')
    top += ['From: Credly <badges@credly-notify.com>', 'To: %s' % ME_P,
            'Subject: Action needed: your AWS Certified badge will be revoked', 'Date: %s' % d,
            'Message-ID: <%s@credly-notify.com>' % hx(seed, 20)]
    htm = ('<html><body style="font-family:Helvetica">' + p(
        'Hi Daichi,\n\nAfter a recent account merge, Amazon Web Services Training and Certification could not verify '
        'the owner of your badge "AWS Certified Solutions Architect - Associate". Badges that are not verified within '
        '72 hours are revoked.') + '<p><a href="https://credly-notify.com/verify/%s" style="background:#ff6b00;'
        'color:#fff;padding:10px 18px;text-decoration:none">Verify with AWS Builder ID</a></p>' % hx(seed, 12)
        + p('The Credly Team') + '</body></html>')
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('suspicious'), 'Credly lookalike: badge will be revoked unless you sign in',
             'knows about the merge, Credly branding; domain credly-notify.com is not Credly')


def m038():
    seed = 'mid-C1'
    txt = ('Hello,\n\nThanks for reaching out to AWS Support. Case %s has been created for your request.\n\n'
           'Case summary:\nCase ID: %s\nSubject: %s\nSeverity: General guidance\nService: Training and '
           'Certification\nCorrespondence: Since my certification accounts were merged on case %s, the 50%% exam '
           'discount benefit from my old company account no longer appears. Can it be restored?\n\n'
           'We will get back to you as soon as possible.' % (CASE_C, CASE_C, C_SUBJ, CASE_A)) + CONSOLE_FOOT % CASE_C
    top = console_top('2025-04-07 13:20:06 +0900', seed, 'Amazon Web Services: New Support case: %s' % CASE_C)
    eml = render(top, leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    return M(eml, lab('acknowledgement', False, CASE_C), 'Console case C opened (exam benefit missing)',
             'mentions case A in the echoed correspondence; "cannot receive incoming e-mail" footer; echoed question')


def m039():
    seed = 'mid-C2'
    txt = ('Hello Daichi,\n\nMy name is Farid and I will be looking after this case.\n\nBenefits such as the 50% '
           'discount are tied to the certification that earned them, and when two accounts are merged an unused '
           'voucher is sometimes left on the closed account. To trace yours I need two details: the voucher code '
           'as it appeared on the Benefits page of the old account, if you saved it, and the date you earned the '
           'certification that produced it. Please add both to the case in the Support Center.\n\nRegards,\n'
           'Farid S.\nAWS Training and Certification' + CONSOLE_FOOT % CASE_C)
    top = console_top('2025-04-08 09:37:44 +0900', seed, 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ), irt=MID['C1'])
    eml = render(top, alt(txt, console_html(txt, 'Work in progress'), seed))
    return M(eml, lab('info_request', True, CASE_C), 'Console case C: asks for the voucher code and certification date',
             'must be answered in the Support Center, not by e-mail; status badge says "Work in progress"')


def m040():
    d = rdate('2025-04-08 22:14:09 +0900')
    seed = 'm040'
    top = inbound(ME_P, 'receipts@skillbuilder.aws', 'skillbuilder.aws', d)
    top += ['From: AWS Skill Builder <no-reply@skillbuilder.aws>', 'To: %s' % ME_P,
            'Subject: Your AWS Skill Builder receipt (order SB-2025-0408-77315)', 'Date: %s' % d,
            'Message-ID: %s' % ses_id(seed)]
    txt = ('Thank you for your purchase.\n\nOrder: SB-2025-0408-77315\nItem: AWS Skill Builder Individual '
           'subscription (monthly)\nAmount: USD 29.00\nPayment: Visa ending 4410\n\nYour subscription renews on '
           'May 8, 2025. Manage it at https://skillbuilder.aws/account/subscriptions\n\nAWS Training and '
           'Certification\n')
    eml = render(top, alt(txt, '<html><body>%s</body></html>' % p(txt), seed))
    return M(eml, lab('unrelated'), 'Skill Builder subscription receipt', 'signed "AWS Training and Certification", order number')


D_SUBJ = '[AWS Training and Certification Form Submission] - certification'
D2_TXT = ('%s 様\n\nAWS トレーニングと認定 カスタマーサポートの佐伯でございます。\n'
          '認定証に記載されるお名前についてお問い合わせいただき、ありがとうございます。\n\n'
          '現在、認定アカウント(%s)には「MORIKAWA DAICHI」と登録されております。'
          'お名前の表記を変更するには、試験当日にご提示いただく本人確認書類の記載と一致している必要がございます。\n\n'
          'つきましては、ご本人確認書類(パスポートなど)に記載されているローマ字表記を、'
          '本メールへのご返信にてお知らせいただけますでしょうか。書類の画像を添付していただく必要はございません。\n\n'
          'お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n'
          '佐伯\nAWS トレーニングと認定 カスタマーサポート\n' % (ME_JA, CID_NEW))


def m041():
    seed = 'D1'
    pre = 'お問い合わせを受け付けました(ケース %s)' % CASE_D
    body = p('%s 様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。ケース %s として承りました。\n\n'
             '担当者が内容を確認し、通常 1 営業日以内にご連絡いたします。ご不便をおかけいたしますが、今しばらく'
             'お待ちください。このケースに情報を追加される場合は、本メールにご返信ください。' % (ME_JA, CASE_D))
    htm = tc_desk(CASE_D, '未割り当て', pre, body, category='認定 / 認定証', opened='2025/04/09 12:14 UTC', lang='ja')
    top = tc_top(ME_P, '2025-04-09 21:15:31 +0900', 'mid-D1', 'RE:[CASE %s] %s' % (CASE_D, D_SUBJ),
                 frm=addr('AWS トレーニングと認定', TC_FROM))
    eml = render(top, leaf('text/html', htm, 'utf-8', 'base64'))
    return M(eml, lab('acknowledgement', False, CASE_D), 'Case D opened, Japanese HTML-only card (base64)',
             '"本メールにご返信ください" is an optional way to add info, not an ask')


def m042():
    seed = 'D2'
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>'
           '<div style="font-family:\'MS PGothic\',sans-serif">%s</div></body></html>' % p(D2_TXT))
    top = tc_top(ME_P, '2025-04-10 10:02:18 +0900', 'mid-D2', 'RE:[CASE %s] %s' % (CASE_D, D_SUBJ),
                 irt=MID['D1'], refs=MID['D1'], frm=addr('AWS トレーニングと認定', TC_FROM, 'iso-2022-jp'))
    eml = render(top, alt(D2_TXT, htm, seed, 'iso-2022-jp', '7bit', '7bit'))
    return M(eml, lab('info_request', True, CASE_D, [CID_NEW]), 'Case D: Japanese keigo request for the romanised name on the ID',
             '〜いただけますでしょうか after an explanation; ISO-2022-JP text and HTML')


def messages():
    return [m029(), m030(), m031(), m032(), m033(), m034(), m035(), m036(), m037(), m038(), m039(),
            m040(), m041(), m042()]
