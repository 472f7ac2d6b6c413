from lib import *  # noqa: F401,F403
from part2 import SUBJ_A, SUBJ_A2

# 021 manager forwards the console request to Ryo --------------------------------
d = J(3, 6, 9, 10, 3)
t = """岡部さん

サポートから追加情報の依頼が来ています。コンソールのケース画面から回答してもらえますか。
私は明日から10日まで休暇なので、こちらでは対応できません。

岩村

________________________________
From: Amazon Web Services <%s>
Sent: Wednesday, March 5, 2025 5:30 PM
To: Okabe Ryo <%s>
Cc: 岩村 武 <%s>
Subject: RE:[CASE %s] Exam voucher from partner training benefit not accepted at checkout

%s""" % (CONSOLE, ME_C, TAKESHI, CASE_C, TXT['C2'])
add(('unrelated', False, CASE_C, []), P_TAKESHI, [C_RYO],
    'FW: RE:[CASE %s] Exam voucher from partner training benefit not accepted at checkout' % CASE_C,
    d, mid_ol('tak-fw'), leaf(t, enc='b64'), irt=MID['C2'],
    pre=m_in(d, 'kasumi-tec.co.jp', internal=True),
    note='Manager forwards the console request and asks Ryo (in Japanese) to answer it; the '
         'request itself is quoted; a colleague\'s ask is not support\'s.')

# 022 A: hold lifted (to Ryo, admin copied) -----------------------------------------
d = U(3, 6, 10, 2, 30)
t = """Hi Ryo, hi Naoko,

Good news: our partner team confirmed that the certification account is no longer attached to Kasumi Technologies' partner organization, so I have lifted the hold.

The merge itself is done by our accounts team. They will check both profiles and send Ryo a short summary to look over before anything changes. You don't need to reply to this message.

Naoko, we will copy you on the outcome as you asked.

Best regards,
Priya
AWS Training and Certification Customer Service
"""
add(('case_update', False, CASE_A, []), P_TC, [A('Ryo Okabe', ME_P)], SUBJ_A, d, mid_ses('A-lift'),
    alt(t, page(t2h(t)), enc='b64'), cc=[P_NAOKO], irt=MID['A6'],
    refs=[MID['A1'], MID['A2'], MID['A5'], MID['A6']], pre=g_in(d, 'amazon.com'), key='A7',
    note='Hold lifted, handed to the accounts team, announces a future check; "You don\'t need '
         'to reply" -> no reply yet.')

# 023 community newsletter (Japanese HTML) -----------------------------------------
d = J(3, 6, 10, 40, 0)
h = ('<h2>クラウド勉強会ニュース 3月号</h2><ul><li>転職時に慌てない：AWS認定アカウントの統合手順まとめ</li>'
     '<li>Amazon Bedrock ハンズオン参加者募集（3/27）</li><li>LT募集：「私のIaC失敗談」</li></ul>'
     '<p>配信停止をご希望の方は<a href="https://cloud-benkyokai.jp/unsub">こちら</a>から。</p>')
add(('unrelated', False, None, []), A('クラウド勉強会ニュース', 'newsletter@cloud-benkyokai.jp'), [ME_P],
    'クラウド勉強会ニュース 3月号：認定アカウント統合の手順ほか', d,
    mid_other('news-mar', 'cloud-benkyokai.jp'), leaf(page(h), 'html', enc='b64'),
    pre=g_in(d, 'cloud-benkyokai.jp', ip='198.2.180.14', host='mail180-14.suw41.mandrillapp.com',
             policy='p=NONE sp=NONE dis=NONE'),
    post=[('List-Unsubscribe', '<https://cloud-benkyokai.jp/unsub>')],
    note='Newsletter whose headline is about certification account merges.')

# 024 A: confirmation request; admin and manager copied for information ---------
d = U(3, 6, 13, 15, 8)
t = """Hello Ryo,

I'm Daniel from the accounts team and I'll be completing your merge. Before I change anything, please look over the two certification profiles we found:

Account #1 (stays) - candidate ID %s
  Sign-in email: okabe.ryo.ff@gmail.com
  Training notification email: okabe.ryo.ff@gmail.com
  Certification notification email: okabe.ryo.ff@gmail.com

Account #2 (merged into #1, then retired) - candidate ID %s
  Sign-in email: r-okabe@kasumi-tec.co.jp
  Training notification email: r-okabe@kasumi-tec.co.jp
  Certification notification email: r-okabe@kasumi-tec.co.jp

Exam history, active certifications and unused benefits on #2 will move to #1. This can't be reversed.

If both profiles are yours and #1 is the one to keep, a one-word reply ("confirmed") is all I need. If you'd rather keep #2, tell me that instead.

Naoko, Takeshi: you're copied for visibility only. There's nothing for you to do here.

Thanks,
Daniel K.
AWS Training and Certification - Accounts
""" % (CID_NEW, CID_OLD)
row = '<tr><td style="border:1px solid #ccc;padding:4px">%s</td><td style="border:1px solid #ccc;padding:4px">%s</td><td style="border:1px solid #ccc;padding:4px">%s</td></tr>'
tbl = ('<table style="border-collapse:collapse"><tr><th></th><th>Account #1 (stays)</th>'
       '<th>Account #2 (merged, retired)</th></tr>' +
       row % ('Candidate ID', CID_NEW, CID_OLD) +
       row % ('Sign-in email', ME_P, ME_C) +
       row % ('Training notification email', ME_P, ME_C) +
       row % ('Certification notification email', ME_P, ME_C) + '</table>')
