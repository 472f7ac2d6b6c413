# Messages 061-076
from gen_common import *  # noqa
import gen_common as C
import html as _html

SUBJ_D = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-records' % CD


def p_html(text):
    return ''.join('<p>%s</p>' % _html.escape(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))


# 061 ---------------------------------------------------------------- D: owner answers in Japanese
d = when('2025-04-06 09:30:12')
own = """西田様

ご連絡ありがとうございます。以下のとおり回答いたします。

1. 名: \u0141ukasz  姓: Wierzbicki
   (在留カード・パスポートの表記は「WIERZBICKI \u0141UKASZ」です。証明書は
   「\u0141ukasz Wierzbicki」の順でお願いします)
2. 保有しているすべての認定(期限切れの Cloud Practitioner を含む)への
   反映を希望します。

念のため、候補 ID は AWS09912064 です。

よろしくお願いいたします。
ヴィエジビツキ ウカシュ
"""
t = own + '\n2025/04/05 10:14 に AWS Training and Certification さんは書きました:\n' + quote(C.TEXTS['infoD'], '> ')
C.TEXTS['userD1'] = own
C.IDS['userD1'] = add(d, addr(ME_NAME, ME_P), TC, 'Re: ' + SUBJ_D,
    leaf(t, cte='base64', quote_cs=False, label='UTF-8', flowed=True),
    ('user_reply', False, CD, [NEW]),
    'Owner answers case D in Japanese with the exact name',
    'Japanese owner reply; Thunderbird Japanese attribution line; base64 body',
    msgid=tb_msgid('outlook.jp'), irt=C.IDS['infoD'], refs=[C.IDS['ackD'], C.IDS['infoD']],
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja')])

# 062 ---------------------------------------------------------------- AWS marketing webinar
d = when('2025-04-07 12:00:00', UTC)
t = """Live webinar: Building generative AI applications on AWS

Thursday, April 24, 2025 | 11:00 JST | 60 minutes

Join AWS solutions architects for a walkthrough of Amazon Bedrock agents
and knowledge bases, followed by live Q&A.

Register now: https://aws.amazon.com/events/webinar-genai-apj/?trk=em_0407

Have a question for the speakers? Reply to this email and we will try to
cover it during the session.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsub
"""
add(d, 'Amazon Web Services <aws-marketing-email-replies@amazon.com>', ME_P,
    'Register now: Building generative AI applications on AWS (live webinar)',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'AWS marketing webinar invitation',
    'genuine amazon.com, "reply to this email" invitation',
    msgid=ses_msgid(d), extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://pages.awscloud.com/unsub>')],
    trace=aws_trace(d, ME_P))

# 063 ---------------------------------------------------------------- D: on hold, waiting for Pearson VUE
d = when('2025-04-08 14:20:39', UTC)
t = """Hello \u0141ukasz,

Thank you for the details. I have submitted the correction to
"\u0141ukasz Wierzbicki" for your three active certifications and for the
expired Cloud Practitioner.

The exam records themselves are held by our testing partner, Pearson VUE,
and the candidate name has to be updated on their side before new
certificates can be generated. The case is on hold until they confirm,
which normally takes 3 to 5 business days. There is nothing further you
need to send us; I will write again as soon as the hold is released.

Kind regards,
Ren Nishida
AWS Training and Certification Customer Service
"""
C.IDS['holdD'] = add(d, 'AWS Training and Certification <%s>' % TC, ME_P, SUBJ_D,
    leaf(t, cte='quoted-printable'),
    ('on_hold', False, CD, []),
    'Case D on hold until Pearson VUE updates the name',
    'pause caused by a third party, explicitly nothing to send; same agent as the keigo request, now in English',
    msgid=sf_msgid(), irt=C.IDS['userD1'], refs=[C.IDS['ackD'], C.IDS['infoD'], C.IDS['userD1']],
    trace=aws_trace(d, ME_P))

# 064 ---------------------------------------------------------------- Credly lookalike phishing
d = when('2025-04-08 20:00:03', UTC)
html = """<html><body style="font-family:Helvetica">
<p><img src="https://credly-badges.net/assets/credly.png" alt="Credly"></p>
<p>Hi,</p>
<p>Because your AWS Certification account was recently merged, the badges issued to your old profile
are scheduled to be <b>revoked on April 10</b>. To transfer them, confirm your identity with the
issuer within 48 hours.</p>
<p><a href="https://credly-badges.net/claim?ref=aws&amp;id=88413">Confirm identity and keep my badges</a></p>
<p>The Credly Team</p>
</body></html>
"""
add(d, 'Credly <no-reply@credly-badges.net>', ME_P, 'Action needed: your AWS badges will be revoked',
    leaf(html, 'html', cte='quoted-printable'),
    ('suspicious', False, None, []),
    'Credly lookalike-domain phishing timed after the merge',
    'plausible story (merge, old profile), authentication passes for the lookalike domain',
    msgid='<%s@credly-badges.net>' % rhex(16),
    trace=[('Return-Path', '<bounce@credly-badges.net>')] +
    trace_ms(d, 'credly-badges.net', 'credly-badges.net', '5.188.%d.%d' % (62, 214), 'mail.credly-badges.net'))

# 065 ---------------------------------------------------------------- Credly reminder
d = when('2025-04-09 09:00:44', UTC)
t = """Hi \u0141ukasz,

You still have a badge waiting: AWS Certified Solutions Architect -
Professional, issued by Amazon Web Services Training and Certification on
March 24, 2025.

Accept it to add it to your profile:
https://www.credly.com/badges/b71f0d42-9c3e-4a55-8e1d-3f2a6c90e418/accept

Credly, a Pearson company
"""
add(d, 'Credly <admin@credly.com>', ME_P, 'Reminder: accept your AWS Certified Solutions Architect - Professional badge',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('badge', False, None, []),
    'Credly reminder to accept the recertification badge',
    'reminder with a call to action, badge UUID',
    msgid='<%s@credly.com>' % rhex(24),
    trace=trace_ms(d, 'credly.com', 'em.credly.com', '149.72.123.5', 'o1.em.credly.com'))

# 066 ---------------------------------------------------------------- certificate ready
d = when('2025-04-10 09:30:00', MDT)
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Lukasz,</p>
<p>Your certificate for <b>AWS Certified Solutions Architect - Professional</b> is ready.</p>
<p>Validation number: 7MZ4KQ21N8B5VXEJ<br>Valid through: March 21, 2028</p>
<p>Download it from the <a href="https://www.aws.training/certification">Certifications</a> page of your
AWS Certification Account. Anyone can verify it at https://aws.amazon.com/verification.</p>
<p>AWS Certification</p>
</body></html>
"""
add(d, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P, 'Your AWS Certification certificate is ready',
    leaf(html, 'html', cte='base64'),
    ('certification', False, None, []),
    'Certificate ready after recertification',
    'certification mail during the open name-change case; looks like a case outcome but is not',
    msgid='<%s@certmetrics.com>' % rhex(24),
    trace=[('Return-Path', '<bounces+2931@em.certmetrics.com>')] +
    trace_ms(d, 'certmetrics.com', 'em.certmetrics.com', '167.89.20.78', 'o7.em.certmetrics.com'))

# 067 ---------------------------------------------------------------- Pearson VUE survey
d = when('2025-04-11 13:00:19', UTC)
t = """Dear Lukasz,

Thank you for testing with Pearson VUE on March 21, 2025. How was your
experience at Pearson Professional Centers-Fukuoka?

Tell us in a 3-minute survey: https://survey.pearsonvue.com/s/Q7H2K9

Your feedback helps us improve. This survey closes on April 25, 2025.

Pearson VUE Customer Experience
"""
add(d, 'Pearson VUE <survey@pearsonvue.com>', ME_P, 'How was your testing experience?',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'Exam vendor satisfaction survey',
    'a survey, but from the exam vendor and not about a support case',
    msgid='<%s@pearsonvue.com>' % rhex(20),
    trace=trace_ms(d, 'pearsonvue.com', 'pearsonvue.com', '159.182.2.%d' % 40, 'mx2.pearsonvue.com'))

# 068 ---------------------------------------------------------------- Builder ID sign-in alert
d = when('2025-04-12 07:41:10', UTC)
html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Builder ID was used to sign in from a new device.</p>
<table><tr><td>When</td><td>April 12, 2025, 07:41 JST</td></tr>
<tr><td>Browser</td><td>Firefox on macOS</td></tr><tr><td>Location</td><td>Fukuoka, Japan</td></tr></table>
<p>If this was you, no action is needed. If it wasn't, reset your password at https://profile.aws.amazon.com.</p>
<p>AWS Builder ID</p>
</body></html>
"""
add(d, 'AWS <no-reply@signin.aws>', ME_P, 'New sign-in to your AWS Builder ID',
    leaf(html, 'html', cte='quoted-printable'),
    ('unrelated', False, None, []),
    'Builder ID new-device sign-in alert',
    'genuine security notice with a conditional action',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P, from_dom='signin.aws'))

