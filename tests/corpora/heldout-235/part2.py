"""Messages 015-029: the company->personal merge is filed (A), a duplicate form (B), partner hold."""
from lib import *

SUBJ_A = 'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ)
SUBJ_B = 'RE:[CASE %s] %s' % (CASE_B, TC_SUBJ)

HOLD_TXT = """Hello Kenta,

Thank you for your patience while I looked into this.

While reviewing your merge request I found that the certification profile
registered to k-morishima@tsurugi-sys.co.jp (AWS02283417) is linked to the
AWS Partner Network organization of Tsurugi Systems Co., Ltd. Certifications
on a partner-linked profile count toward that partner's standing, so we are
not able to move them while the link is active. I have therefore put the
merge on hold.

The link is normally released in one of two ways: the partner's
administrator removes you from their roster in Partner Central, or your
employment with the partner ends and the end date is on record.

To work out which of these applies to you: are you currently still with
Tsurugi Systems, and if you are leaving, what is your last day?

Best regards,
Tomas
AWS Training and Certification Customer Service"""


def msgs():
    R = []

    # 015 Builder ID code
    txt = """AWS Builder ID

Verify your identity

Your verification code is: 482913

This code expires 10 minutes after it was sent. If you did not try to sign in,
you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    R.append(mk(('2025-03-10 04:40:18', '+0000'), who('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
        'Verify your AWS Builder ID email address', part(txt, cte='7bit'),
        hdrs_top=ext('signin.aws', '54.240.8.97', 'a8-97.smtp-out.amazonses.com',
                     '0100019582a1@amazonses.com', dkim_d='signin.aws'),
        key='bid1', mdom='amazon.com', kind='unrelated',
        note='One-time code (6 digits) from Builder ID sign-in; not case mail.'))

    # 016 ack A
    txt = """Thanks for contacting AWS Training and Certification.

Case %s has been created for your request. Here is what you sent us:

  Name:               Kenta Morishima
  Contact email:      kenta.morishima@hoshimail.jp
  Inquiry type:       Certification
  Additional details: Account Merge
  AWS Candidate ID:   AWS04471920

  How can we help you?
  I am leaving Tsurugi Systems at the end of March. My certifications were
  earned on the profile of my company address k-morishima@tsurugi-sys.co.jp
  (AWS02283417). Please merge it into my personal profile, which I want to
  keep: kenta.morishima@hoshimail.jp (AWS04471920).

We aim to reply within 24 hours; some requests need longer while we look
for the right solution. To avoid delays, please do not submit a new form
for this request - reply to this e-mail instead if you need to add anything.

AWS Training and Certification Customer Service
""" % CASE_A
    R.append(mk(('2025-03-10 04:53:01', '+0000'), who('Amazon Web Services', TC), ME_P,
        'RE:[CASE %s] %s' % (CASE_A, TC_SUBJ), part(txt, cte='7bit'), hdrs_top=amz(),
        key='A_ack', mdom='amazon.com', kind='acknowledgement', case=CASE_A, cands=[ID_MAIN, ID_CO, ID_MAIN],
        note='Acknowledgement echoing the form text; "reply to this e-mail if you need to add anything" '
             'is conditional. Candidate IDs come from the echoed form, which is the message\'s own text.'))

    # 017 ack B (Japanese, ISO-2022-JP) to the company address
    txt = """森島 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として受け付けました。

■ お問い合わせ内容
お問い合わせタイプ:AWS トレーニングと認定
その他の詳細:アカウントの統合
AWS 候補 ID:AWS02283417
内容:退職に伴い、本アカウントを個人用アカウントへ統合したい。

担当者より、原則として1営業日以内にご連絡いたします。内容によっては
お時間をいただく場合がございます。

