# Part 5: late June - July 2025: an account console case, other vendors, the new job, last traps.
from gen_aws import *

CASE_ACC = '175056904000316'
SUBJ_ACC = 'Change root user email address for account 209384756120'

w = T('2025-06-22 14:11:31')
desc = """The root user of our sandbox account 209384756120 is registered to my work address, which will be deactivated on June 30 when I leave the company. Please change the root user email to aws-sandbox-root@seiran-sys.co.jp (a team mailbox). I can no longer sign in as root because the MFA device was reassigned."""
aws_send(w, ME_C, 'Amazon Web Services: New Support case: %s' % CASE_ACC,
         leaf(new_case_en(CASE_ACC, SUBJ_ACC, desc, svc='Account management', cat='Root user - Change email',
                          acct='209384756120'), cte='quoted-printable'),
         L('unrelated'), 'Account-management console case opened from the company account, written by the same '
         'owner and worried about the same June 30 deadline; not the T&C case.')

w = T('2025-06-23 10:33:47')
agent = """Hello Takumi,

Thanks for the details. Because the root user can't sign in, I need two confirmations before I can change the email address:

1. Confirm that you are authorized by Seiran Systems Co., Ltd. to make this change, and that the account owner agrees.
2. Confirm the new root user address: aws-sandbox-root@seiran-sys.co.jp

Please confirm both points in the Support Center. Once I have them, I'll send a verification message to the new address.

Regards,
Hannah W.
AWS Account Management"""
aws_send(w, ME_C, 'RE:[CASE %s] %s [AWS ID 209384756120]' % (CASE_ACC, SUBJ_ACC),
         leaf(corr_en(CASE_ACC, SUBJ_ACC, agent), cte='quoted-printable'),
         L('unrelated'), 'Asks the owner to "confirm" an account change in the Support Center - the wording of a '
         'confirmation request, but for an account-management case, not a certification merge.')

w = T('2025-06-24 16:02:09')
txt = """Hello,

The email address of the root user for AWS account 209384756120 was changed on June 24, 2025 at 06:58 UTC.

Previous address: t-****ara@seiran-sys.co.jp
New address: aws-sandbox-root@seiran-sys.co.jp

If you made this change, no action is needed. If you did not make it, contact AWS Support immediately.

Sincerely,
Amazon Web Services

""" + FOOT_EN
aws_send(w, ME_C, 'Amazon Web Services: Root user email address updated for account 209384756120',
         leaf(txt, cte='quoted-printable'), L('unrelated'),
         'Account notice from the same sender confirming the change; "no action is needed".')

w = T('2025-06-25 04:18:22')
txt = """##- Please type your reply above this line -##

Your request (1839201) has been updated. To add additional comments, reply to this email.

Lena (Datadog Support)
Jun 24, 2025, 15:17 EDT

Hi Takumi,

Thanks for the details. To see why log ingestion stopped after the agent upgrade, could you send us a flare from one of the affected hosts?

  sudo datadog-agent flare 1839201

Once we receive it we'll take a look. If we don't hear back within 7 days, this request will be closed automatically.

Best,
Lena
Datadog Support

--------------------------------
This email is a service from Datadog. [8KQ2VX-R1M3]
"""
add(w, 'Datadog Support <support@datadoghq.com>', ME_C, '[Datadog Support] Re: Log ingestion stopped after agent upgrade (Request #1839201)',
    leaf(txt, cs='UTF-8', cte='quoted-printable'), L('unrelated'),
    'Another vendor\'s support case (Zendesk) with a request and an auto-close warning; needs_reply is false because '
    'it is not an AWS T&C case.',
    top=m365_in(w, ME_C, 'support+id1839201@datadoghq.zendesk.com', '192.161.148.20', dkim_d='datadoghq.com', from_dom='datadoghq.com'),
    reply_to='Datadog Support <support+id1839201@datadoghq.com>')

