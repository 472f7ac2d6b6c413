#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json next to this script.
Standard library only. Run: python3 gen.py   (python3 gen.py --table prints the README table)"""
import os, sys, json, base64, quopri, hashlib, html
import datetime as dt
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'nanami.takeuchi.87@gmail.com'
ME_C = 'n-takeuchi@hoshizora-tech.co.jp'
ME = 'Nanami Takeuchi'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
CASE_A = '175794316208841'   # merge company -> personal (APN hold), reopened for a 3rd account
CASE_B = '175794702311507'   # duplicate form submitted from the company address
CASE_C = '176034071502236'   # Support Center (console) case: exam voucher lost in merge
CASE_D = '8739201645'        # 2021 case, only in a forwarded copy
CASE_E = '175968411905532'   # Japanese-language case: exam result on the closed account
CASE_G = '176069341207719'   # name change, ends unanswered
CASE_EDU = '176006812204418' # AWS Educate form case (other program)
CASE_BILL = '14630928817'    # AWS billing console case (not T&C)
CID_NEW, CID_OLD, CID_3RD = 'AWS05829314', 'AWS02176548', 'AWS03391045'
SUBJ_A = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId={}&language=en'

MSGS = []
MID = {}
_bn = [0]

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis', 'us-ascii': 'ascii'}
CSNAME = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS', 'us-ascii': 'us-ascii'}


def hx(s, n):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def when(s, tz='+0000'):
    """s is UTC 'YYYY-MM-DD HH:MM:SS'; returns (utc datetime, RFC 5322 date in tz)."""
    t = dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=dt.timezone.utc)
    sign = 1 if tz[0] == '+' else -1
    off = sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    lt = t.astimezone(dt.timezone(off))
    return t, lt.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def local(s, tz='+0900', fmt='%a, %b %d, %Y at %I:%M %p'):
    t = dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=dt.timezone.utc)
    sign = 1 if tz[0] == '+' else -1
    off = sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    out = t.astimezone(dt.timezone(off)).strftime(fmt)
    return out.replace(' 0', ' ') if '%I' in fmt else out


def enc(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def ad(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


def mid(key, style='ses', dom=None):
    if key in MID:
        return MID[key]
    x = hx(key, 40)
    if style == 'ses':
        v = f'<0100{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:32]}-{hx(key + "z", 12)}-000000@email.amazonses.com>'
    elif style == 'gmail':
        b = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode().replace('/', '_').replace('+', '-')[:38]
        v = f'<CAH{b}@mail.gmail.com>'
    elif style == 'outlook':
        y = x.upper()
        v = f'<TYWPR01MB{y[:4]}{y[4:36]}@TYWPR01MB{y[:4]}.jpnprd01.prod.outlook.com>'
    else:
        v = f'<{x[:16]}.{hx(key + "q", 8)}@{dom}>'
    MID[key] = v
    return v


def leaf(text, ctype='text/plain', cs='utf-8', cte='quoted-printable', extra=(), params=''):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(CODEC[cs])
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    hdrs = [('Content-Type', f'{ctype}; charset="{CSNAME[cs]}"{params}'),
            ('Content-Transfer-Encoding', cte)] + list(extra)
    return (hdrs, body)


def attach(data, ctype, name, cte='base64'):
    raw = data.encode('utf-8') if isinstance(data, str) else data
    body = base64.encodebytes(raw) if cte == 'base64' else raw
    return ([('Content-Type', f'{ctype}; name="{name}"'),
             ('Content-Disposition', f'attachment; filename="{name}"'),
             ('Content-Transfer-Encoding', cte)], body)


def multi(sub, parts, style='part', extra=()):
    _bn[0] += 1
    k = hx('b%d' % _bn[0], 24)
    b = {'part': f'----=_Part_{_bn[0] * 7919 % 100000}_{int(k[:8], 16) % 10**9}.{int(k[8:16], 16) % 10**13}',
         'gmail': '0000000000' + k[:14],
         'outlook': f'_000_TYWPR01MB{k[:20].upper()}_',
         'plain': 'b1_' + k}[style]
    body = b''
    if style in ('part', 'outlook'):
        body += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        body += b'--' + b.encode() + b'\n' + render(p) + b'\n'
    body += b'--' + b.encode() + b'--\n'
    return ([('Content-Type', f'multipart/{sub}; boundary="{b}"')] + list(extra), body)


def render(p):
    hdrs, body = p
    return ''.join(f'{k}: {v}\n' for k, v in hdrs).encode('ascii') + b'\n' + body


def add(kind, reply, case, cids, note, utc, hdrs, root, nl='\n', tz='+0000', trace=()):
    t, date = when(utc, tz)
    if MSGS:
        assert t >= MSGS[-1]['t'], (note, utc)
    top = list(trace) + [(k, v) for k, v in hdrs if v is not None]
    names = [k for k, _ in top]
    if 'Date' not in names:
        top.insert(len(trace) + 1, ('Date', date))
    top.append(('MIME-Version', '1.0'))
    data = ''.join(f'{k}: {v}\n' for k, v in top).encode('ascii') + render(root)
    if nl == '\r\n':
        assert b'\r' not in data
        data = data.replace(b'\n', b'\r\n')
    MSGS.append(dict(t=t, data=data, note=note,
                     label={'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids)}))


# ---------- trace headers ----------
def _ip(key):
    v = int(hx(key, 6), 16)
    return f'54.240.{8 + v % 40}.{v % 250 + 3}'


def gmail_in(key, utc, mailfrom, dkim_d, hdr_from_dom, host=None, ip=None, to=ME_P,
             dkim='pass', spf='pass', dmarc='pass', policy='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    ip = ip or _ip(key)
    host = host or f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    _, d = when(utc)
    sid = hx(key + 'smtp', 12)
    spf_txt = {'pass': f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender)',
               'softfail': f'softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)',
               'fail': f'fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)',
               'neutral': f'neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})'}[spf]
    dk = f'dkim={dkim} header.i=@{dkim_d} header.s={hx(key, 8)} header.b={base64.b64encode(hx(key, 6).encode()).decode()[:8]}'
    if dkim == 'fail':
        dk = f'dkim=fail (body hash did not verify) header.i=@{dkim_d} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Zx0{hx(key, 5)}'
    if dkim == 'none':
        dk = 'dkim=none'
    ar = (f'mx.google.com;\n       {dk};\n       spf={spf_txt} smtp.mailfrom={mailfrom};\n'
          f'       dmarc={dmarc} ({policy}) header.from={hdr_from_dom}')
    return [('Delivered-To', to),
            ('Received', f'by 2002:a05:7300:{hx(key, 4)}:b0:{hx(key + "r", 3)}:{hx(key + "s", 4)} with SMTP id {sid};\n        {d}'),
            ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}{hx(key, 6)}.{hx(key + "x", 3)}.2025.{hx(key + "y", 2)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d}'),
            ('Authentication-Results', ar),
            ('Return-Path', f'<{mailfrom}>')]


def m365_in(key, utc, mailfrom_dom, dkim_d, from_dom, ip=None, ok=True):
    ip = ip or _ip(key)
    _, d = when(utc)
    return [('Received', f'from OS3P286MB{hx(key, 4).upper()}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{hx(key, 3)}::{hx(key + "a", 2)}) by\n TYWPR01MB{hx(key + "b", 4).upper()}.jpnprd01.prod.outlook.com with HTTPS; {d}'),
            ('Authentication-Results', f'spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=pass (signature was verified)\n header.d={dkim_d};dmarc=pass action=none header.from={from_dom};compauth=pass\n reason=100'),
            ('Received-SPF', f'Pass ({from_dom}: domain of {mailfrom_dom} designates {ip} as permitted sender)')]


def ses_from(key):
    return f'0100{hx(key, 12)}-{hx(key + "m", 8)}-000000@amazonses.com'


# ---------- text helpers ----------
def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.rstrip('\n').split('\n'))


def t2h(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


def page(inner, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body>\n<div style="{style}">\n{inner}\n</div>\n</body>\n</html>\n')


def gmail_html(new, attr, old_html):
    return (f'<div dir="ltr">{t2h(new)}</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            f'{old_html}\n</blockquote></div>\n')


def alt(text, htm, cs='utf-8', cte='quoted-printable', style='part', hcte=None):
    return multi('alternative', [leaf(text, 'text/plain', cs, cte), leaf(htm, 'text/html', cs, hcte or cte)], style)


def outlook_hdr(frm, sent, to, subj, cc=None):
    s = f'-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n'
    if cc:
        s += f'Cc: {cc}\n'
    return s + f'Subject: {subj}\n'


FOOT_FORM = ('\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
             'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, '
             'Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
FOOT_CONSOLE = ('\n\nThis mailbox is not monitored, and mail sent to it is not read. To answer, open the case with '
                'the link above and add your reply there.\n\nAmazon Web Services, Inc., 410 Terry Ave. North, '
                'Seattle, WA 98109-5210\n')


def H(frm, to, subj, key, style='ses', dom=None, cc=None, irt=None, refs=None, extra=(), cs='utf-8'):
    hs = [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs.append(('Subject', enc(subj, cs)))
    hs.append(('Message-ID', mid(key, style, dom)))
    if irt:
        hs.append(('In-Reply-To', MID[irt]))
    if refs:
        hs.append(('References', '\n '.join(MID[r] for r in refs)))
    return hs + list(extra)


TXT = {}
AWS_FORM = ad('Amazon Web Services', FORM)
TC_FORM = ad('AWS Training and Certification', FORM)

# ---------------------------------------------------------------- 001
t = ('各位\n\nお疲れさまです。クラウド推進部の田村です。\n\n'
     '9月末でご退職される竹内さんの送別会を、下記のとおり開催します。\n\n'
     '　日時：9月26日(金) 19:00〜21:00\n　場所：炉端 しおさい 新橋店(会費 5,000円)\n\n'
     'お店の予約の都合がありますので、参加可否を9月19日(金)までにこのメールへ返信してください。\n'
     '(竹内さんご本人は返信不要です。当日楽しみにしていてください!)\n\n'
     '田村 浩二\n株式会社ほしぞらテック クラウド推進部\n')
add('unrelated', False, None, [], 'Colleague invites the department to the owner\'s farewell party; asks others to reply, ISO-2022-JP',
    '2025-09-12 00:10:31', H(ad('田村 浩二', 'k-tamura@hoshizora-tech.co.jp', 'iso-2022-jp'), 'cloud-dept@hoshizora-tech.co.jp',
                             '【ご案内】竹内さん送別会(9/26)', 'u001', 'outlook', cs='iso-2022-jp', cc=ad(ME, ME_C),
                             extra=[('X-MS-Has-Attach', ''), ('Content-Language', 'ja-JP')]),
    leaf(t, cs='iso-2022-jp', cte='7bit'), tz='+0900',
    trace=[('Received', 'from TYWPR01MB7741.jpnprd01.prod.outlook.com ([fe80::3c1a:91ff:fe02:11aa]) by\n TYWPR01MB7741.jpnprd01.prod.outlook.com; Fri, 12 Sep 2025 00:10:31 +0000')])

# ---------------------------------------------------------------- 002
t = ('Hello,\n\nUse the code below to verify the email address for your new AWS Builder ID.\n\n'
     'Verification code: 482913\n\nThe code is valid for 10 minutes. If you did not try to create an AWS Builder ID, '
     'you can ignore this message; no profile will be created without the code.\n\nAmazon Web Services\n')
h = page('<h2 style="font-size:20px">Verify your email address</h2>\n'
         '<p>Use the code below to verify the email address for your new AWS Builder ID.</p>\n'
         '<p style="font-size:28px;font-weight:bold;letter-spacing:4px">482913</p>\n'
         '<p>The code is valid for 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message; '
         'no profile will be created without the code.</p>\n<p>Amazon Web Services</p>')
add('unrelated', False, None, [], 'Builder ID one-time code (6-digit number, not a case)', '2025-09-13 11:02:07',
    H(ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', 'u002'),
    alt(t, h), nl='\r\n',
    trace=gmail_in('u002', '2025-09-13 11:02:08', ses_from('u002s'), 'signin.aws', 'signin.aws'))

# ---------------------------------------------------------------- 003
t = ('自分用メモ(統合申請の前に控えたもの)\n\n'
     '■ 旧アカウント(会社)\n  ログイン: n-takeuchi@hoshizora-tech.co.jp\n  候補ID: AWS02176548\n'
     '  認定: SAA(2023/11)、CLF(2022/12)\n  特典: 次回試験 50% 割引バウチャー(未使用)\n'
     '  APN(ほしぞらテック)と共有中\n\n'
     '■ 新アカウント(個人)\n  ログイン: nanami.takeuchi.87@gmail.com\n  候補ID: AWS05829314\n'
     '  9/13 に Builder ID 作成、認定アカウントも作成済み(履歴は空)\n\n'
     '証明書PDFは Drive の「資格」フォルダに保存済み。\n'
     'フォーム: お問い合わせタイプ=認定、その他の詳細=アカウントの統合。残すのは個人アドレス。\n')
add('user_reply', False, None, [CID_OLD, CID_NEW], 'Owner\'s note to self before filing; lists both candidate IDs (UTF-8 base64)',
    '2025-09-15 13:10:44', H(ad(ME, ME_P), ad(ME, ME_P), 'メモ:認定アカウント統合の前に控えたこと', 'u003', 'gmail'),
    multi('alternative', [leaf(t, cte='base64'), leaf('<div dir="ltr">' + t2h(t) + '</div>', 'text/html', cte='base64')], 'gmail'),
    tz='+0900')

# ---------------------------------------------------------------- 004  ack A
TXT['A1'] = (f'Hello,\n\nThanks for getting in touch with AWS Training and Certification. Your request is now case {CASE_A}, '
             'and a member of our team will review it.\n\n'
             'We aim to send a first response within 24 hours. Some requests need extra research, and we appreciate your '
             'patience while we find the right answer.\n\n'
             'Please do not submit the form again for this same request: a second case is handled on its own and usually '
             'makes the answer slower. To add information, reply to this message and leave the case number in the subject.\n\n'
             'Here is a summary of what you submitted:\n\n'
             f'Case ID: {CASE_A}\nInquiry type: Certification\nAdditional details: Account Merge\n'
             f'Contact email: {ME_P}\nAWS Candidate ID: {CID_NEW}\nDescription:\n'
             'I will leave my employer (Hoshizora Tech) at the end of September and want to combine my two certification '
             f'accounts. The old one uses {ME_C} (candidate ID {CID_OLD}). Please keep {ME_P} as the address on file.\n\n'
             'Sincerely,\nAmazon Web Services' + FOOT_FORM)
add('acknowledgement', False, CASE_A, [CID_NEW, CID_OLD], 'Form acknowledgement for the main merge case; echoes the form text incl. both candidate IDs; "please do not submit again" is not a request',
    '2025-09-15 13:32:49', H(AWS_FORM, ME_P, SUBJ_A, 'A1'),
    leaf(TXT['A1'], cs='us-ascii', cte='7bit'), nl='\r\n',
    trace=gmail_in('A1', '2025-09-15 13:32:50', ses_from('A1'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 005  ack B (duplicate, Japanese)
SUBJ_B = f'RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance'
t = ('竹内 七海 様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\n'
     f'ご依頼をケース {CASE_B} として受け付けました。\n\n'
     '担当者より、原則として24時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。\n\n'
     '同じ内容のケースを既にお持ちの場合は、新しくフォームを送信せず、既存のケースのメールにご返信ください。'
     '重複したケースは個別に処理されるため、回答が遅れる原因となります。\n\n'
     '■ 受付内容\n'
     f'ケース ID: {CASE_B}\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n'
     f'メールアドレス: {ME_C}\nAWS 候補 ID: {CID_OLD}\nお問い合わせ内容:\n'
     f'退職に伴い、この会社アドレスの認定アカウントを個人アドレス({ME_P})のアカウントへ統合したいです。'
     '先ほどのフォーム送信が完了したか分からなかったため、念のため再送します。\n\n'
     'Amazon Web Services\n')
add('acknowledgement', False, CASE_B, [CID_OLD], 'Japanese acknowledgement of a second (duplicate) form sent from the company address',
    '2025-09-15 14:37:10', H(AWS_FORM, ME_C, SUBJ_B, 'B1'),
    alt(t, page(t2h(t))),
    trace=m365_in('B1', '2025-09-15 14:37:11', 'amazonses.com', 'amazon.com', 'amazon.com') + [('Return-Path', f'<{ses_from("B1")}>')])

# ---------------------------------------------------------------- 006  GitHub
t = ('Merged #482 into main.\n\n—\nReply to this email directly, view it on GitHub:\n'
     'https://github.com/hoshizora/infra-modules/pull/482#event-19822467713\n'
     'You are receiving this because you authored the thread.\n\nMessage ID: <hoshizora/infra-modules/pull/482/issue_event/19822467713@github.com>\n')
h = ('<p></p>\n<p>Merged <a class="commit-link" href="https://github.com/hoshizora/infra-modules/pull/482">#482</a> into main.</p>\n'
     '<p style="font-size:small;color:#666">—<br>Reply to this email directly, <a href="https://github.com/hoshizora/infra-modules/pull/482#event-19822467713">view it on GitHub</a>.<br>'
     'You are receiving this because you authored the thread.</p>\n')
add('unrelated', False, None, [], 'GitHub "Merged #482" notification about an account-merge script; "reply to this email" footer',
    '2025-09-16 01:05:22', H(ad('Ryo Matsuda', 'notifications@github.com'), ad('hoshizora/infra-modules', 'infra-modules@noreply.github.com'),
                             'Re: [hoshizora/infra-modules] Add account-merge helper for org consolidation (PR #482)', 'u006', 'x',
                             'github.com', cc=ad(ME, ME_C) + ', ' + ad('Author', 'author@noreply.github.com'),
                             extra=[('List-ID', 'hoshizora/infra-modules <infra-modules.hoshizora.github.com>'),
                                    ('X-GitHub-Reason', 'author')]),
    alt(t, h, style='plain'),
    trace=m365_in('u006', '2025-09-16 01:05:23', 'github.com', 'github.com', 'github.com', ip='192.30.252.201'))

# ---------------------------------------------------------------- 007  B closed as duplicate
t = ('Hello Nanami,\n\nPriya here, from the AWS Training and Certification team.\n\n'
     'While reviewing this request I saw that the same merge was sent about an hour earlier from your personal '
     f'address, and that request is already being handled as case {CASE_A}. So that everything stays in one '
     f'thread, I have closed this case ({CASE_B}) as a duplicate and left a note on the other one.\n\n'
     f'There is nothing you need to do here. All further news about the merge will come on case {CASE_A}, '
     f'sent to {ME_P}.\n\nBest regards,\n\nPriya S.\nAWS Training and Certification' + FOOT_FORM)
add('case_update', False, CASE_B, [], 'Duplicate case closed and linked to the main case; mentions the other case number in the body',
    '2025-09-16 06:40:03', H(AWS_FORM, ME_C, SUBJ_B, 'B2', irt='B1', refs=['B1']),
    leaf(t, cte='quoted-printable'),
    trace=m365_in('B2', '2025-09-16 06:40:04', 'amazonses.com', 'amazon.com', 'amazon.com') + [('Return-Path', f'<{ses_from("B2")}>')])

# ---------------------------------------------------------------- 008  A on hold, question buried
TXT['A2'] = ('Hello Nanami,\n\nThank you for your patience while we looked into your merge request.\n\n'
             f'When I opened the account registered to {ME_C}, I found that it is linked to an AWS Partner Network (APN) '
             'organization, Hoshizora Tech Co., Ltd. Certifications held by an account that is linked to a partner count '
             'toward that partner\'s certification totals, so they cannot be moved into a different account while the link '
             'exists. I have therefore put this case on hold and referred it to our partner operations team, who work with '
             'the partner\'s administrator on changes like this.\n\n'
             'Nothing has gone wrong on your side, and your certifications stay valid in the meantime.\n\n'
             'One detail will help the partner team move faster. Are you still employed at Hoshizora Tech today, and if so, '
             'what will be your last working day? If you are staying with the company, the link normally remains in place '
             'and a merge may not be the right option, so your answer decides how we continue.\n\n'
             'Kind regards,\n\nMarisol T.\nAWS Training and Certification Customer Service')
add('on_hold', True, CASE_A, [], 'Partner (APN) hold; long explanation, the real question (still employed? last day?) is buried in the 4th paragraph',
    '2025-09-16 08:22:15', H(AWS_FORM, ME_P, SUBJ_A, 'A2', irt='A1', refs=['A1']),
    alt(TXT['A2'] + FOOT_FORM, page(t2h(TXT['A2'] + FOOT_FORM))),
    trace=gmail_in('A2', '2025-09-16 08:22:16', ses_from('A2'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 009  owner answers
new = ('Hello Marisol,\n\nThank you for checking. Yes, I am still with Hoshizora Tech, and September 30, 2025 is my last '
       'working day. From October I will join another company, and the hoshizora-tech.co.jp mailbox will be removed '
       'shortly after I leave.\n\nI have also asked our alliance team (they manage the partner account) to remove the '
       'link on their side.\n\nBest regards,\nNanami Takeuchi')
attr = f'On {local("2025-09-16 08:22:15")} Amazon Web Services <{FORM}> wrote:'
TXT['A3'] = new
add('user_reply', False, CASE_A, [], 'Owner answers the hold question (Gmail reply, quoted history below)',
    '2025-09-16 10:48:31', H(ad(ME, ME_P), AWS_FORM, SUBJ_A, 'A3', 'gmail', irt='A2', refs=['A1', 'A2']),
    alt(new + '\n\n' + attr + '\n' + quote(TXT['A2']) + '\n', gmail_html(new, attr, t2h(TXT['A2'])), style='gmail'),
    tz='+0900')

# ---------------------------------------------------------------- 010  marketing
h = page('<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#232f3e;padding:24px">'
         '<img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="80"></td></tr>\n'
         '<tr><td style="padding:24px"><h1 style="font-size:24px">Last chance to register for AWS re:Invent 2025</h1>\n'
         '<p>Join us in Las Vegas, December 1-5, for keynotes, hands-on labs and more than 2,000 sessions.</p>\n'
         '<p><b>Getting certified on site?</b> Attendees can take any AWS Certification exam at the re:Invent test center '
         'with a 50% discount. Seats are limited - book your exam when you register.</p>\n'
         '<p><a href="https://reinvent.awsevents.com/register/?trk=em_1912" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Register now</a></p>\n'
         '<p style="font-size:11px;color:#687078">You are receiving this message because you opted in to AWS event communications. '
         '<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>'
         '</td></tr></table>')
add('unrelated', False, None, [], 'AWS marketing, HTML-only base64; mentions certification exam discount',
    '2025-09-17 02:00:41', H(ad('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
                             'Last chance: secure your spot at AWS re:Invent 2025', 'u010', 'x', 'marketing.aws.example-mta.amazon.com',
                             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=7781>')]),
    leaf(h, 'text/html', cte='base64'),
    trace=gmail_in('u010', '2025-09-17 02:00:42', 'bounce-1912-77813@mktomail.amazon.com', 'amazon.com', 'amazon.com',
                   host='mail1912.mktomail.com', ip='199.15.215.77'))

# ---------------------------------------------------------------- 011  colleague handover (Shift_JIS)
t = ('竹内さん\n\nお疲れさまです。山口です。\n'
     '引き継ぎ資料(AWS アカウント管理手順 v3)を読みました。2点だけ確認させてください。\n\n'
     '1. 検証用アカウントの請求アラートの宛先は、竹内さんの退職後どのアドレスに変更すればよいでしょうか。\n'
     '2. パートナーセントラルの管理者権限は、アライアンス担当の高橋さんに移す認識で合っていますか。\n\n'
     'お手すきの際にご返信いただけますと助かります。\n\n山口 美香\n株式会社ほしぞらテック クラウド推進部\n')
add('unrelated', False, None, [], 'Colleague asks the owner two handover questions (needs an answer, but not support), Shift_JIS 8bit',
    '2025-09-17 05:30:12', H(ad('山口 美香', 'm-yamaguchi@hoshizora-tech.co.jp', 'iso-2022-jp'), ad(ME, ME_C),
                             '引き継ぎ資料について確認のお願い', 'u011', 'outlook', cs='iso-2022-jp',
                             extra=[('Content-Language', 'ja-JP')]),
    leaf(t, cs='shift_jis', cte='8bit'), tz='+0900', nl='\r\n')

# ---------------------------------------------------------------- 012  A hold continues, nothing asked
TXT['A4'] = ('Hi Nanami,\n\nThanks for telling us your last day.\n\n'
             'I have passed your answer to our partner operations team. They have asked the Hoshizora Tech partner '
             'administrator to remove the link between your certification account and the partner organization. The case '
             'has to stay on hold until that is done; it is not waiting on you.\n\n'
             'No action is needed from you right now. We will write again once the partner side has been updated, which '
             'usually takes a few business days.\n\nRegards,\nDevansh\nAWS Training and Certification')
add('on_hold', False, CASE_A, [], 'Still on hold for the partner; explicitly nothing needed from the owner',
    '2025-09-18 03:15:40', H(AWS_FORM, ME_P, SUBJ_A, 'A4', irt='A3', refs=['A1', 'A2', 'A3']),
    leaf(TXT['A4'] + FOOT_FORM, cs='us-ascii', cte='7bit'),
    trace=gmail_in('A4', '2025-09-18 03:15:41', ses_from('A4'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 013  lookalike phishing
h = page('<p>Dear Certification Holder,</p>\n'
         '<p>Our records show a <b>pending merge request</b> for your AWS Certification account. To avoid losing your '
         'certifications and exam history, you must verify ownership within <b>24 hours</b>.</p>\n'
         '<p>1. Sign in at <a href="http://aws-certification-merge.com/verify?u=nanami.takeuchi.87">https://www.aws.training/certification/verify</a><br>\n'
         '2. Reply to this email with your Builder ID password and the 6-digit code we will send you.</p>\n'
         '<p>If we do not receive your reply, the request will be cancelled and your certifications may be revoked.</p>\n'
         '<p>Reference: Case 4471-9920</p>\n<p>AWS Certification Account Services</p>')
add('suspicious', False, None, [], 'Lookalike domain (passes its own DKIM/DMARC), asks for password by reply, fake "Case 4471-9920"',
    '2025-09-18 09:40:55', H(ad('AWS Certification Account Services', 'support@aws-certification-merge.com'), ME_P,
                             'Action required: verify ownership to complete your certification account merge', 'u013', 'x',
                             'aws-certification-merge.com'),
    leaf(h, 'text/html', cte='quoted-printable'),
    trace=gmail_in('u013', '2025-09-18 09:40:57', 'bounce@aws-certification-merge.com', 'aws-certification-merge.com',
                   'aws-certification-merge.com', host='mail.aws-certification-merge.com', ip='185.244.26.19',
                   policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 014  Pearson VUE confirmation
t = ('Dear Nanami Takeuchi,\n\nThank you for scheduling your exam with Pearson VUE. Your appointment details are below.\n\n'
     'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
     'Date and time: Saturday, October 4, 2025, 10:00 AM Japan Standard Time\n'
     'Location: Pearson Professional Centers - Tokyo Shinjuku, Nishi-Shinjuku 1-25-1, Tokyo\n'
     'Registration ID: 482019377\nCandidate ID: AWS02176548\n\n'
     'Please arrive 30 minutes early and bring one valid, unexpired government-issued ID with a photo and signature. '
     'The name on the ID must match the name on your registration.\n\n'
     'To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.\n\n'
     'Sincerely,\nPearson VUE\n')
ics = ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nBEGIN:VEVENT\r\n'
       'UID:482019377@pearsonvue.com\r\nDTSTAMP:20250919T040000Z\r\nDTSTART:20251004T010000Z\r\nDTEND:20251004T043000Z\r\n'
       'SUMMARY:AWS Certified Solutions Architect - Professional (SAP-C02)\r\nLOCATION:Pearson Professional Centers - Tokyo Shinjuku\r\n'
       'END:VEVENT\r\nEND:VCALENDAR\r\n')
add('unrelated', False, None, [CID_OLD], 'Exam vendor appointment confirmation; 9-digit registration ID, candidate ID of the old account; ICS attachment',
    '2025-09-19 04:00:18', H(ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
                             'Confirmation of your AWS Certified Solutions Architect - Professional exam appointment', 'u014', 'x', 'pearson.com'),
    multi('mixed', [alt(t, page(t2h(t)), cte='quoted-printable'), attach(ics, 'text/calendar; method=PUBLISH', 'appointment.ics')]),
    trace=gmail_in('u014', '2025-09-19 04:00:20', 'bounces@pearson.com', 'pearson.com', 'pearson.com',
                   host='mx0b-002fd601.pphosted.com', ip='148.163.143.66', policy='p=REJECT sp=REJECT dis=NONE'))

# ---------------------------------------------------------------- 015  Japanese newsletter (UTF-8 8bit)
t = ('━━━━━━━━━━━━━━━━━━━━━━\n Cloud週報 第212号 (2025/9/21)\n━━━━━━━━━━━━━━━━━━━━━━\n\n'
     '今週のトピック\n\n'
     '1. 転職時に AWS 認定アカウントを個人アドレスへ移す手順まとめ\n'
     '   会社アドレスのアカウントを統合するときの注意点を、読者の体験談とともに紹介します。\n\n'
     '2. Amazon Bedrock の新しいモデル評価機能を試す\n\n'
     '3. コスト最適化:NAT ゲートウェイの料金を見直す 5 つのポイント\n\n'
     '本メールは配信専用です。配信停止は https://cloudweekly.jp/unsubscribe から。\n'
     '発行:Cloud週報編集部\n')
add('unrelated', False, None, [], 'Japanese newsletter whose lead story is about merging certification accounts; UTF-8 8bit',
    '2025-09-20 22:00:05', H(ad('Cloud週報', 'news@cloudweekly.jp'), ME_P, '【Cloud週報 第212号】認定アカウント移行のコツ ほか', 'u015', 'x',
                             'cloudweekly.jp', extra=[('List-Unsubscribe', '<https://cloudweekly.jp/unsubscribe>')]),
    leaf(t, cte='8bit'), tz='+0900',
    trace=gmail_in('u015', '2025-09-20 22:00:07', 'bounce@mail.cloudweekly.jp', 'cloudweekly.jp', 'cloudweekly.jp',
                   host='mail.cloudweekly.jp', ip='203.0.113.48', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 016  APN Partner Central notice
t = ('Hello,\n\nYour partner administrator has removed the association between your AWS Certification account and '
     'Hoshizora Tech Co., Ltd. in AWS Partner Central.\n\n'
     'Certifications earned on your account will no longer count toward this partner\'s totals. It can take up to 5 '
     'business days for the change to appear on the partner\'s profile.\n\n'
     'No action is required. If you believe this change was made in error, contact your partner administrator.\n\n'
     'AWS Partner Network\n')
add('unrelated', False, None, [], 'APN Partner Central notice that the partner link was removed (other AWS program, not the case)',
    '2025-09-21 07:00:33', H(ad('AWS Partner Network', 'apn-no-reply@amazon.com'), ME_C,
                             'AWS Partner Central: certification account unlinked from Hoshizora Tech Co., Ltd.', 'u016'),
    alt(t, page(t2h(t))),
    trace=m365_in('u016', '2025-09-21 07:00:34', 'amazonses.com', 'amazon.com', 'amazon.com') + [('Return-Path', f'<{ses_from("u016")}>')])

# ---------------------------------------------------------------- 017  hold lifted
TXT['A5'] = (f'Hello,\n\nA short update on case {CASE_A}: the partner administrator has removed the association between '
             'your former company account and the Hoshizora Tech partner organization, so the hold on this case has been '
             'released.\n\nYour request is back with our certification accounts team. They will contact you shortly '
             'about the next step.\n\nThank you,\nAWS Training and Certification')
add('case_update', False, CASE_A, [], 'Hold lifted, case passed back to the accounts team; asks nothing',
    '2025-09-22 02:30:09', H(TC_FORM, ME_P, SUBJ_A, 'A5', irt='A4', refs=['A1', 'A2', 'A3', 'A4']),
    leaf(TXT['A5'] + FOOT_FORM, cte='quoted-printable'),
    trace=gmail_in('A5', '2025-09-22 02:30:10', ses_from('A5'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 018  fake Credly
h = page('<p style="font-size:18px"><b>Credly</b></p>\n<p>Hi Nanami,</p>\n'
         '<p>We detected that your AWS Certification account was recently merged. Badges connected to the old account '
         'will be <b>revoked in 48 hours</b> unless you claim them again.</p>\n'
         '<p><a href="https://credly-badge-center.com/claim?id=7f3e">Claim my badges</a></p>\n'
         '<p>You will be asked to sign in with your AWS Builder ID.</p>\n<p>The Credly Team</p>')
add('suspicious', False, None, [], 'Fake Credly from a lookalike domain, no DKIM; urgency + Builder ID sign-in',
    '2025-09-22 11:00:47', H(ad('Credly', 'admin@credly-badge-center.com'), ME_P, 'Your AWS badges will be revoked in 48 hours', 'u018', 'x',
                             'credly-badge-center.com'),
    leaf(h, 'text/html', cte='base64'),
    trace=gmail_in('u018', '2025-09-22 11:00:49', 'admin@credly-badge-center.com', 'credly-badge-center.com', 'credly-badge-center.com',
                   host='vps-31-7.hostwind.example', ip='45.61.137.12', dkim='none', spf='neutral', dmarc='none',
                   policy='p=NONE dis=NONE'))

# ---------------------------------------------------------------- 019  A confirmation request, HTML only with a table
row = lambda k, a, b: f'<tr><td style="border:1px solid #aab7b8;padding:4px 8px"><b>{k}</b></td><td style="border:1px solid #aab7b8;padding:4px 8px">{a}</td><td style="border:1px solid #aab7b8;padding:4px 8px">{b}</td></tr>\n'
tbl = ('<table style="border-collapse:collapse">\n' + row('', 'Account #1', 'Account #2') + row('Candidate ID', CID_NEW, CID_OLD)
       + row('Login email', ME_P, ME_C) + row('Training notification email', ME_P, ME_C)
       + row('Certification notification email', ME_P, ME_C) + row('Partner organization', 'None', 'None (removed Sep 21, 2025)') + '</table>')
A6_html = ('<p>Dear Nanami,</p>\n<p>Thank you for waiting. My name is Oksana and I will complete your merge request.</p>\n'
           '<p>I found these two certification accounts:</p>\n' + tbl +
           '\n<p>After the merge, Account #1 stays active and receives all exam history, certifications and benefits from '
           'Account #2. Account #2 will be closed and its login will no longer work.</p>\n'
           '<p>Before I go ahead, please reply to this email to confirm that:</p>\n<ol>\n<li>both accounts above belong to you, and</li>\n'
           '<li>Account #1 is the account you want to keep.</li>\n</ol>\n<p>As soon as I have your confirmation I will complete the merge.</p>\n'
           '<p>Best regards,<br>Oksana V.<br>AWS Training and Certification</p>')
TXT['A6'] = ('Dear Nanami,\n\nThank you for waiting. My name is Oksana and I will complete your merge request.\n\n'
             'I found these two certification accounts:\n\n'
             f'                                  Account #1                      Account #2\n'
             f'Candidate ID                      {CID_NEW}                     {CID_OLD}\n'
             f'Login email                       {ME_P}    {ME_C}\n'
             f'Training notification email       {ME_P}    {ME_C}\n'
             f'Certification notification email  {ME_P}    {ME_C}\n'
             'Partner organization              None                            None (removed Sep 21, 2025)\n\n'
             'After the merge, Account #1 stays active and receives all exam history, certifications and benefits from '
             'Account #2. Account #2 will be closed and its login will no longer work.\n\n'
             'Before I go ahead, please reply to this email to confirm that:\n\n'
             '1. both accounts above belong to you, and\n2. Account #1 is the account you want to keep.\n\n'
             'As soon as I have your confirmation I will complete the merge.\n\nBest regards,\nOksana V.\n'
             'AWS Training and Certification')
add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD], 'The merge confirmation: HTML-only, Account #1/#2 table with candidate IDs, numbered asks; Cc to company address',
    '2025-09-23 01:14:26', H(AWS_FORM, ME_P, SUBJ_A, 'A6', cc=ME_C, irt='A5', refs=['A1', 'A2', 'A3', 'A4', 'A5']),
    leaf(page(A6_html + '\n<p style="font-size:11px;color:#687078">' + html.escape(FOOT_FORM.strip()) + '</p>'), 'text/html', cte='quoted-printable'),
    nl='\r\n', trace=gmail_in('A6', '2025-09-23 01:14:27', ses_from('A6'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 020  owner confirms from the COMPANY address (Outlook, ISO-2022-JP)
new = ('Hello Oksana,\n\nConfirmed - both accounts are mine. Please merge everything into Account #1.\n\nThank you,\n\n'
       '竹内 七海 / Nanami Takeuchi\n株式会社ほしぞらテック クラウド推進部\nHoshizora Tech Co., Ltd.\n')
oh = outlook_hdr(f'Amazon Web Services <{FORM}>', 'Tuesday, September 23, 2025 10:14 AM', ME_P, SUBJ_A, cc=ME_C)
TXT['A7'] = new
add('user_reply', False, CASE_A, [], 'Owner confirms, but from the company address (the account being closed); Outlook "Original Message" quote, ISO-2022-JP',
    '2025-09-23 01:40:02', H(ad('竹内 七海', ME_C, 'iso-2022-jp'), AWS_FORM, 'RE: ' + SUBJ_A, 'A7', 'outlook', cc=ME_P,
                             irt='A6', refs=['A1', 'A5', 'A6'], extra=[('Thread-Topic', SUBJ_A), ('Content-Language', 'ja-JP')]),
    leaf(new + '\n' + oh + '\n' + TXT['A6'] + '\n', cs='iso-2022-jp', cte='7bit'), tz='+0900', nl='\r\n')

# ---------------------------------------------------------------- 021  AWS billing statement
t = ('Greetings from Amazon Web Services,\n\nYour billing statement for the period September 1 - September 30, 2025 '
     'will be finalized soon; your current month-to-date balance for account 483100276615 is USD 12.84.\n\n'
     'You can view the details in the Billing and Cost Management console:\nhttps://console.aws.amazon.com/billing/home#/bills\n\n'
     'This message was sent from an address that does not accept replies.\n\nSincerely,\nAmazon Web Services\n')
add('unrelated', False, None, [], 'AWS billing mail from the same no-reply sender as console cases; 12-digit AWS account ID',
    '2025-09-23 15:00:12', H(ad('Amazon Web Services', NOREPLY), ME_P, 'AWS Notification - Month-to-date balance for account 483100276615', 'u021'),
    alt(t, page(t2h(t))),
    trace=gmail_in('u021', '2025-09-23 15:00:13', ses_from('u021'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 022  A: write from the personal address
TXT['A8'] = ('Hello Nanami,\n\nThanks for the quick reply.\n\n'
             f'Your confirmation came from {ME_C}. That is the login of Account #2, the account that the merge will close. '
             'To protect your records we only act on a merge confirmation sent from the address that will stay on file, '
             f'which here is {ME_P}.\n\n'
             f'Could you send the same confirmation again from {ME_P}? Replying to this message from that mailbox is '
             'enough; please keep the case number in the subject line.\n\n'
             'Nothing has been changed on either account yet.\n\nRegards,\nTomás R.\nAWS Training and Certification')
add('info_request', True, CASE_A, [], 'Support rejects the confirmation sent from the company address and asks to write again from the personal one',
    '2025-09-24 05:02:51', H(AWS_FORM, ME_P, SUBJ_A, 'A8', cc=ME_C, irt='A7', refs=['A1', 'A6', 'A7']),
    alt(TXT['A8'] + FOOT_FORM, page(t2h(TXT['A8'] + FOOT_FORM)), cte='quoted-printable'),
    trace=gmail_in('A8', '2025-09-24 05:02:52', ses_from('A8'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 023  Skill Builder receipt
t = ('AWS Skill Builder\n\nThank you for your purchase.\n\nOrder number: SB-20250924-71833\n'
     'Item: AWS Skill Builder Individual subscription (monthly)\nAmount: JPY 4,400 (tax included)\n'
     'Billing period: Sep 24, 2025 - Oct 23, 2025\n\n'
     'Manage your subscription at https://skillbuilder.aws/subscription\n\nQuestions? Visit https://support.aws.amazon.com/#/contacts/aws-training\n')
add('unrelated', False, None, [], 'Skill Builder subscription receipt (order number, not a case)',
    '2025-09-24 08:00:30', H(ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt', 'u023'),
    alt(t, page(t2h(t)), cte='base64'),
    trace=gmail_in('u023', '2025-09-24 08:00:31', ses_from('u023'), 'aws.training', 'aws.training'))

# ---------------------------------------------------------------- 024  colleague auto-reply (ISO-2022-JP)
t = ('竹内さん\n\n(自動応答)\n9月25日(木)〜9月26日(金)は休暇のため不在にしております。\n'
     '9月29日(月)以降、順次確認してご返信いたします。\n急ぎの件はクラウド推進部 田村(k-tamura@hoshizora-tech.co.jp)までご連絡ください。\n\n山口 美香\n')
add('unrelated', False, None, [], 'Colleague\'s out-of-office auto-reply (ISO-2022-JP)',
    '2025-09-25 01:00:14', H(ad('山口 美香', 'm-yamaguchi@hoshizora-tech.co.jp', 'iso-2022-jp'), ad(ME, ME_C),
                             '自動応答: RE: 引き継ぎ資料について確認のお願い', 'u024', 'outlook', cs='iso-2022-jp',
                             irt='u011', refs=['u011'], extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
    leaf(t, cs='iso-2022-jp', cte='7bit'), tz='+0900', nl='\r\n')

# ---------------------------------------------------------------- 025  CertMetrics "share your views"
h = page('<p>Hello Nanami,</p>\n<p>As an AWS Certified individual, your experience helps us decide what the next '
         'generation of AWS Certification exams should cover.</p>\n'
         '<p>Would you spend about 10 minutes on our annual certification holder study? Your answers are anonymous.</p>\n'
         '<p><a href="https://aws.certmetrics.com/amazon/survey/2025-holder-study">Start the study</a></p>\n'
         '<p>Thank you,<br>AWS Certification</p>\n<p style="font-size:11px">You received this because you hold an active AWS '
         'Certification. Manage preferences in your AWS Certification account.</p>')
add('certification', False, None, [], 'Certification program survey (not about a support case) - looks like a survey',
    '2025-09-26 16:00:22', H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                             'AWS Certification would like your opinion', 'u025', 'x', 'certmetrics.com'),
    leaf(h, 'text/html', cte='quoted-printable'),
    trace=gmail_in('u025', '2025-09-26 16:00:24', 'bounce@certmetrics.com', 'certmetrics.com', 'certmetrics.com',
                   host='mta2.certmetrics.com', ip='198.2.180.39', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 026  A closing notice (quotes the request below)
TXT['A9'] = (f'Hello,\n\nWe are following up on case {CASE_A}. On September 24 we asked you to resend your merge '
             f'confirmation from {ME_P}, and we have not received it yet.\n\n'
             'If we do not hear from you within three business days, this case will be closed. A reply to this email '
             'before then keeps the case open; a reply after it has been closed will reopen it.\n\n'
             'Thank you,\nAWS Training and Certification\n\n'
             '---------- Previous message ----------\n' + TXT['A8'])
add('closing_notice', True, CASE_A, [], 'Case will be closed without an answer; the earlier request is repeated below a separator',
    '2025-09-27 06:00:38', H(TC_FORM, ME_P, SUBJ_A, 'A9', irt='A8', refs=['A1', 'A6', 'A7', 'A8']),
    leaf(TXT['A9'] + FOOT_FORM, cte='quoted-printable'),
    trace=gmail_in('A9', '2025-09-27 06:00:39', ses_from('A9'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 027  owner confirms from personal, top-posted over history
new = ('Hello,\n\nSorry for the slow reply - this was my last week of handover at work.\n\n'
       'Sending from my personal address as you asked: both accounts you listed are mine (Account #1 = AWS05829314, '
       'Account #2 = AWS02176548), and I confirm the merge into Account #1.\n\nBest regards,\nNanami Takeuchi')
attr = f'On {local("2025-09-27 06:00:38")} AWS Training and Certification <{FORM}> wrote:'
hist = TXT['A9'] + '\n\n' + outlook_hdr(f'竹内 七海 <{ME_C}>', 'Tuesday, September 23, 2025 10:40 AM', f'Amazon Web Services <{FORM}>', 'RE: ' + SUBJ_A, cc=ME_P) + '\n' + TXT['A7']
TXT['A10'] = new + '\n\n' + attr + '\n' + quote(hist)
add('user_reply', False, CASE_A, [CID_NEW, CID_OLD], 'Owner confirms from the personal address, top-posted over a long quoted history',
    '2025-09-27 11:15:09', H(ad(ME, ME_P), TC_FORM, SUBJ_A, 'A10', 'gmail', irt='A9', refs=['A1', 'A6', 'A7', 'A8', 'A9']),
    alt(TXT['A10'] + '\n', gmail_html(new, attr, t2h(hist)), style='gmail'), tz='+0900')

# ---------------------------------------------------------------- 028  A resolved, quoting the old confirmation request
new = ('Hi Nanami,\n\nThank you for confirming from your personal address.\n\n'
       f'The merge is done. Account #1 ({ME_P}, candidate ID AWS05829314) now holds the exam history, certifications and '
       'benefits that were on your former company account, and that account has been closed. Credly badges and partner '
       'profiles can take up to 5 business days to reflect the change.\n\n'
       'Please sign in at https://www.aws.training/certification and look over Exam History, Certifications and Benefits. '
       'If something does not look right, just reply to this email and we will take another look.\n\n'
       'Best regards,\nOksana V.\nAWS Training and Certification')
TXT['A11'] = new
body = new + '\n\n-------- Original message --------\nFrom: AWS Training and Certification\nSent: 9/23/2025 1:14 AM (GMT+00:00)\n\n' + TXT['A6']
add('resolved', False, CASE_A, [CID_NEW], 'Merge completed; the old confirmation request (table, "please reply to confirm") is quoted below; conditional "if something looks wrong, reply"',
    '2025-09-28 02:41:17', H(AWS_FORM, ME_P, SUBJ_A, 'A11', irt='A10', refs=['A1', 'A6', 'A8', 'A9', 'A10']),
    alt(body + FOOT_FORM, page(t2h(new) + '\n<hr>\n<div style="color:#555">' + A6_html + '</div>'), cte='quoted-printable'),
    nl='\r\n', trace=gmail_in('A11', '2025-09-28 02:41:18', ses_from('A11'), 'amazon.com', 'amazon.com'))


def credly(key, utc, badge, uuid, subj, intro):
    t = (f'Hi Nanami,\n\n{intro}\n\nBadge: {badge}\nIssuer: Amazon Web Services Training and Certification\n\n'
         f'Accept and share your badge: https://www.credly.com/badges/{uuid}/accept\n\n'
         'Once accepted, you can share it on LinkedIn or add it to your email signature.\n\n'
         'Credly, Inc. | 1 Pearl Street, Brooklyn, NY\nManage your email preferences: https://www.credly.com/earner/settings/notifications\n')
    h = page(f'<p>Hi Nanami,</p>\n<p>{html.escape(intro)}</p>\n<table><tr><td><img src="https://images.credly.com/size/110x110/images/{uuid[:8]}/image.png" alt=""></td>'
             f'<td><b>{html.escape(badge)}</b><br>Issued by Amazon Web Services Training and Certification</td></tr></table>\n'
             f'<p><a href="https://www.credly.com/badges/{uuid}/accept">Accept badge</a></p>\n'
             '<p style="font-size:11px">Credly, Inc. | <a href="https://www.credly.com/earner/settings/notifications">Email preferences</a></p>')
    return (H(ad('Credly', 'admin@credly.com'), ME_P, subj, key, 'x', 'credly.com'), alt(t, h, style='gmail'),
            gmail_in(key, utc, 'bounces+2239@em.credly.com', 'credly.com', 'credly.com', host='o1.em.credly.com',
                     ip='167.89.101.14', policy='p=REJECT sp=REJECT dis=NONE'))


# ---------------------------------------------------------------- 029 / 030  Credly badges after the merge
h_, r_, tr_ = credly('u029', '2025-09-28 02:55:02', 'AWS Certified Solutions Architect - Associate', '3f9c2a7e-51d4-4b8e-9a0c-6d2e81f4b7a3',
                     'Amazon Web Services Training and Certification sent you a badge',
                     'Amazon Web Services Training and Certification has issued you a new badge.')
add('badge', False, None, [], 'Credly badge issued right after the merge (badge UUID, not a case)', '2025-09-28 02:55:02', h_, r_, trace=tr_)
h_, r_, tr_ = credly('u030', '2025-09-28 02:56:40', 'AWS Certified Cloud Practitioner', 'a07d66b1-0c2f-4e93-b5b8-19f2e4c8d0aa',
                     'Congratulations, Nanami - your AWS Certified Cloud Practitioner badge is ready',
                     'A badge is waiting for you. Accept it to start sharing your achievement.')
add('badge', False, None, [], 'Second Credly badge, different template', '2025-09-28 02:56:40', h_, r_, trace=tr_)

# ---------------------------------------------------------------- 031  forward of an old 2021 case (10-digit)
old = ('Hello Nanami,\n\nThank you for your patience. I have corrected the name on your AWS Certification record from '
       '"NANAMI TAKEUCHI" to "Nanami Takeuchi" on candidate account AWS02176548, and new certificates are available '
       'for download.\n\nThis case is now resolved. If you need anything else, reply to this message within 14 days.\n\n'
       'Kind regards,\nGabriel\nAWS Training and Certification')
new = ('個人アドレスに控えとして転送。\n2021年に証明書の氏名表記を直してもらったときのケース。会社メールは今日で使えなくなるので念のため。\n\n竹内')
body = (new + '\n\n' + outlook_hdr(f'Amazon Web Services <{FORM}>', 'Tuesday, March 9, 2021 4:22 PM', ME_C,
                                   f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification') + '\n' + old + '\n')
add('user_reply', False, CASE_D, [], 'Owner forwards a resolved 2021 case (10-digit ID) to herself; the forwarded support text says "resolved"; candidate ID only in the forwarded part',
    '2025-09-29 00:30:51', H(ad('竹内 七海', ME_C, 'utf-8'), ME_P,
                             f'FW: RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification', 'u031', 'outlook',
                             extra=[('Content-Language', 'ja-JP')]),
    leaf(body, cte='base64'), tz='+0900', nl='\r\n',
    trace=gmail_in('u031', '2025-09-29 00:30:53', ME_C, 'hoshizoratech.onmicrosoft.com', 'hoshizora-tech.co.jp',
                   host='mail-tycjpn01on2112.outbound.protection.outlook.com', ip='40.107.114.112', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 032  survey for case A
h = page('<p>Hello,</p>\n'
         f'<p>You recently worked with AWS Training and Certification on case <b>{CASE_A}</b>. How satisfied were you with the support you received?</p>\n'
         '<table><tr>' + ''.join(f'<td style="padding:6px"><a href="https://survey.aws.training/cs?c={CASE_A}&amp;r={i}">{i}</a></td>' for i in range(1, 6)) + '</tr></table>\n'
         '<p>1 = very dissatisfied, 5 = very satisfied. The survey takes about two minutes.</p>\n'
         '<p>This mailbox does not receive replies. Thank you for helping us improve.</p>\n<p>AWS Training and Certification</p>')
add('survey', False, CASE_A, [], 'Satisfaction survey for the merge case (HTML only)',
    '2025-09-29 03:00:05', H(TC_FORM, ME_P, f'How did we do on case {CASE_A}?', 'A12'),
    leaf(h, 'text/html', cte='quoted-printable'),
    trace=gmail_in('A12', '2025-09-29 03:00:06', ses_from('A12'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 033  owner farewell mail
t = ('皆さま\n\nお疲れさまです。竹内です。\n本日をもって株式会社ほしぞらテックを退職いたします。\n'
     '在籍中は大変お世話になりました。送別会もありがとうございました。\n\n'
     'このアドレスは本日で使えなくなりますので、今後のご連絡は下記へお願いいたします。\n'
     f'  {ME_P}\n\n皆さまのご健康とご活躍をお祈りしております。\n\n竹内 七海\n')
add('user_reply', False, None, [], 'Owner\'s own farewell mail to the company (not about the case)',
    '2025-09-30 08:00:44', H(ad('竹内 七海', ME_C, 'iso-2022-jp'), 'hoshizora-all@hoshizora-tech.co.jp', '退職のご挨拶', 'u033', 'outlook',
                             cs='iso-2022-jp', extra=[('Content-Language', 'ja-JP')]),
    leaf(t, cs='iso-2022-jp', cte='7bit'), tz='+0900')

# ---------------------------------------------------------------- 034  owner reports a missing exam (reopens A)
new = ('Hi Oksana,\n\nThank you - the merge looks good and the badges arrived.\n\n'
       'One thing is missing, though: I passed AWS Certified Developer - Associate in July 2022 while I was on the company '
       'account, but it does not appear in Exam History or Certifications on the merged account. Could you check where it went?\n\n'
       'Best regards,\nNanami')
attr = f'On {local("2025-09-28 02:41:17")} Amazon Web Services <{FORM}> wrote:'
TXT['A13'] = new
add('user_reply', False, CASE_A, [], 'Owner answers the resolution mail with a new problem (leads to the case being reopened)',
    '2025-10-01 00:12:36', H(ad(ME, ME_P), AWS_FORM, SUBJ_A, 'A13', 'gmail', irt='A11', refs=['A1', 'A9', 'A10', 'A11']),
    alt(new + '\n\n' + attr + '\n' + quote(TXT['A11']) + '\n', gmail_html(new, attr, t2h(TXT['A11'])), style='gmail'), tz='+0900')

# ---------------------------------------------------------------- 035  A reopened
TXT['A14'] = ('Hello Nanami,\n\nMy name is Kwame, and I am covering your case while Oksana is out of the office.\n\n'
              f'I have reopened case {CASE_A} and asked our records team to trace your July 2022 Developer - Associate exam. '
              'I will write back as soon as I have their findings. There is nothing you need to do in the meantime.\n\n'
              'Kind regards,\nKwame A.\nAWS Training and Certification')
add('case_update', False, CASE_A, [], 'Case reopened and passed to the records team; nothing asked',
    '2025-10-01 06:30:28', H(AWS_FORM, ME_P, SUBJ_A, 'A14', irt='A13', refs=['A1', 'A11', 'A13']),
    leaf(TXT['A14'] + FOOT_FORM + '\n' + quote(TXT['A13']) + '\n', cs='us-ascii', cte='7bit'),
    trace=gmail_in('A14', '2025-10-01 06:30:29', ses_from('A14'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 036  A: Japanese confirmation for a third account
SUBJ_A2 = SUBJ_A.replace('RE:[CASE', 'RE: [CASE')
TXT['A15'] = ('竹内 七海 様\n\nAWS トレーニングと認定 カスタマーサービスの山本でございます。本件は日本語で引き継がせていただきます。\n\n'
              '記録チームで調査いたしましたところ、2022年7月の AWS Certified Developer - Associate の受験記録は、'
              '先日統合したアカウントとは別の、以下の認定アカウントに登録されておりました。'
              '当時、パートナー向けのシングルサインオンでサインインされた際に作成されたものと思われます。\n\n'
              '【アカウント #3】\n  候補 ID: AWS03391045\n  ログインメール: n-takeuchi@hoshizora-tech.co.jp(パートナー SSO)\n'
              '  認定通知メール: n-takeuchi@hoshizora-tech.co.jp\n\n'
              '【統合先:アカウント #1】\n  候補 ID: AWS05829314\n  ログインメール: nanami.takeuchi.87@gmail.com\n\n'
              '上記アカウント #3 がお客様ご本人のものであること、ならびにアカウント #1 へ統合してよろしいことを、'
              '本メールへのご返信にてご確認いただけますでしょうか。前回と同様、nanami.takeuchi.87@gmail.com からご返信くださいますようお願いいたします。\n\n'
              'ご確認をいただき次第、統合作業を進めてまいります。\n何卒よろしくお願いいたします。\n\n'
              '山本 梓\nAWS トレーニングと認定 カスタマーサービス')
add('confirmation_request', True, CASE_A, [CID_3RD, CID_NEW], 'Reopened case: Japanese keigo request to confirm a third account and the merge target (Account #3 / #1)',
    '2025-10-02 02:05:13', H(TC_FORM, ME_P, SUBJ_A2, 'A15', irt='A14', refs=['A1', 'A11', 'A13', 'A14']),
    alt(TXT['A15'] + FOOT_FORM, page(t2h(TXT['A15'] + FOOT_FORM)), cte='base64'),
    trace=gmail_in('A15', '2025-10-02 02:05:14', ses_from('A15'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 037  owner confirms (Japanese)
new = ('山本様\n\nご連絡ありがとうございます。\nアカウント #3(AWS03391045)は私本人のものです。\n'
       'アカウント #1 への統合をお願いいたします。\n\n竹内 七海')
attr = f'2025年10月2日(木) 11:05 AWS Training and Certification <{FORM}>:'
TXT['A16'] = new
add('user_reply', False, CASE_A, [CID_3RD], 'Owner confirms the third account in Japanese (Gmail JP quote header)',
    '2025-10-02 04:40:18', H(ad(ME, ME_P), TC_FORM, SUBJ_A2, 'A16', 'gmail', irt='A15', refs=['A1', 'A13', 'A14', 'A15']),
    alt(new + '\n\n' + attr + '\n\n' + quote(TXT['A15']) + '\n', gmail_html(new, attr, t2h(TXT['A15'])), style='gmail'), tz='+0900')

# ---------------------------------------------------------------- 038  certification expiry reminder
t = ('Hello Nanami,\n\nYour AWS Certified Cloud Practitioner certification expires on December 31, 2025.\n\n'
     'To keep it active, pass the current version of the exam, or earn any Associate or Professional certification, '
     'before that date. Your recertification options are listed in your AWS Certification account.\n\n'
     'Candidate ID: AWS05829314\n\nAWS Certification\nThis is an automated message; replies are not read.\n')
add('certification', False, None, [CID_NEW], 'Certification expiry reminder from CertMetrics (program mail, candidate ID in body)',
    '2025-10-02 10:00:09', H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                             'Your AWS Certified Cloud Practitioner certification expires in 90 days', 'u038', 'x', 'certmetrics.com'),
    alt(t, page(t2h(t))),
    trace=gmail_in('u038', '2025-10-02 10:00:11', 'bounce@certmetrics.com', 'certmetrics.com', 'certmetrics.com',
                   host='mta2.certmetrics.com', ip='198.2.180.39', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 039  A resolved again (Japanese) with rating footer
t = ('竹内 七海 様\n\nご確認いただきありがとうございました。\n'
     'アカウント #3(AWS03391045)をアカウント #1 へ統合いたしました。2022年7月の AWS Certified Developer - Associate の記録は、'
     '試験履歴および認定のページに表示されております。\n\n'
     '本件について、お客様に追加でご対応いただくことはございません。本ケースは解決済みとしてクローズいたします。\n\n'
     '山本 梓\nAWS トレーニングと認定 カスタマーサービス\n\n'
     '――――――――――――――――\n今回の対応はいかがでしたか。以下のリンクから評価をお寄せください。\n'
     f'  大変満足: https://survey.aws.training/cs?c={CASE_A}&r=5\n  不満: https://survey.aws.training/cs?c={CASE_A}&r=1\n')
add('resolved', False, CASE_A, [CID_3RD], 'Second resolution in Japanese ("no further action", closed) with a rating footer',
    '2025-10-03 04:20:47', H(TC_FORM, ME_P, SUBJ_A2, 'A17', irt='A16', refs=['A1', 'A14', 'A15', 'A16']),
    leaf(t + '\n' + quote(TXT['A16']) + '\n', cte='quoted-printable'),
    trace=gmail_in('A17', '2025-10-03 04:20:48', ses_from('A17'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 040  Credly DVA
h_, r_, tr_ = credly('u040', '2025-10-03 04:31:15', 'AWS Certified Developer - Associate', '5be1d0c4-8f6a-4a7e-b2d1-0e9f7c3a6d58',
                     'You have a new badge from Amazon Web Services Training and Certification',
                     'Good news: Amazon Web Services Training and Certification has issued a badge to you.')
add('badge', False, None, [], 'Credly badge for the exam recovered from the third account', '2025-10-03 04:31:15', h_, r_, trace=tr_)

# ---------------------------------------------------------------- 041  exam results available
h = page('<p>Hello Nanami,</p>\n<p>Thank you for taking the AWS Certified Solutions Architect - Professional exam on October 4, 2025.</p>\n'
         '<p>Your result and score report are now available in your AWS Certification account under <b>Exam History</b>.</p>\n'
         f'<p>Candidate ID: {CID_OLD}<br>Exam: SAP-C02</p>\n'
         '<p><a href="https://www.aws.training/certification">Go to your AWS Certification account</a></p>\n<p>AWS Certification</p>')
add('certification', False, None, [CID_OLD], 'Exam results notice addressed to the (now closed) old candidate ID',
    '2025-10-05 09:30:40', H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                             'Your AWS Certification exam results are available', 'u041', 'x', 'certmetrics.com'),
    leaf(h, 'text/html', cte='base64'),
    trace=gmail_in('u041', '2025-10-05 09:30:42', 'bounce@certmetrics.com', 'certmetrics.com', 'certmetrics.com',
                   host='mta2.certmetrics.com', ip='198.2.180.39', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 042  ack E (Japanese, ISO-2022-JP)
SUBJ_E = f'RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - exam-results'
t = ('竹内 七海 様\n\nお問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定でございます。\n'
     f'ケース番号 {CASE_E} にてご依頼を承りました。\n\n'
     '担当者が内容を確認のうえ、通常は24時間以内にご連絡いたします。調査に時間を要する場合もございますので、あらかじめご了承ください。\n\n'
     '同じご依頼で新たにケースを作成されますと、対応が遅れる場合がございます。追加の情報は、このメールへの返信でお送りください。\n\n'
     '■ お問い合わせ内容\nケース ID:' + CASE_E + '\nお問い合わせタイプ:認定\nその他の詳細:試験結果\n'
     'AWS 候補 ID:AWS05829314\n内容:10月4日に受験した SAP-C02 の結果が、統合後のアカウントの試験履歴に表示されません。\n\n'
     'AWS トレーニングと認定\n')
TXT['E1'] = t
add('acknowledgement', False, CASE_E, [CID_NEW], 'Japanese form acknowledgement (ISO-2022-JP), form echo with candidate ID',
    '2025-10-05 17:08:45', H(AWS_FORM, ME_P, SUBJ_E, 'E1'),
    leaf(t, cs='iso-2022-jp', cte='7bit'), nl='\r\n',
    trace=gmail_in('E1', '2025-10-05 17:08:46', ses_from('E1'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 043  Atlassian account merge
t = ('Hi Nanami,\n\nSomeone asked to merge the Atlassian account n-takeuchi@hoshizora-tech.co.jp into '
     'nanami.takeuchi.87@gmail.com.\n\nTo confirm, select "Confirm merge" within 7 days: '
     'https://id.atlassian.com/manage-profile/merge/confirm?token=9f2c\n\n'
     'If you did not request this, ignore this email and nothing will change.\n\nThe Atlassian Team\n')
add('unrelated', False, None, [], 'Another vendor asks to confirm an account merge (same words as the AWS flow)',
    '2025-10-06 02:00:29', H(ad('Atlassian', 'noreply@id.atlassian.com'), ME_P, 'Confirm you want to merge your Atlassian accounts', 'u043', 'x', 'id.atlassian.com'),
    alt(t, page(t2h(t))),
    trace=gmail_in('u043', '2025-10-06 02:00:31', 'bounce@id.atlassian.com', 'id.atlassian.com', 'id.atlassian.com',
                   host='mail-ej1-f98.atlassian.net', ip='209.85.218.98', policy='p=REJECT sp=REJECT dis=NONE'))

# ---------------------------------------------------------------- 044  E info request (Shift_JIS base64, keigo)
TXT['E2'] = ('竹内 七海 様\n\nAWS トレーニングと認定 カスタマーサービスの佐々木と申します。\n'
             'このたびはご不便をおかけしており、申し訳ございません。\n\n'
             '10月4日の受験記録は、統合前の旧アカウントに紐づいたまま登録されている可能性がございます。'
             'お調べするにあたり、以下の情報をお知らせいただけますでしょうか。\n\n'
             '・受験された試験名\n・Pearson VUE の登録番号(9桁。予約確認メールに記載されております)\n'
             '・予約確認メールまたはスコアレポートに記載されている AWS 候補 ID\n\n'
             'ご多忙のところ恐れ入りますが、このメールへのご返信にてご連絡くださいますよう、よろしくお願い申し上げます。\n\n'
             '佐々木 健太\nAWS トレーニングと認定 カスタマーサービス')
add('info_request', True, CASE_E, [], 'Japanese keigo request for exam name, registration number and candidate ID (Shift_JIS base64)',
    '2025-10-06 06:02:33', H(AWS_FORM, ME_P, SUBJ_E, 'E2', irt='E1', refs=['E1']),
    leaf(TXT['E2'] + '\n', cs='shift_jis', cte='base64'),
    trace=gmail_in('E2', '2025-10-06 06:02:34', ses_from('E2'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 045  owner answers E (Japanese)
new = ('佐々木様\n\nご連絡ありがとうございます。以下の通りです。\n\n'
       '・試験名:AWS Certified Solutions Architect - Professional (SAP-C02)\n'
       '・Pearson VUE 登録番号:482019377\n'
       '・予約確認メールの候補 ID:AWS02176548(統合前の旧アカウント)\n\n'
       '統合後のアカウントの候補 ID は AWS05829314 です。\nよろしくお願いいたします。\n\n竹内 七海')
attr = f'2025年10月6日(月) 15:02 Amazon Web Services <{FORM}>:'
add('user_reply', False, CASE_E, [CID_OLD, CID_NEW], 'Owner answers in Japanese with a 9-digit registration number and two candidate IDs',
    '2025-10-06 12:30:07', H(ad(ME, ME_P), AWS_FORM, SUBJ_E, 'E3', 'gmail', irt='E2', refs=['E1', 'E2']),
    alt(new + '\n\n' + attr + '\n\n' + quote(TXT['E2']) + '\n', gmail_html(new, attr, t2h(TXT['E2'])), style='gmail'), tz='+0900')

# ---------------------------------------------------------------- 046  other vendor: request solved
t = ('Hello Nanami,\n\nYour request #58214 "Export fails for large notebooks" has been set to Solved.\n\n'
     'Our engineers released a fix in version 4.12.2. Please update the desktop app and try the export again.\n\n'
     'If the problem is still there, simply reply to this email and the request will be reopened. '
     'Otherwise it will close automatically in 4 days.\n\nKenta | Kumo Notes Support\n\n'
     '[RKX9Q2-7M3L]\n')
add('unrelated', False, None, [], 'Other vendor\'s ticket "solved", reply reopens it (looks like a resolution/closing notice)',
    '2025-10-07 03:00:55', H(ad('Kumo Notes Support', 'support@kumonotes.zendesk.com'), ME_P,
                             '[Kumo Notes] Re: Export fails for large notebooks (#58214)', 'u046', 'x', 'kumonotes.zendesk.com'),
    alt(t, page(t2h(t)), style='part'),
    trace=gmail_in('u046', '2025-10-07 03:00:56', 'support@kumonotes.zendesk.com', 'zendesk.com', 'kumonotes.zendesk.com',
                   host='out12.pod19.use1.zdsys.com', ip='192.161.147.12', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 047  E case update (ISO-2022-JP)
t = ('竹内 様\n\nご返信いただき、ありがとうございます。\n'
     'いただいた情報をもとに、受験記録の移行を担当チームへ依頼いたしました。反映までに数営業日かかる場合がございます。\n\n'
     '現時点で、お客様にご対応いただくことはございません。進捗がございましたら、改めてご連絡いたします。\n\n佐々木\n')
add('case_update', False, CASE_E, [], 'Japanese: passed to another team, explicitly nothing to do (ISO-2022-JP)',
    '2025-10-08 02:15:26', H(AWS_FORM, ME_P, SUBJ_E, 'E4', irt='E3', refs=['E1', 'E2', 'E3']),
    leaf(t, cs='iso-2022-jp', cte='7bit'),
    trace=gmail_in('E4', '2025-10-08 02:15:27', ses_from('E4'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 048  spoofed AWS form sender, DMARC fail
t = ('Hello,\n\nDuring a routine review after your recent account merge, your certification profile was marked as '
     'unverified.\n\nTo keep your certifications active, reply to this email within 24 hours with:\n'
     '- your full name and date of birth\n- a photo of your passport or driver\'s license\n'
     '- the email and password you use to sign in to AWS Training and Certification\n\n'
     'Failure to respond will result in suspension of all certifications on the account.\n\n'
     'AWS Training and Certification\n')
add('suspicious', False, None, [], 'Uses the real form sender address but DKIM/SPF/DMARC fail; fake case number; asks for ID and password',
    '2025-10-08 14:00:19', H(ad('AWS Training and Certification', FORM), ME_P,
                             'RE:[CASE 176001234509876] [AWS Training and Certification Form Submission] - account-verification', 'u048', 'x',
                             'mail-relay7.biz', extra=[('Reply-To', 'case-desk@aws-tc-support.help')]),
    leaf(t, cs='us-ascii', cte='7bit'),
    trace=gmail_in('u048', '2025-10-08 14:00:21', 'bounce@mail-relay7.biz', 'amazon.com', 'amazon.com',
                   host='mail-relay7.biz', ip='91.215.85.203', dkim='fail', spf='fail', dmarc='fail',
                   policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'))

# ---------------------------------------------------------------- 049  E resolved (Shift_JIS, alternative)
t = ('竹内 七海 様\n\nお待たせいたしました。\n'
     '10月4日に受験された AWS Certified Solutions Architect - Professional の記録を、統合後のアカウント(AWS05829314)へ移行いたしました。'
     '試験履歴および認定のページでご確認いただけます。Credly のバッジは、反映まで最大48時間ほどかかる場合がございます。\n\n'
     '本件はこれにて解決とさせていただきます。\nご不明な点がございましたら、このメールにご返信ください。\n\n'
     '佐々木 健太\nAWS トレーニングと認定 カスタマーサービス\n')
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>\n' + t2h(t) + '\n</body></html>\n')
add('resolved', False, CASE_E, [CID_NEW], 'Japanese resolution with a conditional invitation (ご不明な点がございましたら…ご返信ください), Shift_JIS',
    '2025-10-09 05:40:50', H(AWS_FORM, ME_P, SUBJ_E, 'E5', irt='E4', refs=['E1', 'E2', 'E3', 'E4']),
    alt(t, h, cs='shift_jis', cte='base64'),
    trace=gmail_in('E5', '2025-10-09 05:40:51', ses_from('E5'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 050  recertification congratulations
t = ('Hello Nanami,\n\nCongratulations! By passing AWS Certified Solutions Architect - Professional you have also '
     'renewed your AWS Certified Solutions Architect - Associate certification. Its new expiration date is '
     'October 4, 2028.\n\nYour updated certificate is available in your AWS Certification account, and your digital '
     'badge will be updated on Credly.\n\nAWS Certification\n')
add('certification', False, None, [], 'Recertification notice (program mail)',
    '2025-10-10 01:00:03', H(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                             'You have recertified your AWS Certified Solutions Architect - Associate', 'u050', 'x', 'certmetrics.com'),
    alt(t, page(t2h(t)), cte='quoted-printable'),
    trace=gmail_in('u050', '2025-10-10 01:00:05', 'bounce@certmetrics.com', 'certmetrics.com', 'certmetrics.com',
                   host='mta2.certmetrics.com', ip='198.2.180.39', policy='p=NONE sp=NONE dis=NONE'))

# ---------------------------------------------------------------- 051  E survey (Japanese HTML)
h = ('<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">\n'
     '<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>\n'
     f'<p>先日解決いたしましたケース {CASE_E} の対応について、アンケートへのご協力をお願いいたします(所要時間:約1分)。</p>\n'
     f'<p><a href="https://survey.aws.training/cs?c={CASE_E}&amp;lang=ja">アンケートに回答する</a></p>\n'
     '<p>※本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんのでご了承ください。</p>\n'
     '</body></html>\n')
add('survey', False, CASE_E, [], 'Japanese satisfaction survey, HTML only',
    '2025-10-10 04:00:36', H(TC_FORM, ME_P, f'サポートに関するアンケートのお願い(ケース {CASE_E})', 'E6'),
    leaf(h, 'text/html', cte='quoted-printable'),
    trace=gmail_in('E6', '2025-10-10 04:00:37', ses_from('E6'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 052  AWS Educate form case (other program)
t = ('Hello,\n\nThank you for contacting AWS Educate.\n\n'
     'To locate your previous AWS Educate student account, could you tell us the email address you used when you joined '
     'in 2019 and the name of the school you attended at the time?\n\n'
     'Once we have these details we will look up the account.\n\nBest,\nAWS Educate Support\n')
add('unrelated', False, CASE_EDU, [], 'AWS Educate (other program) form case asks a question - not a T&C case, so no reply flag',
    '2025-10-10 08:00:12', H(ad('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
                             f'RE:[CASE {CASE_EDU}] [AWS Educate Form Submission] - account-access', 'u052'),
    leaf(t + FOOT_FORM, cte='quoted-printable'),
    trace=gmail_in('u052', '2025-10-10 08:00:13', ses_from('u052'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 053  C: console case opened
SUBJ_C = f'RE:[CASE {CASE_C}] Exam discount voucher missing after certification account merge'
link_c = CONSOLE.format(CASE_C)
t = (f'Hello,\n\nWe have received your request and created support case {CASE_C}.\n\n'
     'Subject: Exam discount voucher missing after certification account merge\nSeverity: General guidance\n'
     'Service: Account management\nCategory: Training and Certification\n\n'
     f'You can view the case and add correspondence here:\n{link_c}\n\nSincerely,\nAmazon Web Services' + FOOT_CONSOLE)
add('acknowledgement', False, CASE_C, [], 'Support Center (console) new-case mail; reply only through the console link',
    '2025-10-13 07:32:06', H(ad('Amazon Web Services', NOREPLY), ME_P, f'Amazon Web Services: New Support case: {CASE_C}', 'C1'),
    alt(t, page(t2h(t))),
    trace=gmail_in('C1', '2025-10-13 07:32:07', ses_from('C1'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 054  billing console case (not T&C)
t = ('Hello,\n\nThank you for contacting AWS Billing and Accounts support.\n\n'
     'I reviewed account 483100276615 and see NAT Gateway charges of USD 38.21 in the Asia Pacific (Tokyo) Region for '
     'September. Would you like us to review these charges for a one-time courtesy credit? If so, please confirm in the '
     'Support Center that the NAT gateway has been deleted.\n\n'
     f'{CONSOLE.format(CASE_BILL)}\n\nBest regards,\nHiroshi N.\nAmazon Web Services' + FOOT_CONSOLE)
add('unrelated', False, CASE_BILL, [], 'AWS billing console case asks for a confirmation in the Support Center - billing, not T&C; 12-digit account ID',
    '2025-10-13 23:00:40', H(ad('Amazon Web Services', NOREPLY), ME_P,
                             f'RE:[CASE {CASE_BILL}] Unexpected NAT Gateway charges on my personal account', 'u054'),
    alt(t, page(t2h(t))),
    trace=gmail_in('u054', '2025-10-13 23:00:41', ses_from('u054'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 055  C: info request, answer in the console
t = ('Hello,\n\nThank you for contacting AWS Support. My name is Lars and I am looking into your missing exam benefit.\n\n'
     'I checked certification account AWS05829314, and its Benefits page currently shows no active discount voucher. '
     'Benefits normally move together with the exam history in a merge, but a voucher that was issued and not yet used '
     'can sometimes stay behind on the closed account.\n\nTo trace it I need three things from you:\n\n'
     '  1. The certification that earned the voucher (for example, the exam you passed just before it appeared).\n'
     '  2. Roughly when you last saw it on your old account.\n'
     '  3. Whether you ever started to use it - for example, began an exam booking with it and then cancelled.\n\n'
     'Please add this information to the case through the Support Center link below; I am not able to see replies sent '
     f'to this email address.\n\n{link_c}\n\nBest regards,\nLars H.\nAmazon Web Services' + FOOT_CONSOLE)
add('info_request', True, CASE_C, [CID_NEW], 'Console case asks three questions that must be answered in the Support Center, not by email',
    '2025-10-14 03:10:22', H(ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C2'),
    alt(t, page(t2h(t)), cte='quoted-printable'), nl='\r\n',
    trace=gmail_in('C2', '2025-10-14 03:10:23', ses_from('C2'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 056  AWS Japan marketing (Japanese)
t = ('竹内 七海 様\n\nいつもアマゾン ウェブ サービスをご利用いただきありがとうございます。\n\n'
     '【無料ウェビナー】AWS 認定 プロフェッショナル試験 対策セミナー\n日時:2025年10月29日(水)12:00〜13:00\n'
     '出題範囲の解説に加え、受験時に使える 50% 割引特典の確認方法もご紹介します。\n\n'
     'お申し込み:https://pages.awscloud.com/jp-cert-webinar-20251029.html\n\n'
     '配信停止をご希望の場合は https://pages.awscloud.com/unsubscribe から手続きしてください。\n'
     'アマゾン ウェブ サービス ジャパン合同会社\n')
add('unrelated', False, None, [], 'AWS Japan marketing webinar (Japanese), mentions exam discount benefit',
    '2025-10-15 02:00:17', H(ad('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), ME_P,
                             '【無料ウェビナー】AWS 認定 プロフェッショナル試験 対策セミナーのご案内', 'u056', 'x', 'marketing.aws.example-mta.amazon.com',
                             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=5521>')]),
    alt(t, page(t2h(t))),
    trace=gmail_in('u056', '2025-10-15 02:00:18', 'bounce-1915-55210@mktomail.amazon.com', 'amazon.com', 'amazon.com',
                   host='mail1915.mktomail.com', ip='199.15.215.80'))

# ---------------------------------------------------------------- 057  C: pending your reply, will auto-resolve
t = (f'Hello,\n\nWe have not yet received a response to our last message on support case {CASE_C}.\n\n'
     'If we do not hear from you, the case will be resolved automatically in 3 days. To keep it open, add your reply '
     f'in the Support Center:\n{link_c}\n\n'
     'A resolved case can be reopened from the Support Center for up to 14 days after it is resolved.\n\n'
     'Amazon Web Services' + FOOT_CONSOLE)
add('closing_notice', True, CASE_C, [], 'Console auto-resolve warning; answer must go through the Support Center',
    '2025-10-17 03:00:15', H(ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C3'),
    leaf(t, cs='us-ascii', cte='7bit'),
    trace=gmail_in('C3', '2025-10-17 03:00:16', ses_from('C3'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 058  G: ack (name change)
SUBJ_G = f'RE: [CASE {CASE_G}] [AWS Training and Certification Form Submission] - certification-records'
TXT['G1'] = (f'Hi there,\n\nYour message reached AWS Training and Certification and is now tracked as case {CASE_G}. '
             'Someone from our team will get back to you, normally within one business day.\n\n'
             'If you want to add anything, reply to this email rather than sending the form again; a second case for the '
             'same question slows things down.\n\nRequest summary\n- Inquiry type: Certification\n- Detail: Name change\n'
             '- Candidate ID: AWS05829314\n- Message: I married in August and my legal name is now Nanami Hoshino. '
             'I would like my certification record and certificates to show the new name.\n\nAWS Training and Certification')
add('acknowledgement', False, CASE_G, [CID_NEW], 'Short acknowledgement of a name-change case ("RE: [CASE" with a space)',
    '2025-10-17 09:30:20', H(TC_FORM, ME_P, SUBJ_G, 'G1'),
    leaf(TXT['G1'] + FOOT_FORM, cte='quoted-printable'),
    trace=gmail_in('G1', '2025-10-17 09:30:21', ses_from('G1'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 059  C resolved, rating links
t = ('Hello Nanami,\n\nThank you for the details you added to the case.\n\n'
     'I found the 50% exam discount voucher you earned with AWS Certified Solutions Architect - Associate; it was still '
     'attached to the closed company account. I have reissued it on AWS05829314, where it now appears under Benefits '
     'with an expiration date of March 31, 2026.\n\n'
     'I am resolving this case now. If the voucher does not work when you book your next exam, you can reopen the case '
     f'from the Support Center within 14 days.\n\n{link_c}\n\nBest regards,\nLars H.\nAmazon Web Services\n\n'
     '=====================================\nWas this response helpful? Choose a rating:\n'
     f'https://console.aws.amazon.com/support/feedback?caseId={CASE_C}&rating=5\n'
     f'https://console.aws.amazon.com/support/feedback?caseId={CASE_C}&rating=1' + FOOT_CONSOLE)
add('resolved', False, CASE_C, [CID_NEW], 'Console case resolved (voucher reissued) with rating links and a reopen option',
    '2025-10-18 01:00:48', H(ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, 'C4'),
    alt(t, page(t2h(t)), cte='quoted-printable'),
    trace=gmail_in('C4', '2025-10-18 01:00:49', ses_from('C4'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 060  G: info request, several questions
TXT['G2'] = ('Hello Nanami,\n\nCongratulations on your marriage, and thank you for reaching out.\n\n'
             'I can update the name on candidate account AWS05829314. Before I do, I need a few details:\n\n'
             '- Your full legal name exactly as it appears on the government-issued ID you will show at the test center. '
             'The name on your certification account has to match that ID, or you may be refused entry on exam day.\n'
             '- Should new certificates be issued under the new name for all active certifications, or only for ones '
             'you earn from now on?\n'
             '- Your Credly badges carry your current name. Do you want them reissued as well? Reissued badges get new '
             'URLs, so links you have already shared would stop working.\n\n'
             'Once I hear back I will make the change.\n\nRegards,\nBeatriz M.\nAWS Training and Certification')
add('info_request', True, CASE_G, [CID_NEW], 'Name change: three questions in a bullet list, only one phrased as "I need"',
    '2025-10-18 06:20:31', H(TC_FORM, ME_P, SUBJ_G, 'G2', irt='G1', refs=['G1']),
    alt(TXT['G2'] + FOOT_FORM, page(t2h(TXT['G2'] + FOOT_FORM)), cte='quoted-printable'),
    trace=gmail_in('G2', '2025-10-18 06:20:32', ses_from('G2'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 061  C survey (console)
h = page('<p>Hello,</p>\n'
         f'<p>Your support case {CASE_C} was recently resolved. Please tell us about your experience; the survey has three questions.</p>\n'
         f'<p><a href="https://console.aws.amazon.com/support/survey?caseId={CASE_C}">Take the survey</a></p>\n'
         '<p>Your feedback helps us improve AWS Support.</p>\n<p>Amazon Web Services</p>\n'
         '<p style="font-size:11px;color:#687078">This message was sent from an unmonitored address. Please do not reply.</p>')
add('survey', False, CASE_C, [], 'Console case satisfaction survey (HTML only, no-reply sender)',
    '2025-10-19 02:00:11', H(ad('Amazon Web Services', NOREPLY), ME_P, f'Amazon Web Services: Tell us about your support experience (case {CASE_C})', 'C5'),
    leaf(h, 'text/html', cte='base64'),
    trace=gmail_in('C5', '2025-10-19 02:00:12', ses_from('C5'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 062  owner answers G partly
new = ('Hi Beatriz,\n\nThank you! My legal name on my passport and driver\'s license is HOSHINO NANAMI (Nanami Hoshino).\n\n'
       'Please issue new certificates for all active certifications.\n\nBest,\nNanami')
attr = f'On {local("2025-10-18 06:20:31")} AWS Training and Certification <{FORM}> wrote:'
TXT['G3'] = new + '\n\n' + attr + '\n' + quote(TXT['G2'])
add('user_reply', False, CASE_G, [], 'Owner answers two of the three questions (forgets the badge one)',
    '2025-10-19 10:00:26', H(ad(ME, ME_P), TC_FORM, SUBJ_G, 'G3', 'gmail', irt='G2', refs=['G1', 'G2']),
    alt(TXT['G3'] + '\n', gmail_html(new, attr, t2h(TXT['G2'])), style='gmail'), tz='+0900')

# ---------------------------------------------------------------- 063  G follow-up, bare question
TXT['G4'] = ('Thanks, Nanami. I have noted the name and the certificates.\n\n'
             'That leaves the Credly badges: reissue them under Nanami Hoshino, or leave them as they are? '
             'I will hold the change until I know.\n\nBeatriz')
add('info_request', True, CASE_G, [], 'Short follow-up with a bare either/or question, no "please", over quoted history',
    '2025-10-20 04:45:58', H(TC_FORM, ME_P, SUBJ_G, 'G4', irt='G3', refs=['G1', 'G2', 'G3']),
    leaf(TXT['G4'] + '\n\n--------------- Original Message ---------------\nFrom: ' + ME + ' [' + ME_P + ']\n'
         'Sent: 10/19/2025 10:00 AM\nTo: ' + FORM + '\nSubject: ' + SUBJ_G + '\n\n' + TXT['G3'] + '\n', cte='quoted-printable'),
    trace=gmail_in('G4', '2025-10-20 04:45:59', ses_from('G4'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 064  Credly badge expiry reminder
t = ('Hi Nanami,\n\nYour badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, '
     'expires on December 31, 2025.\n\nTo keep it, follow the issuer\'s recertification steps before that date. '
     'After it expires, the badge stays on your profile marked as expired.\n\n'
     'View badge: https://www.credly.com/badges/a07d66b1-0c2f-4e93-b5b8-19f2e4c8d0aa\n\nCredly\n')
add('badge', False, None, [], 'Credly expiry reminder',
    '2025-10-21 00:30:14', H(ad('Credly', 'admin@credly.com'), ME_P, 'Reminder: your AWS Certified Cloud Practitioner badge expires soon', 'u064', 'x', 'credly.com'),
    alt(t, page(t2h(t)), style='gmail'),
    trace=gmail_in('u064', '2025-10-21 00:30:16', 'bounces+2239@em.credly.com', 'credly.com', 'credly.com', host='o1.em.credly.com',
                   ip='167.89.101.14', policy='p=REJECT sp=REJECT dis=NONE'))

# ---------------------------------------------------------------- 065  GitHub review request
t = ('@kaz-ito requested your review on: nanami-t/dotfiles#17 Merge zsh and fish configs.\n\n'
     '—\nReply to this email directly, view it on GitHub:\nhttps://github.com/nanami-t/dotfiles/pull/17\n'
     'You are receiving this because your review was requested.\n')
add('unrelated', False, None, [], 'GitHub review request ("merge", "reply to this email")',
    '2025-10-21 09:00:37', H(ad('Kazuki Ito', 'notifications@github.com'), ad('nanami-t/dotfiles', 'dotfiles@noreply.github.com'),
                             '[nanami-t/dotfiles] Merge zsh and fish configs (PR #17)', 'u065', 'x', 'github.com',
                             cc=ad('Review requested', 'review_requested@noreply.github.com'),
                             extra=[('List-ID', 'nanami-t/dotfiles <dotfiles.nanami-t.github.com>'), ('X-GitHub-Reason', 'review_requested')]),
    alt(t, '<p>' + html.escape(t).replace('\n', '<br>\n') + '</p>', style='plain'),
    trace=gmail_in('u065', '2025-10-21 09:00:38', 'noreply@github.com', 'github.com', 'github.com',
                   host='out-21.smtp.github.com', ip='192.30.252.204', policy='p=REJECT sp=REJECT dis=NONE'))

# ---------------------------------------------------------------- 066  fake Pearson VUE
h = page('<p>Dear Candidate,</p>\n<p>Your AWS Certification exam appointment has been <b>cancelled</b> because the payment '
         'could not be verified.</p>\n<p>To restore the appointment, confirm your card details within 12 hours:</p>\n'
         '<p><a href="http://pearsonvue-exams.net/restore?id=482019377">Restore my appointment</a></p>\n'
         '<p>Pearson VUE Candidate Services</p>')
add('suspicious', False, None, [], 'Fake exam vendor (lookalike domain, SPF softfail) asking for card details',
    '2025-10-23 01:00:08', H(ad('Pearson VUE', 'no-reply@pearsonvue-exams.net'), ME_P,
                             'Exam appointment cancelled - payment verification needed', 'u066', 'x', 'pearsonvue-exams.net'),
    leaf(h, 'text/html', cte='quoted-printable'),
    trace=gmail_in('u066', '2025-10-23 01:00:10', 'info@pearsonvue-exams.net', 'pearsonvue-exams.net', 'pearsonvue-exams.net',
                   host='srv1.pearsonvue-exams.net', ip='103.145.13.87', dkim='none', spf='softfail', dmarc='none',
                   policy='p=NONE dis=NONE'))

# ---------------------------------------------------------------- 067  G closing notice
t = (f'Hello Nanami,\n\nThis is a reminder about case {CASE_G}. We are still waiting for your answer on whether the '
     'Credly badges should be reissued under your new name, and we cannot finish the name change without it.\n\n'
     'Unless we hear from you by October 27, 2025, we will close the case. You can reply to this email at any time to '
     'continue; if the case has already been closed, your reply reopens it.\n\nRegards,\nAWS Training and Certification')
add('closing_notice', True, CASE_G, [], 'Closing notice with a date; the open question is restated; ends the corpus unanswered',
    '2025-10-24 05:00:02', H(TC_FORM, ME_P, SUBJ_G, 'G5', irt='G4', refs=['G1', 'G2', 'G3', 'G4']),
    alt(t + FOOT_FORM + '\n' + quote(TXT['G4']) + '\n', page(t2h(t + FOOT_FORM)) ), nl='\r\n',
    trace=gmail_in('G5', '2025-10-24 05:00:03', ses_from('G5'), 'amazon.com', 'amazon.com'))

# ---------------------------------------------------------------- 068  friend
t = ('七海へ\n\n久しぶり!結婚と転職、ダブルでおめでとう。\n新しい職場はどう?落ち着いたら大学のメンバーで集まろうって話になってるよ。\n'
     '11月の土曜日で都合のいい日を教えてくれる?\n\nあや\n')
add('unrelated', False, None, [], 'Friend asks for available dates (personal mail that does need an answer, but not support)',
    '2025-10-24 12:00:45', H(ad('小林 あや', 'aya.kobayashi.0321@gmail.com'), ME_P, '久しぶり!11月に集まろう', 'u068', 'gmail'),
    alt(t, '<div dir="ltr">' + t2h(t) + '</div>', style='gmail', cte='base64'), tz='+0900',
    trace=gmail_in('u068', '2025-10-24 12:00:46', 'aya.kobayashi.0321@gmail.com', 'gmail.com', 'gmail.com',
                   host='mail-sor-f41.google.com', ip='209.85.220.41', policy='p=NONE sp=QUARANTINE dis=NONE'))


# ================================================================ output
def main():
    if '--table' in sys.argv:
        print('| # | kind | reply? | case | what it is / what makes it hard |')
        print('|---|---|---|---|---|')
        for i, m in enumerate(MSGS, 1):
            L = m['label']
            print(f"| {i:03d} | {L['kind']} | {'yes' if L['needs_reply'] else 'no'} | {L['case'] or '-'} | {m['note']} |")
        return
    for f in os.listdir(HERE):
        if f.endswith(('-msg.eml', '-msg.json')):
            os.remove(os.path.join(HERE, f))
    counts = {}
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(HERE, f'{i:03d}-msg.eml'), 'wb') as fh:
            fh.write(m['data'])
        with open(os.path.join(HERE, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['label']['kind']] = counts.get(m['label']['kind'], 0) + 1
    for k in sorted(counts):
        print(f'{k:22s} {counts[k]}')
    print(f'{"total":22s} {len(MSGS)}   needs_reply: {sum(m["label"]["needs_reply"] for m in MSGS)}')


if __name__ == '__main__':
    main()
