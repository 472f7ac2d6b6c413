# Messages 69-80: console case C4 (must be answered in the Support Center), invoices, late traps.
from gen_part0 import *
import gen_part0 as G
import html as _html

C4SUBJ = 'MLA-C01 badge still issued to my old email address'
CONSOLE_FOOT = """To see or respond to this case, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.
""" % C4
FEEDBACK = """We value your feedback. Please share your experience by rating this correspondence:
Excellent https://console.aws.amazon.com/support/feedback?rating=5&displayId=%s
Poor      https://console.aws.amazon.com/support/feedback?rating=1&displayId=%s

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (C4, C4)

# 69 ---------------------------------------------------------------- Credly expiry
w = D(2025, 5, 6, 4, 0, 12)
hs = [('Delivered-To', ME_P),
      auth_gmail('credly.com', 'bounces+2201934-88e0-minhkhoa.tran.dev=gmail.com@mail.credly.com', '149.72.133.11',
                 dkim_d='credly.com', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Credly', 'admin@credly.com')), ('To', ME_P),
      ('Subject', 'Your badge expires in 90 days: AWS Certified Developer - Associate'),
      ('Date', date(w)), ('Message-ID', generic_mid('m69', 'credly.com'))]
t = """Hi Minh Khoa,

Your badge "AWS Certified Developer - Associate", issued by Amazon Web
Services Training and Certification, expires on August 3, 2025.

Renewal is handled by the issuer. Visit the issuer's site to find out how to
keep your credential current.

View badge: https://www.credly.com/badges/0f3b1a99-4cde-4b18-a7d2-51e0c6d2f4a7

Credly
"""
add('badge', False, None, [],
    'Credly expiry notice for the same certification as 068 (badge, not certification: Credly sender).',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))

# 70 ---------------------------------------------------------------- C4 console case opened
w = D(2025, 5, 8, 22, 3, 9)
hs, G.M70 = aws_mail(w, ME_P, 'Amazon Web Services: New Support case: %s' % C4, 'm70',
                     from_name='Amazon Web Services', from_addr=NOREPLY)
t = """Hello,

We have received your support request. Here are the details:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: The badge for MLA-C01 (exam on 8 March 2025, taken on my old
certification account %s) was issued in Credly to my former company
address, which no longer exists. My certification accounts were merged into
%s on 2 April, and my other badges moved to my personal address, but this
one did not. How can I claim it?

An AWS Support representative will respond soon.

""" % (C4, C4SUBJ, OLD, NEW) + CONSOLE_FOOT + '\n' + FEEDBACK.split('\n\n', 1)[1]
add('acknowledgement', False, C4, [OLD, NEW],
    'Console case C4 opened (no-reply-aws, "New Support case"); the echoed correspondence has both candidate IDs and "How can I claim it?" (the owner\'s own question). Footer says the address cannot accept e-mails.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'), crlf=True)

# 71 ---------------------------------------------------------------- C4 check requested, console only
w = D(2025, 5, 9, 14, 25, 3)
hs, G.M71 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C4, C4SUBJ), 'm71', from_name='Amazon Web Services',
                     from_addr=NOREPLY)
G.T71 = """Hello Khoa,

I'm Andile from AWS Training and Certification, and I've picked up your case.

I checked the badge record: the MLA-C01 badge was issued on 9 March, before
your accounts were merged, so it went to the address on file at that time.
Credly does not move a badge between email addresses on its own.

Sign in to Credly with your personal address and check whether the badge
shows up under Settings > Email (unclaimed badges for secondary addresses are
listed there). Let me know in the case what you see, and which email address
your Credly profile currently uses. With that I can reissue the badge.

Best regards,
Andile M.
Amazon Web Services

"""
t = G.T71 + CONSOLE_FOOT + '\n' + FEEDBACK
hh = html_wrap(p_html(G.T71) + '<p>To see or respond to this case, please sign in to the '
               '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p>'
               '<p><i>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.</i></p>'
               '<p style="font-size:11px">We value your feedback. Please share your experience by rating this correspondence: '
               '<a href="https://console.aws.amazon.com/support/feedback?rating=5&amp;displayId=%s">Excellent</a> '
               '<a href="https://console.aws.amazon.com/support/feedback?rating=1&amp;displayId=%s">Poor</a></p>' % (C4, C4, C4))
add('info_request', True, C4, [],
    'Console C4: support asks for a check in Credly and the profile address, to be answered in the Support Center (mail cannot be answered). Imperative "Sign in ... Let me know in the case"; feedback footer at the end.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable'),
                              leaf('text/html', hh, 'UTF-8', 'quoted-printable')], '----=_Part_4410982_1722071845.1746768303310'))

# 72 ---------------------------------------------------------------- owner answers by e-mail (wrong channel)
w = D(2025, 5, 9, 20, 2, 11)
hs, G.M72 = gmail_sent(w, ad('Amazon Web Services', NOREPLY), 'Re: RE:[CASE %s] %s' % (C4, C4SUBJ), 'm72',
                       in_reply_to=G.M71, refs=G.M71)
new = """Hi Andile,

