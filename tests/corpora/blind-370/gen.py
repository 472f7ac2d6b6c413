#!/usr/bin/env python3
"""Blind corpus 370: purpose / condition / next-step requests vs. how-to advice.

Writes NNN-msg.eml and NNN-msg.json next to this script (standard library only).
Run:  python3 gen.py
"""
import base64
import datetime
import json
import os
import quopri
import random
from collections import Counter
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(370)

ME_NAME = 'Ayaka Morinaga'
ME_JA = '森永 彩花'
ME_P = 'morinaga.ayaka.dev@gmail.com'
ME_C = 'a.morinaga@hoshizora-dx.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
NOREPLY = 'no-reply-aws@amazon.com'

# case numbers
CA = '173872516100418'   # main merge, company -> personal, APN hold
CD = '173880288900925'   # duplicate of CA, filed from the company address
CB = '174108369300162'   # badge missing in Credly after the merge
CC = '14276690531'       # Support Center (console) case: exam benefit voucher
CE = '174227413700733'   # name on certificate (Japanese correspondence)
CF = '174372360500281'   # third (2019) certification account found later
CEDU = '174122735000374' # AWS Educate form case (other programme)
COLD = '8734120559'      # a 2021 case, only forwarded for reference

ID_C = 'AWS07731946'     # company certification account
ID_P = 'AWS12058803'     # personal certification account (kept)
ID_O = 'AWS03395120'     # 2019 account from an earlier employer

MSGS = []


def dt(s, tz='+0900'):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    sign = 1 if tz[0] == '+' else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(d.replace(tzinfo=datetime.timezone(off)))


def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def al(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def mid_ses():
    return '<01000195%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        hx(8), hx(8), hx(4), hx(4), hx(12))


def mid_gmail():
    return '<CAK%s%s@mail.gmail.com>' % (al(30), '=' + al(8) if R.random() < .5 else '')


def mid_outlook():
    box = 'TYCPR01MB%d' % R.randint(10000, 99999)
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (box, hx(20).upper(), box)


def mid_other(dom):
    return '<%s.%s@%s>' % (hx(16), R.randint(100000, 999999), dom)


def ew(text, cs='utf-8'):
    """Encode a header text as RFC 2047 words if it is not plain ASCII."""
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, cs, maxlinelen=76).encode(linesep='\n')


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()@:;'):
            name = '"%s"' % name
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, cs), email)


def T(text, sub='plain', cs='utf-8', cte=None, extra=()):
    """A text/* leaf part: (headers, body bytes)."""
    if cs.lower() == 'iso-2022-jp':
        raw = b'\n'.join(l.encode('iso-2022-jp') for l in text.split('\n'))
    else:
        raw = text.encode(cs)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if cte is None:
        cte = '7bit' if all(b < 128 for b in raw) else '8bit'
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    h = [('Content-Type', 'text/%s; charset="%s"' % (sub, cs)),
         ('Content-Transfer-Encoding', cte)]
    h.extend(extra)
    return (h, body)


def ser(part):
    hdrs, body = part
    return ''.join('%s: %s\n' % (k, v) for k, v in hdrs).encode('ascii') + b'\n' + body


def MP(sub, *parts):
    b = '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(1000, 9999),
                                 R.randint(10**12, 10**13))
    body = b'This is a multi-part message in MIME format.\n\n' if R.random() < .4 else b''
    for p in parts:
        body += b'--' + b.encode() + b'\n' + ser(p) + b'\n'
    body += b'--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s;\n boundary="%s"' % (sub, b))], body)


def alt(text, html, cs='utf-8', cte=('quoted-printable', 'quoted-printable')):
    return MP('alternative', T(text, 'plain', cs, cte[0]), T(html, 'html', cs, cte[1]))


def auth(box, dom, mailfrom, ip, ok=True, dmarc_policy='QUARANTINE'):
    """Authentication-Results as the receiving server would add it."""
    r = 'pass' if ok else 'fail'
    if box == 'p':
        s = ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
             '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
             '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s') % (
                 r, dom, R.choice(['ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'sel2023', 'a1', 'mail']),
                 al(8), mailfrom, ip, mailfrom, r, dmarc_policy, dmarc_policy,
                 'NONE' if ok else dmarc_policy, dom)
        if not ok:
            s = ('mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n'
                 '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                 '       dmarc=fail (p=%s sp=%s dis=%s) header.from=%s') % (
                     dom, 'sel1', al(8), mailfrom, ip, mailfrom, dmarc_policy, dmarc_policy,
                     dmarc_policy, dom)
        return s
    mfdom = mailfrom.split('@')[-1]
    if ok:
        return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
                ' header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100') % (
                    ip, mfdom, dom, dom)
    return ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n'
            ' header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000') % (
                ip, mfdom, dom)


