#!/usr/bin/env python3
"""Write the messages of this blind corpus next to this script.

python3 gen.py          -> writes NNN-msg.eml / NNN-msg.json, prints counts per kind
python3 gen.py --table  -> also prints a markdown table (number, kind, reply, note)
"""
import base64, hashlib, html, json, os, quopri, sys
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
CEST = timezone(timedelta(hours=2))

ME_P = 'mei.kaneshiro.cloud@gmail.com'
ME_C = 'm.kaneshiro@harborlight-tech.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_FROM = 'AWS Training and Certification <%s>' % TC
NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>'
CASE_A = '174927301800533'   # main merge case (form, 2025 format)
CASE_B = '174936620700118'   # duplicate form case
CASE_C = '14820375916'       # console case, recertification not posted
CASE_D = '174587120400261'   # Japanese form case, name on certificate
SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_C = 'RE:[CASE %s] Recertification exam passed but certification still shows as expiring' % CASE_C
LINK_C = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_C

MSGS = []
MIDS = {}


def d(mo, da, h, mi, s=0, tz=JST):
    return datetime(2025, mo, da, h, mi, s, tzinfo=tz)


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64id(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]


def ses_mid(seed, region='us-west-2.'):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<010101%s-%s-%s-%s-%s-%s-000000@%samazonses.com>' % (
        h[:10], h[10:18], h[18:22], h[22:26], h[26:30], h[30:40] + '00', region)


def gmail_mid(seed):
    return '<CAK%s@mail.gmail.com>' % b64id(seed, 44).replace('/', '_').replace('+', '=')


def outlook_mid(seed):
    h = hx(seed, 24).upper()
    return '<TYWP286MB2017%s@TYWP286MB2017.JPNP286.PROD.OUTLOOK.COM>' % h


# ---------------------------------------------------------------- MIME tree
def T(text, cs='UTF-8', cte='qp', sub='plain', params=''):
    return ('leaf', 'text/' + sub, cs, cte, text, params)


def H(markup, cs='UTF-8', cte='qp'):
    return T(markup, cs, cte, 'html')


def BIN(data, ctype, name, cid=None):
    return ('bin', ctype, data, name, cid)


def M(sub, *parts, pre=None, params=''):
    return ('multi', sub, list(parts), pre, params)


def enc_body(raw, cte):
    if cte == 'b64':
        return base64.encodebytes(raw), 'base64'
    if cte == 'qp':
        return quopri.encodestring(raw), 'quoted-printable'
    if cte == '7bit':
        raw.decode('ascii')
        return raw, '7bit'
    if cte == '8bit':
        return raw, '8bit'
    raise ValueError(cte)


def render(node, seed):
    if node[0] == 'leaf':
        _, ctype, cs, cte, text, params = node
        raw = text.encode(cs)
        if not raw.endswith(b'\n'):
            raw += b'\n'
        body, name = enc_body(raw, cte)
        return ['Content-Type: %s; charset="%s"%s' % (ctype, cs, params),
                'Content-Transfer-Encoding: ' + name], body
    if node[0] == 'leaf_raw':
        return ['Content-Type: ' + node[1]], node[2].encode('ascii')
    if node[0] == 'bin':
        _, ctype, data, name, cid = node
        hdr = ['Content-Type: %s; name="%s"' % (ctype, name)]
        if cid:
            hdr += ['Content-ID: <%s>' % cid, 'Content-Disposition: inline; filename="%s"' % name]
        else:
            hdr += ['Content-Disposition: attachment; filename="%s"' % name]
        hdr.append('Content-Transfer-Encoding: base64')
        return hdr, base64.encodebytes(data)
    _, sub, parts, pre, params = node
    bnd = '----=_Part_%s_%s' % (int(hx(seed + sub, 6), 16) % 99999, hx(seed + sub + 'b', 12))
    out = b''
    if pre:
        out += pre.encode() + b'\n'
    for i, p in enumerate(parts):
        h, b = render(p, seed + '.' + str(i))
        out += b'\n--' + bnd.encode() + b'\n' + '\n'.join(h).encode() + b'\n\n' + b
    out += b'\n--' + bnd.encode() + b'--\n'
    if not pre:
        out = out[1:]
    return ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, bnd)], out


def eh(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode()


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), addr)
    if any(c in name for c in ',.()<>@;:[]'):
        return '"%s" <%s>' % (name, addr)
    return '%s <%s>' % (name, addr)


# ---------------------------------------------------------------- trace headers
def tr_gmail(date, helo, ip, mailfrom, from_dom, dkim='pass', spf='pass', dmarc='pass',
             policy='p=QUARANTINE sp=QUARANTINE', dkim_d=None, to=ME_P):
    rd = format_datetime((date + timedelta(seconds=3)).astimezone(PDT))
    sid = hx(mailfrom + str(date), 12)
    dkim_d = dkim_d or from_dom
    lines = ['Delivered-To: ' + to,
             'Received: by 2002:a05:7022:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
             % (hx(sid, 3), hx(sid, 3)[::-1], hx(sid + 'x', 4), hx(sid + 'y', 4), sid[:10] + 'csp', rd),
             'Return-Path: <%s>' % mailfrom,
             'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n'
             '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
             % (helo, helo, ip, 'd9443c01a7336-' + sid[:10], int(sid[:4], 16) % 900 + 100, date.month, date.day,
                date.hour, date.minute, date.second, to, rd)]
    spf_word = {'pass': 'designates', 'fail': 'does not designate', 'softfail': 'does not designate'}[spf]
    lines.append('Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                 % (spf, mailfrom, spf_word, ip, ip))
    ar = ['Authentication-Results: mx.google.com;']
    if dkim == 'pass':
        ar.append('       dkim=pass header.i=@%s header.s=%s header.b=%s;' % (dkim_d, hx(dkim_d, 8), b64id(sid, 8)))
    elif dkim == 'fail':
        ar.append('       dkim=neutral (body hash did not verify) header.i=@%s header.s=%s header.b=%s;'
                  % (dkim_d, hx(dkim_d, 8), b64id(sid, 8)))
    ar.append('       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;'
              % (spf, mailfrom, spf_word, ip, mailfrom.split('@')[1]))
    dis = 'NONE' if dmarc == 'pass' else 'QUARANTINE'
    ar.append('       dmarc=%s (%s dis=%s) header.from=%s' % (dmarc, policy, dis, from_dom))
    lines.append('\n'.join(ar))
    return lines


def tr_m365(date, helo, ip, mailfrom_dom, from_dom, spf='pass', dkim='pass', dmarc='pass', dkim_d=None,
            internal=False):
    rd = format_datetime((date + timedelta(seconds=2)).astimezone(UTC))
    lines = ['Received: from TYCP286MB1944.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:13b::7) by\n'
             ' TYWP286MB2017.JPNP286.PROD.OUTLOOK.COM with HTTPS; ' + rd]
    if internal:
        lines.append('X-MS-Exchange-Organization-AuthAs: Internal')
        lines.append('X-MS-Exchange-Organization-AuthSource: TYCP286MB1944.JPNP286.PROD.OUTLOOK.COM')
        return lines
    lines.append('Received: from %s (%s) by\n OS1PEPF00001A2B.mail.protection.outlook.com (10.167.249.51) with\n'
                 ' Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n'
                 ' 15.20.8835.12 via Frontend Transport; %s' % (helo, ip, rd))
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    lines.append('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
                 ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s'
                 % (spf, ip, mailfrom_dom, dkim, dkim_d or from_dom, dmarc, from_dom, comp))
    lines.append('Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender)'
                 ' receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                 % (spf.capitalize(), mailfrom_dom, ip, ip, helo))
    lines.append('X-MS-Exchange-Organization-AuthAs: Anonymous')
    return lines


def tr_ses(date, to=ME_P, key='', helo='a27-146.smtp-out.us-west-2.amazonses.com', ip='54.240.27.146'):
    mf = '010101%s-%s-000000@us-west-2.amazonses.com' % (hx(key + 'mf', 10), hx(key + 'mg', 8))
    if to == ME_P:
        return tr_gmail(date, helo, ip, mf, 'amazon.com', dkim_d='amazon.com', to=to)
    return tr_m365(date, helo, ip, 'us-west-2.amazonses.com', 'amazon.com')


# ---------------------------------------------------------------- text helpers
def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.rstrip('\n').split('\n'))


def gmail_on(dt, who):
    h12 = dt.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
        dt.strftime('%a'), dt.strftime('%b'), dt.day, dt.year, h12, dt.minute,
        'AM' if dt.hour < 12 else 'PM', who)


def gmail_on_ja(dt, who):
    wd = '月火水木金土日'[dt.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s:' % (dt.year, dt.month, dt.day, wd, dt.hour, dt.minute, who)


def t2h(text):
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % html.escape(p).replace('\n', '<br>\n') for p in paras)


def gmail_html(new, attribution, quoted_text):
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (t2h(new).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>'),
               html.escape(attribution), t2h(quoted_text)))


