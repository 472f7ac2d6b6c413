#!/usr/bin/env python3
"""Blind corpus blind-403: a mailbox around AWS Training and Certification support cases.

Stress theme: what is new and what is quoted (bottom-posting, interleaving, Japanese quote
headers, "|" / indented / unmarked quoting, 元のメッセージ separators).
Standard library only.  Run:  python3 gen.py   (writes next to this file)
"""
import base64
import datetime as dt
import email.utils
import hashlib
import html
import json
import os
import quopri
import re
from collections import Counter
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

ME_NAME = 'Wataru Tanabe'
ME_JA = '田辺 航'
ME_P = 'wataru.tanabe.k@gmail.com'
ME_C = 'w.tanabe@sorami-tech.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
CASE_A = '174096627700318'   # merge company -> personal (APN hold, reopened for a third account)
CASE_B = '174113387200952'   # duplicate form sent from the company address
CASE_C = '174253537000417'   # Support Center (console) case: voucher missing after merge
CASE_D = '174338228900126'   # Japanese form case: name on profile before an exam
SASAKI_CASE = '174116173100645'  # a colleague's own case, only seen forwarded
SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_A = 'RE:[CASE %s] %s' % (CASE_A, SUBJ_FORM)
CONSOLE_SUBJ_C = '50% exam voucher missing after certification account merge'
CONSOLE_LINK_C = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_C

MSGS = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def T(s, tz=JST):
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    return dt.datetime.strptime(s, fmt).replace(tzinfo=tz)


def hx(key, n=40):
    return hashlib.sha1(key.encode('utf-8')).hexdigest()[:n]


def mid_ses(key):
    x = hx(key)
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:32], x[28:40])


def mid_gmail(key):
    x = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()
    x = re.sub(r'[^A-Za-z0-9]', '', x)
    return '<CAK%s+%s@mail.gmail.com>' % (x[:28], x[28:40])


def mid_outlook(key):
    x = hx(key).upper()
    n = int(hx(key + 'n', 6), 16) % 9000 + 1000
    return '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (n, x[:16], n)


def mid_plain(key, domain):
    return '<%s.%s@%s>' % (hx(key, 12), hx(key + 'x', 8), domain)


def enc_hdr(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, header_name='Subject').encode(maxlinelen=76)


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, addr))
    return '%s <%s>' % (Header(name, cs).encode(), addr)


def q(text, p='> '):
    """Gmail/Outlook style quoting: prefix every line."""
    lines = text.strip('\n').split('\n')
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in lines)


def ind(text, n=4):
    return '\n'.join((' ' * n + l) if l.strip() else '' for l in text.strip('\n').split('\n'))


def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw)
    else:
        out = raw
    return out if out.endswith(b'\n') else out + b'\n'


def leaf(sub, text, cs='utf-8', cte='quoted-printable', extra=''):
    head = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (
        sub, cs, extra, cte)
    return head.encode('ascii') + body_bytes(text, cs, cte)


def multi(sub, parts, key, style='part'):
    h = hx(key + sub, 24)
    b = {'part': '----=_Part_%s' % h, 'gmail': '000000000000%s' % h[:12],
         'ms': '_000_%s_' % h.upper(), 'nxt': '--==_mimepart_%s' % h}[style]
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (sub, b)).encode('ascii')
    for p in parts:
        if not p.endswith(b'\n'):
            p += b'\n'
        out += b'--' + b.encode() + b'\n' + p
    out += b'--' + b.encode() + b'--\n'
    return out


def alt(text, htm, cs='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', key='x', style='part'):
    return multi('alternative', [leaf('plain', text, cs, cte_t), leaf('html', htm, cs, cte_h)], key, style)


def p2h(text, wrap=True):
    """Plain text to simple HTML, one <br> per line."""
    body = '<br>\n'.join(html.escape(l) for l in text.strip('\n').split('\n'))
    if not wrap:
        return body
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</div></body></html>\n' % body)


BQ = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">')


def gmail_html(text):
    """Render Gmail-style plain text with > levels as nested blockquotes."""
    out, cur = [], 0
    for line in text.strip('\n').split('\n'):
        m = re.match(r'^((?:> ?)+)', line)
        lvl = m.group(1).count('>') if m else 0
        content = line[m.end():] if m else line
        while cur < lvl:
            out.append(BQ)
            cur += 1
        while cur > lvl:
            out.append('</blockquote>')
            cur -= 1
        out.append(html.escape(content) + '<br>')
    out.extend(['</blockquote>'] * cur)
    return '<div dir="ltr">' + '\n'.join(out) + '</div>\n'


def recv_gmail(date, to, helo, ip, mailfrom, from_dom, dkim=None, spf='pass', dmarc='pass', policy='QUARANTINE'):
    """Headers Gmail adds on delivery to the personal address."""
    d = email.utils.format_datetime(date.astimezone(UTC))
    dkim = dkim if dkim is not None else [('pass', from_dom)]
    parts = []
    for res, dom in dkim:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, hx(dom, 8), hx(dom + d, 8)))
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
    parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
    return [
        'Delivered-To: %s' % to,
        'Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
        '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, hx(helo + d, 16), to, d),
        'Return-Path: <%s>' % mailfrom,
        'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts),
    ]


def recv_m365(date, helo, ip, mailfrom, from_dom, dkim='pass', spf='pass', dmarc='pass'):
    """Headers Exchange Online adds on delivery to the company address."""
    d = email.utils.format_datetime(date.astimezone(UTC))
    return [
        'Received: from %s (%s) by TYCPR01MB%d.jpnprd01.prod.outlook.com with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.25; %s' % (
            helo, ip, int(hx(helo, 4), 16) % 9000 + 1000, d),
        'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
        ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100' % (
            spf, ip, mailfrom.split('@')[-1], dkim, from_dom, dmarc, from_dom, 'pass' if dmarc == 'pass' else 'fail'),
        'Return-Path: <%s>' % mailfrom,
    ]


def ses_in(date, to, key):
    """Delivery headers for genuine Amazon SES mail (form cases, console, certmetrics...)."""
    mf = '0100%s-%s-000000@amazonses.com' % (hx(key, 16), hx(key + 'r', 8))
    ip = '54.240.%d.%d' % (int(hx(key, 2), 16) % 60 + 1, int(hx(key + 'i', 2), 16) % 250 + 2)
    helo = 'a%s.smtp-out.amazonses.com' % ip.replace('54.240.', '').replace('.', '-')
    if to == ME_C:
        return recv_m365(date, helo, ip, mf, 'amazon.com')
    return recv_gmail(date, to, helo, ip, mf, 'amazon.com', dkim=[('pass', 'amazon.com'), ('pass', 'amazonses.com')])


def add(key, kind, reply, case, cands, date, frm, to, subject, body, *, cc=None, irt=None,
        refs=None, pre=(), extra=(), mid=None, crlf=False, subj_cs='utf-8', note=''):
    mid = mid or mid_plain(key, 'mail.example.invalid')
    MIDS[key] = mid
    lines = list(pre)
    lines.append('From: ' + frm)
    lines.append('To: ' + to)
    if cc:
        lines.append('Cc: ' + cc)
    lines.append('Subject: ' + enc_hdr(subject, subj_cs))
    lines.append('Date: ' + email.utils.format_datetime(date))
    lines.append('Message-ID: ' + mid)
    if irt:
        lines.append('In-Reply-To: ' + (irt if irt.startswith('<') else MIDS[irt]))
    if refs:
        lines.append('References: ' + '\n '.join(r if r.startswith('<') else MIDS[r] for r in refs))
    lines.extend(extra)
    lines.append('MIME-Version: 1.0')
    raw = ('\n'.join(lines) + '\n').encode('ascii') + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(key=key, kind=kind, needs_reply=reply, case=case, cands=list(cands),
                     date=date, raw=raw, note=note, subject=subject))


# Signatures and recurring blocks
SIG_ME_P = '--\nWataru Tanabe\nwataru.tanabe.k@gmail.com'
SIG_ME_C = ('--\n田辺 航 / Wataru Tanabe\n株式会社ソラミテクノロジー クラウド推進部\n'
            'w.tanabe@sorami-tech.co.jp / 03-5812-4470')
SIG_SASAKI = '--\n佐々木 亮 / Ryo Sasaki\n株式会社ソラミテクノロジー クラウド推進部\nr.sasaki@sorami-tech.co.jp'
CONSOLE_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
                'Amazon.com, Inc.\nThis message was produced and distributed by Amazon Web Services, Inc., '
                '410 Terry Ave. North, Seattle, WA 98109-5210')


