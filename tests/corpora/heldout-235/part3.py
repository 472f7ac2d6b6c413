"""Messages 030-047: name-correction case in Japanese (D), partner queue, exam, phishing."""
from lib import *

SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D

D_REQ = """森島 健太 様

AWS トレーニングと認定 カスタマーサービスの佐伯と申します。
認定記録の氏名修正についてお問い合わせいただき、ありがとうございます。

認定証およびデジタルバッジに表示される氏名は、試験当日に提示いただく
身分証明書の表記と一致している必要がございます。そのため、修正の際には
身分証明書上の表記を確認させていただいております。

つきましては、以下の2点をご返信にてお知らせいただけますでしょうか。

  1. 政府発行の身分証明書(パスポート等)に記載されているローマ字氏名
  2. 認定証での表示順のご希望(「名 姓」または「姓 名」)

なお、身分証明書の画像をお送りいただく必要はございません。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐伯 由紀
AWS トレーニングと認定 カスタマーサービス"""


def msgs():
    R = []

    # 030 ack D (Shift_JIS, base64)
    txt = """森島 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でケースを作成いたしました。

【ケース ID】%s
【お問い合わせタイプ】認定
【その他の詳細】認定記録の修正
【AWS 候補 ID】AWS04471920
【お問い合わせ内容】
認定証の氏名が「Kenta Morisima」となっています。正しくは「Kenta Morishima」です。
修正をお願いできますでしょうか。

回答までに通常1営業日ほどお時間をいただいております。本件について追加で
ご連絡いただく場合は、件名のケース番号を変更せずにこのメールへご返信ください。
新たにお問い合わせを作成されますと、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_D
    R.append(mk(('2025-03-18 00:30:44', '+0000'), who('AWS トレーニングと認定', TC, 'shift_jis'), ME_P,
        SUBJ_D, part(txt, cs='shift_jis', cte='b64'), hdrs_top=amz(), key='D_ack', mdom='amazon.com',
        kind='acknowledgement', case=CASE_D, cands=[ID_MAIN],
        note='Japanese acknowledgement in Shift_JIS/base64; the echoed form text contains '
             '"修正をお願いできますでしょうか" (the owner\'s own request) and a conditional "ご返信ください".'))

    # 031 lookalike-domain phishing
    html = """<html><body style="font-family:Arial">
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Certification holder,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your exam history,
you must confirm the merge within <b>48 hours</b>. Unconfirmed requests are cancelled and the
associated certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/confirm?id=TC-88412"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Confirm merge with Builder ID</a></p>
<p>Reference: TC-88412</p>
<p>AWS Certification Account Services</p>
</body></html>
"""
    R.append(mk(('2025-03-18 04:12:09', '+0000'), who('AWS Certification Support', 'case-team@aws-certification-merge.com'),
        ME_P, 'Action required: confirm your certification account merge', part(html, 'text/html', cte='qp'),
        hdrs_top=ext('aws-certification-merge.com', '185.220.70.14', 'mx1.bulkrelay-eu.net',
                     'case-team@aws-certification-merge.com', dmarc='pass', policy='NONE'),
        key='phish1', mdom='aws-certification-merge.com', kind='suspicious',
        note='Lookalike domain passing its own SPF/DKIM/DMARC; asks to "confirm the merge" with a '
             'credential link - looks like a confirmation request.'))

    # 032 Skill Builder receipt
    txt = """Thanks for your order.

