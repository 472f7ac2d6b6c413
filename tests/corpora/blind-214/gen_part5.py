# gen_part5.py - October 2025 (1st to 20th): cases C and D begin, surrounding mail
from gen_part1 import *  # noqa: F401,F403
from gen_part1 import R
import gen_part1 as P

WORK_TO = addr('Onodera Daisuke', ME_WORK)
WORK_TO_JA = addr('小野寺 大輔', ME_WORK, 'iso-2022-jp')
GMAIL_TO = ME_GMAIL
ME_G = addr(ME_NAME, ME_GMAIL)

d = T('2025-10-01 10:30:00', 9)
add(d, addr('人事部 労務グループ', 'jinji@kirinoha-tech.co.jp', 'iso-2022-jp'), WORK_TO_JA,
    '【要対応】退職手続きのご案内(最終出社日 10/31)',
    part("""小野寺 大輔 さん

人事部 労務グループです。
退職に伴う手続きについてご案内します。

・最終出社日: 2025年10月31日(金)
・PC、入館証、社用携帯は最終出社日に情報システム部へ返却してください。
・社用メールアカウント(d-onodera@kirinoha-tech.co.jp)は
  10月31日 23:59 に停止します。外部サービスに登録しているアドレスの
  変更は、それまでに済ませてください。
・離職票の送付先住所を、10月20日までに本メールへの返信でお知らせください。

ご不明点があれば労務グループまでお問い合わせください。

人事部 労務グループ
""", charset='iso-2022-jp', cte='7bit'),
    L('unrelated', False),
    'Company HR leaving procedure with a real request to reply - but not AWS support, so no reply flag. Explains why the work mailbox closes.',
    msgid=outlook_msgid(), subj_cs='iso-2022-jp', extra=[('Content-Language', 'ja-JP')])

d = T('2025-10-03 18:22:10', 9)
add(d, addr('伊藤 結衣', 'y-ito@kirinoha-tech.co.jp', 'iso-2022-jp'), WORK_TO_JA,
    'Re: 引き継ぎ資料(台帳システム運用)のレビュー',
    part("""小野寺さん

お疲れさまです。伊藤です。
引き継ぎ資料のレビューが完了しました。全体的にわかりやすかったです。

2 点だけ確認させてください。
1. 月次バッチが失敗したときの再実行手順は、Runbook の 4 章で合っていますか?
2. AWS アカウントのルートユーザーの MFA デバイスは、誰に引き継げばよいでしょうか。

来週中にお返事いただけると助かります。

伊藤
""", charset='shift_jis', cte='base64'),
    L('unrelated', False),
    'Colleague\'s handover questions in Shift_JIS base64: real questions, mentions AWS account, but not support.',
    msgid=outlook_msgid(), irt=outlook_msgid(), subj_cs='iso-2022-jp')

d = T('2025-10-14 08:55:31', 9)
add(d, addr('AWS Builder ID', 'no-reply@signin.aws'), GMAIL_TO,
    'Verify your AWS Builder ID email address',
    alt(part("""Hello,

Use the following verification code to confirm your email address for
AWS Builder ID:

  482913

This code expires in 30 minutes. If you didn't request it, you can ignore
this email.

Amazon Web Services
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hello,

Use the following verification code to confirm your email address for AWS Builder ID:

482913

This code expires in 30 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services"""), 'html')),
    L('unrelated', False),
    'Builder ID one-time code (6 digits) sent while preparing the merge; not case mail.',
    top=ses_in(d, from_dom='signin.aws'), msgid=ses_msgid(d))

