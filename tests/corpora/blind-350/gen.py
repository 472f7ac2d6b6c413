#!/usr/bin/env python3
"""Generator for the blind corpus blind-350 (stress theme: questions everywhere).

Standard library only. Run `python3 gen.py`; it writes NNN-msg.eml and NNN-msg.json
next to itself and prints the count per kind.
"""
import os, json, base64, quopri, hashlib, datetime, html
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = 'haruka.tsujimoto.k@gmail.com'
ME_C = 'h-tsujimoto@hoshizora-tech.co.jp'
ME_EN = 'Haruka Tsujimoto'
ME_JA = '辻本 遥'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
BOSS = 'k-morishita@hoshizora-tech.co.jp'
KAWA = 'm-kawabata@hoshizora-tech.co.jp'
RYO = 'aikawa.ryo.dev@gmail.com'
CA = '175999046100218'   # main merge case, T&C form, 15 digits
CB = '176075641200947'   # duplicate form, 15 digits
CC = '17626503918'       # Support Center (console) case, 11 digits
CD = '6193048257'        # Japanese name-correction form case, 10 digits
CE = '176171603500413'   # AWS Educate case (other program)
OLD, NEW, UNI = 'AWS03715862', 'AWS11046297', 'AWS08826410'
SA = f'[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance'
SB = f'[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance'
SD = f'[CASE {CD}] [AWS Training and Certification Form Submission] - certification-records'
SC = f'RE:[CASE {CC}] Exam voucher missing after account merge'
CONSOLE = f'https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en'

HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
DIG = '0123456789'
MSGS = []
MID = {}


def tok(seed, n=16, alpha=HEX):
    out, i = '', 0
    while len(out) < n:
        for b in hashlib.sha256(f'{seed}/{i}'.encode()).digest():
            out += alpha[b % len(alpha)]
        i += 1
    return out[:n]


def dt(s, tz='+0000'):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sec = int(tok(s + tz, 2, DIG)) % 60
    return d.strftime('%a, %d %b %Y %H:%M:') + f'{sec:02d} {tz}'


def eh(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"[]'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, cs).encode()} <{email}>'


def leaf(ctype, text, cs='utf-8', cte='quoted-printable', extra=''):
    data = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    h = f'Content-Type: {ctype}; charset="{cs}"\n{extra}Content-Transfer-Encoding: {cte}\n\n'
    return h.encode('ascii') + body


def attach(ctype, filename, data):
    h = (f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: attachment; '
         f'filename="{filename}"\nContent-Transfer-Encoding: base64\n\n')
    return h.encode('ascii') + base64.encodebytes(data)


def multi(sub, parts, boundary, preamble=''):
    b = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n{preamble}'.encode('ascii')
    for p in parts:
        b += f'--{boundary}\n'.encode('ascii') + p
        if not p.endswith(b'\n'):
            b += b'\n'
    return b + f'--{boundary}--\n'.encode('ascii')


def p2h(text):
    paras = [p for p in text.strip('\n').split('\n\n') if p.strip()]
    return '\n'.join('<p>' + html.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)


def page(inner, lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{inner}\n</body></html>\n')


def alt(plain, htm, seed, cs='utf-8', cte='quoted-printable'):
    return multi('alternative', [leaf('text/plain', plain, cs, cte), leaf('text/html', htm, cs, cte)],
                 '----=_Part_' + tok(seed, 6, DIG) + '_' + tok(seed + 'b', 9, DIG) + '.' + tok(seed + 'c', 13, DIG))


def ql(text, mark='> '):
    out = []
    for l in text.rstrip('\n').split('\n'):
        out.append(('>' + l) if l.startswith('>') else (mark + l if l else mark.rstrip()))
    return '\n'.join(out)


def gmail_body(new, attr, quoted, seed, cte='quoted-printable'):
    plain = new.rstrip('\n') + '\n\n' + attr + '\n\n' + ql(quoted) + '\n'
    htm = ('<div dir="ltr">' + p2h(new) + '</div><br><div class="gmail_quote gmail_quote_container">'
           '<div dir="ltr" class="gmail_attr">' + html.escape(attr) + '<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
           'rgb(204,204,204);padding-left:1ex">' + p2h(quoted) + '</blockquote></div>\n')
    return multi('alternative', [leaf('text/plain', plain, cte=cte), leaf('text/html', htm, cte=cte)],
                 '000000000000' + tok(seed, 16))


def ses_mid(seed):
    return (f'<0100019{tok(seed, 9)}-{tok(seed + "a", 8)}-{tok(seed + "b", 4)}-{tok(seed + "c", 4)}-'
            f'{tok(seed + "d", 4)}-{tok(seed + "e", 12)}-000000@email.amazonses.com>')


def gm_mid(seed):
    return f'<CA{tok(seed, 2, ALNUM)}+{tok(seed + "m", 38, ALNUM)}@mail.gmail.com>'


def ol_mid(seed):
    return f'<TYCPR01MB{tok(seed, 4, DIG)}{tok(seed + "o", 18, ALNUM).upper()}@TYCPR01MB{tok(seed, 4, DIG)}.jpnprd01.prod.outlook.com>'


def gmail_in(seed, to, date, mfrom, host, ip, hdom, dkim='pass', spf='pass', dmarc='pass',
             pol='QUARANTINE', dis='NONE', sel='rte02'):
    verb = 'designates' if spf == 'pass' else 'does not designate'
    dk = (f'dkim={dkim} header.i=@{hdom} header.s={sel} header.b={tok(seed + "k", 8, ALNUM)};\n       '
          if dkim != 'none' else 'dkim=none;\n       ')
    return [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:6a10:{tok(seed + "r", 4)}:b0:{tok(seed + "s", 3)}:{tok(seed + "t", 4)} '
                     f'with SMTP id {tok(seed + "i", 10, ALNUM)};\n        {date}'),
        ('Return-Path', f'<{mfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
                     f'{tok(seed + "e", 20, ALNUM)}\n        for <{to}>\n        (version=TLS1_3 '
                     f'cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {date}'),
        ('Received-SPF', f'{spf} (google.com: domain of {mfrom} {verb} {ip} as permitted sender) client-ip={ip};'),
        ('Authentication-Results', f'mx.google.com;\n       {dk}spf={spf} (google.com: domain of {mfrom} '
                                   f'{verb} {ip} as permitted sender) smtp.mailfrom={mfrom};\n       '
                                   f'dmarc={dmarc} (p={pol} sp={pol} dis={dis}) header.from={hdom}'),
    ]


def exo_in(seed, date, mdom, host, ip, hdom, dkim='pass', spf='pass', dmarc='pass', action='none',
           comp='pass reason=100'):
    return [
        ('Received', f'from OS3PR01MB{tok(seed, 4, DIG)}.jpnprd01.prod.outlook.com (2603:1096:604:{tok(seed + "x", 3)}::{tok(seed + "y", 2)})\n'
                     f' by TYCPR01MB{tok(seed + "z", 4, DIG)}.jpnprd01.prod.outlook.com with HTTPS; {date}'),
        ('Received', f'from {host} ({ip}) by OS1PEPF0000{tok(seed + "w", 4, DIG)}.mail.protection.outlook.com\n'
                     f' (10.167.240.{int(tok(seed + "q", 2, DIG)) + 10}) with Microsoft SMTP Server (version=TLS1_3,\n'
                     f' cipher=TLS_AES_256_GCM_SHA384) id 15.20.9228.3 via Frontend Transport; {date}'),
        ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mdom}; dkim={dkim} (signature was verified)\n'
                                   f' header.d={hdom};dmarc={dmarc} action={action}\n header.from={hdom};compauth={comp}'),
        ('Received-SPF', f'{spf.capitalize()} (protection.outlook.com: domain of {mdom} designates\n {ip} as permitted sender) '
                         f'receiver=protection.outlook.com; client-ip={ip};\n helo={host}; pr=C'),
    ]


def ses_in(seed, to, date):
    """Inbound headers for mail that AWS sends through SES, to either mailbox."""
    ip = f'54.240.{int(tok(seed + "p", 1, "0123")) + 8}.{int(tok(seed + "h", 2, DIG)) + 20}'
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.amazonses.com'
    if to == ME_C:
        return exo_in(seed, date, 'amazonses.com', host, ip, 'amazon.com')
    return gmail_in(seed, to, date, f'0100019{tok(seed, 9)}-{tok(seed + "e", 12)}-000000@amazonses.com',
                    host, ip, 'amazon.com')


def M(kind, needs, case, cids, hdrs, body, crlf=False):
    raw = ''.join(f'{k}: {v}\n' for k, v in hdrs if v is not None).encode('ascii')
    raw += b'MIME-Version: 1.0\n' + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append((raw, {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cids}))


def refs(*keys):
    return ' '.join(MID[k] for k in keys)