# ================================================================ messages, arrival order
# ---- 001 GitHub: "merge" vocabulary and a quoted question, not support
T001 = """@wtanabe-k thanks, I pulled your branch and the retry loop behaves against the flaky bucket.

> Could you check whether this also covers multipart uploads? The 503 I hit was on part 7 of 12.

It does - the retry wraps UploadPart too, so a single failed part is re-sent without restarting the whole upload. I'll merge once CI is green.

--
Reply to this email directly, view it on GitHub:
https://github.com/kmurata-lab/tsuzuri/pull/212#issuecomment-2693318842
You are receiving this because you were mentioned.
"""
d = T('2025-03-01 08:41:07')
add('001', 'unrelated', False, None, [], d,
    A('Kenta Murata', 'notifications@github.com'), A('kmurata-lab/tsuzuri', 'tsuzuri@noreply.github.com'),
    'Re: [kmurata-lab/tsuzuri] Retry uploads on HTTP 503 (PR #212)',
    alt(T001, gmail_html(T001), key='001', cte_t='7bit'),
    cc=A(ME_NAME, ME_P) + ', ' + A('Mention', 'mention@noreply.github.com'),
    irt='<kmurata-lab/tsuzuri/pull/212@github.com>', refs=['<kmurata-lab/tsuzuri/pull/212@github.com>'],
    mid='<kmurata-lab/tsuzuri/pull/212/c2693318842@github.com>',
    pre=recv_gmail(d, ME_P, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com'),
    extra=['List-ID: kmurata-lab/tsuzuri <tsuzuri.kmurata-lab.github.com>', 'X-GitHub-Reason: mention',
           'Precedence: list'],
    note='GitHub PR comment: quoted question and the word "merge"; a person, not support.')

# ---- 002 certmetrics expiry notice (program mail, not a case)
T002 = """Hello Wataru Tanabe,

Your AWS Certified Developer - Associate certification expires on 2025-05-31.

Candidate ID: AWS03318452
Certification: AWS Certified Developer - Associate
Validation number: 7QH2LK4B1EF41TZC
Expiration date: 2025-05-31

To keep the certification active, pass the current version of the exam (or a higher-level exam that recertifies it) before the expiration date. Any discount vouchers in your account are listed under Benefits.

Sign in to your AWS Certification account to see your options.

AWS Certification
"""
d = T('2025-03-02 10:04:51', UTC)
add('002', 'certification', False, None, ['AWS03318452'], d,
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A('Wataru Tanabe', ME_C),
    'Your AWS Certified Developer - Associate certification expires in 90 days',
    alt(T002, p2h(T002), key='002'),
    mid=mid_plain('002', 'certmetrics.com'), crlf=True,
    pre=recv_m365(d, 'mail.certmetrics.com', '52.6.137.18', 'bounce@certmetrics.com', 'certmetrics.com'),
    note='Expiry notice with candidate ID in its own text; program mail, no case.')

# ---- 003 owner's note to self, forwarded from the company address (Outlook JP)
N003 = """自分用メモ(退職前の控え)

・会社アカウント: AWS03318452 (w.tanabe@sorami-tech.co.jp / APN連携あり)
・個人アカウント: AWS11607294 (今朝作成 / wataru.tanabe.k@gmail.com)
・保有資格: SAA (2026/06まで)、DVA (2025/05/31 失効予定 → 下の通知)
・CLF は2019年に学生時代のアドレスで別アカウントを作って受けた気がする(要確認)
・特典: 50%割引バウチャー 1枚 未使用
・証明書PDF 3枚は個人ドライブに保存済み
・2021年に住所変更で開いたケース 8412093317 は解決済み、今回とは無関係

今日中にフォームから統合を申請する。個人アドレスで出すこと。
"""
F003 = """________________________________
差出人: AWS Certification <do-not-reply@certmetrics.com>
送信日時: 2025年3月2日 19:04
宛先: 田辺 航 <w.tanabe@sorami-tech.co.jp>
件名: Your AWS Certified Developer - Associate certification expires in 90 days

""" + T002
d = T('2025-03-03 09:58:12')
add('003', 'user_reply', False, None, ['AWS03318452', 'AWS11607294'], d,
    A(ME_JA, ME_C), A(None, ME_P),
    'FW: Your AWS Certified Developer - Associate certification expires in 90 days',
    alt(N003 + '\n' + SIG_ME_C + '\n\n' + F003, p2h(N003 + '\n' + SIG_ME_C + '\n\n' + F003),
        cte_t='base64', cte_h='base64', key='003', style='ms'),
    mid=mid_outlook('003'), crlf=True,
    pre=recv_gmail(d, ME_P, 'JPN01-TYC-obe.outbound.protection.outlook.com', '52.101.229.71',
                   ME_C, 'sorami-tech.co.jp', dkim=[('pass', 'sorami-tech.co.jp')], policy='NONE'),
    extra=['Thread-Topic: Your AWS Certified Developer - Associate certification expires in 90 days',
           'Content-Language: ja-JP', 'X-MS-Has-Attach:'],
    note='Owner\'s note to self above an Outlook forward block; two IDs in new text (the forwarded one again below); '
         'an old 2021 case number in passing, not a case of this mail.')

# ---- 004 acknowledgement of case A, echo of the form (owner's words) below the new text
FORM_A = """Inquiry type: Certification
Additional detail: Account Merge
Name: Wataru Tanabe
Email: wataru.tanabe.k@gmail.com
Country: Japan

How can we help you?
I am leaving Sorami Technologies on March 14 and want to keep my certifications after that. Please merge my company certification account (w.tanabe@sorami-tech.co.jp, candidate ID AWS03318452) into my new personal account (wataru.tanabe.k@gmail.com, candidate ID AWS11607294).
Addresses I have used with AWS Certification: w.tanabe@sorami-tech.co.jp, wataru.tanabe.k@gmail.com
Address to keep: wataru.tanabe.k@gmail.com
Could you also tell me whether the unused 50% exam voucher on the company account will move to the new one?"""
T004 = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case %s.

Someone from our team normally answers within one business day; requests that need another team can take a little longer. Sending the form again for the same matter opens a separate case and slows things down, so if you think of something to add, reply to this message instead.

This is what you sent us:

------------------------------------------------------------
%s
------------------------------------------------------------

Kind regards,
AWS Training and Certification Customer Support
""" % (CASE_A, FORM_A)
d = T('2025-03-03 01:47:02', UTC)
add('004', 'acknowledgement', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P),
    '[CASE %s] %s' % (CASE_A, SUBJ_FORM),
    alt(T004, p2h(T004), key='004'), mid=mid_ses('004'), crlf=True, pre=ses_in(d, ME_P, '004'),
    note='Ack; the echoed form holds the owner\'s own question and both candidate IDs, treated as history.')

# ---- 005 colleague, interleaved Japanese (ISO-2022-JP), a question from a person
T005 = """田辺さん

佐々木です。お返事ありがとうございます。

> 3/12(水)か3/13(木)なら大丈夫です。

13日は私が休みなので、12日(水) 19:00 からで押さえます。

> 場所はお任せします。

新橋の「炭火こまち」にしました。個室です。

それと、寄せ書きに新しい連絡先を載せたいのですが、個人のアドレスを書いてもいいですか?

""" + SIG_SASAKI + '\n'
d = T('2025-03-03 12:15:40')
add('005', 'unrelated', False, None, [], d,
    A('佐々木 亮', 'r.sasaki@sorami-tech.co.jp', 'iso-2022-jp'), A(ME_JA, ME_C, 'iso-2022-jp'),
    'RE: 送別会の日程', leaf('plain', T005, 'iso-2022-jp', '7bit'), subj_cs='iso-2022-jp',
    mid=mid_outlook('005'), irt=mid_outlook('005-parent'), refs=[mid_outlook('005-parent')], crlf=True,
    extra=['X-MS-Exchange-Organization-AuthAs: Internal', 'X-Mailer: Microsoft Outlook 16.0'],
    note='Colleague answers inline under quoted lines and asks a question; not support.')

# ---- 006 AWS billing from the same sender address as console cases
T006 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $18.42

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 483107265519

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Replies to this notification are not monitored.
"""
d = T('2025-03-03 13:30:15', UTC)
add('006', 'unrelated', False, None, [], d,
    A('Amazon Web Services', CONSOLE), A(None, ME_P),
    'Amazon Web Services Billing Statement Available [Account: 483107265519]',
    alt(T006, p2h(T006), key='006'), mid=mid_ses('006'), pre=ses_in(d, ME_P, '006'),
    note='Billing from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID.')

# ---- 007 on hold for the partner, with one question buried after the explanation
N007 = """Hello Wataru,

Thank you for your patience while I looked into this.

The company account in your request (AWS03318452) is connected to the AWS Partner Network profile of Sorami Technologies. Records that are linked to a partner count toward that partner's standing, so we can't move them until the partner's account administrator releases the link. I contacted the administrator on record this morning, and your case is on hold until they respond. You don't have to chase them yourself.

One thing I'd like to add to the case while we wait: what is your last working day at Sorami Technologies? The partner team asks for the date whenever a link is released for someone who is leaving.

Regards,
Marisol R.
Training and Certification Customer Support
Amazon Web Services"""
OM007 = """--------------- Original Message ---------------
From: Wataru Tanabe [wataru.tanabe.k@gmail.com]
Sent: 3/3/2025 1:44 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: %s

%s""" % (SUBJ_FORM, FORM_A)
d = T('2025-03-04 02:12:09', UTC)
add('007', 'on_hold', True, CASE_A, ['AWS03318452'], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A,
    leaf('plain', N007 + '\n\n' + OM007 + '\n', 'utf-8', 'quoted-printable'),
    cc=A(None, ME_C), irt='004', refs=['004'], mid=mid_ses('007'), crlf=True, pre=ses_in(d, ME_P, '007'),
    note='Partner hold ("nothing for you to chase") with a question in the second paragraph; form quoted '
         'below a Salesforce-style header with no > marks.')

# ---- 008 owner answers inline from the company Outlook (he was on Cc)
Q008 = q(N007)
for _a, _b in [
        ("chase them yourself.",
         "chase them yourself.\n\nYes, that's expected. Sorami is an APN partner and I linked the account when I joined.\n"),
        ("someone who is leaving.",
         "someone who is leaving.\n\nMarch 14, 2025. After that this company address stops working, so please keep "
         "writing to my personal address, wataru.tanabe.k@gmail.com. The account to keep is AWS11607294.\n")]:
    assert Q008.count(_a) == 1, _a
    Q008 = Q008.replace(_a, _b)
N008 = """Hi Marisol,

Thank you for the quick update. My answers are inline below.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 4, 2025 11:12 AM
To: wataru.tanabe.k@gmail.com
Cc: w.tanabe@sorami-tech.co.jp
Subject: %s

%s

One more question from my side: will the unused 50%% exam voucher on the company account move with the merge?

Best regards,
Wataru Tanabe

%s
""" % (SUBJ_A, Q008, SIG_ME_C)
d = T('2025-03-04 12:26:33')
add('008', 'user_reply', False, CASE_A, ['AWS11607294'], d,
    A(ME_NAME, ME_C), A('AWS Training and Certification', TC), 'RE: ' + SUBJ_A,
    leaf('plain', N008, 'utf-8', 'base64'), irt='007', refs=['004', '007'], mid=mid_outlook('008'), crlf=True,
    extra=['Thread-Topic: ' + SUBJ_A, 'Content-Language: en-US', 'X-Mailer: Microsoft Outlook 16.0'],
    note='Owner\'s reply from the company address, answers interleaved without markers between > lines; '
         'only AWS11607294 is typed by him (AWS03318452 sits in the quote).')

# ---- 009 Builder ID one-time code
T009 = """AWS Builder ID

Verify your identity

Your verification code is:

583016

This code expires in 10 minutes. If you did not try to sign in, you can ignore this message; someone may have typed your e-mail address by mistake.
"""
d = T('2025-03-04 13:05:44')
add('009', 'unrelated', False, None, [], d,
    A('AWS Builder ID', 'no-reply@signin.aws'), A(None, ME_P), 'Your AWS Builder ID verification code',
    alt(T009, p2h(T009), key='009'), mid=mid_ses('009'),
    pre=recv_gmail(d, ME_P, 'a8-30.smtp-out.amazonses.com', '54.240.8.30', '0100019560aa-signin@amazonses.com',
                   'signin.aws', dkim=[('pass', 'signin.aws'), ('pass', 'amazonses.com')]),
    note='Builder ID one-time code (6 digits), not case mail.')

# ---- 010 new agent: answer again from the case address; the quoted mail holds the old question too
N010 = """Hi Wataru,

I'm covering this case for Marisol today.

The reply we just received came from w.tanabe@sorami-tech.co.jp. That address belongs to one of the accounts being merged, not to the contact on this case, and we only take instructions about a merge from the address the case was opened with. Please send the same answers again from wataru.tanabe.k@gmail.com - replying to this e-mail from that mailbox is enough, and the subject line can stay as it is.

I have passed your voucher question to the agent who will carry out the merge.

Thanks,
Devika
AWS Training and Certification Customer Support"""
T010 = N010 + """

On Tue, Mar 4, 2025 at 3:26 AM, Wataru Tanabe <w.tanabe@sorami-tech.co.jp> wrote:
""" + q(N008) + '\n'
d = T('2025-03-04 09:05:27', UTC)
add('010', 'info_request', True, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A,
    leaf('plain', T010, 'utf-8', '8bit'), irt='008', refs=['004', '007', '008'], mid=mid_ses('010'),
    pre=ses_in(d, ME_P, '010'),
    note='New request (write again from the personal address) at the top; below it the quoted reply that '
         'itself quotes Marisol\'s earlier question (> >).')

# ---- 011 owner answers from Gmail, bottom-posted under a Japanese Gmail attribution
N011 = """Hi Devika,

Sending this from my personal address as you asked.

- Last working day at Sorami Technologies: March 14, 2025
- Account to keep: the personal one, wataru.tanabe.k@gmail.com
- I'd still like to know whether the 50% voucher moves as well.

Thank you,
Wataru"""
T011 = ('2025年3月4日(火) 18:05 AWS Training and Certification <%s>:\n' % TC) + q(T010) + '\n\n' + N011 + '\n'
d = T('2025-03-04 21:41:18')
add('011', 'user_reply', False, CASE_A, [], d,
    A(ME_NAME, ME_P), A('AWS Training and Certification', TC), 'Re: ' + SUBJ_A,
    alt(T011, gmail_html(T011), key='011', style='gmail'), irt='010', refs=['004', '007', '008', '010'],
    mid=mid_gmail('011'),
    note='Bottom-posted: his new words sit under three levels of quoted history that include two support requests.')

# ---- 012 acknowledgement of the duplicate case B, Japanese template, ISO-2022-JP, to the company address
FORM_B = """お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
氏名: 田辺 航
メールアドレス: w.tanabe@sorami-tech.co.jp

本日はどのようなサポートをお求めですか?
3日に個人のアドレスから統合を依頼しましたが、届いているか不安なので会社のアドレスからも送ります。
会社アカウント AWS03318452 を、個人アカウント AWS11607294 に統合してください。
3月14日で退職するため、それまでに対応いただけますでしょうか。"""
T012 = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ご依頼はケース %s として登録されました。

担当者から通常1営業日以内にご連絡いたします。内容によっては、ほかのチームへの確認のためお時間をいただくことがございます。
同じご用件のケースがすでにある場合、フォームを再送信されますと別のケースとして扱われ、対応が遅れる原因となります。追加の情報は、既存のケースのメールにご返信ください。

ご送信内容:
==============================
%s
==============================

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, FORM_B)
d = T('2025-03-05 00:20:36', UTC)
add('012', 'acknowledgement', False, CASE_B, [], d,
    A('AWS Training and Certification', TC), A(None, ME_C), '[CASE %s] %s' % (CASE_B, SUBJ_FORM),
    leaf('plain', T012, 'iso-2022-jp', '7bit'), mid=mid_ses('012'), crlf=True, pre=ses_in(d, ME_C, '012'),
    note='Second (duplicate) case, Japanese ack in ISO-2022-JP; the echoed form ends in keigo (いただけますでしょうか) '
         'written by the owner, and carries both IDs.')

# ---- 013 manager forwards an HR notice below a 元のメッセージ separator
T013 = """田辺さん

人事から下記の連絡が来ています。メールボックスは最終出社日の23:59で止まるそうです。
外部サービスに登録している会社アドレスは、それまでに切り替えておいてください。
引継ぎ資料は3/12(水)までに共有フォルダへお願いします。

森田

-----元のメッセージ-----
差出人: 人事部 <jinji@sorami-tech.co.jp>
送信日時: 2025年3月4日 17:30
宛先: 森田 健一 <k.morita@sorami-tech.co.jp>
件名: 【重要】退職者のメールアカウント停止について

部門長各位

退職予定者のメールアカウントは、最終出社日の23時59分をもって停止いたします。
停止後に届いたメールは送信者へ不達として返送されます。
対象者へ、取引先および外部サービスの登録アドレス変更を完了するようご指示ください。

人事部
"""
d = T('2025-03-05 10:02:10')
add('013', 'unrelated', False, None, [], d,
    A('森田 健一', 'k.morita@sorami-tech.co.jp', 'iso-2022-jp'), A(ME_JA, ME_C, 'iso-2022-jp'),
    'FW: 【重要】退職者のメールアカウント停止について', leaf('plain', T013, 'iso-2022-jp', '7bit'),
    subj_cs='iso-2022-jp', mid=mid_outlook('013'), crlf=True,
    extra=['X-MS-Exchange-Organization-AuthAs: Internal', 'X-Mailer: Microsoft Outlook 16.0'],
    note='Manager\'s request above a forwarded HR notice (-----元のメッセージ-----); internal, not support.')

