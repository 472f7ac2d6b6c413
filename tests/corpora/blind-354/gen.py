#!/usr/bin/env python3
"""Generate the blind-354 corpus: the owner's own mail in unusual forms.

Run from anywhere:  python3 gen.py
Writes NNN-msg.eml / NNN-msg.json next to this script and prints the count per kind.
Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc

# ---------------------------------------------------------------- people
ME = 'Sota Miura'
ME_JA = '三浦 颯太'
P = 'sota.miura.k7@gmail.com'          # personal (Gmail) - the mailbox
C = 's.miura@kitahama-sys.co.jp'       # old company (APN partner), closes 2025-10-31
N = 'miura.sota@lumenfold.jp'          # new employer from 2025-11-01
A = 'hello@sotamiura.dev'              # own-domain alias, delivered to Gmail

TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'

CASE1 = '176141398200517'   # form case: merge company -> personal (APN hold, reopened)
CASE2 = '176141702300944'   # duplicate form case filed from the company address
CASE3 = '176286941200652'   # Support Center (console) case: missing 50% voucher
CASE4 = '176364005100231'   # form case in Japanese: name on certificate

ID_OLD = 'AWS31570482'      # company certification account
ID_NEW = 'AWS08836129'      # personal certification account (kept)
ID_SSO = 'AWS55021943'      # stray account made through Partner Central SSO

SUBJ1 = f'RE:[CASE {CASE1}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ2 = f'RE:[CASE {CASE2}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ3 = f'RE:[CASE {CASE3}] 50% exam discount voucher missing after certification account merge'
SUBJ4 = f'RE: [CASE {CASE4}] [AWS Training and Certification Form Submission] - certification'


def dt(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rfcdate(d):
    return format_datetime(d)


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    return f'<{h[:24]}@{domain}>'


def enc(s, charset='utf-8'):
    """Encode a header value if it is not pure ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(ch in name for ch in ',.()<>@;:"[]'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, charset).encode()} <{email}>'


def fold_refs(ids):
    return '\n '.join(ids)


# ---------------------------------------------------------------- MIME parts
class T:
    """A leaf part holding text (plain or html)."""

    def __init__(self, text, sub='plain', charset='utf-8', cte='quoted-printable',
                 fmt=None, disp=None, extra=None):
        self.text, self.sub, self.charset, self.cte = text, sub, charset, cte
        self.fmt, self.disp, self.extra = fmt, disp, extra or []

    def render(self):
        data = self.text.encode(self.charset)
        if self.cte == 'base64':
            payload = base64.encodebytes(data)
        elif self.cte == 'quoted-printable':
            payload = quopri.encodestring(data)
            if not payload.endswith(b'\n'):
                payload += b'\n'
        else:  # 7bit / 8bit
            payload = data if data.endswith(b'\n') else data + b'\n'
        ct = f'Content-Type: text/{self.sub}; charset="{self.charset}"'
        if self.fmt:
            ct += f'; format={self.fmt}'
        hl = [ct, f'Content-Transfer-Encoding: {self.cte}']
        if self.disp:
            hl.append(f'Content-Disposition: {self.disp}')
        hl += self.extra
        return hl, payload


class B:
    """A binary attachment (base64)."""

    def __init__(self, data, ctype, filename):
        self.data, self.ctype, self.filename = data, ctype, filename

    def render(self):
        hl = [f'Content-Type: {self.ctype}; name="{self.filename}"',
              f'Content-Disposition: attachment; filename="{self.filename}"',
              'Content-Transfer-Encoding: base64']
        return hl, base64.encodebytes(self.data)


class R:
    """A raw part (message/rfc822, message/delivery-status, text/rfc822-headers)."""

    def __init__(self, ctype, raw, disp=None):
        self.ctype, self.raw, self.disp = ctype, raw, disp

    def render(self):
        hl = [f'Content-Type: {self.ctype}']
        if self.disp:
            hl.append(f'Content-Disposition: {self.disp}')
        raw = self.raw if isinstance(self.raw, bytes) else self.raw.encode('utf-8')
        if not raw.endswith(b'\n'):
            raw += b'\n'
        return hl, raw


class MP:
    def __init__(self, sub, parts, boundary=None, params=''):
        self.sub, self.parts, self.params = sub, parts, params
        self.boundary = boundary

    def render(self):
        b = self.boundary or ('=_b' + hashlib.md5(repr([id(p) for p in self.parts]).encode()).hexdigest()[:20])
        hl = [f'Content-Type: multipart/{self.sub};{self.params}\n boundary="{b}"']
        out = b'This is a multi-part message in MIME format.\n\n' if self.sub != 'alternative' else b''
        for p in self.parts:
            phl, pl = p.render()
            out += f'--{b}\n'.encode() + '\n'.join(phl).encode('ascii') + b'\n\n' + pl
            if not pl.endswith(b'\n'):
                out += b'\n'
        out += f'--{b}--\n'.encode()
        return hl, out


def build(headers, body, crlf=False):
    lines = [f'{k}: {v}' for k, v in headers if v is not None]
    lines.append('MIME-Version: 1.0')
    bhl, payload = body.render()
    raw = ('\n'.join(lines + bhl) + '\n\n').encode('ascii') + payload
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


# ---------------------------------------------------------------- transport headers
def recv_gmail(host, ip, rcpt, when, gid='x'):
    idp = hashlib.md5((host + gid + str(when)).encode()).hexdigest()[:22]
    w = when.astimezone(PDT if when < datetime(2025, 11, 2, 9, tzinfo=UTC) else PST)
    return ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {idp}\n'
            f'        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n'
            f'        {format_datetime(w)} ({"PDT" if w.utcoffset() == timedelta(hours=-7) else "PST"})')


def auth_gmail(dom, mailfrom, ip, dkim='pass', spf='pass', dmarc='pass', sel='s1', policy='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    bh = hashlib.md5((dom + mailfrom).encode()).hexdigest()[:8]
    spf_txt = {'pass': f'(google.com: domain of {mailfrom} designates {ip} as permitted sender)',
               'softfail': f'(google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)',
               'fail': f'(google.com: domain of {mailfrom} does not designate {ip} as permitted sender)'}[spf]
    dk = f'dkim={dkim} header.i=@{dom} header.s={sel} header.b={bh}'
    if dkim == 'fail':
        dk += ' (body hash did not verify)'
    return ('Authentication-Results', f'mx.google.com;\n       {dk};\n       spf={spf} {spf_txt} smtp.mailfrom={mailfrom};\n'
            f'       dmarc={dmarc} ({policy}) header.from={dom}')


def ses_in(when, rcpt=P, dom='amazon.com'):
    """Transport headers for mail that reached Gmail from Amazon SES."""
    ip = '54.240.8.' + str(20 + when.day)
    host = f'a8-{20 + when.day}.smtp-out.amazonses.com'
    mf = f'01000199{hashlib.md5(str(when).encode()).hexdigest()[:16]}-000000@email.amazonses.com'
    return [recv_gmail(host, ip, rcpt, when), auth_gmail(dom, mf, ip, sel='esjwu2lxd')]


def m365_in(when, frm_dom='amazon.com'):
    """Mail that reached the Kitahama (Microsoft 365) mailbox and was forwarded into Gmail."""
    return [('Received', f'from TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:14a::9)\n by OS3PR01MB6542.jpnprd01.prod.outlook.com with HTTPS;\n {format_datetime(when.astimezone(UTC))}'),
            ('Authentication-Results', f'spf=pass (sender IP is 54.240.8.{when.day + 30})\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n header.d={frm_dom};dmarc=pass action=none header.from={frm_dom};compauth=pass\n reason=100'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]


def gmail_from(host, ip, when, dom, sel='20230601'):
    """A personal sender (gmail.com / outlook.jp / some company) delivering to the Gmail box."""
    mf = 'bounce@' + dom if dom not in ('gmail.com', 'outlook.jp') else 'x@' + dom
    return [recv_gmail(host, ip, P, when, dom), auth_gmail(dom, mf, ip, sel=sel, policy='p=NONE sp=NONE dis=NONE')]


# ---------------------------------------------------------------- quoting helpers
def q(text, prefix='> '):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return '\n'.join(out) + '\n'


def on_wrote(d, name, email):
    d = d.astimezone(JST)
    return f'On {d.strftime("%a, %b")} {d.day}, {d.year} at {d.strftime("%I:%M %p").lstrip("0")} {name} <{email}> wrote:'


def on_wrote_ja(d, name, email):
    d = d.astimezone(JST)
    wd = '月火水木金土日'[d.weekday()]
    return f'{d.year}年{d.month}月{d.day}日({wd}) {d.hour}:{d.minute:02d} {name} <{email}>:'


def iphone_wrote(d, name, email):
    d = d.astimezone(JST)
    return f'On {d.strftime("%b")} {d.day}, {d.year}, at {d.hour}:{d.minute:02d}, {name} <{email}> wrote:'


def sf_orig(frm, sent, to, subj):
    """The way the support tool quotes an incoming mail."""
    s = sent.astimezone(UTC)
    return (f'--------------- Original Message ---------------\nFrom: [{frm}]\n'
            f'Sent: {s.month}/{s.day}/{s.year} {s.strftime("%I:%M %p").lstrip("0")}\nTo: {to}\nSubject: {subj}\n')


def outlook_hdr(frm, sent, to, subj, cc=None):
    s = sent.astimezone(JST)
    lines = ['________________________________', f'From: {frm}',
             f'Sent: {s.strftime("%A, %B")} {s.day}, {s.year} {s.strftime("%I:%M %p").lstrip("0")}',
             f'To: {to}']
    if cc:
        lines.append(f'Cc: {cc}')
    lines.append(f'Subject: {subj}')
    return '\n'.join(lines) + '\n'


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_wrap(inner, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body><div style="{style}">\n{inner}\n</div></body></html>\n')


def p2html(text):
    paras = [html_escape(x).replace('\n', '<br>\n') for x in text.strip('\n').split('\n\n')]
    return '\n'.join(f'<p>{x}</p>' for x in paras)


MSGS = []
MIDS = {}


def add(kind, reply, case, cids, when, raw):
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=list(cids), when=when, raw=raw))


def hdrs(frm, to, subj, when, msgid, cc=None, irt=None, refs=None, extra=(), pre=(), subj_cs='utf-8'):
    h = list(pre)
    h += [('Date', rfcdate(when)), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', enc(subj, subj_cs)))
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', fold_refs(refs)))
    h += list(extra)
    return h


def pac(d):
    """Render an instant the way AWS's US systems stamp it."""
    return d.astimezone(PDT if d < datetime(2025, 11, 2, 9, tzinfo=UTC) else PST)


def gmail_body(new, attrib, quoted, quoted_html=None):
    """Gmail reply: text/plain + text/html with a gmail_quote blockquote."""
    plain = new.rstrip('\n') + '\n\n' + attrib + '\n\n' + q(quoted)
    qh = quoted_html or p2html(quoted)
    html = (f'<div dir="ltr">{p2html(new)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{html_escape(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qh}</blockquote></div>\n')
    return MP('alternative', [T(plain, cte='quoted-printable'), T(html, 'html', cte='quoted-printable')])


def outlook_body(new, quote_hdr, quoted, lang='en-US'):
    plain = new.rstrip('\n') + '\n\n' + quote_hdr + '\n' + quoted
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal'
            '{margin:0mm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="' + lang + '">'
            '<div class="WordSection1">' + p2html(new).replace('<p>', '<p class="MsoNormal">') +
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
            + html_escape(quote_hdr).replace('\n', '<br>\n') + '</div>' + p2html(quoted) + '</div></body></html>\n')
    return MP('alternative', [T(plain, cte='quoted-printable'), T(html, 'html', cte='quoted-printable')])


def outlook_extra(topic, lang='en-US', attach=''):
    ti = base64.b64encode(hashlib.sha1(topic.encode()).digest() + b'\x01\xdc').decode()
    return [('Thread-Topic', enc(topic)), ('Thread-Index', ti), ('Accept-Language', 'ja-JP, en-US'),
            ('Content-Language', lang), ('X-MS-Has-Attach', attach), ('X-MS-TNEF-Correlator', '')]


SIG_TC = '\nAWS Training and Certification Customer Service\nAmazon Web Services\n'

FORM1 = (f"Use case: I'm leaving Kitahama Systems on October 31 and want to keep my AWS certifications after that. "
         f"Please merge the certification account I used at work into my personal account.\n"
         f"All email addresses I may have used: {C}, {P}\n"
         f"Email address to keep on file: {P}\n")

# ================================================================ 001  Builder ID code
w = dt('2025-10-20 21:12:40')
m = mid('001', 'signin.aws')
code_txt = ('Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n    482913\n\n'
            'The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.\n\n'
            'Amazon Web Services\n')
code_html = html_wrap('<h2>Verify your email address</h2><p>To finish creating your AWS Builder ID, enter this verification code:</p>'
                      '<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>'
                      '<p>The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.</p>'
                      '<p style="color:#687078;font-size:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                      '410 Terry Avenue North, Seattle, WA 98109</p>')
add('unrelated', False, None, [], w, build(
    hdrs('AWS Builder ID <no-reply@signin.aws>', P, 'Verify your AWS Builder ID email address', pac(w), m,
         pre=[recv_gmail('a48-112.smtp-out.amazonses.com', '54.240.48.112', P, w),
              auth_gmail('signin.aws', 'bounce@send.signin.aws', '54.240.48.112', sel='ug7nbtf4')]),
    MP('alternative', [T(code_txt, cte='7bit'), T(code_html, 'html')])))

# ================================================================ 002  note to self (ja)
w = dt('2025-10-21 07:48:05')
m = mid('002', 'mail.gmail.com')
note = (f'退職前にやること(10/31 まで)\n\n'
        f'■ 会社アカウント {C}\n  候補ID: {ID_OLD}\n'
        f'  SAA-C03 (2025/03), DVA-C02 (2023/06), CLF-C02\n  特典: 50%割引バウチャー 1枚 ←未使用、絶対に引き継ぐ\n\n'
        f'■ 個人アカウント {P}\n  候補ID: {ID_NEW}\n  昨夜 Builder ID 作成済み。中身はまだ空\n\n'
        f'TODO\n- 証明書PDFを会社メールから転送\n- フォーム: Certification > Account Merge, 残すのは gmail\n'
        f'- Partner Central のSSOで作った気がするアカウントがもう1個あるかも? 要確認\n- 岡部さんにAPNの件を聞く\n')
add('user_reply', False, None, [ID_OLD, ID_NEW], w, build(
    hdrs(addr(ME, P), addr(ME, P), 'メモ: AWS認定アカウント移行', w, m),
    T(note, cte='base64')))

# ================================================================ 003  forward with comment, company -> personal
w = dt('2025-10-21 12:31:44')
m = mid('003', 'TYCPR01MB8123.jpnprd01.prod.outlook.com')
orig_w = dt('2025-03-14 02:10:09', UTC)
cert_orig = (f'Dear Sota Miura,\n\nYour AWS Certified Solutions Architect - Associate digital certificate is attached.\n\n'
             f'Candidate ID: {ID_OLD}\nValidation number: 7Q2KD1XHM3E4Q9SV\nAchieved: March 13, 2025\nExpires: March 13, 2028\n\n'
             f'You can validate this certification at any time at https://aws.amazon.com/verification.\n\n'
             f'Regards,\nAWS Certification\n')
fwd_new = ('Keeping a copy of this in my personal inbox before the company mailbox goes away on the 31st.\n'
           'The PDF is attached too.\n\n-- \nSota\n')
fwd_hdr = ('________________________________\nFrom: AWS Certification <do-not-reply@certmetrics.com>\n'
           'Sent: Friday, March 14, 2025 11:10 AM\n' f'To: {ME} <{C}>\n'
           'Subject: Your AWS Certification digital certificate\n')
plain = fwd_new + '\n' + fwd_hdr + '\n' + cert_orig
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<div style="font-family:Calibri,sans-serif;font-size:11pt">{p2html(fwd_new)}</div>'
        f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">{html_escape(fwd_hdr).replace(chr(10), "<br>")}</div>'
        f'{p2html(cert_orig)}</body></html>\n')
pdf = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
add('user_reply', False, None, [], w, build(
    hdrs(addr(ME, C), addr(ME, P), 'FW: Your AWS Certification digital certificate', w, m,
         pre=[recv_gmail('mail-tycjpn01on2091.outbound.protection.outlook.com', '40.107.114.91', P, w),
              auth_gmail('kitahama-sys.co.jp', 's.miura@kitahama-sys.co.jp', '40.107.114.91', sel='selector1',
                         policy='p=NONE sp=NONE dis=NONE')],
         extra=outlook_extra('Your AWS Certification digital certificate', 'en-US', 'yes')),
    MP('mixed', [MP('alternative', [T(plain), T(html, 'html')]),
                 B(pdf, 'application/pdf', 'AWS_Certified_Solutions_Architect_Associate_certificate.pdf')]),
    crlf=True))

# ================================================================ 004  GitHub "merged"
w = dt('2025-10-22 22:05:31')
m = '<arakawa-k/cert-study-log/pull/7/issue_event/20498811731@github.com>'
gh = ('Merged #7 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n'
      'https://github.com/arakawa-k/cert-study-log/pull/7#event-20498811731\n'
      'You are receiving this because you authored the thread.\n\nMessage ID: <arakawa-k/cert-study-log/pull/7/issue_event/20498811731@github.com>\n')
gh_html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/arakawa-k/cert-study-log/pull/7">#7</a> into main.</p>\n'
           '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/arakawa-k/cert-study-log/pull/7#event-20498811731">view it on GitHub</a>.<br>'
           'You are receiving this because you authored the thread.</p>\n')
