"""Messages 12-25: 10-19 Sep 2025. Hold answered, hold lifted, write-from-personal, Account #1/#2."""
from mk import *
from part1 import CASE_A, SUBJ_A, TCF, HOLD_A_TEXT, HOLD_A_BODY

ANS_HOLD = ("Hello Priyanka,\n\nYes, I am leaving Kuroshio Systems. My last working day is September 30, 2025,\n"
            "and this mailbox stops receiving mail on October 1.\n\nOnce it is possible, please merge everything "
            "into my personal account\n(%s, AWS05190336).\n\nBest regards,\nDaichi Onodera\n" % ME_P)

OLU_TEXT = ("Hello Daichi,\n\nI'm with the certification records team and will take the merge from here.\n\n"
            "This request reached us from %s, but the account you want to keep is\n"
            "registered to %s. A merge has to be requested by the owner of the\n"
            "destination account, so we'll need a reply on this thread sent from\n%s. Keep the "
            "case number in the subject so it lands on this case.\n\n"
            "Once that comes in I'll send you the account details to look over.\n\n"
            "Regards,\nOlusegun A.\nAWS Training and Certification\n" % (ME_C, ME_P, ME_P))

FROM_P = ("Hello Olusegun,\n\nI'm writing from %s as you asked, for case %s.\n"
          "This is the account I want to keep (AWS05190336).\n\nThank you,\nDaichi\n" % (ME_P, CASE_A))

ACCT = ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb;'
        'border-collapse:collapse;font-size:13px;margin:0 0 16px 0">'
        '<tr><th colspan="2" style="background:#f2f3f3;text-align:left;padding:7px 10px">%s</th></tr>%s</table>')


def acct(title, rows):
    return ACCT % (title, ''.join('<tr><td width="42%%" style="padding:5px 10px;border-top:1px solid #eaeded;color:#545b64">%s</td>'
                                  '<td style="padding:5px 10px;border-top:1px solid #eaeded">%s</td></tr>' % r for r in rows))


CONF_A_BODY = (P('Hello Daichi,', 'Thanks for writing from your personal address. Before anything is moved, '
                 'have a look at the two certification accounts we found for you:') +
               acct('Account #1', [('Login email', ME_P), ('Training notification email', ME_P),
                                   ('Certification notification email', ME_P), ('Candidate ID', 'AWS05190336'),
                                   ('Certifications', 'none yet')]) +
               acct('Account #2', [('Login email', ME_C), ('Training notification email', ME_C),
                                   ('Certification notification email', ME_C), ('Candidate ID', 'AWS02774518'),
                                   ('Certifications', '2 active, 1 exam benefit')]) +
               P('Account #1 would stay as your sign-in, and the exam history, certifications and benefits of '
                 'Account #2 would move into it. Account #2 would then be closed.',
                 'Shall we go ahead on that basis and keep Account #1? If you would rather keep the other one, '
                 'say so. We also need your word that both accounts are yours before we touch them.',
                 'Thanks,<br>Ren W.<br>AWS Training and Certification'))
CONF_A_HTML = aws_case('Case %s: new reply from AWS Training and Certification' % CASE_A,
                       'Awaiting your response', '#ec7211',
                       [('Case ID', CASE_A), ('Status', 'Awaiting your response'), ('Assigned to', 'Ren W.')],
                       CONF_A_BODY, marker='-- Write your reply above this line --')
CONF_A_TEXT = h2t(CONF_A_HTML)


