"""Messages 048-065: hold lifted, confirmation, closing notice, merge, console case (C) opens."""
from lib import *

SUBJ_A = 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ)
SUBJ_C = 'RE:[CASE %s] Exam discount voucher missing after certification account merge' % CASE_C

CONF_TXT = """Hello Kenta,

The partner hold has been cleared, so we can now go ahead with the merge.
These are the two accounts I found for you:

Account #1
  Candidate ID: AWS04471920
  Login email: kenta.morishima@hoshimail.jp
  Training notification email: kenta.morishima@hoshimail.jp
  Certification notification email: kenta.morishima@hoshimail.jp

Account #2
  Candidate ID: AWS02283417
  Login email: k-morishima@tsurugi-sys.co.jp
  Training notification email: k-morishima@tsurugi-sys.co.jp
  Certification notification email: k-morishima@tsurugi-sys.co.jp

Could you confirm that both accounts belong to you and that you'd like
everything combined into Account #1? Once we have your go-ahead, the merge
is usually completed the same day.

Best regards,
Malik
AWS Training and Certification Customer Service"""

CLOSE_TXT = """Hello Kenta,

I'm checking in on the confirmation I asked for on April 2. As I haven't
had a reply yet, please note that this case will be closed automatically
if we don't hear from you by April 10.

Replying to this e-mail - even just to say you need more time - keeps the
case open.

Regards,
Malik
AWS Training and Certification Customer Service"""

CONSOLE_FOOT = """
To contact us again about this case, please don't reply to this e-mail. Sign
in to the Support Center instead:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot receive incoming mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CASE_C

C_REQ = """Hello,

Thank you for contacting AWS Support. My name is Akira and I'm working on
this together with the AWS Training and Certification team.

Benefits earned on a merged profile normally carry over, but discount
vouchers that were issued before the merge sometimes have to be re-created
by hand. To find the right one, kindly provide the following in the
Support Center:

  - the exam that earned the discount, and roughly when you passed it
  - the voucher code, if you noted it before the merge

Best regards,
Akira H.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in the top right corner of each correspondence within the AWS Support Center."""


def msgs():
    R = []

    # 048 new employer IT
    txt = """Hi Kenta,

Welcome aboard! Your Hakobune Data accounts are ready for your first day
(April 7):

  Work e-mail:  kenta.morishima@hakobune-data.jp
  SSO portal:   https://sso.hakobune-data.jp

Your temporary password will be handed to you with your laptop. Please do
not reply to this address; contact it-help@hakobune-data.jp with questions.

Hakobune Data IT
"""
    R.append(mk(('2025-04-01 09:35:20',), who('Hakobune Data IT', 'it-noreply@hakobune-data.jp'), ME_P,
        'Your Hakobune Data accounts are ready', part(txt, cte='7bit'),
        hdrs_top=ext('hakobune-data.jp', '203.0.113.88', 'mail.hakobune-data.jp', 'it-noreply@hakobune-data.jp'),
        key='hit1', mdom='hakobune-data.jp', kind='unrelated', note='New employer IT welcome mail.'))

    # 049 hold lifted, no case token in subject
    txt = """Hi Kenta,

Good news: the partner affiliation on your former company profile has now
been released, so the hold on your request is lifted.

I'm preparing the merge and will send you the account details to confirm
shortly.

