#!/usr/bin/env python3
"""Generate the blind-284 mail corpus next to this script.

Writes NNN-msg.eml and NNN-msg.json (label) for every message in mailbox
arrival order, plus README.md, and prints the number of messages per kind.
Standard library only; the output is deterministic.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

# --- people, addresses, identifiers ---------------------------------------
ME_P = 'haruka.tanabe.k@gmail.com'          # personal
ME_C = 'h-tanabe@kairo-sys.co.jp'            # company (closes 2025-03-14)
ME_EN = 'Haruka Tanabe'
ME_JA = '田邉 遥'
BOSS = 'k-morimoto@kairo-sys.co.jp'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

C1 = '13562094718'        # 2023, two profiles with one address (Credly)
C7 = '14820355190'        # 2024, student-era profile folded into company one
C2 = '173992732400862'    # 2025, company -> personal merge, APN hold
C3 = '174022746901377'    # 2025, duplicate of C2
C4 = '174218777100549'    # 2025, Support Center (console) case: voucher
C5 = '8394027715'         # 2021, old name fix, only seen as a forward
C6 = '174251803500214'    # 2025, name order on certificate (Japanese)
BILL = '174246207000931'  # console billing case (not T&C)
EDU = '174286860500078'   # AWS Educate form case (not T&C)
FAKE = '174011552209931'  # number used by the phishing mail

ID_CO = 'AWS03318452'     # company certification profile
ID_DUP = 'AWS09276105'    # accidental second profile (2023)
ID_STU = 'AWS07741230'    # university-era profile
ID_PER = 'AWS11907364'    # personal profile (2025)

SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp',
         'shift_jis': 'shift_jis', 'us-ascii': 'ascii'}


# --- small helpers ---------------------------------------------------------
def sha(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()


def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')


def date(s):
    return format_datetime(dt(s))


def hx(s, cs='utf-8'):
    """Header text, RFC 2047-encoded only when it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def ad(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def mid_ses(seed):
    x = sha(seed)
    return (f'<0101{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:32]}-'
            f'{x[32:44]}-000000@us-west-2.amazonses.com>')


def mid_gmail(seed):
    x = base64.b64encode(bytes.fromhex(sha(seed)[:54])).decode()
    return '<CAKt' + x.replace('/', '_').replace('+', '-') + '@mail.gmail.com>'


def mid_outlook(seed):
    x = sha(seed).upper()
    return (f'<TYCPR01MB{int(x[:5], 16) % 10000:04d}{x[5:19]}{x[19:25]}'
            f'@TYCPR01MB{int(x[25:30], 16) % 10000:04d}.jpnprd01.prod.outlook.com>')


def mid_at(seed, domain):
    return f'<{sha(seed)[:26]}@{domain}>'


def fold(line):
    words = line.split(' ')
    lines, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


def render_headers(hs):
    out = []
    for k, v in hs:
        line = f'{k}: {v}'
        if '\n' not in v and '=?' not in v and len(line) > 78:
            line = fold(line)
        out.append(line)
    return ('\n'.join(out) + '\n').encode('ascii')


def leaf(text, sub='plain', cs='utf-8', cte=None, label=None, extra=''):
    raw = text.encode(CODEC[cs])
    if cte is None:
        cte = '7bit' if max(raw, default=0) < 128 else '8bit'
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    return {'h': [('Content-Type', f'text/{sub}; charset={label or cs}{extra}'),
                  ('Content-Transfer-Encoding', cte)], 'b': body}


def multi(sub, parts, bnd, extra='', preamble=None):
    b = bnd.encode()
    out = (preamble.encode() + b'\n\n') if preamble else b''
    for p in parts:
        out += b'--' + b + b'\n' + render_headers(p['h']) + b'\n' + p['b']
        if not p['b'].endswith(b'\n'):
            out += b'\n'
    out += b'--' + b + b'--\n'
    return {'h': [('Content-Type', f'multipart/{sub}; boundary="{bnd}"{extra}')], 'b': out}


def bnd(n, style='std'):
    x = sha('boundary' + str(n))
    if style == 'gmail':
        return '000000000000' + x[:16]
    if style == 'outlook':
        return '_000_' + x[:20].upper() + 'TYCPR01MB' + x[20:24] + '_'
    if style == 'ses':
        return '----=_Part_' + str(int(x[:6], 16)) + '_' + str(int(x[6:14], 16)) + '.' + str(int(x[14:27], 16))
    return '=_' + x[:28]


def q(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.split('\n'))


def to_html(text):
    paras = [p for p in text.strip('\n').split('\n\n')]
    return '\n'.join('<p>' + html.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)


def gmail_html(new, attribution=None, quoted=None):
    s = '<div dir="ltr">' + to_html(new) + '</div>'
    if attribution:
        s += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              + html.escape(attribution) + '<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + to_html(quoted) + '</blockquote></div>')
    return s + '\n'


def page(body, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="' + style + '">\n' + body + '\n</body></html>\n')


# --- receiving-side headers -------------------------------------------------
def gin(to, host, ip, when, envfrom, from_dom, dkim_d=None, dkim='pass', spf='pass',
        dmarc='pass', policy='p=QUARANTINE sp=QUARANTINE dis=NONE', sel='s1'):
    """Headers Gmail adds on delivery."""
    x = sha(envfrom + when + to)
    res = ['mx.google.com;']
    if dkim != 'none':
        res.append(f'dkim={dkim} header.i=@{dkim_d or from_dom} header.s={sel} header.b={x[40:48]};')
    if spf == 'pass':
        res.append(f'spf=pass (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom};')
    else:
        res.append(f'spf={spf} (google.com: domain of {envfrom} does not designate {ip} as permitted sender) smtp.mailfrom={envfrom};')
    res.append(f'dmarc={dmarc} ({policy}) header.from={from_dom}')
    return [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:7208:{x[:4]}:b0:{x[4:6]}:{x[6:10]}:{x[10:14]} with SMTP id {x[14:20]}csp{int(x[20:27], 16)};\n        {when}'),
        ('Return-Path', f'<{envfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {x[27:33]}-{x[33:40]}.{int(x[50:54], 16)}'
         + f'\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {when}'),
        ('Authentication-Results', '\n       '.join(res)),
    ]


def m365(host, ip, when, envdom, from_dom, dkim_d=None, spf='pass', dkim='pass', dmarc='pass', compauth='pass reason=100'):
    """Headers Exchange Online adds on delivery to the company mailbox."""
    x = sha(host + when).upper()
    return [
        ('Received', f'from {host} ({ip}) by\n TYZPR01MB{int(x[:4], 16) % 10000:04d}.jpnprd01.prod.outlook.com ({"2603:1096:400:" + x[4:7].lower() + "::" + x[7:9].lower()}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{int(x[9:12], 16)}.{int(x[12:14], 16)}; {when}'),
        ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}; dkim={dkim} (signature was verified)\n header.d={dkim_d or from_dom};dmarc={dmarc} action=none\n header.from={from_dom};compauth={compauth}'),
        ('X-MS-Exchange-Organization-AuthSource', f'TYZPR01MB{int(x[:4], 16) % 10000:04d}.jpnprd01.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


def ses_envfrom(seed):
    return mid_ses(seed)[1:-1]


def aws_in(n, to, when, via='gmail', from_dom='amazon.com'):
    envfrom = ses_envfrom('env' + str(n))
    ip = f'54.240.27.{10 + n % 200}'
    host = f'a27-{10 + n % 200}.smtp-out.us-west-2.amazonses.com'
    if via == 'gmail':
        return gin(to, host, ip, when, envfrom, from_dom, dkim_d=from_dom, sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug')
    return [('Return-Path', f'<{envfrom}>')] + m365(host, ip, when, 'us-west-2.amazonses.com', from_dom)


# --- the corpus ---------------------------------------------------------------
MSGS = []


def add(kind, reply, case, cands, hs, part, crlf=False, what='', hard=''):
    MSGS.append({'label': {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands},
                 'hs': hs, 'part': part, 'crlf': crlf, 'what': what, 'hard': hard})


def n():
    return len(MSGS) + 1


def std(frm, to, subj, when, msgid, cc=None, irt=None, refs=None, extra=()):
    hs = [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', subj), ('Date', date(when)), ('Message-ID', msgid)]
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', ' '.join(refs)))
    hs += list(extra)
    return hs


AWS_FOOTER = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
              'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
              'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')

# ============================ 2023 ============================================

# 001 billing statement (company account)
w = '2023-11-02 09:14:22 +0000'
body = f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7755, is available on the AWS web site. Your account will be charged the following:

Total: $412.87

You can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bills?year=2023&month=10

[AWS ID 604281937755]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

{AWS_FOOTER}
"""
add('unrelated', False, None, [],
    aws_in(n(), ME_C, date(w), via='m365') +
    std('Amazon Web Services <no-reply-aws@amazon.com>', ME_C,
        'Amazon Web Services Billing Statement Available [Account: 604281937755]', w, mid_ses('m1')),
    leaf(body, cte='7bit', label='UTF-8'), crlf=True,
    what='AWS monthly billing statement to the company address',
    hard='Same sender as Support Center cases (no-reply-aws@amazon.com); 12-digit account ID in brackets is not a case number')

# 002 certmetrics: exam passed (on the accidental second profile)
w = '2023-11-06 02:31:05 +0000'
txt = f"""Hello Haruka Tanabe,

Congratulations on passing the AWS Certified Solutions Architect - Professional exam on November 3, 2023. You are now part of a global group of cloud professionals who have validated their skills with AWS.

  Candidate ID:        {ID_DUP}
  Certification:       AWS Certified Solutions Architect - Professional
  Validation number:   7Q2KJ4V1DBE41X3C
  Valid through:       November 3, 2026

What happens next
* Your digital badge is issued through Credly. Look for an invitation from admin@credly.com.
* Your certificate, benefits and transcript are in your AWS Certification Account: https://www.aws.training/certification

Congratulations again,
AWS Training and Certification

This mailbox is not monitored. Please do not reply to this e-mail.
"""
htm = page(f"""<table width="600" cellpadding="0" cellspacing="0" style="margin:auto"><tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello Haruka Tanabe,</p>
<p>Congratulations on passing the <b>AWS Certified Solutions Architect - Professional</b> exam on November 3, 2023. You are now part of a global group of cloud professionals who have validated their skills with AWS.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb">
<tr><td>Candidate ID</td><td>{ID_DUP}</td></tr>
<tr><td>Certification</td><td>AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Validation number</td><td>7Q2KJ4V1DBE41X3C</td></tr>
<tr><td>Valid through</td><td>November 3, 2026</td></tr></table>
<h3>What happens next</h3>
<ul><li>Your digital badge is issued through Credly. Look for an invitation from admin@credly.com.</li>
<li>Your certificate, benefits and transcript are in your <a href="https://www.aws.training/certification">AWS Certification Account</a>.</li></ul>
<p>Congratulations again,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">This mailbox is not monitored. Please do not reply to this e-mail.</p>
</td></tr></table>""")
add('certification', False, None, [ID_DUP],
    [('Return-Path', '<bounces+2210473-9c1e-h-tanabe=kairo-sys.co.jp@em3912.certmetrics.com>')] +
    m365('o1678.ptr4417.certmetrics.com', '149.72.161.59', date(w), 'em3912.certmetrics.com', 'certmetrics.com') +
    std('AWS Certification <do-not-reply@certmetrics.com>', ME_C,
        'You did it: AWS Certified Solutions Architect - Professional', w, mid_at('m2', 'certmetrics.com')),
    multi('alternative', [leaf(txt), leaf(htm, 'html', cte='quoted-printable')], bnd(2)), crlf=True,
    what='CertMetrics exam-pass notice, shows the candidate ID of the accidental profile',
    hard='Certification program mail with a candidate ID and "do not reply"; not part of the case that follows')

# 003 GitHub merged
w = '2023-11-07 05:48:31 -0800'
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kairo-sys/infra-modules/pull/412#event-10884213377
You are receiving this because your review was requested.

Message ID: <kairo-sys/infra-modules/pull/412/issue_event/10884213377@github.com>
"""
htm = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/kairo-sys/infra-modules/pull/412">#412</a> '
       'into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, '
       '<a href="https://github.com/kairo-sys/infra-modules/pull/412#event-10884213377">view it on GitHub</a>.<br />'
       'You are receiving this because your review was requested.</p>\n')
add('unrelated', False, None, [],
    m365('out-23.smtp.github.com', '192.30.252.206', date(w), 'github.com', 'github.com') +
    std('Daniel Okafor <notifications@github.com>', 'kairo-sys/infra-modules <infra-modules@noreply.github.com>',
        'Re: [kairo-sys/infra-modules] Consolidate duplicate account modules (PR #412)', w,
        '<kairo-sys/infra-modules/pull/412/issue_event/10884213377@github.com>',
        cc=f'Haruka Tanabe <{ME_C}>, Review requested <review_requested@noreply.github.com>',
        irt='<kairo-sys/infra-modules/pull/412@github.com>', refs=['<kairo-sys/infra-modules/pull/412@github.com>'],
        extra=[('List-ID', 'kairo-sys/infra-modules <infra-modules.kairo-sys.github.com>'),
               ('X-GitHub-Reason', 'review_requested'), ('Precedence', 'list')]),
    multi('alternative', [leaf(txt), leaf(htm, 'html')], '--==_mimepart_654a3f8f2b1c4_3a5e1d04' ),
    what='GitHub notification: pull request merged',
    hard='"Merged" and "duplicate account" in a subject that has nothing to do with certification accounts')

# 004 Japanese tech newsletter
w = '2023-11-08 07:00:12 +0900'
txt = """クラウド週報 #214  2023年11月8日号

━━━━━━━━━━━━━━━━━━━━━━
■ 今週のトピック
━━━━━━━━━━━━━━━━━━━━━━
1. AWS 認定に新しい Associate 試験が追加、ベータ受験の受付が始まりました
2. 転職時に気をつけたい「認定アカウントの統合」― 読者アンケート結果
3. re:Invent 2023 直前、注目セッションまとめ

■ 2. 認定アカウントの統合、みんなどうしてる?
読者 312 名のうち 41% が「会社のメールアドレスで認定アカウントを作ってしまった」と回答。
退職前にサポートへ統合を依頼した方の多くは、数日以内に完了したそうです。
詳しくは Web 版で: https://cloudshuho.jp/issues/214

―――――――――――――――――――
配信停止: https://cloudshuho.jp/unsubscribe?u=8f21ac
このメールは送信専用です。
"""
add('unrelated', False, None, [],
    gin(ME_P, 'mail-sender.cloudshuho.jp', '203.0.113.44', date(w), 'bounce@mail-sender.cloudshuho.jp', 'cloudshuho.jp',
        policy='p=NONE sp=NONE dis=NONE') +
    std(ad('クラウド週報', 'news@cloudshuho.jp'),
        ME_P, hx('【クラウド週報 #214】AWS 認定に新試験、認定アカウント統合のアンケート結果ほか'), w,
        mid_at('m4', 'mail-sender.cloudshuho.jp'),
        extra=[('List-Unsubscribe', '<https://cloudshuho.jp/unsubscribe?u=8f21ac>')]),
    leaf(txt, cte='base64', label='"UTF-8"'),
    what='Japanese tech newsletter (UTF-8, base64) about certification and account merges',
    hard='Talks about merging certification accounts and support, but is a newsletter')

# 005 C1 acknowledgement
w = '2023-11-09 08:41:57 +0000'
A5 = mid_ses('m5')
C1_FORM = f"""My SA Professional result from 3 Nov is not appearing in Credly. I think I accidentally made a second certification account with the same company email. IDs I can see: {ID_CO} (the one linked to Credly) and {ID_DUP} (made by mistake). I'd like everything combined under {ID_CO}."""
body = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now logged as case {C1}.

A member of our team will review it and reply to this address. Most requests receive a first response within one business day, though some need longer to investigate. Opening a new request about the same issue puts it at the back of the queue, so if you need to add something, reply to this message instead.

Here is a copy of what you submitted:

Case ID: {C1}
Inquiry type: Certification
Additional details: Account Merge
Name: Haruka Tanabe
Email: {ME_C}
AWS Candidate ID: {ID_CO}

How can we help you?
{C1_FORM}

Regards,
AWS Training and Certification
"""
SUBJ1 = f'[CASE {C1}] {SUBJ_TC}'
add('acknowledgement', False, C1, [ID_CO, ID_DUP],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(f'Amazon Web Services <{FORM}>', ME_C, SUBJ1, w, A5),
    leaf(body, cte='7bit'), crlf=True,
    what=f'Case {C1} (11 digits) opened: echo of the form',
    hard='Echoed form text repeats the candidate IDs and the word "reply"; the only ask is conditional')

# 006 colleague, ISO-2022-JP
w = '2023-11-10 10:22:40 +0900'
body = """田邉さん

お疲れさまです。森本です。

来週の顧客向け設計レビューですが、先方から 11/15(水)か 11/16(木)の午後で
調整したいと連絡がありました。
田邉さんの都合のよい方を今日中に返信してもらえますか。

資料はいつもの共有フォルダに置いてあります。

よろしくお願いします。
森本
"""
add('unrelated', False, None, [],
    [('Received', 'from TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:1c2::9) by\n TYZPR01MB5541.jpnprd01.prod.outlook.com with HTTPS; ' + date(w))] +
    std(ad('森本 健一', BOSS, 'iso-2022-jp'), ad(ME_JA, ME_C, 'iso-2022-jp'),
        hx('来週の設計レビュー日程について', 'iso-2022-jp'), w, mid_outlook('m6'),
        extra=[('Thread-Topic', hx('来週の設計レビュー日程について', 'iso-2022-jp')),
               ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')]),
    leaf(body, cs='iso-2022-jp', cte='7bit', label='"iso-2022-jp"'), crlf=True,
    what='Manager asks for availability today (ISO-2022-JP)',
    hard='A direct request to reply, but from a colleague, not support')

# 007 C1 case_update (busy)
w = '2023-11-13 16:05:10 +0000'
body = f"""Hi Haruka,

My name is Marisol and I've picked up case {C1}.

I wanted to let you know that the certification team is dealing with an unusually high number of requests at the moment, so replies are taking longer than our usual one business day. Your request has not been forgotten: I have started comparing the two profiles you mentioned and will come back to you as soon as my review is finished.

Thank you for bearing with us.

Best regards,
Marisol R.
AWS Training and Certification Customer Support
"""
A7 = mid_ses('m7')
SUBJ1R = f'RE:[CASE {C1}] {SUBJ_TC}'
add('case_update', False, C1, [],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ1R, w, A7, irt=A5, refs=[A5]),
    leaf(body), crlf=True,
    what='Agent introduces herself; queue is busy, still working',
    hard='No ask, no progress beyond "still working"; must not be read as a request or as done')

# 008 phishing, lookalike domain
w = '2023-11-14 01:12:09 +0000'
htm = page(f"""<div style="max-width:560px;border-top:4px solid #ff9900;padding:20px">
<p><img src="https://aws-certsupport.com/assets/aws-logo.png" alt="aws" width="60"></p>
<p>Dear Certified Professional,</p>
<p>Our records show a <b>pending request to merge</b> two AWS Certification accounts registered to {ME_C}.</p>
<p>To protect your credentials, you must verify your identity within <b>24 hours</b>. Accounts that are not verified will be suspended and all certifications associated with them revoked.</p>
<p style="text-align:center"><a href="https://aws-certsupport.com/secure/verify?u=h-tanabe%40kairo-sys.co.jp" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>Alternatively, reply to this e-mail with your Candidate ID and your AWS Certification account password and an agent will complete the verification for you.</p>
<p>AWS Certification Support Team</p>
<p style="font-size:10px;color:#888">&copy; 2023 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p></div>""")
add('suspicious', False, None, [],
    [('Return-Path', '<support@aws-certsupport.com>')] +
    m365('mail.aws-certsupport.com', '91.215.85.17', date(w), 'aws-certsupport.com', 'aws-certsupport.com') +
    std('AWS Certification Support <support@aws-certsupport.com>', ME_C,
        'Action needed: your AWS Certification accounts are pending merge', w, mid_at('m8', 'aws-certsupport.com')),
    leaf(htm, 'html', cte='quoted-printable'), crlf=True,
    what='Phishing from lookalike domain aws-certsupport.com, arrives while the real merge is pending',
    hard='Timed with a real merge, demands a reply with password; passes SPF/DKIM/DMARC for its own domain')

# 009 C1 info_request
w = '2023-11-16 09:02:44 +0000'
A9 = mid_ses('m9')
C1_Q9 = f"""Hi Haruka,

Thanks for waiting. I've now been through both certification profiles.

{ID_CO} is straightforward: it's the profile connected to your Credly account and it holds your earlier certifications. The second ID you gave, {ID_DUP}, does exist, but so far I can't tie the Solutions Architect – Professional result to it with certainty — the appointment was booked through a separate Pearson VUE login, and I don't want to move a result into the wrong record.

To match the exam to the right profile, could you let me know the date you sat the exam and the Pearson VUE registration number from your appointment confirmation? Both appear in the e-mail Pearson VUE sent when you booked.

Once I have those I can move ahead with the merge.

Best regards,
Marisol R.
AWS Training and Certification Customer Support"""
txt = C1_Q9 + f"""

---------- Original Message ----------
Case ID: {C1}
Inquiry type: Certification / Account Merge
{C1_FORM}
"""
htm = page(to_html(C1_Q9) + '<hr><div style="color:#555">' + to_html(f'Case ID: {C1}\nInquiry type: Certification / Account Merge\n{C1_FORM}') + '</div>')
add('info_request', True, C1, [ID_CO, ID_DUP],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ1R, w, A9, irt=A7, refs=[A5, A7]),
    multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(htm, 'html', cte='quoted-printable')], bnd(9, 'ses')),
    crlf=True,
    what='Agent needs exam date and Pearson VUE registration number',
    hard='Request comes after a long explanation as "could you let me know"; candidate IDs also in the quoted form below')

# 010 C1 user reply (Outlook, Japanese header block, no > quoting)
w = '2023-11-16 18:40:19 +0900'
U10 = mid_outlook('m10')
body = f"""Hi Marisol,

Thank you for checking.

I took the exam on 3 November 2023 (online proctored, not at a test centre).
Pearson VUE registration number: 418820537
The Pearson VUE confirmation also shows candidate ID {ID_DUP}, so I think the result should be on that profile.

Best regards,
Haruka Tanabe
Kairo Systems Co., Ltd.

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年11月16日 18:02
宛先: 田邉 遥 <h-tanabe@kairo-sys.co.jp>
件名: {SUBJ1R}

{C1_Q9}
"""
add('user_reply', False, C1, [ID_DUP],
    std(ad(ME_JA, ME_C), FORM, 'RE: ' + SUBJ1R, w, U10, irt=A9, refs=[A9],
        extra=[('Thread-Topic', SUBJ1R), ('Thread-Index', 'AQHaGEx1c9Lr0m2T8kqv4eX1oXsRbw=='),
               ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')]),
    leaf(body, cte='base64', label='"utf-8"'), crlf=True,
    what='Owner answers with exam date and 9-digit Pearson VUE number',
    hard='Outlook top-post with unprefixed quoted request below (Japanese header block); 9-digit number is not a case ID')

# 011 C1 confirmation_request
w = '2023-11-20 06:15:03 +0000'
A11 = mid_ses('m11')
C1_CONF = f"""Hello Haruka,

Thank you — the registration number did the trick. The Professional exam is recorded against the second profile, which explains why Credly never saw it.

These are the two records I intend to combine:

Account #1
  Candidate ID: {ID_CO}
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}

Account #2
  Candidate ID: {ID_DUP}
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: (none on file)

Because both profiles share a login address, I’d like your explicit go-ahead before anything changes. Please reply confirming that both records belong to you and that Account #1 is the one you want to keep. Everything held in Account #2 will move across, and Account #2 will then be retired.

Best regards,
Marisol R.
AWS Training and Certification Customer Support"""
add('confirmation_request', True, C1, [ID_CO, ID_DUP],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ1R, w, A11, irt=U10, refs=[A9, U10]),
    leaf(C1_CONF + '\n', cte='quoted-printable', label='"UTF-8"'), crlf=True,
    what='Account #1 / Account #2 listing, asks for go-ahead and which to keep',
    hard='Both accounts have the same login e-mail; quoted-printable')

# 012 C1 closing notice
w = '2023-11-24 21:30:27 +0000'
A12 = mid_ses('m12')
C1_CLOSE = f"""Hello,

This is a follow-up on case {C1}.

On November 20 we asked you to confirm which certification account should be kept before we merge your records. We have not had a reply yet.

Cases with no customer response for 5 business days are closed automatically, and this one reaches that point on November 28. If you still want the merge, simply answer this e-mail before then and your case will stay open with the same agent.

Thanks,
Ivan
Amazon Web Services"""
add('closing_notice', True, C1, [],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ1R, w, A12),
    leaf(C1_CLOSE + '\n'),
    what='Second agent warns the case closes on Nov 28 without an answer',
    hard='Different agent, no "please"; the ask is phrased as "if you still want the merge, simply answer"')

# 013 C1 user reply (Outlook -----Original Message-----)
w = '2023-11-27 10:05:48 +0900'
U13 = mid_outlook('m13')
body = f"""Hello Ivan, Marisol,

Sorry for the slow answer - I was on a business trip last week.

Yes, both records are mine. Please keep Account #1 ({ID_CO}) and merge Account #2 ({ID_DUP}) into it.

Thanks,
Haruka

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com> 
Sent: Saturday, November 25, 2023 6:30 AM
To: Haruka Tanabe <{ME_C}>
Subject: {SUBJ1R}

{C1_CLOSE}
"""
add('user_reply', False, C1, [ID_CO, ID_DUP],
    std(ad(ME_EN, ME_C), FORM, 'RE: ' + SUBJ1R, w, U13, irt=A12, refs=[A9, U10, A11, A12],
        extra=[('Thread-Topic', SUBJ1R), ('Thread-Index', 'AQHaGEx1c9Lr0m2T8kqv4eX1oXsRbwAmQ2vw'),
               ('Content-Language', 'en-US')]),
    leaf(body, cte='quoted-printable', label='"us-ascii"', cs='us-ascii'), crlf=True,
    what='Owner confirms: keep Account #1, merge #2',
    hard='"-----Original Message-----" quoting of a closing notice; owner\'s own "Please keep..." is not a support request')

# 014 C1 resolved, quoting the confirmation request
w = '2023-11-28 02:48:16 +0000'
A14 = mid_ses('m14')
new = f"""Hi Haruka,

Thank you for confirming. I have combined the two records: Account #2 has been merged into {ID_CO}, and your Solutions Architect – Professional result now shows in its exam history alongside your other certifications.

Credly will issue the Professional badge to the e-mail on that profile, usually within 48 hours. There's nothing more you need to do for that to happen.

I'm marking this case as resolved. Should something look wrong when you sign in, reply here and I'll take another look.

Best regards,
Marisol R.
AWS Training and Certification Customer Support"""
txt = new + '\n\n> On 20/11/2023 06:15 UTC, Marisol R. wrote:\n' + q(C1_CONF) + '\n'
htm = page(to_html(new) + '<div>On 20/11/2023 06:15 UTC, Marisol R. wrote:</div><blockquote style="border-left:2px solid #ccc;padding-left:8px">' + to_html(C1_CONF) + '</blockquote>')
add('resolved', False, C1, [ID_CO],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ1R, w, A14, irt=U13, refs=[A11, A12, U13]),
    multi('alternative', [leaf(txt, cte='8bit'), leaf(htm, 'html', cte='base64')], bnd(14, 'ses')), crlf=True,
    what='Merge done, case resolved; quotes the earlier confirmation request',
    hard='Quoted "Please reply confirming..." below the resolution; "reply here" only if something is wrong')

# 015 Credly badge
w = '2023-11-28 05:10:44 +0000'
txt = """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified Solutions Architect – Professional

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/3f7c1a52-9b0e-4d2f-a8e1-6c4b2d90e715/accept

Once accepted, you can share your badge on LinkedIn and other sites, add it to your e-mail signature, or download a PDF.

Credly, Inc. · 1 Penn Plaza, New York, NY 10119
Manage notification settings: https://www.credly.com/earner/settings/notifications
"""
htm = page("""<table width="580" align="center"><tr><td style="text-align:center;padding:24px">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt="badge">
<h2 style="font-weight:400">Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/badges/3f7c1a52-9b0e-4d2f-a8e1-6c4b2d90e715/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. &middot; 1 Penn Plaza, New York, NY 10119</p></td></tr></table>""")
add('badge', False, None, [],
    [('Return-Path', '<bounces+1877204-ab21-h-tanabe=kairo-sys.co.jp@sg.credly.com>')] +
    m365('o3.sg.credly.com', '167.89.101.7', date(w), 'sg.credly.com', 'credly.com') +
    std('Credly <admin@credly.com>', ME_C,
        'Haruka, you earned a badge from Amazon Web Services Training and Certification', w,
        mid_at('m15', 'geopod-ismtpd-12.sendgrid.net')),
    multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(htm, 'html', cte='quoted-printable')], bnd(15)),
    crlf=True,
    what='Credly badge invitation right after the merge',
    hard='Badge UUID in a URL; "Accept" call to action is not a support request')

# 016 C1 survey
w = '2023-11-30 18:00:09 +0000'
txt = f"""Hello Haruka,

You recently worked with AWS Training and Certification Customer Support on case {C1} (Account Merge). We'd like to know how it went.

How satisfied were you with the support you received?

  Very satisfied     https://amazonmr.qualtrics.com/jfe/form/SV_bmR4xT?c={C1}&r=5
  Satisfied          https://amazonmr.qualtrics.com/jfe/form/SV_bmR4xT?c={C1}&r=4
  Neutral            https://amazonmr.qualtrics.com/jfe/form/SV_bmR4xT?c={C1}&r=3
  Dissatisfied       https://amazonmr.qualtrics.com/jfe/form/SV_bmR4xT?c={C1}&r=2
  Very dissatisfied  https://amazonmr.qualtrics.com/jfe/form/SV_bmR4xT?c={C1}&r=1

It takes about two minutes. Your answers help us improve the service for everyone.

The survey link expires in 14 days. Replies to this message are not read.

AWS Training and Certification
"""
add('survey', False, C1, [],
    aws_in(n(), ME_C, date(w), via='m365') +
    std('AWS Training and Certification <aws-tc-survey@amazon.com>', ME_C,
        f'Your feedback on case {C1}', w, mid_ses('m16')),
    leaf(txt), crlf=True,
    what='Satisfaction survey for the 2023 case',
    hard='Names the case and asks for an answer (rating), but no reply is expected')

# ============================ 2024 ============================================

# 017 C7 acknowledgement
w = '2024-05-13 04:26:51 +0000'
A17 = mid_ses('m17')
SUBJ7 = f'[CASE {C7}] {SUBJ_TC}'
SUBJ7R = f'RE: [CASE {C7}] {SUBJ_TC}'
body = f"""Hello Haruka Tanabe,

We have received your request.
Case ID: {C7}

Our team typically replies within 24 hours. To avoid delays, reply to this e-mail rather than creating a new request if you have more to tell us.

Request summary
---------------
Topic: Account Merge
Details: During university I had a certification account under tanabe.h@st.hokuriku-u.ac.jp ({ID_STU}; Cloud Practitioner, 2019). That address no longer works. Please move it into my current account {ID_CO}.

AWS Training and Certification
"""
add('acknowledgement', False, C7, [ID_STU, ID_CO],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(f'AWS Training and Certification <{FORM}>', ME_C, SUBJ7, w, A17),
    leaf(body),
    what=f'Short acknowledgement of case {C7} (student-era profile)',
    hard='Echoed "Please move it..." is the owner\'s own text inside the acknowledgement')

# 018 C7 confirmation (terse, question form)
w = '2024-05-14 07:03:12 +0000'
A18 = mid_ses('m18')
C7_Q = f"""Hi Haruka,

Found it. {ID_STU} is registered to tanabe.h@st.hokuriku-u.ac.jp under the name HARUKA TANABE and holds one Cloud Practitioner certification (2019, expired).

Before I fold it into {ID_CO}: is this profile yours, and are you OK with it disappearing once its history has been moved? A one-line yes is enough.

Jun
AWS Training and Certification"""
add('confirmation_request', True, C7, [ID_STU, ID_CO],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ7R, w, A18, irt=A17, refs=[A17]),
    leaf(C7_Q + '\n'), crlf=True,
    what='Terse go-ahead question before merging the student profile',
    hard='No "please", no Account #1/#2 list; the ask is a bare question')

# 019 C7 user reply
w = '2024-05-14 17:31:06 +0900'
U19 = mid_outlook('m19')
txt = f"""Yes, that profile is mine. Go ahead.

Haruka

From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 14, 2024 4:03 PM
To: Haruka Tanabe <{ME_C}>
Subject: {SUBJ7R}

{C7_Q}
"""
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div class="WordSection1"><p class="MsoNormal">Yes, that profile is mine. Go ahead.</p><p class="MsoNormal">Haruka</p>'
       '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> '
       'aws-cs-trainingcertification-form@amazon.com &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> '
       f'Tuesday, May 14, 2024 4:03 PM<br><b>To:</b> Haruka Tanabe &lt;{ME_C}&gt;<br><b>Subject:</b> {html.escape(SUBJ7R)}</p></div>'
       + to_html(C7_Q) + '</div></body></html>\n')
add('user_reply', False, C7, [],
    std(ad(ME_EN, ME_C), FORM, 'RE: ' + SUBJ7R, w, U19, irt=A18, refs=[A17, A18],
        extra=[('Thread-Topic', SUBJ7R.replace('RE: ', '')), ('Content-Language', 'en-US')]),
    multi('alternative', [leaf(txt, cte='quoted-printable', label='"utf-8"'),
                          leaf(htm, 'html', cte='quoted-printable', label='"utf-8"')], bnd(19, 'outlook')), crlf=True,
    what='Owner: "Yes, that profile is mine. Go ahead."',
    hard='Two-line reply over an Outlook quote that contains the question and both candidate IDs')

# 020 C7 resolved
w = '2024-05-15 02:12:40 +0000'
body = f"""Hi Haruka,

All set. The 2019 Cloud Practitioner now sits in the exam history of {ID_CO}, and the university profile has been closed.

No further action is required on your part.

Jun
AWS Training and Certification

---
On Tue, May 14, 2024, Haruka Tanabe wrote:
Yes, that profile is mine. Go ahead.
"""
add('resolved', False, C7, [ID_CO],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ7R, w, mid_ses('m20'), irt=U19, refs=[A17, A18, U19]),
    leaf(body),
    what='Student profile merged; nothing else needed',
    hard='Very short; no "merged successfully" wording')

# 021 certmetrics program survey
w = '2024-06-11 15:02:33 +0000'
txt = f"""Hello Haruka,

As an AWS Certified individual (Candidate ID {ID_CO}), you're invited to take part in a short study about how you prepare for and use your AWS Certifications.

The questionnaire takes about 10 minutes and covers your most recent exam, the resources you used, and what your certification has meant for your career. Participation is voluntary and your answers are reported only in aggregate.

Start the questionnaire: https://aws-certification.qualtrics.com/jfe/form/SV_3e9Kq1?cid=AWS-CERT-2406

Thank you for helping shape the future of AWS Certification.

AWS Certification
You are receiving this because you opted in to research communications in your AWS Certification Account.
"""
add('certification', False, None, [ID_CO],
    gin(ME_P, 'o2201.ptr8800.certmetrics.com', '149.72.163.12', date(w),
        'bounces+2210473-7a02-haruka.tanabe.k=gmail.com@em3912.certmetrics.com', 'certmetrics.com',
        policy='p=NONE sp=NONE dis=NONE', sel='s1') +
    std('AWS Certification <do-not-reply@certmetrics.com>', ME_P,
        'Tell AWS Certification about your experience', w, mid_at('m21', 'certmetrics.com')),
    leaf(txt, cte='7bit'),
    what='Certification program research questionnaire',
    hard='Looks like a survey, but it is about the program, not a support case -> certification')

# 022 Skill Builder receipt
w = '2024-09-03 11:45:09 +0000'
txt = """Thank you for your order.

AWS Skill Builder – Individual subscription (monthly)
Order number: SB-2409-7731-5520
Billing period: Sep 3, 2024 – Oct 2, 2024
Amount charged: USD 29.00 (Visa ending 4417)

Manage your subscription: https://skillbuilder.aws/subscriptions

If you didn't make this purchase or have a question about the charge, contact us through https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
add('unrelated', False, None, [],
    gin(ME_P, 'a8-46.smtp-out.amazonses.com', '54.240.8.46', date(w),
        ses_envfrom('env22'), 'aws.training', dkim_d='aws.training') +
    std('AWS Training <no-reply@aws.training>', ME_P, 'Your AWS Skill Builder subscription receipt', w, mid_ses('m22')),
    leaf(txt, cte='quoted-printable'),
    what='Skill Builder subscription receipt from the training platform',
    hard='Sender is part of AWS Training and Certification and links the T&C contact form')

# ============================ 2025 ============================================

# 023 certification expiry
w = '2025-01-20 16:20:00 +0000'
txt = f"""Hello Haruka,

Your AWS Certified Developer – Associate certification expires on April 18, 2025.

To keep it active, pass the current version of the exam (or a higher-level exam that recertifies it) before the expiry date. You can check the recertification paths and any exam benefits you hold, such as a discount voucher, in your AWS Certification Account.

Candidate ID: {ID_CO}
Certification: AWS Certified Developer – Associate
Expiration date: April 18, 2025

Sign in: https://www.aws.training/certification

AWS Certification
This is an automated message. Replies are not monitored.
"""
add('certification', False, None, [ID_CO],
    [('Return-Path', '<bounces+2210473-3b11-h-tanabe=kairo-sys.co.jp@em3912.certmetrics.com>')] +
    m365('o1678.ptr4417.certmetrics.com', '149.72.161.59', date(w), 'em3912.certmetrics.com', 'certmetrics.com') +
    std('AWS Certification <do-not-reply@certmetrics.com>', ME_C,
        'Your AWS Certified Developer – Associate certification expires soon'.replace('–', '-'), w,
        mid_at('m23', 'certmetrics.com')),
    leaf(txt, cte='quoted-printable'), crlf=True,
    what='Expiry reminder with the candidate ID',
    hard='Deadline and "to keep it active" language without any support case')

# 024 Pearson VUE booking (real vendor)
w = '2025-02-10 03:14:58 +0000'
txt = f"""Dear Haruka Tanabe,

Thank you for scheduling your AWS Certification exam with Pearson VUE.

Registration ID: 512907338
AWS Candidate ID: {ID_CO}
Exam: DVA-C02: AWS Certified Developer - Associate
Delivery: OnVUE online proctored
Date and time: Wednesday, March 12, 2025, 10:00 JST
Language: English

Reschedule or cancel at least 24 hours before your appointment at https://home.pearsonvue.com/aws
Check-in opens 30 minutes before your appointment. Have a valid government-issued ID ready.

Sincerely,
Pearson VUE
"""
add('unrelated', False, None, [ID_CO],
    [('Return-Path', '<pearsonvuecustomerservice@pearson.com>')] +
    m365('mx0b-00212c01.pphosted.com', '148.163.158.5', date(w), 'pearson.com', 'pearson.com') +
    std('Pearson VUE <pearsonvuecustomerservice@pearson.com>', ME_C,
        'Pearson VUE Confirmation of Booking', w, mid_at('m24', 'pearson.com')),
    leaf(txt), crlf=True,
    what='Pearson VUE booking for the recertification exam',
    hard='Exam vendor; 9-digit registration ID and an AWS candidate ID')

# 025 HR offboarding (ISO-2022-JP)
w = '2025-02-17 14:02:11 +0900'
body = """田邉 遥 さん

人事部の小松です。退職に伴うお手続きについてご案内します。

・最終出社日: 2025年3月14日(金)
・社用メールアドレス(h-tanabe@kairo-sys.co.jp)は最終出社日の18時に停止します。
・会社のメールアドレスで登録している外部サービス(AWS 認定など)で、
  個人として引き続き利用するものは、停止前にご自身で移行を済ませてください。

別途お送りした「退職届出書」と「貸与物返却チェックリスト」にご記入のうえ、
3月7日(金)までにこのメールへご返信ください。

ご不明点があれば人事部までお問い合わせください。

人事部 小松
"""
add('unrelated', False, None, [],
    [('Received', 'from TYCPR01MB6220.jpnprd01.prod.outlook.com (2603:1096:400:2b1::6) by\n TYZPR01MB5541.jpnprd01.prod.outlook.com with HTTPS; ' + date(w))] +
    std(ad('人事部 小松', 'jinji@kairo-sys.co.jp', 'iso-2022-jp'), ad(ME_JA, ME_C, 'iso-2022-jp'),
        hx('【ご案内】退職手続きについて', 'iso-2022-jp'), w, mid_outlook('m25'),
        extra=[('Content-Language', 'ja-JP')]),
    leaf(body, cs='iso-2022-jp', cte='7bit', label='"iso-2022-jp"'), crlf=True,
    what='HR offboarding notice with a reply deadline (ISO-2022-JP)',
    hard='Mentions AWS certification migration and asks for a reply; but it is HR')

# 026 Builder ID code
w = '2025-02-19 00:55:37 +0000'
txt = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 604218

This code expires 10 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can safely ignore this email.

Amazon Web Services
"""
add('unrelated', False, None, [],
    gin(ME_P, 'a27-151.smtp-out.us-west-2.amazonses.com', '54.240.27.151', date(w),
        ses_envfrom('env26'), 'signin.aws', dkim_d='signin.aws') +
    std('AWS <no-reply@signin.aws>', ME_P, 'Verify your AWS Builder ID email address', w, mid_ses('m26')),
    multi('alternative', [leaf(txt), leaf(page(to_html(txt)), 'html', cte='quoted-printable')], bnd(26, 'ses')),
    what='Builder ID one-time code for the new personal account',
    hard='6-digit code; AWS sender; part of the same story but not case mail')

# 027 C2 acknowledgement (Japanese, to company address)
w = '2025-02-19 01:09:07 +0000'
A27 = mid_ses('m27')
SUBJ2 = f'[CASE {C2}] {SUBJ_TC}'
SUBJ2R = f'RE:[CASE {C2}] {SUBJ_TC}'
C2_FORM = f"""Use case: I am leaving Kairo Systems in March and would like my certifications moved to my personal account.
All email addresses I have used: {ME_C}, {ME_P}
Email address to keep: {ME_P}
Candidate IDs: {ID_CO} (company), {ID_PER} (personal, new)"""
body = f"""田邉 遥 様

Amazon Web Services へお問い合わせいただき、ありがとうございます。
お客様のリクエストは、ケース {C2} として受け付けました。

担当者より、通常 24 時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。

同じ内容で別のお問い合わせを作成されますと、ケースが分かれて回答が遅れる原因となります。
追加でお伝えいただきたい情報がある場合は、このメールにご返信ください。

お問い合わせ内容は以下のとおりです。

ケース ID: {C2}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
説明:
{C2_FORM}

Amazon Web Services
"""
add('acknowledgement', False, C2, [ID_CO, ID_PER],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(f'Amazon Web Services <{FORM}>', ME_C, SUBJ2, w, A27),
    leaf(body, cte='base64', label='UTF-8'), crlf=True,
    what=f'Japanese acknowledgement of case {C2} (15 digits) sent to the company address',
    hard='Japanese template, base64; "ご返信ください" is conditional on having more to add')

# 028 C2 info_request: write from the other address (HTML only)
w = '2025-02-20 02:42:18 +0000'
A28 = mid_ses('m28')
C2_Q28 = f"""Hello Haruka,

Thank you for contacting AWS Training and Certification. I'm Priya and I'll be looking after your account merge request.

Your form lists {ME_P} as the address you want to keep, but the request itself was submitted from {ME_C}. To protect both profiles, we only go ahead with a merge once the owner of the destination account has written to us from that account's e-mail address.

We'll need a reply to this message sent from {ME_P}. Leave the case number in the subject line so that it is attached to this case.

Kind regards,
Priya S.
AWS Training & Certification | Customer Experience"""
htm = page(f"""<p>Hello Haruka,</p>
<p>Thank you for contacting AWS Training and Certification. I&#39;m Priya and I&#39;ll be looking after your account merge request.</p>
<p>Your form lists <b>{ME_P}</b> as the address you want to keep, but the request itself was submitted from <b>{ME_C}</b>. To protect both profiles, we only go ahead with a merge once the owner of the destination account has written to us from that account&#39;s e-mail address.</p>
<p>We&#39;ll need a reply to this message sent from {ME_P}. Leave the case number in the subject line so that it is attached to this case.</p>
<p>Kind regards,</p>
<table cellpadding="0" cellspacing="0" style="font-size:12px;color:#545b64"><tr><td style="border-left:3px solid #ff9900;padding-left:8px"><b>Priya S.</b><br>AWS Training &amp; Certification | Customer Experience</td></tr></table>""")
add('info_request', True, C2, [],
    aws_in(n(), ME_C, date(w), via='m365') +
    std(FORM, ME_C, SUBJ2R, w, A28, irt=A27, refs=[A27]),
    leaf(htm, 'html', cte='quoted-printable', label='UTF-8'), crlf=True,
    what='Support wants the reply to come from the personal address (HTML only)',
    hard='The ask is to write from another address, stated as "We\'ll need a reply ... sent from"; no question mark')

# 029 C2 owner forwards the request to her personal address
w = '2025-02-20 12:05:33 +0900'
U29 = mid_outlook('m29')
SUBJ29 = 'FW: ' + SUBJ2R
txt = f"""個人アドレスから返信しないと進めてもらえないらしい。今夜 Gmail から返信する。

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年2月20日 11:42
宛先: 田邉 遥 <{ME_C}>
件名: {SUBJ2R}

{C2_Q28}
"""
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div>個人アドレスから返信しないと進めてもらえないらしい。今夜 Gmail から返信する。</div><hr>'
       '<div id="divRplyFwdMsg"><b>差出人:</b> aws-cs-trainingcertification-form@amazon.com<br>'
       f'<b>送信日時:</b> 2025年2月20日 11:42<br><b>宛先:</b> 田邉 遥 &lt;{ME_C}&gt;<br><b>件名:</b> {html.escape(SUBJ2R)}</div>'
       + to_html(C2_Q28) + '</body></html>\n')
add('user_reply', False, C2, [],
    gin(ME_P, 'mail-tycjpn01on2101.outbound.protection.outlook.com', '40.107.114.101', date(w),
        ME_C, 'kairo-sys.co.jp', sel='selector1', policy='p=NONE sp=NONE dis=NONE') +
    std(ad(ME_JA, ME_C), ME_P, SUBJ29, w, U29, irt=A28, refs=[A28],
        extra=[('Thread-Topic', SUBJ2R), ('Content-Language', 'ja-JP')]),
    multi('alternative', [leaf(txt, cte='base64', label='"utf-8"'), leaf(htm, 'html', cte='base64', label='"utf-8"')],
          bnd(29, 'outlook')), crlf=True,
    what='Owner forwards the request from the company to the personal mailbox with a Japanese note',
    hard='A forwarded copy of a real request (and the case subject); written by the owner, so no reply is owed for it')

# 030 C2 owner replies from personal address (to the forwarded copy)
w = '2025-02-20 21:18:02 +0900'
U30 = mid_gmail('m30')
new = f"""Hello Priya,

As requested, I'm writing from {ME_P}, the address of the account I want to keep.

Please merge my company profile {ID_CO} into my personal profile {ID_PER}. I'm leaving Kairo Systems in mid-March, so I'd be grateful if this could be done before then.

Kind regards,
Haruka Tanabe"""
attr = f'2025年2月20日(木) 12:05 田邉 遥 <{ME_C}>:'
qt = f"""個人アドレスから返信しないと進めてもらえないらしい。今夜 Gmail から返信する。

差出人: aws-cs-trainingcertification-form@amazon.com
送信日時: 2025年2月20日 11:42
件名: {SUBJ2R}

{C2_Q28}"""
add('user_reply', False, C2, [ID_CO, ID_PER],
    std(ad(ME_EN, ME_P), FORM, 'Re: ' + SUBJ29, w, U30, irt=U29, refs=[A28, U29]),
    multi('alternative', [leaf(new + '\n\n' + attr + '\n\n' + q(qt) + '\n', cte='quoted-printable', label='"UTF-8"'),
                          leaf(gmail_html(new, attr, qt), 'html', cte='quoted-printable', label='"UTF-8"')],
          bnd(30, 'gmail')),
    what='Owner writes to support from the personal address as asked',
    hard='Subject is "Re: FW: RE:[CASE ...]" and threads to her own forward; Japanese Gmail attribution')

# 031 other vendor (Zendesk) solved
w = '2025-02-21 06:02:49 +0000'
txt = """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Aiko (Tessera Cloud Support)
Feb 21, 2025, 15:02 GMT+9

Hi Haruka,

The two workspaces have been merged and your SSO login now points at the combined workspace. I'm marking this as solved; if the login loop comes back, just reply and the ticket will reopen.

Best,
Aiko

Haruka Tanabe
Feb 20, 2025, 22:40 GMT+9

Since we merged our two workspaces I keep getting sent back to the login page after SSO. Could you take a look?

--------------------------------
This email is a service from Tessera Cloud Support.
[8XQ2KD-0PNM1]
"""
add('unrelated', False, None, [],
    gin(ME_P, 'outbyoip11.pod18.use1.zdsys.com', '188.172.138.11', date(w),
        'support+id58213@tesseracloud.zendesk.com', 'tesseracloud.zendesk.com', policy='p=NONE sp=NONE dis=NONE', sel='zendesk1') +
    std('Tessera Cloud Support <support@tesseracloud.zendesk.com>', ME_P,
        '[Tessera Cloud] Re: SSO login loop after merging two workspaces', w,
        '<8XQ2KD0PNM1_67b81659c1a2e_7a3c15a8912_sprut@zendesk.com>',
        extra=[('X-Mailer', 'Zendesk Mailer'), ('Auto-Submitted', 'auto-generated')]),
    leaf(txt, cte='quoted-printable'),
    what='Another vendor\'s ticket marked solved',
    hard='"merged", "solved", "reply to reopen" - reads like an AWS resolution or closing notice')

# 032 C3 duplicate case acknowledgement (personal address)
w = '2025-02-22 12:31:40 +0000'
A32 = mid_ses('m32')
SUBJ3 = f'[CASE {C3}] {SUBJ_TC}'
SUBJ3R = f'RE:[CASE {C3}] {SUBJ_TC}'
body = f"""Hello Haruka Tanabe,

We've received your message and opened case {C3}. A specialist will get back to you, typically within 24 hours; some requests need a little longer.

Please don't submit a new form for the same question - it creates a separate case and slows things down. If you need to add information, reply to this e-mail.

Summary of your request
Case ID: {C3}
Inquiry type: AWS Training and Certification
Issue type: Certification
Additional details: Account Merge
Email: {ME_P}

Description:
Use case: leaving my employer (Kairo Systems) on 14 March, need my certifications in my personal account.
Old account: {ME_C} / {ID_CO}
Account to keep: {ME_P} / {ID_PER}
I already opened case {C2} on 19 Feb and replied from this address as asked, but have had no news since.

Thank you,
Amazon Web Services
"""
add('acknowledgement', False, C3, [ID_CO, ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std(f'Amazon Web Services <{FORM}>', ME_P, SUBJ3, w, A32),
    leaf(body),
    what=f'Acknowledgement of a second form (case {C3}) for the same merge',
    hard=f'Duplicate case; the echoed description also names case {C2}')

# 033 spoofed AWS mail, DMARC fails
w = '2025-02-23 03:00:14 +0000'
txt = f"""Hello,

We are ready to complete the merge of your AWS Certification accounts. Before we move any exam history, we have to confirm that you control the destination account.

Confirm the merge by signing in with your AWS Builder ID at the link below. The link stays valid for 12 hours; after that the request is cancelled and you will need to submit a new form.

https://aws-training-verify.com/merge/confirm?case={FAKE}

Once you have signed in, no further reply is needed.

Best regards,
Daniel M.
AWS Training and Certification
"""
htm = page(to_html(txt).replace(f'https://aws-training-verify.com/merge/confirm?case={FAKE}',
                                f'<a href="https://aws-training-verify.com/merge/confirm?case={FAKE}">https://www.aws.training/certification/merge/confirm</a>'))
add('suspicious', False, None, [],
    gin(ME_P, 'mx3.trn-notify.com', '45.134.26.71', date(w), 'bounce@mx3.trn-notify.com', 'amazon.com',
        dkim='none', spf='pass', dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE') +
    std(f'AWS Training and Certification <{FORM}>', ME_P, f'RE:[CASE {FAKE}] {SUBJ_TC}', w,
        mid_at('m33', 'mx3.trn-notify.com')),
    multi('alternative', [leaf(txt), leaf(htm, 'html', cte='quoted-printable')], bnd(33, 'ses')),
    what='Spoofed mail with the real support From address and subject format; DMARC fails',
    hard='Perfect From/subject and plausible text; only Authentication-Results (dmarc=fail) and the link give it away')

# 034 C3 duplicate closed and linked
w = '2025-02-24 00:20:55 +0000'
body = f"""Hi Haruka,

Thanks for writing in. I can see that your merge request is already being handled under case {C2}, which also has the reply you sent from this address on 20 February.

To keep everything in one place, I have closed this case ({C3}) as a duplicate and added a note to the original so the agent knows you're waiting. You don't need to do anything here — updates will continue under case {C2}.

Regards,
Tomasz
AWS Training and Certification
"""
add('case_update', False, C3, [],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ3R, w, mid_ses('m34'), irt=A32, refs=[A32]),
    leaf(body, cte='8bit', label='UTF-8'),
    what='Duplicate case closed and linked to the original',
    hard=f'Says "closed", names two case numbers; belongs to {C3}; nothing to do')

# 035 C2 on hold (APN) with a buried question
w = '2025-02-24 02:05:31 +0000'
A35 = mid_ses('m35')
C2_HOLD = f"""Hello Haruka,

Thank you for writing from your personal address; that part is now in order.

While preparing the merge I found that your company profile, {ID_CO}, is associated with an AWS Partner Network organization (Kairo Systems Co., Ltd.). Certifications in a partner-associated profile count towards that partner's program standing, so we are not able to move them to another profile while the association is in place. A change like this normally needs either the partner's agreement or confirmation that you have left the organization.

For that reason I've put your case on hold for now. No changes have been made to either profile.

It would help us decide how to proceed to know whether you are still employed by Kairo Systems and, if you are leaving, what your last working day will be.

Kind regards,
Priya S.
AWS Training & Certification | Customer Experience"""
txt = C2_HOLD + '\n\n> On Thu, Feb 20, 2025 at 12:18 PM, Haruka Tanabe wrote:\n' + q(new) + '\n'
htm = page(to_html(C2_HOLD) + '<blockquote>' + to_html(new) + '</blockquote>')
add('on_hold', True, C2, [ID_CO],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ2R, w, A35, irt=U30, refs=[A28, U29, U30]),
    multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(htm, 'html', cte='quoted-printable')], bnd(35, 'ses')),
    what='Case on hold because the company profile is tied to an APN partner; asks if she still works there',
    hard='Hold notice whose only ask is an indirect sentence ("It would help us ... to know whether ...") with no question mark')

# 036 C2 owner answers, copying her manager
w = '2025-02-24 13:12:05 +0900'
U36 = mid_gmail('m36')
new36 = """Hi Priya,

Thanks for the explanation.

I'm still employed at Kairo Systems until Friday, 14 March 2025 - that is my last working day, and my company mailbox will be switched off the same evening. After that I won't be part of the company or its partner organization.

I've copied my manager, Kenichi Morimoto, in case you need confirmation from the company side.

Best regards,
Haruka"""
attr = f'On Mon, Feb 24, 2025 at 11:05 AM <{FORM}> wrote:'
SUBJ36 = 'Re: ' + SUBJ2R
add('user_reply', False, C2, [],
    std(ad(ME_EN, ME_P), FORM, SUBJ36, w, U36, cc=ad('Kenichi Morimoto', BOSS), irt=A35, refs=[A28, U30, A35]),
    multi('alternative', [leaf(new36 + '\n\n' + attr + '\n\n' + q(C2_HOLD) + '\n', cte='quoted-printable', label='"UTF-8"'),
                          leaf(gmail_html(new36, attr, C2_HOLD), 'html', cte='quoted-printable', label='"UTF-8"')],
          bnd(36, 'gmail')),
    what='Owner gives her last working day and copies her manager',
    hard='Quotes the hold notice including its question')

# 037 manager out-of-office auto reply
w = '2025-02-24 13:12:31 +0900'
body = """森本は 2/24(月)〜2/26(水) 出張のため不在にしております。
メールは 2/27 以降に確認いたします。お急ぎの場合は 03-5789-2210(代表)までご連絡ください。

I am away on business from 24 to 26 February with limited access to e-mail and will reply after I return.
"""
add('unrelated', False, C2, [],
    gin(ME_P, 'mail-tycjpn01on2112.outbound.protection.outlook.com', '40.107.114.112', date(w),
        BOSS, 'kairo-sys.co.jp', sel='selector1', policy='p=NONE sp=NONE dis=NONE') +
    std(ad('森本 健一', BOSS), ad(ME_EN, ME_P), hx('自動応答: ' + SUBJ36), w, mid_outlook('m37'),
        irt=U36, refs=[U36],
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
               ('X-MS-Exchange-Inbox-Rules-Loop', BOSS)]),
    leaf(body, cte='base64', label='"utf-8"'),
    what='Out-of-office reply from the copied manager, subject carries the case token',
    hard='Japanese "自動応答:" prefix before the case subject; not from support')

# 038 C2 on hold, nothing asked
w = '2025-02-25 07:40:12 +0000'
A38 = mid_ses('m38')
body = f"""Hello Haruka,

Thank you for the dates, and for copying your manager.

I have written to the partner administrator registered for Kairo Systems Co., Ltd. and asked them to release the association on {ID_CO} ahead of your departure. Until they respond, your case remains on hold on our side. There is nothing else we need from you at this point; I'll get back to you as soon as I hear from the partner.

Kind regards,
Priya S.
AWS Training & Certification | Customer Experience
"""
add('on_hold', False, C2, [ID_CO],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ2R, w, A38, irt=U36, refs=[A35, U36]),
    leaf(body), crlf=True,
    what='Still on hold, waiting for the partner administrator',
    hard='Same hold as before but explicitly asks nothing')

# 039 AWS Summit marketing, Japanese HTML only
w = '2025-02-26 01:00:03 +0000'
htm = page("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>田邉 遥 様</p>
<p>AWS Summit Japan 2025 の参加登録を受け付けています。6月25日(水)・26日(木)、幕張メッセで開催します。</p>
<p><b>AWS 認定者向けラウンジ</b><br>会場では AWS 認定をお持ちの方専用のラウンジをご用意しています。受付で Credly のデジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2502" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""")
add('unrelated', False, None, [],
    gin(ME_P, 'mkto-sj230012.com', '192.28.154.12', date(w), '112-TZM-766.0.8834.0.0.41192.9.9923187@mkto-sj230012.com',
        'amazon.com', dkim_d='amazon.com', sel='m1') +
    std('AWS Japan <aws-marketing-email-replies@amazon.com>', ME_P,
        hx('【参加登録受付中】AWS Summit Japan 2025 ― 認定者ラウンジのご案内'), w, mid_at('m39', 'mkto-sj230012.com'),
        extra=[('List-Unsubscribe', '<mailto:unsubscribe@mkto-sj230012.com>')]),
    leaf(htm, 'html', cte='quoted-printable', label='UTF-8'),
    what='AWS marketing (Japanese, HTML only) mentioning certification',
    hard='Genuine amazon.com sender and DKIM, talks about AWS certification and badges')

# 040 fake Credly
w = '2025-02-28 09:33:40 +0000'
htm = page(f"""<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:22px;color:#ff6b00">Credly</p>
<p>Hi Haruka,</p>
<p>We detected that the AWS Certification account linked to your badges was recently merged. Badges connected to a retired account are <b>revoked after 72 hours</b> unless the earner re-verifies them.</p>
<p><a href="https://credly-badges.net/earner/reverify?e=haruka.tanabe.k%40gmail.com" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Re-verify my badges</a></p>
<p>Sign in with your Credly e-mail and password to keep your Amazon Web Services badges.</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 1 Penn Plaza, New York, NY 10119</p></div>""")
add('suspicious', False, None, [],
    gin(ME_P, 'smtp.credly-badges.net', '194.26.29.144', date(w), 'notify@credly-badges.net', 'credly-badges.net',
        policy='p=NONE sp=NONE dis=NONE') +
    std('Credly <notifications@credly-badges.net>', ME_P,
        'Action required: re-verify your Amazon Web Services badges', w, mid_at('m40', 'credly-badges.net')),
    leaf(htm, 'html', cte='quoted-printable'),
    what='Credly lookalike (credly-badges.net) threatening badge revocation after a merge',
    hard='Mentions the merge (which has not even happened yet) and Credly branding; authentication passes for the lookalike domain')

# 041 C2 hold lifted
w = '2025-03-03 01:15:27 +0000'
A41 = mid_ses('m41')
new = """Hello Haruka,

An update on your case: the Kairo Systems partner administrator has confirmed your upcoming departure and released the association on your company profile, so the hold on your case has been lifted.

I've handed the case to our account merge team, who carry out the merge itself. One of them will contact you shortly at this address.

Kind regards,
Priya S.
AWS Training & Certification | Customer Experience"""
add('case_update', False, C2, [],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ2R, w, A41, irt=A38, refs=[A35, A38]),
    multi('alternative', [leaf(new + '\n'), leaf(page(to_html(new)), 'html', cte='quoted-printable')], bnd(41, 'ses')),
    what='Hold lifted, passed to the merge team',
    hard='Progress without an ask and without completion')

