#!/usr/bin/env python3
"""Generate the blind-311 held-out mail corpus.

Run `python3 gen.py` from any directory: every NNN-msg.eml / NNN-msg.json and README.md is
(re)written next to this script. Standard library only; output is deterministic.
"""
import base64
import email.charset
import html
import json
import os
import quopri
import random
import re
import struct
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(311)

ME_P = 'ren.kitagawa.jp@gmail.com'
ME_C = 'kitagawa.ren@sorano-tech.co.jp'
ME_EN = 'Ren Kitagawa'
ME_JA = '北川 蓮'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

CASE_A = '174943155700742'   # account merge (form, 15 digits)
CASE_B = '174943193201187'   # duplicate form submission (15 digits)
CASE_C = '13852046719'       # console case, missing exam discount (11 digits)
CASE_D = '175162718900921'   # name on certificate (form, 15 digits)
CASE_EDU = '175099201100356'  # AWS Educate form case (other program)
CASE_BILL = '13862210457'    # console billing case (other AWS support)
CASE_FAKE = '14039926518'    # number used by a spoofed console mail

OLD_ID = 'AWS03318472'
NEW_ID = 'AWS11860259'

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_B = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B
SUBJ_C = 'RE:[CASE %s] Exam discount benefit missing after certification account merge' % CASE_C
SUBJ_D = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D
CONSOLE_URL = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en'


# ----------------------------------------------------------------------------- helpers
def tz(s):
    sign = 1 if s[0] == '+' else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def when(s, z='+0900'):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz(z))


def rfcdate(dt):
    return format_datetime(dt)


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def ses_mid():
    return '<010001%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        hexs(10), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_mailfrom():
    return '010001%s-%s-%s-%s-%s-%s-000000@email.amazonses.com' % (
        hexs(10), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def gmail_mid():
    return '<CA+%s%s@mail.gmail.com>' % (alnum(30), alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))


def outlook_mid(tenant='TYCPR01MB11234'):
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (tenant, hexs(24).upper(), tenant)


def eh(s, cs='utf-8', qp=False, name='Subject'):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        if qp:
            c = email.charset.Charset(cs)
            c.header_encoding = email.charset.QP
            return Header(s, c, header_name=name).encode(linesep='\n')
        return Header(s, cs, header_name=name).encode(linesep='\n')


def ad(name, mail, cs='utf-8'):
    if not name:
        return mail
    try:
        name.encode('ascii')
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return '%s <%s>' % (name, mail)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(linesep='\n'), mail)


def fold_refs(ids):
    return '\n '.join(ids)


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', qcs=True, flowed=False, extra=None):
    ct = 'text/%s; charset=%s' % (sub, ('"%s"' % cs) if qcs else cs)
    if flowed:
        ct += '; format=flowed'
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        body = raw.decode('ascii')
    elif cte == '8bit':
        body = text
    else:
        raise ValueError(cte)
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if extra:
        hs += extra
    return {'h': hs, 'b': body}


def raw_part(ctype, body, cte=None, extra=None):
    hs = [('Content-Type', ctype)]
    if cte:
        hs.append(('Content-Transfer-Encoding', cte))
    if extra:
        hs += extra
    return {'h': hs, 'b': body}


def attach(name, ctype, data):
    return {'h': [('Content-Type', '%s; name="%s"' % (ctype, name)),
                  ('Content-Disposition', 'attachment; filename="%s"' % name),
                  ('Content-Transfer-Encoding', 'base64')],
            'b': base64.encodebytes(data).decode('ascii')}


BSTYLE = {
    'gmail': lambda: '000000000000' + hexs(16),
    'outlook': lambda: '_000_TYCPR01MB11234%s_' % hexs(24).upper(),
    'ses': lambda: '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10 ** 12, 10 ** 13)),
    'plain': lambda: '==BOUNDARY_%s==' % hexs(20),
}


def multi(sub, parts, style='ses', params='', pre=None):
    bd = BSTYLE[style]()
    return {'h': [('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, bd, params))],
            'parts': parts, 'bd': bd, 'pre': pre}


def ser(p, top=None):
    hs = (top or []) + p['h']
    out = ''.join('%s: %s\n' % (k, v) for k, v in hs) + '\n'
    if 'parts' in p:
        if p.get('pre'):
            out += p['pre'] + '\n'
        for sp in p['parts']:
            out += '--%s\n' % p['bd'] + ser(sp)
            if not out.endswith('\n'):
                out += '\n'
        out += '--%s--\n' % p['bd']
    else:
        out += p['b'] if p['b'].endswith('\n') else p['b'] + '\n'
    return out


def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.rstrip('\n').split('\n'))


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def t2h(text):
    paras = text.strip('\n').split('\n\n')
    out = []
    for para in paras:
        lines = [URL_RE.sub(r'<a href="\1">\1</a>', html.escape(l, quote=False)) for l in para.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return '\n'.join(out)


def aws_html(inner, lang='en'):
    return ('<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n' % (lang, inner))


def tiny_png():
    w, h = 48, 24
    rows = b''.join(b'\x00' + bytes([(x * 5 + y * 3) % 256 for x in range(w)]) for y in range(h))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


# ----------------------------------------------------------------------------- trace headers
def gmail_in(dt, to, host, ip, mailfrom, from_dom, dkim=(), spf='pass', dmarc='pass', pol='QUARANTINE'):
    t1 = rfcdate((dt + timedelta(seconds=R.randint(2, 6))).astimezone(tz('-0700')))
    t2 = rfcdate((dt + timedelta(seconds=R.randint(1, 2))).astimezone(tz('-0700')))
    res = []
    for r, d, sel in dkim:
        res.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, sel, alnum(8)))
    verb = 'designates' if spf == 'pass' else 'does not designate'
    res.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
               % (spf, mailfrom, verb, ip, mailfrom))
    if dmarc:
        dis = 'NONE' if dmarc == 'pass' else ('QUARANTINE' if pol != 'NONE' else 'NONE')
        res.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, dis, from_dom))
    spf_word = {'pass': 'pass', 'fail': 'fail', 'softfail': 'softfail', 'neutral': 'neutral'}[spf]
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(6), t1)),
        ('X-Google-Smtp-Source', alnum(60)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s'
         % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(22), R.randint(10, 99), R.randint(10 ** 12, 10 ** 13), t1)),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n'
                     '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (host, host, ip, alnum(22), R.randint(100, 999), dt.month, dt.day, dt.hour, dt.minute, dt.second, to, t2)),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (spf_word, mailfrom, verb, ip, ip)),
        ('Authentication-Results', 'mx.google.com;\n       ' + ';\n       '.join(res)),
    ]


def ms_in(dt, host, ip, mailfrom_dom, from_dom, dkim='pass', spf='pass', dmarc='pass'):
    t = rfcdate((dt + timedelta(seconds=R.randint(1, 5))).astimezone(timezone.utc))
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return [
        ('Received', 'from TYCPR01MB11234.jpnprd01.prod.outlook.com (2603:1096:400:3d1::8) by\n'
                     ' OS3PR01MB9871.jpnprd01.prod.outlook.com with HTTPS; %s' % t),
        ('Received', 'from %s (%s) by\n TY2PEPF0000AB8C.mail.protection.outlook.com (10.167.241.%d) with Microsoft\n'
                     ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.%d via\n'
                     ' Frontend Transport; %s' % (host, ip, R.randint(2, 250), R.randint(10, 40), t)),
        ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
                                   ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s'
         % (spf, ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom, comp)),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n'
                         ' client-ip=%s; helo=%s; pr=C' % (spf.capitalize(), mailfrom_dom, ip, ip, host)),
        ('X-MS-Exchange-Organization-AuthSource', 'TY2PEPF0000AB8C.jpnprd01.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


SES_HOSTS = [('a8-33.smtp-out.amazonses.com', '54.240.8.33'), ('a27-18.smtp-out.us-west-2.amazonses.com', '54.240.27.18'),
             ('a48-110.smtp-out.amazonses.com', '54.240.48.110'), ('a11-72.smtp-out.amazonses.com', '54.240.11.72')]


def aws_in_gmail(dt, to=ME_P, from_dom='amazon.com'):
    host, ip = R.choice(SES_HOSTS)
    mf = ses_mailfrom()
    tr = gmail_in(dt, to, host, ip, mf, from_dom,
                  dkim=(('pass', from_dom, alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')),
                        ('pass', 'amazonses.com', alnum(32, 'abcdefghijklmnopqrstuvwxyz234567'))))
    extra = [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % alnum(43)),
             ('X-SES-Outgoing', '2025.%02d.%02d-%s' % (dt.month, dt.day, ip))]
    return tr, extra


def aws_in_ms(dt, from_dom='amazon.com'):
    host, ip = R.choice(SES_HOSTS)
    tr = ms_in(dt, host, ip, 'email.amazonses.com', from_dom)
    extra = [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % alnum(43)),
             ('X-SES-Outgoing', '2025.%02d.%02d-%s' % (dt.month, dt.day, ip))]
    return tr, extra


# ----------------------------------------------------------------------------- registry
MSGS = []
MID = {}


def add(key, dt, headers, part, kind, needs, case, ids, what, hard, crlf=False):
    MSGS.append(dict(key=key, dt=dt, headers=headers, part=part, kind=kind, needs=needs,
                     case=case, ids=ids, what=what, hard=hard, crlf=crlf))