# ---- 014 duplicate case closed, form quoted with "|" marks
T014 = """Hello,

What you describe here is already being handled in case %s, which you opened on March 3. So that two teams don't act on the same accounts, I have closed this case (%s) and left a note on the original one. The work continues there, and the agent on that case will write to you. There is nothing to do on this one.

Regards,
Kenji A.
AWS Training and Certification Customer Support

%s
""" % (CASE_A, CASE_B, q(FORM_B, '| '))
d = T('2025-03-05 06:40:55', UTC)
add('014', 'case_update', False, CASE_B, [], d,
    A('AWS Training and Certification', TC), A(None, ME_C), 'RE:[CASE %s] %s' % (CASE_B, SUBJ_FORM),
    leaf('plain', T014, 'utf-8', 'base64'), irt='012', refs=['012'], mid=mid_ses('014'), crlf=True,
    pre=ses_in(d, ME_C, '014'),
    note='Duplicate closed and linked to case A; the quoted form ("|" marks) holds the owner\'s keigo request.')

# ---- 015 newsletter, HTML only, a reader question in a blockquote
H015 = """<html><head><meta charset="utf-8"><title>クラウド週報 vol.212</title></head>
<body style="font-family:sans-serif;max-width:640px">
<h2>クラウド週報 vol.212 (2025年3月5日号)</h2>
<h3>今週のトピック</h3>
<ul>
<li>東京リージョンで新しいインスタンスタイプが利用可能に</li>
<li>生成AIの社内ガイドライン、各社の事例まとめ</li>
<li>春の資格シーズン: 試験予約は早めに</li>
</ul>
<h3>読者のお便りコーナー</h3>
<blockquote style="border-left:4px solid #ddd;padding-left:8px;color:#555">
転職に合わせて AWS 認定アカウントを個人アドレスに移そうとしています。サポートから「残すアカウントを確認してほしい」と英語で届いたのですが、どう返せばよいでしょうか? (ペンネーム: 春の引っ越し)
</blockquote>
<p>編集部より: 残したい側のアカウントを番号で指定し、両方とも自分のものだと一文添えれば十分です。返信は届いたメールにそのまま返す形で大丈夫です。</p>
<hr>
<p style="font-size:12px;color:#888">配信停止は <a href="https://cloud-shuho.jp/unsubscribe?u=8f2e">こちら</a>。本メールは送信専用です。</p>
</body></html>
"""
d = T('2025-03-05 21:00:02')
add('015', 'unrelated', False, None, [], d,
    A('クラウド週報', 'news@cloud-shuho.jp'), A(None, ME_P), 'クラウド週報 vol.212 転職シーズンの認定アカウント移行',
    leaf('html', H015, 'utf-8', 'base64'), mid=mid_plain('015', 'cloud-shuho.jp'),
    pre=recv_gmail(d, ME_P, 'mta12.cloud-shuho.jp', '203.0.113.45', 'bounce@cloud-shuho.jp', 'cloud-shuho.jp',
                   dkim=[('pass', 'cloud-shuho.jp')], policy='NONE'),
    extra=['List-Unsubscribe: <https://cloud-shuho.jp/unsubscribe?u=8f2e>'],
    note='HTML-only newsletter quoting a reader\'s merge question in a blockquote.')

# ---- 016 still on hold; answers the owner's voucher question; quotes three levels of requests
N016 = """Hi Wataru,

Thanks for writing from your personal address - that's all we needed, and I've noted March 14 as your last day.

About the voucher: unused benefits travel with the records when accounts are merged, so the 50% voucher will show up on the account you keep.

The case stays on hold while Sorami Technologies' partner administrator reviews the release. They usually answer within a few business days. No action is needed from you in the meantime; I'll write as soon as the hold is lifted.

Regards,
Marisol R.
Training and Certification Customer Support
Amazon Web Services"""
T016 = N016 + '\n\nOn Tue, Mar 4, 2025 at 12:41 PM Wataru Tanabe <%s> wrote:\n' % ME_P + q(T011) + '\n'
d = T('2025-03-06 03:30:14', UTC)
add('016', 'on_hold', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A,
    leaf('plain', T016, 'utf-8', 'quoted-printable'), irt='011', refs=['004', '007', '010', '011'],
    mid=mid_ses('016'), crlf=True, pre=ses_in(d, ME_P, '016'),
    note='Hold continues, "no action is needed"; answers the owner\'s question; quoted history (with a Japanese '
         'Gmail attribution inside) still contains both earlier requests.')

# ---- 017 colleague forwards his OWN case's confirmation request and asks the owner
SASAKI_REQ = """Hello Ryo,

Thank you for waiting. I found two certification accounts registered under your address:

Account #1
Sign-in email: r.sasaki@sorami-tech.co.jp
Candidate ID: AWS20581136
Training notification email: r.sasaki@sorami-tech.co.jp
Certification notification email: r.sasaki@sorami-tech.co.jp

Account #2
Sign-in email: r.sasaki@sorami-tech.co.jp
Candidate ID: AWS20977402
Training notification email: r.sasaki@sorami-tech.co.jp
Certification notification email: (not set)

Which of the two would you like to keep? Please also confirm that both belong to you. As soon as we have your answer, the other account will be merged into the one you choose.

Best regards,
Carlos M.
AWS Training and Certification Customer Support"""
N017 = """田辺さん

お疲れさまです。佐々木です。
田辺さんがやっていた認定アカウントの統合、私も重複アカウントがあったので申請してみたら、下のメールが来ました。
Account #1 と #2 のどちらを残すのがいいでしょうか? 私の候補IDは AWS20581136 で、バッジが付いているのはこちらです。
返信は英語で "Please merge into Account #1" くらいで通じますか?

佐々木"""
T017 = N017 + """

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月6日 10:12
宛先: 佐々木 亮 <r.sasaki@sorami-tech.co.jp>
件名: RE:[CASE %s] %s

%s
""" % (SASAKI_CASE, SUBJ_FORM, SASAKI_REQ)
d = T('2025-03-06 12:40:21')
add('017', 'unrelated', False, None, ['AWS20581136'], d,
    A('佐々木 亮', 'r.sasaki@sorami-tech.co.jp', 'iso-2022-jp'), A(ME_JA, ME_C, 'iso-2022-jp'),
    'FW: RE:[CASE %s] %s' % (SASAKI_CASE, SUBJ_FORM), leaf('plain', T017, 'iso-2022-jp', '7bit'),
    mid=mid_outlook('017'), crlf=True,
    extra=['X-MS-Exchange-Organization-AuthAs: Internal', 'X-Mailer: Microsoft Outlook 16.0'],
    note='A genuine T&C confirmation request, but forwarded by a colleague about HIS case (Outlook JP header block, '
         'no markers); his question is to the owner, not support.')

# ---- 018 owner answers the colleague inline
T018 = """佐々木さん

田辺です。インラインで失礼します。

> Account #1 と #2 のどちらを残すのがいいでしょうか? 私の候補IDは AWS20581136 で、バッジが付いているのはこちらです。

Credly のバッジが紐づいている方を残すのが無難です。なので Account #1 ですね。

> 返信は英語で "Please merge into Account #1" くらいで通じますか?

通じます。両方とも自分のアカウントだと一言添えてください。例えば:
Both accounts are mine. Please keep Account #1 and merge Account #2 into it.

田辺

""" + SIG_ME_C + '\n'
d = T('2025-03-06 13:15:02')
add('018', 'user_reply', False, None, [], d,
    A(ME_JA, ME_C, 'iso-2022-jp'), A('佐々木 亮', 'r.sasaki@sorami-tech.co.jp', 'iso-2022-jp'),
    'RE: FW: RE:[CASE %s] %s' % (SASAKI_CASE, SUBJ_FORM), leaf('plain', T018, 'iso-2022-jp', '7bit'),
    irt='017', refs=['017'], mid=mid_outlook('018'), crlf=True,
    extra=['X-Mailer: Microsoft Outlook 16.0'],
    note='Owner\'s inline advice to a colleague about the colleague\'s case; the ID is only in the quote.')

