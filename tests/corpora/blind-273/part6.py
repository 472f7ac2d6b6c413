from lib import *  # noqa: F401,F403

SUBJ_C = 'RE:[CASE %s] Exam voucher from partner training benefit not accepted at checkout' % CASE_C
SUBJ_E = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % CASE_E

# 037 CertMetrics program survey (not a support survey) -----------------------
d = U(3, 8, 12, 0, 0)
h = ('<p>Hello Ryo,</p><p>AWS Certification wants to hear from you. As an AWS Certified individual, '
     'your opinion shapes future exams and benefits. The questionnaire takes about 10 minutes.</p>'
     '<p><a href="https://www.certmetrics.com/amazon/survey/2025-q1">Start the survey</a></p>'
     '<p>Thank you,<br>AWS Certification</p>')
add(('certification', False, None, []), A('AWS Certification', 'do-not-reply@certmetrics.com'), [ME_P],
    'AWS Certification wants to hear from you', d, mid_other('cm-survey', 'certmetrics.com'),
    leaf(page(h), 'html', enc='qp'), pre=g_in(d, 'certmetrics.com', ip='52.6.120.44',
                                             host='mta-52-6-120-44.certmetrics.com', policy='p=NONE sp=NONE dis=NONE'),
    note='Certification-program questionnaire, not a case survey.')

# 038 AWS invoice -----------------------------------------------------------------
d = U(3, 9, 7, 0, 12)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $1,284.17

Account: 381204567719
Billing period: February 1 - February 28, 2025

You can see a complete break-down of all of the services you have used by visiting the Bills page of the Billing and Cost Management console.

Sincerely,
Amazon Web Services
"""
add(('unrelated', False, None, []), A('Amazon Web Services', 'aws-receivables-support@email.amazon.com'),
    [C_RYO], 'Amazon Web Services Billing Statement Available [Account: 381204567719]', d,
    mid_ses('bill-feb'), leaf(t, enc='7bit', cs='us-ascii'), pre=m_in(d, 'email.amazon.com'),
    note='AWS billing statement (12-digit account ID).')

# 039 C: console closing notice ---------------------------------------------------
d = U(3, 9, 18, 0, 3)
t = """Hello,

We're following up on the information we requested on March 5. We haven't yet seen a reply in the AWS Support Center.

If there's no reply, this case will be resolved automatically after 3 days. A resolved case can be reopened for 14 days; after that a new case has to be opened.

To keep this case open, add your reply here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Replies to this message are not read: the sending address cannot accept incoming e-mails. Use the AWS Support Center to respond.
""" % CASE_C
add(('closing_notice', True, CASE_C, []), P_CONSOLE, [C_RYO], SUBJ_C, d, mid_ses('C-close'),
    leaf(t, enc='qp'), cc=[P_TAKESHI], irt=MID['C2'], pre=m_in(d, 'amazon.com'), key='C3',
    note='Console auto-resolve warning (answer in the Support Center); manager still in Cc.')

# 040 E: acknowledgement in Japanese, ISO-2022-JP -------------------------------
d = U(3, 10, 9, 15, 44)
t = """岡部 亮 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s にてご依頼を受け付けました。通常、1営業日以内に担当者よりご連絡いたします。内容によっては、確認にお時間をいただく場合がございます。

同じご依頼で新しいお問い合わせを作成されますと、回答が遅れる原因となります。追加のご連絡は本メールへの返信でお願いいたします。

受付内容：
お問い合わせタイプ：認定
その他の詳細：特典
候補ID：%s
内容：アカウント統合後、旧アカウントにあった次回試験50%%割引の特典が新しいアカウントに表示されません。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_E, CID_NEW)
add(('acknowledgement', False, CASE_E, [CID_NEW]), A('AWS トレーニングと認定', TC, 'iso-2022-jp'),
    [A('岡部 亮', ME_P, 'iso-2022-jp')], '[CASE %s] [AWS Training and Certification Form Submission] '
    '- certification-benefits' % CASE_E, d, mid_ses('E-ack'), leaf(t, cs='iso-2022-jp', enc='7bit'),
    pre=g_in(d, 'amazon.com'), key='E1',
    note='New case E (missing 50% benefit after the merge): Japanese ack in ISO-2022-JP.')

