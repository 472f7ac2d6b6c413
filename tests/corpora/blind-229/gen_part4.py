# Part 4: end of case A (June 2-6), the voucher case B (console, Japanese), and the rest (to July 2025).
from gen_aws import *
from gen_part3 import CASE_A, SUBJ_A, RE_A

w = T('2025-06-02 11:05:20')
txt = """小笠原さん

お疲れさまです。鈴木です。休暇で不在にしており失礼しました。

パートナーセントラルで、小笠原さんの認定(旧アカウント)と当社の紐づけを解除しました。
AWS のアライアンス担当からも問い合わせが来ていたので、解除済みである旨を返信してあります。
数日中に AWS のサポート側で統合を進めてもらえると思います。

当社の認定者数は 7 月の更新で反映されますので、こちらは気にしなくて大丈夫です。

鈴木
"""
add(w, addr('鈴木 真理', 'suzuki.mari@seiran-sys.co.jp'), addr(ME_NAME, ME_P), 'APN 連携の解除について',
    leaf(txt, cte='quoted-printable'), L('unrelated'),
    'The partner admin says she released the APN link: good news for the case, but from a colleague, on a new '
    'subject with no case number or threading, so case is null.',
    cc=addr('吉岡 健一', 'yoshioka.kenichi@seiran-sys.co.jp'),
    top=gmail_in(w, ME_P, 'suzuki.mari@seiran-sys.co.jp', 'mail-ty1jpn01on2101.outbound.protection.outlook.com',
                 '52.100.168.101', dkim_d='seiran-sys.co.jp', from_dom='seiran-sys.co.jp', policy='p=NONE sp=NONE dis=NONE'))

w = T('2025-06-03 10:15:02')
agent = """Hello Takumi,

Good news: the partner administrator at Seiran Systems released the link on account AWS02718364 this morning, so the hold is lifted and I can go ahead with the merge.

I'm preparing it now and will send you the details of both accounts shortly for a final check. Nothing is needed from you until then.

Regards,
Priya R.
AWS Training and Certification"""
aws_send(w, ME_P, RE_A, leaf(corr_en(CASE_A, SUBJ_A, agent), cte='quoted-printable'),
         L('case_update', False, CASE_A, ['AWS02718364']),
         'Hold lifted; announces that a check is coming but asks nothing yet ("Nothing is needed from you until then").')

w = T('2025-06-03 10:42:37')
a8 = ses_mid(w, 'a8')
G, C = ME_P, ME_C
rows = [('Candidate ID', 'AWS04419027', 'AWS02718364'),
        ('Login', G + ' (AWS Builder ID)', C + ' (AWS Partner Central)'),
        ('Training notification email', G, C),
        ('Certification notification email', G, C),
        ('Certifications', '&mdash;', 'Solutions Architect &ndash; Professional; Solutions Architect &ndash; Associate; Developer &ndash; Associate'),
        ('Benefits', '&mdash;', '50% exam discount (unused)')]
table = ('<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #aab7b8;font-size:13px">'
         '<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>' +
         ''.join('<tr><td style="border:1px solid #aab7b8"><b>%s</b></td><td style="border:1px solid #aab7b8">%s</td>'
                 '<td style="border:1px solid #aab7b8">%s</td></tr>' % r for r in rows) + '</table>')
inner = ('<p>Hello,</p><p>We have updated your support case %s. The new correspondence is below.</p>'
         '<p><b>Subject:</b> %s</p><hr>'
         '<p>Hello Takumi,</p><p>Below are the two certification accounts I found for you. Look them over carefully: once '
         'combined, they can\'t be separated again.</p>%s'
         '<p>After the merge, everything listed under Account #2 moves into Account #1, you sign in with the gmail Builder ID, '
         'and Account #2 is closed.</p>'
         '<p>Is Account #1 the one you want to keep? A short &ldquo;Confirmed, merge into Account #1&rdquo; in the Support '
         'Center is all I need. If any row looks wrong, tell me which one instead and I\'ll hold off.</p>'
         '<p>Kind regards,<br>Priya R.<br>AWS Training and Certification</p><hr>'
         '<p>To see the full case history or respond, sign in to the '
         '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p>'
         '<p><i>Replies sent to this email address are not received. Please respond through the Support Center link above.</i></p>'
         '<p style="color:#687078">Your opinion counts: rate this reply with the stars shown beside it in the Support Center.</p>') % (
    CASE_A, SUBJ_A, table, CASE_A)
