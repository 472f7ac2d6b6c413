# Messages 053-066
from gen_common import *

# 053 CertMetrics expiry notice in Japanese, now to the personal account
k = 'exp30'
t = f'''ストールベリ 明里 様

お持ちの AWS Certified Developer - Associate 認定の有効期限が 2025年11月28日 に迫っています（残り30日）。

認定を維持するには、有効期限までに最新バージョンの試験（DVA-C02）、または同じ分野の上位試験に合格してください。
再認定の方法や利用可能な特典は、AWS 認定アカウントの「特典」ページでご確認いただけます。

AWS 候補 ID: {CID_NEW}

AWS 認定
このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。
'''
add(L('certification', False, None, [CID_NEW]), build(
    recv_icloud('certmetrics.com', 'bounce@mailer.certmetrics.com', '198.21.4.88', 'mailer2.certmetrics.com', '2025-10-29 09:00:14') + [
    ('From', A('AWS 認定', CERTM)),
    ('To', ME_P),
    ('Subject', enc('AWS 認定の有効期限が近づいています（30日前のお知らせ）')),
    ('Date', date('2025-10-29 09:00:14', '+0000')),
    ('Message-ID', msgid(k, 'certmetrics.com')),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'Japanese CertMetrics expiry notice (program mail) addressed to the merged personal account.')

# 054 Case C resolved in Japanese, with survey link and conditional invitation
k = 'C-done'
t054 = f'''Akari Ståhlberg 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。大変お待たせいたしました。

認定記録のご登録氏名を「Akari Ståhlberg」に更新いたしました。既存の証明書および認定トランスクリプトには、24時間程度で新しいご氏名が反映されます。証明書の書式上「å」を表示できない箇所には「Akari Stahlberg」と記載されます。

なお、Credly のデジタルバッジは別のシステムで管理されているため、反映までに数日かかる場合がございます。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

────────────────────
今回のサポートはいかがでしたか。1分程度のアンケートにご協力いただけますと幸いです。
https://amazonsurveys.amazon.com/tc-support?case={CASE_C}&lang=ja
'''
add(L('resolved', False, CASE_C), build(
    aws_recv(k, '2025-10-29 13:00:40') + [dkim_sig('amazon.com', k),
    ('From', A('AWS トレーニングと認定', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-10-29 13:00:40', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['C-upd']),
    ('References', f'{IDS["C-ask"]} {IDS["C-r1"]} {IDS["C-upd"]}'),
], M('alternative', [P('text/plain', t054, 'utf-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t054)), 'utf-8', 'base64')], k)),
    'Japanese resolution (更新いたしました / 完了) with 〜がございましたら conditional invitation and a survey footer.')

# 055 CertMetrics program survey (not about a support case)
k = 'certsurvey'
t = '''AWS Certification wants to hear from you

Hello Akari,

You recently earned an AWS Certification. Would you take 10 minutes to tell us about your exam experience, from registration through testing?

Take the survey: https://aws-certification.qualtrics.com/jfe/form/SV_3kP9aXw?cid=AWS1038

Your answers help us improve AWS Certification exams. The survey closes on November 14, 2025.

AWS Certification
'''
add(L('certification', False), build(
    recv_icloud('certmetrics.com', 'bounce@mailer.certmetrics.com', '198.21.4.88', 'mailer2.certmetrics.com', '2025-10-30 10:00:55') + [
    ('From', A('AWS Certification', CERTM)),
    ('To', ME_P),
    ('Subject', 'AWS Certification wants to hear from you'),
    ('Date', date('2025-10-30 10:00:55', '+0000')),
    ('Message-ID', msgid(k, 'certmetrics.com')),
], P('text/plain', t, 'us-ascii', '7bit')),
    'Certification-program survey (exam experience), not a support-case survey; a truncated "AWS1038" in the URL is not a candidate ID.')

# 056 owner's own farewell mail (ISO-2022-JP)
k = 'bye'
t = f'''各位

お疲れさまです。Cloud Platform チームの石田です。
本日10月31日をもちまして退職いたします。在職中は大変お世話になりました。

引き継ぎは星野さんにお願いしております。AWS 周りのご相談は星野さんまでお願いします。

このアドレスは本日18時で使えなくなります。
今後のご連絡は個人アドレス {ME_P} までいただけますと嬉しいです。

皆さまのますますのご活躍をお祈りしております。

石田 明里
'''
add(L('user_reply', False), build([
    ('From', A('石田 明里', ME_C, 'iso-2022-jp')),
    ('To', 'all-staff@norrsken-labs.co.jp'),
    ('Subject', enc('退職のご挨拶（石田）', 'iso-2022-jp')),
    ('Date', date('2025-10-31 17:30:02')),
    ('Message-ID', msgid(k, 'outlook')),
    ('Content-Language', 'ja-JP'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
], P('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True),
    'Owner\'s own farewell mail from the company address (sent item): written by the owner, no case.')

# 057 Builder ID: new sign-in
k = 'bid2'
t = '''New sign-in to your AWS Builder ID

We noticed a new sign-in to your AWS Builder ID (akari.stahlberg@icloud.com).

When: October 31, 2025, 10:02 UTC
Browser: Safari on macOS
Location: Tokyo, Japan (approximate)

If this was you, you don't need to do anything. If you don't recognize this activity, reset your password at https://profile.aws.amazon.com and review your devices.

Amazon Web Services
'''
add(L('unrelated', False), build(
    recv_icloud('signin.aws', ses_from(k).replace('ap-northeast-1', 'us-east-1'), '54.240.11.42', 'a11-42.smtp-out.amazonses.com', '2025-10-31 19:02:44') + [
    dkim_sig('signin.aws', k),
    ('From', A('AWS Builder ID', 'no-reply@signin.aws')),
    ('To', ME_P),
    ('Subject', 'New sign-in to your AWS Builder ID'),
    ('Date', date('2025-10-31 19:02:44', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Builder ID security notice, "you don\'t need to do anything"; AWS but not a case.')

# 058 re:Post answer
k = 'repost'
t = '''Your question has a new answer

Question: Certificates still show my old name after merging certification accounts

Answer from EXPERT (AWS Certification community):
"Name changes on certification records aren't done automatically by a merge. Contact AWS Training
and Certification support through the contact form, and include the exact spelling you want. If it
has special characters, ask whether they can be printed on certificates."

Accept this answer if it solved your problem: https://repost.aws/questions/QU7Xb2m0kTQ6eWcY2Hq0aZ4w

You're receiving this because you follow this question. Manage notifications in your re:Post profile.
'''
add(L('unrelated', False), build(
    recv_icloud('repost.aws', ses_from(k).replace('ap-northeast-1', 'us-east-1'), '54.240.8.101', 'a8-101.smtp-out.amazonses.com', '2025-11-01 10:00:18') + [
    ('From', A('AWS re:Post', 'no-reply@repost.aws')),
    ('To', ME_P),
    ('Subject', 'New answer: Certificates still show my old name after merging certification accounts'),
    ('Date', date('2025-11-01 10:00:18', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'AWS re:Post answer about the very topic of case C, with advice to contact support; not a case.')

# 059 owner: certificates fine, badges not (cc her closed company address)
k = 'C-r2'
t059 = f'''Hello Sasaki-san,

Thank you! The certificates and the transcript now show Akari Ståhlberg.

However, my three Credly badges still show "Akari Ishida", a few days later. Could you check whether the badge side was updated too?

Best regards,
Akari Ståhlberg
'''
t = t059 + f'\n> 2025/10/29 13:00、AWS トレーニングと認定 <{FORM}> のメール:\n>\n' + quote(t054.split('────')[0])
add(L('user_reply', False, CASE_C), build([
    ('From', A(ME_P_NAME, ME_P)),
    ('To', A('AWS Training and Certification', FORM)),
    ('Cc', ME_C),
    ('Subject', f'Re: RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-11-02 10:10:02')),
    ('Message-ID', msgid(k, 'icloud')),
    ('In-Reply-To', IDS['C-done']),
    ('References', f'{IDS["C-ask"]} {IDS["C-upd"]} {IDS["C-done"]}'),
    ('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Owner re-opens a resolved case (badges still wrong); cc to her now-closed company address.')

# 060 bounce for the cc
k = 'bounce'
orig = (f'Return-Path: <{ME_P}>\nFrom: {A(ME_P_NAME, ME_P)}\nTo: AWS Training and Certification <{FORM}>\n'
        f'Cc: {ME_C}\nSubject: Re: RE:[CASE {CASE_C}] {SUBJ_C}\nDate: {date("2025-11-02 10:10:02")}\n'
        f'Message-ID: {IDS["C-r2"]}\n')
ds = (f'Reporting-MTA: dns; ms47p00im-qufo1703.me.com\nX-Postfix-Queue-ID: 4cW2b81ZqT\n'
      f'Arrival-Date: {date("2025-11-02 10:10:03", "+0000")}\n\n'
      f'Final-Recipient: rfc822; {ME_C}\nOriginal-Recipient: rfc822;{ME_C}\nAction: failed\nStatus: 5.4.1\n'
      'Remote-MTA: dns; norrskenlabs-co-jp.mail.protection.outlook.com\n'
      'Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.\n')
txt = f'''This is the mail system at host ms47p00im-qufo1703.me.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{ME_C}>: host
    norrskenlabs-co-jp.mail.protection.outlook.com[52.101.127.3] said: 550 5.4.1
    Recipient address rejected: Access denied. (in reply to RCPT TO command)
'''
body = M('report', [P('text/plain', txt, 'us-ascii', '7bit', extra='\nContent-Description: Notification'),
                    RAW('Content-Type: message/delivery-status\nContent-Description: Delivery report', ds),
                    RAW('Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers', orig)],
         k, extra=' report-type=delivery-status;')
add(L('unrelated', False, CASE_C), build([
    ('Return-Path', '<>'),
    ('From', 'MAILER-DAEMON@ms47p00im-qufo1703.me.com (Mail Delivery System)'),
    ('To', ME_P),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', date('2025-11-02 10:10:05', '+0000')),
    ('Message-ID', '<20251102011005.4cW2b81ZqT@ms47p00im-qufo1703.me.com>'),
    ('Auto-Submitted', 'auto-replied'),
], body),
    'Postfix bounce (multipart/report) for the cc to the closed company address; the returned headers carry the case subject; mail-system text, not support.')

# 061 Case C reopened, passed to badge team
k = 'C-reopen'
t = f'''Hello Akari,

I've reopened case {CASE_C} for you.

Our Certification Records team confirms that your record now reads Akari Ståhlberg. Credly badges are issued from a separate system and don't pick up name changes on their own, so I've asked our badge team to re-issue your three active badges under the new name.

Nothing more is needed from you. I'll follow up once the badge team is done, normally within 3 business days.

Regards,
Lwazi N.
AWS Training and Certification Customer Support
'''
add(L('case_update', False, CASE_C), build(
    aws_recv(k, '2025-11-03 14:00:31') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-11-03 14:00:31', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['C-r2']),
    ('References', f'{IDS["C-done"]} {IDS["C-r2"]}'),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'Reopened case, passed to another team, "Nothing more is needed from you".')

# 062 Google Cloud certification expiry (other vendor)
k = 'gcp'
t = '''Hi Akari,

Your Google Cloud Certified - Professional Cloud Architect certification expires on January 9, 2026.

You can take the renewal exam starting 60 days before your expiration date. Register through Webassessor and keep your certification active.

Google Cloud Certification team
'''
add(L('unrelated', False), build(
    recv_icloud('google.com', 'cloud-noreply@google.com', '209.85.220.69', 'mail-sor-f69.google.com', '2025-11-04 08:00:40') + [
    ('From', A('Google Cloud Certification', 'cloud-certification-noreply@google.com')),
    ('To', ME_P),
    ('Subject', 'Your Google Cloud certification expires soon'),
    ('Date', date('2025-11-04 08:00:40', '-0800')),
    ('Message-ID', msgid(k, 'google.com')),
], M('alternative', [P('text/plain', t, 'UTF-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t)), 'UTF-8', 'quoted-printable')], k)),
    'Another cloud vendor\'s certification expiry, not AWS.')

# 063 Credly: badges updated
k = 'credly-upd'
hh = html_wrap('''<p>Hi Akari Ståhlberg,</p>
<p><b>Amazon Web Services Training and Certification</b> has re-issued 3 of your badges with updated details:</p>
<ul><li>AWS Certified AI Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p>The previous versions have been revoked by the issuer. If you shared links to them, share the new ones instead.</p>
<p><a href="https://www.credly.com/earner/earned">View your badges</a></p>''')
add(L('badge', False), build(
    recv_icloud('credly.com', 'bounces@mail.credly.com', '167.89.22.10', 'o10.mail.credly.com', '2025-11-05 09:30:08') + [
    ('From', A('Credly', CREDLY)),
    ('To', ME_P),
    ('Subject', 'Your badges from Amazon Web Services Training and Certification were updated'),
    ('Date', date('2025-11-05 09:30:08', '+0000')),
    ('Message-ID', msgid(k, 'credly.com')),
], P('text/html', hh, 'utf-8', 'base64')),
    'Credly re-issue notice ("revoked" wording) that is the visible effect of case C.')

# 064 Case C resolved (badges)
k = 'C-done2'
t = f'''Hello Akari,

The badge team has re-issued your three active badges under the name Akari Ståhlberg; Credly should have notified you this morning. The old versions have been revoked, so any links you shared before will need updating.

Is there anything else I can help with? If not, there's no need to reply - the case will close automatically after 14 days.

Regards,
Lwazi N.
AWS Training and Certification Customer Support
'''
add(L('resolved', False, CASE_C), build(
    aws_recv(k, '2025-11-05 12:00:27') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-11-05 12:00:27', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['C-reopen']),
], P('text/plain', t, 'utf-8', '8bit')),
    'Resolution with a rhetorical "Is there anything else I can help with?" and "no need to reply"; mentions auto-close.')

# 065 console case B: new case acknowledgement
k = 'B-ack'
url = f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en'
t = f'''Dear Amazon Web Services Customer,

We have opened case {CASE_B} on your behalf.

The details of the case are as follows:

Case ID: {CASE_B}
Subject: {SUBJ_B}
Severity: General guidance
Correspondence: After my certification accounts were merged (case {CASE_A}), the 50% exam discount benefit from my old account ({CID_OLD}) is not listed under Benefits in my current account {CID_NEW}. Can you check what happened to it?

To view this case or add correspondence, please visit:
{url}
(If you are connecting by federation, log in before following the link.)

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update this case, please use the link above.
'''
add(L('acknowledgement', False, CASE_B, [CID_OLD, CID_NEW]), build(
    aws_recv(k, '2025-11-06 09:40:12') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', f'Amazon Web Services: New Support case: {CASE_B}'),
    ('Date', date('2025-11-06 09:40:12', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Support Center (console) case opened, 11-digit ID; echoed correspondence has the owner\'s own question ("Can you check...?") and the old merge case number.')

# 066 console case B: information request, must be answered in the Support Center
k = 'B-ask'
t = f'''Hello,

Thank you for contacting AWS Training and Certification through AWS Support.

I've reviewed your account {CID_NEW}. The 50% discount benefit earned on your previous account was carried over by the merge, but our records show it as redeemed on 8 October 2025.

Could you let us know whether you used a discount voucher when booking an exam around that date, and if so, the Pearson VUE registration number of that booking? A screenshot of the Benefits page in your current account would also help us compare what you see with what we see.

Best regards,
Haruto T.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

{url}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.*
'''
add(L('info_request', True, CASE_B, [CID_NEW]), build(
    aws_recv(k, '2025-11-07 16:45:51') + [dkim_sig('amazon.com', k),
    ('From', A('Amazon Web Services', CONSOLE)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_B}] {SUBJ_B}'),
    ('Date', date('2025-11-07 16:45:51', '+0000')),
    ('Message-ID', msgid(k, 'ses-us')),
], P('text/plain', t, 'UTF-8', '7bit')),
    'Console-case request that must be answered in the Support Center (no-reply sender, "cannot accept incoming e-mails"); request sits above a rating footer.')
