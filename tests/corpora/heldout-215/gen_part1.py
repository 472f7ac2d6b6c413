# Messages 1-12: the 2023 duplicate-profile case, then Feb 2025 preparation.
from gen_part0 import *

# 1 ---------------------------------------------------------------- C0 ack (2023)
w = D(2023, 11, 6, 14, 22, 41)
hs, M1 = aws_mail(w, ad('Khoa Tran', ME_C), 'RE:[CASE %s] %s' % (C0, FORM_SUBJ), 'm1',
                  from_name='Amazon Web Services')
body = """Hello Khoa,

Thanks for reaching out to AWS Training and Certification. Your inquiry is now
logged as case %s and is waiting for the next available member of our team.

A copy of what you submitted:

    Case ID:            %s
    Inquiry type:       Certification
    Additional details: Account Merge
    Candidate ID(s):    %s, %s
    Contact email:      %s
    Description:        Signing in through AWS Partner Central created a second,
                        empty certification profile under my work address. Please
                        fold the empty one into my original profile.

Most inquiries get a first answer within one business day; some need a little
longer to investigate. Submitting the same question again under a new case will
not make it faster and can delay the answer.

Best regards,
AWS Training and Certification Customer Service
""" % (C0, C0, OLD, DUP, ME_C)
add('acknowledgement', False, C0, [OLD, DUP],
    'C0 (2023, 11-digit id) receipt. Form echo carries both candidate IDs (counted: echo is the mail\'s own text). "will not make it faster" line is advice, not a request.',
    hs, leaf('text/plain', body, 'us-ascii', '7bit'), crlf=True)

# 2 ---------------------------------------------------------------- C0 confirm (2023)
w = D(2023, 11, 7, 9, 3, 12)
hs, M2 = aws_mail(w, ad('Khoa Tran', ME_C), 'RE:[CASE %s] %s' % (C0, FORM_SUBJ), 'm2',
                  from_name='AWS Training and Certification', in_reply_to=M1, refs=M1)
body2 = """Hi Khoa,

I looked up both certification profiles registered to %s:

 - %s : 3 active certifications, exam history from 2021 onwards
 - %s : created 30 Oct 2023, no exams, no benefits

The plan would be to keep the first one and fold the empty profile into it.
After the merge the empty profile no longer exists; you keep signing in with
your Builder ID exactly as today.

Does that match what you want? A short yes is enough for me to go ahead.

Regards,
Ravi
AWS Training and Certification
""" % (ME_C, OLD, DUP)
add('confirmation_request', True, C0, [OLD, DUP],
    'C0 agent asks to confirm which profile survives; terse plain text, the ask is a question ("Does that match...?") with no "please".',
    hs, leaf('text/plain', body2, 'us-ascii', '7bit'))

# 3 ---------------------------------------------------------------- C0 resolved (2023)
w = D(2023, 11, 8, 16, 40, 5)
hs, M3 = aws_mail(w, ad('Khoa Tran', ME_C), 'RE: [CASE %s] %s' % (C0, FORM_SUBJ), 'm3',
                  from_name='AWS Training and Certification', in_reply_to='<TYCPR01MB7712A0C3F1D2@TYCPR01MB7712.jpnprd01.prod.outlook.com>',
                  refs='%s %s <TYCPR01MB7712A0C3F1D2@TYCPR01MB7712.jpnprd01.prod.outlook.com>' % (M1, M2))
body3 = """Hi Khoa,

Done - the empty profile has been folded into your main certification
account. Nothing changes in how you sign in, and your Credly badges are not
affected.

If something looks off, just reply here.

Regards,
Ravi
AWS Training and Certification

-----Original Message-----
From: Khoa Tran <%s>
Sent: Wednesday, November 8, 2023 10:15 AM
To: AWS Training and Certification <%s>
Subject: RE: [CASE %s] %s

Yes, please go ahead and keep %s.

Khoa

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, November 7, 2023 9:03 AM
To: Khoa Tran <%s>
Subject: RE:[CASE %s] %s

%s""" % (ME_C, TC, C0, FORM_SUBJ, OLD, TC, ME_C, C0, FORM_SUBJ, body2)
add('resolved', False, C0, [],
    'C0 done. Outlook "-----Original Message-----" history below holds the old confirmation question and both candidate IDs (not counted). Conditional "If something looks off, just reply".',
    hs, leaf('text/plain', body3, 'us-ascii', 'quoted-printable', quote_cs=False), crlf=True)

