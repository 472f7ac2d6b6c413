# gen_part6.py - October 2025 (20th to 31st): case C completes, lookalikes, surrounding mail
from gen_part1 import *  # noqa: F401,F403
from gen_part1 import R
import gen_part1 as P
from email.mime.multipart import MIMEMultipart
import re

WORK_TO = addr('Onodera Daisuke', ME_WORK)
WORK_TO_JA = addr('小野寺 大輔', ME_WORK, 'iso-2022-jp')
GMAIL_TO = ME_GMAIL
ME_G = addr(ME_NAME, ME_GMAIL)
c1, c2, c3, c5 = P.C1, P.C2, P.C3, P.C5


def html_to_text(h):
    h = re.sub(r'(?s)<head>.*?</head>', '', h)
    h = h.replace('</tr>', '\n').replace('</p>', '\n\n').replace('<br>', '\n').replace('</th>', ' | ').replace('</td>', ' | ')
    h = re.sub(r'<[^>]+>', '', h).replace('&ndash;', '-').replace('&amp;', '&')
    lines = [l.strip() for l in h.split('\n')]
    out, blank = [], False
    for l in lines:
        if not l:
            if not blank and out:
                out.append('')
            blank = True
        else:
            out.append(l)
            blank = False
    return '\n'.join(out).strip() + '\n'


c5_plain = html_to_text(P.C5_HTML)

c7_text = """Hi Marisol,

Sorry for the slow reply - I was travelling.
Confirmed. Please merge Account #2 (AWS02418867) into Account #1
(AWS07730154) and keep daisuke.onodera.jp@gmail.com as the login.

Thanks,
Daisuke
"""
d = T('2025-10-20 22:10:31', 9)
c7 = gmail_msgid()
add(d, ME_G, TC_FORM, tc_subject(CASE_C, sep='Re: RE:'),
    part(c7_text + '\nOn Thu, Oct 16, 2025 at 10:22 AM AWS Training and Certification <\naws-cs-trainingcertification-form@amazon.com> wrote:\n\n' + quote_gt(c5_plain), cte='quoted-printable'),
    L('user_reply', False, CASE_C, [CID_WORK, CID_HOME]),
    'Owner confirms the merge direction (plain text, Gmail quoting of the HTML table as text).',
    msgid=c7, irt=c5, refs='%s %s %s %s' % (c1, c2, c3, c5))

c8_text = """Hi Daisuke,

Thanks for confirming. I have merged the two profiles: signing in with
daisuke.onodera.jp@gmail.com now opens Account #1, and your exam history
and both certifications have been copied across. Your Credly badges are
being reissued to the new address, so expect an email from Credly.

Two items are not finished yet. The 50% exam discount benefit and your
enrolment in the Certification SME program still sit on the old record.
They are moved by our benefits team in a separate back-office step, which
normally takes 2-3 business days. I am keeping your case open until that
is done and will write to you again then.

You don't need to do anything in the meantime.

Marisol R.
AWS Training and Certification
"""
d = T('2025-10-21 04:48:19')
c8 = ses_msgid(d)
add(d, aws_from(), GMAIL_TO, tc_subject(CASE_C),
    alt(part(c8_text, charset='us-ascii', cte='7bit'), part(html_of(c8_text), 'html')),
    L('case_update', False, CASE_C),
    'Stress: "I have merged the two profiles" opens the mail, but benefits are still with another team and the case stays open - not resolved.',
    top=ses_in(d), msgid=c8, irt=c7, refs='%s %s %s' % (c1, c5, c7))

d = T('2025-10-21 05:31:02')
add(d, addr('Credly', 'admin@credly.com'), GMAIL_TO,
    'You have 2 new badges from Amazon Web Services Training and Certification',
    alt(part("""Hi Daisuke,

Amazon Web Services Training and Certification has issued you 2 badges:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

Accept your badges to display them on your Credly profile and share them:
https://www.credly.com/earner/earned

Badges issued to a previous email address stay on that profile until you
add the address to this account under Settings > Email.

Credly, Inc. | 1 Liberty Plaza, New York, NY
""", charset='us-ascii', cte='quoted-printable'),
        part("""<html><body style="font-family:Helvetica,Arial">
<h2>Hi Daisuke, you have 2 new badges</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a></p>
</body></html>
""", 'html', charset='us-ascii', cte='7bit')),
    L('badge', False),
    'Credly mail triggered by the merge, arriving while the case is still open.',
    top=gmail_in(d, 'o3.email.credly.com', '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'bounces@email.credly.com', 'credly.com', dkim_dom='credly.com', p='NONE'),
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22), R.randint(1, 40)))