# ---- 019 AWS marketing
T019 = """AWS Summit Japan 2025

Registration is open.

Two days of keynotes, 150+ sessions, and hands-on labs at Makuhari Messe, June 25-26. Certified attendees can use the AWS Certification Lounge on both days - bring your digital badge.

Register now: https://aws.amazon.com/jp/summits/japan/

You are receiving this e-mail because you subscribed to AWS event news. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services Japan G.K., Meguro Central Square, 3-1-1 Kamiosaki, Shinagawa-ku, Tokyo
"""
d = T('2025-03-07 10:00:40', UTC)
add('019', 'unrelated', False, None, [], d,
    A('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), A(None, ME_P),
    'AWS Summit Japan 2025: registration is open', alt(T019, p2h(T019), key='019'), mid=mid_ses('019'),
    pre=ses_in(d, ME_P, '019'), extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>'],
    note='AWS marketing mentioning certification and badges.')

# ---- 020 exam vendor booking confirmation (candidate ID printed, 9-digit registration)
T020 = """Dear Wataru Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, April 12, 2025 10:00 AM JST
Test centre: Tokyo - Shinagawa Test Center, Konan 2-16-3, Minato-ku
Registration ID: 473920518
AWS Candidate ID: AWS11607294

Bring one valid, government-issued ID. The name on it must match the name on your exam registration exactly.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
"""
d = T('2025-03-07 23:10:09')
add('020', 'unrelated', False, None, ['AWS11607294'], d,
    A('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), A(None, ME_P),
    'Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional',
    alt(T020, p2h(T020), key='020'), mid=mid_plain('020', 'pearson.com'),
    pre=recv_gmail(d, ME_P, 'mx0b-pearson.pphosted.com', '148.163.156.77', 'pearsonvueconfirmation@pearson.com',
                   'pearson.com', dkim=[('pass', 'pearson.com')], policy='REJECT'),
    note='Exam booking from the exam vendor; 9-digit registration ID and the candidate ID in its own text.')

# ---- 021 lookalike domain, fake case thread with a quoted "request"
H021 = """<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>We are ready to complete the merge of your certification accounts. Before we can continue, your AWS Builder ID must be re-validated within <b>24 hours</b>. Accounts that are not re-validated are locked together with their certifications.</p>
<p><a href="https://aws-trainingcert-support.com/builderid/verify?c=174128730300071">Re-validate my Builder ID</a></p>
<p>After signing in, reply to this e-mail with the 6-digit code shown on the screen.</p>
<p>AWS Training &amp; Certification Support Team</p>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#666">
<b>From:</b> AWS Training &amp; Certification<br>
<b>Sent:</b> Friday, March 7, 2025<br>
<b>Subject:</b> Account merge request<br><br>
Please confirm which account you wish to keep by signing in to the merge portal.
</div>
</body></html>
"""
d = T('2025-03-08 06:31:45', UTC)
add('021', 'suspicious', False, None, [], d,
    A('AWS Training & Certification', 'case-update@aws-trainingcert-support.com'), A(None, ME_P),
    'RE:[CASE 174128730300071] Action needed before your accounts can be merged',
    leaf('html', H021, 'utf-8', 'quoted-printable'), mid=mid_plain('021', 'aws-trainingcert-support.com'),
    pre=recv_gmail(d, ME_P, 'mail.aws-trainingcert-support.com', '45.134.26.91',
                   'bounce@aws-trainingcert-support.com', 'aws-trainingcert-support.com',
                   dkim=[('pass', 'aws-trainingcert-support.com')], policy='NONE'),
    note='Lookalike domain (passes its own DKIM), fake [CASE] subject, a quoted fake "request" and a demand to reply.')

# ---- 022 friend, Apple Mail JP attribution, interleaved
T022 = """航くん

> 今週末の土曜はどう?
土曜OK! お昼からでいい?

> 場所は代々木公園か目黒川で迷ってる
目黒川は人が多すぎるから代々木公園に一票。

ところで新しい会社の初出社っていつだっけ?

由紀

2025/03/09 22:14、Wataru Tanabe <wataru.tanabe.k@gmail.com>のメール:

> 今週末の土曜はどう?
> 場所は代々木公園か目黒川で迷ってる
> 転職前に一回集まりたい
"""
d = T('2025-03-10 09:00:31')
add('022', 'unrelated', False, None, [], d,
    A('本田 由紀', 'yuki.honda.88@icloud.com', 'utf-8'), A('Wataru Tanabe', ME_P), 'Re: 花見',
    leaf('plain', T022, 'utf-8', 'base64'), irt=mid_gmail('022-parent'), refs=[mid_gmail('022-parent')],
    mid=mid_plain('022', 'icloud.com'),
    pre=recv_gmail(d, ME_P, 'st43p00im-ztdg10073201.me.com', '17.58.63.180', 'yuki.honda.88@icloud.com',
                   'icloud.com', dkim=[('pass', 'icloud.com')]),
    extra=['X-Mailer: iPhone Mail (22D72)'],
    note='Friend: interleaved answers, then the Apple Mail JP attribution (…のメール:) with the full quote.')

# ---- 023 hold lifted; history below Outlook header blocks with no quote marks at all
N023 = """Hi Wataru,

Good news: Sorami Technologies' partner administrator released the link on your company account this morning, so the hold on this case has been lifted.

Your case is back in the merge queue. A colleague will send you the account details shortly; there's nothing you need to send us before then.

Regards,
Marisol R.
Training and Certification Customer Support
Amazon Web Services"""
H023_HIST = """From: AWS Training and Certification <%s>
Sent: Thursday, March 6, 2025 3:30 AM
To: %s
Subject: %s

%s

From: Wataru Tanabe <%s>
Sent: Tuesday, March 4, 2025 12:41 PM
To: AWS Training and Certification <%s>
Subject: Re: %s

%s

From: AWS Training and Certification <%s>
Sent: Tuesday, March 4, 2025 9:05 AM
To: %s
Subject: %s

%s""" % (TC, ME_P, SUBJ_A, N016, ME_P, TC, SUBJ_A, N011, TC, ME_P, SUBJ_A, N010)
T023 = N023 + '\n\n' + H023_HIST + '\n'
H023 = ('<html><body><div style="font-family:Calibri,sans-serif">' + p2h(N023, False) +
        '</div><hr style="border:none;border-top:solid #E1E1E1 1.0pt">\n<div style="font-family:Calibri,sans-serif">' +
        p2h(H023_HIST, False) + '</div></body></html>\n')
d = T('2025-03-11 01:30:48', UTC)
add('023', 'case_update', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, alt(T023, H023, key='023'),
    irt='016', refs=['004', '007', '010', '011', '016'], mid=mid_ses('023'), crlf=True, pre=ses_in(d, ME_P, '023'),
    note='Hold lifted, nothing asked; the history below has no > marks (From:/Sent: blocks) and contains the '
         'earlier "send the same answers again" request.')

# ---- 024 confirmation request, HTML only, accounts in a table, history in a div below
T024_TEXT = """Hello Wataru,

My name is Tomasz and I'll be completing your merge. I searched our records for both addresses in your request and found these two certification accounts:

Account #1
Candidate ID: AWS11607294
Sign-in email: wataru.tanabe.k@gmail.com
Training notifications go to: wataru.tanabe.k@gmail.com
Certification notifications go to: wataru.tanabe.k@gmail.com
Active certifications: none

Account #2
Candidate ID: AWS03318452
Sign-in email: w.tanabe@sorami-tech.co.jp
Training notifications go to: w.tanabe@sorami-tech.co.jp
Certification notifications go to: w.tanabe@sorami-tech.co.jp
Active certifications: Solutions Architect - Associate, Developer - Associate

My plan is to move everything from Account #2 into Account #1 and keep wataru.tanabe.k@gmail.com as your sign-in. Before I start I need two things from you: that both accounts above are yours, and that Account #1 is the one to keep. A one-line reply is fine.

Best regards,
Tomasz K.
AWS Training and Certification Customer Support"""
H024 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Wataru,</p>
<p>My name is Tomasz and I'll be completing your merge. I searched our records for both addresses in your request and found these two certification accounts:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11607294</td><td>AWS03318452</td></tr>
<tr><td>Sign-in email</td><td>wataru.tanabe.k@gmail.com</td><td>w.tanabe@sorami-tech.co.jp</td></tr>
<tr><td>Training notifications go to</td><td>wataru.tanabe.k@gmail.com</td><td>w.tanabe@sorami-tech.co.jp</td></tr>
<tr><td>Certification notifications go to</td><td>wataru.tanabe.k@gmail.com</td><td>w.tanabe@sorami-tech.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>Solutions Architect - Associate<br>Developer - Associate</td></tr>
</table>
<p>My plan is to move everything from Account #2 into Account #1 and keep wataru.tanabe.k@gmail.com as your sign-in. Before I start I need two things from you: that both accounts above are yours, and that Account #1 is the one to keep. A one-line reply is fine.</p>
<p>Best regards,<br>Tomasz K.<br>AWS Training and Certification Customer Support</p>
<div style="border-top:1px solid #b5c4df;padding-top:6px;margin-top:18px;color:#444">
-----Original Message-----<br>
From: AWS Training and Certification<br>
Sent: 3/11/2025 1:30 AM<br>
To: wataru.tanabe.k@gmail.com<br>
Subject: """ + html.escape(SUBJ_A) + """<br><br>
""" + p2h(N023, False) + """
</div>
</body></html>
"""
d = T('2025-03-11 06:05:12', UTC)
add('024', 'confirmation_request', True, CASE_A, ['AWS11607294', 'AWS03318452'], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('html', H024, 'utf-8', 'quoted-printable'),
    irt='023', refs=['004', '007', '010', '011', '016', '023'], mid=mid_ses('024'), crlf=True,
    pre=ses_in(d, ME_P, '024'),
    note='HTML-only; the two accounts are in a table; the ask is a statement ("I need two things from you"); '
         'the previous "nothing you need to send" is quoted below.')

# ---- 025 owner forwards the request to the colleague (Gmail JP forward header)
N025 = """佐々木さん

参考までに、私のケースで届いた確認メールを転送します。
表になっていましたが、聞かれている内容は佐々木さんのと同じ(両方自分のものか、どちらを残すか)です。
私はこれから返信します。

田辺"""
T025 = N025 + """

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月11日(火) 15:05
Subject: %s
To: <%s>


%s
""" % (TC, SUBJ_A, ME_P, T024_TEXT)
d = T('2025-03-11 20:30:26')
add('025', 'user_reply', False, CASE_A, [], d,
    A(ME_NAME, ME_P), A('佐々木 亮', 'r.sasaki@sorami-tech.co.jp', 'utf-8'), 'Fwd: ' + SUBJ_A,
    alt(T025, gmail_html(T025), key='025', cte_t='base64', cte_h='base64', style='gmail'),
    refs=['004', '024'], mid=mid_gmail('025'),
    note='Owner forwards the live confirmation request to a colleague; the request is forwarded content, '
         'the IDs too.')

# ---- 026 colleague's out-of-office, quoting the forward (case token in its subject)
T026 = """田辺さん

佐々木です。自動応答にて失礼します。
3月12日(水)は終日社外研修、13日(木)は休暇のため、メールの確認が遅れます。
14日(金)から順次対応いたします。

---- 元のメッセージ ----
差出人: Wataru Tanabe <wataru.tanabe.k@gmail.com>
件名: Fwd: %s

%s
""" % (SUBJ_A, N025)
d = T('2025-03-11 20:31:02')
add('026', 'unrelated', False, None, [], d,
    A('佐々木 亮', 'r.sasaki@sorami-tech.co.jp', 'iso-2022-jp'), A(None, ME_P),
    '自動応答: Fwd: ' + SUBJ_A, leaf('plain', T026, 'iso-2022-jp', '7bit'), subj_cs='iso-2022-jp',
    irt='025', refs=['025'], mid=mid_outlook('026'), crlf=True,
    pre=recv_gmail(d, ME_P, 'JPN01-OS0-obe.outbound.protection.outlook.com', '52.101.228.33',
                   'r.sasaki@sorami-tech.co.jp', 'sorami-tech.co.jp', dkim=[('pass', 'sorami-tech.co.jp')],
                   policy='NONE'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    note='Out-of-office from a colleague; subject carries case A\'s token, body quotes the owner\'s forward.')

# ---- 027 certification program survey (not a support survey)
T027 = """Hello,

You hold an active AWS Certification, and we would like to hear how it has helped you.

The survey takes about 10 minutes and asks about your role, how you prepared, and what you would like to see in future exams. Your answers are anonymous and used only to improve the program.

Start the survey: https://survey.certmetrics.com/s/aws-holders-2025q1

Thank you,
AWS Certification
"""
d = T('2025-03-12 00:15:30', UTC)
add('027', 'certification', False, None, [], d,
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A(None, ME_C),
    'Tell AWS Certification how your certification has helped you', alt(T027, p2h(T027), key='027'),
    mid=mid_plain('027', 'certmetrics.com'),
    pre=recv_m365(d, 'mail.certmetrics.com', '52.6.137.18', 'bounce@certmetrics.com', 'certmetrics.com'),
    note='Program survey from certmetrics (certification), not a support-case survey.')

# ---- 028 Skill Builder receipt, HTML only
H028 = """<html><body style="font-family:Arial,sans-serif">
<h3>Thanks for your order</h3>
<p>Hi Wataru,</p>
<p>Your AWS Skill Builder Individual subscription has renewed.</p>
<table cellpadding="4">
<tr><td>Order number</td><td>SB-20250312-884131</td></tr>
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>April 12, 2025</td></tr>
</table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p>
<p style="color:#888;font-size:11px">This is an automated message. Please do not reply.</p>
</body></html>
"""
d = T('2025-03-12 03:02:17', UTC)
add('028', 'unrelated', False, None, [], d,
    A('AWS Training and Certification', 'no-reply@aws.training'), A(None, ME_P),
    'Your AWS Skill Builder order SB-20250312-884131', leaf('html', H028, 'utf-8', 'quoted-printable'),
    mid=mid_ses('028'), pre=ses_in(d, ME_P, '028'),
    note='Skill Builder receipt from no-reply@aws.training, display name "AWS Training and Certification".')

# ---- 029 closing notice, confirmation request quoted below with > marks
N029 = """Hello Wataru,

We wrote to you on March 11 to check the account details before merging, and we haven't had an answer yet.

Cases that wait on a customer for more than five business days are closed automatically. If we don't hear from you by March 19, this case will be closed and the merge won't go ahead. Replying to this e-mail is all it takes to keep it open.

Best regards,
Tomasz K.
AWS Training and Certification Customer Support"""
Q029 = """> From: Tomasz K. (AWS Training and Certification)
> Sent: 11 March 2025 06:05
> To: wataru.tanabe.k@gmail.com
> Subject: %s
>
%s""" % (SUBJ_A, q(T024_TEXT))
T029 = N029 + '\n\n' + Q029 + '\n'
d = T('2025-03-14 02:00:41', UTC)
add('029', 'closing_notice', True, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A,
    leaf('plain', T029, 'utf-8', 'quoted-printable'), irt='024', refs=['004', '023', '024'], mid=mid_ses('029'),
    crlf=True, pre=ses_in(d, ME_P, '029'),
    note='Closing notice; the actual question lives only in the quote, the new text asks for a reply by a date.')

# ---- 030 farewell answered with "|" quoting (Becky!)
T030 = """田辺さん

中川です。ご挨拶ありがとうございました。

| 本日をもちまして退職することとなりました。
| 在職中は大変お世話になりました。

こちらこそ、基盤移行のときは本当に助けていただきました。

| 今後のご連絡は下記の個人アドレスまでお願いいたします。
| wataru.tanabe.k@gmail.com

登録しました。落ち着いたら一杯行きましょう。
新天地でのご活躍をお祈りしています。

中川
"""
d = T('2025-03-14 18:20:55')
add('030', 'unrelated', False, None, [], d,
    A('中川 沙織', 's.nakagawa@sorami-tech.co.jp', 'iso-2022-jp'), A(ME_JA, ME_C, 'iso-2022-jp'),
    'Re: 退職のご挨拶', leaf('plain', T030, 'iso-2022-jp', '7bit'), subj_cs='iso-2022-jp',
    irt=mid_outlook('030-parent'), refs=[mid_outlook('030-parent')], mid=mid_plain('030', 'sorami-tech.co.jp'),
    crlf=True, extra=['X-Mailer: Becky! ver. 2.81.04 [ja]'],
    note='Colleague\'s farewell reply interleaved with "|" quote marks; not support.')

# ---- 031 owner confirms: interleaved + bottom, under a Japanese Gmail attribution
_q29 = q(N029).split('\n')
_i = [k for k, l in enumerate(_q29) if "haven't had an answer yet" in l][0]
_q29 = _q29[:_i + 1] + ['', 'Sorry for the slow answer - it was my last week at Sorami and things got busy.', ''] + _q29[_i + 1:]
_qq = q(Q029).split('\n')
_j = [k for k, l in enumerate(_qq) if 'A one-line reply is fine.' in l][0]
N031_TAIL = """Yes, both accounts above are mine, and Account #1 (AWS11607294) is the one to keep. Please merge Account #2 into it.

Thank you,
Wataru"""
T031 = ('2025年3月14日(金) 11:00 AWS Training and Certification <%s>:\n' % TC + '\n'.join(_q29) + '\n>\n' +
        '\n'.join(_qq[:_j + 1]) + '\n\n' + N031_TAIL + '\n')
d = T('2025-03-14 22:45:10')
add('031', 'user_reply', False, CASE_A, ['AWS11607294'], d,
    A(ME_NAME, ME_P), A('AWS Training and Certification', TC), 'Re: ' + SUBJ_A,
    alt(T031, gmail_html(T031), key='031', style='gmail'), irt='029', refs=['004', '024', '029'],
    mid=mid_gmail('031'),
    note='The owner\'s confirmation: one line interleaved after the first quoted paragraph, the rest at the '
         'bottom under the nested table; his own text names AWS11607294.')

# ---- 032 resolved; quotes the confirmation, which quotes the request
N032 = """Hi Wataru,

Thank you for confirming. The merge is done: the exam history, both active certifications and the unused 50% voucher from Account #2 are now under Account #1 (AWS11607294), and wataru.tanabe.k@gmail.com is your sign-in. Account #2 has been closed.

Credly can take a day to show the badges under your personal address, and the partner side may need up to a week to reflect the change.

If something looks wrong when you sign in, just reply here.

Best regards,
Tomasz K.
AWS Training and Certification Customer Support"""
T032 = N032 + '\n\nOn Fri, Mar 14, 2025 at 1:45 PM Wataru Tanabe <%s> wrote:\n' % ME_P + q(T031) + '\n'
d = T('2025-03-15 03:10:37', UTC)
add('032', 'resolved', False, CASE_A, ['AWS11607294'], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('plain', T032, 'utf-8', '8bit'),
    irt='031', refs=['004', '024', '029', '031'], mid=mid_ses('032'), pre=ses_in(d, ME_P, '032'),
    note='Resolution on top; the quoted history holds the confirmation request and the closing notice '
         '(> > levels). "If something looks wrong, just reply" is conditional.')

# ---- 033 Credly badge
T033 = """Hi Wataru,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on your profile and with your network:
https://www.credly.com/badges/4b1f0d7e-92c3-4a55-b8e0-6d2a3f19c7a1/accept

Credly, a Pearson company
"""
d = T('2025-03-15 03:25:04', UTC)
add('033', 'badge', False, None, [], d,
    A('Credly', 'admin@credly.com'), A(None, ME_P),
    'Amazon Web Services Training and Certification issued you a new badge', alt(T033, p2h(T033), key='033'),
    mid=mid_plain('033', 'credly.com'),
    pre=recv_gmail(d, ME_P, 'o1.ptr4471.credly.com', '167.89.101.38', 'bounces+7712@em.credly.com', 'credly.com',
                   dkim=[('pass', 'credly.com')]),
    note='Credly badge right after the merge.')

# ---- 034 support survey for case A (HTML only), with a snippet of the last message
H034 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your case <b>%s</b> was recently resolved. Would you tell us how we did? It is one question and takes less than a minute.</p>
<p>How satisfied are you with the support you received?</p>
<p>
<a href="https://survey.aws.amazon.com/cs?c=%s&amp;r=1">1</a> &nbsp;
<a href="https://survey.aws.amazon.com/cs?c=%s&amp;r=2">2</a> &nbsp;
<a href="https://survey.aws.amazon.com/cs?c=%s&amp;r=3">3</a> &nbsp;
<a href="https://survey.aws.amazon.com/cs?c=%s&amp;r=4">4</a> &nbsp;
<a href="https://survey.aws.amazon.com/cs?c=%s&amp;r=5">5</a></p>
<p style="color:#555">The last message on your case:</p>
<blockquote style="color:#555;border-left:3px solid #ccc;padding-left:8px">Thank you for confirming. The merge is done ... If something looks wrong when you sign in, just reply here.</blockquote>
<p style="font-size:11px;color:#888">Replies to this survey e-mail are not read. Your answers go to our quality team.</p>
</body></html>
""" % ((CASE_A,) * 6)
d = T('2025-03-16 04:00:00', UTC)
add('034', 'survey', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), 'How did we do? Case %s' % CASE_A,
    leaf('html', H034, 'utf-8', 'quoted-printable'), mid=mid_ses('034'), pre=ses_in(d, ME_P, '034'),
    note='Support survey from the case address, quoting the resolution with its conditional "reply here".')

# ---- 035 another vendor's ticket closed for no answer, Shift_JIS, old request quoted
T035 = """田辺 航 様

いつもクモハネホスティングをご利用いただきありがとうございます。
サポートデスクの石井でございます。

お問い合わせいただいておりました「独自ドメインのSSL証明書更新エラー」につきまして、
3営業日ご返信がございませんでしたので、本チケットをクローズいたしました。
再度お問い合わせいただく場合は、本メールにご返信いただければチケットが再開されます。

───── これまでのやりとり ─────
> [2025/03/12 15:20 サポート 石井]
> 証明書の再発行を実施いたしました。
> お手数ですが、管理画面で有効期限が更新されているかご確認いただけますでしょうか。
>
> [2025/03/11 21:03 お客様]
> 昨日から証明書の更新に失敗しています。対象ドメインは tanabe-notes.jp です。

クモハネホスティング サポートデスク
チケット番号: #48213
"""
d = T('2025-03-17 10:05:33')
add('035', 'unrelated', False, None, [], d,
    A('クモハネホスティング サポート', 'support@kumohane.jp', 'iso-2022-jp'), A(None, ME_P),
    '[Ticket#48213] お問い合わせクローズのお知らせ', leaf('plain', T035, 'shift_jis', '8bit'),
    subj_cs='iso-2022-jp', mid=mid_plain('035', 'kumohane.jp'), crlf=True,
    pre=recv_gmail(d, ME_P, 'smtp2.kumohane.jp', '203.0.113.77', 'support@kumohane.jp', 'kumohane.jp',
                   dkim=[('pass', 'kumohane.jp')], policy='NONE'),
    note='Other vendor\'s closing notice (Shift_JIS) with an old keigo request quoted; not AWS.')

# ---- 036 owner top-posts over the resolution: a third account
N036 = """Hi Tomasz,

Thanks a lot - the certifications and the voucher are all there.

One gap: my exam history doesn't show the Cloud Practitioner exam I passed in 2019. I think I took it on a third account that I registered with my university address (t-wataru@alumni.kita-u.ac.jp); its candidate ID should be AWS09925130. Could that one be merged in as well?

Best,
Wataru"""
T036 = N036 + '\n\nOn Sat, Mar 15, 2025 at 12:10 PM AWS Training and Certification <%s> wrote:\n' % TC + q(T032) + '\n'
d = T('2025-03-18 09:30:12')
add('036', 'user_reply', False, CASE_A, ['AWS09925130'], d,
    A(ME_NAME, ME_P), A('AWS Training and Certification', TC), 'Re: ' + SUBJ_A,
    alt(T036, gmail_html(T036), key='036', style='gmail'), irt='032', refs=['004', '029', '031', '032'],
    mid=mid_gmail('036'),
    note='Owner top-posts a new question over the resolution (English Gmail attribution).')

# ---- 037 reopened and handed to another team; history below an unmarked Original Message header
N037 = """Hello Wataru,

I've reopened your case so we can look at the third account. Exam history from older accounts is handled by our records team, so I have passed your note to them together with the candidate ID you gave us. They'll check what is on that account and come back to you on this case, normally within two business days.

Kind regards,
Priyanka S.
AWS Training and Certification Customer Support"""
T037 = N037 + """

----- Original Message -----
From: Wataru Tanabe <%s>
Date: 3/18/2025 12:30 AM
Subject: Re: %s

%s
""" % (ME_P, SUBJ_A, T036)
d = T('2025-03-18 05:00:19', UTC)
add('037', 'case_update', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A,
    alt(T037, p2h(T037), key='037'), irt='036', refs=['004', '031', '032', '036'], mid=mid_ses('037'),
    crlf=True, pre=ses_in(d, ME_P, '037'),
    note='Reopened and passed to the records team; the owner\'s question ("Could that one be merged…?") and '
         'his ID sit below an Original Message header without markers.')

# ---- 038 GitHub issue: a person asks the owner something, inline quote above
T038 = """> The fix in a41c9e2 moves compinit after the brew shellenv line.

Pulled it and the error is gone on my machine too. @wtanabe-k could you check whether it still needs the `-u` flag, or can I drop it from my fork?

--
Reply to this email directly, view it on GitHub:
https://github.com/wtanabe-k/dotfiles/issues/14#issuecomment-2712004519
You are receiving this because you authored the thread.
"""
d = T('2025-03-19 14:22:08', UTC)
add('038', 'unrelated', False, None, [], d,
    A('Lena Hoffmann', 'notifications@github.com'), A('wtanabe-k/dotfiles', 'dotfiles@noreply.github.com'),
    'Re: [wtanabe-k/dotfiles] zsh completion breaks on macOS 15 (Issue #14)',
    alt(T038, gmail_html(T038), key='038', cte_t='7bit'), cc=A(ME_NAME, ME_P) + ', ' + A('Author', 'author@noreply.github.com'),
    irt='<wtanabe-k/dotfiles/issues/14@github.com>', refs=['<wtanabe-k/dotfiles/issues/14@github.com>'],
    mid='<wtanabe-k/dotfiles/issues/14/2712004519@github.com>',
    pre=recv_gmail(d, ME_P, 'out-26.smtp.github.com', '192.30.252.209', 'noreply@github.com', 'github.com'),
    extra=['List-ID: wtanabe-k/dotfiles <dotfiles.wtanabe-k.github.com>', 'X-GitHub-Reason: author'],
    note='A person\'s question to the owner under a one-line quote; not support.')

# ---- 039 confirmation request for the third account, BOTTOM-posted by the agent
N039 = """Hello Wataru,

The records team found the account you mentioned. This is what it holds:

Account #3
Candidate ID: AWS09925130
Sign-in email: t-wataru@alumni.kita-u.ac.jp
Name on record: Wataru Tanabe
Exam history: AWS Certified Cloud Practitioner (CLF-C01), passed 2019-11-23, expired 2022-11-23

Merging it would add that exam to the history of Account #1 (AWS11607294), where it would show as expired. Because this account wasn't part of your original request, we won't touch it until you tell us that it is yours and that it should be folded into Account #1.

Kind regards,
Priyanka S.
AWS Training and Certification Customer Support"""
T039 = ('On Tue, Mar 18, 2025 at 12:30 AM Wataru Tanabe <%s> wrote:\n' % ME_P + q(N036) +
        '\n> [earlier messages trimmed]\n\n' + N039 + '\n')
d = T('2025-03-20 01:05:44', UTC)
add('039', 'confirmation_request', True, CASE_A, ['AWS09925130', 'AWS11607294'], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('plain', T039, 'us-ascii', '7bit'),
    irt='037', refs=['004', '032', '036', '037'], mid=mid_ses('039'), pre=ses_in(d, ME_P, '039'),
    note='Bottom-posted: the quote (owner\'s own question) comes first, the agent\'s listing and go-ahead ask '
         'only after it; no "please", no question mark.')

# ---- 040 owner answers inline under a Japanese Gmail attribution; no ID of his own
_q39 = q(N039).split('\n')
_k = [k for k, l in enumerate(_q39) if 'should be folded into Account #1.' in l][0]
T040 = ("""Hi Priyanka,

Thank you for finding it.

2025年3月20日(木) 10:05 AWS Training and Certification <%s>:
""" % TC + '\n'.join(_q39[:_k + 1]) + """

Yes, Account #3 is mine - I registered it while I was a student. Please fold it into Account #1.

Best,
Wataru
""")
d = T('2025-03-20 12:30:05')
add('040', 'user_reply', False, CASE_A, [], d,
    A(ME_NAME, ME_P), A('AWS Training and Certification', TC), 'Re: ' + SUBJ_A,
    alt(T040, gmail_html(T040), key='040', style='gmail'), irt='039', refs=['004', '036', '037', '039'],
    mid=mid_gmail('040'),
    note='Greeting on top, quoted listing in the middle, answer below it; the candidate IDs are only quoted.')

# ---- 041 update: queued with the records team; the quote contains the earlier ask at > > depth
N041 = """Thanks, Wataru.

I've added the third account to the merge. The records team expects to finish within two business days, and I'll let you know here once it is done.

Priyanka S.
AWS Training and Certification Customer Support"""
T041 = N041 + '\n\nOn Thu, Mar 20, 2025 at 3:30 AM Wataru Tanabe <%s> wrote:\n' % ME_P + q(T040) + '\n'
d = T('2025-03-21 02:10:30', UTC)
add('041', 'case_update', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('plain', T041, 'utf-8', 'quoted-printable'),
    irt='040', refs=['004', '036', '039', '040'], mid=mid_ses('041'), crlf=True, pre=ses_in(d, ME_P, '041'),
    note='Short update above a quote in which the previous go-ahead request reappears at "> >" depth.')

# ---- 042 console case opened (Support Center), not answerable by e-mail
T042 = """Hello,

We've created case %s for you. Here is a summary.

Case ID: %s
Subject: %s
Severity: General guidance
Account: 483107265519
Correspondence: After my certification accounts were merged on March 15 (case %s), the Benefits page shows no exam voucher. Before the merge the company account had one unused 50%% voucher. Could you find out where it went?

To view this case or add information, sign in to the Support Center:
%s

Replies to this e-mail are not delivered to anyone; please use the link above to reach us.

%s
""" % (CASE_C, CASE_C, CONSOLE_SUBJ_C, CASE_A, CONSOLE_LINK_C, CONSOLE_FOOT)
d = T('2025-03-21 05:38:02', UTC)
add('042', 'acknowledgement', False, CASE_C, [], d,
    A('Amazon Web Services', CONSOLE), A(None, ME_P), 'Amazon Web Services: New Support case: %s' % CASE_C,
    leaf('plain', T042, 'utf-8', 'quoted-printable'), mid=mid_ses('042'), pre=ses_in(d, ME_P, '042'),
    note='Console case opened; the owner\'s description (with a question and case A\'s number) is echoed; '
         'a 12-digit account ID.')

# ---- 043 AWS Educate form case asking a question: another program, not T&C
T043 = """Hello,

Thank you for contacting AWS Educate.

To look into the student's access problem we need a little more: the name of the institution the student is registered with, and the e-mail address the student used to sign up. Could you send those by replying to this e-mail?

Best regards,
Ana P.
AWS Educate Support

On 3/21/2025 11:12 PM, Wataru Tanabe wrote:
> Inquiry type: Account access
> I mentor a university cloud study group. One of the students cannot sign in to AWS Educate after changing her e-mail address. Can you help her get back in?
"""
d = T('2025-03-22 00:30:14', UTC)
add('043', 'unrelated', False, None, [], d,
    A('AWS Educate', 'aws-cs-educate-form@amazon.com'), A(None, ME_P),
    'RE:[CASE 174259876000233] [AWS Educate Form Submission] - account-access',
    leaf('plain', T043, 'utf-8', '8bit'), mid=mid_ses('043'), pre=ses_in(d, ME_P, '043'),
    note='A real AWS form case with a direct question, but for AWS Educate, not Training and Certification.')

# ---- 044 console request; history indented; the ask is a statement
N044 = """Hello,

Thank you for contacting AWS Support. My name is Olumide and I'm looking into the missing voucher.

Benefits are carried over in a merge by matching them to the exam that earned them. I can see one voucher that was issued on your former account, but two exams on that history fall in the same week of 2024, and from here I can't tell which of them produced it. I'll need the name of the exam you passed just before the voucher appeared, and its expiry date if you noted it before the merge.

With that I can re-attach the voucher to your current account.

Best regards,
Olumide A.
Amazon Web Services

Your opinion helps us improve. You can rate this reply, and any other reply on this case, by choosing the stars at the top right of each correspondence in the AWS Support Center."""
HIST_C1 = """On 2025-03-21 05:36 UTC, you wrote:
After my certification accounts were merged on March 15 (case %s), the Benefits page shows no exam voucher. Before the merge the company account had one unused 50%% voucher. Could you find out where it went?""" % CASE_A
T044 = N044 + """

Correspondence history:

""" + ind(HIST_C1) + """

To see or respond to this case, sign in to the Support Center:
%s

This mailbox does not take incoming mail. To answer, open the case through the Support Center link above.

%s
""" % (CONSOLE_LINK_C, CONSOLE_FOOT)
d = T('2025-03-22 03:15:27', UTC)
add('044', 'info_request', True, CASE_C, [], d,
    A('Amazon Web Services', CONSOLE), A(None, ME_P), 'RE:[CASE %s] %s' % (CASE_C, CONSOLE_SUBJ_C),
    leaf('plain', T044, 'utf-8', 'quoted-printable'), irt='042', refs=['042'], mid=mid_ses('044'), crlf=True,
    pre=ses_in(d, ME_P, '044'),
    note='Console case: the ask is "I\'ll need …" (no question mark), to be answered in the Support Center; '
         'rating footer; history indented, with the owner\'s own question.')

# ---- 045 owner answers the console case by e-mail (bottom-posted) - it never reaches support
N045 = """Hello Olumide,

The exam was AWS Certified Developer - Associate (DVA-C02), passed on 2024-06-18. The voucher showed an expiry date of 2025-06-30 before the merge.

Thanks,
Wataru Tanabe"""
T045 = ('2025年3月22日(土) 12:15 Amazon Web Services <%s>:\n' % CONSOLE) + q(T044) + '\n\n' + N045 + '\n'
d = T('2025-03-22 20:03:51')
add('045', 'user_reply', False, CASE_C, [], d,
    A(ME_NAME, ME_P), A('Amazon Web Services', CONSOLE), 'Re: RE:[CASE %s] %s' % (CASE_C, CONSOLE_SUBJ_C),
    alt(T045, gmail_html(T045), key='045', style='gmail'), irt='044', refs=['042', '044'], mid=mid_gmail('045'),
    note='Owner answers the console case by e-mail to the no-reply address, bottom-posted; support never sees it.')

# ---- 046 third account merged; history under unmarked "--- On … wrote ---" separators
N046 = """Hi Wataru,

The records team has finished: the third account (AWS09925130) is merged into your main account, and the 2019 Cloud Practitioner exam now appears in your exam history, marked as expired as expected. Everything from your three accounts is in one place now, so I'm marking this case resolved.

Kind regards,
Priyanka S.
AWS Training and Certification Customer Support"""
T046 = N046 + """

--- On 21/03/2025 02:10, Priyanka S. wrote ---
%s

--- On 20/03/2025 03:30, Wataru Tanabe wrote ---
Yes, Account #3 is mine - I registered it while I was a student. Please fold it into Account #1.

--- On 20/03/2025 01:05, Priyanka S. wrote ---
%s
""" % (N041, N039)
d = T('2025-03-24 01:40:09', UTC)
add('046', 'resolved', False, CASE_A, ['AWS09925130'], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('plain', T046, 'utf-8', 'base64'),
    irt='041', refs=['004', '039', '040', '041'], mid=mid_ses('046'), crlf=True, pre=ses_in(d, ME_P, '046'),
    note='Resolution; history without any quote marks under "--- On … wrote ---" lines, including the '
         'go-ahead request and both IDs (only AWS09925130 is in the new text).')

# ---- 047 real AWS address in From, but DKIM/SPF/DMARC fail; quotes the real resolution
H047 = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Following the recent merge of your certification accounts, our system detected a mismatch between your Builder ID and your candidate profile. To avoid the suspension of your certifications, reply to this e-mail within 48 hours with the 6-digit code we sent to your phone and the password of your Builder ID.</p>
<p>AWS Training and Certification</p>
<blockquote style="border-left:2px solid #ccc;padding-left:6px;color:#666">
On Mar 15, 2025, AWS Training and Certification wrote:<br>
Thank you for confirming. The merge is done.
</blockquote>
</body></html>
"""
d = T('2025-03-24 09:12:40', UTC)
add('047', 'suspicious', False, None, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), 'RE:[CASE 174280033100027] Verify your merged account',
    leaf('html', H047, 'utf-8', 'base64'), mid=mid_plain('047', 'amazon.com'),
    pre=recv_gmail(d, ME_P, 'vps-31-144.hostkeyz.net', '185.231.31.144', TC, 'amazon.com',
                   dkim=[('fail', 'amazon.com')], spf='softfail', dmarc='fail'),
    note='From the real T&C address but dkim=fail / spf=softfail / dmarc=fail; asks for a code and password; '
         'quotes the real resolution wording.')

# ---- 048 console closing notice; the owner's e-mailed answer is NOT in the history
N048 = """Hello,

We haven't received a response to our last correspondence on this case. If we don't hear back within 3 days, the case will be resolved automatically. A resolved case can be reopened for 14 days; after that a new case is needed.

To add a reply, open the case in the Support Center:
%s""" % CONSOLE_LINK_C
HIST_C2 = """On 2025-03-22 03:15 UTC, AWS Support wrote:
Benefits are carried over in a merge by matching them to the exam that earned them. I can see one voucher that was issued on your former account, but two exams on that history fall in the same week of 2024, and from here I can't tell which of them produced it. I'll need the name of the exam you passed just before the voucher appeared, and its expiry date if you noted it before the merge."""
T048 = N048 + '\n\nCorrespondence history:\n\n' + ind(HIST_C2) + '\n\n' + ind(HIST_C1) + """

Mail sent to this address is not read; answers go through the Support Center.

%s
""" % CONSOLE_FOOT
d = T('2025-03-25 02:00:18', UTC)
add('048', 'closing_notice', True, CASE_C, [], d,
    A('Amazon Web Services', CONSOLE), A(None, ME_P), 'RE:[CASE %s] %s' % (CASE_C, CONSOLE_SUBJ_C),
    leaf('plain', T048, 'utf-8', 'quoted-printable'), irt='044', refs=['042', '044'], mid=mid_ses('048'),
    pre=ses_in(d, ME_P, '048'),
    note='Console auto-resolve warning; the mailbox already holds the owner\'s e-mailed answer (045) but support '
         'never got it, so a reply in the console is still owed.')

# ---- 049 colleague thanks, "|" quoting of the owner's advice
T049 = """田辺さん

佐々木です。個人アドレスの方に失礼します。

| Credly のバッジが紐づいている方を残すのが無難です。なので Account #1 ですね。
| Both accounts are mine. Please keep Account #1 and merge Account #2 into it.

教えてもらった通りに返したら、翌朝には統合完了の連絡が来ました。ありがとうございました!
新しい職場はどうですか? 落ち着いたらまた飲みましょう。

佐々木
"""
d = T('2025-03-25 21:00:44')
add('049', 'unrelated', False, None, [], d,
    A('佐々木 亮', 'r.sasaki@sorami-tech.co.jp', 'iso-2022-jp'), A(None, ME_P),
    'RE: FW: RE:[CASE %s] %s' % (SASAKI_CASE, SUBJ_FORM), leaf('plain', T049, 'iso-2022-jp', '7bit'),
    irt='018', refs=['017', '018'], mid=mid_outlook('049'), crlf=True,
    pre=recv_gmail(d, ME_P, 'JPN01-OS0-obe.outbound.protection.outlook.com', '52.101.228.35',
                   'r.sasaki@sorami-tech.co.jp', 'sorami-tech.co.jp', dkim=[('pass', 'sorami-tech.co.jp')],
                   policy='NONE'),
    note='Colleague\'s thanks on his own case thread, "|" quoting of a merge instruction; not the owner\'s case.')

# ---- 050 console case resolved; history holds the old ask; rating footer
N050 = """Hello,

Thank you for the details you added in the Support Center. The 50% voucher earned with DVA-C02 has been re-attached to your certification account. You'll find it under Benefits, with its original expiry date of June 30, 2025.

I'm resolving this case now.

Best regards,
Olumide A.
Amazon Web Services

Your opinion helps us improve. You can rate this reply, and any other reply on this case, by choosing the stars at the top right of each correspondence in the AWS Support Center."""
HIST_C3 = """On 2025-03-25 23:40 UTC, you wrote:
The exam was AWS Certified Developer - Associate (DVA-C02), passed on 2024-06-18. Expiry shown before the merge: 2025-06-30. Sorry, I first answered by e-mail."""
T050 = N050 + '\n\nCorrespondence history:\n\n' + ind(HIST_C3) + '\n\n' + ind(HIST_C2) + '\n\n' + ind(HIST_C1) + """

To see this case, sign in to the Support Center:
%s

Mail sent to this address is not read; answers go through the Support Center.

%s
""" % (CONSOLE_LINK_C, CONSOLE_FOOT)
d = T('2025-03-27 01:00:52', UTC)
add('050', 'resolved', False, CASE_C, [], d,
    A('Amazon Web Services', CONSOLE), A(None, ME_P), 'RE:[CASE %s] %s' % (CASE_C, CONSOLE_SUBJ_C),
    leaf('plain', T050, 'utf-8', 'quoted-printable'), irt='048', refs=['042', '044', '048'], mid=mid_ses('050'),
    crlf=True, pre=ses_in(d, ME_P, '050'),
    note='Console resolution with the rating footer; the indented history still holds "I\'ll need …".')

# ---- 051 certification benefit notice
T051 = """Hello Wataru Tanabe,

A benefit has been added to your AWS Certification account.

Candidate ID: AWS11607294
Benefit: 50% discount on your next AWS Certification exam
Valid until: 2025-06-30

Use the benefit when you schedule your next exam; it is applied at checkout.

AWS Certification
"""
d = T('2025-03-27 01:20:11', UTC)
add('051', 'certification', False, None, ['AWS11607294'], d,
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A(None, ME_P),
    'A new benefit is available in your AWS Certification account', alt(T051, p2h(T051), key='051'),
    mid=mid_plain('051', 'certmetrics.com'),
    pre=recv_gmail(d, ME_P, 'mail.certmetrics.com', '52.6.137.18', 'bounce@certmetrics.com', 'certmetrics.com',
                   dkim=[('pass', 'certmetrics.com')], policy='NONE'),
    note='Benefit notice (program mail) right after the console case; candidate ID in its own text.')

# ---- 052 mailing-list post quoting someone's old support mail (11-digit case) under 元のメッセージ
T052 = """小田です。

> 2年前に自分が統合したときのメールが残っていたので貼ります(一部伏せています)。
>
> -------- 元のメッセージ --------
> 件名: RE:[CASE 12873640915] [AWS Training and Certification Form Submission] - account-assistance
> 日付: 2023/05/16 9:41
> 差出人: AWS Training and Certification
>
> We located the following accounts. Please confirm which account you would like to keep, and that both belong to you.
> Account #1 ... (candidate ID AWS0*******)
> Account #2 ...

村井さん、ありがとうございます。この文面なら、残したい方の番号と「両方自分のものです」を書けば通りそうですね。
私も来月退職なので、早めに申請してみます。

--
小田 和宏
"""
d = T('2025-03-28 08:15:20')
add('052', 'unrelated', False, None, [], d,
    A('小田 和宏', 'k-oda@nifmail.ne.jp', 'iso-2022-jp'), A('cloudjp-users', 'cloudjp-users@ml.cloudjp.org'),
    '[cloudjp-users:08812] Re: 認定アカウント統合の返信の書き方', leaf('plain', T052, 'iso-2022-jp', '7bit'),
    subj_cs='iso-2022-jp', mid=mid_plain('052', 'nifmail.ne.jp'),
    irt=mid_plain('052-parent', 'example.ne.jp'), refs=[mid_plain('052-parent', 'example.ne.jp')],
    pre=recv_gmail(d, ME_P, 'ml.cloudjp.org', '198.51.100.23', 'cloudjp-users-bounces@ml.cloudjp.org',
                   'nifmail.ne.jp', dkim=[('pass', 'ml.cloudjp.org')], policy='NONE'),
    extra=['List-Id: cloudjp-users <cloudjp-users.ml.cloudjp.org>', 'X-ML-Name: cloudjp-users',
           'X-Mail-Count: 08812', 'Precedence: bulk'],
    note='Mailing-list post: a stranger\'s 2023 support request (11-digit case) quoted two levels deep.')

# ---- 053 acknowledgement of case D (Japanese, ISO-2022-JP); form echo names case A
FORM_D = """お問い合わせタイプ: 認定
その他の詳細: 認定プロフィール
氏名: 田辺 航
メールアドレス: wataru.tanabe.k@gmail.com

本日はどのようなサポートをお求めですか?
先日アカウントを統合していただいた者です(ケース %s)。統合後、認定アカウントのプロフィール氏名が「Tanabe Wataru (Sorami)」になっています。前の会社で登録した表記が引き継がれたようです。
1. 氏名を修正していただけますか?
2. 4月12日に SAP-C02 を予約していますが、修正後に予約を取り直す必要はありますか?""" % CASE_A
T053 = """田辺 航 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号: %s

順番に確認し、担当者よりご連絡いたします。通常は1営業日以内にお返事しておりますが、混み合っている時期は数日いただく場合がございます。
なお、同じ内容でフォームを再度送信いただく必要はございません。

--- お問い合わせ内容 ---
%s
------------------------

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, FORM_D)
d = T('2025-03-31 00:52:40', UTC)
add('053', 'acknowledgement', False, CASE_D, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P),
    '[CASE %s] [AWS Training and Certification Form Submission] - certification-profile' % CASE_D,
    leaf('plain', T053, 'iso-2022-jp', '7bit'), mid=mid_ses('053'), crlf=True, pre=ses_in(d, ME_P, '053'),
    note='Japanese ack for case D; the echoed form has the owner\'s two questions and case A\'s number.')