# 041 D: colleague's case resolved, owner in Cc (HTML only) -----------------------
d = U(3, 10, 10, 0, 21)
h = ("<p>Hi Mei,</p><p>All set: profile B has been folded into %s, and the Credly link now points "
     "to that profile. You may need to sign out and back in to see the change.</p><p>If anything "
     "looks off, just reply to this email and we'll take another look.</p><p>Best,<br>Tom&aacute;s"
     "</p><blockquote style='border-left:1px solid #aaa;padding-left:6px'>Yes, both are mine. Please "
     "keep Profile A and merge B into it.</blockquote>" % CID_MEI1)
add(('resolved', False, CASE_D, [CID_MEI1]), P_TC, [P_MEI],
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D, d,
    mid_ses('D-done'), leaf(page(h), 'html', enc='qp'), cc=[C_RYO], irt=MID['D2'],
    pre=m_in(d, 'amazon.com'),
    note='Colleague\'s merge resolved, owner copied; conditional "if anything looks off, reply".')

# 042 farewell lunch invitation (group) ---------------------------------------------
d = J(3, 10, 12, 30, 0)
t = """インフラチームの皆さん

3/14で退職される岡部さんの送別ランチを 3/13（木）12:00〜 に行います。
場所：ビル1Fの「たまや」

出欠を 3/11 までにこのメールに返信してください。（岡部さんは返信不要です！）

田辺
"""
add(('unrelated', False, None, []), A('田辺 由紀', 'y-tanabe@kasumi-tec.co.jp'),
    [A('インフラチーム', 'infra-team@kasumi-tec.co.jp')], '【送別会】岡部さん送別ランチのご案内（3/13）',
    d, mid_ol('lunch'), leaf(t, enc='8bit'), cc=[P_TAKESHI], pre=m_in(d, 'kasumi-tec.co.jp', internal=True),
    note='Team mail asking everyone to reply, except the owner.')

# 043 E: info request in Japanese keigo, split between the owner and the admin --
d = U(3, 11, 10, 20, 6)
t = """岡部 亮 様
（CC：藤沢 様、旧アカウントの AWS パートナー管理者として共有しております。また、旧アカウントのメールアドレスにもお送りしています）

お問い合わせいただきありがとうございます。担当の山口でございます。

統合前のアカウント（%s）の特典履歴を確認いたしましたところ、次回試験50%%割引の特典は2024年11月の合格時に発行され、統合の時点では未使用でございました。ただし、一部の特典は統合と同時に無効となる設定になっている場合がございます。

再発行が可能か判断するため、恐れ入りますが、以下の2点をお知らせいただけますでしょうか。

1. 特典の対象となった試験名と合格日
2. 旧アカウントの特典ページに表示されていたコードの末尾4文字（お控えがある場合）

藤沢様におかれましては、現時点でご対応いただく必要はございません。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
""" % CID_OLD
add(('info_request', True, CASE_E, [CID_OLD]), A('AWS Training and Certification', TC),
    [A('岡部 亮', ME_P)], SUBJ_E, d, mid_ses('E-info'),
    alt(t, page(t2h(t), font='Meiryo,sans-serif'), enc='b64'), cc=[C_RYO, P_NAOKO],
    irt=MID['E1'], pre=g_in(d, 'amazon.com'), key='E2',
    note='Japanese keigo request (…いただけますでしょうか) To personal, Cc his own company '
         'address and the admin, who is told no action is needed -> reply needed.')
TXT['E2'] = t
DATES['E2'] = d

# 044 Naoko reply-all in Japanese, Gmail-style Japanese quote header ------------
d = J(3, 11, 11, 5, 40)
new = """山口様

ご連絡ありがとうございます。補足ですが、この特典は弊社のパートナー特典ではなく、岡部さん個人の合格特典と認識しております。

岡部さん、上記2点のご回答をお願いします。

藤沢
"""
t = new + '\n' + jp_on(DATES['E2'], 'AWS Training and Certification', TC) + '\n' + q(TXT['E2'])
add(('unrelated', False, CASE_E, []), P_NAOKO, [P_TC], SUBJ_E, d, mid_ol('naoko-5'),
    leaf(t, enc='qp'), cc=[A('岡部 亮', ME_P), C_RYO], irt=MID['E2'], refs=[MID['E1'], MID['E2']],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.55',
             host='mail-tycjpn01on2055.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    key='E3', note='Admin reply-all in Japanese repeating "please answer" to the owner; support\'s '
                   'request only in the quote.')
