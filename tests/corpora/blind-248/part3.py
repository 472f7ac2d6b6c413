"""Messages 26-36: 20-24 Sep 2025. Closing notice, confirmation, merge, badges, survey, fakes."""
from mk import *
from part1 import CASE_A, SUBJ_A, TCF
from part2 import CONF_A_BODY, CONF_A_TEXT

CLOSE_A_NEW = P('Hello Daichi,',
                'We are still waiting for your answer to Ren&#39;s message of 17 September, copied below. '
                'If we do not hear from you within three business days, this case will be closed and nothing '
                'will be merged.',
                'Replying to this e-mail keeps the case open.',
                'AWS Training and Certification')
CLOSE_A_HTML = aws_case('Reminder: case %s is waiting for you' % CASE_A, 'Pending customer', '#ec7211',
                        [('Case ID', CASE_A), ('Status', 'Pending customer'), ('Auto-close', 'after 3 business days')],
                        CLOSE_A_NEW, quoted=P('<b>Ren W.</b> &middot; 17 Sep 2025, 12:48 UTC') + CONF_A_BODY,
                        marker='-- Write your reply above this line --')
CLOSE_A_TEXT = h2t(CLOSE_A_HTML)

CONFIRM = ("Hi Ren,\n\nSorry for the slow reply. Confirmed: both accounts are mine.\n"
           "Please merge Account #2 into Account #1 and keep Account #1\n(%s, AWS05190336).\n\nDaichi\n" % ME_P)

CONFIRM_Q = P('<b>%s</b> &middot; 20 Sep 2025, 14:15 UTC' % ME_NAME) + P(CONFIRM.replace('\n', '<br>'))
CONF_Q = P('<b>Ren W.</b> &middot; 17 Sep 2025, 12:48 UTC') + CONF_A_BODY


def credly(name, code, dt, key):
    html = page(preheader('Accept your new badge and share it with your network') +
                '<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px;text-align:center">'
                '<img src="https://images.credly.com/size/110x110/images/%s/image.png" width="110" alt="badge">' % code +
                P('Congratulations, Daichi!', 'Amazon Web Services Training and Certification has issued you a new '
                  'badge: <b>%s</b>.' % name, 'Accept it to add it to your profile and share it where it matters.') +
                button('Accept your badge', 'https://www.credly.com/earner/earned/badge/%s' % code, '#ff6b00') +
                P('<span style="font-size:11px;color:#888">Credly, a Pearson company &middot; You are receiving this '
                  'because a badge was issued to %s.</span>' % ME_P) + '</div>', bg='#f4f4f4')
    return M(dt, A('Credly', 'admin@credly.com'), ME_P,
             'Daichi, you earned a badge from Amazon Web Services Training and Certification',
             alt(T(h2t(html)), Hp(html), key), 'badge', False, mid=gen_id(key, 'credly.com'),
             trace=inbound(dt, ME_P, 'bounces+3312@em.credly.com', 'o7.em.credly.com', '167.89.12.%d' % (len(key) * 7),
                           'credly.com', sel='s1'),
             what='Credly badge issued: ' + name, hard='"Accept" button; follows the merge')


