#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-mail.eml + NNN-mail.json (and README.md) into the directory this file lives in.
One mailbox owner: Haruka Tanabe, personal Gmail + old company address (Microsoft 365).
"""
import base64
import hashlib
import json
import os
import quopri
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'haruka.tanabe.k@gmail.com'
ME_C = 'h.tanabe@kumotrail-sys.co.jp'
ME_NAME = 'Haruka Tanabe'
BOSS = 's.okabe@kumotrail-sys.co.jp'

TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_A = '174150212300417'   # main merge, 15 digits (2025-03-09)
CASE_B = '174150738800932'   # duplicate form submission, 15 digits
CASE_C = '17432046183'       # console case, 11 digits
CASE_D = '9218470365'        # earlier same-address duplicate accounts, 10 digits
CASE_E = '174401234500288'   # third (partner SSO) account, 15 digits

ID_KEEP = 'AWS05593120'      # personal account (kept)
ID_DUP = 'AWS05593871'       # accidental duplicate with personal address
ID_CO = 'AWS02716458'        # old company account
ID_APN = 'AWS03381904'       # account created through partner SSO

AWS_ACCT = '482913557016'    # 12-digit AWS account id (not a case)
PV_REG = '487120394'         # 9-digit Pearson VUE registration (not a case)

SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

MSGS = []
MIDS = {}
REFS = {}


# ---------------------------------------------------------------- helpers
def hid(*parts, n=16):
    return hashlib.sha1('|'.join(parts).encode()).hexdigest()[:n]


def mid_for(n, style):
    h = hid(str(n), style, n=32)
    if style == 'ses':
        return '<0100019%s-%s-%s-000000@email.amazonses.com>' % (h[:9], h[9:13], h[13:25])
    if style == 'gmail':
        return '<CAK%s%s@mail.gmail.com>' % (h[:20].upper(), h[20:28])
    if style == 'outlook':
        return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    if style == 'sf':
        return '<%s.%s@sfdc.net>' % (h[:12], h[12:24])
    return '<%s.%s@%s>' % (h[:14], h[14:22], style)


def enc_hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        if any(ch in name for ch in ',.()'):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)


CSNAME = {'utf-8': ('UTF-8', 'utf-8'), 'iso-2022-jp': ('ISO-2022-JP', 'iso2022_jp'),
          'shift_jis': ('Shift_JIS', 'cp932')}


def body_part(text, ctype='text/plain', cs='utf-8', cte='8bit'):
    label, codec = CSNAME[cs]
    raw = text.encode(codec)
    if cte == 'base64':
        payload = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, label, cte)
    return head.encode('ascii') + payload + (b'' if payload.endswith(b'\n') else b'\n')


def auth_gmail(from_dom, mailfrom, dkim='pass', spf='pass', dmarc='pass', dkim_dom=None, policy='QUARANTINE'):
    dkim_dom = dkim_dom or from_dom
    return ('mx.google.com;\n'
            '       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
            % (dkim, dkim_dom, hid(dkim_dom, n=8), hid(mailfrom, n=8), spf, mailfrom.split('@')[-1],
               len(from_dom) % 50 + 1, len(mailfrom) % 250 + 1, mailfrom, dmarc, policy, policy,
               'NONE' if dmarc == 'pass' else 'QUARANTINE', from_dom))


def auth_m365(from_dom, mailfrom, dkim='pass', spf='pass', dmarc='pass', dkim_dom=None):
    dkim_dom = dkim_dom or from_dom
    return ('spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s'
            % (spf, len(mailfrom) % 200 + 10, mailfrom.split('@')[-1], dkim, dkim_dom, dmarc,
               'none' if dmarc == 'pass' else 'quarantine', from_dom,
               'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))


def ses_auth(to):
    mf = '0100019%s@email.amazonses.com' % hid(to, n=10)
    if to == ME_C:
        return auth_m365('amazon.com', mf)
    return auth_gmail('amazon.com', mf)


def add(n, label, note, *, frm, to, subject, date, text=None, html=None, cs='utf-8', cte='8bit',
        html_cte=None, crlf=False, style='ses', irt=None, cc=None, auth=None, extra=(), subj_cs=None,
        ctype_override=None, raw_body=None, cs_hdr=None):
    assert n == len(MSGS) + 1, (n, len(MSGS))
    mid = mid_for(n, style)
    MIDS[n] = mid
    refs = []
    if irt:
        refs = REFS.get(irt, []) + [MIDS[irt]]
    REFS[n] = refs
    to_addr = to if isinstance(to, str) else to[1]
    if auth is None:
        auth = ses_auth(to_addr) if style in ('ses', 'sf') else None
    hcs = cs_hdr or ('iso-2022-jp' if cs in ('iso-2022-jp', 'shift_jis') else 'utf-8')
    h = []
    if auth:
        h.append('Authentication-Results: ' + auth)
    h.append('Received: from %s (%s) by %s with ESMTPS; %s'
             % (hid(str(n), 'rcv', n=6) + '.outbound.protection' if style == 'outlook' else 'a%s.smtp-out.example.net' % hid(str(n), n=6),
                '10.%d.%d.%d' % (n % 200, (n * 7) % 250, (n * 13) % 250),
                'mx.google.com' if to_addr == ME_P else 'TY2PEPF0000%s.mail.protection.outlook.com' % hid(str(n), n=4).upper(),
                date))
    f = frm if isinstance(frm, str) else addr(frm[0], frm[1], hcs)
    t = to if isinstance(to, str) else addr(to[0], to[1], hcs)
    h.append('From: ' + f)
    h.append('To: ' + t)
    if cc:
        h.append('Cc: ' + cc)
    h.append('Subject: ' + enc_hdr(subject, subj_cs or hcs))
    h.append('Date: ' + date)
    h.append('Message-ID: ' + mid)
    if irt:
        h.append('In-Reply-To: ' + MIDS[irt])
        h.append('References: ' + '\n '.join(refs))
    h.append('MIME-Version: 1.0')
    for e in extra:
        h.append(e)
    head = '\n'.join(h) + '\n'
    if raw_body is not None:
        body = raw_body
        head += ctype_override + '\n'
    elif text is not None and html is not None:
        b = '----=_Part_%s' % hid(str(n), 'b', n=12)
        head += 'Content-Type: multipart/alternative; boundary="%s"\n' % b
        body = ('\n--%s\n' % b).encode() + body_part(text, 'text/plain', cs, cte) + \
               ('\n--%s\n' % b).encode() + body_part(html, 'text/html', cs, html_cte or cte) + \
               ('\n--%s--\n' % b).encode()
    elif html is not None:
        bp = body_part(html, 'text/html', cs, html_cte or cte)
        hh, _, bb = bp.partition(b'\n\n')
        head += hh.decode() + '\n'
        body = bb
    else:
        bp = body_part(text, 'text/plain', cs, cte)
        hh, _, bb = bp.partition(b'\n\n')
        head += hh.decode() + '\n'
        body = bb
    data = head.encode('ascii') + b'\n' + body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(n=n, data=data, label=label, note=note, subject=subject))


def L(kind, reply=False, case=None, ids=()):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(ids)}


def q(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def gmail_q(when, name, a, text):
    return 'On %s %s <%s> wrote:\n%s\n' % (when, name, a, q(text))


def gmail_q_ja(when, name, a, text):
    return '%s %s <%s>:\n\n%s\n' % (when, name, a, q(text))


def outlook_q(frm, sent, to, subj, text):
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n'
            % (frm, sent, to, subj, text.strip('\n')))


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (title, inner))


TC_FROM = ('Amazon Web Services', TC)
TC_FROM2 = ('AWS Training and Certification', TC)
CON_FROM = ('Amazon Web Services', CONSOLE)
CM_FROM = ('AWS Certification', 'do-not-reply@certmetrics.com')
CREDLY = ('Credly', 'admin@credly.com')

# =====================================================================================
# 001 AWS billing statement (unrelated)
t001 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.84 USD

Please see the Bills section of the Billing and Cost Management console for a detailed
breakdown, or download a PDF invoice.

[AWS ID %s]

You can view your bill here: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Do not reply to this e-mail: this mailbox is not monitored.
""" % AWS_ACCT
add(1, L('unrelated'), 'AWS billing mail; carries a 12-digit AWS account ID that is not a case number.',
    frm=('Amazon Web Services', 'aws-billing@amazon.com'), to=ME_P,
    subject='Amazon Web Services Billing Statement Available [Account: %s]' % AWS_ACCT,
    date='Mon, 17 Feb 2025 03:12:44 +0000', text=t001,
    html=html_wrap('<p>Greetings from Amazon Web Services,</p><p>Your latest billing statement is available.</p>'
                   '<table border="1" cellpadding="4"><tr><td>Total</td><td>$3.84 USD</td></tr>'
                   '<tr><td>Account</td><td>%s</td></tr></table><p>Do not reply to this e-mail.</p>' % AWS_ACCT),
    cte='quoted-printable',
    auth=auth_gmail('amazon.com', 'bounces+%s@amazonses.com' % hid('b1', n=6)))

# 002 GitHub merged (unrelated)
t002 = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumotrail/platform-infra/pull/212#event-16385220417
You are receiving this because you authored the thread.

