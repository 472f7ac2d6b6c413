from lib import *  # noqa: F401,F403
from part6 import SUBJ_E

# 053 E: on hold for the partner; owner is in To but nothing is asked of him ------
d = U(3, 17, 10, 0, 52)
t = """Hi Ryo,

Thanks, that's exactly what I needed. I've passed the details to our benefits team.

There is one snag. Their records show the 50%% voucher was funded from Kasumi Technologies' partner benefit allocation rather than issued for your own exam pass, so they won't move it to a personal account without the partner's written agreement. Until then the request is paused.

Naoko, could you reply on this thread confirming that Kasumi agrees to the benefit moving to Ryo's account (%s)? That is the only thing we are waiting for.

Ryo, there is nothing you need to do right now. I'll update you as soon as we hear from Naoko.

(I've taken r-okabe@kasumi-tec.co.jp off the thread because our last message to it bounced.)

Kind regards,
Kenji Yamaguchi
AWS Training and Certification Customer Service
""" % CID_NEW
add(('on_hold', False, CASE_E, [CID_NEW]), P_TC, [A('Ryo Okabe', ME_P)], SUBJ_E, d,
    mid_ses('E-hold'), alt(t, page(t2h(t)), enc='qp'), cc=[P_NAOKO], irt=MID['E5'],
    refs=[MID['E1'], MID['E2'], MID['E4'], MID['E5']], pre=g_in(d, 'amazon.com'), key='E6',
    note='Paused for the partner: the owner is in To but the question is for the admin in Cc; '
         '"nothing you need to do right now" -> no reply.')
TXT['E6'] = t
DATES['E6'] = d

# 054 new employer onboarding (asks for a reply) --------------------------------------
d = J(3, 17, 15, 0, 0)
t = """岡部 亮 様
（CC：倉田）

ほしぞらシステムズ 人事部です。4月1日のご入社に向けて、以下をお願いいたします。

・入社書類一式を 3/25 までにご返送ください。
・保有資格の一覧（AWS認定を含む）を本メールへの返信でお知らせください。パートナー登録に使用します。

ご不明な点があればお気軽にご連絡ください。

ほしぞらシステムズ株式会社 人事部
"""
add(('unrelated', False, None, []), A('ほしぞらシステムズ 人事部', 'hr-onboarding@hoshizora-sys.jp'),
    [A('岡部 亮', ME_P)], '【ほしぞらシステムズ】ご入社手続きのご案内', d,
    mid_other('onboard', 'hoshizora-sys.jp'), leaf(t, enc='qp'), cc=[A('倉田 翔太', NEWMGR)],
    pre=g_in(d, 'hoshizora-sys.jp', ip='209.85.220.41', host='mail-sor-f41.google.com',
             policy='p=NONE sp=NONE dis=NONE'),
    note='New employer asks for a reply and a list of AWS certifications: not a support case.')

# 055 certification expiry reminder ---------------------------------------------------
d = U(3, 18, 9, 0, 0)
t = """Hello Ryo Okabe,

Your AWS Certified Solutions Architect - Associate certification (Candidate ID: %s) expires on June 16, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before the expiration date. Your 50%% discount benefit can be used toward recertification.

AWS Certification
""" % CID_NEW
add(('certification', False, None, [CID_NEW]), A('AWS Certification', 'do-not-reply@certmetrics.com'), [ME_P],
    'Your AWS Certification expires in 90 days', d, mid_other('cm-exp', 'certmetrics.com'),
    leaf(t, enc='7bit', cs='us-ascii'), pre=g_in(d, 'certmetrics.com', ip='52.6.120.44',
                                                 host='mta-52-6-120-44.certmetrics.com', policy='p=NONE sp=NONE dis=NONE'),
    note='Expiry reminder with a candidate ID, now arriving at the personal address.')

# 056 Naoko's reply-all confirms for the partner -------------------------------------
d = J(3, 18, 11, 20, 4)
t = """Kenji-san,

Kasumi Technologies agrees that the exam benefit moves to Ryo's personal account. Please proceed.

岡部さん、お待たせしました。

Naoko Fujisawa
Alliance Manager | Kasumi Technologies

> Naoko, could you reply on this thread confirming that Kasumi agrees to the
> benefit moving to Ryo's account? That is the only thing we are waiting for.
"""
add(('unrelated', False, CASE_E, []), P_NAOKO, [P_TC], SUBJ_E, d, mid_ol('naoko-6'),
    leaf(t, enc='qp'), cc=[A('Ryo Okabe', ME_P)], irt=MID['E6'], refs=[MID['E1'], MID['E6']],
    pre=g_in(d, 'kasumi-tec.co.jp', ip='40.107.74.55',
             host='mail-tycjpn01on2055.outbound.protection.outlook.com', policy='p=NONE sp=NONE dis=NONE'),
    key='E7', note='Admin gives the partner\'s agreement (reply-all); not the owner\'s mail, '
                   'not support\'s.')