def inbound(frm, to, subj, date, mid, box='p', dom=None, mailfrom=None, ip=None, ok=True,
            cc=None, irt=None, refs=None, extra=(), subj_cs='utf-8', noauth=False):
    dom = dom or frm.split('<')[-1].rstrip('>').split('@')[-1]
    mailfrom = mailfrom or ('0100019%s-%s-000000@email.amazonses.com' % (hx(9), hx(8))
                            if dom.endswith('amazon.com') else 'bounce-%s@%s' % (hx(6), dom))
    ip = ip or '54.240.%d.%d' % (R.randint(1, 60), R.randint(2, 250))
    rcpt = ME_P if box == 'p' else ME_C
    h = []
    if box == 'p':
        h.append(('Delivered-To', rcpt))
    h.append(('Return-Path', '<%s>' % mailfrom))
    host = mailfrom.split('@')[-1]
    if box == 'p':
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
                  '        for <%s>;\n        %s' % (host, host, ip, al(20), rcpt, date)))
    else:
        h.append(('Received', 'from %s (%s) by\n OS0P286CA0%d.outlook.office365.com (2603:1096:604::%s) with\n'
                  ' Microsoft SMTP Server id 15.20.%d.%d; %s' % (
                      host, ip, R.randint(100, 999), hx(3), R.randint(7000, 9000),
                      R.randint(10, 40), date)))
    if not noauth:
        h.append(('Authentication-Results', auth(box, dom, mailfrom, ip, ok)))
    h += [('Date', date), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', ew(subj, subj_cs)))
    h.append(('Message-ID', mid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h.extend(extra)
    return h


def outbound(frm, to, subj, date, mid, cc=None, irt=None, refs=None, extra=(), subj_cs='utf-8'):
    h = [('Date', date), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', ew(subj, subj_cs)))
    h.append(('Message-ID', mid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h.extend(extra)
    return h


def add(kind, needs, case, cands, hdrs, part, crlf=False, note=''):
    raw = (''.join('%s: %s\n' % (k, v) for k, v in hdrs).encode('ascii')
           + b'MIME-Version: 1.0\n' + ser(part))
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    MSGS.append(dict(raw=raw, kind=kind, needs_reply=needs, case=case,
                     candidate_ids=list(cands), note=note))


def gq(text):
    """'> ' quote every line (Gmail / Thunderbird style)."""
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def me_p():
    return addr(ME_NAME, ME_P)


def me_c():
    return addr(ME_NAME, ME_C)


def tc_from(name=TC_NAME):
    return addr(name, TC)


SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def t2h(text):
    """Plain paragraphs -> HTML paragraphs."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


def page(inner, font='Arial, Helvetica, sans-serif'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:%s;font-size:14px;color:#222">\n%s\n</body></html>' % (font, inner))


AWS_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
            'Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')
CONSOLE_NOTE = ('* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
                'To update your case, use the Support Center link above.')

# ---------------------------------------------------------------- 001
d = dt('2025-02-03 00:14:07', '+0000')
txt = '''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.41

To see a breakdown of your charges, sign in to the Billing and Cost Management console and open Bills. If you'd like invoices to go to a different address, you can change the billing contact under Account settings.

AWS Account ID: 482619370045

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

''' + AWS_FOOT
add('unrelated', False, None, [],
    inbound(addr('Amazon Web Services', NOREPLY), ME_P,
            'Amazon Web Services Billing Statement Available [Account: 482619370045]', d, mid_ses()),
    alt(txt, page(t2h(txt))),
    note='AWS billing from the same no-reply sender console cases use; 12-digit account ID; how-to only.')

# ---------------------------------------------------------------- 002
d = dt('2025-02-03 11:02:33')
txt = '''森永さん

お疲れさまです。田端です。
退職日が2/28で確定したと人事から聞きました。ここまで本当にありがとうございました。

引き継ぎの段取りを組みたいので、森永さんが担当している顧客の AWS アカウント一覧(アカウントID、契約形態、窓口担当者)を今週金曜までに送ってもらえますか。
フォーマットは自由で構いません。スプレッドシートで共有してもらえれば、こちらで後任と割り振ります。

あと、APN のパートナーセントラル上の認定資格の扱いは、アライアンス担当の小松さんが確認してくれるそうです。何か連絡が来たら対応をお願いします。

田端 浩二
株式会社ほしぞらDX クラウドインテグレーション部'''
add('unrelated', False, None, [],
    inbound(addr('田端 浩二', 'k.tabata@hoshizora-dx.co.jp', 'iso-2022-jp'), me_c(),
            '引き継ぎリストのお願い', d, mid_outlook(), box='c', subj_cs='iso-2022-jp',
            mailfrom='k.tabata@hoshizora-dx.co.jp', ip='40.107.74.%d' % R.randint(2, 250),
            extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    T(txt, 'plain', 'iso-2022-jp', '7bit'),
    note='Colleague asks for a list by Friday (段取りを組みたいので…送ってもらえますか): a real request, but not an AWS case.')

# ---------------------------------------------------------------- 003
d = dt('2025-02-04 15:30:12', '+0000')
txt = '''Hello Ayaka Morinaga,

Your AWS Certified Cloud Practitioner certification expires on August 3, 2025, 180 days from today.

Candidate ID: AWS07731946

To keep it active, the next step is yours: pass the current version of the exam, or earn any Associate or Professional level certification, before the expiration date. Recertification exams can be scheduled from your AWS Certification Account under Exam Registration.

If you already hold a higher-level certification that renews this one, you can disregard this notice.

Regards,
AWS Certification

You are receiving this message because you hold an AWS Certification. Please do not reply to this e-mail; this mailbox is not monitored.'''
add('certification', False, None, [ID_C],
    inbound(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
            'Your AWS Certification expires in 180 days', d, mid_other('certmetrics.com'),
            box='c', dom='certmetrics.com', mailfrom='bounces@mail.certmetrics.com', ip='168.245.%d.%d' % (R.randint(1, 99), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Certification expiry; "the next step is yours" means recertify, no reply to anyone.')

# ---------------------------------------------------------------- 004
d = dt('2025-02-05 01:20:44', '+0000')
txt = '''Hello,

To finish creating your AWS Builder ID, enter the verification code below on the sign-up page:

    739205

The code expires in 30 minutes. For your security, don't share it with anyone; AWS will never ask you for it by phone or e-mail.

If you didn't try to create an AWS Builder ID, you can ignore this message.

AWS Builder ID'''
add('unrelated', False, None, [],
    inbound(addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
            d, mid_ses(), dom='signin.aws', mailfrom='0100019%s-000000@send.signin.aws' % hx(12)),
    T(txt, cte='7bit'),
    note='One-time code mail, purpose phrasing ("To finish creating..."), 6-digit code is not a case.')

# ---------------------------------------------------------------- 005
d = dt('2025-02-05 10:55:19')
txt = '''自分用メモ(会社PCから転送)

■ 認定アカウント
・会社: a.morinaga@hoshizora-dx.co.jp / 候補ID AWS07731946 (APN連携あり)
・個人: morinaga.ayaka.dev@gmail.com / 候補ID AWS12058803 (今朝 Builder ID で新規作成、履歴なし)

■ 保有資格
・Cloud Practitioner (2025/8 失効予定)
・Solutions Architect - Associate
・Developer - Associate ← Credly にバッジが出ていない気がする。あとで確認

■ 特典
・50% 割引バウチャー 未使用 (6/30 まで)

■ TODO
[x] 試験履歴のスクショ
[x] 認定証PDFを全部ダウンロード
[ ] 問い合わせフォームから統合依頼 (残すのは個人アドレス)
[ ] 2/28 までに完了させる(会社メールはその日で停止)'''
add('user_reply', False, None, [ID_C, ID_P],
    inbound(me_c(), ME_P, 'AWS認定 移行メモ(自分用)', d, mid_outlook(), dom='hoshizora-dx.co.jp',
            mailfrom=ME_C, ip='40.107.74.%d' % R.randint(2, 250),
            extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    T(txt, cte='base64'),
    note='Owner\'s note to self from the company address; lists both candidate IDs; TODO list looks like requests.')

# ---------------------------------------------------------------- 006
MID_A1 = mid_ses()
d = dt('2025-02-05 03:12:58', '+0000')
A1 = '''Hello,

Thank you for reaching out to AWS Training and Certification. We have created case %s for your request, and a member of our team will get back to you, typically within one business day.

To help us work through requests in the order they arrive, please don't submit the form again for the same issue: a second case only adds time. If there's something you forgot to mention, you can reply to this message and it will be added to the case.

Here is a copy of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Ayaka Morinaga
Email: morinaga.ayaka.dev@gmail.com
Message:
I'm leaving my current employer at the end of February and would like to merge the certification account that uses my work address (a.morinaga@hoshizora-dx.co.jp) into the account I have just created with my personal address (morinaga.ayaka.dev@gmail.com). Please keep the personal address on file.

Best regards,
AWS Training and Certification Customer Service''' % CA
add('acknowledgement', False, CA, [],
    inbound(tc_from(), ME_P, '[CASE %s] %s' % (CA, SUBJ_TC), d, MID_A1),
    alt(A1, page(t2h(A1))),
    note='Acknowledgement with purpose-phrased instruction ("To help us ..., please don\'t submit again") and a conditional reply invitation.')

# ---------------------------------------------------------------- 007
MID_D1 = mid_ses()
d = dt('2025-02-06 00:48:31', '+0000')
txt = '''お問い合わせいただきありがとうございます。

AWS トレーニングと認定カスタマーサービスです。お客様のお問い合わせに対し、ケース番号 %s を発行いたしました。担当者より、通常1営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございますので、あらかじめご了承ください。

なお、同じご依頼を重ねて送信されますと、それぞれが別のケースとして登録され、かえって回答が遅れる原因となります。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文:
昨日フォームから送信しましたが、会社のアドレスに確認メールが届かないため再送します。会社のアカウント (a.morinaga@hoshizora-dx.co.jp) を個人アカウント (morinaga.ayaka.dev@gmail.com) に統合してください。

追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス''' % CD
add('acknowledgement', False, CD, [],
    inbound(tc_from(), ME_C, '[CASE %s] %s' % (CD, SUBJ_TC), d, MID_D1, box='c'),
    T(txt, cte='base64'), crlf=True,
    note='Japanese acknowledgement of a second, duplicate form; CRLF, base64; conditional 〜がございましたら invitation.')

# ---------------------------------------------------------------- 008
MID_A2 = mid_ses()
D_A2 = dt('2025-02-06 14:30:05', '+0000')
A2 = '''Hello Ayaka,

My name is Marisol and I'll be looking after your merge request.

I searched our certification system for both of the addresses you gave. The personal one turns up straight away, but the work address matches more than one profile, which usually means an old profile from the Amazon-account sign-in days exists alongside the one you use today.

To help us pin down the right record on the work side, the candidate ID of each account you want included is the quickest route. You'll find it in the top right corner after signing in to the Certification Account page with that login: it starts with "AWS" followed by eight digits. The same number is printed on your certificates and score reports.

As soon as those are on the case I can carry on with the merge.

Kind regards,
Marisol R.
AWS Training and Certification Customer Service'''
add('info_request', True, CA, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A2, MID_A2,
            irt=MID_A1, refs=MID_A1),
    T(A2, cte='7bit'),
    note='Request put as a purpose ("To help us pin down..., the candidate ID ... is the quickest route"); no "please", no question mark; how-to text explains where to find the ID.')

# ---------------------------------------------------------------- 009
d = dt('2025-02-06 16:05:47', '+0000')
txt = '''Hello,

Thank you for getting in touch again. This request is already open under case %s, which was submitted from morinaga.ayaka.dev@gmail.com on February 5 and is being handled by a colleague. Our confirmation e-mails go to the address typed into the form, which is why nothing arrived at your work address the first time.

So that all of the correspondence about your merge stays in one place, I have linked the two cases and closed this one (%s). Your request has not been lost: work continues on case %s, and anything you send there will reach the agent handling it.

There is nothing you need to do on this case.

Best regards,
Hyun-woo
AWS Training and Certification''' % (CA, CD, CA)
add('case_update', False, CD, [],
    inbound(tc_from(), ME_C, 'RE:[CASE %s] %s' % (CD, SUBJ_TC), d, mid_ses(), box='c',
            irt=MID_D1, refs=MID_D1),
    alt(txt, page(t2h(txt))),
    note='Duplicate case closed and linked; mentions the other case number three times; "closed" but the request is not done.')

# ---------------------------------------------------------------- 010
d = dt('2025-02-06 18:41:10', '+0000')
mid = '<kotori-dev/cdk-patterns/pull/212/c%d@github.com>' % R.randint(2000000000, 2600000000)
txt = '''Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kotori-dev/cdk-patterns/pull/212#event-%d
You are receiving this because you authored the thread.''' % R.randint(10**10, 10**11)
html = ('<p>Merged <a href="https://github.com/kotori-dev/cdk-patterns/pull/212">#212</a> into main.</p>\n'
        '<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, '
        '<a href="https://github.com/kotori-dev/cdk-patterns/pull/212">view it on GitHub</a>.<br>'
        'You are receiving this because you authored the thread.</p>')
add('unrelated', False, None, [],
    inbound(addr('Ryo Hanazawa', 'notifications@github.com'), addr('kotori-dev/cdk-patterns', 'cdk-patterns@noreply.github.com'),
            'Re: [kotori-dev/cdk-patterns] Add S3 lifecycle construct (PR #212)', d, mid,
            dom='github.com', mailfrom='noreply@github.com', ip='192.30.252.%d' % R.randint(190, 210),
            cc=addr('Ayaka Morinaga', ME_P) + ', Author <author@noreply.github.com>',
            irt='<kotori-dev/cdk-patterns/pull/212@github.com>',
            refs='<kotori-dev/cdk-patterns/pull/212@github.com>',
            extra=[('List-ID', 'kotori-dev/cdk-patterns <cdk-patterns.kotori-dev.github.com>'),
                   ('X-GitHub-Reason', 'author')]),
    MP('alternative', T(txt, cte='7bit'), T(html, 'html', cte='7bit')),
    note='GitHub "Merged ... into main": the word merged, nothing to do with accounts.')

# ---------------------------------------------------------------- 011
MID_A3 = mid_gmail()
D_A3 = dt('2025-02-07 08:20:51')
A3 = '''Hi Marisol,

Thanks for looking into this. Here are the candidate IDs:

- Work account (a.morinaga@hoshizora-dx.co.jp): AWS07731946
- Personal account (morinaga.ayaka.dev@gmail.com): AWS12058803

I don't know of any other profile on the work address, but I did sign in with an Amazon account many years ago, so that may be the extra one. If it holds nothing, feel free to fold it in as well.

Best,
Ayaka'''
txt = A3 + '\n\nOn Thu, Feb 6, 2025 at 11:30 PM AWS Training and Certification <%s> wrote:\n\n%s\n' % (TC, gq(A2))
html = ('<div dir="ltr">' + t2h(A3) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        'On Thu, Feb 6, 2025 at 11:30 PM AWS Training and Certification &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        '%s</blockquote></div>' % (TC, TC, t2h(A2)))
add('user_reply', False, CA, [ID_C, ID_P],
    outbound(me_p(), tc_from(), 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A3, MID_A3,
             irt=MID_A2, refs=MID_A1 + '\n ' + MID_A2),
    MP('alternative', T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable')),
    note='Owner\'s reply with both candidate IDs, Gmail quoting of the request.')

# ---------------------------------------------------------------- 012
MID_A4 = mid_ses()
D_A4 = dt('2025-02-07 22:10:26', '+0000')
A4 = '''Hello Ayaka,

Thank you for sending the candidate IDs; they let us locate both records, along with the older profile you mentioned.

While reviewing the work-side record I found that it is connected to an AWS Partner Network organization (Hoshizora DX Inc.). Certifications held in a partner-linked profile count toward that organization's partner standing, so we can't move them out on our own: the organization's administrator in AWS Partner Central has to release the link first. I have sent the request to our partner team, who will contact the organization directly.

Until they respond, your case is on hold. This part is between us and the partner, so there is nothing for you to send right now. I'll write again as soon as I hear back, usually within a few business days.

Regards,
Tomasz K.
AWS Training and Certification'''
html = page(t2h(A4) + '\n<hr style="border:none;border-top:1px solid #ccc">\n'
            '<div style="color:#555"><b>From:</b> Ayaka Morinaga &lt;%s&gt;<br><b>Sent:</b> 2/6/2025 11:20 PM<br>'
            '<b>Subject:</b> RE:[CASE %s] %s</div>\n<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">%s</blockquote>'
            % (ME_P, CA, SUBJ_TC, t2h(A3)))
add('on_hold', False, CA, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A4, MID_A4,
            irt=MID_A3, refs=' '.join([MID_A1, MID_A2, MID_A3])),
    T(html, 'html', cte='quoted-printable'),
    note='HTML-only partner hold; "nothing for you to send"; candidate IDs appear only in the quoted reply below.')

# ---------------------------------------------------------------- 013
d = dt('2025-02-09 01:00:00', '+0000')
txt = '''AWS Summit Japan 2025 事前登録受付中

人気のセッションは当日満席になることがあります。ご希望のセッションに確実にご参加いただくため、お早めに事前登録をお済ませください。

・開催日: 2025年6月25日(水)〜26日(木)
・会場: 幕張メッセ
・参加費: 無料(事前登録制)

登録はこちら: https://aws.amazon.com/jp/summits/japan/

本メールは、AWS からの情報配信に登録いただいた方にお送りしています。配信停止をご希望の場合は、下記リンクから手続きしてください。
https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社'''
add('unrelated', False, None, [],
    inbound(addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
            '【事前登録受付中】AWS Summit Japan 2025 ご希望のセッションを確保するために', d,
            mid_other('mktomail.amazon.com'), dom='amazon.com',
            mailfrom='%s@mktomail.awscloud.com' % hx(10),
            extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')]),
    alt(txt, page(t2h(txt), "'Hiragino Sans', Meiryo, sans-serif"), cte=('base64', 'base64')),
    note='AWS marketing in Japanese with a purpose-phrased call to action.')

# ---------------------------------------------------------------- 014
d = dt('2025-02-10 07:45:18', '+0000')
txt = '''Hello Ayaka,

Thank you for contacting Microsoft Learn support. My name is Jonas and I will be assisting with your request to merge your two Microsoft Learn profiles (case 2502100040003872).

Before we can merge the profiles, we need you to confirm which sign-in address should remain as the primary one: a.morinaga@hoshizora-dx.co.jp or morinaga.ayaka.dev@gmail.com. Your Azure certification (AZ-104) and its transcript will move to the profile you choose.

Please reply to this e-mail with your choice. If we don't receive a response within 3 business days, the case will be archived.

Best regards,
Jonas W.
Microsoft Learn Support'''
add('unrelated', False, None, [],
    inbound(addr('Microsoft Learn Support', 'learnsupport@support.microsoft.com'), ME_P,
            'Case 2502100040003872: merge Microsoft Learn profiles', d, mid_other('support.microsoft.com'),
            dom='support.microsoft.com', mailfrom='learnsupport@support.microsoft.com',
            ip='52.100.%d.%d' % (R.randint(1, 200), R.randint(2, 250))),
    alt(txt, page(t2h(txt), 'Segoe UI, sans-serif')),
    note='Another vendor asks to confirm a profile merge "before we can"; looks like a confirmation request but is not AWS.')

# ---------------------------------------------------------------- 015
MID_A5 = mid_ses()
D_A5 = dt('2025-02-11 02:40:03', '+0000')
A5 = '''Hello Ayaka,

A quick update on the partner side. Our partner team reached Hoshizora DX's Partner Central administrator, who is willing to release your certifications once your departure is on record. Until then the profile stays tied to the organization, so your case remains on hold for now.

The partner team asked us to check one thing with you, since only you can speak to it: are you in fact leaving Hoshizora DX, and if so, what will your last working day be? With that on file they can complete the release on their end; the next step here is yours.

Regards,
Tomasz K.
AWS Training and Certification'''
add('on_hold', True, CA, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A5, MID_A5,
            irt=MID_A4, refs=' '.join([MID_A1, MID_A2, MID_A3, MID_A4])),
    T(A5, cte='quoted-printable'),
    note='Still on hold (partner must act) but a question is buried in the hold and "the next step here is yours": reply needed.')

# ---------------------------------------------------------------- 016
MID_A6 = mid_gmail()
D_A6 = dt('2025-02-11 18:05:37')
A6 = '''Hello Tomasz,

Yes, I'm leaving Hoshizora DX. My last working day is Friday, February 28, 2025, and the a.morinaga@hoshizora-dx.co.jp mailbox will be switched off that evening, so it would be a great help if the merge could be done before then.

Thank you,
Ayaka Morinaga'''
txt = A6 + '\n\nOn 2/11/25 11:40 AM, AWS Training and Certification wrote:\n' + gq(A5) + '\n'
add('user_reply', False, CA, [],
    outbound(me_p(), tc_from(), 'Re: RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A6, MID_A6,
             irt=MID_A5, refs=' '.join([MID_A1, MID_A4, MID_A5]),
             extra=[('User-Agent', 'Mozilla Thunderbird')]),
    T(txt, cte='8bit'),
    note='Owner answers the buried hold question (Thunderbird, "Re: RE:" subject).')

# ---------------------------------------------------------------- 017
d = dt('2025-02-12 09:12:40', '+0000')
txt = '''Dear Ayaka Morinaga,

Thank you for contacting Pearson VUE regarding your AWS Certified SysOps Administrator - Associate appointment.

Registration ID: 418260937
Current appointment: 27 February 2025, 10:00 JST, Tokyo Shinagawa Test Center

Before we can process your reschedule request, we need two alternative dates and times that work for you, as the test center has limited availability in March. Please reply to this e-mail with your preferences and we will confirm the new booking.

Appointments changed less than 24 hours before the start time are forfeited, so please allow enough time.

Kind regards,
Pearson VUE Customer Service - Asia Pacific'''
add('unrelated', False, None, [],
    inbound(addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_C,
            'Pearson VUE: your reschedule request (Registration 418260937)', d, mid_other('pearson.com'),
            box='c', dom='pearson.com', mailfrom='pvcs@mail.pearson.com',
            ip='159.182.%d.%d' % (R.randint(1, 200), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Exam vendor "before we can ... we need": a real ask, but an exam vendor, not a T&C case; 9-digit registration ID.')

# ---------------------------------------------------------------- 018
MID_A7 = mid_ses()
d = dt('2025-02-13 01:15:52', '+0000')
txt = '''Hello Ayaka,

Good news: Hoshizora DX's partner administrator has released your certifications, so the hold on your case is lifted. I have handed the case back to our accounts team to prepare the merge.

The next step is on our side. They will review all the records and write to you with the details before anything is changed; there is nothing you need to send in the meantime.

Thanks for your patience,
Tomasz K.
AWS Training and Certification'''
add('case_update', False, CA, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), d, MID_A7,
            irt=MID_A6, refs=' '.join([MID_A1, MID_A5, MID_A6])),
    alt(txt, page(t2h(txt))),
    note='Hold lifted; "the next step is on our side" (mirror image of a next-step request).')

# ---------------------------------------------------------------- 019
d = dt('2025-02-13 13:31:02')
txt = '''森永さん

メールありがとうございます。
2月13日(木)〜2月17日(月)は休暇のため不在にしております。期間中はメールを確認できませんので、2月18日以降に順次対応いたします。

お急ぎの場合は、同じチームの大塚 (y.otsuka@hoshizora-dx.co.jp) までご連絡ください。

佐藤 芽衣'''
add('unrelated', False, None, [],
    inbound(addr('佐藤 芽衣', 'm.sato@hoshizora-dx.co.jp'), me_c(), '自動応答: 2月の定例会の資料について',
            d, mid_outlook(), box='c', mailfrom='m.sato@hoshizora-dx.co.jp',
            ip='40.107.74.%d' % R.randint(2, 250),
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
    T(txt, cte='quoted-printable'),
    note='Colleague\'s out-of-office auto-reply in Japanese.')

# ---------------------------------------------------------------- 020
MID_A8 = mid_ses()
D_A8 = dt('2025-02-14 05:30:14', '+0000')
A8 = '''Hi Ayaka,

I'm Dev from the accounts team, and I've picked up your case now that the partner hold has been cleared.

Here is what I found under your name:

Profile 1
  Candidate ID: AWS12058803
  Sign-in email: morinaga.ayaka.dev@gmail.com
  Training notifications: morinaga.ayaka.dev@gmail.com
  Certification notifications: morinaga.ayaka.dev@gmail.com

Profile 2
  Candidate ID: AWS07731946
  Sign-in email: a.morinaga@hoshizora-dx.co.jp
  Training notifications: a.morinaga@hoshizora-dx.co.jp
  Certification notifications: a.morinaga@hoshizora-dx.co.jp

Profile 3 (created 2017 via Amazon.com sign-in, no exams)
  Sign-in email: a.morinaga@hoshizora-dx.co.jp

Before I can merge anything, I need your go-ahead on two points: that all three profiles are yours, and that Profile 1 is the one to keep. A merge can't be reversed, which is why we ask. Once your reply confirms both, I'll fold Profiles 2 and 3 into Profile 1.

Best regards,
Devraj P.
AWS Training and Certification'''
rows = [('Profile 1', 'AWS12058803', ME_P, ME_P, ME_P),
        ('Profile 2', 'AWS07731946', ME_C, ME_C, ME_C),
        ('Profile 3 (2017, Amazon.com sign-in, no exams)', '&mdash;', ME_C, '&mdash;', '&mdash;')]
tbl = ('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">'
       '<tr style="background:#f2f3f3"><th></th><th>Candidate ID</th><th>Sign-in email</th>'
       '<th>Training notifications</th><th>Certification notifications</th></tr>'
       + ''.join('<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows)
       + '</table>')
html = page('<p>Hi Ayaka,</p><p>I\'m Dev from the accounts team, and I\'ve picked up your case now that the partner hold has been cleared.</p>'
            '<p>Here is what I found under your name:</p>' + tbl +
            '<p>Before I can merge anything, I need your go-ahead on two points: that all three profiles are yours, '
            'and that Profile 1 is the one to keep. A merge can\'t be reversed, which is why we ask. Once your reply '
            'confirms both, I\'ll fold Profiles 2 and 3 into Profile 1.</p><p>Best regards,<br>Devraj P.<br>'
            'AWS Training and Certification</p>')
add('confirmation_request', True, CA, [ID_P, ID_C],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A8, MID_A8, cc=ME_C,
            irt=MID_A7, refs=' '.join([MID_A1, MID_A6, MID_A7])),
    alt(A8, html),
    note='Confirmation put as a precondition ("Before I can merge anything, I need your go-ahead"); HTML table version.')

# ---------------------------------------------------------------- 021
MID_A9 = mid_outlook()
D_A9 = dt('2025-02-14 16:22:09')
A9 = '''Hi Dev,

Confirmed: all three are mine. Please merge Profiles 2 and 3 into Profile 1 (the gmail one).

Regards,
Ayaka Morinaga
Hoshizora DX Inc. | Cloud Integration Dept.'''
A9Q = A9 + '''

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, February 14, 2025 2:30 PM
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

%s''' % (TC, ME_P, ME_C, CA, SUBJ_TC, A8)
add('user_reply', False, CA, [],
    outbound(me_c(), tc_from(), 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A9, MID_A9,
             irt=MID_A8, refs=' '.join([MID_A1, MID_A7, MID_A8]),
             extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', 'RE:[CASE %s] %s' % (CA, SUBJ_TC))]),
    alt(A9Q, page(t2h(A9Q), 'Calibri, sans-serif')), crlf=True,
    note='Owner confirms, but from the company address (Outlook quoting, CRLF). Candidate IDs only in the quoted original.')

# ---------------------------------------------------------------- 022
MID_A10 = mid_ses()
D_A10 = dt('2025-02-15 00:50:40', '+0000')
A10 = '''Hi Ayaka,

Thanks for the quick answer. One snag: your confirmation reached us from a.morinaga@hoshizora-dx.co.jp, which belongs to one of the profiles being merged away. For security, the go-ahead has to come from the mailbox of the profile that will remain, so that we know its owner agrees to receive the history.

The same confirmation sent from morinaga.ayaka.dev@gmail.com is all that's missing; I'll run the merge as soon as it arrives.

Dev'''
A10Q = A10 + '\n\n-----Original Message-----\nFrom: Ayaka Morinaga <%s>\nSent: Friday, February 14, 2025 7:22 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s' % (
    ME_C, TC, CA, SUBJ_TC, A9Q)
add('info_request', True, CA, [],
    inbound(tc_from(), ME_C, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A10, MID_A10, box='c', cc=ME_P,
            irt=MID_A9, refs=' '.join([MID_A1, MID_A8, MID_A9])),
    T(A10Q, cte='quoted-printable'),
    note='Write-from-the-other-address request with no imperative ("The same confirmation sent from ... is all that\'s missing"); quoted "Confirmed" and candidate IDs below.')

# ---------------------------------------------------------------- 023
MID_A11 = mid_gmail()
D_A11 = dt('2025-02-15 10:12:44')
A11 = '''Hi Dev,

Sorry about that, writing from my personal address now. I confirm that Profiles 1, 2 and 3 all belong to me and that Profile 1 (morinaga.ayaka.dev@gmail.com, AWS12058803) should be kept. Please go ahead with the merge.

Ayaka'''
txt = A11 + '\n\nOn Sat, Feb 15, 2025 at 9:50 AM AWS Training and Certification <%s> wrote:\n\n%s\n' % (TC, gq(A10Q))
add('user_reply', False, CA, [ID_P],
    outbound(me_p(), tc_from(), 'RE:[CASE %s] %s' % (CA, SUBJ_TC), D_A11, MID_A11, cc=ME_C,
             irt=MID_A10, refs=' '.join([MID_A1, MID_A8, MID_A9, MID_A10])),
    T(txt, cte='quoted-printable'),
    note='Owner\'s confirmation from the right address, top-posted over the whole thread.')

# ---------------------------------------------------------------- 024
d = dt('2025-02-15 06:00:00', '+0000')
txt = '''週刊クラウド便り 2025年2月第3週号

━━━━━━━━━━━━━━━━━━
■ 今週の注目記事
━━━━━━━━━━━━━━━━━━
1. 転職前に必ずやっておきたい AWS 認定アカウントの整理術
   会社のメールアドレスで作った認定アカウントは、退職前に個人アドレスのアカウントへ統合しておくのがおすすめです。手順はシンプルで、(1) Builder ID を個人アドレスで作成、(2) 問い合わせフォームで「アカウントの統合」を選んで送信、(3) サポートから確認メールが来たら返信、の3ステップ。確認メールへの返信を忘れるとケースがクローズされてしまうので注意しましょう。
   → https://cloud-dayori.jp/articles/aws-cert-merge

2. Amazon Bedrock の新しいモデル評価機能を試す
   → https://cloud-dayori.jp/articles/bedrock-eval

3. 読者アンケートのお願い
   今後の誌面づくりの参考にするため、1分で終わるアンケートにご協力ください。
   → https://cloud-dayori.jp/survey

配信停止: https://cloud-dayori.jp/unsubscribe
発行: クラウド便り編集部'''
add('unrelated', False, None, [],
    inbound(addr('クラウド便り', 'news@cloud-dayori.jp'), ME_P, '週刊クラウド便り: 転職前にやっておきたい AWS 認定アカウントの整理術',
            d, mid_other('cloud-dayori.jp'), dom='cloud-dayori.jp', mailfrom='bounce@mail.cloud-dayori.jp',
            ip='27.110.%d.%d' % (R.randint(1, 200), R.randint(2, 250)),
            extra=[('List-Unsubscribe', '<https://cloud-dayori.jp/unsubscribe>')]),
    alt(txt, page(t2h(txt), 'Meiryo, sans-serif')),
    note='Japanese newsletter that explains the merge how-to (reply to the confirmation mail...) and asks for a survey.')

# ---------------------------------------------------------------- 025
MID_A12 = mid_ses()
d = dt('2025-02-15 09:40:21', '+0000')
txt = '''Hello Ayaka,

Thank you: your confirmation from the personal address is on the case, and the merge is now running. Merges that involve a partner-linked profile take a little longer than usual, so expect it to finish within one to two business days.

A few things you may find useful while you wait (none of them need an answer):

- To avoid landing in the old profile by accident, sign out of the AWS Builder ID tied to your work address before you next open the Certification Account page.
- If you haven't already, download PDF copies of your certificates; they are handy while the records move.
- Hold off on scheduling a new exam until you hear from us, so that the booking doesn't end up on a profile that is being retired.

I'll confirm on this case once the merge is complete.

Aisling
AWS Training and Certification'''
add('case_update', False, CA, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), d, MID_A12, cc=ME_C,
            irt=MID_A11, refs=' '.join([MID_A1, MID_A10, MID_A11])),
    T(txt, cte='7bit'), crlf=True,
    note='Merge running; how-to advice with purpose clauses ("To avoid...", "so that the booking...") that asks no reply.')

# ---------------------------------------------------------------- 026
MID_A13 = mid_ses()
d = dt('2025-02-17 03:05:09', '+0000')
A13 = '''Hi Ayaka,

All done: I've merged Profiles 2 and 3 into Profile 1. Your exam history and your three active certifications now sit under morinaga.ayaka.dev@gmail.com, candidate ID AWS12058803.

To check the result, sign in with your personal Builder ID and open Exam History and Certifications in turn. Credly usually emails within a day so that you can accept the badges under your personal address; accepting them happens in Credly, not with us.

Your case is now resolved and there's nothing further needed from you. If something looks wrong later, replying here within 14 days will reopen it.

Best regards,
Devraj P.
AWS Training and Certification'''
txt = A13 + '\n\n---------- Previous message ----------\nFrom: AWS Training and Certification\nDate: Fri, Feb 14, 2025 05:30 UTC\n\n' + A8
add('resolved', False, CA, [ID_P],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), d, MID_A13,
            irt=MID_A12, refs=' '.join([MID_A1, MID_A11, MID_A12])),
    alt(txt, page(t2h(A13) + '<hr><div style="color:#666">' + t2h(A8) + '</div>')),
    note='Merge done; quotes the earlier go-ahead request (with both IDs) unmarked under a separator; advice about Credly.')

# ---------------------------------------------------------------- 027
d = dt('2025-02-17 03:41:55', '+0000')
txt = '''Ayaka, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

So that it shows on your Credly profile and can be shared with employers, accept the badge first:
https://www.credly.com/badges/5b9e2a61-7d0c-4e3b-9f4a-2c81d6e0a7f3/accept

Once accepted, you can add it to LinkedIn or download a certificate image.

Credly, Inc.
You are receiving this email because a badge was issued to this address.'''
add('badge', False, None, [],
    inbound(addr('Credly', 'admin@credly.com'), ME_P, 'Ayaka, you\'ve earned a badge from Amazon Web Services Training and Certification',
            d, mid_other('credly.com'), dom='credly.com', mailfrom='bounces+%s@em.credly.com' % R.randint(1000000, 9999999),
            ip='167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Credly badge issued after the merge; "So that it shows ..., accept" is an action in Credly, not a reply.')

# ---------------------------------------------------------------- 028
d = dt('2025-02-18 03:10:00', '+0000')
txt = '''Hello,

Your recent case with AWS Training and Certification (case %s) was marked resolved. We'd like to know how it went.

So that we can keep improving, please take two minutes to rate your experience:
https://aws-tc-feedback.amazon.com/s/%s

The survey is optional and your answers are anonymous.

AWS Training and Certification Customer Service''' % (CA, hx(20))
add('survey', False, CA, [],
    inbound(addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
            'How did we do? Case %s' % CA, d, mid_ses()),
    alt(txt, page(t2h(txt))),
    note='Satisfaction survey phrased with "So that we can ..., please"; optional.')

# ---------------------------------------------------------------- 029
d = dt('2025-02-18 11:26:30', '+0000')
html = page('''<h2 style="color:#232f3e">Thank you for your purchase</h2>
<table cellpadding="4" style="font-size:13px">
<tr><td>Order number</td><td>SB-2025-0218-77413</td></tr>
<tr><td>Product</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00 (tax included)</td></tr>
<tr><td>Billed to</td><td>Ayaka Morinaga</td></tr>
</table>
<p>To manage or cancel your subscription, go to <b>My account &gt; Subscriptions</b> on AWS Skill Builder.
Keep this receipt for your records; you don't need to reply to it.</p>
<p style="font-size:11px;color:#888">%s</p>''' % AWS_FOOT)
add('unrelated', False, None, [],
    inbound(addr('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P, 'Your AWS Skill Builder receipt (SB-2025-0218-77413)',
            d, mid_ses(), dom='skillbuilder.aws', mailfrom='0100019%s-000000@mail.skillbuilder.aws' % hx(10)),
    T(html, 'html', cte='base64'),
    note='HTML-only Skill Builder receipt; AWS training but not a support case.')

# ---------------------------------------------------------------- 030
d = dt('2025-02-20 16:02:11', '+0000')
txt = '''Dear Ayaka Morinaga,

AWS Certification wants to hear from you.

As an AWS Certified individual (Candidate ID: AWS12058803), your experience helps us shape future exams and benefits. We are running a 10-minute survey until March 7, 2025:

https://survey.certmetrics.com/aws/%s

Participation is voluntary and won't affect your certification status.

Thank you,
AWS Certification Program''' % hx(12)
add('certification', False, None, [ID_P],
    inbound(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS Certification wants to hear from you',
            d, mid_other('certmetrics.com'), dom='certmetrics.com', mailfrom='bounces@mail.certmetrics.com',
            ip='168.245.%d.%d' % (R.randint(1, 99), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Programme survey from CertMetrics: a certification mail, not a case survey; candidate ID in own text.')

# ---------------------------------------------------------------- 031
d = dt('2025-02-21 06:33:48', '+0000')
txt = '''Dear Certification Holder,

Your account merge request (Case 173872516100481) is almost complete.

Before we can finalize the transfer of your AWS Certifications, our security team must re-verify ownership of the destination account. To complete this step, sign in at the secure portal below within 48 hours:

https://aws-certification-desk.com/verify?case=173872516100481

Alternatively, reply to this message with your AWS Builder ID email and password and our team will complete the verification for you.

Certifications that are not verified in time will be forfeited and cannot be restored.

AWS Certification Support Team'''
add('suspicious', False, None, [],
    inbound(addr('AWS Certification Support', 'case-team@aws-certification-desk.com'), ME_P,
            'RE: [CASE 173872516100481] Account merge - final verification required', d,
            mid_other('aws-certification-desk.com'), dom='aws-certification-desk.com',
            mailfrom='case-team@aws-certification-desk.com', ip='185.231.%d.%d' % (R.randint(1, 200), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Lookalike domain, near-miss case number, "Before we can finalize..." plus a demand for a password reply.')

# ---------------------------------------------------------------- 032
d = dt('2025-02-24 10:15:26')
txt = '''森永 彩花 様

情報システム部です。
退職に伴う手続きについてご案内します。

1. メールボックスの停止
   2月28日(金) 18:00 に a.morinaga@hoshizora-dx.co.jp のメールボックスを停止します。停止後の転送設定はできませんので、必要なメールは各自で保存しておいてください。

2. PC・セキュリティカードの返却
   返却日時の調整のため、2月26日(水)までに、ご希望の日時をこのメールへの返信でお知らせください。

3. SaaS アカウントの削除
   業務で利用していた外部サービスのアカウントは、最終出社日に一括で停止します。

ご不明な点は内線 4410 までお問い合わせください。

株式会社ほしぞらDX 情報システム部'''
add('unrelated', False, None, [],
    inbound(addr('情報システム部', 'it-helpdesk@hoshizora-dx.co.jp'), me_c(),
            '【ご案内】退職に伴うPC返却とメールボックス停止について', d, mid_outlook(), box='c',
            mailfrom='it-helpdesk@hoshizora-dx.co.jp', ip='40.107.74.%d' % R.randint(2, 250)),
    T(txt, cte='quoted-printable'),
    note='Company IT asks for a reply with dates ("調整のため"): real ask, but internal, not AWS.')

# ---------------------------------------------------------------- 033
d = dt('2025-02-26 17:48:02')
old = '''Hello,

I have merged your two certification accounts as requested. Everything from the profile under a.morinaga@hoshizora-dx.co.jp (AWS07731946) is now on that same profile, and the duplicate created through Amazon.com sign-in has been retired.

No further action is required. This case will now be closed.

Regards,
Anand
AWS Training and Certification'''
txt = '''自分用: 2021年に重複アカウントを統合したときのやりとり。会社のメールが止まる前に個人アドレスへ保存しておく。
(このときは依頼から1時間かからずに終わった)

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2021年7月14日 10:02
宛先: 森永 彩花 <%s>
件名: RE:[CASE %s] %s

%s''' % (TC, ME_C, COLD, SUBJ_TC, old)
add('user_reply', False, COLD, [],
    inbound(me_c(), ME_P, 'FW: RE:[CASE %s] %s' % (COLD, SUBJ_TC), d, mid_outlook(), dom='hoshizora-dx.co.jp',
            mailfrom=ME_C, ip='40.107.74.%d' % R.randint(2, 250),
            extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    alt(txt, page(t2h(txt), 'Yu Gothic, sans-serif'), cte=('base64', 'base64')),
    note='Owner forwards an old, resolved 10-digit case to herself; "merged" and a candidate ID only in the forwarded part.')

# ---------------------------------------------------------------- 034
d = dt('2025-02-27 14:20:45', '+0000')
txt = '''Hello Ayaka Morinaga,

A new benefit has been added to your AWS Certification Account.

To view and use your benefits:
1. Sign in to your AWS Certification Account.
2. Choose Benefits from the menu.
3. Copy the voucher code and enter it at checkout when you schedule your next exam.

Vouchers can't be exchanged for cash and expire on the date shown on the Benefits page. If you don't plan to take an exam soon, no action is needed.

AWS Certification'''
add('certification', False, None, [],
    inbound(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
            'New benefit available in your AWS Certification Account', d, mid_other('certmetrics.com'),
            dom='certmetrics.com', mailfrom='bounces@mail.certmetrics.com',
            ip='168.245.%d.%d' % (R.randint(1, 99), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Benefits notice: numbered how-to steps, no reply.')

# ---------------------------------------------------------------- 035
d = dt('2025-03-01 10:00:12')
txt = '''森永 彩花 さん

ことのはラボ人事部の石川です。3月17日からのご入社、チーム一同楽しみにしております。

入社日までに PC とアカウントを準備するため、3月5日(水)までに以下のフォームへご回答ください。
https://forms.kotonoha-labs.jp/onboarding/7Q2XK

・希望する PC (Mac / Windows)
・保有資格(証明書の写しは入社後で構いません)
・緊急連絡先

不明点があれば、このメールに返信していただければ対応します。

株式会社ことのはラボ 人事部
石川 雄大'''
add('unrelated', False, None, [],
    inbound(addr('石川 雄大', 'y.ishikawa@kotonoha-labs.jp'), ME_P, '入社手続きのご案内(3/5締切)', d,
            mid_gmail(), dom='kotonoha-labs.jp', mailfrom='y.ishikawa@kotonoha-labs.jp',
            ip='209.85.%d.%d' % (R.randint(128, 220), R.randint(2, 250))),
    alt(txt, '<div dir="ltr">' + t2h(txt) + '</div>', cte=('base64', 'base64')),
    note='New employer onboarding with a purpose-phrased deadline; not AWS.')

# ---------------------------------------------------------------- 036
MID_B1 = mid_ses()
SUBJ_B = '[AWS Training and Certification Form Submission] - digital-badges'
d = dt('2025-03-04 10:21:50', '+0000')
txt = '''Case ID: %s
Status: Open

Dear Ayaka Morinaga,

We've received your message and opened the case above. Our team answers most requests within 24 hours; some need more research and take a little longer.

What you told us:
"After my accounts were merged (case %s), the AWS Certified Developer - Associate badge never arrived in Credly. The Solutions Architect and Cloud Practitioner badges came through without problems."

You don't need to do anything right now. We'll e-mail you at this address as soon as there's an update.

AWS Training and Certification''' % (CB, CA)
add('acknowledgement', False, CB, [],
    inbound(tc_from(), ME_P, '[CASE %s] %s' % (CB, SUBJ_B), d, MID_B1),
    T(txt, cte='7bit'),
    note='Second case acknowledged (different template); the form text cites the earlier case number.')

# ---------------------------------------------------------------- 037
d = dt('2025-03-04 23:00:03', '+0000')
html = page('''<h3>Your week on Credly</h3>
<p>Your badges were viewed <b>7 times</b> this week.</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate &mdash; 5 views</li>
<li>AWS Certified Cloud Practitioner &mdash; 2 views</li></ul>
<p><b>Tip:</b> so that badges issued to your other email addresses land in one place, add every address you use under
<i>Settings &gt; Email</i>.</p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; Manage email preferences</p>''')
add('badge', False, None, [],
    inbound(addr('Credly', 'admin@credly.com'), ME_P, 'Your weekly Credly digest', d, mid_other('credly.com'),
            dom='credly.com', mailfrom='bounces+%s@em.credly.com' % R.randint(1000000, 9999999),
            ip='167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))),
    T(html, 'html', cte='quoted-printable'),
    note='HTML-only Credly digest with a "so that..." tip.')

# ---------------------------------------------------------------- 038
MID_B2 = mid_ses()
D_B2 = dt('2025-03-05 06:10:38', '+0000')
B2 = '''Hello Ayaka,

Thanks for the details. I looked the badge up: the Developer - Associate badge was issued on 12 September 2023, but to a Credly profile registered under an email that isn't on your certification account, which is why it never showed up for you.

So that we can move the badge to the right Credly profile, the one thing we're missing is the email address you sign in to Credly with. The next step is yours: once I have that address, I'll ask our badging team to reissue the badge.

Best,
Kenji O.
AWS Training and Certification'''
add('info_request', True, CB, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CB, SUBJ_B), D_B2, MID_B2, irt=MID_B1, refs=MID_B1),
    T(page(t2h(B2)), 'html', cte='base64'),
    note='HTML-only, base64; request as "So that we can ..., the one thing we\'re missing is ..." + "The next step is yours".')

# ---------------------------------------------------------------- 039
d = dt('2025-03-06 02:30:17', '+0000')
txt = '''Hello,

Thank you for contacting AWS Educate. We're sorry to hear you're unable to sign in.

To help us locate your AWS Educate account, reply to this e-mail with the address you registered with and the name of the school you were studying at when you joined. Accounts inactive for more than three years may have been archived, in which case we'll explain how to start a new one.

Best regards,
AWS Educate Support'''
add('unrelated', False, CEDU, [],
    inbound(addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
            'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % CEDU, d, mid_ses()),
    alt(txt, page(t2h(txt))),
    note='Same sender family and subject shape, same purpose-phrased ask, but another programme (AWS Educate): unrelated, no reply flag.')

# ---------------------------------------------------------------- 040
MID_C1 = mid_ses()
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CC
d = dt('2025-03-07 01:22:40', '+0000')
txt = '''Dear Amazon Web Services Customer,

Thank you for contacting AWS Support. We have opened case %s to address your question:

Subject: Exam benefit voucher missing after account merge
Severity: General guidance
Correspondence: My certification accounts were merged on February 17 (case %s). Before the merge the old account showed an unused 50%% exam discount voucher, but the Benefits page of the merged account is empty. Could the voucher be restored?

To see the case or add information, use the AWS Support Center:
%s

Sincerely,
Amazon Web Services

%s

%s''' % (CC, CA, CONSOLE, CONSOLE_NOTE, AWS_FOOT)
add('acknowledgement', False, CC, [],
    inbound(addr('Amazon Web Services', NOREPLY), ME_P, 'Amazon Web Services: New Support case: %s' % CC,
            d, MID_C1),
    T(txt, cte='7bit'),
    note='Console case opened (11-digit ID); quotes the owner\'s question and an older case number.')

# ---------------------------------------------------------------- 041
MID_B3 = mid_ses()
D_B3 = dt('2025-03-08 07:00:27', '+0000')
B3 = '''Hello Ayaka,

I'm following up on case %s about the Developer - Associate badge.

To keep the case open, a reply with the email address behind your Credly profile is all it takes. Without one, the case will close automatically on March 11; if that happens, replying afterwards will reopen it.

Kenji O.
AWS Training and Certification''' % CB
add('closing_notice', True, CB, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CB, SUBJ_B), D_B3, MID_B3, irt=MID_B2,
            refs=MID_B1 + ' ' + MID_B2),
    alt(B3, page(t2h(B3))),
    note='Closing notice phrased as a condition ("To keep the case open, a reply ... is all it takes").')

# ---------------------------------------------------------------- 042
MID_C2 = mid_ses()
D_C2 = dt('2025-03-08 13:45:09', '+0000')
C2 = '''Hello,

Thank you for contacting AWS Training and Certification through the Support Center. My name is Priya.

I checked your merged certification account and can see the merge completed on February 17. Vouchers don't always follow a merge, because each one is tied to the candidate ID it was issued under.

To help us trace it, I'd need the candidate ID of the account where the voucher originally appeared and roughly when you received it. With those I can ask our benefits team to reissue it under your current ID.

To respond, please use the Support Center link below; replies to this e-mail are not received.

Best regards,
Priya S.
Amazon Web Services

Check the case and reply here:
%s

Was this response helpful? Rate it in the Support Center.

%s''' % (CONSOLE, CONSOLE_NOTE)
add('info_request', True, CC, [],
    inbound(addr('Amazon Web Services', NOREPLY), ME_P,
            'RE:[CASE %s] Exam benefit voucher missing after account merge' % CC, D_C2, MID_C2,
            irt=MID_C1, refs=MID_C1),
    alt(C2, page(t2h(C2))),
    note='Console case: purpose-phrased ask that must be answered in the Support Center, not by e-mail; rating footer.')

# ---------------------------------------------------------------- 043
MID_B4 = mid_gmail()
D_B4 = dt('2025-03-09 09:30:55')
B4 = '''Hi Kenji,

Sorry for the slow reply. My Credly profile is under ayaka.m.cloud@outlook.jp, an old address I had completely forgotten about. Please move the badge there. I'll also add my gmail address to that Credly profile so future badges find it.

Thanks,
Ayaka'''
txt = B4 + '\n\n________________________________\nFrom: AWS Training and Certification <%s>\nSent: Saturday, March 8, 2025 16:00\nTo: %s\nSubject: RE:[CASE %s] %s\n\n%s\n' % (
    TC, ME_P, CB, SUBJ_B, B3)
add('user_reply', False, CB, [],
    outbound(me_p(), tc_from(), 'RE:[CASE %s] %s' % (CB, SUBJ_B), D_B4, MID_B4, irt=MID_B3,
             refs=' '.join([MID_B1, MID_B2, MID_B3])),
    T(txt, cte='quoted-printable'),
    note='Owner answers the closing notice with the Credly address (Outlook-style separator).')

# ---------------------------------------------------------------- 044
d = dt('2025-03-09 10:12:30')
txt = '''石川様

お世話になっております。森永です。
入社フォームの「保有資格」の欄に関連して、AWS 認定のバッジ通知を転送いたします。
証明書の PDF が必要でしたら、入社日にお持ちします。

森永 彩花

---------- Forwarded message ---------
From: Credly <admin@credly.com>
Date: 2025年2月17日(月) 12:41
Subject: Ayaka, you've earned a badge from Amazon Web Services Training and Certification
To: <%s>

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate
''' % ME_P
add('user_reply', False, None, [],
    outbound(me_p(), addr('石川 雄大', 'y.ishikawa@kotonoha-labs.jp'),
             'Fwd: Ayaka, you\'ve earned a badge from Amazon Web Services Training and Certification', d, mid_gmail()),
    T(txt, cte='base64'),
    note='Owner forwards a Credly badge mail to the new employer\'s HR.')

# ---------------------------------------------------------------- 045
MID_B5 = mid_ses()
d = dt('2025-03-10 02:30:44', '+0000')
txt = '''Hello Ayaka,

Thanks, that explains it. I've passed the request to our digital badging team together with ayaka.m.cloud@outlook.jp. They usually need three to five business days.

So that the badge lands where you expect, it helps to add morinaga.ayaka.dev@gmail.com to that Credly profile as well (Credly > Settings > Email). That's something you can do at your end; there's no need to write back to us about it.

I'll update the case once the badging team has finished.

Kenji'''
add('case_update', False, CB, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CB, SUBJ_B), d, MID_B5, irt=MID_B4,
            refs=' '.join([MID_B1, MID_B3, MID_B4])),
    T(txt, cte='7bit'),
    note='Passed to another team; "So that the badge lands..., it helps to add..." is advice, explicitly no reply.')

# ---------------------------------------------------------------- 046
d = dt('2025-03-11 14:00:03', '+0000')
txt = '''Hello,

We haven't received a response on case %s and wanted to check whether you still need help with the missing exam voucher.

Unless a reply is added in the Support Center, this case will be marked resolved automatically in 5 days. A case that has been resolved for 14 days can't be reopened, so if the voucher is still missing, the link below is the way back to us:

%s

Amazon Web Services

%s''' % (CC, CONSOLE, CONSOLE_NOTE)
add('closing_notice', True, CC, [],
    inbound(addr('Amazon Web Services', NOREPLY), ME_P,
            'RE:[CASE %s] Exam benefit voucher missing after account merge' % CC, d, mid_ses(),
            irt=MID_C2, refs=MID_C1 + ' ' + MID_C2),
    T(txt, cte='7bit'), crlf=True,
    note='Console auto-resolve warning ("Unless a reply is added..."); answer in the Support Center.')

# ---------------------------------------------------------------- 047
d = dt('2025-03-12 05:18:36', '+0000')
txt = '''##- Please type your reply above this line -##

Shiorinote サポートの長谷川です。

ワークスペース「morinaga-notes」の復元についてお問い合わせいただきありがとうございます。

ワークスペースの所有者確認ができるまで、復元手続きに進むことができません。次のステップはお客様側となります。最後にお支払いいただいた際の請求書番号(INV- から始まる番号)をこのメールに返信する形でお知らせください。確認でき次第、24時間以内に復元いたします。

--------------------------------
Shiorinote Support
チケット番号: #58210'''
add('unrelated', False, None, [],
    inbound(addr('Shiorinote Support', 'support@shiorinote.zendesk.com'), ME_P,
            '[Shiorinote] Re: ワークスペースの復元について (#58210)', d, mid_other('shiorinote.zendesk.com'),
            dom='shiorinote.zendesk.com', mailfrom='support@shiorinote.zendesk.com',
            ip='192.161.%d.%d' % (R.randint(144, 159), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Other vendor\'s ticket: "次のステップはお客様側" and a reply request, not AWS.')

# ---------------------------------------------------------------- 048
d = dt('2025-03-13 19:44:12', '+0000')
html = page('''<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:18px">AWS Training and Certification</span></div>
<p>Hello,</p>
<p>Following recent changes to your AWS Certification Account, some of your certification records could not be verified.</p>
<p>So that we can retain your AWS Certifications and digital badges, please confirm your account details within
<b>24 hours</b>. Unconfirmed accounts will be deactivated and exam history removed.</p>
<p style="text-align:center"><a href="https://aws-training-verify.support-portal.click/login" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm my account</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">%s</p>''' % AWS_FOOT)
add('suspicious', False, None, [],
    inbound(addr('AWS Training and Certification', 'aws-certification@amazon.com'), ME_P,
            'Action required: confirm your certification profile to avoid deactivation', d,
            mid_other('mx7.trxmailer.net'), dom='amazon.com', mailfrom='notify@mx7.trxmailer.net',
            ip='91.215.%d.%d' % (R.randint(1, 200), R.randint(2, 250)), ok=False),
    T(html, 'html', cte='quoted-printable'),
    note='Looks like AWS, From amazon.com, but DKIM and DMARC fail; link to a foreign domain.')

# ---------------------------------------------------------------- 049
MID_C3 = mid_ses()
d = dt('2025-03-14 05:20:51', '+0000')
txt = '''Hello,

Thank you for adding the candidate ID in the Support Center. The voucher had been issued under AWS07731946 in October 2024; our benefits team has now reissued your 50%% exam discount under AWS12058803. It is valid until June 30, 2025.

To use it: sign in to your AWS Certification Account, open Benefits, and copy the code. It is applied at checkout when you schedule an exam.

I'm marking this case resolved. If the voucher doesn't show up, you can reopen the case from the Support Center within 14 days.

Best regards,
Priya S.
Amazon Web Services

Was this response helpful? Excellent | Good | Fair | Poor
%s

%s''' % (CONSOLE, CONSOLE_NOTE)
add('resolved', False, CC, [ID_C, ID_P],
    inbound(addr('Amazon Web Services', NOREPLY), ME_P,
            'RE:[CASE %s] Exam benefit voucher missing after account merge' % CC, d, MID_C3,
            irt=MID_C2, refs=MID_C1 + ' ' + MID_C2),
    alt(txt, page(t2h(txt))),
    note='Console case resolved (voucher reissued); how-to steps and a rating footer; two candidate IDs in new text.')

# ---------------------------------------------------------------- 050
d = dt('2025-03-15 05:30:00', '+0000')
txt = '''Hello,

Your AWS Support case %s was recently resolved. Tell us about your experience so that we can keep improving AWS Support.

How satisfied were you with the support you received?
%s

This survey takes about one minute.

Amazon Web Services

%s''' % (CC, 'https://console.aws.amazon.com/support/feedback?caseId=%s' % CC, AWS_FOOT)
add('survey', False, CC, [],
    inbound(addr('Amazon Web Services', NOREPLY), ME_P,
            'Amazon Web Services: How was your support experience? (Case %s)' % CC, d, mid_ses()),
    alt(txt, page(t2h(txt))),
    note='Console case survey.')

# ---------------------------------------------------------------- 051
d = dt('2025-03-17 01:40:16', '+0000')
txt = '''Hello Ayaka,

The badging team has reissued the AWS Certified Developer - Associate badge to the Credly profile under ayaka.m.cloud@outlook.jp. Credly will send an acceptance e-mail; follow the link in it to claim the badge.

If you'd like all your badges under one Credly login in future, merging two Credly profiles is handled by Credly's own support rather than by us.

With that, I'm closing this case. If anything is still missing, a reply here will reopen it.

Kenji O.
AWS Training and Certification'''
add('resolved', False, CB, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CB, SUBJ_B), d, mid_ses(), irt=MID_B5,
            refs=' '.join([MID_B1, MID_B4, MID_B5])),
    T(page(t2h(txt)), 'html', cte='quoted-printable'),
    note='HTML-only resolution; how-to ("follow the link to claim"), pointer to another vendor, conditional reopen.')

# ---------------------------------------------------------------- 052
d = dt('2025-03-17 02:05:41', '+0000')
txt = '''Congratulations, Ayaka!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept it to add it to your profile:
https://www.credly.com/badges/e41c0b77-3a9d-4f25-8d60-91b2c4a7e5d8/accept

Credly, Inc.'''
add('badge', False, None, [],
    inbound(addr('Credly', 'admin@credly.com'), ME_P,
            'Amazon Web Services Training and Certification issued you a new badge', d, mid_other('credly.com'),
            dom='credly.com', mailfrom='bounces+%s@em.credly.com' % R.randint(1000000, 9999999),
            ip='167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Credly badge reissued (to the profile that now also lists the gmail address).')

# ---------------------------------------------------------------- 053
MID_E1 = mid_ses()
SUBJ_E = '[CASE %s] お問い合わせを受け付けました' % CE
d = dt('2025-03-18 05:02:40', '+0000')
txt = '''森永 彩花 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下のとおり、お問い合わせを受け付けました。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
お問い合わせ内容:
認定証の氏名が「MORINAGA AYAKA」と姓名の順で印字されています。「Ayaka Morinaga」に修正していただくことは可能でしょうか。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。調査の内容によっては、さらにお時間をいただく場合がございます。

同一のご依頼でフォームを再度送信いただく必要はございません。補足の情報がございましたら、本メールへの返信でお寄せください。

AWS トレーニングと認定 カスタマーサービス''' % CE
add('acknowledgement', False, CE, [],
    inbound(tc_from(), ME_P, SUBJ_E, d, MID_E1, subj_cs='iso-2022-jp'),
    T(txt, 'plain', 'iso-2022-jp', '7bit'),
    note='Japanese acknowledgement, ISO-2022-JP body and subject; quoted form text contains a question.')

# ---------------------------------------------------------------- 054
d = dt('2025-03-19 00:05:31', '+0000')
txt = '''Dear AWS Customer,

Your AWS account 482619370045 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product: AmazonS3
Usage: 1,720 of 2,000 Put, Copy, Post or List Requests

To avoid charges beyond the Free Tier, review your usage in the Billing and Cost Management console. If you expect this usage, no action is needed.

Sincerely,
The Amazon Web Services Team'''
add('unrelated', False, None, [],
    inbound(addr('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), ME_P, 'AWS Free Tier limit alert',
            d, mid_ses(), dom='costalerts.amazonaws.com',
            mailfrom='0100019%s-000000@costalerts.amazonaws.com' % hx(10)),
    T(txt, cte='7bit'),
    note='Free Tier alert with "To avoid charges..." advice.')

# ---------------------------------------------------------------- 055
MID_E2 = mid_ses()
D_E2 = dt('2025-03-19 04:30:08', '+0000')
E2 = '''森永 彩花 様

AWS トレーニングと認定カスタマーサービスの佐々木と申します。
このたびは認定証の氏名表記についてお問い合わせいただき、ありがとうございます。

現在、お客様の認定アカウントには「MORINAGA AYAKA」と登録されており、認定証にもこの順序で印字されております。ご希望の「Ayaka Morinaga」への変更は、当方にて承ることが可能です。

ただし、認定アカウントの氏名は、試験当日にご提示いただく身分証明書の表記と一致している必要がございます。変更後の表記を確定させるため、パスポート等の身分証明書に記載されているローマ字表記(姓・名)を、本メールへのご返信にてご教示いただく必要がございます。なお、身分証明書の画像は添付なさらないようお願いいたします。

こちらを頂戴でき次第、修正の手続きに進めさせていただきます。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス'''
add('info_request', True, CE, [],
    inbound(tc_from(), ME_P, 'RE:' + SUBJ_E, D_E2, MID_E2, irt=MID_E1, refs=MID_E1),
    T(E2, 'plain', 'shift_jis', 'base64'),
    note='Japanese keigo request in a purpose clause (確定させるため、…ご教示いただく必要がございます), Shift_JIS base64.')

# ---------------------------------------------------------------- 056
MID_E3 = mid_ses()
D_E3 = dt('2025-03-24 02:00:19', '+0000')
E3 = '''森永 彩花 様

先日ご案内いたしました認定証の氏名表記の件につきまして、その後ご状況はいかがでしょうか。

修正を進めるには、身分証明書に記載のローマ字表記(姓・名)の確認が必要でございます。3月27日までにご返信を確認できない場合、本ケースはいったんクローズとさせていただきます。クローズ後であっても、本メールにご返信いただければケースは再開されますのでご安心ください。

佐々木
AWS トレーニングと認定 カスタマーサービス'''
add('closing_notice', True, CE, [],
    inbound(tc_from(), ME_P, 'RE:' + SUBJ_E, D_E3, MID_E3, irt=MID_E2, refs=MID_E1 + ' ' + MID_E2),
    alt(E3, page(t2h(E3), 'Meiryo, sans-serif')),
    note='Japanese closing notice: condition (ご返信を確認できない場合…クローズ) plus reassurance; no imperative.')

# ---------------------------------------------------------------- 057
MID_E4 = mid_gmail()
D_E4 = dt('2025-03-24 20:15:42')
E4 = '''佐々木様

ご連絡ありがとうございます。返信が遅くなり申し訳ございません。
パスポートの表記は以下のとおりです。

姓: MORINAGA
名: AYAKA

認定証には「Ayaka Morinaga」(名・姓の順)で記載いただけますと幸いです。
念のため、候補IDは AWS12058803 です。

よろしくお願いいたします。
森永 彩花'''
txt = E4 + '\n\n2025年3月24日(月) 11:00 AWS Training and Certification <%s>:\n\n%s\n' % (TC, gq(E3))
add('user_reply', False, CE, [ID_P],
    outbound(me_p(), tc_from(), 'Re: RE:' + SUBJ_E, D_E4, MID_E4, irt=MID_E3,
             refs=' '.join([MID_E1, MID_E2, MID_E3]), subj_cs='iso-2022-jp'),
    T(txt, 'plain', 'iso-2022-jp', '7bit'),
    note='Owner\'s Japanese reply (ISO-2022-JP, Gmail Japanese quote header), candidate ID in own text.')

# ---------------------------------------------------------------- 058
d = dt('2025-03-25 12:00:00', '+0000')
txt = '''森永 彩花 さん

JAWS-UG 東京 #64「認定資格とキャリア」への参加登録が完了しました。

日時: 2025年4月10日(木) 19:00〜21:00
会場: 東京都渋谷区(詳細は参加者のみに公開)
受付番号: 2741

当日の受付をスムーズに行うため、事前に参加者アンケートへのご回答をお願いします。
https://jawsug-tokyo.connpass.com/event/349187/survey/

キャンセルされる場合は、イベントページから参加登録を取り消してください。

connpass'''
add('unrelated', False, None, [],
    inbound(addr('connpass', 'no-reply@connpass.com'), ME_P, 'JAWS-UG 東京 #64 への参加登録が完了しました',
            d, mid_other('connpass.com'), dom='connpass.com', mailfrom='bounce@mail.connpass.com',
            ip='52.68.%d.%d' % (R.randint(1, 200), R.randint(2, 250))),
    T(txt, cte='8bit'),
    note='Event registration with a purpose-phrased survey request (受付をスムーズに行うため).')

# ---------------------------------------------------------------- 059
MID_E5 = mid_ses()
d = dt('2025-03-26 03:10:27', '+0000')
txt = '''森永 様

ご返信いただきありがとうございます。
いただいた内容をもとに、氏名表記の修正を担当部署へ依頼いたしました。反映までに 3〜5 営業日ほどかかる見込みです。

現時点で、お客様にご対応いただくことはございません。完了いたしましたら、改めてご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサービス'''
add('case_update', False, CE, [],
    inbound(tc_from(), ME_P, 'RE:' + SUBJ_E, d, MID_E5, irt=MID_E4,
            refs=' '.join([MID_E1, MID_E3, MID_E4])),
    alt(txt, page(t2h(txt), 'Meiryo, sans-serif'), cte=('base64', 'base64')),
    note='Japanese: escalated to another team, お客様にご対応いただくことはございません.')

# ---------------------------------------------------------------- 060
d = dt('2025-03-27 08:52:19', '+0000')
txt = '''Hi Ayaka,

Your AWS Certified Developer - Associate badge is waiting to be claimed.

To keep it, sign in and re-verify your AWS Builder ID within 72 hours. Unclaimed badges are revoked by the issuer and cannot be restored.

Claim and verify: https://credly-notify.net/claim/aws/%s

Credly Badge Services''' % hx(16)
add('suspicious', False, None, [],
    inbound(addr('Credly', 'badges@credly-notify.net'), ME_P,
            'Action needed: your AWS badge will expire unclaimed', d, mid_other('credly-notify.net'),
            dom='credly-notify.net', mailfrom='badges@credly-notify.net',
            ip='45.133.%d.%d' % (R.randint(1, 200), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Credly lookalike domain asking for the Builder ID sign-in ("To keep it, sign in...").')

# ---------------------------------------------------------------- 061
MID_E6 = mid_ses()
d = dt('2025-03-31 06:20:33', '+0000')
E6 = '''森永 彩花 様

お待たせいたしました。認定アカウントの氏名を「Ayaka Morinaga」に修正いたしました。

今後のご参考として、以下の点をお知らせいたします。いずれもご返信は不要です。
・修正前に発行された認定証の PDF は旧表記のままのため、認定アカウントの「認定」ページから改めてダウンロードしてください。
・Credly のバッジに表示される氏名は、Credly のプロフィール設定から別途変更していただく必要がございます。
・次回試験をご予約の際は、身分証明書と同じ表記になっているかを事前にご確認いただくことをおすすめいたします。

本件はこれにて解決とさせていただきます。ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス'''
txt = E6 + '\n\n----- 元のメッセージ -----\n差出人: AWS Training and Certification\n送信日時: 2025年3月19日 13:30\n件名: RE:%s\n\n%s\n' % (SUBJ_E, E2)
add('resolved', False, CE, [],
    inbound(tc_from(), ME_P, 'RE:' + SUBJ_E, d, MID_E6, irt=MID_E5,
            refs=' '.join([MID_E1, MID_E4, MID_E5])),
    T(txt, cte='quoted-printable'),
    note='Japanese resolution: how-to bullets (ダウンロードしてください) that need no reply, conditional invitation, and the old request quoted below.')

# ---------------------------------------------------------------- 062
d = dt('2025-04-01 02:00:00', '+0000')
txt = '''森永 彩花 様

先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました(ケース ID: %s)。

今後のサービス向上のため、対応についてのアンケートにご協力をお願いいたします。所要時間は1分ほどです。
https://aws-tc-feedback.amazon.com/s/ja/%s

ご回答は任意です。

AWS トレーニングと認定 カスタマーサービス''' % (CE, hx(20))
add('survey', False, CE, [],
    inbound(addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
            '[CASE %s] サポートに関するアンケートのお願い' % CE, d, mid_ses()),
    alt(txt, page(t2h(txt), 'Meiryo, sans-serif')),
    note='Japanese case survey with a [CASE] token in the subject.')

# ---------------------------------------------------------------- 063
d = dt('2025-04-02 15:30:40', '+0000')
txt = '''Hello Ayaka Morinaga,

This is a reminder that your AWS Certified Cloud Practitioner certification expires on August 3, 2025.

Candidate ID: AWS12058803

Before it lapses, you can recertify by passing the current exam or by earning a higher-level certification. Your active AWS Certified Solutions Architect - Associate already counts toward recertification, so you may not need to do anything; check Certifications in your AWS Certification Account to be sure.

AWS Certification'''
add('certification', False, None, [ID_P],
    inbound(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
            'Reminder: your AWS Certification expires on August 3, 2025', d, mid_other('certmetrics.com'),
            dom='certmetrics.com', mailfrom='bounces@mail.certmetrics.com',
            ip='168.245.%d.%d' % (R.randint(1, 99), R.randint(2, 250))),
    alt(txt, page(t2h(txt))),
    note='Expiry reminder ("Before it lapses, you can..."), candidate ID of the merged account.')

# ---------------------------------------------------------------- 064
MID_F1 = mid_ses()
d = dt('2025-04-03 23:40:21', '+0000')
txt = '''Hello,

We've received your request and opened case %s.

An agent will be in touch soon, usually within a day. There's no need to resubmit the form; doing so creates a separate case and can slow things down.

Your message:
While checking Credly I found that I also took the Cloud Practitioner exam in 2019 at my previous employer, Tsubame Software. That account is not in my current certification profile. Could it be merged into the account for morinaga.ayaka.dev@gmail.com as well?

Thank you,
AWS Training and Certification''' % CF
add('acknowledgement', False, CF, [],
    inbound(tc_from(), ME_P, '[CASE %s] %s' % (CF, SUBJ_TC), d, MID_F1),
    alt(txt, page(t2h(txt))),
    note='Short acknowledgement of a third case; the owner\'s own question is quoted inside it.')

# ---------------------------------------------------------------- 065
MID_F2 = mid_ses()
D_F2 = dt('2025-04-04 08:15:49', '+0000')
F2 = '''Hi Ayaka,

Thanks for getting in touch again; good to hear from you.

I searched for older profiles under your name and the addresses we already have, but nothing from 2019 comes up, so the old account must be registered under an e-mail we don't know about yet.

We can start looking as soon as we know the address you used at Tsubame Software, and, if you still have it, the candidate ID from that time, which appears on old score reports.

Aisling
AWS Training and Certification'''
add('info_request', True, CF, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CF, SUBJ_TC), D_F2, MID_F2, irt=MID_F1, refs=MID_F1),
    T(F2, cte='7bit'), crlf=True,
    note='Request stated purely as a condition ("We can start looking as soon as we know..."); no question, no imperative.')

# ---------------------------------------------------------------- 066
MID_F3 = mid_gmail()
D_F3 = dt('2025-04-05 09:02:13')
F3 = '''Hi Aisling,

I used ayaka.morinaga@tsubame-soft.jp back then. I found an old score report, and the candidate ID on it is AWS03395120. That mailbox no longer exists, so I can't write from it, I'm afraid.

Best regards,
Ayaka'''
txt = F3 + '\n\nOn Fri, Apr 4, 2025 at 5:15 PM AWS Training and Certification <%s> wrote:\n\n%s\n' % (TC, gq(F2))
html = ('<div dir="ltr">' + t2h(F3) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        'On Fri, Apr 4, 2025 at 5:15 PM AWS Training and Certification &lt;%s&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        '%s</blockquote></div>' % (TC, t2h(F2)))
add('user_reply', False, CF, [ID_O],
    outbound(me_p(), tc_from(), 'RE:[CASE %s] %s' % (CF, SUBJ_TC), D_F3, MID_F3, irt=MID_F2,
             refs=MID_F1 + ' ' + MID_F2),
    MP('alternative', T(txt, cte='quoted-printable'), T(html, 'html', cte='quoted-printable')),
    note='Owner supplies the old address and candidate ID.')

# ---------------------------------------------------------------- 067
MID_F4 = mid_ses()
D_F4 = dt('2025-04-07 02:30:02', '+0000')
F4 = '''森永 彩花 様

AWS トレーニングと認定カスタマーサービスの中村でございます。本ケースを引き継ぎましたので、以降は日本語にてご案内いたします。

いただいた候補 ID をもとに、以下の 2 つのアカウントを確認いたしました。

アカウント1(統合先)
  候補 ID: AWS12058803
  ログインメール: morinaga.ayaka.dev@gmail.com
  認定通知の送信先: morinaga.ayaka.dev@gmail.com

アカウント2(統合元)
  候補 ID: AWS03395120
  ログインメール: ayaka.morinaga@tsubame-soft.jp
  認定通知の送信先: ayaka.morinaga@tsubame-soft.jp
  保有認定: AWS Certified Cloud Practitioner(2019年取得、失効済み)

統合は実行後に元へ戻すことができません。そのため、統合の前に、上記 2 つのアカウントがいずれもお客様ご本人のものであること、またアカウント1を残す形でよろしいことを、お客様からのご返信で確認させていただいております。次のステップはお客様のご確認となります。

中村
AWS トレーニングと認定 カスタマーサービス'''
html = page(t2h(F4).replace('  ', '&nbsp;&nbsp;'), 'Meiryo, sans-serif')
add('confirmation_request', True, CF, [ID_P, ID_O],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CF, SUBJ_TC), D_F4, MID_F4, irt=MID_F3,
            refs=' '.join([MID_F1, MID_F2, MID_F3])),
    alt(F4, html),
    note='Japanese merge confirmation described as procedure (…確認させていただいております。次のステップはお客様のご確認) rather than asked.')

# ---------------------------------------------------------------- 068
MID_F5 = mid_gmail()
D_F5 = dt('2025-04-07 13:40:28')
F5 = '''中村様

ご確認ありがとうございます。
2つともわたしのアカウントで間違いありません。アカウント1を残し、アカウント2を統合してください。

よろしくお願いいたします。
森永 彩花'''
txt = F5 + '\n\n2025年4月7日(月) 11:30 AWS Training and Certification <%s>:\n\n%s\n' % (TC, gq(F4))
add('user_reply', False, CF, [],
    outbound(me_p(), tc_from(), 'RE:[CASE %s] %s' % (CF, SUBJ_TC), D_F5, MID_F5, irt=MID_F4,
             refs=' '.join([MID_F1, MID_F3, MID_F4])),
    T(txt, cte='base64'),
    note='Owner\'s Japanese confirmation; candidate IDs only in the quoted part.')

# ---------------------------------------------------------------- 069
MID_F6 = mid_ses()
d = dt('2025-04-08 01:12:55', '+0000')
txt = '''Hello Ayaka,

Nakamura-san has passed your confirmation to our records team, and I'm handling the merge itself. It should finish within two business days.

Before it completes, it's best not to book an exam, so that the booking is made against the final profile. You don't need to reply to this message; I'll write once the merge is done.

Gabriel
AWS Training and Certification'''
add('case_update', False, CF, [],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CF, SUBJ_TC), d, MID_F6, irt=MID_F5,
            refs=' '.join([MID_F1, MID_F4, MID_F5])),
    alt(txt, page(t2h(txt))),
    note='Passed to the records team; "Before it completes..., so that..." advice, explicitly no reply.')

# ---------------------------------------------------------------- 070
d = dt('2025-04-09 04:50:30', '+0000')
txt = '''Hello Ayaka,

The 2019 account is now merged into AWS12058803. Your 2019 Cloud Practitioner result appears in Exam History (marked expired), alongside everything else.

No further action is needed on your part. If you spot anything missing, reply here and we'll take another look.

Gabriel
AWS Training and Certification'''
add('resolved', False, CF, [ID_P],
    inbound(tc_from(), ME_P, 'RE:[CASE %s] %s' % (CF, SUBJ_TC), d, mid_ses(), irt=MID_F6,
            refs=' '.join([MID_F1, MID_F5, MID_F6])),
    T(txt, cte='7bit'),
    note='Short resolution with a conditional invitation ("If you spot anything missing, reply").')


# ---------------------------------------------------------------- write
def main():
    for name in os.listdir(OUT):
        if name.endswith('-msg.eml') or name.endswith('-msg.json'):
            os.remove(os.path.join(OUT, name))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(m['raw'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    counts = Counter(m['kind'] for m in MSGS)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(m['needs_reply'] for m in MSGS)))
    if os.environ.get('GEN_NOTES'):
        for i, m in enumerate(MSGS, 1):
            print('%03d|%s|%s|%s|%s' % (i, m['kind'], 'yes' if m['needs_reply'] else 'no', m['case'] or '', m['note']))


if __name__ == '__main__':
    main()