Message ID: <kumotrail/platform-infra/pull/212/issue_event/16385220417@github.com>
"""
add(2, L('unrelated'), 'GitHub "Merged" notification: the word merge, a "reply to this email" footer, not AWS.',
    frm=('Shun Okabe', 'notifications@github.com'), to=ME_C,
    subject='Re: [kumotrail/platform-infra] Merge cert-account terraform module into shared stack (PR #212)',
    date='Tue, 18 Feb 2025 09:41:02 +0000', text=t002, cte='7bit', style='github.com',
    auth=auth_m365('github.com', 'noreply@github.com'),
    extra=('List-ID: kumotrail/platform-infra <platform-infra.kumotrail.github.com>',
           'X-GitHub-Reason: author'))

# 003 certmetrics feedback invite (certification)
h003 = html_wrap("""
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Hello Haruka,</p>
<p>AWS Certification is building the next generation of exams and we'd love to include your voice.
As someone who holds an active AWS Certification, you are invited to take a 10-minute survey about
your experience preparing for and sitting your exam.</p>
<p><a href="https://survey.certmetrics.com/s/awscert-2025-q1?c=AWS05593120">Take the survey</a></p>
<p>Candidate ID: AWS05593120</p>
<p>Participation is voluntary and will not affect your certification status.</p>
<p style="font-size:11px;color:#666">This is an automated message. Please do not reply.
Manage notification preferences in your AWS Certification Account.</p>
</td></tr></table>""", 'AWS Certification')
add(3, L('certification', ids=[ID_KEEP]), 'Certmetrics feedback invitation: an ask, but not a reply to support; carries a candidate ID.',
    frm=CM_FROM, to=ME_P, subject='AWS Certification would like your opinion', date='Wed, 19 Feb 2025 16:05:30 +0000',
    html=h003, cte='quoted-printable', style='certmetrics.com',
    auth=auth_gmail('certmetrics.com', 'bounce@mail.certmetrics.com'))

# 004 case D acknowledgement (Japanese, ISO-2022-JP)
t004 = """田辺 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、以下のケース番号で登録いたしました。

ケース ID: %s

担当者より原則として1営業日以内にご連絡いたします。内容によっては調査にお時間を
頂戴する場合がございますので、あらかじめご了承ください。
なお、同じ内容のお問い合わせを重ねて送信されますと、ケースが分散し対応が遅れる
原因となります。本ケースへのご連絡は、このメールへの返信でお願いいたします。

ご依頼内容:
-----------------------------------------
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
同じメールアドレス(haruka.tanabe.k@gmail.com)で AWS 認定アカウントが2つ作成されて
しまっているようです。Credly に最新のバッジが表示されません。1つにまとめたいです。
-----------------------------------------

補足事項がございましたら、このメールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
add(4, L('acknowledgement', case=CASE_D), 'Japanese acknowledgement in ISO-2022-JP; conditional 「補足事項がございましたら…ご返信ください」 is not a request.',
    frm=('AWS トレーニングと認定', TC), to=ME_P, subject='RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Thu, 20 Feb 2025 01:47:12 +0000', text=t004, cs='iso-2022-jp', cte='7bit')

# 005 Builder ID code (unrelated, Japanese)
t005 = """AWS Builder ID

確認コード

メールアドレスの確認のため、以下のコードを入力してください。

583021

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

このメッセージは送信専用アドレスから送信されています。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
add(5, L('unrelated'), 'Builder ID one-time code (6 digits), Japanese, imperative wording but nothing to send support.',
    frm=('AWS Builder ID', 'no-reply@signin.aws'), to=ME_P, subject='AWS Builder ID の確認コード',
    date='Thu, 20 Feb 2025 02:03:55 +0000', text=t005, cte='base64', style='signin.aws',
    auth=auth_gmail('signin.aws', 'bounce@signin.aws'))

# 006 case D info_request (Japanese, Shift_JIS, base64)
t006 = """田辺 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの高橋です。

いただいた内容を確認いたしました。同一のメールアドレスで複数の認定アカウントが存在する
場合、バッジは Credly と連携しているアカウント側でのみ発行されるため、別のアカウントで
受験・認定された履歴はバッジに反映されません。統合を行うことで解消が見込めます。

ただ、こちらで検索したところ、同じアドレスに紐づくプロファイルが複数件ヒットしており、
どのアカウントが対象かを特定できておりません。認定アカウントにサインインすると、画面
右上に「AWS」から始まる番号(例: AWS0XXXXXXX)が表示されます。

両方のアカウントについてこの番号を確認し、どちらを残したいかとあわせてお知らせください。