def H(dt, frm, to, subj, mid, cc=None, irt=None, refs=None, extra=None, date_tz=None, subj_cs='utf-8', subj_qp=False):
    d = dt.astimezone(tz(date_tz)) if date_tz else dt
    hs = [('Date', rfcdate(d)), ('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs.append(('Subject', eh(subj, subj_cs, subj_qp)))
    hs.append(('Message-ID', mid))
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', fold_refs(refs)))
    if extra:
        hs += extra
    return hs


TC_FROM = ad('AWS Training and Certification', FORM)
TC_FOOT = ('\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
           'Amazon.com, Inc.\nThis message was produced and distributed by Amazon Web Services, Inc. and affiliates, '
           '410 Terry Ave. North, Seattle, WA 98109-5210.')


def sig_console():
    return ''


# ============================================================================= messages
# 001 GitHub PR merged ----------------------------------------------------------
dt = when('2025-06-02 09:14:55')
mid = '<sorano-tech/infra-modules/pull/412/issue_event/17284491023@github.com>'
txt = ('Merged #412 into main.\n\n'
       '\u2014\nReply to this email directly, view it on GitHub:\n'
       'https://github.com/sorano-tech/infra-modules/pull/412#event-17284491023\n'
       'You are receiving this because your review was requested.\n\n'
       'Message ID: <sorano-tech/infra-modules/pull/412/issue_event/17284491023@github.com>')
htm = ('<p></p>\n<p>Merged <a class="issue-link" href="https://github.com/sorano-tech/infra-modules/pull/412">#412</a> '
       'into <code>main</code>.</p>\n<p style="font-size:small;color:#666">\u2014<br>Reply to this email directly, '
       '<a href="https://github.com/sorano-tech/infra-modules/pull/412#event-17284491023">view it on GitHub</a>.<br>'
       'You are receiving this because your review was requested.</p>\n')
tr = gmail_in(dt, ME_P, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com',
              dkim=(('pass', 'github.com', 'pf2023'),), pol='REJECT')
hs = tr + H(dt.astimezone(tz('-0700')), ad('Misaki Oda', 'notifications@github.com'),
            'sorano-tech/infra-modules <infra-modules@noreply.github.com>',
            'Re: [sorano-tech/infra-modules] Merge account baseline modules into a single package (PR #412)', mid,
            cc='%s, State change <state_change@noreply.github.com>' % ad(ME_EN, ME_P),
            irt='<sorano-tech/infra-modules/pull/412@github.com>',
            refs=['<sorano-tech/infra-modules/pull/412@github.com>'],
            extra=[('List-ID', 'sorano-tech/infra-modules <infra-modules.sorano-tech.github.com>'),
                   ('List-Archive', 'https://github.com/sorano-tech/infra-modules'),
                   ('List-Unsubscribe', '<mailto:unsub+AAB3XK@reply.github.com>'),
                   ('X-GitHub-Reason', 'review_requested'), ('X-GitHub-Sender', 'misaki-oda'),
                   ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'list')])
add('m1', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', qcs=False), leaf(htm, 'html', cs='UTF-8', qcs=False)], 'plain'),
    'unrelated', False, None, [],
    'GitHub: a pull request about "account" modules was merged',
    'Words "merged", "account", "Re:" subject and a review request; nothing to do with AWS.')

# 002 Certification expiry notice (company mailbox) -----------------------------------
dt = when('2025-06-03 02:10:44', '+0000')
txt = ('Hello Ren Kitagawa,\n\n'
       'One of the AWS Certifications on your account is coming up for renewal.\n\n'
       '  AWS Certified Solutions Architect - Associate\n'
       '  Expiration date: September 14, 2025\n'
       '  Candidate ID: %s\n\n'
       'You can keep it active by passing the current version of the exam before that date, or by earning a '
       'higher-level certification in the same path. If your account holds an exam discount benefit, you will '
       'find it on the Benefits page and can apply it when you schedule.\n\n'
       'Sign in to your AWS Certification Account: https://www.aws.training/certification\n\n'
       'Good luck,\nAWS Certification\n\n'
       'This is an automated notification; replies to this address are not read.' % OLD_ID)
tr, ex = aws_in_ms(dt, 'certmetrics.com')
hs = tr + H(dt, ad('AWS Certification', CERTM), ME_C, 'Your AWS Certification expires in 90 days',
            '<0100019734a1c7d0-%s@email.amazonses.com>' % hexs(12), extra=ex)
add('m2', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'certification', False, None, [OLD_ID],
    'CertMetrics: SAA certification expires in 90 days (company address)',
    'Program mail with a candidate ID and "benefit"; not part of any case, asks nothing.')

# 003 Builder ID verification code --------------------------------------------------
dt = when('2025-06-05 21:03:12')
txt = ('Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n    604218\n\n'
       'The code is valid for 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.\n\n'
       'Amazon Web Services')
tr = gmail_in(dt, ME_P, 'a8-77.smtp-out.amazonses.com', '54.240.8.77', ses_mailfrom(), 'signin.aws',
              dkim=(('pass', 'signin.aws', 'zx7pq2ylwfbrc'), ('pass', 'amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')))
hs = tr + H(dt.astimezone(timezone.utc), ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
            'Verify your AWS Builder ID email address', ses_mid())
add('m3', dt, hs, multi('alternative', [leaf(txt, cte='7bit'), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [],
    'AWS Builder ID one-time verification code',
    'AWS sender and a 6-digit number that is neither a case nor a candidate ID.')

# 004 note to self (owner, company Outlook -> personal) ---------------------------------
dt = when('2025-06-06 12:40:09')
txt = ('自分用メモ(統合前の控え)\n\n'
       '■ 旧アカウント(会社アドレス)\n'
       '  ログイン: kitagawa.ren@sorano-tech.co.jp\n'
       '  候補ID: %s\n'
       '  取得済み: SAA(2025/09/14 失効予定)、DVA、CLF\n'
       '  特典: 次回受験 50%% 割引 1 枚(DVA 合格時のもの)\n'
       '  APN: Sorano Tech の Partner Central と共有中\n\n'
       '■ 新アカウント(個人アドレス)\n'
       '  ログイン: ren.kitagawa.jp@gmail.com(Builder ID 作成済み)\n'
       '  候補ID: %s\n'
       '  試験履歴: まだ空\n\n'
       '■ やること\n'
       '  ・認定証 PDF を全部ダウンロード → 済\n'
       '  ・フォームから統合を依頼(その他の詳細: アカウントの統合)\n'
       '  ・6/30 最終出社。7/1 から会社メールは使えない\n\n'
       '以上\n' % (OLD_ID, NEW_ID))
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head>'
       '<body lang="JA"><div class="WordSection1">' + t2h(txt) + '</div></body></html>\n')
hs = H(dt.astimezone(timezone.utc), ad(ME_JA, ME_C, 'iso-2022-jp'), ad(ME_JA, ME_P, 'iso-2022-jp'),
       'メモ: AWS認定アカウント(統合前の控え)', outlook_mid(), subj_cs='iso-2022-jp',
       extra=[('Thread-Topic', eh('メモ: AWS認定アカウント(統合前の控え)', 'iso-2022-jp', name='Thread-Topic')),
              ('Thread-Index', 'AdvWk' + alnum(27) + '=='), ('Accept-Language', 'ja-JP, en-US'),
              ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])
add('m4', dt, hs, multi('alternative', [leaf(txt, cs='iso-2022-jp', cte='7bit'), leaf(htm, 'html', cs='iso-2022-jp', cte='7bit')], 'outlook'),
    'user_reply', False, None, [OLD_ID, NEW_ID],
    'Owner\'s note to self listing both accounts before filing the form',
    'Written by the owner, ISO-2022-JP; holds both candidate IDs and the plan, but no case exists yet.', crlf=True)

# 005 Acknowledgement, case A --------------------------------------------------------
dt = when('2025-06-09 01:13:02', '+0000')
T5 = ('Hello Ren Kitagawa,\n\n'
      'Thanks for getting in touch with AWS Training and Certification. Your request is now logged as case %s.\n\n'
      'A member of our support team normally answers within one business day. Requests that need more research '
      'can take a little longer.\n\n'
      'To keep things moving, please don\'t send a new form about this same request. Anything you want to add can '
      'go in a reply to this message; it will be attached to your case automatically.\n\n'
      'Below is a copy of what you sent us:\n\n'
      'Contact email: ren.kitagawa.jp@gmail.com\n'
      'Inquiry type: Certification\n'
      'Additional details: Account Merge\n'
      'How can we help you?\n'
      'Use case: I am leaving my employer (Sorano Tech Co., Ltd.) at the end of June 2025 and would like my '
      'certifications moved to my personal certification account.\n'
      'Email addresses I have used: kitagawa.ren@sorano-tech.co.jp (candidate ID %s), '
      'ren.kitagawa.jp@gmail.com (candidate ID %s)\n'
      'Email address to keep: ren.kitagawa.jp@gmail.com\n\n'
      'Sincerely,\nAWS Training and Certification Support' % (CASE_A, OLD_ID, NEW_ID))
MID['m5'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ME_P, SUBJ_A, MID['m5'], extra=ex)
add('m5', dt, hs, leaf(T5 + TC_FOOT, cte='7bit', cs='us-ascii', qcs=False),
    'acknowledgement', False, CASE_A, [OLD_ID, NEW_ID],
    'Form acknowledgement opening the merge case (English, plain text)',
    '"please don\'t send a new form" and "reply to add" are not requests; echoed form holds both candidate IDs.')

# 006 Acknowledgement, case B (duplicate, Japanese, ISO-2022-JP) ---------------------------
dt = when('2025-06-09 01:19:30', '+0000')
T6 = ('北川 蓮 様\n\n'
      'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
      'お問い合わせはケース ID %s として登録されました。\n\n'
      '担当者からのご連絡は、通常 1 営業日以内にお送りしております。調査が必要な内容の場合は、'
      'さらにお時間をいただくことがございます。\n'
      'なお、同じ内容のお問い合わせを複数お送りいただくと、かえってご回答が遅れる原因となります。'
      '追加の情報がある場合は、新しいフォームではなく、このメールへの返信でお知らせください。\n\n'
      '-- お問い合わせ内容の控え --\n'
      'メールアドレス: ren.kitagawa.jp@gmail.com\n'
      'お問い合わせタイプ: AWS トレーニングと認定\n'
      '問題タイプ: 認定\n'
      'その他の詳細: アカウントの統合\n'
      '内容:\n'
      '6月末で退職するため、会社のメールアドレス(kitagawa.ren@sorano-tech.co.jp、%s)で作成した認定アカウントを、'
      '個人のメールアドレスのアカウントへ統合してください。残したいメールアドレスは ren.kitagawa.jp@gmail.com です。\n\n'
      'AWS トレーニングと認定 サポート\n' % (CASE_B, OLD_ID))
MID['m6'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P, SUBJ_B, MID['m6'], extra=ex)
add('m6', dt, hs, leaf(T6, cs='ISO-2022-JP', cte='7bit', qcs=False),
    'acknowledgement', False, CASE_B, [OLD_ID],
    'Second acknowledgement: the same request sent again from the Japanese form (case B)',
    'Duplicate case six minutes after case A; Japanese, ISO-2022-JP; "reply with additions" is conditional.')

# 007 AWS billing statement ------------------------------------------------------------
dt = when('2025-06-09 14:02:31')
txt = ('Hello,\n\nYour Amazon Web Services statement for May 2025 is ready.\n\n'
       'Account: 482109375566\nAmount due: USD 14.82\nPayment method: Visa ending in 4417\n\n'
       'The charge will be applied to your payment method within the next few days. A detailed breakdown by '
       'service is available in the Billing and Cost Management console:\n'
       'https://console.aws.amazon.com/billing/home#/bills\n\n'
       '[AWS ID 482109375566]\n\nAmazon Web Services\n'
       'This message was sent from a notification-only address.')
tr, ex = aws_in_gmail(dt.astimezone(timezone.utc))
hs = tr + H(dt.astimezone(timezone.utc), ad('Amazon Web Services', 'aws-billing@email.amazon.com'), ME_P,
            'Your AWS statement for May 2025 is available [Account: 482109375566]', ses_mid(), extra=ex)
add('m7', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [],
    'AWS billing statement for the owner\'s personal AWS account',
    'Genuine AWS mail with a 12-digit account ID ("AWS ID ...") that is not a candidate ID.')

# 008 Owner asks to close duplicate case B -------------------------------------------------
dt = when('2025-06-09 22:30:18')
new8 = ('Hello,\n\n'
        'I\'m afraid I sent the same merge request twice this morning, once through the English form and once '
        'through the Japanese one. Please close this case; the request is already being handled under case %s.\n\n'
        'Sorry for the trouble.\n\nRen Kitagawa' % CASE_A)
qh8 = '2025年6月9日(月) 10:19 AWS トレーニングと認定 <%s>:' % FORM
txt = new8 + '\n\n' + qh8 + '\n' + q(T6) + '\n'
htm = ('<div dir="ltr">' + t2h(new8) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
       + html.escape(qh8) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + t2h(T6) + '</blockquote></div>\n')
MID['m8'] = gmail_mid()
hs = H(dt, ad(ME_EN, ME_P), FORM, 'Re: ' + SUBJ_B, MID['m8'], irt=MID['m6'], refs=[MID['m6']])
add('m8', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', cte='base64', qcs=False),
                                         leaf(htm, 'html', cs='UTF-8', cte='base64', qcs=False)], 'gmail'),
    'user_reply', False, CASE_B, [],
    'Owner asks support to close the duplicate case B (mentions case A)',
    'Owner\'s own mail on case B naming the other case; quoted Japanese ack carries a candidate ID.')

# 009 Case B closed as duplicate (Japanese) -----------------------------------------------
dt = when('2025-06-10 07:45:10', '+0000')
T9 = ('北川 蓮 様\n\n'
      'AWS トレーニングと認定 サポートの中村です。\n'
      'ご連絡いただき、ありがとうございます。\n\n'
      'ご指摘のとおり、本ケース(%s)はケース %s と同じご依頼でしたので、重複として本日クローズいたしました。'
      'アカウント統合のお手続きは、ケース %s にて担当者が引き続き対応いたします。\n\n'
      '今後のやり取りは、ケース %s のメールにご返信いただけますと、履歴がひとつにまとまり、スムーズにご案内できます。\n\n'
      'そのほかご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
      'AWS トレーニングと認定 サポート\n中村\n' % (CASE_B, CASE_A, CASE_A, CASE_A))
MID['m9'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ME_P, SUBJ_B, MID['m9'], irt=MID['m8'], refs=[MID['m6'], MID['m8']], extra=ex)
add('m9', dt, hs, multi('alternative', [leaf(T9, cs='UTF-8', cte='base64'),
                                         leaf(aws_html(t2h(T9), 'ja'), 'html', cs='UTF-8', cte='base64')]),
    'case_update', False, CASE_B, [],
    'Support closes case B as a duplicate of case A (Japanese)',
    'Names both case numbers; "please reply on case A from now on" and 〜がございましたら are not asks.')

# 010 Newsletter -------------------------------------------------------------------------
dt = when('2025-06-10 18:00:00')
htm = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Cloud Weekly JP #218</title></head>'
       '<body style="margin:0;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
       '<table width="600" style="background:#fff;font-family:sans-serif;font-size:14px">'
       '<tr><td style="padding:16px;background:#232f3e;color:#fff;font-size:20px">Cloud Weekly JP #218</td></tr>'
       '<tr><td style="padding:16px">今週の注目記事<ul>'
       '<li><a href="https://cloudweekly.jp/r/8812">転職したら AWS 認定アカウントを統合しよう - 申請からマージ完了まで</a><br>'
       'サポートケースで「どちらのアカウントを残すか」を確認されたら返信するだけ。</li>'
       '<li><a href="https://cloudweekly.jp/r/8813">Step Functions でサポートケースのクローズ通知を Slack に流す</a></li>'
       '<li><a href="https://cloudweekly.jp/r/8814">Credly のバッジが反映されないときに確認すること</a></li>'
       '<li><a href="https://cloudweekly.jp/r/8815">GitHub の merge queue を 3 か月運用してみた</a></li>'
       '</ul></td></tr><tr><td style="padding:16px;font-size:12px;color:#888">配信停止は'
       '<a href="https://cloudweekly.jp/unsubscribe?u=5521">こちら</a>から。</td></tr></table></td></tr></table></body></html>\n')
tr = gmail_in(dt, ME_P, 'o3.ptr4412.cloudweekly.jp', '149.72.133.18', 'bounces+5521@em.cloudweekly.jp', 'cloudweekly.jp',
              dkim=(('pass', 'cloudweekly.jp', 's1'),), pol='NONE')