# 042 C2 confirmation request, HTML table only
w = '2025-03-04 03:27:45 +0000'
A42 = mid_ses('m42')
C2_CONF_TXT = f"""Hello Haruka,

I'm on the account merge team and will be completing your request. These are the two profiles we found:

Account #1
Candidate ID: {ID_PER}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {ID_CO}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

After the merge, the exam history, certifications and benefits of Account #2 will be held by Account #1, and Account #2 can no longer be signed in to.

Kindly confirm that both accounts belong to you and that we should merge them into Account #1.

Best,
Keanu M.
AWS Training and Certification - Account Merge Team"""


def acct_rows(label, cid, mail):
    return (f'<tr><th colspan="2" style="background:#f2f3f3;text-align:left;padding:6px">{label}</th></tr>'
            f'<tr><td style="padding:4px 8px">Candidate ID</td><td style="padding:4px 8px">{cid}</td></tr>'
            f'<tr><td style="padding:4px 8px">Login email</td><td style="padding:4px 8px">{mail}</td></tr>'
            f'<tr><td style="padding:4px 8px">Training notification email</td><td style="padding:4px 8px">{mail}</td></tr>'
            f'<tr><td style="padding:4px 8px">Certification notification email</td><td style="padding:4px 8px">{mail}</td></tr>')