def messages():
    out = []
    dt = d('2025-09-10 09:20:14', '+0900')
    ol_quote = ('From: Amazon Web Services <%s>\nSent: Tuesday, September 9, 2025 10:05 PM\nTo: %s\n'
                'Subject: %s\n\n%s' % (TC, ME_C, SUBJ_A, HOLD_A_TEXT))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">%s<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            '<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Tuesday, September 9, 2025 10:05 PM'
            '<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>%s</div></body></html>'
            % (''.join('<p class="MsoNormal">%s</p>' % (l or '&nbsp;') for l in ANS_HOLD.split('\n')),
               TC, ME_C, SUBJ_A, HOLD_A_BODY))
    out.append(M(dt, A(ME_NAME, ME_C), TCF, 'RE: ' + SUBJ_A,
                 alt(T(ANS_HOLD + '\n' + ol_quote, cs='utf-8'), Hp(html), 'anshold'),
                 'user_reply', False, CASE_A, ['AWS05190336'], mid=ol_id('anshold'), irt=ses_id('holdA'),
                 refs=[ses_id('ackA'), ses_id('holdA')], cc=ME_P,
                 trace=inbound(dt, ME_P, ME_C, 'mail-tycjpn01on2112.outbound.protection.outlook.com',
                               '40.107.114.112', 'kuroshio-sys.co.jp', sel='selector1'),
                 extra=['Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A,
                        'Thread-Index: AQHcIXh2anshold', 'Content-Language: en-US', 'X-Mailer: Microsoft Outlook 16.0'],
                 crlf=True,
                 what='Daichi answers the hold question from Outlook (company address, Cc personal), CRLF',
                 hard='Outlook header-block quoting with no ">" prefixes; the old question sits below'))

    dt = d('2025-09-10 18:44:09')
    q = (P('<b>From:</b> %s &lt;%s&gt; <b>Sent:</b> Wed, Sep 10, 2025 00:20 UTC' % (ME_NAME, ME_C)) +
         P(ANS_HOLD.replace('\n\n', '<br><br>')) + P('<b>From:</b> Priyanka S. <b>Sent:</b> Tue, Sep 9, 2025 13:05 UTC')
         + HOLD_A_BODY)
    html = aws_case('Case %s is still on hold' % CASE_A, 'On hold', '#d98b00',
                    [('Case ID', CASE_A), ('Status', 'On hold'), ('Hold reason', 'Waiting on AWS Partner')],
                    P('Thanks for confirming, Daichi.',
                      'I have let the partner&#39;s alliance team know that you leave on 30 September and asked them '
                      'to release the link. The case stays on hold until they do, or until your last day has passed, '
                      'whichever comes first.',
                      'There is nothing you need to do right now. I will write again as soon as the hold is lifted.',
                      'Kind regards,<br>Priyanka S.<br>AWS Training and Certification'), quoted=q)
    out.append(M(dt, TCF, ME_C, SUBJ_A, Hp(html, cte='base64'), 'on_hold', False, CASE_A,
                 mid=ses_id('holdA2'), irt=ol_id('anshold'), refs=[ses_id('ackA'), ses_id('holdA'), ol_id('anshold')],
                 trace=ses_in(dt, ME_C, fwd=True),
                 what='Case stays on hold, waiting for the partner; HTML only, base64',
                 hard='quotes the earlier last-working-day question; new text says nothing is needed'))

    dt = d('2025-09-11 16:00:02')
    cm = page(preheader('Ten minutes, your voice in future exams') +
              '<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px">' +
              P('Dear Daichi Onodera,',
                'As an AWS Certified individual (Candidate ID AWS02774518), you are invited to tell us how '
                'certification has shaped your work. The survey takes about ten minutes and helps us plan future exams '
                'and benefits.') + button('Start the survey', 'https://www.certmetrics.com/amazon/survey/s.aspx?k=9QW2', '#232f3e') +
              P('The survey closes on October 3, 2025. Thank you for being part of AWS Certification.',
                'AWS Certification') + '</div>')
    out.append(M(dt, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
                 'AWS Certification wants to hear from you', Hp(cm), 'certification', False,
                 ids=['AWS02774518'], mid=gen_id('cm-survey', 'certmetrics.com'),
                 trace=inbound(dt, ME_C, 'bounces@certmetrics.com', 'x', 'x', 'certmetrics.com', fwd=True),
                 what='CertMetrics program survey invitation', hard='a survey, but about the certification program, not a case'))

    dt = d('2025-09-12 03:14:55')
    bill = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the '
            'account ending in 8841, is available on the AWS web site. Your account will be charged the following:\n\n'
            'Total: $4.37\n\nYou can see a complete break down of all charges on the Billing page located here:\n'
            'https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\n'
            'Sincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., '
            '410 Terry Avenue North, Seattle, WA 98109-5210\n')
    out.append(M(dt, A('Amazon Web Services', CONSOLE), ME_P,
                 'Amazon Web Services Billing Statement Available [Account: 410722938841]',
                 T(bill, cte='7bit', q=False), 'unrelated', False, mid=ses_id('bill-sep'), trace=ses_in(dt, ME_P),
                 what='AWS billing statement from the same sender as console cases',
                 hard='12-digit account ID next to "Account"; no-reply-aws sender'))

    dt = d('2025-09-12 11:30:19')
    ph = aws_case('Awaiting your response: verify your accounts', 'Awaiting your response', '#ec7211',
                  [('Ticket', 'TC-99120418'), ('Request', 'Certification account merge'), ('Priority', 'High')],
                  P('Dear Candidate,', 'Your certification account merge request is waiting for identity verification. '
                    'To avoid suspension of your certifications, sign in below with the e-mail address and password '
                    'of <b>both</b> accounts within 24 hours.') +
                  button('View ticket and verify', 'https://aws-trainingcert-support.com/t/TC-99120418/verify') +
                  P('Unverified requests are cancelled automatically and the associated certifications are revoked.',
                    'AWS Training &amp; Certification Support Team'),
                  marker='##- Please type your reply above this line -##', brand='AWS Training &amp; Certification')
    out.append(M(dt, A('AWS Training & Certification Support', 'casedesk@aws-trainingcert-support.com'), ME_C,
                 'Action required: your account merge request is awaiting verification [TC-99120418]',
                 alt(T(h2t(ph)), Hp(ph), 'phish1'), 'suspicious', False, mid=gen_id('phish1', 'aws-trainingcert-support.com'),
                 trace=inbound(dt, ME_C, 'bounce@aws-trainingcert-support.com', 'x', 'x', 'aws-trainingcert-support.com', fwd=True),
                 what='Look-alike domain help-desk mail asking for both passwords',
                 hard='copies the real template, badge and reply marker; DKIM passes for the look-alike domain'))

    dt = d('2025-09-13 02:05:37')
    hk_new = ('小野寺様\n\nいつも Hikari Link をご利用いただき、ありがとうございます。\n'
              'お問い合わせいただいた通信速度の低下について、調査のため以下をお知らせいただけますでしょうか。\n\n'
              '・ご利用中のルーターの機種名\n・症状が発生する時間帯（平日／休日）\n\n'
              'ご返信がない場合、7日後に本チケットは自動的にクローズされます。\n\nHikari Link サポートセンター　田島\n')
    hk_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>'
               '<div style="color:#999;font-size:11px">&#x2014; このメールに返信する場合は、この行より上にご記入ください &#x2014;</div>'
               '<p>チケット番号 #771204 ／ ステータス：<span style="background:#f0ad4e;color:#fff;padding:2px 8px">'
               'お客様の返信待ち</span></p>%s<p><a href="https://support.hikarilink.jp/helpdesk/tickets/771204">'
               'チケットを表示</a></p></body></html>' % ''.join('<p>%s</p>' % l for l in hk_new.split('\n') if l))
    out.append(M(dt, A('Hikari Link サポート', 'support@hikarilink.jp', 'iso-2022-jp'), ME_P,
                 '[#771204] 通信速度の低下について（お客様のご返信をお待ちしております）',
                 alt(T(hk_new, cs='ISO-2022-JP', cte='7bit', q=False), Hp(hk_html, cs='ISO-2022-JP', cte='7bit', q=False), 'hk1'),
                 'unrelated', False, mid=gen_id('hk771204-2', 'hikarilink.freshbox.jp'), scs='iso-2022-jp',
                 trace=inbound(dt, ME_P, 'support@hikarilink.jp', 'smtp12.freshbox.jp', '203.0.113.120', 'hikarilink.jp'),
                 what='Japanese ISP ticket (Freshdesk-like, ISO-2022-JP) waiting for the customer',
                 hard='keigo request and an auto-close warning, but another vendor'))

    dt = d('2025-09-15 00:30:44')
    ooo = ('お疲れさまです。堀です。\n\n9/15（月）から 9/17（水）まで休暇のため不在にしております。\n'
           '9/18 以降に順次確認いたします。急ぎの件は 青木（s-aoki@kuroshio-sys.co.jp）までご連絡ください。\n')
    out.append(M(dt, A('堀 健一', 'k-hori@kuroshio-sys.co.jp', 'iso-2022-jp'), A('小野寺 大地', ME_C, 'iso-2022-jp'),
                 '自動応答: 引き継ぎ資料の件', T(ooo, cs='ISO-2022-JP', cte='7bit', q=False), 'unrelated', False,
                 mid=ol_id('ooo-hori'), scs='iso-2022-jp',
                 trace=inbound(dt, ME_C, 'k-hori@kuroshio-sys.co.jp', 'x', 'x', 'kuroshio-sys.co.jp', sel='selector1', fwd=True),
                 extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
                 what="Colleague's out-of-office reply (ISO-2022-JP)", hard='auto-reply; mentions contacting someone'))

    dt = d('2025-09-16 06:05:12')
    html = aws_case('Hold lifted on case %s' % CASE_A, 'In progress', '#0073bb',
                    [('Case ID', CASE_A), ('Status', 'In progress'), ('Queue', 'Certification records')],
                    P('Hi Daichi,', 'Good news: the partner team at Kuroshio Systems has released the link on their side, '
                      'so I have taken the case off hold and moved it to our certification records team, who carry out '
                      'the merge itself. They will contact you directly.',
                      'If anything changes on your side in the meantime, feel free to let us know.',
                      'Kind regards,<br>Priyanka S.<br>AWS Training and Certification'))
    out.append(M(dt, TCF, ME_C, SUBJ_A, alt(T(h2t(html)), Hp(html), 'liftA'), 'case_update', False, CASE_A,
                 mid=ses_id('liftA'), refs=[ses_id('ackA'), ses_id('holdA'), ses_id('holdA2')],
                 trace=ses_in(dt, ME_C, fwd=True),
                 what='Hold lifted, case passed to the records team', hard='conditional "let us know"; not a request'))

    dt = d('2025-09-16 09:30:47')
    out.append(M(dt, TCF, ME_C, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A,
                 T(OLU_TEXT, cte='7bit', q=False), 'info_request', True, CASE_A, mid=ses_id('oluA'),
                 refs=[ses_id('ackA'), ses_id('liftA')], trace=ses_in(dt, ME_C, fwd=True), crlf=True,
                 what='Records team: reply from the personal address (plain text, CRLF)',
                 hard='no question mark and no "please": "we\'ll need a reply ... sent from"'))

    dt = d('2025-09-16 19:02:33', '+0900')
    plain = FROM_P + '\nOn Tue, Sep 16, 2025 at 18:30 Amazon Web Services <%s> wrote:\n%s\n' % (TC, quote(OLU_TEXT))
    html = gmail_quote(FROM_P.replace('\n', '<br>'), 'On Tue, Sep 16, 2025 at 18:30 Amazon Web Services &lt;%s&gt; wrote:' % TC,
                       OLU_TEXT.replace('\n', '<br>'))
    out.append(M(dt, A(ME_NAME, ME_P), TCF, 'Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A,
                 alt(T(plain, q=False, cs='UTF-8'), Hp(html, q=False, cs='UTF-8'), 'fromP', preamble=False),
                 'user_reply', False, CASE_A, ['AWS05190336'], mid=gm_id('fromP'), irt=ses_id('oluA'),
                 refs=[ses_id('ackA'), ses_id('oluA')],
                 what='Daichi writes from the personal address as asked (Gmail)', hard='quoted request underneath'))

    dt = d('2025-09-17 01:20:08')
    pv = page('<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px;font-size:14px">' +
              P('Dear Daichi Onodera,', 'Thank you for scheduling your exam with Pearson VUE. Please keep this message '
                'for your records.') +
              fields([('Exam', 'SAP-C02: AWS Certified Solutions Architect - Professional'),
                      ('Registration ID', '318840271'), ('AWS Candidate ID', 'AWS05190336'),
                      ('Appointment', 'Thursday, October 2, 2025 at 10:00 AM JST'),
                      ('Test center', 'Shinjuku Test Center, Tokyo'), ('Price', 'JPY 45,000 (tax incl.)')]) +
              P('Please arrive 15 minutes early with two forms of valid identification. To reschedule or cancel, '
                'sign in at least 24 hours before your appointment.', 'Pearson VUE') + '</div>')
    out.append(M(dt, A('Pearson VUE', 'noreply@pearsonvue.com'), ME_P, 'Pearson VUE Confirmation of Booking',
                 Hp(pv), 'unrelated', False, ids=['AWS05190336'], mid=gen_id('pv-booking', 'pearsonvue.com'),
                 trace=inbound(dt, ME_P, 'noreply@pearsonvue.com', 'mta3.pearsonvue.com', '198.51.100.61', 'pearsonvue.com'),
                 what='Exam vendor booking confirmation', hard='9-digit registration ID next to a real candidate ID'))

    dt = d('2025-09-17 12:48:20')
    poor = ('A new reply has been added to case %s.\n\nTo read it, open this message in an HTML-capable mail client.\n\n'
            'AWS Training and Certification\n' % CASE_A)
    out.append(M(dt, TCF, A(ME_NAME, ME_P), SUBJ_A, alt(T(poor, cte='7bit'), Hp(CONF_A_HTML), 'confA'),
                 'confirmation_request', True, CASE_A, ['AWS05190336', 'AWS02774518'], mid=ses_id('confA'),
                 irt=gm_id('fromP'), refs=[ses_id('ackA'), ses_id('oluA'), gm_id('fromP')], trace=ses_in(dt, ME_P),
                 what='Account #1 / Account #2 confirmation request; the text part is only a stub',
                 hard='the request lives only in the HTML part; "Shall we go ahead"'))

    dt = d('2025-09-18 15:00:00')
    mk_html = page(preheader('Registration closes soon: reserve your seat') +
                   '<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;font-size:14px">' +
                   P('<b>Action required:</b> reserve your seat for AWS Innovate Japan 2025',
                     'Join 40+ sessions on generative AI, migration and modern applications. Attendees who complete '
                     'three sessions receive a certificate of attendance.') +
                   button('Register now', 'https://aws.amazon.com/events/innovate/jp/?trk=em_0918') +
                   P('<span style="font-size:11px;color:#888">You are receiving this e-mail because you opted in to AWS '
                     'marketing. Unsubscribe: https://pages.awscloud.com/unsub</span>') + '</div>')
    out.append(M(dt, A('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
                 'Action required: reserve your seat for AWS Innovate Japan', Hp(mk_html),
                 'unrelated', False, mid=gen_id('mkt0918', 'pages.awscloud.com'), trace=ses_in(dt, ME_P),
                 extra=['List-Unsubscribe: <https://pages.awscloud.com/unsub>',
                        'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
                 what='AWS marketing', hard='"Action required", AWS sender, certificate wording'))

    dt = d('2025-09-19 23:11:02')
    kn = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px;font-size:14px">'
              '<div style="color:#b5b5b5;font-size:12px">##- Please type your reply above this line -##</div>' +
              pill('Pending', '#e9a100') +
              P('Hi Daichi,', 'We haven&#39;t heard back from you about request #58213. If we don&#39;t hear from you '
                'in the next 2 days, this request will be closed automatically. Just reply to keep it open.',
                'Kumo Notes Support') + '</div>', bg='#ffffff')
    out.append(M(dt, A('Kumo Notes Support', 'support@kumonotes.app'), A('Daichi Onodera', ME_P),
                 '[Kumo Notes] Re: Notes stop syncing on iPad', alt(T(h2t(kn)), Hp(kn), 'kn2'), 'unrelated', False,
                 mid=gen_id('kn58213-3', 'kumonotes.app'), irt=gen_id('kn58213-2', 'kumonotes.app'),
                 refs=[gen_id('kn58213-1', 'kumonotes.app'), gen_id('kn58213-2', 'kumonotes.app')],
                 trace=inbound(dt, ME_P, 'support@kumonotes.app', 'outbound-7.mail.deskly.io', '203.0.113.77', 'kumonotes.app', sel='deskly1'),
                 what='Other vendor closing notice', hard='same shape as an AWS closing notice'))
    return out