d = T('2025-10-23 03:12:45')
add(d, addr('Trailhead', 'trailhead@salesforce.com'), GMAIL_TO,
    'Your Trailhead accounts have been merged',
    alt(part("""Hi Daisuke,

The merge you requested is complete. Everything from the account
d-onodera@kirinoha-tech.co.jp now lives in your Trailhead account
daisuke.onodera.jp@gmail.com.

It can take up to 24 hours for all badges, points and certifications to
show on your profile. You don't need to do anything else.

The Trailhead Team
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hi Daisuke,

The merge you requested is complete. Everything from the account d-onodera@kirinoha-tech.co.jp now lives in your Trailhead account daisuke.onodera.jp@gmail.com.

It can take up to 24 hours for all badges, points and certifications to show on your profile. You don't need to do anything else.

The Trailhead Team"""), 'html')),
    L('unrelated', False),
    'Salesforce Trailhead account merge complete, same two addresses, badges propagating: the nearest twin of an AWS resolution, from another vendor.',
    top=gmail_in(d, 'mta-%d.salesforce.com' % R.randint(10, 99), '13.110.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'bounce@salesforce.com', 'salesforce.com', p='REJECT'),
    msgid='<%s@sfdc.net>' % alnum(30))

d = T('2025-10-23 14:27:18')
add(d, addr('AWS Certification Support', 'cases@aws-certsupport.com'), GMAIL_TO,
    'Account merge completed - final verification required',
    alt(part("""Dear Candidate,

Your certification account merge has been completed. To finalize the
transfer of your credentials and benefits you must verify your identity
within 24 hours.

Reply to this email with your AWS Builder ID password and the 6-digit
code we send to your phone, or sign in at
https://aws-certsupport.com/verify?ref=AWS07730154

If you do not verify, the merged certifications will be reverted to your
previous account.

AWS Certification Support Team
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Dear Candidate,

Your certification account merge has been completed. To finalize the transfer of your credentials and benefits you must verify your identity within 24 hours.

Reply to this email with your AWS Builder ID password and the 6-digit code we send to your phone.

AWS Certification Support Team"""), 'html')),
    L('suspicious', False, None, [CID_HOME]),
    'Lookalike domain (aws-certsupport.com), timed after a real merge; completion + "reply with your password": phishing, no reply flag.',
    top=gmail_in(d, 'mail.aws-certsupport.com', '45.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'bounce@aws-certsupport.com', 'aws-certsupport.com', p='NONE'),
    msgid='<%s@aws-certsupport.com>' % hexs(20))

d = T('2025-10-24 12:00:00', 9)
add(d, addr('株式会社ソラミチクラウド 人事部', 'hr@soramichi-cloud.jp'), GMAIL_TO,
    '入社手続き書類のご提出のお願い(11/4 入社)',
    alt(part("""小野寺 大輔 様

株式会社ソラミチクラウド 人事部の森です。
11 月 4 日のご入社に向けて、以下の書類のご提出をお願いいたします。

1. 雇用契約書(署名済み)
2. 年金手帳または基礎年金番号のわかる書類の写し
3. 給与振込先口座のご連絡

10 月 28 日(火)までに、本メールへの返信にて PDF をお送りください。
また、業務用に AWS 認定の取得状況を伺っておりますので、認定 ID
(候補 ID)もあわせてお知らせいただけますと幸いです。

人事部 森
""", cte='base64'),
        part(html_of("""小野寺 大輔 様

株式会社ソラミチクラウド 人事部の森です。
11 月 4 日のご入社に向けて、書類のご提出をお願いいたします。

10 月 28 日(火)までに、本メールへの返信にて PDF をお送りください。
また、AWS 認定の候補 ID もあわせてお知らせいただけますと幸いです。

人事部 森"""), 'html', cte='base64')),
    L('unrelated', False),
    'New employer HR asks for documents and the AWS candidate ID by reply - a genuine request, but not from AWS support, so no reply flag.',
    top=gmail_in(d, 'mail-sor-f41.google.com', '209.85.220.41', 'hr@soramichi-cloud.jp', 'soramichi-cloud.jp', p='NONE'),
    msgid=gmail_msgid())