c1_text = """Hello,

Thank you for contacting AWS Training and Certification. We have opened
case 176040075704417 and a member of our team will review it.

The details of your request:
  Case ID: 176040075704417
  Inquiry type: Certification
  Additional details: Account Merge
  Contact email: daisuke.onodera.jp@gmail.com
  AWS candidate ID: AWS07730154
  Description:
    I am leaving my current employer at the end of October and would like
    to merge my certification account registered with
    d-onodera@kirinoha-tech.co.jp into my personal account.
    Email addresses used: d-onodera@kirinoha-tech.co.jp,
    daisuke.onodera.jp@gmail.com
    Email to keep: daisuke.onodera.jp@gmail.com

We usually reply within 24 hours, but some requests need more time. If
you have already opened a case for this request, please do not open
another one, as duplicates slow down our response.

Best regards,
AWS Training and Certification Customer Service
"""
d = T('2025-10-14 00:12:50')
c1 = ses_msgid(d)
P.C1 = c1
add(d, aws_from(), GMAIL_TO, tc_subject(CASE_C),
    alt(part(c1_text, charset='us-ascii', cte='7bit'), part(html_of(c1_text), 'html')),
    L('acknowledgement', False, CASE_C, [CID_HOME]),
    'Acknowledgement of the main 2025 case (15-digit ID) echoing the form, including a candidate ID and "please do not open another one".',
    top=ses_in(d), msgid=c1)

d1_text = c1_text.replace('176040075704417', CASE_D).replace(
    '  Contact email: daisuke.onodera.jp@gmail.com\n  AWS candidate ID: AWS07730154\n',
    '  Contact email: d-onodera@kirinoha-tech.co.jp\n').replace(
    """    I am leaving my current employer at the end of October and would like
    to merge my certification account registered with
    d-onodera@kirinoha-tech.co.jp into my personal account.
    Email addresses used: d-onodera@kirinoha-tech.co.jp,
    daisuke.onodera.jp@gmail.com
    Email to keep: daisuke.onodera.jp@gmail.com""",
    """    Please merge my certification account (this address) into the one
    registered with daisuke.onodera.jp@gmail.com. I am leaving the
    company on 31 October.""")
d = T('2025-10-14 00:31:20')
dd1 = ses_msgid(d)
add(d, aws_from(), WORK_TO, tc_subject(CASE_D),
    alt(part(d1_text, charset='us-ascii', cte='7bit'), part(html_of(d1_text), 'html')),
    L('acknowledgement', False, CASE_D),
    'Second acknowledgement 20 minutes later for the same request, sent from the work address: a duplicate case.',
    top=ses_in(d, to=ME_WORK), msgid=dd1)

c2_text = """Hello Daisuke,

Thank you for your patience. I'm Marisol from the AWS Training and
Certification team, and I'll be handling your merge request.

While reviewing the two accounts I found that the one registered to
d-onodera@kirinoha-tech.co.jp (AWS02418867) is associated with an AWS
Partner Network organization, Kirinoha Technologies Co., Ltd.
Certifications held on a partner-associated account count toward that
partner's standing, so we are not able to move them out while the
association is active. For that reason I have put your case on hold.

The hold can be released in one of two ways: the partner's Partner Central
administrator removes your association, or, if you are leaving the
company, you tell us your last day of employment and we proceed on that
basis. Which of these applies to you, and if you are leaving, what is your
final working day?

Kind regards,
Marisol R.
AWS Training and Certification
"""
d = T('2025-10-14 07:40:12')
c2 = ses_msgid(d)
P.C2 = c2
add(d, aws_from(), GMAIL_TO, tc_subject(CASE_C),
    alt(part(c2_text, charset='us-ascii', cte='quoted-printable'), part(html_of(c2_text), 'html')),
    L('on_hold', True, CASE_C, [CID_WORK]),
    'Partner (APN) hold whose last paragraph buries two questions (which way, last working day): on_hold and needs a reply.',
    top=ses_in(d), msgid=c2, irt=c1, refs=c1)

dd2_text = """Hello,

We noticed that this case (176040186511208) asks for the same account
merge as case 176040075704417, which was submitted about 20 minutes
earlier from daisuke.onodera.jp@gmail.com. To avoid handling the same
request twice, we have closed this case as a duplicate.

Your request is not cancelled: everything continues on case
176040075704417, and our replies will go to the address on that case.
No action is needed on this case.

--

本ケース(176040186511208)は、約 20 分前に daisuke.onodera.jp@gmail.com
から送信されたケース 176040075704417 と同じアカウント統合のご依頼である
ため、重複としてクローズいたしました。

ご依頼自体が取り消されたわけではございません。今後のやり取りは
ケース 176040075704417 にて継続いたします。本ケースについて、お客様に
行っていただく操作はございません。

AWS Training and Certification
"""
d = T('2025-10-14 08:05:44')
add(d, aws_from(), WORK_TO, tc_subject(CASE_D),
    alt(part(dd2_text, cte='quoted-printable'), part(html_of(dd2_text), 'html', cte='quoted-printable')),
    L('case_update', False, CASE_D),
    'Bilingual (EN/JA) notice that this duplicate case was closed and work continues on the other case: says "closed" but it is neither a closing notice nor a resolution; names two case numbers.',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d), irt=dd1, refs=dd1)

