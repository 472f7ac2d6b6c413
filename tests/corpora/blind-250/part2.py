"""Messages 015-028."""
from common import *  # noqa: F401,F403
from common import html

A6_ROWS = [('Account #1', ME_P, ME_P, ME_P, CID_NEW), ('Account #2', ME_C, ME_C, ME_C, CID_OLD)]


def acct_table(rows):
    out = ('<table cellpadding="6" cellspacing="0" style="font-size:13px;border-collapse:collapse;'
           'border:1px solid #d5dbdb;margin:4px 0 14px 0">'
           '<tr style="background:#fafafa"><th align="left"></th><th align="left">Login email</th>'
           '<th align="left">Training notification email</th><th align="left">Certification notification email</th>'
           '<th align="left">Candidate ID</th></tr>')
    for r in rows:
        out += '<tr>' + ''.join('<td style="border-top:1px solid #d5dbdb">%s</td>' % html.escape(c) for c in r) + '</tr>'
    return out + '</table>'


def acct_text(rows):
    s = ''
    for r in rows:
        s += ('%s\n  Login email: %s\n  Training notification email: %s\n  Certification notification email: %s\n'
              '  Candidate ID: %s\n\n' % r)
    return s


A6_INTRO = ('Hello Daichi,\n\nThe partner has released the association, so your request is back with us. '
            'Before we merge anything, please look over the two certification accounts we found:')
A6_AFTER = ('Everything on Account #2 (certifications, exam history, benefits, badges) will be moved to Account #1, '
            'and Account #2 will then be closed. A merge cannot be reversed.\n\nPlease reply to this e-mail to '
            'confirm that both accounts belong to you and that Account #1 is the one to keep.\n\nThank you,\n'
            'Elena R.\nAWS Training and Certification Customer Support')
A6_TXT = A6_INTRO + '\n\n' + acct_text(A6_ROWS) + A6_AFTER

A7_NEW = ('Hi Elena,\n\nYes, both accounts are mine. Please keep Account #1 and merge Account #2 into it.\n\n'
          'Best regards,\nDaichi Morikawa\nCloud Engineering Dept. | Seiran Systems K.K.')
A7_SIG = ('This e-mail and any attachments are confidential and intended only for the addressee. If you have '
          'received it in error, please notify the sender and delete it.')

A8_NEW = ('Hello Daichi,\n\nThank you for the quick answer. It arrived from %s, however, and this case is '
          'registered to %s. Because a merge moves all of your certifications, we can only act on a go-ahead '
          'that comes from the address on the case.\n\nPlease send your confirmation again as a reply from %s, '
          'and we will proceed straight away.\n\nBest regards,\nElena R.\nAWS Training and Certification '
          'Customer Support' % (ME_C, ME_P, ME_P))


def m015():
    d = rdate('2025-03-17 06:00:14 +0900')
    seed = 'm015'
    top = inbound(ME_C, 'bounce@mail.certmetrics.com', 'certmetrics.com', d, relay='mail-out3.certmetrics.com',
                  ip='198.51.100.23')
    top += ['From: AWS Certification <do-not-reply@certmetrics.com>', 'To: %s' % ME_C,
            'Subject: Your AWS Certified Developer - Associate certification expires in 90 days',
            'Date: %s' % d, 'Message-ID: <%s@certmetrics.com>' % hx(seed, 22)]
    txt = ('Dear Daichi Morikawa,\n\nCandidate ID: %s\n\nYour AWS Certified Developer - Associate certification '
           'expires on June 15, 2025. To keep it active, pass the current version of the exam or a higher-level '
           'exam before that date.\n\nYou can use the 50%% discount benefit from your certification account when '
           'you schedule.\n\nSign in to your AWS Certification Account: https://www.aws.training/Certification\n\n'
           'AWS Certification\n' % CID_OLD)
    htm = '<html><body style="font-family:Arial">%s</body></html>' % p(txt)
    eml = render(top, alt(txt, htm, seed, 'windows-1252', 'quoted-printable', 'quoted-printable'))
    return M(eml, lab('certification', False, None, [CID_OLD]), 'CertMetrics: certification expires in 90 days',
             'certification-program mail with a candidate ID, to the company address, mentions benefits')