w = T('2025-06-26 20:00:00')
txt = """JAWS-UG 東京 #58「生成AIとマルチアカウント運用」

小笠原 拓海 さん

参加登録が完了しました。

日時: 2025/07/10(木) 19:00〜21:30
会場: 東京都渋谷区(詳細は参加者への情報をご確認ください)
受付番号: 8841207

キャンセルする場合は、イベントページから参加を取り消してください。
https://jawsug.connpass.com/event/358812/

connpass
"""
add(w, addr('connpass', 'no-reply@connpass.com'), ME_P, '【connpass】JAWS-UG 東京 #58 への参加登録が完了しました',
    leaf(txt, cte='base64'), L('unrelated'), 'Community event registration with a 7-digit receipt number.',
    top=gmail_in(w, ME_P, 'bounce@connpass.com', 'mail.connpass.com', '13.112.36.14', dkim_d='connpass.com', from_dom='connpass.com',
                 policy='p=NONE sp=NONE dis=NONE'))

w = T('2025-06-27 17:48:05')
txt = """各位

お疲れさまです。クラウド基盤部の小笠原です。

私事で恐縮ですが、本日をもって最終出社となりました。
在籍中は大変お世話になり、ありがとうございました。

担当していた業務は森田さん・西田さんに引き継いでおります。
AWS のサンドボックスアカウントのルートユーザーも、チームのメールボックスに移行済みです。

今後の連絡先: takumi.ogasawara.dev@gmail.com

皆さまのますますのご活躍をお祈りしております。

小笠原 拓海
"""
add(w, addr(ME_JA, ME_C), 'all-cloud@seiran-sys.co.jp', '最終出社のご挨拶(小笠原)',
    multi('alternative', [leaf(txt, cte='base64'), leaf('<div style="font-family:Meiryo">' + txt.replace('\n', '<br>\n') + '</div>', 'html', cte='base64')],
          style='outlook'),
    L('user_reply'), 'The owner\'s farewell mail (Sent copy, Outlook): user_reply with no case.', crlf=True,
    extra=[('Thread-Topic', h('最終出社のご挨拶(小笠原)')), ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])

w = T('2025-06-28 11:52:40')
txt = """Your request (1839201) has been solved. To reopen this request, reply to this email.

Lena (Datadog Support)
Jun 27, 2025, 22:51 EDT

Hi Takumi,

The flare showed the new agent was reading an old log path. After updating logs.d/app.yaml, ingestion resumed at 02:10 UTC. I'm marking this request as solved.

How would you rate the support you received?
Good, I'm satisfied: https://datadog.zendesk.com/requests/1839201/satisfaction/new/good
Bad, I'm unsatisfied: https://datadog.zendesk.com/requests/1839201/satisfaction/new/bad

Best,
Lena
Datadog Support
"""
add(w, 'Datadog Support <support@datadoghq.com>', ME_P, '[Datadog Support] Request #1839201: Log ingestion stopped after agent upgrade - solved',
    leaf(txt, cs='UTF-8', cte='quoted-printable'), L('unrelated'),
    'Another vendor\'s "solved" mail with a satisfaction survey, delivered to the personal address (support '
    'updated the contact): not an AWS case survey.',
    top=gmail_in(w, ME_P, 'support+id1839201@datadoghq.zendesk.com', 'outbound.zendesk.com', '192.161.148.20',
                 dkim_d='datadoghq.com', from_dom='datadoghq.com', policy='p=REJECT sp=REJECT dis=NONE'))

w = T('2025-07-01 09:00:12')
txt = """Hello Takumi,

Here is a summary of the benefits available in your AWS Certification Account.

Candidate ID: AWS04419027

Active benefits
- 50% discount on your next AWS Certification exam - expires December 31, 2025
- Practice Exam voucher (AWS Skill Builder) - expires December 31, 2025
- Access to the AWS Certified Global Community

To use a discount, apply it at checkout when you schedule your exam.

AWS Certification
"""
add(w, 'AWS Certification <do-not-reply@certmetrics.com>', ME_P, 'Your AWS Certification benefits',
    leaf(txt, cte='quoted-printable'), L('certification', False, None, ['AWS04419027']),
    'Program benefits summary showing the reissued discount (the outcome of case B) - program mail, not the case.',
    top=gmail_in(w, ME_P, 'bounce@certmetrics.com', 'mta-44.certmetrics.com', '198.2.180.44',
                 dkim_d='certmetrics.com', from_dom='certmetrics.com', policy='p=REJECT sp=REJECT dis=NONE'))