c3_text = """Hi Marisol,

Thank you for looking into this. I am leaving Kirinoha Technologies: my
last working day is October 31, 2025, and the company mailbox will be
closed the same day. I have also told our alliance lead.

Please go ahead with the merge into my personal account.

By the way, I accidentally submitted the form a second time from my work
address (case 176040186511208). Please ignore that one.

Best regards,
Daisuke Onodera
"""
d = T('2025-10-14 21:12:03', 9)
c3 = gmail_msgid()
P.C3 = c3
add(d, ME_G, TC_FORM, tc_subject(CASE_C, sep='Re: RE:'),
    alt(part(c3_text + '\n2025年10月14日(火) 16:40 AWS Training and Certification <\naws-cs-trainingcertification-form@amazon.com>:\n\n' + quote_gt(c2_text), cte='quoted-printable'),
        part(html_of(c3_text) + '<div class="gmail_quote"><div class="gmail_attr">2025年10月14日(火) 16:40 AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;:<br></div><blockquote class="gmail_quote">' + esc(c2_text).replace('\n', '<br>\n') + '</blockquote></div>', 'html', cte='quoted-printable'),
        boundary=gboundary()),
    L('user_reply', False, CASE_C),
    'Owner\'s Gmail reply (Japanese attribution line, English text) answering the hold; mentions the duplicate case number; quotes the hold with its candidate ID.',
    msgid=c3, irt=c2, refs='%s %s' % (c1, c2))