C2_CONF_HTML = (f"""<p>Hello Haruka,</p>
<p>I&#8217;m on the account merge team and will be completing your request. These are the two profiles we found:</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px">
{acct_rows('Account #1', ID_PER, ME_P)}
{acct_rows('Account #2', ID_CO, ME_C)}
</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will be held by Account #1, and Account #2 can no longer be signed in to.</p>
<p>Kindly confirm that both accounts belong to you and that we should merge them into Account #1.</p>
<p>Best,<br>Keanu M.<br><span style="color:#687078">AWS Training and Certification &ndash; Account Merge Team</span></p>""")
add('confirmation_request', True, C2, [ID_PER, ID_CO],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ2R, w, A42, irt=A41, refs=[A38, A41]),
    leaf(page(C2_CONF_HTML), 'html', cte='quoted-printable', label='UTF-8'),
    what='Merge team lists Account #1 / #2 in an HTML table and asks for confirmation',
    hard='HTML only, data in a table; "Kindly confirm" with no question mark')

# 043 event registration, Shift_JIS 8bit
w = '2025-03-05 12:00:41 +0900'
body = """田邉 遥 様

このたびは「クラウド勉強会 #58 認定資格の取り方・活かし方」にお申し込みいただき、
ありがとうございます。参加登録が完了しました。

受付番号: 2025030588214
日時: 2025年3月19日(水) 19:00 - 21:00
会場: オンライン(参加URLは前日にお送りします)

参加できなくなった場合は、イベントページからキャンセルのお手続きをお願いします。
このメールに返信いただいてもお答えできませんので、ご了承ください。

イベントハブ 運営事務局
"""
add('unrelated', False, None, [],
    gin(ME_P, 'mta02.eventhub.jp', '203.0.113.90', date(w), 'noreply@eventhub.jp', 'eventhub.jp',
        policy='p=NONE sp=NONE dis=NONE') +
    std(ad('イベントハブ', 'noreply@eventhub.jp', 'shift_jis'), ME_P,
        hx('【参加確定】クラウド勉強会 #58 認定資格の取り方・活かし方', 'shift_jis'), w, mid_at('m43', 'eventhub.jp')),
    leaf(body, cs='shift_jis', cte='8bit', label='Shift_JIS'),
    what='Event registration confirmation (Shift_JIS, 8bit)',
    hard='13-digit reception number; topic is certification; raw Shift_JIS body')