# 4 ---------------------------------------------------------------- GitHub merged PR
w = D(2025, 2, 3, 11, 4, 19, UTC)
mid = '<tenjin-cloudworks/iac-modules/pull/212/issue_event/16188203447@github.com>'
hs = [('Delivered-To', ME_C),
      auth_m365('github.com', 'github.com', '192.30.252.201'),
      ('Date', date(w)), ('From', ad('Ren Sato', 'notifications@github.com')),
      ('Reply-To', 'tenjin-cloudworks/iac-modules <reply+AB3F9QZK5JH2@reply.github.com>'),
      ('To', 'tenjin-cloudworks/iac-modules <iac-modules@noreply.github.com>'),
      ('Cc', 'Khoa Tran <%s>, Review requested <review_requested@noreply.github.com>' % ME_C),
      ('Message-ID', mid),
      ('In-Reply-To', '<tenjin-cloudworks/iac-modules/pull/212@github.com>'),
      ('References', '<tenjin-cloudworks/iac-modules/pull/212@github.com>'),
      ('Subject', 'Re: [tenjin-cloudworks/iac-modules] Merge account-baseline refactor into main (PR #212)'),
      ('List-ID', 'tenjin-cloudworks/iac-modules <iac-modules.tenjin-cloudworks.github.com>'),
      ('List-Unsubscribe', '<mailto:unsub+AB3F9QZK5JH2@reply.github.com>'),
      ('X-GitHub-Sender', 'ren-sato'), ('X-GitHub-Reason', 'review_requested'),
      ('X-GitHub-Recipient-Address', ME_C)]
t = """Merged #212 into main.

The account-baseline module now merges the per-account guardrails into one
stack. Closing the linked issue #198 as resolved.

--
Reply to this email directly, view it on GitHub:
https://github.com/tenjin-cloudworks/iac-modules/pull/212#event-16188203447
You are receiving this because your review was requested.
"""
hh = html_wrap('<p>Merged <a href="https://github.com/tenjin-cloudworks/iac-modules/pull/212">#212</a> into main.</p>'
               '<p>The account-baseline module now merges the per-account guardrails into one stack. Closing the linked issue #198 as resolved.</p>'
               '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tenjin-cloudworks/iac-modules/pull/212#event-16188203447">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>')
add('unrelated', False, None, [],
    'GitHub "Merged #212", "account", "resolved", "Reply to this email directly" - a merge that is not an account merge.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', '7bit', quote_cs=False),
                              leaf('text/html', hh, 'UTF-8', '7bit', quote_cs=False)], '--==_mimepart_67a0a25b9e1_1f3c'))

# 5 ---------------------------------------------------------------- HR exit (ISO-2022-JP)
w = D(2025, 2, 5, 13, 30, 0)
hs = [auth_m365('tenjin-cloudworks.co.jp', 'tenjin-cloudworks.co.jp', '40.107.74.82'),
      ('From', ad('人事部 総務課', 'jinji@tenjin-cloudworks.co.jp', 'iso-2022-jp')),
      ('To', ad('チャン ミン コア', ME_C, 'iso-2022-jp')),
      ('Subject', ew('【人事】退職手続きのご案内（3月31日付）', 'iso-2022-jp')),
      ('Date', date(w)), ('Message-ID', outlook_mid('m5')),
      ('Accept-Language', 'ja-JP'), ('Content-Language', 'ja-JP')]
t = """チャンさん

お疲れさまです。人事部の藤井です。
3月31日付のご退職に伴う手続きについてご案内します。

1. 退職届（原本）の提出　… 3月14日（金）まで
2. 健康保険証・社員証・PC・入館カードの返却　… 最終出社日
3. 各種社内アカウントの停止　… 3月31日 18:00
   （メールアドレス khoa.tran@tenjin-cloudworks.co.jp も同時に停止します）

会社アドレスで登録している外部サービスがある場合は、
停止日までにご自身で登録先の変更をお願いします。

退職届の提出方法（郵送または持参）について、本メールにご返信ください。

人事部 総務課　藤井 真由美
内線 2104
"""
add('unrelated', False, None, [],
    'Company HR in ISO-2022-JP asks for a reply (how the form will be sent) - a real request, but not to AWS support.',
    hs, leaf('text/plain', t, 'ISO-2022-JP', '7bit', quote_cs=False), crlf=True)

# 6 ---------------------------------------------------------------- Builder ID code
w = D(2025, 2, 6, 21, 2, 44)
hs = [('Delivered-To', ME_P),
      auth_gmail('signin.aws', '01000194da3c6b12-verify@mail.signin.aws', '54.240.3.12', sel='xplzuhjr4seloozmmorg6obznvt7ijlt'),
      ('From', ad('AWS Builder ID', 'no-reply@signin.aws')), ('To', ME_P),
      ('Subject', 'Verify your AWS Builder ID email address'),
      ('Date', date(w)), ('Message-ID', ses_mid('m6', w))]