# ---- 054 other vendor answers inline and asks a question inline (not AWS)
T054 = """Hi Wataru,

Thanks for the details - answers inline.

> 1. Why was I charged twice in March?

The second charge is the pro-rated upgrade to the Team plan on March 14, not a duplicate.

> 2. Can the subscription move to my personal address?

Yes. Which address should receive invoices from April on? Once you tell us, we'll switch it.

Best,
Mira
Tsumiki Cloud Support

--------------------------------
Ticket #TC-20931 | Reply above this line to add to the ticket.
"""
d = T('2025-04-01 02:00:33', UTC)
add('054', 'unrelated', False, None, [], d,
    A('Tsumiki Cloud Support', 'support@tsumikicloud.io'), A(None, ME_P),
    'Re: [#TC-20931] Double charge in March and billing e-mail change',
    alt(T054, gmail_html(T054), key='054', style='nxt'), mid=mid_plain('054', 'tsumikicloud.io'),
    pre=recv_gmail(d, ME_P, 'o3.mail.tsumikicloud.io', '149.72.120.8', 'bounce@tsumikicloud.io',
                   'tsumikicloud.io', dkim=[('pass', 'tsumikicloud.io')], policy='NONE'),
    note='Another vendor\'s interleaved answer with a real question inline; same shape as a positive, but not AWS.')

