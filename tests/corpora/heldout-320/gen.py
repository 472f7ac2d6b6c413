#!/usr/bin/env python3
"""Write the blind-320 corpus: NNN-msg.eml + NNN-msg.json next to this script, plus README.md.

Standard library only. Deterministic: running it twice gives the same bytes.
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import quopri
import random
import re
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(320)

# ---------------------------------------------------------------- the people
ME_NAME = 'Kenta Morimoto'
ME_JA = '森本 健太'
P = 'kmorimoto.dev@gmail.com'                 # personal (kept)
C = 'kenta.morimoto@hoshizora-tech.co.jp'     # company (closes 2025-05-30)
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
SATO = 'misaki.sato@hoshizora-tech.co.jp'

# candidate IDs
ID_OLD = 'AWS10293847'    # company certification account
ID_NEW = 'AWS20586314'    # personal certification account (kept)
ID_3RD = 'AWS31174582'    # stray third account found in case D

# case numbers
CASE_A = '174727216100482'   # merge company -> personal (APN hold), 2025-05-15
CASE_B = '174745111200917'   # duplicate form of A sent from company address
CASE_C = '14829305716'       # Support Center (console) case: 50% voucher missing
CASE_D = '175005240300261'   # Japanese case: exam missing from history -> 3rd account merge
CASE_E = '174885191000733'   # name on certificate, closing notices, reopen
CASE_OLD = '7612093458'      # colleague's 2021 case (forwarded copy)
CASE_EDU = '174830129900155'  # AWS Educate form case (other program)
CASE_FAKE = '174731556600218'  # number used by a spoofed mail

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}
LABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
         'us-ascii': 'us-ascii', 'iso-8859-1': 'iso-8859-1'}


# ---------------------------------------------------------------- helpers
def when(s, tz=JST):
    """'2025-05-15 10:22:41' in tz -> aware datetime."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rfcdate(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
                   for _ in range(n))


def mid_ses():
    return '<01000196%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        hexs(8), hexs(8), hexs(4), hexs(4), hexs(12))


def mid_gmail():
    return '<CAH%s%s@mail.gmail.com>' % (alnum(30), R.choice(['=', '+', '-', '_']) + alnum(12))


def mid_outlook():
    return '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (
        R.randint(1000, 9999), hexs(16).upper(), R.randint(10000, 12999))


def mid_generic(domain):
    return '<%s.%s@%s>' % (hexs(12), hexs(8), domain)


def ew(s, cs='utf-8'):
    """RFC 2047 B-encoded words, split on character boundaries, folded."""
    if all(ord(ch) < 128 for ch in s):
        return s
    codec = CODEC[cs]
    words, chunk = [], ''
    for ch in s:
        if chunk and len((chunk + ch).encode(codec)) > 42:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    return '\n '.join('=?%s?B?%s?=' % (LABEL[cs], base64.b64encode(w.encode(codec)).decode())
                      for w in words)


def subj(s, cs='utf-8', keep_ascii_prefix=False):
    """Encode a subject. With keep_ascii_prefix, a leading pure-ASCII run stays readable."""
    if all(ord(ch) < 128 for ch in s):
        return s
    if keep_ascii_prefix:
        i = 0
        while i < len(s) and ord(s[i]) < 128:
            i += 1
        j = s.rfind(' ', 0, i)
        if j > 0:
            return s[:j] + '\n ' + ew(s[j + 1:], cs)
    return ew(s, cs)


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    if all(ord(ch) < 128 for ch in name):
        if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs), email)


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', params='', extra=()):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(CODEC[cs])
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    ct = 'text/%s; charset="%s"%s' % (sub, LABEL[cs], params)
    return {'ct': ct, 'h': [('Content-Transfer-Encoding', cte)] + list(extra), 'body': body}


def attach(data, ctype, filename, inline=False):
    body = base64.encodebytes(data)
    return {'ct': '%s; name="%s"' % (ctype, filename),
            'h': [('Content-Disposition', '%s; filename="%s"' % ('inline' if inline else 'attachment', filename)),
                  ('Content-Transfer-Encoding', 'base64')],
            'body': body}


def multi(sub, parts, preamble=None, params=''):
    b = '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(100000000, 999999999),
                                  R.randint(1700000000000, 1759999999999))
    if sub == 'alternative' and R.random() < 0.5:
        b = '000000000000%s' % hexs(16)
    out = b''
    if preamble:
        out += preamble.encode('ascii') + b'\n'
    for p in parts:
        out += b'--' + b.encode() + b'\n' + render(p) + b'\n'
    out += b'--' + b.encode() + b'--\n'
    return {'ct': 'multipart/%s; boundary="%s"%s' % (sub, b, params), 'h': [], 'body': out}


def render(node):
    head = 'Content-Type: %s\n' % node['ct']
    for k, v in node['h']:
        head += '%s: %s\n' % (k, v)
    body = node['body']
    if not body.endswith(b'\n'):
        body += b'\n'
    return head.encode('ascii') + b'\n' + body


def strip_html(h):
    h = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</(p|div|tr|h[1-6]|li|table)>', '\n', h)
    h = re.sub(r'(?i)</t[dh]>', '  ', h)
    h = re.sub(r'<[^>]+>', '', h)
    h = htmlmod.unescape(h)
    lines = [re.sub(r'[ \t]+', ' ', l).strip() for l in h.split('\n')]
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


def gt(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n'))


def gmail_attr(d, name, email):
    d = d.astimezone(JST)
    h = d.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, h, d.minute,
        'AM' if d.hour < 12 else 'PM', name, email)


def gmail_attr_ja(d, name, email):
    d = d.astimezone(JST)
    wd = '月火水木金土日'[d.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, wd, d.hour, d.minute, name, email)


# ---------------------------------------------------------------- transport headers
def gmail_in(d, host, ip, mailfrom, dkim_d, header_from, dkim='pass', spf='pass', dmarc='pass',
             policy='p=QUARANTINE sp=QUARANTINE dis=NONE', to=P):
    """Headers Gmail adds on delivery (newest first)."""
    dp = d.astimezone(PDT)
    rd = rfcdate(dp) + ' (PDT)'
    gid = '%s-%s%ssi%d%s.%d.%s' % (hexs(13), alnum(10), alnum(3).lower(), R.randint(1000000, 9999999),
                                  alnum(2).lower(), R.randint(100, 999), dp.strftime('%Y.%m.%d.%H.%M.%S'))
    sel = R.choice(['ug7nbtf4gccmlpwj322ax3p6ow6yfsug', '224i4yxa5dv7c2xz3womw6peuasteono',
                    'shh3fegwg5fppqsuzphvschd53n6ihuv', 's1', 'google', 'selector2'])
    ar = 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n' % (
        dkim, dkim_d, sel, alnum(8))
    if spf == 'pass':
        ar += '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n' % (
            mailfrom, ip, mailfrom)
    else:
        ar += '       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n' % (
            spf, mailfrom, ip, mailfrom)
    ar += '       dmarc=%s (%s) header.from=%s' % (dmarc, policy, header_from)
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(12), rd)),
        ('Received', 'from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n'
                     '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
                     '        %s' % (host, host, ip, gid, to, rd)),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]


def m365_in(d, host, ip, mailfrom_dom, header_from, dkim='pass', dmarc='pass', to=C):
    rd = rfcdate(d.astimezone(UTC))
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return [
        ('Received', 'from OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:%s::%d) by\n'
                     ' TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s' % (
                         R.randint(1000, 9999), hexs(2), R.randint(10, 99), R.randint(10000, 12999), rd)),
        ('Received', 'from %s (%s) by\n OS3PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n'
                     ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via\n'
                     ' Frontend Transport; %s' % (host, ip, hexs(4).upper(), R.randint(1, 250), R.randint(1, 250),
                                                  R.randint(10, 40), rd)),
        ('Authentication-Results', 'spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
                                   ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s' % (
                                       ip, mailfrom_dom, dkim, header_from, dmarc, header_from, comp)),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender)'
                         ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
                             mailfrom_dom, ip, ip, host)),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-AuthSource', 'OS3PEPF0000%s.jpnprd01.prod.outlook.com' % hexs(4).upper()),
    ]


