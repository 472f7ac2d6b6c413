# Messages 051-060
from gen_common import *  # noqa
import gen_common as C
import html as _html

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA
SUBJ_C = 'RE:[CASE %s] Exam discount benefit missing after certification account merge' % CC
SUBJ_D = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-records' % CD
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CC


def p_html(text):
    return ''.join('<p>%s</p>' % _html.escape(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))


def console_mail(corr, footer=True):
    t = ('Hello,\n\nYou have received a reply to your case %s.\n\nTo see this reply and respond, visit the AWS '
         'Support Center:\n%s\n\nCorrespondence:\n%s\n\n' % (CC, CONSOLE, corr))
    if footer:
        t += ('We value your feedback. Rate this reply in the Support Center by choosing\nthe stars in the top '
              'right corner of the correspondence.\n\n')
    t += 'Please note: this mailbox cannot accept incoming e-mails.\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc.\n'
    return t


# 051 ---------------------------------------------------------------- C: auto-resolve warning
d = when('2025-04-01 00:30:05', UTC)
t = """Hello,

We haven't heard from you on case 174280920700162 since our reply of
March 25.

This is an automated reminder: if there is no response in the Support
Center within the next 3 days, the case will be resolved automatically. A
resolved case can be reopened from the Support Center for 14 days; after
that a new case is needed.

Respond here:
%s

Please note: this mailbox cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
""" % CONSOLE
add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P, SUBJ_C,
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('closing_notice', True, CC, []),
    'Case C: will auto-resolve in 3 days without a Support Center answer',
    'the owner\'s e-mail answer bounced, so support is still waiting; answer must go through the console',
    msgid=ses_msgid(d), irt=C.IDS['infoC'], refs=[C.IDS['ackC'], C.IDS['infoC']], trace=aws_trace(d, ME_P))

# 052 ---------------------------------------------------------------- A: owner confirms third account (phone)
d = when('2025-04-01 07:55:48')
own = """Yes, that university account is mine as well. Go ahead and merge it into
#1.

\u0141ukasz
"""
hdr = """________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 31, 2025 7:02:37 PM
To: lukasz.wierzbicki@outlook.jp <lukasz.wierzbicki@outlook.jp>
Subject: %s

""" % SUBJ_A
t = own + '\nGet Outlook for iOS<https://aka.ms/o0ukef>\n' + hdr + C.TEXTS['confA2']
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div dir="ltr">' + p_html(own) + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt">'
        '<b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>'
        '<b>Sent:</b> Monday, March 31, 2025 7:02:37 PM<br><b>To:</b> lukasz.wierzbicki@outlook.jp<br><b>Subject:</b> ' + SUBJ_A +
        '</font><div>&nbsp;</div></div><div>' + p_html(C.TEXTS['confA2']) + '</div></body></html>')
