# Messages 39-56: closing notice, confirmation, merge done, survey, billing console case, reopen for voucher.
from gen_part0 import *
import gen_part0 as G
import html as _html

# 39 ---------------------------------------------------------------- C1 closing notice
w = D(2025, 4, 1, 9, 0, 6)
hs, G.M39 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm39', in_reply_to=G.M34, refs=G.M34)
t = """Hello,

We are following up on case %s. Our last message, sent on
March 26, is still waiting for your response.

If we don't hear from you within the next 3 business days, this case will be
closed. A reply to this email keeps it open - and if it has already been
closed by then, your reply will reopen it.

Regards,
AWS Training and Certification Customer Service

This is an automated reminder.
""" % C1
add('closing_notice', True, C1, [],
    'Templated reminder: case closes in 3 business days without an answer to the 26 March confirmation; "This is an automated reminder" footer.',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'), crlf=True)

# 40 ---------------------------------------------------------------- new employer IT welcome
w = D(2025, 4, 1, 10, 15, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('hakata-bitworks.jp', 'it@hakata-bitworks.jp', '209.85.220.69', dkim_d='hakata-bitworks.jp',
                 sel='google', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Hakata Bitworks IT', 'it@hakata-bitworks.jp')), ('To', ME_P),
      ('Subject', 'Your Hakata Bitworks account is ready'),
      ('Date', date(w)), ('Message-ID', gmail_mid('m40'))]
t = """Welcome, Khoa!

Your work account k.tran@hakata-bitworks.jp is active. Temporary password was
sent by SMS. Sign in at https://accounts.google.com and set up 2-step
verification today.

If you plan to link AWS Certification to our APN profile, wait until your
probation review - the alliance team will send instructions.

Hakata Bitworks IT
"""
add('unrelated', False, None, [],
    'New employer IT welcome; mentions APN and AWS Certification linking in the future.',
    hs, leaf('text/plain', t, 'UTF-8', '7bit', quote_cs=False))

# 41 ---------------------------------------------------------------- owner confirms (top-post over history)
w = D(2025, 4, 2, 7, 40, 33)
hs, G.M41 = gmail_sent(w, TC, 'Re: RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm41',
                       in_reply_to=G.M34, refs='%s %s' % (G.M34, G.M39))
new = """Hi Aoife,

Sorry for the slow answer - I was in the middle of changing jobs.

Confirmed: both accounts are mine. Please keep Account #2 (%s,
%s) and merge Account #1 into it.

Thank you!
Khoa
""" % (NEW, ME_P)
G.T34 = """Hello Khoa,

I'm Aoife from the account team, and I'll be completing your merge. Before I change anything, please look over the two accounts we found:

	Account #1	Account #2
Candidate ID	%s	%s
Login email	%s	%s
Training notification email	%s	%s
Certification notification email	%s	%s
Active certifications	4	0

After a merge only one account remains. The other one is retired and cannot be brought back.

Please reply to this email to confirm that both accounts belong to you and that Account #2 is the one to keep. If you would rather keep Account #1, just tell me and I'll set it up that way instead.

Kind regards,
Aoife M.
AWS Training and Certification | Account Services
""" % (OLD, NEW, ME_C, ME_P, ME_C, ME_P, ME_C, ME_P)
attr = 'On Wed, Mar 26, 2025 at 3:48\u202fPM AWS Training and Certification <%s> wrote:' % TC
t = new + '\n' + attr + '\n' + quote_gt(G.T34)
hh = ('<div dir="ltr">' + p_html(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + _html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
      + G.H34 + '</blockquote></div>')
add('user_reply', False, C1, [NEW],
    'Owner\'s "Confirmed" top-posted over the full confirmation request (table and "Please reply to confirm" quoted). His own text names the kept candidate ID.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable', quote_cs=False),
                              leaf('text/html', hh, 'UTF-8', 'quoted-printable', quote_cs=False)], '000000000000e2b4f4063227b1c0'))