def messages():
    out = []
    dt = d('2025-09-20 13:00:05')
    out.append(M(dt, TCF, A(ME_NAME, ME_P), SUBJ_A, alt(T(CLOSE_A_TEXT), Hp(CLOSE_A_HTML), 'closeA'),
                 'closing_notice', True, CASE_A, mid=ses_id('closeA'), irt=ses_id('confA'),
                 refs=[ses_id('ackA'), ses_id('confA')], trace=ses_in(dt, ME_P),
                 what='Case A reminder: closes in three business days, Account #1/#2 request quoted below',
                 hard='candidate IDs and the request appear only in quoted history'))

    dt = d('2025-09-20 23:15:40', '+0900')
    plain = CONFIRM + '\nOn Sat, Sep 20, 2025 at 22:00 Amazon Web Services <%s> wrote:\n%s' % (TC, quote(CLOSE_A_TEXT))
    html = gmail_quote(CONFIRM.replace('\n', '<br>'),
                       'On Sat, Sep 20, 2025 at 22:00 Amazon Web Services &lt;%s&gt; wrote:' % TC, CLOSE_A_NEW + CONF_Q)
    out.append(M(dt, A(ME_NAME, ME_P), TCF, 'Re: ' + SUBJ_A,
                 alt(T(plain, q=False, cs='UTF-8'), Hp(html, q=False, cs='UTF-8'), 'confirmA', preamble=False),
                 'user_reply', False, CASE_A, ['AWS05190336'], mid=gm_id('confirmA'), irt=ses_id('closeA'),
                 refs=[ses_id('ackA'), ses_id('confA'), ses_id('closeA')],
                 what='Daichi confirms: keep Account #1', hard='his "Please merge" is a request to support, not from it'))

    dt = d('2025-09-21 02:40:18')
    html = aws_case(None, 'In progress', '#0073bb', [('Case ID', CASE_A), ('Status', 'In progress')],
                    P('Thank you, Daichi.', 'I have submitted the merge to our records system. These usually finish '
                      'within two business days, and I will confirm here once it is done.',
                      'Ren W.<br>AWS Training and Certification'),
                    quoted=CONFIRM_Q + '<blockquote style="margin:10px 0 0 0;padding-left:10px;border-left:2px solid #d5dbdb">'
                    + CLOSE_A_NEW + '<blockquote style="margin:10px 0 0 0;padding-left:10px;border-left:2px solid #d5dbdb">'
                    + CONF_Q + '</blockquote></blockquote>')
    out.append(M(dt, TCF, A(ME_NAME, ME_P), SUBJ_A, Hp(html), 'case_update', False, CASE_A,
                 mid=ses_id('progA'), irt=gm_id('confirmA'), refs=[ses_id('ackA'), ses_id('confA'), ses_id('closeA'), gm_id('confirmA')],
                 trace=ses_in(dt, ME_P),
                 what='Merge submitted, two business days; HTML only over three levels of quoting',
                 hard='short new text over the quoted confirmation request and the closing notice'))

    dt = d('2025-09-21 08:12:44')
    gh = ('@onodera-d could you confirm whether v2.3.1 fixes it for you? If it does I will close this issue.\n\n'
          '--\nReply to this email directly, view it on GitHub:\nhttps://github.com/onodera-d/infra-snippets/issues/44#issuecomment-3316502281\n'
          'You are receiving this because you were mentioned.\n')
    out.append(M(dt, A('Lin Tsai', 'notifications@github.com'), A('onodera-d/infra-snippets', 'infra-snippets@noreply.github.com'),
                 'Re: [onodera-d/infra-snippets] OAC example fails in us-east-1 (Issue #44)',
                 T(gh, cte='7bit', q=False), 'unrelated', False,
                 mid='<onodera-d/infra-snippets/issues/44/3316502281@github.com>',
                 irt='<onodera-d/infra-snippets/issues/44@github.com>', refs=['<onodera-d/infra-snippets/issues/44@github.com>'],
                 cc='Mention <mention@noreply.github.com>',
                 trace=inbound(dt, ME_P, 'noreply@github.com', 'out-22.smtp.github.com', '192.30.252.205', 'github.com',
                               sel='pf2023', policy='p=REJECT sp=REJECT dis=NONE'),
                 extra=['X-GitHub-Reason: mention'],
                 what='GitHub mention asking to confirm a fix', hard='"could you confirm" from someone who is not support'))

    dt = d('2025-09-22 08:11:37')
    new = (P('Hi Daichi,',
             'The merge is finished. Account #2 has been folded into Account #1, so from now on you sign in with '
             '%s (candidate ID AWS05190336), where you will find your exam history and your certifications.' % ME_P,
             'Digital badges are re-issued through Credly and can take up to a day to appear there.',
             'If something looks missing, reply to this e-mail within 14 days and the case will be reopened.',
             'All the best,<br>Ren W.<br>AWS Training and Certification') +
           '<p style="font-size:12px;color:#545b64;margin:18px 0 0 0">How did we do? '
           '<a href="https://tc-feedback.aws.amazon.com/r?c=%s&amp;s=3">Great</a> &middot; '
           '<a href="https://tc-feedback.aws.amazon.com/r?c=%s&amp;s=2">OK</a> &middot; '
           '<a href="https://tc-feedback.aws.amazon.com/r?c=%s&amp;s=1">Poor</a></p>' % (CASE_A, CASE_A, CASE_A))
    html = aws_case('Action may be required on your case', 'Solved', '#1d8102',
                    [('Case ID', CASE_A), ('Status', 'Solved'), ('Resolved', '2025-09-22 08:11 UTC')],
                    new, quoted=CONFIRM_Q + CONF_Q)
    out.append(M(dt, TCF, A(ME_NAME, ME_P), SUBJ_A, alt(T(h2t(html)), Hp(html), 'doneA'), 'resolved', False, CASE_A,
                 ['AWS05190336'], mid=ses_id('doneA'), irt=gm_id('confirmA'),
                 refs=[ses_id('ackA'), ses_id('confA'), gm_id('confirmA'), ses_id('progA')], trace=ses_in(dt, ME_P),
                 what='Merge done ("Solved"), with a rating footer and the old request quoted',
                 hard='hidden template preheader "Action may be required"; quoted Account #1/#2 question; conditional reopen'))

    out.append(credly('AWS Certified Solutions Architect - Associate', 'b7d1a6e2-4c1f-4e7a-9a0e-55d2c0f1a913',
                      d('2025-09-22 08:30:12'), 'credly-saa'))
    out.append(credly('AWS Certified Developer - Associate', '0c93e4f8-21aa-4b8e-8d6b-1f7e2a9c4d50',
                      d('2025-09-22 08:31:40'), 'credly-dva'))

    dt = d('2025-09-23 09:00:00')
    stars = ''.join('<td style="padding:0 4px"><a href="https://tc-feedback.aws.amazon.com/s?c=%s&amp;v=%d" '
                    'style="display:inline-block;width:38px;height:38px;line-height:38px;text-align:center;border:1px solid '
                    '#d5dbdb;border-radius:19px;text-decoration:none;color:#16191f">%d</a></td>' % (CASE_A, i, i)
                    for i in range(1, 6))
    sv = aws_case('Two minutes, five stars', None, None, [('Case ID', CASE_A), ('Subject', 'Account assistance')],
                  P('Hello Daichi,', 'Your recent case with AWS Training and Certification has been closed. How satisfied '
                    'were you with the support you received?') +
                  '<table role="presentation" cellpadding="0" cellspacing="0" style="margin:4px 0 18px 0"><tr>%s</tr></table>' % stars +
                  P('1 = very dissatisfied, 5 = very satisfied. Your answers are anonymous and are used only to improve '
                    'our service. This survey mailbox does not receive replies.'))
    out.append(M(dt, A('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
                 'How did we do? Your case %s' % CASE_A, Hp(sv), 'survey', False, CASE_A, mid=ses_id('svA'),
                 trace=ses_in(dt, ME_P), what='Satisfaction survey for case A', hard='a question ("How satisfied...?") that is not a request'))

    dt = d('2025-09-23 14:22:10')
    fake = ('Dear Customer,\n\nThe merge on case %s could not be completed because the identity of the account\n'
            'owner could not be verified.\n\nTo prevent both certification accounts from being deactivated, sign in and '
            're-verify\nwithin 24 hours:\n\n    https://aws-training-verify.co/merge/%s\n\nIf the link does not open, reply '
            'to this e-mail with your AWS Builder ID password and\nwe will complete the verification for you.\n\n'
            'AWS Training and Certification\n' % (CASE_A, CASE_A))
    tr = inbound(dt, ME_P, 'mailer@relay7.hostwave-vps.net', 'relay7.hostwave-vps.net', '185.243.115.19', 'amazon.com',
                 dkim='fail', spf='softfail', dmarc='fail', dkim_dom='amazon.com', sel='hsbnp7p3ensaochzwyq5wwmceodymuwv')
    out.append(M(dt, A('Amazon Web Services', TC), ME_P, SUBJ_A, T(fake, cte='7bit', q=False), 'suspicious', False,
                 mid=gen_id('fake-merge', 'amazon.com'), trace=tr,
                 what='Spoofed support mail using the real case number; DKIM and DMARC fail',
                 hard='real sender address, real subject token, "reply with your password"'))

    dt = d('2025-09-24 00:00:10')
    ex = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px">' +
              P('Dear Daichi Onodera,', 'Your <b>AWS Certified Developer - Associate</b> certification expires on '
                'December 22, 2025. Candidate ID: AWS05190336.',
                'To keep it current, pass the current version of the exam, or a higher-level exam that renews it, '
                'before the expiration date. Recertifying also keeps your digital badge active.') +
              button('View recertification options', 'https://aws.amazon.com/certification/recertification/', '#232f3e') +
              P('AWS Certification') + '</div>')
    out.append(M(dt, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                 'Your AWS Certification expires in 90 days', Hp(ex), 'certification', False, ids=['AWS05190336'],
                 mid=gen_id('cm-expiry-dva', 'certmetrics.com'),
                 trace=inbound(dt, ME_P, 'bounces@certmetrics.com', 'smtp2.certmetrics.com', '198.51.100.88', 'certmetrics.com'),
                 what='CertMetrics expiry notice', hard='candidate ID in a non-case mail; "to keep it current" reads like an ask'))

    dt = d('2025-09-24 02:10:00')
    sb = page('<div style="max-width:600px;margin:0 auto;background:#fff;padding:26px;font-size:14px">' +
              P('Thank you for your order.') +
              fields([('Order number', 'SB-20250924-55817'), ('Product', 'AWS Skill Builder Individual subscription (monthly)'),
                      ('Amount', 'USD 29.00'), ('Billed to', 'Visa ending 4410')]) +
              P('Your subscription renews automatically each month. Manage it under <i>My account</i> on AWS Skill Builder.',
                'AWS Training and Certification') + '</div>')
    out.append(M(dt, A('AWS Training and Certification', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder order receipt',
                 Hp(sb), 'unrelated', False, mid=ses_id('sb-receipt'),
                 trace=inbound(dt, ME_P, '0100019979@us-west-2.amazonses.com', 'a27-44.smtp-out.us-west-2.amazonses.com',
                               '54.240.27.44', 'aws.training', sel='gdwg2y3kokkkj5a55z2ilkup5wp5hhxx'),
                 what='Skill Builder receipt', hard='"AWS Training and Certification" display name'))
    return out