d = T('2025-10-15 09:02:40', 9)
add(d, addr('青山 健司', 'k-aoyama@kirinoha-tech.co.jp', 'iso-2022-jp'), WORK_TO_JA,
    '自動応答: 送別会の出欠について',
    part("""10月15日(水)から10月17日(金)まで休暇をいただいております。
10月20日(月)以降、順次返信いたします。
お急ぎの場合は伊藤(y-ito@kirinoha-tech.co.jp)までご連絡ください。

I am out of the office from October 15 to 17 and will reply after I return.

青山 健司 / Kenji Aoyama
""", charset='iso-2022-jp', cte='7bit'),
    L('unrelated', False),
    'Colleague\'s out-of-office auto-reply (JA/EN).',
    msgid=outlook_msgid(), irt=outlook_msgid(), subj_cs='iso-2022-jp',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

c4_text = """Hi Daisuke,

Thanks for letting me know. With your last working day on record, the
partner hold on your case has been released and your merge request is back
in progress. I'm preparing the account summary now and will send it to you
for review shortly.

Marisol R.
AWS Training and Certification
"""
d = T('2025-10-16 01:05:09')
c4 = ses_msgid(d)
add(d, aws_from(), GMAIL_TO, tc_subject(CASE_C),
    part(c4_text, charset='us-ascii', cte='7bit'),
    L('case_update', False, CASE_C),
    'Hold lifted, work resumes; announces a review request to come but asks nothing yet.',
    top=ses_in(d), msgid=c4, irt=c3, refs='%s %s %s' % (c1, c2, c3))

c5_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daisuke,</p>
<p>Below are the two certification accounts I found for you. Please look them over carefully, as a merge cannot be undone.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07730154</td><td>AWS02418867</td></tr>
<tr><td>Login email</td><td>daisuke.onodera.jp@gmail.com</td><td>d-onodera@kirinoha-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>daisuke.onodera.jp@gmail.com</td><td>d-onodera@kirinoha-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>daisuke.onodera.jp@gmail.com</td><td>d-onodera@kirinoha-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate</td></tr>
</table>
<p>I plan to merge Account #2 into Account #1, so that you sign in with daisuke.onodera.jp@gmail.com and all exam history,
certifications and benefits live there. Is that right? A short reply confirming the direction is all I need to go ahead.</p>
<p>Marisol R.<br>AWS Training and Certification</p>
</body></html>
"""
d = T('2025-10-16 01:22:37')
c5 = ses_msgid(d)
P.C5 = c5
P.C5_HTML = c5_html
add(d, aws_from(), GMAIL_TO, tc_subject(CASE_C),
    part(c5_html, 'html', cte='quoted-printable'),
    L('confirmation_request', True, CASE_C, [CID_HOME, CID_WORK]),
    'HTML-only Account #1/#2 table; the confirmation is asked as a question ("Is that right?") with no "please confirm".',
    top=ses_in(d), msgid=c5, irt=c3, refs='%s %s %s' % (c1, c2, c3))

d = T('2025-10-17 16:40:00', 9)
add(d, addr('Jira', 'jira@kirinoha.atlassian.net'), WORK_TO,
    '[JIRA] (KIRI-1432) Merge ledger batch accounts into shared service account',
    alt(part("""Aoyama Kenji changed the status of KIRI-1432 to Done.

KIRI-1432: Merge ledger batch accounts into shared service account
Resolution: Done
Assignee: Daisuke Onodera

Change by Aoyama Kenji: In Review -> Done
Comment: Accounts merged and old IAM users removed. Thanks!

View issue: https://kirinoha.atlassian.net/browse/KIRI-1432
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Aoyama Kenji changed the status of KIRI-1432 to Done.

KIRI-1432: Merge ledger batch accounts into shared service account
Resolution: Done

Comment: Accounts merged and old IAM users removed. Thanks!"""), 'html')),
    L('unrelated', False),
    'Jira ticket "Done" with "Accounts merged": completion vocabulary, internal ticket.',
    top=o365_in(d, '18.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'atlassian.net', 'atlassian.net'),
    msgid='<JIRA.%d.%d@Atlassian.JIRA>' % (R.randint(100000, 999999), R.randint(10**12, 10**13)))

d = T('2025-10-20 00:00:00')
add(d, addr('AWS Training and Certification', TC_FORM), GMAIL_TO, tc_subject(CASE_C),
    part("""Hello Daisuke,

We are following up on case 176040075704417. On October 16 we asked you
to confirm the direction of your account merge, and we have not received a
reply yet.

If we do not hear from you within 3 business days, we will close this
case. Replying to this email, even after the case has been closed, will
reopen it and bring it back to our team.

AWS Training and Certification Customer Service
""", charset='us-ascii', cte='7bit'),
    L('closing_notice', True, CASE_C),
    'Closing notice after no answer to the confirmation; the reply that keeps it open is only implied.',
    top=ses_in(d), msgid=ses_msgid(d), irt=c5, refs='%s %s' % (c1, c5), crlf=True)

d = T('2025-10-20 10:14:52', 9)
add(d, addr('Gandi', 'noreply@gandi.net'), GMAIL_TO,
    '[Gandi] Transfer of onodera.dev completed',
    alt(part("""Hello,

The transfer of the domain onodera.dev to Gandi is complete. The domain
is now managed from your Gandi account.

Your existing nameservers were kept. If you switch to Gandi LiveDNS,
changes can take up to 48 hours to propagate worldwide.

Nothing else is required from you for this transfer.

The Gandi team
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hello,

The transfer of the domain onodera.dev to Gandi is complete. The domain is now managed from your Gandi account.

Your existing nameservers were kept. If you switch to Gandi LiveDNS, changes can take up to 48 hours to propagate worldwide.

The Gandi team"""), 'html')),
    L('unrelated', False),
    'Domain transfer "complete", propagation delay, "nothing else is required" - same shape as a finished-but-propagating case, not AWS.',
    top=gmail_in(d, 'mail6.gandi.net', '217.70.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'noreply@gandi.net', 'gandi.net', p='REJECT'),
    msgid='<%s@gandi.net>' % hexs(24))
