#!/usr/bin/env python3
"""Write a blind corpus of support-case mail (NNN-msg.eml + NNN-msg.json) next to this script.

Standard library only. Run: python3 gen.py
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'shiori.tanabe.mail@gmail.com'
ME_C = 's-tanabe@kumohashi-sys.co.jp'
ME_EN = 'Shiori Tanabe'
ME_JA = '田辺 栞'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
FORM_NAME = 'AWS Training and Certification'

C1 = '16968240531'        # 2023 form case: name on certificate
C2 = '7219384056'         # 2024 console case: missing exam voucher
C6 = '17290311847'        # 2024 form case: two profiles on one address
C3 = '174010745200317'    # 2025 form case: company -> personal merge (APN)
C4 = '174010803900855'    # 2025 duplicate form submission
C5 = '174451880201946'    # 2025 form case: exam result missing

MSGS = []


# ---------------------------------------------------------------- helpers
def hx(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def ses_id(seed):
    x = hashlib.sha256(seed.encode()).hexdigest()
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:32], x[32:44])


def gmail_id(seed):
    x = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip('=')
    x = x.replace('-', 'x').replace('_', 'Q')
    return '<CA%s@mail.gmail.com>' % x[:41]


def outlook_id(seed):
    x = hashlib.sha256(seed.encode()).hexdigest().upper()
    return '<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>' % (x[:4], x[4:14], x[14:18])


def plain_id(seed, domain):
    return '<%s.%s@%s>' % (hx(seed + 'a', 14), hx(seed + 'b', 8), domain)


def date(s, tz='+0000'):
    sign = 1 if tz[0] == '+' else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone(off))
    return format_datetime(dt)


def enc(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=74).encode()


def ad(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in '()<>@,;:\\".[]'):
            name = '"%s"' % name.replace('"', '\\"')
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), email)


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, flowed=False):
    label = label or cs
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'text/%s; charset="%s"' % (sub, label)
    if flowed:
        ct += '; format=flowed'
    return {'h': 'Content-Type: %s\nContent-Transfer-Encoding: %s\n' % (ct, cte), 'b': body}


def multi(sub, parts, bnd, extra=''):
    b = b''
    for p in parts:
        b += b'--' + bnd.encode() + b'\n' + p['h'].encode('ascii') + b'\n' + p['b']
        if not b.endswith(b'\n'):
            b += b'\n'
    b += b'--' + bnd.encode() + b'--\n'
    return {'h': 'Content-Type: multipart/%s;%s\n boundary="%s"\n' % (sub, extra, bnd), 'b': b}


def alt(text, html, seed, cs='utf-8', cte='quoted-printable', hcte=None, style='part'):
    if style == 'gmail':
        bnd = '000000000000' + hx(seed, 16)
    elif style == 'ms':
        bnd = '_000_%s_' % outlook_id(seed)[1:30].replace('@', '')
    else:
        bnd = '----=_Part_%d_%d.%d' % (int(hx(seed, 6), 16), int(hx(seed + 'x', 8), 16), 1600000000000 + int(hx(seed + 'y', 8), 16))
    return multi('alternative', [leaf(text, 'plain', cs, cte), leaf(html, 'html', cs, hcte or cte)], bnd)


def mk(hdrs, part, crlf=False):
    lines = []
    for k, v in hdrs:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    head = '\n'.join(lines) + '\n' + part['h']
    raw = head.encode('ascii') + b'\n' + part['b']
    raw = raw.replace(b'\r\n', b'\n')
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def add(raw, kind, reply, case, cands, note=''):
    MSGS.append((raw, {'kind': kind, 'needs_reply': reply, 'case': case,
                       'candidate_ids': list(cands)}, note))


def recv_g(host, ip, to, d):
    return ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
            '        %s' % (host, host, ip, hx(host + d, 12), int(hx(d, 3), 16) % 900 + 100,
                             hx(d + 'g', 10), to, d))


def auth_g(mailfrom, from_d, ip, dkim_d=None, dkim='pass', spf='pass', dmarc='pass', pol='QUARANTINE'):
    dkim_d = dkim_d or from_d
    spf_txt = ('(google.com: domain of %s designates %s as permitted sender)' % (mailfrom, ip)
               if spf == 'pass' else
               '(google.com: domain of %s does not designate %s as permitted sender)' % (mailfrom, ip))
    return ('Authentication-Results', 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s %s smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
            % (dkim, dkim_d, hx(dkim_d, 6) if dkim_d != 'amazon.com' else 'rte02', hx(mailfrom, 8),
               spf, spf_txt, mailfrom, dmarc, pol, pol, 'NONE' if dmarc == 'pass' else 'QUARANTINE', from_d))


def recv_ms(host, ip, d):
    return ('Received', 'from %s (%s) by OS0PEPF00000A3C.mail.protection.outlook.com\n (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
            ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.16 via Frontend Transport; %s'
            % (host, ip, int(hx(host, 2), 16) % 250, int(hx(d, 2), 16) % 250, d))


def auth_ms(mailfrom_d, from_d, ip, dkim_d=None, spf='pass', dkim='pass', dmarc='pass', action='none', comp='pass reason=100'):
    dkim_d = dkim_d or from_d
    dk = ('dkim=pass (signature was verified)\n header.d=%s' % dkim_d if dkim == 'pass'
          else 'dkim=none (message not signed)\n header.d=none' if dkim == 'none'
          else 'dkim=fail (body hash did not verify)\n header.d=%s' % dkim_d)
    return ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
            % (spf, ip, mailfrom_d, dk, dmarc, action, from_d, comp))


def aws_trace(to, d, seed, ip='54.240.8.97', from_d='amazon.com'):
    """Return-Path, Received and Authentication-Results for genuine Amazon SES mail."""
    rp = '%s@amazonses.com' % ses_id(seed)[1:].split('@')[0]
    out = [('Return-Path', '<%s>' % rp)]
    host = 'a8-%d.smtp-out.amazonses.com' % (int(ip.split('.')[-1]))
    if to.endswith('gmail.com'):
        out += [('Delivered-To', to), recv_g(host, ip, to, d), auth_g('amazonses.com', from_d, ip)]
    else:
        out += [recv_ms(host, ip, d), auth_ms('amazonses.com', from_d, ip)]
    return out


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, inner))


def p2html(text):
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % _h.escape(p).replace('\n', '<br>\n') for p in paras)


CONSOLE_FOOT = """To add to this case or see its history, open the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(Using federated access? Sign in first, then follow the link.)

*This address is not monitored and will not receive a reply sent to it.
Please update your case from the Support Center link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

RATE_FOOT = """Your opinion helps us improve. Tell us how this reply worked for you by
rating it from the Support Center link at the bottom of this message.
"""


# ======================================================================= 2023
# --- certification result (company address)
d = date('2023-10-02 04:31:12')
t = """Dear Shiori Tanabe,

Congratulations! You have met all requirements for the AWS Certified
Solutions Architect - Associate certification.

  Certification:      AWS Certified Solutions Architect - Associate
  Date achieved:      October 1, 2023
  Valid through:      October 1, 2026
  Validation number:  7QKZ2P4LHNE41DWB
  Candidate ID:       AWS03917284

Within a few days our badging partner Credly will e-mail you an invitation to
accept your digital badge. You can download your certificate at any time from
the Certifications tab of your AWS Certification Account, where you will also
find the benefits that come with your new credential, including a discount on
your next exam.

Well done, and thank you for choosing AWS Certification.

AWS Training and Certification

This is an automated message; replies to this address are not read.
"""
h = '<h2 style="color:#232f3e">You are now AWS Certified</h2>\n' + p2html(t)
add(mk([('Return-Path', '<bounce-7730-1182294@bounce.certmetrics.com>'),
        recv_ms('mta-81.certmetrics.com', '198.51.100.23', d),
        auth_ms('certmetrics.com', 'certmetrics.com', '198.51.100.23'),
        ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ad(ME_EN, ME_C)),
        ('Subject', 'Congratulations! You are now AWS Certified'),
        ('Date', d), ('Message-ID', plain_id('m1', 'certmetrics.com'))],
       alt(t, html_wrap(h), 'm1')),
    'certification', False, None, ['AWS03917284'],
    'CertMetrics exam-result mail to the company address; candidate ID in a field list.')

# --- Credly badge
d = date('2023-10-02 19:05:40')
t = """Hi Shiori,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your e-mail signature or
show it on your resume:
https://www.credly.com/badges/3f0c9a1e-52d7-4b8e-9d61-0a7e3c2b5f18/accept

Your badge is verified by Credly and can be shared with one click.

The Credly Team
Credly, Inc. | 10 Hudson Yards, New York, NY
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
h = ('<table width="600" align="center"><tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>'
     '<tr><td><h1>You earned a badge!</h1>' + p2html(t) +
     '<a href="https://www.credly.com/badges/3f0c9a1e-52d7-4b8e-9d61-0a7e3c2b5f18/accept" '
     'style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a></td></tr></table>')
add(mk([('Return-Path', '<bounces+2231990-8c1a@em.credly.com>'),
        recv_ms('o1.em.credly.com', '167.89.41.12', d),
        auth_ms('em.credly.com', 'credly.com', '167.89.41.12'),
        ('From', ad('Credly', 'admin@credly.com')),
        ('To', ME_C),
        ('Subject', 'Shiori, you earned a badge from Amazon Web Services Training and Certification'),
        ('Date', d), ('Message-ID', plain_id('m2', 'credly.com'))],
       alt(t, html_wrap(h), 'm2', cte='quoted-printable')),
    'badge', False, None, [], 'Credly badge offer after the exam.')

# --- GitHub "merged"
d = date('2023-10-04 06:12:55', '-0700')
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumohashi/infra-modules/pull/412#event-10548817312
You are receiving this because you were mentioned.
"""
h = ('<p>Merged <a href="https://github.com/kumohashi/infra-modules/pull/412">#412</a> into main.</p>'
     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
     '<a href="https://github.com/kumohashi/infra-modules/pull/412#event-10548817312">view it on GitHub</a>.<br>'
     'You are receiving this because you were mentioned.</p>')
add(mk([('Return-Path', '<noreply@github.com>'),
        recv_ms('out-21.smtp.github.com', '192.30.252.204', d),
        auth_ms('github.com', 'github.com', '192.30.252.204'),
        ('From', ad('Daichi Morozumi', 'notifications@github.com')),
        ('Reply-To', 'kumohashi/infra-modules <reply+AB3KQ7P2XN5S@reply.github.com>'),
        ('To', 'kumohashi/infra-modules <infra-modules@noreply.github.com>'),
        ('Cc', ad(ME_EN, ME_C) + ', Mention <mention@noreply.github.com>'),
        ('Subject', 'Re: [kumohashi/infra-modules] Add VPC endpoint module for S3 (PR #412)'),
        ('Date', d), ('Message-ID', '<kumohashi/infra-modules/pull/412/issue_event/10548817312@github.com>'),
        ('In-Reply-To', '<kumohashi/infra-modules/pull/412@github.com>'),
        ('References', '<kumohashi/infra-modules/pull/412@github.com>'),
        ('List-ID', 'kumohashi/infra-modules <infra-modules.kumohashi.github.com>'),
        ('X-GitHub-Reason', 'mention')],
       alt(t, html_wrap(h), 'm3', cs='UTF-8', cte='7bit')),
    'unrelated', False, None, [], 'GitHub says "Merged" - not an account merge.')