def page(body, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n' % (html.escape(title), body))


def add(key, label, frm, to, subj, date, body, mid=None, cc=None, irt=None, refs=None, trace=None,
        extra=(), crlf=False, hcs='utf-8', note='', reply_to=None):
    kind, reply, case, cands = label
    mid = mid or ses_mid(key)
    lines = list(trace or [])
    lines.append('Date: ' + format_datetime(date))
    lines.append('From: ' + frm)
    if reply_to:
        lines.append('Reply-To: ' + reply_to)
    lines.append('To: ' + to)
    if cc:
        lines.append('Cc: ' + cc)
    lines.append('Subject: ' + eh(subj, hcs))
    lines.append('Message-ID: ' + mid)
    if irt:
        lines.append('In-Reply-To: ' + MIDS[irt])
    if refs:
        lines.append('References: ' + '\n '.join(MIDS[r] for r in refs))
    lines += list(extra)
    lines.append('MIME-Version: 1.0')
    h, b = render(body, key)
    lines += h
    raw = ('\n'.join(lines) + '\n\n').encode('ascii') + b
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    MIDS[key] = mid
    MSGS.append({'key': key, 'raw': raw, 'note': note, 'date': date,
                 'label': {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}})


# ================================================================ messages
# ---- 001 Japanese tech newsletter, Shift_JIS base64
t = """テックバイト週報 2025/04/02号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
1. 生成AI時代のインフラ設計 ― 推論コストを半分にした3つの工夫
2. AWS認定の再認定、どの試験で更新するのが効率的か
3. 社内勉強会を続けるコツ: 参加率80%を保つ運営術

■ イベント情報
4月17日(木) 19:00〜 オンライン「クラウド運用の失敗談ナイト」
参加登録は本誌サイトのイベントページから。

■ 編集後記
新年度が始まりました。異動や転職の季節ですね。
各種アカウントの連絡先メールアドレスの見直しもお忘れなく。

──────────────────────────────
配信停止・配信先の変更はこちら:
https://techbyte-weekly.jp/mypage/mail
発行: テックバイト編集部
"""
add('n001', ('unrelated', False, None, []),
    A('テックバイト週報', 'mag@techbyte-weekly.jp'), ME_P,
    '【テックバイト週報】生成AI時代のインフラ設計 ほか (2025/04/02号)', d(4, 2, 7, 30),
    T(t, 'Shift_JIS', 'b64'), mid='<20250402073000.4f1a9c@mta02.techbyte-weekly.jp>',
    trace=tr_gmail(d(4, 2, 7, 30), 'mta02.techbyte-weekly.jp', '203.0.113.41', 'bounce@techbyte-weekly.jp',
                   'techbyte-weekly.jp', policy='p=NONE sp=NONE'),
    extra=['List-Unsubscribe: <https://techbyte-weekly.jp/mypage/mail?u=8812>', 'Precedence: bulk'],
    hcs='iso-2022-jp',
    note='Japanese newsletter in Shift_JIS/base64; mentions AWS certification renewal and changing contact addresses')

# ---- 002 CertMetrics expiry notice to company address
t = """Hello Mei,

This is a reminder that the following AWS Certification will expire soon:

  AWS Certified Solutions Architect – Associate
  Expiration date: July 2, 2025
  Candidate ID: AWS03917462

To keep your certification active, pass the latest version of the exam (or a higher-level exam that
recertifies it) before the expiration date. If you hold a 50% discount benefit, you can apply it when
you schedule.

You can review your certifications, exam history and benefits at any time in your AWS Certification
account.

AWS Certification
This is an automated message; replies to this address are not read.
"""
hm = page(t2h(t).replace('AWS03917462', '<b>AWS03917462</b>'), 'Certification expiring')
add('n002', ('certification', False, None, ['AWS03917462']),
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A('Mei Kaneshiro', ME_C),
    'Your AWS Certification expires in 90 days', d(4, 3, 1, 12, tz=UTC),
    M('alternative', T(t), H(hm)), mid='<%s.%s@certmetrics.com>' % (hx('n002', 20), 'notify'),
    trace=tr_m365(d(4, 3, 1, 12, tz=UTC), 'o12.ptr7781.certmetrics.com', '167.89.12.45',
                  'em7781.certmetrics.com', 'certmetrics.com'), crlf=True,
    note='CertMetrics expiry reminder to the company address; says "you can" about discount, not a support case')

# ---- 003 Pearson VUE appointment confirmation
t = """Dear Mei Kaneshiro,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Friday, April 11, 2025 10:00 JST
Location: Pearson VUE Test Center, Shinjuku, Tokyo
Registration number: 471208336

Please arrive 30 minutes before your appointment and bring two forms of valid identification.
The name on your ID must match the name in your profile exactly.

To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
add('n003', ('unrelated', False, None, []),
    A('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_C,
    'Confirmation of your AWS Certification exam appointment', d(4, 5, 2, 48, tz=UTC),
    M('alternative', T(t, 'us-ascii', '7bit'), H(page(t2h(t), 'Pearson VUE'), 'UTF-8', 'b64')),
    mid='<%s@pearson.com>' % hx('n003', 32),
    trace=tr_m365(d(4, 5, 2, 48, tz=UTC), 'mx0b-00275501.pphosted.com', '148.163.159.98', 'pearson.com',
                  'pearson.com'),
    note='Exam vendor; 9-digit registration number that is not a case ID')

# ---- 004 GitHub PR merged
t = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/harborlight/infra-modules/pull/412#event-17320911845
You are receiving this because you authored the thread.
"""
add('n004', ('unrelated', False, None, []),
    A('Shun Arakawa', 'notifications@github.com'), A('harborlight/infra-modules', 'infra-modules@noreply.github.com'),
    'Re: [harborlight/infra-modules] Add account-level budget alarms (PR #412)', d(4, 8, 9, 15, 40, UTC),
    M('alternative', T(t), H('<p>Merged <a href="https://github.com/harborlight/infra-modules/pull/412">#412</a> into main.</p>\n')),
    mid='<harborlight/infra-modules/pull/412/issue_event/17320911845@github.com>', cc=A('Mei Kaneshiro', ME_P) + ', Author <author@noreply.github.com>',
    trace=tr_gmail(d(4, 8, 9, 15, 40, UTC), 'out-21.smtp.github.com', '192.30.252.204',
                   'noreply@github.com', 'github.com', policy='p=REJECT sp=REJECT'),
    extra=['List-ID: harborlight/infra-modules <infra-modules.harborlight.github.com>',
           'X-GitHub-Reason: author'],
    note='GitHub "Merged" notification (the word merged, not a support case)')

# ---- 005 CertMetrics exam result
t = """Congratulations, Mei!

You passed the AWS Certified Solutions Architect – Associate exam (SAA-C03) that you took on
April 11, 2025. Your scaled score is 812 (passing score: 720).

Candidate ID: AWS03917462

It can take up to five business days for the result to appear on your certification record and for
your digital badge to be issued.

AWS Certification
"""
add('n005', ('certification', False, None, ['AWS03917462']),
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A('Mei Kaneshiro', ME_C),
    'Your AWS Certification exam results are available', d(4, 12, 3, 2, tz=UTC),
    M('alternative', T(t, cte='b64'), H(page(t2h(t), 'Exam results'), cte='b64')),
    mid='<%s.result@certmetrics.com>' % hx('n005', 20),
    trace=tr_m365(d(4, 12, 3, 2, tz=UTC), 'o12.ptr7781.certmetrics.com', '167.89.12.45',
                  'em7781.certmetrics.com', 'certmetrics.com'),
    note='Exam score mail; certification program, base64 parts')

# ---- 006 Console case C opened (acknowledgement)
T006 = """Dear Amazon Web Services customer,

We have opened case %s on your behalf and an engineer will review it shortly. The details are below.

Case ID: %s
Subject: Recertification exam passed but certification still shows as expiring
Severity: General guidance
Correspondence: I recertified Solutions Architect - Associate on April 11 (SAA-C03, passed, score mail
received April 12). My certification page still shows the old expiry date, July 2, 2025. My candidate ID
is AWS03917462. Could someone check why the new result is not attached?

[AWS ID 902318475566]

You can view or add to this case in the Support Center:
%s

Please note: this message was sent from an address that does not accept incoming e-mail. Use the link
above to respond.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210.
""" % (CASE_C, CASE_C, LINK_C)
add('c006', ('acknowledgement', False, CASE_C, ['AWS03917462']),
    NOREPLY, ME_P, 'Amazon Web Services: New Support case: %s' % CASE_C, d(4, 14, 1, 21, 7, UTC),
    T(T006, cte='qp'), trace=tr_ses(d(4, 14, 1, 21, 7, UTC), key='c006'),
    note='Console case opened; echo of the owner\'s own question ("Could someone check") and 12-digit AWS account ID')

# ---- 007 Builder ID one-time code
t = """AWS Builder ID

Verify your identity

Enter this code to continue signing in:

    482915

The code expires in 10 minutes. If you did not try to sign in, you can ignore this e-mail.
"""
add('n007', ('unrelated', False, None, []),
    A('AWS', 'no-reply@signin.aws'), ME_P, 'Your AWS Builder ID verification code', d(4, 14, 1, 9, 52, UTC),
    M('alternative', T(t, 'UTF-8', '7bit'), H(page(t2h(t), 'Verification code'))),
    mid=ses_mid('n007', 'us-east-1.'),
    trace=tr_gmail(d(4, 14, 1, 9, 52, UTC), 'a48-110.smtp-out.amazonses.com', '54.240.48.110',
                   '0100019632aa1b2c-bounce@amazonses.com', 'signin.aws', dkim_d='signin.aws'),
    note='Builder ID one-time code (6 digits), not case mail')

# ---- 008 Console case C: request to answer in the Support Center
T008 = """Hello,

Thank you for contacting AWS Support about your certification record. My name is Rahul and I'll be
working on this case.

I looked up the exam delivery records. Your April 11 result exists, but it has been posted to a
certification profile that is not the one connected to the sign-in you used when opening this case.
There appear to be two profiles under your name. Before the certification operations team can move the
result, I need two details:

1. The Pearson VUE registration number from your appointment confirmation
2. The e-mail address you used when you scheduled the exam

As this mailbox does not receive replies, add both details to the case in the Support Center using the
link below.

Best regards,
Rahul M.
Amazon Web Services
"""
F008 = """
Your opinion helps us improve: rate this reply with the stars shown beside it in the Support Center.

To see all the details for this case, or to reply, sign in:
%s
""" % LINK_C
add('c008', ('info_request', True, CASE_C, []),
    NOREPLY, ME_P, SUBJ_C, d(4, 15, 6, 40, 12, UTC),
    M('alternative', T(T008 + F008), H(page(t2h(T008) + '<hr>' + t2h(F008).replace(
        LINK_C, '<a href="%s">%s</a>' % (html.escape(LINK_C), html.escape(LINK_C))), 'AWS Support'))),
    trace=tr_ses(d(4, 15, 6, 40, 12, UTC), key='c008'), irt='c006', refs=['c006'],
    note='Console case: numbered questions, answer must go through the Support Center, not e-mail')

# ---- 009 owner answers case C by e-mail (to the no-reply address)
n009 = """Hi Rahul,

The registration number is 471208336, and I booked the exam with m.kaneshiro@harborlight-tech.co.jp
(candidate ID AWS03917462 on that profile).

Thanks,
Mei
"""
at = gmail_on(d(4, 15, 15, 40), 'Amazon Web Services <no-reply-aws@amazon.com>')
add('u009', ('user_reply', False, CASE_C, ['AWS03917462']),
    A('Mei Kaneshiro', ME_P), NOREPLY, 'Re: ' + SUBJ_C, d(4, 15, 22, 3, 44),
    M('alternative', T(n009 + '\n' + at + '\n' + q(T008 + F008) + '\n', cte='qp'),
      H(gmail_html(n009, at, T008 + F008))),
    mid=gmail_mid('u009'), irt='c008', refs=['c006', 'c008'],
    note='Owner replies by e-mail to the console no-reply address (will not reach support); quoted request below')

# ---- 010 colleague, ISO-2022-JP
t = """金城さん

お疲れさまです。荒川です。
金曜のチームランチ、駅前の定食屋で12時15分からに決まりました。
予約の人数を確定したいので、参加できるかどうかだけ木曜中に教えてください。

それと、先週の予算アラームのPRはマージ済みです。レビューありがとうございました。

荒川
"""
add('n010', ('unrelated', False, None, []),
    A('荒川 駿', 's.arakawa@harborlight-tech.co.jp', 'iso-2022-jp'), A('金城 芽衣', ME_C, 'iso-2022-jp'),
    '金曜ランチの件', d(4, 16, 10, 2, 31),
    T(t, 'ISO-2022-JP', '7bit'), mid=outlook_mid('n010'),
    trace=tr_m365(d(4, 16, 10, 2, 31), '', '', '', '', internal=True), hcs='iso-2022-jp',
    extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdutQ2W1m3+8kQ5vTxyn0cA1bB9Z2g=='], crlf=True,
    note='Colleague in ISO-2022-JP asking a question (not support); mentions a merged PR')

# ---- 011 Console case C: auto-resolve warning
T011 = """Hello,

I'm following up on case %s. On April 15 I asked for your Pearson VUE registration number and the
e-mail address used to book the exam, and I don't see an answer in the Support Center yet.

If the case receives no reply there within the next 3 days, it will be resolved automatically. A case
that has been resolved for more than 14 days can't be reopened, so if you still need help with the
recertification record, please answer through the link below.

%s

Best regards,
Rahul M.
Amazon Web Services
""" % (CASE_C, LINK_C)
add('c011', ('closing_notice', True, CASE_C, []),
    NOREPLY, ME_P, SUBJ_C, d(4, 18, 7, 5, 55, UTC), T(T011, cte='7bit'),
    trace=tr_ses(d(4, 18, 7, 5, 55, UTC), key='c011'), irt='c008', refs=['c006', 'c008'],
    note='Console auto-resolve warning: the e-mail reply of 009 never arrived; answer must go via console')

# ---- 012 AWS billing
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5566, is available on
the AWS Billing console. Your account will be charged the following:

Total: USD 14.82

You can see a complete break-down of all the services you used by visiting the Bills page.

[AWS ID 902318475566]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
"""
add('n012', ('unrelated', False, None, []),
    A('Amazon Web Services', 'aws-billing@email.amazon.com'), ME_P,
    'Amazon Web Services Billing Statement Available [Account: 902318475566]', d(4, 19, 2, 30, 11, UTC),
    M('alternative', T(t), H(page(t2h(t), 'AWS Billing'))),
    trace=tr_gmail(d(4, 19, 2, 30, 11, UTC), 'a8-30.smtp-out.amazonses.com', '54.240.8.30',
                   '01000196d2f1a4e3-bounce@amazonses.com', 'email.amazon.com', dkim_d='email.amazon.com'),
    note='Real AWS mail but billing; 12-digit account ID')

# ---- 013 Console case C: passed to another team
T013 = """Hello,

Thank you for adding the registration number and the booking e-mail address to the case.

I have passed both to our certification operations team. They are able to re-attach an exam result to the
correct profile, and such requests normally take 3 to 5 business days. The case stays open in the
meantime and I'll let you know as soon as they have finished.

Best regards,
Rahul M.
Amazon Web Services
"""
add('c013', ('case_update', False, CASE_C, []),
    NOREPLY, ME_P, SUBJ_C, d(4, 21, 4, 12, 30, UTC),
    M('alternative', T(T013 + F008), H(page(t2h(T013 + F008), 'AWS Support'))),
    trace=tr_ses(d(4, 21, 4, 12, 30, UTC), key='c013'), irt='c011', refs=['c006', 'c008', 'c011'],
    note='Handed to another team, nothing asked; rating footer')

# ---- 014 Console case C resolved
T014 = """Hello,

Good news: the certification operations team has attached your April 11 result to the profile you sign
in with. AWS Certified Solutions Architect – Associate now shows a new expiration date of April 11, 2028,
and the 50% discount benefit from this recertification is listed under Benefits.

I'm setting this case to resolved. Should anything still look wrong, you can reopen it from the Support
Center within the next 14 days.

About the second profile: if both profiles are yours, our Training and Certification team can merge them
through the contact form on the certification site.

Best regards,
Rahul M.
Amazon Web Services
"""
add('c014', ('resolved', False, CASE_C, []),
    NOREPLY, ME_P, SUBJ_C, d(4, 23, 23, 48, 3, UTC),
    M('alternative', T(T014 + F008, cte='b64'), H(page(t2h(T014 + F008), 'AWS Support'), cte='b64')),
    trace=tr_ses(d(4, 23, 23, 48, 3, UTC), key='c014'), irt='c013', refs=['c006', 'c008', 'c011', 'c013'],
    note='Resolved with reopen option and a suggestion about merging (conditional, not a request)')

# ---- 015 CertMetrics recertified
t = """Hello Mei,

Well done: your AWS Certified Solutions Architect – Associate certification has been renewed.

New expiration date: April 11, 2028

A discount benefit for your next AWS Certification exam has been added to your account. You will find it,
together with your digital certificate, in the Benefits and Certifications sections of your AWS
Certification account.

Thank you for keeping your skills current.

AWS Certification
"""
add('n015', ('certification', False, None, []),
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A('Mei Kaneshiro', ME_C),
    'You have recertified your AWS Certification', d(4, 24, 0, 30, 19, UTC),
    M('alternative', T(t), H(page(t2h(t), 'Recertified'))), mid='<%s.recert@certmetrics.com>' % hx('n015', 20),
    trace=tr_m365(d(4, 24, 0, 30, 19, UTC), 'o12.ptr7781.certmetrics.com', '167.89.12.45',
                  'em7781.certmetrics.com', 'certmetrics.com'),
    note='Recertification notice from CertMetrics (program mail, arrives right after a case resolution)')

# ---- 016 Credly badge issued
hm = page("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://images.credly.com/size/340x340/images/aws-saa.png" width="120" alt="badge"></td></tr>
<tr><td><h2>Mei, your new badge is ready</h2>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect – Associate</b>.</p>
<p>Accept it to add it to your Credly profile and share it on LinkedIn or in your e-mail signature.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5d0e8b7a-3c41-4f2e-9a6b-1f7d2c9e4a10">Accept badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Credly, 1 World Trade Center, New York, NY. You are receiving this e-mail because an
organization issued you a badge. <a href="https://www.credly.com/unsubscribe">Manage e-mail preferences</a></td></tr>
</table>""", 'Credly')
t = """Mei, your new badge is ready

Amazon Web Services Training and Certification has issued you the badge AWS Certified Solutions
Architect – Associate.

Accept it to add it to your Credly profile:
https://www.credly.com/earner/earned/badge/5d0e8b7a-3c41-4f2e-9a6b-1f7d2c9e4a10
"""
add('n016', ('badge', False, None, []),
    A('Credly', 'admin@credly.com'), ME_C,
    'Amazon Web Services Training and Certification issued you a new badge', d(4, 24, 9, 3, 40, UTC),
    M('alternative', T(t), H(hm)), mid='<%s@credly.com>' % hx('n016', 28),
    trace=tr_m365(d(4, 24, 9, 3, 40, UTC), 'o1.email.credly.com', '149.72.33.9', 'email.credly.com', 'credly.com'),
    note='Credly badge issued; badge UUID in the link')