def m016():
    seed = 'A5'
    pre = 'The hold on case %s has been lifted' % CASE_A
    msg = ('Hello Daichi,\n\nA quick update: the partner\'s alliance team has confirmed the release of your '
           'company certification account, so I have lifted the hold on this case.\n\nI have passed the case to '
           'our account records team, who carry out merges. They will contact you directly with the next step.'
           '\n\nKind regards,\nPriya N.\nAWS Training and Certification Customer Support')
    quoted = q_agent_html('On Mar 12, 2025, Priya N. wrote:', p(
        'When I looked at the two certification accounts, I found that the one registered to %s (%s) is '
        'associated with an AWS Partner Network organization [...]\n\nTo include in our note to them: are you '
        'still employed by Seiran Systems, and if you are leaving, what is your last working day?' % (ME_C, CID_OLD)))
    htm = tc_desk(CASE_A, 'Work in progress', pre, p(msg), quoted=quoted)
    txt = strip_html(htm)
    top = tc_top(ME_P, '2025-03-18 11:32:05 +0900', 'mid-A5', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A4'], refs=MID['A2'] + ' ' + MID['A4'])
    eml = render(top, alt(txt, htm, seed, style='d'))
    return M(eml, lab('case_update', False, CASE_A), 'Case A: hold lifted, passed to the records team',
             'old hold question quoted under the news; "they will contact you" is not an ask')


def m017():
    d = rdate('2025-03-18 13:05:44 +0900')
    seed = 'm017'
    top = inbound(ME_C, 'bounces+%s@em.tesseracloud.io' % hx(seed, 8), 'tesseracloud.io', d,
                  relay='o12.em.tesseracloud.io', ip='149.72.31.12')
    top += ['From: %s' % addr('Tessera Cloud Support', 'support@tesseracloud.io'),
            'To: %s' % addr('Daichi Morikawa', ME_C),
            'Subject: [Tessera Support] Request #58213 has been solved - how did we do?',
            'Date: %s' % d, 'Message-ID: <%s_sprut@tesseracloud.io>' % hx(seed, 14).upper(),
            'Auto-Submitted: auto-generated']
    body = ('<div style="display:none;max-height:0;overflow:hidden">Rate your support experience' + PRE_PAD + '</div>'
            '<div style="color:#b5b5b5;font-size:11px">##- Please type your reply above this line -##</div>'
            '<p><span style="background:#68737d;color:#fff;border-radius:3px;padding:1px 8px;font-size:12px">Solved</span>'
            ' &nbsp;Request #58213: API rate limit errors on workspace seiran-prod</p>'
            + p('Hello Daichi,\n\nWe raised the burst limit on seiran-prod and marked your request as solved. '
                'If the 429s come back, just reply to this email and the request will reopen.\n\n'
                'How would you rate the support you received?')
            + '<p><a href="https://help.tesseracloud.io/requests/58213/satisfaction/good" style="background:#038153;'
            'color:#fff;padding:7px 14px;text-decoration:none">Good, I\'m satisfied</a> &nbsp; '
            '<a href="https://help.tesseracloud.io/requests/58213/satisfaction/bad" style="background:#cc3340;'
            'color:#fff;padding:7px 14px;text-decoration:none">Bad, I\'m unsatisfied</a></p>'
            '<p><a href="https://help.tesseracloud.io/hc/requests/58213">View ticket</a></p>')
    htm = '<html><body style="font-family:Helvetica,Arial,sans-serif">%s</body></html>' % body
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('unrelated'), 'Other vendor: ticket solved + satisfaction rating (HTML-only)',
             'looks like a resolution and a survey at once; not an AWS case')


