# Messages 25-38: duplicate closed, APN hold, phishing with dmarc=fail, hold lifted, confirm request.
from gen_part0 import *
import gen_part0 as G
import html as _html

# 25 ---------------------------------------------------------------- LinkedIn
w = D(2025, 3, 14, 19, 3, 0)
hs = [('Delivered-To', ME_P),
      auth_gmail('linkedin.com', 's-8gq1w2b3x@bounce.linkedin.com', '108.174.3.170', policy='p=REJECT sp=REJECT dis=NONE', sel='d2048-202308-1b'),
      ('From', ad('LinkedIn', 'notifications-noreply@linkedin.com')), ('To', ad('Minh Khoa Tran', ME_P)),
      ('Subject', 'Minh Khoa, you appeared in 9 searches this week'),
      ('Date', date(w)), ('Message-ID', generic_mid('m25', 'ltx1-app4152.prod.linkedin.com')),
      ('List-Unsubscribe', '<https://www.linkedin.com/e/v2?e=unsub&t=1&midToken=AQH>')]
t = """Minh Khoa, you appeared in 9 searches this week.

Recruiters from 3 companies found you through: AWS Certified Solutions
Architect - Professional, Terraform, Kubernetes.

See who's looking: https://www.linkedin.com/me/search-appearances/

Reply with "Open to work" to let recruiters know? Update your preferences:
https://www.linkedin.com/jobs/opportunities/

This email was intended for Minh Khoa Tran (Cloud Engineer at Tenjin Cloudworks).
"""
add('unrelated', False, None, [],
    'LinkedIn digest mentioning an AWS certification name.',
    hs, leaf('text/plain', t, 'UTF-8', 'quoted-printable', quote_cs=False))

# 26 ---------------------------------------------------------------- C2 closed as duplicate
w = D(2025, 3, 15, 3, 12, 27)
hs, M26 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C2, FORM_SUBJ), 'm26', in_reply_to=G.M23, refs=G.M23)
t = """Hello,

This request repeats case %s, which a colleague of mine is already
handling and where your reply from this address has arrived. To keep the
conversation in one place I am closing case %s. There is nothing you
need to do here; the merge continues on the original case.

Regards,
Kenji
AWS Training and Certification
""" % (C1, C2)
add('case_update', False, C2, [],
    'C2 closed as a duplicate of C1: both numbers in the body, words "closing", "nothing you need to do". Not resolved (the request lives on in C1).',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'), crlf=True)

# 27 ---------------------------------------------------------------- C1 on hold (APN) with buried question
w = D(2025, 3, 17, 11, 20, 14)
hs, G.M27 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm27', in_reply_to=G.M24,
                     refs='%s %s %s' % (G.M21, G.M22, G.M24))
G.T27 = """Hello Khoa,

Thanks for writing in from your personal address - that settles the ownership
side of things.

While preparing the merge I found that the certification account %s is
linked to the AWS Partner Network profile of Tenjin Cloudworks. Certifications
on an account linked to a partner organization count toward that partner's
standing, so we do not merge such an account away while the link is in place.
Either the partner's administrator removes the association in AWS Partner
Central, or our partner team arranges it with them.

This comes up a lot when someone is changing employers. Are you leaving Tenjin
Cloudworks, and if so, what is your last working day? Knowing that helps us
decide how to approach the partner.

Until the association is removed I am placing this case on hold. I will update
you as soon as anything changes on our side.

Best,
Tobias R.
AWS Training and Certification Customer Service
""" % OLD
add('on_hold', True, C1, [OLD],
    'C1 paused because the old account is tied to the employer\'s APN profile; the question about leaving and the last working day sits in the middle of the hold explanation, so a reply is needed.',
    hs, multi('alternative', [leaf('text/plain', G.T27, 'UTF-8', 'quoted-printable'),
                              leaf('text/html', html_wrap(p_html(G.T27)), 'UTF-8', 'quoted-printable')],
              '----=_Part_77120_803114256.1742178014306'))

# 28 ---------------------------------------------------------------- owner answers the hold question
w = D(2025, 3, 17, 20, 5, 51)
hs, G.M28 = gmail_sent(w, TC, 'Re: RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm28',
                       cc=ad('Mariko Kuroki', 'm.kuroki@tenjin-cloudworks.co.jp'),
                       in_reply_to=G.M27, refs='%s %s' % (G.M24, G.M27))