d = T('2025-10-25 06:03:40')
add(d, addr('AWS Training and Certification', TC_FORM), GMAIL_TO,
    tc_subject('176090443120057'),
    alt(part("""Hello,

We are ready to merge your certification accounts. Before we proceed,
please confirm the merge by signing in to the secure case portal below and
re-entering the credentials of both accounts:

https://support-aws-training.com/case/176090443120057/confirm

If you do not confirm within 48 hours, the request will be cancelled and
your certifications on the old account may be removed.

AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hello,

We are ready to merge your certification accounts. Before we proceed, please confirm the merge by signing in to the secure case portal below and re-entering the credentials of both accounts.

If you do not confirm within 48 hours, the request will be cancelled.

AWS Training and Certification"""), 'html')),
    L('suspicious', False),
    'Spoofed real sender address and real subject shape asking to confirm a merge, but Authentication-Results show dmarc=fail for amazon.com and the link is off-domain; fake case number, case left null.',
    top=gmail_in(d, 'vps-%d.hosting-node.net' % R.randint(100, 999), '91.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'mail@vps-node-mailer.net', 'amazon.com', dkim_dom='vps-node-mailer.net', dkim='none', spf='softfail', dmarc='fail'),
    msgid='<%s@vps-node-mailer.net>' % hexs(18))

c10_text = """Hi Daisuke,

Good news: the benefits team has finished. Your 50% exam discount and the
SME program enrolment now appear on Account #1 (AWS07730154), so every
part of your merge request is complete and I am marking the case as
resolved.

One thing to be aware of: because your former employer is an AWS Partner,
the Partner Central roster may keep listing your certifications under
Kirinoha Technologies for up to 5 business days. That clears automatically;
neither you nor the partner needs to do anything.

Thank you for your patience throughout.

Marisol R.
AWS Training and Certification
"""
d = T('2025-10-27 02:15:26')
c10 = ses_msgid(d)
c10_full = c10_text + '\nOn Thu, Oct 16, 2025 at 01:22 AM, AWS Training and Certification wrote:\n' + quote_gt(c5_plain)
add(d, aws_from(), GMAIL_TO, tc_subject(CASE_C),
    alt(part(c10_full, charset='utf-8', cte='quoted-printable'), part(html_of(c10_full), 'html', cte='quoted-printable')),
    L('resolved', False, CASE_C, [CID_HOME]),
    'Completion with a propagation delay for Partner Central, quoting the old Account #1/#2 confirmation request ("Is that right?") underneath.',
    top=ses_in(d), msgid=c10, irt=c8, refs='%s %s %s %s' % (c1, c5, c7, c8))

fwd = """真鍋さん

AWS 認定アカウントの個人アドレスへの統合が完了しました。
パートナーセントラルの名簿からは最大 5 営業日で自動的に外れるそうで、
当社側での操作は不要とのことです。短い間でしたがお世話になりました。

小野寺

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年10月27日(月) 11:15
Subject: RE:[CASE 176040075704417] [AWS Training and Certification Form Submission] - account-assistance
To: <daisuke.onodera.jp@gmail.com>


""" + c10_text
d = T('2025-10-27 12:40:12', 9)
add(d, ME_G, addr('真鍋 里美', 's-manabe@kirinoha-tech.co.jp'), 'Fwd: ' + tc_subject(CASE_C),
    alt(part(fwd, cte='base64'), part(html_of(fwd), 'html', cte='base64'), boundary=gboundary()),
    L('user_reply', False, CASE_C),
    'Owner forwards the completion to a colleague (Cc his work address); the forwarded part holds "merge request is complete" and a candidate ID, which is not the owner\'s own text.',
    msgid=gmail_msgid(), cc=addr('Onodera Daisuke', ME_WORK))

sv = """Case 176040075704417 was resolved recently.

How would you rate the help you received from AWS Training and
Certification?

  Very satisfied:    https://survey.aws.training/r/%s?s=5
  Satisfied:         https://survey.aws.training/r/%s?s=4
  Neutral:           https://survey.aws.training/r/%s?s=3
  Dissatisfied:      https://survey.aws.training/r/%s?s=2

It takes less than a minute, and every response is read by our team.
""" % ((alnum(16),) * 4)
d = T('2025-10-28 01:30:00')
add(d, aws_from(), GMAIL_TO, 'How did we do? Your AWS Training and Certification case',
    alt(part(sv, charset='us-ascii', cte='7bit'), part(html_of(sv), 'html')),
    L('survey', False, CASE_C),
    'Survey from the same form address as the case, without the [CASE] subject token; asks a question.',
    top=ses_in(d), msgid=ses_msgid(d))

