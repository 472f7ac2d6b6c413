from lib import *
from part2 import CA, AMZ
from part4 import CC, SC, CONSOLE_FOOT


def run():
    # 049 bounce of the e-mail reply to the console case
    msg('unrelated', False, CC, [],
        'bounce: no-reply address rejects the e-mailed answer; not support speaking, though the console case still waits',
        addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
        'Delivery Status Notification (Failure)', dt('2025-05-29 03:41'), T(
"""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 This mailbox cannot accept incoming e-mails.

----- Original message -----
Subject: %s
""" % SC), 'c-bounce', irt='c-user1', mstyle='mx.google.com',
        extra=['Auto-Submitted: auto-replied'])

    # 050 fake Credly
    msg('suspicious', False, None, [],
        'fake Credly badge mail from credly-badgehub.net asking to log in with AWS credentials',
        addr('Credly Badges', 'notify@credly-badgehub.net'), ME_P,
        'Action needed: your AWS badges will be revoked', dt('2025-05-30 11:18'), H(
"""<html><body><p>Hi Kaito,</p><p>Following your recent account merge, your AWS Certification badges must be
re-validated. Sign in with your AWS Builder ID within 48 hours or the badges will be revoked.</p>
<p><a href="https://credly-badgehub.net/aws/revalidate">Re-validate badges</a></p><p>The Credly Team</p></body></html>""", 'utf-8', 'base64'),
        'phish-3', mstyle='credly-badgehub.net', extra=[auth('credly-badgehub.net', dmarc='none')])

    # 051 AWS marketing in Japanese
    msg('unrelated', False, None, [],
        'AWS marketing (Japanese HTML) from the marketing address; mentions certification lounge',
        addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), ME_P,
        'AWS Summit Japan 2025 ご登録はお済みですか?', dt('2025-05-31 01:00'), ALT(
        T("""AWS Summit Japan 2025 の事前登録受付中です。
AWS 認定者限定ラウンジもご用意しています。
ご登録はこちら: https://aws.amazon.com/jp/summits/japan/
"""),
        H("""<html><body><h2>AWS Summit Japan 2025</h2><p>事前登録受付中です。AWS 認定者限定ラウンジもご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">配信停止をご希望の場合は、こちらから設定を変更してください。</p></body></html>""", 'utf-8', 'base64')),
        'mkt-1', received=AMZ, extra=[auth('amazon.com'), 'List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>'])

    # 052 console closing notice
    msg('closing_notice', True, CC, [],
        'console auto-resolve warning: answer must go through Support Center; his e-mail answer never arrived',
        addr('Amazon Web Services', NOREPLY), ME_P, SC, dt('2025-06-02 02:10'), T(
"""Hello,

We haven't heard from you about case %s. If we don't receive a response
in the Support Center within the next 3 days, this case will be resolved
automatically. Resolved cases can be reopened for 14 days.
%s

We value your feedback. Please share your experience by rating this
correspondence in the Support Center.
""" % (CC, CONSOLE_FOOT)), 'c-close', irt='c-req', refs=['c-ack', 'c-req'], received=AMZ, extra=[auth('amazon.com')])

    # 053 farewell, Japanese, from colleague to personal
    msg('unrelated', False, None, [],
        'former colleague farewell note to the personal address; asks a personal question (not support)',
        addr('倉本 大地', 'daichi.kuramoto@tsubame-cloud.co.jp'), ME_P, 'お疲れさまでした!',
        dt('2025-06-02 20:15', 9), T(
"""平沢さん

最終日お疲れさまでした。引き継ぎ資料、とても助かっています。
落ち着いたらまた飲みに行きましょう。新しい会社の連絡先も教えてくださいね。

倉本
""", 'iso-2022-jp', '7bit'), 'farewell', scs='iso-2022-jp', mstyle='outlook',
        extra=[auth('tsubame-cloud.co.jp')])

    # 054 console case update after he answered in console
    msg('case_update', False, CC, [],
        'console update after he answered in the Support Center: forwarded to benefits team; still open, asks nothing',
        addr('Amazon Web Services', NOREPLY), ME_P, SC, dt('2025-06-03 04:22'), T(
"""Hello Kaito,

Thanks for the details you added in the Support Center. I've forwarded the
request to our benefits team to reissue the voucher tied to your Solutions
Architect - Associate certification. I'll update this case once they have
processed it.

Best regards,
Farrukh T.
Amazon Web Services
%s
""" % CONSOLE_FOOT), 'c-upd', irt='c-close', refs=['c-ack', 'c-req', 'c-close'], received=AMZ, extra=[auth('amazon.com')])

    # 055 console resolved with survey footer
    msg('resolved', False, CC, [],
        'voucher reissued; console footer with rating request and "cannot accept incoming e-mails"',
        addr('Amazon Web Services', NOREPLY), ME_P, SC, dt('2025-06-05 06:30'), ALT(
        T("""Hello Kaito,

The benefits team has reissued your 50%% exam discount voucher. It is now
listed under Benefits in your AWS Certification account and is valid until
2026-06-05. I've set this case to resolved.

Best regards,
Farrukh T.
Amazon Web Services
%s

We value your feedback. Please share your experience by rating this
correspondence in the Support Center.
""" % CONSOLE_FOOT, 'utf-8', 'quoted-printable'),
        H("""<html><body><p>Hello Kaito,</p><p>The benefits team has reissued your 50%% exam discount voucher. It is now listed under
<b>Benefits</b> in your AWS Certification account and is valid until 2026-06-05. I've set this case to resolved.</p>
<p>Best regards,<br>Farrukh T.</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s">Rate this correspondence</a></p>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % CC)),
        'c-res', irt='c-upd', refs=['c-ack', 'c-req', 'c-upd'], received=AMZ, extra=[auth('amazon.com')])

    # 056 console survey
    msg('survey', False, CC, [],
        'separate survey mail for the console case',
        addr('Amazon Web Services', NOREPLY), ME_P,
        'Tell us about your recent AWS Support experience', dt('2025-06-06 05:00'), T(
"""Hello,

You recently worked with AWS on case %s. We'd appreciate two minutes
of your time to tell us how it went:

https://survey.aws-support.example/console?displayId=%s

Thank you,
AWS Support
""" % (CC, CC)), 'c-survey', received=AMZ, extra=[auth('amazon.com')])

    # 057 free tier alert
    msg('unrelated', False, None, [],
        'AWS Free Tier usage alert with account id; AWS mail but not a case',
        addr('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), ME_P,
        'AWS Free Tier limit alert', dt('2025-06-07 09:12'), T(
"""Your AWS account 381624907715 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the June 2025 billing period.

Service: Amazon S3   Usage: 4.3 GB of 5 GB

To avoid charges, review your usage in the Billing console.
"""), 'ft-1', mstyle='costalerts.amazonaws.com', extra=[auth('costalerts.amazonaws.com')])

    # 058 recertification
    msg('certification', False, None, ['AWS11940376'],
        'recertification congratulations with candidate id and validation number',
        addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'Congratulations on recertifying your AWS Certification!', dt('2025-06-09 03:00'), H(
"""<html><body><p>Dear Kaito Hirasawa,</p><p>Congratulations on recertifying your <b>AWS Certified Developer &ndash; Associate</b>.</p>
<table><tr><td>Candidate ID</td><td>AWS11940376</td></tr><tr><td>New expiration</td><td>2028-06-08</td></tr>
<tr><td>Validation number</td><td>Z7RM0PQ2K1B41DCV</td></tr></table>
<p>Your updated badge will be issued by Credly.</p></body></html>"""),
        'cm-recert', mstyle='certmetrics.com', extra=[auth('certmetrics.com')])

    # 059 Credly new badge
    msg('badge', False, None, [],
        'Credly badge for the renewed certification, plain text',
        addr('Credly', 'admin@credly.com'), ME_P,
        'Congratulations Kaito! Claim your AWS Certified Developer - Associate badge', dt('2025-06-09 04:10'), T(
"""Hi Kaito,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Claim your badge: https://www.credly.com/badges/51ac03f2-8d6e-4a71-b0de-2e9c4f7a1836

The Credly Team
"""), 'credly-2025b', mstyle='credly.com', extra=[auth('credly.com')])

    # 060 fake Pearson VUE
    msg('suspicious', False, None, [],
        'lookalike exam vendor (pearsonvue-results.com) demanding a "score release fee"; asks for a reply',
        addr('Pearson VUE Results', 'results@pearsonvue-results.com'), ME_P,
        'Your exam score is on hold - reply to release', dt('2025-06-10 13:33'), T(
"""Dear Candidate,

Your score report for DVA-C02 is on hold because the score release fee
(USD 19.99) was not paid. Reply to this message with your card details or
pay at https://pearsonvue-results.com/release to release your result.

Pearson VUE Candidate Services
"""), 'phish-4', mstyle='pearsonvue-results.com', extra=[auth('pearsonvue-results.com', dkim='none', dmarc='none')])

    # 061 note to self
    msg('user_reply', False, CA, ['AWS11940376', 'AWS07263158'],
        "owner's note to himself summarising the merge; mentions case numbers and both candidate ids",
        addr(ME_NAME, ME_P), ME_P, 'memo: AWS cert account merge done', dt('2025-06-12 13:05'), T(
"""Memo for myself

- Case %s: merge of AWS07263158 into AWS11940376 done 5/16,
  missing SAA exam record restored 5/26.
- Voucher case %s: reissued 6/5, valid until 2026-06-05.
- Badges re-claimed on Credly with the personal address.
- DVA recertified 6/8.
""" % (CA, CC)), 'memo', mstyle='gmail')