add('unrelated', False, None, [], w, build(
    hdrs('Kenji Arakawa <notifications@github.com>', 'arakawa-k/cert-study-log <cert-study-log@noreply.github.com>',
         'Re: [arakawa-k/cert-study-log] Add account-merge checklist for people changing jobs (PR #7)', w.astimezone(UTC), m,
         cc=f'{ME} <{P}>, Author <author@noreply.github.com>',
         irt='<arakawa-k/cert-study-log/pull/7@github.com>', refs=['<arakawa-k/cert-study-log/pull/7@github.com>'],
         pre=[recv_gmail('out-26.smtp.github.com', '192.30.252.209', P, w),
              auth_gmail('github.com', 'noreply@github.com', '192.30.252.209', sel='pf2023', policy='p=REJECT sp=REJECT dis=NONE')],
         extra=[('Reply-To', 'arakawa-k/cert-study-log <reply+ABCDE7X2K5@reply.github.com>'),
                ('List-ID', 'arakawa-k/cert-study-log <cert-study-log.arakawa-k.github.com>'),
                ('List-Unsubscribe', '<mailto:unsub+ABCDE7X2K5@reply.github.com>'),
                ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'arakawa-k'), ('Precedence', 'list')]),
    MP('alternative', [T(gh, cte='7bit'), T(gh_html, 'html', cte='7bit')])))

# ================================================================ 005  certmetrics expiry notice to the company address
w = dt('2025-10-23 03:02:17')
m = mid('005', 'certmetrics.com')
exp_txt = (f'Hello Sota,\n\nYour AWS Certified Cloud Practitioner certification expires on January 21, 2026 - about 90 days from now.\n\n'
           f'Candidate ID: {ID_OLD}\n\nTo keep it active, pass the current version of the exam or any Associate-, Professional- or '
           f'Specialty-level exam before that date. If you already hold a higher-level certification, your Cloud Practitioner '
           f'status may already be extended; check Certification status in your account.\n\n'
           f'Recertification-eligible candidates receive a 50% discount voucher in Benefits.\n\nAWS Certification\n\n'
           f'This is an automated message from do-not-reply@certmetrics.com. Replies are not monitored.\n')
add('certification', False, None, [ID_OLD], w, build(
    hdrs('AWS Certification <do-not-reply@certmetrics.com>', f'"Miura, Sota" <{C}>',
         'Your AWS Certified Cloud Practitioner certification expires in 90 days', w.astimezone(UTC), m,
         pre=m365_in(w, 'certmetrics.com')),
    MP('alternative', [T(exp_txt, cte='7bit'), T(html_wrap(p2html(exp_txt)), 'html')])))

# ================================================================ 006  ack case 1
w = dt('2025-10-26 02:39:58')
ack1_mid = mid('006', 'email.amazonses.com')
MIDS['ack1'] = ack1_mid
ack1 = (f'Hello,\n\nThank you for reaching out to AWS Training and Certification. We have opened case {CASE1} for your request.\n\n'
        f'The details of your case are as follows:\n\nCase ID: {CASE1}\n'
        f'Subject: [AWS Training and Certification Form Submission] - account-assistance\n'
        f'Inquiry type: Certification\nAdditional details: Account Merge\n\nDescription:\n{FORM1}\n'
        f'A member of our team will get back to you, usually within 24 hours. To help us work through requests quickly, '
        f'please do not open a new case about the same issue. If you have more to add, reply to this message and it will '
        f'be attached to the case.\n\nSincerely,\n{SIG_TC}')
add('acknowledgement', False, CASE1, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), ack1_mid, pre=ses_in(w)),
    T(ack1, cte='7bit')))
ACK1_W = w

# ================================================================ 007  ack case 2 (Japanese, ISO-2022-JP, company address)
w = dt('2025-10-26 03:31:02')
ack2_mid = mid('007', 'email.amazonses.com')
MIDS['ack2'] = ack2_mid
FORM2 = (f"I'm leaving Kitahama Systems this month. Please move the certifications on this account to my personal one "
         f"({P}).\n")
ack2 = (f'{ME_JA} 様\n\nAWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
        f'お問い合わせを受け付け、ケース {CASE2} を作成いたしました。\n\n'
        f'ケースの詳細は以下のとおりです。\n\nケース ID: {CASE2}\nお問い合わせタイプ: AWS トレーニングと認定\n'
        f'その他の詳細: アカウントの統合\nお問い合わせ内容:\n{FORM2}\n'
        f'担当者より、通常24時間以内にご連絡いたします。内容によっては、最適な解決策をご案内するためにお時間を頂戴する場合がございます。\n'
        f'同じ内容のケースを既にお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。\n\n'
        f'AWS トレーニングと認定 カスタマーサービス\n')
add('acknowledgement', False, CASE2, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', C, SUBJ2, pac(w), ack2_mid, pre=m365_in(w)),
    T(ack2, charset='iso-2022-jp', cte='7bit')))
ACK2_W = w

# ================================================================ 008  owner closes the duplicate (Outlook, company address)
w = dt('2025-10-26 09:14:20')
r2_mid = mid('008', 'TYCPR01MB8123.jpnprd01.prod.outlook.com')
MIDS['r2'] = r2_mid
R2_NEW = (f'Hello,\n\nPlease close this one. I sent the form twice by mistake; the first request is case {CASE1}, '
          f'which I opened from my personal address, and that is the one I would like you to work on.\n\n'
          f'Sorry for the extra work.\n\nBest regards,\nSota Miura\nKitahama Systems Co., Ltd. | Cloud Integration Dept.\n')
R2_QH = outlook_hdr(f'{TC_NAME} <{TC}>', ACK2_W, f'{ME_JA} <{C}>', SUBJ2)
add('user_reply', False, CASE2, [], w, build(
    hdrs(addr(ME, C), TC, SUBJ2, w, r2_mid, irt=ack2_mid, refs=[ack2_mid],
         extra=outlook_extra(SUBJ2)),
    outlook_body(R2_NEW, R2_QH, ack2), crlf=True))
R2_W = w

# ================================================================ 009  newsletter
w = dt('2025-10-26 12:00:12')
m = mid('009', 'mail.cloudnativedigest.io')
nl = ('Cloud Native Digest - Issue #212\n\n'
      '1. Merge queues at scale: how one team cut CI time by 40%\n'
      '2. Case study: moving 300 services off a self-managed Kubernetes control plane\n'
      '3. Is the AWS Certified Solutions Architect still worth it in 2026? (opinion)\n'
      '4. Releases: Karpenter 1.8, OpenTofu 1.11, Argo CD 3.2\n\n'
      'Reply to this email to suggest a link for next week - we read everything.\n\n'
      'You are receiving this because you subscribed at cloudnativedigest.io. Unsubscribe: https://cloudnativedigest.io/u/8f2ad1\n')
nl_html = html_wrap('<h1 style="font-size:20px">Cloud Native Digest &middot; #212</h1><ol>'
                    '<li><a href="https://cloudnativedigest.io/l/1">Merge queues at scale: how one team cut CI time by 40%</a></li>'
                    '<li><a href="https://cloudnativedigest.io/l/2">Case study: moving 300 services off a self-managed Kubernetes control plane</a></li>'
                    '<li><a href="https://cloudnativedigest.io/l/3">Is the AWS Certified Solutions Architect still worth it in 2026?</a> (opinion)</li>'
                    '<li>Releases: Karpenter 1.8, OpenTofu 1.11, Argo CD 3.2</li></ol>'
                    '<p>Reply to this email to suggest a link for next week &mdash; we read everything.</p>'
                    '<p style="font-size:11px;color:#888">You are receiving this because you subscribed at cloudnativedigest.io. '
                    '<a href="https://cloudnativedigest.io/u/8f2ad1">Unsubscribe</a></p>')
