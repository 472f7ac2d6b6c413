"""Messages 066-081: reopened merge case, console case closes, late phishing, aftermath."""
from lib import *
from part4 import CONSOLE_FOOT, SUBJ_C

SUBJ_A = 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ)

DONE2 = """Hi Kenta,

Good news from the certification records team: your AWS Certified Advanced
Networking - Specialty result from September 2022 had been attached to an
older test-center registration, which is why it did not follow the merge.
It is now linked to AWS04471920 and shows in your exam history and
certifications.

I'm setting the case back to resolved. Should anything else look wrong,
reply here and it will come straight back to me.

Best,
Sofia
AWS Training and Certification Customer Service"""

FEEDBACK = """
We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in the top right corner of each correspondence within the AWS Support Center.
"""


def msgs():
    R = []

    # 066 owner: exam missing after merge
    txt = """Hi Malik,

Thanks for the merge - almost everything is there. One thing is missing:
my AWS Certified Advanced Networking - Specialty (ANS-C01), passed on
14 September 2022 under my old profile AWS02283417, does not show in Exam
history or Certifications on AWS04471920. Could you take a look?

Kenta

On Mon, Apr 7, 2025 at 3:02 PM AWS Training and Certification <%s> wrote:
> Hello Kenta,
>
> Thank you for confirming. The merge is complete: everything from Account #2
> has been combined into Account #1 (AWS04471920), which now signs in with
> kenta.morishima@hoshimail.jp.
> [...]
""" % TC
    R.append(mk(('2025-04-10 08:45:13',), who(ME_NAME, ME_P), TC, SUBJ_A, part(txt, cte='7bit'),
        hdrs_top=sent(), key='A_u5', irt='A_done', refs=['A_ack', 'A_conf', 'A_u4', 'A_done'],
        kind='user_reply', case=CASE_A, cands=[ID_CO, ID_MAIN],
        note='Owner writes again on a resolved case (will reopen it).'))

    # 067 Credly lookalike
    html = """<html><body style="font-family:Helvetica">
<p>Hello,</p>
<p>Because your AWS certification account was recently changed, the badges issued by
Amazon Web Services Training and Certification have been <b>suspended</b>. They will be revoked
on April 12 unless you verify ownership.</p>
<p><a href="https://credly-notification.com/verify?u=kenta.morishima%40hoshimail.jp">Verify my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""
    R.append(mk(('2025-04-10 04:30:02', '+0000'), who('Credly', 'security@credly-notification.com'), ME_P,
        'Action needed: your badges will be revoked', part(html, 'text/html', cte='qp'),
        hdrs_top=ext('credly-notification.com', '45.95.147.21', 'srv147-21.fastvps-de.net',
                     'mail@credly-notification.com', policy='NONE'),
        key='phish3', mdom='credly-notification.com', kind='suspicious',
        note='Credly lookalike timed right after the merge.'))

    # 068 reopened, with certification records team
    txt = """Hi Kenta,

Thanks for flagging this. I've reopened your case and asked our
certification records team to trace the ANS-C01 result from September 2022.
Tracing older results can take a few business days; you don't need to send
anything else, and I'll update you here as soon as I have an answer.

Best,
Sofia
AWS Training and Certification Customer Service
"""
    R.append(mk(('2025-04-11 02:00:47', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_A, part(txt, cte='7bit'), hdrs_top=amz(), key='A_reopen', mdom='amazon.com',
        irt='A_u5', refs=['A_ack', 'A_done', 'A_u5'], kind='case_update', case=CASE_A,
        note='Reopened and passed to another team; nothing asked.'))

    # 069 classroom training registration (aws.training)
    txt = """Hello Kenta Morishima,

You are registered for the following class:

  Advanced Architecting on AWS (Virtual classroom, Japanese)
  April 22-24, 2025, 09:30-17:30 JST
  Registration number: TR-5571-2093

Please complete the pre-class survey and install the lab software before
the first day. Joining instructions will follow one day before the class.

