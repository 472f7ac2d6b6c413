# Messages 031-040
from gen_common import *  # noqa
import gen_common as C
import html as _html

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA


def p_html(text):
    return ''.join('<p>%s</p>' % _html.escape(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))


# 031 ---------------------------------------------------------------- A: closing notice quoting the request
d = when('2025-03-17 09:05:00', UTC)
t = """Hello,

We are following up on case 174099312004417. On March 12 we asked you to
confirm the account merge and have not yet received an answer.

If we do not hear from you within 3 business days, this case will be
closed. To keep it open, simply reply to this message; a reply sent after
the case has closed will reopen it.

Best regards,
AWS Training and Certification Customer Service

---------- Previous message ----------
""" + quote(C.TEXTS['confA_text'], '> ')
C.TEXTS['closeA'] = t
C.IDS['closeA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    leaf(t, cte='quoted-printable'),
    ('closing_notice', True, CA, []),
    'Case A: will be closed in 3 business days unless the owner answers',
    'closing notice sitting above the quoted confirmation request (which carries both candidate IDs)',
    msgid=sf_msgid(), irt=C.IDS['confA'], refs=[C.IDS['ackA'], C.IDS['confA']], trace=aws_trace(d, ME_P))

# 032 ---------------------------------------------------------------- owner confirms
d = when('2025-03-17 21:48:15')
own = """Hello,

Confirmed: both accounts are mine. Please merge Account #2 (AWS02318745)
into Account #1 (AWS09912064) and keep lukasz.wierzbicki@outlook.jp as the
login.

Sorry for the slow answer, I was travelling last week.

\u0141ukasz Wierzbicki
"""
t = own + '\nOn 2025/03/17 9:05, Amazon Web Services wrote:\n' + quote(t, '> ')
C.TEXTS['userA3'] = own
C.IDS['userA3'] = add(d, addr(ME_NAME, ME_P), TC, 'Re: ' + SUBJ_A,
    leaf(t, cte='8bit', flowed=True, quote_cs=False, label='UTF-8'),
    ('user_reply', False, CA, [OLD, NEW]),
    'Owner confirms the merge of #2 into #1',
    'owner\'s own reply; IDs in own text and again in two levels of quoting',
    msgid=tb_msgid('outlook.jp'), irt=C.IDS['closeA'], refs=[C.IDS['ackA'], C.IDS['confA'], C.IDS['closeA']],
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')])

# 033 ---------------------------------------------------------------- Pearson VUE reminder
d = when('2025-03-18 07:00:00', UTC)
t = """Hello Lukasz,

This is a reminder of your upcoming exam appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Friday, March 21, 2025, 10:00 JST
Location: Pearson Professional Centers-Fukuoka
Registration ID: 418276530

Need to make a change? Rescheduling or cancelling is possible until 24
hours before your appointment at https://home.pearsonvue.com/aws.

Good luck!
Pearson VUE
"""
add(d, 'Pearson VUE <PearsonVUEConfirmation@pearson.com>', ME_C,
    'Reminder: Your AWS Certified Solutions Architect - Professional exam is in 3 days',
    multi('alternative', [leaf(t, cte='7bit', quote_cs=False), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'Exam vendor reminder',
    'exam vendor, AWS exam name, 9-digit registration ID',
    msgid='<%s@pearson.com>' % rhex(22),
    trace=trace_google(d, 'pearson.com', 'bounce@pearson.com', '159.182.1.23', 'mx1.pearson.com', sel='pvue'))

# 034 ---------------------------------------------------------------- A: resolved, quoting history
d = when('2025-03-18 11:26:40', UTC)
own = """Hello \u0141ukasz,

Good news: the merge is complete. Everything that was under Account #2
(exam history, the three active certifications and your 50% exam discount
benefit) now sits in Account #1, AWS09912064. From now on sign in with
lukasz.wierzbicki@outlook.jp; the company login no longer opens a
certification account.

Credly can take up to 48 hours to show the badges under your personal
address, and AWS Partner Central may need a few days to drop the old
record.

No further action is required on your side. Should something look wrong
when you check your account, reply to this e-mail within the next 14 days
and we will take another look.

Best regards,
Amara
AWS Training and Certification Customer Service
"""
t = (own + '\n-----Original Message-----\nFrom: lukasz.wierzbicki@outlook.jp\nSent: 3/17/2025 12:48 PM\n'
     'To: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: ' + SUBJ_A + '\n\n' + C.TEXTS['userA3'] +
     '\n-----Original Message-----\nFrom: aws-cs-trainingcertification-form@amazon.com\nSent: 3/12/2025 8:44 AM\n'
     'To: lukasz.wierzbicki@outlook.jp\nSubject: ' + SUBJ_A + '\n\n' + C.TEXTS['confA_text'] + '\n')
C.TEXTS['resA'] = own
html = ('<html><body style="font-family:Arial;font-size:14px">' + p_html(own) +
        '<hr><div style="color:#555">' + p_html(t[len(own):]) + '</div></body></html>')
C.IDS['resA'] = add(d, 'Amazon Web Services <%s>' % TC, ME_P, SUBJ_A,
    multi('alternative', [leaf(t), leaf(html, 'html')]),
    ('resolved', False, CA, [NEW]),
    'Case A: merge complete',
    'conditional "reply within 14 days if something looks wrong"; quotes the owner\'s confirmation '
    'and the full Account #1/#2 request (unprefixed, Outlook style)',
    msgid=sf_msgid(), irt=C.IDS['userA3'], refs=[C.IDS['ackA'], C.IDS['confA'], C.IDS['userA3']],
    trace=aws_trace(d, ME_P))

# 035 ---------------------------------------------------------------- Credly badge
d = when('2025-03-18 11:41:09', UTC)
t = """\u0141ukasz, you have new badges waiting

Amazon Web Services Training and Certification has issued the following
badges to lukasz.wierzbicki@outlook.jp:

  * AWS Certified Solutions Architect - Professional
  * AWS Certified Developer - Associate
  * AWS Certified Security - Specialty

Accept your badges to share them on LinkedIn and other networks:
https://www.credly.com/badges/3e9b1c07-52a4-4f0e-9d2b-8a61f04c7d55/accept

Credly, a Pearson company
"""
html = ('<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>'
        '<h2>\u0141ukasz, you have new badges waiting</h2>'
        '<p>Amazon Web Services Training and Certification has issued the following badges to '
        'lukasz.wierzbicki@outlook.jp:</p><ul><li>AWS Certified Solutions Architect - Professional</li>'
        '<li>AWS Certified Developer - Associate</li><li>AWS Certified Security - Specialty</li></ul>'
        '<p><a href="https://www.credly.com/badges/3e9b1c07-52a4-4f0e-9d2b-8a61f04c7d55/accept" '
        'style="background:#ff6b00;color:#fff;padding:10px 20px">Accept badges</a></p>'
        '<p style="font-size:11px;color:#777">Credly, a Pearson company</p></td></tr></table></body></html>')
add(d, 'Credly <admin@credly.com>', ME_P, ew_tail('\u0141ukasz, you have new badges from Amazon Web Services Training and Certification'),
    multi('alternative', [leaf(t), leaf(html, 'html')]),
    ('badge', False, None, []),
    'Credly: badges re-issued to the personal address after the merge',
    'arrives minutes after the resolution; badge UUID in a link',
    msgid='<%s@credly.com>' % rhex(24),
    trace=trace_ms(d, 'credly.com', 'em.credly.com', '149.72.%d.%d' % (123, 4), 'o1.em.credly.com'))

# 036 ---------------------------------------------------------------- survey for case A
d = when('2025-03-19 10:00:12', UTC)
t = """Dear customer,

Recently you contacted AWS Training and Certification Customer Service
about case 174099312004417 (account-assistance).

How satisfied were you with the support you received?

  Very satisfied     https://survey.aws.training/cs?c=174099312004417&r=5
  Satisfied          https://survey.aws.training/cs?c=174099312004417&r=4
  Neutral            https://survey.aws.training/cs?c=174099312004417&r=3
  Dissatisfied       https://survey.aws.training/cs?c=174099312004417&r=2
  Very dissatisfied  https://survey.aws.training/cs?c=174099312004417&r=1

The survey takes about two minutes. Replies to this address are not
monitored.

Thank you,
AWS Training and Certification
"""
add(d, 'AWS Training and Certification <cs-survey@amazon.com>', ME_P,
    'How did we do? Your AWS Training and Certification case %s' % CA,
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('survey', False, CA, []),
    'Satisfaction survey for case A',
    'case number in subject and body, question marks, but a survey',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))

# 037 ---------------------------------------------------------------- owner forwards resolution to colleague
d = when('2025-03-19 12:15:31')
own = """中村さん

マージ完了の連絡が来たので共有します。Partner Central の件、ありがとう
ございました。パートナー側の認定者数は数日後に更新されるそうです。

ヴィエジビツキ
"""
t = (own + '\n-------- Forwarded Message --------\nSubject: \t' + SUBJ_A +
     '\nDate: \tTue, 18 Mar 2025 11:26:40 +0900\nFrom: \tAmazon Web Services <' + TC + '>\nTo: \t' + ME_P + '\n\n\n' +
     C.TEXTS['resA'])
add(d, addr(ME_NAME, ME_P), addr('中村 さやか', 's.nakamura@hakata-cloudworks.co.jp'), 'Fwd: ' + SUBJ_A,
    leaf(t, cte='8bit', quote_cs=False, label='UTF-8'),
    ('user_reply', False, CA, []),
    'Owner forwards the merge confirmation to the partner admin (Japanese note)',
    'forward keeps the case token; the forwarded body (with a candidate ID, "merge is complete") is not new text',
    msgid=tb_msgid('outlook.jp'),
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja')])

# 038 ---------------------------------------------------------------- HR offboarding (company)
d = when('2025-03-21 10:30:00')
t = """ヴィエジビツキ ウカシュ さん

人事総務部の井上です。退職手続きについてご案内します。

1. 貸与 PC・社員証・入館カードは 3月31日(月) 17 時までに総務へご返却ください。
2. 会社のメールアカウントは 3月31日 23:59 に停止します。必要なデータは
   事前に個人の環境へ移してください(業務データは除く)。
3. 源泉徴収票は 4月中旬に、ご登録の住所へ郵送します。

ご不明点があれば本メールへ返信してください。

井上 真理子
人事総務部 / Hakata Cloudworks K.K.
"""
add(d, addr('井上 真理子', 'm.inoue@hakata-cloudworks.co.jp'), ME_C, ew('【人事】退職手続きのご案内'),
    leaf(t, cte='base64', label='UTF-8'),
    ('unrelated', False, None, []),
    'HR offboarding instructions (company mailbox closes on 31 March)',
    'instructions and a "reply if unclear" line from HR, not support',
    msgid=gmail_msgid(),
    trace=trace_google(d, 'hakata-cloudworks.co.jp', 'm.inoue@hakata-cloudworks.co.jp', '209.85.220.41',
                       'mail-sor-f41.google.com', sel='google'))

# 039 ---------------------------------------------------------------- exam result
d = when('2025-03-22 06:12:44', MDT)
t = """Congratulations, Lukasz!

You passed the AWS Certified Solutions Architect - Professional exam
(SAP-C02) that you took on March 21, 2025.

Score: 812 (passing score: 750)
Candidate ID: AWS09912064

Your recertification is complete: the certification is now valid through
March 21, 2028. Your digital badge and a new 50% discount benefit for your
next exam will appear in your AWS Certification Account within five
business days.

AWS Certification
"""
add(d, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P,
    'Your AWS Certification exam results are available',
    multi('alternative', [leaf(t, cte='base64'), leaf('<html><body>' + p_html(t) + '</body></html>', 'html', cte='base64')]),
    ('certification', False, None, [NEW]),
    'Exam result: SAP passed, recertified',
    'congratulations plus benefit news; looks like a "resolved" but is program mail',
    msgid='<%s@certmetrics.com>' % rhex(24),
    trace=[('Return-Path', '<bounces+2931@em.certmetrics.com>')] +
    trace_ms(d, 'certmetrics.com', 'em.certmetrics.com', '167.89.20.78', 'o7.em.certmetrics.com'),
    crlf=True)

# 040 ---------------------------------------------------------------- certmetrics exam feedback
d = when('2025-03-23 09:00:00', MDT)
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Lukasz,</p>
<p>You recently sat an AWS Certification exam. Your opinion shapes future exams: would you answer
eight short questions about the exam content and your test-center experience?</p>
<p><a href="https://www.certmetrics.com/amazon/survey.aspx?s=SAP-C02&amp;t=%s">Take the survey</a></p>
<p>Your answers are anonymous and will not affect your score.</p>
<p>AWS Certification</p>
</body></html>
""" % rhex(12)
add(d, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P, 'AWS Certification would like your feedback',
    leaf(html, 'html', cte='quoted-printable'),
    ('certification', False, None, []),
    'CertMetrics feedback request about the exam',
    'a feedback/survey mail that is certification program mail, not a support-case survey',
    msgid='<%s@certmetrics.com>' % rhex(24),
    trace=[('Return-Path', '<bounces+2931@em.certmetrics.com>')] +
    trace_ms(d, 'certmetrics.com', 'em.certmetrics.com', '167.89.20.79', 'o7.em.certmetrics.com'))