# 42 ---------------------------------------------------------------- bounce: company mailbox closed
w = D(2025, 4, 2, 8, 55, 12)
hs = [('Delivered-To', ME_P),
      ('From', ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', ME_P),
      ('Subject', 'Delivery Status Notification (Failure)'),
      ('Date', date(w)), ('Message-ID', '<67ec8f28.%s@mx.google.com>' % h('m42', 12)),
      ('References', gmail_mid('m42orig')), ('In-Reply-To', gmail_mid('m42orig')),
      ('X-Failed-Recipients', ME_C), ('Auto-Submitted', 'auto-replied')]
t = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % ME_C
orig = """From: Khoa Tran <%s>
Date: Wed, 2 Apr 2025 08:54:58 +0900
Message-ID: %s
Subject: certificates backup
To: %s

(pdfs attached)
""" % (ME_P, gmail_mid('m42orig'), ME_C)
rep = multi('report', [leaf('text/plain', t, 'UTF-8', '7bit', quote_cs=False),
                       {'headers': [('Content-Type', 'message/delivery-status')],
                        'body': ('Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 01 Apr 2025 16:54:58 -0700\n\n'
                                 'Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\n'
                                 'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n' % ME_C).encode()},
                       {'headers': [('Content-Type', 'message/rfc822')], 'body': orig.encode()}],
             '00000000000091c61a06323f4d11')
rep['headers'] = [('Content-Type', 'multipart/report; boundary="00000000000091c61a06323f4d11"; report-type=delivery-status')]
add('unrelated', False, None, [],
    'Gmail bounce: the owner\'s own note to the closed company mailbox fails. Non-AWS, no case.',
    hs, rep)

# 43 ---------------------------------------------------------------- C1 resolved (quotes the confirmation request)
w = D(2025, 4, 2, 13, 17, 48)
hs, G.M43 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm43', in_reply_to=G.M41,
                     refs='%s %s %s' % (G.M34, G.M39, G.M41))
G.T43 = """Hi Khoa,

Thank you for confirming. The merge is complete: the exam history,
certifications and benefits of your former company account now sit on the
account that signs in with %s (%s). The old
account can no longer be used.

Badges on Credly can take up to 24 hours to update. If you notice anything
missing, reply to this email and we will take another look.

Best regards,
Aoife M.
AWS Training and Certification | Account Services

-----Original Message-----
From: Khoa Tran <%s>
Sent: Wednesday, April 2, 2025 7:40 AM
To: AWS Training and Certification <%s>
Subject: Re: RE:[CASE %s] %s

""" % (ME_P, NEW, ME_P, TC, C1, FORM_SUBJ) + new + """
-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, March 26, 2025 3:48 PM
To: %s
Subject: RE:[CASE %s] %s

""" % (TC, ME_P, C1, FORM_SUBJ) + G.T34
add('resolved', False, C1, [NEW],
    'Merge done. Below it, Outlook-style history repeats the owner\'s "Confirmed" and the full "Please reply to confirm" request; conditional "If you notice anything missing, reply". Only the kept ID is in the new text.',
    hs, leaf('text/plain', G.T43, 'UTF-8', 'quoted-printable'))