AWS Skill Builder Individual subscription (monthly)
Order ID: SB-2025-0319-88412
Billing period: Mar 19, 2025 - Apr 18, 2025
Amount charged: USD 29.00 (card ending 4417)

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
    R.append(mk(('2025-03-18 23:02:40', '+0000'), who('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P,
        'Your receipt for AWS Skill Builder Individual', part(txt, cte='7bit'),
        hdrs_top=ext('skillbuilder.aws', '54.240.27.52', 'a27-52.smtp-out.amazonses.com',
                     '0100019562bb@amazonses.com', dkim_d='skillbuilder.aws'),
        key='sb1', mdom='amazon.com', kind='unrelated',
        note='Skill Builder receipt signed "AWS Training and Certification" - not a case.'))

    # 033 info request D (Japanese keigo, multipart)
    html = '<html><body style="font-family:\'Meiryo\',sans-serif">' + ''.join(
        '<p>%s</p>' % p.replace('\n', '<br>') for p in D_REQ.split('\n\n')) + '</body></html>\n'
    R.append(mk(('2025-03-19 02:24:18', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_D, alt(D_REQ + '\n', html, '----=_Part_2291_88120.1742351058'), hdrs_top=amz(),
        key='D_req', mdom='amazon.com', irt='D_ack', refs=['D_ack'],
        kind='info_request', reply=True, case=CASE_D,
        note='Japanese keigo request (いただけますでしょうか / ご確認のほど) after an explanation; the word '
             '確認 here is not a merge confirmation.'))

    # 034 dependabot
    txt = """Bumps hashicorp/aws from 5.89.0 to 5.91.0.

You can trigger a rebase of this PR by commenting @dependabot rebase.

-- 
Reply to this email directly or view it on GitHub:
https://github.com/tsurugi-sys/terraform-aws-accounts/pull/219
"""
    R.append(mk(('2025-03-19 12:15:30', '+0000'), who('dependabot[bot]', 'notifications@github.com'),
        'tsurugi-sys/terraform-aws-accounts <terraform-aws-accounts@noreply.github.com>',
        '[tsurugi-sys/terraform-aws-accounts] Bump hashicorp/aws from 5.89.0 to 5.91.0 in /modules/baseline (PR #219)',
        part(txt, cte='7bit'), cc='Subscribed <subscribed@noreply.github.com>',
        hdrs_top=ext('github.com', '192.30.252.203', 'out-20.smtp.github.com', 'noreply@github.com', rcpt=ME_C),
        key='gh219', mdom='github.com', kind='unrelated', note='GitHub bot PR.'))

    # 035 case update A
    txt = """Hi Kenta,

Thanks for passing on your administrator's note.

Partner operations have confirmed that the removal is in their queue.
Changes made in Partner Central can take up to five business days to
reach our systems, so please bear with us a little longer. I am keeping
an eye on it and will come back to you once the link is gone.

Regards,
Daniel K.
AWS Training and Certification Customer Service

> FYI - our Partner Central administrator told me today that he has removed me
> from the Tsurugi Systems roster.
"""
    R.append(mk(('2025-03-19 22:40:03', '+0000'), who('AWS Training and Certification', TC), ME_P,
        'RE: [CASE %s] %s' % (CASE_A, TC_SUBJ), part(txt, cte='7bit'), hdrs_top=amz(),
        key='A_upd2', mdom='amazon.com', irt='A_u3', refs=['A_ack', 'A_hold2', 'A_u3'],
        kind='case_update', case=CASE_A,
        note='Still working; "please bear with us" sounds like a request but asks for nothing.'))

    # 036 owner answers D (ISO-2022-JP)
    txt = """佐伯様

ご連絡ありがとうございます。森島です。

1. パスポートの表記は「MORISHIMA KENTA」です。
2. 認定証では「名 姓」の順で「Kenta Morishima」と表示していただけると幸いです。

お手数をおかけしますが、よろしくお願いいたします。

森島 健太

2025年3月19日(水) 11:24 AWS Training and Certification <%s>:
%s
""" % (TC, quote(D_REQ))
    R.append(mk(('2025-03-20 22:30:14',), who('森島 健太', ME_P, 'iso-2022-jp'), TC, SUBJ_D,
        part(txt, cs='iso-2022-jp', cte='7bit'), hdrs_top=sent('Thunderbird 128.8.0'), key='D_u1',
        irt='D_req', refs=['D_ack', 'D_req'], kind='user_reply', case=CASE_D,
        note='Owner\'s Japanese answer (ISO-2022-JP) quoting the request with > lines.'))

    # 037 other vendor: case closed
    txt = """Hi Kenta,

We haven't heard back from you in 7 days, so we're closing case 00482193
("SSO login loop after IdP certificate rotation").

If the problem is still there, just reply to this email within 14 days and
the case will reopen automatically.

Thanks for using Kiteline!
Marta - Kiteline Customer Support
"""
    R.append(mk(('2025-03-21 01:05:55', '+0000'), who('Kiteline Support', 'support@kiteline.io'), ME_C,
        '[Case 00482193] Your case has been closed', part(txt, cte='7bit'),
        hdrs_top=ext('kiteline.io', '167.89.115.4', 'o5.mail.kiteline.io', 'bounces@mail.kiteline.io', rcpt=ME_C),
        key='kite1', mdom='kiteline.io', kind='unrelated',
        note='Another vendor\'s "closed for no answer, reply to reopen" - same shape as a closing notice.'))

    # 038 case update D
    txt = """森島 健太 様

ご回答いただき、ありがとうございます。

いただいた内容をもとに、認定記録の修正を担当チームへ依頼いたしました。
反映までに3〜5営業日ほどかかる見込みです。完了しましたら改めてご連絡
いたしますので、今しばらくお待ちいただけますようお願いいたします。

佐伯 由紀
AWS トレーニングと認定 カスタマーサービス
"""
    R.append(mk(('2025-03-21 07:50:31', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_D, part(txt, cte='b64'), hdrs_top=amz(), key='D_upd', mdom='amazon.com',
        irt='D_u1', refs=['D_ack', 'D_req', 'D_u1'], kind='case_update', case=CASE_D,
        note='Handed to another team; ends with お待ちいただけますようお願いいたします (a polite '
             'request to wait, not to reply).'))

    # 039 Pearson VUE thanks
    txt = """Dear Kenta Morishima,

Thank you for testing with Pearson VUE today.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 418227903

Your results will be sent by the exam sponsor. Please do not reply to this message.

Pearson VUE
"""
    R.append(mk(('2025-03-22 06:35:10', '+0000'), who('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
        'Thank you for testing with Pearson VUE', part(txt, cte='7bit'),
        hdrs_top=ext('pearson.com', '159.182.60.12', 'smtp-out3.pearson.com', 'pvue-noreply@pearson.com'),
        key='pv2', mdom='pearson.com', kind='unrelated', note='Exam vendor post-test mail.'))

    # 040 resolved D
    txt = """森島 健太 様

お待たせいたしました。
認定アカウント AWS04471920 の氏名表記を「Kenta Morishima」に更新いたしました。

認定証(PDF)およびデジタルバッジには、24時間以内に新しい表記が反映されます。
お手数ですが、反映後に認定証を改めてダウンロードしてください。

ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐伯 由紀
AWS トレーニングと認定 カスタマーサービス
"""
    html = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in txt.split('\n\n')) + \
        '</body></html>\n'
    R.append(mk(('2025-03-24 00:10:47', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_D, alt(txt, html, '----=_Part_4410_99012.1742775047', cte='b64'), hdrs_top=amz(),
        key='D_done', mdom='amazon.com', irt='D_u1', refs=['D_ack', 'D_req', 'D_u1', 'D_upd'],
        kind='resolved', case=CASE_D, cands=[ID_MAIN],
        note='Record fixed; contains an imperative (download again) and a conditional ございましたら - '
             'neither needs a reply.'))

    # 041 exam result
    txt = """Congratulations, Kenta!

You have successfully completed the AWS Certified Security - Specialty exam
and are now AWS Certified.

Candidate ID: AWS04471920
Validation number: 7QZ2M1H4P8K1E3WS
Exam date: March 22, 2025

Your digital badge will arrive from Credly shortly. You can view your
certifications and benefits, including a 50% discount on your next exam,
in your AWS Certification account.

AWS Training and Certification
"""
    R.append(mk(('2025-03-24 08:22:05', '+0000'), who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'Congratulations! You are now AWS Certified', part(txt, cte='7bit'),
        hdrs_top=ext('certmetrics.com', '149.72.146.10', 'mail.certmetrics.com', 'bounce@certmetrics.com'),
        key='cm_pass', mdom='certmetrics.com', kind='certification', cands=[ID_MAIN],
        note='Exam result mail with candidate ID and validation number.'))

    # 042 Credly badge
    html = """<html><body style="font-family:Helvetica,Arial">
<h2>Congratulations, Kenta!</h2>
<p>You've earned the <b>AWS Certified Security &ndash; Specialty</b> badge from
Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c7e2f55-1a9b-4b7e-9e0d-5d3a6c21b8f0">View and share your badge</a></p>
<p style="font-size:12px;color:#888">Credly &middot; You can manage e-mail preferences in your account settings.</p>
</body></html>
"""
    R.append(mk(('2025-03-24 08:30:19', '+0000'), who('Credly', 'admin@credly.com'), ME_P,
        'You earned a new badge: AWS Certified Security - Specialty', part(html, 'text/html', cte='qp'),
        hdrs_top=ext('credly.com', '168.245.11.32', 'o1.email.credly.com', 'bounces+2291@email.credly.com'),
        key='credly2', mdom='credly.com', kind='badge', note='Credly badge with a badge UUID in the link.'))

    # 043 survey D (Japanese)
    txt = """森島 健太 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
ありがとうございました(ケース ID:%s)。

サービス向上のため、簡単なアンケートへのご協力をお願いしております。
所要時間は2分ほどです。

https://survey.aws-tc-feedback.amazon.com/s/7QK2?case=%s&lang=ja

※本メールは送信専用です。ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_D, CASE_D)
    R.append(mk(('2025-03-25 01:00:02', '+0000'), who('AWS トレーニングと認定', 'tc-feedback@amazon.com'),
        ME_P, 'カスタマーサービスに関するアンケートのお願い', part(txt, cte='b64'),
        hdrs_top=amz(tag='survey'), key='D_survey', mdom='amazon.com', kind='survey', case=CASE_D,
        note='Japanese survey; お願い phrasing but only a survey.'))

    # 044 spoofed amazon.com sender, dmarc=fail
    txt = """Hello,

This is the final notice regarding your AWS Training and Certification case.
We have not been able to verify the owner of the certification profile, and
the case will be closed and the profile locked in 24 hours.

To keep your certifications, reply to this e-mail with your Builder ID
e-mail and password, or verify at https://aws-training-verify.net/case/confirm

AWS Training and Certification Customer Service
"""
    R.append(mk(('2025-03-25 14:41:38', '+0000'), who('AWS Training and Certification', TC), ME_P,
        'RE:[CASE 174284400100932] %s' % TC_SUBJ, part(txt, cte='7bit'),
        hdrs_top=ext('amazon.com', '91.243.44.180', 'vps-44-180.hostline-ru.net', 'info@mailer-tc-notice.com',
                     spf='pass', dkim='none', dmarc='fail', policy='QUARANTINE'),
        key='phish2', mdom='mailer-tc-notice.com', kind='suspicious',
        note='Real AWS form address in From, real-looking [CASE] subject, but dkim=none and dmarc=fail; '
             'mimics a closing notice and asks for a reply with a password.'))

    # 045 free tier alert
    txt = """AWS Free Tier usage alert

Your AWS account 409318772650 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of March.

  Amazon Elastic Compute Cloud: 640 Hrs of 750 Hrs

To learn more about your Free Tier usage, visit the Billing and Cost
Management console.

Amazon Web Services
"""
    R.append(mk(('2025-03-26 00:00:41', '+0000'), who('AWS Free Tier', 'freetier@costalerts.amazonaws.com'),
        ME_P, 'AWS Free Tier limit alert', part(txt, cte='7bit'),
        hdrs_top=ext('costalerts.amazonaws.com', '54.240.27.77', 'a27-77.smtp-out.amazonses.com',
                     '0100019575ff@amazonses.com', dkim_d='amazonaws.com'),
        key='ft1', mdom='amazon.com', kind='unrelated', note='AWS billing-side alert.'))

    # 046 AWS Educate case (other program)
    txt = """Hello Kenta,

Thank you for applying for AWS Educate educator access.

To finish reviewing your application, could you tell us the full name of the
school where you teach, and send this information from an e-mail address
issued by that school? Applications without an institutional address cannot
be approved.

Best regards,
Renata
AWS Educate Support
"""
    R.append(mk(('2025-03-27 01:15:20', '+0000'), who('AWS Educate Support', 'aws-cs-educate-form@amazon.com'),
        ME_P, 'RE:[CASE 174303551200774] [AWS Educate Form Submission] - educator-access',
        part(txt, cte='7bit'), hdrs_top=amz(tag='educate'), key='edu1', mdom='amazon.com',
        kind='unrelated',
        note='Genuine AWS form case from another program (Educate) asking for information: same shape '
             'as a T&C info request, but not T&C, so no reply flag and no case.'))

    # 047 company IT: mailbox shutdown
    txt = """森島 健太 様

情報システム部です。退職に伴うアカウント停止について、ご連絡いたします。

 ・メールボックス停止:2025年3月31日(月) 18:00
 ・停止後に届いたメールは送信者へ不達として返送されます
 ・転送設定は停止と同時に解除されます

必要なデータのバックアップは、停止日時までに各自で実施してください。

株式会社ツルギシステムズ 情報システム部
"""
    R.append(mk(('2025-03-27 10:30:00',), who('情報システム部', 'it-helpdesk@tsurugi-sys.co.jp'), ME_C,
        '【重要】退職者アカウント停止のお知らせ', part(txt, cs='iso-2022-jp', cte='7bit'),
        subj_cs='iso-2022-jp', hdrs_top=ext('tsurugi-sys.co.jp', '198.51.100.23', 'mail.tsurugi-sys.co.jp',
                                            'it-helpdesk@tsurugi-sys.co.jp', rcpt=ME_C),
        key='it1', mdom='tsurugi-sys.co.jp', kind='unrelated', crlf=True,
        note='Company IT says the company mailbox closes on March 31 (context for the later bounce).'))
    return R