add('unrelated', False, None, [], w, build(
    hdrs('Cloud Native Digest <digest@mail.cloudnativedigest.io>', P, 'CND #212: merge queues, a migration case study, and is SAA still worth it?',
         w.astimezone(UTC), m, pre=gmail_from('o7.ptr2291.mail.cloudnativedigest.io', '149.72.33.18', w, 'mail.cloudnativedigest.io', 's1'),
         extra=[('List-Unsubscribe', '<https://cloudnativedigest.io/u/8f2ad1>, <mailto:unsubscribe@mail.cloudnativedigest.io>'),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]),
    MP('alternative', [T(nl, cte='7bit'), T(nl_html, 'html')])))

# ================================================================ 010  case 2 closed as duplicate (case_update), quotes owner
w = dt('2025-10-26 14:22:47')
m = mid('010', 'email.amazonses.com')
dup = (f'Hello Sota,\n\nUnderstood, and no harm done. I have closed case {CASE2} as a duplicate and linked it to case {CASE1}, '
       f'so everything about your merge will continue on that case and its email thread. Nothing more is needed on this one.\n\n'
       f'Best,\nRyo S.\n{SIG_TC}\n\n'
       + sf_orig(C, R2_W, TC, SUBJ2) + '\n' + R2_NEW + '\n' + R2_QH + '\n' + ack2)
add('case_update', False, CASE2, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', C, SUBJ2, pac(w), m, irt=r2_mid, refs=[ack2_mid, r2_mid], pre=m365_in(w)),
    T(dup, cte='quoted-printable')))

# ================================================================ 011  info_request case 1: candidate IDs
w = dt('2025-10-26 20:47:31')
ir1_mid = mid('011', 'email.amazonses.com')
MIDS['ir1'] = ir1_mid
IR1 = (f'Hi Sota,\n\nThanks for your patience while I looked into this.\n\n'
       f'I searched for certification accounts under both addresses in your request and can see profiles associated with each of them. '
       f'Before I line anything up for a merge I want to be certain I have the right records, as your name appears on more than one '
       f'profile in our system.\n\n'
       f'Would you be able to send me the candidate ID for each account? It begins with "AWS" followed by eight digits, and you can '
       f'see it in the top-right corner of the certification portal once signed in (or under Account > CertMetrics). If you can no '
       f'longer get into one of the accounts, just tell me which, and I will work from the email address instead.\n\n'
       f'Kind regards,\nPriyanka R.\n{SIG_TC}')
IR1_Q = IR1 + '\n' + f'--------------- Original Message ---------------\nSubmitted via: Contact AWS Training and Certification\nCase ID: {CASE1}\n\n' + FORM1
ir1_html = html_wrap(p2html(IR1) + '<hr><p style="color:#555">' + html_escape(
    f'Submitted via: Contact AWS Training and Certification / Case ID: {CASE1}') + '</p>' + p2html(FORM1))
add('info_request', True, CASE1, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), ir1_mid, irt=ack1_mid, refs=[ack1_mid], pre=ses_in(w)),
    MP('alternative', [T(IR1_Q), T(ir1_html, 'html')])))
IR1_W = w

# ================================================================ 012  owner answers from the alias (send-as)
w = dt('2025-10-26 22:03:10')
r12_mid = mid('012', 'mail.gmail.com')
MIDS['r12'] = r12_mid
R12 = (f'Hi Priyanka,\n\nSure, here they are:\n\n'
       f'- {C} -> {ID_OLD} (this is the one with all my certifications and the unused voucher)\n'
       f'- {P} -> {ID_NEW} (created last week, empty; this is the one I want to keep)\n\n'
       f'I can still sign in to both, but the company one only until Oct 31.\n\nThanks,\nSota\n')
R12_ATTR = on_wrote(IR1_W, TC_NAME, TC)
add('user_reply', False, CASE1, [ID_OLD, ID_NEW], w, build(
    hdrs(addr(ME, A), TC, SUBJ1, w, r12_mid, irt=ir1_mid, refs=[ack1_mid, ir1_mid]),
    gmail_body(R12, R12_ATTR, IR1_Q)))
R12_W = w

# ================================================================ 013  info_request: please write from the address on file
w = dt('2025-10-27 10:16:55')
ir2_mid = mid('013', 'email.amazonses.com')
MIDS['ir2'] = ir2_mid
IR2 = (f'Hello Sota,\n\nThank you for the candidate IDs.\n\n'
       f'I noticed your reply came from {A}. That address is not linked to either certification profile, and for the '
       f'protection of your records we can only act on merge instructions that come from an email address already on one of '
       f'the accounts.\n\n'
       f'Please send your reply again from {P}, the address you have asked us to keep. Once that arrives I can continue '
       f'straight away; no need to fill in the form again.\n\n'
       f'Regards,\nTomás G.\n{SIG_TC}')
IR2_FULL = IR2 + '\n' + sf_orig(A, R12_W, TC, SUBJ1) + '\n' + R12 + '\n' + R12_ATTR + '\n' + q(IR1_Q)
add('info_request', True, CASE1, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', A, SUBJ1, pac(w), ir2_mid, irt=r12_mid, refs=[ack1_mid, ir1_mid, r12_mid],
         pre=ses_in(w, rcpt=P), extra=[('Delivered-To', P), ('X-Forwarded-To', P), ('X-Forwarded-For', f'{A} {P}')]),
    T(IR2_FULL, cte='quoted-printable')))
IR2_W = w

# ================================================================ 014  one-line reply from the phone
w = dt('2025-10-27 12:41:03')
r14_mid = '<9B4F21C0-7E3A-4D55-A1B2-6C0D8E3F5A17@gmail.com>'
MIDS['r14'] = r14_mid
R14 = 'Resending from my Gmail as you asked. IDs are in the thread below - keep this address please.\n\nSent from my iPhone\n'
R14_FULL = R14 + '\n' + iphone_wrote(IR2_W, TC_NAME, TC) + '\n\n' + q(IR2_FULL)
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME, P), TC, SUBJ1, w, r14_mid, irt=ir2_mid, refs=[ack1_mid, ir1_mid, r12_mid, ir2_mid],
         extra=[('X-Mailer', 'iPhone Mail (22H31)')]),
    T(R14_FULL, charset='utf-8', cte='quoted-printable')))
R14_W = w

# ================================================================ 015  AWS invoice (console sender, not a case)
w = dt('2025-10-27 17:05:44')
m = mid('015', 'email.amazonses.com')
inv = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. '
       'Your account will be charged the following:\n\nTotal: USD 3.18\n\n'
       'Please see the Bills section of the AWS Billing Console to view the details of this charge.\n\n'
       'Account number: 483122079916\nInvoice number: 2431907766\nBilling period: October 1 - October 31, 2025 (estimated)\n\n'
       'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n'
       'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
add('unrelated', False, None, [], w, build(
    hdrs('Amazon Web Services <no-reply-aws@amazon.com>', P, 'Amazon Web Services Billing Statement Available [Account: 483122079916]',
         pac(w), m, pre=ses_in(w)),
    T(inv, cte='7bit')))

# ================================================================ 016  on_hold: APN partner, question buried
w = dt('2025-10-28 09:58:36')
hold_mid = mid('016', 'email.amazonses.com')
MIDS['hold'] = hold_mid
HOLD = (f'Hi Sota,\n\nThank you for writing back from your Gmail address; that settles the question of the address.\n\n'
        f'While preparing the merge I found that profile {ID_OLD} is associated with an AWS Partner Network (APN) organization, '
        f'Kitahama Systems Co., Ltd. Certifications on a partner-associated profile count toward that partner\'s standing, '
        f'so we cannot move them to another account while the association is in place. I have put the case on hold until it is released.\n\n'
        f'The association has to be removed on the partner side, normally by the company\'s alliance lead or a Partner Central '
        f'administrator. Once it is gone, or once your employment there has ended and the partner has been notified, we can go ahead.\n\n'
        f'So that I can plan the next step: what is your last working day at Kitahama Systems?\n\n'
        f'The case stays open in the meantime, and I have copied your company address on this message.\n\n'
        f'Regards,\nDaniel K.\n{SIG_TC}')
HOLD_FULL = HOLD + '\n' + sf_orig(P, R14_W, TC, SUBJ1) + '\n' + R14_FULL
hold_html = html_wrap(p2html(HOLD) + '<br><div style="color:#555;border-top:1px solid #ccc">' +
                      p2html(sf_orig(P, R14_W, TC, SUBJ1) + '\n' + R14_FULL) + '</div>')
add('on_hold', True, CASE1, [ID_OLD], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), hold_mid, cc=C, irt=r14_mid, refs=[ack1_mid, ir1_mid, r12_mid, ir2_mid, r14_mid],
         pre=ses_in(w)),
    MP('alternative', [T(HOLD_FULL), T(hold_html, 'html')])))
HOLD_W = w

# ================================================================ 017  owner asks his manager (Japanese, ISO-2022-JP)
w = dt('2025-10-28 11:20:09')
mgr_mid = mid('017', 'TYCPR01MB8123.jpnprd01.prod.outlook.com')
OKABE = '岡部 誠'
OKABE_A = 'okabe.makoto@kitahama-sys.co.jp'
MGR = (f'岡部さん\n\nお疲れさまです。三浦です。\n\n'
       f'退職に伴い、AWS認定のアカウントを会社アドレスから個人アドレスへ統合する申請を出しているのですが、\n'
       f'AWS のサポート(ケース {CASE1})から、当社の AWS Partner Network への紐付けが残っているため\n'
       f'統合を保留している、との連絡がありました。\n\n'
       f'対象の候補ID: {ID_OLD}\n\n'
       f'Partner Central 側でこの紐付けを外していただく必要があるようです。\n'
       f'お手数ですが、アライアンス担当の方に解除をお願いしていただけますでしょうか。\n'
       f'31日までに片付けておきたいので、ご相談させてください。\n\n三浦\n')
MGR_SUBJ = 'AWS認定アカウントのAPN紐付け解除のお願い'
add('user_reply', False, CASE1, [ID_OLD], w, build(
    hdrs(addr(ME_JA, C, 'iso-2022-jp'), addr(OKABE, OKABE_A, 'iso-2022-jp'), MGR_SUBJ, w, mgr_mid, subj_cs='iso-2022-jp',
         extra=outlook_extra(MGR_SUBJ, 'ja-JP')),
    T(MGR, charset='iso-2022-jp', cte='7bit'), crlf=True))
MGR_W = w

# ================================================================ 018  manager's reply (colleague mail)
w = dt('2025-10-28 13:02:51')
m = mid('018', 'OS3PR01MB6542.jpnprd01.prod.outlook.com')
MGR_R = ('三浦さん\n\n了解です。アライアンス担当の佐伯さんに今日中に解除をお願いしておきます。\n'
         '終わったら佐伯さんから三浦さんに直接連絡が行くと思います。\n\n送別会の件はまた別途連絡します。\n\n岡部\n')
MGR_QH = (f'差出人: {ME_JA} <{C}>\n送信日時: 2025年10月28日 11:20\n宛先: {OKABE} <{OKABE_A}>\n件名: {MGR_SUBJ}\n')
add('unrelated', False, None, [], w, build(
    hdrs(addr(OKABE, OKABE_A), addr(ME_JA, C), 'RE: ' + MGR_SUBJ, w, m, irt=mgr_mid, refs=[mgr_mid],
         pre=m365_in(w, 'kitahama-sys.co.jp'), extra=outlook_extra(MGR_SUBJ, 'ja-JP')),
    outlook_body(MGR_R, MGR_QH, MGR, 'ja')))

# ================================================================ 019  owner answers the buried question
w = dt('2025-10-29 08:35:27')
r19_mid = mid('019', 'mail.gmail.com')
R19 = ('Hi Daniel,\n\nThanks for explaining. My last day at Kitahama Systems is October 31, this Friday.\n\n'
       'I have asked my manager to get our alliance team to remove the partner association in Partner Central, and he expects it '
       'to be done within a day or two. I will let you know as soon as I hear it is done.\n\n'
       'The company mailbox closes after the 31st, so please write only to this address from now on.\n\nBest,\nSota\n')
R19_ATTR = on_wrote(HOLD_W, TC_NAME, TC)
R19_FULL_Q = HOLD_FULL
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME, P), TC, SUBJ1, w, r19_mid, irt=hold_mid, refs=[ack1_mid, ir1_mid, r12_mid, ir2_mid, r14_mid, hold_mid]),
    gmail_body(R19, R19_ATTR, HOLD_FULL)))
R19_W = w

# ================================================================ 020  phishing, lookalike domain
w = dt('2025-10-29 16:44:12')
m = mid('020', 'mx1.aws-trainingcert-support.com')
ph = html_wrap(
    '<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px;font-size:18px">'
    'aws training &amp; certification</td></tr><tr><td style="padding:16px">'
    '<p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts (Case ID: 7730019245). '
    'Due to a security review, <b>your certifications will be suspended within 24 hours</b> unless you verify the ownership of '
    'the source account.</p><p style="text-align:center"><a href="http://aws-trainingcert-support.com/verify?c=7730019245&amp;t=e1b9" '
    'style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my account</a></p>'
    '<p>Alternatively reply to this message with your candidate ID, date of birth and the password of your AWS Builder ID.</p>'
    '<p>AWS Certification Support Team</p></td></tr></table>')