AWS Training and Certification
"""
    R.append(mk(('2025-04-11 09:00:15', '+0000'), who('AWS Training and Certification', 'no-reply@aws.training'),
        ME_P, 'Registration confirmation: Advanced Architecting on AWS', part(txt, cte='7bit'),
        hdrs_top=ext('aws.training', '54.240.27.61', 'a27-61.smtp-out.amazonses.com',
                     '01000196211a@amazonses.com', dkim_d='aws.training'),
        key='trn1', mdom='amazon.com', kind='unrelated',
        note='Classroom training registration from the T&C brand; contains instructions, no case.'))

    # 070 console closing notice
    txt = """Hello,

We haven't heard back from you regarding the information requested on
April 9. If we don't receive a response, this case will be resolved
automatically in 3 days. A resolved case can be reopened from the Support
Center for 14 days.

Please add your reply in the Support Center so that we can continue.

Best regards,
Akira H.
Amazon Web Services
%s%s""" % (FEEDBACK, CONSOLE_FOOT)
    R.append(mk(('2025-04-12 00:00:31', '+0000'), who('Amazon Web Services', CONSOLE), ME_P, SUBJ_C,
        part(txt, cte='qp'), hdrs_top=amz(tag='console', ip='54.240.9.40'), key='C_close', mdom='amazon.com',
        irt='C_req', refs=['C_ack', 'C_req'], kind='closing_notice', reply=True, case=CASE_C,
        note='Console auto-resolve warning; the answer must go through the Support Center.'))

    # 071 other vendor asks for documents
    txt = """森島 健太 様

ナギドメインサポートです。ドメイン morishima-lab.jp の移管申請について、
登録者情報の確認が必要となりました。

お手数ですが、4月20日までに本メールへのご返信で、登録者ご本人の
確認書類(運転免許証等)の写しをお送りください。期限までにご提出が
ない場合、移管申請は取り消しとなります。