hs = tr + H(dt, ad('Cloud Weekly JP', 'newsletter@cloudweekly.jp'), ME_P,
            'Cloud Weekly JP #218: 転職時の AWS 認定アカウント統合 / サポートケース自動クローズ ほか',
            '<%s@geopod-ismtpd-12>' % alnum(22), subj_qp=True,
            extra=[('List-Unsubscribe', '<https://cloudweekly.jp/unsubscribe?u=5521>'),
                   ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
add('m10', dt, hs, leaf(htm, 'html', cte='quoted-printable'),
    'unrelated', False, None, [],
    'Tech newsletter (HTML only) with an article about merging certification accounts',
    'Talks about account merges, confirmation replies and case closure, but is a newsletter.')

# 011 On hold: APN partner, buried question (case A) ----------------------------------------
dt = when('2025-06-11 00:31:47', '+0000')
T11 = ('Hello Ren,\n\n'
       'Thank you for your patience while I reviewed case %s.\n\n'
       'The certification profile registered to kitagawa.ren@sorano-tech.co.jp (%s) is currently associated with '
       'an AWS Partner Network organization, Sorano Tech Co., Ltd. Profiles that are linked to a partner are shared '
       'with that partner\'s Partner Central account, and we can\'t move or merge them while the association is '
       'active without involving the partner. I have therefore put your case on hold and asked our Partner team to '
       'review the association with the partner\'s administrators.\n\n'
       'This step usually takes three to five business days, and I will write again as soon as I hear back. One '
       'thing would help us move faster in the meantime: are you still employed at Sorano Tech, and if your '
       'employment is ending, what is your last working day? Associations of people who are leaving a partner '
       'organization can normally be released from that date.\n\n'
       'Best regards,\n\nMarisol R.\nAWS Training and Certification Customer Support' % (CASE_A, OLD_ID))
MID['m11'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_A, MID['m11'], cc=ME_C, irt=MID['m5'], refs=[MID['m5']], extra=ex)
add('m11', dt, hs, multi('alternative', [leaf(T11 + TC_FOOT), leaf(aws_html(t2h(T11 + TC_FOOT)), 'html')]),
    'on_hold', True, CASE_A, [OLD_ID],
    'Case A put on hold: old profile tied to an APN partner; asks whether the owner is still employed',
    'Mostly an explanation of a pause outside the owner\'s control, with the question buried mid-paragraph and no "please".')

# 012 Colleague, Shift_JIS ---------------------------------------------------------------
dt = when('2025-06-11 11:05:33')
txt = ('北川さん\n\nお疲れさまです。田中です。\n'
       '送別会の日程ですが、6/27(金)か 6/30(月)のどちらかで考えています。\n'
       '北川さんのご都合のよい日を教えてもらえますか?\n'
       'お店は前回と同じ神田のお店を予定しています。\n\n'
       'よろしくお願いします。\n田中\n')
hs = [('Received', 'from OS0PR01MB5523.jpnprd01.prod.outlook.com (2603:1096:604:1b::12) by\n'
                   ' TYCPR01MB11234.jpnprd01.prod.outlook.com with HTTPS; %s' % rfcdate(dt.astimezone(timezone.utc)))] + \
    H(dt, ad('田中 美咲', 'tanaka.misaki@sorano-tech.co.jp', 'shift_jis'), ad(ME_JA, ME_C, 'shift_jis'),
      '送別会の日程について', outlook_mid('OS0PR01MB5523'), subj_cs='shift_jis',
      extra=[('Content-Language', 'ja-JP'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
add('m12', dt, hs, leaf(txt, cs='Shift_JIS', cte='base64'),
    'unrelated', False, None, [],
    'Colleague asks which date suits the owner for a farewell party (Shift_JIS)',
    'A direct question to the owner that does want an answer, but it is not support.', crlf=True)

# 013 Owner answers the hold from the company address (Outlook) ----------------------------------
dt = when('2025-06-11 13:22:10')
new13 = ('Hello Marisol,\n\nThank you for the explanation.\n\n'
         'Yes, I am still employed by Sorano Tech for now. My last working day is 30 June 2025, and this company '
         'mailbox will be closed on 1 July. I would like the merge to go ahead as soon as the partner association '
         'can be released.\n\nBest regards,\nRen Kitagawa\n\n'
         '北川 蓮 / Ren Kitagawa\nソラノテック株式会社 クラウド推進部\nkitagawa.ren@sorano-tech.co.jp\n')
oq13 = ('-----Original Message-----\nFrom: AWS Training and Certification <%s> \nSent: Wednesday, June 11, 2025 9:31 AM\n'
        'To: ren.kitagawa.jp@gmail.com\nCc: kitagawa.ren@sorano-tech.co.jp\nSubject: %s\n\n' % (FORM, SUBJ_A))
txt = new13 + '\n' + oq13 + T11 + '\n'
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body lang="JA">'
       '<div class="WordSection1">' + t2h(new13) +
       '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm"><p><b>From:</b> AWS Training and '
       'Certification &lt;%s&gt;<br><b>Sent:</b> Wednesday, June 11, 2025 9:31 AM<br><b>To:</b> ren.kitagawa.jp@gmail.com<br>'
       '<b>Cc:</b> kitagawa.ren@sorano-tech.co.jp<br><b>Subject:</b> %s</p></div>' % (FORM, SUBJ_A)
       + t2h(T11) + '</div></body></html>\n')
MID['m13'] = outlook_mid()
hs = H(dt.astimezone(timezone.utc), ad(ME_JA, ME_C, 'iso-2022-jp'), FORM, 'RE: ' + SUBJ_A, MID['m13'],
       irt=MID['m11'], refs=[MID['m5'], MID['m11']],
       extra=[('Thread-Topic', SUBJ_A), ('Thread-Index', 'AQHb2q' + alnum(26) + '=='),
              ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'en-US'),
              ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])
add('m13', dt, hs, multi('alternative', [leaf(txt, cs='iso-2022-jp', cte='7bit'), leaf(htm, 'html', cs='iso-2022-jp', cte='7bit')], 'outlook'),
    'user_reply', False, CASE_A, [],
    'Owner answers the hold question from the company address (Outlook quoting)',
    'Outlook "-----Original Message-----" history without ">" marks: the quoted hold and its candidate ID follow the signature.',
    crlf=True)

# 014 Info request: write from the address to keep (case A) --------------------------------------
dt = when('2025-06-11 18:10:05', '+0000')
T14 = ('Hi Ren,\n\n'
       'Thank you for the quick answer and for sharing your last working day.\n\n'
       'Your reply reached us from kitagawa.ren@sorano-tech.co.jp, which is the login of the profile that will be '
       'merged away and closed. For a change like this we act only on instructions that come from the address '
       'staying on file, so we need the same confirmation of your leaving date sent from ren.kitagawa.jp@gmail.com. '
       'A line or two is enough; include the case number so it reaches me.\n\n'
       'Regards,\nDevon\nAWS Training & Certification | Customer Support')
txt = T14 + '\n\n' + q(new13.split('\n\n北川')[0]) + '\n'
MID['m14'] = ses_mid()
tr, ex = aws_in_ms(dt)
hs = tr + H(dt, TC_FROM, ad('Kitagawa Ren', ME_C), SUBJ_A, MID['m14'], irt=MID['m13'],
            refs=[MID['m5'], MID['m11'], MID['m13']], extra=ex)
add('m14', dt, hs, leaf(txt, cs='us-ascii', cte='7bit', qcs=False),
    'info_request', True, CASE_A, [],
    'Support asks the owner to resend the confirmation from the personal address (sent to the company address)',
    'Wrong-address request phrased as "we need ... sent from"; no question mark, no "please".')

# 015 Owner writes from personal address, new thread ---------------------------------------------------
dt = when('2025-06-12 07:48:40')
T15 = ('Hello Devon,\n\n'
       'As requested, I\'m writing from the address I want to keep, about case %s.\n\n'
       'I confirm that I am leaving Sorano Tech Co., Ltd.; my last working day is 30 June 2025. Both '
       'kitagawa.ren@sorano-tech.co.jp and ren.kitagawa.jp@gmail.com are my addresses, and everything should end '
       'up on the ren.kitagawa.jp@gmail.com account (candidate ID %s).\n\n'
       'Best regards,\nRen Kitagawa' % (CASE_A, NEW_ID))
MID['m15'] = gmail_mid()
hs = H(dt, ad(ME_EN, ME_P), FORM, 'Case %s - confirmation from my personal address' % CASE_A, MID['m15'])
add('m15', dt, hs, multi('alternative', [leaf(T15, cs='UTF-8', qcs=False), leaf('<div dir="ltr">' + t2h(T15) + '</div>\n', 'html', cs='UTF-8', qcs=False)], 'gmail'),
    'user_reply', False, CASE_A, [NEW_ID],
    'Owner resends the confirmation from the personal address as a new mail',
    'No [CASE] token and no In-Reply-To: the case number appears only in subject text and body.')

# 016 AWS marketing, Japanese HTML-only ---------------------------------------------------
dt = when('2025-06-12 12:00:00')
htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
       '<table width="640" align="center" cellpadding="0" cellspacing="0">'
       '<tr><td style="background:#232f3e;padding:20px;color:#ff9900;font-size:22px">AWS Summit Japan 2025</td></tr>'
       '<tr><td style="padding:20px;font-size:15px;line-height:1.7">'
       '<p>北川 蓮 様</p><p>いつも AWS をご利用いただき、ありがとうございます。</p>'
       '<p>今年も AWS Summit Japan を開催いたします。150 以上のセッション、認定者限定ラウンジ、ハンズオンなど、'
       '見どころ満載の 2 日間です。まだご登録がお済みでない方は、ぜひお早めにお申し込みください。</p>'
       '<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2025_06" '
       'style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録する</a></p>'
       '<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p></td></tr>'
       '<tr><td style="padding:20px;font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。'
       '配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>'
       'アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr></table></body></html>\n')
tr, ex = aws_in_gmail(dt.astimezone(timezone.utc))
hs = tr + H(dt.astimezone(timezone.utc), ad('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
            '【ご招待】AWS Summit Japan 2025 - 参加登録受付中', '<%s@pages.awscloud.com>' % alnum(24),
            extra=ex + [('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>, <mailto:unsubscribe@awscloud.com>')])
add('m16', dt, hs, leaf(htm, 'html', cs='utf-8', cte='base64'),
    'unrelated', False, None, [],
    'AWS Japan marketing invitation (HTML only, base64)',
    'Real amazon.com sender, mentions certification holders and urges action; marketing only.')

# 017 Hold lifted (case A) ------------------------------------------------------------------
dt = when('2025-06-12 20:20:33', '+0000')
T17 = ('Hello Ren,\n\n'
       'Thanks for confirming from your personal address - Devon passed your message on to me.\n\n'
       'Our Partner team has now reviewed the association. As your employment with Sorano Tech ends on 30 June, '
       'the partner link on the old profile can be released, and I have taken your case off hold. A colleague on '
       'our merge team will send you the details of both profiles for a final check shortly. There is nothing you '
       'need to do until then.\n\n'
       'Best regards,\n\nMarisol R.\nAWS Training and Certification Customer Support')
MID['m17'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_A, MID['m17'], irt=MID['m15'],
            refs=[MID['m5'], MID['m11'], MID['m13'], MID['m14'], MID['m15']], extra=ex)
add('m17', dt, hs, multi('alternative', [leaf(T17 + TC_FOOT), leaf(aws_html(t2h(T17 + TC_FOOT)), 'html')]),
    'case_update', False, CASE_A, [],
    'Support lifts the partner hold and announces the confirmation step',
    'Announces a future request ("will send ... for a final check") but asks nothing now.')

# 018 Lookalike phishing citing case A ----------------------------------------------------------
dt = when('2025-06-13 19:44:02')
htm = ('<html><body style="font-family:Arial;font-size:14px"><img src="https://aws-certsupport-mail.com/img/aws-logo.png" alt="aws">'
       '<p>Dear Customer,</p><p>Your certification account merge request (Case %s) is pending identity verification. '
       'Under new security requirements, accounts that are not verified within <b>24 hours</b> will be locked and '
       'all certifications on them revoked.</p>'
       '<p><a href="https://aws-certsupport-mail.com/signin?case=%s&amp;u=ren.kitagawa.jp" style="background:#ff9900;'
       'padding:10px 20px;color:#000">Verify my account</a></p>'
       '<p>Alternatively, reply to this message with your AWS Builder ID email and password and our team will complete '
       'the verification for you.</p><p>AWS Training &amp; Certification Security Team</p></body></html>\n' % (CASE_A, CASE_A))
tr = gmail_in(dt, ME_P, 'mail.aws-certsupport-mail.com', '45.137.21.90', 'bounce@aws-certsupport-mail.com',
              'aws-certsupport-mail.com', dkim=(('pass', 'aws-certsupport-mail.com', 'default'),), pol='NONE')
hs = tr + H(dt.astimezone(timezone.utc), ad('AWS Training and Certification', 'support@aws-certsupport-mail.com'), ME_P,
            'RE:[CASE %s] Action required: verify account ownership before merge' % CASE_A,
            '<%s@aws-certsupport-mail.com>' % hexs(32), extra=[('Reply-To', 'verify@aws-certsupport-mail.com')])
add('m18', dt, hs, leaf(htm, 'html', cs='utf-8', cte='quoted-printable'),
    'suspicious', False, None, [],
    'Phishing from a lookalike domain quoting the real case number, asking for the password',
    'Real case number and [CASE] subject token; passes DKIM/DMARC for its own lookalike domain.')

# 019 Confirmation request, HTML-only table (case A) -----------------------------------------
dt = when('2025-06-15 23:55:19', '+0000')
rows = [('Candidate ID', NEW_ID, OLD_ID),
        ('Name on profile', 'Ren Kitagawa', 'Len Kitagawa'),
        ('Login email', ME_P, ME_C),
        ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Active certifications', 'None',
         'AWS Certified Solutions Architect - Associate; AWS Certified Developer - Associate; AWS Certified Cloud Practitioner'),
        ('Partner association', 'None', 'Sorano Tech Co., Ltd. (released 13 June 2025)')]
TABLE_TXT = ''
for acc, col in (('Account #1', 1), ('Account #2', 2)):
    TABLE_TXT += acc + '\n' + ''.join('   %s: %s\n' % (r[0], r[col]) for r in rows) + '\n'
T19_intro = ('Hello Ren,\n\n'
             'My name is Priya and I am handling the merge on case %s now that the hold has been lifted.\n\n'
             'I found the two certification profiles below. A merge cannot be undone and only one of the two profiles '
             'remains afterwards, so I would like you to look over the details before I start.' % CASE_A)
T19_ask = ('Could you confirm that both profiles belong to you, and that Account #1 is the one that should stay? Once I '
           'have your go-ahead, the exam history, certifications and benefits of Account #2 will be moved over and '
           'Account #2 will be closed.')
T19_sig = 'Kind regards,\nPriya S.\nCustomer Experience Specialist\nAWS Training and Certification'
T19 = T19_intro + '\n\n' + TABLE_TXT + T19_ask + '\n\n' + T19_sig
tbl = ('<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #999;font-size:13px">'
       '<tr style="background:#eaeded"><th style="border:1px solid #999"></th><th style="border:1px solid #999">Account #1</th>'
       '<th style="border:1px solid #999">Account #2</th></tr>'
       + ''.join('<tr><td style="border:1px solid #999"><b>%s</b></td><td style="border:1px solid #999">%s</td>'
                 '<td style="border:1px solid #999">%s</td></tr>' % tuple(html.escape(x) for x in r) for r in rows)
       + '</table>')
htm = aws_html(t2h(T19_intro) + '\n' + tbl + '\n' + t2h(T19_ask) + '\n' + t2h(T19_sig) +
               '\n<br><div style="color:#687078;font-size:12px">-------- Previous message --------<br>'
               'From: AWS Training and Certification<br>Sent: 12 June 2025 20:20 UTC</div>'
               '<blockquote style="border-left:2px solid #ccc;margin:0 0 0 4px;padding-left:8px;color:#444">'
               + t2h(T17) + '</blockquote>\n<p style="font-size:11px;color:#687078">' + html.escape(TC_FOOT.strip()) + '</p>')
MID['m19'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_A, MID['m19'], irt=MID['m17'],
            refs=[MID['m5'], MID['m11'], MID['m15'], MID['m17']], extra=ex)
add('m19', dt, hs, leaf(htm, 'html', cs='UTF-8', cte='quoted-printable', qcs=False),
    'confirmation_request', True, CASE_A, [NEW_ID, OLD_ID],
    'Support lists Account #1 / Account #2 in an HTML table and asks which to keep',
    'HTML only; the ask comes after a table; quoted earlier update below says "nothing you need to do".')

# 020 Owner forwards the request to the APN admin colleague ------------------------------------------
dt = when('2025-06-16 12:31:27')
new20 = ('佐々木さん\n\nお疲れさまです。北川です。\n'
         '退職に伴って、AWS 認定のアカウントを個人アドレスのものへ統合してもらっています。\n'
         'AWS から下記の確認が来ました。Partner Central 側で先に何かやっておくべきことがあれば教えてください。\n'
         '(パートナーとの紐付けは 6/13 に解除済みと書かれています)\n\n北川\n')
fwd20 = ('---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n'
         'Date: 2025年6月16日(月) 8:55\nSubject: %s\nTo: Ren Kitagawa <%s>\n\n' % (FORM, SUBJ_A, ME_P))
txt = new20 + '\n' + fwd20 + T19 + '\n'
htm = ('<div dir="ltr">' + t2h(new20) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
       + t2h(fwd20) + '</div>' + t2h(T19_intro) + tbl + t2h(T19_ask) + t2h(T19_sig) + '</div></div>\n')
MID['m20'] = gmail_mid()
hs = H(dt, ad(ME_JA, ME_P), ad('佐々木 健', 'sasaki.ken@sorano-tech.co.jp'), 'Fwd: ' + SUBJ_A, MID['m20'],
       irt=MID['m19'], refs=[MID['m17'], MID['m19']])
add('m20', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', cte='base64', qcs=False),
                                          leaf(htm, 'html', cs='UTF-8', cte='base64', qcs=False)], 'gmail'),
    'user_reply', False, CASE_A, [],
    'Owner forwards the confirmation request to the company\'s APN administrator',
    'Forwarded copy contains the whole request and both candidate IDs; the owner\'s own question is to a colleague.')