add('suspicious', False, None, [], w, build(
    hdrs('AWS Training & Certification <case-update@aws-trainingcert-support.com>', P,
         '[AWS Certification] Action required: verify your account before the merge', w.astimezone(UTC), m,
         pre=[recv_gmail('mx1.aws-trainingcert-support.com', '185.213.26.77', P, w),
              auth_gmail('aws-trainingcert-support.com', 'case-update@aws-trainingcert-support.com', '185.213.26.77',
                         sel='default', policy='p=NONE sp=NONE dis=NONE')],
         extra=[('Reply-To', 'aws.cert.verification.desk@gmail.com'), ('X-Priority', '1 (Highest)')]),
    T(ph, 'html', cte='base64')))

# ================================================================ 021  Pearson VUE booking (unrelated; has a candidate ID)
w = dt('2025-10-30 21:18:40')
m = mid('021', 'pearson.com')
pv = (f'Dear Sota Miura,\n\nThank you for scheduling your exam with Pearson VUE. Please keep this message for your records.\n\n'
      f'Exam: SCS-C02: AWS Certified Security - Specialty\nAppointment: Tuesday, November 18, 2025 at 10:00 AM JST\n'
      f'Location: Pearson Professional Centers-Tokyo Shinjuku\nLanguage: Japanese\nRegistration number: 486219553\n'
      f'Candidate ID: {ID_NEW}\n\nArrive 15 minutes early and bring two forms of valid identification. To reschedule or cancel, '
      f'sign in to your AWS Certification account at least 24 hours before your appointment.\n\nPearson VUE\n')
add('unrelated', False, None, [ID_NEW], w, build(
    hdrs('Pearson VUE <pearsonvueconfirmation@pearson.com>', P, 'Pearson VUE Confirmation of Booking', w.astimezone(UTC), m,
         pre=gmail_from('mx0b-00135c01.pphosted.com', '148.163.150.82', w, 'pearson.com', 'pearson1')),
    MP('alternative', [T(pv, cte='7bit'), T(html_wrap(p2html(pv)), 'html')])))

# ================================================================ 022  farewell party invite (colleague)
w = dt('2025-10-30 22:10:03')
m = mid('022', 'OS3PR01MB6542.jpnprd01.prod.outlook.com')
party = ('クラウドインテグレーション部の皆さま\n\nお疲れさまです。中西です。\n\n'
         '10/31(金)で退職される三浦さんの送別会を下記のとおり開催します。\n\n'
         '日時: 10月31日(金) 19:00〜\n場所: 炉端 かわせみ 神田店\n会費: 5,000円(当日集金)\n\n'
         '参加可否を 10/31 12:00 までにこのメールへの返信でお知らせください。\n\n中西\n')
add('unrelated', False, None, [], w, build(
    hdrs(addr('中西 彩花', 'a.nakanishi@kitahama-sys.co.jp'), 'cloud-integration@kitahama-sys.co.jp',
         '【ご案内】三浦さん送別会 10/31(金)', w, m, pre=m365_in(w, 'kitahama-sys.co.jp'),
         extra=outlook_extra('【ご案内】三浦さん送別会 10/31(金)', 'ja-JP')),
    T(party, cte='quoted-printable')))

# ================================================================ 023  owner's farewell mail (company address)
w = dt('2025-10-31 17:45:30')
m = mid('023', 'TYCPR01MB8123.jpnprd01.prod.outlook.com')
bye = (f'皆さま\n\nお疲れさまです。三浦です。\n\n'
       f'私事で恐縮ですが、本日をもちまして退職することとなりました。\n'
       f'在職中は大変お世話になりました。特に案件でご一緒した皆さまには、最後まで助けていただきありがとうございました。\n\n'
       f'このアドレスは本日で使えなくなりますので、今後のご連絡は以下までお願いいたします。\n'
       f'  {P}\n\n'
       f'(AWS認定も個人アカウントへ引っ越し中です。Partner Central の件でご協力くださった佐伯さん、ありがとうございました。)\n\n'
       f'皆さまのますますのご活躍をお祈りしております。\n\n三浦 颯太\n')
add('user_reply', False, None, [], w, build(
    hdrs(addr(ME_JA, C), 'all-tokyo@kitahama-sys.co.jp', '退職のご挨拶', w, m, cc=addr(ME, P),
         extra=outlook_extra('退職のご挨拶', 'ja-JP')),
    MP('alternative', [T(bye, cte='base64'), T(html_wrap(p2html(bye), 'font-family:Meiryo,sans-serif;font-size:10.5pt'), 'html', cte='base64')]),
    crlf=True))

# ================================================================ 024  closing notice case 1
w = dt('2025-11-04 01:12:48')
cl1_mid = mid('024', 'email.amazonses.com')
MIDS['cl1'] = cl1_mid
CL1 = (f'Hello Sota,\n\nI am following up on case {CASE1}. When I checked this morning, profile {ID_OLD} still showed an active '
       f'association with the Kitahama Systems partner organization, and we have not had an update on the case since October 29.\n\n'
       f'If we do not hear from you within 3 business days, this case will be closed. A reply to this email before then keeps it '
       f'open; if it has already closed, replying will reopen it, so there is no need to submit a new request.\n\n'
       f'When you write, please tell us whether the association has been removed on the partner side.\n\n'
       f'Thank you,\nHannah W.\n{SIG_TC}')
CL1_FULL = CL1 + '\n' + sf_orig(P, R19_W, TC, SUBJ1) + '\n' + R19 + '\n' + R19_ATTR + '\n' + q(HOLD_FULL)
add('closing_notice', True, CASE1, [ID_OLD], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), cl1_mid, irt=r19_mid, refs=[ack1_mid, ir1_mid, ir2_mid, hold_mid, r19_mid],
         pre=ses_in(w)),
    T(CL1_FULL, cte='quoted-printable')))
CL1_W = w

# ================================================================ 025  forward with comment from the NEW employer address
w = dt('2025-11-04 08:32:15')
fw25_mid = mid('025', 'TY3PR01MB11204.jpnprd01.prod.outlook.com')
FW25 = ('岡部さん\n\nご無沙汰しております(といってもまだ数日ですが)、三浦です。\n'
        '新しい職場のアドレスから失礼します。\n\n'
        'AWS から下記の連絡があり、パートナー側の紐付けがまだ残っているように見えるとのことです。\n'
        '佐伯さんの解除作業が済んでいるかどうか、分かりましたら教えていただけますか。\n'
        '返事がないと今週中にケースが閉じられてしまうようです。\n\n'
        'お忙しいところすみません。よろしくお願いします。\n\n三浦\n')
fw_block = ('---------- Forwarded message ---------\n'
            f'From: {TC_NAME} <{TC}>\nDate: {rfcdate(CL1_W)}\nSubject: {SUBJ1}\nTo: <{P}>\n\n' + CL1)
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME_JA, N), addr(OKABE, OKABE_A), 'FW: ' + SUBJ1, w, fw25_mid, cc=addr(ME, P),
         pre=[recv_gmail('mail-os0jpn01on2103.outbound.protection.outlook.com', '40.107.113.103', P, w),
              auth_gmail('lumenfold.jp', N, '40.107.113.103', sel='selector2', policy='p=QUARANTINE sp=QUARANTINE dis=NONE')],
         extra=outlook_extra('FW: ' + SUBJ1, 'ja-JP')),
    MP('alternative', [T(FW25 + '\n' + fw_block), T(html_wrap(p2html(FW25) + '<hr>' + p2html(fw_block)), 'html')]),
    crlf=True))

# ================================================================ 026  manager answers (to new address, cc personal)
w = dt('2025-11-04 10:05:22')
m = mid('026', 'OS3PR01MB6542.jpnprd01.prod.outlook.com')
ok26 = ('三浦さん\n\n佐伯さんに確認しました。昨日(11/3)の夕方に Partner Central で解除済みとのことです。\n'
        'AWS 側の反映に少し時間がかかるのかもしれません。\n\n新しい職場でも頑張ってください。\n\n岡部\n')
add('unrelated', False, None, [], w, build(
    hdrs(addr(OKABE, OKABE_A), addr(ME_JA, N), 'RE: FW: ' + SUBJ1, w, m, cc=addr(ME, P), irt=fw25_mid, refs=[fw25_mid],
         pre=[recv_gmail('mail-tycjpn01on2091.outbound.protection.outlook.com', '40.107.114.91', P, w),
              auth_gmail('kitahama-sys.co.jp', OKABE_A, '40.107.114.91', sel='selector1', policy='p=NONE sp=NONE dis=NONE')],
         extra=outlook_extra('FW: ' + SUBJ1, 'ja-JP')),
    T(ok26 + '\n' + outlook_hdr(addr(ME_JA, N), w - timedelta(hours=1, minutes=33), addr(OKABE, OKABE_A), 'FW: ' + SUBJ1) + '\n'
      + FW25 + '\n' + fw_block, cte='base64')))

# ================================================================ 027  a draft sitting in the mailbox
w = dt('2025-11-04 12:10:57')
m = '<0D5C8E2A-4F19-4B7E-9A63-2E71C4B0F8D2@gmail.com>'
DRAFT = ('Hi Hannah,\n\nSorry for the silence. According to my former manager the partner association was removed in Partner '
         'Central on the evening of Nov 3 (JST), so it may just need some time to\n')
add('user_reply', False, CASE1, [], w, build(
    [('X-Uniform-Type-Identifier', 'com.apple.mail-draft'), ('X-Apple-Mail-Remote-Attachments', 'NO'),
     ('X-Apple-Base-Url', 'x-msg://12/'), ('X-Apple-Windows-Friendly', '1'), ('X-Apple-Auto-Saved', '1')]
    + hdrs(addr(ME, P), TC, SUBJ1, w, m, irt=cl1_mid, refs=[ack1_mid, hold_mid, r19_mid, cl1_mid]),
    T(DRAFT, cte='7bit')))

# ================================================================ 028  the real reply, sent from the new employer (Outlook)
w = dt('2025-11-04 12:47:39')
r28_mid = mid('028', 'TY3PR01MB11204.jpnprd01.prod.outlook.com')
MIDS['r28'] = r28_mid
R28 = (f'Hi Hannah,\n\nApologies for the slow reply, and for writing from my new work address; I am at the office and do not '
       f'have my phone with me. My personal address {P} is still the one to keep.\n\n'
       f'My former manager confirmed that the partner association was removed in Partner Central on the evening of November 3 '
       f'(Japan time), so it may take a little while to show on your side. Please go ahead with the merge once it does.\n\n'
       f'Thank you,\nSota Miura\nLumenfold Inc. | Platform Engineering\n')
R28_QH = outlook_hdr(f'{TC_NAME} <{TC}>', CL1_W, P, SUBJ1)
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME, N), TC, SUBJ1, w, r28_mid, cc=addr(ME, P), irt=cl1_mid, refs=[ack1_mid, hold_mid, r19_mid, cl1_mid],
         pre=[recv_gmail('mail-os0jpn01on2103.outbound.protection.outlook.com', '40.107.113.103', P, w),
              auth_gmail('lumenfold.jp', N, '40.107.113.103', sel='selector2', policy='p=QUARANTINE sp=QUARANTINE dis=NONE')],
         extra=outlook_extra(SUBJ1)),
    outlook_body(R28, R28_QH, CL1_FULL), crlf=True))
R28_W = w

# ================================================================ 029  case_update: hold lifted, passed to merge team
w = dt('2025-11-05 06:20:14')
up29_mid = mid('029', 'email.amazonses.com')
UP29 = (f'Hi Sota,\n\nNo problem at all about the address; I have kept {P} as the contact on file and copied your work '
        f'address on this reply.\n\n'
        f'I checked again today and the partner association is no longer showing, so the hold is lifted. I have handed your case '
        f'to the team that performs certification account merges. They will review the profiles and get in touch with you here '
        f'before anything is changed.\n\nBest regards,\nHannah W.\n{SIG_TC}')
UP29_FULL = UP29 + '\n' + sf_orig(N, R28_W, TC, SUBJ1) + '\n' + R28 + '\n' + R28_QH + '\n' + CL1_FULL
add('case_update', False, CASE1, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), up29_mid, cc=N, irt=r28_mid, refs=[ack1_mid, hold_mid, cl1_mid, r28_mid],
         pre=ses_in(w)),
    MP('alternative', [T(UP29_FULL), T(html_wrap(p2html(UP29) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                                                  + p2html(sf_orig(N, R28_W, TC, SUBJ1) + '\n' + R28) + '</blockquote>'), 'html')])))
UP29_W = w