# --- C1 acknowledgement (plain, CRLF)
d = date('2023-10-09 02:14:33')
M_C1_ACK = ses_id('c1ack')
SUBJ_C1 = '[AWS Training and Certification Form Submission] - certification'
t = """Hello,

We've received your message and created case %s for it. Someone from
our team will normally get back to you within 24 hours; questions that need
research can take a little longer.

Please don't send a new request about the same issue - that only creates a
second case and slows things down. Anything you want to add can go in a reply
to this e-mail, as long as the case number stays in the subject line.

Here is a summary of what you sent us:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence:
Inquiry type: Certification
Additional details: Certification records
AWS Candidate ID: AWS03917284
Description: The name on my certificates is printed as "Siori Tanabe". The
correct spelling is "Shiori Tanabe". Please correct the certification record.

Thank you,
AWS Training and Certification Customer Service
""" % (C1, C1, SUBJ_C1)
add(mk(aws_trace(ME_C, d, 'c1ack') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', '[CASE %s] %s' % (C1, SUBJ_C1)),
        ('Date', d), ('Message-ID', M_C1_ACK)],
       leaf(t, cs='us-ascii', cte='7bit'), crlf=True),
    'acknowledgement', False, C1, ['AWS03917284'],
    'Ack echoing the form (candidate ID in the echoed form, counted as this mail\'s own text); "reply to this e-mail" is only an option.')

# --- AWS billing (same sender as console cases)
d = date('2023-10-10 11:40:02')
t = """Greetings from Amazon Web Services,

Your AWS billing statement for the period September 1 - September 30, 2023
is now available in the Billing console.

Account ID: 582910374416
Amount due: USD 3.42

Your payment method on file will be charged for this amount. You can view
the details of your statement at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was sent from a notification-only address that doesn't accept
incoming e-mail. Please don't reply to this message.
"""
add(mk(aws_trace(ME_P, d, 'bill23', ip='54.240.8.12') + [
        ('From', ad('Amazon Web Services', NOREPLY)),
        ('To', ME_P),
        ('Subject', 'Amazon Web Services Billing Statement Available [Account: 582910374416]'),
        ('Date', d), ('Message-ID', ses_id('bill23'))],
       leaf(t, cs='UTF-8', cte='7bit')),
    'unrelated', False, None, [], 'Billing notice from the very sender console cases use; 12-digit account ID.')

# --- C1 info request (agent, multipart, buried ask)
d = date('2023-10-11 17:52:08')
M_C1_REQ = ses_id('c1req')
t_c1req = """Hello Shiori,

Thanks for your patience while I looked into this. I pulled up the profile
linked to the candidate ID in your request, and the name on it is currently
stored as "Siori Tanabe" - the certificate generator simply copies that field,
which is why every PDF shows the same spelling.

Name corrections on a certification record are done by hand. Because the name
has to match the ID you present at the test center, we only change it to the
exact form printed on a government-issued identity document, and we keep a
note of what the candidate told us.

So before I can send the correction through, we need you to reply with your
full legal name exactly as it appears on that document (given name and family
name, in Latin letters), and to tell me whether the change should apply to all
of your existing certificates or only to the newest one.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
h = p2html(t_c1req)
add(mk(aws_trace(ME_C, d, 'c1req') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (C1, SUBJ_C1)),
        ('Date', d), ('Message-ID', M_C1_REQ),
        ('In-Reply-To', M_C1_ACK), ('References', M_C1_ACK)],
       alt(t_c1req, html_wrap(h), 'c1req')),
    'info_request', True, C1, [],
    'The ask ("we need you to reply with...") comes after two paragraphs of explanation.')

# --- colleague, ISO-2022-JP, asks the owner something (not support)
d = date('2023-10-13 09:21:47', '+0900')
t = """田辺さん

お疲れさまです。森住です。

来週木曜の社内勉強会ですが、SAA 合格の体験談を 15 分ほど
お話しいただけないでしょうか。
スライドは数枚の簡単なもので大丈夫です。

難しければ遠慮なく言ってください。
よろしくお願いします。

--
森住 大地 / Daichi Morozumi
株式会社雲橋システムズ クラウド推進部
"""
add(mk([recv_ms('TYWPR01MB8839.jpnprd01.prod.outlook.com', '2603:1096:400:1a3::9', d),
        auth_ms('kumohashi-sys.co.jp', 'kumohashi-sys.co.jp', '2603:1096:400:1a3::9', comp='pass reason=105'),
        ('From', ad('森住 大地', 'd-morozumi@kumohashi-sys.co.jp', 'iso-2022-jp')),
        ('To', ad(ME_JA, ME_C, 'iso-2022-jp')),
        ('Subject', enc('来週の社内勉強会について', 'iso-2022-jp')),
        ('Date', d), ('Message-ID', outlook_id('m7')),
        ('Content-Language', 'ja-JP')],
       leaf(t, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP')),
    'unrelated', False, None, [], 'A colleague asks a favour in keigo (ISO-2022-JP) - a request, but not from support.')

# --- C1 closing notice
d = date('2023-10-16 02:02:19')
M_C1_CLOSE = ses_id('c1close')
t_c1close = """Hello,

We have not received a reply to our last message about case %s.

If we don't hear from you within the next three business days, this case
will be closed. Simply answering this e-mail will keep it open.

Best regards,
AWS Training and Certification

---------- Previous correspondence ----------
%s""" % (C1, quote(t_c1req))
add(mk(aws_trace(ME_C, d, 'c1close') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (C1, SUBJ_C1)),
        ('Date', d), ('Message-ID', M_C1_CLOSE),
        ('In-Reply-To', M_C1_REQ), ('References', '%s\n %s' % (M_C1_ACK, M_C1_REQ))],
       leaf(t_c1close, cte='quoted-printable')),
    'closing_notice', True, C1, [], 'Closing warning; the original request sits quoted below it.')

# --- C1 user reply from Outlook (company)
d = date('2023-10-16 13:48:10', '+0900')
M_C1_USER = outlook_id('c1user')
t_c1user = """Hello Tomasz,

Sorry for the slow reply - I was travelling last week.

My legal name, as printed on my passport, is: Shiori Tanabe
(given name: Shiori / family name: Tanabe)
Candidate ID: AWS03917284

Please apply the correction to all of my certificates.

Best regards,
Shiori Tanabe
Kumohashi Systems Co., Ltd.

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, October 16, 2023 11:02
To: %s <%s>
Subject: RE:[CASE %s] %s

%s""" % (FORM, ME_JA, ME_C, C1, SUBJ_C1, t_c1close)
h = p2html(t_c1user)
add(mk([('From', ad(ME_JA, ME_C)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'RE: RE:[CASE %s] %s' % (C1, SUBJ_C1)),
        ('Thread-Topic', 'RE:[CASE %s] %s' % (C1, SUBJ_C1)),
        ('Date', d), ('Message-ID', M_C1_USER),
        ('In-Reply-To', M_C1_CLOSE), ('References', '%s\n %s\n %s' % (M_C1_ACK, M_C1_REQ, M_C1_CLOSE)),
        ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('Accept-Language', 'ja-JP, en-US')],
       alt(t_c1user, html_wrap(h), 'c1user', style='ms')),
    'user_reply', False, C1, ['AWS03917284'], 'Owner answers from Outlook, full history below an underscore rule.')

# --- C1 resolved, quoting the owner's reply (candidate ID only in the quote)
d = date('2023-10-18 21:15:37')
M_C1_DONE = ses_id('c1done')
t = """Hi Shiori,

All set. I've changed the name on your AWS Certification profile to
"Shiori Tanabe" and regenerated the certificates for each of your active
certifications. The new PDFs are already under Certifications >
Certification status; your Credly badges can take up to a day to pick up the
new spelling.

Nothing more is needed from you. Should anything still look off, feel free to
reply here and I'll take another look.

Regards,
Marisol G.
AWS Training and Certification Customer Service

On Mon, Oct 16, 2023 at 04:48 AM, Shiori Tanabe <%s> wrote:
%s""" % (ME_C, quote(t_c1user.split('________________________________')[0]))
add(mk(aws_trace(ME_C, d, 'c1done') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (C1, SUBJ_C1)),
        ('Date', d), ('Message-ID', M_C1_DONE),
        ('In-Reply-To', M_C1_USER), ('References', '%s\n %s\n %s' % (M_C1_REQ, M_C1_CLOSE, M_C1_USER))],
       leaf(t, cte='base64')),
    'resolved', False, C1, [], 'Fix done; conditional "feel free to reply"; candidate ID only in quoted reply; base64.')

# --- C1 survey, HTML only
d = date('2023-10-19 20:03:11')
h = """<table width="600" style="border:1px solid #d5dbdb"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Training and Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Hello,</p>
<p>We recently worked with you on case <b>%s</b>. Would you take two minutes to tell us how it went?
Your answers go straight to the team that handled your request.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://feedback.support.amazon.com/r?c=%s&amp;s=5">Very satisfied</a> |
<a href="https://feedback.support.amazon.com/r?c=%s&amp;s=4">Satisfied</a> |
<a href="https://feedback.support.amazon.com/r?c=%s&amp;s=3">Neutral</a> |
<a href="https://feedback.support.amazon.com/r?c=%s&amp;s=2">Dissatisfied</a> |
<a href="https://feedback.support.amazon.com/r?c=%s&amp;s=1">Very dissatisfied</a></p>
<p style="font-size:11px;color:#687078">This survey is optional. Replies to this e-mail are not monitored.</p>
</td></tr></table>""" % ((C1,) * 6)
add(mk(aws_trace(ME_C, d, 'c1survey', ip='54.240.8.55') + [
        ('From', ad('AWS Customer Experience', 'cs-feedback@amazon.com')),
        ('To', ME_C),
        ('Subject', 'How did we do? Your feedback on case %s' % C1),
        ('Date', d), ('Message-ID', ses_id('c1survey'))],
       leaf(html_wrap(h), 'html', cte='quoted-printable')),
    'survey', False, C1, [], 'HTML-only survey naming the case.')

# --- phishing, lookalike domain
d = date('2023-11-07 08:44:20')
h = """<div style="max-width:560px;margin:auto;font-family:Arial">
<img src="http://aws-certmetrics-verify.com/static/aws-logo.png" alt="aws">
<h3>Action Required: Certification status under review</h3>
<p>Dear Certified Professional,</p>
<p>Our automated integrity checks detected irregular activity on your AWS Certification profile.
To prevent suspension or revocation of your credentials, please verify your identity within <b>48 hours</b>.</p>
<p style="text-align:center"><a href="http://aws-certmetrics-verify.com/login?ref=cm" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my certification</a></p>
<p>If you cannot access the link, reply to this message with your candidate ID, date of birth and the password of your certification account so that our team can verify you manually.</p>
<p>AWS Certification Integrity Team</p>
</div>"""
add(mk([('Return-Path', '<bounce@aws-certmetrics-verify.com>'),
        recv_ms('vps-2291.hostkey-nl.net', '185.244.27.61', d),
        auth_ms('aws-certmetrics-verify.com', 'aws-certmetrics-verify.com', '185.244.27.61',
                dkim='none', dmarc='none', comp='softpass reason=201'),
        ('From', ad('AWS Certification', 'integrity@aws-certmetrics-verify.com')),
        ('To', ME_C),
        ('Subject', 'Action Required: Your AWS Certification status is under review'),
        ('Date', d), ('Message-ID', plain_id('phish1', 'aws-certmetrics-verify.com')),
        ('X-Mailer', 'PHPMailer 6.1.4')],
       leaf(html_wrap(h), 'html', cte='7bit', cs='us-ascii')),
    'suspicious', False, None, [], 'Lookalike domain, urgency, asks for password by reply.')

# --- Pearson VUE appointment (exam vendor)
d = date('2023-12-01 15:27:03', '-0600')
t = """Dear Shiori Tanabe,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail
for your records.