# 021 Colleague's reply inside the forwarded case thread ----------------------------------------
dt = when('2025-06-16 17:02:48')
new21 = ('北川さん\n\n佐々木です。確認しました。\n'
         'Partner Central 側で必要な作業は特にありません。退職日以降は認定情報の共有が外れる形になるので、'
         'AWS への返信はそのまま進めてもらって大丈夫です。\n\n'
         'ちなみに送別会は 30 日に決まったそうです。\n\n佐々木\n')
txt = (new21 + '\n-----Original Message-----\nFrom: 北川 蓮 <%s> \nSent: Monday, June 16, 2025 12:31 PM\n'
       'To: 佐々木 健 <sasaki.ken@sorano-tech.co.jp>\nSubject: Fwd: %s\n\n' % (ME_P, SUBJ_A) + new20)
tr = gmail_in(dt, ME_P, 'mail-tycjpn01on2071.outbound.protection.outlook.com', '40.107.114.71',
              'sasaki.ken@sorano-tech.co.jp', 'sorano-tech.co.jp', dkim=(('pass', 'sorano-tech.co.jp', 'selector1'),), pol='NONE')
hs = tr + H(dt.astimezone(timezone.utc), ad('佐々木 健', 'sasaki.ken@sorano-tech.co.jp', 'iso-2022-jp'), ad(ME_JA, ME_P, 'iso-2022-jp'),
            'RE: Fwd: ' + SUBJ_A, outlook_mid('TY3PR01MB9921'), irt=MID['m20'], refs=[MID['m19'], MID['m20']],
            extra=[('Thread-Topic', 'Fwd: ' + SUBJ_A), ('Content-Language', 'ja-JP')])
add('m21', dt, hs, leaf(txt, cs='iso-2022-jp', cte='7bit'),
    'unrelated', False, CASE_A, [],
    'Colleague (APN admin) replies to the forward: nothing needed on the partner side',
    'Subject carries the [CASE] token and talks about replying to AWS, but it is a colleague, not support.')

# 022 Skill Builder receipt ------------------------------------------------------------------
dt = when('2025-06-17 08:12:40')
txt = ('Hi Ren,\n\nThanks for subscribing to AWS Skill Builder. Here is your receipt.\n\n'
       'Order number: SB-7730-2291-4406\nPlan: Individual (monthly)\nAmount: USD 29.00 (tax included)\n'
       'Billing period: 17 June 2025 - 16 July 2025\nPayment: Visa ending in 4417\n\n'
       'Manage or cancel your subscription at any time: https://skillbuilder.aws/subscriptions\n\n'
       'Questions about this charge? Visit https://support.aws.amazon.com/#/contacts/aws-training\n\n'
       'AWS Training and Certification')
tr, ex = aws_in_gmail(dt.astimezone(timezone.utc), from_dom='aws.training')
hs = tr + H(dt.astimezone(timezone.utc), ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
            'Your AWS Skill Builder receipt (SB-7730-2291-4406)', ses_mid(), extra=ex)
add('m22', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [],
    'AWS Skill Builder subscription receipt from the training platform',
    'Signed "AWS Training and Certification" and links the T&C contact form, but is a receipt.')

# 023 Reminder: which account should stay? (case A) ------------------------------------------
dt = when('2025-06-18 01:05:51', '+0000')
T23 = ('Hi Ren,\n\nFollowing up on my message from Monday about case %s.\n\n'
       'Which profile should remain after the merge - Account #1 (ren.kitagawa.jp@gmail.com) or Account #2 '
       '(kitagawa.ren@sorano-tech.co.jp)? As soon as I know, I can complete the merge, usually the same day.\n\n'
       'Thanks,\nPriya S.\nAWS Training and Certification' % CASE_A)
txt = T23 + '\n\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: 6/15/2025 11:55 PM\n\n' + q(T19) + '\n'
MID['m23'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_A, MID['m23'], irt=MID['m19'],
            refs=[MID['m5'], MID['m11'], MID['m17'], MID['m19']], extra=ex)
add('m23', dt, hs, leaf(txt, cs='us-ascii', cte='7bit', qcs=False),
    'confirmation_request', True, CASE_A, [],
    'Short reminder asking which account should remain',
    'A bare question with no "please"/"confirm" verbs; candidate IDs only in the quoted table.')

# 024 Closing notice (case A) ----------------------------------------------------------------
dt = when('2025-06-23 00:00:12', '+0000')
T24 = ('Hello Ren Kitagawa,\n\n'
       'We wrote to you on 16 June and 18 June about case %s and are still waiting for your answer.\n\n'
       'Pending item: confirmation of the profile to keep (Account #1 or Account #2).\n\n'
       'If we have not heard from you by 26 June 2025, this case will be closed. A reply to this email before then '
       'keeps it open with the same specialist. After closure, a reply within 14 days reopens the case; after that a '
       'new request is needed.\n\nAWS Training and Certification Support' % CASE_A)
MID['m24'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_A, MID['m24'], irt=MID['m23'],
            refs=[MID['m5'], MID['m11'], MID['m17'], MID['m19'], MID['m23']], extra=ex)
add('m24', dt, hs, multi('alternative', [leaf(T24 + TC_FOOT), leaf(aws_html(t2h(T24 + TC_FOOT)), 'html')]),
    'closing_notice', True, CASE_A, [],
    'Automated closing notice: no answer yet, case closes on 26 June',
    'Restates the pending confirmation, but the mail is about closing; "A reply ... keeps it open" is the ask.')

# 025 Owner confirms (case A) --------------------------------------------------------------------
dt = when('2025-06-23 22:14:03')
new25 = ('Hi Priya,\n\nSorry for the slow reply - I was travelling last week.\n\n'
         'Yes, both profiles are mine, and Account #1 (ren.kitagawa.jp@gmail.com) is the one to keep. Please go ahead '
         'with the merge.\n\nThanks,\nRen')
qh25 = 'On Mon, Jun 23, 2025 at 9:00\u202fAM AWS Training and Certification <%s> wrote:' % FORM
txt = new25 + '\n\n' + qh25 + '\n\n' + q(T24 + TC_FOOT) + '\n'
htm = ('<div dir="ltr">' + t2h(new25) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
       + html.escape(qh25) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + t2h(T24 + TC_FOOT) + '</blockquote></div>\n')
MID['m25'] = gmail_mid()
hs = H(dt, ad(ME_EN, ME_P), FORM, 'Re: ' + SUBJ_A, MID['m25'], irt=MID['m24'],
       refs=[MID['m5'], MID['m11'], MID['m17'], MID['m19'], MID['m23'], MID['m24']])
add('m25', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', qcs=False), leaf(htm, 'html', cs='UTF-8', qcs=False)], 'gmail'),
    'user_reply', False, CASE_A, [],
    'Owner confirms Account #1 should be kept',
    'The owner\'s "Please go ahead" is a request to support, not from it; quoted closing notice below.')

# 026 Other vendor's closing notice ------------------------------------------------------------
dt = when('2025-06-24 02:00:41')
txt = ('Hi Ren,\n\n'
       'We\'re checking in on your request "SSO login loop after IdP certificate rotation" (case #00482913).\n\n'
       'We asked for a HAR file on June 16 and haven\'t received it yet. If we don\'t hear from you within 48 hours, '
       'this case will be closed automatically. Simply reply to this email to keep it open.\n\n'
       'Lena\nTessera Cloud Support\nhttps://help.tesseracloud.io')
host, ip = 'mail-sor-f69.zendesk.com', '209.85.220.69'
tr = ms_in(dt, host, ip, 'tesseracloud.io', 'tesseracloud.io')
hs = tr + H(dt.astimezone(timezone.utc), ad('Tessera Cloud Support', 'support@tesseracloud.io'), ME_C,
            '[Tessera Support] Case #00482913: we\'ll close this soon unless we hear from you',
            '<%s_sprut@zendesk.com>' % alnum(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
            extra=[('X-Mailer', 'Zendesk Mailer'), ('Auto-Submitted', 'auto-generated')])
add('m26', dt, hs, leaf(txt, cte='7bit', cs='us-ascii'),
    'unrelated', False, None, [],
    'Another SaaS vendor\'s support case about to auto-close',
    'Same shape as an AWS closing notice (case number, 48 h, reply to keep open) but another vendor.')

# 027 Resolved: merge done (case A), quoting the request ---------------------------------------------
dt = when('2025-06-24 02:37:50', '+0000')
T27 = ('Hello Ren,\n\nThank you for confirming. The merge is now complete.\n\n'
       'Everything that was on Account #2 - exam history, your three active certifications and the 50%% exam '
       'discount benefit - has been moved into Account #1, which keeps candidate ID %s and the login '
       'ren.kitagawa.jp@gmail.com. Account #2 has been closed, so please sign in with your personal address from '
       'now on.\n\n'
       'Credly will reissue your digital badges to ren.kitagawa.jp@gmail.com, normally within a day.\n\n'
       'No further action is required from you. If anything looks missing when you sign in, just reply to this email '
       'and we will take another look.\n\nBest regards,\nTomasz W.\nAWS Training and Certification Support' % NEW_ID)
oq27a = ('--------------- Original Message ---------------\nFrom: Ren Kitagawa [%s]\nSent: 6/23/2025 1:14 PM\n'
         'To: %s\nSubject: Re: %s\n\n' % (ME_P, FORM, SUBJ_A))
oq27b = ('--------------- Original Message ---------------\nFrom: AWS Training and Certification [%s]\n'
         'Sent: 6/15/2025 11:55 PM\nTo: %s\nSubject: %s\n\n' % (FORM, ME_P, SUBJ_A))
txt = T27 + '\n\n' + oq27a + new25 + '\n\n' + oq27b + T19 + '\n'
htm = aws_html(t2h(T27) + '<hr>' + t2h(oq27a) + t2h(new25) + '<hr>' + t2h(oq27b) + t2h(T19_intro) + tbl
               + t2h(T19_ask) + t2h(T19_sig))
MID['m27'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_A, MID['m27'], irt=MID['m25'],
            refs=[MID['m5'], MID['m11'], MID['m17'], MID['m19'], MID['m23'], MID['m24'], MID['m25']], extra=ex)
add('m27', dt, hs, multi('alternative', [leaf(txt), leaf(htm, 'html')]),
    'resolved', False, CASE_A, [NEW_ID],
    'Support reports the merge complete, quoting the owner\'s reply and the original confirmation request',
    'Quoted history still contains "Could you confirm..." and the Account table; "just reply" is conditional.')

# 028 Credly badge SAA --------------------------------------------------------------------------
dt = when('2025-06-24 11:52:14')
txt = ('Hi Ren,\n\nAmazon Web Services Training and Certification has issued you a new badge:\n\n'
       'AWS Certified Solutions Architect - Associate\n\n'
       'Accept your badge to add it to your Credly profile and share it:\n'
       'https://www.credly.com/badges/3f6c1a2e-8b0d-4c55-9e4f-2d71a0b6c9e8/accept\n\n'
       'Badge ID: 3f6c1a2e-8b0d-4c55-9e4f-2d71a0b6c9e8\n\n'
       'The Credly Team\nCredly, Inc. | 1 World Trade Center, New York, NY')
tr = gmail_in(dt, ME_P, 'o1.email.credly.com', '168.245.77.11', 'bounces+1190@email.credly.com', 'credly.com',
              dkim=(('pass', 'credly.com', 's1'),), pol='REJECT')
hs = tr + H(dt.astimezone(timezone.utc), ad('Credly', 'admin@credly.com'), ME_P,
            'Ren, you\'ve earned a badge from Amazon Web Services Training and Certification',
            '<%s@geopod-ismtpd-3>' % alnum(22))
add('m28', dt, hs, multi('alternative', [leaf(txt, cte='7bit', cs='us-ascii'), leaf(aws_html(t2h(txt)), 'html')]),
    'badge', False, None, [],
    'Credly: SAA badge reissued after the merge',
    'Arrives right after the resolution and looks like part of the case; "Accept your badge" is a call to action.')

# 029 Credly badge DVA, HTML only ---------------------------------------------------------------
dt = when('2025-06-24 11:53:02')
htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7"><div style="max-width:560px;margin:auto;background:#fff;padding:24px">'
       '<p style="font-size:20px">Your new badge is ready</p>'
       '<p><b>AWS Certified Developer &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>'
       '<p><a href="https://www.credly.com/badges/91d0b7c4-55e2-4f0e-a3b8-1c7e9f2d6a40/accept" '
       'style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Accept badge</a></p>'
       '<p style="font-size:12px;color:#888">You received this email because an issuer awarded you a badge on Credly. '
       '<a href="https://www.credly.com/notifications">Notification settings</a></p></div></body></html>\n')
