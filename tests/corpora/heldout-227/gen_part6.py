# Messages 067-080
from gen_common import *

url = f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en'
CONSOLE_FOOT = f'''We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

{url}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.*
'''

# 067 Dependabot
k = 'dep'
t = '''Bumps urllib3 from 2.2.1 to 2.5.0.

Release notes: https://github.com/urllib3/urllib3/releases

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself. You can also trigger a rebase manually by commenting @dependabot rebase.

--
Reply to this email directly, view it on GitHub:
https://github.com/akari-s/dotfiles/pull/12
You are receiving this because you are subscribed to this thread.
'''
add(L('unrelated', False), build(
    recv_icloud('github.com', 'noreply@github.com', '192.30.252.201', 'out-18.smtp.github.com', '2025-11-08 07:00:12') + [
    ('From', A('dependabot[bot]', 'notifications@github.com')),
    ('To', 'akari-s/dotfiles <dotfiles@noreply.github.com>'),
    ('Cc', 'Subscribed <subscribed@noreply.github.com>'),
    ('Subject', '[akari-s/dotfiles] Bump urllib3 from 2.2.1 to 2.5.0 (PR #12)'),
    ('Date', date('2025-11-08 07:00:12', '-0800')),
    ('Message-ID', '<akari-s/dotfiles/pull/12@github.com>'),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Dependabot PR ("will resolve any conflicts").')

# 068 Free Tier alert
k = 'freetier'
t = '''AWS Free Tier limit alert

Your AWS account 418273650912 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of November.

Product: AmazonEC2 | Usage type: BoxUsage:t3.micro | Usage: 637 hours | Limit: 750 hours

To learn more about your usage, visit the Billing and Cost Management console.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
'''
add(L('unrelated', False), build(
    recv_icloud('costalerts.amazonaws.com', ses_from(k).replace('ap-northeast-1', 'us-east-1'), '54.240.8.33', 'a8-33.smtp-out.amazonses.com', '2025-11-09 09:00:51') + [
    ('From', A('AWS Free Tier', 'freetier@costalerts.amazonaws.com')),
    ('To', ME_P),
    ('Subject', 'AWS Free Tier limit alert'),
    ('Date', date('2025-11-09 09:00:51', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'AWS cost alert with a 12-digit account ID.')

# 069 credit card statement (UTF-8, 8bit)
k = 'card'
t = '''ストールベリ 明里 様

いつもみなとカードをご利用いただき、ありがとうございます。
11月分のご利用代金が確定しましたのでお知らせします。

お支払金額: 28,412円
お支払日: 2025年11月26日(水)

主なご利用:
 10/05 AWS SKILL BUILDER      4,380円
 10/06 AMAZON WEB SERVICES      584円
 10/08 PEARSON VUE            7,520円

明細の確認はみなとカード会員サイトから行えます。
※本メールは送信専用です。
'''
add(L('unrelated', False), build(
    recv_icloud('minato-card.co.jp', 'info@mail.minato-card.co.jp', '210.130.84.12', 'mta12.minato-card.co.jp', '2025-11-10 18:00:03') + [
    ('From', A('みなとカード', 'info@mail.minato-card.co.jp')),
    ('To', ME_P),
    ('Subject', enc('【みなとカード】ご利用代金確定のお知らせ')),
    ('Date', date('2025-11-10 18:00:03')),
    ('Message-ID', msgid(k, 'mail.minato-card.co.jp')),
], P('text/plain', t, 'utf-8', '8bit')),
    'Card statement in 8bit UTF-8 listing AWS / Skill Builder / Pearson VUE charges.')

# 070 AWS Activate form case (another AWS program) asking for information
k = 'activate'
t = '''Hello Akari,

Thank you for applying for AWS Activate Founders credits for Fjällsol Studio.

Before we can review the application we need two more details:
1. the public website of your company
2. the date your company was founded

Please reply to this email with both, and we'll continue the review.

Best regards,
Jun
AWS Activate Team
'''
add(L('unrelated', False), build(
    aws_recv(k, '2025-11-11 09:10:36') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Activate', 'aws-cs-activate-form@amazon.com')),
    ('To', ME_P),
    ('Subject', 'RE:[CASE 176279024401183] [AWS Activate Form Submission] - credits-application'),
    ('Date', date('2025-11-11 09:10:36', '+0000')),
    ('Message-ID', msgid(k)),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Genuine AWS customer-service form case of another program (Activate) with a real request: same template as T&C, but not a Training and Certification case.')

# 071 console case B: resolved because no answer (closing notice)
k = 'B-close'
t = f'''Hello,

We haven't heard back from you about case {CASE_B} since our correspondence of November 7, so we have marked the case as resolved.

If you still need help, you can reopen the case from the AWS Support Center and add your reply there within 14 days. After 14 days a resolved case can't be reopened, and you would need to create a new case.

Best regards,
Amazon Web Services

''' + CONSOLE_FOOT
add(L('closing_notice', True, CASE_B), build(
    aws_recv(k, '2025-11-11 17:00:19') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_B}] {SUBJ_B}'),
    ('Date', date('2025-11-11 17:00:19', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Console case auto-resolved for lack of an answer ("marked the case as resolved") - a closing notice, not a resolution; reopen via the Support Center only.')

# 072 owner's note to self
k = 'note'
t = f'''- answer in the Support Center, NOT by email (no-reply address!)
- reopen first: resolved 11/11, only 14 days
- 10/8 booking 570318264 was paid with the AWS Summit Japan voucher, not my 50% benefit
- attach screenshot of the Benefits page
{url}
'''
add(L('user_reply', False, CASE_B), build([
    ('From', A(ME_P_NAME, ME_P)),
    ('To', A(ME_P_NAME, ME_P)),
    ('Subject', f'todo: reply to AWS console case {CASE_B}'),
    ('Date', date('2025-11-11 21:05:44')),
    ('Message-ID', msgid(k, 'icloud')),
    ('X-Mailer', 'iPhone Mail (22G100)'),
], P('text/plain', t, 'utf-8', '7bit')),
    'Owner\'s note to self (from and to herself) full of "answer/reply/reopen" imperatives; a 9-digit registration number, no candidate ID.')

# 073 console case B: pending with Pearson VUE (hold, nothing asked)
k = 'B-hold'
t = f'''Hello Akari,

Thank you for reopening the case and for the screenshot.

You're right that booking 570318264 was paid with an event voucher, so your benefit should not have been marked as used. To correct the record we need our exam delivery partner, Pearson VUE, to confirm which voucher code was redeemed on that booking. I've sent them the request, and your case will stay pending until they reply, which usually takes 3 to 5 business days.

You don't need to do anything in the meantime.

Best regards,
Haruto T.
Amazon Web Services

''' + CONSOLE_FOOT
add(L('on_hold', False, CASE_B), build(
    aws_recv(k, '2025-11-13 10:20:05') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_B}] {SUBJ_B}'),
    ('Date', date('2025-11-13 10:20:05', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Case pending on a third party (Pearson VUE); the "respond from your AWS Support Center" footer is boilerplate, nothing is asked.')

# 074 iCloud storage
k = 'icloud'
hh = html_wrap('''<p>Your iCloud storage is almost full.</p>
<p>You have used 4.8 GB of your 5 GB of iCloud storage. When storage runs out, photos, files and device backups stop uploading to iCloud, and new mail cannot be received at your iCloud Mail address.</p>
<p><a href="https://www.icloud.com/settings/">Upgrade to iCloud+</a></p>
<p>The iCloud Team</p>''', 'font-family:-apple-system,Helvetica;font-size:15px')
add(L('unrelated', False), build(
    recv_icloud('email.apple.com', 'bounce@email.apple.com', '17.179.253.4', 'rn2-txn-msbadger04105.apple.com', '2025-11-13 15:00:44') + [
    ('From', A('iCloud', 'noreply@email.apple.com')),
    ('To', ME_P),
    ('Subject', 'Your iCloud storage is almost full'),
    ('Date', date('2025-11-13 15:00:44', '-0800')),
    ('Message-ID', msgid(k, 'email.apple.com')),
], P('text/html', hh, 'utf-8', 'quoted-printable')),
    'Storage warning (HTML-only).')

# 075 console billing case (not T&C) asking for information
k = 'billcase'
burl = 'https://console.aws.amazon.com/support/home#/case/?displayId=14097760235&language=en'
t = f'''Hello,

Thank you for your patience regarding the NAT Gateway charges on account 418273650912.

To look into this further, could you tell us whether the NAT Gateway in ap-northeast-1 was created by you or by an infrastructure-as-code tool, and whether you still need it? If it isn't needed, deleting it will stop further hourly charges.

Best regards,
Emily P.
Amazon Web Services

''' + CONSOLE_FOOT.replace(url, burl)
add(L('unrelated', False), build(
    aws_recv(k, '2025-11-14 11:30:52') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', 'RE:[CASE 14097760235] Unexpected NAT Gateway charges in ap-northeast-1'),
    ('Date', date('2025-11-14 11:30:52', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Genuine AWS Support Center billing case with a real question, same template and sender as case B, but not Training and Certification.')

# 076 console case B resolved
k = 'B-done'
t = f'''Hello Akari,

Pearson VUE has confirmed that booking 570318264 was paid with an event voucher. I've restored the 50% exam discount benefit on your account {CID_NEW}. It is listed under Benefits and is valid until May 28, 2026.

I'm marking this case as resolved. If you have another question about it, you can reopen the case from the Support Center within 14 days.

Best regards,
Haruto T.
Amazon Web Services

''' + CONSOLE_FOOT
add(L('resolved', False, CASE_B, [CID_NEW]), build(
    aws_recv(k, '2025-11-17 10:30:08') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_B}] {SUBJ_B}'),
    ('Date', date('2025-11-17 10:30:08', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Console case resolved (benefit restored), with rating footer and conditional reopen.')

# 077 console case B survey
k = 'B-survey'
cells = ''.join(f'<td><a href="https://aws-support-survey.amazon.com/s?c={CASE_B}&amp;s={i}" style="padding:4px 8px;border:1px solid #aab7b8;text-decoration:none">{i}</a></td>' for i in range(0, 11))
hh = html_wrap(f'''<p>Hello,</p>
<p>You recently worked with AWS Support on case <b>{CASE_B}</b> ({SUBJ_B}).</p>
<p>How likely are you to recommend AWS Support to a colleague?</p>
<table><tr>{cells}</tr></table>
<p style="font-size:12px;color:#687078">0 = not at all likely, 10 = extremely likely. This survey is sent to a sample of customers and takes about two minutes.</p>''')
add(L('survey', False, CASE_B), build(
    aws_recv(k, '2025-11-17 10:31:40') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Support', 'aws-support-survey@amazon.com')),
    ('To', ME_P),
    ('Subject', f'Tell us about your AWS Support experience (case {CASE_B})'),
    ('Date', date('2025-11-17 10:31:40', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/html', hh, 'utf-8', 'quoted-printable')),
    'NPS-style survey for the console case (HTML table of 0-10 links).')

# 078 CertMetrics: benefit available
k = 'benefit'
t = f'''Hello Akari Ståhlberg,

A new benefit is available in your AWS Certification Account.

Benefit: 50% discount on your next AWS Certification exam
Candidate ID: {CID_NEW}
Valid until: 2026-05-28

To use it, sign in to your AWS Certification Account, open Benefits, and generate your voucher code before scheduling your exam.

AWS Certification
This is an automated message from an unmonitored mailbox.
'''
add(L('certification', False, None, [CID_NEW]), build(
    recv_icloud('certmetrics.com', 'bounce@mailer.certmetrics.com', '198.21.4.88', 'mailer2.certmetrics.com', '2025-11-17 11:00:29') + [
    ('From', A('AWS Certification', CERTM)),
    ('To', ME_P),
    ('Subject', 'A new benefit is available in your AWS Certification Account'),
    ('Date', date('2025-11-17 11:00:29', '+0000')),
    ('Message-ID', msgid(k, 'certmetrics.com')),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Benefit notice that is the visible effect of case B, from the certification program rather than support.')

# 079 Credly lookalike phishing
k = 'phish-credly'
hh = html_wrap('''<p>Hi Akari,</p>
<p>Following the recent name change on your issuer profile, your 3 badges from <b>Amazon Web Services Training and Certification</b> need to be re-verified. Unverified badges will be <b>revoked within 24 hours</b>.</p>
<p><a href="https://credly-badge-verify.com/login?src=aws" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Verify with AWS Builder ID</a></p>
<p>Credly Trust &amp; Safety</p>''')
add(L('suspicious', False), build(
    recv_icloud('credIy.com', 'bounce@credIy.com', '103.75.118.9', 'mail.credIy.com', '2025-11-18 08:15:37', spf='pass', dkim='pass', dmarc='pass', policy='none') + [
    ('From', A('Credly', 'admin@credIy.com')),
    ('To', ME_P),
    ('Subject', 'Action needed: your AWS badges will be revoked'),
    ('Date', date('2025-11-18 08:15:37', '+0000')),
    ('Message-ID', msgid(k, 'credIy.com')),
], P('text/html', hh, 'utf-8', 'base64')),
    'Credly lookalike (capital I instead of l in credIy.com, authenticates for its own domain), exploits the real badge re-issue.')

# 080 AWS Japan marketing in Japanese
k = 'awsjp'
t = '''AWS 認定をお持ちの皆さまへ

アマゾン ウェブ サービス ジャパンより、AWS Certified コミュニティ 東京ミートアップのご案内です。

日時: 2025年12月11日(木) 18:30〜20:30
会場: 目黒セントラルスクエア（AWS Japan オフィス）
内容: 認定保有者同士の交流会、Professional 試験の最新動向

参加をご希望の方は、11月28日までにこちらからお申し込みください:
https://pages.awscloud.com/JAPAN-event-certified-meetup-2025.html

本メールは送信専用アドレスから配信しています。配信停止はこちら。
'''
add(L('unrelated', False), build(
    recv_icloud('amazon.com', 'bounce-aws-mktg@mail.awsevents.com', '13.111.21.4', 'mta4.mail.awsevents.com', '2025-11-18 09:00:50') + [
    dkim_sig('amazon.com', k),
    ('From', A('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com')),
    ('To', ME_P),
    ('Subject', enc('【ご招待】AWS Certified コミュニティ 東京ミートアップ')),
    ('Date', date('2025-11-18 09:00:50', '+0000')),
    ('Message-ID', msgid(k, 'mail.awsevents.com')),
], M('alternative', [P('text/plain', t, 'utf-8', 'base64'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'base64')], k)),
    'Japanese AWS marketing for certified holders with a sign-up deadline ("お申し込みください").')