aws_send(w, ME_P, RE_A, leaf(html_wrap(inner), 'html', cte='quoted-printable'),
         L('confirmation_request', True, CASE_A, ['AWS04419027', 'AWS02718364']),
         'HTML-only confirmation with an Account #1 / Account #2 table (candidate IDs in table cells, quoted-printable); '
         'the answer has to go through the console.')

w = T('2025-06-04 02:30:15')
agent = """Hello Takumi,

Thank you for confirming. The merge is complete: Account #2 has been folded into Account #1 (AWS04419027). Your exam history, the three certifications and the 50% discount now appear when you sign in with your gmail Builder ID.

Credly badges are reissued to the new address automatically; allow up to 48 hours. Nothing else is needed from you, and I'm resolving the case.

All the best in your new role!
Priya R.
AWS Training and Certification

----- Previous correspondence (Jun 3, 2025) -----
Below are the two certification accounts I found for you.
Account #1 - Candidate ID AWS04419027 - Login takumi.ogasawara.dev@gmail.com
Account #2 - Candidate ID AWS02718364 - Login t-ogasawara@seiran-sys.co.jp
Is Account #1 the one you want to keep? A short "Confirmed, merge into Account #1" in the Support Center is all I need. If any row looks wrong, tell me which one instead and I'll hold off."""
txt = corr_en(CASE_A, SUBJ_A, agent)
html = html_wrap('<p>' + '</p>\n<p>'.join(x.replace('\n', '<br>') for x in txt.split('\n\n')) + '</p>')
aws_send(w, ME_P, RE_A, multi('alternative', [leaf(txt), leaf(html, 'html')]),
         L('resolved', False, CASE_A, ['AWS04419027']),
         'Completion that pastes the earlier confirmation request (with its question and both candidate IDs) under a '
         '"Previous correspondence" line; only AWS04419027 is in the new text.')

w = T('2025-06-04 02:31:02')
aws_send(w, ME_P, 'Amazon Web Services: Support case %s status update' % CASE_A,
         leaf(status_en(CASE_A, SUBJ_A, 'Pending Amazon Action', 'Resolved',
                        'If the issue comes back, you can reopen the case from the Support Center within 14 days.'),
              cte='quoted-printable'),
         L('resolved', False, CASE_A),
         'Status-change notice to Resolved (after a successful merge, not for silence); the reopen line is conditional.')

w = T('2025-06-04 03:06:44')
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p style="font-size:20px">Takumi, you have 3 new badges</p>
<p>Amazon Web Services Training and Certification issued the following badges to <b>takumi.ogasawara.dev@gmail.com</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/users/takumi-ogasawara.5c1e/badges">View your badges</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. &middot; You received this email because badges were issued to this address.</p>
</td></tr></table></body></html>
"""
add(w, 'Credly <admin@credly.com>', ME_P, 'You have 3 new badges from Amazon Web Services Training and Certification',
    leaf(html, 'html', cte='quoted-printable'), L('badge'),
    'Credly badge mail right after the merge; confirms the outcome but is badge mail, not the case.',
    top=gmail_in(w, ME_P, 'bounces+88213@em.credly.com', 'o1.em.credly.com', '167.89.18.201',
                 dkim_d='credly.com', from_dom='credly.com', policy='p=REJECT sp=REJECT dis=NONE'))

w = T('2025-06-05 02:40:10')
aws_send(w, ME_P, 'How did we do? Your feedback on AWS Support case %s' % CASE_A,
         leaf(survey_html_en(CASE_A, SUBJ_A, 'June 4, 2025'), 'html', cte='quoted-printable'),
         L('survey', False, CASE_A), 'HTML-only console survey for the resolved T&C case.')

w = T('2025-06-06 09:00:03')
txt = """Hello Takumi,

AWS Certification wants to hear from you.

We're looking for certified professionals to share their views on how we can improve our exams and the candidate experience. The survey takes about 10 minutes and your answers are anonymous.

Take the survey: https://www.certmetrics.com/amazon/survey/2025-candidate-experience