以上、よろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
add(6, L('info_request', True, CASE_D), 'Shift_JIS + base64; the ask (plain 〜お知らせください) comes after an explanation; the example ID is not a real candidate ID.',
    frm=TC_FROM, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Fri, 21 Feb 2025 01:12:40 +0000', text=t006, cs='shift_jis', cte='base64', irt=4)

# 007 user reply D (Japanese, Gmail)
t007 = """高橋様

ご確認ありがとうございます。番号は以下のとおりです。

・AWS05593120 … 普段使っているアカウント(こちらを残したいです)
・AWS05593871 … 誤って作ってしまったアカウント

よろしくお願いいたします。
田辺

""" + gmail_q_ja('2025年2月21日(金) 10:12', 'Amazon Web Services', TC, t006)
add(7, L('user_reply', case=CASE_D, ids=[ID_KEEP, ID_DUP]), 'Owner reply in Japanese from Gmail with quoted request below; two candidate IDs in new text.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Fri, 21 Feb 2025 12:30:18 +0900', text=t007, cte='quoted-printable', style='gmail', irt=6,
    auth=auth_gmail('gmail.com', ME_P))

# 008 newsletter JA (unrelated)
t008 = """━━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド実践ウィークリー 第214号 2025/02/22
━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・転職時に AWS 認定アカウントを個人用へ統合する手順まとめ
・Amazon Bedrock の新モデル提供開始
・CDK v2 のマイグレーション Tips

■ 読者アンケートのお願い
今後の誌面づくりのため、アンケートへのご協力をお願いします。
回答はこちら: https://cloud-weekly.example.jp/survey/214
(このメールへのご返信はお受けできません)

配信停止: https://cloud-weekly.example.jp/unsubscribe
"""
add(8, L('unrelated'), 'Japanese newsletter mentioning account merge (統合) and asking for a survey; not support.',
    frm=('クラウド実践ウィークリー', 'news@cloud-weekly.example.jp'), to=ME_P,
    subject='【第214号】AWS 認定アカウント統合の手順/Bedrock 新モデル',
    date='Sat, 22 Feb 2025 00:00:03 +0000', text=t008, cte='base64', style='cloud-weekly.example.jp',
    auth=auth_gmail('cloud-weekly.example.jp', 'bounce@mail.cloud-weekly.example.jp'))

# 009 case D confirmation_request (Japanese HTML-only with table, keigo)
h009 = html_wrap("""<p>田辺 遥 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定サポートの高橋でございます。<br>
候補 ID のご提示をいただき、誠にありがとうございました。お知らせいただいた番号をもとに、以下の2つのアカウントを確認いたしました。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>
<tr><td>候補 ID</td><td>AWS05593871</td><td>AWS05593120</td></tr>
<tr><td>ログイン用メールアドレス</td><td>haruka.tanabe.k@gmail.com</td><td>haruka.tanabe.k@gmail.com</td></tr>
<tr><td>認定通知用メールアドレス</td><td>haruka.tanabe.k@gmail.com</td><td>haruka.tanabe.k@gmail.com</td></tr>
<tr><td>Credly 連携</td><td>なし</td><td>あり</td></tr>
</table>
<p>統合を実施いたしますと、アカウント 1 の試験履歴・認定・特典はすべてアカウント 2 に移行され、アカウント 1 は利用できなくなります。この操作は元に戻すことができません。</p>
<p>上記の内容で、アカウント 2(AWS05593120)を残す形で統合を進めてよろしいか、ご確認いただけますでしょうか。<br>
ご返信をいただき次第、作業に着手いたします。何卒よろしくお願いいたします。</p>
<p>高橋<br>AWS トレーニングと認定 カスタマーサポート</p>""", 'AWS')
add(9, L('confirmation_request', True, CASE_D, [ID_DUP, ID_KEEP]), 'HTML-only Japanese table of the two accounts; the merge confirmation is asked in keigo (〜いただけますでしょうか).',
    frm=TC_FROM, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Mon, 24 Feb 2025 02:20:09 +0000', html=h009, cte='quoted-printable', irt=7)

# 010 user reply D (short)
t010 = """高橋様

内容に相違ございません。AWS05593120 を残す形で統合をお願いいたします。

田辺

""" + gmail_q_ja('2025年2月24日(月) 11:20', 'Amazon Web Services', TC,
                 '田辺 遥 様\n\nいつもお世話になっております。AWS トレーニングと認定サポートの高橋でございます。\n'
                 '(中略)\n上記の内容で、アカウント 2(AWS05593120)を残す形で統合を進めてよろしいか、ご確認いただけますでしょうか。')
add(10, L('user_reply', case=CASE_D, ids=[ID_KEEP]), 'Short Japanese confirmation by the owner; quoted question below must not make it a request.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Mon, 24 Feb 2025 19:02:51 +0900', text=t010, cte='base64', style='gmail', irt=9,
    auth=auth_gmail('gmail.com', ME_P))

# 011 case D case_update (EN, survey footer)
t011 = """Hi Haruka,

Thank you for confirming. I've handed the merge over to our certification operations team, who
carry out the account consolidation itself. Right now their queue is running a few business days
behind, so please allow some time. No further action is required from you at this point; I'll
write again as soon as the work is complete.

Best regards,
Kenji T.
AWS Training and Certification Customer Support

------------------------------------------------------------
Was this response helpful? Let us know:
Yes: https://aws.amazon.com/survey/tc?case=%s&r=1
No:  https://aws.amazon.com/survey/tc?case=%s&r=0
------------------------------------------------------------
""" % (CASE_D, CASE_D)
add(11, L('case_update', case=CASE_D), 'Progress note: "no further action is required" plus a yes/no helpfulness footer.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Tue, 25 Feb 2025 05:44:31 +0000', text=t011, cte='7bit', irt=10)

# 012 Pearson VUE appointment (unrelated)
t012 = """Dear Haruka Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: %s
AWS Candidate ID: AWS05593120
Appointment: Wednesday, February 26, 2025, 10:00 AM JST
Delivery: OnVUE online proctored

If you need to reschedule or cancel, please do so at least 24 hours before your appointment
through your AWS Certification Account. Please reply to this email only if your name above is
incorrect.

Pearson VUE
""" % PV_REG
add(12, L('unrelated', ids=[ID_KEEP]), 'Exam-vendor mail: 9-digit registration ID (not a case), candidate ID, and a conditional "reply only if".',
    frm=('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=ME_P,
    subject='Pearson VUE Confirmation of Exam Appointment', date='Tue, 25 Feb 2025 07:15:00 +0000',
    text=t012, cte='7bit', style='pearson.com', auth=auth_gmail('pearson.com', 'bounce@pearson.com'))

# 013 case D resolved (Japanese, Outlook-ish quoted request below)
t013 = """田辺 様

お待たせいたしました。AWS05593120 に AWS05593871 の試験履歴および認定情報を統合する作業が
完了いたしました。今後は AWS05593120 のアカウントのみをご利用ください。

Credly のバッジは統合後 24〜48 時間程度で反映される見込みです。

ご不明な点がございましたら、本メールにご返信いただければ担当者が確認いたします。

高橋
AWS トレーニングと認定 カスタマーサポート

差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年2月24日 11:20
宛先: haruka.tanabe.k@gmail.com
件名: RE:[CASE %s] %s

上記の内容で、アカウント 2(AWS05593120)を残す形で統合を進めてよろしいか、ご確認いただけますでしょうか。
ご返信をいただき次第、作業に着手いたします。何卒よろしくお願いいたします。
""" % (CASE_D, SUBJ)
add(13, L('resolved', case=CASE_D, ids=[ID_KEEP, ID_DUP]), 'Japanese completion mail quoting the earlier confirmation question (Outlook 差出人/送信日時 header); conditional 〜がございましたら.',
    frm=TC_FROM, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Thu, 27 Feb 2025 03:08:17 +0000', text=t013, cte='8bit', irt=11)

# 014 Credly badge
t014 = """Haruka, you've earned a new badge!

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified Solutions Architect - Professional

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your
website.

Accept badge: https://www.credly.com/badges/7c1e9b0a-54f2-4c6e-9a1d-3f0b2c8e6d41/accept

Credly, Inc. | 1 Pennsylvania Plaza, New York, NY
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
add(14, L('badge'), 'Credly badge mail with a UUID and an "accept" call to action.',
    frm=CREDLY, to=ME_P, subject='Congratulations, Haruka! You earned a new badge from AWS Training and Certification',
    date='Thu, 27 Feb 2025 09:31:45 +0000', text=t014,
    html=html_wrap('<h2>You\'ve earned a new badge!</h2><p>Amazon Web Services Training and Certification issued you '
                   '<b>AWS Certified Solutions Architect - Professional</b>.</p>'
                   '<p><a href="https://www.credly.com/badges/7c1e9b0a-54f2-4c6e-9a1d-3f0b2c8e6d41/accept">Accept badge</a></p>'),
    cte='quoted-printable', style='credly.com', auth=auth_gmail('credly.com', 'bounces@mail.credly.com'))

# 015 survey D
t015 = """Hello,

Your recent case with AWS Training and Certification (Case ID %s) was marked resolved.
We'd like to know how we did. The survey takes about two minutes.

  Rate your experience: https://aws.amazon.com/survey/tc/start?case=%s

Thank you,
AWS Training and Certification

This survey link is personal. Replies to this message are not monitored.
""" % (CASE_D, CASE_D)
add(15, L('survey', case=CASE_D), 'Satisfaction survey naming the case ID.',
    frm=('AWS Customer Experience', 'aws-cs-survey@amazon.com'), to=ME_P,
    subject='How did we do? Your AWS Training and Certification case', date='Fri, 28 Feb 2025 04:00:12 +0000',
    text=t015, cte='7bit')

# 016 HR (unrelated, company, asks a reply to HR)
t016 = """田辺さん

人事部の森です。退職手続きについてご案内します。

・最終出社日: 3月28日(金)
・退職日: 3月31日(月)
・社用メールアドレスは退職日の23:59で停止されます

貸与品の返却日を決めたいので、ご都合のよい日を今週中にこのメールへご返信ください。
社外サービスに会社アドレスで登録しているものがあれば、停止前に変更しておいてください。

森
"""
add(16, L('unrelated'), 'HR mail to the company address that genuinely asks for a reply, but to HR, not AWS support.',
    frm=('森 里美', 's.mori@kumotrail-sys.co.jp'), to=ME_C, subject='退職手続きのご案内',
    date='Mon, 03 Mar 2025 10:20:00 +0900', text=t016, cte='base64', style='outlook',
    auth=auth_m365('kumotrail-sys.co.jp', 's.mori@kumotrail-sys.co.jp'))

# 017 user reply D: reopen
t017 = """高橋様

統合ありがとうございました。ただ、本日時点でも Credly 上に 2/26 に合格した
SAP-C02 のバッジが表示されず、古いバッジ(期限切れのもの)だけが見えています。
認定アカウント側では SAP-C02 が表示されています。

お手数ですが、もう一度確認していただけないでしょうか。

田辺

""" + gmail_q_ja('2025年2月27日(木) 12:08', 'Amazon Web Services', TC, t013)
add(17, L('user_reply', case=CASE_D), 'Owner reopens a resolved case; the question is the owner\'s, not support\'s.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Tue, 04 Mar 2025 21:14:09 +0900', text=t017, cte='quoted-printable', style='gmail', irt=13,
    auth=auth_gmail('gmail.com', ME_P))

# 018 case D case_update (reopened)
t018 = """Hello Haruka,

I've reopened your case. The merge itself went through, but the badge platform had not picked up
the change yet, so I've asked the Credly integration team to resync your record.

You don't need to claim or re-accept anything on your side. I'll let you know once the resync has
finished.

Kind regards,
Kenji T.
AWS Training and Certification
"""
add(18, L('case_update', case=CASE_D), 'Reopened-case notice; "you don\'t need to" wording, no ask.',
    frm=TC_FROM2, to=ME_P, subject='RE: [CASE %s] %s' % (CASE_D, SUBJ),
    date='Wed, 05 Mar 2025 02:51:30 +0000', text=t018, cte='7bit', irt=17)

# 019 Credly reminder
h019 = html_wrap("""<table width="560"><tr><td>
<p>Hi Haruka,</p>
<p>You have a badge waiting for you. <b>AWS Certified Solutions Architect - Professional</b> was issued by
Amazon Web Services Training and Certification but hasn't been accepted yet.</p>
<p><a href="https://www.credly.com/earner/earned/pending">Accept your badge now</a></p>
<p style="color:#888;font-size:11px">Questions? Visit support.credly.com</p></td></tr></table>""")
add(19, L('badge'), 'Credly reminder with an imperative ("accept your badge now"); not a support request.',
    frm=CREDLY, to=ME_P, subject='Reminder: your AWS Training and Certification badge is waiting',
    date='Thu, 06 Mar 2025 13:00:00 +0000', html=h019, cte='base64', style='credly.com',
    auth=auth_gmail('credly.com', 'bounces@mail.credly.com'))

# 020 case D resolved (short EN)
t020 = """Hi Haruka,

Good news: the resync finished overnight and your SAP-C02 badge now shows in Credly. I'm marking
this case as resolved.

Let us know if anything still looks off.

Kenji
"""
add(20, L('resolved', case=CASE_D), 'Very short resolution; "let us know if" is conditional.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_D, SUBJ),
    date='Fri, 07 Mar 2025 00:40:11 +0000', text=t020, cte='7bit', irt=18)

# 021 Skill Builder receipt
t021 = """AWS Skill Builder

Thanks for your purchase.

Order number: SB-8830-2291-4475
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: Mar 8, 2025 - Apr 7, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

This email was sent from a notification-only address that cannot accept incoming email.
"""
add(21, L('unrelated'), 'Skill Builder receipt from aws.training: AWS training mail but not the case.',
    frm=('AWS Skill Builder', 'no-reply@aws.training'), to=ME_P, subject='Your AWS Skill Builder receipt',
    date='Sat, 08 Mar 2025 01:02:03 +0000', text=t021, cte='7bit', style='aws.training',
    auth=auth_gmail('aws.training', 'bounce@aws.training'))

# 022 case A acknowledgement (EN multipart, QP, CRLF)
t022 = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged.

Case ID: %s

A member of our team will review it and reply, normally within one business day; some requests
need extra research and may take longer. To keep things moving, please don't submit the form again
for the same issue - additional cases are handled separately and can slow the response.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I'm leaving Kumotrail Systems at the end of March and want to move my certifications
from my company certification account to my personal one.
Email addresses used: h.tanabe@kumotrail-sys.co.jp, haruka.tanabe.k@gmail.com
Email to keep: haruka.tanabe.k@gmail.com

If there is anything you would like to add, simply reply to this email.

Regards,
AWS Training and Certification
""" % CASE_A
h022 = html_wrap('<p>Hello,</p><p>Thanks for reaching out to AWS Training and Certification. Your request has been logged.</p>'
                 '<p><b>Case ID:</b> %s</p><p>A member of our team will review it and reply, normally within one business day.'
                 ' Please don\'t submit the form again for the same issue.</p>'
                 '<p>If there is anything you would like to add, simply reply to this email.</p>' % CASE_A)
add(22, L('acknowledgement', case=CASE_A), '15-digit case; multipart/alternative, quoted-printable, CRLF; "please don\'t submit again" and "if ... simply reply" are not asks.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Sun, 09 Mar 2025 06:36:02 +0000', text=t022, html=h022, cte='quoted-printable', crlf=True)

# 023 case B acknowledgement (duplicate, Japanese, company address)
t023 = """お問い合わせありがとうございます。

AWS トレーニングと認定では、以下の番号でお問い合わせを承りました。

ケース番号: %s

内容を確認のうえ、担当者から折り返しご連絡いたします。
同一のご依頼で複数のケースを作成されますと、回答が遅れる場合がございますのでご注意ください。

※本メールはお問い合わせフォーム送信時に自動で送信されています。

AWS トレーニングと認定
""" % CASE_B
add(23, L('acknowledgement', case=CASE_B), 'Second (duplicate) form submission, acknowledged to the company address in ISO-2022-JP.',
    frm=('AWS トレーニングと認定', TC), to=ME_C, subject='RE:[CASE %s] %s' % (CASE_B, SUBJ),
    date='Sun, 09 Mar 2025 08:04:10 +0000', text=t023, cs='iso-2022-jp', cte='7bit')

# 024 marketing JA (unrelated)
h024 = html_wrap("""<table width="640" align="center" cellpadding="0"><tr><td>
<img src="https://aws.amazon.com/summit/tokyo/header.png" alt="AWS Summit Japan 2025" width="640">
<h1>AWS Summit Japan 2025 参加登録受付中</h1>
<p>今年も幕張メッセで開催。150 以上のセッション、認定者ラウンジもご用意しています。</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。ご登録時に認定情報をご確認ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:10px">このメールは送信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</td></tr></table>""")
add(24, L('unrelated'), 'AWS marketing in Japanese, HTML-only; mentions 認定 and has calls to action.',
    frm=('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), to=ME_P,
    subject='【AWS Summit Japan 2025】参加登録受付中 - 認定者ラウンジのご案内',
    date='Sun, 09 Mar 2025 23:30:00 +0000', html=h024, cte='base64',
    auth=auth_gmail('amazon.com', 'bounce@marketing.amazon.com'))

# 025 case B resolved as duplicate
t025 = """Hello,

I see this request is the same as case %s, which you opened a short while earlier and which a
colleague is already working on. So that you don't receive two sets of answers, I have closed this
case as a duplicate - you don't need to do anything here. All further updates will come through
case %s.

Regards,
Priya
AWS Training and Certification
""" % (CASE_A, CASE_A)
add(25, L('resolved', case=CASE_B), 'Duplicate closed; body names the OTHER case number, but the mail belongs to the duplicate case.',
    frm=TC_FROM2, to=ME_C, subject='RE: [CASE %s] %s' % (CASE_B, SUBJ),
    date='Mon, 10 Mar 2025 00:12:40 +0000', text=t025, cte='7bit', irt=23)

# 026 case A on_hold with ask (APN)
t026 = """Hello Haruka,

My name is Daniel and I'll be handling your account merge.

While reviewing the two certification accounts I found that the one registered to
h.tanabe@kumotrail-sys.co.jp is associated with an AWS Partner Network (APN) organization,
Kumotrail Systems Co., Ltd. Certifications on partner-linked accounts count toward the partner's
tier and program requirements, so we can't move them away from the partner while the holder is
still an employee - doing so would change the partner's standing without their knowledge.

For that reason I've placed the case on hold for now. Once we know your employment with
Kumotrail Systems is ending, we can ask our partner team to release the account and continue with
the merge.

Are you still employed there, and if not (or soon not), what is your last working day?

Thanks,
Daniel R.
AWS Training and Certification Support
"""
h026 = html_wrap('<p>Hello Haruka,</p><p>My name is Daniel and I\'ll be handling your account merge.</p>'
                 '<p>While reviewing the two certification accounts I found that the one registered to '
                 'h.tanabe@kumotrail-sys.co.jp is associated with an AWS Partner Network (APN) organization, '
                 'Kumotrail Systems Co., Ltd. ... we can\'t move them away from the partner while the holder is still an employee.</p>'
                 '<p>For that reason I\'ve placed the case on hold for now.</p>'
                 '<p>Are you still employed there, and if not (or soon not), what is your last working day?</p>'
                 '<p>Thanks,<br>Daniel R.<br>AWS Training and Certification Support</p>')
add(26, L('on_hold', True, CASE_A), 'APN hold with a bare question at the very end, after a long explanation, no "please".',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Mon, 10 Mar 2025 01:05:22 +0000', text=t026, html=h026, cte='quoted-printable', irt=22)

# 027 user reply A (cc manager)
t027 = """Hi Daniel,

Yes, I'm still employed there until the end of the month. My last working day is March 28 and my
employment formally ends on March 31; the company address will be deactivated that day. I've cc'd my
manager, Shun Okabe, in case the partner team needs confirmation.

Thanks,
Haruka

""" + gmail_q('Mon, Mar 10, 2025 at 10:05 AM', 'AWS Training and Certification', TC, t026)
add(27, L('user_reply', case=CASE_A), 'Owner answers the hold; quoted question below; cc to manager.',
    frm=(ME_NAME, ME_P), to=TC, cc=BOSS, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Mon, 10 Mar 2025 13:48:05 +0900', text=t027, cte='quoted-printable', style='gmail', irt=26,
    auth=auth_gmail('gmail.com', ME_P))

# 028 manager auto-reply (unrelated)
t028 = """(自動応答)

お疲れさまです。岡部です。
3月10日(月)〜3月14日(金)は出張のため不在にしております。
メールは確認が遅れますので、お急ぎの方は090-XXXX-XXXXまでご連絡ください。

This is an automatic reply. I am away until March 17 with limited access to email.
"""
add(28, L('unrelated'), 'Out-of-office auto-reply whose subject carries the case number; not support, no case.',
    frm=('岡部 俊', BOSS), to=ME_P, subject='自動応答: Re: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Mon, 10 Mar 2025 13:48:40 +0900', text=t028, cte='base64', style='outlook', irt=27,
    auth=auth_gmail('kumotrail-sys.co.jp', BOSS, policy='NONE'),
    extra=('Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'))

# 029 case A on_hold without ask
t029 = """Hi Haruka,

Thank you - that's what I needed. I've sent the request to our partner team so they can release the
company-linked account from Kumotrail Systems' partner profile. The merge stays paused until they
sign off, which usually takes two to three business days.

Nothing is needed from you in the meantime; I'll come back to you as soon as I hear from them.

Daniel R.
AWS Training and Certification Support
"""
add(29, L('on_hold', case=CASE_A), 'Hold that asks nothing ("nothing is needed from you").',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Tue, 11 Mar 2025 00:30:59 +0000', text=t029, cte='7bit', irt=27)

# 030 Jira (unrelated)
t030 = """Shun Okabe assigned INFRA-877 to Haruka Tanabe

Migrate CI runners to the new VPC
-----------------------------------
Could you update the runbook before handing this over? Please confirm in the ticket when done.

View issue: https://kumotrail.atlassian.net/browse/INFRA-877

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100278)
"""
add(30, L('unrelated'), 'Jira notification with a "could you ... please confirm" request from a colleague.',
    frm=('Shun Okabe (Jira)', 'jira@kumotrail.atlassian.net'), to=ME_C,
    subject='[JIRA] (INFRA-877) Migrate CI runners to the new VPC', date='Tue, 11 Mar 2025 02:14:00 +0000',
    text=t030, cte='7bit', style='atlassian.net', auth=auth_m365('kumotrail.atlassian.net', 'jira@e.atlassian.net'))

# 031 suspicious lookalike
h031 = html_wrap("""<p>Dear Certification Holder,</p>
<p>Your account merge request (case %s) requires final confirmation. Accounts that are not confirmed
within 24 hours will be <b>permanently deactivated</b> and all certifications revoked.</p>
<table border="1" cellpadding="6"><tr><td>Account #1</td><td>haruka.tanabe.k@gmail.com</td></tr>
<tr><td>Account #2</td><td>h.tanabe@kumotrail-sys.co.jp</td></tr></table>
<p><a href="https://aws-certification-merge.com/confirm?c=%s">Confirm merge and sign in</a></p>
<p>AWS Training &amp; Certification Support Team</p>""" % (CASE_A, CASE_A))
add(31, L('suspicious'), 'Lookalike domain reusing the real case number and the Account #1/#2 layout; authentication passes for its own domain.',
    frm=('AWS Training & Certification', 'support@aws-certification-merge.com'), to=ME_P,
    subject='Action Required: Confirm your certification account merge [CASE %s]' % CASE_A,
    date='Wed, 12 Mar 2025 17:22:08 +0000', html=h031, cte='7bit', style='aws-certification-merge.com',
    auth=auth_gmail('aws-certification-merge.com', 'mail@aws-certification-merge.com', policy='NONE'))

# 032 case A case_update (hold released)
t032 = """Hi Haruka,

Quick update: our partner team has released the company-linked account, so the hold is lifted. I'm
now lining up the two accounts for the merge and will send you the details to look over shortly.

Daniel
"""
add(32, L('case_update', case=CASE_A), 'Progress news announcing a future request, asks nothing yet.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Thu, 13 Mar 2025 04:02:17 +0000', text=t032, cte='7bit', irt=29)

# 033 Amazon.co.jp shipping (Shift_JIS)
t033 = """Amazon.co.jp ご利用ありがとうございます。

田辺 遥 様

ご注文の商品を発送しました。

注文番号: 250-4471930-8820615
お届け予定: 3月14日(金)
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 問題集

配送状況の確認: https://www.amazon.co.jp/gp/css/order-history

このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
"""
add(33, L('unrelated'), 'Amazon.co.jp shipping notice in Shift_JIS 8bit: "Amazon" sender, not AWS support.',
    frm=('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), to=ME_P, subject='Amazon.co.jp ご注文の商品を発送しました',
    date='Thu, 13 Mar 2025 08:40:00 +0900', text=t033, cs='shift_jis', cte='8bit', style='amazon.co.jp',
    auth=auth_gmail('amazon.co.jp', 'bounce@amazon.co.jp'))

# 034 case A confirmation_request (classic listing)
t034 = """Hi Haruka,

As promised, here are the two certification accounts I found for you:

Account #1
Candidate ID: AWS05593120
Login email: haruka.tanabe.k@gmail.com
Training notification email: haruka.tanabe.k@gmail.com
Certification notification email: haruka.tanabe.k@gmail.com

Account #2
Candidate ID: AWS02716458
Login email: h.tanabe@kumotrail-sys.co.jp
Training notification email: h.tanabe@kumotrail-sys.co.jp
Certification notification email: h.tanabe@kumotrail-sys.co.jp

After the merge, exam history, certifications and benefits from Account #2 will all live on
Account #1, and Account #2 will be closed.

Could you confirm that Account #1 is the one you'd like to keep? Once I have your go-ahead I'll
process the merge.

Best,
Daniel R.
AWS Training and Certification Support
"""
add(34, L('confirmation_request', True, CASE_A, [ID_KEEP, ID_CO]), 'The classic Account #1 / Account #2 listing with a "could you confirm" question.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Fri, 14 Mar 2025 02:11:45 +0000', text=t034, cte='quoted-printable', irt=32)

# 035 owner forwards to company address
t035 = """Forwarding to my work inbox so I can check the old account's details from the office.

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Fri, Mar 14, 2025 at 11:11 AM
Subject: RE:[CASE %s] %s
To: <%s>

%s
""" % (TC, CASE_A, SUBJ, ME_P, t034)
add(35, L('user_reply', case=CASE_A), 'Owner forwards the request to herself; the forwarded copy contains the question and IDs, her own text does not.',
    frm=(ME_NAME, ME_P), to=ME_C, subject='Fwd: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Fri, 14 Mar 2025 11:30:02 +0900', text=t035, cte='quoted-printable', style='gmail', irt=34,
    auth=auth_m365('gmail.com', ME_P))

# 036 owner replies from company address (Outlook)
t036 = """Hello Daniel,

Checked the details - all correct. Yes, please go ahead and keep Account #1 (the gmail one).

Best regards,
Haruka Tanabe
Kumotrail Systems Co., Ltd. | Cloud Infrastructure Group

""" + outlook_q('Haruka Tanabe <%s>' % ME_P, 'Friday, March 14, 2025 11:30 AM', ME_C,
                'Fwd: RE:[CASE %s] %s' % (CASE_A, SUBJ), t035)
add(36, L('user_reply', case=CASE_A), 'Owner confirms from the company address (wrong address), Outlook "-----Original Message-----" quoting.',
    frm=(ME_NAME, ME_C), to=TC, subject='RE: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Fri, 14 Mar 2025 05:02:33 +0000', text=t036, cte='quoted-printable', style='outlook', irt=35,
    auth=None, crlf=True, extra=('Thread-Topic: RE:[CASE %s] %s' % (CASE_A, SUBJ), 'X-MS-Has-Attach: '))

# 037 case A info_request: wrong address (HTML-only table)
h037 = html_wrap("""<p>Hello Haruka,</p>
<p>Thanks for getting back to me. Your confirmation reached us from the address below, which belongs to
the account that is going to be merged away:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Received from</th><th>Account to keep (on file)</th></tr>
<tr><td>h.tanabe@kumotrail-sys.co.jp</td><td>haruka.tanabe.k@gmail.com</td></tr>
</table>
<p>To protect the account holder, we only act on a merge confirmation that comes from the email address of
the account being kept. We need you to send the same confirmation again from
<b>haruka.tanabe.k@gmail.com</b> - replying to this message from that mailbox is fine. As soon as it
arrives I'll complete the merge.</p>
<p>Daniel R.<br>AWS Training and Certification Support</p>""")
add(37, L('info_request', True, CASE_A), 'HTML-only table; asks the owner to write again from the address on the account ("we need you to").',
    frm=TC_FROM2, to=ME_P, cc=ME_C, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Sat, 15 Mar 2025 00:47:19 +0000', html=h037, cte='quoted-printable', irt=36)

# 038 other vendor case closed
t038 = """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email.

Tomasz (Nimbus Monitoring Support)
Mar 15, 2025, 10:02 UTC

Hi Haruka, the agent upgrade fixed the missing host metrics, so I'm closing this one out. Thanks for
your patience!

--------------------------------
This email is a service from Nimbus Monitoring Support.
[7QK2MV-RR4L]
"""
add(38, L('unrelated'), 'Another vendor\'s helpdesk "solved / reply to reopen" mail with a request number.',
    frm=('Nimbus Monitoring Support', 'support@nimbusmon.zendesk.com'), to=ME_C,
    subject='[Nimbus Monitoring] Re: Host metrics missing after agent update',
    date='Sat, 15 Mar 2025 10:02:44 +0000', text=t038, cte='7bit', style='zendesk.com',
    auth=auth_m365('nimbusmon.zendesk.com', 'support@nimbusmon.zendesk.com'))

# 039 case A closing_notice
t039 = """Hello Haruka,

I'm following up on my message of March 15 about your account merge. We still need your
confirmation from haruka.tanabe.k@gmail.com before the accounts can be combined.

As we haven't heard back, this case is scheduled to close automatically in three business days.
Replying to this email before then will keep it open and I'll pick it straight back up.

Regards,
Daniel R.
AWS Training and Certification Support
"""
add(39, L('closing_notice', True, CASE_A), 'Closing notice for lack of answer; the reply-keeps-it-open mechanic is the only ask.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Wed, 19 Mar 2025 01:15:33 +0000', text=t039, cte='7bit', irt=37)

# 040 owner reply threaded only by In-Reply-To
t040 = """Hi Daniel, sorry - missed your earlier mail. Writing from my personal address this time:
yes, keep Account #1 (haruka.tanabe.k@gmail.com) and merge the company one into it.

Sent from my iPhone
"""
add(40, L('user_reply', case=CASE_A), 'Reply from a phone with a rewritten subject: no case number, only In-Reply-To/References link it.',
    frm=(ME_NAME, ME_P), to=TC, subject='Account merge - confirming from my personal address',
    date='Wed, 19 Mar 2025 18:41:27 +0900', text=t040, cte='7bit', style='gmail', irt=39,
    auth=auth_gmail('gmail.com', ME_P))

# 041 case A resolved (base64, quotes old request, survey footer)
t041 = """Hello Haruka,

Thanks for confirming. The merge is complete: AWS02716458 has been folded into AWS05593120, and your
exam history, active certifications and benefits now appear on the account that signs in with
haruka.tanabe.k@gmail.com. The company-address account has been deactivated.

No further action is required on your part. If your partner profile at Kumotrail still lists the
certifications for a few days, that is expected and clears up on its own.

Best,
Daniel R.
AWS Training and Certification Support

Your feedback helps us improve. Tell us how we did by rating this reply:
https://aws.amazon.com/survey/tc?case=%s

> Could you confirm that Account #1 is the one you'd like to keep? Once I have your go-ahead I'll
> process the merge.
>
> Account #1
> Login email: haruka.tanabe.k@gmail.com
> Account #2
> Login email: h.tanabe@kumotrail-sys.co.jp
""" % CASE_A
add(41, L('resolved', case=CASE_A, ids=[ID_CO, ID_KEEP]), 'Completion mail (base64) quoting the old confirmation question below a survey footer.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Thu, 20 Mar 2025 00:22:10 +0000', text=t041, cte='base64', irt=40)

# 042 Credly badge after merge
h042 = html_wrap("""<p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued you 3 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li>
<li>AWS Certified SysOps Administrator - Associate</li></ul>
<p><a href="https://www.credly.com/users/haruka-tanabe/badges">View your badges</a></p>""")
add(42, L('badge'), 'Credly badge mail arriving right after the merge, multipart with HTML list.',
    frm=CREDLY, to=ME_P, subject='You have 3 new badges from Amazon Web Services Training and Certification',
    date='Thu, 20 Mar 2025 00:51:02 +0000',
    text='Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you 3 badges.\nView them: https://www.credly.com/users/haruka-tanabe/badges\n',
    html=h042, cte='quoted-printable', style='credly.com', auth=auth_gmail('credly.com', 'bounces@mail.credly.com'))

# 043 survey A
h043 = html_wrap("""<p>Hello,</p><p>Thank you for contacting AWS Training and Certification about case <b>%s</b>.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://aws.amazon.com/survey/tc?case=%s&s=5">Very satisfied</a></td>
<td><a href="https://aws.amazon.com/survey/tc?case=%s&s=3">Neutral</a></td>
<td><a href="https://aws.amazon.com/survey/tc?case=%s&s=1">Very dissatisfied</a></td></tr></table>
<p>Please do not reply to this email.</p>""" % ((CASE_A,) * 4))
add(43, L('survey', case=CASE_A), 'HTML-only survey with rating links and a please.',
    frm=('AWS Customer Experience', 'aws-cs-survey@amazon.com'), to=ME_P,
    subject='Tell us about your recent AWS Training and Certification support experience',
    date='Fri, 21 Mar 2025 04:00:00 +0000', html=h043, cte='7bit')

# 044 suspicious: amazon.com From but dmarc fails
t044 = """Hello Haruka,

Your accounts have been merged. For security, the merged account must be re-verified within 24
hours or the certifications will be suspended.

Please sign in here to verify: http://aws-training-verify.net/session/%s

AWS Training and Certification Support
""" % hid('p44', n=20)
add(44, L('suspicious'), 'Looks exactly like a case mail (From amazon.com, real subject) but DKIM/DMARC fail.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Fri, 21 Mar 2025 09:13:50 +0000', text=t044, cte='7bit', style='mail-relay.example.ru',
    auth=auth_gmail('amazon.com', 'info@mail-relay.example.ru', dkim='fail', spf='softfail', dmarc='fail',
                    dkim_dom='mail-relay.example.ru', policy='QUARANTINE'))

# 045 certmetrics recertification
t045 = """Hello Haruka Tanabe,

Congratulations! You have successfully recertified your AWS Certified Solutions Architect -
Associate certification. Your new expiration date is March 22, 2028.

Candidate ID: AWS05593120
Validation number: 7F2KQ9XL1BE4QW3C

Your digital badge will be issued through Credly within a few days.

AWS Certification
This is an unmonitored mailbox.
"""
add(45, L('certification', ids=[ID_KEEP]), 'Certmetrics recertification notice with candidate ID and validation number.',
    frm=CM_FROM, to=ME_P, subject='Well done on recertifying your AWS Certification!',
    date='Sat, 22 Mar 2025 06:30:41 +0000', text=t045, cte='7bit', style='certmetrics.com',
    auth=auth_gmail('certmetrics.com', 'bounce@mail.certmetrics.com'))

# 046 owner reopens A (top-post over long quoted history)
t046 = """Hi Daniel,

Sorry to come back to this. Everything moved over except one thing: the 50% exam discount voucher
that was on my old account (AWS02716458) doesn't show under Benefits on the merged account. Is there a
way to get it back?

Thanks,
Haruka

""" + gmail_q('Thu, Mar 20, 2025 at 9:22 AM', 'AWS Training and Certification', TC,
              t041 + '\n' + gmail_q('Wed, Mar 19, 2025 at 6:41 PM', ME_NAME, ME_P, t040) +
              gmail_q('Wed, Mar 19, 2025 at 10:15 AM', 'AWS Training and Certification', TC, t039) +
              gmail_q('Fri, Mar 14, 2025 at 11:11 AM', 'AWS Training and Certification', TC, t034))
add(46, L('user_reply', case=CASE_A, ids=[ID_CO]), 'Owner reopens a resolved case, top-posted over four levels of quoted requests.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Mon, 24 Mar 2025 20:05:11 +0900', text=t046, cte='quoted-printable', style='gmail', irt=41,
    auth=auth_gmail('gmail.com', ME_P))

# 047 case A info_request after reopen (kindly, buried)
t047 = """Hello Haruka,

I've reopened your case and looked into the voucher.

Benefit vouchers are tied to the account they were issued on and aren't carried across during a
merge; instead, our benefits team can re-issue an equivalent voucher on the surviving account. They
can only do that when they can match it to the original, and because the company-address account
is now deactivated I no longer see its Benefits page on my side. The original voucher also had an
expiry date that the re-issued one has to respect.

Kindly send me the voucher code as it appeared on the old account (a screenshot or the email in
which you received it works too), together with the expiry date if you have it.

Regards,
Maria L.
AWS Training and Certification Support
"""
add(47, L('info_request', True, CASE_A), 'Reopen news followed by a long explanation; the ask ("Kindly send") is in the penultimate paragraph.',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Tue, 25 Mar 2025 03:40:29 +0000', text=t047, cte='quoted-printable', irt=46)

# 048 owner gives voucher info
t048 = """Hi Maria,

Here it is - I still had the notification email:

Voucher code: 50OFF-K7Q2-PX84-2LMW
Expires: June 30, 2025

Thanks for sorting this out.
Haruka

""" + gmail_q('Tue, Mar 25, 2025 at 12:40 PM', 'AWS Training and Certification', TC, t047)
add(48, L('user_reply', case=CASE_A), 'Owner supplies the requested data; quoted "Kindly send" request below.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Tue, 25 Mar 2025 22:10:45 +0900', text=t048, cte='7bit', style='gmail', irt=47,
    auth=auth_gmail('gmail.com', ME_P))

# 049 company IT mailbox shutdown (ISO-2022-JP)
t049 = """田辺 遥 様

情報システム部です。
退職に伴い、以下のアカウントを3月31日(月)23:59に停止いたします。

 メールアドレス: h.tanabe@kumotrail-sys.co.jp
 Microsoft 365 / Slack / GitHub Organization

停止後はメールの送受信ができなくなります。外部サービスの登録アドレス変更がお済みでない場合は
事前に対応をお願いします。本メールへの返信は不要です。

情報システム部
"""
add(49, L('unrelated'), 'Company IT notice (ISO-2022-JP) about mailbox shutdown; "返信は不要" and a to-do unrelated to AWS.',
    frm=('情報システム部', 'it-helpdesk@kumotrail-sys.co.jp'), to=ME_C, subject='【情報システム部】アカウント停止のお知らせ',
    date='Wed, 26 Mar 2025 09:00:00 +0900', text=t049, cs='iso-2022-jp', cte='7bit', style='outlook',
    auth=auth_m365('kumotrail-sys.co.jp', 'it-helpdesk@kumotrail-sys.co.jp'))

# 050 case A info_request in Japanese (news + ask)
t050 = """田辺 遥 様

お世話になっております。AWS トレーニングと認定サポートの山田と申します。
本件、前任の Maria より引き継ぎいたしました。

ご提供いただいたバウチャー情報をもとに、50% 割引バウチャーを統合後のアカウントへ再発行
いたしました(有効期限: 2025年6月30日)。「特典」画面にてご確認いただけます。

あわせて、統合後のアカウントの氏名表記について確認させてください。
旧アカウントでは「Haruka Tanabe」、現在のアカウントでは「田辺 遥」と登録されており、
認定証に印字される氏名はいずれか一方となります。

どちらの表記をご希望か、ご返信にてお知らせくださいますようお願い申し上げます。
ご確認のほど、よろしくお願いいたします。

山田
AWS トレーニングと認定 カスタマーサポート
"""
add(50, L('info_request', True, CASE_A), 'Japanese: good news first (voucher re-issued), then a keigo ask about something other than the merge choice.',
    frm=('AWS トレーニングと認定', TC), to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Thu, 27 Mar 2025 02:02:18 +0000', text=t050, cs='iso-2022-jp', cte='7bit', irt=48)

# 051 owner answers in Japanese (Apple Mail JA header)
t051 = """山田様

バウチャーの再発行ありがとうございました。確認できました。
氏名は「Haruka Tanabe」の表記でお願いします。

田辺

2025/03/27 11:02、AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>のメール:

""" + q(t050)
add(51, L('user_reply', case=CASE_A), 'Japanese reply with Apple-style 「…のメール:」 quote header.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Thu, 27 Mar 2025 12:30:00 +0900', text=t051, cte='base64', style='gmail', irt=50,
    auth=auth_gmail('gmail.com', ME_P))

# 052 case A resolved in Japanese
t052 = """田辺 遥 様

ご返信ありがとうございます。
氏名表記を「Haruka Tanabe」に更新いたしました。認定証も新しい表記で再発行されております。
これにて本件は解決とさせていただきます。お客様側での追加のご対応は不要です。

今後、他にお困りのことがございましたら、お気軽にこのメールへご返信ください。

山田
AWS トレーニングと認定 カスタマーサポート
"""
add(52, L('resolved', case=CASE_A), 'Japanese resolution: 「追加のご対応は不要です」 then a conditional 〜がございましたら…ご返信ください.',
    frm=('AWS トレーニングと認定', TC), to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Fri, 28 Mar 2025 01:15:44 +0000', text=t052, cte='quoted-printable', irt=51)

# 053 console case acknowledgement (11 digits)
CON_FOOT = """
To see all your support cases, visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update
your case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark
of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry
Ave. North, Seattle, WA 98109-5210
""" % CASE_C
t053 = """Dear AWS customer,

A new support case has been created for your account. Case details:

Case ID: %s
Subject: Cannot sign in to certification account after merge
Severity: General guidance
Correspondence: Since merging my certification accounts last week, signing in with my Builder ID
shows "We couldn't find a certification account for this user".

[AWS ID %s]
""" % (CASE_C, AWS_ACCT) + CON_FOOT
add(53, L('acknowledgement', case=CASE_C), 'Support Center "new case" mail: 11-digit case next to a 12-digit AWS account ID.',
    frm=CON_FROM, to=ME_P, subject='Amazon Web Services: New Support case: %s' % CASE_C,
    date='Sat, 29 Mar 2025 07:03:12 +0000', text=t053, cte='7bit')

# 054 console info_request, answer in Support Center, feedback footer
t054 = """Hello,

Thank you for contacting AWS Support. I'm sorry to hear you can't get into your certification
account.

Sign-in problems right after a merge are usually caused by the Builder ID still pointing at the
account that was closed. To check this on our side I need two things from you:

1. The email address of the AWS Builder ID you use to sign in.
2. Whether you see the error on https://www.aws.training or on the certification account page.

Please add this information to the case through the Support Center link below; replies to this
email are not received.

Best regards,
Arjun S.
Amazon Web Services

We value hearing from you. Rate this correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true
""" % CASE_C + CON_FOOT
h054 = html_wrap('<p>Hello,</p><p>Sign-in problems right after a merge are usually caused by the Builder ID still '
                 'pointing at the account that was closed. To check this on our side I need two things from you:</p>'
                 '<ol><li>The email address of the AWS Builder ID you use to sign in.</li>'
                 '<li>Whether you see the error on www.aws.training or on the certification account page.</li></ol>'
                 '<p>Please add this information to the case through the '
                 '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s">Support Center</a>; '
                 'replies to this email are not received.</p><p>Arjun S.<br>Amazon Web Services</p>'
                 '<p style="font-size:11px">We value hearing from you. Rate this correspondence.</p>' % CASE_C)
add(54, L('info_request', True, CASE_C), 'Console case: numbered questions to be answered in the Support Center, with a rating footer.',
    frm=CON_FROM, to=ME_P, subject='RE:[CASE %s] Cannot sign in to certification account after merge' % CASE_C,
    date='Sun, 30 Mar 2025 02:48:57 +0000', text=t054, html=h054, cte='quoted-printable', irt=53)

# 055 bounce after emailing the no-reply address
t055 = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept mail

----- Original message -----

Subject: Re: RE:[CASE %s] Cannot sign in to certification account after merge
From: Haruka Tanabe <%s>
To: Amazon Web Services <no-reply-aws@amazon.com>

Builder ID email is haruka.tanabe.k@gmail.com, and the error appears on aws.training.
""" % (CASE_C, ME_P)
add(55, L('unrelated'), 'Bounce of the owner\'s email reply to the no-reply console address; quotes case subject and the owner\'s answer.',
    frm=('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=ME_P,
    subject='Delivery Status Notification (Failure)', date='Sun, 30 Mar 2025 10:20:31 +0000',
    text=t055, cte='7bit', style='mail.gmail.com', auth=None,
    extra=('Auto-Submitted: auto-replied',))

# 056 Free tier alert (unrelated)
t056 = """Hello,

Your AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible
services for the month of March.

Product: AmazonEC2
Usage: 637 Hrs of 750 Hrs

To learn more about your AWS Free Tier usage, visit the Billing console. If you need help, you can
open a case in the Support Center.

Sincerely,
The Amazon Web Services Team
""" % AWS_ACCT
add(56, L('unrelated'), 'AWS Free Tier alert: AWS sender, account ID, mentions opening a case.',
    frm=('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), to=ME_P,
    subject='AWS Free Tier limit alert', date='Mon, 31 Mar 2025 05:00:00 +0000', text=t056, cte='7bit',
    style='amazonaws.com', auth=auth_gmail('costalerts.amazonaws.com', 'bounce@costalerts.amazonaws.com'))

# 057 console closing notice
t057 = """Hello,

We haven't received a response to our last correspondence on this case. If we don't hear from you,
the case will be resolved automatically in 3 days. To keep it active, respond through the Support
Center using the link below.

Amazon Web Services
""" + CON_FOOT
add(57, L('closing_notice', True, CASE_C), 'Console auto-resolve warning; the answer must go through the Support Center.',
    frm=CON_FROM, to=ME_P, subject='RE:[CASE %s] Cannot sign in to certification account after merge' % CASE_C,
    date='Wed, 02 Apr 2025 03:00:19 +0000', text=t057, cte='7bit', irt=54)

# 058 console case_update with feedback footer
t058 = """Hello,

Thanks for adding those details in the Support Center. Builder ID linking for certification accounts
is handled by the AWS Training and Certification team, so I have transferred your case to them. They
will post their findings here in the Support Center; there is nothing more you need to send.

Best regards,
Arjun S.
Amazon Web Services

We value hearing from you. Rate this correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true
""" % CASE_C + CON_FOOT
add(58, L('case_update', case=CASE_C), 'Console update (transferred) with rating footer and "use the link above" footer; asks nothing.',
    frm=CON_FROM, to=ME_P, subject='RE:[CASE %s] Cannot sign in to certification account after merge' % CASE_C,
    date='Thu, 03 Apr 2025 01:31:04 +0000', text=t058, cte='quoted-printable', irt=57)

# 059 console resolved
t059 = """Hello,

The Training and Certification team re-linked your Builder ID to your merged certification account;
you should now be able to sign in normally. We have resolved this case.

If the problem comes back, you can reopen the case from the Support Center within 14 days.

Amazon Web Services
""" + CON_FOOT
add(59, L('resolved', case=CASE_C), 'Console resolution with a conditional reopen hint.',
    frm=CON_FROM, to=ME_P, subject='RE:[CASE %s] Cannot sign in to certification account after merge' % CASE_C,
    date='Sat, 05 Apr 2025 02:10:00 +0000', text=t059, cte='7bit', irt=58)

# 060 console survey
h060 = html_wrap("""<p>Dear AWS customer,</p>
<p>Your support case <b>%s</b> was recently resolved. Could you take a moment to tell us about your experience?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s">Start the 1-minute survey</a></p>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>""" % (CASE_C, CASE_C))
add(60, L('survey', case=CASE_C), 'Console survey phrased as a question ("Could you take a moment...").',
    frm=CON_FROM, to=ME_P, subject='Amazon Web Services: How was your support experience? Case %s' % CASE_C,
    date='Sat, 05 Apr 2025 14:00:00 +0000', html=h060, cte='base64')

# 061 Japanese phishing (Shift_JIS)
t061 = """AWS トレーニングと認定をご利用のお客様

お客様の認定アカウントの統合手続きが完了しておりません。
48時間以内に以下のリンクから本人確認を行っていただけない場合、保有資格はすべて失効いたします。

▼本人確認はこちら
https://aws-training-jp.net/verify?id=%s

ご不明な点は本メールにご返信ください。

AWS トレーニングと認定 サポートセンター
""" % hid('p61', n=12)
add(61, L('suspicious'), 'Japanese phishing from a lookalike domain in Shift_JIS, threatening expiry.',
    frm=('AWS トレーニングと認定', 'no-reply@aws-training-jp.net'), to=ME_P,
    subject='【重要】AWS認定アカウント統合手続き未完了のお知らせ', date='Sun, 06 Apr 2025 11:45:02 +0000',
    text=t061, cs='shift_jis', cte='8bit', style='aws-training-jp.net',
    auth=auth_gmail('aws-training-jp.net', 'mail@aws-training-jp.net', policy='NONE'))

# 062 certmetrics expiry (Japanese)
t062 = """田辺 遥 様

AWS Certified Developer - Associate の有効期限が 2025年7月5日 に近づいています。

候補 ID: AWS05593120

有効期限までに再認定試験に合格するか、上位資格を取得することで認定を維持できます。
保有中の 50% 割引特典は「特典」ページからご利用いただけます。

AWS 認定
このメールは送信専用アドレスから送信されています。
"""
add(62, L('certification', ids=[ID_KEEP]), 'Japanese certmetrics expiry notice; mentions the 50% benefit; candidate ID.',
    frm=('AWS 認定', 'do-not-reply@certmetrics.com'), to=ME_P, subject='AWS 認定の有効期限が近づいています',
    date='Mon, 07 Apr 2025 00:10:10 +0000', text=t062, cte='base64', style='certmetrics.com',
    auth=auth_gmail('certmetrics.com', 'bounce@mail.certmetrics.com'))

# 063 case E acknowledgement
t063 = """Hello Haruka,

We've received your request and created case %s for it. You can expect a reply from our team,
usually within a day.

Details you submitted:
Additional details: Account Merge
"After my merge (case %s) I found a third certification account, created through the APN Partner
Central sign-in. I'd like it merged into my personal account as well."

Please don't open additional cases for this request.

AWS Training and Certification
""" % (CASE_E, CASE_A)
add(63, L('acknowledgement', case=CASE_E), 'New 15-digit case whose echoed form text cites the earlier case number.',
    frm=TC_FROM2, to=ME_P, subject='RE: [CASE %s] %s' % (CASE_E, SUBJ),
    date='Mon, 07 Apr 2025 07:53:00 +0000', text=t063, cte='7bit')

# 064 case E on_hold without ask
t064 = """Hi Haruka,

The account you mentioned is still attached to Kumotrail Systems' partner profile, so I've asked
their partner administrator to detach it. The case will wait on that step; I'll update you as soon
as it's done.

Thanks for your patience,
Sofia
AWS Training and Certification
"""
add(64, L('on_hold', case=CASE_E), 'Hold waiting on the partner admin; asks nothing.',
    frm=TC_FROM2, to=ME_P, subject='RE: [CASE %s] %s' % (CASE_E, SUBJ),
    date='Tue, 08 Apr 2025 02:33:16 +0000', text=t064, cte='7bit', irt=63)

# 065 Builder ID new sign-in (unrelated)
t065 = """Hello,

We noticed a sign-in to your AWS Builder ID (haruka.tanabe.k@gmail.com) from a new device.

Time: April 8, 2025 9:12 UTC
Location: Tokyo, Japan
Browser: Firefox on macOS

If this was you, no action is required. If you don't recognize this activity, reset your password
immediately.

AWS Builder ID
"""
add(65, L('unrelated'), 'Builder ID security notice with "no action is required" and a conditional imperative.',
    frm=('AWS Builder ID', 'no-reply@login.awsapps.com'), to=ME_P, subject='New sign-in to your AWS Builder ID',
    date='Tue, 08 Apr 2025 09:13:02 +0000', text=t065, cte='7bit', style='awsapps.com',
    auth=auth_gmail('login.awsapps.com', 'bounce@login.awsapps.com'))

# 066 case E confirmation_request (top-posted HTML-only over quoted history)
h066 = html_wrap("""<div>Hi Haruka,<br><br>
The partner administrator has detached the account, so we can go ahead. These are the two accounts:<br><br>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05593120</td><td>AWS03381904</td></tr>
<tr><td>Login</td><td>haruka.tanabe.k@gmail.com</td><td>APN Partner Central SSO</td></tr>
<tr><td>Certification notifications</td><td>haruka.tanabe.k@gmail.com</td><td>h.tanabe@kumotrail-sys.co.jp</td></tr>
</table><br>
Which one should stay? Account #1 is my assumption, but I won't touch anything until I hear it from you.<br><br>
Sofia<br>AWS Training and Certification</div>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">
<b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>Sent:</b> Tuesday, April 8, 2025 2:33 AM<br><b>To:</b> haruka.tanabe.k@gmail.com<br>
<b>Subject:</b> RE: [CASE %s] %s<br><br>
Hi Haruka,<br><br>The account you mentioned is still attached to Kumotrail Systems' partner profile, so I've
asked their partner administrator to detach it. The case will wait on that step.<br><br>
<b>From:</b> AWS Training and Certification<br><b>Sent:</b> Monday, April 7, 2025 7:53 AM<br><br>
We've received your request and created case %s for it. Please don't open additional cases for this request.
</div>""" % (CASE_E, SUBJ, CASE_E))
add(66, L('confirmation_request', True, CASE_E, [ID_KEEP, ID_APN]), 'HTML-only, top-posted over Outlook-style quoted history; the ask is a bare question ("Which one should stay?").',
    frm=TC_FROM2, to=ME_P, subject='RE: [CASE %s] %s' % (CASE_E, SUBJ),
    date='Wed, 09 Apr 2025 04:20:41 +0000', html=h066, cte='quoted-printable', irt=64, crlf=True)

# 067 Pearson VUE reminder (unrelated)
t067 = """Dear Haruka Tanabe,

This is a reminder of your upcoming exam.

Exam: AWS Certified Machine Learning Engineer - Associate (MLA-C01)
Registration ID: 512308877
Date: Thursday, April 24, 2025, 2:00 PM JST
Location: Pearson Professional Centers-Tokyo, Japan

Please arrive 15 minutes early with two forms of identification. Your name on the IDs must match the
name on your AWS Certification account.

Pearson VUE
"""
add(67, L('unrelated'), 'Exam reminder with a 9-digit registration ID and imperatives.',
    frm=('Pearson VUE', 'pearsonvuereminder@pearson.com'), to=ME_P, subject='Pearson VUE Exam Appointment Reminder',
    date='Thu, 10 Apr 2025 00:00:12 +0000', text=t067, cte='7bit', style='pearson.com',
    auth=auth_gmail('pearson.com', 'bounce@pearson.com'))

# 068 case E closing notice (courtesy reminder)
t068 = """Hi Haruka,

Just a courtesy reminder about the question below - I still need to know which account you want
to keep. If I don't hear from you by April 18, I'll close out this request; a quick reply here is all it
takes to keep it going.

Sofia

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 9, 2025 4:20 AM
To: haruka.tanabe.k@gmail.com
Subject: RE: [CASE %s] %s

Which one should stay? Account #1 is my assumption, but I won't touch anything until I hear it from you.
""" % (CASE_E, SUBJ)
add(68, L('closing_notice', True, CASE_E), 'Closing notice framed as a "courtesy reminder" with a date, no "close automatically" phrase.',
    frm=TC_FROM2, to=ME_P, subject='RE: [CASE %s] %s' % (CASE_E, SUBJ),
    date='Mon, 14 Apr 2025 02:00:05 +0000', text=t068, cte='8bit', irt=66)

# 069 owner reply E (Outlook.com style)
t069 = """Hi Sofia,

Sorry for the slow reply - Account #1, please. The partner one can go.

Haruka

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, April 14, 2025 11:00
To: haruka.tanabe.k@gmail.com
Subject: RE: [CASE %s] %s

Just a courtesy reminder about the question below - I still need to know which account you want
to keep. If I don't hear from you by April 18, I'll close out this request.
""" % (CASE_E, SUBJ)
add(69, L('user_reply', case=CASE_E), 'Short owner answer over an Outlook-style quoted reminder.',
    frm=(ME_NAME, ME_P), to=TC, subject='Re: RE: [CASE %s] %s' % (CASE_E, SUBJ),
    date='Mon, 14 Apr 2025 19:30:22 +0900', text=t069, cte='quoted-printable', style='gmail', irt=68,
    auth=auth_gmail('gmail.com', ME_P))

# 070 case E resolved (HTML multipart)
t070 = """Hi Haruka,

Done - AWS03381904 is now merged into AWS05593120. All three of your former accounts are consolidated and
you only need to sign in with your Builder ID from now on. No further action is required on your part.

If you have any other questions, reply to this email and we'll be happy to help.

Sofia
AWS Training and Certification
"""
h070 = html_wrap('<p>Hi Haruka,</p><p>Done - <b>AWS03381904</b> is now merged into <b>AWS05593120</b>.</p>'
                 '<p>No further action is required on your part.</p>'
                 '<p>If you have any other questions, reply to this email and we\'ll be happy to help.</p><p>Sofia</p>')
add(70, L('resolved', case=CASE_E, ids=[ID_APN, ID_KEEP]), 'Resolution with "if you have any other questions, reply" (conditional).',
    frm=TC_FROM2, to=ME_P, subject='RE: [CASE %s] %s' % (CASE_E, SUBJ),
    date='Tue, 15 Apr 2025 01:05:30 +0000', text=t070, html=h070, cte='quoted-printable', irt=69)

# 071 weekly AWS newsletter (unrelated)
t071 = """This Week in AWS - April 15, 2025

* AWS Certification: new exam guides published for the Associate tier
* Amazon S3: new conditional writes
* Reply to this email and tell us what you want to see next week!

You are receiving this because you subscribed at thisweekinaws.example.com.
Unsubscribe: https://thisweekinaws.example.com/u
"""
add(71, L('unrelated'), 'Third-party newsletter about AWS Certification inviting replies.',
    frm=('This Week in AWS', 'hello@thisweekinaws.example.com'), to=ME_P, subject='This Week in AWS #182',
    date='Tue, 15 Apr 2025 13:00:00 +0000', text=t071, cte='7bit', style='thisweekinaws.example.com',
    auth=auth_gmail('thisweekinaws.example.com', 'bounce@thisweekinaws.example.com', policy='NONE'))

# 072 certmetrics lookalike
h072 = html_wrap("""<p>Dear Candidate,</p>
<p>We detected a duplicate profile after your recent account consolidation. Your AWS Certification
status has been <b>suspended</b> until you confirm your identity.</p>
<p><a href="https://certmetrics-support.com/aws/reactivate">Reactivate certification</a></p>
<p>AWS Certification Program Office</p>""")
add(72, L('suspicious'), 'Lookalike of certmetrics (certmetrics-support.com) referring to the merge.',
    frm=('AWS Certification', 'notices@certmetrics-support.com'), to=ME_P,
    subject='Your AWS Certification has been suspended', date='Wed, 16 Apr 2025 22:18:33 +0000',
    html=h072, cte='7bit', style='certmetrics-support.com',
    auth=auth_gmail('certmetrics-support.com', 'notices@certmetrics-support.com', dmarc='none', policy='NONE'))

# 073 certmetrics benefit notice
t073 = """Hello Haruka,

A new benefit is available in your AWS Certification Account: 50% off your next AWS Certification
exam. Find the voucher code under Benefits.

Candidate ID: AWS05593120

AWS Certification
"""
add(73, L('certification', ids=[ID_KEEP]), 'Certmetrics benefit notice (voucher), candidate ID.',
    frm=CM_FROM, to=ME_P, subject='A new AWS Certification benefit is waiting for you',
    date='Thu, 17 Apr 2025 03:03:03 +0000', text=t073, cte='7bit', style='certmetrics.com',
    auth=auth_gmail('certmetrics.com', 'bounce@mail.certmetrics.com'))

# 074 survey E
t074 = """Hi Haruka,

Sofia recently helped you with case %s. Would you rate the help you received?

Reply to this email with a number from 1 (poor) to 5 (excellent), or use this link:
https://aws.amazon.com/survey/tc?case=%s

AWS Training and Certification
""" % (CASE_E, CASE_E)
add(74, L('survey', case=CASE_E), 'Survey that literally invites a reply by email (rating) - still not a support request.',
    frm=('AWS Customer Experience', 'aws-cs-survey@amazon.com'), to=ME_P,
    subject='Rate your AWS Training and Certification experience', date='Thu, 17 Apr 2025 05:00:00 +0000',
    text=t074, cte='7bit')

# 075 Japanese event reminder (unrelated)
t075 = """田辺 遥 様

【リマインド】JAWS-UG 東京 2025#4 は明日開催です。

日時: 4月19日(土) 13:00〜
会場: 目黒セントラルスクエア
テーマ: AWS 認定を取ってからの学び方

参加できなくなった場合は、お手数ですがキャンセル手続きをお願いします。

connpass 運営事務局
"""
add(75, L('unrelated'), 'Japanese event reminder mentioning AWS 認定 and asking to cancel if needed.',
    frm=('connpass', 'no-reply@connpass.com'), to=ME_P, subject='【リマインド】JAWS-UG 東京 2025#4 は明日開催です',
    date='Fri, 18 Apr 2025 09:00:00 +0900', text=t075, cte='base64', style='connpass.com',
    auth=auth_gmail('connpass.com', 'bounce@connpass.com', policy='NONE'))

# 076 late case_update on A
t076 = """Hi Haruka,

A short follow-up on your earlier case: Kumotrail Systems' partner profile has now been refreshed
and no longer lists your certifications, as expected after the merge. This doesn't change anything
on your personal account and there is nothing you need to do - I'm just closing the loop.

Daniel R.
AWS Training and Certification Support
"""
add(76, L('case_update', case=CASE_A), 'Late news on an already-resolved case; "nothing you need to do".',
    frm=TC_FROM2, to=ME_P, subject='RE:[CASE %s] %s' % (CASE_A, SUBJ),
    date='Mon, 21 Apr 2025 02:40:00 +0000', text=t076, cte='7bit', irt=52)


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml') or (f.endswith('.json') and f[:3].isdigit()):
            os.remove(os.path.join(HERE, f))
    for m in MSGS:
        base = '%03d-mail' % m['n']
        with open(os.path.join(HERE, base + '.eml'), 'wb') as fh:
            fh.write(m['data'])
        with open(os.path.join(HERE, base + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
    write_readme()
    print('wrote %d messages' % len(MSGS))


def write_readme():
    from collections import Counter
    kinds = Counter(m['label']['kind'] for m in MSGS)
    nr = sum(m['label']['needs_reply'] for m in MSGS)
    lines = ['me: %s %s' % (ME_P, ME_C), '',
             '# Blind held-out corpus blind-87', '',
             'Written only from DOMAIN.md, the five seed write-ups and BLIND-CORPUS.md. '
             'Regenerate with `python3 gen.py` (standard library only).', '',
             'Mailbox owner: Haruka Tanabe (田辺 遥). Personal Gmail `%s`; old company address `%s` '
             '(Microsoft 365, switched off on 2025-03-31).' % (ME_P, ME_C), '',
             '## Cases', '',
             '| case | digits | story |', '|---|---|---|',
             '| %s | 10 | Feb 2025, Japanese: two certification accounts on the same personal address; info request -> IDs -> confirmation -> merged; reopened for a missing Credly badge, resolved again. |' % CASE_D,
             '| %s | 15 | Main merge company -> personal: ack, APN hold (with question), hold (no question), confirmation (Account #1/#2), owner answers from the wrong (company) address, support asks to write from the personal one, closing notice, reply threaded only by In-Reply-To, merged; reopened for a lost voucher, info request, Japanese info request on name spelling, resolved; late case_update. |' % CASE_A,
             '| %s | 15 | Duplicate form submission (to the company address), closed as duplicate of %s. |' % (CASE_B, CASE_A),
             '| %s | 11 | AWS Support Center (console) case: must be answered in the Support Center; owner\'s e-mail reply bounces; auto-resolve warning; transferred; resolved; survey. |' % CASE_C,
             '| %s | 15 | Third (partner SSO) account: ack, hold without ask, HTML confirmation top-posted over history, courtesy-reminder closing notice, reply, merged, survey. |' % CASE_E,
             '', 'Not case numbers: AWS account ID %s (12 digits), Pearson VUE registrations %s and 512308877 (9 digits), '
             'one-time code 583021 (6 digits), order/voucher numbers, Credly UUIDs.' % (AWS_ACCT, PV_REG), '',
             'Counts: %d messages; needs_reply true: %d.' % (len(MSGS), nr), '',
             'Per kind: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(kinds.items())), '',
             '## Messages', '',
             '| # | kind | reply | case | what it is / what makes it hard |', '|---|---|---|---|---|']
    for m in MSGS:
        lb = m['label']
        lines.append('| %03d | %s | %s | %s | %s |' % (m['n'], lb['kind'], 'yes' if lb['needs_reply'] else 'no',
                                                    lb['case'] or '-', m['note'].replace('|', '/')))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