# 057 E: resolved, Japanese, Shift_JIS HTML only ---------------------------------------
d = U(3, 18, 16, 45, 33)
h = ('<p>岡部 亮 様</p><p>いつもお世話になっております。AWS トレーニングと認定の山口でございます。</p>'
     '<p>パートナー管理者様よりご承諾をいただきましたので、次回試験50%%割引の特典を統合後のアカウント'
     '（%s）に再発行いたしました。認定アカウントの「特典」ページからご確認いただけます。</p>'
     '<p>本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>'
     '<p>藤沢様、ご協力ありがとうございました。</p><p>山口<br>AWS トレーニングと認定 カスタマーサービス</p>'
     % CID_NEW)
add(('resolved', False, CASE_E, [CID_NEW]), A('AWS Training and Certification', TC), [A('岡部 亮', ME_P)],
    SUBJ_E, d, mid_ses('E-done'), leaf(page(h, cs='Shift_JIS', font='MS PGothic,sans-serif'), 'html',
                                       cs='shift_jis', enc='b64'),
    cc=[P_NAOKO], irt=MID['E7'], refs=[MID['E1'], MID['E6'], MID['E7']], pre=g_in(d, 'amazon.com'),
    note='Benefit reissued; Japanese HTML-only in Shift_JIS; conditional "ご不明な点がございましたら".')

# 058 E: survey in Japanese -----------------------------------------------------------
d = U(3, 19, 10, 0, 0)
t = """岡部 亮 様

先日解決いたしましたお問い合わせ（ケース %s）について、サポートの品質向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約2分）。

https://survey.aws-training.amazon.com/s/tc?case=%s&lang=ja

本アンケートは任意です。回答期限：2025年4月2日

AWS トレーニングと認定
""" % (CASE_E, CASE_E)
add(('survey', False, CASE_E, []), A('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), [ME_P],
    'サポートについてのアンケートのお願い', d, mid_ses('E-survey'),
    alt(t, page(t2h(t)), enc='b64'), pre=g_in(d, 'amazon.com'),
    note='Japanese satisfaction survey for case E ("ご協力をお願いいたします").')

# 059 GitHub: personal repo PR merged --------------------------------------------------
d = J(3, 19, 11, 30, 2).astimezone(UTC)
t = """Merged #12 into main.

-- 
Reply to this email directly or view it on GitHub:
https://github.com/rokabe/dotfiles/pull/12#event-16733120455
"""
add(('unrelated', False, None, []), A('Lucas Moreau', 'notifications@github.com'),
    [A('rokabe/dotfiles', 'dotfiles@noreply.github.com')], 'Re: [rokabe/dotfiles] Add zsh completion for aws-vault (PR #12)',
    d, '<rokabe/dotfiles/pull/12/issue_event/16733120455@github.com>', leaf(t, enc='7bit', cs='us-ascii'),
    cc=[A('Ryo Okabe', ME_P), A('State change', 'state_change@noreply.github.com')],
    irt='<rokabe/dotfiles/pull/12@github.com>', pre=g_in(d, 'github.com', ip='192.30.252.206',
                                                     host='out-23.smtp.github.com', policy='p=REJECT sp=REJECT dis=NONE'),
    note='GitHub PR merged on a personal repo.')

# 060 Credly: share reminder -------------------------------------------------------------
d = U(3, 21, 8, 0, 0)
h = ('<p>Hi Ryo,</p><p>You have 2 badges from Amazon Web Services Training and Certification that '
     'you haven\'t shared yet. Badges shared on LinkedIn get noticed more often.</p>'
     '<p><a href="https://www.credly.com/earner/wallet">Go to my wallet</a></p><p>Credly</p>')
add(('badge', False, None, []), A('Credly', 'admin@credly.com'), [ME_P],
    "Don't forget to share your new badges", d, mid_other('credly-remind', 'credly.com'),
    leaf(page(h), 'html', enc='qp'), pre=g_in(d, 'credly.com', ip='167.89.115.30', host='o2.ptr2917.credly.com',
                                             policy='p=REJECT sp=REJECT dis=NONE'),
    note='Credly reminder to share badges.')