# ================================================================ 030  AWS marketing
w = dt('2025-11-05 09:30:00')
m = mid('030', 'marketing.aws.com')
mk = html_wrap('<table width="640" align="center"><tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">'
               'AWS re:Invent 2025 &middot; December 1&ndash;5, Las Vegas</td></tr><tr><td style="padding:20px">'
               '<p>Hi Sota,</p><p>Seats for the most popular sessions are filling fast. Build your agenda now and reserve your spot in '
               'hands-on workshops, chalk talks and the Certification Lounge &mdash; open to all AWS Certified attendees.</p>'
               '<p><a href="https://aws.amazon.com/reinvent/?trk=em_8812">Build my agenda</a></p>'
               '<p>Can\'t make it in person? Register for the free livestream of the keynotes.</p>'
               '<p style="font-size:11px;color:#777">You received this because you opted in to AWS event communications. '
               '<a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>'
               '</td></tr></table>')
add('unrelated', False, None, [], w, build(
    hdrs('Amazon Web Services <aws-marketing-email-replies@amazon.com>', P, 'Your re:Invent agenda is waiting, Sota', pac(w), m,
         pre=[recv_gmail('mail-marketing.aws.com', '199.15.213.64', P, w),
              auth_gmail('amazon.com', 'bounce-880@mail.marketing.aws.com', '199.15.213.64', sel='m1')],
         extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?e=8812>'), ('Precedence', 'bulk')]),
    T(mk, 'html', cte='quoted-printable')))

# ================================================================ 031  confirmation_request, HTML only, three accounts
w = dt('2025-11-06 19:04:51')
cr_mid = mid('031', 'email.amazonses.com')
MIDS['cr'] = cr_mid
ACCTS = [('Account #1', ID_NEW, P, P, P, 'Builder ID'),
         ('Account #2', ID_OLD, C, C, C, 'Builder ID'),
         ('Account #3', ID_SSO, C + ' (AWS Partner Central sign-in)', C, '(none)', 'Partner Central SSO')]
rows = ''.join(
    f'<tr><td style="border:1px solid #999;padding:4px 8px"><b>{a}</b></td><td style="border:1px solid #999;padding:4px 8px">{i}</td>'
    f'<td style="border:1px solid #999;padding:4px 8px">{html_escape(l)}</td><td style="border:1px solid #999;padding:4px 8px">{t}</td>'
    f'<td style="border:1px solid #999;padding:4px 8px">{c}</td></tr>' for a, i, l, t, c, _ in ACCTS)
CR_HTML = html_wrap(
    '<p>Hello Sota,</p><p>I am with the team that carries out certification account merges, and I am picking up your case from Hannah.</p>'
    '<p>Searching by your name and both email addresses, I found three certification profiles rather than two:</p>'
    '<table style="border-collapse:collapse;font-size:13px"><tr style="background:#eee"><th style="border:1px solid #999;padding:4px 8px"></th>'
    '<th style="border:1px solid #999;padding:4px 8px">Candidate ID</th><th style="border:1px solid #999;padding:4px 8px">Login email</th>'
    '<th style="border:1px solid #999;padding:4px 8px">Training notification email</th><th style="border:1px solid #999;padding:4px 8px">'
    'Certification notification email</th></tr>' + rows + '</table>'
    '<p>Account #3 was created in February 2024 through a sign-in from AWS Partner Central and has no exams on it.</p>'
    '<p>The plan is to keep Account #1 and merge Accounts #2 and #3 into it. A merge cannot be reversed, so before I start '
    'I need you to confirm two things in a reply to this email: that all three profiles are yours, and that Account #1 is the one '
    'to keep.</p><p>Many thanks,<br>Mei L.<br>AWS Training and Certification Customer Service</p>'
    '<div style="margin-top:24px;border-top:1px solid #ccc;color:#555;font-size:12px">'
    + html_escape(sf_orig(N, R28_W, TC, SUBJ1)).replace('\n', '<br>') + p2html(R28) + '</div>')
add('confirmation_request', True, CASE1, [ID_NEW, ID_OLD, ID_SSO], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), cr_mid, irt=up29_mid, refs=[ack1_mid, hold_mid, r28_mid, up29_mid], pre=ses_in(w)),
    T(CR_HTML, 'html', cte='base64')))
CR_W = w
CR_PLAIN = ('Hello Sota,\n\nI am with the team that carries out certification account merges, and I am picking up your case from Hannah.\n\n'
            'Searching by your name and both email addresses, I found three certification profiles rather than two:\n\n'
            + '\n'.join(f'{a}  Candidate ID: {i}\nLogin email: {l}\nTraining notification email: {t}\n'
                        f'Certification notification email: {c}\n' for a, i, l, t, c, _ in ACCTS)
            + '\nAccount #3 was created in February 2024 through a sign-in from AWS Partner Central and has no exams on it.\n\n'
            'The plan is to keep Account #1 and merge Accounts #2 and #3 into it. A merge cannot be reversed, so before I start I need '
            'you to confirm two things in a reply to this email: that all three profiles are yours, and that Account #1 is the one to keep.\n\n'
            'Many thanks,\nMei L.\nAWS Training and Certification Customer Service\n')

# ================================================================ 032  one-line confirmation from the phone (Japanese signature)
w = dt('2025-11-06 23:40:18')
r32_mid = '<5E2D7F10-AC44-4E0B-8B1D-93F6A2C7D5E8@gmail.com>'
MIDS['r32'] = r32_mid
R32 = 'Confirmed - all three are mine. Please merge into Account #1.\n\niPhoneから送信\n'
R32_FULL = R32 + '\n' + iphone_wrote(CR_W, TC_NAME, TC) + '\n\n' + q(CR_PLAIN)
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME, P), TC, SUBJ1, w, r32_mid, irt=cr_mid, refs=[ack1_mid, hold_mid, up29_mid, cr_mid],
         extra=[('X-Mailer', 'iPhone Mail (22H31)')]),
    T(R32_FULL, cte='quoted-printable')))
R32_W = w

# ================================================================ 033  note to self, Shift_JIS 8bit
w = dt('2025-11-06 23:46:02')
m = mid('033', 'mail.gmail.com')
NOTE33 = (f'11/6 23:40 ケース {CASE1} に「Confirmed」を返信済み(スマホから)。\n'
          f'#3 は Partner Central の SSO で作ってしまったやつだった。これで全部まとまるはず。\n\n'
          f'次にやること\n・統合後、バウチャーが個人アカウントの特典に出ているか確認\n・11/18 SCS-C02 受験(新宿)\n')
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME, P), P, enc('自分用メモ: AWSケース', 'shift_jis'), w, m),
    T(NOTE33, charset='shift_jis', cte='8bit')))

# ================================================================ 034  resolved case 1, quotes the confirmation request
w = dt('2025-11-07 03:15:40')
res1_mid = mid('034', 'email.amazonses.com')
MIDS['res1'] = res1_mid
RES1 = (f'Hello Sota,\n\nThank you for confirming. Accounts #2 and #3 have now been merged into Account #1 ({ID_NEW}). '
        f'Sign in with the Builder ID for {P} and you should see your full exam history and all active certifications there.\n\n'
        f'Benefits such as unused exam vouchers can take up to 48 hours to appear under Benefits. Your Credly badges will also move '
        f'across automatically; you may receive emails from Credly about them.\n\n'
        f'If anything looks wrong after that, reply to this email and the case will be reopened.\n\n'
        f'Best wishes,\nMei L.\n{SIG_TC}')
RES1_FULL = RES1 + '\n' + sf_orig(P, R32_W, TC, SUBJ1) + '\n' + R32_FULL
add('resolved', False, CASE1, [ID_NEW], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), res1_mid, irt=r32_mid, refs=[ack1_mid, hold_mid, up29_mid, cr_mid, r32_mid],
         pre=ses_in(w)),
    MP('alternative', [T(RES1_FULL), T(html_wrap(p2html(RES1) + '<div style="color:#666;border-top:1px solid #ccc">'
                                                 + p2html(sf_orig(P, R32_W, TC, SUBJ1) + '\n' + R32_FULL) + '</div>'), 'html')])))
RES1_W = w

# ================================================================ 035  Credly badge
w = dt('2025-11-07 03:41:09')
m = mid('035', 'credly.com')
cb = ('Hi Sota,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.\n\n'
      'Accept your badge to share it on LinkedIn, add it to your email signature, or download it:\n'
      'https://www.credly.com/badges/6f0d3a9e-52b7-4c1e-9a8e-0b7c2d41f5aa/accept\n\n'
      'Questions about this badge? Contact the issuer through their profile on Credly.\n\n'
      'Credly, a Pearson company\n')
add('badge', False, None, [], w, build(
    hdrs('Credly <admin@credly.com>', P, 'Sota, you have a new badge from Amazon Web Services Training and Certification',
         w.astimezone(UTC), m, pre=[recv_gmail('o1.email.credly.com', '167.89.101.13', P, w),
                                   auth_gmail('credly.com', 'bounces+2288@email.credly.com', '167.89.101.13', sel='s1',
                                              policy='p=REJECT sp=REJECT dis=NONE')]),
    MP('alternative', [T(cb, cte='7bit'),
                       T(html_wrap('<p>Hi Sota,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>'
                                   '<p style="font-size:18px">AWS Certified Solutions Architect &ndash; Associate</p>'
                                   '<p><a href="https://www.credly.com/badges/6f0d3a9e-52b7-4c1e-9a8e-0b7c2d41f5aa/accept" '
                                   'style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>'), 'html')])))

# ================================================================ 036  survey for case 1
w = dt('2025-11-08 04:02:33')
m = mid('036', 'email.amazonses.com')
sv = (f'Hello,\n\nYour recent case with AWS Training and Certification ({CASE1}) has been marked resolved.\n\n'
      f'We would appreciate two minutes of your time to tell us how we did. How satisfied were you with the support you received?\n\n'
      f'  Very satisfied:    https://survey.aws.training/cs?c={CASE1}&r=5\n  Satisfied:         https://survey.aws.training/cs?c={CASE1}&r=4\n'
      f'  Neutral:           https://survey.aws.training/cs?c={CASE1}&r=3\n  Dissatisfied:      https://survey.aws.training/cs?c={CASE1}&r=2\n'
      f'  Very dissatisfied: https://survey.aws.training/cs?c={CASE1}&r=1\n\n'
      f'The survey is optional, and replies to this email are not read.\n\nAWS Training and Certification\n')
add('survey', False, CASE1, [], w, build(
    hdrs('AWS Training and Certification <aws-tc-customer-feedback@amazon.com>', P,
         f'How did we do? Your feedback on case {CASE1}', pac(w), m, pre=ses_in(w)),
    T(sv, cte='7bit')))

# ================================================================ 037  forward to a friend with a comment
w = dt('2025-11-08 10:26:44')
fw37_mid = mid('037', 'mail.gmail.com')
KENJI = 'kenji.arakawa@outlook.jp'
FW37 = ('Kenji,\n\nやっと終わった! Form to merge: about two weeks, and most of that was waiting for Kitahama to unlink the APN thing. '
        'Since you\'re moving in January: ask your partner admin to remove the association BEFORE you file, it saves a week.\n\n'
        'Their final mail below.\n\nSota\n')
fwd37 = ('---------- Forwarded message ---------\n'
         f'From: {TC_NAME} <{TC}>\nDate: {rfcdate(pac(RES1_W))}\nSubject: {SUBJ1}\nTo: <{P}>\n\n' + RES1_FULL)
add('user_reply', False, CASE1, [], w, build(
    hdrs(addr(ME, P), addr('Kenji Arakawa', KENJI), 'Fwd: ' + SUBJ1, w, fw37_mid),
    MP('alternative', [T(FW37 + '\n' + fwd37), T(html_wrap('<div dir="ltr">' + p2html(FW37) + '<div class="gmail_quote">'
                                                          + p2html(fwd37) + '</div></div>'), 'html')])))
FW37_W = w

# ================================================================ 038  friend's reply
w = dt('2025-11-09 09:12:30')
k38_mid = mid('038', 'TYWP286MB2311.JPNP286.PROD.OUTLOOK.COM')
K38 = ('おめでとう! Thanks for the tip.\n\nWhat exactly did you write in the form? And did they ask you for the candidate IDs, '
       'or just the email addresses? I\'d like to get it right the first time.\n\nKenji\n')
add('unrelated', False, None, [], w, build(
    hdrs(addr('Kenji Arakawa', KENJI), addr(ME, P), 'RE: ' + 'Fwd: ' + SUBJ1, w, k38_mid, irt=fw37_mid, refs=[fw37_mid],
         pre=gmail_from('mail-tywjpn01olkn2012.outbound.protection.outlook.com', '40.92.99.12', w, 'outlook.jp', 'selector1')),
    T(K38 + '\n' + outlook_hdr(addr(ME, P), FW37_W, addr('Kenji Arakawa', KENJI), 'Fwd: ' + SUBJ1) + '\n' + FW37 + '\n' + fwd37,
      cte='base64')))
K38_W = w