new = """Hi Tobias,

Yes - my last working day at Tenjin Cloudworks is 31 March 2025, and the
company mailbox is switched off that evening.

I have copied our alliance manager, Mariko Kuroki, who administers our Partner
Central account and has offered to remove the link from her side.

Best regards,
Khoa Tran
"""
q = 'On Mon, 17 Mar 2025 at 11:20, AWS Training and Certification <%s> wrote:\n' % TC + quote_gt(G.T27)
add('user_reply', False, C1, [],
    'Owner\'s answer to the hold question, Cc the alliance manager; quoted hold below.',
    hs, leaf('text/plain', new + '\n' + q, 'UTF-8', 'quoted-printable', quote_cs=False))

# 29 ---------------------------------------------------------------- spoofed amazon.com, dmarc=fail
w = D(2025, 3, 18, 2, 14, 33)
hs = [('Delivered-To', ME_P),
      ('Received', 'from mail.vps-hosting-kr.net (mail.vps-hosting-kr.net. [45.136.198.77])\n        by mx.google.com with ESMTP id q3-20020a17090ac68300b00abcd\n        for <%s>;\n        %s' % (ME_P, date(w.astimezone(PDT)))),
      auth_gmail('amazon.com', 'support@vps-hosting-kr.net', '45.136.198.77', dkim=None, spf='neutral',
                 dmarc='fail'),
      ('From', ad('AWS Training and Certification', TC)), ('To', ME_P),
      ('Reply-To', 'aws-merge-desk@protonmail.com'),
      ('Subject', 'RE:[CASE %s] %s' % (CF, FORM_SUBJ)),
      ('Date', date(w)), ('Message-ID', generic_mid('m29', 'vps-hosting-kr.net'))]
t = """Hello,

Your account merge request is almost complete. To protect your certifications,
identity must be verified on both accounts before the merge can happen.

Please reply to this message with:
 - the password of your AWS Builder ID
 - your date of birth
 - a photo of your passport or residence card

Alternatively sign in at https://aws-training-verify.com/merge and follow the
steps. Requests not verified within 24 hours are cancelled and the accounts
are locked.

AWS Training and Certification Customer Service
"""
add('suspicious', False, None, [],
    'Looks like a real C1-style mail (real From address, [CASE] subject with a plausible 15-digit number) but DMARC fails for amazon.com, Reply-To is protonmail, asks for password and ID. No reply owed; case null (not a real case).',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'))

# 30 ---------------------------------------------------------------- C1 still on hold, nothing asked
w = D(2025, 3, 19, 13, 30, 2)
hs, M30 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm30', in_reply_to=G.M28,
                   refs='%s %s' % (G.M27, G.M28))
t = """Hi Khoa,

Quick update: thanks for the dates. I have asked our partner team to contact
the Partner Central administrator at Tenjin Cloudworks about releasing the
association. The case stays on hold until that is done; you don't need to do
anything in the meantime.

Tobias R.
AWS Training and Certification
"""
add('on_hold', False, C1, [],
    'C1 still paused for the partner; explicitly nothing for the owner to do. Pairs with 027 (same hold, but no question).',
    hs, leaf('text/plain', t, 'us-ascii', '7bit'))

# 31 ---------------------------------------------------------------- alliance manager: link removed
w = D(2025, 3, 21, 16, 22, 9)
hs = [auth_m365('tenjin-cloudworks.co.jp', 'tenjin-cloudworks.co.jp', '40.107.74.90'),
      ('From', ad('黒木 真理子', 'm.kuroki@tenjin-cloudworks.co.jp')),
      ('To', ad('チャン ミン コア', ME_C)), ('Cc', ME_P),
      ('Subject', ew('RE: AWS認定アカウントの移行について（退職前の確認）')),
      ('Date', date(w)), ('Message-ID', outlook_mid('m31')),
      ('In-Reply-To', outlook_mid('m14')), ('References', outlook_mid('m14')),
      ('Content-Language', 'ja-JP')]
t = """チャンさん

AWS のパートナーチームから連絡があり、本日 Partner Central で
チャンさんの認定アカウントの紐付けを解除しました。
AWS 側に反映されるまで数日かかるかもしれません、とのことです。

サポートへの返信は不要と言われていますが、念のため共有まで。

黒木
"""
add('unrelated', False, None, [],
    'Colleague says the Partner Central link is removed ("サポートへの返信は不要"). About the case but not from support; no case number.',
    hs, leaf('text/plain', t, 'ISO-2022-JP', '7bit'))