Thanks for looking into this. My Credly profile uses %s.
Under Settings > Email there is nothing unclaimed, and I cannot add the old
address as a secondary email because that mailbox was closed on 31 March.

The old certification account was %s, if that helps.

Khoa
""" % (ME_P, OLD)
q = 'On Fri, May 9, 2025 at 2:25\u202fPM Amazon Web Services <%s> wrote:\n' % NOREPLY + quote_gt(G.T71 + CONSOLE_FOOT)
add('user_reply', False, C4, [OLD],
    'Owner answers the console case by e-mail to no-reply-aws (wrong channel). His text names the old candidate ID.',
    hs, leaf('text/plain', new + '\n' + q, 'UTF-8', 'quoted-printable', quote_cs=False))

# 73 ---------------------------------------------------------------- bounce from no-reply-aws
w = D(2025, 5, 9, 20, 2, 19)
hs = [('Delivered-To', ME_P),
      ('From', ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', ME_P),
      ('Subject', 'Delivery Status Notification (Failure)'),
      ('Date', date(w)), ('Message-ID', '<681e1f3b.%s@mx.google.com>' % h('m73', 12)),
      ('In-Reply-To', G.M72), ('References', G.M72),
      ('X-Failed-Recipients', NOREPLY), ('Auto-Submitted', 'auto-replied')]
t = """** Message not delivered **

There was a problem delivering your message to %s. See the technical details below.

The response from the remote server was:
550 5.1.1 <%s>: This mailbox does not accept incoming mail. To respond to an AWS Support case, use the AWS Support Center.
""" % (NOREPLY, NOREPLY)
orig = ('From: Khoa Tran <%s>\nDate: Fri, 9 May 2025 20:02:11 +0900\nMessage-ID: %s\n'
        'Subject: Re: RE:[CASE %s] %s\nTo: Amazon Web Services <%s>\n' % (ME_P, G.M72, C4, C4SUBJ, NOREPLY))
rep = multi('report', [leaf('text/plain', t, 'UTF-8', '7bit', quote_cs=False),
                       {'headers': [('Content-Type', 'message/delivery-status')],
                        'body': ('Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 09 May 2025 04:02:11 -0700\n\n'
                                 'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n'
                                 'Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.150)\n'
                                 'Diagnostic-Code: smtp; 550 5.1.1 This mailbox does not accept incoming mail.\n' % NOREPLY).encode()},
                       {'headers': [('Content-Type', 'text/rfc822-headers')], 'body': orig.encode()}],
             '0000000000003b2e8806344a9f71')
rep['headers'] = [('Content-Type', 'multipart/report; boundary="0000000000003b2e8806344a9f71"; report-type=delivery-status')]
add('unrelated', False, C4, [],
    'Bounce of the owner\'s e-mail answer to no-reply-aws; says to use the Support Center. A bounce is not support asking: unrelated, no reply flag (074 carries the still-open request). case kept because it is the C4 thread (subject token in the returned headers).',
    hs, rep)

# 74 ---------------------------------------------------------------- C4 auto-resolve warning
w = D(2025, 5, 12, 14, 30, 44)
hs, _m = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C4, C4SUBJ), 'm74', from_name='Amazon Web Services',
                  from_addr=NOREPLY)
t = """Hello,

We haven't heard back from you on this case. We are waiting for the
information requested on May 9.

If there is no response in the Support Center within the next 4 days, the
case will be resolved automatically. A resolved case can be reopened from the
Support Center for up to 14 days.

""" + CONSOLE_FOOT + '\n' + FEEDBACK
add('closing_notice', True, C4, [],
    'Console auto-resolve warning: the owner\'s e-mail bounced, so support still waits; the answer must go through the Support Center.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'))

# 75 ---------------------------------------------------------------- AWS invoice
w = D(2025, 5, 13, 0, 17, 26)
hs, _m = aws_mail(w, ME_P, 'Amazon Web Services Invoice Available [Account: 804219936512] [Invoice ID: 2086113947]', 'm75',
                  from_name='Amazon Web Services', from_addr=NOREPLY)
hh = html_wrap("""<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement, for the account ending in <b>6512</b>, is available on the AWS web site.
Your account will be charged the following:</p>
<p>Total: <b>USD 8.61</b><br>Billing period: April 1 - April 30, 2025<br>Invoice ID: 2086113947</p>
<p>You can see a complete break down of all charges on the Bills page.</p>
<p>Thank you for using Amazon Web Services.</p>
<p style="font-size:11px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>""")
add('unrelated', False, None, [],
    'AWS invoice from the same no-reply-aws sender as console cases, 12-digit account and 10-digit invoice number (not a case ID).',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 76 ---------------------------------------------------------------- C4 resolved (with feedback footer)
w = D(2025, 5, 14, 11, 0, 27)
hs, _m = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C4, C4SUBJ), 'm76', from_name='Amazon Web Services',
                  from_addr=NOREPLY)