def ses_in(d, to=P, company=False):
    ip = '54.240.%d.%d' % (R.choice([8, 9, 27, 48]), R.randint(10, 250))
    host = 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99)
    mf = '01000196%s-%s@email.amazonses.com' % (hexs(8), hexs(8))
    if company:
        return m365_in(d, host, ip, 'email.amazonses.com', 'amazon.com', to=to)
    return gmail_in(d, host, ip, mf, 'amazon.com', 'amazon.com', to=to) + [
        ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=amazon.com; t=%d;\n'
                           '\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh=%s=;\n\tb=%s' % (
                               R.choice(['ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'dlcbqhgwo7muxntfxoxlcyzsi6jhbmx5']),
                               int(d.timestamp()), alnum(43), alnum(60)))]


# ---------------------------------------------------------------- corpus
MSGS = []
MID = {}


def add(key, kind, reply, case, cands, d, headers, node, note, crlf=False, transport=()):
    """headers: list of (name, value) in order, without Date/Message-ID/MIME (added here)."""
    mid = headers_mid = None
    hs = list(transport)
    out = []
    for k, v in headers:
        if k == 'Message-ID':
            headers_mid = v
        out.append((k, v))
    if headers_mid is None:
        headers_mid = mid_generic('mail.example.invalid')
        out.append(('Message-ID', headers_mid))
    MID[key] = headers_mid
    hs += [('Date', rfcdate(d))] + out + [('MIME-Version', '1.0')]
    data = b''
    for k, v in hs:
        line = '%s: %s\n' % (k, v)
        data += line.encode('ascii')
    data += render(node)
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append({'key': key, 'kind': kind, 'needs_reply': reply, 'case': case,
                 'candidate_ids': list(cands), 'date': d, 'data': data, 'note': note})


# ================================================================ 001 budgets alert (unrelated)
d = when('2025-05-12 08:31:07')
t = """AWS Budgets

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Monthly-Cost-Guard budget
is greater than 80.00% of $20.00 for the current month. The ACTUAL Cost associated with this budget
is $16.42. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: Monthly-Cost-Guard
Budget Type: Cost
Budgeted Amount: $20.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $16.42
AWS Account: 480213957766

Go to the AWS Budgets dashboard:
https://us-east-1.console.aws.amazon.com/billing/home#/budgets

This is an automated notification. Replies to this address are not monitored.
"""
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#232f3e">AWS Budgets</h2>
<p>Dear AWS Customer,</p>
<p>You requested that we alert you when the ACTUAL Cost associated with your <b>Monthly-Cost-Guard</b>
budget is greater than 80.00% of $20.00 for the current month. The ACTUAL Cost associated with this
budget is <b>$16.42</b>. You can find additional details below and by accessing the AWS Budgets dashboard.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Budget Name</td><td>Monthly-Cost-Guard</td></tr>
<tr><td>Budget Type</td><td>Cost</td></tr>
<tr><td>Budgeted Amount</td><td>$20.00</td></tr>
<tr><td>Alert Threshold</td><td>&gt; 80.00%</td></tr>
<tr><td>ACTUAL Amount</td><td>$16.42</td></tr>
<tr><td>AWS Account</td><td>480213957766</td></tr>
</table>
<p><a href="https://us-east-1.console.aws.amazon.com/billing/home#/budgets">Go to the AWS Budgets dashboard</a></p>
<p style="color:#777;font-size:11px">This is an automated notification. Replies to this address are not monitored.</p>
</body></html>"""
add('budget', 'unrelated', False, None, [], d,
    [('From', 'AWS Budgets <no-reply-aws@amazon.com>'), ('To', P),
     ('Subject', 'AWS Budgets: Monthly-Cost-Guard has exceeded your alert threshold'),
     ('Message-ID', mid_ses())],
    multi('alternative', [leaf(t, cte='7bit'), leaf(h, 'html', cte='quoted-printable')]),
    'AWS Budgets alert from no-reply-aws@amazon.com (the console-case sender); 12-digit account ID, '
    '"Replies are not monitored" footer. Not T&C.',
    transport=ses_in(d))

# ================================================================ 002 colleague, ISO-2022-JP (unrelated)
d = when('2025-05-12 18:44:31')
t = """森本さん

お疲れさまです。佐藤です。

引き継ぎの件で2点お願いです。

1. infra-modules の PR #212(AWS provider v5 対応)、レビュー済みなので
   水曜までにマージしておいてもらえますか。
2. 運用手順書の「証明書更新」の章、最新化して共有フォルダに置いてください。

あと余計なお世話かもしれませんが、AWS認定のアカウントが会社アドレスのままなら、
辞める前に個人アドレスの方へ統合しておいた方がいいですよ。
私は前にやったときサポートとのやり取りに数日かかりました。

よろしくお願いします。

--
佐藤 美咲 / Misaki Sato
ほしぞらテクノロジーズ株式会社 クラウド推進部
"""
add('sato1', 'unrelated', False, None, [], d,
    [('From', addr('佐藤 美咲', SATO, 'iso-2022-jp')), ('To', addr('森本 健太', C, 'iso-2022-jp')),
     ('Subject', subj('引き継ぎの件(PR #212 と手順書)', 'iso-2022-jp')),
     ('Message-ID', mid_outlook()), ('Thread-Topic', subj('引き継ぎの件(PR #212 と手順書)', 'iso-2022-jp')),
     ('Thread-Index', 'AQHbw' + alnum(27) + '=='), ('Content-Language', 'ja-JP'),
     ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    leaf(t, cs='iso-2022-jp', cte='7bit'),
    'Colleague, ISO-2022-JP, internal: asks to merge a PR and suggests merging the certification account '
    'before leaving. Requests and 統合 wording, but not support.')

# ================================================================ 003 GitHub merged (unrelated)
d = when('2025-05-13 10:02:44')
t = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/212#event-17728340911
You are receiving this because you authored the thread.

Message ID: <hoshizora-tech/infra-modules/pull/212/issue_event/17728340911@github.com>
"""
h = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-tech/infra-modules/pull/212">#212</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/pull/212#event-17728340911">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
add('github', 'unrelated', False, None, [], d,
    [('From', 'Misaki Sato <notifications@github.com>'), ('Reply-To', 'hoshizora-tech/infra-modules <reply+AB3XK2' + alnum(30) + '@reply.github.com>'),
     ('To', 'hoshizora-tech/infra-modules <infra-modules@noreply.github.com>'),
     ('Cc', 'Kenta Morimoto <%s>, Author <author@noreply.github.com>' % C),
     ('Subject', 'Re: [hoshizora-tech/infra-modules] Upgrade AWS provider to v5 (PR #212)'),
     ('Message-ID', '<hoshizora-tech/infra-modules/pull/212/issue_event/17728340911@github.com>'),
     ('In-Reply-To', '<hoshizora-tech/infra-modules/pull/212@github.com>'),
     ('References', '<hoshizora-tech/infra-modules/pull/212@github.com>'),
     ('X-GitHub-Reason', 'author'), ('List-ID', 'hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>'),
     ('X-GitHub-Sender', 'misato-hz')],
    multi('alternative', [leaf(t, cte='7bit'), leaf(h, 'html', cte='7bit')]),
    'GitHub "Merged #212 into main": the word merged in a completion-like sentence; not AWS.',
    transport=m365_in(d, 'out-28.smtp.github.com', '192.30.252.211', 'github.com', 'github.com'))

# ================================================================ 004 certification expiry (company)
d = when('2025-05-13 22:15:00', UTC)
h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Certification</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:18px;color:#ffffff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification will expire on
<b>August 19, 2025</b>. To keep your certification active, pass the current version of the exam or a
higher-level exam in the same path before that date.</p>
<p>Candidate ID: AWS10293847</p>
<p>Recertifying also extends the validity of any certifications that the higher-level exam covers.
Visit your AWS Certification Account to see your recertification options and your available benefits.</p>
<p style="text-align:center"><a href="https://www.aws.training/Certification" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Go to my AWS Certification Account</a></p>
<p>Good luck,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">This message was sent to kenta.morimoto@hoshizora-tech.co.jp because you hold an AWS Certification.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table></body></html>"""
add('expiry', 'certification', False, None, [ID_OLD], d,
    [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', C),
     ('Subject', 'Your AWS Certification is expiring in 90 days'),
     ('Message-ID', mid_generic('certmetrics.com'))],
    multi('alternative', [leaf(strip_html(h), cte='7bit'), leaf(h, 'html', cte='quoted-printable')]),
    'CertMetrics expiry reminder to the company address, with the old candidate ID. Program mail, not a case.',
    transport=m365_in(d, 'mta-12.certmetrics.com', '198.2.131.44', 'certmetrics.com', 'certmetrics.com'))

# ================================================================ 005 note to self (user)
d = when('2025-05-15 09:48:12')
t = """自分用メモ(退職前に消えるので個人アドレスへ)

■ 旧(会社)認定アカウント
- ログイン: kenta.morimoto@hoshizora-tech.co.jp(APN Partner Central 経由)
- 候補ID: AWS10293847
- 保有資格: SAA-C03(2022/08 取得、2025/08/19 失効)、DVA-C02(2024/03 取得)
- 特典: 次回試験 50% 割引 ×1(未使用)、認定者ラウンジ
- 証明書 PDF 2枚はダウンロード済み

■ やること
1. 個人アドレスで Builder ID 作成 → 新しい認定アカウント作成
2. 問い合わせフォーム(認定 > アカウントの統合)から申請
3. サポートからの確認メールに返信
4. 統合後に試験履歴・特典・Credly を確認

会社アドレスは 5/30 まで。
"""
add('note', 'user_reply', False, None, [ID_OLD], d,
    [('From', addr('森本 健太', C)), ('To', addr('森本 健太', P)),
     ('Subject', subj('メモ: AWS認定 移行前の控え')), ('Message-ID', mid_outlook()),
     ('Thread-Topic', subj('メモ: AWS認定 移行前の控え')), ('Thread-Index', 'AQHbxV' + alnum(26) + '=='),
     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')],
    leaf(t, cte='base64'),
    'Owner e-mails himself notes from the company Outlook to Gmail (base64 UTF-8). Mentions the form, '
    '"confirm mail" and merge; written by the owner, so user_reply; no case yet.',
    transport=gmail_in(d, 'TYCPR01CU001.outbound.protection.outlook.com', '40.107.74.58',
                       C, 'hoshizoratech.onmicrosoft.com', 'hoshizora-tech.co.jp', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 006 Builder ID code (unrelated)
d = when('2025-05-15 10:04:55')
h = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto;padding:20px;border:1px solid #d5dbdb">
<p><img alt="AWS" src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="60"></p>
<h2>Verify your AWS Builder ID email address</h2>
<p>Thanks for starting the AWS Builder ID sign-up process. Enter the following verification code when prompted:</p>
<p style="font-size:32px;letter-spacing:6px;font-weight:bold">381904</p>
<p>The code expires in 30 minutes. If you didn&#39;t request this code, you can ignore this message.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services will never e-mail you to ask you to disclose or verify your password, credit card, or banking account number.</p>
</div></body></html>"""
add('builderid', 'unrelated', False, None, [], d,
    [('From', 'AWS <no-reply@signin.aws>'), ('To', P),
     ('Subject', 'Verify your AWS Builder ID email address'), ('Message-ID', mid_ses())],
    leaf(h, 'html', cte='quoted-printable'),
    'HTML-only Builder ID verification code (6 digits). "Enter the code" is an instruction, not a case request.',
    transport=gmail_in(d, 'a48-112.smtp-out.amazonses.com', '54.240.48.112',
                       '0100019%s@signin.aws' % hexs(10), 'signin.aws', 'signin.aws'))


SUBJ_A = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_B = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B
TC_NAME = 'AWS Training and Certification'

# ================================================================ 007 ack A (Japanese, QP)
d = when('2025-05-15 01:22:58', UTC)
ACK_A = """森本 健太 様

Amazon Web Services へお問い合わせいただき、誠にありがとうございます。
以下の内容でケース番号 174727216100482 を発行いたしました。

原則として 1 営業日以内に担当者よりご連絡いたします。内容によっては調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じご用件で新しいケースを作成されますと、かえって対応が遅れる原因となります。追加の情報がございましたら、このメールへのご返信にてお知らせください。

----------------------------------------
ケース ID: 174727216100482
お問い合わせタイプ: AWS トレーニングと認定
問題のタイプ: 認定
その他の詳細: アカウントの統合
連絡先メールアドレス: kmorimoto.dev@gmail.com

お問い合わせ内容:
Use case: I will leave Hoshizora Technologies at the end of May, so I need my certifications to live in my personal account.
Email addresses I have used: kenta.morimoto@hoshizora-tech.co.jp (company), kmorimoto.dev@gmail.com (personal)
Address to keep: kmorimoto.dev@gmail.com
Candidate IDs: AWS10293847 (company account) / AWS20586314 (personal account, created today)
----------------------------------------

今後とも AWS をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
add('ackA', 'acknowledgement', False, CASE_A, [ID_OLD, ID_NEW], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', SUBJ_A), ('Message-ID', mid_ses())],
    leaf(ACK_A, cte='quoted-printable'),
    'Japanese acknowledgement (QP UTF-8) of the main merge case; the echoed form text (system details '
    'block, not a reply quote) carries both candidate IDs and the words "merge"/"keep".',
    transport=ses_in(d))

# ================================================================ 008 AWS marketing (unrelated)
d = when('2025-05-15 17:00:12')
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Sans',Meiryo,sans-serif;background:#ffffff">
<table width="640" align="center"><tr><td>
<h1 style="font-size:22px;color:#232f3e">AWS Summit Japan 2025 まであと 5 週間</h1>
<p>森本 健太 様</p>
<p>6 月 25 日・26 日に幕張メッセで開催される AWS Summit Japan 2025 の参加登録を受け付けています。
今年は 150 以上のセッションに加え、AWS 認定をお持ちの方専用の「認定者ラウンジ」をご用意しました。
ラウンジでは認定ステッカーやノベルティをお受け取りいただけます。</p>
<p><b>認定者ラウンジのご利用方法</b><br>
会場受付で AWS 認定のデジタルバッジ(Credly)をご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit25_reg" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは AWS からのお知らせの配信を希望された方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>"""
add('summit', 'unrelated', False, None, [], d,
    [('From', addr('AWS Summit Japan', 'aws-marketing-email-replies@amazon.com')), ('To', P),
     ('Subject', subj('【AWS Summit Japan 2025】認定者ラウンジのご案内と参加登録のお願い')),
     ('Message-ID', mid_generic('marketo.org')), ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')],
    leaf(h, 'html', cte='base64'),
    'HTML-only base64 AWS marketing in Japanese; talks about certification holders and asks to register. Marketing, not a case.',
    transport=gmail_in(d, 'mkto-sj210043.com', '199.15.215.43', 'aws-marketing@mkto-sj210043.com',
                       'amazon.com', 'amazon.com'))

# ================================================================ 009 on hold A, question buried (HTML only)
d = when('2025-05-16 02:10:19', UTC)
HOLD_A = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Kenta,</p>
<p>Thank you for your patience while I looked into your request.</p>
<p>While reviewing the two profiles, I found that the certification account registered to
kenta.morimoto@hoshizora-tech.co.jp (AWS10293847) is linked to an AWS Partner Network organization,
<b>Hoshizora Technologies K.K.</b> Certifications held by a partner-linked account count toward that
partner&#39;s tier and programs, so we cannot move them out of the organization without the partner&#39;s involvement.</p>
<p>I have sent a request to the partner&#39;s Alliance Lead to review and release the association. Your case
is <b>on hold</b> until they respond; this usually takes three to five business days, and I will update
you as soon as anything changes.</p>
<p>One thing that would help on our side: are you still employed by Hoshizora Technologies, and if you are
leaving, what will your last working day be? Partners tend to release an account faster when the departure
date is on record.</p>
<p>Best regards,<br>
Marisol R.<br>
AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. and its affiliates. All rights reserved.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>"""
add('holdA', 'on_hold', True, CASE_A, [ID_OLD], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_A), ('Message-ID', mid_ses())],
    leaf(HOLD_A, 'html', cte='quoted-printable'),
    'HTML-only APN partner hold. The case is paused for the partner, but a direct question '
    '(still employed? last working day?) sits in the fourth paragraph with no "please": on_hold + needs reply.',
    transport=ses_in(d))
D_HOLD_A = d

# ================================================================ 010 user reply A (Gmail)
d = when('2025-05-16 12:31:40')
REPLY_A1 = """Hi Marisol,

Thank you for the update.

Yes, I am still with Hoshizora Technologies for now, but I am leaving the company. My last working day
is Friday, May 30, 2025. After that the company address (kenta.morimoto@hoshizora-tech.co.jp) will be
deactivated, so please use kmorimoto.dev@gmail.com for everything on this case.

I have also told our partner admin (Misaki Sato) that AWS may contact her.

Best regards,
Kenta Morimoto
"""
t = REPLY_A1 + '\n' + gmail_attr(D_HOLD_A, TC_NAME, FORM) + '\n' + gt(strip_html(HOLD_A)) + '\n'
h = ('<div dir="ltr">' + REPLY_A1.replace('&', '&amp;').replace('\n\n', '</div><div><br></div><div>').replace('\n', ' ')
     + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
     + htmlmod.escape(gmail_attr(D_HOLD_A, TC_NAME, FORM))
     + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
     + HOLD_A.split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0] + '</blockquote></div>')
add('replyA1', 'user_reply', False, CASE_A, [], d,
    [('From', addr(ME_NAME, P)), ('To', addr(TC_NAME, FORM)), ('Subject', 'RE:' + SUBJ_A),
     ('Message-ID', mid_gmail()), ('In-Reply-To', MID['holdA']), ('References', MID['holdA'])],
    multi('alternative', [leaf(t, cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')]),
    'Owner answers the buried question (Gmail, multipart, full quote of the hold underneath). '
    'The quoted hold still contains the question and "on hold".')

# ================================================================ 011 connpass (unrelated)
d = when('2025-05-17 08:00:03')
t = """森本 健太 さん

以下のイベントへの参加登録が完了しました。

■ イベント
JAWS-UG 東京 #58「AWS 認定を活かすキャリア LT 大会」
https://jawsug.connpass.com/event/351207/

■ 日時
2025/06/05(木) 19:00 〜 21:00

■ 会場
オンライン(YouTube Live)

■ 受付番号
4829173

参加をキャンセルされる場合は、イベントページから手続きしてください。
当日の視聴 URL は開催前日までにイベントページの「参加者への情報」欄に掲載されます。

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

connpass
"""
add('connpass', 'unrelated', False, None, [], d,
    [('From', addr('connpass', 'no-reply@connpass.com')), ('To', P),
     ('Subject', subj('JAWS-UG 東京 #58「AWS 認定を活かすキャリア LT 大会」への参加登録が完了しました')),
     ('Message-ID', mid_generic('connpass.com'))],
    leaf(t, cte='base64'),
    'Event registration confirmation in Japanese mentioning AWS 認定 and a 7-digit reception number.',
    transport=gmail_in(d, 'mail-out3.connpass.com', '52.69.184.21', 'bounce@connpass.com',
                       'connpass.com', 'connpass.com', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 012 ack B (duplicate form, company, CRLF)
d = when('2025-05-17 03:05:31', UTC)
ACK_B = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case
174745111200917, and a member of our team will get back to you, usually within one business day.

Please keep to one case per request. If you already have an open case about this topic, reply to that
case instead of submitting the form again - additional cases for the same request slow down our answer.

Summary of your request
-----------------------
Case ID: 174745111200917
Inquiry type: Certification
Additional details: Account Merge
Contact email: kenta.morimoto@hoshizora-tech.co.jp
Description:
Please merge my certification account AWS10293847 (this address) into my personal certification
account registered to kmorimoto.dev@gmail.com. I am leaving the company at the end of the month.

Regards,
AWS Training and Certification
"""
add('ackB', 'acknowledgement', False, CASE_B, [ID_OLD], d,
    [('From', addr(TC_NAME, FORM)), ('To', C), ('Subject', SUBJ_B), ('Message-ID', mid_ses())],
    leaf(ACK_B, cs='us-ascii', cte='7bit'),
    'Acknowledgement of a second (duplicate) form sent from the company address; CRLF file, Microsoft 365 headers.',
    crlf=True, transport=ses_in(d, to=C, company=True))
D_ACK_B = d

# ================================================================ 013 owner forwards B to himself (Outlook)
d = when('2025-05-17 12:14:09')
t = """しまった、会社のアドレスからもう一度フォームを送ってしまった。
元のケースは 174727216100482 なので、こっちは重複。サポートに一本化してもらうこと。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月17日 12:05
宛先: 森本 健太 <kenta.morimoto@hoshizora-tech.co.jp>
件名: [CASE 174745111200917] [AWS Training and Certification Form Submission] - account-assistance

""" + ACK_B
add('fwdB', 'user_reply', False, CASE_B, [], d,
    [('From', addr('森本 健太', C)), ('To', P), ('Subject', 'FW: ' + SUBJ_B), ('Message-ID', mid_outlook()),
     ('Thread-Topic', SUBJ_B), ('Thread-Index', 'AQHbxwJ' + alnum(25) + '=='),
     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')],
    leaf(t, cte='quoted-printable'),
    'Owner forwards the duplicate acknowledgement to himself with a Japanese note naming the OTHER case '
    'number; the thread is case B. Candidate ID appears only in the forwarded part.',
    transport=gmail_in(d, 'TYCPR01CU001.outbound.protection.outlook.com', '40.107.74.61',
                       C, 'hoshizoratech.onmicrosoft.com', 'hoshizora-tech.co.jp', policy='p=NONE sp=NONE dis=NONE'))


# ================================================================ 014 colleague forwards her 2021 case (unrelated)
d = when('2025-05-19 09:31:50')
t = """森本さん

金曜に話していた件、私が 2021 年に統合したときのサポートとのやり取りを転送します。
こういう確認メールが来るので、どちらのアカウントを残すかを番号で書いて返すとスムーズでした。

それと APN の件、パートナー管理者として Partner Central 側の解除リクエストは今朝承認しておきました。

佐藤

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 14, 2021 3:02 AM
To: Misaki Sato <misaki.sato.hz@gmail.com>
Subject: RE:[CASE 7612093458] [AWS Training and Certification Form Submission] - account-assistance

Hello Misaki,

I located two certification accounts that match the information in your request:

Account #1
Login email: misaki.sato.hz@gmail.com
Training notification email: misaki.sato.hz@gmail.com
Certification notification email: misaki.sato.hz@gmail.com
Candidate ID: AWS08815302

Account #2
Login email: misaki.sato@hoshizora-tech.co.jp
Training notification email: misaki.sato@hoshizora-tech.co.jp
Certification notification email: misaki.sato@hoshizora-tech.co.jp
Candidate ID: AWS05530219

Would you like Account #2 merged into Account #1? Please reply to this e-mail to confirm.

Thank you,
Jordan P.
AWS Training and Certification
"""
add('satoFwd', 'unrelated', False, CASE_OLD, [], d,
    [('From', addr('佐藤 美咲', SATO)), ('To', addr('森本 健太', C)),
     ('Subject', 'FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_OLD),
     ('Message-ID', mid_outlook()), ('Thread-Topic', subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_OLD)),
     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')],
    leaf(t, cte='quoted-printable'),
    'A colleague forwards HER 2021 confirmation request (10-digit case, "-----Original Message-----"): the '
    'Account #1/#2 listing and "Please reply to confirm" are someone else\'s, four years old. Labelled with '
    'that case number but unrelated / no reply.',
    transport=m365_in(d, 'TYCPR01MB11290.jpnprd01.prod.outlook.com', '2603:1096:400:3c5::9',
                      'hoshizora-tech.co.jp', 'hoshizora-tech.co.jp'))

# ================================================================ 015 Skill Builder receipt (unrelated)
d = when('2025-05-19 21:12:37')
t = """AWS Skill Builder

Thank you for your purchase, Kenta.

Order number: SB-7730-2291-5584
Order date: May 19, 2025

Item                                   Qty   Price
AWS Skill Builder Individual (monthly)  1    USD 29.00
Tax                                          USD 2.90
Total                                        USD 31.90

Payment method: Visa ending in 4417

Your subscription renews automatically on June 19, 2025. You can cancel at any time from
Account > Subscription in AWS Skill Builder.

Questions about your order? Visit https://support.aws.amazon.com/#/contacts/aws-training

AWS Skill Builder is provided by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
"""
add('skillbuilder', 'unrelated', False, None, [], d,
    [('From', 'AWS Skill Builder <no-reply@skillbuilder.aws>'), ('To', P),
     ('Subject', 'Your AWS Skill Builder receipt (Order SB-7730-2291-5584)'), ('Message-ID', mid_ses())],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Skill Builder subscription receipt: AWS training mail, links to the T&C contact form, but no case.',
    transport=gmail_in(d, 'a9-77.smtp-out.amazonses.com', '54.240.9.77',
                       '0100019%s@skillbuilder.aws' % hexs(10), 'skillbuilder.aws', 'skillbuilder.aws'))

# ================================================================ 016 duplicate closed (case_update B)
d = when('2025-05-19 14:30:02', UTC)
t = """Hello Kenta,

I'm writing about case 174745111200917, which you submitted from kenta.morimoto@hoshizora-tech.co.jp
on May 17.

The same merge request is already being handled under case 174727216100482, opened on May 15 and
currently waiting on your partner organization. To keep everything in one place, I have linked the two
cases and closed this one as a duplicate. All further updates will be sent on case 174727216100482 to
kmorimoto.dev@gmail.com.

No further action is required on this case.

Regards,
Tomasz W.
AWS Training and Certification
"""
add('dupB', 'case_update', False, CASE_B, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', C), ('Subject', 'RE:' + SUBJ_B), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['ackB']), ('References', MID['ackB'])],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Duplicate case closed and linked to the original. Says "closed", names both case numbers; belongs to '
    'case B. Not a closing notice (nothing the owner must answer).',
    transport=ses_in(d, to=C, company=True))

# ================================================================ 017 hold lifted (case_update A)
d = when('2025-05-20 01:15:44', UTC)
t = """Hello Kenta,

Good news: the administrator of Hoshizora Technologies' partner account has approved the release of
your certification profile, so the hold on your case has been lifted.

I'm handing the case to our account team now. They will write to you shortly with the details of both
accounts so you can check them before anything is changed. There is nothing you need to do until then.

Best regards,
Marisol R.
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: Kenta Morimoto [kmorimoto.dev@gmail.com]
Sent: 5/16/2025 3:31 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE 174727216100482] [AWS Training and Certification Form Submission] - account-assistance

""" + REPLY_A1
add('liftA', 'case_update', False, CASE_A, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_A), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyA1']), ('References', '%s %s' % (MID['holdA'], MID['replyA1']))],
    leaf(t, cte='quoted-printable'),
    'Hold lifted; announces that a request will come later ("will write to you shortly… so you can check") '
    'but asks nothing now. Quotes the owner\'s reply.',
    transport=ses_in(d))

# ================================================================ 018 confirmation request A (alt, table)
d = when('2025-05-20 06:47:21', UTC)
CONF_A_TXT = """Hello Kenta,

I'm Daniel from the AWS Training and Certification account team, and I'm picking up your merge request
now that the partner hold has been released.

I found the following two certification accounts:

Account #1
  Login email: kmorimoto.dev@gmail.com
  Training notification email: kmorimoto.dev@gmail.com
  Certification notification email: kmorimoto.dev@gmail.com
  Candidate ID: AWS20586314
  Certifications: none yet

Account #2
  Login email: kenta.morimoto@hoshizora-tech.co.jp
  Training notification email: kenta.morimoto@hoshizora-tech.co.jp
  Certification notification email: kenta.morimoto@hoshizora-tech.co.jp
  Candidate ID: AWS10293847
  Certifications: AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate

A merge moves the exam history, certifications and benefits of one account into the other and
deactivates the account that was merged away. It cannot be reversed.

Can you confirm that both accounts belong to you and that Account #1 is the one we should keep?

Kind regards,
Daniel K.
AWS Training & Certification | Customer Experience
"""
CONF_A_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Kenta,</p>
<p>I&#39;m Daniel from the AWS Training and Certification account team, and I&#39;m picking up your merge
request now that the partner hold has been released.</p>
<p>I found the following two certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kmorimoto.dev@gmail.com</td><td>kenta.morimoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kmorimoto.dev@gmail.com</td><td>kenta.morimoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kmorimoto.dev@gmail.com</td><td>kenta.morimoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS20586314</td><td>AWS10293847</td></tr>
<tr><td>Certifications</td><td>none yet</td><td>AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate</td></tr>
</table>
<p>A merge moves the exam history, certifications and benefits of one account into the other and
deactivates the account that was merged away. It cannot be reversed.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one we should keep?</p>
<p>Kind regards,<br>Daniel K.<br>AWS Training &amp; Certification | Customer Experience</p>
</body></html>"""
add('confA', 'confirmation_request', True, CASE_A, [ID_NEW, ID_OLD], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Cc', C), ('Subject', 'RE:' + SUBJ_A), ('Message-ID', mid_ses())],
    multi('alternative', [leaf(CONF_A_TXT, cte='quoted-printable'), leaf(CONF_A_HTML, 'html', cte='quoted-printable')]),
    'The classic Account #1 / Account #2 confirmation, as a table in the HTML part (multipart/alternative, '
    'QP), copied to both addresses. A question ("Can you confirm…?") without "please".',
    transport=ses_in(d))
D_CONF_A = d

# ================================================================ 019 lookalike phishing
d = when('2025-05-20 19:02:10')
h = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#232f3e;padding:14px">
<img src="https://aws-certification-helpdesk.com/img/aws-logo-white.png" alt="aws" height="28"></td></tr>
<tr><td style="padding:22px;font-size:14px">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts. Before our team can complete the
merge, you must verify ownership of the account. Unverified requests are cancelled after <b>24 hours</b>
and your certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-helpdesk.com/verify?id=8f2c1e77a" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>You will be asked to sign in with your AWS Builder ID e-mail and password and to confirm your candidate ID.</p>
<p>Sincerely,<br>AWS Certification Support Team</p>
</td></tr></table></body></html>"""
add('phish1', 'suspicious', False, None, [], d,
    [('From', addr('AWS Certification Support', 'support@aws-certification-helpdesk.com')), ('To', P),
     ('Subject', 'Action required: verify your certification account before merge'),
     ('Message-ID', mid_generic('aws-certification-helpdesk.com'))],
    leaf(h, 'html', cte='quoted-printable'),
    'Lookalike domain (aws-certification-helpdesk.com, passes its own SPF/DKIM) asking to "verify" the merge '
    'with Builder ID password, 24-hour threat. Arrives the same day as the real confirmation request.',
    transport=gmail_in(d, 'mail.aws-certification-helpdesk.com', '185.225.73.19',
                       'bounce@aws-certification-helpdesk.com', 'aws-certification-helpdesk.com',
                       'aws-certification-helpdesk.com', policy='p=NONE sp=NONE dis=NONE'))


def sf_quote(frm, sent, to, subject, text):
    return ('\n---------------- Original Message ----------------\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, sent, to, subject, text))


# ================================================================ 020 owner replies from the WRONG address (Outlook)
d = when('2025-05-21 09:12:26')
REPLY_A2 = """Hi Daniel,

Yes, both are mine. OK, please proceed.

Kenta

--
森本 健太 / Kenta Morimoto
ほしぞらテクノロジーズ株式会社 クラウド推進部
"""
t = REPLY_A2 + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 20, 2025 3:47 PM
To: kmorimoto.dev@gmail.com <kmorimoto.dev@gmail.com>
Cc: 森本 健太 <kenta.morimoto@hoshizora-tech.co.jp>
Subject: RE:[CASE 174727216100482] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF_A_TXT
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
     '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Hi Daniel,<br><br>Yes, both are mine. OK, please proceed.<br><br>Kenta<br><br>'
     '--<br>森本 健太 / Kenta Morimoto<br>ほしぞらテクノロジーズ株式会社 クラウド推進部</div>'
     '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
     '<b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>'
     '<b>Sent:</b> Tuesday, May 20, 2025 3:47 PM<br><b>To:</b> kmorimoto.dev@gmail.com &lt;kmorimoto.dev@gmail.com&gt;<br>'
     '<b>Cc:</b> 森本 健太 &lt;kenta.morimoto@hoshizora-tech.co.jp&gt;<br>'
     '<b>Subject:</b> RE:[CASE 174727216100482] [AWS Training and Certification Form Submission] - account-assistance</font>'
     '<div>&nbsp;</div></div>' + CONF_A_HTML.split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0]
     + '</body></html>')
add('replyA2', 'user_reply', False, CASE_A, [], d,
    [('From', addr('森本 健太', C)), ('To', addr(TC_NAME, FORM)), ('Cc', P), ('Subject', 'RE:' + SUBJ_A),
     ('Message-ID', mid_outlook()), ('In-Reply-To', MID['confA']), ('References', '%s %s' % (MID['holdA'], MID['confA'])),
     ('Thread-Topic', SUBJ_A), ('Thread-Index', 'AQHbyT' + alnum(26) + '=='),
     ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')],
    multi('alternative', [leaf(t, cte='quoted-printable'), leaf(h, 'html', cte='base64')]),
    'Owner answers from the company Outlook (wrong address): short top-post over an Outlook "From/Sent" '
    'header block and the full confirmation request with both candidate IDs (quoted, so none counted).')

# ================================================================ 021 Google Cloud support closing (unrelated)
d = when('2025-05-21 01:03:40', UTC)
t = """Hello Kenta,

We haven't heard back from you on case 51928374 ("Cloud SQL instance stuck in MAINTENANCE state").

When you have a moment, please reply with the output of the command we sent earlier so that we can
continue troubleshooting. If we don't receive a response by May 23, 2025, this case will be closed
automatically. You can reopen it within 30 days by replying to this email or from the Google Cloud console.

Best regards,
Sebastian
Google Cloud Support

Case: 51928374
Priority: P3
Project: hz-analytics-prod
"""
add('gcp', 'unrelated', False, None, [], d,
    [('From', addr('Google Cloud Support', 'cloud-support-noreply@google.com')), ('To', C),
     ('Subject', '[Case 51928374] Action needed: we are waiting for your response'),
     ('Message-ID', '<%s@google.com>' % alnum(24))],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Another vendor\'s support case with a closing warning and a "please reply" request: reads exactly like '
    'a closing notice, but not AWS T&C.',
    transport=m365_in(d, 'mail-sor-f69.google.com', '209.85.220.69', 'google.com', 'google.com'))

# ================================================================ 022 info request A: write from the address on file
d = when('2025-05-21 05:05:13', UTC)
INFO_A = """Hello Kenta,

Thanks for getting back to me so quickly.

Your reply reached us from kenta.morimoto@hoshizora-tech.co.jp. This case was opened under
kmorimoto.dev@gmail.com, and the company login is the account that will be merged away, so I can only
act on merge instructions that come from the contact address on the case.

Kindly send your answer from kmorimoto.dev@gmail.com - replying to this message from that mailbox is enough.

Kind regards,
Daniel K.
AWS Training & Certification | Customer Experience
"""
t = INFO_A + sf_quote('Kenta Morimoto [kenta.morimoto@hoshizora-tech.co.jp]', '5/21/2025 12:12 AM',
                      'aws-cs-trainingcertification-form@amazon.com', 'RE:' + SUBJ_A, REPLY_A2)
add('infoA', 'info_request', True, CASE_A, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_A), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyA2']), ('References', '%s %s' % (MID['confA'], MID['replyA2']))],
    leaf(t, cte='quoted-printable'),
    'Wrong-address reply refused: support asks the owner to write again from the personal address '
    '("Kindly send…"). The ask is about the sending address, so info_request rather than confirmation_request.',
    transport=ses_in(d))
D_INFO_A = d

# ================================================================ 023 owner writes from Gmail
d = when('2025-05-21 20:40:02')
REPLY_A3 = """Hi Daniel,

Sorry about that - I answered from my work Outlook out of habit. Writing from my personal address now.

Both accounts listed in your earlier e-mail are mine. Please go ahead with the merge.

Thanks,
Kenta
"""
t = REPLY_A3 + '\n' + gmail_attr(D_INFO_A, TC_NAME, FORM) + '\n' + gt(INFO_A) + '\n'
add('replyA3', 'user_reply', False, CASE_A, [], d,
    [('From', addr(ME_NAME, P)), ('To', addr(TC_NAME, FORM)), ('Subject', 'RE:' + SUBJ_A),
     ('Message-ID', mid_gmail()), ('In-Reply-To', MID['infoA']),
     ('References', '%s %s %s' % (MID['confA'], MID['replyA2'], MID['infoA']))],
    leaf(t, cte='7bit', cs='us-ascii'),
    'Owner re-sends from Gmail (plain text, ">" quoting). Says "go ahead" but not which account to keep.')

# ================================================================ 024 confirmation request A, second agent (8bit UTF-8)
d = when('2025-05-21 16:15:37', UTC)
CONF_A2 = """Hi Kenta,

Daniel is out today, so I’m looking after your case.

Thank you for confirming from your personal address that both accounts are yours. The one thing I still
need before I run the merge is the direction: your message says to go ahead, but not which account
should remain.

  Account #1 – kmorimoto.dev@gmail.com – AWS20586314
  Account #2 – kenta.morimoto@hoshizora-tech.co.jp – AWS10293847

Reply with the number of the account to keep and I’ll merge the other one into it. The account that is
merged away will be deactivated.

Thanks,
Aiko T.
AWS Training and Certification Support
"""
t = CONF_A2 + sf_quote('Kenta Morimoto [kmorimoto.dev@gmail.com]', '5/21/2025 11:40 AM',
                       'aws-cs-trainingcertification-form@amazon.com', 'RE:' + SUBJ_A, REPLY_A3)
add('confA2', 'confirmation_request', True, CASE_A, [ID_NEW, ID_OLD], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE: ' + SUBJ_A), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyA3'])],
    leaf(t, cte='8bit'),
    'Second confirmation request by another agent (8bit UTF-8, curly quotes, "RE: [CASE" with a space): '
    'imperative "Reply with the number of the account to keep", no question mark, no "please".',
    transport=ses_in(d))
D_CONF_A2 = d

# ================================================================ 025 owner confirms
d = when('2025-05-22 07:48:55')
REPLY_A4 = """Hi Aiko,

Confirmed: keep Account #1 (kmorimoto.dev@gmail.com, AWS20586314) and merge Account #2 into it.

Thank you,
Kenta
"""
t = REPLY_A4 + '\n' + gmail_attr(D_CONF_A2, TC_NAME, FORM) + '\n' + gt(CONF_A2) + '\n'
add('replyA4', 'user_reply', False, CASE_A, [ID_NEW], d,
    [('From', addr(ME_NAME, P)), ('To', addr(TC_NAME, FORM)), ('Subject', 'RE: ' + SUBJ_A),
     ('Message-ID', mid_gmail()), ('In-Reply-To', MID['confA2']),
     ('References', '%s %s %s' % (MID['replyA2'], MID['replyA3'], MID['confA2']))],
    leaf(t, cte='quoted-printable'),
    'Owner\'s confirmation, one candidate ID in his own text, both IDs again in the quoted request.')

# ================================================================ 026 resolved A (quotes the requests)
d = when('2025-05-22 02:30:18', UTC)
RES_A = """Hi Kenta,

All done. Account #2 (kenta.morimoto@hoshizora-tech.co.jp) has been merged into Account #1, and your
exam history, both Associate certifications and the unused 50% exam discount now appear under
candidate ID AWS20586314. The company login has been deactivated.

Credly badges usually refresh within a few hours; the Hoshizora Technologies partner dashboard can take
up to five business days to stop listing your certifications. No further action is required from you.

It was a pleasure helping you with this.

Thanks,
Aiko T.
AWS Training and Certification Support
"""
t = (RES_A + sf_quote('Kenta Morimoto [kmorimoto.dev@gmail.com]', '5/21/2025 10:48 PM',
                      'aws-cs-trainingcertification-form@amazon.com', 'RE: ' + SUBJ_A, REPLY_A4)
     + sf_quote('aws-cs-trainingcertification-form@amazon.com', '5/21/2025 4:15 PM', 'kmorimoto.dev@gmail.com',
                'RE: ' + SUBJ_A, CONF_A2))
add('resA', 'resolved', False, CASE_A, [ID_NEW], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE: ' + SUBJ_A), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyA4'])],
    leaf(t, cte='base64'),
    'Merge completed (base64 UTF-8) without the words "successfully merged"; the quoted history below still '
    'contains the confirmation request ("Reply with the number…"). Resolved, no reply.',
    transport=ses_in(d))