tr = gmail_in(dt, ME_P, 'o1.email.credly.com', '168.245.77.11', 'bounces+1190@email.credly.com', 'credly.com',
              dkim=(('pass', 'credly.com', 's1'),), pol='REJECT')
hs = tr + H(dt.astimezone(timezone.utc), ad('Credly', 'admin@credly.com'), ME_P,
            'Your AWS Certified Developer \u2013 Associate badge is ready to accept', '<%s@geopod-ismtpd-3>' % alnum(22))
add('m29', dt, hs, leaf(htm, 'html', cs='utf-8', cte='quoted-printable'),
    'badge', False, None, [],
    'Credly: DVA badge (HTML only, en dash in subject)',
    'HTML-only badge mail with an encoded subject.')

# 030 Survey for case A -----------------------------------------------------------------------
dt = when('2025-06-24 23:00:05', '+0000')
txt = ('Hi Ren,\n\nYour case %s with AWS Training and Certification was recently resolved.\n\n'
       'How satisfied were you with the support you received?\n\n'
       '  Very dissatisfied  https://survey.aws.training/s/c8Xq2?r=1\n'
       '  Dissatisfied       https://survey.aws.training/s/c8Xq2?r=2\n'
       '  Neutral            https://survey.aws.training/s/c8Xq2?r=3\n'
       '  Satisfied          https://survey.aws.training/s/c8Xq2?r=4\n'
       '  Very satisfied     https://survey.aws.training/s/c8Xq2?r=5\n\n'
       'It takes about a minute, and your answers help us improve. The survey stays open for 7 days.\n\n'
       'AWS Training and Certification' % CASE_A)
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
            'How did we do? Feedback on case %s' % CASE_A, ses_mid(), extra=ex)
add('m30', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'survey', False, CASE_A, [],
    'Satisfaction survey for case A',
    'Question to the owner with the case number; optional.')

# 031 Spoofed amazon.com with dmarc=fail, same subject and agent -------------------------------------
dt = when('2025-06-25 21:10:37')
txt = ('Hello Ren,\n\n'
       'During a routine check after your account merge, we found that the exam history of Account #2 could not be '
       'copied in full. To restore it, we need you to confirm the merge once more by signing in through the secure '
       'link below and re-entering your Builder ID credentials:\n\n'
       'https://aws-training-certification.account-merge-verify.com/confirm?case=%s\n\n'
       'Please complete this within 48 hours; otherwise the records of Account #2 will be removed permanently.\n\n'
       'Best regards,\nTomasz W.\nAWS Training and Certification Support' % CASE_A)
tr = gmail_in(dt, ME_P, 'mx17.kr-hostbox.net', '185.234.72.19', FORM, 'amazon.com', dkim=(), spf='fail', dmarc='fail')
hs = tr + H(dt.astimezone(timezone.utc), TC_FROM, ME_P, SUBJ_A, '<%s@mx17.kr-hostbox.net>' % hexs(20),
            extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])
add('m31', dt, hs, leaf(txt, cs='utf-8', cte='8bit'),
    'suspicious', False, None, [],
    'Spoof using the real form address, subject and agent name; SPF and DMARC fail',
    'Reads like a genuine re-confirmation request on case A; only the Authentication-Results and link give it away.')

# 032 Certification program feedback invitation --------------------------------------------------
dt = when('2025-06-26 01:30:00', '+0000')
txt = ('Hello Ren Kitagawa,\n\n'
       'As an AWS Certified professional, your opinion shapes the program. We are inviting a small group of '
       'certification holders to a 10-minute survey about exam content, scheduling and certification benefits.\n\n'
       'Take the survey: https://survey.certmetrics.com/aws/2025q2?t=%s\n\n'
       'The survey closes on July 10, 2025. Thank you for helping us improve AWS Certification.\n\n'
       'AWS Certification' % alnum(16))
tr, ex = aws_in_gmail(dt, from_dom='certmetrics.com')
hs = tr + H(dt, ad('AWS Certification', CERTM), ME_P, 'Help shape the future of AWS Certification', ses_mid(), extra=ex)
add('m32', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'certification', False, None, [],
    'CertMetrics invitation to a certification-program survey',
    'A survey, but about the certification program, not a support case.')

# 033 AWS Educate form case (other program) asks a question ----------------------------------------
dt = when('2025-06-27 09:12:44', '+0000')
txt = ('Hello Ren,\n\nThank you for your interest in AWS Educate for your evening course at Kanda Institute of Technology.\n\n'
       'To verify your educator status, could you send us a link to the course page, or a letter from the institution '
       'that lists you as an instructor? Once we have it, we will enable educator access within two business days.\n\n'
       'Best,\nJordan\nAWS Educate Support')
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
            'RE:[CASE %s] [AWS Educate Form Submission] - educator-access' % CASE_EDU, ses_mid(), extra=ex)
add('m33', dt, hs, leaf(txt, cte='7bit', cs='us-ascii'),
    'unrelated', False, None, [],
    'AWS Educate (another AWS program) case asks for proof of teaching',
    'Same aws-cs-*-form sender family and [CASE] subject with a direct question, but not Training and Certification.')

# 034 Console case acknowledgement (case C) -------------------------------------------------------
dt = when('2025-06-30 01:02:26', '+0000')
T34 = ('Hello,\n\nA new support case has been created for you.\n\n'
       'Case ID: %s\nSubject: Exam discount benefit missing after certification account merge\n'
       'Severity: General guidance\nService: Training and Certification\nCategory: Certification benefits\n\n'
       'Your message:\n'
       'After my two certification accounts were merged under case %s, the 50%% exam discount that was on my old '
       'account no longer appears under Benefits on the merged account. Could you check it?\n\n'
       'To follow this case or add to it, use the Support Center:\n%s\n\n'
       'Sincerely,\nAmazon Web Services\n\n'
       'This mailbox is used only for sending. Messages sent to it are not read; please use the link above to respond.\n'
       'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.' % (CASE_C, CASE_A, CONSOLE_URL % CASE_C))
MID['m34'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P, 'Amazon Web Services: New Support case: %s' % CASE_C,
            MID['m34'], extra=ex)
add('m34', dt, hs, multi('alternative', [leaf(T34), leaf(aws_html(t2h(T34)), 'html')]),
    'acknowledgement', False, CASE_C, [],
    'Support Center (console) case opened about the missing exam discount',
    'Echo of the owner\'s own question ("Could you check it?") and a second case number (A) in the body.')

# 035 Owner's farewell mail ---------------------------------------------------------------------
dt = when('2025-06-30 17:30:05')
txt = ('各位\n\nお疲れさまです。クラウド推進部の北川です。\n\n'
       '私事で恐縮ですが、本日 6 月 30 日をもちまして退職することとなりました。\n'
       '在職中は大変お世話になり、本当にありがとうございました。\n\n'
       '会社のメールアドレスは本日で使えなくなりますので、今後のご連絡は個人アドレス\n'
       '(ren.kitagawa.jp@gmail.com)までいただけますと幸いです。\n\n'
       '皆さまのますますのご活躍をお祈りしております。\n\n北川 蓮\n')
hs = H(dt.astimezone(timezone.utc), ad(ME_JA, ME_C, 'iso-2022-jp'), 'all-staff@sorano-tech.co.jp', '退職のご挨拶',
       outlook_mid(), subj_cs='iso-2022-jp', extra=[('Thread-Topic', eh('退職のご挨拶', 'iso-2022-jp', name='Thread-Topic')),
                                                   ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])
add('m35', dt, hs, leaf(txt, cs='iso-2022-jp', cte='7bit'),
    'user_reply', False, None, [],
    'Owner\'s farewell mail to all staff (company address)',
    'Written by the owner but unrelated to any case; asks people to write to the personal address.', crlf=True)

# 036 Console info request (case C) -----------------------------------------------------------------
dt = when('2025-06-30 10:40:19', '+0000')
T36 = ('Hello,\n\nThank you for contacting AWS Support. My name is Rahul and I will be working with you on this case.\n\n'
       'I have looked at the merged certification profile, %s. The exam history and the three certifications from '
       'your former profile are all there, but no active exam discount benefit is attached to it at the moment. '
       'Discount benefits are tied to the exam result that generated them rather than to the profile, which is why '
       'they occasionally do not follow a merge.\n\n'
       'To trace the missing discount I will need the candidate ID of the profile it was originally shown on, together '
       'with the exam that earned it and roughly when you took that exam. A screenshot of the Benefits page from '
       'before the merge would also help, if you kept one.\n\n'
       'Best regards,\n\nRahul K.\nAmazon Web Services' % NEW_ID)
C_FOOT = ('\n\nWas this response helpful? Rate it here:\nhttps://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s\n\n'
          'To see all correspondence for this case, or to reply, sign in to the Support Center:\n%s\n\n'
          'Replies to this e-mail address are not monitored and will not be added to your case.\n'
          'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.')
foot36 = C_FOOT % (hexs(12), CASE_C, CONSOLE_URL % CASE_C)
MID['m36'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, MID['m36'], irt=MID['m34'], refs=[MID['m34']], extra=ex)
add('m36', dt, hs, multi('alternative', [leaf(T36 + foot36), leaf(aws_html(t2h(T36 + foot36)), 'html')]),
    'info_request', True, CASE_C, [NEW_ID],
    'Console case: support needs the old candidate ID, the exam and a screenshot (answer in Support Center)',
    '"I will need ..." with no please/question; rating footer; reply must go through the console, not email.')

# 037 Owner replies to the console case by e-mail (with attachment) -------------------------------------
dt = when('2025-06-30 22:05:12')
new37 = ('Hi Rahul,\n\nThe discount was shown on my old profile, %s. I earned it by passing the Developer - Associate '
         'exam on 14 March 2025. A screenshot of the old Benefits page is attached.\n\nThanks,\nRen' % OLD_ID)
qh37 = 'On Mon, Jun 30, 2025 at 7:40\u202fPM Amazon Web Services <%s> wrote:' % NOREPLY
txt = new37 + '\n\n' + qh37 + '\n\n' + q(T36 + foot36) + '\n'
htm = ('<div dir="ltr">' + t2h(new37) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
       + html.escape(qh37) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + t2h(T36 + foot36) + '</blockquote></div>\n')
MID['m37'] = gmail_mid()
hs = H(dt, ad(ME_EN, ME_P), ad('Amazon Web Services', NOREPLY), 'Re: ' + SUBJ_C, MID['m37'], irt=MID['m36'],
       refs=[MID['m34'], MID['m36']])
add('m37', dt, hs, multi('mixed', [multi('alternative', [leaf(txt, cs='UTF-8', qcs=False), leaf(htm, 'html', cs='UTF-8', qcs=False)], 'gmail'),
                                    attach('benefits-before-merge.png', 'image/png', tiny_png())], 'gmail'),
    'user_reply', False, CASE_C, [OLD_ID],
    'Owner answers the console case by e-mail to the no-reply address, with a screenshot',
    'multipart/mixed with an image; the answer goes to an address that does not accept mail.')

# 038 System: your e-mail was not added to the case (case C) --------------------------------------------
dt = when('2025-06-30 13:05:44', '+0000')
T38 = ('Hello,\n\n'
       'We received an e-mail from you at no-reply-aws@amazon.com about case %s. This address is used only for '
       'sending notifications, so your message has not been added to the case and the engineer working on it cannot '
       'see it.\n\n'
       'To send your reply and any attachments, open the case in the Support Center and choose Reply:\n%s\n\n'
       'Amazon Web Services' % (CASE_C, CONSOLE_URL % CASE_C))
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P, 'Your e-mail was not added to case %s' % CASE_C, ses_mid(),
            irt=MID['m37'], refs=[MID['m36'], MID['m37']], extra=ex + [('Auto-Submitted', 'auto-replied')])
add('m38', dt, hs, leaf(T38, cte='7bit', cs='us-ascii'),
    'info_request', True, CASE_C, [],
    'Automatic notice: the e-mailed answer did not reach case C; reply in the Support Center',
    'Looks like a bounce/auto-reply, but support is still waiting: the owner must answer again in the console.')

# 039 Out-of-office from new employer's HR ----------------------------------------------------------
dt = when('2025-07-01 09:00:31')
txt = ('北川様\n\n7月1日(火)は終日研修のため不在にしております。7月2日(水)以降、順次ご返信いたします。\n'
       'お急ぎの場合は人事部代表 hr@kumo-works.jp までご連絡ください。\n\n'
       'I am out of the office on 1 July and will reply from 2 July.\n\n株式会社クモワークス 人事部 山本 沙織\n')
tr = gmail_in(dt, ME_P, 'mail-os0jpn01on2102.outbound.protection.outlook.com', '40.107.113.102', 's.yamamoto@kumo-works.jp',
              'kumo-works.jp', dkim=(('pass', 'kumo-works.jp', 'selector1'),), pol='NONE')
hs = tr + H(dt.astimezone(timezone.utc), ad('山本 沙織', 's.yamamoto@kumo-works.jp'), ad(ME_JA, ME_P),
            '自動応答: 入社書類の提出について', outlook_mid('OS0PR01MB7710'),
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'ja-JP')])
add('m39', dt, hs, leaf(txt, cs='utf-8', cte='base64'),
    'unrelated', False, None, [],
    'Out-of-office auto-reply from the new employer\'s HR',
    'Auto-reply with "ご連絡ください"; nothing to do with AWS.')