# ---- 017 Survey on case C
t = """Hello,

Your AWS Support case %s ("Recertification exam passed but certification still shows as expiring")
was recently resolved.

How satisfied were you with the support you received?

  Very satisfied    https://survey.aws.amazon.com/s/cs?c=%s&r=5
  Satisfied         https://survey.aws.amazon.com/s/cs?c=%s&r=4
  Neutral           https://survey.aws.amazon.com/s/cs?c=%s&r=3
  Dissatisfied      https://survey.aws.amazon.com/s/cs?c=%s&r=2
  Very dissatisfied https://survey.aws.amazon.com/s/cs?c=%s&r=1

The survey takes about two minutes. Your answers are used only to improve AWS Support.

Amazon Web Services
""" % ((CASE_C,) * 6)
add('s017', ('survey', False, CASE_C, []),
    A('AWS Support Feedback', 'aws-support-feedback@amazon.com'), ME_P,
    'How did we do? AWS Support case %s' % CASE_C, d(4, 25, 16, 0, 12, UTC),
    M('alternative', T(t), H(page(t2h(t), 'Survey'))),
    trace=tr_ses(d(4, 25, 16, 0, 12, UTC), key='s017'),
    note='Satisfaction survey for the console case; question form but a survey')

# ---- 018 Case D acknowledgement (Japanese)
T018 = """金城 芽衣 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でお問い合わせを受け付け、ケース %s を作成しました。

担当者から通常 1 営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じ内容で改めてフォームを送信されますと別のケースとして扱われ、かえって回答が遅れることがございます。補足がある場合は、このメールへの返信でお知らせください。

――― お問い合わせ内容 ―――
お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
AWS 候補 ID: AWS03917462
内容: 認定証の氏名が「Mei Kanesiro」となっています。パスポートの表記に合わせて修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
add('d018', ('acknowledgement', False, CASE_D, ['AWS03917462']),
    TC_FROM, ME_P,
    '[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D,
    d(4, 28, 6, 14, 2, UTC), T(T018, 'UTF-8', 'b64'), trace=tr_ses(d(4, 28, 6, 14, 2, UTC), key='d018'),
    note='Japanese acknowledgement, base64; "補足がある場合は…返信で" is conditional')

# ---- 019 Case D information request, ISO-2022-JP keigo
T019 = """金城 芽衣 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
ケース %s につきましてご連絡いたします。

認定証に印字される氏名は、認定アカウントのプロファイルに登録された氏名をもとに作成されております。
現在のプロファイルでは姓が「Kanesiro」と登録されておりますため、修正にあたりましては、試験当日にご提示いただいた本人確認書類と同じ綴りであることを確認させていただく必要がございます。

つきましては、パスポートに記載されているローマ字の氏名(姓・名)を、記載どおりにご返信いただけますでしょうか。
あわせて、認定証の再発行をご希望の認定名もお知らせいただけますと幸いです。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
SUBJ_D = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D
add('d019', ('info_request', True, CASE_D, []),
    TC_FROM, ME_P, SUBJ_D, d(4, 29, 2, 4, 51, UTC), T(T019, 'ISO-2022-JP', '7bit'),
    trace=tr_ses(d(4, 29, 2, 4, 51, UTC), key='d019'), irt='d018', refs=['d018'],
    note='Japanese keigo request (いただけますでしょうか) in ISO-2022-JP')

# ---- 020 owner's Japanese reply
n020 = """佐伯様

ご連絡ありがとうございます。
パスポートの表記は次のとおりです。

姓: KANESHIRO
名: MEI

再発行をお願いしたいのは AWS Certified Solutions Architect – Associate の認定証です。
念のため、認定アカウントの候補IDは AWS03917462 です。

よろしくお願いいたします。
金城 芽衣
"""
at = gmail_on_ja(d(4, 29, 11, 4), 'AWS Training and Certification <%s>' % TC)
add('u020', ('user_reply', False, CASE_D, ['AWS03917462']),
    A('金城 芽衣', ME_P), TC_FROM, 'Re: ' + SUBJ_D, d(4, 29, 12, 36, 18),
    M('alternative', T(n020 + '\n' + at + '\n\n' + q(T019) + '\n', 'UTF-8', 'b64'),
      H(gmail_html(n020, at, T019), 'UTF-8', 'b64')),
    mid=gmail_mid('u020'), irt='d019', refs=['d018', 'd019'],
    note='Owner answers in Japanese; Gmail JP attribution line; quoted keigo request below')