Exam:                 SCS-C02: AWS Certified Security - Specialty
Registration ID:      472918305
Date and time:        Wednesday, December 20, 2023 at 1:30 PM JST
Test center:          Pearson VUE Testing Center Tokyo Hamamatsucho
Candidate name:       Shiori Tanabe

Please arrive 30 minutes early and bring two valid forms of identification.
To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
This mailbox is not monitored.
"""
add(mk([('Return-Path', '<bounce@pearsonvue.com>'),
        recv_ms('mail-em.pearsonvue.com', '159.182.10.41', d),
        auth_ms('pearsonvue.com', 'pearsonvue.com', '159.182.10.41'),
        ('From', ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com')),
        ('To', ad(ME_EN, ME_C)),
        ('Subject', 'Confirmation of your AWS Certification exam appointment'),
        ('Date', d), ('Message-ID', plain_id('pvue1', 'pearsonvue.com'))],
       leaf(t, cs='utf-8', cte='quoted-printable')),
    'unrelated', False, None, [], 'Exam vendor; 9-digit registration ID is not a case ID.')

# ======================================================================= 2024
# --- other vendor's "case closed"
d = date('2024-01-22 03:10:45')
t = """Hello Shiori,

Your support case 49201837 ("Cloud SQL instance stuck in maintenance") has
been closed, as the issue was confirmed resolved.

If the problem comes back, reply to this email within 7 days and the case will
reopen automatically. After that, please open a new case from the Google Cloud
console.

Thanks,
Google Cloud Customer Care
"""
add(mk([('Return-Path', '<3Ab_cloudsupport@google.com>'),
        recv_ms('mail-sor-f69.google.com', '209.85.220.69', d),
        auth_ms('google.com', 'google.com', '209.85.220.69'),
        ('From', ad('Google Cloud Support', 'cloud-support-noreply@google.com')),
        ('To', ME_C),
        ('Subject', 'Case 49201837: Your case has been closed'),
        ('Date', d), ('Message-ID', plain_id('gcp', 'google.com'))],
       leaf(t, cs='UTF-8', cte='7bit')),
    'unrelated', False, None, [], 'Another vendor\'s case-closed mail with a reopen-by-reply offer.')

# --- CertMetrics "wants to hear from you" (program survey, not a case)
d = date('2024-03-11 16:00:09')
t = """Hello Shiori,

AWS Certification is reviewing how candidates prepare for and experience our
exams, and your perspective as an AWS Certified individual matters to us.

The questionnaire takes about 10 minutes. Participation is voluntary and your
answers will not affect your certification status.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/2024-q1

Thank you,
AWS Certification
"""
h = '<h2>AWS Certification wants your input</h2>' + p2html(t)
add(mk([('Return-Path', '<bounce-7730-2288@bounce.certmetrics.com>'),
        recv_ms('mta-82.certmetrics.com', '198.51.100.24', d),
        auth_ms('certmetrics.com', 'certmetrics.com', '198.51.100.24'),
        ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ad(ME_EN, ME_C)),
        ('Subject', 'AWS Certification would like your feedback'),
        ('Date', d), ('Message-ID', plain_id('cm-survey', 'certmetrics.com'))],
       alt(t, html_wrap(h), 'cmsurv')),
    'certification', False, None, [], 'Program questionnaire from CertMetrics - feedback request, but not about a support case.')

# --- C2 console case opened
d = date('2024-04-02 05:33:50')
M_C2_ACK = ses_id('c2ack')
SUBJ_C2 = '50% exam discount voucher not shown under Benefits'
t = """Hello,

A support case has been opened for you. Case details:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I passed the Solutions Architect - Associate exam on
October 1, 2023. The 50%% discount voucher for my next exam does not appear on
the Benefits page of my certification account (candidate ID AWS03917284).
Could you check?

%s""" % (C2, SUBJ_C2, CONSOLE_FOOT.format(cid=C2))
add(mk(aws_trace(ME_P, d, 'c2ack', ip='54.240.8.31') + [
        ('From', ad('Amazon Web Services', NOREPLY)),
        ('To', ME_P),
        ('Subject', 'Amazon Web Services: New Support case: %s' % C2),
        ('Date', d), ('Message-ID', M_C2_ACK)],
       leaf(t, cte='quoted-printable')),
    'acknowledgement', False, C2, ['AWS03917284'], 'Console case opened; 10-digit ID; footer says replies by mail are not read.')

# --- C2 info request (console: must answer in Support Center)
d = date('2024-04-03 09:18:26')
M_C2_REQ = ses_id('c2req')
t_c2req = """Hello,

Thanks for reaching out about the missing voucher.

Benefits are attached to the certification account that holds the exam
result, so first I want to be certain we're looking at the right profile. The
candidate ID you gave belongs to a profile whose sign-in address is not the
e-mail on this AWS account, and for privacy reasons I can't act on it without
verifying ownership.

Could you add to this case the e-mail address you sign in to AWS Certification
with, together with the date and location of the exam? Please do this in the
Support Center using the link below - e-mail replies to this message don't
reach us.

%s
Best regards,
Priya R.
Amazon Web Services

%s""" % (RATE_FOOT, CONSOLE_FOOT.format(cid=C2))
add(mk(aws_trace(ME_P, d, 'c2req', ip='54.240.8.31') + [
        ('From', ad('Amazon Web Services', NOREPLY)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C2, SUBJ_C2)),
        ('Date', d), ('Message-ID', M_C2_REQ)],
       leaf(t_c2req, cte='quoted-printable')),
    'info_request', True, C2, [],
    'Console case: the answer must go through the Support Center; rating footer is noise.')

# --- AWS marketing (HTML only, Japanese, base64)
d = date('2024-04-05 01:00:00')
h = """<table width="640" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#0f1b2a;color:#fff;padding:24px"><h1>AWS Summit Japan 2024</h1>
<p>6月20日(木)・21日(金) 幕張メッセ</p></td></tr>
<tr><td style="padding:20px">
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>今年も AWS Summit Japan の開催が決定しました。150 以上のセッション、認定者ラウンジ、ハンズオンなど、
盛りだくさんの 2 日間です。参加は無料、事前登録制です。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em" style="background:#ff9900;padding:12px 30px;color:#000">今すぐ登録</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。配信停止は
<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
Amazon Web Services Japan G.K. 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>"""
add(mk(aws_trace(ME_P, d, 'mkt24', ip='54.240.8.201') + [
        ('From', ad('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com')),
        ('To', ME_P),
        ('Subject', enc('【AWS Summit Japan 2024】事前登録の受付を開始しました')),
        ('Date', d), ('Message-ID', ses_id('mkt24')),
        ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?u=8821>')],
       leaf(html_wrap(h, 'ja'), 'html', cte='base64')),
    'unrelated', False, None, [], 'AWS marketing, HTML-only Japanese, base64.')

# --- C2 closing notice (console, auto-resolve)
d = date('2024-04-07 23:41:05')
M_C2_CLOSE = ses_id('c2close')
t = """Hello,

It has been a few days since we asked for more details on this case and we
haven't seen an update yet.

We'd still like to help. When you have a moment, add the requested
information to the case in the Support Center. If there is no update within
the next 3 days, the case will be resolved automatically.

Best regards,
Amazon Web Services

%s""" % CONSOLE_FOOT.format(cid=C2)
add(mk(aws_trace(ME_P, d, 'c2close', ip='54.240.8.31') + [
        ('From', ad('Amazon Web Services', NOREPLY)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C2, SUBJ_C2)),
        ('Date', d), ('Message-ID', M_C2_CLOSE)],
       leaf(t, cte='7bit')),
    'closing_notice', True, C2, [], 'Console auto-resolve warning; answer goes through the console.')

# --- C2 owner answers by e-mail to the no-reply address (Gmail)
d = date('2024-04-08 09:05:44', '+0900')
M_C2_USER = gmail_id('c2user')
t = """Hi Priya,

Sorry for the delay. My certification account signs in with my work address,
s-tanabe@kumohashi-sys.co.jp (candidate ID AWS03917284). I took the exam on
October 1, 2023 at the Pearson VUE center in Hamamatsucho, Tokyo.

I'll add the same details in the Support Center as well.

Thanks,
Shiori

On Mon, Apr 8, 2024 at 8:41 AM Amazon Web Services <%s> wrote:
%s""" % (NOREPLY, quote(t_c2req))
h = ('<div dir="ltr">' + p2html(t.split('\nOn Mon, Apr 8')[0]) +
     '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Apr 8, 2024 at 8:41 AM '
     'Amazon Web Services &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
     % (NOREPLY, NOREPLY) + p2html(t_c2req) + '</blockquote></div>')
add(mk([('From', ad(ME_EN, ME_P)),
        ('To', ad('Amazon Web Services', NOREPLY)),
        ('Subject', 'Re: RE:[CASE %s] %s' % (C2, SUBJ_C2)),
        ('Date', d), ('Message-ID', M_C2_USER),
        ('In-Reply-To', M_C2_CLOSE), ('References', '%s %s' % (M_C2_REQ, M_C2_CLOSE))],
       alt(t, h, 'c2user', style='gmail')),
    'user_reply', False, C2, ['AWS03917284'], 'Owner replies by mail to the no-reply console address (wrong channel).')

# --- C2 resolved (console), with rating footer and reopen window
d = date('2024-04-10 02:26:39')
t = """Hello,

Thank you for adding the account details in the Support Center.

I found your certification profile and the record of your October exam. The
discount benefit had not been generated because of a sync error on our side;
it has now been issued and is listed on the Benefits page of your
certification account, valid until October 1, 2024.

I'm marking this case as resolved. If the voucher doesn't work when you book
your next exam, you can reopen this case from the Support Center within the
next 14 days.

%s
Best regards,
Priya R.
Amazon Web Services

%s""" % (RATE_FOOT, CONSOLE_FOOT.format(cid=C2))
add(mk(aws_trace(ME_P, d, 'c2done', ip='54.240.8.31') + [
        ('From', ad('Amazon Web Services', NOREPLY)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C2, SUBJ_C2)),
        ('Date', d), ('Message-ID', ses_id('c2done'))],
       leaf(t, cte='quoted-printable')),
    'resolved', False, C2, [], 'Console resolution; rating footer and reopen offer are not requests.')

# --- out-of-office from a colleague
d = date('2024-06-14 10:02:31', '+0900')
t = """お疲れさまです。石塚です。

6月14日(金)から6月21日(金)まで休暇のため不在にしております。
期間中はメールを確認できませんので、急ぎのご用件は
クラウド推進部 森住(d-morozumi@kumohashi-sys.co.jp)までご連絡ください。