# 44 ---------------------------------------------------------------- Credly badges moved
w = D(2025, 4, 2, 13, 41, 2)
hs = [('Delivered-To', ME_P),
      auth_gmail('credly.com', 'bounces+2201934-7e1a-minhkhoa.tran.dev=gmail.com@mail.credly.com', '149.72.133.12',
                 dkim_d='credly.com', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Credly', 'admin@credly.com')), ('To', ME_P),
      ('Subject', 'You have 3 new badges waiting to be accepted'),
      ('Date', date(w)), ('Message-ID', generic_mid('m44', 'credly.com'))]
hh = html_wrap("""<p>Hi Minh Khoa,</p>
<p>Amazon Web Services Training and Certification has issued badges to <b>%s</b>:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Solutions Architect - Associate</li>
<li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept badges</a> - you can also set them to be accepted automatically.</p>
<p style="font-size:11px;color:#777">Questions about a badge? Contact the issuing organization.</p>""" % ME_P)
add('badge', False, None, [],
    'Credly badges re-issued to the personal address right after the merge (MLA-C01 is missing - sets up C4).',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 45 ---------------------------------------------------------------- C1 survey
w = D(2025, 4, 3, 8, 31, 0)
hs, _m = aws_mail(w, ME_P, 'How did we do? Your recent AWS Training and Certification case', 'm45',
                  from_name='AWS Customer Feedback', from_addr='aws-feedback@amazon.com')
hh = html_wrap("""<p>Hello,</p>
<p>Your AWS Training and Certification case <b>%s</b> was recently resolved. Would you tell us how it went?
It takes about two minutes.</p>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://survey.aws/s/tc?c=%s&r=5">Very satisfied</a> | <a href="https://survey.aws/s/tc?c=%s&r=4">Satisfied</a> |
<a href="https://survey.aws/s/tc?c=%s&r=3">Neutral</a> | <a href="https://survey.aws/s/tc?c=%s&r=2">Dissatisfied</a> |
<a href="https://survey.aws/s/tc?c=%s&r=1">Very dissatisfied</a></p>
<p>Replies to this message are not monitored.</p>""" % ((C1,) * 6))
add('survey', False, C1, [],
    'Satisfaction survey for C1 from a different amazon.com sender, case number in body only.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 46 ---------------------------------------------------------------- console billing case: new
w = D(2025, 4, 3, 9, 13, 20)
hs, G.M46 = aws_mail(w, ME_P, 'Amazon Web Services: New Support case: %s' % CB, 'm46',
                     from_name='Amazon Web Services', from_addr=NOREPLY)
t = """Hello,

We have received your support request. Here are the details:

Case ID: %s
Subject: Unexpected charge for public IPv4 addresses
Severity: General guidance
Correspondence: My March bill for account 804219936512 shows 372 hours of
public IPv4 usage in ap-northeast-1, but I released the Elastic IP in February.

An AWS Support representative will respond soon. To view the case or add
correspondence, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this same issue, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CB, CB)
add('unrelated', False, CB, [],
    'Console support case about billing (same sender and shape as a console T&C case, 12-digit account id). Not T&C, so unrelated; case number filled.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'))

# 47 ---------------------------------------------------------------- console billing case: question
w = D(2025, 4, 4, 2, 48, 9)
hs, _m = aws_mail(w, ME_P, 'RE:[CASE %s] Unexpected charge for public IPv4 addresses [AWS ID 804219936512]' % CB, 'm47',
                  from_name='Amazon Web Services', from_addr=NOREPLY)
t = """Hello,

Thank you for contacting AWS Billing. Public IPv4 charges also apply to
addresses attached to running resources such as load balancers and NAT
gateways, not only to Elastic IPs.

Could you let us know whether a NAT gateway or an internet-facing load
balancer was running in ap-northeast-1 during March? With that, I can check
whether a credit applies.

Best regards,
Farid S.
Amazon Web Services

To see or respond to this case, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.

We value your feedback. Please share your experience by rating this correspondence:
Excellent https://console.aws.amazon.com/support/feedback?rating=5&displayId=%s
Poor      https://console.aws.amazon.com/support/feedback?rating=1&displayId=%s
""" % (CB, CB, CB)
add('unrelated', False, CB, [],
    'Console billing case asks a question ("Could you let us know...") to answer in the Support Center - a real AWS request, but not Training and Certification, so needs_reply false.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable'), crlf=True)

# 48 ---------------------------------------------------------------- Microsoft profile merge
w = D(2025, 4, 5, 4, 20, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('microsoft.com', 'wwlsupport@email.microsoft.com', '40.107.215.98', dkim_d='microsoft.com',
                 sel='selector2', policy='p=REJECT sp=REJECT dis=NONE'),
      ('From', ad('Microsoft Worldwide Learning Support', 'wwlsupport@email.microsoft.com')), ('To', ME_P),
      ('Subject', 'Case 2504050040011284: your certification profiles have been merged'),
      ('Date', date(w)), ('Message-ID', generic_mid('m48', 'email.microsoft.com'))]
t = """Hello Minh Khoa,

Thank you for contacting Microsoft Worldwide Learning. As requested, we have
merged your two certification profiles. Your Azure Administrator Associate
certification and transcript now appear under the profile signed in with
%s, and the old work profile has been closed.

No further action is required. If anything is missing, reply to this email
within 7 days and we will reopen the case.

Kind regards,
Sofia
Microsoft Worldwide Learning Support
""" % ME_P
add('unrelated', False, None, [],
    'Another vendor\'s certification-profile merge, resolved, with case number and "reply ... reopen" - same story, wrong vendor.',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))

# 49 ---------------------------------------------------------------- owner reopens for the voucher
w = D(2025, 4, 7, 22, 10, 17)
hs, G.M49 = gmail_sent(w, TC, 'Re: RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm49',
                       in_reply_to=G.M43, refs='%s %s %s' % (G.M34, G.M41, G.M43))
new49 = """Hi Aoife,

Exam history and certifications all came across - thank you. One thing is
missing: the 50% exam discount I had on the old account (earned with MLA-C01
on 8 March) does not show under Benefits on the merged account. Could you
check it?

Khoa
"""
q = 'On Wed, Apr 2, 2025 at 1:17\u202fPM AWS Training and Certification <%s> wrote:\n' % TC + \
    quote_gt(G.T43.split('-----Original Message-----')[0].rstrip() + '\n\n-----Original Message-----' +
             G.T43.split('-----Original Message-----', 1)[1])
add('user_reply', False, C1, [],
    'Owner replies to the resolution to report a missing voucher (reopens C1); deep nested quoting.',
    hs, leaf('text/plain', new49 + '\n' + q, 'UTF-8', 'quoted-printable', quote_cs=False))

# 50 ---------------------------------------------------------------- C1 reopened, passed to benefits team
w = D(2025, 4, 8, 11, 5, 36)
hs, G.M50 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm50', in_reply_to=G.M49,
                     refs='%s %s' % (G.M43, G.M49))
t = """Hello Khoa,

I've reopened case %s and passed your note to the team that looks
after certification benefits. They can issue the discount again on your
merged account; I'll let you know as soon as that is done.

No action is needed from you right now.

Dev P.
AWS Training and Certification Customer Service
""" % C1
add('case_update', False, C1, [],
    'Reopened and handed to the benefits team; "No action is needed".',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable'),
                              leaf('text/html', html_wrap(p_html(t)), 'UTF-8', 'quoted-printable')],
              '----=_Part_118830_1457733120.1744077936201'))

# 51 ---------------------------------------------------------------- certification program survey
w = D(2025, 4, 8, 23, 0, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('certmetrics.com', 'bounces+9928171-55c2-minhkhoa.tran.dev=gmail.com@em4412.certmetrics.com',
                 '167.89.118.40', dkim_d='certmetrics.com', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
      ('Subject', 'AWS Certification wants to hear from you'),
      ('Date', date(w)), ('Message-ID', generic_mid('m51', 'geopod-ismtpd-2.sendgrid.net'))]
hh = html_wrap("""<p>Hello Minh Khoa,</p>
<p>As an AWS Certified individual, your view shapes our exams. Take our 10-minute survey on the
Machine Learning Engineer - Associate exam you passed, and tell us which topics mattered in your job.</p>
<p><a href="https://survey.certmetrics.com/aws/2025q2">Start the survey</a></p>
<p>AWS Certification</p>""")
add('certification', False, None, [],
    'Certification-program survey (CertMetrics), not about a support case: certification, not survey.',
    hs, leaf('text/html', hh, 'utf-8', 'base64'))

# 52 ---------------------------------------------------------------- C1 resolved again (voucher)
w = D(2025, 4, 10, 16, 20, 4)
hs, G.M52 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm52', in_reply_to=G.M50,
                     refs='%s %s' % (G.M49, G.M50))
t = """Hi Khoa,

A new 50% exam discount has been added to your certification account. You
will find it under Benefits; it is valid until 8 March 2026 and can be used
for any AWS Certification exam.

No further action is required, and this case will now be closed again.

Best,
Lucia
AWS Certification Benefits
"""
add('resolved', False, C1, [],
    'Second resolution of C1 (voucher issued), "No further action is required".',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'))

# 53 ---------------------------------------------------------------- certmetrics benefit
w = D(2025, 4, 10, 16, 24, 51)
hs = [('Delivered-To', ME_P),
      auth_gmail('certmetrics.com', 'bounces+9928171-9a03-minhkhoa.tran.dev=gmail.com@em4412.certmetrics.com',
                 '167.89.118.44', dkim_d='certmetrics.com', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
      ('Subject', 'A new benefit is available in your AWS Certification account'),
      ('Date', date(w)), ('Message-ID', generic_mid('m53', 'geopod-ismtpd-1.sendgrid.net'))]
t = """Hello Minh Khoa Tran (%s),

A benefit has been added to your AWS Certification account:

  50%% discount on your next AWS Certification exam - expires 2026-03-08

To use it, sign in, open Benefits and copy the code before scheduling with
Pearson VUE.

AWS Certification
""" % NEW
add('certification', False, None, [NEW],
    'Program notice of the reissued voucher arriving minutes after the case resolution; not case mail.',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))

# 54 ---------------------------------------------------------------- friend asks
w = D(2025, 4, 11, 12, 3, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('gmail.com', 'yuta.sasaki.0711@gmail.com', '209.85.220.41', dkim_d='gmail.com', sel='20230601',
                 policy='p=NONE sp=QUARANTINE dis=NONE'),
      ('From', ad('佐々木 悠太', 'yuta.sasaki.0711@gmail.com')), ('To', ME_P),
      ('Subject', ew('AWS認定の移行どうやった？')),
      ('Date', date(w)), ('Message-ID', gmail_mid('m54'))]
t = """コアさん

転職おめでとう！
自分も来月転職するんだけど、AWS認定アカウントを会社のアドレスから個人のに
移すのってどうやった？サポートに何て書いたか教えてもらえると助かる〜
パートナー企業だと止められるって聞いたけど本当？

佐々木
"""
add('unrelated', False, None, [],
    'Friend asks (Japanese, casual) how the merge works - a question needing an answer, but not from support.',
    hs, leaf('text/plain', t, 'UTF-8', 'base64', quote_cs=False))

# 55 ---------------------------------------------------------------- owner answers friend
w = D(2025, 4, 11, 21, 37, 45)
hs, _m = gmail_sent(w, ad('佐々木 悠太', 'yuta.sasaki.0711@gmail.com'), ew('Re: AWS認定の移行どうやった？'), 'm55',
                    in_reply_to=gmail_mid('m54'), refs=gmail_mid('m54'))
new = """佐々木さん

ありがとう！手順はこんな感じだったよ。

1. 個人アドレスで Builder ID と認定アカウントを先に作る
2. Contact AWS Training and Certification のフォームで「認定 → アカウントの統合」
   を選んで、会社と個人のアドレス、残したい方、候補ID（AWSで始まる番号）を書く
3. 届いたメールに個人アドレスから返信する（会社アドレスからだとやり直しになった）
4. うちは APN パートナーだったので一度保留になって、黒木さんに紐付けを外してもらった
5. 最後に統合するアカウントの確認が来るので「Confirmed」と返信

全部で3週間くらい。退職日の直前だとギリギリなので早めがおすすめ。

コア
"""
q = '2025年4月11日(金) 12:03 佐々木 悠太 <yuta.sasaki.0711@gmail.com>:\n' + quote_gt(t)
add('user_reply', False, None, [],
    'Owner explains the whole merge procedure to a friend in Japanese (mentions confirmation, hold, Confirmed); his mail, no case.',
    hs, leaf('text/plain', new + '\n' + q, 'UTF-8', 'quoted-printable', quote_cs=False))

# 56 ---------------------------------------------------------------- Credly lookalike
w = D(2025, 4, 14, 6, 12, 55)
hs = [('Delivered-To', ME_P),
      auth_gmail('credly-badge-center.com', 'no-reply@credly-badge-center.com', '193.149.176.20',
                 policy='p=NONE sp=NONE dis=NONE', sel='mail'),
      ('From', ad('Credly', 'no-reply@credly-badge-center.com')), ('To', ME_P),
      ('Subject', 'Your AWS badge will be revoked in 72 hours - action needed'),
      ('Date', date(w)), ('Message-ID', generic_mid('m56', 'credly-badge-center.com'))]
hh = html_wrap("""<p>Hi Minh Khoa,</p>
<p>Because your AWS Certification accounts were recently merged, your badges must be re-validated.
Unvalidated badges are revoked automatically after 72 hours.</p>
<p><a href="https://credly-badge-center.com/revalidate?id=7c1e0d52">Re-validate my badges</a></p>
<p>Sign in with your Credly password and confirm your payment card to cover the $4.99 re-issue fee.</p>
<p>The Credly Team</p>""")
add('suspicious', False, None, [],
    'Credly lookalike domain that knows a merge happened; asks for password and card.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))