# 069 ---------------------------------------------------------------- sister with photo
d = when('2025-04-13 19:22:05', timezone(timedelta(hours=2)))
t = """Hej!

Dzięki za wszystko, było cudownie. Zdjęcie z Ohori-koen w załączniku,
mama już je wydrukowała :)

M.
"""
jpg = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(_b % 251 for _b in range(1500)) + b'\xff\xd9'
add(d, addr('Marta Wierzbicka', 'marta.wierzbicka@wp.pl', enc='Q', label='UTF-8'), ME_P,
    ew('Zdjęcie z parku', enc='Q', label='UTF-8'),
    multi('mixed', [leaf(t, label='UTF-8'), attach(jpg, 'image/jpeg', 'ohori_koen.jpg')]),
    ('unrelated', False, None, []),
    'Sister sends a photo (Polish, attachment)',
    'multipart/mixed with a binary attachment',
    msgid='<%s@wp.pl>' % rhex(16),
    trace=trace_ms(d, 'wp.pl', 'wp.pl', '212.77.101.9', 'mx.wp.pl'))

# 070 ---------------------------------------------------------------- new employer asks for cert details
d = when('2025-04-14 10:00:31')
t = """Hi \u0141ukasz,

Welcome aboard - great to have you starting at Kestrel Data next week!

As an AWS Partner we link our engineers' certifications to Partner
Central. Could you send me the candidate ID and the e-mail address of your
AWS Certification account by Friday? Once I have them, you will receive an
invitation to join our partner organization.

Best,
Emily Takahashi
Alliances | Kestrel Data K.K.
"""
C.IDS['emily'] = add(d, 'Emily Takahashi <e.takahashi@kestrel-data.jp>', ME_P, 'Welcome + AWS certification details for Partner Central',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'New employer asks for the certification details',
    'a real request about AWS certification, from a person who is not support',
    msgid=gmail_msgid(),
    trace=trace_ms(d, 'kestrel-data.jp', 'kestrel-data.jp', '209.85.128.%d' % 53, 'mail-wm1-f53.google.com'))