I am out of the office until June 21 with no access to e-mail.
For urgent matters please contact Daichi Morozumi.
"""
add(mk([recv_ms('TYWPR01MB7710.jpnprd01.prod.outlook.com', '2603:1096:400:2b1::5', d),
        auth_ms('kumohashi-sys.co.jp', 'kumohashi-sys.co.jp', '2603:1096:400:2b1::5', comp='pass reason=105'),
        ('From', ad('石塚 香織', 'k-ishizuka@kumohashi-sys.co.jp')),
        ('To', ad(ME_JA, ME_C)),
        ('Subject', enc('自動応答: 6月のAWS勉強会の日程について')),
        ('Date', d), ('Message-ID', outlook_id('ooo')),
        ('In-Reply-To', outlook_id('ooo-orig')),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
       leaf(t, cte='base64')),
    'unrelated', False, None, [], 'Out-of-office auto-reply, bilingual, base64.')

# --- certification expiry reminder
d = date('2024-09-02 14:30:00')
t = """Hello Shiori,

Your AWS Certified Developer - Associate certification (earned March 10, 2022)
will expire on March 10, 2025.

To keep your certification active, pass the current version of the exam - or
a higher-level exam that covers it - before the expiration date. Your benefits,
including your digital badge, remain available only while the certification is
active.

Candidate ID: AWS03917284
Recertification options: https://aws.amazon.com/certification/recertification/

AWS Certification
"""
h = p2html(t)
add(mk([('Return-Path', '<bounce-7730-3102@bounce.certmetrics.com>'),
        recv_ms('mta-81.certmetrics.com', '198.51.100.23', d),
        auth_ms('certmetrics.com', 'certmetrics.com', '198.51.100.23'),
        ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ad(ME_EN, ME_C)),
        ('Subject', 'Your AWS Certification expires in 6 months'),
        ('Date', d), ('Message-ID', plain_id('expiry', 'certmetrics.com'))],
       alt(t, html_wrap(h), 'expiry', cte='7bit')),
    'certification', False, None, ['AWS03917284'], 'Expiry reminder with a to-do, but program mail, not a case.')

# --- C6 acknowledgement, Japanese, ISO-2022-JP text + UTF-8 html
d = date('2024-09-17 06:12:08')
M_C6_ACK = ses_id('c6ack')
SUBJ_C6 = '[AWS Training and Certification Form Submission] - account-assistance'
t = """AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

ご依頼を受け付け、ケース %s を作成いたしました。
担当者より 24 時間以内を目安にご連絡いたしますが、内容によっては
さらにお時間をいただく場合がございます。

同じご用件で新しくお問い合わせを送信されますと、ケースが重複し
ご回答が遅れる原因となります。追加の情報がございましたら、件名の
ケース番号を残したまま本メールにご返信ください。

■ ケースの内容
ケース ID: %s
件名: %s
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容:
同じメールアドレス(s-tanabe@kumohashi-sys.co.jp)で認定アカウントが
2 つあるようです(AWS07365519 と AWS03917284)。Credly にバッジが
表示されなくなったため、1 つに統合をお願いします。

AWS トレーニングと認定 カスタマーサービス
""" % (C6, C6, SUBJ_C6)
h = html_wrap(p2html(t), 'ja')
add(mk(aws_trace(ME_C, d, 'c6ack') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', '[CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', M_C6_ACK)],
       multi('alternative', [leaf(t, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'),
                             leaf(h, 'html', cte='quoted-printable')], '----=_Part_88123_2001.1726553528')),
    'acknowledgement', False, C6, ['AWS07365519', 'AWS03917284'],
    'Japanese ack (ISO-2022-JP plain + UTF-8 HTML); "追加の情報がございましたら" is conditional.')

# --- Skill Builder receipt
d = date('2024-09-18 12:44:19')
t = """Thank you for your purchase!

Order number:      SB-20240918-77104
Plan:              AWS Skill Builder Individual subscription (monthly)
Amount charged:    USD 29.00
Billing period:    September 18, 2024 - October 17, 2024
Payment method:    Visa ending in 4410

Your subscription renews automatically. You can manage or cancel it at any
time from your AWS Skill Builder account settings.

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
"""
add(mk(aws_trace(ME_P, d, 'sbrcpt', ip='54.240.8.77', from_d='aws.training') + [
        ('From', ad('AWS Skill Builder', 'no-reply@aws.training')),
        ('To', ME_P),
        ('Subject', 'Your AWS Skill Builder receipt'),
        ('Date', d), ('Message-ID', ses_id('sbrcpt'))],
       leaf(t, cs='us-ascii', cte='7bit')),
    'unrelated', False, None, [], 'Training-platform receipt.')

# --- C6 confirmation request: terse question, no "please"
d = date('2024-09-19 01:37:52')
M_C6_CONF = ses_id('c6conf')
t_c6conf = """Hi Shiori,

I see two certification profiles registered to s-tanabe@kumohashi-sys.co.jp:

  AWS07365519 - created 2022-11-04, no exam history, not linked to Credly
  AWS03917284 - created 2021-06-22, 3 active certifications, linked to Credly

Which one should stay as your primary profile? The other one gets folded into
it and closed.

Jonah
AWS T&C Customer Service
"""
add(mk(aws_trace(ME_C, d, 'c6conf') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE: [CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', M_C6_CONF),
        ('In-Reply-To', M_C6_ACK), ('References', M_C6_ACK)],
       leaf(t_c6conf, cs='us-ascii', cte='7bit'), crlf=True),
    'confirmation_request', True, C6, ['AWS07365519', 'AWS03917284'],
    'Asks which account to keep with a bare question; no please, no Account #1/#2 wording.')

# --- C6 owner reply (Outlook)
d = date('2024-09-19 11:02:17', '+0900')
M_C6_USER1 = outlook_id('c6user1')
t_c6user1 = """Hi Jonah,

Please keep AWS03917284 (the one with my certifications) and merge
AWS07365519 into it.

Thank you,
Shiori Tanabe

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, September 19, 2024 10:38 AM
To: %s
Subject: RE: [CASE %s] %s

%s""" % (FORM, ME_C, C6, SUBJ_C6, t_c6conf)
add(mk([('From', ad(ME_JA, ME_C)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'RE: RE: [CASE %s] %s' % (C6, SUBJ_C6)),
        ('Thread-Topic', '[CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', M_C6_USER1),
        ('In-Reply-To', M_C6_CONF), ('References', '%s\n %s' % (M_C6_ACK, M_C6_CONF)),
        ('Content-Language', 'en-US')],
       leaf(t_c6user1, cte='quoted-printable')),
    'user_reply', False, C6, ['AWS03917284', 'AWS07365519'], 'Owner says which account to keep; "-----Original Message-----" quote.')

# --- C6 second confirmation: are both profiles yours?
d = date('2024-09-20 00:55:13')
M_C6_CONF2 = ses_id('c6conf2')
t_c6conf2 = """Thanks, Shiori - that's clear.

One thing before I send this to the merge queue. Profile AWS07365519 carries
a mailing address in Osaka and a phone number ending in 4471, neither of which
matches your main profile. Since the merge discards those details, I'd like
you to confirm that both profiles were created by you and that it's fine for
that contact information to go. A short "yes" is enough.

Jonah
AWS T&C Customer Service

> Please keep AWS03917284 (the one with my certifications) and merge
> AWS07365519 into it.
"""
add(mk(aws_trace(ME_C, d, 'c6conf2') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE: [CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', M_C6_CONF2),
        ('In-Reply-To', M_C6_USER1), ('References', '%s\n %s\n %s' % (M_C6_ACK, M_C6_CONF, M_C6_USER1))],
       leaf(t_c6conf2, cs='us-ascii', cte='7bit')),
    'confirmation_request', True, C6, ['AWS07365519'],
    'Second confirmation (that both accounts are hers), after a thank-you opener; "I\'d like you to confirm".')

# --- C6 owner reply, Outlook with Japanese header block
d = date('2024-09-20 10:14:40', '+0900')
M_C6_USER2 = outlook_id('c6user2')
t = """Hi Jonah,

Yes - both profiles are mine. I created the second one by mistake when the
sign-in method changed. It's fine to discard its contact details.

Shiori

差出人: AWS Training and Certification <%s>
送信日時: 2024年9月20日 9:55
宛先: %s
件名: RE: [CASE %s] %s

%s""" % (FORM, ME_C, C6, SUBJ_C6, t_c6conf2)
h = html_wrap(p2html(t))
add(mk([('From', ad(ME_JA, ME_C)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'RE: RE: [CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', M_C6_USER2),
        ('In-Reply-To', M_C6_CONF2), ('References', '%s\n %s\n %s\n %s' % (M_C6_ACK, M_C6_CONF, M_C6_USER1, M_C6_CONF2)),
        ('Content-Language', 'ja-JP')],
       alt(t, h, 'c6user2', style='ms', cte='base64')),
    'user_reply', False, C6, [], 'Owner says yes; Japanese Outlook header block (差出人/送信日時) over the quote; base64.')

# --- C6 progress update, no ask
d = date('2024-09-23 18:20:04')
M_C6_UPD = ses_id('c6upd')
t = """Hello Shiori,

A quick note so you're not left wondering: your merge request is with our
back-end team now. They're handling more requests than usual this month, so it
may take several business days to complete.

There's nothing else you need to send us - I'll write again as soon as the
profiles have been combined.

Jonah
AWS T&C Customer Service
"""
add(mk(aws_trace(ME_C, d, 'c6upd') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE: [CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', M_C6_UPD),
        ('In-Reply-To', M_C6_USER2), ('References', '%s\n %s' % (M_C6_ACK, M_C6_USER2))],
       leaf(t, cte='quoted-printable')),
    'case_update', False, C6, [], 'Still working, queue is busy, explicitly nothing needed.')

# --- C6 resolved, Outlook-style history below with the old question
d = date('2024-09-27 22:48:31')
t = """Hello Shiori,

Good news - your two certification profiles have been consolidated.
AWS03917284 is now your only certification account, and AWS07365519 has been
deactivated. Your exam history and all three certifications are unchanged.

Credly usually syncs within 24-48 hours. If your badges still haven't shown up
after that, open Digital Badges in your certification account and claim them
again from there.

Warm regards,
Lindiwe M.
AWS Training and Certification Customer Service

-----Original Message-----
From: Jonah
Sent: 2024-09-19 01:37 UTC
Subject: RE: [CASE %s] %s

%s""" % (C6, SUBJ_C6, t_c6conf)
add(mk(aws_trace(ME_C, d, 'c6done') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE: [CASE %s] %s' % (C6, SUBJ_C6)),
        ('Date', d), ('Message-ID', ses_id('c6done')),
        ('In-Reply-To', M_C6_UPD), ('References', '%s\n %s' % (M_C6_ACK, M_C6_UPD))],
       alt(t, html_wrap(p2html(t)), 'c6done')),
    'resolved', False, C6, ['AWS03917284', 'AWS07365519'],
    'Consolidated; old "Which one should stay...?" question quoted under the resolution; conditional instruction.')

# --- Credly after the consolidation
d = date('2024-09-28 07:12:56')
t = """Hello Shiori,

Your badges from Amazon Web Services Training and Certification are waiting
for you:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate
  - AWS Certified Cloud Practitioner

Accept them to make them visible on your Credly profile:
https://www.credly.com/earner/earned?pending=1