# ---- 021 phishing from a lookalike domain
hm = page("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="https://aws-certmetrics-verify.com/static/aws-logo.png" alt="AWS" width="90">
<h3>Certification profile verification required</h3>
<p>Dear Certified Professional,</p>
<p>Our systems found <b>two certification profiles</b> registered under your name (Candidate ID: AWS03917462).
Duplicate profiles violate the AWS Certification Program Agreement and lead to the <b>revocation of all
active certifications</b>.</p>
<p>To keep your credentials, verify your identity within 48 hours:</p>
<p><a href="https://aws-certmetrics-verify.com/login?cid=AWS03917462" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my profile</a></p>
<p>If you cannot use the link, reply to this message with your Builder ID e-mail and password and our team
will complete the verification for you.</p>
<p>AWS Certification Compliance Team</p></div>""", 'AWS Certification')
add('x021', ('suspicious', False, None, ['AWS03917462']),
    A('AWS Certification', 'notice@aws-certmetrics-verify.com'), ME_C,
    'Action required: verify your AWS Certification profile within 48 hours', d(5, 1, 0, 17, 9, UTC),
    H(hm, 'UTF-8', 'qp'), mid='<%s@aws-certmetrics-verify.com>' % hx('x021', 24),
    trace=tr_m365(d(5, 1, 0, 17, 9, UTC), 'mail.aws-certmetrics-verify.com', '185.234.72.19',
                  'aws-certmetrics-verify.com', 'aws-certmetrics-verify.com'), crlf=True,
    note='Lookalike domain passing its own SPF/DKIM; demands a reply with password; HTML-only')

# ---- 022 Case D resolved (Japanese) quoting the earlier request
T022 = """金城 芽衣 様

佐伯でございます。ご返信いただきありがとうございました。

プロファイルの氏名を「Mei Kaneshiro」に更新し、AWS Certified Solutions Architect – Associate の認定証を再発行いたしました。認定アカウントの「認定」ページから新しい PDF をダウンロードいただけます。
なお、Credly のデジタルバッジに表示される氏名は、反映までに最大 48 時間ほどかかる場合がございます。

本件はこれにて対応完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信いただければ引き続きご案内いたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
at = gmail_on_ja(d(4, 29, 12, 36), '金城 芽衣 <%s>' % ME_P)
add('d022', ('resolved', False, CASE_D, []),
    TC_FROM, ME_P, SUBJ_D, d(5, 2, 1, 40, 27, UTC),
    T(T022 + '\n' + at + '\n' + q(n020 + '\n' + gmail_on_ja(d(4, 29, 11, 4), 'AWS Training and Certification <%s>' % TC)
                                   + '\n' + q(T019)) + '\n', 'UTF-8', 'qp'),
    trace=tr_ses(d(5, 2, 1, 40, 27, UTC), key='d022'), irt='u020', refs=['d018', 'd019', 'u020'],
    note='Japanese completion with 〜がございましたら invitation; quoted history repeats the keigo request and the candidate ID')

# ---- 023 Skill Builder receipt
t = """Thank you for your order.

AWS Skill Builder Individual subscription (monthly)
Order number: SB-20250503-88214
Billing period: May 3, 2025 - June 2, 2025
Amount charged: USD 29.00 (Visa ending 4417)

Your subscription renews automatically. You can cancel at any time from My Account > Subscriptions.

AWS Training and Certification
"""
add('n023', ('unrelated', False, None, []),
    A('AWS Training and Certification', 'no-reply@aws.training'), ME_P,
    'Your AWS Skill Builder receipt', d(5, 3, 4, 20, 0, UTC),
    M('alternative', T(t), H(page(t2h(t), 'Receipt'))), mid=ses_mid('n023', 'us-east-1.'),
    trace=tr_gmail(d(5, 3, 4, 20, 0, UTC), 'a48-31.smtp-out.amazonses.com', '54.240.48.31',
                   '01000196946f-bounce@amazonses.com', 'aws.training', dkim_d='aws.training'),
    note='Skill Builder receipt from aws.training with the T&C display name')

# ---- 024 Microsoft support case closed
t = """Hello Mei,

We haven't heard back from you since our last message about enrolling your Partner Center account in
multi-factor authentication, so we are closing support request 2505060040008812.

If the problem comes back, you can reopen this request within 30 days by replying to this e-mail.

Thank you,
Microsoft Partner Center Support
"""
add('n024', ('unrelated', False, None, []),
    A('Microsoft Support', 'supportmail@microsoft.com'), ME_C,
    'Case 2505060040008812 closed: Partner Center MFA enrollment', d(5, 6, 8, 5, 0, UTC),
    M('alternative', T(t, 'us-ascii', '7bit'), H(page(t2h(t), 'Microsoft Support'))),
    mid='<%s@microsoft.com>' % hx('n024', 30),
    trace=tr_m365(d(5, 6, 8, 5, 0, UTC), 'mail-centralus.microsoft.com', '40.107.220.41', 'microsoft.com',
                  'microsoft.com'),
    note='Other vendor closing a case for no answer (looks like a closing notice)')

# ---- 025 AWS Summit marketing (Japanese, HTML only)
hm = page("""<table width="640" align="center"><tr><td>
<h2>AWS Summit Japan 2025 のご登録はお済みですか?</h2>
<p>6 月 25 日・26 日、幕張メッセで開催します。基調講演、150 を超えるセッション、展示エリアに加えて、
AWS 認定をお持ちの方専用のラウンジもご用意しています。</p>
<p>ラウンジのご利用には、会場で認定のデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0509">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table>""", 'AWS Summit Japan 2025')
add('n025', ('unrelated', False, None, []),
    A('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【AWS Summit Japan 2025】ご登録はお済みですか? 認定者ラウンジのご案内', d(5, 9, 2, 0, 4, UTC),
    H(hm, 'UTF-8', 'b64'), mid='<%s@marketo.amazon.com>' % hx('n025', 20),
    trace=tr_gmail(d(5, 9, 2, 0, 4, UTC), 'mail-a.marketo.aws', '192.28.147.162',
                   '509-ABC-123.0.81234.0.0.1234.9.1234567@em.awscloud.com', 'amazon.com', dkim_d='amazon.com'),
    extra=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>'],
    note='AWS marketing in Japanese, HTML-only; mentions certification')

# ---- 026 survey on case D (Japanese)
t = """金城 芽衣 様

先日はケース %s で AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです(所要時間 約 1 分)。
https://survey.aws.amazon.com/s/tc?case=%s&lang=ja

いただいたご意見は、サービス品質の向上のために活用させていただきます。
※ このメールへのご返信は受け付けておりません。

AWS トレーニングと認定
""" % (CASE_D, CASE_D)
add('s026', ('survey', False, CASE_D, []),
    A('AWS トレーニングと認定', 'tc-support-survey@amazon.com'), ME_P,
    'サポートに関するアンケートのお願い(ケース %s)' % CASE_D, d(5, 12, 0, 30, 0, UTC),
    T(t, 'ISO-2022-JP', '7bit'), trace=tr_ses(d(5, 12, 0, 30, 0, UTC), key='s026'), hcs='iso-2022-jp',
    note='Japanese survey; ご協力いただけますと幸いです sounds like a request but is a survey')

# ---- 027 HR: retirement procedures (ISO-2022-JP)
t = """金城 芽衣 さん

人事部の宮本です。退職に伴うお手続きについてご案内します。

・最終出社日: 2025年6月13日(金)
・会社メールアカウントは 6月13日 18:00 に停止します。必要なメールは事前に各自で保存してください。
・貸与PC・入館証は最終出社日に総務へご返却ください。
・AWS パートナーネットワーク上の認定情報の扱いは、アライアンス推進室の森田さんにご相談ください。

書類の提出期限は 6月6日です。ご不明な点があれば人事部までご連絡ください。

人事部 宮本
"""
add('n027', ('unrelated', False, None, []),
    A('人事部 宮本', 'hr-miyamoto@harborlight-tech.co.jp', 'iso-2022-jp'), A('金城 芽衣', ME_C, 'iso-2022-jp'),
    '【ご案内】退職に伴うお手続きについて', d(5, 14, 15, 20, 0),
    T(t, 'ISO-2022-JP', '7bit'), mid=outlook_mid('n027'),
    trace=tr_m365(d(5, 14, 15, 20, 0), '', '', '', '', internal=True), hcs='iso-2022-jp',
    extra=['X-Mailer: Microsoft Outlook 16.0'],
    note='HR mail about leaving: company mailbox shuts on 13 June; mentions APN certification data')

# ---- 028 other vendor ticket solved (Zendesk style)
t = """##- Please type your reply above this line -##

Your request (48213) has been solved. If you think this is a mistake, reply to this e-mail within 7 days
to reopen it.

Nora (Tasklane Support)
May 20, 2025, 09:14 UTC

Hi Mei, the CSV export fix is live now. Boards with more than 5,000 cards export correctly again.
Thanks for your patience!

This e-mail is a service from Tasklane Support.
[XK7R2M-9QW1E]
"""
add('n028', ('unrelated', False, None, []),
    A('Tasklane Support', 'support@tasklane.io'), ME_P,
    '[Tasklane] Re: Exporting boards to CSV fails', d(5, 20, 9, 14, 30, UTC),
    M('alternative', T(t), H(page(t2h(t), 'Tasklane'))), mid='<9QW1EXK7R2M_682c4d6e1a2b3_5f1e3@zendesk.com>',
    trace=tr_gmail(d(5, 20, 9, 14, 30, UTC), 'outbyip8.zendesk.com', '192.161.148.8',
                   'support+id48213@tasklane.zendesk.com', 'tasklane.io', dkim_d='tasklane.io', policy='p=NONE sp=NONE'),
    note='Other vendor ticket "solved", reply to reopen')

# ---- 029 Credly reminder
t = """Hi Mei,

A quick reminder: your AWS Certified Solutions Architect – Associate badge from Amazon Web Services
Training and Certification is still waiting to be accepted.

Accept your badge: https://www.credly.com/earner/earned/badge/5d0e8b7a-3c41-4f2e-9a6b-1f7d2c9e4a10

The Credly Team
"""
add('n029', ('badge', False, None, []),
    A('Credly', 'admin@credly.com'), ME_C, "Don't forget to accept your badge", d(5, 27, 14, 2, 0, UTC),
    M('alternative', T(t, 'UTF-8', '8bit'), H(page(t2h(t), 'Credly'))), mid='<%s@credly.com>' % hx('n029', 28),
    trace=tr_m365(d(5, 27, 14, 2, 0, UTC), 'o1.email.credly.com', '149.72.33.9', 'email.credly.com', 'credly.com'),
    note='Credly reminder (imperative "accept", but badge mail)')

# ---- 030 Case A acknowledgement
T030 = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case %s.

Our team usually answers within one business day. If you have more to tell us, reply to this message
instead of sending the form again: a second submission opens a separate case and slows down both.

Summary of your request
-----------------------
Name: Mei Kaneshiro
Contact e-mail: mei.kaneshiro.cloud@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS03917462
Description: I am leaving Harborlight Technologies on 13 June and would like my certifications moved to
my personal account. Addresses I have used: m.kaneshiro@harborlight-tech.co.jp (current certification
account) and mei.kaneshiro.cloud@gmail.com (new account, this is the one to keep).

Sincerely,
AWS Training and Certification Customer Support
""" % CASE_A
add('a030', ('acknowledgement', False, CASE_A, ['AWS03917462']),
    TC_FROM, ME_P, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A,
    d(6, 7, 5, 10, 31, UTC), T(T030, 'UTF-8', 'qp'), trace=tr_ses(d(6, 7, 5, 10, 31, UTC), key='a030'),
    note='Main case opened (15-digit ID); echo of the form text; "reply instead of sending the form again" is conditional')

# ---- 031 Case A: request for the destination candidate ID
T031 = """Hi Mei,

My name is Priya and I'll be handling your account merge.

I found the certification account registered to m.kaneshiro@harborlight-tech.co.jp (AWS03917462). I
could not find any certification account under mei.kaneshiro.cloud@gmail.com yet. That usually means the
new profile was set up with a different e-mail address, or the profile questions were not completed.

Kindly sign in with your personal Builder ID, open the account page, and send me the candidate ID shown
in the top right corner (AWS followed by eight digits), so the records end up in the right place.

Regards,
Priya S.
AWS Training and Certification
"""
add('a031', ('info_request', True, CASE_A, ['AWS03917462']),
    TC_FROM, ME_P, SUBJ_A, d(6, 8, 3, 20, 44, UTC), T(T031, 'UTF-8', 'qp'),
    trace=tr_ses(d(6, 8, 3, 20, 44, UTC), key='a031'), irt='a030', refs=['a030'],
    note='"Kindly ... send me" after an explanation; no question mark')

# ---- 032 Case B acknowledgement, sent to the company address
T032 = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case %s.

Our team usually answers within one business day. If you have more to tell us, reply to this message
instead of sending the form again: a second submission opens a separate case and slows down both.

Summary of your request
-----------------------
Name: Mei Kaneshiro
Contact e-mail: m.kaneshiro@harborlight-tech.co.jp
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS03917462
Description: Please merge this certification account into my personal one (mei.kaneshiro.cloud@gmail.com).
I sent the form yesterday from my personal address but I am not sure it went through.

Sincerely,
AWS Training and Certification Customer Support
""" % CASE_B
add('b032', ('acknowledgement', False, CASE_B, ['AWS03917462']),
    TC_FROM, A('Mei Kaneshiro', ME_C),
    '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B,
    d(6, 8, 7, 3, 27, UTC), T(T032, 'us-ascii', '7bit'), trace=tr_ses(d(6, 8, 7, 3, 27, UTC), ME_C, 'b032'),
    crlf=True, note='Duplicate form submission from the company address: second case number for the same request')

# ---- 033 Case B closed as duplicate
T033 = """Hello,

This request is the same as case %s, which my colleague is already working on, so I have closed
case %s and added a note to the original. Your merge request has not been cancelled: you will keep
hearing from us on case %s.

Nothing more is needed on this case.

Best regards,
Tomasz K.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)
add('b033', ('case_update', False, CASE_B, []),
    TC_FROM, A('Mei Kaneshiro', ME_C),
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B,
    d(6, 8, 11, 45, 2, UTC), M('alternative', T(T033, 'UTF-8', 'qp'), H(page(t2h(T033)), 'UTF-8', 'qp')),
    trace=tr_ses(d(6, 8, 11, 45, 2, UTC), ME_C, 'b033'), irt='b032', refs=['b032'],
    note='Duplicate case closed and linked; names both case numbers; belongs to case B')

# ---- 034 owner sends the new candidate ID
n034 = """Hi Priya,

Thanks for looking into it. The new account's candidate ID is AWS11584720. I created it on 6 June with
mei.kaneshiro.cloud@gmail.com, and the profile page now shows all questions answered.

Best,
Mei
"""
at = gmail_on(d(6, 8, 12, 20), 'AWS Training and Certification <%s>' % TC)
add('u034', ('user_reply', False, CASE_A, ['AWS11584720']),
    A('Mei Kaneshiro', ME_P), TC_FROM, SUBJ_A, d(6, 8, 21, 12, 5),
    M('alternative', T(n034 + '\n' + at + '\n\n' + q(T031) + '\n'), H(gmail_html(n034, at, T031))),
    mid=gmail_mid('u034'), irt='a031', refs=['a030', 'a031'],
    note='Owner reply with the new candidate ID; old ID only in the quote')

# ---- 035 Case A: short confirmation question
T035 = """Hi Mei,

Got it, thank you. Before I go further, two quick checks: do both AWS11584720 and AWS03917462 belong to
you, and is the first of the two the account you want to keep after the merge? A short yes is enough.

Regards,
Priya S.
AWS Training and Certification
"""
add('a035', ('confirmation_request', True, CASE_A, ['AWS11584720', 'AWS03917462']),
    TC_FROM, ME_P, SUBJ_A, d(6, 8, 22, 40, 9, UTC),
    T(T035 + '\n' + gmail_on(d(6, 8, 12, 12, tz=UTC), 'Mei Kaneshiro <%s>' % ME_P) + '\n'
      + q(n034) + '\n', 'UTF-8', 'qp'),
    trace=tr_ses(d(6, 8, 22, 40, 9, UTC), key='a035'), irt='u034', refs=['a030', 'a031', 'u034'],
    note='Confirmation asked as plain questions, no "please"')

# ---- 036 owner: yes
n036 = """Yes to both: they are both mine, and AWS11584720 is the one to keep.

Mei
"""
at = gmail_on(d(6, 9, 7, 40), 'AWS Training and Certification <%s>' % TC)
add('u036', ('user_reply', False, CASE_A, ['AWS11584720']),
    A('Mei Kaneshiro', ME_P), TC_FROM, SUBJ_A, d(6, 9, 8, 5, 51),
    T(n036 + '\n' + at + '\n\n' + q(T035) + '\n', 'UTF-8', '7bit', params='; format=flowed'),
    mid=gmail_mid('u036'), irt='a035', refs=['a030', 'a031', 'u034', 'a035'],
    note='Very short confirmation by the owner (plain text only)')

# ---- 037 Case A on hold (APN partner), with a question buried inside
T037 = """Hi Mei,

Thank you for confirming.

While preparing the merge I found that the account for m.kaneshiro@harborlight-tech.co.jp is linked to
the AWS Partner Network organization of Harborlight Technologies. Certifications held in a
partner-linked account count toward that partner's standing, so we can't move them until the link is
removed on the partner side. I've contacted the partner's Alliance Lead through our partner team and
placed your case on hold until they respond; this may take a few business days.

It would help me when I talk to the partner team to know whether you have already left Harborlight or
have a last working day coming up, since a departing employee's request is handled differently.

I'll update you as soon as I hear back.

Regards,
Priya S.
AWS Training and Certification
"""
add('a037', ('on_hold', True, CASE_A, []),
    TC_FROM, ME_P, SUBJ_A, d(6, 9, 9, 22, 16, UTC),
    M('alternative', T(T037, 'UTF-8', 'qp'), H(page(t2h(T037)), 'UTF-8', 'qp')),
    trace=tr_ses(d(6, 9, 9, 22, 16, UTC), key='a037'), irt='u036', refs=['a030', 'a031', 'u034', 'a035', 'u036'],
    note='Partner hold; the question is phrased indirectly ("It would help me ... to know whether") in the middle')

# ---- 038 GitHub: merged PR with "merge ... account" words
t = """Merged #431 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/harborlight/infra-modules/pull/431#event-17566120934
You are receiving this because you were mentioned.
"""
add('n038', ('unrelated', False, None, []),
    A('Kaito Morita', 'notifications@github.com'), A('harborlight/infra-modules', 'infra-modules@noreply.github.com'),
    'Re: [harborlight/infra-modules] Merge duplicate IAM role definitions into the account baseline (PR #431)',
    d(6, 9, 10, 2, 18, UTC),
    M('alternative', T(t), H('<p>Merged <a href="https://github.com/harborlight/infra-modules/pull/431">#431</a> into main.</p>\n')),
    mid='<harborlight/infra-modules/pull/431/issue_event/17566120934@github.com>',
    cc=A('Mei Kaneshiro', ME_P) + ', Mention <mention@noreply.github.com>',
    trace=tr_gmail(d(6, 9, 10, 2, 18, UTC), 'out-26.smtp.github.com', '192.30.252.209',
                   'noreply@github.com', 'github.com', policy='p=REJECT sp=REJECT'),
    extra=['List-ID: harborlight/infra-modules <infra-modules.harborlight.github.com>', 'X-GitHub-Reason: mention'],
    note='GitHub merge notice whose title contains "Merge ... account"')

# ---- 039 owner: last working day
n039 = """Hi Priya,

My last working day at Harborlight is Friday 13 June; the company mailbox will be switched off that
evening. I've also asked our Alliance Lead, Kaito Morita, to remove the partner link from his side.

Thanks,
Mei
"""
at = gmail_on(d(6, 9, 18, 22), 'AWS Training and Certification <%s>' % TC)
add('u039', ('user_reply', False, CASE_A, []),
    A('Mei Kaneshiro', ME_P), TC_FROM, SUBJ_A, d(6, 10, 7, 48, 2),
    M('alternative', T(n039 + '\n' + at + '\n\n' + q(T037) + '\n'), H(gmail_html(n039, at, T037))),
    mid=gmail_mid('u039'), irt='a037', refs=['a030', 'a031', 'u034', 'a035', 'u036', 'a037'],
    note='Owner answers the buried question')

# ---- 040 colleague (alliance lead), UTF-8 QP, Outlook JP quote
t = """金城さん

森田です。
パートナーセントラルで、金城さんのユーザーを当社の組織から外しました。
AWS のパートナーチームからも確認の連絡が来ていたので、6/13 で退職予定であることを回答しておきました。
反映には 1〜2 日かかるそうです。

森田

差出人: 金城 芽衣 <m.kaneshiro@harborlight-tech.co.jp>
送信日時: 2025年6月10日 8:02
宛先: 森田 海斗 <k.morita@harborlight-tech.co.jp>
件名: APN の認定情報の紐付け解除のお願い

森田さん

AWS 認定アカウントを個人のアドレスへ統合する手続きをしています。
会社のアカウントが APN に紐付いているため保留になっているそうで、パートナーセントラル側で解除していただけますか。

金城
"""
add('n040', ('unrelated', False, None, []),
    A('森田 海斗', 'k.morita@harborlight-tech.co.jp'), A('金城 芽衣', ME_C),
    'RE: APN の認定情報の紐付け解除のお願い', d(6, 10, 16, 31, 40),
    M('alternative', T(t, 'UTF-8', 'qp'), H(page(t2h(t)), 'UTF-8', 'qp')), mid=outlook_mid('n040'),
    trace=tr_m365(d(6, 10, 16, 31, 40), '', '', '', '', internal=True),
    extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Topic: ' + eh('APN の認定情報の紐付け解除のお願い')],
    crlf=True, note='Colleague reports the partner link removed: relevant news, but not from support')

# ---- 041 Case A: still on hold, nothing to do
T041 = """Hi Mei,

Thanks for the details. A quick update: the partner team has reached Harborlight's Alliance Lead, and your
case stays on hold until they confirm the link has been removed. There is nothing you need to do right
now; I'll write again as soon as it moves.

Regards,
Priya S.
AWS Training and Certification
"""
add('a041', ('on_hold', False, CASE_A, []),
    TC_FROM, ME_P, SUBJ_A, d(6, 11, 2, 15, 38, UTC), T(T041, 'UTF-8', '7bit'),
    trace=tr_ses(d(6, 11, 2, 15, 38, UTC), key='a041'), irt='u039',
    refs=['a030', 'a031', 'u034', 'a035', 'u036', 'a037', 'u039'],
    note='Hold continues, explicitly nothing to do')

# ---- 042 APN Partner Central notice
t = """Hello Mei Kaneshiro,

Your AWS Partner Central user has been removed from the partner organization Harborlight Technologies
by an alliance lead of that organization.

Training and certification records linked to this user are no longer shared with Harborlight
Technologies. If you did not expect this change, contact your organization's alliance lead.

AWS Partner Network
"""
add('n042', ('unrelated', False, None, []),
    A('AWS Partner Network', 'apn-no-reply@amazon.com'), ME_C,
    'Your AWS Partner Central user was removed from Harborlight Technologies', d(6, 11, 5, 40, 0, UTC),
    M('alternative', T(t), H(page(t2h(t)))), trace=tr_ses(d(6, 11, 5, 40, 0, UTC), ME_C, 'n042'),
    note='Other AWS program (Partner Central), related news but not the T&C case')

# ---- 043 Case A: hold lifted, passed on
T043 = """Hi Mei,

Good news: the partner team has confirmed that the Harborlight association has been removed from your
certification account, so the hold on your case is lifted.

I have handed the case to our account operations team, who carry out the merges. One of them will be in
touch shortly to go through the details with you before anything is changed.

Regards,
Priya S.
AWS Training and Certification
"""
add('a043', ('case_update', False, CASE_A, []),
    TC_FROM, ME_P, SUBJ_A, d(6, 12, 1, 5, 12, UTC),
    M('alternative', T(T043, 'UTF-8', 'qp'), H(page(t2h(T043)), 'UTF-8', 'qp')),
    trace=tr_ses(d(6, 12, 1, 5, 12, UTC), key='a043'), irt='a041',
    refs=['a030', 'a031', 'u034', 'a035', 'u036', 'a037', 'u039', 'a041'],
    note='Hold lifted and handed to another team; announces a future request but asks nothing yet')

# ---- 044 Case A: confirmation request, HTML only with a table (To personal, Cc company)
ROWS = [('Candidate ID', 'AWS11584720', 'AWS03917462'),
        ('Login e-mail', ME_P, ME_C),
        ('Training notification e-mail', ME_P, ME_C),
        ('Certification notification e-mail', ME_P, ME_C),
        ('Active certifications', 'none', 'AWS Certified Solutions Architect – Associate; AWS Certified Cloud Practitioner'),
        ('Benefits', 'none', '50% exam discount (1)')]
tbl = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n'
       '<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>\n'
       + '\n'.join('<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>' % tuple(html.escape(c) for c in r) for r in ROWS)
       + '\n</table>')
H044 = """<p>Hello Mei,</p>
<p>I'm Daniel from the account operations team and I've picked up your merge request. These are the two
certification accounts I found:</p>
%s
<p>After the merge, Account #2 will be closed and its exam history, certifications and benefits will be held
under Account #1. A merge can't be reversed.</p>
<p>Please look over the details and reply to confirm that both accounts are yours and that Account #1 is the
one to keep. I'll complete the merge as soon as I have your go-ahead.</p>
<p>Best,<br>Daniel O.<br>Account Operations | AWS Training and Certification</p>""" % tbl
T044_QUOTED = """Hello Mei,

I'm Daniel from the account operations team and I've picked up your merge request. These are the two
certification accounts I found:

""" + '\n'.join('%s: %s | %s' % r for r in [('', 'Account #1', 'Account #2')] + ROWS).lstrip(': ') + """

After the merge, Account #2 will be closed and its exam history, certifications and benefits will be held
under Account #1. A merge can't be reversed.

Please look over the details and reply to confirm that both accounts are yours and that Account #1 is the
one to keep. I'll complete the merge as soon as I have your go-ahead.

Best,
Daniel O.
Account Operations | AWS Training and Certification
"""
add('a044', ('confirmation_request', True, CASE_A, ['AWS11584720', 'AWS03917462']),
    TC_FROM, ME_P, SUBJ_A, d(6, 12, 7, 41, 55, UTC), H(page(H044, 'Case %s' % CASE_A), 'UTF-8', 'b64'),
    cc=ME_C, trace=tr_ses(d(6, 12, 7, 41, 55, UTC), key='a044'), irt='a043',
    refs=['a030', 'a031', 'u034', 'a035', 'u036', 'a037', 'u039', 'a041', 'a043'],
    note='Classic Account #1/#2 confirmation, HTML-only base64 table, Cc to the company address')

# ---- 045 owner replies from the company address (Outlook style, top-posted)
n045 = """Hi Daniel,

Yes, both accounts are mine. Please go ahead and merge everything into Account #1.

Mei Kaneshiro
Harborlight Technologies
"""
hdr045 = """-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, June 12, 2025 4:41 PM
To: %s
Cc: %s
Subject: %s

""" % (TC, ME_P, ME_C, SUBJ_A)
add('u045', ('user_reply', False, CASE_A, []),
    A('Kaneshiro Mei', ME_C), TC_FROM, 'RE: ' + SUBJ_A, d(6, 12, 17, 2, 26),
    M('alternative', T(n045 + '\n' + hdr045 + T044_QUOTED, 'UTF-8', 'qp'),
      H(page(t2h(n045) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
             + t2h(hdr045) + '</div>' + H044), 'UTF-8', 'qp')),
    mid=outlook_mid('u045'), irt='a044', refs=['a030', 'a044'],
    extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdvbY3k0c2FsbGF0aW9uAAECAwQFBgcICQoLDA0=',
           'Content-Language: en-US'], crlf=True,
    note='Owner confirms but from the company address (Outlook "-----Original Message-----", IDs only in quote)')

# ---- 046 Case A: please write from the address on the case
T046 = """Hi Mei,

Thanks for the quick answer. It came from m.kaneshiro@harborlight-tech.co.jp, though, and this case is
registered to mei.kaneshiro.cloud@gmail.com. Because a merge permanently moves certification records, we
can only act on a go-ahead sent from the contact address on the case.

Could you send the same confirmation again from mei.kaneshiro.cloud@gmail.com? Replying to this e-mail
from that mailbox is enough.

Best,
Daniel O.
Account Operations | AWS Training and Certification
"""
add('a046', ('info_request', True, CASE_A, []),
    TC_FROM, ME_P, SUBJ_A, d(6, 13, 0, 18, 40, UTC), T(T046, 'UTF-8', 'qp'),
    trace=tr_ses(d(6, 13, 0, 18, 40, UTC), key='a046'), irt='u045', refs=['a030', 'a044', 'u045'],
    note='Wrong-address reply: support asks to resend from the personal address (labelled info_request)')

# ---- 047 out-of-office auto reply
t = """Thank you for your message. I am out of the office until 23 June with limited access to e-mail.

For urgent logistics matters please contact dispatch@nordhaven-logistics.de.

Best regards
Lukas Brandt
"""
add('n047', ('unrelated', False, None, []),
    A('Lukas Brandt', 'l.brandt@nordhaven-logistics.de'), A('Kaneshiro Mei', ME_C),
    'Automatic reply: Farewell and thank you', d(6, 13, 11, 2, 9, CEST),
    T(t, 'us-ascii', '7bit'), mid='<%s@AM9PR07MB7201.eurprd07.prod.outlook.com>' % hx('n047', 32).upper(),
    trace=tr_m365(d(6, 13, 11, 2, 9, CEST), 'EUR02-AM0-obe.outbound.protection.outlook.com', '40.107.22.94',
                  'nordhaven-logistics.de', 'nordhaven-logistics.de', dkim_d='nordhaven-logistics.de'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    note='Out-of-office reply from a customer to the farewell mail')

# ---- 048 bounce: company mailbox closed
t = """** Address not found **

Your message wasn't delivered to m.kaneshiro@harborlight-tech.co.jp because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mei.kaneshiro.cloud@gmail.com
Arrival-Date: Sat, 14 Jun 2025 02:11:40 -0700 (PDT)

Final-Recipient: rfc822; m.kaneshiro@harborlight-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; harborlighttech-co-jp.mail.protection.outlook.com. (52.101.228.2)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
oh = """Date: Sat, 14 Jun 2025 18:11:38 +0900
From: Mei Kaneshiro <mei.kaneshiro.cloud@gmail.com>
To: m.kaneshiro@harborlight-tech.co.jp
Subject: test: is the old mailbox still on?
Message-ID: %s
""" % gmail_mid('bounced-test')
add('n048', ('unrelated', False, None, []),
    A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
    'Delivery Status Notification (Failure)', d(6, 14, 18, 11, 41),
    M('report', T(t, 'UTF-8', 'qp'), ('leaf_raw', 'message/delivery-status', ds), T(oh, 'us-ascii', '7bit', 'rfc822-headers'),
      params=' report-type=delivery-status;'),
    mid=gmail_mid('n048'), trace=['Delivered-To: ' + ME_P],
    note='Bounce from the closed company mailbox (multipart/report)')

# ---- 049 English newsletter
t = """CLOUD OPS DIGEST #212 - June 16, 2025

This week
* How we merged two AWS Organizations without a minute of downtime
* Support cases that never close: a field guide to vendor ticket queues
* Reader question: "Do I lose my certifications when I change jobs?" (short answer: no, but move them
  before your work e-mail is switched off)

Have a story to share? Just hit reply - we read everything.

You are receiving this because you subscribed at cloudopsdigest.io.
Unsubscribe: https://cloudopsdigest.io/u/8f2a61
"""
add('n049', ('unrelated', False, None, []),
    A('Cloud Ops Digest', 'digest@cloudopsdigest.io'), ME_P, 'Cloud Ops Digest #212: merging AWS Organizations',
    d(6, 16, 13, 0, 0, UTC), M('alternative', T(t, 'UTF-8', '7bit'), H(page(t2h(t), 'Cloud Ops Digest'))),
    mid='<%s@cloudopsdigest.io>' % hx('n049', 24),
    trace=tr_gmail(d(6, 16, 13, 0, 0, UTC), 'mail.cloudopsdigest.io', '198.51.100.17',
                   'bounces@mail.cloudopsdigest.io', 'cloudopsdigest.io', policy='p=NONE sp=NONE'),
    extra=['List-Unsubscribe: <https://cloudopsdigest.io/u/8f2a61>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
    note='Newsletter about merging accounts and changing jobs; "hit reply" invitation')

# ---- 050 Case A closing notice
T050 = """Hello,

We are following up on case %s. On June 13 we asked for the merge confirmation to be sent from the
e-mail address registered on the case, and we have not received it yet.

If we do not hear from you by June 20, 2025, we will take it that the request is no longer needed and
close the case. An answer before then keeps it open; if the case has already been closed, replying to
this message will reopen it.

Kind regards,
AWS Training and Certification Customer Support
""" % CASE_A
add('a050', ('closing_notice', True, CASE_A, []),
    TC_FROM, ME_P, SUBJ_A, d(6, 17, 1, 30, 5, UTC), T(T050, 'UTF-8', 'qp'),
    trace=tr_ses(d(6, 17, 1, 30, 5, UTC), key='a050'), irt='a046', refs=['a030', 'a044', 'u045', 'a046'],
    note='Closing notice for no answer; no agent name')

# ---- 051 spoofed amazon.com address, DMARC fails
hm = page("""<p>Dear Customer,</p>
<p>Your account merge request (case %s) is ready to be completed. For your protection, a final identity check is
required before certification records are transferred.</p>
<p><a href="https://aws-training-verify.support-case.net/merge?case=%s">Complete verification</a></p>
<p>Sign in with your Builder ID e-mail and password. If the check is not finished within 24 hours the request will
be cancelled and you will have to submit a new one.</p>
<p>AWS Training and Certification</p>""" % (CASE_A, CASE_A), 'AWS')
add('x051', ('suspicious', False, None, []),
    TC_FROM, ME_P, 'RE:[CASE %s] Final step: verify your identity to complete the account merge' % CASE_A,
    d(6, 17, 3, 10, 44, UTC), M('alternative', T('Open this message in an HTML viewer to complete verification.\n'), H(hm)),
    mid='<%s@mailer-7.trk-notify.com>' % hx('x051', 20),
    trace=tr_gmail(d(6, 17, 3, 10, 44, UTC), 'mailer-7.trk-notify.com', '45.141.84.203',
                   'bounce@mailer-7.trk-notify.com', 'amazon.com', dkim='fail', spf='softfail', dmarc='fail',
                   dkim_d='amazon.com'),
    crlf=True, note='Real From address and real case number but DMARC fails; credential link; case left null')

# ---- 052 owner confirms from the personal address (top-posted over long history)
n052 = """Hi Daniel,

Sorry for the delay, and here it is from my personal address as you asked.

Confirmed: both accounts are mine. Please merge into Account #1 (AWS11584720,
mei.kaneshiro.cloud@gmail.com).

Thanks,
Mei
"""
hist = (gmail_on(d(6, 17, 10, 30), 'AWS Training and Certification <%s>' % TC) + '\n\n' + q(T050) + '\n\n'
        + q(gmail_on(d(6, 13, 9, 18), 'AWS Training and Certification <%s>' % TC) + '\n\n' + q(T046) + '\n\n'
            + q(hdr045 + T044_QUOTED)))
add('u052', ('user_reply', False, CASE_A, ['AWS11584720']),
    A('Mei Kaneshiro', ME_P), TC_FROM, 'Re: ' + SUBJ_A, d(6, 17, 20, 45, 13),
    M('alternative', T(n052 + '\n' + hist + '\n', 'UTF-8', 'qp'), H(gmail_html(n052, '', hist), 'UTF-8', 'qp')),
    mid=gmail_mid('u052'), irt='a050', refs=['a030', 'a044', 'u045', 'a046', 'a050'],
    note='Owner confirmation top-posted over three levels of quoted history (old ID only in the quotes)')

# ---- 053 Case A resolved, quoting the confirmation request
T053 = """Hi Mei,

Thanks for confirming. I have merged the two accounts: the exam history, certifications and benefits of
AWS03917462 are now part of AWS11584720, and you can check them by signing in with your personal Builder
ID. Account #2 has been closed.

Credly badges are re-issued automatically, usually within a day. Partner profiles can take up to a week to
catch up.

No further action is required from you. Should anything look wrong, reply to this e-mail and the case will
be reopened.

Best,
Daniel O.
Account Operations | AWS Training and Certification
"""
qh = gmail_on(d(6, 17, 11, 45, tz=UTC), 'Mei Kaneshiro <%s>' % ME_P) + '\n' + q(n052 + '\n' + hist)
add('a053', ('resolved', False, CASE_A, ['AWS03917462', 'AWS11584720']),
    TC_FROM, ME_P, SUBJ_A, d(6, 18, 2, 10, 20, UTC),
    M('alternative', T(T053 + '\n' + qh + '\n', 'UTF-8', 'qp'), H(page(t2h(T053) + '<blockquote>' + t2h(qh) + '</blockquote>'))),
    trace=tr_ses(d(6, 18, 2, 10, 20, UTC), key='a053'), irt='u052',
    refs=['a030', 'a044', 'u045', 'a046', 'a050', 'u052'],
    note='Merge done; quoted history below still contains the confirmation request and the closing notice')

# ---- 054 Credly: badges after the merge
hm = page("""<h2>You have 2 new badges</h2>
<p>Amazon Web Services Training and Certification has issued you the following badges:</p>
<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">View and accept your badges</a></p>
<p style="font-size:11px">Badge IDs: 0b6f2e1a-7d3c-4a55-8e90-2c41f5a7d6b3, 9a4d7c20-1e6b-4f38-b2a9-6d0c3e85f114</p>""", 'Credly')
add('n054', ('badge', False, None, []),
    A('Credly', 'admin@credly.com'), ME_P, 'You have 2 new badges from Amazon Web Services Training and Certification',
    d(6, 18, 2, 41, 7, UTC), H(hm, 'UTF-8', 'qp'), mid='<%s@credly.com>' % hx('n054', 28),
    trace=tr_gmail(d(6, 18, 2, 41, 7, UTC), 'o1.email.credly.com', '149.72.33.9', 'bounces+1788@email.credly.com',
                   'credly.com', dkim_d='credly.com', policy='p=REJECT sp=REJECT'),
    note='Credly badges re-issued after the merge, HTML-only; badge UUIDs')

# ---- 055 survey on case A
t = """Hello,

Thank you for contacting AWS Training and Certification. Your case %s has been marked as resolved.

We'd love to know how we did. On a scale of 1 (poor) to 5 (excellent), how would you rate your
experience?

Rate your experience: https://survey.aws.amazon.com/s/tc?case=%s

Replies to this e-mail are not monitored.
""" % (CASE_A, CASE_A)
add('s055', ('survey', False, CASE_A, []),
    A('AWS Training and Certification', 'tc-support-survey@amazon.com'), ME_P,
    'How did we do on case %s?' % CASE_A, d(6, 19, 0, 5, 0, UTC), T(t, 'us-ascii', '7bit'),
    trace=tr_ses(d(6, 19, 0, 5, 0, UTC), key='s055'),
    note='Survey with a question ("how would you rate")')

# ---- 056 CertMetrics program feedback invitation
t = """Hello Mei,

AWS Certification is looking for certified professionals to help review questions for upcoming exams.
Subject matter experts who take part help keep our exams relevant and receive a benefit for their time.

If you are interested, fill in the short profile questionnaire by July 4:
https://www.certmetrics.com/amazon/sme/interest

You are receiving this because you chose to lend your voice to AWS Certification in your profile.

AWS Certification
"""
add('n056', ('certification', False, None, []),
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A('Mei Kaneshiro', ME_P),
    'AWS Certification wants your input on future exams', d(6, 20, 15, 0, 30, UTC),
    M('alternative', T(t), H(page(t2h(t)))), mid='<%s.sme@certmetrics.com>' % hx('n056', 20),
    trace=tr_gmail(d(6, 20, 15, 0, 30, UTC), 'o12.ptr7781.certmetrics.com', '167.89.12.45',
                   'bounces+7781@em7781.certmetrics.com', 'certmetrics.com', dkim_d='certmetrics.com',
                   policy='p=NONE sp=NONE'),
    note='Certification program invitation that reads like a request/survey; first program mail to the personal address')

# ---- 057 owner: voucher missing after the merge
n057 = """Hi Daniel,

Thank you, almost everything came across. One thing is missing: the 50% exam discount I earned with my
April recertification is not listed under Benefits on the new account. The old account showed it until
the merge. Could you take a look?

Mei
"""
at = gmail_on(d(6, 18, 11, 10), 'AWS Training and Certification <%s>' % TC)
add('u057', ('user_reply', False, CASE_A, []),
    A('Mei Kaneshiro', ME_P), TC_FROM, 'Re: ' + SUBJ_A, d(6, 23, 9, 12, 40),
    M('alternative', T(n057 + '\n' + at + '\n\n' + q(T053) + '\n'), H(gmail_html(n057, at, T053))),
    mid=gmail_mid('u057'), irt='a053', refs=['a030', 'a044', 'a050', 'u052', 'a053'],
    note='Owner reopens the resolved case with a question of her own (she asks; support does not)')

# ---- 058 Case A reopened and passed to the benefits team; mentions an old 10-digit case
T058 = """Hello Mei,

I've reopened case %s and passed your note about the missing discount to our benefits team, who look
after vouchers and discounts.

While checking the history I also came across an older case, 8164420937 from 2021, about the same
certification account. I've linked it so the benefits team can see the full picture.

They usually reply within 2 to 3 business days.

Kind regards,
Marisol R.
AWS Training and Certification
""" % CASE_A
add('a058', ('case_update', False, CASE_A, []),
    TC_FROM, ME_P, SUBJ_A, d(6, 24, 4, 33, 10, UTC),
    M('alternative', T(T058, 'UTF-8', 'qp'), H(page(t2h(T058)), 'UTF-8', 'qp')),
    trace=tr_ses(d(6, 24, 4, 33, 10, UTC), key='a058'), irt='u057', refs=['a030', 'a053', 'u057'],
    note='Reopened and passed on; an old 10-digit case number appears in the text (the message belongs to A)')

# ---- 059 AWS Educate form case (other program) asking for information
t = """Hello,

Thank you for contacting AWS Educate. To approve educator access for your workshop, we need the name of the
institution you teach for and a document showing your educator role (for example an appointment letter).

Could you reply to this e-mail with both?

Best regards,
AWS Educate Support
"""
add('n059', ('unrelated', False, None, []),
    A('AWS Educate Support', 'aws-cs-educate-form@amazon.com'), ME_P,
    'RE:[CASE 175112930400877] [AWS Educate Form Submission] - educator-access', d(6, 25, 6, 0, 21, UTC),
    T(t, 'UTF-8', 'qp'), trace=tr_ses(d(6, 25, 6, 0, 21, UTC), key='n059'),
    note='Same case-subject shape from another AWS program (Educate) asking for information')

# ---- 060 Case A: benefits team asks in plain Japanese, request in the middle
T060 = """金城 芽衣 様

AWS トレーニングと認定 特典チームの中村です。ケース %s についてご連絡します。

統合前のアカウント (AWS03917462) には、4 月 11 日の再認定で付与された 50%% 割引が 1 件ありました。未使用の特典は通常、統合の際に新しいアカウントへ移りますが、今回は統合と同じ日にこの割引を使った試験予約の手続きが始まっていた記録があり、自動では移されませんでした。

再発行の前に、6 月 18 日以降にこの割引で試験を予約したかどうかを教えてください。予約している場合は、試験名と予約日も書いてください。

確認がとれしだい、新しいアカウント (AWS11584720) に割引を発行します。

中村
AWS トレーニングと認定 特典チーム
""" % CASE_A
add('a060', ('info_request', True, CASE_A, ['AWS03917462', 'AWS11584720']),
    TC_FROM, ME_P, SUBJ_A, d(6, 26, 1, 50, 2, UTC),
    M('alternative', T(T060, 'UTF-8', 'qp'), H(page(t2h(T060)), 'UTF-8', 'qp')),
    trace=tr_ses(d(6, 26, 1, 50, 2, UTC), key='a060'), irt='a058', refs=['a030', 'a053', 'u057', 'a058'],
    note='Plain Japanese 〜てください request sandwiched between explanation and a promise')

# ---- 061 owner replies in Japanese
n061 = """中村様

ご確認ありがとうございます。
6 月 18 日以降、この割引を使った試験の予約はしていません。
18 日の昼に Pearson VUE のサイトで予約を始めましたが、支払い画面の前でキャンセルしました。

よろしくお願いいたします。
金城
"""
at = gmail_on_ja(d(6, 26, 10, 50), 'AWS Training and Certification <%s>' % TC)
add('u061', ('user_reply', False, CASE_A, []),
    A('金城 芽衣', ME_P), TC_FROM, 'Re: ' + SUBJ_A, d(6, 26, 13, 5, 9),
    M('alternative', T(n061 + '\n' + at + '\n\n' + q(T060) + '\n', 'UTF-8', 'b64'), H(gmail_html(n061, at, T060), 'UTF-8', 'b64')),
    mid=gmail_mid('u061'), irt='a060', refs=['a030', 'a053', 'u057', 'a058', 'a060'],
    note='Owner answer in Japanese (base64), candidate IDs only in the quote')

# ---- 062 unrelated console case (service quota) asking for information
t = """Hello,

Thank you for your service quota request for Running On-Demand Standard instances in ap-northeast-1.

To review it, we need a little more information: which instance types you plan to run, the expected peak
number of vCPUs, and how long you expect to need the higher quota. Please add these details to the case
in the Support Center.

[AWS ID 902318475566]

Best regards,
Hiroshi T.
Amazon Web Services

To see all the details for this case, or to reply, sign in:
https://console.aws.amazon.com/support/home#/case/?displayId=14822910457&language=en

This e-mail was sent from an address that cannot accept incoming e-mail.
"""
add('n062', ('unrelated', False, None, []),
    NOREPLY, ME_P, 'RE:[CASE 14822910457] Service quota increase: EC2 vCPU limit in Tokyo', d(6, 27, 8, 22, 0, UTC),
    T(t, 'UTF-8', '7bit'), trace=tr_ses(d(6, 27, 8, 22, 0, UTC), key='n062'),
    note='Console case of AWS Support on an EC2 quota: same sender and shape as case C, but not Training and Certification')

# ---- 063 Case A resolved again: voucher reissued, case closes on schedule
T063 = """Hello Mei,

Thank you for confirming that the discount was not used. I have issued a new 50% exam discount to
AWS11584720; it is listed under Benefits now and keeps the original expiry date.

No further action is required. We'll close this case in 3 days; if anything else comes up before then,
feel free to reply here.

Kind regards,
Nakamura
AWS Training and Certification Benefits Team
"""
add('a063', ('resolved', False, CASE_A, ['AWS11584720']),
    TC_FROM, ME_P, SUBJ_A, d(6, 30, 5, 15, 31, UTC),
    M('alternative', T(T063 + '\n' + gmail_on(d(6, 26, 4, 5, tz=UTC), '金城 芽衣 <%s>' % ME_P) + '\n' + q(n061) + '\n', 'UTF-8', 'qp'),
      H(page(t2h(T063)), 'UTF-8', 'qp')),
    trace=tr_ses(d(6, 30, 5, 15, 31, UTC), key='a063'), irt='u061', refs=['a030', 'a053', 'u057', 'a058', 'a060', 'u061'],
    note='Done; "We\'ll close this case in 3 days" is a scheduled close after success, not a closing notice for silence')

# ---- 064 second survey on case A (Japanese, base64 HTML)
t = """金城 芽衣 様

ケース %s のサポートはいかがでしたか。
以下のリンクから 5 段階で評価をお聞かせください。

https://survey.aws.amazon.com/s/tc?case=%s&lang=ja

※ 本メールは送信専用です。
AWS トレーニングと認定
""" % (CASE_A, CASE_A)
add('s064', ('survey', False, CASE_A, []),
    A('AWS トレーニングと認定', 'tc-support-survey@amazon.com'), ME_P,
    'サポートのご対応はいかがでしたか (ケース %s)' % CASE_A, d(7, 3, 0, 5, 0, UTC),
    M('alternative', T(t, 'UTF-8', 'b64'), H(page(t2h(t)), 'UTF-8', 'b64')),
    trace=tr_ses(d(7, 3, 0, 5, 0, UTC), key='s064'),
    note='Second survey after the reopened case closed, Japanese')

# ---- 065 Credly lookalike phishing
t = """Hello,

We were unable to verify the badge "AWS Certified Solutions Architect – Associate" recently transferred to
your profile. Unverified badges are revoked automatically after 24 hours.

Sign in to keep your badge: https://credly-badgeverify.com/signin?ref=aws

Credly Trust & Safety
"""
add('x065', ('suspicious', False, None, []),
    A('Credly', 'admin@credly-badgeverify.com'), ME_P, 'Your AWS badge will be revoked in 24 hours',
    d(7, 7, 11, 48, 0, UTC), M('alternative', T(t), H(page(t2h(t)))),
    mid='<%s@credly-badgeverify.com>' % hx('x065', 24),
    trace=tr_gmail(d(7, 7, 11, 48, 0, UTC), 'smtp.credly-badgeverify.com', '91.92.240.15',
                   'admin@credly-badgeverify.com', 'credly-badgeverify.com', dkim_d='credly-badgeverify.com',
                   policy='p=NONE sp=NONE'),
    note='Credly lookalike domain, authentication passes for its own domain')

# ---- 066 Google Cloud support asks for information
t = """Hello Mei,

Thanks for contacting Google Cloud Support about case 54021877.

To move your billing account to the correct organization we need the organization ID and the e-mail of
a user who holds the Billing Account Administrator role there. Could you reply with both?

Regards,
Ana
Google Cloud Support
"""
add('n066', ('unrelated', False, None, []),
    A('Google Cloud Support', 'cloud-support@google.com'), ME_P,
    '[Case 54021877] Billing account linked to the wrong organization', d(7, 8, 16, 20, 0, UTC),
    M('alternative', T(t), H(page(t2h(t)))), mid='<%s@google.com>' % hx('n066', 26),
    trace=tr_gmail(d(7, 8, 16, 20, 0, UTC), 'mail-sor-f69.google.com', '209.85.220.69',
                   'cloud-support@google.com', 'google.com', dkim_d='google.com', policy='p=REJECT sp=REJECT'),
    note='Other vendor support case waiting for an answer')

# ---- 067 CertMetrics benefits update to the personal address
t = """Hello Mei,

The benefits available in your AWS Certification account have changed.

Candidate ID: AWS11584720
New benefit: 50% discount on your next AWS Certification exam

Benefits can be used when you schedule an exam with Pearson VUE. See the Benefits page of your
AWS Certification account for terms and expiry.

AWS Certification
"""
add('n067', ('certification', False, None, ['AWS11584720']),
    A('AWS Certification', 'do-not-reply@certmetrics.com'), A('Mei Kaneshiro', ME_P),
    'Your AWS Certification benefits have been updated', d(7, 10, 2, 0, 0, UTC),
    M('alternative', T(t, 'UTF-8', 'b64'), H(page(t2h(t)), 'UTF-8', 'b64')),
    mid='<%s.benefit@certmetrics.com>' % hx('n067', 20),
    trace=tr_gmail(d(7, 10, 2, 0, 0, UTC), 'o12.ptr7781.certmetrics.com', '167.89.12.45',
                   'bounces+7781@em7781.certmetrics.com', 'certmetrics.com', dkim_d='certmetrics.com',
                   policy='p=NONE sp=NONE'),
    note='Program mail about the reissued benefit (not the case itself)')

# ---- 068 owner forwards the merge confirmation to her new manager
n068 = """Hama-san,

For the partner registration: my certifications now sit on my personal AWS Certification account,
candidate ID AWS11584720. AWS's confirmation is below.

Mei
"""
fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Wed, Jun 18, 2025 at 11:10 AM
Subject: %s
To: <%s>

""" % (TC, SUBJ_A, ME_P)
add('u068', ('user_reply', False, CASE_A, ['AWS11584720']),
    A('Mei Kaneshiro', ME_P), A('Yusuke Hama', 'y.hama@corvid-analytics.jp'), 'Fwd: ' + SUBJ_A, d(7, 12, 10, 3, 45),
    M('mixed', M('alternative', T(n068 + '\n' + fwd + T053, 'UTF-8', 'qp'),
                 H('<div dir="ltr">%s<br><div class="gmail_quote">%s%s</div></div>\n' % (t2h(n068), t2h(fwd), t2h(T053)))),
      BIN(b'%PDF-1.4\n% certificate placeholder\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
          'application/pdf', 'AWS-Certified-Solutions-Architect-Associate.pdf')),
    mid=gmail_mid('u068'),
    note='Owner forward (Gmail "Forwarded message", PDF attached); forwarded text repeats the resolution and the old ID')

# ---- 069 Credly monthly digest
t = """Hi Mei,

Your badges were viewed 14 times in June.

Most viewed: AWS Certified Solutions Architect – Associate (9 views)

Keep your profile up to date: https://www.credly.com/users/mei-kaneshiro

The Credly Team
"""
add('n069', ('badge', False, None, []),
    A('Credly', 'admin@credly.com'), ME_P, 'Your Credly badges in June', d(7, 14, 14, 0, 0, UTC),
    M('alternative', T(t, 'UTF-8', '8bit'), H(page(t2h(t)))), mid='<%s@credly.com>' % hx('n069', 28),
    trace=tr_gmail(d(7, 14, 14, 0, 0, UTC), 'o1.email.credly.com', '149.72.33.9', 'bounces+1788@email.credly.com',
                   'credly.com', dkim_d='credly.com', policy='p=REJECT sp=REJECT'),
    note='Credly monthly digest')


# ================================================================ write
def main():
    msgs = sorted(MSGS, key=lambda m: m['date'])
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    counts = {}
    for i, m in enumerate(msgs, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['label']['kind']] = counts.get(m['label']['kind'], 0) + 1
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(msgs)))
    print('%-22s %d' % ('needs_reply', sum(m['label']['needs_reply'] for m in msgs)))
    if '--table' in sys.argv:
        print('\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|')
        for i, m in enumerate(msgs, 1):
            lb = m['label']
            print('| %03d | %s | %s | %s | %s |' % (i, lb['kind'], 'yes' if lb['needs_reply'] else 'no',
                                                  lb['case'] or '-', m['note'].replace('|', '/')))


if __name__ == '__main__':
    main()