# 32 ---------------------------------------------------------------- AWS Partner Central notification
w = D(2025, 3, 24, 8, 5, 40)
hs, _m = aws_mail(w, ME_C, 'AWS Partner Central: your Training and Certification account was unlinked', 'm32',
                  from_name='AWS Partner Network', from_addr='apn-no-reply@amazon.com')
hh = html_wrap("""<p>Hello Minh Khoa Tran,</p>
<p>An administrator of <b>Tenjin Cloudworks K.K.</b> removed the link between your AWS Partner Central user and
your AWS Training and Certification account. Certifications earned on that account no longer count toward the
partner's certification totals.</p>
<p>If you still work for this partner, ask your Partner Central administrator to link your account again.</p>
<p>AWS Partner Network<br>Partner Central: https://partnercentral.awspartner.com</p>""")
add('unrelated', False, None, [],
    'Genuine AWS Partner Network notice (amazon.com, passes) about the unlinking - AWS mail around the case, not case mail.',
    hs, leaf('text/html', hh, 'utf-8', 'quoted-printable'))

# 33 ---------------------------------------------------------------- C1 hold lifted
w = D(2025, 3, 25, 10, 2, 55)
hs, M33 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm33', refs='%s %s' % (G.M27, G.M28))
t = """Hi Khoa,

Good news: the partner association on your former company account has been
removed, so the hold on this case is lifted.

I have handed the case to our account team. They will write to you shortly
with the details of both accounts to check before anything is changed.

Tobias R.
AWS Training and Certification Customer Service
"""
add('case_update', False, C1, [],
    'Hold lifted and passed to another team; announces a future check ("will write to you ... to check") but asks nothing now.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'quoted-printable'),
                              leaf('text/html', html_wrap(p_html(t)), 'UTF-8', 'quoted-printable')],
              '----=_Part_90410_2093184112.1742864575881'))

# 34 ---------------------------------------------------------------- C1 confirmation request (HTML only, table)
w = D(2025, 3, 26, 15, 48, 22)
hs, G.M34 = aws_mail(w, ME_P, 'RE:[CASE %s] %s' % (C1, FORM_SUBJ), 'm34')
row = lambda k, a, b: '<tr><th align="left" style="background:#f2f3f3">%s</th><td>%s</td><td>%s</td></tr>' % (k, a, b)
G.H34 = """<p>Hello Khoa,</p>
<p>I'm Aoife from the account team, and I'll be completing your merge. Before I change anything, please look
over the two accounts we found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
%s
%s
%s
%s
%s
</table>
<p>After a merge only one account remains. The other one is retired and cannot be brought back.</p>
<p>Please reply to this email to confirm that both accounts belong to you and that <b>Account #2</b> is the
one to keep. If you would rather keep Account #1, just tell me and I'll set it up that way instead.</p>
<p>Kind regards,<br>Aoife M.<br>AWS Training and Certification | Account Services</p>""" % (
    row('Candidate ID', OLD, NEW),
    row('Login email', ME_C, ME_P),
    row('Training notification email', ME_C, ME_P),
    row('Certification notification email', ME_C, ME_P),
    row('Active certifications', '4', '0'))
add('confirmation_request', True, C1, [OLD, NEW],
    'The merge confirmation: HTML-only mail with an Account #1 / Account #2 table (candidate IDs in cells), ask phrased with "please reply to confirm" plus a conditional alternative.',
    hs, leaf('text/html', html_wrap(G.H34), 'utf-8', 'quoted-printable'))

# 35 ---------------------------------------------------------------- new employer onboarding
w = D(2025, 3, 27, 11, 40, 18)
hs = [('Delivered-To', ME_P),
      auth_gmail('hakata-bitworks.jp', 'saiyo@hakata-bitworks.jp', '209.85.220.41', dkim_d='hakata-bitworks.jp',
                 sel='google', policy='p=NONE sp=NONE dis=NONE'),
      ('From', ad('Hakata Bitworks 採用チーム', 'saiyo@hakata-bitworks.jp')), ('To', ME_P),
      ('Subject', ew('【Hakata Bitworks】入社手続きのご案内')),
      ('Date', date(w)), ('Message-ID', gmail_mid('m35'))]
