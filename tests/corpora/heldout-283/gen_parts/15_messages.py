# Part of gen.py (blind-283); executed by gen.py in its own namespace.
# --- Case A: owner forwards the hold mail to the partner admin (Japanese Outlook)
t = D(2025, 5, 20, 18, 22, 7, JST)
A_FWD = """森田さん

お疲れ様です。西本です。

AWS 認定アカウントの統合をサポートに依頼したところ、下記の連絡がありました。
会社の APN パートナープロフィールに私のアカウントが紐付いているため、
Partner Central で紐付けを解除していただく必要があるそうです。

お手数ですが、アライアンス担当として解除の対応をお願いできますでしょうか。

西本
"""
fwd = outlook_block(D(2025, 5, 20, 17, 51, tz=JST), 'AWS Training and Certification <%s>' % TC,
                    '西本 遥 <%s>' % ME_C, SUBJ_A, A_HOLD, ja=True)
txt = A_FWD + '\n' + fwd + '\n'
add('a_fwd', kind='user_reply', reply=False, case=CASE_A, cands=[], t=t,
    frm=ME_C_JA, to=addr('森田 健太', 'kenta.morita@kinoe-sys.co.jp'), subject='FW: ' + SUBJ_A,
    body=alt(txt, '<html><body><div style="font-family:游ゴシック,sans-serif">' + text2html(A_FWD)
             + '</div><hr><div>' + text2html(fwd.split('\n', 1)[1]) + '</div></body></html>', cte='base64'),
    msgid=mid_outlook(), refs=['a_hold'],
    extra=[('Thread-Topic', SUBJ_A.replace('RE:', '', 1)), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja-JP')],
    what='A: owner forwards hold to partner admin', note="Owner's ask to a colleague; ID only in forward")

# --- out-of-office from the colleague
t = D(2025, 5, 20, 18, 22, 40, JST)
txt = """5 月 20 日から 22 日まで出張のため不在にしております。
メールは 23 日以降に順次確認いたします。

急ぎのご用件は ci-dept@kinoe-sys.co.jp までご連絡ください。

森田 健太
"""
add('a_ooo', kind='unrelated', reply=False, case=CASE_A, cands=[], t=t,
    frm=addr('森田 健太', 'kenta.morita@kinoe-sys.co.jp'), to=ME_C_JA,
    subject='自動応答: FW: ' + SUBJ_A,
    body=Text(txt, 'plain', 'iso-2022-jp', '7bit'), msgid=mid_outlook(), irt='a_fwd', refs=['a_fwd'], subj_cs='ISO-2022-JP',
    extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
    what="Colleague's out-of-office", note='Case token in subject')

# --- Case A: owner answers the buried question
t = D(2025, 5, 21, 10, 5, 33, JST)
A_ANS = """Hello Priya,

Thank you for the explanation.

Yes, my last working day at Kinoe Systems is 30 May 2025, and this mailbox will be
closed after that. I've asked our partner administrator to release my profile in
Partner Central.

From now on, please write to my personal address, %s, which is
also the account I want to keep.

Best regards,
Haruka Nishimoto
""" % ME_P
quoted = outlook_block(D(2025, 5, 20, 17, 51, tz=JST), 'AWS Training and Certification <%s>' % TC,
                       'Nishimoto Haruka <%s>' % ME_C, SUBJ_A, A_HOLD)
add('a_ans', kind='user_reply', reply=False, case=CASE_A, cands=[], t=t,
    frm=ME_C_FROM, to=addr('AWS Training and Certification', TC), subject=SUBJ_A,
    body=Text(A_ANS + '\n' + quoted + '\n', 'plain', 'utf-8', 'quoted-printable'),
    msgid=mid_outlook(), irt='a_hold', refs=['a_hold'],
    extra=[('Thread-Topic', SUBJ_A.replace('RE:', '', 1)), ('X-Mailer', 'Microsoft Outlook 16.0')],
    what='A: owner gives last working day', note='Owner asks support to use personal address')

# --- phishing that claims amazon.com, DMARC fails
t = D(2025, 5, 22, 13, 30, 2)
txt = """Hello,

We're ready to finish merging your AWS Certification accounts. Before we can move
your certifications, we must verify the identity of the account holder.

Sign in with your AWS Builder ID and password at the link below within 12 hours:

https://aws-training-verify.com/merge/confirm?case=%s&ref=AWS05550123

Requests that are not verified in time are cancelled, and certifications on the
source account may be revoked. You can also reply to this email with your
candidate ID (AWS05550123) and date of birth and we will verify you manually.

AWS Training and Certification
""" % FAKE
mf = 'mailer@aws-training-verify.com'
ip = '185.234.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254))
add('phish_dmarc', kind='suspicious', reply=False, case=None, cands=['AWS05550123'], t=t,
    frm=TC_FROM, to=ME_P, subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % FAKE,
    msgid=mid_generic('mail.aws-training-verify.com'),
    body=alt(txt, '<html><body>' + text2html(txt) + '</body></html>'),
    trace=gmail_trace(t, mf, ip, 'vps%d.example-hosting.ru' % rng.randint(100, 999),
                      gauth('amazon.com', mf, ip, 'amazon.com', dkim='none', spf='fail', dmarc='fail', policy='QUARANTINE')),
    extra=[('Reply-To', 'verification@aws-training-verify.com')],
    what='Spoofed T&C case mail, dmarc=fail', note='Real From and subject shape; only auth/link differ')

# --- Case A: hold lifted
t = D(2025, 5, 23, 4, 16, 20)
A_LIFT = """Hi Haruka,

Good news: your partner administrator released your profile in Partner Central
this morning, so the hold on case %s has been lifted and I'm preparing the
merge now.

You'll hear from me again shortly.

Priya
AWS Training and Certification
""" % CASE_A
add('a_lift', kind='case_update', reply=False, case=CASE_A, cands=[], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_A,
    body=Text(A_LIFT, 'plain', 'us-ascii', '7bit'), refs=['a_ans'], trace=amazon_in(t, ME_C), eol='\n',
    what='A: hold lifted', note='Short news, LF')

# --- Case A: write from the destination address (to company)
t = D(2025, 5, 23, 7, 48, 3)
A_ADDR = """Hi Haruka,

One more step before I can run the merge.

The account you want to keep is registered to %s, but so far
every message on this case has come from your work address. For your protection
we only move certifications into an account after hearing from that account's own
email address -- otherwise anyone who typed your personal address into our form
could have certifications moved into it.

So we need a reply from %s itself. The simplest way is to send
an email from that address with the case number kept in the subject line; I'll
pick it up as soon as it arrives.

Thanks,
Priya
AWS Training and Certification
""" % (ME_P, ME_P)
add('a_addr', kind='info_request', reply=True, case=CASE_A, cands=[], t=t,
    frm=TC_FROM, to=ME_C, subject=SUBJ_A,
    body=alt(A_ADDR, '<html><body><font face="Arial" size="2">' + text2html(A_ADDR) + '</font></body></html>'),
    refs=['a_ans', 'a_lift'], trace=amazon_in(t, ME_C),
    what='A: write from the personal address', note="'So we need a reply from ...' after reasons")

# --- Case A: owner writes from the personal address (new mail, no In-Reply-To)
t = D(2025, 5, 23, 21, 3, 16, JST)
A_FROMP = """Hi Priya,

I'm writing from my personal address as you asked. I confirm that
%s is my address and that it's the account I want to keep. Its
candidate ID is %s.

Thanks,
Haruka
""" % (ME_P, CID_P)
add('a_fromp', kind='user_reply', reply=False, case=CASE_A, cands=[CID_P], t=t,
    frm=ME_P_FROM, to=addr('AWS Training and Certification', TC), subject=SUBJ_A,
    body=alt(A_FROMP, '<div dir="ltr">' + text2html(A_FROMP) + '</div>', cs='utf-8', cte='7bit'),
    msgid=mid_gmail(),
    what='A: owner writes from personal address', note='No In-Reply-To; subject only')

# --- Case A: confirmation request, HTML only with tables
t = D(2025, 5, 26, 2, 7, 45)
A_CONF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<p>Hello Haruka,</p>
<p>Thank you for writing from your personal address. I have located the two certification accounts below.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;margin-bottom:12px">
<tr><th colspan="2" style="background:#e8eef7;text-align:left">Account #1</th></tr>
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td></tr>
</table>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;margin-bottom:12px">
<tr><th colspan="2" style="background:#e8eef7;text-align:left">Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td></tr>
</table>
<p>After a merge, the exam history, certifications and benefits of Account #2 will appear on Account #1, and
Account #2 will be closed. This can't be undone.</p>
<p>Kindly confirm that both accounts are yours and that Account #1 should be the one that remains.</p>
<p>Kind regards,<br>Priya<br>AWS Training and Certification</p>
</body></html>""" % (CID_P, ME_P, ME_P, ME_P, CID_CO, ME_C, ME_C, ME_C)
add('a_conf', kind='confirmation_request', reply=True, case=CASE_A, cands=[CID_P, CID_CO], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_A,
    body=Text(A_CONF_HTML, 'html', 'utf-8', 'quoted-printable'), irt='a_fromp', refs=['a_fromp'],
    trace=amazon_in(t, ME_P),
    what='A: Account #1/#2 tables, HTML only', note="'Kindly confirm' is the only ask")

# --- AWS Educate case (other program) asking a question
t = D(2025, 5, 26, 9, 40, 12)
txt = """Hello Haruka,

Thank you for contacting AWS Educate. I'm sorry to hear you can't get into the
educator dashboard for your study group.

Could you tell me which email address you used when you first registered for
AWS Educate, and roughly when that was? With that I can look up the account
and reset its access.

Regards,
Naomi
AWS Educate Support
"""
add('educate', kind='unrelated', reply=False, case=None, cands=[], t=t,
    frm=addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), to=ME_P,
    subject='RE:[CASE %s] [AWS Educate Form Submission] - account-access' % EDU,
    body=Text(txt, 'plain', 'utf-8', 'quoted-printable'), trace=amazon_in(t, ME_P),
    what='AWS Educate case with a question', note='Same subject shape; other program')

# --- Case A: closing notice quoting the confirmation request
t = D(2025, 5, 29, 1, 2, 56)
A_CONF_TXT = re.sub(r'<[^>]+>', ' ', A_CONF_HTML.split('<body')[1].split('>', 1)[1])
A_CONF_TXT = '\n'.join(re.sub(r'\s+', ' ', l).strip() for l in A_CONF_TXT.split('\n') if l.strip())
A_CLOSE = """Hello Haruka,

I'm following up on my message of 26 May (below), in which I asked you to confirm
the merge of your certification accounts. I haven't received a reply yet.

If we don't hear from you by 2 June, this case will be closed automatically.
Replying to this email keeps it open, and even after it closes a reply will
reopen it.

Kind regards,
Priya
AWS Training and Certification

---------- Original Message ----------
From: AWS Training and Certification <%s>
Sent: 26 May 2025 02:07 UTC
To: %s
Subject: %s

%s
""" % (TC, ME_P, SUBJ_A, A_CONF_TXT)
add('a_close', kind='closing_notice', reply=True, case=CASE_A, cands=[], t=t,
    frm=TC_FROM, to=ME_P, subject=SUBJ_A,
    body=Text(A_CLOSE, 'plain', 'utf-8', 'quoted-printable'), refs=['a_fromp', 'a_conf'], trace=amazon_in(t, ME_P),
    what='A: will close without an answer', note='Quotes the confirmation (IDs in quote)')

# --- Case A: owner confirms
t = D(2025, 5, 29, 12, 40, 4, JST)
A_OK = """Hi Priya,

Confirmed -- both accounts are mine. Please merge Account #2 into Account #1
(%s).

Sorry for the slow reply, your earlier mail ended up in my Promotions tab.

Haruka
""" % ME_P
txt = A_OK + '\n' + gmail_on(D(2025, 5, 29, 10, 2, tz=JST), 'AWS Training and Certification <%s>' % TC, A_CLOSE) + '\n'
add('a_ok', kind='user_reply', reply=False, case=CASE_A, cands=[], t=t,
    frm=ME_P_FROM, to=addr('AWS Training and Certification', TC), subject='Re: ' + SUBJ_A,
    body=alt(txt, '<div dir="ltr">' + text2html(A_OK) + '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" '
             'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + text2html(A_CLOSE) + '</blockquote></div>'),
    msgid=mid_gmail(), irt='a_close', refs=['a_conf', 'a_close'],
    what='A: owner confirms', note='Long quoted history')