# 044 C2 closing notice
w = '2025-03-07 00:30:08 +0000'
A44 = mid_ses('m44')
C2_CLOSE = f"""Hello Haruka,

I'm following up on my e-mail of 4 March, in which I asked you to confirm the two accounts to be merged. I haven't received your confirmation yet.

If we don't hear from you within three business days, this case will be closed automatically and the merge will not go ahead. A reply to this e-mail confirming the accounts is all it takes to keep the case open, and I'll complete the merge as soon as it arrives.

Best,
Keanu M.
AWS Training and Certification - Account Merge Team"""
add('closing_notice', True, C2, [],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ2R, w, A44, irt=A42, refs=[A42]),
    leaf(C2_CLOSE + '\n', cte='7bit'),
    what='Reminder: the case closes in three business days without confirmation',
    hard='Closing warning that also repeats the confirmation ask; kind is closing_notice')

# 045 colleague: farewell lunch
w = '2025-03-07 11:20:15 +0900'
body = """Hi Haruka,

A few of us would like to take you out for a farewell lunch next week. Would Thursday the 13th work for you? Also let me know if there's anything you can't eat.

If you could reply by Monday I'll book the place.

Cheers,
Daniel
"""
add('unrelated', False, None, [],
    [('Received', 'from TYCPR01MB9910.jpnprd01.prod.outlook.com (2603:1096:400:3a0::12) by\n TYZPR01MB5541.jpnprd01.prod.outlook.com with HTTPS; ' + date(w))] +
    std('Daniel Okafor <d-okafor@kairo-sys.co.jp>', ad(ME_EN, ME_C), 'Farewell lunch?', w, mid_outlook('m45'),
        extra=[('Content-Language', 'en-US')]),
    leaf(body, cte='quoted-printable', label='"us-ascii"', cs='us-ascii'), crlf=True,
    what='Colleague asks for a reply by Monday',
    hard='Direct request with a deadline, not from support')