Credly
"""
add(mk([('Return-Path', '<bounces+2231990-9f02@em.credly.com>'),
        recv_ms('o2.em.credly.com', '167.89.41.13', d),
        auth_ms('em.credly.com', 'credly.com', '167.89.41.13'),
        ('From', ad('Credly', 'admin@credly.com')),
        ('To', ME_C),
        ('Subject', 'You have 3 badges waiting to be accepted'),
        ('Date', d), ('Message-ID', plain_id('credly2', 'credly.com'))],
       alt(t, html_wrap(p2html(t)), 'credly2')),
    'badge', False, None, [], 'Credly pending badges after the merge ("accept" is a badge call to action).')

# --- spoofed amazon.com sender, DMARC fails
d = date('2024-10-15 04:09:27')
h = """<p>Hello,</p>
<p>We were unable to complete the account merge associated with your recent request. To avoid losing
your certification history, the merge must be re-confirmed within <b>24 hours</b>.</p>
<p>Please sign in through our secure case portal and re-enter your candidate ID and account password:</p>
<p><a href="https://aws-training-casecenter.top/verify?case=17311208845">https://support.aws.amazon.com/case/17311208845</a></p>
<p>Kind regards,<br>AWS Training and Certification Customer Service</p>"""
add(mk([('Return-Path', '<mailer@tc-casecenter.top>'),
        recv_ms('mail.tc-casecenter.top', '45.83.122.19', d),
        auth_ms('tc-casecenter.top', 'amazon.com', '45.83.122.19', spf='fail', dkim='none',
                dmarc='fail', action='quarantine', comp='fail reason=000'),
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE:[CASE 17311208845] Action needed: re-confirm your account merge'),
        ('Date', d), ('Message-ID', '<%s@tc-casecenter.top>' % hx('spoof', 20)),
        ('X-MS-Exchange-Organization-SCL', '5')],
       leaf(html_wrap(h), 'html', cte='quoted-printable')),
    'suspicious', False, None, [],
    'Right From address and case-style subject, but SPF/DMARC fail and the link text hides another host.')

# --- community newsletter
d = date('2024-11-05 03:00:12')
t = """JAWS-UG 東京 メンバーの皆さま

12月の勉強会のお知らせです。

日時: 2024年12月12日(木) 19:00-21:00
会場: 目黒セントラルスクエア / オンライン配信あり
テーマ: 「認定資格、取ったあとどうする?」
  - LT: 資格の更新とアカウント管理のコツ
  - LT: 転職時に困ったこと

参加登録は connpass のイベントページからお願いします。
https://jawsug.connpass.com/event/338812/

--
このメールは connpass から JAWS-UG 東京 のメンバーに送信されています。
配信停止: https://connpass.com/settings/
"""
add(mk([('Return-Path', '<bounce@connpass.com>'),
        ('Delivered-To', ME_P),
        recv_g('mail.connpass.com', '52.69.88.140', ME_P, d),
        auth_g('connpass.com', 'connpass.com', '52.69.88.140', pol='NONE'),
        ('From', ad('JAWS-UG 東京', 'no-reply@connpass.com')),
        ('To', ME_P),
        ('Subject', enc('【JAWS-UG 東京】12月勉強会のお知らせ')),
        ('Date', d), ('Message-ID', plain_id('connpass', 'connpass.com'))],
       leaf(t, cte='quoted-printable')),
    'unrelated', False, None, [], 'Community newsletter mentioning certification and account handling.')

# ======================================================================= 2025
# --- recertification congratulations
d = date('2025-01-14 05:15:40')
t = """Hello Shiori,

Congratulations on recertifying your AWS Certified Developer - Associate
certification! Your new expiration date is January 10, 2028.

  Candidate ID:        AWS03917284
  Validation number:   L2M9XQ4TRB7E1KCP

A refreshed digital badge will be issued through Credly shortly, and an
updated certificate is available in your AWS Certification Account.

AWS Certification
"""
add(mk([('Return-Path', '<bounce-7730-4410@bounce.certmetrics.com>'),
        recv_ms('mta-83.certmetrics.com', '198.51.100.25', d),
        auth_ms('certmetrics.com', 'certmetrics.com', '198.51.100.25'),
        ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ad(ME_EN, ME_C)),
        ('Subject', 'Your AWS Certification has been renewed'),
        ('Date', d), ('Message-ID', plain_id('recert', 'certmetrics.com'))],
       alt(t, html_wrap(p2html(t)), 'recert', cte='base64')),
    'certification', False, None, ['AWS03917284'], 'Recertification notice, base64 multipart.')

# --- Credly badge for the renewed cert
d = date('2025-01-14 09:47:02')
t = """Shiori, congratulations!

Amazon Web Services Training and Certification just issued you the
AWS Certified Developer - Associate badge.

Claim it here: https://www.credly.com/badges/b81e77d2-0c4f-4a3b-8e55-6f19a2d4c703/accept

The Credly Team
"""
add(mk([('Return-Path', '<bounces+2231990-aa17@em.credly.com>'),
        recv_ms('o3.em.credly.com', '167.89.41.14', d),
        auth_ms('em.credly.com', 'credly.com', '167.89.41.14'),
        ('From', ad('Credly', 'admin@credly.com')),
        ('To', ME_C),
        ('Subject', 'Claim your AWS Certified Developer - Associate badge'),
        ('Date', d), ('Message-ID', plain_id('credly3', 'credly.com'))],
       leaf(t, cte='7bit', cs='us-ascii')),
    'badge', False, None, [], 'Plain-text Credly badge.')

# --- Builder ID verification code
d = date('2025-02-20 12:31:09')
t = """Verify your AWS Builder ID

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 604217

The code expires in 30 minutes. If you didn't try to create an AWS Builder
ID, you can ignore this message.

Amazon Web Services
"""
add(mk(aws_trace(ME_P, d, 'builderid', ip='54.240.8.140', from_d='signin.aws') + [
        ('From', ad('AWS Builder ID', 'no-reply@signin.aws')),
        ('To', ME_P),
        ('Subject', 'Verify your AWS Builder ID email address'),
        ('Date', d), ('Message-ID', ses_id('builderid'))],
       alt(t, html_wrap(p2html(t)), 'builderid')),
    'unrelated', False, None, [], 'Builder ID one-time code (6 digits).')

# --- new personal certification account
d = date('2025-02-20 12:58:44')
t_cmwelcome = """Welcome to AWS Certification, Shiori!

Your AWS Certification Account has been created.

  Name:          Shiori Tanabe
  Sign-in:       AWS Builder ID (shiori.tanabe.mail@gmail.com)
  Candidate ID:  AWS11820463

Keep your candidate ID handy: you'll need it when you contact us or schedule
an exam. From your account you can register for exams, view your results and
download certificates.

AWS Certification
"""
add(mk([('Return-Path', '<bounce-7730-5521@bounce.certmetrics.com>'),
        ('Delivered-To', ME_P),
        recv_g('mta-82.certmetrics.com', '198.51.100.24', ME_P, d),
        auth_g('bounce.certmetrics.com', 'certmetrics.com', '198.51.100.24', pol='REJECT'),
        ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ME_P),
        ('Subject', 'Welcome to your AWS Certification Account'),
        ('Date', d), ('Message-ID', plain_id('cmwelcome', 'certmetrics.com'))],
       alt(t_cmwelcome, html_wrap(p2html(t_cmwelcome)), 'cmwelcome')),
    'certification', False, None, ['AWS11820463'], 'New certification account with the new candidate ID.')

# --- owner forwards the 2023 result mail to herself with a note on top
d = date('2025-02-21 08:40:27', '+0900')
t = """自分用メモ(退職前に転記)

旧: s-tanabe@kumohashi-sys.co.jp / AWS03917284
新: shiori.tanabe.mail@gmail.com / AWS11820463

保有資格: SAA(2026/10/01まで), DVA(2028/01/10まで), CLF
特典: 50%割引バウチャー 1 件(2025/06/30まで)
最終出社 3/14 → それまでに統合を終わらせる。APN 紐付けあり、要注意。

________________________________
From: AWS Certification <do-not-reply@certmetrics.com>
Sent: Monday, October 2, 2023 13:31
To: Shiori Tanabe <s-tanabe@kumohashi-sys.co.jp>
Subject: Congratulations! You are now AWS Certified

Dear Shiori Tanabe,

Congratulations! You have met all requirements for the AWS Certified
Solutions Architect - Associate certification.

  Validation number:  7QKZ2P4LHNE41DWB
  Candidate ID:       AWS03917284
"""
add(mk([('From', ad(ME_JA, ME_C)),
        ('To', ad(ME_JA, ME_P)),
        ('Subject', enc('FW: Congratulations! You are now AWS Certified(移行メモ)')),
        ('Date', d), ('Message-ID', outlook_id('fwdnote')),
        ('Content-Language', 'ja-JP')],
       alt(t, html_wrap(p2html(t), 'ja'), 'fwdnote', style='ms')),
    'user_reply', False, None, ['AWS03917284', 'AWS11820463'],
    'Owner\'s forward-to-self with notes; the forwarded CertMetrics mail is quoted history.')

# --- C3 acknowledgement in Japanese, UTF-8 base64
d = date('2025-02-21 03:10:55')
M_C3_ACK = ses_id('c3ack')
SUBJ_C3 = '[AWS Training and Certification Form Submission] - account-assistance'
t = """お問い合わせいただき、誠にありがとうございます。

ケース番号 %s にてご依頼を承りました。
内容を確認のうえ、原則として 24 時間以内に担当者よりご連絡差し上げます。

なお、同一のご依頼で別のケースを作成されると、確認に時間がかかる
場合があります。既存のケースへの返信にてご連絡くださいますよう
お願いいたします。

-- ケースの詳細 --
ケース ID: %s
連絡先メールアドレス: shiori.tanabe.mail@gmail.com
お問い合わせタイプ: AWS トレーニングと認定
問題のタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS11820463
お問い合わせ内容:
Use case: I am leaving my employer (an AWS Partner) on March 14 and would
like to merge my certification accounts.
Email addresses I have used: s-tanabe@kumohashi-sys.co.jp (AWS03917284),
shiori.tanabe.mail@gmail.com (AWS11820463)
Email address to keep: shiori.tanabe.mail@gmail.com

AWS トレーニングと認定 カスタマーサービス
""" % (C3, C3)
add(mk(aws_trace(ME_P, d, 'c3ack', ip='54.240.8.97') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', '[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_ACK)],
       leaf(t, cte='base64')),
    'acknowledgement', False, C3, ['AWS11820463', 'AWS03917284'],
    '15-digit case; Japanese ack; "お願いいたします" is about not opening duplicates.')

# --- C4 duplicate acknowledgement (sent again from the company address)
d = date('2025-02-21 03:54:31')
M_C4_ACK = ses_id('c4ack')
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request
has been logged as case %s.

We aim to answer within 24 hours, though some requests need more time.
If a case is already open for this request, there's no need to submit
another one - just reply to the existing case.

Case details
------------
Case ID: %s
Contact e-mail: s-tanabe@kumohashi-sys.co.jp
Inquiry type: Certification
Additional details: Account Merge
AWS Candidate ID: AWS03917284
Description: Please merge this certification account into my personal one
(shiori.tanabe.mail@gmail.com). I am leaving the company on March 14.

AWS Training and Certification Customer Service
""" % (C4, C4)
add(mk(aws_trace(ME_C, d, 'c4ack') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', '[CASE %s] %s' % (C4, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C4_ACK)],
       leaf(t, cte='quoted-printable')),
    'acknowledgement', False, C4, ['AWS03917284'], 'Second ack 44 minutes later: a duplicate case for the same request.')