h = ("<p>Hello Ryo,</p><p>I'm Daniel from the accounts team and I'll be completing your merge. "
     "Before I change anything, please look over the two certification profiles we found:</p>" + tbl +
     "<p>Exam history, active certifications and unused benefits on #2 will move to #1. This can't "
     "be reversed.</p><p>If both profiles are yours and #1 is the one to keep, a one-word reply "
     "(&quot;confirmed&quot;) is all I need. If you'd rather keep #2, tell me that instead.</p>"
     "<p>Naoko, Takeshi: you're copied for visibility only. There's nothing for you to do here.</p>"
     "<p>Thanks,<br>Daniel K.<br>AWS Training and Certification - Accounts</p>")
add(('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD]), P_TC, [A('Ryo Okabe', ME_P)],
    SUBJ_A, d, mid_ses('A-confirm'), alt(t, page(h), enc='qp'), cc=[P_NAOKO, P_TAKESHI],
    irt=MID['A7'], refs=[MID['A1'], MID['A2'], MID['A7']], pre=g_in(d, 'amazon.com'), key='A8',
    note='Account #1/#2 confirmation (table in HTML) To the owner, admin and manager in Cc '
         '"for visibility only" -> reply needed.')
TXT['A8'] = t
DATES['A8'] = d

# 025 Naoko reply-all: asks Ryo for his new candidate ID ----------------------------
d = J(3, 6, 13, 50, 26)
t = """Daniel, thank you for the update.

岡部さん、上記の確認をお願いします。あと、統合が終わったら新しい候補IDを私宛に送ってもらえますか？社内のスキル台帳を更新します。

Naoko

""" + ol_orig('AWS Training and Certification <%s>' % TC, DATES['A8'], 'Ryo Okabe <%s>' % ME_P,
              SUBJ_A, cc='Naoko Fujisawa; 岩村 武') + '\n' + TXT['A8']
add(('unrelated', False, CASE_A, []), P_NAOKO, [P_TC], SUBJ_A2, d, mid_ol('naoko-3'),
    leaf(t, enc='b64'), cc=[A('Ryo Okabe', ME_P), P_TAKESHI], irt=MID['A8'],
    refs=[MID['A1'], MID['A8']],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.55',
             host='mail-tycjpn01on2055.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    note='Admin reply-all over the quoted confirmation request, asking Ryo for his new ID; the '
         'quoted history holds support\'s request and both candidate IDs.')

# 026 Ryo confirms, reply-all ----------------------------------------------------
d = J(3, 6, 14, 5, 2)
new = """Hi Daniel,

Confirmed. Both profiles are mine; please merge Account #2 into Account #1 and keep okabe.ryo.ff@gmail.com as the address on file.

藤沢さん：個人アカウントの候補IDは %s です。

Thanks,
Ryo
""" % CID_NEW
t = new + '\n' + gm_on(DATES['A8'], 'AWS Training and Certification', TC) + '\n' + q(TXT['A8'])
add(('user_reply', False, CASE_A, [CID_NEW]), P_RYO, [P_TC], SUBJ_A, d, mid_gm('ryo-2'),
    leaf(t, enc='qp'), cc=[P_NAOKO, P_TAKESHI], irt=MID['A8'], refs=[MID['A1'], MID['A8']],
    key='A9', note='Owner confirms by reply-all and gives the admin his ID; the quoted request '
                   'below still says "confirmed" is needed.')
DATES['A9'] = d

# 027 manager's out-of-office auto-reply to Ryo's reply-all ---------------------------
d = J(3, 6, 14, 6, 11)
t = """3月7日（金）から3月10日（月）まで休暇のため不在にしております。
急ぎのご用件は インフラチーム（infra-team@kasumi-tec.co.jp）までご連絡ください。

I am out of the office from March 7 to March 10 with limited access to email. For anything urgent, please contact infra-team@kasumi-tec.co.jp.

岩村 武 / Takeshi Iwamura
"""
add(('unrelated', False, CASE_A, []), P_TAKESHI, [P_RYO], '自動応答: ' + SUBJ_A, d,
    mid_ol('tak-ooo'), leaf(t, enc='qp'), irt=MID['A9'],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.61',
             host='mail-tycjpn01on2061.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    note='Manager\'s out-of-office auto-reply to the owner\'s reply-all, case subject kept.')

# 028 G: info request to the group list, addressed to Naoko ----------------------
d = U(3, 6, 16, 0, 44)
t = """Hello Naoko,

Thanks for your interest in bulk exam vouchers. To prepare a quote for 12 vouchers, could you send us:

1. The billing contact and the purchase order number (if your finance team uses one)
2. Which exams the vouchers are for, or whether they should be valid for any AWS Certification exam

Once we have these, the quote normally follows within two business days.

Kind regards,
Oksana
AWS Training and Certification Customer Service
"""
add(('info_request', False, CASE_G, []), P_TC, [GROUP],
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-vouchers' % CASE_G, d,
    mid_ses('G-info'), alt(t, page(t2h(t)), enc='qp'), irt=MID['G1'], pre=m_in(d, 'amazon.com'),
    key='G2', note='Real T&C request, but on the admin\'s voucher case, addressed "Hello Naoko" '
                   'and sent to a list the owner is on -> not his to answer.')
DATES['G2'] = d