# ================================================================ 039  owner answers the friend (own candidate IDs in his text)
w = dt('2025-11-09 11:03:12')
m = mid('039', 'mail.gmail.com')
R39 = (f'Here\'s roughly what I put in the form (Certification > Account Merge):\n\n'
       f'  Use case: leaving the company on Oct 31, please merge my work certification account into my personal one\n'
       f'  All email addresses I may have used: <work address>, <gmail>\n  Email address to keep: <gmail>\n\n'
       f'They did ask for candidate IDs a day later (case {CASE1}). Mine were {ID_OLD} for the work account and {ID_NEW} '
       f'for the personal one, so have yours ready - top right of the certification portal.\n\n'
       f'Also: reply from an address that is already on one of the accounts. I answered once from my own-domain alias and '
       f'they politely made me send it again.\n\nSota\n')
add('user_reply', False, CASE1, [ID_OLD, ID_NEW], w, build(
    hdrs(addr(ME, P), addr('Kenji Arakawa', KENJI), 'Re: ' + 'Fwd: ' + SUBJ1, w, m, irt=k38_mid, refs=[fw37_mid, k38_mid]),
    gmail_body(R39, on_wrote(K38_W, 'Kenji Arakawa', KENJI), K38)))

# ================================================================ 040  certmetrics reminder, now to the personal address
w = dt('2025-11-10 03:00:41')
m = mid('040', 'certmetrics.com')
ex2 = (f'Hello Sota Miura,\n\nThis is a reminder that your AWS Certified Cloud Practitioner certification will expire on January 21, 2026.\n\n'
       f'Candidate ID: {ID_NEW}\n\nHolding an active Associate-level certification? Then your Cloud Practitioner certification has been '
       f'extended automatically and you can ignore this reminder. Otherwise, schedule the current exam before the expiration date.\n\n'
       f'Your recertification benefits are listed under Benefits in your AWS Certification account.\n\n'
       f'AWS Certification\n')
add('certification', False, None, [ID_NEW], w, build(
    hdrs('AWS Certification <do-not-reply@certmetrics.com>', P, 'Reminder: your AWS Certification is expiring soon',
         w.astimezone(UTC), m, pre=[recv_gmail('mta-04.certmetrics.com', '52.6.198.40', P, w),
                                   auth_gmail('certmetrics.com', 'bounce@certmetrics.com', '52.6.198.40', sel='k1',
                                              policy='p=QUARANTINE sp=QUARANTINE dis=NONE')]),
    MP('alternative', [T(ex2, cte='7bit'), T(html_wrap(p2html(ex2)), 'html')])))

# ================================================================ 041  console case opened (ack; echoes the owner's text)
CON_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE3}&language=en'
CON_FOOT = (f'\nTo see all the details of this case, or to reply, please use the link below:\n{CON_URL}\n\n'
            f'*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
            f'To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n'
            f'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
            f'or its affiliates.\n')
CON_SUBJ = '50% exam discount voucher missing after certification account merge'
w = dt('2025-11-11 22:57:02')
cack_mid = mid('041', 'email.amazonses.com')
CON_TXT = (f'Hi, my certification accounts were merged under case {CASE1} on Nov 7. The unused 50% exam voucher from my old account '
           f'{ID_OLD} still does not appear under Benefits on {ID_NEW}, four days later. Could you check what happened to it?')
cack = (f'Hello,\n\nWe have opened case {CASE3} on your behalf.\n\nThe details of your case are as follows:\n\n'
        f'Case ID: {CASE3}\nSubject: {CON_SUBJ}\nSeverity: General guidance\nCorrespondence: {CON_TXT}\n\n'
        f'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n' + CON_FOOT)
add('acknowledgement', False, CASE3, [ID_OLD, ID_NEW], w, build(
    hdrs(f'Amazon Web Services <{CONSOLE}>', P, f'Amazon Web Services: New Support case: {CASE3}', pac(w), cack_mid, pre=ses_in(w)),
    T(cack, cte='quoted-printable')))

# ================================================================ 042  console info_request (answer in the Support Center)
w = dt('2025-11-12 11:31:27')
cir_mid = mid('042', 'email.amazonses.com')
CIR = ('Hello,\n\nThank you for your patience.\n\nI have gone through both profiles. The merged account shows the exam history '
       'from the former profile, but no voucher record came across with it, which usually means the voucher was issued under a '
       'separate benefit program and has to be restored by hand.\n\nTo trace it I will need two details from you:\n\n'
       '1. roughly when the voucher first appeared on the Benefits page of the old account, and\n'
       '2. whether the code was ever copied or partly used (for example, entered in an exam checkout that you did not finish).\n\n'
       'Kindly add these to the case through the AWS Support Center using the link below; this email address cannot receive replies.\n\n'
       'We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at '
       'the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each '
       'correspondence within the AWS Support Center.\n\nBest regards,\n\nJulia P.\nAmazon Web Services\n'
       '==============================================================\n')
CIR_FULL = CIR + CON_FOOT
add('info_request', True, CASE3, [], w, build(
    hdrs(f'Amazon Web Services <{CONSOLE}>', P, f'RE:[CASE {CASE3}] {CON_SUBJ}', pac(w), cir_mid, pre=ses_in(w)),
    MP('alternative', [T(CIR_FULL), T(html_wrap(p2html(CIR_FULL).replace(CON_URL, f'<a href="{CON_URL}">{CON_URL}</a>')), 'html')])))
CIR_W = w

# ================================================================ 043  owner replies by email to the no-reply address (Sent copy)
w = dt('2025-11-12 12:05:50')
r43_mid = mid('043', 'mail.gmail.com')
R43 = (f'Hi Julia,\n\n1. It showed up right after I passed SAA-C03 on March 13, 2025, on the old account {ID_OLD}.\n'
       f'2. Never used and never copied into a checkout.\n\nThanks,\nSota\n')
add('user_reply', False, CASE3, [ID_OLD], w, build(
    hdrs(addr(ME, P), f'Amazon Web Services <{CONSOLE}>', f'Re: RE:[CASE {CASE3}] {CON_SUBJ}', w, r43_mid,
         irt=cir_mid, refs=[cir_mid]),
    gmail_body(R43, on_wrote(CIR_W, 'Amazon Web Services', CONSOLE), CIR_FULL)))
R43_W = w

# ================================================================ 044  bounce of that reply
w = dt('2025-11-12 12:06:14')
m = mid('044', 'mx.google.com')
bnc_txt = ('\n** Address not found **\n\nYour message wasn\'t delivered to no-reply-aws@amazon.com because the address couldn\'t be '
           'found, or is unable to receive mail.\n\nThe response from the remote server was:\n'
           '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail\n')
dsn = ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; sota.miura.k7@gmail.com\n'
       f'Arrival-Date: {rfcdate(R43_W)}\nX-Original-Message-ID: {r43_mid}\n\n'
       'Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n'
       'Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)\n'
       'Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail\n'
       f'Last-Attempt-Date: {rfcdate(w)}\n')
orig_h = (f'Date: {rfcdate(R43_W)}\nFrom: {ME} <{P}>\nTo: Amazon Web Services <{CONSOLE}>\n'
          f'Subject: Re: RE:[CASE {CASE3}] {CON_SUBJ}\nMessage-ID: {r43_mid}\nIn-Reply-To: {cir_mid}\n')
add('unrelated', False, CASE3, [], w, build(
    hdrs('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', P, 'Delivery Status Notification (Failure)', w, m,
         irt=r43_mid, refs=[r43_mid], extra=[('X-Failed-Recipients', CONSOLE), ('Auto-Submitted', 'auto-replied')]),
    MP('report', [T(bnc_txt, cte='7bit'), R('message/delivery-status', dsn), R('text/rfc822-headers', orig_h)],
       params=' report-type=delivery-status;')))

# ================================================================ 045  Skill Builder receipt
w = dt('2025-11-13 08:19:36')
m = mid('045', 'skillbuilder.aws')
sb = ('Thank you for your order.\n\nOrder number: SB-7730-1185-20\nItem: AWS Skill Builder Individual subscription (monthly)\n'
      'Amount charged: USD 29.00\nPayment method: Visa ending in 4412\nNext renewal: December 13, 2025\n\n'
      'You can cancel at any time from Subscription settings. Questions about billing? Visit the Skill Builder help center.\n\n'
      'AWS Skill Builder\n')
add('unrelated', False, None, [], w, build(
    hdrs('AWS Skill Builder <no-reply@skillbuilder.aws>', P, 'Your AWS Skill Builder receipt', w.astimezone(UTC), m,
         pre=[recv_gmail('a11-47.smtp-out.amazonses.com', '54.240.11.47', P, w),
              auth_gmail('skillbuilder.aws', 'bounce@mail.skillbuilder.aws', '54.240.11.47', sel='sb2024')]),
    MP('alternative', [T(sb, cte='7bit'), T(html_wrap(p2html(sb)), 'html')])))

# ================================================================ 046  another vendor's case closed for no reply
w = dt('2025-11-14 16:40:05')
m = mid('046', 'harborline.io')
hb = ('Hi Sota,\n\nWe haven\'t heard back from you in 7 days, so we have closed case #00912734 ("SSO login loop after IdP change").\n\n'
      'If the problem comes back, just reply to this email within 14 days and the case will be reopened with its full history. '
      'After that, please open a new request from the Harborline help center.\n\nThanks for using Harborline,\nMarta - Harborline Support\n\n'
      'ref:_00D5g0Hkz._5008d02AbCq:ref\n')
add('unrelated', False, None, [], w, build(
    hdrs('Harborline Support <support@harborline.io>', P, '[Case #00912734] Your case has been closed - SSO login loop after IdP change',
         w.astimezone(UTC), m, pre=gmail_from('smtp-out-4.harborline.io', '198.2.131.44', w, 'harborline.io', 'hb1')),
    T(hb, cte='7bit')))

# ================================================================ 047  console closing notice
w = dt('2025-11-15 02:03:11')
ccl_mid = mid('047', 'email.amazonses.com')
CCL = ('Hello,\n\nWe have not yet received the information requested in our previous correspondence about the missing voucher.\n\n'
       'If we do not hear from you, this case will be resolved automatically in 3 days. To keep it open, please respond through '
       'the AWS Support Center using the link below. Note that once a case has been resolved for 14 days it can no longer be '
       'reopened, and a new case would be needed.\n\nBest regards,\n\nJulia P.\nAmazon Web Services\n'
       '==============================================================\n' + CON_FOOT)
add('closing_notice', True, CASE3, [], w, build(
    hdrs(f'Amazon Web Services <{CONSOLE}>', P, f'RE:[CASE {CASE3}] {CON_SUBJ}', pac(w), ccl_mid, pre=ses_in(w)),
    T(CCL, cte='quoted-printable')))

# ================================================================ 048  note to self about the console case
w = dt('2025-11-15 09:21:48')
m = mid('048', 'mail.gmail.com')
N48 = (f'voucher case {CASE3} is a CONSOLE case - email replies bounce!\n'
       f'Answered it in Support Center just now (9:20): date Mar 13 + never used.\n'
       f'Check again Mon. If nothing by 11/20, reopen before the 14-day limit.\n')
add('user_reply', False, CASE3, [], w, build(
    hdrs(addr(ME, P), addr(ME, P), 'todo: AWS voucher case', w, m),
    T(N48, cte='7bit', fmt='flowed')))

# ================================================================ 049  spoofed AWS sender, DMARC fail
w = dt('2025-11-16 05:47:19')
m = mid('049', 'vps-4471.hostzen.net')
sp = ('Hello,\n\nFollowing your recent account merge, a replacement 50% exam voucher has been prepared for you.\n\n'
      'Before it can be released, our records require a one-time payment verification of USD 1.00 (refunded within 24 hours). '
      'Please complete the verification at the secure page below within 48 hours, otherwise the voucher will be cancelled:\n\n'
      '  https://aws-training-benefits.help/voucher/claim?id=SM8836\n\n'
      'Regards,\nAWS Training and Certification Customer Service\n')
add('suspicious', False, None, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, 'RE:[CASE 176290015500811] Voucher reissue - payment verification required', w.astimezone(UTC), m,
         pre=[recv_gmail('vps-4471.hostzen.net', '91.215.85.140', P, w),
              auth_gmail('amazon.com', 'support@vps-4471.hostzen.net', '91.215.85.140', dkim='fail', spf='fail', dmarc='fail',
                         sel='esjwu2lxd')],
         extra=[('Reply-To', 'aws-voucher-desk@protonmail.com')]),
    MP('alternative', [T(sp, cte='7bit'), T(html_wrap(p2html(sp)), 'html')])))