# --- C4 closed as duplicate, pointing at C3
d = date('2025-02-22 00:31:18')
t = """Hello Shiori,

This request is the same as case %s, which a colleague is already
handling. To keep everything in one thread I've closed this case (%s);
all further updates will come through %s.

You don't need to do anything about this message.

Rafael
AWS Training and Certification Customer Service
""" % (C3, C4, C3)
add(mk(aws_trace(ME_C, d, 'c4dup') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (C4, SUBJ_C3)),
        ('Date', d), ('Message-ID', ses_id('c4dup')),
        ('In-Reply-To', M_C4_ACK), ('References', M_C4_ACK)],
       leaf(t, cs='us-ascii', cte='7bit')),
    'case_update', False, C4, [], 'Duplicate closed; body names the other case number first.')

# --- C3 partner hold, nothing asked
d = date('2025-02-22 02:47:36')
M_C3_HOLD = ses_id('c3hold')
t = """Hello Shiori,

Thank you for your request. While reviewing it I found that the certification
account registered to s-tanabe@kumohashi-sys.co.jp is associated with an AWS
Partner Network organization (Kumohashi Systems Co., Ltd.).

Accounts tied to a partner organization can't be merged until the partner
releases that association, so I have contacted the partner's administrator
through Partner Central. Until they respond, your case is on hold.

Nothing is needed from you right now; I'll post an update here as soon as I
hear back.

Best regards,
Aiko
AWS Training and Certification Customer Service
"""
add(mk(aws_trace(ME_P, d, 'c3hold') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_HOLD),
        ('In-Reply-To', M_C3_ACK), ('References', M_C3_ACK)],
       alt(t, html_wrap(p2html(t)), 'c3hold')),
    'on_hold', False, C3, [], 'APN partner hold; the partner has to act; nothing asked.')

# --- AWS Educate form case asking for a document (other program)
d = date('2025-02-24 19:06:02')
t = """Hello,

Thank you for contacting AWS Educate. We are reviewing your educator
application for Kumohashi Cloud Academy.

To complete the verification, could you send us a document that shows your
affiliation with the institution (for example, a staff ID or a letter from the
organization)? You can reply to this e-mail with the document attached.

Regards,
AWS Educate Support
"""
add(mk(aws_trace(ME_P, d, 'educate') + [
        ('From', ad('AWS Educate', 'aws-cs-educate-form@amazon.com')),
        ('To', ME_P),
        ('Subject', 'RE:[CASE 174042390700612] [AWS Educate Form Submission] - educator-application'),
        ('Date', d), ('Message-ID', ses_id('educate'))],
       leaf(t, cte='quoted-printable')),
    'unrelated', False, None, [],
    'Same case machinery, other AWS program (Educate), asks for a document: not a T&C case.')

# --- C3 hold continues, with a question buried in it
d = date('2025-02-26 01:19:50')
M_C3_HOLD2 = ses_id('c3hold2')
t_c3hold2 = """Hello Shiori,

I'm following up on the partner association on your old account. The
partner's administrator hasn't released it yet, so the case is still on hold.

Our partner policy does let us go ahead without the partner's approval once
the person has actually left the organization. With that in mind, could you let
us know your last working day at Kumohashi Systems, and confirm that you won't
be using the company address for certification after that date?

Until then the case stays on hold on our side.

Best regards,
Aiko
AWS Training and Certification Customer Service
"""
add(mk(aws_trace(ME_P, d, 'c3hold2') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Cc', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_HOLD2),
        ('In-Reply-To', M_C3_HOLD), ('References', '%s\n %s' % (M_C3_ACK, M_C3_HOLD))],
       leaf(t_c3hold2, cte='quoted-printable')),
    'on_hold', True, C3, [], 'Still on hold, but a question about the leaving date sits in the middle.')

# --- owner answers from the company address (Outlook, top-posted)
d = date('2025-02-26 12:33:05', '+0900')
M_C3_USER1 = outlook_id('c3user1')
t_c3user1 = """Hi Aiko,

My last working day at Kumohashi Systems is March 14, 2025. I will not use
this address for certification after that. Please go ahead and merge the
account into my personal one.

Best regards,
Shiori Tanabe
"""
t = t_c3user1 + """
________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, February 26, 2025 10:19
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

%s""" % (FORM, ME_P, ME_C, C3, SUBJ_C3, t_c3hold2)
add(mk([('From', ad(ME_JA, ME_C)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'RE: RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Thread-Topic', 'RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_USER1),
        ('In-Reply-To', M_C3_HOLD2), ('References', '%s\n %s\n %s' % (M_C3_ACK, M_C3_HOLD, M_C3_HOLD2)),
        ('Content-Language', 'en-US')],
       alt(t, html_wrap(p2html(t)), 'c3user1', style='ms')),
    'user_reply', False, C3, [], 'Owner answers, but from the company address.')

# --- C3: write again from the address you keep
d = date('2025-02-27 00:05:41')
M_C3_WRONG = ses_id('c3wrong')
t = """Hi Shiori,

Thank you for the quick answer.

For your security, we can only act on instructions about this case that come
from its contact address, which is the personal address you want to keep.
Your message came from s-tanabe@kumohashi-sys.co.jp.

Would you mind sending the same confirmation from
shiori.tanabe.mail@gmail.com? Replying to any earlier message of this case in
that mailbox is fine.

Aiko
AWS Training and Certification Customer Service

________________________________
From: %s <%s>
Sent: Wednesday, February 26, 2025 3:33 AM
Subject: RE: RE:[CASE %s] %s

%s""" % (ME_JA, ME_C, C3, SUBJ_C3, t_c3user1)
add(mk(aws_trace(ME_C, d, 'c3wrong') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_C),
        ('Subject', 'RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_WRONG),
        ('In-Reply-To', M_C3_USER1), ('References', '%s\n %s' % (M_C3_HOLD2, M_C3_USER1))],
       alt(t, html_wrap(p2html(t)), 'c3wrong')),
    'info_request', True, C3, [], 'Asks her to resend from the other address ("Would you mind..."); sent to the company mailbox.')

# --- owner resends from Gmail
d = date('2025-02-27 11:12:19', '+0900')
M_C3_USER2 = gmail_id('c3user2')
t = """Hello Aiko,

Resending from my personal address as requested: my last working day at
Kumohashi Systems is March 14, 2025, and I won't use the company address for
certification after that. Please go ahead with merging the old account into
this one.

Thank you,
Shiori Tanabe

On Wed, Feb 26, 2025 at 10:19 AM AWS Training and Certification <
%s> wrote:

%s""" % (FORM, quote(t_c3hold2))
add(mk([('From', ad(ME_EN, ME_P)),
        ('To', FORM),
        ('Subject', 'Re: RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_USER2),
        ('In-Reply-To', M_C3_HOLD2), ('References', '%s %s' % (M_C3_HOLD, M_C3_HOLD2))],
       leaf(t, cte='7bit', cs='UTF-8', flowed=True)),
    'user_reply', False, C3, [], 'Same answer from the personal address; Gmail quote with the hold question.')

# --- C3 hold lifted
d = date('2025-03-03 06:40:12')
M_C3_LIFT = ses_id('c3lift')
t = """Hello Shiori,

Quick update on case %s: based on your confirmed departure date, the
partner association on your old certification account has been released, and
the hold on your case has been lifted.

I've passed the case to the team that carries out merges. They will contact
you to go over the accounts involved before anything is changed.

Best regards,
Aiko
""" % C3
add(mk(aws_trace(ME_P, d, 'c3lift') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_LIFT),
        ('In-Reply-To', M_C3_USER2), ('References', '%s\n %s' % (M_C3_HOLD2, M_C3_USER2))],
       leaf(t, cte='quoted-printable')),
    'case_update', False, C3, [], 'Hold lifted, handed to another team; says they will contact her (no ask yet).')

# --- C3 confirmation request: HTML only, table
d = date('2025-03-05 04:22:48')
M_C3_CONF = ses_id('c3conf')
C3_TABLE_TXT = """Account #1
  Sign-in e-mail:                shiori.tanabe.mail@gmail.com
  Training notifications to:     shiori.tanabe.mail@gmail.com
  Certification notifications to: shiori.tanabe.mail@gmail.com
  Candidate ID:                  AWS11820463

Account #2
  Sign-in e-mail:                s-tanabe@kumohashi-sys.co.jp
  Training notifications to:     s-tanabe@kumohashi-sys.co.jp
  Certification notifications to: s-tanabe@kumohashi-sys.co.jp
  Candidate ID:                  AWS03917284
"""
h = """<p>Hello Shiori,</p>
<p>My name is Devesh and I'll be completing the merge for you. Below are the two accounts I found for you.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Sign-in e-mail</td><td>shiori.tanabe.mail@gmail.com</td><td>s-tanabe@kumohashi-sys.co.jp</td></tr>
<tr><td>Training notifications to</td><td>shiori.tanabe.mail@gmail.com</td><td>s-tanabe@kumohashi-sys.co.jp</td></tr>
<tr><td>Certification notifications to</td><td>shiori.tanabe.mail@gmail.com</td><td>s-tanabe@kumohashi-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS11820463</td><td>AWS03917284</td></tr>
</table>
<p>Once merged, everything on Account #2 (exam history, certifications, benefits) moves to Account #1,
and Account #2 can no longer be signed in to.</p>
<p>If this all looks right, please reply to confirm that Account #2 should be merged into Account #1.
If anything is wrong, tell me what should change.</p>
<p>Thanks,<br>Devesh<br>AWS Training and Certification Customer Service</p>"""
add(mk(aws_trace(ME_P, d, 'c3conf') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_CONF),
        ('In-Reply-To', M_C3_LIFT), ('References', '%s\n %s' % (M_C3_ACK, M_C3_LIFT))],
       leaf(html_wrap(h), 'html', cte='quoted-printable')),
    'confirmation_request', True, C3, ['AWS11820463', 'AWS03917284'],
    'HTML-only table with Account #1/#2; the ask comes after the table and an explanation.')

# --- HR mail, Shift_JIS 8bit
d = date('2025-03-05 17:02:33', '+0900')
t = """田辺 栞 様

人事部の大橋です。退職に伴うお手続きについてご案内いたします。

最終出社日(3月14日)までに、以下をご対応いただけますでしょうか。

1. 貸与 PC・社員証の返却(総務部 受付まで)
2. 健康保険証の返却
3. 退職届の原本提出

なお、社内メールアカウントは 3月14日 18:00 に停止されます。
外部サービスに会社のメールアドレスを登録している場合は、
それまでに変更をお済ませください。

ご不明な点は人事部までお問い合わせください。

株式会社雲橋システムズ 人事部 大橋
"""
add(mk([recv_ms('TYWPR01MB5521.jpnprd01.prod.outlook.com', '2603:1096:400:3c2::7', d),
        auth_ms('kumohashi-sys.co.jp', 'kumohashi-sys.co.jp', '2603:1096:400:3c2::7', comp='pass reason=105'),
        ('From', ad('人事部', 'jinji@kumohashi-sys.co.jp', 'iso-2022-jp')),
        ('To', ad(ME_JA, ME_C, 'iso-2022-jp')),
        ('Subject', enc('【ご案内】退職に伴うお手続きについて', 'iso-2022-jp')),
        ('Date', d), ('Message-ID', outlook_id('hr')),
        ('Importance', 'high')],
       leaf(t, cs='shift_jis', cte='8bit', label='Shift_JIS')),
    'unrelated', False, None, [], 'HR asks for actions in keigo, Shift_JIS 8bit - not support.')