def m018():
    seed = 'A6'
    pre = 'Please confirm the accounts to merge'
    body = p(A6_INTRO) + acct_table(A6_ROWS) + p(A6_AFTER)
    htm = tc_desk(CASE_A, 'Pending customer action', pre, body)
    top = tc_top(ME_P, '2025-03-19 09:47:26 +0900', 'mid-A6', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 cc=ME_C, irt=MID['A5'], refs=MID['A2'] + ' ' + MID['A5'])
    eml = render(top, leaf('text/html', htm, 'utf-8', 'quoted-printable'))
    return M(eml, lab('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD]),
             'Case A: Account #1 / Account #2 table, asks to confirm and keep #1 (HTML-only, Cc company)',
             'the listing is an HTML table, not lines; candidate IDs are in support\'s own table')


def m019():
    sent = 'Wednesday, March 19, 2025 10:02 AM'
    new_h = html.escape(A7_NEW).replace('\n', '<br>')
    inner = p(A6_INTRO) + acct_table(A6_ROWS) + p(A6_AFTER)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
           '<div class="WordSection1"><p class="MsoNormal">%s</p><p class="MsoNormal" style="font-size:8pt;color:gray">'
           '%s</p>%s</div></body></html>'
           % (new_h, A7_SIG, q_outlook_html('Amazon Web Services <%s>' % TC_FROM, sent, ME_P,
                                            'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), inner)))
    txt = (A7_NEW + '\n\n' + A7_SIG + '\n\n' +
           q_outlook_text('Amazon Web Services <%s>' % TC_FROM, sent, ME_P,
                          'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), A6_TXT, cc=ME_C))
    top = sent_top(addr('森川 大地 / Daichi Morikawa', ME_C), TC_FROM, '2025-03-19 10:11:38 +0900',
                   'RE: RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), MID['A7'], irt=MID['A6'],
                   refs=MID['A5'] + ' ' + MID['A6'], ua='Microsoft Outlook 16.0')
    top += ['Thread-Topic: RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), 'Content-Language: ja-JP']
    eml = render(top, alt(txt, htm, 'A7', 'utf-8', 'base64', 'base64'), crlf=True)
    return M(eml, lab('user_reply', False, CASE_A),
             'Owner confirms from the company address (Outlook, base64, CRLF)',
             'owner\'s mail sent from the company address; whole confirmation request with IDs quoted below')


def m020():
    d = rdate('2025-03-19 10:12:02 +0900')
    seed = 'm020'
    top = inbound(ME_C, 'k-hirota@seiran-systems.co.jp', 'seiran-systems.co.jp', d,
                  relay='mgw02.seiran-systems.co.jp', ip='10.20.4.12')
    top += ['From: %s' % addr('廣田 健二 / Kenji Hirota', 'k-hirota@seiran-systems.co.jp'),
            'To: %s' % ME_C, 'Subject: %s' % ew('自動応答: 引き継ぎ資料の確認 / Automatic reply: handover notes'),
            'Date: %s' % d, 'Message-ID: <OOF.%s@seiran-systems.co.jp>' % hx(seed, 16),
            'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']
    txt = ('3/24(月)まで出張のため不在にしております。メールは戻り次第確認いたします。\n'
           'AWS パートナー関連の急ぎのご用件は alliance@seiran-systems.co.jp までご連絡ください。\n\n'
           'I am travelling until Monday, March 24. For urgent AWS Partner Network matters, please write to '
           'alliance@seiran-systems.co.jp.\n\n廣田 健二 / Alliance Lead\n')
    eml = render(top, leaf('text/plain', txt, 'iso-2022-jp', '7bit'))
    return M(eml, lab('unrelated'), 'Colleague\'s out-of-office reply (ISO-2022-JP)',
             'auto-reply mentioning AWS Partner Network and "please write to"; not support')


def m021():
    seed = 'A8'
    sent = 'Wednesday, March 19, 2025 10:11 AM'
    inner_a6 = q_outlook_html('Amazon Web Services <%s>' % TC_FROM, 'Wednesday, March 19, 2025 10:02 AM', ME_P,
                              'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                              p(A6_INTRO) + acct_table(A6_ROWS) + p(A6_AFTER))
    quoted = ('<hr style="border:none;border-top:1px solid #ccc">' +
              '<p><b>From:</b> %s<br><b>Sent:</b> %s<br><b>Subject:</b> RE: RE:[CASE %s] %s</p>'
              % (html.escape(ME_C), sent, CASE_A, TC_SUBJ) + p(A7_NEW) + inner_a6)
    htm = tc_plainhtml(p(A8_NEW), quoted)
    txt = (A8_NEW + '\n\n' + q_outlook_text(ME_C, sent, TC_FROM, 'RE: RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                                            A7_NEW + '\n\n' + A6_TXT))
    top = tc_top(ME_P, '2025-03-20 08:55:19 +0900', 'mid-A8', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A7'], refs=MID['A6'] + ' ' + MID['A7'])
    eml = render(top, alt(txt, htm, seed))
    return M(eml, lab('info_request', True, CASE_A), 'Case A: reply came from the wrong address; send it again from the personal one',
             'top-posted over the whole confirmation table; the ask is to write from another address, not a new confirmation question')


def m022():
    d = rdate('2025-03-21 12:40:09 +0900')
    seed = 'm022'
    top = inbound(ME_C, 'bounce@pearsonvue.com', 'pearson.com', d, dkim_d='pearson.com',
                  relay='mx-out.pearsonvue.com', ip='192.0.2.88')
    top += ['From: Pearson VUE <pearsonvueconfirmation@pearson.com>', 'To: %s' % ME_C,
            'Subject: Appointment Confirmation - AWS Certified Solutions Architect - Professional',
            'Date: %s' % d, 'Message-ID: <%s.confirm@pearsonvue.com>' % hx(seed, 20)]
    txt = ('Dear Daichi Morikawa,\n\nThank you for scheduling your exam with Pearson VUE.\n\n'
           'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\nDate: Saturday, May 10, 2025\n'
           'Time: 10:00 JST\nLocation: Online (OnVUE)\nRegistration ID: 482019375\nCandidate ID: %s\n\n'
           'Run the system test before exam day. To reschedule or cancel, sign in to your AWS Certification '
           'Account at least 24 hours before the appointment.\n\nPearson VUE\n' % CID_OLD)
    htm = '<html><body style="font-family:Arial;font-size:14px">%s</body></html>' % p(txt)
    eml = render(top, alt(txt, htm, seed, 'us-ascii', '7bit', 'quoted-printable'))
    return M(eml, lab('unrelated', False, None, [CID_OLD]), 'Pearson VUE appointment confirmation (company address)',
             'exam vendor with a 9-digit registration ID and a candidate ID; sets up case F')


def m023():
    d = rdate('2025-03-21 18:03:55 +0900')
    seed = 'm023'
    top = aws_in(ME_P, d, seed)
    top += ['From: %s' % addr('Amazon Web Services, Inc.', 'no-reply-aws@amazon.com'), 'To: %s' % ME_P,
            'Subject: Amazon Web Services Billing Statement Available [Account: 480312775190]',
            'Date: %s' % d, 'Message-ID: %s' % ses_id(seed)]
    txt = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for '
           'the account ending in 5190, is available on the AWS web site. Your account will be charged the '
           'following:\n\nTotal: $14.62\n\nYou can see a complete break down of all charges on the Bills page: '
           'https://console.aws.amazon.com/billing/home#/bills\n\nThank you for using Amazon Web Services.\n\n'
           'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, '
           'Seattle, WA 98109-5210\n')
    eml = render(top, leaf('text/plain', txt, 'us-ascii', '7bit'))
    return M(eml, lab('unrelated'), 'AWS billing statement from no-reply-aws@amazon.com',
             'same sender as console cases; 12-digit account ID in subject (not a case)')


def m024():
    d = rdate('2025-03-24 02:17:41 +0900')
    seed = 'm024'
    fake = '174170091400126'
    top = inbound(ME_P, 'notice@tc-case-mailer.net', 'amazon.com', d, dkim='none', spf='pass', dmarc='fail',
                  dkim_d='amazon.com', relay='vps-4471.hostnode.ru', ip='91.215.85.142')
    top += ['From: %s' % addr('Amazon Web Services', TC_FROM), 'Reply-To: tc-verification@tc-case-mailer.net',
            'To: %s' % ME_P, 'Subject: RE:[CASE %s] %s' % (fake, TC_SUBJ), 'Date: %s' % d,
            'Message-ID: <%s@tc-case-mailer.net>' % hx(seed, 18)]
    msg = ('Hello,\n\nWe are ready to complete the merge of your certification accounts (case %s). For security '
           'reasons the request must be re-verified by the account owner.\n\nPlease sign in with your AWS Builder '
           'ID at the link below within 48 hours. If the verification is not completed, the merge will be '
           'cancelled and the case closed.\n\nhttps://signin.aws-builder-verify.net/tc/%s\n\nRegards,\n'
           'AWS Training and Certification Customer Support' % (fake, hx(seed, 10)))
    htm = tc_desk(fake, 'Pending customer action', 'Verify to complete your merge', p(msg))
    eml = render(top, alt(msg + '\n', htm, seed, style='d'))
    return M(eml, lab('suspicious'), 'Spoofed T&C case mail: real From address, dmarc=fail, credential link',
             'copies the genuine template, sender and subject format; only Authentication-Results and the link give it away')


def m025():
    seed = 'A9'
    attrib = 'On Thu, Mar 20, 2025 at 08:55 JST, Amazon Web Services <%s> wrote:' % TC_FROM
    new = ('Hello Daichi,\n\nFollowing up on my message of March 20: we have not yet received your confirmation '
           'from %s.\n\nIf we do not hear from you within 3 business days, this case will be closed. A reply '
           'from the address on the case keeps it open, and a reply after it closes will reopen it.\n\n'
           'Best regards,\nElena R.\nAWS Training and Certification Customer Support' % ME_P)
    txt = new + '\n\n' + q_text(attrib, A8_NEW)
    top = tc_top(ME_P, '2025-03-25 09:05:33 +0900', 'mid-A9', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A8'], refs=MID['A6'] + ' ' + MID['A8'])
    eml = render(top, leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    return M(eml, lab('closing_notice', True, CASE_A), 'Case A: will close in 3 business days without an answer',
             'no explicit question; the real ask (write from the personal address) is only in the quote')


A10_NEW = ('Hello Elena,\n\nSorry for the slow answer, I was travelling. Confirming from my personal address: '
           'both accounts are mine. Please keep Account #1 (%s, %s) and merge Account #2 (%s) into it.\n\n'
           'Thank you,\nDaichi Morikawa' % (ME_P, CID_NEW, CID_OLD))
BAD_CC = 'd-morikawa@seiran-sytems.co.jp'


def m026():
    attrib = 'On Tue, Mar 25, 2025 at 9:05 AM Amazon Web Services <%s> wrote:' % TC_FROM
    a9 = ('Hello Daichi,\n\nFollowing up on my message of March 20: we have not yet received your confirmation '
          'from %s.\n\nIf we do not hear from you within 3 business days, this case will be closed. [...]' % ME_P)
    txt = A10_NEW + '\n\n' + q_text(attrib, a9)
    htm = ('<div dir="ltr">%s</div><br>%s' % (html.escape(A10_NEW).replace('\n', '<br>'),
                                              q_gmail_html(attrib, html.escape(a9).replace('\n', '<br>'))))
    top = sent_top(addr(ME_NAME, ME_P), TC_FROM, '2025-03-25 21:30:12 +0900',
                   'Re: RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), MID['A10'], cc=BAD_CC, irt=MID['A9'],
                   refs=MID['A8'] + '\n ' + MID['A9'])
    eml = render(top, alt(txt, htm, 'A10', style='g'))
    return M(eml, lab('user_reply', False, CASE_A, [CID_NEW, CID_OLD]),
             'Owner confirms again from the personal address (Cc to a mistyped company domain)',
             'owner\'s mail containing "Please keep / merge" imperatives aimed at support')


def m027():
    d = rdate('2025-03-25 21:30:15 +0900')
    b = 'B2F1C0A8.%s/mx-out1.kumomail.jp' % hx('m027', 6).upper()
    top = ['Return-Path: <>', 'Delivered-To: %s' % ME_P,
           'Received: by mx-out1.kumomail.jp (KumoMX 3.8) id 4Z7Q1x2; %s' % d,
           'From: Mail Delivery System <MAILER-DAEMON@mx-out1.kumomail.jp>', 'To: %s' % ME_P,
           'Subject: Undelivered Mail Returned to Sender', 'Date: %s' % d,
           'Message-ID: <20250325123015.4Z7Q1x2@mx-out1.kumomail.jp>', 'Auto-Submitted: auto-replied']
    t1 = ('This is the mail system at host mx-out1.kumomail.jp.\n\nI\'m sorry to have to inform you that your '
          'message could not be delivered to one or more recipients.\n\n<%s>: Host or domain name not found. '
          'Name service error for name=seiran-sytems.co.jp type=A: Host not found\n' % BAD_CC)
    t2 = ('Reporting-MTA: dns; mx-out1.kumomail.jp\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n'
          'Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found\n' % (d, BAD_CC))
    t3 = ('From: Daichi Morikawa <%s>\nTo: %s\nCc: %s\nSubject: Re: RE:[CASE %s] %s\nDate: %s\nMessage-ID: %s\n'
          'In-Reply-To: %s\n' % (ME_P, TC_FROM, BAD_CC, CASE_A, TC_SUBJ, rdate('2025-03-25 21:30:12 +0900'),
                                 MID['A10'], MID['A9']))
    p1 = (['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], t1.encode())
    p2 = (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], t2.encode())
    p3 = (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], t3.encode())
    ent = multi('report; report-type=delivery-status', [p1, p2, p3], b)
    eml = render(top, ent)
    return M(eml, lab('unrelated', False, CASE_A), 'Bounce for the mistyped Cc of the owner\'s confirmation',
             'carries the case subject and "could not be delivered"; the copy to support did go through')


def m028():
    seed = 'A11b'
    pre = 'One more account to check before we merge'
    rows = [('Account #3', 'AWS Partner Central sign-in (seiran-systems)', ME_C, ME_C, CID_SSO)]
    intro = ('Hello Daichi,\n\nThank you, your confirmation from %s is on the case.\n\nWhile preparing the merge '
             'I found a third certification account, created on February 14, 2023 through the partner sign-in. It '
             'holds no certifications, but it has an exam registration record:' % ME_P)
    after = ('Is this account also yours, and should it be merged into Account #1 (%s) together with Account #2? '
             'I will wait for your answer before running the merge so that all three can be combined at once.\n\n'
             'Thank you,\nElena R.\nAWS Training and Certification Customer Support' % CID_NEW)
    quoted = q_agent_html('On Mar 25, 2025, %s wrote:' % ME_P, p(A10_NEW))
    htm = tc_desk(CASE_A, 'Pending customer action', pre, p(intro) + acct_table(rows) + p(after), quoted=quoted)
    txt = intro + '\n\n' + acct_text(rows) + after + '\n'
    top = tc_top(ME_P, '2025-03-26 10:22:47 +0900', 'mid-A11b', 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ),
                 irt=MID['A10'], refs=MID['A9'] + ' ' + MID['A10'])
    eml = render(top, alt(txt, htm, seed, style='d'))
    return M(eml, lab('confirmation_request', True, CASE_A, [CID_SSO, CID_NEW]),
             'Case A: a third (partner SSO) account found; is it yours, merge it too?',
             'starts by thanking for the confirmation (looks done); the new question comes after a table')


def messages():
    return [m015(), m016(), m017(), m018(), m019(), m020(), m021(), m022(), m023(), m024(), m025(),
            m026(), m027(), m028()]