# 046 C2 owner confirms
w = '2025-03-07 19:48:22 +0900'
U46 = mid_gmail('m46')
new46 = f"""Hi Keanu,

Confirmed - both accounts are mine. Please merge into Account #1 ({ID_PER}).

Apologies for the delay; this is my last week at the company and it has been hectic.

Haruka"""
attr = f'On Fri, Mar 7, 2025 at 9:30 AM <{FORM}> wrote:'
quoted46 = C2_CLOSE
add('user_reply', False, C2, [ID_PER],
    std(ad(ME_EN, ME_P), FORM, 'Re: ' + SUBJ2R, w, U46, irt=A44, refs=[A42, A44]),
    multi('alternative', [leaf(new46 + '\n\n' + attr + '\n\n' + q(quoted46) + '\n', label='"UTF-8"'),
                          leaf(gmail_html(new46, attr, quoted46), 'html', cte='quoted-printable', label='"UTF-8"')],
          bnd(46, 'gmail')),
    what='Owner confirms the merge into Account #1',
    hard='Owner\'s "Please merge" is a request to support, not from support')

# 047 C2 resolved, top-posted over the whole thread
w = '2025-03-08 01:55:10 +0000'
A47 = mid_ses('m47')
new = f"""Hi Haruka,

Thanks for confirming. I have successfully merged the accounts: everything from Account #2 now lives under Account #1, {ID_PER}.

What this means for you:
- Exam history, certifications and benefits from the company profile are visible when you sign in with {ME_P}.
- The company login no longer gives access to a certification account.
- Credly badges will be reissued to your personal address automatically.
- The partner portal can take a few days to show the change.

No further action is required from you, and this case is now resolved.

Best,
Keanu M.
AWS Training and Certification - Account Merge Team"""
hist = (f'On Fri, Mar 7, 2025 at 10:48 AM, Haruka Tanabe <{ME_P}> wrote:\n' + q(new46) + '\n>\n'
        + f'> On Fri, Mar 7, 2025 at 12:30 AM, {FORM} wrote:\n' + q(q(C2_CLOSE)) + '\n>>\n'
        + f'>> On Tue, Mar 4, 2025 at 3:27 AM, {FORM} wrote:\n' + q(q(q(C2_CONF_TXT))) + '\n')
