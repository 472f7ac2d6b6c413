# Messages 017-027 (10-17 March 2025)
from gen_part1 import *

# 017 alliance lead, internal (utf-8 QP)
t = d('2025-03-10 11:05:48')
body = """ミレラさん

佐伯です。
AWSのパートナーチームから、ミレラさんの認定アカウントの紐付け解除の依頼がPartner Centralに
届いていました。今日中に解除しておきます。

終わったらTeamsで一言連絡しますね。

佐伯
アライアンス推進室
"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'TYCPR01MB5570.jpnprd01.prod.outlook.com', '2603:1096:400:3a7::5', 17) + [
    ('From', addr('佐伯 亮', 'r.saeki@kansai-cloudworks.co.jp')),
    ('To', addr('Mirela Kovac', ME_C)),
    ('Subject', enc('RE: 認定アカウントのパートナー紐付け解除について')),
    ('Date', fdate(t)),
    ('Message-ID', '<TYCPR01MB5570%s@TYCPR01MB5570.jpnprd01.prod.outlook.com>' % h(17, n=10).upper()),
    ('Thread-Topic', enc('認定アカウントのパートナー紐付け解除について')),
    ('Content-Language', 'ja-JP'),
    ], leaf('text/plain', body, 'utf-8', 'quoted-printable'),
    ('Alliance lead says he will remove the APN link today', 'colleague mail about the same hold; not support, no case number'),
    crlf=True)

# 018 connpass registration
t = d('2025-03-11 07:45:00')
txt = """Mirela Kovac さん

以下のイベントへの参加登録が完了しました。

JAWS-UG大阪 第58回勉強会「認定資格と学習のいま」
日時: 2025/04/12(土) 13:00〜17:00
会場: グランフロント大阪 タワーB 10F
受付番号: 0193

キャンセルする場合はイベントページから手続きしてください。
https://jawsug-osaka.connpass.com/event/348812/

connpass
"""
html = '<html><body><p>' + txt.strip().replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>'
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mail.connpass.com', '52.68.104.33', 18) + [
    fm_auth('connpass.com', 'bounce@connpass.com', selector='cp'),
    ('From', addr('connpass', 'no-reply@connpass.com')),
    ('To', ME_P),
    ('Subject', enc('【connpass】JAWS-UG大阪 第58回勉強会 への参加登録が完了しました')),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@connpass.com>' % h(18, n=24)),
    ], multipart('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], 18),
    ('Community meetup registration (Japanese)', 'topic is certification; community service, not AWS'))

# 019 case_update: hold lifted
t = d('2025-03-12 16:33:10')
IDS['019'] = ses_id(t, 19)
txt = """Hello Mirela,

An update on case %s: the partner association on AWS02318764 has now been removed, so your case
is no longer on hold.

I've handed it back to the colleague on our certification records team who is preparing the
merge. They will write to you shortly with the details of both accounts. Nothing is needed from
you right now.
""" % A + tc_sig('Priyanka S.')
html = '<html><body><div style="font-family:Arial;font-size:14px"><p>' + txt.strip().replace('\n\n', '</p><p>').replace('\n', ' ') + '</p></div></body></html>'
add(('case_update', False, A, [CID_CO]),
    fm_rcvd(t, 'a9-140.smtp-out.amazonses.com', '54.240.9.140', 19) + [
    fm_auth('amazon.com', '010001958a11cc7e-%s@amazonses.com' % h(19, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['019']),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 19),
    ('Hold lifted on A, handed to records team', 'news without an ask; "they will write to you shortly"'))

# 020 AWS marketing, Japanese HTML only
t = d('2025-03-12 16:40:00')
html = """<html lang="ja"><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeded">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" width="60" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px">AWS Summit Japan 2025 登録受付を開始しました</h1>
<p>6月25日・26日、幕張メッセで開催される AWS Summit Japan の参加登録を開始しました。</p>
<p>今年は認定資格保有者向けのラウンジ「AWS Certified Lounge」を設置します。会場で認定バッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_2503" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録する</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">このメールは mkovac@fastmail.com 宛にお送りしています。
配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mail.pages.awscloud.com', '192.28.145.20', 20) + [
    fm_auth('amazon.com', 'aws-marketing@mail.pages.awscloud.com', selector='m1'),
    ('From', addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')),
    ('To', ME_P),
    ('Subject', enc('AWS Summit Japan 2025 登録受付を開始しました')),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@mail.pages.awscloud.com>' % h(20, n=20)),
    ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>' % h(20, 'u', n=16)),
    ], leaf('text/html', html, 'utf-8', 'base64'),
    ('AWS marketing (Japanese, HTML only, base64)', 'AWS sender, mentions certification badges; marketing'))