# ---- 055 Japanese request hidden inside an inline answer ("|" quoting of the owner's questions)
N055 = """田辺 航 様

AWS トレーニングと認定 カスタマーサポートの林でございます。
お問い合わせの件、以下のとおりご回答いたします。

| 1. 氏名を修正していただけますか?

統合元アカウントの氏名がそのまま引き継がれたものと存じます。こちらで修正いたしますが、試験当日にご提示いただく身分証明書と完全に一致させる必要がございます。お手数ですが、身分証明書に記載のとおりのローマ字氏名(姓と名の順序を含みます)を、本メールへのご返信にてお知らせいただけますでしょうか。

| 2. 4月12日に SAP-C02 を予約していますが、修正後に予約を取り直す必要はありますか?

予約の取り直しは不要です。氏名の変更は試験配信事業者のシステムにも自動で反映されます。ただし反映まで最大2営業日かかりますので、試験日の3営業日前までに修正を終えることをおすすめいたします。

何卒よろしくお願いいたします。

林
AWS トレーニングと認定 カスタマーサポート"""
T055 = N055 + '\n'
d = T('2025-04-01 05:20:16', UTC)
add('055', 'info_request', True, CASE_D, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile' % CASE_D,
    alt(T055, p2h(T055), key='055'), irt='053', refs=['053'], mid=mid_ses('055'), crlf=True,
    pre=ses_in(d, ME_P, '055'),
    note='Japanese agent answers the owner\'s "|"-quoted questions; the request (いただけますでしょうか) sits '
         'inside the first answer, the second answer is plain information.')