# 040 AWS console billing case (other AWS support) asks for info -------------------------------------------
dt = when('2025-07-02 01:00:09', '+0000')
txt = ('Hello,\n\nThank you for your patience while we looked into the charges on your account.\n\n'
       'The increase in May comes from NAT Gateway data processing in ap-northeast-1. To tell whether the traffic '
       'could have gone through a gateway endpoint instead, please share the ID of the VPC and of the NAT gateway '
       'involved, and whether most of the traffic was going to Amazon S3.\n\n'
       'Best regards,\nMei L.\nAmazon Web Services\n[AWS ID 482109375566]' +
       C_FOOT % (hexs(12), CASE_BILL, CONSOLE_URL % CASE_BILL))
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P,
            'RE:[CASE %s] Unexpected NAT Gateway data processing charges' % CASE_BILL, ses_mid(), extra=ex)
add('m40', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [],
    'AWS Support Center billing case asks for VPC details',
    'Identical sender, subject shape and footer to the T&C console case, with a real "please share", but it is billing.')

# 041 Bounce (DSN) -----------------------------------------------------------------------------
dt = when('2025-07-02 13:00:22')
txt = ('** Address not found **\n\n'
       'Your message wasn\'t delivered to h.mori@sorano-tech.co.jp because the address couldn\'t be found, or is unable '
       'to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n'
       'The response from the remote server was:\n'
       '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h.mori@sorano-tech.co.jp not found by SMTP address lookup\n')
ds = ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; ren.kitagawa.jp@gmail.com\n'
      'Arrival-Date: %s\n\nFinal-Recipient: rfc822; h.mori@sorano-tech.co.jp\nAction: failed\nStatus: 5.1.10\n'
      'Remote-MTA: dns; sorano-tech-co-jp.mail.protection.outlook.com. (40.107.114.36, the server for the domain sorano-tech.co.jp.)\n'
      'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n'
      'Last-Attempt-Date: %s\n' % (rfcdate(dt.astimezone(tz('-0700'))), rfcdate(dt.astimezone(tz('-0700')))))
orig = ('Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nFrom: %s\nTo: h.mori@sorano-tech.co.jp\nSubject: %s\n'
        'Content-Type: text/plain; charset="UTF-8"\n' % (ME_P, gmail_mid(), rfcdate(dt - timedelta(seconds=20)),
                                                       ad(ME_JA, ME_P), eh('送別会のお礼', name='Subject')))
t41 = rfcdate(dt.astimezone(tz('-0700')))
tr = [('Delivered-To', ME_P),
      ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(6), t41)),
      ('Return-Path', '<>'),
      ('Received', 'by mail-sor-f69.google.com with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
       % (alnum(22), ME_P, t41)),
      ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@googlemail.com header.s=20230601 header.b=%s' % alnum(8))]
hs = tr + H(dt.astimezone(tz('-0700')), ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
            'Delivery Status Notification (Failure)', '<%s@mx.google.com>' % alnum(24),
            extra=[('Auto-Submitted', 'auto-replied')])
add('m41', dt, hs, multi('report', [leaf(txt, cs='UTF-8', qcs=False), raw_part('message/delivery-status', ds),
                                     raw_part('text/rfc822-headers', orig)], 'gmail', params='; report-type=delivery-status'),
    'unrelated', False, None, [],
    'Gmail bounce: mail to a former colleague\'s closed company address',
    'multipart/report DSN; "Delivery Status Notification" and failure wording.')

# 042 Console closing notice (case C) --------------------------------------------------------------
dt = when('2025-07-03 10:00:40', '+0000')
T42 = ('Hello,\n\nWe haven\'t received a reply on case %s since our last message on June 30.\n\n'
       'If we don\'t hear from you, this case will be resolved automatically in 3 days. Once a case has been resolved '
       'for 14 days it can no longer be reopened, and you would need to create a new one.\n\n'
       'Amazon Web Services' % CASE_C)
foot42 = C_FOOT % (hexs(12), CASE_C, CONSOLE_URL % CASE_C)
MID['m42'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, MID['m42'], irt=MID['m36'], refs=[MID['m34'], MID['m36']], extra=ex)
add('m42', dt, hs, multi('alternative', [leaf(T42 + foot42), leaf(aws_html(t2h(T42 + foot42)), 'html')]),
    'closing_notice', True, CASE_C, [],
    'Console case C will auto-resolve in 3 days without a reply',
    'No explicit request sentence; the owner already answered by e-mail (which never arrived).')

# 043 Case update C: passed to benefits team -------------------------------------------------------
dt = when('2025-07-04 02:00:15', '+0000')
T43 = ('Hello,\n\nThank you for the details and the screenshot you added in the Support Center.\n\n'
       'I have confirmed that the discount was generated on %s by your Developer - Associate result from March and '
       'was not carried over during the merge. I have passed the case to our certification benefits team so they can '
       'reissue it on the merged profile. This usually takes two to three business days, and I will update the case '
       'as soon as they are done.\n\nBest regards,\n\nRahul K.\nAmazon Web Services' % OLD_ID)
foot43 = C_FOOT % (hexs(12), CASE_C, CONSOLE_URL % CASE_C)
MID['m43'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, MID['m43'], irt=MID['m42'],
            refs=[MID['m34'], MID['m36'], MID['m42']], extra=ex)
add('m43', dt, hs, multi('alternative', [leaf(T43 + foot43), leaf(aws_html(t2h(T43 + foot43)), 'html')]),
    'case_update', False, CASE_C, [OLD_ID],
    'Console case C handed to the benefits team',
    'Footer still says "to reply, sign in"; news only.')

# 044 Pearson VUE booking -------------------------------------------------------------------
dt = when('2025-07-04 15:00:48')
txt = ('Dear Ren Kitagawa,\n\nThank you for booking your exam with Pearson VUE.\n\n'
       'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\nLanguage: Japanese\n'
       'Date and time: Monday, July 14, 2025 10:00 AM JST\nDelivery: OnVUE online proctored\n'
       'Registration ID: 512873946\nCandidate ID: %s\n\n'
       'Please run the system test before exam day. If you need to reschedule or cancel, do so at least 24 hours '
       'before your appointment at https://home.pearsonvue.com/aws\n\nPearson VUE' % NEW_ID)
tr = gmail_in(dt, ME_P, 'mail1.pearsonvue.com', '159.182.104.31', 'pearsonvueconfirmation@pearson.com', 'pearson.com',
              dkim=(('pass', 'pearson.com', 'pvue2023'),), pol='REJECT')
hs = tr + H(dt.astimezone(timezone.utc), ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
            'Pearson VUE Confirmation of Booking', '<%s.JavaMail.pvue@pvapp07>' % R.randint(10 ** 8, 10 ** 9))
add('m44', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [NEW_ID],
    'Pearson VUE exam booking with registration number and candidate ID',
    'Exam vendor mail with "Confirmation" in the subject, a 9-digit registration ID and a real candidate ID.')

# 045 Acknowledgement D (Japanese, HTML-only, base64) ---------------------------------------------------
dt = when('2025-07-04 11:07:02', '+0000')
T45 = ('北川 蓮 様\n\n'
       'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
       'お問い合わせをケース番号 %s として受け付けました。担当者より、原則として 1 営業日以内にご連絡いたします。'
       '内容によってはお時間をいただく場合がございます。\n\n'
       '同じ内容で新たにお問い合わせを送信されますと、対応が遅れる原因となりますのでご遠慮ください。\n\n'
       '■ お問い合わせ内容\n'
       'お名前: 北川 蓮\nメールアドレス: ren.kitagawa.jp@gmail.com\nAWS 候補 ID: %s\n'
       'お問い合わせタイプ: 認定\nその他の詳細: 認定証\n'
       '内容: 認定証に記載されている氏名が「Len Kitagawa」となっています。正しくは「Ren Kitagawa」です。修正をお願いします。\n\n'
       'AWS トレーニングと認定 サポート' % (CASE_D, NEW_ID))
MID['m45'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS Training and Certification', FORM), ME_P, SUBJ_D, MID['m45'], extra=ex)
add('m45', dt, hs, leaf(aws_html(t2h(T45), 'ja'), 'html', cs='UTF-8', cte='base64', qcs=False),
    'acknowledgement', False, CASE_D, [NEW_ID],
    'Japanese HTML-only acknowledgement for case D (name on certificate)',
    'Japanese template; echoed form ends with the owner\'s own "修正をお願いします".')

# 046 Info request D (Japanese keigo, ISO-2022-JP, CRLF) --------------------------------------------------
dt = when('2025-07-05 01:30:27', '+0000')
T46 = ('北川 蓮 様\n\n'
       'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n'
       'このたびはお問い合わせいただき、誠にありがとうございます。\n\n'
       '認定証の氏名表記の修正につきまして、候補 ID %s のアカウント情報を確認いたしました。\n'
       '氏名の変更は試験配信事業者の受験者情報とも連携しているため、公的な身分証明書と同一の表記で登録する必要がございます。\n\n'
       'つきましては、お手数をおかけいたしますが、パスポートに記載されているとおりのローマ字表記(姓・名の順序を含む)を'
       'お知らせいただけますでしょうか。\n'
       'あわせて、ミドルネームの有無についてもご教示いただけますと幸いです。\n\n'
       'ご返信をお待ち申し上げております。\n\n'
       'AWS トレーニングと認定 カスタマーサポート\n佐藤\n' % NEW_ID)
MID['m46'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ad(ME_JA, ME_P, 'iso-2022-jp'), SUBJ_D, MID['m46'],
            irt=MID['m45'], refs=[MID['m45']], extra=ex)
add('m46', dt, hs, leaf(T46, cs='ISO-2022-JP', cte='7bit', qcs=False),
    'info_request', True, CASE_D, [NEW_ID],
    'Japanese agent asks for the passport spelling and middle name (keigo)',
    '〜いただけますでしょうか / ご教示いただけますと幸いです after an explanation; ISO-2022-JP with CRLF.', crlf=True)

# 047 Fake Credly ---------------------------------------------------------------------------
dt = when('2025-07-06 08:41:19')
htm = ('<html><body style="font-family:Arial"><p style="font-size:18px;color:#ff6b00">Credly</p>'
       '<p>Hello,</p><p>After a recent account merge we detected a duplicate profile holding your <b>AWS Certified</b> badges. '
       'To keep them, confirm your identity in the next 48 hours. Unverified badges will be revoked.</p>'
       '<p><a href="https://credly-notify.net/verify?id=7d1e">Verify my badges</a></p>'
       '<p style="font-size:11px;color:#999">Credly, Inc.</p></body></html>\n')
tr = gmail_in(dt, ME_P, 'smtp.credly-notify.net', '91.215.85.144', 'mailer@credly-notify.net', 'credly-notify.net',
              dkim=(('pass', 'credly-notify.net', 'mail'),), pol='NONE')
hs = tr + H(dt.astimezone(timezone.utc), ad('Credly', 'badges@credly-notify.net'), ME_P,
            'Action required: your AWS badges will be revoked in 48 hours', '<%s@credly-notify.net>' % hexs(24))
add('m47', dt, hs, leaf(htm, 'html', cs='utf-8', cte='7bit'),
    'suspicious', False, None, [],
    'Fake Credly mail from a lookalike domain threatening badge revocation',
    'Plausible after a real merge; passes authentication for its own lookalike domain.')

# 048 Resolved C with feedback footer -------------------------------------------------------------
dt = when('2025-07-07 03:00:50', '+0000')
T48 = ('Hello,\n\nGood news: our certification benefits team has reissued your 50%% exam discount on profile %s. '
       'You will find it on the Benefits page of your certification account; it is valid until 14 March 2026.\n\n'
       'As your request has been fulfilled, I have marked this case as resolved.\n\n'
       'We value your feedback. Please take a moment to rate this correspondence using the links below.\n\n'
       'Best regards,\n\nRahul K.\nAmazon Web Services' % NEW_ID)
foot48 = C_FOOT % (hexs(12), CASE_C, CONSOLE_URL % CASE_C)
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('Amazon Web Services', NOREPLY), ME_P, SUBJ_C, ses_mid(), irt=MID['m43'],
            refs=[MID['m34'], MID['m36'], MID['m42'], MID['m43']], extra=ex)
add('m48', dt, hs, multi('alternative', [leaf(T48 + foot48), leaf(aws_html(t2h(T48 + foot48)), 'html')]),
    'resolved', False, CASE_C, [NEW_ID],
    'Console case C resolved: discount reissued',
    'Contains "Please take a moment to rate" and "to reply, sign in" boilerplate.')

# 049 Qiita notification ----------------------------------------------------------------------
dt = when('2025-07-07 18:00:03')
txt = ('北川 蓮 さん\n\nあなたの記事「転職前に AWS 認定アカウントを個人アドレスへ統合した」に 5 件の LGTM がつきました。\n\n'
       'https://qiita.com/ren_kitagawa/items/4f2a9c1d7b3e5a8f6c20\n\n'
       '通知設定の変更: https://qiita.com/settings/notifications\n\nQiita\n')
tr = gmail_in(dt, ME_P, 'o12.mail.qiita.com', '167.89.100.12', 'bounces+3312@mail.qiita.com', 'qiita.com',
              dkim=(('pass', 'qiita.com', 's1'),), pol='NONE')
hs = tr + H(dt.astimezone(timezone.utc), ad('Qiita', 'noreply@qiita.com'), ME_P,
            '「転職前に AWS 認定アカウントを個人アドレスへ統合した」に 5 件の LGTM がつきました',
            '<%s@ismtpd0006p1nrt1.sendgrid.net>' % alnum(22))
add('m49', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', qcs=False), leaf(aws_html(t2h(txt), 'ja'), 'html', cs='UTF-8', qcs=False)]),
    'unrelated', False, None, [],
    'Qiita notification about the owner\'s article on merging certification accounts',
    'Subject about merging certification accounts; Japanese; a social notification.')

# 050 Survey C (Japanese) ------------------------------------------------------------------------
dt = when('2025-07-08 00:30:00', '+0000')
txt = ('北川 蓮 様\n\n先日解決となったサポートケース %s について、AWS サポートの対応はいかがでしたか。\n'
       '今後のサービス向上のため、2 分ほどの簡単なアンケートにご協力いただけますと幸いです。\n\n'
       'アンケートに回答する: https://survey.support.aws/jp/%s\n\n'
       '本メールは送信専用アドレスからお送りしています。\nAmazon Web Services' % (CASE_C, alnum(12)))
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS サポート', 'aws-support-feedback@amazon.com'), ME_P,
            'AWS サポートに関するアンケートのお願い (ケース %s)' % CASE_C, ses_mid(), extra=ex)