C.IDS['userA5'] = add(d, addr(ME_NAME, ME_P), TC, 'RE: ' + SUBJ_A,
    multi('alternative', [leaf(t, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')],
          boundary='_000_%s_' % ('TYCP286MB' + rup(20))),
    ('user_reply', False, CA, []),
    'Owner gives the go-ahead for the third account, from his phone',
    'two-line reply over an unprefixed quoted confirmation request with candidate IDs',
    msgid=outlook_msgid(), irt=C.IDS['confA2'], refs=[C.IDS['ackA'], C.IDS['userA4'], C.IDS['confA2']],
    extra=[('Thread-Topic', SUBJ_A), ('Thread-Index', 'AQHbj' + rb64(24)),
           ('Accept-Language', 'en-US, ja-JP'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')])

# 053 ---------------------------------------------------------------- re:Post answer
d = when('2025-04-01 09:10:26', UTC)
t = """A new answer was posted to your question.

Question: Do Credly badges move when AWS certification accounts are merged?

Answer by EXPERT (a re:Post community expert):
"Yes. When Training and Certification support merges two certification
accounts, the badges of the merged account are issued again to the
address of the account you keep. Expired certifications do not get a new
badge."

View the answer and accept it if it solved your problem:
https://repost.aws/questions/QU8xK2mJ7fR0aW3L4pTzq9Vg

You are receiving this because you follow this question. Manage
notifications: https://repost.aws/profile/notifications
"""
add(d, '"AWS re:Post" <no-reply@repost.aws>', ME_P, 'New answer: Do Credly badges move when AWS certification accounts are merged?',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    're:Post notification: someone answered the owner\'s question about merges',
    'AWS-run site, merge vocabulary, a call to accept the answer',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P, from_dom='repost.aws'))

# 054 ---------------------------------------------------------------- A: resolved again
d = when('2025-04-02 10:20:14', UTC)
t = """Hello \u0141ukasz,

Thank you for the confirmation. Account #3 (AWS07730219) has been merged
into your account AWS09912064. Your 2019 Cloud Practitioner exam now shows
in the exam history, marked as expired.

That completes everything on this case, so I am closing it again.

Regards,
Amara
AWS Training and Certification Customer Service
"""
C.IDS['resA2'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    leaf(t, cte='quoted-printable'),
    ('resolved', False, CA, [UNI, NEW]),
    'Case A: third account merged, case closed again',
    'short resolution after a reopen; "closing" wording that is not a closing notice',
    msgid=sf_msgid(), irt=C.IDS['userA5'], refs=[C.IDS['ackA'], C.IDS['confA2'], C.IDS['userA5']],
    trace=aws_trace(d, ME_P))

# 055 ---------------------------------------------------------------- C: passed to benefits team
d = when('2025-04-02 15:00:41', UTC)
corr = """Hello \u0141ukasz,

Thank you for adding the registration ID in the Support Center. I have
passed the details to our Certification Benefits team, who are the only
ones able to reissue vouchers; this usually takes 2-3 business days. I
will update this case as soon as I hear back.

Best regards,
Sofia D.
Amazon Web Services"""
add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P, SUBJ_C,
    multi('alternative', [leaf(console_mail(corr)), leaf('<html><body>' + p_html(console_mail(corr)) + '</body></html>', 'html')]),
    ('case_update', False, CC, []),
    'Case C: passed to the Certification Benefits team',
    'console wrapper says "visit ... and respond" although the agent asks nothing',
    msgid=ses_msgid(d), irt=C.IDS['infoC'], refs=[C.IDS['ackC'], C.IDS['infoC']], trace=aws_trace(d, ME_P))

# 056 ---------------------------------------------------------------- spoofed amazon.com, dmarc=fail
d = when('2025-04-03 03:30:09', UTC)
t = """Hello,

Following the recent merge of your AWS Certification accounts, our system
flagged that the merged profile has not been re-validated. Profiles that
are not re-validated within 24 hours are locked, and the certifications in
them are revoked.

Re-validate here:
https://aws-training.certification-revalidate.com/signin?case=174120000391845

Alternatively, reply to this e-mail with the e-mail address and password
of your AWS Builder ID and we will re-validate the profile for you.

AWS Training and Certification Customer Service
"""
add(d, 'AWS Training and Certification <%s>' % TC, ME_P,
    'RE:[CASE 174120000391845] [AWS Training and Certification Form Submission] - account-assistance',
    multi('alternative', [leaf(t, cte='7bit', quote_cs=False), leaf('<html><body>' + p_html(t) + '</body></html>', 'html', cte='7bit', quote_cs=False)]),
    ('suspicious', False, None, []),
    'Spoof of the genuine form-case sender with a case-style subject',
    'real AWS From address and subject format; only Authentication-Results (spf/dmarc fail, no DKIM) give it away',
    msgid='<%s@amazon.com>' % rhex(20),
    trace=[('Return-Path', '<%s>' % TC)] +
    trace_ms(d, 'amazon.com', 'amazon.com', '91.215.85.%d' % 140, 'srv-4471.hosted-vps.net', spf='fail', dk='none',
             dmarc='fail'),
    extra=[('X-Mailer', 'Microsoft Outlook 16.0')])

# 057 ---------------------------------------------------------------- D: ack (HTML only)
d = when('2025-04-03 11:15:27', UTC)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello \u0141ukasz Wierzbicki,</p>
<p>Thank you for contacting AWS Training and Certification. We have received your request and created
case <b>48210937566</b>. A member of our team will reply, usually within 24 hours.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td>Case ID</td><td>48210937566</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Name change</td></tr>
<tr><td>Description</td><td>After the merge of my certification accounts (case 174099312004417) I noticed
that my certificates print my first name as "Lukasz". My legal name is \u0141ukasz (with \u0141). Could the
name on my certification record and certificates be corrected?</td></tr>
</table>
<p>To avoid delays, please do not open another case for the same request. If you have details to add,
you can reply to this email.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>
"""
C.IDS['ackD'] = add(d, 'AWS Training and Certification <%s>' % TC, ME_P, SUBJ_D,
    leaf(html, 'html', cte='base64'),
    ('acknowledgement', False, CD, []),
    'Case D opened (11-digit case number): name correction on certificates',
    'HTML-only base64; 11-digit case number next to the 15-digit number of case A; owner\'s question echoed',
    msgid=sf_msgid(), trace=aws_trace(d, ME_P))

# 058 ---------------------------------------------------------------- C: resolved
d = when('2025-04-04 16:40:02', UTC)
corr = """Hello \u0141ukasz,

Good news: the Certification Benefits team has reissued the 50% discount
voucher earned with your exam of 14 September 2022. It now appears under
Benefits in AWS09912064 and is valid until 14 September 2025. Together
with the benefit from your March recertification you now hold two
vouchers.

I am marking this case as resolved. If you need anything else on this
topic, you can reopen it from the Support Center within 14 days.

Best regards,
Sofia D.
Amazon Web Services"""
add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P, SUBJ_C,
    multi('alternative', [leaf(console_mail(corr)), leaf('<html><body>' + p_html(console_mail(corr)) + '</body></html>', 'html')]),
    ('resolved', False, CC, [NEW]),
    'Case C resolved: voucher reissued',
    'console wrapper with "respond" link and rating footer around a resolution; conditional reopen',
    msgid=ses_msgid(d), irt=C.IDS['infoC'], refs=[C.IDS['ackC'], C.IDS['infoC']], trace=aws_trace(d, ME_P))

# 059 ---------------------------------------------------------------- D: info request in Japanese keigo
d = when('2025-04-05 10:14:33')
t = """\u0141ukasz Wierzbicki 様

AWS トレーニングと認定 カスタマーサービスの西田でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定記録上のお名前は、公的な身分証明書の表記と一致している必要がございます。
また、Pearson VUE の試験記録とも照合を行うため、ご本人様からの確認を
お願いしております。

つきましては、お手数ではございますが、以下の 2 点を本メールへのご返信にて
お知らせいただけますでしょうか。

1. 証明書への記載を希望されるお名前(身分証明書と同一の表記、姓と名の順序を含む)
2. 変更を希望される認定資格の名称(すべての認定への反映をご希望の場合はその旨)

なお、身分証明書の画像をお送りいただく必要はございません。

ご確認のほど、よろしくお願いいたします。

西田 蓮
AWS トレーニングと認定 カスタマーサービス
"""
C.TEXTS['infoD'] = t
C.IDS['infoD'] = add(d, 'AWS Training and Certification <%s>' % TC, ME_P, SUBJ_D,
    leaf(t, cte='base64', label='UTF-8'),
    ('info_request', True, CD, []),
    'Case D: Japanese agent asks (keigo) for the exact name and the certifications to change',
    'Japanese keigo request (〜いただけますでしょうか) followed by a "you need not send" line',
    msgid=sf_msgid(), irt=C.IDS['ackD'], refs=[C.IDS['ackD']], trace=aws_trace(d, ME_P))

# 060 ---------------------------------------------------------------- GitHub Actions failure
d = when('2025-04-05 22:00:51', UTC)
t = """[lwierzbicki/dotfiles] Run failed: CI - main (4f2c9e1)

CI: All jobs have failed

lint       failed in 14 seconds
shellcheck failed in 9 seconds

View workflow run: https://github.com/lwierzbicki/dotfiles/actions/runs/13692840571

You are receiving this because this workflow ran on your default branch.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
"""
add(d, 'GitHub <notifications@github.com>', addr(ME_NAME, ME_P),
    '[lwierzbicki/dotfiles] Run failed: CI - main (4f2c9e1)',
    multi('alternative', [leaf(t, cte='7bit', quote_cs=False), leaf('<html><body>' + p_html(t) + '</body></html>', 'html', cte='7bit', quote_cs=False)],
          boundary='--==_mimepart_67f1a2b3c4d5e_6f7a88'),
    ('unrelated', False, None, []),
    'GitHub Actions failure on a personal repository',
    '11-digit run number in a URL',
    msgid='<lwierzbicki/dotfiles/check-suites/CS_kwDOL%s/1743890451@github.com>' % rup(8),
    extra=[('X-GitHub-Reason', 'ci_activity')],
    trace=trace_ms(d, 'github.com', 'github.com', '192.30.252.206', 'out-23.smtp.github.com'))