Thank you,
AWS Certification
"""
add(w, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P, 'AWS Certification wants to hear from you',
    leaf(txt, cs='us-ascii', cte='7bit'), L('certification'),
    'CertMetrics program survey the day after the case survey: a feedback request, but about the certification '
    'program, not a support case, so certification rather than survey.',
    top=gmail_in(w, ME_P, 'bounce@certmetrics.com', 'mta-44.certmetrics.com', '198.2.180.44',
                 dkim_d='certmetrics.com', from_dom='certmetrics.com', policy='p=REJECT sp=REJECT dis=NONE'))

# ---------------------------------------------------------------- case B: voucher missing after the merge (JA console)
CASE_B = '174954321100733'
SUBJ_B = '統合後の認定アカウントに 50% 割引特典が表示されない'
RE_B = 'RE:[CASE %s] %s' % (CASE_B, SUBJ_B)

w = T('2025-06-10 17:14:20')
b1 = ses_mid(w, 'b1')
desc = """6/4 にケース 174791283500412 で認定アカウントの統合が完了しました。
試験履歴と認定は統合先(AWS04419027)に表示されていますが、旧アカウントにあった 50% 割引特典が「特典」ページに表示されません。
再認定の試験を予約したいので、特典の状況を確認していただけますか。"""
aws_send(w, ME_P, 'Amazon Web Services: 新しいサポートケース: %s' % CASE_B,
         leaf(new_case_ja(CASE_B, SUBJ_B, desc, cat='認定アカウント - 特典', acct='483920175562'), cte='quoted-printable'),
         L('acknowledgement', False, CASE_B, ['AWS04419027']),
         'Japanese console acknowledgement of a second T&C case (not a duplicate); the description quotes the finished '
         'merge case number, and the owner\'s own question in the echo is not support\'s.')

w = T('2025-06-10 18:02:11')
txt = """AWS Health イベント

イベント: 定期メンテナンス - Amazon RDS
リージョン: ap-northeast-1
対象アカウント: 483920175562
開始予定: 2025年6月24日 02:00 JST

お客様のアカウントの RDS for PostgreSQL インスタンス 1 台で、必須のマイナーバージョンアップグレードが予定されています。
メンテナンスウィンドウ内で自動的に適用されます。事前に適用する場合は、RDS コンソールから「今すぐ適用」を選択してください。

詳細は AWS Health Dashboard をご確認ください:
https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

""" + FOOT_JA
aws_send(w, ME_P, 'AWS Health イベント - 定期メンテナンス - Amazon RDS - ap-northeast-1 [AWS Account: 483920175562]',
         leaf(txt, cte='base64'), L('unrelated'),
         'Japanese AWS Health notice from the same sender an hour after the T&C case ack.')

w = T('2025-06-11 11:20:05')
b2 = ses_mid(w, 'b2')
agent = """小笠原様

AWS トレーニングと認定サポートの佐藤と申します。
このたびは統合後のアカウントで特典が表示されず、ご不便をおかけしております。

統合元アカウントの特典情報を確認しましたところ、50% 割引特典の記録は残っておりますが、統合処理の際に有効期限の情報が正しく引き継がれていない可能性がございます。

調査を進めるため、以下の 2 点をサポートセンターのケース画面からご返信いただけますでしょうか。

1. 統合先アカウントの「特典」ページの画面キャプチャ
2. 統合前に割引特典を最後にご確認された日付(おおよそで結構です)

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤 綾
AWS トレーニングと認定"""
aws_send(w, ME_P, RE_B, leaf(corr_ja(CASE_B, SUBJ_B, agent), cte='quoted-printable'),
         L('info_request', True, CASE_B),
         'Japanese keigo request (ご返信いただけますでしょうか / ご確認のほどよろしくお願いいたします) for a screenshot '
         'and a date, to be answered in the console.')

w = T('2025-06-11 11:20:31')
aws_send(w, ME_P, 'Amazon Web Services: サポートケース %s のステータスが更新されました' % CASE_B,
         leaf(status_ja(CASE_B, SUBJ_B, '対応中', 'お客様の対応待ち',
                        '担当者からお客様へのご質問が追加されています。サポートセンターでご確認のうえ、ご返信ください。'),
              cte='base64'),
         L('info_request', True, CASE_B),
         'Bare status-change notice ("お客様の対応待ち") sent with the request: it says a question is waiting for the owner '
         'and asks for a reply, so it counts as a request (judgement call).')

w = T('2025-06-12 08:14:50')
html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Takumi,</p>
<p>Following your recent AWS account merge, 3 of your badges could not be transferred and are <b>pending re-verification</b>.
Badges that are not re-verified within 72 hours will be revoked.</p>
<p><a href="https://credly-badgeverify.net/login?ref=aws-tc">Re-verify my badges</a></p>
<p>You will need to sign in with your Credly password and the password of the e-mail account linked to your badges.</p>
<p>The Credly Team</p>
</body></html>
"""
add(w, 'Credly <admin@credly-badgeverify.net>', ME_P, 'Action needed: 3 badges pending re-verification after account merge',
    leaf(html, 'html'), L('suspicious'),
    'Credly lookalike domain that knows about "the merge" and asks for the mailbox password; DMARC passes for the '
    'lookalike domain only.',
    top=gmail_in(w, ME_P, 'noreply@credly-badgeverify.net', 'mx1.credly-badgeverify.net', '91.215.85.140',
                 dkim_d='credly-badgeverify.net', from_dom='credly-badgeverify.net', policy='p=NONE sp=NONE dis=NONE'))