Regards,
Daniel K.
AWS Training and Certification Customer Service
"""
    R.append(mk(('2025-04-01 01:48:12', '+0000'), who('AWS Training and Certification', TC), ME_P,
        'Update on your AWS Certification account merge request', part(txt, cte='7bit'), hdrs_top=amz(),
        key='A_lift', mdom='amazon.com', irt='A_u3', refs=['A_ack', 'A_hold2', 'A_u3', 'A_upd2'],
        kind='case_update', case=CASE_A,
        note='Hold lifted. Subject has no [CASE] token and the body no number: the case is known only '
             'from In-Reply-To/References. Announces a coming request but asks nothing yet.'))

    # 050 confirmation request A (HTML table + text)
    rows = ''
    for n, cid, em in (('1', ID_MAIN, ME_P), ('2', ID_CO, ME_C)):
        rows += ('<tr><td colspan="2" style="background:#eaeded"><b>Account #%s</b></td></tr>\n'
                 '<tr><td>Candidate ID</td><td>%s</td></tr>\n' % (n, cid))
        for f in ('Login email', 'Training notification email', 'Certification notification email'):
            rows += '<tr><td>%s</td><td><a href="mailto:%s">%s</a></td></tr>\n' % (f, em, em)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello Kenta,</p>
<p>The partner hold has been cleared, so we can now go ahead with the merge. These are the two accounts I found for you:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#ccc">
%s</table>
<p>Could you confirm that both accounts belong to you and that you'd like everything combined into
<b>Account #1</b>? Once we have your go-ahead, the merge is usually completed the same day.</p>
<p>Best regards,<br>Malik<br>AWS Training and Certification Customer Service</p>
</body></html>
""" % rows
    R.append(mk(('2025-04-02 03:05:44', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_A, alt(CONF_TXT + '\n', html, '----=_Part_120931_20931.1743563144'), hdrs_top=amz(),
        key='A_conf', mdom='amazon.com', irt='A_lift', refs=['A_ack', 'A_u3', 'A_lift'],
        kind='confirmation_request', reply=True, case=CASE_A, cands=[ID_MAIN, ID_CO],
        note='The classic Account #1 / Account #2 listing, HTML table in quoted-printable; opens with '
             '"the partner hold has been cleared".'))

    # 051 shopping
    txt = """森島 健太 様

望月書店オンラインをご利用いただきありがとうございます。
ご注文の商品を発送いたしました。

ご注文番号:MB-250402-11873
商品:AWS認定 高度なネットワーキング 徹底問題集 ×1
配送業者:ヤマト運輸 お問い合わせ番号 4411-2290-8713

望月書店オンライン
"""
    R.append(mk(('2025-04-02 18:20:31',), who('望月書店オンライン', 'order@mochizuki-books.jp'), ME_P,
        '【望月書店】ご注文商品発送のお知らせ', part(txt, cte='b64'),
        hdrs_top=ext('mochizuki-books.jp', '203.0.113.140', 'smtp.mochizuki-books.jp', 'order@mochizuki-books.jp'),
        key='shop1', mdom='mochizuki-books.jp', kind='unrelated', note='Shop shipping notice (Japanese).'))

    # 052 billing April
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 11.47

Please see the Bills page on the Billing console for more details.

Sincerely,
Amazon Web Services
"""
    R.append(mk(('2025-04-02 23:08:02', '+0000'), who('Amazon Web Services', 'aws-billing@amazon.com'),
        ME_P, 'Amazon Web Services Billing Statement Available [Account: 409318772650]',
        part(txt, cte='7bit'), hdrs_top=amz(tag='billing', ip='54.240.27.88'), key='bill2',
        mdom='amazon.com', kind='unrelated', note='AWS billing.'))

    # 053 meetup
    txt = """森島 健太 さん

Kumo Study Tokyo #48「認定資格の棚卸し LT 会」への参加登録が完了しました。

日時:2025年4月18日(金) 19:30〜21:00
会場:オンライン(URL は前日にお送りします)

キャンセルの場合はイベントページから手続きしてください。
"""
    R.append(mk(('2025-04-03 20:00:05',), who('Kumo Study Tokyo', 'noreply@events.kumostudy.jp'), ME_P,
        '【Kumo Study Tokyo #48】参加登録完了のお知らせ', part(txt, cte='qp'),
        hdrs_top=ext('events.kumostudy.jp', '203.0.113.201', 'mta.events.kumostudy.jp', 'bounce@events.kumostudy.jp'),
        key='meet1', mdom='events.kumostudy.jp', kind='unrelated', note='Community meetup registration.'))

    # 054 certification expiry
    txt = """Dear Kenta Morishima,

Your AWS Certified Developer - Associate certification will expire on
June 3, 2025.

Candidate ID: AWS04471920

To keep your certification active, pass the current version of the exam, or
a higher-level exam in the same path, before the expiration date. You can use
your 50% exam discount benefit for this.

AWS Certification
"""
    R.append(mk(('2025-04-04 00:00:12', '+0000'), who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'Your AWS Certification expires in 60 days', part(txt, cte='7bit'),
        hdrs_top=ext('certmetrics.com', '149.72.146.10', 'mail.certmetrics.com', 'bounce@certmetrics.com'),
        key='cm_exp', mdom='certmetrics.com', kind='certification', cands=[ID_MAIN],
        note='Expiry reminder with candidate ID; an instruction, not a case.'))

    # 055 Credly expiring
    html = """<html><body style="font-family:Helvetica">
<p>Hi Kenta,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> badge, issued by Amazon Web Services Training and
Certification, expires on <b>June 3, 2025</b>.</p>
<p>Contact the issuer to learn how to keep your credential current.</p>
<p><a href="https://www.credly.com/badges/9a0e1d2c-3f4b-4c5d-8e6f-7a8b9c0d1e2f">View badge</a></p>
</body></html>
"""
    R.append(mk(('2025-04-04 00:05:44', '+0000'), who('Credly', 'admin@credly.com'), ME_P,
        'Your badge is expiring soon', part(html, 'text/html', cte='7bit'),
        hdrs_top=ext('credly.com', '168.245.11.32', 'o1.email.credly.com', 'bounces+2291@email.credly.com'),
        key='credly3', mdom='credly.com', kind='badge', note='Credly expiry notice ("contact the issuer").'))

    # 056 closing notice A
    R.append(mk(('2025-04-07 00:15:09', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_A, part(CLOSE_TXT + '\n\n' + quote(CONF_TXT) + '\n', cte='qp'), hdrs_top=amz(),
        key='A_close', mdom='amazon.com', irt='A_conf', refs=['A_ack', 'A_lift', 'A_conf'],
        kind='closing_notice', reply=True, case=CASE_A,
        note='Reminder with a deadline; the request itself is only in the quote below.'))

    # 057 owner confirms, cc the dead company address
    txt = """Hello Malik,

Sorry for the slow reply - I started a new job this week.

Confirmed: both accounts are mine. Please merge everything into Account #1.

Thank you,
Kenta Morishima

On Mon, Apr 7, 2025 at 9:15 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(CLOSE_TXT + '\n\n' + quote(CONF_TXT)))
    R.append(mk(('2025-04-07 12:40:26',), who(ME_NAME, ME_P), TC, SUBJ_A, part(txt, cte='qp'),
        cc=ME_C, hdrs_top=sent(), key='A_u4', irt='A_close', refs=['A_ack', 'A_conf', 'A_close'],
        kind='user_reply', case=CASE_A,
        note='The go-ahead, with the old company address in Cc by autocomplete.'))

    # 058 bounce from the closed company mailbox
    report = """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    k-morishima@tsurugi-sys.co.jp

The recipient's mailbox has been disabled and no longer accepts messages.

Remote server: mail.tsurugi-sys.co.jp
Reason: 550 5.1.1 RESOLVER.ADR.RecipientDisabled; mailbox disabled
"""
    dsn = """Reporting-MTA: dns; mail.tsurugi-sys.co.jp
Arrival-Date: Mon, 7 Apr 2025 12:40:29 +0900

Final-Recipient: rfc822; k-morishima@tsurugi-sys.co.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipientDisabled
"""
    orig = """From: Kenta Morishima <%s>
To: %s
Cc: %s
Subject: %s
Date: Mon, 7 Apr 2025 12:40:26 +0900
Message-ID: %s
""" % (ME_P, TC, ME_C, SUBJ_A, mid('A_u4'))
    body = multi('report', [part(report, cte='7bit'),
                            ([('Content-Type', 'message/delivery-status')], dsn),
                            ([('Content-Type', 'text/rfc822-headers')], orig)],
                 '9B095B5ADSN=_01DB9F2C8E1A44C5')
    body[0][0] = ('Content-Type', 'multipart/report; report-type=delivery-status;\n boundary="9B095B5ADSN=_01DB9F2C8E1A44C5"')
    R.append(mk(('2025-04-07 12:40:31',), 'Mail Delivery System <MAILER-DAEMON@hoshimail.jp>', ME_P,
        'Undeliverable: ' + SUBJ_A, body,
        hdrs_top=[('Return-Path', '<>')], key='A_bounce', mdom='mx.hoshimail.jp',
        irt='A_u4', refs=['A_u4'], kind='unrelated', case=CASE_A,
        note='Bounce of the owner\'s reply from the closed company mailbox; carries the [CASE] subject. '
             'Case kept, kind unrelated, no reply.'))

    # 059 resolved A (Outlook style, long history)
    txt = """Hello Kenta,

Thank you for confirming. The merge is complete: everything from Account #2
has been combined into Account #1 (AWS04471920), which now signs in with
kenta.morishima@hoshimail.jp.

Your exam history, certifications and benefits should all be visible when
you sign in. Credly may take a few hours to catch up.

Best regards,
Malik
AWS Training and Certification Customer Service

-----Original Message-----
From: Kenta Morishima <%s>
Sent: Monday, April 7, 2025 3:40 AM
To: %s
Subject: %s

Hello Malik,

Sorry for the slow reply - I started a new job this week.

Confirmed: both accounts are mine. Please merge everything into Account #1.

-----Original Message-----
From: %s
Sent: Monday, April 7, 2025 12:15 AM
To: %s
Subject: %s

%s

-----Original Message-----
From: %s
Sent: Wednesday, April 2, 2025 3:05 AM
To: %s
Subject: %s

%s
""" % (ME_P, TC, SUBJ_A, TC, ME_P, SUBJ_A, CLOSE_TXT, TC, ME_P, SUBJ_A, CONF_TXT)
    R.append(mk(('2025-04-07 06:02:55', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_A, part(txt, cte='qp'), hdrs_top=amz(), key='A_done', mdom='amazon.com', irt='A_u4',
        refs=['A_ack', 'A_conf', 'A_close', 'A_u4'], kind='resolved', case=CASE_A, cands=[ID_MAIN],
        crlf=True,
        note='Merge done, with the closing notice and the Account #1/#2 request quoted underneath in '
             'Outlook style (CRLF).'))

    # 060 Credly badge for the company-earned cert
    html = """<html><body style="font-family:Helvetica">
<h2>Kenta, you have a new badge</h2>
<p>Amazon Web Services Training and Certification issued you:
<b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>
<p><a href="https://www.credly.com/badges/4d2a9b1e-77c3-4f0a-b8d2-1e6f3a5c9d70/accept">Accept badge</a></p>
</body></html>
"""
    R.append(mk(('2025-04-07 06:10:38', '+0000'), who('Credly', 'admin@credly.com'), ME_P,
        'Amazon Web Services Training and Certification sent you a badge', part(html, 'text/html', cte='qp'),
        hdrs_top=ext('credly.com', '168.245.11.32', 'o1.email.credly.com', 'bounces+2291@email.credly.com'),
        key='credly4', mdom='credly.com', kind='badge', note='Badge for the certification moved by the merge.'))

    # 061 console case ack
    txt = """Case %s has been opened for you with AWS Support.

Case ID: %s
Subject: Exam discount voucher missing after certification account merge
Severity: General guidance
Correspondence: Description:
After my company certification account was merged into my personal one
(Training and Certification case %s), the 50%% exam discount that
was on the old account no longer appears under Benefits. Could you check
whether it can be restored?
%s""" % (CASE_C, CASE_C, CASE_A, CONSOLE_FOOT)
    R.append(mk(('2025-04-08 01:20:07', '+0000'), who('Amazon Web Services', CONSOLE), ME_P,
        'Amazon Web Services: New Support case: %s' % CASE_C, part(txt, cte='7bit'),
        hdrs_top=amz(tag='console', ip='54.240.9.40'), key='C_ack', mdom='amazon.com',
        kind='acknowledgement', case=CASE_C,
        note='Console case acknowledgement; the description mentions the merge case number and contains '
             'the owner\'s own question.'))

    # 062 mail provider storage notice
    txt = """Hoshimail をご利用いただきありがとうございます。

メールボックスの使用量が 80% を超えました(12.1 GB / 15 GB)。
容量が上限に達すると、新しいメールを受信できなくなります。

不要なメールの削除、または容量追加プランをご検討ください。
https://www.hoshimail.jp/account/storage

Hoshimail サポート
"""
    R.append(mk(('2025-04-08 19:00:00',), who('Hoshimail', 'notice@hoshimail.jp'), ME_P,
        'メールボックス容量のお知らせ', part(txt, cte='b64'),
        hdrs_top=ext('hoshimail.jp', '192.0.2.10', 'notice1.hoshimail.jp', 'notice@hoshimail.jp'),
        key='hm1', mdom='hoshimail.jp', kind='unrelated', note='Own mail provider notice.'))

    # 063 survey A (HTML rating)
    html = """<html><body style="font-family:Arial">
<p>Hello Kenta,</p>
<p>Your case <b>%s</b> with AWS Training and Certification Customer Service was recently resolved.</p>
<p>How would you rate the support you received?</p>
<p>%s</p>
<p style="font-size:11px;color:#777">This mailbox is not monitored. Your answers are anonymous.</p>
</body></html>
""" % (CASE_A, ' '.join('<a href="https://survey.aws-tc-feedback.amazon.com/s/7QK2?case=%s&r=%d">%d</a>'
                         % (CASE_A, i, i) for i in range(1, 6)))
    R.append(mk(('2025-04-09 00:30:10', '+0000'), who('AWS Training and Certification', 'tc-feedback@amazon.com'),
        ME_P, 'Tell us about your recent support experience', part(html, 'text/html', cte='qp'),
        hdrs_top=amz(tag='survey'), key='A_survey', mdom='amazon.com', kind='survey', case=CASE_A,
        note='HTML-only survey; case number only in the body.'))

    # 064 console info request
    R.append(mk(('2025-04-09 02:05:33', '+0000'), who('Amazon Web Services', CONSOLE), ME_P, SUBJ_C,
        part(C_REQ + '\n' + CONSOLE_FOOT, cte='qp'), hdrs_top=amz(tag='console', ip='54.240.9.40'),
        key='C_req', mdom='amazon.com', irt='C_ack', refs=['C_ack'],
        kind='info_request', reply=True, case=CASE_C,
        note='Console case: "kindly provide ... in the Support Center"; the answer must go through the '
             'console, not e-mail; survey-rating footer under the request.'))

    # 065 bounce: owner replied by e-mail to the no-reply console address
    report = """This is the mail system at host smtp.hoshimail.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.0] said:
    550 5.1.1 This address does not accept incoming mail (in reply to RCPT TO command)
"""
    orig = """From: Kenta Morishima <%s>
To: Amazon Web Services <%s>
Subject: %s
Date: Wed, 9 Apr 2025 12:14:50 +0900
Message-ID: %s
In-Reply-To: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello Akira,

The discount came from my SAP-C02 pass in October 2023. I did not write down
the voucher code, sorry.

Kenta

On Wed, Apr 9, 2025 at 11:05 AM Amazon Web Services <%s> wrote:
%s
""" % (ME_P, CONSOLE, SUBJ_C, mid('C_mailreply', 'mail.hoshimail.jp'), mid('C_req'), CONSOLE, quote(C_REQ))
    body = multi('report', [part(report, cte='7bit'),
                            ([('Content-Type', 'message/delivery-status')],
                             'Reporting-MTA: dns; smtp.hoshimail.jp\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\n'
                             'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 This address does not '
                             'accept incoming mail\n'),
                            ([('Content-Type', 'message/rfc822')], orig)], '4ZQ1v31h2Xz7Kp.1744168494/smtp.hoshimail.jp')
    body[0][0] = ('Content-Type', 'multipart/report; report-type=delivery-status;\n boundary="4ZQ1v31h2Xz7Kp.1744168494/smtp.hoshimail.jp"')
    R.append(mk(('2025-04-09 12:14:54',), 'MAILER-DAEMON@hoshimail.jp (Mail Delivery System)', ME_P,
        'Undelivered Mail Returned to Sender', body, hdrs_top=[('Return-Path', '<>')],
        key='C_bounce', mdom='smtp.hoshimail.jp', kind='unrelated', case=CASE_C,
        note='Bounce of an e-mail reply to the no-reply console address; the attached original quotes '
             'support\'s "kindly provide" request, but the bounce itself needs no reply to support.'))
    return R