同じ内容で新たにケースを作成されますと対応が遅れる原因となりますので、
追加の情報はこのメールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
    R.append(mk(('2025-03-10 05:21:07', '+0000'), who('Amazon Web Services', TC), ME_C,
        'RE:[CASE %s] %s' % (CASE_B, TC_SUBJ), part(txt, cs='iso-2022-jp', cte='7bit'),
        hdrs_top=amz(rcpt=ME_C), key='B_ack', mdom='amazon.com', kind='acknowledgement', case=CASE_B,
        cands=[ID_CO],
        note='Second acknowledgement 28 minutes later for the same request, sent to the company address '
             '(ISO-2022-JP): a duplicate case.'))

    # 018 marketing, HTML only
    html = """<html><head><meta charset="utf-8"></head><body>
<table width="640" align="center" style="font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>AWS Summit Japan 2025</h1>
<p>登録受付を開始しました</p></td></tr>
<tr><td style="padding:20px">
<p>森島 健太 様</p>
<p>今年も幕張メッセで AWS Summit Japan を開催します。150 以上のセッション、ハンズオン、
認定者ラウンジ(AWS 認定保持者限定)をご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0311">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">このメールは AWS からのお知らせの配信を希望された方にお送りしています。
<a href="https://pages.awscloud.com/communication-preferences">配信設定の変更</a><br>
アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>
"""
    R.append(mk(('2025-03-11 08:30:00',), who('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'),
        ME_P, 'AWS Summit Japan 2025 登録受付開始のお知らせ', part(html, 'text/html', cte='b64'),
        hdrs_top=ext('amazon.com', '199.127.232.15', 'mail-232-15.pages.awscloud.com',
                     'bounce-mkt@pages.awscloud.com', dkim_d='amazon.com'),
        extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')],
        key='mkt1', mdom='pages.awscloud.com', kind='unrelated',
        note='HTML-only Japanese AWS marketing mail mentioning certification holders.'))

    # 019 duplicate B closed
    txt = """Hello Kenta,

I noticed that this request is the same one you submitted a little earlier
today under case %s. To keep everything in one place I have closed
this case (%s) and linked it to the earlier one, where my colleagues
will continue to handle the merge.

You don't need to do anything: all updates will come on case %s.

Thank you,
Oluwaseun
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_B, CASE_A)
    R.append(mk(('2025-03-11 01:12:40', '+0000'), who('AWS Training and Certification', TC),
        ME_C, SUBJ_B, part(txt, cte='7bit'), hdrs_top=amz(rcpt=ME_C), key='B_dup', mdom='amazon.com',
        irt='B_ack', refs=['B_ack'], kind='case_update', case=CASE_B,
        note='Duplicate closed and linked; body names the other case number three times, but the '
             'subject token is B.'))

    # 020 on hold with buried question (HTML only)
    paras = HOLD_TXT.split('\n\n')
    html = '<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + \
        '\n'.join('<p>%s</p>' % p.replace('\n', ' ') for p in paras[:-1]) + \
        '\n<p>Best regards,<br>Tomas<br>AWS Training and Certification Customer Service</p>\n' + \
        '<p style="color:#888;font-size:9pt">Case ID: %s</p></body></html>\n' % CASE_A
    R.append(mk(('2025-03-11 06:47:15', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_A, part(html, 'text/html', cte='qp'), cc=ME_C, hdrs_top=amz(), key='A_hold1',
        mdom='amazon.com', irt='A_ack', refs=['A_ack'], kind='on_hold', reply=True, case=CASE_A,
        cands=[ID_CO],
        note='HTML-only partner hold; the question about still being employed comes after two paragraphs '
             'of explanation, without "please". On hold AND waiting for the owner.'))

    # 021 Pearson VUE appointment
    txt = """Thank you for scheduling your exam with Pearson VUE.

Candidate: Kenta Morishima
Candidate ID: AWS04471920
Registration ID: 418227903

Exam: SCS-C02: AWS Certified Security - Specialty
Date and time: Saturday, March 22, 2025, 10:00 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 30 minutes early and bring two forms of identification.
To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
"""
    R.append(mk(('2025-03-12 00:05:33', '+0000'), who('Pearson VUE', 'pearsonvueconfirmation@pearson.com'),
        ME_P, 'Pearson VUE Confirmation of Booking - AWS Certified Security - Specialty', part(txt, cte='7bit'),
        hdrs_top=ext('pearson.com', '159.182.60.12', 'smtp-out3.pearson.com', 'pvue-noreply@pearson.com'),
        key='pv1', mdom='pearson.com', kind='unrelated', cands=[ID_MAIN],
        note='Exam vendor booking with a 9-digit registration ID and a candidate ID.'))

    # 022 owner replies from the company address (Outlook)
    txt = """Hello Tomas,