# ================================================================ 027/028 Credly badges
def credly(d, badge, uuid, variant):
    if variant == 1:
        sj = 'You\'ve earned a badge: %s' % badge
        intro = ('Congratulations, Kenta! Amazon Web Services Training and Certification has issued you the '
                 '<b>%s</b> badge.' % badge)
    else:
        sj = 'Amazon Web Services Training and Certification sent you a new badge'
        intro = ('Kenta, your <b>%s</b> badge from Amazon Web Services Training and Certification is ready. '
                 'Accept it to add it to your Credly profile and share it with your network.' % badge)
    h = """<html><body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;border-bottom:3px solid #ff6b00"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" height="26"></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:1.5;color:#333">
<p>%s</p>
<p style="text-align:center"><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="160" alt="badge"></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p>Badges help you show verified skills on LinkedIn, in your e-mail signature and on your resume.</p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#888">You received this e-mail because a badge was issued to kmorimoto.dev@gmail.com.
Credly, Inc. | 211 E 7th St, Suite 620, Austin, TX 78701 | <a href="https://www.credly.com/notifications/unsubscribe">Manage notifications</a></td></tr>
</table></body></html>""" % (intro, uuid, uuid)
    return sj, multi('alternative', [leaf(strip_html(h), cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')])


for key, ts, badge, uuid, var in [
        ('credly1', '2025-05-22 11:41:09', 'AWS Certified Solutions Architect – Associate',
         '6f2b1d0e-3a47-4c59-9c1e-8d25b7a0e4f3', 1),
        ('credly2', '2025-05-22 11:41:52', 'AWS Certified Developer – Associate',
         'b83c9e21-07d4-4e6a-a2f9-51c4d8e6a720', 2)]:
    d = when(ts)
    sj, node = credly(d, badge, uuid, var)
    add(key, 'badge', False, None, [], d,
        [('From', 'Credly <admin@credly.com>'), ('To', P), ('Subject', subj(sj)),
         ('Message-ID', mid_generic('credly.com'))],
        node,
        'Credly badge mail right after the merge (badge UUID, "Accept badge" call to action).',
        transport=gmail_in(d, 'o1.email.credly.com', '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                           'bounces+1822@email.credly.com', 'credly.com', 'credly.com'))

# ================================================================ 029 survey A
d = when('2025-05-23 03:00:41', UTC)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p>Your recent case with AWS Training and Certification (Case ID: 174727216100482) has been resolved.
Would you take two minutes to tell us how we did? Your answers go directly to the team that handled your request.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellspacing="6"><tr>
<td><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174727216100482&amp;r=1">1</a></td>
<td><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174727216100482&amp;r=2">2</a></td>
<td><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174727216100482&amp;r=3">3</a></td>
<td><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174727216100482&amp;r=4">4</a></td>
<td><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174727216100482&amp;r=5">5</a></td>
</tr><tr><td colspan="2">Very dissatisfied</td><td></td><td colspan="2">Very satisfied</td></tr></table>
<p>This survey link is personal to you and expires in 14 days. Please do not reply to this message.</p>
<p>AWS Training and Certification</p>
</body></html>"""
add('surveyA', 'survey', False, CASE_A, [], d,
    [('From', addr(TC_NAME, 'aws-tc-feedback@amazon.com')), ('To', P),
     ('Subject', 'How did we do? Your feedback on case %s' % CASE_A), ('Message-ID', mid_ses())],
    multi('alternative', [leaf(strip_html(h), cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')]),
    'Satisfaction survey for case A: a real question ("Would you take two minutes…?") and "Case ID:" context, '
    'but a survey, no reply.',
    transport=ses_in(d))

# ================================================================ 030 CertMetrics program survey (certification)
d = when('2025-05-24 16:20:00', UTC)
t = """Hi Kenta,

You recently earned or maintained an AWS Certification, and we'd like to learn from your experience.

AWS Certification is looking for certified individuals to take part in a short survey (about 10 minutes)
about how you prepared, which resources helped you most, and how the certification has affected your
work. Selected participants may also be invited to join an exam-development workshop as a subject
matter expert.

Take the survey: https://aws.certmetrics.com/amazon/survey/2025-candidate-experience

Participation is voluntary and does not affect your certification status.

Thank you,
AWS Certification

You are receiving this message because you hold an active AWS Certification. To update your
communication preferences, sign in to your AWS Certification Account.
"""
add('certSurvey', 'certification', False, None, [], d,
    [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', P),
     ('Subject', 'AWS Certification would like your input'), ('Message-ID', mid_generic('certmetrics.com'))],
    leaf(t, cs='us-ascii', cte='7bit'),
    'CertMetrics program survey: a feedback request, but about the certification program, not a support '
    'case, so certification rather than survey. Arrives the day after the case survey.',
    transport=gmail_in(d, 'mta-12.certmetrics.com', '198.2.131.44', 'bounce@certmetrics.com',
                       'certmetrics.com', 'certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 031 AWS Educate form case resolved (unrelated)
d = when('2025-05-28 00:42:10', UTC)
t = """Hello Kenta,

Thank you for your patience. Your request to register the "Tama University Cloud Club" as an AWS Educate
student community has been completed. Club members can now join using the invitation code that was sent
to the faculty advisor, Prof. Ishikawa.

If there is anything else we can help with, simply reply to this email.

Best,
Hannah L.
AWS Educate Support
"""
add('educate', 'unrelated', False, CASE_EDU, [], d,
    [('From', addr('AWS Educate', 'aws-cs-educate-form@amazon.com')), ('To', P),
     ('Subject', 'RE:[CASE %s] [AWS Educate Form Submission] - community-registration' % CASE_EDU),
     ('Message-ID', mid_ses())],
    leaf(t, cs='us-ascii', cte='7bit'),
    'AWS Educate form case (same shape and sender family as T&C): completed request with a conditional '
    'invitation. Another AWS program, so unrelated; the case number is still recorded.',
    transport=ses_in(d))

# ================================================================ 032 console case ack C
d = when('2025-05-28 00:02:33', UTC)
t = """Amazon Web Services Support

Hello,

Thanks for reaching out to AWS Support. Case 14829305716 is now in our queue, and an agent will pick
it up shortly. You can check the status of this case or add correspondence at any time in the AWS
Support Center.

Case details
Case ID: 14829305716
Subject: 50% exam voucher not visible after account merge
Severity: General guidance
Service: Training and Certification
Category: Benefits
Correspondence:
My two certification accounts were merged on May 22 (case 174727216100482). The old account had an
unused 50% exam discount. The merge e-mail said it moved to AWS20586314, but the Benefits page of
that account is empty. Could you check?

To view or update this case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=14829305716&language=en

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails. To contact us about this
case, use the link above.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
add('ackC', 'acknowledgement', False, CASE_C, [ID_NEW], d,
    [('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', P),
     ('Subject', 'Amazon Web Services: New Support case: %s' % CASE_C), ('Message-ID', mid_ses())],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Support Center (console) case acknowledgement, 11-digit ID, displayId link. The owner\'s own words in '
    'the details mention the earlier case number and end with a question ("Could you check?").',
    transport=ses_in(d))


CONSOLE_FOOT = """
To see this case, or to reply to it, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=14829305716&language=en

Note: this message was sent from an address that cannot accept incoming e-mails. Use the link above
to respond to the case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
SUBJ_C = 'RE:[CASE %s] 50%% exam voucher not visible after account merge' % CASE_C

# ================================================================ 033 new employer onboarding (unrelated)
d = when('2025-05-28 18:05:44')
t = """森本 健太 様

株式会社ミナトクラウド 人事部の田村です。
このたびは内定のご承諾をいただき、誠にありがとうございます。

6月2日(月)の入社に向けて、以下の書類をご準備いただけますでしょうか。
お手数ですが、5月30日(金)までに本メールへのご返信にて、提出予定日をお知らせください。

・雇用契約書(署名済み)
・源泉徴収票(前職分、退職後に発行されるもので構いません)
・給与振込口座の届出書
・保有資格の証明書(AWS 認定などの写し)

なお、保有資格については資格手当の対象となりますので、認定証の PDF をお送りいただけますと幸いです。

ご不明な点がございましたら、お気軽にお問い合わせください。

株式会社ミナトクラウド 人事部
田村 彩香
"""
add('onboard', 'unrelated', False, None, [], d,
    [('From', addr('田村 彩香', 'a.tamura@minatocloud.jp')), ('To', addr('森本 健太', P)),
     ('Subject', subj('【株式会社ミナトクラウド】入社手続き書類のご案内')),
     ('Message-ID', mid_generic('minatocloud.jp'))],
    leaf(t, cte='base64'),
    'New employer\'s HR in keigo: asks the owner to reply by a deadline and to send AWS certificates. A real '
    'request needing a reply, but not to AWS support.',
    transport=gmail_in(d, 'mail-sor-f41.google.com', '209.85.220.41', 'a.tamura@minatocloud.jp',
                       'minatocloud.jp', 'minatocloud.jp', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 034 console info request C
d = when('2025-05-28 18:40:27', UTC)
INFO_C = """Hello,

Thank you for your patience while we looked into this.

I can see the merge that was completed on May 22 and a 50% discount record that is still attached to
the former account, AWS10293847. Benefits issued before a merge are occasionally left behind on the
retired account, and I can move this one over manually. Before I do, I need two details from you:

1. Which exam earned the discount (exam name and the date you passed it)?
2. Did you try to redeem the voucher at any point, for example while scheduling an exam?

Please add your answer to the case in the Support Center; replies sent to this e-mail address are not
received by our team.

Best regards,
Nikhil S.
Amazon Web Services

Was this response helpful? Rate it:
https://console.aws.amazon.com/support/feedback?displayId=14829305716&rating=1 (poor)
https://console.aws.amazon.com/support/feedback?displayId=14829305716&rating=5 (excellent)
""" + CONSOLE_FOOT
add('infoC', 'info_request', True, CASE_C, [ID_OLD], d,
    [('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', P), ('Subject', SUBJ_C),
     ('Message-ID', mid_ses())],
    leaf(INFO_C, cs='us-ascii', cte='7bit'),
    'Console case asks two numbered questions and says to answer in the Support Center (e-mail replies are '
    'not received); a rating footer follows. Needs a reply, through the console.',
    transport=ses_in(d))
D_INFO_C = d

# ================================================================ 035 owner replies by e-mail to no-reply (mistake)
d = when('2025-05-29 08:10:12')
REPLY_C = """Hello Nikhil,

1. The discount came from passing AWS Certified Developer - Associate (DVA-C02) on March 8, 2024.
2. No, I never used it.

Thank you,
Kenta Morimoto
"""
t = REPLY_C + '\n' + gmail_attr(D_INFO_C, 'Amazon Web Services', CONSOLE) + '\n' + gt(INFO_C) + '\n'
add('replyC', 'user_reply', False, CASE_C, [], d,
    [('From', addr(ME_NAME, P)), ('To', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('Subject', SUBJ_C),
     ('Message-ID', mid_gmail()), ('In-Reply-To', MID['infoC']), ('References', MID['infoC'])],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Owner answers the console case by e-mail to no-reply-aws@amazon.com (which cannot receive it).')
D_REPLY_C = d

# ================================================================ 036 bounce (unrelated, case C)
d = when('2025-05-29 08:10:41')
bt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (rfcdate(D_REPLY_C), rfcdate(d))
rh = """Return-Path: <kmorimoto.dev@gmail.com>
Received: by mail-sor-f41.google.com with SMTP id %s for <no-reply-aws@amazon.com>; %s
MIME-Version: 1.0
From: Kenta Morimoto <kmorimoto.dev@gmail.com>
Date: %s
Message-ID: %s
Subject: %s
To: Amazon Web Services <no-reply-aws@amazon.com>
Content-Type: text/plain; charset="us-ascii"
""" % (alnum(16), rfcdate(D_REPLY_C), rfcdate(D_REPLY_C), MID['replyC'], SUBJ_C)
node = multi('report', [
    leaf(bt, cs='utf-8', cte='quoted-printable'),
    {'ct': 'message/delivery-status', 'h': [], 'body': ds.encode('ascii')},
    {'ct': 'text/rfc822-headers', 'h': [], 'body': rh.encode('ascii')},
], params='; report-type=delivery-status')
add('bounce', 'unrelated', False, CASE_C, [], d,
    [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', P),
     ('Subject', 'Delivery Status Notification (Failure)'), ('Message-ID', mid_gmail()),
     ('In-Reply-To', MID['replyC']), ('References', MID['replyC']), ('Auto-Submitted', 'auto-replied')],
    node,
    'Bounce (multipart/report) of the owner\'s e-mail to the console case; the case token is only in the '
    'returned headers. System mail, no reply to support possible this way.')

# ================================================================ 037 farewell mail (owner, ISO-2022-JP)
d = when('2025-05-30 17:45:03')
t = """各位

お疲れさまです。クラウド推進部の森本です。

私事で恐縮ですが、本日5月30日をもちまして退職することとなりました。
在職中は大変お世話になりました。特にクラウド推進部の皆さまには、
AWS 認定の取得から APN の案件まで、多くのことを教えていただきました。

このアドレスは本日をもって使用できなくなります。
今後のご連絡は下記の個人アドレスまでお願いいたします。

  kmorimoto.dev@gmail.com

皆さまの今後ますますのご活躍をお祈りしております。
本当にありがとうございました。

森本 健太
"""
add('farewell', 'user_reply', False, None, [], d,
    [('From', addr('森本 健太', C, 'iso-2022-jp')), ('To', 'all-staff@hoshizora-tech.co.jp'),
     ('Bcc', P), ('Subject', subj('退職のご挨拶(森本)', 'iso-2022-jp')), ('Message-ID', mid_outlook()),
     ('Thread-Topic', subj('退職のご挨拶(森本)', 'iso-2022-jp')), ('Content-Language', 'ja-JP'),
     ('X-MS-Has-Attach', '')],
    leaf(t, cs='iso-2022-jp', cte='7bit'),
    'Owner\'s farewell to all staff (ISO-2022-JP), Bcc to his own Gmail; mentions AWS 認定 and APN.',
    transport=gmail_in(d, 'TYCPR01CU001.outbound.protection.outlook.com', '40.107.74.44',
                       C, 'hoshizoratech.onmicrosoft.com', 'hoshizora-tech.co.jp', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 038 Pearson VUE booking (unrelated)
d = when('2025-06-01 14:22:19')
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><img src="https://home.pearsonvue.com/getattachment/logo.png" alt="Pearson VUE" height="30"></p>
<p>Dear Kenta Morimoto,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.</p>
<table cellpadding="4" border="0">
<tr><td><b>Exam</b></td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td><b>Language</b></td><td>Japanese</td></tr>
<tr><td><b>Date and time</b></td><td>Saturday, June 14, 2025 at 10:00 AM JST</td></tr>
<tr><td><b>Location</b></td><td>Pearson Professional Centers-Tokyo Shinjuku, 2-1-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS31174582</td></tr>
<tr><td><b>Registration ID</b></td><td>482019375</td></tr>
<tr><td><b>Order number</b></td><td>0095-7631-2840</td></tr>
</table>
<p>Please arrive 30 minutes before your appointment and bring two forms of identification. The name on
your ID must match the name in your profile exactly.</p>
<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.</p>
<p>Pearson VUE</p>
</body></html>"""
add('pvBook', 'unrelated', False, None, [ID_3RD], d,
    [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', P),
     ('Subject', 'Pearson VUE Confirmation of Booking'), ('Message-ID', mid_generic('pearson.com'))],
    multi('alternative', [leaf(strip_html(h), cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')]),
    'Exam vendor booking: 9-digit registration ID, order number, and a candidate ID that is neither of the '
    'two known ones (the stray third account found later in case D).',
    transport=gmail_in(d, 'mail3.pearson.com', '159.182.17.86', 'bounce@pearson.com', 'pearson.com', 'pearson.com'))

# ================================================================ 039 closing notice C (console)
d = when('2025-06-02 02:10:55', UTC)
t = """Hello,

We haven't received a reply to our last correspondence on case 14829305716. If we don't hear from you
within the next 3 days, the case will be resolved automatically. Resolved cases can be reopened from the
Support Center for 14 days.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT
add('closeC', 'closing_notice', True, CASE_C, [], d,
    [('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', P), ('Subject', SUBJ_C),
     ('Message-ID', mid_ses())],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Console auto-resolve warning: the owner "replied" by e-mail, but that bounced, so AWS is still waiting. '
    'No explicit request sentence; the answer must go through the Support Center.',
    transport=ses_in(d))


SUBJ_E = '[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_E

# ================================================================ 040 ack E (CRLF, plain)
d = when('2025-06-02 08:12:09', UTC)
ACK_E = """Hello Kenta Morimoto,

We've received your message. Your reference number is 174885191000733; please keep it for any follow-up.

Our team answers most requests within one business day. If you need to add anything, reply to this email
rather than submitting a new form, so that everything stays on one case.

Case ID: 174885191000733
Inquiry type: Certification
Additional details: Certificate / Name change
Description:
Since my accounts were merged, my name is shown as "Kenta Morimato" on my certificates and on my Credly
badges (candidate ID AWS20586314). The correct spelling is Morimoto. Can this be corrected?

AWS Training and Certification
"""
add('ackE', 'acknowledgement', False, CASE_E, [ID_NEW], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', SUBJ_E), ('Message-ID', mid_ses())],
    leaf(ACK_E, cs='us-ascii', cte='7bit'),
    'Acknowledgement with a third template (CRLF); "reference number" wording, and the echoed request ends '
    'with the owner\'s own question "Can this be corrected?".',
    crlf=True, transport=ses_in(d))

# ================================================================ 041 console case update C
d = when('2025-06-03 07:30:40', UTC)
t = """Hello,

Thank you for adding those details in the Support Center yesterday.

I have passed your request to the team that manages certification benefits, together with the exam
date you gave us. They will move the discount to AWS20586314 and I will confirm here once it is done,
normally within two business days.

If you have anything to add in the meantime, you can do so from the Support Center.

Best regards,
Nikhil S.
Amazon Web Services
""" + CONSOLE_FOOT
add('updC', 'case_update', False, CASE_C, [ID_NEW], d,
    [('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', P), ('Subject', SUBJ_C),
     ('Message-ID', mid_ses())],
    leaf(t, cs='us-ascii', cte='quoted-printable'),
    'Console case passed to another team after the owner answered in the Support Center (no mail of that '
    'answer exists). Conditional "If you have anything to add".',
    transport=ses_in(d))

# ================================================================ 042 info request E, buried (alt, base64 html)
d = when('2025-06-03 10:02:33', UTC)
INFO_E = """Hello Kenta,

Thank you for letting us know about the spelling of your name.

The name printed on certificates and shown on Credly comes from the legal name field of your AWS
Certification Account. When two accounts are merged, the profile of the account that is kept is used,
and in your case that profile was created on May 15 with the surname "Morimato". The merge itself did
not change anything.

Changes to the legal name go through a short review, because the same field is checked against your ID
at the test center. Once the field is updated, new certificates can be downloaded straight away and the
Credly badges are re-issued under the corrected name within about 48 hours; the previous badge links
stop working at that point.

What we need from you is your full name exactly as it appears on the government-issued photo ID you
present at the test center, with given name and surname in the same order as on the ID.

Regards,
Rahul V.
AWS Certification Support
"""
h = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
     + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', ' ') for p in INFO_E.split('\n\n')[:-1])
     + '<p>Regards,<br>Rahul V.<br>AWS Certification Support</p></body></html>')
add('infoE', 'info_request', True, CASE_E, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_E), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['ackE']), ('References', MID['ackE'])],
    multi('alternative', [leaf(INFO_E, cte='quoted-printable'), leaf(h, 'html', cte='base64')]),
    'Long explanation (three paragraphs) before a request phrased as a statement ("What we need from you '
    'is…"), no question mark, no "please".',
    transport=ses_in(d))
D_INFO_E = d

# ================================================================ 043 spoofed support mail, dmarc=fail
d = when('2025-06-04 12:30:17')
h = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Kenta,</p>
<p>We are finalising the transfer of your certification benefits after your recent account merge.
Our records show the following accounts are still linked to your profile:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kmorimoto.dev@gmail.com</td><td>kenta.morimoto@hoshizora-tech.co.jp</td></tr>
<tr><td>Status</td><td>Active</td><td>Pending removal</td></tr>
</table>
<p>To keep your exam discount and certifications, please confirm the accounts within 48 hours using
the secure form below. Requests that are not confirmed will be cancelled and unused benefits forfeited.</p>
<p><a href="https://aws-training-verify.net/case/confirm?c=174731556600218&amp;u=kmorimoto.dev">Confirm my accounts</a></p>
<p>Best regards,<br>Daniel K.<br>AWS Training &amp; Certification | Customer Experience</p>
</body></html>"""
add('phish2', 'suspicious', False, None, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P),
     ('Subject', 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_FAKE),
     ('Message-ID', '<%s@aws-training-verify.net>' % hexs(20))],
    leaf(h, 'html', cte='quoted-printable'),
    'Genuine-looking: real sender address, real subject pattern, a real agent\'s signature, the owner\'s two '
    'addresses. Only Authentication-Results show dkim/spf/dmarc failing for amazon.com, and the link goes '
    'off-domain. The case number is fake: case null.',
    transport=gmail_in(d, 'vps-41877.hostkey-cloud.net', '91.243.85.17', FORM, 'amazon.com', 'amazon.com',
                       dkim='fail', spf='softfail', dmarc='fail',
                       policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'))

# ================================================================ 044 resolved C (console)
d = when('2025-06-05 05:18:02', UTC)
t = """Hello,

Good news: the 50% discount has been moved from your former account to AWS20586314. It now appears under
Benefits in your AWS Certification Account, valid until March 8, 2026, and can be applied when you
schedule your next exam.

As the request is complete, I'm marking this case as resolved. Should anything else come up, you can
reopen it from the Support Center within 14 days.

Best regards,
Nikhil S.
Amazon Web Services

How would you rate this response? Your rating helps us improve:
https://console.aws.amazon.com/support/feedback?displayId=14829305716&rating=1 (poor)
https://console.aws.amazon.com/support/feedback?displayId=14829305716&rating=5 (excellent)
""" + CONSOLE_FOOT
add('resC', 'resolved', False, CASE_C, [ID_NEW], d,
    [('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', P), ('Subject', SUBJ_C),
     ('Message-ID', mid_ses())],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Console resolution with a rating footer and a "you can reopen" sentence; no reply needed.',
    transport=ses_in(d))

# ================================================================ 045 CertMetrics benefit (certification)
d = when('2025-06-05 06:02:00', UTC)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>A new benefit is now available in your AWS Certification Account:</p>
<p style="font-size:16px"><b>50% discount on your next AWS Certification exam</b><br>
Valid until: March 8, 2026</p>
<p>To use it, sign in to your AWS Certification Account, open <i>Benefits</i> and generate a discount code
before you schedule your exam. Codes are single-use and cannot be combined with other offers.</p>
<p><a href="https://www.aws.training/Certification">Go to Benefits</a></p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#687078">Candidate ID: AWS20586314 &middot; Please do not reply to this e-mail.</p>
</body></html>"""
add('benefit', 'certification', False, None, [ID_NEW], d,
    [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', P),
     ('Subject', 'A new benefit is available in your AWS Certification Account'),
     ('Message-ID', mid_generic('certmetrics.com'))],
    leaf(h, 'html', cte='quoted-printable'),
    'Program notice that follows the console resolution and describes the very same voucher; not case mail.',
    transport=gmail_in(d, 'mta-12.certmetrics.com', '198.2.131.44', 'bounce@certmetrics.com',
                       'certmetrics.com', 'certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 046 closing notice E (first)
d = when('2025-06-06 09:40:51', UTC)
CLOSE_E1 = """Hello Kenta,

I'm following up on case 174885191000733 about the name on your certificates. We still need the
information requested on June 3 before we can update your record.

If we don't hear from you within 72 hours, this case will be closed. A reply to this email is all it
takes to keep it open.

Regards,
Rahul V.
AWS Certification Support
"""
add('closeE1', 'closing_notice', True, CASE_E, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_E), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['infoE']), ('References', '%s %s' % (MID['ackE'], MID['infoE']))],
    leaf(CLOSE_E1, cs='us-ascii', cte='7bit'),
    'Reminder plus 72-hour closing warning; refers back to the earlier request without repeating it.',
    transport=ses_in(d))

# ================================================================ 047 other vendor "solved / merged" (unrelated)
d = when('2025-06-08 11:15:09')
t = """##- Please type your reply above this line -##

Your request (4471982) has been solved. To reopen this request, reply to this email.

Ines (JetBrains Sales Support)
Jun 8, 2025, 04:14 CEST

Hello Kenta,

This request was merged into request #4471980 "Transfer IntelliJ IDEA Ultimate licence to personal
account", which we have now completed: the licence has been moved from your Hoshizora Technologies
JetBrains Account to kmorimoto.dev@gmail.com.

Kind regards,
Ines
JetBrains Sales Support

[7ZK3W1-R9D4]
"""
add('jetbrains', 'unrelated', False, None, [], d,
    [('From', addr('Ines (JetBrains Sales Support)', 'sales@jetbrains.com')), ('To', P),
     ('Subject', '[JetBrains] Re: Transfer licence to personal account'),
     ('Message-ID', '<7ZK3W1R9D4_%s_sprut@zendesk.com>' % hexs(12))],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Zendesk ticket from another vendor: "solved", "merged", move to personal account, "reply to reopen". '
    'Same story as the AWS merge, different company.',
    transport=gmail_in(d, 'outbyip7.pod13.use1.zdsys.com', '192.161.150.23', 'support@jetbrains.zendesk.com',
                       'jetbrains.com', 'jetbrains.com', policy='p=REJECT sp=REJECT dis=NONE'))

# ================================================================ 048 closing notice E (closed, reply reopens)
d = when('2025-06-09 10:05:30', UTC)
CLOSE_E2 = """Hello Kenta,

As we haven't received the details requested on June 3, case 174885191000733 has now been closed.

Nothing is lost: if you still want the spelling of your name corrected, reply to this message within
14 days with your name as shown on your photo ID, and the case will be reopened automatically.

Regards,
AWS Certification Support
"""
t = CLOSE_E2 + sf_quote('aws-cs-trainingcertification-form@amazon.com', '6/6/2025 9:40 AM', 'kmorimoto.dev@gmail.com',
                        'RE:' + SUBJ_E, CLOSE_E1)
add('closeE2', 'closing_notice', True, CASE_E, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_E), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['infoE']), ('References', '%s %s' % (MID['ackE'], MID['infoE']))],
    leaf(t, cs='us-ascii', cte='quoted-printable'),
    'Case already closed for lack of answer; a reply reopens it. Says "closed" and "Nothing is lost", so it '
    'can look final, yet the owner must answer to get the fix.',
    transport=ses_in(d))
D_CLOSE_E2 = d


# ================================================================ 049 owner answers E after closure
d = when('2025-06-10 08:05:37')
REPLY_E = """Hello,

Sorry for the late reply - I have just started a new job and missed your messages.

My name as printed on my passport: MORIMOTO KENTA (surname MORIMOTO, given name KENTA).
On certificates I would like it to read "Kenta Morimoto".

Please reopen the case and correct the spelling.

Best regards,
Kenta Morimoto
"""
t = REPLY_E + '\n' + gmail_attr(D_CLOSE_E2, TC_NAME, FORM) + '\n' + gt(CLOSE_E2) + '\n'
add('replyE', 'user_reply', False, CASE_E, [], d,
    [('From', addr(ME_NAME, P)), ('To', addr(TC_NAME, FORM)), ('Subject', 'RE:' + SUBJ_E),
     ('Message-ID', mid_gmail()), ('In-Reply-To', MID['closeE2']),
     ('References', '%s %s %s' % (MID['ackE'], MID['infoE'], MID['closeE2']))],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Owner answers after the case was closed, asking to reopen it.')

# ================================================================ 050 reopened E (case_update)
d = when('2025-06-10 02:30:12', UTC)
t = """Hello Kenta,

Thank you - I've reopened your case and sent the corrected name (given name Kenta, surname Morimoto)
to our certification records team for review. This usually takes three to five business days.

You don't need to do anything else right now; I'll write again as soon as the change is live.

Regards,
Rahul V.
AWS Certification Support
""" + sf_quote('Kenta Morimoto [kmorimoto.dev@gmail.com]', '6/9/2025 11:05 PM',
               'aws-cs-trainingcertification-form@amazon.com', 'RE:' + SUBJ_E, REPLY_E)
add('reopenE', 'case_update', False, CASE_E, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_E), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyE'])],
    leaf(t, cs='us-ascii', cte='quoted-printable'),
    'Case reopened and passed to the records team; explicit "You don\'t need to do anything else".')

# ================================================================ 051 Pearson VUE lookalike
d = when('2025-06-11 19:20:44')
h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>PEARSON VUE</b></p>
<p>Dear Candidate,</p>
<p>Your upcoming AWS Certification exam requires <b>identity pre-verification</b> under our updated
testing policy. Candidates who have not completed pre-verification at least 48 hours before their
appointment will be marked as a no-show and the exam fee will not be refunded.</p>
<p>Please upload a photo of your ID and pay the USD 15.00 verification fee here:</p>
<p><a href="https://pearsonvue-candidates.com/verify/aws?ref=JP-0614">https://home.pearsonvue.com/aws/verify</a></p>
<p>Thank you for choosing Pearson VUE.<br>Candidate Services Team</p>
</body></html>"""
add('phish3', 'suspicious', False, None, [], d,
    [('From', 'Pearson VUE Candidate Services <noreply@pearsonvue-candidates.com>'), ('To', P),
     ('Subject', 'Important: ID verification required for your upcoming exam'),
     ('Message-ID', mid_generic('pearsonvue-candidates.com'))],
    leaf(h, 'html', cte='quoted-printable'),
    'Exam-vendor lookalike three days before the real exam: link text shows pearsonvue.com, href goes to a '
    'lookalike domain; asks for ID photo and a fee.',
    transport=gmail_in(d, 'mx1.pearsonvue-candidates.com', '45.153.242.90', 'noreply@pearsonvue-candidates.com',
                       'pearsonvue-candidates.com', 'pearsonvue-candidates.com', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ 052 resolved E (alt)
d = when('2025-06-13 04:45:26', UTC)
RES_E = """Hello Kenta,

Your legal name now reads "Kenta Morimoto" in your AWS Certification Account. Updated certificates can
be downloaded right away from Certifications > Download certificate, and Credly will re-issue your badges
under the corrected name within 48 hours.

Feel free to reply if anything still looks off.

Regards,
Rahul V.
AWS Certification Support
"""
h = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
     + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', ' ') for p in RES_E.split('\n\n')[:-1])
     + '<p>Regards,<br>Rahul V.<br>AWS Certification Support</p></body></html>')
add('resE', 'resolved', False, CASE_E, [], d,
    [('From', addr(TC_NAME, FORM)), ('To', P), ('Subject', 'RE:' + SUBJ_E), ('Message-ID', mid_ses())],
    multi('alternative', [leaf(RES_E, cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')]),
    'Record fixed; "Feel free to reply if anything still looks off" is a conditional invitation.',
    transport=ses_in(d))

# ================================================================ 053 Pearson VUE after exam (unrelated)
d = when('2025-06-14 13:05:10')
t = """Dear Kenta Morimoto,

Thank you for testing with Pearson VUE today.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 482019375
Test center: Pearson Professional Centers-Tokyo Shinjuku

Your score report and certification status will be available in your AWS Certification Account within
five business days. Pearson VUE cannot give out exam results by phone or e-mail.

Tell us about your testing experience - the survey takes three minutes:
https://pearsonvue.qualtrics.com/jfe/form/SV_testing_experience?reg=482019375

Sincerely,
Pearson VUE
"""
add('pvDone', 'unrelated', False, None, [], d,
    [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', P),
     ('Subject', 'Thank you for testing with Pearson VUE'), ('Message-ID', mid_generic('pearson.com'))],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Exam vendor after-test mail with a testing-experience survey: survey-like, but not a support-case survey.',
    transport=gmail_in(d, 'mail3.pearson.com', '159.182.17.86', 'bounce@pearson.com', 'pearson.com', 'pearson.com'))

# ================================================================ 054 exam result (certification)
d = when('2025-06-15 01:10:00', UTC)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:22px">
<p>Congratulations, Kenta!</p>
<p>You passed the <b>AWS Certified Solutions Architect &ndash; Professional</b> exam and are now AWS Certified.
Your certification is valid for three years, until June 14, 2028.</p>
<p>Candidate ID: AWS31174582<br>Validation number: 7H2KQ9L1CB4E1XS3</p>
<p>Your digital badge will be sent by Credly, and your certificate is available in your AWS Certification Account.</p>
<p>AWS Training and Certification</p>
</td></tr></table></body></html>"""
add('result', 'certification', False, None, [ID_3RD], d,
    [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', P),
     ('Subject', 'Congratulations! You are now AWS Certified'), ('Message-ID', mid_generic('certmetrics.com'))],
    multi('alternative', [leaf(strip_html(h), cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')]),
    'Exam result mail; candidate ID of the stray third account and a 16-character validation number.',
    transport=gmail_in(d, 'mta-12.certmetrics.com', '198.2.131.44', 'bounce@certmetrics.com',
                       'certmetrics.com', 'certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ survey E (HTML only)
d = when('2025-06-16 01:00:33', UTC)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>We recently closed your case <b>174885191000733</b>. Tell us in one click how it went:</p>
<p><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174885191000733&amp;r=up">&#128077; Helpful</a>
&nbsp;&nbsp;
<a href="https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=174885191000733&amp;r=down">&#128078; Not helpful</a></p>
<p>Want to say more? There is space for comments on the next page.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">This is an automated message; replies are not monitored.</p>
</body></html>"""
add('surveyE', 'survey', False, CASE_E, [], d,
    [('From', addr(TC_NAME, 'aws-tc-feedback@amazon.com')), ('To', P),
     ('Subject', 'Quick question about case %s' % CASE_E), ('Message-ID', mid_ses())],
    leaf(h, 'html', cte='quoted-printable'),
    'HTML-only one-click survey; subject says "Quick question about case …", which looks like an ask.',
    transport=ses_in(d))

# ================================================================ ack D (Japanese, Shift_JIS base64, encoded subject)
d = when('2025-06-16 05:40:20', UTC)
SUBJ_D = '[CASE %s] [AWS トレーニングと認定 フォーム送信] - 試験履歴' % CASE_D
t = """森本 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
お問い合わせを受け付け、ケース ID 175005240300261 を割り当てました。

担当者が内容を確認のうえ、順次ご連絡を差し上げます。混雑状況により、ご回答まで数日かかる場合がございます。

本件について補足がある場合は、新しいフォームを送信せず、このメールに返信してください。

■ ケースの詳細
ケース ID: 175005240300261
お問い合わせタイプ: 認定
その他の詳細: 試験履歴
お問い合わせ内容:
6月14日に SAP-C02(ソリューションアーキテクト プロフェッショナル)を受験し、翌日に合格メールを受け取りましたが、
認定アカウント AWS20586314 の試験履歴にも取得済み認定にも表示されません。確認をお願いします。

AWS トレーニングと認定 カスタマーサポート
"""
add('ackD', 'acknowledgement', False, CASE_D, [ID_NEW], d,
    [('From', addr('AWS トレーニングと認定', FORM, 'shift_jis')), ('To', P), ('Subject', subj(SUBJ_D, 'shift_jis')),
     ('Message-ID', mid_ses())],
    leaf(t, cs='shift_jis', cte='base64'),
    'Japanese acknowledgement in Shift_JIS (base64); the whole subject, [CASE …] token included, is inside '
    'Shift_JIS encoded words. Echoed request ends with 確認をお願いします (the owner\'s own ask).',
    transport=ses_in(d))


SUBJ_D_RE = 'RE: [CASE %s] [AWS トレーニングと認定 フォーム送信] - 試験履歴' % CASE_D
YAMA = 'AWS トレーニングと認定 カスタマーサポート\n山下'

# ================================================================ info request D (ISO-2022-JP keigo)
d = when('2025-06-17 02:15:48', UTC)
INFO_D = """森本 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山下でございます。

お問い合わせいただいた SAP-C02 の試験結果が表示されない件につきまして、現在調査を進めております。
調査にあたり、以下の情報をご教示いただけますでしょうか。

1. ピアソン VUE の登録番号(Registration ID、9 桁の数字)
2. 受験日および受験会場
3. 合格通知メールに記載されていた候補 ID

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、よろしくお願いいたします。

""" + YAMA + '\n'
add('infoD', 'info_request', True, CASE_D, [], d,
    [('From', addr('AWS トレーニングと認定', FORM, 'iso-2022-jp')), ('To', addr('森本 健太', P, 'iso-2022-jp')),
     ('Subject', subj(SUBJ_D_RE, 'iso-2022-jp', keep_ascii_prefix=True)), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['ackD']), ('References', MID['ackD'])],
    leaf(INFO_D, cs='iso-2022-jp', cte='7bit'),
    'Japanese keigo request in ISO-2022-JP: ご教示いただけますでしょうか / お知らせくださいますようお願いいたします, '
    'numbered list. Mentions "候補 ID" but contains no ID.',
    transport=ses_in(d))
D_INFO_D = d

# ================================================================ owner answers D (Japanese, base64)
d = when('2025-06-17 12:20:31')
REPLY_D1 = """山下様

ご連絡ありがとうございます。森本です。

1. 登録番号: 482019375
2. 2025年6月14日、ピアソン・プロフェッショナル・センター東京新宿
3. 合格通知の候補IDは AWS31174582 でした。
   私の認定アカウントは AWS20586314 のはずなので、別のアカウントで受験してしまったのかもしれません。

よろしくお願いいたします。
森本 健太
"""
t = REPLY_D1 + '\n' + gmail_attr_ja(D_INFO_D, 'AWS トレーニングと認定', FORM) + '\n' + gt(INFO_D) + '\n'
add('replyD1', 'user_reply', False, CASE_D, [ID_3RD, ID_NEW], d,
    [('From', addr('森本 健太', P)), ('To', addr('AWS トレーニングと認定', FORM)),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_gmail()),
     ('In-Reply-To', MID['infoD']), ('References', '%s %s' % (MID['ackD'], MID['infoD']))],
    leaf(t, cte='base64'),
    'Owner\'s Japanese answer with a 9-digit registration ID and two candidate IDs in his own text; '
    'Japanese Gmail attribution line (…より: style) above the quote.')

# ================================================================ on hold D (Japanese, no ask)
d = when('2025-06-18 06:00:05', UTC)
HOLD_D = """森本 様

ご回答いただき、ありがとうございます。

いただいた登録番号をもとに、試験配信ベンダーへ受験記録と候補 ID の紐付けについて照会しております。
ベンダーからの回答を受領するまで、本ケースはいったん保留とさせていただきます。
回答までは通常 3〜5 営業日ほどかかります。

回答を受け取り次第、改めてご連絡いたします。
ご不明な点がございましたら、本メールにご返信ください。

""" + YAMA + '\n'
h = ('<html><body style="font-family:Meiryo,sans-serif;font-size:13px">'
     + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in HOLD_D.split('\n\n'))
     + '</body></html>')
add('holdD', 'on_hold', False, CASE_D, [], d,
    [('From', addr('AWS トレーニングと認定', FORM)), ('To', P),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyD1'])],
    multi('alternative', [leaf(HOLD_D, cte='quoted-printable'), leaf(h, 'html', cte='quoted-printable')]),
    'Japanese hold while the exam vendor answers; only a conditional ご不明な点がございましたら…ご返信ください. '
    'On hold without a question: no reply.',
    transport=ses_in(d))

# ================================================================ Credly lookalike
d = when('2025-06-19 21:33:02')
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p style="color:#ff6b00;font-size:22px;font-weight:bold">Credly</p>
<p>Hello Kenta,</p>
<p>We detected a change to the name on your AWS Training and Certification record. For your security,
your <b>3 AWS badges will be revoked in 24 hours</b> unless you re-confirm your identity.</p>
<p><a href="https://credly-badges-center.com/signin?next=/badges/reconfirm" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Re-confirm my badges</a></p>
<p>The Credly Team</p>
</body></html>"""
add('phish4', 'suspicious', False, None, [], d,
    [('From', 'Credly <notifications@credly-badges-center.com>'), ('To', P),
     ('Subject', 'Your AWS badges will be revoked in 24 hours'), ('Message-ID', mid_generic('credly-badges-center.com'))],
    leaf(h, 'html', cte='quoted-printable'),
    'Credly lookalike that even fits the story (name change); sign-in link on a lookalike domain.',
    transport=gmail_in(d, 'smtp.credly-badges-center.com', '103.151.172.6', 'bounce@credly-badges-center.com',
                       'credly-badges-center.com', 'credly-badges-center.com', spf='neutral',
                       policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ confirmation request D (HTML only, Japanese table)
d = when('2025-06-23 03:30:19', UTC)
CONF_D = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,'Hiragino Sans',sans-serif;font-size:13px">
<p>森本 様</p>
<p>大変お待たせいたしました。調査の結果をご報告いたします。</p>
<p>6 月 14 日の SAP-C02 の受験記録は、ご利用中のアカウントとは別の認定アカウントに登録されていました。
このアカウントは 2025 年 6 月 1 日、試験予約の際に同じメールアドレス(kmorimoto.dev@gmail.com)で新たに作成されたものです。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>
<tr><td>候補 ID</td><td>AWS20586314</td><td>AWS31174582</td></tr>
<tr><td>ログインメール</td><td>kmorimoto.dev@gmail.com</td><td>kmorimoto.dev@gmail.com</td></tr>
<tr><td>作成日</td><td>2025/05/15</td><td>2025/06/01</td></tr>
<tr><td>保有認定</td><td>SAA、DVA</td><td>SAP</td></tr>
</table>
<p>アカウント 2 をアカウント 1 に統合いたしますと、SAP-C02 の合格記録と認定がアカウント 1 に移り、アカウント 2 は無効となります。</p>
<p>上記の 2 つのアカウントがいずれも森本様ご本人のものであること、ならびにアカウント 1 を残す形で統合してよろしいかをご確認のうえ、
本メールにご返信くださいますようお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>山下</p>
</body></html>"""
add('confD', 'confirmation_request', True, CASE_D, [ID_NEW, ID_3RD], d,
    [('From', addr('AWS トレーニングと認定', FORM)), ('To', P),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyD1'])],
    leaf(CONF_D, 'html', cte='base64'),
    'Japanese HTML-only (base64) merge confirmation with an アカウント 1 / アカウント 2 table; both accounts '
    'share one login e-mail. Request in keigo at the end.',
    transport=ses_in(d))
D_CONF_D = d

# ================================================================ owner confirms D
d = when('2025-06-23 13:02:40')
REPLY_D2 = """山下様

ご確認ありがとうございます。
どちらも私のアカウントです。アカウント1(AWS20586314)を残して統合をお願いします。

森本
"""
t = REPLY_D2 + '\n' + gmail_attr_ja(D_CONF_D, 'AWS トレーニングと認定', FORM) + '\n' + gt(strip_html(CONF_D)) + '\n'
add('replyD2', 'user_reply', False, CASE_D, [ID_NEW], d,
    [('From', addr('森本 健太', P)), ('To', addr('AWS トレーニングと認定', FORM)),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_gmail()),
     ('In-Reply-To', MID['confD']), ('References', '%s %s %s' % (MID['ackD'], MID['infoD'], MID['confD']))],
    leaf(t, cte='quoted-printable'),
    'Short Japanese confirmation over the quoted table.')

# ================================================================ check request D (merge done, asks to verify)
d = when('2025-06-24 02:20:14', UTC)
CHECK_D = """森本 様

ご返信ありがとうございます。
アカウント 2 をアカウント 1(AWS20586314)へ統合する作業が完了いたしました。

念のため、森本様の画面でも反映状況を確認させていただきたく存じます。
AWS 認定アカウントにサインインし、「試験履歴」に 6 月 14 日の SAP-C02 が、「取得済み認定」に
AWS Certified Solutions Architect - Professional が表示されているかをご確認いただき、結果をお知らせいただけますでしょうか。

表示されていない項目がある場合は、その項目名もあわせてお知らせください。

""" + YAMA + '\n'
add('checkD', 'info_request', True, CASE_D, [ID_NEW], d,
    [('From', addr('AWS トレーニングと認定', FORM)), ('To', P),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyD2'])],
    leaf(CHECK_D, cte='quoted-printable'),
    'Opens with "the merge is complete" (looks resolved), then asks the owner to sign in, check two screens '
    'and report back. The case stays open on that check: info_request, reply needed.',
    transport=ses_in(d))
D_CHECK_D = d

# ================================================================ owner reports the check
d = when('2025-06-24 19:40:08')
REPLY_D3 = """山下様

確認しました。試験履歴に SAP-C02、取得済み認定に Professional の両方が表示されています。
迅速にご対応いただき、ありがとうございました。

森本
"""
t = REPLY_D3 + '\n' + gmail_attr_ja(D_CHECK_D, 'AWS トレーニングと認定', FORM) + '\n' + gt(CHECK_D) + '\n'
add('replyD3', 'user_reply', False, CASE_D, [], d,
    [('From', addr('森本 健太', P)), ('To', addr('AWS トレーニングと認定', FORM)),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_gmail()),
     ('In-Reply-To', MID['checkD']), ('References', '%s %s' % (MID['confD'], MID['checkD']))],
    leaf(t, cte='base64'),
    'Owner reports the check; candidate ID only in the quote.')

# ================================================================ resolved D (8bit UTF-8, quoted request)
d = when('2025-06-25 00:50:37', UTC)
t = """森本 様

ご確認いただきありがとうございます。すべて正しく反映されていることを確認できましたので、
本ケースはこれにて解決とさせていただきます。

なお、同じメールアドレスで新しい認定アカウントが作成されることを防ぐため、今後の試験のご予約は
必ず現在のアカウント(AWS20586314)にサインインした状態で行ってください。

このたびはご不便をおかけし、申し訳ございませんでした。

""" + YAMA + """

-----Original Message-----
From: 森本 健太 [kmorimoto.dev@gmail.com]
Sent: 2025/06/24 10:40
To: aws-cs-trainingcertification-form@amazon.com
Subject: """ + SUBJ_D_RE + '\n\n' + REPLY_D3 + """
-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025/06/24 2:20
To: kmorimoto.dev@gmail.com
Subject: """ + SUBJ_D_RE + '\n\n' + CHECK_D
add('resD', 'resolved', False, CASE_D, [ID_NEW], d,
    [('From', addr('AWS トレーニングと認定', FORM)), ('To', P),
     ('Subject', subj(SUBJ_D_RE, keep_ascii_prefix=True)), ('Message-ID', mid_ses()),
     ('In-Reply-To', MID['replyD3'])],
    leaf(t, cte='8bit'),
    'Japanese resolution (8bit UTF-8) with a future-tense instruction (予約は…行ってください) and, below '
    '"-----Original Message-----", the earlier check request (…お知らせいただけますでしょうか).',
    transport=ses_in(d))

# ================================================================ recertification (certification)
d = when('2025-06-25 09:00:00', UTC)
t = """Hello Kenta,

Congratulations! Because you earned AWS Certified Solutions Architect - Professional, your
AWS Certified Solutions Architect - Associate certification has been renewed as well.

  AWS Certified Solutions Architect - Associate    new expiration date: June 14, 2028

You don't need to take any action. Your updated certificate is in your AWS Certification Account.

AWS Certification
"""
add('recert', 'certification', False, None, [], d,
    [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', P),
     ('Subject', 'Your AWS Certification has been renewed'), ('Message-ID', mid_generic('certmetrics.com'))],
    leaf(t, cs='us-ascii', cte='7bit'),
    'Recertification notice right after the case-D resolution.',
    transport=gmail_in(d, 'mta-12.certmetrics.com', '198.2.131.44', 'bounce@certmetrics.com',
                       'certmetrics.com', 'certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

# ================================================================ Credly SAP badge
d = when('2025-06-25 20:02:11')
sj, node = credly(d, 'AWS Certified Solutions Architect – Professional', 'e41a7c55-92b0-4f1d-8a63-0c7de2b9f815', 1)
add('credly3', 'badge', False, None, [], d,
    [('From', 'Credly <admin@credly.com>'), ('To', P), ('Subject', subj(sj)), ('Message-ID', mid_generic('credly.com'))],
    node, 'Genuine Credly badge mail, a week after the Credly lookalike.',
    transport=gmail_in(d, 'o1.email.credly.com', '167.89.115.54', 'bounces+1822@email.credly.com',
                       'credly.com', 'credly.com'))

# ================================================================ survey D (Japanese)
d = when('2025-06-26 02:00:47', UTC)
t = """森本 健太 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース 175005240300261 の対応について、簡単なアンケートにご協力いただけますと幸いです(所要時間 1 分)。

▼ アンケートに回答する
https://amazonexteu.qualtrics.com/jfe/form/SV_3kQ9tcCaseCsat?case=175005240300261&lang=ja

ご回答は任意です。いただいたご意見は、サービス品質の向上のために活用させていただきます。
※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
"""
add('surveyD', 'survey', False, CASE_D, [], d,
    [('From', addr('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com')), ('To', P),
     ('Subject', subj('サポート対応に関するアンケートのお願い(ケース %s)' % CASE_D)), ('Message-ID', mid_ses())],
    leaf(t, cte='quoted-printable'),
    'Japanese survey with ご協力いただけますと幸いです (request-like keigo) and the case number in the subject.',
    transport=ses_in(d))

# ================================================================ Japanese phishing
d = when('2025-06-27 07:12:55')
t = """AWS認定資格保有者 各位

AWS認定事務局です。

お客様の AWS 認定アカウントの統合手続きが完了しておりません。
下記リンクよりログインし、本人確認を 2025年6月30日 までに完了してください。
期限までに完了いただけない場合、保有されている認定資格はすべて失効いたします。

https://aws-nintei-jp.com/login?ref=merge

※本メールにお心当たりのない場合も、必ず手続きを行ってください。

AWS認定事務局
"""
add('phish5', 'suspicious', False, None, [], d,
    [('From', addr('AWS認定事務局', 'info@aws-nintei-jp.com')), ('To', P),
     ('Subject', subj('【重要】AWS認定アカウントの統合手続きが未完了です')), ('Message-ID', mid_generic('aws-nintei-jp.com'))],
    leaf(t, cte='base64'),
    'Japanese phishing on a lookalike domain, no DMARC policy, threatens loss of certifications; uses the '
    'merge vocabulary and a deadline.',
    transport=gmail_in(d, 'mail.aws-nintei-jp.com', '103.224.182.250', 'info@aws-nintei-jp.com',
                       'aws-nintei-jp.com', 'aws-nintei-jp.com', dmarc='none', policy='p=NONE sp=NONE dis=NONE'))


# ================================================================ write everything
README_HEAD = """me: %(P)s %(CO)s

# blind-320: a held-out mailbox for an AWS Training and Certification case watcher

The mailbox belongs to Kenta Morimoto (森本 健太), who leaves Hoshizora Technologies (an AWS Partner
Network company) on 2025-05-30 and moves his AWS Certification to his personal address. Mail to the
company address (Microsoft 365 headers) and to the personal Gmail are merged into one mailbox in
arrival order, 2025-05-12 to 2025-06-27. Messages the owner wrote (sent items, notes to self,
forwards, a farewell with a Bcc to himself) are in the mailbox too and are `user_reply`.

Written without seeing the program, its rules or its fixtures, from DOMAIN.md and the seed blog posts
only. `python3 gen.py` rewrites every file (deterministic).

## The cases

| case | format | topic | course |
|---|---|---|---|
| %(A)s | 15 digits (T&C form) | merge company -> personal account | Japanese ack; APN partner hold with a buried question; owner answers; hold lifted; Account #1/#2 confirmation request; owner replies from the WRONG (company) address; support asks him to write from the personal address; vague "go ahead"; second confirmation request (another agent) asking which account to keep; confirmed; merged; survey |
| %(B)s | 15 digits (T&C form) | duplicate of %(A)s, filed from the company address | ack; owner forwards it to himself; closed as duplicate and linked |
| %(C)s | 11 digits (Support Center console) | 50%% exam voucher missing after the merge | console ack; questions to answer in the Support Center; owner wrongly answers by e-mail -> bounce; auto-resolve warning; (owner answers in the console, no mail); passed to benefits team; resolved with a rating footer |
| %(E)s | 15 digits (T&C form) | misspelt surname on certificates | ack; request for the name on the ID (buried after explanations); reminder with 72-hour closing warning; closed for no answer, reply reopens; owner answers; reopened; fixed; survey |
| %(D)s | 15 digits (T&C form, Japanese) | passed exam missing from history | Shift_JIS ack; keigo request (ISO-2022-JP); owner answers and notices a third candidate ID; on hold for the exam vendor (no question); Japanese confirmation to merge the stray third account; confirmed; merged but asked to check two screens and report; owner reports; resolved; Japanese survey |
| %(OLD)s | 10 digits | a colleague's 2021 merge case | only as a forwarded copy from the colleague |
| %(EDU)s | 15 digits (AWS Educate form) | another AWS program | one completion mail (unrelated) |

Candidate IDs: %(ID_OLD)s (company account, merged away), %(ID_NEW)s (personal, kept), %(ID_3RD)s
(stray account created when booking an exam, merged in case %(D)s).

Other numbers that are not case IDs: AWS account ID 480213957766, Builder ID code 381904, Pearson VUE
registration ID 482019375 and order number, Google Cloud case 51928374, Zendesk request numbers,
connpass reception number, Credly badge UUIDs, a CertMetrics validation number, and the fake case
number %(FAKE)s used by a spoofed mail.

## Labelling decisions (judgement calls)

- **Hold with a question** (case A, APN hold): the case is paused for the partner, so the kind is
  `on_hold`, but support asks whether he is still employed and his last day, so `needs_reply` is true.
  The Japanese hold in case D asks nothing (only ご不明な点がございましたら…): `on_hold`, no reply.
- **"Write from the address on file"** after the wrong-address reply is `info_request` (the new ask
  is the sending address), even though what he must then send is a confirmation.
- **"Merge done, please check and report"** (case D) is `info_request` with a reply needed: the owner
  must answer before support closes the case. Only the later mail that closes the case is `resolved`.
- **Closing notices** always need a reply, including the one that says the case *is* closed but a reply
  reopens it, and the console auto-resolve warning (answer goes through the Support Center).
- **Console request**: a reply is needed although e-mail cannot carry it (Support Center only).
- **Bounce** of the owner's e-mail to no-reply-aws@amazon.com: `unrelated` (system mail), case %(C)s
  because it belongs to that case.
- **Other AWS programs / other vendors**: the AWS Educate form case is `unrelated` with its case number
  kept in `case`; other vendors' ticket numbers (Google Cloud, JetBrains/Zendesk) are not AWS support
  cases, so `case` is null. None of them needs a reply under the rule (only real T&C cases count), even
  where they ask for one.
- **Colleague's forwarded 2021 case**: `unrelated`, no reply, `case` = that old case number (it is a
  copy of that case's mail), no candidate IDs (they are only in the forwarded part).
- **Owner's forward of the duplicate ack**: `user_reply`, case %(B)s (the forwarded thread), although his
  note names case %(A)s.
- **Spoofed mail** with `dmarc=fail` on amazon.com and a made-up case number: `suspicious`, case null.
  Phishing never needs a reply.
- **Surveys**: only feedback requests about a support case are `survey`. The CertMetrics program survey
  is `certification`; Pearson VUE's testing-experience survey is `unrelated` (exam vendor).
- **Acknowledgements echo the form text** in a details block. That block is part of the acknowledgement
  (the system wrote it; it is not quoted mail history), so candidate IDs in it are counted, and a question
  inside it ("Could you check?") is the owner's own question, not a request to him.
- **candidate_ids**: each ID once, in order of first appearance, from the message's own text (for
  multipart/alternative the parts say the same thing); nothing from quoted or forwarded history.
  Program mail (CertMetrics, Pearson VUE) lists the IDs it shows.
- **Conditional invitations** ("If you have anything to add…", "Feel free to reply if…",
  ご不明な点がございましたら…) never make a reply needed.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in os.listdir(OUT):
        if re.fullmatch(r'\d{3}-msg\.(eml|json)', f):
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MSGS, key=lambda m: m['date'].astimezone(UTC))
    rows = []
    for i, m in enumerate(msgs, 1):
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['data'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        rows.append('| %03d | %s | %s | %s | %s |' % (
            i, m['kind'], 'yes' if m['needs_reply'] else 'no', m['case'] or '-',
            m['note'].replace('|', '/').replace('\n', ' ')))
    kinds = Counter(m['kind'] for m in msgs)
    summary = '\n## Counts\n\n' + '\n'.join('- %s: %d' % (k, v) for k, v in sorted(kinds.items())) + \
        '\n- total: %d, needing a reply: %d\n' % (len(msgs), sum(m['needs_reply'] for m in msgs))
    head = README_HEAD % {'P': P, 'CO': C, 'A': CASE_A, 'B': CASE_B, 'C': CASE_C, 'D': CASE_D, 'E': CASE_E,
                          'OLD': CASE_OLD, 'EDU': CASE_EDU, 'FAKE': CASE_FAKE, 'ID_OLD': ID_OLD,
                          'ID_NEW': ID_NEW, 'ID_3RD': ID_3RD}
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n'.join(rows) + '\n' + summary)
    for k, v in sorted(kinds.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d (needs_reply: %d)' % ('total', len(msgs), sum(m['needs_reply'] for m in msgs)))


if __name__ == '__main__':
    main()