# ---- 056 Japanese closing notice; history under a 元のメッセージ separator with no marks
N056 = """田辺 航 様

林でございます。
4月1日にお送りしたメールについて、まだご返信を確認できておりません。

本ケースは、3営業日以内にご返信をいただけない場合、自動的にクローズされます。4月12日の試験に間に合わせるためにも、お早めにご返信くださいますようお願いいたします。本メールにご返信いただければ、ケースはそのまま継続されます。

林
AWS トレーニングと認定 カスタマーサポート"""
T056 = N056 + """

-------- 元のメッセージ --------
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile
日時: 2025/04/01 14:20
差出人: AWS Training and Certification <%s>
宛先: %s

%s
""" % (CASE_D, TC, ME_P, N055)
d = T('2025-04-04 01:00:08', UTC)
add('056', 'closing_notice', True, CASE_D, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile' % CASE_D,
    leaf('plain', T056, 'iso-2022-jp', '7bit'), irt='055', refs=['053', '055'], mid=mid_ses('056'), crlf=True,
    pre=ses_in(d, ME_P, '056'),
    note='Japanese closing notice; the earlier request is repeated below 元のメッセージ without quote marks.')

# ---- 057 owner bottom-posts the answer under "2025年4月4日(金) 10:00 … wrote:"
N057 = """林様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は次のとおりです。

姓: TANABE
名: WATARU

プロフィール上は「Wataru Tanabe」(名・姓の順)で問題ありません。
よろしくお願いいたします。

田辺 航"""
T057 = ('2025年4月4日(金) 10:00 AWS Training and Certification <%s> wrote:\n' % TC) + q(T056) + '\n\n' + N057 + '\n'
d = T('2025-04-04 22:00:27')
add('057', 'user_reply', False, CASE_D, [], d,
    A(ME_JA, ME_P, 'utf-8'), A('AWS Training and Certification', TC),
    'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile' % CASE_D,
    alt(T057, gmail_html(T057), cte_t='base64', cte_h='base64', key='057', style='gmail'),
    irt='056', refs=['053', '055', '056'], mid=mid_gmail('057'),
    note='Owner\'s Japanese answer at the very bottom, under the whole quoted closing notice and request.')

# ---- 058 Credly lookalike
T058 = """Hi Wataru,

We could not verify the issuer of your badge "AWS Certified Solutions Architect - Associate" after a recent account change. Badges that are not re-verified within 72 hours are revoked.

Re-verify now by signing in with your AWS Builder ID:
https://credly-badgecenter.com/verify?b=4b1f0d7e

Credly Trust & Safety
"""
d = T('2025-04-05 03:44:10', UTC)
add('058', 'suspicious', False, None, [], d,
    A('Credly', 'notifications@credly-badgecenter.com'), A(None, ME_P),
    'Action required: your AWS badge will be revoked', alt(T058, p2h(T058), key='058'),
    mid=mid_plain('058', 'credly-badgecenter.com'),
    pre=recv_gmail(d, ME_P, 'mx.credly-badgecenter.com', '91.92.109.14', 'bounce@credly-badgecenter.com',
                   'credly-badgecenter.com', dkim=[('pass', 'credly-badgecenter.com')], policy='NONE'),
    note='Lookalike Credly domain asking for Builder ID sign-in.')

# ---- 059 Japanese resolution; requests repeated below 元のメッセージ without marks
N059 = """田辺 航 様

林でございます。ご返信ありがとうございます。

プロフィールの氏名を「Wataru Tanabe」に更新いたしました。試験配信事業者への反映も本日中に完了する見込みですので、4月12日の試験はこのままご受験いただけます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

林
AWS トレーニングと認定 カスタマーサポート"""
T059 = N059 + """

-------- 元のメッセージ --------
差出人: 田辺 航 <%s>
日時: 2025年4月4日(金) 22:00
件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile

%s

-------- 元のメッセージ --------
差出人: AWS Training and Certification <%s>
日時: 2025年4月4日(金) 10:00

%s

-------- 元のメッセージ --------
差出人: AWS Training and Certification <%s>
日時: 2025年4月1日(火) 14:20

%s
""" % (ME_P, CASE_D, N057, TC, N056, TC, N055)
d = T('2025-04-07 01:30:55', UTC)
add('059', 'resolved', False, CASE_D, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P),
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile' % CASE_D,
    leaf('plain', T059, 'utf-8', 'quoted-printable'), irt='057', refs=['053', '055', '056', '057'],
    mid=mid_ses('059'), crlf=True, pre=ses_in(d, ME_P, '059'),
    note='Japanese resolution with a conditional (ございましたら); the closing notice and the request follow '
         'below 元のメッセージ separators with no quote marks.')

# ---- 060 Japanese support survey for case D
T060 = """田辺 航 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、満足度をお聞かせください(所要時間1分)。

アンケートに回答する:
https://survey.aws.amazon.com/cs?c=%s&lang=ja

いただいたご意見はサポート品質の向上に活用いたします。
本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_D, CASE_D)
d = T('2025-04-07 06:02:00', UTC)
add('060', 'survey', False, CASE_D, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), '【アンケートのお願い】ケース %s の対応について' % CASE_D,
    leaf('plain', T060, 'utf-8', '8bit'), mid=mid_ses('060'), pre=ses_in(d, ME_P, '060'),
    note='Japanese satisfaction survey for case D.')

# ---- 061 friend, interleaved questions
T061 = """航くん

> 先週から新しい会社に通ってる。まだ研修ばっかり。

おつかれ! 慣れるまでは疲れるよね。

> 来週末なら時間あるよ

じゃあ来週の土曜、転職祝いしよう。お店は私が予約しておくね。
苦手な食べ物ってあったっけ?

由紀

2025/04/08 23:02、Wataru Tanabe <wataru.tanabe.k@gmail.com>のメール:
> 先週から新しい会社に通ってる。まだ研修ばっかり。
> 来週末なら時間あるよ
"""
d = T('2025-04-09 07:48:12')
add('061', 'unrelated', False, None, [], d,
    A('本田 由紀', 'yuki.honda.88@icloud.com', 'utf-8'), A('Wataru Tanabe', ME_P), 'Re: 転職祝い',
    leaf('plain', T061, 'utf-8', 'quoted-printable'), mid=mid_plain('061', 'icloud.com'),
    irt=mid_gmail('061-parent'), refs=[mid_gmail('061-parent')],
    pre=recv_gmail(d, ME_P, 'st43p00im-ztdg10073201.me.com', '17.58.63.181', 'yuki.honda.88@icloud.com',
                   'icloud.com', dkim=[('pass', 'icloud.com')]),
    extra=['X-Mailer: iPhone Mail (22D72)'],
    note='Friend: interleaved answers and a question, then the full quote under an Apple Mail JP attribution.')

# ---- 062 exam vendor reminder
T062 = """Dear Wataru Tanabe,

This is a reminder of your upcoming exam.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Saturday, April 12, 2025 10:00 AM JST
Test centre: Tokyo - Shinagawa Test Center
Registration ID: 473920518

Arrive 15 minutes early and bring a valid ID that matches the name on your registration.