# 071 ---------------------------------------------------------------- owner answers new employer
d = when('2025-04-14 21:04:50')
own = """Hi Emily,

Thanks! Here you go:

Candidate ID: AWS09912064
E-mail: lukasz.wierzbicki@outlook.jp

One note: the name on my certificates is being corrected by AWS support
(case 48210937566), so the PDFs may still say "Lukasz" for a few days.

Best,
\u0141ukasz
"""
t = own + '\nOn 2025/04/14 10:00, Emily Takahashi wrote:\n' + quote(t, '> ')
add(d, addr(ME_NAME, ME_P), 'Emily Takahashi <e.takahashi@kestrel-data.jp>',
    'Re: Welcome + AWS certification details for Partner Central',
    leaf(t, cte='8bit', flowed=True, quote_cs=False, label='UTF-8'),
    ('user_reply', False, None, [NEW]),
    'Owner sends his candidate ID to the new employer',
    'owner mail that mentions case D by number but is not part of the case conversation',
    msgid=tb_msgid('outlook.jp'), irt=C.IDS['emily'], refs=[C.IDS['emily']],
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')])

# 072 ---------------------------------------------------------------- D: resolved, bilingual
d = when('2025-04-15 11:30:08', UTC)
own = """\u0141ukasz Wierzbicki 様

西田でございます。
Pearson VUE 側の更新が完了し、認定記録上のお名前を「\u0141ukasz Wierzbicki」に
変更いたしました。新しい証明書は、AWS 認定アカウントの「認定」ページから
ダウンロードいただけます。

なお、Credly のデジタルバッジに表示されるお名前は、Credly のプロフィール
設定から変更いただく必要がございます。

ご不明な点がございましたら、本メールにご返信ください。

---
Your name on the certification record is now "\u0141ukasz Wierzbicki". New
certificates can be downloaded from the Certifications page of your AWS
Certification Account. The name shown on Credly badges comes from your
Credly profile and can be changed there.

西田 蓮
AWS トレーニングと認定 カスタマーサービス
"""
t = (own + '\n-----Original Message-----\nFrom: lukasz.wierzbicki@outlook.jp\nSent: 4/6/2025 12:30 AM\n'
     'To: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: ' + SUBJ_D + '\n\n' + C.TEXTS['userD1'] +
     '\n-----Original Message-----\nFrom: aws-cs-trainingcertification-form@amazon.com\nSent: 4/5/2025 1:14 AM\n'
     'Subject: ' + SUBJ_D + '\n\n' + C.TEXTS['infoD'])
add(d, 'AWS Training and Certification <%s>' % TC, ME_P, SUBJ_D,
    multi('alternative', [leaf(t, cte='quoted-printable', label='UTF-8'),
                          leaf('<html><body>' + p_html(own) + '<div style="color:#666">' + p_html(t[len(own):]) + '</div></body></html>',
                               'html', cte='quoted-printable', label='UTF-8')]),
    ('resolved', False, CD, []),
    'Case D resolved: name corrected (Japanese + English)',
    'bilingual; "〜がございましたら" conditional; a Credly step for the owner that needs no reply; '
    'quoted keigo request and owner reply (with candidate ID) below',
    msgid=sf_msgid(), irt=C.IDS['holdD'], refs=[C.IDS['ackD'], C.IDS['infoD'], C.IDS['userD1'], C.IDS['holdD']],
    trace=aws_trace(d, ME_P))

# 073 ---------------------------------------------------------------- D: survey (Japanese)
d = when('2025-04-16 10:00:15', UTC)
t = """\u0141ukasz Wierzbicki 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました(ケース ID: 48210937566)。

サービス向上のため、簡単なアンケートへのご協力をお願いいたします。
所要時間は 2 分ほどです。

アンケートに回答する:
https://survey.aws.training/cs?c=48210937566&lang=ja

※このメールは送信専用アドレスからお送りしています。
AWS トレーニングと認定
"""
add(d, addr('AWS トレーニングと認定', 'cs-survey@amazon.com'), ME_P,
    ew('カスタマーサービスに関するアンケートのお願い(ケース 48210937566)'),
    leaf(t, cte='base64', label='UTF-8'),
    ('survey', False, CD, []),
    'Japanese satisfaction survey for case D',
    'Japanese polite request (ご協力をお願いいたします) that is only a survey; case number in an encoded subject',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))