htm = page(to_html(new) + f'<div>On Fri, Mar 7, 2025 at 10:48 AM, Haruka Tanabe &lt;{ME_P}&gt; wrote:</div>'
           '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + to_html(new46)
           + f'<div>On Fri, Mar 7, 2025 at 12:30 AM, {FORM} wrote:</div><blockquote style="border-left:2px solid #ccc;padding-left:8px">'
           + to_html(C2_CLOSE) + f'<div>On Tue, Mar 4, 2025 at 3:27 AM, {FORM} wrote:</div>'
           '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + C2_CONF_HTML + '</blockquote></blockquote></blockquote>')
add('resolved', False, C2, [ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ2R, w, A47, irt=U46, refs=[A42, A44, U46]),
    multi('alternative', [leaf(new + '\n\n' + hist, cte='quoted-printable'), leaf(htm, 'html', cte='base64')], bnd(47, 'ses')),
    what='Merge completed; long quoted history below',
    hard='Quoted closing notice and "Kindly confirm" table under the resolution; list of bullet points')

# 048 Credly badge (personal)
w = '2025-03-08 02:20:03 +0000'
txt = """Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect – Professional

Claim it here: https://www.credly.com/badges/9a1e55d0-3b27-4c6f-8f02-71d4e6ab3c10/accept

After you accept, the badge appears on your public Credly profile.

Credly
"""
add('badge', False, None, [],
    gin(ME_P, 'o3.sg.credly.com', '167.89.101.7', date(w),
        'bounces+1877204-ab21-haruka.tanabe.k=gmail.com@sg.credly.com', 'credly.com', sel='s1',
        policy='p=NONE sp=NONE dis=NONE') +
    std('Credly <admin@credly.com>', ME_P,
        'Amazon Web Services Training and Certification issued you a badge', w, mid_at('m48', 'geopod-ismtpd-3.sendgrid.net')),
    leaf(txt, cte='quoted-printable'),
    what='Credly badge reissued to the personal address after the merge',
    hard='Arrives minutes after the resolution; issuer name contains "Training and Certification"')

# 049 Credly second badge, different template
w = '2025-03-08 02:21:19 +0000'
htm = page("""<div style="max-width:600px;margin:auto;text-align:center">
<p style="font-size:20px">Your badge is waiting</p>
<p><b>AWS Certified Developer &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p>Expires: April 18, 2025</p>
<p><a href="https://www.credly.com/badges/c4f0e2aa-58d1-4b9e-9d73-0e8f6a21b5d7/accept">Accept badge</a></p>
<p style="font-size:11px;color:#777">You received this email because a badge was issued to haruka.tanabe.k@gmail.com. <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</div>""")
add('badge', False, None, [],
    gin(ME_P, 'o3.sg.credly.com', '167.89.101.7', date(w),
        'bounces+1877204-ab22-haruka.tanabe.k=gmail.com@sg.credly.com', 'credly.com', sel='s1',
        policy='p=NONE sp=NONE dis=NONE') +
    std('Credly <admin@credly.com>', ME_P, 'Your AWS Certified Developer - Associate badge is waiting', w,
        mid_at('m49', 'geopod-ismtpd-3.sendgrid.net')),
    leaf(htm, 'html', cte='base64'),
    what='Second Credly badge, HTML only, shows an expiry date',
    hard='HTML-only base64 with a date that looks like a deadline')

# 050 C2 survey
w = '2025-03-09 18:00:44 +0000'
htm = page(f"""<p>Hi Haruka,</p>
<p>Your case <b>{C2}</b> with AWS Training and Certification was recently resolved.</p>
<p>How likely are you to recommend our support to a colleague?</p>
<table cellpadding="6"><tr>""" + ''.join(
    f'<td><a href="https://amazonmr.qualtrics.com/jfe/form/SV_bmR4xT?c={C2}&amp;nps={i}" style="border:1px solid #aab7b8;padding:6px 10px;text-decoration:none">{i}</a></td>'
    for i in range(0, 11)) + """</tr></table>
<p style="font-size:12px;color:#687078">One question, one click. Replies to this e-mail are not monitored.</p>""")
add('survey', False, C2, [],
    aws_in(n(), ME_P, date(w)) +
    std('AWS Training and Certification <aws-tc-survey@amazon.com>', ME_P,
        f'How did we do? Case {C2}', w, mid_ses('m50')),
    leaf(htm, 'html', cte='quoted-printable', label='UTF-8'),
    what='One-question NPS survey for the merge case (HTML only)',
    hard='Case number in subject and body; asks a question')

# 051 C5 old 2021 case forwarded before the company mailbox closes
w = '2025-03-11 17:40:09 +0900'
body = f"""念のため保存。2021年に認定プロファイルの氏名表記を直してもらった時のやりとり。

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com> 
Sent: Tuesday, June 8, 2021 4:12 PM
To: Haruka Tanabe <{ME_C}>
Subject: RE:[CASE {C5}] {SUBJ_TC}

Dear Haruka,

Thank you for your patience. The name on your certification profile ({ID_CO}) has been updated from "Haruka Tanab" to "Haruka Tanabe". A new certificate is available to download from the Certifications page.

Please let us know if you need anything further.

Regards,
Olena
AWS Training and Certification
"""
add('user_reply', False, C5, [],
    gin(ME_P, 'mail-tycjpn01on2098.outbound.protection.outlook.com', '40.107.114.98', date(w),
        ME_C, 'kairo-sys.co.jp', sel='selector1', policy='p=NONE sp=NONE dis=NONE') +
    std(ad(ME_JA, ME_C), ME_P, f'FW: RE:[CASE {C5}] {SUBJ_TC}', w, mid_outlook('m51'),
        extra=[('Thread-Topic', f'RE:[CASE {C5}] {SUBJ_TC}'), ('Content-Language', 'ja-JP')]),
    leaf(body, cte='base64', label='"utf-8"'), crlf=True,
    what=f'Owner forwards a 2021 case ({C5}, 10 digits) to herself for safekeeping',
    hard='Old resolution inside a forward; "let us know if you need anything" is history; case number only in subject/quoted header')

# 052 certmetrics recertification
w = '2025-03-14 03:05:12 +0000'
txt = f"""Hello Haruka,

Congratulations! You have recertified your AWS Certified Developer – Associate certification.

Candidate ID: {ID_PER}
New expiration date: March 12, 2028

Your updated certificate and digital badge are available in your AWS Certification Account. Thank you for keeping your skills current.

AWS Certification
"""
add('certification', False, None, [ID_PER],
    gin(ME_P, 'o2201.ptr8800.certmetrics.com', '149.72.163.12', date(w),
        'bounces+2210473-7a02-haruka.tanabe.k=gmail.com@em3912.certmetrics.com', 'certmetrics.com',
        policy='p=NONE sp=NONE dis=NONE') +
    std('AWS Certification <do-not-reply@certmetrics.com>', ME_P,
        'You have recertified: AWS Certified Developer - Associate', w, mid_at('m52', 'certmetrics.com')),
    multi('alternative', [leaf(txt, cte='quoted-printable'), leaf(page(to_html(txt)), 'html', cte='quoted-printable')], bnd(52)),
    what='Recertification notice, now under the personal candidate ID',
    hard='Certification mail during an open case period')

# 053 C4 console case opened
w = '2025-03-17 05:03:02 +0000'
A53 = mid_ses('m53')
LINK4 = f'https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en'
body = f"""Hello,

We have opened case {C4} for you.

Subject: 50% exam discount voucher missing after certification account merge
Severity: General question
Category: Account and billing > Training and Certification
Correspondence:
After my certification accounts were merged (case {C2}), the 50% exam voucher that was on my company profile is not shown under Benefits of {ID_PER}.

To view this case or add correspondence, go to:
{LINK4}

Sincerely,
Amazon Web Services

Note: this e-mail was sent from an address that does not receive messages. Use the link above to update your case.

{AWS_FOOTER}
"""
add('acknowledgement', False, C4, [ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std('Amazon Web Services <no-reply-aws@amazon.com>', ME_P, f'Amazon Web Services: New Support case: {C4}', w, A53),
    leaf(body),
    what=f'Support Center (console) case {C4} opened about the missing voucher',
    hard=f'Console template; quotes the earlier case {C2} in the correspondence')

# 054 C4 info_request, answer in the Support Center
w = '2025-03-18 08:20:36 +0000'
A54 = mid_ses('m54')
SUBJ4R = f'RE:[CASE {C4}] 50% exam discount voucher missing after certification account merge'
C4_Q = f"""Hello Haruka,

Thank you for contacting AWS Support. My name is Rahul and I'll be assisting you.

I reviewed {ID_PER} and can confirm that the merge completed and that your recertification on March 12 is recorded. The benefit you describe, however, isn't among the benefits carried over in the merge, which usually means it was either redeemed already or issued against an exam version that has since been retired.

To trace it I need the voucher code, or a screenshot of the Benefits page of the old profile, together with the approximate date the voucher was issued. Please add these to the case from the Support Center; replies sent to this e-mail address are not delivered to us.

{LINK4}

Best regards,
Rahul K.
Amazon Web Services"""
body = C4_Q + f"""

Was this response helpful? Let us know by rating it in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en&rate=1

{AWS_FOOTER}
"""
add('info_request', True, C4, [ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std('Amazon Web Services <no-reply-aws@amazon.com>', ME_P, SUBJ4R, w, A54, irt=A53, refs=[A53]),
    leaf(body, cte='quoted-printable'),
    what='Console agent needs the voucher code or a screenshot, to be added in the Support Center',
    hard='The reply must go through the console, not e-mail; rating footer at the bottom')

# 055 C4 owner replies by e-mail (wrong channel)
w = '2025-03-18 18:05:12 +0900'
U55 = mid_gmail('m55')
new55 = f"""Hi Rahul,

The voucher was issued to my old company profile ({ID_CO}) in November 2023, after I passed the Professional exam. I did not use it for the March 12 exam; I paid for that one in full.

The code shown on the old Benefits page was CERT50-7HQK-22LM.

Thanks,
Haruka"""
attr = 'On Tue, Mar 18, 2025 at 5:20 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:'
add('user_reply', False, C4, [ID_CO],
    std(ad(ME_EN, ME_P), 'Amazon Web Services <no-reply-aws@amazon.com>', 'Re: ' + SUBJ4R, w, U55, irt=A54, refs=[A54]),
    multi('alternative', [leaf(new55 + '\n\n' + attr + '\n\n' + q(C4_Q) + '\n', label='"UTF-8"'),
                          leaf(gmail_html(new55, attr, C4_Q), 'html', cte='quoted-printable', label='"UTF-8"')],
          bnd(55, 'gmail')),
    what='Owner answers the console case by e-mail to no-reply-aws',
    hard='Written by the owner to an address that cannot receive mail')

# 056 bounce of that reply
w = '2025-03-18 18:05:40 +0900'
raw_orig = (f'From: Haruka Tanabe <{ME_P}>\nTo: Amazon Web Services <no-reply-aws@amazon.com>\n'
            f'Subject: Re: {SUBJ4R}\nDate: {date("2025-03-18 18:05:12 +0900")}\nMessage-ID: {U55}\n'
            f'In-Reply-To: {A54}\nMIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\n\n' + new55 + '\n')
report = multi('report', [
    leaf(f"""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""),
    {'h': [('Content-Type', 'message/delivery-status')],
     'b': (b'Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; haruka.tanabe.k@gmail.com\n'
           b'Arrival-Date: ' + date('2025-03-18 18:05:12 +0900').encode() + b'\n\n'
           b'Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n'
           b'Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.94.124.8, the server for the domain amazon.com.)\n'
           b'Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\n'
           b'Last-Attempt-Date: ' + date(w).encode() + b'\n')},
    {'h': [('Content-Type', 'message/rfc822')], 'b': raw_orig.encode('utf-8')},
], bnd(56, 'gmail'), extra='; report-type=delivery-status')
add('unrelated', False, C4, [],
    [('Delivered-To', ME_P)] +
    std('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', ME_P, 'Delivery Status Notification (Failure)', w,
        mid_gmail('m56'), irt=U55, refs=[U55],
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Failed-Recipients', 'no-reply-aws@amazon.com')]),
    report,
    what='Bounce: the console address rejects the owner\'s e-mail reply',
    hard='multipart/report carrying the case subject and the owner\'s text; the outstanding ask is still message 54')

# 057 console billing case (not Training and Certification)
w = '2025-03-20 09:15:01 +0000'
body = f"""Hello,

We have opened case {BILL} for you.

Subject: Unexpected NAT Gateway charges on February bill
Severity: General question
Category: Account and billing > Billing
Account: [AWS ID 309184522761]
Correspondence:
My personal account shows about USD 38 of NAT Gateway charges for February, but I deleted the VPC in January. Could you check what is still running?

To view this case or add correspondence, go to:
https://console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en

Sincerely,
Amazon Web Services

Note: this e-mail was sent from an address that does not receive messages. Use the link above to update your case.

{AWS_FOOTER}
"""
add('unrelated', False, None, [],
    aws_in(n(), ME_P, date(w)) +
    std('Amazon Web Services <no-reply-aws@amazon.com>', ME_P, f'Amazon Web Services: New Support case: {BILL}', w, mid_ses('m57')),
    leaf(body),
    what='Support Center case about a billing question on her personal AWS account',
    hard='Identical template and sender to message 53; only the category/topic says it is billing')

# 058 C6 acknowledgement (Japanese, ISO-2022-JP)
w = '2025-03-21 00:47:30 +0000'
A58 = mid_ses('m58')
SUBJ6 = f'[CASE {C6}] [AWS Training and Certification Form Submission] - certification'
SUBJ6R = f'RE:[CASE {C6}] [AWS Training and Certification Form Submission] - certification'
body = f"""田邉 遥 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご依頼はケース番号 {C6} として登録されました。

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。
同じ内容で新たにお問い合わせいただくと、別のケースとして扱われ、回答が遅れる場合がございます。
追記事項は本メールへの返信でお送りください。

■ お問い合わせ内容
ケース ID: {C6}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: 認定証・プロファイルの修正
AWS 候補 ID: {ID_PER}
内容:
統合後の認定アカウントで、認定証の氏名が「TANABE HARUKA」(姓と名が逆)と表示されます。
「Haruka Tanabe」に修正をお願いします。

Amazon Web Services
"""
add('acknowledgement', False, C6, [ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std(ad('Amazon Web Services', FORM), ME_P, SUBJ6, w, A58),
    leaf(body, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
    what=f'Japanese acknowledgement (ISO-2022-JP) of case {C6}: name order on the certificate',
    hard='Different subject suffix (- certification); echoed "修正をお願いします" is the owner\'s own request')

# 059 C4 auto-resolve warning
w = '2025-03-21 08:30:19 +0000'
body = f"""Hello,

We haven't heard back from you regarding case {C4}, "50% exam discount voucher missing after certification account merge".

If we don't receive your response within the next 3 days, the case will be resolved automatically. To keep it open, reply through the Support Center:
{LINK4}

Sincerely,
Amazon Web Services

Note: this e-mail was sent from an address that does not receive messages.

{AWS_FOOTER}
"""
add('closing_notice', True, C4, [],
    aws_in(n(), ME_P, date(w)) +
    std('Amazon Web Services <no-reply-aws@amazon.com>', ME_P, f'RE:[CASE {C4}] 50% exam discount voucher missing after certification account merge', w,
        mid_ses('m59'), irt=A54, refs=[A53, A54]),
    leaf(body),
    what='Console case will auto-resolve in 3 days; answer in the Support Center',
    hard='Her e-mail answer bounced, so support really is still waiting; reply channel is the console')

# 060 C4 resolved, with rating footer
w = '2025-03-22 04:10:55 +0000'
body = f"""Hello Haruka,

Thank you for adding the voucher details in the Support Center.

The voucher had stayed attached to the retired company profile when the accounts were merged. I have reissued it to {ID_PER}: you will now find a 50% discount voucher under Benefits, and it can be applied when you schedule your next exam.

As the issue is fixed I'm setting this case to resolved. If something still isn't right, you can reopen it from the Support Center within 14 days.

Best regards,
Rahul K.
Amazon Web Services

Your opinion matters to us. How would you rate this correspondence?
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en&rate=1

{AWS_FOOTER}
"""
add('resolved', False, C4, [ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std('Amazon Web Services <no-reply-aws@amazon.com>', ME_P, SUBJ4R, w, mid_ses('m60'), irt=A54, refs=[A53, A54]),
    leaf(body, cte='quoted-printable'),
    what='Voucher reissued; console case resolved',
    hard='Rating question and "reopen" option after the resolution')

# 061 C6 info_request, Japanese keigo, Shift_JIS 8bit
w = '2025-03-24 02:30:00 +0000'
A61 = mid_ses('m61')
C6_Q = """田邉 遥 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

認定プロファイルのお名前の修正につきまして、ご連絡ありがとうございます。
認定証に記載される氏名は、試験当日にご提示いただく身分証明書の表記と一致している必要がございます。
そのため、変更の手続きを進める前に、以下の 2 点を確認させていただけますでしょうか。

1. パスポート等の公的身分証明書に記載されている、ローマ字での姓と名の表記
2. ミドルネームの有無

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、お願い申し上げます。
いただいた内容をもとに、担当チームにて修正を進めてまいります。

何卒よろしくお願いいたします。

佐々木 美帆
AWS トレーニングと認定 カスタマーサポート"""
add('info_request', True, C6, [],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ6R, w, A61, irt=A58, refs=[A58]),
    leaf(C6_Q + '\n', cs='shift_jis', cte='8bit', label='Shift_JIS'),
    what='Japanese agent asks for the passport spelling and middle name (keigo, Shift_JIS)',
    hard='Keigo request (〜いただけますでしょうか / お知らせくださいますよう); raw 8-bit Shift_JIS')

# 062 AWS Educate form case (other program)
w = '2025-03-25 02:11:33 +0000'
body = f"""Hello Haruka,

Thank you for your interest in supporting the Hokuriku University Cloud Club through AWS Educate.

To approve educator access for a volunteer who is not a member of faculty, we need a short letter or e-mail from a faculty member confirming your role with the club. Could you send this as a reply to this message? Once we receive it, we'll enable your educator dashboard within 2 business days.

Best regards,
Sandra
AWS Educate Support
"""
add('unrelated', False, None, [],
    aws_in(n(), ME_P, date(w)) +
    std('aws-cs-educate-form@amazon.com', ME_P, f'RE:[CASE {EDU}] [AWS Educate Form Submission] - educator-access', w,
        mid_ses('m62')),
    leaf(body),
    what='AWS Educate form case asks for a faculty letter',
    hard='Same aws-cs-*-form family and subject shape, real request; but a different program, not a T&C case')

# 063 fake Pearson VUE
w = '2025-03-26 11:48:20 +0000'
htm = page("""<p><img src="https://pearsonvue-exams.net/img/pvue.png" alt="Pearson VUE" width="140"></p>
<p>Dear Candidate,</p>
<p>Your result for <b>DVA-C02: AWS Certified Developer - Associate</b> (Registration 512907338) has been placed <b>on hold</b> because of an identity verification issue found during review of your session recording.</p>
<p>To release your result, upload a photo of your government ID and pay the USD 15.00 verification fee within 48 hours:</p>
<p><a href="https://pearsonvue-exams.net/aws/verify?r=512907338">Release my result</a></p>
<p>If no action is taken your exam will be invalidated and your certification withdrawn.</p>
<p>Pearson VUE Candidate Services</p>""")
add('suspicious', False, None, [],
    gin(ME_P, 'vps-31-220.pearsonvue-exams.net', '31.220.61.9', date(w), 'noreply@pearsonvue-exams.net',
        'pearsonvue-exams.net', dkim='none', spf='softfail', dmarc='none', policy='p=NONE sp=NONE dis=NONE') +
    std('Pearson VUE <noreply@pearsonvue-exams.net>', ME_P,
        'Your AWS exam result is on hold - action required', w, mid_at('m63', 'pearsonvue-exams.net')),
    leaf(htm, 'html', cte='quoted-printable'),
    what='Fake exam-vendor mail: result "on hold", pay a fee',
    hard='Uses the real registration number and "on hold" wording; lookalike domain')

# 064 other vendor waiting for a reply (Salesforce-style)
w = '2025-03-27 05:00:12 +0000'
body = """Hi Haruka,

We're following up on case 00412987, "Dashboard export fails for merged data sources".

We haven't heard back from you since our last update on March 20. If we don't receive a reply within 5 days, we'll close this case. Simply reply to this email to keep it open.

Thank you,
Orbis Analytics Support

ref:_00D5g0bKx._5005gXqR21:ref
"""
add('unrelated', False, None, [],
    gin(ME_P, 'smtp05-ia4-sp3.mta.salesforce.com', '13.110.74.205', date(w),
        'support=orbis-analytics.com__0-abc123@cw2a0mlqe7zj0a.5g-0bkxmae.na213.bnc.salesforce.com',
        'orbis-analytics.com', dkim_d='orbis-analytics.com', policy='p=NONE sp=NONE dis=NONE') +
    std('Orbis Analytics Support <support@orbis-analytics.com>', ME_P,
        'Case 00412987: We are waiting for your response [ ref:_00D5g0bKx._5005gXqR21:ref ]', w,
        mid_at('m64', 'sfdc.net')),
    leaf(body),
    what='Another vendor\'s "we will close your case" reminder',
    hard='Same shape as a closing notice (case number, "reply to keep it open") from a non-AWS vendor')

# 065 C6 closing notice (case closed, reply reopens), Japanese QP
w = '2025-03-31 01:15:48 +0000'
A65 = mid_ses('m65')
C6_CLOSE = """田邉 遥 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。

3 月 24 日にお願いしておりました、身分証明書に記載のお名前の表記について、その後ご返信を確認できておりません。
そのため、誠に勝手ながら本ケースはいったんクローズとさせていただきました。

引き続きお名前の修正をご希望の場合は、このメールにそのままご返信ください。ケースを再開し、対応を続けさせていただきます。

よろしくお願いいたします。

佐々木 美帆
AWS トレーニングと認定 カスタマーサポート"""
add('closing_notice', True, C6, [],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ6R, w, A65, irt=A61, refs=[A58, A61]),
    leaf(C6_CLOSE + '\n', cte='quoted-printable', label='utf-8'),
    what='Japanese notice: case already closed for lack of answer; a reply reopens it',
    hard='Past tense "closed"; the ask is conditional in form (ご希望の場合は) but she does want the fix')

# 066 C6 owner reply (Japanese Gmail)
w = '2025-04-01 20:10:37 +0900'
U66 = mid_gmail('m66')
new66 = f"""佐々木様

ご連絡が遅くなり申し訳ございません。転職直後でメールを見落としておりました。

1. パスポートの表記: 姓 TANABE / 名 HARUKA
2. ミドルネーム: なし

認定アカウント {ID_PER} の氏名を「Haruka Tanabe」(名・姓の順)に修正していただけますと幸いです。

よろしくお願いいたします。
田邉 遥"""
attr = f'2025年3月31日(月) 10:15 <{FORM}>:'
add('user_reply', False, C6, [ID_PER],
    std(ad(ME_JA, ME_P), FORM, 'Re: ' + SUBJ6R, w, U66, irt=A65, refs=[A58, A61, A65]),
    multi('alternative', [leaf(new66 + '\n\n' + attr + '\n\n' + q(C6_CLOSE) + '\n', cte='base64', label='"UTF-8"'),
                          leaf(gmail_html(new66, attr, C6_CLOSE), 'html', cte='base64', label='"UTF-8"')],
          bnd(66, 'gmail')),
    what='Owner answers in Japanese with the passport spelling',
    hard='Owner\'s keigo request to support (〜いただけますと幸いです); base64')

# 067 C6 reopened, passed to another team
w = '2025-04-02 06:00:21 +0000'
body = f"""Hello Haruka,

Thank you for your reply. I've reopened case {C6}.

Name changes on certification profiles are made by our certification records team, so I've passed your details to them. They usually complete updates within two to three business days, and I'll let you know once it's done.

Kind regards,
Elena V.
AWS Training and Certification
"""
add('case_update', False, C6, [],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ6R, w, mid_ses('m67'), irt=U66, refs=[A61, A65, U66]),
    leaf(body), crlf=True,
    what='English agent reopens the Japanese case and hands it to the records team',
    hard='Language switch; "reopened" without an ask')

# 068 owner's note to self
w = '2025-04-03 22:30:04 +0900'
body = f"""自分用メモ

・旧(会社)候補ID: {ID_CO} → 3/8 統合済み、ログイン不可
・新(個人)候補ID: {ID_PER}
・学生時代の {ID_STU} は 2024/5 に会社アカウントへ統合済み
・ケース
  - {C2} 統合 → 解決
  - {C3} 重複 → クローズ
  - {C4} バウチャー(サポートセンター) → 解決、再発行済み
  - {C6} 氏名の表記 → 再開済み、待ち
・Credly バッジは個人アドレスで受領済み
"""
add('user_reply', False, None, [ID_CO, ID_PER, ID_STU],
    [('Delivered-To', ME_P)] +
    std(ad(ME_JA, ME_P), ME_P, hx('メモ: AWS認定アカウント整理'), w, mid_gmail('m68')),
    leaf(body, cte='quoted-printable', label='"UTF-8"'),
    what='Note to self listing candidate IDs and four case numbers',
    hard='Written by the owner, belongs to no single case although it names several')

# 069 C6 resolved (Japanese, quotes the old request)
w = '2025-04-04 07:20:33 +0000'
new = f"""田邉 遥 様

佐々木でございます。大変お待たせいたしました。

認定プロファイル({ID_PER})のお名前を「Haruka Tanabe」に更新いたしました。
更新後の認定証は、認定アカウントの「認定」ページからダウンロードいただけます。Credly のデジタルバッジに表示されるお名前も、数日以内に反映される見込みです。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

今後ともよろしくお願いいたします。

佐々木 美帆
AWS トレーニングと認定 カスタマーサポート"""
attr = f'2025年4月1日(火) 20:10 田邉 遥 <{ME_P}>:'
quoted = new66 + '\n\n' + f'2025年3月24日(月) 11:30 <{FORM}>:\n' + q(C6_Q)
add('resolved', False, C6, [ID_PER],
    aws_in(n(), ME_P, date(w)) +
    std(FORM, ME_P, SUBJ6R, w, mid_ses('m69'), irt=U66, refs=[A61, A65, U66]),
    multi('alternative', [leaf(new + '\n\n' + attr + '\n' + q(quoted) + '\n', cte='base64'),
                          leaf(page(to_html(new) + '<div>' + html.escape(attr) + '</div><blockquote>' + to_html(quoted) + '</blockquote>'),
                               'html', cte='base64')], bnd(69, 'ses')),
    what='Japanese resolution: name updated',
    hard='Conditional "ご不明な点がございましたら…ご返信ください"; quoted history contains the keigo request')

# 070 Credly name update
w = '2025-04-06 10:02:18 +0000'
txt = """Hi Haruka,

Amazon Web Services Training and Certification updated the recipient name on 2 of your badges:

  AWS Certified Solutions Architect – Professional
  AWS Certified Developer – Associate

The new name, Haruka Tanabe, now appears on your badges and on your public profile. No action is needed.

Credly
"""
add('badge', False, None, [],
    gin(ME_P, 'o3.sg.credly.com', '167.89.101.7', date(w),
        'bounces+1877204-ab23-haruka.tanabe.k=gmail.com@sg.credly.com', 'credly.com', sel='s1',
        policy='p=NONE sp=NONE dis=NONE') +
    std('Credly <admin@credly.com>', ME_P, 'Your badge details have been updated', w,
        mid_at('m70', 'geopod-ismtpd-5.sendgrid.net')),
    leaf(txt, cte='quoted-printable'),
    what='Credly: recipient name updated on two badges',
    hard='Follows the name-fix case; "updated" and "No action is needed"')


# --- write -----------------------------------------------------------------
def build(m):
    hs = list(m['hs']) + [('MIME-Version', '1.0')] + m['part']['h']
    raw = render_headers(hs) + b'\n' + m['part']['b']
    if m['crlf']:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def readme(counts):
    rows = []
    for i, m in enumerate(MSGS, 1):
        lb = m['label']
        rows.append(f"| {i:03d} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | "
                    f"{m['what']} | {m['hard']} |")
    return f"""me: {ME_P} {ME_C}

# blind-284: AWS Training and Certification support mail, held-out set

{len(MSGS)} messages, mailbox arrival order (Nov 2023 - Apr 2025). The owner, Haruka Tanabe,
reads both her personal Gmail address and her company address (Kairo Systems, an AWS Partner,
mailbox closed on 2025-03-14). Regenerate with `python3 gen.py` (standard library only).

Per kind: {', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}.
needs_reply true: {sum(m['label']['needs_reply'] for m in MSGS)}.

## Cases in the set

| case | digits | channel | topic | course |
|---|---|---|---|---|
| {C1} | 11 | T&C form, company address | two profiles on one address, exam missing from Credly | ack, busy update, info request (exam date / Pearson VUE number), reply, Account #1/#2 confirmation, closing warning, reply, resolved, survey |
| {C7} | 11 | T&C form, company address | university-era profile folded into the company one (2024) | ack, terse confirmation question, reply, resolved |
| {C2} | 15 | T&C form, company then personal address | company -> personal merge before leaving; APN partner hold | Japanese ack, "write from the other address", forward + reply, on hold with a question, reply (+ manager's out-of-office), on hold, hold lifted, HTML confirmation table, closing warning, reply, resolved, survey |
| {C3} | 15 | T&C form, personal | duplicate form for the same merge | ack, closed as duplicate and linked to {C2} |
| {C4} | 15 | Support Center (console) | 50% voucher missing after the merge | console ack, info request (answer in the console), owner's e-mail reply, bounce, auto-resolve warning, resolved |
| {C5} | 10 | T&C form (2021) | old name fix, seen only in a forward | owner's forward |
| {C6} | 15 | T&C form, Japanese | name order on the certificate | Japanese ack (ISO-2022-JP), keigo request (Shift_JIS), closed for no answer, reply, reopened/passed on, resolved |

Not T&C cases (labelled unrelated, case null): console billing case {BILL}, AWS Educate form case
{EDU}, another vendor's Zendesk ticket 58213 and Salesforce case 00412987. The spoofed mail uses the
made-up number {FAKE} (case null).

## Labelling decisions

- **case** is the T&C support case the message belongs to: set for support mail, the owner's own
  replies and forwards in a case thread, and automatic mail that sits in a case thread (the
  manager's out-of-office reply 037 carries the {C2} subject; the bounce 056 returns the owner's reply
  on {C4}). It is null for phishing (even when the subject carries a case token), for non-T&C cases
  (console billing, Educate, other vendors), for badge/certification mail, and for the owner's note 068,
  which lists several cases.
- A message that names a second case (ack 032 echoing "{C2}", duplicate notice 034, console ack 053)
  belongs to the case in its own subject.
- **candidate_ids**: IDs in the message's own text, unique, in order of first appearance. Text
  echoed by support from the submitted form (acknowledgements) counts as the message's own text;
  quoted replies (`>`, Outlook header blocks, "-----Original Message-----") and forwarded content do
  not. For multipart/alternative the text part decides (the HTML part says the same).
- **needs_reply** is true only when support on a real T&C case is now waiting for the owner:
  info requests (including "write from the other address" 028 and "answer in the Support Center"
  054), confirmation requests, the on-hold notice that hides a question (035), and closing notices
  (012, 044, 059, 065 - the last one says the case is already closed and a reply reopens it).
  It is false for conditional offers ("reply here if something looks wrong", "ご不明な点が
  ございましたら"), surveys, the owner's own mail, HR/colleague requests, other vendors,
  the AWS Educate request and every phishing mail.
- 044 repeats the confirmation ask but its point is the closing warning: closing_notice.
- 035 is on_hold (the case is paused because of the APN partner) with needs_reply true (the
  buried question about her employment); 038 is on_hold with needs_reply false.
- 034 (duplicate closed, linked to the original) is case_update, not closing_notice: nothing is
  closed for lack of an answer and no reply is wanted.
- 021 (CertMetrics research questionnaire) is certification, not survey: it is not about a
  support case.
- 053 (console "New Support case" for the voucher) is an acknowledgement; 057 (same template,
  billing) is unrelated.
- 056 (bounce) is unrelated with needs_reply false: it is not support writing; the ask it leaves
  outstanding is carried by 054 and then by the closing notice 059.
- 029, 051 (forwards) and 068 (note to self) are user_reply: the owner wrote them.
- Threading: most support replies carry In-Reply-To/References; the closing warning 012 (sent by
  a second agent) has none and must be placed by its `[CASE N]` subject token. 030 replies to the
  owner's own forward ("Re: FW: RE:[CASE ...]"), and 037 prefixes the case subject with "自動応答:".
- 033 has the genuine form address and subject format but `dmarc=fail` for amazon.com and a
  link to another domain: suspicious.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
""" + '\n'.join(rows) + '\n'


def main():
    last = None
    for m in MSGS:
        d = dt_from_headers(m['hs'])
        if last and d < last:
            raise SystemExit(f'out of order: {m["what"]}')
        last = d
    for i, m in enumerate(MSGS, 1):
        raw = build(m)
        if len(raw) >= 15000:
            raise SystemExit(f'{i:03d} too large: {len(raw)}')
        with open(os.path.join(OUT, f'{i:03d}-msg.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(OUT, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
    counts = Counter(m['label']['kind'] for m in MSGS)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme(counts))
    print(f'{len(MSGS)} messages')
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f'  {k:22s} {v}')
    print(f'  needs_reply true       {sum(m["label"]["needs_reply"] for m in MSGS)}')


def dt_from_headers(hs):
    from email.utils import parsedate_to_datetime
    for k, v in hs:
        if k == 'Date':
            return parsedate_to_datetime(v)


if __name__ == '__main__':
    main()