t = """チャン ミン コア 様

このたびは Hakata Bitworks へのご入社を決めていただき、ありがとうございます。
4月1日（火）のご入社に向けて、以下の書類のご提出をお願いいたします。

・雇用契約書（署名済み）
・給与振込口座のご連絡
・保有資格の一覧（AWS 認定をお持ちの場合は Credly のリンクでも可）

3月31日までに、このメールへのご返信でお送りいただけますでしょうか。
よろしくお願いいたします。

Hakata Bitworks 株式会社　採用チーム　中島
"""
add('unrelated', False, None, [],
    'New employer asks, in keigo, for documents by reply (いただけますでしょうか) and mentions AWS certification / Credly - a request, but not from support.',
    hs, multi('alternative', [leaf('text/plain', t, 'UTF-8', 'base64', quote_cs=False),
                              leaf('text/html', html_wrap(p_html(t), 'ja'), 'UTF-8', 'quoted-printable', quote_cs=False)],
              '000000000000c1d5a6063141e0b9'))

# 36 ---------------------------------------------------------------- AWS Summit Japan marketing
w = D(2025, 3, 28, 12, 0, 0)
hs, _m = aws_mail(w, ME_P, ew('【AWS Summit Japan 2025】登録受付を開始しました'), 'm36',
                  from_name='アマゾン ウェブ サービス ジャパン', from_addr='aws-marketing-email-replies@amazon.com',
                  extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=MTEyLVRaTS03NjYAAA>'),
                         ('Precedence', 'bulk')])
hs = [(k, ad('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com') if k == 'From' else v) for k, v in hs]
hh = html_wrap("""<p>AWS Summit Japan 2025 の参加登録を開始しました。</p>
<p>会期：2025年6月25日（水）・26日（木）　会場：幕張メッセ</p>
<p>AWS 認定資格をお持ちの方は、認定者ラウンジをご利用いただけます。当日は AWS 認定アカウントに
登録のメールアドレスで受付してください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:11px">このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。</p>""", 'ja')
add('unrelated', False, None, [],
    'AWS marketing in Japanese (Summit), mentions certification account and email address.',
    hs, leaf('text/html', hh, 'utf-8', 'base64'))

# 37 ---------------------------------------------------------------- owner's farewell mail
w = D(2025, 3, 31, 16, 50, 4)
hs, G.M37 = outlook_sent(w, 'all-fukuoka@tenjin-cloudworks.co.jp', '最終出社のご挨拶', 'm37')
t = """皆さま

お疲れさまです。チャンです。
本日 3 月 31 日をもちまして退職いたします。約 4 年間、大変お世話になりました。

会社のメールアドレスは本日 18 時で停止しますので、今後のご連絡は
下記の個人アドレスまでお願いいたします。

　minhkhoa.tran.dev@gmail.com

JAWS-UG 福岡でもまたお会いできれば嬉しいです。
本当にありがとうございました。

チャン ミン コア
"""
add('user_reply', False, None, [],
    'Owner\'s own farewell mail from the company address (Outlook, Japanese, gives the personal address). Written by the owner, so user_reply.',
    hs, leaf('text/plain', t, 'iso-2022-jp', '7bit'))

# 38 ---------------------------------------------------------------- out-of-office
w = D(2025, 3, 31, 16, 50, 31)
hs = [auth_m365('tenjin-cloudworks.co.jp', 'tenjin-cloudworks.co.jp', '40.107.74.93'),
      ('From', ad('山田 健', 'k.yamada@tenjin-cloudworks.co.jp')),
      ('To', ad('チャン ミン コア (Khoa Tran)', ME_C)),
      ('Subject', ew('自動応答: 最終出社のご挨拶')),
      ('Date', date(w)), ('Message-ID', outlook_mid('m38')),
      ('In-Reply-To', G.M37), ('References', G.M37),
      ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'k.yamada@tenjin-cloudworks.co.jp'),
      ('X-Auto-Response-Suppress', 'All')]
t = """お疲れさまです。山田です。
4/4（金）まで休暇のため不在にしております。
お急ぎの場合は開発部 森（t.mori@tenjin-cloudworks.co.jp）までご連絡ください。

I am on leave until 4 April. For urgent matters please contact
t.mori@tenjin-cloudworks.co.jp. I will reply after I return.
"""
add('unrelated', False, None, [],
    'Colleague out-of-office auto-reply (bilingual, "please contact", "I will reply").',
    hs, leaf('text/plain', t, 'utf-8', 'quoted-printable'))