[Ticket #88231]
ナギドメイン カスタマーサポート
"""
    R.append(mk(('2025-04-13 10:30:44',), who('ナギドメイン サポート', 'support@nagi-domains.jp'), ME_P,
        '[Ticket #88231] ドメイン移管に関するご確認のお願い', part(txt, cte='qp'),
        hdrs_top=ext('nagi-domains.jp', '203.0.113.77', 'mail.nagi-domains.jp', 'support@nagi-domains.jp'),
        key='nagi1', mdom='nagi-domains.jp', kind='unrelated',
        note='Another vendor\'s support ticket asking for a reply with documents and a deadline - '
             'a genuine request, but not AWS T&C.'))

    # 072 console case resolved
    txt = """Hello Kenta,

Thank you for the details you added in the Support Center.

I've re-created the 50%% exam discount on your certification account
AWS04471920; it should appear under Benefits within 24 hours. As this
takes care of the issue, I'm marking the case as resolved. If something is
still not right, you can reopen it from the Support Center within 14 days.

Best regards,
Akira H.
Amazon Web Services
%s%s""" % (FEEDBACK, CONSOLE_FOOT)
    R.append(mk(('2025-04-14 04:25:10', '+0000'), who('Amazon Web Services', CONSOLE), ME_P, SUBJ_C,
        part(txt.replace('%%', '%'), cte='qp'), hdrs_top=amz(tag='console', ip='54.240.9.40'),
        key='C_done', mdom='amazon.com', irt='C_close', refs=['C_ack', 'C_req', 'C_close'],
        kind='resolved', case=CASE_C, cands=[ID_MAIN],
        note='Voucher re-created; rating footer and "reopen within 14 days" are not requests.'))

    # 073 newsletter (multipart, QP)
    txt = """クラウドの窓 週刊ダイジェスト 2025年4月14日号

■ 特集:転職時の AWS 認定アカウント統合ガイド
フォームからの申請、サポートからの確認メールへの返信、統合完了までの
流れを読者の体験談とともにまとめました。パートナー企業に在籍している
場合は、統合が保留になることがあるので早めの申請がおすすめです。

■ ニュース
・Security Hub の新しいコントロール 12 件
・東京リージョンで新インスタンスタイプが利用可能に

配信停止: https://news.kumonomado.jp/unsub?u=7f3e21
"""
    html = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in txt.split('\n\n')) + \
        '</body></html>\n'
    R.append(mk(('2025-04-14 14:05:09',), who('クラウドの窓 編集部', 'digest@news.kumonomado.jp'), ME_P,
        '【クラウドの窓】特集:認定アカウント統合ガイド', alt(txt, html, '=_kmd_0414_a81f'),
        hdrs_top=ext('news.kumonomado.jp', '203.0.113.41', 'out2.kumonomado.jp',
                     'bounce-7f3e21@news.kumonomado.jp'),
        extra=[('List-Unsubscribe', '<https://news.kumonomado.jp/unsub?u=7f3e21>')],
        key='nl2', mdom='news.kumonomado.jp', kind='unrelated',
        note='Newsletter whose feature describes the whole merge flow (保留, 確認メール, 統合完了).'))

    # 074 A resolved again
    R.append(mk(('2025-04-14 21:40:26', '+0000'), who('AWS Training and Certification', TC), ME_P,
        'RE: [CASE %s] %s' % (CASE_A, TC_SUBJ), part(DONE2 + '\n', cte='7bit'), hdrs_top=amz(),
        key='A_done2', mdom='amazon.com', irt='A_reopen', refs=['A_ack', 'A_done', 'A_u5', 'A_reopen'],
        kind='resolved', case=CASE_A, cands=[ID_MAIN],
        note='Second resolution after the reopen; "reply here" is conditional.'))

    # 075 console survey
    txt = """Dear AWS customer,

Your support case %s was recently resolved. Would you take a moment
to tell us about your experience?

Rate your experience: https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you,
AWS Support
""" % (CASE_C, CASE_C)
    R.append(mk(('2025-04-15 01:00:20', '+0000'), who('Amazon Web Services', CONSOLE), ME_P,
        'How was your experience with AWS Support?', part(txt, cte='7bit'),
        hdrs_top=amz(tag='console', ip='54.240.9.40'), key='C_survey', mdom='amazon.com',
        kind='survey', case=CASE_C, note='Console case survey; case number only in the body.'))

    # 076 certification benefits updated (Japanese)
    txt = """森島 健太 様

AWS 認定アカウントの特典が更新されました。

候補 ID:AWS04471920
追加された特典:次回の認定試験 50% 割引

特典の詳細とクーポンコードは、AWS 認定アカウントの「特典」ページで
ご確認いただけます。

AWS 認定
"""
    R.append(mk(('2025-04-15 03:00:05', '+0000'), who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'AWS 認定特典が更新されました', part(txt, cte='qp'), subj_enc='Q',
        hdrs_top=ext('certmetrics.com', '149.72.146.10', 'mail.certmetrics.com', 'bounce@certmetrics.com'),
        key='cm_ben', mdom='certmetrics.com', kind='certification', cands=[ID_MAIN],
        note='Benefit notice that is the visible result of the console case, but program mail: certification.'))

    # 077 Pearson lookalike
    txt = """Dear Candidate,

Your upcoming AWS Certification exam appointment has been CANCELLED due to a
payment verification problem. To keep your slot, confirm your card details
within 12 hours:

https://pearsonvue-notice.com/reschedule?ref=418227903

Pearson VUE Candidate Services
"""
    R.append(mk(('2025-04-16 00:10:40', '+0000'), who('Pearson VUE', 'no-reply@pearsonvue-notice.com'), ME_P,
        'URGENT: Your exam appointment has been cancelled', part(txt, cte='7bit'),
        hdrs_top=ext('pearsonvue-notice.com', '141.98.10.55', 'mail.bulk-sender.top',
                     'bounce@bulk-sender.top', spf='softfail', dkim='none', dmarc='none', policy='NONE'),
        key='phish4', mdom='pearsonvue-notice.com', kind='suspicious',
        note='Exam-vendor lookalike (softfail, unsigned) reusing the real registration number.'))

    # 078 AWS marketing (Japanese, multipart)
    txt = """森島 健太 様

AWS Summit Japan 2025 の開催まであと2か月となりました。
AWS 認定をお持ちの方は、認定者ラウンジで限定ノベルティをお受け取りいただけます。

セッションカタログを見る: https://aws.amazon.com/jp/summits/japan/sessions/

配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
    html = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in txt.split('\n\n')) + \
        '</body></html>\n'
    R.append(mk(('2025-04-16 17:00:00',), who('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com'),
        ME_P, 'AWS Summit Japan まであと2か月:認定者ラウンジのご案内', alt(txt, html, 'b1_8f2e0c', cte='b64'),
        hdrs_top=ext('amazon.com', '199.127.232.15', 'mail-232-15.pages.awscloud.com',
                     'bounce-mkt@pages.awscloud.com', dkim_d='amazon.com'),
        key='mkt2', mdom='pages.awscloud.com', kind='unrelated', note='AWS marketing in Japanese (base64).'))

    # 079 owner forwards the resolution to the new employer's partner admin
    txt = """Tanabe-san,

As discussed, here is AWS's confirmation that all my certifications are now
on my personal profile. My candidate ID is AWS04471920 - please use it when
you link me to Hakobune's Partner Central.

Thanks,
Kenta

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Tue, Apr 15, 2025 at 6:40 AM
Subject: RE: [CASE %s] %s
To: <%s>

%s
""" % (TC, CASE_A, TC_SUBJ, ME_P, DONE2)
    R.append(mk(('2025-04-17 11:20:31',), who(ME_NAME, ME_P), 'Hiroki Tanabe <h-tanabe@hakobune-data.jp>',
        'Fwd: RE: [CASE %s] %s' % (CASE_A, TC_SUBJ), part(txt, cte='qp'), hdrs_top=sent(), key='A_fwd',
        kind='user_reply', case=CASE_A, cands=[ID_MAIN],
        note='Owner forwards the resolution to a new colleague (not to support); the forwarded part '
             'repeats the candidate ID, only the new text counts.'))

    # 080 colleague answers the forward
    txt = """Thanks Kenta, got it. I've sent the invitation to link AWS04471920 to our
Partner Central organization - you should get an e-mail from AWS to accept it.

Hiroki

On Thu, Apr 17, 2025 at 11:20 AM Kenta Morishima <%s> wrote:
> Tanabe-san,
>
> As discussed, here is AWS's confirmation that all my certifications are now
> on my personal profile.
""" % ME_P
    R.append(mk(('2025-04-17 14:05:12',), who('Hiroki Tanabe', 'h-tanabe@hakobune-data.jp'), ME_P,
        'Re: Fwd: RE: [CASE %s] %s' % (CASE_A, TC_SUBJ), part(txt, cte='7bit'),
        hdrs_top=ext('hakobune-data.jp', '203.0.113.88', 'mail.hakobune-data.jp', 'h-tanabe@hakobune-data.jp'),
        key='tanabe1', mdom='hakobune-data.jp', irt='A_fwd', refs=['A_fwd'],
        kind='unrelated', case=CASE_A, cands=[ID_MAIN],
        note='Colleague reply whose subject still carries [CASE]; not from support. Case kept (thread), '
             'kind unrelated.'))

    # 081 GitHub merged at the new job
    txt = """Merged #57 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/hakobune-data/platform-infra/pull/57#event-16801344
You are receiving this because you authored the thread.
"""
    R.append(mk(('2025-04-18 02:12:40', '+0000'), who('Ryo Fujisaki', 'notifications@github.com'),
        'hakobune-data/platform-infra <platform-infra@noreply.github.com>',
        'Re: [hakobune-data/platform-infra] Merge IAM Identity Center account assignments (PR #57)',
        part(txt, cte='7bit'), cc=who(ME_NAME, ME_P) + ', Author <author@noreply.github.com>',
        hdrs_top=ext('github.com', '192.30.252.206', 'out-23.smtp.github.com', 'noreply@github.com'),
        key='gh57', mdom='github.com', kind='unrelated', note='GitHub "Merged ... account" notification.'))
    return R