Pearson VUE
"""
d = T('2025-04-10 00:00:31', UTC)
add('062', 'unrelated', False, None, [], d,
    A('Pearson VUE', 'pearsonvuereminder@pearson.com'), A(None, ME_P), 'Reminder: your AWS exam on April 12, 2025',
    alt(T062, p2h(T062), key='062'), mid=mid_plain('062', 'pearson.com'),
    pre=recv_gmail(d, ME_P, 'mx0b-pearson.pphosted.com', '148.163.156.77', 'pearsonvuereminder@pearson.com',
                   'pearson.com', dkim=[('pass', 'pearson.com')], policy='REJECT'),
    note='Exam vendor reminder.')

# ---- 063 follow-up question on the resolved case A; an old quoted line sits inside the new text
N063 = """Hi Wataru,

I'm writing on your merge case once more because of a follow-up from the partner side.

Back on March 4 you wrote to us:

> After that this company address stops working, so please keep writing to my personal address

which is why this comes to your personal address. Sorami Technologies' partner administrator has asked whether your certifications may stay listed on their partner scorecard until the end of the quarter (June 30). Nothing changes on your own account either way, but we can't record an answer for them without hearing from you. Is that all right with you? A yes or no is enough.

Best regards,
Tomasz K.
AWS Training and Certification Customer Support"""
T063 = N063 + '\n\nOn Mon, Mar 24, 2025 at 1:40 AM Priyanka S. <%s> wrote:\n' % TC + q(N046) + '\n'
d = T('2025-04-10 01:15:20', UTC)
add('063', 'info_request', True, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('plain', T063, 'utf-8', 'quoted-printable'),
    irt='046', refs=['004', '041', '046'], mid=mid_ses('063'), crlf=True, pre=ses_in(d, ME_P, '063'),
    note='New question on a resolved case; the agent quotes one old line of the owner in the middle of his own '
         'text, and the resolution (with "marking this case resolved") is quoted below.')

# ---- 064 owner answers inline under a Japanese Gmail attribution
_q63 = q(N063).split('\n')
_m = [k for k, l in enumerate(_q63) if 'A yes or no is enough.' in l][0]
T064 = ('2025年4月10日(木) 10:15 AWS Training and Certification <%s>:\n' % TC + '\n'.join(_q63[:_m + 1]) + """

Yes, that's fine with me until June 30.

Wataru
""")
d = T('2025-04-10 12:40:03')
add('064', 'user_reply', False, CASE_A, [], d,
    A(ME_NAME, ME_P), A('AWS Training and Certification', TC), 'Re: ' + SUBJ_A,
    alt(T064, gmail_html(T064), key='064', style='gmail'), irt='063', refs=['004', '046', '063'],
    mid=mid_gmail('064'),
    note='Owner\'s one-line answer after a quote that itself contains a quoted line (> >).')

# ---- 065 update: answer passed on, nothing more needed; the question is quoted below
N065 = """Thanks, Wataru - I've passed your answer to the partner team. They'll keep your certifications on their scorecard until June 30 and remove them after that on their own. Nothing more is needed from you.

Tomasz K.
AWS Training and Certification Customer Support"""
T065 = N065 + '\n\n-----Original Message-----\nFrom: Wataru Tanabe <%s>\nSent: 4/10/2025 3:40 AM\n\n' % ME_P + T064
d = T('2025-04-11 00:30:44', UTC)
add('065', 'case_update', False, CASE_A, [], d,
    A('AWS Training and Certification', TC), A(None, ME_P), SUBJ_A, leaf('plain', T065, 'utf-8', 'base64'),
    irt='064', refs=['004', '063', '064'], mid=mid_ses('065'), pre=ses_in(d, ME_P, '065'),
    note='News only ("nothing more is needed"); the owner\'s reply and, inside it, the partner question are quoted.')

# ---- 066 exam result
T066 = """Congratulations, Wataru Tanabe!

You have earned the AWS Certified Solutions Architect - Professional certification.

Candidate ID: AWS11607294
Exam: SAP-C02
Exam date: 2025-04-12
Validation number: 2NK8M4QZC1B4QP3S
Valid through: 2028-04-12

Your digital badge will arrive from Credly shortly. Your certificate is available in your AWS Certification account.

AWS Certification
"""
d = T('2025-04-14 02:11:09', UTC)
add('066', 'certification', False, None, ['AWS11607294'], d,
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A(None, ME_P),
    'Congratulations! You are now AWS Certified', alt(T066, p2h(T066), key='066'),
    mid=mid_plain('066', 'certmetrics.com'),
    pre=recv_gmail(d, ME_P, 'mail.certmetrics.com', '52.6.137.18', 'bounce@certmetrics.com', 'certmetrics.com',
                   dkim=[('pass', 'certmetrics.com')], policy='NONE'),
    note='Exam result (certification), candidate ID in its own text.')

# ---- 067 Credly badge for the new certification
T067 = """Hi Wataru,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/c81e4a2f-0b7d-4f3e-9a61-57d2e8b0a3c4/accept

Credly, a Pearson company
"""
d = T('2025-04-14 02:30:47', UTC)
add('067', 'badge', False, None, [], d,
    A('Credly', 'admin@credly.com'), A(None, ME_P),
    'Amazon Web Services Training and Certification issued you a new badge', alt(T067, p2h(T067), key='067'),
    mid=mid_plain('067', 'credly.com'),
    pre=recv_gmail(d, ME_P, 'o1.ptr4471.credly.com', '167.89.101.38', 'bounces+7712@em.credly.com', 'credly.com',
                   dkim=[('pass', 'credly.com')]),
    note='Credly badge for the new certification.')


# ================================================================ README and output
README_HEAD = """me: %s %s

# Blind corpus blind-403: new words vs quoted history

67 messages in arrival order (`NNN-msg.eml` + `NNN-msg.json`), written by `gen.py` (standard library only;
`python3 gen.py` rewrites everything next to the script). Mailbox owner: Wataru Tanabe / 田辺 航, leaving
Sorami Technologies (an AWS Partner Network company) on 2025-03-14. Personal address `%s` (Gmail),
company address `%s` (Exchange Online; closed after March 14). Sent mail from either address appears in
the mailbox and is labelled `user_reply`.

Stress theme: telling support's (or the owner's) new words from quoted history, in bottom-posted and
interleaved mail and many quote styles: `>` and `> >`, `|`, indentation, no marker at all (Outlook
From:/Sent: and 差出人:/送信日時: blocks, `-----Original Message-----`, `-----元のメッセージ-----`,
`-------- 元のメッセージ --------`, `--- On … wrote ---`), Japanese attributions
(`2025年3月4日(火) 18:05 … <…>:`, `2025年4月4日(金) 10:00 … wrote:`, Apple Mail `…のメール:`), HTML blockquotes.

## Cases

| case | channel | what happens | messages |
|---|---|---|---|
| %s | T&C form, English (15 digits) | company -> personal merge. Ack, partner (APN) hold with a buried question, a reply from the wrong address, "write again from the case address", hold lifted, confirmation request (HTML table), closing notice, confirmation, merge. Reopened for a third (student) account: confirmation request, merged. Later a partner-scorecard question on the resolved case. | 004 007 008 010 011 016 023 024 025 029 031 032 034 036 037 039 040 041 046 063 064 065 |
| %s | T&C form, Japanese ack (15 digits) | duplicate form sent from the company address; closed as a duplicate of %s | 012 014 |
| %s | AWS Support Center (console), no e-mail replies | 50%% voucher missing after the merge. The owner answers by e-mail (never reaches support), gets the auto-resolve warning, answers in the console, voucher restored | 042 044 045 048 050 |
| %s | T&C form, Japanese agent | name on the profile must match the passport before an exam: request inside an inline answer, closing notice, answer, fixed | 053 055 056 057 059 060 |

Other case numbers that appear but are not the owner's cases (label `case: null`): a colleague's own T&C case
%s (017 018 049), an AWS Educate form case 174259876000233 (043), a stranger's 2023 case 12873640915 quoted
on a mailing list (052), a closed 2021 case 8412093317 named in the owner's note (003), fake case numbers
in phishing (021 047). Non-case numbers: AWS account ID 483107265519, Pearson VUE registration 473920518,
Builder ID code 583016, Credly badge UUIDs, vendor tickets #48213 / #TC-20931.

## Labelling decisions

**The line drawn for the theme (new vs quoted).** A message's own words are: in a top-posted mail, everything
above the first attribution or separator; in a bottom-posted mail, everything below the quoted block
(011, 039, 045, 057); in an interleaved mail, every unmarked line between quoted blocks (008, 031, 040, 055,
063, 064). Quoted history is: anything after an attribution line (`On … wrote:`, `2025年3月4日(火) 18:05 … <…>:`,
`… wrote:` after a Japanese date, `…のメール:`), anything after a separator or header block even when the
lines carry no mark at all (`-----Original Message-----`, `--------------- Original Message ---------------`,
`-----元のメッセージ-----`, `-------- 元のメッセージ --------`, `--- On … wrote ---`, Outlook `From:/Sent:` or
`差出人:/送信日時:` blocks, Gmail `Forwarded message`), every line marked `>` or `|` (at any depth), the indented
"Correspondence history" of console mail, and the form echo of acknowledgements ("This is what you sent us",
ご送信内容, お問い合わせ内容): the echo is the owner's own earlier words, not support's, so its questions and
candidate IDs do not count (004, 012, 042, 053). Requests, deadlines and candidate IDs are judged on the own
words only. Consequences: a request quoted under a resolution, an update, a hold or a duplicate notice never
sets `needs_reply` (014, 016, 023, 032, 037, 041, 046, 050, 059, 065); a support request forwarded by the owner
or by a colleague is not a request to the owner (017, 025, 026, 049); an owner's mail that quotes a request is
`user_reply`, never a request. Two calls go the other way because the owner must write back: a closing notice
is a request even when the original question appears only in its quote (029, 048, 056); and where an agent
quotes one old line of the owner inside his own text (063, `> After that this company address…`), that line is
history but the question that follows it is new. In 055 the `|` lines are the owner's questions and the
unmarked paragraphs between them are the agent's answers, one of which carries the request. When the agent
writes a listing or table in his own words (024, 039) the candidate IDs in it count; the same IDs in the
replies that quote it (029, 031, 040) do not.

Other calls:
- 007 is `on_hold` (paused for the partner) with `needs_reply` true: the second paragraph asks for the last
  working day even though the first says there is nothing to chase. 016 is `on_hold` with `needs_reply` false:
  it only answers the owner's question and says no action is needed.
- 010 is `info_request` (write again from the case address), not `confirmation_request`.
- 039 is `confirmation_request`: it lists a third account and asks the owner to say it is his and to go ahead
  with folding it in, phrased as a statement ("we won't touch it until you tell us …").
- 044 (console) is `info_request`, `needs_reply` true, answered in the Support Center. 048 is a
  `closing_notice` with `needs_reply` true even though the mailbox holds the owner's e-mailed answer (045):
  that e-mail went to a no-reply address and support never received it (the history in 048 shows no answer).
- 063 arrives on a resolved case but asks a yes/no question: `info_request`, true. 065 passes the answer on and
  says nothing more is needed: `case_update` (the merge itself was resolved earlier).
- 014 (duplicate closed and linked to case A) is `case_update` for case %s.
- 043 (AWS Educate case with a direct question) is `unrelated`, `needs_reply` false, `case` null: it is not a
  Training and Certification case.
- `case` is set only for the owner's own Training and Certification cases, on support mail, his own mails about
  them (including his forward 025) and their surveys. Colleague mail about the colleague's case, the
  colleague's out-of-office whose subject carries case %s's token (026), mailing-list quotes and phishing with
  `[CASE …]` subjects get `null`.
- 027 (certmetrics program survey) is `certification`; 034 and 060 (about a support case) are `survey`.
- Candidate IDs are listed whatever the kind when they are in the message's own text: 002, 020 (exam vendor),
  051 and 066 carry one; 017 carries the colleague's own ID in his note.
- 047 uses the genuine T&C address, but DKIM fails, SPF softfails and DMARC fails at Gmail: `suspicious`.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if re.match(r'^\d{3}-msg\.(eml|json)$', f):
            os.remove(os.path.join(HERE, f))
    prev = None
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = '%03d' % i
        assert m['key'] == n, (m['key'], n)
        assert prev is None or m['date'] >= prev, n
        prev = m['date']
        for c in m['cands']:
            assert re.fullmatch(r'AWS\d{8}', c), c
        with open(os.path.join(HERE, n + '-msg.eml'), 'wb') as fh:
            fh.write(m['raw'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['cands']}
        with open(os.path.join(HERE, n + '-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        rows.append('| %s | %s | %s | %s | %s |' % (n, m['kind'], 'yes' if m['needs_reply'] else 'no',
                                                    m['case'] or '-', m['note'].replace('|', '\\|')))
    counts = Counter(m['kind'] for m in MSGS)
    head = README_HEAD % (ME_P, ME_C, ME_P, ME_C, CASE_A, CASE_B, CASE_A, CASE_C, CASE_D, SASAKI_CASE,
                          CASE_B, CASE_A)
    tail = '\nCounts per kind: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(counts.items())) + \
           '; needs_reply true: %d of %d.\n' % (sum(m['needs_reply'] for m in MSGS), len(MSGS))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n'.join(rows) + '\n' + tail)
    for k, v in sorted(counts.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply true', sum(m['needs_reply'] for m in MSGS)))


if __name__ == '__main__':
    main()