# --- C3 closing notice, quoting the table in text form
d = date('2025-03-08 03:58:20')
M_C3_CLOSE = ses_id('c3close')
t = """Hello Shiori,

I'm following up on my message of March 5 about merging your accounts. I
haven't seen a reply yet.

If we don't hear from you within 72 hours, we'll assume the merge is no longer
needed and close case %s. Answering this e-mail keeps the case open.

Thanks,
Devesh
AWS Training and Certification Customer Service

On Wed, Mar 5, 2025 at 04:22 UTC, AWS Training and Certification wrote:
> Hello Shiori,
>
> My name is Devesh and I'll be completing the merge for you. Below are the
> two accounts I found for you.
>
%s>
> If this all looks right, please reply to confirm that Account #2 should be
> merged into Account #1.
""" % (C3, quote(C3_TABLE_TXT))
add(mk(aws_trace(ME_P, d, 'c3close') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_CLOSE),
        ('In-Reply-To', M_C3_CONF), ('References', '%s\n %s\n %s' % (M_C3_ACK, M_C3_LIFT, M_C3_CONF))],
       alt(t, html_wrap(p2html(t)), 'c3close')),
    'closing_notice', True, C3, [], 'Closing warning; candidate IDs only in the quoted confirmation table.')

# --- owner confirms (Gmail, HTML + text)
d = date('2025-03-08 21:40:03', '+0900')
M_C3_USER3 = gmail_id('c3user3')
t_c3user3 = """Hi Devesh,

Sorry for the slow response. Yes, that's correct - please go ahead and merge
Account #2 into Account #1 (shiori.tanabe.mail@gmail.com).

Thank you,
Shiori
"""
t = t_c3user3 + """
On Sat, Mar 8, 2025 at 12:58 PM AWS Training and Certification <%s> wrote:

%s""" % (FORM, quote(t.split('\nOn Wed, Mar 5')[0]))
add(mk([('From', ad(ME_EN, ME_P)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'Re: RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_USER3),
        ('In-Reply-To', M_C3_CLOSE), ('References', '%s %s %s' % (M_C3_LIFT, M_C3_CONF, M_C3_CLOSE))],
       alt(t, '<div dir="ltr">' + p2html(t) + '</div>', 'c3user3', style='gmail')),
    'user_reply', False, C3, [], 'The confirmation itself.')

# --- C3 resolved, quoting the whole confirmation request
d = date('2025-03-09 01:11:45')
M_C3_DONE = ses_id('c3done')
h = """<p>Hi Shiori,</p>
<p>The merge is complete. Everything that was on Account #2 &mdash; exam history, certifications and
benefits &mdash; is now under Account #1 (shiori.tanabe.mail@gmail.com). Sign in with your AWS Builder ID to
see it; Credly may send you a notification about your badges in the next day or so.</p>
<p>I'm closing this case now. If something turns out to be missing, reply within the next 14 days and we
will pick it up again.</p>
<p>Best,<br>Devesh<br>AWS Training and Certification Customer Service</p>
<hr>
<div style="color:#555"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Wednesday, March 5, 2025 4:22 AM<br>
<b>To:</b> shiori.tanabe.mail@gmail.com<br><b>Subject:</b> RE: [CASE %s] %s</div>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p>Hello Shiori,</p><p>My name is Devesh and I'll be completing the merge for you. Below are the two accounts I found for you.</p>
<pre>%s</pre>
<p>If this all looks right, please reply to confirm that Account #2 should be merged into Account #1.
If anything is wrong, tell me what should change.</p>
</blockquote>""" % (C3, SUBJ_C3, C3_TABLE_TXT)
add(mk(aws_trace(ME_P, d, 'c3done') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_DONE),
        ('In-Reply-To', M_C3_USER3), ('References', '%s\n %s\n %s' % (M_C3_CONF, M_C3_CLOSE, M_C3_USER3))],
       leaf(html_wrap(h), 'html', cte='base64')),
    'resolved', False, C3, [],
    'HTML-only base64; the full confirmation request (with "please reply to confirm") is quoted under the resolution.')

# --- Credly after the merge
d = date('2025-03-09 02:03:30')
t = """Hi Shiori,

Good news! Your badges from Amazon Web Services Training and Certification
are now connected to shiori.tanabe.mail@gmail.com.

View your badges: https://www.credly.com/users/shiori-tanabe/badges

Credly
"""
add(mk([('Return-Path', '<bounces+2231990-bb44@em.credly.com>'),
        ('Delivered-To', ME_P),
        recv_g('o4.em.credly.com', '167.89.41.15', ME_P, d),
        auth_g('em.credly.com', 'credly.com', '167.89.41.15', pol='NONE'),
        ('From', ad('Credly', 'admin@credly.com')),
        ('To', ME_P),
        ('Subject', 'Your badges are now linked to a new email address'),
        ('Date', d), ('Message-ID', plain_id('credly4', 'credly.com'))],
       alt(t, html_wrap(p2html(t)), 'credly4')),
    'badge', False, None, [], 'Credly mail right after the merge.')

# --- C3 survey
d = date('2025-03-10 01:30:00')
t = """Hello,

You recently contacted AWS Training and Certification about case
%s. We'd like to know how it went.

On a scale of 1 to 5, how satisfied are you with the help you received?
Answer here: https://feedback.support.amazon.com/tc?case=%s

The survey has three questions and takes less than a minute.

AWS Training and Certification
""" % (C3, C3)
add(mk(aws_trace(ME_P, d, 'c3survey', ip='54.240.8.55') + [
        ('From', ad('AWS Customer Experience', 'cs-feedback@amazon.com')),
        ('To', ME_P),
        ('Subject', 'Quick question about your recent support case'),
        ('Date', d), ('Message-ID', ses_id('c3survey'))],
       leaf(t, cs='us-ascii', cte='7bit')),
    'survey', False, C3, [], 'Survey; case number only in the body.')

# --- phishing posing as Credly
d = date('2025-03-10 13:27:51')
h = """<div style="font-family:Arial;max-width:520px">
<h2 style="color:#ff6b00">Credly</h2>
<p>Hi,</p>
<p>Following a recent change to your AWS Certification account, <b>3 badges</b> are pending re-verification.
Badges that are not re-verified within 72 hours will be revoked.</p>
<p><a href="https://credly-badgecenter.com/reverify?u=shiori.tanabe.mail" style="background:#ff6b00;color:#fff;padding:10px 20px">Re-verify badges</a></p>
<p>You will be asked to sign in with your AWS Builder ID.</p>
<p>Credly Support</p></div>"""
add(mk([('Return-Path', '<support@credly-badgecenter.com>'),
        ('Delivered-To', ME_P),
        recv_g('mx1.credly-badgecenter.com', '91.215.85.40', ME_P, d),
        auth_g('credly-badgecenter.com', 'credly-badgecenter.com', '91.215.85.40', pol='NONE'),
        ('From', ad('Credly', 'support@credly-badgecenter.com')),
        ('To', ME_P),
        ('Subject', 'Action needed: re-verify your AWS badges'),
        ('Date', d), ('Message-ID', plain_id('phish3', 'credly-badgecenter.com'))],
       leaf(html_wrap(h), 'html', cte='quoted-printable')),
    'suspicious', False, None, [], 'Credly lookalike timed right after the merge; passes auth for its own domain.')

# --- bounce of the owner's farewell mail (typo address)
d = date('2025-03-14 19:05:12', '-0700')
orig_id = gmail_id('farewell')
t1 = """
** Address not found **

Your message wasn't delivered to k-ishiduka@kumohashi-sys.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 14 Mar 2025 19:05:09 -0700 (PDT)

Final-Recipient: rfc822; k-ishiduka@kumohashi-sys.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kumohashisys-co-jp.mail.protection.outlook.com. (52.101.229.3)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
oh = """From: Shiori Tanabe <%s>
Date: Sat, 15 Mar 2025 11:05:02 +0900
Message-ID: %s
Subject: =?UTF-8?B?44GK5LiW6Kmx44Gr44Gq44KK44G+44GX44Gf?=
To: k-ishiduka@kumohashi-sys.co.jp
""" % (ME_P, orig_id)
parts = [leaf(t1, cs='UTF-8', cte='7bit'),
         {'h': 'Content-Type: message/delivery-status\n', 'b': ds.encode()},
         leaf(oh, 'rfc822-headers', cs='us-ascii', cte='7bit')]
add(mk([('Return-Path', '<>'),
        ('Delivered-To', ME_P),
        ('Received', 'by 2002:a05:6a10:8c4a:b0:5b1:4f22:91c0 with SMTP id k10csp1102331pxk;\n        %s' % d),
        ('From', ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')),
        ('To', ME_P),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('Date', d), ('Message-ID', plain_id('dsn', 'mx.google.com')),
        ('In-Reply-To', orig_id), ('References', orig_id),
        ('Auto-Submitted', 'auto-replied')],
       multi('report', parts, '000000000000dsn' + hx('dsn', 12), ' report-type=delivery-status;')),
    'unrelated', False, None, [], 'Bounce of a farewell mail to a colleague (multipart/report).')

# --- owner reopens C3 by replying to the resolution
d = date('2025-03-18 10:26:37', '+0900')
M_C3_REOPEN = gmail_id('c3reopen')
t = """Hi Devesh,

Thanks again for merging my accounts. I checked everything today and the
exam history and certifications are all there, but the 50%% exam discount
voucher that was on my old account doesn't appear under Benefits on the merged
account. Could you take a look?

Best,
Shiori

On Sun, Mar 9, 2025 at 10:11 AM AWS Training and Certification <%s> wrote:

> Hi Shiori,
>
> The merge is complete. Everything that was on Account #2 -- exam history,
> certifications and benefits -- is now under Account #1
> (shiori.tanabe.mail@gmail.com).
>
> I'm closing this case now. If something turns out to be missing, reply
> within the next 14 days and we will pick it up again.
""" % FORM
add(mk([('From', ad(ME_EN, ME_P)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'Re: RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_REOPEN),
        ('In-Reply-To', M_C3_DONE), ('References', '%s %s %s' % (M_C3_CONF, M_C3_USER3, M_C3_DONE))],
       alt(t, '<div dir="ltr">' + p2html(t) + '</div>', 'c3reopen', style='gmail', cte='base64')),
    'user_reply', False, C3, [], 'Owner reopens the resolved case: voucher missing.')

# --- C3 reopened and passed on
d = date('2025-03-19 05:44:09')
M_C3_REOPENED = ses_id('c3reopened')
t = """Hello Shiori,

Thanks for letting us know. I've reopened case %s and passed the
benefits question to our certification benefits team, who can see voucher
records from before the merge. They will get in touch with you directly.

There's nothing you need to do in the meantime.

Devesh
""" % C3
add(mk(aws_trace(ME_P, d, 'c3reopened') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_REOPENED),
        ('In-Reply-To', M_C3_REOPEN), ('References', '%s %s' % (M_C3_DONE, M_C3_REOPEN))],
       leaf(t, cs='us-ascii', cte='7bit'), crlf=True),
    'case_update', False, C3, [], 'Reopened case handed to another team, no ask.')

# --- C3 info request in Japanese keigo, ISO-2022-JP
d = date('2025-03-21 01:02:26')
M_C3_JREQ = ses_id('c3jreq')
t_c3jreq = """田辺 栞 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの森でございます。

先日ご連絡いただいた 50% 割引バウチャーの件につきまして、統合前の
アカウントに付与されていた特典を確認いたしましたところ、同じ条件の
特典が 2 件記録されておりました。