# ================================================================ 050  console case resolved (rating footer, owner quoted)
w = dt('2025-11-17 07:12:54')
cres_mid = mid('050', 'email.amazonses.com')
CRES = (f'Hello,\n\nThank you for the details you added in the Support Center.\n\n'
        f'I have restored the 50% exam discount voucher to your merged account {ID_NEW}. It is listed under Benefits with its '
        f'original expiry date and can be applied at checkout when you schedule your next exam. With that, I am marking this case '
        f'as resolved.\n\n'
        f'Your correspondence of Nov 15, 2025 for reference:\n'
        f'  "The voucher appeared right after I passed SAA-C03 on March 13, 2025, on my old account {ID_OLD}. I never used it or '
        f'copied it into a checkout. Sorry for the late answer - I replied by email first and it bounced."\n\n'
        f'We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at '
        f'the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each '
        f'correspondence within the AWS Support Center.\n\nBest regards,\n\nJulia P.\nAmazon Web Services\n'
        '==============================================================\n' + CON_FOOT)
add('resolved', False, CASE3, [ID_NEW], w, build(
    hdrs(f'Amazon Web Services <{CONSOLE}>', P, f'RE:[CASE {CASE3}] {CON_SUBJ}', pac(w), cres_mid, pre=ses_in(w)),
    MP('alternative', [T(CRES), T(html_wrap(p2html(CRES)), 'html')])))

# ================================================================ 051  console survey
w = dt('2025-11-18 01:30:07')
m = mid('051', 'email.amazonses.com')
csv_ = (f'Hello,\n\nYour AWS Support case {CASE3} was recently resolved. Tell us about your experience - the survey takes '
        f'about a minute.\n\nOverall, how satisfied are you with how your case was handled?\n'
        f'https://amazonwebservices.qualtrics.com/jfe/form/SV_3kXq?case={CASE3}\n\n'
        f'Your responses help us improve AWS Support. Thank you.\n\nAmazon Web Services\n\n'
        f'This email was sent from a notification-only address that cannot accept incoming email.\n')
add('survey', False, CASE3, [], w, build(
    hdrs(f'Amazon Web Services <{CONSOLE}>', P, 'Tell us about your recent AWS Support experience', pac(w), m, pre=ses_in(w)),
    MP('alternative', [T(csv_, cte='7bit'), T(html_wrap(p2html(csv_)), 'html')])))

# ================================================================ 052  Builder ID sign-in alert
w = dt('2025-11-18 07:58:40')
m = mid('052', 'signin.aws')
si = ('Hello,\n\nYour AWS Builder ID was used to sign in from a new device.\n\nWhen: November 17, 2025, 22:58 UTC\n'
      'Browser: Chrome on Windows\nApproximate location: Tokyo, Japan\n\nIf this was you, there is nothing else to do. '
      'If you don\'t recognize this activity, change your password right away from your AWS Builder ID profile.\n\nAmazon Web Services\n')
add('unrelated', False, None, [], w, build(
    hdrs('AWS Builder ID <no-reply@signin.aws>', P, 'New sign-in to your AWS Builder ID', pac(w), m,
         pre=[recv_gmail('a48-118.smtp-out.amazonses.com', '54.240.48.118', P, w),
              auth_gmail('signin.aws', 'bounce@send.signin.aws', '54.240.48.118', sel='ug7nbtf4')]),
    T(si, cte='7bit')))

# ================================================================ 053  exam result (certification)
w = dt('2025-11-19 06:11:25')
m = mid('053', 'certmetrics.com')
er = (f'Dear Sota Miura,\n\nCongratulations! You have successfully passed the AWS Certified Security - Specialty exam, and you are '
      f'now AWS Certified.\n\nCandidate ID: {ID_NEW}\nExam: SCS-C02\nDate: November 18, 2025\n\n'
      f'Your score report and digital certificate are available in your AWS Certification account. Expect a separate email from '
      f'Credly with your digital badge.\n\nAWS Certification\n')
add('certification', False, None, [ID_NEW], w, build(
    hdrs('AWS Certification <do-not-reply@certmetrics.com>', P, 'Congratulations, you are AWS Certified!', w.astimezone(UTC), m,
         pre=[recv_gmail('mta-04.certmetrics.com', '52.6.198.40', P, w),
              auth_gmail('certmetrics.com', 'bounce@certmetrics.com', '52.6.198.40', sel='k1', policy='p=QUARANTINE sp=QUARANTINE dis=NONE')]),
    MP('alternative', [T(er, cte='7bit'), T(html_wrap(p2html(er)), 'html')])))

# ================================================================ 054  Credly badge 2
w = dt('2025-11-19 06:40:02')
m = mid('054', 'credly.com')
cb2 = ('Congratulations, Sota!\n\nYou earned a new badge: AWS Certified Security - Specialty\nIssued by Amazon Web Services Training and Certification\n\n'
       'Accept it here: https://www.credly.com/badges/b31c7e90-04d2-4a7f-8cde-55e1f0a9d2c3/accept\n\n'
       'Tip: earners who share their badge get noticed by recruiters 6x more often.\n\nCredly\n')
add('badge', False, None, [], w, build(
    hdrs('Credly <admin@credly.com>', P, 'Congratulations! You earned a new badge', w.astimezone(UTC), m,
         pre=[recv_gmail('o1.email.credly.com', '167.89.101.13', P, w),
              auth_gmail('credly.com', 'bounces+2288@email.credly.com', '167.89.101.13', sel='s1', policy='p=REJECT sp=REJECT dis=NONE')]),
    MP('alternative', [T(cb2, cte='7bit'), T(html_wrap(p2html(cb2)), 'html')])))
CB2_W = w
CB2 = cb2

# ================================================================ 055  owner forwards the badge to his new manager (from the new address)
w = dt('2025-11-19 10:02:33')
m = mid('055', 'TY3PR01MB11204.jpnprd01.prod.outlook.com')
FJ = '藤井 遥'
FJ_A = 'fujii.haruka@lumenfold.jp'
F55 = ('藤井さん\n\nお疲れさまです。三浦です。\n昨日受験した AWS Certified Security - Specialty に合格しました。\n'
       'Credly のバッジを転送しますので、社内のスキル登録にお使いください。\n\n'
       '(前職のアカウントからの統合も今月初めに終わったので、過去の資格も同じアカウントで見られるようになっています。)\n\n三浦\n')
f55_fwd = ('________________________________\n差出人: Credly <admin@credly.com>\n送信日時: 2025年11月19日 6:40\n'
           f'宛先: {P}\n件名: Congratulations! You earned a new badge\n\n' + CB2)
add('user_reply', False, None, [], w, build(
    hdrs(addr(ME_JA, N), addr(FJ, FJ_A), 'FW: Congratulations! You earned a new badge', w, m, cc=addr(ME, P),
         pre=[recv_gmail('mail-os0jpn01on2103.outbound.protection.outlook.com', '40.107.113.103', P, w),
              auth_gmail('lumenfold.jp', N, '40.107.113.103', sel='selector2', policy='p=QUARANTINE sp=QUARANTINE dis=NONE')],
         extra=outlook_extra('FW: Congratulations! You earned a new badge', 'ja-JP')),
    MP('alternative', [T(F55 + '\n' + f55_fwd, cte='base64'),
                       T(html_wrap(p2html(F55) + '<hr>' + p2html(f55_fwd)), 'html', cte='base64')]),
    crlf=True))

# ================================================================ 056  owner writes again on the resolved case 1, from the new address
w = dt('2025-11-20 09:15:08')
r56_mid = mid('056', 'TY3PR01MB11204.jpnprd01.prod.outlook.com')
R56 = (f'Hello Mei,\n\nThanks again for the merge. One thing is missing: the merged account {ID_NEW} shows SAA-C03 and CLF-C02, '
       f'but not the AWS Certified Developer - Associate (DVA-C02) I passed in June 2023 on the old work account. Its Credly badge '
       f'did not come across either.\n\nCould you take another look? I am writing from my work address again; replies to my Gmail '
       f'are fine.\n\nBest regards,\nSota Miura\nLumenfold Inc. | Platform Engineering\n')
R56_QH = outlook_hdr(f'{TC_NAME} <{TC}>', RES1_W, P, SUBJ1)
add('user_reply', False, CASE1, [ID_NEW], w, build(
    hdrs(addr(ME, N), TC, SUBJ1, w, r56_mid, cc=addr(ME, P), irt=res1_mid, refs=[ack1_mid, cr_mid, r32_mid, res1_mid],
         pre=[recv_gmail('mail-os0jpn01on2103.outbound.protection.outlook.com', '40.107.113.103', P, w),
              auth_gmail('lumenfold.jp', N, '40.107.113.103', sel='selector2', policy='p=QUARANTINE sp=QUARANTINE dis=NONE')],
         extra=outlook_extra(SUBJ1)),
    outlook_body(R56, R56_QH, RES1_FULL), crlf=True))
R56_W = w

# ================================================================ 057  ack case 4 (different template; echoes the Japanese form text)
w = dt('2025-11-20 21:01:37')
ack4_mid = mid('057', 'email.amazonses.com')
FORM4 = (f'認定証明書とデジタルバッジに表示される氏名が「MIURA SOTA」(姓・名の順)になっています。\n'
         f'前職の人事部が登録したときの表記のままのようです。英語表記の順序「Sota Miura」(名・姓の順)に直していただけますか。\n'
         f'候補ID: {ID_NEW}\n')
ack4 = (f'Hello Sota Miura,\n\nThanks for contacting AWS Training and Certification Customer Service. This is an automated '
        f'confirmation that we received your request and created case {CASE4}.\n\n---- Your request ----\n'
        f'Inquiry type: Certification\nDetail: Certificate / Name change\n{FORM4}---------------------\n\n'
        f'Our team aims to respond within one business day. Keep the case number for your records, and please do not send the same '
        f'request again through the form.\n\nAWS Training and Certification\n')
add('acknowledgement', False, CASE4, [ID_NEW], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ4, pac(w), ack4_mid, pre=ses_in(w)),
    T(ack4, cte='base64')))

# ================================================================ 058  case 1 reopened (case_update, quotes the owner)
w = dt('2025-11-21 03:28:46')
reo_mid = mid('058', 'email.amazonses.com')
REO = (f'Hi Sota,\n\nThanks for letting us know. I have reopened case {CASE1} and passed the missing Developer - Associate record '
       f'to our certification operations team, who can search exam records that did not carry over in a merge. This kind of '
       f'search normally takes 3 to 5 business days, and I will update you here as soon as I hear back.\n\n'
       f'Regards,\nArjun N.\n{SIG_TC}')
REO_FULL = REO + '\n' + sf_orig(N, R56_W, TC, SUBJ1) + '\n' + R56 + '\n' + R56_QH + '\n' + RES1
add('case_update', False, CASE1, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), reo_mid, cc=N, irt=r56_mid, refs=[ack1_mid, res1_mid, r56_mid], pre=ses_in(w)),
    T(REO_FULL, cte='quoted-printable')))
REO_W = w

# ================================================================ 059  case 4 info_request in Japanese (keigo), quotes the form
w = dt('2025-11-21 15:20:10')
ir4_mid = mid('059', 'email.amazonses.com')
IR4 = (f'{ME_JA} 様\n\nAWS トレーニングと認定 カスタマーサービスの山口でございます。\nこのたびはお問い合わせいただき、誠にありがとうございます。\n\n'
       f'認定証明書およびデジタルバッジに表示されるお名前の変更について、承りました。\n'
       f'表示されるお名前は、試験当日にご提示いただく本人確認書類(パスポート等)の記載と一致している必要がございます。\n\n'
       f'つきましては、お手数ではございますが、以下の2点について本メールへのご返信にてお知らせいただけますでしょうか。\n\n'
       f'1. 変更後のお名前の表記(名・姓それぞれのローマ字表記)\n'
       f'2. 本人確認書類に記載されているローマ字表記が、上記と一致していることのご確認\n\n'
       f'いただいた内容をもとに、担当部署にて変更手続きを進めさせていただきます。\n何卒よろしくお願い申し上げます。\n\n'
       f'山口\nAWS トレーニングと認定 カスタマーサービス\n')
IR4_FULL = IR4 + '\n---------- 元のお問い合わせ内容 ----------\n' + f'ケース ID: {CASE4}\n' + FORM4
add('info_request', True, CASE4, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ4, pac(w), ir4_mid, irt=ack4_mid, refs=[ack4_mid], pre=ses_in(w)),
    MP('alternative', [T(IR4_FULL, cte='base64'),
                       T(html_wrap(p2html(IR4) + '<hr><div style="color:#666">' + p2html(f'ケース ID: {CASE4}\n' + FORM4) + '</div>',
                                   'font-family:Meiryo,sans-serif;font-size:14px'), 'html', cte='base64')])))
IR4_W = w

# ================================================================ 060  owner's Japanese reply
w = dt('2025-11-21 19:05:33')
r60_mid = mid('060', 'mail.gmail.com')
R60 = (f'山口様\n\nご連絡ありがとうございます。三浦です。\n\n'
       f'1. 名: Sota / 姓: Miura で、表示は「Sota Miura」でお願いいたします。\n'
       f'2. パスポートの表記も 姓 MIURA / 名 SOTA で、上記と一致しております。\n\n'
       f'対象は候補ID {ID_NEW} のアカウントです。\nお手数をおかけしますが、よろしくお願いいたします。\n\n{ME_JA}\n')