add('m50', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', cte='base64'), leaf(aws_html(t2h(txt), 'ja'), 'html', cs='UTF-8', cte='base64')]),
    'survey', False, CASE_C, [],
    'Japanese satisfaction survey for console case C',
    '〜いただけますと幸いです keigo request, but it is an optional survey.')

# 051 Closing notice D (Japanese, already closed, reply reopens) -------------------------------------------
dt = when('2025-07-09 02:20:11', '+0000')
T51 = ('北川 蓮 様\n\n'
       'AWS トレーニングと認定 サポートでございます。\n\n'
       '7月5日にお送りしたご案内につきまして、ご返信を確認できておりませんでしたため、本ケースはいったんクローズとさせていただきました。\n\n'
       '引き続き氏名表記の修正をご希望の場合は、本メールにそのままご返信ください。ケースが自動的に再開されます。'
       'なお、クローズから 14 日を過ぎますと再開できませんので、その際は新たにお問い合わせくださいますようお願いいたします。\n\n'
       'AWS トレーニングと認定 サポート')
MID['m51'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_JA, ME_P), SUBJ_D, MID['m51'], irt=MID['m46'], refs=[MID['m45'], MID['m46']], extra=ex)
add('m51', dt, hs, multi('alternative', [leaf(T51, cs='UTF-8'), leaf(aws_html(t2h(T51), 'ja'), 'html', cs='UTF-8')]),
    'closing_notice', True, CASE_D, [],
    'Case D was closed for lack of reply; replying reopens it (Japanese)',
    'Past tense "closed" and a conditional 〜ご希望の場合は; still the owner must reply to get the fix.')

# 052 Owner answers case D (Japanese, Gmail) -------------------------------------------------------
dt = when('2025-07-09 11:48:36')
new52 = ('佐藤様\n\nご連絡が遅くなり申し訳ありません。\n'
         'パスポートの表記は「KITAGAWA REN」(姓 KITAGAWA、名 REN)で、ミドルネームはありません。\n'
         '認定証には「Ren Kitagawa」の順で表示されれば問題ありません。\n\n'
         'よろしくお願いいたします。\n北川 蓮')
qh52 = '2025年7月9日(水) 11:20 AWS Training and Certification <%s>:' % FORM
txt = new52 + '\n\n' + qh52 + '\n\n' + q(T51) + '\n'
htm = ('<div dir="ltr">' + t2h(new52) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
       + html.escape(qh52) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + t2h(T51) + '</blockquote></div>\n')
MID['m52'] = gmail_mid()
hs = H(dt, ad(ME_JA, ME_P), FORM, 'Re: ' + SUBJ_D, MID['m52'], irt=MID['m51'], refs=[MID['m45'], MID['m46'], MID['m51']])
add('m52', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8', cte='base64', qcs=False),
                                          leaf(htm, 'html', cs='UTF-8', cte='base64', qcs=False)], 'gmail'),
    'user_reply', False, CASE_D, [],
    'Owner gives the passport spelling (Japanese)',
    'Japanese reply with 「…:」 quote header; "よろしくお願いいたします" is the owner\'s.')

# 053 Reopen acknowledgement D -------------------------------------------------------------------
dt = when('2025-07-09 02:49:05', '+0000')
T53 = ('Hello,\n\nWe have received your reply, and case %s has been reopened. It is back with the specialist who was '
       'handling it, and you can expect an answer within one business day. There is no need to send the information '
       'again.\n\nAWS Training and Certification Support' % CASE_D)
MID['m53'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ME_P, SUBJ_D, MID['m53'], irt=MID['m52'], refs=[MID['m45'], MID['m46'], MID['m51'], MID['m52']],
            extra=ex + [('Auto-Submitted', 'auto-replied')])
add('m53', dt, hs, leaf(T53 + TC_FOOT, cte='7bit', cs='us-ascii'),
    'acknowledgement', False, CASE_D, [],
    'Automatic notice that case D was reopened by the reply',
    'Mentions reopening (like a closing notice) but only acknowledges.')

# 054 Resolved D (Japanese, ISO-2022-JP) ------------------------------------------------------------
dt = when('2025-07-10 05:00:29', '+0000')
T54 = ('北川 蓮 様\n\n'
       'AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\nご返信いただき、ありがとうございました。\n\n'
       'お知らせいただいた内容に基づき、認定アカウント(%s)の氏名を「Ren Kitagawa」に修正いたしました。'
       '認定証は、アカウントの「認定」ページから最新の表記でダウンロードいただけます。\n\n'
       '以上をもちまして、本件は解決とさせていただきます。\n'
       'ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n'
       'AWS トレーニングと認定 カスタマーサポート\n佐藤\n' % NEW_ID)
txt = T54 + '\n2025/07/09 11:48、北川 蓮 <%s> のメール:\n' % ME_P + q(new52) + '\n'
MID['m54'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ad(ME_JA, ME_P, 'iso-2022-jp'), SUBJ_D, MID['m54'],
            irt=MID['m52'], refs=[MID['m45'], MID['m46'], MID['m51'], MID['m52']], extra=ex)
add('m54', dt, hs, leaf(txt, cs='ISO-2022-JP', cte='7bit', qcs=False),
    'resolved', False, CASE_D, [NEW_ID],
    'Japanese agent: name corrected, case resolved',
    'ご不明な点がございましたら...ご返信ください is a conditional invitation.')

# 055 CertMetrics profile updated -------------------------------------------------------------------
dt = when('2025-07-10 05:05:41', '+0000')
txt = ('Hello Ren Kitagawa,\n\nThe following change was made to your AWS Certification profile (Candidate ID %s):\n\n'
       '  Legal name: Len Kitagawa \u2192 Ren Kitagawa\n\n'
       'If you did not request this change, contact AWS Training and Certification.\n\nAWS Certification' % NEW_ID)
tr, ex = aws_in_gmail(dt, from_dom='certmetrics.com')
hs = tr + H(dt, ad('AWS Certification', CERTM), ME_P, 'Your AWS Certification profile was updated', ses_mid(), extra=ex)
add('m55', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'certification', False, None, [NEW_ID],
    'CertMetrics notice that the legal name on the profile changed',
    'Caused by case D but sent by the certification system, not part of the case; conditional "contact".')

# 056 Owner: certificate PDFs still show old name (case D) ------------------------------------------------
dt = when('2025-07-11 09:00:12')
new56 = ('佐藤様\n\nご対応ありがとうございます。\n'
         'プロフィールの氏名が Ren Kitagawa に変わったことを確認しました。\n'
         'ただ、「認定」ページからダウンロードしたソリューションアーキテクト - アソシエイトとデベロッパー - アソシエイトの'
         '認定証 PDF は、まだ「Len Kitagawa」のままになっています。\n'
         'お手数ですが、再発行をお願いできますでしょうか。\n\n北川 蓮')
qh56 = '2025年7月10日(木) 14:00 AWS トレーニングと認定 <%s>:' % FORM
txt = new56 + '\n\n' + qh56 + '\n\n' + q(T54) + '\n'
MID['m56'] = gmail_mid()
hs = H(dt, ad(ME_JA, ME_P), FORM, 'Re: ' + SUBJ_D, MID['m56'], irt=MID['m54'],
       refs=[MID['m45'], MID['m46'], MID['m51'], MID['m52'], MID['m54']])
add('m56', dt, hs, leaf(txt, cs='UTF-8', cte='quoted-printable', qcs=False),
    'user_reply', False, CASE_D, [],
    'Owner reports the certificate PDFs still carry the old name, on the resolved case D',
    'Owner\'s keigo request (〜お願いできますでしょうか) to support; quoted resolution holds a candidate ID.')

# 057 Case update D: reopened, passed on ------------------------------------------------------------
dt = when('2025-07-11 14:00:37', '+0000')
T57 = ('Hello Ren,\n\nI am Gabriel and I am picking up case %s from my colleague. I have reopened it and asked our '
       'certificate fulfillment team to regenerate the PDF certificates for all of your active certifications with '
       'the corrected name.\n\nYou do not need to do anything for now; I will write again once they are done.\n\n'
       'Regards,\nGabriel M.\nAWS Training and Certification Support' % CASE_D)
MID['m57'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_D, MID['m57'], irt=MID['m56'],
            refs=[MID['m45'], MID['m46'], MID['m52'], MID['m54'], MID['m56']], extra=ex)
add('m57', dt, hs, multi('alternative', [leaf(T57 + TC_FOOT), leaf(aws_html(t2h(T57 + TC_FOOT)), 'html')]),
    'case_update', False, CASE_D, [],
    'Case D reopened and passed to the certificate team (English, new agent)',
    'Language switch mid-case; "reopened" and "You do not need to do anything".')

# 058 On hold D, no question ------------------------------------------------------------------------
dt = when('2025-07-14 08:00:02', '+0000')
T58 = ('Hello Ren,\n\nA quick update on case %s.\n\n'
       'Our certificate team explained that the PDF certificates are rendered from the candidate name held by our exam '
       'delivery provider, and that record still carries the previous spelling. We have asked the provider to update '
       'it, and until they confirm, your case is on hold on our side.\n\n'
       'No action is needed from you. I will let you know as soon as the provider has made the change.\n\n'
       'Regards,\nGabriel M.\nAWS Training and Certification Support' % CASE_D)
MID['m58'] = ses_mid()
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_D, MID['m58'], irt=MID['m57'],
            refs=[MID['m45'], MID['m46'], MID['m54'], MID['m56'], MID['m57']], extra=ex)
add('m58', dt, hs, leaf(T58 + TC_FOOT, cs='utf-8', cte='quoted-printable'),
    'on_hold', False, CASE_D, [],
    'Case D on hold waiting for the exam delivery provider',
    'A hold with no question at all (contrast with message 11).')

# 059 Exam result --------------------------------------------------------------------------------
dt = when('2025-07-15 01:00:55', '+0000')
txt = ('Hello Ren Kitagawa,\n\nCongratulations! You passed the AWS Certified Solutions Architect - Professional (SAP-C02) '
       'exam on July 14, 2025.\n\nScaled score: 842 (minimum passing score 750)\nCandidate ID: %s\n\n'
       'Your digital badge will be issued through Credly, and your certificate is available in your AWS Certification '
       'Account: https://www.aws.training/certification\n\nAWS Certification' % NEW_ID)
tr, ex = aws_in_gmail(dt, from_dom='certmetrics.com')
hs = tr + H(dt, ad('AWS Certification', CERTM), ME_P, 'Your AWS Certification exam results are available', ses_mid(), extra=ex)
add('m59', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'certification', False, None, [NEW_ID],
    'Exam result: SAP passed',
    'Program mail with candidate ID and score.')

# 060 Credly SAP badge ---------------------------------------------------------------------------
dt = when('2025-07-15 10:31:20')
txt = ('Hi Ren,\n\nCongratulations on earning a new badge from Amazon Web Services Training and Certification:\n\n'
       'AWS Certified Solutions Architect - Professional\n\n'
       'Accept it here: https://www.credly.com/badges/c0e3a9d2-41f7-4b6a-8d15-7a2e0f9b3c61/accept\n\n'
       'Once accepted, you can share it on LinkedIn or add it to your email signature.\n\nThe Credly Team')
tr = gmail_in(dt, ME_P, 'o1.email.credly.com', '168.245.77.11', 'bounces+1190@email.credly.com', 'credly.com',
              dkim=(('pass', 'credly.com', 's1'),), pol='REJECT')
hs = tr + H(dt.astimezone(timezone.utc), ad('Credly', 'admin@credly.com'), ME_P,
            'Congratulations, Ren! Accept your AWS Certified Solutions Architect - Professional badge',
            '<%s@geopod-ismtpd-5>' % alnum(22))
add('m60', dt, hs, multi('alternative', [leaf(txt, cte='7bit', cs='us-ascii'), leaf(aws_html(t2h(txt)), 'html')]),
    'badge', False, None, [],
    'Credly: SAP badge',
    'Ordinary badge mail.')

# 061 T&C-branded marketing -----------------------------------------------------------------------
dt = when('2025-07-16 00:15:00', '+0000')
txt = ('New this month on AWS Skill Builder\n\n'
       '- Generative AI Developer learning plan (12 hours, intermediate)\n'
       '- Exam prep: AWS Certified Data Engineer - Associate, with practice questions\n'
       '- AWS Jam: Security incident response\n\n'
       'Start learning: https://skillbuilder.aws/new?trk=em_tc_0725\n\n'
       'You are receiving this email because you subscribed to AWS Training and Certification news. '
       'Unsubscribe: https://pages.awscloud.com/unsubscribe\n\nAWS Training and Certification')
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), ME_P,
            'New this month on AWS Skill Builder: generative AI learning plans', '<%s@pages.awscloud.com>' % alnum(24),
            extra=ex + [('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe>')])
add('m61', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [],
    'Marketing newsletter with the "AWS Training and Certification" display name',
    'Same display name as the case mail; marketing.')

# 062 Resolved D #2: short top-post over long Outlook-style history ------------------------------------
dt = when('2025-07-17 06:00:18', '+0000')
T62 = ('Hello Ren,\n\nThe exam delivery provider has updated your candidate record, and new PDF certificates showing '
       '"Ren Kitagawa" have been generated for all four of your active certifications, including the Professional '
       'certification you have just earned - congratulations. You can download them from the Certifications page now.\n\n'
       'I am marking case %s as resolved.\n\nRegards,\nGabriel M.\nAWS Training and Certification Support' % CASE_D)


def oh(frm, sent, subj):
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n'
            % (frm, sent, ME_P if 'Ren' not in frm and '北川' not in frm else FORM, subj))