d = T('2025-10-28 09:12:55')
add(d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), GMAIL_TO,
    'Your AWS Certification benefits are available',
    part("""Hello Daisuke,

A 50% exam discount benefit is available in your AWS Certification
account (AWS07730154). Apply it when you schedule your next exam; it
expires on May 18, 2027.

You can see all of your benefits under Benefits after signing in.

AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
    L('certification', False, None, [CID_HOME]),
    'CertMetrics benefit notice caused by the merge; reads like a completion but is program mail.',
    top=gmail_in(d, 'mail.certmetrics.com', '52.%d.%d.%d' % (R.randint(1, 99), R.randint(1, 250), R.randint(1, 250)), 'bounce@certmetrics.com', 'certmetrics.com', p='NONE'),
    msgid='<%s@certmetrics.com>' % hexs(24))

d = T('2025-10-29 15:20:41', 9)
add(d, addr('ミライモバイル', 'info@mirai-mobile.jp'), GMAIL_TO,
    '【ミライモバイル】回線切り替え(MNP)完了のお知らせ',
    part("""小野寺 大輔 様

ミライモバイルをお申し込みいただき、ありがとうございます。
お客様の回線の切り替え(MNP 転入)が完了しました。

電話番号: 090-XXXX-1854
切り替え完了日時: 2025年10月29日 15:18

転出元の事業者との契約は自動的に解約されます。新しい SIM で通信
できるようになるまで、最大 1 時間ほどかかる場合があります。

ミライモバイル カスタマーセンター
""", cte='quoted-printable'),
    L('unrelated', False),
    'Mobile number port "切り替えが完了しました", up to 1 hour to take effect: transfer-complete wording in Japanese, not AWS.',
    top=gmail_in(d, 'mo.mirai-mobile.jp', '210.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'info@mirai-mobile.jp', 'mirai-mobile.jp', p='NONE'),
    msgid='<%s@mirai-mobile.jp>' % hexs(20), subj_cs='utf-8')

d = T('2025-10-30 19:45:09', 9)
orig = 'Message-ID: %s\nDate: Thu, 30 Oct 2025 19:45:02 +0900\nFrom: %s\nTo: s-manabe@kirinoha-tec.co.jp\nSubject: =?UTF-8?B?6YCB5Yil5Lya44GC44KK44GM44Go44GG44GU44GW44GE44G+44GX44Gf?=\n' % (gmail_msgid(), ME_GMAIL)
rep = MIMEMultipart('report', boundary=gboundary())
rep.set_param('report-type', 'delivery-status')
rep.attach(part("""
** Address not found **

Your message wasn't delivered to s-manabe@kirinoha-tec.co.jp because the
domain kirinoha-tec.co.jp couldn't be found. Check for typos or
unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of kirinoha-tec.co.jp responded with code NXDOMAIN
""", charset='us-ascii', cte='7bit'))
rep.attach(part(orig, 'rfc822-headers', charset='us-ascii', cte='7bit'))
add(d, addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), GMAIL_TO,
    'Delivery Status Notification (Failure)', rep,
    L('unrelated', False),
    'Bounce of the owner\'s thank-you mail to a mistyped colleague address (multipart/report).',
    msgid='<%s@mx.google.com>' % alnum(24), extra=[('Auto-Submitted', 'auto-replied')])

d = T('2025-10-31 17:00:00', 9)
add(d, addr('情報システム部', 'it-helpdesk@kirinoha-tech.co.jp', 'iso-2022-jp'), WORK_TO_JA,
    '本日 23:59 にメールアカウントを停止します',
    part("""小野寺 大輔 さん

情報システム部です。
退職に伴い、本日 23:59 に以下のアカウントを停止します。

・メール(d-onodera@kirinoha-tech.co.jp)
・Slack / Jira / VPN

停止後に届いたメールは自動転送されず、送信者へエラーが返ります。
これで手続きはすべて完了です。これまでありがとうございました。

情報システム部
""", charset='iso-2022-jp', cte='7bit'),
    L('unrelated', False),
    'Company IT: work mailbox closes tonight, "手続きはすべて完了です" - completion wording, internal mail.',
    msgid=outlook_msgid(), subj_cs='iso-2022-jp')