Yes, I am still with Tsurugi Systems for now. My last working day is March 31,
and this company mailbox will be disabled on the same day - that is why I
want everything moved to my personal account.

I have already asked our Partner Central administrator to remove me from the
roster.

Best regards,
Kenta Morishima
----------------------------------------
森島 健太 / Kenta Morishima
株式会社ツルギシステムズ クラウド推進部

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 3:47 PM
To: kenta.morishima@hoshimail.jp
Cc: k-morishima@tsurugi-sys.co.jp
Subject: %s

%s
""" % (TC, SUBJ_A, HOLD_TXT)
    R.append(mk(('2025-03-12 12:31:45',), who(ME_NAME, ME_C), TC, SUBJ_A, part(txt, cte='qp'),
        hdrs_top=sent('Microsoft Outlook 16.0'), key='A_u1', mdom='tsurugi-sys.co.jp',
        irt='A_hold1', refs=['A_ack', 'A_hold1'], extra=[('Thread-Index', 'AduTB2mJq0RzX1hVQ4yN0f3x8Q==')],
        kind='user_reply', case=CASE_A, crlf=True,
        note='Owner answers from the company address, Outlook "-----Original Message-----" with the '
             'full hold mail (and its question) quoted below.'))

    # 023 write from the personal address
    txt = """Hi Kenta,

Thank you for letting us know about your last day; that is helpful.

One thing before we can go further. Your reply reached us from
k-morishima@tsurugi-sys.co.jp, which is the address on the profile that would
be merged away. For requests like this we act only on instructions from the
address that will be kept, so we need you to send your confirmation from
kenta.morishima@hoshimail.jp.

Just reply to this e-mail from your personal mailbox, restating that you are
leaving Tsurugi Systems on March 31 and that you want the merge to go ahead
once the partner link has been released. The case stays on hold until then.

Kind regards,
Grace
AWS Training and Certification Customer Service
"""
    R.append(mk(('2025-03-12 11:02:09', '+0000'), who('AWS Training and Certification', TC),
        '%s, %s' % (ME_P, ME_C), SUBJ_A, part(txt, cte='qp'), hdrs_top=amz(), key='A_wrongaddr',
        mdom='amazon.com', irt='A_u1', refs=['A_ack', 'A_hold1', 'A_u1'],
        kind='info_request', reply=True, case=CASE_A,
        note='"We need you to" write again from the personal address; also says the case stays on hold. '
             'Labelled info_request (the owner must act).'))

    # 024 owner writes from the personal address
    txt = """Hello Grace,

Writing from my personal address as you asked.

I am leaving Tsurugi Systems on March 31, 2025. Please merge my company
profile AWS02283417 into the profile for this address, AWS04471920, as soon
as the partner link has been released.

Thank you,
Kenta Morishima

2025年3月12日(水) 20:02 AWS Training and Certification <%s>:
%s
""" % (TC, quote(txt))
    R.append(mk(('2025-03-13 07:58:30',), who(ME_NAME, ME_P), TC, SUBJ_A, part(txt, cte='8bit'),
        hdrs_top=sent(), key='A_u2', irt='A_wrongaddr', refs=['A_ack', 'A_hold1', 'A_u1', 'A_wrongaddr'],
        kind='user_reply', case=CASE_A, cands=[ID_CO, ID_MAIN],
        note='Owner restates from the personal address; Japanese Gmail-style attribution line, 8bit UTF-8.'))

    # 025 handed to partner operations
    txt = """Hi Kenta,

Thanks - that's everything we needed from you for now.

I have asked our partner operations team to release the partner link on
AWS02283417. Once they confirm, we can continue with the merge. I'll update
this case as soon as I hear back; there is nothing you need to do in the
meantime.

Kind regards,
Grace
AWS Training and Certification Customer Service
"""
    R.append(mk(('2025-03-13 07:40:51', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_A, part(txt, cte='7bit'), hdrs_top=amz(), key='A_upd1', mdom='amazon.com',
        irt='A_u2', refs=['A_ack', 'A_hold1', 'A_wrongaddr', 'A_u2'],
        kind='case_update', case=CASE_A, cands=[ID_CO],
        note='Passed to another team; explicitly nothing to do.'))

    # 026 pure partner hold
    txt = """Hello Kenta,

A short status note on case %s.