t = """Hello Khoa,

Thanks for the details you added in the Support Center. I have reissued the
MLA-C01 badge to %s; Credly should already have sent you a
message to accept it. I've marked this case as resolved.

If you need more help with this issue, you can reopen the case from the
Support Center within the next 14 days.

Best regards,
Andile M.
Amazon Web Services

""" % ME_P + CONSOLE_FOOT + '\n' + FEEDBACK
add('resolved', False, C4, [],
    'C4 resolved; conditional reopen offer and the "We value your feedback ... rating" footer (resolved, not survey).',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'), crlf=True)

# 77 ---------------------------------------------------------------- Credly badge MLA
w = D(2025, 5, 14, 11, 3, 40)
hs = [('Delivered-To', ME_P),
      auth_gmail('credly.com', 'bounces+2201934-4f12-minhkhoa.tran.dev=gmail.com@mail.credly.com', '149.72.133.10',
                 dkim_d='credly.com', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Credly', 'admin@credly.com')), ('To', ME_P),
      ('Subject', 'Minh Khoa, you earned a badge from Amazon Web Services Training and Certification'),
      ('Date', date(w)), ('Message-ID', generic_mid('m77', 'credly.com'))]
hh = html_wrap("""<p>Congratulations, Minh Khoa!</p>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Machine Learning Engineer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/d41a6a07-2f55-4e0f-9d6b-8b1ad2c7e0f3/accept">Accept your badge</a></p>""")
add('badge', False, None, [],
    'Credly badge after C4 is resolved (same template as 017, now to the personal address).',
    hs, leaf('text/html', hh, 'utf-8', 'base64'))

# 78 ---------------------------------------------------------------- Pearson VUE lookalike
w = D(2025, 5, 15, 8, 45, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('pearsonvue-exams.net', 'noreply@pearsonvue-exams.net', '91.215.85.140', dkim=None,
                 spf='pass', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Pearson VUE', 'noreply@pearsonvue-exams.net')), ('To', ME_P),
      ('Subject', 'Your AWS exam appointment has been cancelled - reply to restore'),
      ('Date', date(w)), ('Message-ID', generic_mid('m78', 'pearsonvue-exams.net'))]
t = """Dear candidate,

Your upcoming AWS Certification appointment was cancelled because of a
payment verification failure.

To restore your seat, reply to this email today with the full card number,
expiry date and security code used for the booking. Seats that are not
restored within 24 hours are released to other candidates and the fee is
forfeited.

Pearson VUE Candidate Services
"""
add('suspicious', False, None, [],
    'Exam-vendor lookalike (pearsonvue-exams.net) demands a reply with card data - phishing, no reply owed.',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'))

# 79 ---------------------------------------------------------------- Google Cloud certification
w = D(2025, 5, 16, 2, 0, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('google.com', 'cloud-certification-noreply@google.com', '209.85.220.73', dkim_d='google.com',
                 sel='20230601', policy='p=REJECT sp=REJECT dis=NONE'),
      ('From', ad('Google Cloud Certification', 'cloud-certification-noreply@google.com')), ('To', ME_P),
      ('Subject', 'Your Professional Cloud Architect certification expires in 60 days'),
      ('Date', date(w)), ('Message-ID', gmail_mid('m79'))]
t = """Hi Minh Khoa,

Your Google Cloud Professional Cloud Architect certification expires on
July 15, 2025. You can take the renewal exam starting 60 days before
expiration. Schedule through Webassessor.

Google Cloud Certification team
"""
add('unrelated', False, None, [],
    'Other cloud vendor\'s certification expiry (same shape as 068).',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable', quote_cs=False),
                              leaf('text/html', html_wrap(p_html(t)), 'UTF-8', 'quoted-printable', quote_cs=False)],
              '000000000000ae99f006352c8a11'))

# 80 ---------------------------------------------------------------- re:Post answer
w = D(2025, 5, 19, 18, 12, 7)
hs, _m = aws_mail(w, ME_P, 'New answer to your question on AWS re:Post', 'm80',
                  from_name='AWS re:Post', from_addr='no-reply@repost.aws')
hs = [(k, v) for k, v in hs]
t = """Hi minhkhoa-tran,

Your question "How long does an AWS Certification account merge usually
take?" has a new answer:

  "It depends on whether the old account is linked to an APN partner. Open
   a case with AWS Training and Certification and reply quickly when they
   ask you to confirm - that is where most of the time goes."

View the answer and accept it if it helped:
https://repost.aws/questions/QUx7cRt1m0SpeK3aL0c2mZqQ

You received this because you follow this question. Manage notifications at
https://repost.aws/profile/notifications
"""
add('unrelated', False, None, [],
    're:Post notification about account merges (AWS sender, "open a case", "confirm") - community, not a case.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'))