hh = html_wrap('<h2>Verify your email address</h2><p>Hello Khoa Tran,</p>'
               '<p>To finish creating your AWS Builder ID, enter this verification code:</p>'
               '<p style="font-size:28px;letter-spacing:4px"><b>604517</b></p>'
               '<p>The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.</p>'
               '<p style="color:#687078;font-size:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
               'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>')
add('unrelated', False, None, [],
    'Builder ID one-time code (6 digits) from signin.aws; HTML only.',
    hs, leaf('text/html', hh, 'UTF-8', 'quoted-printable', quote_cs=False))

# 7 ---------------------------------------------------------------- new cert account (certmetrics)
w = D(2025, 2, 6, 21, 19, 3)
hs = [('Delivered-To', ME_P),
      auth_gmail('certmetrics.com', 'bounces+9928171-2b7e-%s=gmail.com@em4412.certmetrics.com' % ME_P.split('@')[0],
                 '167.89.118.40', dkim_d='certmetrics.com', sel='s1', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
      ('Subject', 'Your AWS Certification account is ready'),
      ('Date', date(w)), ('Message-ID', generic_mid('m7', 'geopod-ismtpd-3.sendgrid.net'))]
t = """Hello Minh Khoa Tran,

Your AWS Certification account has been created.

    Candidate ID: %s

Keep this ID handy: you will need it when you schedule exams and when you
contact AWS Training and Certification about your account.

From your account you can schedule exams, view your exam history and
certifications, download certificates and use your certification benefits.

Sign in: https://www.aws.training/Certification

AWS Certification
""" % NEW
add('certification', False, None, [NEW],
    'CertMetrics notice of the new personal certification account; candidate ID in plain program mail (not a case).',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))

# 8 ---------------------------------------------------------------- newsletter (HTML only)
w = D(2025, 2, 10, 7, 0, 0, UTC)
hs = [('Delivered-To', ME_P),
      auth_gmail('cloudbytes-weekly.dev', 'bounce-187@mail.cloudbytes-weekly.dev', '198.2.180.71',
                 policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Cloud Bytes Weekly', 'hello@cloudbytes-weekly.dev')), ('To', ME_P),
      ('Subject', 'Cloud Bytes #187: the case of the vanishing certification badge'),
      ('Date', date(w)), ('Message-ID', generic_mid('m8', 'mail.cloudbytes-weekly.dev')),
      ('List-Unsubscribe', '<https://cloudbytes-weekly.dev/unsub?u=7781>, <mailto:unsub@cloudbytes-weekly.dev>'),
      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
hh = html_wrap("""<table width="600" align="center"><tr><td>
<h1>Cloud Bytes #187</h1>
<h3>1. The case of the vanishing certification badge</h3>
<p>A reader changed jobs, asked AWS to merge two certification accounts, and watched their Credly
badges disappear for a day. Short version: the merge worked, the badge sync just lagged. Case closed.</p>
<h3>2. Terraform 1.11 is out</h3>
<p>Write-only attributes got merged, and ephemeral values are no longer experimental.</p>
<h3>3. Reader question</h3>
<p>&ldquo;Support asked me to confirm which account to keep - should I keep the work one?&rdquo;
Keep whichever address you will still own in five years. Got a question? Hit reply and we may feature it.</p>
<hr><p style="font-size:11px">You get this because you subscribed at cloudbytes-weekly.dev.
<a href="https://cloudbytes-weekly.dev/unsub?u=7781">Unsubscribe</a></p>
</td></tr></table>""")
add('unrelated', False, None, [],
    'Newsletter whose stories talk about account merges, "confirm which account to keep", "case closed" and "hit reply".',
    hs, leaf('text/html', hh, 'utf-8', 'base64'))

# 9 ---------------------------------------------------------------- note to self
w = D(2025, 2, 12, 23, 48, 10)
hs, M9 = gmail_sent(w, ME_P, 'memo: AWS cert inventory before merge', 'm9')
t = """Before filing the merge (do it after 10 Mar, company mailbox dies 31 Mar 18:00)

Old (company) cert account: %s  - khoa.tran@tenjin-cloudworks.co.jp
New (personal) cert account: %s  - minhkhoa.tran.dev@gmail.com

Certifications on old account:
- SAA-C03  Solutions Architect - Associate   exp 2026-07-14
- DVA-C02  Developer - Associate             exp 2025-08-03
- SAP-C02  Solutions Architect - Professional exp 2027-01-22
- MLA-C01 booked 8 Mar (Pearson VUE) -> will land on the old account

Benefits: 50%% exam voucher (from SAP), SME program invite
Certificates downloaded to Drive/certs/2025-02

Form: Certification -> Account Merge. Keep the gmail one.
""" % (OLD, NEW)
hh = '<div dir="ltr">' + p_html(t) + '</div>'
add('user_reply', False, None, [OLD, NEW],
    'Owner\'s note to self (Gmail, from and to the personal address) listing both candidate IDs; no case yet.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable', quote_cs=False),
                              leaf('text/html', hh, 'UTF-8', 'quoted-printable', quote_cs=False)], '000000000000a81e3c062dfe1b77'))