w = T('2025-07-02 10:15:44')
txt = """小笠原 拓海 様

株式会社ナギサテックの人事部です。
7月7日(月)のご入社にあたり、以下の書類を7月4日(金)までにご提出いただけますでしょうか。

・雇用保険被保険者証
・年金手帳(または基礎年金番号通知書)の写し
・給与振込口座の届出書(添付の様式)

また、社用メールアドレス(t.ogasawara@nagisa-tech.co.jp)は入社日に発行いたします。

ご不明点がございましたら、本メールにご返信ください。
よろしくお願いいたします。

株式会社ナギサテック 人事部 山口
"""
add(w, addr('ナギサテック 人事部', 'hr@nagisa-tech.co.jp'), ME_P, '【ナギサテック】入社手続き書類のご提出のお願い',
    leaf(txt, cte='base64'), L('unrelated'),
    'New employer\'s HR asks for documents with keigo (ご提出いただけますでしょうか): a real request, but not from '
    'AWS support; it also names a third address that is not the owner\'s yet.',
    top=gmail_in(w, ME_P, 'hr@nagisa-tech.co.jp', 'mail-sg2apc01on2108.outbound.protection.outlook.com', '52.100.0.108',
                 dkim_d='nagisa-tech.co.jp', from_dom='nagisa-tech.co.jp', policy='p=NONE sp=NONE dis=NONE'))

w = T('2025-07-03 07:12:33')
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 18.42

Please see the Bills section of the AWS Billing console for details:
https://console.aws.amazon.com/billing/home#/bills

AWS Account ID: 483920175562
Billing period: June 1 - June 30, 2025

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + FOOT_EN
aws_send(w, ME_P, 'Amazon Web Services Billing Statement Available [Account: 483920175562]',
         leaf(txt, cte='quoted-printable'), L('unrelated'), 'Monthly billing statement from no-reply-aws.')

w = T('2025-07-05 13:40:09')
txt = """Hello,

Thank you for contacting AWS Training and Certification.

Following the recent changes to your certification account, the 50% exam discount attached to it has been suspended pending payment verification. To restore the benefit, reply to this message within 48 hours with the name on your card, the card number and its expiry date, or complete the verification at:

https://aws-training-benefits.com/verify?case=175160233400128

Failure to verify will permanently remove your remaining benefits.

Best regards,
AWS Training and Certification Customer Service
"""
add(w, 'AWS Training and Certification Customer Service <aws-cs-trainingcertification-form@amazon.com>', ME_P,
    'RE:[CASE 175160233400128] [AWS Training and Certification Form Submission] - account-assistance',
    leaf(txt, cs='us-ascii', cte='7bit'), L('suspicious'),
    'Spoofs the real T&C form sender and subject format with a plausible 15-digit case number and asks for a reply, '
    'but DKIM/DMARC fail for amazon.com and it wants card data: suspicious, no reply owed, no case.',
    top=gmail_in(w, ME_P, 'mailer@vps-2291.contaboserver.net', 'vps-2291.contaboserver.net', '161.97.88.214',
                 dkim_d=None, from_dom='amazon.com', spf='fail', dmarc='fail'))

w = T('2025-07-08 20:05:51')
txt = """Dear Takumi Ogasawara,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Developer - Associate (DVA-C02)
Registration ID: 518804271
Appointment: Saturday, July 19, 2025, 10:00 JST
Delivery: Pearson VUE Test Center - Tokyo Shinjuku
Price: USD 150.00
Discount applied: AWS Certification 50% benefit (-USD 75.00)
Total charged: USD 75.00

Please arrive 15 minutes early and bring a valid government-issued ID that exactly matches the name on your registration.

Pearson VUE
"""
add(w, 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', ME_P, 'Pearson VUE exam appointment confirmation - AWS Certified Developer - Associate',
    leaf(txt, cs='us-ascii', cte='7bit'), L('unrelated'),
    'Exam vendor booking that uses the reissued discount (9-digit registration ID): exam-vendor mail, unrelated.',
    top=gmail_in(w, ME_P, 'bounces+4417@em.pearsonvue.com', 'o22.em.pearsonvue.com', '149.72.120.14',
                 dkim_d='pearsonvue.com', from_dom='pearson.com', policy='p=REJECT sp=REJECT dis=NONE'))