# ---------------------------------------------------------------- 001 marketing
d = dt('2025-10-06 17:02')
t = """Is your team ready for what comes next?

Hi Haruka,

What would you build if infrastructure were never the bottleneck? Which skills will your team need a year from now? And are you sure your architecture will scale when the traffic does?

Join our live online series, Cloud Foundations Week, 4-6 November, and hear from builders who faced those same questions.

Register now: https://aws.amazon.com/events/cloud-foundations-week/?trk=em_1006

Frequently asked questions

Q: Is the event free?
A: Yes. Registration is free and every session is recorded.

Q: Do I need an AWS account to attend?
A: No. An email address is enough to register.

Q: Can I ask the speakers questions?
A: Absolutely - each session ends with a live Q&A.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
Unsubscribe: https://pages.awscloud.com/unsubscribe.html?e=haruka.tsujimoto.k%40gmail.com
"""
h = page('<h1 style="font-size:22px">Is your team ready for what comes next?</h1>' + p2h(t.split('\n', 2)[2]))
mid = ses_mid('001'); MID['001'] = mid
M('unrelated', False, None, [], gmail_in('001', ME_P, d, 'bounce-410-XKD-925@mail.awscloud.com',
  'mail.awscloud.com', '13.111.18.47', 'amazon.com', sel='m1') + [
  ('From', addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')),
  ('Reply-To', 'aws-marketing-email-replies@amazon.com'), ('To', ME_P),
  ('Subject', 'Is your team ready for what comes next?'), ('Date', d), ('Message-ID', mid),
  ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?e=haruka.tsujimoto.k%40gmail.com>')],
  alt(t, h, '001'))

# ---------------------------------------------------------------- 002 certmetrics questionnaire
d = dt('2025-10-07 14:20')
t = f"""Dear Haruka Tsujimoto,

Candidate ID: {OLD}

As an AWS Certified professional, your opinion shapes the program. Would you spare about ten minutes for our annual questionnaire?

We would like to know:
  - Why did you decide to get certified, and did it change your role?
  - Which exam was the hardest for you, and why?
  - How do you prepare - courses, practice exams, hands-on labs?
  - What would make recertification easier?

Take the questionnaire: https://www.certmetrics.com/amazon/survey.aspx?s=2025CPX

The questionnaire closes on 31 October 2025. Your answers are anonymous and are not linked to your certification record.

Thank you,
AWS Certification

This is an automated message. Please do not reply to this email.
"""
mid = f'<{tok("002", 24, DIG)}.JavaMail.certmetrics@cmweb04>'; MID['002'] = mid
M('certification', False, None, [OLD], exo_in('002', d, 'certmetrics.com', 'mail04.certmetrics.com',
  '52.4.170.26', 'certmetrics.com') + [
  ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_C),
  ('Subject', 'AWS Certification wants to hear from you'), ('Date', d), ('Message-ID', mid)],
  leaf('text/plain', t), crlf=True)

# ---------------------------------------------------------------- 003 colleague, Japanese, ISO-2022-JP
d = dt('2025-10-08 10:31', '+0900')
t = """辻本さん

お疲れさまです。川端です。
来週の設計レビューの件でいくつか確認させてください。

・火曜14時からの枠で出席できますか？
・ログ基盤の構成図、最新版はどちらにありますか？共有フォルダのものは8月版のようでした。
・退職前の引き継ぎ資料、レビューでも少し触れた方がいいでしょうか？

お手数ですが、よろしくお願いします。

川端
"""
mid = ol_mid('003'); MID['003'] = mid
M('unrelated', False, None, [], [
  ('Received', f'from TYCPR01MB8812.jpnprd01.prod.outlook.com ([fe80::6c1:22ff:fe3a:91d4]) by\n TYCPR01MB8812.jpnprd01.prod.outlook.com with mapi id 15.20.9228.3; {d}'),
  ('From', addr('川端 美咲', KAWA, 'iso-2022-jp')), ('To', addr('辻本 遥', ME_C, 'iso-2022-jp')),
  ('Subject', eh('来週の設計レビューについて', 'iso-2022-jp')), ('Date', d), ('Message-ID', mid),
  ('Thread-Topic', eh('来週の設計レビューについて', 'iso-2022-jp')), ('Content-Language', 'ja-JP'),
  ('X-MS-Has-Attach', '')],
  leaf('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True)

# ---------------------------------------------------------------- 004 note to self
d = dt('2025-10-09 14:48', '+0900')
t = f"""認定アカウント統合 やることメモ

旧(会社): {ME_C} / 候補ID {OLD}
新(個人): {ME_P} / 候補ID {NEW}

[x] 試験履歴・取得済み認定をスクショ
[x] 証明書PDFを全部ダウンロード
[ ] 問い合わせフォーム送信 -> Certification / Account Merge
[ ] 会社アドレスは10/31で止まる。それまでに終わる？

気になること
- 50%割引の特典は引き継がれる？期限は？
- APN(パートナー)側の紐付けは先に外す必要がある？
- Credlyのバッジは自動で移る？それとも再クレーム？
"""
mid = gm_mid('004'); MID['004'] = mid
M('user_reply', False, None, [OLD, NEW], [
  ('From', addr(ME_EN, ME_P)), ('To', ME_P),
  ('Subject', eh('memo: 認定アカウント統合 やること')), ('Date', d), ('Message-ID', mid)],
  multi('alternative', [leaf('text/plain', t, cte='base64'),
                        leaf('text/html', '<div dir="ltr">' + p2h(t) + '</div>\n', cte='base64')],
        '000000000000' + tok('004', 16)))

# ---------------------------------------------------------------- 005 Builder ID code
d = dt('2025-10-09 05:52')
t = """AWS Builder ID

Verify it's you

Hello,

We noticed a sign-in to your AWS Builder ID from a browser we haven't seen before. Was it you? If so, enter the code below to finish signing in:

Verification code: 604918

The code expires in 30 minutes.

Not you? Don't share this code with anyone, and change your password from your Builder ID profile.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
h = page('<h2>AWS Builder ID</h2>' + p2h(t.split('\n', 2)[2]).replace('604918', '<b style="font-size:24px">604918</b>'))
mid = ses_mid('005'); MID['005'] = mid
M('unrelated', False, None, [], gmail_in('005', ME_P, d, f'0100019{tok("005", 9)}-000000@signin.aws',
  'a48-112.smtp-out.amazonses.com', '54.240.48.112', 'signin.aws', sel='amzn1') + [
  ('From', addr('AWS', 'no-reply@signin.aws')), ('To', ME_P),
  ('Subject', 'Your AWS Builder ID verification code'), ('Date', d), ('Message-ID', mid)],
  alt(t, h, '005'))

# ---------------------------------------------------------------- 006 ack A (form text with questions, FAQ)
d = dt('2025-10-09 06:15')
t = f"""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case {CA}, and a member of our team will look at it. Most requests get a first answer within one business day, although some need a little longer.

Please don't submit the form again for the same request. A second case is handled on its own and usually slows things down.

This is what you sent us:

----------------------------------------
Inquiry type: Certification
Additional details: Account Merge
Name: Haruka Tsujimoto
Email: {ME_P}
Candidate ID: {NEW}
How can we help you?
I am leaving Hoshizora Tech at the end of this month, and my company certification account will go away together with my work address. Can you move everything into my personal account?
Account to merge: {ME_C} ({OLD})
Account to keep: {ME_P}
Will my 50% exam discount move over as well? Do I need to do anything in Partner Central first?
----------------------------------------

Common questions

Q. How will I hear from you?
A. By email, at the address given in the form. To add something, reply to our message.

Q. Can I follow the case online?
A. Requests sent through this form are handled by email only.

Q. I sent the form twice. What now?
A. Reply on the first case and tell us; we will close the extra one.

Kind regards,
AWS Training and Certification
"""
mid = ses_mid('006'); MID['006'] = mid
M('acknowledgement', False, CA, [NEW, OLD], ses_in('006', ME_P, d) + [
  ('From', addr('AWS Training and Certification', FORM)), ('To', ME_P), ('Subject', SA), ('Date', d),
  ('Message-ID', mid)], leaf('text/plain', t), crlf=True)

# ---------------------------------------------------------------- 007 info_request A (buried question)
d = dt('2025-10-10 02:41')
T007 = f"""Hello Haruka,

Thanks for your patience while I looked into this. My name is Marisol and I'll be looking after your request.

First, the good news: a merge is possible, and it carries over your exam history, your active certifications and any unused benefits. Will the 50% discount come across too? As long as it hasn't expired, yes. It travels with the rest of the record, so there is nothing separate to request for it.

While checking the company profile ({OLD}) I saw a sign-in through AWS Partner Central in addition to the usual Builder ID login. Profiles that are shared with a partner organization follow a different path on our side, so that I can send this to the right team, did you ever link the company profile to your employer's Partner Central account, or has it only ever been used with Builder ID? If you aren't sure, the Account page you see after signing in with the company address lists every linked login, and that's enough for me. Once I know which it is I can give you a better idea of the timeline.

About Partner Central itself: you don't need to change anything there before the merge.

Best regards,
Marisol V.
AWS Training and Certification Customer Support
"""
mid = ses_mid('007'); MID['007'] = mid
M('info_request', True, CA, [OLD], ses_in('007', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('References', MID['006'])], leaf('text/plain', T007), crlf=True)

# ---------------------------------------------------------------- 008 user reply A
d = dt('2025-10-10 12:07', '+0900')
T008 = f"""Hi Marisol,

Thank you for the quick answer.

Yes, I believe it was linked. The Account page for the company address lists "AWS Partner Network" and "Builder ID" as linked logins. My company is an AWS partner, so that makes sense. The company profile's candidate ID is {OLD}, in case you need it.

One question from my side: after the merge, will the certificates I download show my personal address anywhere, or only my name?

Best regards,
Haruka Tsujimoto
"""
mid = gm_mid('008'); MID['008'] = mid
M('user_reply', False, CA, [OLD], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SA),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['007']), ('References', refs('006', '007'))],
  gmail_body(T008, f'On Fri, Oct 10, 2025 at 11:41 AM Amazon Web Services <{FORM}> wrote:', T007, '008'))

# ---------------------------------------------------------------- 009 GitHub merged + question
d = dt('2025-10-11 03:14')
t = """Merged #412 into main.

@htsujimoto thanks for picking this up before you leave! Should we backport this to release/2.3, or is it fine to wait for the next minor? And do the Glacier transitions need a note in the runbook?

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-20391847562
You are receiving this because you authored the thread.
"""
h = ('<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/412">#412</a> into <code>main</code>.</p>\n'
     '<p><a href="https://github.com/htsujimoto">@htsujimoto</a> thanks for picking this up before you leave! '
     'Should we backport this to <code>release/2.3</code>, or is it fine to wait for the next minor? And do the '
     'Glacier transitions need a note in the runbook?</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to '
     'this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/pull/412#event-20391847562">view it '
     'on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n')
mid = '<hoshizora-tech/infra-modules/pull/412/issue_event/20391847562@github.com>'; MID['009'] = mid
M('unrelated', False, None, [], gmail_in('009', ME_P, d, f'noreply+{tok("009", 12)}@github.com',
  'out-21.smtp.github.com', '192.30.252.204', 'github.com', sel='pf2023', pol='REJECT') + [
  ('From', addr('Kenta Oshiro', 'notifications@github.com')),
  ('Reply-To', addr('hoshizora-tech/infra-modules', f'reply+A3{tok("009r", 40, ALNUM)}@reply.github.com')),
  ('To', addr('hoshizora-tech/infra-modules', 'infra-modules@noreply.github.com')),
  ('Cc', addr('Haruka Tsujimoto', ME_P) + ', ' + addr('Author', 'author@noreply.github.com')),
  ('Subject', 'Re: [hoshizora-tech/infra-modules] Add retention policy to log buckets (PR #412)'),
  ('Date', d), ('Message-ID', mid),
  ('In-Reply-To', '<hoshizora-tech/infra-modules/pull/412@github.com>'),
  ('References', '<hoshizora-tech/infra-modules/pull/412@github.com>'),
  ('List-ID', 'hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>'),
  ('X-GitHub-Reason', 'author')], alt(t, page(h), '009'))

# ---------------------------------------------------------------- 010 on_hold A, HTML only, question buried
d = dt('2025-10-13 07:22')
T010 = f"""Hello Haruka,

My name is Deepak and I have taken over your case from Marisol.

I checked the company profile, and it is associated with an AWS Partner Network organization (Hoshizora Tech). For profiles like this the partner organization keeps the certifications on its records until the employee leaves, so we can't move them into a personal profile just yet. I have put the case on hold while we sort this out with our partner team.

What does this mean for you? Your certifications remain valid and visible on the company profile in the meantime; nothing has been lost. To release the hold we have to show that the employment has ended or is about to end, so could you tell us the date of your last working day at Hoshizora Tech? With that date we can ask the partner team to detach the profile, and I'll keep the case paused until then.

To answer your earlier question: certificates show only your name and the certification details, never an email address.

Regards,
Deepak R.
AWS Training and Certification Customer Support
"""
h = page(p2h(T010.split('\n\n', 1)[0]) + '\n<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;margin:8px 0">'
         f'<tr><th align="left">Case</th><td>{CA}</td></tr><tr><th align="left">Status</th>'
         '<td>On hold - partner association</td></tr></table>\n' + p2h(T010.split('\n\n', 1)[1]))
mid = ses_mid('010'); MID['010'] = mid
M('on_hold', True, CA, [], ses_in('010', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Cc', ME_C), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('References', refs('006', '007', '008'))], leaf('text/html', h), crlf=True)

# ---------------------------------------------------------------- 011 user reply A from company Outlook
d = dt('2025-10-13 17:05', '+0900')
T011 = """Hello Deepak,

Thank you for explaining. My last working day at Hoshizora Tech is October 31, 2025, and the company mailbox will be closed after that.

Do you need a letter from the company, or is my confirmation enough?

Regards,
Haruka Tsujimoto
Hoshizora Tech Co., Ltd. | Cloud Platform Group
"""
hdr010 = (f'From: Amazon Web Services <{FORM}>\nSent: Monday, October 13, 2025 4:22 PM\n'
          f'To: {ME_P}\nCc: {ME_C}\nSubject: RE:{SA}\n')
plain = T011 + '\n-----Original Message-----\n' + hdr010 + '\n' + T010
h = page('<div class="WordSection1">' + p2h(T011) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">'
         + p2h(hdr010) + '</div>' + p2h(T010) + '</div>')
mid = ol_mid('011'); MID['011'] = mid
M('user_reply', False, CA, [], [
  ('From', addr(ME_EN, ME_C)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'RE: RE:' + SA),
  ('Thread-Topic', 'RE:' + SA), ('Thread-Index', 'AQHcPG' + tok('011', 22, ALNUM) + '=='),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['010']), ('References', refs('006', '010')),
  ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')],
  alt(plain, h, '011', cte='base64'), crlf=True)

# ---------------------------------------------------------------- 012 info_request A: write from the address on file
d = dt('2025-10-14 01:10')
T012 = f"""Hello Haruka,

Thank you for the quick reply. It reached us from {ME_C}, which is the address of the profile that is being merged away. A message from that address can't count as the go-ahead from the owner of the profile we keep, so is it possible for you to send the same answer from {ME_P}, simply by replying to this email from that mailbox? Nothing else is needed: no letter from the company, just the date, written from the personal address.

Regards,
Deepak R.
AWS Training and Certification Customer Support
"""
plain = T012 + '\n---------- Original message ----------\n' + f'From: {ME_EN} <{ME_C}>\nDate: Mon, 13 Oct 2025 08:05 UTC\n\n' + T011
mid = ses_mid('012'); MID['012'] = mid
M('info_request', True, CA, [], ses_in('012', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['011']), ('References', refs('006', '010', '011'))],
  leaf('text/plain', plain, 'us-ascii', '7bit'), crlf=True)

# ---------------------------------------------------------------- 013 user reply A from personal
d = dt('2025-10-14 11:26', '+0900')
T013 = """Hi Deepak,

Writing from my personal address as you asked: my last working day at Hoshizora Tech is October 31, 2025.

Is there anything else you need from me at this point?

Thanks,
Haruka
"""
mid = gm_mid('013'); MID['013'] = mid
M('user_reply', False, CA, [], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SA),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['012']), ('References', refs('006', '010', '011', '012'))],
  gmail_body(T013, f'On Tue, Oct 14, 2025 at 10:10 AM Amazon Web Services <{FORM}> wrote:', T012, '013'))

# ---------------------------------------------------------------- 014 on_hold A, Cc colleague is asked, not the owner
d = dt('2025-10-15 00:48')
T014 = """Hello Haruka,

Thank you, that's everything we need from you.

I have asked our partner team to detach the company profile from Hoshizora Tech's partner account as of your leaving date. Until they have done so, the case stays on hold.

Why does this take time? Partner organizations count their certified staff towards their program tiers, so the partner team checks with the organization before a profile is released. That normally takes three to five business days.

Is there anything you need to do meanwhile? No. You can keep using both profiles as they are, and we'll write again as soon as the association has been removed.

Priya, I'm copying you so the partner side has this case: could you confirm with the Hoshizora Tech alliance lead that the release can be scheduled for October 31? And would you let me know if they ask for anything from our side?

Regards,
Deepak R.
AWS Training and Certification Customer Support
"""
mid = ses_mid('014'); MID['014'] = mid
M('on_hold', False, CA, [], ses_in('014', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Cc', addr('Priya Shankar', 'pshankar@amazon.com')),
  ('Subject', 'RE: ' + SA), ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['013']),
  ('References', refs('006', '010', '012', '013'))], leaf('text/plain', T014))

# ---------------------------------------------------------------- 015 Pearson VUE reminder (exam vendor)
d = dt('2025-10-15 09:00')
t = f"""Appointment reminder

Dear Haruka Tsujimoto,

This is a reminder of your upcoming exam appointment.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Wednesday, November 12, 2025
Time: 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 487120396
AWS Candidate ID: {OLD}

Questions before exam day?

What ID do I need to bring?
Two original, unexpired forms of ID; one of them must carry your photo and signature.

Can I reschedule?
Yes, up to 24 hours before the appointment, from your Pearson VUE dashboard.

What happens if I arrive late?
If you arrive more than 15 minutes late you may not be admitted, and the exam fee may not be refunded.

Pearson VUE
This mailbox is not monitored.
"""
mid = f'<{tok("015", 32)}@pearsonvue.com>'; MID['015'] = mid
M('unrelated', False, None, [OLD], exo_in('015', d, 'pearsonvue.com', 'mta-204.pearsonvue.com', '159.182.78.204',
  'pearsonvue.com') + [
  ('From', addr('Pearson VUE', 'noreply@pearsonvue.com')), ('To', ME_C),
  ('Subject', 'Reminder: your AWS Certification exam on November 12, 2025'), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '015'))

# ---------------------------------------------------------------- 016 phishing, lookalike domain
d = dt('2025-10-16 02:03')
t = """Dear Candidate,

A request to merge your AWS Certification accounts was received. Was this request made by you?

To protect your certifications we must confirm ownership before the merge continues. Please reply to this email with:
- the email address and password of your AWS Builder ID
- the 6-digit code we sent to your phone

Why do we ask? Merge requests are a frequent target of fraud, and this check keeps your exam history safe.

If we do not hear from you within 24 hours, your certifications will be suspended until the verification is complete.

Verify now: https://aws-certification-desk.com/verify?ref=CM-88213

AWS Certification Support Team
"""
mid = f'<{tok("016", 20)}@aws-certification-desk.com>'; MID['016'] = mid
M('suspicious', False, None, [], exo_in('016', d, 'aws-certification-desk.com', 'mail.aws-certification-desk.com',
  '185.222.58.141', 'aws-certification-desk.com') + [
  ('From', addr('AWS Certification Support', 'support@aws-certification-desk.com')), ('To', ME_C),
  ('Subject', 'Action required: confirm your certification account merge'), ('Date', d), ('Message-ID', mid)],
  leaf('text/html', page(p2h(t)), cte='base64'))

# ---------------------------------------------------------------- 017 manager asks (Japanese, internal)
d = dt('2025-10-16 13:12', '+0900')
T017 = """辻本さん

お疲れさまです。森下です。
AWS認定アカウントの移行の件、その後AWSから返事は来ましたか？

アライアンス担当の田島さんから、パートナーの認定者数に影響が出るのか聞かれています。いつ頃カウントから外れる見込みでしょうか。
あと、田島さんにもケースの状況を共有しておいた方がいいですか？

森下
"""
mid = ol_mid('017'); MID['017'] = mid
M('unrelated', False, None, [], [
  ('Received', f'from TYCPR01MB4471.jpnprd01.prod.outlook.com ([fe80::91a:5cff:fe10:2be7]) by\n TYCPR01MB4471.jpnprd01.prod.outlook.com with mapi id 15.20.9228.3; {d}'),
  ('From', addr('森下 浩二', BOSS)), ('To', addr('辻本 遥', ME_C)), ('Subject', eh('AWS認定の件')),
  ('Thread-Topic', eh('AWS認定の件')), ('Date', d), ('Message-ID', mid), ('Content-Language', 'ja-JP')],
  leaf('text/plain', T017, cte='base64'), crlf=True)

# ---------------------------------------------------------------- 018 owner answers manager (ISO-2022-JP)
d = dt('2025-10-16 13:40', '+0900')
t = f"""森下さん

お疲れさまです。辻本です。

AWSからは返事が来ています。ケース番号は {CA} です。
会社の認定アカウント（候補ID {OLD}）がパートナー組織に紐付いているため、今はケースが保留になっていて、AWSのパートナー担当から当社のアライアンス窓口に確認が入るそうです。
カウントから外れるのは退職日の10/31付けになる見込みです。

田島さんへの共有はお願いできますか？AWSから連絡が来たときに話が通っているとスムーズだと思います。

辻本

差出人: 森下 浩二 <{BOSS}>
送信日時: 2025年10月16日 13:12
宛先: 辻本 遥 <{ME_C}>
件名: AWS認定の件

""" + T017
mid = ol_mid('018'); MID['018'] = mid
M('user_reply', False, CA, [OLD], [
  ('From', addr('辻本 遥', ME_C, 'iso-2022-jp')), ('To', addr('森下 浩二', BOSS, 'iso-2022-jp')),
  ('Subject', eh('RE: AWS認定の件', 'iso-2022-jp')), ('Thread-Topic', eh('AWS認定の件', 'iso-2022-jp')),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['017']), ('References', MID['017']),
  ('Content-Language', 'ja-JP')], leaf('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True)

# ---------------------------------------------------------------- 019 billing (same sender as console cases)
d = dt('2025-10-17 02:31')
t = """Greetings from Amazon Web Services,

Your billing statement for September 2025 is now available for account 428911730562.

Amount due: USD 3.27
The amount will be charged to the payment method on file on or after October 20, 2025.

Wondering what you were charged for? Open the Bills page of the Billing and Cost Management console to see the breakdown by service and Region.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
mid = ses_mid('019'); MID['019'] = mid
M('unrelated', False, None, [], ses_in('019', ME_P, d) + [
  ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
  ('Subject', 'Amazon Web Services Billing Statement Available [Account: 428911730562]'), ('Date', d),
  ('Message-ID', mid)], leaf('text/plain', t, 'us-ascii', '7bit'))

# ---------------------------------------------------------------- 020 ack B (duplicate form), Japanese ISO-2022-JP
d = dt('2025-10-18 03:00')
t = f"""辻本 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース {CB} として受け付けました。担当者が内容を確認のうえ、通常1営業日以内にご連絡いたします。

同じ内容のお問い合わせで既にケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: {OLD}
本文:
10月9日に同じ件で問い合わせをしましたが、その後どうなっていますか？パートナーの件で保留になっていると聞きましたが、私の方で追加で必要なものはありますか？退職日は10月31日で、このアドレスはその日までしか使えません。

AWS トレーニングと認定 カスタマーサポート
"""
mid = ses_mid('020'); MID['020'] = mid
M('acknowledgement', False, CB, [OLD], ses_in('020', ME_C, d) + [
  ('From', addr('AWS Training and Certification', FORM)), ('To', ME_C), ('Subject', SB), ('Date', d),
  ('Message-ID', mid)], leaf('text/plain', t, 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 021 case_update B: closed as duplicate (asks and answers)
d = dt('2025-10-19 06:40')
t = f"""Hello Haruka,

This case was opened for the same request as case {CA}, which my colleague Deepak is already handling. To keep everything in one place, I have closed this one and added a note to the original case that points back here.

Do you need to send anything again? No. As for your question about what is still needed from you: the only open item on the original case is the release by the partner team, and that is on our side.

Will closing this case affect the other one? Not at all; the original case carries on exactly where it was.

Kind regards,
Keiko M.
AWS Training and Certification Customer Support
"""
mid = ses_mid('021'); MID['021'] = mid
M('case_update', False, CB, [], ses_in('021', ME_C, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_C), ('Subject', 'RE:' + SB), ('Date', d),
  ('Message-ID', mid), ('References', MID['020'])], leaf('text/plain', t), crlf=True)

# ---------------------------------------------------------------- 022 newsletter with FAQ (Japanese)
d = dt('2025-10-20 21:30')
t = """クラウド週報 第214号

■今週の話題
・主要クラウド3社の東京リージョン新機能まとめ
・コンテナのコスト最適化、どこから手をつける？

■読者からのよくある質問
Q. 転職したらAWS認定はどうなりますか？
A. 認定は個人に付与されるので失効しません。ただ、会社のメールアドレスで作った認定アカウントは、退職前に個人のアカウントへ統合しておくと安心です。

Q. 統合を申し込んだあと、何をすればいいですか？
A. サポートから確認のメールが届いたら、内容を確かめて返信します。あとは待つだけです。

Q. 再認定の期限を過ぎてしまったら？
A. その認定は失効します。もう一度試験に合格すれば取り直せます。

ご質問は読者フォームからお寄せください。
配信停止: https://cloudshuho.jp/unsubscribe
"""
mid = f'<{tok("022", 28)}@mail.cloudshuho.jp>'; MID['022'] = mid
M('unrelated', False, None, [], gmail_in('022', ME_P, d, 'bounce@mail.cloudshuho.jp', 'mail.cloudshuho.jp',
  '210.152.14.33', 'cloudshuho.jp', sel='cs1', pol='NONE') + [
  ('From', addr('クラウド週報', 'news@mail.cloudshuho.jp')), ('To', ME_P),
  ('Subject', eh('【クラウド週報】第214号 転職とAWS認定、よくある質問')), ('Date', d), ('Message-ID', mid),
  ('List-Unsubscribe', '<https://cloudshuho.jp/unsubscribe>')],
  alt(t, page(p2h(t), 'ja'), '022', cte='base64'))

# ---------------------------------------------------------------- 023 case_update A: hold lifted
d = dt('2025-10-21 05:10')
t = """Hello Haruka,

A quick update: the partner team has confirmed the release, and the hold on your case has been lifted.

Your request is now back with the certification records team, who will contact you shortly about the merge itself. What happens next? They will list the profiles they found so that you can check them before anything is combined. There is nothing you need to do today.

Regards,
Deepak R.
AWS Training and Certification Customer Support
"""
mid = ses_mid('023'); MID['023'] = mid
M('case_update', False, CA, [], ses_in('023', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('References', refs('006', '010', '014'))], leaf('text/plain', t, 'us-ascii', '7bit'))

# ---------------------------------------------------------------- 024 confirmation_request A (table)
d = dt('2025-10-22 05:30')
T024 = f"""Hello Haruka,

I'm Tomás from the certification records team, and I'll complete the merge for you. These are the two profiles I found:

Account #1
Candidate ID: {NEW}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {OLD}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

After the merge, everything from Account #2 will sit in Account #1, and Account #2 can no longer be used to sign in. Are both of these profiles yours, and is Account #1 the one you'd like to keep? A short reply naming the account that should remain is all I need before I start.

Thanks,
Tomás L.
AWS Training and Certification Customer Support
"""
rows = ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in [
  ('Candidate ID', NEW, OLD), ('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C),
  ('Certification notification email', ME_P, ME_C)])
h = page(p2h(T024.split('Account #1')[0]) + '<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">'
         '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>' + rows + '</table>\n'
         + p2h(T024.split(f'Certification notification email: {ME_C}')[1]))
mid = ses_mid('024'); MID['024'] = mid
M('confirmation_request', True, CA, [NEW, OLD], ses_in('024', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('References', refs('006', '023'))], alt(T024, h, '024'))

# ---------------------------------------------------------------- 025 Skill Builder receipt
d = dt('2025-10-23 08:15')
t = """Thanks for your purchase

Hello Haruka,

Order number: SB-20251023-77410
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Charged to: Visa ending in 4417

Have a question about your order? Visit the Skill Builder help center. Want to cancel? You can do that at any time under My Account > Subscription.

AWS Skill Builder
"""
mid = ses_mid('025'); MID['025'] = mid
M('unrelated', False, None, [], gmail_in('025', ME_P, d, f'0100019{tok("025", 9)}-000000@skillbuilder.aws',
  'a27-77.smtp-out.us-west-2.amazonses.com', '54.240.27.77', 'skillbuilder.aws', sel='sb1') + [
  ('From', addr('AWS Skill Builder', 'no-reply@skillbuilder.aws')), ('To', ME_P),
  ('Subject', 'Your AWS Skill Builder receipt (order SB-20251023-77410)'), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '025'))

# ---------------------------------------------------------------- 026 farewell party poll (colleague)
d = dt('2025-10-24 12:05', '+0900')
t = """チームの皆さん、辻本さん

川端です。辻本さんの送別会の日程を決めたいと思います。

候補:
  A. 10/29(水) 19:00〜
  B. 10/30(木) 19:00〜

どちらが参加しやすいですか？今日中にこのメールに返信してもらえると助かります。
辻本さん、苦手な食べ物はありますか？お店の希望もあれば教えてください。

川端
"""
mid = ol_mid('026'); MID['026'] = mid
M('unrelated', False, None, [], [
  ('Received', f'from TYCPR01MB8812.jpnprd01.prod.outlook.com ([fe80::6c1:22ff:fe3a:91d4]) by\n TYCPR01MB8812.jpnprd01.prod.outlook.com with mapi id 15.20.9228.3; {d}'),
  ('From', addr('川端 美咲', KAWA)), ('To', 'platform-team@hoshizora-tech.co.jp'), ('Cc', addr('辻本 遥', ME_C)),
  ('Subject', eh('【日程調整】辻本さん送別会')), ('Date', d), ('Message-ID', mid), ('Content-Language', 'ja-JP')],
  leaf('text/plain', t, cte='8bit'))

# ---------------------------------------------------------------- 027 closing_notice A (quotes the confirmation request)
d = dt('2025-10-25 04:20')
T027 = """Hello Haruka,

I'm following up on my message of October 22 about merging your two certification profiles. Is the merge still something you'd like us to go ahead with?

I haven't yet heard which account you'd like to keep, and I can't continue without that. If there's no reply by October 29, I will close this case. Answering this email before then keeps it open, and an answer after that date will reopen it.

Thanks,
Tomás L.
AWS Training and Certification Customer Support
"""
plain = (T027 + '\n-----Original Message-----\nFrom: Amazon Web Services\nSent: Wed, 22 Oct 2025 05:30 UTC\n'
         f'To: {ME_P}\nSubject: RE:{SA}\n\n' + T024)
mid = ses_mid('027'); MID['027'] = mid
M('closing_notice', True, CA, [], ses_in('027', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['024']), ('References', refs('006', '024'))], leaf('text/plain', plain))

# ---------------------------------------------------------------- 028 user reply A: confirm, Cc manager
d = dt('2025-10-26 09:40', '+0900')
T028 = f"""Hi Tomás,

Sorry for the slow answer - I was travelling this week.

Yes, both profiles are mine. Please keep Account #1 ({NEW}, {ME_P}) and merge Account #2 into it.

Could you let me know once it's done? I'm copying my manager, Koji Morishita, so he knows the partner count will change.

Best regards,
Haruka Tsujimoto
"""
mid = gm_mid('028'); MID['028'] = mid
M('user_reply', False, CA, [NEW], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Cc', addr('Koji Morishita', BOSS)),
  ('Subject', 'Re: RE:' + SA), ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['027']),
  ('References', refs('006', '024', '027'))],
  gmail_body(T028, f'On Sat, Oct 25, 2025 at 1:20 PM Amazon Web Services <{FORM}> wrote:', plain, '028'))

# ---------------------------------------------------------------- 029 out-of-office from the Cc'd manager
d = dt('2025-10-26 09:41', '+0900')
t = f"""森下は10月24日から10月28日まで休暇のため不在にしております。
お急ぎのご用件は川端 ({KAWA}) までご連絡ください。

I am out of the office until October 28. Need an answer sooner? Please contact Misaki Kawabata ({KAWA}).
"""
mid = ol_mid('029'); MID['029'] = mid
M('unrelated', False, CA, [], gmail_in('029', ME_P, d, BOSS, 'mail-os0jpn01on2107.outbound.protection.outlook.com',
  '40.107.113.107', 'hoshizora-tech.co.jp', sel='selector1', pol='NONE') + [
  ('From', addr('森下 浩二', BOSS, 'iso-2022-jp')), ('To', addr(ME_EN, ME_P)),
  ('Subject', eh('自動応答: Re: RE:' + SA, 'iso-2022-jp')), ('Date', d), ('Message-ID', mid),
  ('In-Reply-To', MID['028']), ('References', MID['028']), ('Auto-Submitted', 'auto-replied'),
  ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', BOSS)],
  leaf('text/plain', t, 'iso-2022-jp', '7bit'), crlf=True)

# ---------------------------------------------------------------- 030 resolved A (quotes the old question)
d = dt('2025-10-27 01:15')
T030 = """Hello Haruka,

Thank you for confirming. The merge is finished: everything that was on Account #2, including your exam history, certifications and the exam discount benefit, is now on Account #1, and Account #2 has been closed. Your digital badges should be re-sent to your personal address within the day.

What about Partner Central? The partner profile refreshes on its own schedule, so the change may show there a few days later.

Is there anything else I can help you with on this request? If so, just reply to this email; otherwise there is nothing more you need to do.

Best regards,
Tomás L.
AWS Training and Certification Customer Support
"""
plain = (T030 + f'\n-----Original Message-----\nFrom: {ME_EN} <{ME_P}>\nSent: Sun, 26 Oct 2025 00:40 UTC\n'
         f'Subject: Re: RE:{SA}\n\n' + T028 + '\n-----Original Message-----\nFrom: Amazon Web Services\n'
         f'Sent: Wed, 22 Oct 2025 05:30 UTC\nSubject: RE:{SA}\n\n' + T024)
mid = ses_mid('030'); MID['030'] = mid
M('resolved', False, CA, [], ses_in('030', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['028']), ('References', refs('006', '024', '027', '028'))],
  leaf('text/plain', plain), crlf=True)

# ---------------------------------------------------------------- 031 Credly badge
d = dt('2025-10-27 01:32')
t = """Haruka, you have a new badge waiting

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect – Associate

Ready to show it off? Accept your badge and share it on your profile, in your email signature or on social media.

Why accept? A Credly badge lets anyone check your certification in one click - no PDFs to send around.

Accept badge: https://www.credly.com/badges/9c1e44a2-57b0-4f3d-a8e1-3b0d6f27c915/accept

Questions? Visit support.credly.com.
"""
mid = f'<{tok("031", 24, ALNUM)}@credly.com>'; MID['031'] = mid
M('badge', False, None, [], gmail_in('031', ME_P, d, f'bounces+{tok("031", 8, DIG)}@em.credly.com',
  'o1.em.credly.com', '167.89.32.14', 'credly.com', sel='s1', pol='NONE') + [
  ('From', addr('Credly', 'admin@credly.com')), ('To', ME_P),
  ('Subject', eh('Haruka, claim your AWS Certified Solutions Architect – Associate badge')), ('Date', d), ('Message-ID', mid)],
  leaf('text/html', page(p2h(t)), cte='quoted-printable'))

# ---------------------------------------------------------------- 032 survey A
d = dt('2025-10-28 02:00')
t = f"""Hello Haruka,

Your recent case with AWS Training and Certification (case {CA}) has been resolved. How did we do?

1. Overall, how satisfied are you with the support you received? (1 = very dissatisfied, 5 = very satisfied)
2. Did we resolve your issue? Yes / No
3. How easy was it to get the help you needed?
4. Is there anything we could have done better?

Answer the survey: https://survey.aws-training-feedback.amazon.com/s/{tok('032', 10, ALNUM)}

It takes about two minutes. Replies to this email are not read; please use the link above.

AWS Training and Certification
"""
mid = ses_mid('032'); MID['032'] = mid
M('survey', False, CA, [], ses_in('032', ME_P, d) + [
  ('From', addr('AWS Training and Certification', 'tc-feedback@amazon.com')), ('To', ME_P),
  ('Subject', f'How did we do? Your case {CA}'), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '032'))

# ---------------------------------------------------------------- 033 forward to a friend
d = dt('2025-10-29 20:15', '+0900')
t = f"""Ryo

前に聞かれてたAWS認定アカウントの統合、無事に終わったよ。
申し込みから完了まで2週間半くらい。ほとんどはパートナー側の解除待ちでした。
Ryoも退職前にやっておく？やるならフォームに書いた文面を送ろうか？

遥

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: 2025年10月27日(月) 10:15
Subject: RE:{SA}
To: <{ME_P}>

""" + T030
mid = gm_mid('033'); MID['033'] = mid
M('user_reply', False, CA, [], [
  ('From', addr(ME_EN, ME_P)), ('To', RYO), ('Subject', 'Fwd: RE:' + SA), ('Date', d), ('Message-ID', mid),
  ('In-Reply-To', MID['030']), ('References', refs('006', '030'))],
  multi('alternative', [leaf('text/plain', t, cte='base64'), leaf('text/html', '<div dir="ltr">' + p2h(t) + '</div>\n', cte='base64')],
        '000000000000' + tok('033', 16)))

# ---------------------------------------------------------------- 034 AWS Educate case asks a question (other program)
d = dt('2025-10-30 06:12')
t = """Hello,

Thank you for contacting AWS Educate.

I'd be glad to help you get back into your learner profile. So that I can find it, could you tell me the name of the institution you signed up with and roughly the year you joined? Please reply to this email with those details.

Best regards,
Sam K.
AWS Educate Support
"""
mid = ses_mid('034'); MID['034'] = mid
M('unrelated', False, CE, [], ses_in('034', ME_P, d) + [
  ('From', addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com')), ('To', ME_P),
  ('Subject', f'RE:[CASE {CE}] [AWS Educate Form Submission] - account-access'), ('Date', d), ('Message-ID', mid)],
  leaf('text/plain', t, 'us-ascii', '7bit'), crlf=True)

# ---------------------------------------------------------------- 035 ack D, Japanese HTML only with FAQ
d = dt('2025-11-01 03:20')
echo = f"""AWS 候補 ID: {NEW}
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
内容: 認定証の氏名が「Haruka Tsujimot」となっていて、最後の o が抜けています。修正していただけますか？再発行された認定証はどこからダウンロードすればよいでしょうか？"""
faq = [('追加の資料はどのように送ればよいですか？', '担当者からのメールにそのままご返信ください。'),
       ('回答までどのくらいかかりますか？', '通常は24時間以内ですが、内容によっては数日いただく場合がございます。'),
       ('お問い合わせを取り下げたい場合は？', 'このメールに「取り下げ」とご返信いただければ、ケースをクローズいたします。')]
h = page(f"""<p>辻本 遥 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>
ケース番号 <b>{CD}</b> にて承りました。</p>
<p>担当者より順次ご連絡いたします。重複してお問い合わせをいただくと確認に時間を要するため、同じ内容での再送はお控えください。</p>
<h3>お問い合わせ内容</h3>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">{html.escape(echo).replace(chr(10), '<br>')}</blockquote>
<h3>よくあるご質問</h3>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
""" + ''.join(f'<tr><td>Q. {html.escape(q)}</td><td>A. {html.escape(a)}</td></tr>\n' for q, a in faq) + """</table>
<p>AWS トレーニングと認定 カスタマーサポート</p>""", 'ja')
mid = ses_mid('035'); MID['035'] = mid
M('acknowledgement', False, CD, [NEW], ses_in('035', ME_P, d) + [
  ('From', addr('AWS トレーニングと認定', FORM)), ('To', ME_P), ('Subject', SD), ('Date', d), ('Message-ID', mid)],
  leaf('text/html', h))

# ---------------------------------------------------------------- 036 friend asks questions back
d = dt('2025-11-01 22:02', '+0900')
t = """遥さん

ありがとう！めっちゃ助かる。いくつか聞いてもいい？

- 候補IDってフォームに書いた？
- スクショとか本人確認の書類は求められた？
- Credlyのバッジは自動で移った？

フォームの文面、ぜひ送ってほしい！

Ryo
"""
mid = gm_mid('036'); MID['036'] = mid
M('unrelated', False, CA, [], gmail_in('036', ME_P, d, RYO, 'mail-sor-f41.google.com', '209.85.220.41', 'gmail.com',
  sel='20230601', pol='NONE') + [
  ('From', addr('Ryo Aikawa', RYO)), ('To', addr(ME_EN, ME_P)), ('Subject', 'Re: Fwd: RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['033']), ('References', refs('030', '033'))],
  gmail_body(t, f'2025年10月29日(水) 20:15 Haruka Tsujimoto <{ME_P}>:', 'Ryo\n\n前に聞かれてたAWS認定アカウントの統合、無事に終わったよ。\n(以下略)', '036', cte='base64'))

# ---------------------------------------------------------------- 037 info_request D, keigo, buried, self-answered
d = dt('2025-11-03 01:12')
T037 = f"""辻本 遥 様

AWS トレーニングと認定サポートの佐々木でございます。
お問い合わせいただいた認定証の氏名表記について、確認いたしました。

氏名を修正すると、取得済みの認定や試験結果に影響が出るのではないかとご心配かもしれません。結論から申し上げますと、影響はございません。修正後は、認定証のPDFとデジタルバッジが新しい表記で再発行されます。

修正にあたっては、登録上の氏名を公的な本人確認書類と一致させる必要がございます。お手数ですが、パスポートまたは運転免許証に記載されているとおりのローマ字表記（姓と名の順序を含む）を、本メールへのご返信にてお知らせいただけますでしょうか。書類の画像を添付していただく必要はございません。ご連絡をいただき次第、当日中に手続きを進めます。

なお、再発行された認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
mid = ses_mid('037'); MID['037'] = mid
M('info_request', True, CD, [], ses_in('037', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SD), ('Date', d),
  ('Message-ID', mid), ('References', MID['035'])], leaf('text/plain', T037, 'iso-2022-jp', '7bit'), crlf=True)

# ---------------------------------------------------------------- 038 user reply D (Japanese Gmail)
d = dt('2025-11-03 12:30', '+0900')
T038 = """佐々木様

ご確認ありがとうございます。
パスポートの表記は「TSUJIMOTO HARUKA」（姓・名の順）です。認定証には名・姓の順で「Haruka Tsujimoto」と表示していただければ問題ありません。

念のためお伺いしますが、Credly のバッジも自動で更新されますか？

辻本 遥
"""
mid = gm_mid('038'); MID['038'] = mid
M('user_reply', False, CD, [], [
  ('From', addr(ME_JA, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SD),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['037']), ('References', refs('035', '037'))],
  gmail_body(T038, f'2025年11月3日(月) 10:12 Amazon Web Services <{FORM}>:', T037, '038', cte='base64'))

# ---------------------------------------------------------------- 039 info_request D, plain ください, question in the middle
d = dt('2025-11-04 02:05')
T039 = """辻本様

ご返信ありがとうございます。表記について承知しました。

記録を確認したところ、2019年の試験1件だけが別の氏名（Haruka Nakano）で登録されていました。旧姓で受験された記録でお間違いないでしょうか。ご本人の記録であれば同じ表記に揃えますので、その旨をこのメールにご返信ください。Credly のバッジは修正後に自動で再発行されますので、特に操作は必要ありません。

佐々木
"""
mid = ses_mid('039'); MID['039'] = mid
M('info_request', True, CD, [], ses_in('039', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SD), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['038']), ('References', refs('035', '037', '038'))],
  leaf('text/plain', T039 + '\n' + ql(T038) + '\n'))

# ---------------------------------------------------------------- 040 user reply D
d = dt('2025-11-04 12:11', '+0900')
T040 = """佐々木様

はい、旧姓（中野）で受験したときの記録です。同じ表記に揃えていただけますと助かります。
よろしくお願いいたします。

辻本 遥
"""
mid = gm_mid('040'); MID['040'] = mid
M('user_reply', False, CD, [], [
  ('From', addr(ME_JA, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SD),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['039']), ('References', refs('035', '037', '038', '039'))],
  gmail_body(T040, f'2025年11月4日(火) 11:05 Amazon Web Services <{FORM}>:', T039, '040', cte='base64'))

# ---------------------------------------------------------------- 041 spoofed amazon.com, dmarc=fail (Japanese)
d = dt('2025-11-05 08:44')
t = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントについて、統合手続きの最終確認が必要です。
統合後も試験履歴と特典を保持されますか？ 保持される場合は、下記のリンクからサインインし、24時間以内に本人確認を完了してください。

https://aws-training-verify.com/jp/login?session=8F2K19

期限内にご確認いただけない場合、保有されている認定資格が失効する可能性がございます。

AWS トレーニングと認定
"""
mid = f'<{tok("041", 30)}@amazon.com>'; MID['041'] = mid
M('suspicious', False, None, [], gmail_in('041', ME_P, d, 'info@srv-mail14.hostmx-cloud.net', 'srv-mail14.hostmx-cloud.net',
  '91.215.85.17', 'amazon.com', dkim='fail', spf='softfail', dmarc='fail', dis='QUARANTINE') + [
  ('From', addr('AWS トレーニングと認定', FORM)), ('To', ME_P),
  ('Subject', eh('【重要】AWS 認定アカウント統合の最終確認')), ('Date', d), ('Message-ID', mid)],
  leaf('text/html', page(p2h(t), 'ja'), cte='base64'))

# ---------------------------------------------------------------- 042 resolved D, Shift_JIS base64, conditional invitation
d = dt('2025-11-06 01:40')
T042 = """辻本 遥 様

ご確認いただき、ありがとうございました。
氏名表記の修正が完了いたしました。現在、認定アカウントでは「Haruka Tsujimoto」と表示されており、2019年の記録も同じ表記に統一しております。
再発行された認定証は「認定」ページからダウンロードいただけます。Credly のバッジは本日中に新しい表記で届く予定です。

ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
plain = T042 + '\n---- 元のメッセージ ----\n' + ql(T040) + '\n\n---- 元のメッセージ ----\n' + ql(T039) + '\n'
mid = ses_mid('042'); MID['042'] = mid
M('resolved', False, CD, [], ses_in('042', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SD), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['040']), ('References', refs('035', '037', '039', '040'))],
  leaf('text/plain', plain, 'shift_jis', 'base64'), crlf=True)

# ---------------------------------------------------------------- 043 survey D, ISO-2022-JP
d = dt('2025-11-06 02:30')
t = f"""辻本 遥 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース番号: {CD}

サービス向上のため、簡単なアンケートにご協力いただけますと幸いです。

・今回のサポートにどの程度満足されましたか？
・お問い合わせの内容は解決しましたか？
・担当者の説明はわかりやすかったですか？

アンケートに回答する: https://survey.aws-training-feedback.amazon.com/s/{tok('043', 10, ALNUM)}

所要時間は2分ほどです。本メールに返信いただいても回答としては受け付けられませんので、上記のリンクをご利用ください。

AWS トレーニングと認定
"""
mid = ses_mid('043'); MID['043'] = mid
M('survey', False, CD, [], ses_in('043', ME_P, d) + [
  ('From', addr('AWS トレーニングと認定', 'tc-feedback@amazon.com', 'iso-2022-jp')), ('To', ME_P),
  ('Subject', eh(f'サポートについてのアンケート(ケース {CD})', 'iso-2022-jp')), ('Date', d), ('Message-ID', mid)],
  leaf('text/plain', t, 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 044 another vendor's ticket solved
d = dt('2025-11-07 04:00')
t = """##- Please type your reply above this line -##

Your request (KN-48213) has been solved.

Did our answer resolve your question? Yes: https://kumonotes.zendesk.com/r/KN-48213/good  No: https://kumonotes.zendesk.com/r/KN-48213/bad

If you still need help, just reply to this email within 7 days and the request will reopen.

----------------------------------------------

Aya (Kumo Notes Support), Nov 7, 2025, 13:00 GMT+9

Hi Haruka,

We found the cause: exports with more than 5,000 attachments stopped at 90%. That's fixed now. Could you run the export once more and tell us whether it finishes? If it does, there's nothing else to do.

Best,
Aya

----------------------------------------------

Haruka Tsujimoto, Nov 5, 2025, 21:14 GMT+9

My workspace export stays at 90% for hours. Is this a known issue? How long should a 2 GB export take?
"""
mid = f'<{tok("044", 10, ALNUM)}_{tok("044b", 6, DIG)}@kumonotes.zendesk.com>'; MID['044'] = mid
M('unrelated', False, None, [], gmail_in('044', ME_P, d, f'support+id{tok("044", 6, DIG)}@kumonotes.zendesk.com',
  'outbyoip12.pod18.use1.zdsys.com', '192.161.151.12', 'kumonotes.zendesk.com', sel='zendesk1', pol='NONE') + [
  ('From', addr('Kumo Notes Support', 'support@kumonotes.zendesk.com')), ('To', addr(ME_EN, ME_P)),
  ('Subject', '[Kumo Notes] Re: Export stuck at 90% (request KN-48213)'), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '044'))

# ---------------------------------------------------------------- 045 aws.training class reminder with FAQ
d = dt('2025-11-07 09:00')
t = """Your class starts tomorrow

Hello Haruka,

Advanced Architecting on AWS (virtual, Japanese delivery) starts on November 8, 2025 at 09:30 JST.

Getting ready - frequently asked questions

How do I join?
Use the "Join class" button on your Transcript page about 15 minutes before the start.

Where do I find the student guide?
It is in your digital bookshelf; the access code arrives in a separate email.

What if I can't attend after all?
Cancel from the Transcript page before the class starts so that the seat is released.

See you in class,
AWS Training and Certification
"""
mid = ses_mid('045'); MID['045'] = mid
M('unrelated', False, None, [], gmail_in('045', ME_P, d, f'0100019{tok("045", 9)}-000000@aws.training',
  'a8-61.smtp-out.amazonses.com', '54.240.8.61', 'aws.training', sel='awst1') + [
  ('From', addr('AWS Training and Certification', 'no-reply@aws.training')), ('To', ME_P),
  ('Subject', 'Reminder: Advanced Architecting on AWS starts tomorrow'), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '045'))

# ---------------------------------------------------------------- console case C
CFOOT = f"""
To continue working on this case, go to the AWS Support Center:
{CONSOLE}
(Sign in to the console first if the link opens a sign-in page.)

*This e-mail was sent from an address that does not accept incoming e-mail. Replies to it are not added to the case; please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""

# 046 ack C
d = dt('2025-11-08 02:10')
t = f"""Dear Customer,

We have opened case {CC} on your behalf. Here is a summary of it:

Case ID: {CC}
Subject: Exam voucher missing after account merge
Severity: General guidance
Correspondence: After my two certification profiles were merged (case {CA}), the 50% exam discount no longer shows under Benefits. Where did it go? Can it be restored before my next booking? My candidate ID is {NEW}.
""" + CFOOT
mid = ses_mid('046'); MID['046'] = mid
M('acknowledgement', False, CC, [NEW], ses_in('046', ME_P, d) + [
  ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
  ('Subject', f'Amazon Web Services: New Support case: {CC}'), ('Date', d), ('Message-ID', mid)],
  leaf('text/plain', t))

# 047 info_request C (answer in the Support Center)
d = dt('2025-11-09 00:30')
T047 = """Hello,

Thank you for contacting AWS about your certification benefit. I'm Oluwaseun from the AWS Training and Certification team.

Why would a voucher disappear after a merge? Usually because it was issued to the notification address of the old profile rather than to the profile itself, and those sometimes have to be moved across by hand.

To find yours I need two details: which certification exam earned the voucher, and roughly when you passed it. Had you already started to use it, for example by applying it to a booking that was later cancelled? Please add these details to the case in the Support Center, since replies to this email don't reach us.

Best regards,
Oluwaseun A.
Amazon Web Services
""" + CFOOT
mid = ses_mid('047'); MID['047'] = mid
M('info_request', True, CC, [], ses_in('047', ME_P, d) + [
  ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P), ('Subject', SC), ('Date', d), ('Message-ID', mid),
  ('References', MID['046'])], leaf('text/plain', T047), crlf=True)

# 048 user reply by email to the no-reply address (wrong channel)
d = dt('2025-11-09 10:02', '+0900')
t = """Hello Oluwaseun,

The voucher came with my AWS Certified Solutions Architect – Associate, which I passed in March 2025. I haven't used it at all.

Is that enough for you to find it?

Best regards,
Haruka
"""
mid = gm_mid('048'); MID['048'] = mid
M('user_reply', False, CC, [], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', NOREPLY)), ('Subject', 'Re: ' + SC),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['047']), ('References', refs('046', '047'))],
  gmail_body(t, f'On Sun, Nov 9, 2025 at 9:30 AM Amazon Web Services <{NOREPLY}> wrote:', T047, '048'))

# 049 bounce of that reply
d = dt('2025-11-09 01:03')
t = f"""** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
ds = (f'Reporting-MTA: dns; googlemail.com\nArrival-Date: {dt("2025-11-09 10:02", "+0900")}\n\n'
      f'Final-Recipient: rfc822; {NOREPLY}\nAction: failed\nStatus: 5.1.1\n'
      f'Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8)\nDiagnostic-Code: smtp; 550 5.1.1 <{NOREPLY}>: '
      f'Recipient address rejected: this mailbox does not accept incoming mail\nLast-Attempt-Date: {d}\n')
rh = (f'From: {ME_EN} <{ME_P}>\nDate: {dt("2025-11-09 10:02", "+0900")}\nMessage-ID: {MID["048"]}\n'
      f'Subject: Re: {SC}\nTo: Amazon Web Services <{NOREPLY}>\n')
body = multi('report; report-type=delivery-status', [
  leaf('text/plain', t, 'UTF-8', 'quoted-printable'),
  b'Content-Type: message/delivery-status\n\n' + ds.encode('ascii'),
  leaf('text/rfc822-headers', rh, 'us-ascii', '7bit')], '000000000000' + tok('049', 16))
mid = f'<{tok("049", 24, ALNUM)}@mx.google.com>'; MID['049'] = mid
M('unrelated', False, CC, [], [
  ('Delivered-To', ME_P), ('Return-Path', '<>'),
  ('Received', f'by 2002:a05:6a10:91c4:b0:5e1:7d3a:12ab with SMTP id {tok("049r", 10, ALNUM)};\n        {d}'),
  ('From', addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', ME_P),
  ('Subject', 'Delivery Status Notification (Failure)'), ('Date', d), ('Message-ID', mid),
  ('In-Reply-To', MID['048']), ('References', MID['048']), ('Auto-Submitted', 'auto-replied')], body)

# 050 closing_notice C (auto-resolve warning with a question)
d = dt('2025-11-12 00:35')
t = """Hello,

We haven't received a reply on this case yet. Were you able to look up the exam and the date we asked about?

If we don't hear from you, this case will be resolved automatically in three days. After that you can still reopen it from the Support Center for up to 14 days.

Best regards,
Oluwaseun A.
Amazon Web Services
""" + CFOOT
mid = ses_mid('050'); MID['050'] = mid
M('closing_notice', True, CC, [], ses_in('050', ME_P, d) + [
  ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P), ('Subject', SC), ('Date', d), ('Message-ID', mid),
  ('References', refs('046', '047'))], leaf('text/plain', t, 'us-ascii', '7bit'))

# 051 case_update C: passed to benefits team
d = dt('2025-11-13 03:20')
t = """Hello Haruka,

Thanks for adding the details in the Support Center: Solutions Architect - Associate, March 2025, unused.

I found the voucher. It was still attached to the profile that was closed during the merge, so I have asked the benefits team to move it to your current profile. How long does that take? Usually two to three business days. You don't need to do anything in the meantime; I'll post here as soon as it shows up under Benefits.

Best regards,
Oluwaseun A.
Amazon Web Services
""" + CFOOT
mid = ses_mid('051'); MID['051'] = mid
M('case_update', False, CC, [], ses_in('051', ME_P, d) + [
  ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P), ('Subject', SC), ('Date', d), ('Message-ID', mid),
  ('References', refs('046', '047', '050'))], leaf('text/plain', t, 'us-ascii', '7bit'), crlf=True)

# 052 certification: recertified
d = dt('2025-11-14 06:00')
t = f"""Dear Haruka Tsujimoto,

Candidate ID: {NEW}

You have recertified AWS Certified Solutions Architect - Professional. Your certification is now valid until November 12, 2028.

Wondering what happens to the Associate-level certification? Because the Professional certification covers it, its expiration date has been extended to match.

You can download your updated certificate from the Certifications page of your AWS Certification account.

AWS Certification
This is an automated message; replies are not monitored.
"""
mid = f'<{tok("052", 24, DIG)}.JavaMail.certmetrics@cmweb02>'; MID['052'] = mid
M('certification', False, None, [NEW], gmail_in('052', ME_P, d, 'bounce@certmetrics.com', 'mail02.certmetrics.com',
  '52.4.170.22', 'certmetrics.com', sel='cm1', pol='NONE') + [
  ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
  ('Subject', "You're recertified: AWS Certified Solutions Architect - Professional"), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '052'))

# 053 resolved C with rating footer
d = dt('2025-11-15 02:10')
t = f"""Hello Haruka,

Good news: the benefits team has moved the 50% exam discount voucher to your current profile ({NEW}). It is listed under Benefits again, with its original expiration date.

I'm marking this case as resolved. If anything else comes up about it, you can reopen it from the Support Center within 14 days.

Best regards,
Oluwaseun A.
Amazon Web Services

How did we do? Rate this reply in the Support Center: click one of the stars next to the correspondence. Your rating helps us improve.
""" + CFOOT
mid = ses_mid('053'); MID['053'] = mid
M('resolved', False, CC, [NEW], ses_in('053', ME_P, d) + [
  ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P), ('Subject', SC), ('Date', d), ('Message-ID', mid),
  ('References', refs('046', '047', '051'))], leaf('text/plain', t))

# 054 Credly badge (Professional), HTML only
d = dt('2025-11-15 05:00')
t = """Congratulations, Haruka Tsujimoto!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect – Professional.

Want more people to see it? Add it to your LinkedIn profile or your email signature in a couple of clicks.

Accept your badge: https://www.credly.com/badges/4be0d1f3-1a7c-4e52-9d6a-82c7f0b4e311/accept
"""
mid = f'<{tok("054", 24, ALNUM)}@credly.com>'; MID['054'] = mid
M('badge', False, None, [], gmail_in('054', ME_P, d, f'bounces+{tok("054", 8, DIG)}@em.credly.com',
  'o1.em.credly.com', '167.89.32.14', 'credly.com', sel='s1', pol='NONE') + [
  ('From', addr('Credly', 'admin@credly.com')), ('To', ME_P),
  ('Subject', 'You earned a new badge from Amazon Web Services Training and Certification'), ('Date', d),
  ('Message-ID', mid)], leaf('text/html', page(p2h(t)), cte='base64'))

# 055 Credly lookalike
d = dt('2025-11-16 11:00')
t = """Hello,

Is this still your email address? We're cleaning up inactive accounts, and badges tied to unconfirmed addresses will be removed.

To keep your 4 AWS badges, reply YES to this message within 48 hours, or confirm here:
https://credly-badges.net/confirm?u=ht88213

Why are we asking? Many issuers now require a confirmed address before a badge can be verified.

The Credly Team
"""
mid = f'<{tok("055", 20)}@credly-badges.net>'; MID['055'] = mid
M('suspicious', False, None, [], gmail_in('055', ME_P, d, 'notify@credly-badges.net', 'mail.credly-badges.net',
  '45.140.167.90', 'credly-badges.net', sel='default', pol='NONE') + [
  ('From', addr('Credly', 'notify@credly-badges.net')), ('To', ME_P),
  ('Subject', 'Is this still your email? Confirm to keep your badges'), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t)), '055'))

# ---------------------------------------------------------------- 056 meetup organiser, owner in Cc
d = dt('2025-11-17 03:30')
t = """Hi Kenji,

For the November 27 meetup: could you bring the HDMI adapter again? And do you know whether the venue Wi-Fi has a new password this month?

Haruka (cc) - you're down for the 20-minute slot about certification accounts after a job change. I'll use that as the title on the event page unless you'd prefer another.

Thanks!
Daichi
"""
mid = gm_mid('056'); MID['056'] = mid
M('unrelated', False, None, [], gmail_in('056', ME_P, d, 'd.hoshino.jaws@gmail.com', 'mail-sor-f65.google.com',
  '209.85.220.65', 'gmail.com', sel='20230601', pol='NONE') + [
  ('From', addr('Daichi Hoshino', 'd.hoshino.jaws@gmail.com')), ('To', addr('Kenji Ueda', 'kenji.ueda.k@gmail.com')),
  ('Cc', addr(ME_EN, ME_P) + ', ' + addr('Mai Sato', 'mai.sato.cloud@gmail.com')),
  ('Subject', 'Nov 27 meetup: equipment and speaker slots'), ('Date', d), ('Message-ID', mid)],
  multi('alternative', [leaf('text/plain', t), leaf('text/html', '<div dir="ltr">' + p2h(t) + '</div>\n')],
        '000000000000' + tok('056', 16)))

# ---------------------------------------------------------------- 057 owner writes on the resolved case A
d = dt('2025-11-18 20:45', '+0900')
T057 = f"""Hi Tomás,

Sorry to come back to this. Checking the exam history on the merged profile, I can't find my AWS Certified Cloud Practitioner exam from 2021. As far as I remember it wasn't on the company profile either - could it be on yet another profile? The company profile's candidate ID was {OLD}, if that helps.

Thanks,
Haruka
"""
mid = gm_mid('057'); MID['057'] = mid
M('user_reply', False, CA, [OLD], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SA),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['030']), ('References', refs('006', '028', '030'))],
  gmail_body(T057, f'On Mon, Oct 27, 2025 at 10:15 AM Amazon Web Services <{FORM}> wrote:', T030, '057'))

# ---------------------------------------------------------------- 058 case_update A: reopened, passed on
d = dt('2025-11-19 02:00')
t = """Hello Haruka,

Thanks for letting me know; I have reopened the case.

The 2021 exam isn't on either of the profiles we merged, so I have asked our records team to search by name and exam date. They will write to you directly if they need anything.

Will this change anything on your current profile? No, it stays exactly as it is while they look.

Best regards,
Tomás L.
AWS Training and Certification Customer Support
"""
mid = ses_mid('058'); MID['058'] = mid
M('case_update', False, CA, [], ses_in('058', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE: ' + SA), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['057']), ('References', refs('006', '030', '057'))], leaf('text/plain', t))

# ---------------------------------------------------------------- 059 info_request A: real question + question to Cc'd colleague
d = dt('2025-11-20 01:15')
T059 = """Hello Haruka,

I'm Ines from the certification records team. I searched for the 2021 Cloud Practitioner result and found a profile under your name that was registered with a university address, t.haruka@st.kaiyo-u.ac.jp. Before I can add it to your current profile I have to make sure it's yours. Do you recognise that address, and did you take the exam while you were a student there? If you still have the score report or the Pearson VUE confirmation, the registration number on it would also help, although it isn't required.

Tomás, copying you on this: could you attach the merge log from October 27 to the case notes, so that I can see which profiles were combined?

Regards,
Ines G.
Certification Records | AWS Training and Certification
"""
mid = ses_mid('059'); MID['059'] = mid
M('info_request', True, CA, [], ses_in('059', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Cc', addr('Tomás L.', 'tomasl@amazon.com')),
  ('Subject', 'RE:' + SA), ('Date', d), ('Message-ID', mid), ('References', refs('006', '057', '058'))],
  alt(T059, page(p2h(T059)), '059'))

# ---------------------------------------------------------------- 060 user reply A with attachment
d = dt('2025-11-20 19:30', '+0900')
T060 = f"""Hi Ines,

Yes, that's my university address; I took the exam in my final year there.

I found the old score report (attached). It shows candidate ID {UNI} and Pearson VUE registration number 352640918.

Thanks,
Haruka
"""
pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')
inner = gmail_body(T060, f'On Thu, Nov 20, 2025 at 10:15 AM Amazon Web Services <{FORM}> wrote:', T059, '060')
mid = gm_mid('060'); MID['060'] = mid
M('user_reply', False, CA, [UNI], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SA),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['059']), ('References', refs('006', '058', '059'))],
  multi('mixed', [inner, attach('application/pdf', 'score_report_2021.pdf', pdf)], '000000000000' + tok('060m', 16)))

# ---------------------------------------------------------------- 061 confirmation_request A (third profile)
d = dt('2025-11-21 01:05')
T061 = f"""Hello Haruka,

Thank you, the ID on your score report matches. Here is the profile I found, next to the one you use now:

Profile you use now: {NEW} - login {ME_P}
Profile found:       {UNI} - login t.haruka@st.kaiyo-u.ac.jp - 1 exam (AWS Certified Cloud Practitioner, 2021)

Merging moves the 2021 result onto your current profile and closes the university one, and it can't be undone afterwards. Shall I go ahead and merge the university profile into the one you use now? A simple yes is enough.

(Tomás, thanks for the log; nothing else is needed from you.)

Regards,
Ines G.
Certification Records | AWS Training and Certification
"""
mid = ses_mid('061'); MID['061'] = mid
M('confirmation_request', True, CA, [NEW, UNI], ses_in('061', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Cc', addr('Tomás L.', 'tomasl@amazon.com')),
  ('Subject', 'RE:' + SA), ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['060']),
  ('References', refs('006', '059', '060'))], leaf('text/plain', T061), crlf=True)

# ---------------------------------------------------------------- 062 user reply A: yes
d = dt('2025-11-21 10:20', '+0900')
T062 = f"""Hi Ines,

Yes, please go ahead and merge {UNI} into {NEW}. Thank you for finding it!

Haruka
"""
mid = gm_mid('062'); MID['062'] = mid
M('user_reply', False, CA, [UNI, NEW], [
  ('From', addr(ME_EN, ME_P)), ('To', addr('Amazon Web Services', FORM)), ('Subject', 'Re: RE:' + SA),
  ('Date', d), ('Message-ID', mid), ('In-Reply-To', MID['061']), ('References', refs('006', '059', '060', '061'))],
  gmail_body(T062, f'On Fri, Nov 21, 2025 at 10:05 AM Amazon Web Services <{FORM}> wrote:', T061, '062'))

# ---------------------------------------------------------------- 063 resolved A (quoted question below)
d = dt('2025-11-22 00:50')
t = """Hello Haruka,

Done: the 2021 Cloud Practitioner result is now on your profile, and the university profile has been closed.

Do you need to claim anything on Credly? No; the expired 2021 badge will appear in your badge history by itself.

I'm closing the case now.

Regards,
Ines G.
Certification Records | AWS Training and Certification
"""
plain = (t + f'\nOn Fri, Nov 21, 2025 at 01:20 UTC, {ME_EN} <{ME_P}> wrote:\n' + ql(T062) + '\n\n'
         f'On Fri, Nov 21, 2025 at 01:05 UTC, Amazon Web Services <{FORM}> wrote:\n' + ql(T061) + '\n')
mid = ses_mid('063'); MID['063'] = mid
M('resolved', False, CA, [], ses_in('063', ME_P, d) + [
  ('From', addr('Amazon Web Services', FORM)), ('To', ME_P), ('Subject', 'RE:' + SA), ('Date', d),
  ('Message-ID', mid), ('In-Reply-To', MID['062']), ('References', refs('006', '061', '062'))],
  leaf('text/plain', plain))

# ---------------------------------------------------------------- 064 AWS Japan event survey (not a case survey)
d = dt('2025-11-22 03:00')
t = """辻本 遥 様

先日はアマゾン ウェブ サービス ジャパンのオンラインセミナー「生成AI 活用の第一歩」にご参加いただき、誠にありがとうございました。

今後の企画の参考にさせていただきたく、アンケートへのご協力をお願いいたします。

・本セミナーの内容はいかがでしたか？
・業務で生成AIの導入を検討されていますか？
・今後取り上げてほしいテーマはございますか？

アンケートに回答する: https://pages.awscloud.com/jp-seminar-survey-1120.html

当日の資料と録画は、アンケートにご回答いただいた方にご案内しております。

アマゾン ウェブ サービス ジャパン合同会社
配信停止: https://pages.awscloud.com/unsubscribe.html
"""
mid = ses_mid('064'); MID['064'] = mid
M('unrelated', False, None, [], gmail_in('064', ME_P, d, 'bounce-410-XKD-925@mail.awscloud.com',
  'mail.awscloud.com', '13.111.18.52', 'amazon.com', sel='m1') + [
  ('From', addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com')), ('To', ME_P),
  ('Subject', eh('【AWS】オンラインセミナーご参加の御礼とアンケートのお願い')), ('Date', d), ('Message-ID', mid)],
  alt(t, page(p2h(t), 'ja'), '064'))

# ---------------------------------------------------------------- 065 AWS Educate closing warning (other program)
d = dt('2025-11-23 06:00')
t = """Hello,

We haven't heard back from you about the institution name we asked for on October 30. Do you still need help getting into your AWS Educate profile?

If we don't hear from you within 3 business days, we'll close this case. You can reply to this email at any time to reopen it.

Best regards,
Sam K.
AWS Educate Support
"""
mid = ses_mid('065'); MID['065'] = mid
M('unrelated', False, CE, [], ses_in('065', ME_P, d) + [
  ('From', addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com')), ('To', ME_P),
  ('Subject', f'RE:[CASE {CE}] [AWS Educate Form Submission] - account-access'), ('Date', d), ('Message-ID', mid),
  ('References', MID['034'])], leaf('text/plain', t, 'us-ascii', '7bit'))

# ---------------------------------------------------------------- 066 certification expiry
d = dt('2025-11-24 06:00')
t = f"""Dear Haruka Tsujimoto,

Candidate ID: {NEW}

Your AWS Certified Developer - Associate certification expires on January 23, 2026.

Ready to recertify? Which path suits you?
  - Pass the current version of the AWS Certified Developer - Associate exam, or
  - Earn the AWS Certified DevOps Engineer - Professional certification, which recertifies it automatically.

Your 50% discount benefit can be applied to either exam.

AWS Certification
This is an automated message; replies are not monitored.
"""
mid = f'<{tok("066", 24, DIG)}.JavaMail.certmetrics@cmweb04>'; MID['066'] = mid
M('certification', False, None, [NEW], gmail_in('066', ME_P, d, 'bounce@certmetrics.com', 'mail04.certmetrics.com',
  '52.4.170.26', 'certmetrics.com', sel='cm1', pol='NONE') + [
  ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
  ('Subject', 'Your AWS Certified Developer - Associate certification expires in 60 days'), ('Date', d),
  ('Message-ID', mid)], leaf('text/plain', t, 'us-ascii', '7bit'), crlf=True)

# ---------------------------------------------------------------- 067 survey A (after the reopened case), HTML only
d = dt('2025-11-25 02:00')
t = f"""Hello Haruka,

We'd like to hear about your recent case with AWS Training and Certification (case {CA}).

How satisfied were you with how we handled it?
Did the agent understand your question the first time?
How many times did you have to contact us about the same issue?

Share your feedback: https://survey.aws-training-feedback.amazon.com/s/{tok('067', 10, ALNUM)}

Please don't reply to this email; responses are collected through the link only.

AWS Training and Certification
"""
h = page(p2h(t).replace('<p>How satisfied', '<p style="font-weight:bold">How satisfied'))
mid = ses_mid('067'); MID['067'] = mid
M('survey', False, CA, [], ses_in('067', ME_P, d) + [
  ('From', addr('AWS Training and Certification', 'tc-feedback@amazon.com')), ('To', ME_P),
  ('Subject', f'Tell us about your case {CA}'), ('Date', d), ('Message-ID', mid)], leaf('text/html', h))


def main():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    counts = {}
    for i, (raw, lab) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f'{i:03d}-msg.eml'), 'wb') as fh:
            fh.write(raw)
        with open(os.path.join(OUT, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write('\n')
        counts[lab['kind']] = counts.get(lab['kind'], 0) + 1
    for k in sorted(counts):
        print(f'{k:22s} {counts[k]}')
    print(f'{"total":22s} {len(MSGS)}   needs_reply: {sum(1 for _, l in MSGS if l["needs_reply"])}')


if __name__ == '__main__':
    main()