# 10 ---------------------------------------------------------------- Amazon.co.jp order
w = D(2025, 2, 18, 8, 12, 37)
hs = [('Delivered-To', ME_P),
      auth_gmail('amazon.co.jp', '20250217231237a7f01c8e4d2b4@bounces.amazon.co.jp', '52.95.48.151', sel='rjtsm2xcbzrmnqgxb2ifn4xd3u3xorqy'),
      ('From', ad('Amazon.co.jp', 'auto-confirm@amazon.co.jp')), ('To', ME_P),
      ('Subject', ew('Amazon.co.jpでのご注文 250-4418203-7719456')),
      ('Date', date(w)), ('Message-ID', generic_mid('m10', 'email.amazon.com'))]
hh = html_wrap("""<p>チャン ミン コア 様</p>
<p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>注文番号</th><td>250-4418203-7719456</td></tr>
<tr><th>商品</th><td>AWS認定 DevOpsエンジニア プロフェッショナル 問題集（2025年版）</td></tr>
<tr><th>お届け予定</th><td>2025/02/20（木）</td></tr>
<tr><th>合計</th><td>￥3,740</td></tr></table>
<p>ご注文内容の確認・変更は「注文履歴」から行えます。このメールは配信専用です。</p>""", 'ja')
add('unrelated', False, None, [],
    'Amazon.co.jp retail order (Amazon sender, base64 HTML, AWS certification book title).',
    hs, leaf('text/html', hh, 'utf-8', 'base64'))

# 11 ---------------------------------------------------------------- AWS Educate form case
w = D(2025, 2, 20, 10, 31, 48)
hs, M11 = aws_mail(w, ME_P, 'RE:[CASE %s] [AWS Educate Form Submission] - educator-access' % CE, 'm11',
                   from_name='AWS Educate Support', from_addr='aws-cs-educate-form@amazon.com')
t = """Hello Khoa,

Thank you for writing to AWS Educate about access for the student cloud club
you mentor.

Educator access is granted to staff of an accredited institution. Could you
confirm the name of the university the club belongs to, and whether a faculty
member can submit the request with their university email address? Without an
institutional address we are unable to approve educator access.

Best regards,
Priya
AWS Educate Support
"""
add('unrelated', False, CE, [],
    'Other AWS form case (aws-cs-educate-form, same [CASE] shape) that asks a question; not Training and Certification, so no reply tracked. case filled (AWS support case).',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable'),
                              leaf('text/html', html_wrap(p_html(t)), 'UTF-8', 'quoted-printable')], '----=_Part_2201174_1360993254.1740015108771'))

# 12 ---------------------------------------------------------------- Pearson VUE confirmation
w = D(2025, 2, 24, 20, 5, 11)
hs = [auth_m365('pearson.com', 'pearson.com', '159.182.16.44'),
      ('From', ad('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')),
      ('To', ME_C),
      ('Subject', 'Pearson VUE Confirmation of Booking'),
      ('Date', date(w)), ('Message-ID', generic_mid('m12', 'pearsonvue.com'))]
t = """Dear Minh Khoa Tran,

Thank you for scheduling with Pearson VUE. Details of your appointment:

Exam:                 MLA-C01: AWS Certified Machine Learning Engineer - Associate
Language:             English
Date / time:          Saturday, March 8, 2025, 1:00 PM JST
Location:             Fukuoka Tenjin Test Center, 7F, 2-3-10 Tenjin, Chuo-ku, Fukuoka
Registration number:  482913067
AWS candidate ID:     %s

Please arrive 15 minutes early and bring two forms of valid identification.
To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before your appointment.

Pearson VUE
""" % OLD
add('unrelated', False, None, [OLD],
    'Exam vendor booking with 9-digit registration number and the candidate ID; vendor mail, not a case.',
    hs, leaf('text/plain', t, 'windows-1252', 'quoted-printable', quote_cs=False))