hist = (oh('AWS Training and Certification <%s>' % FORM, 'Monday, July 14, 2025 8:00 AM', SUBJ_D) + T58 + '\n\n'
        + oh('AWS Training and Certification <%s>' % FORM, 'Friday, July 11, 2025 2:00 PM', SUBJ_D) + T57 + '\n\n'
        + oh('北川 蓮 <%s>' % ME_P, 'Friday, July 11, 2025 12:00 AM', 'Re: ' + SUBJ_D) + new56 + '\n\n'
        + oh('AWS トレーニングと認定 <%s>' % FORM, 'Thursday, July 10, 2025 5:00 AM', SUBJ_D) + T54 + '\n'
        + oh('北川 蓮 <%s>' % ME_P, 'Wednesday, July 9, 2025 2:48 AM', 'Re: ' + SUBJ_D) + new52 + '\n\n'
        + oh('AWS トレーニングと認定 <%s>' % FORM, 'Saturday, July 5, 2025 1:30 AM', SUBJ_D) + T46)
txt = T62 + '\n\n' + hist
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, TC_FROM, ad(ME_EN, ME_P), SUBJ_D, ses_mid(), irt=MID['m58'],
            refs=[MID['m45'], MID['m46'], MID['m52'], MID['m54'], MID['m56'], MID['m57'], MID['m58']], extra=ex)
add('m62', dt, hs, leaf(txt, cs='UTF-8', cte='base64'),
    'resolved', False, CASE_D, [],
    'Case D resolved again: regenerated certificates; long quoted history below',
    'Five-line top-post over a long un-prefixed history that still contains the Japanese keigo request and a candidate ID.')

# 063 Survey D (Japanese) ----------------------------------------------------------------------------
dt = when('2025-07-18 00:00:44', '+0000')
txt = ('北川 蓮 様\n\n先日は AWS トレーニングと認定 サポートをご利用いただき、ありがとうございました。\n'
       'ケース %s の対応について、簡単なアンケートへのご協力をお願いいたします。所要時間は 1 分程度です。\n\n'
       '▼ アンケートに回答する\nhttps://survey.aws.training/s/jp/%s\n\n回答期限: 2025年7月25日\n\n'
       '※本メールは送信専用アドレスから配信しています。' % (CASE_D, alnum(10)))
tr, ex = aws_in_gmail(dt)
hs = tr + H(dt, ad('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), ME_P,
            '【アンケート】ケース %s のサポートについてご意見をお聞かせください' % CASE_D, ses_mid(), extra=ex, subj_qp=True)
add('m63', dt, hs, multi('alternative', [leaf(txt, cs='UTF-8'), leaf(aws_html(t2h(txt), 'ja'), 'html', cs='UTF-8')]),
    'survey', False, CASE_D, [],
    'Japanese survey for case D',
    '"ご協力をお願いいたします" and a deadline; Q-encoded subject.')

# 064 Recertification --------------------------------------------------------------------------------
dt = when('2025-07-18 03:00:09', '+0000')
txt = ('Hello Ren Kitagawa,\n\nBecause you earned AWS Certified Solutions Architect - Professional, your AWS Certified '
       'Solutions Architect - Associate certification has been renewed.\n\nNew expiration date: July 14, 2028\n'
       'Candidate ID: %s\n\nA 50%% discount for your next exam has been added to the Benefits page of your '
       'AWS Certification Account.\n\nAWS Certification' % NEW_ID)
tr, ex = aws_in_gmail(dt, from_dom='certmetrics.com')
hs = tr + H(dt, ad('AWS Certification', CERTM), ME_P,
            'Congratulations - your AWS Certified Solutions Architect - Associate has been renewed', ses_mid(), extra=ex)
add('m64', dt, hs, multi('alternative', [leaf(txt), leaf(aws_html(t2h(txt)), 'html')]),
    'certification', False, None, [NEW_ID],
    'Recertification of SAA through the Professional exam',
    'Mentions a discount benefit like case C did, but is program mail.')

# 065 Spoofed console case mail (dmarc=fail) -------------------------------------------------------------
dt = when('2025-07-19 13:00:27')
txt = ('Hello,\n\nWe were unable to verify the payment method on your AWS account 482109375566. Your account and the '
       'certifications associated with it will be suspended within 24 hours unless you update your details in the '
       'Support Center:\n\nhttp://support-center-aws.com/case/?displayId=%s\n\n'
       'To see all correspondence for this case, or to reply, sign in to the Support Center using the link above.\n\n'
       'Amazon Web Services' % CASE_FAKE)
tr = gmail_in(dt, ME_P, 'vps-2281.cheap-mailer.top', '103.151.140.27', 'postmaster@cheap-mailer.top', 'amazon.com',
              dkim=(), spf='softfail', dmarc='fail')
hs = tr + H(dt.astimezone(timezone.utc), ad('Amazon Web Services', NOREPLY), ME_P,
            'Amazon Web Services: Support case %s - action required to avoid suspension' % CASE_FAKE,
            '<%s@cheap-mailer.top>' % hexs(16))
add('m65', dt, hs, leaf(txt, cte='7bit', cs='us-ascii'),
    'suspicious', False, None, [],
    'Spoofed console-case mail from no-reply-aws@amazon.com, DMARC fail, lookalike link',
    'Copies the console case subject and footer; only authentication and link domain reveal it.')

# 066 Builder ID password changed ----------------------------------------------------------------------
dt = when('2025-07-20 09:00:10')
txt = ('Hello,\n\nThe password for your AWS Builder ID (ren.kitagawa.jp@gmail.com) was changed on July 20, 2025 at '
       '00:02 UTC.\n\nIf you made this change, no further action is required. If you did not, reset your password '
       'right away at https://profile.aws.amazon.com\n\nAmazon Web Services')
tr = gmail_in(dt, ME_P, 'a8-77.smtp-out.amazonses.com', '54.240.8.77', ses_mailfrom(), 'login.awsapps.com',
              dkim=(('pass', 'login.awsapps.com', 'k3vyf6bq5m'), ('pass', 'amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')))
hs = tr + H(dt.astimezone(timezone.utc), ad('AWS Builder ID', 'no-reply@login.awsapps.com'), ME_P,
            'Your AWS Builder ID password has been changed', ses_mid())
add('m66', dt, hs, multi('alternative', [leaf(txt, cte='7bit', cs='us-ascii'), leaf(aws_html(t2h(txt)), 'html')]),
    'unrelated', False, None, [],
    'AWS Builder ID security notice (password changed)',
    '"no further action is required" plus a conditional instruction; not a case.')

# 067 connpass registration -----------------------------------------------------------------------------
dt = when('2025-07-20 20:00:45')
txt = ('北川 蓮 さん\n\nJAWS-UG 初心者支部 #60「AWS 認定の取り方・続け方」への参加登録が完了しました。\n\n'
       '日時: 2025/08/05(火) 19:00 - 21:00\n会場: オンライン(参加 URL は前日にお送りします)\n\n'
       '参加できなくなった場合は、イベントページからキャンセルをお願いします。\n'
       'https://jawsug-bgnr.connpass.com/event/361245/\n\nconnpass\n')
tr = gmail_in(dt, ME_P, 'mail.connpass.com', '52.68.115.20', 'bounce@connpass.com', 'connpass.com',
              dkim=(('pass', 'connpass.com', 'default'),), pol='NONE')
hs = tr + H(dt.astimezone(timezone.utc), ad('connpass', 'no-reply@connpass.com'), ME_P,
            '【connpass】JAWS-UG 初心者支部 #60 への参加登録が完了しました', '<%s@connpass.com>' % hexs(24))
add('m67', dt, hs, leaf(txt, cs='utf-8', cte='base64'),
    'unrelated', False, None, [],
    'connpass: registration for a JAWS-UG meetup about certification',
    'Registration "completed" wording and AWS certification topic; a community event.')


# ============================================================================= output
README_HEAD = '''me: %s %s

# blind-311: held-out mail for an AWS Training and Certification support case

67 messages from one mailbox owner, Ren Kitagawa (北川 蓮), between 2 June and 20 July 2025. The
owner leaves Sorano Tech Co., Ltd. (an AWS Partner Network company) on 30 June 2025 and moves the
certification profile from the company address to the personal one. The set is the merged export of
both of the owner's mailboxes (the personal Gmail box and the company Exchange box, which stops at
the end of June), in arrival order. Mail received by Gmail carries Gmail trace and
`Authentication-Results`; mail received by the company box carries Exchange Online ones; the
owner's own sent mail carries none.

Regenerate with `python3 gen.py` (standard library only, deterministic).

## Cases in the set

| case | channel | topic | thread |
|---|---|---|---|
| %s (A, 15 digits) | T&C contact form, e-mail | account merge, company -> personal | ack -> on hold (APN partner, question buried) -> owner replies from the company address -> "write from the address you keep" -> owner resends from personal (new mail, no subject token) -> hold lifted -> HTML table confirmation request -> reminder -> closing notice -> owner confirms -> merged (quotes the request) -> survey |
| %s (B, 15 digits) | T&C contact form (Japanese) | the same request filed twice | Japanese ack -> owner asks to close it -> closed as duplicate of A |
| %s (C, 11 digits) | AWS Support Center (console) | exam discount lost in the merge | console ack -> info request (answer in console) -> owner answers by e-mail -> system says the e-mail did not reach the case -> auto-resolve warning -> passed to benefits team -> resolved -> Japanese survey |
| %s (D, 15 digits) | T&C contact form | wrong romanisation of the name on certificates | Japanese HTML ack -> Japanese keigo info request -> closed for no reply (reply reopens) -> owner answers -> reopen ack -> resolved -> owner says PDFs still wrong -> reopened, passed on (English) -> on hold (no question) -> resolved with long quoted history -> Japanese survey |

Other numbers that look like cases but are not T&C cases: AWS Educate form case %s, AWS billing
console case %s, a third-party vendor case #00482913, a spoofed console case %s.
Candidate IDs: %s (old, company profile) and %s (personal profile that is kept).

## Labelling decisions (judgement calls)

- **needs_reply** is true only when support on a real T&C case is now waiting for the owner (10
  messages). It stays false for the AWS Educate and AWS billing cases that ask questions (33, 40):
  they are other AWS programs, so `unrelated`, even though the owner will probably answer them.
  False also for colleagues' questions (12), phishing that demands an answer (18, 31), other vendors'
  closing notices (26), surveys and conditional invitations ("if anything looks missing, just reply",
  ご不明な点がございましたら).
- **On hold with a question (11)**: kind `on_hold` (the pause is on the partner side) but
  `needs_reply` true, because a question about the owner's last working day is buried in it. The
  later hold on case D (58) asks nothing: false.
- **"Your e-mail was not added to the case" (38)**: an automatic notice, but support is still waiting
  and the mail tells the owner to answer in the Support Center: `info_request`, true.
- **Closing notices (24, 42, 51)** are `closing_notice` and true even when worded as already closed
  (51, "reply to reopen") or when they restate the pending confirmation (24). The console warning (42)
  came after the owner had e-mailed an answer that never reached the case, so it is still true.
- **Reminder (23)** asks which account stays but threatens no closure: `confirmation_request`.
- **Resolved mails quoting old requests (27, 62)** are `resolved`, false.
- **Reopen notice (53)** is an `acknowledgement` (the reply was received, the case is open again).
- **Profile-change notice from CertMetrics (55)** is `certification`: sent by the certification
  system, not by support, although case D caused it. The CertMetrics program survey (32) is
  `certification`, not `survey` (not about a support case).
- **Owner's mail** is `user_reply` wherever it appears, including the note to self (4), the forward to
  a colleague (20) and the farewell mail (35).
- **case**: set only for genuine T&C cases (A, B, C, D), on every message of that case's thread:
  support's mails, system notices, surveys, the owner's replies and forwards, and the colleague's
  reply inside the forwarded thread (21, `unrelated` but its subject carries [CASE A]). Null for
  phishing that cites a real case number (18, 31), for other AWS programs' cases and other vendors.
  The duplicate-closure mail (9) belongs to B although it names A several times; the console ack (34)
  belongs to C although it names A.
- **candidate_ids**: IDs in the message's own text, in order of first appearance, each once (the
  plain and HTML alternatives are one text). A form echo inside an acknowledgement (5, 6, 45) counts
  as the message's own text. Reply quotes (">", Outlook "-----Original Message-----" or "From:/Sent:"
  blocks, Gmail quotes) and forwarded copies do not count. `AWS ID 482109375566` (account ID) is not
  a candidate ID.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
'''


def main():
    prev = None
    for i, m in enumerate(MSGS, 1):
        if prev is not None and m['dt'] < prev:
            raise SystemExit('arrival order broken at %d (%s)' % (i, m['key']))
        prev = m['dt']
        if m['key'] != 'm%d' % i:
            raise SystemExit('numbering mismatch at %d: %s' % (i, m['key']))
    for name in os.listdir(OUT):
        if re.match(r'^\d{3}-msg\.(eml|json)$', name):
            os.remove(os.path.join(OUT, name))
    counts = Counter()
    rows = []
    for i, m in enumerate(MSGS, 1):
        text = ser(m['part'], m['headers'] + [('MIME-Version', '1.0')])
        if m['crlf']:
            text = text.replace('\r\n', '\n').replace('\n', '\r\n')
        data = text.encode('utf-8')
        if len(data) >= 15 * 1024:
            raise SystemExit('message %d too large: %d bytes' % (i, len(data)))
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(data)
        label = {'kind': m['kind'], 'needs_reply': m['needs'], 'case': m['case'], 'candidate_ids': m['ids']}
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
        counts[m['kind']] += 1
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (
            i, m['kind'], 'yes' if m['needs'] else 'no', m['case'] or '-',
            m['what'].replace('|', '/'), m['hard'].replace('|', '/')))
    readme = README_HEAD % (ME_P, ME_C, CASE_A, CASE_B, CASE_C, CASE_D, CASE_EDU, CASE_BILL, CASE_FAKE, OLD_ID, NEW_ID)
    readme += '\n'.join(rows) + '\n\n## Counts\n\n' + '\n'.join(
        '- %s: %d' % (k, v) for k, v in sorted(counts.items())) + \
        '\n- total: %d, needs_reply true: %d\n' % (len(MSGS), sum(1 for m in MSGS if m['needs']))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme)
    for k, v in sorted(counts.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(1 for m in MSGS if m['needs'])))


if __name__ == '__main__':
    main()
