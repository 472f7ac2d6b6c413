# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- exam vendor appointment
t = D(2021, 4, 12, 9, 31, 5)
txt = """Dear Haruka Nishimoto,

Thank you for scheduling your exam with Pearson VUE.

Exam:                 AWS Certified Developer - Associate (DVA-C01)
Appointment:          Saturday, 15 May 2021, 10:30 JST
Test centre:          Pearson Professional Centers-Tokyo Shinjuku
Registration number:  419377012

Please arrive 30 minutes before your appointment and bring two forms of
identification, one with a photo. If you need to reschedule or cancel, do so at
least 24 hours before the appointment through your Pearson VUE web account.

Do not reply to this message; this mailbox is not monitored.

Pearson VUE
"""
add('pvue_2021', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=ME_C,
    subject='Confirmation of your exam appointment - AWS Certified Developer - Associate',
    body=Text(txt, 'plain', 'us-ascii', '7bit'), msgid=mid_generic('pearson.com'),
    trace=vendor_in(t, ME_C, 'pearson.com'),
    what='Pearson VUE appointment', note='Exam vendor; instructions; 9-digit number')


# ===================================================================
# 2023 -- personal address, Case B (two certification accounts on one address)
# ===================================================================
t = D(2023, 6, 14, 2, 48, 19)
txt = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kinoe-labs/infra-templates/pull/87#event-9530412877
You are receiving this because you were mentioned.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kinoe-labs/infra-templates/pull/87">#87</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly,
<a href="https://github.com/kinoe-labs/infra-templates/pull/87#event-9530412877">view it on GitHub</a>.<br />
You are receiving this because you were mentioned.</p>"""
add('github', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('Daichi Ueno', 'notifications@github.com'), to=addr('kinoe-labs/infra-templates', 'infra-templates@noreply.github.com'),
    cc=addr('Haruka Nishimoto', ME_P) + ', Mention <mention@noreply.github.com>',
    subject='Re: [kinoe-labs/infra-templates] Merge the two account-baseline stacks into one (PR #87)',
    body=alt(txt, html, cte='7bit'), msgid='<kinoe-labs/infra-templates/pull/87/issue_event/9530412877@github.com>',
    trace=vendor_in(t, ME_P, 'github.com'),
    extra=[('Reply-To', 'kinoe-labs/infra-templates <reply+AB3K%s@reply.github.com>' % alnum(30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
           ('List-ID', 'kinoe-labs/infra-templates <infra-templates.kinoe-labs.github.com>'),
           ('X-GitHub-Reason', 'mention')],
    what="GitHub 'Merged #87'", note="'Merge' and 'account' in subject")

t = D(2023, 10, 2, 11, 4, 50)
txt = """Verify your AWS Builder ID email address

Hello,

Use this code to finish verifying nishimoto.haruka.dev@gmail.com for your AWS Builder ID:

    807154

The code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can ignore this email.

Amazon Web Services
"""
html = '<html><body style="font-family:Arial">' + text2html(txt).replace('807154', '<b style="font-size:24px">807154</b>') + '</body></html>'
add('builderid', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=ME_P,
    subject='Verify your AWS Builder ID email address',
    body=alt(txt, html),
    trace=vendor_in(t, ME_P, 'signin.aws', mailfrom=ses_from()),
    what='Builder ID one-time code', note='AWS sender, 6-digit code')

# --- Case B: acknowledgement, Japanese, ISO-2022-JP
t = D(2023, 10, 3, 12, 46, 9)
B_ACK = """西本 遥 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース %s にてお問い合わせを受け付けました。

担当者より通常 1 営業日以内にご連絡いたします。内容によっては調査にお時間を
頂戴する場合がございますので、あらかじめご了承ください。

同じ内容で新しいケースを作成されますと、対応が遅れる原因となります。
追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

■お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
本文:
同じメールアドレスで認定アカウントが二つ作成されているようで、
取得済みの認定が Credly に表示されません。統合をお願いできますか。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_B, CID_P)
add('b_ack', kind='acknowledgement', reply=False, case=CASE_B, cands=[CID_P], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B, subj_cs='ISO-2022-JP',
    body=Text(B_ACK, 'plain', 'iso-2022-jp', '7bit'), trace=amazon_in(t, ME_P),
    what='B: acknowledgement, Japanese ISO-2022-JP', note='Conditional 〜がございましたら')

# --- Japanese phishing from a lookalike domain
t = D(2023, 10, 4, 0, 12, 37)
txt = """AWS 認定をご利用のお客様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の認定アカウントについて、統合手続きの申請を受け付けました。
手続きを完了するため、24 時間以内に下記のページからサインインし、
本人確認を行ってください。

  https://aws-certification-jp.com/verify?session=9f2a0c71

期限内に確認が取れない場合、保有している認定資格は一時的に停止され、
Credly のデジタルバッジも削除されます。

※本メールは送信専用です。
AWS 認定サポートセンター
"""
html = '<html><body>' + text2html(txt).replace('https://aws-certification-jp.com/verify?session=9f2a0c71',
                                               '<a href="https://aws-certification-jp.com/verify?session=9f2a0c71">https://www.aws.training/certification/verify</a>') + '</body></html>'