再発行の対象を特定するため、お手数ではございますが、以下の 2 点を
ご教示いただけますでしょうか。

・統合前にご確認いただいたバウチャーの有効期限
・そのバウチャーが付与された際の認定名

ご確認のほど、何卒よろしくお願い申し上げます。

森
AWS トレーニングと認定 カスタマーサービス
"""
add(mk(aws_trace(ME_P, d, 'c3jreq') + [
        ('From', ad('AWS トレーニングと認定', FORM, 'iso-2022-jp')),
        ('To', ME_P),
        ('Subject', 'RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', M_C3_JREQ),
        ('In-Reply-To', M_C3_REOPENED), ('References', '%s %s' % (M_C3_REOPEN, M_C3_REOPENED))],
       leaf(t_c3jreq, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP')),
    'info_request', True, C3, [], 'Japanese keigo request (ご教示いただけますでしょうか), ISO-2022-JP.')

# --- owner answers in Japanese, subject changed, threaded by headers only
d = date('2025-03-21 12:48:55', '+0900')
M_C3_JUSER = gmail_id('c3juser')
t = """森様

ご連絡ありがとうございます。田辺です。

・有効期限: 2025年6月30日
・認定名: AWS Certified Developer - Associate(2025年1月の再認定時に付与)

どうぞよろしくお願いいたします。

田辺 栞

2025年3月21日(金) 10:02 AWS トレーニングと認定 <%s>:

%s""" % (FORM, quote(t_c3jreq))
add(mk([('From', ad(ME_JA, ME_P)),
        ('To', ad('AWS トレーニングと認定', FORM)),
        ('Subject', enc('Re: 割引バウチャーの件')),
        ('Date', d), ('Message-ID', M_C3_JUSER),
        ('In-Reply-To', M_C3_JREQ), ('References', '%s %s' % (M_C3_REOPENED, M_C3_JREQ))],
       alt(t, '<div dir="ltr">' + p2html(t) + '</div>', 'c3juser', style='gmail', cte='base64')),
    'user_reply', False, C3, [], 'Japanese reply whose subject lost the case token; only In-Reply-To links it.')

# --- C3 resolved in Japanese
d = date('2025-03-24 02:30:17')
t = """田辺 栞 様

AWS トレーニングと認定 カスタマーサービスの森でございます。

ご回答いただき、ありがとうございました。
ご指定の 50% 割引バウチャー(有効期限 2025年6月30日)を、統合後の
アカウントに再発行いたしました。認定アカウントの「特典」画面にて
ご確認いただけます。

本件につきましては、これにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

森
AWS トレーニングと認定 カスタマーサービス
"""
add(mk(aws_trace(ME_P, d, 'c3jdone') + [
        ('From', ad('AWS トレーニングと認定', FORM)),
        ('To', ME_P),
        ('Subject', 'RE: [CASE %s] %s' % (C3, SUBJ_C3)),
        ('Date', d), ('Message-ID', ses_id('c3jdone')),
        ('In-Reply-To', M_C3_JUSER), ('References', '%s %s' % (M_C3_JREQ, M_C3_JUSER))],
       alt(t, html_wrap(p2html(t), 'ja'), 'c3jdone', cte='base64')),
    'resolved', False, C3, [], 'Voucher reissued, Japanese; "ご不明な点がございましたら...ご返信ください" is conditional.')

# --- C5 acknowledgement, HTML only
d = date('2025-04-13 04:33:22')
M_C5_ACK = ses_id('c5ack')
SUBJ_C5 = '[AWS Training and Certification Form Submission] - exams'
h = """<table width="620" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">
<p>Hello,</p>
<p>Your request has reached AWS Training and Certification and case <b>%s</b> was opened for it.
You can expect a first answer within one business day.</p>
<p>Please keep to this case for anything related to the same question; a new form submission
would open a separate case.</p>
<table border="0" cellpadding="4" style="background:#f7f7f7;font-size:13px">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Exam results</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>AWS11820463</td></tr>
<tr><td><b>Description</b></td><td>I took the AWS Certified Security - Specialty exam at a Pearson VUE test
center on April 5, 2025. More than a week later, no result appears in my certification account.</td></tr>
</table>
<p>AWS Training and Certification Customer Service</p>
</td></tr></table>""" % (C5, C5)
add(mk(aws_trace(ME_P, d, 'c5ack') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', '[CASE %s] %s' % (C5, SUBJ_C5)),
        ('Date', d), ('Message-ID', M_C5_ACK)],
       leaf(html_wrap(h), 'html', cte='quoted-printable')),
    'acknowledgement', False, C5, ['AWS11820463'], 'HTML-only ack with the form in a table.')

# --- C5 info request: questions only, LF, no please
d = date('2025-04-14 16:20:57')
M_C5_REQ = ses_id('c5req')
t_c5req = """Hi Shiori,

Thanks for writing in. I searched the exam delivery records for candidate
AWS11820463 and there's nothing logged for April 5 yet.

What's the Pearson VUE registration number from your appointment
confirmation? And did you check in at the test center under exactly the same
name as on your certification account?

With those two I can trace where the result went.

Cheers,
Keon
AWS Training and Certification
"""
add(mk(aws_trace(ME_P, d, 'c5req') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C5, SUBJ_C5)),
        ('Date', d), ('Message-ID', M_C5_REQ),
        ('In-Reply-To', M_C5_ACK), ('References', M_C5_ACK)],
       leaf(t_c5req, cs='us-ascii', cte='7bit')),
    'info_request', True, C5, ['AWS11820463'], 'The request is only two questions, no please/kindly.')

# --- C5 closed for no reply (past tense), reply reopens
d = date('2025-04-22 00:14:03')
M_C5_CLOSE = ses_id('c5close')
t = """Hello,

We asked for some additional information on April 14 and have not received
a response, so case %s has now been closed.

Still need help? Just reply to this e-mail within the next 14 days and the
case will reopen automatically with all its history.

AWS Training and Certification

-----Original Message-----
%s""" % (C5, t_c5req)
add(mk(aws_trace(ME_P, d, 'c5close') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C5, SUBJ_C5)),
        ('Date', d), ('Message-ID', M_C5_CLOSE),
        ('In-Reply-To', M_C5_REQ), ('References', '%s %s' % (M_C5_ACK, M_C5_REQ))],
       leaf(t, cte='quoted-printable')),
    'closing_notice', True, C5, [], 'Already closed for silence; a reply reopens it; candidate ID only in the quoted request.')

# --- owner replies with the registration number
d = date('2025-04-22 18:03:41', '+0900')
M_C5_USER = gmail_id('c5user')
t = """Hi Keon,

Sorry, I missed your earlier message.

Pearson VUE registration number: 583920174
I checked in as "Shiori Tanabe", the same name as on my certification
account (AWS11820463).

Thanks,
Shiori

On Tue, Apr 22, 2025 at 9:14 AM AWS Training and Certification <%s> wrote:
%s""" % (FORM, quote(t))
add(mk([('From', ad(ME_EN, ME_P)),
        ('To', ad(FORM_NAME, FORM)),
        ('Subject', 'Re: RE:[CASE %s] %s' % (C5, SUBJ_C5)),
        ('Date', d), ('Message-ID', M_C5_USER),
        ('In-Reply-To', M_C5_CLOSE), ('References', '%s %s %s' % (M_C5_ACK, M_C5_REQ, M_C5_CLOSE))],
       leaf(t, cte='quoted-printable')),
    'user_reply', False, C5, ['AWS11820463'], 'Reply with a 9-digit Pearson VUE number (not a case ID).')

# --- C5 update; subject lost the case token, body and headers keep it
d = date('2025-04-23 03:39:15')
M_C5_UPD = ses_id('c5upd')
t = """Case ID: %s

Hi Shiori,

Thanks - that was exactly what I needed. I found your appointment under
registration 583920174: the exam was delivered normally, but the result file
never reached us from the test delivery provider. I've raised it with them
and reopened your case.

No further action is required from you at this time. I'll write back once
the score has been posted to your account.

Keon
AWS Training and Certification
""" % C5
add(mk(aws_trace(ME_P, d, 'c5upd') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'Update on your exam result inquiry'),
        ('Date', d), ('Message-ID', M_C5_UPD),
        ('In-Reply-To', M_C5_USER), ('References', '%s %s' % (M_C5_CLOSE, M_C5_USER))],
       alt(t, html_wrap(p2html(t)), 'c5upd')),
    'case_update', False, C5, [], 'Subject without [CASE]; "Case ID:" line in body; says no action required.')

# --- C5 resolved
d = date('2025-04-28 07:55:48')
t = """Hi Shiori,

Your AWS Certified Security - Specialty result is now posted in your
certification account, and the score report is available under Exam History.
Congratulations on passing!

This case is resolved. If you have any other questions, you're welcome to
write back.

Keon
AWS Training and Certification
"""
add(mk(aws_trace(ME_P, d, 'c5done') + [
        ('From', ad(FORM_NAME, FORM)),
        ('To', ME_P),
        ('Subject', 'RE:[CASE %s] %s' % (C5, SUBJ_C5)),
        ('Date', d), ('Message-ID', ses_id('c5done')),
        ('In-Reply-To', M_C5_UPD), ('References', '%s %s' % (M_C5_USER, M_C5_UPD))],
       leaf(t, cs='us-ascii', cte='7bit')),
    'resolved', False, C5, [], 'Result posted; "you\'re welcome to write back" is optional.')

# --- certification result from CertMetrics
d = date('2025-04-28 08:20:31')
t = """Hello Shiori,

Congratulations - you've earned the AWS Certified Security - Specialty
certification.

  Candidate ID:       AWS11820463
  Date achieved:      April 5, 2025
  Valid through:      April 5, 2028
  Validation number:  H4TRW9P1ZQ2KXE6M

Your Credly badge invitation will follow. Certificates and benefits are in
your AWS Certification Account.

AWS Certification
"""
add(mk([('Return-Path', '<bounce-7730-6630@bounce.certmetrics.com>'),
        ('Delivered-To', ME_P),
        recv_g('mta-83.certmetrics.com', '198.51.100.25', ME_P, d),
        auth_g('bounce.certmetrics.com', 'certmetrics.com', '198.51.100.25', pol='REJECT'),
        ('From', ad('AWS Certification', 'do-not-reply@certmetrics.com')),
        ('To', ME_P),
        ('Subject', 'Congratulations on your new AWS Certification'),
        ('Date', d), ('Message-ID', plain_id('secresult', 'certmetrics.com'))],
       alt(t, html_wrap(p2html(t)), 'secresult')),
    'certification', False, None, ['AWS11820463'], 'Result mail that arrives after the case about it.')


# ======================================================================= write
def main():
    prev = None
    for name in os.listdir(HERE):
        if name.endswith('-msg.eml') or name.endswith('-msg.json'):
            os.remove(os.path.join(HERE, name))
    for i, (raw, label, _note) in enumerate(MSGS, 1):
        # arrival order must follow the Date header
        for line in raw.replace(b'\r\n', b'\n').split(b'\n\n', 1)[0].split(b'\n'):
            if line.startswith(b'Date: '):
                when = parsedate_to_datetime(line[6:].decode())
        assert prev is None or when > prev, (i, when, prev)
        prev = when
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(raw)
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    counts = Counter(m[1]['kind'] for m in MSGS)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(1 for m in MSGS if m[1]['needs_reply'])))


if __name__ == '__main__':
    main()