# 021 confirmation request A, HTML only with table
t = d('2025-03-13 11:20:36')
IDS['021'] = ses_id(t, 21)
CONF_TXT = """Hello Mirela,

Thank you for waiting while the partner association was removed. I can now prepare the merge.

Before I do anything that can't be undone, please look over the two profiles below. After a
merge, the secondary account's login stops working, and its exam history, certifications and
benefits move to the primary account.

Account #1
Login email: m.kovac@kansai-cloudworks.co.jp
Training notification email: m.kovac@kansai-cloudworks.co.jp
Certification notification email: m.kovac@kansai-cloudworks.co.jp
Candidate ID: AWS02318764
Active certifications: Solutions Architect - Associate, Developer - Associate

Account #2
Login email: mkovac@fastmail.com
Training notification email: mkovac@fastmail.com
Certification notification email: m.kovac@kansai-cloudworks.co.jp
Candidate ID: AWS04197350
Active certifications: none (exam scheduled: MLA-C01)

The certification notification address on Account #2 still points to your company mailbox; I
will change it to mkovac@fastmail.com during the merge unless you tell me otherwise.

Which of the two should remain as your primary account? A short reply naming the account
number is enough.

Kateryna H.
AWS Training and Certification Customer Support"""
row = lambda k, a, b: '<tr><td style="padding:6px;border:1px solid #d5dbdb;background:#f2f3f3"><b>%s</b></td><td style="padding:6px;border:1px solid #d5dbdb">%s</td><td style="padding:6px;border:1px solid #d5dbdb">%s</td></tr>' % (k, a, b)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mirela,</p>
<p>Thank you for waiting while the partner association was removed. I can now prepare the merge.</p>
<p>Before I do anything that can't be undone, please look over the two profiles below. After a merge, the
secondary account's login stops working, and its exam history, certifications and benefits move to the
primary account.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><th></th><th style="padding:6px;border:1px solid #d5dbdb">Account #1</th><th style="padding:6px;border:1px solid #d5dbdb">Account #2</th></tr>
""" + '\n'.join([
    row('Login email', ME_C, ME_P),
    row('Training notification email', ME_C, ME_P),
    row('Certification notification email', ME_C, ME_C),
    row('Candidate ID', CID_CO, CID_P),
    row('Active certifications', 'Solutions Architect &ndash; Associate<br>Developer &ndash; Associate', 'none (exam scheduled: MLA-C01)'),
]) + """
</table>
<p>The certification notification address on Account #2 still points to your company mailbox; I will change
it to mkovac@fastmail.com during the merge unless you tell me otherwise.</p>
<p><b>Which of the two should remain as your primary account?</b> A short reply naming the account number is enough.</p>
<p>Kateryna H.<br>AWS Training and Certification Customer Support</p>
</div></body></html>"""
add(('confirmation_request', True, A, [CID_CO, CID_P]),
    fm_rcvd(t, 'a9-201.smtp-out.amazonses.com', '54.240.9.201', 21) + [
    fm_auth('amazon.com', '010001958d2f11a0-%s@amazonses.com' % h(21, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Cc', ME_C),
    ('Subject', tc_subject(A)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['021']),
    ('In-Reply-To', IDS['019']),
    ('References', '%s\n %s\n %s' % (IDS['009'], IDS['010'], IDS['019'])),
    ], leaf('text/html', html, 'UTF-8', 'quoted-printable'),
    ('Confirmation request on A: Account #1 / #2 table', 'HTML only, the listing is a table; the ask is a question, no "please confirm"'))

# 022 Microsoft support: case closed + survey
t = d('2025-03-13 12:00:31', UTC)
txt = """Hello Mirela,