mf = 'info@aws-certification-jp.com'
ip = '45.133.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254))
add('phish_ja', kind='suspicious', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS認定サポート', 'support@aws-certification-jp.com'), to=ME_P,
    subject='【重要】AWS 認定アカウントの統合手続きについて(本人確認のお願い)',
    body=alt(txt, html, cte='base64'), msgid=mid_generic('aws-certification-jp.com'),
    trace=gmail_trace(t, mf, ip, 'mail.aws-certification-jp.com',
                      gauth('aws-certification-jp.com', mf, ip, 'aws-certification-jp.com', dmarc='none')),
    what='Japanese phishing, lookalike domain', note='Auth passes for its own domain; day after real ack')

# --- Case B: passed to another team
t = D(2023, 10, 5, 9, 17, 40)
B_UPD = """Hello Haruka,

This is Sun-hee from AWS Training and Certification, following up on case %s.

I've handed your request to our certification operations team, who are the only
ones able to change certification records. They are working through a larger queue
than usual at the moment, so this may take a few more days than our normal
turnaround.

I'll update this case as soon as I hear back from them. There is nothing you need
to do right now.

Best,
Sun-hee
AWS Training and Certification
""" % CASE_B
add('b_update', kind='case_update', reply=False, case=CASE_B, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B,
    body=alt(B_UPD, '<div dir="ltr">' + text2html(B_UPD) + '</div>', cte='base64'), trace=amazon_in(t, ME_P),
    what='B: passed to operations team; base64', note='Says nothing to do')

# --- Case B: info request in Japanese keigo
t = D(2023, 10, 9, 6, 20, 3)
B_INFO = """西本様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの田村でございます。

認定オペレーションチームにて確認いたしましたところ、ご登録のメールアドレスに
紐づく認定アカウントが 2 件存在することを確認いたしました。
統合を進めるにあたり、恐れ入りますが以下の 2 点をご教示いただけますでしょうか。

1. それぞれのアカウントの AWS 候補 ID
   (認定アカウントにサインイン後、画面右上に表示される「AWS」から始まる番号です)
2. Credly へのサインインにご利用されているメールアドレス

ご確認いただいた内容は、本メールへのご返信にてお知らせくださいますよう
お願い申し上げます。

何卒よろしくお願いいたします。

田村
AWS トレーニングと認定 カスタマーサービス
"""
add('b_info', kind='info_request', reply=True, case=CASE_B, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B, subj_cs='ISO-2022-JP',
    body=Text(B_INFO, 'plain', 'iso-2022-jp', '7bit'), refs=['b_update'], trace=amazon_in(t, ME_P),
    what='B: keigo request for IDs and Credly address', note='〜ご教示いただけますでしょうか')

# --- Case B: user reply in Japanese (Gmail, base64)
t = D(2023, 10, 9, 22, 3, 51, JST)
B_REPLY = """田村様

ご連絡ありがとうございます。西本です。

1. 候補 ID は次の二つです。
   ・%s (以前から使っているアカウントです。こちらを残したいです)
   ・%s (Builder ID に切り替えたときに誤って作ってしまったものです)
2. Credly には nishimoto.haruka.dev@gmail.com でサインインしています。

お手数をおかけしますが、よろしくお願いいたします。

西本 遥
""" % (CID_P, CID_DUP)
txt = B_REPLY + '\n' + gmail_on(D(2023, 10, 9, 15, 20, tz=JST), 'AWS Training and Certification <%s>' % TC, B_INFO, ja=True) + '\n'
html = ('<div dir="ltr">' + text2html(B_REPLY) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '2023年10月9日(月) 15:20 AWS Training and Certification &lt;<a href="mailto:' + TC + '">' + TC + '</a>&gt;:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + text2html(B_INFO) + '</blockquote></div>')
add('b_reply1', kind='user_reply', reply=False, case=CASE_B, cands=[CID_P, CID_DUP], t=t,
    frm=ME_P_JA, to=addr('AWS Training and Certification', TC), subject=SUBJ_B,
    body=alt(txt, html, cte='base64'), msgid=mid_gmail(), irt='b_info', refs=['b_update', 'b_info'],
    what='B: owner replies in Japanese with IDs', note='IDs in new text; Japanese Gmail quote')

# --- Case B: on hold (platform migration, nothing needed)
t = D(2023, 10, 11, 23, 58, 12)
B_HOLD = """Hello Haruka,

A quick update on case %s.

Thank you for the IDs. Our certification team tells me that account merges are
paused this week while the certification records platform is moved to new
infrastructure. Your request is queued with everything it needs and nothing will
be lost, but no merges can be carried out until the move is finished, which is
expected around 16 October.

I have put the case on hold until then. You don't have to do anything in the
meantime; I'll write again as soon as merges are running again.

Best,
Sun-hee
AWS Training and Certification
""" % CASE_B
add('b_hold', kind='on_hold', reply=False, case=CASE_B, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_B,
    body=Text(B_HOLD, 'plain', 'utf-8', '8bit'), trace=amazon_in(t, ME_P), eol='\n', refs=['b_reply1'],
    what='B: on hold, platform migration', note='Hold without a question; 8bit LF')