w = T('2025-06-13 22:31:18')
txt = """会社PCに残っている旧アカウントの特典メール(2023年の合格通知あたり)を探して、割引の最終確認日を特定する。
キャプチャは自宅PCで撮る。週末中にコンソールから返信。

-------- Forwarded Message --------
Subject: 	RE:[CASE 174954321100733] 統合後の認定アカウントに 50% 割引特典が表示されない
Date: 	Wed, 11 Jun 2025 11:20:05 +0900
From: 	Amazon Web Services <no-reply-aws@amazon.com>
To: 	takumi.ogasawara.dev@gmail.com

調査を進めるため、以下の 2 点をサポートセンターのケース画面からご返信いただけますでしょうか。

1. 統合先アカウントの「特典」ページの画面キャプチャ
2. 統合前に割引特典を最後にご確認された日付(おおよそで結構です)
"""
add(w, addr(ME_NAME, ME_P), ME_C, 'Fwd: ' + RE_B, leaf(txt, cte='base64'),
    L('user_reply', False, CASE_B),
    'The owner forwards the Japanese request to his work address as a to-do note (Thunderbird-style forward '
    'header); the quoted request is history.', irt=b2, refs=b1 + ' ' + b2,
    extra=[('User-Agent', 'Mozilla Thunderbird')])

w = T('2025-06-16 01:00:40')
aws_send(w, ME_P, RE_B, leaf(autoresolve_ja(CASE_B, SUBJ_B, 3, '6月19日'), cte='base64'),
         L('closing_notice', True, CASE_B),
         'Japanese auto-resolve warning in base64.')

w = T('2025-06-19 01:05:12')
aws_send(w, ME_P, 'Amazon Web Services: サポートケース %s のステータスが更新されました' % CASE_B,
         leaf(status_ja(CASE_B, SUBJ_B, 'お客様の対応待ち', '解決済み',
                        '期限までにご返信が確認できなかったため、本ケースは自動的に解決済みとなりました。'
                        '引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開してご返信いただけます。'),
              cte='base64'),
         L('closing_notice', True, CASE_B),
         'Status notice that the case was auto-resolved for lack of an answer; replying reopens it, and the '
         'requested screenshot is still outstanding - a closing notice, not a resolution (judgement call).')

w = T('2025-06-19 21:44:36')
aws_send(w, ME_P, 'Amazon Web Services: サポートケース %s のステータスが更新されました' % CASE_B,
         leaf(status_ja(CASE_B, SUBJ_B, '解決済み', '再開',
                        'お客様がサポートセンターからケースを再開し、返信を追加しました。担当者が内容を確認いたします。'),
              cte='base64'),
         L('case_update', False, CASE_B),
         'Reopened notice (the owner reopened it in the console with the screenshot): news only.')

w = T('2025-06-20 15:12:08')
agent = """小笠原様

画面キャプチャと日付のご提供、誠にありがとうございました。佐藤です。

確認の結果、統合処理の際に割引特典の有効期限が空欄で登録され、特典ページに表示されない状態となっておりました。
統合先アカウント(AWS04419027)に 50% 割引特典を再発行し、有効期限を 2025 年 12 月 31 日までといたしました。
特典ページに表示されていることを弊社でも確認しております。お客様にてご対応いただくことはございません。

本ケースは解決済みとさせていただきます。
ご不明な点がございましたら、サポートセンターからお気軽にご返信ください。

佐藤 綾
AWS トレーニングと認定"""
txt = corr_ja(CASE_B, SUBJ_B, agent)
html = html_wrap('<p>' + '</p>\n<p>'.join(x.replace('\n', '<br>') for x in txt.split('\n\n')) + '</p>', 'ja')
aws_send(w, ME_P, RE_B, multi('alternative', [leaf(txt, cte='base64'), leaf(html, 'html', cte='base64')]),
         L('resolved', False, CASE_B, ['AWS04419027']),
         'Japanese resolution (voucher reissued) with a conditional ご不明な点がございましたら..., multipart base64.')

w = T('2025-06-21 15:30:55')
aws_send(w, ME_P, 'AWS サポートケース %s に関するアンケートのお願い' % CASE_B,
         leaf(survey_html_ja(CASE_B, SUBJ_B, '2025年6月20日'), 'html', cte='base64'),
         L('survey', False, CASE_B), 'Japanese HTML-only survey for the voucher case ("ご協力をお願いいたします" is a survey ask).')