The request is currently pending with our partner operations team. They are
waiting for the Partner Central administrator at Tsurugi Systems to confirm
your removal, or for the affiliation to lapse on your recorded end date of
March 31. We can't complete the merge until one of those happens.

No reply is needed from you. We will write again when the hold is cleared,
and we will check on April 1 at the latest.

Regards,
Daniel K.
AWS Training and Certification Customer Service
""" % CASE_A
    R.append(mk(('2025-03-14 02:15:27', '+0000'), who('AWS Training and Certification', TC), ME_P,
        'RE: [CASE %s] %s' % (CASE_A, TC_SUBJ), part(txt, cte='7bit'), hdrs_top=amz(),
        key='A_hold2', mdom='amazon.com', irt='A_upd1', refs=['A_ack', 'A_hold1', 'A_u2', 'A_upd1'],
        kind='on_hold', case=CASE_A,
        note='Pure partner hold, "No reply is needed"; subject uses "RE: [CASE" with a space.'))

    # 027 new employer HR (Japanese, base64)
    txt = """森島 健太 様

株式会社ハコブネデータ 人事部の井口です。
4月7日のご入社に向けて、入社手続きのご案内をお送りします。

1. 雇用契約書への電子署名(3月28日まで)
2. 住民票記載事項証明書・年金手帳の写しのアップロード
3. PC 受け取り日時のご希望

下記ポータルからご対応をお願いいたします。
https://onboarding.hakobune-data.jp/start?t=9d1c

ご不明点はこのメールにご返信ください。

株式会社ハコブネデータ 人事部 井口 さやか
"""
    R.append(mk(('2025-03-14 18:00:12',), who('ハコブネデータ 人事部', 'jinji@hakobune-data.jp'), ME_P,
        '【ハコブネデータ】入社手続きのご案内', part(txt, cte='b64'),
        hdrs_top=ext('hakobune-data.jp', '203.0.113.88', 'mail.hakobune-data.jp', 'jinji@hakobune-data.jp'),
        key='hr1', mdom='hakobune-data.jp', kind='unrelated',
        note='New employer onboarding with real requests (not support).'))

    # 028 partner admin colleague
    txt = """森島さん

お疲れさまです。石黒です。
ご依頼の件、本日 Partner Central のユーザー一覧から森島さん
(認定アカウント AWS02283417)の紐付けを解除しました。
AWS 側への反映には数日かかることがあるそうです。

AWS サポートから何か確認があれば、この件を伝えてもらって大丈夫です。

石黒 達也
株式会社ツルギシステムズ アライアンス推進室
"""
    R.append(mk(('2025-03-17 10:20:05',), who('石黒 達也', 't-ishiguro@tsurugi-sys.co.jp'), ME_C,
        'Partner Central の紐付け解除について', part(txt, cte='qp'),
        hdrs_top=ext('tsurugi-sys.co.jp', '198.51.100.23', 'mail.tsurugi-sys.co.jp',
                     't-ishiguro@tsurugi-sys.co.jp', rcpt=ME_C),
        key='ishiguro1', mdom='tsurugi-sys.co.jp', kind='unrelated', cands=[ID_CO],
        note='Colleague (partner admin) reports releasing the partner link: about the case, but not support.'))

    # 029 owner forwards it to support
    txt = """Hi Daniel,

FYI - our Partner Central administrator told me today that he has removed me
from the Tsurugi Systems roster. His note (in Japanese) is below. I hope this
helps move things along.

Kenta

---------- Forwarded message ---------
From: 石黒 達也 <t-ishiguro@tsurugi-sys.co.jp>
Date: 2025年3月17日(月) 10:20
Subject: Partner Central の紐付け解除について
To: <k-morishima@tsurugi-sys.co.jp>

%s
""" % txt
    R.append(mk(('2025-03-17 10:46:52',), who(ME_NAME, ME_P), TC,
        'RE: [CASE %s] %s' % (CASE_A, TC_SUBJ), part(txt, cte='b64'),
        hdrs_top=sent(), key='A_u3', irt='A_hold2', refs=['A_ack', 'A_hold1', 'A_upd1', 'A_hold2'],
        kind='user_reply', case=CASE_A,
        note='Owner forwards the colleague\'s note to support; the candidate ID appears only in the '
             'forwarded part, so candidate_ids is empty.'))
    return R