# 074 ---------------------------------------------------------------- AWS billing: payment method
d = when('2025-04-16 18:00:42', UTC)
t = """Hello,

The credit card on file for AWS account 330918274455 (Visa ending in 0342)
expires at the end of April 2025. To avoid an interruption of service,
update your payment method in the Billing and Cost Management console:

https://console.aws.amazon.com/billing/home#/paymentmethods

If you have already updated your payment information, no further action
is needed.

Sincerely,
Amazon Web Services
"""
add(d, 'Amazon Web Services <%s>' % NOREPLY, ME_P, 'Action required: Your AWS payment method is expiring',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'AWS billing: card on file expiring',
    '"Action required" from the console-case sender; 12-digit account ID',
    msgid=ses_msgid(d), trace=aws_trace(d, ME_P))

# 075 ---------------------------------------------------------------- AWS marketing about certification
d = when('2025-04-17 09:00:00', UTC)
html = """<html><body style="font-family:Arial">
<h2>Ready for your next AWS Certification?</h2>
<p>Prepare with free practice question sets and exam prep courses on AWS Skill Builder. Already
certified? Use the 50% discount benefit in your AWS Certification Account for your next exam.</p>
<p><a href="https://skillbuilder.aws/exam-prep?trk=em_0417">Start preparing</a></p>
<p style="font-size:11px;color:#777">You received this email because you opted in to AWS Training and
Certification marketing. <a href="https://pages.awscloud.com/unsub">Unsubscribe</a></p>
</body></html>
"""
add(d, 'AWS Training and Certification <aws-marketing-email-replies@amazon.com>', ME_P,
    'Ready for your next AWS Certification?',
    leaf(html, 'html', cte='quoted-printable'),
    ('unrelated', False, None, []),
    'AWS marketing about exam preparation and the 50% benefit',
    'display name "AWS Training and Certification" and benefit wording, but marketing',
    msgid=ses_msgid(d), extra=[('Precedence', 'bulk')], trace=aws_trace(d, ME_P))

# 076 ---------------------------------------------------------------- newsletter
d = when('2025-04-18 08:00:00', UTC)
t = """CLOUD LEDGER WEEKLY #218

1. Support cases that close themselves: what "pending customer action"
   really means, and how not to lose a case to the auto-resolve timer.

2. Reader mail: "Support asked me to confirm which account to keep. I
   answered by replying to the no-reply address and nothing happened."

3. Cost corner: Savings Plans after a job change.

Got a story for us? Just reply to this email.

Unsubscribe: https://cloudledger.news/u/8f3a1c
"""
add(d, 'Cloud Ledger Weekly <hello@cloudledger.news>', ME_P, 'Cloud Ledger Weekly #218: cases that close themselves',
    multi('alternative', [leaf(t), leaf('<html><body>' + p_html(t) + '</body></html>', 'html')]),
    ('unrelated', False, None, []),
    'Newsletter quoting support-case phrases',
    'quoted "confirm which account to keep" and auto-resolve talk inside a newsletter',
    msgid='<%s@mail.cloudledger.news>' % rhex(20),
    extra=[('List-Unsubscribe', '<https://cloudledger.news/u/8f3a1c>'), ('Precedence', 'bulk')],
    trace=trace_ms(d, 'cloudledger.news', 'mail.cloudledger.news', '198.2.180.14', 'mail180-14.suw21.mandrillapp.com'))