R60_ATTR = on_wrote_ja(IR4_W, TC_NAME, TC)
add('user_reply', False, CASE4, [ID_NEW], w, build(
    hdrs(addr(ME_JA, P), TC, SUBJ4, w, r60_mid, irt=ir4_mid, refs=[ack4_mid, ir4_mid]),
    gmail_body(R60, R60_ATTR, IR4_FULL)))
R60_W = w
R60_FULL = R60 + '\n' + R60_ATTR + '\n\n' + q(IR4_FULL)

# ================================================================ 061  connpass reminder (Japanese, unrelated)
w = dt('2025-11-22 12:00:03')
m = mid('061', 'connpass.com')
cp = ('三浦 颯太 さん\n\n参加登録いただいている以下のイベントは明日開催です。\n\n'
      'JAWS-UG 東京 #68「認定資格と組織づくり」\n日時: 2025/11/23(日) 13:00〜17:00\n会場: 大手町プレイス 3F\n\n'
      '受付では connpass の受付票(QRコード)をご提示ください。参加できなくなった場合は、キャンセル手続きをお願いします。\n\n'
      '※このメールは送信専用アドレスから送信しています。\nconnpass\n')
add('unrelated', False, None, [], w, build(
    hdrs('connpass <no-reply@connpass.com>', P, '【リマインド】JAWS-UG 東京 #68「認定資格と組織づくり」は明日開催です',
         w, m, pre=gmail_from('mail.connpass.com', '13.230.55.21', w, 'connpass.com', 'cp1')),
    T(cp, cte='quoted-printable')))

# ================================================================ 062  case 4 case_update (Japanese), quotes the owner
w = dt('2025-11-25 10:02:44')
up4_mid = mid('062', 'email.amazonses.com')
UP4 = ('三浦様\n\nご返信いただき、ありがとうございます。\n'
       'いただいた内容にて、担当部署へお名前の表記変更を依頼いたしました。反映までには通常5〜7営業日ほどお時間を頂戴しております。\n'
       '変更が完了しましたら、改めて本ケースにてご連絡いたします。それまでの間、三浦様にてご対応いただくことは特にございません。\n\n'
       '山口\nAWS トレーニングと認定 カスタマーサービス\n')
UP4_FULL = UP4 + '\n' + sf_orig(P, R60_W, TC, SUBJ4) + '\n' + R60_FULL
add('case_update', False, CASE4, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ4, pac(w), up4_mid, irt=r60_mid, refs=[ack4_mid, ir4_mid, r60_mid], pre=ses_in(w)),
    T(UP4_FULL, cte='quoted-printable')))
UP4_W = w

# ================================================================ 063  one-line Japanese reply from the phone
w = dt('2025-11-25 12:31:19')
m = '<A7C3E9F1-2B64-4D8A-9F10-7E5B3C2D1A09@gmail.com>'
d = UP4_W.astimezone(JST)
R63 = ('承知しました。よろしくお願いします。\n\niPhoneから送信\n\n'
       f'{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}、{TC_NAME} <{TC}>のメール:\n\n' + q(UP4_FULL))
add('user_reply', False, CASE4, [], w, build(
    hdrs(addr(ME_JA, P), TC, SUBJ4, w, m, irt=up4_mid, refs=[ack4_mid, ir4_mid, r60_mid, up4_mid],
         extra=[('X-Mailer', 'iPhone Mail (22H31)')]),
    T(R63, cte='base64')))

# ================================================================ 064  case 1 info_request after reopening
w = dt('2025-11-26 02:14:30')
ir5_mid = mid('064', 'email.amazonses.com')
IR5 = ('Hi Sota,\n\nA quick update, and one thing I need from you.\n\n'
       'Our certification operations team found a DVA-C02 attempt from June 2023, but it sits on a candidate record with a '
       'different date of birth (probably a typo made when the exam was booked), which is why the merge did not pick it up. '
       'Before they attach it to your account they need something that ties that attempt to you.\n\n'
       'The Pearson VUE registration number from that exam\'s booking confirmation would do, or a copy of the score report you '
       'received afterwards. Either one is enough; just reply here with it.\n\n'
       f'Thanks,\nArjun N.\n{SIG_TC}')
IR5_FULL = IR5 + '\n' + sf_orig(N, R56_W, TC, SUBJ1) + '\n' + R56
add('info_request', True, CASE1, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), ir5_mid, irt=reo_mid, refs=[ack1_mid, res1_mid, r56_mid, reo_mid], pre=ses_in(w)),
    MP('alternative', [T(IR5_FULL), T(html_wrap(p2html(IR5) + '<blockquote>' + p2html(R56) + '</blockquote>'), 'html')])))
IR5_W = w

# ================================================================ 065  owner answers with registration number + attachment
w = dt('2025-11-26 08:10:52')
r65_mid = mid('065', 'mail.gmail.com')
R65 = (f'Hi Arjun,\n\nFound it. The booking confirmation from Pearson VUE has registration number 271804936 '
       f'(exam on June 14, 2023, booked under the old account {ID_OLD}). The score report PDF is attached as well.\n\n'
       f'The date of birth on that record might well be wrong, I remember fixing a typo in my profile around that time.\n\nSota\n')
R65_ATTR = on_wrote(IR5_W, TC_NAME, TC)
add('user_reply', False, CASE1, [ID_OLD], w, build(
    hdrs(addr(ME, P), TC, SUBJ1, w, r65_mid, irt=ir5_mid, refs=[ack1_mid, res1_mid, r56_mid, reo_mid, ir5_mid]),
    MP('mixed', [gmail_body(R65, R65_ATTR, IR5_FULL), B(pdf, 'application/pdf', 'DVA-C02_score_report_2023-06.pdf')])))
R65_W = w

# ================================================================ 066  AWS Japan marketing (Japanese, HTML only)
w = dt('2025-11-27 11:00:00')
m = mid('066', 'marketing.aws.com')
jp = html_wrap('<table width="640" align="center"><tr><td style="padding:16px">'
               '<p>三浦 様</p><p>いつも AWS をご利用いただきありがとうございます。</p>'
               '<p>12月開催の AWS Black Belt Online Seminar のご案内です。今月は「AWS 認定を活かしたキャリアパス」「Amazon Bedrock 入門」など'
               '計6セッションを予定しています。いずれも無料でご参加いただけます。</p>'
               '<p><a href="https://aws.amazon.com/jp/events/?trk=em_jp_1127">セミナー一覧と参加登録はこちら</a></p>'
               '<p style="font-size:11px;color:#777">このメールは配信を希望された方にお送りしています。配信停止は'
               '<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社</p>'
               '</td></tr></table>', 'font-family:Meiryo,sans-serif;font-size:14px')
add('unrelated', False, None, [], w, build(
    hdrs(addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), P,
         '【AWS】12月の Black Belt Online Seminar のご案内', w, m,
         pre=[recv_gmail('mail-marketing.aws.com', '199.15.213.64', P, w),
              auth_gmail('amazon.com', 'bounce-880@mail.marketing.aws.com', '199.15.213.64', sel='m1')],
         extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?e=1127>'), ('Precedence', 'bulk')]),
    T(jp, 'html', cte='quoted-printable')))

# ================================================================ 067  fake Credly
w = dt('2025-11-28 04:33:58')
m = mid('067', 'credly-badges.net')
fc = html_wrap('<p>Hello,</p><p>We detected that the badges issued to you by <b>Amazon Web Services Training and Certification</b> '
               'belong to an account that was recently merged. To prevent automatic revocation, you must re-verify your identity '
               'within <b>72 hours</b>.</p><p><a href="https://credly-badges.net/verify/earner?u=smiura">Re-verify my badges</a></p>'
               '<p>If you do not complete this step, your badges will be removed from your public profile.</p><p>The Credly Team</p>')
add('suspicious', False, None, [], w, build(
    hdrs('Credly <admin@credly-badges.net>', P, 'Action needed: your AWS badges will be revoked', w.astimezone(UTC), m,
         pre=[recv_gmail('mail.credly-badges.net', '45.141.87.203', P, w),
              auth_gmail('credly-badges.net', 'admin@credly-badges.net', '45.141.87.203', sel='mail', policy='p=NONE sp=NONE dis=NONE')]),
    T(fc, 'html', cte='quoted-printable')))

# ================================================================ 068  case 4 resolved (Japanese), quotes the old request
w = dt('2025-12-01 16:45:21')
m = mid('068', 'email.amazonses.com')
RS4 = ('三浦様\n\nお待たせいたしました。\n認定証明書およびデジタルバッジに表示されるお名前を「Sota Miura」に更新いたしました。\n'
       '証明書は AWS 認定アカウントの「認定」ページから再ダウンロードいただけます。Credly のバッジへの反映には最大で48時間ほどかかる場合がございます。\n\n'
       'ほかにご不明な点がございましたら、本メールにご返信ください。\n\n山口\nAWS トレーニングと認定 カスタマーサービス\n')
RS4_FULL = RS4 + '\n' + sf_orig(P, R60_W, TC, SUBJ4) + '\n' + R60_FULL
add('resolved', False, CASE4, [], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ4, pac(w), m, irt=r60_mid, refs=[ack4_mid, ir4_mid, r60_mid, up4_mid], pre=ses_in(w)),
    MP('alternative', [T(RS4_FULL), T(html_wrap(p2html(RS4) + '<blockquote style="color:#666">' + p2html(R60_FULL) + '</blockquote>',
                                                 'font-family:Meiryo,sans-serif;font-size:14px'), 'html')])))

# ================================================================ 069  case 1 resolved again
w = dt('2025-12-02 05:20:09')
m = mid('069', 'email.amazonses.com')
RS1 = (f'Hi Sota,\n\nGood news: the June 2023 AWS Certified Developer - Associate record has been matched to you using the '
       f'registration number you sent, and it now appears in the exam history and certifications of {ID_NEW}. The date of birth on '
       f'the old record was corrected at the same time. Credly should issue the matching badge within a day or two.\n\n'
       f'No further action is required on your part, and I am closing the case again.\n\nAll the best,\nArjun N.\n{SIG_TC}')
RS1_FULL = RS1 + '\n' + sf_orig(P, R65_W, TC, SUBJ1) + '\n' + R65 + '\n' + R65_ATTR + '\n' + q(IR5_FULL)
add('resolved', False, CASE1, [ID_NEW], w, build(
    hdrs(f'{TC_NAME} <{TC}>', P, SUBJ1, pac(w), m, irt=r65_mid, refs=[ack1_mid, res1_mid, reo_mid, ir5_mid, r65_mid], pre=ses_in(w)),
    T(RS1_FULL, cte='quoted-printable')))

# ================================================================ 070  certification program feedback (not a case survey)
w = dt('2025-12-03 02:25:00')
m = mid('070', 'certmetrics.com')
fb = ('Hello Sota,\n\nAs an AWS Certified individual, your opinion helps shape future exams. We are recruiting subject matter '
      'experts and survey participants for the upcoming refresh of the Security - Specialty exam.\n\n'
      'Take the 10-minute survey: https://aws-certification.questionpro.com/sme-2026\n\n'
      'Participation is optional and does not affect your certification status.\n\nAWS Certification\n')
add('certification', False, None, [], w, build(
    hdrs('AWS Certification <do-not-reply@certmetrics.com>', P, 'AWS Certification would like your input', w.astimezone(UTC), m,
         pre=[recv_gmail('mta-04.certmetrics.com', '52.6.198.40', P, w),
              auth_gmail('certmetrics.com', 'bounce@certmetrics.com', '52.6.198.40', sel='k1', policy='p=QUARANTINE sp=QUARANTINE dis=NONE')]),
    MP('alternative', [T(fb, cte='7bit'), T(html_wrap(p2html(fb)), 'html')])))


# ================================================================ write everything
def main():
    for name in os.listdir(OUT):
        if name.endswith('-msg.eml') or name.endswith('-msg.json'):
            os.remove(os.path.join(OUT, name))
    whens = [x['when'] for x in MSGS]
    assert whens == sorted(whens), 'messages are not in arrival order'
    counts = Counter()
    replies = 0
    for i, msg in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f'{i:03d}-msg.eml'), 'wb') as f:
            f.write(msg['raw'])
        label = {'kind': msg['kind'], 'needs_reply': msg['needs_reply'], 'case': msg['case'],
                 'candidate_ids': msg['candidate_ids']}
        with open(os.path.join(OUT, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
        counts[msg['kind']] += 1
        replies += msg['needs_reply']
    for k, v in sorted(counts.items()):
        print(f'{k:22s} {v}')
    print(f'{"total":22s} {len(MSGS)}  (needs_reply: {replies})')


if __name__ == '__main__':
    main()