Your support request 2503130040009876 ("Partner Center: MPN ID association for Kansai Cloudworks")
has been closed.

Summary: the partner location was re-associated with the correct MPN ID. No further action is needed.

How did we do? Please take two minutes to rate your experience:
https://aka.ms/partnersupportsurvey?caseid=2503130040009876

If the issue comes back within 7 days, reply to this email and we will reopen the request.

Microsoft Partner Support
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
add(('unrelated', False, None, []),
    ms_rcvd(t, 'mail-sn1nam02on2050.outbound.protection.outlook.com', '40.107.96.50', 22) + [
    ms_auth('microsoft.com', 'microsoft.com', '40.107.96.50'),
    ('From', addr('Microsoft Partner Support', 'partnersupport@microsoft.com')),
    ('To', ME_C),
    ('Subject', 'Closed: Your support request 2503130040009876'),
    ('Date', fdate(t)),
    ('Message-ID', '<SN6PR00MB%s@SN6PR00MB0123.namprd00.prod.outlook.com>' % h(22, n=12).upper()),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Other vendor case closed with survey link', '"case closed", survey and reopen-by-reply, but Microsoft'),
    crlf=True)

# 023 Amazon.co.jp shipment (retail, not AWS)
t = d('2025-03-14 09:15:12')
txt = """Mirela Kovac 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 249-5518820-3391045
お届け予定: 3月15日(土)
商品: 引越し用 段ボール 140サイズ 20枚セット ほか1点

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
"""
html = '<html><body style="font-family:sans-serif"><p>' + txt.strip().replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>'
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a27-18.smtp-out.us-west-2.amazonses.com', '54.240.27.18', 23) + [
    fm_auth('amazon.co.jp', 'shipment-tracking@amazon.co.jp'),
    ('From', addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp')),
    ('To', ME_P),
    ('Subject', enc('Amazon.co.jp ご注文の商品を発送しました')),
    ('Date', fdate(t)),
    ('Message-ID', ses_id(t, 23, 'us-west-2')),
    ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 23),
    ('Amazon retail shipping notice', 'Amazon, SES, but retail; order number with dashes'))

# 024 suspicious: Credly lookalike
t = d('2025-03-14 20:10:05')
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto"><img src="https://credly-notify.com/img/credly.png" width="90" alt="Credly">
<p>Hi Mirela,</p>
<p>Because your AWS Certification accounts are being merged, your badges issued by
<b>Amazon Web Services Training and Certification</b> have been temporarily unlinked from your Credly profile.</p>
<p>To keep them, sign in and re-claim your badges within <b>48 hours</b>. Badges that are not re-claimed are archived.</p>
<p><a href="https://credly-notify.com/signin?next=/badges/reclaim&amp;r=%s" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Re-claim my badges</a></p>
<p>The Credly Team</p></div></body></html>""" % h(24, n=16)
add(('suspicious', False, None, []),
    fm_rcvd(t, 'smtp.credly-notify.com', '45.141.84.202', 24) + [
    fm_auth('credly-notify.com', 'mailer@credly-notify.com', policy='none', selector='mail'),
    ('From', addr('Credly', 'badges@credly-notify.com')),
    ('To', ME_P),
    ('Subject', 'Action needed: re-claim your AWS badges after your account merge'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@credly-notify.com>' % h(24, n=20)),
    ], leaf('text/html', html, 'utf-8', 'quoted-printable'),
    ('Credly lookalike phishing', 'knows about the merge; lookalike domain with passing DKIM'))
